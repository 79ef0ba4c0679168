/*
 * metrics.c - /metrics and /healthz over libmicrohttpd (see metrics.h).
 */
#include "metrics.h"
#include "listen.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>

#include <microhttpd.h>

#include "buf.h"
#include "clock.h"
#include "config.h"
#include "xalloc.h"

/* Sources remembered (the daemon holds at most 64; reloads add names). */
#define METRICS_SOURCES_MAX 256
#define METRICS_NAME_MAX 128
/* A scrape's text at most. */
#define METRICS_PAGE_MAX (1024 * 1024)
/* No good poll for this many intervals: unhealthy. */
#define METRICS_MISSED_POLLS 3

static const double metrics_buckets[] = {0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60};
#define METRICS_BUCKETS (sizeof(metrics_buckets) / sizeof(metrics_buckets[0]))

struct metrics_source {
	char name[METRICS_NAME_MAX];
	bool active;		/* in the configuration now */
	int poll_seconds;
	unsigned long long letters[METRICS_LETTER_KINDS];
	unsigned long waiting;
	bool lease;
	double last_good;	/* monotonic seconds; the start when never */
	unsigned long long bucket[METRICS_BUCKETS];	/* not cumulative */
	unsigned long long batches;
	double batch_sum;
};

struct metrics {
	struct MHD_Daemon *httpd;
	pthread_mutex_t lock;
	struct metrics_source src[METRICS_SOURCES_MAX];
	size_t nsrc;
	bool db_up;
	bool outbox_known;
	long outbox[4];		/* queued, sent, failed, bounced */
	char digest[32];
};

/* The monotonic clock in seconds. */
static double
mono(void)
{
	return (double)mono_ms() / 1000.0;
}

/* The source named name, added when new; NULL when the table is full. */
static struct metrics_source *
metrics_src(struct metrics *m, const char *name)
{
	for (size_t i = 0; i < m->nsrc; i++)
		if (strcmp(m->src[i].name, name) == 0)
			return &m->src[i];
	if (m->nsrc >= METRICS_SOURCES_MAX)
		return NULL;
	struct metrics_source *s = &m->src[m->nsrc++];
	memset(s, 0, sizeof(*s));
	snprintf(s->name, sizeof(s->name), "%s", name);
	s->last_good = mono();
	return s;
}

/* A label value as the exposition format wants it: \ " and newline escaped. */
static void
put_label(struct buf *b, const char *v)
{
	for (; *v; v++) {
		if (*v == '\\' || *v == '"')
			(void)buf_putc(b, '\\');
		if (*v == '\n') {
			(void)buf_append_str(b, "\\n");
			continue;
		}
		(void)buf_putc(b, *v);
	}
}

static void
put_line(struct buf *b, const char *metric, const char *source, const char *extra, double v)
{
	char num[64];
	(void)buf_append_str(b, metric);
	if (source || extra) {
		(void)buf_putc(b, '{');
		if (source) {
			(void)buf_append_str(b, "source=\"");
			put_label(b, source);
			(void)buf_putc(b, '"');
		}
		if (extra) {
			if (source)
				(void)buf_putc(b, ',');
			(void)buf_append_str(b, extra);
		}
		(void)buf_putc(b, '}');
	}
	snprintf(num, sizeof(num), " %.17g\n", v);
	(void)buf_append_str(b, num);
}

static void
put_help(struct buf *b, const char *metric, const char *type, const char *help)
{
	(void)buf_append_str(b, "# HELP ");
	(void)buf_append_str(b, metric);
	(void)buf_putc(b, ' ');
	(void)buf_append_str(b, help);
	(void)buf_append_str(b, "\n# TYPE ");
	(void)buf_append_str(b, metric);
	(void)buf_putc(b, ' ');
	(void)buf_append_str(b, type);
	(void)buf_putc(b, '\n');
}

static void
page_metrics(struct metrics *m, struct buf *b)
{
	static const struct {
		const char *name, *help;
	} letters[METRICS_LETTER_KINDS] = {
		{"mayorbox_letters_filed_total", "Letters filed as new cases (or joined to one)."},
		{"mayorbox_letters_already_filed_total", "Letters fetched again and found filed."},
		{"mayorbox_letters_failed_total", "Letters whose batch was not committed (fetched again later)."},
		{"mayorbox_letters_quarantined_total", "Letters that could not be filed at all."},
	};
	double now = mono();
	for (int k = 0; k < METRICS_LETTER_KINDS; k++) {
		put_help(b, letters[k].name, "counter", letters[k].help);
		for (size_t i = 0; i < m->nsrc; i++)
			put_line(b, letters[k].name, m->src[i].name, NULL,
				 (double)m->src[i].letters[k]);
	}
	put_help(b, "mayorbox_letters_waiting", "gauge",
		 "Letters left waiting in their source by the last batch (confidential without a key).");
	for (size_t i = 0; i < m->nsrc; i++)
		if (m->src[i].active)
			put_line(b, "mayorbox_letters_waiting", m->src[i].name, NULL,
				 (double)m->src[i].waiting);
	put_help(b, "mayorbox_lease_held", "gauge", "1 when this gateway holds the source's lease.");
	for (size_t i = 0; i < m->nsrc; i++)
		if (m->src[i].active)
			put_line(b, "mayorbox_lease_held", m->src[i].name, NULL, m->src[i].lease);
	put_help(b, "mayorbox_seconds_since_good_poll", "gauge",
		 "Seconds since the source's last good poll (since the start when none).");
	for (size_t i = 0; i < m->nsrc; i++)
		if (m->src[i].active)
			put_line(b, "mayorbox_seconds_since_good_poll", m->src[i].name, NULL,
				 now - m->src[i].last_good);
	put_help(b, "mayorbox_batch_duration_seconds", "histogram",
		 "Seconds a batch took, fetch to acknowledgement.");
	for (size_t i = 0; i < m->nsrc; i++) {
		struct metrics_source *s = &m->src[i];
		unsigned long long cum = 0;
		char le[48];
		for (size_t k = 0; k < METRICS_BUCKETS; k++) {
			cum += s->bucket[k];
			snprintf(le, sizeof(le), "le=\"%g\"", metrics_buckets[k]);
			put_line(b, "mayorbox_batch_duration_seconds_bucket", s->name, le, (double)cum);
		}
		put_line(b, "mayorbox_batch_duration_seconds_bucket", s->name, "le=\"+Inf\"",
			 (double)s->batches);
		put_line(b, "mayorbox_batch_duration_seconds_sum", s->name, NULL, s->batch_sum);
		put_line(b, "mayorbox_batch_duration_seconds_count", s->name, NULL,
			 (double)s->batches);
	}
	if (m->outbox_known) {
		static const char *const st[4] = {"state=\"queued\"", "state=\"sent\"",
						  "state=\"failed\"", "state=\"bounced\""};
		put_help(b, "mayorbox_outbox_mails", "gauge",
			 "Mail in the outbox by state, over every gateway.");
		for (int k = 0; k < 4; k++)
			put_line(b, "mayorbox_outbox_mails", NULL, st[k], (double)m->outbox[k]);
	}
	put_help(b, "mayorbox_database_up", "gauge", "1 when the database is connected and at this program's schema.");
	put_line(b, "mayorbox_database_up", NULL, NULL, m->db_up);
	if (m->digest[0]) {
		char d[64];
		snprintf(d, sizeof(d), "digest=\"%s\"", m->digest);
		put_help(b, "mayorbox_rules_info", "gauge", "The rule set in use (its digest).");
		put_line(b, "mayorbox_rules_info", NULL, d, 1);
	}
	put_help(b, "mayorbox_build_info", "gauge", "This program.");
	put_line(b, "mayorbox_build_info", NULL, "version=\"" MAYORBOX_VERSION "\"", 1);
}

/* 200 and "ok", or 503 and the reasons (source names only). */
static unsigned
page_health(struct metrics *m, struct buf *b)
{
	double now = mono();
	bool ok = true;
	if (!m->db_up) {
		(void)buf_append_str(b, "database: not connected (or not at this program's schema)\n");
		ok = false;
	}
	for (size_t i = 0; i < m->nsrc; i++) {
		struct metrics_source *s = &m->src[i];
		if (!s->active || now - s->last_good <= METRICS_MISSED_POLLS * (double)s->poll_seconds)
			continue;
		char line[256];
		snprintf(line, sizeof(line), "%s: no good poll for %.0f s (poll_seconds %d)\n", s->name,
			 now - s->last_good, s->poll_seconds);
		(void)buf_append_str(b, line);
		ok = false;
	}
	if (ok)
		(void)buf_append_str(b, "ok\n");
	return ok ? MHD_HTTP_OK : MHD_HTTP_SERVICE_UNAVAILABLE;
}

static enum MHD_Result
metrics_answer(void *cls, struct MHD_Connection *c, const char *url, const char *method,
	       const char *version, const char *upload, size_t *upload_len, void **state)
{
	struct metrics *m = cls;
	(void)version, (void)upload, (void)upload_len, (void)state;
	struct buf b;
	unsigned code = MHD_HTTP_OK;
	const char *type = "text/plain; charset=utf-8";

	buf_init(&b, METRICS_PAGE_MAX);
	if (strcmp(method, "GET") != 0 && strcmp(method, "HEAD") != 0) {
		code = MHD_HTTP_METHOD_NOT_ALLOWED;
		(void)buf_append_str(&b, "GET only\n");
	} else if (strcmp(url, "/metrics") == 0) {
		type = "text/plain; version=0.0.4; charset=utf-8";
		pthread_mutex_lock(&m->lock);
		page_metrics(m, &b);
		pthread_mutex_unlock(&m->lock);
	} else if (strcmp(url, "/healthz") == 0) {
		pthread_mutex_lock(&m->lock);
		code = page_health(m, &b);
		pthread_mutex_unlock(&m->lock);
	} else {
		code = MHD_HTTP_NOT_FOUND;
		(void)buf_append_str(&b, "/metrics or /healthz\n");
	}
	size_t len = 0;
	char *body = buf_take(&b, &len);
	struct MHD_Response *r = MHD_create_response_from_buffer(len, body ? body : (char *)"",
								  body ? MHD_RESPMEM_MUST_FREE
								       : MHD_RESPMEM_PERSISTENT);
	buf_deinit(&b);
	if (r == NULL) {
		free(body);
		return MHD_NO;
	}
	(void)MHD_add_response_header(r, MHD_HTTP_HEADER_CONTENT_TYPE, type);
	enum MHD_Result ret = MHD_queue_response(c, code, r);
	MHD_destroy_response(r);
	return ret;
}

bool
metrics_listen_ok(const char *listen, char *err, size_t errlen)
{
	struct sockaddr_storage ss;
	return listen_parse("[metrics] listen", listen, &ss, err, errlen);
}

struct metrics *
metrics_start(const char *listen, char *err, size_t errlen)
{
	struct sockaddr_storage ss;
	if (!listen_parse("[metrics] listen", listen, &ss, err, errlen))
		return NULL;
	struct metrics *m = xcalloc(1, sizeof(*m));
	pthread_mutex_init(&m->lock, NULL);
	unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_ERROR_LOG;
	if (ss.ss_family == AF_INET6)
		flags |= MHD_USE_IPv6;
	m->httpd = MHD_start_daemon(flags, 0, NULL, NULL, metrics_answer, m,
				    MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&ss,
				    MHD_OPTION_CONNECTION_LIMIT, (unsigned)16,
				    MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)10,
				    MHD_OPTION_END);
	if (m->httpd == NULL) {
		snprintf(err, errlen, "[metrics] listen: cannot listen on %s (in use, or not an "
			 "address of this machine)", listen);
		pthread_mutex_destroy(&m->lock);
		free(m);
		return NULL;
	}
	return m;
}

void
metrics_free(struct metrics **mp)
{
	struct metrics *m = *mp;
	if (m == NULL)
		return;
	MHD_stop_daemon(m->httpd);
	pthread_mutex_destroy(&m->lock);
	free(m);
	*mp = NULL;
}

void
metrics_set_sources(struct metrics *m, const char *const *names, const int *poll_seconds, size_t n)
{
	if (m == NULL)
		return;
	pthread_mutex_lock(&m->lock);
	for (size_t i = 0; i < m->nsrc; i++)
		m->src[i].active = false;
	for (size_t i = 0; i < n; i++) {
		struct metrics_source *s = metrics_src(m, names[i]);
		if (s == NULL)
			continue;
		if (!s->active)
			s->last_good = mono();	/* (again) in the configuration: a fresh start */
		s->active = true;
		s->poll_seconds = poll_seconds[i] > 0 ? poll_seconds[i] : 60;
	}
	pthread_mutex_unlock(&m->lock);
}

/* Runs body with s, the source named name, under the lock. */
#define WITH_SOURCE(m, name, s, body) \
	do { \
		if ((m) == NULL) \
			break; \
		pthread_mutex_lock(&(m)->lock); \
		struct metrics_source *s = metrics_src((m), (name)); \
		if (s) { \
			body; \
		} \
		pthread_mutex_unlock(&(m)->lock); \
	} while (0)

void
metrics_letters(struct metrics *m, const char *source, enum metrics_letter what, unsigned long n)
{
	if (n > 0)
		WITH_SOURCE(m, source, s, s->letters[what] += n);
}

void
metrics_waiting(struct metrics *m, const char *source, unsigned long waiting)
{
	WITH_SOURCE(m, source, s, s->waiting = waiting);
}

void
metrics_lease(struct metrics *m, const char *source, bool held)
{
	WITH_SOURCE(m, source, s, s->lease = held);
}

void
metrics_good_poll(struct metrics *m, const char *source)
{
	WITH_SOURCE(m, source, s, s->last_good = mono());
}

void
metrics_batch_seconds(struct metrics *m, const char *source, double seconds)
{
	WITH_SOURCE(m, source, s, {
		size_t k = 0;
		while (k < METRICS_BUCKETS && seconds > metrics_buckets[k])
			k++;
		if (k < METRICS_BUCKETS)
			s->bucket[k]++;
		s->batches++;
		s->batch_sum += seconds;
	});
}

void
metrics_database(struct metrics *m, bool up)
{
	if (m == NULL)
		return;
	pthread_mutex_lock(&m->lock);
	m->db_up = up;
	pthread_mutex_unlock(&m->lock);
}

void
metrics_outbox(struct metrics *m, long queued, long sent, long failed, long bounced)
{
	if (m == NULL)
		return;
	pthread_mutex_lock(&m->lock);
	m->outbox_known = true;
	m->outbox[0] = queued;
	m->outbox[1] = sent;
	m->outbox[2] = failed;
	m->outbox[3] = bounced;
	pthread_mutex_unlock(&m->lock);
}

void
metrics_rules(struct metrics *m, const char *digest)
{
	if (m == NULL)
		return;
	pthread_mutex_lock(&m->lock);
	snprintf(m->digest, sizeof(m->digest), "%s", digest ? digest : "");
	pthread_mutex_unlock(&m->lock);
}
