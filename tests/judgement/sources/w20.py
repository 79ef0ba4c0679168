#!/usr/bin/env python3
"""w20: letters from people at work and in small business (round 5, blind4).

Writes letters/ and labels.tsv next to this script. Standard library only,
deterministic (all dates fixed in the table)."""
import html
import json
import os
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr

ME = "w20"
HERE = os.path.dirname(os.path.abspath(__file__))
TZ = timezone(timedelta(hours=8))

# Each letter: n, slug, kind (eml|json), fmt (plain|html|multi for eml),
# date "YYYY-MM-DD HH:MM", sender (name, address) for eml,
# json fields for json, subject/title, body, and labels
# (category, confidential, reason, department, priority, language, hard).
L = []


def eml(n, slug, date, name, addr, subject, body, lab, fmt="plain"):
    L.append(dict(n=n, slug=slug, kind="eml", fmt=fmt, date=date, name=name,
                  addr=addr, subject=subject, body=body, lab=lab))


def form(n, slug, date, name, phone, email, anonymous, title, body, district, lab):
    L.append(dict(n=n, slug=slug, kind="json", date=date, name=name, phone=phone,
                  email=email, anonymous=anonymous, subject=title, body=body,
                  district=district, lab=lab))


def lab(category, conf, reason, dept, prio, lang, hard):
    return (category, conf, reason, dept, prio, lang, hard)

# ---------------------------------------------------------------- 001-015
eml(1, "wood-workers-wages", "2026-10-09 07:42", "马德贵", "madegui1978@example.com",
    "工地农民工工资被拖欠四个月,求帮忙", """市长您好:

我叫马德贵,甘肃人,在城北"锦澜府"二期工地干木工。我们班组一共23个人,从今年6月干到9月底,工钱一分没结。包工头姓冯,上个月说去总包那里要钱,之后电话就打不通了。总包项目部说钱早就拨给劳务公司了,让我们自己去找劳务公司,劳务公司的办公室现在也锁着门。

我们很多人家里等着钱给孩子交学费、给老人看病,有两个人已经借钱买车票回老家了。我是实名反映,不怕,名字和电话都可以给项目部看,电话139 0000 2871。希望政府能帮我们把血汗钱要回来。

马德贵
10月9日
""", lab("demand", "no", "-", "Human Resources and Social Security Bureau", "normal", "zh", "-"))

eml(2, "work-permit-change", "2026-10-02 21:15", "Jonas Weber", "j.weber@mail.example",
    "Work permit when changing employer", """Dear Sir or Madam,

I am a German engineer and have been working for an automotive parts supplier in the city since 2024. My work permit and residence permit are both valid until March 2027. I have now received an offer from another company in the city and would like to start there in December.

Could you tell me whether I have to cancel my current work permit first, or whether my new employer can simply apply for a change of employer? How long does that usually take, and am I allowed to keep working for the old company while it is being processed? I would also like to know which documents the new company has to prepare. My degree and my police clearance were authenticated in 2024 - do they need to be done again?

Thank you very much for your help.

Best regards,
Jonas Weber
+86 136 0000 7719
""", lab("consultation", "no", "-", "Human Resources and Social Security Bureau", "normal", "en", "-"))

eml(3, "window-seven-clerk", "2026-10-14 16:30", "吴秀兰", "wxl_tailoring@example.net",
    "市民中心7号窗口工作人员的态度", """领导好:

我10月14日上午去市民中心二楼办个体营业执照的经营范围变更,取号排了一个多小时,轮到7号窗口。窗口里那个短头发、戴黑框眼镜的女工作人员,把我的材料翻了两下就从窗口扔了出来,说"这都不会填还开什么店"。我问她到底哪里填错了,她不回答,直接按了下一个号。

后面排队的人都看着,我一个五十多岁的人站在那里,真的很难堪。回家以后我对照网上公布的样表一项一项看了,根本没有填错。

我不是来吵架的,就是希望领导查一下那天上午在7号窗口的是哪位,这样对待来办事的群众不对。

吴秀兰 135 0000 6620
""", lab("complaint", "yes", "a", "Administrative Approval Bureau", "normal", "zh", "-"))

eml(4, "lost-parcels", "2026-10-05 11:03", "Li Na", "lina.ceramics@shop.example",
    "Courier branch refuses to compensate 46 lost parcels", """Hello,

I run a small online shop selling handmade ceramic cups, usually 6 to 10 orders a day. Between 18 and 24 September I shipped 46 parcels through the Hengtong Express branch on Yanshan Road. For all 46 the tracking stops at the same sorting centre on 25 September and nothing has moved since.

My customers have asked for refunds and I have already paid back 9,200 yuan out of my own pocket. The branch manager first said the parcels were "being located". Now he says their terms only cover three times the shipping fee, about 30 yuan per parcel, and that I can sue them if I don't like it. I have every waybill, photos of the packing and the full chat history with the branch.

Could the responsible department ask the company either to find the parcels or to pay a fair compensation? This is nearly two months of my income and I can't fight a company like that on my own.

Regards,
Li Na
186-0000-4452
""", lab("demand", "no", "-", "Market Regulation Administration", "normal", "en", "-"))

eml(5, "vat-refund-question", "2026-10-20 10:12", "周敏", "zhoumin.acc@example.org",
    "咨询增量留抵退税的条件和资料", """您好!

我是一家小型机械加工企业的会计。公司２０２６年第三季度末留抵税额约１２６，０００元，想申请增量留抵退税，有几个问题想咨询：

１．是不是必须连续６个月增量留抵税额都大于零？
２．公司纳税信用等级是Ｂ级，可以申请吗？
３．在电子税务局提交以后，一般多久能到账？
４．去年有一张进项发票被认定为异常凭证，当时已经做了进项转出，会不会影响这次申请？

麻烦告知，谢谢！

周敏（财务部）
0531-0000-6218
""", lab("consultation", "no", "-", "Taxation Bureau", "normal", "zh", "fullwidth"))

eml(6, "iit-refund-six-months", "2026-10-11 22:48", "Thomas Reid", "treid@brightwave.example",
    "IIT refund \"under review\" since April - a remarkable achievement", """Dear Mayor,

I filed my 2025 annual individual income tax reconciliation on the IIT app on 3 April. The refund due to me is 4,380 yuan. Since then the status has said "under review" (审核中) every single day. I have to admire the consistency: six months, not one pixel has changed.

I called the tax hotline twice. Both times I was told, very politely, to wait patiently. The feedback button in the app opens a page that says "system busy, please try again later", which I have now tried again later about thirty times. Nobody has asked me for any document, so I don't even know what is being reviewed.

To be clear, the people on the phone were friendly and I'm not blaming them. But half a year without a single word is not a service. Could someone please check what is happening with my refund, or at least tell me what is missing so I can provide it?

Thomas Reid
Chief Engineer, Brightwave Optics
""", lab("complaint", "no", "-", "Taxation Bureau", "normal", "en", "sarcasm"))

eml(7, "exits-chained", "2026-10-17 23:55", "", "nightshift0917@example.net",
    "厂里安全出口被所住了", """领导你好

我是坤达电子厂(西坝工业园C栋)的普工,我们二车见后面两个安全出口被厂里用铁链所住了,说是防止有人把货偷带出去,已经所了快两个星期。车间里一百多号人上班,通道上还堆满纸箱和泡沫。前天隔壁车间插座冒烟,大家都吓坏了,要是真着火门都出不去,只有前面一个门。

能不能快点来查一下,最好这两天就来,晚上夜班人最多。主管开会说过谁往外捅就让谁走人,我怕查到我头上,这个月工资还没发。
""", lab("demand", "yes", "c", "Emergency Management Bureau", "high", "zh", "typos"))

eml(8, "fie-one-stop-guide", "2026-10-22 14:20", "Sabine Hartmann", "s.hartmann@velt-hydraulics.example",
    "Suggestion: one bilingual guide for foreign-invested companies", """Dear Mayor,

I am the office manager of Velt Hydraulics, a German-invested company that has had its plant in the city since 2019. We are generally very happy here. I would like to make a suggestion that I think would help many companies like ours.

Every time something changes at our company - a new legal representative, a new work permit, customs registration, an address change, social insurance for a foreign manager - I spend days finding out which office is responsible and which form is current. Most information is only in Chinese and is spread over many websites, some of them out of date.

My suggestions:
1. One bilingual web page, maintained by one office, listing the common procedures for foreign-invested enterprises with the responsible office, a link to the current form and the normal processing time.
2. A named contact person at the commerce bureau whom foreign companies can e-mail when they don't know where to go.
3. A round table twice a year where office managers and HR managers can raise practical problems.

Other cities in the region already do something like this and it is often mentioned when companies compare locations.

Kind regards,
Sabine Hartmann
Office Manager, Velt Hydraulics
Tel. 0512 0000 3390
""", lab("suggestion", "no", "-", "Commerce and Investment Promotion Bureau", "normal", "en", "-"), fmt="html")

form(9, "legal-aid-where", "2026-11-07 08:05", "老潘", "152 0000 3817", "", False,
     "法律援助在哪", "请问区法律援助中心在哪里,周六有人上班吗?",
     "城北区", lab("information", "no", "-", "Justice Bureau", "normal", "zh", "short"))

eml(10, "fire-check-consultancy", "2026-10-28 09:40", "Karen Lim", "karen.lim@orchidlogistics.example",
    "Our office fire safety acceptance", """Dear Sir or Madam,

I am the office manager of the local branch of a Singapore-invested logistics company. We moved into a new office on the 12th floor of Huiyuan Tower in August and applied for the fire safety acceptance check for our interior fit-out.

The inspector in charge of our file came on 9 September and again on 14 October. Both times he found "problems" that our fit-out contractor says are not in any standard (the colour of an exit sign, the distance between two sprinkler heads that were approved on the drawings). After the second visit he mentioned, in a friendly way, that his cousin runs a fire safety consultancy which "knows how the checks work", and he left the consultancy's card on my desk.

Two days later a man from that consultancy called me. He quoted 38,000 yuan for a "service package" and said that with it the third check would "certainly go smoothly". I asked what the package contained; he could not really say.

I am not making any accusation. I am simply describing what happened, and I would like someone to look at it and decide whether this is normal. We still do not have our acceptance certificate.

Karen Lim
+86 139 0000 5526
""", lab("complaint", "yes", "a", "Discipline Inspection Commission", "normal", "en", "indirect"))

eml(11, "courier-station-deposit", "2026-10-12 19:26", "杜亮", "duliang_run@example.com",
    "快递网点扣着工资和押金不给", """您好,我在鹿鸣路一家快递网点当了八个月快递员,9月初就跟站长说了要辞职,按规定提前一个月,10月8号正式走的。

现在站长老黄说我9月的工资4600块和入职时交的2000块押金都要"等年底统一结",还说有客户投诉要扣我1500。我干活期间从来没收到过任何投诉通知,也没人跟我说过。我跟他要扣款的依据,他说"不服你去告啊"。

我现在找了新工作,但是房租要交。请劳动部门帮我把工资和押金要回来。我的电话是 177 0000 8364。
""", lab("demand", "no", "-", "Human Resources and Social Security Bureau", "normal", "zh", "-"))

eml(12, "part-time-social-insurance", "2026-10-19 15:05", "Giulia Romano", "giulia@trattoria-romano.example",
    "Social insurance for part-time staff and student interns", """Hello,

I own a small Italian restaurant and in January we are opening a second location. We plan to hire about six part-time staff, each working around 20 hours a week, and two university students as interns in the kitchen.

We want to do this properly from the start, so I have some questions:
- For the part-time staff, do we have to pay the full social insurance, or is work-injury insurance enough?
- Is there a maximum number of hours per week for part-time contracts? Can we pay them weekly?
- For the interns, who are still registered students, is a three-party internship agreement with the university sufficient, or do we need to sign a labour contract? Should we buy commercial accident insurance for them?

Thank you in advance,
Giulia Romano
159-0000-2147
""", lab("consultation", "no", "-", "Human Resources and Social Security Bureau", "normal", "en", "-"))

eml(13, "cafe-licence-order", "2026-10-24 20:37", "Ana Ferreira", "ana.ferreira@example.org",
    "Café opening - 营业执照 first or 食品经营许可证 first?", """Hi,

I'm Ana, from Portugal. My Chinese partner and I want to open a small café (about 40 m², coffee and cakes, no hot kitchen) in a shop on Qingyun Lane in the old town. We are a bit lost with the order of things:

1. Do we need the 营业执照 first and then apply for the 食品经营许可证, or can we do both together on the 一网通办 platform?
2. The shop's 房产证 is still in the name of the landlord's late father. Is our 租赁合同 with the son enough for registration?
3. Do we need a separate 消防 check for such a small shop?
4. As a foreigner can I be the legal representative, or must it be my partner?

Roughly how many working days does the whole thing take? We want to open before Christmas if possible.

Thanks a lot!
Ana
""", lab("consultation", "no", "-", "Administrative Approval Bureau", "normal", "en", "mixed"))

form(14, "service-hall-saturday", "2026-10-30 18:44", "Pieter de Vries", "", "pieter.dv@example.net", False,
     "Service hall Saturday?", "Is the city service hall open on Saturday morning? Need to hand in company papers.",
     "", lab("information", "no", "-", "Municipal Government Office", "normal", "en", "short"))

eml(15, "training-school-closed", "2026-10-23 12:10", "Megan Clarke", "megan.clarke@example.com",
    "English training centre closed - two months of salary unpaid", """Dear Mayor's Office,

I am a Canadian English teacher. Since February 2025 I have worked for Bright Sprouts English, a training centre on the third floor of the Tianheng shopping plaza. On 20 October we arrived in the morning and found the door locked and a notice saying the centre was "suspending operations for rectification". The owner, Mr. Qiu, has stopped answering messages.

He owes me my salary for September and October, 16,000 yuan per month, and he also owes two months to five Chinese colleagues (teaching assistants and a receptionist). Parents are also asking about their prepaid lessons, but that is another matter.

I have my labour contract, the bank records showing the salary payments stopped, and the group chat where the owner promised to pay "next week" three weeks in a row. You are welcome to use my name and my contact details with anyone involved, I have nothing to hide. I just want the teachers to be paid.

Megan Clarke
+86 131 0000 4398
""", lab("demand", "no", "-", "Human Resources and Social Security Bureau", "normal", "en", "-"))
# ---------------------------------------------------------------- 016-030
eml(16, "scale-smashed", "2026-10-22 13:58", "刘桂芝", "liuguizhi66@example.net",
    "市场监管的人太横了", """我在桃园农贸市场卖了十几年菜。10月22号上午来了两个市场监管所的人,穿着制服,一个高个子胖胖的,胸牌好像姓邓。说我的电子秤没有检订要没收,我说上个月才检过,单子在家里,让我老公马上送过来,他不听,把秤往地上一摔,秤盘都裂了,还说"再罗嗦滩子也别摆了"。

旁边好几个滩主都看间了,可以作证。我们小本生意,一台秤三百多块钱,一天也赚不了几个钱。我就想问问,这样执法对吗?要求给个说法。

刘桂芝 电话 138 0000 7145(我儿子帮我打的字)
""", lab("complaint", "yes", "a", "Market Regulation Administration", "normal", "zh", "typos"))

eml(17, "returnee-job-fair", "2026-10-15 09:31", "Chen Yuxuan", "yuxuan.chen@example.org",
    "Talent job fair for returned students - date and venue?", """Hello,

I came back from the UK in August with a master's degree in supply chain management. A friend told me there will be a job fair for returned overseas students and international talent in November. Could you tell me the date and the venue, and whether I need to register online in advance? Also, is there a bus or metro line from the high-speed railway station to the venue?

Many thanks,
Chen Yuxuan
""", lab("information", "no", "-", "Human Resources and Social Security Bureau", "normal", "en", "-"))

eml(18, "farmers-direct-stalls", "2026-11-03 06:50", "覃永福", "qinyongfu@example.com",
    "建议在城区设几个农户直销点", """市长您好:

我是南岭镇种柑橘的,家里十二亩砂糖橘,今年产量不错,可收购商压价压得厉害,一斤才给一块二,城里超市卖七八块。我们自己拉到城里卖,又没有地方摆,在路边摆了两回就被劝走了。

提几点建议:
一是每周六、周日在几个大社区门口或者公园停车场划出一片农户直销摊位,凭村委会开的证明免费摆,卖完就走,不占道;
二是农业部门牵个头,跟社区团购、单位食堂对接一下,我们可以直接供货;
三是镇上能不能建个小冷库,橘子能多放半个月,就不用急着贱卖。

这样城里人买得便宜,我们也多挣一点。谢谢!

覃永福 180 0000 5532
""", lab("suggestion", "no", "-", "Agriculture and Rural Affairs Bureau", "normal", "zh", "-"))

form(19, "fake-tomato-seeds", "2026-10-08 20:14", "罗春生", "134 0000 2296", "", False,
     "买到假种子 番茄全部不挂果",
     "我们竹溪村七户人家去年冬天在镇上丰禾农资店买的粉冠一号番茄中子,今年大棚里苗张得很旺,就是不挂果,挂了也是畸形的。农技站的人来看了说中子纯度有问题,不是正宗的粉冠一号。七户一共四十多个棚,损失差不多十几万,有的人家是贷款盖的棚。店老板说不关他的事,让我们自己去找厂家,厂家的电话是空号。请政府帮我们查一下这个种子,让店里赔我们损失。种子袋子我们都留着。",
     "南岭镇竹溪村", lab("demand", "no", "-", "Agriculture and Rural Affairs Bureau", "normal", "zh", "typos"))

eml(20, "exit-entry-window-four", "2026-10-28 17:12", "Samuel Otieno", "s.otieno@example.net",
    "How I was treated at the exit-entry hall", """Dear Sir or Madam,

I am a Kenyan citizen working as a sales manager for a freight forwarding company in the city. On 27 October at about 10:30 I went to the exit-entry administration hall to renew my residence permit.

At window 4 the male officer on duty (short grey hair, around fifty) looked at my photo, which I had taken ten minutes before in the photo booth inside the same hall, and said the background was "not white enough". When I asked, in my limited Chinese, what I should do, he said loudly in English, "If you don't understand Chinese, go back to your country," and pushed my passport across the counter so hard that it fell on the floor. People in the queue were laughing.

I went back to the same booth, took the same photo again, and a female officer at window 2 accepted everything without any problem.

I have lived here for six years and have always been treated well. I would like this incident to be looked into, and I would appreciate an apology.

Samuel Otieno
+86 188 0000 6031
""", lab("complaint", "yes", "a", "Public Security Bureau", "normal", "en", "-"))

eml(21, "scaffold-swaying", "2026-11-12 06:18", "", "jiazigong_3hao@example.com",
    "悦澜湾工地3号楼脚手架晃得厉害 还让我们上去干", """你好,我在城东悦澜湾项目3号楼干外墙。外架好几个连墙件前几天被拆掉了,说是影响外墙施工,到现在也没装回去。昨天下午风一大,整片架子都在晃,站在上面腿发软,安全网也破了好几个大口子。

今天早上工长还是让我们上18楼作业。有个老乡说了一句太危险,工长说"不想干就结账走人,工钱年底再说"。我们的钱全压在他手里,谁也不敢再说话。

请你们今天就派人来看看,别等真出了事再来。

3号楼干活的
""", lab("demand", "yes", "c", "Housing and Urban-Rural Development Bureau", "high", "zh", "-"))

eml(22, "freelance-fapiao", "2026-11-04 11:47", "Oliver Bennett", "oliver@bennett-illustration.example",
    "Freelance illustration income - 个税 and 发票 questions", """Hello,

I'm a British illustrator. I have a full-time job as an art director at a games company here, and on the side I do freelance illustration for a few publishers. Some of them now ask me for a 发票 before they pay.

A few questions:
1. Can I go to the tax service hall myself and get a 代开发票 for 劳务报酬 with my passport and 居留许可? Or is there a way to do it online in the 个税 App?
2. How much tax will be withheld, is it the 20% 预扣 rate, and does the publisher still deduct it again when they pay me?
3. At the 年度汇算 next spring, do I simply add this income to my salary, and will I get anything back?

Thanks, and sorry for the many questions.

Oliver Bennett
""", lab("consultation", "no", "-", "Taxation Bureau", "normal", "en", "mixed"))

eml(23, "subsidy-list-names", "2026-11-18 21:03", "", "shuitang_cun@example.org",
    "反映我们村补贴的一些情况", """领导你好:

我是水塘村的村民。每年村里公示的耕地地力保护补贴名单,总有几户我们谁都不认识,地亩数还不少,有一户写了十八亩。今年的名单上又有一个"陈某英",我们村几百口人,没有这个人。问了村会计,他说是外嫁的女儿,可外嫁的户口早就迁走了,地也早收回去了。

还有就是,村支书家今年在镇上买了两间门面,他儿子也换了新车。我不是说谁拿了什么,我也没有证据,就是觉得这几年这里面有些事说不清楚。能不能有人来查一查,这几年的补贴到底打到了谁的卡上。

我家里人还在村里种地,写信的事请不要在村里说。
""", lab("complaint", "yes", "a", "Discipline Inspection Commission", "normal", "zh", "indirect"))

eml(24, "park-no-broadband", "2026-10-13 10:25", "Daniel Kowalski", "daniel@skyframe-robotics.example",
    "No fibre broadband and almost no mobile signal in Phase III of the innovation park", """Dear Mayor,

I am the co-founder of Skyframe Robotics, a start-up developing software for inspection drones. In September we moved our 14-person team into Building 7 of Phase III of the innovation park, attracted by the rent-free first year, for which we are very grateful.

The problem: there is no fibre connection in the building at all, and mobile signal inside is one bar at best, often none. We are currently running the company on phone hotspots and a 4G router by the window. Uploading a single day of flight test data takes all night. Two of the three carriers told us the ducts into Phase III have not been built and there is "no plan yet"; the third did not reply. The park management company says it is the carriers' business.

We are not the only ones - at least five companies in Buildings 6 to 8 have the same problem. Could the city help coordinate the park, the carriers and whoever is responsible for the ducts, so that the park actually has working connections? For a tech park this is rather basic.

Best regards,
Daniel Kowalski
CEO, Skyframe Robotics
+86 150 0000 7284
""", lab("demand", "no", "-", "Industry and Information Technology Bureau", "normal", "en", "-"), fmt="multi")

eml(25, "thanks-renovation-wages", "2026-10-26 19:40", "黄振强", "huangzq@example.com",
    "感谢信", """市长信箱的工作人员你们好:

上个月我在这里写信,反映我们十四个搞装修的工人被老板拖欠了三万多块工钱。没想到一个星期就有人打电话来问情况,上周五钱全部拿到手了。

大家让我写封信说一声谢谢。我们出来打工的,最怕的就是干了活拿不到钱。谢谢你们!

黄振强 和工友们
""", lab("information", "no", "-", "none", "normal", "zh", "-"))

eml(26, "thanks-inspector-zhang", "2026-11-09 13:16", "Marco Bianchi", "marco.bianchi@example.net",
    "Thank you to Officer Zhang Wei of the labour inspection brigade", """Dear Sir or Madam,

I would like to thank Mr. Zhang Wei of the district labour inspection brigade. In October my former employer, a furniture export company, refused to pay my last salary and my unused holiday after I resigned. Mr. Zhang took my case seriously from the first phone call, explained my rights to me in simple English, visited the company twice and kept me informed every few days. On 6 November I received the full amount.

He was patient, professional and kind. Please pass my thanks to him and to his superiors. Feel free to tell him who wrote this.

With gratitude,
Marco Bianchi
""", lab("information", "no", "-", "Human Resources and Social Security Bureau", "normal", "en", "-"))

form(27, "tailor-home-studio", "2026-11-02 15:33", "鄭美玲", "+86 137 0000 8810", "meiling.qipao@example.com", False,
     "請問在家開裁縫工作室要辦執照嗎",
     "您好！我是做旗袍訂製的裁縫，目前在自己家裡接單，客人多半是朋友介紹的。想請教幾個問題：一、在住宅裡做小型裁縫工作室，可以用住家地址登記個體工商戶嗎？需要鄰居同意嗎？二、如果一年營業額不到十萬元，也一定要辦營業執照嗎？三、以後想在網上開店賣成衣，還要辦甚麼手續？謝謝您！",
     "老城區", lab("consultation", "no", "-", "Market Regulation Administration", "normal", "zh", "fullwidth"))

eml(28, "digital-fapiao-red-letter", "2026-11-05 16:02", "钱晓雯", "qianxw@hengda-trade.example",
    "关于数电发票红冲的一点建议(顺便问个问题)", """税务局的领导你们好:

我在一家贸易公司做会计。全面推行数电发票以后,开票方便多了,但是红冲这块还有点麻烦,提两条建议:

1. 现在红字确认单只能一张一张地发起,月底客户集中退货的时候,我们一天要点几十次。建议电子税务局支持批量发起红字确认单。
2. 红字确认单发出去以后,对方迟迟不确认我们也没办法,能不能给购方加一个短信或者App提醒,超过几天没处理再提醒一次。

顺便问一下:如果购方72小时内一直不确认,确认单自动作废了,我们再发起一次是不是就可以?有没有次数限制?

谢谢!
钱晓雯 0755-0000-3172
""", lab("suggestion", "no", "-", "Taxation Bureau", "normal", "zh", "two-intents"), fmt="html")

eml(29, "portal-stop-fourteen", "2026-10-21 23:10", "Hiroshi Tanaka", "h.tanaka@example.org",
    "The one-stop portal, stop number fourteen", """To whom it may concern,

Our company is a wholly foreign-owned enterprise and we need to register a change of legal representative. I was told this is now "one-stop" on the online portal. I can confirm that I have stopped there many times - fourteen, to be exact.

The portal rejects our board resolution, a 1.8 MB PDF, because it is "larger than 2 MB". It rejects the scanned passport because the file name contains letters. The only error message is "系统异常". On Monday I went to the service hall in person, and the staff there, who were kind, told me this item can only be submitted online. The portal help line told me it can only be solved at the hall. So the stop is indeed one: I am stopped.

Could somebody who maintains this system look into it? It is now 40 days since we started, and the old representative has already left the country.

Hiroshi Tanaka
General Affairs, Kawase Precision (China)
""", lab("complaint", "no", "-", "Administrative Approval Bureau", "normal", "en", "sarcasm"))

eml(30, "mall-power-cut", "2026-10-16 21:55", "邱海峰", "qiu_hotpot@example.net",
    "我们店这几天的情况,不知道有没有人能管", """您好。

我在万悦广场四楼开了一家火锅店,开了三年多,二十几个员工。上个月商场突然要求每家店另外交一笔"推广服务费",一年四万八,合同里没有这一项,我没交。

从10月13号开始,我们店的电每天下午四点到晚上九点就"检修",正好是饭点。冰柜只能靠隔壁奶茶店帮忙拉根线撑着,这几天倒掉的菜就有一万多块,预订的客人也都退了。问物业,物业说是商场招商部安排的。

我们的租约明年三月到期,招商部的人这两天碰到我,总笑着说"续约的事要好好考虑"。我也不知道再闹下去明年这个店还开不开得成。

我就想知道,这种事有没有哪个部门能出面协调一下,让商场先把电恢复。

邱海峰 133 0000 9471
""", lab("demand", "yes", "c", "Commerce and Investment Promotion Bureau", "normal", "zh", "indirect"))
# ---------------------------------------------------------------- 031-045
eml(31, "no-contract-returnee", "2026-10-27 22:31", "Wang Siqi", "siqi.wang.design@example.com",
    "Design studio refuses to sign a labour contract", """Hello,

I graduated from a university in Australia last year and came home in June. Since 1 July I have worked full time as a UX designer at a design studio in the Guanlan creative park. It is now almost four months and I still have no labour contract. The studio does not pay any social insurance for me either; my salary is transferred from the owner's personal account.

When I asked, the owner said "everyone here does a half-year trial first, it's normal, the contract comes later". There are seven of us in the same situation. As far as I know a contract has to be signed within one month.

Could the labour department look into this studio and make them sign contracts and pay our social insurance from the start? I would prefer that the studio is not told that the complaint came from me. I actually like the work and I would like to pass the trial.

Wang Siqi
""", lab("demand", "yes", "b", "Human Resources and Social Security Bureau", "normal", "en", "-"))

eml(32, "arbitration-postponed", "2026-11-14 10:08", "孙国栋", "sungd1984@example.com",
    "劳动仲裁一拖再拖,什么时候才开庭?", """您好,我6月份申请的劳动仲裁(追讨加班费和经济补偿),案子受理了,可开庭一拖再拖。下面是我收到的三条短信,一字不差:

8月20日:【劳动人事争议仲裁院】您的案件因故延期开庭,具体时间另行通知。
9月26日:【劳动人事争议仲裁院】您的案件因故延期开庭,具体时间另行通知。
11月10日:【劳动人事争议仲裁院】您的案件因故延期开庭,具体时间另行通知。

每次都是"因故",到底是什么原因也不说。打电话过去,不是没人接就是说"排期满了"。法律规定仲裁要在45天内结案,最多延长15天,我这都五个月了。

我不是针对哪位工作人员,就是这个流程太慢了,我这几个月没工作,一家人就靠我老婆的工资。请领导关注一下,给个确切的开庭时间。

孙国栋 186 0000 3325
""", lab("complaint", "no", "-", "Human Resources and Social Security Bureau", "normal", "zh", "quoted"))

eml(33, "job-fairs-for-internationals", "2026-11-01 17:45", "Aisha Rahman", "aisha.rahman@example.net",
    "Suggestion about job fairs for graduates", """Dear Mayor,

I finished my master's degree at one of the city's universities this summer. I'm from Malaysia and I speak Chinese reasonably well, but I have found job hunting here quite hard, and so have many of my Chinese classmates.

Two suggestions:
1. Almost all public job fairs are on weekday mornings. Graduates who are already doing an internship or a temporary job can't go. Please hold some in the evening or on weekends.
2. The job fair website could let employers mark whether they accept foreign graduates and whether the position can be done in English. Right now we queue at a booth for half an hour only to hear "we don't hire foreigners".

An online list of companies that can sponsor a work permit for fresh graduates would also help a lot.

Thank you for reading,
Aisha Rahman
""", lab("suggestion", "no", "-", "Human Resources and Social Security Bureau", "normal", "en", "-"))

form(34, "trainee-subsidy", "2026-11-10 12:27", "郭佳怡", "195 0000 6613", "guojiayi2003@example.com", False,
     "应届毕业生就业见习补贴怎么申请?",
     "您好,我是今年6月毕业的大专生,现在在一家公司做就业见习,公司说可以申请见习补贴。请问:1.见习补贴是发给公司还是发给我个人?2.每个月大概多少钱,最长能领几个月?3.需要公司准备哪些材料,到哪里申请?4.见习期满如果公司留用我,还有其他补贴吗?谢谢!",
     "开发区", lab("consultation", "no", "-", "Human Resources and Social Security Bureau", "normal", "zh", "-"))

eml(35, "night-bus-xinqiao", "2026-11-16 22:52", "Raj Patel", "rajp@example.com",
    "Night bus to Xinqiao industrial park?", """Is there any bus from the city centre to Xinqiao Industrial Park after 10 pm? My shift ends at 11.
""", lab("information", "no", "-", "Transport Bureau", "normal", "en", "short"))

eml(36, "red-water-at-night", "2026-11-06 04:12", "", "dabahe_yeban@example.org",
    "石岭工业区恒晟表面处理厂晚上的情况", """你好。

我在恒晟表面处理厂上夜班,有几件事想说一下。这几个月,一到凌晨两三点,厂区东北角围墙边那根管子就开始往外面的排水沟里放水,颜色发红,有时候发绿,味道很冲,站旁边眼睛都辣。那条沟往下走不到一公里就是大坝河。白天从来没见放过,白天那根管子口是用砖头堵着的。

我也不好多说什么,毕竟在这里吃饭。上个月有个同事在车间群里问了一句那水是什么,第二个礼拜就被调去扫厂区了。

你们要是来看,最好晚上来。
""", lab("demand", "yes", "c", "Ecology and Environment Bureau", "normal", "zh", "indirect"))

eml(37, "tax-window-six", "2026-11-19 15:36", "Priya Nair", "priya.nair@sentosa-trading.example",
    "Re: Re: Export VAT refund filing - still refused", """Dear Sir or Madam,

I am writing again because nothing has changed since my last letter. Your reply of 30 October said:

> Dear Ms. Nair, your message has been forwarded to the district tax
> bureau, which will contact you within 5 working days.
>
> 12345 Hotline

Nobody contacted me. So let me describe what actually happens at the tax service hall.

I am the finance manager of a Singapore-invested trading company. Since September I have gone to window 6 four times to file our export VAT refund documents. Each time the same young male officer (badge number ending in 27) tells me something different is missing: first the customs declarations, then a stamped contract, then a "statement" he could not name, and last time simply that "the boss must come in person". When I asked him to write the list of required documents on paper, he laughed and said, "You foreigners always make trouble. Come back when you understand China." The officer at window 5 heard it.

Our refund of about 640,000 yuan has now been delayed three months. I would like someone to look at how this officer treated us, and I would like our file to be handled by someone else.

Priya Nair
Finance Manager
+86 137 0000 2289
""", lab("complaint", "yes", "a", "Taxation Bureau", "normal", "en", "quoted"), fmt="multi")

form(38, "rider-injury", "2026-10-19 21:08", "杨小军", "173 0000 4186", "", False,
     "送外卖被撞骨折,站点不给算工伤",
     "我在美食速达平台跑外卖,每天都是站点排班,迟到还要罚款。10月12号晚上送餐的时候在滨江路口被一辆电动车撞了,左腿骨折,住院花了两万多。现在站点说我是众包骑手,不算他们的员工,不管工伤,平台只给赔了意外险两千块。我每天上班十个小时,穿他们的衣服,听他们排班,怎么就不算员工了?请劳动部门帮我认定工伤,让站点把医药费和误工费给我。另外想问一下,我这种情况能不能申请法律援助请律师?",
     "滨江区", lab("demand", "no", "-", "Human Resources and Social Security Bureau", "normal", "zh", "two-intents"))

eml(39, "agritech-incentives", "2026-10-29 09:02", "Lotte Visser", "lotte@greenroot-agri.example",
    "Incentives for a foreign-invested agri-tech start-up", """Good morning,

I am one of the founders of GreenRoot Agri-Tech, a Dutch-Chinese joint venture registered in the city in May 2025. We develop sensors and software for greenhouse climate control and currently have 11 employees.

We are planning to set up a small R&D centre next year and would like to understand what support exists:
- Are there investment incentives or subsidies for foreign-invested enterprises that set up an R&D centre, and what are the conditions?
- Can a company that has existed for less than two years apply, or is there a minimum number of years or a minimum investment?
- Which office receives the application, and in which period of the year?

Any link to the current policy document (Chinese is fine, we will translate) would be very helpful.

Kind regards,
Lotte Visser
""", lab("consultation", "no", "-", "Commerce and Investment Promotion Bureau", "normal", "en", "-"))

eml(40, "hotline-already-done", "2026-11-11 20:20", "蒋国强", "jiangguoqiang@example.com",
    "12345办结得真快", """你们好。

我为了我们十一个人被欠的工钱,打了三次12345。第一次9月20号,第二次10月8号,第三次10月27号。每次接线员都说"已为您转办",过两天就收到短信说"您反映的问题已办结"。

办结得真快啊,比我们老板跑路还快。可我们一分钱都没拿到,也从来没有任何一个部门给我打过一个电话问情况。

我不怪接电话的,她们也就是记下来。我想问的是,转到哪去了?谁办结的?怎么办结的?能不能别再一收到就办结,真有人来管一管。

蒋国强 139 0000 6257
""", lab("complaint", "no", "-", "Municipal Government Office", "normal", "zh", "sarcasm"))

eml(41, "office-lift-three-weeks", "2026-10-10 14:44", "Emma Larsson", "emma.larsson@nordicpulp.example",
    "Lift in Jinhui Building out of service for three weeks", """Dear Sir or Madam,

I am the office manager of the representative office of a Swedish paper company on the 16th floor of the Jinhui Building. Both passenger lifts in the building's east core have been out of service since 19 September. The property management company first said they were waiting for a spare part, then that the owners' committee has to approve the cost, and this week they simply stopped answering.

We have about 300 people working on floors 10 to 22 who now have to use the stairs or the freight lift, which smells and is often full of rubbish bags. One of our colleagues uses a wheelchair and has been working from home for three weeks. Visitors and clients are very surprised.

Could the responsible department please press the property management company to repair the lifts, or tell us who can?

Best regards,
Emma Larsson
+86 135 0000 6940
""", lab("demand", "no", "-", "Housing and Urban-Rural Development Bureau", "normal", "en", "-"), fmt="html")

eml(42, "legal-aid-overtime", "2026-11-13 12:51", "何建平", "hejianping77@example.net",
    "咨询申请法律援助的条件", """你好,我在一家家具厂上班,厂里好几年都不按规定发加班费,我算了一下,两年差不多有三万多。我想走法律程序要回来,有几个问题:

1、像我这样月工资四千多的,能不能申请免费的法律援助?
2、要准备哪些材料,身份证、工资条、打卡记录够不够?打卡记录在厂里的系统里,我自己只有手机拍的照片。
3、是不是一定要先去劳动仲裁?

我现在还在厂里干着,这封信的内容和我的名字请不要转到厂里去,谢谢了。
""", lab("consultation", "yes", "b", "Justice Bureau", "normal", "zh", "-"))

eml(43, "health-cert-express-fee", "2026-11-04 18:23", "Jean-Luc Moreau", "jl.moreau@bistro-lyon.example",
    "健康证 exam - doctor asked for 200 yuan per person by WeChat", """Dear Sir or Madam,

I own a small French bistro and on 2 November I took my six new staff to the physical examination centre of the district people's hospital for their 健康证 (food handler health certificates).

After the exam the doctor in room 3, a man with a ponytail, wearing a name badge I could not fully read, told us the certificates would take 7 working days. Then he said that if we wanted them "加急" the next day, it would cost 200 yuan per person, paid to his personal WeChat, not at the cashier. He showed me his QR code on his phone. We need to open on the 10th, so one of my staff almost paid.

I refused and asked for an official receipt. He said "then wait". I don't think a doctor in a public hospital should ask for money to his own WeChat. Please check this.

Jean-Luc Moreau
156-0000-1783
""", lab("complaint", "yes", "a", "Health Commission", "normal", "en", "mixed"))

eml(44, "soe-overdue-payment", "2026-10-30 11:18", "Marcus Keller", "m.keller@keller-precision.example",
    "Request for help: 1.86 million yuan overdue from a state-owned customer", """Dear Mayor,

Keller Precision is a small Swiss-invested company with 38 employees that makes machined parts for rail equipment. Since August 2025 a city-owned rail equipment group has owed us 1.86 million yuan for parts that were delivered, accepted and invoiced. The invoices have been confirmed; their finance department keeps telling us that "the budget has not arrived yet".

For a company of our size this is about four months of turnover. We have already had to delay our own suppliers and I am worried about paying salaries in January.

I understand the city has a mechanism to help small and medium-sized companies recover overdue payments from public customers. Could someone please help us coordinate a payment plan with them?

One request: please handle this discreetly and do not put our company's name in any document sent to their purchasing department. We are bidding for their 2027 contract and we cannot afford to be seen as a difficult supplier.

Marcus Keller
General Manager
+86 189 0000 5168
""", lab("demand", "yes", "b", "Industry and Information Technology Bureau", "normal", "en", "-"))

eml(45, "holiday-hours-english", "2026-10-03 09:27", "Sophie Martin", "sophie.m@example.net",
    "Tax hall holiday hours in English please", """Please post the tax service hall's holiday opening hours in English too. Our foreign staff keep calling me to ask.
""", lab("suggestion", "no", "-", "Taxation Bureau", "normal", "en", "short"))
# ---------------------------------------------------------------- 046-060
form(46, "night-market-zone", "2026-11-08 10:40", "韦春燕", "158 0000 7724", "", False,
     "建议在体育馆北门开个夜市摊区",
     "我是摆小吃摊的,卖烤红薯和糖水,以前在学校附近摆,现在不让摆了。我觉得城管管得也有道理,乱摆确实又脏又堵。建议在体育馆北门那块空地,每天晚上六点到十一点开一个夜市摊区,统一划线编号,每个摊位每个月交点管理费,垃圾统一收,城管按时巡查。这样我们有地方摆,居民晚上也有地方逛,路也不会堵。很多外地城市都是这么搞的,希望考虑一下。",
     "体育中心片区", lab("suggestion", "no", "-", "Urban Management Bureau", "normal", "zh", "-"))

eml(47, "burger-bar-tables", "2026-11-03 01:14", "Liam O'Connor", "liam@ozburgers.example",
    "Enforcement officers injured my staff member", """Dear Sir or Madam,

I am Australian and run a small burger bar on Fenghe Street. On 2 November at about 8:15 pm three city management officers came because two of our tables were on the pavement in front of the shop. I accept that tables outside may not be allowed and I was ready to move them.

While my waiter, a 19-year-old local student, was carrying one table inside, one of the officers - the tallest of the three, in a reflective vest with a number starting 07 - grabbed him by the collar and shoved him against the door frame. He cut his arm on the metal edge and needed four stitches. The officer then took both tables and our standing sign and refused to show any ID or give us a receipt.

Our CCTV camera above the door recorded everything and I can provide the video. I would like this officer's conduct investigated, an apology to my employee, and our property returned or a receipt issued.

Liam O'Connor
+86 132 0000 8546
""", lab("complaint", "yes", "a", "Urban Management Bureau", "normal", "en", "-"))

form(48, "twelve-hour-shifts", "2026-10-25 23:40", "", "", "", True,
     "瑞丰包装厂每天上班１２小时",
     "我们是北窑镇瑞丰包装制品厂的工人。厂里现在每天上班１２小时，早上７点到晚上７点，一个月只休２天。加班费按每小时１０元算，连最低工资都不够。入职的时候合同只签了一份，厂里收走了，我们手上都没有。车间里有人干到手指被机器夹伤，厂里只给了５００块让回家休息。请劳动部门来查一查，按法律给我们算加班费，把合同还给我们。",
     "北窑镇", lab("demand", "yes", "b", "Human Resources and Social Security Bureau", "normal", "zh", "fullwidth"))

eml(49, "startup-window", "2026-11-20 15:25", "林子豪", "zihao.lin@example.com",
    "建议给startup开一个专窗", """市长好,

我是一个刚从新加坡回来的创业者,做SaaS的,team现在5个人。这两个月跑service hall跑了七八趟:注册、刻章、开户、社保开户、公积金开户,每个窗口各管一段,每个窗口的工作人员都很nice,但是我们这种first-time founder根本不知道下一步该去哪。

几点小建议:
1. 大厅设一个"创业服务专窗",或者至少有一个navigator,新公司从注册到开完户一次讲清楚;
2. 把常用流程做成一个checklist,扫码就能看,最好有English version;
3. 网上预约能不能支持选"企业开办全流程",别让我们每个事项单独约一次号。

这些其实不难,但对我们来说能省很多时间。Thanks!

林子豪
""", lab("suggestion", "no", "-", "Administrative Approval Bureau", "normal", "zh", "mixed"))

form(50, "agri-fair-booth", "2026-10-06 07:58", "蒙大勇", "130 0000 5809", "", False,
     "今年的农博会什么时候办?",
     "请问今年市里的农产品博览会是哪几天办,在哪里办?我们合作社想报名一个摊位卖红心猕猴桃和土蜂蜜,要去哪里报名,摊位费多少钱?",
     "北山乡", lab("information", "no", "-", "Agriculture and Rural Affairs Bureau", "normal", "zh", "-"))

eml(51, "inspector-liu-traditional", "2026-10-31 17:02", "張偉成", "cheung.wc@example.net",
    "勞動監察大隊劉姓工作人員的態度", """您好！

我在一家裝修公司做了兩個月水電工，老闆欠我三千二百元工資沒給。１０月２９日（星期四）上午，我拿著工資單和聊天紀錄去區勞動監察大隊投訴。接待我的是一位姓劉的男同志，四十來歲，戴眼鏡。

他看了一眼就說：「才三千多塊，這點錢也值得跑一趟？自己去跟老闆要。」我說已經要了很多次了，他說「那就去法院」，登記表也不讓我填，就叫我走。旁邊另一位工作人員想幫我登記，被他擋了回去。

三千二對他來說也許是小錢，對我是一個月的房租和孩子的生活費。請領導了解一下那天的情況。

張偉成　１３６ 0000 ４４１７
""", lab("complaint", "yes", "a", "Human Resources and Social Security Bureau", "normal", "zh", "fullwidth"))

eml(52, "solvent-drums-leaking", "2026-11-17 10:06", "Nadia Petrova", "n.petrova@baltic-coatings.example",
    "URGENT: strong chemical smell, drums leaking next to our office", """Dear Sir or Madam,

I am the office manager of Baltic Coatings, Unit 3, No. 18 Chuangye Road. Since about 8 this morning there has been a very strong solvent smell in our office. The warehouse next door (Unit 4) has dozens of blue drums stacked outside under a tarpaulin, and at least one of them is leaking - a clear liquid is running from it into the storm drain in front of our building.

Two of my colleagues felt dizzy and nauseous and we have sent everyone outside. Nobody is at the warehouse and the phone number on their door does not answer. There is a restaurant with gas cookers about 30 metres away.

Please send someone as soon as possible. I am at the site: +86 138 0000 9052.

Nadia Petrova
""", lab("demand", "no", "-", "Emergency Management Bureau", "high", "en", "-"))

eml(53, "medical-insurance-transfer", "2026-11-21 11:34", "Hannah Fischer", "hr@fischer-optik.example",
    "Medical insurance for a new hire from another province, and for foreign staff", """Hello,

I handle HR for a small German-invested optics company. Two questions about medical insurance:

1. A new Chinese employee joined us in November. Her basic medical insurance was paid in Sichuan for the last eight years. How do we transfer it here, and does she have a waiting period before she can use it in the city? Can she keep seeing her doctor in Chengdu and settle directly when she visits home?
2. We also have two German employees. Do they have to join the city's basic medical insurance, or can they stay with their private international insurance? If they join, do they get a medical insurance card and can they use it in the pharmacies?

Thank you,
Hannah Fischer
0571 0000 8823
""", lab("consultation", "no", "-", "Healthcare Security Bureau", "normal", "en", "-"))

eml(54, "office-move-and-spouse-visa", "2026-10-18 16:49", "Robert Hughes", "robert.hughes@example.org",
    "Residence permits after an office move, and a spouse visa question", """Dear Sir or Madam,

I am the general manager of a British-invested engineering consultancy. In December we will move our office from the Xihu district to the new CBD, and several of our foreign employees will also move flat.

1. Do our foreign employees need to update anything on their residence permits when the company address changes? And when they move flat, how many hours do they have to register their new accommodation at the police station, and can the landlord do it online?

2. Separately, my wife is here on a family reunion residence permit. She has been offered a part-time job at an international school. Can she change her permit to a work-type permit without leaving China, or does she have to apply for a new visa abroad?

Thank you for your help.

Robert Hughes
""", lab("consultation", "no", "-", "Public Security Bureau", "normal", "en", "two-intents"))

eml(55, "fake-job-agency", "2026-10-07 14:15", "韦小龙", "weixl0505@example.com",
    "举报一个假的招聘中介", """举报一个骗人的中介。在人才市场门口发传单的"鑫程人力",说包进电子厂,月薪七千,包吃包住。10月5号我们九个人去了他们在金桥大厦812的办公室,每人交了三百块体简费和两百块压金,说第二天早上八点带我们去厂里。

结果第二天去,门锁着,牌子都摘了,电话关机。我们九个人一共被骗了四千五,有的还是借的路费。请警查帮我们抓住这些骗子,把钱追回来。我们有收据和转账记录,收据上还盖了章。

韦小龙 188 0000 1746
""", lab("demand", "no", "-", "Public Security Bureau", "normal", "zh", "typos"))

eml(56, "thanks-to-mayor", "2026-11-24 18:30", "Isabel García", "isabel.garcia@example.com",
    "A thank-you after five years", """Dear Mayor,

I came to this city five years ago to set up a small company that designs children's furniture, with two employees and a borrowed desk. Today we have 23 people and our own workshop.

Nothing big has happened to make me write this, I just wanted to say thank you. From my first company registration to my residence permits, my children's school places and the small business forum last week, I have been treated fairly and often kindly. Not everything was fast, but it was always possible to find someone who tried to help.

Warm regards,
Isabel García
""", lab("information", "no", "-", "none", "normal", "en", "-"), fmt="multi")

eml(57, "counsellor-internship-company", "2026-11-26 22:17", "", "zhiyuan_2027@example.net",
    "关于我们班顶岗实习的一点情况", """您好,我是市职业技术学院机电系的一名大三学生。

这学期我们要去顶岗实习。辅导员在班会上说,学校推荐的只有一家"合作单位",是一家劳务派遣公司,派到外地的电子厂上流水线,跟我们的专业没什么关系。有几个同学自己联系了对口的企业,辅导员说自己找的"手续可能要慢一点",实习鉴定表她那里"不一定签得下来",不签就没有学分,影响毕业。

后来我们听高年级的说,那家派遣公司的负责人是辅导员的爱人,每送一个学生过去公司能拿一笔钱。这个我们没法证实,就是觉得为什么只能去这一家。

能不能有人了解一下我们系的实习安排。我们还要在她手下待一年半。
""", lab("complaint", "yes", "a", "Education Bureau", "normal", "zh", "indirect"))

eml(58, "provident-fund-passport", "2026-11-15 13:09", "Kevin O'Brien", "kevin.obrien@example.net",
    "Suggestion: let the housing provident fund website accept passport numbers", """Hello,

Our company pays the housing provident fund for all employees, including four foreigners. The provident fund's online service website only accepts an 18-digit Chinese ID number when you log in or register. A passport number such as ours, which contains letters, is simply rejected as "invalid format". So our foreign staff cannot check their accounts or apply for a withdrawal online, and each has to take half a day off to go to the counter.

I suggest:
- allow passport numbers and foreigners' permanent residence ID numbers on the website and in the app;
- add a short English guide for the most common procedures (checking the balance, withdrawal when leaving China).

This seems like a small change that would help many employees in the city.

Kevin O'Brien
HR & Admin, Lakeside Medical Devices
""", lab("suggestion", "no", "-", "Housing and Urban-Rural Development Bureau", "normal", "en", "-"))

eml(59, "school-site-wages-again", "2026-11-22 08:36", "冉光明", "ranguangming@example.org",
    "再次反映:实验小学新校区工地欠薪还没解决", """您好,这是我们第二次给市长信箱写信了。10月16号收到的回复是这样的:

"您好!您反映的问题已转交区人社局劳动监察大队处理,请耐心等待。感谢您对我们工作的支持。"

我们等了一个多月。这中间劳动监察的人来工地开过一次会,让施工方十一月十五号之前把钱发了,施工方当场也答应了。可到今天,我们钢筋班三十一个人,七、八、九三个月的工钱,一共四十二万,还是一分没见到。施工方现在说"等建设单位拨款"。

我们不是要怪谁,就是要把钱拿到手。天冷了,很多人要回家过年。请再督促一下施工方,尽快把钱发下来。

钢筋班 冉光明 147 0000 3368
""", lab("demand", "no", "-", "Human Resources and Social Security Bureau", "normal", "zh", "quoted"))

eml(60, "wages-arrived", "2026-11-28 12:02", "冉光明", "ranguangming@example.org",
    "钱到了", """工钱昨天全部到账了,谢谢市长信箱!
""", lab("information", "no", "-", "none", "normal", "zh", "short"))


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
    paras = [p for p in body.strip().split("\n\n")]
    out = []
    for p in paras:
        out.append("<p>" + "<br>\n".join(html.escape(x) for x in p.split("\n")) + "</p>")
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head>\n<body>\n"
            + "\n".join(out) + "\n</body></html>\n")


def when(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=TZ)


def build_eml(d):
    dt = when(d["date"])
    domain = d["addr"].split("@", 1)[1]
    sender = formataddr((d["name"], d["addr"]), charset="utf-8") if d["name"] else d["addr"]
    sender = sender.replace("\r\n", "\n").replace("\n", "\r\n")
    h = [
        "From: " + sender,
        "To: mayor@city.example",
        "Subject: " + enc(d["subject"]),
        "Date: " + format_datetime(dt),
        "Message-ID: <%s-%03d.%s@%s>" % (ME, d["n"], dt.strftime("%Y%m%d%H%M"), domain),
        "MIME-Version: 1.0",
    ]
    body = d["body"]
    if d["fmt"] == "plain":
        h += ["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit"]
        text = body
    elif d["fmt"] == "html":
        h += ["Content-Type: text/html; charset=utf-8", "Content-Transfer-Encoding: 8bit"]
        text = to_html(body)
    else:
        b = "=_w20_alt_%03d" % d["n"]
        h += ['Content-Type: multipart/alternative; boundary="%s"' % b]
        text = ("This is a multi-part message in MIME format.\n\n"
                "--%s\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n%s\n"
                "--%s\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n%s\n"
                "--%s--\n") % (b, body, b, to_html(body), b)
    return ("\r\n".join(h) + "\r\n\r\n" + crlf(text)).encode("utf-8")


def build_json(d):
    dt = when(d["date"])
    obj = {
        "id": "%s-%03d" % (ME, d["n"]),
        "submitted_at": dt.isoformat(),
        "name": d["name"],
        "phone": d["phone"],
        "email": d["email"],
        "anonymous": d["anonymous"],
        "title": d["subject"],
        "content": d["body"],
        "district": d["district"],
    }
    return (json.dumps(obj, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def main():
    out = os.path.join(HERE, "letters")
    os.makedirs(out, exist_ok=True)
    for f in os.listdir(out):
        if f.startswith(ME + "-"):
            os.remove(os.path.join(out, f))
    nums = [d["n"] for d in L]
    assert nums == list(range(1, 61)), nums
    rows = ["path\tcategory\tconfidential\treason\tdepartment\tpriority\tlanguage\thard"]
    for d in L:
        ext = "eml" if d["kind"] == "eml" else "json"
        fn = "%s-%03d-%s.%s" % (ME, d["n"], d["slug"], ext)
        data = build_eml(d) if ext == "eml" else build_json(d)
        with open(os.path.join(out, fn), "wb") as fh:
            fh.write(data)
        rows.append("\t".join(["letters/" + fn] + list(d["lab"])))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(rows) + "\n")
    print("wrote %d letters" % len(L))


if __name__ == "__main__":
    main()
