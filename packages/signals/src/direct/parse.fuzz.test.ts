import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Expr } from "../types.ts";
import { evaluateDirect } from "./evaluate.ts";
import type { ParseResult } from "./model.ts";
import { parseExposition } from "./parse.ts";
import { scrapeTargets } from "./scrape.ts";
import { ScrapeStore } from "./store.ts";

/** Generated exposition: the text and the samples it must parse to. */
const metricName = fc.stringMatching(/^[a-zA-Z_:][a-zA-Z0-9_:]{0,20}$/);
const labelName = fc.stringMatching(/^[a-zA-Z_][a-zA-Z0-9_]{0,12}$/);
const labelValue = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom("", "\\", '"', "\n", "a,b", "}{", "\\n", "ünï©ødé", "__proto__"));
const value = fc.oneof(fc.double(), fc.integer().map(Number), fc.constantFrom(NaN, Infinity, -Infinity, 0, -0));
const sampleArb = fc.record({
  name: metricName,
  labels: fc.uniqueArray(fc.tuple(labelName, labelValue), { maxLength: 5, selector: ([k]) => k }),
  value,
  timestampMs: fc.option(fc.integer({ min: -1e12, max: 4e12 }), { nil: undefined }),
});
const escape = (v: string) => v.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n");
const formatValue = (v: number) => (Number.isNaN(v) ? "NaN" : v === Infinity ? "+Inf" : v === -Infinity ? "-Inf" : Object.is(v, -0) ? "-0" : String(v));
const exposition = fc.array(sampleArb, { maxLength: 30 }).map((samples) => ({
  samples,
  text: samples.map((s) => {
    const labels = s.labels.length === 0 ? "" : `{${s.labels.map(([k, v]) => `${k}="${escape(v)}"`).join(",")}}`;
    return `${s.name}${labels} ${formatValue(s.value)}${s.timestampMs === undefined ? "" : ` ${s.timestampMs}`}`;
  }).join("\n"),
}));

/** Edits that break exposition the ways real bodies break: truncation, stray bytes, lost or doubled lines. */
const SPECIAL = ["{", "}", '"', "=", ",", "\\", "\n", "\r", "\u0000", " ", "#", "\t", "\uFFFD", "e", "+", "-", "."];
const mutation = fc.oneof(
  fc.record({ kind: fc.constant("truncate" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("insert" as const), at: fc.nat(), text: fc.oneof(fc.constantFrom(...SPECIAL), fc.string({ unit: "binary", maxLength: 4 })) }),
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat(), length: fc.integer({ min: 1, max: 8 }) }),
  fc.record({ kind: fc.constant("duplicate-line" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("meta" as const), at: fc.nat(), text: fc.constantFrom("# HELP x y", "# TYPE x gauge", "# TYPE x bogus", "# EOF", "#", "# HELP", "# TYPE  ") }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(text: string, m: Mutation): string {
  const at = text.length === 0 ? 0 : m.at % (text.length + 1);
  switch (m.kind) {
    case "truncate": return text.slice(0, at);
    case "insert": return text.slice(0, at) + m.text + text.slice(at);
    case "delete": return text.slice(0, at) + text.slice(at + m.length);
    case "duplicate-line": {
      const lines = text.split("\n");
      const i = m.at % lines.length;
      return [...lines.slice(0, i + 1), lines[i]!, ...lines.slice(i + 1)].join("\n");
    }
    case "meta": {
      const lines = text.split("\n");
      lines.splice(m.at % (lines.length + 1), 0, m.text);
      return lines.join("\n");
    }
  }
}

/** Either valid samples or a located error, whatever the input. */
function wellFormed(text: string, r: ParseResult): boolean {
  if (r.ok) {
    return r.samples.every((s) => /^[a-zA-Z_:][a-zA-Z0-9_:]*$/.test(s.name) && typeof s.value === "number" &&
      Object.entries(s.labels).every(([k, v]) => /^[a-zA-Z_][a-zA-Z0-9_]*$/.test(k) && v !== ""));
  }
  const lines = text.split("\n").length;
  return Number.isInteger(r.error.line) && r.error.line >= 1 && r.error.line <= lines && r.error.column >= 1 &&
    r.error.reason.length > 0 && typeof r.error.excerpt === "string";
}

describe("parseExposition under fuzzing (never throws; samples or a located error)", () => {
  it("parses generated exposition back to exactly its samples (escapes, NaN, ±Inf, timestamps)", () => {
    fc.assert(fc.property(exposition, ({ samples, text }) => {
      const r = parseExposition(text);
      if (!r.ok) return false;
      expect(r.samples.map((s) => ({ ...s, labels: { ...s.labels } }))).toEqual(samples.map((s) => ({
        name: s.name,
        labels: Object.fromEntries(s.labels.filter(([, v]) => v !== "")),
        value: s.value,
        ...(s.timestampMs === undefined ? {} : { timestampMs: s.timestampMs }),
      })));
      return true;
    }), { numRuns: 1000 });
  });

  it("survives thousands of mutated bodies", () => {
    const outcomes = { ok: 0, error: 0 };
    fc.assert(fc.property(exposition, fc.array(mutation, { minLength: 1, maxLength: 4 }), ({ text }, ms) => {
      const broken = ms.reduce(mutate, text);
      const r = parseExposition(broken);
      outcomes[r.ok ? "ok" : "error"]++;
      return wellFormed(broken, r);
    }), { numRuns: 4000 });
    // Both paths are exercised: the mutations are neither all harmless nor all fatal.
    expect(Math.min(outcomes.ok, outcomes.error)).toBeGreaterThan(400);
  });

  it("survives arbitrary text and binary garbage", () => {
    const garbage = fc.oneof(
      fc.string({ unit: "binary", maxLength: 300 }),
      fc.uint8Array({ maxLength: 300 }).map((b) => new TextDecoder("utf-8").decode(b)),
      fc.uint8Array({ maxLength: 300 }).map((b) => String.fromCharCode(...b)),
    );
    fc.assert(fc.property(garbage, (text) => wellFormed(text, parseExposition(text))), { numRuns: 3000 });
  });
});

describe("direct mode end to end under fuzzing", () => {
  it("the scraper never rejects on any body bytes; a bad body is a parse error", async () => {
    const body = fc.oneof(fc.uint8Array({ maxLength: 200 }), exposition.map(({ text }) => new TextEncoder().encode(text)));
    await fc.assert(fc.asyncProperty(body, async (bytes) => {
      const fetch = () => Promise.resolve(new Response(bytes));
      const [o] = await scrapeTargets([{ address: "127.0.0.1:1" }], { fetch, timeoutMs: 1_000 });
      return o!.record.ok || o!.record.error.kind === "parse";
    }), { numRuns: 500 });
  });

  it("every kind of expression evaluates without throwing over stores filled with mutated scrapes", () => {
    const names = ["x", "y"];
    const exprs: Expr[] = [
      { kind: "rate", metric: { names: ["x", "y"] } },
      { kind: "gauge", metric: { names: names as [string, ...string[]] }, agg: "avg" },
      { kind: "quantile", q: 0.9, histogram: { names: ["h"] } },
      { kind: "histogram_mean", histogram: { names: ["h"] } },
      { kind: "histogram_share_le", histogram: { names: ["h"] }, le: 1 },
      { kind: "binary", op: "/", left: { kind: "rate", metric: { names: ["x"] } }, right: { kind: "gauge", metric: { names: ["y"] }, agg: "max" } },
    ];
    const line = fc.oneof(
      fc.tuple(fc.constantFrom("x", "y", "h_count", "h_sum"), fc.constantFrom("", '{model="a"}', '{model="b",instance="z"}'), value),
      fc.tuple(fc.constant("h_bucket"), fc.constantFrom('{le="1"}', '{le="+Inf"}', '{le="0.5",model="a"}', '{le="bogus"}', "", '{le="NaN"}'), value),
    ).map(([n, l, v]) => `${n}${l} ${formatValue(v)}`);
    const scrapes = fc.array(fc.tuple(fc.array(line, { maxLength: 12 }), fc.array(mutation, { maxLength: 1 })), { minLength: 1, maxLength: 12 });
    fc.assert(fc.property(scrapes, fc.constantFrom("total", "model", "instance" as const), (bodies, by) => {
      const store = new ScrapeStore();
      bodies.forEach(([lines, ms], i) => {
        const r = parseExposition(ms.reduce(mutate, lines.join("\n")));
        const record = r.ok ? { t: i * 10_000, ok: true as const, samples: r.samples } : { t: i * 10_000, ok: false as const, error: { kind: "parse" as const, error: r.error, message: "" } };
        store.record({ address: "127.0.0.1:8000" }, record);
      });
      for (const e of exprs) for (const s of evaluateDirect(e, { scope: { by }, modelLabel: "model", windowSeconds: 60 }, store)) expect(typeof s.value).toBe("number");
    }), { numRuns: 500 });
  });
});
