#!/bin/sh
# `npm start`: prepares in a short-lived process (scripts/start-prepare.ts: checks the
# environment, builds when needed, migrates, seeds the embedded demo once, keeps a generated
# AUTH_SECRET in .data/), then replaces this shell with `next start` (exec), so the server is
# the only process that stays. peer-address.mjs puts each connection's address where rate
# limits can read it (see the file). next start serves on PORT (default 3000).
set -e
cd "$(dirname "$0")/.."
node node_modules/tsx/dist/cli.mjs scripts/start-prepare.ts
if [ -z "${AUTH_SECRET:-}" ]; then
  AUTH_SECRET=$(cat .data/auth-secret)
  export AUTH_SECRET
fi
export NODE_ENV=production
exec node --import ./scripts/peer-address.mjs node_modules/next/dist/bin/next start
