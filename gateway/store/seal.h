/*
 * seal.h - sealing a confidential writer's identity to the office's public
 * key (libsodium crypto_box_seal): the gateway can seal, only the holder of
 * the secret key (a supervisor) can open. Keys are files of one base64 line.
 */
#ifndef MB_SEAL_H
#define MB_SEAL_H

#include <stddef.h>

#include <jansson.h>
#include <sodium.h>

#include "error.h"

struct seal_key {
	unsigned char pk[crypto_box_PUBLICKEYBYTES];
};

/* Writes DIR/confidential.pub (0644) and DIR/confidential.key (0600) with a
 * new key pair; refuses to overwrite either. Returns MB_OK; MB_REFUSED
 * ("DIR: a key pair is there already; not overwritten"), or MB_IO with
 * "PATH: errno's words" when DIR or a file cannot be made or written. */
enum mb_status seal_keygen(const char *dir, char *err, size_t errlen) MB_MUST_USE;

/* The same with the files named DIR/NAME.pub and DIR/NAME.key ("outbox": the
 * gateways' own pair, which seals mail to confidential writers while it
 * waits in the outbox). */
enum mb_status seal_keygen_named(const char *dir, const char *name, char *err,
				 size_t errlen) MB_MUST_USE;

/* A key file is part of the installation (the configuration names it):
 * every reading of one below is MB_OK, or MB_CONFIG with "file: reason"
 * in err (not there, not readable, readable by others for a secret one,
 * or not one base64 line of a key). */

/* The public key of a secret key file, and its id (16 hex digits of the
 * SHA-256 of the public key). */
enum mb_status seal_public_of_secret(const char *secret_key_path, struct seal_key *key,
				     char id[17], char *err, size_t errlen) MB_MUST_USE;

/* The id of a public key: 16 hex digits of its SHA-256 (what the vault
 * records beside each box, so a wrong key is known before a reveal). */
void seal_key_id(const struct seal_key *key, char id[17]);

/* The key of the gateways' keyed hashes of writers' addresses (the
 * per-sender limit), derived from a secret key file (the outbox key): it
 * never enters the database. */
#define SEAL_HASH_KEY_BYTES 32
enum mb_status seal_hash_key_of_secret(const char *secret_key_path,
				       unsigned char out[SEAL_HASH_KEY_BYTES], char *err,
				       size_t errlen) MB_MUST_USE;

/* Reads a public key file. */
enum mb_status seal_load_public(const char *path, struct seal_key *key, char *err,
				size_t errlen) MB_MUST_USE;

/* Seals n bytes; returns a new buffer of *len_r bytes (caller frees). */
unsigned char *seal_seal(const struct seal_key *key, const void *p, size_t n, size_t *len_r);

/* A secret key read once and kept in memory for a process's openings (a
 * use case opens many boxes; the file is read once, not per box). Its
 * public half and id (seal_key_id) come with it; path names it in
 * messages. Deinit zeroes it. */
#define SEAL_PATH_MAX 1024
struct seal_secret {
	unsigned char sk[crypto_box_SECRETKEYBYTES];
	struct seal_key pub;
	char id[17];
	char path[SEAL_PATH_MAX];
};

/* Reads a secret key file (only one that group and others cannot read).
 * MB_CONFIG with "file: reason" in err. */
enum mb_status seal_secret_load(const char *path, struct seal_secret *s, char *err,
				size_t errlen) MB_MUST_USE;
void seal_secret_deinit(struct seal_secret *s);

/* Opens a sealed box with a loaded secret key: the plain bytes
 * (NUL-terminated, caller zeroes and frees), or NULL with "PATH: this key
 * does not open the sealed data" (or a damaged box) in err. */
unsigned char *seal_open_secret(const struct seal_secret *s, const unsigned char *box, size_t n,
				size_t *len_r, char *err, size_t errlen);

/* Opens a sealed box with the secret key file; returns the plain bytes
 * (NUL-terminated, caller frees) or NULL with err (wrong key, damaged box). */
unsigned char *seal_open(const char *secret_key_path, const unsigned char *box, size_t n,
			 size_t *len_r, char *err, size_t errlen);

/* The same with the box as base64 text (where it goes into JSON or SQL):
 * seal_seal_base64 returns a new string (caller frees) or NULL;
 * seal_open_base64 decodes b64 (line breaks allowed) and opens it. */
char *seal_seal_base64(const struct seal_key *key, const void *p, size_t n);
/* plain (taken, even on failure) as compact JSON sealed to key, as a JSON
 * string of base64 (new reference), or NULL; the plain text is zeroed. */
json_t *seal_seal_json(const struct seal_key *key, json_t *plain);
unsigned char *seal_open_base64(const char *secret_key_path, const char *b64, size_t *len_r,
				char *err, size_t errlen);

/* plain (taken, even on failure) as compact JSON sealed to key: the box's
 * bytes (*len_r; caller frees), or NULL; the plain text is zeroed. What
 * goes to PostgreSQL as a binary parameter (STYLE.md 18). */
unsigned char *seal_seal_json_bin(const struct seal_key *key, json_t *plain, size_t *len_r);

/* The public key and its id, and the address-hash key (as
 * seal_hash_key_of_secret), of a secret key read once (seal_secret_load:
 * the outbox reads its key once). */
void seal_secret_public(const struct seal_secret *k, struct seal_key *key, char id[17]);
void seal_secret_hash_key(const struct seal_secret *k, unsigned char out[SEAL_HASH_KEY_BYTES]);
/* Opens a box with k: as seal_open (the error without the key's path). */
unsigned char *seal_open_with(const struct seal_secret *k, const unsigned char *box, size_t n,
			      size_t *len_r, char *err, size_t errlen);

#endif
