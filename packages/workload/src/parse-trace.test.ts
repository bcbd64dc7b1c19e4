import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BUNDLED_TRACES } from "./bundled.ts";
import { TraceHeaderError, TraceRowError } from "./errors.ts";
import { parseTrace } from "./parse-trace.ts";

const SHARED = new URL("../../../../shared/fixtures/traces/", import.meta.url);
const conv = readFileSync(new URL("AzureLLMInferenceTrace_conv.csv", SHARED), "utf8");
const code = readFileSync(new URL("AzureLLMInferenceTrace_code.csv", SHARED), "utf8");
const AZ = "TIMESTAMP,ContextTokens,GeneratedTokens";
const error = (f: () => unknown): Error => {
  try { f(); } catch (e) { return e as Error; }
  throw new Error("expected a throw");
};

describe("Azure LLM inference traces", () => {
  it("reads all 19,366 conv rows: first arrival 0, last 3,501.72 s, token totals as documented", () => {
    const t = parseTrace(conv, "conv.csv");
    expect(t.format).toBe("azure");
    expect(t.requests).toHaveLength(19366);
    expect(t.requests[0]).toEqual({ arrival: 0, promptTokens: 374, outputTokens: 44 });
    expect(t.requests[1]!.arrival).toBeCloseTo(50.995169 - 46.68059, 9);
    expect(t.requests.at(-1)!.arrival).toBeCloseTo(3501.721937, 6);
    const mean = (k: "promptTokens" | "outputTokens") => t.requests.reduce((a, r) => a + r[k], 0) / t.requests.length;
    expect(mean("promptTokens")).toBeCloseTo(1154.7, 1);
    expect(mean("outputTokens")).toBeCloseTo(211.1, 1);
  });

  it("reads the 8,819 code rows", () => {
    expect(parseTrace(code, "code.csv").requests).toHaveLength(8819);
  });

  it("ships byte-exact copies of the shared traces", () => {
    expect(readFileSync(BUNDLED_TRACES.conv, "utf8")).toBe(conv);
    expect(readFileSync(BUNDLED_TRACES.code, "utf8")).toBe(code);
  });

  it("reads the 2024 form (UTC offset, mixed precision) with LF and a trailing newline", () => {
    const text = `${AZ}\n2024-05-10 00:00:00.009930+00:00,10,2\n2024-05-10 00:00:01+00:00,20,3\n2024-05-10 00:00:01.5+00:00,30,0\n\n`;
    const t = parseTrace(text, "week.csv");
    expect(t.requests.map((r) => r.arrival)).toEqual([0, 0.99007, 1.49007]);
    expect(t.requests[2]!.outputTokens).toBe(0);
  });

  it("names the file and line of a malformed row and returns nothing", () => {
    const text = `${AZ}\r\n2023-11-16 18:15:46.6805900,374,44\r\n2023-11-16 18:15:50.9951690,396,ten`;
    const e = error(() => parseTrace(text, "bad.csv"));
    expect(e).toBeInstanceOf(TraceRowError);
    expect(e.message).toBe('bad.csv:3: GeneratedTokens must be an integer >= 0: "2023-11-16 18:15:50.9951690,396,ten"');
  });

  it.each([
    ["a missing field", "2023-11-16 18:15:50.9951690,396", "expected 3 fields"],
    ["an extra field", "2023-11-16 18:15:50.9951690,396,1,2", "expected 3 fields"],
    ["a bad time", "2023-11-16 25:15:50,396,1", "TIMESTAMP is not a time"],
    ["a negative count", "2023-11-16 18:15:50,-3,1", "ContextTokens must be an integer >= 0"],
    ["a blank line inside the data", "\r\n2023-11-16 18:15:50,3,1", "expected 3 fields"],
    ["time going backwards", "2023-11-16 18:15:40,3,1", "time goes backwards (earlier than line 2)"],
  ])("refuses %s on its line", (_, row, reason) => {
    const e = error(() => parseTrace(`${AZ}\r\n2023-11-16 18:15:46,1,1\r\n${row}`, "t.csv"));
    expect(e.message).toMatch(new RegExp(`^t\\.csv:3: ${reason.replace(/[()]/g, "\\$&")}`));
  });

  it("lists the expected columns for an unknown header", () => {
    const e = error(() => parseTrace("time,in,out\n1,2,3", "odd.csv"));
    expect(e).toBeInstanceOf(TraceHeaderError);
    expect(e.message).toContain(`azure columns "${AZ}"`);
    expect(e.message).toContain('burstgpt columns "Timestamp,Model,Request tokens,Response tokens,Total tokens,Log Type"');
    expect(error(() => parseTrace(conv, "conv.csv", { format: "burstgpt" })).message).toMatch(/^conv\.csv:1: unknown header .*expected burstgpt columns/);
  });
});

describe("trace options", () => {
  it("skips rows, then re-bases arrivals on the first kept row and divides them by speedup", () => {
    const all = parseTrace(conv, "conv.csv").requests;
    const t = parseTrace(conv, "conv.csv", { start: { rows: 100 }, limit: 50, speedup: 4 });
    expect(t.requests).toHaveLength(50);
    expect(t.rowsRead).toBe(150);
    expect(t.requests[0]).toEqual({ ...all[100], arrival: 0 });
    expect(t.requests[49]!.arrival).toBeCloseTo((all[149]!.arrival - all[100]!.arrival) / 4, 9);
  });

  it("skips every row earlier than start.seconds after the first", () => {
    const all = parseTrace(conv, "conv.csv").requests;
    const t = parseTrace(conv, "conv.csv", { start: { seconds: 600 } });
    const first = all.findIndex((r) => r.arrival >= 600);
    expect(t.requests).toHaveLength(all.length - first);
    expect(t.requests[0]!.promptTokens).toBe(all[first]!.promptTokens);
  });

  it.each([[{ speedup: 0 }, "speedup"], [{ limit: 1.5 }, "limit"], [{ start: { rows: -1 } }, "start"]])("refuses %j naming the option", (opts, name) => {
    expect(() => parseTrace(conv, "conv.csv", opts)).toThrow(new RegExp(`^invalid trace option ${name}`));
  });
});

describe("BurstGPT", () => {
  const HEADER = "Timestamp,Model,Request tokens,Response tokens,Total tokens,Log Type";
  const text = [HEADER, "5,ChatGPT,472,18,490,Conversation log", "45,ChatGPT,1087,0,1087,API log", "118.5,GPT-4,417,276,693,Conversation log"].join("\n");

  it("drops failed requests (Response tokens 0) by default and counts them", () => {
    const t = parseTrace(text, "burst.csv");
    expect(t.format).toBe("burstgpt");
    expect(t.requests).toEqual([{ arrival: 0, promptTokens: 472, outputTokens: 18 }, { arrival: 113.5, promptTokens: 417, outputTokens: 276 }]);
    expect(t.droppedFailures).toBe(1);
  });

  it("keeps them, marked failed, with failures: keep", () => {
    expect(parseTrace(text, "burst.csv", { failures: "keep" }).requests[1]).toEqual({ arrival: 40, promptTokens: 1087, outputTokens: 0, failed: true });
  });

  it("names the line of a malformed row", () => {
    expect(() => parseTrace(`${HEADER}\n5,ChatGPT,472,18,490,Conversation log\n7,ChatGPT,x,1,1,API log`, "b.csv")).toThrow(/^b\.csv:3: Request tokens must be/);
    expect(() => parseTrace(`${HEADER}\n5,ChatGPT,472,18,490`, "b.csv")).toThrow(/^b\.csv:2: expected 6 fields/);
  });
});
