#!/usr/bin/env python3
"""w18: letters from people where they live. Writes letters/ and labels.tsv.

Deterministic: no randomness, no clock. Standard library only.
"""
import json
import os
import html
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import formataddr, format_datetime

ME = "w18"
HERE = os.path.dirname(os.path.abspath(__file__))
TZ = timezone(timedelta(hours=8))

# Each letter: n, slug, kind (eml|html|multi|json), when, sender name, sender
# address, subject, body, then labels: category, confidential, reason,
# department, priority, language, hard.  For json: name, phone, email,
# anonymous, district (subject = title, body = content).
L = []


def add(n, slug, kind, when, name, addr, subject, body, cat, conf, reason,
        dept, prio, lang, hard, phone="", anonymous=False, district=""):
    L.append(dict(n=n, slug=slug, kind=kind, when=when, name=name, addr=addr,
                  subject=subject, body=body.strip("\n"), cat=cat, conf=conf,
                  reason=reason, dept=dept, prio=prio, lang=lang, hard=hard,
                  phone=phone, anonymous=anonymous, district=district))


# ---------------------------------------------------------------- English
add(1, "deposit-jade-garden", "eml", "2026-10-03 21:14",
    "Daniel Okafor", "d.okafor@mailbox.example",
    "Landlord refusing to return my deposit - Jade Garden flat",
    """
Dear Mayor's Office,

I rented a two-bedroom flat in Jade Garden (Building 7, unit 1502, off Hexi
Road) for two years and moved out on 30 September. The landlord, Mr. Tan, is
keeping my whole deposit of 9,000 yuan. He says the wall paint is "old" and
the sofa is "too soft now", which is simply what two years of normal living
does to a flat. I have photos from move-in and move-out and the handover list
we both signed, which notes no damage.

Since then he does not answer calls and has blocked me on WeChat. The agent who
arranged the lease says it is "between you two".

Can someone help me get the deposit back, or tell me who can mediate? I am in
the city until the end of November.

Daniel Okafor
139 0000 2817
""", "demand", "no", "-", "Housing and Urban-Rural Development Bureau",
    "normal", "en", "-")

add(2, "register-new-address", "json", "2026-10-04 09:12",
    "Marta Kowalczyk", "marta.k@example.net",
    "Registering my address after moving",
    """
Hello, I moved from a serviced apartment into a flat I rent on my own in
Qinglan Lane on 2 October. A colleague told me I must register with the local
police station within 24 hours and that my landlord has to come with me. Is
that correct? What do I need to bring - passport, lease, the landlord's
property certificate? Can it be done online or through an app? My visa is up
for renewal next spring and I don't want any trouble then. Thank you.
""", "consultation", "no", "-", "Public Security Bureau", "normal", "en", "-",
    phone="+86 155 0000 3902", district="Qinglan")

add(3, "spouse-permit-docs", "eml", "2026-10-06 15:40",
    "Ana Ribeiro", "ana.ribeiro@correio.example",
    "Residence permit for spouse (家属团聚) - which documents?",
    """
你好! I'm Brazilian and married to a Chinese citizen since August (我先生是本地户口).
We live with his parents in 梧桐里小区 for now.

I came on a Q1 visa and want to change it to a residence permit for family
reunion (团聚). The 出入境 website lists 结婚证, 户口本, 体检报告 and photos.
But: do I need my birth certificate translated and notarized again, or is the
结婚证 enough because we married here? And the 住宿登记 paper from the 派出所 -
do I bring the original?

Also how long before the Q1 expires should I apply? 谢谢!

Ana
""", "consultation", "no", "-", "Public Security Bureau", "normal", "en",
    "mixed")

add(4, "returning-family-school", "eml", "2026-10-08 08:05",
    "Kevin Liang", "kliang@maple.example",
    "Back from Canada - school place for our kids near home",
    """
Dear Sir or Madam,

My wife and I grew up in this city and left for Vancouver in 2009. We have now
come back for good and bought a flat in Meilin Terrace, north of the river.
Our two children, 7 and 10, were born in Canada and hold Canadian passports.

1) Can they attend the public primary school our estate is zoned for, or do
foreign-passport children have to apply somewhere else? Which documents, and
is there a deadline in the middle of the school year? The school office told
us to "ask the Education Bureau".

2) Separately: I kept my Chinese passport, but my hukou was cancelled when I
went abroad. How do I restore it - at the police station near the new flat?

The school question is the urgent one; the kids have been home for a month.

Kevin Liang
186-0000-7740
""", "consultation", "no", "-", "Education Bureau", "normal", "en",
    "two-intents")

add(5, "gas-smell-bldg3", "eml", "2026-10-09 19:52",
    "R. Moreau", "rmoreau@example.org",
    "GAS SMELL stairwell Bldg 3 NOW",
    """
Strong gas smell floors 4-6, Building 3, Lakeview Court, Nanhu Rd. Gas company
line busy. Please send someone.
""", "demand", "no", "-", "Emergency Management Bureau", "high", "en",
    "short")

add(6, "hongqiao-station-window", "eml", "2026-10-15 11:30",
    "Thomas Becker", "t.becker@example.com",
    "How I was treated at the Hongqiao Street police station",
    """
Dear Sir or Madam,

On 14 October around 10 a.m. I went to the Hongqiao Street police station to do
my accommodation registration, as the law requires. The officer at the front
window (a young man with glasses, badge number ending in 47) looked at my
passport, said something to his colleague and they both laughed. When I asked
in Chinese what was missing, he imitated my accent, pushed my form back
through the window and told me to "go back to your own country to register".

An older officer came by twenty minutes later and did the registration in five
minutes with exactly the same documents.

I am not asking for much. I would like someone to speak to him. I have to go
back to this station for every visa renewal, so I would rather he did not
learn this came from me.

Thomas Becker
""", "complaint", "yes", "a", "Public Security Bureau", "normal", "en", "-")

add(7, "bilingual-shutoff-notices", "eml", "2026-10-10 07:48",
    "Priya Nair", "priya.nair@example.net",
    "Water shutoff notices - please add English",
    """
Hello,

Last Tuesday the water in our tower in Riverside New District was off from 9
a.m. to 5 p.m. The notice was posted in the lift the evening before, only in
Chinese, and I found out with shampoo in my hair. Several families in our
building are from abroad and had the same surprise.

A few simple suggestions:
- put planned shutoff notices up in Chinese and English, at least in districts
  with many foreign residents;
- let customers choose English for the water company's SMS alerts;
- add a QR code on the paper notice linking to the details in English.

It would save a lot of confusion for very little cost.

Priya Nair
""", "suggestion", "no", "-", "Water Affairs Bureau", "normal", "en", "-")

add(8, "thanks-grid-worker-lu", "eml", "2026-10-12 20:03",
    "Sophie Martin", "sophie.martin@courrier.example",
    "Thank you to Ms Lu Xiaoyan, grid worker at Fenghuang Community",
    """
Dear Mayor,

I want to thank Lu Xiaoyan, the grid worker for our part of Fenghuang
Community. When I arrived in September I knew nothing and spoke very little
Chinese. She walked me to the police station to register, drew me pictures to
explain the garbage sorting, and when I had a fever in my first week she came
by with medicine and showed me which clinic to go to.

Please pass my thanks to her and to her supervisors; she deserves to be
recognised. You may use my name.

Sophie Martin
""", "information", "no", "-", "Municipal Government Office", "normal",
    "en", "-")

add(9, "fake-listing-agency", "eml", "2026-10-13 16:27",
    "Brian Otieno", "b.otieno@uni.example",
    "Rental agency took 3,500 yuan for a flat that doesn't exist",
    """
Hi,

I'm a PhD student from Kenya. An agent from "嘉禾房产 Jiahe Home" on Xinmin
Road showed me photos of a nice one-bedroom in 翠苑 and asked for 中介费 3,500
plus a deposit "to hold it". When I came to sign, the "landlord" turned out to
be another agent, the flat was a different, dirty room near the highway, and
they told me 中介费不退.

The shop has a 营业执照 on the wall, but the company name on it is not Jiahe.
Two other students from my lab had the same story with them this autumn.

Could you check this agency and help us get the money back?

Brian
+86 131 0000 4321
""", "demand", "no", "-", "Market Regulation Administration", "normal",
    "en", "mixed")

add(10, "brown-tap-water", "html", "2026-10-17 07:20",
    "Emma Lindqvist", "emma.l@example.org",
    "Brown water from the taps in Linjiang Apartments",
    """
Good morning,

For the last four days the water from our taps in Linjiang Apartments, Block B,
comes out brown-yellow for the first five minutes every morning and smells of
metal. Neighbours from the 2nd to the 12th floor say the same.

The property management says it is "the city pipe"; the water company's
hotline says it is "your building's tank". We have a one-year-old and are
buying bottled water for everything.

Could someone test the water and make whoever is responsible clean the tank or
the pipes? I can send photos and a video.

Emma Lindqvist, Block B 903
""", "demand", "no", "-", "Water Affairs Bureau", "normal", "en", "-")

add(11, "thanks-mailbox-team", "json", "2026-10-18 22:10",
    "Rachel Adeyemi", "rachel.a@example.com",
    "Thank you - the lights are back",
    """
Just a short note of thanks to the mayor's mailbox team. In September I wrote,
in poor Chinese with a translation app, about the dark lane behind our estate.
Within two weeks it was sorted and someone even phoned me back in English to
check. As a foreigner I did not expect such a quick answer. Please keep it up.
""", "information", "no", "-", "none", "normal", "en", "-",
    phone="", district="")

add(12, "booking-slots-vanish", "eml", "2026-10-20 08:02",
    "Harrison Wei Chen", "hwchen@example.net",
    "Congratulations on the most exclusive booking system in town",
    """
Dear Mayor's Office,

For three weeks I have been trying to book a slot at the real estate
registration centre to transfer my late father's flat into my name. Every day
at 8:00 sharp the slots for the next two weeks open, and every day by 8:00:30
they are all gone. Truly impressive - concert tickets are easier to get.

The phone line tells me to "keep trying online". The counter tells me walk-ins
are not accepted. I'm sure the system is working exactly as designed.

Could someone at least explain how ordinary people are meant to get an
appointment? Or keep a few walk-in places for the elderly, and for people who
cannot sit at a computer at eight every morning?

Harrison Wei Chen
""", "complaint", "no", "-", "Natural Resources and Planning Bureau",
    "normal", "en", "sarcasm")

add(13, "party-upstairs-officer", "eml", "2026-11-05 09:45",
    "Claire Dubois", "cdubois@example.org",
    "Noise upstairs, and the officer who came on 3 November",
    """
Dear Sir or Madam,

The flat above mine in Building 12, Sunshine Harbour, has had loud parties
until 3 or 4 a.m. at least twice a week since August.

On 3 November I called 110 at 1:40 a.m. An officer arrived about forty minutes
later. From the stairs I watched him go in. He stayed twenty minutes and came
out laughing with the tenant, a can of beer in his hand, told me "young
people, have some tolerance" and left. The music went on until four. The
tenant has since told other neighbours that he "knows people at the station".

I don't know the officer's name, but the station can easily see who took that
call at that hour. I want the noise to stop, and I don't think this officer
should be the one sent next time. Please do not give my flat number to the
station.

Claire Dubois
""", "complaint", "yes", "a", "Public Security Bureau", "normal", "en", "-")

add(14, "translation-window-2", "multi", "2026-10-23 18:36",
    "Matthew Hale", "matt.hale@example.com",
    "Marriage registration - the translation \"requirement\"",
    """
Hello,

My fiancee and I went to the marriage registration office in Beihu district on
21 October. I am British. My certificate of no impediment had already been
translated and stamped by a certified translation company in Shanghai.

The clerk at window 2, a woman in her forties with short hair, glanced at it
and said translations from "outside" usually get rejected. She gave us a
business card for a translation shop across the road and said that with them
everything would be "much smoother". The shop charged 800 yuan for one page.
While we waited, the owner took a call, said "yes, jie, they're here now", and
my fiancee noticed that he and the clerk share the same rather unusual surname
on their name badges.

We paid, because our date was booked and the family was waiting. But was the
Shanghai translation really not acceptable? If it was, I think someone should
look at what happens at window 2.

Matthew Hale
""", "complaint", "yes", "a", "Civil Affairs Bureau", "normal", "en",
    "indirect")

add(15, "fwd-tower2-lift", "eml", "2026-10-28 10:12",
    "Helen Zhou", "helen.zhou@example.net",
    "Fwd: Tower 2 lift - the property company's answer",
    """
Dear Mayor's Office,

Please see below the reply we got from our property management. The lift in
Tower 2, Skyline Residences (32 floors) stopped between floors three times in
October, once with my neighbour's 80-year-old mother inside for fifty minutes.
The inspection certificate inside the car expired in July. We do not think
"monitoring the situation" is enough. Please have the lift inspected.

Helen Zhou, for the Tower 2 owners' group

-------- Forwarded message --------
From: Skyline Property Service Centre <service@skyline-pm.example>
Date: Tue, 27 Oct 2026 17:05
Subject: Re: Tower 2 lift

> Dear owner,
> Thank you for your feedback. The maintenance company has checked the lift
> and found no major problem. The annual inspection is being scheduled. We will
> continue monitoring the situation. If you are worried, please use the lift in
> Tower 1.
> Skyline Property
""", "demand", "no", "-", "Market Regulation Administration", "normal",
    "en", "quoted")

add(16, "overseas-landlord-tax", "eml", "2026-10-26 13:00",
    "Lim Mei Ling", "meiling.lim@example.sg.example",
    "Tax on renting out an inherited flat - owner living abroad",
    """
Dear Sir or Madam,

I am a Singapore citizen of Chinese origin. I inherited a flat in Yunxi Garden
from my grandmother and want to rent it out through a local agent.

What tax is due on the rent, and where do I declare it while I live abroad?
Can the agent or the tenant withhold it for me? If a company rents it for an
employee, will they need a fapiao, and how would I issue one?

I would like to do it properly from the start.

Kind regards,
Lim Mei Ling
""", "consultation", "no", "-", "Taxation Bureau", "normal", "en", "-")

add(17, "all-carriers-new-towers", "json", "2026-10-29 21:47",
    "Oliver Grant", "ogrant@example.org",
    "New towers should let every broadband provider in",
    """
Our tower in Jinsha New Town was finished last year. Only one telecom company
was allowed to install fibre, because the developer signed an exclusive deal
with them. Their package costs twice what others charge and the speed at night
is terrible. Other providers told me they are "not permitted into the
building".

I suggest the city require new residential buildings to give all licensed
carriers equal access to the ducts and equipment rooms, and publish a list of
estates with exclusive arrangements. Many of us work from home now.
""", "suggestion", "no", "-", "Industry and Information Technology Bureau",
    "normal", "en", "-", phone="", district="Jinsha")

add(18, "library-card-passport", "eml", "2026-11-01 10:31",
    "Yuki Tanaka", "yuki.t@example.jp.example",
    "Library card?",
    """
Can a foreigner get a city library card with just a passport? Closest branch
to Wenhua Road? Thanks, Yuki
""", "information", "no", "-", "Culture and Tourism Bureau", "normal", "en",
    "short")

add(19, "cubicle-flat-wires", "eml", "2026-11-02 06:58",
    "Nguyen", "nguyen.th@example.net",
    "dangerous rooms in my building please check",
    """
hello,

i am renting one room in flat 602, building 5, Shuangqiao village new
apartment (the one near metro exit B). the landlord make the 3 room flat to 11
small room with wood board, every room have a cooker and all the electric wire
go together on the ceiling. yesterday night the socket in corridor become black
and smell burn. only one door, and the window have metal bar.

i am worry if fire come nobody can go out. please send someone to check. but
please not tell landlord it is me who write, he live downstair and he will make
me go out, i have no other place now.

thank you
Nguyen
""", "demand", "yes", "b", "Emergency Management Bureau", "normal", "en",
    "typos")

add(20, "ev-charging-old-estate", "eml", "2026-11-03 12:15",
    "Leo Sun", "leo.sun@example.com",
    "Charging points for cars and e-bikes in old estates - a suggestion",
    """
Hi,

I'm a returnee (海归) living in 红砖楼小区, a 1990s estate. There is no 充电桩
for cars at all, and e-bikes get charged in the 楼道 with extension cords
hanging out of third-floor windows. 物业 says the power capacity "isn't
enough", and the 业委会 has no budget.

Suggestion: put shared charging points and a covered 电动车集中充电棚 into the
老旧小区改造 plan, together with the power company, with scan-to-pay. It would
cut the fire risk in the stairwells too.

Cheers,
Leo Sun
""", "suggestion", "no", "-", "Housing and Urban-Rural Development Bureau",
    "normal", "en", "mixed")

# ---------------------------------------------------------------- Chinese
add(21, "jiazhuang-dianti", "eml", "2026-10-02 10:20",
    "马桂芬", "maguifen@example.com",
    "老楼加装电梯需要什么条件？",
    """
市长您好：

我和老伴今年都七十多了，住在纺织厂宿舍3号楼6楼，没有电梯。老伴去年做了膝盖手术，现在下一趟楼要歇四五回，一个星期也难得出门一次。

听说老旧小区可以加装电梯，想请问：
一个单元需要多少户同意才能装？一楼二楼的邻居不同意怎么办？
政府有没有补贴，每户大概要出多少钱？
向哪个部门申请，要准备什么材料？

谢谢！
马桂芬 137 0000 4415
""", "consultation", "no", "-", "Housing and Urban-Rural Development Bureau",
    "normal", "zh", "-")

add(22, "xiashawan-celiang", "eml", "2026-10-05 22:41",
    "一个老村民", "xsw1962@example.org",
    "关于下沙湾村旧改丈量的事",
    """
领导您好：

我们下沙湾村今年开始旧改，按面积补偿。丈量的时候，村主任两个小舅子家和他堂弟家，楼都是去年才加盖的，量出来每家比原来多了两三百平，连楼顶的铁皮棚都算进去了。我们家是九几年盖的四层，量的时候阳台和楼梯间都被扣掉了。

问丈量队的人，他们说"按村里给的图纸量"。补偿名单在祠堂门口贴了三天就没了，说是被风吹掉的。

名字我就不写了，一家人还住在村里，孙子在村小读书。只希望有人来看看那张图纸是谁画的。
""", "complaint", "yes", "a", "Discipline Inspection Commission", "normal",
    "zh", "indirect")

add(23, "zhaijidi-jiagai", "json", "2026-10-07 14:05",
    "", "",
    "宅基地上后来加盖的楼层怎么算补偿",
    """
我家在城中村有一栋三层的房子，一二层是2003年盖的，有宅基地证，第三层是2015年加的，当时没有报批。现在村里说明年要拆迁。想问一下：后加的第三层能不能算面积补偿？是按合法面积算还是另外有补助？如果不算，是不是要我们自己先拆？补偿标准在哪里能查到？因为涉及加盖的事，就不留名字了。
""", "consultation", "yes", "b", "Housing and Urban-Rural Development Bureau",
    "normal", "zh", "-", phone="", anonymous=True, district="石岗")

add(24, "gonggong-shouyi", "eml", "2026-10-09 20:30",
    "邓立新", "denglx@example.net",
    "物业三年不公开公共收益，另想问更换物业的程序",
    """
您好，我是锦绣华庭小区业委会委员邓立新。

小区电梯广告、地面停车、快递柜场地这些公共收益，物业公司（恒安物业）三年来没有公布过一分钱账目。业委会发函两次要求查账，物业经理说"账目属于公司商业机密"。请住建部门督促物业公开公共收益账目，该归业主的钱要归业主。

另外顺便问一下，如果业主大会决定更换物业公司，需要走哪些程序、投票要达到多少比例？

还有个情况也说一下。发函以后，我的车在地库被划了两次，家门口被泼过一次红油漆。上周在电梯里碰到物业经理，他说"邓老师，少操点心，身体要紧，你女儿每天一个人放学吧"。我女儿读初一。

邓立新
""", "demand", "yes", "c", "Housing and Urban-Rural Development Bureau",
    "normal", "zh", "two-intents")

add(25, "xiaofangmen-suolian", "eml", "2026-10-11 23:12",
    "老韩", "hanjianfu@example.com",
    "楼里的安全出口被锁了",
    """
我是南苑新村18栋的楼管员，在这栋楼看门五年了。

上个月物业为了不让外卖员和发小广告的进楼，把1到12楼的消防通道门都用铁链锁上了，钥匙只有物业办公室有。楼道里的烟感报警器因为老是误报，也被拆了电池。

我跟主管说过两次，他说"出了事有公司担着，你管好你的门就行"。楼里住着两百多户，好多是老人。

我一个月三千来块工资，老婆看病全靠这份钱，不敢跟公司闹。只是晚上值班看着那些链条，心里实在不踏实。
""", "demand", "yes", "c", "Emergency Management Bureau", "normal", "zh",
    "-")

add(26, "wulou-meishui", "eml", "2026-10-14 06:40",
    "周德贵", "zhoudegui@example.org",
    "五楼白天没水",
    """
市长你好，我们是桂花巷老干所宿舍的，住五楼，两个老人。这半年白天水龙头一点水都没有，只有晚上十一点以后才有一点点，我老伴每天半夜起来借水，存在桶里。三楼以下都有水。

物业说是水压不够要装加压泵，是自来水公斯的事，自来水公斯说是小区里面管子的事，踢来踢去。我们上了年级，实在拎不动水了，请帮帮忙解决一下。谢谢拉
""", "demand", "no", "-", "Water Affairs Bureau", "normal", "zh", "typos")

add(27, "loudao-fushou", "html", "2026-10-16 15:22",
    "沈玉兰", "shenyulan@example.net",
    "建议老旧小区楼道加装扶手和折叠座椅",
    """
市长您好：

我住在光明里小区，一栋六层的老楼，邻居大多是退休老人。爬楼最难的是三四楼之间，没地方歇脚，楼梯只有一边有扶手，还是锈的，冬天摸上去冰手。

建议在老旧小区改造时加上这几项：
一、楼梯两侧都装扶手；
二、每隔两层在平台装一个靠墙的折叠座椅；
三、楼道灯换成感应灯，亮的时间长一点。

花钱不多，对我们这些腿脚不好的人帮助很大。

沈玉兰
""", "suggestion", "no", "-", "Housing and Urban-Rural Development Bureau",
    "normal", "zh", "-")

add(28, "zoufang-jilu", "eml", "2026-10-19 23:55",
    "一名网格员", "gw.xinghua@example.net",
    "我们的入户走访记录是编出来的",
    """
我是杏花街道下面一个社区的网格员。

街道综治办的刘主任每到月底就在工作群里下任务：每个网格员完成120户入户走访，上传照片和居民签名。我们一个网格九百多户，白天还要处理各种临时任务，根本走不完。他的原话是"照片可以用以前的，签名你们自己想办法"，还在开会时亲自教我们怎么改照片上的时间水印。上级来检查时，这些记录都算成街道的成绩。

不配合的同事，月底考核就是"不合格"，扣绩效。

我不敢写是哪个社区，我们的合同一年一签。群聊截图我都保存了，需要时可以提供。
""", "complaint", "yes", "a", "Discipline Inspection Commission", "normal",
    "zh", "-")

add(29, "wanggeyuan-jianfu", "eml", "2026-10-21 12:40",
    "黄晓芸", "huangxiaoyun@example.com",
    "给网格员\"减负\"的一点建议",
    """
市长您好：

我叫黄晓芸，是金桥社区第三网格的网格员。这封信实名写，不需要替我保密，有问题可以直接找我。

我们手机上现在装了七个工作APP：人口信息一个，安全巡查一个，垃圾分类一个，养老服务一个……同一户人家的信息要在三个系统里各填一遍，每天录入就要三四个小时，真正去居民家里的时间反而少了。

建议：
1. 打通各部门的系统，一次录入、多方共用；
2. 清理重复的打卡、拍照留痕任务；
3. 统一表格的字段和格式。

希望网格员能把时间多用在独居老人和困难家庭身上。

黄晓芸 132 0000 6618
""", "suggestion", "no", "-", "Municipal Government Office", "normal", "zh",
    "-")

add(30, "juzhuzheng-fangdong", "json", "2026-10-22 19:18",
    "覃明", "",
    "房东不给房产证复印件，怎么办居住证",
    """
我上个月从广西过来打工，在城北租了一个单间，签了租房合同。想办居住证，派出所说要房东的房产证复印件和身份证复印件，房东怕被查税不肯给。请问没有房产证复印件还有别的办法吗？用社区开的居住证明行不行？是不是要住满半年才能办？
""", "consultation", "no", "-", "Public Security Bureau", "normal", "zh", "-",
    phone="176 0000 2290", district="城北")

add(31, "jifen-ruxue", "eml", "2026-10-24 09:33",
    "胡蓓", "hubei.mama@example.org",
    "随迁子女积分入学咨询",
    """
您好，我们是外地户籍，在本市连续交社保五年，孩子明年九月上小学。我们在滨江路租房住了三年，有备案的租赁合同。想请问：

1. 积分入学里租房的分怎么算，需要连续租住多久？
2. 这两年中间换过一次房东，备案断了两个月，会不会影响？
3. 离家最近的是育才路小学，积分够了是不是就能上这所，还是统筹安排？
4. 什么时候开始网上报名？

谢谢！
""", "consultation", "no", "-", "Education Bureau", "normal", "zh", "-")

add(32, "ziyuan-juanzi", "eml", "2026-10-25 21:08",
    "一位家长", "parent.sy@example.com",
    "想问问\"自愿捐资\"是不是自愿的",
    """
我们家就住在实验二小的划片范围里，房产证、户口都在片区内。

上周去学校登记，招生办一位姓段的副校长把我们叫到办公室，说今年片区生源多，学位紧张，"有些家庭会自愿支持学校建设"，顺手把一张写着银行账号的纸推过来，纸上手写着"3万"。我问不捐会怎样，他笑了笑说"那就等区里统筹吧，可能要去十公里外了"。

同小区好几家都交了，都已经收到了录取短信。我们家拿不出这笔钱，也不知道这钱该不该交。
""", "complaint", "yes", "a", "Education Bureau", "normal", "zh", "indirect")

add(33, "loushang-loushui", "eml", "2026-10-27 18:50",
    "彭建国", "pengjianguo@example.net",
    "楼上漏水一年多，请求调解",
    """
我家住在东篱苑9栋402，楼上502卫生间防水坏了，一年多来我家卫生间天花板一直往下滴水，墙皮泡烂了，灯也短路过一次。

找过楼上很多次，他说是我家管子的问题，不让我们进门看。物业上门看过，确认是楼上漏的，但说物业没有强制权。

我们不想打官司，听说可以申请人民调解，想请社区或调解委员会出面，让两家坐下来把维修和赔偿说清楚。

彭建国 150-0000-3371
""", "demand", "no", "-", "Justice Bureau", "normal", "zh", "-")

add(34, "sanci-baojing", "eml", "2026-10-30 07:05",
    "蔡晴", "caiqing@example.org",
    "三次报警，三次\"请联系物业\"",
    """
楼上装修，连续两周每天早上六点半开电锤，周末也不停。

第一次打110，说这个归城管；打城管，说居民楼装修噪音归公安；第二次打110，说帮你联系社区；社区说找物业；物业说业主不听他们的。第三次110干脆说"下次直接找物业就行"。

真好，踢了一大圈，球又回到我自己手上了。

想问一句：住宅楼里早上六点半的电锤声，到底哪个部门管？能不能给个明确的说法，别让老百姓自己当接线员。
""", "complaint", "no", "-", "Public Security Bureau", "normal", "zh",
    "sarcasm")

add(35, "ranqi-baojingqi", "eml", "2026-10-31 14:16",
    "吴海燕", "wuhaiyan@example.com",
    "燃气安检人员强行推销报警器",
    """
昨天下午两个穿燃气公司工装的人上门安检，检查完说我家必须装燃气报警器和自闭阀，一套680元，"不装的话下次就停气"。我婆婆一个人在家，吓得当场交了钱，拿到的收据上盖的是"某某安防科技"的章，不是燃气公司的。

我打燃气公司客服，对方说安检免费，不强制购买任何产品，但承认那两个人是他们外包公司的。

同一栋楼已经有五六户老人被这样收了钱。请查一查这种捆绑推销，把钱退给老人。

地址：枫林路翠湖小区12栋
""", "demand", "no", "-", "Market Regulation Administration", "normal",
    "zh", "-")

add(36, "xiaofang-tongdao-dusi", "eml", "2026-11-04 20:25",
    "梁振", "liangzhen@example.net",
    "消防通道每天晚上被车堵死",
    """
您好！我住在云顶国际２号楼，楼高３２层。

大楼东侧的消防通道（画了黄色网格线的那条）每天晚上７点以后就停满私家车，有时候一停十几辆，连消防登高面也占了。物业贴过告示，没人理。

上个月１８楼有户人家厨房着火，消防车开不进来，是在路口拉了２００多米水带才接上。要是真着了大火怎么办？？

请有关部门来管一管，至少装几根隔离桩。
""", "demand", "no", "-", "Emergency Management Bureau", "normal", "zh",
    "fullwidth")

add(37, "bandeng-wunian", "html", "2026-11-06 10:02",
    "谢文斌", "xiewenbin@example.org",
    "交房五年了还没拿到不动产权证",
    """
领导好：

我们南湖湾二期共八百多户，2021年交房，至今没有一户拿到不动产权证。孩子上学、落户、卖房都受影响。

以下是开发商最近一次贴在公告栏的通知，原文照抄：

> 尊敬的业主：因项目土地出让金补缴事宜尚在协调中，不动产权证办理时间另行通知，敬请谅解。
> ××置业有限公司 2026年9月

这样的通知每年贴一次，一年换一个说法。请不动产登记部门督促开发商尽快把手续办下来，让业主能拿到证。

南湖湾二期业主 谢文斌
""", "demand", "no", "-", "Natural Resources and Planning Bureau",
    "normal", "zh", "quoted")

add(38, "chuangkou-0317", "eml", "2026-11-07 16:44",
    "苏红梅", "suhongmei@example.com",
    "不动产登记中心7号窗口工作人员态度恶劣",
    """
11月5日上午我去不动产登记中心办继承过户，排了两个小时的队，轮到7号窗口。

窗口是一位三十岁左右的男工作人员，工号牌是0317。他翻了一下我的材料，说公证书复印件不清楚，直接把整摞材料从窗口扔出来，撒了一地。我问哪里不清楚，他说"看不懂就别来办，去找中介"。后面排队的人都看着，我一个六十岁的人蹲在地上一张张捡。

我要求给个说法，也请领导好好教育一下这位工作人员。

苏红梅 133 0000 7052
""", "complaint", "yes", "a", "Natural Resources and Planning Bureau",
    "normal", "zh", "-")

add(39, "guihua-gongshi", "eml", "2026-11-08 09:17",
    "陳志遠", "chenzhiyuan@example.net",
    "建議規劃公示同步張貼到周邊小區",
    """
市長您好：

我住在柳岸小區，上個月才發現小區南面那塊空地要蓋兩棟三十層的住宅，規劃公示期早就過了。公示只掛在網站上和工地圍擋裡面，周邊居民幾乎沒人看到。

建議：
一、涉及採光、通風的住宅項目，公示時在周邊五百米內小區的公告欄同步張貼；
二、公示期從十天延長到三十天；
三、由社區組織一次說明會，讓設計單位當面解答。

這樣可以少很多事後的糾紛。

陳志遠
""", "suggestion", "no", "-", "Natural Resources and Planning Bureau",
    "normal", "zh", "fullwidth")

add(40, "qingmiao-buchang", "json", "2026-11-09 11:26",
    "罗长根", "",
    "修路占地的青苗补偿两年没到位",
    """
我们是大坪镇枫树村的村民。2024年县道改线占了我们组十几户的承包地，当时镇里开会说青苗和地上附着物的补偿年底前发到户。到现在两年了，一分钱没见到。

我们去镇政府问了五六次，每次都说"资金还没拨下来""在走程序"，叫回去等。每次接待的办事员都不一样，也没人给过一个书面答复。地没了，补偿也没有，到底谁来管？
""", "complaint", "no", "-", "Agriculture and Rural Affairs Bureau",
    "normal", "zh", "-", phone="138-0000-5126", district="大坪镇")

add(41, "dili-butie-koukuan", "eml", "2026-11-10 20:48",
    "白泥坳村民", "bnao.cm@example.com",
    "地力补贴被扣钱",
    """
领导你好，我是白泥坳村的。今年的耕地地力补贴，别的村都打到一卡同上了，我们村是村会计统一领了再发现金，每亩少了二十几块，说是扣"水利费""卫生费"，没有收据。我家种十二亩，算下来少了三百多。

问他要名单看，他说"你爱要不要，不要明年没你的份"。村里七十多户都这样，没人敢出投。

我儿子在村口开个小卖部，营业执造年检还要村里盖章，所以名字就不写了。
""", "complaint", "yes", "a", "Discipline Inspection Commission", "normal",
    "zh", "typos")

add(42, "dapeng-jiangwen", "json", "2026-11-11 17:03",
    "钱有福", "",
    "降温",
    """
这两天是不是要大降温？大棚要不要盖草帘？
""", "information", "no", "-", "Meteorological Bureau", "normal", "zh",
    "short", phone="135 0000 8826", district="")

add(43, "shiqiao-gongjiao", "eml", "2026-11-12 08:10",
    "汤秀珍", "tangxiuzhen@example.org",
    "从石桥村到区人民医院坐几路车",
    """
请问从石桥村村口到区人民医院，有没有直达的公交？以前有个３１路，今年好像改线了。我每周二、周五要带老伴去做透析，早上７点前要到。首班车几点？末班车几点？谢谢！
""", "information", "no", "-", "Transport Bureau", "normal", "zh",
    "fullwidth")

add(44, "zhangzhe-shitang", "json", "2026-11-13 10:45",
    "曾凤英", "",
    "社区长者食堂几点开饭",
    """
听说我们翠竹社区开了长者食堂，请问中午几点开始？晚上开不开？一餐多少钱，要不要办卡？我是从外地过来帮女儿带孩子的，户口不在这里，能不能去吃？
""", "information", "no", "-", "Civil Affairs Bureau", "normal", "zh", "-",
    phone="", district="翠竹")

add(45, "jinlu-tingshui", "json", "2026-11-14 07:32",
    "", "",
    "停水",
    """
金鹿小区停水两天了，请问什么时候恢复？
""", "information", "no", "-", "Water Affairs Bureau", "normal", "zh",
    "short", phone="189 0000 4530", district="")

add(46, "xiexie-shizhang-dianti", "eml", "2026-11-15 19:20",
    "严家伟", "yanjiawei@example.net",
    "谢谢市长",
    """
谢谢市长！我们楼的电梯终于装好了，我妈在六楼住了二十年，昨天第一次坐电梯下楼。
""", "information", "no", "-", "none", "normal", "zh", "short")

add(47, "biaoyang-zhongli", "multi", "2026-11-16 09:00",
    "孔令辉", "konglinghui@example.com",
    "表扬长坡派出所户籍民警钟丽",
    """
您好：

我想表扬长坡派出所户籍室的钟丽警官。

我父亲八十六岁，卧床多年，身份证过期了要换，可他根本去不了派出所。钟警官知道后，下班后带着设备到我们家里，给父亲拍照、采集指纹，还耐心教我们在手机上查办理进度。上周新证已经拿到了。

这样的民警值得表扬，请转达我们全家的感谢。

孔令辉
""", "information", "no", "-", "Public Security Bureau", "normal", "zh", "-")

add(48, "baoan-tuiren", "eml", "2026-10-20 22:37",
    "许伟", "xuwei@example.org",
    "小区保安推倒我72岁的父亲",
    """
10月19日晚上，我父亲（72岁）散步回来忘了带门禁卡，在翡翠湾小区北门请保安开门。保安不但不开，还骂他"老东西"，推了他一把，父亲摔在地上，手腕骨裂。

物业说那天的监控"坏了"。这个保安是鸿运物业的，事后物业只说"是临时工，已经辞退了"，医药费推来推去，到现在没人管。

请主管部门督促物业公司承担责任、赔偿医药费，并管好他们的保安。

许伟 159 0000 1288
""", "demand", "no", "-", "Housing and Urban-Rural Development Bureau",
    "normal", "zh", "-")

add(49, "gongjijin-app", "json", "2026-10-23 12:55",
    "邹宁", "zouning@example.com",
    "公积金APP提取一直失败",
    """
我想提取住房公积金还房贷，从10月8号开始在公积金APP上提交了不下十次，每次到人脸识别那一步就显示"系统繁忙，请稍后再试"，换了三部手机都一样。打客服电话排队四十分钟，接通后说"线上有问题就去柜台"，去柜台又要提前预约，预约还得在APP里约。

这个圈谁能帮我打破一下？希望尽快把系统修好，或者给一个不用APP的办法。
""", "complaint", "no", "-", "Housing and Urban-Rural Development Bureau",
    "normal", "zh", "-", phone="158 0000 9033", district="")

add(50, "zhou-duizhang-weijian", "eml", "2026-10-26 21:30",
    "桃源新村居民", "ty5dong@example.net",
    "楼顶违建举报半年没人管",
    """
桃源新村5栋楼顶，去年底有人搭了一间一百多平方的彩钢房，还在楼顶砌了水池养鱼，顶楼几户的天花板都开裂渗水了。

我们向城管中队反映了四次，每次来的都是中队的周队长，上楼顶转一圈就走，说"正在走程序"。后来才知道，那户人家的女主人是周队长的亲妹妹。顶楼的邻居去问进度，周队长说"你家的空调外机架也是违建，要不要一起拆"。

我们希望换别的人来处理这件事。写信的事，请别让周队长知道。
""", "complaint", "yes", "a", "Urban Management Bureau", "normal", "zh", "-")

add(51, "yilou-yuanzi-kuojian", "eml", "2026-10-28 19:44",
    "青石巷居民", "qsx3d@example.com",
    "一楼院子扩建的事",
    """
我家住在青石巷小区3栋二楼。一楼那户这个月把自家院子往外扩了三米，砌了墙盖了顶，占了楼前的通道和绿化带，还把单元的雨水管包进了他家厨房。

楼上几户都有意见。他在楼下放话说"谁去告我，我心里有数"。前几天我家孩子放学路过，他站在门口盯着孩子看了好久，说"你家孩子挺乖的，上学路上小心点"。

我们也不知道该怎么办，就想请城管来看看那堵墙合不合规定。
""", "demand", "yes", "c", "Urban Management Bureau", "normal", "zh",
    "indirect")

add(52, "lajifenlei-xuanchuan", "eml", "2026-11-01 08:28",
    "葛磊", "gelei@example.org",
    "我们社区的垃圾分类宣传做得真好",
    """
我们朝阳里社区的垃圾分类宣传搞得真是轰轰烈烈：横幅挂了三条，展板立了六块，志愿者发了两次小册子。

唯一的小问题是，小区东门那四个垃圾桶已经十一天没人清运了，垃圾堆得比桶还高，分得再好也都混在一起发臭。晚上老鼠开会比居民开会还热闹。

请问清运车什么时候能来一趟？横幅可以少挂一条，车多来一趟就行。
""", "demand", "no", "-", "Urban Management Bureau", "normal", "zh",
    "sarcasm")

add(53, "dibao-zenme-shenqing", "eml", "2026-11-17 15:10",
    "陶德顺", "taodeshun@example.net",
    "地保怎么申请",
    """
请问低保是怎么申请的，我今年六十八岁，老伴去年走了，一个人住在城东的老房子，每个月养老金九百多块，看病都不够。社区的人说要填表，要有家庭收入证明，我儿子在外地打工自己都顾不上，他的收入也要算进去吗？房子是自己的会不会就不给办？要去哪里办，带什么东西。我不大会用手几，是孙子帮我发的，麻烦告诉我一下，谢谢领倒。
""", "consultation", "no", "-", "Civil Affairs Bureau", "normal", "zh",
    "typos")

add(54, "zulin-beian-taiwan", "eml", "2026-11-18 11:00",
    "林淑惠", "linshuhui@example.tw.example",
    "請問出租房屋要怎麼辦理租賃登記備案",
    """
您好：

我是台灣人，在貴市購有一套住宅（海灣名苑），目前人在台中，想委託朋友幫忙出租。請問：

１．房屋租賃登記備案需要房東本人到場嗎？可以委託辦理嗎？委託書需不需要公證？
２．用台胞證影本可以嗎？
３．備案後租客要辦居住證，房東這邊還需要提供什麼？

謝謝！
林淑惠
""", "consultation", "no", "-", "Housing and Urban-Rural Development Bureau",
    "normal", "zh", "fullwidth")

add(55, "caishichang-baoliu", "html", "2026-11-19 16:38",
    "聂振华", "niezhenhua@example.com",
    "建议保留柳荫街菜市场或就近设便民菜点",
    """
市长您好：

我们柳荫街片区有个开了二十多年的农贸市场，听说年底要关掉，改建成商业综合体。周边三个老小区住的大多是老人，最近的超市要坐两站公交，价钱也贵不少。

建议：
一、改建方案里保留一层做平价菜市场；
二、改建期间在附近空地设临时便民菜点；
三、引进社区生鲜店时给一些租金支持。

买菜是我们每天最要紧的事，请考虑一下。

聂振华
""", "suggestion", "no", "-", "Commerce and Investment Promotion Bureau",
    "normal", "zh", "-")

add(56, "gongdan-yibanjie", "eml", "2026-11-20 13:22",
    "黎永强", "liyongqiang@example.org",
    "工单显示\"已办结\"，可是没有人来过",
    """
10月12日我通过12345反映小区地下室积水发臭的问题（工单号HT2026101200437）。10月20日收到一条短信，内容如下：

【12345】您反映的问题已办结。处理结果：经现场核查，已协调物业进行处理，问题已解决。如有疑问请回电。

可是从头到尾没有任何人来过我们小区，也没有人给我打过电话，地下室的水现在还有十几公分深。我回电问，接线员说工单已经关了，只能重新提交一次。

"现场核查"到底核查了哪里？希望把这张单子重新打开，真的派人来看一眼。

黎永强 177 0000 3140
""", "complaint", "no", "-", "Municipal Government Office", "normal", "zh",
    "quoted")

add(57, "chengzhongcun-xiaofangzhan", "eml", "2026-11-22 10:05",
    "卢秀娟", "luxiujuan@example.net",
    "建议城中村多设微型消防站",
    """
我在岗头村租房住了六年。村里的握手楼挨得很近，巷子窄得电动车都难掉头，消防车根本开不进去。前年村西头着过一次火，等消防车绕进来，已经烧了两户。

建议：
一是在村里每隔几百米设一个微型消防站，配灭火器、水带和小型消防车；
二是培训房东和租户当志愿消防员；
三是每栋出租楼都要配灭火器和应急灯，由村委会定期检查。

卢秀娟
""", "suggestion", "no", "-", "Emergency Management Bureau", "normal", "zh",
    "-")

add(58, "suliaochang-yeli-paiyan", "eml", "2026-11-24 23:18",
    "新塘村村民", "xintang.cm@example.com",
    "村边塑料厂半夜排黑烟",
    """
我们是城郊新塘村的。村北边去年开了一家废塑料加工厂，白天不怎么开，一到晚上十点以后就开机，烟囱冒黑烟，一股烧塑料的臭味，整个村都闻得到，小孩老人都在咳嗽。厂里的污水直接排进村边的水沟，沟里的鱼都死光了。请环保部门晚上来查一查。

另外厂里的大货车半夜进出，把村道压得坑坑洼洼，也希望有人管管。

这个厂是村长的亲哥哥开的。前年村里有人去镇上反映过别的事，第二年他家的低保就没了。我家的地就挨着厂，老公在厂里打零工，一家老小靠这点钱过日子。
""", "demand", "yes", "c", "Ecology and Environment Bureau", "normal", "zh",
    "two-intents")

add(59, "geibi-qunzu", "eml", "2026-11-26 21:40",
    "刘女士", "liu.jt1103@example.org",
    "隔壁群租二十个人",
    """
我住在景泰花园7栋1103。隔壁1104的房东把三室一厅隔成了九个小间，住了将近二十个人，每天晚上进进出出到凌晨，楼道里堆满鞋子和电动车电瓶，电表箱经常跳闸。

业主群里有人提过一次，房东第二天就挨家敲门问"是谁在群里说的"。

请相关部门来查一下是不是违规群租。麻烦不要跟房东或者物业说是1103反映的，我一个人带孩子住。
""", "demand", "yes", "b", "Housing and Urban-Rural Development Bureau",
    "normal", "zh", "-")

add(60, "chanquan-mingzi", "eml", "2026-11-28 01:12",
    "L", "lmm2026@example.net",
    "房产证上的名字",
    """
想请教一个问题。

房子是婚前我父母全款出钱买的，但当时房产证上写的是我和我爱人两个人的名字。现在如果想把他的名字去掉，或者先弄清楚我占多少份额，需要他本人到场吗？不动产登记中心办理或者查询的时候，会不会打电话、发短信通知另一位产权人？

这件事我还没准备好让家里知道。麻烦只回复到这个邮箱，不要打我登记过的手机。
""", "consultation", "yes", "b", "Natural Resources and Planning Bureau",
    "normal", "zh", "indirect")


# ---------------------------------------------------------------- writers
CRLF = "\r\n"


def when_dt(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=TZ)


def enc_subject(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode(linesep=CRLF)


def to_html(body, subject):
    parts = []
    for para in body.split("\n\n"):
        lines = para.split("\n")
        if all(x.startswith(">") for x in lines):
            inner = "<br>".join(html.escape(x.lstrip("> ").rstrip())
                                for x in lines)
            parts.append("<blockquote>%s</blockquote>" % inner)
        else:
            parts.append("<p>%s</p>" % "<br>".join(html.escape(x)
                                                   for x in lines))
    return ("<html><head><meta charset=\"utf-8\"><title>%s</title></head>"
            "<body>\n%s\n</body></html>" % (html.escape(subject),
                                            "\n".join(parts)))


def crlf(text):
    return text.replace("\r\n", "\n").replace("\n", CRLF)


def write_eml(d, path):
    dt = when_dt(d["when"])
    dom = d["addr"].split("@", 1)[1]
    hdr = [
        "From: " + formataddr((d["name"], d["addr"]), charset="utf-8"),
        "To: mayor@city.example",
        "Subject: " + enc_subject(d["subject"]),
        "Date: " + format_datetime(dt),
        "Message-ID: <%s-%03d.%s@%s>" % (ME, d["n"], dt.strftime("%Y%m%d%H%M"),
                                         dom),
        "MIME-Version: 1.0",
    ]
    if d["kind"] == "eml":
        hdr += ["Content-Type: text/plain; charset=utf-8",
                "Content-Transfer-Encoding: 8bit"]
        body = crlf(d["body"]) + CRLF
    elif d["kind"] == "html":
        hdr += ["Content-Type: text/html; charset=utf-8",
                "Content-Transfer-Encoding: 8bit"]
        body = crlf(to_html(d["body"], d["subject"])) + CRLF
    else:  # multipart/alternative
        b = "=_%s-%03d-alt" % (ME, d["n"])
        hdr += ['Content-Type: multipart/alternative; boundary="%s"' % b]
        body = CRLF.join([
            "This is a multi-part message in MIME format.",
            "",
            "--" + b,
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: 8bit",
            "",
            crlf(d["body"]),
            "",
            "--" + b,
            "Content-Type: text/html; charset=utf-8",
            "Content-Transfer-Encoding: 8bit",
            "",
            crlf(to_html(d["body"], d["subject"])),
            "",
            "--" + b + "--",
            "",
        ])
    data = CRLF.join(hdr) + CRLF + CRLF + body
    with open(path, "wb") as f:
        f.write(data.encode("utf-8"))


def write_json(d, path):
    obj = {
        "id": "%s-%03d" % (ME, d["n"]),
        "submitted_at": when_dt(d["when"]).isoformat(timespec="seconds"),
        "name": d["name"],
        "phone": d["phone"],
        "email": d["addr"],
        "anonymous": d["anonymous"],
        "title": d["subject"],
        "content": d["body"],
        "district": d["district"],
    }
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=2)
        f.write("\n")


def main():
    out = os.path.join(HERE, "letters")
    os.makedirs(out, exist_ok=True)
    for name in os.listdir(out):
        if name.startswith(ME + "-"):
            os.remove(os.path.join(out, name))
    rows = ["path\tcategory\tconfidential\treason\tdepartment\tpriority"
            "\tlanguage\thard"]
    seen = set()
    for d in sorted(L, key=lambda x: x["n"]):
        assert d["n"] not in seen, d["n"]
        seen.add(d["n"])
        ext = "json" if d["kind"] == "json" else "eml"
        fn = "%s-%03d-%s.%s" % (ME, d["n"], d["slug"], ext)
        p = os.path.join(out, fn)
        if ext == "json":
            write_json(d, p)
        else:
            write_eml(d, p)
        rows.append("\t".join(["letters/" + fn, d["cat"], d["conf"],
                               d["reason"], d["dept"], d["prio"], d["lang"],
                               d["hard"]]))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8",
              newline="\n") as f:
        f.write("\n".join(rows) + "\n")
    print("wrote %d letters" % len(L))


if __name__ == "__main__":
    main()
