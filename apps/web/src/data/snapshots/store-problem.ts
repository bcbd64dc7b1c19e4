// Why stored data could not be shown, in words for the page. The rest of the panel (live data)
// never depends on the database, so these are notices, not error pages.

export type StoreProblem =
  | { readonly kind: "not_configured" }
  | { readonly kind: "unreachable"; readonly message: string }
  | { readonly kind: "invalid"; readonly message: string };

export interface ProblemText {
  readonly title: string;
  readonly detail: string;
}

export function problemText(p: StoreProblem): ProblemText {
  switch (p.kind) {
    case "not_configured":
      return { title: "No database configured", detail: "Snapshots and comparisons are stored in Postgres. Set DATABASE_URL=postgresql://user:password@host:5432/database for the panel, run `npm run db:deploy` once, and restart. Live data works without it." };
    case "unreachable":
      return { title: "The database is unreachable", detail: `Snapshots cannot be read right now; live data on the overview and fleet pages still works. (${p.message})` };
    case "invalid":
      return { title: "Invalid parameters", detail: p.message };
  }
}
