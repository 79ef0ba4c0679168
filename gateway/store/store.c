/*
 * store.c - a letter and its classification into the JSON document that
 * file_letter() takes, sealed where confidential (see store.h).
 */
#include "store.h"

#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>
#include <sodium.h>

#include "access_code.h"
#include "buf.h"
#include "date.h"
#include "db.h"
#include "letter_json.h"
#include "replies.h"
#include "ruleset.h"
#include "xalloc.h"

static json_t *
b64(const void *p, size_t n)
{
	size_t len = sodium_base64_ENCODED_LEN(n, sodium_base64_VARIANT_ORIGINAL);
	char *s = xmalloc(len);
	sodium_bin2base64(s, len, p, n, sodium_base64_VARIANT_ORIGINAL);
	json_t *j = json_string(s);
	free(s);
	return j;
}

static json_t *
str_or_null(const char *s)
{
	return s ? json_string(s) : json_null();
}

static json_t *
addresses(const struct letter_address *a, size_t n)
{
	json_t *arr = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(arr, json_pack("{s:o, s:o}", "name", str_or_null(a[i].name),
						     "address", str_or_null(a[i].address)));
	return arr;
}

/* A confidential writer's acknowledgement: name, address and Message-ID
 * sealed to the outbox key into *box (*box_len bytes); NULL (no
 * acknowledgement) without one. */
static json_t *
seal_ack(json_t *ack, const struct seal_key *key, const char *key_id, unsigned char **box,
	 size_t *box_len)
{
	if (key == NULL || key_id == NULL) {
		json_decref(ack);
		return NULL;
	}
	json_t *code = json_object_get(ack, "code");
	*box = seal_seal_json_bin(key, json_pack("{s:O, s:O, s:O, s:O}", "recipient",
					 json_object_get(ack, "recipient"), "recipient_name",
					 json_object_get(ack, "name"), "reply_to_id",
					 json_object_get(ack, "reply_to_id"), "code",
					 code ? code : json_null()), box_len);
	json_object_del(ack, "name");
	json_object_del(ack, "reply_to_id");
	json_object_del(ack, "code");
	if (*box == NULL) {
		json_decref(ack);
		return NULL;
	}
	json_object_set_new(ack, "key_id", json_string(key_id));
	return ack;
}

/* The identity of a confidential letter, as sealed JSON bytes. */
static json_t *
identity_json(const struct letter *l)
{
	json_t *att = json_array();
	for (size_t i = 0; i < l->attachments_count; i++) {
		const struct letter_attachment *a = &l->attachments[i];
		char ahex[65];
		letter_sha256_hex(a->sha256, ahex);
		json_array_append_new(att, json_pack("{s:o, s:s, s:I, s:s, s:o}", "filename",
						     str_or_null(a->filename), "content_type",
						     a->content_type, "size", (json_int_t)a->size,
						     "sha256", ahex, "data", b64(a->data, a->size)));
	}
	json_t *refs = json_array();
	for (size_t i = 0; i < l->references_count; i++)
		json_array_append_new(refs, json_string(l->references[i]));
	return json_pack("{s:o, s:o, s:o, s:o, s:o, s:o, s:o, s:s, s:s%, s:o, s:o, s:o, s:o}",
			 "district", str_or_null(l->district),
			 "in_reply_to", str_or_null(l->in_reply_to),
			 "references", refs,
			 "message_id", str_or_null(l->message_id),
			 "from_name", str_or_null(l->from.name),
			 "from_address", str_or_null(l->from.address),
			 "phone", str_or_null(l->phone),
			 "subject", l->subject,
			 "text", l->text, l->text_len,
			 "to", addresses(l->to, l->to_count),
			 "reply_to", addresses(l->reply_to, l->reply_to_count),
			 "raw", b64(l->raw, l->raw_len),
			 "attachments", att);
}

/* The decision (category, department, priority, scores, the rules that
 * fired) into doc, and what the result says of it into r; c NULL:
 * unclassified. */
static void
decision_json(json_t *doc, const struct classification *c, const struct letter *l,
	      struct store_result *r)
{
	const char *category = "unclassified";
	json_t *scores = json_object(), *hits = json_array();
	bool needs_review = true, automatic = l->auto_submitted, high = false;
	const char *department = NULL;
	if (c != NULL) {
		if (c->category != CATEGORY_NONE)
			category = ruleset_category_name(c->category);
		needs_review = c->needs_review || c->category == CATEGORY_NONE;
		automatic = c->automatic;
		high = c->high_priority;
		department = c->department;
		for (int k = 0; k < CATEGORY_COUNT; k++)
			json_object_set_new(scores, ruleset_category_name((enum category)k),
					    json_integer(c->scores[k]));
		for (size_t i = 0; i < c->hits_count; i++) {
			const struct rule *ru = c->hits[i].rule;
			json_array_append_new(hits, json_pack(
				"{s:s, s:s, s:i, s:o}", "rule", ru->name,
				"field", classify_field_name(c->hits[i].field), "weight", ru->weight,
				"category", ru->category == CATEGORY_NONE ? json_null()
					: json_string(ruleset_category_name(ru->category))));
		}
	}
	if (automatic)
		needs_review = false;	/* a bounce needs no clerk */
	r->unclassified = strcmp(category, "unclassified") == 0;
	r->needs_review = needs_review;
	json_object_set_new(doc, "category", json_string(category));
	json_object_set_new(doc, "department", str_or_null(department));
	json_object_set_new(doc, "priority", json_string(high ? "high" : "normal"));
	json_object_set_new(doc, "needs_review", json_boolean(needs_review));
	json_object_set_new(doc, "automatic", json_boolean(automatic));
	json_object_set_new(doc, "scores", scores);
	json_object_set_new(doc, "hits", hits);
	if (c != NULL && c->rules_digest)
		json_object_set_new(doc, "rules_version", json_string(c->rules_digest));
}

/* A schema before 008 (`ingest` into an old database): the bytes go into
 * the document as base64, as file_letter(jsonb) takes them. */
static void
legacy_document(json_t *doc, const struct letter *l, bool confidential,
		const unsigned char *sealed, size_t sealed_len, const unsigned char *reply_box,
		size_t reply_len, const unsigned char *ack_box, size_t ack_len,
		const struct buf *atts)
{
	if (sealed)
		json_object_set_new(doc, "sealed", b64(sealed, sealed_len));
	if (reply_box)
		json_object_set_new(doc, "reply_box", b64(reply_box, reply_len));
	json_t *ack = json_object_get(doc, "ack");
	if (ack_box && ack)
		json_object_set_new(ack, "sealed", b64(ack_box, ack_len));
	if (confidential)
		return;
	json_object_set_new(doc, "raw", b64(l->raw, l->raw_len));
	size_t off = 0, i;
	json_t *a;
	json_array_foreach(json_object_get(doc, "attachments"), i, a) {
		size_t n = (size_t)json_integer_value(json_object_get(a, "size"));
		if (off + n > atts->len)
			break;
		json_object_set_new(a, "data", b64(atts->data + off, n));
		off += n;
	}
}

/* A letter's filing made ready apart from the database (store_filing_new):
 * the document and the bytes that go beside it. */
struct store_filing {
	char *text;		/* the document (JSON); wiped when confidential */
	bool confidential;
	bool legacy;
	const unsigned char *raw;	/* borrowed from the letter: public letters only */
	size_t raw_len;
	unsigned char *sealed, *reply_box, *ack_box;
	size_t sealed_len, reply_len, ack_len;
	struct buf atts;	/* the attachments' bytes, one after the other */
	struct store_result r;	/* what the document says (unclassified, needs_review) */
};

/* Sends file_letter() with the document text and the bytes beside it
 * (before 008, f->legacy: the document alone): at once (PQexecParams) or
 * queued in a pipeline (PQsendQueryParams). Returns the result or NULL
 * (queued: 1 and NULL). */
static PGresult *
file_letter_send(PGconn *db, const struct store_filing *f, bool queue, int *queued)
{
	static const char sql_legacy[] = "SELECT * FROM file_letter($1::jsonb)";
	static const char sql[] = "SELECT * FROM file_letter($1::jsonb, $2::bytea, $3::bytea, "
				  "$4::bytea, $5::bytea, $6::bytea)";
	if (f->legacy) {
		const char *p1[1] = {f->text};
		if (queue) {
			*queued = PQsendQueryParams(db, sql_legacy, 1, NULL, p1, NULL, NULL, 0);
			return NULL;
		}
		return PQexecParams(db, sql_legacy, 1, NULL, p1, NULL, NULL, 0);
	}
	/* the raw message only of a public letter (a confidential one's is in
	 * its box); an empty buffer's data may be NULL, so length 0 is sent as
	 * an empty, not a NULL, attachment list */
	bool pub = !f->confidential;
	const char *params[6] = {
		f->text, pub ? (const char *)f->raw : NULL, (const char *)f->sealed,
		(const char *)f->reply_box, (const char *)f->ack_box,
		pub ? (f->atts.data ? f->atts.data : "") : NULL,
	};
	int lengths[6] = {0, pub ? (int)f->raw_len : 0, (int)f->sealed_len, (int)f->reply_len,
			  (int)f->ack_len, (int)f->atts.len};
	static const int formats[6] = {0, 1, 1, 1, 1, 1};
	if (queue) {
		*queued = PQsendQueryParams(db, sql, 6, NULL, params, lengths, formats, 0);
		return NULL;
	}
	return PQexecParams(db, sql, 6, NULL, params, lengths, formats, 0);
}

/* Reads file_letter()'s answer into *r (by column name: a schema before
 * 006 has no `sealed`, then: fail closed). */
static enum mb_status
file_letter_result(PGconn *db, const PGresult *res, struct store_result *r, char *err,
		   size_t errlen)
{
	int fnum = PQfnumber(res, "case_number"), ffiled = PQfnumber(res, "filed"),
	    fjoined = PQfnumber(res, "joined"), fack = PQfnumber(res, "ack"),
	    fsealed = PQfnumber(res, "sealed");
	if (PQresultStatus(res) == PGRES_TUPLES_OK && PQntuples(res) == 1 && fnum >= 0
	    && ffiled >= 0 && fjoined >= 0 && fack >= 0) {
		snprintf(r->case_number, sizeof(r->case_number), "%s", PQgetvalue(res, 0, fnum));
		r->filed = PQgetvalue(res, 0, ffiled)[0] == 't';
		r->joined = PQgetvalue(res, 0, fjoined)[0] == 't';
		snprintf(r->ack, sizeof(r->ack), "%s", PQgetvalue(res, 0, fack));
		r->sealed = fsealed < 0 || PQgetisnull(res, 0, fsealed)
			    || PQgetvalue(res, 0, fsealed)[0] == 't';
		return MB_OK;
	}
	if (PQstatus(db) != CONNECTION_OK) {
		snprintf(err, errlen, "database connection lost: %s", db_error(db));
		return MB_CONNECTION;
	}
	/* the server's message names the constraint or the field, not the
	 * letter's content */
	const char *m = PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY);
	snprintf(err, errlen, "database refused the letter: %s", m ? m : "unknown error");
	return MB_BAD_LETTER;
}

void
store_filing_free(struct store_filing **fp)
{
	struct store_filing *f = *fp;
	if (f == NULL)
		return;
	if (f->text) {
		if (f->confidential)
			sodium_memzero(f->text, strlen(f->text));
		free(f->text);
	}
	free(f->sealed);
	free(f->reply_box);
	free(f->ack_box);
	buf_deinit(&f->atts);
	free(f);
	*fp = NULL;
}

enum mb_status
store_filing_new(const struct store_item *it, const struct seal_key *key,
		 struct store_filing **f_r, char *err, size_t errlen)
{
	const struct letter *l = it->letter;
	const char *hex = it->content_hash;
	char date[32];
	enum mb_status st = MB_OK;
	/* the bytes, each a binary parameter beside the document (008) */
	unsigned char *sealed = NULL, *reply_box = NULL, *ack_box = NULL;
	size_t sealed_len = 0, reply_len = 0, ack_len = 0;
	struct store_filing *f = xcalloc(1, sizeof(*f));
	struct buf atts;
	struct store_result *r = &f->r;
	buf_init(&atts, SIZE_MAX / 2);

	*f_r = NULL;
	if (it->confidential && key == NULL) {
		snprintf(err, errlen, "confidential letter and no public key configured "
			 "([confidential] public_key_file): not filed, it waits in its source");
		free(f);
		return MB_TEMPORARY;
	}
	json_t *doc = json_object();
	json_object_set_new(doc, "source", json_string(letter_source_name(l->source)));
	json_object_set_new(doc, "source_name", json_string(it->source_name));
	json_object_set_new(doc, "source_key", json_string(l->source_key ? l->source_key : hex));
	json_object_set_new(doc, "content_hash", json_string(hex));
	if (l->has_date) {
		date_format_iso(l->date, date, sizeof(date));
		json_object_set_new(doc, "written_at", json_string(date));
	}
	json_object_set_new(doc, "language", json_string(letter_language_name(l->language)));
	json_object_set_new(doc, "auto_submitted", json_boolean(l->auto_submitted));
	json_object_set_new(doc, "confidential", json_boolean(it->confidential));
	if (it->confidential && it->confidential_review)
		json_object_set_new(doc, "confidential_review", json_true());
	json_object_set_new(doc, "anonymous", json_boolean(l->anonymous));
	if (!it->confidential) {
		json_object_set_new(doc, "district", str_or_null(l->district));
		json_object_set_new(doc, "in_reply_to", str_or_null(l->in_reply_to));
		json_t *refs = json_array();
		for (size_t i = 0; i < l->references_count; i++)
			json_array_append_new(refs, json_string(l->references[i]));
		json_object_set_new(doc, "references", refs);
	} else {
		/* only our own Message-ID tokens stay plain: they join follow-ups */
		json_t *tokens = json_array();
		char token[REPLIES_TOKEN_LEN + 1];
		if (l->in_reply_to && replies_find_token(l->in_reply_to, strlen(l->in_reply_to),
							 token))
			json_array_append_new(tokens, json_string(token));
		for (size_t i = 0; i < l->references_count; i++)
			if (replies_find_token(l->references[i], strlen(l->references[i]), token))
				json_array_append_new(tokens, json_string(token));
		json_object_set_new(doc, "our_tokens", tokens);
	}
	json_t *warn = json_array();
	for (size_t i = 0; i < l->warnings_count; i++)
		json_array_append_new(warn, json_string(l->warnings[i]));
	if (it->extra_warning)
		json_array_append_new(warn, json_string(it->extra_warning));
	json_object_set_new(doc, "warnings", warn);
	if (it->join_case != 0) {
		json_object_set_new(doc, "join_case", json_integer(it->join_case));
		json_object_set_new(doc, "join_how", str_or_null(it->join_how));
	}
	/* a confidential real-name writer's address, sealed to the outbox key
	 * for an answer a supervisor may send later */
	if (it->confidential && it->ack_key != NULL && it->ack_key_id != NULL
	    && l->from.address && l->from.address[0] && l->from.name && l->from.name[0]
	    && !l->anonymous) {
		reply_box = seal_seal_json_bin(it->ack_key, json_pack("{s:s, s:s, s:o}",
			"recipient", l->from.address, "recipient_name", l->from.name,
			"reply_to_id", str_or_null(l->message_id)), &reply_len);
		if (reply_box)
			json_object_set_new(doc, "reply_key_id", json_string(it->ack_key_id));
	}
	char code[ACCESS_CODE_LEN + 1] = "";
	if (it->join_case == 0) {
		char chex[65];
		access_code_new(code);
		access_code_hash_hex(code, chex);
		json_object_set_new(doc, "code_hash", json_string(chex));
	}
	if (it->ack_to != NULL && it->ack_to->address != NULL) {
		json_t *ack = json_pack("{s:s, s:o, s:o, s:s, s:i, s:i, s:b}",
			"recipient", it->ack_to->address,
			"name", it->ack_echo ? str_or_null(it->ack_to->name) : json_null(),
			"reply_to_id", str_or_null(l->message_id),
			"language", letter_language_name(l->language), "limit", it->ack_limit,
			"hour_limit", it->ack_hour_limit,
			"echo", it->ack_echo && !it->confidential);
		if (code[0])
			json_object_set_new(ack, "code", json_string(code));
		if (it->sender_hash_key != NULL) {
			/* the per-sender limit counts a hash keyed outside the database */
			unsigned char h[32];
			char hhex[65];
			crypto_generichash_state hs;
			crypto_generichash_init(&hs, it->sender_hash_key, SEAL_HASH_KEY_BYTES,
						sizeof(h));
			/* the address in lower case, a byte at a time: no copy, no cap */
			for (const char *p = it->ack_to->address; *p; p++) {
				unsigned char lc = (unsigned char)tolower((unsigned char)*p);
				crypto_generichash_update(&hs, &lc, 1);
			}
			crypto_generichash_final(&hs, h, sizeof(h));
			letter_sha256_hex(h, hhex);
			json_object_set_new(ack, "sender_hash", json_string(hhex));
		}
		if (it->confidential) {
			/* the writer's address waits sealed; the plain one only
			 * feeds the per-sender limit's hash */
			ack = seal_ack(ack, it->ack_key, it->ack_key_id, &ack_box, &ack_len);
		}
		if (ack)
			json_object_set_new(doc, "ack", ack);
	}

	decision_json(doc, it->cls, l, r);

	/* a confidential letter's attachments (names, types, sizes, hashes)
	 * are inside its box only */
	json_t *att = json_array();
	for (size_t i = 0; !it->confidential && i < l->attachments_count; i++) {
		const struct letter_attachment *a = &l->attachments[i];
		char ahex[65];
		letter_sha256_hex(a->sha256, ahex);
		json_array_append_new(att, json_pack("{s:s, s:I, s:s, s:o}", "content_type",
			a->content_type, "size", (json_int_t)a->size, "sha256", ahex, "filename",
			str_or_null(a->filename)));
		/* in order, one after the other: the sizes cut them apart */
		if (buf_append(&atts, a->data, a->size) != MB_OK)
			atts.overflowed = true;
	}
	json_object_set_new(doc, "attachments", att);
	if (atts.overflowed) {
		snprintf(err, errlen, "out of memory gathering the attachments");
		json_decref(doc);
		st = MB_FATAL;
		goto out;
	}

	if (it->confidential) {
		sealed = seal_seal_json_bin(key, identity_json(l), &sealed_len);
		if (sealed == NULL) {
			snprintf(err, errlen, "sealing failed");
			json_decref(doc);
			st = MB_FATAL;
			goto out;
		}
		json_object_set_new(doc, "key_id", str_or_null(it->key_id));
		json_object_set_new(doc, "parsed", json_pack("{s:i, s:i}", "attachments",
							     (int)l->attachments_count, "forwarded",
							     (int)l->forwarded));
	} else {
		json_object_set_new(doc, "message_id", str_or_null(l->message_id));
		json_object_set_new(doc, "from_name", str_or_null(l->from.name));
		json_object_set_new(doc, "from_address", str_or_null(l->from.address));
		json_object_set_new(doc, "phone", str_or_null(l->phone));
		json_object_set_new(doc, "subject", json_string(l->subject));
		json_object_set_new(doc, "text", json_stringn(l->text, l->text_len));
		json_object_set_new(doc, "parsed", json_pack("{s:o, s:o, s:i}",
			"to", addresses(l->to, l->to_count),
			"reply_to", addresses(l->reply_to, l->reply_to_count),
			"forwarded", (int)l->forwarded));
	}

	if (it->legacy)
		legacy_document(doc, l, it->confidential, sealed, sealed_len, reply_box, reply_len,
				ack_box, ack_len, &atts);
	char *text = json_dumps(doc, JSON_COMPACT);
	json_decref(doc);
	sodium_memzero(code, sizeof(code));
	if (text == NULL) {
		snprintf(err, errlen, "out of memory building the filing document");
		st = MB_FATAL;
		goto out;
	}
	f->text = text;
	f->confidential = it->confidential;
	f->legacy = it->legacy;
	f->raw = l->raw;
	f->raw_len = l->raw_len;
	f->sealed = sealed;
	f->sealed_len = sealed_len;
	f->reply_box = reply_box;
	f->reply_len = reply_len;
	f->ack_box = ack_box;
	f->ack_len = ack_len;
	f->atts = atts;
	*f_r = f;
	return MB_OK;
out:
	free(sealed);
	free(reply_box);
	free(ack_box);
	buf_deinit(&atts);
	free(f);
	return st;
}

enum mb_status
store_file(PGconn *db, const struct store_item *it, const struct seal_key *key,
	   struct store_result *r, char *err, size_t errlen)
{
	struct store_filing *f;
	memset(r, 0, sizeof(*r));
	enum mb_status st = store_filing_new(it, key, &f, err, errlen);
	if (st != MB_OK)
		return st;
	*r = f->r;
	PGresult *res = file_letter_send(db, f, false, NULL);
	st = file_letter_result(db, res, r, err, errlen);
	PQclear(res);
	store_filing_free(&f);
	return st;
}

/* The savepoint a pipelined batch is filed under (the letters' own,
 * `letter`, is db.c's). */
#define STORE_BATCH_SAVEPOINT "SAVEPOINT letters"

/* Reads what the pipeline answers up to its sync: MB_OK when every
 * letter was filed (r[i]), else the first failure's status and reason.
 * The queries were the savepoint (0), the letters (1..n), the release
 * (n + 1); the results of each end with a NULL. */
static enum mb_status
store_batch_results(PGconn *db, struct store_filing *const *f, size_t n, struct store_result *r,
		    char *err, size_t errlen)
{
	enum mb_status st = MB_OK;
	size_t q = 0;
	for (;;) {
		PGresult *res = PQgetResult(db);
		if (res == NULL) {
			if (PQstatus(db) != CONNECTION_OK || q > n + 1) {
				snprintf(err, errlen, "database connection lost: %s", db_error(db));
				return MB_CONNECTION;
			}
			q++;
			continue;
		}
		ExecStatusType rs = PQresultStatus(res);
		if (rs == PGRES_PIPELINE_SYNC) {
			PQclear(res);
			break;
		}
		if (st == MB_OK && q >= 1 && q <= n) {
			r[q - 1] = f[q - 1]->r;
			st = file_letter_result(db, res, &r[q - 1], err, errlen);
		} else if (st == MB_OK && rs != PGRES_COMMAND_OK) {
			st = PQstatus(db) != CONNECTION_OK ? MB_CONNECTION : MB_BAD_LETTER;
			snprintf(err, errlen, "database: %s", db_error(db));
		}
		PQclear(res);
	}
	return st;
}

enum mb_status
store_batch_begin(PGconn *db, char *err, size_t errlen)
{
	if (PQenterPipelineMode(db) != 1
	    || !PQsendQueryParams(db, STORE_BATCH_SAVEPOINT, 0, NULL, NULL, NULL, NULL, 0)) {
		snprintf(err, errlen, "database: %s", db_error(db));
		return MB_CONNECTION;
	}
	return MB_OK;
}

enum mb_status
store_batch_add(PGconn *db, const struct store_filing *f, char *err, size_t errlen)
{
	int ok = 0;
	(void)file_letter_send(db, f, true, &ok);
	/* on its way now: the server files it while the next is read */
	if (!ok || PQflush(db) != 0) {
		snprintf(err, errlen, "database connection lost: %s", db_error(db));
		return MB_CONNECTION;
	}
	return MB_OK;
}

enum mb_status
store_batch_end(PGconn *db, struct store_filing *const *f, size_t n, struct store_result *r,
		char *err, size_t errlen)
{
	enum mb_status st;
	if (!PQsendQueryParams(db, "RELEASE " STORE_BATCH_SAVEPOINT, 0, NULL, NULL, NULL, NULL, 0)
	    || !PQpipelineSync(db)) {
		snprintf(err, errlen, "database connection lost: %s", db_error(db));
		return MB_CONNECTION;
	}
	st = store_batch_results(db, f, n, r, err, errlen);
	if (st != MB_CONNECTION && PQexitPipelineMode(db) != 1) {
		snprintf(err, errlen, "database: %s", db_error(db));
		st = MB_CONNECTION;
	}
	if (st == MB_BAD_LETTER && !db_exec_ok(db, "ROLLBACK TO " STORE_BATCH_SAVEPOINT)) {
		snprintf(err, errlen, "database: %s", db_error(db));
		st = MB_CONNECTION;
	}
	return st;
}

enum mb_status
store_refused(PGconn *db, PGresult *res, const char *what, char *err, size_t errlen)
{
	if (PQstatus(db) != CONNECTION_OK) {
		snprintf(err, errlen, "database connection lost: %s", db_error(db));
		return MB_CONNECTION;
	}
	const char *m = PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY);
	snprintf(err, errlen, "database refused the %s: %s", what, m ? m : "unknown error");
	return MB_BAD_LETTER;
}

enum mb_status
store_report(PGconn *db, bool legacy, const struct letter *l, const char *hex,
	     const char *source_name, const char *token, bool *found, struct store_result *r,
	     char *err, size_t errlen)
{
	char action[32], status[32];
	enum mb_status st = MB_OK;

	memset(r, 0, sizeof(*r));
	*found = false;
	replies_report_fields((const char *)l->raw, l->raw_len, action, sizeof(action), status,
			      sizeof(status));
	json_t *doc = json_pack("{s:s, s:s, s:s, s:s, s:s, s:o, s:o}",
		"source_name", source_name, "source_key", l->source_key ? l->source_key : hex,
		"content_hash", hex, "token", token,
		"kind", l->delivery_report ? "delivery report" : "automatic reply",
		"action", action[0] ? json_string(action) : json_null(),
		"status", status[0] ? json_string(status) : json_null());
	if (doc && legacy)
		json_object_set_new(doc, "raw", b64(l->raw, l->raw_len));
	char *text = doc ? json_dumps(doc, JSON_COMPACT) : NULL;
	json_decref(doc);
	if (text == NULL) {
		snprintf(err, errlen, "out of memory building the report document");
		return MB_FATAL;
	}
	/* the report's bytes as a binary parameter (008) */
	const char *params[2] = {text, (const char *)l->raw};
	int lengths[2] = {0, (int)l->raw_len};
	static const int formats[2] = {0, 1};
	PGresult *res;
	if (legacy)	/* before 008: file_report(jsonb), the bytes in base64 */
		res = PQexecParams(db, "SELECT case_number, filed FROM file_report($1::jsonb)", 1,
				   NULL, params, NULL, NULL, 0);
	else
		res = PQexecParams(db, "SELECT case_number, filed FROM file_report($1::jsonb, "
				   "$2::bytea)", 2, NULL, params, lengths, formats, 0);
	if (PQresultStatus(res) == PGRES_TUPLES_OK) {
		if (PQntuples(res) == 1) {
			*found = true;
			snprintf(r->case_number, sizeof(r->case_number), "%s",
				 PQgetvalue(res, 0, 0));
			r->filed = PQgetvalue(res, 0, 1)[0] == 't';
		}
	} else {
		st = store_refused(db, res, "report", err, errlen);
	}
	PQclear(res);
	free(text);
	return st;
}

json_t *
store_followup_doc(const struct letter *l, const char *subject_case)
{
	json_t *refs = json_array();
	for (size_t i = 0; i < l->references_count; i++)
		json_array_append_new(refs, json_string(l->references[i]));
	/* the access codes the letter names, as hashes */
	json_t *codes = json_array();
	if (subject_case != NULL) {
		char found[ACCESS_CODE_FIND_MAX][ACCESS_CODE_LEN + 1], hex[65];
		size_t n = access_code_find(l->subject, strlen(l->subject), found,
					    ACCESS_CODE_FIND_MAX);
		if (l->text)
			n += access_code_find(l->text, l->text_len, found + n,
					      ACCESS_CODE_FIND_MAX - n);
		for (size_t i = 0; i < n; i++) {
			access_code_hash_hex(found[i], hex);
			json_array_append_new(codes, json_string(hex));
		}
		sodium_memzero(found, sizeof(found));
	}
	return json_pack("{s:o, s:o, s:o, s:o}", "in_reply_to", str_or_null(l->in_reply_to),
			 "references", refs, "subject_case", str_or_null(subject_case),
			 "code_hashes", codes);
}

enum mb_status
store_followup(PGconn *db, const struct letter *l, const char *subject_case,
	       long long *case_id, bool *confidential, char *how, size_t howlen, char *err,
	       size_t errlen)
{
	enum mb_status st = MB_OK;
	*case_id = 0;
	*confidential = false;
	json_t *doc = store_followup_doc(l, subject_case);
	char *text = doc ? json_dumps(doc, JSON_COMPACT) : NULL;
	json_decref(doc);
	if (text == NULL) {
		snprintf(err, errlen, "out of memory building the follow-up document");
		return MB_FATAL;
	}
	const char *params[1] = {text};
	PGresult *res = PQexecParams(db, "SELECT case_id, confidential, how "
				     "FROM followup_case($1::jsonb)", 1, NULL, params, NULL, NULL, 0);
	if (PQresultStatus(res) == PGRES_TUPLES_OK) {
		if (PQntuples(res) >= 1) {
			*case_id = strtoll(PQgetvalue(res, 0, 0), NULL, 10);
			*confidential = PQgetvalue(res, 0, 1)[0] == 't';
			snprintf(how, howlen, "%s", PQgetvalue(res, 0, 2));
		}
	} else {
		st = store_refused(db, res, "follow-up look-up", err, errlen);
	}
	PQclear(res);
	free(text);
	return st;
}

enum mb_status
store_filed_keys(PGconn *db, const char *const *keys, size_t n, struct store_filed *known,
		 char *err, size_t errlen)
{
	enum mb_status st = MB_OK;
	memset(known, 0, n * sizeof(*known));
	if (errlen)
		err[0] = '\0';
	if (n == 0)
		return MB_OK;
	/* the keys as one text[] literal: {"k1","k2"}, each quoted, \ and "
	 * escaped */
	struct buf a;
	buf_init(&a, SIZE_MAX / 2);
	enum mb_status bs = buf_putc(&a, '{');
	for (size_t i = 0; i < n && bs == MB_OK; i++) {
		if (i > 0)
			bs = buf_putc(&a, ',');
		if (bs == MB_OK)
			bs = buf_putc(&a, '"');
		for (const char *p = keys[i]; *p && bs == MB_OK; p++) {
			if (*p == '"' || *p == '\\')
				bs = buf_putc(&a, '\\');
			if (bs == MB_OK)
				bs = buf_putc(&a, *p);
		}
		if (bs == MB_OK)
			bs = buf_putc(&a, '"');
	}
	if (bs == MB_OK)
		bs = buf_putc(&a, '}');
	char *arr = buf_take(&a, NULL);
	if (bs != MB_OK) {
		free(arr);
		snprintf(err, errlen, "out of memory listing the batch's source keys");
		return MB_FATAL;
	}
	const char *params[1] = {arr};
	PGresult *res = PQexecParams(db, "SELECT source_key, case_number, sealed "
				     "FROM filed_letters($1::text[])", 1, NULL, params, NULL, NULL, 0);
	if (PQresultStatus(res) == PGRES_TUPLES_OK) {
		for (int row = 0; row < PQntuples(res); row++) {
			const char *k = PQgetvalue(res, row, 0);
			for (size_t i = 0; i < n; i++) {
				if (known[i].filed || strcmp(keys[i], k) != 0)
					continue;
				known[i].filed = true;
				known[i].sealed = PQgetvalue(res, row, 2)[0] == 't';
				snprintf(known[i].case_number, sizeof(known[i].case_number), "%s",
					 PQgetvalue(res, row, 1));
			}
		}
	} else if (PQstatus(db) != CONNECTION_OK) {
		snprintf(err, errlen, "database connection lost: %s", db_error(db));
		st = MB_CONNECTION;
	} else {
		snprintf(err, errlen, "database: %s", db_error(db));
		st = MB_TEMPORARY;
	}
	PQclear(res);
	free(arr);
	return st;
}

bool
store_takes_bytes(PGconn *db)
{
	PGresult *r = PQexec(db, "SELECT to_regprocedure("
			     "'file_letter(jsonb, bytea, bytea, bytea, bytea, bytea)') IS NOT NULL");
	bool yes = PQresultStatus(r) != PGRES_TUPLES_OK || PQntuples(r) != 1
		   || PQgetvalue(r, 0, 0)[0] == 't';
	PQclear(r);
	return yes;
}
