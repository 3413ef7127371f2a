#!/usr/bin/env bash
# Checks every .html file of a folder for accessibility (WCAG 2.0 and 2.1, levels A and AA) with
# axe-core in headless Chromium, installing what is missing first: Debian's chromium when
# /usr/bin/chromium is absent, and the pinned npm packages of this folder (npm ci).
#
# Usage: .ci/axe/run-axe.sh DIR
# Exit codes: 0 no violations; 1 violations (one line each, naming the file); 2 could not run.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if [ "$#" -ne 1 ]; then
  echo "usage: $0 DIR" >&2
  exit 2
fi
dir="$1"
if [ ! -d "$dir" ]; then
  echo "run-axe.sh: no such folder: $dir" >&2
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
  echo "run-axe.sh: node and npm are needed (Node.js 20 or later)" >&2
  exit 2
fi
# npm ci installs exactly the versions in package-lock.json (from npm's cache when it has them).
echo "== npm ci in .ci/axe"
(cd "$here" && npm ci --ignore-scripts --no-audit --no-fund --prefer-offline)

exec node "$here/check-pages.mjs" "$dir"
