#!/usr/bin/env bash
# Benchmarks Cleave's code generator (Generator.generate, all services, without the Maven build of the result) on a
# generated ~100,000-line legacy monolith (servlets, JSPs, Spring XML service beans, plain JDBC DAOs, H2; no Spring
# Boot) with its plan, beside parsing the same sources with JavaParser.
# Usage: bench/run-legacy-codegen-bench.sh [--installed] [--forks 2] [--warmup 2] [--iterations 3] [--xmx 2g]
#        [--lines 100000] [--entities 17] [--seed 1] [--contenders javaparser-parse,generate] [--timeout-minutes 30]
# Builds the bench module and the modules it depends on (tests skipped, nothing installed; with --installed, the
# bench module only, offline, against the Cleave modules installed in ~/.m2), writes the monolith to
# bench/target/legacy-corpus, resolves its dependency jars (runtime scope of its pom, offline, as the CLI does), then
# runs dev.cleave.bench.codegen.LegacyCodegenBench from bench/: each fork's log goes to bench/target/legacy-codegen-logs,
# the generated system to bench/target/legacy-codegen-out, the report to bench/target/legacy-codegen-bench.md (and
# stdout).
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p target
build=(-B -f ../pom.xml -pl bench -am)
if [[ "${1:-}" == "--installed" ]]; then
    build=(-B -o -f ../pom.xml -pl bench)
    shift
fi
# every module of the reactor writes the same file; bench comes last, so its classpath is what remains
mvn -q "${build[@]}" package dependency:build-classpath -Dmaven.test.skip=true \
    -Dmdep.outputFile="$PWD/target/classpath.txt" -Dmdep.includeScope=runtime
# snapshot the jars and classes built in this repository, so that a rebuild during the benchmark cannot change them
repo="$(cd .. && pwd)"
rm -rf target/legacy-codegen-lib && mkdir -p target/legacy-codegen-lib
cp -r target/classes target/legacy-codegen-lib/bench-classes
classpath="$PWD/target/legacy-codegen-lib/bench-classes"
IFS=":" read -r -a entries <<< "$(cat target/classpath.txt)"
for entry in "${entries[@]}"; do
    case "$entry" in
        "$repo"/*) copy="$PWD/target/legacy-codegen-lib/$(echo "${entry#"$repo"/}" | tr '/' '_')"
                   cp -r "$entry" "$copy"; classpath="$classpath:$copy" ;;
        *) classpath="$classpath:$entry" ;;
    esac
done
bench=(java -Xmx512m -XX:+UseG1GC -cp "$classpath" dev.cleave.bench.codegen.LegacyCodegenBench)
# the monolith's jars, as the CLI resolves them (MonolithClasspath): runtime scope of its pom
corpus="$("${bench[@]}" --write-only "$@" | tail -n 1)"
mvn -q -B -o -f "$corpus/pom.xml" dependency:build-classpath \
    -Dmdep.outputFile="$PWD/target/legacy-classpath.txt" -Dmdep.includeScope=runtime
echo "nproc $(nproc); $(java -version 2>&1 | head -n 1); $(uptime)"
"${bench[@]}" --classpath "$PWD/target/legacy-classpath.txt" "$@"
echo "after: $(uptime)"
