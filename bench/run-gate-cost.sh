#!/usr/bin/env bash
# The gate's cost in a Maven build (issue 15, item 5): mvn cleave:check on a synthetic 280k-line Spring monolith,
# with no cache, with a warm cache, and after a one-method-body change, beside mvn validate (the floor).
# Usage: bench/run-gate-cost.sh [--runs 3] [--lines 280000]
# Installs the Maven plugin and the modules it depends on into the local repository (tests skipped: that is what a
# user's build resolves), builds bench, then runs dev.cleave.bench.GateCostBench from bench/: the project, the logs
# of every mvn run and the report (gate-cost.md, also printed) go to bench/target/gate-cost.
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p target
mvn -q -f ../pom.xml -pl maven-plugin -am install -DskipTests
mvn -q -f ../pom.xml -pl bench -am package dependency:build-classpath -Dmaven.test.skip=true \
    -Dmdep.outputFile="$PWD/target/classpath.txt" -Dmdep.includeScope=runtime
echo "nproc: $(nproc)"; java -version 2>&1 | head -1; uptime
java -cp "$PWD/target/classes:$(cat target/classpath.txt)" dev.cleave.bench.GateCostBench "$@"
uptime
