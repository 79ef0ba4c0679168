/*
 * ingest.c - read, seal, store one letter (see ingest.h).
 */
#include "ingest.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>


#include "classify.h"
#include "db.h"
#include "letter_json.h"
#include "log.h"
#include "read.h"
#include "visit_mail.h"
#include "visits.h"
#include "xalloc.h"


/* A new case's acknowledgement (it->ack_to, pointing to l->from or, when
 * it must not repeat the writer's name, to ack_addr): no database. */
static void
ingest_ack(const struct letter *l, const struct replies_config *rc, struct store_item *it,
	   struct letter_address *ack_addr)
{
	const char *why;
	it->sender = l->from.address;
	it->ack_to = replies_ack_recipient(rc, l, &why);
	it->ack_echo = it->ack_to != NULL && replies_sender_authenticated(rc, l);
	if (it->ack_to != NULL && !it->ack_echo) {
		/* an unauthenticated sender: its display name is not repeated */
		*ack_addr = (struct letter_address){.name = NULL, .address = it->ack_to->address};
		it->ack_to = ack_addr;
	}
	it->ack_limit = rc->per_sender_per_day;
	it->ack_hour_limit = rc->acks_per_hour;
	if (rc->have_outbox_key) {
		it->ack_key = &rc->outbox_pk;
		it->ack_key_id = rc->outbox_key_id;
		it->sender_hash_key = rc->sender_hash_key;
	}
}

/* Whether ingest_replies may ask the database about l (a report about our
 * mail, a follow-up): such a letter is filed on its own, after its
 * questions, not in a pipelined batch. */
static bool
ingest_asks(const struct letter *l, const struct replies_config *rc)
{
	char number[32];
	return l->auto_submitted || l->delivery_report || l->in_reply_to
	       || l->references_count > 0
	       || replies_subject_case(rc, l->subject, number, sizeof(number));
}

/* A short answer to a return visit ("3", visit_mail.h) is recorded on its
 * case (*visit, r) instead of being filed as a letter; joined only the way
 * a follow-up is (store/visits.h). A letter the rules seal is never read
 * as one: it goes the follow-up way, sealed. */
static enum mb_status
ingest_visit(PGconn *db, const struct letter *l, const char *number, const struct store_item *it,
	     struct store_result *r, bool *visit, char *err, size_t errlen)
{
	const char *result;
	char note[VISIT_NOTE_MAX + 1], recorded[16];
	bool filed = false;
	*visit = false;
	if (it->confidential || !visit_mail_answer(l->text, l->text_len, &result, note,
						   sizeof(note)))
		return MB_OK;
	memset(r, 0, sizeof(*r));
	enum mb_status st = store_visit_reply(db, l, number, l->source_key ? l->source_key
					      : it->content_hash, result, note, visit, &filed,
					      r->case_number, recorded, err, errlen);
	r->filed = filed;
	r->visit = *visit;
	if (st == MB_OK && *visit && filed)
		log_event(LOG_INFO, "visit_answer", "case", r->case_number, "result", result,
			  "recorded", recorded, NULL);
	return st;
}

/* Before a letter is filed: is it a report about our mail (then *report,
 * and it is attached, in r), a follow-up of a case (it->join_case), and
 * does it get an acknowledgement (it->ack_to, pointing to l->from or, when
 * it must not repeat the writer's name, to ack_addr)? */
static enum mb_status
ingest_replies(PGconn *db, struct letter *l, const char *source_name,
	       const struct replies_config *rc, struct store_item *it, bool *report,
	       struct store_result *r, char *how, size_t howlen, struct letter_address *ack_addr,
	       char *err, size_t errlen)
{
	char token[REPLIES_TOKEN_LEN + 1] = "";
	enum mb_status st;

	it->sender = l->from.address;
	if (l->auto_submitted || l->delivery_report) {
		bool have = l->in_reply_to && replies_find_token(l->in_reply_to,
								 strlen(l->in_reply_to), token);
		for (size_t i = 0; !have && i < l->references_count; i++)
			have = replies_find_token(l->references[i], strlen(l->references[i]),
						  token);
		/* a report names our mail in its returned headers */
		if (!have && l->delivery_report)
			have = replies_find_token((const char *)l->raw, l->raw_len, token);
		if (have) {
			st = store_report(db, it->legacy, l, it->content_hash, source_name, token,
					  report, r, err, errlen);
			if (st != MB_OK || *report)
				return st;
		}
	}
	char number[32];
	bool by_number = replies_subject_case(rc, l->subject, number, sizeof(number));
	if (by_number || l->in_reply_to || l->references_count > 0) {
		bool visit = false;
		st = ingest_visit(db, l, by_number ? number : NULL, it, r, &visit, err, errlen);
		if (st != MB_OK || visit) {
			*report = visit;
			return st;
		}
		long long cid = 0;
		bool conf = false;
		st = store_followup(db, l, by_number ? number : NULL, &cid, &conf, how, howlen, err,
				    errlen);
		if (st != MB_OK)
			return st;
		if (cid != 0) {
			it->join_case = cid;
			it->join_how = how;
			/* a letter joining a confidential case is sealed like it; a
			 * confidential letter joining a public case stays sealed and
			 * flags the case for a supervisor (file_letter) */
			it->confidential = it->confidential || conf;
			return MB_OK;	/* a follow-up gets no second acknowledgement */
		}
	}
	ingest_ack(l, rc, it, ack_addr);
	return MB_OK;
}

/* Filed before, as the store said for the whole batch: nothing is read. */
static enum ingest_outcome
ingest_known(const struct store_filed *k, struct ingest_stats *s, struct ingest_result *res)
{
	snprintf(res->case_number, sizeof(res->case_number), "%s", k->case_number);
	res->confidential = k->sealed;
	s->already++;
	return INGEST_ALREADY;
}

/* One letter read and made ready to file: what needs no database. */
struct ingest_prep {
	struct letter *l;
	struct classification cls;
	bool have_cls;
	char hex[LETTER_SHA256_HEX];
	char fkey[LETTER_FILE_KEY_MAX];
	char warning[1200];
	char key_id[17];
	struct store_item it;
	struct letter_address ack_addr;
	/* made ahead (ingest_batch): the letter goes in the pipelined batch;
	 * NULL: it is filed on its own (ingest_file) */
	struct store_filing *f;
};

/* Hashes, reads (parse, classify) and describes one letter in *p. */
static void
ingest_read(const struct ingest_context *ctx, const struct ingest_item *in, struct ingest_prep *p)
{
	char perr[512];
	const struct seal_key *key = ctx->key;

	memset(p, 0, sizeof(*p));
	if (in->hash)
		snprintf(p->hex, sizeof(p->hex), "%s", in->hash);
	else
		letter_content_hash(in->raw, in->len, p->hex);
	const char *source_key = in->source_key;
	if (source_key == NULL) {
		letter_file_key(p->hex, p->fkey);
		source_key = p->fkey;
	}
	enum mb_status pst = letter_read(in->raw, in->len, ctx->set, &p->l, &p->cls, perr,
					 sizeof(perr));
	bool have_cls = p->have_cls = pst == MB_OK;
	struct letter *l = p->l;
	struct classification *cls = &p->cls;
	free(l->source_key);
	l->source_key = xstrdup(source_key);
	if (!have_cls) {
		/* bad input is filed, not dropped: raw kept, unclassified */
		snprintf(p->warning, sizeof(p->warning), "not read as a letter: %s", perr);
	}
	if (in->warning) {
		size_t wl = strlen(p->warning);
		snprintf(p->warning + wl, sizeof(p->warning) - wl, "%s%s", wl ? "; " : "",
			 in->warning);
	}
	/* fail closed: a letter that cannot be read has an unknown writer, who
	 * may be a whistle-blower, so it is sealed */
	if (key)
		seal_key_id(key, p->key_id);
	p->it = (struct store_item){
		.letter = l,
		.content_hash = p->hex,
		.cls = have_cls ? cls : NULL,
		.source_name = ctx->source_name,
		.confidential = !have_cls || cls->confidential || cls->confidential_review
				|| l->anonymous,
		/* recall first: weaker evidence seals too, marked for a supervisor
		 * to confirm or release; stronger evidence (the rules' confidential,
		 * an anonymous writer) is not put in that queue */
		.confidential_review = have_cls && cls->confidential_review
				       && !l->anonymous,
		.extra_warning = p->warning[0] ? p->warning : NULL,
		.key_id = key ? p->key_id : NULL,
		.legacy = ctx->legacy_schema,
	};
}

/* A new case no rule recognises is sealed too (its writer is unknown to
 * the rules: recall first); a follow-up needs no category. */
static void
ingest_seal_unknown(struct ingest_prep *p)
{
	if (p->have_cls && p->it.join_case == 0 && p->cls.category == CATEGORY_NONE
	    && !p->cls.automatic)
		p->it.confidential = true;
}

static void
ingest_prep_deinit(struct ingest_prep *p)
{
	store_filing_free(&p->f);
	if (p->l != NULL)
		classify_deinit(&p->cls);
	letter_free(&p->l);
}

/* What the store said of a letter it took: counted, and its outcome. */
static enum ingest_outcome
ingest_filed(const struct store_item *it, const struct store_result *r, struct ingest_stats *s,
	     struct ingest_result *res)
{
	snprintf(res->case_number, sizeof(res->case_number), "%s", r->case_number);
	res->confidential = r->sealed;
	if (!r->filed) {
		s->already++;
		return INGEST_ALREADY;
	}
	s->filed++;
	res->category = it->cls ? ruleset_category_name(it->cls->category) : "unclassified";
	res->department = it->cls ? it->cls->department : NULL;
	s->joined += r->joined;
	s->acks += strcmp(r->ack, "queued") == 0;
	s->acks_limited += strcmp(r->ack, "limited") == 0;
	s->confidential += it->confidential;
	s->unclassified += r->unclassified;
	s->needs_review += r->needs_review;
	return INGEST_FILED;
}

/* Files one read letter on its own, under a savepoint of its own. */
static enum ingest_outcome
ingest_file(PGconn *db, const struct ingest_context *ctx, struct ingest_prep *p,
	    struct ingest_stats *s, struct ingest_result *res)
{
	char serr[512];
	const struct replies_config *rc = ctx->rc;
	const struct seal_key *key = ctx->key;
	struct store_item *it = &p->it;
	char *warning = p->warning;
	size_t warnsz = sizeof(p->warning);
	struct store_result r;

	if (!db_letter_savepoint(db)) {
		snprintf(res->err, sizeof(res->err), "database: %s", db_error(db));
		return INGEST_CONNECTION;
	}
	enum mb_status st = MB_OK;
	char how[32] = "";
	bool report = false;
	if (rc != NULL && p->have_cls) {
		st = ingest_replies(db, p->l, ctx->source_name, rc, it, &report, &r, how,
				    sizeof(how), &p->ack_addr, serr, sizeof(serr));
		if (st == MB_OK && report) {
			db_letter_release(db);
			snprintf(res->case_number, sizeof(res->case_number), "%s", r.case_number);
			s->reports += r.filed;
			/* attached to its case, no category */
			res->category = r.visit ? "visit" : "report";
			res->department = NULL;
			s->already += !r.filed;
			return r.filed ? INGEST_FILED : INGEST_ALREADY;
		}
	}
	ingest_seal_unknown(p);
	if (st == MB_OK)
		st = store_file(db, it, key, &r, serr, sizeof(serr));
	if (st == MB_BAD_LETTER) {
		/* once more, as an unreadable letter, with the reason */
		db_letter_rollback(db);
		size_t wl = strlen(warning);
		snprintf(warning + wl, warnsz - wl, "%sfiled without its classification: %s",
			 wl ? "; " : "", serr);
		it->cls = NULL;
		it->confidential = true;	/* unclassified: sealed (fail closed) */
		it->confidential_review = false;	/* no classification: no review mark */
		it->extra_warning = warning;
		st = store_file(db, it, key, &r, serr, sizeof(serr));
	}
	switch (st) {
	case MB_OK:
		db_letter_release(db);
		return ingest_filed(it, &r, s, res);
	case MB_TEMPORARY:
		db_letter_rollback(db);
		snprintf(res->err, sizeof(res->err), "%s", serr);
		s->waiting++;
		return INGEST_WAITING;
	case MB_CONNECTION:
		snprintf(res->err, sizeof(res->err), "%s", serr);
		return INGEST_CONNECTION;
	default:
		db_letter_rollback(db);
		snprintf(res->err, sizeof(res->err), "%s", serr);
		s->failed++;
		return INGEST_FAILED;
	}
}

/* Counted, fail closed, known: what every letter starts with. true when
 * the store knew it (res, stats done). */
static bool
ingest_start(const struct ingest_item *in, struct ingest_stats *s, struct ingest_result *res)
{
	s->files++;
	res->confidential = true;	/* fail closed: see ingest.h */
	res->case_number[0] = '\0';
	res->err[0] = '\0';
	res->category = res->department = NULL;
	if (in->known != NULL && in->known->filed) {
		(void)ingest_known(in->known, s, res);
		return true;
	}
	return false;
}

enum ingest_outcome
ingest_letter(PGconn *db, const struct ingest_context *ctx, const struct ingest_item *in,
	      struct ingest_stats *s, struct ingest_result *res)
{
	if (ingest_start(in, s, res))
		return INGEST_ALREADY;
	struct ingest_prep p;
	ingest_read(ctx, in, &p);
	enum ingest_outcome out = ingest_file(db, ctx, &p, s, res);
	ingest_prep_deinit(&p);
	return out;
}

/* The CPU part of a batch, shared by its worker threads: each takes the
 * next letter, reads it and, when it needs no question to the database
 * first, makes its filing (document, seal); the calling thread files them
 * in order as they become ready. */
struct ingest_work {
	const struct ingest_context *ctx;
	const struct ingest_item *in;
	struct ingest_prep *p;
	bool *ready;		/* under mu: p[i] is made */
	const bool *skip;
	size_t n;
	atomic_size_t next;
	pthread_mutex_t mu;
	pthread_cond_t made;
};

/* Reads letter i of w into w->p[i]. */
static void
ingest_make(struct ingest_work *w, size_t i)
{
	struct ingest_prep *p = &w->p[i];
	const struct replies_config *rc = w->ctx->rc;
	char err[512];
	ingest_read(w->ctx, &w->in[i], p);
	if (rc != NULL && p->have_cls) {
		if (ingest_asks(p->l, rc))
			return;
		ingest_ack(p->l, rc, &p->it, &p->ack_addr);
	}
	ingest_seal_unknown(p);
	/* a letter that waits (no key) or cannot be sealed: ingest_file says
	 * so on its own */
	if (store_filing_new(&p->it, w->ctx->key, &p->f, err, sizeof(err)) != MB_OK)
		p->f = NULL;
}

static void *
ingest_worker(void *arg)
{
	struct ingest_work *w = arg;
	for (size_t i; (i = atomic_fetch_add(&w->next, 1)) < w->n;) {
		if (!w->skip[i])
			ingest_make(w, i);
		pthread_mutex_lock(&w->mu);
		w->ready[i] = true;
		pthread_cond_broadcast(&w->made);
		pthread_mutex_unlock(&w->mu);
	}
	return NULL;
}

/* Waits until letter i of w is made. */
static void
ingest_wait(struct ingest_work *w, size_t i)
{
	pthread_mutex_lock(&w->mu);
	while (!w->ready[i])
		pthread_cond_wait(&w->made, &w->mu);
	pthread_mutex_unlock(&w->mu);
}

/* A run of letters sent in one round trip, [from, to) of the batch. */
struct ingest_run {
	size_t from, to;
	bool open;
	enum mb_status st;	/* MB_CONNECTION: the run is lost */
	char err[512];
};

/* Ends the run r: its results, or when the database refused one of its
 * letters, each on its own as ingest_letter would have filed it. */
static void
ingest_run_end(PGconn *db, const struct ingest_context *ctx, struct ingest_prep *p,
	       struct ingest_run *r, struct ingest_stats *s, enum ingest_outcome *out,
	       struct ingest_result *res)
{
	if (!r->open)
		return;
	size_t n = r->to - r->from;
	struct store_filing **f = xcalloc(n, sizeof(*f));
	struct store_result *sr = xcalloc(n, sizeof(*sr));
	for (size_t k = 0; k < n; k++)
		f[k] = p[r->from + k].f;
	if (r->st == MB_OK)
		r->st = store_batch_end(db, f, n, sr, r->err, sizeof(r->err));
	for (size_t k = 0; k < n; k++) {
		size_t i = r->from + k;
		if (r->st == MB_OK) {
			out[i] = ingest_filed(&p[i].it, &sr[k], s, &res[i]);
		} else if (r->st == MB_CONNECTION) {
			snprintf(res[i].err, sizeof(res[i].err), "%s", r->err);
			out[i] = INGEST_CONNECTION;
		} else {
			out[i] = ingest_file(db, ctx, &p[i], s, &res[i]);
		}
	}
	free(f);
	free(sr);
	r->open = false;
}

/* ingest_batch over p[n]: made, every letter of it was read already
 * (ingest_read_ahead); else they are read here on worker threads. The
 * readings are deinitialised, p is the caller's. */
static void
ingest_batch_into(PGconn *db, const struct ingest_context *ctx, const struct ingest_item *in,
		  size_t n, struct ingest_prep *p, bool made, struct ingest_stats *s,
		  enum ingest_outcome *out, struct ingest_result *res)
{
	bool *skip = xcalloc(n, sizeof(*skip));
	bool *ready = xcalloc(n, sizeof(*ready));
	size_t todo = 0;
	for (size_t i = 0; i < n; i++) {
		skip[i] = ingest_start(&in[i], s, &res[i]);
		ready[i] = made;
		if (skip[i])
			out[i] = INGEST_ALREADY;
		else
			todo++;
	}
	struct ingest_work w = {.ctx = ctx, .in = in, .p = p, .ready = ready, .skip = skip,
				.n = n};
	atomic_init(&w.next, 0);
	pthread_mutex_init(&w.mu, NULL);
	pthread_cond_init(&w.made, NULL);
	/* as many readers as cores; this thread files */
	long cores = sysconf(_SC_NPROCESSORS_ONLN);
	size_t nt = cores < 1 ? 1 : (size_t)cores, started = 0;
	if (nt > INGEST_WORKERS_MAX)
		nt = INGEST_WORKERS_MAX;
	if (nt > todo)
		nt = todo;
	if (made)
		nt = 0;
	pthread_t t[INGEST_WORKERS_MAX];
	for (size_t k = 0; k < nt; k++)
		if (pthread_create(&t[started], NULL, ingest_worker, &w) == 0)
			started++;
	if (started == 0 && !made)
		(void)ingest_worker(&w);
	/* in order: runs of letters made ahead in one round trip each, a
	 * letter with questions for the database on its own between them */
	struct ingest_run run = {.open = false};
	bool lost = false;
	for (size_t i = 0; i < n; i++) {
		if (skip[i])
			continue;
		ingest_wait(&w, i);
		if (lost) {
			snprintf(res[i].err, sizeof(res[i].err), "database connection lost");
			out[i] = INGEST_CONNECTION;
			continue;
		}
		if (p[i].f == NULL) {
			ingest_run_end(db, ctx, p, &run, s, out, res);
			lost = run.st == MB_CONNECTION;
			if (!lost) {
				out[i] = ingest_file(db, ctx, &p[i], s, &res[i]);
				lost = out[i] == INGEST_CONNECTION;
			}
			continue;
		}
		if (!run.open) {
			run = (struct ingest_run){.from = i, .to = i, .open = true};
			run.st = store_batch_begin(db, run.err, sizeof(run.err));
		}
		/* a letter already behind in the batch (skip) ends the run: its
		 * filings stay one after the other */
		if (run.to != i) {
			ingest_run_end(db, ctx, p, &run, s, out, res);
			lost = run.st == MB_CONNECTION;
			if (lost) {
				snprintf(res[i].err, sizeof(res[i].err), "database connection lost");
				out[i] = INGEST_CONNECTION;
				continue;
			}
			run = (struct ingest_run){.from = i, .to = i, .open = true};
			run.st = store_batch_begin(db, run.err, sizeof(run.err));
		}
		if (run.st == MB_OK)
			run.st = store_batch_add(db, p[i].f, run.err, sizeof(run.err));
		run.to = i + 1;
	}
	ingest_run_end(db, ctx, p, &run, s, out, res);
	for (size_t k = 0; k < started; k++)
		pthread_join(t[k], NULL);
	pthread_mutex_destroy(&w.mu);
	pthread_cond_destroy(&w.made);
	for (size_t i = 0; i < n; i++)
		if (made || !skip[i])
			ingest_prep_deinit(&p[i]);
	free(skip);
	free(ready);
}

void
ingest_batch(PGconn *db, const struct ingest_context *ctx, const struct ingest_item *in, size_t n,
	     struct ingest_stats *s, enum ingest_outcome *out, struct ingest_result *res)
{
	struct ingest_prep *p = xcalloc(n, sizeof(*p));
	ingest_batch_into(db, ctx, in, n, p, false, s, out, res);
	free(p);
}

struct ingest_ahead {
	size_t n;
	struct ingest_prep *p;
};

struct ingest_ahead *
ingest_read_ahead(const struct ingest_context *ctx, const struct ingest_item *in, size_t n)
{
	struct ingest_ahead *a = xcalloc(1, sizeof(*a));
	a->n = n;
	a->p = xcalloc(n ? n : 1, sizeof(*a->p));
	/* one after the other, on this thread: what a worker makes of each */
	struct ingest_work w = {.ctx = ctx, .in = in, .p = a->p, .n = n};
	for (size_t i = 0; i < n; i++)
		ingest_make(&w, i);
	return a;
}

void
ingest_batch_ahead(PGconn *db, const struct ingest_context *ctx, const struct ingest_item *in,
		   size_t n, struct ingest_ahead **pre, struct ingest_stats *s,
		   enum ingest_outcome *out, struct ingest_result *res)
{
	struct ingest_ahead *a = *pre;
	*pre = NULL;
	if (a == NULL || a->n != n) {	/* not this batch's: read it again */
		ingest_ahead_free(&a);
		ingest_batch(db, ctx, in, n, s, out, res);
		return;
	}
	ingest_batch_into(db, ctx, in, n, a->p, true, s, out, res);
	free(a->p);
	free(a);
}

void
ingest_ahead_free(struct ingest_ahead **pre)
{
	struct ingest_ahead *a = *pre;
	if (a == NULL)
		return;
	for (size_t i = 0; i < a->n; i++)
		ingest_prep_deinit(&a->p[i]);
	free(a->p);
	free(a);
	*pre = NULL;
}
