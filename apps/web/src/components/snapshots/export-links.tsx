const LINK = "rounded border border-line bg-panel px-2 py-1 text-xs text-muted hover:text-fg";

/** Download links to an export route (`?format=json|csv`); plain links, no JavaScript needed. */
export function ExportLinks({ href, json = true }: { href: string; json?: boolean }) {
  const join = href.includes("?") ? "&" : "?";
  return (
    <span className="inline-flex gap-1" data-export>
      {json && <a href={`${href}${join}format=json`} download className={LINK}>Export JSON</a>}
      <a href={`${href}${join}format=csv`} download className={LINK}>Export CSV</a>
    </span>
  );
}
