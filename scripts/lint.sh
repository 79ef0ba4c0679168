#!/bin/sh
# lint.sh - fails on the libc calls STYLE.md bans (sprintf, strcpy, strcat,
# strtok, atoi, sscanf, gets) in the project's C sources.
set -u
cd "$(dirname "$0")/.."
bad=$(grep -nE '(^|[^a-z_])(sprintf|vsprintf|strcpy|strcat|strtok|atoi|atol|sscanf|gets)[[:space:]]*\(' \
	parsers/*.c parsers/*.h gateway/*/*.c gateway/*/*.h rules/*.c rules/*.h tests/unit/*.c \
	tests/fuzz/*.c tests/fuzz/*.h 2>/dev/null | grep -vE '(snprintf|vsnprintf)[[:space:]]*\(' )
if [ -n "$bad" ]; then
	echo "$bad"
	echo "lint: banned libc calls above (use snprintf, struct buf, strtol with checks)"
	exit 1
fi
echo "lint: no banned calls"
