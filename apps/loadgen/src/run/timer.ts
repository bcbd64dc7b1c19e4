/**
 * Node timers fire on whole milliseconds, up to ~1 ms off performance.now(): a timer wakes us this long
 * before the send and setImmediate turns (which still serve I/O) cover the rest, for ≤ this much CPU.
 */
const SPIN_MS = 1;

/**
 * Asks the sender to call `hook` with the time of each socket read (undefined: stop). One event-loop
 * turn can hold hundreds of reads (a server step ends every stream's token at once: 2–3 ms of them);
 * looking at the clock on each read lets a send go out between two reads instead of after the turn.
 */
export type WatchReads = (hook: ((now: number) => void) | undefined) => void;

/** Resolves at performance.now() >= `dueMs`, or at once when `signal` aborts. */
export function sleepUntil(dueMs: number, signal?: AbortSignal, watchReads?: WatchReads): Promise<void> {
  if (performance.now() >= dueMs || signal?.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    let done = false;
    let watching = false;
    let timer: NodeJS.Timeout | undefined;
    let immediate: NodeJS.Immediate | undefined;
    const finish = () => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      if (immediate) clearImmediate(immediate);
      if (watching) watchReads!(undefined);
      signal?.removeEventListener("abort", finish);
      resolve();
    };
    // A trace may leave seconds between sends: Ctrl-C must not wait for the timer.
    signal?.addEventListener("abort", finish, { once: true });
    const check = () => {
      if (done) return;
      const left = dueMs - performance.now();
      if (left <= 0 || signal?.aborted) finish();
      else if (left > SPIN_MS * 1.5) timer = setTimeout(check, left - SPIN_MS);
      else immediate = setImmediate(check);
    };
    if (watchReads) {
      // From the start, not only in the last millisecond: a burst of reads may begin before it.
      // A resolved promise continues right after the read's callback, before the next socket's.
      watching = true;
      watchReads((now) => { if (!done && now >= dueMs) finish(); });
    }
    check();
  });
}
