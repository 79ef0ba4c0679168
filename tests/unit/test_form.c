/*
 * test_form.c - web-form submissions (JSON) into letters, and reader_parse
 * choosing between the form parser and the e-mail parser by content.
 *
 * Attachment data was made with python3 -c "import base64, hashlib;
 * d = b'...'; print(base64.b64encode(d), hashlib.sha256(d).hexdigest())".
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "charset.h"
#include "form.h"
#include "letter.h"
#include "limits.h"
#include "reader.h"
#include "testutil.h"

static char err[256];

/* form_parse on n bytes; the letter is always set and holds the raw bytes. */
static struct letter *
form(const char *json, size_t n, enum mb_status *st_r)
{
	struct letter *l = NULL;
	memset(err, 'x', sizeof(err));
	*st_r = form_parse(json, n, &l, err, sizeof(err));
	keep_letter(l);
	assert_int_equal(l->source, LETTER_SOURCE_FORM);
	assert_int_equal(l->raw_len, n);
	assert_memory_equal(l->raw, json, n);
	assert_non_null(memchr(err, '\0', sizeof(err)));
	return l;
}

static struct letter *
form_ok(const char *json)
{
	enum mb_status st;
	struct letter *l = form(json, strlen(json), &st);
	if (st != MB_OK)
		fail_msg("status %d: %s", st, err);
	assert_string_equal(err, "");
	assert_true(utf8_valid(l->text, l->text_len));
	assert_int_equal(strlen(l->text), l->text_len);
	assert_true(utf8_valid(l->subject, strlen(l->subject)));
	return l;
}

/* 2026-11-28 10:30:00 +0800 */
#define T_CN INT64_C(1795833000)

static const char full[] =
	"{\n"
	"  \"id\": \"F2026-0001\",\n"
	"  \"submitted_at\": \"2026-11-28T10:30:00+08:00\",\n"
	"  \"name\": \"王小明\",\n"
	"  \"phone\": \"13800138000\",\n"
	"  \"email\": \"wang@example.com\",\n"
	"  \"anonymous\": false,\n"
	"  \"title\": \"关于小区噪音的投诉\",\n"
	"  \"content\": \"尊敬的市长：\\r\\n小区旁工地夜间施工，噪音扰民。\\r\\n请尽快处理。\",\n"
	"  \"district\": \"鼓楼区\",\n"
	"  \"attachments\": [\n"
	"    {\"filename\": \"照片.jpg\", \"content_type\": \"IMAGE/JPEG\",\n"
	"     \"data\": \"/9j/4AAQSkZJRgABcGhvdG8gb2YgdGhlIG5vaXNlIHNvdXJjZQ==\"},\n"
	"    {\"filename\": \"说明.txt\", \"content_type\": \"text/plain\",\n"
	"     \"data\": \"56ys5LqM5Liq6ZmE5Lu2\"}\n"
	"  ]\n"
	"}\n";

static void
test_full_submission(void **state)
{
	(void)state;
	struct letter *l = form_ok(full);
	assert_string_equal(l->form_id, "F2026-0001");
	assert_true(l->has_date);
	assert_int_equal(l->date, T_CN);
	assert_string_equal(l->from.name, "王小明");
	assert_string_equal(l->from.address, "wang@example.com");
	assert_string_equal(l->phone, "13800138000");
	assert_string_equal(l->district, "鼓楼区");
	assert_false(l->anonymous);
	assert_string_equal(l->subject, "关于小区噪音的投诉");
	/* CRLF to LF, as e-mail text */
	assert_string_equal(l->text, "尊敬的市长：\n小区旁工地夜间施工，噪音扰民。\n请尽快处理。");
	assert_int_equal(l->language, LETTER_LANG_ZH);
	assert_false(l->auto_submitted);
	assert_null(l->message_id);

	assert_int_equal(l->attachments_count, 2);
	const struct letter_attachment *a = &l->attachments[0];
	assert_string_equal(a->filename, "照片.jpg");
	assert_string_equal(a->content_type, "image/jpeg");	/* lower case (letter.h) */
	assert_int_equal(a->size, 37);
	assert_memory_equal(a->data, "\xFF\xD8\xFF\xE0\x00\x10JFIF\x00\x01photo of the noise source", 37);
	assert_sha256(a->sha256, "666d38b932aae424fc87ad4aa7ee4dfc7de8cfe3437e4e6e77af5a99668ee6a0");
	a = &l->attachments[1];
	assert_string_equal(a->filename, "说明.txt");
	assert_string_equal(a->content_type, "text/plain");
	assert_int_equal(a->size, 15);
	assert_memory_equal(a->data, "第二个附件", 15);
	assert_sha256(a->sha256, "b968a64f34aea400c800493acf23f3830a5361531f41b58ca633f37910d66fb4");
}

static void
test_anonymous(void **state)
{
	(void)state;
	struct letter *l = form_ok("{\"id\": \"F2\", \"submitted_at\": \"2026-11-28T02:30:00Z\","
				   " \"name\": null, \"email\": null, \"phone\": null,"
				   " \"anonymous\": true, \"content\": \"匿名举报：工地夜间施工。\"}");
	assert_true(l->anonymous);
	assert_null(l->from.name);
	assert_null(l->from.address);
	assert_null(l->phone);
	assert_null(l->district);
	assert_string_equal(l->subject, "");
	assert_string_equal(l->text, "匿名举报：工地夜间施工。");
	assert_int_equal(l->date, T_CN);
	assert_int_equal(l->attachments_count, 0);

	/* anonymous absent is false */
	l = form_ok("{\"id\": \"F3\", \"submitted_at\": \"2026-11-28T02:30:00Z\", \"content\": \"x\"}");
	assert_false(l->anonymous);
}

static void
test_integer_id(void **state)
{
	(void)state;
	struct letter *l = form_ok("{\"id\": 12345, \"submitted_at\": \"2026-11-28T10:30:00+08:00\","
				   " \"phone\": 13800138000, \"content\": \"Please fix the street light"
				   " on our road, it is dark at night.\"}");
	assert_string_equal(l->form_id, "12345");
	assert_string_equal(l->phone, "13800138000");
	assert_int_equal(l->language, LETTER_LANG_EN);
}

static void
test_byte_order_mark(void **state)
{
	(void)state;
	struct letter *l = form_ok("\xEF\xBB\xBF{\"id\": \"F4\", \"submitted_at\": "
				   "\"2026-11-28T10:30:00+08:00\", \"content\": \"投诉\"}");
	assert_string_equal(l->form_id, "F4");
	assert_string_equal(l->text, "投诉");
}

static void
test_attachment_defaults(void **state)
{
	(void)state;
	struct letter *l = form_ok("{\"id\": \"F5\", \"submitted_at\": \"2026-11-28T10:30:00+08:00\","
				   " \"content\": \"x\", \"attachments\": [{\"data\": \"56ys5LqM5Liq6ZmE5Lu2\"}]}");
	assert_int_equal(l->attachments_count, 1);
	assert_null(l->attachments[0].filename);
	assert_string_equal(l->attachments[0].content_type, "application/octet-stream");
	assert_int_equal(l->attachments[0].size, 15);
	assert_sha256(l->attachments[0].sha256,
		      "b968a64f34aea400c800493acf23f3830a5361531f41b58ca633f37910d66fb4");

	/* an empty list, and null */
	l = form_ok("{\"id\": \"F6\", \"submitted_at\": \"2026-11-28T10:30:00+08:00\","
		    " \"content\": \"x\", \"attachments\": []}");
	assert_int_equal(l->attachments_count, 0);
	l = form_ok("{\"id\": \"F7\", \"submitted_at\": \"2026-11-28T10:30:00+08:00\","
		    " \"content\": \"x\", \"attachments\": null}");
	assert_int_equal(l->attachments_count, 0);
}

/* ---- refused submissions ---- */

struct bad_case {
	const char *json;
	enum mb_status st;
	const char *in_err;	/* must appear in err */
};

#define OK_FIELDS "\"submitted_at\": \"2026-11-28T10:30:00+08:00\", \"content\": \"x\""

static const struct bad_case bad[] = {
	/* missing required fields */
	{"{\"submitted_at\": \"2026-11-28T10:30:00Z\", \"content\": \"x\"}", MB_BAD_LETTER, "\"id\""},
	{"{\"id\": \"F\", \"submitted_at\": \"2026-11-28T10:30:00Z\"}", MB_BAD_LETTER, "\"content\""},
	{"{\"id\": \"F\", \"content\": \"x\"}", MB_BAD_LETTER, "\"submitted_at\""},
	{"{\"id\": null, " OK_FIELDS "}", MB_BAD_LETTER, "\"id\""},
	{"{\"id\": \"F\", \"submitted_at\": \"2026-11-28T10:30:00Z\", \"content\": null}",
	 MB_BAD_LETTER, "\"content\""},
	{"{\"id\": \"F\", \"submitted_at\": \"2026-11-28T10:30:00Z\", \"content\": \"\"}",
	 MB_BAD_LETTER, "\"content\""},
	{"{}", MB_BAD_LETTER, "\"id\""},
	/* wrong types */
	{"{\"id\": \"F\", \"anonymous\": \"yes\", " OK_FIELDS "}", MB_BAD_LETTER, "\"anonymous\""},
	{"{\"id\": \"F\", \"anonymous\": 1, " OK_FIELDS "}", MB_BAD_LETTER, "\"anonymous\""},
	{"{\"id\": \"F\", \"title\": 5, " OK_FIELDS "}", MB_BAD_LETTER, "\"title\""},
	{"{\"id\": \"F\", \"name\": [\"a\"], " OK_FIELDS "}", MB_BAD_LETTER, "\"name\""},
	{"{\"id\": \"F\", \"email\": {}, " OK_FIELDS "}", MB_BAD_LETTER, "\"email\""},
	{"{\"id\": 1.5, " OK_FIELDS "}", MB_BAD_LETTER, "\"id\""},
	{"{\"id\": true, " OK_FIELDS "}", MB_BAD_LETTER, "\"id\""},
	{"{\"id\": \"F\", \"submitted_at\": 20261128, \"content\": \"x\"}", MB_BAD_LETTER,
	 "\"submitted_at\""},
	{"{\"id\": \"F\", \"submitted_at\": \"2026-11-28T10:30:00Z\", \"content\": 42}",
	 MB_BAD_LETTER, "\"content\""},
	/* no date */
	{"{\"id\": \"F\", \"submitted_at\": \"yesterday\", \"content\": \"x\"}", MB_BAD_LETTER,
	 "\"submitted_at\""},
	/* not valid UTF-8, a NUL */
	{"{\"id\": \"F\", \"submitted_at\": \"2026-11-28T10:30:00Z\", \"content\": \"ab\xFF" "cd\"}",
	 MB_BAD_LETTER, "\"content\""},
	{"{\"id\": \"F\", \"submitted_at\": \"2026-11-28T10:30:00Z\", \"content\": \"\xCD\xB6\xCB\xDF\"}",
	 MB_BAD_LETTER, "\"content\""},
	{"{\"id\": \"F\", \"title\": \"\xC0\xAF\", " OK_FIELDS "}", MB_BAD_LETTER, "\"title\""},
	/* attachments */
	{"{\"id\": \"F\", " OK_FIELDS ", \"attachments\": [{\"filename\": \"a.jpg\", "
	 "\"data\": \"!!!not base64!!!\"}]}", MB_BAD_LETTER, "attachments[0].data"},
	{"{\"id\": \"F\", " OK_FIELDS ", \"attachments\": [{\"data\": \"56ys\"}, "
	 "{\"data\": \"56ys*\"}]}", MB_BAD_LETTER, "attachments[1].data"},
	{"{\"id\": \"F\", " OK_FIELDS ", \"attachments\": [{\"filename\": \"a.jpg\"}]}",
	 MB_BAD_LETTER, "attachments[0].data"},
	{"{\"id\": \"F\", " OK_FIELDS ", \"attachments\": [{\"data\": 5}]}",
	 MB_BAD_LETTER, "attachments[0].data"},
	{"{\"id\": \"F\", " OK_FIELDS ", \"attachments\": {\"data\": \"56ys\"}}",
	 MB_BAD_LETTER, "\"attachments\""},
	{"{\"id\": \"F\", " OK_FIELDS ", \"attachments\": [\"56ys\"]}",
	 MB_BAD_LETTER, "attachments[0]"},
	{"{\"id\": \"F\", " OK_FIELDS ", \"attachments\": [{\"filename\": 7, \"data\": \"56ys\"}]}",
	 MB_BAD_LETTER, "attachments[0].filename"},
	/* not JSON: line and column */
	{"{\"id\": \"F\",\n \"content\": }", MB_NOT_LETTER, "line 2"},
	{"{\"id\": \"F\"", MB_NOT_LETTER, "line 1"},
	{"{\"id\": \"F\",}", MB_NOT_LETTER, "column"},
	{"", MB_NOT_LETTER, "line"},
	/* JSON, but not an object */
	{"[1, 2, 3]", MB_NOT_LETTER, ""},
	{"[{\"id\": \"F\", " OK_FIELDS "}]", MB_NOT_LETTER, ""},
};

static void
test_refused(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		enum mb_status st;
		struct letter *l = form(bad[i].json, strlen(bad[i].json), &st);
		if (st != bad[i].st || strstr(err, bad[i].in_err) == NULL || err[0] == '\0')
			fail_msg("case %zu: status %d, err \"%s\"; want %d and \"%s\"", i, st, err,
				 bad[i].st, bad[i].in_err);
		CASE_TRUE(i, l->text != NULL && l->subject != NULL);
		(void)cleanup(NULL);
	}
}

/* Regression (a bug these tests found, now fixed): a JSON object whose "content" holds an escaped NUL ("a\u0000b") is
 * refused as MB_NOT_LETTER with jansson's message ("line 1, column 73:
 * \u0000 is not allowed without JSON_ALLOW_NUL ..."), not as MB_BAD_LETTER
 * naming "content". The bytes are a JSON object (RFC 8259 allows \u0000),
 * and form.h keeps MB_NOT_LETTER for bytes that are not one; form.c means to
 * name the field ("contains a NUL character"), but form_key_at starts from
 * jansson's error position, which is past the closing quote of the value,
 * takes that quote for the opening one and finds no key. Such a
 * submission is filed as "not a letter" instead of being sent back as a
 * bad field. */
static void
test_nul_escape_names_field(void **state)
{
	(void)state;
	static const char *const jsons[] = {
		"{\"id\": \"F\", \"submitted_at\": \"2026-11-28T10:30:00Z\", \"content\": \"a\\u0000b\"}",
		"{\"id\": \"F\", \"title\": \"\\u0000\", " OK_FIELDS "}",
	};
	static const char *const names[] = {"\"content\"", "\"title\""};
	for (size_t i = 0; i < sizeof(jsons) / sizeof(jsons[0]); i++) {
		enum mb_status st;
		(void)form(jsons[i], strlen(jsons[i]), &st);
		if (st != MB_BAD_LETTER || strstr(err, names[i]) == NULL)
			fail_msg("case %zu: status %d, err \"%s\"; want %d and %s", i, st, err,
				 MB_BAD_LETTER, names[i]);
	}
}

/* Field lengths are counted in bytes; the limit itself is allowed. */
static void
test_field_limits(void **state)
{
	(void)state;
	static const struct {
		const char *field;
		size_t max;
	} fields[] = {
		{"name", MB_FORM_FIELD_MAX},
		{"district", MB_FORM_FIELD_MAX},
		{"email", MB_FORM_FIELD_MAX},
		{"title", MB_FORM_TITLE_MAX},
	};
	for (size_t i = 0; i < sizeof(fields) / sizeof(fields[0]); i++) {
		for (size_t extra = 0; extra <= 1; extra++) {
			size_t len = fields[i].max + extra;
			size_t cap = len + 256;
			char *json = keep(malloc(cap));
			int head = snprintf(json, cap, "{\"id\": \"F\", " OK_FIELDS ", \"%s\": \"",
					    fields[i].field);
			memset(json + head, 'a', len);
			snprintf(json + head + len, cap - (size_t)head - len, "\"}");
			enum mb_status st;
			(void)form(json, strlen(json), &st);
			if (extra == 0) {
				CASE_INT(i, st, MB_OK);
			} else {
				char want[64];
				snprintf(want, sizeof(want), "\"%s\"", fields[i].field);
				CASE_INT(i, st, MB_BAD_LETTER);
				CASE_TRUE(i, strstr(err, want) != NULL);
			}
		}
	}

	/* content and id, which the table above cannot vary */
	static const struct {
		const char *before, *after;	/* the long value goes between */
		const char *field;
		size_t max;
	} req[] = {
		{"{\"id\": \"F\", \"submitted_at\": \"2026-11-28T10:30:00Z\", \"content\": \"", "\"}",
		 "\"content\"", MB_FORM_CONTENT_MAX},
		{"{\"id\": \"", "\", " OK_FIELDS "}", "\"id\"", MB_FORM_FIELD_MAX},
	};
	for (size_t i = 0; i < sizeof(req) / sizeof(req[0]); i++) {
		for (size_t extra = 0; extra <= 1; extra++) {
			size_t len = req[i].max + extra;
			char *val = keep(malloc(len + 1));
			memset(val, 'a', len);
			val[len] = '\0';
			size_t cap = len + 256;
			char *json = keep(malloc(cap));
			snprintf(json, cap, "%s%s%s", req[i].before, val, req[i].after);
			enum mb_status st;
			struct letter *l = form(json, strlen(json), &st);
			if (extra == 0) {
				CASE_INT(i, st, MB_OK);
				CASE_INT(i, strlen(i == 0 ? l->text : l->form_id), len);
			} else {
				CASE_INT(i, st, MB_BAD_LETTER);
				CASE_TRUE(i, strstr(err, req[i].field) != NULL);
			}
		}
	}

	/* a Chinese name of 86 characters is 258 bytes: too long */
	char json[1024];
	int n = snprintf(json, sizeof(json), "{\"id\": \"F\", " OK_FIELDS ", \"name\": \"");
	for (int k = 0; k < 86; k++)
		n += snprintf(json + n, sizeof(json) - (size_t)n, "王");
	snprintf(json + n, sizeof(json) - (size_t)n, "\"}");
	enum mb_status st;
	(void)form(json, strlen(json), &st);
	assert_int_equal(st, MB_BAD_LETTER);
	assert_non_null(strstr(err, "\"name\""));
}

/* An anonymous submission stays anonymous whatever else in it fails: the
 * letter returned with the error says so, and the filing layer seals it
 * (DESIGN.md, invariant 5). Before, every field was checked first, and such
 * a letter was filed unreadable with its name, phone and e-mail in plain
 * text. */
#define ANON_WHO "\"name\": \"王小明\", \"phone\": \"13800000004\", " \
	"\"email\": \"wang@example.com\""
static void
test_anonymous_whatever_fails(void **state)
{
	(void)state;
	static const struct {
		const char *json;
		enum mb_status st;
		const char *in_err;
	} t[] = {
		/* an empty content */
		{"{\"id\": \"F\", \"anonymous\": true, " ANON_WHO ", \"submitted_at\": "
		 "\"2026-11-28T10:30:00Z\", \"content\": \"\"}", MB_BAD_LETTER, "\"content\": empty"},
		/* the phone as a number with a fraction */
		{"{\"id\": \"F\", \"anonymous\": true, \"phone\": 13800000004.5, " OK_FIELDS "}",
		 MB_BAD_LETTER, "\"phone\": must be a string"},
		/* anonymous last, after the field that fails */
		{"{\"id\": \"F\", " ANON_WHO ", \"submitted_at\": \"someday\", \"content\": \"x\", "
		 "\"anonymous\": true}", MB_BAD_LETTER, "\"submitted_at\""},
		{"{" ANON_WHO ", " OK_FIELDS ", \"anonymous\": true}", MB_BAD_LETTER, "\"id\""},
		{"{\"id\": \"F\", " ANON_WHO ", " OK_FIELDS ", \"anonymous\": true, "
		 "\"attachments\": [{\"data\": \"56ys*\"}]}", MB_BAD_LETTER, "attachments[0].data"},
		{"{\"id\": \"F\", " ANON_WHO ", \"submitted_at\": \"2026-11-28T10:30:00Z\", "
		 "\"content\": \"ab\xFF\", \"anonymous\": true}", MB_BAD_LETTER, "\"content\""},
		/* a value that is not a boolean: read as a wish for anonymity */
		{"{\"id\": \"F\", \"anonymous\": \"yes\", " ANON_WHO ", " OK_FIELDS "}", MB_BAD_LETTER,
		 "\"anonymous\": must be true or false"},
		{"{\"id\": \"F\", \"anonymous\": 1, " OK_FIELDS "}", MB_BAD_LETTER, "\"anonymous\""},
		{"{\"id\": \"F\", \"anonymous\": \"false\", " OK_FIELDS "}", MB_BAD_LETTER,
		 "\"anonymous\""},
		/* bytes jansson cannot read */
		{"{\"id\": \"F\", " ANON_WHO ", \"anonymous\" :\ttrue, \"content\": }", MB_NOT_LETTER,
		 "line 1"},
		{"{\"id\": \"F\", \"anonymous\": false, \"anonymous\": true, " OK_FIELDS "}",
		 MB_NOT_LETTER, "duplicate"},
		{"[{\"id\": \"F\", \"anonymous\": true, " OK_FIELDS "}]", MB_NOT_LETTER,
		 "not a JSON object"},
		/* a key written with escapes, in an object refused for a duplicate key */
		{"{\"id\": \"F\", \"id\": \"G\", \"anonym\\u006fus\": true, " OK_FIELDS "}",
		 MB_NOT_LETTER, "duplicate"},
	};
	for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		enum mb_status st;
		struct letter *l = form(t[i].json, strlen(t[i].json), &st);
		if (st != t[i].st || strstr(err, t[i].in_err) == NULL)
			fail_msg("case %zu: status %d, err \"%s\"; want %d and \"%s\"", i, st, err,
				 t[i].st, t[i].in_err);
		CASE_TRUE(i, l->anonymous);
		(void)cleanup(NULL);
	}

	/* a title and a district over their limits */
	static const struct {
		const char *field;
		size_t max;
	} longs[] = {{"title", MB_FORM_TITLE_MAX}, {"district", MB_FORM_FIELD_MAX}};
	for (size_t i = 0; i < sizeof(longs) / sizeof(longs[0]); i++) {
		size_t len = longs[i].max + 1, cap = len + 512;
		char *json = keep(malloc(cap));
		int head = snprintf(json, cap, "{\"id\": \"F\", " ANON_WHO ", " OK_FIELDS ", \"%s\": \"",
				    longs[i].field);
		memset(json + head, 'a', len);
		snprintf(json + head + len, cap - (size_t)head - len, "\", \"anonymous\": true}");
		enum mb_status st;
		struct letter *l = form(json, strlen(json), &st);
		char want[64];
		snprintf(want, sizeof(want), "\"%s\": %zu bytes, longer than", longs[i].field, len);
		CASE_INT(i, st, MB_BAD_LETTER);
		CASE_TRUE(i, strstr(err, want) != NULL);
		CASE_TRUE(i, l->anonymous);
	}

	/* through reader_parse, as the filing layer calls it */
	static const char empty[] = "  {\"id\": \"F\", \"anonymous\": true, " ANON_WHO ", "
				    "\"submitted_at\": \"2026-11-28T10:30:00Z\", \"content\": \"\"}";
	struct letter *l = NULL;
	assert_int_equal(reader_parse(empty, sizeof(empty) - 1, &l, err, sizeof(err)),
			 MB_BAD_LETTER);
	keep_letter(l);
	assert_true(l->anonymous);
	assert_non_null(strstr(err, "\"content\""));

	/* and a failing form that did not ask for it is not made anonymous */
	static const char *const not_anon[] = {
		"{\"id\": \"F\", \"anonymous\": false, \"submitted_at\": \"2026-11-28T10:30:00Z\", "
		"\"content\": \"\"}",
		"{\"id\": \"F\", \"anonymous\": null, \"content\": }",
		"{\"id\": \"F\", \"title\": \"anonymous\", \"content\": }",
	};
	for (size_t i = 0; i < sizeof(not_anon) / sizeof(not_anon[0]); i++) {
		enum mb_status st;
		l = form(not_anon[i], strlen(not_anon[i]), &st);
		CASE_TRUE(i, st != MB_OK);
		CASE_TRUE(i, !l->anonymous);
	}
}

/* err is cut to errlen and stays a string. */
static void
test_small_err_buffer(void **state)
{
	(void)state;
	static const char j[] = "{\"submitted_at\": \"2026-11-28T10:30:00Z\", \"content\": \"x\"}";
	struct letter *l = NULL;
	char small[8];
	memset(small, 'x', sizeof(small));
	assert_int_equal(form_parse(j, sizeof(j) - 1, &l, small, sizeof(small)), MB_BAD_LETTER);
	keep_letter(l);
	assert_true(strlen(small) < sizeof(small));
	assert_true(strlen(small) > 0);
}

/* ---- reader_parse: form or e-mail, by content ---- */

static const char email[] =
	"From: wang@example.com\r\n"
	"Subject: =?UTF-8?B?5oqV6K+J?=\r\n"
	"Date: Sat, 28 Nov 2026 10:30:00 +0800\r\n"
	"\r\n"
	"投诉内容\r\n";

static struct letter *
read_any(const char *raw, size_t n, enum mb_status *st_r)
{
	struct letter *l = NULL;
	memset(err, 'x', sizeof(err));
	*st_r = reader_parse(raw, n, &l, err, sizeof(err));
	keep_letter(l);
	assert_int_equal(l->raw_len, n);
	assert_memory_equal(l->raw, raw, n);
	assert_non_null(memchr(err, '\0', sizeof(err)));
	return l;
}

static void
test_reader_routes(void **state)
{
	(void)state;
	enum mb_status st;

	/* '{' first: the form parser */
	struct letter *l = read_any(full, sizeof(full) - 1, &st);
	assert_int_equal(st, MB_OK);
	assert_int_equal(l->source, LETTER_SOURCE_FORM);
	assert_string_equal(l->form_id, "F2026-0001");
	assert_int_equal(l->attachments_count, 2);
	assert_string_equal(err, "");

	/* after white space and a byte order mark */
	static const char ws[] = "\xEF\xBB\xBF \r\n\t{\"id\": \"F9\", " OK_FIELDS "}";
	l = read_any(ws, sizeof(ws) - 1, &st);
	assert_int_equal(st, MB_OK);
	assert_int_equal(l->source, LETTER_SOURCE_FORM);
	assert_string_equal(l->form_id, "F9");

	/* anything else: e-mail */
	l = read_any(email, sizeof(email) - 1, &st);
	assert_int_equal(st, MB_OK);
	assert_int_equal(l->source, LETTER_SOURCE_EMAIL);
	assert_string_equal(l->subject, "投诉");
	assert_string_equal(l->text, "投诉内容");
	assert_string_equal(err, "");

	/* a form's errors come back through the reader */
	static const char no_content[] = "{\"id\": \"F\", \"submitted_at\": \"2026-11-28T10:30:00Z\"}";
	l = read_any(no_content, sizeof(no_content) - 1, &st);
	assert_int_equal(st, MB_BAD_LETTER);
	assert_int_equal(l->source, LETTER_SOURCE_FORM);
	assert_non_null(strstr(err, "\"content\""));

	static const char broken[] = "{\"id\": ";
	l = read_any(broken, sizeof(broken) - 1, &st);
	assert_int_equal(st, MB_NOT_LETTER);
	assert_int_equal(l->source, LETTER_SOURCE_FORM);
	assert_non_null(strstr(err, "line 1"));

	/* and the e-mail parser's */
	static const char prose[] = "Dear mayor, this is no e-mail header.\n";
	l = read_any(prose, sizeof(prose) - 1, &st);
	assert_int_equal(st, MB_NOT_LETTER);
	assert_int_equal(l->source, LETTER_SOURCE_EMAIL);
	assert_true(err[0] != '\0');

	/* a JSON array is not an object: not routed to the form parser */
	static const char arr[] = "[{\"id\": \"F\"}]";
	l = read_any(arr, sizeof(arr) - 1, &st);
	assert_int_equal(st, MB_NOT_LETTER);
	assert_true(err[0] != '\0');

	/* nothing at all */
	l = read_any("", 0, &st);
	assert_int_equal(st, MB_NOT_LETTER);
	assert_true(err[0] != '\0');
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		T(test_full_submission),
		T(test_anonymous),
		T(test_integer_id),
		T(test_byte_order_mark),
		T(test_attachment_defaults),
		T(test_refused),
		T(test_nul_escape_names_field),
		T(test_field_limits),
		T(test_anonymous_whatever_fails),
		T(test_small_err_buffer),
		T(test_reader_routes),
	};
	return cmocka_run_group_tests_name("form", tests, NULL, NULL);
}
