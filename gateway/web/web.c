/*
 * web.c - the console's server (web.h): configuration, routing, signing in
 * and out, the headers every answer carries, the page frame. Pages write
 * through page.h only; sessions live in session.c.
 */
#include "web.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include <jansson.h>
#include <microhttpd.h>
#include <sodium.h>

#include "request.h"
#include "../service/cases.h"
#include "casepage.h"
#include "page.h"
#include "listen.h"
#include "log.h"
#include "readfile.h"
#include "session.h"
#include "signin.h"
#include "status.h"
#include "web_p.h"
#include "xalloc.h"

#define WEB_PEM_MAX (256 * 1024)

/* ------------------------------------------------------------ configuration */

/* The certificate (secret: the key, refused when others may read it). */
static enum mb_status
read_pem(const char *key, const char *path, bool secret, char **out, char *err, size_t errlen)
{
	size_t len = 0;
	char rerr[256];
	enum mb_status rs = secret ? readfile_secret(path, WEB_PEM_MAX, out, &len, rerr, sizeof(rerr))
					 : readfile(path, WEB_PEM_MAX, out, &len, rerr, sizeof(rerr));
	if (rs != MB_OK) {
		snprintf(err, errlen, "[web] %s: %s", key, rerr);
		return MB_CONFIG;
	}
	return MB_OK;
}

enum mb_status
web_config_load(const struct config *cfg, struct web_config *wc, char *err, size_t errlen)
{
	memset(wc, 0, sizeof(*wc));
	const char *listen = config_get(cfg, "web", "listen");
	snprintf(wc->listen, sizeof(wc->listen), "%s", listen && *listen ? listen : WEB_LISTEN_DEFAULT);
	const char *sm = config_get(cfg, "web", "session_minutes");
	wc->session_minutes = WEB_SESSION_MINUTES_DEFAULT;
	if (sm && !config_parse_long(sm, 1, 24 * 60, &wc->session_minutes)) {
		snprintf(err, errlen, "[web] session_minutes: a whole number from 1 to 1440");
		return MB_CONFIG;
	}
	struct sockaddr_storage ss;
	if (!listen_parse("[web] listen", wc->listen, &ss, err, errlen))
		return MB_CONFIG;
	const char *cert = config_get(cfg, "web", "cert_file");
	const char *key = config_get(cfg, "web", "key_file");
	if ((cert != NULL) != (key != NULL)) {
		snprintf(err, errlen, "[web] cert_file and key_file: both or neither");
		return MB_CONFIG;
	}
	if (cert) {
		enum mb_status st = read_pem("cert_file", cert, false, &wc->cert_pem, err, errlen);
		if (st == MB_OK)
			st = read_pem("key_file", key, true, &wc->key_pem, err, errlen);
		if (st != MB_OK) {
			web_config_deinit(wc);
			return st;
		}
	} else if (!listen_is_loopback(&ss)) {
		snprintf(err, errlen,
			 "[web] listen: %s is off loopback without cert_file and key_file: "
			 "give them, or listen on 127.0.0.1 behind a reverse proxy that does TLS",
			 wc->listen);
		return MB_CONFIG;
	}
	const char *db = config_get(cfg, "web", "database");
	if (db == NULL)
		db = config_get(cfg, "database", "conninfo");
	char derr[512];
	if (signin_base_conninfo(db ? db : "", wc->base_conninfo, sizeof(wc->base_conninfo), derr,
				 sizeof(derr)) != MB_OK) {
		snprintf(err, errlen, "[web] database: %s", derr);
		web_config_deinit(wc);
		return MB_CONFIG;
	}
	if (web_status_config(cfg, wc, err, errlen) != MB_OK) {
		web_config_deinit(wc);
		return MB_CONFIG;
	}
	if (replies_config_load_compose(cfg, &wc->replies, err, errlen) != 0) {
		web_config_deinit(wc);
		return MB_CONFIG;
	}
	err[0] = '\0';
	return MB_OK;
}

void
web_config_deinit(struct web_config *wc)
{
	replies_config_deinit(&wc->replies);
	if (wc->key_pem) {
		sodium_memzero(wc->key_pem, strlen(wc->key_pem));
		free(wc->key_pem);
	}
	free(wc->cert_pem);
	wc->cert_pem = wc->key_pem = NULL;
}

/* ------------------------------------------------------------ words */

static const char *const words[W_COUNT][2] = {
	[W_TITLE] = {"市长信箱", "Mayor's mailbox"},
	[W_SIGNIN] = {"登录", "Sign in"},
	[W_LOGIN] = {"用户名", "Login"},
	[W_PASSWORD] = {"密码", "Password"},
	[W_SIGNOUT] = {"退出", "Sign out"},
	[W_SIGNED_IN_AS] = {"当前用户", "Signed in as"},
	[W_WRONG] = {"用户名或密码不正确。", "Wrong login or password."},
	[W_THROTTLED] = {"登录失败次数过多，请十五分钟后再试。",
			 "Too many failed sign-ins: try again in fifteen minutes."},
	[W_NOT_CONSOLE] = {"该账号不是办理人员、督办人员或承办单位的账号。",
			   "This login is neither a clerk's, a supervisor's nor a department's."},
	[W_DB_AWAY] = {"数据库暂时无法连接，请稍后再试。",
		       "The database cannot be reached now: try again later."},
	[W_EXPIRED] = {"会话已过期，请重新登录。", "Your session has ended: sign in again."},
	[W_NOT_ALLOWED] = {"您的账号无权查看此页面。", "Your login may not see this page."},
	[W_FORBIDDEN] = {"请求无效（缺少表单令牌），未作任何更改。",
			 "The request was refused (no form token): nothing was changed."},
	[W_NOT_FOUND] = {"没有这个页面。", "There is no such page."},
	[W_QUEUE] = {"来信队列", "Queue"},
	[W_CLERK] = {"办理人员", "clerk"},
	[W_SUPERVISOR] = {"督办人员", "supervisor"},
	[W_DEPARTMENT_ROLE] = {"承办单位", "department"},
	[W_OTHER_LANG] = {"English", "中文"},
	[W_NUMBER] = {"编号", "Number"},
	[W_RECEIVED] = {"收到", "Received"},
	[W_CATEGORY] = {"类别", "Category"},
	[W_DEPARTMENT] = {"部门", "Department"},
	[W_PRIORITY] = {"优先级", "Priority"},
	[W_STATUS] = {"状态", "Status"},
	[W_SUBJECT] = {"主题", "Subject"},
	[W_ANY] = {"全部", "any"},
	[W_NEEDS_REVIEW] = {"待复核", "needs review"},
	[W_SINCE] = {"起始日期", "since"},
	[W_FILTER] = {"筛选", "Filter"},
	[W_NONE_FOUND] = {"没有符合条件的来信。", "No case matches."},
	[W_NO_SUCH_CASE] = {"没有这个案件。", "There is no such case."},
	[W_BAD_FILTER] = {"筛选条件有误：", "The filter is wrong: "},
	[W_BAD_REQUEST] = {"请求无效（过大或不是表单），未作任何更改。",
			   "The request was refused (too large, or not a form): nothing was changed."},
};

static const char *
W(const struct req *r, enum word w)
{
	return words[w][r->en ? 1 : 0];
}

/* ------------------------------------------------------------ answers */

struct web {
	const struct web_config *wc;
	struct web_sessions *sessions;
};

/* Per connection: the body being received. */
struct upload {
	struct buf body;
	bool too_large;
};

/* Answers with body (len bytes; NULL: none): freed here when owned, else
 * static. Every answer carries the console's security headers. */
static enum MHD_Result queue(struct req *r, unsigned code, struct MHD_Response *resp,
			     const char *type, const char *location, const char *set_cookie);

static enum MHD_Result
answer_bytes(struct req *r, unsigned code, const char *type, char *body, size_t len, bool owned,
	     const char *location, const char *set_cookie)
{
	struct MHD_Response *resp = MHD_create_response_from_buffer(
		body ? len : 0, body ? body : (char *)"",
		body && owned ? MHD_RESPMEM_MUST_FREE : MHD_RESPMEM_PERSISTENT);
	if (resp == NULL) {
		if (owned)
			free(body);
		return MHD_NO;
	}
	return queue(r, code, resp, type, location, set_cookie);
}

/* Queues resp (destroyed here) with the headers every answer carries. */
static enum MHD_Result
queue(struct req *r, unsigned code, struct MHD_Response *resp, const char *type,
      const char *location, const char *set_cookie)
{
	if (type)
		(void)MHD_add_response_header(resp, MHD_HTTP_HEADER_CONTENT_TYPE, type);
	(void)MHD_add_response_header(resp, "Content-Security-Policy",
				      "default-src 'self'; frame-ancestors 'none'; form-action 'self'");
	(void)MHD_add_response_header(resp, "X-Content-Type-Options", "nosniff");
	(void)MHD_add_response_header(resp, "Referrer-Policy", "no-referrer");
	(void)MHD_add_response_header(resp, "X-Frame-Options", "DENY");
	(void)MHD_add_response_header(resp, "Cache-Control", "no-store");
	if (location)
		(void)MHD_add_response_header(resp, MHD_HTTP_HEADER_LOCATION, location);
	if (set_cookie)
		(void)MHD_add_response_header(resp, MHD_HTTP_HEADER_SET_COOKIE, set_cookie);
	if (r->cookie_lang[0]) {
		char ck[96];
		snprintf(ck, sizeof(ck), "mb_lang=%s; Path=/; SameSite=Strict; Max-Age=31536000%s",
			 r->cookie_lang, r->tls ? "; Secure" : "");
		(void)MHD_add_response_header(resp, MHD_HTTP_HEADER_SET_COOKIE, ck);
	}
	enum MHD_Result ret = MHD_queue_response(r->c, code, resp);
	MHD_destroy_response(resp);
	return ret;
}

/* Answers with a page written through page.h (its bytes taken). A page
 * that passed WEB_PAGE_MAX is not sent cut: 500, said in the log. */
static enum MHD_Result
answer(struct req *r, unsigned code, const char *type, struct html *page, const char *location,
       const char *set_cookie)
{
	if (page && page->st != MB_OK) {
		log_event(LOG_ERROR, "web_page_too_large", "max", "WEB_PAGE_MAX", NULL);
		static char msg[] = "the page is too large to show\n";
		return answer_bytes(r, MHD_HTTP_INTERNAL_SERVER_ERROR, "text/plain; charset=utf-8",
				    msg, sizeof(msg) - 1, false, NULL, NULL);
	}
	size_t len = 0;
	char *body = page ? buf_take(&page->b, &len) : NULL;
	return answer_bytes(r, code, type, body, len, true, location, set_cookie);
}

static enum MHD_Result
redirect(struct req *r, const char *to, const char *set_cookie)
{
	return answer(r, MHD_HTTP_SEE_OTHER, NULL, NULL, to, set_cookie);
}

enum MHD_Result
web_redirect(struct req *r, const char *to)
{
	return redirect(r, to, NULL);
}

/* The frame of every page: head, the signed-in bar, then main's content. */
static void
page_open(struct req *r, struct html *h, const char *title)
{
	html_put(h, "<!DOCTYPE html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\">"
		    "<meta name=\"viewport\" content=\"width=device-width\">"
		    "<title>{} · {}</title><link rel=\"stylesheet\" href=\"/static/console.css\">"
		    "</head><body><header><span class=\"brand\">{}</span>",
		 r->en ? "en" : "zh", title, W(r, W_TITLE), W(r, W_TITLE));
	html_put(h, " <a class=\"lang\" href=\"?lang={}\">{}</a>", r->en ? "zh" : "en",
		 W(r, W_OTHER_LANG));
	if (r->s) {
		html_put(h, " <span class=\"who\">{} <b>{}</b> ({})</span>"
			    "<form class=\"signout\" method=\"post\" action=\"/logout\">"
			    "<input type=\"hidden\" name=\"csrf\" value=\"{}\">"
			    "<button type=\"submit\">{}</button></form>",
			 W(r, W_SIGNED_IN_AS), r->s->login,
			 W(r, r->s->department ? W_DEPARTMENT_ROLE
			      : r->s->supervisor ? W_SUPERVISOR : W_CLERK), r->s->csrf,
			 W(r, W_SIGNOUT));
	}
	html_put(h, "</header><main>");
}

static void
page_close(struct html *h)
{
	html_put(h, "</main></body></html>\n");
}

static enum MHD_Result
page_message(struct req *r, unsigned code, const char *message)
{
	struct html h;
	html_init(&h, WEB_PAGE_MAX);
	page_open(r, &h, message);
	html_put(&h, "<p class=\"message\">{}</p>", message);
	page_close(&h);
	enum MHD_Result ret = answer(r, code, "text/html; charset=utf-8", &h, NULL, NULL);
	html_deinit(&h);
	return ret;
}

#define CONSOLE_CSS \
	"body{font-family:sans-serif;margin:0;color:#222}" \
	"header{background:#9b1c1c;color:#fff;padding:.5em 1em;display:flex;gap:1em;align-items:center}" \
	"header a{color:#fff}.brand{font-weight:bold}.who{margin-left:auto}" \
	"form.signout{display:inline}main{padding:1em}" \
	".message{padding:.5em;background:#fff3cd;border:1px solid #e0c36c}" \
	"label{display:block;margin:.5em 0}input{font-size:1em}" \
	"table{border-collapse:collapse}td,th{border-bottom:1px solid #ddd;padding:.3em .6em;text-align:left}" \
	"form.filter{margin:.5em 0 1em}form.filter label{display:inline;margin-right:.5em}"

/* ------------------------------------------------------------ signing in */

/* The pre-session cookie that the sign-in form must echo (a sign-in from
 * another site carries no such pair). */
#define PRE_COOKIE "mb_pre"
#define SESSION_COOKIE "mb_session"

static enum MHD_Result
login_page(struct req *r, unsigned code, const char *message)
{
	char pre[WEB_TOKEN_HEX];
	web_token_new(pre);
	struct html h;
	html_init(&h, WEB_PAGE_MAX);
	page_open(r, &h, W(r, W_SIGNIN));
	if (message)
		html_put(&h, "<p class=\"message\" role=\"alert\">{}</p>", message);
	html_put(&h, "<form method=\"post\" action=\"/login\">"
		     "<input type=\"hidden\" name=\"csrf\" value=\"{}\">"
		     "<label>{} <input name=\"user\" autocomplete=\"username\" required autofocus></label>"
		     "<label>{} <input name=\"password\" type=\"password\" "
		     "autocomplete=\"current-password\" required></label>"
		     "<button type=\"submit\">{}</button></form>",
		 pre, W(r, W_LOGIN), W(r, W_PASSWORD), W(r, W_SIGNIN));
	page_close(&h);
	char ck[160];
	snprintf(ck, sizeof(ck), PRE_COOKIE "=%s; Path=/login; HttpOnly; SameSite=Strict%s", pre,
		 r->tls ? "; Secure" : "");
	enum MHD_Result ret = answer(r, code, "text/html; charset=utf-8", &h, NULL, ck);
	html_deinit(&h);
	return ret;
}

static enum MHD_Result
login_post(struct web *w, struct req *r)
{
	char pre[WEB_TOKEN_HEX];
	const char *csrf = web_form_get(&r->form, "csrf");
	const char *cookies = MHD_lookup_connection_value(r->c, MHD_HEADER_KIND, "Cookie");
	if (!web_cookie_get(cookies, PRE_COOKIE, pre, sizeof(pre)) || csrf == NULL
	    || !web_token_equal(pre, csrf))
		return page_message(r, MHD_HTTP_FORBIDDEN, W(r, W_FORBIDDEN));
	const char *user = web_form_get(&r->form, "user");
	const char *password = web_form_get(&r->form, "password");
	if (user == NULL || strlen(user) >= WEB_LOGIN_MAX)
		user = "";
	if (!web_signin_allowed(w->sessions, r->addr, user)) {
		log_event(LOG_WARN, "web_signin", "result", "throttled", "login", user, NULL);
		return login_page(r, MHD_HTTP_TOO_MANY_REQUESTS, W(r, W_THROTTLED));
	}
	PGconn *db = NULL;
	enum signin_role role = SIGNIN_CLERK;
	char err[512];
	enum mb_status st = signin_connect(w->wc->base_conninfo, user, password, &db, &role, err,
					   sizeof(err));
	if (st != MB_OK) {
		bool counted = st == MB_DENIED;
		if (counted)
			web_signin_result(w->sessions, r->addr, user, false);
		log_event(st == MB_DENIED ? LOG_INFO : LOG_ERROR, "web_signin", "result", "refused",
			  "login", user, "reason", err, NULL);
		enum word wd = st == MB_CONNECTION ? W_DB_AWAY
			      : strstr(err, "neither") ? W_NOT_CONSOLE : W_WRONG;
		return login_page(r, st == MB_CONNECTION ? MHD_HTTP_SERVICE_UNAVAILABLE
						       : MHD_HTTP_FORBIDDEN, W(r, wd));
	}
	web_signin_result(w->sessions, r->addr, user, true);
	struct web_session *s = web_session_open(w->sessions, user, role == SIGNIN_SUPERVISOR, db);
	if (s == NULL)
		return page_message(r, MHD_HTTP_SERVICE_UNAVAILABLE, W(r, W_DB_AWAY));
	/* before its token leaves this request: nobody else holds it yet */
	s->department = role == SIGNIN_DEPARTMENT;
	log_event(LOG_INFO, "web_signin", "result", "ok", "login", user, "role",
		  role == SIGNIN_SUPERVISOR ? "supervisor"
		  : role == SIGNIN_DEPARTMENT ? "department" : "clerk", NULL);
	char ck[200];
	snprintf(ck, sizeof(ck), SESSION_COOKIE "=%s; Path=/; HttpOnly; SameSite=Strict%s", s->token,
		 r->tls ? "; Secure" : "");
	web_session_release(w->sessions, s);
	return redirect(r, "/cases", ck);
}

/* ------------------------------------------------------------ pages */

/* The service's session on the person's connection, for one request (the
 * session's lock held: one statement at a time on a connection). */
static struct cases *
service_open(struct req *r, char *err, size_t errlen)
{
	pthread_mutex_lock(&r->s->lock);
	struct cases *c = cases_new_on(r->s->db, err, errlen);
	if (c == NULL)
		pthread_mutex_unlock(&r->s->lock);
	else
		cases_use_rules(c, casepage_rules());	/* loaded once, not per request */
	return c;
}

static void
service_close(struct req *r, struct cases **c)
{
	cases_free(c);
	pthread_mutex_unlock(&r->s->lock);
}

static const char *
arg(struct req *r, const char *name)
{
	const char *v = MHD_lookup_connection_value(r->c, MHD_GET_ARGUMENT_KIND, name);
	return v && *v ? v : NULL;
}

static void
select_of(struct html *h, const char *name, const char *label, const char *const *values,
	  const char *chosen, const char *any)
{
	html_put(h, "<label>{} <select name=\"{}\"><option value=\"\">{}</option>", label, name, any);
	for (size_t i = 0; values[i]; i++) {
		if (chosen && strcmp(chosen, values[i]) == 0)
			html_put(h, "<option selected>{}</option>", values[i]);
		else
			html_put(h, "<option>{}</option>", values[i]);
	}
	html_put(h, "</select></label> ");
}

static enum MHD_Result
json_answer(struct req *r, unsigned code, json_t *j)
{
	char *text = json_dumps(j, JSON_COMPACT | JSON_ENSURE_ASCII);
	json_decref(j);
	if (text == NULL)
		return answer_bytes(r, MHD_HTTP_INTERNAL_SERVER_ERROR, NULL, NULL, 0, false, NULL,
				    NULL);
	return answer_bytes(r, code, "application/json", text, strlen(text), true, NULL, NULL);
}

/* GET /api/cases/NUMBER: the object of `cases show --json`; a case the
 * login may not see is 404, the same as one that does not exist. */
static enum MHD_Result
case_api(struct req *r, const char *number)
{
	char err[512], warning[256] = "";
	json_t *doc = NULL;
	enum mb_status st = cases_check_number(number, err, sizeof(err));
	if (st == MB_OK) {
		struct cases *c = service_open(r, err, sizeof(err));
		if (c == NULL) {
			st = MB_CONNECTION;
		} else {
			st = cases_show(c, number, NULL, NULL, &doc, warning, sizeof(warning), err,
					sizeof(err));
			service_close(r, &c);
		}
	}
	if (st == MB_OK)
		return json_answer(r, MHD_HTTP_OK, doc);
	unsigned code = st == MB_USAGE || st == MB_NO_INPUT ? MHD_HTTP_NOT_FOUND
			: MHD_HTTP_SERVICE_UNAVAILABLE;
	return json_answer(r, code, json_pack("{s:s}", "error",
					       code == MHD_HTTP_NOT_FOUND ? "no such case" : err));
}

/* ------------------------------------------------------------ for the other pages (web_p.h) */

enum MHD_Result
web_answer_page(struct req *r, unsigned code, struct html *page)
{
	return answer(r, code, "text/html; charset=utf-8", page, NULL, NULL);
}

enum MHD_Result
web_answer_json(struct req *r, unsigned code, json_t *j)
{
	return json_answer(r, code, j);
}

enum MHD_Result
web_answer_message(struct req *r, unsigned code, const char *message)
{
	return page_message(r, code, message);
}

enum MHD_Result
web_answer_download(struct req *r, const void *data, size_t n, const char *disposition)
{
	struct MHD_Response *resp = MHD_create_response_from_buffer(n, (void *)data,
								    MHD_RESPMEM_MUST_COPY);
	if (resp == NULL)
		return MHD_NO;
	(void)MHD_add_response_header(resp, "Content-Disposition", disposition);
	return queue(r, MHD_HTTP_OK, resp, "application/octet-stream", NULL, NULL);
}

void
web_page_open(struct req *r, struct html *h, const char *title)
{
	page_open(r, h, title);
}

void
web_page_close(struct html *h)
{
	page_close(h);
}

struct cases *
web_service_open(struct req *r, char *err, size_t errlen)
{
	return service_open(r, err, errlen);
}

void
web_service_close(struct req *r, struct cases **c)
{
	service_close(r, c);
}

const char *
web_word(const struct req *r, enum word w)
{
	return W(r, w);
}

void
web_select(struct html *h, const char *name, const char *label, const char *const *values,
	   const char *chosen, const char *any)
{
	select_of(h, name, label, values, chosen, any);
}

const char *
web_arg(struct req *r, const char *name)
{
	return arg(r, name);
}

/* ------------------------------------------------------------ routing */

static void
client_address(struct MHD_Connection *c, char *out, size_t len)
{
	const union MHD_ConnectionInfo *ci =
		MHD_get_connection_info(c, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
	snprintf(out, len, "?");
	if (ci == NULL || ci->client_addr == NULL)
		return;
	const struct sockaddr *sa = ci->client_addr;
	if (sa->sa_family == AF_INET)
		inet_ntop(AF_INET, &((const struct sockaddr_in *)sa)->sin_addr, out, (socklen_t)len);
	else if (sa->sa_family == AF_INET6)
		inet_ntop(AF_INET6, &((const struct sockaddr_in6 *)sa)->sin6_addr, out, (socklen_t)len);
}

static enum MHD_Result
route(struct web *w, struct req *r, const char *url, bool post)
{
	if (!post && strcmp(url, "/static/console.css") == 0) {
		static char css[] = CONSOLE_CSS;
		return answer_bytes(r, MHD_HTTP_OK, "text/css; charset=utf-8", css, sizeof(css) - 1,
				    false, NULL, NULL);
	}
	/* a browser asks for an icon on its own: sent to /login, the answer
	 * would replace the sign-in form's pre-session cookie */
	if (!post && strcmp(url, "/favicon.ico") == 0)
		return answer_bytes(r, MHD_HTTP_NOT_FOUND, NULL, NULL, 0, false, NULL, NULL);
	if (strcmp(url, "/login") == 0)
		return post ? login_post(w, r) : login_page(r, MHD_HTTP_OK, NULL);
	/* the citizens' page: no session, the credential in every POST */
	if (strcmp(url, "/status") == 0)
		return web_status(w->wc, r, post);
	/* everything else is for a signed-in person */
	char token[WEB_TOKEN_HEX];
	const char *cookies = MHD_lookup_connection_value(r->c, MHD_HEADER_KIND, "Cookie");
	if (web_cookie_get(cookies, SESSION_COOKIE, token, sizeof(token)))
		r->s = web_session_find(w->sessions, token);
	if (r->s == NULL) {
		if (post)
			return login_page(r, MHD_HTTP_FORBIDDEN, W(r, W_EXPIRED));
		return redirect(r, "/login", NULL);
	}
	if (post) {
		/* every POST carries the session's CSRF token, or changes nothing */
		const char *csrf = web_form_get(&r->form, "csrf");
		if (csrf == NULL || !web_token_equal(csrf, r->s->csrf))
			return page_message(r, MHD_HTTP_FORBIDDEN, W(r, W_FORBIDDEN));
	}
	if (post && strcmp(url, "/logout") == 0) {
		log_event(LOG_INFO, "web_signout", "login", r->s->login, NULL);
		web_session_close(w->sessions, r->s);
		char ck[128];
		snprintf(ck, sizeof(ck), SESSION_COOKIE "=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0%s",
			 r->tls ? "; Secure" : "");
		return redirect(r, "/login", ck);
	}
	if (!post && (strcmp(url, "/") == 0))
		return redirect(r, "/cases", NULL);
	if (!post && strcmp(url, "/cases") == 0)
		return web_queue(r, false);
	if (!post && strcmp(url, "/api/cases") == 0)
		return web_queue(r, true);
	if (!post && strcmp(url, "/stats") == 0)
		return web_stats(r);
	if (!post && strcmp(url, "/departments") == 0)
		return web_departments(r);
	if (!post && strcmp(url, "/hot") == 0)
		return web_hot(r);
	if (post && strncmp(url, "/departments/", 13) == 0)
		return web_directory_post(r, url);
	if (!post && strncmp(url, "/api/cases/", 11) == 0)
		return case_api(r, url + 11);
	if (strncmp(url, "/cases/", 7) == 0 || (post && strncmp(url, "/api/cases/", 11) == 0))
		return casepage_route(w->wc, r, url, post);
	return page_message(r, MHD_HTTP_NOT_FOUND, W(r, W_NOT_FOUND));
}

static enum MHD_Result
on_request(void *cls, struct MHD_Connection *c, const char *url, const char *method,
	   const char *version, const char *upload, size_t *upload_size, void **con_cls)
{
	(void)version;
	struct web *w = cls;
	bool post = strcmp(method, "POST") == 0;
	if (!post && strcmp(method, "GET") != 0 && strcmp(method, "HEAD") != 0) {
		struct req r0 = {.c = c};
		return answer(&r0, MHD_HTTP_METHOD_NOT_ALLOWED, NULL, NULL, NULL, NULL);
	}
	struct upload *u = *con_cls;
	if (u == NULL) {
		u = xcalloc(1, sizeof(*u));
		buf_init(&u->body, WEB_BODY_MAX);
		*con_cls = u;
		return MHD_YES;
	}
	if (*upload_size) {
		if (buf_append(&u->body, upload, *upload_size) != MB_OK)
			u->too_large = true;
		*upload_size = 0;
		return MHD_YES;
	}
	struct req r = {.c = c};
	const union MHD_ConnectionInfo *ci =
		MHD_get_connection_info(c, MHD_CONNECTION_INFO_PROTOCOL);
	r.tls = ci != NULL && w->wc->cert_pem != NULL;
	client_address(c, r.addr, sizeof(r.addr));
	/* the language: ?lang=, then the cookie, then Accept-Language */
	const char *lang = MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, "lang");
	char cl[8];
	const char *cookies = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Cookie");
	if (lang && (strcmp(lang, "en") == 0 || strcmp(lang, "zh") == 0)) {
		r.en = strcmp(lang, "en") == 0;
		snprintf(r.cookie_lang, sizeof(r.cookie_lang), "%s", lang);
	} else if (web_cookie_get(cookies, "mb_lang", cl, sizeof(cl))) {
		r.en = strcmp(cl, "en") == 0;
	} else {
		r.en = web_prefers_english(
			MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Accept-Language"));
	}
	enum MHD_Result ret;
	if (u->too_large) {
		ret = page_message(&r, MHD_HTTP_CONTENT_TOO_LARGE, W(&r, W_BAD_REQUEST));
	} else if (post && !web_form_parse(u->body.data ? u->body.data : "", u->body.len, &r.form)) {
		ret = page_message(&r, MHD_HTTP_BAD_REQUEST, W(&r, W_BAD_REQUEST));
	} else {
		ret = route(w, &r, url, post);
	}
	if (r.s)
		web_session_release(w->sessions, r.s);
	web_form_deinit(&r.form);
	return ret;
}

static void
on_completed(void *cls, struct MHD_Connection *c, void **con_cls,
	     enum MHD_RequestTerminationCode code)
{
	(void)cls;
	(void)c;
	(void)code;
	struct upload *u = *con_cls;
	if (u) {
		/* a password may be in it */
		if (u->body.data)
			sodium_memzero(u->body.data, u->body.len);
		buf_deinit(&u->body);
		free(u);
		*con_cls = NULL;
	}
}

static void
mhd_log(void *cls, const char *fmt, va_list ap)
{
	(void)cls;
	char line[512];
	vsnprintf(line, sizeof(line), fmt, ap);
	line[strcspn(line, "\n")] = '\0';
	log_event(LOG_WARN, "web_http", "detail", line, NULL);
}

enum mb_status
web_serve(const struct web_config *wc, volatile sig_atomic_t *stop, char *err, size_t errlen)
{
	struct sockaddr_storage ss;
	if (!listen_parse("[web] listen", wc->listen, &ss, err, errlen))
		return MB_CONFIG;
	struct web w = {.wc = wc, .sessions = web_sessions_new(wc->session_minutes * 60 * 1000)};
	unsigned flags = MHD_USE_THREAD_PER_CONNECTION | MHD_USE_INTERNAL_POLLING_THREAD
			 | MHD_USE_ERROR_LOG;
	if (ss.ss_family == AF_INET6)
		flags |= MHD_USE_IPv6;
	if (wc->cert_pem)
		flags |= MHD_USE_TLS;
	/* the certificate and key only under TLS: the array ends early without */
	struct MHD_OptionItem tls[] = {
		{MHD_OPTION_HTTPS_MEM_CERT, 0, wc->cert_pem},
		{MHD_OPTION_HTTPS_MEM_KEY, 0, wc->key_pem},
		{MHD_OPTION_END, 0, NULL},
	};
	struct MHD_Daemon *d = MHD_start_daemon(
		flags, 0, NULL, NULL, on_request, &w, MHD_OPTION_EXTERNAL_LOGGER, mhd_log, NULL,
		MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&ss, MHD_OPTION_NOTIFY_COMPLETED,
		on_completed, NULL, MHD_OPTION_CONNECTION_LIMIT, (unsigned)WEB_CONNECTIONS_MAX,
		MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)WEB_CONNECTION_TIMEOUT_S, MHD_OPTION_ARRAY,
		wc->cert_pem ? tls : tls + 2, MHD_OPTION_END);
	if (d == NULL) {
		snprintf(err, errlen, "[web] listen: cannot listen on %s (in use, or not this host's)",
			 wc->listen);
		web_sessions_free(&w.sessions);
		return MB_CONFIG;
	}
	log_event(LOG_INFO, "web_listening", "listen", wc->listen, "tls",
		  wc->cert_pem ? "yes" : "no", NULL);
	while (!*stop) {
		struct timespec ts = {.tv_sec = 0, .tv_nsec = 200 * 1000 * 1000};
		nanosleep(&ts, NULL);
	}
	MHD_stop_daemon(d);
	web_sessions_free(&w.sessions);
	log_event(LOG_INFO, "web_stopped", NULL);
	err[0] = '\0';
	return MB_OK;
}
