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
#include "ruleset.h"

#define OK_TAIL "  example x1\n  counter y1\n"

static enum mb_status
parse1(const char *text, struct ruleset **set, struct ruleset_problems *probs)
{
	struct ruleset_source src = {"t.rules", text, strlen(text)};
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
	assert_int_equal(check_examples(set, &probs), 0);
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
	assert_int_equal(check_examples(set, &probs), 0);
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
	{"rule r\n  category demand\n  confidential maybe\n  match /a/\n" OK_TAIL, 3, "confidential is yes or no"},
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
	struct ruleset_source src[2] = {{"a.rules", a, strlen(a)}, {"b.rules", b, strlen(b)}};
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
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
