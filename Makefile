# Throtl developer entry points. `make help` lists them.
.PHONY: help install verify test bench fake simulate demo env up-vllm up-triton compile-triton-trt up-triton-trt up-fake down logs load-test smoke smoke-docker dashboards

help: ## list targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-18s %s\n", $$1, $$2}'

install: ## install npm dependencies
	npm install

verify: ## lint + typecheck (seconds)
	npm run verify

test: ## the CI test command
	npm test

bench: ## benchmarks printed as ratios (never asserted)
	npm run bench

fake: ## simulated vLLM server on 127.0.0.1:8000 (ARGS="--flavor tgi ...")
	npm run fake -- $(ARGS)

simulate: ## replay a trace in virtual time (ARGS="--trace packages/workload/traces/AzureLLMInferenceTrace_conv.csv")
	npm run simulate -- $(ARGS)

demo: ## fake backend + DCGM exporter + background load on 127.0.0.1
	npm run demo

# --- The Compose stack (docker-compose.yml; settings in .env, documented in .env.example) ----------
# Compose v2 (`docker compose`) where installed, else v1.29 (`docker-compose`); both read the file.
COMPOSE ?= $(shell docker compose version >/dev/null 2>&1 && echo "docker compose" || echo docker-compose)
ALL_PROFILES = --profile vllm --profile triton --profile triton-trt --profile fake --profile load
# tensorrtllm_backend release matching TRITON_TRTLLM_IMAGE (25.01 ships TensorRT-LLM 0.17.0).
TRTLLM_BACKEND_REF ?= v0.17.0
TRTLLM_BACKEND_DIR = infra/triton/trtllm/.cache/tensorrtllm_backend

env: .env ## write .env from .env.example with random Grafana and Postgres passwords (once)

.env:
	@cp .env.example .env
	@for v in GRAFANA_ADMIN_PASSWORD POSTGRES_PASSWORD; do \
	  sed -i "s/^$$v=$$/$$v=$$(od -An -tx1 -N16 /dev/urandom | tr -d ' \n')/" .env; done
	@echo "wrote .env (random passwords; Grafana user admin). Edit it for your model and GPU."

up-vllm: .env ## vLLM (GPU) + DCGM exporter + Prometheus, Alertmanager, Grafana, Postgres, panel
	$(COMPOSE) --profile vllm up -d --build

up-triton: .env ## Triton with the vLLM backend (GPU), model repository in infra/triton/vllm
	THROTL_FLAVOR=triton-vllm $(COMPOSE) --profile triton up -d --build

$(TRTLLM_BACKEND_DIR):
	git clone --depth 1 --branch $(TRTLLM_BACKEND_REF) https://github.com/triton-inference-server/tensorrtllm_backend $@
	git -C $@ submodule update --init --depth 1 tensorrt_llm

compile-triton-trt: .env $(TRTLLM_BACKEND_DIR) ## build the TensorRT-LLM engine once (GPU with compute capability >= 8.0)
	$(COMPOSE) --profile compile-triton-trt run --rm triton-trt-compile

up-triton-trt: .env ## Triton with the TensorRT-LLM backend (run compile-triton-trt first)
	THROTL_FLAVOR=triton-trtllm $(COMPOSE) --profile triton-trt up -d --build

up-fake: .env ## the whole stack on the fake backend, no GPU (FLAVOR=tgi|sglang|... to change dialect)
	$(if $(FLAVOR),THROTL_FLAVOR=$(FLAVOR)) $(COMPOSE) --profile fake up -d --build

down: ## stop the stack, whichever profile runs (volumes are kept)
	$(COMPOSE) $(ALL_PROFILES) down --remove-orphans

logs: ## follow the stack's logs (S=service to pick one)
	$(COMPOSE) $(ALL_PROFILES) logs -f --tail=100 $(S)

load-test: .env ## load the running engine once: CONCURRENCY=8 | RATE=4 | TRACE=file.csv (DURATION=60s)
	$(COMPOSE) --profile load run --rm \
	  -e LOAD_CONCURRENCY=$(CONCURRENCY) -e LOAD_RATE=$(RATE) -e LOAD_TRACE=$(TRACE) -e LOAD_DURATION=$(or $(DURATION),60s) load

smoke: ## the fake-profile stack natively (no Docker), same configuration files; checks the panel API
	npm run smoke

smoke-docker: ## the same smoke under a real Docker engine with local stand-in images (root; docs/docker-smoke.md)
	npm run smoke:docker

dashboards: ## regenerate grafana/dashboards/ and prometheus/rules/ from the signal catalog
	npm run dashboards:generate && npm run rules:generate
