/*
 * check.h - running every rule's examples and counter-examples, what
 * `mayorbox rules check` does after the set has loaded.
 */
#ifndef MB_CHECK_H
#define MB_CHECK_H

#include <stddef.h>

#include "ruleset.h"

/* Runs every example (must fire its rule) and counter (must not) of set,
 * appending a problem at the example's file:line for each that fails, or
 * that hits a match limit. Returns the number of failures. */
size_t check_examples(const struct ruleset *set, struct ruleset_problems *probs);

#endif
