/*
 * labels.c - the service's own words for the inputs of its use cases, and
 * a front end's in their place (labels.h).
 */
#include "labels.h"

#include <stdio.h>

/* what the service says when the front end says nothing (the web console) */
static const struct labels own = {{
	[LABEL_KEY] = {"the secret key file", "the office's secret key file"},
	[LABEL_PUBLIC_KEY] = {"the public key file", "the office's public key file"},
	[LABEL_OUTBOX_KEY] = {"the outbox key file", "the outbox's public key file"},
	[LABEL_NOTE] = {"the note", "a note"},
	[LABEL_ANSWER] = {"the answer", "an answer"},
	[LABEL_NO_MAIL] = {"no mail", "closing without mail"},
	[LABEL_NEW_DEPARTMENT] = {"a new department", "asking for a new department"},
	[LABEL_SINCE] = {"the first day", "a first day"},
	[LABEL_CONFIG] = {"the configuration", "the configuration"},
}};

const char *
labels_name(const struct labels *l, enum label_input in)
{
	if ((unsigned)in >= LABEL_COUNT)
		return "?";
	return l && l->v[in].name ? l->v[in].name : own.v[in].name;
}

const char *
labels_ask(const struct labels *l, enum label_input in)
{
	if ((unsigned)in >= LABEL_COUNT)
		return "?";
	return l && l->v[in].ask ? l->v[in].ask : own.v[in].ask;
}

const char *
labels_hint(const struct labels *l, enum label_input in, char *buf, size_t len)
{
	if (len == 0)
		return "";
	buf[0] = '\0';
	if ((unsigned)in < LABEL_COUNT && l && l->v[in].ask)
		snprintf(buf, len, " (%s)", l->v[in].ask);
	return buf;
}
