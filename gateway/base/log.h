/*
 * log.h - the daemon's log: logfmt on stderr, one line per event, with a
 * level. Never letter text, addresses or secrets: only source names, source
 * keys, case numbers, counts and error reasons.
 *
 *   ts=2026-11-28T10:00:00Z level=info event=filed source=imap:mayor case=2026-000123
 *
 * Under systemd (stderr is the journal's stream: $JOURNAL_STREAM names it)
 * each line starts with its syslog priority, "<7>" debug, "<6>" info, "<4>"
 * warn, "<3>" error, which journald files as the line's PRIORITY and strips.
 */
#ifndef MB_LOG_H
#define MB_LOG_H

#include <stdbool.h>

enum log_level { LOG_DEBUG, LOG_INFO, LOG_WARN, LOG_ERROR };

/* Logs event with NULL-terminated key, value pairs (values are quoted and
 * escaped as logfmt needs). Lines below the level set are dropped. */
void log_event(enum log_level level, const char *event, ...) __attribute__((sentinel));
void log_set_level(enum log_level level);

/* "debug", "info", "warn" (or "warning"), "error" into *level_r; false for
 * anything else. */
bool log_level_parse(const char *name, enum log_level *level_r);

#endif
