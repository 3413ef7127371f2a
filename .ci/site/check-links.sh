#!/usr/bin/env bash
# Checks every link of an exported site (see check-links.mjs). Usage: .ci/site/check-links.sh DIR
set -euo pipefail
if ! command -v node >/dev/null 2>&1; then
  echo "check-links.sh: node is needed (Node.js 20 or later)" >&2
  exit 2
fi
exec node "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/check-links.mjs" "$@"
