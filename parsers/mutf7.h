/*
 * mutf7.h - IMAP folder names in modified UTF-7 (RFC 3501 5.1.3), the form
 * a server that does not announce (and enable) UTF8=ACCEPT expects: printable
 * US-ASCII as itself ("&" as "&-"), everything else as UTF-16 in a modified
 * BASE64 ("," for "/", no padding) between "&" and "-".
 */
#ifndef MB_MUTF7_H
#define MB_MUTF7_H

#include <stddef.h>

#include "error.h"

/* Limit of a folder name, either form (RFC 3501 sets none; servers cut at
 * a few hundred bytes). */
#define MB_MUTF7_NAME_MAX 1024

/* UTF-8 name -> modified UTF-7 in *r (malloc'ed; the caller frees). Returns
 * 0, or -1 (nothing in *r) for a name that is not UTF-8, holds a control
 * character, or passes MB_MUTF7_NAME_MAX. */
int mutf7_encode(const char *utf8, char **r) MB_MUST_USE;

/* Modified UTF-7 -> UTF-8 in *r (malloc'ed). Returns 0, or -1 for what is
 * not modified UTF-7 (a bad shift sequence, a BASE64 run that does not end
 * on a UTF-16 unit, an unpaired surrogate, a character that needed no
 * shift, a name over MB_MUTF7_NAME_MAX). */
int mutf7_decode(const char *mutf7, char **r) MB_MUST_USE;

#endif
