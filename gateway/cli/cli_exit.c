/*
 * cli_exit.c - status codes to exit codes (cli_exit.h).
 */
#include <sysexits.h>

#include "cli_exit.h"

int
cli_exit(enum mb_status st)
{
	switch (st) {
	case MB_OK:
		return EX_OK;
	case MB_NOT_LETTER:
	case MB_BAD_LETTER:
	case MB_REFUSED:
	case MB_LIMIT:
		return EX_DATAERR;
	case MB_TEMPORARY:
		return EX_TEMPFAIL;
	case MB_CONNECTION:
		return EX_UNAVAILABLE;
	case MB_NO_INPUT:
		return EX_NOINPUT;
	case MB_CONFIG:
		return EX_CONFIG;
	case MB_DENIED:
		return EX_NOPERM;
	case MB_USAGE:
		return EX_USAGE;
	case MB_IO:
		return EX_IOERR;
	case MB_FATAL:
		break;
	}
	return EX_SOFTWARE;
}
