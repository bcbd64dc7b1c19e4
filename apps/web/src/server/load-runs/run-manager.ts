// The panel's load runs, in memory: at most one active run per endpoint, the most recent runs kept
// for their progress and summary. Only configured endpoints can be loaded (see target-list.ts).
import { randomUUID } from "node:crypto";
import { InputError, listModels, TargetError, type RunOutcome } from "@throtl/loadgen";
import { EndpointUnavailableError, InvalidRunRequestError, RunConflictError, RunNotFoundError } from "./errors.ts";
import { httpSender, LoadRun, type SenderFactory } from "./load-run.ts";
import { planRun } from "./plan-run.ts";
import { runRequestSchema } from "./run-request.ts";
import { isActive, type LoadRunView } from "./run-view.ts";
import type { LoadTarget } from "./target-list.ts";

export interface RunManagerOptions {
  readonly targets: readonly LoadTarget[];
  /** Ended runs kept for GET and attach (oldest dropped first). */
  readonly keep?: number;
  /** Longest wait for the endpoint's /v1/models before a run (the request timeout when shorter). */
  readonly preflightMs?: number;
  readonly sender?: SenderFactory;
  /** Called with every run's raw results once it ends (metrics, tests). */
  readonly onOutcome?: (run: LoadRunView, outcome: RunOutcome) => void;
}

export class LoadRunManager {
  private readonly runs = new Map<string, LoadRun>();
  /** endpoint name → the run active on it (reserved before the endpoint is asked anything). */
  private readonly active = new Map<string, LoadRun>();

  constructor(private readonly o: RunManagerOptions) {}

  endpoints(): readonly LoadTarget[] {
    return this.o.targets;
  }

  /** Validates, checks the endpoint answers, starts sending; returns once requests are on their way. */
  async start(body: unknown): Promise<LoadRunView> {
    const parsed = runRequestSchema.safeParse(body);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => ({ path: i.path.join(".") || "(body)", message: i.message }));
      throw new InvalidRunRequestError(`Invalid load run: ${issues.map((i) => `${i.path}: ${i.message}`).join("; ")}`, issues);
    }
    const req = parsed.data;
    const target = this.o.targets.find((t) => t.name === req.endpoint);
    if (!target) {
      const known = this.o.targets.map((t) => t.name).join(", ") || "none configured";
      const message = `unknown endpoint ${JSON.stringify(req.endpoint)}: the panel loads only its configured endpoints (${known})`;
      throw new InvalidRunRequestError(`Invalid load run: endpoint: ${message}`, [{ path: "endpoint", message }]);
    }
    const busy = this.active.get(target.name);
    if (busy) throw new RunConflictError(`A load run (${busy.id}) is already active on ${target.name}: cancel it or wait for it to end`, busy.id);
    const run = new LoadRun(randomUUID(), target.name, req, Date.now());
    this.active.set(target.name, run);
    this.runs.set(run.id, run);
    void run.done.then(() => this.settle(run));
    try {
      const timeoutMs = req.timeoutSeconds * 1000;
      const models = await listModels(target.url, undefined, Math.min(this.o.preflightMs ?? 10_000, timeoutMs));
      const model = req.model ?? models[0];
      if (model === undefined) throw new TargetError(`${target.url}/v1/models lists no model: name one in the form`);
      const planned = planRun(req, target.url, model);
      run.begin(planned, (this.o.sender ?? httpSender)(target.url, timeoutMs), (r, outcome) => this.o.onOutcome?.(r.view(), outcome));
    } catch (e) {
      this.runs.delete(run.id);
      run.fail(e instanceof Error ? e.message : String(e));
      if (e instanceof TargetError) throw new EndpointUnavailableError(`${target.name}: ${e.message}; nothing was sent`, { cause: e });
      if (e instanceof InputError) throw new InvalidRunRequestError(e.message, [{ path: "workload", message: e.message }]);
      throw e;
    }
    return run.view();
  }

  list(): LoadRunView[] {
    return [...this.runs.values()].reverse().map((r) => r.view());
  }

  get(id: string): LoadRunView {
    return this.find(id).view();
  }

  /** The run's spec and summary, once it ended with one (for attaching to a snapshot). */
  result(id: string) {
    const run = this.find(id);
    const result = run.result();
    if (!result) throw new RunConflictError(isActive(run.state) ? `Load run ${id} is still ${run.state}: attach it once it ends` : `Load run ${id} ${run.state} without a summary`, id);
    return { ...result, endpoint: run.endpoint };
  }

  /** Stops the run and answers with its partial summary. */
  async cancel(id: string): Promise<LoadRunView> {
    const run = this.find(id);
    if (!isActive(run.state)) throw new RunConflictError(`Load run ${id} already ${run.state}`, id);
    run.cancel();
    await run.done;
    return run.view();
  }

  /** Resolves when the run has ended (tests, shutdown). */
  async settled(id: string): Promise<LoadRunView> {
    const run = this.find(id);
    await run.done;
    return run.view();
  }

  private find(id: string): LoadRun {
    const run = this.runs.get(id);
    if (!run) throw new RunNotFoundError(id);
    return run;
  }

  private settle(run: LoadRun): void {
    if (this.active.get(run.endpoint) === run) this.active.delete(run.endpoint);
    const keep = this.o.keep ?? 20;
    for (const [id, r] of this.runs) {
      if (this.runs.size <= keep) break;
      if (!isActive(r.state)) this.runs.delete(id);
    }
  }
}
