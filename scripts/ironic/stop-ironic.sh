#!/usr/bin/env bash
# stop-ironic.sh STATE_DIR — stop the Ironic that start-ironic.sh recorded in STATE_DIR.
# Only the recorded PID (and its descendants running the same program and config) is signalled,
# and only after its command line is checked: SIGTERM, then SIGKILL after
# FERRUM_IRONIC_STOP_TIMEOUT seconds (default 20). Config, database and logs are kept.
# Idempotent. Exit status: 0 nothing left running, 1 a process survived, 2 usage.
set -euo pipefail

FI_NAME=stop-ironic
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=scripts/ironic/common.sh
. "$here/common.sh"

if [ $# -ne 1 ] || [ -z "$1" ] || [ "$1" = -h ] || [ "$1" = --help ]; then
  echo "usage: [FERRUM_IRONIC_STOP_TIMEOUT=20] stop-ironic.sh STATE_DIR" >&2
  [ "${1:-}" = -h ] || [ "${1:-}" = --help ] && exit 0
  exit 2
fi
timeout="${FERRUM_IRONIC_STOP_TIMEOUT:-20}"
[[ "$timeout" =~ ^[0-9]+$ ]] || fi_die 2 "FERRUM_IRONIC_STOP_TIMEOUT must be whole seconds"
if [ ! -d "$1" ]; then
  fi_log "no state directory $1: nothing to stop"
  exit 0
fi
state="$(cd "$1" && pwd)"
fi_lock "$state" $((timeout + 60))
fi_stop "$state" "$timeout"
