/*
 * ingest.c - read, seal, store one letter (see ingest.h).
 */
#include "ingest.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>


#include "classify.h"
#include "db.h"
#include "letter_json.h"
#include "read.h"
#include "xalloc.h"


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
	const char *why;
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

enum ingest_outcome
ingest_letter(PGconn *db, const struct ingest_context *ctx, const struct ingest_item *in,
	      struct ingest_stats *s, struct ingest_result *res)
{
	char perr[512], serr[512], warning[1200] = "", hex[LETTER_SHA256_HEX];
	char fkey[LETTER_FILE_KEY_MAX];
	struct letter *l = NULL;
	enum ingest_outcome out;
	const struct replies_config *rc = ctx->rc;
	const struct seal_key *key = ctx->key;

	s->files++;
	res->confidential = true;	/* fail closed: see ingest.h */
	res->case_number[0] = '\0';
	res->err[0] = '\0';
	if (in->known != NULL && in->known->filed)
		return ingest_known(in->known, s, res);
	if (in->hash)
		snprintf(hex, sizeof(hex), "%s", in->hash);
	else
		letter_content_hash(in->raw, in->len, hex);
	const char *source_key = in->source_key;
	if (source_key == NULL) {
		letter_file_key(hex, fkey);
		source_key = fkey;
	}
	struct classification cls;
	enum mb_status pst = letter_read(in->raw, in->len, ctx->set, &l, &cls, perr, sizeof(perr));
	bool have_cls = pst == MB_OK;
	free(l->source_key);
	l->source_key = xstrdup(source_key);
	if (!have_cls) {
		/* bad input is filed, not dropped: raw kept, unclassified */
		snprintf(warning, sizeof(warning), "not read as a letter: %s", perr);
	}
	if (in->warning) {
		size_t wl = strlen(warning);
		snprintf(warning + wl, sizeof(warning) - wl, "%s%s", wl ? "; " : "", in->warning);
	}
	/* fail closed: a letter that cannot be read has an unknown writer, who
	 * may be a whistle-blower, so it is sealed */
	char key_id[17] = "";
	if (key)
		seal_key_id(key, key_id);
	struct store_item it = {
		.letter = l,
		.content_hash = hex,
		.cls = have_cls ? &cls : NULL,
		.source_name = ctx->source_name,
		.confidential = !have_cls || cls.confidential || cls.confidential_review
				|| l->anonymous,
		/* recall first: weaker evidence seals too, marked for a supervisor
		 * to confirm or release; stronger evidence (the rules' confidential,
		 * an anonymous writer) is not put in that queue */
		.confidential_review = have_cls && cls.confidential_review
				       && !l->anonymous,
		.extra_warning = warning[0] ? warning : NULL,
		.key_id = key ? key_id : NULL,
		.legacy = ctx->legacy_schema,
	};
	struct store_result r;
	if (!db_letter_savepoint(db)) {
		snprintf(res->err, sizeof(res->err), "database: %s", db_error(db));
		out = INGEST_CONNECTION;
		goto done;
	}
	enum mb_status st = MB_OK;
	char how[32] = "";
	struct letter_address ack_addr = {NULL, NULL};
	bool report = false;
	if (rc != NULL && have_cls) {
		st = ingest_replies(db, l, ctx->source_name, rc, &it, &report, &r, how, sizeof(how),
				    &ack_addr, serr, sizeof(serr));
		if (st == MB_OK && report) {
			db_letter_release(db);
			snprintf(res->case_number, sizeof(res->case_number), "%s", r.case_number);
			s->reports += r.filed;
			s->last_category = "report";	/* attached to its case, no category */
			s->last_department = NULL;
			s->already += !r.filed;
			out = r.filed ? INGEST_FILED : INGEST_ALREADY;
			goto done;
		}
	}
	/* a new case no rule recognises is sealed too (its writer is unknown
	 * to the rules: recall first); a follow-up needs no category */
	if (have_cls && it.join_case == 0 && cls.category == CATEGORY_NONE && !cls.automatic)
		it.confidential = true;
	if (st == MB_OK)
		st = store_file(db, &it, key, &r, serr, sizeof(serr));
	if (st == MB_BAD_LETTER) {
		/* once more, as an unreadable letter, with the reason */
		db_letter_rollback(db);
		size_t wl = strlen(warning);
		snprintf(warning + wl, sizeof(warning) - wl, "%sfiled without its classification: %s",
			 wl ? "; " : "", serr);
		it.cls = NULL;
		it.confidential = true;	/* unclassified: sealed (fail closed) */
		it.confidential_review = false;	/* no classification: no review mark */
		it.extra_warning = warning;
		st = store_file(db, &it, key, &r, serr, sizeof(serr));
	}
	switch (st) {
	case MB_OK:
		db_letter_release(db);
		snprintf(res->case_number, sizeof(res->case_number), "%s", r.case_number);
		res->confidential = r.sealed;
		if (r.filed) {
			s->filed++;
			s->last_category = it.cls ? ruleset_category_name(it.cls->category)
						  : "unclassified";
			s->last_department = it.cls ? it.cls->department : NULL;
			s->joined += r.joined;
			s->acks += strcmp(r.ack, "queued") == 0;
			s->acks_limited += strcmp(r.ack, "limited") == 0;
			s->confidential += it.confidential;
			s->unclassified += r.unclassified;
			s->needs_review += r.needs_review;
			out = INGEST_FILED;
		} else {
			s->already++;
			out = INGEST_ALREADY;
		}
		break;
	case MB_TEMPORARY:
		db_letter_rollback(db);
		snprintf(res->err, sizeof(res->err), "%s", serr);
		s->waiting++;
		out = INGEST_WAITING;
		break;
	case MB_CONNECTION:
		snprintf(res->err, sizeof(res->err), "%s", serr);
		out = INGEST_CONNECTION;
		break;
	default:
		db_letter_rollback(db);
		snprintf(res->err, sizeof(res->err), "%s", serr);
		s->failed++;
		out = INGEST_FAILED;
		break;
	}
done:
	classify_deinit(&cls);
	letter_free(&l);
	return out;
}
