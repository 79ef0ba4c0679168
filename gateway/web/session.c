/*
 * session.c - sessions and sign-in throttling (session.h).
 */
#include "session.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sodium.h>

#include "clock.h"
#include "xalloc.h"

#define WEB_THROTTLE_MAX 1024	/* addresses and logins counted at once */
#define THROTTLE_KEY_MAX (WEB_LOGIN_MAX + 8)

struct throttle {
	char key[THROTTLE_KEY_MAX];	/* "a:ADDR" or "l:LOGIN" */
	unsigned failures;
	int64_t since_ms;
};

struct web_sessions {
	pthread_mutex_t lock;
	int64_t idle_ms;
	struct web_session *v[WEB_SESSIONS_MAX];
	struct throttle th[WEB_THROTTLE_MAX];
};

void
web_token_new(char out[WEB_TOKEN_HEX])
{
	unsigned char b[32];
	randombytes_buf(b, sizeof(b));
	sodium_bin2hex(out, WEB_TOKEN_HEX, b, sizeof(b));
	sodium_memzero(b, sizeof(b));
}

bool
web_token_equal(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b);
	if (la != WEB_TOKEN_HEX - 1 || lb != WEB_TOKEN_HEX - 1)
		return false;
	return sodium_memcmp(a, b, la) == 0;
}

struct web_sessions *
web_sessions_new(int64_t idle_ms)
{
	struct web_sessions *t = xcalloc(1, sizeof(*t));
	pthread_mutex_init(&t->lock, NULL);
	t->idle_ms = idle_ms;
	return t;
}

static void
session_free(struct web_session *s)
{
	if (s->db)
		PQfinish(s->db);
	pthread_mutex_destroy(&s->lock);
	sodium_memzero(s, sizeof(*s));
	free(s);
}

void
web_sessions_free(struct web_sessions **sp)
{
	struct web_sessions *t = *sp;
	if (t == NULL)
		return;
	for (size_t i = 0; i < WEB_SESSIONS_MAX; i++)
		if (t->v[i])
			session_free(t->v[i]);
	pthread_mutex_destroy(&t->lock);
	free(t);
	*sp = NULL;
}

/* Drops slot i when nobody holds it; else marks it closed. Under t->lock. */
static void
drop(struct web_sessions *t, size_t i)
{
	struct web_session *s = t->v[i];
	s->closed = true;
	t->v[i] = NULL;
	if (s->refs == 0)
		session_free(s);
}

struct web_session *
web_session_open(struct web_sessions *t, const char *login, bool supervisor, PGconn *db)
{
	int64_t now = mono_ms();
	pthread_mutex_lock(&t->lock);
	size_t slot = WEB_SESSIONS_MAX;
	for (size_t i = 0; i < WEB_SESSIONS_MAX; i++) {
		if (t->v[i] && now - t->v[i]->last_ms > t->idle_ms)
			drop(t, i);
		if (t->v[i] == NULL && slot == WEB_SESSIONS_MAX)
			slot = i;
	}
	if (slot == WEB_SESSIONS_MAX) {
		pthread_mutex_unlock(&t->lock);
		PQfinish(db);
		return NULL;
	}
	struct web_session *s = xcalloc(1, sizeof(*s));
	web_token_new(s->token);
	web_token_new(s->csrf);
	snprintf(s->login, sizeof(s->login), "%s", login);
	s->supervisor = supervisor;
	s->db = db;
	s->last_ms = now;
	s->refs = 1;
	pthread_mutex_init(&s->lock, NULL);
	t->v[slot] = s;
	pthread_mutex_unlock(&t->lock);
	return s;
}

struct web_session *
web_session_find(struct web_sessions *t, const char *token)
{
	if (token == NULL || strlen(token) != WEB_TOKEN_HEX - 1)
		return NULL;
	int64_t now = mono_ms();
	struct web_session *found = NULL;
	pthread_mutex_lock(&t->lock);
	for (size_t i = 0; i < WEB_SESSIONS_MAX; i++) {
		struct web_session *s = t->v[i];
		if (s == NULL || !web_token_equal(s->token, token))
			continue;
		if (now - s->last_ms > t->idle_ms) {
			drop(t, i);
		} else {
			s->last_ms = now;
			s->refs++;
			found = s;
		}
	}
	pthread_mutex_unlock(&t->lock);
	return found;
}

void
web_session_release(struct web_sessions *t, struct web_session *s)
{
	pthread_mutex_lock(&t->lock);
	if (--s->refs == 0 && s->closed)
		session_free(s);
	pthread_mutex_unlock(&t->lock);
}

void
web_session_close(struct web_sessions *t, struct web_session *s)
{
	pthread_mutex_lock(&t->lock);
	for (size_t i = 0; i < WEB_SESSIONS_MAX; i++)
		if (t->v[i] == s) {
			s->closed = true;
			t->v[i] = NULL;
		}
	pthread_mutex_unlock(&t->lock);
}

/* The throttle row of key, made when absent (the oldest reused). Under lock. */
static struct throttle *
throttle_row(struct web_sessions *t, const char *key, int64_t now)
{
	struct throttle *free_row = NULL, *oldest = &t->th[0];
	for (size_t i = 0; i < WEB_THROTTLE_MAX; i++) {
		struct throttle *r = &t->th[i];
		if (r->key[0] && now - r->since_ms > WEB_FAILURE_WINDOW_MS)
			r->key[0] = '\0';
		if (r->key[0] && strcmp(r->key, key) == 0)
			return r;
		if (!r->key[0] && free_row == NULL)
			free_row = r;
		if (r->since_ms < oldest->since_ms)
			oldest = r;
	}
	struct throttle *r = free_row ? free_row : oldest;
	snprintf(r->key, sizeof(r->key), "%s", key);
	r->failures = 0;
	r->since_ms = now;
	return r;
}

/* The throttle keys of an address and a login. */
static void
throttle_keys(const char *addr, const char *login, char ka[THROTTLE_KEY_MAX],
	      char kl[THROTTLE_KEY_MAX])
{
	snprintf(ka, THROTTLE_KEY_MAX, "a:%s", addr);
	snprintf(kl, THROTTLE_KEY_MAX, "l:%s", login);
}

bool
web_signin_allowed(struct web_sessions *t, const char *addr, const char *login)
{
	char ka[THROTTLE_KEY_MAX], kl[THROTTLE_KEY_MAX];
	throttle_keys(addr, login, ka, kl);
	int64_t now = mono_ms();
	pthread_mutex_lock(&t->lock);
	bool ok = throttle_row(t, ka, now)->failures < WEB_FAILURES_ADDR_MAX
		  && throttle_row(t, kl, now)->failures < WEB_FAILURES_MAX;
	pthread_mutex_unlock(&t->lock);
	return ok;
}

void
web_signin_result(struct web_sessions *t, const char *addr, const char *login, bool ok)
{
	char ka[THROTTLE_KEY_MAX], kl[THROTTLE_KEY_MAX];
	throttle_keys(addr, login, ka, kl);
	int64_t now = mono_ms();
	pthread_mutex_lock(&t->lock);
	if (ok) {
		throttle_row(t, kl, now)->failures = 0;
	} else {
		throttle_row(t, ka, now)->failures++;
		throttle_row(t, kl, now)->failures++;
	}
	pthread_mutex_unlock(&t->lock);
}
