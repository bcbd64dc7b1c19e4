"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { SnapshotHeader } from "../../data/snapshots/snapshot-view.ts";

/** The list with checkboxes: pick two (first = base, second = candidate) and compare them. */
export function SnapshotList({ rows }: { rows: readonly SnapshotHeader[] }) {
  const router = useRouter();
  const [picked, setPicked] = useState<string[]>([]);
  const toggle = (id: string) => setPicked((p) => (p.includes(id) ? p.filter((x) => x !== id) : [...p, id].slice(-2)));
  const name = (id: string | undefined) => rows.find((r) => r.id === id)?.name ?? "";
  const [base, candidate] = picked;
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-2 text-xs">
        <button type="button" disabled={!base || !candidate} data-compare-selected
          onClick={() => router.push(`/compare?base=${base}&candidate=${candidate}`)}
          className="rounded bg-accent px-2 py-1 text-white disabled:cursor-not-allowed disabled:opacity-40">
          Compare selected
        </button>
        <span className="text-muted">
          {picked.length === 0 ? "Select two snapshots: the first is the base, the second the candidate." : `Base: ${name(base)}${candidate ? ` · Candidate: ${name(candidate)}` : " · pick a candidate"}`}
        </span>
      </div>
      <div className="overflow-x-auto rounded-lg border border-line bg-panel">
        <table className="w-full text-sm" data-snapshot-list>
          <thead className="border-b border-line text-xs text-muted">
            <tr>
              <th scope="col" className="w-8 px-2 py-1"><span className="sr-only">Select</span></th>
              {["Name", "Tags", "Model", "Window", "Backend", "Created"].map((h) => <th key={h} scope="col" className="px-2 py-1 text-left font-medium">{h}</th>)}
            </tr>
          </thead>
          <tbody className="divide-y divide-line">
            {rows.map((r) => (
              <tr key={r.id} data-snapshot={r.id}>
                <td className="px-2 py-1">
                  <input type="checkbox" checked={picked.includes(r.id)} onChange={() => toggle(r.id)} aria-label={`Select ${r.name}`} />
                </td>
                <td className="px-2 py-1"><Link href={`/snapshots/${r.id}`} prefetch={false} className="font-medium hover:underline">{r.name}</Link></td>
                <td className="px-2 py-1 text-xs">{r.tags.map((t) => <span key={t} className="mr-1 rounded border border-line px-1 text-muted">{t}</span>)}</td>
                <td className="px-2 py-1 text-xs">{r.model}</td>
                <td className="px-2 py-1 text-xs tabular-nums whitespace-nowrap">{r.window}</td>
                <td className="px-2 py-1 text-xs">{r.backend}</td>
                <td className="px-2 py-1 text-xs tabular-nums whitespace-nowrap text-muted">{r.created}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
