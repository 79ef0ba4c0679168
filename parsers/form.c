/*
 * form.c - web-form submissions into letters (see form.h).
 */
#include "form.h"

#include <stdio.h>
#include <string.h>

#include <jansson.h>

#include "buf.h"
#include "charset.h"
#include "codec.h"
#include "date.h"
#include "lang.h"
#include "limits.h"
#include "xalloc.h"

struct form_field {
	const char *name;
	size_t max;
	bool required;
	bool number_ok;		/* an integer is read as its digits */
};

static const struct form_field form_fields[] = {
	{"id", MB_FORM_FIELD_MAX, true, true},
	{"submitted_at", MB_FORM_FIELD_MAX, true, false},
	{"name", MB_FORM_FIELD_MAX, false, false},
	{"phone", MB_FORM_FIELD_MAX, false, true},
	{"email", MB_FORM_FIELD_MAX, false, false},
	{"title", MB_FORM_TITLE_MAX, false, false},
	{"content", MB_FORM_CONTENT_MAX, true, false},
	{"district", MB_FORM_FIELD_MAX, false, false},
};

/* The string value of field `name`, checked; NULL with *st set on error,
 * NULL with MB_OK when absent or null and not required. */
static const char *
form_string(json_t *obj, const struct form_field *f, size_t *len_r, enum mb_status *st,
	    char numbuf[32], char *err, size_t errlen)
{
	json_t *v = json_object_get(obj, f->name);
	*st = MB_OK;
	if (v == NULL || json_is_null(v)) {
		if (f->required) {
			snprintf(err, errlen, "field \"%s\": missing (required: " FORM_REQUIRED ")",
				 f->name);
			*st = MB_BAD_LETTER;
		}
		return NULL;
	}
	if (f->number_ok && json_is_integer(v)) {
		snprintf(numbuf, 32, "%" JSON_INTEGER_FORMAT, json_integer_value(v));
		*len_r = strlen(numbuf);
		return numbuf;
	}
	if (!json_is_string(v)) {
		snprintf(err, errlen, "field \"%s\": must be a string", f->name);
		*st = MB_BAD_LETTER;
		return NULL;
	}
	const char *s = json_string_value(v);
	size_t len = json_string_length(v);
	if (memchr(s, '\0', len) != NULL) {
		snprintf(err, errlen, "field \"%s\": contains a NUL character", f->name);
		*st = MB_BAD_LETTER;
		return NULL;
	}
	if (len > f->max) {
		snprintf(err, errlen, "field \"%s\": %zu bytes, longer than the limit of %zu",
			 f->name, len, f->max);
		*st = MB_BAD_LETTER;
		return NULL;
	}
	if (f->required && len == 0) {
		snprintf(err, errlen, "field \"%s\": empty", f->name);
		*st = MB_BAD_LETTER;
		return NULL;
	}
	*len_r = len;
	return s;
}

static char *
form_text(const char *s, size_t len)
{
	/* CRLF to LF, as e-mail text */
	struct buf b;
	buf_init(&b, len);
	for (size_t i = 0; i < len; i++) {
		if (s[i] == '\r' && i + 1 < len && s[i + 1] == '\n')
			continue;
		(void)buf_putc(&b, s[i] == '\r' ? '\n' : s[i]);
	}
	return buf_take(&b, NULL);
}

static enum mb_status
form_attachments(struct letter *l, json_t *obj, char *err, size_t errlen)
{
	json_t *arr = json_object_get(obj, "attachments");
	size_t i, total = 0;
	json_t *a;

	if (arr == NULL || json_is_null(arr))
		return MB_OK;
	if (!json_is_array(arr)) {
		snprintf(err, errlen, "field \"attachments\": must be an array");
		return MB_BAD_LETTER;
	}
	if (json_array_size(arr) > MB_ATTACHMENTS_MAX) {
		snprintf(err, errlen, "field \"attachments\": more than %u entries",
			 MB_ATTACHMENTS_MAX);
		return MB_BAD_LETTER;
	}
	json_array_foreach(arr, i, a) {
		if (!json_is_object(a)) {
			snprintf(err, errlen, "field \"attachments[%zu]\": must be an object", i);
			return MB_BAD_LETTER;
		}
		json_t *fn = json_object_get(a, "filename");
		json_t *ct = json_object_get(a, "content_type");
		json_t *data = json_object_get(a, "data");
		if (fn != NULL && !json_is_null(fn)
		    && (!json_is_string(fn) || json_string_length(fn) > MB_FORM_FIELD_MAX
			|| memchr(json_string_value(fn), '\0', json_string_length(fn)))) {
			snprintf(err, errlen, "field \"attachments[%zu].filename\": must be a string "
				 "of at most %u bytes", i, MB_FORM_FIELD_MAX);
			return MB_BAD_LETTER;
		}
		if (ct != NULL && !json_is_null(ct)
		    && (!json_is_string(ct) || json_string_length(ct) > MB_FORM_FIELD_MAX)) {
			snprintf(err, errlen, "field \"attachments[%zu].content_type\": must be a "
				 "string of at most %u bytes", i, MB_FORM_FIELD_MAX);
			return MB_BAD_LETTER;
		}
		if (data == NULL || !json_is_string(data)) {
			snprintf(err, errlen, "field \"attachments[%zu].data\": %s", i,
				 data == NULL ? "missing" : "must be a base64 string");
			return MB_BAD_LETTER;
		}
		struct buf bytes;
		size_t skipped = 0;
		buf_init(&bytes, MB_ATTACHMENT_MAX);
		if (codec_base64_decode(json_string_value(data), json_string_length(data), &bytes,
					&skipped) != MB_OK) {
			buf_deinit(&bytes);
			snprintf(err, errlen, "field \"attachments[%zu].data\": larger than %u bytes",
				 i, MB_ATTACHMENT_MAX);
			return MB_BAD_LETTER;
		}
		if (skipped > 0) {
			buf_deinit(&bytes);
			snprintf(err, errlen, "field \"attachments[%zu].data\": not base64", i);
			return MB_BAD_LETTER;
		}
		total += bytes.len;
		if (total > MB_ATTACHMENTS_TOTAL_MAX) {
			buf_deinit(&bytes);
			snprintf(err, errlen, "field \"attachments\": larger than %u bytes together",
				 MB_ATTACHMENTS_TOTAL_MAX);
			return MB_BAD_LETTER;
		}
		char ctype[MB_FORM_FIELD_MAX + 1] = "application/octet-stream";
		if (ct != NULL && json_is_string(ct) && json_string_length(ct) > 0) {
			snprintf(ctype, sizeof(ctype), "%s", json_string_value(ct));
			for (char *c = ctype; *c; c++)
				if (*c >= 'A' && *c <= 'Z')
					*c = (char)(*c + 32);
		}
		size_t len;
		unsigned char *d = (unsigned char *)buf_take(&bytes, &len);
		letter_attachment_add(l, fn && json_is_string(fn) && json_string_length(fn) > 0
				      ? json_string_value(fn) : NULL, ctype, d, len);
	}
	return MB_OK;
}

/* The key whose string value holds byte offset pos of a JSON text, found by
 * walking back to the value's opening quote and the key before it. */
static bool
form_key_at(const char *s, size_t pos, char *key, size_t keylen)
{
	size_t i = pos, j = 0;
	/* back to the unescaped quote that opens the value: the error may sit
	 * inside the string or just after its closing quote */
	for (int tries = 0; tries < 2; tries++) {
		while (i > 0) {
			i--;
			if (s[i] == '"' && (i == 0 || s[i - 1] != '\\'))
				break;
		}
		if (i == 0 || s[i] != '"')
			return false;
		j = i;
		while (j > 0 && (s[j - 1] == ' ' || s[j - 1] == '\t' || s[j - 1] == '\n'
				 || s[j - 1] == '\r'))
			j--;
		if (j > 0 && s[j - 1] == ':')
			break;
	}
	while (j > 0 && (s[j - 1] == ' ' || s[j - 1] == '\t' || s[j - 1] == '\n'
			 || s[j - 1] == '\r'))
		j--;
	if (j == 0 || s[j - 1] != ':')
		return false;
	j--;
	while (j > 0 && (s[j - 1] == ' ' || s[j - 1] == '\t' || s[j - 1] == '\n'
			 || s[j - 1] == '\r'))
		j--;
	if (j == 0 || s[j - 1] != '"')
		return false;
	size_t end = j - 1, start = end;
	while (start > 0 && s[start - 1] != '"')
		start--;
	if (start == 0 || end - start >= keylen)
		return false;
	for (size_t k = start; k < end; k++)
		if (!((s[k] >= 'a' && s[k] <= 'z') || (s[k] >= 'A' && s[k] <= 'Z')
		      || (s[k] >= '0' && s[k] <= '9') || s[k] == '_' || s[k] == '-'))
			return false;
	memcpy(key, s + start, end - start);
	key[end - start] = '\0';
	return true;
}

/* The writer's wish for confidentiality, read before anything else can fail
 * (DESIGN.md, invariant 5: anonymous means sealed). Fail closed: any value
 * of "anonymous" but false or null is a wish to stay anonymous; a value that
 * is not a boolean is also an error. */
static bool
form_anonymous(json_t *obj, char *err, size_t errlen, enum mb_status *st)
{
	json_t *anon = json_object_get(obj, "anonymous");
	*st = MB_OK;
	if (anon == NULL || json_is_null(anon) || json_is_false(anon))
		return false;
	if (!json_is_true(anon)) {
		snprintf(err, errlen, "field \"anonymous\": must be true or false "
			 "(read as anonymous)");
		*st = MB_BAD_LETTER;
	}
	return true;
}

/* The same wish in bytes jansson could not read (not JSON, a duplicate key,
 * bad UTF-8, too large, not an object): any "anonymous" key whose value does
 * not start with false or null. Only a hint for sealing: such bytes are
 * filed unreadable, so taking too many for anonymous costs nothing. With
 * reparse (bytes within MB_FORM_SIZE_MAX), an object refused only for a
 * duplicate key is read again without that check, for a key written with
 * escapes ("anonym\u006fus"). */
static bool
form_anonymous_scan(const char *s, size_t n, bool reparse)
{
	static const char key[] = "\"anonymous\"";
	const size_t kl = sizeof(key) - 1;
	const char *p = s, *end = s + n;
	while ((size_t)(end - p) > kl && (p = memmem(p, (size_t)(end - p), key, kl)) != NULL) {
		const char *q = p + kl;
		p = q;
		while (q < end && (*q == ' ' || *q == '\t' || *q == '\r' || *q == '\n'))
			q++;
		if (q >= end || *q != ':')
			continue;	/* a value "anonymous", not the key */
		q++;
		while (q < end && (*q == ' ' || *q == '\t' || *q == '\r' || *q == '\n'))
			q++;
		size_t left = (size_t)(end - q);
		if ((left >= 5 && memcmp(q, "false", 5) == 0) || (left >= 4 && memcmp(q, "null", 4) == 0))
			continue;
		return true;
	}
	if (!reparse)
		return false;
	json_t *obj = json_loadb(s, n, 0, NULL);
	bool anon = false;
	if (json_is_object(obj)) {
		json_t *v = json_object_get(obj, "anonymous");
		anon = v != NULL && !json_is_null(v) && !json_is_false(v);
	}
	json_decref(obj);
	return anon;
}

enum mb_status
form_parse(const void *raw, size_t n, struct letter **letter_r, char *err, size_t errlen)
{
	struct letter *l = letter_new(LETTER_SOURCE_FORM, raw, n);
	json_error_t jerr;
	json_t *obj = NULL;
	enum mb_status st = MB_OK;
	const char *v[sizeof(form_fields) / sizeof(form_fields[0])];
	char numbuf[sizeof(form_fields) / sizeof(form_fields[0])][32];
	size_t vlen[sizeof(form_fields) / sizeof(form_fields[0])];

	*letter_r = l;
	err[0] = '\0';
	if (n > MB_FORM_SIZE_MAX) {
		l->anonymous = form_anonymous_scan(raw, n, false);
		snprintf(err, errlen, "submission larger than %u bytes (MB_FORM_SIZE_MAX)",
			 MB_FORM_SIZE_MAX);
		return MB_BAD_LETTER;
	}
	/* jansson refuses invalid UTF-8 and, without JSON_ALLOW_NUL, \u0000 */
	const char *text = raw;
	size_t tlen = n;
	if (tlen >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0) {	/* byte order mark */
		text += 3;
		tlen -= 3;
	}
	obj = json_loadb(text, tlen, JSON_REJECT_DUPLICATES, &jerr);
	if (obj == NULL) {
		char key[64];
		l->anonymous = form_anonymous_scan(text, tlen, true);
		if (form_key_at(text, (size_t)jerr.position < tlen ? (size_t)jerr.position : tlen, key,
				sizeof(key))
		    && (strstr(jerr.text, "decode byte") || strstr(jerr.text, "\\u0000")
			|| strstr(jerr.text, "NUL"))) {
			snprintf(err, errlen, "field \"%s\": %s (line %d, column %d)", key,
				 strstr(jerr.text, "decode byte") ? "invalid UTF-8"
								  : "contains a NUL character",
				 jerr.line, jerr.column);
			return MB_BAD_LETTER;
		}
		snprintf(err, errlen, "line %d, column %d: %s", jerr.line, jerr.column, jerr.text);
		return MB_NOT_LETTER;
	}
	if (!json_is_object(obj)) {
		l->anonymous = form_anonymous_scan(text, tlen, false);
		snprintf(err, errlen, "not a JSON object");
		st = MB_NOT_LETTER;
		goto out;
	}
	/* first: whatever fails below, the letter returned says anonymous */
	l->anonymous = form_anonymous(obj, err, errlen, &st);
	if (st != MB_OK)
		goto out;
	for (size_t i = 0; i < sizeof(form_fields) / sizeof(form_fields[0]); i++) {
		vlen[i] = 0;
		v[i] = form_string(obj, &form_fields[i], &vlen[i], &st, numbuf[i], err, errlen);
		if (st != MB_OK)
			goto out;
	}
	if (!date_parse(v[1], vlen[1], &l->date)) {
		snprintf(err, errlen, "field \"submitted_at\": not an ISO 8601 date");
		st = MB_BAD_LETTER;
		goto out;
	}
	l->has_date = true;
	l->form_id = xstrdup(v[0]);
	if (v[2] && vlen[2])
		l->from.name = xstrdup(v[2]);
	if (v[3] && vlen[3])
		l->phone = xstrdup(v[3]);
	if (v[4] && vlen[4])
		l->from.address = xstrdup(v[4]);
	if (v[5]) {
		free(l->subject);
		l->subject = form_text(v[5], vlen[5]);
		for (char *c = l->subject; *c; c++)
			if (*c == '\n' || *c == '\t')
				*c = ' ';
	}
	free(l->text);
	l->text = form_text(v[6], vlen[6]);
	l->text_len = strlen(l->text);
	if (v[7] && vlen[7])
		l->district = xstrdup(v[7]);
	st = form_attachments(l, obj, err, errlen);
	if (st != MB_OK)
		goto out;
	{
		struct buf both;
		buf_init(&both, MB_FORM_TITLE_MAX + MB_FORM_CONTENT_MAX + 2);
		(void)buf_append_str(&both, l->subject);
		(void)buf_putc(&both, '\n');
		(void)buf_append(&both, l->text, l->text_len);
		l->language = lang_detect(both.data, both.len);
		buf_deinit(&both);
	}
out:
	json_decref(obj);
	return st;
}
