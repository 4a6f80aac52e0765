#!/usr/bin/env bash
# The test command (README): installs what the tests need, builds, then runs every test.
# Safe to run again: each step is skipped when already done.
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian chromium for the browser tests (playwright-core drives /usr/bin/chromium; no browser download),
# and a CJK font so the screenshots the tests save show the zh-CN UI instead of boxes.
if [ ! -x /usr/bin/chromium ] || ! dpkg -s fonts-wqy-microhei >/dev/null 2>&1; then
  echo "[test] installing Debian chromium and fonts-wqy-microhei…"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium fonts-wqy-microhei >/dev/null
fi

[ -d node_modules ] || npm ci

echo "[test] type-check (strict) and engine purity…"
npx tsc -p tsconfig.json --noEmit
npx tsc -p tsconfig.engine.json

echo "[test] build…"
npm run build --silent

echo "[test] lint…"
npx eslint src tests

echo "[test] jest…"
npx jest --ci
