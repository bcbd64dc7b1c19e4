/**
 * TGI router bucket layout (router/src/server.rs): every `*duration` histogram gets 0.0001 * 1.5^k for
 * k = 1..35, written out because Rust's powi and JS's ** may round differently; token histograms are
 * 100 linear steps of max_input_tokens / 100 or max_total_tokens / 100; batch sizes 1..1024.
 */
export const TGI_DURATION_BUCKETS = [
  0.00015000000000000001, 0.00022500000000000002, 0.0003375, 0.00050625, 0.000759375, 0.0011390624999999999,
  0.0017085937499999998, 0.0025628906249999996, 0.0038443359374999994, 0.00576650390625, 0.008649755859375,
  0.0129746337890625, 0.01946195068359375, 0.029192926025390625, 0.043789389038085935, 0.0656840835571289,
  0.09852612533569335, 0.14778918800354002, 0.22168378200531003, 0.33252567300796504, 0.49878850951194753,
  0.7481827642679213, 1.122274146401882, 1.683411219602823, 2.5251168294042348, 3.787675244106352, 5.681512866159528,
  8.52226929923929, 12.783403948858936, 19.175105923288406, 28.76265888493261, 43.143988327398915, 64.71598249109837,
  97.07397373664756, 145.61096060497135,
];

/** `(max as f64 / 100.0) * (x + 1) as f64`, in the same floating-point order as the router. */
export function tgiLinearBuckets(max: number): number[] {
  return Array.from({ length: 100 }, (_, x) => (max / 100) * (x + 1));
}

export const TGI_BATCH_SIZE_BUCKETS = Array.from({ length: 1024 }, (_, x) => x + 1);

/** metrics-exporter-prometheus' default summary quantiles. */
export const TGI_SUMMARY_QUANTILES = [0, 0.5, 0.9, 0.95, 0.99, 0.999, 1];
