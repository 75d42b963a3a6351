# chainmap — the two commands a new user runs are `make demo` and `make test`.
SWIFT ?= swift
MAP ?= graphs/xupu
BIN := .build/debug/chainmap
# Debian packages chainmap needs beyond the Swift toolchain.
APT_PACKAGES := pkg-config libgraphviz-dev graphviz fonts-noto-cjk fontconfig

.PHONY: all deps build demo test bench reference clean fuzz test-asan interop browser-test

all: build

## deps: install what the system lacks (Graphviz's C library and a CJK font); does nothing when present
deps:
	@bash scripts/apt-install.sh $(APT_PACKAGES)

build: deps
	$(SWIFT) build --product chainmap

## demo: validate and summarise the bundled Xupu map
demo: build
	@echo "== chainmap validate $(MAP)"
	@$(BIN) validate $(MAP)
	@echo
	@echo "== chainmap stats $(MAP)"
	@$(BIN) stats $(MAP)
	@echo
	@echo "== chainmap indicators $(MAP)"
	@$(BIN) indicators $(MAP)
	@echo
	@echo "== chainmap gaps $(MAP) --kind unmet-demand uncovered-technology  (all gaps: chainmap gaps $(MAP))"
	@$(BIN) gaps $(MAP) --kind unmet-demand uncovered-technology
	@echo
	@echo "== chainmap candidates $(MAP) --top 2"
	@$(BIN) candidates $(MAP) --top 2
	@echo
	@echo "== chainmap render: the overview and one map per chain, gaps overlaid"
	@mkdir -p out
	@$(BIN) render $(MAP) --view overview --overlay gaps -o out/overview.svg
	@$(BIN) render $(MAP) --view overview --overlay gaps -o out/overview.png
	@for chain in $$($(BIN) list $(MAP) chains --format csv | tail -n +2 | cut -d, -f1); do \
	  $(BIN) render $(MAP) --view chain --chain $$chain --overlay gaps -o out/chain-$$chain.png || exit $$?; \
	done
	@echo "pictures are in out/"
	@echo
	@echo "== chainmap report $(MAP) -o out/report.html"
	@$(BIN) report $(MAP) -o out/report.html
	@echo "the report (interactive map and annual report, one offline file) is out/report.html: open it in a browser"

## test: build and run every test suite
test: deps
	$(SWIFT) test

## browser-test: the report page in headless Chromium (selenium) and headless Firefox ESR (WebDriver BiDi, no
## geckodriver); installs chromium, chromium-driver, firefox-esr, python3-venv and, into .build/browser-venv,
## selenium when missing; screenshots in out/browser/screenshots
BROWSER_APT := chromium chromium-driver firefox-esr python3 python3-venv
BROWSER_VENV := .build/browser-venv
browser-test: build
	@bash scripts/apt-install.sh $(BROWSER_APT)
	@[ -x $(BROWSER_VENV)/bin/python ] || python3 -m venv $(BROWSER_VENV)
	@$(BROWSER_VENV)/bin/python -c "import selenium" 2>/dev/null || $(BROWSER_VENV)/bin/pip install --quiet selenium
	$(BROWSER_VENV)/bin/python Tests/browser/test_report.py --chainmap $(BIN)
	$(BROWSER_VENV)/bin/python Tests/browser/test_report_firefox.py out/browser

## interop: read every `chainmap export` format back with NetworkX, igraph and xmllint (GEXF against the 1.3 schema)
## on the Xupu map and a generated one; installs python3-venv and libxml2-utils when missing, and NetworkX ≥ 3.4 and
## igraph from PyPI into $(INTEROP_VENV)
INTEROP_VENV ?= .build/interop-venv
INTEROP_APT := python3 python3-venv libxml2-utils
interop: build
	@bash scripts/apt-install.sh $(INTEROP_APT)
	test -x $(INTEROP_VENV)/bin/python || python3 -m venv $(INTEROP_VENV)
	$(INTEROP_VENV)/bin/python -m pip install -q --disable-pip-version-check 'networkx>=3.4' igraph
	rm -rf .build/interop-maps
	$(BIN) generate --seed 1 --enterprises 300 -o .build/interop-maps/generated-300 > /dev/null
	$(INTEROP_VENV)/bin/python Tests/interop/check_exports.py $(BIN) $(MAP) .build/interop-maps/generated-300

## bench: release-built timings of loading and the engine on generated maps of 100k and 1M ties, with igraph and
## NetworkX ratios when they are installed, then the scaling table of whole `chainmap` commands on 10k/100k/1M ties
## (see bench/README.md); maps go to .bench/ and are deleted after use
bench: deps
	$(SWIFT) build -c release --product chainmap-bench
	$(SWIFT) build -c release --product chainmap
	.build/release/chainmap-bench $(BENCH_ARGS)
	.build/release/chainmap-bench --scaling $(SCALING_ARGS)

.PHONY: docs doc-coverage

## docs: the API reference of the libraries through swift-docc-plugin, DocC warnings failing it; the
## archives land in .build/plugins/Swift-DocC/outputs/ (ChainGraph.doccarchive, ChainMap…, ChainMapRender…)
docs: deps
	$(SWIFT) package --disable-sandbox generate-documentation \
	  --target ChainGraph --target ChainMap --target ChainMapGraphviz --target ChainMapRender --target ChainMapReport --warnings-as-errors

## doc-coverage: every public declaration of the libraries has a /// comment (figures per library, the missing ones)
doc-coverage:
	python3 scripts/doc-coverage.py

## fuzz: libFuzzer targets (YAML manifest, CSV reader, whole map in memory, DOT writer) under AddressSanitizer,
## FUZZ_SECONDS each (default 60), seeded from graphs/xupu and Tests/Crashes; FUZZ_TARGETS="yaml csv" for some only
FUZZ_SECONDS ?= 60
fuzz: deps
	FUZZ_SECONDS=$(FUZZ_SECONDS) bash Fuzz/run.sh

## test-asan: the whole test suite once under AddressSanitizer (a separate build folder, .build-asan)
test-asan: deps
	ASAN_OPTIONS=detect_leaks=0 SWIFT_BACKTRACE=enable=no $(SWIFT) test -c debug --sanitize=address --scratch-path .build-asan

## reference: regenerate the NetworkX fixtures (needs python3 with networkx; CI does not)
reference:
	python3 bench/reference.py

clean:
	rm -rf .build .build-fuzz .build-asan out .bench
