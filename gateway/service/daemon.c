/*
 * daemon.c - the gateway's loop (see daemon.h).
 *
 * Each round, for each source this gateway holds the lease of: fetch a
 * batch; BEGIN; file its letters (ingest_batch: read on worker threads,
 * sent in one round trip; idempotent by source key); save the source's
 * position; COMMIT; only then acknowledge at the source. While a batch is
 * read and filed, the next one is fetched on a thread of its own (struct
 * ahead), from the position the batch leads to; it is used only when that
 * is the position the COMMIT saved, and dropped otherwise (fetched again).
 * A lease is a session advisory lock on the source's name, held on the
 * gateway's own database connection: two gateways never poll one mailbox at
 * once, and a gateway that dies (its connection with it) lets another take
 * the mailbox over. Network and database failures back off exponentially
 * with jitter; nothing is acknowledged that is not committed.
 */
#include "daemon.h"

#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <sodium.h>

#include "clock.h"
#include "config.h"
#include "config_keys.h"
#include "db.h"
#include "ingest.h"
#include "leases.h"
#include "log.h"
#include "metrics.h"
#include "notify.h"
#include "outbox.h"
#include "positions.h"
#include "replies.h"
#include "rulesdir.h"
#include "rulestore.h"
#include "seal.h"
#include "smtp.h"
#include "source.h"
#include "xalloc.h"

/* Letters per transaction; the back-off range; sources per gateway. */
#define DAEMON_BATCH_DEFAULT 100
/* [gateway] supervise_after_hours: cases overdue by more than this are
 * supervised automatically (督办), once a local day each (schema 013's
 * supervise_overdue decides the day); asked at most once an hour */
#define DAEMON_SUPERVISE_HOURS_DEFAULT 24
#define DAEMON_SUPERVISE_EVERY_MS 3600000LL
#define DAEMON_BACKOFF_MIN_MS 1000
#define DAEMON_BACKOFF_MAX_MS 300000
#define DAEMON_SOURCES_MAX 64
/* --once: batches per source before it counts as drained (a bound). */
#define DAEMON_ONCE_BATCHES_MAX 100000
/* Mails sent per round at most (the rest go next round). */
#define DAEMON_MAIL_PER_ROUND 500
/* The outbox's counts for the metrics: asked at most this often. */
#define DAEMON_OUTBOX_COUNTS_MS 5000
/* The SMTP server failed: tried again after at most this long. */
#define DAEMON_MAIL_BACKOFF_MAX_MS (OUTBOX_RETRY_FIRST_SECONDS * 1000)

static volatile sig_atomic_t daemon_stop_flag;
static volatile sig_atomic_t daemon_reload_flag;
static volatile int daemon_stop;	/* what sources' wait() watch */

static void
daemon_on_signal(int sig)
{
	if (sig == SIGHUP) {
		daemon_reload_flag = 1;
	} else {
		daemon_stop_flag = 1;
		daemon_stop = 1;
	}
}

/* The next batch of a source, fetched on a thread of its own while the
 * current one is read and filed (the pipeline of issue 16): from the
 * position the current batch leads to when every letter of it is filed,
 * and kept only when that is the position its COMMIT saved. One thread at a
 * time touches the source: the fetch ahead runs after the current batch's
 * fetch, and the current batch's acknowledgement waits for it. Once
 * fetched, the same thread reads it (parse, classify, seal: no question to
 * the database) while the current batch is still being filed, so the
 * database and the readers each keep a core busy. */
struct ahead {
	pthread_t thread;
	bool started;		/* for the batch being filed: not decided yet */
	bool running;		/* a thread to join */
	bool ready;		/* b was fetched from at, and is to be filed next */
	struct source *src;
	struct source_position at;
	size_t max;
	struct source_batch b;
	enum mb_status st;
	char err[1024];
	/* what b is read under (a reference of its own), and its readings */
	struct ruleset *set;
	struct ingest_context ctx;
	struct ingest_ahead *pre;
};

struct held {
	struct source *src;
	struct ahead ahead;
	bool open;
	bool leased;
	bool held_elsewhere;	/* lease_held_elsewhere logged, for holder_pid */
	long holder_pid;	/* as logged: 0 when not readable */
	long long next_try_ms;	/* back-off: not before this */
	int backoff_ms;		/* reset only by a whole round without a failure */
	bool stopped;		/* a configuration the server refuses: until a reload */
};

struct gateway {
	char *config_path;
	const char *rules_opt;
	const char *log_level_opt;	/* --log-level: over [gateway] log_level */
	struct metrics *metrics;	/* [metrics] listen; NULL: none */
	char *metrics_listen;
	bool connected_once;	/* a connection at the right schema was had */
	enum mb_status fatal;	/* != MB_OK: stop with it (a wrong schema at the start) */
	long long outbox_counted_ms;
	struct config cfg;
	struct rulestore rules;
	struct seal_key key;
	bool have_key;
	PGconn *db;
	long long db_next_try_ms;
	int db_backoff_ms;
	struct held sources[DAEMON_SOURCES_MAX];
	size_t nsources;
	size_t batch;
	long supervise_hours;		/* 0: none */
	long long supervise_next_ms;
	struct replies_config rc;
	struct smtp_config smtp;
	bool have_smtp;
	long long mail_next_try_ms;	/* the SMTP server failed: not before this */
	bool key_published;	/* the outbox key's public half is in the database */
	int mail_backoff_ms;
};

/* The next delay: doubled, capped, with +-25% jitter so gateways that failed
 * together do not retry together. */
static int
backoff_next(int *cur)
{
	*cur = *cur ? *cur * 2 : DAEMON_BACKOFF_MIN_MS;
	if (*cur > DAEMON_BACKOFF_MAX_MS)
		*cur = DAEMON_BACKOFF_MAX_MS;
	int jitter = (int)(randombytes_uniform((uint32_t)(*cur / 2 + 1))) - *cur / 4;
	return *cur + jitter;
}

static void ahead_drop(struct ahead *a);

static void
gateway_sources_free(struct gateway *g)
{
	for (size_t i = 0; i < g->nsources; i++) {
		ahead_drop(&g->sources[i].ahead);
		source_free(&g->sources[i].src);
	}
	g->nsources = 0;
}

/* Reads the configuration: key, sources. The rules are loaded apart. */
static enum mb_status
gateway_configure(struct gateway *g, char *err, size_t errlen)
{
	struct config cfg;
	if (config_load(g->config_path, &cfg, err, errlen) != MB_OK)
		return MB_CONFIG;
	struct held fresh[DAEMON_SOURCES_MAX];
	size_t n = 0;
	const char *last = "";
	for (size_t i = 0; i < cfg.count; i++) {
		const char *sec = cfg.v[i].section;
		if (strcmp(sec, last) == 0)
			continue;
		last = sec;
		bool seen = false;
		for (size_t k = 0; k < i; k++)
			if (strcmp(cfg.v[k].section, sec) == 0)
				seen = true;
		const struct config_section *cs = config_keys_section(sec);
		if (seen || cs == NULL || !cs->source)
			continue;
		if (n >= DAEMON_SOURCES_MAX) {
			snprintf(err, errlen, "%s: more than %d sources", g->config_path,
				 DAEMON_SOURCES_MAX);
			goto fail;
		}
		memset(&fresh[n], 0, sizeof(fresh[n]));
		if (source_new(&cfg, sec, &fresh[n].src, err, errlen) != MB_OK)
			goto fail;
		n++;
	}
	if (n == 0) {
		snprintf(err, errlen, "%s: no source: a gateway needs at least one [imap NAME], "
			 "[webform NAME] or [spool NAME] (mayorbox.conf(5))", g->config_path);
		goto fail;
	}
	enum log_level level = LOG_INFO;
	const char *lv = g->log_level_opt ? g->log_level_opt : config_get(&cfg, "gateway", "log_level");
	if (lv && !log_level_parse(lv, &level)) {
		snprintf(err, errlen, "%s: [gateway] log_level: is debug, info, warn or error",
			 g->config_path);
		goto fail;
	}
	const char *ml = config_get(&cfg, "metrics", "listen");
	if (ml && *ml && !metrics_listen_ok(ml, err, errlen)) {
		char m2[512];
		snprintf(m2, sizeof(m2), "%s", err);
		snprintf(err, errlen, "%s: %s", g->config_path, m2);
		goto fail;
	}
	{
		char terr[512];
		if (db_check_tls(db_conninfo(NULL, &cfg), terr, sizeof(terr)) != MB_OK) {
			snprintf(err, errlen, "%s: [database] conninfo: %s", g->config_path, terr);
			goto fail;
		}
	}
	const char *kp = config_get(&cfg, "confidential", "public_key_file");
	struct seal_key key;
	bool have_key = false;
	if (kp) {
		if (seal_load_public(kp, &key, err, errlen) != MB_OK)
			goto fail;
		have_key = true;
	}
	const char *b = config_get(&cfg, "gateway", "batch");
	size_t batch = DAEMON_BATCH_DEFAULT;
	if (b) {
		char *end;
		long v = strtol(b, &end, 10);
		if (*end != '\0' || v < 1 || v > 100000) {
			snprintf(err, errlen, "%s: [gateway] batch: a number from 1 to 100000",
				 g->config_path);
			goto fail;
		}
		batch = (size_t)v;
	}
	const char *sh = config_get(&cfg, "gateway", "supervise_after_hours");
	long supervise_hours = DAEMON_SUPERVISE_HOURS_DEFAULT;
	if (sh) {
		char *end;
		supervise_hours = strtol(sh, &end, 10);
		if (*end != '\0' || supervise_hours < 0 || supervise_hours > 8760) {
			snprintf(err, errlen, "%s: [gateway] supervise_after_hours: a number from 0 "
				 "to 8760", g->config_path);
			goto fail;
		}
	}
	struct replies_config rc;
	if (replies_config_load(&cfg, &rc, err, errlen) != MB_OK)
		goto fail;
	struct smtp_config smtp;
	bool have_smtp = false;
	if (smtp_config_load(&cfg, &smtp, &have_smtp, err, errlen) != MB_OK) {
		replies_config_deinit(&rc);
		goto fail;
	}
	/* all read: put it in (the old sources' fetch ahead, which reads with
	 * g->rc and g->key, joined first) */
	gateway_sources_free(g);
	replies_config_deinit(&g->rc);
	g->rc = rc;
	sodium_memzero(&rc, sizeof(rc));	/* the outbox key lives in g->rc only */
	if (g->have_smtp)
		smtp_config_deinit(&g->smtp);
	g->have_smtp = have_smtp;
	if (g->have_smtp)
		g->smtp = smtp;
	g->rc.enabled = g->rc.enabled && g->have_smtp;
	g->key_published = false;
	if (g->rc.enabled && !g->rc.have_outbox_key)
		log_event(LOG_WARN, "no_outbox_key", "why", "confidential writers get no "
			  "acknowledgement without [replies] outbox_key_file", NULL);
	memcpy(g->sources, fresh, n * sizeof(fresh[0]));
	g->nsources = n;
	log_set_level(level);
	if (g->metrics == NULL && ml && *ml) {
		/* at the start only: a reload does not move the listener */
		g->metrics = metrics_start(ml, err, errlen);
		if (g->metrics == NULL) {
			config_deinit(&cfg);
			return MB_CONNECTION;
		}
		g->metrics_listen = xstrdup(ml);
		log_event(LOG_INFO, "metrics_listening", "listen", ml, NULL);
	} else if (g->metrics_listen && (ml == NULL || strcmp(ml, g->metrics_listen) != 0)) {
		log_event(LOG_WARN, "metrics_listen_kept", "listen", g->metrics_listen, "why",
			  "[metrics] listen changes with a restart, not a reload", NULL);
	}
	{
		const char *names[DAEMON_SOURCES_MAX];
		int polls[DAEMON_SOURCES_MAX];
		for (size_t i = 0; i < n; i++) {
			names[i] = g->sources[i].src->name;
			polls[i] = g->sources[i].src->poll_seconds;
		}
		metrics_set_sources(g->metrics, names, polls, n);
	}
	config_deinit(&g->cfg);
	g->cfg = cfg;
	g->key = key;
	g->have_key = have_key;
	g->batch = batch;
	g->supervise_hours = supervise_hours;
	return MB_OK;
fail:
	for (size_t i = 0; i < n; i++)
		source_free(&fresh[i].src);
	config_deinit(&cfg);
	return MB_CONFIG;
}

static enum mb_status
gateway_load_rules(struct gateway *g)
{
	char dir[4096];
	struct ruleset *set = NULL;
	rulesdir_find(g->rules_opt ? g->rules_opt : config_get(&g->cfg, "rules", "dir"), dir,
		      sizeof(dir));
	struct ruleset_problems probs = {0};
	enum mb_status r = rulesdir_load(dir, &set, &probs);
	rulesdir_problems_print(stderr, &probs, dir);
	ruleset_problems_deinit(&probs);
	if (r != MB_OK) {
		log_event(LOG_ERROR, "rules_refused", "dir", dir, "why", "see the lines above",
			  NULL);
		return r;
	}
	char gen[32], digest[sizeof(set->digest)];
	snprintf(digest, sizeof(digest), "%s", set->digest);
	snprintf(gen, sizeof(gen), "%lu", rulestore_swap(&g->rules, set));
	metrics_rules(g->metrics, digest);
	log_event(LOG_INFO, "rules_loaded", "dir", dir, "generation", gen, "digest", digest, NULL);
	return MB_OK;
}

static bool
db_ok(struct gateway *g)
{
	if (g->db && PQstatus(g->db) == CONNECTION_OK)
		return true;
	metrics_database(g->metrics, false);
	if (mono_ms() < g->db_next_try_ms)
		return false;
	if (g->db) {
		PQfinish(g->db);
		g->db = NULL;
		for (size_t i = 0; i < g->nsources; i++) {
			g->sources[i].leased = false;	/* the locks went with it */
			ahead_drop(&g->sources[i].ahead);
			metrics_lease(g->metrics, g->sources[i].src->name, false);
		}
	}
	char err[512];
	g->db = db_connect(db_conninfo(NULL, &g->cfg), err, sizeof(err));
	if (g->db == NULL) {
		char ms[32];
		int d = backoff_next(&g->db_backoff_ms);
		snprintf(ms, sizeof(ms), "%d", d);
		log_event(LOG_WARN, "database_unavailable", "error", err, "retry_ms", ms, NULL);
		g->db_next_try_ms = mono_ms() + d;
		return false;
	}
	/* the schema first: a function missing or changed would quarantine
	 * every letter (an upgrade done in the wrong order) */
	long version = 0;
	enum mb_status sc = db_schema_check(g->db, &version, err, sizeof(err));
	if (sc != MB_OK) {
		char ms[32];
		int d = backoff_next(&g->db_backoff_ms);
		bool mismatch = sc == MB_CONFIG;	/* else the question was not answered */
		snprintf(ms, sizeof(ms), "%d", d);
		if (mismatch && !g->connected_once) {
			log_event(LOG_ERROR, "schema_mismatch", "error", err, NULL);
			g->fatal = MB_CONFIG;	/* at the start: refuse */
		} else {
			log_event(mismatch ? LOG_ERROR : LOG_WARN,
				  mismatch ? "schema_mismatch" : "database_unavailable", "error", err,
				  "retry_ms", ms, NULL);
		}
		PQfinish(g->db);
		g->db = NULL;
		g->db_next_try_ms = mono_ms() + d;
		return false;
	}
	g->connected_once = true;
	g->db_backoff_ms = 0;
	g->key_published = false;
	metrics_database(g->metrics, true);
	log_event(LOG_INFO, "database_connected", NULL);
	return true;
}

static bool
lease(struct gateway *g, struct held *h)
{
	if (h->leased)
		return true;
	bool answered;
	h->leased = leases_take(g->db, h->src->name, &answered);
	metrics_lease(g->metrics, h->src->name, h->leased);
	if (h->leased) {
		log_event(LOG_INFO, "lease_taken", "source", h->src->name, NULL);
		h->held_elsewhere = false;
		h->holder_pid = 0;
		return true;
	}
	if (!answered)
		return false;
	/* loud, but once per change of holder, not every poll */
	long pid = leases_holder(g->db, h->src->name);
	if (pid > 0)
		metrics_good_poll(g->metrics, h->src->name);	/* served, by another gateway */
	if (!h->held_elsewhere || pid != h->holder_pid) {
		char ps[32];
		snprintf(ps, sizeof(ps), "%ld", pid);
		log_event(LOG_WARN, "lease_held_elsewhere", "source", h->src->name, "holder_pid",
			  pid > 0 ? ps : "unknown", "why", "another session holds this source's "
			  "lease; nothing is filed from it here until it is released", NULL);
		h->held_elsewhere = true;
		h->holder_pid = pid;
	}
	return false;
}

static void
source_failed(struct held *h, const char *what, const char *err)
{
	char ms[32];
	int d = backoff_next(&h->backoff_ms);
	snprintf(ms, sizeof(ms), "%d", d);
	log_event(LOG_WARN, what, "source", h->src->name, "error", err, "retry_ms", ms, NULL);
	h->next_try_ms = mono_ms() + d;
	h->open = false;	/* open() reconnects; close() is only for the end */
	ahead_drop(&h->ahead);	/* fetched on the connection given up */
}

enum { TALLY_FILED, TALLY_ALREADY, TALLY_WAITING, TALLY_QUARANTINED, TALLY_N };

/* What became of one letter: its state for ack, its count, its log line.
 * false when the database went away (the transaction is lost). */
static bool
daemon_outcome(const struct source *s, struct source_item *it, enum ingest_outcome o,
	       const struct ingest_result *res, const char *ms,
	       unsigned long tally[TALLY_N])
{
	bool lost = false;
	switch (o) {
	case INGEST_FILED:
		it->state = SOURCE_ITEM_FILED;
		tally[TALLY_FILED]++;
		/* what the office's own tables say of it; nothing of the writer */
		log_event(LOG_INFO, "filed", "source", s->name, "key", it->source_key, "case",
			  res->case_number, "category",
			  res->category ? res->category : "none", "department",
			  res->department ? res->department : "none",
			  "confidential", res->confidential ? "yes" : "no", "ms", ms, NULL);
		break;
	case INGEST_ALREADY:
		it->state = SOURCE_ITEM_FILED;
		tally[TALLY_ALREADY]++;
		log_event(LOG_INFO, "already_filed", "source", s->name, "key", it->source_key,
			  "case", res->case_number, "ms", ms, NULL);
		break;
	case INGEST_WAITING:
		it->state = SOURCE_ITEM_WAITING;
		tally[TALLY_WAITING]++;
		log_event(LOG_WARN, "letter_waits", "source", s->name, "key", it->source_key,
			  "why", res->err, NULL);
		break;
	case INGEST_FAILED:
		it->state = SOURCE_ITEM_FAILED;
		tally[TALLY_QUARANTINED]++;
		log_event(LOG_ERROR, "letter_quarantined", "source", s->name, "key",
			  it->source_key, "why", res->err, NULL);
		break;
	case INGEST_CONNECTION:
		lost = true;
		log_event(LOG_ERROR, "database_lost", "source", s->name, "error", res->err, NULL);
		break;
	}
	return !lost;
}

/* What the store holds already of b, in one question, before anything is
 * read (a batch fetched again after a crash between COMMIT and ack). */
static enum mb_status
daemon_known(struct gateway *g, const struct source_batch *b, struct store_filed *known,
	     char *err, size_t errlen)
{
	const char **keys = xcalloc(b->count, sizeof(*keys));
	for (size_t i = 0; i < b->count; i++)
		keys[i] = b->v[i].source_key;
	enum mb_status st = store_filed_keys(g->db, keys, b->count, known, err, errlen);
	free(keys);
	return st;
}

/* b's letters as ingest reads them (borrowed from b), with the store's
 * answers known[i] when asked (NULL: not asked). */
static struct ingest_item *
batch_items(const struct source_batch *b, const struct store_filed *known)
{
	struct ingest_item *in = xcalloc(b->count ? b->count : 1, sizeof(*in));
	for (size_t i = 0; i < b->count; i++)
		in[i] = (struct ingest_item){
			.raw = b->v[i].raw, .len = b->v[i].len, .source_key = b->v[i].source_key,
			.warning = b->v[i].warning, .known = known ? &known[i] : NULL,
		};
	return in;
}

static void *
ahead_run(void *arg)
{
	struct ahead *a = arg;
	a->st = a->src->ops->fetch(a->src, &a->at, a->max, &a->b, a->err, sizeof(a->err));
	if (a->st != MB_OK || a->b.count == 0 || a->set == NULL)
		return NULL;
	/* read as daemon_batch will file it, but for what the store knows of
	 * it (asked when it is filed: a letter filed already is dropped then) */
	struct ingest_item *in = batch_items(&a->b, NULL);
	a->pre = ingest_read_ahead(&a->ctx, in, a->b.count);
	free(in);
	return NULL;
}

static void
ahead_join(struct ahead *a)
{
	if (!a->running)
		return;
	pthread_join(a->thread, NULL);
	a->running = false;
}

/* Waits for a fetch ahead, then forgets what it fetched: none of it was
 * filed or acknowledged, so the source hands it out again. */
static void
ahead_drop(struct ahead *a)
{
	ahead_join(a);
	ingest_ahead_free(&a->pre);
	ruleset_unref(&a->set);
	source_batch_clear(&a->b);
	source_position_clear(&a->at);
	a->ready = false;
	a->started = false;
}

/* The position b (fetched from at) leads to once each of its letters is
 * filed; false when it leads nowhere. */
static bool
ahead_position(struct source *s, const struct source_position *at, const struct source_batch *b,
	       struct source_position *next)
{
	struct source_batch all = *b;
	all.v = xcalloc(b->count ? b->count : 1, sizeof(*all.v));
	memcpy(all.v, b->v, b->count * sizeof(*all.v));
	for (size_t i = 0; i < b->count; i++)
		all.v[i].state = SOURCE_ITEM_FILED;
	*next = (struct source_position){-1, 0, NULL};
	bool moves = s->ops->advance(s, at, &all, next);
	free(all.v);
	return moves;
}

/* Starts fetching the batch after b on a thread of its own, when the
 * source allows it and may have more (a fetch that finds nothing costs a
 * round trip while b is filed, and is dropped). */
static void
ahead_start(struct gateway *g, struct held *h, const struct source_position *at,
	    const struct source_batch *b)
{
	struct source *s = h->src;
	struct ahead *a = &h->ahead;
	if (s->ops->advance == NULL || s->ops->fetch_ahead_ok == NULL
	    || b->last || b->count == 0 || !s->ops->fetch_ahead_ok(s))
		return;
	if (!ahead_position(s, at, b, &a->at))
		return;
	a->src = s;
	a->max = g->batch;
	a->b = (struct source_batch){0};
	a->st = MB_OK;
	a->err[0] = '\0';
	a->pre = NULL;
	a->set = rulestore_get(&g->rules);
	a->ctx = (struct ingest_context){
		.source_name = s->name, .set = a->set, .key = g->have_key ? &g->key : NULL,
		.rc = &g->rc,
	};
	if (pthread_create(&a->thread, NULL, ahead_run, a) == 0) {
		a->running = a->started = true;
	} else {
		source_position_clear(&a->at);
		ruleset_unref(&a->set);
	}
}

static bool
position_same(const struct source_position *x, const struct source_position *y)
{
	return x->uidvalidity == y->uidvalidity && x->last_uid == y->last_uid
	       && ((x->cursor == NULL && y->cursor == NULL)
		   || (x->cursor && y->cursor && strcmp(x->cursor, y->cursor) == 0));
}

/* After the current batch's COMMIT (committed) or its failure: waits for
 * the fetch ahead, and keeps its batch only when it was fetched from the
 * position that was saved (*saved; NULL when none was). */
static void
ahead_finish(struct held *h, bool committed, const struct source_position *saved)
{
	struct ahead *a = &h->ahead;
	if (!a->started)
		return;
	ahead_join(a);
	a->started = false;
	/* the batch in hand goes on: its acknowledgement, or the next fetch,
	 * meets the same failure and reports it with its back-off */
	if (a->st != MB_OK)
		log_event(LOG_DEBUG, "fetch_ahead_failed", "source", h->src->name, "error", a->err,
			  NULL);
	if (committed && saved != NULL && a->st == MB_OK && a->b.count > 0
	    && position_same(saved, &a->at))
		a->ready = true;
	else
		ahead_drop(a);
}

/* Where s stands (a source with positions), then its next batch after it. */
static enum mb_status
daemon_fetch(struct gateway *g, struct source *s, struct source_position *at,
	     struct source_batch *b, char *err, size_t errlen)
{
	enum mb_status st = MB_OK;
	if (s->ops->advance != NULL)
		st = positions_get(g->db, s->name, s->position_key, at, err, errlen);
	if (st == MB_OK)
		st = s->ops->fetch(s, s->ops->advance ? at : NULL, g->batch, b, err, errlen);
	return st;
}

/* One batch of one source: 1 when letters were handled, 0 when there were
 * none, -1 on a failure (backed off). */
static int
daemon_batch(struct gateway *g, struct held *h, struct ingest_stats *stats)
{
	char err[1024];
	struct source *s = h->src;
	struct source_batch b = {0};
	struct source_position at = {-1, 0, NULL}, next = {-1, 0, NULL};
	struct store_filed *known = NULL;
	struct ingest_ahead *pre = NULL;	/* b read ahead, under pre_set */
	struct ruleset *pre_set = NULL;
	int ret = 1;
	long long started = mono_ms();
	unsigned long tally[TALLY_N] = {0, 0, 0, 0};
	bool committed = false;

	if (!h->open) {
		if (mono_ms() < h->next_try_ms)
			return -1;
		enum mb_status ost = s->ops->open(s, err, sizeof(err));
		if (ost == MB_FATAL) {
			/* retrying cannot help: said once, at error level */
			log_event(LOG_ERROR, "source_stopped", "source", s->name, "error", err, "why",
				  "nothing is fetched from this source until the configuration is "
				  "changed and reloaded (SIGHUP)", NULL);
			h->stopped = true;
			return -1;
		}
		if (ost != MB_OK) {
			source_failed(h, "source_unavailable", err);
			return -1;
		}
		h->open = true;
	}
	enum mb_status st = MB_OK;
	if (h->ahead.ready) {
		/* fetched while the batch before was filed, from the position
		 * its COMMIT saved */
		b = h->ahead.b;
		at = h->ahead.at;
		pre = h->ahead.pre;
		pre_set = h->ahead.set;
		h->ahead.b = (struct source_batch){0};
		h->ahead.at = (struct source_position){-1, 0, NULL};
		h->ahead.pre = NULL;
		h->ahead.set = NULL;
		h->ahead.ready = false;
		char n[32];
		snprintf(n, sizeof(n), "%zu", b.count);
		log_event(LOG_DEBUG, "fetched_ahead", "source", s->name, "letters", n, "read",
			  pre != NULL ? "ahead" : "now", NULL);
	} else {
		st = daemon_fetch(g, s, &at, &b, err, sizeof(err));
	}
	if (st != MB_OK) {
		source_position_clear(&at);
		source_batch_clear(&b);
		source_failed(h, "fetch_failed", err);
		return -1;
	}
	metrics_good_poll(g->metrics, s->name);
	if (b.count == 0) {
		metrics_waiting(g->metrics, s->name, 0);
		source_position_clear(&at);
		source_batch_clear(&b);
		ingest_ahead_free(&pre);
		ruleset_unref(&pre_set);
		return 0;
	}
	struct ruleset *set = rulestore_get(&g->rules);
	if (pre_set != set)
		ingest_ahead_free(&pre);	/* read under rules since reloaded */
	ruleset_unref(&pre_set);	/* the same as set, which holds it, or done with */
	known = xcalloc(b.count, sizeof(*known));
	st = daemon_known(g, &b, known, err, sizeof(err));
	if (st == MB_CONNECTION) {
		log_event(LOG_ERROR, "database_lost", "source", s->name, "error", err, NULL);
		ret = -1;
		goto out;
	}
	bool have_known = st == MB_OK;	/* else file_letter recognises them */
	if (!db_tx_begin(g->db)) {
		ret = -1;
		goto out;
	}
	const struct ingest_context ctx = {
		.source_name = s->name, .set = set, .key = g->have_key ? &g->key : NULL,
		.rc = &g->rc,
	};
	size_t first_waiting = b.count;
	bool lost = false;
	/* read on worker threads, filed in one round trip (ingest_batch) */
	struct ingest_item *in = batch_items(&b, have_known ? known : NULL);
	enum ingest_outcome *outcome = xcalloc(b.count, sizeof(*outcome));
	struct ingest_result *res = xcalloc(b.count, sizeof(*res));
	/* the next batch is fetched meanwhile (the source is not touched
	 * here again before ahead_finish) */
	ahead_start(g, h, &at, &b);
	long long t0 = mono_ms();
	if (pre != NULL)
		ingest_batch_ahead(g->db, &ctx, in, b.count, &pre, stats, outcome, res);
	else
		ingest_batch(g->db, &ctx, in, b.count, stats, outcome, res);
	char ms[32];
	/* the letter's share of the batch's time */
	snprintf(ms, sizeof(ms), "%lld", (mono_ms() - t0) / (long long)b.count);
	for (size_t i = 0; i < b.count && !lost; i++) {
		struct source_item *it = &b.v[i];
		it->confidential = res[i].confidential;
		if (outcome[i] == INGEST_WAITING && first_waiting == b.count)
			first_waiting = i;
		lost = !daemon_outcome(s, it, outcome[i], &res[i], ms, tally);
	}
	free(in);
	free(outcome);
	free(res);
	if (lost) {
		ret = -1;	/* nothing committed, nothing acknowledged */
		goto out;
	}
	/* the fetch ahead is done before the source is asked anything */
	ahead_join(&h->ahead);
	bool save = true, saved = false;
	struct source_batch view = b;
	if (first_waiting < b.count) {
		view.count = first_waiting;
		if (b.next_cursor != NULL || first_waiting == 0)
			save = false;
	}
	/* the position moves with the letters, in their transaction */
	if (save && s->ops->advance != NULL && s->ops->advance(s, &at, &view, &next)) {
		if (positions_put(g->db, s->name, s->position_key, &next, err, sizeof(err)) != MB_OK) {
			log_event(LOG_ERROR, "save_failed", "source", s->name, "error", err, NULL);
			(void)db_exec_ok(g->db, "ROLLBACK");
			ret = -1;
			goto out;
		}
		saved = true;
	}
	if (!db_commit(g->db)) {
		log_event(LOG_ERROR, "commit_failed", "source", s->name, "error", db_error(g->db),
			  NULL);
		ret = -1;
		goto out;
	}
	committed = true;
	ahead_finish(h, true, saved ? &next : NULL);
	metrics_letters(g->metrics, s->name, METRICS_FILED, tally[TALLY_FILED]);
	metrics_letters(g->metrics, s->name, METRICS_ALREADY, tally[TALLY_ALREADY]);
	metrics_letters(g->metrics, s->name, METRICS_QUARANTINED, tally[TALLY_QUARANTINED]);
	/* committed: now, and only now, the source hears of it */
	if (s->ops->ack(s, &b, err, sizeof(err)) != MB_OK) {
		/* the letters are filed; a later fetch finds them filed */
		source_failed(h, "ack_failed", err);
		ret = -1;
	}
	if (first_waiting < b.count)
		ret = 0;	/* do not spin on letters that wait */
	metrics_waiting(g->metrics, s->name, tally[TALLY_WAITING]);
	/* the source has no more now (a feed's last page, "next": null, or a
	 * cursor that did not move): asking again would answer the same */
	if (b.last)
		ret = 0;
out:
	if (!committed)
		ahead_finish(h, false, NULL);	/* joined, and dropped */
	if (ret < 0 && !committed)	/* fetched, not committed: each comes again */
		metrics_letters(g->metrics, s->name, METRICS_FAILED, b.count);
	metrics_batch_seconds(g->metrics, s->name, (double)(mono_ms() - started) / 1000.0);
	ruleset_unref(&set);
	ingest_ahead_free(&pre);
	source_position_clear(&at);
	source_position_clear(&next);
	free(known);
	source_batch_clear(&b);
	return ret;
}

/* Mail sealed to another outbox key waits for a gateway that holds it: say
 * so once per connection. (The outbox key is never published from here:
 * supervisors pin it in their own configuration.) */
static bool
publish_key(struct gateway *g)
{
	long n = 0;
	bool ok = outbox_other_key(g->db, g->rc.outbox_key_id, &n);
	char pending[32];
	snprintf(pending, sizeof(pending), "%ld", n);
	if (ok && n != 0)
		log_event(LOG_WARN, "outbox_sealed_to_other_key", "pending", pending,
			  "why", "this gateway's outbox_key_file is not the key they were sealed to",
			  NULL);
	else if (!ok)
		log_event(LOG_WARN, "outbox_key_check_failed", "error", db_error(g->db), NULL);
	return ok;
}

/* The daily supervision of overdue cases (at most once an hour; the
 * database supervises each case once a local day, whichever gateway asks). */
static void
daemon_supervise(struct gateway *g, bool once)
{
	if (g->supervise_hours == 0 || (!once && mono_ms() < g->supervise_next_ms))
		return;
	g->supervise_next_ms = mono_ms() + DAEMON_SUPERVISE_EVERY_MS;
	char h[32], err[512];
	snprintf(h, sizeof(h), "%ld", g->supervise_hours);
	const char *p[1] = {h};
	PGresult *r = PQexecParams(g->db, "SELECT supervise_overdue($1::integer)", 1, NULL, p,
				   NULL, NULL, 0);
	if (PQresultStatus(r) == PGRES_TUPLES_OK) {
		if (strcmp(PQgetvalue(r, 0, 0), "0") != 0)
			log_event(LOG_INFO, "cases_supervised", "count", PQgetvalue(r, 0, 0),
				  "overdue_hours", h, NULL);
	} else {
		snprintf(err, sizeof(err), "%s", db_error(g->db));
		log_event(LOG_WARN, "supervise_failed", "error", err, NULL);
	}
	PQclear(r);
}

/* Sends what the outbox holds that is due. A server that is away is tried
 * again after a back-off; the mail waits in the outbox meanwhile. */
static void
daemon_mail(struct gateway *g, bool once, bool *any_failed)
{
	char err[1024];
	struct outbox_stats os = {0};
	if (!once && mono_ms() < g->mail_next_try_ms)
		return;
	enum mb_status st = outbox_send_due(g->db, &g->smtp, &g->rc, DAEMON_MAIL_PER_ROUND,
					    g->rc.retry_first_seconds, &os, err, sizeof(err));
	if (st == MB_OK) {
		g->mail_backoff_ms = 0;
		return;
	}
	*any_failed = true;
	/* no longer than a mail's own first back-off: a server back from an
	 * outage is found within a minute, whatever its length */
	int d = backoff_next(&g->mail_backoff_ms);
	if (g->mail_backoff_ms > DAEMON_MAIL_BACKOFF_MAX_MS) {
		g->mail_backoff_ms = DAEMON_MAIL_BACKOFF_MAX_MS;
		d = DAEMON_MAIL_BACKOFF_MAX_MS;
	}
	g->mail_next_try_ms = mono_ms() + d;
	log_event(st == MB_FATAL ? LOG_ERROR : LOG_WARN, "mail_unavailable", "error", err, NULL);
}

/* The outbox by state for the metrics (outbox_counts(), 007), now and then. */
static void
daemon_outbox_counts(struct gateway *g)
{
	if (g->metrics == NULL || mono_ms() < g->outbox_counted_ms + DAEMON_OUTBOX_COUNTS_MS)
		return;
	g->outbox_counted_ms = mono_ms();
	struct outbox_counts c;
	if (outbox_counts(g->db, &c))
		metrics_outbox(g->metrics, c.pending, c.sent, c.failed, c.bounced);
}

/* systemd's STATUS= line: counts only. */
static void
daemon_status(const struct gateway *g, const struct ingest_stats *st)
{
	char line[160];
	snprintf(line, sizeof(line), "%zu source(s); filed %lu, already filed %lu, waiting %lu, "
		 "quarantined %lu", g->nsources, st->filed, st->already, st->waiting, st->failed);
	notify_status(line);
}

enum mb_status
daemon_run(const char *config_path, const char *rules_opt, const char *log_level, bool once)
{
	struct gateway g;
	char err[1024];
	enum mb_status ret = MB_OK;

	memset(&g, 0, sizeof(g));
	g.config_path = xstrdup(config_path);
	g.rules_opt = rules_opt;
	g.log_level_opt = log_level;
	rulestore_init(&g.rules);
	enum mb_status r = gateway_configure(&g, err, sizeof(err));
	if (r != MB_OK) {
		fprintf(stderr, "mayorbox run: %s\n", err);
		ret = r;
		goto out;
	}
	r = gateway_load_rules(&g);
	if (r != MB_OK) {
		ret = r;
		goto out;
	}
	struct sigaction sa;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = daemon_on_signal;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	signal(SIGPIPE, SIG_IGN);
	log_event(LOG_INFO, "started", "mode", once ? "once" : "daemon", "version",
		  MAYORBOX_VERSION, NULL);
	notify_ready();

	struct ingest_stats stats = {0};
	bool any_failed = false;
	while (!daemon_stop_flag) {
		notify_watchdog();
		if (daemon_reload_flag) {
			daemon_reload_flag = 0;
			notify_reloading();
			if (gateway_configure(&g, err, sizeof(err)) != MB_OK) {
				log_event(LOG_ERROR, "reload_refused", "error", err, NULL);
			} else {
				/* the new sources lease afresh */
				if (g.db && PQstatus(g.db) == CONNECTION_OK)
					(void)leases_release(g.db);
				log_event(LOG_INFO, "configuration_reloaded", NULL);
			}
			(void)gateway_load_rules(&g);	/* keeps the old set when broken */
			notify_ready();
		}
		if (!db_ok(&g)) {
			if (g.fatal) {
				fprintf(stderr, "mayorbox run: refused: the database's schema is not this "
					"program's (see the line above); run 'mayorbox db migrate'\n");
				ret = g.fatal;
				break;
			}
			if (once) {
				ret = MB_TEMPORARY;
				break;
			}
			usleep(200 * 1000);
			continue;
		}
		if (!g.key_published && g.rc.have_outbox_key)
			g.key_published = publish_key(&g);
		int min_poll = 3600;
		for (size_t i = 0; i < g.nsources && !daemon_stop_flag; i++) {
			struct held *h = &g.sources[i];
			if (h->src->poll_seconds < min_poll)
				min_poll = h->src->poll_seconds;
			if (h->stopped) {
				any_failed = true;
				continue;
			}
			if (!lease(&g, h))
				continue;	/* another gateway holds it */
			bool round_failed = false;
			for (long n = 0; n < DAEMON_ONCE_BATCHES_MAX && !daemon_stop_flag; n++) {
				int b = daemon_batch(&g, h, &stats);
				if (b < 0)
					round_failed = true;
				if (b <= 0)
					break;
			}
			/* the back-off counts whole rounds: a fetch that works
			 * before the acknowledgement fails does not reset it */
			if (round_failed)
				any_failed = true;
			else if (h->open)
				h->backoff_ms = 0;
		}
		if (!daemon_stop_flag && g.db && PQstatus(g.db) == CONNECTION_OK)
			daemon_supervise(&g, once);
		if (g.have_smtp && !daemon_stop_flag)
			daemon_mail(&g, once, &any_failed);
		daemon_outbox_counts(&g);
		daemon_status(&g, &stats);
		if (once)
			break;
		/* no longer than the watchdog allows, nor than the health check
		 * needs to see a poll (it asks for one in three intervals) */
		long wait_ms = (long)min_poll * 1000, wd = notify_watchdog_wait_ms();
		if (wd > 0 && wd < wait_ms)
			wait_ms = wd;
		notify_watchdog();
		if (g.nsources == 1 && g.sources[0].open && g.sources[0].leased)
			g.sources[0].src->ops->wait(g.sources[0].src, (int)wait_ms, &daemon_stop);
		else
			for (long waited = 0; waited < wait_ms && !daemon_stop_flag
			     && !daemon_reload_flag; waited += 100)
				usleep(100 * 1000);
	}
	{
		char f[32], a[32], w[32], q[32];
		snprintf(f, sizeof(f), "%lu", stats.filed);
		snprintf(a, sizeof(a), "%lu", stats.already);
		snprintf(w, sizeof(w), "%lu", stats.waiting);
		snprintf(q, sizeof(q), "%lu", stats.failed);
		notify_stopping();
		log_event(LOG_INFO, "stopped", "filed", f, "already_filed", a, "waiting", w,
			  "quarantined", q, NULL);
	}
	if (once && ret == MB_OK && any_failed)
		ret = MB_TEMPORARY;
out:
	metrics_free(&g.metrics);
	free(g.metrics_listen);
	gateway_sources_free(&g);
	if (g.db)
		PQfinish(g.db);
	rulestore_deinit(&g.rules);
	replies_config_deinit(&g.rc);
	if (g.have_smtp)
		smtp_config_deinit(&g.smtp);
	config_deinit(&g.cfg);
	sodium_memzero(&g.key, sizeof(g.key));
	free(g.config_path);
	return ret;
}
