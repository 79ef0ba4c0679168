/*
 * stats.c - GET /stats: the figures of `cases stats` (the service's
 * cases_stats, on the person's own connection: a clerk counts the public
 * cases, a supervisor all) by category, department, day and district, each
 * as a bar chart drawn here as inline SVG (open and closed cases stacked)
 * and as a table with the same numbers, for readers without SVG. Every
 * label goes through page.h's escaping writer like any other value.
 */
#include "web_p.h"

#include <stdio.h>
#include <string.h>

#include "../service/cases.h"
#include "web.h"

/* Bars in one chart: a longer list (days, mostly) shows its last ones, and
 * the table all. */
#define STATS_BARS_MAX 60
/* Bytes of a chart's label (cut at a character). */
#define STATS_LABEL_MAX 44
/* The chart's geometry, in SVG user units. */
#define CHART_W 840
#define CHART_LABEL_W 340	/* the longest department name at 13 px, with room */
#define CHART_BAR_W 420
#define CHART_ROW_H 22
#define CHART_BAR_H 16
#define CHART_TOP 24

enum sword {
	S_TITLE,
	S_BY_CATEGORY,
	S_BY_DEPARTMENT,
	S_BY_DAY,
	S_BY_DISTRICT,
	S_CASES,
	S_OPEN,
	S_CLOSED,
	S_AVG_CLOSE,
	S_ON_TIME,
	S_LATE,
	S_RETURNED,
	S_SUPERVISED,
	S_REDO,
	S_SATISFACTION,
	S_DEPTS_TITLE,
	S_DIRECTORY,
	S_NAME_ZH,
	S_CONTACT,
	S_MEMBERS,
	S_INACTIVE,
	S_NO_DIRECTORY,
	S_OVERDUE_CASES,
	S_NONE_OVERDUE,
	S_DUE,
	S_PER_DEPARTMENT,
	S_NONE,
	S_EMPTY,
	S_LAST_BARS,
	S_SHOW,
	S_COUNT
};

static const char *const swords[S_COUNT][2] = {
	[S_TITLE] = {"统计", "Statistics"},
	[S_BY_CATEGORY] = {"按类别", "By category"},
	[S_BY_DEPARTMENT] = {"按承办单位", "By department"},
	[S_BY_DAY] = {"按日期", "By day"},
	[S_BY_DISTRICT] = {"按区域", "By district"},
	[S_CASES] = {"案件", "cases"},
	[S_OPEN] = {"未办结", "open"},
	[S_CLOSED] = {"已办结", "closed"},
	[S_AVG_CLOSE] = {"平均办结天数", "average days to close"},
	[S_ON_TIME] = {"按时办结", "on time"},
	[S_LATE] = {"超期", "overdue"},
	[S_RETURNED] = {"退回", "returned"},
	[S_SUPERVISED] = {"督办", "supervised"},
	[S_REDO] = {"重办", "handled again"},
	[S_SATISFACTION] = {"满意率", "satisfaction"},
	[S_DEPTS_TITLE] = {"承办单位与督办", "Departments and supervision"},
	[S_DIRECTORY] = {"承办单位名录", "The directory of departments"},
	[S_NAME_ZH] = {"中文名称", "Chinese name"},
	[S_CONTACT] = {"联系邮箱", "Contact"},
	[S_MEMBERS] = {"成员账号", "Members"},
	[S_INACTIVE] = {"（停用）", " (inactive)"},
	[S_NO_DIRECTORY] = {"名录中还没有承办单位（mayorbox departments add）。",
			    "No department in the directory yet (mayorbox departments add)."},
	[S_OVERDUE_CASES] = {"超期未办结的案件", "Cases past their time limit"},
	[S_NONE_OVERDUE] = {"没有超期案件。", "No case is overdue."},
	[S_DUE] = {"办理时限", "Due"},
	[S_PER_DEPARTMENT] = {"各承办单位办理情况", "Each department's handling"},
	[S_NONE] = {"（无）", "(none)"},
	[S_EMPTY] = {"没有案件。", "No case."},
	[S_LAST_BARS] = {"图中只画最后 {} 项，表中是全部。",
			 "The chart shows the last {}; the table has them all."},
	[S_SHOW] = {"显示", "Show"},
};

#define S(r, w) WEB_SAY(r, swords, w)

/* The categories in Chinese (HOTLINE.md's words); English keeps the names. */
static const char *const category_zh[][2] = {
	{"consultation", "咨询"}, {"suggestion", "建议"}, {"demand", "求助"},
	{"complaint", "投诉"}, {"information", "信息查询"}, {"unclassified", "未分类"},
};

static const char *
group_label(const struct req *r, enum cases_group by, const char *g)
{
	if (g == NULL)
		return S(r, S_NONE);
	if (by == CASES_BY_CATEGORY && !r->en)
		for (size_t i = 0; i < sizeof(category_zh) / sizeof(category_zh[0]); i++)
			if (strcmp(g, category_zh[i][0]) == 0)
				return category_zh[i][1];
	return g;
}

/* A bar's length for n of max, in user units (at least 1 for n > 0). */
static long
bar_len(long n, long max)
{
	if (n <= 0 || max <= 0)
		return 0;
	long w = (long)((double)n * CHART_BAR_W / (double)max + 0.5);
	return w < 1 ? 1 : w;
}

/* One chart: a row per group, open and closed stacked, the count after. */
static void
chart(struct req *r, struct html *h, enum cases_group by, const char *title,
      const struct case_stats *s)
{
	size_t from = s->n > STATS_BARS_MAX ? s->n - STATS_BARS_MAX : 0;
	long max = 0;
	for (size_t i = from; i < s->n; i++)
		if (s->v[i].cases > max)
			max = s->v[i].cases;
	char w[24], hgt[24], vb[64];
	long height = CHART_TOP + (long)(s->n - from) * CHART_ROW_H + 8;
	snprintf(w, sizeof(w), "%d", CHART_W);
	snprintf(hgt, sizeof(hgt), "%ld", height);
	snprintf(vb, sizeof(vb), "0 0 %d %ld", CHART_W, height);
	html_put(h, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" "
		    "width=\"{}\" height=\"{}\" viewBox=\"{}\" font-family=\"sans-serif\" "
		    "font-size=\"13\"><title>{}</title>", w, hgt, vb, title);
	/* the legend */
	char l1[24], l2[24], l3[24], l4[24], lx[24];
	snprintf(l1, sizeof(l1), "%d", CHART_LABEL_W);
	snprintf(l2, sizeof(l2), "%d", CHART_LABEL_W + 16);
	snprintf(l3, sizeof(l3), "%d", CHART_LABEL_W + 100);
	snprintf(l4, sizeof(l4), "%d", CHART_LABEL_W + 116);
	snprintf(lx, sizeof(lx), "%d", CHART_LABEL_W - 6);
	html_put(h, "<rect x=\"{}\" y=\"4\" width=\"12\" height=\"12\" fill=\"#9b1c1c\"/>"
		    "<text x=\"{}\" y=\"15\">{}</text>"
		    "<rect x=\"{}\" y=\"4\" width=\"12\" height=\"12\" fill=\"#e8a5a5\"/>"
		    "<text x=\"{}\" y=\"15\">{}</text>", l1, l2, S(r, S_OPEN), l3, l4,
		 S(r, S_CLOSED));
	for (size_t i = from; i < s->n; i++) {
		const struct case_stat *x = &s->v[i];
		long y = CHART_TOP + (long)(i - from) * CHART_ROW_H;
		long wo = bar_len(x->open, max), wc = bar_len(x->cases, max) - wo;
		char ty[24], by_[24], xo[24], wov[24], xc[24], wcv[24], xv[24], n[24];
		snprintf(ty, sizeof(ty), "%ld", y + CHART_BAR_H - 3);
		snprintf(by_, sizeof(by_), "%ld", y);
		snprintf(xo, sizeof(xo), "%d", CHART_LABEL_W);
		snprintf(wov, sizeof(wov), "%ld", wo);
		snprintf(xc, sizeof(xc), "%ld", CHART_LABEL_W + wo);
		snprintf(wcv, sizeof(wcv), "%ld", wc > 0 ? wc : 0);
		snprintf(xv, sizeof(xv), "%ld", CHART_LABEL_W + wo + (wc > 0 ? wc : 0) + 6);
		snprintf(n, sizeof(n), "%ld", x->cases);
		struct buf label;
		buf_init(&label, STATS_LABEL_MAX + 4);
		const char *full = group_label(r, by, x->group);
		if (buf_append_utf8_cut(&label, full, strlen(full)) != MB_OK)
			(void)buf_append_str(&label, "…");
		(void)buf_putc(&label, '\0');
		html_put(h, "<g><title>{}: {}</title>"
			    "<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>"
			    "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"16\" fill=\"#9b1c1c\"/>"
			    "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"16\" fill=\"#e8a5a5\"/>"
			    "<text x=\"{}\" y=\"{}\">{}</text></g>",
			 full, n, lx, ty, label.data, xo, by_, wov, xc, by_, wcv, xv, ty, n);
		buf_deinit(&label);
	}
	html_put(h, "</svg>");
}

static void
table(struct req *r, struct html *h, enum cases_group by, const char *title,
      const struct case_stats *s)
{
	static const enum sword heads[] = {S_CASES, S_OPEN, S_CLOSED, S_ON_TIME, S_LATE,
					   S_RETURNED, S_SUPERVISED, S_REDO, S_SATISFACTION,
					   S_AVG_CLOSE};
	enum { NCELLS = sizeof(heads) / sizeof(heads[0]) };
	html_put(h, "<table class=\"stats\"><caption>{}</caption><thead><tr><th></th>", title);
	for (size_t k = 0; k < NCELLS; k++)
		html_put(h, "<th>{}</th>", S(r, heads[k]));
	html_put(h, "</tr></thead><tbody>");
	for (size_t i = 0; i < s->n; i++) {
		const struct case_stat *x = &s->v[i];
		const long n[] = {x->cases, x->open, x->closed, x->on_time, x->overdue, x->returned,
				  x->supervised, x->redo};
		char cell[NCELLS][32] = {""};
		for (size_t k = 0; k < sizeof(n) / sizeof(n[0]); k++)
			snprintf(cell[k], sizeof(cell[k]), "%ld", n[k]);
		double sat = cases_stat_satisfaction(x);
		if (sat >= 0)
			snprintf(cell[NCELLS - 2], sizeof(cell[0]), "%.0f%%", sat * 100.0);
		if (x->avg_close != CASES_DB_NO_TIME)
			snprintf(cell[NCELLS - 1], sizeof(cell[0]), "%.1f", x->avg_close / 86400.0);
		html_put(h, "<tr><th scope=\"row\">{}</th>", group_label(r, by, x->group));
		for (size_t k = 0; k < NCELLS; k++)
			html_put(h, "<td>{}</td>", cell[k]);
		html_put(h, "</tr>");
	}
	html_put(h, "</tbody></table>");
}

enum MHD_Result
web_stats(struct req *r)
{
	static const struct {
		enum cases_group by;
		enum sword title;
		const char *id;
	} groups[] = {
		{CASES_BY_CATEGORY, S_BY_CATEGORY, "category"},
		{CASES_BY_DEPARTMENT, S_BY_DEPARTMENT, "department"},
		{CASES_BY_DAY, S_BY_DAY, "day"},
		{CASES_BY_DISTRICT, S_BY_DISTRICT, "district"},
	};
	enum { NGROUPS = sizeof(groups) / sizeof(groups[0]) };
	char err[512] = "", warning[256] = "";
	struct case_stats s[NGROUPS] = {{0}};
	double since = CASES_DB_NO_TIME;
	const char *since_arg = web_arg(r, "since");
	enum mb_status st = MB_OK;
	if (since_arg && cases_parse_since(since_arg, &since) != MB_OK) {
		snprintf(err, sizeof(err), "since: '%.40s' is not a date (YYYY-MM-DD)", since_arg);
		st = MB_USAGE;
	}
	if (st == MB_OK) {
		struct cases *c = web_service_open(r, err, sizeof(err));
		if (c == NULL)
			st = MB_CONNECTION;
		for (size_t i = 0; c && st == MB_OK && i < NGROUPS; i++)
			st = cases_stats(c, groups[i].by, since, &s[i], warning, sizeof(warning), err,
					 sizeof(err));
		if (c)
			web_service_close(r, &c);
	}
	struct html h;
	html_init(&h, WEB_PAGE_MAX);
	web_page_open(r, &h, S(r, S_TITLE));
	html_put(&h, "<h1>{}</h1><p><a href=\"/cases\">{}</a>", S(r, S_TITLE), web_word(r, W_QUEUE));
	if (!r->s->department)	/* the directory is the office's */
		html_put(&h, " · <a href=\"/departments\">{}</a> · <a href=\"/hot\">{}</a>",
			 S(r, S_DEPTS_TITLE), r->en ? "Hot issues" : "热点问题");
	html_put(&h, "</p><form method=\"get\" action=\"/stats\" class=\"filter\">"
		     "<label>{} <input name=\"since\" type=\"date\" value=\"{}\"></label> "
		     "<button type=\"submit\">{}</button></form>",
		 web_word(r, W_SINCE), since_arg, S(r, S_SHOW));
	if (st != MB_OK) {
		html_put(&h, "<p class=\"message\" role=\"alert\">{}{}</p>",
			 st == MB_USAGE ? web_word(r, W_BAD_FILTER) : web_word(r, W_DB_AWAY),
			 st == MB_USAGE ? err : NULL);
	} else {
		if (warning[0])
			html_put(&h, "<p class=\"message\">{}</p>", warning);
		for (size_t i = 0; i < NGROUPS; i++) {
			const char *title = S(r, groups[i].title);
			html_put(&h, "<section id=\"by-{}\"><h2>{}</h2>", groups[i].id, title);
			if (s[i].n == 0) {
				html_put(&h, "<p>{}</p></section>", S(r, S_EMPTY));
				continue;
			}
			chart(r, &h, groups[i].by, title, &s[i]);
			if (s[i].n > STATS_BARS_MAX) {
				char k[24];
				snprintf(k, sizeof(k), "%d", STATS_BARS_MAX);
				/* a template of this file's table: a literal */
				html_put(&h, "<p>");
				html_put_(&h, S(r, S_LAST_BARS), k);
				html_put(&h, "</p>");
			}
			table(r, &h, groups[i].by, title, &s[i]);
			html_put(&h, "</section>");
		}
	}
	for (size_t i = 0; i < NGROUPS; i++)
		cases_db_rows_free(&s[i]);
	web_page_close(&h);
	enum MHD_Result ret = web_answer_page(r, st == MB_USAGE ? MHD_HTTP_BAD_REQUEST
							: MHD_HTTP_OK, &h);
	html_deinit(&h);
	return ret;
}

/* The directory: name, Chinese name, contact, members. */
static void
directory_table(struct req *r, struct html *h, const json_t *dir)
{
	if (json_array_size(dir) == 0) {
		html_put(h, "<p>{}</p>", S(r, S_NO_DIRECTORY));
		return;
	}
	html_put(h, "<table class=\"directory\"><thead><tr><th></th><th>{}</th><th>{}</th>"
		    "<th>{}</th></tr></thead><tbody>", S(r, S_NAME_ZH), S(r, S_CONTACT),
		 S(r, S_MEMBERS));
	size_t i;
	const json_t *d;
	json_array_foreach(dir, i, d) {
		char members[1024] = "";
		size_t k, n = 0;
		const json_t *m;
		json_array_foreach(json_object_get(d, "members"), k, m)
			n += (size_t)snprintf(members + n, n < sizeof(members) ? sizeof(members) - n : 0,
					      "%s%s", k ? ", " : "", json_string_value(m));
		html_put(h, "<tr><th scope=\"row\">{}{}</th><td>{}</td><td>{}</td><td>{}</td></tr>",
			 json_string_value(json_object_get(d, "name")),
			 json_is_true(json_object_get(d, "active")) ? NULL : S(r, S_INACTIVE),
			 json_string_value(json_object_get(d, "name_zh")),
			 json_string_value(json_object_get(d, "contact")), members);
	}
	html_put(h, "</tbody></table>");
}

/* The open cases past their time limit, most overdue first. */
static void
overdue_table(struct req *r, struct html *h, const struct case_summaries *l)
{
	if (l->n == 0) {
		html_put(h, "<p>{}</p>", S(r, S_NONE_OVERDUE));
		return;
	}
	html_put(h, "<table class=\"overdue-cases\"><thead><tr><th>{}</th><th>{}</th><th>{}</th>"
		    "<th>{}</th></tr></thead><tbody>", web_word(r, W_NUMBER),
		 web_word(r, W_DEPARTMENT), web_word(r, W_STATUS), S(r, S_DUE));
	for (size_t i = 0; i < l->n; i++) {
		const struct case_summary *cs = &l->v[i];
		char due[32] = "";
		if (cs->due != CASES_DB_NO_TIME)
			cases_time_local(cs->due, due, sizeof(due));
		html_put(h, "<tr><td><a href=\"/cases/{}\">{}</a></td><td>{}</td><td>{}</td>"
			    "<td class=\"overdue\">{}</td></tr>", cs->number, cs->number,
			 cs->department, cs->status, due);
	}
	html_put(h, "</tbody></table>");
}

enum MHD_Result
web_departments(struct req *r)
{
	char err[512] = "", warning[256] = "";
	json_t *dir = NULL;
	struct case_stats s = {0};
	struct case_summaries late = {0};
	struct cases_filter f = {.overdue = true, .sort = CASES_SORT_URGENT, .limit = 200,
				 .since = CASES_DB_NO_TIME};
	enum mb_status st = MB_CONNECTION;
	struct cases *c = web_service_open(r, err, sizeof(err));
	if (c) {
		st = cases_directory(c, &dir, err, sizeof(err));
		if (st == MB_OK)
			st = cases_stats(c, CASES_BY_DEPARTMENT, CASES_DB_NO_TIME, &s, warning,
					 sizeof(warning), err, sizeof(err));
		if (st == MB_OK)
			st = cases_list(c, &f, &late, err, sizeof(err));
		web_service_close(r, &c);
	}
	struct html h;
	html_init(&h, WEB_PAGE_MAX);
	web_page_open(r, &h, S(r, S_DEPTS_TITLE));
	html_put(&h, "<h1>{}</h1><p><a href=\"/cases\">{}</a> · <a href=\"/stats\">{}</a></p>",
		 S(r, S_DEPTS_TITLE), web_word(r, W_QUEUE), S(r, S_TITLE));
	if (st != MB_OK) {
		/* a department's login: the directory's privilege is absent
		 * (schema 011), the database's refusal is the answer */
		html_put(&h, "<p class=\"message\" role=\"alert\">{}</p>",
			 web_word(r, st == MB_DENIED ? W_NOT_ALLOWED : W_DB_AWAY));
	} else {
		html_put(&h, "<section id=\"overdue\"><h2>{}</h2>", S(r, S_OVERDUE_CASES));
		overdue_table(r, &h, &late);
		html_put(&h, "</section><section id=\"handling\"><h2>{}</h2>",
			 S(r, S_PER_DEPARTMENT));
		if (s.n == 0)
			html_put(&h, "<p>{}</p>", S(r, S_EMPTY));
		else
			table(r, &h, CASES_BY_DEPARTMENT, S(r, S_PER_DEPARTMENT), &s);
		html_put(&h, "</section><section id=\"directory\"><h2>{}</h2>", S(r, S_DIRECTORY));
		directory_table(r, &h, dir);
		web_directory_forms(r, &h, dir);
		html_put(&h, "</section>");
	}
	json_decref(dir);
	cases_db_rows_free(&s);
	cases_db_summaries_free(&late);
	web_page_close(&h);
	enum MHD_Result ret = web_answer_page(r, st == MB_DENIED ? MHD_HTTP_FORBIDDEN : MHD_HTTP_OK,
					      &h);
	html_deinit(&h);
	return ret;
}
