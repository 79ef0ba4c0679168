/*
 * usage.c - a wrong option in one line (see usage.h).
 */
#include "usage.h"

#include <getopt.h>
#include <stdio.h>
#include <sysexits.h>

int
usage_bad_option(const char *cmd, int argc, char **argv)
{
	int i = optind - 1;
	if (i >= argc)
		i = argc - 1;
	if (i < 1)
		i = 1;
	const char *arg = i < argc ? argv[i] : "";
	if (optopt != 0 && optopt < 128 && optopt != '?' && arg[0] == '-' && arg[1] != '-')
		fprintf(stderr, "mayorbox %s: '-%c': unknown option or missing value; see "
			"'mayorbox %s --help'\n", cmd, optopt, cmd);
	else
		fprintf(stderr, "mayorbox %s: '%s': unknown option or missing value; see "
			"'mayorbox %s --help'\n", cmd, arg, cmd);
	return EX_USAGE;
}
