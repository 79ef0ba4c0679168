/*
 * casefmt.h - the pure parts of the console's case page (casepage.c): what
 * a case's URL asks, the header of an attachment's download, a textarea's
 * line ends. No I/O: unit-tested in test_web.
 */
#ifndef MB_WEB_CASEFMT_H
#define MB_WEB_CASEFMT_H

#include <stdbool.h>
#include <stddef.h>

/* The actions of a case. */
enum casefmt_action {
	CASEFMT_SHOW,		/* GET /cases/NUMBER */
	CASEFMT_ATTACHMENT,	/* GET /cases/NUMBER/attachments/K */
	CASEFMT_RECLASSIFY,
	CASEFMT_ASSIGN,
	CASEFMT_CLOSE,
	CASEFMT_REOPEN,
	CASEFMT_TAKE,
	CASEFMT_SUPERVISE,
	CASEFMT_VISIT,
	CASEFMT_DEPT_ANSWER,	/* the office sends the department's answer: close with it */
	CASEFMT_SEND_BACK,	/* the office sends it back to the department */
	CASEFMT_REPLY,		/* a department's login: its answer */
	CASEFMT_RETURN,		/* a department's login: not theirs */
};

/* What a URL of a case asks. */
struct casefmt_path {
	bool api;		/* /api/cases/... */
	char number[32];	/* as given: the service checks it */
	enum casefmt_action action;
	long index;		/* CASEFMT_ATTACHMENT: 1 the first */
};

/* Reads url ("/cases/2026-000001", "/cases/2026-000001/attachments/2",
 * "/api/cases/2026-000001/close", ...) for method post into *p. False when
 * it is none of the case's URLs (or a GET of an action, a POST of the page):
 * the caller answers 404. Pure. */
bool casefmt_parse(const char *url, bool post, struct casefmt_path *p);

/* The Content-Disposition of a download of filename (NULL: none):
 * "attachment; filename="ascii"; filename*=UTF-8''percent-encoded" (RFC
 * 6266, RFC 5987), the ASCII name without quotes, backslashes, controls or
 * path separators ("_" instead), "attachment" alone without a name; cut
 * to fit out (len bytes, at least 64). Pure. */
void casefmt_disposition(const char *filename, char *out, size_t len);

/* A textarea's CRLF line ends as LF, in place (browsers send CRLF; the
 * mail is composed from LF lines). */
void casefmt_lf(char *s);

/* The time between now and due (epoch seconds) in the queue's words, its
 * two largest units, rounded down: "2 d 3 h", "5 h 12 min", "40 min"
 * ("2天3小时", "5小时12分钟", "40分钟" when zh); under a minute "0 min".
 * Returns whether due has passed (then out is how long ago). Pure. */
bool casefmt_time_left(double due, double now, bool zh, char *out, size_t len);

#endif
