/*
 * log.h - the daemon's log: logfmt on stderr, one line per event, with a
 * level (journald-friendly). Never letter text, addresses or secrets: only
 * source names, source keys, case numbers, counts and error reasons.
 *
 *   ts=2026-11-28T10:00:00Z level=info event=filed source=imap:mayor case=2026-000123
 */
#ifndef MB_LOG_H
#define MB_LOG_H

enum log_level { LOG_DEBUG, LOG_INFO, LOG_WARN, LOG_ERROR };

/* Logs event with NULL-terminated key, value pairs (values are quoted and
 * escaped as logfmt needs). Lines below the level set are dropped. */
void log_event(enum log_level level, const char *event, ...) __attribute__((sentinel));
void log_set_level(enum log_level level);

#endif
