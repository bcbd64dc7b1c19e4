// The Prometheus HTTP API exactly as it is on the wire (https://prometheus.io/docs/prometheus/latest/querying/api/):
// values stay strings, timestamps stay float seconds. Conversion to numbers happens once, afterwards,
// in convert-*.ts. Unknown keys are stripped rather than rejected so newer servers keep working.
import { z } from "zod";

const labels = z.record(z.string(), z.string());
const notes = z.array(z.string()).optional();

/** Every response: `status` decides whether `data` or `errorType`/`error` is meaningful. */
export const envelopeSchema = z.discriminatedUnion("status", [
  z.object({ status: z.literal("success"), data: z.unknown(), warnings: notes, infos: notes }),
  z.object({
    status: z.literal("error"),
    errorType: z.string(),
    error: z.string(),
    data: z.unknown().optional(),
    warnings: notes,
    infos: notes,
  }),
]);

/** `[<unix seconds>, "<value>"]` */
export const wireSampleSchema = z.tuple([z.number(), z.string()]);

/** Native histogram, `[<boundary rule>, "<lower>", "<upper>", "<count>"]` per bucket. */
const wireHistogramSchema = z.object({
  count: z.string(),
  sum: z.string(),
  buckets: z.array(z.tuple([z.number().int().min(0).max(3), z.string(), z.string(), z.string()])).optional(),
});
export const wireHistogramSampleSchema = z.tuple([z.number(), wireHistogramSchema]);

const vectorElementSchema = z
  .object({ metric: labels, value: wireSampleSchema.optional(), histogram: wireHistogramSampleSchema.optional() })
  .refine((e) => (e.value === undefined) !== (e.histogram === undefined), {
    message: "expected exactly one of value or histogram",
  });

const matrixSeriesSchema = z
  .object({
    metric: labels,
    values: z.array(wireSampleSchema).optional(),
    histograms: z.array(wireHistogramSampleSchema).optional(),
  })
  .refine((s) => s.values !== undefined || s.histograms !== undefined, {
    message: "expected values or histograms",
  });

/** `data` of /api/v1/query and /api/v1/query_range. */
export const wireQueryDataSchema = z.discriminatedUnion("resultType", [
  z.object({ resultType: z.literal("vector"), result: z.array(vectorElementSchema) }),
  z.object({ resultType: z.literal("matrix"), result: z.array(matrixSeriesSchema) }),
  z.object({ resultType: z.literal("scalar"), result: wireSampleSchema }),
  z.object({ resultType: z.literal("string"), result: wireSampleSchema }),
]);

/** `data` of /api/v1/series. */
export const wireSeriesDataSchema = z.array(labels);

/** `data` of /api/v1/label/<name>/values. */
export const wireLabelValuesDataSchema = z.array(z.string());

/** `data` of /api/v1/targets. `lastScrape` is RFC 3339; Go's zero time means "never scraped". */
export const wireTargetsDataSchema = z.object({
  activeTargets: z.array(
    z.object({
      discoveredLabels: labels,
      labels,
      scrapePool: z.string(),
      scrapeUrl: z.string(),
      globalUrl: z.string(),
      lastError: z.string(),
      lastScrape: z.string(),
      lastScrapeDuration: z.number(),
      health: z.enum(["up", "down", "unknown"]),
      scrapeInterval: z.string().optional(),
      scrapeTimeout: z.string().optional(),
    }),
  ),
  droppedTargets: z.array(z.object({ discoveredLabels: labels })),
});

export type WireEnvelope = z.infer<typeof envelopeSchema>;
export type WireSample = z.infer<typeof wireSampleSchema>;
export type WireHistogramSample = z.infer<typeof wireHistogramSampleSchema>;
export type WireQueryData = z.infer<typeof wireQueryDataSchema>;
export type WireTargetsData = z.infer<typeof wireTargetsDataSchema>;
