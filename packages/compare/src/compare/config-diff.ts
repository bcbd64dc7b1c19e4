// Engine settings side by side, one line per vLLM setting that differs: `max_num_seqs 256 → 512`.
import { CONFIG_ORIGINS, type ConfigOrigin, type EngineConfigField } from "../model/snapshot-schema.ts";
import { canonicalValue, cliFlag, formatValue } from "../model/flags.ts";

type Value = EngineConfigField["value"];

export interface ConfigChange {
  /** vLLM's setting name, e.g. max_num_seqs. */
  readonly flag: string;
  /** Its command-line spelling, e.g. --max-num-seqs. */
  readonly cli: string;
  readonly kind: "changed" | "added" | "removed";
  /** undefined: not set on that side. */
  readonly base: Value | undefined;
  readonly candidate: Value | undefined;
  readonly baseOrigin: ConfigOrigin | null;
  readonly candidateOrigin: ConfigOrigin | null;
  /** "max_num_seqs 256 → 512" */
  readonly text: string;
}

/**
 * One value per setting. When sources disagree the engine's own report (cache_config_info) wins,
 * then the launch args, then what the user typed: the order of CONFIG_ORIGINS.
 */
export function effectiveConfig(fields: readonly EngineConfigField[]): Map<string, EngineConfigField> {
  const rank = (o: ConfigOrigin) => CONFIG_ORIGINS.indexOf(o);
  const out = new Map<string, EngineConfigField>();
  for (const f of fields) {
    const seen = out.get(f.flag);
    if (!seen || rank(f.origin) < rank(seen.origin)) out.set(f.flag, f);
  }
  return out;
}

export function diffConfig(base: readonly EngineConfigField[], candidate: readonly EngineConfigField[]): ConfigChange[] {
  const a = effectiveConfig(base);
  const b = effectiveConfig(candidate);
  const flags = [...new Set([...a.keys(), ...b.keys()])].sort();
  const changes: ConfigChange[] = [];
  for (const flag of flags) {
    const fa = a.get(flag);
    const fb = b.get(flag);
    if (fa && fb && canonicalValue(fa.value) === canonicalValue(fb.value)) continue;
    changes.push({
      flag,
      cli: cliFlag(flag),
      kind: !fa ? "added" : !fb ? "removed" : "changed",
      base: fa?.value,
      candidate: fb?.value,
      baseOrigin: fa?.origin ?? null,
      candidateOrigin: fb?.origin ?? null,
      text: `${flag} ${formatValue(fa?.value)} → ${formatValue(fb?.value)}`,
    });
  }
  return changes;
}
