#!/usr/bin/env bash
# apt-install.sh PACKAGE... — install the Debian packages that are missing, without recommends,
# without asking anything and without letting maintainer scripts start services.
#
# Used by .ci/run and by scripts/ironic/start-ironic.sh. Packages already installed are left
# alone; when nothing is missing it does nothing at all (no index refresh, no lock taken).
# Otherwise it refreshes the package index once and installs the missing packages in one call.
# Progress goes to stderr. Exit status: 0 all installed, 1 apt failed, 2 usage, 3 not root.
# Env: FERRUM_APT_LOCK_TIMEOUT  seconds to wait for another apt/dpkg to finish (default 600).
set -euo pipefail

log() { printf '[apt-install] %s\n' "$*" >&2; }

[ $# -gt 0 ] || { log "usage: apt-install.sh PACKAGE..."; exit 2; }
lock_timeout="${FERRUM_APT_LOCK_TIMEOUT:-600}"

missing=()
for p in "$@"; do
  if [ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)" != "install ok installed" ]; then
    missing+=("$p")
  fi
done
if [ ${#missing[@]} -eq 0 ]; then
  log "already installed: $*"
  exit 0
fi
[ "$(id -u)" = 0 ] || { log "ERROR: must be root to install: ${missing[*]}"; exit 3; }

# Debian's policy-rc.d hook: invoke-rc.d asks /usr/sbin/policy-rc.d before starting a service,
# and exit status 101 means "forbidden". Keep an existing hook that already forbids starts;
# otherwise put a forbidding one in place for the duration of the install and restore afterwards.
policy=/usr/sbin/policy-rc.d
saved_policy=""
created_policy=0
restore_policy() {
  if [ -n "$saved_policy" ]; then
    mv -f "$saved_policy" "$policy"
  elif [ "$created_policy" = 1 ]; then
    rm -f "$policy"
  fi
}
policy_forbids() {
  local rc=0
  [ -x "$policy" ] || return 1
  "$policy" ferrum-probe start >/dev/null 2>&1 || rc=$?
  [ "$rc" = 101 ]
}
if ! policy_forbids; then
  if [ -e "$policy" ]; then
    saved_policy="$(mktemp "$policy.ferrum-saved.XXXXXX")"
    cp -p "$policy" "$saved_policy"
  else
    created_policy=1
  fi
  trap restore_policy EXIT
  printf '#!/bin/sh\n# temporary, written by ferrum apt-install.sh: no service starts\nexit 101\n' >"$policy"
  chmod 755 "$policy"
  log "installed a temporary $policy that forbids service starts"
fi

export DEBIAN_FRONTEND=noninteractive
apt_opts=(-o "DPkg::Lock::Timeout=$lock_timeout" -o Dpkg::Use-Pty=0 -q)
t0=$SECONDS
log "refreshing the package index"
# DPkg::Lock::Timeout makes install wait for the dpkg lock, but apt-get update gives up at
# once when another apt holds the lists lock: retry it, bounded by the same timeout.
deadline=$((SECONDS + lock_timeout))
until apt-get "${apt_opts[@]}" update </dev/null >&2; do
  [ "$SECONDS" -lt "$deadline" ] || { log "ERROR: apt-get update failed"; exit 1; }
  log "apt-get update failed (another apt running?): retrying in 5s"
  sleep 5
done
log "installing: ${missing[*]}"
apt-get "${apt_opts[@]}" install -y --no-install-recommends "${missing[@]}" </dev/null >&2 ||
  { log "ERROR: apt-get install failed"; exit 1; }
log "installed ${#missing[@]} package(s) in $((SECONDS - t0))s"
