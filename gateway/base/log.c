/*
 * log.c - logfmt lines on stderr (see log.h).
 */
#include "log.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "date.h"

static enum log_level log_min = LOG_INFO;
static int log_journal = -1;	/* stderr is journald's stream: -1 not known yet */

void
log_set_level(enum log_level level)
{
	log_min = level;
}

bool
log_level_parse(const char *name, enum log_level *level_r)
{
	static const struct {
		const char *name;
		enum log_level level;
	} names[] = {
		{"debug", LOG_DEBUG}, {"info", LOG_INFO}, {"warn", LOG_WARN},
		{"warning", LOG_WARN}, {"error", LOG_ERROR},
	};
	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (strcmp(name, names[i].name) == 0) {
			*level_r = names[i].level;
			return true;
		}
	return false;
}

/* $JOURNAL_STREAM is "DEVICE:INODE" of the stream systemd connected; a
 * stderr redirected elsewhere (a file, a pipe of a test) keeps plain lines. */
static bool
log_to_journal(void)
{
	if (log_journal < 0) {
		const char *js = getenv("JOURNAL_STREAM");
		struct stat st;
		char *colon = NULL, *end = NULL;
		log_journal = 0;
		if (js && fstat(fileno(stderr), &st) == 0) {
			unsigned long long dev = strtoull(js, &colon, 10), ino = 0;
			if (colon && *colon == ':')
				ino = strtoull(colon + 1, &end, 10);
			log_journal = end && *end == '\0' && dev == (unsigned long long)st.st_dev
				      && ino == (unsigned long long)st.st_ino;
		}
	}
	return log_journal == 1;
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
	static const char *const prio[] = {"<7>", "<6>", "<4>", "<3>"};
	char ts[32];
	va_list ap;

	if (level < log_min)
		return;
	date_format_iso((int64_t)time(NULL), ts, sizeof(ts));
	flockfile(stderr);
	if (log_to_journal())
		fputs(prio[level], stderr);
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
