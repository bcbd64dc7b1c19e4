"use client";
import { useRouter } from "next/navigation";
import { type Defaults, type OverviewState, overviewQuery } from "../data/url-state.ts";

interface Props {
  readonly state: OverviewState;
  readonly defaults: Defaults;
  readonly models: readonly string[];
  readonly instances: readonly string[];
}

/** Model and instance pickers; the choice lives in the URL. */
export function ScopeSelect({ state, defaults, models, instances }: Props) {
  const router = useRouter();
  const go = (patch: Partial<OverviewState>) => router.push(`/${overviewQuery(state, defaults, patch)}`, { scroll: false });
  return (
    <div className="flex flex-wrap gap-2 text-xs">
      <label className="flex items-center gap-1 text-muted">Model
        <select className="rounded border border-line bg-panel px-1 py-1 text-fg" value={state.model ?? ""} name="model"
          onChange={(e) => go({ model: e.target.value || undefined })}>
          <option value="">All models</option>
          {models.map((m) => <option key={m} value={m}>{m}</option>)}
        </select>
      </label>
      <label className="flex items-center gap-1 text-muted">Instance
        <select className="rounded border border-line bg-panel px-1 py-1 text-fg" value={state.instance ?? ""} name="instance"
          onChange={(e) => go({ instance: e.target.value || undefined })}>
          <option value="">All instances</option>
          {instances.map((i) => <option key={i} value={i}>{i}</option>)}
        </select>
      </label>
    </div>
  );
}
