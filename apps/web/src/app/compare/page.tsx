import { compareSnapshots } from "@throtl/compare";
import { notFound } from "next/navigation";
import { ComparisonScreen } from "../../components/snapshots/comparison-screen.tsx";
import { ExportLinks } from "../../components/snapshots/export-links.tsx";
import { SaveComparison } from "../../components/snapshots/save-comparison.tsx";
import { StoreProblemNotice } from "../../components/snapshots/store-problem-notice.tsx";
import { comparisonView } from "../../data/snapshots/comparison-view.ts";
import { comparePair } from "../../data/snapshots/route-params.ts";
import type { SearchParams } from "../../data/url-state.ts";
import { getPair } from "../snapshots/_server/pair.ts";
import { loadStored } from "../snapshots/_server/stored.ts";

export const dynamic = "force-dynamic";

export default async function ComparePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const pair = comparePair(await searchParams);
  if (!pair) notFound();
  const stored = await loadStored((db) => getPair(db, pair.base, pair.candidate));
  if (!stored.ok) return <div className="pt-4"><StoreProblemNotice problem={stored.problem} /></div>;
  const { base, candidate } = stored.value;
  const view = comparisonView(base, candidate, compareSnapshots(base, candidate));
  return (
    <ComparisonScreen title="Compare" view={view} actions={<>
      <ExportLinks href={`/api/compare?base=${base.id}&candidate=${candidate.id}`} json={false} />
      <SaveComparison baseId={base.id} candidateId={candidate.id} />
    </>} />
  );
}
