#!/usr/bin/env bash
# Runs the GitHub Action's script, .github/action/run.sh, as action.yml runs it: inputs in
# CONDITIONS_* variables, and files standing in for GITHUB_OUTPUT and GITHUB_STEP_SUMMARY. Checks
# that it annotates the invalid examples and fails with exit code 1, passes on the valid ones,
# passes its inputs on (paths on several lines, --fail-on), writes SARIF, and reports a check that
# cannot run with exit code 2. The counts are compared with ./conditions's own report.
#
# The runs with the self-contained archive need `mvn package` first; the others use the
# repository's ./conditions, as the action does when given no archive.
set -euo pipefail
cd "$(dirname "$0")/../.."
root="$PWD"

fail() {
    echo "check-action: $*" >&2
    exit 1
}

shopt -s nullglob
tarballs=("$root"/condition-cli/target/conditions-*-linux-x64.tar.gz)
shopt -u nullglob
[ "${#tarballs[@]}" -eq 1 ] || fail "expected one conditions-*-linux-x64.tar.gz in condition-cli/target (run mvn package)"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Every variable the script reads must be one action.yml sets.
for variable in $(grep -o 'CONDITIONS_[A-Z_]*' .github/action/run.sh | sort -u); do
    grep -q "^        $variable: \${{ inputs\." action.yml || fail "action.yml does not set $variable, which run.sh reads"
done
grep -q 'run: bash "$GITHUB_ACTION_PATH/.github/action/run.sh"' action.yml || fail "action.yml does not run .github/action/run.sh"

run_action() { # run_action NAME [VARIABLE=VALUE...]: the script's status, output and files in $work/NAME
    local name="$1" status=0
    shift
    mkdir "$work/$name" "$work/$name/runner-temp"
    : > "$work/$name/output"
    : > "$work/$name/summary"
    env GITHUB_OUTPUT="$work/$name/output" GITHUB_STEP_SUMMARY="$work/$name/summary" \
        RUNNER_TEMP="$work/$name/runner-temp" GITHUB_ACTION_PATH="$root" "$@" \
        bash .github/action/run.sh > "$work/$name/log" 2> "$work/$name/err" || status=$?
    echo "$status" > "$work/$name/status"
    [ -z "$(ls -A "$work/$name/runner-temp")" ] || fail "$name: left files in RUNNER_TEMP"
}
output() { # output NAME KEY: the value the script set for KEY
    sed -n "s/^$2=//p" "$work/$1/output" | tail -n 1
}
expect_status() {
    [ "$(cat "$work/$1/status")" = "$2" ] || fail "$1: exit code $(cat "$work/$1/status"), expected $2; log: $(tail -n 5 "$work/$1/log") $(cat "$work/$1/err")"
}

./conditions --version > /dev/null # builds the jar if it is missing or old
status=0
./conditions validate --report github examples/invalid > "$work/reference-github.txt" || status=$?
[ "$status" -eq 1 ] || fail "./conditions validate examples/invalid should exit 1"
read -r files errors warnings <<< "$(sed -n -E 's/^([0-9]+) files, ([0-9]+) errors, ([0-9]+) warnings$/\1 \2 \3/p' "$work/reference-github.txt")"
[ -n "$warnings" ] || fail "no summary line in ./conditions's github report"
findings="$(grep -c '^::' "$work/reference-github.txt")"

echo "== the invalid examples, with the self-contained archive and SARIF"
run_action invalid CONDITIONS_PATHS=examples/invalid CONDITIONS_ARCHIVE="${tarballs[0]}" CONDITIONS_SARIF="$work/invalid.sarif"
expect_status invalid 1
# The log: the version line, then exactly ./conditions's github report, annotations included.
head -n 1 "$work/invalid/log" | grep -q '^conditions .* (\(commit [0-9a-f]*.*\|unknown commit\))$' || fail "invalid: the log does not start with the version line"
tail -n +2 "$work/invalid/log" | cmp -s - "$work/reference-github.txt" || fail "invalid: the annotations differ from ./conditions --report github"
[ "$(output invalid exit-code)" = 1 ] || fail "invalid: exit-code output is not 1"
[ "$(output invalid files) $(output invalid errors) $(output invalid warnings)" = "$files $errors $warnings" ] ||
    fail "invalid: outputs files, errors, warnings are not $files $errors $warnings: $(cat "$work/invalid/output")"
[ "$(output invalid sarif-file)" = "$work/invalid.sarif" ] || fail "invalid: no sarif-file output"
grep -q "^Failed: $files files, $errors errors, $warnings warnings" "$work/invalid/summary" || fail "invalid: the summary has no counts: $(cat "$work/invalid/summary")"
rows="$(grep -c -E '^\| (error|warning|notice) \| `examples/invalid/[^`]+` \| [0-9]+ \| [0-9]+ \| [a-z0-9-]+ \| .+ \|$' "$work/invalid/summary" || true)"
[ "$rows" -eq "$((findings < 50 ? findings : 50))" ] || fail "invalid: the summary's table has $rows rows for $findings findings"
grep -q '| error | `examples/invalid/date.yaml` | 20 | 17 | date | "lastReviewed" must be a date' "$work/invalid/summary" ||
    fail "invalid: the summary lacks the date finding as ./conditions reports it"
python3 - "$work/invalid.sarif" "$((errors + warnings))" <<'PY' || fail "invalid: the SARIF report is not the findings"
import json, sys
log = json.load(open(sys.argv[1]))
results = log["runs"][0]["results"]
assert log["version"] == "2.1.0", log["version"]
assert len(results) >= int(sys.argv[2]), (len(results), sys.argv[2])
PY
echo "invalid: exit code 1, $findings annotations as ./conditions prints them, outputs, summary and SARIF"

echo "== the valid examples, with the command built from the action's sources"
valid_files="$(find examples/conditions -name '*.yaml' | wc -l)"
[ "$valid_files" -gt 0 ] || fail "no articles in examples/conditions"
run_action valid CONDITIONS_PATHS=examples/conditions
expect_status valid 0
[ "$(output valid exit-code) $(output valid errors) $(output valid warnings)" = "0 0 0" ] || fail "valid: outputs $(cat "$work/valid/output")"
grep -q "^Passed: $valid_files files, 0 errors, 0 warnings" "$work/valid/summary" || fail "valid: the summary does not say it passed"
! grep -q '^::' "$work/valid/log" || fail "valid: annotations for valid articles"
[ -z "$(output valid sarif-file)" ] || fail "valid: a SARIF file nobody asked for"
echo "valid: exit code 0, no annotations, summary says passed"

echo "== the inputs are passed on"
run_action several-paths CONDITIONS_PATHS=$'examples/conditions\n  examples/invalid/https.yaml' CONDITIONS_FAIL_ON=warning
expect_status several-paths 1
[ "$(output several-paths files) $(output several-paths warnings)" = "$((valid_files + 1)) 1" ] || fail "several-paths: outputs $(cat "$work/several-paths/output")"
grep -q '^::warning file=examples/invalid/https.yaml,' "$work/several-paths/log" || fail "several-paths: no warning annotation"
run_action warning-allowed CONDITIONS_PATHS=examples/invalid/https.yaml CONDITIONS_FAIL_ON=error
expect_status warning-allowed 0
run_action too-many-warnings CONDITIONS_PATHS=examples/invalid/https.yaml CONDITIONS_MAX_WARNINGS=0
expect_status too-many-warnings 1
echo "inputs: two paths on two lines, --fail-on and --max-warnings change the exit code"

echo "== a check that cannot run"
run_action missing CONDITIONS_PATHS=examples/no-such-folder
expect_status missing 2
[ "$(output missing exit-code)" = 2 ] || fail "missing: exit-code output is not 2"
grep -q 'could not run' "$work/missing/summary" || fail "missing: the summary does not say the check could not run"
run_action bad-archive CONDITIONS_PATHS=examples/conditions CONDITIONS_ARCHIVE="$work/no-such-archive.tar.gz"
expect_status bad-archive 2
grep -q '^::error title=conditions action::the archive .* does not exist' "$work/bad-archive/log" || fail "bad-archive: no error annotation"
echo "cannot run: exit code 2, said in the summary and as an annotation"

echo "action OK"
