export { createPromClient, type CallOptions, type PromClient, type PromClientOptions, type RangeParams, type TimeBounds } from "./client.ts";
export {
  PromBadResponseError,
  PromQueryError,
  PromUnreachableError,
  isPromError,
  type PromError,
  type PromErrorType,
  type UnreachableReason,
} from "./errors.ts";
export { parseSampleValue } from "./sample-value.ts";
export { decodeResponse, formatPath, type DecodeOptions } from "./decode-response.ts";
export { convertQueryData } from "./convert-query-data.ts";
export { convertTargets } from "./convert-targets.ts";
export { alignRange, gridLength, gridTimestamps, matrixOnGrid, seriesOnGrid, type Grid, type GridSeries, type MatrixOnGrid } from "./grid.ts";
export { MAX_GET_URL_LENGTH, type FetchFn } from "./transport.ts";
export type { TimeInput } from "./time.ts";
export {
  envelopeSchema,
  wireLabelValuesDataSchema,
  wireQueryDataSchema,
  wireSeriesDataSchema,
  wireTargetsDataSchema,
  type WireEnvelope,
  type WireQueryData,
  type WireSample,
  type WireTargetsData,
} from "./wire-schemas.ts";
export type * from "./types.ts";
