/*
 * directory.c - the directory of departments edited in the console by
 * supervisors (issue 15), on /departments: a form to add a department
 * (name, Chinese name, contact address) and one to change one (Chinese
 * name, contact, active, a member login added or removed), each POSTed
 * with the session's CSRF token to /departments/add and /departments/set
 * and done by the same service calls as `mayorbox departments add|set`.
 * The forms are shown to supervisors only; the database decides who may
 * (a clerk's POST is refused by its missing privilege: 403).
 */
#include "web_p.h"

#include <stdio.h>
#include <string.h>

#include "../service/cases.h"
#include "web.h"

enum dword {
	D_ADD,
	D_SET,
	D_NAME,
	D_NAME_ZH,
	D_CONTACT,
	D_ACTIVE,
	D_UNCHANGED,
	D_YES,
	D_NO,
	D_ADD_MEMBER,
	D_REMOVE_MEMBER,
	D_SAVE,
	D_DENIED,
	D_COUNT
};

static const char *const dwords[D_COUNT][2] = {
	[D_ADD] = {"新增承办单位", "Add a department"},
	[D_SET] = {"修改承办单位", "Change a department"},
	[D_NAME] = {"名称（英文，与案件一致）", "Name (as cases spell it)"},
	[D_NAME_ZH] = {"中文名称", "Chinese name"},
	[D_CONTACT] = {"联系邮箱", "Contact address"},
	[D_ACTIVE] = {"启用", "Active"},
	[D_UNCHANGED] = {"不变", "unchanged"},
	[D_YES] = {"是", "yes"},
	[D_NO] = {"否", "no"},
	[D_ADD_MEMBER] = {"添加成员登录名", "Add a member login"},
	[D_REMOVE_MEMBER] = {"移除成员登录名", "Remove a member login"},
	[D_SAVE] = {"保存", "Save"},
	[D_DENIED] = {"只有督办人员可以修改承办单位名录。",
		      "Only a supervisor may change the directory of departments."},
};

#define D(r, w) dwords[w][(r)->en ? 1 : 0]

void
web_directory_forms(struct req *r, struct html *h, const json_t *dir)
{
	if (r->s == NULL || !r->s->supervisor)
		return;
	const char *csrf = r->s->csrf;
	html_put(h, "<section id=\"directory-edit\"><h3>{}</h3>"
		    "<form method=\"post\" action=\"/departments/add\" class=\"directory-add\">"
		    "<input type=\"hidden\" name=\"csrf\" value=\"{}\">"
		    "<label>{} <input name=\"name\" required maxlength=\"200\"></label> "
		    "<label>{} <input name=\"zh\" maxlength=\"200\"></label> "
		    "<label>{} <input name=\"contact\" type=\"email\" maxlength=\"254\"></label> "
		    "<button type=\"submit\">{}</button></form>",
		 D(r, D_ADD), csrf, D(r, D_NAME), D(r, D_NAME_ZH), D(r, D_CONTACT), D(r, D_SAVE));
	if (json_array_size(dir) > 0) {
		html_put(h, "<h3>{}</h3><form method=\"post\" action=\"/departments/set\" "
			    "class=\"directory-set\"><input type=\"hidden\" name=\"csrf\" value=\"{}\">"
			    "<label>{} <select name=\"name\">", D(r, D_SET), csrf, D(r, D_NAME));
		size_t i;
		const json_t *d;
		json_array_foreach(dir, i, d) {
			const char *name = json_string_value(json_object_get(d, "name"));
			html_put(h, "<option value=\"{}\">{}</option>", name, name);
		}
		html_put(h, "</select></label> "
			    "<label>{} <input name=\"zh\" maxlength=\"200\"></label> "
			    "<label>{} <input name=\"contact\" type=\"email\" maxlength=\"254\"></label> "
			    "<label>{} <select name=\"active\"><option value=\"\">{}</option>"
			    "<option value=\"yes\">{}</option><option value=\"no\">{}</option></select>"
			    "</label> "
			    "<label>{} <input name=\"add_member\" maxlength=\"63\"></label> "
			    "<label>{} <input name=\"remove_member\" maxlength=\"63\"></label> "
			    "<button type=\"submit\">{}</button></form>",
			 D(r, D_NAME_ZH), D(r, D_CONTACT), D(r, D_ACTIVE), D(r, D_UNCHANGED),
			 D(r, D_YES), D(r, D_NO), D(r, D_ADD_MEMBER), D(r, D_REMOVE_MEMBER),
			 D(r, D_SAVE));
	}
	html_put(h, "</section>");
}

static const char *
field(const struct req *r, const char *name)
{
	return web_form_given(&r->form, name);
}

enum MHD_Result
web_directory_post(struct req *r, const char *url)
{
	char err[1024] = "";
	enum mb_status st = MB_USAGE;
	bool add = strcmp(url, "/departments/add") == 0;
	if (!add && strcmp(url, "/departments/set") != 0)
		return web_answer_message(r, MHD_HTTP_NOT_FOUND, web_word(r, W_NOT_FOUND));
	struct cases *c = web_service_open(r, err, sizeof(err));
	if (c == NULL) {
		st = MB_CONNECTION;
	} else if (add) {
		const char *name = field(r, "name");
		if (name == NULL)
			snprintf(err, sizeof(err), "name: a department needs a name");
		else
			st = cases_directory_add(c, name, field(r, "zh"), field(r, "contact"), err,
						 sizeof(err));
	} else {
		const char *active = field(r, "active");
		struct cases_directory_change ch = {
			.name = field(r, "name"), .zh = field(r, "zh"), .contact = field(r, "contact"),
			.active = active == NULL ? -1 : strcmp(active, "yes") == 0 ? 1
				: strcmp(active, "no") == 0 ? 0 : -2,
			.add_member = field(r, "add_member"), .remove_member = field(r, "remove_member"),
		};
		if (ch.name == NULL)
			snprintf(err, sizeof(err), "name: which department");
		else if (ch.active == -2)
			snprintf(err, sizeof(err), "active: yes or no");
		else
			st = cases_directory_set(c, &ch, err, sizeof(err));
	}
	if (c)
		web_service_close(r, &c);
	if (st == MB_OK)
		return web_redirect(r, "/departments#directory");
	char msg[1400];
	snprintf(msg, sizeof(msg), "%s%s", st == MB_DENIED ? D(r, D_DENIED)
		 : st == MB_CONNECTION ? web_word(r, W_DB_AWAY) : web_word(r, W_BAD_FILTER),
		 st == MB_DENIED || st == MB_CONNECTION ? "" : err);
	return web_answer_message(r, st == MB_DENIED ? MHD_HTTP_FORBIDDEN
				  : st == MB_CONNECTION ? MHD_HTTP_SERVICE_UNAVAILABLE
				  : MHD_HTTP_BAD_REQUEST, msg);
}
