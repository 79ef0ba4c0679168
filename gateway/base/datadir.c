/*
 * datadir.c - data folders beside the program (see datadir.h).
 */
#include "datadir.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define DATADIR_PATH_MAX 4096

bool
datadir_is_dir(const char *p)
{
	struct stat st;
	return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

const char *
datadir_find(const char *name, const char *env, const char *opt, char *out, size_t outlen)
{
	const char *e = env ? getenv(env) : NULL;
	if (opt && *opt) {
		snprintf(out, outlen, "%s", opt);
		return out;
	}
	if (e && *e) {
		snprintf(out, outlen, "%s", e);
		return out;
	}
	char exe[DATADIR_PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	if (n > 0) {
		exe[n] = '\0';
		char *slash = strrchr(exe, '/');
		if (slash)
			*slash = '\0';
		static const char *const tails[] = {"/../", "/../../", "/../share/mayorbox/"};
		for (size_t i = 0; i < sizeof(tails) / sizeof(tails[0]); i++) {
			char cand[DATADIR_PATH_MAX * 2];
			snprintf(cand, sizeof(cand), "%s%s%s", exe, tails[i], name);
			if (datadir_is_dir(cand)) {
				char real[DATADIR_PATH_MAX];
				snprintf(out, outlen, "%s", realpath(cand, real) ? real : cand);
				return out;
			}
		}
	}
	/* installed: the data folder the build was configured with */
	char cand[DATADIR_PATH_MAX];
	snprintf(cand, sizeof(cand), "%s/%s", MAYORBOX_DATADIR, name);
	if (datadir_is_dir(cand)) {
		snprintf(out, outlen, "%s", cand);
		return out;
	}
	snprintf(out, outlen, "%s", name);
	return out;
}
