/*
 * rulesdir.h - which folder of rule files a command uses.
 */
#ifndef MB_RULESDIR_H
#define MB_RULESDIR_H

#include <stddef.h>

/* The rules folder: opt when given (--rules), else $MAYORBOX_RULES, else the
 * first of <exe dir>/../rules, <exe dir>/../../rules (the repository, from
 * build/ or build/test/) and <exe dir>/../share/mayorbox/rules (installed)
 * that is a folder, else "rules". Written to out (at most outlen bytes);
 * returns out. */
const char *rulesdir_find(const char *opt, char *out, size_t outlen);

struct ruleset;

/* Loads the rule set of dir into *set_r (caller drops it with
 * ruleset_unref). Problems go to stderr as "file:line: message", prefixed
 * by nothing else so editors can jump to them. Returns EX_OK, or EX_CONFIG
 * (78) when the set has problems, EX_NOINPUT when dir cannot be read. */
int rulesdir_load(const char *dir, struct ruleset **set_r);

#endif
