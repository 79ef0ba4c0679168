/*
 * fuzz_rules.c - libFuzzer target for the rule-file and directory parser
 * (rules/ruleset.c).
 *
 * The first byte says whether the input is a rule file or a department
 * directory. Aborts when a promise breaks: a refused file has at least one
 * problem and every problem names the file, a line within it and a message;
 * a rule set parsed classifies a letter without crashing.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "classify.h"
#include "letter.h"
#include "ruleset.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size == 0 || size > 65536)
		return 0;
	struct ruleset_source src = {
		.name = (data[0] & 1) ? "fuzz.dir" : "fuzz.rules",
		.text = (const char *)data + 1,
		.len = size - 1,
		.directory = (data[0] & 1) != 0,
	};
	struct ruleset *set = NULL;
	struct ruleset_problems probs;
	memset(&probs, 0, sizeof(probs));
	enum mb_status st = ruleset_parse(&src, 1, &set, &probs);
	if (st == MB_OK) {
		if (set == NULL)
			abort();
		/* the rule set classifies a letter (its own text as the letter) */
		struct letter *l = letter_new(LETTER_SOURCE_EMAIL, data, size);
		free(l->subject);
		free(l->text);
		l->subject = strdup("fuzz");
		l->text = strndup((const char *)data + 1, size - 1);
		l->text_len = strlen(l->text);
		struct classification c;
		memset(&c, 0, sizeof(c));
		enum mb_status cs = classify_letter(set, l, &c);
		if (cs != MB_OK && cs != MB_LIMIT)
			abort();
		classify_deinit(&c);
		letter_free(&l);
		ruleset_unref(&set);
	} else {
		if (set != NULL || probs.count == 0)
			abort();
		for (size_t i = 0; i < probs.count; i++) {
			const struct ruleset_problem *p = &probs.v[i];
			if (p->file == NULL || p->message == NULL || p->message[0] == '\0')
				abort();
		}
	}
	ruleset_problems_deinit(&probs);
	return 0;
}
