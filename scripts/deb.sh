#!/bin/sh
# deb.sh - `make deb`: the Debian package of this tree, built with
# dpkg-buildpackage -us -uc in a copy (build/deb/mayorbox-VERSION, from
# `git ls-files`, so nothing built or private goes in), then lintian.
# Prints the .deb's path; fails when the build or lintian reports an error.
set -eu
cd "$(dirname "$0")/.."
ROOT=$(pwd)
VERSION=$(sed -n 's/^VERSION *= *//p' Makefile)
OUT="$ROOT/build/deb"
SRC="$OUT/mayorbox-$VERSION"
rm -rf "$OUT"
mkdir -p "$SRC"
# the tracked files (and new ones not yet committed), without build output
{ git ls-files; git ls-files --others --exclude-standard; } | grep -v '^build/' | sort -u \
	| tar -cf - -T - | tar -xf - -C "$SRC"
(cd "$SRC" && dpkg-buildpackage -us -uc > "$OUT/build.log" 2>&1) || {
	tail -30 "$OUT/build.log" >&2
	echo "deb.sh: dpkg-buildpackage failed (build/deb/build.log)" >&2
	exit 1
}
DEB=$(ls "$OUT"/mayorbox_"$VERSION"_*.deb)
# the .changes: the source package and the binary ones
lintian --fail-on error "$OUT"/mayorbox_"$VERSION"_*.changes > "$OUT/lintian.txt" 2>&1 || {
	cat "$OUT/lintian.txt" >&2
	echo "deb.sh: lintian found errors" >&2
	exit 1
}
cat "$OUT/lintian.txt"
echo "$DEB"
