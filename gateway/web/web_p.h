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

#endif
