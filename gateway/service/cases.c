/*
 * cases.c - the case file's use cases (cases.h): what `mayorbox cases`,
 * `mayorbox unseal` and the web console do, once. The SQL is in
 * store/cases.c; the keys are read once per session; a sealed box comes
 * only from reveal_case() (cases_db_reveal), which records the opening --
 * the one 'identity revealed' event, with one detail -- before it returns
 * anything. Letter text never goes into err.
 */
#include "cases.h"
#include "cases_p.h"
#include "case_visit.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include <sodium.h>

#include "charset.h"
#include "classify.h"
#include "db.h"
#include "labels.h"
#include "letter_file.h"
#include "read.h"
#include "replies.h"
#include "rules_limits.h"
#include "rulesdir.h"
#include "ruleset.h"
#include "seal.h"
#include "xalloc.h"

const char *const cases_categories[] = {
	"consultation", "suggestion", "demand", "complaint", "information", NULL,
};
const char *const cases_statuses[] = {
	"new", "assigned", "answered", "closed", "reopened", NULL,
};

/* A public key read once: the office's (sealing) or the outbox's. */
struct cases_pub {
	char path[SEAL_PATH_MAX];
	bool loaded;
	struct seal_key key;
	char id[17];
};

struct cases {
	char *conninfo;		/* NULL: db is borrowed and never reopened */
	PGconn *db;
	bool have_secret;
	struct seal_secret secret;
	struct cases_pub office, outbox;
	const struct labels *labels;	/* the front end's words; NULL: ours */
	/* the rule set, loaded the first time a use case needs it (show's
	 * matched words, assign's departments): once per session */
	bool rules_tried;
	char rules_dir[4096];
	struct ruleset *rules;
};

struct cases *
cases_new(const char *conninfo)
{
	struct cases *c = xcalloc(1, sizeof(*c));
	c->conninfo = xstrdup(conninfo ? conninfo : "");
	return c;
}

struct cases *
cases_new_on(PGconn *db, char *err, size_t errlen)
{
	if (cases_db_adopt(db, err, errlen) != MB_OK)
		return NULL;
	struct cases *c = xcalloc(1, sizeof(*c));
	c->db = db;
	return c;
}

void
cases_set_labels(struct cases *c, const struct labels *l)
{
	c->labels = l;
}

void
cases_free(struct cases **cp)
{
	struct cases *c = *cp;
	if (c == NULL)
		return;
	if (c->db && c->conninfo)
		PQfinish(c->db);
	seal_secret_deinit(&c->secret);
	ruleset_unref(&c->rules);
	sodium_memzero(&c->office, sizeof(c->office));
	sodium_memzero(&c->outbox, sizeof(c->outbox));
	free(c->conninfo);
	free(c);
	*cp = NULL;
}

/* The rules of rules_dir (NULL: rulesdir_find()'s), loaded once per
 * session (borrowed; NULL when they cannot be loaded); c->rules_dir names
 * the folder. A session asks for one folder only. */
static struct ruleset *
session_rules(struct cases *c, const char *rules_dir)
{
	if (!c->rules_tried) {
		struct ruleset_problems probs = {0};
		c->rules_tried = true;
		if (rulesdir_load(rulesdir_find(rules_dir, c->rules_dir, sizeof(c->rules_dir)),
				  &c->rules, &probs) != MB_OK)
			c->rules = NULL;
		ruleset_problems_deinit(&probs);
	}
	return c->rules;
}

void
cases_use_rules(struct cases *c, struct ruleset *set)
{
	if (set == NULL || c->rules_tried)
		return;
	c->rules = ruleset_ref(set);
	c->rules_tried = true;
	snprintf(c->rules_dir, sizeof(c->rules_dir), "(the front end's)");
}

/* The session's connection, opened the first time. */
static enum mb_status
conn(struct cases *c, char *err, size_t errlen)
{
	if (c->db && PQstatus(c->db) == CONNECTION_OK)
		return MB_OK;
	if (c->conninfo == NULL) {
		snprintf(err, errlen, "the connection to the database was lost");
		return MB_CONNECTION;
	}
	if (c->db)
		PQfinish(c->db);
	c->db = NULL;
	return cases_db_connect(c->conninfo, &c->db, err, errlen);
}

/* Connects and begins the use case's transaction. */
static enum mb_status
begin(struct cases *c, bool repeatable, char *err, size_t errlen)
{
	enum mb_status st = conn(c, err, errlen);
	return st != MB_OK ? st : cases_db_begin(c->db, repeatable, err, errlen);
}

/* The office's secret key of path, read once (MB_CONFIG with "file:
 * reason"). */
static enum mb_status
secret_key(struct cases *c, const char *path, const struct seal_secret **s_r, char *err,
	   size_t errlen)
{
	if (!c->have_secret || strcmp(c->secret.path, path) != 0) {
		seal_secret_deinit(&c->secret);
		c->have_secret = false;
		enum mb_status st = seal_secret_load(path, &c->secret, err, errlen);
		if (st != MB_OK)
			return st;
		c->have_secret = true;
	}
	*s_r = &c->secret;
	return MB_OK;
}

/* A public key of path, read once into slot (MB_CONFIG with "file:
 * reason"). */
static enum mb_status
public_key(struct cases_pub *slot, const char *path, char *err, size_t errlen)
{
	if (slot->loaded && strcmp(slot->path, path) == 0)
		return MB_OK;
	slot->loaded = false;
	enum mb_status st = seal_load_public(path, &slot->key, err, errlen);
	if (st != MB_OK)
		return st;
	seal_key_id(&slot->key, slot->id);
	snprintf(slot->path, sizeof(slot->path), "%s", path);
	slot->loaded = true;
	return MB_OK;
}

/* ------------------------------------------------------------------------
 * Checks.
 */

static bool
in_list(const char *s, const char *const *list)
{
	for (size_t i = 0; list[i]; i++)
		if (strcmp(s, list[i]) == 0)
			return true;
	return false;
}

static void
join_list(const char *const *list, char *out, size_t outlen)
{
	size_t k = 0;
	out[0] = '\0';
	for (size_t i = 0; list[i] && k < outlen; i++) {
		int n = snprintf(out + k, outlen - k, "%s%s", i ? ", " : "", list[i]);
		if (n < 0)
			break;
		k += (size_t)n;
	}
}

enum mb_status
cases_check_category(const char *s, const char *extra, char *err, size_t errlen)
{
	char words[200];
	if (in_list(s, cases_categories) || (extra && strcmp(s, extra) == 0)) {
		err[0] = '\0';
		return MB_OK;
	}
	join_list(cases_categories, words, sizeof(words));
	snprintf(err, errlen, "'%s': not a category (%s%s%s)", s, words, extra ? ", " : "",
		 extra ? extra : "");
	return MB_USAGE;
}

enum mb_status
cases_check_status(const char *s, char *err, size_t errlen)
{
	char words[200];
	if (in_list(s, cases_statuses) || strcmp(s, "open") == 0) {
		err[0] = '\0';
		return MB_OK;
	}
	join_list(cases_statuses, words, sizeof(words));
	snprintf(err, errlen, "'%s': not a status (%s, open)", s, words);
	return MB_USAGE;
}

enum mb_status
cases_check_number(const char *s, char *err, size_t errlen)
{
	size_t n = strlen(s);
	bool ok = n >= 11 && n <= 14 && s[4] == '-';
	for (size_t i = 0; ok && i < n; i++)
		if (i != 4 && !isdigit((unsigned char)s[i]))
			ok = false;
	if (!ok) {
		snprintf(err, errlen, "CASE '%s': not a case number (like 2026-000123)", s);
		return MB_USAGE;
	}
	err[0] = '\0';
	return MB_OK;
}

/* Whether s (n bytes) is UTF-8 without NUL bytes; *bad_r the offset of the
 * first bad byte. */
static bool
text_ok(const char *s, size_t n, size_t *bad_r)
{
	size_t i = 0;
	while (i < n && s[i] != '\0') {
		size_t k = 1;
		while (k <= 4 && i + k <= n && !utf8_valid(s + i, k))
			k++;
		if (k > 4 || i + k > n)
			break;
		i += k;
	}
	if (bad_r)
		*bad_r = i;
	return i == n;
}

enum mb_status
cases_check_note(const char *note, char *err, size_t errlen)
{
	if (note == NULL || (strlen(note) <= CASES_NOTE_MAX && text_ok(note, strlen(note), NULL))) {
		err[0] = '\0';
		return MB_OK;
	}
	snprintf(err, errlen, "the note is not UTF-8 text of at most %u bytes", CASES_NOTE_MAX);
	return MB_USAGE;
}

enum mb_status
cases_check_search(const char *search, char *err, size_t errlen)
{
	err[0] = '\0';
	if (search == NULL)
		return MB_OK;
	size_t n = strlen(search);
	bool ok = n <= CASES_SEARCH_MAX && text_ok(search, n, NULL);
	for (size_t i = 0; ok && i < n; i++)
		if ((unsigned char)search[i] < 0x20 && search[i] != '\t')
			ok = false;
	if (!ok) {
		snprintf(err, errlen, "not one line of UTF-8 text of at most %u bytes",
			 CASES_SEARCH_MAX);
		return MB_USAGE;
	}
	if (cases_db_search_words(search, NULL, 0) > CASES_SEARCH_WORDS_MAX) {
		snprintf(err, errlen, "at most %d words", CASES_SEARCH_WORDS_MAX);
		return MB_USAGE;
	}
	return MB_OK;
}

bool
cases_nonempty(const char *s)
{
	if (s == NULL)
		return false;
	for (; *s; s++)
		if (!isspace((unsigned char)*s))
			return true;
	return false;
}

enum mb_status
cases_check_answer(const char *text, size_t n, char *err, size_t errlen)
{
	size_t bad;
	if (n > CASES_REPLY_MAX) {
		snprintf(err, errlen, "larger than %u bytes (1 MiB)", CASES_REPLY_MAX);
		return MB_REFUSED;
	}
	if (!text_ok(text, n, &bad)) {
		snprintf(err, errlen, "not UTF-8 text (byte %zu)", bad);
		return MB_REFUSED;
	}
	if (!cases_nonempty(text)) {
		snprintf(err, errlen, "the answer is empty");
		return MB_REFUSED;
	}
	err[0] = '\0';
	return MB_OK;
}

/* A department's name: UTF-8 text, not blank, no control characters. */
static enum mb_status
check_department(const char *dept, char *err, size_t errlen)
{
	size_t dl = strlen(dept);
	bool blank = true;
	for (size_t i = 0; i < dl; i++) {
		if ((unsigned char)dept[i] < 0x20 || dept[i] == 0x7F) {
			blank = true;
			break;
		}
		if (dept[i] != ' ')
			blank = false;
	}
	if (blank || dl > CASES_DEPARTMENT_MAX || !text_ok(dept, dl, NULL)) {
		snprintf(err, errlen, "DEPARTMENT: a name of UTF-8 text, at most %u bytes, without "
			 "control characters", CASES_DEPARTMENT_MAX);
		return MB_USAGE;
	}
	err[0] = '\0';
	return MB_OK;
}

static bool
digits(const char *s, size_t n, int *v)
{
	int x = 0;
	for (size_t i = 0; i < n; i++) {
		if (!isdigit((unsigned char)s[i]))
			return false;
		x = x * 10 + (s[i] - '0');
	}
	*v = x;
	return true;
}

/* The time part of a first day after the date: "HH:MM[:SS[.fff]]" and a zone;
 * MB_USAGE when malformed. */
static enum mb_status
since_time(const char *p, struct tm *tm, double *frac_r, bool *zone_r, long *off_r)
{
	int h, mi, se = 0;
	if (strlen(p) < 5 || !digits(p, 2, &h) || p[2] != ':' || !digits(p + 3, 2, &mi))
		return MB_USAGE;
	p += 5;
	if (*p == ':') {
		if (!digits(p + 1, 2, &se) || strlen(p + 1) < 2)
			return MB_USAGE;
		p += 3;
		if (*p == '.' || *p == ',') {
			const char *f = ++p;
			while (isdigit((unsigned char)*p))
				p++;
			if (p == f)
				return MB_USAGE;
			char buf[32];
			snprintf(buf, sizeof(buf), "0.%.*s", (int)(p - f > 9 ? 9 : p - f), f);
			*frac_r = strtod(buf, NULL);
		}
	}
	if (h > 23 || mi > 59 || se > 60)
		return MB_USAGE;
	if (*p == 'Z' || *p == 'z') {
		*zone_r = true;
		p++;
	} else if (*p == '+' || *p == '-') {
		int oh, om = 0;
		int sign = *p == '-' ? -1 : 1;
		p++;
		if (!digits(p, 2, &oh) || strlen(p) < 2)
			return MB_USAGE;
		p += 2;
		if (*p == ':')
			p++;
		if (*p) {
			if (strlen(p) != 2 || !digits(p, 2, &om))
				return MB_USAGE;
			p += 2;
		}
		if (oh > 14 || om > 59)
			return MB_USAGE;
		*zone_r = true;
		*off_r = sign * (oh * 3600L + om * 60L);
	}
	if (*p != '\0')
		return MB_USAGE;
	tm->tm_hour = h;
	tm->tm_min = mi;
	tm->tm_sec = se;
	return MB_OK;
}

enum mb_status
cases_parse_since(const char *s, double *epoch_r)
{
	static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	struct tm tm;
	int y, mo, d;
	double frac = 0;
	bool zone = false;
	long off = 0;
	memset(&tm, 0, sizeof(tm));
	if (strlen(s) < 10 || !digits(s, 4, &y) || s[4] != '-' || !digits(s + 5, 2, &mo)
	    || s[7] != '-' || !digits(s + 8, 2, &d))
		return MB_USAGE;
	if (y < 1970 || mo < 1 || mo > 12 || d < 1 || d > mdays[mo - 1])
		return MB_USAGE;
	if (mo == 2 && d == 29 && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return MB_USAGE;
	const char *p = s + 10;
	if (*p == 'T' || *p == ' ') {
		if (since_time(p + 1, &tm, &frac, &zone, &off) != MB_OK)
			return MB_USAGE;
	} else if (*p != '\0') {
		return MB_USAGE;
	}
	tm.tm_year = y - 1900;
	tm.tm_mon = mo - 1;
	tm.tm_mday = d;
	time_t t;
	if (zone) {
		t = timegm(&tm) - off;
	} else {
		tm.tm_isdst = -1;
		t = mktime(&tm);
		if (t == (time_t)-1)
			return MB_USAGE;
	}
	*epoch_r = (double)t + frac;
	return MB_OK;
}

/* ------------------------------------------------------------------------
 * JSON.
 */

void
cases_time_local(double epoch, char *out, size_t outlen)
{
	time_t t = (time_t)epoch;
	struct tm tm;
	if (localtime_r(&t, &tm) == NULL || strftime(out, outlen, "%Y-%m-%d %H:%M", &tm) == 0)
		snprintf(out, outlen, "?");
}

void
cases_iso_local(const char *iso, char *out, size_t outlen)
{
	struct tm tm;
	memset(&tm, 0, sizeof(tm));
	if (iso == NULL) {
		snprintf(out, outlen, "-");
		return;
	}
	const char *e = strptime(iso, "%Y-%m-%dT%H:%M:%SZ", &tm);
	if (e == NULL || *e != '\0') {
		snprintf(out, outlen, "%s", iso);
		return;
	}
	cases_time_local((double)timegm(&tm), out, outlen);
}

void
cases_time_iso(double epoch, char *out, size_t outlen)
{
	time_t t = (time_t)epoch;
	struct tm tm;
	if (gmtime_r(&t, &tm) == NULL || strftime(out, outlen, "%Y-%m-%dT%H:%M:%SZ", &tm) == 0)
		snprintf(out, outlen, "?");
}

static json_t *
json_str_or_null(const char *s)
{
	return s ? json_string(s) : json_null();
}

/* An epoch as an ISO string, or null for CASES_DB_NO_TIME. */
static json_t *
json_time(double epoch)
{
	if (epoch == CASES_DB_NO_TIME)
		return json_null();
	char iso[40];
	cases_time_iso(epoch, iso, sizeof(iso));
	return json_string(iso);
}

/* A JSON text of a column, or def (taken) when it is NULL or not JSON. */
static json_t *
json_text(const char *v, json_t *def)
{
	json_t *j = v ? json_loads(v, 0, NULL) : NULL;
	if (j == NULL)
		return def;
	json_decref(def);
	return j;
}

/* ------------------------------------------------------------------------
 * list
 */

enum mb_status
cases_list(struct cases *c, const struct cases_filter *f, struct case_summaries *out, char *err,
	   size_t errlen)
{
	bool office;
	enum mb_status st;
	memset(out, 0, sizeof(*out));
	if (f->category && (st = cases_check_category(f->category, "unclassified", err, errlen)))
		return st;
	if (f->status && (st = cases_check_status(f->status, err, errlen)) != MB_OK)
		return st;
	if ((st = cases_check_search(f->search, err, errlen)) != MB_OK)
		return st;
	if ((st = conn(c, err, errlen)) != MB_OK)
		return st;
	if ((st = cases_db_reads_office(c->db, &office, err, errlen)) != MB_OK)
		return st;
	return cases_db_list(c->db, f, office, out, err, errlen);
}

json_t *
cases_summary_json(const struct case_summary *s)
{
	json_t *o = json_object();
	json_object_set_new(o, "number", json_string(s->number));
	json_object_set_new(o, "received", json_time(s->received));
	json_object_set_new(o, "category", json_string(s->category));
	json_object_set_new(o, "department", json_str_or_null(s->department));
	json_object_set_new(o, "priority", json_string(s->priority));
	json_object_set_new(o, "status", json_string(s->status));
	json_object_set_new(o, "needs_review", json_boolean(s->needs_review));
	json_object_set_new(o, "confidential", json_boolean(s->confidential));
	json_object_set_new(o, "confidential_review", json_boolean(s->confidential_review));
	json_object_set_new(o, "subject", json_str_or_null(s->subject));
	json_object_set_new(o, "district", json_str_or_null(s->district));
	json_object_set_new(o, "language", json_str_or_null(s->language));
	json_object_set_new(o, "letters", json_integer(s->letters));
	json_object_set_new(o, "due_at", json_time(s->due));
	json_object_set_new(o, "overdue", json_boolean(s->overdue));
	json_object_set_new(o, "owner", json_str_or_null(s->owner));
	return o;
}

json_t *
cases_summaries_json(const struct case_summaries *l)
{
	json_t *arr = json_array();
	for (size_t i = 0; i < l->n; i++)
		json_array_append_new(arr, cases_summary_json(&l->v[i]));
	return arr;
}

/* ------------------------------------------------------------------------
 * show
 */

/* What show needs to classify letters again: the rule set, loaded the
 * first time a letter needs it. */
struct show_rules {
	struct cases *c;
	const char *dir_opt;
	struct ruleset *set;	/* borrowed from the session */
	bool tried;
	const char *note;	/* why words are not shown, for all letters */
	char *warning;
	size_t warninglen;
};

/* Fills the "words" of each rule hit of rules from the letter read again
 * from its raw bytes (n of them), through letter_read(); with a model in
 * the rules, its opinion of the letter goes into lj's "model" (why it
 * chose the category, and why it sealed or did not seal the letter). */
static void
show_words(struct show_rules *sr, json_t *lj, json_t *rules, const unsigned char *raw, size_t n)
{
	if (json_array_size(rules) == 0)
		return;
	if (!sr->tried) {
		sr->tried = true;
		sr->set = session_rules(sr->c, sr->dir_opt);
		if (sr->set == NULL) {
			snprintf(sr->warning, sr->warninglen, "the rules of %s cannot be loaded: the "
				 "matched words are not shown", sr->c->rules_dir);
			sr->note = "the rule set cannot be loaded: matched words not shown";
		}
	}
	if (sr->set == NULL)
		return;
	char err[512];
	struct letter *l = NULL;
	struct classification cl;
	if (letter_read(raw, n, sr->set, &l, &cl, err, sizeof(err)) != MB_OK) {
		classify_deinit(&cl);
		letter_free(&l);
		return;
	}
	if (cl.model_used) {
		char why[768];
		letter_file_why(sr->set, &cl, why, sizeof(why));
		json_object_set_new(lj, "model", json_pack("{s:s, s:f, s:b, s:b, s:s}", "category",
			ruleset_category_name(cl.category), "confidential", cl.model.confidential,
			"sealed", cl.model_confidential, "released", cl.model_released, "why", why));
	}
	size_t i;
	json_t *h;
	json_array_foreach(rules, i, h) {
		const char *name = json_string_value(json_object_get(h, "rule"));
		const char *field = json_string_value(json_object_get(h, "field"));
		const struct classify_hit *found = NULL;
		for (size_t k = 0; k < cl.hits_count && name; k++) {
			if (strcmp(cl.hits[k].rule->name, name) != 0)
				continue;
			if (found == NULL || (field && strcmp(classify_field_name(cl.hits[k].field),
							      field) == 0))
				found = &cl.hits[k];
		}
		if (found) {
			char words[CASES_QUOTE_MAX + 1];
			classify_hit_words(l, found, CASES_QUOTE_MAX, words, sizeof(words));
			json_object_set_new(h, "words", json_string(words));
		} else {
			json_object_set_new(h, "words", json_null());
			json_object_set_new(h, "note", json_string("the current rules do not "
								   "match this letter"));
		}
	}
	classify_deinit(&cl);
	letter_free(&l);
}

/* The box of boxes for (what, id), or NULL. */
static const struct case_box *
find_box(const struct case_boxes *b, const char *what, long long id)
{
	for (size_t i = 0; i < b->n; i++)
		if (strcmp(b->v[i].what, what) == 0 && b->v[i].id == id && b->v[i].box)
			return &b->v[i];
	return NULL;
}

/* Opens a box holding a JSON object (a letter's identity) with the loaded
 * key: the object (caller decrefs), or NULL with MB_REFUSED in *st (the
 * reason in err, never the contents). */
static json_t *
open_identity(const struct seal_secret *key, const char *number, const struct case_box *b,
	      enum mb_status *st, char *err, size_t errlen)
{
	size_t plen;
	char why[600];
	unsigned char *plain = seal_open_secret(key, b->box, b->n, &plen, why, sizeof(why));
	*st = MB_REFUSED;
	if (plain == NULL) {
		snprintf(err, errlen, "%s: %s", number, why);
		return NULL;
	}
	json_t *o = json_loadb((const char *)plain, plen, 0, NULL);
	sodium_memzero(plain, plen);
	free(plain);
	if (!json_is_object(o)) {
		json_decref(o);
		snprintf(err, errlen, "%s: sealed data is not mayorbox's", number);
		return NULL;
	}
	*st = MB_OK;
	return o;
}

/* Opens a box holding plain text (a case's answer): a new string (caller
 * zeroes and frees), or NULL. */
static char *
open_text(const struct seal_secret *key, const struct case_box *b)
{
	size_t plen;
	char why[600];
	return (char *)seal_open_secret(key, b->box, b->n, &plen, why, sizeof(why));
}

/* The case's own fields of the document. */
static json_t *
show_head(const struct case_head *h)
{
	json_t *doc = json_object();
	json_object_set_new(doc, "number", json_string(h->number));
	json_object_set_new(doc, "category", json_string(h->category));
	json_object_set_new(doc, "department", json_str_or_null(h->department));
	json_object_set_new(doc, "priority", json_string(h->priority));
	json_object_set_new(doc, "status", json_string(h->status));
	json_object_set_new(doc, "confidential", json_boolean(h->confidential));
	json_object_set_new(doc, "needs_review", json_boolean(h->needs_review));
	json_object_set_new(doc, "automatic", json_boolean(h->automatic));
	json_object_set_new(doc, "received", json_time(h->received));
	json_object_set_new(doc, "updated", json_time(h->updated));
	json_object_set_new(doc, "closed", json_time(h->closed));
	json_object_set_new(doc, "scores", json_text(h->scores, json_object()));
	json_object_set_new(doc, "answer", json_str_or_null(h->answer));
	json_object_set_new(doc, "due_at", json_time(h->due));
	json_object_set_new(doc, "overdue", json_boolean(h->overdue));
	json_object_set_new(doc, "due_estimated", json_boolean(h->due_estimated));
	json_object_set_new(doc, "owner", json_str_or_null(h->owner));
	return doc;
}

/* The writer's fields of a letter: from its identity when opened, null
 * when sealed, else its columns. */
static void
show_writer(json_t *lj, const struct case_letter *l, const json_t *ident)
{
	json_t *from = json_object();
	if (l->confidential && ident == NULL) {
		json_object_set_new(lj, "sealed", json_true());
		json_decref(from);
		json_object_set_new(lj, "from", json_null());
		json_object_set_new(lj, "message_id", json_null());
		json_object_set_new(lj, "subject", json_null());
		json_object_set_new(lj, "text", json_null());
		return;
	}
	json_object_set_new(lj, "sealed", json_false());
	if (ident) {
		static const char *const fk[][2] = {
			{"name", "from_name"}, {"address", "from_address"}, {"phone", "phone"},
		};
		static const char *const keys[] = {"message_id", "subject", "text"};
		for (size_t k = 0; k < 3; k++) {
			json_t *v = json_object_get(ident, fk[k][1]);
			json_object_set_new(from, fk[k][0], v ? json_incref(v) : json_null());
		}
		json_object_set_new(lj, "from", from);
		for (size_t k = 0; k < 3; k++) {
			json_t *v = json_object_get(ident, keys[k]);
			json_object_set_new(lj, keys[k], v ? json_incref(v) : json_null());
		}
		return;
	}
	json_object_set_new(from, "name", json_str_or_null(l->from_name));
	json_object_set_new(from, "address", json_str_or_null(l->from_address));
	json_object_set_new(from, "phone", json_str_or_null(l->phone));
	json_object_set_new(lj, "from", from);
	json_object_set_new(lj, "message_id", json_str_or_null(l->message_id));
	json_object_set_new(lj, "subject", json_str_or_null(l->subject));
	json_object_set_new(lj, "text", json_str_or_null(l->body));
}

/* A letter's attachments (the names of a sealed one from its identity
 * when opened). */
static json_t *
show_attachments(const struct case_attachments *ra, const struct case_letter *l,
		 const json_t *ident)
{
	json_t *att = json_array(), *sealed_att = json_object_get(ident, "attachments");
	for (size_t k = 0; k < ra->n; k++) {
		const struct case_attachment *x = &ra->v[k];
		if (x->letter_id != l->id)
			continue;
		json_t *a = json_object();
		const char *fn = x->filename;
		if (fn == NULL && sealed_att && x->position >= 1)
			fn = json_string_value(json_object_get(
				json_array_get(sealed_att, (size_t)x->position - 1), "filename"));
		json_object_set_new(a, "filename", json_str_or_null(fn));
		if (fn == NULL && l->confidential && ident == NULL)
			json_object_set_new(a, "sealed", json_true());
		json_object_set_new(a, "content_type", json_string(x->content_type));
		json_object_set_new(a, "size", json_integer(x->size));
		json_array_append_new(att, a);
	}
	return att;
}

static json_t *
show_hits(const struct case_hits *rh, long long letter_id)
{
	json_t *rules = json_array();
	for (size_t k = 0; k < rh->n; k++) {
		const struct case_hit *x = &rh->v[k];
		if (x->letter_id != letter_id)
			continue;
		json_array_append_new(rules, json_pack("{s:s, s:s, s:I, s:o, s:n}", "rule", x->rule,
			"field", x->field, "weight", (json_int_t)x->weight, "category",
			json_str_or_null(x->category), "words"));
	}
	return rules;
}

/* The matched words of a letter's rule hits: its own bytes, from the
 * opened identity or the letters table, read again. */
static enum mb_status
show_letter_words(struct cases *c, struct show_rules *sr, json_t *lj, json_t *rules,
		  const struct case_letter *l, const json_t *ident, bool have_key, char *err,
		  size_t errlen)
{
	if (json_array_size(rules) == 0)
		return MB_OK;
	if (ident) {
		const char *b64 = json_string_value(json_object_get(ident, "raw"));
		size_t blen = b64 ? strlen(b64) : 0, n = 0;
		unsigned char *raw = xmalloc(blen + 1);
		if (b64 && sodium_base642bin(raw, blen + 1, b64, blen, "\r\n", &n, NULL,
					     sodium_base64_VARIANT_ORIGINAL) == 0)
			show_words(sr, lj, rules, raw, n);
		sodium_memzero(raw, blen + 1);
		free(raw);
	} else if (!l->confidential && l->has_raw) {
		struct cases_bytes b;
		enum mb_status st = cases_db_letter_raw(c->db, l->id, &b, err, errlen);
		if (st != MB_OK)
			return st;
		if (b.p)
			show_words(sr, lj, rules, b.p, b.n);
		cases_db_bytes_free(&b);
	} else {
		json_object_set_new(lj, "rules_note", json_string(
			l->confidential ? (have_key ? "sealed to another key"
					   : "sealed: the matched words need the office's secret key")
				: "the letter's bytes are not kept"));
	}
	return MB_OK;
}

/* The letters of the case into doc's "letters", boxes opened with key. */
static enum mb_status
show_letters(struct cases *c, json_t *doc, const struct case_head *h,
	     const struct case_boxes *boxes, const struct seal_secret *key, struct show_rules *sr,
	     char *err, size_t errlen)
{
	struct case_letters rl = {0};
	struct case_attachments ra = {0};
	struct case_hits rh = {0};
	enum mb_status st;
	if ((st = cases_db_attachments(c->db, h->id, &ra, err, errlen)) != MB_OK
	    || (st = cases_db_hits(c->db, h->id, &rh, err, errlen)) != MB_OK
	    || (st = cases_db_letters(c->db, h->id, &rl, err, errlen)) != MB_OK)
		goto out;
	json_t *letters = json_array();
	json_object_set_new(doc, "letters", letters);
	for (size_t i = 0; i < rl.n && st == MB_OK; i++) {
		const struct case_letter *l = &rl.v[i];
		json_t *lj = json_object(), *ident = NULL;
		json_array_append_new(letters, lj);
		json_object_set_new(lj, "received", json_time(l->received));
		json_object_set_new(lj, "written", json_time(l->written));
		json_object_set_new(lj, "source", json_string(l->source));
		json_object_set_new(lj, "source_name", json_string(l->source_name));
		json_object_set_new(lj, "language", json_str_or_null(l->language));
		json_object_set_new(lj, "confidential", json_boolean(l->confidential));
		json_object_set_new(lj, "anonymous", json_boolean(l->anonymous));
		json_object_set_new(lj, "district", json_str_or_null(l->district));
		json_t *warn = json_text(l->warnings, json_array());
		if (!json_is_array(warn)) {
			json_decref(warn);
			warn = json_array();
		}
		json_object_set_new(lj, "warnings", warn);
		const struct case_box *box = l->confidential ? find_box(boxes, "letter", l->id) : NULL;
		if (box && (ident = open_identity(key, h->number, box, &st, err, errlen)) == NULL)
			break;
		show_writer(lj, l, ident);
		json_object_set_new(lj, "attachments", show_attachments(&ra, l, ident));
		json_t *rules = show_hits(&rh, l->id);
		json_object_set_new(lj, "rules", rules);
		st = show_letter_words(c, sr, lj, rules, l, ident, key != NULL, err, errlen);
		json_decref(ident);
	}
out:
	cases_db_rows_free(&rl);
	cases_db_rows_free(&ra);
	cases_db_rows_free(&rh);
	return st;
}

/* History, outbox and delivery reports into doc. */
static enum mb_status
show_record(struct cases *c, json_t *doc, long long case_id, char *err, size_t errlen)
{
	struct case_events ev = {0};
	struct case_mails ob = {0};
	struct case_reports rep = {0};
	enum mb_status st;
	if ((st = cases_db_events(c->db, case_id, &ev, err, errlen)) != MB_OK
	    || (st = cases_db_mails(c->db, case_id, &ob, err, errlen)) != MB_OK
	    || (st = cases_db_reports(c->db, case_id, &rep, err, errlen)) != MB_OK)
		goto out;
	json_t *a = json_array();
	for (size_t i = 0; i < ev.n; i++)
		json_array_append_new(a, json_pack("{s:o, s:s, s:s, s:o}", "at",
			json_time(ev.v[i].at), "who", ev.v[i].who, "what", ev.v[i].what, "detail",
			json_text(ev.v[i].detail, json_object())));
	json_object_set_new(doc, "visits", cases_visits_json(a));
	json_object_set_new(doc, "history", a);
	json_t *da = NULL;
	if ((st = cases_db_department_answer_get(c->db, case_id, &da, err, errlen)) != MB_OK)
		goto out;
	json_object_set_new(doc, "department_answer", da ? da : json_null());
	a = json_array();
	for (size_t i = 0; i < ob.n; i++)
		json_array_append_new(a, json_pack("{s:s, s:s, s:I, s:o, s:o, s:s, s:o}", "kind",
			ob.v[i].kind, "status", ob.v[i].status, "attempts",
			(json_int_t)ob.v[i].attempts, "sent_at", json_time(ob.v[i].sent_at),
			"created_at", json_time(ob.v[i].created_at), "created_by",
			ob.v[i].created_by, "last_error", json_str_or_null(ob.v[i].last_error)));
	json_object_set_new(doc, "outbox", a);
	a = json_array();
	for (size_t i = 0; i < rep.n; i++)
		json_array_append_new(a, json_pack("{s:s, s:o, s:o, s:o}", "kind", rep.v[i].kind,
			"action", json_str_or_null(rep.v[i].action), "status",
			json_str_or_null(rep.v[i].status), "received",
			json_time(rep.v[i].received)));
	json_object_set_new(doc, "reports", a);
out:
	cases_db_rows_free(&ev);
	cases_db_rows_free(&ob);
	cases_db_rows_free(&rep);
	return st;
}

enum mb_status
cases_reveal(PGconn *db, const char *number, const struct seal_secret *key,
	     struct case_boxes *boxes, char *err, size_t errlen)
{
	enum mb_status st = cases_db_reveal(db, number, key->id, boxes, err, errlen);
	if (st == MB_OK && boxes->n == 0) {
		snprintf(err, errlen, "%s: this key opens nothing of case %s", key->path, number);
		st = MB_REFUSED;
	}
	return st;
}

json_t *
cases_open_letter(const struct case_boxes *boxes, long long letter_id,
		  const struct seal_secret *key, const char *number, enum mb_status *st_r,
		  char *err, size_t errlen)
{
	const struct case_box *b = find_box(boxes, "letter", letter_id);
	if (b == NULL) {
		snprintf(err, errlen, "%s: this key opens nothing of letter %lld", number,
			 letter_id);
		*st_r = MB_NO_INPUT;
		return NULL;
	}
	return open_identity(key, number, b, st_r, err, errlen);
}

/* Builds the document inside the transaction. */
static enum mb_status
show_build(struct cases *c, const char *number, const char *key_path, struct show_rules *sr,
	   json_t **doc_r, char *err, size_t errlen)
{
	struct case_head h;
	struct case_boxes boxes = {0};
	const struct seal_secret *key = NULL;
	json_t *doc = NULL;
	bool answer_sealed = false, review = false;
	enum mb_status st = cases_db_case(c->db, number, &h, err, errlen);
	if (st != MB_OK)
		return st;
	doc = show_head(&h);
	/* a confidential case's answer is kept only sealed; only the office
	 * view (a supervisor's: no clerk sees such a case) says whether */
	if (h.confidential
	    && (st = cases_db_case_marks(c->db, number, &answer_sealed, &review, err, errlen)))
		goto out;
	json_object_set_new(doc, "answer_sealed", json_boolean(answer_sealed));
	json_object_set_new(doc, "confidential_review", json_boolean(review));
	bool opening = key_path != NULL && (h.confidential || h.sealed_letters > 0);
	if (opening) {
		if ((st = secret_key(c, key_path, &key, err, errlen)) != MB_OK) {
			char why[700];
			snprintf(why, sizeof(why), "%s %s", labels_name(c->labels, LABEL_KEY), err);
			snprintf(err, errlen, "%s", why);
			st = MB_REFUSED;
			goto out;
		}
		if ((st = cases_reveal(c->db, number, key, &boxes, err, errlen)) != MB_OK)
			goto out;
	}
	json_object_set_new(doc, "identity_revealed", json_boolean(opening));
	const struct case_box *abox = find_box(&boxes, "answer", h.id);
	bool letter_boxes = false;
	for (size_t i = 0; i < boxes.n; i++)
		letter_boxes = letter_boxes || strcmp(boxes.v[i].what, "letter") == 0;
	if (abox) {
		/* the answer of a confidential case, sealed when it was closed */
		char *a = open_text(key, abox);
		if (a) {
			json_object_set_new(doc, "answer", json_string(a));
			json_object_set_new(doc, "answer_sealed", json_false());
			sodium_memzero(a, strlen(a));
			free(a);
		} else if (!letter_boxes) {
			/* an answer box whose key id was not kept: not this key's */
			snprintf(err, errlen, "%s: this key opens nothing of case %s", key_path, number);
			st = MB_REFUSED;
			goto out;
		}
	}
	if ((st = show_letters(c, doc, &h, &boxes, key, sr, err, errlen)) != MB_OK)
		goto out;
	if (sr->note)
		json_object_set_new(doc, "rules_note", json_string(sr->note));
	st = show_record(c, doc, h.id, err, errlen);
out:
	cases_db_rows_free(&boxes);
	cases_db_case_free(&h);
	if (st != MB_OK) {
		json_decref(doc);
		return st;
	}
	*doc_r = doc;
	return MB_OK;
}

enum mb_status
cases_show(struct cases *c, const char *number, const char *key_path, const char *rules_dir,
	   json_t **doc_r, char *warning, size_t warninglen, char *err, size_t errlen)
{
	struct show_rules sr = {.c = c, .dir_opt = rules_dir, .warning = warning,
				.warninglen = warninglen};
	enum mb_status st;
	*doc_r = NULL;
	warning[0] = '\0';
	if ((st = cases_check_number(number, err, errlen)) != MB_OK)
		return st;
	if (key_path && access(key_path, R_OK) != 0) {
		snprintf(err, errlen, "%s %s: %s", labels_name(c->labels, LABEL_KEY), key_path,
			 strerror(errno));
		return MB_NO_INPUT;
	}
	if ((st = begin(c, true, err, errlen)) != MB_OK)
		return st;
	st = show_build(c, number, key_path, &sr, doc_r, err, errlen);
	/* the record of an opening must be kept before anything is shown */
	if (st == MB_OK && !db_commit(c->db)) {
		snprintf(err, errlen, "database: the transaction did not commit: %s",
			 db_error(c->db));
		st = MB_CONNECTION;
	} else if (st != MB_OK) {
		st = cases_db_end(c->db, st, err, errlen);
	}
	if (st != MB_OK) {
		json_decref(*doc_r);
		*doc_r = NULL;
	}
	return st;
}

bool
cases_event_summary(const char *what, const json_t *d, char *out, size_t len)
{
#define jstr(o, k) json_string_value(json_object_get((o), (k)))
#define D(k) (jstr(d, k) ? jstr(d, k) : "-")
	out[0] = '\0';
	if (what == NULL)
		return false;
	if (strcmp(what, "filed") == 0) {
		snprintf(out, len, "as %s, to %s, from %s%s%s", D("category"), D("department"),
			 D("source"), jstr(d, "rules") ? ", rules " : "",
			 jstr(d, "rules") ? jstr(d, "rules") : "");
	} else if (strcmp(what, "reclassified") == 0) {
		snprintf(out, len, "%s -> %s%s%s", D("from"), D("to"), jstr(d, "note") ? ": " : "",
			 jstr(d, "note") ? jstr(d, "note") : "");
	} else if (strcmp(what, "assigned") == 0) {
		snprintf(out, len, "%s -> %s", D("from"), D("to"));
	} else if (strcmp(what, "taken") == 0 || strcmp(what, "owner") == 0) {
		snprintf(out, len, "owner %s -> %s", D("from"), D("owner"));
	} else if (strcmp(what, "due changed") == 0) {
		char a[64], b[64];
		cases_iso_local(jstr(d, "from"), a, sizeof(a));
		cases_iso_local(jstr(d, "to"), b, sizeof(b));
		snprintf(out, len, "due %s -> %s", jstr(d, "from") ? a : "-", jstr(d, "to") ? b : "-");
	} else if (strcmp(what, "calendar_uncovered") == 0) {
		snprintf(out, len, "due counted past the calendar %s (covers %s): weekends only",
			 D("calendar"), D("covered"));
	} else if (strcmp(what, "closed") == 0) {
		if (jstr(d, "why"))
			snprintf(out, len, "answer not mailed: %s", D("why"));
		else
			snprintf(out, len, "answer %s", D("answer"));
	} else if (strcmp(what, "follow-up") == 0) {
		snprintf(out, len, "a letter joined (by %s)%s", D("how"),
			 json_is_true(json_object_get(d, "reopened")) ? "; the case reopened" : "");
	} else if (strcmp(what, "mail sent") == 0 || strcmp(what, "mail cancelled") == 0) {
		snprintf(out, len, "%s", D("mail"));
	} else if (strcmp(what, "mail failed") == 0) {
		snprintf(out, len, "%s: %s", D("mail"), D("error"));
	} else if (strcmp(what, "delivery report") == 0 || strcmp(what, "automatic reply") == 0) {
		snprintf(out, len, "about the %s: %s %s", D("mail"), D("action"), D("status"));
	} else if (strcmp(what, "confidentiality confirmed") == 0 || strcmp(what, "released") == 0
		   || strcmp(what, "sealed") == 0) {
		snprintf(out, len, "%s", jstr(d, "note") ? jstr(d, "note") : "");
	} else if (strcmp(what, "answer sent back") == 0 || strcmp(what, "returned") == 0) {
		snprintf(out, len, "%s: %s", D("department"), D("reason"));
	} else if (strcmp(what, "reopened") == 0 || strcmp(what, "identity revealed") == 0) {
		return true;
	} else {
		return false;
	}
	return true;
#undef D
#undef jstr
}

enum mb_status
cases_attachment(struct cases *c, const char *number, long index, struct case_file *out,
		 char *err, size_t errlen)
{
	struct case_head h;
	struct case_letters rl = {0};
	struct case_attachments ra = {0};
	enum mb_status st;
	memset(out, 0, sizeof(*out));
	if ((st = cases_check_number(number, err, errlen)) != MB_OK
	    || (st = begin(c, true, err, errlen)) != MB_OK)
		return st;
	memset(&h, 0, sizeof(h));
	if ((st = cases_db_case(c->db, number, &h, err, errlen)) != MB_OK
	    || (st = cases_db_letters(c->db, h.id, &rl, err, errlen)) != MB_OK
	    || (st = cases_db_attachments(c->db, h.id, &ra, err, errlen)) != MB_OK)
		goto out;
	/* the order of the document: letters as they came, each one's
	 * attachments by position (show_letters) */
	const struct case_attachment *x = NULL;
	long k = 0;
	for (size_t i = 0; i < rl.n && x == NULL; i++)
		for (size_t j = 0; j < ra.n && x == NULL; j++)
			if (ra.v[j].letter_id == rl.v[i].id && ++k == index)
				x = &ra.v[j];
	if (x)
		st = cases_db_attachment(c->db, h.id, x->letter_id, x->position, out, err, errlen);
	if (st == MB_OK && out->data == NULL) {
		/* none, or sealed with its letter: the same to the caller */
		cases_db_file_free(out);
		snprintf(err, errlen, "%s: no attachment %ld", number, index);
		st = MB_NO_INPUT;
	}
out:
	cases_db_rows_free(&rl);
	cases_db_rows_free(&ra);
	cases_db_case_free(&h);
	/* nothing changed: the read ends */
	enum mb_status end = cases_db_end(c->db, st == MB_OK ? MB_REFUSED : st, err, errlen);
	if (st != MB_OK) {
		cases_db_file_free(out);
		st = end;
	}
	return st;
}

/* ------------------------------------------------------------------------
 * reclassify, assign
 */

/* Starts a change of number: checks it, connects, BEGIN, reads the case
 * (a case the login cannot see: "no such case"). */
static enum mb_status
change_begin(struct cases *c, const char *number, struct case_head *h, char *err, size_t errlen)
{
	enum mb_status st;
	memset(h, 0, sizeof(*h));
	if ((st = cases_check_number(number, err, errlen)) != MB_OK
	    || (st = begin(c, false, err, errlen)) != MB_OK)
		return st;
	if ((st = cases_db_case(c->db, number, h, err, errlen)) != MB_OK)
		return cases_db_end(c->db, st, err, errlen);
	return MB_OK;
}

/* Ends a change: COMMIT when st is MB_OK, else ROLLBACK; frees h. */
static enum mb_status
change_end(struct cases *c, struct case_head *h, enum mb_status st, char *err, size_t errlen)
{
	cases_db_case_free(h);
	return cases_db_end(c->db, st, err, errlen);
}

enum mb_status
cases_reclassify(struct cases *c, const char *number, const char *category, const char *note,
		 struct case_reclassified *out, char *err, size_t errlen)
{
	struct case_head h;
	enum mb_status st;
	memset(out, 0, sizeof(*out));
	if ((st = cases_check_category(category, NULL, err, errlen)) != MB_OK) {
		char why[400];
		snprintf(why, sizeof(why), "CATEGORY %s", err);
		snprintf(err, errlen, "%s", why);
		return st;
	}
	if ((st = cases_check_note(note, err, errlen)) != MB_OK
	    || (st = change_begin(c, number, &h, err, errlen)) != MB_OK)
		return st;
	st = cases_db_reclassify(c->db, &h, category, note, out->before, sizeof(out->before), err,
				 errlen);
	snprintf(out->number, sizeof(out->number), "%s", number);
	snprintf(out->after, sizeof(out->after), "%s", category);
	return change_end(c, &h, st, err, errlen);
}

json_t *
cases_reclassified_json(const struct case_reclassified *r)
{
	return json_pack("{s:s, s:s, s:s, s:b}", "number", r->number, "from", r->before, "to",
			 r->after, "confirmed", strcmp(r->before, r->after) == 0);
}

/* The departments to choose from: those in use (any case), those the
 * rules' directory lists (a department there may have no routing rule
 * yet) and those the rules route to (quietly none when the rules cannot be
 * loaded); each once, as first spelled, into a new array (*names_r, *n_r:
 * free each and the array). */
static enum mb_status
department_names(struct cases *c, const char *rules_dir, char ***names_r, size_t *n_r,
		 char *err, size_t errlen)
{
	struct cases_names used;
	*names_r = NULL;
	*n_r = 0;
	enum mb_status st = cases_db_departments(c->db, &used, err, errlen);
	if (st != MB_OK)
		return st;
	const struct ruleset *set = session_rules(c, rules_dir);
	size_t cap = used.n + (set ? set->count + set->departments_count : 0) + 1, count = 0;
	const char **names = xmalloc(cap * sizeof(*names));
	for (size_t i = 0; i < used.n; i++)
		names[count++] = used.v[i];
	for (size_t i = 0; set && i < set->departments_count; i++)
		names[count++] = set->departments[i].name;
	for (size_t i = 0; set && i < set->count; i++)
		if (set->rules[i].department
		    && strcmp(set->rules[i].department, RULES_DEPARTMENT_NONE) != 0)
			names[count++] = set->rules[i].department;
	char **out = xcalloc(count + 1, sizeof(*out));
	size_t n = 0;
	for (size_t i = 0; i < count; i++) {
		bool dup = false;
		for (size_t k = 0; k < i && !dup; k++)
			dup = strcmp(names[k], names[i]) == 0;
		if (!dup)
			out[n++] = xstrdup(names[i]);
	}
	free(names);
	cases_db_rows_free(&used);
	*names_r = out;
	*n_r = n;
	return MB_OK;
}

/* Is dept one of department_names() (any case)? Its spelling there goes
 * to out->department; else MB_REFUSED with the known names in out->known:
 * a typo must not become a department. */
static enum mb_status
known_department(struct cases *c, const char *rules_dir, const char *dept,
		 struct case_assigned *out, char *err, size_t errlen)
{
	char **names;
	size_t count;
	enum mb_status st = department_names(c, rules_dir, &names, &count, err, errlen);
	if (st != MB_OK)
		return st;
	st = MB_REFUSED;
	for (size_t i = 0; i < count && st != MB_OK; i++)
		if (strcasecmp(names[i], dept) == 0) {
			snprintf(out->department, sizeof(out->department), "%s", names[i]);
			st = MB_OK;
		}
	if (st != MB_OK) {
		snprintf(err, errlen, "DEPARTMENT: no department is called \"%s\" "
			 "(%s adds one); known:", dept,
			 labels_ask(c->labels, LABEL_NEW_DEPARTMENT));
		out->known = names;
		out->known_n = count;
		return st;
	}
	for (size_t i = 0; i < count; i++)
		free(names[i]);
	free(names);
	return st;
}

/* A login: 1 to CASES_LOGIN_MAX bytes of UTF-8 without control characters. */
static enum mb_status
check_login(const char *login, char *err, size_t errlen)
{
	size_t n = strlen(login);
	bool ok = n > 0 && n <= CASES_LOGIN_MAX && text_ok(login, n, NULL);
	for (size_t i = 0; ok && i < n; i++)
		ok = (unsigned char)login[i] >= 0x20 && login[i] != 0x7F;
	if (!ok) {
		snprintf(err, errlen, "LOGIN: a login of 1 to %u bytes, without control characters",
			 CASES_LOGIN_MAX);
		return MB_USAGE;
	}
	err[0] = '\0';
	return MB_OK;
}

enum mb_status
cases_departments(struct cases *c, const char *rules_dir, char ***names_r, size_t *n_r,
		  char *err, size_t errlen)
{
	enum mb_status st = begin(c, true, err, errlen);
	if (st != MB_OK)
		return st;
	st = department_names(c, rules_dir, names_r, n_r, err, errlen);
	return cases_db_end(c->db, st, err, errlen);
}

void
cases_names_free(char ***names, size_t *n)
{
	for (size_t i = 0; *names && i < *n; i++)
		free((*names)[i]);
	free(*names);
	*names = NULL;
	*n = 0;
}

enum mb_status
cases_assign(struct cases *c, const char *number, const char *department, bool new_department,
	     const char *rules_dir, struct case_assigned *out, char *err, size_t errlen)
{
	return cases_assign_to(c, number, department, new_department, rules_dir, NULL, out, err,
			       errlen);
}

enum mb_status
cases_assign_to(struct cases *c, const char *number, const char *department, bool new_department,
		const char *rules_dir, const char *owner, struct case_assigned *out, char *err,
		size_t errlen)
{
	struct case_head h;
	enum mb_status st;
	memset(out, 0, sizeof(*out));
	if ((st = check_department(department, err, errlen)) != MB_OK
	    || (owner && (st = check_login(owner, err, errlen)) != MB_OK)
	    || (st = change_begin(c, number, &h, err, errlen)) != MB_OK)
		return st;
	if (owner)
		snprintf(out->owner, sizeof(out->owner), "%s", owner);
	snprintf(out->number, sizeof(out->number), "%s", number);
	snprintf(out->department, sizeof(out->department), "%s", department);
	if (!new_department
	    && (st = known_department(c, rules_dir, department, out, err, errlen)) != MB_OK)
		return change_end(c, &h, st, err, errlen);
	snprintf(out->status, sizeof(out->status), "%s",
		 strcmp(h.status, "new") == 0 || strcmp(h.status, "reopened") == 0 ? "assigned"
										   : h.status);
	st = cases_db_assign(c->db, number, out->department, owner, err, errlen);
	return change_end(c, &h, st, err, errlen);
}

enum mb_status
cases_take(struct cases *c, const char *number, struct case_taken *out, char *err, size_t errlen)
{
	struct case_head h;
	enum mb_status st;
	memset(out, 0, sizeof(*out));
	if ((st = change_begin(c, number, &h, err, errlen)) != MB_OK)
		return st;
	snprintf(out->number, sizeof(out->number), "%s", number);
	st = cases_db_take(c->db, number, out->owner, sizeof(out->owner), out->before,
			   sizeof(out->before), err, errlen);
	return change_end(c, &h, st, err, errlen);
}

json_t *
cases_taken_json(const struct case_taken *t)
{
	return json_pack("{s:s, s:s, s:s?}", "number", t->number, "owner", t->owner, "from",
			 t->before[0] ? t->before : NULL);
}

void
cases_assigned_deinit(struct case_assigned *a)
{
	cases_names_free(&a->known, &a->known_n);
}

json_t *
cases_assigned_json(const struct case_assigned *a)
{
	return json_pack("{s:s, s:s, s:s, s:s?}", "number", a->number, "department",
			 a->department, "status", a->status, "owner",
			 a->owner[0] ? a->owner : NULL);
}

/* ------------------------------------------------------------------------
 * close, reopen
 */

/* Why case_close() queued no mail, in words (its codes, schema 006). */
static const char *
close_why(const char *code)
{
	static const struct {
		const char *code, *words;
	} w[] = {
		{"no mail requested", "no mail was asked for"},
		{"anonymous writer", "the writer is anonymous"},
		{"no name", "the writer gave no name"},
		{"no address", "the writer gave no e-mail address"},
		{"automatic", "an automatic message (bounce or auto-reply), not a citizen's letter"},
		{"no sealed reply address", "the writer left no reply address sealed to the "
					    "outbox key"},
		{"no answer text", "the answer is empty"},
		{"outbox key differs", "the writer's reply address is sealed to another outbox "
				       "key than the pinned one"},
	};
	for (size_t i = 0; i < sizeof(w) / sizeof(w[0]); i++)
		if (strcmp(code, w[i].code) == 0)
			return w[i].words;
	return code;
}

/* The boxes of a confidential case's close: the answer sealed to the
 * office's key (kept on the case), its mail body sealed to the outbox key
 * (waiting in the outbox). */
struct close_boxes {
	unsigned char *answer;
	size_t answer_n;
	char *body;
	unsigned char *body_box;
	size_t body_box_n;
};

static void
close_boxes_deinit(struct close_boxes *b)
{
	free(b->answer);
	free(b->body_box);
	if (b->body) {
		sodium_memzero(b->body, strlen(b->body));
		free(b->body);
	}
	memset(b, 0, sizeof(*b));
}

/* An answer to a confidential case without the office's key. */
static enum mb_status
confidential_answer_refused(const struct cases *c, const char *number, char *err, size_t errlen)
{
	char hint[64];
	snprintf(err, errlen, "%s is confidential: its answer is kept sealed to the "
		 "office's key and its writer is answered only by a supervisor with %s; or "
		 "close it without an answer and without mail%s", number,
		 labels_ask(c->labels, LABEL_KEY),
		 labels_hint(c->labels, LABEL_NO_MAIL, hint, sizeof(hint)));
	return MB_USAGE;
}

/* A confidential case's close: seals what req brings. */
static enum mb_status
close_sealed(struct cases *c, const char *number, const struct cases_close_req *req,
	     const struct case_head *h, const struct case_writer *w, bool mail,
	     struct close_boxes *b, struct cases_db_close *a, char *err, size_t errlen)
{
	const struct seal_secret *key;
	enum mb_status st;
	if (req->answer && req->key_path == NULL)
		return confidential_answer_refused(c, number, err, errlen);
	if (req->answer) {
		if ((st = secret_key(c, req->key_path, &key, err, errlen)) != MB_OK) {
			char why[700];
			snprintf(why, sizeof(why), "%s %s", labels_name(c->labels, LABEL_KEY), err);
			snprintf(err, errlen, "%s", why);
			return MB_REFUSED;
		}
		b->answer = seal_seal(&key->pub, req->answer, strlen(req->answer), &b->answer_n);
		if (b->answer == NULL)
			return MB_FATAL;
	}
	const char *path = req->outbox_key_path;
	if (mail && path && *path) {
		if ((st = public_key(&c->outbox, path, err, errlen)) != MB_OK) {
			char why[700];
			snprintf(why, sizeof(why), "the outbox key: %s", err);
			snprintf(err, errlen, "%s", why);
			return MB_CONFIG;
		}
		json_t *j = json_pack("{s:s?}", "body", req->answer);
		b->body = j ? json_dumps(j, JSON_COMPACT) : NULL;
		json_decref(j);
		if (b->body)
			b->body_box = seal_seal(&c->outbox.key, b->body, strlen(b->body),
						&b->body_box_n);
		if (b->body_box == NULL) {
			snprintf(err, errlen, "%s: sealing the answer failed", number);
			return MB_FATAL;
		}
	} else if (mail && !w->anonymous && !h->automatic) {
		snprintf(err, errlen, "%s: no outbox public key is pinned (%s, or [replies] "
			 "outbox_public_key_file of %s: the outbox.pub written beside the gateways' "
			 "outbox.key): the answer to a confidential writer waits only sealed, so it "
			 "is not queued; nothing changed", number,
			 labels_ask(c->labels, LABEL_OUTBOX_KEY), labels_name(c->labels, LABEL_CONFIG));
		return MB_CONNECTION;
	}
	a->answer_box = b->answer;
	a->answer_box_n = b->answer_n;
	a->body_box = b->body_box;
	a->body_box_n = b->body_box_n;
	a->body_kid = b->body_box ? c->outbox.id : NULL;
	return MB_OK;
}

/* The policy of a public case's answer, as case_close() and the outbox
 * apply it: a writer case_close() would queue an answer to must have an
 * address the outbox can write to (replies_address_ok), or the answer
 * would wait and be given up; refused here, before anything changes. */
static enum mb_status
close_public_address(const struct cases *c, const char *number,
		     const struct cases_close_req *req, const struct case_head *h,
		     const struct case_writer *w, char *err, size_t errlen)
{
	bool would_queue = !req->no_mail && w->found && !h->automatic && !w->anonymous
		&& cases_nonempty(w->name) && cases_nonempty(w->address)
		&& cases_nonempty(req->answer);
	if (would_queue && !replies_address_ok(w->address)) {
		char hint[64];
		snprintf(err, errlen, "%s: the writer's address is not one the outbox can write to "
			 "as it is (one address: local part, one @, a domain): no answer is queued "
			 "and nothing changed; answer the writer otherwise and close the case "
			 "without mail%s", number,
			 labels_hint(c->labels, LABEL_NO_MAIL, hint, sizeof(hint)));
		return MB_REFUSED;
	}
	return MB_OK;
}

/* A case closed already is MB_REFUSED, saying since when. */
static enum mb_status
close_open_case(const char *number, const struct case_head *h, char *err, size_t errlen)
{
	if (strcmp(h->status, "closed") != 0)
		return MB_OK;
	char t[64] = "-";
	if (h->closed != CASES_DB_NO_TIME)
		cases_time_local(h->closed, t, sizeof(t));
	snprintf(err, errlen, "%s: already closed (%s); 'mayorbox cases reopen' first", number, t);
	return MB_REFUSED;
}

/* Checks of a close before any database: the answer, the key file. */
static enum mb_status
close_check(const struct cases *c, const struct cases_close_req *req, char *err, size_t errlen)
{
	enum mb_status st;
	if (req->answer == NULL && !req->no_mail) {
		snprintf(err, errlen, "%s is needed, or %s", labels_ask(c->labels, LABEL_ANSWER),
			 labels_ask(c->labels, LABEL_NO_MAIL));
		return MB_USAGE;
	}
	if (req->answer && (st = cases_check_answer(req->answer, strlen(req->answer), err,
						     errlen)) != MB_OK)
		return st;
	if (req->key_path && access(req->key_path, R_OK) != 0) {
		snprintf(err, errlen, "%s %s: %s", labels_name(c->labels, LABEL_KEY), req->key_path,
			 strerror(errno));
		return MB_NO_INPUT;
	}
	return MB_OK;
}

/* The start of a close and of its preview: the checks, BEGIN, the case
 * (not closed already), its first letter's writer as far as this login may
 * read, and for a public case the writer's address policy. When it fails,
 * the transaction has ended and nothing is left to free. */
static enum mb_status
close_begin(struct cases *c, const char *number, const struct cases_close_req *req,
	    struct case_head *h, struct case_writer *w, char *err, size_t errlen)
{
	enum mb_status st;
	memset(w, 0, sizeof(*w));
	if ((st = close_check(c, req, err, errlen)) != MB_OK
	    || (st = change_begin(c, number, h, err, errlen)) != MB_OK)
		return st;
	if ((st = close_open_case(number, h, err, errlen)) == MB_OK
	    && (st = cases_db_writer(c->db, h->id, w, err, errlen)) == MB_OK
	    && (h->confidential
		|| (st = close_public_address(c, number, req, h, w, err, errlen)) == MB_OK))
		return MB_OK;
	cases_db_writer_free(w);
	return change_end(c, h, st, err, errlen);
}

/* The answer mail a public case's close would queue (case_close()'s
 * policy, schema 006: the first letter's writer, named and with an
 * address, not anonymous, not automatic), or why none into why. */
static const char *
close_mail_why(const struct cases_close_req *req, const struct case_head *h,
	       const struct case_writer *w)
{
	if (req->no_mail)
		return "no mail requested";
	if (!w->found || h->automatic)
		return "automatic";
	if (w->anonymous)
		return "anonymous writer";
	if (!cases_nonempty(w->name))
		return "no name";
	if (!cases_nonempty(w->address))
		return "no address";
	if (!cases_nonempty(req->answer))
		return "no answer text";
	return NULL;
}

enum mb_status
cases_close_preview(struct cases *c, const char *number, const struct cases_close_req *req,
		    const struct replies_config *rc, struct case_preview *out, char *err,
		    size_t errlen)
{
	struct case_head h;
	struct case_writer w;
	enum mb_status st;
	memset(out, 0, sizeof(*out));
	if ((st = close_begin(c, number, req, &h, &w, err, errlen)) != MB_OK)
		return st;
	snprintf(out->number, sizeof(out->number), "%s", number);
	if (h.confidential) {
		/* its answer is sealed to keys: composed only by the outbox */
		if (req->answer && req->key_path == NULL)
			st = confidential_answer_refused(c, number, err, errlen);
		else
			snprintf(out->why, sizeof(out->why), "%s", req->no_mail ? close_why(
				 "no mail requested") : "the case is confidential: its answer waits "
				 "sealed to the outbox key and is not shown");
		goto out;
	}
	const char *why = close_mail_why(req, &h, &w);
	if (why) {
		snprintf(out->why, sizeof(out->why), "%s", close_why(why));
		goto out;
	}
	/* the row case_close() queues, as the outbox composes it (outbox.c) */
	struct replies_mail m = {
		.kind = "answer",
		.token = "",
		.case_number = number,
		.confidential = false,
		.recipient = w.address,
		.recipient_name = w.name,
		.reply_to_id = w.message_id,
		.subject = w.subject,
		.body = req->answer,
		.language = w.language,
		.echo = true,
	};
	struct buf b;
	buf_init(&b, REPLIES_TEXT_MAX + REPLIES_SUBJECT_LINE_MAX * 4);
	if (replies_preview(rc, &m, &b, err, errlen) != 0) {
		buf_deinit(&b);
		st = MB_REFUSED;
		goto out;
	}
	size_t n;
	out->mail = buf_take(&b, &n);
	buf_deinit(&b);
out:
	cases_db_writer_free(&w);
	/* a preview changes nothing: ROLLBACK, whatever it found */
	enum mb_status end = change_end(c, &h, st == MB_OK ? MB_REFUSED : st, err, errlen);
	if (st != MB_OK)
		st = end;
	if (st != MB_OK)
		cases_preview_deinit(out);
	return st;
}

void
cases_preview_deinit(struct case_preview *p)
{
	free(p->mail);
	p->mail = NULL;
}

enum mb_status
cases_close(struct cases *c, const char *number, const struct cases_close_req *req,
	    struct case_closed *out, char *err, size_t errlen)
{
	struct case_head h;
	struct case_writer w;
	struct close_boxes b = {0};
	struct cases_db_close a = {0};
	char result[64] = "";
	enum mb_status st;
	memset(out, 0, sizeof(*out));
	if ((st = close_begin(c, number, req, &h, &w, err, errlen)) != MB_OK)
		return st;
	snprintf(out->number, sizeof(out->number), "%s", number);
	bool mail = !req->no_mail;
	if (!h.confidential)
		a.answer = req->answer;
	else if ((st = close_sealed(c, number, req, &h, &w, mail, &b, &a, err, errlen)) != MB_OK) {
		goto out;
	}
	a.mail = mail;
	if ((st = cases_db_close(c->db, number, &a, result, sizeof(result), err, errlen)) != MB_OK)
		goto out;
	out->queued = strcmp(result, "queued") == 0;
	if (out->queued) {
		cases_db_pending_answer(c->db, number, out->outbox_id, sizeof(out->outbox_id));
		if (!h.confidential && w.address)
			out->address = xstrdup(w.address);
	} else if (h.confidential && w.anonymous && !req->no_mail
		   && strcmp(result, "no sealed reply address") == 0) {
		snprintf(out->why, sizeof(out->why), "the writer is anonymous");
		snprintf(out->why_code, sizeof(out->why_code), "anonymous writer");
	} else {
		snprintf(out->why, sizeof(out->why), "%s", close_why(result));
		snprintf(out->why_code, sizeof(out->why_code), "%s", result);
	}
out:
	close_boxes_deinit(&b);
	cases_db_writer_free(&w);
	st = change_end(c, &h, st, err, errlen);
	if (st != MB_OK)
		cases_closed_deinit(out);
	return st;
}

void
cases_closed_deinit(struct case_closed *cl)
{
	free(cl->address);
	cl->address = NULL;
}

json_t *
cases_closed_json(const struct case_closed *cl)
{
	json_t *o = json_pack("{s:s, s:b}", "number", cl->number, "queued", cl->queued);
	if (cl->queued)
		json_object_set_new(o, "outbox", json_str_or_null(cl->outbox_id[0] ? cl->outbox_id
										 : NULL));
	else
		json_object_set_new(o, "why", json_string(cl->why));
	return o;
}

enum mb_status
cases_reopen(struct cases *c, const char *number, struct case_reopened *out, char *err,
	     size_t errlen)
{
	struct case_head h;
	enum mb_status st;
	memset(out, 0, sizeof(*out));
	if ((st = change_begin(c, number, &h, err, errlen)) != MB_OK)
		return st;
	snprintf(out->number, sizeof(out->number), "%s", number);
	if (strcmp(h.status, "closed") != 0) {
		snprintf(err, errlen, "%s: not closed (status %s)", number, h.status);
		st = MB_REFUSED;
	} else {
		/* the case, its event(s) and the cancelling of an answer still
		 * waiting in the outbox: one call */
		st = cases_db_reopen(c->db, number, &out->cancelled, err, errlen);
	}
	return change_end(c, &h, st, err, errlen);
}

/* For the use cases kept in their own files (cases_p.h). */
enum mb_status
cases_p_begin(struct cases *c, const char *number, struct case_head *h, char *err,
	      size_t errlen)
{
	return change_begin(c, number, h, err, errlen);
}

enum mb_status
cases_p_end(struct cases *c, struct case_head *h, enum mb_status st, char *err, size_t errlen)
{
	return change_end(c, h, st, err, errlen);
}

PGconn *
cases_p_db(struct cases *c)
{
	return c->db;
}

enum mb_status
cases_p_begin_read(struct cases *c, char *err, size_t errlen)
{
	return begin(c, true, err, errlen);
}

json_t *
cases_reopened_json(const struct case_reopened *r)
{
	return json_pack("{s:s, s:I}", "number", r->number, "answers_cancelled",
			 (json_int_t)r->cancelled);
}

/* ------------------------------------------------------------------------
 * seal
 */

/* A public letter's identity as the JSON the gateway seals when it files a
 * confidential letter: the keys of store.c's identity_json() (that one
 * reads a parsed letter, this one the columns), plus district,
 * in_reply_to and references; raw and attachments' data as base64. Caller
 * decrefs. */
static json_t *
seal_identity(const struct case_plain_letter *l, const struct case_plain_attachments *ra)
{
	json_t *att = json_array();
	for (size_t k = 0; k < ra->n; k++) {
		const struct case_plain_attachment *x = &ra->v[k];
		if (x->letter_id != l->id)
			continue;
		char *data = NULL;
		if (x->data) {
			size_t len = sodium_base64_ENCODED_LEN(x->data_n, sodium_base64_VARIANT_ORIGINAL);
			data = xmalloc(len);
			sodium_bin2base64(data, len, x->data, x->data_n, sodium_base64_VARIANT_ORIGINAL);
		}
		json_array_append_new(att, json_pack("{s:o, s:o, s:o}", "filename",
			json_str_or_null(x->filename), "content_type",
			json_str_or_null(x->content_type), "data", json_str_or_null(data)));
		free(data);
	}
	char *raw = NULL;
	if (l->raw) {
		size_t len = sodium_base64_ENCODED_LEN(l->raw_n, sodium_base64_VARIANT_ORIGINAL);
		raw = xmalloc(len);
		sodium_bin2base64(raw, len, l->raw, l->raw_n, sodium_base64_VARIANT_ORIGINAL);
	}
	json_t *o = json_pack("{s:o, s:o, s:o, s:o, s:o, s:o, s:o, s:o, s:o, s:o, s:o, s:o, s:o}",
			      "message_id", json_str_or_null(l->message_id),
			      "from_name", json_str_or_null(l->from_name),
			      "from_address", json_str_or_null(l->from_address),
			      "phone", json_str_or_null(l->phone),
			      "subject", json_str_or_null(l->subject),
			      "text", json_str_or_null(l->body),
			      "to", json_text(l->to, json_array()),
			      "reply_to", json_text(l->reply_to, json_array()),
			      "raw", json_str_or_null(raw),
			      "attachments", att,
			      "district", json_str_or_null(l->district),
			      "in_reply_to", json_str_or_null(l->in_reply_to),
			      "references", json_text(l->refs, json_array()));
	if (raw) {
		sodium_memzero(raw, strlen(raw));
		free(raw);
	}
	return o;
}

/* The boxes document of case_seal(): each letter's identity sealed to the
 * office, its reply address to the outbox key (so the writer stays
 * answerable, as filing does), the answer. */
static enum mb_status
seal_boxes(struct cases *c, const struct case_head *h, const char *note, bool have_outbox,
	   json_t **boxes_r, char *err, size_t errlen)
{
	struct case_plain_letters rl = {0};
	struct case_plain_attachments ra = {0};
	enum mb_status st;
	json_t *letters = json_array();
	json_t *boxes = json_pack("{s:s, s:o, s:o}", "key_id", c->office.id, "note",
				  json_str_or_null(note), "letters", letters);
	if ((st = cases_db_plain_letters(c->db, h->id, &rl, err, errlen)) != MB_OK
	    || (st = cases_db_plain_attachments(c->db, h->id, &ra, err, errlen)) != MB_OK)
		goto out;
	for (size_t i = 0; i < rl.n; i++) {
		const struct case_plain_letter *l = &rl.v[i];
		json_t *box = seal_seal_json(&c->office.key, seal_identity(l, &ra));
		if (box == NULL) {
			snprintf(err, errlen, "%s: sealing failed", h->number);
			st = MB_FATAL;
			goto out;
		}
		json_t *e = json_pack("{s:I, s:o}", "id", (json_int_t)l->id, "sealed", box);
		json_array_append_new(letters, e);
		if (have_outbox && !l->anonymous && cases_nonempty(l->from_address)
		    && cases_nonempty(l->from_name) && replies_address_ok(l->from_address)) {
			json_t *rb = seal_seal_json(&c->outbox.key, json_pack("{s:s, s:s, s:o}",
				"recipient", l->from_address, "recipient_name", l->from_name,
				"reply_to_id", json_str_or_null(l->message_id)));
			if (rb) {
				json_object_set_new(e, "reply_box", rb);
				json_object_set_new(e, "reply_key_id", json_string(c->outbox.id));
			}
		}
	}
	if (h->answer) {
		char *a = seal_seal_base64(&c->office.key, h->answer, strlen(h->answer));
		if (a == NULL) {
			st = MB_FATAL;
			goto out;
		}
		json_object_set_new(boxes, "answer_sealed", json_string(a));
		free(a);
	}
out:
	cases_db_rows_free(&rl);
	cases_db_rows_free(&ra);
	if (st != MB_OK) {
		json_decref(boxes);
		boxes = NULL;
	}
	*boxes_r = boxes;
	return st;
}

enum mb_status
cases_seal(struct cases *c, const char *number, const char *note, const char *public_key_path,
	   const char *outbox_key_path, char *err, size_t errlen)
{
	struct case_head h = {0};
	json_t *boxes = NULL;
	char *text = NULL, why[700];
	enum mb_status st;
	if ((st = cases_check_note(note, err, errlen)) != MB_OK
	    || (st = cases_check_number(number, err, errlen)) != MB_OK)
		return st;
	if (public_key_path == NULL || *public_key_path == '\0') {
		snprintf(err, errlen, "the office's public key is needed (%s, or [confidential] "
			 "public_key_file of %s)", labels_ask(c->labels, LABEL_PUBLIC_KEY),
			 labels_name(c->labels, LABEL_CONFIG));
		return MB_USAGE;
	}
	if ((st = public_key(&c->office, public_key_path, why, sizeof(why))) != MB_OK) {
		snprintf(err, errlen, "%s %s", labels_name(c->labels, LABEL_PUBLIC_KEY), why);
		return st;
	}
	bool have_outbox = outbox_key_path && *outbox_key_path;
	if (have_outbox && (st = public_key(&c->outbox, outbox_key_path, why, sizeof(why)))) {
		snprintf(err, errlen, "%s %s", labels_name(c->labels, LABEL_OUTBOX_KEY), why);
		return st;
	}
	if ((st = change_begin(c, number, &h, err, errlen)) != MB_OK)
		return st;
	if (h.confidential) {
		snprintf(err, errlen, "%s: already confidential", number);
		st = MB_REFUSED;
		goto out;
	}
	if ((st = seal_boxes(c, &h, note, have_outbox, &boxes, err, errlen)) != MB_OK)
		goto out;
	text = json_dumps(boxes, JSON_COMPACT);
	if (text == NULL) {
		st = MB_FATAL;
		goto out;
	}
	st = cases_db_seal(c->db, number, text, err, errlen);
out:
	if (text) {
		sodium_memzero(text, strlen(text));
		free(text);
	}
	json_decref(boxes);
	return change_end(c, &h, st, err, errlen);
}

/* ------------------------------------------------------------------------
 * confirm, release, unseal
 */

enum mb_status
cases_confirm(struct cases *c, const char *number, const char *note, char *err, size_t errlen)
{
	struct case_head h;
	enum mb_status st;
	if ((st = cases_check_note(note, err, errlen)) != MB_OK
	    || (st = change_begin(c, number, &h, err, errlen)) != MB_OK)
		return st;
	/* a clerk: a confidential case is "no such case" here already */
	st = cases_db_confirm(c->db, number, note, err, errlen);
	return change_end(c, &h, st, err, errlen);
}

/* The opened counterpart of reveal_case()'s boxes, for case_release():
 * [{"what": "letter", "id": N, "identity": {...}}, {"what": "answer",
 * "text": "..."}]. NULL with MB_REFUSED when a box does not open. */
static json_t *
release_opened(const struct seal_secret *key, const char *number, const struct case_boxes *bx,
	       enum mb_status *st, char *err, size_t errlen)
{
	json_t *arr = json_array();
	*st = MB_OK;
	for (size_t i = 0; i < bx->n; i++) {
		const struct case_box *b = &bx->v[i];
		if (b->box == NULL)
			continue;
		if (strcmp(b->what, "letter") == 0) {
			json_t *ident = open_identity(key, number, b, st, err, errlen);
			if (ident == NULL)
				goto fail;
			json_array_append_new(arr, json_pack("{s:s, s:I, s:o}", "what", "letter",
				"id", (json_int_t)b->id, "identity", ident));
		} else if (strcmp(b->what, "answer") == 0) {
			char *a = open_text(key, b);
			if (a == NULL) {
				snprintf(err, errlen, "%s: the case's answer is sealed to another key: "
					 "it cannot be released with this one", number);
				*st = MB_REFUSED;
				goto fail;
			}
			json_array_append_new(arr, json_pack("{s:s, s:s}", "what", "answer", "text", a));
			sodium_memzero(a, strlen(a));
			free(a);
		}
	}
	return arr;
fail:
	json_decref(arr);
	return NULL;
}

/* A key for release or unseal: that it is there (MB_NO_INPUT) and opens
 * (MB_REFUSED "the secret key file FILE: reason", in the front end's
 * words). */
static enum mb_status
office_key(struct cases *c, const char *key_path, const struct seal_secret **key, char *err,
	   size_t errlen)
{
	char why[700];
	if (secret_key(c, key_path, key, why, sizeof(why)) != MB_OK) {
		snprintf(err, errlen, "%s %s", labels_name(c->labels, LABEL_KEY), why);
		return MB_REFUSED;
	}
	return MB_OK;
}

enum mb_status
cases_release(struct cases *c, const char *number, const char *key_path, const char *note,
	      struct case_released *out, char *err, size_t errlen)
{
	struct case_head h;
	struct case_boxes boxes = {0};
	const struct seal_secret *key;
	json_t *opened = NULL;
	char *text = NULL;
	long moved[3] = {0, 0, 0};
	enum mb_status st;
	memset(out, 0, sizeof(*out));
	if (key_path == NULL) {
		snprintf(err, errlen, "%s is needed: the case's letters are opened with the "
			 "office's secret key (the opening is recorded); nothing changed",
			 labels_ask(c->labels, LABEL_KEY));
		return MB_USAGE;
	}
	if (!cases_nonempty(note)) {
		snprintf(err, errlen, "%s is needed: why the case is released (kept in its "
			 "history); nothing changed", labels_ask(c->labels, LABEL_NOTE));
		return MB_USAGE;
	}
	if ((st = cases_check_note(note, err, errlen)) != MB_OK)
		return st;
	if (access(key_path, R_OK) != 0) {
		snprintf(err, errlen, "%s %s: %s", labels_name(c->labels, LABEL_KEY), key_path,
			 strerror(errno));
		return MB_NO_INPUT;
	}
	/* a clerk: a confidential case is "no such case" here already */
	if ((st = change_begin(c, number, &h, err, errlen)) != MB_OK)
		return st;
	if (h.confidential) {
		if ((st = office_key(c, key_path, &key, err, errlen)) != MB_OK)
			goto out;
		/* recorded ('identity revealed') in this transaction */
		if ((st = cases_reveal(c->db, number, key, &boxes, err, errlen)) != MB_OK) {
			if (st == MB_REFUSED && boxes.res)
				snprintf(err + strlen(err), errlen - strlen(err), "; nothing changed");
			goto out;
		}
		if ((opened = release_opened(key, number, &boxes, &st, err, errlen)) == NULL)
			goto out;
	} else {
		/* a public case: case_release() says who may and why not */
		opened = json_array();
	}
	text = json_dumps(opened, JSON_COMPACT);
	if (text == NULL) {
		st = MB_FATAL;
		goto out;
	}
	st = cases_db_release(c->db, number, text, note, moved, err, errlen);
	snprintf(out->number, sizeof(out->number), "%s", number);
	out->letters = moved[0];
	out->mail_kept = moved[1];
	out->mail_cancelled = moved[2];
out:
	if (text) {
		sodium_memzero(text, strlen(text));
		free(text);
	}
	json_decref(opened);
	cases_db_rows_free(&boxes);
	return change_end(c, &h, st, err, errlen);
}

json_t *
cases_released_json(const struct case_released *r)
{
	return json_pack("{s:s, s:I, s:I, s:I}", "number", r->number, "letters",
			 (json_int_t)r->letters, "mail_kept", (json_int_t)r->mail_kept,
			 "mail_cancelled", (json_int_t)r->mail_cancelled);
}

/* The opened letters of boxes, as they came (vault ids count down). */
static enum mb_status
unseal_letters(const struct seal_secret *key, const char *number, const struct case_boxes *bx,
	       bool raw, json_t *out, char *err, size_t errlen)
{
	enum mb_status st = MB_OK;
	for (size_t i = bx->n; i-- > 0 && st == MB_OK;) {
		const struct case_box *b = &bx->v[i];
		if (strcmp(b->what, "letter") != 0 || b->box == NULL)
			continue;
		json_t *o = open_identity(key, number, b, &st, err, errlen);
		if (o == NULL)
			break;
		if (!raw) {
			json_object_del(o, "raw");
			size_t k;
			json_t *a;
			json_array_foreach(json_object_get(o, "attachments"), k, a)
				json_object_del(a, "data");
		}
		json_array_append_new(out, o);
	}
	return st;
}

enum mb_status
cases_unseal(struct cases *c, const char *number, const char *key_path, bool raw,
	     json_t **letters_r, char *err, size_t errlen)
{
	struct case_boxes boxes = {0};
	const struct seal_secret *key;
	enum mb_status st;
	*letters_r = NULL;
	if ((st = conn(c, err, errlen)) != MB_OK
	    || (st = office_key(c, key_path, &key, err, errlen)) != MB_OK
	    || (st = cases_db_begin(c->db, false, err, errlen)) != MB_OK)
		return st;
	/* reveal_case() records the opening (once, and only when the key
	 * opens something) before it returns the boxes */
	if ((st = cases_reveal(c->db, number, key, &boxes, err, errlen)) != MB_OK)
		goto out;
	bool letters = false;
	for (size_t i = 0; i < boxes.n; i++)
		letters = letters || strcmp(boxes.v[i].what, "letter") == 0;
	if (!letters) {
		/* only a case's answer (unseal opens letters): nothing opened */
		snprintf(err, errlen, "%s: this key opens no letter of case %s", key_path, number);
		st = MB_REFUSED;
		goto out;
	}
	*letters_r = json_array();
	st = unseal_letters(key, number, &boxes, raw, *letters_r, err, errlen);
out:
	cases_db_rows_free(&boxes);
	st = cases_db_end(c->db, st, err, errlen);
	if (st != MB_OK) {
		json_decref(*letters_r);
		*letters_r = NULL;
	}
	return st;
}

/* ------------------------------------------------------------------------
 * stats
 */

/* The local time zone's name for PostgreSQL: $TZ, else /etc/timezone, else
 * the zoneinfo name /etc/localtime links to; NULL when none is known. */
static const char *
local_zone(char *buf, size_t len)
{
	const char *tz = getenv("TZ");
	if (tz && *tz) {
		if (*tz == ':')
			tz++;
		const char *z = strstr(tz, "zoneinfo/");
		snprintf(buf, len, "%s", z ? z + 9 : tz);
		return buf[0] && buf[0] != '/' ? buf : NULL;
	}
	FILE *f = fopen("/etc/timezone", "r");
	if (f) {
		bool got = fgets(buf, (int)len, f) != NULL;
		fclose(f);
		if (got) {
			buf[strcspn(buf, " \t\r\n")] = '\0';
			if (buf[0])
				return buf;
		}
	}
	char link[512];
	ssize_t n = readlink("/etc/localtime", link, sizeof(link) - 1);
	if (n > 0) {
		link[n] = '\0';
		const char *z = strstr(link, "zoneinfo/");
		if (z) {
			snprintf(buf, len, "%s", z + 9);
			return buf;
		}
	}
	return NULL;
}

enum mb_status
cases_stats(struct cases *c, enum cases_group by, double since, struct case_stats *out,
	    char *warning, size_t warninglen, char *err, size_t errlen)
{
	char zone[256], off[64];
	const char *z = local_zone(zone, sizeof(zone));
	enum mb_status st;
	warning[0] = '\0';
	memset(out, 0, sizeof(*out));
	if (by == CASES_BY_DAY && z == NULL) {
		/* no zone name: today's offset from UTC, as PostgreSQL's ISO form */
		time_t now = time(NULL);
		struct tm tm;
		localtime_r(&now, &tm);
		long g = tm.tm_gmtoff;
		snprintf(off, sizeof(off), "<%+03ld%02ld>%+ld:%02ld", g / 3600, labs(g % 3600) / 60,
			 -g / 3600, labs(g % 3600) / 60);
		z = off;
	}
	if ((st = conn(c, err, errlen)) != MB_OK)
		return st;
	st = cases_db_stats(c->db, by, since, z, out, err, errlen);
	if (st == MB_USAGE && by == CASES_BY_DAY) {
		/* a zone name PostgreSQL does not know: count days in UTC */
		snprintf(warning, warninglen, "the time zone '%s' is unknown to the database: days "
			 "are UTC", z);
		st = cases_db_stats(c->db, by, since, "UTC", out, err, errlen);
	}
	return st;
}

json_t *
cases_stats_json(const struct case_stats *s)
{
	json_t *arr = json_array();
	for (size_t i = 0; i < s->n; i++) {
		const struct case_stat *x = &s->v[i];
		double rate = cases_stat_satisfaction(x);
		json_t *o = json_pack("{s:o, s:I, s:I, s:I, s:o}", "group",
			json_str_or_null(x->group), "cases", (json_int_t)x->cases, "open",
			(json_int_t)x->open, "closed", (json_int_t)x->closed, "avg_close_seconds",
			x->avg_close == CASES_DB_NO_TIME ? json_null() : json_real(x->avg_close));
		json_object_set_new(o, "on_time", json_integer(x->on_time));
		json_object_set_new(o, "overdue", json_integer(x->overdue));
		json_object_set_new(o, "returned", json_integer(x->returned));
		json_object_set_new(o, "supervised", json_integer(x->supervised));
		json_object_set_new(o, "redo", json_integer(x->redo));
		json_object_set_new(o, "visits", json_pack("{s:I, s:I, s:I}", "satisfied",
			(json_int_t)x->satisfied, "basic", (json_int_t)x->basic, "unsatisfied",
			(json_int_t)x->unsatisfied));
		json_object_set_new(o, "satisfaction", rate < 0 ? json_null() : json_real(rate));
		json_array_append_new(arr, o);
	}
	return arr;
}

double
cases_stat_satisfaction(const struct case_stat *x)
{
	long visits = x->satisfied + x->basic + x->unsatisfied;
	return visits > 0 ? (double)(x->satisfied + x->basic) / (double)visits : -1.0;
}

/* ------------------------------------------------------------------------
 * Departments (issue 15).
 */

enum mb_status
cases_return(struct cases *c, const char *number, const char *reason, struct case_returned *out,
	     char *err, size_t errlen)
{
	struct case_head h;
	enum mb_status st;
	memset(out, 0, sizeof(*out));
	if (!cases_nonempty(reason)) {
		snprintf(err, errlen, "a reason is needed: why the case is not your "
			 "department's");
		return MB_USAGE;
	}
	if ((st = cases_check_note(reason, err, errlen)) != MB_OK
	    || (st = change_begin(c, number, &h, err, errlen)) != MB_OK)
		return st;
	st = cases_db_return(c->db, number, reason, out->department, sizeof(out->department), err,
			     errlen);
	snprintf(out->number, sizeof(out->number), "%s", number);
	return change_end(c, &h, st, err, errlen);
}

enum mb_status
cases_directory(struct cases *c, json_t **out, char *err, size_t errlen)
{
	enum mb_status st = conn(c, err, errlen);
	*out = NULL;
	return st != MB_OK ? st : cases_db_directory(c->db, out, err, errlen);
}

/* The directory's fields: a name of at most CASES_DEPARTMENT_MAX bytes and
 * no control character; an address like a@b. */
static enum mb_status
directory_check(const char *name, const char *contact, char *err, size_t errlen)
{
	if (!cases_nonempty(name) || strlen(name) > CASES_DEPARTMENT_MAX) {
		snprintf(err, errlen, "NAME: a department's name of 1 to %u bytes is needed",
			 CASES_DEPARTMENT_MAX);
		return MB_USAGE;
	}
	for (const char *s = name; *s; s++)
		if ((unsigned char)*s < 0x20 || *s == 0x7f) {
			snprintf(err, errlen, "NAME: no control characters");
			return MB_USAGE;
		}
	if (contact) {
		const char *at = strchr(contact, '@');
		if (at == NULL || at == contact || at[1] == '\0' || strchr(at + 1, '@')
		    || strpbrk(contact, " \t\r\n<>\",;") || strlen(contact) > 254) {
			snprintf(err, errlen, "the contact address '%.80s' is not an e-mail "
				 "address (name@domain)", contact);
			return MB_USAGE;
		}
	}
	return MB_OK;
}

enum mb_status
cases_directory_add(struct cases *c, const char *name, const char *zh, const char *contact,
		    char *err, size_t errlen)
{
	enum mb_status st = directory_check(name, contact, err, errlen);
	if (st != MB_OK || (st = begin(c, false, err, errlen)) != MB_OK)
		return st;
	st = cases_db_directory_add(c->db, name, zh, contact, err, errlen);
	return cases_db_end(c->db, st, err, errlen);
}

enum mb_status
cases_directory_set(struct cases *c, const struct cases_directory_change *ch, char *err,
		    size_t errlen)
{
	enum mb_status st = directory_check(ch->name, ch->contact, err, errlen);
	if (st != MB_OK || (st = begin(c, false, err, errlen)) != MB_OK)
		return st;
	st = cases_db_directory_set(c->db, ch, err, errlen);
	return cases_db_end(c->db, st, err, errlen);
}

enum mb_status
cases_supervise(struct cases *c, const char *number, const char *note, bool *mailed, char *err,
		size_t errlen)
{
	struct case_head h;
	enum mb_status st;
	*mailed = false;
	if (!cases_nonempty(note)) {
		snprintf(err, errlen, "a note is needed: what the department must do");
		return MB_USAGE;
	}
	if ((st = cases_check_note(note, err, errlen)) != MB_OK
	    || (st = change_begin(c, number, &h, err, errlen)) != MB_OK)
		return st;
	st = cases_db_supervise(c->db, number, note, mailed, err, errlen);
	return change_end(c, &h, st, err, errlen);
}

enum mb_status
cases_supervise_overdue(struct cases *c, long hours, long *count, char *err, size_t errlen)
{
	enum mb_status st = begin(c, false, err, errlen);
	*count = 0;
	if (st != MB_OK)
		return st;
	st = cases_db_supervise_overdue(c->db, hours, count, err, errlen);
	return cases_db_end(c->db, st, err, errlen);
}

enum mb_status
cases_reply(struct cases *c, const char *number, const char *text, char *dept, size_t deptlen,
	    char *err, size_t errlen)
{
	struct case_head h;
	enum mb_status st;
	dept[0] = '\0';
	if ((st = cases_check_answer(text, strlen(text), err, errlen)) != MB_OK
	    || (st = change_begin(c, number, &h, err, errlen)) != MB_OK)
		return st;
	st = cases_db_department_answer(c->db, number, text, dept, deptlen, err, errlen);
	return change_end(c, &h, st, err, errlen);
}

enum mb_status
cases_department_answer_text(struct cases *c, const char *number, char **text, char *err,
			     size_t errlen)
{
	struct case_head h;
	enum mb_status st;
	json_t *da = NULL;
	*text = NULL;
	if ((st = change_begin(c, number, &h, err, errlen)) != MB_OK)
		return st;
	st = cases_db_department_answer_get(c->db, h.id, &da, err, errlen);
	const char *state = json_string_value(json_object_get(da, "state"));
	if (st == MB_OK && (state == NULL || strcmp(state, "pending") != 0)) {
		snprintf(err, errlen, "%s: no department's answer waits for review", number);
		st = MB_REFUSED;
	}
	if (st == MB_OK)
		*text = xstrdup(json_string_value(json_object_get(da, "text")));
	json_decref(da);
	return change_end(c, &h, st, err, errlen);
}

enum mb_status
cases_department_answer_done(struct cases *c, const char *number, char *err, size_t errlen)
{
	enum mb_status st = begin(c, false, err, errlen);
	if (st != MB_OK)
		return st;
	st = cases_db_department_answer_done(c->db, number, err, errlen);
	return cases_db_end(c->db, st, err, errlen);
}

enum mb_status
cases_send_back(struct cases *c, const char *number, const char *reason, char *dept,
		size_t deptlen, char *err, size_t errlen)
{
	struct case_head h;
	enum mb_status st;
	dept[0] = '\0';
	if (!cases_nonempty(reason)) {
		snprintf(err, errlen, "a reason is needed: what the department must change");
		return MB_USAGE;
	}
	if ((st = cases_check_note(reason, err, errlen)) != MB_OK
	    || (st = change_begin(c, number, &h, err, errlen)) != MB_OK)
		return st;
	st = cases_db_answer_send_back(c->db, number, reason, dept, deptlen, err, errlen);
	return change_end(c, &h, st, err, errlen);
}
