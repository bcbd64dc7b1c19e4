export * from "./observation.ts";
export { QUANTITIES, type Quantity, type Comparison, type Evidence } from "./evidence.ts";
export { DEFAULT_NOISE, DEFAULT_RELATIVE_NOISE, noiseFor, type NoiseThreshold } from "./noise.ts";
export { trend, type Trend, type TrendDirection, type TrendVerdict } from "./trend.ts";
export { health, type Health } from "./health/health.ts";
export { HEALTH_STATES, HEALTH_STATE_INFO, type HealthState, type HealthSeverity } from "./health/states.ts";
export { DEFAULT_HEALTH_THRESHOLDS, type HealthThresholds } from "./health/thresholds.ts";
