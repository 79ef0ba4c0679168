/*
 * cmd_rules.c - the rule maintainers' tools:
 *   `mayorbox rules check [DIR]`: load the set (every pattern compiled,
 *     names, keys, categories checked) and run every example and counter;
 *     each problem as file:line: message; exit 65 when there is any.
 *   `mayorbox rules test [--rules DIR] [--json] LABELS.tsv`: classify a
 *     labelled corpus and measure: accuracy, per-category precision, recall
 *     and F1, the confusion matrix, confidential precision and recall,
 *     department and priority accuracy, each rule's fire count and
 *     precision, and the misclassified letters.
 *   `mayorbox rules test --from-db`: the same measure, the labelled corpus
 *     being the cases clerks reviewed (their corrected category, department
 *     and confidential flag against the rules' decision on the case's first
 *     letter), and every case where rules and clerks disagree.
 *   `mayorbox rules diff --rules NEWDIR`: the letters already filed, each
 *     classified with the rules in use and with NEWDIR; every letter whose
 *     category, department or confidential flag would change.
 *
 * The use cases are service/rules.c's (their SQL store/corpus.c's): this
 * file reads the arguments, calls them, and prints their structs as text
 * or their one JSON form, and what they noted about single letters on
 * standard error. Nothing of a letter's content is ever printed: case
 * numbers, letter ids, rule names.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include <jansson.h>

#include "cli_exit.h"
#include "cli_labels.h"
#include "cli_rules.h"
#include "commands.h"
#include "config.h"
#include "rules.h"
#include "rulesdir.h"
#include "ruleset.h"
#include "suggest.h"
#include "usage.h"

/* Path of a rules folder. */
#define RULES_DIR_MAX		4096

static void
rules_usage(FILE *out)
{
	fprintf(out,
		"usage: mayorbox rules check [DIR]\n"
		"       mayorbox rules test [--rules DIR] [--config FILE] [--json] LABELS.tsv\n"
		"       mayorbox rules test --from-db [--db CONNINFO] [--config FILE] [--rules DIR]\n"
		"                           [--since DATE] [--key SECRET_KEY] [--json]\n"
		"       mayorbox rules diff --rules NEWDIR [--old-rules DIR] [--db CONNINFO]\n"
		"                           [--config FILE] [--since DATE] [--key SECRET_KEY] [--json]\n"
		"       mayorbox rules suggest [--rules DIR] (--category C | --confidential)\n"
		"                           [--limit N] [--min N] [--json] (LABELS.tsv | --from-db\n"
		"                           [--db CONNINFO] [--config FILE] [--since DATE] [--key K])\n"
		"       mayorbox rules patterns [--units] [DIR]\n"
		"       mayorbox rules train [--rules DIR] --out FILE [--min-groups N]\n"
		"                           [--epochs N] [--confidential-threshold P]\n"
		"                           [--review-veto P] LABELS.tsv...\n"
		"\n"
		"check  loads the rule files of DIR (default: $MAYORBOX_RULES, else the\n"
		"       rules/ folder beside the program): compiles every pattern, runs\n"
		"       every example and counter, finds duplicate names, unknown keys and\n"
		"       categories. Prints each problem as file:line: message.\n"
		"       Exit: 0 no problem, 65 problems, 66 DIR cannot be read.\n"
		"test   classifies every letter of a labelled corpus: a TSV with a header\n"
		"       and the columns path, category, and optionally confidential (yes/no),\n"
		"       department, priority (paths relative to the TSV). Prints accuracy,\n"
		"       per-category precision, recall and F1, the confusion matrix,\n"
		"       confidential precision and recall, department accuracy, each rule's\n"
		"       fire count and precision, and the misclassified letters.\n"
		"       --json prints all of it as one JSON object.\n"
		"       Exit: 0 measured, 65 bad labels file, 66 cannot open it, 78 the\n"
		"       rule set has problems.\n"
		"test --from-db  the labelled corpus is the cases clerks reviewed (a\n"
		"       reclassified, assigned or closed event; not unclassified, not\n"
		"       automatic): their category, department and confidential flag\n"
		"       against the rules' decision on each case's first letter, re-read\n"
		"       from the stored raw message. The same measures, and every case\n"
		"       where rules and clerks disagree (clerk -> rules, and the rules that\n"
		"       fired). Connects with your own login: a clerk sees no confidential\n"
		"       case; a supervisor's confidential cases are skipped (and counted)\n"
		"       unless --key opens them, each opening recorded as an 'identity\n"
		"       revealed' case event. Read only otherwise.\n"
		"       Exit: 0 measured (disagreements are output), 66 no reviewed case,\n"
		"       69 no database, 77 not allowed, 65 the key does not open a letter,\n"
		"       64 --since is not a date, 78 the rule set has problems.\n"
		"diff   classifies every letter of every case you can see (--since: cases\n"
		"       created on or after DATE) with the rules in use (--old-rules DIR,\n"
		"       else [rules] dir of the configuration, else the default) and with\n"
		"       NEWDIR, changing nothing in the database, and lists each letter\n"
		"       whose category, department or confidential flag would change, with\n"
		"       the rules that fired differently (+ only with NEWDIR, - only with\n"
		"       the old rules). Confidential letters need --key (each opening is\n"
		"       recorded as an 'identity revealed' case event); without it they are\n"
		"       skipped and counted.\n"
		"       Exit: 0 compared (changes are output), 65 NEWDIR fails 'rules check'\n"
		"       (its problems as file:line: message; nothing read) or the key does\n"
		"       not open a letter, 66 NEWDIR cannot be read, 69 no database,\n"
		"       77 not allowed, 78 the old rule set has problems.\n"
		"suggest  from a labelled corpus (a TSV as for test, or the reviewed cases\n"
		"       with --from-db), the words and phrases of the target letters the\n"
		"       rules miss (Chinese 2-4 characters, English words and word pairs,\n"
		"       normalised as the rules see them) found in --min (2) or more missed\n"
		"       letters, each with missed, target and other letters holding it,\n"
		"       precision target/(target+other), recall missed/all missed and score\n"
		"       2PR/(P+R); best first, --limit (30) of them; words a rule of the\n"
		"       target already matches are left out. Exit as for test.\n"
		"patterns  every match and unless pattern of DIR as it compiles (its\n"
		"       lexicons and proximity forms expanded), one a line: kind (match or\n"
		"       unless), rule, file:line, flags (x or -), pattern, separated by\n"
		"       tabs. --units: each unit the engine matches on its own instead (a\n"
		"       pattern, or each alternative of a split one), numbered first.\n"
		"       For benchmarks and for reading what a lexicon became.\n"
		"       Exit: 0 listed, 65 the rule set has problems, 66 DIR cannot be read.\n"
		"train  trains the scored second opinion (a *.model file, rules/README.md)\n"
		"       on the labelled corpora given (TSVs as for test: category and\n"
		"       confidential), reading each letter as DIR's rules see it, and writes\n"
		"       it to FILE. Words and character pairs are kept when letters of\n"
		"       --min-groups (3) writers have them (a writer: the file name up to\n"
		"       its first '-'); --epochs (12) passes; a letter the model finds\n"
		"       confidential with probability --confidential-threshold (0.3) or\n"
		"       more is sealed for review; one that only a confidential review\n"
		"       rule would seal is not when the model gives it under\n"
		"       --review-veto (0.01; 0: review rules always seal). The same\n"
		"       corpora give the same bytes.\n"
		"       Exit: 0 written, 64 bad option, 65 bad labels file or a model\n"
		"       larger than a rule set reads, 66 cannot open one or no letter\n"
		"       read, 73 FILE cannot be written, 78 the rule set has problems.\n"
		"\n"
		"  --db CONNINFO   PostgreSQL (default: [database] conninfo, else PG* variables)\n"
		"  --config FILE   configuration file: [database] conninfo, [rules] dir\n"
		"  --since DATE    only cases created on or after DATE (YYYY-MM-DD, UTC)\n"
		"  --key FILE      the supervisors' secret key (mayorbox keygen)\n");
}

static const char *
dept_or_none(const char *d)
{
	return d && *d ? d : "none";
}

static void
print_notes(const char *cmd, const struct rules_notes *n)
{
	for (size_t i = 0; i < n->count; i++)
		fprintf(stderr, "mayorbox %s: %s\n", cmd, n->v[i]);
}

/* Prints j as the commands' JSON does; EX_OK or EX_IOERR. Takes j. */
static int
print_json(json_t *j)
{
	int ret = json_dumpf(j, stdout, JSON_INDENT(2)) != 0 ? EX_IOERR : EX_OK;
	fputc('\n', stdout);
	json_decref(j);
	return ret;
}

static int
rules_check(int argc, char **argv)
{
	if (argc > 2 || (argc == 2 && (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0))) {
		rules_usage(argc > 2 ? stderr : stdout);
		return argc > 2 ? EX_USAGE : EX_OK;
	}
	char dir[RULES_DIR_MAX];
	rulesdir_find(argc == 2 ? argv[1] : NULL, dir, sizeof(dir));
	struct ruleset_problems probs = {0};
	struct ruleset *set = NULL;
	size_t patterns = 0, examples = 0;
	enum mb_status st = rules_check_dir(dir, &set, &probs, &patterns, &examples);
	rulesdir_problems_print(stdout, &probs, dir);
	if (st == MB_OK)
		printf("%s: %zu rules, %zu patterns, %zu examples and counters: ok (rule set %s)\n",
		       dir, set->count, patterns, examples, set->digest);
	else if (fflush(stdout) == 0)
		fprintf(stderr, "mayorbox rules check: %s: %zu problem(s)\n", dir,
			probs.count + probs.dropped);
	ruleset_problems_deinit(&probs);
	ruleset_unref(&set);
	/* the rule files are this command's input data: problems exit 65 */
	return st == MB_CONFIG ? EX_DATAERR : cli_exit(st);
}

/* The measures as text; the misclassified samples too when `misclassified`. */
static void
report_text(FILE *out, const struct ruleset *set, const struct rules_corpus *c,
	    const struct rules_metrics *m, bool misclassified)
{
	fprintf(out, "letters %zu (unreadable %zu), accuracy %.3f (%zu right), macro F1 %.3f, "
		"needs review %zu\n\n", m->total, m->unreadable, m->acc, m->right, m->macro,
		m->review);
	fprintf(out, "%-14s %9s %9s %9s %8s\n", "category", "precision", "recall", "F1", "letters");
	for (int k = 0; k < CATEGORY_COUNT; k++)
		fprintf(out, "%-14s %9.3f %9.3f %9.3f %8zu\n",
			ruleset_category_name((enum category)k), m->prec[k], m->rec[k], m->f1[k],
			m->support[k]);
	fprintf(out, "\nconfusion (rows: label, columns: got)\n%-14s", "");
	for (int j = 0; j <= CATEGORY_COUNT; j++)
		fprintf(out, " %6.6s", ruleset_category_name(j == CATEGORY_COUNT ? CATEGORY_NONE
							     : (enum category)j));
	fprintf(out, "\n");
	for (int k = 0; k < CATEGORY_COUNT; k++) {
		fprintf(out, "%-14s", ruleset_category_name((enum category)k));
		for (int j = 0; j <= CATEGORY_COUNT; j++)
			fprintf(out, " %6zu", m->conf[k][j]);
		fprintf(out, "\n");
	}
	/* from the database (not misclassified): clerks label no priority, and
	 * a few reviewed cases leave most rules unfired: say only what is there */
	bool tsv = misclassified;
	if (!tsv && m->ctp + m->cfp + m->cfn == 0)
		fprintf(out, "\nconfidential: none among these cases, none found by the rules\n");
	else
		fprintf(out, "\nconfidential: precision %.3f, recall %.3f (tp %zu, fp %zu, fn %zu); "
			"review %zu (%zu of them confidential)\n", m->cprec, m->crec, m->ctp, m->cfp,
			m->cfn, m->creview, m->creview_tp);
	fprintf(out, "department: accuracy %.3f (%zu of %zu)\n", rules_ratio(m->dept_ok, m->dept_n),
		m->dept_ok, m->dept_n);
	if (tsv)
		fprintf(out, "priority: accuracy %.3f; high: precision %.3f, recall %.3f\n",
			rules_ratio(m->prio_ok, m->prio_n), rules_ratio(m->htp, m->htp + m->hfp),
			rules_ratio(m->htp, m->htp + m->hfn));
	fprintf(out, "\n%-32s %6s %9s\n", "rule", "fired", "precision");
	size_t unfired = 0;
	for (size_t k = 0; k < set->count; k++) {
		if (c->rs[k].fired)
			fprintf(out, "%-32s %6zu %9.2f\n", set->rules[k].name, c->rs[k].fired,
				rules_ratio(c->rs[k].right, c->rs[k].fired));
		else if (tsv)
			fprintf(out, "%-32s %6zu %9s\n", set->rules[k].name, c->rs[k].fired, "-");
		else
			unfired++;
	}
	if (unfired)
		fprintf(out, "(%zu rules fired on none of these letters)\n", unfired);
	if (!misclassified)
		return;
	fprintf(out, "\nmisclassified:\n");
	for (size_t i = 0; i < c->count; i++) {
		const struct rules_sample *r = &c->v[i];
		if (r->j.got == r->label)
			continue;
		fprintf(out, "  %s: %s, got %s (", r->name, ruleset_category_name(r->label),
			ruleset_category_name(r->j.got));
		for (int k = 0; k < CATEGORY_COUNT; k++)
			fprintf(out, "%s%s %d", k ? ", " : "", ruleset_category_name((enum category)k),
				r->j.scores[k]);
		fprintf(out, ")\n");
	}
}

/* ---- rules suggest ---- */

static void
suggestion_text(const struct rules_suggestion *s)
{
	printf("target %s: %zu letters, the rules miss %zu; %zu other letters\n", s->target,
	       s->missed + s->found, s->missed, s->other);
	if (s->missed == 0) {
		printf("nothing missed: no suggestion\n");
		return;
	}
	printf("%zu candidates in %zu or more missed letters (%zu already matched by a rule of "
	       "the target)%s\n\n", s->candidates, s->min_missed, s->covered,
	       s->truncated ? "; more words than kept" : "");
	printf("%-24s %7s %7s %7s %9s %7s %7s\n", "words", "missed", "target", "other",
	       "precision", "recall", "score");
	for (size_t k = 0; k < s->picked_count; k++) {
		const struct suggest_gram *g = s->picked[k];
		/* pad by characters, not bytes */
		size_t chars = 0;
		for (const char *q = g->text; *q; q++)
			chars += ((unsigned char)*q & 0xC0) != 0x80;
		int w = 24 - (int)chars - (int)(strlen(g->text) - chars) / 2;
		printf("%s%*s %7zu %7zu %7zu %9.3f %7.3f %7.3f\n", g->text, w > 0 ? w : 1, "",
		       g->missed, g->target, g->other, g->precision, g->recall, g->score);
	}
}

static int
suggest_report(const struct ruleset *set, const struct rules_corpus *c,
	       const struct rules_suggest_opts *o)
{
	struct rules_suggestion s;
	rules_suggest(set, c, o, &s);
	int ret = EX_OK;
	if (o->json)
		ret = print_json(rules_suggestion_json(&s));
	else
		suggestion_text(&s);
	rules_suggestion_deinit(&s);
	return ret;
}

/* ---- rules test LABELS.tsv ---- */

static int
rules_test_tsv(const char *labels, const char *rdir, bool json, const struct rules_suggest_opts *sg)
{
	char err[512];
	struct rules_corpus c = {0};
	struct ruleset *set = NULL;
	int ret = EX_OK;
	enum mb_status st = rules_corpus_read_tsv(labels, &c, err, sizeof(err));
	if (st != MB_OK) {
		/* a wrong line is named file:line, as editors read it */
		if (st == MB_BAD_LETTER)
			fprintf(stderr, "%s\n", err);
		else
			fprintf(stderr, "mayorbox rules test: %s\n", err);
		ret = st == MB_NO_INPUT ? EX_NOINPUT : EX_DATAERR;
		goto out;
	}
	if ((ret = cli_rules_load(rdir, &set)) != EX_OK)
		goto out;
	rules_corpus_judge_files(&c, set, sg != NULL);
	print_notes("rules test", &c.notes);
	struct rules_metrics m;
	rules_corpus_measure(&c, &m);
	if (sg)
		ret = suggest_report(set, &c, sg);
	else if (json)
		ret = print_json(rules_report_json(set, &c, &m, "path"));
	else
		report_text(stdout, set, &c, &m, true);
	if (c.unreadable && ret == EX_OK)
		ret = EX_NOINPUT;
out:
	rules_corpus_deinit(&c);
	ruleset_unref(&set);
	return ret;
}

/* ---- the database side: rules test --from-db and rules diff ---- */

/* Loads the configuration file when one is given (--config); cfg stays
 * empty otherwise. Returns EX_OK or EX_CONFIG, having said why. */
static int
load_config(const char *cmd, const char *path, struct config *cfg)
{
	char err[1024];
	if (path && config_load(path, cfg, err, sizeof(err)) != MB_OK) {
		fprintf(stderr, "mayorbox %s: %s\n", cmd, err);
		return EX_CONFIG;
	}
	return EX_OK;
}

/* The key must be readable, then the rules load: EX_OK or the exit code,
 * having said why. */
static int
key_and_rules(const char *cmd, const char *key, const char *rdir, struct ruleset **set_r)
{
	char err[1024];
	enum mb_status st = rules_key_check(key, &cli_labels, err, sizeof(err));
	if (st != MB_OK) {
		fprintf(stderr, "mayorbox %s: %s\n", cmd, err);
		return cli_exit(st);
	}
	return cli_rules_load(rdir, set_r);
}

static void
disagreements_text(const struct ruleset *set, const struct rules_corpus *c)
{
	size_t disagree = 0;
	bool dc, dd, df;
	for (size_t i = 0; i < c->count; i++)
		disagree += rules_sample_disagrees(&c->v[i], &dc, &dd, &df);
	printf("\ndisagreements (clerk -> rules): %zu\n", disagree);
	for (size_t i = 0; i < c->count; i++) {
		const struct rules_sample *s = &c->v[i];
		if (!rules_sample_disagrees(s, &dc, &dd, &df))
			continue;
		printf("  %s: category %s", s->name, ruleset_category_name(s->label));
		if (dc)
			printf(" -> %s", ruleset_category_name(s->j.got));
		else
			printf(" (agree)");
		printf("; department %s", dept_or_none(s->department));
		if (dd)
			printf(" -> %s", dept_or_none(s->j.dept));
		else
			printf(" (agree)");
		if (df)
			printf("; confidential %s -> %s", s->confidential == 1 ? "yes" : "no",
			       s->j.conf ? "yes" : "no");
		printf("; rules:");
		for (size_t h = 0; h < s->j.fired_count; h++)
			printf(" %s", set->rules[s->j.fired[h]].name);
		if (s->j.fired_count == 0)
			printf(" none");
		printf("\n");
	}
}

static void
db_test_text(const struct ruleset *set, const struct rules_db_test *t, const char *rdir,
	     const char *since)
{
	struct rules_metrics m;
	rules_corpus_measure(&t->c, &m);
	printf("reviewed cases %zu%s%s: %zu measured, %zu confidential skipped%s, %zu unreadable",
	       t->reviewed, since ? " since " : "", since ? since : "", t->c.count,
	       t->skipped_conf, t->skipped_conf ? " (no --key)" : "", t->c.unreadable);
	if (t->revealed)
		printf(", %zu identities revealed (recorded as case events)", t->revealed);
	printf("\nrules: %s\n\n", rdir);
	report_text(stdout, set, &t->c, &m, false);
	disagreements_text(set, &t->c);
}

static int
rules_test_db(const char *rdir, const struct config *cfg, const struct rules_db_opts *o,
	      bool json, const struct rules_suggest_opts *sg)
{
	const char *cmd = "rules test";
	char err[1024];
	struct ruleset *set = NULL;
	struct rules_db_test t;
	int ret = key_and_rules(cmd, o->key, rdir, &set);
	if (ret != EX_OK)
		return ret;
	enum mb_status st = rules_db_test(set, cfg, o, &t, err, sizeof(err));
	print_notes(cmd, &t.c.notes);
	if (st != MB_OK) {
		fprintf(stderr, "mayorbox %s: %s\n", cmd, err);
		ret = cli_exit(st);
		goto out;
	}
	if (sg) {
		fprintf(stderr, "mayorbox rules suggest: %zu reviewed cases measured, %zu "
			"confidential skipped%s\n", t.c.count, t.skipped_conf,
			t.skipped_conf ? " (no --key)" : "");
		ret = suggest_report(set, &t.c, sg);
	} else if (json) {
		ret = print_json(rules_db_test_json(set, &t, rdir, o->since));
	} else {
		db_test_text(set, &t, rdir, o->since);
	}
	if (fflush(stdout) != 0)
		ret = EX_IOERR;
out:
	rules_db_test_deinit(&t);
	ruleset_unref(&set);
	return ret;
}
/* rules test and rules suggest: on the labelled files of labels, or (NULL)
 * on the reviewed cases of the database. */
static int
measure(const char *cmd, const char *labels, const char *rules_opt, const char *config_path,
	const struct rules_db_opts *o, bool json, const struct rules_suggest_opts *sg)
{
	if (labels && (o->db_opt || o->since || o->key)) {
		fprintf(stderr, "mayorbox %s: --db, --since and --key go with --from-db\n", cmd);
		return EX_USAGE;
	}
	struct config cfg = {0};
	int ret = load_config(cmd, config_path, &cfg);
	if (ret != EX_OK)
		return ret;
	char rdir[RULES_DIR_MAX];
	rulesdir_find(rules_opt ? rules_opt : config_get(&cfg, "rules", "dir"), rdir, sizeof(rdir));
	if (labels)
		ret = rules_test_tsv(labels, rdir, json, sg);
	else
		ret = rules_test_db(rdir, &cfg, o, json, sg);
	config_deinit(&cfg);
	return ret;
}

static int
rules_test(int argc, char **argv)
{
	static const struct option opts[] = {
		{"rules", required_argument, NULL, 'r'},
		{"json", no_argument, NULL, 'j'},
		{"from-db", no_argument, NULL, 'F'},
		{"db", required_argument, NULL, 'd'},
		{"config", required_argument, NULL, 'c'},
		{"since", required_argument, NULL, 's'},
		{"key", required_argument, NULL, 'k'},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	struct rules_db_opts o = {.labels = &cli_labels};
	bool json = false;
	bool from_db = false;
	const char *rules_opt = NULL, *config_path = NULL;
	int c;
	optind = 1;
	while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (c) {
		case 'r': rules_opt = optarg; break;
		case 'j': json = true; break;
		case 'F': from_db = true; break;
		case 'd': o.db_opt = optarg; break;
		case 'c': config_path = optarg; break;
		case 's': o.since = optarg; break;
		case 'k': o.key = optarg; break;
		case 'h':
			rules_usage(stdout);
			return EX_OK;
		default:
			return usage_bad_option("rules test", argc, argv);
		}
	}
	if (from_db ? argc != optind : argc - optind != 1) {
		rules_usage(stderr);
		return EX_USAGE;
	}
	return measure("rules test", from_db ? NULL : argv[optind], rules_opt, config_path, &o,
		       json, NULL);
}

static int
rules_suggest_cmd(int argc, char **argv)
{
	static const struct option opts[] = {
		{"rules", required_argument, NULL, 'r'},
		{"category", required_argument, NULL, 'C'},
		{"confidential", no_argument, NULL, 'S'},
		{"limit", required_argument, NULL, 'l'},
		{"min", required_argument, NULL, 'm'},
		{"json", no_argument, NULL, 'j'},
		{"from-db", no_argument, NULL, 'F'},
		{"db", required_argument, NULL, 'd'},
		{"config", required_argument, NULL, 'c'},
		{"since", required_argument, NULL, 's'},
		{"key", required_argument, NULL, 'k'},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	struct rules_db_opts o = {.labels = &cli_labels};
	bool json = false;
	struct rules_suggest_opts so = {CATEGORY_NONE, false, SUGGEST_LIMIT_DEFAULT, SUGGEST_MIN_MISSED,
				  false};
	bool from_db = false, have_cat = false;
	const char *rules_opt = NULL, *config_path = NULL;
	int c;
	long x;
	char *end;
	optind = 1;
	while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (c) {
		case 'r': rules_opt = optarg; break;
		case 'C':
			so.cat = ruleset_category_parse(optarg);
			have_cat = true;
			if (so.cat == CATEGORY_NONE) {
				fprintf(stderr, "mayorbox rules suggest: --category '%s': one of "
					"complaint, demand, consultation, suggestion, information\n", optarg);
				return EX_USAGE;
			}
			break;
		case 'S': so.conf = true; break;
		case 'l':
		case 'm':
			x = strtol(optarg, &end, 10);
			if (*optarg == '\0' || *end != '\0' || x < 1 || x > 100000) {
				fprintf(stderr, "mayorbox rules suggest: --%s needs a number from 1 to "
					"100000\n", c == 'l' ? "limit" : "min");
				return EX_USAGE;
			}
			if (c == 'l')
				so.limit = (size_t)x;
			else
				so.min_missed = (size_t)x;
			break;
		case 'j': json = so.json = true; break;
		case 'F': from_db = true; break;
		case 'd': o.db_opt = optarg; break;
		case 'c': config_path = optarg; break;
		case 's': o.since = optarg; break;
		case 'k': o.key = optarg; break;
		case 'h':
			rules_usage(stdout);
			return EX_OK;
		default:
			return usage_bad_option("rules suggest", argc, argv);
		}
	}
	if ((from_db ? argc != optind : argc - optind != 1) || have_cat == so.conf) {
		if (have_cat == so.conf)
			fprintf(stderr, "mayorbox rules suggest: give --category C or --confidential\n");
		rules_usage(stderr);
		return EX_USAGE;
	}
	o.keep_text = true;
	return measure("rules suggest", from_db ? NULL : argv[optind], rules_opt, config_path, &o,
		       json, &so);
}

/* ---- rules diff ---- */

static void
diff_print_change(FILE *out, json_t *e)
{
	fprintf(out, "%s letter %" JSON_INTEGER_FORMAT ":",
		json_string_value(json_object_get(e, "case")),
		json_integer_value(json_object_get(e, "letter")));
	const char *sep = " ";
	json_t *p;
	if ((p = json_object_get(e, "category"))) {
		fprintf(out, "%scategory %s -> %s", sep, json_string_value(json_object_get(p, "old")),
			json_string_value(json_object_get(p, "new")));
		sep = "; ";
	}
	if ((p = json_object_get(e, "department"))) {
		fprintf(out, "%sdepartment %s -> %s", sep,
			dept_or_none(json_string_value(json_object_get(p, "old"))),
			dept_or_none(json_string_value(json_object_get(p, "new"))));
		sep = "; ";
	}
	if ((p = json_object_get(e, "confidential"))) {
		fprintf(out, "%sconfidential %s -> %s", sep,
			json_is_true(json_object_get(p, "old")) ? "yes" : "no",
			json_is_true(json_object_get(p, "new")) ? "yes" : "no");
	}
	fprintf(out, "; rules");
	json_t *rules = json_object_get(e, "rules"), *v;
	size_t k, shown = 0;
	json_array_foreach(json_object_get(rules, "added"), k, v) {
		fprintf(out, " +%s", json_string_value(v));
		shown++;
	}
	json_array_foreach(json_object_get(rules, "removed"), k, v) {
		fprintf(out, " -%s", json_string_value(v));
		shown++;
	}
	fprintf(out, "%s\n", shown ? "" : " the same (the decision moved)");
}

static void
diff_text(const struct rules_diff *d, const char *old_dir, const char *new_dir)
{
	size_t k, changed = json_array_size(d->changes);
	json_t *e;
	json_array_foreach(d->changes, k, e)
		diff_print_change(stdout, e);
	printf("%s%zu letters compared (%s -> %s): %zu would change (category %zu, department "
	       "%zu, confidential %zu); skipped %zu (%zu confidential%s, %zu unreadable)",
	       changed ? "\n" : "", d->compared, old_dir, new_dir, changed, d->n_cat, d->n_dept,
	       d->n_conf, d->skipped_conf + d->unreadable, d->skipped_conf,
	       d->skipped_conf ? " without --key" : "", d->unreadable);
	if (d->revealed)
		printf("; %zu identities revealed (recorded as case events)", d->revealed);
	printf("\n");
}

/* The new rules pass `rules check`, or nothing is read: EX_OK with *set_r,
 * or the exit code, having said why. */
static int
diff_new_rules(const char *cmd, const char *dir, struct ruleset **set_r)
{
	struct ruleset_problems probs = {0};
	enum mb_status st = rules_check_dir(dir, set_r, &probs, NULL, NULL);
	if (st != MB_OK) {
		rulesdir_problems_print(stderr, &probs, dir);
		fprintf(stderr, "mayorbox %s: %s: %s\n", cmd, dir, st == MB_NO_INPUT
			? "cannot be read" : "fails 'rules check'; nothing compared");
	}
	ruleset_problems_deinit(&probs);
	return st == MB_CONFIG ? EX_DATAERR : cli_exit(st);
}

static int
rules_diff_cmd(int argc, char **argv)
{
	static const struct option opts[] = {
		{"rules", required_argument, NULL, 'r'},
		{"old-rules", required_argument, NULL, 'o'},
		{"db", required_argument, NULL, 'd'},
		{"config", required_argument, NULL, 'c'},
		{"since", required_argument, NULL, 's'},
		{"key", required_argument, NULL, 'k'},
		{"json", no_argument, NULL, 'j'},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	const char *cmd = "rules diff";
	struct rules_db_opts o = {.labels = &cli_labels};
	const char *new_opt = NULL, *old_opt = NULL, *config_path = NULL;
	bool json = false;
	int c;
	optind = 1;
	while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (c) {
		case 'r': new_opt = optarg; break;
		case 'o': old_opt = optarg; break;
		case 'd': o.db_opt = optarg; break;
		case 'c': config_path = optarg; break;
		case 's': o.since = optarg; break;
		case 'k': o.key = optarg; break;
		case 'j': json = true; break;
		case 'h':
			rules_usage(stdout);
			return EX_OK;
		default:
			return usage_bad_option(cmd, argc, argv);
		}
	}
	if (new_opt == NULL || optind != argc) {
		if (new_opt == NULL)
			fprintf(stderr, "mayorbox %s: --rules NEWDIR is required\n", cmd);
		rules_usage(stderr);
		return EX_USAGE;
	}
	struct config cfg = {0};
	struct ruleset *new_set = NULL, *old_set = NULL;
	struct rules_diff d = {0};
	char err[1024], old_dir[RULES_DIR_MAX];
	int ret = load_config(cmd, config_path, &cfg);
	if (ret != EX_OK)
		goto out;
	if ((ret = diff_new_rules(cmd, new_opt, &new_set)) != EX_OK)
		goto out;
	rulesdir_find(old_opt ? old_opt : config_get(&cfg, "rules", "dir"), old_dir,
		      sizeof(old_dir));
	if ((ret = key_and_rules(cmd, o.key, old_dir, &old_set)) != EX_OK)
		goto out;
	enum mb_status st = rules_diff(old_set, new_set, &cfg, &o, &d, err, sizeof(err));
	print_notes(cmd, &d.notes);
	if (st != MB_OK) {
		fprintf(stderr, "mayorbox %s: %s\n", cmd, err);
		ret = cli_exit(st);
		goto out;
	}
	if (json)
		ret = print_json(rules_diff_json(&d, old_dir, new_opt, o.since));
	else
		diff_text(&d, old_dir, new_opt);
	if (fflush(stdout) != 0)
		ret = EX_IOERR;
out:
	rules_diff_deinit(&d);
	ruleset_unref(&new_set);
	ruleset_unref(&old_set);
	config_deinit(&cfg);
	return ret;
}

static int
rules_patterns(int argc, char **argv)
{
	bool units = false;
	const char *dirarg = NULL;
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--units") == 0) {
			units = true;
		} else if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
			rules_usage(stdout);
			return EX_OK;
		} else if (argv[i][0] == '-' || dirarg) {
			rules_usage(stderr);
			return EX_USAGE;
		} else {
			dirarg = argv[i];
		}
	}
	char dir[RULES_DIR_MAX];
	rulesdir_find(dirarg, dir, sizeof(dir));
	struct ruleset_problems probs = {0};
	struct ruleset *set = NULL;
	enum mb_status st = ruleset_load_dir_with(dir, 0, &set, &probs);
	if (st != MB_OK) {
		rulesdir_problems_print(stderr, &probs, dir);
		ruleset_problems_deinit(&probs);
		return probs.count == 0 && st == MB_FATAL ? EX_NOINPUT : EX_DATAERR;
	}
	size_t unit = 0;
	for (size_t i = 0; i < set->count; i++) {
		const struct rule *r = &set->rules[i];
		for (int w = 0; w < 2; w++) {
			const struct rule_pattern *v = w ? r->unless : r->match;
			size_t vc = w ? r->unless_count : r->match_count;
			for (size_t j = 0; j < vc; j++) {
				const struct rule_pattern *pat = &v[j];
				const char *kind = w ? "unless" : "match";
				if (!units) {
					printf("%s\t%s\t%s:%u\t%s\t%.*s\n", kind, r->name, r->file,
					       pat->line, pat->extended ? "x" : "-",
					       (int)pat->expanded_len, pat->expanded);
					continue;
				}
				if (pat->alts_count == 0) {
					printf("%zu\t%s\t%s\t%s:%u\t%s\t%.*s\n", unit++, kind, r->name,
					       r->file, pat->line, pat->extended ? "x" : "-",
					       (int)pat->expanded_len, pat->expanded);
					continue;
				}
				for (size_t a = 0; a < pat->alts_count; a++)
					printf("%zu\t%s\t%s\t%s:%u\t-\t%.*s\n", unit++, kind, r->name,
					       r->file, pat->line,
					       (int)(pat->alts[a].end - pat->alts[a].start),
					       pat->expanded + pat->alts[a].start);
			}
		}
	}
	ruleset_unref(&set);
	ruleset_problems_deinit(&probs);
	return fflush(stdout) == 0 ? EX_OK : EX_IOERR;
}

/* ---- rules train ---- */

static bool
train_number(const char *opt, const char *v, double lo, double hi, double *r)
{
	char *end;
	double x = strtod(v, &end);
	if (*v == '\0' || *end != '\0' || !(x >= lo && x <= hi)) {
		fprintf(stderr, "mayorbox rules train: --%s needs a number from %g to %g\n", opt,
			lo, hi);
		return false;
	}
	*r = x;
	return true;
}

static int
rules_train_cmd(int argc, char **argv)
{
	static const struct option opts[] = {
		{"rules", required_argument, NULL, 'r'},
		{"out", required_argument, NULL, 'o'},
		{"min-groups", required_argument, NULL, 'g'},
		{"epochs", required_argument, NULL, 'e'},
		{"confidential-threshold", required_argument, NULL, 't'},
		{"review-veto", required_argument, NULL, 'v'},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	struct model_train_opts to;
	model_train_defaults(&to);
	const char *rules_opt = NULL, *out = NULL;
	double x;
	int c;
	optind = 1;
	while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (c) {
		case 'r': rules_opt = optarg; break;
		case 'o': out = optarg; break;
		case 'g':
			if (!train_number("min-groups", optarg, 1, 1000, &x))
				return EX_USAGE;
			to.min_groups = (unsigned)x;
			break;
		case 'e':
			if (!train_number("epochs", optarg, 1, 1000, &x))
				return EX_USAGE;
			to.epochs = (unsigned)x;
			break;
		case 't':
			if (!train_number("confidential-threshold", optarg, 0, 1, &x))
				return EX_USAGE;
			to.confidential_threshold = x;
			break;
		case 'v':
			if (!train_number("review-veto", optarg, 0, 1, &x))
				return EX_USAGE;
			to.review_veto = x;
			break;
		case 'h':
			rules_usage(stdout);
			return EX_OK;
		default:
			return usage_bad_option("rules train", argc, argv);
		}
	}
	if (out == NULL || optind >= argc) {
		fprintf(stderr, "mayorbox rules train: give --out FILE and one or more LABELS.tsv\n");
		rules_usage(stderr);
		return EX_USAGE;
	}
	char dir[RULES_DIR_MAX];
	rulesdir_find(rules_opt, dir, sizeof(dir));
	struct ruleset_problems probs = {0};
	struct ruleset *set = NULL;
	enum mb_status st = rulesdir_load(dir, &set, &probs);
	if (st != MB_OK) {
		rulesdir_problems_print(stderr, &probs, dir);
		ruleset_problems_deinit(&probs);
		return st == MB_NO_INPUT ? EX_NOINPUT : EX_CONFIG;
	}
	ruleset_problems_deinit(&probs);
	struct rules_train_result r;
	char err[1024];
	st = rules_train((const char *const *)argv + optind, (size_t)(argc - optind), set, &to,
			 out, &r, err, sizeof(err));
	print_notes("rules train", &r.notes);
	int rc = EX_OK;
	if (st != MB_OK) {
		fprintf(stderr, "mayorbox rules train: %s\n", err);
		rc = st == MB_IO ? EX_CANTCREAT : cli_exit(st);
	} else {
		printf("trained on %zu letters of %zu writers (complaint %zu, demand %zu, "
		       "consultation %zu, suggestion %zu, information %zu; confidential %zu): "
		       "%zu features written to %s\n",
		       r.letters, r.groups, r.per_category[CATEGORY_COMPLAINT],
		       r.per_category[CATEGORY_DEMAND], r.per_category[CATEGORY_CONSULTATION],
		       r.per_category[CATEGORY_SUGGESTION], r.per_category[CATEGORY_INFORMATION],
		       r.confidential, r.features, out);
	}
	rules_train_result_deinit(&r);
	ruleset_unref(&set);
	return rc;
}

int
cmd_rules(int argc, char **argv)
{
	if (argc < 2 || strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
		rules_usage(argc < 2 ? stderr : stdout);
		return argc < 2 ? EX_USAGE : EX_OK;
	}
	if (strcmp(argv[1], "check") == 0)
		return rules_check(argc - 1, argv + 1);
	if (strcmp(argv[1], "test") == 0)
		return rules_test(argc - 1, argv + 1);
	if (strcmp(argv[1], "diff") == 0)
		return rules_diff_cmd(argc - 1, argv + 1);
	if (strcmp(argv[1], "suggest") == 0)
		return rules_suggest_cmd(argc - 1, argv + 1);
	if (strcmp(argv[1], "patterns") == 0)
		return rules_patterns(argc - 1, argv + 1);
	if (strcmp(argv[1], "train") == 0)
		return rules_train_cmd(argc - 1, argv + 1);
	fprintf(stderr, "mayorbox rules: '%s' is not a rules command (check, test, diff, "
		"suggest, patterns, train)\n",
		argv[1]);
	return EX_USAGE;
}
