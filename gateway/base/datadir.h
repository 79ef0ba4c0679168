/*
 * datadir.h - where a data folder of mayorbox (rules, schema) is.
 */
#ifndef MB_DATADIR_H
#define MB_DATADIR_H

#include <stdbool.h>
#include <stddef.h>

/* The folder `name`: opt when given, else the environment variable env,
 * else the first folder of <exe dir>/../NAME, <exe dir>/../../NAME (the
 * repository, from build/ or build/test/) and <exe dir>/../share/mayorbox/NAME
 * (installed), else MAYORBOX_DATADIR/NAME (the build's PREFIX/share/mayorbox),
 * else NAME. Written to out; returns out. */
const char *datadir_find(const char *name, const char *env, const char *opt, char *out,
			 size_t outlen);

/* Whether p names a folder (following links). */
bool datadir_is_dir(const char *p);

#endif
