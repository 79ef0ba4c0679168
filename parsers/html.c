/*
 * html.c - HTML to text (see html.h). libxml2 builds the tree with recovery
 * on and network off; the walk is iterative, so depth costs no stack.
 */
#include "html.h"

#include <stdbool.h>
#include <string.h>
#include <strings.h>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

/* Bytes of the head searched for a <meta charset>. */
#define HTML_META_SCAN_MAX 4096

struct html_out {
	struct buf *out;
	int pending_nl;		/* line breaks owed before the next text */
	bool at_line_start;
	bool space_owed;
	bool tab_owed;		/* between table cells */
	bool pre;
	enum mb_status st;
};

static bool
tag_is(const xmlNode *n, const char *name)
{
	return n->name && strcasecmp((const char *)n->name, name) == 0;
}

static bool
tag_is_block(const xmlNode *n)
{
	static const char *const blocks[] = {
		"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li",
		"table", "tr", "blockquote", "pre", "section", "article", "header",
		"footer", "address", "dl", "dt", "dd", "form", "hr", "center",
		"fieldset", "nav", "aside", "main", "figure", "caption",
	};
	for (size_t i = 0; i < sizeof(blocks) / sizeof(blocks[0]); i++)
		if (tag_is(n, blocks[i]))
			return true;
	return false;
}

static bool
tag_is_skipped(const xmlNode *n)
{
	return tag_is(n, "script") || tag_is(n, "style") || tag_is(n, "head")
	       || tag_is(n, "title") || tag_is(n, "noscript") || tag_is(n, "template");
}

static void
out_raw(struct html_out *o, const char *s, size_t n)
{
	if (o->st == MB_OK && buf_append_utf8_cut(o->out, s, n) != MB_OK)
		o->st = MB_LIMIT;
}

static void
out_break(struct html_out *o, int lines)
{
	if (o->out->len == 0)
		return;
	if (lines > o->pending_nl)
		o->pending_nl = lines;
	o->space_owed = false;
	o->tab_owed = false;
}

static void
out_text(struct html_out *o, const char *s)
{
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		bool ws = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
		/* U+00A0 no-break space is a space too (inside <pre> it is
		 * written as one: s now points at its second byte) */
		bool nbsp = false;
		if (!ws && c == 0xC2 && (unsigned char)s[1] == 0xA0) {
			ws = nbsp = true;
			s++;
		}
		if (o->pre && ws && c == '\n') {
			out_raw(o, "\n", 1);
			o->at_line_start = true;
			continue;
		}
		if (ws && !o->pre) {
			if (!o->at_line_start && o->pending_nl == 0)
				o->space_owed = true;
			continue;
		}
		if (o->pending_nl > 0) {
			for (int i = 0; i < o->pending_nl; i++)
				out_raw(o, "\n", 1);
			o->pending_nl = 0;
			o->at_line_start = true;
			o->space_owed = false;
		}
		if (o->tab_owed && !o->at_line_start)
			out_raw(o, "\t", 1);
		else if (o->space_owed && !o->at_line_start)
			out_raw(o, " ", 1);
		o->space_owed = false;
		o->tab_owed = false;
		if (nbsp) {
			out_raw(o, " ", 1);
			o->at_line_start = false;
			continue;
		}
		/* a whole character at a time: a cut never splits one */
		size_t k = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
		size_t avail = strnlen(s, k);
		if (o->st == MB_OK && buf_append(o->out, s, avail) != MB_OK)
			o->st = MB_LIMIT;
		s += avail - 1;
		o->at_line_start = false;
	}
}

static void
html_enter(struct html_out *o, xmlNode *n)
{
	if (tag_is(n, "br")) {
		if (o->pending_nl == 0) {
			out_raw(o, "\n", 1);
			o->at_line_start = true;
			o->space_owed = false;
		}
		return;
	}
	if (tag_is(n, "p") || tag_is(n, "h1") || tag_is(n, "h2") || tag_is(n, "h3")
	    || tag_is(n, "blockquote") || tag_is(n, "table"))
		out_break(o, 2);
	else if (tag_is_block(n))
		out_break(o, 1);
	if (tag_is(n, "li"))
		out_text(o, "- ");
	else if (tag_is(n, "td") || tag_is(n, "th")) {
		const xmlNode *prev = n->prev;
		while (prev != NULL && prev->type != XML_ELEMENT_NODE)
			prev = prev->prev;
		if (prev != NULL)
			o->tab_owed = true;
	}
	if (tag_is(n, "pre"))
		o->pre = true;
	if (tag_is(n, "img")) {
		xmlChar *alt = xmlGetProp(n, (const xmlChar *)"alt");
		if (alt) {
			if (alt[0]) {
				out_text(o, "[");
				out_text(o, (const char *)alt);
				out_text(o, "]");
			}
			xmlFree(alt);
		}
	}
}

static void
html_leave(struct html_out *o, xmlNode *n)
{
	if (tag_is(n, "pre"))
		o->pre = false;
	if (tag_is(n, "p") || tag_is(n, "h1") || tag_is(n, "h2") || tag_is(n, "h3")
	    || tag_is(n, "blockquote") || tag_is(n, "table"))
		out_break(o, 2);
	else if (tag_is_block(n))
		out_break(o, 1);
}

enum mb_status
html_to_text(const char *html, size_t n, struct buf *out)
{
	if (n > (size_t)INT32_MAX)
		n = INT32_MAX;
	htmlDocPtr doc = htmlReadMemory(html, (int)n, NULL, "UTF-8",
					HTML_PARSE_RECOVER | HTML_PARSE_NOERROR
					| HTML_PARSE_NOWARNING | HTML_PARSE_NONET
					| XML_PARSE_HUGE);
	if (doc == NULL)
		return MB_BAD_LETTER;

	struct html_out o = {.out = out, .at_line_start = true, .st = MB_OK};
	xmlNode *node = doc->children;
	/* iterative pre-order walk with enter/leave */
	while (node != NULL && o.st == MB_OK) {
		bool descend = false;
		if (node->type == XML_ELEMENT_NODE) {
			if (!tag_is_skipped(node)) {
				html_enter(&o, node);
				descend = node->children != NULL;
			}
		} else if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
			if (node->content)
				out_text(&o, (const char *)node->content);
		}
		if (descend) {
			node = node->children;
			continue;
		}
		if (node->type == XML_ELEMENT_NODE && !tag_is_skipped(node))
			html_leave(&o, node);
		while (node != NULL && node->next == NULL) {
			node = node->parent;
			if (node == NULL || node == (xmlNode *)doc) {
				node = NULL;
				break;
			}
			if (node->type == XML_ELEMENT_NODE)
				html_leave(&o, node);
		}
		if (node != NULL)
			node = node->next;
	}
	xmlFreeDoc(doc);
	return o.st;
}

void
html_meta_charset(const char *html, size_t n, char *charset_r, size_t len)
{
	charset_r[0] = '\0';
	if (n > HTML_META_SCAN_MAX)
		n = HTML_META_SCAN_MAX;
	for (size_t i = 0; i + 8 < n; i++) {
		if (strncasecmp(html + i, "charset", 7) != 0)
			continue;
		size_t j = i + 7;
		while (j < n && (html[j] == ' ' || html[j] == '\t'))
			j++;
		if (j >= n || html[j] != '=')
			continue;
		j++;
		while (j < n && (html[j] == ' ' || html[j] == '"' || html[j] == '\''))
			j++;
		size_t k = 0;
		while (j < n && k + 1 < len && html[j] != '"' && html[j] != '\'' && html[j] != ';'
		       && html[j] != ' ' && html[j] != '>' && html[j] != '/')
			charset_r[k++] = html[j++];
		charset_r[k] = '\0';
		if (k > 0)
			return;
	}
}
