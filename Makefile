# ActorGraph — developer commands.
#
#   make deps    install libgraphviz-dev + graphviz (apt) only when pkg-config cannot find libgvc
#   make build   debug build of the package
#   make demo    deps + release build + fresh ingest of seeds/ into a fresh database + the maps in
#                exports/ (influence map, Russia ego map, Russia–Mali relation view) + top-10 PageRank
#   make test    deps + lint + every test (this is what CI runs, via .ci/run)
#   make lint    swift format lint --strict + layering check (which module may import which) + every
#                algorithm cites its source
#   make bench   release build of the benchmarks; prints our figures next to igraph/NetworkX/spaCy
#   make fuzz    libFuzzer + ASan harnesses (Fuzz/), 1,000,000 executions each; fuzz-smoke: 5 s each
#   make format  swift format in place
#   make clean   remove build products and the demo database

SWIFT      ?= swift
DEMO_DB    ?= exports/demo.sqlite
RELEASE    := .build/release/actorgraph
APT_PKGS   := libgraphviz-dev graphviz pkg-config
SUDO       := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: deps build release demo test lint bench fuzz fuzz-smoke format clean

deps:
	@if ! pkg-config --exists libgvc 2>/dev/null || ! command -v dot >/dev/null 2>&1; then \
		echo "installing $(APT_PKGS)"; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $(APT_PKGS); \
	fi

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release --product actorgraph

demo: release
	@bash Scripts/demo.sh $(RELEASE) $(DEMO_DB)

test: deps lint
	$(SWIFT) test

lint:
	$(SWIFT) format lint --strict --recursive Sources Tests Benchmarks Fuzz/Sources
	@bash Scripts/check-layering.sh
	@bash Scripts/check-sources.sh

bench: deps
	@bash Scripts/bench.sh

fuzz:
	@bash Scripts/fuzz.sh

fuzz-smoke:
	@bash Scripts/fuzz.sh smoke

format:
	$(SWIFT) format format --in-place --recursive Sources Tests Benchmarks Fuzz/Sources

clean:
	rm -rf .build $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
