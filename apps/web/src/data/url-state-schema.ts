// The values the URL may carry. Shared by the URL parser and env.ts (defaults), so both accept the same set.

export const RANGE_IDS = ["5m", "15m", "1h", "6h", "24h"] as const;
export type RangeId = (typeof RANGE_IDS)[number];

export const REFRESH_IDS = ["off", "5s", "15s", "30s", "1m"] as const;
export type RefreshId = (typeof REFRESH_IDS)[number];

export const REFRESH_SECONDS: Readonly<Record<RefreshId, number | null>> = { off: null, "5s": 5, "15s": 15, "30s": 30, "1m": 60 };
