/*
 * notify.c - sd_notify(3) for the gateway (see notify.h).
 */
#include "notify.h"

#include <stdint.h>
#include <stdio.h>
#include <time.h>

#include "clock.h"

#ifdef HAVE_SYSTEMD
#include <systemd/sd-daemon.h>

static uint64_t notify_wd_usec;	/* WatchdogSec, 0: none */
static int notify_wd_known;
static long long notify_wd_last_ms;

static uint64_t
notify_wd(void)
{
	if (!notify_wd_known) {
		uint64_t u = 0;
		if (sd_watchdog_enabled(0, &u) <= 0)
			u = 0;
		notify_wd_usec = u;
		notify_wd_known = 1;
	}
	return notify_wd_usec;
}

void
notify_ready(void)
{
	(void)sd_notify(0, "READY=1");
}

void
notify_reloading(void)
{
	(void)sd_notify(0, "RELOADING=1");
}

void
notify_stopping(void)
{
	(void)sd_notify(0, "STOPPING=1");
}

void
notify_status(const char *status)
{
	(void)sd_notifyf(0, "STATUS=%s", status);
}

void
notify_watchdog(void)
{
	uint64_t u = notify_wd();
	long long now = mono_ms();
	if (u == 0 || now - notify_wd_last_ms < (long long)(u / 2000))
		return;
	notify_wd_last_ms = now;
	(void)sd_notify(0, "WATCHDOG=1");
}

long
notify_watchdog_wait_ms(void)
{
	uint64_t u = notify_wd();
	return u ? (long)(u / 4000) + 1 : 0;
}

#else

void notify_ready(void) {}
void notify_reloading(void) {}
void notify_stopping(void) {}
void notify_status(const char *status) { (void)status; }
void notify_watchdog(void) {}
long notify_watchdog_wait_ms(void) { return 0; }

#endif
