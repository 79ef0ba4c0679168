/*
 * leases.h - which gateway serves which source: a session advisory lock on
 * the source's name (take_lease(), lease_holder(), release_leases() in the
 * schema), held on the gateway's own connection and gone with it.
 */
#ifndef MB_LEASES_H
#define MB_LEASES_H

#include <stdbool.h>

#include <libpq-fe.h>

/* Takes the lease of source name: true when this session holds it now;
 * *answered is false when the database did not answer (then false). */
bool leases_take(PGconn *db, const char *name, bool *answered);

/* The backend pid of the session holding the lease of name, or 0 when none
 * is alive or it cannot be read. */
long leases_holder(PGconn *db, const char *name);

/* Lets go of every lease of this session (a reload's new sources lease
 * afresh); false when the statement failed. */
bool leases_release(PGconn *db);

#endif
