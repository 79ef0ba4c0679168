/*
 * cmd_hot.c - `mayorbox hot [--rules DIR] [--json] [--min-size N]
 * [--threshold X] PATH...`: letter files (or folders of them) grouped into
 * hot issues as `cases hot` groups the case file's cases, without a
 * database: for measuring the grouping on labelled letters
 * (tests/hot/score.py) and for a maintainer trying a threshold. Each file
 * is read and classified as filing would (its department from the rules);
 * confidential letters are left out, as the case file's grouping leaves
 * them out.
 */
#include <dirent.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sysexits.h>

#include <jansson.h>

#include "cli_exit.h"
#include "cli_rules.h"
#include "commands.h"
#include "hot.h"
#include "letter_file.h"
#include "rulesdir.h"
#include "ruleset.h"
#include "usage.h"
#include "xalloc.h"

static void
hot_usage(FILE *out)
{
	fprintf(out,
		"usage: mayorbox hot [--rules DIR] [--json] [--min-size N] [--threshold X] PATH...\n"
		"\n"
		"Groups the letters of the files given (an e-mail .eml or a web form .json;\n"
		"a folder: the .eml and .json files in it) into hot issues: letters on one\n"
		"matter, the same place and the same problem, as 'cases hot' groups the\n"
		"case file. Each file is classified with the rules of DIR (its department\n"
		"counts); confidential letters are left out, as in the case file.\n"
		"\n"
		"  --json          one JSON array: {size, files, terms, places} per group\n"
		"  --min-size N    the smallest group shown (default %d)\n"
		"  --threshold X   the similarity that links two letters, 0 to 1 (default %.2f)\n"
		"  -h, --help\n",
		HOT_MIN_SIZE_DEFAULT, HOT_THRESHOLD_DEFAULT);
}

struct files {
	char **v;
	size_t n;
};

static int
path_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static bool
letter_name(const char *name)
{
	size_t n = strlen(name);
	return (n > 4 && strcmp(name + n - 4, ".eml") == 0)
	       || (n > 5 && strcmp(name + n - 5, ".json") == 0);
}

static void
files_add(struct files *f, const char *path)
{
	f->v = xreallocarray(f->v, f->n + 1, sizeof(*f->v));
	f->v[f->n++] = xstrdup(path);
}

/* a folder's letter files, sorted; a file as it is */
static int
collect(struct files *f, const char *path)
{
	struct stat st;
	if (stat(path, &st) != 0) {
		fprintf(stderr, "mayorbox hot: %s: no such file or folder\n", path);
		return EX_NOINPUT;
	}
	if (!S_ISDIR(st.st_mode)) {
		files_add(f, path);
		return EX_OK;
	}
	DIR *d = opendir(path);
	if (d == NULL) {
		fprintf(stderr, "mayorbox hot: %s: cannot read the folder\n", path);
		return EX_NOINPUT;
	}
	size_t first = f->n;
	struct dirent *e;
	while ((e = readdir(d)) != NULL) {
		if (!letter_name(e->d_name))
			continue;
		size_t len = strlen(path) + strlen(e->d_name) + 2;
		char *p = xmalloc(len);
		snprintf(p, len, "%s/%s", path, e->d_name);
		files_add(f, p);
		free(p);
	}
	closedir(d);
	qsort(f->v + first, f->n - first, sizeof(*f->v), path_cmp);
	return EX_OK;
}

int
cmd_hot(int argc, char **argv)
{
	static const struct option opts[] = {
		{"rules", required_argument, NULL, 'r'},
		{"json", no_argument, NULL, 'j'},
		{"min-size", required_argument, NULL, 'm'},
		{"threshold", required_argument, NULL, 't'},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	bool json = false;
	const char *rules_opt = NULL;
	struct hot_params hp;
	hot_params_default(&hp);
	int c;
	optind = 1;
	while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		char *end;
		switch (c) {
		case 'r':
			rules_opt = optarg;
			break;
		case 'j':
			json = true;
			break;
		case 'm': {
			long v = strtol(optarg, &end, 10);
			if (*optarg == '\0' || *end != '\0' || v < 1 || v > 100000) {
				fprintf(stderr, "mayorbox hot: --min-size: a whole number from 1 to 100000\n");
				return EX_USAGE;
			}
			hp.min_size = (size_t)v;
			break;
		}
		case 't':
			hp.threshold = strtod(optarg, &end);
			if (*optarg == '\0' || *end != '\0' || !(hp.threshold > 0 && hp.threshold <= 1)) {
				fprintf(stderr, "mayorbox hot: --threshold: a number above 0, at most 1\n");
				return EX_USAGE;
			}
			break;
		case 'h':
			hot_usage(stdout);
			return EX_OK;
		default:
			return usage_bad_option("hot", argc, argv);
		}
	}
	if (optind >= argc) {
		hot_usage(stderr);
		return EX_USAGE;
	}
	struct files files = {0};
	int ret = EX_OK;
	for (int i = optind; i < argc && ret == EX_OK; i++)
		ret = collect(&files, argv[i]);
	char dir[4096];
	struct ruleset *set = NULL;
	if (ret == EX_OK)
		ret = cli_rules_load(rulesdir_find(rules_opt, dir, sizeof(dir)), &set);
	struct hot_doc *docs = xcalloc(files.n ? files.n : 1, sizeof(*docs));
	char **texts = xcalloc(files.n ? files.n : 1, sizeof(*texts));
	char **depts = xcalloc(files.n ? files.n : 1, sizeof(*depts));
	size_t *which = xcalloc(files.n ? files.n : 1, sizeof(*which));
	size_t n = 0, confidential = 0;
	int bad = EX_OK;	/* a file that could not be read: said, left out, and the exit */
	for (size_t i = 0; i < files.n && ret == EX_OK; i++) {
		char err[1024];
		struct letter *l = NULL;
		struct classification cl;
		enum mb_status st = letter_file_classify(files.v[i], set, &l, &cl, err, sizeof(err));
		if (st != MB_OK) {
			fprintf(stderr, "mayorbox hot: %s (left out)\n", err);
			if (bad == EX_OK)
				bad = cli_exit(st);
		} else if (cl.confidential) {
			confidential++;
		} else {
			size_t len = strlen(l->subject) + 1 + l->text_len;
			texts[n] = xmalloc(len + 1);
			snprintf(texts[n], len + 1, "%s\n%.*s", l->subject, (int)l->text_len, l->text);
			depts[n] = cl.department ? xstrdup(cl.department) : NULL;
			docs[n] = (struct hot_doc){texts[n], len, depts[n]};
			which[n++] = i;
		}
		if (l != NULL)	/* read (even when not as a letter): classified */
			classify_deinit(&cl);
		letter_free(&l);
	}
	struct hot_result r = {0};
	if (ret == EX_OK && hot_group(set->norm, docs, n, &hp, &r) != MB_OK) {
		fprintf(stderr, "mayorbox hot: more than %d letters at once\n", HOT_DOCS_MAX);
		ret = EX_USAGE;
	}
	if (ret == EX_OK) {
		json_t *arr = json_array();
		for (size_t g = 0; g < r.n; g++) {
			const struct hot_group *gr = &r.groups[g];
			json_t *fl = json_array(), *tl = json_array(), *pl = json_array();
			for (size_t m = 0; m < gr->n; m++)
				json_array_append_new(fl, json_string(files.v[which[gr->members[m]]]));
			for (size_t k = 0; k < gr->nterms; k++)
				json_array_append_new(tl, json_string(gr->terms[k]));
			for (size_t k = 0; k < gr->nplaces; k++)
				json_array_append_new(pl, json_string(gr->places[k]));
			json_array_append_new(arr, json_pack("{s:I, s:o, s:o, s:o}", "size",
							     (json_int_t)gr->n, "files", fl, "terms",
							     tl, "places", pl));
		}
		if (json) {
			if (json_dumpf(arr, stdout, JSON_INDENT(1)) != 0)
				ret = EX_IOERR;
			fputc('\n', stdout);
		} else {
			printf("%zu letters grouped (%zu confidential left out): %zu groups of %zu or more\n",
			       n, confidential, r.n, hp.min_size);
			for (size_t g = 0; g < r.n; g++) {
				const struct hot_group *gr = &r.groups[g];
				printf("\n%zu letters:", gr->n);
				for (size_t k = 0; k < gr->nplaces; k++)
					printf(" [%s]", gr->places[k]);
				for (size_t k = 0; k < gr->nterms; k++)
					printf(" %s", gr->terms[k]);
				printf("\n");
				for (size_t m = 0; m < gr->n; m++)
					printf("  %s\n", files.v[which[gr->members[m]]]);
			}
		}
		json_decref(arr);
	}
	hot_result_deinit(&r);
	for (size_t i = 0; i < n; i++) {
		free(texts[i]);
		free(depts[i]);
	}
	for (size_t i = 0; i < files.n; i++)
		free(files.v[i]);
	free(files.v);
	free(texts);
	free(depts);
	free(docs);
	free(which);
	if (fflush(stdout) != 0)
		ret = EX_IOERR;
	ruleset_unref(&set);
	return ret != EX_OK ? ret : bad;
}
