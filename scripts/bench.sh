#!/usr/bin/env bash
# Load test on loopback with wrk: starts build/lapis on a temporary data
# directory, submits one request to track, and measures the main public pages.
# The machine is shared and noisy: compare the rows of one run with each other,
# not across runs. Usage: scripts/bench.sh [seconds per path] [connections]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-5}
connections=${2:-32}
port=${LAPIS_BENCH_PORT:-18090}
data=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$data"' EXIT

# The public rate limits would answer most of the load with 429: off here.
./build/lapis serve --data "$data" --listen "127.0.0.1:$port" --submit-per-minute 0 \
    --track-per-minute 0 >"$data/out.log" 2>"$data/err.log" &
server=$!
for _ in $(seq 50); do
    curl -fs -o /dev/null "http://127.0.0.1:$port/" && break
    sleep 0.1
done

receipt=$(curl -fs -X POST "http://127.0.0.1:$port/api/v1/requests" \
    -H 'Content-Type: application/json' \
    -d '{"service":"literasi-keamanan-informasi","fields":{"jenis_pemohon":"masyarakat","lembaga":"Komunitas","nama":"Sukarni","email":"sukarni@example.com","telepon":"081234567890","jenis_kegiatan":"seminar","topik":"Keamanan akun","tanggal":"2027-01-20","tempat":"Aula","jumlah_peserta":"40","jenis_peserta":"Warga"}}')
number=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["number"])' "$receipt")
code=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["tracking_code"])' "$receipt")

printf '%-44s %12s %12s\n' path requests/s "p99 latency"
for path in / /layanan/pelaporan-insiden "/layanan/sertifikat-elektronik/ajukan?jenis=penerbitan" \
    /api/v1/services "/lacak/$number?kode=$code" "/api/v1/requests/$number?code=$code" \
    /aset/css/lapis.css; do
    out=$(wrk -t1 -c"$connections" -d"${seconds}s" --latency "http://127.0.0.1:$port$path")
    rate=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
    p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
    label=${path//$code/CODE}
    printf '%-44s %12s %12s\n' "$label" "$rate" "$p99"
done
printf 'server RSS after the run: %s kB\n' "$(awk '/VmRSS/ {print $2}' /proc/$server/status)"
