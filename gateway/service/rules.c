/*
 * rules.c - the rule maintainers' use cases (rules.h): `rules check`,
 * `rules test` (a TSV of files, or the reviewed cases of the database),
 * `rules suggest` and `rules diff`. Both inputs of `rules test` feed one
 * scorer (rules_corpus_measure, rules_report_json); the database is read
 * through store/corpus.h, and a sealed letter is opened only through the
 * case file's one opening (cases_reveal, service/cases.c). Nothing of a
 * letter's content is ever said: case numbers, letter ids, rule names.
 */
#include "rules.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <sodium.h>

#include "buf.h"
#include "cases.h"
#include "check.h"
#include "classify.h"
#include "corpus.h"
#include "db.h"
#include "labels.h"
#include "letter_file.h"
#include "limits.h"
#include "normalize.h"
#include "read.h"
#include "readfile.h"
#include "rules_limits.h"
#include "seal.h"
#include "suggest.h"
#include "xalloc.h"

/* ---- notes ---- */

static void rules_note(struct rules_notes *n, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

static void
rules_note(struct rules_notes *n, const char *fmt, ...)
{
	char line[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(line, sizeof(line), fmt, ap);
	va_end(ap);
	n->v = xreallocarray(n->v, n->count + 1, sizeof(*n->v));
	n->v[n->count++] = xstrdup(line);
}

void
rules_notes_deinit(struct rules_notes *n)
{
	for (size_t i = 0; i < n->count; i++)
		free(n->v[i]);
	free(n->v);
	memset(n, 0, sizeof(*n));
}

/* ---- rules check ---- */

enum mb_status
rules_check_dir(const char *dir, struct ruleset **set_r, struct ruleset_problems *probs,
		size_t *patterns_r, size_t *examples_r)
{
	struct ruleset *set = NULL;
	enum mb_status st = ruleset_load_dir(dir, &set, probs);
	size_t patterns = 0, examples = 0;
	if (st == MB_OK) {
		(void)check_examples(set, probs);
		for (size_t i = 0; i < set->count; i++) {
			patterns += set->rules[i].match_count + set->rules[i].unless_count;
			examples += set->rules[i].examples_count + set->rules[i].counters_count;
		}
	}
	if (patterns_r)
		*patterns_r = patterns;
	if (examples_r)
		*examples_r = examples;
	enum mb_status ret;
	if (st == MB_FATAL && probs->count && probs->v[0].line == 0 && set == NULL
	    && strncmp(probs->v[0].message, "cannot read", 11) == 0)
		ret = MB_NO_INPUT;
	else if (probs->count || probs->dropped || st != MB_OK)
		ret = MB_CONFIG;
	else
		ret = MB_OK;
	if (ret != MB_OK)
		ruleset_unref(&set);
	*set_r = set;
	return ret;
}

/* ---- one letter judged by a rule set ---- */

/* What the rules saw, subject and text normalised: for rules suggest. */
static char *
judged_text(const struct ruleset *set, const struct letter *l, size_t *len_r)
{
	struct buf b;
	struct normalized ns, nt;
	buf_init(&b, 2 * RULES_FIELD_MAX + 2);
	(void)normalize_text(set->norm, l->subject, strlen(l->subject), RULES_FIELD_MAX, &ns);
	(void)normalize_text(set->norm, l->text, l->text_len, RULES_FIELD_MAX, &nt);
	(void)buf_append(&b, ns.text, ns.len);
	(void)buf_putc(&b, ' ');
	(void)buf_append(&b, nt.text, nt.len);
	normalize_deinit(&ns);
	normalize_deinit(&nt);
	return buf_take(&b, len_r);
}

enum mb_status
rules_judge(const struct ruleset *set, const void *bytes, size_t n, bool as_filed,
	    bool keep_text, struct rules_judgement *j, char *err, size_t errlen)
{
	memset(j, 0, sizeof(*j));
	j->got = CATEGORY_NONE;
	struct letter *l = NULL;
	struct classification cl;
	/* as read: the rules run on what the reader kept */
	enum mb_status pst = as_filed ? letter_read(bytes, n, set, &l, &cl, err, errlen)
				      : letter_file_read_as_is(bytes, n, set, &l, &cl, err, errlen);
	j->parsed = pst == MB_OK;
	if (pst != MB_OK && as_filed) {
		j->conf = l->anonymous;
		j->review = true;
		classify_deinit(&cl);
		letter_free(&l);
		return pst;
	}
	j->got = cl.category;
	j->conf = cl.confidential || (as_filed && l->anonymous);
	j->conf_review = cl.confidential_review && !(as_filed && l->anonymous);
	if (keep_text)
		j->text = judged_text(set, l, &j->text_len);
	j->high = cl.high_priority;
	j->dept = cl.department;
	j->review = cl.needs_review;
	memcpy(j->scores, cl.scores, sizeof(j->scores));
	if (cl.hits_count) {
		j->fired = xreallocarray(NULL, cl.hits_count, sizeof(*j->fired));
		for (size_t h = 0; h < cl.hits_count; h++)
			j->fired[j->fired_count++] = (size_t)(cl.hits[h].rule - set->rules);
	}
	classify_deinit(&cl);
	letter_free(&l);
	return pst;
}

void
rules_judgement_deinit(struct rules_judgement *j)
{
	free(j->fired);
	j->fired = NULL;
	j->fired_count = 0;
	free(j->text);
	j->text = NULL;
}

/* ---- the scorer ---- */

static void
corpus_add(struct rules_corpus *c, const struct rules_sample *s)
{
	c->v = xreallocarray(c->v, c->count + 1, sizeof(*c->v));
	c->v[c->count++] = *s;
}

/* Counts the rules that fired on s towards their precision: a rule was
 * right when the letter had its category (or, for rules without one, its
 * department, confidential or high-priority label). */
static void
corpus_count_rules(struct rules_corpus *c, const struct ruleset *set, const struct rules_sample *s)
{
	for (size_t h = 0; h < s->j.fired_count; h++) {
		size_t k = s->j.fired[h];
		const struct rule *ru = &set->rules[k];
		c->rs[k].fired++;
		bool ok;
		if (ru->category != CATEGORY_NONE)
			ok = ru->category == s->label;
		else if (ru->department && s->department)
			ok = ruleset_same_department(ru->department, s->department);
		else if (ru->confidential || ru->confidential_review)
			ok = s->confidential == 1;
		else
			ok = s->high == 1;
		c->rs[k].right += ok;
	}
}

void
rules_corpus_deinit(struct rules_corpus *c)
{
	for (size_t i = 0; i < c->count; i++) {
		free(c->v[i].name);
		free(c->v[i].department);
		rules_judgement_deinit(&c->v[i].j);
	}
	free(c->v);
	free(c->rs);
	rules_notes_deinit(&c->notes);
	memset(c, 0, sizeof(*c));
}

double
rules_ratio(size_t a, size_t b)
{
	return b ? (double)a / (double)b : 0.0;
}

void
rules_corpus_measure(const struct rules_corpus *c, struct rules_metrics *m)
{
	memset(m, 0, sizeof(*m));
	m->unreadable = c->unreadable;
	for (size_t i = 0; i < c->count; i++) {
		const struct rules_sample *r = &c->v[i];
		m->total++;
		int g = r->j.got == CATEGORY_NONE ? CATEGORY_COUNT : (int)r->j.got;
		m->conf[r->label][g]++;
		m->right += r->j.got == r->label;
		m->review += r->j.review;
		if (r->confidential >= 0) {
			if (r->j.conf_review) {
				m->creview++;
				m->creview_tp += r->confidential == 1;
			}
			if (r->confidential && r->j.conf) m->ctp++;
			else if (!r->confidential && r->j.conf) m->cfp++;
			else if (r->confidential) m->cfn++;
			else m->ctn++;
		}
		if (r->department) {
			m->dept_n++;
			m->dept_ok += ruleset_same_department(r->j.dept, r->department);
		}
		if (r->high >= 0) {
			m->prio_n++;
			m->prio_ok += r->high == r->j.high;
			if (r->high && r->j.high) m->htp++;
			else if (!r->high && r->j.high) m->hfp++;
			else if (r->high) m->hfn++;
		}
	}
	for (int k = 0; k < CATEGORY_COUNT; k++) {
		size_t tp = m->conf[k][k], predicted = 0, actual = 0;
		for (int j = 0; j <= CATEGORY_COUNT; j++)
			actual += m->conf[k][j];
		for (int j = 0; j < CATEGORY_COUNT; j++)
			predicted += m->conf[j][k];
		m->support[k] = actual;
		m->prec[k] = rules_ratio(tp, predicted);
		m->rec[k] = rules_ratio(tp, actual);
		m->f1[k] = m->prec[k] + m->rec[k] > 0
			? 2 * m->prec[k] * m->rec[k] / (m->prec[k] + m->rec[k]) : 0;
		m->macro += m->f1[k] / CATEGORY_COUNT;
	}
	m->acc = rules_ratio(m->right, m->total);
	m->cprec = rules_ratio(m->ctp, m->ctp + m->cfp);
	m->crec = rules_ratio(m->ctp, m->ctp + m->cfn);
}

/* The measures as one JSON object (caller owns it); `key` names the samples
 * in the misclassified list ("path" or "case"). */
json_t *
rules_report_json(const struct ruleset *set, const struct rules_corpus *c, const struct rules_metrics *m,
	    const char *key)
{
	json_t *o = json_object();
	json_object_set_new(o, "letters", json_integer((json_int_t)m->total));
	json_object_set_new(o, "unreadable", json_integer((json_int_t)m->unreadable));
	json_object_set_new(o, "accuracy", json_real(m->acc));
	json_object_set_new(o, "correct", json_integer((json_int_t)m->right));
	json_object_set_new(o, "needs_review", json_integer((json_int_t)m->review));
	json_object_set_new(o, "macro_f1", json_real(m->macro));
	json_t *cats = json_object(), *cm = json_object();
	for (int k = 0; k < CATEGORY_COUNT; k++) {
		json_t *e = json_object();
		json_object_set_new(e, "precision", json_real(m->prec[k]));
		json_object_set_new(e, "recall", json_real(m->rec[k]));
		json_object_set_new(e, "f1", json_real(m->f1[k]));
		json_object_set_new(e, "support", json_integer((json_int_t)m->support[k]));
		json_object_set_new(cats, ruleset_category_name((enum category)k), e);
		json_t *row = json_object();
		for (int j = 0; j <= CATEGORY_COUNT; j++)
			json_object_set_new(row, ruleset_category_name(j == CATEGORY_COUNT
					    ? CATEGORY_NONE : (enum category)j),
					    json_integer((json_int_t)m->conf[k][j]));
		json_object_set_new(cm, ruleset_category_name((enum category)k), row);
	}
	json_object_set_new(o, "categories", cats);
	json_object_set_new(o, "confusion", cm);
	json_t *cj = json_object();
	json_object_set_new(cj, "precision", json_real(m->cprec));
	json_object_set_new(cj, "recall", json_real(m->crec));
	json_object_set_new(cj, "tp", json_integer((json_int_t)m->ctp));
	json_object_set_new(cj, "fp", json_integer((json_int_t)m->cfp));
	json_object_set_new(cj, "fn", json_integer((json_int_t)m->cfn));
	json_object_set_new(cj, "tn", json_integer((json_int_t)m->ctn));
	json_object_set_new(cj, "review", json_integer((json_int_t)m->creview));
	json_object_set_new(cj, "review_correct", json_integer((json_int_t)m->creview_tp));
	json_object_set_new(o, "confidential", cj);
	json_t *dj = json_object();
	json_object_set_new(dj, "accuracy", json_real(rules_ratio(m->dept_ok, m->dept_n)));
	json_object_set_new(dj, "correct", json_integer((json_int_t)m->dept_ok));
	json_object_set_new(dj, "labelled", json_integer((json_int_t)m->dept_n));
	json_object_set_new(o, "department", dj);
	json_t *pj = json_object();
	json_object_set_new(pj, "accuracy", json_real(rules_ratio(m->prio_ok, m->prio_n)));
	json_object_set_new(pj, "high_precision", json_real(rules_ratio(m->htp, m->htp + m->hfp)));
	json_object_set_new(pj, "high_recall", json_real(rules_ratio(m->htp, m->htp + m->hfn)));
	json_object_set_new(o, "priority", pj);
	json_t *rj = json_array();
	for (size_t k = 0; k < set->count; k++) {
		json_t *e = json_object();
		json_object_set_new(e, "rule", json_string(set->rules[k].name));
		json_object_set_new(e, "fired", json_integer((json_int_t)c->rs[k].fired));
		json_object_set_new(e, "precision", c->rs[k].fired
				    ? json_real(rules_ratio(c->rs[k].right, c->rs[k].fired)) : json_null());
		json_array_append_new(rj, e);
	}
	json_object_set_new(o, "rules", rj);
	json_t *mj = json_array();
	for (size_t i = 0; i < c->count; i++) {
		const struct rules_sample *r = &c->v[i];
		if (r->j.got == r->label)
			continue;
		json_t *e = json_object();
		json_object_set_new(e, key, json_string(r->name));
		json_object_set_new(e, "label", json_string(ruleset_category_name(r->label)));
		json_object_set_new(e, "got", json_string(ruleset_category_name(r->j.got)));
		json_t *sc = json_object();
		for (int k = 0; k < CATEGORY_COUNT; k++)
			json_object_set_new(sc, ruleset_category_name((enum category)k),
					    json_integer(r->j.scores[k]));
		json_object_set_new(e, "scores", sc);
		json_array_append_new(mj, e);
	}
	json_object_set_new(o, "misclassified", mj);
	return o;
}

/* ---- rules suggest ---- */

static bool
sample_target(const struct rules_sample *s, const struct rules_suggest_opts *o)
{
	return o->conf ? s->confidential == 1 : s->label == o->cat;
}

static bool
sample_missed(const struct rules_sample *s, const struct rules_suggest_opts *o)
{
	return o->conf ? !s->j.conf : s->j.got != o->cat;
}

/* Whether a rule of the target already fires on the words alone. */
static bool
gram_covered(const struct ruleset *set, const struct rules_suggest_opts *o, const char *g)
{
	for (size_t i = 0; i < set->count; i++) {
		const struct rule *r = &set->rules[i];
		bool relevant = o->conf ? (r->confidential || r->confidential_review)
					: (r->category == o->cat && r->weight > 0);
		if (relevant && classify_rule_fires(set, r, g, strlen(g)) == 1)
			return true;
	}
	return false;
}

void
rules_suggest(const struct ruleset *set, const struct rules_corpus *c,
	      const struct rules_suggest_opts *o, struct rules_suggestion *s)
{
	memset(s, 0, sizeof(*s));
	struct suggest *sg = suggest_new();
	for (int pass = 0; pass < 2; pass++)
		for (size_t i = 0; i < c->count; i++) {
			const struct rules_sample *x = &c->v[i];
			if (x->j.text == NULL || (o->conf && x->confidential < 0))
				continue;
			bool t = sample_target(x, o), m = t && sample_missed(x, o);
			if ((pass == 0) != m)
				continue;
			suggest_add(sg, x->j.text, x->j.text_len,
				    m ? SUGGEST_MISSED : t ? SUGGEST_FOUND : SUGGEST_OTHER);
		}
	struct suggest_gram *v;
	size_t n = suggest_rank(sg, o->min_missed, &v);
	s->picked = xcalloc(o->limit ? o->limit : 1, sizeof(*s->picked));
	for (size_t i = 0; i < n && s->picked_count < o->limit; i++) {
		bool redundant = false;
		for (size_t k = 0; k < s->picked_count && !redundant; k++) {
			const struct suggest_gram *b = s->picked[k];
			redundant = b->missed == v[i].missed && b->target == v[i].target
				    && b->other == v[i].other && strstr(v[i].text, b->text) != NULL;
		}
		if (redundant)
			continue;
		if (gram_covered(set, o, v[i].text)) {
			s->covered++;
			continue;
		}
		s->picked[s->picked_count++] = &v[i];
	}
	s->missed = suggest_count(sg, SUGGEST_MISSED);
	s->found = suggest_count(sg, SUGGEST_FOUND);
	s->other = suggest_count(sg, SUGGEST_OTHER);
	s->target = o->conf ? "confidential" : ruleset_category_name(o->cat);
	s->candidates = n;
	s->min_missed = o->min_missed;
	s->truncated = suggest_truncated(sg);
	s->sg = sg;
	s->ranked = v;
}

void
rules_suggestion_deinit(struct rules_suggestion *s)
{
	free(s->picked);
	free(s->ranked);
	suggest_free(&s->sg);
	memset(s, 0, sizeof(*s));
}

json_t *
rules_suggestion_json(const struct rules_suggestion *s)
{
	json_t *j = json_object(), *a = json_array();
	json_object_set_new(j, "target", json_string(s->target));
	json_object_set_new(j, "targets", json_integer((json_int_t)(s->missed + s->found)));
	json_object_set_new(j, "missed", json_integer((json_int_t)s->missed));
	json_object_set_new(j, "others", json_integer((json_int_t)s->other));
	json_object_set_new(j, "min_missed", json_integer((json_int_t)s->min_missed));
	json_object_set_new(j, "covered_by_rules", json_integer((json_int_t)s->covered));
	json_object_set_new(j, "truncated", json_boolean(s->truncated));
	for (size_t k = 0; k < s->picked_count; k++) {
		const struct suggest_gram *g = s->picked[k];
		json_t *e = json_object();
		json_object_set_new(e, "words", json_string(g->text));
		json_object_set_new(e, "missed", json_integer((json_int_t)g->missed));
		json_object_set_new(e, "target", json_integer((json_int_t)g->target));
		json_object_set_new(e, "other", json_integer((json_int_t)g->other));
		json_object_set_new(e, "precision", json_real(g->precision));
		json_object_set_new(e, "recall", json_real(g->recall));
		json_object_set_new(e, "score", json_real(g->score));
		json_array_append_new(a, e);
	}
	json_object_set_new(j, "suggestions", a);
	return j;
}

/* ---- rules test LABELS.tsv ---- */

static char *
field_dup(const char *s, size_t n)
{
	while (n > 0 && (s[n - 1] == '\r' || s[n - 1] == ' '))
		n--;
	return xmemdup0(s, n);
}

/* Splits one TSV line into at most max fields (pointers into line, which is
 * changed). Returns the count. */
static size_t
split_tabs(char *line, char **f, size_t max)
{
	size_t n = 0;
	char *p = line;
	while (n < max) {
		f[n++] = p;
		char *t = strchr(p, '\t');
		if (!t)
			break;
		*t = '\0';
		p = t + 1;
	}
	return n;
}

/* The columns of the labels file, from its header; -1 absent. */
struct tsv_cols {
	int path, cat, conf, dept, prio;
};

static void
tsv_header(char **f, size_t nf, struct tsv_cols *col)
{
	for (size_t i = 0; i < nf; i++) {
		if (strcmp(f[i], "path") == 0) col->path = (int)i;
		else if (strcmp(f[i], "category") == 0) col->cat = (int)i;
		else if (strcmp(f[i], "confidential") == 0) col->conf = (int)i;
		else if (strcmp(f[i], "department") == 0) col->dept = (int)i;
		else if (strcmp(f[i], "priority") == 0) col->prio = (int)i;
	}
}

/* One row of the labels file into a sample of c. */
static enum mb_status
tsv_row(const char *labels, unsigned lineno, char **f, size_t nf, const struct tsv_cols *col,
	struct rules_corpus *c, char *err, size_t errlen)
{
	if (c->count >= RULES_TEST_ROWS_MAX) {
		snprintf(err, errlen, "%s:%u: more than %u rows", labels, lineno, RULES_TEST_ROWS_MAX);
		return MB_BAD_LETTER;
	}
	if ((int)nf <= col->path || (int)nf <= col->cat) {
		snprintf(err, errlen, "%s:%u: too few columns", labels, lineno);
		return MB_BAD_LETTER;
	}
	struct rules_sample r;
	memset(&r, 0, sizeof(r));
	r.j.got = CATEGORY_NONE;
	r.label = ruleset_category_parse(f[col->cat]);
	if (r.label == CATEGORY_NONE) {
		snprintf(err, errlen, "%s:%u: unknown category '%s'", labels, lineno, f[col->cat]);
		return MB_BAD_LETTER;
	}
	/* the path is relative to the TSV's folder */
	const char *slash = strrchr(labels, '/');
	size_t dl = slash ? (size_t)(slash - labels) + 1 : 0;
	size_t pl = dl + strlen(f[col->path]) + 1;
	r.name = xmalloc(pl);
	snprintf(r.name, pl, "%.*s%s", (int)dl, labels, f[col->path]);
	r.confidential = (col->conf >= 0 && (int)nf > col->conf && *f[col->conf])
		? strcmp(f[col->conf], "yes") == 0 : -1;
	r.high = (col->prio >= 0 && (int)nf > col->prio && *f[col->prio])
		? strcmp(f[col->prio], "high") == 0 : -1;
	if (col->dept >= 0) {
		r.department = (int)nf > col->dept ? field_dup(f[col->dept], strlen(f[col->dept]))
						   : xstrdup("");
		/* "none": no department expected (so is an empty cell) */
		if (strcasecmp(r.department, RULES_DEPARTMENT_NONE) == 0)
			r.department[0] = '\0';
	}
	corpus_add(c, &r);
	return MB_OK;
}

enum mb_status
rules_corpus_read_tsv(const char *labels, struct rules_corpus *c, char *err, size_t errlen)
{
	char *data = NULL;
	size_t len;
	err[0] = '\0';
	enum mb_status st = readfile(labels, RULES_TEST_LABELS_MAX, &data, &len, err, errlen);
	if (st != MB_OK)
		return st;
	/* the header: which column is which */
	struct tsv_cols col = {-1, -1, -1, -1, -1};
	char *line = data, *next;
	unsigned lineno = 0;
	for (; line && *line; line = next) {
		next = strchr(line, '\n');
		if (next)
			*next++ = '\0';
		lineno++;
		size_t l = strlen(line);
		if (l && line[l - 1] == '\r')
			line[--l] = '\0';
		if (l == 0)
			continue;
		char *f[32];
		size_t nf = split_tabs(line, f, 32);
		if (lineno == 1) {
			tsv_header(f, nf, &col);
			if (col.path < 0 || col.cat < 0) {
				snprintf(err, errlen, "%s:1: the header needs the columns path and "
					 "category", labels);
				st = MB_BAD_LETTER;
				break;
			}
			continue;
		}
		if ((st = tsv_row(labels, lineno, f, nf, &col, c, err, errlen)) != MB_OK)
			break;
	}
	free(data);
	return st;
}

void
rules_corpus_judge_files(struct rules_corpus *c, const struct ruleset *set, bool keep_text)
{
	char err[512];
	c->rs = xcalloc(set->count ? set->count : 1, sizeof(*c->rs));
	for (size_t i = 0; i < c->count; i++) {
		struct rules_sample *r = &c->v[i];
		char *bytes;
		size_t n;
		if (readfile(r->name, MB_INPUT_MAX, &bytes, &n, err, sizeof(err)) != MB_OK) {
			rules_note(&c->notes, "%s", err);
			c->unreadable++;
			continue;
		}
		enum mb_status pst = rules_judge(set, bytes, n, false, keep_text, &r->j, err,
						 sizeof(err));
		free(bytes);
		if (pst != MB_OK)
			rules_note(&c->notes, "%s: %s (classified as it is)", r->name, err);
		r->read = true;
		corpus_count_rules(c, set, r);
	}
}

/* ---- the database side ---- */

enum mb_status
rules_key_check(const char *key, const struct labels *labels, char *err, size_t errlen)
{
	err[0] = '\0';
	if (key == NULL)
		return MB_OK;
	FILE *f = fopen(key, "r");
	if (f == NULL) {
		snprintf(err, errlen, "%s %s: cannot be read", labels_name(labels, LABEL_KEY), key);
		return MB_CONFIG;
	}
	fclose(f);
	return MB_OK;
}

/* A run over the database: the corpus's transaction, the office's key read
 * once, and the boxes of the case last opened through cases_reveal() (the
 * one opening, service/cases.c): rows come case by case, so each case is
 * opened, and recorded, once. */
struct db_run {
	struct corpus_conn cc;
	const struct rules_db_opts *o;
	struct seal_secret key;
	bool have_key;
	bool opened;		/* boxes are number's */
	char number[64];
	struct case_boxes boxes;
	size_t revealed;	/* cases whose opening returned a box (recorded) */
};

/* A first day that is not a date (MB_USAGE from the store) said with the
 * front end's name of it; st as it is. */
static enum mb_status
since_words(const struct rules_db_opts *o, enum mb_status st, char *err, size_t errlen)
{
	if (st == MB_USAGE && o->since) {
		char why[600];
		snprintf(why, sizeof(why), "%s", err);
		snprintf(err, errlen, "%s %s", labels_name(o->labels, LABEL_SINCE), why);
	}
	return st;
}

/* The key first (a key that cannot be read never waits for a database),
 * then the corpus's transaction. Close with run_close, also on failure. */
static enum mb_status
run_open(struct db_run *run, const struct config *cfg, const struct rules_db_opts *o,
	 char *err, size_t errlen)
{
	enum mb_status st;
	memset(run, 0, sizeof(*run));
	run->o = o;
	if (o->key) {
		char why[700];
		if ((st = seal_secret_load(o->key, &run->key, why, sizeof(why))) != MB_OK) {
			snprintf(err, errlen, "%s %s", labels_name(o->labels, LABEL_KEY), why);
			return st;
		}
		run->have_key = true;
	}
	st = corpus_open(&run->cc, db_conninfo(o->db_opt, cfg), run->have_key, o->since, err,
			 errlen);
	return since_words(o, st, err, errlen);
}

/* Ends the run: a stop after some case was opened keeps the record of it
 * (corpus_close); the key is zeroed. */
static void
run_close(struct db_run *run)
{
	cases_db_rows_free(&run->boxes);
	corpus_close(&run->cc, run->revealed > 0);
	seal_secret_deinit(&run->key);
	run->have_key = false;
}

static void
raw_free(unsigned char *raw, size_t len, bool secret)
{
	if (raw && secret)
		sodium_memzero(raw, len);
	free(raw);
}

/* The raw message of an opened identity: its "raw", in base64. MB_NO_INPUT
 * (skip it, err says) when it has none or it is damaged. The identity's
 * copy is zeroed. */
static enum mb_status
ident_raw(json_t *ident, unsigned char **raw_r, size_t *len_r, char *err, size_t errlen)
{
	json_t *b = json_object_get(ident, "raw");
	const char *s = json_string_value(b);
	size_t sl = s ? json_string_length(b) : 0, bin_len = 0;
	if (s == NULL) {
		snprintf(err, errlen, "sealed data is not mayorbox's (no raw message)");
		return MB_NO_INPUT;
	}
	unsigned char *buf = xmalloc(sl + 1);
	enum mb_status st = MB_OK;
	if (sodium_base642bin(buf, sl + 1, s, sl, "\r\n", &bin_len, NULL,
			      sodium_base64_VARIANT_ORIGINAL) != 0) {
		raw_free(buf, sl + 1, true);
		snprintf(err, errlen, "sealed raw message damaged");
		st = MB_NO_INPUT;
	} else {
		*raw_r = buf;
		*len_r = bin_len;
	}
	sodium_memzero((void *)s, sl);	/* our copy, dropped by the caller */
	return st;
}

/* A sealed row's raw message, through the one opening: MB_OK with *raw_r
 * (secret); MB_NO_INPUT (skip it: an identity without a raw message);
 * MB_REFUSED when the key opens nothing of the case or not this letter
 * (stop); else the opening's code. */
static enum mb_status
sealed_raw(struct db_run *run, const struct corpus_row *row, unsigned char **raw_r,
	   size_t *len_r, char *err, size_t errlen)
{
	enum mb_status st;
	if (!run->opened || strcmp(run->number, row->number) != 0) {
		cases_db_rows_free(&run->boxes);
		run->opened = false;
		st = cases_reveal(run->cc.db, row->number, &run->key, &run->boxes, err, errlen);
		if (st != MB_OK)
			return st;
		snprintf(run->number, sizeof(run->number), "%s", row->number);
		run->opened = true;
		run->revealed++;
	}
	json_t *ident = cases_open_letter(&run->boxes, strtoll(row->letter, NULL, 10), &run->key,
					  row->number, &st, err, errlen);
	if (ident == NULL)
		return MB_REFUSED;	/* no box of this letter, or one the key does not open */
	st = ident_raw(ident, raw_r, len_r, err, errlen);
	json_decref(ident);
	return st;
}

/* The raw message of a row, or why not: MB_OK with *raw_r; MB_NO_INPUT
 * when the row is skipped (counted in *skipped_conf or *unreadable, noted);
 * or the run's stop. */
static enum mb_status
row_raw(struct db_run *run, const struct corpus_row *row, struct rules_notes *notes,
	size_t *skipped_conf, size_t *unreadable, unsigned char **raw_r, size_t *len_r,
	bool *secret_r, char *err, size_t errlen)
{
	enum mb_status st;
	char why[1024];
	*raw_r = NULL;
	*len_r = 0;
	*secret_r = row->sealed;
	if (row->sealed && !run->have_key) {
		(*skipped_conf)++;
		return MB_NO_INPUT;
	}
	st = row->sealed ? sealed_raw(run, row, raw_r, len_r, why, sizeof(why))
			 : corpus_plain_raw(&run->cc, row->letter, raw_r, len_r, why, sizeof(why));
	if (st == MB_OK)
		return MB_OK;
	if (st == MB_NO_INPUT) {
		rules_note(notes, "case %s, letter %s: %s; skipped", row->number, row->letter, why);
		(*unreadable)++;
		return MB_NO_INPUT;
	}
	if (st == MB_REFUSED)
		snprintf(err, errlen, "case %s, letter %s: %s", row->number, row->letter, why);
	else
		snprintf(err, errlen, "%s", why);
	return since_words(run->o, st, err, errlen);
}

/* One reviewed case judged into a sample of t. */
static void
db_test_case(const struct ruleset *set, const struct corpus_row *row, const unsigned char *raw,
	     size_t len, bool keep_text, struct rules_db_test *t)
{
	char why[512];
	struct rules_sample s;
	memset(&s, 0, sizeof(s));
	s.name = xstrdup(row->number);
	s.label = ruleset_category_parse(row->category);
	s.department = xstrdup(row->department);
	s.confidential = row->confidential;
	s.high = -1;
	s.read = true;
	if (rules_judge(set, raw, len, true, keep_text, &s.j, why, sizeof(why)) != MB_OK) {
		/* the reason is the reader's; the letter's text is never said */
		rules_note(&t->c.notes, "case %s, letter %s: not read as a letter (unclassified, "
			   "as filing does)", row->number, row->letter);
		t->not_letters++;
	}
	corpus_count_rules(&t->c, set, &s);
	corpus_add(&t->c, &s);
}

enum mb_status
rules_db_test(const struct ruleset *set, const struct config *cfg, const struct rules_db_opts *o,
	      struct rules_db_test *t, char *err, size_t errlen)
{
	struct db_run run;
	struct corpus_list list = {0};
	memset(t, 0, sizeof(*t));
	t->c.rs = xcalloc(set->count ? set->count : 1, sizeof(*t->c.rs));
	enum mb_status st = run_open(&run, cfg, o, err, errlen);
	if (st != MB_OK)
		goto out;
	st = corpus_reviewed(&run.cc, RULES_DB_ROWS_MAX, &list, err, errlen);
	if ((st = since_words(o, st, err, errlen)) != MB_OK)
		goto out;
	for (size_t i = 0; i < list.count; i++) {
		struct corpus_row row;
		corpus_row_get(&list, i, &row);
		t->reviewed++;
		unsigned char *raw;
		size_t len;
		bool secret;
		st = row_raw(&run, &row, &t->c.notes, &t->skipped_conf, &t->c.unreadable, &raw, &len,
			     &secret, err, errlen);
		if (st == MB_NO_INPUT)
			continue;
		if (st != MB_OK)
			goto out;
		db_test_case(set, &row, raw, len, o->keep_text, t);
		raw_free(raw, len, secret);
	}
	bool truncated = list.truncated;
	corpus_list_deinit(&list);
	/* the reveal events (if any) are kept: cases_reveal() recorded them */
	t->revealed = run.revealed;
	if ((st = corpus_commit(&run.cc, err, errlen)) != MB_OK)
		goto out;
	if (truncated)
		rules_note(&t->c.notes, "more than %u reviewed cases: the first %u measured "
			   "(narrow with %s)", RULES_DB_ROWS_MAX, RULES_DB_ROWS_MAX,
			   labels_ask(o->labels, LABEL_SINCE));
	if (t->c.count == 0) {
		if (t->reviewed == 0)
			snprintf(err, errlen, "no reviewed cases%s%s visible to you (a case counts "
				 "when a clerk reclassified, assigned or closed it)",
				 o->since ? " since " : "", o->since ? o->since : "");
		else
			snprintf(err, errlen, "none of the %zu reviewed cases could be measured: "
				 "%zu confidential skipped (without %s), %zu unreadable",
				 t->reviewed, t->skipped_conf, labels_name(o->labels, LABEL_KEY),
				 t->c.unreadable);
		st = MB_NO_INPUT;
	}
out:
	corpus_list_deinit(&list);
	run_close(&run);
	return st;
}

void
rules_db_test_deinit(struct rules_db_test *t)
{
	rules_corpus_deinit(&t->c);
	memset(t, 0, sizeof(*t));
}

bool
rules_sample_disagrees(const struct rules_sample *s, bool *cat_r, bool *dept_r, bool *conf_r)
{
	*cat_r = s->j.got != s->label;
	*dept_r = !ruleset_same_department(s->j.dept, s->department);
	*conf_r = (s->confidential == 1) != s->j.conf;
	return *cat_r || *dept_r || *conf_r;
}

static json_t *
fired_json(const struct ruleset *set, const struct rules_judgement *j)
{
	json_t *a = json_array();
	for (size_t h = 0; h < j->fired_count; h++)
		json_array_append_new(a, json_string(set->rules[j->fired[h]].name));
	return a;
}

static json_t *
pair_json(const char *k1, json_t *v1, const char *k2, json_t *v2)
{
	json_t *o = json_object();
	json_object_set_new(o, k1, v1);
	json_object_set_new(o, k2, v2);
	return o;
}

static json_t *
str_or_null(const char *s)
{
	return s && *s ? json_string(s) : json_null();
}

/* A case where the rules and the clerk disagree, as JSON. */
static json_t *
disagreement_json(const struct ruleset *set, const struct rules_sample *s, bool dc, bool dd,
		  bool df)
{
	json_t *e = json_object(), *dif = json_array();
	json_object_set_new(e, "case", json_string(s->name));
	json_object_set_new(e, "category", pair_json(
		"clerk", json_string(ruleset_category_name(s->label)),
		"rules", json_string(ruleset_category_name(s->j.got))));
	json_object_set_new(e, "department", pair_json(
		"clerk", str_or_null(s->department), "rules", str_or_null(s->j.dept)));
	json_object_set_new(e, "confidential", pair_json(
		"clerk", json_boolean(s->confidential == 1), "rules", json_boolean(s->j.conf)));
	if (dc) json_array_append_new(dif, json_string("category"));
	if (dd) json_array_append_new(dif, json_string("department"));
	if (df) json_array_append_new(dif, json_string("confidential"));
	json_object_set_new(e, "differs", dif);
	json_object_set_new(e, "rules", fired_json(set, &s->j));
	return e;
}

json_t *
rules_db_test_json(const struct ruleset *set, const struct rules_db_test *t, const char *rdir,
		   const char *since)
{
	struct rules_metrics m;
	rules_corpus_measure(&t->c, &m);
	json_t *j = rules_report_json(set, &t->c, &m, "case");
	json_object_set_new(j, "source", json_string("database"));
	json_object_set_new(j, "rules_dir", json_string(rdir));
	json_object_set_new(j, "since", since ? json_string(since) : json_null());
	json_object_set_new(j, "reviewed", json_integer((json_int_t)t->reviewed));
	json_object_set_new(j, "measured", json_integer((json_int_t)t->c.count));
	json_object_set_new(j, "skipped_confidential", json_integer((json_int_t)t->skipped_conf));
	json_object_set_new(j, "not_letters", json_integer((json_int_t)t->not_letters));
	json_object_set_new(j, "identities_revealed", json_integer((json_int_t)t->revealed));
	json_t *da = json_array();
	bool dc, dd, df;
	for (size_t i = 0; i < t->c.count; i++)
		if (rules_sample_disagrees(&t->c.v[i], &dc, &dd, &df))
			json_array_append_new(da, disagreement_json(set, &t->c.v[i], dc, dd, df));
	json_object_set_new(j, "disagreements", da);
	return j;
}

/* ---- rules diff ---- */

static bool
fired_has(const struct ruleset *set, const struct rules_judgement *j, const char *name)
{
	for (size_t h = 0; h < j->fired_count; h++)
		if (strcmp(set->rules[j->fired[h]].name, name) == 0)
			return true;
	return false;
}

/* Rules (by name) that fired on a and not on b. */
static json_t *
fired_only(const struct ruleset *sa, const struct rules_judgement *a, const struct ruleset *sb,
	   const struct rules_judgement *b)
{
	json_t *arr = json_array();
	for (size_t h = 0; h < a->fired_count; h++) {
		const char *name = sa->rules[a->fired[h]].name;
		if (!fired_has(sb, b, name))
			json_array_append_new(arr, json_string(name));
	}
	return arr;
}

/* The change of one letter as JSON, or NULL when nothing that filing
 * decides (category, department, confidential) would change; counted in
 * d. */
static json_t *
diff_letter(const struct corpus_row *row, const struct ruleset *old_set,
	    const struct rules_judgement *a, const struct ruleset *new_set,
	    const struct rules_judgement *b, struct rules_diff *d)
{
	bool dc = a->got != b->got, dd = !ruleset_same_department(a->dept, b->dept),
	     df = a->conf != b->conf;
	if (!dc && !dd && !df)
		return NULL;
	json_t *e = json_object();
	json_object_set_new(e, "case", json_string(row->number));
	json_object_set_new(e, "letter", json_integer((json_int_t)strtoll(row->letter, NULL, 10)));
	if (dc) {
		d->n_cat++;
		json_object_set_new(e, "category", pair_json(
			"old", json_string(ruleset_category_name(a->got)),
			"new", json_string(ruleset_category_name(b->got))));
	}
	if (dd) {
		d->n_dept++;
		json_object_set_new(e, "department", pair_json("old", str_or_null(a->dept),
							       "new", str_or_null(b->dept)));
	}
	if (df) {
		d->n_conf++;
		json_object_set_new(e, "confidential", pair_json("old", json_boolean(a->conf),
								 "new", json_boolean(b->conf)));
	}
	json_object_set_new(e, "rules", pair_json(
		"added", fired_only(new_set, b, old_set, a),
		"removed", fired_only(old_set, a, new_set, b)));
	return e;
}

enum mb_status
rules_diff(const struct ruleset *old_set, const struct ruleset *new_set, const struct config *cfg,
	   const struct rules_db_opts *o, struct rules_diff *d, char *err, size_t errlen)
{
	struct db_run run;
	struct corpus_list list = {0};
	memset(d, 0, sizeof(*d));
	d->changes = json_array();
	enum mb_status st = run_open(&run, cfg, o, err, errlen);
	if (st != MB_OK)
		goto out;
	st = corpus_letters(&run.cc, RULES_DB_ROWS_MAX, &list, err, errlen);
	if ((st = since_words(o, st, err, errlen)) != MB_OK)
		goto out;
	for (size_t i = 0; i < list.count; i++) {
		struct corpus_row row;
		corpus_row_get(&list, i, &row);
		unsigned char *raw;
		size_t len;
		bool secret;
		st = row_raw(&run, &row, &d->notes, &d->skipped_conf, &d->unreadable, &raw, &len,
			     &secret, err, errlen);
		if (st == MB_NO_INPUT)
			continue;
		if (st != MB_OK)
			goto out;
		struct rules_judgement a, b;
		char why[512];
		enum mb_status pst = rules_judge(old_set, raw, len, true, false, &a, why, sizeof(why));
		(void)rules_judge(new_set, raw, len, true, false, &b, why, sizeof(why));
		raw_free(raw, len, secret);
		d->compared++;
		d->not_letters += pst != MB_OK;
		json_t *e = diff_letter(&row, old_set, &a, new_set, &b, d);
		if (e)
			json_array_append_new(d->changes, e);
		rules_judgement_deinit(&a);
		rules_judgement_deinit(&b);
	}
	bool truncated = list.truncated;
	corpus_list_deinit(&list);
	/* nothing was written unless the key's openings were recorded; keep
	 * those */
	d->revealed = run.revealed;
	if ((st = corpus_commit(&run.cc, err, errlen)) != MB_OK)
		goto out;
	if (truncated)
		rules_note(&d->notes, "more than %u letters: the first %u compared (narrow with "
			   "%s)", RULES_DB_ROWS_MAX, RULES_DB_ROWS_MAX,
			   labels_ask(o->labels, LABEL_SINCE));
out:
	corpus_list_deinit(&list);
	run_close(&run);
	return st;
}

void
rules_diff_deinit(struct rules_diff *d)
{
	json_decref(d->changes);
	rules_notes_deinit(&d->notes);
	memset(d, 0, sizeof(*d));
}

json_t *
rules_diff_json(const struct rules_diff *d, const char *old_dir, const char *new_dir,
		const char *since)
{
	json_t *j = json_object();
	json_object_set_new(j, "old_rules", json_string(old_dir));
	json_object_set_new(j, "new_rules", json_string(new_dir));
	json_object_set_new(j, "since", since ? json_string(since) : json_null());
	json_object_set_new(j, "letters", json_integer((json_int_t)d->compared));
	json_t *cj = json_object();
	json_object_set_new(cj, "letters", json_integer((json_int_t)json_array_size(d->changes)));
	json_object_set_new(cj, "category", json_integer((json_int_t)d->n_cat));
	json_object_set_new(cj, "department", json_integer((json_int_t)d->n_dept));
	json_object_set_new(cj, "confidential", json_integer((json_int_t)d->n_conf));
	json_object_set_new(j, "changed", cj);
	json_object_set_new(j, "skipped", pair_json(
		"confidential", json_integer((json_int_t)d->skipped_conf),
		"unreadable", json_integer((json_int_t)d->unreadable)));
	json_object_set_new(j, "not_letters", json_integer((json_int_t)d->not_letters));
	json_object_set_new(j, "identities_revealed", json_integer((json_int_t)d->revealed));
	json_object_set_new(j, "changes", json_incref(d->changes));
	return j;
}

/* ---- rules train ---- */

/* The writers met so far, each once. */
struct train_groups {
	char **v;
	size_t count;
};

/* The writer of a corpus letter (its file name up to the first '-'), as
 * one string per writer in g. */
static const char *
letter_group(struct train_groups *g, const char *path)
{
	const char *base = strrchr(path, '/');
	base = base ? base + 1 : path;
	const char *dash = strchr(base, '-');
	size_t n = dash ? (size_t)(dash - base) : strlen(base);
	for (size_t i = 0; i < g->count; i++)
		if (strlen(g->v[i]) == n && memcmp(g->v[i], base, n) == 0)
			return g->v[i];
	g->v = xreallocarray(g->v, g->count + 1, sizeof(*g->v));
	return g->v[g->count++] = xstrndup(base, n);
}

/* The features of the letter at path, as set's rules see it: MB_OK, or the
 * reader's status with its reason in err. */
static enum mb_status
train_features(const struct ruleset *set, const char *path, struct model_feats *f, char *err,
	       size_t errlen)
{
	struct letter *l = NULL;
	enum mb_status st = letter_file_parse(path, &l, err, errlen);
	if (st != MB_OK)
		return st;
	struct normalized nz[2];
	(void)normalize_text(set->norm, l->subject, strlen(l->subject), RULES_FIELD_MAX, &nz[0]);
	(void)normalize_text(set->norm, l->text, l->text_len, RULES_FIELD_MAX, &nz[1]);
	const struct normalized *fields[2] = {&nz[0], &nz[1]};
	model_features(fields, 2, true, f);
	normalize_deinit(&nz[0]);
	normalize_deinit(&nz[1]);
	letter_free(&l);
	return MB_OK;
}

enum mb_status
rules_train(const char *const *labels, size_t nlabels, const struct ruleset *set,
	    const struct model_train_opts *o, const char *out_path, struct rules_train_result *r,
	    char *err, size_t errlen)
{
	memset(r, 0, sizeof(*r));
	err[0] = '\0';
	struct model_example *ex = NULL;
	struct train_groups groups = {0};
	size_t n = 0, cap = 0;
	enum mb_status st = MB_OK;
	for (size_t li = 0; li < nlabels && st == MB_OK; li++) {
		struct rules_corpus c;
		memset(&c, 0, sizeof(c));
		st = rules_corpus_read_tsv(labels[li], &c, err, errlen);
		for (size_t i = 0; st == MB_OK && i < c.count; i++) {
			const struct rules_sample *s = &c.v[i];
			if (n == cap) {
				cap = cap ? 2 * cap : 1024;
				ex = xreallocarray(ex, cap, sizeof(*ex));
			}
			struct model_example *e = &ex[n];
			memset(e, 0, sizeof(*e));
			char why[512];
			if (train_features(set, s->name, &e->f, why, sizeof(why)) != MB_OK) {
				rules_note(&r->notes, "%s (not trained on)", why);
				model_feats_deinit(&e->f);
				continue;
			}
			e->category = (int)s->label;
			e->confidential = s->confidential == 1;
			e->group = letter_group(&groups, s->name);
			r->per_category[s->label]++;
			r->confidential += e->confidential;
			n++;
		}
		rules_corpus_deinit(&c);
	}
	if (st == MB_OK && n == 0) {
		snprintf(err, errlen, "%s: no letter could be read", nlabels ? labels[0] : "");
		st = MB_NO_INPUT;
	}
	if (st == MB_OK) {
		r->groups = groups.count;
		char comment[512];
		snprintf(comment, sizeof(comment),
			 "trained by mayorbox rules train on %zu letters of %zu writers "
			 "(features in letters of %u writers or more, %u epochs)",
			 n, r->groups, o->min_groups, o->epochs);
		char *text;
		size_t len;
		if (model_train(ex, n, o, comment, &text, &len, &r->features) != MB_OK) {
			snprintf(err, errlen, "%s: the model would be larger than %u bytes, more "
				 "than a rule set reads: raise --min-groups", out_path, RULES_FILE_MAX);
			st = MB_LIMIT;
			goto out;
		}
		r->letters = n;
		size_t tl = strlen(out_path) + sizeof(".tmp");
		char *tmp = xmalloc(tl);
		snprintf(tmp, tl, "%s.tmp", out_path);
		FILE *f = fopen(tmp, "wb");
		bool ok = f && fwrite(text, 1, len, f) == len;
		ok = (f && fclose(f) == 0) && ok;
		if (!ok || rename(tmp, out_path) != 0) {
			snprintf(err, errlen, "%s: cannot be written", out_path);
			(void)remove(tmp);
			st = MB_IO;
		}
		free(tmp);
		free(text);
	}
out:
	for (size_t i = 0; i < n; i++)
		model_feats_deinit(&ex[i].f);
	free(ex);
	for (size_t i = 0; i < groups.count; i++)
		free(groups.v[i]);
	free(groups.v);
	return st;
}

void
rules_train_result_deinit(struct rules_train_result *r)
{
	rules_notes_deinit(&r->notes);
}
