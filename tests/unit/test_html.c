/*
 * test_html.c - HTML to readable text: line breaks for blocks and <br>,
 * dropped script/style/head, entities, list dashes, table cells, white space
 * collapsed, deep nesting, broken markup; the <meta> charset finder.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "charset.h"
#include "html.h"
#include "testutil.h"

/* The text of html, or NULL when html_to_text did not return MB_OK. The
 * result is trimmed of trailing line breaks (where a document ends is not
 * part of the contract). */
static const char *
text_of(const char *html, size_t n)
{
	struct buf *out = new_buf(1u << 22);
	if (html_to_text(html, n, out) != MB_OK)
		return NULL;
	if (out->data == NULL)
		return "";
	while (out->len > 0 && out->data[out->len - 1] == '\n')
		out->data[--out->len] = '\0';
	return out->data;
}

#define TEXT(lit) text_of(lit, sizeof(lit) - 1)

struct case_ {
	const char *html;
	const char *text;
};

static const struct case_ cases[] = {
	/* paragraphs and breaks */
	{"<p>one</p><p>two</p>", "one\n\ntwo"},
	{"<html><body><p>one</p><p>two</p></body></html>", "one\n\ntwo"},
	{"a<br>b", "a\nb"},
	{"a<br/>b<br />c", "a\nb\nc"},
	{"<div>one</div><div>two</div>", "one\ntwo"},
	{"<h1>Title</h1><p>body</p>", "Title\n\nbody"},
	/* dropped */
	{"<html><head><title>T</title><style>p { color: red }</style></head>"
	 "<body><p>x</p><script>alert(1);</script></body></html>", "x"},
	{"<p>a<script type=\"text/javascript\">var s = '<p>no</p>';</script>b</p>", "ab"},
	{"<p>a</p><style>.x{}</style><p>kept</p>", "a\n\nkept"},
	{"<html><style>.x{}</style><p>kept</p></html>", "kept"},
	/* entities */
	{"<p>a &amp; b</p>", "a & b"},
	{"<p>&lt;tag&gt; &quot;q&quot;</p>", "<tag> \"q\""},
	{"<p>&#25237;&#x8BC9;</p>", "投诉"},
	{"<p>&#25237;&#x8bc9;&#20449;</p>", "投诉信"},
	{"<p>a&nbsp;b</p>", "a b"},
	/* fuzz_html: inside <pre> a no-break space was written as its second
	 * byte alone (invalid UTF-8) */
	{"<pre>a&nbsp;b&nbsp;&nbsp;c</pre>", "a b  c"},
	{"<p>&copy; 2026</p>", "© 2026"},
	/* lists */
	{"<ul><li>one</li><li>two</li></ul>", "- one\n- two"},
	{"<ol><li>first<li>second</ol>", "- first\n- second"},
	/* white space collapsed as a browser would */
	{"<p>  a \n\n  b\t\tc  </p>", "a b c"},
	{"<p>a</p>\n\n\n<p>b</p>", "a\n\nb"},
	{"<p><span>a</span> <span>b</span></p>", "a b"},
	{"<div><b>Dear</b> <i>Mayor</i></div>", "Dear Mayor"},
	{"a<b>b</b>c", "abc"},
	/* Chinese text passes as it is */
	{"<p>尊敬的市长：</p><p>您好！</p>", "尊敬的市长：\n\n您好！"},
};

static void
test_cases(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		const char *t = text_of(cases[i].html, strlen(cases[i].html));
		CASE_STR(i, t, cases[i].text);
	}
}

/* Table cells are separated, rows are lines. */
static void
test_table_cells_separated(void **state)
{
	(void)state;
	const char *t = TEXT("<table><tr><td>a</td><td>b</td></tr>"
			     "<tr><td>c</td><td>d</td></tr></table>");
	assert_non_null(t);
	/* cells of a row apart, on one line */
	assert_null(strstr(t, "ab"));
	assert_null(strstr(t, "cd"));
	const char *nl = strchr(t, '\n');
	assert_non_null(nl);
	assert_non_null(strchr(t, 'a'));
	assert_true(strchr(t, 'b') < nl);
	assert_true(strchr(t, 'c') > nl);
	assert_true(strchr(t, 'a') < strchr(t, 'b'));
}

/* Regression (a bug these tests found, now fixed): html.h says table cells get a tab; html.c puts a space between
 * them: "<td>a</td><td>b</td>" gives "a b", not "a\tb" (html_enter sets
 * space_owed for a td or th that is not the first). */
static void
test_table_cells_tab(void **state)
{
	(void)state;
	const char *t = TEXT("<table><tr><td>a</td><td>b</td></tr>"
			     "<tr><td>c</td><td>d</td></tr></table>");
	assert_non_null(t);
	assert_string_equal(t, "a\tb\nc\td");
}

/* <div> nested depth times around "deep", between two paragraphs; the
 * caller frees. */
static char *
nested(size_t depth, bool closed, size_t *len_r)
{
	static const char head[] = "<p>before</p>", tail[] = "<p>after</p>";
	size_t n = sizeof(head) - 1 + depth * 5 + 4 + (closed ? depth * 6 + sizeof(tail) - 1 : 0);
	char *html = malloc(n + 1);
	char *p = html;
	assert_non_null(html);
	memcpy(p, head, sizeof(head) - 1);
	p += sizeof(head) - 1;
	for (size_t i = 0; i < depth; i++, p += 5)
		memcpy(p, "<div>", 5);
	memcpy(p, "deep", 4);
	p += 4;
	if (closed) {
		for (size_t i = 0; i < depth; i++, p += 6)
			memcpy(p, "</div>", 6);
		memcpy(p, tail, sizeof(tail) - 1);
		p += sizeof(tail) - 1;
	}
	*p = '\0';
	*len_r = n;
	return html;
}

static void
test_deep_nesting(void **state)
{
	(void)state;
	size_t n;
	/* 10,000 levels, closed and unclosed: no crash (ASan would say), a
	 * result, valid UTF-8, the text before the nesting kept */
	for (int closed = 0; closed <= 1; closed++) {
		char *html = keep(nested(10000, closed, &n));
		struct buf *out = new_buf(1u << 22);
		enum mb_status st = html_to_text(html, n, out);
		CASE_INT(closed, st, MB_OK);
		CASE_TRUE(closed, out->data != NULL);
		CASE_TRUE(closed, utf8_valid(out->data, out->len));
		CASE_TRUE(closed, strstr(out->data, "before") != NULL);
	}
	/* 200 levels: every word */
	char *html = keep(nested(200, true, &n));
	struct buf *out = new_buf(1u << 22);
	assert_int_equal(html_to_text(html, n, out), MB_OK);
	assert_non_null(strstr(out->data, "before"));
	assert_non_null(strstr(out->data, "deep"));
	assert_non_null(strstr(out->data, "after"));
}

/* Regression (a bug these tests found, now fixed): text nested deeper than about 256 elements, and all that follows
 * it, is dropped without a word (257 <div>s still work, 258 do not):
 * "<p>before</p>" + 300 × "<div>" + "deep" + 300 × "</div>" +
 * "<p>after</p>" gives "before", status MB_OK. libxml2
 * halts its parser at depth 256 (xmlParserMaxDepth) unless HTML_PARSE_HUGE
 * is given; html.c neither passes it nor reports the cut (MB_LIMIT or
 * MB_BAD_LETTER), so a sender can hide a letter's text from the rules by
 * wrapping it in 260 <div>s. html.h: HTML to readable text; STYLE.md 5:
 * crossing a limit is a warning, never silent. */
static void
test_deep_nesting_keeps_text(void **state)
{
	(void)state;
	size_t n;
	static const size_t depths[] = {300, 10000};
	for (size_t i = 0; i < sizeof(depths) / sizeof(depths[0]); i++) {
		char *html = keep(nested(depths[i], true, &n));
		struct buf *out = new_buf(1u << 22);
		enum mb_status st = html_to_text(html, n, out);
		CASE_TRUE(i, st == MB_OK || st == MB_LIMIT);
		CASE_TRUE(i, out->data != NULL && strstr(out->data, "deep") != NULL);
		CASE_TRUE(i, strstr(out->data, "after") != NULL);
	}
}

/* Regression (a bug these tests found, now fixed): a document that starts with <style>, <title> or <script> (no <html>
 * around it, as in HTML mail fragments) loses all its text:
 * "<style>.x{}</style><p>kept</p>" gives "", and so do
 * "<title>t</title><p>kept</p>" and
 * "<head><style>x</style></head><body><p>kept</p></body>". With
 * HTML_PARSE_NOIMPLIED libxml2 hangs the rest of the document under that
 * first element, and html.c drops it whole as a skipped element. html.h:
 * scripts, styles and the head are dropped, not the body. */
static void
test_leading_style_keeps_body(void **state)
{
	(void)state;
	static const struct case_ lead[] = {
		{"<style>.x{}</style><p>kept</p>", "kept"},
		{"<style type=\"text/css\">p{margin:0}</style><div>尊敬的市长</div>", "尊敬的市长"},
		{"<title>t</title><p>kept</p>", "kept"},
		{"<script>x()</script><p>kept</p>", "kept"},
		{"<head><style>x</style></head><body><p>kept</p></body>", "kept"},
	};
	for (size_t i = 0; i < sizeof(lead) / sizeof(lead[0]); i++) {
		const char *t = text_of(lead[i].html, strlen(lead[i].html));
		CASE_STR(i, t, lead[i].text);
	}
}

static void
test_broken_html_recovered(void **state)
{
	(void)state;
	const char *t = TEXT("<p>unclosed <b>bold <i>both</p> after</b> <div>x");
	assert_non_null(t);
	assert_non_null(strstr(t, "unclosed bold both"));
	assert_non_null(strstr(t, "after"));
	assert_non_null(strstr(t, "x"));

	t = TEXT("<<p>>text<</p> & more <");
	assert_non_null(t);
	assert_non_null(strstr(t, "text"));
	assert_non_null(strstr(t, "more"));

	t = TEXT("</div></p>closing only</span>");
	assert_non_null(t);
	assert_non_null(strstr(t, "closing only"));

	t = TEXT("<p attr=\"unterminated>text</p><p>next</p>");
	assert_non_null(t);
	assert_true(utf8_valid(t, strlen(t)));

	t = TEXT("no tags at all");
	assert_string_equal(t, "no tags at all");
}

/* Regression (a bug these tests found, now fixed): in a fragment without <html>, <body> or a block around it, the
 * white space between two inline elements is lost and the words run
 * together: "<b>Dear</b> <i>Mayor</i>" gives "DearMayor", where a browser
 * shows "Dear Mayor" (html.h: white space collapsed as a browser would).
 * libxml2 drops the blank text node at the top level of a document parsed
 * with HTML_PARSE_NOIMPLIED; inside a <div> or <p> it is kept. */
static void
test_space_between_top_level_inline(void **state)
{
	(void)state;
	static const struct case_ frag[] = {
		{"<b>Dear</b> <i>Mayor</i>", "Dear Mayor"},
		{"<span>a</span> <span>b</span>", "a b"},
	};
	for (size_t i = 0; i < sizeof(frag) / sizeof(frag[0]); i++) {
		const char *t = text_of(frag[i].html, strlen(frag[i].html));
		CASE_STR(i, t, frag[i].text);
	}
}

/* The cap: MB_LIMIT, nothing past it. */
static void
test_limit(void **state)
{
	(void)state;
	static const char html[] = "<p>abcdefghijklmnop</p>";
	struct buf *out = new_buf(10);
	assert_int_equal(html_to_text(html, sizeof(html) - 1, out), MB_LIMIT);
	assert_int_equal(out->len, 10);
	assert_string_equal(out->data, "abcdefghij");
}

/* Regression (a bug these tests found, now fixed): when the cap falls inside a multi-byte character, the first bytes of
 * that character stay in out: "<p>尊敬的市长您好</p>" into a 10-byte buffer
 * gives "尊敬的\xE5", not valid UTF-8. out_text hands the text to the
 * buffer one byte at a time, so buf_append_utf8_cut cannot keep characters
 * whole. mime.c appends HTML parts to the letter's text this way, and
 * letter.h promises valid UTF-8 (a letter past MB_TEXT_MAX ends in a broken
 * character). */
static void
test_limit_keeps_characters_whole(void **state)
{
	(void)state;
	static const char html[] = "<p>尊敬的市长您好</p>";
	struct buf *out = new_buf(10);
	assert_int_equal(html_to_text(html, sizeof(html) - 1, out), MB_LIMIT);
	assert_true(out->len <= 10);
	assert_true(utf8_valid(out->data, out->len));
	assert_string_equal(out->data, "尊敬的");
}

/* Appending: what was in out stays. */
static void
test_appends(void **state)
{
	(void)state;
	struct buf *out = new_buf(100);
	assert_int_equal(buf_append_str(out, "before|"), MB_OK);
	assert_int_equal(html_to_text("<p>x</p>", 8, out), MB_OK);
	assert_int_equal(strncmp(out->data, "before|", 7), 0);
	assert_non_null(strstr(out->data + 7, "x"));
}

struct meta_case {
	const char *html;
	const char *charset;
};

static const struct meta_case metas[] = {
	{"<html><head><meta charset=\"gbk\"></head>", "gbk"},
	{"<meta charset='big5'>", "big5"},
	{"<META CHARSET=utf-8>", "utf-8"},
	{"<meta charset=\"gb2312\"/>", "gb2312"},
	{"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">", "gb2312"},
	{"<meta http-equiv=Content-Type content=\"text/html;charset=GBK\">", "GBK"},
	{"<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset = big5\">", "big5"},
	{"<html><head><title>x</title></head><body>no meta</body></html>", ""},
	{"", ""},
};

static void
test_meta_charset(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof(metas) / sizeof(metas[0]); i++) {
		char cs[64];
		memset(cs, 'x', sizeof(cs));
		html_meta_charset(metas[i].html, strlen(metas[i].html), cs, sizeof(cs));
		CASE_STR(i, cs, metas[i].charset);
	}
	/* the size of charset_r is honoured */
	char small[4];
	html_meta_charset("<meta charset=\"gb2312\">", 23, small, sizeof(small));
	assert_true(strlen(small) < sizeof(small));
	assert_int_equal(strncmp(small, "gb2312", strlen(small)), 0);
	/* only n bytes are read */
	char cs[64];
	html_meta_charset("<meta charset=\"gbk\">", 10, cs, sizeof(cs));
	assert_string_equal(cs, "");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		T(test_cases),
		T(test_table_cells_separated),
		T(test_table_cells_tab),
		T(test_deep_nesting),
		T(test_deep_nesting_keeps_text),
		T(test_leading_style_keeps_body),
		T(test_broken_html_recovered),
		T(test_space_between_top_level_inline),
		T(test_limit),
		T(test_limit_keeps_characters_whole),
		T(test_appends),
		T(test_meta_charset),
	};
	return cmocka_run_group_tests_name("html", tests, NULL, NULL);
}
