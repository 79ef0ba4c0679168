/*
 * web.h - the clerks' web console (issue 14): libmicrohttpd serving pages
 * rendered on the server. Each signed-in person's requests run on their own
 * PostgreSQL connection (session.h); the console holds no privilege.
 */
#ifndef MB_WEB_H
#define MB_WEB_H

#include <signal.h>
#include <stdbool.h>
#include <stddef.h>

#include "config.h"
#include "error.h"
#include "replies.h"

#define WEB_LISTEN_DEFAULT	"127.0.0.1:8080"
#define WEB_SESSION_MINUTES_DEFAULT	30
/* bytes of a POST body: an answer of CASES_REPLY_MAX (1 MiB) bytes sent
 * percent-encoded (3 bytes each at worst: Chinese is all %XX), and room for
 * the form's other fields */
#define WEB_BODY_MAX	(3 * 1024 * 1024 + 64 * 1024)
#define WEB_PAGE_MAX	(8 * 1024 * 1024)	/* bytes of a page */
#define WEB_CONNECTIONS_MAX	64	/* connections served at once */
#define WEB_CONNECTION_TIMEOUT_S	60	/* seconds an idle connection stays */
#define WEB_LISTEN_MAX	128	/* bytes of [web] listen */
#define WEB_CONNINFO_MAX	4096	/* bytes of the connection string */

struct web_config {
	char listen[WEB_LISTEN_MAX];
	char *cert_pem, *key_pem;	/* both or neither: TLS */
	long session_minutes;
	char base_conninfo[WEB_CONNINFO_MAX];	/* without user and password */
	struct replies_config replies;	/* what a close's preview composes with (no key) */
	char status_login[64];	/* [web] status_login: the status page's; "": no page */
	long status_per_hour;	/* [web] status_per_hour */
};

/* Reads [web] (and [database] conninfo when [web] database is absent).
 * MB_CONFIG naming the key when a value is wrong, when a certificate or key
 * cannot be read, or when listen is off loopback without TLS. */
enum mb_status web_config_load(const struct config *cfg, struct web_config *wc, char *err,
			       size_t errlen) MB_MUST_USE;
void web_config_deinit(struct web_config *wc);

/* Serves until *stop is set (SIGTERM, SIGINT). Logs web_listening with the
 * address once it accepts connections. */
enum mb_status web_serve(const struct web_config *wc, volatile sig_atomic_t *stop, char *err,
			 size_t errlen) MB_MUST_USE;

#endif
