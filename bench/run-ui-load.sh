#!/usr/bin/env bash
# Puts the web wizard under load: concurrent clients, each with its own session, send what-if previews
# (POST /api/projects/load500/preview) against the default split of a generated monolith, beside two baselines of the
# same run: as many GET /api/projects/load500/plan calls, and the same previews in process without HTTP.
# Usage: bench/run-ui-load.sh [--clients 20] [--moves 1000] [--warmup 200] [--classes 500] [--seed 1]
# Builds the wizard's jar and the bench module with the modules they depend on (tests skipped, nothing installed),
# seeds the project in a temporary workspace, starts the wizard on a free port, runs dev.cleave.bench.ui.UiLoad
# against it, and stops the wizard. The report goes to bench/target/ui-load.md (and stdout), the wizard's log to
# bench/target/ui-load-logs. Exits non-zero when any request failed.
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p target target/ui-load-logs
# every module of the reactor writes the same file; bench comes last, so its classpath is what remains
mvn -B -ntp -q -f ../pom.xml -pl web-ui,bench -am package dependency:build-classpath -Dmaven.test.skip=true \
    -Dmdep.outputFile="$PWD/target/classpath.txt" -Dmdep.includeScope=runtime
# snapshot the jars and classes built in this repository, so that a rebuild during the run cannot change them
repo="$(cd .. && pwd)"
rm -rf target/ui-load-lib && mkdir -p target/ui-load-lib
cp -r target/classes target/ui-load-lib/bench-classes
cp ../web-ui/target/cleave-web-ui-exec.jar target/ui-load-lib/
classpath="$PWD/target/ui-load-lib/bench-classes"
IFS=":" read -r -a entries <<< "$(cat target/classpath.txt)"
for entry in "${entries[@]}"; do
    case "$entry" in
        "$repo"/*) copy="$PWD/target/ui-load-lib/$(echo "${entry#"$repo"/}" | tr '/' '_')"
                   cp -r "$entry" "$copy"; classpath="$classpath:$copy" ;;
        *) classpath="$classpath:$entry" ;;
    esac
done

work="$(mktemp -d -t cleave-ui-load.XXXXXX)"
log="$PWD/target/ui-load-logs/wizard.log"
server=""
stop() {
    if [ -n "$server" ] && kill -0 "$server" 2>/dev/null; then
        kill "$server" && wait "$server" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap stop EXIT

echo "machine: $(nproc) cores; $(java -version 2>&1 | head -1); uptime:$(uptime)"
java -cp "$classpath" dev.cleave.bench.ui.UiLoad seed --workspace "$work/workspace" --corpus "$work/corpus" "$@"

# port 0: the wizard takes a free port and names it in its ready line (the log is emptied first, since the
# background job opens it only when it gets to run)
: > "$log"
java -Xmx1g -XX:+UseG1GC -jar target/ui-load-lib/cleave-web-ui-exec.jar --server.port=0 \
    --cleave.workspace="$work/workspace" > "$log" 2>&1 &
server=$!
port=""
for _ in $(seq 1 240); do
    port="$(sed -n 's|.*Cleave wizard ready: open http://localhost:\([0-9]*\)/.*|\1|p' "$log" | head -1)"
    [ -n "$port" ] && break
    kill -0 "$server" 2>/dev/null || { echo "the wizard stopped before it was ready:" >&2; cat "$log" >&2; exit 1; }
    sleep 0.5
done
[ -n "$port" ] || { echo "the wizard was not ready after 120 s; its log: $log" >&2; exit 1; }
curl -fsS -o /dev/null "http://localhost:$port/" || { echo "GET / on port $port failed; log: $log" >&2; exit 1; }
echo "wizard ready on port $port (pid $server)"

status=0
java -Xmx1g -XX:+UseG1GC -cp "$classpath" dev.cleave.bench.ui.UiLoad run --port "$port" --corpus "$work/corpus" \
    --report "$PWD/target/ui-load.md" "$@" || status=$?
echo "uptime after:$(uptime)"
exit "$status"
