#!/usr/bin/env bash
# The incremental-analysis benchmark (issue 15): full analysis, parse-only, and re-analyses with the cache.
# Usage: bench/run-incremental-bench.sh [--runs 3] [--lines 280000] [--threads N] [--xmx 4g] [--corpora jdk,synthetic]
# Builds the bench module and the modules it depends on (tests skipped, nothing installed), then runs
# dev.cleave.bench.incremental.IncrementalBench from bench/: corpora, caches, graphs and the report
# (incremental-bench.md, also printed) go to bench/target/incremental.
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p target
# every module of the reactor writes the same file; bench comes last, so its classpath is what remains
mvn -q -f ../pom.xml -pl bench -am package dependency:build-classpath -Dmaven.test.skip=true \
    -Dmdep.outputFile="$PWD/target/classpath.txt" -Dmdep.includeScope=runtime
# snapshot the jars and classes built in this repository, so that a rebuild during the benchmark cannot change them
repo="$(cd .. && pwd)"
rm -rf target/incremental-lib && mkdir -p target/incremental-lib
cp -r target/classes target/incremental-lib/bench-classes
classpath="$PWD/target/incremental-lib/bench-classes"
IFS=":" read -r -a entries <<< "$(cat target/classpath.txt)"
for entry in "${entries[@]}"; do
    case "$entry" in
        "$repo"/*) copy="$PWD/target/incremental-lib/$(echo "${entry#"$repo"/}" | tr '/' '_')"
                   cp -r "$entry" "$copy"; classpath="$classpath:$copy" ;;
        *) classpath="$classpath:$entry" ;;
    esac
done
exec java -cp "$classpath" dev.cleave.bench.incremental.IncrementalBench "$@"
