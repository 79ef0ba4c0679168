/*
 * daemon.h - the gateway's loop: every source of the configuration polled,
 * each letter filed exactly once, acknowledged at its source only after the
 * transaction that filed it committed.
 */
#ifndef MB_DAEMON_H
#define MB_DAEMON_H

#include <stdbool.h>

/* Runs the gateway with the configuration file at config_path. once: poll
 * every source once, file what is there, return. Otherwise runs until
 * SIGTERM or SIGINT (the batch in hand is finished first); SIGHUP reloads
 * the configuration and the rules (a broken rule set is reported and the
 * old one kept). Returns a sysexits.h code. */
int daemon_run(const char *config_path, const char *rules_opt, bool once);

#endif
