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
exec java -cp "target/classes:$(cat target/classpath.txt)" dev.cleave.bench.AnalyzerBench "$@"
