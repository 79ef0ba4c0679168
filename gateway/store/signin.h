/*
 * signin.h - a person's own PostgreSQL connection: the console signs a
 * clerk, a supervisor or a department's login in with their login and
 * password, and every request of their session runs on it (issues 14,
 * 15). The console holds no privilege.
 */
#ifndef MB_SIGNIN_H
#define MB_SIGNIN_H

#include <stdbool.h>
#include <stddef.h>

#include <libpq-fe.h>

#include "error.h"

enum signin_role {
	SIGNIN_CLERK,
	SIGNIN_SUPERVISOR,
	SIGNIN_DEPARTMENT,	/* mayorbox_department: its own dispatched cases (issue 15) */
};

/* conninfo less its user, password and passfile (so no password but the
 * one signed in with is ever used), into out; MB_CONFIG when it does not
 * parse. */
enum mb_status signin_base_conninfo(const char *conninfo, char *out, size_t outlen, char *err,
				    size_t errlen) MB_MUST_USE;

/* Connects with base (from signin_base_conninfo) as user with password
 * (neither empty) and checks that the login is a clerk's, a
 * supervisor's or a department's (mayorbox_department). MB_OK with *db_r
 * and *role_r; MB_DENIED when the password
 * is wrong or the login is neither (err then says which, in words a person
 * reads, the same for an unknown login as for a wrong password);
 * MB_CONNECTION when the database cannot be reached; MB_CONFIG when the
 * server let the login in without checking its password (trust or peer in
 * pg_hba.conf: that would let anyone in as anyone, so it is refused). */
enum mb_status signin_connect(const char *base, const char *user, const char *password,
			      PGconn **db_r, enum signin_role *role_r, char *err,
			      size_t errlen) MB_MUST_USE;

#endif
