/*
 * rules.h - the rule maintainers' use cases: check a rule set, measure it
 * on a labelled corpus (a TSV of files, or the cases clerks reviewed),
 * suggest words for what it misses, and compare two sets on the letters
 * already filed. Every letter is read through letter_read() (read.h).
 *
 * No printing: each use case returns a struct and one JSON form of it;
 * cli/cmd_rules.c renders them as text or prints the JSON. What a run has
 * to say about single letters (skipped, not read) is kept in notes, in
 * order, for the front end to show; a note never holds letter text, only
 * paths, case numbers, letter ids and reasons.
 */
#ifndef MB_SERVICE_RULES_H
#define MB_SERVICE_RULES_H

#include <stdbool.h>
#include <stddef.h>

#include <jansson.h>

#include "config.h"
#include "error.h"
#include "model.h"
#include "ruleset.h"

/* The labels file itself, and its rows. */
#define RULES_TEST_LABELS_MAX	(16u * 1024 * 1024)
#define RULES_TEST_ROWS_MAX	100000u
/* Cases (rules test --from-db) and letters (rules diff) read from the
 * database in one run; past it the run says so and measures the first. */
#define RULES_DB_ROWS_MAX	1000000u

/* ---- notes: what a run says about single letters ---- */

struct rules_notes {
	char **v;		/* owned, in the order they were made */
	size_t count;
};

void rules_notes_deinit(struct rules_notes *n);

/* ---- rules check ---- */

/* Loads dir and runs its examples and counters, as `rules check` does.
 * Returns MB_OK with *set_r (caller drops it with ruleset_unref),
 * MB_CONFIG (the set has problems, in probs) or MB_NO_INPUT (dir cannot be
 * read); *set_r is NULL unless MB_OK. patterns_r and examples_r (may be
 * NULL) get the set's counts. */
enum mb_status rules_check_dir(const char *dir, struct ruleset **set_r,
			       struct ruleset_problems *probs, size_t *patterns_r,
			       size_t *examples_r) MB_MUST_USE;

/* ---- one letter judged by a rule set ---- */

struct rules_judgement {
	bool parsed;		/* letter_read said MB_OK */
	enum category got;	/* CATEGORY_NONE: unclassified */
	bool conf, high, review;
	bool conf_review;	/* conf from a confidential review rule only */
	char *text;		/* keep_text: subject and text normalised (owned) */
	size_t text_len;
	const char *dept;	/* borrowed from the set; NULL when none */
	int scores[CATEGORY_COUNT];
	size_t *fired;		/* indices into set->rules, in rule order (owned) */
	size_t fired_count;
};

/* Reads bytes with letter_read() and judges the letter with set into *j
 * (release with rules_judgement_deinit). as_filed: decide as filing does:
 * a letter that is not read is unclassified (no rule runs) and an
 * anonymous form is confidential; otherwise (`rules test` on files) the
 * rules run on what the reader kept and only rules set the flag. Returns
 * the reader's status; its reason (never letter text) goes to err. */
enum mb_status rules_judge(const struct ruleset *set, const void *bytes, size_t n, bool as_filed,
			   bool keep_text, struct rules_judgement *j, char *err, size_t errlen);
void rules_judgement_deinit(struct rules_judgement *j);

/* ---- the scorer: labelled samples in, measures out ---- */

struct rules_sample {
	char *name;		/* the file's path, or the case number (owned) */
	enum category label;
	int confidential;	/* -1 unlabelled */
	char *department;	/* NULL: not labelled; "" none (owned) */
	int high;		/* -1 unlabelled */
	bool read;		/* false: unreadable, counted as unclassified */
	struct rules_judgement j;
};

struct rules_rulestat {
	size_t fired, right;
};

struct rules_corpus {
	struct rules_sample *v;
	size_t count;
	size_t unreadable;
	struct rules_rulestat *rs;	/* one per rule of the set */
	struct rules_notes notes;
};

void rules_corpus_deinit(struct rules_corpus *c);

struct rules_metrics {
	size_t total, right, unreadable, review;
	size_t conf[CATEGORY_COUNT + 1][CATEGORY_COUNT + 1];	/* [label][got], last: unclassified */
	size_t creview, creview_tp;	/* found by review rules only; of them right */
	size_t ctp, cfp, cfn, ctn, dept_n, dept_ok, prio_n, prio_ok, htp, hfp, hfn;
	double prec[CATEGORY_COUNT], rec[CATEGORY_COUNT], f1[CATEGORY_COUNT], macro;
	size_t support[CATEGORY_COUNT];
	double acc, cprec, crec;
};

/* a / b, 0 when b is 0 */
double rules_ratio(size_t a, size_t b);

void rules_corpus_measure(const struct rules_corpus *c, struct rules_metrics *m);

/* The measures as one JSON object (caller owns it); `key` names the samples
 * in the misclassified list ("path" or "case"). */
json_t *rules_report_json(const struct ruleset *set, const struct rules_corpus *c,
			  const struct rules_metrics *m, const char *key);

/* ---- rules test LABELS.tsv ---- */

/* Reads the labels file (a header naming the columns path and category,
 * optionally confidential, department, priority) into c's samples, paths
 * relative to the file's folder. Returns MB_OK; MB_NO_INPUT, MB_LIMIT or
 * MB_IO when the file cannot be read (err "PATH: reason"); MB_BAD_LETTER
 * when a line is wrong (err "PATH:LINE: message"). */
enum mb_status rules_corpus_read_tsv(const char *labels, struct rules_corpus *c, char *err,
				     size_t errlen) MB_MUST_USE;

/* Reads and judges each sample's file with set (keep_text: for suggest);
 * unreadable files are counted and noted, and so are letters the reader
 * could not read (judged as they are). */
void rules_corpus_judge_files(struct rules_corpus *c, const struct ruleset *set, bool keep_text);

/* ---- rules suggest: words for the letters the rules miss ---- */

/* What to look for: a category, or confidential (cat CATEGORY_NONE). */
struct rules_suggest_opts {
	enum category cat;
	bool conf;
	size_t limit;
	size_t min_missed;
	bool json;
};

#define SUGGEST_LIMIT_DEFAULT	30u
#define SUGGEST_MIN_MISSED	2u

struct rules_suggestion {
	const char *target;	/* "confidential" or the category's name */
	size_t missed, found, other;
	size_t candidates;	/* grams in min_missed or more missed letters */
	size_t covered;		/* of them already matched by a rule of the target */
	size_t min_missed;
	bool truncated;		/* more words than kept */
	const struct suggest_gram **picked;	/* the best, borrowed from sg */
	size_t picked_count;
	struct suggest *sg;	/* owned */
	struct suggest_gram *ranked;	/* owned */
};

/* Ranks the grams of the missed letters of c. Grams an existing rule of
 * the target already matches are left out, and so is a gram that holds a
 * better one found in exactly the same letters. Release with
 * rules_suggestion_deinit. */
void rules_suggest(const struct ruleset *set, const struct rules_corpus *c,
		   const struct rules_suggest_opts *o, struct rules_suggestion *s);
void rules_suggestion_deinit(struct rules_suggestion *s);
json_t *rules_suggestion_json(const struct rules_suggestion *s);

/* ---- the database side: rules test --from-db and rules diff ---- */

struct labels;
struct rules_db_opts {
	const char *db_opt;	/* the conninfo, or NULL: the configuration's */
	const char *since;	/* the first day of the cases, or NULL */
	const char *key;	/* the office's secret key file, or NULL */
	bool keep_text;		/* for rules suggest */
	/* the front end's words for since and key in err and the notes
	 * (labels.h); NULL: the service's own */
	const struct labels *labels;
};

/* The key file must be readable before anything is recorded: MB_OK (no
 * key, or a readable one) or MB_CONFIG ("KEY PATH: cannot be read", KEY
 * in labels' words). */
enum mb_status rules_key_check(const char *key, const struct labels *labels, char *err,
			       size_t errlen) MB_MUST_USE;

/* rules test --from-db: the cases clerks reviewed (their corrected
 * category, department and confidential flag against the rules' decision
 * on the case's first letter), judged with set. */
struct rules_db_test {
	struct rules_corpus c;
	size_t reviewed, skipped_conf, not_letters, revealed;
};

/* Fills *t (release with rules_db_test_deinit, also on failure: notes are
 * kept). A sealed letter is opened with o->key (read once) through
 * cases_reveal(), which records each case's opening once. Returns MB_OK;
 * MB_NO_INPUT when nothing could be measured; MB_CONNECTION, MB_DENIED,
 * MB_USAGE (since is not a date), MB_CONFIG (the key cannot be read) or
 * MB_REFUSED (the key opens nothing of a case, or not its letter) with
 * err. */
enum mb_status rules_db_test(const struct ruleset *set, const struct config *cfg,
			     const struct rules_db_opts *o, struct rules_db_test *t, char *err,
			     size_t errlen) MB_MUST_USE;
void rules_db_test_deinit(struct rules_db_test *t);

/* Whether the rules and the clerk differ on s, and in what. */
bool rules_sample_disagrees(const struct rules_sample *s, bool *cat_r, bool *dept_r,
			    bool *conf_r);

/* The report of `rules test --from-db --json` (caller owns it). */
json_t *rules_db_test_json(const struct ruleset *set, const struct rules_db_test *t,
			   const char *rdir, const char *since);

/* rules diff: the letters already filed judged with the rules in use and
 * with a new set; every letter whose category, department or confidential
 * flag would change. */
struct rules_diff {
	json_t *changes;	/* array of the changes' JSON, one per letter (owned) */
	size_t compared, skipped_conf, unreadable, not_letters, revealed;
	size_t n_cat, n_dept, n_conf;
	struct rules_notes notes;
};

/* Fills *d (release with rules_diff_deinit, also on failure). Returns as
 * rules_db_test, but never MB_NO_INPUT. */
enum mb_status rules_diff(const struct ruleset *old_set, const struct ruleset *new_set,
			  const struct config *cfg, const struct rules_db_opts *o,
			  struct rules_diff *d, char *err, size_t errlen) MB_MUST_USE;
void rules_diff_deinit(struct rules_diff *d);
json_t *rules_diff_json(const struct rules_diff *d, const char *old_dir, const char *new_dir,
			const char *since);

/* ---- rules train: the model (rules/model.h) from labelled corpora ---- */

struct rules_train_result {
	size_t letters;			/* trained on */
	size_t per_category[CATEGORY_COUNT];
	size_t confidential;
	size_t groups;			/* writers: file names up to their first '-' */
	size_t features;		/* written */
	struct rules_notes notes;	/* letters skipped, and why */
};

/* Reads every labels file (as for rules test), each letter with
 * letter_file_parse, normalised as set's rules see it, and trains a model
 * on them (model_train, deterministic), written to out_path (through a
 * temporary file renamed over it). A letter's group is its file name up to
 * the first '-' (the corpus's writer, "w12-031-....eml" -> "w12"); a letter
 * without a confidential label counts as not confidential. Returns MB_OK;
 * rules_corpus_read_tsv's errors; MB_NO_INPUT when no letter could be read;
 * MB_IO when out_path cannot be written ("PATH: reason" in err). */
enum mb_status rules_train(const char *const *labels, size_t nlabels, const struct ruleset *set,
			   const struct model_train_opts *o, const char *out_path,
			   struct rules_train_result *r, char *err, size_t errlen) MB_MUST_USE;
void rules_train_result_deinit(struct rules_train_result *r);

#endif
