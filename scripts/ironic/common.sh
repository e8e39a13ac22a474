# shellcheck shell=bash
# Sourced by start-ironic.sh and stop-ironic.sh (not a command). Shared facts and the
# stop-by-recorded-PID logic, so that start can clean up a stale instance without re-entering
# the state directory lock that it already holds.

# These are read by the scripts that source this file.
# shellcheck disable=SC2034
FI_HOST=127.0.0.1
# Debian's interpreter: a python3 earlier on PATH (pyenv, venv) would not see the Debian modules.
# shellcheck disable=SC2034
FI_PY=/usr/bin/python3
FI_BIN=/usr/bin/ironic
# shellcheck disable=SC2034
FI_DBSYNC=/usr/bin/ironic-dbsync

fi_log() { printf '[%s] %s\n' "${FI_NAME:-ironic}" "$*" >&2; }
fi_die() { # fi_die EXIT_CODE MESSAGE
  local code="$1"
  shift
  fi_log "ERROR: $*"
  exit "$code"
}

# fi_lock STATE_DIR TIMEOUT: serialise start/stop on one state directory (fd 9 stays open).
fi_lock() {
  exec 9>"$1/.lock"
  flock -w "$2" 9 || fi_die 1 "another start/stop holds $1/.lock for more than $2s"
}

# fi_is_ours PID CONF: PID is alive and is an ironic process started with --config-file CONF.
# A zombie has an empty cmdline and does not count.
fi_is_ours() {
  local cmd
  [[ "$1" =~ ^[0-9]+$ ]] || return 1
  cmd=$(tr '\0' ' ' <"/proc/$1/cmdline" 2>/dev/null) || return 1
  [[ "$cmd" == *"$FI_BIN "* && "$cmd" == *"--config-file $2 "* ]]
}

# fi_descendants PID: every descendant PID (children first level, then theirs), from /proc.
fi_descendants() {
  local parent="$1" stat line rest kid
  for stat in /proc/[0-9]*/stat; do
    line=$(cat "$stat" 2>/dev/null) || continue
    rest=${line##*) }   # after "pid (comm) ": "state ppid ..."
    rest=${rest#* }     # "ppid ..."
    if [ "${rest%% *}" = "$parent" ]; then
      kid=${stat#/proc/}
      kid=${kid%/stat}
      echo "$kid"
      fi_descendants "$kid"
    fi
  done
}

# fi_stop STATE_DIR TIMEOUT: stop the process recorded in STATE_DIR/ironic.pid (and any of its
# descendants that are the same program with the same config), only after checking its cmdline.
# SIGTERM, then SIGKILL after TIMEOUT seconds. Removes the pid, url and settings files; keeps config, DB
# and logs. Returns 0 when nothing of ours is left running, 1 otherwise.
fi_stop() {
  local dir="$1" timeout="$2" conf pidfile pid targets=() alive=() p deadline
  conf="$dir/ironic.conf"
  pidfile="$dir/ironic.pid"
  if [ ! -e "$pidfile" ]; then
    fi_log "nothing recorded in $dir"
    rm -f "$dir/url" "$dir/settings"
    return 0
  fi
  pid=$(cat "$pidfile" 2>/dev/null || true)
  if ! fi_is_ours "$pid" "$conf"; then
    fi_log "recorded pid '$pid' is not running (or is not this Ironic): nothing to stop"
    rm -f "$pidfile" "$dir/url" "$dir/settings"
    return 0
  fi
  for p in $(fi_descendants "$pid"); do
    fi_is_ours "$p" "$conf" && targets+=("$p")
  done
  targets+=("$pid")
  fi_log "SIGTERM ironic pid $pid${targets[1]:+ (and ${#targets[@]} processes in all)}"
  kill -TERM "$pid" 2>/dev/null || true
  deadline=$((SECONDS + timeout))
  while :; do
    alive=()
    for p in "${targets[@]}"; do
      if fi_is_ours "$p" "$conf"; then alive+=("$p"); fi
    done
    [ ${#alive[@]} -gt 0 ] || break
    if [ "$SECONDS" -ge "$deadline" ]; then
      fi_log "still running after ${timeout}s: SIGKILL ${alive[*]}"
      kill -KILL "${alive[@]}" 2>/dev/null || true
      sleep 0.5
      for p in "${alive[@]}"; do
        if fi_is_ours "$p" "$conf"; then
          fi_log "ERROR: pid $p survived SIGKILL"
          return 1
        fi
      done
      break
    fi
    sleep 0.2
  done
  rm -f "$pidfile" "$dir/url" "$dir/settings"
  fi_log "stopped"
  return 0
}
