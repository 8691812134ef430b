#!/usr/bin/env bash
# Prints the lab folder: where n8n's installs (runtime/) and npm start's n8n data (start/) live,
# outside the repository so that lint, search and git never walk them. GINEE_LAB_DIR overrides it;
# otherwise the user's cache folder ($XDG_CACHE_HOME, else ~/.cache) holds it.
set -euo pipefail
echo "${GINEE_LAB_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/n8n-nodes-ginee}"
