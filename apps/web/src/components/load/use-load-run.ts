"use client";
import { useCallback, useEffect, useState } from "react";
import type { LoadRunView } from "../../server/load-runs/run-view.ts";

const POLL_MS = 1_000;
const active = (r: LoadRunView | null) => r !== null && (r.status === "starting" || r.status === "running");

/** One run from the API, polled every second while it is active; `null` id: none shown. */
export function useLoadRun(id: string | null) {
  const [run, setRun] = useState<LoadRunView | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async (runId: string) => {
    const r = await fetch(`/api/load-runs/${encodeURIComponent(runId)}`, { cache: "no-store" }).catch(() => null);
    if (!r) return setError("The panel did not answer; retrying");
    const body = (await r.json()) as LoadRunView & { error?: string };
    if (!r.ok) return setError(body.error ?? `HTTP ${r.status}`);
    setError(null);
    setRun(body);
  }, []);

  useEffect(() => {
    setRun(null);
    if (id !== null) void load(id);
  }, [id, load]);

  const polling = id !== null && (run === null || active(run));
  useEffect(() => {
    if (!polling || id === null) return;
    const timer = setInterval(() => void load(id), POLL_MS);
    return () => clearInterval(timer);
  }, [polling, id, load]);

  const cancel = useCallback(async () => {
    if (id === null) return;
    const r = await fetch(`/api/load-runs/${encodeURIComponent(id)}`, { method: "DELETE" });
    const body = (await r.json()) as LoadRunView & { error?: string };
    if (r.ok) setRun(body);
    else setError(body.error ?? `HTTP ${r.status}`);
  }, [id]);

  return { run, error, cancel, active: active(run) };
}

/** The runs the panel holds; reloaded whenever `version` changes. */
export function useRecentRuns(version: string): LoadRunView[] {
  const [runs, setRuns] = useState<LoadRunView[]>([]);
  useEffect(() => {
    let live = true;
    fetch("/api/load-runs", { cache: "no-store" })
      .then((r) => r.json() as Promise<{ runs: LoadRunView[] }>)
      .then((b) => live && setRuns(b.runs), () => undefined);
    return () => { live = false; };
  }, [version]);
  return runs;
}
