# ActorGraph — developer commands.
#
#   make deps    install libgraphviz-dev + graphviz, libxml2-dev (HTML), zlib1g-dev (the document archive)
#                and poppler-utils (PDF) (apt) only when pkg-config cannot find libgvc, libxml-2.0 or zlib, or
#                pdftotext is missing, and chromium (headless: report PDFs and the browser tests) only when it
#                is missing
#   make build   debug build of the package
#   make demo    deps + release build + fresh ingest of seeds/ into a fresh database + the maps in
#                exports/ (influence map, Russia ego map, Russia–Mali relation view), the dossier
#                (exports/report.html, report.md + its figures) + top-10 PageRank
#   make test    deps + lint + every test (this is what CI runs, via .ci/run)
#   make lint    swift format lint --strict + layering check (which module may import which) + every
#                algorithm cites its source
#   make bench   release build of the benchmarks; prints our figures next to igraph/NetworkX/spaCy
#   make fuzz    libFuzzer + ASan harnesses (Fuzz/), 1,000,000 executions each; fuzz-smoke: 5 s each
#   make eval    extraction scores (P/R/F1 per type, confidence bands): seeds, and both ../shared/dev sets
#   make interop load every export into NetworkX 2.8/3.6, igraph and Kùzu; compare with the CLI (Python)
#   make man     the man page docs/man/actorgraph.1 (ArgumentParser generate-manual plugin)
#   make check-figures  every exports/*.svg drawn by CairoSVG, failing on a blank page (Python)
#   make format  swift format in place
#   make clean   remove build products and the demo database

SWIFT      ?= swift
DEMO_DB    ?= exports/demo.sqlite
RELEASE    := .build/release/actorgraph
APT_PKGS   := libgraphviz-dev graphviz pkg-config libxml2-dev poppler-utils zlib1g-dev
# Headless Chromium prints reports to PDF and is the browser the report tests run in.
BROWSER_PKGS := chromium
SUDO       := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: deps build release demo test lint bench eval fuzz fuzz-smoke format clean interop man check-figures

deps:
	@if ! pkg-config --exists libgvc libxml-2.0 zlib 2>/dev/null || ! command -v dot >/dev/null 2>&1 \
		|| ! command -v pdftotext >/dev/null 2>&1; then \
		echo "installing $(APT_PKGS)"; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $(APT_PKGS); \
	fi
	@if ! command -v chromium >/dev/null 2>&1 && ! command -v chromium-browser >/dev/null 2>&1 \
		&& ! command -v google-chrome >/dev/null 2>&1; then \
		echo "installing $(BROWSER_PKGS)"; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $(BROWSER_PKGS); \
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

# Not part of `make test`: needs Python and PyPI. Loads every export into NetworkX 2.8.8 and 3.6.1,
# python-igraph and Kùzu and compares counts, attributes and centralities (docs/interchange.md).
# GEXF_XSD=<folder with the GEXF 1.3 gexf.xsd, dynamics.xsd, viz.xsd> also validates the GEXF.
eval: release
	@bash Scripts/eval.sh $(RELEASE)

interop: release
	@bash Scripts/interop.sh $(RELEASE)

# Not part of `make test`: needs Python and PyPI. Draws every exports/*.svg with CairoSVG and fails on a
# blank page (run make demo first).
check-figures:
	@bash Scripts/check-figures.sh

# The man page, through swift-argument-parser's generate-manual plugin (works offline from the
# package mirror); written to docs/man/actorgraph.1.
man:
	$(SWIFT) package generate-manual --configuration debug --date 2026-01-01
	@mkdir -p docs/man && cp .build/plugins/GenerateManual/outputs/actorgraph/actorgraph.1 docs/man/actorgraph.1
	@echo "wrote docs/man/actorgraph.1 (man docs/man/actorgraph.1)"
