/*
 * usage.h - what every sub-command says about a wrong option: one line and
 * a pointer to --help, not the whole help page (main() turns getopt's own
 * message off).
 */
#ifndef MB_USAGE_H
#define MB_USAGE_H

/* Prints "mayorbox CMD: 'ARG': unknown option or missing value; see
 * 'mayorbox CMD --help'" for the argument getopt_long() just refused, and
 * returns EX_USAGE. */
int usage_bad_option(const char *cmd, int argc, char **argv);

#endif
