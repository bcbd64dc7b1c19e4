/**
 * Node timers fire on whole milliseconds, up to ~1 ms off performance.now(): a timer wakes us this long
 * before the send and setImmediate turns (which still serve I/O) cover the rest, for ≤ this much CPU.
 */
const SPIN_MS = 1;

/** Resolves at performance.now() >= `dueMs`, or at once when `signal` aborts. */
export function sleepUntil(dueMs: number, signal?: AbortSignal): Promise<void> {
  if (performance.now() >= dueMs || signal?.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const check = () => {
      const left = dueMs - performance.now();
      if (left <= 0 || signal?.aborted) resolve();
      else if (left > SPIN_MS * 1.5) setTimeout(check, left - SPIN_MS);
      else setImmediate(check);
    };
    check();
  });
}
