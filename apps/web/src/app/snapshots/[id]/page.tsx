import { getSnapshot } from "@throtl/db";
import { notFound } from "next/navigation";
import { DeleteButton } from "../../../components/snapshots/delete-button.tsx";
import { ExportLinks } from "../../../components/snapshots/export-links.tsx";
import { SnapshotDetail } from "../../../components/snapshots/snapshot-detail.tsx";
import { StoreProblemNotice } from "../../../components/snapshots/store-problem-notice.tsx";
import { isStoredId } from "../../../data/snapshots/route-params.ts";
import { snapshotView } from "../../../data/snapshots/snapshot-view.ts";
import { loadStored } from "../_server/stored.ts";

export const dynamic = "force-dynamic";

export default async function SnapshotPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!isStoredId(id)) notFound();
  const stored = await loadStored((db) => getSnapshot(db, id));
  if (!stored.ok) return <div className="pt-4"><StoreProblemNotice problem={stored.problem} /></div>;
  const view = snapshotView(stored.value);
  return (
    <div className="flex flex-col gap-3 pt-4">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-lg font-semibold" data-snapshot-name>{view.name}</h1>
        {view.tags.map((t) => <span key={t} className="rounded border border-line px-1 text-xs text-muted">{t}</span>)}
        <div className="ml-auto flex items-start gap-2">
          <ExportLinks href={`/api/snapshots/${view.id}/export`} />
          <DeleteButton url={`/api/snapshots/${view.id}`} what="snapshot (and the comparisons that use it)" then="/snapshots" />
        </div>
      </div>
      <SnapshotDetail view={view} />
    </div>
  );
}
