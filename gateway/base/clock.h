/*
 * clock.h - the monotonic clock in milliseconds: back-offs, time-outs,
 * batch durations and the metrics' ages (never the wall clock, which may
 * jump).
 */
#ifndef MB_CLOCK_H
#define MB_CLOCK_H

#include <time.h>

static inline long long
mono_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

#endif
