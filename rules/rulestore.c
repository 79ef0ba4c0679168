/*
 * rulestore.c - the rule set in use, swapped in one step (rulestore.h).
 *
 * A mutex rather than a bare atomic pointer: a reader must load the pointer
 * and take its reference as one step, or a swap and the last unref could
 * free the set in between. The lock is held for a few instructions.
 */
#include "rulestore.h"

void
rulestore_init(struct rulestore *rs)
{
	rs->current = NULL;
	rs->generation = 0;
	pthread_mutex_init(&rs->lock, NULL);
}

void
rulestore_deinit(struct rulestore *rs)
{
	ruleset_unref(&rs->current);
	pthread_mutex_destroy(&rs->lock);
}

struct ruleset *
rulestore_get(struct rulestore *rs)
{
	pthread_mutex_lock(&rs->lock);
	struct ruleset *set = rs->current ? ruleset_ref(rs->current) : NULL;
	pthread_mutex_unlock(&rs->lock);
	return set;
}

unsigned long
rulestore_swap(struct rulestore *rs, struct ruleset *set)
{
	pthread_mutex_lock(&rs->lock);
	struct ruleset *old = rs->current;
	rs->current = set;
	unsigned long gen = ++rs->generation;
	pthread_mutex_unlock(&rs->lock);
	ruleset_unref(&old);
	return gen;
}
