import Link from "next/link";
import type { ListFilters as Filters } from "../../data/snapshots/list-view.ts";

const input = "rounded border border-line bg-panel px-2 py-1 text-xs text-fg";

/** A plain GET form: filters live in the URL and work without JavaScript. */
export function ListFilters({ filters }: { filters: Filters }) {
  const [tag, ...moreTags] = filters.tags;
  return (
    <form method="get" action="/snapshots" className="flex flex-wrap items-end gap-2 text-xs text-muted" data-filters>
      <label className="flex flex-col gap-0.5">Tag<input name="tag" defaultValue={tag ?? ""} className={input} placeholder="e.g. baseline" /></label>
      {moreTags.map((t) => <input key={t} type="hidden" name="tag" value={t} />)}
      <label className="flex flex-col gap-0.5">Model<input name="model" defaultValue={filters.model} className={`${input} w-64`} placeholder="meta-llama/Llama-3.1-8B-Instruct" /></label>
      <label className="flex flex-col gap-0.5">From<input type="date" name="from" defaultValue={filters.from.slice(0, 10)} className={input} /></label>
      <label className="flex flex-col gap-0.5">To<input type="date" name="to" defaultValue={filters.to.slice(0, 10)} className={input} /></label>
      <button type="submit" className="rounded border border-line bg-panel px-2 py-1 text-fg">Filter</button>
      <Link href="/snapshots" prefetch={false} className="px-1 py-1 hover:text-fg">Clear</Link>
    </form>
  );
}
