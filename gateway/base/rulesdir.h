/*
 * rulesdir.h - which folder of rule files a command uses, and loading it.
 */
#ifndef MB_RULESDIR_H
#define MB_RULESDIR_H

#include <stddef.h>
#include <stdio.h>

#include "error.h"

/* The rules folder: opt when given (--rules), else $MAYORBOX_RULES, else the
 * first of <exe dir>/../rules, <exe dir>/../../rules (the repository, from
 * build/ or build/test/) and <exe dir>/../share/mayorbox/rules (installed)
 * that is a folder, else "rules". Written to out (at most outlen bytes);
 * returns out. */
const char *rulesdir_find(const char *opt, char *out, size_t outlen);

struct ruleset;
struct ruleset_problems;

/* Loads the rule set of dir into *set_r (caller drops it with
 * ruleset_unref), with the Hyperscan engine where the build has it
 * ($MAYORBOX_HYPERSCAN=no: without).
 * Returns MB_OK; MB_CONFIG when the set has problems, MB_NO_INPUT when dir
 * cannot be read: the problems are in *probs either way (release with
 * ruleset_problems_deinit), for rulesdir_problems_print. */
enum mb_status rulesdir_load(const char *dir, struct ruleset **set_r,
			     struct ruleset_problems *probs) MB_MUST_USE;

/* Writes each problem to out as "file:line: message" (or "file: message"),
 * prefixed by nothing else so editors can jump to them, and how many more
 * were not kept ("DIR: N more problems not shown"). */
void rulesdir_problems_print(FILE *out, const struct ruleset_problems *probs, const char *dir);

#endif
