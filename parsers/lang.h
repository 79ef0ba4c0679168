/*
 * lang.h - the language of a letter: Chinese, English or other, from the
 * scripts its text is written in (the office needs no finer distinction).
 */
#ifndef MB_LANG_H
#define MB_LANG_H

#include <stddef.h>

#include "letter.h"

/* Decides from UTF-8 text (n bytes): Han characters make it zh unless kana
 * or hangul show it is Japanese or Korean; mostly Latin letters with common
 * English words make it en; anything else is other. */
enum letter_language lang_detect(const char *text, size_t n);

#endif
