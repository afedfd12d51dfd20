#!/usr/bin/env bash
# What "./mvnw verify" needs besides Maven's downloads: Chromium and its driver (the browser tests), fontconfig and a
# font (the captcha is drawn with AWT), PostgreSQL's programs (the tests start their own throwaway server) and
# HAProxy (the load balancer of the cluster tests).
# Run by the build before anything else. What is missing is installed from Debian when this runs as root with
# apt-get (CI, a container); otherwise one line says what to install, and the build stops there.
set -euo pipefail
chromium=$1
chromedriver=$2
haproxy=$3

missing=()
[ -x "$chromium" ] || missing+=(chromium)
[ -x "$chromedriver" ] || missing+=(chromium-driver)
fc-list 2>/dev/null | grep -q . || missing+=(fontconfig fonts-dejavu-core)
compgen -G '/usr/lib/postgresql/*/bin/pg_ctl' >/dev/null || missing+=(postgresql)
[ -x "$haproxy" ] || missing+=(haproxy)
[ "${#missing[@]}" -eq 0 ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing from Debian what the tests need: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    if apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; then
        exit 0
    fi
    echo "The tests need ${missing[*]}, and apt-get could not install them (see above)." >&2
    exit 1
fi
echo "The tests need Debian packages that are missing. Install them: sudo apt-get install ${missing[*]}" >&2
exit 1
