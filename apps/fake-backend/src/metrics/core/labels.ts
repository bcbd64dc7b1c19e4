/** Label-set text helpers shared by the renderers. Values are escaped as every client library does. */
export function escapeLabelValue(v: string): string {
  return v.replace(/\\/g, "\\\\").replace(/\n/g, "\\n").replace(/"/g, '\\"');
}

/** `{a="1",b="2"}` in the given order, with an optional extra pair appended last; "" when empty. */
export function labelText(names: readonly string[], values: readonly string[], extraName?: string, extraValue?: string): string {
  let out = "";
  for (let i = 0; i < names.length; i++) out += `${out ? "," : ""}${names[i]}="${escapeLabelValue(values[i]!)}"`;
  if (extraName !== undefined) out += `${out ? "," : ""}${extraName}="${escapeLabelValue(extraValue!)}"`;
  return out ? `{${out}}` : "";
}

/** Same, with every pair (the extra one included) sorted by label name, as prometheus_client prints. */
export function sortedLabelText(names: readonly string[], values: readonly string[], extraName?: string, extraValue?: string): string {
  const pairs: [string, string][] = names.map((n, i) => [n, values[i]!]);
  if (extraName !== undefined) pairs.push([extraName, extraValue!]);
  pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return labelText(pairs.map((p) => p[0]), pairs.map((p) => p[1]));
}

/** HELP text escaping (backslash and newline), as in the text exposition format. */
export function escapeHelp(h: string): string {
  return h.replace(/\\/g, "\\\\").replace(/\n/g, "\\n");
}
