// Next calls register() once per server process at start-up.
export async function register(): Promise<void> {
  const { isNodeServer } = await import("./env.ts");
  if (!isNodeServer()) return;
  const { startBackgroundWork } = await import("./server/source.ts");
  startBackgroundWork();
  const { startAutoCapture } = await import("./server/snapshots/auto-start.ts");
  startAutoCapture();
}
