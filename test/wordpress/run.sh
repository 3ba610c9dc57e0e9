#!/usr/bin/env bash
# `npm run test:wordpress`: brings up the real WordPress (up.sh; root on first run to install it),
# exports where it is, runs the real-server suite, and exits with the suite's status.
# WordPress is left running for the next run; test/wordpress/down.sh stops it.
set -uo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$HERE/../.."
if ! env_lines="$("$HERE/up.sh")"; then
  echo "[test:wordpress] WordPress did not come up (see messages above)" >&2
  exit 1
fi
while IFS='=' read -r key value; do
  [ -n "$key" ] && export "$key=$value"
done <<<"$env_lines"
reporter=()
if [ "${CI:-}" = true ]; then
  mkdir -p test-results
  reporter=(--reporter=default --reporter=json --outputFile.json=test-results/wordpress.json)
fi
npx vitest run --config vitest.wordpress.config.ts "${reporter[@]}" "$@"
