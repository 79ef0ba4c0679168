/*
 * session.h - the console's signed-in clerks: each session holds the
 * PostgreSQL connection opened with the clerk's own login and password, so
 * every request runs with that login's roles and row-level security; the
 * console itself holds no privilege. Tokens are 32 random bytes; a session
 * idle past its time-out is closed. Sign-in failures are counted per
 * address and per login and slow both down.
 */
#ifndef MB_WEB_SESSION_H
#define MB_WEB_SESSION_H

#include <pthread.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <libpq-fe.h>

#define WEB_TOKEN_HEX	65	/* 32 bytes in hex, and the NUL */
#define WEB_LOGIN_MAX	64
#define WEB_SESSIONS_MAX	256
/* sign-in: this many failures within the window lock the login, or the
 * address (an office behind one proxy shares it: more), out until the
 * window ends */
#define WEB_FAILURES_MAX	5
#define WEB_FAILURES_ADDR_MAX	20
#define WEB_FAILURE_WINDOW_MS	(15 * 60 * 1000)

struct web_session {
	char token[WEB_TOKEN_HEX];
	char csrf[WEB_TOKEN_HEX];
	char login[WEB_LOGIN_MAX];
	bool supervisor;
	bool department;	/* a department's login: its own cases, its two actions */
	PGconn *db;
	int64_t last_ms;
	pthread_mutex_t lock;	/* one request at a time on db */
	unsigned refs;
	bool closed;
};

struct web_sessions;

/* A table for sessions idle at most idle_ms. */
struct web_sessions *web_sessions_new(int64_t idle_ms);
void web_sessions_free(struct web_sessions **sp);

/* A new session for login on db (taken over), with fresh token and CSRF
 * token; NULL when the table is full (db is then closed). The session is
 * returned held (web_session_release when done). */
struct web_session *web_session_open(struct web_sessions *t, const char *login, bool supervisor,
				     PGconn *db);

/* The live session of token, held, or NULL (unknown, expired: an expired
 * one is closed now). Compares in constant time. */
struct web_session *web_session_find(struct web_sessions *t, const char *token);
void web_session_release(struct web_sessions *t, struct web_session *s);

/* Ends s (signing out): its connection is closed once no request holds it. */
void web_session_close(struct web_sessions *t, struct web_session *s);

/* Whether a sign-in from addr for login may be tried now. */
bool web_signin_allowed(struct web_sessions *t, const char *addr, const char *login);
/* Records a sign-in's result: a failure counts against both, a success
 * clears the login's count. */
void web_signin_result(struct web_sessions *t, const char *addr, const char *login, bool ok);

/* 32 random bytes as 64 hex digits. */
void web_token_new(char out[WEB_TOKEN_HEX]);

/* Constant-time comparison of two NUL-terminated tokens. */
bool web_token_equal(const char *a, const char *b);

#endif
