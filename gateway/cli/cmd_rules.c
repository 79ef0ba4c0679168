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
 * Both inputs of `rules test` (files of a TSV, letters of the database) feed
 * one scorer (corpus_measure, report_json, report_text). The database
 * commands read in one REPEATABLE READ, READ ONLY transaction; the only
 * writes are the 'identity revealed' case events that opening a sealed
 * letter with --key requires (recorded first, like `unseal`). Nothing of a
 * letter's content is ever printed: case numbers, letter ids, rule names.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sysexits.h>

#include <jansson.h>
#include <sodium.h>

#include "buf.h"
#include "check.h"
#include "classify.h"
#include "commands.h"
#include "config.h"
#include "db.h"
#include "limits.h"
#include "readfile.h"
#include "reader.h"
#include "rulesdir.h"
#include "usage.h"
#include "ruleset.h"
#include "seal.h"
#include "suggest.h"
#include "rules_limits.h"
#include "xalloc.h"

/* The labels file itself, and its rows. */
#define RULES_TEST_LABELS_MAX	(16u * 1024 * 1024)
#define RULES_TEST_ROWS_MAX	100000u
/* Cases (rules test --from-db) and letters (rules diff) read from the
 * database in one run; past it the run says so and measures the first. */
#define RULES_DB_ROWS_MAX	1000000u
/* Path of a rules folder. */
#define RULES_DIR_MAX		4096

/* A reviewed case counts when it has one of these events (schema/002). */
#define RULES_REVIEWED_EVENTS	"('reclassified', 'assigned', 'closed')"

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
		"\n"
		"  --db CONNINFO   PostgreSQL (default: [database] conninfo, else PG* variables)\n"
		"  --config FILE   configuration file: [database] conninfo, [rules] dir\n"
		"  --since DATE    only cases created on or after DATE (YYYY-MM-DD, UTC)\n"
		"  --key FILE      the supervisors' secret key (mayorbox keygen)\n");
}

static void
print_problems(FILE *out, const struct ruleset_problems *probs, const char *dir)
{
	for (size_t i = 0; i < probs->count; i++) {
		if (probs->v[i].line)
			fprintf(out, "%s:%u: %s\n", probs->v[i].file, probs->v[i].line,
				probs->v[i].message);
		else
			fprintf(out, "%s: %s\n", probs->v[i].file, probs->v[i].message);
	}
	if (probs->dropped)
		fprintf(out, "%s: %zu more problems not shown\n", dir, probs->dropped);
}

/* Loads dir and runs its examples and counters, as `rules check` does.
 * Returns EX_OK with *set_r, EX_DATAERR (problems, in probs) or EX_NOINPUT
 * (dir cannot be read); *set_r is NULL unless EX_OK. */
static int
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
	int ret;
	if (st == MB_FATAL && probs->count && probs->v[0].line == 0 && set == NULL
	    && strncmp(probs->v[0].message, "cannot read", 11) == 0)
		ret = EX_NOINPUT;
	else if (probs->count || probs->dropped || st != MB_OK)
		ret = EX_DATAERR;
	else
		ret = EX_OK;
	if (ret != EX_OK)
		ruleset_unref(&set);
	*set_r = set;
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
	int ret = rules_check_dir(dir, &set, &probs, &patterns, &examples);
	print_problems(stdout, &probs, dir);
	if (ret == EX_OK)
		printf("%s: %zu rules, %zu patterns, %zu examples and counters: ok (rule set %s)\n",
		       dir, set->count, patterns, examples, set->digest);
	else if (fflush(stdout) == 0)
		fprintf(stderr, "mayorbox rules check: %s: %zu problem(s)\n", dir,
			probs.count + probs.dropped);
	ruleset_problems_deinit(&probs);
	ruleset_unref(&set);
	return ret;
}

/* ---- one letter judged by a rule set ---- */

struct judgement {
	bool parsed;		/* reader_parse said MB_OK */
	enum category got;	/* CATEGORY_NONE: unclassified */
	bool conf, high, review;
	bool conf_review;	/* conf from a confidential review rule only */
	char *text;		/* keep_text: subject and text normalised (owned) */
	size_t text_len;
	const char *dept;	/* borrowed from the set; NULL when none */
	int scores[CATEGORY_COUNT];
	size_t *fired;		/* indices into set->rules, in rule order */
	size_t fired_count;
};

/* Reads bytes and classifies the letter with set into *j (release with
 * judgement_deinit). as_filed: decide as filing does (gateway/store/filing.c): a
 * letter that is not read is unclassified (no rule runs) and an anonymous
 * form is confidential; otherwise (`rules test` on files) the letter is
 * classified as it was read and only rules set the flag. The reader's
 * reason (never letter text) goes to err. */
static enum mb_status
judge(const struct ruleset *set, const void *bytes, size_t n, bool as_filed, bool keep_text,
      struct judgement *j, char *err, size_t errlen)
{
	memset(j, 0, sizeof(*j));
	j->got = CATEGORY_NONE;
	struct letter *l = NULL;
	enum mb_status pst = reader_parse(bytes, n, &l, err, errlen);
	j->parsed = pst == MB_OK;
	if (pst != MB_OK && as_filed) {
		j->conf = l->anonymous;
		j->review = true;
		letter_free(&l);
		return pst;
	}
	struct classification cl;
	(void)classify_letter(set, l, &cl);
	j->got = cl.category;
	j->conf = cl.confidential || (as_filed && l->anonymous);
	j->conf_review = cl.confidential_review && !(as_filed && l->anonymous);
	if (keep_text) {
		/* what the rules saw: for rules suggest */
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
		j->text = buf_take(&b, &j->text_len);
	}
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

static void
judgement_deinit(struct judgement *j)
{
	free(j->fired);
	j->fired = NULL;
	j->fired_count = 0;
	free(j->text);
	j->text = NULL;
}

static const char *
dept_or_none(const char *d)
{
	return d && *d ? d : "none";
}

static bool
same_dept(const char *a, const char *b)
{
	return ruleset_same_department(a, b);
}

/* ---- the scorer: labelled samples in, measures out ---- */

struct sample {
	char *name;		/* the file's path, or the case number */
	enum category label;
	int confidential;	/* -1 unlabelled */
	char *department;	/* NULL: not labelled; "" none */
	int high;		/* -1 unlabelled */
	bool read;		/* false: unreadable, counted as unclassified */
	struct judgement j;
};

struct rulestat {
	size_t fired, right;
};

struct corpus {
	struct sample *v;
	size_t count;
	size_t unreadable;
	struct rulestat *rs;	/* one per rule of the set */
};

static void
corpus_add(struct corpus *c, const struct sample *s)
{
	c->v = xreallocarray(c->v, c->count + 1, sizeof(*c->v));
	c->v[c->count++] = *s;
}

/* Counts the rules that fired on s towards their precision: a rule was
 * right when the letter had its category (or, for rules without one, its
 * department, confidential or high-priority label). */
static void
corpus_count_rules(struct corpus *c, const struct ruleset *set, const struct sample *s)
{
	for (size_t h = 0; h < s->j.fired_count; h++) {
		size_t k = s->j.fired[h];
		const struct rule *ru = &set->rules[k];
		c->rs[k].fired++;
		bool ok;
		if (ru->category != CATEGORY_NONE)
			ok = ru->category == s->label;
		else if (ru->department && s->department)
			ok = same_dept(ru->department, s->department);
		else if (ru->confidential || ru->confidential_review)
			ok = s->confidential == 1;
		else
			ok = s->high == 1;
		c->rs[k].right += ok;
	}
}

static void
corpus_deinit(struct corpus *c)
{
	for (size_t i = 0; i < c->count; i++) {
		free(c->v[i].name);
		free(c->v[i].department);
		judgement_deinit(&c->v[i].j);
	}
	free(c->v);
	free(c->rs);
	memset(c, 0, sizeof(*c));
}

struct metrics {
	size_t total, right, unreadable, review;
	size_t conf[CATEGORY_COUNT + 1][CATEGORY_COUNT + 1];	/* [label][got], last: unclassified */
	size_t creview, creview_tp;	/* found by review rules only; of them right */
	size_t ctp, cfp, cfn, ctn, dept_n, dept_ok, prio_n, prio_ok, htp, hfp, hfn;
	double prec[CATEGORY_COUNT], rec[CATEGORY_COUNT], f1[CATEGORY_COUNT], macro;
	size_t support[CATEGORY_COUNT];
	double acc, cprec, crec;
};

static double
ratio(size_t a, size_t b)
{
	return b ? (double)a / (double)b : 0.0;
}

static void
corpus_measure(const struct corpus *c, struct metrics *m)
{
	memset(m, 0, sizeof(*m));
	m->unreadable = c->unreadable;
	for (size_t i = 0; i < c->count; i++) {
		const struct sample *r = &c->v[i];
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
			m->dept_ok += same_dept(r->j.dept, r->department);
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
		m->prec[k] = ratio(tp, predicted);
		m->rec[k] = ratio(tp, actual);
		m->f1[k] = m->prec[k] + m->rec[k] > 0
			? 2 * m->prec[k] * m->rec[k] / (m->prec[k] + m->rec[k]) : 0;
		m->macro += m->f1[k] / CATEGORY_COUNT;
	}
	m->acc = ratio(m->right, m->total);
	m->cprec = ratio(m->ctp, m->ctp + m->cfp);
	m->crec = ratio(m->ctp, m->ctp + m->cfn);
}

/* The measures as one JSON object (caller owns it); `key` names the samples
 * in the misclassified list ("path" or "case"). */
static json_t *
report_json(const struct ruleset *set, const struct corpus *c, const struct metrics *m,
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
	json_object_set_new(dj, "accuracy", json_real(ratio(m->dept_ok, m->dept_n)));
	json_object_set_new(dj, "correct", json_integer((json_int_t)m->dept_ok));
	json_object_set_new(dj, "labelled", json_integer((json_int_t)m->dept_n));
	json_object_set_new(o, "department", dj);
	json_t *pj = json_object();
	json_object_set_new(pj, "accuracy", json_real(ratio(m->prio_ok, m->prio_n)));
	json_object_set_new(pj, "high_precision", json_real(ratio(m->htp, m->htp + m->hfp)));
	json_object_set_new(pj, "high_recall", json_real(ratio(m->htp, m->htp + m->hfn)));
	json_object_set_new(o, "priority", pj);
	json_t *rj = json_array();
	for (size_t k = 0; k < set->count; k++) {
		json_t *e = json_object();
		json_object_set_new(e, "rule", json_string(set->rules[k].name));
		json_object_set_new(e, "fired", json_integer((json_int_t)c->rs[k].fired));
		json_object_set_new(e, "precision", c->rs[k].fired
				    ? json_real(ratio(c->rs[k].right, c->rs[k].fired)) : json_null());
		json_array_append_new(rj, e);
	}
	json_object_set_new(o, "rules", rj);
	json_t *mj = json_array();
	for (size_t i = 0; i < c->count; i++) {
		const struct sample *r = &c->v[i];
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

/* The measures as text; the misclassified samples too when `misclassified`. */
static void
report_text(FILE *out, const struct ruleset *set, const struct corpus *c,
	    const struct metrics *m, bool misclassified)
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
	fprintf(out, "department: accuracy %.3f (%zu of %zu)\n", ratio(m->dept_ok, m->dept_n),
		m->dept_ok, m->dept_n);
	if (tsv)
		fprintf(out, "priority: accuracy %.3f; high: precision %.3f, recall %.3f\n",
			ratio(m->prio_ok, m->prio_n), ratio(m->htp, m->htp + m->hfp),
			ratio(m->htp, m->htp + m->hfn));
	fprintf(out, "\n%-32s %6s %9s\n", "rule", "fired", "precision");
	size_t unfired = 0;
	for (size_t k = 0; k < set->count; k++) {
		if (c->rs[k].fired)
			fprintf(out, "%-32s %6zu %9.2f\n", set->rules[k].name, c->rs[k].fired,
				ratio(c->rs[k].right, c->rs[k].fired));
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
		const struct sample *r = &c->v[i];
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

/* ---- rules suggest: words for the letters the rules miss ---- */

/* What to look for: a category, or confidential (cat CATEGORY_NONE). */
struct suggest_opts {
	enum category cat;
	bool conf;
	size_t limit;
	size_t min_missed;
	bool json;
};

#define SUGGEST_LIMIT_DEFAULT	30u
#define SUGGEST_MIN_MISSED	2u

static bool
sample_target(const struct sample *s, const struct suggest_opts *o)
{
	return o->conf ? s->confidential == 1 : s->label == o->cat;
}

static bool
sample_missed(const struct sample *s, const struct suggest_opts *o)
{
	return o->conf ? !s->j.conf : s->j.got != o->cat;
}

/* Whether a rule of the target already fires on the words alone. */
static bool
gram_covered(const struct ruleset *set, const struct suggest_opts *o, const char *g)
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

/* Ranks the grams of the missed letters of c and prints the best. Grams
 * an existing rule of the target already matches are left out, and so is a
 * gram that holds a better one found in exactly the same letters. */
static int
suggest_report(const struct ruleset *set, const struct corpus *c, const struct suggest_opts *o)
{
	struct suggest *sg = suggest_new();
	for (int pass = 0; pass < 2; pass++)
		for (size_t i = 0; i < c->count; i++) {
			const struct sample *s = &c->v[i];
			if (s->j.text == NULL || (o->conf && s->confidential < 0))
				continue;
			bool t = sample_target(s, o), m = t && sample_missed(s, o);
			if ((pass == 0) != m)
				continue;
			suggest_add(sg, s->j.text, s->j.text_len,
				    m ? SUGGEST_MISSED : t ? SUGGEST_FOUND : SUGGEST_OTHER);
		}
	struct suggest_gram *v;
	size_t n = suggest_rank(sg, o->min_missed, &v);
	size_t *pick = xcalloc(o->limit ? o->limit : 1, sizeof(*pick));
	size_t picked = 0, covered = 0;
	for (size_t i = 0; i < n && picked < o->limit; i++) {
		bool redundant = false;
		for (size_t k = 0; k < picked && !redundant; k++) {
			const struct suggest_gram *b = &v[pick[k]];
			redundant = b->missed == v[i].missed && b->target == v[i].target
				    && b->other == v[i].other && strstr(v[i].text, b->text) != NULL;
		}
		if (redundant)
			continue;
		if (gram_covered(set, o, v[i].text)) {
			covered++;
			continue;
		}
		pick[picked++] = i;
	}
	size_t missed = suggest_count(sg, SUGGEST_MISSED), found = suggest_count(sg, SUGGEST_FOUND),
	       other = suggest_count(sg, SUGGEST_OTHER);
	const char *target = o->conf ? "confidential" : ruleset_category_name(o->cat);
	int ret = EX_OK;
	if (o->json) {
		json_t *j = json_object(), *a = json_array();
		json_object_set_new(j, "target", json_string(target));
		json_object_set_new(j, "targets", json_integer((json_int_t)(missed + found)));
		json_object_set_new(j, "missed", json_integer((json_int_t)missed));
		json_object_set_new(j, "others", json_integer((json_int_t)other));
		json_object_set_new(j, "min_missed", json_integer((json_int_t)o->min_missed));
		json_object_set_new(j, "covered_by_rules", json_integer((json_int_t)covered));
		json_object_set_new(j, "truncated", json_boolean(suggest_truncated(sg)));
		for (size_t k = 0; k < picked; k++) {
			const struct suggest_gram *g = &v[pick[k]];
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
		if (json_dumpf(j, stdout, JSON_INDENT(2)) != 0)
			ret = EX_IOERR;
		fputc('\n', stdout);
		json_decref(j);
	} else {
		printf("target %s: %zu letters, the rules miss %zu; %zu other letters\n", target,
		       missed + found, missed, other);
		if (missed == 0)
			printf("nothing missed: no suggestion\n");
		else {
			printf("%zu candidates in %zu or more missed letters (%zu already matched by "
			       "a rule of the target)%s\n\n", n, o->min_missed, covered,
			       suggest_truncated(sg) ? "; more words than kept" : "");
			printf("%-24s %7s %7s %7s %9s %7s %7s\n", "words", "missed", "target", "other",
			       "precision", "recall", "score");
			for (size_t k = 0; k < picked; k++) {
				const struct suggest_gram *g = &v[pick[k]];
				/* pad by characters, not bytes */
				size_t chars = 0;
				for (const char *q = g->text; *q; q++)
					chars += ((unsigned char)*q & 0xC0) != 0x80;
				int w = 24 - (int)chars - (int)(strlen(g->text) - chars) / 2;
				printf("%s%*s %7zu %7zu %7zu %9.3f %7.3f %7.3f\n", g->text, w > 0 ? w : 1,
				       "", g->missed, g->target, g->other, g->precision, g->recall,
				       g->score);
			}
		}
	}
	free(pick);
	free(v);
	suggest_free(&sg);
	return ret;
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

static int
rules_test_tsv(const char *labels, const char *rdir, bool json, const struct suggest_opts *sg)
{
	char err[512];
	char *data = NULL;
	size_t len;
	struct corpus c = {0};
	struct ruleset *set = NULL;
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
		if (c.count >= RULES_TEST_ROWS_MAX) {
			fprintf(stderr, "%s:%u: more than %u rows\n", labels, lineno, RULES_TEST_ROWS_MAX);
			ret = EX_DATAERR;
			goto out;
		}
		if ((int)nf <= col_path || (int)nf <= col_cat) {
			fprintf(stderr, "%s:%u: too few columns\n", labels, lineno);
			ret = EX_DATAERR;
			goto out;
		}
		struct sample r;
		memset(&r, 0, sizeof(r));
		r.j.got = CATEGORY_NONE;
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
		r.name = xmalloc(pl);
		snprintf(r.name, pl, "%.*s%s", (int)dl, labels, f[col_path]);
		r.confidential = (col_conf >= 0 && (int)nf > col_conf && *f[col_conf])
			? strcmp(f[col_conf], "yes") == 0 : -1;
		r.high = (col_prio >= 0 && (int)nf > col_prio && *f[col_prio])
			? strcmp(f[col_prio], "high") == 0 : -1;
		if (col_dept >= 0) {
			r.department = (int)nf > col_dept ? field_dup(f[col_dept], strlen(f[col_dept]))
							  : xstrdup("");
			/* "none": no department expected (so is an empty cell) */
			if (strcasecmp(r.department, RULES_DEPARTMENT_NONE) == 0)
				r.department[0] = '\0';
		}
		corpus_add(&c, &r);
	}
	if ((ret = rulesdir_load(rdir, &set)) != EX_OK)
		goto out;
	c.rs = xcalloc(set->count ? set->count : 1, sizeof(*c.rs));

	for (size_t i = 0; i < c.count; i++) {
		struct sample *r = &c.v[i];
		char *bytes;
		size_t n;
		if (readfile(r->name, MB_INPUT_MAX, &bytes, &n, err, sizeof(err)) != READFILE_OK) {
			fprintf(stderr, "mayorbox rules test: %s\n", err);
			c.unreadable++;
			continue;
		}
		enum mb_status pst = judge(set, bytes, n, false, sg != NULL, &r->j, err, sizeof(err));
		free(bytes);
		if (pst != MB_OK)
			fprintf(stderr, "mayorbox rules test: %s: %s (classified as it is)\n",
				r->name, err);
		r->read = true;
		corpus_count_rules(&c, set, r);
	}
	struct metrics m;
	corpus_measure(&c, &m);
	if (sg) {
		int sret = suggest_report(set, &c, sg);
		if (sret != EX_OK)
			ret = sret;
	} else if (json) {
		json_t *o = report_json(set, &c, &m, "path");
		if (json_dumpf(o, stdout, JSON_INDENT(2)) != 0)
			ret = EX_IOERR;
		fputc('\n', stdout);
		json_decref(o);
	} else {
		report_text(stdout, set, &c, &m, true);
	}
	if (c.unreadable && ret == EX_OK)
		ret = EX_NOINPUT;
out:
	corpus_deinit(&c);
	ruleset_unref(&set);
	free(data);
	return ret;
}

/* ---- the database side: rules test --from-db and rules diff ---- */

struct dbopts {
	const char *db_opt;	/* --db */
	const char *since;	/* --since, or NULL */
	const char *key;	/* --key: the secret key file, or NULL */
	bool json;
	const struct suggest_opts *sg;	/* rules suggest: rank words instead */
};

/* Says why a statement failed and returns the exit code: 77 not allowed,
 * 64 --since is not a date, 69 otherwise (no database, not migrated, gone). */
static int
db_fail(const char *cmd, PGconn *db, PGresult *r, const char *since)
{
	const char *state = r ? PQresultErrorField(r, PG_DIAG_SQLSTATE) : NULL;
	int ret;
	if (PQstatus(db) != CONNECTION_OK) {
		fprintf(stderr, "mayorbox %s: database connection lost: %s\n", cmd, db_error(db));
		ret = EX_UNAVAILABLE;
	} else if (state && strcmp(state, "42501") == 0) {
		fprintf(stderr, "mayorbox %s: not allowed: %s (needs the mayorbox_clerk or "
			"mayorbox_supervisor role)\n", cmd, db_error(db));
		ret = EX_NOPERM;
	} else if (state && strncmp(state, "22", 2) == 0 && since) {
		fprintf(stderr, "mayorbox %s: --since '%s': not a date (YYYY-MM-DD)\n", cmd, since);
		ret = EX_USAGE;
	} else {
		fprintf(stderr, "mayorbox %s: database: %s\n", cmd, db_error(db));
		ret = EX_UNAVAILABLE;
	}
	PQclear(r);
	return ret;
}

/* Opens the run's one transaction (REPEATABLE READ: every read sees one
 * snapshot) on the supervisors' views when the login may read them
 * (search_path office, public: schema 006; a clerk reads public). Without a
 * key it is READ ONLY; with one it may write: reveal_case() records each
 * case it opens ('identity revealed') before it returns the boxes, as
 * `unseal` does. The key's id goes to o_kid. Returns EX_OK or db_fail's code. */
static int
db_begin(const char *cmd, PGconn *db, const struct dbopts *o, char o_kid[17])
{
	o_kid[0] = '\0';
	if (!db_exec_ok(db, "SET search_path = office, public"))
		return db_fail(cmd, db, NULL, NULL);
	if (!o->key) {
		if (!db_exec_ok(db, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"))
			return db_fail(cmd, db, NULL, NULL);
		return EX_OK;
	}
	struct seal_key pk;
	char err[600];
	if (seal_public_of_secret(o->key, &pk, o_kid, err, sizeof(err)) != 0) {
		fprintf(stderr, "mayorbox %s: --key %s\n", cmd, err);
		return EX_CONFIG;
	}
	if (!db_exec_ok(db, "BEGIN ISOLATION LEVEL REPEATABLE READ"))
		return db_fail(cmd, db, NULL, NULL);
	return EX_OK;
}

enum fetch_status {
	FETCH_OK,		/* *raw_r holds the message */
	FETCH_SEALED,		/* confidential and no key: skip */
	FETCH_UNREADABLE,	/* no raw message stored (or not visible): skip */
	FETCH_BAD_KEY,		/* the key does not open it (reason in err): stop */
	FETCH_DB,		/* the statement failed (*fail_r): stop */
};

/* The boxes of the case last opened with reveal_case(): rows are read case
 * by case, so each case is revealed (and recorded) once. */
struct reveal_cache {
	char number[64];
	PGresult *r;		/* what, id, sealed (binary) */
	size_t revealed;	/* cases whose reveal returned a box */
};

static void
reveal_cache_deinit(struct reveal_cache *c)
{
	PQclear(c->r);
	c->r = NULL;
	c->number[0] = '\0';
}

static long long
bin_int8(const PGresult *r, int row, int col)
{
	const unsigned char *p = (const unsigned char *)PQgetvalue(r, row, col);
	unsigned long long v = 0;
	if (PQgetlength(r, row, col) != 8)
		return 0;
	for (int i = 0; i < 8; i++)
		v = (v << 8) | p[i];
	return (long long)v;
}

/* The raw message of letter `id` of case `number`: letters.raw, else (a
 * confidential letter: no raw in any view) the "raw" of its box from
 * reveal_case() with the key of id kid, opened with key. Returns a new
 * buffer in *raw_r (caller zeroes it when *secret_r, then frees). */
static enum fetch_status
fetch_raw(PGconn *db, const char *number, const char *id, bool sealed, const char *key,
	  const char *kid, struct reveal_cache *cache, unsigned char **raw_r, size_t *len_r,
	  bool *secret_r, PGresult **fail_r, char *err, size_t errlen)
{
	*raw_r = NULL;
	*len_r = 0;
	*secret_r = false;
	*fail_r = NULL;
	PGresult *r = NULL;
	enum fetch_status st = FETCH_UNREADABLE;
	if (!sealed) {
		const char *params[1] = {id};
		/* binary results: bytea as its bytes */
		r = PQexecParams(db, "SELECT raw FROM letters WHERE id = $1", 1, NULL, params, NULL,
				 NULL, 1);
		if (PQresultStatus(r) != PGRES_TUPLES_OK) {
			*fail_r = r;
			return FETCH_DB;
		}
		if (PQntuples(r) != 1) {
			snprintf(err, errlen, "not visible");
		} else if (PQgetisnull(r, 0, 0)) {
			snprintf(err, errlen, "no raw message stored");
		} else {
			size_t n = (size_t)PQgetlength(r, 0, 0);
			*raw_r = xmalloc(n ? n : 1);
			memcpy(*raw_r, PQgetvalue(r, 0, 0), n);
			*len_r = n;
			st = FETCH_OK;
		}
		PQclear(r);
		return st;
	}
	if (key == NULL)
		return FETCH_SEALED;
	if (strcmp(cache->number, number) != 0) {
		reveal_cache_deinit(cache);
		const char *params[2] = {number, kid};
		r = PQexecParams(db, "SELECT what, id, sealed FROM reveal_case($1, $2)", 2, NULL,
				 params, NULL, NULL, 1);
		if (PQresultStatus(r) != PGRES_TUPLES_OK) {
			*fail_r = r;
			return FETCH_DB;
		}
		snprintf(cache->number, sizeof(cache->number), "%s", number);
		cache->r = r;
		if (PQntuples(r) > 0)
			cache->revealed++;
	}
	long long lid = strtoll(id, NULL, 10);
	int row = -1;
	for (int i = 0; i < PQntuples(cache->r) && row < 0; i++)
		if (strcmp(PQgetvalue(cache->r, i, 0), "letter") == 0
		    && bin_int8(cache->r, i, 1) == lid && !PQgetisnull(cache->r, i, 2))
			row = i;
	if (row < 0) {
		snprintf(err, errlen, "%s: this key opens nothing of it", key);
		return FETCH_BAD_KEY;
	}
	size_t plen;
	unsigned char *plain = seal_open(key, (const unsigned char *)PQgetvalue(cache->r, row, 2),
					 (size_t)PQgetlength(cache->r, row, 2), &plen, err, errlen);
	if (plain == NULL)
		return FETCH_BAD_KEY;
	json_t *o = json_loadb((const char *)plain, plen, 0, NULL);
	sodium_memzero(plain, plen);
	free(plain);
	json_t *b = json_object_get(o, "raw");
	const char *s = json_string_value(b);
	size_t sl = s ? json_string_length(b) : 0, bin_len = 0;
	if (s == NULL) {
		snprintf(err, errlen, "sealed data is not mayorbox's (no raw message)");
	} else {
		unsigned char *buf = xmalloc(sl + 1);
		if (sodium_base642bin(buf, sl + 1, s, sl, "\r\n", &bin_len, NULL,
				      sodium_base64_VARIANT_ORIGINAL) != 0) {
			free(buf);
			snprintf(err, errlen, "sealed raw message damaged");
		} else {
			*raw_r = buf;
			*len_r = bin_len;
			*secret_r = true;
			st = FETCH_OK;
		}
		sodium_memzero((void *)s, sl);	/* our copy, dropped below */
	}
	json_decref(o);
	return st;
}

static void
raw_free(unsigned char *raw, size_t len, bool secret)
{
	if (raw && secret)
		sodium_memzero(raw, len);
	free(raw);
}

/* Loads the configuration file when one is given (--config); cfg stays
 * empty otherwise. Returns EX_OK or EX_CONFIG, having said why. */
static int
load_config(const char *cmd, const char *path, struct config *cfg)
{
	char err[1024];
	if (path && config_load(path, cfg, err, sizeof(err)) != 0) {
		fprintf(stderr, "mayorbox %s: %s\n", cmd, err);
		return EX_CONFIG;
	}
	return EX_OK;
}

/* The key file must be readable before anything is recorded. */
static int
check_key(const char *cmd, const char *key)
{
	if (key == NULL)
		return EX_OK;
	FILE *f = fopen(key, "r");
	if (f == NULL) {
		fprintf(stderr, "mayorbox %s: --key %s: cannot read the secret key file\n", cmd, key);
		return EX_CONFIG;
	}
	fclose(f);
	return EX_OK;
}

/* Reviewed cases: not unclassified, not automatic, with a clerk's
 * reclassified, assigned or closed event; $1: --since or NULL. The first
 * letter (f) is what filing classified (vault ids count down: the first of
 * a confidential case has the smallest absolute id). */
#define TEST_FIRST_LETTER \
	"JOIN LATERAL (SELECT l.id, l.confidential AS sealed " \
	"FROM letters l WHERE l.case_id = c.id ORDER BY (l.id > 0) DESC, abs(l.id) LIMIT 1) f ON true "
#define TEST_REVIEWED \
	"WHERE c.category <> 'unclassified' AND NOT c.automatic " \
	"AND EXISTS (SELECT 1 FROM case_events e WHERE e.case_id = c.id " \
	"AND e.what IN " RULES_REVIEWED_EVENTS ") " \
	"AND ($1::timestamptz IS NULL OR c.created_at >= $1::timestamptz) "

static const char test_list_sql[] =
	"SELECT c.number, c.category, c.department, c.confidential, f.id, f.sealed "
	"FROM cases c " TEST_FIRST_LETTER TEST_REVIEWED "ORDER BY c.created_at, abs(c.id) LIMIT $2";

static bool
sample_disagrees(const struct sample *s, bool *cat_r, bool *dept_r, bool *conf_r)
{
	*cat_r = s->j.got != s->label;
	*dept_r = !same_dept(s->j.dept, s->department);
	*conf_r = (s->confidential == 1) != s->j.conf;
	return *cat_r || *dept_r || *conf_r;
}

static json_t *
fired_json(const struct ruleset *set, const struct judgement *j)
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

static int
rules_test_db(const char *rdir, const struct config *cfg, const struct dbopts *o)
{
	const char *cmd = "rules test";
	char err[1024];
	struct ruleset *set = NULL;
	struct corpus c = {0};
	size_t reviewed = 0, skipped_conf = 0, not_letters = 0, revealed = 0;
	bool truncated = false;
	char kid[17] = "";
	struct reveal_cache cache = {0};
	PGconn *db = NULL;
	PGresult *r = NULL;
	int ret = check_key(cmd, o->key);
	if (ret != EX_OK)
		return ret;
	if ((ret = rulesdir_load(rdir, &set)) != EX_OK)
		return ret;
	c.rs = xcalloc(set->count ? set->count : 1, sizeof(*c.rs));
	db = db_connect(db_conninfo(o->db_opt, cfg), err, sizeof(err));
	if (db == NULL) {
		fprintf(stderr, "mayorbox %s: %s\n", cmd, err);
		ret = EX_UNAVAILABLE;
		goto out;
	}
	if ((ret = db_begin(cmd, db, o, kid)) != EX_OK)
		goto out;
	char limit[32];
	snprintf(limit, sizeof(limit), "%u", RULES_DB_ROWS_MAX + 1);
	const char *params[2] = {o->since, limit};
	r = PQexecParams(db, test_list_sql, 2, NULL, params, NULL, NULL, 0);
	if (PQresultStatus(r) != PGRES_TUPLES_OK) {
		ret = db_fail(cmd, db, r, o->since);
		r = NULL;
		goto out;
	}
	size_t rows = (size_t)PQntuples(r);
	if (rows > RULES_DB_ROWS_MAX) {
		rows = RULES_DB_ROWS_MAX;
		truncated = true;
	}
	for (size_t i = 0; i < rows; i++) {
		const char *number = PQgetvalue(r, (int)i, 0);
		const char *letter = PQgetvalue(r, (int)i, 4);
		bool sealed = PQgetvalue(r, (int)i, 5)[0] == 't';
		reviewed++;
		if (sealed && o->key == NULL) {
			skipped_conf++;
			continue;
		}
		unsigned char *raw;
		size_t len;
		bool secret;
		PGresult *fail;
		switch (fetch_raw(db, number, letter, sealed, o->key, kid, &cache, &raw, &len, &secret,
				  &fail, err, sizeof(err))) {
		case FETCH_OK:
			break;
		case FETCH_SEALED:
			skipped_conf++;
			continue;
		case FETCH_UNREADABLE:
			fprintf(stderr, "mayorbox %s: case %s, letter %s: %s; skipped\n", cmd, number,
				letter, err);
			c.unreadable++;
			continue;
		case FETCH_BAD_KEY:
			fprintf(stderr, "mayorbox %s: case %s, letter %s: %s\n", cmd, number, letter,
				err);
			ret = EX_DATAERR;
			goto out;
		case FETCH_DB:
			ret = db_fail(cmd, db, fail, o->since);
			goto out;
		}
		struct sample s;
		memset(&s, 0, sizeof(s));
		s.name = xstrdup(number);
		s.label = ruleset_category_parse(PQgetvalue(r, (int)i, 1));
		s.department = xstrdup(PQgetvalue(r, (int)i, 2));	/* NULL reads "" */
		s.confidential = PQgetvalue(r, (int)i, 3)[0] == 't';
		s.high = -1;
		s.read = true;
		if (judge(set, raw, len, true, o->sg != NULL, &s.j, err, sizeof(err)) != MB_OK) {
			/* the reason is the reader's; the letter's text is never said */
			fprintf(stderr, "mayorbox %s: case %s, letter %s: not read as a letter "
				"(unclassified, as filing does)\n", cmd, number, letter);
			not_letters++;
		}
		raw_free(raw, len, secret);
		corpus_count_rules(&c, set, &s);
		corpus_add(&c, &s);
	}
	PQclear(r);
	r = NULL;
	/* the reveal events (if any) are kept: reveal_case() wrote them */
	revealed = cache.revealed;
	if (!db_commit(db)) {
		fprintf(stderr, "mayorbox %s: commit failed: %s\n", cmd, db_error(db));
		ret = EX_UNAVAILABLE;
		goto out;
	}
	if (truncated)
		fprintf(stderr, "mayorbox %s: more than %u reviewed cases: the first %u measured "
			"(narrow with --since)\n", cmd, RULES_DB_ROWS_MAX, RULES_DB_ROWS_MAX);
	if (c.count == 0) {
		if (reviewed == 0)
			fprintf(stderr, "mayorbox %s: no reviewed cases%s%s visible to you (a case "
				"counts when a clerk reclassified, assigned or closed it)\n", cmd,
				o->since ? " since " : "", o->since ? o->since : "");
		else
			fprintf(stderr, "mayorbox %s: none of the %zu reviewed cases could be "
				"measured: %zu confidential skipped (no --key), %zu unreadable\n", cmd,
				reviewed, skipped_conf, c.unreadable);
		ret = EX_NOINPUT;
		goto out;
	}
	struct metrics m;
	corpus_measure(&c, &m);
	size_t disagree = 0;
	bool dc, dd, df;
	for (size_t i = 0; i < c.count; i++)
		disagree += sample_disagrees(&c.v[i], &dc, &dd, &df);
	if (o->sg) {
		fprintf(stderr, "mayorbox rules suggest: %zu reviewed cases measured, %zu "
			"confidential skipped%s\n", c.count, skipped_conf,
			skipped_conf ? " (no --key)" : "");
		ret = suggest_report(set, &c, o->sg);
	} else if (o->json) {
		json_t *j = report_json(set, &c, &m, "case");
		json_object_set_new(j, "source", json_string("database"));
		json_object_set_new(j, "rules_dir", json_string(rdir));
		json_object_set_new(j, "since", o->since ? json_string(o->since) : json_null());
		json_object_set_new(j, "reviewed", json_integer((json_int_t)reviewed));
		json_object_set_new(j, "measured", json_integer((json_int_t)c.count));
		json_object_set_new(j, "skipped_confidential", json_integer((json_int_t)skipped_conf));
		json_object_set_new(j, "not_letters", json_integer((json_int_t)not_letters));
		json_object_set_new(j, "identities_revealed", json_integer((json_int_t)revealed));
		json_t *da = json_array();
		for (size_t i = 0; i < c.count; i++) {
			const struct sample *s = &c.v[i];
			if (!sample_disagrees(s, &dc, &dd, &df))
				continue;
			json_t *e = json_object(), *dif = json_array();
			json_object_set_new(e, "case", json_string(s->name));
			json_object_set_new(e, "category", pair_json(
				"clerk", json_string(ruleset_category_name(s->label)),
				"rules", json_string(ruleset_category_name(s->j.got))));
			json_object_set_new(e, "department", pair_json(
				"clerk", str_or_null(s->department), "rules", str_or_null(s->j.dept)));
			json_object_set_new(e, "confidential", pair_json(
				"clerk", json_boolean(s->confidential == 1),
				"rules", json_boolean(s->j.conf)));
			if (dc) json_array_append_new(dif, json_string("category"));
			if (dd) json_array_append_new(dif, json_string("department"));
			if (df) json_array_append_new(dif, json_string("confidential"));
			json_object_set_new(e, "differs", dif);
			json_object_set_new(e, "rules", fired_json(set, &s->j));
			json_array_append_new(da, e);
		}
		json_object_set_new(j, "disagreements", da);
		if (json_dumpf(j, stdout, JSON_INDENT(2)) != 0)
			ret = EX_IOERR;
		fputc('\n', stdout);
		json_decref(j);
	} else {
		printf("reviewed cases %zu%s%s: %zu measured, %zu confidential skipped%s, "
		       "%zu unreadable", reviewed, o->since ? " since " : "",
		       o->since ? o->since : "", c.count, skipped_conf,
		       skipped_conf ? " (no --key)" : "", c.unreadable);
		if (revealed)
			printf(", %zu identities revealed (recorded as case events)", revealed);
		printf("\nrules: %s\n\n", rdir);
		report_text(stdout, set, &c, &m, false);
		printf("\ndisagreements (clerk -> rules): %zu\n", disagree);
		for (size_t i = 0; i < c.count; i++) {
			const struct sample *s = &c.v[i];
			if (!sample_disagrees(s, &dc, &dd, &df))
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
	if (fflush(stdout) != 0)
		ret = EX_IOERR;
out:
	PQclear(r);
	reveal_cache_deinit(&cache);
	if (db) {
		/* a stop after some case was opened keeps the record of it */
		if (cache.revealed > 0 && PQtransactionStatus(db) == PQTRANS_INTRANS)
			(void)db_commit(db);
		if (PQtransactionStatus(db) != PQTRANS_IDLE)
			(void)db_exec_ok(db, "ROLLBACK");
		PQfinish(db);
	}
	corpus_deinit(&c);
	ruleset_unref(&set);
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
	struct dbopts o = {0};
	bool from_db = false;
	const char *rules_opt = NULL, *config_path = NULL;
	int c;
	optind = 1;
	while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (c) {
		case 'r': rules_opt = optarg; break;
		case 'j': o.json = true; break;
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
	if (!from_db && (o.db_opt || o.since || o.key)) {
		fprintf(stderr, "mayorbox rules test: --db, --since and --key go with --from-db\n");
		return EX_USAGE;
	}
	struct config cfg = {0};
	int ret = load_config("rules test", config_path, &cfg);
	if (ret != EX_OK)
		return ret;
	char rdir[RULES_DIR_MAX];
	rulesdir_find(rules_opt ? rules_opt : config_get(&cfg, "rules", "dir"), rdir, sizeof(rdir));
	if (from_db)
		ret = rules_test_db(rdir, &cfg, &o);
	else
		ret = rules_test_tsv(argv[optind], rdir, o.json, NULL);
	config_deinit(&cfg);
	return ret;
}

static int
rules_suggest(int argc, char **argv)
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
	struct dbopts o = {0};
	struct suggest_opts so = {CATEGORY_NONE, false, SUGGEST_LIMIT_DEFAULT, SUGGEST_MIN_MISSED,
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
		case 'j': o.json = so.json = true; break;
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
	if (!from_db && (o.db_opt || o.since || o.key)) {
		fprintf(stderr, "mayorbox rules suggest: --db, --since and --key go with --from-db\n");
		return EX_USAGE;
	}
	o.sg = &so;
	struct config cfg = {0};
	int ret = load_config("rules suggest", config_path, &cfg);
	if (ret != EX_OK)
		return ret;
	char rdir[RULES_DIR_MAX];
	rulesdir_find(rules_opt ? rules_opt : config_get(&cfg, "rules", "dir"), rdir, sizeof(rdir));
	if (from_db)
		ret = rules_test_db(rdir, &cfg, &o);
	else
		ret = rules_test_tsv(argv[optind], rdir, so.json, &so);
	config_deinit(&cfg);
	return ret;
}

/* ---- rules diff ---- */

static const char diff_list_sql[] =
	"SELECT c.number, l.id, l.confidential "
	"FROM cases c JOIN letters l ON l.case_id = c.id "
	"WHERE ($1::timestamptz IS NULL OR c.created_at >= $1::timestamptz) "
	"ORDER BY c.created_at, abs(c.id), c.id, (l.id > 0) DESC, abs(l.id) LIMIT $2";

static bool
fired_has(const struct ruleset *set, const struct judgement *j, const char *name)
{
	for (size_t h = 0; h < j->fired_count; h++)
		if (strcmp(set->rules[j->fired[h]].name, name) == 0)
			return true;
	return false;
}

/* Rules (by name) that fired on a and not on b. */
static json_t *
fired_only(const struct ruleset *sa, const struct judgement *a, const struct ruleset *sb,
	   const struct judgement *b)
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
 * decides (category, department, confidential) would change. Counts go to
 * n_cat, n_dept, n_conf. */
static json_t *
diff_letter(const char *number, const char *letter, const struct ruleset *old_set,
	    const struct judgement *a, const struct ruleset *new_set, const struct judgement *b,
	    size_t *n_cat, size_t *n_dept, size_t *n_conf)
{
	bool dc = a->got != b->got, dd = !same_dept(a->dept, b->dept), df = a->conf != b->conf;
	if (!dc && !dd && !df)
		return NULL;
	json_t *e = json_object();
	json_object_set_new(e, "case", json_string(number));
	json_object_set_new(e, "letter", json_integer((json_int_t)strtoll(letter, NULL, 10)));
	if (dc) {
		(*n_cat)++;
		json_object_set_new(e, "category", pair_json(
			"old", json_string(ruleset_category_name(a->got)),
			"new", json_string(ruleset_category_name(b->got))));
	}
	if (dd) {
		(*n_dept)++;
		json_object_set_new(e, "department", pair_json("old", str_or_null(a->dept),
							       "new", str_or_null(b->dept)));
	}
	if (df) {
		(*n_conf)++;
		json_object_set_new(e, "confidential", pair_json("old", json_boolean(a->conf),
								 "new", json_boolean(b->conf)));
	}
	json_object_set_new(e, "rules", pair_json(
		"added", fired_only(new_set, b, old_set, a),
		"removed", fired_only(old_set, a, new_set, b)));
	return e;
}

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

static int
rules_diff(int argc, char **argv)
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
	struct dbopts o = {0};
	const char *new_opt = NULL, *old_opt = NULL, *config_path = NULL;
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
		case 'j': o.json = true; break;
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
	struct ruleset_problems probs = {0};
	PGconn *db = NULL;
	PGresult *r = NULL;
	json_t *changes = json_array();
	char err[1024], old_dir[RULES_DIR_MAX];
	size_t compared = 0, skipped_conf = 0, unreadable = 0, not_letters = 0, revealed = 0;
	size_t n_cat = 0, n_dept = 0, n_conf = 0;
	char kid[17] = "";
	struct reveal_cache cache = {0};
	bool truncated = false;
	int ret = load_config(cmd, config_path, &cfg);
	if (ret != EX_OK)
		goto out;
	/* the new rules pass `rules check`, or nothing is read */
	ret = rules_check_dir(new_opt, &new_set, &probs, NULL, NULL);
	if (ret != EX_OK) {
		print_problems(stderr, &probs, new_opt);
		fprintf(stderr, "mayorbox %s: %s: %s\n", cmd, new_opt, ret == EX_NOINPUT
			? "cannot be read" : "fails 'rules check'; nothing compared");
		goto out;
	}
	if ((ret = check_key(cmd, o.key)) != EX_OK)
		goto out;
	rulesdir_find(old_opt ? old_opt : config_get(&cfg, "rules", "dir"), old_dir,
		      sizeof(old_dir));
	if ((ret = rulesdir_load(old_dir, &old_set)) != EX_OK)
		goto out;
	db = db_connect(db_conninfo(o.db_opt, &cfg), err, sizeof(err));
	if (db == NULL) {
		fprintf(stderr, "mayorbox %s: %s\n", cmd, err);
		ret = EX_UNAVAILABLE;
		goto out;
	}
	if ((ret = db_begin(cmd, db, &o, kid)) != EX_OK)
		goto out;
	char limit[32];
	snprintf(limit, sizeof(limit), "%u", RULES_DB_ROWS_MAX + 1);
	const char *params[2] = {o.since, limit};
	r = PQexecParams(db, diff_list_sql, 2, NULL, params, NULL, NULL, 0);
	if (PQresultStatus(r) != PGRES_TUPLES_OK) {
		ret = db_fail(cmd, db, r, o.since);
		r = NULL;
		goto out;
	}
	size_t rows = (size_t)PQntuples(r);
	if (rows > RULES_DB_ROWS_MAX) {
		rows = RULES_DB_ROWS_MAX;
		truncated = true;
	}
	for (size_t i = 0; i < rows; i++) {
		const char *number = PQgetvalue(r, (int)i, 0);
		const char *letter = PQgetvalue(r, (int)i, 1);
		bool sealed = PQgetvalue(r, (int)i, 2)[0] == 't';
		if (sealed && o.key == NULL) {
			skipped_conf++;
			continue;
		}
		unsigned char *raw;
		size_t len;
		bool secret;
		PGresult *fail;
		switch (fetch_raw(db, number, letter, sealed, o.key, kid, &cache, &raw, &len, &secret,
				  &fail, err, sizeof(err))) {
		case FETCH_OK:
			break;
		case FETCH_SEALED:
			skipped_conf++;
			continue;
		case FETCH_UNREADABLE:
			fprintf(stderr, "mayorbox %s: case %s, letter %s: %s; skipped\n", cmd, number,
				letter, err);
			unreadable++;
			continue;
		case FETCH_BAD_KEY:
			fprintf(stderr, "mayorbox %s: case %s, letter %s: %s\n", cmd, number, letter,
				err);
			ret = EX_DATAERR;
			goto out;
		case FETCH_DB:
			ret = db_fail(cmd, db, fail, o.since);
			goto out;
		}
		struct judgement a, b;
		enum mb_status pst = judge(old_set, raw, len, true, false, &a, err, sizeof(err));
		(void)judge(new_set, raw, len, true, false, &b, err, sizeof(err));
		raw_free(raw, len, secret);
		compared++;
		not_letters += pst != MB_OK;
		json_t *e = diff_letter(number, letter, old_set, &a, new_set, &b, &n_cat, &n_dept,
					&n_conf);
		if (e)
			json_array_append_new(changes, e);
		judgement_deinit(&a);
		judgement_deinit(&b);
	}
	PQclear(r);
	r = NULL;
	/* nothing was written unless --key recorded its openings; keep those */
	revealed = cache.revealed;
	if (!db_commit(db)) {
		fprintf(stderr, "mayorbox %s: commit failed: %s\n", cmd, db_error(db));
		ret = EX_UNAVAILABLE;
		goto out;
	}
	if (truncated)
		fprintf(stderr, "mayorbox %s: more than %u letters: the first %u compared "
			"(narrow with --since)\n", cmd, RULES_DB_ROWS_MAX, RULES_DB_ROWS_MAX);
	size_t changed = json_array_size(changes);
	if (o.json) {
		json_t *j = json_object();
		json_object_set_new(j, "old_rules", json_string(old_dir));
		json_object_set_new(j, "new_rules", json_string(new_opt));
		json_object_set_new(j, "since", o.since ? json_string(o.since) : json_null());
		json_object_set_new(j, "letters", json_integer((json_int_t)compared));
		json_t *cj = json_object();
		json_object_set_new(cj, "letters", json_integer((json_int_t)changed));
		json_object_set_new(cj, "category", json_integer((json_int_t)n_cat));
		json_object_set_new(cj, "department", json_integer((json_int_t)n_dept));
		json_object_set_new(cj, "confidential", json_integer((json_int_t)n_conf));
		json_object_set_new(j, "changed", cj);
		json_object_set_new(j, "skipped", pair_json(
			"confidential", json_integer((json_int_t)skipped_conf),
			"unreadable", json_integer((json_int_t)unreadable)));
		json_object_set_new(j, "not_letters", json_integer((json_int_t)not_letters));
		json_object_set_new(j, "identities_revealed", json_integer((json_int_t)revealed));
		json_object_set_new(j, "changes", json_incref(changes));
		if (json_dumpf(j, stdout, JSON_INDENT(2)) != 0)
			ret = EX_IOERR;
		fputc('\n', stdout);
		json_decref(j);
	} else {
		size_t k;
		json_t *e;
		json_array_foreach(changes, k, e)
			diff_print_change(stdout, e);
		printf("%s%zu letters compared (%s -> %s): %zu would change (category %zu, "
		       "department %zu, confidential %zu); skipped %zu (%zu confidential%s, "
		       "%zu unreadable)", changed ? "\n" : "", compared, old_dir, new_opt, changed,
		       n_cat, n_dept, n_conf, skipped_conf + unreadable, skipped_conf,
		       skipped_conf ? " without --key" : "", unreadable);
		if (revealed)
			printf("; %zu identities revealed (recorded as case events)", revealed);
		printf("\n");
	}
	if (fflush(stdout) != 0)
		ret = EX_IOERR;
out:
	PQclear(r);
	reveal_cache_deinit(&cache);
	if (db) {
		/* a stop after some case was opened keeps the record of it */
		if (cache.revealed > 0 && PQtransactionStatus(db) == PQTRANS_INTRANS)
			(void)db_commit(db);
		if (PQtransactionStatus(db) != PQTRANS_IDLE)
			(void)db_exec_ok(db, "ROLLBACK");
		PQfinish(db);
	}
	json_decref(changes);
	ruleset_problems_deinit(&probs);
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
		print_problems(stderr, &probs, dir);
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
		return rules_diff(argc - 1, argv + 1);
	if (strcmp(argv[1], "suggest") == 0)
		return rules_suggest(argc - 1, argv + 1);
	if (strcmp(argv[1], "patterns") == 0)
		return rules_patterns(argc - 1, argv + 1);
	fprintf(stderr, "mayorbox rules: '%s' is not a rules command (check, test, diff, "
		"suggest, patterns)\n",
		argv[1]);
	return EX_USAGE;
}
