/*
 * cmd_ingest.c - `mayorbox ingest [--db CONNINFO] [--rules DIR] [--config
 * FILE] [--json] PATH...`: the spool source in one-shot form. Every e-mail
 * and form file (folders walked) goes parse -> classify -> store, in batched
 * transactions with a savepoint per letter, so one bad letter never fails
 * the batch. Idempotent: a second run files nothing.
 */
#include <dirent.h>
#include <getopt.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sysexits.h>

#include <jansson.h>
#include <sodium.h>

#include "classify.h"
#include "cli_exit.h"
#include "ingest.h"
#include "commands.h"
#include "usage.h"
#include "config.h"
#include "db.h"
#include "letter_json.h"
#include "limits.h"
#include "readfile.h"
#include "reader.h"
#include "cli_rules.h"
#include "rulesdir.h"
#include "ruleset.h"
#include "seal.h"
#include "store.h"
#include "xalloc.h"

/* Letters per transaction; files per run (a spool this big is read in
 * several runs); folder depth walked. */
#define INGEST_BATCH_DEFAULT 100
#define INGEST_FILES_MAX 1000000
#define INGEST_DEPTH_MAX 16
/* Bytes of letters held at once: a batch ends early past this. */
#define INGEST_BATCH_BYTES_MAX (64u * 1024 * 1024)


struct paths {
	char **v;
	size_t count;
	bool truncated;
};

static void
ingest_usage(FILE *out)
{
	fprintf(out,
		"usage: mayorbox ingest [--db CONNINFO] [--rules DIR] [--config FILE]\n"
		"                       [--public-key FILE] [--source NAME] [--json] PATH...\n"
		"\n"
		"Files e-mail (.eml) and web-form (JSON) files, and folders of them, as\n"
		"cases: read, classified, stored. A letter already filed (same content in\n"
		"the same source) is not filed again.\n"
		"\n"
		"  --db CONNINFO      PostgreSQL (default: [database] conninfo, else PG* variables)\n"
		"  --rules DIR        rule files (default: [rules] dir, else beside the program)\n"
		"  --config FILE      configuration file (mayorbox.conf.example)\n"
		"  --public-key FILE  seals confidential identities (default: [confidential]\n"
		"                     public_key_file); without one, confidential letters wait\n"
		"  --source NAME      the source name the letters are filed under (default spool)\n"
		"  --batch N          letters per transaction (default %d)\n"
		"  --json             the summary as one JSON object\n"
		"  -h, --help\n"
		"\n"
		"Exit: 0 all filed (or filed before); 75 some letters wait (confidential\n"
		"without a key, or the database went away); 65 some could not be filed;\n"
		"66 a path cannot be read; 69 no database; 78 bad configuration or rules.\n",
		INGEST_BATCH_DEFAULT);
}

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void
paths_add(struct paths *p, const char *path, unsigned depth)
{
	struct stat st;
	if (p->count >= INGEST_FILES_MAX) {
		p->truncated = true;
		return;
	}
	if (stat(path, &st) != 0 || !S_ISDIR(st.st_mode)) {
		p->v = xreallocarray(p->v, p->count + 1, sizeof(char *));
		p->v[p->count++] = xstrdup(path);
		return;
	}
	if (depth >= INGEST_DEPTH_MAX)
		return;
	DIR *d = opendir(path);
	if (d == NULL) {
		p->v = xreallocarray(p->v, p->count + 1, sizeof(char *));
		p->v[p->count++] = xstrdup(path);	/* reported when read */
		return;
	}
	char **names = NULL;
	size_t n = 0;
	struct dirent *e;
	while ((e = readdir(d)) != NULL) {
		if (e->d_name[0] == '.')
			continue;	/* hidden files: editors' and tools' droppings */
		names = xreallocarray(names, n + 1, sizeof(char *));
		size_t len = strlen(path) + strlen(e->d_name) + 2;
		names[n] = xmalloc(len);
		snprintf(names[n++], len, "%s/%s", path, e->d_name);
	}
	closedir(d);
	if (n > 1)
		qsort(names, n, sizeof(char *), cmp_str);
	for (size_t i = 0; i < n; i++) {
		paths_add(p, names[i], depth + 1);
		free(names[i]);
	}
	free(names);
}


/* One file of a batch, read before the batch is filed. */
struct ingest_file {
	char *data;		/* NULL: could not be read (err says why) */
	size_t len;
	enum mb_status rs;
	char err[512];
	char hash[LETTER_SHA256_HEX];
	char key[LETTER_FILE_KEY_MAX];
};

/* Reads the files of paths from i on, at most max of them and (past the
 * first) INGEST_BATCH_BYTES_MAX bytes; returns how many. */
static size_t
ingest_read(const struct paths *paths, size_t i, size_t max, struct ingest_file *f)
{
	size_t n = 0, bytes = 0;
	while (n < max && i + n < paths->count && (n == 0 || bytes < INGEST_BATCH_BYTES_MAX)) {
		struct ingest_file *x = &f[n++];
		memset(x, 0, sizeof(*x));
		x->rs = readfile(paths->v[i + n - 1], MB_INPUT_MAX, &x->data, &x->len, x->err,
				 sizeof(x->err));
		if (x->rs != MB_OK) {
			free(x->data);
			x->data = NULL;
			continue;
		}
		bytes += x->len;
		letter_content_hash(x->data, x->len, x->hash);
		letter_file_key(x->hash, x->key);
	}
	return n;
}

/* Files one file inside the open transaction (known: the store's answer
 * for its key, or NULL). */
static void
ingest_one(PGconn *db, const char *path, const struct ingest_file *f,
	   const struct ingest_context *ctx, const struct store_filed *known,
	   struct ingest_stats *s, int *exit_code)
{
	if (f->data == NULL) {
		/* a file too large is kept where it is: a clerk must see it */
		fprintf(stderr, "mayorbox ingest: %s (not filed)\n", f->err);
		s->files++;
		s->failed++;
		if (f->rs == MB_LIMIT)
			*exit_code = EX_DATAERR;
		else if (*exit_code == EX_OK)
			*exit_code = EX_NOINPUT;
		return;
	}
	const struct ingest_item in = {
		.raw = f->data, .len = f->len, .source_key = f->key, .hash = f->hash,
		.known = known,
	};
	struct ingest_result res;
	switch (ingest_letter(db, ctx, &in, s, &res)) {
	case INGEST_FILED:
	case INGEST_ALREADY:
		break;
	case INGEST_WAITING:
		fprintf(stderr, "mayorbox ingest: %s: %s\n", path, res.err);
		if (*exit_code == EX_OK)
			*exit_code = EX_TEMPFAIL;
		break;
	case INGEST_CONNECTION:
		fprintf(stderr, "mayorbox ingest: %s: %s\n", path, res.err);
		*exit_code = EX_TEMPFAIL;
		break;
	case INGEST_FAILED:
		fprintf(stderr, "mayorbox ingest: %s: %s\n", path, res.err);
		*exit_code = EX_DATAERR;
		break;
	}
}

/* Files paths in transactions of at most batch letters (each read, and
 * asked about, before the transaction opens); returns the exit code, from
 * ret on. */
static int
ingest_paths(PGconn *db, const struct paths *paths, size_t batch,
	     const struct ingest_context *ctx, struct ingest_stats *s, int ret)
{
	struct ingest_file *files = xcalloc(batch, sizeof(*files));
	struct store_filed *known = xcalloc(batch, sizeof(*known));
	const char **keys = xcalloc(batch, sizeof(*keys));
	char err[512];
	for (size_t i = 0, got = 0; i < paths->count; i += got) {
		got = ingest_read(paths, i, batch, files);
		size_t end = i + got;
		struct ingest_stats before = *s;
		/* the letters filed before, in one question: not read again */
		size_t nk = 0;
		for (size_t k = 0; k < got; k++)
			if (files[k].data)
				keys[nk++] = files[k].key;
		bool have_known = !ctx->legacy_schema
				  && store_filed_keys(db, keys, nk, known, err, sizeof(err)) == MB_OK;
		if (!db_tx_begin(db)) {
			fprintf(stderr, "mayorbox ingest: database: %s\n", db_error(db));
			ret = EX_TEMPFAIL;
			for (size_t k = 0; k < got; k++)
				free(files[k].data);
			break;
		}
		for (size_t k = 0, nth = 0; k < got; k++) {
			const struct store_filed *kn = NULL;
			if (files[k].data && have_known)
				kn = &known[nth];
			nth += files[k].data != NULL;
			ingest_one(db, paths->v[i + k], &files[k], ctx, kn, s, &ret);
			free(files[k].data);
			files[k].data = NULL;
		}
		if (!db_commit(db)) {
			/* nothing of this batch is filed; a later run files it */
			fprintf(stderr, "mayorbox ingest: commit failed, %zu letters not filed: %s\n",
				end - i, db_error(db));
			*s = before;
			s->files += end - i;
			s->waiting += end - i;
			ret = EX_TEMPFAIL;
		}
	}
	free(files);
	free(known);
	free(keys);
	return ret;
}

int
cmd_ingest(int argc, char **argv)
{
	static const struct option opts[] = {
		{"db", required_argument, NULL, 'd'},
		{"rules", required_argument, NULL, 'r'},
		{"config", required_argument, NULL, 'c'},
		{"public-key", required_argument, NULL, 'k'},
		{"source", required_argument, NULL, 's'},
		{"batch", required_argument, NULL, 'b'},
		{"json", no_argument, NULL, 'j'},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	const char *db_opt = NULL, *rules_opt = NULL, *config_path = NULL, *key_opt = NULL;
	const char *source_name = "spool";
	long batch = INGEST_BATCH_DEFAULT;
	bool json = false;
	int c, ret = EX_OK;
	char err[1024];

	optind = 1;
	while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (c) {
		case 'd': db_opt = optarg; break;
		case 'r': rules_opt = optarg; break;
		case 'c': config_path = optarg; break;
		case 'k': key_opt = optarg; break;
		case 's': source_name = optarg; break;
		case 'b': {
			char *end;
			batch = strtol(optarg, &end, 10);
			if (*end != '\0' || batch < 1 || batch > 100000) {
				fprintf(stderr, "mayorbox ingest: --batch: a number from 1 to 100000\n");
				return EX_USAGE;
			}
			break;
		}
		case 'j': json = true; break;
		case 'h': ingest_usage(stdout); return EX_OK;
		default: return usage_bad_option("ingest", argc, argv);
		}
	}
	if (optind >= argc) {
		ingest_usage(stderr);
		return EX_USAGE;
	}

	struct config cfg = {0};
	if (config_path && config_load(config_path, &cfg, err, sizeof(err)) != 0) {
		fprintf(stderr, "mayorbox ingest: %s\n", err);
		return EX_CONFIG;
	}
	/* follow-ups and reports always; acknowledgements when [smtp] is set */
	struct replies_config rc;
	enum mb_status st = replies_config_load(&cfg, &rc, err, sizeof(err));
	if (st != MB_OK) {
		fprintf(stderr, "mayorbox ingest: %s\n", err);
		config_deinit(&cfg);
		return cli_exit(st);
	}
	struct seal_key key, *keyp = NULL;
	const char *key_path = key_opt ? key_opt : config_get(&cfg, "confidential", "public_key_file");
	if (key_path) {
		if ((st = seal_load_public(key_path, &key, err, sizeof(err))) != MB_OK) {
			fprintf(stderr, "mayorbox ingest: %s\n", err);
			replies_config_deinit(&rc);
			config_deinit(&cfg);
			return cli_exit(st);
		}
		keyp = &key;
	}
	char rdir[4096];
	struct ruleset *set = NULL;
	const char *rules_cfg = config_get(&cfg, "rules", "dir");
	rulesdir_find(rules_opt ? rules_opt : rules_cfg, rdir, sizeof(rdir));
	int rr = cli_rules_load(rdir, &set);
	if (rr != EX_OK) {
		replies_config_deinit(&rc);
		config_deinit(&cfg);
		return rr;
	}
	PGconn *db = db_connect(db_conninfo(db_opt, &cfg), err, sizeof(err));
	if (db == NULL) {
		fprintf(stderr, "mayorbox ingest: %s\n", err);
		ruleset_unref(&set);
		replies_config_deinit(&rc);
		config_deinit(&cfg);
		return EX_UNAVAILABLE;
	}

	struct paths paths = {0};
	for (int i = optind; i < argc; i++)
		paths_add(&paths, argv[i], 0);
	if (paths.truncated)
		fprintf(stderr, "mayorbox ingest: more than %d files; the rest wait for the next run\n",
			INGEST_FILES_MAX);

	struct ingest_stats s = {0};
	const struct ingest_context ctx = {
		.source_name = source_name, .set = set, .key = keyp, .rc = &rc,
		/* the daemon refuses an old schema; ingest files into one as before */
		.legacy_schema = !store_takes_bytes(db),
	};
	ret = ingest_paths(db, &paths, (size_t)batch, &ctx, &s, ret);

	if (json) {
		json_t *o = json_pack("{s:I, s:I, s:I, s:I, s:I, s:I, s:I, s:I, s:I, s:I, s:I}",
				      "follow_ups", (json_int_t)s.joined,
				      "reports", (json_int_t)s.reports,
				      "acknowledgements", (json_int_t)s.acks,
				      "files", (json_int_t)s.files, "filed", (json_int_t)s.filed,
				      "already_filed", (json_int_t)s.already,
				      "unclassified", (json_int_t)s.unclassified,
				      "needs_review", (json_int_t)s.needs_review,
				      "confidential", (json_int_t)s.confidential,
				      "waiting", (json_int_t)s.waiting, "failed", (json_int_t)s.failed);
		json_dumpf(o, stdout, JSON_COMPACT);
		fputc('\n', stdout);
		json_decref(o);
	} else {
		printf("%lu files: %lu filed, %lu already filed, %lu unclassified, "
		       "%lu needing review, %lu confidential", s.files, s.filed, s.already,
		       s.unclassified, s.needs_review, s.confidential);
		if (s.joined)
			printf(", %lu follow-ups", s.joined);
		if (s.reports)
			printf(", %lu delivery reports", s.reports);
		if (s.acks)
			printf(", %lu acknowledgements queued", s.acks);
		if (s.waiting)
			printf(", %lu waiting", s.waiting);
		if (s.failed)
			printf(", %lu failed", s.failed);
		printf("\n");
	}
	for (size_t i = 0; i < paths.count; i++)
		free(paths.v[i]);
	free(paths.v);
	PQfinish(db);
	ruleset_unref(&set);
	replies_config_deinit(&rc);
	config_deinit(&cfg);
	sodium_memzero(&key, sizeof(key));
	return ret;
}
