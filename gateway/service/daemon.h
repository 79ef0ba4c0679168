/*
 * daemon.h - the gateway's loop: every source of the configuration polled,
 * each letter filed exactly once, acknowledged at its source only after the
 * transaction that filed it committed.
 */
#ifndef MB_DAEMON_H
#define MB_DAEMON_H

#include <stdbool.h>

#include "error.h"

/* Runs the gateway with the configuration file at config_path. once: poll
 * every source once, file what is there, return. Otherwise runs until
 * SIGTERM or SIGINT (the batch in hand is finished first); SIGHUP reloads
 * the configuration and the rules (a broken rule set is reported and the
 * old one kept). log_level (NULL: [gateway] log_level, else info) is
 * checked by the caller. A database whose schema is not this program's
 * (db.h, DB_SCHEMA_VERSION) is refused before any letter is touched: at the
 * start with EX_CONFIG, after a reconnection by waiting, logged, until it
 * is. With [metrics] listen, /metrics and /healthz are served meanwhile
 * (metrics.h); under systemd, READY and WATCHDOG are sent (notify.h).
 * Returns MB_OK; MB_CONFIG (the configuration, the rules or the schema is
 * wrong), MB_NO_INPUT (the rules folder cannot be read), MB_CONNECTION
 * (the metrics listener cannot start), or with once MB_TEMPORARY (the
 * database is away, or a source failed). */
enum mb_status daemon_run(const char *config_path, const char *rules_opt, const char *log_level,
			  bool once) MB_MUST_USE;

#endif
