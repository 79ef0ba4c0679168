/*
 * model.h - the scored second opinion: a linear model over the letter's
 * words, trained on a labelled corpus (`mayorbox rules train`) and shipped
 * beside the rules as a *.model file.
 *
 * Features: after normalisation (normalize.h), every pair of adjacent
 * Chinese characters ("c:" + the two), every Latin word of 2 to
 * MODEL_WORD_MAX bytes ("w:" + word) and every pair of adjacent words
 * ("b:" + word + " " + word), each counted once per letter; plus "bias".
 * The model gives a probability per category (softmax over five linear
 * scores) and one for confidential (a logistic score).
 *
 * How classify.c uses it (rules/README.md says why): the category is the
 * model's, with the rules' scores added at rules_weight each (a tie-break);
 * a letter the model finds confidential with at least confidential_threshold
 * is sealed for review (confidential_review) when the rules did not seal
 * it already. The model never unseals a letter.
 *
 * Pure: memory in, memory out; a model is immutable once parsed.
 */
#ifndef MB_MODEL_H
#define MB_MODEL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "error.h"
#include "normalize.h"

#define MODEL_CATEGORIES	5	/* the categories of ruleset.h, in order */
#define MODEL_OUTPUTS		(MODEL_CATEGORIES + 1)	/* and confidential */
#define MODEL_WORD_MAX		24u	/* longer Latin words are not features */
#define MODEL_KEY_MAX		56u	/* a feature's key, NUL included */
#define MODEL_FEATURES_MAX	1000000u	/* lines a model file may hold */
#define MODEL_EXPLAIN_MAX	8u	/* features quoted for a decision */
#define MODEL_WEIGHT_MIN	1e-4	/* a feature whose weights are all
					 * smaller is not written */

struct model;

/* A letter's features: their keys' hashes and, when asked, the keys (key
 * NULL otherwise). With keys, each once, sorted by hash; without, in the
 * order of the text, some maybe twice (model_judge counts each once). */
struct model_feats {
	uint64_t *h;
	char (*key)[MODEL_KEY_MAX];
	size_t count, cap;
};

/* The features of the normalised fields given (one letter: subject and
 * text), appended to f. keys: fill in each feature's key, and sort and make
 * them unique (for training); without: only the hashes, as they come (for
 * classifying, which needs no more). */
void model_features(const struct normalized *const *fields, size_t nfields, bool keys,
		    struct model_feats *f);
void model_feats_deinit(struct model_feats *f);

/* A feature key's words, without its kind ("c:态度" -> "态度",
 * "b:please fix" -> "please fix"): what an explanation shows. */
const char *model_key_words(const char *key);

/* A model's opinion of one letter. */
struct model_opinion {
	double p[MODEL_CATEGORIES];	/* probabilities, summing to 1 */
	double confidential;		/* probability */
	/* the features that pushed most towards the best category, strongest
	 * first: key (borrowed from the model) and weight */
	const char *why[MODEL_EXPLAIN_MAX];
	double why_weight[MODEL_EXPLAIN_MAX];
	size_t why_count;
};

void model_judge(const struct model *m, const struct model_feats *f, struct model_opinion *o);

/* The model's settings (from its file). */
double model_confidential_threshold(const struct model *m);
double model_rules_weight(const struct model *m);
double model_review_veto(const struct model *m);
size_t model_size(const struct model *m);

/* Parses a model file (name for problems). Returns MB_OK with *m_r, or
 * MB_BAD_LETTER with the first problem as "line N: message" in err. */
enum mb_status model_parse(const char *text, size_t len, struct model **m_r, unsigned *line_r,
			   char *err, size_t errlen) MB_MUST_USE;
void model_free(struct model **mp);

/* ---- training ---- */

/* One labelled letter for training: its features (with keys), its
 * category (0..4), whether it is confidential, and its group (the writer:
 * a feature is kept only when letters of min_groups groups have it). */
struct model_example {
	struct model_feats f;
	int category;
	bool confidential;
	const char *group;
};

struct model_train_opts {
	unsigned min_groups;		/* default 3 */
	unsigned min_letters;		/* default 3 */
	unsigned epochs;		/* default 12 */
	double confidential_threshold;	/* default 0.3 */
	double review_veto;		/* default 0.01 */
	double rules_weight;		/* default 0.02 */
};

void model_train_defaults(struct model_train_opts *o);

/* Trains on the n examples (deterministic: the same examples in the same
 * order give the same bytes) and writes the model file's text into *out
 * (malloc'd, *outlen bytes), *features_r the features written. comment:
 * one line written at the top (no newline in it). Returns MB_OK, or
 * MB_LIMIT (*out NULL) when the file would be larger than RULES_FILE_MAX,
 * which no rule set could load. */
enum mb_status model_train(const struct model_example *ex, size_t n,
			   const struct model_train_opts *o, const char *comment, char **out,
			   size_t *outlen, size_t *features_r) MB_MUST_USE;

#endif
