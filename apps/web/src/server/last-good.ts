// The last successfully loaded view per URL state, so an outage shows the last good numbers with
// their age instead of an empty page. Bounded: the oldest entry goes first.

export interface LastGood<T> {
  get(key: string): { readonly atMs: number; readonly value: T } | undefined;
  set(key: string, atMs: number, value: T): void;
}

export function createLastGood<T>(capacity = 64): LastGood<T> {
  const entries = new Map<string, { atMs: number; value: T }>();
  return {
    get: (key) => entries.get(key),
    set(key, atMs, value) {
      entries.delete(key);
      entries.set(key, { atMs, value });
      while (entries.size > capacity) entries.delete(entries.keys().next().value!);
    },
  };
}
