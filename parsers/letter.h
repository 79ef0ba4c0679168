/*
 * letter.h - the letter: what every later stage (rules, store, replies)
 * works on, whatever the source it came from.
 *
 * A parser (mime.c for e-mail, form.c for the web form) fills one; every
 * string in it is valid UTF-8 without NUL bytes, owned by the letter, and
 * freed by letter_free(). Times are UTC seconds since the epoch.
 */
#ifndef MB_LETTER_H
#define MB_LETTER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum letter_source {
	LETTER_SOURCE_EMAIL,
	LETTER_SOURCE_FORM,
};

enum letter_language {
	LETTER_LANG_OTHER,
	LETTER_LANG_ZH,
	LETTER_LANG_EN,
};

struct letter_address {
	char *name;	/* display name, decoded; NULL when none */
	char *address;	/* addr-spec; NULL when none */
};

struct letter_attachment {
	char *filename;		/* decoded; NULL when the part has none */
	char *content_type;	/* lower case "type/subtype" */
	size_t size;		/* decoded bytes */
	unsigned char sha256[32];
	unsigned char *data;	/* the decoded bytes (size of them) */
};

struct letter {
	enum letter_source source;
	char *source_key;	/* stable key at its source; set by the caller */

	char *message_id;	/* without angle brackets; NULL when absent */
	char *in_reply_to;	/* first id, without angle brackets */
	char **references;	/* ids, without angle brackets */
	size_t references_count;

	bool has_date;
	int64_t date;		/* Date: (or submitted_at), UTC */

	struct letter_address from;
	struct letter_address *reply_to;
	size_t reply_to_count;
	struct letter_address *to;
	size_t to_count;

	char *subject;		/* decoded; never NULL ("" when absent) */
	char *text;		/* the body as UTF-8 text; never NULL */
	size_t text_len;
	enum letter_language language;
	bool auto_submitted;	/* bounce, auto-reply, bulk or list mail */
	bool delivery_report;	/* has a message/delivery-status part (RFC 3464) */
	unsigned forwarded;	/* message/rfc822 parts whose text is in text */

	struct letter_attachment *attachments;
	size_t attachments_count;

	unsigned char *raw;	/* the input bytes, whole */
	size_t raw_len;

	char **warnings;	/* what was malformed, replaced or truncated */
	size_t warnings_count;
	size_t warnings_dropped;	/* past MB_WARNINGS_MAX */

	/* web-form only (NULL / false for e-mail) */
	char *form_id;
	char *phone;
	char *district;
	bool anonymous;
};

/* A new empty letter holding a copy of the raw bytes; caller frees. */
struct letter *letter_new(enum letter_source source, const void *raw, size_t raw_len);
void letter_free(struct letter **letterp);

/* Records a warning (printf format). Warnings never carry letter text: say
 * what was wrong and where (header, part number), not what it said. */
void letter_warn(struct letter *l, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* Adds an attachment, taking ownership of data (malloc'ed) and copying the
 * strings; computes the SHA-256. */
/* The letter's content hash: SHA-256 of raw (len bytes) as lower-case hex,
 * and the source key of a letter that has none of its own ("file:" + that
 * hash: the spool, `ingest` and `parse` must agree on it, or a letter is
 * filed twice). */
#define LETTER_SHA256_HEX	65
#define LETTER_FILE_KEY_MAX	(5 + LETTER_SHA256_HEX)
void letter_sha256_hex(const unsigned char sha[32], char out[LETTER_SHA256_HEX]);
void letter_content_hash(const void *raw, size_t len, char hex[LETTER_SHA256_HEX]);
void letter_file_key(const char hex[LETTER_SHA256_HEX], char key[LETTER_FILE_KEY_MAX]);

void letter_attachment_add(struct letter *l, const char *filename,
			   const char *content_type, unsigned char *data, size_t size);

const char *letter_source_name(enum letter_source s);
const char *letter_language_name(enum letter_language lang);

#endif
