#!/bin/sh
# Triton with the vLLM backend (profile `triton`): copies the model repository out of the read-only
# mount, fills model.json from .env (MODEL, SERVED_MODEL_NAME, VLLM_*), and starts Triton with its
# metrics on 8000 (Prometheus scrapes engine:8000), HTTP on 8080 and gRPC on 8001.
set -eu
repo=/tmp/model_repository
rm -rf "$repo" && cp -r /opt/throtl/triton/vllm/model_repository "$repo"
python3 - "$repo/llm/1/model.json.template" "$repo/llm/1/model.json" <<'PY'
import os, string, sys
src, dst = sys.argv[1], sys.argv[2]
with open(src) as f:
    text = string.Template(f.read()).substitute(os.environ)
with open(dst, "w") as f:
    f.write(text)
os.remove(src)
PY
exec tritonserver --model-repository="$repo" \
  --http-port=8080 --grpc-port=8001 --metrics-port=8000 \
  --allow-metrics=true --allow-gpu-metrics=true --metrics-config=histogram_latencies=true
