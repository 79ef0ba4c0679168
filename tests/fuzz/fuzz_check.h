/*
 * fuzz_check.h - the promises of letter.h, checked on every fuzzed letter;
 * a broken promise aborts, which libFuzzer reports as a crash.
 */
#ifndef MB_FUZZ_CHECK_H
#define MB_FUZZ_CHECK_H

#include <stdlib.h>
#include <string.h>

#include "charset.h"
#include "letter.h"
#include "limits.h"

static inline void
fuzz_check_str(const char *s)
{
	if (s != NULL && !utf8_valid(s, strlen(s)))
		abort();
}

static inline void
fuzz_check_letter(const struct letter *l, const void *data, size_t size)
{
	if (l->raw_len != size || (size && memcmp(l->raw, data, size) != 0))
		abort();
	if (l->subject == NULL || l->text == NULL)
		abort();
	/* text_len counts every byte: a NUL inside would make strlen shorter */
	if (strlen(l->text) != l->text_len || !utf8_valid(l->text, l->text_len))
		abort();
	if (l->text_len > MB_TEXT_MAX)
		abort();
	fuzz_check_str(l->subject);
	fuzz_check_str(l->from.name);
	fuzz_check_str(l->from.address);
	fuzz_check_str(l->message_id);
	fuzz_check_str(l->in_reply_to);
	for (size_t i = 0; i < l->to_count; i++) {
		fuzz_check_str(l->to[i].name);
		fuzz_check_str(l->to[i].address);
	}
	for (size_t i = 0; i < l->references_count; i++)
		fuzz_check_str(l->references[i]);
	for (size_t i = 0; i < l->attachments_count; i++) {
		fuzz_check_str(l->attachments[i].filename);
		fuzz_check_str(l->attachments[i].content_type);
		if (l->attachments[i].size > MB_ATTACHMENT_MAX)
			abort();
	}
	if (l->attachments_count > MB_ATTACHMENTS_MAX || l->warnings_count > MB_WARNINGS_MAX)
		abort();
	for (size_t i = 0; i < l->warnings_count; i++)
		fuzz_check_str(l->warnings[i]);
}

#endif
