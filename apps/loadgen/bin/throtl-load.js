#!/usr/bin/env node
// The workspace runs TypeScript through tsx (no build step); register it, then start the CLI.
import { register } from "tsx/esm/api";

register();
await import("../src/main.ts");
