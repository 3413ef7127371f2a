#!/usr/bin/env bash
# Checks what editors get: the article and conditions.yaml schemas in the YAML language server
# and ajv (check-schema.mjs), and the live preview in headless Chromium (preview-e2e.mjs).
# Installs what is missing first: Debian's chromium when /usr/bin/chromium is absent, and the
# pinned npm packages of this folder into target/editor-checks (npm ci; nothing global).
# Needs condition-cli/target/conditions.jar (built by ./conditions or mvn package).
#
# Usage: .ci/editors/run-editor-checks.sh [SCREENSHOT.png]
# Exit codes: 0 all checks pass; 1 a check failed; 2 could not run.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
jar="$root/condition-cli/target/conditions.jar"
if [ ! -f "$jar" ]; then
  echo "run-editor-checks.sh: $jar is missing; build it first (./conditions --version)" >&2
  exit 2
fi
if [ ! -x /usr/bin/chromium ]; then
  echo "== installing chromium (Debian package)"
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  $sudo apt-get update
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium
fi
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "run-editor-checks.sh: node and npm are needed (Node.js 20 or later)" >&2
  exit 2
fi

work="$root/target/editor-checks"
mkdir -p "$work"
cp "$here/package.json" "$here/package-lock.json" "$here/check-schema.mjs" "$here/preview-e2e.mjs" "$work/"
echo "== npm ci in target/editor-checks"
(cd "$work" && npm ci --ignore-scripts --no-audit --no-fund --prefer-offline)

echo "== the schemas in the YAML language server and ajv"
report="$work/invalid-report.json"
# The loader's findings on the invalid examples, which the schema must agree with (exit 1: they have errors).
(cd "$root" && java -jar "$jar" validate --report json examples/invalid > "$report") || [ $? -eq 1 ]
# And on their format-1 versions, the loader's test fixtures, which format 1's schema must agree with.
format1_report="$work/format1-invalid-report.json"
(cd "$root" && java -jar "$jar" validate --report json condition-loader/src/test/resources/format1/invalid > "$format1_report") || [ $? -eq 1 ]
node "$work/check-schema.mjs" "$root" "$report" "$format1_report"

echo "== conditions preview in headless Chromium"
if [ "$#" -ge 1 ]; then
  SCREENSHOT="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")" node "$work/preview-e2e.mjs" "$root"
else
  node "$work/preview-e2e.mjs" "$root"
fi
