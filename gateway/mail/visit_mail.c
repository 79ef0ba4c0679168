/*
 * visit_mail.c - the return-visit question and the reading of its answer
 * (visit_mail.h). The gateway sends the question through the outbox like
 * an answer; a reply is joined to its case by our Message-ID or the case
 * number with its access code (store/visits.c), never by its From.
 */
#include "visit_mail.h"

#include <stdio.h>
#include <string.h>

const char *
visit_result_name(int digit)
{
	switch (digit) {
	case 1: return "satisfied";
	case 2: return "basic";
	case 3: return "unsatisfied";
	default: return NULL;
	}
}

const char *
visit_mail_subject(bool zh)
{
	return zh ? "回访 Return visit " : "Return visit 回访 ";
}

void
visit_mail_text(struct buf *t, bool zh, const char *case_number, const char *status_url)
{
	char zh_text[1024], en_text[1024];
	const char *url = status_url && *status_url ? status_url : NULL;
	snprintf(zh_text, sizeof(zh_text),
		 "您好：\n\n"
		 "您反映的问题（案件编号 %s）已办结。请问您对办理结果是否满意？\n\n"
		 "  1 满意\n  2 基本满意\n  3 不满意\n\n"
		 "请直接回复本邮件，只写一个数字即可%s%s%s。"
		 "选择“不满意”的，我们将交承办单位重新办理。\n",
		 case_number, url ? "；也可在 " : "", url ? url : "",
		 url ? " 输入案件编号和查询码作答" : "");
	snprintf(en_text, sizeof(en_text),
		 "Hello,\n\n"
		 "Your case %s has been closed. Are you satisfied with how it was handled?\n\n"
		 "  1 satisfied\n  2 basically satisfied\n  3 not satisfied\n\n"
		 "Reply to this message with the digit alone%s%s%s. If you are not satisfied, "
		 "the case goes back to the department to be handled again.\n",
		 case_number, url ? ", or answer at " : "", url ? url : "",
		 url ? " with the case number and your access code" : "");
	buf_append_str(t, zh ? zh_text : en_text);
	buf_append_str(t, "\n---\n\n");
	buf_append_str(t, zh ? en_text : zh_text);
}

/* The answer at the start of s (n bytes), its length in *used, or 0. */
static int
answer_digit(const char *s, size_t n, size_t *used)
{
	static const struct {
		const char *word;
		int digit;
	} words[] = {
		/* longest first: 基本满意 and 不满意 end with 满意 */
		{"基本满意", 2}, {"不满意", 3}, {"满意", 1},
		{"１", 1}, {"２", 2}, {"３", 3},
	};
	if (n > 0 && s[0] >= '1' && s[0] <= '3' && (n == 1 || s[1] < '0' || s[1] > '9')) {
		*used = 1;
		return s[0] - '0';
	}
	for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++) {
		size_t wl = strlen(words[i].word);
		if (n >= wl && memcmp(s, words[i].word, wl) == 0) {
			*used = wl;
			return words[i].digit;
		}
	}
	return 0;
}

/* Whether the line [s, s+n) ends the writer's own text: a quote, the
 * signature separator, our own text quoted without '>' (the line of the
 * separator), or a client's "On ... wrote:" attribution. */
static bool
quote_starts(const char *s, size_t n)
{
	if (n > 0 && s[0] == '>')
		return true;
	if ((n == 3 && memcmp(s, "-- ", 3) == 0) || (n == 3 && memcmp(s, "---", 3) == 0)
	    || (n == 2 && memcmp(s, "--", 2) == 0))
		return true;
	if (n >= 6 && memcmp(s + n - 6, "wrote:", 6) == 0)
		return true;
	if (n >= 3 && memcmp(s + n - 3, "：", 3) == 0 && strstr(s, "写道") != NULL
	    && (size_t)(strstr(s, "写道") - s) < n)
		return true;
	return false;
}

static bool
blank(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\r';
}

bool
visit_mail_answer(const char *text, size_t len, const char **result_r, char *note,
		  size_t notelen)
{
	*result_r = NULL;
	if (notelen)
		note[0] = '\0';
	if (text == NULL)
		return false;
	int digit = 0;
	size_t own = 0, nl = 0;
	for (size_t i = 0; i < len;) {
		const char *e = memchr(text + i, '\n', len - i);
		size_t end = e ? (size_t)(e - text) : len;
		size_t a = i, b = end;
		while (a < b && blank((unsigned char)text[a]))
			a++;
		while (b > a && blank((unsigned char)text[b - 1]))
			b--;
		i = end + 1;
		if (a == b)
			continue;
		if (quote_starts(text + a, b - a))
			break;
		own += b - a;
		if (own > VISIT_NOTE_MAX)
			return false;
		if (digit == 0) {
			size_t used = 0;
			if ((digit = answer_digit(text + a, b - a, &used)) == 0)
				return false;
			a += used;
			/* "3." "3：" "3 不满意": what follows on the line is the note */
			while (a < b && (blank((unsigned char)text[a]) || text[a] == '.'
					 || text[a] == ':' || text[a] == ','))
				a++;
			if (a == b)
				continue;
		}
		if (nl + (b - a) + 2 < notelen) {
			if (nl)
				note[nl++] = '\n';
			memcpy(note + nl, text + a, b - a);
			nl += b - a;
			note[nl] = '\0';
		}
	}
	*result_r = visit_result_name(digit);
	return *result_r != NULL;
}
