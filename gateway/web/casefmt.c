/*
 * casefmt.c - the pure parts of the case page (casefmt.h).
 */
#include "casefmt.h"

#include <stdio.h>
#include <string.h>

#include "request.h"

/* Bytes of an attachment's plain (ASCII) filename="..." */
#define CASEFMT_PLAIN_NAME_MAX 256

bool
casefmt_parse(const char *url, bool post, struct casefmt_path *p)
{
	static const struct {
		const char *name;
		enum casefmt_action action;
	} actions[] = {
		{"reclassify", CASEFMT_RECLASSIFY},
		{"assign", CASEFMT_ASSIGN},
		{"close", CASEFMT_CLOSE},
		{"reopen", CASEFMT_REOPEN},
		{"take", CASEFMT_TAKE},
		{"supervise", CASEFMT_SUPERVISE},
		{"visit", CASEFMT_VISIT},
		{"department-answer", CASEFMT_DEPT_ANSWER},
		{"send-back", CASEFMT_SEND_BACK},
		{"reply", CASEFMT_REPLY},
		{"return", CASEFMT_RETURN},
	};
	memset(p, 0, sizeof(*p));
	if (strncmp(url, "/api/cases/", 11) == 0) {
		p->api = true;
		url += 11;
	} else if (strncmp(url, "/cases/", 7) == 0) {
		url += 7;
	} else {
		return false;
	}
	size_t n = strcspn(url, "/");
	if (n == 0 || n >= sizeof(p->number))
		return false;
	memcpy(p->number, url, n);
	p->number[n] = '\0';
	const char *rest = url + n;
	if (*rest == '\0') {
		/* the page (GET /api/cases/NUMBER is web.c's) */
		p->action = CASEFMT_SHOW;
		return !post && !p->api;
	}
	rest++;
	if (strncmp(rest, "attachments/", 12) == 0) {
		const char *d = rest + 12;
		long k = 0;
		if (*d == '\0' || strlen(d) > 6)
			return false;
		for (; *d; d++) {
			if (*d < '0' || *d > '9')
				return false;
			k = k * 10 + (*d - '0');
		}
		p->action = CASEFMT_ATTACHMENT;
		p->index = k;
		return !post && !p->api && k >= 1;
	}
	for (size_t i = 0; i < sizeof(actions) / sizeof(actions[0]); i++)
		if (strcmp(rest, actions[i].name) == 0) {
			p->action = actions[i].action;
			return post;
		}
	return false;
}

void
casefmt_disposition(const char *filename, char *out, size_t len)
{
	if (filename == NULL || *filename == '\0') {
		snprintf(out, len, "attachment");
		return;
	}
	/* the plain name: printable ASCII but quotes, backslashes and path
	 * separators; the rest as '_' (one per byte) */
	size_t room = len / 4;
	char plain[CASEFMT_PLAIN_NAME_MAX];
	size_t k = 0;
	for (const unsigned char *s = (const unsigned char *)filename; *s && k + 1 < sizeof(plain)
	     && k < room; s++)
		plain[k++] = *s >= 0x20 && *s < 0x7f && !strchr("\"\\/;%", *s) ? (char)*s : '_';
	plain[k] = '\0';
	int w = snprintf(out, len, "attachment; filename=\"%s\"; filename*=UTF-8''", plain);
	if (w < 0 || (size_t)w >= len)
		return;
	/* RFC 5987 attr-char as they are, every other byte %XX */
	size_t o = (size_t)w;
	web_percent_encode(filename, "!#$&+-.^_`|~", out, len, &o);
}

void
casefmt_lf(char *s)
{
	char *o = s;
	for (const char *p = s; *p; p++)
		if (!(p[0] == '\r' && p[1] == '\n'))
			*o++ = *p;
	*o = '\0';
}

bool
casefmt_time_left(double due, double now, bool zh, char *out, size_t len)
{
	bool past = due < now;
	double d = past ? now - due : due - now;
	long long mins = (long long)(d / 60.0);
	long long days = mins / 1440, hours = mins % 1440 / 60, m = mins % 60;
	if (days > 0)
		snprintf(out, len, zh ? "%lld天%lld小时" : "%lld d %lld h", days, hours);
	else if (hours > 0)
		snprintf(out, len, zh ? "%lld小时%lld分钟" : "%lld h %lld min", hours, m);
	else
		snprintf(out, len, zh ? "%lld分钟" : "%lld min", m);
	return past;
}
