#!/usr/bin/env bash
# The server under load, measured as an operator would: the program published as the Dockerfile publishes it,
# started in each mode (lexical, then semantic) on a loopback port, the 40 dev questions in rotation against
# /api/ask with wrk. Prints, per mode: start to /readyz, rps in the first 5 s after /readyz (cold), warm rps and
# p50/p99 at 16 connections, rps and p50 at one connection, peak resident memory during the 16-connection runs,
# and PASS/FAIL against the targets (README, "Speed and memory"). Exit code 1 when a target is missed.
#
# Usage: bash tests/Bot.Benchmarks/load.sh [--build]   (about 2 minutes; installs Debian's wrk when missing)
#   --build  measures `dotnet build -c Release` output (what `./bot` and `dotnet run -c Release` serve) instead of the
#            published program; both are ReadyToRun-compiled (Bot.Host.csproj), and the same targets apply.
# Environment: APP (a folder with an already published Bot.Host.dll: skips the publish), WARM_SECONDS (default 15), ONE_SECONDS (default 10), MODES (default "lexical semantic"), EXTRA_ENV
# (extra NAME=value settings for the server, e.g. "Search__BatchWindowMilliseconds=0").
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$PWD
warm_seconds=${WARM_SECONDS:-15}
one_seconds=${ONE_SECONDS:-10}
modes=${MODES:-lexical semantic}
variant=published
[ "${1:-}" = "--build" ] && variant=build

if ! command -v wrk >/dev/null; then
  sudo=; [ "$(id -u)" -ne 0 ] && sudo=sudo
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi

work=$(mktemp -d)
server=
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

if [ -n "${APP:-}" ]; then
  dll=$APP/Bot.Host.dll   # an already published (or built) program, for comparing settings quickly
elif [ "$variant" = published ]; then
  # The Dockerfile's restore and publish lines.
  dotnet restore Bot.sln -v q >/dev/null
  dotnet publish src/Bot.Host -c Release --no-restore -o "$work/app" -v q -nologo >/dev/null
  dll=$work/app/Bot.Host.dll
else
  dotnet build src/Bot.Host -c Release -v q -nologo >/dev/null
  dll=$repo/src/Bot.Host/bin/Release/net10.0/Bot.Host.dll
fi

# The rotation: each wrk thread walks the 40 dev questions from its own starting point.
python3 - "$repo/eval/dev-questions.jsonl" >"$work/rotation.lua" <<'PY'
import json, sys, urllib.parse
paths = [("/api/ask?q=" + urllib.parse.quote(json.loads(l)["question"])) for l in open(sys.argv[1]) if l.strip()]
print("local paths = {" + ",".join(json.dumps(p) for p in paths) + "}")
print("""
local i = 0
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) i = math.random(#paths) end
function request()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
function done(summary, latency, requests)
  local bad = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT %.1f %.3f %.3f %d\\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, bad))
end""")
PY

# run_wrk THREADS CONNECTIONS SECONDS PORT: prints "rps p50_ms p99_ms failed_requests".
run_wrk() {
  wrk -t"$1" -c"$2" -d"$3s" -s "$work/rotation.lua" "http://127.0.0.1:$4" | awk '/^RESULT/ { print $2, $3, $4, $5 }'
}

free_port() {
  # Below the ephemeral range (32768+ on Linux), so an outgoing connection never holds the port first.
  while :; do
    local port=$((15000 + RANDOM % 15000))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
}

now() { date +%s.%N; }
kb_to_mb() { echo $(($1 / 1024)); }
verdict() { if awk "BEGIN { exit !($1) }"; then echo PASS; else echo FAIL; fi; }

report=()
for mode in $modes; do
  semantic=false; [ "$mode" = semantic ] && semantic=true
  # The index (and model file) built beforehand, as the container image does, so the server only loads them.
  Search__Semantic=$semantic dotnet "$dll" index --seeds "$repo/seeds" --index "$work/index-$mode" >/dev/null
  port=$(free_port)
  start=$(now)
  # Every request comes from 127.0.0.1, one user to the rate limit: 10,000 questions a second keeps it out of the way.
  Search__Semantic=$semantic RateLimit__QuestionsPerWindow=10000 RateLimit__WindowSeconds=1 Logging__LogLevel__Default=Warning \
    env ${EXTRA_ENV:-} dotnet "$dll" serve --urls "http://127.0.0.1:$port" \
      --Articles:Path "$repo/seeds" --Articles:IndexPath "$work/index-$mode" --Pins:Path "$work/pins-$mode.db" &
  server=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/readyz")" = 200 ]; do
    kill -0 "$server" 2>/dev/null || { echo "the $mode server exited before it was ready" >&2; exit 1; }
    sleep 0.01
  done
  ready=$(awk "BEGIN { printf \"%.2f\", $(now) - $start }")
  # The peak from here on is the peak under load: loading the model peaks on its own, before it is trimmed.
  start_peak_kb=$(awk '/VmHWM/ { print $2 }' "/proc/$server/status")
  echo 5 >"/proc/$server/clear_refs"

  read -r cold_rps _ _ cold_bad < <(run_wrk 2 16 5 "$port")
  read -r warm_rps warm_p50 warm_p99 warm_bad < <(run_wrk 2 16 "$warm_seconds" "$port")
  # The peak under 16 connections, cold and warm (the one-connection run comes after).
  peak_kb=$(awk '/VmHWM/ { print $2 }' "/proc/$server/status")
  read -r one_rps one_p50 one_p99 one_bad < <(run_wrk 1 1 "$one_seconds" "$port")
  # A clean stop (SIGTERM, as docker stop sends) exits 0.
  kill "$server"; exit_code=0; wait "$server" 2>/dev/null || exit_code=$?; server=

  peak=$(kb_to_mb "$peak_kb")
  cold_ratio=$(awk "BEGIN { printf \"%.2f\", $cold_rps / $warm_rps }")
  ratio=$(awk "BEGIN { printf \"%.2f\", $warm_rps / $one_rps }")
  if [ "$mode" = lexical ]; then ready_max=2; peak_max=130; else ready_max=3; peak_max=260; fi
  report+=("$mode|$ready s|$cold_rps|$warm_rps|$warm_p50 / $warm_p99 ms|$one_rps|$one_p50 ms|$ratio|$cold_ratio|$peak MB|$(kb_to_mb "$start_peak_kb") MB|$((cold_bad + warm_bad + one_bad))|$exit_code")
  report+=("  targets|$(verdict "$ready < $ready_max") < $ready_max s||||||$(
    [ "$mode" = semantic ] && verdict "$ratio >= 2.5" || echo -)|$(
    [ "$mode" = lexical ] && verdict "$cold_ratio >= 0.7" || echo -)|$(verdict "$peak < $peak_max") < $peak_max MB|$(
    verdict "$cold_bad + $warm_bad + $one_bad == 0")|$(verdict "$exit_code == 0")")
done

echo
echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $variant program, load:$(uptime | sed 's/.*load average://'), wrk -t2 -c16 (${warm_seconds} s warm, 5 s cold) and -t1 -c1 (${one_seconds} s)"
{
  echo "mode|ready|cold rps|warm rps (16)|p50 / p99 (16)|rps (1)|p50 (1)|16 ÷ 1|cold ÷ warm|peak RSS (load)|peak RSS (start)|failed|exit"
  printf '%s\n' "${report[@]}"
} | column -t -s '|'
# Any missed target fails the run.
! printf '%s\n' "${report[@]}" | grep -q FAIL
