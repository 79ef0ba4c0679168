/*
 * notify.h - telling systemd how the gateway is (Type=notify): READY=1 once
 * it runs, RELOADING=1 and READY=1 around a SIGHUP, STOPPING=1, and
 * WATCHDOG=1 at least every half of WatchdogSec. Built without libsystemd
 * (make SYSTEMD=no) every call does nothing.
 */
#ifndef MB_NOTIFY_H
#define MB_NOTIFY_H

void notify_ready(void);
void notify_reloading(void);
void notify_stopping(void);
/* "STATUS=..." shown by systemctl status: counts only, no letter's words. */
void notify_status(const char *status);
/* WATCHDOG=1 when half the interval has passed since the last one. */
void notify_watchdog(void);
/* How long the loop may wait between watchdog pings, in ms (0: no limit,
 * no watchdog asked for). */
long notify_watchdog_wait_ms(void);

#endif
