/*
 * letter_file.c - `parse` and `classify` as use cases (letter_file.h).
 */
#include "letter_file.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>


#include "limits.h"
#include "read.h"
#include "readfile.h"
#include "reader.h"
#include "xalloc.h"

enum mb_status
letter_file_read_as_is(const void *raw, size_t n, const struct ruleset *set, struct letter **l_r,
		       struct classification *cls, char *err, size_t errlen)
{
	enum mb_status st = letter_read(raw, n, set, l_r, cls, err, errlen);
	if (st != MB_OK) {
		classify_deinit(cls);
		(void)classify_letter(set, *l_r, cls);
	}
	return st;
}

enum mb_status
letter_file_parse(const char *path, struct letter **l_r, char *err, size_t errlen)
{
	char *data, why[512];
	size_t len;
	*l_r = NULL;
	enum mb_status st = readfile(path, MB_INPUT_MAX, &data, &len, err, errlen);
	if (st != MB_OK)
		return st;
	struct letter *l = NULL;
	st = reader_parse(data, len, &l, why, sizeof(why));
	if (st != MB_OK) {
		snprintf(err, errlen, "%s: %s", path, why);
		letter_free(&l);
		free(data);
		return st;
	}
	char hex[LETTER_SHA256_HEX], key[LETTER_FILE_KEY_MAX];
	letter_content_hash(data, len, hex);
	letter_file_key(hex, key);
	l->source_key = xstrdup(key);
	free(data);
	*l_r = l;
	return MB_OK;
}

enum mb_status
letter_file_classify(const char *path, const struct ruleset *set, struct letter **l_r,
		     struct classification *cls, char *err, size_t errlen)
{
	char *data, why[512];
	size_t len;
	*l_r = NULL;
	enum mb_status st = readfile(path, MB_INPUT_MAX, &data, &len, err, errlen);
	if (st != MB_OK)
		return st;
	st = letter_file_read_as_is(data, len, set, l_r, cls, why, sizeof(why));
	free(data);
	if (st != MB_OK) {
		/* filed unclassified, for review (DESIGN.md, invariant 3) */
		snprintf(err, errlen, "%s: %s", path, why);
		cls->category = CATEGORY_NONE;
		cls->needs_review = true;
	}
	return st;
}

void
letter_file_quote(const struct letter *l, const struct classify_hit *h, char *out, size_t outlen)
{
	classify_hit_words(l, h, LETTER_FILE_QUOTE_MAX, out, outlen);
	for (char *c = out; *c; c++)
		if (*c == '\n' || *c == '\r' || *c == '\t')
			*c = ' ';
}

void
letter_file_why(const struct ruleset *set, const struct classification *c, char *out, size_t outlen)
{
	if (c->automatic) {
		snprintf(out, outlen, "an automatic message (bounce, auto-reply or bulk mail), "
				      "not a citizen's letter: not classified");
		return;
	}
	if (c->model_used) {
		int n = snprintf(out, outlen, "the model: %s %.2f, %s %.2f (the rules' scores add "
				 "%g each)", ruleset_category_name(c->category),
				 c->model.p[c->category], ruleset_category_name(c->runner_up),
				 c->model.p[c->runner_up], model_rules_weight(set->model));
		for (size_t i = 0; i < c->model.why_count && n > 0 && (size_t)n < outlen; i++)
			n += snprintf(out + n, outlen - (size_t)n, "%s%s", i ? ", " : "; its words: ",
				      model_key_words(c->model.why[i]));
		if (n > 0 && (size_t)n < outlen && c->needs_review)
			n += snprintf(out + n, outlen - (size_t)n, "; under one half: needs review");
		if (n > 0 && (size_t)n < outlen && c->model_confidential)
			snprintf(out + n, outlen - (size_t)n, "; sealed for review: the model finds it "
				 "confidential (%.2f, threshold %g)", c->model.confidential,
				 model_confidential_threshold(set->model));
		else if (n > 0 && (size_t)n < outlen && c->model_released)
			snprintf(out + n, outlen - (size_t)n, "; not sealed: only a confidential review "
				 "rule said so and the model gives %.3f, under its veto %g",
				 c->model.confidential, model_review_veto(set->model));
		return;
	}
	if (c->category == CATEGORY_NONE) {
		int top = 0;
		for (int i = 0; i < CATEGORY_COUNT; i++)
			if (c->scores[i] > top)
				top = c->scores[i];
		snprintf(out, outlen, "no category reached the minimum score %d (best %d): "
				      "unclassified, for review", set->min_score, top);
		return;
	}
	int top = c->scores[c->category];
	int next = c->runner_up == CATEGORY_NONE ? 0 : c->scores[c->runner_up];
	bool tie = c->runner_up != CATEGORY_NONE && next == top;
	int n = snprintf(out, outlen, "%s scored %d; %s %d%s", ruleset_category_name(c->category),
			 top, c->runner_up == CATEGORY_NONE ? "no other category scored, next"
							    : ruleset_category_name(c->runner_up),
			 next, tie ? " (a tie: the fixed order complaint, demand, consultation, "
				     "suggestion, information decides)" : "");
	if (n > 0 && (size_t)n < outlen && c->needs_review)
		snprintf(out + n, outlen - (size_t)n,
			 "; ahead by %d, less than the margin %d: needs review", top - next,
			 set->margin);
}

json_t *
letter_file_classification_json(const char *path, const struct ruleset *set, const struct letter *l,
	    const struct classification *c, bool explain)
{
	json_t *o = json_object();
	json_object_set_new(o, "file", json_string(path));
	json_object_set_new(o, "category", json_string(ruleset_category_name(c->category)));
	json_object_set_new(o, "confidential", json_boolean(c->confidential));
	json_object_set_new(o, "confidential_review", json_boolean(c->confidential_review));
	json_object_set_new(o, "department", c->department ? json_string(c->department) : json_null());
	json_object_set_new(o, "priority", json_string(c->high_priority ? "high" : "normal"));
	json_object_set_new(o, "needs_review", json_boolean(c->needs_review));
	json_object_set_new(o, "automatic", json_boolean(c->automatic));
	json_t *sc = json_object();
	for (int i = 0; i < CATEGORY_COUNT; i++)
		json_object_set_new(sc, ruleset_category_name((enum category)i),
				    json_integer(c->scores[i]));
	json_object_set_new(o, "scores", sc);
	json_t *rules = json_array();
	for (size_t i = 0; i < c->hits_count; i++)
		json_array_append_new(rules, json_string(c->hits[i].rule->name));
	json_object_set_new(o, "rules", rules);
	if (c->limit_hits)
		json_object_set_new(o, "limit_hits", json_integer(c->limit_hits));
	if (c->model_used) {
		json_t *m = json_object(), *p = json_object();
		for (int i = 0; i < CATEGORY_COUNT; i++)
			json_object_set_new(p, ruleset_category_name((enum category)i),
					    json_real(round(c->model.p[i] * 1000) / 1000));
		json_object_set_new(m, "category", p);
		json_object_set_new(m, "confidential",
				    json_real(round(c->model.confidential * 1000) / 1000));
		json_object_set_new(m, "sealed", json_boolean(c->model_confidential));
		json_object_set_new(m, "released", json_boolean(c->model_released));
		if (explain) {
			json_t *w = json_array();
			for (size_t i = 0; i < c->model.why_count; i++)
				json_array_append_new(w, json_string(
					model_key_words(c->model.why[i])));
			json_object_set_new(m, "words", w);
		}
		json_object_set_new(o, "model", m);
	}
	if (explain) {
		json_t *ex = json_array();
		for (size_t i = 0; i < c->hits_count; i++) {
			const struct classify_hit *h = &c->hits[i];
			char q[LETTER_FILE_QUOTE_MAX + 1];
			letter_file_quote(l, h, q, sizeof(q));
			json_t *e = json_object();
			json_object_set_new(e, "rule", json_string(h->rule->name));
			json_object_set_new(e, "at", json_sprintf("%s:%u", h->rule->file, h->rule->line));
			json_object_set_new(e, "category", h->rule->category == CATEGORY_NONE ? json_null()
					    : json_string(ruleset_category_name(h->rule->category)));
			json_object_set_new(e, "weight", json_integer(h->rule->weight));
			json_object_set_new(e, "field", json_string(classify_field_name(h->field)));
			json_object_set_new(e, "quote", json_string(q));
			json_array_append_new(ex, e);
		}
		json_object_set_new(o, "explain", ex);
		char w[512];
		letter_file_why(set, c, w, sizeof(w));
		json_object_set_new(o, "why", json_string(w));
	}
	return o;
}

