/*
 * bench_parse.c - parses every file named in a list (one path a line) once,
 * in one process, from memory: what `make bench` times with hyperfine to
 * give the parse rate without process start-up in it.
 *
 * usage: bench_parse LIST [REPEAT]
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sodium.h>

#include "limits.h"
#include "reader.h"
#include "xalloc.h"

int
main(int argc, char **argv)
{
	if (argc < 2) {
		fprintf(stderr, "usage: bench_parse LIST [REPEAT]\n");
		return 64;
	}
	if (sodium_init() < 0)
		return 70;
	long repeat = argc > 2 ? strtol(argv[2], NULL, 10) : 1;
	FILE *lf = fopen(argv[1], "r");
	if (lf == NULL) {
		perror(argv[1]);
		return 66;
	}
	char **data = NULL;
	size_t *lens = NULL, count = 0, bytes = 0;
	char line[4096];
	while (fgets(line, sizeof(line), lf)) {
		line[strcspn(line, "\n")] = '\0';
		FILE *f = fopen(line, "rb");
		if (f == NULL)
			continue;
		fseek(f, 0, SEEK_END);
		long sz = ftell(f);
		fseek(f, 0, SEEK_SET);
		if (sz < 0 || (size_t)sz > MB_INPUT_MAX) {
			fclose(f);
			continue;
		}
		data = xreallocarray(data, count + 1, sizeof(char *));
		lens = xreallocarray(lens, count + 1, sizeof(size_t));
		data[count] = xmalloc((size_t)sz + 1);
		lens[count] = fread(data[count], 1, (size_t)sz, f);
		bytes += lens[count];
		count++;
		fclose(f);
	}
	fclose(lf);
	size_t parsed = 0;
	for (long r = 0; r < repeat; r++)
		for (size_t i = 0; i < count; i++) {
			struct letter *l = NULL;
			char err[256];
			enum mb_status st = reader_parse(data[i], lens[i], &l, err, sizeof(err));
			parsed += st == MB_OK;
			letter_free(&l);
		}
	printf("%zu letters, %zu bytes, %zu parsed\n", count, bytes, parsed);
	for (size_t i = 0; i < count; i++)
		free(data[i]);
	free(data);
	free(lens);
	return 0;
}
