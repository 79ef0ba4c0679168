/*
 * filing.c - parse, classify, seal, store one letter (see filing.h).
 */
#include "db.h"
#include "filing.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sodium.h>

#include "classify.h"
#include "letter_json.h"
#include "reader.h"
#include "store.h"
#include "xalloc.h"


/* Before a letter is filed: is it a report about our mail (then *report,
 * and it is attached, in r), a follow-up of a case (it->join_case), and
 * does it get an acknowledgement (it->ack_to, pointing to l->from or, when
 * it must not repeat the writer's name, to ack_addr)? */
static enum mb_status
filing_replies(PGconn *db, struct letter *l, const char *source_name,
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
			st = store_report(db, l, source_name, token, report, r, err, errlen);
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

enum filing_outcome
filing_file(PGconn *db, const char *raw, size_t len, const char *source_key,
	    const char *source_name, const char *source_warning, const struct ruleset *set,
	    const struct seal_key *key, const struct replies_config *rc, struct filing_stats *s,
	    char *case_r, size_t case_len, char *err, size_t errlen, bool *confidential_r)
{
	char perr[512], serr[512], warning[1200] = "";
	struct letter *l = NULL;
	enum filing_outcome out;

	s->files++;
	if (confidential_r)
		*confidential_r = true;	/* fail closed: see filing.h */
	if (case_r && case_len)
		case_r[0] = '\0';
	enum mb_status pst = reader_parse(raw, len, &l, perr, sizeof(perr));
	if (source_key) {
		free(l->source_key);
		l->source_key = xstrdup(source_key);
	} else {
		unsigned char hash[32];
		char hex[65], skey[80];
		crypto_hash_sha256(hash, l->raw, l->raw_len);
		letter_sha256_hex(hash, hex);
		snprintf(skey, sizeof(skey), "file:%s", hex);
		free(l->source_key);
		l->source_key = xstrdup(skey);
	}
	struct classification cls;
	bool have_cls = false;
	if (pst == MB_OK) {
		(void)classify_letter(set, l, &cls);
		have_cls = true;
	} else {
		/* bad input is filed, not dropped: raw kept, unclassified */
		snprintf(warning, sizeof(warning), "not read as a letter: %s", perr);
	}
	if (source_warning) {
		size_t wl = strlen(warning);
		snprintf(warning + wl, sizeof(warning) - wl, "%s%s", wl ? "; " : "", source_warning);
	}
	/* fail closed: a letter that cannot be read has an unknown writer, who
	 * may be a whistle-blower, so it is sealed */
	char key_id[17] = "";
	if (key)
		seal_key_id(key, key_id);
	struct store_item it = {
		.letter = l,
		.cls = have_cls ? &cls : NULL,
		.source_name = source_name,
		.confidential = !have_cls || cls.confidential || cls.confidential_review
				|| l->anonymous,
		/* recall first: weaker evidence seals too, marked for a supervisor
		 * to confirm or release; stronger evidence (the rules' confidential,
		 * an anonymous writer) is not put in that queue */
		.confidential_review = have_cls && cls.confidential_review
				       && !l->anonymous,
		.extra_warning = warning[0] ? warning : NULL,
		.key_id = key ? key_id : NULL,
	};
	struct store_result r;
	if (!db_exec_ok(db, "SAVEPOINT letter")) {
		snprintf(err, errlen, "database: %s", PQerrorMessage(db));
		out = FILING_CONNECTION;
		goto done;
	}
	enum mb_status st = MB_OK;
	char how[32] = "";
	struct letter_address ack_addr = {NULL, NULL};
	bool report = false;
	if (rc != NULL && have_cls) {
		st = filing_replies(db, l, source_name, rc, &it, &report, &r, how, sizeof(how),
				    &ack_addr, serr, sizeof(serr));
		if (st == MB_OK && report) {
			(void)db_exec_ok(db, "RELEASE SAVEPOINT letter");
			if (case_r)
				snprintf(case_r, case_len, "%s", r.case_number);
			s->reports += r.filed;
			s->last_category = "report";	/* attached to its case, no category */
			s->last_department = NULL;
			s->already += !r.filed;
			out = r.filed ? FILING_FILED : FILING_ALREADY;
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
		(void)db_exec_ok(db, "ROLLBACK TO SAVEPOINT letter");
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
		(void)db_exec_ok(db, "RELEASE SAVEPOINT letter");
		if (case_r)
			snprintf(case_r, case_len, "%s", r.case_number);
		if (confidential_r)
			*confidential_r = r.sealed;
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
			out = FILING_FILED;
		} else {
			s->already++;
			out = FILING_ALREADY;
		}
		break;
	case MB_TEMPORARY:
		(void)db_exec_ok(db, "ROLLBACK TO SAVEPOINT letter");
		snprintf(err, errlen, "%s", serr);
		s->waiting++;
		out = FILING_WAITING;
		break;
	case MB_CONNECTION:
		snprintf(err, errlen, "%s", serr);
		out = FILING_CONNECTION;
		break;
	default:
		(void)db_exec_ok(db, "ROLLBACK TO SAVEPOINT letter");
		snprintf(err, errlen, "%s", serr);
		s->failed++;
		out = FILING_FAILED;
		break;
	}
done:
	if (have_cls)
		classify_deinit(&cls);
	letter_free(&l);
	return out;
}
