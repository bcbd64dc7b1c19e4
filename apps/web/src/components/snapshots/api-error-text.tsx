import type { ApiErrorView } from "../../data/snapshots/api-error.ts";

export function ApiErrorText({ error }: { error: ApiErrorView | null }) {
  if (!error) return null;
  return (
    <div role="alert" className="text-xs text-bad" data-api-error>
      <p>{error.message}</p>
      {error.fields.length > 0 && <ul className="list-disc pl-4">{error.fields.map((f) => <li key={f}>{f}</li>)}</ul>}
    </div>
  );
}
