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
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include <jansson.h>

#include "check.h"
#include "classify.h"
#include "commands.h"
#include "limits.h"
#include "readfile.h"
#include "reader.h"
#include "rulesdir.h"
#include "ruleset.h"
#include "xalloc.h"

/* The labels file itself, and its rows. */
#define RULES_TEST_LABELS_MAX	(16u * 1024 * 1024)
#define RULES_TEST_ROWS_MAX	100000u

static void
rules_usage(FILE *out)
{
	fprintf(out,
		"usage: mayorbox rules check [DIR]\n"
		"       mayorbox rules test [--rules DIR] [--json] LABELS.tsv\n"
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
		"       rule set has problems.\n");
}

static void
print_problems(const struct ruleset_problems *probs, const char *dir)
{
	for (size_t i = 0; i < probs->count; i++) {
		if (probs->v[i].line)
			printf("%s:%u: %s\n", probs->v[i].file, probs->v[i].line, probs->v[i].message);
		else
			printf("%s: %s\n", probs->v[i].file, probs->v[i].message);
	}
	if (probs->dropped)
		printf("%s: %zu more problems not shown\n", dir, probs->dropped);
}

static int
rules_check(int argc, char **argv)
{
	if (argc > 2 || (argc == 2 && (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0))) {
		rules_usage(argc > 2 ? stderr : stdout);
		return argc > 2 ? EX_USAGE : EX_OK;
	}
	char dir[4096];
	rulesdir_find(argc == 2 ? argv[1] : NULL, dir, sizeof(dir));
	struct ruleset_problems probs = {0};
	struct ruleset *set = NULL;
	enum mb_status st = ruleset_load_dir(dir, &set, &probs);
	size_t rules = 0, patterns = 0, examples = 0;
	if (st == MB_OK) {
		(void)check_examples(set, &probs);
		rules = set->count;
		for (size_t i = 0; i < set->count; i++) {
			patterns += set->rules[i].match_count + set->rules[i].unless_count;
			examples += set->rules[i].examples_count + set->rules[i].counters_count;
		}
	}
	print_problems(&probs, dir);
	int ret;
	if (st == MB_FATAL && probs.count && probs.v[0].line == 0 && set == NULL
	    && strncmp(probs.v[0].message, "cannot read", 11) == 0)
		ret = EX_NOINPUT;
	else if (probs.count || probs.dropped || st != MB_OK)
		ret = EX_DATAERR;
	else
		ret = EX_OK;
	if (ret == EX_OK)
		printf("%s: %zu rules, %zu patterns, %zu examples and counters: ok\n", dir, rules,
		       patterns, examples);
	else if (fflush(stdout) == 0)
		fprintf(stderr, "mayorbox rules check: %s: %zu problem(s)\n", dir,
			probs.count + probs.dropped);
	ruleset_problems_deinit(&probs);
	ruleset_unref(&set);
	return ret;
}

/* ---- rules test ---- */

struct row {
	char *path;
	enum category label;
	int confidential;	/* -1 unlabelled */
	char *department;	/* NULL: column absent; "" none */
	int high;		/* -1 unlabelled */
	/* results */
	bool read;
	enum category got;
	bool got_conf, got_high, review;
	const char *got_dept;
	int scores[CATEGORY_COUNT];
};

struct rulestat {
	size_t fired, right;
};

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

static double
ratio(size_t a, size_t b)
{
	return b ? (double)a / (double)b : 0.0;
}

static int
rules_test(int argc, char **argv)
{
	static const struct option opts[] = {
		{"rules", required_argument, NULL, 'r'},
		{"json", no_argument, NULL, 'j'},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	bool json = false;
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
		case 'h':
			rules_usage(stdout);
			return EX_OK;
		default:
			rules_usage(stderr);
			return EX_USAGE;
		}
	}
	if (argc - optind != 1) {
		rules_usage(stderr);
		return EX_USAGE;
	}
	const char *labels = argv[optind];
	char err[512];
	char *data = NULL;
	size_t len;
	struct row *rows = NULL;
	size_t nrows = 0;
	struct ruleset *set = NULL;
	struct rulestat *rs = NULL;
	int ret = EX_OK;
	switch (readfile(labels, RULES_TEST_LABELS_MAX, &data, &len, err, sizeof(err))) {
	case READFILE_OK:
		break;
	case READFILE_CANNOT_OPEN:
		fprintf(stderr, "mayorbox rules test: %s\n", err);
		return EX_NOINPUT;
	default:
		fprintf(stderr, "mayorbox rules test: %s\n", err);
		return EX_DATAERR;
	}
	/* the header: which column is which */
	int col_path = -1, col_cat = -1, col_conf = -1, col_dept = -1, col_prio = -1;
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
			for (size_t i = 0; i < nf; i++) {
				if (strcmp(f[i], "path") == 0) col_path = (int)i;
				else if (strcmp(f[i], "category") == 0) col_cat = (int)i;
				else if (strcmp(f[i], "confidential") == 0) col_conf = (int)i;
				else if (strcmp(f[i], "department") == 0) col_dept = (int)i;
				else if (strcmp(f[i], "priority") == 0) col_prio = (int)i;
			}
			if (col_path < 0 || col_cat < 0) {
				fprintf(stderr, "%s:1: the header needs the columns path and category\n",
					labels);
				ret = EX_DATAERR;
				goto out;
			}
			continue;
		}
		if (nrows >= RULES_TEST_ROWS_MAX) {
			fprintf(stderr, "%s:%u: more than %u rows\n", labels, lineno, RULES_TEST_ROWS_MAX);
			ret = EX_DATAERR;
			goto out;
		}
		if ((int)nf <= col_path || (int)nf <= col_cat) {
			fprintf(stderr, "%s:%u: too few columns\n", labels, lineno);
			ret = EX_DATAERR;
			goto out;
		}
		struct row r;
		memset(&r, 0, sizeof(r));
		r.label = ruleset_category_parse(f[col_cat]);
		if (r.label == CATEGORY_NONE) {
			fprintf(stderr, "%s:%u: unknown category '%s'\n", labels, lineno, f[col_cat]);
			ret = EX_DATAERR;
			goto out;
		}
		/* the path is relative to the TSV's folder */
		const char *slash = strrchr(labels, '/');
		size_t dl = slash ? (size_t)(slash - labels) + 1 : 0;
		size_t pl = dl + strlen(f[col_path]) + 1;
		r.path = xmalloc(pl);
		snprintf(r.path, pl, "%.*s%s", (int)dl, labels, f[col_path]);
		r.confidential = (col_conf >= 0 && (int)nf > col_conf && *f[col_conf])
			? strcmp(f[col_conf], "yes") == 0 : -1;
		r.high = (col_prio >= 0 && (int)nf > col_prio && *f[col_prio])
			? strcmp(f[col_prio], "high") == 0 : -1;
		if (col_dept >= 0)
			r.department = (int)nf > col_dept ? field_dup(f[col_dept], strlen(f[col_dept]))
							  : xstrdup("");
		rows = xreallocarray(rows, nrows + 1, sizeof(*rows));
		rows[nrows++] = r;
	}
	if ((ret = rulesdir_load(rulesdir_find(rules_opt, err, sizeof(err)), &set)) != EX_OK)
		goto out;
	rs = xcalloc(set->count, sizeof(*rs));

	size_t total = 0, right = 0, unreadable = 0;
	size_t conf[CATEGORY_COUNT + 1][CATEGORY_COUNT + 1];	/* [label][got], last: unclassified */
	memset(conf, 0, sizeof(conf));
	size_t ctp = 0, cfp = 0, cfn = 0, ctn = 0, dept_n = 0, dept_ok = 0, prio_n = 0, prio_ok = 0;
	size_t htp = 0, hfp = 0, hfn = 0, review = 0;
	for (size_t i = 0; i < nrows; i++) {
		struct row *r = &rows[i];
		char *bytes;
		size_t n;
		if (readfile(r->path, MB_INPUT_MAX, &bytes, &n, err, sizeof(err)) != READFILE_OK) {
			fprintf(stderr, "mayorbox rules test: %s\n", err);
			unreadable++;
			r->got = CATEGORY_NONE;
			continue;
		}
		struct letter *l = NULL;
		enum mb_status pst = reader_parse(bytes, n, &l, err, sizeof(err));
		free(bytes);
		if (pst != MB_OK)
			fprintf(stderr, "mayorbox rules test: %s: %s (classified as it is)\n",
				r->path, err);
		struct classification cl;
		(void)classify_letter(set, l, &cl);
		r->read = true;
		r->got = cl.category;
		r->got_conf = cl.confidential;
		r->got_high = cl.high_priority;
		r->got_dept = cl.department;
		r->review = cl.needs_review;
		memcpy(r->scores, cl.scores, sizeof(r->scores));
		for (size_t h = 0; h < cl.hits_count; h++) {
			const struct rule *ru = cl.hits[h].rule;
			size_t k = (size_t)(ru - set->rules);
			rs[k].fired++;
			bool ok;
			if (ru->category != CATEGORY_NONE)
				ok = ru->category == r->label;
			else if (ru->department && r->department)
				ok = strcmp(ru->department, r->department) == 0;
			else if (ru->confidential)
				ok = r->confidential == 1;
			else
				ok = r->high == 1;
			rs[k].right += ok;
		}
		classify_deinit(&cl);
		letter_free(&l);
	}
	for (size_t i = 0; i < nrows; i++) {
		struct row *r = &rows[i];
		total++;
		int g = r->got == CATEGORY_NONE ? CATEGORY_COUNT : (int)r->got;
		conf[r->label][g]++;
		right += r->got == r->label;
		review += r->review;
		if (r->confidential >= 0) {
			if (r->confidential && r->got_conf) ctp++;
			else if (!r->confidential && r->got_conf) cfp++;
			else if (r->confidential) cfn++;
			else ctn++;
		}
		if (r->department) {
			dept_n++;
			const char *g2 = r->got_dept ? r->got_dept : "";
			dept_ok += strcmp(g2, r->department) == 0;
		}
		if (r->high >= 0) {
			prio_n++;
			prio_ok += r->high == r->got_high;
			if (r->high && r->got_high) htp++;
			else if (!r->high && r->got_high) hfp++;
			else if (r->high) hfn++;
		}
	}
	double prec[CATEGORY_COUNT], rec[CATEGORY_COUNT], f1[CATEGORY_COUNT], macro = 0;
	size_t support[CATEGORY_COUNT];
	for (int k = 0; k < CATEGORY_COUNT; k++) {
		size_t tp = conf[k][k], predicted = 0, actual = 0;
		for (int j = 0; j <= CATEGORY_COUNT; j++)
			actual += conf[k][j];
		for (int j = 0; j < CATEGORY_COUNT; j++)
			predicted += conf[j][k];
		support[k] = actual;
		prec[k] = ratio(tp, predicted);
		rec[k] = ratio(tp, actual);
		f1[k] = prec[k] + rec[k] > 0 ? 2 * prec[k] * rec[k] / (prec[k] + rec[k]) : 0;
		macro += f1[k] / CATEGORY_COUNT;
	}
	double acc = ratio(right, total);
	double cprec = ratio(ctp, ctp + cfp), crec = ratio(ctp, ctp + cfn);
	if (json) {
		json_t *o = json_object();
		json_object_set_new(o, "letters", json_integer((json_int_t)total));
		json_object_set_new(o, "unreadable", json_integer((json_int_t)unreadable));
		json_object_set_new(o, "accuracy", json_real(acc));
		json_object_set_new(o, "correct", json_integer((json_int_t)right));
		json_object_set_new(o, "needs_review", json_integer((json_int_t)review));
		json_object_set_new(o, "macro_f1", json_real(macro));
		json_t *cats = json_object(), *cm = json_object();
		for (int k = 0; k < CATEGORY_COUNT; k++) {
			json_t *e = json_object();
			json_object_set_new(e, "precision", json_real(prec[k]));
			json_object_set_new(e, "recall", json_real(rec[k]));
			json_object_set_new(e, "f1", json_real(f1[k]));
			json_object_set_new(e, "support", json_integer((json_int_t)support[k]));
			json_object_set_new(cats, ruleset_category_name((enum category)k), e);
			json_t *row = json_object();
			for (int j = 0; j <= CATEGORY_COUNT; j++)
				json_object_set_new(row, ruleset_category_name(j == CATEGORY_COUNT
						    ? CATEGORY_NONE : (enum category)j),
						    json_integer((json_int_t)conf[k][j]));
			json_object_set_new(cm, ruleset_category_name((enum category)k), row);
		}
		json_object_set_new(o, "categories", cats);
		json_object_set_new(o, "confusion", cm);
		json_t *cj = json_object();
		json_object_set_new(cj, "precision", json_real(cprec));
		json_object_set_new(cj, "recall", json_real(crec));
		json_object_set_new(cj, "tp", json_integer((json_int_t)ctp));
		json_object_set_new(cj, "fp", json_integer((json_int_t)cfp));
		json_object_set_new(cj, "fn", json_integer((json_int_t)cfn));
		json_object_set_new(cj, "tn", json_integer((json_int_t)ctn));
		json_object_set_new(o, "confidential", cj);
		json_t *dj = json_object();
		json_object_set_new(dj, "accuracy", json_real(ratio(dept_ok, dept_n)));
		json_object_set_new(dj, "correct", json_integer((json_int_t)dept_ok));
		json_object_set_new(dj, "labelled", json_integer((json_int_t)dept_n));
		json_object_set_new(o, "department", dj);
		json_t *pj = json_object();
		json_object_set_new(pj, "accuracy", json_real(ratio(prio_ok, prio_n)));
		json_object_set_new(pj, "high_precision", json_real(ratio(htp, htp + hfp)));
		json_object_set_new(pj, "high_recall", json_real(ratio(htp, htp + hfn)));
		json_object_set_new(o, "priority", pj);
		json_t *rj = json_array();
		for (size_t k = 0; k < set->count; k++) {
			json_t *e = json_object();
			json_object_set_new(e, "rule", json_string(set->rules[k].name));
			json_object_set_new(e, "fired", json_integer((json_int_t)rs[k].fired));
			json_object_set_new(e, "precision", rs[k].fired
					    ? json_real(ratio(rs[k].right, rs[k].fired)) : json_null());
			json_array_append_new(rj, e);
		}
		json_object_set_new(o, "rules", rj);
		json_t *mj = json_array();
		for (size_t i = 0; i < nrows; i++) {
			struct row *r = &rows[i];
			if (r->got == r->label)
				continue;
			json_t *e = json_object();
			json_object_set_new(e, "path", json_string(r->path));
			json_object_set_new(e, "label", json_string(ruleset_category_name(r->label)));
			json_object_set_new(e, "got", json_string(ruleset_category_name(r->got)));
			json_t *sc = json_object();
			for (int k = 0; k < CATEGORY_COUNT; k++)
				json_object_set_new(sc, ruleset_category_name((enum category)k),
						    json_integer(r->scores[k]));
			json_object_set_new(e, "scores", sc);
			json_array_append_new(mj, e);
		}
		json_object_set_new(o, "misclassified", mj);
		if (json_dumpf(o, stdout, JSON_INDENT(2)) != 0)
			ret = EX_IOERR;
		fputc('\n', stdout);
		json_decref(o);
	} else {
		printf("letters %zu (unreadable %zu), accuracy %.3f (%zu right), macro F1 %.3f, "
		       "needs review %zu\n\n", total, unreadable, acc, right, macro, review);
		printf("%-14s %9s %9s %9s %8s\n", "category", "precision", "recall", "F1", "letters");
		for (int k = 0; k < CATEGORY_COUNT; k++)
			printf("%-14s %9.3f %9.3f %9.3f %8zu\n", ruleset_category_name((enum category)k),
			       prec[k], rec[k], f1[k], support[k]);
		printf("\nconfusion (rows: label, columns: got)\n%-14s", "");
		for (int j = 0; j <= CATEGORY_COUNT; j++)
			printf(" %6.6s", ruleset_category_name(j == CATEGORY_COUNT ? CATEGORY_NONE
								 : (enum category)j));
		printf("\n");
		for (int k = 0; k < CATEGORY_COUNT; k++) {
			printf("%-14s", ruleset_category_name((enum category)k));
			for (int j = 0; j <= CATEGORY_COUNT; j++)
				printf(" %6zu", conf[k][j]);
			printf("\n");
		}
		printf("\nconfidential: precision %.3f, recall %.3f (tp %zu, fp %zu, fn %zu)\n",
		       cprec, crec, ctp, cfp, cfn);
		printf("department: accuracy %.3f (%zu of %zu)\n", ratio(dept_ok, dept_n), dept_ok, dept_n);
		printf("priority: accuracy %.3f; high: precision %.3f, recall %.3f\n",
		       ratio(prio_ok, prio_n), ratio(htp, htp + hfp), ratio(htp, htp + hfn));
		printf("\n%-32s %6s %9s\n", "rule", "fired", "precision");
		for (size_t k = 0; k < set->count; k++) {
			if (rs[k].fired)
				printf("%-32s %6zu %9.2f\n", set->rules[k].name, rs[k].fired,
				       ratio(rs[k].right, rs[k].fired));
			else
				printf("%-32s %6zu %9s\n", set->rules[k].name, rs[k].fired, "-");
		}
		printf("\nmisclassified:\n");
		for (size_t i = 0; i < nrows; i++) {
			struct row *r = &rows[i];
			if (r->got == r->label)
				continue;
			printf("  %s: %s, got %s (", r->path, ruleset_category_name(r->label),
			       ruleset_category_name(r->got));
			for (int k = 0; k < CATEGORY_COUNT; k++)
				printf("%s%s %d", k ? ", " : "", ruleset_category_name((enum category)k),
				       r->scores[k]);
			printf(")\n");
		}
	}
	if (unreadable && ret == EX_OK)
		ret = EX_NOINPUT;
out:
	for (size_t i = 0; i < nrows; i++) {
		free(rows[i].path);
		free(rows[i].department);
	}
	free(rows);
	free(rs);
	ruleset_unref(&set);
	free(data);
	return ret;
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
	fprintf(stderr, "mayorbox rules: '%s' is not a rules command (check, test)\n", argv[1]);
	return EX_USAGE;
}
