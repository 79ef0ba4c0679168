/*
 * letter.c - the letter struct's life cycle (see letter.h).
 */
#include "letter.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* nettle's SHA-256 uses the CPU's SHA instructions where there are some
 * (libsodium's is portable C: 39% of the parse time of letters with
 * attachments, issue 16) */
#include <nettle/sha2.h>

#include "limits.h"
#include "xalloc.h"

struct letter *
letter_new(enum letter_source source, const void *raw, size_t raw_len)
{
	struct letter *l = xcalloc(1, sizeof(*l));
	l->source = source;
	l->raw = (unsigned char *)xmemdup0(raw, raw_len);
	l->raw_len = raw_len;
	l->subject = xstrdup("");
	l->text = xstrdup("");
	return l;
}

static void
address_deinit(struct letter_address *a)
{
	free(a->name);
	free(a->address);
}

void
letter_free(struct letter **letterp)
{
	struct letter *l = *letterp;
	if (l == NULL)
		return;
	*letterp = NULL;
	free(l->source_key);
	free(l->message_id);
	free(l->in_reply_to);
	for (size_t i = 0; i < l->references_count; i++)
		free(l->references[i]);
	free(l->references);
	address_deinit(&l->from);
	for (size_t i = 0; i < l->reply_to_count; i++)
		address_deinit(&l->reply_to[i]);
	free(l->reply_to);
	for (size_t i = 0; i < l->to_count; i++)
		address_deinit(&l->to[i]);
	free(l->to);
	free(l->subject);
	free(l->text);
	for (size_t i = 0; i < l->attachments_count; i++) {
		free(l->attachments[i].filename);
		free(l->attachments[i].content_type);
		free(l->attachments[i].data);
	}
	free(l->attachments);
	free(l->raw);
	for (size_t i = 0; i < l->warnings_count; i++)
		free(l->warnings[i]);
	free(l->warnings);
	free(l->form_id);
	free(l->phone);
	free(l->district);
	free(l);
}

void
letter_warn(struct letter *l, const char *fmt, ...)
{
	if (l->warnings_count >= MB_WARNINGS_MAX) {
		l->warnings_dropped++;
		return;
	}
	char msg[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	/* the same warning twice says nothing new */
	for (size_t i = 0; i < l->warnings_count; i++)
		if (strcmp(l->warnings[i], msg) == 0)
			return;
	l->warnings = xreallocarray(l->warnings, l->warnings_count + 1, sizeof(char *));
	l->warnings[l->warnings_count++] = xstrdup(msg);
}

void
letter_attachment_add(struct letter *l, const char *filename,
		      const char *content_type, unsigned char *data, size_t size)
{
	l->attachments = xreallocarray(l->attachments, l->attachments_count + 1,
				       sizeof(*l->attachments));
	struct letter_attachment *a = &l->attachments[l->attachments_count++];
	a->filename = filename ? xstrdup(filename) : NULL;
	a->content_type = xstrdup(content_type ? content_type : "application/octet-stream");
	a->data = data;
	a->size = size;
	struct sha256_ctx ctx;
	sha256_init(&ctx);
	sha256_update(&ctx, size, data);
	sha256_digest(&ctx, sizeof(a->sha256), a->sha256);
}

void
letter_sha256_hex(const unsigned char sha[32], char out[LETTER_SHA256_HEX])
{
	static const char hex[] = "0123456789abcdef";
	for (int i = 0; i < 32; i++) {
		out[2 * i] = hex[sha[i] >> 4];
		out[2 * i + 1] = hex[sha[i] & 15];
	}
	out[64] = '\0';
}

void
letter_content_hash(const void *raw, size_t len, char hex[LETTER_SHA256_HEX])
{
	unsigned char sha[SHA256_DIGEST_SIZE];
	struct sha256_ctx ctx;
	sha256_init(&ctx);
	sha256_update(&ctx, len, raw);
	sha256_digest(&ctx, sizeof(sha), sha);
	letter_sha256_hex(sha, hex);
}

void
letter_file_key(const char hex[LETTER_SHA256_HEX], char key[LETTER_FILE_KEY_MAX])
{
	snprintf(key, LETTER_FILE_KEY_MAX, "file:%s", hex);
}

const char *
letter_source_name(enum letter_source s)
{
	return s == LETTER_SOURCE_FORM ? "form" : "email";
}

const char *
letter_language_name(enum letter_language lang)
{
	switch (lang) {
	case LETTER_LANG_ZH:
		return "zh";
	case LETTER_LANG_EN:
		return "en";
	default:
		return "other";
	}
}
