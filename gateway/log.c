/*
 * log.c - logfmt lines on stderr (see log.h).
 */
#include "log.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "date.h"

static enum log_level log_min = LOG_INFO;

void
log_set_level(enum log_level level)
{
	log_min = level;
}

static void
log_value(FILE *f, const char *v)
{
	bool quote = *v == '\0' || strpbrk(v, " =\"\t\n\r\\") != NULL;
	if (!quote) {
		fputs(v, f);
		return;
	}
	fputc('"', f);
	for (; *v; v++) {
		if (*v == '"' || *v == '\\')
			fprintf(f, "\\%c", *v);
		else if (*v == '\n')
			fputs("\\n", f);
		else if (*v == '\r' || *v == '\t')
			fputc(' ', f);
		else
			fputc(*v, f);
	}
	fputc('"', f);
}

void
log_event(enum log_level level, const char *event, ...)
{
	static const char *const names[] = {"debug", "info", "warn", "error"};
	char ts[32];
	va_list ap;

	if (level < log_min)
		return;
	date_format_iso((int64_t)time(NULL), ts, sizeof(ts));
	flockfile(stderr);
	fprintf(stderr, "ts=%s level=%s event=", ts, names[level]);
	log_value(stderr, event);
	va_start(ap, event);
	for (;;) {
		const char *k = va_arg(ap, const char *);
		if (k == NULL)
			break;
		const char *v = va_arg(ap, const char *);
		fprintf(stderr, " %s=", k);
		log_value(stderr, v ? v : "");
	}
	va_end(ap);
	fputc('\n', stderr);
	funlockfile(stderr);
}
