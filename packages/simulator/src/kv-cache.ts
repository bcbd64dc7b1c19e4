/**
 * vLLM V1's KV block pool, reduced to counts: a physical block is either used (ref > 0), free and still
 * holding a cached prefix (evictable, LRU), or plain free. Prefix-cache entries are keyed by the
 * chained block hash, so a hit means "the same tokens from position 0 up to this block".
 */
export class KvBlockPool {
  private used = 0;
  private plainFree: number;
  /** hash -> reference count; entries with 0 references are also in `lru`. */
  private readonly refs = new Map<number, number>();
  /** Free blocks that still hold a cached prefix, oldest first (Map keeps insertion order). */
  private readonly lru = new Map<number, true>();

  constructor(readonly total: number) {
    this.plainFree = total;
  }

  get usedBlocks(): number {
    return this.used;
  }

  get freeBlocks(): number {
    return this.total - this.used;
  }

  /** vLLM's kv_cache_usage_perc: 1 - free/total, where cached-but-unreferenced blocks count as free. */
  get usage(): number {
    return this.total === 0 ? 0 : this.used / this.total;
  }

  /** How many leading hashes are cached (in use or evictable), and how many of those sit in the LRU. */
  lookup(hashes: readonly number[], maxBlocks: number): { hits: number; fromLru: number } {
    let hits = 0;
    let fromLru = 0;
    const n = Math.min(hashes.length, maxBlocks);
    while (hits < n) {
      const ref = this.refs.get(hashes[hits]!);
      if (ref === undefined) break;
      if (ref === 0) fromLru++;
      hits++;
    }
    return { hits, fromLru };
  }

  /** Can `plain` new blocks be allocated after taking `fromLru` cached blocks back into use? */
  canAllocate(plain: number, fromLru: number): boolean {
    return plain + fromLru <= this.total - this.used;
  }

  /** Take references on the first `count` hashes (all known to be cached). */
  acquireCached(hashes: readonly number[], count: number): void {
    for (let i = 0; i < count; i++) {
      const h = hashes[i]!;
      const ref = this.refs.get(h)!;
      if (ref === 0) {
        this.lru.delete(h);
        this.used++;
      }
      this.refs.set(h, ref + 1);
    }
  }

  /** Allocate `n` plain blocks, evicting the least recently freed cached blocks when needed. */
  allocate(n: number): void {
    const fromPlain = Math.min(n, this.plainFree);
    this.plainFree -= fromPlain;
    let evict = n - fromPlain;
    if (evict > 0) {
      for (const h of this.lru.keys()) {
        this.lru.delete(h);
        this.refs.delete(h);
        if (--evict === 0) break;
      }
    }
    this.used += n;
  }

  /**
   * A plain block a request owns has been filled with the tokens `hash` names: publish it as a cache
   * entry. Returns false when another block already holds that hash (the block then stays plain).
   */
  publish(hash: number): boolean {
    if (this.refs.has(hash)) return false;
    this.refs.set(hash, 1);
    return true;
  }

  /** Release a request's blocks: its first `hashed` are cache entries, the other `plain` are not. */
  release(hashes: readonly number[] | undefined, hashed: number, plain: number): void {
    for (let i = 0; i < hashed; i++) {
      const h = hashes![i]!;
      const ref = this.refs.get(h)! - 1;
      this.refs.set(h, ref);
      if (ref === 0) {
        this.lru.set(h, true);
        this.used--;
      }
    }
    this.used -= plain;
    this.plainFree += plain;
  }
}
