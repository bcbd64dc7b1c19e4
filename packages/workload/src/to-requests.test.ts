import { describe, expect, it } from "vitest";
import { toRequestInputs } from "./to-requests.ts";

describe("toRequestInputs", () => {
  it("replays the recorded output length as the EOS position, with ids from the prefix", () => {
    expect(toRequestInputs([{ arrival: 1.5, promptTokens: 10, outputTokens: 7 }], { idPrefix: "c" })).toEqual([
      { id: "c0", arrival: 1.5, promptTokens: 10, stopAt: 7 },
    ]);
  });

  it("replays 0-token prompts and outputs (BurstGPT failures) as 1 token, which vLLM would accept", () => {
    expect(toRequestInputs([{ arrival: 0, promptTokens: 0, outputTokens: 0, failed: true }])[0]).toMatchObject({ promptTokens: 1, stopAt: 1 });
  });
});
