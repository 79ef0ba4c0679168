/*
 * smtp.h - outgoing mail (acknowledgements to citizens, `mayorbox mail
 * test`) through one SMTP server, with libcurl: the [smtp] section of the
 * configuration and the sending of one message to one recipient.
 *
 * TLS is never optional once asked for: starttls refuses a server that does
 * not offer STARTTLS (no fall-back to plain text), and the server's
 * certificate and host name are always verified. Plain text (tls = none)
 * only to a loopback address.
 */
#ifndef MB_SMTP_H
#define MB_SMTP_H

#include <stdbool.h>
#include <stddef.h>

#include "config.h"
#include "error.h"

/* Named defaults and limits of [smtp]. */
#define SMTP_TIMEOUT_DEFAULT	30	/* seconds: connect, and the whole exchange */
#define SMTP_TIMEOUT_MAX	3600
#define SMTP_PASSWORD_MAX	16384	/* bytes of password_file */
#define SMTP_MESSAGE_MAX	(64u * 1024 * 1024)	/* one message, as handed to smtp_send */
#define SMTP_REPLY_MAX		300	/* bytes of the server's reply kept for err */

enum smtp_tls { SMTP_TLS_STARTTLS, SMTP_TLS_IMPLICIT, SMTP_TLS_NONE };

/* Every string is owned by the struct (freed by smtp_config_deinit). */
struct smtp_config {
	char *host;
	int port;
	enum smtp_tls tls;
	char *ca_file;		/* NULL: the system's trust store */
	char *user;		/* NULL when no auth */
	char *password;		/* read from password_file; NULL when no auth */
	char *from;		/* our address: header From and envelope sender (MAIL FROM) */
	char *from_name;	/* display name, may be NULL */
	char *helo_domain;	/* EHLO name; NULL: libcurl's default */
	long timeout_seconds;
};

/* Reads section [smtp] of cfg into *sc. Returns MB_OK, with *present_r
 * false when cfg has no [smtp] section (mail is disabled; *sc zeroed) and
 * true when it was read (free with smtp_config_deinit); or MB_CONFIG with
 * "file:line: [smtp] key: what is wrong" (or "file: [smtp] key: missing")
 * in err, *sc zeroed and *present_r false. Keys: host,
 * port (default 587 for starttls, 465 for implicit, 25 for none), tls =
 * starttls|implicit|none (default starttls; none only when host is
 * loopback: 127.0.0.0/8, ::1, localhost), ca_file, user, password_file
 * (one line, at most SMTP_PASSWORD_MAX bytes, not readable by others; the
 * secret is never put in err), from (required, an address), from_name,
 * helo, timeout_seconds (1 to SMTP_TIMEOUT_MAX, default
 * SMTP_TIMEOUT_DEFAULT). */
enum mb_status smtp_config_load(const struct config *cfg, struct smtp_config *sc,
				bool *present_r, char *err, size_t errlen) MB_MUST_USE;

/* Frees the strings of sc (the password zeroed first) and zeroes sc. */
void smtp_config_deinit(struct smtp_config *sc);

/* Sends one message (msg, len bytes, at most SMTP_MESSAGE_MAX: the message
 * as it goes on the wire, headers included, with CRLF or bare LF line ends,
 * which are sent as CRLF; dot-stuffing is libcurl's) to the one recipient
 * rcpt (a bare address), with envelope sender sc->from. Returns:
 *   MB_OK         the server accepted it (250 after DATA)
 *   MB_CONNECTION no connection, a time-out, a broken TLS handshake or
 *                 connection, or 421 (the server closes): every message
 *                 waits; retry later
 *   MB_TEMPORARY  a 4xx reply about this recipient or message (a full
 *                 mailbox, greylisting): retry it later, send the others
 *   MB_BAD_LETTER the server refused the recipient or the message (5xx):
 *                 do not retry this message
 *   MB_FATAL      the certificate was not trusted, STARTTLS not offered,
 *                 authentication refused or required, or a configuration
 *                 libcurl cannot use: retrying will not help, but nothing
 *                 is lost (the caller keeps the message)
 * err gets one line naming the server (host:port) and the SMTP reply code
 * and text when there is one; never the password, never the message.
 * A session of one message: a new connection each time (see
 * smtp_session_* for many). */
enum mb_status smtp_send(const struct smtp_config *sc, const char *rcpt, const char *msg,
			 size_t len, char *err, size_t errlen) MB_MUST_USE;

/* A session: one connection to the server for many messages (libcurl keeps
 * it open between them and opens a new one when it was closed), so that a
 * drain of the outbox pays for the TCP connection, EHLO, the TLS handshake
 * and AUTH once instead of once per message. */
struct smtp_session;

/* Prepares a session for sc into *session_r (free with
 * smtp_session_deinit); sc is borrowed and must stay unchanged while the
 * session lives. Connects at the first smtp_session_send, not here.
 * Returns MB_OK, or MB_FATAL (libcurl cannot be initialised or refuses an
 * option) with *session_r NULL and err saying why. */
enum mb_status smtp_session_init(const struct smtp_config *sc, struct smtp_session **session_r,
				 char *err, size_t errlen) MB_MUST_USE;

/* Sends one message as smtp_send does (the same arguments, limits, return
 * values and err), on the session's connection when it is still open, else
 * on a new one. A kept connection found closed by the server (its idle
 * time-out, a restart) before the message went is replaced by a new one
 * and the message sent on it, once. After a failure libcurl closes the
 * connection: the next message starts on a new one. */
enum mb_status smtp_session_send(struct smtp_session *s, const char *rcpt, const char *msg,
				 size_t len, char *err, size_t errlen) MB_MUST_USE;

/* How many connections the session has opened so far (tests, logs). */
unsigned long smtp_session_connects(const struct smtp_session *s);

/* Closes the connection (QUIT) and frees *sp; sets *sp to NULL. NULL or
 * *sp NULL: nothing. */
void smtp_session_deinit(struct smtp_session **sp);

#endif
