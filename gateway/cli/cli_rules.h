/*
 * cli_rules.h - a command's rule set: loaded from its folder, each problem
 * told on standard error.
 */
#ifndef MB_CLI_RULES_H
#define MB_CLI_RULES_H

struct ruleset;

/* Loads dir (rulesdir_load) into *set_r, the problems written to stderr as
 * "file:line: message". Returns EX_OK, or cli_exit()'s code: EX_CONFIG
 * (78) when the set has problems, EX_NOINPUT when dir cannot be read. */
int cli_rules_load(const char *dir, struct ruleset **set_r);

#endif
