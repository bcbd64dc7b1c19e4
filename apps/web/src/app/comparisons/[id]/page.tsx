import { compareSnapshots } from "@throtl/compare";
import { getComparison } from "@throtl/db";
import { notFound } from "next/navigation";
import { ComparisonScreen } from "../../../components/snapshots/comparison-screen.tsx";
import { DeleteButton } from "../../../components/snapshots/delete-button.tsx";
import { ExportLinks } from "../../../components/snapshots/export-links.tsx";
import { StoreProblemNotice } from "../../../components/snapshots/store-problem-notice.tsx";
import { comparisonView } from "../../../data/snapshots/comparison-view.ts";
import { isStoredId } from "../../../data/snapshots/route-params.ts";
import { loadStored } from "../../snapshots/_server/stored.ts";

export const dynamic = "force-dynamic";

/** A saved comparison: the shareable URL of a pair, computed on read (deterministic). */
export default async function ComparisonPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!isStoredId(id)) notFound();
  const stored = await loadStored((db) => getComparison(db, id));
  if (!stored.ok) return <div className="pt-4"><StoreProblemNotice problem={stored.problem} /></div>;
  const { comparison, base, candidate } = stored.value;
  const view = comparisonView(base, candidate, compareSnapshots(base, candidate));
  return (
    <ComparisonScreen title={comparison.name ?? `${base.name} vs ${candidate.name}`} view={view} actions={<>
      <ExportLinks href={`/api/comparisons/${comparison.id}/export`} />
      <DeleteButton url={`/api/comparisons/${comparison.id}`} what="saved comparison (the snapshots stay)" then="/snapshots" />
    </>} />
  );
}
