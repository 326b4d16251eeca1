#!/usr/bin/env bash
# Benchmarks Cleave's analyzer against JavaParser's symbol solver and Spoon on a subset of the JDK 25 sources.
# Usage: bench/run-analyzer-bench.sh [--runs 3] [--xmx 12g] [--contenders a,b] [--src-zip PATH] [--threads N]
# Builds the bench module and the modules it depends on (tests skipped, nothing installed), then runs
# dev.cleave.bench.AnalyzerBench from bench/: the corpus is extracted to bench/target/corpus, each run's log goes to
# bench/target/bench-logs, the report to bench/target/analyzer-bench.md (and stdout).
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p target
# every module of the reactor writes the same file; bench comes last, so its classpath is what remains
mvn -q -f ../pom.xml -pl bench -am package dependency:build-classpath -Dmaven.test.skip=true \
    -Dmdep.outputFile="$PWD/target/classpath.txt" -Dmdep.includeScope=runtime
# snapshot the jars and classes built in this repository, so that a rebuild during the benchmark cannot change them
repo="$(cd .. && pwd)"
rm -rf target/bench-lib && mkdir -p target/bench-lib
cp -r target/classes target/bench-lib/bench-classes
classpath="$PWD/target/bench-lib/bench-classes"
IFS=":" read -r -a entries <<< "$(cat target/classpath.txt)"
for entry in "${entries[@]}"; do
    case "$entry" in
        "$repo"/*) copy="$PWD/target/bench-lib/$(echo "${entry#"$repo"/}" | tr '/' '_')"
                   cp -r "$entry" "$copy"; classpath="$classpath:$copy" ;;
        *) classpath="$classpath:$entry" ;;
    esac
done
exec java -cp "$classpath" dev.cleave.bench.AnalyzerBench "$@"
