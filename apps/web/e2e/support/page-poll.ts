// Waiting for a state of the panel by reloading it (the page renders on the server, so a new state
// needs a new load), bounded; and full-page screenshots kept as test artifacts.
import { mkdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";

/** <repo>/artifacts/e2e: gitignored, collected by whoever runs the tests. */
export const ARTIFACTS_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "..", "artifacts", "e2e");

export interface ReloadUntil {
  /** What the test waits for, for the failure message. */
  readonly what: string;
  readonly timeoutMs: number;
  /** Pause between loads. */
  readonly everyMs?: number;
}

/**
 * Loads `url` until `check` returns a value (not undefined), and returns it. Every load must answer
 * 200: an error page fails at once. On timeout the message shows the last page's text.
 */
export async function reloadUntil<T>(page: Page, url: string, check: () => Promise<T | undefined>, o: ReloadUntil): Promise<T> {
  const deadline = Date.now() + o.timeoutMs;
  for (;;) {
    const res = await page.goto(url);
    if (res?.status() !== 200) throw new Error(`${url} answered ${res?.status()} while waiting for ${o.what}:\n${await page.locator("body").innerText()}`);
    const found = await check();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`no ${o.what} within ${o.timeoutMs / 1000} s; the page said:\n${await page.locator("main").innerText()}`);
    await page.waitForTimeout(o.everyMs ?? 1_000);
  }
}

/** The health line's state, e.g. "KV CACHE PRESSURE". */
export function healthState(page: Page): Promise<string> {
  return page.locator("[data-health-state]").innerText();
}

/** The page's evaluation time, from the footer's "loaded <ISO instant>". */
export async function loadedAtMs(page: Page): Promise<number> {
  const footer = await page.locator("footer").innerText();
  const iso = /loaded (\S+Z)/.exec(footer)?.[1];
  if (iso === undefined) throw new Error(`the footer does not say when the page was loaded: ${footer}`);
  return Date.parse(iso);
}

/** Writes artifacts/e2e/<name>.png (the whole page) and returns its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  await mkdir(ARTIFACTS_DIR, { recursive: true });
  const path = join(ARTIFACTS_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
