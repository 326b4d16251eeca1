#!/usr/bin/env bash
# Benchmarks Cleave's splitter on a generated 100,000-class monolith beside its Leiden core alone and JGraphT's
# LabelPropagationClustering, and what-if moves on the split of a 5,000-class monolith beside a full re-score.
# Usage: bench/run-split-bench.sh [--runs 5] [--xmx 6g] [--classes 100000] [--noise 0.15] [--seed 1]
#        [--whatif-classes 5000] [--moves 5000] [--contenders cleave-split,cleave-leiden,jgrapht-lpa,whatif]
# Builds the bench module and the modules it depends on (tests skipped, nothing installed), then runs
# dev.cleave.bench.split.SplitBench from bench/: the graph goes to bench/target/split-corpus, each fork's log to
# bench/target/split-logs, the report to bench/target/split-bench.md (and stdout).
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p target
# every module of the reactor writes the same file; bench comes last, so its classpath is what remains
mvn -q -f ../pom.xml -pl bench -am package dependency:build-classpath -Dmaven.test.skip=true \
    -Dmdep.outputFile="$PWD/target/classpath.txt" -Dmdep.includeScope=runtime
# snapshot the jars and classes built in this repository, so that a rebuild during the benchmark cannot change them
repo="$(cd .. && pwd)"
rm -rf target/split-lib && mkdir -p target/split-lib
cp -r target/classes target/split-lib/bench-classes
classpath="$PWD/target/split-lib/bench-classes"
IFS=":" read -r -a entries <<< "$(cat target/classpath.txt)"
for entry in "${entries[@]}"; do
    case "$entry" in
        "$repo"/*) copy="$PWD/target/split-lib/$(echo "${entry#"$repo"/}" | tr '/' '_')"
                   cp -r "$entry" "$copy"; classpath="$classpath:$copy" ;;
        *) classpath="$classpath:$entry" ;;
    esac
done
exec java -Xmx4g -XX:+UseG1GC -cp "$classpath" dev.cleave.bench.split.SplitBench "$@"
