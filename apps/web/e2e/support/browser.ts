// Chromium from Debian (/usr/bin/chromium) driven by playwright-core: no browser download.
import { type Browser, chromium } from "playwright-core";

const ARGS = [
  "--no-sandbox", "--headless", "--disable-gpu", "--disable-quic", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
];

export function launchChromium(): Promise<Browser> {
  // Test harness configuration, not the panel's: CHROMIUM_PATH points at another Chromium build.
  const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  return chromium.launch({ executablePath, args: ARGS });
}
