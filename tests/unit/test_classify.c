/*
 * test_classify.c - the decision (scores, the tie order, min score and
 * margin, department, flags, automatic messages), the match limits (a
 * catastrophic pattern returns promptly, with a warning on the letter), and
 * the reload swap under readers.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <pthread.h>

#include <cmocka.h>

#include "classify.h"
#include "hsdb.h"
#include "prefilter.h"
#include "rulestore.h"
#include "ruleset.h"

#define T "  example x\n  counter y\n"

/* The set of the decision tests: one category rule per keyword. */
static const char decision_rules[] =
	"settings\n  min_score 2\n  margin 2\n"
	"rule c1\n  category complaint\n  weight 3\n  match /kickback/\n  confidential yes\n"
	"  department Discipline Inspection Commission\n  example kickback\n  counter kick\n"
	"rule d1\n  category demand\n  weight 3\n  match /unpaid/\n"
	"  department Human Resources and Social Security Bureau\n  example unpaid\n  counter paid\n"
	"rule q1\n  category consultation\n  weight 3\n  match /how do i/\n  example how do i\n  counter how\n"
	"rule s1\n  category suggestion\n  weight 1\n  match /suggest/\n  example suggest\n  counter sug\n"
	"rule i1\n  category information\n  weight 2\n  match /bus/\n  department Transport Bureau\n"
	"  example bus\n  counter bu\n"
	"rule h1\n  priority high\n  match /gas leak/\n  department Emergency Management Bureau\n"
	"  weight 5\n  example gas leak\n  counter gas\n"
	"rule n1\n  category demand\n  weight -3\n  in subject\n  match /ignore demand/\n"
	"  example ignore demand\n  counter ignore\n"
	"rule f1\n  category information\n  weight 2\n  in from\n  match /@bus\\.example/\n"
	"  example x@bus.example\n  counter bus\n";

static struct ruleset *
load_with(const char *text, unsigned flags)
{
	struct ruleset_source src = {"t.rules", text, strlen(text), false, false};
	struct ruleset_problems probs = {0};
	struct ruleset *set = NULL;
	enum mb_status st = ruleset_parse_with(&src, 1, flags, &set, &probs);
	if (st != MB_OK)
		fail_msg("%s:%u: %s", probs.v[0].file, probs.v[0].line, probs.v[0].message);
	ruleset_problems_deinit(&probs);
	return set;
}

static struct ruleset *
load(const char *text)
{
	return load_with(text, 0);
}

static struct letter *
mk(const char *subject, const char *text)
{
	struct letter *l = letter_new(LETTER_SOURCE_EMAIL, "", 0);
	free(l->subject);
	free(l->text);
	l->subject = strdup(subject);
	l->text = strdup(text);
	l->text_len = strlen(text);
	return l;
}

static const struct {
	const char *subject, *text;
	enum category category;
	bool review, confidential, high;
	const char *department;
} decisions[] = {
	/* one rule: its category, its department */
	{"", "my boss left wages unpaid", CATEGORY_DEMAND, false, false, false,
	 "Human Resources and Social Security Bureau"},
	/* Traditional and full width reach the same rules */
	{"ＵＮＰＡＩＤ", "", CATEGORY_DEMAND, false, false, false,
	 "Human Resources and Social Security Bureau"},
	/* a tie (3 and 3): the fixed order puts complaint before demand; the
	 * departments tie too: the one mentioned first wins */
	{"", "a kickback, and unpaid", CATEGORY_COMPLAINT, true, true, false,
	 "Discipline Inspection Commission"},
	/* a tie between demand and consultation: demand first */
	{"", "unpaid: how do i", CATEGORY_DEMAND, true, false, false,
	 "Human Resources and Social Security Bureau"},
	/* below min_score 2: unclassified, for review */
	{"", "i suggest", CATEGORY_NONE, true, false, false, NULL},
	/* nothing fired: unclassified */
	{"hello", "nothing here", CATEGORY_NONE, true, false, false, NULL},
	/* 3 against 2: ahead by less than the margin 2 */
	{"", "how do i take the bus", CATEGORY_CONSULTATION, true, false, false, "Transport Bureau"},
	/* 3 against 1: clear */
	{"", "how do i ... suggest", CATEGORY_CONSULTATION, false, false, false, NULL},
	/* a flag-only rule sets priority and, weighing most, the department */
	{"", "gas leak near the bus stop, unpaid", CATEGORY_DEMAND, true, false, true,
	 "Emergency Management Bureau"},
	/* a negative weight takes score away */
	{"ignore demand", "unpaid", CATEGORY_NONE, true, false, false,
	 "Human Resources and Social Security Bureau"},
	/* a department named in the subject counts twice */
	{"bus", "unpaid", CATEGORY_DEMAND, true, false, false, "Transport Bureau"},
};

static void
test_decisions(void **state)
{
	(void)state;
	struct ruleset *set = load(decision_rules);
	for (size_t i = 0; i < sizeof(decisions) / sizeof(decisions[0]); i++) {
		struct letter *l = mk(decisions[i].subject, decisions[i].text);
		struct classification c;
		assert_int_equal(classify_letter(set, l, &c), MB_OK);
		if (c.category != decisions[i].category || c.needs_review != decisions[i].review
		    || c.confidential != decisions[i].confidential || c.high_priority != decisions[i].high)
			fail_msg("row %zu: got %s review %d conf %d high %d", i,
				 ruleset_category_name(c.category), c.needs_review, c.confidential,
				 c.high_priority);
		if (decisions[i].department == NULL)
			assert_null(c.department);
		else if (c.department == NULL || strcmp(c.department, decisions[i].department))
			fail_msg("row %zu: department %s", i, c.department ? c.department : "none");
		classify_deinit(&c);
		letter_free(&l);
	}
	ruleset_unref(&set);
}

/* A text scanned without the bitmap (prefilter_scan_chars, what the
 * Hyperscan engine uses) has the same starts as one scanned with it, and
 * its filters say "may match" where the bitmap's say no. */
static void
test_prefilter_chars(void **state)
{
	(void)state;
	static const char *const pats[] = {"工作人员|民警", "(态度|不耐烦).{0,4}差", "rude|clerk",
					   "窗口"};
	const char *text = "那个民警态度很差，the clerk was rude，工作人员";
	struct prefilter_text *full = prefilter_text_new(), *chars = prefilter_text_new();
	prefilter_scan(full, text, strlen(text));
	prefilter_scan_chars(chars, text, strlen(text));
	uint32_t a[64], b[64];
	for (size_t i = 0; i < sizeof(pats) / sizeof(pats[0]); i++) {
		struct prefilter pf;
		prefilter_compile(pats[i], strlen(pats[i]), false, &pf);
		size_t na = prefilter_starts(&pf, full, a), nb = prefilter_starts(&pf, chars, b);
		assert_int_equal(na, nb);
		for (size_t k = 0; k < na && na != SIZE_MAX; k++)
			assert_int_equal(a[k], b[k]);
		assert_true(prefilter_may_match(&pf, chars));
		assert_true(prefilter_formula_may_match(&pf, chars));
		/* 窗口 is not in the text: the bitmap says so, no bitmap says may */
		if (i == 3)
			assert_false(prefilter_may_match(&pf, full));
		prefilter_deinit(&pf);
	}
	prefilter_text_deinit(full);
	prefilter_text_deinit(chars);
	free(full);
	free(chars);
}

static void
test_from_field_and_quote(void **state)
{
	(void)state;
	struct ruleset *set = load(decision_rules);
	struct letter *l = mk("", "Ｕｎｐａｉｄ wages");
	l->from.address = strdup("x@bus.example");
	struct classification c;
	(void)classify_letter(set, l, &c);
	assert_int_equal(c.hits_count, 2);
	assert_string_equal(c.hits[0].rule->name, "d1");
	assert_int_equal(c.hits[0].field, RULE_FIELD_TEXT);
	/* the quote is the letter's own (full-width) words */
	assert_int_equal(c.hits[0].start, 0);
	assert_int_equal(c.hits[0].end, strlen("Ｕｎｐａｉｄ"));
	assert_string_equal(c.hits[1].rule->name, "f1");
	assert_int_equal(c.hits[1].field, RULE_FIELD_FROM);
	classify_deinit(&c);
	letter_free(&l);
	ruleset_unref(&set);
}

/* A pattern is tried only where its literal prefixes start (offset limits):
 * the words it reports must be those of one ordinary search of the text. */
static const struct {
	const char *lexicons, *pattern, *text;
} starts_cases[] = {
	/* near: both orders, overlapping words, N = 0, the window exactly N */
	{"lexicon A ab|abc|b\nlexicon B bc|c\n", "{A near 0 B}", "xx abc abcbc"},
	{"lexicon A ab|abc|b\nlexicon B bc|c\n", "{A near 3 B}", "c..ab zz c"},
	{"lexicon A ab\nlexicon B cd\n", "{A near 2 B}", "cd..ab ab..cd"},
	{"lexicon A ab\nlexicon B cd\n", "{A near 2 B}", "ab...cd cd...ab"},
	{"lexicon A ab\nlexicon B cd\n", "{A then 1 B}", "cd ab ab.cd"},
	/* UTF-8: prefixes of one and two characters, the window in characters */
	{"lexicon A 政府|局\nlexicon B 没人回|拖\n", "{A near 4 B}", "我去了局里,说过没人回,政府拖"},
	{"lexicon A 政府|局\nlexicon B 没人回|拖\n", "{B near 1 A}", "拖了很久,政府一拖再拖局"},
	/* a look-around and a class before the words */
	{"lexicon A (?<!请)政府|[小中]学\n", "{A}", "请政府帮中学和政府"},
	{"lexicon A (?=ab)a|c\n", "\\b{A}\\w", "xab ab ca"},
	/* the leftmost match wins over the first alternative */
	{"lexicon A zz\n", "b[?]|(a|{A})[^,]{0,3}b", "a-b? x"},
	/* the Hyperscan scan's starts (hsdb_unit_starts): an option reaches
	 * the alternatives after it; a run goes on into a group, past an
	 * optional character, into a class; an alternative without prefixes
	 * (within its span before its guard, the interval from inside a
	 * character); a window on the literal after the prefix; an unbounded
	 * part; an optional first atom */
	{"", "x(?x)y|c d", "zz cd"},
	{"", "\\bm(r|s|rs)\\.? smith", "ask mrs. smith"},
	{"", "do(n'?t| not) want", "i dont want"},
	{"", "\\b(?:buses|e-?bikes?|\\d-day pass)\\b", "an ebike, a 3-day pass"},
	{"", "(闻到|有).{0,6}(燃气|煤气)", "有人说有一股很浓的煤气味"},
	{"", "\\d+号楼.{0,4}(漏水|停电)", "我住3号楼经常停电"},
	{"", "(?:\\b(?:pollut\\w*|noise)\\b.{0,10}(?:factory|plant))", "the noise from the plant"},
	{"", "(?:请)?尽快(处理|解决)", "希望尽快解决"},
	{"", "[小中]学(老师|校长)", "我是中学老师"},
	/* parts without prefixes searched alone (a \d first), beside a
	 * prefixed one: the leftmost of both, a decoy of each before */
	{"lexicon A 窗口|民警\nlexicon B \\d+次|推了\n", "{A near 6 B}",
	 "民警说了3遍,推 窗口 12次 民警"},
	{"lexicon A 窗口|民警\nlexicon B \\d+次|推了\n", "{A near 6 B}", "3次以后很久 5次,窗口"},
	/* tails: a group after a gap (X.{0,N}(?:Y)), past \b and a
	 * look-ahead, in reach and not (an X whose words \w* makes unbounded);
	 * the tail matching only beyond the reach of the first X */
	{"lexicon A officers?|clerks?\nlexicon B shouted|pushed\n",
	 "\\b{A}\\b.{0,12}\\b{B}\\b|\\b{B}\\b.{0,12}\\b{A}\\b",
	 "the clerk said nothing at all; later the officer pushed me"},
	{"lexicon A officers?|clerk\\w*\nlexicon B hit|pushed\n", "\\b{A}.{0,8}(?=[hp]){B}",
	 "clerkship and clerks, then the clerk hit us"},
	{"lexicon A 城管|民警\nlexicon B 踢|推(?:了|倒)\n", "{A}[^。]{0,5}{B}",
	 "城管来了。很久以后城管一脚踢翻,民警推倒"},
	/* a tail's reach through \w+ and [a-z]+: at most the longest run
	 * without spaces (one word in English, a clause in Chinese) */
	{"lexicon A clerk\\w*|officers?\nlexicon B hit|pushed\n", "\\b{A} [a-z]+ {B}",
	 "clerkships are rare hit counts; the clerk then hit us"},
	{"lexicon A 民警|城管\nlexicon B 踢|推了\n", "{A}\\d+号[^,]{0,2}{B}",
	 "民警12号楼下,后来城管3号又踢"},
	/* digits as prefixes (\\d: every Unicode digit, ASCII or not; a class
	 * with a range of digits or \\d): a part, a tail, optional, in a class */
	{"lexicon A office|bureau\nlexicon B (\\d+|two) hours|waited\n", "{A near 12 B}",
	 "the bureau said \xd9\xa3 hours; the office: \xe0\xa5\xa9 hours"},
	{"lexicon A office|bureau\nlexicon B (\\d+|two) hours|waited\n", "{B near 12 A}",
	 "\xe0\xa5\xa9 hours at the office, 3 hours at the office"},
	{"", "\\d?号楼(漏水|停电)", "说3号楼停电,号楼漏水"},
	{"", "[0-9一二三]+(块|元).{0,4}(就能|马上)", "给了三百块 5元就能办"},
	{"", "[0-9一二三四五六七八九十百千万两]+(块|元)[^。]{0,6}(就能|加急)",
	 "三天,给了两百块就能办"},
	{"", "(等了|拖了)[两几\\d]+天(了|没)", "拖了\xd9\xa3天没人管,等了两天了"},
	{"", "[两几\\d]+天(了|没)", "等了\xd9\xa3天没人管,等了两天了"},
	/* a tail's reach in characters: of one to four bytes, at the reach
	 * and one past it; after a point, and before a tail (a part
	 * searched alone) */
	{"lexicon A 民警|城管\nlexicon B 推了|踢\n", "{A}.{0,3}{B}",
	 "民警\xf0\x9f\x98\x80\xf0\x9f\x98\x80\xf0\x9f\x98\x80\xf0\x9f\x98\x80推了,城管a\xf0\x9f\x98\x80" "b踢 "
	 "民警\xf0\x9f\x98\x80\xf0\x9f\x98\x80\xf0\x9f\x98\x80推了"},
	{"lexicon A officer|clerk\nlexicon B hit|pushed\n", "\\b{A}\\b.{0,5}\\b{B}\\b",
	 "the officer then, pushed; the clerk, hit"},
	/* a unit tried part by part (each part as it matches in it): \b
	 * around a group of parts, at its end and its start; a \b of one
	 * alternative only (the unit is tried whole) */
	{"lexicon A clerk|officer\nlexicon B hit|pushed\n", "\\b(?:{A}.{0,6}{B}|{B}.{0,6}{A})\\b",
	 "the clerk hitting; pushed an officers; the clerk hit"},
	{"lexicon A ab|cd\nlexicon B xy|zw\n", "\\b(?:{A}.{0,4}{B}|{B}.{0,4}{A})",
	 "xab xy, zwcd ab, cd.zw"},
	{"", "(?:\\bfoo.{0,3}(?:bar)|baz.{0,3}(?:qux))", "xfoo bar baz qux foo bar"},
	{"", "(?:[^,。]{0,2}(?:好|坏)).{0,3}(?:推了|踢)",
	 "x\xf0\x9f\x98\x80好\xf0\x9f\x98\x80\xf0\x9f\x98\x80\xf0\x9f\x98\x80\xf0\x9f\x98\x80踢,坏a\xf0\x9f\x98\x80" "b踢"},
};

static void
test_starts_agree_with_search(void **state)
{
	(void)state;
	for (size_t row = 0; row < 2 * (sizeof(starts_cases) / sizeof(starts_cases[0])); row++) {
		/* each row with the literal prefilters, then with Hyperscan */
		unsigned flags = row % 2 ? RULESET_HYPERSCAN : 0;
		size_t i = row / 2;
		char text[2048];
		snprintf(text, sizeof(text), "%srule r\n  category demand\n  match /%s/\n"
			 "  example %s\n  counter qqq\n", starts_cases[i].lexicons,
			 starts_cases[i].pattern, starts_cases[i].text);
		struct ruleset *set = load_with(text, flags);
		const struct rule_pattern *pat = &set->rules[0].match[0];
		int errcode;
		PCRE2_SIZE erroff;
		pcre2_code *code = pcre2_compile((PCRE2_SPTR)pat->expanded, pat->expanded_len,
						 PCRE2_UTF | PCRE2_UCP, &errcode, &erroff, NULL);
		assert_non_null(code);
		pcre2_match_data *md = pcre2_match_data_create(1, NULL);
		const char *t = starts_cases[i].text;
		int rc = pcre2_match(code, (PCRE2_SPTR)t, strlen(t), 0, 0, md, NULL);
		struct letter *l = mk("", t);
		struct classification c;
		(void)classify_letter(set, l, &c);
		if (rc < 0) {
			if (c.hits_count != 0)
				fail_msg("row %zu (flags %u): fired, one search does not match", i, flags);
		} else {
			PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
			if (c.hits_count != 1 || c.hits[0].start != ov[0] || c.hits[0].end != ov[1])
				fail_msg("row %zu (flags %u): words [%zu, %zu), one search [%zu, %zu)", i, flags,
					 c.hits_count ? c.hits[0].start : 0,
					 c.hits_count ? c.hits[0].end : 0, (size_t)ov[0], (size_t)ov[1]);
		}
		classify_deinit(&c);
		letter_free(&l);
		pcre2_match_data_free(md);
		pcre2_code_free(code);
		ruleset_unref(&set);
	}
}

/* Units whose parts share their prefixes (a lexicon at the head of two
 * rules; the scan gathers their starts once a field), over letters one
 * after the other (the same scratch): each rule's words are its own
 * search's, in each letter. */
static void
test_shared_prefixes(void **state)
{
	(void)state;
	static const char *const texts[] = {
		"民警来了,民警推了我", "城管踢了摊子,民警推了", "民警说话, 城管 很远 踢", "没有人",
	};
	struct ruleset *set = load_with("lexicon A 民警|城管\n"
					"rule r1\n  category demand\n  match /{A}.{0,3}(?:推了|踢)/\n"
					"  example 民警推了\n  counter qqq\n"
					"rule r2\n  category complaint\n  match /{A}.{0,2}(?:踢|说话)/\n"
					"  example 城管踢\n  counter qqq\n", RULESET_HYPERSCAN);
	for (size_t i = 0; i < sizeof(texts) / sizeof(texts[0]); i++) {
		struct letter *l = mk("", texts[i]);
		struct classification c;
		(void)classify_letter(set, l, &c);
		size_t h = 0;
		for (size_t r = 0; r < set->count; r++) {
			const struct rule_pattern *pat = &set->rules[r].match[0];
			int errcode;
			PCRE2_SIZE erroff;
			pcre2_code *code = pcre2_compile((PCRE2_SPTR)pat->expanded, pat->expanded_len,
							 PCRE2_UTF | PCRE2_UCP, &errcode, &erroff, NULL);
			pcre2_match_data *md = pcre2_match_data_create(1, NULL);
			int rc = pcre2_match(code, (PCRE2_SPTR)texts[i], strlen(texts[i]), 0, 0, md, NULL);
			if (rc >= 0) {
				PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
				if (h >= c.hits_count || c.hits[h].rule != &set->rules[r]
				    || c.hits[h].start != ov[0] || c.hits[h].end != ov[1])
					fail_msg("letter %zu, rule %zu: not the words of one search", i, r);
				h++;
			}
			pcre2_match_data_free(md);
			pcre2_code_free(code);
		}
		assert_int_equal(h, c.hits_count);
		classify_deinit(&c);
		letter_free(&l);
	}
	ruleset_unref(&set);
}

static void
test_automatic_and_anonymous(void **state)
{
	(void)state;
	struct ruleset *set = load(decision_rules);
	struct letter *l = mk("Undelivered Mail", "unpaid kickback");
	l->auto_submitted = true;
	struct classification c;
	(void)classify_letter(set, l, &c);
	assert_true(c.automatic);
	assert_int_equal(c.category, CATEGORY_NONE);
	assert_int_equal(c.hits_count, 0);
	classify_deinit(&c);
	letter_free(&l);

	l = mk("", "unpaid");
	l->source = LETTER_SOURCE_FORM;
	l->anonymous = true;
	(void)classify_letter(set, l, &c);
	assert_true(c.confidential);
	assert_int_equal(c.category, CATEGORY_DEMAND);
	classify_deinit(&c);
	letter_free(&l);
	ruleset_unref(&set);
}

static double
now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void
test_catastrophic_pattern(void **state)
{
	(void)state;
	struct ruleset *set = load("rule evil\n  category demand\n  match /(a+)+$/\n"
				   "  example aaa\n  counter b\n"
				   "rule fine\n  category complaint\n  match /b$/\n"
				   "  example ab\n  counter a\n");
	char text[4096];
	memset(text, 'a', 4000);
	text[4000] = 'b';
	text[4001] = '\0';
	struct letter *l = mk("", text);
	struct classification c;
	double t0 = now();
	assert_int_equal(classify_letter(set, l, &c), MB_LIMIT);
	double took = now() - t0;
	/* 2^4000 paths; the match limit stops it (well under a second, even
	 * under the sanitizers) */
	assert_true(took < 2.0);
	assert_true(c.limit_hits >= 1);
	assert_int_equal(c.category, CATEGORY_COMPLAINT);	/* the other rules still ran */
	assert_true(l->warnings_count >= 1);
	assert_non_null(strstr(l->warnings[0], "rule evil"));
	assert_null(strstr(l->warnings[0], "aaaa"));	/* warnings never carry letter text */
	classify_deinit(&c);
	letter_free(&l);
	ruleset_unref(&set);
}

static void
test_field_cap(void **state)
{
	(void)state;
	struct ruleset *set = load(decision_rules);
	size_t n = 300 * 1024;
	char *text = malloc(n + 16);
	memset(text, 'x', n);
	memcpy(text + n, " unpaid", 8);
	struct letter *l = mk("", text);
	struct classification c;
	assert_int_equal(classify_letter(set, l, &c), MB_LIMIT);
	assert_true(c.field_cut);
	assert_int_equal(c.category, CATEGORY_NONE);	/* past the cap: not seen */
	assert_true(l->warnings_count >= 1);
	classify_deinit(&c);
	letter_free(&l);
	free(text);
	ruleset_unref(&set);
}

/* ---- the reload swap ---- */

struct reader_arg {
	struct rulestore *rs;
	volatile int *stop;
	unsigned long seen_a, seen_b, bad;
};

static void *
reader(void *p)
{
	struct reader_arg *a = p;
	struct letter *l = mk("", "unpaid");
	while (!*a->stop) {
		struct ruleset *set = rulestore_get(a->rs);
		struct classification c;
		(void)classify_letter(set, l, &c);
		/* set A says demand, set B complaint: never a mix, never freed under us */
		if (c.category == CATEGORY_DEMAND && set->count == 1)
			a->seen_a++;
		else if (c.category == CATEGORY_COMPLAINT && set->count == 2)
			a->seen_b++;
		else
			a->bad++;
		classify_deinit(&c);
		ruleset_unref(&set);
	}
	letter_free(&l);
	return NULL;
}

/* confidential review: sealed (confidential) and flagged review only when
 * no confidential yes rule fired; department none wins as "no department". */
static void
test_confidential_review_and_none(void **state)
{
	(void)state;
	struct ruleset *set = load(
		"lexicon FEAR 怕.{0,4}报复|不敢(署名|实名)\n"
		"rule conf_full\n  confidential yes\n  match /匿名/\n  example 匿名\n  counter 名字\n"
		"rule conf_weak\n  confidential review\n  match /{FEAR}/\n  example 怕被报复\n"
		"  counter 报复社会\n"
		"rule d_water\n  department Water Affairs Bureau\n  match /停水/\n  example 停水\n"
		"  counter 水\n"
		"rule d_none\n  department none\n  weight 3\n  match /市长本人/\n  example 市长本人\n"
		"  counter 市长\n");
	static const struct {
		const char *text;
		bool conf, review;
		const char *dept;
	} rows[] = {
		{"我怕被报复，停水三天了", true, true, "Water Affairs Bureau"},
		{"匿名反映，怕被报复", true, false, NULL},
		{"停水三天了", false, false, "Water Affairs Bureau"},
		{"写给市长本人：停水三天了", false, false, NULL},
	};
	for (size_t i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
		struct letter *l = mk("", rows[i].text);
		struct classification c;
		(void)classify_letter(set, l, &c);
		assert_int_equal(c.confidential, rows[i].conf);
		assert_int_equal(c.confidential_review, rows[i].review);
		if (rows[i].dept)
			assert_string_equal(c.department, rows[i].dept);
		else
			assert_null(c.department);
		classify_deinit(&c);
		letter_free(&l);
	}
	ruleset_unref(&set);
}

static void
test_reload_swap(void **state)
{
	(void)state;
	const char *a = "rule r\n  category demand\n  match /unpaid/\n" T;
	const char *b = "rule r\n  category complaint\n  match /unpaid/\n" T
			"rule r2\n  category complaint\n  match /zzz/\n  example zzz\n  counter y\n";
	struct rulestore rs;
	rulestore_init(&rs);
	assert_null(rulestore_get(&rs));
	assert_int_equal(rulestore_swap(&rs, load(a)), 1);

	/* a reader holding the old set keeps it after a swap */
	struct ruleset *held = rulestore_get(&rs);
	assert_int_equal(rulestore_swap(&rs, load(b)), 2);
	assert_int_equal(held->count, 1);
	struct ruleset *cur = rulestore_get(&rs);
	assert_int_equal(cur->count, 2);
	ruleset_unref(&cur);
	ruleset_unref(&held);	/* the last reference: the old set is freed here */

	/* a broken new set is refused; the store keeps the one it has */
	struct ruleset_source bad = {"bad.rules", "rule x\n  match /(/\n", 18, false, false};
	struct ruleset_problems probs = {0};
	struct ruleset *none = NULL;
	assert_int_not_equal(ruleset_parse(&bad, 1, &none, &probs), MB_OK);
	assert_null(none);
	ruleset_problems_deinit(&probs);
	cur = rulestore_get(&rs);
	assert_int_equal(cur->count, 2);
	ruleset_unref(&cur);

	/* readers on four threads while the main thread swaps A and B */
	volatile int stop = 0;
	struct reader_arg args[4];
	pthread_t th[4];
	for (int i = 0; i < 4; i++) {
		memset(&args[i], 0, sizeof(args[i]));
		args[i].rs = &rs;
		args[i].stop = &stop;
		pthread_create(&th[i], NULL, reader, &args[i]);
	}
	struct ruleset *sa = load(a), *sb = load(b);
	for (int k = 0; k < 200; k++) {
		rulestore_swap(&rs, ruleset_ref(k % 2 ? sb : sa));
		struct timespec ts = {0, 200000};
		nanosleep(&ts, NULL);
	}
	stop = 1;
	unsigned long total_a = 0, total_b = 0;
	for (int i = 0; i < 4; i++) {
		pthread_join(th[i], NULL);
		assert_int_equal(args[i].bad, 0);
		total_a += args[i].seen_a;
		total_b += args[i].seen_b;
	}
	assert_true(total_a > 0 && total_b > 0);
	ruleset_unref(&sa);
	ruleset_unref(&sb);
	rulestore_deinit(&rs);
}


/* The Hyperscan engine (RULESET_HYPERSCAN) and the literal prefilters agree
 * on every rule that fired and the words it matched: split patterns (the
 * first alternative that matches, not the leftmost match), word boundaries,
 * \w, bounded gaps, lexicon proximity, extended syntax, look-arounds, back
 * references (which Hyperscan rejects exactly), unless patterns, and texts
 * in both languages. Without Hyperscan both sets use the prefilters. */
static const char hs_rules[] =
	"lexicon STAFF 工作人员|民警|城管|officers?|clerks?\n"
	"lexicon RUDE 态度(蛮横|差)|不耐烦|骂人|shouted|rude\n"
	"rule a1\n  category complaint\n  match /{STAFF near 20 RUDE}/\n" T
	"rule a2\n  category demand\n  match /\\bunpaid\\b|工资|wages?\\b/\n" T
	"rule a3\n  category suggestion\n  match /\\b(suggest\\w*)\\b.{0,30}\\b(park|road)s?\\b/\n" T
	"rule a4\n  category consultation\n  match / how \\s+ (do|can) \\s+ i /x\n" T
	"rule a5\n  category information\n  match /(?<!not )\\bbus\\b(?! stop)/\n"
	"  unless /bus (fare|card)s?/\n" T
	"rule a6\n  confidential yes\n  match /(\\w+) \\1 again/\n" T
	"rule a7\n  category complaint\n  match /b|a/\n  in subject\n" T
	"rule a8\n  category demand\n  match /[^。!?]{0,6}(拖欠|欠薪)[^。]{0,10}(工资)+/\n" T;

static const char *const hs_texts[] = {
	"the officer shouted at me at the counter",
	"那个民警说话很不耐烦,还骂人",
	"my boss left wages unpaid for three months; 拖欠工资半年",
	"i suggested more parks along the road",
	"how   can i renew a permit",
	"the bus never came, the bus stop is empty, not bus, bus fare",
	"the bus is late",
	"again and again the same same again",
	"ba",
	"nothing here at all",
	"ＯＦＦＩＣＥＲ was RUDE, 工作人員態度差",
	"café naïve officers… rude",
};

/* The literal guards of hsdb.c are sound: a unit is marked on every text
 * it matches, whatever syntax surrounds its literals. */
static const struct {
	const char *pattern, *text;
} guard_cases[] = {
	{"ab?c", "xacx"},
	{"a\\.b\\/c", "a.b/c"},
	{"(工资|薪水)+拖欠", "薪水工资拖欠"},
	{"拖欠.{0,6}(工资|薪水)", "拖欠了三个月薪水"},
	{"x(?:yz)*w", "xw"},
	{"(?:ab|cd)?ef", "ef"},
	{"[小中]学", "中学"},
	{"[^。]{0,3}(欠薪)", "老板欠薪"},
	{"\\bofficers?\\b", "officer"},
	{"(?<!not )bus(?! stop)", "bus"},
	{"(?<name>ab)c", "abc"},
	{"(?>ab|a)c", "abc"},
	{"a{2,3}b", "aab"},
	{"(ab){2}c", "ababc"},
	{"ab*?c", "ac"},
	{"ab++c", "abbc"},
	{"\\x{41}bc", "Abc"},
	{"(?i)abc", "ABC"},
	{"(foo|)bar", "bar"},
	{"\\w+@\\w+", "a@b"},
	{"(a|b(c|d)e)f", "bdef"},
};

static void
test_hyperscan_guards(void **state)
{
	(void)state;
	if (!hsdb_available())
		return;
	size_t n = sizeof(guard_cases) / sizeof(guard_cases[0]);
	struct hsdb_unit u[sizeof(guard_cases) / sizeof(guard_cases[0])];
	for (size_t i = 0; i < n; i++)
		u[i] = (struct hsdb_unit){guard_cases[i].pattern, strlen(guard_cases[i].pattern),
					  false};
	struct hsdb_stats st;
	char err[256];
	struct hsdb *db = hsdb_new(u, n, &st, err, sizeof(err));
	assert_non_null(db);
	assert_int_equal(st.exact + st.always, n);
	struct hsdb_scratch *scr = hsdb_scratch_take(db);
	uint64_t *bits = calloc(hsdb_words(db), sizeof(uint64_t));
	assert_non_null(bits);
	for (size_t i = 0; i < n; i++) {
		hsdb_scan(db, scr, guard_cases[i].text, strlen(guard_cases[i].text), bits);
		if (!hsdb_may_match(bits, (uint32_t)i))
			fail_msg("/%s/ not marked on \"%s\"", guard_cases[i].pattern,
				 guard_cases[i].text);
	}
	/* a text without their literals marks no guarded unit */
	hsdb_scan(db, scr, "zzzz", 4, bits);
	assert_false(hsdb_may_match(bits, 0));
	assert_false(hsdb_may_match(bits, 2));
	free(bits);
	hsdb_scratch_give(db, &scr);
	hsdb_free(&db);
}

/* A unit that is one group around one alternative (a then-proximity,
 * (?:(?:A).{0,N}(?:B))) is read as its inside: a part with its tail, as
 * each alternative of a near-proximity is; and where its tail cannot match
 * in reach of its start it is not tried (the same answer as a search). */
static void
test_hyperscan_group_tail(void **state)
{
	(void)state;
	if (!hsdb_available())
		return;
	const char *pats[] = {"(?:(?:民警|officer).{0,6}(?:推了|shoved))",
			      "(?:(?:民警|officer).{0,6}(?:推了|shoved)|(?:推了|shoved).{0,6}(?:民警|officer))",
			      "\\b(?:(?:officer).{0,6}(?:shoved))\\b"};
	struct hsdb_unit u[3];
	for (size_t i = 0; i < 3; i++)
		u[i] = (struct hsdb_unit){pats[i], strlen(pats[i]), false};
	struct hsdb_stats st;
	char err[256];
	struct hsdb *db = hsdb_new(u, 3, &st, err, sizeof(err));
	assert_non_null(db);
	for (uint32_t i = 0; i < 3; i++) {
		uint32_t p0, p1, t;
		assert_true(hsdb_unit_parts(db, i, &p0, &p1));
		for (uint32_t p = p0; p < p1; p++)
			if (!hsdb_part_tail(db, p, &t))
				fail_msg("/%s/: part %u without its tail", pats[i], p - p0);
	}
	hsdb_free(&db);
}

static void
test_hyperscan_agrees(void **state)
{
	(void)state;
	struct ruleset_source src = {"t.rules", hs_rules, strlen(hs_rules), false, false};
	struct ruleset_problems probs = {0};
	struct ruleset *pf = NULL, *hs = NULL;
	assert_int_equal(ruleset_parse_with(&src, 1, 0, &pf, &probs), MB_OK);
	assert_int_equal(ruleset_parse_with(&src, 1, RULESET_HYPERSCAN, &hs, &probs), MB_OK);
	assert_string_equal(ruleset_engine(pf), "prefilter");
	assert_string_equal(ruleset_engine(hs), hsdb_available() ? "hyperscan" : "prefilter");
	assert_int_equal(pf->units_count, hs->units_count);
	size_t fired = 0;
	for (size_t i = 0; i < sizeof(hs_texts) / sizeof(hs_texts[0]); i++) {
		for (int subj = 0; subj < 2; subj++) {
			struct letter *l1 = subj ? mk(hs_texts[i], "") : mk("", hs_texts[i]);
			struct letter *l2 = subj ? mk(hs_texts[i], "") : mk("", hs_texts[i]);
			struct classification c1, c2;
			(void)classify_letter(pf, l1, &c1);
			(void)classify_letter(hs, l2, &c2);
			assert_int_equal(c1.hits_count, c2.hits_count);
			for (size_t h = 0; h < c1.hits_count; h++) {
				assert_string_equal(c1.hits[h].rule->name, c2.hits[h].rule->name);
				assert_int_equal(c1.hits[h].field, c2.hits[h].field);
				assert_int_equal(c1.hits[h].start, c2.hits[h].start);
				assert_int_equal(c1.hits[h].end, c2.hits[h].end);
			}
			assert_memory_equal(c1.scores, c2.scores, sizeof(c1.scores));
			assert_int_equal(c1.category, c2.category);
			assert_int_equal(c1.confidential, c2.confidential);
			fired += c1.hits_count;
			classify_deinit(&c1);
			classify_deinit(&c2);
			letter_free(&l1);
			letter_free(&l2);
		}
	}
	assert_true(fired >= 10);
	/* the split pattern /b|a/ on "ab": its first alternative's match */
	struct letter *l = mk("ab", "");
	struct classification c;
	(void)classify_letter(hs, l, &c);
	bool seen = false;
	for (size_t h = 0; h < c.hits_count; h++)
		if (strcmp(c.hits[h].rule->name, "a7") == 0) {
			seen = true;
			assert_int_equal(c.hits[h].start, 1);
			assert_int_equal(c.hits[h].end, 2);
		}
	assert_true(seen);
	classify_deinit(&c);
	letter_free(&l);
	ruleset_problems_deinit(&probs);
	ruleset_unref(&pf);
	ruleset_unref(&hs);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_decisions),
		cmocka_unit_test(test_starts_agree_with_search),
		cmocka_unit_test(test_shared_prefixes),
		cmocka_unit_test(test_hyperscan_group_tail),
		cmocka_unit_test(test_hyperscan_agrees),
		cmocka_unit_test(test_hyperscan_guards),
		cmocka_unit_test(test_prefilter_chars),
		cmocka_unit_test(test_from_field_and_quote),
		cmocka_unit_test(test_automatic_and_anonymous),
		cmocka_unit_test(test_catastrophic_pattern),
		cmocka_unit_test(test_field_cap),
		cmocka_unit_test(test_reload_swap),
		cmocka_unit_test(test_confidential_review_and_none),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
