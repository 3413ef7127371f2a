#!/usr/bin/env bash
# The work of the GitHub Action in action.yml: validates articles with the github report, so that
# every finding becomes an annotation on the pull request, writes a summary of the run to the job's
# page, and optionally a SARIF report for code scanning.
#
# The action passes its inputs as environment variables; run it the same way to try it:
#
#   CONDITIONS_PATHS="examples/conditions" GITHUB_OUTPUT=out.txt GITHUB_STEP_SUMMARY=summary.md \
#       .github/action/run.sh
#
#   CONDITIONS_PATHS         files or folders, separated by spaces or new lines (default: .)
#   CONDITIONS_FAIL_ON       error or warning (default: error)
#   CONDITIONS_MAX_WARNINGS  fail on more warnings than this (default: no limit)
#   CONDITIONS_CONFIG        the rules' configuration file (default: conditions.yaml or conditions.yml if present)
#   CONDITIONS_SARIF         also write a SARIF report to this file (default: none)
#   CONDITIONS_ARCHIVE       path or https URL of a self-contained archive,
#                            conditions-VERSION-linux-x64.tar.gz, to run; without it the command
#                            is built from the action's own sources (JDK 17+ and Maven needed)
#   GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, RUNNER_TEMP, GITHUB_ACTION_PATH: as GitHub sets them
#
# Outputs: files, errors, warnings, exit-code, sarif-file. Exit code: the command's, so 0 when
# the articles pass, 1 when they have problems, 2 when the check could not run.
set -euo pipefail

paths="${CONDITIONS_PATHS:-.}"
fail_on="${CONDITIONS_FAIL_ON:-error}"
max_warnings="${CONDITIONS_MAX_WARNINGS:-}"
config="${CONDITIONS_CONFIG:-}"
sarif="${CONDITIONS_SARIF:-}"
archive="${CONDITIONS_ARCHIVE:-}"
action_path="${GITHUB_ACTION_PATH:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}"
outputs="${GITHUB_OUTPUT:-/dev/null}"
summary="${GITHUB_STEP_SUMMARY:-/dev/null}"
work="$(mktemp -d "${RUNNER_TEMP:-${TMPDIR:-/tmp}}/conditions-action.XXXXXX")"
trap 'rm -rf "$work"' EXIT

fail() {
    echo "::error title=conditions action::$1"
    echo "exit-code=2" >> "$outputs"
    printf '### conditions validate\n\nThe check could not run: %s\n' "$1" >> "$summary"
    exit 2
}

# The command: the self-contained archive when one is named, else the repository's launcher,
# which builds the command with Maven on its first run (without the archives, which it does not
# need: the system property reaches the build's own skip switch).
if [ -n "$archive" ]; then
    case "$archive" in
        https://* | http://*)
            curl --fail --silent --show-error --location --retry 3 --output "$work/conditions.tar.gz" "$archive" ||
                fail "cannot download the archive $archive"
            archive="$work/conditions.tar.gz"
            ;;
    esac
    [ -f "$archive" ] || fail "the archive $archive does not exist"
    mkdir "$work/conditions"
    tar -xzf "$archive" -C "$work/conditions" --strip-components=1 || fail "cannot unpack the archive $archive"
    conditions="$work/conditions/bin/conditions"
    [ -x "$conditions" ] || fail "the archive $archive has no bin/conditions; is it conditions-VERSION-linux-x64.tar.gz?"
else
    conditions="$action_path/conditions"
    export MAVEN_OPTS="${MAVEN_OPTS:-} -Dconditions.dist.skip=true"
fi

# Spaces and new lines separate the paths; no glob patterns, so a path is taken as written.
set -f
# shellcheck disable=SC2206 # splitting at white space is the input's documented form
path_args=($paths)
set +f
[ "${#path_args[@]}" -gt 0 ] || fail "no paths to validate; set the paths input"

options=(--fail-on "$fail_on")
[ -z "$max_warnings" ] || options+=(--max-warnings "$max_warnings")
[ -z "$config" ] || options+=(--config "$config")

"$conditions" --version

# The report goes to the log as it comes, where the runner turns its lines into annotations.
status=0
"$conditions" validate --report github "${options[@]}" -- "${path_args[@]}" | tee "$work/report.txt" || status=$?
echo "exit-code=$status" >> "$outputs"
if [ "$status" -ge 2 ]; then
    printf '### conditions validate\n\nThe check could not run (exit code %s); the log says why.\n' "$status" >> "$summary"
    exit "$status"
fi

# The counts, from the report's summary line: "33 files, 23 errors, 10 warnings".
counts="$(sed -n -E 's/^([0-9]+) files?, ([0-9]+) errors?, ([0-9]+) warnings?$/\1 \2 \3/p' "$work/report.txt" | tail -n 1)"
read -r files errors warnings <<< "${counts:-0 0 0}"
{
    echo "files=$files"
    echo "errors=$errors"
    echo "warnings=$warnings"
} >> "$outputs"

# The job summary: the counts and the first findings as a table.
{
    echo "### conditions validate"
    echo
    if [ "$status" -eq 0 ]; then
        echo "Passed: $files files, $errors errors, $warnings warnings."
    else
        echo "Failed: $files files, $errors errors, $warnings warnings (failing on: $fail_on${max_warnings:+, more than $max_warnings warnings})."
    fi
    findings="$(grep -c -E '^::(error|warning|notice) ' "$work/report.txt" || true)"
    if [ "$findings" -gt 0 ]; then
        echo
        echo "| severity | file | line | column | rule | message |"
        echo "|---|---|---:|---:|---|---|"
        # The github report escapes %, CR, LF (and in properties ':' and ','); undo that, keep
        # '|' from splitting a table cell and '<' from starting HTML.
        grep -E '^::(error|warning|notice) ' "$work/report.txt" | head -n 50 | sed -E \
            -e 's/^::([a-z]+) file=(.*),line=([0-9]+),col=([0-9]+),title=([^:]*)::(.*)$/\1\t\2\t\3\t\4\t\5\t\6/' \
            -e 's/%0D|%0A/ /g; s/%3A/:/g; s/%2C/,/g; s/%25/%/g; s/\|/\\|/g; s/</\&lt;/g' |
            while IFS=$'\t' read -r severity file line column rule message; do
                echo "| $severity | \`$file\` | $line | $column | $rule | $message |"
            done
        if [ "$findings" -gt 50 ]; then
            echo
            echo "The first 50 of $findings findings; the log lists them all."
        fi
    fi
} >> "$summary"

if [ -n "$sarif" ]; then
    sarif_status=0
    "$conditions" validate --report sarif "${options[@]}" -- "${path_args[@]}" > "$sarif" || sarif_status=$?
    # Exit code 1 is the findings the report holds; 2 is a report that could not be made.
    [ "$sarif_status" -le 1 ] || fail "the SARIF report could not be written (exit code $sarif_status)"
    echo "sarif-file=$sarif" >> "$outputs"
fi

exit "$status"
