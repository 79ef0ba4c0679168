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
#include "cli_exit.h"
#include "cli_rules.h"
#include "commands.h"
#include "letter_file.h"
#include "rulesdir.h"
#include "ruleset.h"
#include "usage.h"

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
		char q[LETTER_FILE_QUOTE_MAX + 1];
		letter_file_quote(l, h, q, sizeof(q));
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
	letter_file_why(set, c, w, sizeof(w));
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
	int ret = cli_rules_load(rulesdir_find(rules_opt, dir, sizeof(dir)), &set);
	if (ret != EX_OK)
		return ret;
	for (int i = optind; i < argc; i++) {
		const char *path = argv[i];
		char err[1024];
		struct letter *l = NULL;
		struct classification cl;
		enum mb_status st = letter_file_classify(path, set, &l, &cl, err, sizeof(err));
		if (st != MB_OK) {
			fprintf(stderr, "mayorbox classify: %s\n", err);
			if (ret == EX_OK)
				ret = cli_exit(st);
			if (l == NULL)
				continue;
		}
		if (json) {
			json_t *o = letter_file_classification_json(path, set, l, &cl, explain);
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
