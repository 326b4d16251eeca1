#!/usr/bin/env bash
# Benchmarks Cleave's code generator (Generator.generate, all services, without the Maven build of the result) on
# the spring-shop sample with expected.json and on a generated ~100,000-line Spring Boot monolith with its plan:
# into an empty directory and again over its own output, beside copying the sources into the output layout and
# parsing them with JavaParser.
# Usage: bench/run-codegen-bench.sh [--runs 5] [--xmx 4g] [--lines 100000] [--entities 8] [--seed 1]
#        [--corpora spring-shop,synthetic] [--contenders generate,regenerate,copy,javaparser-parse]
# Builds the bench module and the modules it depends on (tests skipped, nothing installed), resolves the
# spring-shop sample's dependency jars (the classpath of both monoliths), then runs
# dev.cleave.bench.codegen.CodegenBench from bench/: the synthetic monolith goes to bench/target/codegen-corpus, the
# generated systems to bench/target/codegen-out, each fork's log to bench/target/codegen-logs, the report to
# bench/target/codegen-bench.md (and stdout).
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p target
# every module of the reactor writes the same file; bench comes last, so its classpath is what remains
mvn -q -f ../pom.xml -pl bench -am package dependency:build-classpath -Dmaven.test.skip=true \
    -Dmdep.outputFile="$PWD/target/classpath.txt" -Dmdep.includeScope=runtime
# the monolith's jars, as the CLI resolves them (MonolithClasspath): runtime scope of the sample's pom
mvn -q -f ../samples/spring-shop/pom.xml dependency:build-classpath \
    -Dmdep.outputFile="$PWD/target/spring-shop-classpath.txt" -Dmdep.includeScope=runtime
# snapshot the jars and classes built in this repository, so that a rebuild during the benchmark cannot change them
repo="$(cd .. && pwd)"
rm -rf target/codegen-lib && mkdir -p target/codegen-lib
cp -r target/classes target/codegen-lib/bench-classes
classpath="$PWD/target/codegen-lib/bench-classes"
IFS=":" read -r -a entries <<< "$(cat target/classpath.txt)"
for entry in "${entries[@]}"; do
    case "$entry" in
        "$repo"/*) copy="$PWD/target/codegen-lib/$(echo "${entry#"$repo"/}" | tr '/' '_')"
                   cp -r "$entry" "$copy"; classpath="$classpath:$copy" ;;
        *) classpath="$classpath:$entry" ;;
    esac
done
exec java -Xmx2g -XX:+UseG1GC -cp "$classpath" dev.cleave.bench.codegen.CodegenBench \
    --classpath "$PWD/target/spring-shop-classpath.txt" --spring-shop "$repo/samples/spring-shop" "$@"
