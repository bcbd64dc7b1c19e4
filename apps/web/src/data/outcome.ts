// The per-question result every data source returns: data, "not exported by this backend" (shown as
// such, never as 0), or a failure of that one question.

export type Outcome<T> =
  | { readonly kind: "ok"; readonly data: T; readonly notes: readonly string[] }
  | { readonly kind: "unsupported"; readonly reason: string }
  | { readonly kind: "error"; readonly message: string };
