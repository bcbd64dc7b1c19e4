// Engine settings as lines: the flag-level diff of a comparison (`max_num_seqs 128 → 256`) and one
// snapshot's settings with where each value came from.
import { cliFlag, effectiveConfig, type ConfigChange, type EngineConfigField } from "@throtl/compare";

export interface ConfigDiffLine {
  readonly flag: string;
  readonly cli: string;
  readonly kind: ConfigChange["kind"];
  readonly text: string;
  readonly base: string;
  readonly candidate: string;
  /** "cache_config_info → launch_args", or the one origin when both agree. */
  readonly origin: string;
}

const show = (v: EngineConfigField["value"] | undefined): string => (v === undefined ? "(unset)" : v === null ? "None" : String(v));

export function configDiffLines(changes: readonly ConfigChange[]): ConfigDiffLine[] {
  return changes.map((c) => {
    const origins = [c.baseOrigin, c.candidateOrigin].filter((o): o is NonNullable<typeof o> => o !== null);
    return {
      flag: c.flag, cli: c.cli, kind: c.kind, text: c.text, base: show(c.base), candidate: show(c.candidate),
      origin: new Set(origins).size === 1 ? (origins[0] ?? "") : origins.join(" → "),
    };
  });
}

export interface ConfigRow {
  readonly flag: string;
  readonly cli: string;
  readonly value: string;
  readonly origin: EngineConfigField["origin"];
  /** Other sources that named this setting and lost (the engine's report wins): "launch_args: 128". */
  readonly overridden: readonly string[];
}

/** One row per setting, sorted by name, with the effective value and the values it overrode. */
export function configRows(fields: readonly EngineConfigField[]): ConfigRow[] {
  const effective = effectiveConfig(fields);
  return [...effective.values()]
    .sort((a, b) => a.flag.localeCompare(b.flag))
    .map((f) => ({
      flag: f.flag, cli: cliFlag(f.flag), value: show(f.value), origin: f.origin,
      overridden: fields.filter((o) => o.flag === f.flag && o.origin !== f.origin).map((o) => `${o.origin}: ${show(o.value)}`),
    }));
}
