#!/usr/bin/env python3
"""w30: letters to the mayor's mailbox (round 7, blind7).
Voices: people with disabilities, carers, chronic patients and families,
hospital visitors, parents of children with special needs, pensioners
dealing with medical insurance.  Deterministic; standard library only."""
import json
import os
from datetime import datetime, timezone, timedelta
from email.header import Header
from email.utils import formataddr, format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "letters")
TZ = timezone(timedelta(hours=8))
ME = "w30"

# Each letter: n, slug, fmt (eml|html|multi|json), when, sender name, sender
# address, subject/title, body, labels (cat, conf, reason, dept, prio, lang,
# hard).  For json: name/phone/email/anonymous/district.
L = []


def add(n, slug, fmt, when, name, addr, subject, body, cat, conf, reason,
        dept, prio, lang, hard, **kw):
    L.append(dict(n=n, slug=slug, fmt=fmt, when=when, name=name, addr=addr,
                  subject=subject, body=body.strip("\n"), cat=cat, conf=conf,
                  reason=reason, dept=dept, prio=prio, lang=lang, hard=hard,
                  **kw))


add(1, "dialysis-winter-kunming", "eml", "2026-10-02 08:41", "Gordon Liang",
    "gordon.liang@example.net",
    "Question about cross-province settlement for dialysis", """
Dear Mayor's Office,

I am 71 and have been on haemodialysis three times a week at the Municipal
Second Hospital since 2023. My daughter lives in Kunming and has asked me to
spend the winter with her, from early December to the end of February. I would
very much like to go, but I cannot pay for some 36 dialysis sessions in full
and then wait months to be reimbursed, if that is even possible.

I have heard there is a "filing" (备案) that lets patients settle bills
directly in another province. Could you tell me:

1. Whether dialysis, as outpatient treatment for a chronic disease, can be
   settled directly outside the province, or only hospital stays;
2. Whether I can do the filing myself on the phone app, or must bring papers
   to a counter, and which papers;
3. If I file as "temporary travel" rather than "long-term residence
   elsewhere", is the reimbursement rate lower?

I am in the urban employee scheme (retired from a secondary school). I am not
clever with the app, so the address of a counter would also be welcome.

Thank you for your patience with a long letter.

Gordon Liang
Phone 138 0000 2716
""", "consultation", "no", "-", "Healthcare Security Bureau", "normal", "en", "-")

add(2, "wheelchair-lift-three-weeks", "eml", "2026-10-27 19:05", "韦建平",
    "weijp@mail.example", "加装的电梯坏了三个星期，坐轮椅的我下不了楼", """
您好：

我住在枫林巷老小区7栋7楼，前年楼里加装了电梯。我是脊髓损伤，出门全靠轮椅。

电梯从10月6号停到现在，门口贴了一张纸“故障待修”，就再没下文。物业说是维保公司的事，维保公司说加装时的钱还没跟业主结清，两边踢皮球。

我每周二、周五要去医院做康复，现在只能请两个邻居把我连人带椅子从七楼抬下去，太危险了，人家也不可能天天来。请政府督促一下，该谁修谁修，尽快修好。

住户 韦建平
电话 151 0000 3382
""", "demand", "no", "-", "Housing and Urban-Rural Development Bureau", "normal", "zh", "-")

add(3, "drip-nurse-phone", "eml", "2026-10-10 22:17", "唐丽",
    "tangli1979@example.com", "反映市第一人民医院心内科护士输液时离岗的问题", """
我父亲10月9日在市第一人民医院心内科住院，23床。

那天下午两点多挂第二瓶药，胸牌工号0417的一位女护士扎完针就回护士站坐着刷手机。药快滴完的时候我按了两次呼叫铃，没有人来。后来回血了，父亲手背肿得像个馒头，我跑过去喊她，她头都没抬，说“等一下”，又过了快十分钟才过来拔针。事后还说是我们家属自己没看好。

老人八十多岁了，血管本来就不好找。我不想闹，但这种事不能当没发生过。希望卫健部门查一查那天下午的情况，护士站是有监控的。

唐丽 139 0000 5820
""", "complaint", "yes", "a", "Health Commission", "normal", "zh", "-")

add(4, "thanks-rehab-doctor-liu", "json", "2026-10-04 10:26", "孔秀兰", "",
    "感谢市康复医院刘卫东医生", """
我爱人去年脑梗，半边身子不能动，在市康复医院住了两个多月，主管医生是刘卫东大夫。刘大夫每天早上查房都亲自扶着我爱人抬手抬腿，说话慢声细语，还手把手教我回家怎么帮他翻身、怎么防褥疮。出院的时候我爱人已经能拄拐走几步了。我们不是来要什么，就是想让领导知道医院里有这样的好医生，麻烦转达我们全家的谢意。
""", "information", "no", "-", "Health Commission", "normal", "zh", "-",
    phone="186-0000-4471", email="", anonymous=False, district="临江区")

add(5, "knee-surgery-sincerity", "eml", "2026-10-17 13:02", "Vivian Cao",
    "vivian.cao@example.org", "About my mother's knee operation at the Central Hospital", """
Dear Sir or Madam,

My mother is 68 and has been on the waiting list for a knee replacement in
the orthopaedics department of the City Central Hospital for five months.

On Thursday 15 October we saw Dr. Feng, the deputy chief who is supposed to
operate. He looked at the X-ray and said the queue was very long, but that
"families who show a little sincerity usually find a slot comes up sooner".
Then he looked at the bag I was holding. When I asked what he meant, he
smiled and said I was a clever girl and would understand. He wrote his
personal WeChat on the back of the appointment slip instead of the
department's number.

I don't know how things are done and I don't want to accuse anyone of
something that never happened. But my mother can hardly walk to the bathroom
now, and I don't think her place in line should depend on an envelope.
Could someone look at how the surgery list in that department is decided?

Vivian Cao
Tel +86 137 0000 6695
""", "complaint", "yes", "a", "Health Commission", "normal", "en", "indirect")

add(6, "son-subsidy-stopped", "eml", "2026-10-08 16:44", "罗桂芝",
    "luoguizhi@post.example", "儿子的残疾补帖没有了", """
领导你好

我是东坡村的 我儿子是一级残疾 脑瘫 从小躺在床上 以前每个月有护理补帖和生活补帖 从八月分起就没打到卡上了

我去问村里 说叫我去镇上 镇上说系统里没有他了 要从新申请 我不识几个字 表格看不懂

我们老两口七十多了 就靠这点钱给他买尿不湿 求求领导帮查一下是什么原因 让钱从新发下来

罗桂芝 电话135 0000 7103
""", "demand", "no", "-", "Civil Affairs Bureau", "normal", "zh", "typos")

add(7, "autism-evaluation-rehab-aid", "eml", "2026-10-05 21:30", "许婧",
    "xujing@example.net", "孩子孤独症，想咨询残疾评定和康复救助", """
您好，

我儿子4岁3个月，上个月在市妇幼保健院确诊孤独症谱系障碍。医生建议尽早做康复训练，但外面机构一节课就要两三百元。听其他家长说可以先办残疾证，再申请儿童康复救助。想请教：

1. 这么小的孩子能不能做残疾评定？到哪里评？
2. 康复救助一年能补多少？是不是只能去指定的机构？
3. 我们户口在外省，在本市有居住证，能不能在这边申请？

谢谢！
许婧 183 0000 2290
""", "consultation", "no", "-", "Civil Affairs Bureau", "normal", "zh", "-")

add(8, "teacher-seat-by-bin", "eml", "2026-10-21 20:12", "周先生",
    "zhou.parent@home.example", "关于城南实验小学二年级班主任对待我孩子的情况", """
您好。

我孩子在城南实验小学（公办）二(3)班，有轻度孤独症，经学校同意随班就读，平时有陪读老师。

开学以来，班主任陈老师把他的座位单独放在教室最后、挨着垃圾桶，说是“免得影响别人”。上周她在家长群里发起“联名”，让其他家长签字要求我们转学，有家长私下把截图发给了我。孩子回家说，老师当着全班的面说他是“麻烦”。他听得懂的。

我们不求特殊照顾，只希望孩子和别的孩子一样坐在教室里。请教育局了解一下情况。

家长 周先生
177-0000-8813
""", "complaint", "yes", "a", "Education Bureau", "normal", "zh", "-")

add(9, "deaf-window-mocked", "eml", "2026-10-13 11:58", "谢明",
    "xieming.deaf@example.com", "我是聋人 医保窗口的态度", """
我 聋人。写字 不好 对不起。

10月12号 上午 我去 区医保大厅 3号窗口 报销，带 发票 出院小结。窗口 男的 胸牌 姓黄。我 写纸 问他，他 不看 纸，一直 说话，我 听不见。我 打手语，他 学我 手 笑，旁边人 也 笑。

后来 他 把材料 推出来，掉 地上。别人 告诉我 他说“听不懂 叫家属来”。

我 自己 会办事，不是 小孩。家属 不在 身边。希望 领导 管。聋人 也要 办事。

谢明 只能短信 159 0000 6627
""", "complaint", "yes", "a", "Healthcare Security Bureau", "normal", "zh", "typos")

add(10, "dibao-who-gets-it", "eml", "2026-11-02 09:20", "",
    "laoliu1955@example.org", "想问问我们社区低保是怎么评的", """
领导好，

我老伴瘫在床上七年了，我自己有糖尿病，两个人就靠我一千八的退休金。去年和今年都申请了低保，社区都说“不符合条件”，也不说哪一条不符合。

我们楼下王主任的小舅子，家里停着一辆新越野车，儿子在外面开饭店，每个月照样领低保。评议那天他本人都没来，名单上就有他。公示贴了一天就撕了。

我不懂政策，也许我们家真的不够格。但这件事，院子里的人心里都有数。请上面来人看看。

老刘
""", "complaint", "yes", "a", "Discipline Inspection Commission", "normal", "zh", "indirect")

add(11, "auxiliary-police-tricycle", "eml", "2026-11-03 17:36", "覃海",
    "qinhai@mail.example", "交警辅警推翻我父亲的残疾人三轮车", """
我父亲左腿截肢，开一辆残疾人代步三轮车，有残疾证。

11月3日上午九点左右，在新华路和桂园街路口，一个交警辅警（个子很高，编号尾数086）把他拦下，说车不能上路，要扣车。我父亲拿出证件解释，那人不听，拽住车把一推，车连人侧翻在地，父亲手肘擦破一大片，假肢接口也撞松了。当时周围很多人，有人拍了视频。

扣车可以讲道理，不能这样对一个残疾老人。要求调查处理，并向我父亲赔礼道歉。

儿子 覃海 188 0000 1439
""", "complaint", "yes", "a", "Public Security Bureau", "normal", "zh", "-")

add(12, "welfare-home-slap", "html", "2026-11-18 21:48", "Rachel Yu",
    "rachel.yu@example.com", "Urgent - a worker at the city welfare home hit my mother", """
I visited my mother at the Municipal Social Welfare Home (Building B, third
floor) this afternoon, 18 November. She has dementia and cannot explain much.

As I came round the corner I saw one of the care workers, a woman in her
forties with short hair whom the residents call Auntie Pan, slap my mother's
hand hard and then her face, because she had spilled her soup. When she saw
me she pretended to be wiping her mouth.

My mother has two bruises on her upper arm. The other women in that room
went silent whenever Pan walked past. I do not think this was the first time.

I am writing tonight because my mother is still there and Pan is on the
night shift this week. I cannot take her home tonight: I live in a
fourth-floor flat with no lift and she cannot manage stairs. Please can
someone from Civil Affairs contact the home tonight and make sure she is not
left alone with that worker.

I have photos of the bruises.

Rachel Yu
139 0000 4408
""", "complaint", "yes", "a", "Civil Affairs Bureau", "high", "en", "-")

add(13, "disability-evaluation-fee", "eml", "2026-10-29 12:15", "钟女士",
    "zhong.mama@example.net", "残疾评定要交“加急费”吗？", """
您好，想咨询一下。

我女儿是听力残疾，需要到市第二人民医院做残疾等级评定。上周去预约，评定办公室一位戴眼镜的女工作人员说现在要排到明年一月，如果交300元“加急费”，下周就能做，让我扫她个人的微信收款码，说不开票。

我想问：残疾评定本身收不收费？有没有“加急”这种说法？正规收费为什么要转到个人微信？如果本来就是免费的，我该怎么办？钱我还没付。

钟女士 136 0000 9052
""", "consultation", "yes", "a", "Health Commission", "normal", "zh", "-")

add(14, "veteran-pension-cigarettes", "eml", "2026-11-06 15:03", "鄧國華",
    "deng.gh@example.org", "關於鎮退役軍人服務站辦理傷殘撫卹的事", """
市長您好：

我兒子鄧志遠，二〇一九年在部隊訓練時受傷，退役後評為七級傷殘。今年要辦傷殘撫卹關係轉移，材料都備齊了，交到石灣鎮退役軍人服務站。

負責的那位梁幹事看了材料說「不急，放著吧」。過了一個月我去問，他說「你們家也太不懂事了」。旁邊的人悄悄提醒我，要帶兩條煙、兩瓶酒過去。

我兒子是當兵受的傷，辦個手續還要送東西？我們家沒送，材料到現在還壓在那裡。請上級查一查。

鄧國華
電話：１３７　００００　５５１８
""", "complaint", "yes", "a", "Veterans Affairs Bureau", "normal", "zh", "fullwidth")

add(15, "reimbursement-since-july", "eml", "2026-10-09 10:10", "Ruth Qian",
    "ruth.qian@example.com", "Re: Re: reimbursement claim of July - still nothing", """
To whoever reads this,

On 14 July I handed in a claim for my husband's cancer treatment in
Shanghai (about 41,000 yuan of receipts, all originals) at the Medical
Insurance Service Centre on Jiangbin Road. I was told 30 working days. It is
now 9 October.

I have written to the centre's e-mail address twice. Both times this came
back:

> Thank you for your message. Your enquiry has been received and will be
> processed in the order received. Please do not reply to this e-mail.
> -- Medical Insurance Service Centre

The phone line plays music for twenty minutes and then hangs up. The online
query page says "status: under review" and has said so since July.

I am not blaming the young woman at the counter; she was kind to us. But
somewhere this file is sitting in a pile. We have borrowed from relatives to
pay for his next course. Please find out where the claim is and when it
will be paid.

Ruth Qian (Qian Yurong)
+86 150 0000 3367
""", "complaint", "no", "-", "Healthcare Security Bureau", "normal", "en", "quoted")

add(16, "rehab-centre-dark-room", "json", "2026-10-23 23:41", "", "",
    "举报一家儿童康复机构把孩子关小黑屋", """
我是这家机构的员工，不方便留名字，选了匿名。

星辰之家儿童康复中心（书院路一栋写字楼的4楼）是私人开的，主要收孤独症和发育迟缓的孩子。老板要求老师对“不配合”的孩子“冷处理”，就是关进一间没有窗户的储物间，关上灯，有时候一关就是一个多小时，孩子哭到吐。家长在外面等候区看不见，那个房间也没有装监控。

我劝过，被骂了一顿。我还需要这份工作，但实在看不下去了。请相关部门去突击检查，上午十点左右最常发生。
""", "demand", "yes", "b", "Civil Affairs Bureau", "normal", "zh", "-",
    phone="", email="", anonymous=True, district="文昌区")

add(17, "respite-for-carers", "eml", "2026-10-11 06:55", "L. Hu",
    "hu.lan@example.org", "A suggestion about respite care for family carers", """
Dear Mayor,

I look after my husband, who had a stroke four years ago and needs help with
almost everything. I am 63. Our son lives abroad. I love my husband, but I
have not had more than three hours to myself since 2022.

In England, where my sister lives, the council can send someone to take over
for a weekend, or arrange a week or two in a care home, so that the carer can
rest. I would like to suggest our city try something similar: a few
short-stay beds in the public elderly homes kept for families like ours, even
three to five days a year, or trained home helpers who can come for a whole
day. Families could pay part of the cost.

One thing I must ask: please do not publish my name or read this out
anywhere. My husband would be deeply hurt to think he is a burden, and he
reads the local news on his tablet every morning. I have given my e-mail only
so you know I am a real person.

Mrs. L. Hu
""", "suggestion", "yes", "b", "Civil Affairs Bureau", "normal", "en", "-")

add(18, "medical-record-privacy", "eml", "2026-11-10 01:12", "小陈",
    "c.anon@inbox.example", "咨询一个关于医保记录的问题", """
你好。

我有一个需要长期吃药的病，每个月去市疾控中心领药，药是免费的，但复查的时候有些检查用医保卡结算。

我现在要换工作，新公司入职要体检，还要交社保。想问一下：公司能不能查到我医保卡上看过什么病、在哪里拿的药？人事如果去社保或者医保那边查，会不会显示出来？

我不想让单位知道这个病，不是我不负责，是实在怕。回复的时候请不要写我的名字，如果打电话，也请别说是哪个部门打来的，我和家里人住在一起。

小陈 131 0000 5046
""", "consultation", "yes", "b", "Healthcare Security Bureau", "normal", "zh", "indirect")

add(19, "expired-bp-pills", "eml", "2026-11-12 18:20", "",
    "nb2026@example.com", "药店卖过期药", """
长乐街康寿大药房卖给我妈过期的降压药，批号2024年的。请去查。别说是我讲的，都是邻居。
""", "demand", "yes", "b", "Market Regulation Administration", "normal", "zh", "short")

add(20, "landlord-cuts-power", "eml", "2026-10-25 20:33", "杨春燕",
    "yangcy@example.net", "房东晚上拉电闸，我们一家怎么办", """
领导您好：

我们租住在柳塘村17号自建房的二楼。我丈夫高位截瘫，睡的是电动护理床，晚上要靠它翻身。

上个月房东说要涨房租三百，我们拿不出来，他从10月20号开始每天晚上把我们这层的电闸拉了，说“什么时候交钱什么时候送电”。合同上写着一年内房租不变，还有四个月才到期。

房东是村支书的亲弟弟，村里人都说找谁都没用。我们不敢跟他吵，怕他哪天直接把我们的东西扔出来，这个时候我们上哪去找能住轮椅的房子。求政府出面，让他先把电恢复。

杨春燕 199 0000 7261
""", "demand", "yes", "c", "Housing and Urban-Rural Development Bureau", "normal", "zh", "-")

add(21, "deaf-brother-deduction", "eml", "2026-10-19 12:48", "Zhao Hui",
    "zhaohui@mail.example", "My brother's wages (he is deaf)", """
Hello,

My younger brother Zhao Ming is profoundly deaf. For two years he has worked
at Hengfa Packaging Co. in the Longwan industrial park. Since June the company
has taken 600 to 800 yuan off his pay every month and calls it a
"communication cost", because a supervisor has to "make extra effort" to give
him instructions in writing. Nobody else has this deduction. His contract
says 4,300 a month; he has been getting about 3,600.

He wants it stopped and the money paid back, but he is frightened. Last year
the boss told the workers that anyone who "makes trouble outside" would not
have their contract renewed in December, and jobs for deaf people are very
hard to find here.

We only want the money he has earned. Can someone check whether this
deduction is allowed?

Zhao Hui (his sister)
""", "demand", "yes", "c", "Human Resources and Social Security Bureau", "normal", "en", "-")

add(22, "care-home-extra-fees", "eml", "2026-11-14 14:27", "陳美玲",
    "chenml@example.org", "養老院亂收費，想請政府管一管", """
市長您好：

家母八十六歲，失能，住在鳳凰山腳下的「康頤苑」養老院（民營）已經兩年。合同寫明每月全包五千二。

從今年九月起，院方每月另外多收「翻身護理費」六百、「紙尿褲管理費」三百，沒有新合同，也不給收據，只在微信上發一張截圖叫我們轉帳。其他家屬也都被收了。

我不敢直接去找院長理論。母親白天晚上都在她們手裡，上回有位家屬在前台吵了一架，第二週他父親就被換到走廊盡頭沒人照看的房間。

請政府派人查一查這些收費合不合規。

陳美玲
電話：１８６－００００－３９４７
""", "demand", "yes", "c", "Civil Affairs Bureau", "normal", "zh", "fullwidth")

add(23, "cp-daughter-primary-school", "eml", "2026-11-20 22:05", "刘女士",
    "liu.nn@post.example", "脑瘫孩子上小学的问题，想咨询一下", """
您好，

我女儿7岁，轻度脑瘫，走路不太稳，智力正常，明年9月该上一年级了。我们片区对口的是滨河路小学。报名咨询的时候，学校的人含含糊糊地说“这种情况建议去特殊学校”。

想问：像她这样的孩子，公办学校能不能不收？随班就读要怎么申请，找谁？

另外建议教育局给学校配一些扶手和无障碍厕所，现在学校的厕所全是蹲坑，她用不了。

说实话，我很犹豫要不要正式去争。孩子要在那个学校读六年，我怕闹僵了，以后老师和同学对她有看法，吃亏的是她。

刘女士 158 0000 6621
""", "consultation", "yes", "c", "Education Bureau", "normal", "zh", "two-intents")

add(24, "service-hall-call-numbers", "json", "2026-11-05 09:47", "彭小雨", "",
    "政务服务大厅叫号只有广播，聋人根本听不到", """
我是听障人士。11月4日上午到市政务服务中心办事，取了号在等候区坐着。叫号只有广播，那块显示屏被柱子挡着，从座位上看不到。我等了一个多小时，过去一问才知道我的号早就叫过了，要重新取。

窗口的工作人员态度还可以，帮我插了个队，这不是哪个人的错，是大厅设计就没考虑我们。一个号称“便民”的大厅，连叫号都只能用耳朵听，这说不过去。希望多装几块屏，或者取号时登记手机号，到号了发短信。

我实名反映，名字和电话都可以公开，没关系，能改就好。
""", "complaint", "no", "-", "Municipal Government Office", "normal", "zh", "-",
    phone="185 0000 2234", email="pengxy@example.com", anonymous=False, district="高新区")

add(25, "smart-hospital-congratulations", "multi", "2026-10-14 07:50", "Tom Ye",
    "tom.ye@example.net", "Congratulations on the smart hospital", """
Dear Mayor,

Congratulations to the City Central Hospital on becoming a "smart hospital".
It is now so smart that my 82-year-old father, who does not own a smartphone,
cannot see a doctor at all.

The registration windows on the ground floor closed in September. There is
a sign telling patients to "scan the QR code to book". The volunteer at the
door told him to ask his children. His children are me, and I work in
another city from Monday to Friday. Last Tuesday he stood in the hall for an
hour and went home without his blood-pressure prescription.

I'm sure the system looks wonderful in the annual report. Could the hospital
please keep at least one human window for people who are not smart enough
for it, and let pensioners book by telephone?

Tom Ye
+86 133 0000 8194
""", "complaint", "no", "-", "Health Commission", "normal", "en", "sarcasm")

add(26, "metro-lift-aerospace", "eml", "2026-11-16 19:19", "蓝先生",
    "lan.wheel@example.com", "地铁站无障碍电梯“维修中”两个月了", """
金沙站B口的无障碍电梯，从九月中旬就贴着“设备维修中，给您带来不便，敬请谅解”。

我已经谅解了两个月。我坐轮椅，每次只能坐过一站再倒回来，或者叫站务员抬，四个小伙子抬一个轮椅上台阶，我自己都不好意思。

可能这部电梯是要修成航天级别的吧，慢工出细活，我们等得起。麻烦问一下到底什么时候能修好？能不能至少贴个预计完工的日期？

蓝先生
""", "complaint", "no", "-", "Transport Bureau", "normal", "zh", "sarcasm")

add(27, "hotline-closed-ticket", "eml", "2026-10-22 20:58", "邓女士",
    "dengxm@example.org", "12345工单没人来处理，就显示“已办结”", """
您好，

我10月15日打12345反映我们单元电梯坏了（我母亲腿脚不好，住六楼）。10月19日收到一条短信，原文是：

“【12345】您反映的问题已办结。处理结果：已联系物业，物业表示将尽快处理。感谢您对我们工作的支持，请对本次服务进行评价。”

可物业根本没有人来，电梯到今天还是坏的。“物业表示将尽快处理”就算办结了？我打回去问，接线员说只能重新建一个单。

希望热线别只看办结率，办结前得有人回访，确认问题真的解决了。

邓女士 138 0000 7155
""", "complaint", "no", "-", "Municipal Government Office", "normal", "zh", "quoted")

add(28, "dibao-review-three-times", "eml", "2026-11-09 15:36", "冯建国",
    "fengjg@home.example", "低保复核材料交了三遍还没有结果", """
我儿子是智力残疾二级，我们家一直领低保。

今年7月做年度复核，街道让交材料，我交了。8月说户口本复印件不清楚，又交了一遍。9月说系统升级，材料丢了，再交第三遍。现在都11月了，低保从8月起就停了，一问就是“在审”。

我不是怪哪个经办的姑娘，她们也说是上面系统的问题。可我们家断了三个月的钱，日子怎么过？希望民政部门把复核的流程理一理，别让老百姓来回跑。

另外想问一下，审核期间能不能先申请临时救助？

冯建国 134 0000 6158
""", "complaint", "no", "-", "Civil Affairs Bureau", "normal", "zh", "two-intents")

add(29, "special-school-bus-cut", "eml", "2026-10-26 08:03", "Kevin Mo",
    "kevin.mo@example.net", "Special school bus stop cancelled with two days' notice", """
I am the parent of a 12-year-old pupil at the Municipal Special Education
School. On Friday 23 October a message appeared in the class group saying
that from Monday the school bus would no longer stop in the Hengshan area
"due to route optimisation". No consultation and no alternative.

My son uses a wheelchair and has epilepsy. There is no public bus I can put
him on alone. I now have to take two hours off work every morning and every
afternoon, and three other families on our street are in the same position.

I understand budgets are tight. But a decision like this, made over a
weekend, about the most vulnerable children in the city, shows that nobody
thought about the families at all. I would like the Education Bureau to
explain why it was decided, and either restore the stop or provide another
arrangement.

Kevin Mo
""", "complaint", "no", "-", "Education Bureau", "normal", "en", "-")

add(30, "bus-ramps-that-work", "json", "2026-10-07 14:14", "霍振宇", "",
    "建议公交车都配上能用的斜坡板", """
我是轮椅使用者，经常坐公交。现在很多车说是低地板，也配了斜坡板，可一大半放不下来，要么锈死了，要么司机不会用。

几点建议：
一、定期检查斜坡板，坏了及时修；
二、培训司机怎么放板子、怎么固定轮椅；
三、站牌上标明哪几路是无障碍车，电子站牌能显示下一班是不是低地板车。

这样我们出门心里有数，不用在站台上一等一个多小时。
""", "suggestion", "no", "-", "Transport Bureau", "normal", "zh", "-",
    phone="152-0000-7719", email="", anonymous=False, district="北塘区")

add(31, "tactile-paving-walk-it", "eml", "2026-10-30 17:25", "Li Wenbo",
    "li.wenbo@example.org", "Tactile paving in the old town - a suggestion from a blind resident", """
Good day,

I have been blind since birth and I walk to work every day along Heping
Road and the lanes behind the old market. The yellow tactile paths are a
good idea, but in practice they lead me into trees, lamp posts, parked
e-bikes and, last month, an open drain cover.

May I suggest:

- that when a tactile path is laid, someone who actually uses one walks the
  route before the work is accepted;
- that urban management officers treat bikes and stalls on a tactile path
  as seriously as any other obstruction;
- that the city publish a number or a WeChat page where blind people can
  report a blocked route by voice message.

I would be glad to walk any route with your staff.

Li Wenbo
Tel 158 0000 0917
""", "suggestion", "no", "-", "Urban Management Bureau", "normal", "en", "-")

add(32, "beds-for-accompanying-family", "html", "2026-11-01 23:10", "姚丽华",
    "yaolh@example.com", "建议医院给陪护家属一个能躺下的地方", """
您好，

我母亲在市肿瘤医院住院化疗，我陪护了一个月。病房里陪护的只能坐一把塑料椅子，晚上很多家属在走廊地上铺块纸板睡，半夜保安还来赶。租一张折叠床一晚三十块，还经常租不到。长期住院的病人家属真的很熬，我们自己也快成病人了。

建议：
1. 病房配可折叠的陪护椅床，白天收起，晚上放开；
2. 每层设一间家属休息室，能洗个澡、热个饭；
3. 折叠床租赁统一定价，别让外包公司说了算。

谢谢您看完。
姚丽华
""", "suggestion", "no", "-", "Health Commission", "normal", "zh", "-")

add(33, "chronic-disease-yearly-review", "eml", "2026-11-11 10:40", "秦永福",
    "qinyf@example.net", "门诊慢特病每年都要重新认定，太折腾了", """
我爱人得帕金森十几年了，这个病是好不了的。办了门诊慢特病待遇，可每年都要拿病历、检查单去医院重新认定一次：排号、挂专家号、开证明，前前后后跑三四趟，他连走路都困难。

建议对帕金森、尿毒症、精神分裂症这类治不好的慢病，认定一次长期有效，或者至少延长到三年；复核的时候医保可以直接调医院系统里的病历，不要让病人本人跑。

退休职工 秦永福
电话 138 0000 4530
""", "suggestion", "no", "-", "Healthcare Security Bureau", "normal", "zh", "-")

add(34, "museum-audio-description", "eml", "2026-10-18 16:08", "王可心",
    "wangkx@post.example", "博物馆能不能加audio description？", """
您好！

我是视障者，也是个博物馆迷。去年去上海，有的展馆有audio description（口述影像）导览，扫码就能听到讲解员描述画面的颜色和构图，还有tactile replica可以上手摸。

我们市博物馆新馆很漂亮，可对我们来说就是一座大房子。建议：
1. 常设展做几段口述影像音频；
2. 挑几件文物做3D打印的可触摸复制品；
3. 每个月搞一次sign language tour，给聋人朋友。

The cost is not big，但意义很大。谢谢！

王可心
""", "suggestion", "no", "-", "Culture and Tourism Bureau", "normal", "zh", "mixed")

add(35, "hotline-text-for-deaf", "eml", "2026-11-19 13:31", "Ma Xiaojing",
    "ma.xj@example.com", "12345 for deaf people - text/video option please", """
Hello 12345 team,

I'm deaf and I use WeChat and text for everything. 12345 is a hotline,
打电话 only, right? Last month our building's water was cut for two days and
I couldn't call you. My hearing neighbour did it for me.

Suggestion:
1. A 文字客服 in the 12345 mini-program, not just a form that replies after
   five days.
2. Video call with a 手语翻译 (sign language interpreter), at least a few
   hours a day.
3. SMS to 12345: send text, get text back.

Many cities already do this. 聋人也是市民. Thank you!

Ma Xiaojing (马晓静)
""", "suggestion", "no", "-", "Municipal Government Office", "normal", "en", "mixed")

add(36, "fire-evacuation-register", "eml", "2026-11-23 21:14", "梁正",
    "liangzheng@example.org", "高层着火时行动不便的人怎么逃？建议建个登记", """
上个月我们小区一栋楼18层着火，好在没伤到人。后来社区搞消防演练，我才意识到：电梯一停，我家坐轮椅的儿子根本下不了楼。楼里还有好几个卧床的老人。

建议：
社区建一份“需要协助疏散”的住户名单，物业和附近消防站各留一份；
每栋楼找几个邻居当志愿者，分好工；
在楼梯间或避难层放几把疏散椅（可以顺着楼梯往下滑的那种）。

这些东西花不了多少钱，真出事的时候能救命。

居民 梁正
""", "suggestion", "no", "-", "Emergency Management Bureau", "normal", "zh", "-")

add(37, "serious-illness-tax-deduction", "json", "2026-11-25 20:20", "苏晓", "",
    "大病医疗专项附加扣除怎么填？", """
我母亲今年做了心脏搭桥，医保报完自己还付了六万多。听说个税可以扣除大病医疗，我是独生女，想问：
1. 母亲的医疗费能不能由我来扣？
2. 是不是按自付超过一万五的部分算？上限多少？
3. 在个税APP哪里填？要不要上传发票？等明年三月汇算再填来得及吗？
谢谢。
""", "consultation", "no", "-", "Taxation Bureau", "normal", "zh", "-",
    phone="", email="suxiao@example.org", anonymous=False, district="东湖区")

add(38, "visa-mother-caring", "eml", "2026-11-07 11:11", "Andrew Fielding",
    "andrew.f@example.com", "Visa extension for my mother who is caring for me", """
Dear Sir or Madam,

I am a Canadian citizen working as an English teacher in the city, with a
residence permit valid until 2027. In August I was hurt in a cycling accident
and I am using a wheelchair while my spine recovers, probably for another six
months. My mother came on a visitor visa to look after me, and her permitted
stay ends on 28 November.

Could you tell me whether she can extend her stay, or change to a family
visit or "private affairs" residence permit, on the grounds that she is
caring for me? Which documents would be needed: a letter from the hospital,
my work permit, proof of address? And may I go to the exit-entry office on
her behalf, or must she go in person?

Many thanks,
Andrew Fielding
176 0000 3390
""", "consultation", "no", "-", "Public Security Bureau", "normal", "en", "-")

add(39, "carer-pension-flexible", "eml", "2026-10-15 22:42", "吴慧",
    "wuhui@example.com", "辞职照顾孩子后，养老保险怎么接着交", """
您好，

我今年41岁，原来在一家公司做会计，社保交了14年。儿子重度孤独症，身边一刻离不开人，我今年9月辞职了。想请教：

一是辞职以后能不能按灵活就业人员继续交养老保险和医保？到哪里办？
二是灵活就业的缴费基数能不能选最低一档？
三是听说有针对残疾人家庭的社保补贴，我这种情况能不能申请？

谢谢！
吴慧 181 0000 6087
""", "consultation", "no", "-", "Human Resources and Social Security Bureau", "normal", "zh", "-")

add(40, "public-rental-priority", "json", "2026-11-21 08:30", "车大伟", "",
    "公租房", """
家里有重度残疾人，申请公租房能优先吗？要什么材料？
""", "consultation", "no", "-", "Housing and Urban-Rural Development Bureau", "normal", "zh", "short",
    phone="139-0000-2685", email="", anonymous=False, district="西岭区")

add(41, "long-term-care-pinyin", "eml", "2026-11-24 15:55", "老孙",
    "sun1947@example.net", "长期护理险 wo ba ba neng ban ma", """
你好 我爸爸88岁了 中风卧床三年 在家里请了保姆 听人说有个 chang qi hu li xian(长期护理险) 可以报保姆的钱

我们这里有没有 怎么申请 要去那里 要带什么东西

我不大会打字 有的字打不出来就用拼音 请 jian liang

老孙 电话137 0000 8846
""", "consultation", "no", "-", "Healthcare Security Bureau", "normal", "zh", "typos")

add(42, "legal-aid-dental-clinic", "eml", "2026-10-20 19:47", "Grace Pang",
    "pang.grace@example.net", "Legal aid for a dispute with a private dental clinic", """
Hello,

My father (74, basic pension) had dental implants at a private clinic in
Xinhe in May. Two of the implants failed; he now has an infection and cannot
eat properly. The clinic says the failure is his fault, refuses any refund,
and wants another 9,000 yuan to redo the work.

We would like to know:
- Does he qualify for legal aid? His pension is about 2,100 a month.
- Is there a mediation service for disputes with private clinics, and does
  it cost anything?
- Which documents should we collect now (receipts, X-rays, chat records)?

Thank you,
Grace Pang
""", "consultation", "no", "-", "Justice Bureau", "normal", "en", "-")

add(43, "bus-to-third-hospital", "json", "2026-10-03 07:12", "", "",
    "去三院坐几路车", """
从火车北站到市第三人民医院坐几路公交？有低地板的吗？
""", "information", "no", "-", "Transport Bureau", "normal", "zh", "short",
    phone="186 0000 5502", email="", anonymous=False, district="")

add(44, "cuiping-wheelchair-access", "multi", "2026-11-04 18:18", "Peter Cheung",
    "pcheung@example.org", "Wheelchair access at Cuiping Mountain scenic area?", """
Hi,

My wife uses a wheelchair and we would like to visit Cuiping Mountain next
weekend with our grandchildren. Could you tell us:

- Is there a route to the lake viewing platform without steps?
- Can wheelchairs be borrowed at the gate, and is there an accessible toilet?
- Do disabled visitors and one companion get free or reduced tickets, and
  what card should we bring?
- What time does the cable car close in November?

Thanks very much,
Peter and Ann Cheung
""", "information", "no", "-", "Culture and Tourism Bureau", "normal", "en", "-")

add(45, "cold-wave-copd", "json", "2026-11-17 09:02", "林", "",
    "寒潮什麼時候來？", """
您好！家父有慢阻肺（ＣＯＰＤ），一降溫就喘，要提前準備。請問這次寒潮大概哪天到我們市？會降到幾度？１１月２０號前後天氣怎麼樣？謝謝！！
""", "information", "no", "-", "Meteorological Bureau", "normal", "zh", "fullwidth",
    phone="", email="lin.copd@example.com", anonymous=False, district="青石區")

add(46, "thanks-driver-huang-jun", "eml", "2026-11-03 21:40", "Sunita Rao",
    "sunita.rao@example.com", "Thank you to bus driver Huang Jun, route 27", """
I want to say thank you to the driver of the No. 27 bus, Mr. Huang Jun (his
name and number 2719 were on the card by the door), on the afternoon of
2 November.

I use a wheelchair. The ramp at the middle door was stuck. Mr. Huang got out
in the rain, worked it loose with a screwdriver from his own toolbox, helped
me on, checked that my wheelchair was locked, and then apologised to the
other passengers for the delay. Nobody complained. At my stop he got out in
the rain again.

It is a small thing but it made my week. Please pass this on to his company.

Sunita Rao
""", "information", "no", "-", "Transport Bureau", "normal", "en", "-")

add(47, "thanks-ramps-old-man", "eml", "2026-11-28 10:05", "何德明",
    "hedm@post.example", "给市长的一封感谢信", """
市长您好：

我今年七十六岁，一条腿不方便，出门拄拐。这两年看着城里一点点变：人行道的坎削平了，公园里修了坡道，公共厕所装了扶手，新华书店门口也有了斜坡。

以前我出门要掂量半天，现在天好的时候，我自己能走到河边坐一会儿。这些事可能上不了新闻，但我们这样的人都看在眼里。谢谢您，也谢谢做这些事的人。

不用回信。

老读者 何德明
""", "information", "no", "-", "none", "normal", "zh", "-")

add(48, "lily-silver-medal", "html", "2026-10-12 20:00", "Joanne Tam",
    "joanne.tam@example.net", "A bit of good news from a proud mum", """
Dear Mayor,

You don't need to do anything with this letter; I just wanted to tell
someone in the city.

My daughter Lily has Down syndrome. Last weekend she won a silver medal in
the 100 m freestyle at the provincial Special Olympics swimming meet. Five
years ago she was afraid of the bath. She learned to swim at the community
pool on Saturday mornings, where the lifeguards let her practise in the
shallow lane while the other children had lessons.

She asked me to "tell the boss of the city", so here I am. She is already
planning to beat the girl from the next city next year.

With best wishes,
Joanne Tam (and Lily)
""", "information", "no", "-", "none", "normal", "en", "-")

add(49, "icu-visiting-hours", "eml", "2026-11-26 23:36", "小邱",
    "qiu.grandson@example.org", "ICU visiting hours 想问一下", """
你好，我爷爷昨晚送进市中心医院ICU了，家里人都很急。

想问一下ICU的visiting hours是几点到几点？每次能进几个人？小孩能不能进？要不要自己准备protective gown之类的，还是医院发？

我们从外地赶过来，明天中午到。thanks
""", "information", "no", "-", "Health Commission", "normal", "zh", "mixed")

add(50, "top-floor-no-water", "eml", "2026-10-16 06:20", "Mrs Akter",
    "akter.r@example.com", "no water pressur top floor 3 days", """
hello

i live Block 5 Meiyuan estate 6th floor top. since monday water is very
weak, only drip in the kitchin, bathroom nothing from 7am untill late night.

my husband is bed ridden after stroke and i need wash him and the sheets
every day. i carry water from 2nd floor neighbour in bucket and my back is
very bad now.

property say is the city water not them. city water hotline say call
property. please somebody come fix, i cant keep carry buckets

thank you
Mrs Akter 132 0000 4175
""", "demand", "no", "-", "Water Affairs Bureau", "normal", "en", "typos")

add(51, "guard-blocks-ambulance", "json", "2026-11-09 11:22", "任晓峰", "",
    "小区保安不让救护车进，物业得管管", """
11月8日凌晨两点，我父亲心衰发作，我们叫了120。救护车到了锦绣华庭北门，保安说晚上大门不放车，让担架自己推进来。我下楼去求他，他还是不肯抬杆，说是物业规定。

从北门到我家那栋楼有四百多米，医生和我推着担架跑了快十分钟。父亲现在还在医院。

我不是要跟那个保安过不去，是物业这个规定有问题。请住建部门督促物业公司：救护车、消防车随时放行，夜班保安要知道遇到这种事怎么办。
""", "demand", "no", "-", "Housing and Urban-Rural Development Bureau", "normal", "zh", "-",
    phone="187 0000 2053", email="renxf@example.net", anonymous=False, district="锦湖区")

add(52, "guide-dog-pharmacy", "eml", "2026-11-12 16:16", "Chen Yiran",
    "chen.yiran@example.org", "Refused entry with my guide dog at a pharmacy", """
Good afternoon,

I am visually impaired and have a certified guide dog, Doudou, with the
official harness and card. On 12 November I went to buy my insulin at the
Renhe Pharmacy branch on Wenhua Street. The young man at the door blocked
the entrance and said "no pets". When I showed him the guide dog card he
said the manager did not allow dogs and that I should "get someone else to
come". He raised his voice and other customers stared.

This is the branch nearest my home and I need insulin every month. I would
like the pharmacy to be told that guide dogs must be let in, and its staff to
be trained. An apology would be nice, but mainly I want to be able to buy my
medicine.

Chen Yiran
150 0000 8862
""", "demand", "no", "-", "Market Regulation Administration", "normal", "en", "-")

add(53, "fake-insurance-frozen-sms", "eml", "2026-10-24 19:02", "曾丽娜",
    "zengln@example.com", "举报冒充医保中心的诈骗短信", """
我母亲今天收到一条短信，原文如下：

“【医保中心】您的医保卡因异常使用已被冻结，将影响您的门诊报销及养老金发放，请于24小时内致电400-0000-1862或登录 yb-check.example 办理解冻，逾期将移交司法处理。”

她差点就打过去了，幸亏先问了我一句。我们小区老人多，好几个都说收到过一样的。请公安部门查一查这个号码和网址。也希望社区多宣传一下，老人最怕“冻结”“司法”这几个字。

曾丽娜
""", "demand", "no", "-", "Public Security Bureau", "normal", "zh", "quoted")

add(54, "night-piling-cancer-ward", "eml", "2026-11-15 02:47", "韩女士",
    "han.w@inbox.example", "工地半夜打桩，病房里的人睡不着", """
我爱人在市肿瘤医院住院，病房楼西边是个新楼盘的工地。这半个月每天晚上十一点以后还在打桩、拉渣土，一直干到凌晨三四点。护士说她们也投诉过好几回。

真佩服这个开发商，白天不够用，连病人唯一能睡的那几个小时也要占了——大概觉得肿瘤病人反正也睡不着吧。

请环保部门去查一下他们有没有夜间施工许可，没有的话请让他们停下来。

家属 韩女士 180 0000 7324
""", "demand", "no", "-", "Ecology and Environment Bureau", "normal", "zh", "sarcasm")

add(55, "gas-smell-stairwell", "eml", "2026-11-27 06:31", "",
    "xiaoyu.h@example.net", "楼道煤气味很重", """
槐荫路9号3单元楼道煤气味很重，我妈瘫在床上抬不下楼，快派人来！138 0000 9921
""", "demand", "no", "-", "Emergency Management Bureau", "high", "zh", "short")

add(56, "rehab-ward-no-signal", "eml", "2026-11-08 14:50", "关立新",
    "guanlx@example.org", "康复医院病房没有手机信号", """
您好：

我父亲从九月起在市康复医院3号楼脊髓损伤康复病区住院。这个病区是半地下的，移动、联通、电信哪家都没有信号，打电话要跑到一楼大厅去。可这里的病人大多瘫痪，一住就是好几个月，下不了床。医院的WiFi也只有护士站附近能连上。

医院说七月份就联系过运营商装室内信号，运营商说在“评估”，评估到现在四个月了。

请政府督促运营商尽快装好室内覆盖。对躺在床上几个月的人来说，能跟家里人打个电话、看看孙子，就是最大的盼头。

关立新 138 0000 4216
""", "demand", "no", "-", "Industry and Information Technology Bureau", "normal", "zh", "-")

add(57, "dialysis-path-dark", "json", "2026-11-22 21:09", "邱大勇", "",
    "透析中心门口的路灯和盲道", """
我是低视力，每周一三五晚上从市第二医院透析中心出来，要走一段松柏路去公交站。这段路有四盏路灯坏了快一个月，黑乎乎的，盲道上还停满了电动车。我上周被绊倒，膝盖缝了三针。

请城管尽快把路灯修好，把盲道上的车清走。

还有，透析中心门口那几级台阶能不能修个坡道？很多病人做完透析腿都是软的。
""", "demand", "no", "-", "Urban Management Bureau", "normal", "zh", "two-intents",
    phone="155 0000 3608", email="", anonymous=False, district="南浦区")

add(58, "discharge-filing-not-synced", "eml", "2026-11-29 17:44", "付强",
    "fuqiang@example.com", "明天出院，异地医保结算不了，急", """
您好，

我父亲在市人民医院住院半个月，明天出院。我们是外省户口，在本市住了十年，上周在手机上做了异地就医备案，页面显示“备案成功”。

今天去住院处办手续，说系统里查不到备案，只能全额自费，回老家再报。住院处窗口贴的告示是这样写的：

“异地就医患者请于入院后三日内完成备案，备案信息以医保系统推送为准，未推送成功者按自费处理。”

我们有备案成功的截图，可三万多块一下子拿不出来。请医保部门帮忙查一下备案为什么没推送过去，让我们明天能直接结算。

付强 139 0000 6390
""", "demand", "no", "-", "Healthcare Security Bureau", "normal", "zh", "quoted")

add(59, "lift-blocked-ms-wife", "eml", "2026-10-31 09:58", "殷国庆",
    "yinguoqing@example.net", "加装电梯被一楼挡着，我爱人困在五楼", """
领导您好，

我们是青桐小区12栋的。楼里十户有九户同意加装电梯，只有一楼一户不同意，说挡光。协商了一年，社区也调解过两次，没有结果。

我爱人是多发性硬化，这两年腿越来越不行，今年基本下不了楼，一整年只出过三次门，都是去医院。

请政府出面协调，看看设计上能不能调整，让电梯早点开工。另外也想问问，现在市里加装电梯的补贴标准是多少，还是每部二十万吗？

殷国庆 159 0000 2408
""", "demand", "no", "-", "Housing and Urban-Rural Development Bureau", "normal", "zh", "two-intents")

add(60, "deaf-bakery-lease", "multi", "2026-11-02 10:35", "Sarah Lin",
    "sarah@quietcrumbs.example", "Request for help - our deaf-run bakery is losing its lease", """
Dear Mayor,

I manage Quiet Crumbs, a small bakery and cafe in Riverside Mall, where
eleven of our fourteen staff are deaf or hard of hearing. We opened in 2023
with help from the city's disability employment programme, and we are doing
well: we break even and customers love the place.

On 30 October the mall's management told us our lease will not be renewed in
January because the floor is being "repositioned" for a chain brand. They
have offered us a unit beside the basement car park entrance, where nobody
walks past. We have asked for a meeting three times.

We are not asking for money. We would be grateful if the Commerce and
Investment Promotion Bureau could help arrange a meeting with the mall's
owner, or help us find a suitable space in another commercial building.
Eleven jobs for deaf workers are not easy to replace.

Yours sincerely,
Sarah Lin
Quiet Crumbs Bakery
+86 135 0000 7740
""", "demand", "no", "-", "Commerce and Investment Promotion Bureau", "normal", "en", "-")


# ---------------------------------------------------------------- writing

def when(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=TZ)


def enc(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode(linesep="\r\n")


def split_long(text, limit=600):
    """Keep every line under `limit` bytes (RFC 5322 allows 998)."""
    out = []
    for line in text.split("\n"):
        while len(line.encode("utf-8")) > limit:
            cut = len(line)
            while len(line[:cut].encode("utf-8")) > limit:
                cut -= 1
            out.append(line[:cut])
            line = line[cut:]
        out.append(line)
    return out


def html_of(body):
    esc = (body.replace("&", "&amp;").replace("<", "&lt;")
           .replace(">", "&gt;"))
    paras = [p.replace("\n", "<br>\n") for p in esc.split("\n\n")]
    return ("<html><head><meta charset=\"utf-8\"></head><body>\n"
            + "\n".join("<p>%s</p>" % p for p in paras)
            + "\n</body></html>")


def eml(x):
    d = when(x["when"])
    dom = x["addr"].split("@", 1)[1]
    frm = formataddr((x["name"], x["addr"]), charset="utf-8") if x["name"] else x["addr"]
    head = [
        "From: " + frm,
        "To: mayor@city.example",
        "Subject: " + enc(x["subject"]),
        "Date: " + format_datetime(d),
        "Message-ID: <%s-%03d.%s@%s>" % (ME, x["n"], d.strftime("%Y%m%d%H%M"), dom),
        "MIME-Version: 1.0",
    ]
    if x["fmt"] == "multi":
        b = "=_w30_alt_%03d" % x["n"]
        head.append('Content-Type: multipart/alternative; boundary="%s"' % b)
        lines = head + ["", "This is a multi-part message in MIME format.",
                        "--" + b,
                        "Content-Type: text/plain; charset=utf-8",
                        "Content-Transfer-Encoding: 8bit", ""]
        lines += split_long(x["body"])
        lines += ["", "--" + b,
                  "Content-Type: text/html; charset=utf-8",
                  "Content-Transfer-Encoding: 8bit", ""]
        lines += split_long(html_of(x["body"]))
        lines += ["", "--" + b + "--", ""]
    else:
        ctype = "text/html" if x["fmt"] == "html" else "text/plain"
        head += ["Content-Type: %s; charset=utf-8" % ctype,
                 "Content-Transfer-Encoding: 8bit"]
        text = html_of(x["body"]) if x["fmt"] == "html" else x["body"]
        lines = head + [""] + split_long(text) + [""]
    return "\r\n".join(lines).encode("utf-8")


def form(x):
    obj = {
        "id": "%s-%03d" % (ME, x["n"]),
        "submitted_at": when(x["when"]).isoformat(),
        "name": x["name"],
        "phone": x["phone"],
        "email": x["email"],
        "anonymous": x["anonymous"],
        "title": x["subject"],
        "content": x["body"],
        "district": x["district"],
    }
    return (json.dumps(obj, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.startswith(ME + "-"):
            os.remove(os.path.join(OUT, f))
    rows = ["path\tcategory\tconfidential\treason\tdepartment\tpriority\tlanguage\thard"]
    seen = set()
    for x in sorted(L, key=lambda y: y["n"]):
        assert x["n"] not in seen
        seen.add(x["n"])
        ext = "json" if x["fmt"] == "json" else "eml"
        fn = "%s-%03d-%s.%s" % (ME, x["n"], x["slug"], ext)
        data = form(x) if ext == "json" else eml(x)
        with open(os.path.join(OUT, fn), "wb") as fh:
            fh.write(data)
        rows.append("\t".join(["letters/" + fn, x["cat"], x["conf"], x["reason"],
                               x["dept"], x["prio"], x["lang"], x["hard"]]))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(rows) + "\n")
    print("wrote %d letters" % len(L))


if __name__ == "__main__":
    main()
