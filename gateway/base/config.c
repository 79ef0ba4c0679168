/*
 * config.c - the INI configuration file (see config.h).
 */
#include "config.h"

#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "config_keys.h"
#include "limits.h"
#include "readfile.h"
#include "xalloc.h"

char *
config_trim(char *s)
{
	while (*s == ' ' || *s == '\t')
		s++;
	size_t n = strlen(s);
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r'))
		s[--n] = '\0';
	return s;
}

enum mb_status
config_load(const char *path, struct config *cfg, char *err, size_t errlen)
{
	char *data;
	size_t len;
	char section[256] = "";
	unsigned lineno = 0;

	memset(cfg, 0, sizeof(*cfg));
	enum mb_status st = readfile(path, CONFIG_FILE_MAX, &data, &len, err, errlen);
	if (st != MB_OK)
		return st;
	cfg->path = xstrdup(path);
	char *p = data;
	while (p && *p) {
		char *nl = strchr(p, '\n');
		if (nl)
			*nl = '\0';
		lineno++;
		/* a comment starts a line, or follows white space */
		for (char *c = p; *c; c++)
			if ((*c == ';' || *c == '#') && (c == p || c[-1] == ' ' || c[-1] == '\t')) {
				*c = '\0';
				break;
			}
		char *line = config_trim(p);
		p = nl ? nl + 1 : NULL;
		if (*line == '\0')
			continue;
		if (*line == '[') {
			char *close = strchr(line, ']');
			if (close == NULL || config_trim(close + 1)[0] != '\0') {
				snprintf(err, errlen, "%s:%u: a section header is \"[name]\"", path, lineno);
				goto fail;
			}
			*close = '\0';
			char *name = config_trim(line + 1);
			/* collapse inner white space: "[imap   mayor]" is "imap mayor" */
			size_t k = 0;
			for (size_t i = 0; name[i] && k + 1 < sizeof(section); i++) {
				if ((name[i] == ' ' || name[i] == '\t')) {
					if (k > 0 && section[k - 1] != ' ')
						section[k++] = ' ';
					continue;
				}
				section[k++] = name[i];
			}
			section[k] = '\0';
			if (k == 0) {
				snprintf(err, errlen, "%s:%u: empty section name", path, lineno);
				goto fail;
			}
			char why[512];
			if (!config_keys_section_ok(section, why, sizeof(why))) {
				snprintf(err, errlen, "%s:%u: %s", path, lineno, why);
				goto fail;
			}
			continue;
		}
		char *eq = strchr(line, '=');
		if (eq == NULL) {
			snprintf(err, errlen, "%s:%u: expected \"key = value\"", path, lineno);
			goto fail;
		}
		*eq = '\0';
		char *key = config_trim(line), *value = config_trim(eq + 1);
		if (*key == '\0') {
			snprintf(err, errlen, "%s:%u: a key is missing before '='", path, lineno);
			goto fail;
		}
		if (section[0] == '\0') {
			snprintf(err, errlen, "%s:%u: \"%s\" is outside any [section]", path, lineno,
				 key);
			goto fail;
		}
		const struct config_key *row = config_keys_find(section, key);
		char why[512];
		if (row == NULL) {
			snprintf(err, errlen, "%s:%u: [%s] %s: unknown key (mayorbox.conf(5) lists "
				 "every key)", path, lineno, section, key);
			goto fail;
		}
		if (!config_keys_value_ok(row, value, why, sizeof(why))) {
			snprintf(err, errlen, "%s:%u: [%s] %s: %s", path, lineno, section, key, why);
			goto fail;
		}
		cfg->v = xreallocarray(cfg->v, cfg->count + 1, sizeof(*cfg->v));
		struct config_entry *e = &cfg->v[cfg->count++];
		e->section = xstrdup(section);
		e->key = xstrdup(key);
		e->value = xstrdup(value);
		e->line = lineno;
	}
	free(data);
	return MB_OK;
fail:
	free(data);
	config_deinit(cfg);
	return MB_CONFIG;
}

void
config_deinit(struct config *cfg)
{
	for (size_t i = 0; i < cfg->count; i++) {
		free(cfg->v[i].section);
		free(cfg->v[i].key);
		free(cfg->v[i].value);
	}
	free(cfg->v);
	free(cfg->path);
	memset(cfg, 0, sizeof(*cfg));
}

const char *
config_get(const struct config *cfg, const char *section, const char *key)
{
	const char *found = NULL;
	for (size_t i = 0; cfg && i < cfg->count; i++)
		if (strcmp(cfg->v[i].section, section) == 0 && strcmp(cfg->v[i].key, key) == 0)
			found = cfg->v[i].value;	/* the last one wins */
	return found;
}

bool
config_parse_long(const char *v, long lo, long hi, long *r)
{
	char *end;
	errno = 0;
	long n = strtol(v, &end, 10);
	if (errno || end == v || *end != '\0' || n < lo || n > hi)
		return false;
	*r = n;
	return true;
}

bool
config_parse_limit(const char *v, long *amount_r, bool *hours_r)
{
	char num[16];
	size_t n = strlen(v);
	if (n < 2 || n >= sizeof(num) || (v[n - 1] != 'h' && v[n - 1] != 'd') || v[0] < '0'
	    || v[0] > '9')
		return false;
	memcpy(num, v, n - 1);
	num[n - 1] = '\0';
	bool hours = v[n - 1] == 'h';
	if (!config_parse_long(num, 1, hours ? CONFIG_LIMIT_HOURS_MAX : CONFIG_LIMIT_DAYS_MAX,
			       amount_r))
		return false;
	*hours_r = hours;
	return true;
}

bool
config_host_is_loopback(const char *host)
{
	struct in_addr a4;
	struct in6_addr a6;
	char tmp[64];
	if (strcmp(host, "localhost") == 0)
		return true;
	if (inet_pton(AF_INET, host, &a4) == 1)
		return (ntohl(a4.s_addr) >> 24) == 127;
	size_t n = strlen(host);
	if (n > 2 && n < sizeof(tmp) && host[0] == '[' && host[n - 1] == ']') {
		memcpy(tmp, host + 1, n - 2);
		tmp[n - 2] = '\0';
		host = tmp;
	}
	if (inet_pton(AF_INET6, host, &a6) == 1)
		return IN6_IS_ADDR_LOOPBACK(&a6);
	return false;
}
