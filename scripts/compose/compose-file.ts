// docker-compose.yml and .env.example as data, for the checks and the smokes.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { parseEnvFile } from "../smoke/interpolate.ts";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const COMPOSE_FILE = `${ROOT}docker-compose.yml`;
export const ENV_EXAMPLE = `${ROOT}.env.example`;
/** Every profile; services without one always start. */
export const PROFILES = ["vllm", "triton", "triton-trt", "compile-triton-trt", "fake", "load"] as const;

export interface ComposeService {
  readonly profiles?: readonly string[];
  readonly image?: string;
  readonly build?: { readonly context: string; readonly dockerfile: string; readonly target?: string; readonly args?: Record<string, string> };
  readonly command?: string | readonly string[];
  readonly entrypoint?: string | readonly string[];
  readonly environment?: Readonly<Record<string, string>>;
  readonly volumes?: readonly string[];
  readonly ports?: readonly string[];
  readonly healthcheck?: { readonly test: readonly string[] | string; readonly disable?: boolean };
  readonly restart?: string;
  readonly depends_on?: Readonly<Record<string, { readonly condition: string }>>;
  readonly networks?: unknown;
  readonly network_mode?: string;
}

export interface ComposeFile {
  readonly services: Readonly<Record<string, ComposeService>>;
  readonly volumes?: Readonly<Record<string, unknown>>;
}

export const composeText = () => readFileSync(COMPOSE_FILE, "utf8");
export const readCompose = (): ComposeFile => parse(composeText(), { merge: true }) as ComposeFile;
export const envExample = () => parseEnvFile(readFileSync(ENV_EXAMPLE, "utf8"));

/** Variables .env.example documents, set or commented out (`# NAME=default`). */
export function documentedVariables(): Set<string> {
  return new Set([...readFileSync(ENV_EXAMPLE, "utf8").matchAll(/^#?\s*([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]!));
}

/** Debian's docker-compose (v1.29), or undefined where it is not installed. */
export function composeBinary(): string | undefined {
  for (const candidate of ["/usr/bin/docker-compose", "/usr/local/bin/docker-compose"]) if (existsSync(candidate)) return candidate;
  return undefined;
}

/** `docker-compose --profile <p> config [-q]` with .env.example and `env` on top of the process's. */
export function composeConfig(profile: string | undefined, env: Readonly<Record<string, string>>, quiet = true): string {
  const bin = composeBinary();
  if (!bin) throw new Error("docker-compose is not installed (apt-get install -y docker-compose)");
  const args = ["--project-directory", ROOT, "-f", COMPOSE_FILE, "--env-file", ENV_EXAMPLE, ...(profile ? ["--profile", profile] : []), "config", ...(quiet ? ["-q"] : [])];
  return execFileSync(bin, args, { cwd: ROOT, env: { ...process.env, ...env }, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}
