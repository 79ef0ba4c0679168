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

#include <sodium.h>

#include <utf8proc.h>

#include "buf.h"
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
	normalize_free(&set->norm);
	pcre2_match_context_free(set->mctx);
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

/* ---- the parser ---- */

enum block { BLOCK_NONE, BLOCK_RULE, BLOCK_SETTINGS };

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

/* A pattern whose top-level alternatives all have literal prefixes is also
 * compiled one alternative at a time: an alternative whose prefix is not in
 * the text is skipped, and one that starts with a literal is found by
 * PCRE2's fast literal search. "Does it match" is the same either way. Not
 * done for extended syntax, back-references or options, whose meaning
 * crosses alternatives. */
static void
split_pattern(struct rule_pattern *pat, uint32_t opts)
{
	const char *src = pat->source;
	size_t len = strlen(src);
	size_t starts[64], ends[64];
	if (pat->pf.always || (opts & PCRE2_EXTENDED))
		return;
	for (size_t i = 0; i + 1 < len; i++) {
		if (src[i] == '\\' && ((src[i + 1] >= '1' && src[i + 1] <= '9') || src[i + 1] == 'g'
				       || src[i + 1] == 'k'))
			return;
		if (src[i] == '\\') {
			i++;
			continue;
		}
		if (src[i] == '(' && src[i + 1] == '?' && (i + 2 >= len || src[i + 2] != ':'))
			return;
		if (src[i] == '(' && src[i + 1] == '*')
			return;
	}
	size_t n = prefilter_split(src, len, starts, ends, 64);
	if (n < 2)
		return;
	struct rule_alt *alts = xcalloc(n, sizeof(*alts));
	for (size_t i = 0; i < n; i++) {
		int errcode;
		PCRE2_SIZE erroff;
		alts[i].code = pcre2_compile((PCRE2_SPTR)src + starts[i], ends[i] - starts[i], opts,
					     &errcode, &erroff, NULL);
		prefilter_compile(src + starts[i], ends[i] - starts[i], false, &alts[i].pf);
		if (alts[i].code == NULL || alts[i].pf.always) {
			for (size_t k = 0; k <= i; k++) {
				pcre2_code_free(alts[k].code);
				prefilter_deinit(&alts[k].pf);
			}
			free(alts);
			return;
		}
		alts[i].jit = pcre2_jit_compile(alts[i].code, PCRE2_JIT_COMPLETE) == 0;
	}
	pat->alts = alts;
	pat->alts_count = n;
	/* the alternatives' formulas say all the whole one would */
	free(pat->pf.formula);
	pat->pf.formula = NULL;
	pat->pf.formula_count = 0;
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
	uint32_t opts = PCRE2_UTF | PCRE2_UCP | PCRE2_NEVER_BACKSLASH_C;
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
	int errcode;
	PCRE2_SIZE erroff;
	pcre2_code *code = pcre2_compile((PCRE2_SPTR)psrc, plen, opts, &errcode, &erroff, NULL);
	if (code == NULL) {
		PCRE2_UCHAR msg[256];
		pcre2_get_error_message(errcode, msg, sizeof(msg));
		PROBLEM(p, "pattern does not compile at offset %zu: %s", (size_t)erroff,
			(const char *)msg);
		return false;
	}
	/* a pattern that matches the empty string would fire on every letter */
	pcre2_match_data *md = pcre2_match_data_create(1, NULL);
	int rc = pcre2_match(code, (PCRE2_SPTR) "", 0, 0, 0, md, p->set->mctx);
	pcre2_match_data_free(md);
	if (rc >= 0) {
		PROBLEM(p, "the pattern matches empty text, so it would fire on every letter");
		pcre2_code_free(code);
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
		return false;
	}
	pat->code = code;
	pat->jit = pcre2_jit_compile(code, PCRE2_JIT_COMPLETE) == 0;
	pat->source = xmemdup0(psrc, plen);
	prefilter_compile(psrc, plen, (opts & PCRE2_EXTENDED) != 0, &pat->pf);
	split_pattern(pat, opts);
	pat->line = p->line;
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
	    && !r->confidential)
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
		else {
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
			else if (strcmp(v, "no") != 0)
				PROBLEM(p, "confidential is yes or no (got '%s')", v);
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
	if (f->len > RULES_FILE_MAX) {
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
			PROBLEM(p, "line longer than %u bytes", RULES_LINE_MAX);
		} else if (memchr(s, '\0', n)) {
			PROBLEM(p, "NUL byte in the line");
		} else {
			utf8proc_int32_t cp;
			bool ok = true;
			for (size_t i = 0; i < n;) {
				utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
								      (utf8proc_ssize_t)(n - i), &cp);
				if (k <= 0) {
					ok = false;
					break;
				}
				i += (size_t)k;
			}
			if (!ok)
				PROBLEM(p, "the line is not valid UTF-8 (save the file as UTF-8)");
			else
				parse_line(p, s, n);
		}
		s += next;
		left -= next;
	}
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

enum mb_status
ruleset_parse(const struct ruleset_source *files, size_t count, struct ruleset **set_r,
	      struct ruleset_problems *probs)
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
	for (size_t i = 0; i < count; i++) {
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
		if (l <= 6 || strcmp(de->d_name + l - 6, ".rules") != 0 || de->d_name[0] == '.')
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
		st = MB_FATAL;
	}
	if (st != MB_OK)
		goto out;
	qsort(names, count, sizeof(*names), str_cmp);
	src = xcalloc(count, sizeof(*src));
	for (size_t i = 0; i < count; i++) {
		src[i].name = names[i];
		src[i].text = read_rule_file(names[i], &src[i].len, probs);
		if (src[i].text == NULL)
			st = MB_BAD_LETTER;
	}
	if (st == MB_OK)
		st = ruleset_parse(src, count, set_r, probs);
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
