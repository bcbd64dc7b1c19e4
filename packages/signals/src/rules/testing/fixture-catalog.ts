import { ENGINE_FLAVORS, SIGNAL_IDS, type EngineFlavor, type FlavorCatalog, type SignalId, type SignalSource } from "../../types.ts";

type Sources = Partial<Record<SignalId, SignalSource>>;

/** A catalog where every signal is unsupported except the ones given, per flavor (rule tests). */
export function fixtureCatalog(labels: Partial<Record<EngineFlavor, string | undefined>>, sources: Partial<Record<EngineFlavor, Sources>>): Record<EngineFlavor, FlavorCatalog> {
  const none = Object.fromEntries(SIGNAL_IDS.map((id) => [id, { kind: "unsupported", reason: "fixture" }])) as Record<SignalId, SignalSource>;
  const flavor = (f: EngineFlavor): FlavorCatalog => ({
    source: f, title: f, modelLabel: f in labels ? labels[f] : "model_name", engineLabels: [], signals: { ...none, ...sources[f] },
  });
  return Object.fromEntries(ENGINE_FLAVORS.map((f) => [f, flavor(f)])) as Record<EngineFlavor, FlavorCatalog>;
}
