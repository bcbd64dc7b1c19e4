import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** shared/ sits beside the repository root; resolved from this file so tests run from any cwd. */
const DIR = fileURLToPath(new URL("../../../../../../shared/fixtures/metrics/", import.meta.url));

export const fixtureNames = (): string[] => readdirSync(DIR).filter((f) => f.endsWith(".prom")).sort();
export const readFixture = (name: string): string => readFileSync(DIR + name, "utf8");
