// Loaded with NODE_OPTIONS=--require by `db:deploy` and the test helper. The wasm schema engine leaves
// a 10 s (deploy) / 60 s (dev, db push) timer behind, so the CLI finished its work in ~150 ms but
// exited a minute later. Timers of 10 s or more stop holding the process open; shorter ones still do.
const original = globalThis.setTimeout;
globalThis.setTimeout = function unrefLongTimers(callback, ms, ...args) {
  const timer = original(callback, ms, ...args);
  if (typeof ms === "number" && ms >= 10_000 && typeof timer?.unref === "function") timer.unref();
  return timer;
};
