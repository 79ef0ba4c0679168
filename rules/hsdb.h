/*
 * hsdb.h - every unit of a rule set (a pattern matched on its own: a whole
 * pattern, or one alternative of a split one) guarded by literals in one
 * Hyperscan database, so that one scan of a normalised text says which
 * units may match it. PCRE2 then runs only those (classify.c): it confirms
 * the match, finds the words and keeps the match limits, so a rule fires
 * exactly as it would without the database.
 *
 * Sound by construction: a unit's guard is a set of literals one of which
 * every match of the unit holds (read from a relaxation of the unit that
 * matches a superset of its texts); a unit is marked when one of its
 * literals occurs. A unit whose guard is unknown is "always": it runs on
 * every text. A scan that fails marks every unit. The units themselves are
 * not compiled by Hyperscan: the shipped rules' bounded repeats and
 * lexicon alternations took it many minutes; their literals take well
 * under a second.
 *
 * The scan also says where a unit may start matching (hsdb_unit_starts):
 * a unit is read as parts (its top-level alternatives, and theirs inside a
 * part that is wholly a group), each with prefixes (the literals every
 * match of it starts with), a span (the most bytes a match covers) and a
 * guard; the scan keeps where those literals occur, and PCRE2 is tried
 * only at a prefix whose part's guard follows within the span, or in the
 * span before a guard's occurrence, leftmost first: the first match found
 * is the one one search finds, with the same words.
 *
 * Hyperscan is x86-64 only: without it (built with HYPERSCAN=no, or no
 * libhs) hsdb_new returns NULL and the literal prefilters (prefilter.h)
 * decide what runs. Pure: memory in, memory out.
 */
#ifndef MB_HSDB_H
#define MB_HSDB_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct hsdb;
struct hsdb_scratch;

/* One unit to compile: its source (len bytes of UTF-8, PCRE2 syntax) and
 * whether it is read with the x flag. */
struct hsdb_unit {
	const char *src;
	size_t len;
	bool extended;
};

/* How the units went in. */
struct hsdb_stats {
	size_t exact;		/* guarded by literals */
	size_t prefilter;	/* (none: kept for callers) */
	size_t always;		/* no guard: run on every text */
};

/* A unit's relaxation (malloc'd, NUL-terminated): a pattern that matches
 * wherever the unit does, in syntax Hyperscan compiles quickly (counted
 * repeats as * or +, classes with escapes and \w, \d, ... as dots, no
 * assertions; see hsdb.c). Without Hyperscan: the source as it is. */
char *hsdb_relax(const char *src, size_t len, bool extended);

/* Whether this build has Hyperscan (and the CPU runs it). */
bool hsdb_available(void);

/* Compiles count units into a database (release with hsdb_free); NULL when
 * Hyperscan is not available or the database cannot be made (the reason in
 * err). *stats says how each unit went in. */
struct hsdb *hsdb_new(const struct hsdb_unit *units, size_t count, struct hsdb_stats *stats,
		      char *err, size_t errlen);
void hsdb_free(struct hsdb **dbp);

/* Words of the bitset hsdb_scan fills (one bit a unit). */
size_t hsdb_words(const struct hsdb *db);

/* Scratch space for scans; one thread at a time uses one. Take one per
 * classification and give it back (the database keeps one for the next
 * taker; thread-safe). */
struct hsdb_scratch *hsdb_scratch_take(const struct hsdb *db);
void hsdb_scratch_give(const struct hsdb *db, struct hsdb_scratch **sp);

/* Fields one scratch keeps the starts of (classify.c's subject, text,
 * sender). */
#define HSDB_FIELDS 3

/* Scans len bytes of normalised (valid UTF-8) text: bits (hsdb_words(db)
 * words) gets the units that may match it, and s keeps, as field (below
 * HSDB_FIELDS), where their prefix literals start (hsdb_unit_starts) until
 * that field is scanned again. hsdb_scan: as field 0. */
void hsdb_scan_field(const struct hsdb *db, struct hsdb_scratch *s, unsigned field,
		     const char *text, size_t len, uint64_t *bits);
void hsdb_scan(const struct hsdb *db, struct hsdb_scratch *s, const char *text, size_t len,
	       uint64_t *bits);

/* Where, in field's last scan, a match of unit may start: intervals
 * [lo[i], hi[i]] (byte offsets), ascending and apart, into lo and hi (room
 * for cap each): every match of the unit starts in one of them (none: it
 * does not match the text). A part of the unit (a top-level alternative)
 * with prefix literals starts where one of them does (an interval of one
 * offset), and where its span is bounded, only when one of its guard's
 * literals starts within the span after; a part without prefixes, within
 * its span before one of its guard's literals. SIZE_MAX when that is not
 * known (a part is neither, the scan failed or recorded too many, or more
 * than cap). */
size_t hsdb_unit_starts(const struct hsdb *db, struct hsdb_scratch *s, unsigned field,
			uint32_t unit, uint32_t *lo, uint32_t *hi, size_t cap);

/* A located unit's parts (those hsdb_unit_starts reads, numbered across the
 * database): [*first, *end). false when the unit is not located (its
 * starts are not known part by part). */
bool hsdb_unit_parts(const struct hsdb *db, uint32_t unit, uint32_t *first, uint32_t *end);
/* Parts in the database (every unit's, located or not, then the tails):
 * tails are numbered from hsdb_tails_first. */
size_t hsdb_parts(const struct hsdb *db);
size_t hsdb_tails_first(const struct hsdb *db);
/* Whether a part's matches start where its prefixes do (points), and its
 * bytes [*start, *end) in its unit's source (a top-level alternative, or
 * one inside a part that is wholly a group, word boundaries around left
 * out: every match of the unit at an offset is one of a part's there). */
bool hsdb_part_prefixed(const struct hsdb *db, uint32_t part);
void hsdb_part_source(const struct hsdb *db, uint32_t part, size_t *start, size_t *end);
/* The unit whose source holds part (a tail's: the first part's it ends). */
uint32_t hsdb_part_unit(const struct hsdb *db, uint32_t part);
/* A located part's tail: a group that ends it after a gap (X.{0,40}(?:Y)),
 * a part of its own (*tail, numbered past every unit's; its source by
 * hsdb_part_source in hsdb_part_unit's) with prefixes: every match of part
 * at p holds a match of the tail starting in [p, p + reach] (below).
 * false when it has none. */
bool hsdb_part_tail(const struct hsdb *db, uint32_t part, uint32_t *tail);
/* That reach in a text whose longest run without spaces is run bytes long
 * (an unbounded repeat of \w, \d, a class without a space covers at most
 * that); SIZE_MAX when not bounded (anywhere after p). */
size_t hsdb_part_tail_reach(const struct hsdb *db, uint32_t part, size_t run);
/* The same reach in characters (the tail starts at most that many
 * characters after p); SIZE_MAX when not bounded. */
size_t hsdb_part_tail_reach_chars(const struct hsdb *db, uint32_t part, size_t run);
/* What a part of a unit (not a tail) needs around its source to match, at
 * an offset, exactly as the unit does through it: a \b before
 * (HSDB_WRAP_LEAD), after (HSDB_WRAP_TRAIL); HSDB_WRAP_INEXACT: it cannot
 * be matched alone as in the unit (a \b left out that belongs to one
 * alternative only). The unit's match at an offset is then the first of
 * its parts, in order, that matches there wrapped so. */
#define HSDB_WRAP_LEAD 1u
#define HSDB_WRAP_TRAIL 2u
#define HSDB_WRAP_INEXACT 4u
unsigned hsdb_part_wrap(const struct hsdb *db, uint32_t part);
/* Where, in field's last scan, tail's prefixes start (ascending, each
 * once), into at (room for cap); SIZE_MAX when not known. */
size_t hsdb_tail_starts(const struct hsdb *db, struct hsdb_scratch *s, unsigned field, uint32_t tail,
			uint32_t *at, size_t cap);
/* Where, in field's last scan, a match of part (one of unit's) may start:
 * as hsdb_unit_starts, for that part alone (points for a prefixed part,
 * windows before its guard's literals for one without prefixes). */
size_t hsdb_part_starts(const struct hsdb *db, struct hsdb_scratch *s, unsigned field, uint32_t unit,
			uint32_t part, uint32_t *lo, uint32_t *hi, size_t cap);

/* Keeps of the k ascending starts (as hsdb_unit_starts or prefilter_starts
 * give them) those a match of unit may begin at: where one of its guard's
 * literals starts within its span (the most bytes a match of it covers,
 * when that is bounded) after. Returns how many are kept (k unchanged when
 * nothing is known, or k is SIZE_MAX). */
size_t hsdb_unit_window(const struct hsdb *db, struct hsdb_scratch *s, unsigned field,
			uint32_t unit, uint32_t *starts, size_t k);

static inline bool
hsdb_may_match(const uint64_t *bits, uint32_t unit)
{
	return (bits[unit >> 6] >> (unit & 63)) & 1;
}

#endif
