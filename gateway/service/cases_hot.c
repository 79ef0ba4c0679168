/*
 * cases_hot.c - hot issues of the case file (cases_hot.h).
 */
#include "cases_hot.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "cases_p.h"
#include "normalize.h"
#include "xalloc.h"

/* the key of obj with the largest count (ties: the first in the order
 * json keeps), or NULL */
static const char *
most(const json_t *obj)
{
	const char *k, *best = NULL;
	json_t *v;
	json_int_t n = 0;
	json_object_foreach((json_t *)obj, k, v) {
		if (json_integer_value(v) > n) {
			n = json_integer_value(v);
			best = k;
		}
	}
	return best;
}

static void
count(json_t *obj, const char *key)
{
	json_t *v = json_object_get(obj, key);
	json_object_set_new(obj, key, json_integer(v ? json_integer_value(v) + 1 : 1));
}

static int
writer_cmp(const void *a, const void *b)
{
	const char *x = *(const char *const *)a, *y = *(const char *const *)b;
	return strcmp(x, y);
}

static int
group_cmp(const void *a, const void *b)
{
	json_t *x = *(json_t *const *)a, *y = *(json_t *const *)b;
	json_int_t sx = json_integer_value(json_object_get(x, "size"));
	json_int_t sy = json_integer_value(json_object_get(y, "size"));
	if (sx != sy)
		return sx > sy ? -1 : 1;
	json_int_t gx = json_integer_value(json_object_get(x, "growth"));
	json_int_t gy = json_integer_value(json_object_get(y, "growth"));
	if (gx != gy)
		return gx > gy ? -1 : 1;
	return strcmp(json_string_value(json_object_get(x, "anchor")),
		      json_string_value(json_object_get(y, "anchor")));
}

static json_t *
group_json(const struct hot_group *g, const struct hot_cases *hc, const struct cases_hot_query *q)
{
	json_t *nums = json_array(), *depts = json_object(), *cats = json_object(),
	       *chans = json_object(), *places = json_array(), *terms = json_array();
	const char **writers = xcalloc(g->n, sizeof(*writers));
	size_t nw = 0, anonymous = 0, growth = 0, open = 0;
	for (size_t m = 0; m < g->n; m++) {
		const struct hot_case *x = &hc->v[g->members[m]];
		json_array_append_new(nums, json_string(x->number));
		if (x->department)
			count(depts, x->department);
		if (x->category)
			count(cats, x->category);
		count(chans, x->source ? x->source : "unknown");
		if (x->writer)
			writers[nw++] = x->writer;
		else
			anonymous++;
		if (x->created >= q->now - CASES_HOT_GROWTH_HOURS * 3600.0)
			growth++;
		if (strcmp(x->status, "closed") != 0)
			open++;
	}
	qsort(writers, nw, sizeof(*writers), writer_cmp);
	size_t distinct = 0;
	for (size_t i = 0; i < nw; i++)
		if (i == 0 || strcmp(writers[i], writers[i - 1]) != 0)
			distinct++;
	free(writers);
	for (size_t k = 0; k < g->nplaces; k++)
		json_array_append_new(places, json_string(g->places[k]));
	for (size_t k = 0; k < g->nterms; k++)
		json_array_append_new(terms, json_string(g->terms[k]));
	char first[40], last[40];
	cases_time_iso(hc->v[g->members[0]].created, first, sizeof(first));
	cases_time_iso(hc->v[g->members[g->n - 1]].created, last, sizeof(last));
	const char *dept = most(depts), *cat = most(cats);
	return json_pack("{s:I, s:o, s:I, s:s, s:s, s:s, s:I, s:I, s:o, s:o, s:o, s:o, s:o, s:o, s:o}",
			 "size", (json_int_t)g->n, "cases", nums, "growth", (json_int_t)growth,
			 "anchor", hc->v[g->members[0]].number, "first", first, "last", last,
			 "open", (json_int_t)open, "writers", (json_int_t)(distinct + anonymous),
			 "department", dept ? json_string(dept) : json_null(), "category",
			 cat ? json_string(cat) : json_null(), "departments", depts, "channels",
			 chans, "places", places, "terms", terms, "categories", cats);
}

enum mb_status
cases_hot(struct cases *c, const struct cases_hot_query *q, json_t **groups_r, size_t *cases_r,
	  char *err, size_t errlen)
{
	*groups_r = NULL;
	*cases_r = 0;
	struct hot_cases hc = {0};
	enum mb_status st = cases_p_begin_read(c, err, errlen);
	if (st != MB_OK)
		return st;
	st = cases_db_hot(cases_p_db(c), q->since, &hc, err, errlen);
	st = cases_db_end(cases_p_db(c), st, err, errlen);
	if (st != MB_OK)
		return st;
	struct normalizer *norm = NULL;
	if ((st = normalize_new(&norm, err, errlen)) != MB_OK) {
		cases_db_rows_free(&hc);
		return st;
	}
	struct hot_doc *docs = xcalloc(hc.n ? hc.n : 1, sizeof(*docs));
	for (size_t i = 0; i < hc.n; i++)
		docs[i] = (struct hot_doc){hc.v[i].text, strlen(hc.v[i].text), hc.v[i].department};
	struct hot_result r;
	st = hot_group(norm, docs, hc.n, &q->params, &r);
	free(docs);
	normalize_free(&norm);
	if (st != MB_OK) {
		snprintf(err, errlen, "more than %d cases in the period: give a later since",
			 HOT_DOCS_MAX);
		cases_db_rows_free(&hc);
		return MB_USAGE;
	}
	json_t **v = xcalloc(r.n ? r.n : 1, sizeof(*v));
	for (size_t g = 0; g < r.n; g++)
		v[g] = group_json(&r.groups[g], &hc, q);
	qsort(v, r.n, sizeof(*v), group_cmp);
	json_t *arr = json_array();
	for (size_t g = 0; g < r.n; g++)
		json_array_append_new(arr, v[g]);
	free(v);
	*cases_r = hc.n;
	hot_result_deinit(&r);
	cases_db_rows_free(&hc);
	*groups_r = arr;
	err[0] = '\0';
	return MB_OK;
}

static void
put_list(struct buf *b, const json_t *arr, const char *sep, size_t max)
{
	size_t i;
	json_t *v;
	json_array_foreach(arr, i, v) {
		if (i >= max) {
			buf_append_str(b, sep);
			buf_append_str(b, "...");
			break;
		}
		if (i > 0)
			buf_append_str(b, sep);
		buf_append_str(b, json_string_value(v));
	}
}

char *
cases_hot_mail_text(const json_t *g)
{
	struct buf b;
	buf_init(&b, CASES_HOT_MAIL_MAX);
	char line[512];
	const char *dept = json_string_value(json_object_get(g, "department"));
	json_int_t size = json_integer_value(json_object_get(g, "size"));
	json_int_t growth = json_integer_value(json_object_get(g, "growth"));
	snprintf(line, sizeof(line), "热点问题：%lld 件来信反映同一事项（近 %d 小时新增 %lld 件），"
		 "来信人 %lld 位，涉及部门：%s。\n", (long long)size, CASES_HOT_GROWTH_HOURS,
		 (long long)growth, (long long)json_integer_value(json_object_get(g, "writers")),
		 dept ? dept : "未分派");
	buf_append_str(&b, line);
	buf_append_str(&b, "地点：");
	put_list(&b, json_object_get(g, "places"), "、", 10);
	buf_append_str(&b, "\n关键词：");
	put_list(&b, json_object_get(g, "terms"), "、", 10);
	buf_append_str(&b, "\n案件：");
	put_list(&b, json_object_get(g, "cases"), "，", CASES_HOT_MAIL_CASES_MAX);
	snprintf(line, sizeof(line), "\n首件 %s，最近 %s。\n\n",
		 json_string_value(json_object_get(g, "first")),
		 json_string_value(json_object_get(g, "last")));
	buf_append_str(&b, line);
	snprintf(line, sizeof(line), "Hot issue: %lld cases on one matter (%lld in the last %d "
		 "hours) from %lld writers; department: %s.\nPlaces: ", (long long)size,
		 (long long)growth, CASES_HOT_GROWTH_HOURS,
		 (long long)json_integer_value(json_object_get(g, "writers")),
		 dept ? dept : "not dispatched");
	buf_append_str(&b, line);
	put_list(&b, json_object_get(g, "places"), ", ", 10);
	buf_append_str(&b, "\nWords: ");
	put_list(&b, json_object_get(g, "terms"), ", ", 10);
	buf_append_str(&b, "\nCases: ");
	put_list(&b, json_object_get(g, "cases"), ", ", CASES_HOT_MAIL_CASES_MAX);
	buf_append_str(&b, "\n");
	return buf_take(&b, NULL);
}

/* a PostgreSQL array literal of strings */
static void
put_array(struct buf *b, const char *const *v, size_t n)
{
	buf_putc(b, '{');
	for (size_t i = 0; i < n; i++) {
		if (i > 0)
			buf_putc(b, ',');
		buf_putc(b, '"');
		for (const char *p = v[i]; *p; p++) {
			if (*p == '"' || *p == '\\')
				buf_putc(b, '\\');
			buf_putc(b, *p);
		}
		buf_putc(b, '"');
	}
	buf_putc(b, '}');
}

enum mb_status
cases_hot_notify(struct cases *c, const json_t *groups, size_t min_size, const char *recipients,
		 size_t *mailed_r, char *err, size_t errlen)
{
	*mailed_r = 0;
	/* the addresses, split at commas (the database checks each) */
	char *list = xstrdup(recipients ? recipients : "");
	const char *addr[CASES_HOT_RECIPIENTS_MAX];
	size_t na = 0;
	for (char *save = NULL, *t = strtok_r(list, ", ", &save); t && na < CASES_HOT_RECIPIENTS_MAX;
	     t = strtok_r(NULL, ", ", &save))
		addr[na++] = t;
	if (na == 0) {
		free(list);
		snprintf(err, errlen, "no address to mail hot issues to ([hot] notify)");
		return MB_CONFIG;
	}
	struct buf to;
	buf_init(&to, CASES_HOT_RECIPIENTS_MAX * 260);
	put_array(&to, addr, na);
	enum mb_status st = cases_p_begin_read(c, err, errlen);
	bool began = st == MB_OK;
	size_t i;
	json_t *g;
	json_array_foreach((json_t *)groups, i, g) {
		if (st != MB_OK)
			break;
		size_t size = (size_t)json_integer_value(json_object_get(g, "size"));
		if (size < min_size)
			continue;
		const json_t *nums = json_object_get(g, "cases");
		const char **v = xcalloc(size ? size : 1, sizeof(*v));
		for (size_t k = 0; k < size; k++)
			v[k] = json_string_value(json_array_get(nums, k));
		struct buf arr;
		buf_init(&arr, size * CASES_HOT_NUMBER_QUOTED + 2);
		put_array(&arr, v, size);
		free(v);
		char *text = cases_hot_mail_text(g);
		bool mailed = false;
		st = cases_db_hot_notify(cases_p_db(c), json_string_value(json_object_get(g, "anchor")),
					 size, arr.data, to.data, text, &mailed, err, errlen);
		free(text);
		buf_deinit(&arr);
		if (st == MB_OK && mailed)
			(*mailed_r)++;
	}
	if (began)
		st = cases_db_end(cases_p_db(c), st, err, errlen);
	buf_deinit(&to);
	free(list);
	return st;
}
