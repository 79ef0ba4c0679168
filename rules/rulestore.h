/*
 * rulestore.h - the rule set in use, swapped in one step.
 *
 * The daemon holds one rulestore. A classifier takes the current set with
 * rulestore_get (a reference of its own, so the set outlives any swap while
 * it is in use) and drops it with ruleset_unref. A reload builds the new set
 * beside the old with ruleset_load_dir and, only when that succeeded, puts it
 * in with rulestore_swap: readers see the old set or the new one, never a
 * mix and never a pause; a broken new set leaves the old one in place. The
 * old set is freed when its last reader lets go.
 */
#ifndef MB_RULESTORE_H
#define MB_RULESTORE_H

#include <pthread.h>

#include "ruleset.h"

struct rulestore {
	struct ruleset *current;	/* guarded by lock; NULL before the first swap */
	pthread_mutex_t lock;		/* held only to copy the pointer and take a reference */
	unsigned long generation;	/* swaps done */
};

void rulestore_init(struct rulestore *rs);
/* Drops the store's reference to its set. */
void rulestore_deinit(struct rulestore *rs);

/* The current set with a new reference (caller drops it with ruleset_unref),
 * or NULL when none was put in yet. Thread-safe, constant time. */
struct ruleset *rulestore_get(struct rulestore *rs);

/* Puts set in (taking over the caller's reference) and returns the
 * generation number now in use; the old set loses the store's reference. */
unsigned long rulestore_swap(struct rulestore *rs, struct ruleset *set);

#endif
