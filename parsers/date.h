/*
 * date.h - dates of every format seen in real mail and forms, to UTC.
 *
 * RFC 5322 and its obsolete forms (two-digit years, named and military zones,
 * missing weekday or seconds, comments), asctime, ISO 8601 (what the web form
 * sends), "DD.MM.YYYY", "DD-Mon-YYYY" and Chinese "YYYY年MM月DD日".
 */
#ifndef MB_DATE_H
#define MB_DATE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Parses s (n bytes) into UTC seconds since the epoch; false when it holds no
 * date we can read (*t_r is then untouched). A missing zone is read as UTC. */
bool date_parse(const char *s, size_t n, int64_t *t_r);

/* True when day d exists in month m (1-12) of year y. */
bool date_valid_day(long y, int m, long d);

/* Days since 1970-01-01 of a proleptic Gregorian date. */
int64_t date_days_from_civil(int64_t y, unsigned m, unsigned d);

/* Formats t as ISO 8601 UTC ("2026-11-28T08:45:00Z") into out (>= 21 bytes). */
void date_format_iso(int64_t t, char *out, size_t outlen);

#endif
