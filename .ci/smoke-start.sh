#!/usr/bin/env bash
# Smoke of `pnpm start` as a newcomer runs it: the stack becomes ready (/readyz), the printed demo
# key creates a session, a screening of a listed name hits, and Ctrl-C (SIGINT to the process
# group) stops everything cleanly, exit 0, within 30 s.
set -euo pipefail
log=$(mktemp)
data=$(mktemp -d)
export FINLET_DATA_DIR="$data"
setsid pnpm start >"$log" 2>&1 &
pid=$!
cleanup() { kill -KILL -- "-$pid" 2>/dev/null || true; rm -rf "$data" "$log"; }
trap cleanup EXIT
fail() { echo "smoke: $*"; echo '--- pnpm start printed:'; cat "$log"; exit 1; }

api=http://localhost:8080
for _ in $(seq 1 180); do
  curl -fsS "$api/readyz" >/dev/null 2>&1 && grep -q 'Its test key' "$log" && break
  kill -0 "$pid" 2>/dev/null || fail "pnpm start exited before it was ready"
  sleep 1
done
curl -fsS "$api/readyz" >/dev/null || fail "/readyz never answered"
key=$(sed -n 's/^ *Its test key *\(sk_test_[A-Za-z0-9_]*\).*/\1/p' "$log" | head -1)
[[ -n "$key" ]] || fail "no test key printed"

session=$(curl -fsS -X POST "$api/v1/sessions" -H "Authorization: Bearer $key" \
  -H 'Content-Type: application/json' -H "Idempotency-Key: smoke-$(date +%s)" \
  -d '{"flows":["payment"],"customer":{"reference":"smoke"},"payment":{"amount":1299,"currency":"EUR","description":"Smoke mug"},"allowed_origins":["http://localhost:3000"]}') \
  || fail "session create failed"
grep -q '"id":"ses_' <<<"$session" || fail "no session id in $session"

# A name on the OFAC SDN list in data/ (ent_num 6330): proves the repository's lists are loaded.
screening=$(curl -fsS -X POST "$api/v1/screenings" -H "Authorization: Bearer $key" \
  -H 'Content-Type: application/json' -d '{"name":"Julio Cesar Nasser David"}') || fail "screening failed"
grep -q '"entry_id":"6330"' <<<"$screening" || fail "the listed name did not hit: $screening"

kill -INT -- "-$pid"
for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
kill -0 "$pid" 2>/dev/null && fail "still running 30 s after Ctrl-C"
wait "$pid" && code=0 || code=$?
[[ $code == 0 ]] || fail "pnpm start exited $code after Ctrl-C"
if pgrep -g "$pid" >/dev/null; then fail "processes left behind after Ctrl-C: $(pgrep -a -g "$pid")"; fi
echo "smoke: pnpm start ready, session $(sed -n 's/.*"id":"\(ses_[A-Za-z0-9]*\)".*/\1/p' <<<"$session"), screening hit OFAC 6330, Ctrl-C exit 0"
