/*
 * casepage.h - one case in the console (issue 14): GET /cases/NUMBER, the
 * page of everything `mayorbox cases show` prints; its attachments as
 * downloads (GET /cases/NUMBER/attachments/K); the actions as forms (POST
 * /cases/NUMBER/reclassify, assign, close with its preview, reopen) and as
 * JSON (POST /api/cases/NUMBER/...). Everything through the service layer
 * (service/cases.h) on the person's own connection; a case the login may
 * not see answers exactly as one that does not exist.
 */
#ifndef MB_WEB_CASEPAGE_H
#define MB_WEB_CASEPAGE_H

#include <stdbool.h>
#include <stddef.h>

#include <microhttpd.h>

struct req;
struct web_config;

/* The console's rule set (casepage_rules), loaded the first time it is
 * asked for and kept for the process; borrowed; NULL when it cannot be
 * loaded (each service session then tries itself and says why). */
struct ruleset;
struct ruleset *casepage_rules(void);

/* Answers a request for a case's URL (the caller has checked the session
 * and, for a POST, its CSRF token). */
enum MHD_Result casepage_route(const struct web_config *wc, struct req *r, const char *url,
			       bool post);

#endif
