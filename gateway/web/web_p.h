/*
 * web_p.h - what web.c lends the console's other pages (casepage.c): the
 * request, the answers with the console's security headers, the page
 * frame and the service session on the person's own connection. Inside
 * gateway/web/ only.
 */
#ifndef MB_WEB_P_H
#define MB_WEB_P_H

#include <stdbool.h>
#include <stddef.h>

#include <jansson.h>
#include <microhttpd.h>

#include "page.h"
#include "request.h"
#include "session.h"

struct cases;

struct req {
	struct MHD_Connection *c;
	bool en;
	bool tls;
	char addr[64];
	struct web_form form;	/* the POST body or the query */
	struct web_session *s;	/* held while the request runs */
	char cookie_lang[8];	/* a language switched to now: set it */
};

/* A page written through page.h (its bytes taken), with the headers of
 * every answer; past WEB_PAGE_MAX a 500. */
enum MHD_Result web_answer_page(struct req *r, unsigned code, struct html *page);
/* A JSON document (taken), compact and ASCII. */
enum MHD_Result web_answer_json(struct req *r, unsigned code, json_t *j);
/* A one-message page. */
enum MHD_Result web_answer_message(struct req *r, unsigned code, const char *message);
/* n bytes (copied) to be downloaded, never shown: application/octet-stream
 * with Content-Disposition disposition. */
enum MHD_Result web_answer_download(struct req *r, const void *data, size_t n,
				    const char *disposition);

/* The frame of every page: head, the signed-in bar (with its sign-out
 * form), then main's content; web_page_close() ends it. */
void web_page_open(struct req *r, struct html *h, const char *title);
void web_page_close(struct html *h);

/* The service on the person's connection, for one request (its lock held
 * until web_service_close); NULL with err when it cannot be set up. */
struct cases *web_service_open(struct req *r, char *err, size_t errlen);
void web_service_close(struct req *r, struct cases **c);

/* queue.c and stats.c also use: the words of web.c's pages, the filters'
 * form parts, the query, and are the pages below. */

/* The words of the pages web.c writes, in Chinese and English. */
enum word {
	W_TITLE,
	W_SIGNIN,
	W_LOGIN,
	W_PASSWORD,
	W_SIGNOUT,
	W_SIGNED_IN_AS,
	W_WRONG,
	W_THROTTLED,
	W_NOT_CONSOLE,
	W_DB_AWAY,
	W_EXPIRED,
	W_FORBIDDEN,
	W_NOT_ALLOWED,
	W_NOT_FOUND,
	W_QUEUE,
	W_CLERK,
	W_SUPERVISOR,
	W_DEPARTMENT_ROLE,
	W_OTHER_LANG,
	W_NUMBER,
	W_RECEIVED,
	W_CATEGORY,
	W_DEPARTMENT,
	W_PRIORITY,
	W_STATUS,
	W_SUBJECT,
	W_ANY,
	W_NEEDS_REVIEW,
	W_SINCE,
	W_FILTER,
	W_NONE_FOUND,
	W_NO_SUCH_CASE,
	W_BAD_FILTER,
	W_BAD_REQUEST,
	W_COUNT
};

/* The word w in the request's language. */
const char *web_word(const struct req *r, enum word w);
/* The same of a page's own table of words ({Chinese, English} rows). */
#define WEB_SAY(r, table, w) ((table)[w][(r)->en ? 1 : 0])

/* A <select name=name> labelled label of values (NULL-terminated), chosen
 * selected, any the empty choice's text. */
void web_select(struct html *h, const char *name, const char *label, const char *const *values,
		const char *chosen, const char *any);

/* The query's value of name, NULL when absent or empty; borrowed. */
const char *web_arg(struct req *r, const char *name);

/* GET /cases and GET /api/cases (queue.c), GET /stats (stats.c). */
enum MHD_Result web_queue(struct req *r, bool api);
enum MHD_Result web_stats(struct req *r);
/* GET /departments: the overdue cases, each department's handling and the
 * directory (the supervision view; stats.c). */
enum MHD_Result web_departments(struct req *r);
/* GET /hot: the hot issues (hot.c). */
enum MHD_Result web_hot(struct req *r);
/* POST /departments/add, /departments/set: the directory changed by a
 * supervisor (directory.c); its forms, for a supervisor's /departments. */
enum MHD_Result web_directory_post(struct req *r, const char *url);
void web_directory_forms(struct req *r, struct html *h, const json_t *dir);
/* A 303 to another page of the console. */
enum MHD_Result web_redirect(struct req *r, const char *to);

#endif
