#!/usr/bin/env bash
# Builds the packaged server, starts it on a fresh H2 file database in a temporary directory and
# drives it with wrk on 127.0.0.1, then prints one table. Bounded in time; cleans up after itself.
#
#   benchmarks/run.sh                 # the full run, about 5 minutes on 2 cores
#   SMOKE=1 benchmarks/run.sh         # 2-second cases and small seeds: proves it works
#
# Other knobs (environment): SKIP_BUILD=1 (use the jars already built), DURATION (seconds per wrk
# case), WARMUP (seconds), CONNECTIONS, PRODUCTS, TOKENS, BIG_PRODUCTS (the large organization),
# LIST_DURATION (seconds per sequential list case), STARTS (restarts timed), SOAK_DURATION (seconds
# of the 200-connection run at -Xmx128m), ROUNDS (interleaved rounds of the 32-connection cases,
# each figure the median of its rounds), JAVA.
# It loads both cores and builds: in a shared tree run it as `flock /tmp/synq-build.lock $0`.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ ${SMOKE:-0} == 1 ]]; then
  defaults=(2 1 1000 5000 20000 1 1 2 1)
else
  defaults=(10 15 10000 150000 1000000 3 3 60 3)
fi
DURATION=${DURATION:-${defaults[0]}}
WARMUP=${WARMUP:-${defaults[1]}}
PRODUCTS=${PRODUCTS:-${defaults[2]}}
TOKENS=${TOKENS:-${defaults[3]}}
BIG_PRODUCTS=${BIG_PRODUCTS:-${defaults[4]}}
LIST_DURATION=${LIST_DURATION:-${defaults[5]}}
STARTS=${STARTS:-${defaults[6]}}
SOAK_DURATION=${SOAK_DURATION:-${defaults[7]}}
ROUNDS=${ROUNDS:-${defaults[8]}}
CONNECTIONS=${CONNECTIONS:-32}
SMALL_PRODUCTS=1000
JAVA=${JAVA:-java}
TENANT=bench

log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

# --- build and tools -----------------------------------------------------------------------------
if [[ ${SKIP_BUILD:-0} != 1 ]]; then
  log "building the packaged jar (./mvnw -q -B package -DskipTests)"
  ./mvnw -q -B package -DskipTests
fi
SERVER_JAR=bootstrap/target/synq-server.jar
CDS_ARCHIVE=bootstrap/target/synq-server.jsa
FIXTURES_JAR=$(ls benchmarks/target/synq-benchmarks-*.jar 2>/dev/null | head -n 1 || true)
if [[ ! -f $SERVER_JAR || -z $FIXTURES_JAR ]]; then
  echo "run.sh: $SERVER_JAR or benchmarks/target/synq-benchmarks-*.jar missing; build first" >&2
  exit 1
fi
if ! command -v wrk >/dev/null; then
  log "installing wrk (Debian package)"
  apt-get install -y -q wrk >/dev/null 2>&1 || { apt-get update -q >/dev/null && apt-get install -y -q wrk >/dev/null; }
fi

# --- a fresh database, a free loopback port, and cleanup -------------------------------------------
WORK=$(mktemp -d "${TMPDIR:-/tmp}/synq-bench.XXXXXX")
SERVER_PID=

stop_server() {
  if [[ -n $SERVER_PID ]]; then
    kill "$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 1 100); do
      kill -0 "$SERVER_PID" 2>/dev/null || break
      sleep 0.1
    done
    kill -9 "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
    SERVER_PID=
  fi
}
cleanup() {
  stop_server
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() {
  local port
  for _ in $(seq 1 100); do
    port=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return
    fi
  done
  echo "run.sh: no free port on 127.0.0.1" >&2
  return 1
}

PORT=$(free_port)
BASE=http://127.0.0.1:$PORT
export SYNQ_HTTP_HOST=127.0.0.1
export SYNQ_HTTP_PORT=$PORT
export SYNQ_PUBLIC_URL=$BASE
export SYNQ_DB_URL="jdbc:h2:file:$WORK/db/synq;AUTO_SERVER=TRUE"
export SYNQ_LOG_LEVEL=WARN
export SYNQ_MANAGEMENT_PORT=-1
# The sign-in flood comes from many client addresses, as X-Forwarded-For from loopback says.
export SYNQ_TRUSTED_PROXIES=127.0.0.1

fixtures() { "$JAVA" -cp "$SERVER_JAR:$FIXTURES_JAR" io.synq.benchmarks.Fixtures "$@" 2>>"$WORK/fixtures.log"; }

# --- data: products by SQL, tokens from the embedded issuer ----------------------------------------
log "seeding $PRODUCTS, $SMALL_PRODUCTS and $BIG_PRODUCTS products by SQL in $WORK"
seed_start=$SECONDS
mapfile -t main < <(fixtures products "$TENANT" main "$PRODUCTS" $((PRODUCTS / 2)))
mapfile -t small < <(fixtures products "$TENANT" small "$SMALL_PRODUCTS" $((SMALL_PRODUCTS * 9 / 10)))
mapfile -t big < <(fixtures products "$TENANT" big "$BIG_PRODUCTS" $((BIG_PRODUCTS * 9 / 10)))
if [[ ${#main[@]} != 3 || ${#small[@]} != 3 || ${#big[@]} != 3 ]]; then
  echo "run.sh: seeding failed; see below" >&2
  tail -n 20 "$WORK/fixtures.log" >&2
  exit 1
fi
log "seeded in $((SECONDS - seed_start)) s; minting $TOKENS distinct tokens"
PRODUCT_ID=${main[0]}
TOKEN=${main[2]}
fixtures tokens "$TENANT" main viewer "$TOKENS" >"$WORK/tokens.txt"
if [[ $(wc -l <"$WORK/tokens.txt") != "$TOKENS" ]]; then
  echo "run.sh: minting tokens failed" >&2
  tail -n 20 "$WORK/fixtures.log" >&2
  exit 1
fi

# --- the server -----------------------------------------------------------------------------------
start_server() {
  "$JAVA" "$@" -jar "$SERVER_JAR" >>"$WORK/server.log" 2>&1 &
  SERVER_PID=$!
}
status_of() { curl -s -o /dev/null --max-time 5 -w '%{http_code}' "$@" || true; }
# Polls until the URL answers 200 (with the token), at most 60 s; sets WAITED_MS since $2 (ns).
WAITED_MS=
await_200() {
  local url=$1 started=$2 deadline=$((SECONDS + 60))
  until [[ $(status_of -H "Authorization: Bearer $TOKEN" "$url") == 200 ]]; do
    if ((SECONDS > deadline)) || ! kill -0 "$SERVER_PID" 2>/dev/null; then
      echo "run.sh: no 200 from $url; the server log ends:" >&2
      tail -n 20 "$WORK/server.log" >&2
      exit 1
    fi
    sleep 0.01
  done
  WAITED_MS=$((($(date +%s%N) - started) / 1000000))
}

# --- wrk and the table ----------------------------------------------------------------------------
ROWS=()
ms() { # a wrk latency (512.00us, 2.10ms, 1.00s) in milliseconds
  awk -v v="$1" 'BEGIN {
    n = v + 0; u = v; sub(/^[0-9.]+/, "", u)
    f = (u == "us") ? 0.001 : (u == "ms") ? 1 : (u == "s") ? 1000 : (u == "m") ? 60000 : 0
    printf "%.2f", n * f }'
}
# run_case NAME CONNECTIONS SECONDS PATH [wrk options...]: one row of the table.
run_case() {
  local name=$1 connections=$2 seconds=$3 path=$4
  shift 4
  local out
  out=$(timeout $((seconds + 30)) wrk -t1 -c"$connections" -d"${seconds}s" --timeout 10s --latency "$@" \
    "$BASE$path")
  printf '== %s\n%s\n' "$name" "$out" >>"$WORK/wrk.log"
  local rps p50 p99 requests non2xx socket
  rps=$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  requests=$(awk '/requests in/ {print $1}' <<<"$out")
  non2xx=$(awk '/Non-2xx or 3xx responses:/ {print $NF}' <<<"$out")
  socket=$(awk '/Socket errors:/ {gsub(",", ""); print $4 + $6 + $8 + $10}' <<<"$out")
  ROWS+=("$name|$connections|$rps|$(ms "$p50")|$(ms "$p99")|$((${non2xx:-0} + ${socket:-0}))|$requests")
  log "$name: $rps req/s"
}
warm_up() { timeout $((WARMUP + 30)) wrk -t1 -c"$CONNECTIONS" -d"${WARMUP}s" "$@" >/dev/null; }

BY_ID=/api/v1/products/$PRODUCT_ID
LIST=/api/v1/products?limit=20

log "starting the server on $BASE"
start_server
await_200 "$BASE$BY_ID" "$(date +%s%N)"
warm_up "$BASE/health/live"
warm_up -H "Authorization: Bearer $TOKEN" "$BASE$BY_ID"
warm_up -H "Authorization: Bearer $TOKEN" "$BASE$LIST"

# Rounds of the cases in turn, so that a slow minute of a shared machine weighs on all of them
# alike; each round of the never-seen case has tokens of its own.
split -d -n "l/$ROUNDS" "$WORK/tokens.txt" "$WORK/tokens."
export SYNQ_BENCH_PATH=$BY_ID
for round in $(seq 0 $((ROUNDS - 1))); do
  run_case "GET /health/live" "$CONNECTIONS" "$DURATION" /health/live
  run_case "GET by id, one token (cached)" "$CONNECTIONS" "$DURATION" "$BY_ID" \
    -H "Authorization: Bearer $TOKEN"
  SYNQ_BENCH_TOKENS=$(printf '%s/tokens.%02d' "$WORK" "$round") \
    run_case "GET by id, never-seen token" "$CONNECTIONS" "$DURATION" "$BY_ID" \
    -s benchmarks/fresh-tokens.lua
  run_case "GET list, limit=20" "$CONNECTIONS" "$DURATION" "$LIST" -H "Authorization: Bearer $TOKEN"
done

# Overload: the same cached reads alone, then while 64 connections flood sign-in with wrong
# 256-character passwords (each for a new account from a new address, so that only the password-
# hashing bulkhead stands in their way). Each round alone, then flooded, side by side.
FLOOD_STATUSES=()
for round in $(seq 0 $((ROUNDS - 1))); do
  run_case "GET by id, cached, alone" "$CONNECTIONS" "$DURATION" "$BY_ID" \
    -H "Authorization: Bearer $TOKEN"
  timeout $((DURATION + 40)) wrk -t1 -c64 -d"$((DURATION + 3))s" --timeout 10s \
    -s benchmarks/sign-in-flood.lua "$BASE/api/v1/auth/login" >"$WORK/flood.$round.log" &
  flood_pid=$!
  sleep 1 # the flood at full strength before the reads start
  run_case "GET by id, cached, sign-in flood" "$CONNECTIONS" "$DURATION" "$BY_ID" \
    -H "Authorization: Bearer $TOKEN"
  wait "$flood_pid" || true
  cat "$WORK/flood.$round.log" >>"$WORK/wrk.log"
  FLOOD_STATUSES+=("round $((round + 1)): $(awk '/^status / {printf "%s %s ", $2, $3}' "$WORK/flood.$round.log")")
done

run_case "GET /health/live" 1 "$LIST_DURATION" /health/live
FIRST_READS=()
for org in small big; do
  declare -n seeded=$org
  count=$SMALL_PRODUCTS
  [[ $org == big ]] && count=$BIG_PRODUCTS
  # The first read of an organization just seeded pays H2's start on it: shown apart, not averaged.
  for url in "$LIST" "$LIST&cursor=${seeded[1]}"; do
    FIRST_READS+=("$org ($count) $([[ $url == *cursor* ]] && echo "page at 90%" || echo "first page"): $(curl -s -o /dev/null --max-time 60 \
      -w '%{http_code} in %{time_total} s' -H "Authorization: Bearer ${seeded[2]}" "$BASE$url")")
  done
  run_case "list of $count, first page" 1 "$LIST_DURATION" "$LIST" \
    -H "Authorization: Bearer ${seeded[2]}"
  run_case "list of $count, page at 90%" 1 "$LIST_DURATION" "$LIST&cursor=${seeded[1]}" \
    -H "Authorization: Bearer ${seeded[2]}"
  unset -n seeded
done

stop_server
# Start-up, from java -jar to the first authenticated 200, on the database that now exists: with the
# class-data sharing archive the build made (README, Performance), and without it.
# The median of the numbers on stdin, one a line.
median() { sort -g | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }
STARTUPS=()
STARTUPS_NO_CDS=()
for _ in $(seq 1 "$STARTS"); do
  started=$(date +%s%N)
  start_server -XX:SharedArchiveFile="$CDS_ARCHIVE"
  await_200 "$BASE$BY_ID" "$started"
  STARTUPS+=("$WAITED_MS")
  stop_server
  started=$(date +%s%N)
  start_server
  await_200 "$BASE$BY_ID" "$started"
  STARTUPS_NO_CDS+=("$WAITED_MS")
  stop_server
done
log "java -jar to first authenticated 200 (ms), with the archive: ${STARTUPS[*]}; without: ${STARTUPS_NO_CDS[*]}"

log "restarting the server with -Xmx128m"
start_server -Xmx128m
await_200 "$BASE$BY_ID" "$(date +%s%N)"
# The same warm-up as the first server had, so that the JIT is as far along in both.
warm_up "$BASE/health/live"
warm_up -H "Authorization: Bearer $TOKEN" "$BASE$BY_ID"
warm_up -H "Authorization: Bearer $TOKEN" "$BASE$LIST"
for _ in $(seq 1 "$ROUNDS"); do
  run_case "GET /health/live, -Xmx128m" "$CONNECTIONS" "$DURATION" /health/live
  run_case "GET by id, cached, -Xmx128m" "$CONNECTIONS" "$DURATION" "$BY_ID" \
    -H "Authorization: Bearer $TOKEN"
done
run_case "the same, 200 connections, -Xmx128m" 200 "$SOAK_DURATION" "$BY_ID" \
  -H "Authorization: Bearer $TOKEN"
stop_server

# --- the table ------------------------------------------------------------------------------------
echo
echo "Synq benchmarks, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $("$JAVA" -version 2>&1 | head -n 1)"
echo "wrk -t1, ${DURATION}s per case at $CONNECTIONS connections (the median of $ROUNDS interleaved rounds), ${LIST_DURATION}s per sequential (1 connection) case;"
echo "$PRODUCTS products in the organization read; ratio: req/s over GET /health/live at the same connections"
echo
# One row per case: the medians of its rounds' req/s, p50 and p99, the errors of all its rounds,
# and the requests of its busiest round (which the never-seen case compares with its tokens).
AGGREGATED=()
while IFS= read -r key; do
  rounds=$(printf '%s\n' "${ROWS[@]}" | awk -F'|' -v key="$key" '$1 "|" $2 == key')
  column() { cut -d'|' -f"$1" <<<"$rounds"; }
  AGGREGATED+=("$key|$(column 3 | median)|$(column 4 | median)|$(column 5 | median)|$(column 6 | awk '{s += $1} END {print s}')|$(column 7 | sort -n | tail -n 1)")
done < <(printf '%s\n' "${ROWS[@]}" | cut -d'|' -f1,2 | awk '!seen[$0]++')
printf '%s\n' "${AGGREGATED[@]}" | awk -F'|' -v tokens="$((TOKENS / ROUNDS))" -v connections="$CONNECTIONS" '
  { name[NR] = $1; conn[NR] = $2; rps[NR] = $3; p50[NR] = $4; p99[NR] = $5; err[NR] = $6; req[NR] = $7
    if ($1 == "GET /health/live") base[$2] = $3
    if ($1 == "GET /health/live, -Xmx128m") small_base = $3 }
  END {
    printf "%-36s %5s %10s %9s %9s %7s %7s\n", "case", "conn", "req/s", "p50 ms", "p99 ms", "errors", "ratio"
    for (i = 1; i <= NR; i++) {
      label = name[i]
      if (label ~ /never-seen/ && req[i] > tokens) label = label " (!)"
      if (req[i] == 0) { printf "%-36s %5d %10s %9s %9s %7d %7s\n", label " (no answer)", conn[i], "n/a", "n/a", "n/a", err[i], "n/a"; continue }
      ratio = (conn[i] in base) ? sprintf("%6.2fx", rps[i] / base[conn[i]]) : "n/a"
      printf "%-36s %5d %10.0f %9.2f %9.2f %7d %7s\n", label, conn[i], rps[i], p50[i], p99[i], err[i], ratio
    }
    for (i = 1; i <= NR; i++) {
      if (name[i] ~ /never-seen/ && req[i] > tokens)
        printf "(!) %d requests for %d tokens: some tokens were seen before; raise TOKENS\n", req[i], tokens
      if (name[i] == "GET by id, one token (cached)") cached = rps[i]
      if (name[i] == "GET by id, cached, -Xmx128m") small_heap = rps[i]
      if (name[i] ~ /^list of .*90%/) { deep[++d] = p50[i]; deepname[d] = name[i] }
    }
    if (cached > 0 && small_heap > 0) {
      printf "\n-Xmx128m / default heap (cached GET by id): %.2f", small_heap / cached
      if (small_base > 0) printf "; each over the /health/live of its own server: %.2f", (small_heap / small_base) / (cached / base[connections])
      printf "\n"
    }
    if (d == 2 && deep[1] > 0) printf "page at 90%%, p50: %s / %s = %.2f\n", deepname[2], deepname[1], deep[2] / deep[1]
    for (i = 1; i <= NR; i++) {
      if (name[i] == "GET by id, cached, alone") alone = p99[i]
      if (name[i] == "GET by id, cached, sign-in flood") flooded = p99[i]
    }
    if (alone > 0) printf "p99 of cached reads during a sign-in flood / alone: %.2f / %.2f ms = %.2fx (the bound is 3x)\n", flooded, alone, flooded / alone
  }'
printf 'sign-in flood statuses (401: hashed and refused; 503: bulkhead full), %s\n' "${FLOOD_STATUSES[@]}"
printf 'first read after seeding, %s\n' "${FIRST_READS[@]}"
echo "java -jar to first authenticated 200, on the existing database, median of ${STARTS}:" \
  "$(printf '%s\n' "${STARTUPS[@]}" | median) ms with -XX:SharedArchiveFile=$CDS_ARCHIVE (${STARTUPS[*]})," \
  "$(printf '%s\n' "${STARTUPS_NO_CDS[@]}" | median) ms without (${STARTUPS_NO_CDS[*]})"
