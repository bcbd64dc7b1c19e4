# Throtl developer entry points. `make help` lists them.
.PHONY: help install verify test bench fake simulate demo

help: ## list targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-10s %s\n", $$1, $$2}'

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
