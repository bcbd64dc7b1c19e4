"use client";
import { useEffect, useState } from "react";
import { defaultFormValues, fieldErrors, toRunBody, type LoadFormField, type LoadFormValues } from "../../data/load/load-form.ts";
import { liveRows, progressDisplay, statusText, summaryDisplay } from "../../data/load/run-display.ts";
import { AttachSnapshot } from "./attach-snapshot.tsx";
import { LiveChart } from "./live-chart.tsx";
import { LoadForm } from "./load-form.tsx";
import { RecentRuns } from "./recent-runs.tsx";
import { RunProgress } from "./run-progress.tsx";
import { SummaryTable } from "./summary-table.tsx";
import { useLoadRun, useRecentRuns } from "./use-load-run.ts";

interface Props {
  readonly endpoints: readonly string[];
  readonly slo: { readonly ttft: number; readonly itl: number };
  readonly initialRunId: string | null;
}

/** The load page: the form, then the chosen run's live progress, summary and attach. */
export function LoadScreen({ endpoints, slo, initialRunId }: Props) {
  const [values, setValues] = useState<LoadFormValues>(() => defaultFormValues(endpoints[0] ?? "", slo));
  const [errors, setErrors] = useState<Partial<Record<LoadFormField | "form", string>>>({});
  const [busy, setBusy] = useState(false);
  const [runId, setRunId] = useState<string | null>(initialRunId);
  const { run, error, cancel, active } = useLoadRun(runId);
  const recent = useRecentRuns(`${runId}:${run?.status}`);
  // Until hydrated a click would submit the form natively (a GET of this page): keep it disabled.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);

  const show = (id: string) => {
    setRunId(id);
    // In the URL so a reload (or a shared link) shows the same run.
    window.history.replaceState(null, "", `/load?run=${encodeURIComponent(id)}`);
  };

  const start = async () => {
    setBusy(true);
    setErrors({});
    try {
      const r = await fetch("/api/load-runs", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(toRunBody(values)) });
      const body = (await r.json()) as { id?: string; error?: string; issues?: { path: string; message: string }[]; runId?: string | null };
      if (r.status === 202 && body.id) show(body.id);
      else if (body.issues?.length) setErrors(fieldErrors(body.issues));
      else setErrors({ form: body.error ?? `HTTP ${r.status}` });
      if (r.status === 409 && body.runId) show(body.runId);
    } catch (e) {
      setErrors({ form: `The panel did not answer: ${String(e)}` });
    } finally {
      setBusy(false);
    }
  };

  const progress = run ? progressDisplay(run) : null;
  const summary = run ? summaryDisplay(run) : null;
  const rows = run ? liveRows(run) : [];
  return (
    <div className="flex flex-col gap-4 py-4" data-hydrated={hydrated ? "true" : undefined}>
      <header>
        <h1 className="text-xl font-semibold">Load</h1>
        <p className="text-sm text-muted">Drive a configured endpoint with the load generator and watch it live. Endpoints come from THROTL_LOAD_TARGETS (or THROTL_TARGETS).</p>
      </header>
      {endpoints.length === 0 && <p className="text-sm text-bad">No endpoint is configured: set THROTL_LOAD_TARGETS=name=http://host:port.</p>}
      <LoadForm endpoints={endpoints} values={values} errors={errors} busy={!hydrated || busy || active} onChange={setValues} onSubmit={() => void start()} />
      {error && <p role="alert" className="text-sm text-bad">{error}</p>}
      {run && (
        <section className="flex flex-col gap-4" data-run={run.id} data-status={run.status}>
          <div className="flex items-center gap-3">
            <h2 className="text-base font-semibold">Run on {run.endpoint}</h2>
            <span className="text-xs text-muted">{run.spec ? `${run.spec.target.model} · ${run.spec.target.url}` : ""}</span>
            {active && <button type="button" onClick={() => void cancel()} className="ml-auto rounded border border-bad px-3 py-1 text-sm text-bad hover:bg-bg">Cancel run</button>}
          </div>
          {progress && <RunProgress status={statusText(run.status)} percent={progress.percent} elapsed={progress.elapsed} eta={progress.eta} stats={progress.stats} error={run.error} />}
          {!progress && <p className="text-sm">{statusText(run.status)}{run.error ? `: ${run.error}` : ""}</p>}
          <div className="grid gap-4 md:grid-cols-2">
            <LiveChart id="load-throughput" title="Throughput" rows={rows} series={[{ key: "outputTokensPerSecond", label: "output tok/s" }, { key: "requestRate", label: "req/s" }]} />
            <LiveChart id="load-latency" title="Latency p95 (ms, 5 s window)" rows={rows} series={[{ key: "ttftP95Ms", label: "TTFT p95" }, { key: "tpotP95Ms", label: "TPOT p95" }]} />
          </div>
          {summary && <SummaryTable totals={summary.totals} latencies={summary.latencies} partial={run.status === "cancelled"} />}
          {summary && <AttachSnapshot runId={run.id} />}
        </section>
      )}
      <RecentRuns runs={recent} current={runId} onSelect={show} />
    </div>
  );
}
