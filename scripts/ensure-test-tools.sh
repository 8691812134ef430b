#!/usr/bin/env bash
# What `npm test` needs beside node_modules, installed once: every n8n line the end-to-end suite
# runs on (scripts/ensure-n8n.sh), and from Debian's packages Chromium for the editor tests (never
# a downloaded browser), PostgreSQL and Redis for the queue-mode tests (the tests start and stop
# their own servers; nothing is configured system-wide).
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
log() { echo "[ensure-test-tools] $*" >&2; }

bash "$repo/scripts/move-lab.sh"

# The n8n lines install side by side (each into its own folder; npm's cache takes concurrent
# installs), beside the Debian packages below.
installs=()
for version in $(cd "$repo" && node -p "require('./tools/n8n-harness/versions').N8N_LINES.join(' ')"); do
  N8N_VERSION=$version bash "$repo/scripts/ensure-n8n.sh" >/dev/null &
  installs+=("$!:$version")
done

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium fonts-liberation)
ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || missing+=(postgresql)
[ -x /usr/bin/redis-server ] || missing+=(redis-server)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then sudo=(); elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then sudo=(sudo -n); else
    log "FATAL: install these Debian packages first (as root): apt-get install ${missing[*]}"
    exit 1
  fi
  log "installing from Debian: ${missing[*]}"
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi

for install in "${installs[@]}"; do
  wait "${install%%:*}" || { log "FATAL: installing n8n ${install#*:} failed (see above)"; exit 1; }
done
log "ready after ${SECONDS} s"
