/*
 * test_ruleset.c - the rule-file language: a valid file loads as written in
 * the issue; every error the loader reports has a row here (the text, the
 * line and words of the problem); duplicate names across files; the
 * examples check.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "check.h"
#include "classify.h"
#include "ruleset.h"

#define OK_TAIL "  example x1\n  counter y1\n"

static enum mb_status
parse1(const char *text, struct ruleset **set, struct ruleset_problems *probs)
{
	struct ruleset_source src = {"t.rules", text, strlen(text), false, false};
	memset(probs, 0, sizeof(*probs));
	return ruleset_parse(&src, 1, set, probs);
}

static void
test_issue_example_loads(void **state)
{
	(void)state;
	const char *text =
		"# comments start with #\n"
		"rule wage_arrears                     # unique name: letters, digits, _ . -\n"
		"  category   demand                   # one of the five\n"
		"  weight     4                        # default 1\n"
		"  in         subject text             # fields\n"
		"  match      /拖欠.{0,6}(工资|薪水|工钱)|欠薪|unpaid (wages?|salary)/\n"
		"  unless     /政策|规定/               # optional, repeatable\n"
		"  department Human Resources and Social Security Bureau\n"
		"  priority   high                     # optional\n"
		"  confidential yes                    # optional\n"
		"  example    老板拖欠我们三个月工资了          # must fire (repeatable)\n"
		"  counter    请问拖欠工资有什么政策规定        # must not fire (repeatable)\n";
	struct ruleset *set = NULL;
	struct ruleset_problems probs;
	assert_int_equal(parse1(text, &set, &probs), MB_OK);
	assert_int_equal(probs.count, 0);
	assert_int_equal(set->count, 1);
	const struct rule *r = &set->rules[0];
	assert_string_equal(r->name, "wage_arrears");
	assert_int_equal(r->category, CATEGORY_DEMAND);
	assert_int_equal(r->weight, 4);
	assert_int_equal(r->fields, RULE_FIELD_SUBJECT | RULE_FIELD_TEXT);
	assert_int_equal(r->match_count, 1);
	assert_int_equal(r->unless_count, 1);
	assert_string_equal(r->department, "Human Resources and Social Security Bureau");
	assert_true(r->high_priority);
	assert_true(r->confidential);
	assert_string_equal(r->examples[0].text, "老板拖欠我们三个月工资了");
	assert_int_equal(r->examples[0].line, 11);
	assert_string_equal(r->counters[0].text, "请问拖欠工资有什么政策规定");
	if (check_examples(set, &probs) != 0)
		fail_msg("%s:%u: %s", probs.v[0].file, probs.v[0].line, probs.v[0].message);
	ruleset_unref(&set);
	ruleset_problems_deinit(&probs);
}

static void
test_defaults_and_extensions(void **state)
{
	(void)state;
	const char *text =
		"settings\n  min_score 3\n  margin 0\n"
		"rule a.b-c_1\n  department Transport Bureau\n  in any\n"
		"  match /bus \\/ tram/x   # x: extended, the blanks do not count\n"
		"  match /[/]route/\n"
		"  example BUS/TRAM\n  example a /route\n  counter \\# bus\n";
	struct ruleset *set = NULL;
	struct ruleset_problems probs;
	assert_int_equal(parse1(text, &set, &probs), MB_OK);
	assert_int_equal(set->min_score, 3);
	assert_int_equal(set->margin, 0);
	const struct rule *r = &set->rules[0];
	assert_int_equal(r->category, CATEGORY_NONE);
	assert_int_equal(r->weight, 1);
	assert_int_equal(r->fields, RULE_FIELD_ALL);
	assert_int_equal(r->match_count, 2);
	assert_string_equal(r->counters[0].text, "# bus");
	if (check_examples(set, &probs) != 0)
		fail_msg("%s:%u: %s", probs.v[0].file, probs.v[0].line, probs.v[0].message);
	ruleset_unref(&set);
	ruleset_problems_deinit(&probs);
}

/* Every problem the loader reports: the file text, the line, and words the
 * message must hold. */
static const struct {
	const char *text;
	unsigned line;
	const char *words;
} errors[] = {
	{"category demand\n", 1, "outside a rule"},
	{"rule\n  category demand\n  match /a/\n" OK_TAIL, 1, "needs a name"},
	{"rule bad/name\n  category demand\n  match /a/\n" OK_TAIL, 1, "needs a name"},
	{"rule r\n  category demands\n  match /a/\n" OK_TAIL, 2, "unknown category"},
	{"rule r\n  category demand\n  category complaint\n  match /a/\n" OK_TAIL, 3, "given twice"},
	{"rule r\n  category demand\n  weight 0\n  match /a/\n" OK_TAIL, 3, "weight must be"},
	{"rule r\n  category demand\n  weight heavy\n  match /a/\n" OK_TAIL, 3, "weight must be"},
	{"rule r\n  category demand\n  weight 1000\n  match /a/\n" OK_TAIL, 3, "weight must be"},
	{"rule r\n  category demand\n  weight 2\n  weight 3\n  match /a/\n" OK_TAIL, 4, "given twice"},
	{"rule r\n  category demand\n  in body\n  match /a/\n" OK_TAIL, 3, "unknown field"},
	{"rule r\n  category demand\n  in\n  match /a/\n" OK_TAIL, 3, "at least one field"},
	{"rule r\n  category demand\n  in text\n  in subject\n  match /a/\n" OK_TAIL, 4, "given twice"},
	{"rule r\n  category demand\n  match a|b\n" OK_TAIL, 3, "between slashes"},
	{"rule r\n  category demand\n  match /a|b\n" OK_TAIL, 3, "no closing slash"},
	{"rule r\n  category demand\n  match /a/i\n" OK_TAIL, 3, "unknown pattern flag"},
	{"rule r\n  category demand\n  match /a/ /b/\n" OK_TAIL, 3, "text after the pattern"},
	{"rule r\n  category demand\n  match //\n" OK_TAIL, 3, "empty pattern"},
	{"rule r\n  category demand\n  match /(a/\n" OK_TAIL, 3, "does not compile"},
	{"rule r\n  category demand\n  match /a|/\n" OK_TAIL, 3, "matches empty text"},
	{"rule r\n  category demand\n  match /Unpaid/\n" OK_TAIL, 3, "normalised text never holds"},
	{"rule r\n  category demand\n  match /投訴/\n" OK_TAIL, 3, "normalised text never holds"},
	{"rule r\n  category demand\n  unless /(/\n  match /a/\n" OK_TAIL, 3, "does not compile"},
	{"rule r\n  category demand\n  department\n  match /a/\n" OK_TAIL, 3, "department without"},
	{"rule r\n  department A\n  department B\n  match /a/\n" OK_TAIL, 3, "department given twice"},
	{"rule r\n  category demand\n  priority urgent\n  match /a/\n" OK_TAIL, 3, "priority is normal or high"},
	{"rule r\n  category demand\n  priority high\n  priority high\n  match /a/\n" OK_TAIL, 4, "given twice"},
	{"rule r\n  category demand\n  confidential maybe\n  match /a/\n" OK_TAIL, 3, "confidential is yes, review or no"},
	{"rule r\n  category demand\n  confidential yes\n  confidential no\n  match /a/\n" OK_TAIL, 4, "given twice"},
	{"rule r\n  category demand\n  match /a/\n  example\n" OK_TAIL, 4, "example without text"},
	{"rule r\n  category demand\n  match /a/\n  counter   # only a comment\n" OK_TAIL, 4, "counter without text"},
	{"rule r\n  category demand\n  colour blue\n  match /a/\n" OK_TAIL, 3, "unknown key 'colour'"},
	{"rule r\n  category demand\n" OK_TAIL, 1, "has no match line"},
	{"rule r\n  match /a/\n" OK_TAIL, 1, "does nothing"},
	{"rule r\n  category demand\n  match /a/\n  counter y\n", 1, "has no example"},
	{"rule r\n  category demand\n  match /a/\n  example x\n", 1, "has no counter"},
	{"rule r\n  category demand\n  match /a/\n" OK_TAIL "rule r\n  category demand\n  match /b/\n"
	 OK_TAIL, 6, "duplicate rule name r (first at t.rules:1)"},
	{"settings\n  min_score -1\n", 2, "min_score must be"},
	{"settings\n  margin lots\n", 2, "margin must be"},
	{"settings\n  speed 3\n", 2, "unknown setting"},
	{"settings\n  margin 1\nsettings\n  margin 2\n", 3, "a second settings block"},
	{"rule r\n  category demand\n  match /\xff/\n" OK_TAIL, 3, "not valid UTF-8"},
	/* a backspace where \b was meant (departments.dir held one) */
	{"rule r\n  category demand\n  match /\x08hurt/\n" OK_TAIL, 3,
	 "a control character (0x08) in the line (a word boundary is written \\b)"},
	{"rule r\n  category demand\n  match /a\x1b/\n" OK_TAIL, 3, "a control character (0x1B)"},
};

static void
test_every_error(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof(errors) / sizeof(errors[0]); i++) {
		struct ruleset *set = NULL;
		struct ruleset_problems probs;
		enum mb_status st = parse1(errors[i].text, &set, &probs);
		if (st == MB_OK || probs.count == 0)
			fail_msg("row %zu loaded without a problem", i);
		assert_null(set);
		bool found = false;
		for (size_t k = 0; k < probs.count; k++)
			if (probs.v[k].line == errors[i].line
			    && strstr(probs.v[k].message, errors[i].words)
			    && strcmp(probs.v[k].file, "t.rules") == 0)
				found = true;
		if (!found)
			fail_msg("row %zu: wanted line %u '%s', got line %u '%s'", i, errors[i].line,
				 errors[i].words, probs.v[0].line, probs.v[0].message);
		ruleset_problems_deinit(&probs);
	}
}

static void
test_long_line(void **state)
{
	(void)state;
	char *text = malloc(10000);
	const char *head = "rule r\n  category demand\n  match /";
	size_t n = strlen(head);
	memcpy(text, head, n);
	memset(text + n, 'a', 5000);
	snprintf(text + n + 5000, 10000 - n - 5000, "/\n" OK_TAIL);
	struct ruleset *set = NULL;
	struct ruleset_problems probs;
	assert_int_not_equal(parse1(text, &set, &probs), MB_OK);
	assert_int_equal(probs.v[0].line, 3);
	assert_non_null(strstr(probs.v[0].message, "line longer than"));
	ruleset_problems_deinit(&probs);
	free(text);
}

static void
test_duplicate_across_files(void **state)
{
	(void)state;
	const char *a = "rule same\n  category demand\n  match /a/\n" OK_TAIL;
	const char *b = "\nrule same\n  category complaint\n  match /b/\n" OK_TAIL;
	struct ruleset_source src[2] = {{"a.rules", a, strlen(a), false, false}, {"b.rules", b, strlen(b), false, false}};
	struct ruleset *set = NULL;
	struct ruleset_problems probs = {0};
	assert_int_equal(ruleset_parse(src, 2, &set, &probs), MB_BAD_LETTER);
	assert_int_equal(probs.count, 1);
	assert_string_equal(probs.v[0].file, "b.rules");
	assert_int_equal(probs.v[0].line, 2);
	assert_non_null(strstr(probs.v[0].message, "first at a.rules:1"));
	ruleset_problems_deinit(&probs);
}

static void
test_examples_checked(void **state)
{
	(void)state;
	const char *text = "rule r\n  category demand\n  match /欠薪/\n"
			   "  example 老板拖欠工资\n  counter 公司欠薪三个月\n";
	struct ruleset *set = NULL;
	struct ruleset_problems probs;
	assert_int_equal(parse1(text, &set, &probs), MB_OK);
	assert_int_equal(check_examples(set, &probs), 2);
	assert_int_equal(probs.v[0].line, 4);
	assert_non_null(strstr(probs.v[0].message, "does not fire on its example"));
	assert_int_equal(probs.v[1].line, 5);
	assert_non_null(strstr(probs.v[1].message, "fires on its counter"));
	ruleset_unref(&set);
	ruleset_problems_deinit(&probs);
}

static void
test_load_dir_missing(void **state)
{
	(void)state;
	struct ruleset *set = NULL;
	struct ruleset_problems probs = {0};
	assert_int_equal(ruleset_load_dir("/nonexistent/rules", &set, &probs), MB_FATAL);
	assert_null(set);
	assert_non_null(strstr(probs.v[0].message, "cannot read"));
	ruleset_problems_deinit(&probs);
}

/* Lexicons: each problem `rules check` reports, at its file:line. */
static void
test_lexicon_problems(void **state)
{
	(void)state;
	static const struct {
		const char *text;
		unsigned line;
		const char *words;
	} rows[] = {
		{"rule a\n  category demand\n  match /{NOPE}/\n" OK_TAIL, 3,
		 "lexicon {NOPE}, which is not defined"},
		{"lexicon A x\nrule a\n  category demand\n  match /y/\n" OK_TAIL, 1,
		 "lexicon A is never used"},
		{"lexicon A x\nsettings\nlexicon A y\nrule a\n  category demand\n  match /{A}/\n" OK_TAIL, 3,
		 "lexicon A defined twice (first at t.rules:1"},
		{"lexicon A x|{B}\nlexicon B y|{A}\nrule a\n  category demand\n  match /{A}/\n"
		 OK_TAIL, 1, "cycle: A -> B -> A"},
		{"lexicon A x(\nrule a\n  category demand\n  match /{A}/\n" OK_TAIL, 1,
		 "lexicon A does not compile"},
		{"lexicon A x)\nrule a\n  category demand\n  match /({A}/\n" OK_TAIL, 1,
		 "lexicon A does not compile"},
		{"lexicon A x\nrule a\n  category demand\n  match /{A})/\n" OK_TAIL, 4,
		 "rule a: the pattern does not compile once its lexicons are expanded"},
		{"lexicon A Abc\nrule a\n  category demand\n  match /{A}/\n" OK_TAIL, 1,
		 "lexicon A has 'A...', which normalised text never holds"},
		{"lexicon A x\nlexicon B y\nrule a\n  category demand\n  match /{A near 9999 B}/\n"
		 OK_TAIL, 5, "at most 500 characters"},
		{"lexicon A x\nrule a\n  category demand\n  match /{A nearby 3 A}/\n" OK_TAIL, 4,
		 "write {NAME}, {A near N B} or {A then N B}"},
		{"lexicon a x\n", 1, "lexicon needs a name of upper-case letters"},
		{"rule a\n  category demand\n  confidential maybe\n  match /x/\n" OK_TAIL, 3,
		 "confidential is yes, review or no"},
	};
	for (size_t i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
		struct ruleset *set = NULL;
		struct ruleset_problems probs;
		if (parse1(rows[i].text, &set, &probs) == MB_OK)
			fail_msg("row %zu loads", i);
		bool found = false;
		for (size_t k = 0; k < probs.count; k++)
			if (probs.v[k].line == rows[i].line && strstr(probs.v[k].message, rows[i].words))
				found = true;
		if (!found)
			fail_msg("row %zu: want line %u '%s', got %s:%u: %s", i, rows[i].line,
				 rows[i].words, probs.count ? probs.v[0].file : "",
				 probs.count ? probs.v[0].line : 0, probs.count ? probs.v[0].message : "");
		ruleset_problems_deinit(&probs);
	}
}

/* Lexicons expand everywhere: across files, inside lexicons, appended on
 * consecutive lines, in proximity forms; braces that are not ours stay. */
static void
test_lexicon_expansion(void **state)
{
	(void)state;
	const char *a =
		"lexicon STAFF     工作人员|民警|辅警|城管|{CHIEF}|officer|clerk|official\n"
		"# a comment between appended lines\n\nlexicon STAFF     窗口\n"
		"lexicon RUDE      态度(蛮横|差)|不耐烦|训斥|骂人|shouted|rude|insulted\n";
	const char *b =
		"lexicon CHIEF     科长|所长\n"
		"rule complaint_staff\n  category complaint\n  weight 3\n"
		"  match /{STAFF near 20 RUDE}/\n"
		"  match /\\p{Han}{2}投诉\\d{3}/\n"
		"  example 窗口工作人员态度蛮横\n  example 他骂人，那个所长\n"
		"  example the officer shouted at me\n  example 市民投诉123\n"
		"  counter 工作人员很好，态度也好\n  counter 民警帮我找回了丢在公交车上的钱包和证件，非常感谢，那天我自己很不耐烦\n"
		"rule complaint_then\n  category complaint\n"
		"  match /{RUDE then 5 STAFF}/\n"
		"  example 训斥城管\n  counter 城管训斥\n"
		"rule complaint_gap\n  category complaint\n"
		"  match /骂.{0,4}{STAFF}|投诉.{0,3}{RUDE}?的/\n"
		"  example 骂了那个城管\n  example 投诉的\n  example 投诉他训斥的\n"
		"  counter 城管骂人\n";
	struct ruleset_source src[2] = {{"a.rules", a, strlen(a), false, false},
					 {"b.rules", b, strlen(b), false, false}};
	struct ruleset_problems probs = {0};
	struct ruleset *set = NULL;
	enum mb_status st = ruleset_parse(src, 2, &set, &probs);
	if (st != MB_OK)
		fail_msg("%s:%u: %s", probs.v[0].file, probs.v[0].line, probs.v[0].message);
	assert_int_equal(set->lexicons_count, 3);
	/* what compiles has, after each gap, a look-ahead of the next list's
	 * first characters (in code point order): i, r, s, 不, 态, 训, 骂 of
	 * RUDE; c, o, 城, 工, 所, 民, 科, 窗, 辅 of STAFF; the expanded source,
	 * which everything else reads, has none */
	const char *x = set->rules[0].match[0].expanded;
	assert_null(strstr(x, "(?="));
	char *g = ruleset_gap_lookaheads(x, strlen(x));
	assert_non_null(g);
	assert_non_null(strstr(g, ".{0,20}(?=[\\x{69}\\x{72}\\x{73}\\x{4e0d}\\x{6001}\\x{8bad}"
				  "\\x{9a82}])(?:态度"));
	assert_non_null(strstr(g, ".{0,20}(?=[\\x{63}\\x{6f}\\x{57ce}\\x{5de5}\\x{6240}"
				  "\\x{6c11}\\x{79d1}\\x{7a97}\\x{8f85}])(?:工作人员"));
	free(g);
	/* after a repeat and \b too; not before a group that may be left out
	 * (投诉的 fires), nor in a class or after a literal brace */
	x = set->rules[2].match[0].expanded;
	g = ruleset_gap_lookaheads(x, strlen(x));
	assert_non_null(g);
	assert_non_null(strstr(g, "骂.{0,4}(?=[\\x{63}"));
	assert_non_null(strstr(g, "投诉.{0,3}(?:态度"));
	free(g);
	static const char *const none[] = {"a.{0,3}(b|c)?d", "a+(b|)c", "[.{0,3}(]b", "a\\{2}(b)",
					   "x(?=y)", "a*(?!b)c", "a.{0,3}([[:alpha:])]x)?y"};
	for (size_t k = 0; k < sizeof(none) / sizeof(none[0]); k++)
		if ((g = ruleset_gap_lookaheads(none[k], strlen(none[k]))) != NULL)
			fail_msg("%s: a look-ahead where none belongs: %s", none[k], g);
	const char *he = "\\bhe\\b.{0,9}\\b(hit|kicked)\\b";
	g = ruleset_gap_lookaheads(he, strlen(he));
	assert_non_null(g);
	assert_string_equal(g, "\\bhe\\b.{0,9}\\b(?=[\\x{68}\\x{6b}])(hit|kicked)\\b");
	free(g);
	if (check_examples(set, &probs) != 0)
		fail_msg("%s:%u: %s", probs.v[0].file, probs.v[0].line, probs.v[0].message);
	ruleset_problems_deinit(&probs);
	ruleset_unref(&set);
}

/* The prefilter never skips a rule whose expanded lexicon would match: every
 * word of a long lexicon, alone and at either end of a proximity form, in
 * a text full of other words, fires the rule. */
static void
test_lexicon_prefilter_sound(void **state)
{
	(void)state;
	static const char *const words[] = {
		"工作人员", "民警", "辅警", "城管", "科长", "所长", "officer", "clerk", "official",
		"态度蛮横", "态度差", "不耐烦", "训斥", "骂人", "shouted", "rude", "insulted",
		"推诿", "刁难", "x光", "3号窗口", "qq群",
	};
	const size_t nw = sizeof(words) / sizeof(words[0]);
	char rules[8192];
	size_t off = 0;
	off += (size_t)snprintf(rules + off, sizeof(rules) - off,
				"lexicon W 工作人员|(民|辅)警|城管|[科所]长|officers?|clerk|"
				"official|态度(蛮横|差)|不耐?烦|训斥|骂人|shout(ed)?|rude|insult\\w*|"
				"推诿|刁难|x光|\\d号窗口|qq群\n"
				"lexicon Z 某某\n"
				"rule one\n  category complaint\n  match /{W}/\n  example 民警\n"
				"  counter 无关\n"
				"rule near\n  category complaint\n  match /{W near 30 Z}/\n"
				"  example 某某民警\n  counter 民警\n"
				"rule tail\n  category complaint\n  match /请问.{0,3}{W}|{Z}/\n"
				"  example 某某\n  counter 请问\n");
	struct ruleset *set = NULL;
	struct ruleset_problems probs;
	if (parse1(rules, &set, &probs) != MB_OK)
		fail_msg("%u: %s", probs.v[0].line, probs.v[0].message);
	ruleset_problems_deinit(&probs);
	for (size_t i = 0; i < nw; i++) {
		char t[256];
		snprintf(t, sizeof(t), "今天天气很好，我们去了%s那里", words[i]);
		if (classify_rule_fires(set, &set->rules[0], t, strlen(t)) != 1)
			fail_msg("{W} skipped '%s'", words[i]);
		snprintf(t, sizeof(t), "某某说了很多话%s", words[i]);
		if (classify_rule_fires(set, &set->rules[1], t, strlen(t)) != 1)
			fail_msg("{W near 30 Z} skipped '%s' after", words[i]);
		snprintf(t, sizeof(t), "%s一直说某某", words[i]);
		if (classify_rule_fires(set, &set->rules[1], t, strlen(t)) != 1)
			fail_msg("{W near 30 Z} skipped '%s' before", words[i]);
		snprintf(t, sizeof(t), "请问%s在吗", words[i]);
		if (classify_rule_fires(set, &set->rules[2], t, strlen(t)) != 1)
			fail_msg("请问.{0,3}{W} skipped '%s'", words[i]);
	}
	ruleset_unref(&set);
}

/* The directory: departments with zh and routes; department none; what it
 * reports. */
static void
test_directory(void **state)
{
	(void)state;
	const char *d =
		"lexicon WATER 停水|水压\n"
		"department Water Affairs Bureau\n  zh 水务局\n"
		"route dept_water\n  weight 2\n  match /{WATER}/\n  example 停水三天\n  counter 水果\n"
		"department Veterans Affairs Bureau\n  zh 退役军人事务局\n"
		"department Water Affairs Bureau\n"
		"route dept_water2\n  match /自来水/\n  example 自来水黄\n  counter 水果\n";
	const char *r =
		"rule none_mayor\n  department none\n  weight 5\n  match /市长本人/\n"
		"  example 写给市长本人\n  counter 市长热线\n"
		"rule d\n  department water affairs bureau\n  match /水表/\n  example 水表\n  counter 水\n";
	struct ruleset_source src[2] = {{"departments.dir", d, strlen(d), true, false},
					 {"x.rules", r, strlen(r), false, false}};
	struct ruleset_problems probs = {0};
	struct ruleset *set = NULL;
	if (ruleset_parse(src, 2, &set, &probs) != MB_OK)
		fail_msg("%s:%u: %s", probs.v[0].file, probs.v[0].line, probs.v[0].message);
	assert_int_equal(set->departments_count, 2);
	assert_string_equal(set->departments[1].zh, "退役军人事务局");
	assert_non_null(ruleset_department_find(set, "veterans affairs bureau"));
	assert_string_equal(set->rules[0].department, "Water Affairs Bureau");
	assert_string_equal(set->rules[1].department, "Water Affairs Bureau");
	assert_true(set->rules[1].route);
	assert_true(ruleset_same_department(set->rules[2].department, ""));
	assert_true(ruleset_same_department(NULL, "none"));
	ruleset_unref(&set);

	static const struct {
		const char *dir, *rules;
		unsigned line;
		const char *words;
	} rows[] = {
		{"route r\n  match /x/\n", "", 1, "route outside a department"},
		{"department A\n  zh 甲\nroute r\n  category demand\n  match /x/\n", "", 4,
		 "route r: a route of the directory takes weight"},
		{"department A\n", "", 1, "department A has no zh"},
		{"department A\n  zh 甲\n  zh 乙\n", "", 3, "zh given twice"},
		{"department A\n  zh 甲\nrule x\n", "", 3, "a department directory holds"},
	};
	for (size_t i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
		struct ruleset_source s2[2] = {{"d.dir", rows[i].dir, strlen(rows[i].dir), true, false},
						{"x.rules", rows[i].rules, strlen(rows[i].rules), false, false}};
		memset(&probs, 0, sizeof(probs));
		set = NULL;
		assert_int_not_equal(ruleset_parse(s2, 2, &set, &probs), MB_OK);
		bool found = false;
		for (size_t k = 0; k < probs.count; k++)
			if (probs.v[k].line == rows[i].line && strstr(probs.v[k].message, rows[i].words))
				found = true;
		if (!found)
			fail_msg("row %zu: want %u '%s', got %u: %s", i, rows[i].line, rows[i].words,
				 probs.count ? probs.v[0].line : 0, probs.count ? probs.v[0].message : "");
		ruleset_problems_deinit(&probs);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_issue_example_loads),
		cmocka_unit_test(test_defaults_and_extensions),
		cmocka_unit_test(test_every_error),
		cmocka_unit_test(test_long_line),
		cmocka_unit_test(test_duplicate_across_files),
		cmocka_unit_test(test_examples_checked),
		cmocka_unit_test(test_load_dir_missing),
		cmocka_unit_test(test_lexicon_problems),
		cmocka_unit_test(test_lexicon_expansion),
		cmocka_unit_test(test_lexicon_prefilter_sound),
		cmocka_unit_test(test_directory),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
