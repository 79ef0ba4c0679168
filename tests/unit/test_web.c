/*
 * test_web.c - the console's pure parts: the escaping writer (hostile
 * values stay text), form bodies and cookies as browsers send them, the
 * language a browser asks for, and the session table (tokens, CSRF,
 * expiry, sign-in throttling), and the case page's pure parts: its URLs,
 * an attachment's Content-Disposition, a textarea's line ends.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <sodium.h>

#include "casefmt.h"
#include "clock.h"
#include "request.h"
#include "page.h"
#include "session.h"
#include "testutil.h"

struct esc_case {
	const char *in;
	const char *out;
};

static const struct esc_case esc[] = {
	{"plain 中文", "plain 中文"},
	{"<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"},
	{"\"><img src=x onerror=alert(1)>", "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"},
	{"a & b 'c'", "a &amp; b &#39;c&#39;"},
	{"&amp;", "&amp;amp;"},
	/* a right-to-left override turns the rest of a line round: shown */
	{"invoice\xe2\x80\xaegpj.exe", "invoice[U+202E]gpj.exe"},
	{"\xe2\x81\xa6x\xe2\x81\xa9", "[U+2066]x[U+2069]"},
	{"\xe2\x80\x8f", "[U+200F]"},
	/* invalid UTF-8 and controls */
	{"a\xff" "b", "a\xef\xbf\xbd" "b"},
	{"a\x01\x1b[31mb", "a[31mb"},
	{"tab\tline\nend", "tab\tline\nend"},
	{"\xc0\xaf", "\xef\xbf\xbd\xef\xbf\xbd"},
};

static void
test_escape(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof(esc) / sizeof(esc[0]); i++) {
		struct buf *b = new_buf(4096);
		CASE_TRUE(i, html_escape(b, esc[i].in, strlen(esc[i].in)) == MB_OK);
		CASE_TRUE(i, buf_putc(b, '\0') == MB_OK);
		CASE_STR(i, b->data, esc[i].out);
	}
}

static void
test_put(void **state)
{
	(void)state;
	struct html h;
	html_init(&h, 4096);
	html_put(&h, "<a href=\"/cases/{}\" title=\"{}\">{}</a>", "2026-1\"x", "<b>", NULL);
	html_put(&h, "<p>{}{}</p>", "1", "&");
	assert_int_equal(h.st, MB_OK);
	assert_true(buf_putc(&h.b, '\0') == MB_OK);
	assert_string_equal(h.b.data, "<a href=\"/cases/2026-1&quot;x\" title=\"&lt;b&gt;\"></a>"
				      "<p>1&amp;</p>");
	html_deinit(&h);

	/* a page past its cap says so and stays within it */
	html_init(&h, 16);
	html_put(&h, "<p>{}</p>", "0123456789abcdef0123456789");
	assert_int_equal(h.st, MB_LIMIT);
	assert_true(h.b.len <= 16);
	html_deinit(&h);
}

struct form_case {
	const char *body;
	const char *name;
	const char *value;	/* NULL: absent */
};

static const struct form_case forms[] = {
	{"user=clerk1&password=p%40ss+word", "password", "p@ss word"},
	{"user=clerk1&password=p%40ss+word", "user", "clerk1"},
	{"note=%E4%B8%AD%E6%96%87", "note", "中文"},
	{"a=1&a=2", "a", "1"},
	{"empty=&x=1", "empty", ""},
	{"flag&x=1", "flag", ""},
	{"x=%zz%4", "x", "%zz%4"},
	{"&&x=1&&", "x", "1"},
	{"x=1", "y", NULL},
};

static void
test_form(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof(forms) / sizeof(forms[0]); i++) {
		struct web_form f;
		CASE_TRUE(i, web_form_parse(forms[i].body, strlen(forms[i].body), &f));
		const char *v = web_form_get(&f, forms[i].name);
		if (forms[i].value == NULL)
			CASE_TRUE(i, v == NULL);
		else
			CASE_STR(i, v, forms[i].value);
		web_form_deinit(&f);
	}
	/* a NUL or invalid UTF-8 in a value refuses the whole form */
	struct web_form f;
	assert_false(web_form_parse("a=1&b=x%00y", 11, &f));
	assert_int_equal(f.count, 0);
	assert_false(web_form_parse("a=%FF", 5, &f));
	assert_int_equal(f.count, 0);
}

static void
test_cookie(void **state)
{
	(void)state;
	char v[65];
	assert_true(web_cookie_get("a=1; mb_session=abc; b=2", "mb_session", v, sizeof(v)));
	assert_string_equal(v, "abc");
	assert_true(web_cookie_get("mb_session=x", "mb_session", v, sizeof(v)));
	assert_string_equal(v, "x");
	assert_false(web_cookie_get("xmb_session=abc", "mb_session", v, sizeof(v)));
	assert_false(web_cookie_get("mb_sessionx=abc", "mb_session", v, sizeof(v)));
	assert_false(web_cookie_get(NULL, "mb_session", v, sizeof(v)));
	assert_false(web_cookie_get("mb_session=0123456789", "mb_session", v, 4));
}

static void
test_language(void **state)
{
	(void)state;
	assert_false(web_prefers_english(NULL));
	assert_false(web_prefers_english("zh-CN,zh;q=0.9,en;q=0.8"));
	assert_true(web_prefers_english("en-US,en;q=0.9"));
	assert_true(web_prefers_english("en-GB,zh-CN;q=0.5"));
	assert_false(web_prefers_english("fr-FR,zh;q=0.8,en;q=0.5"));
	assert_true(web_prefers_english("fr-FR,en;q=0.8,zh;q=0.5"));
	assert_false(web_prefers_english("de"));
}

static void
test_sessions(void **state)
{
	(void)state;
	struct web_sessions *t = web_sessions_new(60 * 1000);
	struct web_session *a = web_session_open(t, "clerk1", false, NULL);
	struct web_session *b = web_session_open(t, "sup1", true, NULL);
	assert_non_null(a);
	assert_non_null(b);
	assert_int_equal(strlen(a->token), 64);
	assert_string_not_equal(a->token, b->token);
	assert_string_not_equal(a->token, a->csrf);
	char token[WEB_TOKEN_HEX];
	memcpy(token, a->token, sizeof(token));
	web_session_release(t, a);
	web_session_release(t, b);

	struct web_session *f = web_session_find(t, token);
	assert_ptr_equal(f, a);
	assert_string_equal(f->login, "clerk1");
	web_session_release(t, f);
	/* one digit off, shorter, empty: nothing */
	token[10] = token[10] == '0' ? '1' : '0';
	assert_null(web_session_find(t, token));
	assert_null(web_session_find(t, ""));
	assert_null(web_session_find(t, "abc"));
	token[10] = a->token[10];

	/* signed out: gone */
	f = web_session_find(t, token);
	web_session_close(t, f);
	web_session_release(t, f);
	assert_null(web_session_find(t, token));
	web_sessions_free(&t);

	/* idle past the time-out: gone */
	t = web_sessions_new(0);
	a = web_session_open(t, "clerk1", false, NULL);
	memcpy(token, a->token, sizeof(token));
	web_session_release(t, a);
	int64_t t0 = mono_ms();
	for (int i = 0; i < 1000000 && mono_ms() <= t0; i++)
		;	/* a millisecond passes */
	assert_null(web_session_find(t, token));
	web_sessions_free(&t);
}

static void
test_throttle(void **state)
{
	(void)state;
	struct web_sessions *t = web_sessions_new(60 * 1000);
	for (int i = 0; i < WEB_FAILURES_MAX; i++) {
		assert_true(web_signin_allowed(t, "10.0.0.1", "clerk1"));
		web_signin_result(t, "10.0.0.1", "clerk1", false);
	}
	/* the login is locked out from everywhere; its address not yet */
	assert_false(web_signin_allowed(t, "10.0.0.1", "clerk1"));
	assert_false(web_signin_allowed(t, "10.0.0.2", "clerk1"));
	assert_true(web_signin_allowed(t, "10.0.0.1", "clerk2"));
	/* an address that failed for many logins is locked out for all */
	for (int i = WEB_FAILURES_MAX; i < WEB_FAILURES_ADDR_MAX; i++)
		web_signin_result(t, "10.0.0.1", i % 2 ? "clerk7" : "clerk8", false);
	assert_false(web_signin_allowed(t, "10.0.0.1", "clerk2"));
	assert_true(web_signin_allowed(t, "10.0.0.2", "clerk2"));
	/* a success clears its login's count, not the address's */
	web_signin_result(t, "10.0.0.3", "clerk3", false);
	web_signin_result(t, "10.0.0.3", "clerk3", true);
	assert_true(web_signin_allowed(t, "10.0.0.4", "clerk3"));
	web_sessions_free(&t);
}

/* ------------------------------------------------------------ the case page */

struct url_case {
	const char *url;
	bool post;
	bool ok;
	bool api;
	const char *number;
	enum casefmt_action action;
	long index;
};

static const struct url_case urls[] = {
	{"/cases/2026-000001", false, true, false, "2026-000001", CASEFMT_SHOW, 0},
	{"/cases/2026-000001", true, false, false, NULL, 0, 0},
	{"/cases/2026-000001/attachments/1", false, true, false, "2026-000001", CASEFMT_ATTACHMENT, 1},
	{"/cases/2026-000001/attachments/12", false, true, false, "2026-000001", CASEFMT_ATTACHMENT, 12},
	{"/cases/2026-000001/attachments/0", false, false, false, NULL, 0, 0},
	{"/cases/2026-000001/attachments/", false, false, false, NULL, 0, 0},
	{"/cases/2026-000001/attachments/1x", false, false, false, NULL, 0, 0},
	{"/cases/2026-000001/attachments/-1", false, false, false, NULL, 0, 0},
	{"/cases/2026-000001/attachments/9999999", false, false, false, NULL, 0, 0},
	{"/cases/2026-000001/attachments/1", true, false, false, NULL, 0, 0},
	{"/cases/2026-000001/reclassify", true, true, false, "2026-000001", CASEFMT_RECLASSIFY, 0},
	{"/cases/2026-000001/assign", true, true, false, "2026-000001", CASEFMT_ASSIGN, 0},
	{"/cases/2026-000001/close", true, true, false, "2026-000001", CASEFMT_CLOSE, 0},
	{"/cases/2026-000001/reopen", true, true, false, "2026-000001", CASEFMT_REOPEN, 0},
	{"/cases/2026-000001/reopen", false, false, false, NULL, 0, 0},
	{"/cases/2026-000001/take", true, true, false, "2026-000001", CASEFMT_TAKE, 0},
	{"/cases/2026-000001/supervise", true, true, false, "2026-000001", CASEFMT_SUPERVISE, 0},
	{"/cases/2026-000001/visit", true, true, false, "2026-000001", CASEFMT_VISIT, 0},
	{"/cases/2026-000001/department-answer", true, true, false, "2026-000001",
	 CASEFMT_DEPT_ANSWER, 0},
	{"/cases/2026-000001/send-back", true, true, false, "2026-000001", CASEFMT_SEND_BACK, 0},
	{"/cases/2026-000001/reply", true, true, false, "2026-000001", CASEFMT_REPLY, 0},
	{"/cases/2026-000001/return", true, true, false, "2026-000001", CASEFMT_RETURN, 0},
	{"/cases/2026-000001/return", false, false, false, NULL, 0, 0},
	{"/api/cases/2026-000001/send-back", true, true, true, "2026-000001", CASEFMT_SEND_BACK, 0},
	{"/cases/2026-000001/reopen/", true, false, false, NULL, 0, 0},
	{"/cases/2026-000001/seal", true, false, false, NULL, 0, 0},
	{"/api/cases/2026-000001/close", true, true, true, "2026-000001", CASEFMT_CLOSE, 0},
	{"/api/cases/2026-000001/reclassify", true, true, true, "2026-000001", CASEFMT_RECLASSIFY, 0},
	{"/api/cases/2026-000001", false, false, true, NULL, 0, 0},
	{"/api/cases/2026-000001/attachments/1", false, false, true, NULL, 0, 0},
	{"/cases/", false, false, false, NULL, 0, 0},
	{"/cases//close", true, false, false, NULL, 0, 0},
	{"/cases/0123456789012345678901234567890123456789", false, false, false, NULL, 0, 0},
	{"/casesX/2026-000001", false, false, false, NULL, 0, 0},
	{"/stats", false, false, false, NULL, 0, 0},
};

static void
test_case_urls(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof(urls) / sizeof(urls[0]); i++) {
		const struct url_case *u = &urls[i];
		struct casefmt_path p;
		bool ok = casefmt_parse(u->url, u->post, &p);
		if (ok != u->ok)
			fail_msg("%s %s: %s", u->post ? "POST" : "GET", u->url, ok ? "taken" : "refused");
		if (!ok)
			continue;
		assert_int_equal(p.api, u->api);
		assert_string_equal(p.number, u->number);
		assert_int_equal(p.action, u->action);
		assert_int_equal(p.index, u->index);
	}
}

static const struct esc_case dispositions[] = {
	{NULL, "attachment"},
	{"", "attachment"},
	{"photo.jpg", "attachment; filename=\"photo.jpg\"; filename*=UTF-8''photo.jpg"},
	{"my photo.jpg", "attachment; filename=\"my photo.jpg\"; filename*=UTF-8''my%20photo.jpg"},
	/* a quote, a backslash, a path or a header of its own cannot get out */
	{"a\"b\\c/../d;e.txt", "attachment; filename=\"a_b_c_.._d_e.txt\"; "
				  "filename*=UTF-8''a%22b%5Cc%2F..%2Fd%3Be.txt"},
	{"x\r\nSet-Cookie: a=b", "attachment; filename=\"x__Set-Cookie: a=b\"; "
				  "filename*=UTF-8''x%0D%0ASet-Cookie%3A%20a%3Db"},
	{"照片.jpg", "attachment; filename=\"______.jpg\"; "
		     "filename*=UTF-8''%E7%85%A7%E7%89%87.jpg"},
};

static void
test_disposition(void **state)
{
	(void)state;
	char out[512];
	for (size_t i = 0; i < sizeof(dispositions) / sizeof(dispositions[0]); i++) {
		casefmt_disposition(dispositions[i].in, out, sizeof(out));
		assert_string_equal(out, dispositions[i].out);
		assert_null(strpbrk(out, "\r\n"));
	}
	/* a long name is cut to fit, never past the buffer, whole %XX only */
	char name[600];
	memset(name, 'a', sizeof(name) - 1);
	name[sizeof(name) - 1] = '\0';
	name[300] = ' ';
	char small[128];
	casefmt_disposition(name, small, sizeof(small));
	assert_true(strlen(small) < sizeof(small));
	assert_non_null(strstr(small, "attachment; filename=\""));
	const char *pct = strrchr(small, '%');
	assert_true(pct == NULL || strlen(pct) == 3);
}

static void
test_case_lf(void **state)
{
	(void)state;
	static const struct esc_case lf[] = {
		{"a\r\nb\r\n", "a\nb\n"},
		{"a\nb", "a\nb"},
		{"a\rb\r", "a\rb\r"},	/* a lone CR is not a line end a browser sends */
		{"\r\n\r\n", "\n\n"},
		{"", ""},
	};
	for (size_t i = 0; i < sizeof(lf) / sizeof(lf[0]); i++) {
		char *s = strdup(lf[i].in);
		casefmt_lf(s);
		assert_string_equal(s, lf[i].out);
		free(s);
	}
}

static void
test_time_left(void **state)
{
	(void)state;
	static const struct {
		double delta;	/* due - now, seconds */
		bool past;
		const char *en, *zh;
	} left[] = {
		{2 * 86400 + 3 * 3600 + 59 * 60, false, "2 d 3 h", "2天3小时"},
		{5 * 3600 + 12 * 60 + 30, false, "5 h 12 min", "5小时12分钟"},
		{40 * 60 + 59, false, "40 min", "40分钟"},
		{30, false, "0 min", "0分钟"},
		{-(86400.0 + 60), true, "1 d 0 h", "1天0小时"},
		{-(3600.0 * 30), true, "1 d 6 h", "1天6小时"},
	};
	const double now = 1.8e9;
	for (size_t i = 0; i < sizeof(left) / sizeof(left[0]); i++) {
		char out[64];
		assert_int_equal(casefmt_time_left(now + left[i].delta, now, false, out, sizeof(out)),
				 left[i].past);
		assert_string_equal(out, left[i].en);
		assert_int_equal(casefmt_time_left(now + left[i].delta, now, true, out, sizeof(out)),
				 left[i].past);
		assert_string_equal(out, left[i].zh);
	}
}

int
main(void)
{
	if (sodium_init() < 0)
		return 1;
	const struct CMUnitTest tests[] = {
		T(test_escape),
		T(test_put),
		T(test_form),
		T(test_cookie),
		T(test_language),
		T(test_sessions),
		T(test_throttle),
		T(test_case_urls),
		T(test_disposition),
		T(test_case_lf),
		T(test_time_left),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
