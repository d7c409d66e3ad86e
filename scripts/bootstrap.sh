#!/usr/bin/env bash
# Installs everything the workspace needs on a machine that has only Node and npm, then builds it.
set -euo pipefail
cd "$(dirname "$0")/.."
PNPM_VERSION=12.4.2
export npm_config_nodedir="${npm_config_nodedir:-$(dirname "$(dirname "$(command -v node)")")}"
export PATH="$PWD/.tools/bin:$PATH"

if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm --version 2>/dev/null)" != "$PNPM_VERSION" ]; then
  echo "bootstrap: installing pnpm $PNPM_VERSION" >&2
  npm i -g "pnpm@$PNPM_VERSION" >/dev/null 2>&1 || npm i --prefix .tools -g "pnpm@$PNPM_VERSION" >/dev/null
fi

# Command-line tools the conformance tests use to check .c1z files independently of our code, and a browser.
missing=()
command -v zstd >/dev/null 2>&1 || missing+=(zstd)
command -v sqlite3 >/dev/null 2>&1 || missing+=(sqlite3)
command -v protoc >/dev/null 2>&1 || missing+=(protobuf-compiler)
# The explorer's browser tests drive Debian's headless Chromium.
[ -x /usr/bin/chromium ] || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "bootstrap: installing ${missing[*]}" >&2
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "bootstrap: warning: ${missing[*]} not installed; the c1z conformance and browser tests need them (apt-get install ${missing[*]})" >&2
  fi
fi

CI=true pnpm install --frozen-lockfile --reporter=silent
pnpm exec turbo run build --output-logs=errors-only >&2
