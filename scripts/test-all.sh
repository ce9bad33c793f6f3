#!/usr/bin/env bash
# The whole test suite, as README.md documents it (`npm test`): static checks,
# data validation, unit tests, a production build of the bundled data, and the
# end-to-end tests against that build. Ends with one line "N passed, N failed"
# that sums every test runner, and exits non-zero if anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."
export ASTRO_TELEMETRY_DISABLED=1
results_dir="$PWD/test-results/summary"
rm -rf "$results_dir" && mkdir -p "$results_dir"
failed_checks=()

step() {
  local name="$1"; shift
  echo
  echo "=== $name"
  local start=$SECONDS
  if "$@"; then
    echo "--- $name: ok ($((SECONDS - start))s)"
  else
    echo "--- $name: FAILED ($((SECONDS - start))s)"
    failed_checks+=("$name")
  fi
}

step "format (prettier)" npx prettier --check .
step "lint (eslint)" npx eslint .
step "types (astro check)" npx astro check --minimumSeverity warning
step "data (validate)" npm run --silent validate
step "unit tests (vitest)" npx vitest run --config tests/vitest.config.ts \
  --reporter=default --reporter=json --outputFile.json="$results_dir/vitest.json"
# The build lists all ~19,700 pages; keep that in a file and show only the end.
build_site() {
  local log="$results_dir/build.log"
  if npx astro build >"$log" 2>&1; then
    tail -n 4 "$log"
  else
    tail -n 60 "$log"
    return 1
  fi
}
step "build (astro build)" build_site
# End-to-end tests need this run's build: an old dist/ would test stale pages.
if [[ ! " ${failed_checks[*]} " =~ " build (astro build) " ]]; then
  PLAYWRIGHT_JSON_OUTPUT_NAME="$results_dir/playwright.json" \
    step "e2e tests (playwright)" npx playwright test --config tests/playwright.config.ts
fi

npx tsx scripts/ci/summarize.ts "$results_dir" "${failed_checks[@]}"
