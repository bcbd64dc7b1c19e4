import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { withSupportMatrix } from "./support-matrix.ts";

/** `npm run docs:signals -w @throtl/signals`: rewrites the generated matrix in docs/signals.md. */
const path = fileURLToPath(new URL("../../../../docs/signals.md", import.meta.url));
const before = readFileSync(path, "utf8");
const after = withSupportMatrix(before);
writeFileSync(path, after);
console.log(before === after ? "docs/signals.md: support matrix already current" : "docs/signals.md: support matrix rewritten");
