/** What the catalog tests read from an exposition: family types and the sample lines' names and labels. */
export interface Exposition {
  /** `# TYPE` per family name. */
  readonly types: ReadonlyMap<string, string>;
  /** Every sample line: its name and labels. */
  readonly samples: readonly { readonly name: string; readonly labels: Readonly<Record<string, string>> }[];
}

/** A minimal text-format reader: enough to check names, types, labels and `le` values, nothing more. */
export function readExposition(text: string): Exposition {
  const types = new Map<string, string>();
  const samples: { name: string; labels: Record<string, string> }[] = [];
  for (const line of text.split("\n")) {
    const type = /^# TYPE (\S+) (\S+)$/.exec(line);
    if (type) types.set(type[1]!, type[2]!);
    if (line === "" || line.startsWith("#")) continue;
    const name = /^[^{\s]+/.exec(line)![0];
    const labels: Record<string, string> = {};
    const brace = line.indexOf("{");
    if (brace === name.length) {
      for (const mm of line.slice(brace + 1, line.lastIndexOf("}")).matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)) labels[mm[1]!] = mm[2]!;
    }
    samples.push({ name, labels });
  }
  return { types, samples };
}

/** Sample lines named exactly `name` whose labels include `match`. */
export const linesOf = (x: Exposition, name: string, match: Readonly<Record<string, string>> = {}) =>
  x.samples.filter((s) => s.name === name && Object.entries(match).every(([k, v]) => s.labels[k] === v));

/** The finite `le` bounds of a histogram, as numbers, ascending and distinct. */
export function bucketBounds(x: Exposition, family: string): number[] {
  const les = new Set(linesOf(x, `${family}_bucket`).map((s) => s.labels.le!).filter((le) => le !== "+Inf"));
  return [...les].map(Number).sort((a, b) => a - b);
}
