import type { SnapshotHeader } from "../../data/snapshots/snapshot-view.ts";

/** Scope, window, backend and tags of one snapshot as a definition list. */
export function SnapshotFacts({ header, label }: { header: SnapshotHeader; label?: string }) {
  const facts: [string, string][] = [["Model", header.model], ["Instances", header.instances], ["Window", header.window], ["Backend", header.backend], ["Created", header.created]];
  return (
    <div className="flex flex-col gap-1 text-sm" data-facts={label ?? "snapshot"}>
      {label && <p className="text-xs font-medium uppercase tracking-wide text-muted">{label}</p>}
      <a href={`/snapshots/${header.id}`} className="font-semibold hover:underline">{header.name}</a>
      <dl className="grid grid-cols-[6rem_1fr] gap-x-2 gap-y-0.5 text-xs">
        {facts.map(([k, v]) => [<dt key={`${k}-k`} className="text-muted">{k}</dt>, <dd key={`${k}-v`} className="tabular-nums break-words">{v}</dd>])}
        {header.tags.length > 0 && [<dt key="tags-k" className="text-muted">Tags</dt>, <dd key="tags-v">{header.tags.join(", ")}</dd>]}
      </dl>
    </div>
  );
}
