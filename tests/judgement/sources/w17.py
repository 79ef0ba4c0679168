#!/usr/bin/env python3
"""w17: 60 letters on health, welfare and benefits for the mayorbox judgement corpus.

Run `python3 gen.py`; writes letters/ and labels.tsv next to this file.
Deterministic: every date and id is fixed in the table below.
"""
import datetime
import html
import json
import os
from email.header import Header
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "letters")
W = "w17"
TZ = datetime.timezone(datetime.timedelta(hours=8))

# Each letter: n, slug, fmt (eml | html | multi | json), when, sender (name, addr),
# subject/title, body, labels (category, confidential, reason, department,
# priority, language, hard), and for json: phone, anonymous, district.
L = []


def add(n, slug, fmt, when, name, addr, subject, body, cat, conf, reason, dept,
        prio, lang, hard, phone="", anonymous=False, district=""):
    L.append(dict(n=n, slug=slug, fmt=fmt, when=when, name=name, addr=addr,
                  subject=subject, body=body.strip("\n"), cat=cat, conf=conf,
                  reason=reason, dept=dept, prio=prio, lang=lang, hard=hard,
                  phone=phone, anonymous=anonymous, district=district))


add(1, "dibao-single-mother", "eml", "2026-10-03 08:41", "周慧琴", "zhouhq88@example.com",
    "离异带孩子，能不能以我们母女三人为一户申请低保",
    """
您好！

我今年41岁，去年离婚，女儿跟我，正在上初二。我母亲前年脑梗后半身不能动，一直是我在家照顾，所以没法出去正式上班，只能接点串珠子的手工活，一个月一千出头。

我的户口已经迁回娘家，和我妈、我女儿在一个户口本上。请问这种情况可以申请低保吗？前夫每个月给的八百块抚养费要不要算进家庭收入？我妈有一点城乡居民养老金，一百多块，这个算不算？材料是先交社区还是直接交街道？

谢谢。
周女士 139 0000 2817
""", "consultation", "no", "-", "Civil Affairs Bureau", "normal", "zh", "-")

add(2, "foreign-spouse-insurance", "eml", "2026-10-04 21:15", "Mateus Ferreira", "m.ferreira@example.net",
    "Please let foreign spouses join the resident medical insurance",
    """
Dear Mayor,

I have worked in the city for six years as a process engineer and I am covered by employee medical insurance through my company. My wife came with me on a family residence permit and does not work. When she tried to register for the urban and rural residents' medical insurance at our sub-district office, the staff were kind but told her the system only accepts Chinese ID numbers.

So she buys private insurance, which costs us about 9,000 yuan a year and excludes pregnancy, which is exactly what we need next year.

I would suggest that the city open the residents' scheme to the spouses and children of foreigners who pay social insurance here, even at a higher premium or after a waiting period. Several of my colleagues are in the same situation, and for families who plan to stay long term it would make a real difference.

Kind regards,
Mateus Ferreira
+86 138 0000 6142
""", "suggestion", "no", "-", "Healthcare Security Bureau", "normal", "en", "-")

add(3, "nurse-drip-phone", "eml", "2026-10-10 07:52", "沈立军", "shenlijun@example.org",
    "区医院住院部护士输液时刷手机，我父亲的手肿成了馒头",
    """
领导您好：

10月9日晚上，我父亲在青柳区人民医院心内科七楼23床输液。当班的是一个年轻女护士，胸牌上写的姓韩，挂完第二瓶以后就再没进过病房。

我去护士站叫了两次，她坐在里面低头刷短视频，嘴上说“马上”，结果过了四十多分钟才来。这时候针早就跑了，药水全渗进手背，我父亲整只手肿得发亮，第二天起了一片水泡。她拔针的时候还嘟囔说是老人自己乱动。我父亲七十八岁，躺在那儿连翻身都不敢。

希望卫健部门调一下当晚七楼的监控和护理记录，给我们一个说法。

沈立军 186-0000-3390
""", "complaint", "yes", "a", "Health Commission", "normal", "zh", "-")

add(4, "reimbursement-still-reviewing", "eml", "2026-10-27 16:05", "冯丽萍", "fengliping@mail.example",
    "异地住院报销材料交了三个多月，短信还是“审核中”",
    """
您好。我母亲今年6月在外省住院做了髋关节置换，当时不懂，没办异地就医备案。回来后7月20日把发票、出院小结、费用明细都交到了市医保服务中心的零星报销窗口。

到现在三个多月，打电话问过三次，每次都说在审核。上周收到的短信原文是：

“【市医保】您提交的零星报销业务（受理号2026072000417）正在审核中，请耐心等待，审核结果将另行通知。”

九月份收到的也是这一条，一字不差。

窗口和电话里的工作人员态度都挺好，就是没有一个人说得清卡在哪一步、还要多久。办事指南上写的办结时限是三十个工作日，早就过了。这个流程到底怎么回事？能不能给个准确时间？

冯女士 150 0000 7721
""", "complaint", "no", "-", "Healthcare Security Bureau", "normal", "zh", "quoted")

add(5, "hk-retiree-old-pension", "eml", "2026-10-06 10:20", "Raymond Kwok", "raykwok@example.org",
    "Pension from social insurance paid in the 1990s",
    """
Dear Sir or Madam,

I am a Hong Kong permanent resident, now 63. From 1993 to 2004 I worked for a joint-venture garment factory in your city (in the old Jinsha industrial zone; the factory closed long ago), and social insurance was deducted from my salary every month. I moved back to Hong Kong in 2004 and never claimed anything.

My questions:
1. Are those contributions still on record, and how can I check them without a mainland ID card? Will my Home Return Permit be accepted?
2. If I have fewer than 15 years of contributions, can I pay for the missing years now, or is there only a lump-sum refund?
3. If I do qualify for a monthly pension, can it be paid into a Hong Kong bank account, or must I open a mainland account?

I visit the city about twice a year, so I would like to bring every document I need in one trip.

Thank you.
Raymond Kwok
+852 0000 4471
""", "consultation", "no", "-", "Human Resources and Social Security Bureau", "normal", "en", "-")

add(6, "elder-bus-card-trad", "json", "2026-10-08 09:12", "梁錦華", "",
    "請問敬老卡在哪裏辦？星期六有沒有開？",
    """
本人香港居民，今年６８歲，已在貴市居住三年，持港澳居民居住證。聽鄰居講，年滿６５歲可以辦長者乘車卡，坐公交免費。

請問：辦卡地點喺邊度（在哪裏）？星期六開唔開門？幾點至幾點？要唔要帶回鄉證正本？

多謝！
""", "information", "no", "-", "Transport Bureau", "normal", "zh", "fullwidth",
    phone="+86 135 0000 8826", district="碧溪區")

add(7, "landlord-cut-water", "eml", "2026-10-20 19:33", "罗春梅", "luocm@example.net",
    "房东断水逼我们搬走，家里还有卧床的老人",
    """
你们好。

我们一家租住在石桥镇后湾村一栋自建房的一楼，合同签到明年五月。我公公中风后一直卧床，住一楼方便推出去晒太阳。

上个月房东说要把整栋楼租给一个做电商的老板，让我们月底前搬。我们说合同没到期，他就从10月15日起把我们这户的水阀关了、上了锁，到今天五天了，老人擦身、做饭都只能去隔壁借水。

我们也不是非要赖着不走，只求要么按合同住到期，要么给点时间和补偿，让我们能找到一楼或者有电梯的房子。

有些话不知道该不该写。房东的表哥是村里的主任，之前有个租户跟他吵过一次，没几天那家的电动车四个胎全被扎了。我们孩子还在村小上学，往后的日子还得在村里过。

罗春梅 137 0000 5108
""", "demand", "yes", "c", "Housing and Urban-Rural Development Bureau", "normal", "zh", "indirect")

add(8, "leukemia-second-reimbursement", "eml", "2026-10-09 23:48", "Lin Yue", "yue.lin.home@example.com",
    "Question about 大病保险 second reimbursement for my son",
    """
Hello,

We came back from Canada last year and the whole family joined the 城乡居民医保 in January. My son (7) was diagnosed with ALL (acute lymphoblastic leukemia) in August and has been treated in the 市儿童医院 hematology ward since then. The 基本医保 part is settled directly when he is discharged, no problem there.

But a nurse told me there is also a 大病保险 "二次报销" and maybe 医疗救助, and I'm confused:
1) Is 大病保险 automatic, or do I need to apply somewhere?
2) The doctor mentioned CAR-T therapy, which is not in the 药品目录. Is there any coverage at all, e.g. 惠民保?
3) We have only paid premiums for one year. Is there a waiting period for new 参保人?

Sorry for mixing languages, my Chinese writing is rusty after 15 years abroad.

Thanks,
Lin Yue
177 0000 5209
""", "consultation", "no", "-", "Healthcare Security Bureau", "normal", "en", "mixed")

add(9, "community-doctor-home-visits", "eml", "2026-10-11 22:10", "许静", "xujing.gp@example.org",
    "一名社区医生关于家庭医生上门服务的几点想法",
    """
市长您好：

我是柳塘街道社区卫生服务中心的全科医生，团队签约了六百多户，其中行动不便、需要上门的老人有九十多位。

上门随访现在主要靠我们骑自己的电动车，带着血压计、血糖仪、换药包，夏天一身汗，下雨天也得去。几点想法，供参考：

一、能否给上门服务配几辆中心的电动车，或者按次给交通补贴。现在一次上门的补助是零。
二、居民的电子健康档案和大医院的检验检查结果能否打通。老人去三甲医院抽了血，我们这边看不到，只能让家属拍照发微信。
三、上门服务（换药、插胃管、导尿）的收费标准一直没出来，我们不敢收，老人也不好意思总“麻烦”我们，有的该换的管子就拖着。

这些不是抱怨，只是希望这项服务能长久做下去。

许静（全科医生）
""", "suggestion", "no", "-", "Health Commission", "normal", "zh", "-")

add(10, "hotline-elderly-pension", "eml", "2026-10-12 10:31", "12345热线 坐席2316", "seat2316@hotline.city.example",
    "【来电转办】老人反映养老金问题（来电记录整理）",
    """
来电时间：2026年10月12日 09:47
来电人：孟先生，自述82岁，座机 0000 6630

来电内容（按来电人原话整理，有删减）：
“我是老纺机厂的，退了二十多年了。以前每个月都是三千四百多，我记得清清楚楚，老伴走了以后就靠这个。这个月我去银行取，人家给我打出来一看，三千二了。我问银行的小姑娘，她说不归她管。我就想问问，是不是我哪个表没填？上个月社区的小伙子来给我照相，拿手机照了好几遍都说不行，后来他说算了下回再来，也没来……我不是要闹，我就是想问问钱怎么少了，我买药要用的。”

坐席备注：来电人耳背，口音较重，多次讲述厂里往事，通话约二十二分钟。据其描述，可能与本年度养老金领取资格认证未完成有关。来电人希望查明本月养老金减少的原因并补发。请人社部门核实处理并回电，电话联系时请放慢语速、提高音量。
""", "demand", "no", "-", "Human Resources and Social Security Bureau", "normal", "zh", "indirect")

add(11, "village-accountant-dibao", "eml", "2026-10-14 20:02", "何长贵", "hechanggui@example.com",
    "申请低保，村会计让我先“意思意思”",
    """
我是河口乡沙田村的村民。老伴去年查出尿毒症，每周透析三次，家里能干活的只剩我一个，地也种不过来了。

9月初我去村委会交低保申请，村会计杨某收了材料，翻了翻说：“今年名额紧，镇里卡得严，你这个要往前排，得有人去跑。”又说他可以帮着跑，“跑腿费两千，别人家都是这个数”。

我没给。到现在村里贴出来的公示名单里没有我家，倒是他隔壁开小卖部的一家评上了。别人给没给我不知道，我只知道我家是真过不下去了。请上面查查这个事。

老何 158 0000 3046
""", "complaint", "yes", "a", "Discipline Inspection Commission", "normal", "zh", "-")

add(12, "international-clinic-address", "html", "2026-10-05 14:37", "Karen Holt", "karen.holt@example.org",
    "Which hospital has an international clinic?",
    """
Hi,

We have just moved here from Perth for my husband's job. Our younger daughter (5) has asthma and I'd like to find a doctor for her before winter.

Could you tell me which public hospitals in the city have an international or special-needs clinic with English-speaking doctors, their addresses, and whether we need to book in advance? Are they open at weekends?

Many thanks,
Karen Holt
""", "information", "no", "-", "Health Commission", "normal", "en", "-")

add(13, "ramp-blocked-bike-shed", "eml", "2026-10-13 11:26", "龚建", "gongjian@example.net",
    "物业把无障碍坡道改成了电动车棚，我的轮椅出不去",
    """
您好，我是双下肢残疾，平时坐轮椅，住在枫林苑小区9栋。

9栋单元门口原来有一条无障碍坡道，这个月物业在坡道上搭了个电动车充电棚，坡道口被车挤得满满的，我现在只能在门口等人把我连人带椅子抬下台阶。

我去物业反映，门岗的保安说“你一个人的事，几百户都要充电”，还说“不会下楼就别下楼”，话很难听。物业经理一直不露面。

我不是反对建充电棚，但无障碍通道不能堵死。请住建部门督促物业把坡道恢复。

龚先生 133 0000 9017
""", "demand", "no", "-", "Housing and Urban-Rural Development Bureau", "normal", "zh", "-")

add(14, "keep-registration-windows", "json", "2026-10-15 08:03", "", "",
    "建议",
    "医院挂号窗口别全撤了，老人不会用手机。",
    "suggestion", "no", "-", "Health Commission", "normal", "zh", "short")

add(15, "doctor-no-foreigners", "eml", "2026-10-15 18:44", "Tomasz Wójcik", "t.wojcik@example.net",
    "Turned away at the Second People's Hospital because I am a foreigner",
    """
Dear Sir or Madam,

On 14 October at around 10 am I went to the dermatology outpatient department of the Second People's Hospital with a bad rash on my arms. I had registered through the hospital's WeChat account with my passport number and paid the fee.

The doctor in room 6, a man in his fifties whose name on the screen outside was Dr. Qiu, looked at my passport, said "no foreigners here" and pointed at the door. When I showed him the registration receipt on my phone he waved his hand and called the next patient. A nurse later told me quietly that he "doesn't like dealing with foreigners' insurance".

I have lived here for four years, I pay social insurance, and I speak enough Chinese to describe my symptoms. I would like the hospital to explain whether this is its policy, and I would like someone to speak to this doctor.

Tomasz Wójcik
159 0000 3318
""", "complaint", "yes", "a", "Health Commission", "normal", "en", "-")

add(16, "legal-aid-medical-dispute", "eml", "2026-10-16 12:18", "Daniel Osei", "d.osei@example.com",
    "Where can we get free legal advice about a medical dispute?",
    """
Hello,

My mother-in-law died after an operation at a county hospital last month, and the family believes something went wrong during the surgery. We are not wealthy and we don't know any lawyers.

I read that the city offers free legal aid. Could you give me the address and phone number of the legal aid centre, and its opening hours? Can I come together with my wife, who is Chinese, so that she can speak for the family?

Thank you,
Daniel Osei
""", "information", "no", "-", "Justice Bureau", "normal", "en", "-")

add(17, "veteran-subsidy-hukou-move", "eml", "2026-10-17 15:40", "邱桂英", "qiugy1961@example.org",
    "丈夫的参战补助迁户口后停发了，另问优待证",
    """
你们好。

我爱人1984年入伍，参加过边境作战，退伍后一直每月领参战退役人员生活补助。今年4月为了照顾我生病的母亲，我们把户口从龙湾镇迁到了市区，办完以后补助就停了，5月到10月一分没到。

两边的退役军人服务站都说“要对方先办”：老家说关系已经转出去了，这边说档案还没收到。他身体也不好，高血压，还有老寒腿，这点钱对我们家很重要。请帮忙协调把补助接上，停发的几个月也补上。

另外顺便问一下，他那张优待证迁了户口以后要不要换？

家属 邱桂英 182 0000 6654
""", "demand", "no", "-", "Veterans Affairs Bureau", "normal", "zh", "two-intents")

add(18, "depression-insurance-anon", "json", "2026-10-18 23:56", "", "",
    "看精神科门诊用医保，单位能看到吗",
    """
我在一家国企上班，最近被诊断为中度抑郁，需要长期吃药、定期复诊。想问一下：
1. 门诊用医保卡结算，单位人事能不能查到我的就诊记录和诊断？
2. 抑郁症能不能申请门诊慢特病？报销比例是多少？
3. 如果我现在先自费不走医保，以后再想申请慢特病还来得及吗？

我不想让单位知道，所以勾了匿名，请不要往我单位打电话。谢谢。
""", "consultation", "yes", "b", "Healthcare Security Bureau", "normal", "zh", "-",
    anonymous=True)

add(19, "face-recognition-twenty-times", "eml", "2026-10-19 09:27", "庞晓东", "pangxd@example.com",
    "刷脸认证刷了二十次，我妈的脸大概不合格",
    """
我母亲八十五岁，每年要做养老金领取资格认证。今年手机APP上改成了“动态人脸”，要眨眼、张嘴、左右转头。

老太太白内障，眨眼它说没眨，张嘴它说光线不足。我们在窗边、灯底下、阳台上都试了，前后二十来次，最后弹出“今日认证次数已用完”。看来我妈活得好好的，系统不太同意。

客服电话一直占线。网上说可以去社区认证，社区的同志很热心，可用的还是同一个APP、同一个摄像头。

八十多岁的人，难道每年都得这么折腾一回？希望把认证方式改得老人真能用，至少给不会操作的老人留一个人工认证的口子。

庞晓东
""", "complaint", "no", "-", "Human Resources and Social Security Bureau", "normal", "zh", "sarcasm")

add(20, "teacher-work-injury", "eml", "2026-10-21 17:12", "James Whitfield", "jwhitfield@example.net",
    "Employer refuses to report my work injury",
    """
Dear Sir or Madam,

I am a British teacher at Bright Sprouts Bilingual School, a private school in the Nanhe area. On 22 September I slipped on wet stairs while taking my class to the sports field and broke my wrist. I had surgery and have been off work since.

The school paid the first hospital bill, but now says I was "not on duty" because it happened during the break, and refuses to submit a work-injury application. My contract says the school pays social insurance for me, and my payslips show the deductions. I would like the labour authorities to help me get this recognised as a work injury; I understand there is a time limit, so I am writing now.

A second, smaller question: my work permit expires in December and the school has hinted it may not support the renewal. Is there anything I should do about that in the meantime?

James Whitfield
+86 136 0000 2295
""", "demand", "no", "-", "Human Resources and Social Security Bureau", "normal", "en", "two-intents")

add(21, "body-donation-station", "json", "2026-10-22 10:45", "邵建平", "shaojp@example.org",
    "父亲想捐献遗体，请问接收站在哪里",
    """
我父亲今年九十一岁，头脑清楚，多次跟我们说身后想把遗体捐给医学院做研究。请问本市的遗体捐献登记接收站在哪里？联系电话是多少？是不是需要全家子女都到场签字？谢谢。
""", "information", "no", "-", "Health Commission", "normal", "zh", "-",
    phone="138 0000 4160", district="栗山区")

add(22, "night-renovation-noise", "eml", "2026-10-23 00:38", "钱蕾", "qianlei.home@example.net",
    "楼上天天半夜装修，我爸刚出院需要睡觉",
    """
您好。

我家住望江花园3栋，楼上一户从十月初开始装修。白天我们理解，可这半个月晚上十点以后还在电钻、砸墙，有时弄到十二点多。

我父亲肺癌术后刚出院，夜里本来就睡不踏实，一响就醒，醒了就咳半天。我上去敲过一次门，是工人开的，说老板让赶工期。物业说晚上他们管不了。

请派出所或者相关部门晚上过来看看。麻烦处理的时候别说是楼下哪家反映的，我一个人照顾老爸，实在没精力再跟邻居结仇。

钱女士 189 0000 1243
""", "demand", "yes", "b", "Public Security Bureau", "normal", "zh", "-")

add(23, "english-insurance-app", "html", "2026-10-24 13:05", "Priya Nair", "priya.nair@example.com",
    "An English interface for the medical insurance app?",
    """
Dear Mayor's Office,

I work for a software company here and have been enrolled in employee medical insurance for two years. The system works well, but for foreigners it is hard to use alone.

A few suggestions:
- an English (or at least bilingual) version of the medical insurance mini-program, especially the pages for the electronic insurance certificate and the claims history;
- English labels on the self-service payment kiosks in the big hospitals, where the queue behind you gets impatient while you translate with your phone;
- a one-page English guide for new foreign employees explaining what is covered, which hospitals are in the network, and how to activate the e-certificate.

Happy to help test an English version if you ever need volunteers.

Best regards,
Priya Nair
""", "suggestion", "no", "-", "Healthcare Security Bureau", "normal", "en", "-")

add(24, "window-clerk-print-shop", "eml", "2026-10-24 18:20", "符海燕", "fuhy@example.org",
    "报销窗口的同志让我去对面打印店“加急”",
    """
10月20日我到医保服务大厅给我爸办慢特病报销，排到3号窗口，是个戴眼镜的男同志。他把材料翻了一遍，说少一份盖章的病历，让我回医院补。我说医院很远，我爸还在住院，能不能先收下。

他没接话，朝窗外指了指，说对面“鑫彩打印”的周姐“什么都能帮你弄好，快得很”。我过去一问，周姐张口就是三百，说“窗口那边她熟”，交了钱第二天就能过。

我没交，回医院补了章。第二次去，还是3号窗口，又说病历页码不全。排我旁边的一个大姐小声跟我说，她就是在打印店交的钱，一次就过了。

我也说不好这算什么，就是觉得不太对劲，写下来给你们看看。

符海燕 176 0000 8832
""", "complaint", "yes", "a", "Discipline Inspection Commission", "normal", "zh", "indirect")

add(25, "autism-disability-card", "eml", "2026-10-25 21:30", "蓝志鹏", "lanzp@example.com",
    "孩子自闭症想办残疾正，要去那里评定",
    """
你好，我儿子今年五岁，去年在妇幼医院确诊孤独症（就是自闭症）。听别的家长说可以办残疾正，办了以后康复训练有补帖，每个月能报一部分。

想问一下在那里做评定，是不是要去指定的医院，要不要先预约，要带什么资料，户口本、诊断书还要什么？评的等级跟补帖多少有没有关系？

我们在外面机构训练一个月要四千多，真的快撑不住了。谢谢你们。
""", "consultation", "no", "-", "Civil Affairs Bureau", "normal", "zh", "typos")

add(26, "saturday-hall-hours", "eml", "2026-10-26 07:58", "Maggie Tse", "maggie.tse@example.net",
    "Saturday hours?",
    "Hi, is the social insurance hall on Yinxing Rd open Saturday morning? Thanks. Maggie",
    "information", "no", "-", "Human Resources and Social Security Bureau", "normal", "en", "short")

add(27, "retrofit-lift-broken", "eml", "2026-10-28 10:14", "傅玉兰", "fuyulan@example.com",
    "加装电梯坏了两个月，坐轮椅的儿子被困在九楼",
    """
我们住在棉纺厂宿舍小区11号楼，这栋楼的电梯是2019年加装的。8月底电梯坏了，一直贴着“维修中”。

我儿子二十六岁，脑瘫，坐轮椅，每周两次要去康复中心训练。现在只能我和他爸一人抬一头，从九楼往下抬。我们俩加起来一百二十多岁了，上个礼拜他爸闪了腰。

问物业，说加装电梯的维保合同是业主自己签的，不归他们；问当初牵头的业主代表，说维保公司要先交一万二的维修费才肯换主板，钱还在凑。我家是低保户，实在拿不出大头。

请住建局帮忙协调一下，这种加装电梯坏了到底谁来修，先让电梯能动起来。

傅玉兰 135-0000-2718
""", "demand", "no", "-", "Housing and Urban-Rural Development Bureau", "normal", "zh", "-")

add(28, "factory-no-social-insurance", "eml", "2026-10-29 22:47", "韦小勇", "weixy1990@example.net",
    "厂里不给交社保 我住院才发现医保是停的",
    """
我在城北开发区一家五金厂上班，进厂四年了，厂里一直说给我们交了保线，工资条上每个月也扣了“社保”一百八。

这个月我阑尾炎住院，去结帐才发现医保卡是停的，从来就没交过。问了几个老乡，也全都没交。那厂里扣的钱去那了？请你们查一查这个厂，让它给我们补交。

厂名叫鸿盛五金制品有限公司，在开发区纬三路。

我现在还在厂里干，家里两个小孩要上学，老板要是知道是我说的，我这个月的工资估计就拿不到了。
""", "demand", "yes", "c", "Human Resources and Social Security Bureau", "normal", "zh", "typos")

add(29, "dual-channel-pharmacy", "json", "2026-10-30 15:22", "甘文涛", "ganwt@example.org",
    "“双通道”药店刷不了医保，让我们全额自费买靶向药",
    """
我父亲肺癌，吃的靶向药在“双通道”目录里，医院开了处方，指定去景华大药房新民路店取药。这两次去，店员都说“医保系统在升级”，让我们先全额自费，一次一万六，说以后再退，可到现在也没退。

问了医保中心，说别的病人在那家店能正常刷。我感觉就是药店不想刷卡。

请医保局管一管，让药店按规定结算，把前面自费的钱也处理一下。我姓甘，电话留着，你们可以直接说是我反映的，我不怕。
""", "demand", "no", "-", "Healthcare Security Bureau", "normal", "zh", "-",
    phone="199 0000 5530", district="锦屏区")

add(30, "five-hours-paediatric-er", "eml", "2026-11-02 08:15", "Anna Becker", "anna.becker@example.com",
    "Five hours in the paediatric ER: a free course in patience",
    """
Congratulations to the City Children's Hospital. On Saturday night my three-year-old with a 40-degree fever and I received a free five-hour course in patience.

We arrived at 9:40 pm and took number 187 while the screen showed 112. We sat on the floor because every chair was taken. As far as I could tell there was one doctor for the whole fever section, and nobody looked at the children while we waited, so a baby who was clearly struggling to breathe waited as long as we did, until her grandmother started screaming.

The staff we saw were exhausted, not rude, and I don't blame them. I blame whoever decided that one doctor is enough for a Saturday night in flu season.

Please put more doctors on at night in winter, and have a nurse actually triage the waiting room.

Anna Becker (teacher, mother of two)
""", "complaint", "no", "-", "Health Commission", "normal", "en", "sarcasm")

add(31, "social-worker-alarm-devices", "multi", "2026-11-01 20:40", "温雅琪", "wenyq.sw@example.org",
    "关于独居老人紧急呼叫的几点建议（一名社工的一线观察）",
    """
尊敬的市长：

我是一家社工机构派驻在桂园街道的社工，主要负责独居、空巢老人的探访，手上有六十多位老人。

上个月碰到一件事：八十三岁的谭奶奶夜里在家摔倒，在卫生间地上躺了一整夜，第二天我们例行探访才发现。她家装了政府配发的“一键呼叫器”，但挂在客厅墙上，她摔在卫生间，根本够不着。我们走访下来发现，这样的情况不是个别：有的呼叫器装在门口，有的老人怕按错了“被人说”，干脆把电源拔了，还有的子女换了手机号，呼叫器联系人没改。

几点建议：
1. 呼叫器改成可佩戴的手环或挂绳式，洗澡也能戴；
2. 安装时由社工或网格员上门，按老人的生活动线（卧室、卫生间）来装，而不是统一挂客厅；
3. 试点接入智能水表、电表数据，独居老人十二小时不用水就自动提醒社区；
4. 按风险分级定探访频次，八十岁以上、独居、有慢病的，每周至少两次上门或视频；
5. 每半年核对一次紧急联系人。

这些设备买来不便宜，希望它们真正在老人倒下的时候用得上。

温雅琪（社会工作者）
""", "suggestion", "no", "-", "Civil Affairs Bureau", "normal", "zh", "-")

add(32, "thanks-officer-found-father", "eml", "2026-10-19 21:05", "聂小燕", "niexy@example.com",
    "感谢城西派出所刘振宇警官帮我们找回走失的父亲",
    """
10月17日傍晚，我患阿尔茨海默病的父亲出门散步后没回来，手机也没带。我们全家找了两个多小时，实在没办法才报了警。

城西派出所的刘振宇警官接警后马上调监控，顺着老人走的方向一路找，晚上十一点多在四公里外的一个公交站找到了我父亲。当时他只穿了件单衣，冻得直发抖，刘警官把自己的外套脱下来给他披上，还一直陪到我们赶过去。

我们已经给父亲买了定位手表。全家人非常感激，特地写信感谢，也希望领导知道有这样的好民警。

家属 聂小燕
""", "information", "no", "-", "Public Security Bureau", "normal", "zh", "-")

add(33, "maternity-benefit-mixed", "eml", "2026-11-03 12:30", "Lucas Moreau", "lucas.moreau@example.net",
    "Question about 生育保险 for my wife",
    """
Hi,

I'm French, married to a Chinese citizen. My wife 小周 works for a 私企 and has 职工医保, including 生育保险. She is due in February. A few questions:

1) Her 生育津贴: does the company apply for it, or do we apply ourselves? Is it paid to her or to the company?
2) She would like to deliver at a private international hospital because the doctors can speak English with me. Will the 生育医疗费 be covered if the hospital is not a 定点医院?
3) Can I, as the father, get 陪产假 even though I am not in the Chinese social insurance system? I work for a foreign-invested company and am covered by my home country's insurance.

Thank you!
Lucas Moreau
""", "consultation", "no", "-", "Healthcare Security Bureau", "normal", "en", "mixed")

add(34, "ambulance-carrying-fee", "eml", "2026-10-26 19:50", "黎晓红", "lixh@example.org",
    "120急救车上的人收了我们两百块“搬运费”",
    """
10月25日凌晨两点多，我婆婆在家突发心梗，我们打了120。车来得还算快，随车来的一个医生、一个担架员（车牌后三位317）。

担架员上楼一看是六楼没电梯，就说“我们不负责抬，你们自己想办法”，最后是我老公和邻居把老人背下来的。上了车，那个担架员又说搬运要收两百，要现金，没有票。人命关天，我们哪敢跟他争，就给了。

后来到医院结账，急救费的单子上根本没有这一项。婆婆抢救过来了，可这件事我越想越气。请卫健委查一查，这两百块到底是什么钱。

黎晓红 130 0000 6621
""", "complaint", "yes", "a", "Health Commission", "normal", "zh", "-")

add(35, "broken-handrail-short", "json", "2026-11-04 07:40", "覃阿姨", "",
    "楼道扶手断了",
    "3单元楼道扶手断俩月了，老人摔过一回，请派人修。",
    "demand", "no", "-", "Housing and Urban-Rural Development Bureau", "normal", "zh", "short",
    phone="131 0000 7731", district="梅岭区")

add(36, "quarry-injury-consult", "eml", "2026-11-05 21:18", "覃世荣", "qinshirong@example.com",
    "打工受伤了，单位不报工伤，我自己能申请吗",
    """
你好。我在镇上一家采石场开铲车，8月份被山上滚下来的石头砸伤了左腿，骨折打了钢板。老板出了住院费，但说不给报工伤，让我养好了回去接着干，这几个月工资按一半发。

想问几个问题：
1. 单位不报，我自己能不能去申请工伤认定？要什么材料？
2. 时间上有没有限制？现在还来得及吗？
3. 单位到底有没有给我买工伤保险，我自己能不能查到？

老板是镇上王镇长的堂兄弟，平时跟派出所、安监站的人都在一张桌上吃饭。我一家老小都在镇上，这事真要弄开了，以后在这一片恐怕就没活干了。
""", "consultation", "yes", "c", "Human Resources and Social Security Bureau", "normal", "zh", "-")

add(37, "neighbour-not-seen-urgent", "eml", "2026-11-06 16:42", "Liam O'Connor", "liam.oconnor@example.org",
    "URGENT: elderly neighbour not seen for four days, smell from her flat",
    """
Please help quickly.

I live in Heron Bay Garden, Building 6, 4th floor. My neighbour across the landing, Mrs Qian, is about 80 and lives alone. She usually sits on the landing every morning and I carry her shopping up for her.

I haven't seen her since Sunday. Her milk and newspapers are piling up at the door, her TV has been on day and night, and today there is a bad smell from the flat. She doesn't answer the door or her phone. The property management office says they cannot open the door without the police.

Please send someone now. I'm at home all day.

Liam O'Connor
185 0000 7790
""", "demand", "no", "-", "Public Security Bureau", "high", "en", "-")

add(38, "power-cut-oxygen", "eml", "2026-11-07 10:26", "尹浩", "yinhao@example.net",
    "急！物业拉了我家电闸，我爸在家吸氧",
    """
急！！

今天上午十点，物业说我家欠了两年物业费，直接把楼道里我家的电闸拉了，还上了锁。我父亲慢阻肺，在家24小时用制氧机，现在制氧机停了，家里备用的氧气瓶最多撑两三个小时。

物业费的事我们有争议，可以慢慢谈，可人等不了。物业经理电话不接。

地址：锦绣家园东区5栋2单元401。请马上派人来！！

尹浩 138-0000-2604
""", "demand", "no", "-", "Housing and Urban-Rural Development Bureau", "high", "zh", "-")

add(39, "stent-private-channel", "eml", "2026-11-08 22:35", "贺军", "hejun1975@example.com",
    "心内科张医生让我们从“渠道”买进口支架",
    """
我父亲１０月２日在市第一人民医院心内科做冠脉造影。术前，主刀的张医生（副主任医师）把我叫到走廊，说国产支架“质量不稳定”，建议用进口的，但是医院里的进口支架“这两天没货”，让我加他微信，说有个“渠道”当天就能送到，一根３万８，要现金或者转到一个私人账户。

当时父亲在ＣＣＵ里，我们慌了，就转了。

术后我查了一下，集采以后同类进口支架在医院里也就几千块，而且出院清单上“支架”那一项是按医院价格另外结算的。那我们转出去的３万８到底去了哪？聊天记录和转账截图我都留着。
""", "complaint", "yes", "a", "Health Commission", "normal", "zh", "fullwidth")

add(40, "intl-student-mental-health", "eml", "2026-11-09 06:55", "Grace Wanjiru", "gwanjiru@example.com",
    "Night-time mental health support for international students",
    """
Dear Sir or Madam,

I am the mother of a second-year international student at a public university in your city. Last month he had a severe panic attack in his dormitory at night. His roommate took him to the campus clinic, which was closed after 10 pm, and then by taxi to a city hospital where nobody on duty spoke English. He is well now, but it frightened all of us, 12,000 km away in Nairobi.

I would like to suggest:
- a 24-hour English-language counselling line for international students;
- at least one English-speaking staff member at campus clinics in the evening;
- a simple card in every dorm room saying where to go at night and what to say to a taxi driver.

When you pass this on, please leave out my son's name and which university he attends. He is worried about how his department would see him if it came back to them.

With thanks,
Grace Wanjiru
""", "suggestion", "yes", "b", "Education Bureau", "normal", "en", "-")

add(41, "long-term-care-followup", "eml", "2026-11-10 14:08", "岑德明", "cendm@example.org",
    "回复：关于长期护理保险申请的咨询（仍有疑问）",
    """
您好，上次通过市长信箱咨询长护险，收到的回复如下：

> 您好！您反映的问题已收悉。本市长期护理保险参保人员经医疗机构或康复机构规范诊疗、失能状态持续6个月以上，经申请通过评估认定的失能人员，可按规定享受长期护理保险待遇。具体事宜请咨询参保地医保经办机构。感谢您的来信。

谢谢回复，但我还是不清楚自己家的情况：

我母亲去年中风，卧床快一年了，参的是城乡居民医保，不是职工医保。
1. 居民医保的人能不能享受长护险？
2. 失能评估是上门评，还是要把人送到医院评？她根本下不了楼。
3. 评下来以后，是直接给钱，还是派护理员上门？我自己辞职在家照顾，能不能算“亲属护理”领补贴？

请具体答复，谢谢。

岑德明 187 0000 3395
""", "consultation", "no", "-", "Healthcare Security Bureau", "normal", "zh", "quoted")

add(42, "street-lamps-wheelchair", "eml", "2026-11-11 20:52", "万秀珍", "wanxz@example.com",
    "桂花路陆灯坏了一大片 晚上推轮椅太危险",
    """
领导你们好，我每天晚上要推我妈去卫生院换药（她糖尿病足，天天要换），走桂花路从菜市场到卫生院那一段，陆灯坏了有七八盏，以个多月了，黑咕隆冬的，上礼拜轮椅前轮掉进坑里差点吧我妈翻出来。

能不能快点派人来修一下路灯，顺便把那几个坑补一补。谢谢领导了
""", "demand", "no", "-", "Urban Management Bureau", "normal", "zh", "typos")

add(43, "free-flu-shots", "multi", "2026-10-02 11:11", "Sophie Marchand", "sophie.marchand@example.net",
    "Free flu shots for over-60s: when and where?",
    """
Dear Sir or Madam,

My father-in-law (72) lives with us in the old town, and I read in a WeChat group that people over 60 can get a free flu vaccination this autumn.

Could you tell me the dates, which community health centres are giving it, and whether he should bring his hukou book or only his ID card? He doesn't use a smartphone, so if there is a phone number for appointments that would be ideal.

Thank you,
Sophie Marchand
""", "information", "no", "-", "Health Commission", "normal", "en", "-")

add(44, "disability-subsidy-stopped", "eml", "2026-11-12 09:36", "麦国强", "maigq@example.net",
    "残疾人两项补贴莫名其妙停了三个月，没有任何通知",
    """
我弟弟是一级肢体残疾，一直领重度残疾人护理补贴和困难残疾人生活补贴。从7月开始卡里就没再进过钱，我们一直以为是晚发。

10月去问，民政所说是年度复核时系统比对出他“名下有机动车”，自动停发了。那辆车是我们家十几年前给他买的残疾人代步摩托，早就报废了，只是没去注销。停发之前没有电话、没有短信、没有人上门，连张通知都没有。让最没办法跑腿的人自己去发现问题，这样一刀切的复核太不合理了。

另外想问一下：现在车已经去注销了，停发的三个月能不能补发？还是要重新申请？

麦国强 139-0000-7405
""", "complaint", "no", "-", "Civil Affairs Bureau", "normal", "zh", "two-intents")

add(45, "pension-cert-by-gp", "json", "2026-11-13 16:20", "易国栋", "yigd@example.com",
    "建议卧床高龄老人的养老金认证由家庭医生上门时完成",
    """
我母亲九十岁，卧床三年。每年做养老金资格认证，都要我们把她扶起来、对着手机摆姿势，老人很受罪，有一次还差点从床上滑下来。

家庭医生每个月都上门随访，签约记录、血压记录都在系统里。建议：能不能让家庭医生随访时顺便完成认证，或者直接把随访记录、医保就诊记录作为“人还在”的依据，不用卧床老人本人刷脸。这样既省事，也更准。
""", "suggestion", "no", "-", "Human Resources and Social Security Bureau", "normal", "zh", "-",
    phone="186 0000 4408", district="栖云区")

add(46, "paint-factory-asthma", "json", "2026-11-14 22:05", "宁晓楠", "",
    "举报：涂料厂晚上排气，孩子哮喘加重",
    """
我们小区（滨河新村）东边大概五百米有一家做涂料的厂，最近一个月几乎每天晚上九点以后都有刺鼻的油漆味，关着窗都挡不住。

我女儿六岁，有哮喘，这个月已经因为发作跑了两次急诊，医生让避免刺激性气味。白天闻不到，一到晚上就来，怀疑是晚上偷排。请环保部门晚上来查一查。
""", "demand", "no", "-", "Ecology and Environment Bureau", "normal", "zh", "-",
    phone="152 0000 8153", district="苇塘区")

add(47, "macau-resident-insurance-trad", "eml", "2026-11-15 10:02", "區偉明", "auwaiming@example.org",
    "港澳居民可否參加本市城鄉居民醫保？",
    """
您好！

本人為澳門居民，持港澳居民居住證，現與女兒同住貴市，今年７１歲，近年血壓偏高，需要長期覆診。想請教：

（一）港澳台居民能否參加本市城鄉居民醫療保險？
（二）每年繳費多少？
（三）要帶甚麼證件、到哪個部門辦理？
（四）首次參保有沒有等待期？

懇請回覆，謝謝！

區偉明 謹啟
""", "consultation", "no", "-", "Healthcare Security Bureau", "normal", "zh", "fullwidth")

add(48, "hotline-operator-hung-up", "html", "2026-11-04 09:18", "Alex Zhang", "alex.zhang@example.com",
    "Your hotline operator hung up on my 80-year-old father, twice",
    """
Dear Sir or Madam,

My father is 80, hard of hearing, and lives alone while I work in another city. On the afternoon of 3 November he called 12345 because the heating in his flat was not working. He called at 14:20 and again at 14:35; I have seen the call log on his phone.

He says the woman who answered, who gave her number as 1108 at the start of the call, told him to "speak properly or stop wasting my time" and hung up. The second time she recognised his voice, said "you again?" and hung up again. He was so upset that he didn't call a third time and spent the night in a cold flat.

I understand operators take a great many calls, but this service exists precisely for people like my father. Please check the recordings of those two calls and tell me what will be done.

Alex Zhang (张亦凡)
""", "complaint", "yes", "a", "Municipal Government Office", "normal", "en", "-")

add(49, "thanks-ramp-fixed", "eml", "2026-11-16 18:30", "龚建", "gongjian@example.net",
    "谢谢",
    "门口坡道修好了，谢谢市长信箱，谢谢你们。——9栋 老龚",
    "information", "no", "-", "none", "normal", "zh", "short")

add(50, "neighbour-old-man-neglected", "eml", "2026-11-17 13:44", "严淑芬", "yanshufen@example.com",
    "隔壁的老人好像没人管了",
    """
您好。我住在西关老街17号院，隔壁住着一位八十多岁的王大爷，老伴前年走了，儿子在本市上班，但一个多月才来一趟。

最近大爷瘦得厉害，入冬了还穿着单鞋，冰箱里经常就剩几个馒头。前几天他在院子里摔了一跤，是我们几家邻居扶起来的。他跟我说儿子把他的退休金卡拿走了，每个月只给他三百块零花。

我们邻居能帮一时，帮不了长久。能不能请民政或者社区的人上门看看，该申请的照护、补贴给他申请上，儿子那边也该有人去说说。

我是邻居，他儿子脾气不好。你们上门的时候就说是社区例行走访，别提到我。
""", "demand", "yes", "b", "Civil Affairs Bureau", "normal", "zh", "-")

add(51, "blind-resident-metro", "eml", "2026-11-18 08:25", "Javier Molina", "jmolina@example.net",
    "Suggestions from a blind resident who takes the metro every day",
    """
Hello,

I am a visually impaired software tester from Spain. I have lived here for three years and travel by metro every day with a white cane. The metro is mostly very good, but a few things would help people like me a lot:

1. At several Line 2 exits the tactile paving is blocked by parked shared bikes, sometimes ten in a row. Could bike parking zones be painted away from the tactile strips, and cleared regularly?
2. Exit announcements on the platforms are only in Mandarin; an English version would help visitors as well as me.
3. Some lifts have no braille on the buttons, or the braille has worn off.
4. It would be wonderful to book station staff assistance in advance through the metro app, as is possible in many European cities.

Thank you for reading.
Javier Molina
""", "suggestion", "no", "-", "Transport Bureau", "normal", "en", "-")

add(52, "veterans-station-widow", "eml", "2026-11-19 15:15", "杜秀兰", "duxiulan@example.org",
    "服务站的陈同志说我们“早该停了”，真是为人民服务",
    """
我丈夫是一级伤残军人，去年去世了。按政策，我作为遗属可以申请定期抚恤金。

10月28日我带着材料去区退役军人服务站，接待的是一个姓陈的男同志，四十来岁，戴金边眼镜。他翻都没翻就说：“人都走了一年了，你们这种早该停了，还来要什么。”又说材料不全，让我回去等通知，连材料都没收。我问少了什么，他说“自己上网查”。我六十七岁了，上哪儿去查？

我丈夫为国家丢了一条腿，他走了，我去办个手续还得听这种话。服务站门口那块“退役军人之家，温暖如家”的牌子，挂得真好。请领导管一管。

杜秀兰 183 0000 2290
""", "complaint", "yes", "a", "Veterans Affairs Bureau", "normal", "zh", "sarcasm")

add(53, "thanks-office-general-en", "json", "2026-11-20 19:40", "Hiroshi Tanaka", "h.tanaka@example.com",
    "Thank you",
    """
Just a short note to say thank you to whoever reads these letters. I wrote to the mayor's mailbox twice this year, once about the bus stop outside my mother's care home and once about her pension paperwork, and both times someone called me back within a week and things got sorted out. As a foreigner I honestly did not expect that. Thank you to the whole team.
""", "information", "no", "-", "none", "normal", "en", "-",
    phone="", district="")

add(54, "care-worker-wages-mixed", "eml", "2026-11-21 11:07", "Chen Jiayi", "chen.jiayi@example.net",
    "My mother, a 护工 at a city hospital, hasn't been paid for 3 months",
    """
Hello,

I came back from the UK this summer and found out my mom (58) hasn't been paid since July. She works as a 护工 (hospital care worker) on the orthopaedics ward of 市第三人民医院, but she is employed by an agency, 康安护理服务有限公司, not by the hospital. She does 24-hour shifts and sleeps on a folding bed next to the patients.

The agency boss keeps saying "医院还没跟我们结账", and the hospital says it's the agency's business. It's about 14,000 yuan in total, and at least twenty other 阿姨 on different wards are in the same situation. She has her 工牌 and WeChat records with the manager, but no written 劳动合同.

Can the labour bureau help them get their wages?

Thanks,
Chen Jiayi
173 0000 2561
""", "demand", "no", "-", "Human Resources and Social Security Bureau", "normal", "en", "mixed")

add(55, "child-ward-phantom-charges", "eml", "2026-11-22 23:12", "韩梦", "hanmeng@example.org",
    "孩子住院的费用清单里有好多项目我们没做过",
    """
您好。我女儿九岁，在市妇幼保健院血液科住院快两个月了，医保结算。

我最近一项一项核对了每日费用清单，发现每天都有“雾化吸入”和“心电监护”，可我女儿从来没做过雾化，心电监护也只在入院头三天用过。还有一项“营养风险评估”，一周收三次。加起来一千多块，钱不算特别多，但都是走的医保，我觉得不对。

我问过护士站，护士说是系统自动计费的，让我别操心。

女儿下个月还要在这里做第三期化疗，主治医生对她很好，她也很依赖病房里的护士……我写这封信之前犹豫了好几天，到现在也不知道写了对她是好是坏。

请医保局看看这些费用到底是怎么回事。
""", "complaint", "yes", "c", "Healthcare Security Bureau", "normal", "zh", "indirect")

add(56, "kindergarten-glucose-test", "eml", "2026-11-23 08:48", "卢晨", "luchen.dad@example.com",
    "幼儿园班主任不让我女儿在园里测血糖",
    """
我女儿四岁半，一型糖尿病，在区机关幼儿园（公办）上中班。她中午饭前要测一次血糖，我们给她配了动态血糖仪，数据在我手机上；需要打胰岛素时是我自己去园里打，不需要老师动手。

开学后，班主任孙老师先是说“影响其他小朋友”，不让我进教室，让我在传达室给孩子打针；10月以后干脆说园里不能测血糖，“出了事谁负责”，让我们中午把孩子接回家。上周三我女儿低血糖，手机报警了，老师看到了没理，孩子午睡起来出汗发抖，是保育员阿姨给了块糖。孙老师还在家长群里说：“有些孩子身体特殊，家长要自觉。”

我们不要特殊照顾，只想让孩子能正常上学。请教育局管一管。

卢晨 136 0000 5842
""", "complaint", "yes", "a", "Education Bureau", "normal", "zh", "-")

add(57, "health-products-refund", "multi", "2026-11-24 20:16", "Michael Rhodes", "m.rhodes@example.org",
    "Fwd: refund for \"health products\" sold to my mother-in-law",
    """
Hello,

I'm an American living in the city with my Chinese wife and her mother, whom I help look after since her stroke last year.

Over September my mother-in-law went to "free health lectures" at a shop called 福寿康健康体验馆 on Xinghua Street. She was persuaded to buy a "magnetic therapy mattress" and boxes of supplements for 12,800 yuan in total, and was told they would cure her diabetes. She has stopped taking her metformin, which scares us much more than the money.

My wife messaged the shop manager. Here is the reply she forwarded to me:

> ---------- Forwarded message ----------
> From: 福寿康 王店长 (WeChat)
> 阿姨是自愿购买的，我们有签字确认单，产品拆封不退不换。保健品调理需要时间，建议继续服用。

We want a refund, and we think the shop should be investigated for claiming its products treat disease. You are welcome to use my name and contact me directly.

Michael Rhodes
134 0000 6617
""", "demand", "no", "-", "Market Regulation Administration", "normal", "en", "quoted")

add(58, "funeral-agent-overcharge", "eml", "2026-11-25 09:30", "柯佳", "kejia@example.com",
    "医院太平间门口的殡葬中介一开口就要两万八",
    """
10月30日我奶奶在市中医院去世。人刚推到太平间，门口就过来两个穿黑衣服的人，说是“一条龙服务”，接运、寿衣、灵堂到火化全包，开价两万八，还说医院只认他们的车，别的车进不来。我们当时哭得六神无主，签了单，交了五千定金。

第二天一打听，殡仪馆自己的接运车一趟才几百块，基本的火化套餐也就几千。我们想退定金，那两个人就换着号码打电话骂人。

请民政部门管一管这些中介，帮我们把定金要回来，也别让别的家庭再上当了。

柯佳 177-0000-6038
""", "demand", "no", "-", "Civil Affairs Bureau", "normal", "zh", "-")

add(59, "pinyin-elderly-allowance", "json", "2026-11-26 17:03", "佘小军", "",
    "gaoling butie zenme shenqing",
    """
wo ba jinnian bashi sui le, ting shuo you gaoling butie, 想问一下要到哪里申qing, 要带shenme zhengjian, 户口本he身份证行不行. 一个月多少qian. 我ba腿脚不方便出门 能不能我去代办. xiexie
""", "consultation", "no", "-", "Civil Affairs Bureau", "normal", "zh", "typos",
    phone="135 0000 9462", district="梧岗区")

add(60, "tax-deduction-parents", "eml", "2026-11-27 22:22", "Wei Zhou", "weizhou.back@example.com",
    "个税 special deductions for my parents: why \"不符合条件\"?",
    """
Hi,

I'm a returnee (back from Germany in 2024) working at a tech company here. I tried to fill in the 赡养老人 deduction in the 个人所得税 app for my father (61) and my mother (59), and I also want to claim 大病医疗 for my mom's cancer treatment this year (around 60,000 yuan out of pocket after insurance).

Questions:
1) My mom is 59. Does she count for 赡养老人, or only parents aged 60+?
2) I'm the only child, but my parents are divorced. Can I claim the full amount once, or once per parent?
3) For 大病医疗, do I enter it in March during the 年度汇算, or can I do it now?

The app just shows "不符合条件" when I try. Thanks!

Wei Zhou
""", "consultation", "no", "-", "Taxation Bureau", "normal", "en", "mixed")


# ---------------------------------------------------------------- writers

def crlf(text):
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def wrap_long(text, limit=600):
    """Keep every physical line well under RFC 5322's 998-octet limit."""
    out = []
    for line in text.split("\n"):
        while len(line.encode("utf-8")) > limit:
            cut = 0
            size = 0
            for i, ch in enumerate(line):
                size += len(ch.encode("utf-8"))
                if size > limit:
                    break
                cut = i + 1
            sp = line.rfind(" ", 0, cut)
            if sp > cut // 2:
                cut = sp + 1
            out.append(line[:cut].rstrip(" "))
            line = line[cut:]
        out.append(line)
    return "\n".join(out)


def enc(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def to_html(body, title):
    paras = body.split("\n\n")
    parts = []
    for p in paras:
        parts.append("<p>" + "<br>\n".join(html.escape(x) for x in p.split("\n")) + "</p>")
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>"
            + html.escape(title) + "</title></head>\n<body>\n"
            + "\n".join(parts) + "\n</body></html>")


def dt(when):
    return datetime.datetime.strptime(when, "%Y-%m-%d %H:%M").replace(tzinfo=TZ)


def write_eml(d, path):
    when = dt(d["when"])
    dom = d["addr"].split("@", 1)[1]
    headers = [
        ("From", formataddr((d["name"], d["addr"]), charset="utf-8")),
        ("To", "mayor@city.example"),
        ("Subject", enc(d["subject"])),
        ("Date", format_datetime(when)),
        ("Message-ID", "<%s-%03d.%s@%s>" % (W, d["n"], when.strftime("%Y%m%d%H%M"), dom)),
        ("MIME-Version", "1.0"),
    ]
    body = d["body"]
    if d["fmt"] == "eml":
        headers += [("Content-Type", "text/plain; charset=utf-8"),
                    ("Content-Transfer-Encoding", "8bit")]
        payload = wrap_long(body) + "\n"
    elif d["fmt"] == "html":
        headers += [("Content-Type", "text/html; charset=utf-8"),
                    ("Content-Transfer-Encoding", "8bit")]
        payload = wrap_long(to_html(body, d["subject"])) + "\n"
    elif d["fmt"] == "multi":
        b = "=_w17_%03d_alt" % d["n"]
        headers += [("Content-Type", 'multipart/alternative; boundary="%s"' % b)]
        payload = (
            "This is a multi-part message in MIME format.\n\n"
            "--" + b + "\n"
            "Content-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: 8bit\n\n"
            + wrap_long(body) + "\n\n"
            "--" + b + "\n"
            "Content-Type: text/html; charset=utf-8\n"
            "Content-Transfer-Encoding: 8bit\n\n"
            + wrap_long(to_html(body, d["subject"])) + "\n\n"
            "--" + b + "--\n")
    else:
        raise ValueError(d["fmt"])
    text = "".join("%s: %s\n" % h for h in headers) + "\n" + payload
    with open(path, "wb") as f:
        f.write(crlf(text).encode("utf-8"))


def write_json(d, path):
    when = dt(d["when"])
    obj = {
        "id": "%s-%03d" % (W, d["n"]),
        "submitted_at": when.strftime("%Y-%m-%dT%H:%M:00+08:00"),
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
    os.makedirs(OUT, exist_ok=True)
    for old in os.listdir(OUT):
        if old.startswith(W + "-"):
            os.remove(os.path.join(OUT, old))
    rows = ["path\tcategory\tconfidential\treason\tdepartment\tpriority\tlanguage\thard"]
    seen = set()
    for d in sorted(L, key=lambda x: x["n"]):
        assert d["n"] not in seen, d["n"]
        seen.add(d["n"])
        ext = "json" if d["fmt"] == "json" else "eml"
        fname = "%s-%03d-%s.%s" % (W, d["n"], d["slug"], ext)
        path = os.path.join(OUT, fname)
        if ext == "json":
            write_json(d, path)
        else:
            write_eml(d, path)
        rows.append("\t".join(["letters/" + fname, d["cat"], d["conf"], d["reason"],
                               d["dept"], d["prio"], d["lang"], d["hard"]]))
    assert len(seen) == 60 and seen == set(range(1, 61))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows) + "\n")


if __name__ == "__main__":
    main()
