#!/usr/bin/env python3
"""Writer w27: 60 letters (teachers, parents, school staff, long-time
petitioners, a few ordinary residents). Writes letters/ and labels.tsv next
to this script. Deterministic: no randomness, no clock."""
import html
import json
import os
from email.header import Header
from email.utils import formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
WR = "w27"

L = []


def add(num, slug, fmt, sender, date, subject, body, cat, conf, reason,
        dept, prio, lang, hard, **extra):
    L.append(dict(num=num, slug=slug, fmt=fmt, sender=sender, date=date,
                  subject=subject, body=body.strip("\n"), cat=cat, conf=conf,
                  reason=reason, dept=dept, prio=prio, lang=lang, hard=hard,
                  extra=extra))


ED = "Education Bureau"

# ---------------------------------------------------------------- 001
add(1, "public-school-documents", "eml",
    ("Katrin Vogel", "k.vogel@example.net"), "2026-10-02 09:14",
    "Documents for enrolling my son in a public primary school",
    """
Dear Sir or Madam,

My family moved here in August because my husband works for an automotive
supplier in the development zone. Our son Jonas turns seven in December. We
would like him to attend a local public primary school near our apartment in
Lanting Garden rather than an international school (which, honestly, we
could not afford anyway).

Could you tell me what documents are needed? We have residence permits (work
type for my husband, dependant type for me and Jonas), a lease contract
registered at the police station, and his birth certificate in German with
an apostille. Do we need a certified Chinese translation of the birth
certificate, and who can make it? Is there a deadline for the spring
semester, or can he only start in September? Does he need to pass a Chinese
language test first?

Thank you very much for your help.

Best regards,
Katrin Vogel
138 0000 4417
""", "consultation", "no", "-", ED, "normal", "en", "-")

# ---------------------------------------------------------------- 002
add(2, "class-group-gift-card", "eml",
    ("一位家长", "yuer_mama@mail.example"), "2026-10-03 21:40",
    "关于孩子班级家长群的一点情况",
    """
领导您好：

我是实验二小（育才路校区）三年级（4）班的一名家长。

教师节前一周，班主任刘老师在家长群里发了一张照片，是别的班家长送的购物卡和一束花，配的话是"还是5班的家长有心啊"。过了两天她又在群里说："有的家长连句节日快乐都没有，孩子在学校什么表现，我心里也有数。"

之后好几个家长私下问我"咱们要不要凑一凑"，说每家五百，由家委会统一送过去。我们家没参加。

这个月开始，我家孩子回来说老师上课不点他的名字了，作业本发下来也没有批改的痕迹，只写了个"阅"。我不知道这是不是巧合，也可能是我想多了。

我们不是不尊重老师，教师节送张贺卡、孩子画幅画我们都支持。只是觉得现在这样不太对劲。希望教育局能了解一下这个班的情况。
""", "complaint", "yes", "a", ED, "normal", "zh", "indirect")

# ---------------------------------------------------------------- 003
add(3, "dongmen-demolition-11th", "eml",
    ("蔡国福", "caiguofu1955@example.com"), "2026-10-05 08:02",
    "第十一次反映：东门老街12号房屋拆迁补偿至今未落实",
    """
市长：

我叫蔡国福，今年七十一岁，原住东门老街12号。祖屋是砖木结构两层，建筑面积86.4平方米。2011年旧城改造拆迁，当时评估只按一层算，二层阁楼说是"违建"不予补偿，可我家1987年发的房产证上写得清清楚楚是两层。

十五年来我写信、走访不下十次。下面是2024年6月收到的答复原文：

"蔡国福同志：您反映的问题已收悉。经核查，该地块拆迁工作由原东门片区改造指挥部实施，现指挥部已撤销，相关档案已移交区住建局。区住建局将对您的情况进行进一步核实，核实结果另行告知。"

"另行告知"，到今天两年多了，没有任何人告知我。

2025年3月我又去了区住建局，窗口的同志说档案找不到，让我自己提供当年的评估报告。当年的评估报告是指挥部拿走的，我手上只有一张房产证复印件和一份补偿协议。那份协议我本人没有签字，是我老伴住院那几天我弟弟代签的，他根本没有我的授权，这个我以前的信里也写过。

我的要求很简单：
1. 把我家的档案找出来；
2. 按房产证面积重新核算补偿；
3. 给我一个书面答复，不要再"另行告知"。

我年纪大了，腿脚也不好，不想再跑了。

附：房产证复印件、2024年答复截图。
联系电话：0571-0000-3382（家里座机）
""", "demand", "no", "-", "Housing and Urban-Rural Development Bureau",
    "normal", "zh", "quoted")

# ---------------------------------------------------------------- 004
add(4, "kindergarten-fee-notice", "eml",
    ("Marisol Ortega", "marisol.ortega@example.org"), "2026-10-04 19:25",
    "Kindergarten fees - a small suggestion about timing",
    """
Dear Mayor's Office,

I want to say first that my daughter loves her public kindergarten in
Qiaoxi and the teachers there are wonderful. So this is not about them.

On 28 September, parents received a notice in the class WeChat group that
from October the monthly childcare fee would rise from 780 to 1,050 yuan,
and the meal fee by 5 yuan a day. Two days' notice. I am sure the city had
very good reasons, and I am sure there was a very careful public hearing
somewhere that none of the 31 families in our class happened to hear about.
It must have been a very quiet hearing.

My suggestion is simple: when public kindergarten fees change, please
publish the new fees and the reasons at least one term in advance, on the
Education Bureau website and not only in chat groups - and in English too
if possible, since many families in the industrial park are foreign.
Families plan budgets as well.

Kind regards,
Marisol Ortega
""", "suggestion", "no", "-", ED, "normal", "en", "sarcasm")

# ---------------------------------------------------------------- 005
add(5, "second-child-fee-reduction", "json",
    ("周女士", ""), "2026-10-06 10:31",
    "二孩家庭幼儿园保教费减免怎么申请",
    """
您好，我家两个孩子，大的在公办园中班，小的明年九月入园。听说我们市对二孩、三孩家庭有保教费减免的政策，请问是不是两个孩子同时在园才能享受？需要带什么材料、到哪里办理？孩子户口在外区的能不能申请？谢谢。
""", "consultation", "no", "-", ED, "normal", "zh", "-",
    phone="150-0000-2276", district="滨江区", anonymous=False)

# ---------------------------------------------------------------- 006
add(6, "language-centre-unpaid", "eml",
    ("Thomas Reade", "t.reade@mail.example"), "2026-10-11 14:05",
    "Three months of unpaid salary at a language training centre",
    """
Hello,

I'm a British teacher at a private English training centre called Bright
Leaf Learning, 3rd floor of the Huating Plaza building. My contract is for
16,000 RMB per month. I have not been paid for July, August or September.

The owner, a Mr. Fang, kept telling us "next week, next week", and since
9 October the centre has been locked and he does not answer his phone.
There are four foreign teachers and six Chinese staff in the same situation.
Parents are also coming to the door asking for refunds of their class
packages, and they are angry at us, as if we had the money.

My work permit is tied to this company, so I cannot simply take another
job. I have my contract, bank statements showing the last salary in June,
and WeChat messages where he promises to pay.

Can someone help us recover the wages? Where should we go, and is there
anyone there who speaks English?

Thomas Reade
+86 177 0000 6120
""", "demand", "no", "-", "Human Resources and Social Security Bureau",
    "normal", "en", "-")

# ---------------------------------------------------------------- 007
add(7, "shiqiao-land-money", "eml",
    ("吕长根", "lvchanggen@post.example"), "2026-10-07 07:48",
    "反映石桥村征地补偿款去向问题（第六次）",
    """
我是石桥镇石桥村三组村民吕长根。

2019年修高速连接线，征用我们三组耕地42亩，按县里的文件每亩补偿4.6万元，我家被征2.3亩。钱是先打到村集体账户的，到我手上只有每亩2.8万元。我去问，村支书黄某说剩下的"留作集体发展"，可三组一次村民大会都没开过，账也从来没有公开。

2021年村里修了一条水泥路，正好修到黄书记小舅子的养殖场门口，组里很多人都说用的就是这笔钱。

我前面五次信都转到镇里，镇里又让村里答复，等于让黄书记自己查自己，答复都是"资金使用规范"。这次请求市里直接派人查一下三组的征地款账目。我有当年征地公告的照片和我家的银行流水，随时可以拿出来。

吕长根  电话 135 0000 8841
""", "complaint", "yes", "a", "Discipline Inspection Commission",
    "normal", "zh", "-")

# ---------------------------------------------------------------- 008
add(8, "after-school-until-six", "html",
    ("Chen Yiwen", "chenyiwen88@example.com"), "2026-10-08 12:20",
    "Suggestion: after-school care until 6 pm",
    """
Dear Mayor,

I am the mother of a second-grade pupil at a public primary school in the
north of the city. The school after-school service ends at 5:30 pm. My
husband and I both work in the high-tech zone and we finish at 6, so every
month we pay a private "tuoguan" place 1,200 yuan just for the last half
hour and the walk. Many families in our class do the same.

I suggest:
1. Schools offer an optional late session until 6:15 for families who
register for it.
2. The session can be run by retired teachers or university volunteers, so
the regular teachers are not overloaded.
3. Keep the price low, it is a public service.

I think it will also help the safety of children, because the walk from
school to the tuoguan centre crosses a busy road with no traffic light.

Thank you for reading.
Regards,
Chen Yiwen
""", "suggestion", "no", "-", ED, "normal", "en", "-")

# ---------------------------------------------------------------- 009
add(9, "thanks-short", "eml",
    ("老何", "laohe@inbox.example"), "2026-10-09 18:03",
    "谢谢",
    """
上次反映的校门口路灯已经修好了，谢谢市长信箱。
""", "information", "no", "-", "none", "normal", "zh", "short")

# ---------------------------------------------------------------- 010
add(10, "principal-training-fee", "eml",
    ("a teacher", "greenleaf2014@example.net"), "2026-10-10 23:12",
    "about our school principal take teachers money",
    """
Dear mayor,

I am teacher in a public middle school in Xinhe town, I teach english 12
years. I write english because I dont want my colleages see it if they look
my phone.

This year our principal Mr. Tan he ask all teacher must join a "teacher
growth training" every saturday, each person pay 1800 yuan to one company,
this company boss is his university classmate, everybody know it. Who dont
go, he deduct the performence pay 300 yuan every month, he say it is
"attitude problem". Last month I dont go two times because my mother in
hospital, my salary slip is less 300.

The training is only watching video in the meeting room, no real teacher
come. I think this is not allow. Please check it.

I am afraid if he know who write he will give me bad class next year.
""", "complaint", "yes", "a", ED, "normal", "en", "typos")

# ---------------------------------------------------------------- 011
add(11, "son-beaten-in-toilet", "eml",
    ("钱女士", "qian.ls@example.org"), "2026-10-16 20:37",
    "孩子在学校被同学多次殴打，请帮忙解决",
    """
您好，

我儿子在城南中学读初一。开学一个多月，他被同班三个男生堵在厕所里打了四次，最近一次是10月14日，脸上有淤青，眼镜被踩碎了。他们还抢他的饭卡，他好几天中午都没吃饭，回家才跟我说。

班主任和年级主任都找过双方家长，那几个孩子也写了检讨，可没过几天又开始了。其中一个孩子的家长在校门口拦住我说："小孩打打闹闹很正常，你再到处告，你儿子在这个学校也待不下去。"

我现在每天早晚接送，孩子晚上做噩梦，说梦话喊"别打了"。

希望教育局能督促学校采取实际的措施，比如把他们的座位调开，课间厕所和走廊有老师值守，保证我儿子在学校的安全。

另外想问一下，如果实在不行，初一中途转到别的学校需要办什么手续？
""", "demand", "yes", "c", ED, "normal", "zh", "two-intents")

# ---------------------------------------------------------------- 012
add(12, "bus-to-riverside-school", "eml",
    ("Amy", "amy.t@example.com"), "2026-10-12 07:55",
    "bus?",
    """
Hi, which bus goes from Jinxiu metro station to Riverside International
School? Thanks, Amy
""", "information", "no", "-", "Transport Bureau", "normal", "en", "short")

# ---------------------------------------------------------------- 013
add(13, "stood-in-corridor", "eml",
    ("晓晓妈妈", "xiaoxiao_mom@mail.example"), "2026-10-21 22:15",
    "老师让孩子在走廊罚站一上午",
    """
我女儿在花园路小学读二年级。10月20日因为忘带数学练习册，数学老师（姓孟，戴眼镜、短头发的那位女老师）让她拿着空书包站在教室外的走廊上，从第二节课一直站到中午放学，中间不许去厕所，孩子没忍住尿了裤子，被路过的高年级学生看到笑话。

老师还在班里说："以后谁忘带，就跟她一样。"

孩子现在早上一到校门口就哭，不肯进去。

我想请教育局核实一下，老师这样的做法是否合适，也希望学校给孩子一个说法。孩子还要在这个班读四年多，我们也不想把事情闹大，你们处理的时候请不要说是我们家反映的。
""", "complaint", "yes", "a", ED, "normal", "zh", "-")

# ---------------------------------------------------------------- 014
add(14, "no-water-three-days", "json",
    ("杜先生", ""), "2026-10-14 06:50",
    "停水三天了没人管",
    """
你好我是幸福里小区5栋的住户，从礼拜一到现在三天了五楼以上一直没有水，早上偶尔滴一点点，水呀小的跟没有一样。物业说是二次供水的泵坏了再等等，打自来水公司电话说是小区内部问题不归他们关。家里有老人小孩，冲厕所都要下楼去提水，请问到底归谁管，能不能尽快修好。实再没办法了。
""", "demand", "no", "-", "Water Affairs Bureau", "normal", "zh", "typos",
    phone="13900003517", district="城西区", anonymous=False)

# ---------------------------------------------------------------- 015
add(15, "residence-permit-new-employer", "eml",
    ("Daniel Okafor", "daniel.okafor@example.org"), "2026-10-13 16:42",
    "Residence permit when changing employer",
    """
Dear Sir/Madam,

I'm an American teacher. My contract with a private high school in the city
ends on 31 December, and I have signed with the foreign languages department
of a public university, starting in February. My residence permit is valid
until next August but it is linked to the old employer.

My questions:
- Do I have to cancel the old permit and apply for a new one right away,
  or can I wait until the new work permit is issued?
- Is there a gap in which I would be staying in the country illegally?
- Can I travel home for Christmas during the transfer and come back?

I would be grateful for a clear answer, because I keep getting different
answers from the two schools' HR offices.

Regards,
Daniel Okafor
""", "consultation", "no", "-", "Public Security Bureau", "normal", "en", "-")

# ---------------------------------------------------------------- 016
add(16, "form-filling-teacher", "eml",
    ("邵老师", "shaols@school.example"), "2026-10-15 21:58",
    "建议给老师减减负——一位\"表格教师\"的一天",
    """
尊敬的市长：

我是一名教了十九年书的小学语文老师。现在我每天的工作大概是这样的：

早上7点在"智慧校园"打卡，7点10分在"平安校园"APP上传晨检照片，课间在另一个平台填学生体温和出勤，中午转发反诈宣传并截图，下午完成"学习强校"积分，晚上统计家长观看安全教育直播的人数，没看的要一个个打电话催，催完还要截图证明催过了。

哦对了，中间还要上课、批作业、备课。

前几天一个学生问我："老师，你是不是一直在玩手机？"我真不知道怎么回答他。

建议：
一、各部门要进学校的APP和表格，由教育局统一把关，能合并的合并，能取消的取消；
二、进校园的宣传任务不要再要求截图"留痕"；
三、把老师的时间还给课堂。

我们是教书的，不是做表的。
""", "suggestion", "no", "-", ED, "normal", "zh", "sarcasm")

# ---------------------------------------------------------------- 017
add(17, "same-reply-seven-times", "eml",
    ("郑永年", "zhengyongnian@example.net"), "2026-10-17 09:33",
    "请不要再用同一段话答复我了",
    """
12345热线：

关于我们郑家坳村老祠堂被人占用堆放建材的事，我从今年5月到现在打了7次电话，在网上留言3次。收到的答复每一次都是这几句，我抄给你们看：

5月12日："您好，您反映的问题已转相关单位办理，请耐心等待。"
7月3日："您好，您反映的问题已转相关单位办理，请耐心等待。"
9月26日："您好，经了解，该问题属于历史遗留问题，已转相关单位办理，请耐心等待。"

"相关单位"是哪个单位？我问接线员，她说系统上看不到。

我不是要你们今天就解决，我是要知道到底是谁在办，办到哪一步了。每次回访都问我满不满意，我说不满意，过几天又是一样的话。这个热线到底是为老百姓解决问题的，还是为了完成办结率的？

郑家坳村 郑永年
""", "complaint", "no", "-", "Municipal Government Office", "normal", "zh",
    "quoted")

# ---------------------------------------------------------------- 018
add(18, "cracks-mother-flat-third", "eml",
    ("Li Wen", "liwen.sg@example.com"), "2026-10-18 11:10",
    "Re: Cracks in my mother's building - still not solved (3rd letter)",
    """
Dear Mayor's Mailbox,

I am writing on behalf of my mother, Mrs. Yu Shuzhen, 78, who lives in
Building 3, Hongqiao New Village, Unit 2, Room 401. I live in Singapore and
write in English because typing Chinese on my work computer is difficult,
sorry for that.

Since the metro station construction started next to the estate last year,
cracks have appeared in the stairwell and in her bedroom wall, and her
window frame no longer closes. This is my third letter. The reply we
received on 19 August said:

> Dear citizen, after on-site inspection by the district housing authority
> together with the construction unit, the cracks are judged to be
> non-structural plaster cracks and do not affect the safety of the
> building. The construction unit has agreed to repair the plaster in the
> stairwell.

The stairwell was painted over in September. The cracks came back within
three weeks, and the crack in her bedroom is now wide enough to put a coin
in. Nobody has entered her flat to look at the bedroom wall at all - the
"on-site inspection" was in the stairwell only; her neighbours on the same
floor confirm this.

We ask for an independent structural assessment of the building (not one
done by the construction company), including inside the flats, and a
written result. If it is safe, fine, we will accept that. But somebody
needs to look.

Li Wen (son)
+65 0000 7712 / my mother: 138 0000 9065
""", "demand", "no", "-", "Housing and Urban-Rural Development Bureau",
    "normal", "en", "quoted")

# ---------------------------------------------------------------- 019
add(19, "substitute-teacher-pension-years", "json",
    ("彭振华", ""), "2026-10-19 15:02",
    "原民办代课教师的教龄能不能算养老保险视同缴费年限",
    """
我1983年到1996年在本县红岭村小学当民办代课老师，一共13年，后来学校合并我被辞退了，一直没有转正。现在快六十岁了，听说有的地方民办代课教师的教龄可以算视同缴费年限，我们这里有没有这个政策？需要哪些证明？

当年的聘书搬家弄丢了，只有一张1990年的"优秀教师"奖状和老校长手写的证明，能不能用？

前年我问过县里，说要等省里的文件，不知道现在出来了没有。麻烦给个准话。
""", "consultation", "no", "-", "Human Resources and Social Security Bureau",
    "normal", "zh", "-",
    phone="0797-0000-6631", district="安平县", anonymous=False)

# ---------------------------------------------------------------- 020
add(20, "pe-teacher-collar", "multi",
    ("Sarah Whitfield", "sarah.whitfield@example.com"), "2026-10-17 21:45",
    "PE teacher grabbed and shook my son",
    """
Dear Sir or Madam,

My son Liam (Grade 5, Class 2) attends Dongsheng Road Primary School, a
public school. On Thursday 16 October, during the PE lesson, he was slow to
line up after running laps. According to Liam and two of his classmates,
the PE teacher - the tall young man with a shaved head who also coaches the
school football team, I believe his surname is Gao - grabbed him by the
collar, lifted him half off the ground and shook him, shouting at him in
front of the class. Liam came home with a red mark around his neck, which I
photographed that evening.

When I raised it with the head teacher the next morning she said Mr. Gao is
"strict but good-hearted" and that Liam "does not always understand
instructions in Chinese". Liam has been at this school for three years and
his Chinese is fine.

I want the Education Bureau to look into this properly, and I would like to
know what the rules are on physical contact between teachers and children.

Sarah Whitfield
186-0000-3390
""", "complaint", "yes", "a", ED, "normal", "en", "-")

# ---------------------------------------------------------------- 021
add(21, "homestead-map-wrong", "eml",
    ("孙德海", "sundehai@example.org"), "2026-10-20 10:27",
    "宅基地确权图画错了，请求更正（第４次）",
    """
市长：您好！！

本人孙德海，住柳塘乡柳塘村７组。２０２２年全市搞农村宅基地确权登记，我家宅基地东边界被画进了邻居孙德旺家，少了约１８平方米，正好是我家老厨房的位置。

确权图出来后我马上找了乡里，乡里说是测绘公司画的，让找测绘公司；测绘公司说要乡里出函才能改；来回跑了两年。。。。去年邻居拿着图说那块是他的，要拆我家厨房，两家差点打起来，派出所都来过。

我有１９８８年的宅基地使用证（上面有四至：东至水沟），那条水沟到现在还在，一看就清楚。

请求：派人重新实地测量，按老证更正确权图！！

电话：１３７　００００　５１９０
""", "demand", "no", "-", "Natural Resources and Planning Bureau", "normal",
    "zh", "fullwidth")

# ---------------------------------------------------------------- 022
add(22, "close-my-fathers-case", "eml",
    ("Ma Lin", "malin.van@example.net"), "2026-10-28 08:40",
    "Please close my father's case - it has been settled",
    """
Dear Sir or Madam,

My father, Mr. Ma Jianxin, has written to the mayor's mailbox many times
since 2019 about the compensation for his orchard land in Hetang village
(his last letter was in early September). I help him with the computer,
which is why I write in English - my Chinese typing got slow after many
years in Canada.

I want to let you know that on 21 October the township signed an agreement
with him, and the money arrived in his account last week. He is satisfied.

Please close the case so that nobody needs to call him about it any more.
He is 80, and when the phone rings with an official number he gets nervous
and thinks something is wrong again.

He asked me to say thank you to everyone who kept following up all these
years.

Regards,
Ma Lin
""", "information", "no", "-", "none", "normal", "en", "-")

# ---------------------------------------------------------------- 023
add(23, "tutoring-closed-no-refund", "eml",
    ("家长", "wujin_shop@example.com"), "2026-10-22 13:16",
    "培训机构关门不退费，请帮忙追讨",
    """
您好！

我孩子今年3月在"启航优学"（文昌街和桂花路口的二楼）报了一年的数学和英语课，一次性交了9600元。上到8月份，机构突然说要"升级装修"停课，之后就再没开过门。我们十几个家长去找负责人，她说钱都投到新校区了，让我们等。现在两个多月了，新校区在哪里也不说。这家机构有没有办学许可我们也不清楚，当时是看它开了好几年才放心报的。

说实话，写这封信我犹豫了很久。听说这个负责人有亲戚在区里当干部，上次有个家长在群里说要去告，她回了一句"告啊，看最后谁吃亏"，没过多久那个家长的烧烤店就被人举报消防不合格，关了半个月。我在同一条街上开了个小五金店，执照明年要年审……

但这是孩子的学费，我还是想试一试。请教育局帮我们查一下这家机构，督促他们把钱退给家长。

13600009127
""", "demand", "yes", "c", ED, "normal", "zh", "-")

# ---------------------------------------------------------------- 024
add(24, "lotus-lane-speed-bumps", "json",
    ("Priya Nair", "priya.nair@example.net"), "2026-10-23 08:05",
    "Speed bumps and a crossing at the back gate of Yuying Primary",
    """
I walk my two kids to school every morning through the back gate on Lotus
Lane. Cars and delivery scooters use Lotus Lane as a shortcut to avoid the
traffic lights on Jianshe Road, and they go fast. There is no zebra
crossing and no sign saying there is a school. Last week a scooter clipped
a boy's backpack and he fell.

My suggestion: paint a zebra crossing at the gate, add two speed bumps, and
put "school zone" signs at both ends of the lane. It would not cost much.
Thanks for considering it.
""", "suggestion", "no", "-", "Transport Bureau", "normal", "en", "-",
    phone="+86 132 0000 8845", district="Gaoxin District", anonymous=False)

# ---------------------------------------------------------------- 025
add(25, "teacher-bonus-ten-months", "eml",
    ("庞建军", "pangjianjun@edu.example"), "2026-10-24 20:11",
    "实名反映：我区教师年度绩效拖欠十个月",
    """
市长您好：

我是区实验中学的数学老师庞建军，实名反映，留的是我本人的手机号，不怕公开。

2025年度的教师奖励性绩效（大家说的"年终绩效"），往年都是1月前后发放，到现在已经10月底了，全区老师一分没见到。问学校，学校说区教育局没拨下来；打电话问区教育局，回答是"财政资金紧张，正在协调"，再问什么时候，就说"等通知"。

同期公务员的年终考核奖早就发了。国家一直说教师平均工资收入不低于当地公务员，这句话不能只写在纸上。

请市里督促区里给一个明确的发放时间，并且以后按时发放。

庞建军  138-0000-2645
""", "complaint", "no", "-", ED, "normal", "zh", "-")

# ---------------------------------------------------------------- 026
add(26, "vaccination-check-certificate", "eml",
    ("Olivia Brandt", "olivia.brandt@example.org"), "2026-10-25 17:30",
    "Cannot get my daughter's vaccination check certificate for school",
    """
Hello,

My daughter's primary school asks for a "vaccination record check
certificate" before the end of October. I have been to the community health
service centre on Fenghuang Street three times.

First time: the system was down, come back later.
Second time: the certificate is only issued on Tuesday afternoons from 2 to
4 pm, and at 1:30 the queue was already about 40 people. I did not get in.
Third time: they told me her vaccinations from when we lived in Shenzhen are
not in the provincial system, and that I must go back to Shenzhen to get
paper proof. We have the paper booklet with every stamp in it.

Nobody was rude, I have to say that; the staff look as tired as the
parents. But the process is almost impossible for working families. Could
it be fixed - more opening hours, or accepting the stamped booklet?

Olivia Brandt
""", "complaint", "no", "-", "Health Commission", "normal", "en", "-")

# ---------------------------------------------------------------- 027
add(27, "museum-school-group", "html",
    ("祁老师", "qi.teacher@school.example"), "2026-10-26 11:48",
    "请问市博物馆接待学校团体参观的时间",
    """
您好！

我是青松小学的老师，想在11月中旬带四年级两个班（大约90人）去市博物馆参观"古城千年"展。

请问：
1. 博物馆每周哪天闭馆？
2. 学校团体是否需要提前预约？预约电话或者公众号是什么？
3. 有没有面向学生的免费讲解？

谢谢！
青松小学 祁老师
""", "information", "no", "-", "Culture and Tourism Bureau", "normal", "zh",
    "-")

# ---------------------------------------------------------------- 028
add(28, "uniform-colour-runs", "eml",
    ("Wang Li", "wangli_0321@example.com"), "2026-10-27 22:04",
    "school uniform quality very bad and price too high",
    """
Hello mayor office,

My son school (public primary) tell all parent must buy uniform from one
company, "Hengyuan Garment". One set is 480 yuan, winter and summer. After
wash two time the color is out and the pants is broken on knee, also it have
strong chemical smell, my son skin become red and itchy on the neck.

I call the company, the customer service girl say "you wash wrong method"
and hang up phone. Many parents in our class have same problem, we have a
group of 20 people.

I want somebody check this uniform quality, is it safe for children? And
the company should change it or return money.

Thank you.
Wang Li  159 0000 3378
""", "demand", "no", "-", "Market Regulation Administration", "normal", "en",
    "typos")

# ---------------------------------------------------------------- 029
add(29, "white-van-at-reservoir", "eml",
    ("白鹭湖边的农家乐老板", "bailuhu_nongjia@example.net"), "2026-10-29 21:20",
    "周末在水库边看到的一辆车",
    """
领导好。

我家住在白鹭湖水库边上，开个小农家乐。从今年夏天开始，几乎每个周六早上，都有一辆白色的七座商务车停在我们门口，车门上喷着"兴华中学"四个字。下来的是几个钓鱼的中年人，其中一个，他们都叫他"钟校长"。

车一停就是一整天，晚上在我这里吃饭喝酒，有一次还让司机在外面等到夜里十点多再把他们送回城。吃饭的钱是挂账的，月底有人拿着盖学校章的单子来结。

我是个体户，不懂这些规定，就是觉得学校的车、学校的钱，这样用好像不太对。供领导参考。
""", "complaint", "yes", "a", "Discipline Inspection Commission", "normal",
    "zh", "indirect")

# ---------------------------------------------------------------- 030
add(30, "enrol-without-hukou-book", "eml",
    ("小林", "xiaolin_2019@mail.example"), "2026-10-30 23:50",
    "想咨询孩子上学户口的问题",
    """
您好。

我和孩子爸爸分居两年了，还没有离婚。孩子户口在他家（外省农村），我和孩子在这边租房住，我有居住证，社保也交了三年。孩子明年九月该上小学了。

他爸爸不同意孩子在这边上学，户口本也不给我。想问一下：没有户口本原件，能不能在这边办入学登记？有什么材料可以代替？

回复的话请发短信或者打我现在这个手机 187 0000 3306，千万别打到我以前登记过的那个家里座机，那边接电话的是他家里人，知道我在问这个会过来闹。谢谢你们。
""", "consultation", "yes", "b", ED, "normal", "zh", "-")

# ---------------------------------------------------------------- 031
add(31, "required-tablet", "eml",
    ("Hannah Lindqvist", "h.lindqvist@example.net"), "2026-10-31 14:22",
    "Is a public school allowed to make us buy a particular tablet?",
    """
Good afternoon,

At the parents' meeting last week, my daughter's public junior high school
announced a "smart classroom" programme: every Grade 7 pupil must buy a
specific tablet with the school's learning app preinstalled, 3,680 yuan,
through one designated dealer. We were told that pupils without it "will
not be able to follow the lessons".

I am not refusing outright; I would like to understand the rules first. Are
public schools allowed to require this? Is there a regulation about devices
or about designated suppliers? And if a family cannot afford it, what are
the alternatives?

Thank you,
Hannah Lindqvist
""", "consultation", "no", "-", ED, "normal", "en", "-")

# ---------------------------------------------------------------- 032
add(32, "paint-factory-smell", "json",
    ("", ""), "2026-11-01 19:40",
    "学校旁边的涂料厂晚上排气，孩子们都在咳嗽",
    """
西郊工业园东侧那家做涂料的工厂，一到下午放学和晚上就往外排很刺鼻的气味，像油漆又像臭鸡蛋，隔一条马路就是红星小学和一个小区。最近班上好多孩子咳嗽、喉咙痛，老师上课都不敢开窗。白天去看烟囱又好像没什么。请环保部门晚上来测一测，查一下他们有没有偷排。
""", "demand", "yes", "b", "Ecology and Environment Bureau", "normal", "zh",
    "-", phone="", district="西郊", anonymous=True)

# ---------------------------------------------------------------- 033
add(33, "after-school-cinema", "eml",
    ("Gareth Lyle", "gareth.lyle@example.com"), "2026-11-02 18:15",
    "Our after-school \"service\"",
    """
Dear Mayor's Office,

Our son's public primary school charges 300 yuan per term for the
after-school service, which the notice described as "homework guidance,
reading and sports activities". I was curious what that looks like, so last
Tuesday I came early to pick him up.

I found about sixty children in the multi-purpose hall watching cartoons on
the big screen. My son tells me this is normal: Monday is cartoons, Tuesday
is cartoons, Wednesday is "free time", which is also cartoons.

I must congratulate the school: it is the most efficient reading programme
I have ever seen - not a single book needed.

Seriously, though: could the Education Bureau check what schools actually do
with the after-school hours and the money? I am happy to pay for real
supervision and homework help. I am less happy paying for a cinema.

Best,
Gareth Lyle
""", "complaint", "no", "-", ED, "normal", "en", "sarcasm")

# ---------------------------------------------------------------- 034
add(34, "contract-land-nursery-trees", "eml",
    ("许福生", "xufusheng@post.example"), "2026-11-03 09:05",
    "我家承包的田被老板占了种苗木 求帮助",
    """
领导你好，

我是龙潭镇下湾村的村民许福生，我家有承包地3.2亩，有承包证。2020年有个姓马的老板来村里流转土地搞苗木基地，我家没签字也没同意，他就把我家的地和别人家的连在一起用挖机推平了种上树，说是村里同意了的。

到现在6年了，一份钱流转费都没给过我。我去地里拔他的树，他的人就来推我。我去镇里反应了好几次，镇里说这是合同纠纷叫我去法院告，我一个老农民那里打的起官司。

他手下的人还跟我说，我儿子在他亲戚的厂里打工，"你再闹，你儿子就别干了"。我儿子一家就靠这份工资。

我就是想要回我家的地，或者按别人家的价钱给流转费，求领导帮帮忙。
""", "demand", "yes", "c", "Agriculture and Rural Affairs Bureau", "normal",
    "zh", "typos")

# ---------------------------------------------------------------- 035
add(35, "thanks-ms-zhou", "html",
    ("Rafael Menezes", "rafael.menezes@example.org"), "2026-11-04 10:10",
    "Thank you to Ms. Zhou at the enrolment office",
    """
Dear Sir/Madam,

I would like to thank Ms. Zhou Hui at the enrolment office of the Lingshan
District education bureau.

In September our family arrived from Brazil with two children and
incomplete papers: our residence permits were still being processed. Ms.
Zhou stayed after closing time, called the school on our behalf, explained
in simple English what was missing, and gave us her office number in case
of problems. Both children started school two weeks later.

Please tell her superiors that she made a very difficult month much easier
for us.

With gratitude,
Rafael and Luiza Menezes
""", "information", "no", "-", ED, "normal", "en", "-")

# ---------------------------------------------------------------- 036
add(36, "canteen-menu-parents-dine", "eml",
    ("卢先生", "lu_jiaweihui@example.com"), "2026-11-05 20:48",
    "关于中小学食堂的几点建议",
    """
您好，我是一名初二学生的家长，也在学校家委会。

孩子在学校吃午饭，回来经常说吃不饱、菜太咸，冬天端上来就是凉的。我们不是要求顿顿大鱼大肉，但有几点建议：

1. 每周菜单和主要食材来源提前在学校公众号公布；
2. 建立家长轮流陪餐制度，每天两位家长和学生一起吃，吃完填意见表，意见定期公开；
3. 食堂承包合同、每生每餐的成本和收费公开，让家长知道钱花在哪里；
4. 冬季统一配备保温售饭设备。

这些外地不少学校已经在做，我们市完全可以借鉴。
""", "suggestion", "no", "-", ED, "normal", "zh", "-")

# ---------------------------------------------------------------- 037
add(37, "gas-smell-kindergarten", "eml",
    ("Martin Kowalski", "m.kowalski@example.net"), "2026-11-05 10:42",
    "URGENT gas smell in building with kindergarten",
    """
There is a strong gas smell on the ground floor of the Lianhua Commercial
Building, 58 Xinmin Road, right next to the entrance of Little Sprouts
kindergarten. About 80 small children are inside right now.

The smell has been there since this morning and is getting stronger near
the restaurant kitchen next door. The kindergarten staff say they called the
gas company an hour ago, but nobody has come and the restaurant is still
cooking with open fire.

Please send someone immediately. I am a parent waiting outside.

Martin Kowalski, 185 0000 6604
""", "demand", "no", "-", "Emergency Management Bureau", "high", "en", "-")

# ---------------------------------------------------------------- 038
add(38, "station-officer-pushed-me", "eml",
    ("郝秀兰", "haoxiulan@inbox.example"), "2026-11-06 08:30",
    "再次反映派出所民警抢我手机、推我的问题",
    """
市长：

我叫郝秀兰，为我丈夫工伤赔偿的事已经上访多年。

10月9日早上我准备去省信访局，在火车站候车室被城关派出所两名民警拦下。其中年纪大的那个我认识，以前来过我家好几次，警号我看到后三位是"517"。他把我的手机抢过去，删掉了我拍的视频，我不给，他就把我推倒在座椅上，我的腰撞在扶手上，到现在还疼，有医院的检查单。

我10月12日在这里反映过一次，收到的答复是：

"经核实，城关派出所民警在执行工作任务中依法依规对您进行劝返，态度文明，未发生肢体冲突。"

"态度文明，未发生肢体冲突"——候车室有监控，旁边好多旅客都看见了。

我要求：一、调取候车室10月9日早上7点到8点的监控；二、那位民警向我道歉；三、把我手机里被删掉的视频恢复给我。去上访是我的权利。

郝秀兰  电话：151 0000 4473
""", "complaint", "yes", "a", "Public Security Bureau", "normal", "zh",
    "quoted")

# ---------------------------------------------------------------- 039
add(39, "foreign-teacher-iit-deduction", "eml",
    ("Elena Ruiz", "elena.ruiz@example.com"), "2026-11-07 13:55",
    "IIT question - can foreigners claim the 子女教育 deduction?",
    """
Hello,

I'm a Spanish teacher at a university here, tax resident in China since
2023. A colleague told me that foreigners used to choose between the
tax-free allowances (住房补贴, 子女教育费 reimbursed by the employer) and the
专项附加扣除 like Chinese staff, and that the tax-free allowance option has
now ended. Is that right for the 2026 tax year?

My two kids go to a local kindergarten and a public primary school, the fees
are modest. If I use the 专项附加扣除, do I enter it myself in the 个人所得税
app, or does the university HR do it? And does the app have an English
version?

Thanks a lot,
Elena Ruiz
""", "consultation", "no", "-", "Taxation Bureau", "normal", "en", "mixed")

# ---------------------------------------------------------------- 040
add(40, "sports-day-rain", "json",
    ("宋老师", "songls@school.example"), "2026-11-08 16:20",
    "11月12号运动会 天气",
    """
请问11月12日城东这边会下雨吗？学校要开运动会。
""", "information", "no", "-", "Meteorological Bureau", "normal", "zh",
    "short", phone="", district="城东区", anonymous=False)

# ---------------------------------------------------------------- 041
add(41, "teacher-ranking-suggestion", "eml",
    ("", "biology.teacher@example.org"), "2026-11-09 22:31",
    "A suggestion on how teachers are evaluated",
    """
Dear Mayor,

I teach biology at a public senior high school. This year our district
started ranking every teacher by the average exam score of their classes
every month, and the ranking is posted in the staff room. Teachers at the
bottom lose part of their bonus. The result: colleagues compete for the
"good" classes, nobody wants the classes with students who have learning
difficulties, and some teachers have started giving paid lessons at home to
push their averages up.

I would suggest:
- evaluate teachers on students' progress over a year, not on monthly raw
  averages;
- stop the public rankings;
- include peer observation and students' feedback;
- give extra support, not punishment, to teachers who take weaker classes.

I hope this can be passed on to the Education Bureau. I would be grateful if
it travelled as an idea rather than as a letter from somebody - there are
only three biology teachers in our school, and the head of department reads
everything that comes back down.
""", "suggestion", "yes", "b", ED, "normal", "en", "indirect")

# ---------------------------------------------------------------- 042
add(42, "dibao-stopped-stolen-id", "eml",
    ("覃桂英", "qinguiying@example.net"), "2026-11-10 09:18",
    "低保停了半年，请求恢复；另问残疾证换证",
    """
领导：

我叫覃桂英，62岁，住河口街道新桥社区。我和儿子两个人吃低保已经8年了，儿子小时候发高烧落下智力残疾，一直离不开人。

今年4月低保突然停了。社区说是系统比对出我名下有一辆车。我这辈子连自行车都没有过。后来才查出来，是有人用我2019年丢的身份证在外地登记了一辆面包车。我已经去派出所报了案，拿了回执，也交给社区了，社区说要等"上面重新审核"，这一等就是半年。

这半年我靠捡纸板和亲戚接济过日子，儿子的药断了好几次。请求尽快恢复我们的低保，把停掉的这几个月补发。

另外想问一下：我儿子的残疾证明年到期，换证是不是还要重新去医院鉴定？他不愿意出门，一出门就闹，能不能上门办？
""", "demand", "no", "-", "Civil Affairs Bureau", "normal", "zh",
    "two-intents")

# ---------------------------------------------------------------- 043
add(43, "kindergarten-place-8km", "eml",
    ("Zhang Wei", "zhangwei.jhy@example.com"), "2026-11-11 12:40",
    "kindergarten 学位 allocated 8 km away, please help",
    """
Dear Mayor,

I am father of a 3 years old girl, we live in 锦华苑 in the new district.
This year 小班 enrolment, we applied the public kindergarten inside our 小区
(it is 配套幼儿园, built together with the community, only 300 meters from
home). The result come out, we are "调剂" to a kindergarten 8 km away,
across the river.

My wife and I both work, no car, no grandparents here to help. The
kindergarten in our 小区 told me it is full, but in the 业主群 people say
many children there are not living in our community at all.

We only want a fair place nearby, or at least one we can reach by bus. Can
the bureau check the 学位 allocation again and solve this for us?

Thank you very much.
Zhang Wei  139-0000-7721
""", "demand", "no", "-", ED, "normal", "en", "mixed")

# ---------------------------------------------------------------- 044
add(44, "taiwan-child-enrolment", "eml",
    ("林先生", "lin.tw@example.org"), "2026-11-12 10:05",
    "請問台胞子女就讀公辦小學的手續",
    """
您好：

本人為台灣居民，在貴市工作已逾三年，持有台胞證及台灣居民居住證。小兒今年六歲，明年九月將上小學，想請教以下幾點：

一、台胞子女可否就讀住家附近之公辦小學？需準備哪些文件？
二、是否需要參加入學測試或另行排位？
三、報名時間大約在何時？
四、若日後返台就讀，學籍應如何轉移？

感謝撥冗回覆。

林先生　敬上
電話：１８８　００００　４０２１
""", "consultation", "no", "-", ED, "normal", "zh", "fullwidth")

# ---------------------------------------------------------------- 045
add(45, "library-kids-room-holiday", "json",
    ("Jess", "jess.h@example.com"), "2026-10-01 08:12",
    "Children's reading room hours",
    """
What are the opening hours of the children's reading room at the city
library during the National Day holiday?
""", "information", "no", "-", "Culture and Tourism Bureau", "normal", "en",
    "short", phone="", district="", anonymous=False)

# ---------------------------------------------------------------- 046
add(46, "nanguan-measurement-relative", "html",
    ("常玉林", "changyulin@example.com"), "2026-11-13 15:37",
    "征收办工作人员给亲戚多算面积，我家却被少算——附此前答复",
    """
尊敬的领导：

南关片区棚改征收，我家（南关后街27号）和隔壁29号是同一年建的房子，格局一模一样。征收评估时我家认定面积96平方米，29号认定142平方米，差了46平方米，补偿差了将近六十万。

29号的户主是征收办工作人员卢某的亲舅舅。入户测量那天就是卢某亲自带队，量我家的时候，院子里的厢房说是"临时建筑"不算；29号的厢房比我家的还新，却全部算了进去。

我今年7月写信反映过，8月收到答复：

"经征收实施单位复核，您家房屋面积认定符合相关政策规定，评估程序合法。"

复核的单位就是卢某所在的征收办，自己复核自己，结果当然"合法"。

请求纪委对卢某在测量认定中的行为进行调查，并请第三方对我家和29号重新测量。

南关后街27号  常玉林  13800005236
""", "complaint", "yes", "a", "Discipline Inspection Commission", "normal",
    "zh", "quoted")

# ---------------------------------------------------------------- 047
add(47, "shangling-no-signal", "eml",
    ("Ben Hartley", "ben.hartley@example.net"), "2026-11-14 19:02",
    "No internet or mobile signal at Shangling village school",
    """
Hello,

I'm a volunteer English teacher from New Zealand at Shangling Village
Primary School, in the mountains north of the county town. Since the storm
in September the mobile tower on the ridge seems to be broken: there is no
signal at the school or in the teachers' dormitory, and the school's
broadband line stopped working the same week.

The school follows online music and art lessons from the county central
school, and these have stopped for six weeks now. Teachers have to drive 20
minutes to make a phone call, which is also a safety problem if a child
gets sick or hurt.

Could the relevant department contact the telecom operator and get the
tower and the line repaired?

Also a smaller question: the classrooms are already very cold. Is there any
programme that helps village schools buy heaters?

Thank you,
Ben Hartley
""", "demand", "no", "-", "Industry and Information Technology Bureau",
    "normal", "en", "two-intents")

# ---------------------------------------------------------------- 048
add(48, "twins-private-lottery", "json",
    ("甘女士", ""), "2026-11-15 21:09",
    "民办初中摇号双胞胎能不能绑定",
    """
您好，我家是双胞胎，明年小升初想报民办初中。请问摇号的时候双胞胎能不能绑定成一个号一起摇，一个中了另一个也能进？如果最后只中了一个，另一个还能不能回到对口的公办初中？报名时需要额外提交什么材料吗？
""", "consultation", "no", "-", ED, "normal", "zh", "-",
    phone="18600001458", district="南湖区", anonymous=False)

# ---------------------------------------------------------------- 049
add(49, "service-hall-booking", "eml",
    ("Chen Hao", "chenhao.work@example.org"), "2026-10-08 20:26",
    "Service hall - please let us book online",
    """
Dear Mayor,

Last week I took a morning off work to go to the government service hall for
the residence certificate the school asked for. I took number A187 at 8:40.
At 11:50 they were calling A102, and then the window closed for lunch.
Nobody was rude, the staff were busy all the time and the screen at the
entrance said the online system was slow that day. Many parents were there
for the same paper, because it is enrolment season.

My suggestions:
1. Online booking with time slots, so we do not need to wait the whole
morning.
2. A separate window for school enrolment papers during the busy months.
3. A text message when your number is close, so we can wait outside or go
for breakfast.

Thank you,
Chen Hao
""", "suggestion", "no", "-", "Administrative Approval Bureau", "normal",
    "en", "-")

# ---------------------------------------------------------------- 050
add(50, "night-piling-noise", "json",
    ("韩先生", ""), "2026-11-16 23:41",
    "举报工地半夜打桩",
    """
实验小学对面工地每天半夜还在打桩，孩子睡不着，明天期中考试。
""", "demand", "no", "-", "Ecology and Environment Bureau", "normal", "zh",
    "short", phone="13300004419", district="东岸区", anonymous=False)

# ---------------------------------------------------------------- 051
add(51, "legal-aid-basketball-stand", "eml",
    ("Luo Mei", "luomei1988@example.com"), "2026-11-17 12:15",
    "How to apply for legal aid for my son's injury at school",
    """
Hello,

My son (12) broke his arm in September when a rusty basketball stand fell
over at his school during the break. The school paid the first hospital
bill, but now says the rest should be claimed from the student insurance,
and the insurance company only pays part of it. He needs a second
operation.

Someone told me I may be able to get free legal aid or mediation. I am a
single mother and I work in a factory, I cannot pay a lawyer. What are the
conditions for legal aid? What documents should I bring, and where is the
office? Can they help me talk to the school first, before going to court?

Thank you.
Luo Mei
""", "consultation", "no", "-", "Justice Bureau", "normal", "en", "-")

# ---------------------------------------------------------------- 052
add(52, "after-school-subsidy-where", "eml",
    ("一名普通教师", "putong_jiaoshi@mail.example"), "2026-11-18 22:55",
    "一个老师的疑问",
    """
市长您好。

我们学校从去年秋季开始开展课后服务，每个老师每周要多上三到四个下午，到晚上六点才能走。当时开会说，课后服务收的费用有一部分是给老师的补贴。

一年多了，工资条上从来没有出现过这一项。我们几个老师私下算过，全校每学期课后服务收费大概四十多万。问财务室，回答是"统筹使用了"。

我也不知道该不该问这个，可能是我想多了。在我们这里，职称评审、评优、年度考核都在学校手里，前年有位老师在教代会上问了一句食堂账目的事，之后几年什么都没评上。所以大家都不说话。

只是希望上面能有人来看一看，这笔钱到底去了哪里。
""", "complaint", "yes", "c", ED, "normal", "zh", "indirect")

# ---------------------------------------------------------------- 053
add(53, "kindergarten-social-insurance", "eml",
    ("", "teacher.eastside@example.net"), "2026-11-19 18:44",
    "Social insurance not paid by my employer (private kindergarten)",
    """
Hello,

I have worked as an English teacher at a private bilingual kindergarten in
the east of the city since March 2025. My contract says the employer pays
social insurance.

Last month I needed a hospital visit and found that my medical insurance
card is not active. When I checked the social insurance app, there have
been no contributions since January this year - although "social insurance"
is still deducted from my payslip every month. I asked the office manager
twice, and she said it is a "system problem".

Can the bureau make the kindergarten pay the missing contributions? I would
prefer that my name is not used when you contact them: there are only two
foreign teachers there, and my contract renewal is in January. I can give
my details to the officer privately if needed.
""", "demand", "yes", "b", "Human Resources and Social Security Bureau",
    "normal", "en", "-")

# ---------------------------------------------------------------- 054
add(54, "student-medical-insurance-online", "json",
    ("钟女士", "zhong.m@example.org"), "2026-11-20 09:37",
    "建议学生居民医保缴费别再让班主任收截图了",
    """
每年学生居民医保缴费，都是班主任在家长群里发QR code，家长交完要把screenshot发给老师，老师再一个个核对做excel表。班主任累，家长也烦，去年还有骗子冒充老师在群里发假二维码骗钱。

建议：医保局开一个official的缴费入口，在医保app或者小程序里按学生身份证号就能查缴费状态，学校后台直接export名单，不需要截图；app最好再加个English version，方便外籍家长。希望明年能改。
""", "suggestion", "no", "-", "Healthcare Security Bureau", "normal", "zh",
    "mixed", phone="", district="临江区", anonymous=False)

# ---------------------------------------------------------------- 055
add(55, "thank-you-foreign-teacher", "multi",
    ("Jonas Berg", "jonas.berg@example.com"), "2026-11-21 20:00",
    "A thank-you from a foreign teacher",
    """
Dear Mayor,

I have taught at a vocational college here for four years. Nothing is
wrong, I just wanted to write and say thank you.

The new riverside cycling path is wonderful, and the National Day concert
in People's Park was the best evening I've had in the city. My students
asked me what I like about living here and I found I had a long list.

Please pass on my thanks to whoever plans these things.

Warm regards,
Jonas Berg
""", "information", "no", "-", "none", "normal", "en", "-")

# ---------------------------------------------------------------- 056
add(56, "veteran-1979-allowance", "eml",
    ("严茂林", "yanmaolin@post.example"), "2026-11-22 08:16",
    "参战退役老兵补助问题，盼能有个结果",
    """
领导同志：

我叫严茂林，1976年入伍，1979年随部队参战，1981年退伍回乡务农。

按国家政策，参战退役人员每月有生活补助。我们乡和我同一批退伍的五个人都领上了，就我没有，说是我的档案里缺参战证明。我当年的部队番号、连长和指导员的名字都写过了，2023年和2024年分两次交了三位战友的证明材料，县退役军人事务局说已经报上去核查，这一核查就到了现在。

我今年七十了，说句心里话，也不全是为了那点钱，是想要个认可。请求帮我联系原部队（现在已经改编了）核查档案，早点给我一个结论。

电话：0739-0000-2187
""", "demand", "no", "-", "Veterans Affairs Bureau", "normal", "zh", "-")

# ---------------------------------------------------------------- 057
add(57, "childrens-hospital-no-record", "eml",
    ("Ana Popescu", "ana.popescu@example.org"), "2026-11-23 11:50",
    "Doctor at the City Children's Hospital refused to record my son's injuries",
    """
On the evening of 27 October I took my 10-year-old son to the emergency
department of the City Children's Hospital after he was beaten up by older
boys on the way home from school. He had bruises on his back and a swollen
eye.

The doctor on duty in consulting room 3 (a man around forty, grey jumper
under his white coat) looked at him for less than a minute and said "kids
fight, go home". When I asked him to write the injuries down in the record
because the school and the police might need it, he laughed with the nurse
and said "I'm not a police photographer", and wrote only "soft tissue
contusion, no treatment needed".

The next day another hospital found a small fracture near his eye socket.

I would like the Health Commission to look at how that doctor treated us,
and I need a proper record of that night's examination.

Ana Popescu
133 0000 8821
""", "complaint", "yes", "a", "Health Commission", "normal", "en", "-")

# ---------------------------------------------------------------- 058
add(58, "private-teacher-bianzhi", "eml",
    ("小付", "fu_yingyu@example.net"), "2026-11-24 21:33",
    "民办学校老师能不能考bianzhi",
    """
你好，我在一所民办小学教英语4年了，有教师资格证，想问下民办学校的jiaoling在考公办学校教师编制的时候算不算工作经历，年龄能放宽到多少岁？我今年34了，听说超过35就不能报名了是真的吗？

还有就是考上以后之前民办学校交的社保能不能转过去接着交，工龄是不是要从新开始算？谢谢回fu
""", "consultation", "no", "-", ED, "normal", "zh", "typos")

# ---------------------------------------------------------------- 059
add(59, "student-bus-card", "json",
    ("陳太太", ""), "2026-11-25 14:28",
    "學生公交卡在哪裡辦？",
    """
請問中小學生優惠公交卡在哪裡辦理？一張多少錢？辦卡點週末開不開門？ＩＣ卡能不能直接在地鐵站的服務台辦？孩子今年９月剛轉學過來，謝謝！
""", "information", "no", "-", "Transport Bureau", "normal", "zh",
    "fullwidth", phone="135-0000-6287", district="老城區", anonymous=False)

# ---------------------------------------------------------------- 060
add(60, "snack-stalls-school-gate", "eml",
    ("接孩子的奶奶", "nainai_yuxin@example.com"), "2026-11-26 17:52",
    "育新小学门口的小吃摊",
    """
每天下午四点多放学的时候，育新小学大门口两边会摆出十几个小吃摊，炸串、烤肠、棉花糖都有，油锅就架在人行道上，烟熏得接孩子的家长眼睛都睁不开。孩子们一放学就挤在摊子边上，电动车还从人堆中间穿过去，好几次差点撞到孩子。那么烫的油锅就在孩子身边，看着真吓人。

城管来过几次，来了就收，走了又摆。希望放学那个时间段能固定派人守着，或者给这些摊子在别的地方划个位置，别堵在学校门口。
""", "demand", "no", "-", "Urban Management Bureau", "normal", "zh", "-")


# ================================================================ output
def fmt_date(d):
    # d = "YYYY-MM-DD HH:MM", Beijing time
    import datetime
    dt = datetime.datetime.strptime(d, "%Y-%m-%d %H:%M").replace(
        tzinfo=datetime.timezone(datetime.timedelta(hours=8)))
    from email.utils import format_datetime
    return dt, format_datetime(dt)


def enc(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def addr(name, email):
    if not name:
        return email
    return formataddr((name, email), charset="utf-8")


import re
LISTMARK = re.compile(r"^(\s*[-*>]|\s*\d+[.)]|\s*[一二三四五六七八九十]、)")


def unwrap(body):
    """Join hard-wrapped lines of a paragraph (web forms, HTML)."""
    out = []
    for p in body.split("\n\n"):
        lines = p.split("\n")
        acc = [lines[0]]
        for ln in lines[1:]:
            prev = acc[-1]
            if (LISTMARK.match(ln) or not prev or not ln
                    or ord(prev[-1]) > 0x2000 or ord(ln[0]) > 0x2000):
                acc.append(ln)
            else:
                acc[-1] = prev + " " + ln.lstrip()
        out.append("\n".join(acc))
    return "\n\n".join(out)


def to_html(body):
    paras = unwrap(body).split("\n\n")
    out = []
    for p in paras:
        out.append("<p>" + "<br>\n".join(html.escape(x) for x in p.split("\n"))
                   + "</p>")
    return ("<html><head><meta charset=\"utf-8\"></head><body>\n"
            + "\n".join(out) + "\n</body></html>")


def crlf(s):
    return s.replace("\r\n", "\n").replace("\n", "\r\n")


def write_eml(e, path):
    name, email = e["sender"]
    dt, datestr = fmt_date(e["date"])
    dom = email.split("@")[1]
    mid = "<%s-%03d.%s@%s>" % (WR, e["num"], dt.strftime("%Y%m%d%H%M"), dom)
    heads = [
        "From: " + addr(name, email),
        "To: mayor@city.example",
        "Subject: " + enc(e["subject"]),
        "Date: " + datestr,
        "Message-ID: " + mid,
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
    else:  # multipart/alternative
        b = "=_w27_alt_%03d" % e["num"]
        heads += ['Content-Type: multipart/alternative; boundary="%s"' % b]
        parts = [
            "--" + b,
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: 8bit",
            "",
            e["body"],
            "--" + b,
            "Content-Type: text/html; charset=utf-8",
            "Content-Transfer-Encoding: 8bit",
            "",
            to_html(e["body"]),
            "--" + b + "--",
            "",
        ]
        text = "\n".join(heads) + "\n\n" + "\n".join(parts)
    with open(path, "wb") as f:
        f.write(crlf(text).encode("utf-8"))


def write_json(e, path):
    name, email = e["sender"]
    dt, _ = fmt_date(e["date"])
    x = e["extra"]
    obj = {
        "id": "%s-%03d" % (WR, e["num"]),
        "submitted_at": dt.isoformat(),
        "name": name,
        "phone": x.get("phone", ""),
        "email": email,
        "anonymous": bool(x.get("anonymous", False)),
        "title": e["subject"],
        "content": unwrap(e["body"]),
        "district": x.get("district", ""),
    }
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=2)
        f.write("\n")


def main():
    outdir = os.path.join(HERE, "letters")
    os.makedirs(outdir, exist_ok=True)
    for fn in os.listdir(outdir):
        if fn.startswith(WR + "-"):
            os.remove(os.path.join(outdir, fn))
    rows = ["path\tcategory\tconfidential\treason\tdepartment\tpriority\t"
            "language\thard"]
    nums = set()
    for e in sorted(L, key=lambda e: e["num"]):
        assert e["num"] not in nums
        nums.add(e["num"])
        ext = "json" if e["fmt"] == "json" else "eml"
        fn = "%s-%03d-%s.%s" % (WR, e["num"], e["slug"], ext)
        p = os.path.join(outdir, fn)
        if ext == "json":
            write_json(e, p)
        else:
            write_eml(e, p)
        rows.append("\t".join(["letters/" + fn, e["cat"], e["conf"],
                               e["reason"], e["dept"], e["prio"], e["lang"],
                               e["hard"]]))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(rows) + "\n")
    print("wrote %d letters" % len(L))


if __name__ == "__main__":
    main()
