#!/bin/sh
# The load job: LOAD_TRACE (a file under /traces), else LOAD_RATE (open loop), else LOAD_CONCURRENCY
# (closed loop, default 4), for LOAD_DURATION; LOAD_ARGS adds any other flag of `npm run load`.
# LOADGEN, TRACES_DIR and RESULTS_DIR default to the image's layout (`make smoke` runs it natively).
set -eu
traces=${TRACES_DIR:-/traces}
if [ -n "${LOAD_TRACE:-}" ]; then
  case "$LOAD_TRACE" in /*) trace="$LOAD_TRACE" ;; *) trace="$traces/$LOAD_TRACE" ;; esac
  set -- --trace "$trace"
elif [ -n "${LOAD_RATE:-}" ]; then
  set -- --rate "$LOAD_RATE" --duration "${LOAD_DURATION:-60s}"
else
  set -- --concurrency "${LOAD_CONCURRENCY:-4}" --duration "${LOAD_DURATION:-60s}"
fi
# LOADGEN and LOAD_ARGS are split on spaces on purpose: a command and several flags.
# shellcheck disable=SC2086
exec ${LOADGEN:-node /app/loadgen.mjs} --url "${LOAD_URL:-http://engine:8000}" --no-tui \
  --out "${RESULTS_DIR:-/results}/load-$(date +%Y%m%d-%H%M%S)" "$@" ${LOAD_ARGS:-}
