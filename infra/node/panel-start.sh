#!/bin/sh
# The panel container: apply the database migrations (Prisma's wasm engine: nothing to download),
# then serve. APP_ROOT (default /app, the image's layout) lets `make smoke` run it from a checkout.
set -eu
root=${APP_ROOT:-/app}
cd "$root/packages/db"
NODE_OPTIONS=--require=./prisma/unref-long-timers.cjs node "$root/node_modules/prisma/build/index.js" migrate deploy
cd "$root/apps/web"
exec node "$root/node_modules/next/dist/bin/next" start -H "${HOSTNAME:-0.0.0.0}" -p "${PORT:-3000}"
