import Link from "next/link";

export interface LinkOption {
  readonly id: string;
  readonly label: string;
  readonly href: string;
}

/** A segmented control made of links: works without JavaScript and keeps the choice in the URL. */
export function LinkGroup({ name, options, selected }: { name: string; options: readonly LinkOption[]; selected: string }) {
  return (
    <div className="inline-flex overflow-hidden rounded border border-line text-xs" role="group" aria-label={name}>
      {options.map((o) => (
        <Link key={o.id} href={o.href} aria-current={o.id === selected ? "true" : undefined} scroll={false} prefetch={false}
          className={`px-2 py-1 ${o.id === selected ? "bg-accent text-white" : "bg-panel text-muted hover:text-fg"}`}>
          {o.label}
        </Link>
      ))}
    </div>
  );
}
