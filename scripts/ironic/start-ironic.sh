#!/usr/bin/env bash
# start-ironic.sh STATE_DIR — start a standalone OpenStack Ironic (Debian's ironic-common) on
# 127.0.0.1 for Ferrum's tests: one `ironic` process (API and conductor together), sqlite,
# the fake-hardware driver with fake interfaces, noop network and storage, noauth or
# http_basic. Waits until it is ready and prints its base URL (the only line on stdout).
# The interface (arguments, environment, files, exit codes) is in scripts/ironic/README.md.
set -euo pipefail

FI_NAME=start-ironic
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=scripts/ironic/common.sh
. "$here/common.sh"

usage() {
  sed -n '2,6p' "$0" | sed 's/^# \{0,1\}//' >&2
  echo "usage: [FERRUM_IRONIC_*=...] start-ironic.sh STATE_DIR   (see scripts/ironic/README.md)" >&2
}
case "${1:-}" in
  -h | --help) usage; exit 0 ;;
  "") usage; exit 2 ;;
esac
[ $# -eq 1 ] || { usage; exit 2; }

# ------------------------------------------------------------------ settings --
port_req="${FERRUM_IRONIC_PORT:-0}"
auth="${FERRUM_IRONIC_AUTH:-noauth}"
user="${FERRUM_IRONIC_USER:-}"
extra_conf="${FERRUM_IRONIC_EXTRA_CONF:-}"
ready_timeout="${FERRUM_IRONIC_READY_TIMEOUT:-60}"
install_mode="${FERRUM_IRONIC_INSTALL:-auto}"
debug="${FERRUM_IRONIC_DEBUG:-0}"

if ! [[ "$port_req" =~ ^[0-9]+$ ]] || [ "$port_req" -gt 65535 ]; then
  fi_die 2 "FERRUM_IRONIC_PORT must be a TCP port number, or 0/empty for a free one"
fi
[[ "$ready_timeout" =~ ^[1-9][0-9]*$ ]] || fi_die 2 "FERRUM_IRONIC_READY_TIMEOUT must be whole seconds"
case "$install_mode" in auto | never) ;; *) fi_die 2 "FERRUM_IRONIC_INSTALL must be auto or never" ;; esac
case "$debug" in 0 | 1) ;; *) fi_die 2 "FERRUM_IRONIC_DEBUG must be 0 or 1" ;; esac
case "$auth" in
  noauth | none) auth=noauth ;;
  http_basic)
    [ -n "$user" ] || fi_die 2 "FERRUM_IRONIC_AUTH=http_basic needs FERRUM_IRONIC_USER"
    [[ "$user" != *:* ]] || fi_die 2 "FERRUM_IRONIC_USER must not contain ':'"
    [ -n "${FERRUM_IRONIC_PASSWORD:-}" ] || fi_die 2 "FERRUM_IRONIC_AUTH=http_basic needs FERRUM_IRONIC_PASSWORD"
    ;;
  *) fi_die 2 "FERRUM_IRONIC_AUTH must be noauth (or none) or http_basic" ;;
esac
if [ -n "$extra_conf" ]; then
  if [ ! -f "$extra_conf" ] || [ ! -r "$extra_conf" ]; then
    fi_die 2 "FERRUM_IRONIC_EXTRA_CONF=$extra_conf is not a readable file"
  fi
  extra_conf="$(cd "$(dirname "$extra_conf")" && pwd)/$(basename "$extra_conf")"
fi

mkdir -p "$1" || fi_die 2 "cannot create state directory $1"
state="$(cd "$1" && pwd)"
conf="$state/ironic.conf"
pidfile="$state/ironic.pid"
fi_lock "$state" $((ready_timeout + 60))

# Everything that, when changed, needs a restart. The password is not part of it: readiness is
# probed with the requested credentials, so a running instance with another password fails it.
extra_sum=none
[ -z "$extra_conf" ] || extra_sum="$extra_conf:$(sha256sum <"$extra_conf" | cut -c1-16)"
settings="auth=$auth user=$user port=$port_req extra=$extra_sum debug=$debug"

curl_auth=()
if [ "$auth" = http_basic ]; then
  # Credentials go to curl through a config file on its stdin, never on a command line.
  curl_auth=(-K -)
fi
curl_cfg() {
  if [ "$auth" = http_basic ]; then
    # curl config syntax: inside double quotes, backslash and double quote are escaped
    local creds="${FERRUM_IRONIC_USER:?}:${FERRUM_IRONIC_PASSWORD:?}"
    creds=${creds//\\/\\\\}
    printf 'user = "%s"\n' "${creds//\"/\\\"}"
  fi
}

# ready URL: GET / answers, and GET /v1/drivers (authenticated) lists fake-hardware, which
# means the conductor has registered.
ready() {
  local out
  curl -fsS -m 3 -o /dev/null "$1/" 2>/dev/null || return 1
  out=$(curl_cfg | curl -fsS -m 5 "${curl_auth[@]}" "$1/v1/drivers" 2>/dev/null) || return 1
  [[ "$out" == *'"fake-hardware"'* ]]
}

port_busy() { (exec 3<>"/dev/tcp/$FI_HOST/$1") 2>/dev/null; }

free_port() { # ask the kernel for an ephemeral port on loopback, then release it
  "$FI_PY" -c 'import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
s.close()'
}

# -------------------------------------------------------- already running? --
if [ -e "$pidfile" ]; then
  pid=$(cat "$pidfile" 2>/dev/null || true)
  url=$(cat "$state/url" 2>/dev/null || true)
  if fi_is_ours "$pid" "$conf" && [ -n "$url" ] &&
    [ "$(cat "$state/settings" 2>/dev/null || true)" = "$settings" ] && ready "$url"; then
    fi_log "already running: pid $pid, $url (state $state)"
    echo "$url"
    exit 0
  fi
  fi_log "the instance recorded in $state is stale or has other settings: stopping it"
  fi_stop "$state" 20 || fi_die 1 "could not stop the previous instance in $state"
fi
rm -f "$state/settings" "$state/url"

if [ "$port_req" != 0 ] && port_busy "$port_req"; then
  fi_die 4 "port $FI_HOST:$port_req is already in use"
fi

# ------------------------------------------------------------------ install --
if [ ! -x "$FI_BIN" ] || [ ! -x "$FI_DBSYNC" ] ||
  { [ "$auth" = http_basic ] && ! "$FI_PY" -c 'import bcrypt' 2>/dev/null; }; then
  [ "$install_mode" = auto ] ||
    fi_die 3 "Ironic is not installed (need Debian packages ironic-common and python3-bcrypt; FERRUM_IRONIC_INSTALL=never)"
  t0=$SECONDS
  rc=0
  "$here/../ci/apt-install.sh" ironic-common python3-bcrypt || rc=$?
  [ "$rc" = 0 ] || fi_die 3 "could not install ironic-common and python3-bcrypt (apt-install exit $rc)"
  fi_log "installed Ironic in $((SECONDS - t0))s"
fi

# ------------------------------------------------------------------- config --
mkdir -p "$state/log" "$state/lock"
write_conf() { # write_conf PORT
  local debug_flag=False
  [ "$debug" = 0 ] || debug_flag=True
  cat >"$conf" <<CONF
# Written by Ferrum's scripts/ironic/start-ironic.sh; rewritten on every start.
[DEFAULT]
host = $FI_HOST
auth_strategy = $auth
http_basic_auth_user_file = $state/htpasswd
rpc_transport = none
state_path = $state
debug = $debug_flag
use_stderr = False
log_dir = $state/log
enabled_hardware_types = fake-hardware
enabled_bios_interfaces = fake,no-bios
enabled_boot_interfaces = fake
enabled_console_interfaces = fake,no-console
enabled_deploy_interfaces = fake
enabled_inspect_interfaces = fake,no-inspect
enabled_management_interfaces = fake
enabled_network_interfaces = noop
enabled_power_interfaces = fake
enabled_raid_interfaces = fake,no-raid
enabled_rescue_interfaces = fake,no-rescue
enabled_storage_interfaces = noop,fake
enabled_vendor_interfaces = fake,no-vendor
default_bios_interface = fake
default_boot_interface = fake
default_console_interface = fake
default_deploy_interface = fake
default_inspect_interface = fake
default_management_interface = fake
default_network_interface = noop
default_power_interface = fake
default_raid_interface = fake
default_rescue_interface = fake
default_storage_interface = noop
default_vendor_interface = fake
default_resource_class = baremetal
# a deploy probes an http image_source once unless instance_info.image_type is set
webserver_connection_timeout = 5

[api]
host_ip = $FI_HOST
port = $1
api_workers = 1
max_limit = 1000

[conductor]
automated_clean = False
sync_power_state_interval = 60
heartbeat_interval = 10

[database]
connection = sqlite:///$state/ironic.sqlite

[dhcp]
dhcp_provider = none

[nova]
# no Nova here: do not try to send power notifications (would need Keystone)
send_power_notifications = False

[oslo_concurrency]
lock_path = $state/lock
CONF
}

if [ "$auth" = http_basic ]; then
  # Ironic's http_basic accepts only bcrypt hashes. The password reaches python via the
  # environment, never a command line; the file is private to the owner.
  umask_saved=$(umask)
  umask 077
  hash=$(FI_PW="$FERRUM_IRONIC_PASSWORD" "$FI_PY" -c 'import bcrypt, os
print(bcrypt.hashpw(os.environ["FI_PW"].encode(), bcrypt.gensalt(rounds=6)).decode())') ||
    fi_die 1 "could not hash the password with $FI_PY (python3-bcrypt)"
  printf '%s:%s\n' "$user" "$hash" >"$state/htpasswd"
  umask "$umask_saved"
fi

conf_args=(--config-file "$conf")
[ -z "$extra_conf" ] || conf_args+=(--config-file "$extra_conf")

# -------------------------------------------------------------------- start --
start_once() { # start_once PORT -> 0 ready, 1 failed, 10 failed because the port got taken
  local port="$1" url="http://$FI_HOST:$1" deadline t0 i=0
  write_conf "$port"
  t0=$(date +%s%N)
  if [ -s "$state/ironic.sqlite" ]; then
    "$FI_DBSYNC" "${conf_args[@]}" upgrade >"$state/log/dbsync.log" 2>&1 ||
      { tail -n 20 "$state/log/dbsync.log" >&2; fi_die 1 "ironic-dbsync upgrade failed"; }
  else
    "$FI_DBSYNC" "${conf_args[@]}" create_schema >"$state/log/dbsync.log" 2>&1 ||
      { tail -n 20 "$state/log/dbsync.log" >&2; fi_die 1 "ironic-dbsync create_schema failed"; }
  fi
  : >"$state/log/ironic.log"
  rm -f "$pidfile"
  # A new session so the caller's process group signals do not reach it; the shell writes its
  # own PID and then execs ironic, so the recorded PID is exactly the ironic process.
  # shellcheck disable=SC2016 # $$, $0 and $@ belong to the inner sh
  setsid /bin/sh -c 'echo $$ >"$0"; exec "$@"' "$pidfile" \
    "$FI_BIN" "${conf_args[@]}" --log-file "$state/log/ironic.log" \
    </dev/null >"$state/log/ironic.stdout" 2>&1 9>&- &
  while [ ! -s "$pidfile" ] && [ $i -lt 100 ]; do
    sleep 0.05
    i=$((i + 1))
  done
  [ -s "$pidfile" ] || fi_die 1 "ironic did not start (no pid recorded)"
  deadline=$((SECONDS + ready_timeout))
  until ready "$url"; do
    if ! fi_is_ours "$(cat "$pidfile")" "$conf"; then
      rm -f "$pidfile"
      if grep -qs 'Address already in use' "$state/log/ironic.log" "$state/log/ironic.stdout"; then
        return 10
      fi
      tail -n 30 "$state/log/ironic.log" "$state/log/ironic.stdout" >&2 || true
      fi_log "ironic exited during start-up (logs in $state/log)"
      return 1
    fi
    if [ "$SECONDS" -ge "$deadline" ]; then
      tail -n 30 "$state/log/ironic.log" >&2 || true
      fi_stop "$state" 10 || true
      fi_log "not ready after ${ready_timeout}s (logs in $state/log)"
      return 1
    fi
    sleep 0.2
  done
  fi_log "ready in $((($(date +%s%N) - t0) / 1000000)) ms: pid $(cat "$pidfile"), auth $auth, state $state"
  echo "$url" >"$state/url"
  echo "$settings" >"$state/settings"
  return 0
}

attempt=1
while :; do
  port="$port_req"
  [ "$port" != 0 ] || port=$(free_port)
  rc=0
  start_once "$port" || rc=$?
  [ "$rc" = 0 ] && break
  if [ "$rc" = 10 ] && [ "$port_req" = 0 ] && [ $attempt -lt 3 ]; then
    fi_log "port $port was taken before ironic bound it: trying another"
    attempt=$((attempt + 1))
    continue
  fi
  [ "$rc" = 10 ] && fi_die 4 "port $FI_HOST:$port is already in use"
  exit 1
done
cat "$state/url"
