#!/usr/bin/env bash
# Builds the libFuzzer targets (Fuzz/Targets/*.swift) against the package's libraries, instrumented with
# libFuzzer coverage and AddressSanitizer, and runs each for FUZZ_SECONDS (default 60).
#   Fuzz/run.sh                  build, then run every target
#   FUZZ_TARGETS="yaml csv" Fuzz/run.sh    only these
#   FUZZ_SECONDS=600 FUZZ_JOBS=1 Fuzz/run.sh
#   FUZZ_ASAN=0 FUZZ_CONFIG=release Fuzz/run.sh   without AddressSanitizer: several times the executions per second
#                                  for long campaigns (Swift's own traps still crash; CI keeps ASan)
# Seeds: graphs/xupu and Tests/Crashes; a crash is written to .build-fuzz/crashes/<target>/ and fails the run.
# Commit a crash found as a regression input under Tests/Crashes/fuzz/<target>/.
set -euo pipefail
cd "$(dirname "$0")/.."
ASAN=${FUZZ_ASAN:-1}
SCRATCH=.build-fuzz; [ "$ASAN" = 0 ] && SCRATCH=.build-fuzz-noasan
# FUZZ_CONFIG=release: optimised libraries (many times the executions per second; longer to build).
CONFIG=${FUZZ_CONFIG:-debug}
SECONDS_EACH=${FUZZ_SECONDS:-60}
TARGETS=${FUZZ_TARGETS:-"yaml csv folder dot"}
export SWIFT_BACKTRACE=enable=no          # the backtracer can stall a crashed process
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}

BUILD=(swift build -c "$CONFIG" --scratch-path "$SCRATCH" --sanitize=fuzzer)
SANITIZERS=fuzzer
[ "$ASAN" = 0 ] || { BUILD+=(--sanitize=address); SANITIZERS=fuzzer,address; }
# The targets use internal API (@testable): release builds need testability turned on.
[ "$CONFIG" = release ] && BUILD+=(-Xswiftc -enable-testing)
"${BUILD[@]}" --target ChainMapRender
BIN=$("${BUILD[@]}" --show-bin-path)
OBJECTS=$(find "$BIN/ChainGraph.build" "$BIN/ChainMap.build" "$BIN/ChainMapGraphviz.build" "$BIN/ChainMapRender.build" "$BIN/Yams.build" \
  "$BIN/CYaml.build" "$BIN/ZIPFoundation.build" -name '*.o' | sort)
YAMS_INCLUDE=$(find "$SCRATCH/checkouts" -path '*Sources/CYaml/include' -type d | head -n 1)
# ZIPFoundation's zlib shim (the loader reads workbooks): its module map must be visible to the targets too.
ZLIB_INCLUDE=$(find "$SCRATCH/checkouts" -path '*ZIPFoundation/Sources/CZLib' -type d | head -n 1)

FUZZ_BIN=$SCRATCH/fuzz-$CONFIG
OPT=-Onone; [ "$CONFIG" = release ] && OPT=-O
mkdir -p "$FUZZ_BIN"
for target in $TARGETS; do
  if [ ! -x "$FUZZ_BIN/$target" ] || [ "Fuzz/Targets/$target.swift" -nt "$FUZZ_BIN/$target" ] \
     || [ -n "$(find "$BIN/ChainMap.build" "$BIN/ChainMapGraphviz.build" "$BIN/ChainMapRender.build" -name '*.o' -newer "$FUZZ_BIN/$target" | head -n 1)" ]; then
    echo "== building fuzz target $target"
    swiftc -sanitize=$SANITIZERS -parse-as-library -g $OPT \
      -I "$BIN/Modules" -I Sources/CGraphviz -I "$YAMS_INCLUDE" -I "$ZLIB_INCLUDE" \
      "Fuzz/Targets/$target.swift" $OBJECTS -lgvc -lcgraph -lcdt -lz -o "$FUZZ_BIN/$target"
  fi
done

# Seed corpora: the bundled map and the crash inputs, cut to what each target reads.
seed() {
  local target=$1 dir=$SCRATCH/corpus/$1
  mkdir -p "$dir"
  case $target in
    yaml) for f in graphs/xupu/map.yaml Tests/Crashes/*/map.yaml Tests/ChainMapTests/Fixtures/*/map.yaml; do
            [ -f "$f" ] && cp "$f" "$dir/seed-$(echo "$f" | tr / _)"; done ;;
    csv) for f in graphs/xupu/*.csv Tests/Crashes/*/*.csv Tests/ChainMapTests/Fixtures/tiny/*.csv; do
           cp "$f" "$dir/seed-$(echo "$f" | tr / _)"; done ;;
    folder) for d in graphs/xupu Tests/ChainMapTests/Fixtures/tiny Tests/Crashes/*/; do
              [ -f "$d/map.yaml" ] || continue
              out="$dir/seed-$(echo "$d" | tr / _)"
              { cat "$d/map.yaml"; for t in organizations platforms experts demands relations; do
                  printf '\036'; cat "$d/$t.csv" 2>/dev/null || true; done; } > "$out"
            done ;;
    dot) printf 'g|标签|c|<b>&|n|茶\\N\\G|tip|m|"q"\\|key|v|x|id' > "$dir/seed-1"
         printf 'a\0b|\033[31m|\r\n|\\L\\E|]]>' > "$dir/seed-2" ;;
  esac
  # Committed regression inputs found by earlier runs.
  if [ -d "Tests/Crashes/fuzz/$target" ]; then cp Tests/Crashes/fuzz/"$target"/* "$dir/" 2>/dev/null || true; fi
}

status=0
for target in $TARGETS; do
  seed "$target"
  mkdir -p "$SCRATCH/crashes/$target"
  echo "== fuzzing $target for ${SECONDS_EACH}s"
  if ! "$FUZZ_BIN/$target" -max_total_time="$SECONDS_EACH" -max_len=65536 -timeout=20 -rss_limit_mb=4096 \
      -print_final_stats=1 -artifact_prefix="$SCRATCH/crashes/$target/" "$SCRATCH/corpus/$target" \
      2> "$FUZZ_BIN/$target.log"; then
    echo "fuzz target $target failed; see $FUZZ_BIN/$target.log and $SCRATCH/crashes/$target/"
    tail -n 40 "$FUZZ_BIN/$target.log"
    status=1
  fi
  grep -E 'stat::number_of_executed_units|stat::peak_rss_mb' "$FUZZ_BIN/$target.log" || true
done
exit $status
