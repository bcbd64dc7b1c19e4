export function Notices({ notices }: { notices: readonly string[] }) {
  if (notices.length === 0) return null;
  return (
    <ul className="rounded-lg border border-line bg-panel px-3 py-2 text-sm text-muted" data-notices>
      {notices.map((n) => <li key={n}>{n}</li>)}
    </ul>
  );
}
