import { spawnSync } from "node:child_process";

const PROMTOOL = "/usr/bin/promtool";

/**
 * `promtool check metrics` problem categories (the message without the metric name). Throws, so the
 * calling test fails, when promtool is missing.
 */
export function promtoolProblems(text: string): Set<string> {
  const r = spawnSync(PROMTOOL, ["check", "metrics"], { input: text.endsWith("\n") ? text : `${text}\n`, encoding: "utf8" });
  if (r.error) throw new Error(`promtool not found at ${PROMTOOL}: install the Debian package (apt-get install -y prometheus). ${r.error.message}`);
  const output = `${r.stdout}${r.stderr}`;
  if (output.includes("error while linting")) throw new Error(`promtool could not parse the exposition: ${output}`);
  // Normalise the quoted type word so "should not include type 'histogram'" and "... 'summary'" compare.
  return new Set(output.split("\n").filter(Boolean).map((l) => l.slice(l.indexOf(" ") + 1).replace(/type '[a-z]+'/, "type '<type>'")));
}
