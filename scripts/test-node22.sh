#!/usr/bin/env bash
# Runs the suite's Node-side layers (unit and integration: the API, the Cosmos DB SDK, the bot, the
# build scripts) on Node 22, the runtime the Function App uses in Azure. Node 22 comes from the npm
# registry's `node` package, so no system package manager is needed; a machine whose own Node is
# already 22 uses it as it is. The browser layer runs once, under `npm test`: what it checks happens
# in Chromium, and running it twice would double CI time.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "$(node -p 'process.versions.node.split(".")[0]')" = "22" ]; then
  node22_bin="$(dirname "$(command -v node)")"
else
  node22_bin="$(cd "${TMPDIR:-/tmp}" && npm exec --yes --package node@22 -- sh -c 'dirname "$(command -v node)"')"
fi
export PATH="$node22_bin:$PATH"
echo "Node-side suites on Node $(node --version)"
npm run test:unit
npm run test:integration
