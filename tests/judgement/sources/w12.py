#!/usr/bin/env python3
"""Writer w12: letters for the mayorbox judgement corpus (issue 11, round c).

Voices: building leaders (楼长), residents' committee members, community
volunteers, retired cadres, repeat petitioners quoting earlier replies,
owners' committee chairs, landlords with many flats, people writing for a
neighbour, and 12345 operators forwarding a caller's words.

Run: python3 gen.py  -> writes letters/ and labels.tsv next to this file.
Standard library only, deterministic (no randomness, no clock).
"""
import html
import json
import os
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
WRITER = "w12"
TZ = timezone(timedelta(hours=8))

LETTERS = []


def L(num, slug, fmt, when, sender, subject, body, cat, conf, reason, dept,
      prio, lang, hard, **form):
    LETTERS.append(dict(num=num, slug=slug, fmt=fmt, when=when, sender=sender,
                        subject=subject, body=body.strip("\n"), cat=cat,
                        conf=conf, reason=reason, dept=dept, prio=prio,
                        lang=lang, hard=hard, form=form))


# fmt: "plain" | "html" | "alt" (multipart/alternative) | "json"
# sender: (display name, address) for e-mails; unused for json
# labels: category, confidential, reason, department, priority, language, hard

L(1, "guixiangli-lift", "plain", "2026-10-11 08:42", ("韦国平", "weigp@example.net"),
  "桂香里小区7号楼电梯停了三个星期，请督促物业", """
市长信箱您好：

我是桂香里小区7号楼的楼长，姓韦。我们楼18层，住了不少七八十岁的老人。9月20号电梯坏了以后一直没修，物业先说在等配件，后来又说维修费要业主先凑。现在12楼的何阿姨每周三次透析，要坐轮椅下楼，每次都是邻居几个小伙子把她抬下去的。

我跟物业经理打了不下十次电话，一开始还接，后来干脆不接了。

请有关部门督促物业公司尽快把电梯修好，维修的钱到底该谁出，也请给个说法。

韦国平
电话 138 0000 2261
""", "demand", "no", "-", "Housing and Urban-Rural Development Bureau", "normal", "zh", "-")

L(2, "xingfuxiang-gas", "plain", "2026-09-14 21:52", ("12345热线 话务员0417", "agent0417@hotline.example"),
  "【转来电】幸福巷3号院2单元楼道煤气味", """
来电记录转交：

来电时间：2026-09-14 21:37
来电人：女，自称姓鲁，手机 135 0000 7712
来电人原话（记录）：
“我们单元楼道里一股煤气味，从下午就有了，越来越冲。二楼那家敲门没人应，我不敢开灯，也不敢按门铃，你们快找人来看看。”

话务员备注：已告知来电人立即开窗、不要使用明火和电器开关、撤到楼外，并建议同时拨打燃气抢修电话。来电人称楼里有几位独居老人，二楼住户是否在家不清楚。地址：老城区幸福巷3号院2单元。请尽快派单处置。

话务员 工号0417
""", "demand", "no", "-", "Emergency Management Bureau", "high", "zh", "quoted")

L(3, "tanning-lane-compensation", "plain", "2026-09-03 10:15", ("Liang Shumin", "liang.shumin@example.com"),
  "Fourth letter on compensation for No. 14 Tanning Lane - still \"under study\"", """
To the Mayor's Mailbox,

This is the fourth time I am writing about the compensation for my family's house at No. 14 Tanning Lane, which was demolished in March for the riverside road project. Below is the reply I received on 2 August:

> Dear citizen, your request has been received. The valuation of your
> property is under study by the relevant department together with the
> assessment company. We will inform you of the result in due course.
> Thank you for your understanding.

In June the reply said "under study". In July it said "under study". In August, the same paragraph, word for word. My neighbours at No. 12 and No. 16 were paid in May. Nobody can tell me what is missing from my file, and the phone number at the bottom of the reply rings out.

I am not asking for special treatment. I am asking the housing bureau to tell me, in writing, what stage my case is at and when it will be decided. Four months of a copied paragraph is not an answer.

Liang Shumin
Tel: +86 139 0000 4408
""", "complaint", "no", "-", "Housing and Urban-Rural Development Bureau", "normal", "en", "quoted")

L(4, "erYuan-bus-shelter", "plain", "2026-09-09 15:30", ("庞维新", "pangwx1950@mail.example"),
  "建议在市第二人民医院站加装候车座椅和遮阳棚", """
我是退休干部，每周三去市第二人民医院复查，都在医院门口的公交站等车。这个站只有一根站牌杆，没有座椅，也没有棚子。来看病的多是老人，夏天太阳直晒，下雨只能躲到门诊楼屋檐下，车来了再跑过去，常常赶不上。

建议：一、在该站加装遮阳挡雨棚和几排座椅；二、站牌上标注各线路首末班时间；三、条件允许的话，加一块电子到站屏。花钱不多，对病人却是实实在在的方便。

供参考。
退休职工 庞维新
""", "suggestion", "no", "-", "Transport Bureau", "normal", "zh", "-")

L(5, "qingtan-elderly-canteen", "json", "2026-09-16 10:05", None,
  "社区想办老年助餐点，怎么申请补贴", """
您好，我是青檀社区居委会的工作人员。我们社区60岁以上老人有七百多人，不少是独居，大家一直希望社区能有个吃午饭的地方，现在附近有一家餐馆愿意合作。想咨询：1. 社区老年助餐点申请运营补贴需要什么材料？2. 场地面积、消防方面有什么硬性要求？3. 是向区里申请，还是直接向市民政部门申请？谢谢。
""", "consultation", "no", "-", "Civil Affairs Bureau", "normal", "zh", "-",
  name="卜晓梅", phone="0771-0000-3352", email="buxm@example.net", anonymous=False, district="东湖区")

L(6, "landlord-rent-fapiao", "plain", "2026-09-22 19:07", ("Marcus Ye", "marcus.ye@example.org"),
  "Tax on rent from several flats, and registering them", """
Hello,

I own six flats in the city (four in Maple Court, two on Foundry Road) and rent all of them out. Until now the tenants paid me by bank transfer and I declared the total once a year in the individual income tax app. Two of my new tenants are companies, and they now ask me for a fapiao every month.

My questions:
1. As an individual landlord, where and how do I issue a fapiao for rent? Can it be done online, or do I have to go to a tax office every month?
2. What tax rate applies to rent from residential flats let to a company, and is it different from letting to a private person?

Also, separately: does each flat have to be registered as a rental with the housing office, or is that only for group rentals? I'd be grateful if someone could point me to the right page.

Regards,
Marcus Ye
186-0000-5093
""", "consultation", "no", "-", "Taxation Bureau", "normal", "en", "two-intents")

L(7, "nanxun-market-vendor", "plain", "2026-09-26 12:20", ("南薰社区志愿者 郑", "zheng.nx@example.org"),
  "反映城管队员在菜市场门口推倒卖菜老人", """
我是南薰社区的志愿者，9月25号早上7点多在南薰菜市场东门亲眼看到一件事，写下来请领导看看。

一位八十来岁的老太太在路边摆了一小堆自家种的青菜。来了两个穿制服的城管队员，其中一个高个子、胸牌号码后三位是“062”的，二话不说抬脚就把她的竹筐踢翻了。老太太蹲下去捡菜，他一把把人推开，老人坐在地上半天起不来。旁边的人都看不下去，他还说“再摆就全收走”。

占道经营我们也不支持，但可以劝、可以让她挪，不能对一个老人动手。请查一查这位队员。回复发我邮箱就行，不用打电话到社区。

志愿者 郑
""", "complaint", "yes", "a", "Urban Management Bureau", "normal", "zh", "-")

L(8, "jinxiu-property-tender", "html", "2026-10-02 22:10", ("钱永福", "jxht.yeweihui@example.com"),
  "关于街道负责物业选聘的工作人员与物业公司关系的反映", """
市长信箱：

我是锦绣华庭业主委员会主任。小区今年换物业，按规定由街道指导业委会公开招标。街道城建科负责指导我们的那位吕科员，从一开始就反复推荐“恒达物业”，说别家“资质不稳”。

后来我们了解到几件事：
1. 招标文件的评分标准是吕科员拿来的，里面“本区同类项目三个以上”这一条，全区只有恒达一家符合；
2. 开标前一周，有业主看到他的车停在恒达物业经理家楼下，两个人在往他后备箱里搬箱子；
3. 恒达现在派到我们小区的项目经理，是他爱人的表弟，这层关系他从来没有说过。

业委会其他委员不方便出面，我先写这封信。请纪检部门核实。

锦绣华庭业委会 主任 钱永福
""", "complaint", "yes", "a", "Discipline Inspection Commission", "normal", "zh", "-")

L(9, "willow-terrace-neighbour", "plain", "2026-10-14 07:58", ("Jiang Rui", "jiangrui.5a@inbox.example"),
  "Urgent: elderly neighbour not seen for four days, flat 5B, Willow Terrace", """
Please send someone as soon as possible.

My neighbour Mr. Gao Deshun, about 84, lives alone in flat 5B, Building 3, Willow Terrace. He normally walks down to the garden every morning and we chat. I haven't seen him since Saturday. His newspapers are piled up outside the door, his kitchen light has been on day and night, and this morning there is a bad smell in the corridor. I knocked and rang his landline many times, no answer. His daughter lives in another province and I don't have her number.

The property office says they can't open the door without the police. I'm in 5A, right next door, and can let the officers into the building.

Jiang Rui
Mobile: 131 0000 8820
""", "demand", "no", "-", "Public Security Bureau", "high", "en", "-")

L(10, "forward-bus-to-new-hospital", "plain", "2026-10-20 16:33", ("12345热线 话务员1123", "agent1123@hotline.example"),
  "转来电咨询：去市中医院新院区的公交线路", """
转交来电：

来电人：男，约六十岁，姓牛，联系电话 0771 0000 5518
内容：他老伴下周要去市中医院新院区（高铁站东侧那个）做手术，想知道从城北客运站附近坐哪路公交能到，有没有直达车，路上大概要多久。

话务员备注：系统里的线路信息是5月份的，新院区门口的站点是否已经开通不确定，未能当场答复，请交通部门核实后回复来电人。

工号1123
""", "information", "no", "-", "Transport Bureau", "normal", "zh", "-")

L(11, "library-national-day", "json", "2026-09-28 20:41", None,
  "图书馆", """
请问市图书馆国庆节开不开门？几点到几点？
""", "information", "no", "-", "Culture and Tourism Bureau", "normal", "zh", "short",
  name="", phone="", email="", anonymous=False, district="")

L(12, "thanks-officer-tang", "html", "2026-10-09 09:02", ("Wei Hongbo", "wei.hongbo@example.net"),
  "Thank you to Officer Tang Lei, Riverside Police Station", """
Dear Mayor,

I am the building leader of Block 9, Plum Blossom Garden, and I want to put on record what Officer Tang Lei of the Riverside Police Station did on the evening of 7 October.

Mr. Shi from our fourth floor, who has dementia, walked out during dinner and did not come back. His wife called me in tears at about 8 p.m. Officer Tang arrived within twenty minutes, went through the community cameras with us, and then walked the riverbank with a torch for nearly three hours. He found Mr. Shi sitting under the Second Bridge, cold and confused, and gave him his own jacket.

Afterwards he helped us sign Mr. Shi up for an anti-wandering bracelet and left his number with the family. Please pass our thanks to him and to his station. People like him are the reason our residents still trust the police.

Wei Hongbo, building leader
""", "information", "no", "-", "Public Security Bureau", "normal", "en", "-")

L(13, "furongyuan-group-rental", "plain", "2026-10-17 20:45", ("戴", "dai_louzhang@example.com"),
  "芙蓉苑12栋602群租，电瓶在屋里充电", """
您好。

芙蓉苑12栋602原来是一家三口住，今年夏天卖掉以后，新房东把三室一厅隔成了十来个小间，装了上下铺，我数过晚上进出的人至少二十个。楼道里堆满了电动车电瓶，晚上拿进屋里充电，电线从窗户拉出来。上个月跳闸两次，整栋楼都黑了。

我是这栋楼的楼长，找过房东，他说“租给谁是我的自由”。请住建部门来查一查，该整改就整改。

这个房东就住在隔壁单元，我俩天天在楼下碰面。你们来的时候，就当是日常巡查发现的吧。

12栋楼长 戴
""", "demand", "yes", "b", "Housing and Urban-Rural Development Bureau", "normal", "zh", "indirect")

L(14, "booking-error-page", "plain", "2026-10-23 13:11", ("Helen Qiu", "helenq@post.example"),
  "Congratulations on your appointment system", """
Dear Administrative Approval Bureau,

Congratulations. You have built the most reliable part of any government website I have ever used: the error page. It appears every single time I press "Confirm appointment" for the registration-change window, without fail, on three browsers and two phones, at 8 a.m., at noon and at midnight. Such consistency deserves an award.

Less jokingly: I'm the secretary of a small residents' volunteer association. We need to change our legal representative, and the service hall tells me walk-ins are no longer accepted, appointments only. So the only door is the one that doesn't open. I have now lost two weeks.

Could someone either fix the booking page, or let people queue the old-fashioned way until it works?

Helen Qiu
""", "complaint", "no", "-", "Administrative Approval Bureau", "normal", "en", "sarcasm")

L(15, "pension-after-hukou-move", "plain", "2026-09-05 09:26", ("老周", "zhou.laotou@example.net"),
  "户口迁了养老金要从新算吗", """
你好，我是退休工人，在原来的机床厂干了三十一年，0九年退休。今年户口跟着女儿迁到本市了，听别人说养老金要从新核定，还要办什么“待遇资格认正”，不办的话下个月就停发，我很着急。

想问一下：一，户口迁了养老金关系要不要转过来？二，那个资格认正在哪里办，要带什么东西，身分证和退休证够不够？三，我这种情况能不能在手机上办，我不大会用手机，女儿上班也没空陪我。

谢谢你门。
老周 电话 139 0000 6724
""", "consultation", "no", "-", "Human Resources and Social Security Bureau", "normal", "zh", "typos")

L(16, "lanan-night-concrete", "plain", "2026-10-06 06:40", ("尤建国", "youjg@example.org"),
  "举报：澜岸花园东侧工地凌晨浇混凝土", """
市长您好：

我是澜岸花园业委会的副主任。小区东边那块地（原来的汽配城）在盖楼，最近半个月几乎每天夜里都在浇混凝土，泵车、罐车一直轰到凌晨两三点。离工地最近的5栋、6栋，业主拍了视频，用分贝仪测的是七十多分贝。楼里有复读的孩子，有上夜班的，都睡不着觉。

请环保部门夜里来测一测，叫他们停止夜间施工。另外也想问一句：这个工地到底有没有办夜间施工许可？如果有，许可的是几点到几点，能不能在工地门口公示出来？

澜岸花园业委会 尤建国
186 0000 3347
""", "demand", "no", "-", "Ecology and Environment Bureau", "normal", "zh", "two-intents")

L(17, "bailu-road-envelopes", "plain", "2026-10-28 18:05", ("小骆", "luo.volunteer@letters.example"),
  "白鹭路小吃街的“辛苦费”", """
我住白鹭路，平时在社区做志愿者，跟这条街开小吃店的几家都熟。有件事他们不好说，我替他们写一写。

市场监管所有位姓范的同志，负责我们这一片。他每个月月底会来一趟，不进后厨，也不看证照，就在店里坐一坐、喝杯茶。走的时候，老板们会把一个信封塞进他的公文包，说是“辛苦费”，一家三百到五百不等。有一家潮汕粥店的老板有一回没塞，第二周就来了三个人查卫生，停业整改了十天。

现在这条街都当这是规矩了。我不知道这算不算规矩。
""", "complaint", "yes", "a", "Discipline Inspection Commission", "normal", "zh", "indirect")

L(18, "orchid-heights-arrears", "plain", "2026-10-12 11:47", ("Robert Pan", "r.pan.flats@example.com"),
  "Request for mediation: tenant five months in arrears, Flat 1102 Orchid Heights", """
Dear Sir or Madam,

I let about a dozen flats in the east of the city, and in ten years I have never had to write a letter like this. The tenant of Flat 1102, Orchid Heights, has paid no rent since May: five months, 16,500 yuan in total. He won't answer calls, and when I went round with the property manager he said he would pay "when business gets better" and shut the door.

I don't want to change the locks or do anything illegal, and a court case for this amount would cost me more than it is worth. I understand the community has people's mediation. Could someone arrange a mediation session with him, and tell me what to bring (lease, bank transfer records, our messages)?

Thank you,
Robert Pan
+86 138 0000 7715
""", "demand", "no", "-", "Justice Bureau", "normal", "en", "-")

L(19, "winter-clothes-donation", "json", "2026-11-03 14:22", None,
  "冬衣捐赠送到哪里", """
我们小区几个志愿者发动大家捐了四十多袋冬衣和棉被，都是洗干净叠好的。想问一下市里现在哪里接收衣物捐赠？有没有固定的捐赠点和接收时间？需不需要提前预约？东西比较多，能不能上门来取？
""", "information", "no", "-", "Civil Affairs Bureau", "normal", "zh", "-",
  name="苏丽娟", phone="+86 177 0000 2190", email="sulj@example.com", anonymous=False, district="西岭区")

L(20, "sms-case-updates", "json", "2026-09-19 16:40", None,
  "Suggestion: SMS updates for every step of a 12345 case", """
I volunteer at our community service station and help older residents send requests to 12345 almost every week. The hotline itself works well: calls get answered, and last month a burst pipe in our lane was fixed within a day. What the residents struggle with is not knowing what happens after the call. They ring me asking "has it been sent to someone?" and I can't tell them.

My suggestion: send a short text message with the case number when a case is accepted, another when it is dispatched (naming the department), and one when it is answered, with a link to check progress without logging in. Many of our older residents don't use apps, but all of them read text messages. It would also save your operators a lot of repeat calls.
""", "suggestion", "no", "-", "Municipal Government Office", "normal", "en", "-",
  name="Chloe Fang", phone="150-0000-6631", email="chloe.fang@example.org", anonymous=False, district="Lakeshore District")

L(21, "cuiweili-drip-nurse", "plain", "2026-10-21 17:36", ("毛振华", "maozh@example.net"),
  "替楼里蔡奶奶反映市三院输液时无人看管的事", """
我是翠微里4栋楼长，替楼里的蔡奶奶写这封信，她不识字，事情是她儿子和我一起核实过的。

10月18号晚上，蔡奶奶在市第三人民医院急诊留观室输液。她儿子出去交费的二十来分钟里，药水滴完了，血回到管子里，老人手背肿得像馒头。按铃没人来，她儿子跑到护士站，当班的那位护士（胸牌上姓龚，戴眼镜，短头发）正在刷手机视频，头都没抬，说“等一下，这床又不是我管的”。过了好几分钟才过来拔针，还嫌老人“乱动”。

老人现在手上还青着一大片。我们不是要闹，只希望医院查一查当晚的情况，给老人一个说法。

翠微里4栋 楼长 毛振华
电话 0771-0000-4417
""", "complaint", "yes", "a", "Health Commission", "normal", "zh", "-")

L(22, "shiliuxiang-streetlights", "plain", "2026-10-15 08:03", ("焦德明", "jiaodm@mail.example"),
  "关于石榴巷路灯长期不亮的反映！！", """
市长同志：

石榴巷（从巷口小卖部到第３２号院门口）一段，共有路灯８盏，自９月上旬起有６盏不亮，至今已一个多月。该巷住户多为老年人，晚上出门买药、倒垃圾，只能打手电摸黑走。１０月５日晚，３０号院的刘姓老人在坑洼处摔倒，额头缝了４针。

本人已于９月１８日、１０月８日两次打电话反映，答复均为“已记录”。恳请有关部门尽快派人检修！！

退休干部　焦德明
联系电话：１３６　００００　２５８１
""", "demand", "no", "-", "Urban Management Bureau", "normal", "zh", "fullwidth")

L(23, "cedar-park-roof-fund", "alt", "2026-10-26 20:12", ("Ethan Lu", "ethan.lu@example.org"),
  "How do we use the maintenance fund to redo our roof waterproofing?", """
Hello,

I'm the building leader of Building 2, Cedar Park (an estate from 1998, 42 households). Every time it rains heavily, the top-floor flats get water through the ceiling. A contractor has quoted about 68,000 yuan to redo the waterproofing of the whole roof.

We've been told the money can come from the special housing maintenance fund, but nobody in the building knows how. Could you tell us:
- How many owners have to agree, and is it counted by households or by floor area?
- Do we need an owners' committee to apply, or can one building apply by itself? We don't have a committee.
- Which office do we submit the application to, and roughly how long until the money is released?
- Can the fund pay the contractor directly?

Many thanks,
Ethan Lu
""", "consultation", "no", "-", "Housing and Urban-Rural Development Bureau", "normal", "en", "-")

L(24, "jinhua-case-closed-unpaid", "plain", "2026-10-04 10:44", ("Xu Zhenglin", "xuzl.workers@example.net"),
  "Re: Case closed? The company has NOT paid", """
To the Mayor's Mailbox,

On 10 September I received this reply about the wages owed to me and eleven other workers by Jinhua Decoration Engineering Co.:

"After investigation by the labour inspection team, the company has been ordered to pay the outstanding wages within 15 days. The case is now closed. If you are not satisfied, you may apply for labour arbitration."

The fifteen days ran out on 25 September. Not one of us has received a single yuan. When I called the labour inspection team, I was told the case was closed and could not be reopened "because of a phone call". So the order was given, ignored, and the file was closed anyway.

I don't understand how a case can be closed before the problem is solved. I am asking that the inspection team reopen the case, check whether the company actually paid, and stop sending workers to arbitration when their own order hasn't been carried out.

This is my third letter.

Xu Zhenglin, on behalf of the 12 workers
Tel 137 0000 9054
""", "complaint", "no", "-", "Human Resources and Social Security Bureau", "normal", "en", "quoted")

L(25, "neighbour-unpaid-shop-wages", "plain", "2026-10-09 22:31", ("贝", "bei.neighbour@example.com"),
  "帮邻居反映被拖欠工资的事", """
您好，我替隔壁的小杨写这封信。她在“鲜果时光”连锁店的滨江店做店员，七、八、九三个月的工资一共九千多块没发，老板每次都说“总部资金周转”，让再等等。她一个人带孩子，房租都快交不上了。

她还在那家店上班，不敢自己出面，怕被辞退。麻烦你们去查的时候不要说是员工反映的，也别写她的名字。有什么要核实的打我电话 158 0000 3361，我姓贝。
""", "demand", "yes", "b", "Human Resources and Social Security Bureau", "normal", "zh", "-")

L(26, "marriage-office-saturday", "json", "2026-11-06 08:15", None,
  "周六领证", """
婚姻登记处周六上班吗？
""", "information", "no", "-", "Civil Affairs Bureau", "normal", "zh", "short",
  name="阎小川", phone="", email="yxc@example.net", anonymous=False, district="南湖区")

L(27, "fenglin-community-fridge", "plain", "2026-11-10 14:58", ("付一鸣", "fu.yiming@example.org"),
  "建议社区试点 community fridge（共享冰箱）", """
您好！我是枫林社区的志愿者。之前在国外读书时见过 community fridge，就是在社区放一台公共冰箱，超市、面包店当天卖不完的食物放进去，有需要的居民 self-service 自己拿。我们社区低保户和独居老人挺多的，我觉得很适合 pilot 一下。

几点想法：1）冰箱放在社区服务中心门口，有监控，志愿者每天 check 一次保质期；2）跟附近两三家超市签个简单的捐赠协议；3）民政部门能不能出一个 guideline，把食品安全的责任说清楚，这样商家才敢捐。

如果市里愿意试点，我们志愿者团队可以负责日常维护。Thanks!
付一鸣
""", "suggestion", "no", "-", "Civil Affairs Bureau", "normal", "zh", "mixed")

L(28, "dongmen-window-clerk", "plain", "2026-10-16 16:20", ("Dennis Kwok", "dkwok@example.net"),
  "The clerk at window 2, Dongmen police station", """
Dear Mayor,

I own and let out several flats near the university, and every autumn I take my tenants' papers to the Dongmen police station to register their residence. I have done this for eight years without trouble.

On 13 October the clerk at window 2 (a man of about forty, glasses, the name plate on the counter said "Officer Hou") took one look at the forms for my three tenants and threw them back across the counter, so that two pages fell on the floor. When I asked what was wrong, he said, "Learn to fill in a form before you waste my time," and called the next number. He would not say which field was wrong. A young woman behind me picked my papers up for me.

I went back the next day and saw a different clerk, who found one missing date and registered all three tenants in five minutes. I would like the station to speak to this officer about how he treats people at the window.

Yours,
Dennis Kwok
Tel: 139 0000 1276
""", "complaint", "yes", "a", "Public Security Bureau", "normal", "en", "-")

L(29, "hongmei-railing", "plain", "2026-09-24 07:15", ("邬建新", "wujx@inbox.example"),
  "紧急！红梅新村5栋连廊栏杆锈断，孩子差点掉下去", """
红梅新村5栋和6栋之间五楼的连廊，铁栏杆底部锈穿了，有一段一推就晃。昨天傍晚一个小孩靠在上面玩，栏杆整段往外歪，幸亏他妈妈一把拽住。下面就是水泥地。

我是5栋楼长，已经用绳子临时绑了一下，贴了“危险勿靠”，但楼里小孩多，随时可能出事。这是老公房，没有物业，社区说他们没钱修。请住建部门今天就派人来看，先封起来也行。

楼长 邬建新 135 0000 8843
""", "demand", "no", "-", "Housing and Urban-Rural Development Bureau", "high", "zh", "-")

L(30, "disabled-neighbour-dibao", "json", "2026-09-30 09:48", None,
  "残疾邻居能不能申请低保", """
我是社区的网格志愿者。楼里有位四十多岁的二级肢体残疾人，没有工作，和老母亲住在一起，母亲每月退休金一千八。他有个儿子在外地打工，名下有一辆二手面包车，说是拉货用的。想咨询：1. 这种情况他能不能单独申请低保？2. 儿子名下的车算不算家庭财产？3. 申请是到街道还是社区，需要开哪些证明？谢谢解答。
""", "consultation", "no", "-", "Civil Affairs Bureau", "normal", "zh", "-",
  name="史红英", phone="(0771) 0000 6128", email="", anonymous=False, district="北塘区")

L(31, "shiziwan-fifth-letter", "plain", "2026-10-30 21:03", ("廖", "liao.shiziwan@example.com"),
  "第五次来信——谢谢你们的“已转相关部门”", """
12345的同志们辛苦了。

我从七月开始反映柿子湾小区门口那个大坑，到今天一共五次，收到了五条一模一样的短信：“您反映的问题已转相关部门办理”。非常感谢，我已经能背下来了，连标点都没变过。

相关部门是哪个部门？办到哪一步了？没人说。我打电话问，话务员说“系统显示已转”，再问就说“我们只负责转”。上个月回访问我满不满意，我说不满意，第二天又收到了那条短信。

我就想知道，你们转出去以后，有没有人管它转到哪儿去了？坑还在，每天都有人骑车摔。

柿子湾小区 老住户 廖
""", "complaint", "no", "-", "Municipal Government Office", "normal", "zh", "sarcasm")

L(32, "sunrise-bay-water-pressure", "alt", "2026-09-11 12:55", ("Gloria Tan", "gloria.tan@example.org"),
  "Top floors of Sunrise Bay have had almost no water pressure since August", """
Dear Water Affairs Bureau,

I chair the owners' committee of Sunrise Bay (Buildings 1 to 8, about 900 households). Since mid-August, residents from the 15th floor up get only a trickle from their taps between 7 and 10 in the morning and again from 6 to 9 in the evening. Water heaters cut out, and one family on the 22nd floor has been carrying buckets from a friend's flat.

The property company says the booster pumps in our basement are working and the problem is the pressure of the municipal supply coming in. The water company's service line told us to "ask the property company". We are going round in circles.

Could the bureau send someone to measure the incoming pressure at our meter and tell us, in writing, on whose side the problem is? We have 136 signatures and a log of the worst times, which I can send.

Gloria Tan
Chair, Sunrise Bay Owners' Committee
Mobile: 188 0000 4529
""", "demand", "no", "-", "Water Affairs Bureau", "normal", "en", "-")

L(33, "wutong-manhole-thanks", "plain", "2026-11-12 10:10", ("司马英", "simaying@post.example"),
  "感谢，另再反映一个井盖", """
上周我反映的梧桐街小学门口那个缺角的雨水井盖，第二天就换了新的，速度很快，在这里谢谢12345和维修的师傅。

顺便再反映一个：从梧桐街往北拐进槐荫路，第二个公交站后面的人行道上也有一个雨水井盖，裂成了两半，人踩上去会翘起来，晚上看不清。请一并安排处理。

退休干部 司马英
""", "demand", "no", "-", "Water Affairs Bureau", "normal", "zh", "two-intents")

L(34, "xiatang-subsidy-list", "plain", "2026-11-05 19:40", ("汤志勇", "tangzy.xiatang@example.net"),
  "关于我们村今年耕地补贴名单的一点疑问", """
我是下塘村的村民，给上面写信已经好几回了，这次换个说法。

今年村里公示的耕地地力补贴名单我仔细看了。有意思的是，村会计汪某一家，他本人、他爱人、他父母、他两个早就在城里买房落户的儿子，一共六个名字都在上面，领补贴的面积加起来比他家实际种的地多出二十几亩。我母亲种了一辈子地，八亩三分，名单上没有她，去问，说是“系统没录进去，明年再说”。

我不说谁怎么样，只希望有关部门去地里量一量，再跟名单对一对。

下塘村村民 汤志勇
""", "complaint", "yes", "a", "Discipline Inspection Commission", "normal", "zh", "indirect")

L(35, "pine-hill-foreign-tenant", "plain", "2026-09-27 18:25", ("Owen Li", "owen.li@example.com"),
  "Foreign tenant 住宿登记 question", """
Hi, 您好,

I'm the 楼长 of Building 6, Pine Hill Residence. A new tenant moved into 6-302 last week. He's from Kenya and teaches English at a training school. The landlord lives abroad, so the neighbours asked me to help him.

We're confused about the 境外人员住宿登记. Does he have to go to the police station himself within 24 hours, or can it be done online or through the 小程序? His Chinese is very limited. Also, he is still on a visitor visa while the school "processes the work permit". Does that affect the registration? And does the landlord need to be present?

谢谢! We just want to do it properly so he doesn't get into trouble.

Owen Li (李晓东)
Mobile 131-0000-2274
""", "consultation", "no", "-", "Public Security Bureau", "normal", "en", "mixed")

L(36, "hubin-lift-retrofit", "plain", "2026-10-19 15:14", ("冉春燕", "ran.cy@example.org"),
  "对老旧小区加装电梯审批流程的几点建议", """
我在湖滨社区居委会工作了九年，这两年经手了十一栋楼的加装电梯，成了四栋。卡住的原因大同小异，提几条建议：

一、征求意见。现在一栋楼只要有一户不同意就很难推进，一楼住户顾虑最大。建议出台对低层住户的补偿参考标准，让大家谈的时候有个依据。
二、审批材料。规划、住建、市场监管分别要交，很多材料是重复的，能否“一窗受理、联合审查”？
三、资金。提取公积金用于加装电梯的政策很好，但居民普遍不清楚流程，建议给社区一份一页纸的办事指南。
四、后期维保。建好以后维保费谁出，最好在审批时就要求楼里签好协议，免得几年后电梯成了摆设。

以上是个人在基层的一点体会。
湖滨社区居委会 冉春燕
""", "suggestion", "no", "-", "Housing and Urban-Rural Development Bureau", "normal", "zh", "-")

L(37, "library-early-hours-ramp", "plain", "2026-11-14 08:30", ("Arthur Zhong", "arthur.zhong@mail.example"),
  "Library opening hours for retirees, and the side-entrance ramp", """
Dear Sir or Madam,

I'm a retired civil servant and go to the Municipal Library's reading room three or four mornings a week, as do several of my former colleagues. I'd like to suggest opening the reading room at 8:00 instead of 9:30 on weekdays. The mornings are the quietest time, the students don't arrive until after lunch, and by 9:30 the best hours of the day for an old man are already gone. A trial on one floor would soon show whether there is demand.

While I'm writing: the ramp at the side entrance on Bell Tower Street has had a loose metal plate at the bottom for weeks. Wheelchair users have to ask the guards to let them in through the staff door. It would be a small repair.

With thanks,
Arthur Zhong
""", "suggestion", "no", "-", "Culture and Tourism Bureau", "normal", "en", "two-intents")

L(38, "qingteng-bbq-smoke", "plain", "2026-09-18 23:20", ("甘丽萍", "ganlp@example.com"),
  "再次反映楼下烧烤店油烟问题", """
市长信箱：

我家住青藤路88号2楼，楼下是一家叫“老码头”的烧烤店，每天下午四点到凌晨两点，油烟直接从后墙的排风口往上冲。我家窗户一年四季不敢开，晾的衣服一股烤肉味，我母亲有哮喘，这个月已经去了两次医院。

八月份我反映过一次，来人看了看就走了。那之后没几天，我停在楼下的电动车两个轮胎都被扎了。我不能说是谁干的，但老板在店门口跟人说过“谁告的我心里有数”。

名字我照样写，这件事总得有人管。可说实话，我现在晚上回家都有点发怵，家里就我和老母亲两个人。请环保部门这次认真查一查他的油烟净化设备。

甘丽萍 139 0000 4513
""", "demand", "yes", "c", "Ecology and Environment Bureau", "normal", "zh", "-")

L(39, "legal-aid-address", "html", "2026-11-18 11:05", ("Nina Hua", "nina.hua@example.net"),
  "Address and hours of the legal aid centre?", """
Hello,

An elderly lady in our building was knocked down by a delivery scooter in August and has been told she may be entitled to free legal aid. She doesn't use the internet, so I'm asking for her.

Could you tell me the address of the city's legal aid centre, its opening hours, and whether she needs to book in advance? Is there a branch closer to the north of the city? And should she bring anything apart from her ID card and hospital records on the first visit?

Thank you,
Nina Hua, residents' committee volunteer
""", "information", "no", "-", "Justice Bureau", "normal", "en", "-")

L(40, "shiyan-erxiao-teacher", "plain", "2026-09-15 21:48", ("樊女士", "fanms@inbox.example"),
  "反映实验二小三（4）班班主任的做法", """
我替邻居家写这封信，她家孩子在实验二小三年级（4）班。

这个班的班主任陶老师，开学第二周在家长群里说“有需要的家长可以周末把孩子送到我家里巩固一下”，一次两小时三百元。去了的孩子，座位都调到了前三排，课上也常被表扬；没去的，包括邻居家孩子，被调到最后一排，作业本上经常只批一个“阅”字。教师节前，家委会还私下收了每家两百元，说是“给老师表示一下”。

邻居很犹豫要不要写，怕孩子在班里受影响，是我劝她的。请教育部门了解一下情况。
""", "complaint", "yes", "a", "Education Bureau", "normal", "zh", "-")

L(41, "mianfang-alley-sewer", "plain", "2026-09-08 16:02", ("孔师傅", "kongshifu@example.net"),
  "下水到冒出来了", """
领导你好，我们是纺织厂老宿舍，在棉纺路后面那条没名字的小巷子，一下雨巷子里的下水到就往上冒黑水，臭的要命，水都漫到一楼人家门口了，上星期那场雨，老孙家厨房进了水，东西泡坏了好多。

这个下水到好象是好几年没通过了，井盖底下全是於泥。住这里的都是老人，自己弄不了。请派人来疏通一下，谢谢了。

老宿舍 孔师傅 电话 133 0000 5847
""", "demand", "no", "-", "Water Affairs Bureau", "normal", "zh", "typos")

L(42, "title-add-spouse", "json", "2026-10-24 11:30", None,
  "房产证加名", """
房产证上加老伴名字，要带啥材料？
""", "consultation", "no", "-", "Natural Resources and Planning Bureau", "normal", "zh", "short",
  name="蓝德彪", phone="135 0000 1962", email="", anonymous=False, district="城中区")

L(43, "cherry-street-awnings", "plain", "2026-11-08 09:50", ("Frank Deng", "frank.deng@example.com"),
  "Why is only one side of Cherry Street being told to remove awnings?", """
Dear Mayor,

I own three shopfronts on the south side of Cherry Street and let them to a noodle shop, a tailor and a phone-repair stall. On 2 November the urban management squad posted notices on all three: remove the awnings within seven days or they will be torn down. Fine, if the rule is the rule.

But the north side of the same street, twenty metres away, has exactly the same awnings, some of them bigger, and not one notice has gone up there. When my tenants asked at the squad's office why, they were told "it's being done in batches", and nobody could say when the north side's batch would come. No written standard, no schedule, nothing.

I would like the bureau to publish what the standard is and when it applies to everyone on the street.

I'll be honest, I hesitated before sending this. Two of my tenants are renewing their business licences next month, and my own application to change the use of the corner unit is still waiting for approval. I hope writing to you doesn't make any of that harder.

Frank Deng
+86 136 0000 3390
""", "complaint", "yes", "c", "Urban Management Bureau", "normal", "en", "-")

L(44, "forward-golden-spoon-wages", "plain", "2026-10-27 15:20", ("12345 Hotline Operator 0921", "op0921@hotline.example"),
  "[Forwarded call] Unpaid wages, Golden Spoon restaurant - English-speaking caller", """
Forwarded from the hotline's English service line.

Call received: 2026-10-27 14:05
Caller: female, gave her name as Maria Santos, phone 152 0000 6618

Caller's words as noted:
"I worked in the kitchen at Golden Spoon restaurant on Harbour Road from June until the end of September. They paid me for June and July. August and September, nothing, about 11,000 yuan. The manager says the owner is away. Now they changed the lock on the staff door and I can't even get my things out. I have my contract and WeChat messages with the manager."

Operator's note: by her account the caller holds a valid work permit. She asked whether she can complain in English; told her we would forward her words as given. She can take calls after 3 p.m. Please dispatch to the labour department; an interpreter may be needed for the return call.

Operator No. 0921
""", "demand", "no", "-", "Human Resources and Social Security Bureau", "normal", "en", "quoted")

L(45, "museum-senior-ticket", "json", "2026-11-20 15:02", None,
  "請問博物館長者票價", """
您好！本人今年七十二歲，自香港回鄉探親，下月中旬擬往市博物館參觀「青銅器特展」。請問：一、長者可否免費入場？須出示何種證件，回鄉證是否可以？二、特展是否須另行購票及預約？三、週一是否閉館？　謝謝！
""", "information", "no", "-", "Culture and Tourism Bureau", "normal", "zh", "fullwidth",
  name="鄺錦華", phone="+852 0000 7731", email="kwong.kw@example.org", anonymous=False, district="")

L(46, "jinshawan-water-cut", "plain", "2026-10-13 13:37", ("侯文斌", "houwb@example.org"),
  "物业以欠费为由给我四套出租屋停水停电", """
我在金沙湾小区有四套房子出租。物业说我去年的“二次供水加压费”没交，一套一千二，10月10号开始把我四套房的水电全停了，租客天天打电话骂我，有一户已经说要退租。

加压费这件事我有异议，物业合同里根本没有这个收费项目，我让他们拿出收费依据，他们拿不出来。就算有争议，物业能停业主的水电吗？请住建部门管一管，先让他们恢复供水供电。

还有一件事要说一下：物业的周经理前两天在电话里讲，“你再到处去告，以后你这几套房子装修、搬家都别想从大门进”。我的房子是要长期出租的，租客进出都要过他们的门，我确实担心。

房东 侯文斌 137 0000 2805
""", "demand", "yes", "c", "Housing and Urban-Rural Development Bureau", "normal", "zh", "-")

L(47, "kindergarten-meal-fee", "plain", "2026-10-25 22:05", ("袁婷", "yt.parent@post.example"),
  "公办幼儿园学期中途涨伙食费，合规吗", """
您好，想咨询一个问题。

我孩子在一所公办幼儿园上中班。这学期开学已经一个半月，园里突然在家长群发通知，说从11月起伙食费从每月380元调到520元，“请各位家长理解”，没有开家长会，也没有公示过伙食费的收支明细。

想问：1. 公办幼儿园调整伙食费需要经过什么程序，要不要报教育部门或价格主管部门备案？2. 家长有没有权利要求公开伙食费的账目？

我是家委会成员，其他家长让我出面问问。孩子还要在园里待两年，答复时麻烦不要提是哪个班、哪位家长问的，直接回我邮箱就好。
""", "consultation", "yes", "b", "Education Bureau", "normal", "zh", "-")

L(48, "garbage-station-hours", "json", "2026-10-01 21:18", None,
  "垃圾分类投放点的开放时间太短了", """
我是楼长。我们小区实行定时定点投放，只在早上7点到9点、晚上6点半到8点半开放。老人有时间，但很多双职工家庭早出晚归根本赶不上，结果垃圾袋就挂在投放点的栏杆上，被野猫翻得到处都是，督导员第二天还得挨个收拾。

建议：1. 增加一个中午时段，或者晚上延长到10点；2. 设一两个24小时的误时投放箱；3. 投放点装个灯，晚上好分拣。
""", "suggestion", "yes", "b", "Urban Management Bureau", "normal", "zh", "-",
  name="", phone="", email="", anonymous=True, district="桃源区")

L(49, "lotus-court-fake-inspection", "plain", "2026-11-02 10:28", ("Hugo Ma", "hugo.ma@example.net"),
  "A maintenance fund sign-off for work that was never done", """
Dear Mayor,

I chair the owners' committee of Lotus Court. In July our property company, Ruifeng Property Services, drew 214,000 yuan from the estate's maintenance fund for "replacing the fire pump and pipes in the basement of Buildings 3 and 4". The withdrawal needed a site inspection and sign-off from the district housing office.

The inspection record, which we obtained in September, is signed by Mr. Ke Jianping of that office and dated 12 July. It states the work was "completed and acceptable". But the pump in the basement of Building 3 still carries the manufacturer's plate from 2009, and residents who were in the basement that day say nobody came. Our electrician checked the pipes: the old rusted ones are still there.

We have since learned that Mr. Ke's son-in-law is a shareholder of the subcontractor named on the invoice.

We have photos, the inspection record and the invoice. We ask that this be looked into by the discipline inspection authorities rather than by the office he works in.

Hugo Ma
Chair, Lotus Court Owners' Committee
""", "complaint", "yes", "a", "Discipline Inspection Commission", "normal", "en", "-")

L(50, "veteran-medical-help", "alt", "2026-09-29 14:40", ("Sophie Xiang", "sophie.xiang@example.com"),
  "Medical help for a retired soldier living alone", """
Dear Veterans Affairs Bureau,

I work on the residents' committee of Harbour View community. One of our residents, Mr. Qin, 79, served in the army from 1965 to 1981 and was then placed in a factory that no longer exists. He has heart disease, and his medical bills this year are already over 20,000 yuan after insurance.

He has heard that veterans can get extra help with medical costs but doesn't know how to apply. Could you tell us:
1. What medical assistance is available to a veteran in his situation (not disabled in service, retired from an enterprise)?
2. What documents he needs? His discharge certificate was lost when the factory closed. Is there a way to get a copy?
3. Can the residents' committee submit the application on his behalf?

Kind regards,
Sophie Xiang
""", "consultation", "no", "-", "Veterans Affairs Bureau", "normal", "en", "-")

L(51, "shimen-school-wires", "plain", "2026-11-09 07:20", ("12345热线 话务员0633", "agent0633@hotline.example"),
  "【紧急转办】石门路小学门口电线杆倒伏，电线泡在积水里", """
来电转办（话务员记录）

时间：11月9日 07:12
来电人：男，称是石门路小学正门对面早餐店的老板，电话 182 0000 7356
来电内容：昨夜大风，石门路小学正门对面一根电线杆歪倒，几根电线垂下来泡在路边积水里，积水有一截漫到人行道上。七点半以后学生陆续到校，家长都从那段人行道走。他已经用几张凳子把那段拦了一下。

话务员意见：有触电危险，已建议来电人远离并劝阻行人，同时通知学校门卫。请立即派人到场处置，并通知供电单位断电。

工号0633
""", "demand", "no", "-", "Emergency Management Bureau", "high", "zh", "-")

L(52, "medical-insurance-queue", "plain", "2026-10-29 17:45", ("柴秀云", "chaixy@example.org"),
  "医保窗口八个开两个，真是“高效”", """
10月29日上午，我替楼里两位老人去市民中心三楼医保窗口办异地就医备案。8点半到，取的是73号。大厅里一共八个医保窗口，开着的只有两个，另外六个桌上摆着“暂停服务”的牌子，电脑都黑着。一直等到11点40才叫到我，前后三个多小时，旁边一位坐轮椅的老太太等得直叹气。

我不怪窗口里那两位工作人员，她们从头忙到尾，连口水都没喝。问题出在人手这样安排，真是“高效”得很。能不能按人流多开几个窗口，或者把网上就能办异地备案这件事多宣传宣传？

居民志愿者 柴秀云
""", "complaint", "no", "-", "Healthcare Security Bureau", "normal", "zh", "sarcasm")

L(53, "jade-garden-guard", "plain", "2026-10-07 22:50", ("Leo Shen", "leo.shen@inbox.example"),
  "Night guard at Jade Garden north gate insulting residents", """
Hello,

I'm a building leader at Jade Garden. Since the property company changed its security contractor in September, one guard on the night shift at the north gate has become a real problem. He shouts at elderly residents who forget their access cards, called one old man "a useless old thing" in front of his grandson, and refuses to let medicine deliveries in after 9 p.m., so residents have to go down to the gate in their pyjamas to collect them.

We've complained to the property company's office three times. Each time they say they'll "have a word with him", and nothing changes.

Could the housing department remind the property company of its obligations and make them deal with this? We're not asking for anyone to be punished, just for the gate to work for the people who pay for it.

Leo Shen
Tel. 155 0000 3108
""", "demand", "no", "-", "Housing and Urban-Rural Development Bureau", "normal", "en", "-")

L(54, "fake-medical-insurance-calls", "json", "2026-11-16 19:55", None,
  "举报诈骗电话", """
我们楼里好几位老人这两天都接到同一个号码打来的电话，自称是“医保局工作人员”，说老人的医保卡被人盗刷了，要加微信“配合冻结账户”，还要报银行卡号。我家对门的老吴差点就转了钱，被他儿子拦下了。号码是 170 0000 9341。请公安部门查一查这个号码，能封就封，也请社区多提醒提醒老人。
""", "demand", "no", "-", "Public Security Bureau", "normal", "zh", "-",
  name="龙素珍", phone="189-0000-4472", email="", anonymous=False, district="河西区")

L(55, "xinhua-rd-transfer-signs", "plain", "2026-11-22 20:30", ("Jason Wu", "jasonwu@example.org"),
  "Suggestion: clearer signs for the Line 2 / Line 5 transfer at Xinhua Road 地铁站", """
Hi,

I volunteer as a 志愿者 guide at Xinhua Road metro station on weekends. The transfer between Line 2 and Line 5 is the most confusing in the city. We answer the same question, "换乘往哪走？", about fifty times a morning, from old people and foreign visitors alike.

A few suggestions:
1. Floor arrows in the line colours, all the way from the platform to the transfer hall;
2. Bigger characters on the hanging signs. Many 老人 can't read them from a distance;
3. English under every sign, not only the main ones. The signs for 出口C and 出口D are Chinese only.

I'm happy to walk someone from the metro company through the route and show them the worst spots.

Jason Wu
""", "suggestion", "no", "-", "Transport Bureau", "normal", "en", "mixed")

L(56, "inheritance-title-materials", "plain", "2026-10-31 09:12", ("覃晓东", "qinxd@example.com"),
  "关于上次答复中“需补充相关材料”的追问", """
您好：

我9月份来信询问继承父亲名下房产办理过户登记的事，10月10日收到答复，原文如下：

“来信人您好：经核实，您申请的不动产继承转移登记因材料不齐未能受理，请补充相关材料后再到不动产登记中心窗口申请。感谢您对我们工作的支持。”

我想请问，“相关材料”具体是哪些？我已经交了父亲的死亡证明、户口本、房产证，还有我们兄妹三人的身份证。窗口只说“缺东西”，让我看答复；答复里又只写“相关材料”。是要公证书，还是要另外两个兄妹到场，还是别的什么？能不能一次性列个清单给我，我从外地回来一趟不容易。

来信人 覃晓东
电话 (0771) 0000-8812
""", "consultation", "no", "-", "Natural Resources and Planning Bureau", "normal", "zh", "quoted")

L(57, "liuwan-station-tricycle", "plain", "2026-11-04 20:16", ("卫大姐", "wei.dajie@mail.example"),
  "派出所值班民警不给立案还说风凉话", """
我邻居老胡的三轮车上礼拜在菜场边上被偷了，那是他拉废品吃饭的家伙。他不太会说话，我陪他去的柳湾派出所报案。

值班的是个年青民警，警号最后两位是37，听了两句就说“一辆破三轮值几个钱，自己在买一辆不就完了”，也不给作笔录。老胡问能不能查下监控，他说“监控是给大按子看的”，然后就低头完手机，我们在那站了十来分钟没人理。

老胡回来哭了一晚上。丢车是小事，人不能被这么对待吧。请公安局管一管，至少让人把案立上。

邻居 卫大姐
""", "complaint", "yes", "a", "Public Security Bureau", "normal", "zh", "typos")

L(58, "pothole-thanks", "plain", "2026-11-25 18:02", ("Tony Bai", "tony.bai@example.net"),
  "Thanks", """
Reported the pothole outside Block 12 on Monday, fixed by Wednesday. Thank you, 12345.
""", "information", "no", "-", "none", "normal", "en", "short")

L(59, "landlord-tenant-registration", "plain", "2026-09-20 10:38", ("屈先生", "qu.fangdong@example.com"),
  "房东要不要给租客去派出所登记？", """
您好，我是房东，在云杉路和荷塘街一共有七套小户型出租，租客换得很勤，有的住两三个月就走。

想问几件事：
1. 租客入住后，房东是不是必须去派出所给他们做居住登记？规定是几天之内？
2. 现在能不能在网上或者手机上登记，不用每次都跑派出所？
3. 租客不配合、不给身份证复印件，我该怎么办？不登记的话房东要担什么责任？

以前一直没人跟我说过这些，最近社区民警上门提了一句我才知道，想趁早弄清楚。

房东 屈先生 微信同号 138 0000 6690
""", "consultation", "no", "-", "Public Security Bureau", "normal", "zh", "-")

L(60, "yinxing-grid-visits", "plain", "2026-11-27 16:25", ("一位老同志", "yinxing.laotongzhi@example.net"),
  "关于社区网格员入户走访的一点建议", """
我退休前在区里的一个部门干了三十多年，现在住银杏小区，也算是看着网格化管理一步步搞起来的。

最近注意到，我们小区的网格员一个人要管六百多户，每月还要完成规定的“入户走访”次数，拍照上传。结果就是敲门、拍张照、签个字就走，独居老人真有事的反而顾不上。上个月楼里一位老人在家摔倒，两天后才被发现，那一户的走访记录上写的是“正常”。

建议：一、走访考核少看次数、多看质量，独居、高龄、残疾户单独建台账重点走；二、给网格员减负，表格能合并的合并；三、鼓励楼长、志愿者参与，和网格员结对。

名字我就不落了。现在管这一块的，好些是我当年的同事和他们带出来的年轻人，我写这个是就事论事，不想让人觉得我在背后指点谁。

一位老同志
""", "suggestion", "yes", "b", "Municipal Government Office", "normal", "zh", "-")


# ---------------------------------------------------------------- output

def enc_header(value):
    """ASCII stays as is; anything else becomes RFC 2047 encoded words."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8").encode(linesep="\r\n")


def enc_from(name, addr):
    try:
        name.encode("ascii")
        return '"%s" <%s>' % (name, addr) if any(c in name for c in ',.()') else "%s <%s>" % (name, addr)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, "utf-8").encode(linesep="\r\n"), addr)


def crlf(text):
    lines = text.replace("\r\n", "\n").split("\n")
    for ln in lines:
        assert len(ln.encode("utf-8")) <= 990, ln[:40]
    return "\r\n".join(lines)


def to_html(text, lang):
    parts = []
    for para in text.split("\n\n"):
        lines = [html.escape(x) for x in para.split("\n")]
        parts.append("<p>" + "<br>\r\n".join(lines) + "</p>")
    return ('<!DOCTYPE html>\r\n<html lang="%s"><head><meta charset="utf-8"></head>\r\n'
            '<body>\r\n%s\r\n</body></html>' % ("zh-CN" if lang == "zh" else "en",
                                                "\r\n".join(parts)))


def when_dt(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=TZ)


def build_eml(x):
    name, addr = x["sender"]
    dt = when_dt(x["when"])
    mid = "<%s.%s-%03d@%s>" % (dt.strftime("%Y%m%d%H%M"), WRITER, x["num"], addr.split("@")[1])
    head = [
        "From: " + enc_from(name, addr),
        "To: mayor@city.example",
        "Subject: " + enc_header(x["subject"]),
        "Date: " + format_datetime(dt),
        "Message-ID: " + mid,
        "MIME-Version: 1.0",
    ]
    body = x["body"]
    if x["fmt"] == "plain":
        head += ["Content-Type: text/plain; charset=utf-8",
                 "Content-Transfer-Encoding: 8bit"]
        payload = crlf(body) + "\r\n"
    elif x["fmt"] == "html":
        head += ["Content-Type: text/html; charset=utf-8",
                 "Content-Transfer-Encoding: 8bit"]
        payload = crlf(to_html(body, x["lang"])) + "\r\n"
    elif x["fmt"] == "alt":
        b = "=_w12_alt_%03d" % x["num"]
        head += ['Content-Type: multipart/alternative; boundary="%s"' % b]
        payload = "\r\n".join([
            "This is a multi-part message in MIME format.",
            "",
            "--" + b,
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: 8bit",
            "",
            crlf(body),
            "",
            "--" + b,
            "Content-Type: text/html; charset=utf-8",
            "Content-Transfer-Encoding: 8bit",
            "",
            crlf(to_html(body, x["lang"])),
            "",
            "--" + b + "--",
            "",
        ])
    else:
        raise ValueError(x["fmt"])
    return ("\r\n".join(head) + "\r\n\r\n" + payload).encode("utf-8")


def build_json(x):
    f = x["form"]
    dt = when_dt(x["when"])
    obj = {
        "id": "%s-%03d" % (WRITER, x["num"]),
        "submitted_at": dt.isoformat(),
        "name": f["name"],
        "phone": f["phone"],
        "email": f["email"],
        "anonymous": f["anonymous"],
        "title": x["subject"],
        "content": x["body"],
        "district": f["district"],
    }
    return (json.dumps(obj, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def main():
    out = os.path.join(HERE, "letters")
    os.makedirs(out, exist_ok=True)
    for old in os.listdir(out):
        if old.startswith(WRITER + "-"):
            os.remove(os.path.join(out, old))
    nums = [x["num"] for x in LETTERS]
    assert nums == list(range(1, len(LETTERS) + 1)), "numbering"
    rows = ["path\tcategory\tconfidential\treason\tdepartment\tpriority\tlanguage\thard"]
    for x in LETTERS:
        ext = "json" if x["fmt"] == "json" else "eml"
        fname = "%s-%03d-%s.%s" % (WRITER, x["num"], x["slug"].lower(), ext)
        data = build_json(x) if ext == "json" else build_eml(x)
        with open(os.path.join(out, fname), "wb") as fh:
            fh.write(data)
        rows.append("\t".join(["letters/" + fname, x["cat"], x["conf"], x["reason"],
                               x["dept"], x["prio"], x["lang"], x["hard"]]))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(rows) + "\n")
    print("wrote %d letters" % len(LETTERS))


if __name__ == "__main__":
    main()
