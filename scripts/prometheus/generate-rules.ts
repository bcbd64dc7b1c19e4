/** `npm run rules:generate`: writes prometheus/rules/*.yml from the signal catalog. */
import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expectedRuleFiles, RULES_DIR } from "./rule-files.ts";

mkdirSync(RULES_DIR, { recursive: true });
for (const [name, text] of Object.entries(expectedRuleFiles())) {
  const url = new URL(name, RULES_DIR);
  writeFileSync(url, text);
  console.log(`wrote ${fileURLToPath(url)}`);
}
