/*
 * cmd_classify.c - `mayorbox classify [--rules DIR] [--json] [--explain]
 * FILE...`: e-mail or form files read into letters and classified with the
 * rule set; a line (or a JSON object) per file, and with --explain every
 * rule that fired, the words it matched and why the winner won.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include <jansson.h>

#include "classify.h"
#include "commands.h"
#include "usage.h"
#include "limits.h"
#include "readfile.h"
#include "reader.h"
#include "rulesdir.h"
#include "ruleset.h"

/* Longest quote of a letter's words in an explanation, in bytes. */
#define CLASSIFY_QUOTE_MAX 120

static void
classify_usage(FILE *out)
{
	fprintf(out,
		"usage: mayorbox classify [--rules DIR] [--json] [--explain] FILE...\n"
		"\n"
		"Reads each e-mail (.eml) or web-form submission (JSON) and classifies it\n"
		"with the rule files of DIR: category, confidential, department, priority.\n"
		"\n"
		"  --rules DIR  the rule files (default: $MAYORBOX_RULES, else the rules/\n"
		"               folder beside the program)\n"
		"  --json       one JSON object per file, one per line: file, category,\n"
		"               confidential, department, priority, needs_review, scores,\n"
		"               rules (and explain with --explain)\n"
		"  --explain    each rule that fired, its field, the words it matched, and\n"
		"               why the winner won\n"
		"  -h, --help\n"
		"\n"
		"Exit: 0 all classified, 65 a file is not a letter, 66 cannot open a file,\n"
		"78 the rule set has problems (run 'mayorbox rules check').\n");
}

/* The quoted words of a hit, cut at a character boundary, on one line. */
static void
quote(const struct letter *l, const struct classify_hit *h, char *out, size_t outlen)
{
	classify_hit_words(l, h, CLASSIFY_QUOTE_MAX, out, outlen);
	for (char *c = out; *c; c++)
		if (*c == '\n' || *c == '\r' || *c == '\t')
			*c = ' ';
}

static void
why(const struct ruleset *set, const struct classification *c, char *out, size_t outlen)
{
	if (c->automatic) {
		snprintf(out, outlen, "an automatic message (bounce, auto-reply or bulk mail), "
				      "not a citizen's letter: not classified");
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

static json_t *
result_json(const char *path, const struct ruleset *set, const struct letter *l,
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
	if (explain) {
		json_t *ex = json_array();
		for (size_t i = 0; i < c->hits_count; i++) {
			const struct classify_hit *h = &c->hits[i];
			char q[CLASSIFY_QUOTE_MAX + 1];
			quote(l, h, q, sizeof(q));
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
		why(set, c, w, sizeof(w));
		json_object_set_new(o, "why", json_string(w));
	}
	return o;
}

static void
result_text(FILE *out, const char *path, const struct ruleset *set, const struct letter *l,
	    const struct classification *c, bool explain)
{
	fprintf(out, "%s: %s%s", path, ruleset_category_name(c->category),
		c->needs_review ? " (needs review)" : "");
	if (c->automatic)
		fprintf(out, " (automatic message)");
	fprintf(out, ", department %s, priority %s, %s\n",
		c->department ? c->department : "none", c->high_priority ? "high" : "normal",
		c->confidential_review ? "CONFIDENTIAL (review: weaker evidence, a supervisor checks)"
		: c->confidential ? "CONFIDENTIAL" : "not confidential");
	if (!explain) {
		if (c->hits_count) {
			fprintf(out, "  rules:");
			for (size_t i = 0; i < c->hits_count; i++)
				fprintf(out, " %s", c->hits[i].rule->name);
			fprintf(out, "\n");
		}
		return;
	}
	fprintf(out, "  scores:");
	for (int i = 0; i < CATEGORY_COUNT; i++)
		fprintf(out, " %s %d", ruleset_category_name((enum category)i), c->scores[i]);
	fprintf(out, "\n");
	for (size_t i = 0; i < c->hits_count; i++) {
		const struct classify_hit *h = &c->hits[i];
		const struct rule *r = h->rule;
		char q[CLASSIFY_QUOTE_MAX + 1];
		quote(l, h, q, sizeof(q));
		if (r->category == CATEGORY_NONE)
			fprintf(out, "  %-28s (no category) weight %d", r->name, r->weight);
		else
			fprintf(out, "  %-28s %s%+d", r->name, ruleset_category_name(r->category),
				r->weight);
		if (r->department)
			fprintf(out, "  dept %s", r->department);
		if (r->confidential)
			fprintf(out, "  confidential");
		if (r->confidential_review)
			fprintf(out, "  confidential review");
		if (r->high_priority)
			fprintf(out, "  high");
		fprintf(out, "\n      %s: \"%s\"  (%s:%u)\n", classify_field_name(h->field), q,
			r->file, r->line);
	}
	char w[512];
	why(set, c, w, sizeof(w));
	fprintf(out, "  why: %s\n", w);
	if (c->limit_hits)
		fprintf(out, "  warning: %u pattern(s) stopped at a match limit\n", c->limit_hits);
}

int
cmd_classify(int argc, char **argv)
{
	static const struct option opts[] = {
		{"rules", required_argument, NULL, 'r'},
		{"json", no_argument, NULL, 'j'},
		{"explain", no_argument, NULL, 'e'},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	bool json = false, explain = false;
	const char *rules_opt = NULL;
	int c;
	optind = 1;
	while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (c) {
		case 'r':
			rules_opt = optarg;
			break;
		case 'j':
			json = true;
			break;
		case 'e':
			explain = true;
			break;
		case 'h':
			classify_usage(stdout);
			return EX_OK;
		default:
			return usage_bad_option("classify", argc, argv);
		}
	}
	if (optind >= argc) {
		classify_usage(stderr);
		return EX_USAGE;
	}
	char dir[4096];
	struct ruleset *set = NULL;
	int ret = rulesdir_load(rulesdir_find(rules_opt, dir, sizeof(dir)), &set);
	if (ret != EX_OK)
		return ret;
	for (int i = optind; i < argc; i++) {
		const char *path = argv[i];
		char err[512];
		char *data;
		size_t len;
		enum readfile_status rs = readfile(path, MB_INPUT_MAX, &data, &len, err, sizeof(err));
		if (rs != READFILE_OK) {
			fprintf(stderr, "mayorbox classify: %s\n", err);
			if (ret == EX_OK)
				ret = rs == READFILE_CANNOT_OPEN ? EX_NOINPUT
				    : rs == READFILE_TOO_LARGE ? EX_DATAERR : EX_IOERR;
			continue;
		}
		struct letter *l = NULL;
		enum mb_status st = reader_parse(data, len, &l, err, sizeof(err));
		free(data);
		if (st != MB_OK) {
			/* filed unclassified, for review (DESIGN.md, invariant 3) */
			fprintf(stderr, "mayorbox classify: %s: %s\n", path, err);
			if (ret == EX_OK)
				ret = EX_DATAERR;
		}
		struct classification cl;
		(void)classify_letter(set, l, &cl);
		if (st != MB_OK) {
			cl.category = CATEGORY_NONE;
			cl.needs_review = true;
		}
		if (json) {
			json_t *o = result_json(path, set, l, &cl, explain);
			if (json_dumpf(o, stdout, JSON_COMPACT) != 0)
				ret = EX_IOERR;
			fputc('\n', stdout);
			json_decref(o);
		} else {
			result_text(stdout, path, set, l, &cl, explain);
		}
		classify_deinit(&cl);
		letter_free(&l);
	}
	if (fflush(stdout) != 0)
		ret = EX_IOERR;
	ruleset_unref(&set);
	return ret;
}
