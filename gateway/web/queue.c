/*
 * queue.c - the console's queue (GET /cases) and its JSON (GET /api/cases):
 * the filters, the search, the order and the pages of `cases list`, from
 * the service layer on the person's own connection (web_p.h). The page's
 * default order puts the overdue-looking cases first (CASES_SORT_URGENT);
 * the API's is the command line's (newest first), so that the same
 * arguments give the same objects as `cases list --json`.
 */
#include "web_p.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../service/cases.h"
#include "casefmt.h"
#include "web.h"

/* Rows of a page of the queue, and the most the API gives at once. */
#define QUEUE_PAGE_SIZE 50
#define QUEUE_API_LIMIT_DEFAULT 200
#define QUEUE_API_LIMIT_MAX 1000
#define QUEUE_PAGE_MAX 1000000L
/* Bytes of a link to another page of the queue (the query repeated). */
#define QUEUE_LINK_MAX 2048

enum qword {
	Q_SEARCH,
	Q_SEARCH_HINT,
	Q_SORT,
	Q_DIR,
	Q_DESC,
	Q_ASC,
	Q_URGENT,
	Q_BY_RECEIVED,
	Q_BY_PRIORITY,
	Q_BY_NUMBER,
	Q_TOTAL,
	Q_SHOWN,
	Q_NEXT,
	Q_PREVIOUS,
	Q_PAGE,
	Q_PAST_END,
	Q_OVERDUE,
	Q_LEFT,
	Q_ONLY_OVERDUE,
	Q_MINE,
	Q_LATE_BY,
	Q_STATS,
	Q_COUNT
};

static const char *const qwords[Q_COUNT][2] = {
	[Q_SEARCH] = {"搜索", "Search"},
	[Q_SEARCH_HINT] = {"编号、主题、正文、来信人姓名、地址或电话",
			   "number, subject, text, writer's name, address or phone"},
	[Q_SORT] = {"排序", "Order"},
	[Q_DIR] = {"方向", "Direction"},
	[Q_DESC] = {"降序", "descending"},
	[Q_ASC] = {"升序", "ascending"},
	[Q_URGENT] = {"超期优先，剩余时间少的在前", "overdue first, then least time left"},
	[Q_BY_RECEIVED] = {"收到时间", "received"},
	[Q_BY_PRIORITY] = {"优先级", "priority"},
	[Q_BY_NUMBER] = {"编号", "number"},
	[Q_TOTAL] = {"共 {} 件", "{} cases"},
	[Q_SHOWN] = {"，显示第 {}–{} 件", ", {}–{} shown"},
	[Q_NEXT] = {"下一页", "Next"},
	[Q_PREVIOUS] = {"上一页", "Previous"},
	[Q_PAGE] = {"第 {} 页，共 {} 页", "page {} of {}"},
	[Q_PAST_END] = {"这一页没有案件：", "This page is past the end: "},
	[Q_OVERDUE] = {"已超期", "overdue"},
	[Q_LEFT] = {"剩余时间", "Time left"},
	[Q_ONLY_OVERDUE] = {"只看已超期", "overdue only"},
	[Q_MINE] = {"我的案件", "my cases"},
	[Q_LATE_BY] = {"超期 {}", "{} overdue"},
	[Q_STATS] = {"统计", "Statistics"},
};

#define Q(r, w) WEB_SAY(r, qwords, w)

/* The query's names of the sorts (cases_sort order) and their words. */
static const char *const sort_names[] = {
	[CASES_SORT_RECEIVED] = "received",
	[CASES_SORT_PRIORITY] = "priority",
	[CASES_SORT_NUMBER] = "number",
	[CASES_SORT_URGENT] = "urgent",
};
static const enum qword sort_words[] = {
	[CASES_SORT_RECEIVED] = Q_BY_RECEIVED,
	[CASES_SORT_PRIORITY] = Q_BY_PRIORITY,
	[CASES_SORT_NUMBER] = Q_BY_NUMBER,
	[CASES_SORT_URGENT] = Q_URGENT,
};
#define SORTS (sizeof(sort_names) / sizeof(sort_names[0]))

/* A whole number of the query from 1 to max into *v (def when absent). */
static bool
whole(struct req *r, const char *name, long def, long max, long *v)
{
	const char *s = web_arg(r, name);
	*v = def;
	if (s == NULL)
		return true;
	char *e;
	long x = strtol(s, &e, 10);
	if (*e || e == s || x < 1 || x > max)
		return false;
	*v = x;
	return true;
}

/* The list's request from the query: the filters, the search (q), the
 * order (sort, dir) and the page (page; the API: limit too). MB_USAGE
 * with err when a value is wrong. */
static enum mb_status
queue_filter(struct req *r, bool api, struct cases_filter *f, long *page_r, char *err,
	     size_t errlen)
{
	memset(f, 0, sizeof(*f));
	f->category = web_arg(r, "category");
	f->status = web_arg(r, "status");
	f->department = web_arg(r, "department");
	f->needs_review = web_arg(r, "needs_review") != NULL;
	f->overdue = web_arg(r, "overdue") != NULL;
	f->mine = web_arg(r, "mine") != NULL;
	f->search = web_arg(r, "q");
	f->since = CASES_DB_NO_TIME;
	f->sort = api ? CASES_SORT_RECEIVED : CASES_SORT_URGENT;
	const char *sort = web_arg(r, "sort");
	const char *dir = web_arg(r, "dir");
	const char *since = web_arg(r, "since");
	long limit = api ? QUEUE_API_LIMIT_DEFAULT : QUEUE_PAGE_SIZE;
	*page_r = 1;
	if (sort) {
		size_t k = 0;
		while (k < SORTS && strcmp(sort, sort_names[k]) != 0)
			k++;
		if (k == SORTS) {
			snprintf(err, errlen, "sort: '%.40s' is not one of urgent, received, "
				 "priority, number", sort);
			return MB_USAGE;
		}
		f->sort = (enum cases_sort)k;
	}
	if (dir && strcmp(dir, "asc") != 0 && strcmp(dir, "desc") != 0) {
		snprintf(err, errlen, "dir: '%.40s' is not asc or desc", dir);
		return MB_USAGE;
	}
	f->ascending = dir && strcmp(dir, "asc") == 0;
	if (!whole(r, "page", 1, QUEUE_PAGE_MAX, page_r)) {
		snprintf(err, errlen, "page: a whole number from 1 to %ld", QUEUE_PAGE_MAX);
		return MB_USAGE;
	}
	if (api && !whole(r, "limit", limit, QUEUE_API_LIMIT_MAX, &limit)) {
		snprintf(err, errlen, "limit: a whole number from 1 to %d", QUEUE_API_LIMIT_MAX);
		return MB_USAGE;
	}
	f->limit = limit;
	f->offset = (*page_r - 1) * limit;
	if (r->s->department) {
		/* a department's queue is its department's (the views' WHERE,
		 * schema 011): no department to choose, no classifier review,
		 * no owners, and a search over the writers' fields its views
		 * leave empty would find nothing */
		f->department = NULL;
		f->needs_review = f->mine = false;
		f->search = NULL;
	}
	if (f->category && cases_check_category(f->category, "unclassified", err, errlen) != MB_OK)
		return MB_USAGE;
	if (f->status && cases_check_status(f->status, err, errlen) != MB_OK)
		return MB_USAGE;
	char why[256];
	if (f->search && cases_check_search(f->search, why, sizeof(why)) != MB_OK) {
		snprintf(err, errlen, "q: %s", why);
		return MB_USAGE;
	}
	if (since && cases_parse_since(since, &f->since) != MB_OK) {
		snprintf(err, errlen, "since: '%.40s' is not a date (YYYY-MM-DD)", since);
		return MB_USAGE;
	}
	return MB_OK;
}

/* ------------------------------------------------------------ links */

/* Appends name=value percent-encoded (and the & before it) to link. */
static void
query_add(char *link, size_t len, const char *name, const char *value)
{
	if (value == NULL)
		return;
	size_t k = strlen(link);
	k += (size_t)snprintf(link + k, k < len ? len - k : 0, "%s%s=",
			      strchr(link, '?') ? "&" : "?", name);
	if (k < len)
		web_percent_encode(value, "-._", link, len, &k);
}

/* The queue's address with this request's query and another page. */
static void
page_link(struct req *r, long page, char *link, size_t len)
{
	static const char *const kept[] = {"q", "category", "status", "department", "since",
					   "needs_review", "overdue", "mine", "sort", "dir"};
	snprintf(link, len, "/cases");
	for (size_t i = 0; i < sizeof(kept) / sizeof(kept[0]); i++)
		query_add(link, len, kept[i], web_arg(r, kept[i]));
	char p[32];
	snprintf(p, sizeof(p), "%ld", page);
	query_add(link, len, "page", p);
}

/* ------------------------------------------------------------ the page */

/* A filter's checkbox, value 1. */
static void
queue_check(struct html *h, const char *name, bool on, const char *word)
{
	if (on)
		html_put(h, "<label><input type=\"checkbox\" name=\"{}\" value=\"1\" checked> {}"
			    "</label> ", name, word);
	else
		html_put(h, "<label><input type=\"checkbox\" name=\"{}\" value=\"1\"> {}</label> ",
			 name, word);
}

static void
queue_form(struct req *r, struct html *h, const struct cases_filter *f)
{
	bool office = !r->s->department;	/* a department: the filters that make sense */
	html_put(h, "<form method=\"get\" action=\"/cases\" class=\"filter\" role=\"search\">");
	if (office)
		html_put(h, "<label>{} <input type=\"search\" name=\"q\" value=\"{}\" size=\"30\" "
			    "maxlength=\"200\" placeholder=\"{}\"></label> ",
			 Q(r, Q_SEARCH), f->search, Q(r, Q_SEARCH_HINT));
	web_select(h, "category", web_word(r, W_CATEGORY), cases_categories, f->category,
		   web_word(r, W_ANY));
	/* a department sees its cases from their dispatch on (schema 011) */
	static const char *const dept_statuses[] = {"assigned", "answered", "closed", NULL};
	web_select(h, "status", web_word(r, W_STATUS), office ? cases_statuses : dept_statuses,
		   f->status, web_word(r, W_ANY));
	if (office)
		html_put(h, "<label>{} <input name=\"department\" value=\"{}\"></label> ",
			 web_word(r, W_DEPARTMENT), f->department);
	html_put(h, "<label>{} <input name=\"since\" type=\"date\" value=\"{}\"></label> ",
		 web_word(r, W_SINCE), web_arg(r, "since"));
	if (office)
		queue_check(h, "needs_review", f->needs_review, web_word(r, W_NEEDS_REVIEW));
	queue_check(h, "overdue", f->overdue, Q(r, Q_ONLY_OVERDUE));
	if (office)
		queue_check(h, "mine", f->mine, Q(r, Q_MINE));
	html_put(h, "<label>{} <select name=\"sort\">", Q(r, Q_SORT));
	static const enum cases_sort shown[] = {CASES_SORT_URGENT, CASES_SORT_RECEIVED,
						CASES_SORT_PRIORITY, CASES_SORT_NUMBER};
	for (size_t i = 0; i < sizeof(shown) / sizeof(shown[0]); i++) {
		const char *name = sort_names[shown[i]], *word = Q(r, sort_words[shown[i]]);
		if (f->sort == shown[i])
			html_put(h, "<option value=\"{}\" selected>{}</option>", name, word);
		else
			html_put(h, "<option value=\"{}\">{}</option>", name, word);
	}
	html_put(h, "</select></label> <label>{} <select name=\"dir\">", Q(r, Q_DIR));
	if (f->ascending)
		html_put(h, "<option value=\"desc\">{}</option><option value=\"asc\" selected>{}"
			    "</option>", Q(r, Q_DESC), Q(r, Q_ASC));
	else
		html_put(h, "<option value=\"desc\" selected>{}</option><option value=\"asc\">{}"
			    "</option>", Q(r, Q_DESC), Q(r, Q_ASC));
	html_put(h, "</select></label> <button type=\"submit\">{}</button></form>",
		 web_word(r, W_FILTER));
}

/* "共 N 件，显示第 a–b 件" with the previous and next links. */
static void
queue_pages(struct req *r, struct html *h, const struct case_summaries *l, long page)
{
	char total[32], shown[40], first[32], last[32], pages[32], cur[32], link[QUEUE_LINK_MAX];
	long npages = (l->total + QUEUE_PAGE_SIZE - 1) / QUEUE_PAGE_SIZE;
	snprintf(total, sizeof(total), "%ld", l->total);
	/* counted up to CASES_LIST_COUNT_MAX: more is "100000+" */
	snprintf(shown, sizeof(shown), "%ld%s", l->total,
		 l->total >= CASES_LIST_COUNT_MAX ? "+" : "");
	snprintf(first, sizeof(first), "%ld", (page - 1) * QUEUE_PAGE_SIZE + 1);
	snprintf(last, sizeof(last), "%ld", (page - 1) * QUEUE_PAGE_SIZE + (long)l->n);
	snprintf(pages, sizeof(pages), "%ld", npages > 0 ? npages : 1);
	snprintf(cur, sizeof(cur), "%ld", page);
	html_put(h, "<nav class=\"pages\"><p class=\"count\" id=\"total\" data-total=\"{}\">",
		 total);
	/* templates of this file's table: literals, as html_put asks */
	html_put_(h, Q(r, Q_TOTAL), shown);
	if (l->n > 0)
		html_put_(h, Q(r, Q_SHOWN), first, last);
	html_put(h, " · ");
	html_put_(h, Q(r, Q_PAGE), cur, pages);
	html_put(h, "</p>");
	if (page > 1) {
		page_link(r, page - 1, link, sizeof(link));
		html_put(h, "<a rel=\"prev\" href=\"{}\">{}</a> ", link, Q(r, Q_PREVIOUS));
	}
	if (page < npages) {
		page_link(r, page + 1, link, sizeof(link));
		html_put(h, "<a rel=\"next\" href=\"{}\">{}</a>", link, Q(r, Q_NEXT));
	}
	html_put(h, "</nav>");
}

/* The time left of an open case (none when answered, closed or without a
 * time limit), "overdue" past it. */
static void
queue_left(struct req *r, struct html *h, const struct case_summary *cs, double now)
{
	if (cs->due == CASES_DB_NO_TIME || strcmp(cs->status, "answered") == 0
	    || strcmp(cs->status, "closed") == 0)
		return;
	char left[64];
	if (casefmt_time_left(cs->due, now, !r->en, left, sizeof(left))) {
		html_put(h, "<span class=\"overdue\">");
		html_put_(h, Q(r, Q_LATE_BY), left);
		html_put(h, "</span>");
	} else {
		html_put(h, "{}", left);
	}
}

static void
queue_table(struct req *r, struct html *h, const struct case_summaries *l)
{
	html_put(h, "<table class=\"queue\"><thead><tr><th>{}</th><th>{}</th><th>{}</th>"
		    "<th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>",
		 web_word(r, W_NUMBER), web_word(r, W_RECEIVED), web_word(r, W_CATEGORY),
		 web_word(r, W_DEPARTMENT), web_word(r, W_PRIORITY), web_word(r, W_STATUS),
		 Q(r, Q_LEFT), web_word(r, W_SUBJECT));
	double now = (double)time(NULL);
	for (size_t i = 0; i < l->n; i++) {
		const struct case_summary *cs = &l->v[i];
		char when[32];
		cases_time_local(cs->received, when, sizeof(when));
		html_put(h, "<tr><td><a href=\"/cases/{}\">{}</a></td><td>{}</td><td>{}</td>"
			    "<td>{}</td><td>{}</td><td>{}",
			 cs->number, cs->number, when, cs->category, cs->department, cs->priority,
			 cs->status);
		if (cs->overdue)
			html_put(h, " <span class=\"overdue\">({})</span>", Q(r, Q_OVERDUE));
		if (cs->needs_review && !r->s->department)
			html_put(h, " <span class=\"review\">({})</span>", web_word(r, W_NEEDS_REVIEW));
		html_put(h, "</td><td class=\"left\">");
		queue_left(r, h, cs, now);
		html_put(h, "</td><td>{}</td></tr>", cs->subject);
	}
	html_put(h, "</tbody></table>");
}

enum MHD_Result
web_queue(struct req *r, bool api)
{
	char err[512];
	struct cases_filter f;
	long page = 1;
	enum mb_status st = queue_filter(r, api, &f, &page, err, sizeof(err));
	struct case_summaries l = {0};
	if (st == MB_OK) {
		struct cases *c = web_service_open(r, err, sizeof(err));
		if (c == NULL) {
			st = MB_CONNECTION;
		} else {
			st = cases_list(c, &f, &l, err, sizeof(err));
			web_service_close(r, &c);
		}
	}
	if (api) {
		if (st != MB_OK) {
			json_t *e = json_pack("{s:s}", "error", err);
			return web_answer_json(r, st == MB_USAGE ? MHD_HTTP_BAD_REQUEST
							       : MHD_HTTP_SERVICE_UNAVAILABLE, e);
		}
		json_t *j = cases_summaries_json(&l);
		cases_db_summaries_free(&l);
		return web_answer_json(r, MHD_HTTP_OK, j);
	}
	struct html h;
	html_init(&h, WEB_PAGE_MAX);
	web_page_open(r, &h, web_word(r, W_QUEUE));
	html_put(&h, "<h1>{}</h1>", web_word(r, W_QUEUE));
	if (!r->s->department)
		html_put(&h, "<p><a href=\"/stats\">{}</a> · <a href=\"/hot\">{}</a></p>",
			 Q(r, Q_STATS), r->en ? "Hot issues" : "热点问题");
	queue_form(r, &h, &f);
	if (st != MB_OK) {
		html_put(&h, "<p class=\"message\" role=\"alert\">{}{}</p>",
			 st == MB_USAGE ? web_word(r, W_BAD_FILTER) : web_word(r, W_DB_AWAY),
			 st == MB_USAGE ? err : NULL);
	} else if (l.n == 0 && page > 1 && l.total > 0) {
		char link[QUEUE_LINK_MAX];
		page_link(r, 1, link, sizeof(link));
		html_put(&h, "<p class=\"message\">{}<a href=\"{}\">{}</a></p>", Q(r, Q_PAST_END),
			 link, Q(r, Q_PREVIOUS));
		queue_pages(r, &h, &l, page);
	} else if (l.n == 0) {
		queue_pages(r, &h, &l, page);
		html_put(&h, "<p>{}</p>", web_word(r, W_NONE_FOUND));
	} else {
		queue_pages(r, &h, &l, page);
		queue_table(r, &h, &l);
	}
	cases_db_summaries_free(&l);
	web_page_close(&h);
	enum MHD_Result ret = web_answer_page(r, st == MB_USAGE ? MHD_HTTP_BAD_REQUEST
							: MHD_HTTP_OK, &h);
	html_deinit(&h);
	return ret;
}
