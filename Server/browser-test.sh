#!/usr/bin/env bash
# The real-browser test of payer-server's page: builds the server, starts it on a free loopback port on the shipped
# PayerRules, drives the lookup page and the filing checklist in headless Chromium (Debian's `chromium`, installed
# when missing) and prints pages to PDF. Fails when an answer is wrong, a PDF is missing or empty, or Original
# Medicare's contact sheet (the largest) prints on more than one page.
#
#   bash Server/browser-test.sh            # from the repository root, or from anywhere
set -euo pipefail
server_dir="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$server_dir/.." && pwd)"
work="$(mktemp -d)"
server_pid=""
cleanup() {
    if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

sudo_cmd=""
[ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
if ! command -v chromium >/dev/null 2>&1; then
    echo "browser-test: installing Debian's chromium"
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium >/dev/null
fi
if ! pkg-config --exists yaml-0.1 2>/dev/null; then
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq libyaml-dev pkg-config >/dev/null
fi

echo "browser-test: building payer-server"
swift build --package-path "$server_dir" --product payer-server
bin="$(swift build --package-path "$server_dir" --show-bin-path)/payer-server"

port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
base="http://127.0.0.1:$port"
"$bin" --rules "$root/PayerRules" --port "$port" >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 100); do
    curl -fsS "$base/healthz" >/dev/null 2>&1 && break
    kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log"; echo "browser-test: FAIL: the server exited"; exit 1; }
    sleep 0.2
done
curl -fsS "$base/healthz" >/dev/null || { cat "$work/server.log"; echo "browser-test: FAIL: the server did not answer /healthz"; exit 1; }

# Chromium runs as root here, so without its sandbox; --user-data-dir keeps each run's profile in the work folder.
browse() {
    chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-extensions --user-data-dir="$work/profile" "$@" 2>>"$work/chromium.log"
}

failures=0
passed=0
check() {  # check NAME FILE PATTERN: the file must contain the pattern (a fixed string)
    if grep -qF -- "$3" "$2"; then echo "ok - $1"; passed=$((passed + 1)); else echo "not ok - $1 (no '$3' in the page)"; failures=$((failures + 1)); fi
}
refute() {  # refute NAME FILE PATTERN: the file must not contain the pattern
    if grep -qF -- "$3" "$2"; then echo "not ok - $1 ('$3' is in the page)"; failures=$((failures + 1)); else echo "ok - $1"; passed=$((passed + 1)); fi
}

# 1. The form, as a browser sees it: the payers are offered, the date of service defaults to today.
browse --dump-dom "$base/" >"$work/form.html"
check "the form offers the known payers" "$work/form.html" '<option value="medicare-ffs">'
check "the form has a labelled code field" "$work/form.html" '<label for="code">'

# 2. The form submitted (a GET form: the URL a browser builds from the fields), answered on the same page.
browse --dump-dom "$base/?payer=medicare-ffs&code=64490&date=2024-01-01&line_of_business=&state=&setting=hospital-outpatient" >"$work/answer.html"
check "64490 in a hospital outpatient department on 2024-01-01 is REQUIRED" "$work/answer.html" '<p class="verdict verdict-required">REQUIRED</p>'
refute "and not NOT REQUIRED" "$work/answer.html" '>NOT REQUIRED<'
check "the answer says whom to call" "$work/answer.html" 'Whom to call'
check "the answer shows the retro window for a past date" "$work/answer.html" 'Retro-authorization (the date of service is past)'
check "the answer names its source and how fresh it is" "$work/answer.html" 'last verified'

# 3. A wrong payer: the page says so and suggests the right one.
browse --dump-dom "$base/?payer=medicre&code=64490" >"$work/unknown.html"
check "an unknown payer suggests medicare-ffs" "$work/unknown.html" 'href="/?payer=medicare-ffs&amp;code=64490"'

# 4. The checklist of that answer, opened directly: the verdict, the boxes to tick, the approval date filled in.
browse --dump-dom "$base/checklist?payer=medicare-ffs&code=64490&date=2024-01-01&setting=hospital-outpatient&approved_on=2024-01-05" >"$work/checklist.html"
check "the checklist says REQUIRED" "$work/checklist.html" '<p class="verdict verdict-required">REQUIRED</p>'
check "the checklist has labelled boxes to tick" "$work/checklist.html" '<input type="checkbox" id="needs-1"><label for="needs-1">'
check "the checklist asks for Original Medicare's UTN" "$work/checklist.html" 'Reference number (UTN):'
check "the approval date computes the approval's last day" "$work/checklist.html" '2024-05-04 (120 calendar days from the decision)'

# 5. Printed to PDF: the contact sheet of the largest file (Original Medicare) and a checklist must each fit one US
# Letter page; the reference list must print.
pdf_pages() {  # pdf_pages FILE: the page count, from pdfinfo when installed, else the PDF's /Type /Page objects
    if command -v pdfinfo >/dev/null 2>&1; then
        pdfinfo "$1" | awk '/^Pages:/ {print $2}'
    else
        python3 -c 'import re, sys; print(len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", open(sys.argv[1], "rb").read())))' "$1"
    fi
}
for page in payers/medicare-ffs payers "checklist?payer=medicare-ffs&code=64490&date=2024-01-01&setting=hospital-outpatient"; do
    pdf="$work/$(echo "${page%%\?*}" | tr / -).pdf"
    browse --no-pdf-header-footer --print-to-pdf="$pdf" "$base/$page" >/dev/null
    if [ -s "$pdf" ] && head -c 5 "$pdf" | grep -q '%PDF-'; then
        count="$(pdf_pages "$pdf")"
        echo "ok - /${page%%\?*} prints to a PDF of $(wc -c <"$pdf") bytes ($count pages)"
        passed=$((passed + 1))
        if [ "$page" != payers ]; then
            if [ "$count" = 1 ]; then
                echo "ok - /${page%%\?*} (medicare-ffs) prints on one page"
                passed=$((passed + 1))
            else
                echo "not ok - /${page%%\?*} (medicare-ffs) prints on $count pages, not one"
                failures=$((failures + 1))
            fi
        fi
    else
        echo "not ok - /${page%%\?*} did not print to a PDF"
        failures=$((failures + 1))
    fi
done

# Every other payer's sheet too: a desk pins up the ones it calls.
over=""
for id in $(curl -fsS "$base/v1/payers" | python3 -c 'import json, sys; print(" ".join(p["id"] for p in json.load(sys.stdin)))'); do
    browse --no-pdf-header-footer --print-to-pdf="$work/sheet-$id.pdf" "$base/payers/$id" >/dev/null
    count="$(pdf_pages "$work/sheet-$id.pdf")"
    [ "$count" = 1 ] || over="$over $id ($count pages)"
done
if [ -z "$over" ]; then
    echo "ok - every payer's contact sheet prints on one page"
    passed=$((passed + 1))
else
    echo "not ok - contact sheets over one page:$over"
    failures=$((failures + 1))
fi

# 6. The form filled in and submitted as a person would (typing, Enter), through the DevTools protocol.
drive_status=0
python3 "$server_dir/browser-drive.py" "$base" "$work/drive.pdf" >"$work/drive.txt" 2>&1 || drive_status=$?
cat "$work/drive.txt"
passed=$((passed + $(grep -c '^ok - ' "$work/drive.txt" || true)))
failures=$((failures + $(grep -c '^not ok - ' "$work/drive.txt" || true)))
if [ "$drive_status" -ne 0 ] && ! grep -q '^not ok - ' "$work/drive.txt"; then
    echo "not ok - driving the form in Chromium failed"
    failures=$((failures + 1))
fi

# 7. SIGTERM: the server finishes and exits 0 (graceful shutdown), not killed by the signal.
kill -TERM "$server_pid"
stop_status=0
wait "$server_pid" || stop_status=$?
server_pid=""
if [ "$stop_status" -eq 0 ]; then
    echo "ok - SIGTERM shuts the server down gracefully (exit 0)"
    passed=$((passed + 1))
else
    echo "not ok - the server exited $stop_status on SIGTERM"
    failures=$((failures + 1))
fi

if [ "$failures" -ne 0 ]; then
    echo "--- server log"; tail -20 "$work/server.log"
    echo "--- chromium log"; tail -20 "$work/chromium.log" || true
    echo "browser-test: $passed passed, $failures failed"
    exit 1
fi
echo "browser-test: $passed passed, $failures failed"
