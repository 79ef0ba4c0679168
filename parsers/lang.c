/*
 * lang.c - script counting for the letter's language (see lang.h).
 */
#include "lang.h"

#include <stdbool.h>
#include <string.h>

/* Only the start of a long letter is looked at. */
#define LANG_SCAN_MAX (64u * 1024)

static bool
is_english_word(const char *w, size_t n)
{
	static const char *const words[] = {
		"the", "and", "to", "of", "is", "in", "that", "for", "it", "you",
		"my", "we", "are", "this", "have", "on", "not", "with", "be", "i",
		"our", "please", "there", "was", "your", "would", "no", "at", "as",
		"from", "they", "me", "a", "an", "or", "can", "been", "has",
	};
	char low[8];
	if (n == 0 || n >= sizeof(low))
		return false;
	for (size_t i = 0; i < n; i++)
		low[i] = (char)(w[i] | 0x20);
	low[n] = '\0';
	for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		if (strcmp(low, words[i]) == 0)
			return true;
	return false;
}

enum letter_language
lang_detect(const char *text, size_t n)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t han = 0, kana = 0, hangul = 0, latin = 0, other = 0, en_words = 0, words = 0;

	if (n > LANG_SCAN_MAX)
		n = LANG_SCAN_MAX;
	for (size_t i = 0; i < n;) {
		unsigned c = s[i];
		size_t len = 1;
		unsigned cp = c;
		if (c >= 0xF0 && i + 3 < n) {
			len = 4;
			cp = ((c & 7u) << 18) | ((s[i + 1] & 0x3Fu) << 12) | ((s[i + 2] & 0x3Fu) << 6)
			     | (s[i + 3] & 0x3Fu);
		} else if (c >= 0xE0 && i + 2 < n) {
			len = 3;
			cp = ((c & 0xFu) << 12) | ((s[i + 1] & 0x3Fu) << 6) | (s[i + 2] & 0x3Fu);
		} else if (c >= 0xC0 && i + 1 < n) {
			len = 2;
			cp = ((c & 0x1Fu) << 6) | (s[i + 1] & 0x3Fu);
		}
		if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
			size_t j = i;
			while (j < n && ((s[j] | 0x20) >= 'a' && (s[j] | 0x20) <= 'z'))
				j++;
			latin += j - i;
			words++;
			if (is_english_word(text + i, j - i))
				en_words++;
			i = j;
			continue;
		}
		if ((cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF)
		    || (cp >= 0x20000 && cp <= 0x3134F) || (cp >= 0xF900 && cp <= 0xFAFF))
			han++;
		else if (cp >= 0x3040 && cp <= 0x30FF)
			kana++;
		else if (cp >= 0xAC00 && cp <= 0xD7AF)
			hangul++;
		else if (cp >= 0x80 && !(cp >= 0x2000 && cp <= 0x206F) && !(cp >= 0x3000 && cp <= 0x303F)
			 && !(cp >= 0xFF00 && cp <= 0xFFEF))
			other++;
		i += len;
	}
	if (kana > 0 && kana * 10 >= han)
		return LETTER_LANG_OTHER;	/* Japanese */
	if (hangul > han)
		return LETTER_LANG_OTHER;
	/* a Han character carries about as much as a short English word */
	if (han > 0 && han * 4 >= latin / 2)
		return LETTER_LANG_ZH;
	if (words > 0 && latin > other * 2 && en_words * 10 >= words)
		return LETTER_LANG_EN;
	/* a few words of plain ASCII ("see photo"): English is the likeliest */
	if (words > 0 && words < 10 && other == 0 && han == 0)
		return LETTER_LANG_EN;
	if (han > 0)
		return LETTER_LANG_ZH;
	return LETTER_LANG_OTHER;
}
