import type { ParseArgsConfig } from "node:util";

export const FLAG_OPTIONS = {
  url: { type: "string" },
  endpoint: { type: "string" },
  model: { type: "string" },
  "api-key": { type: "string" },
  "no-stream": { type: "boolean" },
  timeout: { type: "string" },
  rate: { type: "string" },
  arrival: { type: "string" },
  burstiness: { type: "string" },
  concurrency: { type: "string" },
  ramp: { type: "string" },
  trace: { type: "string" },
  format: { type: "string" },
  speedup: { type: "string" },
  start: { type: "string" },
  limit: { type: "string" },
  requests: { type: "string" },
  duration: { type: "string" },
  "prompt-tokens": { type: "string" },
  "output-tokens": { type: "string" },
  "prompt-format": { type: "string" },
  temperature: { type: "string" },
  "no-ignore-eos": { type: "boolean" },
  "max-concurrency": { type: "string" },
  seed: { type: "string" },
  "slo-ttft": { type: "string" },
  "slo-itl": { type: "string" },
  "slo-e2e": { type: "string" },
  "slo-percentile": { type: "string" },
  "slo-errors": { type: "string" },
  capacity: { type: "boolean" },
  "probe-duration": { type: "string" },
  "rate-min": { type: "string" },
  "rate-max": { type: "string" },
  tolerance: { type: "string" },
  "max-probes": { type: "string" },
  out: { type: "string" },
  "no-tui": { type: "boolean" },
  replay: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const satisfies NonNullable<ParseArgsConfig["options"]>;

export const USAGE = `usage: npm run load -- [flags]        (or throtl-load [flags])

Sends a workload to an OpenAI-compatible server (vLLM, the fake backend, ...), measures every request
client-side (lateness, TTFT, each inter-token gap, TPOT, E2E, tokens, bytes) and writes a summary
(JSON, with the run's spec for --replay) and a per-request CSV.

Target
  --url URL                 server base URL (default http://127.0.0.1:8000)
  --endpoint completions|chat   (default completions)
  --model NAME              default: the first of GET /v1/models
  --api-key KEY             sent as Authorization: Bearer KEY (never written to results)
  --no-stream               non-streaming requests (E2E only; no TTFT or ITL)
  --timeout DURATION        per request, connect to last byte (default 300s)
Workload (one of; default --concurrency 1 --requests 10)
  --rate R                  open loop, R requests/s on average
    --arrival constant|poisson|gamma    (default poisson)   --burstiness F   gamma shape (1 = Poisson)
  --ramp FROM:TO            open loop, rate rising linearly from FROM to TO req/s over --duration
  --concurrency N           closed loop, N requests in flight
  --trace FILE              replay an Azure 2023/2024 or BurstGPT CSV
    --format azure|burstgpt  --speedup F  --start N (rows) | Ns (seconds)  --limit N
  --requests N | --duration DURATION   how much (default --requests 100; a ramp needs --duration)
  --prompt-tokens N         (default 200)           --output-tokens N   (default 200)
  --prompt-format tokens|text   token-id arrays (completions default) or text of about N tokens (chat)
  --temperature T           (default 0)             --no-ignore-eos     let the model stop early
  --max-concurrency N       open loop: at most N in flight (later sends wait; lateness shows it)
  --seed N                  arrivals and prompts (default 0)
SLO (a request is good when it meets every target given; goodput = good requests per second)
  --slo-ttft DURATION       --slo-itl DURATION (mean inter-token)   --slo-e2e DURATION
  --slo-percentile 50|90|95|99   run-level check of each latency (default 95)
  --slo-errors RATE         run-level error rate, e.g. 0.1%
Capacity search (--capacity): the highest --rate meeting the SLO, by bisection
  --probe-duration DURATION (default 20s)   --rate-min R   --rate-max R
  --tolerance F             stop when the bracket is this narrow (default 5%)   --max-probes N (default 12)
Output
  --out PREFIX              writes PREFIX.json and PREFIX.csv (default throtl-load-<date>-<time>)
  --no-tui                  JSON lines on stdout instead of the live dashboard
  --replay FILE             run the spec inside a results file again (with --url, --api-key, --out, --no-tui)
Durations: 150ms, 2s, 1.5m or seconds. Exit codes: 0 done, 1 failed or SLO missed, 2 bad flags, 130 interrupted.
`;
