#!/usr/bin/env python3
"""w22: letters from older people and the countryside at the city's edge.
Writes letters/ and labels.tsv next to this script. Standard library only,
deterministic (all dates fixed in the table)."""
import datetime
import email.utils
import html
import json
import os
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "letters")
TZ = datetime.timezone(datetime.timedelta(hours=8))
W = "w22"

LETTERS = []


def add(n, slug, fmt, when, name, addr, subject, body, cat, conf, reason,
        dept, prio, lang, hard, phone="", anonymous=False, district=""):
    LETTERS.append(dict(n=n, slug=slug, fmt=fmt, when=when, name=name,
                        addr=addr, subject=subject, body=body.strip("\n"),
                        cat=cat, conf=conf, reason=reason, dept=dept,
                        prio=prio, lang=lang, hard=hard, phone=phone,
                        anonymous=anonymous, district=district))


# ---------------------------------------------------------------- 001-010
add(1, "yanglao-bujiao", "eml", "2026-10-02 08:47", "黄老汉", "hlh1966@village.example",
    "问下养老保险补交的事", """
你好，我是城郊红土坎村的，今年刚满60。以前年青时在外面打工没交过养老保险，村里说现在交城乡居民养老保险，可以补交前面的年份吗？一年要交多少钱，补齐了每个月能领几多？
我不会用手机上那个app，是不是要去镇上社保所办，要带户口本和身份正不？
谢谢领导了，字写的不好见谅。
""", "consultation", "no", "-", "Human Resources and Social Security Bureau", "normal", "zh", "typos")

add(2, "parents-guangzhou-insurance", "eml", "2026-10-30 21:15", "Lin Xiaowen", "xw.lin@example.net",
    "Medical insurance for my parents when they travel to Guangzhou", """
Hello,

I live in Vancouver and I'm writing for my parents, who are farmers in Dongyu village, Shaxi township. They both have the rural residents' medical insurance (the one everyone in the village still calls "xinnonghe" 新农合).

This winter they will stay with my sister in Guangzhou for about four months because of my father's knee. If he needs to see a doctor or be admitted to hospital there, how do they do the 异地就医备案? Can it be done online, or does someone have to go to the township office in person? Does the filing cover outpatient visits too or only 住院?

My parents don't read well and my sister works long hours, so I'd like to know exactly what documents are needed before they leave on 20 November.

Thank you,
Lin Xiaowen
""", "consultation", "no", "-", "Healthcare Security Bureau", "normal", "en", "mixed")

add(3, "zilaishui-tingle", "eml", "2026-10-13 07:05", "覃", "qin.sanzu@mail.example",
    "我们村自来水停了三天了", """
喂，领导你们好，我是柿子坪村三组的。
我们这水从礼拜天就停了，到今天三天了，一滴都莫得，问村里说是镇上水厂那边管子暴了，在休，休到现在也没个信。我们组一大半是老人，年轻的都出去了，现在都是提桶子去半里外的老井挑水，我屋老头子腰不好挑不动。
麻烦你们催一下快点修好，起码派个车送点水来嘛。
电话139 0000 6617 姓覃
""", "demand", "no", "-", "Water Affairs Bureau", "normal", "zh", "typos")

add(4, "zhengdi-kuan", "eml", "2026-10-20 19:32", "", "beipo.laoren@example.org",
    "反映一下我们村征地款的事", """
去年修物流园征了我们村北坡那片地，一共六十多亩。按当时公示的，每亩补偿款加青苗费该有好几万。可是钱到我们手上，每家都少了一截，村里说扣了“集体提留”。提留多少、用到哪里了，从来没贴出来过。

倒是村主任家今年在镇上买了两套房，他小舅子也开上了新车。我们几个老的去问，他说“嫌少你去告嘛，看告得赢不”。

我不多说了，你们查一下那笔账就晓得了。
""", "complaint", "yes", "a", "Discipline Inspection Commission", "normal", "zh", "indirect")

add(5, "yutang-siyu", "eml", "2026-10-07 06:58", "周建国", "zhoujg.fish@example.com",
    "上游排污，我家鱼塘的鱼死了一大片", """
我在沙湾村承包了两口鱼塘，养草鱼和鲢鱼七八年了。10月5号夜里下了场雨，第二天早上一看，鱼全翻白肚浮起来了，死了差不多三千斤。

塘里的水是从上面那条小河引进来的，河上游有个做电镀的小厂，平时就偷偷往沟里排黄水，这回下雨估计是一下子全放了。水到现在还有股刺鼻的味道。

请环保部门来取个水样化验，查查那个厂。损失我也想找他们赔。
联系人：周建国 186-0000-3329
""", "demand", "no", "-", "Ecology and Environment Bureau", "normal", "zh", "-")

add(6, "museum-monday", "eml", "2026-11-06 10:20", "Graham Holt", "g.holt@example.org",
    "Museum opening day", """
Is the Qingshi old village museum open on Mondays? Planning a visit with my wife.
""", "information", "no", "-", "Culture and Tourism Bureau", "normal", "en", "short")

add(7, "baoxiao-sangeyue", "eml", "2026-10-16 14:41", "吴海燕", "wuhaiyan@example.net",
    "住院报销材料交了三个月没下文", """
我母亲7月份在市二院住院，出院后我按要求把发票、费用清单、出院小结都交到镇医保站了，当时说一个月左右到账。
现在都十月中了，钱没到。打医保局的电话要么占线要么没人接，网上查进度一直显示“审核中”，也不说卡在哪一步。
农村老人看次病不容易，几千块钱对我们不是小数。麻烦给个准话，到底还要等多久，缺什么材料直接说，我们补。
""", "complaint", "no", "-", "Healthcare Security Bureau", "normal", "zh", "-")

add(8, "guoyuan-dijie", "eml", "2026-10-24 20:03", "钟", "lingbei.zhong@example.com",
    "果园地界被人挪了，请帮忙重新认定", """
我家在岭背村有三亩多脐橙园，是二轮承包时分的，承包证上四至写得清清楚楚。
今年春上，挨着我家的那户把界桩往我这边挪了差不多两米，还砍了我两棵挂果的树，说那块本来就是他的。找村里调了两次，都是和稀泥。

那户人是村里书记的亲侄子。我们这一排果园浇水都靠他家门口那口塘，他已经放话，说我再闹就不让我抽水。今年这么旱，断了水树就死了，我一个老汉子真是惹不起。

只想请农业部门按承包证把界址重新认定一下，给个公道。
""", "demand", "yes", "c", "Agriculture and Rural Affairs Bureau", "normal", "zh", "-")

add(9, "banche-jiayiban", "eml", "2026-10-09 11:26", "刘桂兰", "liugl.daling@example.org",
    "建议大岭镇到市区的班车早上加一班", """
我们大岭镇到市区只有一趟城乡公交，早上第一班7点40才发，到市里医院都快十点了，挂号早就排到下午。村里老人去市医院复查、拿药的多，基本都赶这个时间。

建议早上6点半左右加开一班，哪怕是小一点的车也行。另外车上能不能留两个老人专座，有时候背菜篓子的挤上来，老人要站一路。
""", "suggestion", "no", "-", "Transport Bureau", "normal", "zh", "-")

add(10, "laowu-fanjian", "json", "2026-10-05 16:12", "何春生", "", "农村老房子翻建要办什么手续", """
我家老屋是八十年代的土坯房，漏雨了，想原地拆了重新盖两层。听说现在宅基地管得严，要审批。想问一下：
1.原地翻建要不要申请，向哪个部门申请？
2.面积有没有限制，能不能比原来大一点？
3.大概多长时间能批下来？
怕盖到一半被人说是违建，先问清楚。
""", "consultation", "no", "-", "Natural Resources and Planning Bureau", "normal", "zh", "-",
    phone="150 0000 7712", district="北岗区")

# ---------------------------------------------------------------- 011-020
add(11, "police-window-rude", "html", "2026-10-18 09:40", "Maria Santos", "maria.santos@example.com",
    "Rude treatment at the township police station", """
Dear Mayor's Office,

I am from the Philippines and have been married to a Chinese citizen for six years. We live in Xiaohe village.

On 14 October I went to the household registration window at the Heping township police station to register my new address, as the law requires. The officer at the window, a middle-aged man with glasses (I think his badge number ended in 17), did not even look at my papers. He said loudly, in front of everyone in the hall: "You women come here to marry old farmers for money, why should I hurry for you?" He told me to come back "when I feel like it" and went back to his phone.

I returned on 16 October and he refused again, without giving any reason.

I only want to complete my registration like everyone else. I would like someone to look into how he treats people.

Maria Santos
+86 137 0000 2281
""", "complaint", "yes", "a", "Public Security Bureau", "normal", "en", "-")

add(12, "ganxie-minzhengban", "eml", "2026-10-11 18:22", "罗德贵", "luodegui@example.net",
    "感谢镇民政办刘芳同志！！！", """
我老母亲今年８８岁，一个人住在老屋，高龄补贴的事情我们一直不晓得怎么弄。
镇民政办的刘芳同志知道后，自己骑电动车跑了两趟到我们村，帮老人拍照、填表，还教我在手机上查到账，前前后后没要我们跑一步路。
现在每月的补贴已经到卡上了！！！
这样的干部要表扬，特此写信感谢！！
　　——　石门村　罗德贵　敬上
""", "information", "no", "-", "Civil Affairs Bureau", "normal", "zh", "fullwidth")

add(13, "houshan-liekou", "eml", "2026-11-03 05:51", "", "dazao5zu@mail.example",
    "救命 后山裂了", """
大坳村五组后山裂了大口子，石头往下滚，山脚两个老人还在屋里，快来人！
""", "demand", "no", "-", "Emergency Management Bureau", "high", "zh", "short")

add(14, "canzhan-laobing", "eml", "2026-10-26 13:08", "莫小军", "moxiaojun@example.org",
    "我父亲是参战老兵，想问补助怎么申请", """
我爸今年69岁，1979年参过战，退伍后一直在村里种地，这些年从来没领过什么补助，他自己脾气倔，也不愿意去问。
最近听村里人说参战退役人员有定期生活补助，我想替他问一下：
需要什么证明材料？他的退伍证当年发大水泡坏了一半，字还看得清，档案在县武装部不知道还有没有。
是到镇上的退役军人服务站办，还是要到市里？
谢谢。
""", "consultation", "no", "-", "Veterans Affairs Bureau", "normal", "zh", "-")

add(15, "weishengyuan-yaodian", "eml", "2026-11-09 10:37", "", "qingba.laotou@village.example",
    "镇卫生院的医生叫我到他亲戚店里买药", """
我今年七十三了，高血压糖尿病，每个月去青坝镇卫生院开药。
今年换了个姓谢的医声，看病不到两分钟，开的药单上好几样卫生院说没得，他就叫我去卫生院对门那家大药房买，一次要三百多，以前在院里开只要几十快。后来听人讲那药房是他老婆娘家开的。
我问能不能开便宜点的，他说“你要命还是要钱”。
我们老年人钱都是儿女给的，经不起这么搞。请上面管一管。
""", "complaint", "yes", "a", "Health Commission", "normal", "zh", "typos")

add(16, "pay-premium-abroad", "eml", "2026-11-14 22:48", "Chen Hao", "haochen.au@example.net",
    "Suggestion: let family abroad pay parents' medical insurance online", """
Dear Sir or Madam,

Every year around this time my parents in Wutang village have to pay the annual resident medical insurance premium. They are both over 75 and neither has a smartphone that works well.

I live in Melbourne and would happily pay for them, but the payment page only accepts Chinese bank cards, or Alipay/WeChat accounts verified with a mainland phone number. Last year my cousin paid and I transferred the money to him, which is awkward for everybody.

I suggest the city add a way to pay for a named family member with an overseas card, or at least issue a payment reference that can be paid by international bank transfer. Many families in the villages around the city have children working abroad, so I don't think we are rare.

Thanks for considering it.
Chen Hao
""", "suggestion", "no", "-", "Healthcare Security Bureau", "normal", "en", "-")

add(17, "dashuang", "eml", "2026-11-21 17:30", "老聂", "nie.ganju@example.com",
    "霜冻", """
这两天夜里会不会打霜？橘子要不要盖膜？
""", "information", "no", "-", "Meteorological Bureau", "normal", "zh", "short")

add(18, "banye-washa", "json", "2026-10-14 23:55", "", "", "河里半夜有人挖沙", """
桃溪大桥下面那段河，最近一个多月每天半夜都有几台挖机在挖沙，拉沙的大车天亮前走，把村道压得稀烂。
河岸已经掏空了好几处，桥墩边上也挖了，涨水的时候很危险。
不知道他们有没有许可，请国土部门晚上来看一下就知道了。
""", "demand", "yes", "b", "Natural Resources and Planning Bureau", "normal", "zh", "-",
    anonymous=True, district="桃溪镇")

add(19, "gongshi-jijiang", "eml", "2026-10-10 15:19", "邓福林", "dengfulin@example.org",
    "征地补偿方案“即将公示”，都即将半年了", """
五月份开会说我们村被征的那块地补偿方案“近期公示”，六月说“正在测算”，八月说“马上就好”，现在都十月了，还是“即将”。
你们这个“即将”可真够长的，我看等我孙子结婚都能等到。

地已经围起来不让种了，补偿标准一个字没见着，村里老人天天来问我，我也答不上来。

我叫邓福林，以前当过村民小组长，名字电话都留在这里，不怕谁知道：135 0000 8842。请自然资源部门给个准确的公示时间。
""", "complaint", "no", "-", "Natural Resources and Planning Bureau", "normal", "zh", "sarcasm")

add(20, "dujulaoren-dibao", "eml", "2026-10-22 09:14", "唐秋菊", "tangqj@mail.example",
    "独居老人申请低保的问题", """
想问两件事。
一是我公公八十一岁，一个人在村里住，几个儿子都在外省打工，各顾各的，老人每月就一百多块养老金。他能不能申请低保？儿子们在外面打工的收入算不算他家的收入？
二是村里说他也可以去镇上敬老院住，那是不是要交钱，一个月大概多少？
""", "consultation", "no", "-", "Civil Affairs Bureau", "normal", "zh", "two-intents")

# ---------------------------------------------------------------- 021-030
add(21, "trail-signs", "multi", "2026-10-19 08:05", "Peter Lindqvist", "p.lindqvist@example.org",
    "Trail signs in the hill villages - a suggestion", """
Good morning,

I am a retired engineer from Sweden and have lived in Meiling village with my wife for three years. Most mornings I walk the old stone paths between Meiling, Shangfang and the tea terraces, and I meet more and more visitors: young people from the city, some foreigners.

The paths are beautiful, but there are no signs at all at the junctions. Twice this autumn I have found lost hikers at dusk, once an elderly couple in a spot with no phone signal.

I would suggest simple wooden signposts with the village names in Chinese, pinyin and English, and the distance in km, at perhaps ten or twelve junctions. I would be glad to walk the routes with whoever is responsible and mark the junctions on a map.

Best regards,
Peter Lindqvist
""", "suggestion", "no", "-", "Culture and Tourism Bureau", "normal", "en", "-")

add(22, "gangjin-gongqian", "eml", "2026-11-17 21:06", "", "baisha.xiaowang@example.com",
    "我们八个人的工钱没结", """
我们是城边上白沙村和隔壁村的，八个人跟一个姓马的包工头在开发区那个厂房工地做了五个月钢筋工，说好年底结，结果上个月工地完了他人就不见了，电话也打不同，一共欠我们十一万多。
我们去找总包公司，人家说钱早就打给马老板了。
求政府帮我们要回血汗前，家里娃要交学费，老人要看病。
名字我就不写了，那个包工头跟我们村好几个人沾亲带故，怕传回村里不好做人。有需要可以打这个电话 158 0000 3390 找小王。
""", "demand", "yes", "b", "Human Resources and Social Security Bureau", "normal", "zh", "typos")

add(23, "zhuanchang-hui", "eml", "2026-10-28 12:44", "下垄村村民", "xialong2026@example.net",
    "砖厂灰太大了，老人咳嗽", """
我们下垄村旁边的红星砖厂，今年重新开工以后天天冒黑烟，晒的衣服一收回来都是灰，菜叶子上一层土。村里好几个老人咳得睡不着觉，我老妈去镇卫生院看，医生说跟空气不好有关系。

我们去厂里说过，老板的人讲：“谁再来闹，你家屋前那条路就别想走了。”那条路是厂里拉砖修的，我们也不敢硬来。

只求环保的人来测一测，该装的除尘设备装上。
""", "demand", "yes", "c", "Ecology and Environment Bureau", "normal", "zh", "-")

add(24, "guahao-saoma", "json", "2026-11-04 11:02", "杨秀英", "", "卫生院挂号只能手机付钱，老人怎么办", """
现在镇中心卫生院挂号缴费全改成扫码了，窗口只剩一个，还说不收现金。我们村来看病的大多是七八十岁的老人，没有智能手机，有的有也不会用。上周我看到一个老太太在窗口前站了快一个钟头，最后还是旁边的人帮她扫的。
这个规定是谁定的，有没有考虑过农村老人？请卫健部门让卫生院保留现金窗口。
""", "complaint", "no", "-", "Health Commission", "normal", "zh", "-",
    phone="0798-0000-3152", district="南溪镇")

add(25, "legal-advice-quietly", "eml", "2026-11-19 23:37", "Lan", "lan.nguyen88@example.com",
    "question about legal help", """
Hello.

I am from Vietnam, married here eight years, we have a daughter aged 7. I live with my husband's family in a village south of the city.

I want to ask how a foreign person can get free legal advice about divorce and custody of a child, and whether a lawyer can talk with me by phone in English or Vietnamese. I don't have my own income.

Please reply only to this e-mail. My husband reads the messages on my phone and his mother answers the house phone, so please do not call the house or send any letter to the village.

Thank you.
""", "consultation", "yes", "b", "Justice Bureau", "normal", "en", "indirect")

add(26, "weifang-gaizao", "eml", "2026-10-31 19:50", "袁志强", "yuanzq@example.org",
    "我父亲住的老土砖房墙裂了，请来鉴定", """
我父亲一个人住在松林村的老屋，土砖房，后墙裂了两指宽的缝，下雨天屋里漏得要拿盆接。去年就报过农村危房改造，村里说要等名额。
这几个月雨多，我在外地上班，真怕哪天墙塌了。请住建部门派人来鉴定一下，能纳入改造就尽快改；实在排不上，也请帮忙给老人找个临时住的地方。
电话 181-0000-7420
""", "demand", "no", "-", "Housing and Urban-Rural Development Bureau", "normal", "zh", "-")

add(27, "rexian-dabutong", "eml", "2026-11-11 16:25", "蒋文斌", "jiangwb@mail.example",
    "12345打了三次都没人接", """
本周一、周三、周四我分别上午、下午打12345热线，每次都是放一段音乐，然后提示“坐席繁忙”，等十几分钟自动断了。
热线本来就是给老百姓反映问题的，打不进去要它干啥？建议多配几个接线员，至少能留言回拨。

顺便说下我本来要反映的事：蒋家冲村村口的垃圾池已经堆满一个礼拜没人拉了。
""", "complaint", "no", "-", "Municipal Government Office", "normal", "zh", "two-intents")

add(28, "gaoyan-xinhao", "eml", "2026-10-22 16:10", "12345热线 话务员08", "agent08@hotline.city.example",
    "【来电转办】高岩村山里几户手机没信号", """
来电时间：2026-10-22 15:40
来电人：男，约七十岁，口音较重，部分内容按原话记录
来电内容：来电人称住在高岩村最里头那几户（“山坳坳里头，七八户人家”），手机“一格都冇得”，要走到村部坡上才打得通。上个月隔壁老人家半夜发病，“电话打不出去，跑咯二里路才喊到车”。来电人要求“把那个铁塔子给我们修一个”，让山里也有信号，至少能打120。
来电人电话：0797-0000-4416（座机，白天在屋）
话务员备注：来电人表示之前向村里反映过，村里说要找电信公司，没有下文。
""", "demand", "no", "-", "Industry and Information Technology Bureau", "normal", "zh", "typos")

add(29, "thanks-road", "html", "2026-11-25 20:12", "Amy Wu", "amy.wu@example.com",
    "Thank you", """
Thank you to the mayor's office for getting the road to Lijia village fixed. Mum walks to market again.
""", "information", "no", "-", "none", "normal", "en", "short")

add(30, "lengku-jianyi", "html", "2026-11-08 14:33", "石塘果农 欧阳", "ouyang.ganju@example.net",
    "建议在镇上建个冷库，柑橘年年烂在地里", """
我是石塘镇种柑橘的，全镇差不多有一万多亩。每年十一月一起熟，收购商一压价就是几毛钱一斤，不卖就只能烂在地里，因为我们这没地方存。

建议政府牵头在镇上建一个冷库或者预冷站，果农交点钱租用，错开时间卖；再搞个电商服务点，教村里的年轻人上网卖。隔壁县去年搞了，价格稳了不少。
""", "suggestion", "no", "-", "Agriculture and Rural Affairs Bureau", "normal", "zh", "-")

# ---------------------------------------------------------------- 031-040
add(31, "beng-zhan-huaile", "eml", "2026-10-04 18:46", "圩堤村 胡", "hu.weidi@example.com",
    "急！排涝泵站不转，水快进屋了", """
圩堤村这边从昨天下午雨就没停，田里的水已经漫到村道上了。村东头那个排涝泵站的电机坏了一个多月都没修，现在只有一台小泵在抽，根本抽不赢。再涨半尺就要进屋了，好几户都是老人在家。
请水务局马上派人、派抽水机来！

另外想问下，今年晚稻全淹了，有没有补助，找哪里报？
""", "demand", "no", "-", "Water Affairs Bureau", "high", "zh", "two-intents")

add(32, "drought-support", "json", "2026-10-12 15:27", "Joost van Dijk", "joost.vandijk@example.net",
    "Drought support for small farmers - who do we ask?", """
Good afternoon. My wife's family grows rice and sweet potatoes in Huangtian village, and since I retired from my job in Shanghai I help them on the farm. This summer and autumn the reservoir above the village was almost dry and we lost most of the late rice.

Neighbours say there is some kind of drought relief or crop loss subsidy, but nobody is sure if it exists, who should apply (the land contract is in my father-in-law's name), or whether there is a deadline.

Could you tell us what support is available for drought losses this year, what proof is needed (photos? a form from the village?), and which office handles it? Thank you, Joost
""", "consultation", "no", "-", "Agriculture and Rural Affairs Bureau", "normal", "en", "-",
    phone="+86 135 0000 8861", district="Huangtian Township")

add(33, "hukou-jiaji", "eml", "2026-11-02 10:55", "", "lanxi.dagong@example.org",
    "迁户口回村，窗口说要“等”", """
我在外面打工十几年，户口挂在打工的城市，今年回来照顾老人，想把户口迁回老家兰溪村。材料在镇派出所户籍窗口交了两次，第一次说缺证明，第二次说系统慢，叫等。

排队时旁边一个人悄悄跟我说，那个短头发的女户籍员，你往材料袋里夹两百块说是“辛苦费”，第二天就能办好。我没夹，到今天还在“等”。我们村另外几个夹了的，一个礼拜都办完了。

不知道这个“加急”是哪一条规定？
""", "complaint", "yes", "a", "Public Security Bureau", "normal", "zh", "indirect")

add(34, "baozhangyuan-zhang", "eml", "2026-11-15 23:10", "", "zhuyuan.kuaiji@example.net",
    "有些账我实在不敢再做了", """
领导您好。

我在竹园村做报账员（会计）六年了。有些事压在心里很久，想想还是写出来。

今年以来，村支书周某几次让我把一些开支做进“村道维修”“防汛物资”里，实际上是他请镇上的人吃饭、过节买烟酒的钱。单据都是镇上同一家饭店开的，一万、八千不等，前后加起来有六万多。我跟他说这样不合规，他在微信上回我：

“你只管做账，出了事我担着。不想干有的是人干。”

七月份上面来检查，他又叫我把防汛物资的采购单补一套，说是“走个形式”。我没办法，补了。现在我晚上睡不着觉。

这些单据的复印件我都留着。我家里还有两个孩子在读书，这份工作我还要，请组织上调查的时候不要从我这里开口子。
""", "complaint", "yes", "a", "Discipline Inspection Commission", "normal", "zh", "quoted")

add(35, "washed-out-road", "multi", "2026-10-15 08:30", "Robert Ashby", "r.ashby@example.org",
    "Washed-out road between Fenghuang and Xitang villages", """
Dear Sir or Madam,

After the heavy rain in the first week of October, about thirty metres of the concrete road between Fenghuang village and Xitang village slid into the stream. One lane is gone and the edge of the other is undercut; there is only a line of loose bricks as a warning.

The school minibus and the rural bus still use it every day, and so do elderly people on electric tricycles, at night, without lights.

I am a retired British teacher living in Xitang. I reported it to the village committee on 9 October; they said the township has no budget. Could the transport department send someone to assess and repair it, or at the very least put up proper barriers and a warning light before someone goes over the edge? I can send photos.

Robert Ashby
138 0000 5107
""", "demand", "no", "-", "Transport Bureau", "high", "en", "-")

add(36, "nainai-yanglaojin", "eml", "2026-11-06 12:18", "孙悦", "sunyue.yy@example.com",
    "我奶奶的养老金卡被lock了", """
Hi，我替我奶奶写的。

她住在城郊杨柳村，每月领城乡居民养老金，一直打到她那张社保卡上。上个月去镇上 ATM 取钱，说卡被 lock 了，银行说是社保那边要做“资格认证”，没认证就暂停发放。
可是她八十五了，腿脚不方便，手机上的人脸 recognition 试了好几次都 fail。

能不能安排工作人员上门帮她认证？这两个月停掉的养老金也希望能补发。谢谢！
联系我：孙悦 176 0000 2043
""", "demand", "no", "-", "Human Resources and Social Security Bureau", "normal", "zh", "mixed")

add(37, "zufen-qianyi", "eml", "2026-10-27 09:02", "陳永康", "yk.chen@example.net",
    "請問祖墳遷移及補償事宜", """
市長信箱您好：

本人係臺灣居民，祖籍貴市東嶺鎮下陳村，先父遺骨於民國八十年代歸葬祖墳。近日堂弟來電告知，該片山地已列入工業園區徵收範圍，須於年底前遷墳。敬請教：

一、遷墳補償標準如何？台胞是否同樣適用？
二、可否委託堂弟代為辦理？需何種公證文件？
三、當地是否有公墓可供安置？

本人年逾七十，往返不便，懇請撥冗賜覆。

陳永康　敬上
電話：＋８８６　９１２　０００　０３３８
""", "consultation", "no", "-", "Natural Resources and Planning Bureau", "normal", "zh", "fullwidth")

add(38, "falv-yuanzhu", "json", "2026-11-13 08:41", "老蔡", "", "法律援助在哪", """
请问镇上有法律援助的地方吗？地址电话
""", "information", "no", "-", "Justice Bureau", "normal", "zh", "short",
    phone="", district="七里镇")

add(39, "laonian-shitang", "eml", "2026-10-25 10:16", "杜明远", "dumy.qiaotou@example.org",
    "建议村里办个老年食堂", """
我们桥头村六十岁以上的老人有两百多，一半是子女不在身边的。好多老人一顿饭热三顿吃，冬天更是凑合。听说城里社区有老年助餐点，一顿饭几块钱。

建议在村里也试点，可以用村部闲着的那两间房，请村里的妇女来做饭，政府补贴一点，老人出一点。我退休前是村小的老师，愿意帮着张罗。
""", "suggestion", "no", "-", "Civil Affairs Bureau", "normal", "zh", "-")

add(40, "yanglaoyuan-huagong", "eml", "2026-11-10 21:29", "王丽", "wangli.fsk@example.net",
    "民营养老院护工推搡我父亲", """
我父亲住在城郊的福寿康养老院（私人办的），上周六我去看他，发现他胳膊上有几块青紫。问了同屋的老人，说是一个姓黄的护工嫌他夜里起来上厕所麻烦，把他推回床上，还骂他“老不死的”。

我找院长，院长只说会“批评教育”，那个护工现在还在上班。

请民政部门去查一查这家养老院的管理，该换的护工换掉，我也要求院方给个说法。
王丽 189 0000 6655
""", "demand", "no", "-", "Civil Affairs Bureau", "normal", "zh", "-")

# ---------------------------------------------------------------- 041-050
add(41, "route-618", "eml", "2026-11-05 18:02", "Dave Mercer", "dave.mercer@example.com",
    "Route 618 - cancelled, apparently by telepathy", """
I must congratulate the Transport Bureau on its communication skills.

Rural bus 618, the only bus between Laowu village and the city, simply stopped running on 1 November. No notice at the stops, nothing on the website, nothing said on the bus the day before. Presumably we were all expected to sense it.

I am 71, a retired expatriate living in Laowu with my wife, and we waited an hour in the cold before a neighbour told us. The old ladies who go to the city market twice a week now pay 60 yuan for a private car.

If there was a reason for cancelling the route, tell people. And please bring it back, even if only a few days a week.

Dave Mercer
""", "complaint", "no", "-", "Transport Bureau", "normal", "en", "sarcasm")

add(42, "liuzhuan-daoqi", "eml", "2026-11-18 15:47", "甘有福", "ganyoufu@mail.example",
    "土地流转合同快到期了，想问问", """
我家有四亩水田，2021年流转给镇上的种粮大户，合同签了五年，明年三月到期。想问两个事：
一是到期后我想收回来自己种，对方说他投钱修了水渠，要我补偿他，这个合理吗？
二是这几年的耕地地力保护补贴一直是他在领，按规定这个补贴该给承包户还是给种地的人？
""", "consultation", "no", "-", "Agriculture and Rural Affairs Bureau", "normal", "zh", "two-intents")

add(43, "hezuoshe-zujin", "eml", "2026-11-26 20:20", "松坡村几户村民", "songpo.cunmin@example.com",
    "绿源合作社欠我们两年土地租金", """
我们松坡村四十多户的地，2023年统一流转给了一家叫“绿源”的农业合作社种蔬菜，说好每年十二月底付租金，每亩八百。可是前年的只付了一半，去年的一分没给，算下来欠了三十几万。老板说资金紧张，可他今年又在隔壁乡包了几百亩。

这个合作社当初是招商引进来的，我们想请招商部门出面协调一下。

村里有人去他办公室问过，他手下说“谁再来闹，合同到期就不给他续，地荒着去吧”，所以现在大家都不太敢出头。
""", "demand", "yes", "c", "Commerce and Investment Promotion Bureau", "normal", "zh", "-")

add(44, "senior-card-rural", "eml", "2026-10-08 09:58", "Hank Morrison", "hank.m@example.org",
    "Senior bus card on rural routes?", """
Hi, I'm 68, an American retiree with a residence permit, living in Baiyun village. I have the city's senior bus card. Does it work on the rural buses (the green ones that go out to the villages), or only inside the city? And is it free or only discounted on those lines?

Thanks,
Hank
""", "information", "no", "-", "Transport Bureau", "normal", "en", "-")

add(45, "cunkou-ludeng", "json", "2026-11-22 19:15", "", "", "村口装路灯", """
建议在龙塘村口到桥头装几盏路灯，晚上老人看不见路。
""", "suggestion", "no", "-", "Urban Management Bureau", "normal", "zh", "short",
    phone="177 0000 3608", district="龙塘")

add(46, "living-alone-alarm", "html", "2026-10-21 07:44", "Jessica Liang", "jess.liang@example.com",
    "A suggestion for elderly people living alone in the villages", """
Hello,

I work in London. My father, 79, has lived alone in Shuikou village since my mother died. Last winter he fell in the yard and lay there for hours until a neighbour happened to come by.

I know I am not the only one: in his village more than half of the old people have children far away.

I'd like to suggest that the city offer something like a simple emergency button, or a daily check-in call, for elderly people living alone in rural areas, perhaps run through the township civil affairs office or volunteers. Families abroad like mine would gladly pay part of the cost. In the UK some councils do this with a pendant alarm linked to a call centre.

Best wishes,
Jessica Liang
""", "suggestion", "no", "-", "Civil Affairs Bureau", "normal", "en", "-")

add(47, "chengguan-weifeng", "eml", "2026-10-29 13:22", "", "qiaotou.er.zi@example.org",
    "城管好威风啊", """
真要好好表扬一下镇上城管中队的那几位。

10月27号上午，我妈（今年七十一）在镇口桥头摆了个小筐卖自己种的青菜，一共不到二十斤。来了三个穿制服的，领头那个胖胖的、脖子上有颗痣，二话不说一脚把菜筐踢到河里，我妈去捡，被他一把推坐在地上，手掌都擦破了。旁边卖衣服的大摊子他们倒是看都没看一眼。

真是好威风，对付一个老太婆这么有本事。请领导管管这些人，我妈到现在都不敢出门。
""", "complaint", "yes", "a", "Urban Management Bureau", "normal", "zh", "sarcasm")

add(48, "zhuwen-pusha", "eml", "2026-11-12 11:11", "韦大勇", "weidayong@example.net",
    "猪被扑杀快一年了，补偿款还没到", """
去年十一月我们村发生猪瘟，我家养的四十二头猪全部被扑杀深埋，当时镇畜牧站登记了，说按规定有扑杀补助。到现在快一年了，一分钱没见着，问镇上说市里还没拨下来。
我那几头母猪是借钱买的，现在利息都还不起。请农业农村局查一下我们这批补偿走到哪一步了，早点发下来。
养殖户 韦大勇 133 0000 9026 清水镇枫木村
""", "demand", "no", "-", "Agriculture and Rural Affairs Bureau", "normal", "zh", "-")

add(49, "woganfapiao", "json", "2026-11-16 13:40", "Tony 邱", "tony.qiu@example.com",
    "卖自家种的沃柑要开发票吗", """
Hi，替我爸问一下。我爸在村里种了二十亩沃柑，今年有个超市 chain 想直接收，一次几万斤，但是他们 finance 说必须开发票才能付款。
我爸是个人，没有营业执照，这种情况能去税务局代开发票吗？农产品自产自销是不是免税的？需要带什么材料？thanks！
""", "consultation", "no", "-", "Taxation Bureau", "normal", "zh", "mixed",
    phone="186 0000 4275", district="西坪镇")

add(50, "shuiqu-zhuanshudi", "eml", "2026-10-28 17:36", "马光明", "maguangming@example.org",
    "回复说“已转属地处理”，水渠还是垮的", """
九月份我在这个信箱反映过我们村灌溉水渠垮塌的事，收到的回复原文是：

> 您好，您反映的问题已收悉，已转交属地镇政府及相关部门处理，感谢您对我市工作的支持。

然后就没有然后了。一个多月过去，没有一个人来看过，渠还是垮在那里，堵得下游二十多户的田放不进水，明年春耕怎么办？
我想知道到底转给谁了，谁在负责。请水务局给个实实在在的处理意见。

马家湾村 马光明
""", "complaint", "no", "-", "Water Affairs Bureau", "normal", "zh", "quoted")

# ---------------------------------------------------------------- 051-060
add(51, "persimmon-weekend", "eml", "2026-11-04 20:05", "Claire Dubois", "claire.dubois@example.net",
    "Rain this weekend?", """
Hello, my husband's family is picking persimmons in the hills near Taoyuan village this weekend (7-8 November) and wants to know whether heavy rain or strong wind is expected. Is there a forecast for the mountain area specifically, or only for the city? Merci!
""", "information", "no", "-", "Meteorological Bureau", "normal", "en", "-")

add(52, "my-documents", "eml", "2026-11-20 02:14", "Anna K.", "anna.k.2026@example.com",
    "My passport", """
Hello.

I am Ukrainian and married to a man from a village near Fenshui town. Since September my husband's mother keeps my passport and residence permit in a locked cupboard and says she will give them back "when I have a son". My residence permit must be renewed before 15 December.

I don't want trouble for anyone, I only need my documents back. Can the police help me get them, and what happens if my permit expires because of this?

If you contact me, this e-mail only, please. The phone is shared with my husband.
""", "demand", "yes", "b", "Public Security Bureau", "normal", "en", "indirect")

add(53, "caishichang-fangpao", "json", "2026-10-17 19:48", "金竹坑三组", "", "采石场放炮，房子震裂了", """
我们是金竹坑村三组的，离村后面的采石场不到五百米。今年８月以来，采石场每天下午放炮，放的时候窗玻璃都在抖，我家堂屋墙上已经裂了３条缝，隔壁几家也差不多。放炮前也没有人来喊一声，有一回石子飞到了晒谷坪上，差点砸到小孩。
我们去找过采石场，他们的人说“再去告就把你家孩子在厂里的活辞了”，好几家的年轻人都在那个厂上班。
请安全部门来查一查放炮有没有按规定。
联系电话：１５９　００００　２７７１
""", "demand", "yes", "c", "Emergency Management Bureau", "normal", "zh", "fullwidth",
    phone="１５９００００２７７１", district="金竹坑")

add(54, "120-huangshifu", "eml", "2026-10-21 22:31", "張紅梅", "hm.cheung@example.net",
    "表揚120急救車司機黃師傅", """
10月19日晚上十點多，家父在水口村老家突發心梗。村裏路窄，又是山路，平時導航都找不到。我們打了120以後，急救車司機黃師傅一路打電話問路，開到村口車進不去，他和護士抬着擔架跑了三百多米到家裏。

送到市人民醫院，醫生說再晚半小時就危險了。現在家父已經出院。

我人在香港，沒能在身邊，特別感謝黃師傅和那天車上的醫護人員，請領導轉達我們一家的謝意。

張紅梅
""", "information", "no", "-", "Health Commission", "normal", "zh", "fullwidth")

add(55, "laonian-zaihun", "json", "2026-11-23 09:26", "曾宪文", "", "老年人再婚登记问一下", """
我今年七十岁，老伴走了五年。现在和邻村一个阿姨搭伙过日子，想去把结婚证领了，图个名正言顺。
想问问老年人再婚登记要带什么，是不是要到区里的婚姻登记处，需不需要子女同意？
这个事我还没跟几个儿女讲，他们怕房子的事不会同意，所以回复的时候请打我手机，不要打家里座机，也不要找到村里去问。
""", "consultation", "yes", "b", "Civil Affairs Bureau", "normal", "zh", "indirect",
    phone="137 0000 1580", district="东坡区")

add(56, "fuwuzhan-taidu", "eml", "2026-10-29 08:15", "覃老兵", "qin.1985@village.example",
    "镇退役军人服务站那个工作人员太过分了", """
我是1985年入伍的老兵，在村里种了一辈子地。

十月中旬去镇退役军人服务站申请优待证，接待我的是一个三十来岁的小伙子，戴眼镜，姓胡。我说材料不太会填，想请他帮一下，他头都没抬，说“自己看墙上，不会就让你家里人来”。第二次去，他说我的照片不合格，叫我回去重拍，可墙上贴的要求我一条条对过，是合格的。后面排队的一个人跟他很熟，说几句话就办了。

我一把年纪，来回跑一趟要坐一个多钟头的车。这样的态度，对得起“服务站”三个字吗？请退役军人事务局管一管。
""", "complaint", "yes", "a", "Veterans Affairs Bureau", "normal", "zh", "-")

add(57, "dibao-vote", "multi", "2026-11-12 22:40", "Kevin Tan", "kevin.tan.sg@example.com",
    "Village cadre threatening my father's subsistence allowance", """
Dear Sir/Madam,

I am a Chinese-born engineer working in Singapore. My father, 74, lives alone in Shangling village and receives dibao (subsistence allowance).

Before the village committee election last month, the deputy village head, Mr. Luo, came to his house, and afterwards sent him this WeChat message, which my father forwarded to me (my translation):

> "Uncle, you know who signs off your dibao every year. Vote the right way on Sunday and nothing will change."

My father was frightened and did as he was told. I believe this is an abuse of power, and it should not happen to old people who depend on that money. I have the screenshot and can send it.

Please investigate. My father does not know I am writing; he is afraid of losing the allowance.

Kevin Tan
""", "complaint", "yes", "a", "Discipline Inspection Commission", "normal", "en", "quoted")

add(58, "jia-zhongzi", "eml", "2026-10-06 16:54", "陆永刚", "luyonggang@example.com",
    "举报卖假玉米种子的农资店", """
我要举报镇上的丰收农资店。

今年秋天我们几户在他家买的“高产杂交玉米种”，包装上写出苗率95%，种下去一半都没出，出了的也长得歪七扭八，结的棒子只有手指头长。拿去问农技站，说这个种子包装上的审定编号根本查不到。

我们五户加起来种了三十多亩，损失好几万。请市场监管局查一下这家店，让他赔我们。店老板现在还说是我们自己不会种。
陆永刚 139-0000-8137
""", "demand", "no", "-", "Market Regulation Administration", "normal", "zh", "-")

add(59, "shui-jiejuele", "json", "2026-11-28 18:03", "坡头村 谭婆婆（孙女代写）", "", "水的事解决了，不用再派人了", """
上个月我打电话反映我们坡头村几户人家吃不上自来水的事，这礼拜水厂的人来把管子接好了，现在水大着呢。跟你们说一声，免得再跑一趟。
""", "information", "no", "-", "none", "normal", "zh", "-",
    phone="0797-0000-6209", district="坡头村")

add(60, "nongjia-shuwu", "eml", "2026-11-30 10:48", "退休教师 蓝", "lan.zaolin@example.org",
    "农家书屋的书该换换了", """
我是退休的乡村教师，住在枣林村。村里的农家书屋开了快十年了，书架上大半是十年前的养殖技术、政策汇编，纸都黄了，小孩子看的书没几本，老人想看的大字本、戏曲、保健书一本都没有。

建议文旅部门每年给各村书屋换一批书，换之前先问问村民想看什么；另外书屋平时都锁着，能不能请村里的退休老师、回乡的大学生志愿者轮流开门，周末让孩子们来看书、写作业。
""", "suggestion", "no", "-", "Culture and Tourism Bureau", "normal", "zh", "-")


# ---------------------------------------------------------------- writer
def enc(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode(linesep="\r\n")


def crlf(s):
    return s.replace("\r\n", "\n").replace("\n", "\r\n")


def to_html(body):
    paras = body.split("\n\n")
    out = []
    for p in paras:
        lines = [html.escape(x, quote=False) for x in p.split("\n")]
        out.append("<p>" + "<br>\n".join(lines) + "</p>")
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head>\n"
            "<body>\n" + "\n".join(out) + "\n</body></html>\n")


def when_dt(s):
    return datetime.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=TZ)


def write_eml(L, path):
    dt = when_dt(L["when"])
    addr = L["addr"]
    frm = email.utils.formataddr((L["name"], addr), charset="utf-8") if L["name"] else addr
    domain = addr.split("@", 1)[1]
    mid = "<%s-%03d.%s@%s>" % (W, L["n"], dt.strftime("%Y%m%d%H%M"), domain)
    h = [
        "From: " + frm,
        "To: mayor@city.example",
        "Subject: " + enc(L["subject"]),
        "Date: " + email.utils.format_datetime(dt),
        "Message-ID: " + mid,
        "MIME-Version: 1.0",
    ]
    body = L["body"] + "\n"
    if L["fmt"] == "eml":
        h += ["Content-Type: text/plain; charset=utf-8",
              "Content-Transfer-Encoding: 8bit"]
        text = "\n".join(h) + "\n\n" + body
    elif L["fmt"] == "html":
        h += ["Content-Type: text/html; charset=utf-8",
              "Content-Transfer-Encoding: 8bit"]
        text = "\n".join(h) + "\n\n" + to_html(L["body"])
    else:  # multipart/alternative
        b = "==%s-%03d-alt==" % (W, L["n"])
        h += ['Content-Type: multipart/alternative; boundary="%s"' % b]
        text = ("\n".join(h) + "\n\n"
                "This is a multi-part message in MIME format.\n\n"
                "--" + b + "\n"
                "Content-Type: text/plain; charset=utf-8\n"
                "Content-Transfer-Encoding: 8bit\n\n" + body + "\n"
                "--" + b + "\n"
                "Content-Type: text/html; charset=utf-8\n"
                "Content-Transfer-Encoding: 8bit\n\n" + to_html(L["body"]) + "\n"
                "--" + b + "--\n")
    with open(path, "wb") as f:
        f.write(crlf(text).encode("utf-8"))


def write_json(L, path):
    dt = when_dt(L["when"])
    obj = {
        "id": "%s-%03d" % (W, L["n"]),
        "submitted_at": dt.isoformat(),
        "name": L["name"],
        "phone": L["phone"],
        "email": L["addr"],
        "anonymous": L["anonymous"],
        "title": L["subject"],
        "content": L["body"],
        "district": L["district"],
    }
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=2)
        f.write("\n")


def main():
    os.makedirs(OUT, exist_ok=True)
    for name in os.listdir(OUT):
        if name.startswith(W + "-"):
            os.remove(os.path.join(OUT, name))
    nums = [L["n"] for L in LETTERS]
    assert nums == list(range(1, 61)), nums
    rows = ["path\tcategory\tconfidential\treason\tdepartment\tpriority\tlanguage\thard"]
    for L in LETTERS:
        ext = "json" if L["fmt"] == "json" else "eml"
        fname = "%s-%03d-%s.%s" % (W, L["n"], L["slug"], ext)
        path = os.path.join(OUT, fname)
        if ext == "json":
            write_json(L, path)
        else:
            write_eml(L, path)
        assert (L["conf"] == "yes") == (L["reason"] != "-")
        if L["anonymous"]:
            assert L["conf"] == "yes" and L["reason"] == "b"
        rows.append("\t".join(["letters/" + fname, L["cat"], L["conf"], L["reason"],
                               L["dept"], L["prio"], L["lang"], L["hard"]]))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows) + "\n")


if __name__ == "__main__":
    main()
