import { listSnapshots } from "@throtl/db";
import Link from "next/link";
import { ImportButton } from "../../components/snapshots/import-button.tsx";
import { ListFilters } from "../../components/snapshots/list-filters.tsx";
import { SnapshotList } from "../../components/snapshots/snapshot-list.tsx";
import { StoreProblemNotice } from "../../components/snapshots/store-problem-notice.tsx";
import { listFilters, listRows, pageHref } from "../../data/snapshots/list-view.ts";
import { inclusiveTo, toSearchParams } from "../../data/snapshots/route-params.ts";
import type { SearchParams } from "../../data/url-state.ts";
import { parseListQuery } from "../../server/snapshots/list-query.ts";
import { loadStored } from "./_server/stored.ts";

export const dynamic = "force-dynamic";

export default async function SnapshotsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = toSearchParams(await searchParams);
  const query = parseListQuery(inclusiveTo(params));
  const page = query.ok ? await loadStored((db) => listSnapshots(db, query.value)) : ({ ok: false, problem: { kind: "invalid", message: query.error } } as const);
  return (
    <div className="flex flex-col gap-3 pt-4">
      <div className="flex flex-wrap items-start gap-3">
        <h1 className="text-lg font-semibold">Snapshots</h1>
        <div className="ml-auto"><ImportButton /></div>
      </div>
      <ListFilters filters={listFilters(params)} />
      {!page.ok ? <StoreProblemNotice problem={page.problem} /> : page.value.items.length === 0 ? (
        <p className="rounded-lg border border-line bg-panel p-3 text-sm text-muted" data-empty>
          No snapshots{params.toString() ? " match these filters" : " yet: take one from the overview (“Take snapshot”), by API, or import a file"}.
        </p>
      ) : (
        <>
          <SnapshotList rows={listRows(page.value.items)} />
          <nav className="flex gap-3 text-xs" aria-label="Pages">
            {params.get("cursor") && <Link href={pageHref(params, null)} prefetch={false} className="text-accent hover:underline">← Newest</Link>}
            {page.value.nextCursor && <Link href={pageHref(params, page.value.nextCursor)} prefetch={false} className="text-accent hover:underline" data-next-page>Older →</Link>}
          </nav>
        </>
      )}
    </div>
  );
}
