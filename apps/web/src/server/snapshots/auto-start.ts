// Starts the auto-capture watcher in the panel process when a database is configured and
// THROTL_AUTO_SNAPSHOT is on; one per process (kept on globalThis, like the data source).
import { getEnv } from "../../env.ts";
import { getDb } from "../db/db.ts";
import { getSource } from "../source.ts";
import { type AutoCapture, createAutoCapture } from "./auto-capture.ts";
import { takeSnapshot } from "./take-snapshot.ts";

/** Often enough to end a "before" window within 10 s of the change, rarely enough to cost nothing. */
const POLL_MS = 10_000;

const holder = globalThis as typeof globalThis & { __throtlAutoCapture?: AutoCapture };

export function startAutoCapture(): void {
  const env = getEnv();
  if (env.DATABASE_URL === undefined || env.THROTL_AUTO_SNAPSHOT === "off" || holder.__throtlAutoCapture) return;
  holder.__throtlAutoCapture = createAutoCapture({
    source: () => getSource(), db: getDb, take: (db, request) => takeSnapshot({ db }, request),
    windowSeconds: env.THROTL_AUTO_SNAPSHOT_WINDOW_SECONDS, intervalMs: POLL_MS,
  });
  holder.__throtlAutoCapture.start();
}
