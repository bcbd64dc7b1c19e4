// One run from the panel: the load generator's runner with live counters, then its summary.
import { HttpClient, LiveStats, runLoad, summarizeRun, type RunOutcome, type RunSpec, type RunSummary } from "@throtl/loadgen";
import type { PlannedRun } from "./plan-run.ts";
import { CHART_POINTS, toProgress, type Phase, type ProgressShape } from "./progress.ts";
import type { RunRequest } from "./run-request.ts";
import type { LoadRunView, RunStatus } from "./run-view.ts";

/** What the runner sends through; HttpClient outside tests of this file. */
export type SenderFactory = (baseUrl: string, timeoutMs: number) => Pick<HttpClient, "send" | "cancelAll" | "close">;

export const httpSender: SenderFactory = (baseUrl, timeoutMs) => new HttpClient({ baseUrl, timeoutMs });

const hasSlo = (s: RunSpec["slo"]) => s.ttft !== undefined || s.itl !== undefined || s.e2e !== undefined || s.errorRate !== undefined;
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

export class LoadRun {
  private status: RunStatus = "starting";
  private planned: PlannedRun | null = null;
  private summary: RunSummary | null = null;
  private error: string | null = null;
  private startedAtMs: number | null = null;
  private finishedAtMs: number | null = null;
  /** performance.now() at the start; the hooks' clock. */
  private t0 = 0;
  private durationSeconds: number | null = null;
  private phase: Phase = "sending";
  private readonly stats = new LiveStats(CHART_POINTS + 10);
  private readonly abort = new AbortController();
  private ended!: () => void;
  /** Resolves once the run has its summary (or failed). */
  readonly done = new Promise<void>((resolve) => (this.ended = resolve));

  constructor(readonly id: string, readonly endpoint: string, readonly request: RunRequest, private readonly createdAtMs: number) {}

  get state(): RunStatus {
    return this.status;
  }

  /** Sends the plan; resolves `done` with the summary. A cancel before this point ends it empty. */
  begin(planned: PlannedRun, sender: ReturnType<SenderFactory>, onOutcome?: (run: LoadRun, outcome: RunOutcome) => void): void {
    this.planned = planned;
    const { spec, plan } = planned;
    const slo = hasSlo(spec.slo) ? spec.slo : undefined;
    if (this.abort.signal.aborted) {
      sender.close();
      return this.end("cancelled", summarizeRun([], 0, slo));
    }
    this.status = "running";
    this.startedAtMs = Date.now();
    this.t0 = performance.now();
    const now = () => (performance.now() - this.t0) / 1000;
    let toSend = planned.planned;
    const hooks = {
      onSent: () => {
        this.stats.sent();
        if (--toSend === 0) this.phase = "draining";
      },
      onTokens: (n: number) => this.stats.tokens(now(), n),
      onResult: (r: Parameters<LiveStats["result"]>[1]) => this.stats.result(now(), r, spec.target.stream),
    };
    runLoad({ spec, plan, sender, stop: this.abort.signal, hooks })
      .then((outcome) => {
        this.durationSeconds = outcome.durationSeconds;
        const summary = summarizeRun(outcome.results, outcome.durationSeconds, slo);
        this.end(outcome.interrupted ? "cancelled" : "finished", summary);
        onOutcome?.(this, outcome);
      })
      .catch((e: unknown) => this.fail(e instanceof Error ? e.message : String(e)))
      .finally(() => sender.close());
  }

  /** Stops sending and cancels what is in flight; the partial summary follows on `done`. */
  cancel(): void {
    this.abort.abort();
  }

  fail(message: string): void {
    this.error = message;
    this.end("failed", null);
  }

  /** The run's spec and summary once it ended with one (finished or cancelled). */
  result(): { spec: RunSpec; summary: RunSummary; startedAt: string; interrupted: boolean } | null {
    if (!this.planned || !this.summary) return null;
    return { spec: this.planned.spec, summary: this.summary, startedAt: iso(this.startedAtMs ?? this.createdAtMs)!, interrupted: this.status === "cancelled" };
  }

  view(): LoadRunView {
    return {
      id: this.id, endpoint: this.endpoint, status: this.status,
      createdAt: iso(this.createdAtMs)!, startedAt: iso(this.startedAtMs), finishedAt: iso(this.finishedAtMs),
      request: this.request, spec: this.planned?.spec ?? null,
      progress: this.progress(), summary: this.summary, error: this.error,
    };
  }

  private progress() {
    if (!this.planned || this.startedAtMs === null) return null;
    const elapsed = this.durationSeconds ?? (performance.now() - this.t0) / 1000;
    const shape: ProgressShape = { kind: this.planned.plan.kind, planned: this.planned.planned, sendSeconds: this.planned.sendSeconds };
    // A closed loop stops starting requests at its span, whatever the cap.
    const running = this.phase === "sending" && shape.kind === "closed" && elapsed >= shape.sendSeconds ? "draining" : this.phase;
    const phase: Phase = this.status === "finished" ? "complete" : this.status === "running" ? running : "stopped";
    return toProgress(this.stats.snapshot(elapsed, CHART_POINTS), shape, phase);
  }

  private end(status: RunStatus, summary: RunSummary | null): void {
    this.status = status;
    this.summary = summary;
    this.finishedAtMs = Date.now();
    this.ended();
  }
}
