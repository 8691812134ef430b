#!/usr/bin/env bash
# Installs the pinned n8n (and, when the machine's Node is too old, a Node 24 from the npm
# registry) into the lab folder outside the repository, once. Later runs only check the install
# and print its paths.
#   usage: scripts/ensure-n8n.sh            -> installs if needed, then prints "NODE=... N8N_BIN=..."
# Env: N8N_VERSION (default 2.41.1), N8N_RUNTIME_DIR (default <lab folder>/runtime: see
# scripts/lab-dir.sh)
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
version=${N8N_VERSION:-2.41.1}
runtime=${N8N_RUNTIME_DIR:-$(bash "$repo/scripts/lab-dir.sh")/runtime}
n8n_dir=$runtime/n8n-$version
node_dir=$runtime/node24
log() { echo "[ensure-n8n] $*" >&2; }

node_major() { "$1" -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

required_major=24
if [ "${version%%.*}" = "2" ] && [ "$(echo "$version" | cut -d. -f2)" -lt 38 ]; then required_major=20; fi

node_bin=$(command -v node)
if [ "$(node_major "$node_bin")" -lt "$required_major" ]; then
  # The npm registry's Node builds are named node-<platform>-<architecture>
  case "$(uname -s)" in Linux) platform=linux ;; Darwin) platform=darwin ;; *) platform= ;; esac
  case "$(uname -m)" in x86_64 | amd64) arch=x64 ;; aarch64 | arm64) arch=arm64 ;; *) arch= ;; esac
  if [ -z "$platform" ] || [ -z "$arch" ]; then
    log "FATAL: n8n $version needs Node $required_major; this machine has $(node --version) on $(uname -s) $(uname -m): install Node $required_major (nodejs.org) and run again"
    exit 1
  fi
  build=node-$platform-$arch
  node_bin=$node_dir/node_modules/$build/bin/node
  if [ ! -x "$node_bin" ]; then
    log "machine Node $(node --version) is too old for n8n $version; installing $build@$required_major from the npm registry"
    mkdir -p "$node_dir"
    (cd "$node_dir" && echo '{"name":"node24","private":true}' > package.json &&
      npm install --no-audit --no-fund --loglevel=error "$build@$required_major" >&2)
  fi
fi
node_home=$(cd "$(dirname "$node_bin")/.." && pwd)

if [ ! -f "$n8n_dir/.installed" ]; then
  log "installing n8n $version into $n8n_dir (first run: about 7 minutes, ~3 GB)"
  rm -rf "$n8n_dir"
  mkdir -p "$n8n_dir"
  cat > "$n8n_dir/package.json" <<JSON
{
  "name": "n8n-runtime",
  "private": true,
  "dependencies": { "n8n": "$version" },
  "overrides": { "xlsx": "npm:@e965/xlsx@0.20.3" }
}
JSON
  # A line with a lock file in scripts/n8n-locks/ installs exactly the tree it records (`npm ci`:
  # no resolving, about a third faster, and the same packages on every machine); another line
  # resolves afresh, and its <runtime>/n8n-<version>/package-lock.json can be copied there.
  # --ignore-scripts: the Kafka node's install script downloads sources and fails here, which
  # would roll back the whole install. The native modules n8n needs are rebuilt below, with
  # --ignore-scripts=false because under `npm test` npm hands this repo's ignore-scripts=true down.
  lock=$repo/scripts/n8n-locks/n8n-$version.package-lock.json
  install=install
  if [ -f "$lock" ]; then cp "$lock" "$n8n_dir/package-lock.json" && install=ci; fi
  (cd "$n8n_dir" && npm "$install" --ignore-scripts --no-audit --no-fund --loglevel=error >&2)
  (cd "$n8n_dir" && PATH="$node_home/bin:$PATH" npm_config_nodedir="$node_home" \
    npm rebuild sqlite3 isolated-vm --ignore-scripts=false --loglevel=error >&2)
  touch "$n8n_dir/.installed"
fi

# isolated-vm (the expression sandbox) came with n8n 2.3x; older lines have only sqlite3
native_modules=$(cd "$n8n_dir/node_modules" && { ls -d sqlite3 isolated-vm 2>/dev/null || true; } | tr '\n' ' ')
if ! (cd "$n8n_dir/node_modules/n8n" && "$node_bin" -e "for (const name of process.argv.slice(1)) require(name)" $native_modules >&2); then
  log "FATAL: n8n's native modules ($native_modules) do not load under $node_bin"
  rm -f "$n8n_dir/.installed"
  exit 1
fi

echo "NODE=$node_bin"
echo "N8N_BIN=$n8n_dir/node_modules/n8n/bin/n8n"
