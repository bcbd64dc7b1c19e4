// Next calls register() once per server process at start-up.
export async function register(): Promise<void> {
  const { isNodeServer } = await import("./env.ts");
  if (!isNodeServer()) return;
  const { startBackgroundWork } = await import("./server/source.ts");
  startBackgroundWork();
  // A literal NEXT_RUNTIME check lets Next leave the Node-only database client out of the Edge bundle.
  // eslint-disable-next-line no-restricted-properties -- set by Next itself at build time, not configuration
  if (process.env.NEXT_RUNTIME === "nodejs") (await import("./server/snapshots/auto-start.ts")).startAutoCapture();
}
