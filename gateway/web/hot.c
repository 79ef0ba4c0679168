/*
 * hot.c - GET /hot: the hot issues (热点问题) of `cases hot` for the
 * leaders: the public cases of a period grouped by matter, largest first,
 * then the fastest growing, each with its place names, its words, its
 * department and links to its cases. On the person's own connection, so a
 * department's login (no privilege on the case file's tables) is refused by
 * the database and told so. ?since=YYYY-MM-DD (default: the last
 * CASES_HOT_DAYS_DEFAULT days), ?min=N (the smallest group shown).
 */
#include "web_p.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../service/cases.h"
#include "../service/cases_hot.h"
#include "web.h"

enum hword {
	H_TITLE,
	H_INTRO,
	H_MIN,
	H_SHOW,
	H_NONE,
	H_CASES,
	H_NEW,
	H_WRITERS,
	H_OPEN,
	H_PLACES,
	H_WORDS,
	H_NO_DEPT,
	H_READ,
	H_DENIED,
	H_COUNT
};

static const char *const hwords[H_COUNT][2] = {
	[H_TITLE] = {"热点问题", "Hot issues"},
	[H_INTRO] = {"同一地点、同一问题的来信（不同来信人、不同渠道）归为一组；保密案件不参与归组。",
		     "Letters on one matter (the same place, the same problem, from different writers "
		     "and channels) grouped; confidential cases are in no group."},
	[H_MIN] = {"每组至少", "At least"},
	[H_SHOW] = {"显示", "Show"},
	[H_NONE] = {"这段时间没有热点问题。", "No hot issue in this period."},
	[H_CASES] = {"件来信", "cases"},
	[H_NEW] = {"近24小时新增", "new in 24 hours"},
	[H_WRITERS] = {"位来信人", "writers"},
	[H_OPEN] = {"件未办结", "open"},
	[H_PLACES] = {"地点", "Places"},
	[H_WORDS] = {"关键词", "Words"},
	[H_NO_DEPT] = {"未分派", "not dispatched"},
	[H_READ] = {"件案件参与归组", "cases grouped"},
	[H_DENIED] = {"此登录无权查看热点问题。", "This login may not see the hot issues."},
};

#define H(r, w) hwords[w][(r)->en ? 1 : 0]

static void
put_list(struct html *h, const json_t *arr, const char *sep)
{
	size_t i;
	json_t *v;
	json_array_foreach(arr, i, v) {
		if (i > 0)
			html_text(h, sep);
		html_text(h, json_string_value(v));
	}
}

static void
put_group(struct req *r, struct html *h, const json_t *g, size_t k)
{
	char size[24], growth[24], writers[24], open[24], id[24];
	snprintf(size, sizeof(size), "%lld", (long long)json_integer_value(json_object_get(g, "size")));
	snprintf(growth, sizeof(growth), "%lld",
		 (long long)json_integer_value(json_object_get(g, "growth")));
	snprintf(writers, sizeof(writers), "%lld",
		 (long long)json_integer_value(json_object_get(g, "writers")));
	snprintf(open, sizeof(open), "%lld", (long long)json_integer_value(json_object_get(g, "open")));
	snprintf(id, sizeof(id), "g%zu", k + 1);
	const char *dept = json_string_value(json_object_get(g, "department"));
	html_put(h, "<section class=\"hot-group\" id=\"{}\" data-size=\"{}\"><h2>{} {} · {} {} · "
		    "{} {} · {} {} · {}</h2>",
		 id, size, size, H(r, H_CASES), H(r, H_NEW), growth, writers, H(r, H_WRITERS), open,
		 H(r, H_OPEN), dept ? dept : H(r, H_NO_DEPT));
	html_put(h, "<p><b>{}</b>: ", H(r, H_PLACES));
	put_list(h, json_object_get(g, "places"), "、");
	html_put(h, "</p><p><b>{}</b>: ", H(r, H_WORDS));
	put_list(h, json_object_get(g, "terms"), "、");
	html_put(h, "</p><ul class=\"hot-cases\">");
	size_t i;
	json_t *v;
	json_array_foreach(json_object_get(g, "cases"), i, v) {
		const char *num = json_string_value(v);
		html_put(h, "<li><a href=\"/cases/{}\">{}</a></li>", num, num);
	}
	html_put(h, "</ul></section>");
}

enum MHD_Result
web_hot(struct req *r)
{
	char err[512] = "";
	struct cases_hot_query q = {.since = CASES_DB_NO_TIME};
	hot_params_default(&q.params);
	q.now = (double)time(NULL);
	const char *since_arg = web_arg(r, "since"), *min_arg = web_arg(r, "min");
	enum mb_status st = MB_OK;
	if (since_arg && cases_parse_since(since_arg, &q.since) != MB_OK) {
		snprintf(err, sizeof(err), "since: '%.40s' is not a date (YYYY-MM-DD)", since_arg);
		st = MB_USAGE;
	}
	if (min_arg) {
		char *end;
		long m = strtol(min_arg, &end, 10);
		if (*min_arg == '\0' || *end != '\0' || m < 2 || m > 100000) {
			snprintf(err, sizeof(err), "min: a whole number from 2 to 100000");
			st = MB_USAGE;
		} else {
			q.params.min_size = (size_t)m;
		}
	}
	if (q.since == CASES_DB_NO_TIME)
		q.since = q.now - CASES_HOT_DAYS_DEFAULT * 86400.0;
	json_t *groups = NULL;
	size_t read = 0;
	if (st == MB_OK) {
		struct cases *c = web_service_open(r, err, sizeof(err));
		if (c == NULL) {
			st = MB_CONNECTION;
		} else {
			st = cases_hot(c, &q, &groups, &read, err, sizeof(err));
			web_service_close(r, &c);
		}
	}
	char minv[24];
	snprintf(minv, sizeof(minv), "%zu", q.params.min_size);
	struct html h;
	html_init(&h, WEB_PAGE_MAX);
	web_page_open(r, &h, H(r, H_TITLE));
	html_put(&h, "<h1>{}</h1><p><a href=\"/cases\">{}</a> · <a href=\"/departments\">{}</a></p>"
		     "<p>{}</p><form method=\"get\" action=\"/hot\" class=\"filter\">"
		     "<label>{} <input name=\"since\" type=\"date\" value=\"{}\"></label> "
		     "<label>{} <input name=\"min\" type=\"number\" min=\"2\" value=\"{}\"></label> "
		     "<button type=\"submit\">{}</button></form>",
		 H(r, H_TITLE), web_word(r, W_QUEUE), r->en ? "Departments" : "承办单位", H(r, H_INTRO),
		 web_word(r, W_SINCE), since_arg, H(r, H_MIN), minv, H(r, H_SHOW));
	unsigned code = MHD_HTTP_OK;
	if (st != MB_OK) {
		code = st == MB_DENIED ? MHD_HTTP_FORBIDDEN : st == MB_USAGE ? MHD_HTTP_BAD_REQUEST
									: MHD_HTTP_SERVICE_UNAVAILABLE;
		html_put(&h, "<p class=\"message\" role=\"alert\">{}{}</p>",
			 st == MB_DENIED ? H(r, H_DENIED)
			 : st == MB_USAGE ? web_word(r, W_BAD_FILTER) : web_word(r, W_DB_AWAY),
			 st == MB_USAGE ? err : NULL);
	} else {
		char nread[24];
		snprintf(nread, sizeof(nread), "%zu", read);
		html_put(&h, "<p class=\"hot-read\">{} {}</p>", nread, H(r, H_READ));
		if (json_array_size(groups) == 0)
			html_put(&h, "<p>{}</p>", H(r, H_NONE));
		size_t k;
		json_t *g;
		json_array_foreach(groups, k, g)
			put_group(r, &h, g, k);
	}
	json_decref(groups);
	web_page_close(&h);
	enum MHD_Result ret = web_answer_page(r, code, &h);
	html_deinit(&h);
	return ret;
}
