import type { Labels, ParseError, Sample } from "./model.ts";
import { seriesKey, withTargetLabels } from "./series.ts";
import { targetUrl, type ScrapeTarget } from "./target.ts";

/** Why a scrape gave no samples. `parse` carries the line; the others a message for the panel. */
export type ScrapeError =
  | { readonly kind: "unreachable"; readonly message: string }
  | { readonly kind: "http_status"; readonly status: number; readonly message: string }
  | { readonly kind: "timeout"; readonly timeoutMs: number; readonly message: string }
  | { readonly kind: "too_large"; readonly limitBytes: number; readonly message: string }
  | { readonly kind: "parse"; readonly error: ParseError; readonly message: string };

/** One scrape of one target at `t` (ms, when the request started, as Prometheus stamps it). */
export type ScrapeRecord =
  | { readonly t: number; readonly ok: true; readonly samples: readonly Sample[] }
  | { readonly t: number; readonly ok: false; readonly error: ScrapeError };

export interface StoredSeries {
  readonly key: string;
  readonly labels: Labels;
  readonly value: number;
}

/** A scrape indexed by metric name; a failed one holds only its `up` 0, so everything else is stale. */
export interface StoredScrape {
  readonly t: number;
  readonly record: ScrapeRecord;
  readonly byName: ReadonlyMap<string, readonly StoredSeries[]>;
}

export interface TargetHistory {
  /** The scraped URL: the target's identity. */
  readonly url: string;
  readonly instance: string;
  /** Oldest first. */
  readonly scrapes: readonly StoredScrape[];
}

/** What the evaluator reads; ScrapeStore implements it. */
export interface SeriesSource {
  targets(): Iterable<TargetHistory>;
  /** The newest scrape time over all targets, or undefined when nothing was recorded. */
  latestMs(): number | undefined;
}

export interface TargetHealth {
  readonly url: string;
  readonly instance: string;
  readonly up: boolean;
  readonly lastScrapeMs: number;
  readonly error?: ScrapeError;
}

export interface StoreOptions {
  /** Scrapes older than the newest one minus this are dropped (default 15 min: a 10 min window + margin). */
  readonly retentionMs?: number;
  /** At most this many scrapes per target (default 720: 15 min at 1.25 s). */
  readonly maxScrapesPerTarget?: number;
}

/**
 * Bounded scrape history per target, keyed by the scraped URL; each target's series carry its
 * `instance` label (host:port, as Prometheus sets it, unless the target names another).
 */
export class ScrapeStore implements SeriesSource {
  private readonly byUrl = new Map<string, { instance: string; scrapes: StoredScrape[] }>();
  private readonly retentionMs: number;
  private readonly maxScrapes: number;

  constructor(options: StoreOptions = {}) {
    this.retentionMs = options.retentionMs ?? 15 * 60_000;
    this.maxScrapes = Math.max(2, options.maxScrapesPerTarget ?? 720);
  }

  /** Adds one scrape; returns false (and stores nothing) when it is not newer than the target's last, as Prometheus refuses out-of-order samples. */
  record(target: ScrapeTarget, record: ScrapeRecord): boolean {
    if (!Number.isFinite(record.t)) return false;
    const url = targetUrl(target);
    const instance = target.instance ?? target.address;
    let entry = this.byUrl.get(url);
    if (!entry || entry.instance !== instance) {
      entry = { instance, scrapes: [] };
      this.byUrl.set(url, entry);
    }
    const last = entry.scrapes.at(-1);
    if (last && record.t <= last.t) return false;
    entry.scrapes.push({ t: record.t, record, byName: indexScrape(record, instance) });
    const oldest = record.t - this.retentionMs;
    let drop = 0;
    while (drop < entry.scrapes.length - 1 && (entry.scrapes[drop]!.t < oldest || entry.scrapes.length - drop > this.maxScrapes)) drop++;
    if (drop > 0) entry.scrapes.splice(0, drop);
    return true;
  }

  *targets(): Iterable<TargetHistory> {
    for (const [url, e] of this.byUrl) yield { url, instance: e.instance, scrapes: e.scrapes };
  }

  /** The latest scrape of every target, like Prometheus' target page. */
  health(): TargetHealth[] {
    return [...this.byUrl].flatMap(([url, e]) => {
      const last = e.scrapes.at(-1);
      if (!last) return [];
      const r = last.record;
      return [r.ok ? { url, instance: e.instance, up: true, lastScrapeMs: r.t } : { url, instance: e.instance, up: false, lastScrapeMs: r.t, error: r.error }];
    });
  }

  latestMs(): number | undefined {
    let latest: number | undefined;
    for (const e of this.byUrl.values()) {
      const t = e.scrapes.at(-1)?.t;
      if (t !== undefined && (latest === undefined || t > latest)) latest = t;
    }
    return latest;
  }
}

/** Series by name with target labels; the first of duplicate series wins, as Prometheus keeps it. */
function indexScrape(record: ScrapeRecord, instance: string): Map<string, StoredSeries[]> {
  const byName = new Map<string, StoredSeries[]>();
  const seen = new Set<string>();
  const add = (name: string, rawLabels: Labels, value: number) => {
    const labels = withTargetLabels(rawLabels, instance);
    const key = seriesKey(name, labels);
    if (seen.has(key)) return;
    seen.add(key);
    let list = byName.get(name);
    if (!list) byName.set(name, (list = []));
    list.push({ key, labels, value });
  };
  if (record.ok) for (const s of record.samples) add(s.name, s.labels, s.value);
  add("up", Object.create(null) as Labels, record.ok ? 1 : 0);
  return byName;
}
