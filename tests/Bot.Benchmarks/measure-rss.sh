#!/usr/bin/env bash
# Resident memory of the published server after warm-up, semantic on and off: a documented load run on loopback.
# Usage: bash tests/Bot.Benchmarks/measure-rss.sh   (needs curl; about a minute)
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$PWD
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet publish src/Bot.Host -c Release -o "$work/app" >/dev/null
mapfile -t questions < <(python3 -c 'import json,sys,urllib.parse
for l in open(sys.argv[1]): print(urllib.parse.quote(json.loads(l)["question"]))' "$repo/../shared/eval/dev-questions.jsonl")

for semantic in true false; do
  # The index is built beforehand, as the container image does, so the server only loads it.
  Search__Semantic=$semantic dotnet "$work/app/Bot.Host.dll" index --seeds "$repo/seeds" --index "$work/index-$semantic" >/dev/null
  # Below the ephemeral range (32768+ on Linux), so an outgoing connection never holds the port first.
  port=$((15000 + RANDOM % 15000))
  Search__Semantic=$semantic RateLimit__QuestionsPerWindow=10000 Logging__LogLevel__Default=Warning \
    env ${EXTRA_ENV:-} dotnet "$work/app/Bot.Host.dll" serve --urls "http://127.0.0.1:$port" \
      --Articles:Path "$repo/seeds" --Articles:IndexPath "$work/index-$semantic" --Pins:Path "$work/pins-$semantic.db" &
  pid=$!
  for _ in $(seq 1 300); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/readyz")" = 200 ] && break
    sleep 0.2
  done
  # Warm-up: every dev question five times.
  for _ in 1 2 3 4 5; do
    for q in "${questions[@]}"; do curl -s -o /dev/null "http://127.0.0.1:$port/api/ask?q=$q"; done
  done
  rss=$(awk '/VmRSS/ { print $2 }' "/proc/$pid/status")
  hwm=$(awk '/VmHWM/ { print $2 }' "/proc/$pid/status")
  if [ -n "${VERBOSE:-}" ]; then grep -E "^(Rss|Anonymous|Private_Clean|Shared_Clean)" "/proc/$pid/smaps_rollup"; fi
  echo "semantic $semantic: resident $((rss / 1024)) MB after ${#questions[@]}x5 questions (peak $((hwm / 1024)) MB)"
  kill "$pid"; wait "$pid" 2>/dev/null || true
done
