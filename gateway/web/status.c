/*
 * status.c - the citizens' status page (status.h).
 *
 * No session and no CSRF token: nothing here acts on an ambient
 * credential. Every POST carries the credential itself (the case number
 * and the access code, which a forging site does not have), the answer is
 * no-store, and the code never travels in a URL (GET only shows the form).
 * A wrong number and a wrong code take the same path: one call of
 * status_lookup(), the same page, status 200, the same words. Each client
 * address may POST [web] status_per_hour times an hour (a bounded table of
 * counters: 60 bits of code are out of reach at that rate).
 *
 * The page connects as [web] status_login (a login in mayorbox_status,
 * which may only call status_lookup() and status_visit()), one connection
 * per request.
 */
#include "status.h"

#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include <libpq-fe.h>
#include <sodium.h>

#include "../service/cases.h"
#include "access_code.h"
#include "clock.h"
#include "log.h"
#include "page.h"
#include "visit_mail.h"
#include "visits.h"
#include "web.h"
#include "web_p.h"

struct counter {
	char addr[64];
	unsigned n;
	int64_t since_ms;
};

static struct {
	pthread_mutex_t lock;
	struct counter v[WEB_STATUS_CLIENTS_MAX];
} counters = {.lock = PTHREAD_MUTEX_INITIALIZER};

/* Counts one POST of addr; false past limit in the window. */
static bool
status_allowed(const char *addr, long limit)
{
	int64_t now = mono_ms();
	pthread_mutex_lock(&counters.lock);
	struct counter *row = NULL, *free_row = NULL, *oldest = &counters.v[0];
	for (size_t i = 0; i < WEB_STATUS_CLIENTS_MAX && row == NULL; i++) {
		struct counter *c = &counters.v[i];
		if (c->addr[0] && now - c->since_ms > WEB_STATUS_WINDOW_MS)
			c->addr[0] = '\0';
		if (c->addr[0] && strcmp(c->addr, addr) == 0)
			row = c;
		else if (!c->addr[0] && free_row == NULL)
			free_row = c;
		else if (c->since_ms < oldest->since_ms)
			oldest = c;
	}
	if (row == NULL) {
		row = free_row ? free_row : oldest;
		snprintf(row->addr, sizeof(row->addr), "%s", addr);
		row->n = 0;
		row->since_ms = now;
	}
	bool ok = row->n < (unsigned long)limit;
	if (ok)
		row->n++;
	pthread_mutex_unlock(&counters.lock);
	return ok;
}

enum sw {
	S_TITLE, S_INTRO, S_NUMBER, S_CODE, S_LOOKUP, S_NONE, S_LIMIT, S_AWAY, S_STATUS, S_DUE,
	S_ANSWER, S_SEALED, S_NOT_YET, S_VISIT, S_V1, S_V2, S_V3, S_SEND, S_THANKS, S_VISITED,
	S_COUNT
};
static const char *const words[S_COUNT][2] = {
	[S_TITLE] = {"办理情况查询", "How my case stands"},
	[S_INTRO] = {"请输入回执中的案件编号和查询码。", "Enter the case number and the access "
		     "code from the acknowledgement you received."},
	[S_NUMBER] = {"案件编号", "Case number"},
	[S_CODE] = {"查询码", "Access code"},
	[S_LOOKUP] = {"查询", "Look up"},
	[S_NONE] = {"没有与此案件编号和查询码相符的案件。", "No case matches this case number "
		    "and access code."},
	[S_LIMIT] = {"查询次数过多，请稍后再试。", "Too many look-ups from your address; try "
		     "again later."},
	[S_AWAY] = {"暂时无法查询，请稍后再试。", "The look-up is not available now; try again "
		    "later."},
	[S_STATUS] = {"办理状态", "Status"},
	[S_DUE] = {"办理时限", "Due"},
	[S_ANSWER] = {"答复", "Answer"},
	[S_SEALED] = {"答复已通过邮件发给您（保密案件的答复不在网页显示）。", "The answer was mailed "
		      "to you (a confidential case's answer is not shown on the web)."},
	[S_NOT_YET] = {"尚未答复。", "Not answered yet."},
	[S_VISIT] = {"回访：您对办理结果是否满意？", "Return visit: are you satisfied with how "
		     "your case was handled?"},
	[S_V1] = {"满意", "satisfied"},
	[S_V2] = {"基本满意", "basically satisfied"},
	[S_V3] = {"不满意（重新办理）", "not satisfied (handle it again)"},
	[S_SEND] = {"提交", "Send"},
	[S_THANKS] = {"谢谢，您的评价已记录。", "Thank you: your answer is recorded."},
	[S_VISITED] = {"您的评价", "Your answer"},
};

static const char *
status_word(const struct req *r, const char *status)
{
	static const char *const names[][3] = {
		{"new", "已受理", "received"},
		{"assigned", "办理中", "being handled"},
		{"answered", "已答复", "answered"},
		{"closed", "已办结", "closed"},
		{"reopened", "重新办理中", "reopened"},
	};
	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (strcmp(names[i][0], status) == 0)
			return names[i][r->en ? 2 : 1];
	return status;
}

static void
put_form(struct req *r, struct html *h, const char *number)
{
	html_put(h, "<form method=\"post\" action=\"/status\" autocomplete=\"off\">"
		    "<p>{}</p><label>{} <input name=\"number\" value=\"{}\" maxlength=\"32\" "
		    "required></label> <label>{} <input name=\"code\" type=\"password\" "
		    "maxlength=\"32\" required></label> <button type=\"submit\">{}</button></form>",
		 WEB_SAY(r, words, S_INTRO), WEB_SAY(r, words, S_NUMBER), number ? number : "",
		 WEB_SAY(r, words, S_CODE), WEB_SAY(r, words, S_LOOKUP));
}

static void
put_case(struct req *r, struct html *h, const char *number, const char *code,
	 const struct visit_status *s, const char *recorded)
{
	char due[64] = "";
	if (s->due > 0)
		cases_time_local(s->due, due, sizeof(due));
	html_put(h, "<dl class=\"status\"><dt>{}</dt><dd id=\"number\">{}</dd><dt>{}</dt>"
		    "<dd id=\"status\">{}</dd><dt>{}</dt><dd id=\"due\">{}</dd><dt>{}</dt>"
		    "<dd id=\"answer\">",
		 WEB_SAY(r, words, S_NUMBER), number, WEB_SAY(r, words, S_STATUS),
		 status_word(r, s->status), WEB_SAY(r, words, S_DUE), due,
		 WEB_SAY(r, words, S_ANSWER));
	if (s->answer)
		html_put(h, "<pre>{}</pre>", s->answer);
	else if (s->confidential && s->closed_at[0])
		html_put(h, "{}", WEB_SAY(r, words, S_SEALED));
	else
		html_put(h, "{}", WEB_SAY(r, words, S_NOT_YET));
	html_put(h, "</dd></dl>");
	if (recorded && *recorded)
		html_put(h, "<p class=\"message\" id=\"thanks\">{}</p>", WEB_SAY(r, words, S_THANKS));
	if (s->visit_pending) {
		/* the credential goes back with the answer: still no session */
		html_put(h, "<form method=\"post\" action=\"/status\" id=\"visit\"><p>{}</p>"
			    "<input type=\"hidden\" name=\"number\" value=\"{}\">"
			    "<input type=\"hidden\" name=\"code\" value=\"{}\">"
			    "<label><input type=\"radio\" name=\"visit\" value=\"1\" required> {}</label> "
			    "<label><input type=\"radio\" name=\"visit\" value=\"2\"> {}</label> "
			    "<label><input type=\"radio\" name=\"visit\" value=\"3\"> {}</label> "
			    "<button type=\"submit\">{}</button></form>",
			 WEB_SAY(r, words, S_VISIT), number, code, WEB_SAY(r, words, S_V1),
			 WEB_SAY(r, words, S_V2), WEB_SAY(r, words, S_V3), WEB_SAY(r, words, S_SEND));
	} else if (s->visit_result[0]) {
		const char *v = strcmp(s->visit_result, "satisfied") == 0 ? WEB_SAY(r, words, S_V1)
				: strcmp(s->visit_result, "basic") == 0 ? WEB_SAY(r, words, S_V2)
				: WEB_SAY(r, words, S_V3);
		html_put(h, "<p id=\"visited\">{}: {}</p>", WEB_SAY(r, words, S_VISITED), v);
	}
}

/* The code as typed, normalised (access_code_find), or "" when it is none:
 * then a hash that matches nothing is looked up all the same. */
static void
code_hash(const char *typed, char code[ACCESS_CODE_LEN + 1], char hex[65])
{
	char found[1][ACCESS_CODE_LEN + 1];
	code[0] = '\0';
	if (typed && access_code_find(typed, strlen(typed), found, 1) == 1)
		memcpy(code, found[0], ACCESS_CODE_LEN + 1);
	access_code_hash_hex(code[0] ? code : "-", hex);
	sodium_memzero(found, sizeof(found));
}

enum mb_status
web_status_config(const struct config *cfg, struct web_config *wc, char *err, size_t errlen)
{
	const char *login = config_get(cfg, "web", "status_login");
	const char *ph = config_get(cfg, "web", "status_per_hour");
	wc->status_per_hour = WEB_STATUS_PER_HOUR_DEFAULT;
	if (ph && !config_parse_long(ph, 1, 100000, &wc->status_per_hour)) {
		snprintf(err, errlen, "[web] status_per_hour: a whole number from 1 to 100000");
		return MB_CONFIG;
	}
	if (login == NULL || *login == '\0')
		return MB_OK;
	if (strlen(login) >= sizeof(wc->status_login)
	    || strspn(login, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-")
	       != strlen(login)) {
		snprintf(err, errlen, "[web] status_login: a login name (letters, digits, _ and -, "
			 "under 64)");
		return MB_CONFIG;
	}
	snprintf(wc->status_login, sizeof(wc->status_login), "%s", login);
	return MB_OK;
}

enum MHD_Result
web_status(const struct web_config *wc, struct req *r, bool post)
{
	if (wc->status_login[0] == '\0')
		return web_answer_message(r, MHD_HTTP_NOT_FOUND, web_word(r, W_NOT_FOUND));
	struct html h;
	html_init(&h, WEB_PAGE_MAX);
	web_page_open(r, &h, WEB_SAY(r, words, S_TITLE));
	html_put(&h, "<h1>{}</h1>", WEB_SAY(r, words, S_TITLE));
	unsigned code_r = MHD_HTTP_OK;
	const char *number = post ? web_form_get(&r->form, "number") : NULL;
	if (!post) {
		put_form(r, &h, NULL);
		goto out;
	}
	if (!status_allowed(r->addr, wc->status_per_hour)) {
		log_event(LOG_WARN, "status_throttled", NULL);	/* no address: a citizen's */
		html_put(&h, "<p class=\"message\">{}</p>", WEB_SAY(r, words, S_LIMIT));
		code_r = MHD_HTTP_TOO_MANY_REQUESTS;
		goto out;
	}
	char code[ACCESS_CODE_LEN + 1], hex[65], cerr[256], conninfo[WEB_CONNINFO_MAX + 96];
	code_hash(web_form_get(&r->form, "code"), code, hex);
	if (number == NULL || strlen(number) > 32)
		number = "";
	snprintf(conninfo, sizeof(conninfo), "%s user='%s'", wc->base_conninfo, wc->status_login);
	PGconn *db = PQconnectdb(conninfo);
	enum mb_status st = PQstatus(db) == CONNECTION_OK ? MB_OK : MB_CONNECTION;
	char recorded[16] = "";
	const char *visit = web_form_get(&r->form, "visit");
	const char *result = visit && strlen(visit) == 1 ? visit_result_name(visit[0] - '0') : NULL;
	if (st == MB_OK && result)
		st = store_status_visit(db, number, hex, result, recorded, cerr, sizeof(cerr));
	struct visit_status s;
	bool found = false;
	if (st == MB_OK)
		st = store_status_lookup(db, number, hex, &found, &s, cerr, sizeof(cerr));
	PQfinish(db);
	if (st != MB_OK) {
		log_event(LOG_ERROR, "status_failed", "error", st == MB_CONNECTION ? "database away"
			  : cerr, NULL);
		html_put(&h, "<p class=\"message\">{}</p>", WEB_SAY(r, words, S_AWAY));
		code_r = MHD_HTTP_SERVICE_UNAVAILABLE;
	} else if (!found) {
		html_put(&h, "<p class=\"message\" id=\"none\">{}</p>", WEB_SAY(r, words, S_NONE));
		put_form(r, &h, NULL);
	} else {
		put_case(r, &h, number, code, &s, recorded);
		store_visit_status_deinit(&s);
		if (recorded[0])
			log_event(LOG_INFO, "visit_answer", "case", number, "result", result,
				  "recorded", recorded, "via", "web", NULL);
	}
	sodium_memzero(code, sizeof(code));
out:
	web_page_close(&h);
	enum MHD_Result ret = web_answer_page(r, code_r, &h);
	html_deinit(&h);
	return ret;
}
