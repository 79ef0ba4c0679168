#!/bin/sh
# deps.sh - install the Debian packages mayorbox's build and tests need.
#
# Idempotent: asks dpkg which of the packages are missing and installs only
# those (as root, or through sudo); does nothing when all are present.
# Cyrus IMAP (the tests' second IMAP server) conflicts with dovecot-imapd:
# only the libraries it needs are installed here, and scripts/cyrus.sh
# unpacks the cyrus-imapd and cyrus-common packages into build/cyrus.
# Note: libetpan-dev needs libcurl4-gnutls-dev; the OpenSSL flavour of
# libcurl's -dev package would remove it.
set -eu

# chromium, chromium-driver, python3-selenium: the console's browser tests
# (tests/browser.sh); fonts-wqy-zenhei: Chinese in their screenshots.
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
nettle-dev
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
stress-ng
sasl2-bin
libsasl2-modules
libclamav12
libical3
libxapian30
libzephyr4
libwrap0
libjansson4
libicu72
chromium
chromium-driver
python3-selenium
fonts-wqy-zenhei
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

unpack_cyrus() {
	# needs the package lists (apt-get download), so after any install
	sh "$(dirname "$0")/cyrus.sh" unpack || echo "deps.sh: Cyrus could not be unpacked (tests/imap.sh will say so)" >&2
}

missing=""
for p in $PACKAGES; do
	status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
	case "$status" in
	*"install ok installed"*) ;;
	*) missing="$missing $p" ;;
	esac
done

[ -z "$missing" ] && { unpack_cyrus; exit 0; }

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
unpack_cyrus
