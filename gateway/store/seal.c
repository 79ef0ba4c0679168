/*
 * seal.c - confidential identities sealed to a public key (see seal.h).
 */
#include "seal.h"

#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <jansson.h>

#include "readfile.h"
#include "xalloc.h"

#define SEAL_KEY_FILE_MAX 4096
#define SEAL_B64 sodium_base64_VARIANT_ORIGINAL

static enum mb_status
write_key(const char *path, mode_t mode, const unsigned char *key, size_t n, char *err,
	  size_t errlen)
{
	char b64[sodium_base64_ENCODED_LEN(64, SEAL_B64)];
	sodium_bin2base64(b64, sizeof(b64), key, n, SEAL_B64);
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
	if (fd < 0) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		return MB_IO;
	}
	size_t len = strlen(b64);
	b64[len++] = '\n';
	errno = 0;
	ssize_t w = write(fd, b64, len);
	sodium_memzero(b64, sizeof(b64));
	if (fchmod(fd, mode) != 0 || w != (ssize_t)len || fsync(fd) != 0) {
		snprintf(err, errlen, "%s: %s", path, errno ? strerror(errno) : "short write");
		close(fd);
		return MB_IO;
	}
	if (close(fd) != 0) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		return MB_IO;
	}
	return MB_OK;
}

enum mb_status
seal_keygen(const char *dir, char *err, size_t errlen)
{
	return seal_keygen_named(dir, "confidential", err, errlen);
}

enum mb_status
seal_keygen_named(const char *dir, const char *name, char *err, size_t errlen)
{
	unsigned char pk[crypto_box_PUBLICKEYBYTES], sk[crypto_box_SECRETKEYBYTES];
	char pub[4096], sec[4096];

	err[0] = '\0';
	if (mkdir(dir, 0700) != 0 && errno != EEXIST) {
		snprintf(err, errlen, "%s: %s", dir, strerror(errno));
		return MB_IO;
	}
	snprintf(pub, sizeof(pub), "%s/%s.pub", dir, name);
	snprintf(sec, sizeof(sec), "%s/%s.key", dir, name);
	if (access(pub, F_OK) == 0 || access(sec, F_OK) == 0) {
		snprintf(err, errlen, "%s: a key pair is there already; not overwritten", dir);
		return MB_REFUSED;
	}
	crypto_box_keypair(pk, sk);
	enum mb_status st = write_key(sec, 0600, sk, sizeof(sk), err, errlen);
	if (st == MB_OK)
		st = write_key(pub, 0644, pk, sizeof(pk), err, errlen);
	sodium_memzero(sk, sizeof(sk));
	return st;
}

/* A key file; a secret key only from a file that group and others cannot
 * read (readfile_secret). MB_CONFIG with "PATH: reason" (seal.h): whatever
 * readfile says, the file the configuration names is not a usable key. */
static enum mb_status
read_key(const char *path, bool secret, unsigned char *key, size_t n, char *err, size_t errlen)
{
	char *data;
	size_t len, bin_len = 0;
	if ((secret ? readfile_secret : readfile)(path, SEAL_KEY_FILE_MAX, &data, &len, err,
						  errlen) != MB_OK)
		return MB_CONFIG;
	int r = sodium_base642bin(key, n, data, len, " \t\r\n", &bin_len, NULL, SEAL_B64);
	sodium_memzero(data, len);
	free(data);
	if (r != 0 || bin_len != n) {
		snprintf(err, errlen, "%s: not a mayorbox key (one base64 line of %zu bytes)", path,
			 n);
		return MB_CONFIG;
	}
	err[0] = '\0';
	return MB_OK;
}

enum mb_status
seal_load_public(const char *path, struct seal_key *key, char *err, size_t errlen)
{
	return read_key(path, false, key->pk, sizeof(key->pk), err, errlen);
}

enum mb_status
seal_public_of_secret(const char *secret_key_path, struct seal_key *key, char id[17], char *err,
		      size_t errlen)
{
	unsigned char sk[crypto_box_SECRETKEYBYTES];
	enum mb_status st = read_key(secret_key_path, true, sk, sizeof(sk), err, errlen);
	if (st != MB_OK)
		return st;
	crypto_scalarmult_base(key->pk, sk);
	sodium_memzero(sk, sizeof(sk));
	seal_key_id(key, id);
	return MB_OK;
}

void
seal_key_id(const struct seal_key *key, char id[17])
{
	unsigned char h[crypto_hash_sha256_BYTES];
	crypto_hash_sha256(h, key->pk, sizeof(key->pk));
	sodium_bin2hex(id, 17, h, 8);
}

static void
hash_key_of(const unsigned char sk[crypto_box_SECRETKEYBYTES],
	    unsigned char out[SEAL_HASH_KEY_BYTES])
{
	static const char context[] = "mayorbox sender hash v1";
	crypto_generichash(out, SEAL_HASH_KEY_BYTES, (const unsigned char *)context,
			   sizeof(context) - 1, sk, crypto_box_SECRETKEYBYTES);
}

enum mb_status
seal_hash_key_of_secret(const char *secret_key_path, unsigned char out[SEAL_HASH_KEY_BYTES],
			char *err, size_t errlen)
{
	unsigned char sk[crypto_box_SECRETKEYBYTES];
	enum mb_status st = read_key(secret_key_path, true, sk, sizeof(sk), err, errlen);
	if (st != MB_OK)
		return st;
	hash_key_of(sk, out);
	sodium_memzero(sk, sizeof(sk));
	return MB_OK;
}

void
seal_secret_hash_key(const struct seal_secret *k, unsigned char out[SEAL_HASH_KEY_BYTES])
{
	hash_key_of(k->sk, out);
}

void
seal_secret_public(const struct seal_secret *k, struct seal_key *key, char id[17])
{
	*key = k->pub;
	memcpy(id, k->id, sizeof(k->id));
}

unsigned char *
seal_seal(const struct seal_key *key, const void *p, size_t n, size_t *len_r)
{
	size_t len = n + crypto_box_SEALBYTES;
	unsigned char *box = xmalloc(len);
	if (crypto_box_seal(box, p, n, key->pk) != 0) {
		free(box);
		return NULL;
	}
	*len_r = len;
	return box;
}

enum mb_status
seal_secret_load(const char *path, struct seal_secret *s, char *err, size_t errlen)
{
	memset(s, 0, sizeof(*s));
	enum mb_status st = read_key(path, true, s->sk, sizeof(s->sk), err, errlen);
	if (st != MB_OK)
		return st;
	crypto_scalarmult_base(s->pub.pk, s->sk);
	seal_key_id(&s->pub, s->id);
	snprintf(s->path, sizeof(s->path), "%s", path);
	err[0] = '\0';
	return MB_OK;
}

void
seal_secret_deinit(struct seal_secret *s)
{
	sodium_memzero(s, sizeof(*s));
}

unsigned char *
seal_open_secret(const struct seal_secret *s, const unsigned char *box, size_t n,
		 size_t *len_r, char *err, size_t errlen)
{
	if (n < crypto_box_SEALBYTES) {
		snprintf(err, errlen, "sealed data too short");
		return NULL;
	}
	unsigned char *plain = xmalloc(n - crypto_box_SEALBYTES + 1);
	if (crypto_box_seal_open(plain, box, n, s->pub.pk, s->sk) != 0) {
		free(plain);
		snprintf(err, errlen, "%s: this key does not open the sealed data", s->path);
		return NULL;
	}
	plain[n - crypto_box_SEALBYTES] = '\0';
	*len_r = n - crypto_box_SEALBYTES;
	return plain;
}

unsigned char *
seal_open(const char *secret_key_path, const unsigned char *box, size_t n, size_t *len_r,
	  char *err, size_t errlen)
{
	struct seal_secret s;
	if (n < crypto_box_SEALBYTES) {
		snprintf(err, errlen, "sealed data too short");
		return NULL;
	}
	if (seal_secret_load(secret_key_path, &s, err, errlen) != MB_OK)
		return NULL;
	unsigned char *plain = seal_open_secret(&s, box, n, len_r, err, errlen);
	seal_secret_deinit(&s);
	return plain;
}

char *
seal_seal_base64(const struct seal_key *key, const void *p, size_t n)
{
	size_t blen = 0;
	unsigned char *box = seal_seal(key, p, n, &blen);
	if (box == NULL)
		return NULL;
	size_t len = sodium_base64_ENCODED_LEN(blen, SEAL_B64);
	char *b64 = xmalloc(len);
	sodium_bin2base64(b64, len, box, blen, SEAL_B64);
	free(box);
	return b64;
}

json_t *
seal_seal_json(const struct seal_key *key, json_t *plain)
{
	char *text = plain ? json_dumps(plain, JSON_COMPACT) : NULL;
	json_decref(plain);
	if (text == NULL)
		return NULL;
	char *b = seal_seal_base64(key, text, strlen(text));
	sodium_memzero(text, strlen(text));
	free(text);
	json_t *j = b ? json_string(b) : NULL;
	free(b);
	return j;
}

unsigned char *
seal_seal_json_bin(const struct seal_key *key, json_t *plain, size_t *len_r)
{
	char *text = plain ? json_dumps(plain, JSON_COMPACT) : NULL;
	json_decref(plain);
	if (text == NULL)
		return NULL;
	unsigned char *box = seal_seal(key, text, strlen(text), len_r);
	sodium_memzero(text, strlen(text));
	free(text);
	return box;
}

unsigned char *
seal_open_with(const struct seal_secret *k, const unsigned char *box, size_t n, size_t *len_r,
	       char *err, size_t errlen)
{
	if (n < crypto_box_SEALBYTES) {
		snprintf(err, errlen, "sealed data too short");
		return NULL;
	}
	unsigned char *plain = xmalloc(n - crypto_box_SEALBYTES + 1);
	if (crypto_box_seal_open(plain, box, n, k->pub.pk, k->sk) != 0) {
		free(plain);
		snprintf(err, errlen, "this key does not open the sealed data");
		return NULL;
	}
	plain[n - crypto_box_SEALBYTES] = '\0';
	*len_r = n - crypto_box_SEALBYTES;
	return plain;
}

unsigned char *
seal_open_base64(const char *secret_key_path, const char *b64, size_t *len_r, char *err,
		 size_t errlen)
{
	size_t n = strlen(b64), blen = 0;
	unsigned char *box = xmalloc(n + 1);
	if (sodium_base642bin(box, n + 1, b64, n, "\r\n", &blen, NULL, SEAL_B64) != 0) {
		free(box);
		snprintf(err, errlen, "sealed data damaged (not base64)");
		return NULL;
	}
	unsigned char *plain = seal_open(secret_key_path, box, blen, len_r, err, errlen);
	free(box);
	return plain;
}
