#!/usr/bin/env bash
# smoke-ironic.sh BASE_URL — walk one fake-hardware node through the whole life cycle on a
# running Ironic (started by start-ironic.sh): create, manage, provide, deploy with a JSON
# configdrive, undeploy, delete. Prints one line per step and "N passed, M failed" on stdout.
# Env: FERRUM_IRONIC_AUTH / FERRUM_IRONIC_USER / FERRUM_IRONIC_PASSWORD as for start-ironic.sh;
#      FERRUM_IRONIC_SMOKE_TIMEOUT seconds to wait for each state (default 30).
# Exit status: 0 all steps passed, 1 a step failed, 2 usage. Cleans up its node on failure.
set -euo pipefail

if [ $# -ne 1 ] || [[ "$1" != http://* ]]; then
  echo "usage: smoke-ironic.sh BASE_URL   (e.g. http://127.0.0.1:6385)" >&2
  exit 2
fi
base="${1%/}"
wait_s="${FERRUM_IRONIC_SMOKE_TIMEOUT:-30}"
py=/usr/bin/python3
auth="${FERRUM_IRONIC_AUTH:-noauth}"
passed=0
failed=0
node=""

curl_cfg() { # credentials reach curl on stdin, never on its command line
  if [ "$auth" = http_basic ]; then
    # curl config syntax: inside double quotes, backslash and double quote are escaped
    local creds="${FERRUM_IRONIC_USER:?}:${FERRUM_IRONIC_PASSWORD:?}"
    creds=${creds//\\/\\\\}
    printf 'user = "%s"\n' "${creds//\"/\\\"}"
  fi
}
# call METHOD PATH [JSON]: sets status and body
call() {
  local out args=(-sS -m 10 -K - -X "$1" -H 'X-OpenStack-Ironic-API-Version: 1.82' -w '\n%{http_code}')
  [ $# -lt 3 ] || args+=(-H 'Content-Type: application/json' --data-binary "$3")
  out=$(curl_cfg | curl "${args[@]}" "$base$2") || out=$'\n000'
  status=${out##*$'\n'}
  body=${out%$'\n'*}
}
json() { # json EXPR: evaluate a python expression on the parsed body (as `d`)
  printf '%s' "$body" | "$py" -c 'import json, sys
d = json.load(sys.stdin)
print(eval(sys.argv[1]))' "$1" 2>/dev/null || echo "?"
}
ok() {
  passed=$((passed + 1))
  echo "ok   $*"
}
bad() {
  failed=$((failed + 1))
  echo "FAIL $*"
}
check() { # check ACTUAL EXPECTED WHAT
  if [ "$1" = "$2" ]; then ok "$3"; else bad "$3: got '$1', expected '$2'"; fi
}
expect() { # expect STATUS WHAT
  if [ "$status" = "$1" ]; then ok "$2 ($status)"; else bad "$2: HTTP $status ${body:0:300}"; fi
}
wait_state() { # wait_state STATE: poll the node until provision_state is STATE (bounded)
  local deadline=$((SECONDS + wait_s)) t0 st="?"
  t0=$(date +%s%N)
  while [ "$SECONDS" -lt "$deadline" ]; do
    call GET "/v1/nodes/$node?fields=provision_state,last_error"
    st=$(json 'd["provision_state"]')
    if [ "$st" = "$1" ]; then
      ok "provision_state $1 after $((($(date +%s%N) - t0) / 1000000)) ms"
      return 0
    fi
    case "$st" in *failed) break ;; esac
    sleep 0.1
  done
  bad "provision_state never became $1 (last $st, last_error $(json 'd.get("last_error")'))"
  return 1
}
provision() { # provision TARGET [EXTRA_JSON_FIELDS]
  call PUT "/v1/nodes/$node/states/provision" "{\"target\":\"$1\"${2:+,$2}}"
  expect 202 "provision target $1"
}
finish() { # on any exit: remove a node left behind, print the summary, set the status
  local rc=$?
  if [ -n "$node" ]; then
    call PUT "/v1/nodes/$node/maintenance" '{"reason":"smoke cleanup"}'
    call DELETE "/v1/nodes/$node"
    echo "cleanup: deleted node $node (HTTP $status)"
  fi
  echo "$passed passed, $failed failed"
  if [ "$rc" != 0 ] || [ "$failed" != 0 ]; then exit 1; fi
}
trap finish EXIT

call GET /
expect 200 "GET /"
call GET /v1/drivers
expect 200 "GET /v1/drivers"
check "$(json '"fake-hardware" in [x["name"] for x in d["drivers"]]')" True "fake-hardware listed"

call POST /v1/nodes "{\"name\":\"ferrum-smoke-$$\",\"driver\":\"fake-hardware\",\"properties\":{\"cpus\":2,\"memory_mb\":2048,\"local_gb\":20,\"cpu_arch\":\"x86_64\"}}"
expect 201 "create node"
node=$(json 'd["uuid"]')
[ "$status" = 201 ] || { node=""; exit 1; }

provision manage
wait_state manageable || exit 1
provision provide
wait_state available || exit 1

instance=$("$py" -c 'import uuid; print(uuid.uuid4())')
call PATCH "/v1/nodes/$node" "[{\"op\":\"add\",\"path\":\"/instance_uuid\",\"value\":\"$instance\"},{\"op\":\"add\",\"path\":\"/instance_info\",\"value\":{\"image_source\":\"http://127.0.0.1:9/ferrum-smoke.qcow2\",\"image_type\":\"whole-disk\",\"root_gb\":10}}]"
expect 200 "set instance_uuid and instance_info"
call GET "/v1/nodes/$node/validate"
expect 200 "validate"
check "$(json 'd["deploy"]["result"]')" True "deploy interface validates"

provision active '"configdrive":{"meta_data":{"uuid":"'"$instance"'","hostname":"ferrum-smoke"},"user_data":"#cloud-config\n","network_data":{"links":[],"networks":[],"services":[]}}'
wait_state active || exit 1
call GET "/v1/nodes/$node?fields=instance_info"
check "$(json 'd["instance_info"].get("configdrive")')" "******" "configdrive stored and masked"

provision deleted
wait_state available || exit 1
call GET "/v1/nodes/$node?fields=instance_uuid"
check "$(json 'd["instance_uuid"]')" None "instance_uuid cleared"

call DELETE "/v1/nodes/$node"
expect 204 "delete node"
[ "$status" != 204 ] || node=""
call GET "/v1/nodes/ferrum-smoke-$$"
expect 404 "node gone"

