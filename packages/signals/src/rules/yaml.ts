import { stringify } from "yaml";
import type { RuleFile } from "./types.ts";

/**
 * A rule file as YAML, byte-stable for the drift check: keys in declaration order, no line folding,
 * multi-line PromQL as literal blocks. `header` becomes the leading comment.
 */
export function ruleFileYaml(file: RuleFile, header: readonly string[]): string {
  const body = stringify(file, { lineWidth: 0, blockQuote: "literal", indent: 2, indentSeq: true });
  return `${header.map((l) => `# ${l}`.trimEnd()).join("\n")}\n${body}`;
}
