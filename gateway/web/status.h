/*
 * status.h - the citizens' status page (GET/POST /status, no sign-in):
 * a writer gives the case number and the access code only they received
 * (access_code.h) and sees the case's status, its due date, the answer
 * once there is one (public cases), and answers a pending return visit.
 * Never the letter, a name, an address or the department. Inside
 * gateway/web/ only.
 */
#ifndef MB_WEB_STATUS_H
#define MB_WEB_STATUS_H

#include <stdbool.h>

#include <microhttpd.h>

#define WEB_STATUS_PER_HOUR_DEFAULT 30	/* POSTs per client address per hour */
#define WEB_STATUS_CLIENTS_MAX 4096	/* addresses counted at once (oldest reused) */
#define WEB_STATUS_WINDOW_MS (60 * 60 * 1000)

#include "config.h"
#include "error.h"

struct req;
struct web_config;

/* Reads [web] status_login (letters, digits, _ and -) and status_per_hour
 * into wc; MB_CONFIG naming the key. */
enum mb_status web_status_config(const struct config *cfg, struct web_config *wc, char *err,
				 size_t errlen) MB_MUST_USE;

/* The page: GET the form; POST a look-up (number, code) or a visit answer
 * (number, code, visit = 1|2|3). 404 when [web] status_login is not set;
 * 429 past [web] status_per_hour POSTs from one address in an hour. */
enum MHD_Result web_status(const struct web_config *wc, struct req *r, bool post);

#endif
