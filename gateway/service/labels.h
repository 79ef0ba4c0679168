/*
 * labels.h - how a front end names the inputs of a use case, so that the
 * service layer's messages never name a command-line option. A use case's
 * err says "the secret key file /k: ..." to the web console and "--key
 * /k: ..." to `mayorbox`, which hands its own words in (cli/cli_labels.c);
 * without labels (NULL, or a NULL entry) the service speaks in its own
 * words. The labels are the front end's and outlive the use cases that
 * borrow them.
 */
#ifndef MB_LABELS_H
#define MB_LABELS_H

#include <stddef.h>

enum label_input {
	LABEL_KEY,		/* the office's secret key file */
	LABEL_PUBLIC_KEY,	/* the office's public key file */
	LABEL_OUTBOX_KEY,	/* the gateways' outbox public key file */
	LABEL_NOTE,		/* why, kept in the case's history */
	LABEL_ANSWER,		/* the answer to the writer */
	LABEL_NO_MAIL,		/* closing without mail */
	LABEL_NEW_DEPARTMENT,	/* a department no rule or case knows yet */
	LABEL_SINCE,		/* the first day of the cases read */
	LABEL_CONFIG,		/* the configuration file */
	LABEL_COUNT
};

struct label {
	const char *name;	/* before its value in a message: "--key" */
	const char *ask;	/* what to give, when it is missing: "--key SECRET_KEY_FILE" */
};

struct labels {
	struct label v[LABEL_COUNT];
};

/* The front end's name of in, else the service's ("the secret key file").
 * Borrowed; never NULL. */
const char *labels_name(const struct labels *l, enum label_input in);

/* How to give in, in the front end's words, else the service's ("the
 * office's secret key file"). Borrowed; never NULL. */
const char *labels_ask(const struct labels *l, enum label_input in);

/* " (ASK)" when the front end has words for in, else "" (where a message
 * says what to do in plain words and only adds the front end's way of
 * doing it): written to buf, which is returned. */
const char *labels_hint(const struct labels *l, enum label_input in, char *buf, size_t len);

#endif
