#!/usr/bin/env bash
# Cold corpus runs of `conditions validate` and its baselines, as in docs/performance.md: every
# command line three times per corpus size, taken in turns round by round so that background load
# hits them alike. Prints one line per run: size|label|TIME wall peak-KB user sys|load|summary.
#
# Run from the repository root after `mvn -q install -DskipTests` and one `./conditions validate`
# (which writes the class-data-sharing archive), with the corpora made by CorpusGenerator:
#   CORPUS=/tmp/corpus SIZES="1 1000 10000 100000" condition-benchmarks/corpus-runs.sh
# Optional: BEFORE=/path/to/other/checkout/conditions adds that launcher's runs; AJV=/path/to/ajv
# adds ajv-cli's (npm install --prefix /tmp/ajv ajv-cli@5.0.0).
set -u
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="${CORPUS:-/tmp/corpus}"
sizes="${SIZES:-1 1000 10000 100000}"
copy="$(mktemp -d)"
trap 'rm -rf "$copy"' EXIT
# The jar and its libraries copied aside, so that no rebuild can start in the middle.
cp -r "$root/condition-cli/target/conditions.jar" "$root/condition-cli/target/lib" "$copy/"
cp "$root/condition-benchmarks/target/benchmarks.jar" "$copy/"
schema="$root/schema/condition-article-2.schema.json"

run() { # label size command...
    local label="$1" n="$2"
    shift 2
    /usr/bin/time -f "TIME %e %M %U %S" "$@" >"$copy/out" 2>"$copy/err"
    echo "$n|$label|$(grep TIME "$copy/err" | tail -1)|$(cut -d' ' -f1 /proc/loadavg)|$(grep -h "files," "$copy/out" | tail -1)"
}

for n in $sizes; do
    d="$corpus/c$n"
    for round in 1 2 3; do
        if [ -n "${BEFORE:-}" ]; then
            run "before: $BEFORE" "$n" "$BEFORE" validate "$d"
        fi
        run "java -jar conditions.jar" "$n" java -jar "$copy/conditions.jar" validate "$d"
        run "./conditions" "$n" "$root/conditions" validate "$d"
        run "baseline: Jackson trees" "$n" java -cp "$copy/benchmarks.jar" org.conditioncontent.benchmarks.JacksonTreeScan "$d"
        if [ -n "${AJV:-}" ]; then
            run "baseline: ajv-cli" "$n" "$AJV" validate --spec=draft2020 -s "$schema" -d "$d/*.json"
        fi
    done
done
