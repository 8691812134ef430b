#!/usr/bin/env bash
# Once, for a clone used before the lab left the repository: moves .n8n-runtime/ (n8n's installs)
# and .n8n-start/ (npm start's n8n data) into the lab folder (scripts/lab-dir.sh), saying so. A move
# across disks would copy gigabytes, so the runtime is then left to delete (n8n installs anew).
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
lab=$(bash "$repo/scripts/lab-dir.sh")
log() { echo "[lab] $*" >&2; }
device() { stat -c %d "$1" 2>/dev/null || stat -f %d "$1"; }

move() {
  local old=$repo/$1 new=$lab/$2
  [ -d "$old" ] || return 0
  mkdir -p "$lab"
  if [ -e "$new" ]; then
    log "$old is no longer used ($new is): delete it (rm -rf $1)"
  elif [ "$(device "$old")" = "$(device "$lab")" ] || [ "$3" = small ]; then
    mv "$old" "$new" && log "moved $1 to $new (the lab now lives outside the repository)"
  else
    log "$old is no longer used (n8n installs into $new): delete it (rm -rf $1)"
  fi
}

move .n8n-runtime runtime large
move .n8n-start start small
