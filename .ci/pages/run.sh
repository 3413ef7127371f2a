#!/usr/bin/env bash
# Checks exported HTML pages in headless Chromium, installing what is missing first: Debian's
# chromium when /usr/bin/chromium is absent, and the pinned npm packages of this folder (npm ci,
# only when node_modules does not hold exactly the locked versions yet).
#
#   axe         WCAG 2.2 A and AA (axe-core's wcag2a, wcag2aa, wcag21a, wcag21aa, wcag22aa rules)
#   layout      fits a phone: nothing past the edge of a 320 or 390 px wide screen
#   lighthouse  Lighthouse's accessibility, best practices and SEO scores, each 100, over HTTP
#
# Usage: .ci/pages/run.sh CHECK[,CHECK...] DIR...    e.g. .ci/pages/run.sh axe,layout out/html
# Runs every check named, each on every .html file of the folders, even after one fails; prints
# how long each took. Exit codes: 0 every check passed; 1 a page failed one; 2 a check could not run.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if [ "$#" -lt 2 ]; then
  echo "usage: $0 CHECK[,CHECK...] DIR...   (CHECK: axe, layout, lighthouse)" >&2
  exit 2
fi
IFS=, read -r -a checks <<<"$1"
shift
for check in "${checks[@]}"; do
  case "$check" in
    axe|layout|lighthouse) ;;
    *) echo "run.sh: unknown check: $check (axe, layout or lighthouse)" >&2; exit 2 ;;
  esac
done
for dir in "$@"; do
  if [ ! -d "$dir" ]; then
    echo "run.sh: no such folder: $dir" >&2
    exit 2
  fi
done

if [ -z "${CHROMIUM:-}" ] && [ ! -x /usr/bin/chromium ]; then
  echo "== installing chromium (Debian package)"
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  $sudo apt-get update
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium
fi
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "run.sh: node and npm are needed (Node.js 20 or later)" >&2
  exit 2
fi
# npm ci installs exactly the versions in package-lock.json (from npm's cache when it has them);
# the copy of the lock it leaves tells a later run that it can skip the install.
installed="$here/node_modules/.installed-package-lock.json"
if ! cmp -s "$here/package-lock.json" "$installed"; then
  echo "== npm ci in .ci/pages"
  (cd "$here" && npm ci --ignore-scripts --no-audit --no-fund --prefer-offline)
  cp "$here/package-lock.json" "$installed"
fi

status=0
for check in "${checks[@]}"; do
  echo "== $check: $*"
  start=$SECONDS
  code=0
  node "$here/check-$check.mjs" "$@" || code=$?
  echo "($check took $((SECONDS - start)) s)"
  if [ "$code" -gt "$status" ]; then status=$code; fi
done
exit "$status"
