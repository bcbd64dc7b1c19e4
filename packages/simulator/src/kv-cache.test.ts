import { describe, expect, it } from "vitest";
import { KvBlockPool } from "./kv-cache.ts";

describe("KvBlockPool", () => {
  it("counts usage as referenced blocks over total and refuses allocation past the free count", () => {
    const p = new KvBlockPool(10);
    p.allocate(4);
    expect(p.usage).toBeCloseTo(0.4);
    expect(p.canAllocate(6, 0)).toBe(true);
    expect(p.canAllocate(7, 0)).toBe(false);
    p.release(undefined, 0, 4);
    expect(p.usage).toBe(0);
  });

  it("keeps a released prefix block cached until allocation pressure evicts it", () => {
    const p = new KvBlockPool(3);
    p.allocate(2);
    expect(p.publish(11)).toBe(true);
    expect(p.publish(12)).toBe(true);
    p.release([11, 12], 2, 0);
    expect(p.usedBlocks).toBe(0);
    expect(p.lookup([11, 12], 10)).toEqual({ hits: 2, fromLru: 2 });
    // One plain block is free: taking it must not evict the cached prefix.
    p.allocate(1);
    expect(p.lookup([11, 12], 10).hits).toBe(2);
    // The next allocation has to evict the least recently freed entry (11), which breaks the chain.
    p.allocate(1);
    expect(p.lookup([11, 12], 10).hits).toBe(0);
    expect(p.lookup([12], 10).hits).toBe(1);
  });

  it("shares a cached block between requests and frees it only when the last reference goes", () => {
    const p = new KvBlockPool(4);
    p.allocate(1);
    p.publish(7);
    p.acquireCached([7], 1);
    expect(p.usedBlocks).toBe(1);
    p.release([7], 1, 0);
    expect(p.usedBlocks).toBe(1);
    p.release([7], 1, 0);
    expect(p.usedBlocks).toBe(0);
    expect(p.lookup([7], 1)).toEqual({ hits: 1, fromLru: 1 });
  });

  it("refuses to publish a hash another block already holds", () => {
    const p = new KvBlockPool(4);
    p.allocate(2);
    expect(p.publish(5)).toBe(true);
    expect(p.publish(5)).toBe(false);
  });
});
