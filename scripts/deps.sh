#!/bin/sh
# deps.sh - install the Debian packages mayorbox's build and tests need.
#
# Idempotent: asks dpkg which of the packages are missing and installs only
# those (as root, or through sudo); does nothing when all are present.
# Note: libetpan-dev needs libcurl4-gnutls-dev; the OpenSSL flavour of
# libcurl's -dev package would remove it.
set -eu

PACKAGES="
gcc make pkg-config
libetpan-dev
libcurl4-gnutls-dev
libpcre2-dev
pcre2-utils
libpq-dev
libjansson-dev
libcmocka-dev
libxml2-dev
libuchardet-dev
libutf8proc-dev
libopencc-dev
libsodium-dev
clang
libclang-rt-14-dev
python3
valgrind
hyperfine
postgresql
dovecot-imapd
postfix
isync
libgnutls28-dev
openssl
libmicrohttpd-dev
libsystemd-dev
curl
"

# `deps.sh deb`: the packaging tools of `make deb` as well
if [ "${1:-}" = deb ]; then
	PACKAGES="$PACKAGES debhelper lintian fakeroot dpkg-dev build-essential"
fi

# Hyperscan (the rules' one-scan engine, rules/hsdb.c) is x86-64 only;
# elsewhere the build falls back to the literal prefilter.
case "$(uname -m)" in
x86_64|amd64) PACKAGES="$PACKAGES libhyperscan-dev" ;;
esac

missing=""
for p in $PACKAGES; do
	status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
	case "$status" in
	*"install ok installed"*) ;;
	*) missing="$missing $p" ;;
	esac
done

[ -z "$missing" ] && exit 0

echo "deps.sh: installing:$missing"
if [ "$(id -u)" -eq 0 ]; then
	SUDO=""
elif command -v sudo >/dev/null 2>&1; then
	SUDO="sudo"
else
	echo "deps.sh: need root or sudo to install:$missing" >&2
	exit 69
fi
export DEBIAN_FRONTEND=noninteractive
# Postfix (the tests' SMTP server, run privately by scripts/smtp.sh) asks
# how the machine's own mail should go: "Local only", so the system's
# instance, if the package starts one, takes no mail from the network.
case "$missing" in
*postfix*)
	if command -v debconf-set-selections > /dev/null 2>&1; then
		printf '%s\n' "postfix postfix/main_mailer_type select Local only" \
			"postfix postfix/mailname string localhost" | $SUDO debconf-set-selections
	fi
	;;
esac
# A fresh machine has no package lists yet; update once, then install.
$SUDO apt-get update -q || true
# shellcheck disable=SC2086
$SUDO apt-get install -y -q --no-install-recommends $missing
