/** What the CLI touches outside itself, passed in so tests can run it in-process. */
export interface CliDeps {
  /** Where the dashboard, progress lines and the summary go. */
  readonly out: { write(s: string): unknown; readonly isTTY?: boolean; readonly columns?: number };
  readonly err: (s: string) => void;
  /** Aborts on SIGINT: stop sending, cancel in-flight requests, write the partial report. */
  readonly stop: AbortSignal;
  readonly readText: (path: string) => string;
  readonly writeText: (path: string, text: string) => void;
  readonly now: () => Date;
}

/** throtl-load-20250101-120000: sorts by time, one pair of files per run. */
export function defaultOutPrefix(d: Date): string {
  const p = (v: number) => String(v).padStart(2, "0");
  return `throtl-load-${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}${p(d.getSeconds())}`;
}
