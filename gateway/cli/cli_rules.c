/*
 * cli_rules.c - a command's rule set (cli_rules.h).
 */
#include <stdio.h>

#include "cli_exit.h"
#include "cli_rules.h"
#include "rulesdir.h"
#include "ruleset.h"

int
cli_rules_load(const char *dir, struct ruleset **set_r)
{
	struct ruleset_problems probs = {0};
	enum mb_status st = rulesdir_load(dir, set_r, &probs);
	rulesdir_problems_print(stderr, &probs, dir);
	ruleset_problems_deinit(&probs);
	return cli_exit(st);
}
