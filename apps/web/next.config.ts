import type { NextConfig } from "next";

// The @throtl/* workspace packages ship TypeScript source (their `exports` point at .ts files and
// they import each other with `.ts` extensions), so Next compiles them like app code.
const config: NextConfig = {
  transpilePackages: ["@throtl/prom", "@throtl/signals", "@throtl/insights", "@throtl/compare", "@throtl/db"],
  // prom-client keeps a process-wide registry; bundling it twice would split the counters.
  serverExternalPackages: ["prom-client", "pg", "@prisma/client", "@prisma/adapter-pg"],
  poweredByHeader: false,
  typedRoutes: false,
};

export default config;
