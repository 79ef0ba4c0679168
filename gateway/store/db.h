/*
 * db.h - the PostgreSQL connection (libpq) and the schema migrations.
 */
#ifndef MB_DB_H
#define MB_DB_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include <libpq-fe.h>

#include "config.h"
#include "error.h"

/* The conninfo a command uses: --db when given, else [database] conninfo of
 * the configuration, else "" (libpq's environment: PGHOST, PGDATABASE, ...).
 * Borrowed. */
const char *db_conninfo(const char *opt, const struct config *cfg);

/* Before any connection: a database that is not on loopback (127.0.0.0/8,
 * ::1, localhost) or a Unix socket ('/...') is reached only with
 * sslmode=verify-full (DESIGN.md, invariant 6), from conninfo or
 * PGSSLMODE as libpq would take it; host and hostaddr (lists, also in a
 * URI) from conninfo, else PGHOST and PGHOSTADDR. Returns MB_OK, or
 * MB_CONFIG with "sslmode: a database at HOST needs sslmode=verify-full
 * ..." (or "database conninfo: libpq's reason") in err. */
enum mb_status db_check_tls(const char *conninfo, char *err, size_t errlen) MB_MUST_USE;

/* Connects (after db_check_tls); NULL with the reason in err (libpq's
 * message, which carries no password). The connection uses UTF-8 and
 * UTC. */
PGconn *db_connect(const char *conninfo, char *err, size_t errlen);

/* Runs a statement that returns no rows (BEGIN, COMMIT, SAVEPOINT, ...);
 * true when it succeeded. */
bool db_exec_ok(PGconn *c, const char *sql);

/* BEGIN: true when the transaction is open. */
bool db_tx_begin(PGconn *c);

/* One letter's savepoint inside a batch's transaction: taken (false when
 * the statement failed, e.g. the connection is gone), released after the
 * letter is filed, rolled back to when the database refused it. */
bool db_letter_savepoint(PGconn *c);
void db_letter_release(PGconn *c);
void db_letter_rollback(PGconn *c);

/* COMMIT, true only when the transaction really committed (a COMMIT of a
 * transaction that an error aborted answers "ROLLBACK"). */
bool db_commit(PGconn *c);

/* A value of a result, or NULL for SQL NULL; borrowed from r. */
const char *db_value(const PGresult *r, int row, int col);

/* A bigint of a binary result (0 for SQL NULL or another size). */
long long db_bin_int8(const PGresult *r, int row, int col);

/* libpq's last error on c, one line, borrowed until the next call. */
const char *db_error(PGconn *c);

/* The newest migration this program knows (schema/NNN_name.sql; the
 * highest NNN, which tests/service.sh checks). */
#define DB_SCHEMA_VERSION 19

/* Whether the database is at DB_SCHEMA_VERSION: MB_OK when it is;
 * MB_CONFIG when it is older, newer or never migrated (the installation is
 * wrong: migrate, or upgrade the gateway), with "the database's schema is
 * at N, this program's at M: run 'mayorbox db migrate' ..." in err;
 * MB_CONNECTION when the question could not be asked (libpq's message).
 * The database's version goes to *version_r (0: never migrated, -1 older
 * than schema_version(), 007). */
enum mb_status db_schema_check(PGconn *c, long *version_r, char *err,
			       size_t errlen) MB_MUST_USE;

/* Prints the migrations of dir, each "applied NNN_name.sql  WHEN" or
 * "pending NNN_name.sql", and a database's versions that dir does not hold
 * ("unknown NNN: newer than this program"), then one line of totals; how
 * many are pending or unknown goes to *left_r (0: up to date). Returns
 * MB_OK; MB_NO_INPUT ("DIR: cannot read the schema folder"); MB_DENIED,
 * MB_CONNECTION or MB_REFUSED (as db_migrate) with "database: ..." in
 * err. */
enum mb_status db_status(PGconn *c, const char *dir, FILE *out, long *left_r, char *err,
			 size_t errlen) MB_MUST_USE;

/* Applies the schema/NNN_name.sql files of dir that are not yet recorded in
 * schema_migrations, in order, each in its own transaction, under an
 * advisory lock so two migrations at once apply each file once. Progress
 * lines go to report. Returns MB_OK; MB_NO_INPUT ("DIR: cannot read the
 * schema folder") or readfile's code for a migration file; MB_DENIED when
 * the server refused for want of privilege; MB_CONNECTION when the
 * connection went; MB_REFUSED when the database refused a migration
 * ("file: error"; that file is rolled back). */
enum mb_status db_migrate(PGconn *c, const char *dir, FILE *report, char *err,
			  size_t errlen) MB_MUST_USE;

/* The schema folder: opt, else $MAYORBOX_SCHEMA, else beside the program
 * (../schema, ../../schema, ../share/mayorbox/schema), else "schema". */
const char *db_schema_dir(const char *opt, char *out, size_t outlen);

#endif
