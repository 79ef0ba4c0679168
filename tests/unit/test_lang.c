/*
 * test_lang.c - the language of a letter from its scripts: Chinese, English
 * or other.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "lang.h"

struct case_ {
	const char *text;
	enum letter_language lang;
};

static const struct case_ cases[] = {
	/* Chinese, Simplified and Traditional */
	{"尊敬的市长您好，我要投诉我们小区物业乱收费的问题，希望政府尽快处理。", LETTER_LANG_ZH},
	{"市長您好，我想反映違規停車的問題。", LETTER_LANG_ZH},
	{"投诉", LETTER_LANG_ZH},
	/* a rare character outside the BMP (U+20000) among common ones */
	{"我叫王𠀀，住在鼓楼区。", LETTER_LANG_ZH},
	/* English */
	{"Dear Mayor, I am writing to complain about the noise from the construction "
	 "site near our home. It starts at five in the morning.", LETTER_LANG_EN},
	{"Please fix the street light on our road.", LETTER_LANG_EN},
	/* Japanese: Han with kana */
	{"市長様、こんにちは。私は日本人です。駅前の自転車の問題について書きます。", LETTER_LANG_OTHER},
	{"こんにちは", LETTER_LANG_OTHER},
	/* Korean */
	{"시장님 안녕하세요. 저는 한국 사람입니다. 도로 문제에 대해 씁니다.", LETTER_LANG_OTHER},
	/* Chinese with some English words */
	{"市长您好，我们小区的WiFi和APP都不能用了，物业说是system问题，please help，"
	 "希望有关部门尽快解决这个问题，谢谢。", LETTER_LANG_ZH},
	{"我在Starbucks门口看到有人乱扔垃圾。", LETTER_LANG_ZH},
	/* English with a Chinese name in it */
	{"Dear Mayor, my name is 王小明 and I would like to report a broken street "
	 "light on our road. It has been dark for two weeks.", LETTER_LANG_EN},
	{"Hello, I am writing on behalf of Mr. 张伟 about the bus route to the airport.",
	 LETTER_LANG_EN},
	/* other Latin-script languages are not English */
	{"Bonjour monsieur le maire, je voudrais signaler un problème de bruit.",
	 LETTER_LANG_OTHER},
	/* Cyrillic */
	{"Здравствуйте, уважаемый мэр. Пишу вам о проблеме.", LETTER_LANG_OTHER},
	/* nothing to go on */
	{"", LETTER_LANG_OTHER},
	{"   \n\t ", LETTER_LANG_OTHER},
	{"12345 !!! 67890", LETTER_LANG_OTHER},
	{"，。！", LETTER_LANG_OTHER},
};

static void
test_cases(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		enum letter_language got = lang_detect(cases[i].text, strlen(cases[i].text));
		if (got != cases[i].lang)
			fail_msg("case %zu: %s, not %s", i, letter_language_name(got),
				 letter_language_name(cases[i].lang));
	}
}

/* Only n bytes are read. */
static void
test_length_honoured(void **state)
{
	(void)state;
	static const char s[] = "投诉 and the rest of a letter that is in English, please";
	assert_int_equal(lang_detect(s, 0), LETTER_LANG_OTHER);
	assert_int_equal(lang_detect(s, 6), LETTER_LANG_ZH);
	assert_int_equal(lang_detect(s, sizeof(s) - 1), LETTER_LANG_EN);
}

/* A long letter: decided from its start, the same as a short one. */
static void
test_long_text(void **state)
{
	(void)state;
	static const char line[] = "尊敬的市长您好，我要投诉我们小区物业乱收费的问题。\n";
	size_t n = 10000 * (sizeof(line) - 1);
	char *s = malloc(n);
	assert_non_null(s);
	for (size_t i = 0; i < 10000; i++)
		memcpy(s + i * (sizeof(line) - 1), line, sizeof(line) - 1);
	enum letter_language got = lang_detect(s, n);
	free(s);
	assert_int_equal(got, LETTER_LANG_ZH);
}

/* Invalid UTF-8 does not crash or read past n (ASan). */
static void
test_invalid_utf8(void **state)
{
	(void)state;
	static const char bad[] = {'\xE6', '\x8A'};
	(void)lang_detect(bad, sizeof(bad));
	static const char bad4[] = {'\xF0', '\xA0', '\x80'};
	(void)lang_detect(bad4, sizeof(bad4));
	static const char gbk[] = "\xCD\xB6\xCB\xDF\xCD\xB6\xCB\xDF";
	(void)lang_detect(gbk, sizeof(gbk) - 1);
	/* a cut sequence at the end of n, in the middle of the buffer */
	static const char cut[] = "投诉";
	assert_int_equal(lang_detect(cut, 4), LETTER_LANG_ZH);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_cases),
		cmocka_unit_test(test_length_honoured),
		cmocka_unit_test(test_long_text),
		cmocka_unit_test(test_invalid_utf8),
	};
	return cmocka_run_group_tests_name("lang", tests, NULL, NULL);
}
