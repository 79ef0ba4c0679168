/*
 * rulesdir.c - which folder of rule files a command uses (rulesdir.h).
 */
#include "rulesdir.h"

/* (not <limits.h>: -Iparsers finds the parsers' limits.h first) */
#define RULESDIR_PATH_MAX 4096
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sysexits.h>
#include <unistd.h>

#include "ruleset.h"

static int
is_dir(const char *p)
{
	struct stat st;
	return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

const char *
rulesdir_find(const char *opt, char *out, size_t outlen)
{
	const char *env = getenv("MAYORBOX_RULES");
	if (opt && *opt) {
		snprintf(out, outlen, "%s", opt);
		return out;
	}
	if (env && *env) {
		snprintf(out, outlen, "%s", env);
		return out;
	}
	char exe[RULESDIR_PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	if (n > 0) {
		exe[n] = '\0';
		char *slash = strrchr(exe, '/');
		if (slash)
			*slash = '\0';
		static const char *const tails[] = {
			"/../rules", "/../../rules", "/../share/mayorbox/rules",
		};
		for (size_t i = 0; i < sizeof(tails) / sizeof(tails[0]); i++) {
			char cand[RULESDIR_PATH_MAX + 64];
			snprintf(cand, sizeof(cand), "%s%s", exe, tails[i]);
			if (is_dir(cand)) {
				char real[RULESDIR_PATH_MAX];
				snprintf(out, outlen, "%s", realpath(cand, real) ? real : cand);
				return out;
			}
		}
	}
	snprintf(out, outlen, "rules");
	return out;
}

int
rulesdir_load(const char *dir, struct ruleset **set_r)
{
	struct ruleset_problems probs = {0};
	enum mb_status st = ruleset_load_dir(dir, set_r, &probs);
	for (size_t i = 0; i < probs.count; i++) {
		if (probs.v[i].line)
			fprintf(stderr, "%s:%u: %s\n", probs.v[i].file, probs.v[i].line,
				probs.v[i].message);
		else
			fprintf(stderr, "%s: %s\n", probs.v[i].file, probs.v[i].message);
	}
	if (probs.dropped)
		fprintf(stderr, "%s: %zu more problems not shown\n", dir, probs.dropped);
	ruleset_problems_deinit(&probs);
	if (st == MB_OK)
		return EX_OK;
	return is_dir(dir) ? EX_CONFIG : EX_NOINPUT;
}
