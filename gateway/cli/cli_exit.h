/*
 * cli_exit.h - the one mapping of the project's status codes to exit codes
 * (sysexits.h). Only cli/ exits; every layer below returns enum mb_status
 * (error.h, STYLE.md 6).
 */
#ifndef MB_CLI_EXIT_H
#define MB_CLI_EXIT_H

#include "error.h"

/* The exit code of a command whose use case returned st. */
int cli_exit(enum mb_status st);

#endif
