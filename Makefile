# Entry points of the pipeline. `make help` lists them.
CONFIG ?= pipeline/dataset.yaml
SEEDS ?=
OUTPUT ?=
WORKERS ?=
ARTICLES ?= seeds
GOLD ?= tests/gold
DATASET ?=
N ?= 20000
SINCE ?=
RELEASES ?= releases
PIPELINE := node --import tsx pipeline/cli.ts

.PHONY: help setup dataset test typecheck eval verify bench release clean

help:
	@echo "make setup                     install dependencies (npm ci)"
	@echo "make dataset [SEEDS=dir] [OUTPUT=dir] [CONFIG=file]   build output/<version>/"
	@echo "make test                      type-check and run the test suite"
	@echo "make eval [ARTICLES=dir] [GOLD=dir]   score cleaning and extraction against gold files"
	@echo "make verify [DATASET=dir]      check a built dataset against its sources"
	@echo "make bench [N=20000]           benchmark a synthetic corpus"
	@echo "make release [DATASET=dir] [SINCE=dir] [RELEASES=dir]   pack output/<version>/ into releases/ with a changelog"

node_modules/.package-lock.json: package-lock.json
	npm ci

setup: node_modules/.package-lock.json

dataset: node_modules/.package-lock.json
	$(PIPELINE) build --config $(CONFIG) $(if $(SEEDS),--input $(SEEDS)) $(if $(OUTPUT),--output $(OUTPUT)) $(if $(WORKERS),--workers $(WORKERS))

typecheck: node_modules/.package-lock.json
	npx tsc --noEmit -p .

test: typecheck
	npx vitest run

eval: node_modules/.package-lock.json
	$(PIPELINE) eval --articles $(ARTICLES) --gold $(GOLD)

verify: node_modules/.package-lock.json
	$(PIPELINE) verify --config $(CONFIG) $(if $(DATASET),--dataset $(DATASET)) $(if $(SEEDS),--input $(SEEDS))

bench: node_modules/.package-lock.json
	$(PIPELINE) bench --articles $(N)

release: node_modules/.package-lock.json
	$(PIPELINE) release --config $(CONFIG) --releases $(RELEASES) $(if $(DATASET),--dataset $(DATASET)) $(if $(SINCE),--since $(SINCE))

clean:
	rm -rf output/*/ releases .cache
