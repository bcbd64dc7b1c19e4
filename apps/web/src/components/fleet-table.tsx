import Link from "next/link";
import { FLEET_COLUMNS } from "../data/fleet-columns.ts";
import type { FleetRow } from "../data/fleet.ts";
import type { FleetSort } from "../data/fleet-state.ts";
import { Sparkline } from "./sparkline.tsx";

const DOT = { good: "bg-good", warn: "bg-warn", bad: "bg-bad", unknown: "bg-muted" } as const;

interface Props {
  readonly rows: readonly FleetRow[];
  readonly sort: FleetSort;
  readonly dir: "asc" | "desc";
  /** href for sorting by a column (the page computes it from the URL state). */
  readonly sortHref: (sort: FleetSort) => string;
  readonly overviewHref: (instance: string) => string;
}

function Header({ id, label, sort, dir, href, right }: { id: FleetSort; label: string; sort: FleetSort; dir: "asc" | "desc"; href: string; right?: boolean }) {
  const active = id === sort;
  return (
    <th scope="col" aria-sort={active ? (dir === "asc" ? "ascending" : "descending") : undefined} className={`px-2 py-1 font-medium ${right ? "text-right" : "text-left"}`}>
      <Link href={href} scroll={false} prefetch={false} className={active ? "text-fg" : "text-muted hover:text-fg"}>
        {label}{active ? (dir === "asc" ? " ↑" : " ↓") : ""}
      </Link>
    </th>
  );
}

export function FleetTable({ rows, sort, dir, sortHref, overviewHref }: Props) {
  return (
    <div className="overflow-x-auto rounded-lg border border-line bg-panel">
      <table className="w-full text-sm tabular-nums" data-fleet>
        <thead className="border-b border-line text-xs">
          <tr>
            <Header id="state" label="State" sort={sort} dir={dir} href={sortHref("state")} />
            <Header id="instance" label="Instance" sort={sort} dir={dir} href={sortHref("instance")} />
            {FLEET_COLUMNS.map((c) => <Header key={c.id} id={c.id} label={c.label} sort={sort} dir={dir} href={sortHref(c.id)} right />)}
            <th scope="col" className="px-2 py-1 text-left font-medium text-muted">Gen tok/s</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {rows.map((r) => (
            <tr key={r.instance} data-instance={r.instance}>
              <td className="px-2 py-1 whitespace-nowrap" title={r.health.reason}>
                <span className={`mr-1.5 inline-block size-2 rounded-full ${DOT[r.health.tone]}`} aria-hidden />
                <span className="text-xs">{r.health.state}</span>
              </td>
              <td className="px-2 py-1 font-mono text-xs"><Link href={overviewHref(r.instance)} prefetch={false} className="hover:underline">{r.instance}</Link></td>
              {FLEET_COLUMNS.map((c) => <td key={c.id} className="px-2 py-1 text-right">{r.cells[c.id].text}</td>)}
              <td className="px-2 py-1"><Sparkline values={r.spark} label={`generated tokens per second of ${r.instance}`} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
