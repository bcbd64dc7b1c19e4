import type { NextConfig } from "next";

// The @throtl/* workspace packages ship TypeScript source (their `exports` point at .ts files and
// they import each other with `.ts` extensions), so Next compiles them like app code.
const config: NextConfig = {
  // THROTL_NEXT_DIST_DIR lets two builds coexist (parallel work, a bench beside the e2e build);
  // `next start` and the e2e harness read the same variable.
  distDir: process.env.THROTL_NEXT_DIST_DIR || ".next",
  transpilePackages: ["@throtl/prom", "@throtl/signals", "@throtl/insights", "@throtl/compare", "@throtl/db", "@throtl/loadgen", "@throtl/workload", "@throtl/simulator"],
  // prom-client keeps a process-wide registry; bundling it twice would split the counters.
  serverExternalPackages: ["prom-client", "pg", "@prisma/client", "@prisma/adapter-pg"],
  poweredByHeader: false,
  typedRoutes: false,
};

export default config;
