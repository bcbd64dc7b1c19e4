// The settings both smokes run the fake profile with: .env.example's values, the host-network
// variables (every service on 127.0.0.1), throwaway passwords, and a load that reaches the fake's
// small KV cache, so the panel has live numbers and something to recommend.
import { randomBytes } from "node:crypto";
import { envExample } from "../compose/compose-file.ts";

/** 127.0.0.1 ports the smoke's services take (prometheus.local.yml scrapes 8000, 9400, 3000, 9093, 9090). */
export const SMOKE_PORTS = { engine: 8000, dcgm: 9400, prometheus: 9090, alertmanager: 9093, panel: 3000, postgres: 5432 } as const;

export const PANEL_URL = `http://127.0.0.1:${SMOKE_PORTS.panel}`;

export function smokeEnv(): Record<string, string> {
  const secret = () => randomBytes(16).toString("hex");
  return {
    ...envExample(),
    THROTL_LISTEN_HOST: "127.0.0.1",
    PROMETHEUS_CONFIG: "prometheus.local.yml",
    PROMETHEUS_HOST: "127.0.0.1",
    POSTGRES_HOST: "127.0.0.1",
    ENGINE_HOST: "127.0.0.1",
    // Compose 1.29 cannot nest defaults, so the Load page's endpoint is spelled out for host networking.
    THROTL_LOAD_TARGETS: "engine=http://127.0.0.1:8000",
    THROTL_FLAVOR: "vllm",
    // The demo's engine: 30 % of an H100 leaves ≈57k KV tokens, which long prompts fill.
    FAKE_ARGS: "--gpu-memory-utilization 0.3 --max-model-len 16384 --seed 1",
    GRAFANA_ADMIN_PASSWORD: secret(),
    POSTGRES_PASSWORD: secret(),
    LOAD_RATE: "6",
    LOAD_DURATION: "150s",
    LOAD_ARGS: "--prompt-tokens 3000 --output-tokens 300 --max-concurrency 128",
  };
}
