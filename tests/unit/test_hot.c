/*
 * test_hot.c - hot-issue grouping (rules/hot.c): near-duplicates and
 * letters in their own words on one place grouped; the same problem at
 * another place, and another matter, left out; the groups' words and
 * places; the empty input and the limit.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "hot.h"

static struct normalizer *norm;

static int
setup(void **state)
{
	(void)state;
	char err[256];
	return normalize_new(&norm, err, sizeof(err)) == MB_OK ? 0 : -1;
}

static int
teardown(void **state)
{
	(void)state;
	normalize_free(&norm);
	return 0;
}

/* Our own letters: four on the night work at one site (two nearly the
 * same, two in their own words, one of those in Traditional characters),
 * one on night work at another site, one on the same estate's lift, one on
 * something else. */
static const char *const letters[] = {
	"梧桐路工地夜间施工\n市长您好，梧桐路和青石街路口的锦澜府工地每天晚上十一点以后还在打桩，"
	"噪音很大，孩子睡不着，请有关部门管一管夜间施工。",
	"梧桐路工地夜间施工扰民\n市长您好，梧桐路和青石街路口的锦澜府工地每天晚上十一点以后还在打桩，"
	"噪音太大，老人睡不着，请有关部门管一管夜间施工。",
	"锦澜府工地半夜打桩\n我住在梧桐路边上，锦澜府工地凌晨一点还在打桩，混凝土车进进出出，"
	"投诉过好几次夜间施工，一直没人管。",
	"夜間施工\n梧桐路錦瀾府工地夜裡打樁的噪音太吵了，凌晨還在施工，請盡快處理。",
	"地铁站工地夜间施工\n市长您好，红旗大道地铁站工地每天晚上十一点以后还在施工，噪音很大，"
	"孩子睡不着，请有关部门管一管夜间施工。",
	"电梯坏了\n梧桐路北头的老小区三号楼电梯坏了两个星期，老人上下楼很困难，物业一直不修。",
	"How do I renew my residence permit?\nDear mayor, my residence permit expires next month. "
	"Which documents does the exit-entry office need?",
	/* the rest of the period: other letters, in the words every letter uses */
	"社保转移\n市长您好，我的社保一直转不过来，打电话也没人管，请帮忙问一下。",
	"小区停车难\n市长您好，我们小区车位太少，老人出门很困难，物业一直不管，请有关部门处理。",
	"路灯不亮\n市长您好，我家楼下的路灯坏了一个月，晚上老人走路很困难，一直没人修。",
	"噪音扰民\n楼下的烧烤店营业到半夜，油烟和吵闹声让人没法休息，希望管一管。",
	"公交太挤\n市长您好，早上的公交车太挤了，老人上不去，请增加班次。",
	"医保报销\n请问异地就医的医保怎么报销？需要什么材料？一直没弄明白。",
	"学校收费\n孩子的学校要交一笔资料费，请问是否合理？家长们一直有意见。",
	"垃圾清运\n市长您好，我们小区的垃圾好几天没人清运了，气味很大，请尽快处理。",
	"工资拖欠\n我在一家公司上班，老板两个月没发工资了，一直拖着，请帮我们讨个说法。",
	"停水通知\n我们小区突然停水，没有提前通知，老人做饭都很困难，请有关部门管一管。",
	"井盖丢了\n人行道上的井盖丢了好几天，很危险，请尽快处理。",
	"广告牌松动\n商场外墙的广告牌被风吹得摇晃，怕砸到人，请尽快处理。",
	"绿化带被占\n有人在绿化带里种菜，请尽快处理。",
	"宠物扰民\n邻居家的狗天天叫，说了也不听，请尽快处理。",
	"网吧接纳未成年人\n附近的网吧晚上有很多中学生，请有关部门尽快处理。",
	"道路破损\n这条路坑坑洼洼很久了，电动车经常摔倒，请尽快处理。",
};

static size_t
group_of(const struct hot_result *r, size_t doc)
{
	for (size_t g = 0; g < r->n; g++)
		for (size_t m = 0; m < r->groups[g].n; m++)
			if (r->groups[g].members[m] == doc)
				return g;
	return (size_t)-1;
}

static void
test_one_matter(void **state)
{
	(void)state;
	size_t n = sizeof(letters) / sizeof(letters[0]);
	struct hot_doc docs[sizeof(letters) / sizeof(letters[0])];
	for (size_t i = 0; i < n; i++)
		docs[i] = (struct hot_doc){letters[i], strlen(letters[i]), NULL};
	struct hot_params p;
	hot_params_default(&p);
	p.min_size = 2;
	struct hot_result r;
	assert_int_equal(hot_group(norm, docs, n, &p, &r), MB_OK);
	size_t g = group_of(&r, 0);
	assert_true(g != (size_t)-1);
	assert_int_equal(group_of(&r, 1), g);	/* the near-duplicate */
	assert_int_equal(group_of(&r, 2), g);	/* in its own words, the same place */
	assert_int_equal(group_of(&r, 3), g);	/* Traditional characters */
	assert_true(group_of(&r, 4) != g);	/* the same problem at another site */
	assert_true(group_of(&r, 5) != g);	/* the same place, another problem */
	assert_true(group_of(&r, 6) == (size_t)-1);
	for (size_t i = 7; i < n; i++)
		assert_true(group_of(&r, i) != g);
	/* its place and its words */
	bool place = false, word = false;
	for (size_t k = 0; k < r.groups[g].nplaces; k++)
		place |= strstr(r.groups[g].places[k], "梧桐路") != NULL
			 || strstr(r.groups[g].places[k], "锦澜府") != NULL;
	for (size_t k = 0; k < r.groups[g].nterms; k++)
		word |= strstr(r.groups[g].terms[k], "施工") != NULL
			|| strstr(r.groups[g].terms[k], "打桩") != NULL;
	assert_true(place);
	assert_true(word);
	hot_result_deinit(&r);

	/* the default smallest group is three: the four are the largest */
	hot_params_default(&p);
	assert_int_equal(hot_group(norm, docs, n, &p, &r), MB_OK);
	assert_true(r.n >= 1);
	assert_int_equal(r.groups[0].n, 4);
	for (size_t m = 0; m < 4; m++)
		assert_int_equal(r.groups[0].members[m], m);
	hot_result_deinit(&r);
}

static void
test_english(void **state)
{
	(void)state;
	static const char *const en[] = {
		"Bus 218 cut\nThe 218 bus no longer goes to Wenhua Road station since the route was "
		"shortened at the start of November. Students from the university town now walk "
		"twenty minutes to the metro in the dark, and the last bus leaves earlier as well. "
		"Please bring the old route back.",
		"Please restore route 218\nSince November bus 218 stops at the north hub and does not "
		"reach Wenhua Road station any more; the last bus is earlier too. I work late and now "
		"walk from the hub to the metro every night. Bring back the old 218 route.",
		"218 shortened\nRoute 218 was cut back in November: no bus to Wenhua Road station "
		"now, so my mother walks from the north hub to the metro with her stick. The route "
		"should go to the station again.",
		"Bus 35 too crowded\nBus 35 on Harbour Road is always full at eight in the morning.",
	};
	struct hot_doc docs[4];
	for (size_t i = 0; i < 4; i++)
		docs[i] = (struct hot_doc){en[i], strlen(en[i]), "Transport Bureau"};
	struct hot_params p;
	hot_params_default(&p);
	struct hot_result r;
	assert_int_equal(hot_group(norm, docs, 4, &p, &r), MB_OK);
	assert_int_equal(r.n, 1);
	assert_int_equal(r.groups[0].n, 3);
	assert_int_equal(group_of(&r, 3), (size_t)-1);
	hot_result_deinit(&r);
}

static void
test_edges(void **state)
{
	(void)state;
	struct hot_params p;
	hot_params_default(&p);
	struct hot_result r;
	assert_int_equal(hot_group(norm, NULL, 0, &p, &r), MB_OK);
	assert_int_equal(r.n, 0);
	hot_result_deinit(&r);
	struct hot_doc empty[3] = {{"", 0, NULL}, {NULL, 0, NULL}, {"!!!", 3, NULL}};
	assert_int_equal(hot_group(norm, empty, 3, &p, &r), MB_OK);
	assert_int_equal(r.n, 0);
	hot_result_deinit(&r);
	assert_int_equal(hot_group(norm, empty, (size_t)HOT_DOCS_MAX + 1, &p, &r), MB_LIMIT);
	assert_int_equal(r.n, 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_one_matter),
		cmocka_unit_test(test_english),
		cmocka_unit_test(test_edges),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
