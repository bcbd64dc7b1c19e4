// History for the overview bench, pushed through Prometheus' remote-write receiver
// (--web.enable-remote-write-receiver): the overview's default 1 h range reads 2 h back (this window
// and the previous one), which a bench cannot wait for. promtool's OpenMetrics backfill would need the
// samples as text (≈140 bytes each, ~20 GB for 256 instances at 5 s), remote write ≈18 bytes each.
// Encoded by hand: a WriteRequest is three small protobuf messages, and snappy's block format allows
// a body of literals only, so no protobuf or snappy library is needed.
import { type Exposition, valueAt } from "./overview-exposition.ts";

/** One series to backfill: the template series, its full label set (with job and instance), its pace. */
export interface HistorySeries {
  readonly exposition: Exposition;
  readonly index: number;
  readonly labels: readonly (readonly [string, string])[];
  readonly scale: number;
}

class Writer {
  buf = Buffer.allocUnsafe(1 << 20);
  len = 0;
  ensure(n: number) {
    if (this.len + n <= this.buf.length) return;
    const next = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.len + n));
    this.buf.copy(next, 0, 0, this.len);
    this.buf = next;
  }
  varint(v: number) {
    this.ensure(10);
    while (v >= 128) {
      this.buf[this.len++] = (v % 128) | 128;
      v = Math.floor(v / 128);
    }
    this.buf[this.len++] = v;
  }
  byte(b: number) {
    this.ensure(1);
    this.buf[this.len++] = b;
  }
  double(v: number) {
    this.ensure(8);
    this.buf.writeDoubleLE(v, this.len);
    this.len += 8;
  }
  bytes(b: Buffer) {
    this.ensure(b.length);
    b.copy(this.buf, this.len);
    this.len += b.length;
  }
  /** A length-delimited field whose content `fill` writes (length patched afterwards). */
  nested(field: number, fill: () => void) {
    this.byte((field << 3) | 2);
    this.ensure(5);
    const at = this.len;
    this.len += 5; // a 5-byte varint fits any length below 2^35
    fill();
    const size = this.len - at - 5;
    for (let i = 0; i < 5; i++) this.buf[at + i] = (i < 4 ? 0x80 : 0) | (Math.floor(size / 128 ** i) % 128);
  }
}

const varintBytes = (v: number) => {
  const w = new Writer();
  w.varint(v);
  return w.buf.subarray(0, w.len);
};

/** WriteRequest{timeseries: [{labels, samples}]} with one sample per `stepMs` in [fromMs, toMs). */
export function encodeWriteRequest(series: readonly HistorySeries[], fromMs: number, toMs: number, stepMs: number): Buffer {
  const w = new Writer();
  for (const s of series) {
    const template = s.exposition.series[s.index]!;
    const labels = [["__name__", template.name] as const, ...s.labels].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    w.nested(1, () => {
      for (const [name, value] of labels) {
        w.nested(1, () => {
          const n = Buffer.from(name), v = Buffer.from(value);
          w.byte(0x0a); w.varint(n.length); w.bytes(n);
          w.byte(0x12); w.varint(v.length); w.bytes(v);
        });
      }
      for (let t = fromMs; t < toMs; t += stepMs) {
        w.byte(0x12);
        w.byte(0); // placeholder for the sample's length, always < 128
        const at = w.len;
        w.byte(0x09); w.double(valueAt(s.exposition, template, t, s.scale));
        w.byte(0x10); w.varint(t);
        w.buf[at - 1] = w.len - at;
      }
    });
  }
  return snappyLiterals(w.buf.subarray(0, w.len));
}

/** Snappy block format made of literals only: valid input for any snappy decoder, no compression. */
export function snappyLiterals(data: Buffer): Buffer {
  const parts: Buffer[] = [varintBytes(data.length)];
  for (let at = 0; at < data.length; at += 65_536) {
    const chunk = data.subarray(at, Math.min(at + 65_536, data.length));
    const header = Buffer.from([61 << 2, (chunk.length - 1) & 0xff, (chunk.length - 1) >> 8]);
    parts.push(header, chunk);
  }
  return Buffer.concat(parts);
}

export async function remoteWrite(prometheusUrl: string, body: Buffer): Promise<void> {
  const res = await fetch(`${prometheusUrl}/api/v1/write`, {
    method: "POST", body,
    headers: { "content-type": "application/x-protobuf", "content-encoding": "snappy", "x-prometheus-remote-write-version": "0.1.0" },
    signal: AbortSignal.timeout(120_000),
  });
  if (!res.ok) throw new Error(`remote write: HTTP ${res.status}: ${(await res.text()).slice(0, 300)}`);
}

/**
 * Writes [fromMs, toMs) for every series: windows of 30 min in time order (the head refuses samples
 * more than 1 h behind its newest), batches of `batch` series, two requests in flight.
 */
export async function backfill(prometheusUrl: string, series: readonly HistorySeries[], fromMs: number, toMs: number, stepMs: number, batch = 1000): Promise<number> {
  const windowMs = 30 * 60_000;
  let samples = 0;
  for (let w = fromMs; w < toMs; w += windowMs) {
    const end = Math.min(w + windowMs, toMs);
    const jobs: [number, number][] = [];
    for (let i = 0; i < series.length; i += batch) jobs.push([i, Math.min(i + batch, series.length)]);
    const run = async () => {
      for (let job = jobs.shift(); job; job = jobs.shift()) {
        await remoteWrite(prometheusUrl, encodeWriteRequest(series.slice(job[0], job[1]), w, end, stepMs));
      }
    };
    await Promise.all([run(), run()]);
    samples += series.length * Math.ceil((end - w) / stepMs);
  }
  return samples;
}
