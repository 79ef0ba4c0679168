/*
 * source.c - what every source shares: batches, positions, the kind
 * dispatch (see source.h).
 */
#include "source.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

void
source_batch_clear(struct source_batch *b)
{
	for (size_t i = 0; i < b->count; i++) {
		free(b->v[i].raw);
		free(b->v[i].source_key);
		free(b->v[i].warning);
	}
	free(b->v);
	free(b->next_cursor);
	memset(b, 0, sizeof(*b));
}

void
source_position_clear(struct source_position *p)
{
	free(p->cursor);
	*p = (struct source_position){.uidvalidity = -1, .last_uid = 0, .cursor = NULL};
}

struct source_item *
source_batch_add(struct source_batch *b, char *raw, size_t len, char *key, uint64_t position)
{
	b->v = xreallocarray(b->v, b->count + 1, sizeof(*b->v));
	struct source_item *it = &b->v[b->count++];
	memset(it, 0, sizeof(*it));
	it->raw = raw;
	it->len = len;
	it->source_key = key;
	it->position = position;
	it->state = SOURCE_ITEM_NEW;
	return it;
}

enum mb_status
source_new(const struct config *cfg, const char *section, struct source **s_r, char *err,
	   size_t errlen)
{
	struct source *s = xcalloc(1, sizeof(*s));
	enum mb_status st;
	const char *sp = strchr(section, ' ');
	size_t kind_len = sp ? (size_t)(sp - section) : strlen(section);

	*s_r = NULL;
	s->poll_seconds = 60;
	s->position_key = "";
	if (kind_len == 4 && strncmp(section, "imap", 4) == 0)
		st = imap_source_new(cfg, section, s, err, errlen);
	else if (kind_len == 7 && strncmp(section, "webform", 7) == 0)
		st = webform_source_new(cfg, section, s, err, errlen);
	else if (kind_len == 5 && strncmp(section, "spool", 5) == 0)
		st = spool_source_new(cfg, section, s, err, errlen);
	else {
		snprintf(err, errlen, "%s: [%s] is not a source (imap, webform, spool)",
			 cfg->path ? cfg->path : "config", section);
		st = MB_FATAL;
	}
	if (st != MB_OK) {
		free(s->name);
		free(s);
		return st;
	}
	*s_r = s;
	return MB_OK;
}

void
source_free(struct source **sp)
{
	struct source *s = *sp;
	if (s == NULL)
		return;
	*sp = NULL;
	if (s->ops && s->ops->close)
		s->ops->close(s);
	free(s->name);
	free(s);
}
