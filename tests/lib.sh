# lib.sh - what the shell test suites share; sourced by tests/*.sh, which
# run from the repository root and count their tests in n.

# ok STATUS DESCRIPTION: one TAP line, "ok" when STATUS is 0
ok() {
	n=$((n + 1))
	if [ "$1" -eq 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; fi
}

# the private Dovecot (scripts/dovecot.sh, with its env evaluated)
dv() { sh scripts/dovecot.sh doveadm "$@"; }
count() {	# count FOLDER: messages in it (0 when it does not exist)
	c=$(dv mailbox status -u "$MAYORBOX_DOVECOT_USER" messages "$1" 2>/dev/null | sed 's/.*=//')
	echo "${c:-0}"
}
empty_mailbox() {
	dv expunge -u "$MAYORBOX_DOVECOT_USER" mailbox '*' all 2>/dev/null || true
}

# wait_for SECONDS CMD...: until CMD succeeds, polled, for at most SECONDS
# (a state, never a fixed time: loaded machines take longer)
wait_for() {
	end=$(($(date +%s) + $1))
	shift
	while ! "$@"; do
		[ "$(date +%s)" -ge $end ] && return 1
		sleep 0.1
	done
	return 0
}
