/**
 * Node timers fire on whole milliseconds and up to ~1 ms early or late against performance.now(), so
 * a timer wakes us this long before the due time and setImmediate turns (which still serve I/O) cover
 * the rest: sub-millisecond sends for at most this much CPU per request.
 */
const SPIN_MS = 1;

/** Resolves at performance.now() >= `dueMs`, or at once when `signal` aborts. */
export function sleepUntil(dueMs: number, signal?: AbortSignal): Promise<void> {
  if (performance.now() >= dueMs || signal?.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const check = () => {
      const left = dueMs - performance.now();
      if (left <= 0 || signal?.aborted) resolve();
      else if (left > SPIN_MS + 1) setTimeout(check, left - SPIN_MS);
      else setImmediate(check);
    };
    check();
  });
}
