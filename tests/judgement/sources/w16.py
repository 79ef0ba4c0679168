#!/usr/bin/env python3
"""w16 letters, round 4. Writes letters/ and labels.tsv next to this file.
Deterministic: all dates are fixed in the table below."""
import os, json, html
from email.header import Header
from email.utils import formataddr

ME = "w16"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "letters")

# fields: num, slug, fmt (eml|html|multi|json), name, email, date, subject,
#         body, category, confidential, reason, department, priority, lang,
#         hard, extra (json: phone, district, anonymous)
L = []
def add(num, slug, fmt, name, email, date, subject, body, cat, conf, reason,
        dept, prio, lang, hard, **extra):
    L.append(dict(num=num, slug=slug, fmt=fmt, name=name, email=email,
                  date=date, subject=subject, body=body.strip("\n"),
                  cat=cat, conf=conf, reason=reason, dept=dept, prio=prio,
                  lang=lang, hard=hard, extra=extra))

add(1, "invoice-rounding", "eml", "Martin Kowalczyk", "m.kowalczyk@kowal-eng.example",
    "2026-09-03 10:14", "Invoice adjustment request on the Longtan pump station job", """
Dear Mayor's Office,

I run a small electrical engineering firm (Polish-owned, registered here since
2019). We are doing the electrical fit-out of the Longtan riverside pump station
under a contract with the district water works department.

At our last progress meeting, the project lead on the client side - the
gentleman who signs our payment certificates - asked me to raise our next
invoice by eight percent "to cover coordination" and to pay that difference on
to a consultancy called Huijin Advisory. I looked Huijin up. Its legal
representative shares his surname, and its registered address is the flat
printed on his wife's business card, which she handed me at a dinner in August.

Our stage 3 certificate has sat unsigned for six weeks, ever since I told him I
would need to check with head office. I have the meeting notes and the WeChat
message where the percentage was typed out.

I would rather our firm's name were not the first thing he hears when someone
starts asking.

Regards,
M. Kowalczyk
+86 138 0000 2291
""", "complaint", "yes", "a", "Discipline Inspection Commission", "normal", "en", "indirect")

add(2, "canteen-vegetables", "eml", "张桂芬", "zhangguifen66@mail.example",
    "2026-09-07 06:40", "青禾街道食堂的菜钱欠了七个月", """
领导你好：

我是给青禾街道办食堂送菜的，从今年三月份开始送，说好每个月月底结帐。到现在九月了一分钱都每给，一共是四万三千多块。每次去问财务那边就说在走流程，要等审pi，流程走了半年还没走完。

我们做的是小本生意，菜是从批发是场现金进的，现在批发那边我也欠着人家的钱。我不敢去闹，闹了明年食堂估计就换别家送了，我家一家四口就靠这个。

请帮忙协调一下把钱结了，谢谢。
电话 135 0000 8812
""", "demand", "yes", "c", "Municipal Government Office", "normal", "zh", "typos")

add(3, "weekend-piano-runs", "eml", "A driver", "night.road.77@inbox.example",
    "2026-09-08 22:31", "Logbook entries I am asked to sign", """
Hello,

I drive for a bureau in this city. I won't say which one in the subject line.

Most Saturdays since April I have been told to take the car whose plate ends in
376 to collect a girl of about twelve from a piano teacher in Jinhu New Town and
drive her to her grandparents' village, about 90 km each way. The girl is my
section head's daughter. On Monday the logbook is filled in as "field
inspection - rural water points" and I am asked to sign under it. Fuel goes on
the unit card.

Last week I was also told to carry two boxes of "local produce" back from the
village for a visitor from the provincial office. I don't want my signature on
any more of these pages.

I have a mortgage and this job. I can give the dates and copies of the logbook
if someone contacts me on this private email only.
""", "complaint", "yes", "a", "Discipline Inspection Commission", "normal", "en", "indirect")

add(4, "pension-transfer-thanks", "eml", "刘秀兰", "liu.xl.family@mail.example",
    "2026-09-09 19:05", "感谢社保窗口陈晓燕同志", """
领导好：

我在区政务服务中心做保洁，今年六十一了。之前在老家交了十几年养老保险，一直不知道怎么转过来。社保窗口的陈晓燕同志下班以后还留下来帮我查记录，又帮我打电话到老家社保局问要什么材料，前后跑了三趟，都是她帮我弄好的，一句不耐烦的话都没有。

现在转移手续已经办好了。我不会写字，这封信是我女儿帮我写的，就是想让领导知道有这么好的同志。
""", "information", "no", "-", "Human Resources and Social Security Bureau", "normal", "zh", "-")

add(5, "work-permit-change", "eml", "Lena Hoffmann", "lena.hoffmann@rheinmach.example",
    "2026-09-10 09:22", "Work permit when a foreign engineer changes employer", """
Hello,

I am the bilingual HR coordinator at a German machinery company in the Hexi
industrial park. One of our engineers, a Brazilian national, holds a work permit
valid until March 2027 that was issued for his previous employer, a design firm
in another district. He joined us on 1 October.

1. Does he need to cancel the old permit and apply from scratch, or is there a
   change-of-employer procedure?
2. Which documents from the previous employer are required (a release letter?)
3. May he keep working for us while the application is processed?

Thank you for your help.
Lena Hoffmann, HR
0755-0000-3172
""", "consultation", "no", "-", "Human Resources and Social Security Bureau", "normal", "en", "-")

add(6, "station-holding-room", "eml", "一名辅警", "dg.shift.night@mail.example",
    "2026-09-12 01:17", "上周五晚上留置室里的事", """
我是东岗派出所的一名辅警，合同一年一签。

上周五晚上十一点多，我们带回来一个喝醉了在烧烤摊闹事的男的，人已经铐在留置室的椅子上了。值班的那位老民警（四十多岁，所里就他一个人留那么重的络腮胡）嫌他骂人，过去对着他肚子踹了两脚，又拿矿泉水瓶砸他的头。当时我和另一个辅警都在场，留置室东北角的摄像头应该拍得到。

第二天那个人的家属来问伤是怎么来的，所里说是他自己在烧烤摊跟人打架弄的。

我心里一直过不去。我明年三月合同到期，续不续都是所里说了算，所以这封信只能用这个邮箱发。希望有人去调一下那天晚上的监控。
""", "complaint", "yes", "a", "Public Security Bureau", "normal", "zh", "indirect")

add(7, "queue-machine-broken", "eml", "何永强", "heyq@biz-mail.example",
    "2026-09-14 12:03", "市民服务中心取号机坏了一上午没人管", """
今天上午八点半到市民服务中心二楼办营业执照变更，取号机坏了，工作人员说只能手写排号，结果手写的号和系统叫号对不上，叫了好几次空号，后面的人又插不进去。

我从八点半等到十一点四十，中间没有任何人出来说明情况，广播也不报。窗口的工作人员其实一直在忙，不怪他们，但设备坏了没有任何应急办法，一上午就这么浪费了。

对这种管理我很不满意，希望服务中心对排队系统的问题给个说法。
""", "complaint", "no", "-", "Administrative Approval Bureau", "normal", "zh", "-")

add(8, "metro-bilingual-signs", "html", "Daniel Osei", "d.osei@intlschool.example",
    "2026-09-15 20:48", "Suggestion: English on temporary metro transfer signs", """
Dear Sir or Madam,

I teach at an international school and ride Line 3 and Line 7 every day. At the
Xiyuan Road interchange the transfer signs in the passage are in Chinese only,
apart from the line numbers, and the temporary signs put up during the escalator
works are handwritten in Chinese. New colleagues and visiting parents regularly
end up outside the station instead of on the other line.

May I suggest:
(1) bilingual temporary signage as a standard requirement for any station works;
(2) exit letters plus one landmark in English at every exit, as is already done
at Central Station;
(3) a QR code on each platform linking to an English station map.

I would gladly proofread translations for free.

Daniel Osei
""", "suggestion", "no", "-", "Transport Bureau", "normal", "en", "-")

add(9, "old-estate-lift-and-more", "eml", "孙德明", "sundeming1952@mail.example",
    "2026-09-16 16:30", "棉纺新村的电梯、水压和其他几件事", """
市长您好：

我是棉纺新村12号楼的住户，这栋楼是九十年代的老厂房宿舍，前年加装了电梯，大家都很高兴。可是这次电梯从八月二十六号停到现在快三个礼拜了，门上贴了张纸写“维修中”，就再也没人来过。我母亲今年九十岁，住在七楼，腿脚不好，这三个礼拜一次楼都没下过，上周要去医院复查，是我和我儿子两个人轮流把她背下去的，我自己也七十多了，实在背不动了。问物业，物业说电梯是当年加装的时候居民出资的，不归他们管；问当初的加装小组，组长说维保合同去年就到期了。到底该谁管，谁也说不清楚。

另外还有两个事顺便说一下：一是每天晚上七点到九点，六楼以上的水压特别小，洗澡的水都是一滴一滴的；二是楼下有几户养狗不拴绳，草坪上到处是狗屎。

最急的还是电梯，请领导帮忙找个部门来把电梯修好，以后维保也有个着落。谢谢！

孙德明  电话：0571-0000-6625
""", "demand", "no", "-", "Housing and Urban-Rural Development Bureau", "normal", "zh", "two-intents")

add(10, "night-supervision", "eml", "Intern, Ward B", "lp.rotation.2026@mail.example",
    "2026-09-18 23:55", "A suggestion on supervision records for intern procedures", """
Dear Health Commission,

I am a final-year medical intern (I trained in the UK, so please forgive me for
writing in English), currently rotating through general surgery ward B of the
Municipal No. 2 Hospital.

I would like to suggest that the supervising doctor's presence be recorded
electronically - a badge-in at the bedside, for example - for procedures done by
interns such as central lines and lumbar punctures.

My reason: the attending who is on paper supervising us at night on ward B is,
most nights, not in the building. We are told to write "performed under the
supervision of Dr. ___" with his name, and he countersigns the next morning. Two
weeks ago an intern's lumbar puncture on an elderly patient went badly, and the
note still says he was present.

I am not in a position to raise this on the ward: my rotation assessment is
signed by the same person. A simple electronic check would protect patients and
interns alike.

Thank you.
""", "suggestion", "yes", "a", "Health Commission", "normal", "en", "indirect")

add(11, "grid-id-photos", "json", "孟晓丽", "mengxl@grid-mail.example",
    "2026-09-19 10:12", "网格员用微信收集居民身份证照片是否合规", """
我是春晖社区的网格员。最近街道布置了一项人口信息核查，要求我们挨家挨户拍居民身份证正反面，用微信发到工作群里。很多居民不愿意，问我这些照片存在哪、谁能看到，我自己也不清楚。

想咨询一下：网格员用个人微信收集身份证照片符合规定吗？有没有正规的采集渠道或者系统？如果居民拒绝提供，我们应该怎么登记？
""", "consultation", "no", "-", "Municipal Government Office", "normal", "zh", "-",
    phone="150 0000 6634", district="宁川区", anonymous=False)

add(12, "rooftop-shed", "json", "", "",
    "2026-09-20 21:40", "楼顶违建", """
竹园小区7栋楼顶有人在搭铁皮房，已经搭一半了，请尽快来查看。
""", "demand", "yes", "b", "Urban Management Bureau", "normal", "zh", "short",
    phone="", district="竹园片区", anonymous=True)

add(13, "library-holiday-hours", "eml", "Priya Nair", "priya.nair@mail.example",
    "2026-09-22 08:15", "Library hours", """
Is the municipal library open on 3 and 4 October? Until what time?
Thanks, Priya
""", "information", "no", "-", "Culture and Tourism Bureau", "normal", "en", "short")

add(14, "guards-and-riders", "eml", "Tom Reyes", "tom.reyes@homebox.example",
    "2026-09-23 13:20", "Property security guards blocking delivery riders - Lanting Garden", """
Hello,

I live in Block 12 of Lanting Garden. For two weeks the security guards hired by
our property management company (Jiahe Property) have refused to let delivery
riders into the estate and make them wait at the gate, rain or not. Yesterday
evening I saw one guard shove a rider off his scooter when he tried to go in
behind a car.

The property office says this is "new policy", but residents were never
consulted and there is no parcel locker at the gate. Elderly residents now have
to walk 400 m to the gate for every delivery.

Could the housing authority ask the property company to either install lockers
or let riders in with registration, and to deal with that guard?

Thanks,
Tom Reyes, 186-0000-4120
""", "demand", "no", "-", "Housing and Urban-Rural Development Bureau", "normal", "en", "-")

add(15, "materials-fee-shop", "eml", "城南三小一位代课老师", "teach.c3.sub@mail.example",
    "2026-09-24 21:02", "关于开学收的学习材料费", """
我是城南第三小学的代课老师，教三年级语文，去年九月来的。

这学期开学，学校通知每个孩子交一百八十元“学习材料费”，要求家长直接交现金到校门口对面那家文具店，由文具店统一发练习册。练习册我看了，一共四本，书店里三十多块一本。那家文具店的老板是校长的外甥，店是前年学校门口改造以后才开的。

家长群里有人问能不能微信转账、要个收据，第二天就被班主任私聊劝退群了。

我是代课的，下学期还能不能来都不知道，这事我不好当面说。文具店开的收款单我手里有一张照片。
""", "complaint", "yes", "a", "Education Bureau", "normal", "zh", "indirect")

add(16, "carpenters-unpaid", "eml", "周建国", "zhoujg.mugong@mail.example",
    "2026-09-25 18:44", "滨江实验中学改造项目木工班组工钱没结", """
我们是一个木工班组，十四个人，在滨江实验中学改造项目上做了四个月，总包是鸿建建设，分包给了一个姓刘的老板。

工程七月就完了，学校也已经开学用上了，我们的工钱还有二十一万没结。刘老板说总包没拨款，总包说钱早就拨给刘老板了，两头推。我们去过项目部两次，都被保安拦在外面。

我们班组是靠跟着这个总包接活吃饭的，班组长说再闹下去以后他们的工地都不会要我们了，所以一直不敢去劳动监察。现在快国庆了，大家家里都等着钱，请政府帮我们协调把工钱结了。

联系人：周建国 177 0000 5298
""", "demand", "yes", "c", "Human Resources and Social Security Bureau", "normal", "zh", "-")

add(17, "marriage-registration", "eml", "Brian Otieno", "b.otieno@mail.example",
    "2026-09-26 11:09", "marrige registration foreigner documents", """
Hello,

I am from Kenya and my fiancee is chinese citizen from this city. We want to do
marrige registration here. What documents I need? I have heard I need
certificat of no marriage from my embassy and it must be translate and
notarize, is it true?

Also my visa is tourist visa, can we still registry or I need other visa. And
where is the office, it is need appointment?

Thank you very much for help.
Brian Otieno
""", "consultation", "no", "-", "Civil Affairs Bureau", "normal", "en", "typos")

add(18, "night-market-zone", "eml", "吴海峰", "wuhaifeng.cg@mail.example",
    "2026-09-27 23:10", "关于在桂香路设便民夜市的建议", """
我在城管中队做协管员三年了，主要负责晚上夜市这一片。

每天晚上都是一样的事：摊贩推着车在路口摆，我们一来就跑，我们一走又回来，居民打电话投诉，摊贩也骂我们。其实这些人大多是附近的老人和没工作的，做点小吃糊口。

我建议把桂香路和运河北路之间那片空地（原来的临时停车场，现在基本闲置）划成固定的便民夜市，晚上六点到十一点，统一摊位、统一垃圾收运，收一点管理费。这样路口畅通了，居民没意见，我们也不用天天追着跑。

个人建议，供领导参考。
""", "suggestion", "no", "-", "Urban Management Bureau", "normal", "zh", "-")

add(19, "tax-portal-naps", "multi", "Graham Whitfield", "g.whitfield@mail.example",
    "2026-09-28 21:37", "The income tax refund portal and its remarkable talent", """
Dear Sir or Madam,

Congratulations to whoever designed the individual income tax refund portal. It
has achieved something I thought impossible: it logs me out every ninety
seconds, precisely as I reach the bank-account page. I have now completed the
first four steps eleven times.

I called the tax service line twice. Both times I was told to "try another
browser", which I have (three of them), and to "try the app", which does not
accept foreign passport logins. I wrote to the address on the website on
12 September and heard nothing.

I'm owed about 4,300 yuan. I don't expect miracles - just a portal that stays
awake longer than I do in a tax seminar.

Graham Whitfield
""", "complaint", "no", "-", "Taxation Bureau", "normal", "en", "sarcasm")

add(20, "bus-216-driver", "json", "黄丽娟", "huanglj@mail.example",
    "2026-09-29 08:50", "表扬216路公交车王师傅", """
9月18日下午四点左右，我母亲在216路车上突然头晕，司机王师傅（车号尾号817）马上靠边停车，帮忙打了120，还让车上乘客让座、开窗通风，一直等救护车到了才继续开。母亲现在已经没事了。

家里人都很感动，想让公交公司知道他们有这么好的司机。
""", "information", "no", "-", "Transport Bureau", "normal", "zh", "-",
    phone="139 0000 7741", district="梧桐区", anonymous=False)

add(21, "cleaners-overtime", "eml", "Maria Santos-Liang", "maria.sl@mail.example",
    "2026-09-30 20:05", "Overtime not paid - cleaning staff, municipal building", """
Dear Sir/Madam,

I work as a cleaner in the municipal administration building on Zhongshan
Avenue. I am from the Philippines, married here, and my Chinese reading is not
good, so my daughter helps me write in English.

We are hired by an outside cleaning company, Shunjie Services. Since the summer
we are told to stay until 9 pm on meeting days to clean the conference halls,
about three evenings a week. This overtime has never appeared on the pay slip.
There are around thirty of us. The supervisor says it is "included" in the
monthly pay, but our contract says 8 hours a day.

Please can the labour office check the company.

Please do not give my name to the company - there are only two foreign women on
the team and they will know at once.

Maria Santos-Liang, 132 0000 6610
""", "demand", "yes", "b", "Human Resources and Social Security Bureau", "normal", "en", "-")

add(22, "greening-contract-family", "eml", "临湖一居民", "linhu.writer@mail.example",
    "2026-10-02 22:18", "临湖街道绿化养护项目的一些情况", """
写这封信我犹豫了很久。

我姑父是临湖街道分管城建的副主任。今年街道的道路绿化养护项目，三年合同，一年一百多万，最后中标的是一家叫青蔓园林的公司。这家公司今年四月才注册，法人是我表姐的丈夫，之前是开汽修店的，从来没做过绿化。

过年家里吃饭的时候，姑父自己说过“这个活肥水不流外人田”。投标的另外两家公司，一家是我表姐夫朋友开的，另一家后来听说是来“陪跑”的。

我不想害家里人，但这毕竟是公家的钱。信里的事情一查就能查到，我的名字就不写了，家里知道这事的就那么几个人。
""", "complaint", "yes", "a", "Discipline Inspection Commission", "normal", "zh", "indirect")

add(23, "provident-fund-rent", "json", "Kevin Tremblay", "kevin.t@mail.example",
    "2026-10-04 15:33", "Housing provident fund withdrawal for rent - foreign employee", """
I'm a Canadian employee and my company has been paying into the housing
provident fund for me since 2024. I rent an apartment and would like to know
whether foreigners can withdraw from the fund to pay rent, how often, and which
documents are needed (a registered lease? a tax receipt from the landlord?).
Can this be done online, or only at the counter? Thanks.
""", "consultation", "no", "-", "Housing and Urban-Rural Development Bureau", "normal", "en", "-",
    phone="+86 136 0000 2257", district="Gaoxin District", anonymous=False)

add(24, "gas-smell-stairwell", "eml", "陈阿姨", "chen.ay@mail.example",
    "2026-10-05 07:02", "急！楼道煤气味", """
和平里4号楼2单元楼道里煤气味很重，好几分钟了，快来人！
""", "demand", "no", "-", "Emergency Management Bureau", "high", "zh", "short")

add(25, "airport-late-bus", "html", "Ahmed Rahimi", "a.rahimi@tradeco.example",
    "2026-10-06 14:26", "Late arrival - airport to International Exhibition Centre", """
Hi,

I'm landing at the city airport on 14 October at about 11 pm for the trade
fair. Is there an airport bus or metro line running to the International
Exhibition Centre that late? If not, roughly what does a taxi cost, and where is
the official taxi rank?

Thanks,
Ahmed Rahimi
""", "information", "no", "-", "Transport Bureau", "normal", "en", "-")

add(26, "expropriation-meeting", "eml", "石桥村民", "shiqiao.house@mail.example",
    "2026-10-07 20:41", "征收协议签不签和孩子上学有关系吗", """
上周六我参加了石桥片区旧改的征收政策说明会，在村委会二楼开的，大概六十多户人去了。会上区征收办来的那位副主任（戴眼镜、个子不高，会就是他主持的）说：“到月底还不签协议的，家里孩子明年上学的事情，你们自己想清楚。”当时好多人都不敢说话了。

我想问一下：
1. 征收补偿协议签不签，和孩子入学有没有关系？政府部门可以把这两件事挂钩吗？
2. 如果我们对补偿标准有异议，正规的途径是什么？
""", "consultation", "yes", "a", "Housing and Urban-Rural Development Bureau", "normal", "zh", "-")

add(27, "tender-scoresheets", "eml", "Sales Manager, Bright Desk Furniture", "sales@brightdesk.example",
    "2026-10-08 09:48", "Suggestion: publish evaluation score breakdowns for public tenders", """
Dear Commerce Bureau,

I am the sales manager of a small office-furniture supplier. About 60% of our
business is government and school tenders in this city.

A suggestion for the business environment: once a tender closes, please
publish the evaluation panel's score breakdown for each lot, not only the
winner and the price. Three times this year we lost on the "service
capability" score by one or two points despite the lowest price, with no
explanation, and the same two firms keep taking that score. Several other
cities already publish the breakdown.

I hesitated before sending this. Suppliers who start asking questions tend to
find their next bid rejected as "incomplete", and we have twenty people who
depend on these contracts.

Best regards
""", "suggestion", "yes", "c", "Commerce and Investment Promotion Bureau", "normal", "en", "indirect")

add(28, "elderly-allowance", "eml", "幸福里社区 小蒋", "jiang.xfl@mail.example",
    "2026-10-09 10:05", "咨询告龄津贴怎么申请", """
你好，我是幸福里社区居委会的工作人员，想咨询一下高龄津贴的事情。

我们社区有好几位老人今年满八十了，他们问告龄津贴是不是自动法的还是要自己申请？要申请的话需要带什么资料，户口本、身分证、银行卡之类的吗？外地户口在我们这里住了十几年的能不能享受？还有九十岁以上是不是标准不一样。

谢谢回复，我好给老人们解释清楚。
""", "consultation", "no", "-", "Civil Affairs Bureau", "normal", "zh", "typos")

add(29, "ruler-in-class", "eml", "Sarah Lin", "sarah.lin@familymail.example",
    "2026-10-10 21:15", "Teacher hitting kids in class 2(4)", """
Hi,

My son is in Grade 2 at 实验小学 Xinhua campus, class 2(4). His 班主任 Ms. Zhao
has been hitting kids' palms with a 戒尺 when they get 听写 wrong. My son came
home on Tuesday with red marks and said "everyone gets it, it's normal". It is
NOT normal.

Other parents in the 家长群 say their kids told them the same, but nobody dares
say anything because she decides 座位 and who gets to be 班干部. I spoke to her
once, politely, and she told me "Western parents are too soft".

Please ask the school to stop this. I'd appreciate it if my son isn't singled
out afterwards - he's the only mixed kid in the class, so it's easy to guess.

Sarah Lin
""", "complaint", "yes", "a", "Education Bureau", "normal", "en", "mixed")

add(30, "night-piling-noise", "eml", "郑晓雯", "zxw.jinsha@mail.example",
    "2026-10-11 00:47", "举报金沙路地铁工地夜间打桩", """
举报：金沙路和长宁街交叉口的地铁站施工工地，这半个月每天晚上十二点以后还在打桩、运渣土，噪音大到关着窗都睡不着。我们小区离工地不到一百米，家里有高三的孩子。

之前打过一次电话，说他们有夜间施工许可，但许可上写的应该不是打桩吧？请环保部门晚上来测一下噪音，督促工地按规定时间施工。
""", "demand", "no", "-", "Ecology and Environment Bureau", "normal", "zh", "-")

add(31, "typhoon-camping", "eml", "許家豪", "hsu.jh@mail.example",
    "2026-10-07 16:20", "請問週六颱風", """
請問：本週六（１０月１０日）颱風「海燕」會不會影響我們市？我們公司組織去東湖露營，想知道要不要改期。

ＰＳ：氣象臺網站打不開……
""", "information", "no", "-", "Meteorological Bureau", "normal", "zh", "fullwidth")

add(32, "restaurant-water-cut", "eml", "Luca Bianchi", "luca@trattoria-luca.example",
    "2026-10-12 23:30", "Landlord cutting water to our restaurant - Shuanggang village", """
Good evening,

I run a small Italian restaurant in a ground-floor unit in Shuanggang village,
on a lease that runs until 2028. Since the landlord found someone willing to
pay more, he has cut our water supply three times this month, "for repairs",
each time on a Friday evening. Yesterday he locked the back door, which is our
fire exit.

He makes a point of telling my staff that his cousin is the village party
secretary, and that "licences come up for renewal every year". Our food
business licence renews in December.

I'm not trying to fight anyone. I just want the lease respected until it ends,
the water connected and the fire exit opened. Can someone from the housing or
rental office mediate?

Luca Bianchi, 139 0000 2064
""", "demand", "yes", "c", "Housing and Urban-Rural Development Bureau", "normal", "en", "indirect")

add(33, "vaccine-booking", "eml", "林妈妈", "lin.mama@mail.example",
    "2026-10-13 12:12", "疫苗预约小程序真是太“方便”了", """
真是太方便了：社区卫生服务中心的疫苗预约小程序，约好的时间提前一天自动取消，短信都不发一条，抱着孩子到了门口才知道。

打预约电话，周一到周五上午九点到十一点“开放”，我打了四天，永远占线，终于接通一次，说系统升级，让我“多关注小程序”。孩子的百白破第三针已经拖了三周了。

我知道估计不是哪个护士的错，但这个预约系统到底有没有人管？
""", "complaint", "no", "-", "Health Commission", "normal", "zh", "sarcasm")

add(34, "park-toilets", "json", "唐国华", "",
    "2026-10-14 07:35", "建议在滨湖公园北段增设公厕", """
滨湖公园环湖步道一圈七公里，只有南门和游船码头两个公厕，北段三公里多一个都没有。每天早上晨练的老人很多，经常有人憋不住跑到树林里，很不卫生也不雅观。

建议在北段观鸟亭附近加一个公厕，哪怕是移动式的也好。另外现有公厕的指示牌太少，建议在步道上每隔五百米标一下到最近公厕的距离。
""", "suggestion", "no", "-", "Urban Management Bureau", "normal", "zh", "-",
    phone="138-0000-5517", district="滨湖区", anonymous=False)

add(35, "driver-back-injury", "eml", "Zhou", "zhou.drv@mail.example",
    "2026-10-15 22:08", "Question about work injury recognition", """
Hello,

I am a driver employed by a government unit (contract staff, not a civil
servant). In August I injured my lower back carrying heavy document boxes
during an office move - not really my job, but I was asked to. The doctor says
it is a disc problem and I need two months' rest.

Can this be recognised as a work injury? Who has to file the application, me or
the unit, and what is the time limit?

Please answer only to this email and do not contact my unit about my question.
I am not ready to make it official there yet.

Thanks,
Zhou (I studied in Australia, so English is easier for me to type)
""", "consultation", "yes", "b", "Human Resources and Social Security Bureau", "normal", "en", "-")

add(36, "broken-drain-cover", "eml", "育才路住户 老马", "ma.yucai@mail.example",
    "2026-10-16 07:25", "育才路小学门口井盖碎了一个星期", """
育才路小学门口往东五十米的人行道上，那个雨水井盖已经碎了一个星期了，现在就用两块砖和一个塑料筐挡着。每天早上几百个孩子从旁边走，昨天还有一个孩子一只脚踩了进去，幸好大人拉住了。

我们楼里几个老人去社区说这个事，社区的刘主任说：“你们别老打12345，打多了社区考核扣分，年底的慰问金你们就别想了。”

请先赶紧把井盖修好！另外社区主任这样说话对吗？
""", "demand", "yes", "a", "Water Affairs Bureau", "high", "zh", "two-intents")

add(37, "no-callback", "eml", "J. Park", "jpark@mail.example",
    "2026-11-16 09:01", "No callback", """
Called 12345 on 2 Nov, case 2611020347, told someone would call back within 3
working days. It's the 16th. Nothing.
""", "complaint", "no", "-", "Municipal Government Office", "normal", "en", "short")

add(38, "boxes-to-the-trunk", "eml", "楼里做保洁的", "cleaning.3to5@mail.example",
    "2026-10-17 20:33", "中秋前后看到的一些事", """
我在区里一栋办公楼做保洁，负责三楼到五楼。

中秋前后那几天，每天下午快下班的时候，都有一辆白色商务车停在后门，司机搬上来几箱东西，送到四楼最里面那间办公室，箱子上印着白酒的牌子，有一次是海鲜礼盒。晚上七点多，那间办公室的领导自己下楼，把箱子一箱一箱放进他自己车的后备箱。

那辆商务车车身上印着一家建筑公司的名字，这家公司在一楼公告栏的中标公示上出现过好几次。

我一个打扫卫生的本来不该管，但看着心里不舒服。我在这里干了六年，不想丢了这份工作，写信的事请不要在楼里打听。
""", "complaint", "yes", "a", "Discipline Inspection Commission", "normal", "zh", "indirect")

add(39, "grid-connection-delay", "html", "Erik Lindqvist", "erik.lindqvist@nordvik-pc.example",
    "2026-10-19 10:40", "Request for coordination - grid connection for new production line", """
Dear Investment Promotion Office,

Our company, Nordvik Precision Components (locally registered, Swedish parent),
completed its new workshop in Block C of the Linjiang Advanced Manufacturing
Park in July. The 10 kV connection application was submitted to the power
supply company on 5 June, and all documents were confirmed complete.

The connection date has since been moved three times. The latest answer is
"after the substation upgrade, date not fixed". We have 40 new hires on standby
and a customer delivery due in December.

We would be grateful if your office could help us obtain a firm connection date
from the power supply company.

Erik Lindqvist, Plant Manager
+86 180 0000 3355
""", "demand", "no", "-", "Commerce and Investment Promotion Bureau", "normal", "en", "-")

add(40, "substitute-insurance", "eml", "双河镇一名代课老师", "shuanghe.dk@mail.example",
    "2026-10-20 19:19", "代课老师的社保能不能补缴", """
我在双河镇中心小学当代课老师第三年了，每学期签一次协议，工资每月两千八。协议里写着“学校按规定缴纳社会保险”，但我上个月在手机上一查，社保记录一个月都没有。问学校会计，说代课老师的社保“一直是这样的，大家都没有”。

我今年三十四岁了，不想一直这样没有保障。我们学校代课的一共七个人。能不能请社保部门督促学校给我们补缴？

我也不敢跟学校硬来，下学期还要不要我们就是一句话的事。
联系电话：158 0000 4433
""", "demand", "yes", "c", "Human Resources and Social Security Bureau", "normal", "zh", "-")

add(41, "cross-region-settlement", "eml", "冯志伟", "fengzw@mail.example",
    "2026-10-21 13:56", "异地就医结算没成功，想咨询一下", """
我父亲是外省户籍，医保在老家参保，今年跟我们来这边住。上周在市人民医院住院，出院结算的时候窗口说异地直接结算没成功，只能先全额自费，回老家报销。窗口的工作人员挺耐心的，说是备案信息没同步过来。

想咨询：
1. 异地就医备案在哪里办？怎么查备案是否生效？
2. 这次已经自费的一万二千多，回参保地报销需要准备哪些材料？
3. 以后再住院怎么避免这种情况？

谢谢。
""", "consultation", "no", "-", "Healthcare Security Bureau", "normal", "zh", "-")

add(42, "school-crossing", "eml", "蒋红梅", "jhm.wutong@mail.example",
    "2026-10-22 21:50", "明德中学门口过马路太危险，两点建议", """
领导您好：

我家住在梧桐湾小区，孩子在对面的明德中学上初一。每天早上七点十分左右，学校门口的枫林大道车特别多，学生要横穿六车道，只有斑马线没有红绿灯。交警偶尔来站一会儿，大部分时候就是家长拉着孩子跑过去，我几乎每天都能看到差点撞上的。

建议在学校门口加一个行人按钮式红绿灯，或者干脆修一座过街天桥。

另外顺便说一下，学校门口的公交站离路口太近，公交车一停就把右转车道堵死了，建议把站台往后挪五十米。

两件事都是为了孩子们的安全，希望能考虑。
""", "suggestion", "no", "-", "Transport Bureau", "normal", "zh", "two-intents")

add(43, "creek-discharge", "json", "", "",
    "2026-10-23 06:48", "Factory discharging into Qingshui Creek at night", """
Almost every night between 1 and 3 am, a pipe behind the dyeing plant at the end
of Xinfa Road releases dark blue water into Qingshui Creek. In the morning the
water near the outlet smells of chemicals and there are dead fish along the bank
near the footbridge. I walk my dog there at 6 am and have photos. Please inspect
at night, not during the day when the pipe is dry.
""", "demand", "yes", "b", "Ecology and Environment Bureau", "normal", "en", "-",
    phone="", district="Xinfa", anonymous=True)

add(44, "legal-aid-address", "json", "", "",
    "2026-10-24 09:30", "法律援助中心在哪", """
请问市法律援助中心地址在哪里？周六上班吗？
""", "information", "no", "-", "Justice Bureau", "normal", "zh", "short",
    phone="186 0000 9021", district="", anonymous=False)

add(45, "confiscated-goods", "eml", "squad auxiliary", "fx.aux.member@mail.example",
    "2026-10-25 23:12", "Where confiscated goods go - Fuxing Road", """
I'm one of the auxiliary staff on an urban management squad. I'm writing in
English because I'd rather this weren't read over someone's shoulder in our
office.

Two or three times a week our squad leader has us confiscate vendors' carts and
goods in the Fuxing Road night market area. The receipts we hand the vendors
list only "one cart". The goods - fruit, phone cases, once a whole carton of
power banks - go into the back of the squad leader's own van, not the storage
room. Vendors who come to the station to collect their carts are told the goods
"spoiled".

Last month a woman who sells roasted sweet potatoes knelt at our gate asking for
her scales back, and he had her dragged off.

I have been in this job two years and my contract is with the squad. I'd like
this looked at without it coming back down through the same chain.
""", "complaint", "yes", "a", "Discipline Inspection Commission", "normal", "en", "indirect")

add(46, "courier-signed-himself", "eml", "韩磊", "hanlei.buy@mail.example",
    "2026-10-26 18:27", "快递员自己签收了我的包裹", """
我在网上买了一台两千多的空气净化器，快递显示已签收，但我根本没收到，是快递员自己签的。打电话给那个快递员，他态度很茶，说“放门位了你自己去找”，门位说没有。再打他就把我拉黑了。快递公司客服说会核实，一个心期了没下文。

请帮我维护一下消费者的权益，让快递公司赔偿。
""", "demand", "no", "-", "Market Regulation Administration", "normal", "zh", "typos")

add(47, "fapiao-advance", "eml", "Wei Ling Tan", "weiling.tan@straitsbuild.example",
    "2026-10-27 11:44", "发票 for advance payment on a public lighting project", """
Hi, quick question on 发票.

We're a foreign-invested engineering contractor doing a 市政 road-lighting
project. The client, a district 城投 company, pays a 30% 预付款 before works
start and is asking us to issue a VAT 专票 for the advance now. Our accountant
says the VAT obligation for construction services arises when the advance is
received anyway, so we can issue it. Our HQ in Singapore says we shouldn't
invoice before performance.

Which is correct under current rules? And if we issue now, which 税率 applies -
9%?

Thanks,
Wei Ling Tan
""", "consultation", "no", "-", "Taxation Bureau", "normal", "en", "mixed")

add(48, "quarterly-envelope", "eml", "枫桥苑物业项目经理", "fqy.pm.office@mail.example",
    "2026-10-28 21:06", "关于街道每季度的“物业服务检查”", """
我是一家物业公司在枫桥苑项目的经理。

从去年开始，街道城建科的一位科长每个季度带人来做“物业服务检查”。检查完，他会单独把我叫到他车里，说“你们这个项目问题不少，要整改的地方我帮你们压一压”，然后让我准备“检查经费”，每次八千，要现金，装在牛皮纸信封里放在他车的副驾驶座上，不开任何收据。

有一个季度公司说资金紧张没给，下个月我们就被通报了消防通道堆物、绿化不达标，物业星级评定扣了分。

我们公司在这个街道有三个项目，领导不让我声张。我手里有每次取现的银行流水和日期。
""", "complaint", "yes", "a", "Discipline Inspection Commission", "normal", "zh", "indirect")

add(49, "12345-english-menu", "multi", "Anna Kowalski", "a.kowalski@uni-intl.example",
    "2026-10-29 15:02", "Suggestion: an English interface for the 12345 mini-program", """
Dear 12345 office,

I work in the international office of a university here and help foreign staff
and students with everyday problems. Many of them have perfectly ordinary
issues - a broken streetlight, a landlord who won't return a deposit - but
can't use the 12345 mini-program, because every menu is in Chinese and the
category choice at the start confuses even me.

A simple English interface (even just the menus and the category list), plus an
option to write in English and have the office translate, would help a lot of
people. Some other cities already offer this.

Best regards,
Anna Kowalski
""", "suggestion", "no", "-", "Municipal Government Office", "normal", "en", "-")

add(50, "leaking-rental", "eml", "曹静", "caojing.rent@mail.example",
    "2026-10-30 22:40", "南湖花园租房卫生间漏水两个多月", """
我租的房子在南湖花园15栋，卫生间顶上漏水两个多月了，墙皮一块一块往下掉，灯座都进水了，晚上都不敢开灯洗澡。跟房东说了五六次，她每次都说“过两天找人来”。合同上写得清清楚楚，房屋主体和管道维修是房东负责。

房东跟我说过好几次，她老公就在我们这片的派出所上班。我的居住证下个月到期，要在这边续签。我一个外地人，不想惹麻烦，但再漏下去真要出事了。

能不能请住建或者租赁管理部门出面，让房东把漏水修好？
""", "demand", "yes", "c", "Housing and Urban-Rural Development Bureau", "normal", "zh", "indirect")

add(51, "officer-liu-thanks", "multi", "Jonas Berg", "jonas.berg@mail.example",
    "2026-11-02 17:45", "Thank you to Officer Liu Jia, Exit-Entry counter", """
Dear Sir or Madam,

I would like to thank Officer Liu Jia at the Exit-Entry Administration counter
in the Civic Service Centre. My residence permit application was missing a
registration form from my landlord, and I was due to fly out two days later.
Officer Liu explained exactly what was missing, called the local police station
to confirm my registration record, and had my application accepted the same
afternoon. She was patient with my poor Chinese and never made me feel like a
burden.

Please pass on my thanks.

Jonas Berg
""", "information", "no", "-", "Public Security Bureau", "normal", "en", "-")

add(52, "grid-24h-oncall", "json", "钱思雨", "qiansy@mail.example",
    "2026-11-03 20:15", "网格员是否必须24小时待命", """
请问一下，我们是社区聘用的网格员，签的是劳务派遣合同，每天正常上班八小时。最近社区要求我们把个人手机号和微信公开贴在每栋楼下，居民晚上十一二点打电话、发语音也必须马上回，不回就算“服务不到位”扣绩效。周末也要轮流“随时在线”，没有加班费。

想问这样的要求合法吗？加班费该不该给？

派遣合同明年到期，要是因为我们提了意见公司不续签，我们也没办法。大家都不敢问，我先来问问。
""", "consultation", "yes", "c", "Human Resources and Social Security Bureau", "normal", "zh", "-",
    phone="199 0000 3126", district="长乐区", anonymous=False)

add(53, "museum-booking", "json", "", "yeung.family@mail.example",
    "2026-09-27 12:00", "博物館國慶要預約嗎？", """
請問市博物館國慶期間需要提前預約嗎？兒童票怎麼買？開放時間是９：００－１７：００嗎？
""", "information", "no", "-", "Culture and Tourism Bureau", "normal", "zh", "fullwidth",
    phone="", district="", anonymous=False)

add(54, "brown-tap-water", "eml", "Hannah Schulz", "hannah.schulz@mail.example",
    "2026-11-04 08:05", "Brown tap water in Cuiwei Court (and one more thing)", """
Dear Mayor's mailbox,

I've lived in this city for five years and this is my first letter to you, so
please bear with the length.

Since last Thursday the tap water in our building (Building 3, Cuiwei Court,
off Yuexiu Road) comes out light brown for the first few minutes every morning,
and even after running it for ten minutes it never fully clears. It smells
faintly of metal. Our neighbours on the 2nd and 9th floors have the same
problem, so it's not just our flat. I have a baby of eight months and we are
now buying bottled water for everything, including bathing her. The property
management company says it is "the municipal pipe" and that there's nothing
they can do; the water company's line told me to "flush the tap".

Could someone from the water department test the water in our building and
find out whether the supply pipe is the cause? We'd also like to know if it is
safe to shower in.

While I'm writing: the broadband in the whole building drops every evening
between 8 and 10 pm, which the provider blames on "the old cabling". That's
less urgent, but perhaps someone could pass it on.

Thank you,
Hannah Schulz
+86 152 0000 8834
""", "demand", "no", "-", "Water Affairs Bureau", "normal", "en", "two-intents")

add(55, "dispute-no-reply", "eml", "鄭女士", "cheng.ms@mail.example",
    "2026-11-05 10:30", "醫療糾紛調解申請三個月無答覆", """
本人於今年六月在市第四醫院做膽囊手術後出現感染，七月向區衛健委遞交了醫療糾紛調解申請，至今三個多月，打電話問了三次，每次都說「在走程序」，沒有任何書面答覆，也沒告訴我下一步該怎麼辦。我對這樣的辦事效率非常不滿意。

另，本人也在醫療系統工作，請不要在轉辦時透露我的姓名和單位。
""", "complaint", "yes", "b", "Health Commission", "normal", "zh", "fullwidth")

add(56, "hearing-minutes", "eml", "Laurel Lane resident", "laurel.resident@mail.example",
    "2026-11-06 19:48", "Suggestion on minutes of community consultation meetings", """
Hello,

I attended the public hearing on the Laurel Lane parking renovation on
22 October. The notice we received said:

> Residents' representatives will be invited to express their views.
> Minutes of the meeting will be made available on request.
> -- Laurel Lane Community Residents' Committee, 15 October

When I asked for the minutes at the community office a week later, I was told
there weren't any.

My suggestion, for any consultation meeting organised by a sub-district or a
community:
(1) publish the attendance list and the minutes online within 7 days;
(2) record how many were for and against each option;
(3) accept written submissions from residents who work during the day.

Please keep my name out of anything that goes back to the community office -
it's a small neighbourhood and I still have to live there.
""", "suggestion", "yes", "b", "Municipal Government Office", "normal", "en", "quoted")

add(57, "family-residence-permit", "json", "Diego Ramírez", "diego.ramirez@mail.example",
    "2026-11-09 14:10", "Residence permit for family reunion", """
My wife is a Chinese citizen with hukou in this city, and I hold a Mexican
passport, currently on a Q1 visa. How do I apply for a residence permit for
family reunion, how long can it be valid, and which documents must be notarised?
Does our marriage certificate, issued abroad, need legalisation?
""", "consultation", "no", "-", "Public Security Bureau", "normal", "en", "-",
    phone="+86 131 0000 4321", district="Jiangbei", anonymous=False)

add(58, "alley-lights-again", "eml", "潘立新", "panlx@mail.example",
    "2026-11-10 21:22", "青石巷路灯又不亮了（附上次回复）", """
上次反映的问题又出现了，把上次的回复贴在下面：

——————————
【答复】您好，您反映的青石巷路灯不亮问题，经核查系线路老化所致，已于9月12日完成维修，感谢您对城市管理工作的支持与监督。
——————————

修好亮了大概一个星期，9月20号以后又全黑了，十二盏灯只有巷子口两盏亮。这条巷子晚上下班走的人很多，上个礼拜有个老太太在里面摔了一跤。希望这次能彻底修好，别只是换个灯泡。
""", "demand", "no", "-", "Urban Management Bureau", "normal", "zh", "quoted")

add(59, "lift-inspection-referral", "eml", "Richard Hale", "r.hale@harbourline-build.example",
    "2026-11-12 16:38", "Lift acceptance inspection - request for a different inspector", """
Dear Sir or Madam,

We are the main contractor for a 14-storey residential block in Dongpu. Its four
passenger lifts, installed by a licensed installer, have failed the acceptance
inspection twice, on items that the installer's engineers say are within
tolerance. After the second visit the inspector sent me this on WeChat:

> Your installer's maintenance team is not familiar with our requirements.
> Many projects use Hengtong Lift Service, they pass first time. Think about it.
> [contact card: Hengtong Lift Service - Mr. Pan]

Hengtong is not our installer. Mr. Pan has quoted us 260,000 yuan for a
"pre-inspection rectification package". Handover to 300 families is due in
December.

We ask that the inspection be redone by a different inspector, and that our
firm does not end up on anyone's list for having asked.

Richard Hale, Project Director
135-0000-7788
""", "demand", "yes", "a", "Market Regulation Administration", "normal", "en", "quoted")

add(60, "donate-old-clothes", "eml", "杨慧", "yanghui.home@mail.example",
    "2026-11-14 15:15", "旧衣服和旧书可以捐到哪里", """
家里整理出来两大袋旧衣服和一些孩子的书，都还挺新的，想捐出去。请问市里有没有正规的旧衣捐赠点？小区门口那种绿色的回收箱靠谱吗，是不是真的给了有需要的人？书可以捐到哪里？
""", "information", "no", "-", "Civil Affairs Bureau", "normal", "zh", "-")


# ---------------------------------------------------------------- writing
def hdr(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
          "Oct", "Nov", "Dec"]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

def rfc_date(d):
    import datetime
    dt = datetime.datetime.strptime(d, "%Y-%m-%d %H:%M")
    return "%s, %02d %s %d %02d:%02d:00 +0800" % (
        DAYS[dt.weekday()], dt.day, MONTHS[dt.month - 1], dt.year,
        dt.hour, dt.minute)

def iso_date(d):
    return d.replace(" ", "T") + ":00+08:00"

def to_html(body):
    paras = body.split("\n\n")
    out = []
    for p in paras:
        out.append("<p>" + "<br>\n".join(html.escape(x) for x in p.split("\n")) + "</p>")
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head>\n<body>\n"
            + "\n".join(out) + "\n</body></html>")

def crlf(s):
    return s.replace("\r\n", "\n").replace("\n", "\r\n")

def write_eml(e, path):
    num = "%03d" % e["num"]
    if e["name"]:
        frm = formataddr((e["name"], e["email"]), charset="utf-8")
    else:
        frm = e["email"]
    dom = e["email"].split("@")[1]
    heads = [
        "From: " + frm,
        "To: mayor@city.example",
        "Subject: " + hdr(e["subject"]),
        "Date: " + rfc_date(e["date"]),
        "Message-ID: <%s-%s.%s@%s>" % (ME, num, e["date"][:10].replace("-", ""), dom),
        "MIME-Version: 1.0",
    ]
    body = e["body"] + "\n"
    if e["fmt"] == "eml":
        heads += ["Content-Type: text/plain; charset=utf-8",
                  "Content-Transfer-Encoding: 8bit"]
        text = "\n".join(heads) + "\n\n" + body
    elif e["fmt"] == "html":
        heads += ["Content-Type: text/html; charset=utf-8",
                  "Content-Transfer-Encoding: 8bit"]
        text = "\n".join(heads) + "\n\n" + to_html(e["body"]) + "\n"
    else:  # multi
        b = "=_w16_%s_alt" % num
        heads += ['Content-Type: multipart/alternative; boundary="%s"' % b]
        text = ("\n".join(heads) + "\n\nThis is a multi-part message in MIME format.\n\n"
                "--" + b + "\nContent-Type: text/plain; charset=utf-8\n"
                "Content-Transfer-Encoding: 8bit\n\n" + body + "\n"
                "--" + b + "\nContent-Type: text/html; charset=utf-8\n"
                "Content-Transfer-Encoding: 8bit\n\n" + to_html(e["body"]) + "\n\n"
                "--" + b + "--\n")
    with open(path, "wb") as f:
        f.write(crlf(text).encode("utf-8"))

def write_json(e, path):
    x = e["extra"]
    obj = {
        "id": "%s-%03d" % (ME, e["num"]),
        "submitted_at": iso_date(e["date"]),
        "name": e["name"],
        "phone": x.get("phone", ""),
        "email": e["email"],
        "anonymous": bool(x.get("anonymous", False)),
        "title": e["subject"],
        "content": e["body"],
        "district": x.get("district", ""),
    }
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=2)
        f.write("\n")

def main():
    os.makedirs(OUT, exist_ok=True)
    for fn in os.listdir(OUT):
        if fn.startswith(ME + "-"):
            os.remove(os.path.join(OUT, fn))
    rows = ["path\tcategory\tconfidential\treason\tdepartment\tpriority\tlanguage\thard"]
    for e in sorted(L, key=lambda e: e["num"]):
        ext = "json" if e["fmt"] == "json" else "eml"
        fn = "%s-%03d-%s.%s" % (ME, e["num"], e["slug"], ext)
        p = os.path.join(OUT, fn)
        (write_json if ext == "json" else write_eml)(e, p)
        rows.append("\t".join(["letters/" + fn, e["cat"], e["conf"], e["reason"],
                               e["dept"], e["prio"], e["lang"], e["hard"]]))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(rows) + "\n")

if __name__ == "__main__":
    main()
