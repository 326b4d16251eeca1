#!/usr/bin/env bash
# Issue 15, items 3 and 4: Cleave's full analysis of ~240k, ~480k and ~1.08M lines of the JDK 25 sources with a 2 GiB
# heap beside JavaParser parse-only (dev.cleave.bench.scale.ScaleBench), then the generation of the 50 services of a
# ~273k-line synthetic Spring Boot monolith with a 2 GiB heap beside a plain copy of its sources
# (dev.cleave.bench.scale.GenerationScale).
# Usage: bench/run-scale-bench.sh [--runs 1]   (runs per size and contender, for both parts)
# Builds the bench module and the modules it depends on (tests skipped, nothing installed), resolves the spring-shop
# sample's jars (the synthetic monolith's classpath), snapshots the jars built here, then runs both from bench/:
# corpora under bench/target/corpus and bench/target/codegen-corpus, fork logs under bench/target/bench-logs and
# bench/target/codegen-logs, reports in bench/target/scale-bench.md and bench/target/scale-generation.md (and stdout).
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p target
# every module of the reactor writes the same file; bench comes last, so its classpath is what remains
mvn -B -q -f ../pom.xml -pl bench -am package dependency:build-classpath -Dmaven.test.skip=true -Dinvoker.skip=true \
    -Dmdep.outputFile="$PWD/target/classpath.txt" -Dmdep.includeScope=runtime
mvn -B -q -f ../samples/spring-shop/pom.xml dependency:build-classpath \
    -Dmdep.outputFile="$PWD/target/spring-shop-classpath.txt" -Dmdep.includeScope=runtime
# snapshot the jars and classes built in this repository, so that a rebuild during the benchmark cannot change them
repo="$(cd .. && pwd)"
rm -rf target/scale-lib && mkdir -p target/scale-lib
cp -r target/classes target/scale-lib/bench-classes
classpath="$PWD/target/scale-lib/bench-classes"
IFS=":" read -r -a entries <<< "$(cat target/classpath.txt)"
for entry in "${entries[@]}"; do
    case "$entry" in
        "$repo"/*) copy="$PWD/target/scale-lib/$(echo "${entry#"$repo"/}" | tr '/' '_')"
                   cp -r "$entry" "$copy"; classpath="$classpath:$copy" ;;
        *) classpath="$classpath:$entry" ;;
    esac
done
java -Xmx1g -cp "$classpath" dev.cleave.bench.scale.ScaleBench "$@"
java -Xmx1g -cp "$classpath" dev.cleave.bench.scale.GenerationScale \
    --classpath "$PWD/target/spring-shop-classpath.txt" "$@"
