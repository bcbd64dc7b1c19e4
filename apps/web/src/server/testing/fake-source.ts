// A scripted DataSource for loader tests: answers from a function of (question, scope), or down.
import type { HistogramId, Scope, SignalQuery } from "@throtl/signals";
import { queryKey } from "../../data/queries.ts";
import { type DataSource, type GroupHistogram, type GroupValue, type InfoLabels, type Outcome, SourceUnavailableError, type TargetsStatus } from "../data-source.ts";

export type Answerer = (key: string, scope: Scope, atMs: number) => Outcome<readonly GroupValue[]>;

export interface FakeSource extends DataSource {
  down: boolean;
  readonly instantCalls: { readonly scope: Scope; readonly atMs: number; readonly windowSeconds: number }[];
}

/** Histogram answers by id; the default: not exported. */
export type HistogramAnswerer = (id: HistogramId) => Outcome<readonly GroupHistogram[]>;
const noHistograms: HistogramAnswerer = () => ({ kind: "unsupported", reason: "fake: no histograms" });

/** Token-length questions reach `answer` as `tokens:<kind>:<stat>`. */
export function fakeSource(answer: Answerer, targets: Partial<TargetsStatus> = {}, info: InfoLabels = { engine: [], gpu: [] }, histograms: HistogramAnswerer = noHistograms): FakeSource {
  const fail = () => new SourceUnavailableError("prometheus", "Prometheus unreachable at http://127.0.0.1:1/: connection refused");
  const source: FakeSource = {
    mode: "prometheus", flavor: "vllm", description: "fake", down: false, instantCalls: [],
    async instant(queries: readonly SignalQuery[], r) {
      if (source.down) throw fail();
      source.instantCalls.push({ scope: r.scope, atMs: r.atMs, windowSeconds: r.windowSeconds });
      return queries.map((q) => answer(queryKey(q), r.scope, r.atMs));
    },
    async range(queries, r) {
      if (source.down) throw fail();
      const n = Math.floor((r.grid.end - r.grid.start) / r.grid.step) + 1;
      return queries.map((q) => {
        const o = answer(queryKey(q), r.scope, r.grid.end);
        return o.kind === "ok" ? { ...o, data: o.data.map((g) => ({ group: g.group, values: Array.from({ length: n }, (_, i) => (i % 2 === 0 ? g.value : null)) })) } : o;
      });
    },
    async targets() {
      if (source.down) throw fail();
      return { up: true, lastScrapeMs: null, targets: [], ...targets };
    },
    async info() {
      if (source.down) throw fail();
      return info;
    },
    async tokenLengths(queries, r) {
      if (source.down) throw fail();
      return queries.map((q) => answer(`tokens:${q.kind}:${q.stat}`, r.scope, r.atMs));
    },
    async startMarkers(atMs) {
      if (source.down) throw fail();
      return answer("start_marker", { by: "instance" }, atMs);
    },
    async histograms(ids) {
      if (source.down) throw fail();
      return ids.map((id) => histograms(id));
    },
  };
  return source;
}

/** One value per scope: the total, or one group named `name` for per-model/instance questions. */
export const one = (value: number, name = "m"): ((scope: Scope) => Outcome<readonly GroupValue[]>) => (scope) =>
  ({ kind: "ok", data: [{ group: scope.by === "total" ? "" : name, value }], notes: [] });
