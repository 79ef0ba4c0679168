/*
 * rulesdir.c - which folder of rule files a command uses (rulesdir.h).
 */
#include "rulesdir.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "datadir.h"
#include "ruleset.h"

const char *
rulesdir_find(const char *opt, char *out, size_t outlen)
{
	return datadir_find("rules", "MAYORBOX_RULES", opt, out, outlen);
}

enum mb_status
rulesdir_load(const char *dir, struct ruleset **set_r, struct ruleset_problems *probs)
{
	/* the Hyperscan engine (rules/hsdb.h) where the build has it: its
	 * literal database compiles in well under a second;
	 * MAYORBOX_HYPERSCAN=no: the literal prefilters alone */
	const char *hs = getenv("MAYORBOX_HYPERSCAN");
	unsigned flags = hs && strcmp(hs, "no") == 0 ? 0 : RULESET_HYPERSCAN;
	if (ruleset_load_dir_with(dir, flags, set_r, probs) == MB_OK)
		return MB_OK;
	return datadir_is_dir(dir) ? MB_CONFIG : MB_NO_INPUT;
}

void
rulesdir_problems_print(FILE *out, const struct ruleset_problems *probs, const char *dir)
{
	for (size_t i = 0; i < probs->count; i++) {
		if (probs->v[i].line)
			fprintf(out, "%s:%u: %s\n", probs->v[i].file, probs->v[i].line,
				probs->v[i].message);
		else
			fprintf(out, "%s: %s\n", probs->v[i].file, probs->v[i].message);
	}
	if (probs->dropped)
		fprintf(out, "%s: %zu more problems not shown\n", dir, probs->dropped);
}
