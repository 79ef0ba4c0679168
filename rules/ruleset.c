/*
 * ruleset.c - the rule-file language: parsing, checking what can be checked
 * without running examples, compiling, loading a folder (see ruleset.h and
 * README.md). Examples and counter-examples are run by check.c.
 */
#include "ruleset.h"

#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <sodium.h>

#include <utf8proc.h>

#include "buf.h"
#include "hsdb.h"
#include "model.h"
#include "prefilter.h"
#include "rules_limits.h"
#include "xalloc.h"

static const char *const category_names[CATEGORY_COUNT] = {
	"complaint", "demand", "consultation", "suggestion", "information",
};

const char *
ruleset_category_name(enum category c)
{
	if (c < 0 || c >= CATEGORY_COUNT)
		return "unclassified";
	return category_names[c];
}

enum category
ruleset_category_parse(const char *s)
{
	for (int i = 0; i < CATEGORY_COUNT; i++)
		if (strcmp(s, category_names[i]) == 0)
			return (enum category)i;
	return CATEGORY_NONE;
}

void
ruleset_problem_add(struct ruleset_problems *probs, const char *file, unsigned line,
		    const char *fmt, ...)
{
	if (probs->count >= RULES_PROBLEMS_MAX) {
		probs->dropped++;
		return;
	}
	char msg[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	probs->v = xreallocarray(probs->v, probs->count + 1, sizeof(*probs->v));
	probs->v[probs->count].file = xstrdup(file ? file : "");
	probs->v[probs->count].line = line;
	probs->v[probs->count].message = xstrdup(msg);
	probs->count++;
}

void
ruleset_problems_deinit(struct ruleset_problems *probs)
{
	for (size_t i = 0; i < probs->count; i++) {
		free(probs->v[i].file);
		free(probs->v[i].message);
	}
	free(probs->v);
	memset(probs, 0, sizeof(*probs));
}

static void
pattern_free(struct rule_pattern *p)
{
	pcre2_code_free(p->code);
	free(p->source);
	free(p->expanded);
	prefilter_deinit(&p->pf);
	for (size_t i = 0; i < p->alts_count; i++) {
		pcre2_code_free(p->alts[i].code);
		prefilter_deinit(&p->alts[i].pf);
	}
	free(p->alts);
}

static void
rule_free(struct rule *r)
{
	free(r->name);
	free(r->file);
	for (size_t i = 0; i < r->match_count; i++)
		pattern_free(&r->match[i]);
	free(r->match);
	for (size_t i = 0; i < r->unless_count; i++)
		pattern_free(&r->unless[i]);
	free(r->unless);
	free(r->department);
	for (size_t i = 0; i < r->examples_count; i++)
		free(r->examples[i].text);
	free(r->examples);
	for (size_t i = 0; i < r->counters_count; i++)
		free(r->counters[i].text);
	free(r->counters);
}

static void
ruleset_free(struct ruleset *set)
{
	for (size_t i = 0; i < set->count; i++)
		rule_free(&set->rules[i]);
	free(set->rules);
	for (size_t i = 0; i < set->departments_count; i++) {
		free(set->departments[i].name);
		free(set->departments[i].zh);
		free(set->departments[i].file);
	}
	free(set->departments);
	normalize_free(&set->norm);
	pcre2_match_context_free(set->mctx);
	for (size_t i = 0; set->part_code && i < hsdb_parts(set->hs); i++)
		pcre2_code_free(set->part_code[i]);
	free(set->part_code);
	free(set->part_jit);
	for (size_t i = 0; set->part_exact && i < hsdb_parts(set->hs); i++)
		pcre2_code_free(set->part_exact[i]);
	free(set->part_exact);
	free(set->part_exact_jit);
	free(set->unit_exact);
	hsdb_free(&set->hs);
	model_free(&set->model);
	free(set);
}

struct ruleset *
ruleset_ref(struct ruleset *set)
{
	atomic_fetch_add_explicit(&set->refs, 1, memory_order_relaxed);
	return set;
}

void
ruleset_unref(struct ruleset **setp)
{
	struct ruleset *set = *setp;
	*setp = NULL;
	if (set == NULL)
		return;
	if (atomic_fetch_sub_explicit(&set->refs, 1, memory_order_acq_rel) == 1)
		ruleset_free(set);
}

bool
ruleset_same_department(const char *a, const char *b)
{
	if (a && strcmp(a, RULES_DEPARTMENT_NONE) == 0)
		a = NULL;
	if (b && strcasecmp(b, RULES_DEPARTMENT_NONE) == 0)
		b = NULL;
	return strcasecmp(a ? a : "", b ? b : "") == 0;
}

const struct ruleset_department *
ruleset_department_find(const struct ruleset *set, const char *name)
{
	for (size_t i = 0; i < set->departments_count; i++)
		if (strcasecmp(set->departments[i].name, name) == 0)
			return &set->departments[i];
	return NULL;
}

/* ---- the parser ---- */

enum block { BLOCK_NONE, BLOCK_RULE, BLOCK_SETTINGS, BLOCK_DEPARTMENT };

/* A named word list (README.md, "Lexicons"): read in a first pass over
 * every file, so that any pattern of any file may use any lexicon; expanded
 * into the patterns before they compile, and gone once the set is built. */
struct lexicon {
	char *name;
	char *body;		/* as written; appended lines joined with | */
	char *file;
	unsigned line;		/* of its first line */
	bool used;		/* by a pattern (or a used lexicon: lexicons_unused) */
	size_t *refs;		/* the lexicons its body uses (indices) */
	size_t refs_count;
	bool bad;		/* a problem was reported: users stay quiet */
	int state;		/* expansion: 0 not yet, 1 under way, 2 done */
	char *expanded;		/* body with its own references expanded */
};

struct parser {
	struct ruleset *set;
	struct ruleset_problems *probs;
	size_t problems_before;
	const char *file;
	unsigned line;
	enum block block;
	struct rule *cur;	/* the rule being read (last in set->rules) */
	bool cur_has_category, cur_has_weight, cur_has_in, cur_has_priority,
	     cur_has_confidential;
	bool settings_seen;
	char *settings_file;
	unsigned settings_line;
	bool too_many_rules;
	int pass;		/* 1: lexicons only; 2: everything else */
	bool directory;		/* the file being read is a department directory */
	struct lexicon *lex;
	size_t lex_count;
	long lex_last;		/* the lexicon of the line before (appending), or -1 */
	struct lexicon *stack[RULES_LEXICON_DEPTH_MAX + 1];	/* expansion under way */
	unsigned sp;
	bool too_many_lexicons;
	long cur_dept;		/* the directory's department being read, or -1 */
};

#define PROBLEM(p, ...) ruleset_problem_add((p)->probs, (p)->file, (p)->line, __VA_ARGS__)

static bool
is_blank(char c)
{
	return c == ' ' || c == '\t';
}

/* The value of a key: up to an unescaped '#' that follows white space,
 * trimmed, with "\#" turned into '#'. Caller frees. */
static char *
value_text(const char *s, size_t n)
{
	struct buf b;
	buf_init(&b, n + 1);
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '\\' && i + 1 < n && s[i + 1] == '#') {
			(void)buf_putc(&b, '#');
			i++;
			continue;
		}
		if (s[i] == '#' && (i == 0 || is_blank(s[i - 1])))
			break;
		(void)buf_putc(&b, s[i]);
	}
	size_t len;
	char *v = buf_take(&b, &len);
	while (len > 0 && is_blank(v[len - 1]))
		v[--len] = '\0';
	size_t lead = 0;
	while (is_blank(v[lead]))
		lead++;
	if (lead)
		memmove(v, v + lead, len - lead + 1);
	return v;
}

static bool
valid_name(const char *s)
{
	if (*s == '\0')
		return false;
	for (; *s; s++)
		if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z')
		      || (*s >= '0' && *s <= '9') || *s == '_' || *s == '.' || *s == '-'))
			return false;
	return true;
}

/* Whether a pattern holds a literal the normalised text never has: an
 * upper-case letter, or a character NFKC, case folding or t2s would change.
 * Escapes (\S, \p{Han}, \x{...}) are skipped. Returns the offending
 * character's offset, or -1. */
static long
pattern_unnormalised(const struct normalizer *n, const char *src, size_t len)
{
	for (size_t i = 0; i < len;) {
		unsigned char c = (unsigned char)src[i];
		if (c == '\\') {
			i += 2;
			if (i <= len && (src[i - 1] == 'p' || src[i - 1] == 'P' || src[i - 1] == 'x'
					 || src[i - 1] == 'N' || src[i - 1] == 'o')
			    && i < len && src[i] == '{') {
				const char *close = memchr(src + i, '}', len - i);
				i = close ? (size_t)(close - src) + 1 : len;
			}
			continue;
		}
		if (c == '(' && i + 1 < len && src[i + 1] == '?') {
			/* (?<Name>...), (?P<Name>...), (*VERB) stay as they are */
			i += 2;
			while (i < len && src[i] != ')' && src[i] != '>' && src[i] != ':'
			       && src[i] != '=')
				i++;
			continue;
		}
		if (c == '(' && i + 1 < len && src[i + 1] == '*') {
			const char *close = memchr(src + i, ')', len - i);
			i = close ? (size_t)(close - src) + 1 : len;
			continue;
		}
		if (c == '{' && i + 1 < len && src[i + 1] >= 'A' && src[i + 1] <= 'Z') {
			/* a lexicon reference: its words are checked where defined */
			const char *close = memchr(src + i, '}', len - i);
			i = close ? (size_t)(close - src) + 1 : len;
			continue;
		}
		if (c < 0x80) {
			if (c >= 'A' && c <= 'Z')
				return (long)i;
			i++;
			continue;
		}
		utf8proc_int32_t cp;
		utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)src + i,
						      (utf8proc_ssize_t)(len - i), &cp);
		if (k <= 0)
			return (long)i;
		struct normalized out;
		(void)normalize_text(n, src + i, (size_t)k, 64, &out);
		bool same = out.len == (size_t)k && memcmp(out.text, src + i, (size_t)k) == 0;
		bool space = out.len == 0 || (out.len == 1 && out.text[0] == ' ');
		normalize_deinit(&out);
		if (!same && !space)
			return (long)i;
		i += (size_t)k;
	}
	return -1;
}

/* Whether a piece of a pattern (an alternative, a part of a unit) means
 * the same compiled alone: no references to groups (\1, \g, \k, (?P=,
 * (?&, (?R, (?1 ...), no \K, no \Q..\E quoting, no verbs, and no options;
 * look-arounds and atomic groups only when lookarounds. */
static bool
piece_alone(const char *s, size_t len, bool lookarounds)
{
	for (size_t i = 0; i + 1 < len; i++) {
		if (s[i] == '\\') {
			char e = s[i + 1];
			if ((e >= '1' && e <= '9') || e == 'g' || e == 'k' || e == 'K' || e == 'Q'
			    || e == 'E')
				return false;
			i++;
			continue;
		}
		if (s[i] == '(' && s[i + 1] == '*')
			return false;
		if (s[i] == '(' && s[i + 1] == '?') {
			char k = i + 2 < len ? s[i + 2] : '\0';
			char k2 = i + 3 < len ? s[i + 3] : '\0';
			if (!(k == ':' || (lookarounds && (k == '=' || k == '!' || k == '>'
							    || (k == '<' && (k2 == '=' || k2 == '!'))))))
				return false;
		}
	}
	return true;
}

static pcre2_code *rule_compile(const char *src, size_t len, uint32_t opts, int *errcode,
				PCRE2_SIZE *erroff);

/* A pattern whose top-level alternatives all have literal prefixes is also
 * compiled one alternative at a time: an alternative whose prefix is not in
 * the text is skipped, and one that starts with a literal is found by
 * PCRE2's fast literal search. "Does it match" is the same either way. Not
 * done for extended syntax, back-references or options, whose meaning
 * crosses alternatives. */
static void
split_pattern(struct rule_pattern *pat, const char *src, size_t len, uint32_t opts)
{
	size_t starts[64], ends[64];
	if (pat->pf.always || pat->pf.wide || (opts & PCRE2_EXTENDED))
		return;
	if (!piece_alone(src, len, false))
		return;
	size_t n = prefilter_split(src, len, starts, ends, 64);
	if (n < 2)
		return;
	struct rule_alt *alts = xcalloc(n, sizeof(*alts));
	for (size_t i = 0; i < n; i++) {
		int errcode;
		PCRE2_SIZE erroff;
		alts[i].code = rule_compile(src + starts[i], ends[i] - starts[i], opts, &errcode,
					    &erroff);
		prefilter_compile(src + starts[i], ends[i] - starts[i], false, &alts[i].pf);
		if (alts[i].code == NULL || alts[i].pf.always || alts[i].pf.wide) {
			for (size_t k = 0; k <= i; k++) {
				pcre2_code_free(alts[k].code);
				prefilter_deinit(&alts[k].pf);
			}
			free(alts);
			return;
		}
		alts[i].jit = pcre2_jit_compile(alts[i].code, PCRE2_JIT_COMPLETE) == 0;
		alts[i].start = starts[i];
		alts[i].end = ends[i];
	}
	pat->alts = alts;
	pat->alts_count = n;
	/* the alternatives' formulas say all the whole one would */
	free(pat->pf.formula);
	pat->pf.formula = NULL;
	pat->pf.formula_count = 0;
}

/* ---- lexicons: {NAME}, {A near N B}, {A then N B} ---- */

static bool
lexicon_name_char(char c, bool first)
{
	return (c >= 'A' && c <= 'Z') || (!first && ((c >= '0' && c <= '9') || c == '_'));
}

static struct lexicon *
lexicon_find(struct parser *p, const char *name, size_t n)
{
	for (size_t i = 0; i < p->lex_count; i++)
		if (strlen(p->lex[i].name) == n && memcmp(p->lex[i].name, name, n) == 0)
			return &p->lex[i];
	return NULL;
}

static bool expand_into(struct parser *p, const char *src, size_t len, bool extended,
			struct buf *out, const char *file, unsigned line, const char *what);

/* The body of lx with its references expanded, or NULL after a problem
 * (reported once: a cycle at the lexicon that closes it). */
static const char *
lexicon_expansion(struct parser *p, struct lexicon *lx, const char *file, unsigned line)
{
	if (lx->state == 2)
		return lx->bad ? NULL : lx->expanded;
	if (lx->state == 1) {
		char chain[512];
		size_t n = 0;
		unsigned from = 0;
		for (unsigned k = 0; k < p->sp; k++)
			if (p->stack[k] == lx)
				from = k;
		for (unsigned k = from; k < p->sp && n < sizeof(chain); k++)
			n += (size_t)snprintf(chain + n, sizeof(chain) - n, "%s -> ",
					      p->stack[k]->name);
		if (n < sizeof(chain))
			snprintf(chain + n, sizeof(chain) - n, "%s", lx->name);
		ruleset_problem_add(p->probs, lx->file, lx->line,
				    "lexicon %s is part of a cycle: %s", lx->name, chain);
		for (unsigned k = from; k < p->sp; k++)
			p->stack[k]->bad = true;
		return NULL;
	}
	if (p->sp >= RULES_LEXICON_DEPTH_MAX) {
		ruleset_problem_add(p->probs, file, line, "lexicons nested deeper than %u (at %s)",
				    RULES_LEXICON_DEPTH_MAX, lx->name);
		return NULL;
	}
	lx->state = 1;
	p->stack[p->sp++] = lx;
	struct buf b;
	buf_init(&b, RULES_EXPANDED_MAX);
	char what[160];
	snprintf(what, sizeof(what), "lexicon %s", lx->name);
	bool ok = expand_into(p, lx->body, strlen(lx->body), false, &b, lx->file, lx->line, what);
	p->sp--;
	lx->state = 2;
	if (!ok || lx->bad) {
		lx->bad = true;
		buf_deinit(&b);
		return NULL;
	}
	size_t n;
	lx->expanded = buf_take(&b, &n);
	return lx->expanded;
}

/* The most first characters a gap's look-ahead lists (more: none). */
#define GAP_FIRST_MAX 256

/* A look-ahead of the characters every match of exp (len bytes) starts
 * with, "(?=[..])", into *out (its prefixes, prefilter.h; false when they
 * are not known or too many). Put before exp, it changes no match. */
static bool
first_class(const char *exp, size_t len, struct buf *out)
{
	struct prefilter pf;
	prefilter_compile(exp, len, false, &pf);
	bool ok = !pf.always && pf.count > 0;
	uint32_t cps[GAP_FIRST_MAX];
	size_t n = 0;
	for (size_t i = 0; ok && i < pf.count; i++) {
		uint32_t c = pf.pfx[i].cp[0];
		bool seen = false;
		for (size_t j = 0; j < n && !seen; j++)
			seen = cps[j] == c;
		if (seen)
			continue;
		if (n == GAP_FIRST_MAX)
			ok = false;
		else
			cps[n++] = c;
	}
	prefilter_deinit(&pf);
	if (!ok)
		return false;
	buf_init(out, 16 * n + 16);
	ok = buf_append_str(out, "(?=[") == MB_OK;
	for (size_t j = 0; j < n && ok; j++) {
		char e[16];
		/* each character as \x{..}: nothing in it is read as syntax, under
		 * the x flag neither */
		snprintf(e, sizeof(e), "\\x{%x}", (unsigned)cps[j]);
		ok = buf_append_str(out, e) == MB_OK;
	}
	ok = ok && buf_append_str(out, "])") == MB_OK;
	if (!ok)
		buf_deinit(out);
	return ok;
}

/* The end of the counted repeat {m}, {m,} or {m,n} at s[i] (past its '}'),
 * or 0 when s[i] does not start one (a literal '{'). */
static size_t
repeat_end(const char *s, size_t len, size_t i)
{
	size_t j = i + 1, d = 0;
	while (j < len && s[j] >= '0' && s[j] <= '9')
		j++, d++;
	if (d == 0)
		return 0;
	if (j < len && s[j] == ',') {
		j++;
		while (j < len && s[j] >= '0' && s[j] <= '9')
			j++;
	}
	return j < len && s[j] == '}' ? j + 1 : 0;
}

/* The bytes of the escape at s[i] == '\\': two, or through the brace of
 * \p{..}, \x{..}, \g{..} and the like (braces that are not a lexicon's
 * nor a repeat's). */
static size_t
escape_len(const char *s, size_t len, size_t i)
{
	if (i + 2 < len && s[i + 2] == '{' && strchr("pPxNogk", s[i + 1])) {
		const char *close = memchr(s + i, '}', len - i);
		return close ? (size_t)(close - (s + i)) + 1 : len - i;
	}
	return i + 1 < len ? 2 : 1;
}

/*
 * The gaps of a (compiled, not extended) pattern written out: a group
 * right after a repeat (.{0,30}(推|踢|骂), [^。]{0,8}\b(shouted|hit)) gets
 * the look-ahead of its first characters (first_class), unless the group
 * may be left out (?, *, {0,..} after it). The same matches, as for a
 * proximity. Appends the result to *out and returns whether anything was
 * added.
 */
static bool
gap_lookaheads(const char *s, size_t len, struct buf *out)
{
	bool added = false, after_rep = false;
	for (size_t i = 0; i < len;) {
		char c = s[i];
		size_t take = 1;
		bool rep = false;
		if (c == '\\') {
			take = escape_len(s, len, i);
			/* \b after a repeat: the group after it is still in the gap */
			rep = after_rep && take == 2 && s[i + 1] == 'b';
		} else if (c == '[') {
			size_t j = prefilter_class_end(s, len, i);
			take = (j < len ? j + 1 : len) - i;
		} else if (c == '*' || c == '+') {
			rep = true;	/* a repeat, or one made possessive */
		} else if (c == '{') {
			size_t e = repeat_end(s, len, i);
			if (e) {
				take = e - i;
				rep = true;
			}
		} else if (c == '?' && after_rep) {
			rep = true;	/* lazy */
		} else if (c == '(' && after_rep && (i + 1 >= len || s[i + 1] != '?'
						      || (i + 2 < len && s[i + 2] == ':'))) {
			size_t e = prefilter_group_end(s, len, i);
			e = e < len ? e + 1 : 0;	/* past its ')' (0: unclosed) */
			char q = e && e < len ? s[e] : '\0';
			bool optional = q == '?' || q == '*'
					|| (q == '{' && e + 1 < len && (s[e + 1] == '0' || s[e + 1] == ','));
			struct buf f;
			if (e && !optional && first_class(s + i, e - i, &f)) {
				if (buf_append(out, f.data, f.len) != MB_OK) {
					buf_deinit(&f);
					return false;
				}
				buf_deinit(&f);
				added = true;
			}
		}
		if (i + take > len)
			take = len - i;
		if (buf_append(out, s + i, take) != MB_OK)
			return false;
		i += take;
		after_rep = rep;
	}
	return added;
}

char *
ruleset_gap_lookaheads(const char *src, size_t len)
{
	struct buf b;
	buf_init(&b, RULES_EXPANDED_MAX);
	if (!gap_lookaheads(src, len, &b)) {
		buf_deinit(&b);
		return NULL;
	}
	size_t n;
	return buf_take(&b, &n);
}

/*
 * Compiles a rule's source (a pattern, an alternative, a part) as PCRE2
 * code: as written, and when that compiles and is not extended, with its
 * gaps' look-aheads (gap_lookaheads) if that compiles too. Everything else
 * (prefixes, the splitting into alternatives, the Hyperscan units, the
 * problems' offsets) reads the source as written.
 */
static pcre2_code *
rule_compile(const char *src, size_t len, uint32_t opts, int *errcode, PCRE2_SIZE *erroff)
{
	pcre2_code *code = pcre2_compile((PCRE2_SPTR)src, len, opts, errcode, erroff, NULL);
	if (code == NULL || (opts & PCRE2_EXTENDED))
		return code;
	char *g = ruleset_gap_lookaheads(src, len);
	if (g == NULL)
		return code;
	int e;
	PCRE2_SIZE o;
	pcre2_code *gc = pcre2_compile((PCRE2_SPTR)g, strlen(g), opts, &e, &o, NULL);
	free(g);
	if (gc == NULL)
		return code;
	pcre2_code_free(code);
	return gc;
}

/* Reads "{NAME}" or "{A near N B}" / "{A then N B}" at src (which starts
 * with '{' and an upper-case letter) and appends its expansion. Returns
 * the bytes read, or 0 after a problem. */
static size_t
expand_ref(struct parser *p, const char *src, size_t len, bool extended, struct buf *out,
	   const char *file, unsigned line, const char *what)
{
	const char *name[2];
	size_t nlen[2] = {0, 0};
	size_t i = 1;
	name[0] = src + i;
	while (i < len && lexicon_name_char(src[i], i == 1))
		i++;
	nlen[0] = (size_t)(src + i - name[0]);
	bool pair = false, both = false;
	unsigned long gap = 0;
	if (i < len && src[i] == ' ') {
		size_t w = ++i;
		while (i < len && src[i] >= 'a' && src[i] <= 'z')
			i++;
		if (i - w == 4 && memcmp(src + w, "near", 4) == 0)
			both = true;
		else if (!(i - w == 4 && memcmp(src + w, "then", 4) == 0))
			goto bad;
		if (i >= len || src[i] != ' ')
			goto bad;
		size_t d = ++i;
		while (i < len && src[i] >= '0' && src[i] <= '9' && i - d < 6)
			gap = gap * 10 + (unsigned long)(src[i++] - '0');
		if (i == d || i >= len || src[i] != ' ')
			goto bad;
		if (gap > RULES_NEAR_MAX) {
			ruleset_problem_add(p->probs, file, line, "%s: {%.*s ...}: at most %u "
					    "characters between the words (got %lu)", what,
					    (int)nlen[0], name[0], RULES_NEAR_MAX, gap);
			return 0;
		}
		name[1] = src + ++i;
		while (i < len && lexicon_name_char(src[i], src + i == name[1]))
			i++;
		nlen[1] = (size_t)(src + i - name[1]);
		if (nlen[1] == 0)
			goto bad;
		pair = true;
	}
	if (i >= len || src[i] != '}')
		goto bad;
	const char *exp[2] = {NULL, NULL};
	for (int k = 0; k < (pair ? 2 : 1); k++) {
		struct lexicon *lx = lexicon_find(p, name[k], nlen[k]);
		if (lx == NULL) {
			ruleset_problem_add(p->probs, file, line, "%s uses lexicon {%.*s}, which is "
					    "not defined (lexicon %.*s WORDS, in any file)", what,
					    (int)nlen[k], name[k], (int)nlen[k], name[k]);
			return 0;
		}
		if (p->sp > 0) {
			struct lexicon *by = p->stack[p->sp - 1];
			by->refs = xreallocarray(by->refs, by->refs_count + 1, sizeof(*by->refs));
			by->refs[by->refs_count++] = (size_t)(lx - p->lex);
		} else {
			lx->used = true;
		}
		if ((exp[k] = lexicon_expansion(p, lx, file, line)) == NULL)
			return 0;
	}
	/* under x, the words are read as written (blanks count) */
	const char *open = extended ? "(?-x:" : "(?:";
	char gapq[32];
	snprintf(gapq, sizeof(gapq), ".{0,%lu}", gap);
	bool ok = true;
	if (!pair) {
		ok = buf_append_str(out, open) == MB_OK && buf_append_str(out, exp[0]) == MB_OK
		     && buf_putc(out, ')') == MB_OK;
	} else {
		ok = buf_append_str(out, "(?:") == MB_OK;
		for (int k = 0; k < (both ? 2 : 1) && ok; k++) {
			const char *a = exp[k], *b = exp[1 - k];
			ok = (k == 0 || buf_putc(out, '|') == MB_OK)
			     && buf_append_str(out, open) == MB_OK && buf_append_str(out, a) == MB_OK
			     && buf_putc(out, ')') == MB_OK && buf_append_str(out, gapq) == MB_OK
			     && buf_append_str(out, open) == MB_OK && buf_append_str(out, b) == MB_OK
			     && buf_putc(out, ')') == MB_OK;
		}
		ok = ok && buf_putc(out, ')') == MB_OK;
	}
	if (!ok) {
		ruleset_problem_add(p->probs, file, line, "%s: longer than %u bytes once its "
				    "lexicons are expanded", what, RULES_EXPANDED_MAX);
		return 0;
	}
	return i + 1;
bad:
	ruleset_problem_add(p->probs, file, line, "%s: cannot read '%.*s': write {NAME}, "
			    "{A near N B} or {A then N B} (write a literal { as \\{)", what,
			    (int)(i < len ? i + 1 : len), src);
	return 0;
}

/* Appends src to out with its lexicon references expanded. false: a
 * problem was reported at file:line. */
static bool
expand_into(struct parser *p, const char *src, size_t len, bool extended, struct buf *out,
	    const char *file, unsigned line, const char *what)
{
	bool in_class = false;
	for (size_t i = 0; i < len;) {
		char c = src[i];
		size_t take = 1;
		if (c == '\\') {
			take = escape_len(src, len, i);	/* \p{..}: braces not ours */
		} else if (in_class) {
			if (c == ']')
				in_class = false;
		} else if (c == '[') {
			in_class = true;
			if (i + 1 < len && src[i + 1] == '^')
				take++;
			if (i + take < len && src[i + take] == ']')
				take++;
		} else if (c == '{' && i + 1 < len && lexicon_name_char(src[i + 1], true)) {
			size_t n = expand_ref(p, src + i, len - i, extended, out, file, line, what);
			if (n == 0)
				return false;
			i += n;
			continue;
		}
		if (buf_append(out, src + i, take) != MB_OK) {
			ruleset_problem_add(p->probs, file, line, "%s: longer than %u bytes once "
					    "its lexicons are expanded", what, RULES_EXPANDED_MAX);
			return false;
		}
		i += take;
	}
	return true;
}

/* "lexicon NAME WORDS" (first pass). A lexicon line right after a line of
 * the same lexicon appends to it (joined with |): long lists stay one entry
 * a line. Anywhere else the name is taken. */
static void
lexicon_line(struct parser *p, const char *rest, size_t n)
{
	size_t k = 0;
	while (k < n && !is_blank(rest[k]))
		k++;
	const char *name = rest;
	size_t nl = k;
	bool valid = nl > 0;
	for (size_t i = 0; i < nl; i++)
		valid = valid && lexicon_name_char(name[i], i == 0);
	if (!valid) {
		PROBLEM(p, "lexicon needs a name of upper-case letters, digits and _, starting "
			   "with a letter (got '%.*s')", (int)nl, name);
		p->lex_last = -1;
		return;
	}
	char *body = value_text(rest + k, n - k);
	if (*body == '\0') {
		PROBLEM(p, "lexicon %.*s without words", (int)nl, name);
		free(body);
		return;
	}
	long bad = pattern_unnormalised(p->set->norm, body, strlen(body));
	if (bad >= 0)
		PROBLEM(p, "lexicon %.*s has '%c...', which normalised text never holds: write "
			   "lexicons in lower case, half-width, Simplified Chinese", (int)nl, name,
			body[bad]);
	struct lexicon *lx = lexicon_find(p, name, nl);
	if (lx && p->lex_last >= 0 && lx == &p->lex[p->lex_last]) {
		struct buf jb;
		size_t jl;
		buf_init(&jb, RULES_EXPANDED_MAX);
		if (buf_append_str(&jb, lx->body) != MB_OK || buf_putc(&jb, '|') != MB_OK
		    || buf_append_str(&jb, body) != MB_OK) {
			PROBLEM(p, "lexicon %s longer than %u bytes", lx->name, RULES_EXPANDED_MAX);
			lx->bad = true;
		}
		free(lx->body);
		free(body);
		lx->body = buf_take(&jb, &jl);
		lx->bad = lx->bad || bad >= 0;
		return;
	}
	if (lx) {
		PROBLEM(p, "lexicon %.*s defined twice (first at %s:%u; to append, put its lines "
			   "one after the other)", (int)nl, name, lx->file, lx->line);
		free(body);
		p->lex_last = -1;
		return;
	}
	if (p->lex_count >= RULES_LEXICONS_MAX) {
		if (!p->too_many_lexicons)
			PROBLEM(p, "more than %u lexicons", RULES_LEXICONS_MAX);
		p->too_many_lexicons = true;
		free(body);
		return;
	}
	p->lex = xreallocarray(p->lex, p->lex_count + 1, sizeof(*p->lex));
	lx = &p->lex[p->lex_count];
	memset(lx, 0, sizeof(*lx));
	lx->name = xmemdup0(name, nl);
	lx->body = body;
	lx->file = xstrdup(p->file);
	lx->line = p->line;
	lx->bad = bad >= 0;
	p->lex_last = (long)p->lex_count++;
}

/* After the first pass: every lexicon expands and compiles on its own. */
static void
lexicons_check(struct parser *p)
{
	for (size_t i = 0; i < p->lex_count; i++) {
		struct lexicon *lx = &p->lex[i];
		const char *exp = lexicon_expansion(p, lx, lx->file, lx->line);
		if (exp == NULL)
			continue;
		int errcode;
		PCRE2_SIZE erroff;
		pcre2_code *code = pcre2_compile((PCRE2_SPTR)exp, strlen(exp),
						 PCRE2_UTF | PCRE2_UCP, &errcode, &erroff, NULL);
		if (code == NULL) {
			PCRE2_UCHAR msg[256];
			pcre2_get_error_message(errcode, msg, sizeof(msg));
			ruleset_problem_add(p->probs, lx->file, lx->line, "lexicon %s does not "
					    "compile (%zu bytes expanded) at offset %zu: %s", lx->name,
					    strlen(exp), (size_t)erroff, (const char *)msg);
			lx->bad = true;
		}
		pcre2_code_free(code);
	}
}

static void
lexicon_mark(struct parser *p, struct lexicon *lx, unsigned depth)
{
	if (depth > RULES_LEXICON_DEPTH_MAX)
		return;
	lx->used = true;
	for (size_t i = 0; i < lx->refs_count; i++)
		if (!p->lex[lx->refs[i]].used)
			lexicon_mark(p, &p->lex[lx->refs[i]], depth + 1);
}

/* After the second pass: a lexicon no pattern uses (itself, or through a
 * lexicon a pattern uses) is a problem: a word list that decides nothing. */
static void
lexicons_unused(struct parser *p)
{
	for (size_t i = 0; i < p->lex_count; i++)
		if (p->lex[i].used)
			lexicon_mark(p, &p->lex[i], 0);
	for (size_t i = 0; i < p->lex_count; i++)
		if (!p->lex[i].used && !p->lex[i].bad)
			ruleset_problem_add(p->probs, p->lex[i].file, p->lex[i].line,
					    "lexicon %s is never used (no pattern has {%s})",
					    p->lex[i].name, p->lex[i].name);
}

static void
lexicons_free(struct parser *p)
{
	for (size_t i = 0; i < p->lex_count; i++) {
		free(p->lex[i].name);
		free(p->lex[i].body);
		free(p->lex[i].file);
		free(p->lex[i].expanded);
		free(p->lex[i].refs);
	}
	free(p->lex);
}

/* "match /.../x": the pattern between the slashes, its flags, compiled. */
static bool
parse_pattern(struct parser *p, const char *s, size_t n, struct rule_pattern *pat)
{
	memset(pat, 0, sizeof(*pat));
	if (n == 0 || s[0] != '/') {
		PROBLEM(p, "a pattern is written between slashes: /.../");
		return false;
	}
	size_t i = 1;
	bool in_class = false, closed = false;
	while (i < n) {
		char c = s[i];
		if (c == '\\') {
			i += 2;
			continue;
		}
		if (in_class) {
			if (c == ']')
				in_class = false;
		} else if (c == '[') {
			in_class = true;
			/* a ']' first in a class is a literal */
			if (i + 1 < n && s[i + 1] == '^')
				i++;
			if (i + 1 < n && s[i + 1] == ']')
				i++;
		} else if (c == '/') {
			closed = true;
			break;
		}
		i++;
	}
	if (!closed) {
		PROBLEM(p, "the pattern has no closing slash (write a / inside it as \\/)");
		return false;
	}
	size_t plen = i - 1;
	const char *psrc = s + 1;
	i++;
	/* offset limits: classify.c tries a pattern where its prefixes start */
	uint32_t opts = PCRE2_UTF | PCRE2_UCP | PCRE2_NEVER_BACKSLASH_C | PCRE2_USE_OFFSET_LIMIT;
	while (i < n && !is_blank(s[i]) && s[i] != '#') {
		if (s[i] == 'x') {
			opts |= PCRE2_EXTENDED;
		} else {
			PROBLEM(p, "unknown pattern flag '%c' (the one flag is x, for extended syntax)",
				s[i]);
			return false;
		}
		i++;
	}
	while (i < n && is_blank(s[i]))
		i++;
	if (i < n && s[i] != '#') {
		PROBLEM(p, "text after the pattern's closing slash (one pattern a line; "
			   "write a / inside it as \\/)");
		return false;
	}
	if (plen == 0) {
		PROBLEM(p, "empty pattern (it would fire on every letter)");
		return false;
	}
	/* the lexicons expanded: what compiles, and what the prefilter reads */
	struct buf eb;
	buf_init(&eb, RULES_EXPANDED_MAX);
	char what[200];
	snprintf(what, sizeof(what), "rule %s: the pattern", p->cur->name);
	if (!expand_into(p, psrc, plen, (opts & PCRE2_EXTENDED) != 0, &eb, p->file, p->line,
			 what)) {
		buf_deinit(&eb);
		return false;
	}
	size_t elen;
	char *esrc = buf_take(&eb, &elen);
	bool expanded = elen != plen || memcmp(esrc, psrc, plen) != 0;
	int errcode;
	PCRE2_SIZE erroff;
	pcre2_code *code = rule_compile(esrc, elen, opts, &errcode, &erroff);
	if (code == NULL) {
		PCRE2_UCHAR msg[256];
		pcre2_get_error_message(errcode, msg, sizeof(msg));
		if (expanded)
			PROBLEM(p, "rule %s: the pattern does not compile once its lexicons are "
				   "expanded (%zu bytes) at offset %zu: %s", p->cur->name, elen,
				(size_t)erroff, (const char *)msg);
		else
			PROBLEM(p, "pattern does not compile at offset %zu: %s", (size_t)erroff,
				(const char *)msg);
		free(esrc);
		return false;
	}
	/* a pattern that matches the empty string would fire on every letter */
	pcre2_match_data *md = pcre2_match_data_create(1, NULL);
	int rc = pcre2_match(code, (PCRE2_SPTR) "", 0, 0, 0, md, p->set->mctx);
	pcre2_match_data_free(md);
	if (rc >= 0) {
		PROBLEM(p, "the pattern matches empty text, so it would fire on every letter");
		pcre2_code_free(code);
		free(esrc);
		return false;
	}
	long bad = pattern_unnormalised(p->set->norm, psrc, plen);
	if (bad >= 0 && !(opts & PCRE2_EXTENDED && psrc[bad] == '#')) {
		int k = 1;
		unsigned char c0 = (unsigned char)psrc[bad];
		if (c0 >= 0xF0) k = 4; else if (c0 >= 0xE0) k = 3; else if (c0 >= 0xC0) k = 2;
		if ((size_t)bad + (size_t)k > plen)
			k = 1;
		PROBLEM(p, "the pattern has '%.*s', which normalised text never holds: write "
			   "patterns in lower case, half-width, Simplified Chinese",
			k, psrc + bad);
		pcre2_code_free(code);
		free(esrc);
		return false;
	}
	pat->code = code;
	pat->jit = pcre2_jit_compile(code, PCRE2_JIT_COMPLETE) == 0;
	pat->source = xmemdup0(psrc, plen);
	prefilter_compile(esrc, elen, (opts & PCRE2_EXTENDED) != 0, &pat->pf);
	split_pattern(pat, esrc, elen, opts);
	pat->line = p->line;
	pat->expanded = esrc;
	pat->expanded_len = elen;
	pat->extended = (opts & PCRE2_EXTENDED) != 0;
	return true;
}

static void
add_pattern(struct parser *p, struct rule_pattern **v, size_t *count, const char *s, size_t n)
{
	if (*count >= RULES_PATTERNS_MAX) {
		PROBLEM(p, "more than %u match or unless lines in one rule", RULES_PATTERNS_MAX);
		return;
	}
	struct rule_pattern pat;
	if (!parse_pattern(p, s, n, &pat))
		return;
	*v = xreallocarray(*v, *count + 1, sizeof(**v));
	(*v)[(*count)++] = pat;
}

static void
add_example(struct parser *p, struct rule_example **v, size_t *count, const char *s, size_t n,
	    const char *key)
{
	char *t = value_text(s, n);
	if (*t == '\0') {
		PROBLEM(p, "%s without text", key);
		free(t);
		return;
	}
	if (*count >= RULES_EXAMPLES_MAX) {
		PROBLEM(p, "more than %u %s lines in one rule", RULES_EXAMPLES_MAX, key);
		free(t);
		return;
	}
	*v = xreallocarray(*v, *count + 1, sizeof(**v));
	(*v)[*count].text = t;
	(*v)[*count].line = p->line;
	(*count)++;
}

/* The rule just read is complete: say what it lacks. */
static void
finish_rule(struct parser *p)
{
	struct rule *r = p->cur;
	p->cur = NULL;
	if (r == NULL)
		return;
	unsigned saved = p->line;
	p->line = r->line;
	if (r->match_count == 0)
		PROBLEM(p, "rule %s has no match line", r->name);
	if (r->category == CATEGORY_NONE && r->department == NULL && !r->high_priority
	    && !r->confidential && !r->confidential_review)
		PROBLEM(p, "rule %s does nothing: give it a category, department, "
			   "priority high or confidential yes", r->name);
	if (r->examples_count == 0)
		PROBLEM(p, "rule %s has no example (a text it must fire on)", r->name);
	if (r->counters_count == 0)
		PROBLEM(p, "rule %s has no counter (a text it must not fire on)", r->name);
	p->line = saved;
}

static void
start_rule(struct parser *p, const char *rest, size_t n)
{
	finish_rule(p);
	p->block = BLOCK_RULE;
	char *name = value_text(rest, n);
	if (!valid_name(name)) {
		PROBLEM(p, "rule needs a name of letters, digits, _ . - (got '%s')", name);
		free(name);
		name = NULL;
	}
	if (p->set->count >= RULES_MAX) {
		if (!p->too_many_rules)
			PROBLEM(p, "more than %u rules in the set", RULES_MAX);
		p->too_many_rules = true;
		free(name);
		p->block = BLOCK_NONE;
		return;
	}
	if (name == NULL) {
		/* read the block anyway, to report its other problems */
		char tmp[32];
		snprintf(tmp, sizeof(tmp), "(line %u)", p->line);
		name = xstrdup(tmp);
	}
	struct ruleset *set = p->set;
	set->rules = xreallocarray(set->rules, set->count + 1, sizeof(*set->rules));
	struct rule *r = &set->rules[set->count++];
	memset(r, 0, sizeof(*r));
	r->name = name;
	r->file = xstrdup(p->file);
	r->line = p->line;
	r->category = CATEGORY_NONE;
	r->weight = 1;
	r->fields = RULE_FIELD_SUBJECT | RULE_FIELD_TEXT;
	p->cur = r;
	p->cur_has_category = p->cur_has_weight = p->cur_has_in = false;
	p->cur_has_priority = p->cur_has_confidential = false;
}

static bool
parse_int(const char *v, long lo, long hi, long *r)
{
	char *end;
	errno = 0;
	long x = strtol(v, &end, 10);
	if (errno || end == v || *end != '\0' || x < lo || x > hi)
		return false;
	*r = x;
	return true;
}

static bool
once(struct parser *p, bool *seen, const char *key)
{
	if (*seen) {
		PROBLEM(p, "%s given twice in rule %s", key, p->cur->name);
		return false;
	}
	*seen = true;
	return true;
}

static void
rule_key(struct parser *p, const char *key, size_t klen, const char *rest, size_t n)
{
	struct rule *r = p->cur;
#define KEY(k) (klen == sizeof(k) - 1 && memcmp(key, k, klen) == 0)
	if (KEY("match")) {
		add_pattern(p, &r->match, &r->match_count, rest, n);
		return;
	}
	if (KEY("unless")) {
		add_pattern(p, &r->unless, &r->unless_count, rest, n);
		return;
	}
	if (KEY("example")) {
		add_example(p, &r->examples, &r->examples_count, rest, n, "example");
		return;
	}
	if (KEY("counter")) {
		add_example(p, &r->counters, &r->counters_count, rest, n, "counter");
		return;
	}
	char *v = value_text(rest, n);
	if (r->route && !KEY("weight") && !KEY("in")) {
		PROBLEM(p, "route %s: a route of the directory takes weight, in, match, unless, "
			   "example and counter (its department is the block's; '%.*s' goes in a "
			   "rule of a *.rules file)", r->name, (int)klen, key);
		free(v);
		return;
	}
	if (KEY("category")) {
		if (once(p, &p->cur_has_category, "category")) {
			r->category = ruleset_category_parse(v);
			if (r->category == CATEGORY_NONE)
				PROBLEM(p, "unknown category '%s' (one of complaint, demand, "
					   "consultation, suggestion, information)", v);
		}
	} else if (KEY("weight")) {
		long w;
		if (once(p, &p->cur_has_weight, "weight")) {
			if (!parse_int(v, -RULES_WEIGHT_MAX, RULES_WEIGHT_MAX, &w) || w == 0)
				PROBLEM(p, "weight must be a whole number from %d to %d, not 0 "
					   "(got '%s')", -RULES_WEIGHT_MAX, RULES_WEIGHT_MAX, v);
			else
				r->weight = (int)w;
		}
	} else if (KEY("in")) {
		if (once(p, &p->cur_has_in, "in")) {
			unsigned fields = 0;
			char *save = v;
			while (*save) {
				while (is_blank(*save))
					save++;
				size_t wl = strcspn(save, " \t");
				if (wl == 0)
					break;
				if (wl == 7 && memcmp(save, "subject", 7) == 0)
					fields |= RULE_FIELD_SUBJECT;
				else if (wl == 4 && memcmp(save, "text", 4) == 0)
					fields |= RULE_FIELD_TEXT;
				else if (wl == 4 && memcmp(save, "from", 4) == 0)
					fields |= RULE_FIELD_FROM;
				else if (wl == 3 && memcmp(save, "any", 3) == 0)
					fields |= RULE_FIELD_ALL;
				else
					PROBLEM(p, "unknown field '%.*s' (subject, text, from or any)",
						(int)wl, save);
				save += wl;
			}
			if (fields == 0)
				PROBLEM(p, "in needs at least one field (subject, text, from or any)");
			else
				r->fields = fields;
		}
	} else if (KEY("department")) {
		if (r->department)
			PROBLEM(p, "department given twice in rule %s", r->name);
		else if (*v == '\0')
			PROBLEM(p, "department without a name");
		else if (strcasecmp(v, RULES_DEPARTMENT_NONE) == 0) {
			r->department = xstrdup(RULES_DEPARTMENT_NONE);
		} else {
			r->department = v;
			v = NULL;
		}
	} else if (KEY("priority")) {
		if (once(p, &p->cur_has_priority, "priority")) {
			if (strcmp(v, "high") == 0)
				r->high_priority = true;
			else if (strcmp(v, "normal") != 0)
				PROBLEM(p, "priority is normal or high (got '%s')", v);
		}
	} else if (KEY("confidential")) {
		if (once(p, &p->cur_has_confidential, "confidential")) {
			if (strcmp(v, "yes") == 0)
				r->confidential = true;
			else if (strcmp(v, "review") == 0)
				r->confidential_review = true;
			else if (strcmp(v, "no") != 0)
				PROBLEM(p, "confidential is yes, review or no (got '%s')", v);
		}
	} else {
		PROBLEM(p, "unknown key '%.*s' (rule keys: category weight in match unless "
			   "department priority confidential example counter)", (int)klen, key);
	}
#undef KEY
	free(v);
}

static void
settings_key(struct parser *p, const char *key, size_t klen, const char *rest, size_t n)
{
	char *v = value_text(rest, n);
	long x;
	if (klen == 9 && memcmp(key, "min_score", 9) == 0) {
		if (!parse_int(v, 0, 10000, &x))
			PROBLEM(p, "min_score must be a whole number from 0 to 10000 (got '%s')", v);
		else
			p->set->min_score = (int)x;
	} else if (klen == 6 && memcmp(key, "margin", 6) == 0) {
		if (!parse_int(v, 0, 10000, &x))
			PROBLEM(p, "margin must be a whole number from 0 to 10000 (got '%s')", v);
		else
			p->set->margin = (int)x;
	} else {
		PROBLEM(p, "unknown setting '%.*s' (min_score, margin)", (int)klen, key);
	}
	free(v);
}

/* A line of a department directory (*.dir): "department NAME" starts a
 * department, "zh NAME" gives its Chinese name, "route NAME" starts one of
 * its routing rules (rule keys weight, in, match, unless, example, counter). */
static void
directory_line(struct parser *p, const char *key, size_t klen, const char *rest, size_t n)
{
#define DKEY(k) (klen == sizeof(k) - 1 && memcmp(key, k, klen) == 0)
	struct ruleset *set = p->set;
	if (DKEY("department")) {
		finish_rule(p);
		p->block = BLOCK_DEPARTMENT;
		p->cur_dept = -1;
		char *name = value_text(rest, n);
		const struct ruleset_department *d = ruleset_department_find(set, name);
		if (*name == '\0' || strcasecmp(name, RULES_DEPARTMENT_NONE) == 0)
			PROBLEM(p, "department needs a name (and '%s' means no department)",
				RULES_DEPARTMENT_NONE);
		else if (d)	/* opened again: more routes, in file order */
			p->cur_dept = (long)(d - set->departments);
		else if (set->departments_count >= RULES_DEPARTMENTS_MAX)
			PROBLEM(p, "more than %u departments", RULES_DEPARTMENTS_MAX);
		else {
			set->departments = xreallocarray(set->departments, set->departments_count + 1,
							 sizeof(*set->departments));
			struct ruleset_department *nd = &set->departments[set->departments_count];
			memset(nd, 0, sizeof(*nd));
			nd->name = name;
			name = NULL;
			nd->file = xstrdup(p->file);
			nd->line = p->line;
			p->cur_dept = (long)set->departments_count++;
		}
		free(name);
		return;
	}
	if (DKEY("route")) {
		if (p->cur_dept < 0) {
			PROBLEM(p, "route outside a department (start with: department NAME)");
			finish_rule(p);
			p->block = BLOCK_NONE;
			return;
		}
		long d = p->cur_dept;
		start_rule(p, rest, n);
		if (p->cur) {
			p->cur->route = true;
			p->cur->department = xstrdup(d >= 0 ? set->departments[d].name : "?");
		}
		p->cur_dept = d;
		return;
	}
	if (DKEY("rule") || DKEY("settings")) {
		finish_rule(p);
		PROBLEM(p, "a department directory holds department and route blocks "
			   "('%.*s' goes in a *.rules file)", (int)klen, key);
		p->block = BLOCK_NONE;
		p->cur_dept = -1;
		return;
	}
	if (p->block == BLOCK_DEPARTMENT) {
		char *v = value_text(rest, n);
		struct ruleset_department *d = p->cur_dept >= 0 ? &set->departments[p->cur_dept]
								 : NULL;
		if (!DKEY("zh"))
			PROBLEM(p, "unknown key '%.*s' in a department (zh; its rules go in "
				   "route blocks)", (int)klen, key);
		else if (*v == '\0')
			PROBLEM(p, "zh without a name");
		else if (d && d->zh)
			PROBLEM(p, "zh given twice for department %s", d->name);
		else if (d) {
			for (size_t i = 0; i < set->departments_count; i++)
				if (set->departments[i].zh && strcmp(set->departments[i].zh, v) == 0)
					PROBLEM(p, "zh %s is also department %s's (%s:%u)", v,
						set->departments[i].name, set->departments[i].file,
						set->departments[i].line);
			d->zh = v;
			v = NULL;
		}
		free(v);
		return;
	}
	if (p->block == BLOCK_RULE) {
		rule_key(p, key, klen, rest, n);
		return;
	}
	PROBLEM(p, "'%.*s' outside a block (start one with: department NAME, or route NAME)",
		(int)klen, key);
#undef DKEY
}

static void
parse_line(struct parser *p, const char *s, size_t n)
{
	size_t i = 0;
	while (i < n && is_blank(s[i]))
		i++;
	if (i == n || s[i] == '#')
		return;
	size_t k = i;
	while (k < n && !is_blank(s[k]))
		k++;
	const char *key = s + i;
	size_t klen = k - i;
	while (k < n && is_blank(s[k]))
		k++;
	const char *rest = s + k;
	size_t rlen = n - k;
	bool is_lexicon = klen == 7 && memcmp(key, "lexicon", 7) == 0;
	if (p->pass == 1) {
		if (is_lexicon)
			lexicon_line(p, rest, rlen);
		else
			p->lex_last = -1;
		return;
	}
	if (is_lexicon) {
		/* read in the first pass; it ends the block before it */
		finish_rule(p);
		p->block = BLOCK_NONE;
		return;
	}
	if (p->directory) {
		directory_line(p, key, klen, rest, rlen);
		return;
	}
	if (klen == 4 && memcmp(key, "rule", 4) == 0) {
		start_rule(p, rest, rlen);
		return;
	}
	if (klen == 8 && memcmp(key, "settings", 8) == 0) {
		finish_rule(p);
		if (p->settings_seen)
			PROBLEM(p, "a second settings block (the first is at %s:%u)",
				p->settings_file, p->settings_line);
		p->settings_seen = true;
		if (p->settings_file == NULL) {
			p->settings_file = xstrdup(p->file);
			p->settings_line = p->line;
		}
		p->block = BLOCK_SETTINGS;
		return;
	}
	switch (p->block) {
	case BLOCK_NONE:
		if (!p->too_many_rules)
			PROBLEM(p, "'%.*s' outside a rule (start a block with: rule NAME)",
				(int)klen, key);
		break;
	case BLOCK_SETTINGS:
		settings_key(p, key, klen, rest, rlen);
		break;
	case BLOCK_DEPARTMENT:	/* only in a directory */
		break;
	case BLOCK_RULE:
		rule_key(p, key, klen, rest, rlen);
		break;
	}
}

static void
parse_file(struct parser *p, const struct ruleset_source *f)
{
	p->file = f->name;
	p->line = 0;
	p->block = BLOCK_NONE;
	p->cur = NULL;
	p->directory = f->directory;
	p->cur_dept = -1;
	p->lex_last = -1;
	if (f->len > RULES_FILE_MAX) {
		if (p->pass == 2)
			PROBLEM(p, "file larger than %u bytes", RULES_FILE_MAX);
		return;
	}
	const char *s = f->text;
	size_t left = f->len;
	if (left >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0) {
		s += 3;
		left -= 3;
	}
	while (left > 0) {
		p->line++;
		const char *nl = memchr(s, '\n', left);
		size_t n = nl ? (size_t)(nl - s) : left;
		size_t next = nl ? n + 1 : n;
		if (n > 0 && s[n - 1] == '\r')
			n--;
		if (n > RULES_LINE_MAX) {
			if (p->pass == 2)
				PROBLEM(p, "line longer than %u bytes", RULES_LINE_MAX);
			p->lex_last = -1;
		} else if (memchr(s, '\0', n)) {
			if (p->pass == 2)
				PROBLEM(p, "NUL byte in the line");
			p->lex_last = -1;
		} else {
			utf8proc_int32_t cp;
			bool ok = true;
			int ctl = -1;
			for (size_t i = 0; i < n;) {
				utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
								      (utf8proc_ssize_t)(n - i), &cp);
				if (k <= 0) {
					ok = false;
					break;
				}
				/* a control character is invisible in an editor and
				 * never what was meant: a backspace where "\b" was
				 * typed in a lexicon once matched nothing for weeks */
				if (ctl < 0 && ((cp < 0x20 && cp != '\t') || cp == 0x7F))
					ctl = (int)cp;
				i += (size_t)k;
			}
			if (!ok) {
				if (p->pass == 2)
					PROBLEM(p, "the line is not valid UTF-8 (save the file as UTF-8)");
				p->lex_last = -1;
			} else if (ctl >= 0) {
				if (p->pass == 2)
					PROBLEM(p, "a control character (0x%02X) in the line%s", (unsigned)ctl,
						ctl == 0x08 ? " (a word boundary is written \\b)" : "");
				p->lex_last = -1;
			} else {
				parse_line(p, s, n);
			}
		}
		s += next;
		left -= next;
	}
	if (p->pass == 2)
		finish_rule(p);
}

static int
rule_name_cmp(const void *a, const void *b)
{
	const struct rule *const *x = a, *const *y = b;
	int c = strcmp((*x)->name, (*y)->name);
	if (c)
		return c;
	return (*x < *y) ? -1 : (*x > *y);
}

/* Part p's source src[0 .. len) compiled alone into set->part_code[p]
 * (NULL when PCRE2 refuses it: the part is then read with its unit). */
static void
part_compile(struct ruleset *set, uint32_t p, const char *src, size_t len)
{
	uint32_t opts = PCRE2_UTF | PCRE2_UCP | PCRE2_NEVER_BACKSLASH_C | PCRE2_USE_OFFSET_LIMIT;
	int errcode;
	PCRE2_SIZE erroff;
	set->part_code[p] = rule_compile(src, len, opts, &errcode, &erroff);
	if (set->part_code[p])
		set->part_jit[p] = pcre2_jit_compile(set->part_code[p], PCRE2_JIT_COMPLETE) == 0;
}

/* Each part without prefixes of a unit with several parts, compiled alone
 * (set->part_code): its windows are searched for it, not for the whole;
 * and each prefixed part's tail (hsdb_part_tail): a point is tried only
 * when the tail matches in reach of it. */
static void
parts_compile(struct ruleset *set, const struct hsdb_unit *u, size_t n)
{
	size_t parts = hsdb_parts(set->hs);
	set->part_code = xcalloc(parts ? parts : 1, sizeof(*set->part_code));
	set->part_jit = xcalloc(parts ? parts : 1, sizeof(*set->part_jit));
	for (size_t k = 0; k < n; k++) {
		uint32_t p0, p1;
		if (u[k].extended || !hsdb_unit_parts(set->hs, (uint32_t)k, &p0, &p1))
			continue;
		for (uint32_t p = p0; p < p1; p++) {
			size_t a, b;
			uint32_t t;
			if (hsdb_part_tail(set->hs, p, &t)) {
				/* its tail, in the unit whose source holds it */
				uint32_t tu = hsdb_part_unit(set->hs, t);
				hsdb_part_source(set->hs, t, &a, &b);
				if (t < parts && tu < n && !set->part_code[t] && b > a && b <= u[tu].len
				    && piece_alone(u[tu].src + a, b - a, true))
					part_compile(set, t, u[tu].src + a, b - a);
			}
			hsdb_part_source(set->hs, p, &a, &b);
			if (hsdb_part_prefixed(set->hs, p) || p1 - p0 < 2 || b <= a || b > u[k].len
			    || !piece_alone(u[k].src + a, b - a, true))
				continue;
			part_compile(set, p, u[k].src + a, b - a);
		}
	}
}

/* Each part of a unit read part by part (a prefixed part with a tail, or
 * a part searched alone) that has more than one, compiled as it matches in
 * its unit (set->part_exact: \b around it as hsdb_part_wrap says); the
 * unit is exact when all of them are. */
static void
exact_compile(struct ruleset *set, const struct hsdb_unit *u, size_t n)
{
	size_t parts = hsdb_parts(set->hs);
	set->part_exact = xcalloc(parts ? parts : 1, sizeof(*set->part_exact));
	set->part_exact_jit = xcalloc(parts ? parts : 1, sizeof(*set->part_exact_jit));
	set->unit_exact = xcalloc(n ? n : 1, sizeof(*set->unit_exact));
	uint32_t opts = PCRE2_UTF | PCRE2_UCP | PCRE2_NEVER_BACKSLASH_C | PCRE2_USE_OFFSET_LIMIT;
	for (size_t k = 0; k < n; k++) {
		uint32_t p0, p1, t;
		if (u[k].extended || !hsdb_unit_parts(set->hs, (uint32_t)k, &p0, &p1) || p1 - p0 < 2)
			continue;
		bool parted = false;
		for (uint32_t p = p0; p < p1 && !parted; p++)
			parted = hsdb_part_prefixed(set->hs, p)
					 ? hsdb_part_tail(set->hs, p, &t) && set->part_code[t]
					 : set->part_code[p] != NULL;
		if (!parted)
			continue;
		bool all = true;
		for (uint32_t p = p0; p < p1 && all; p++) {
			size_t a, b;
			unsigned w = hsdb_part_wrap(set->hs, p);
			hsdb_part_source(set->hs, p, &a, &b);
			if ((w & HSDB_WRAP_INEXACT) || b <= a || b > u[k].len
			    || !piece_alone(u[k].src + a, b - a, true)) {
				all = false;
				break;
			}
			struct buf e;
			buf_init(&e, b - a + 16);
			bool ok = buf_append_str(&e, w & HSDB_WRAP_LEAD ? "\\b(?:" : "(?:") == MB_OK
				  && buf_append(&e, u[k].src + a, b - a) == MB_OK
				  && buf_append_str(&e, w & HSDB_WRAP_TRAIL ? ")\\b" : ")") == MB_OK;
			int errcode;
			PCRE2_SIZE erroff;
			if (ok)
				set->part_exact[p] = rule_compile(e.data, e.len, opts, &errcode,
								  &erroff);
			buf_deinit(&e);
			if (set->part_exact[p] == NULL) {
				all = false;
				break;
			}
			set->part_exact_jit[p] = pcre2_jit_compile(set->part_exact[p],
								   PCRE2_JIT_COMPLETE) == 0;
		}
		set->unit_exact[k] = all;
	}
}

/* Numbers the units of every pattern (rule order; a split pattern's
 * alternatives one by one) and puts them in one Hyperscan database, when
 * there is Hyperscan and flags allow it. Without one (or when it cannot be
 * compiled) set->hs stays NULL: the prefilters decide, as before. */
static void
units_compile(struct ruleset *set, unsigned flags)
{
	size_t n = 0;
	for (int pass = 0; pass < 2; pass++) {
		struct hsdb_unit *u = NULL;
		if (pass == 1)
			u = xcalloc(n ? n : 1, sizeof(*u));
		size_t k = 0;
		for (size_t i = 0; i < set->count; i++) {
			struct rule *r = &set->rules[i];
			for (int w = 0; w < 2; w++) {
				struct rule_pattern *v = w ? r->unless : r->match;
				size_t vc = w ? r->unless_count : r->match_count;
				for (size_t j = 0; j < vc; j++) {
					struct rule_pattern *pat = &v[j];
					if (pat->alts_count == 0) {
						if (u) {
							pat->unit = (uint32_t)k;
							u[k] = (struct hsdb_unit){pat->expanded,
								pat->expanded_len, pat->extended};
						}
						k++;
						continue;
					}
					for (size_t a = 0; a < pat->alts_count; a++, k++) {
						struct rule_alt *alt = &pat->alts[a];
						if (!u)
							continue;
						alt->unit = (uint32_t)k;
						u[k] = (struct hsdb_unit){pat->expanded + alt->start,
							alt->end - alt->start, false};
					}
				}
			}
		}
		n = k;
		if (pass == 1) {
			set->units_count = n;
			if ((flags & RULESET_HYPERSCAN) && hsdb_available() && n > 0) {
				struct hsdb_stats st;
				char err[256];
				set->hs = hsdb_new(u, n, &st, err, sizeof(err));
				if (set->hs) {
					parts_compile(set, u, n);
					exact_compile(set, u, n);
				}
			}
			free(u);
		}
	}
}

const char *
ruleset_engine(const struct ruleset *set)
{
	return set->hs ? "hyperscan" : "prefilter";
}

/* The folder's model: one at most. */
static void
model_file(struct ruleset *set, const struct ruleset_source *f, struct ruleset_problems *probs)
{
	if (set->model) {
		ruleset_problem_add(probs, f->name, 0, "a second model file (one a folder)");
		return;
	}
	char err[256];
	unsigned line;
	if (f->len > RULES_FILE_MAX)
		ruleset_problem_add(probs, f->name, 0, "file larger than %u bytes", RULES_FILE_MAX);
	else if (model_parse(f->text, f->len, &set->model, &line, err, sizeof(err)) != MB_OK)
		ruleset_problem_add(probs, f->name, line, "%s", err);
}

enum mb_status
ruleset_parse(const struct ruleset_source *files, size_t count, struct ruleset **set_r,
	      struct ruleset_problems *probs)
{
	return ruleset_parse_with(files, count, 0, set_r, probs);
}

enum mb_status
ruleset_parse_with(const struct ruleset_source *files, size_t count, unsigned flags,
		   struct ruleset **set_r, struct ruleset_problems *probs)
{
	*set_r = NULL;
	struct ruleset *set = xcalloc(1, sizeof(*set));
	atomic_init(&set->refs, 1);
	set->min_score = RULES_DEFAULT_MIN_SCORE;
	set->margin = RULES_DEFAULT_MARGIN;
	char err[256];
	if (normalize_new(&set->norm, err, sizeof(err)) != MB_OK) {
		ruleset_problem_add(probs, "", 0, "%s", err);
		ruleset_free(set);
		return MB_FATAL;
	}
	set->mctx = pcre2_match_context_create(NULL);
	pcre2_set_match_limit(set->mctx, RULES_MATCH_LIMIT);
	pcre2_set_depth_limit(set->mctx, RULES_DEPTH_LIMIT);
	pcre2_set_heap_limit(set->mctx, RULES_HEAP_LIMIT_KIB);

	struct parser p;
	memset(&p, 0, sizeof(p));
	p.set = set;
	p.probs = probs;
	size_t before = probs->count + probs->dropped;
	crypto_hash_sha256_state hs;
	crypto_hash_sha256_init(&hs);
	/* lexicons first: any pattern of any file may use any of them */
	p.pass = 1;
	for (size_t i = 0; i < count; i++)
		if (!files[i].model)
			parse_file(&p, &files[i]);
	lexicons_check(&p);
	set->lexicons_count = p.lex_count;
	p.pass = 2;
	for (size_t i = 0; i < count; i++) {
		if (files[i].model)
			model_file(set, &files[i], probs);
		else
			parse_file(&p, &files[i]);
		/* the file's own name, not the folder it was read from */
		const char *base = strrchr(files[i].name, '/');
		base = base ? base + 1 : files[i].name;
		crypto_hash_sha256_update(&hs, (const unsigned char *)base, strlen(base) + 1);
		crypto_hash_sha256_update(&hs, (const unsigned char *)files[i].text, files[i].len);
		crypto_hash_sha256_update(&hs, (const unsigned char *)"", 1);
	}
	unsigned char h[crypto_hash_sha256_BYTES];
	crypto_hash_sha256_final(&hs, h);
	sodium_bin2hex(set->digest, sizeof(set->digest), h, (sizeof(set->digest) - 1) / 2);
	free(p.settings_file);
	lexicons_unused(&p);
	lexicons_free(&p);

	for (size_t i = 0; i < set->departments_count; i++)
		if (set->departments[i].zh == NULL)
			ruleset_problem_add(probs, set->departments[i].file, set->departments[i].line,
					    "department %s has no zh (its Chinese name)",
					    set->departments[i].name);

	/* duplicate names, across files */
	if (set->count > 1) {
		struct rule **byname = xcalloc(set->count, sizeof(*byname));
		for (size_t i = 0; i < set->count; i++)
			byname[i] = &set->rules[i];
		qsort(byname, set->count, sizeof(*byname), rule_name_cmp);
		for (size_t i = 1; i < set->count; i++)
			if (strcmp(byname[i]->name, byname[i - 1]->name) == 0) {
				struct rule *first = byname[i - 1], *dup = byname[i];
				ruleset_problem_add(probs, dup->file, dup->line,
						    "duplicate rule name %s (first at %s:%u)",
						    dup->name, first->file, first->line);
			}
		free(byname);
	}
	if (probs->count + probs->dropped > before) {
		ruleset_free(set);
		return MB_BAD_LETTER;
	}
	units_compile(set, flags);
	*set_r = set;
	return MB_OK;
}

static int
str_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Reads one file, bounded. Returns the bytes (caller frees) or NULL. */
static char *
read_rule_file(const char *path, size_t *len_r, struct ruleset_problems *probs)
{
	FILE *f = fopen(path, "rb");
	if (f == NULL) {
		ruleset_problem_add(probs, path, 0, "cannot open: %s", strerror(errno));
		return NULL;
	}
	struct buf b;
	buf_init(&b, RULES_FILE_MAX);
	char chunk[16384];
	size_t n;
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0) {
		if (buf_append(&b, chunk, n) != MB_OK) {
			ruleset_problem_add(probs, path, 0, "file larger than %u bytes",
					    RULES_FILE_MAX);
			buf_deinit(&b);
			fclose(f);
			return NULL;
		}
	}
	if (ferror(f)) {
		ruleset_problem_add(probs, path, 0, "read error: %s", strerror(errno));
		buf_deinit(&b);
		fclose(f);
		return NULL;
	}
	fclose(f);
	return buf_take(&b, len_r);
}

enum mb_status
ruleset_load_dir(const char *dir, struct ruleset **set_r, struct ruleset_problems *probs)
{
	return ruleset_load_dir_with(dir, 0, set_r, probs);
}

enum mb_status
ruleset_load_dir_with(const char *dir, unsigned flags, struct ruleset **set_r,
		      struct ruleset_problems *probs)
{
	*set_r = NULL;
	DIR *d = opendir(dir);
	if (d == NULL) {
		ruleset_problem_add(probs, dir, 0, "cannot read the rules folder: %s",
				    strerror(errno));
		return MB_FATAL;
	}
	char **names = NULL;
	size_t count = 0;
	enum mb_status st = MB_OK;
	struct dirent *de;
	while ((de = readdir(d)) != NULL) {
		size_t l = strlen(de->d_name);
		bool rules = l > 6 && strcmp(de->d_name + l - 6, ".rules") == 0;
		bool dirf = l > 4 && strcmp(de->d_name + l - 4, ".dir") == 0;
		bool modelf = l > 6 && strcmp(de->d_name + l - 6, ".model") == 0;
		if (!(rules || dirf || modelf) || de->d_name[0] == '.')
			continue;
		if (count >= RULES_FILES_MAX) {
			ruleset_problem_add(probs, dir, 0, "more than %u rule files", RULES_FILES_MAX);
			st = MB_BAD_LETTER;
			break;
		}
		names = xreallocarray(names, count + 1, sizeof(*names));
		size_t pl = strlen(dir) + 1 + l + 1;
		names[count] = xmalloc(pl);
		snprintf(names[count], pl, "%s/%s", dir, de->d_name);
		count++;
	}
	closedir(d);
	struct ruleset_source *src = NULL;
	if (st == MB_OK && count == 0) {
		ruleset_problem_add(probs, dir, 0, "no *.rules file in the folder");
		/* (a folder of *.dir files alone has no category rule either) */
		st = MB_FATAL;
	}
	if (st != MB_OK)
		goto out;
	qsort(names, count, sizeof(*names), str_cmp);
	src = xcalloc(count, sizeof(*src));
	for (size_t i = 0; i < count; i++) {
		src[i].name = names[i];
		size_t nl = strlen(names[i]);
		src[i].directory = nl > 4 && strcmp(names[i] + nl - 4, ".dir") == 0;
		src[i].model = nl > 6 && strcmp(names[i] + nl - 6, ".model") == 0;
		src[i].text = read_rule_file(names[i], &src[i].len, probs);
		if (src[i].text == NULL)
			st = MB_BAD_LETTER;
	}
	if (st == MB_OK)
		st = ruleset_parse_with(src, count, flags, set_r, probs);
out:
	for (size_t i = 0; i < count; i++) {
		if (src)
			free((char *)src[i].text);
		free(names[i]);
	}
	free(src);
	free(names);
	return st;
}
