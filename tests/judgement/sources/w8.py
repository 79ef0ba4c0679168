#!/usr/bin/env python3
"""Writer w8 -- letters for the mayorbox judgement corpus (issue 11, round b).

Run `python3 gen.py`: writes letters/ and labels.tsv next to this script.
Standard library only, deterministic (all dates are fixed in the table).
"""
import datetime
import hashlib
import html
import json
import os
import shutil
from email.header import Header
from email.utils import formataddr, format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "letters")
TZ = datetime.timezone(datetime.timedelta(hours=8))
W = "w8"

# Each letter: n, slug, fmt (eml | html | multi | json), when ("YYYY-MM-DD HH:MM"),
# sender (name, address) for e-mail, subject/title, body,
# labels: (category, confidential, reason, department, priority, language, hard)
# json letters also carry: form = dict(name, phone, email, anonymous, district)
L = []


def add(**kw):
    L.append(kw)


# ---------------------------------------------------------------- 001
add(n=1, slug="nurse-records-refilled", fmt="eml", when="2026-10-27 22:41",
    sender=("", "night.shift.rn@example.net"),
    subject="关于某区人民医院科室要求补写护理记录的情况反映",
    body="""\
市长信箱工作人员：

我是一名在公立医院工作了九年的护士，所在科室是区第三人民医院（滨河院区）心内科。下面反映的事情我犹豫了很久，最后还是决定写出来。

十月中旬医院接到通知，月底省里要来做等级评审复核。从那以后，我们科护士长连续三个晚上把当班护士留下来，要求把八月、九月缺失的夜间巡视记录、翻身记录全部“补齐”。补的方法是她拿着空白单子，按她给的时间点照抄，签上当时值班护士的名字。有两位护士那几天根本不在班上，护士长说“签谁的都一样，别给科室拖后腿”。

我想说明几点：
1. 那两个月科室确实缺人，夜班常常一个人管二十多张床，巡视做不到位是事实，但补出来的记录等于是假的；
2. 其中有一位老年患者九月曾经出现压疮，家属当时有过投诉，补写的翻身记录恰好覆盖了那几天；
3. 我们当面提出过异议，护士长的回答是“不想干可以写申请”。

我不是要和谁过不去，只希望评审看到的是真实情况，科室也能按实际补充人手。科室一共就十几个人，我写的这些，谁说的一猜就知道，恳请处理时不要从科室内部开始问起。

一名护士
2026年10月27日
""",
    labels=("complaint", "yes", "a", "Health Commission", "normal", "zh", "-"))

# ---------------------------------------------------------------- 002
add(n=2, slug="foreign-staff-social-insurance", fmt="eml", when="2026-09-03 10:15",
    sender=("Marta Okonkwo-Reyes", "m.okonkwo@lindqvist-pc.example"),
    subject="Query on social insurance enrolment for foreign employees",
    body="""\
Dear Sir or Madam,

I am the HR manager of Lindqvist Precision Components Co., Ltd., a wholly foreign-owned manufacturer that opened its plant here in 2024. We currently employ four foreign nationals on work permits, and we have received conflicting advice from our payroll agent on whether they must be enrolled in all of the social insurance schemes.

Could you clarify the following:

1. Are foreign employees required to participate in pension, medical, unemployment, work-injury and maternity insurance, or only in some of them?
2. Our German engineer is covered by the bilateral social security agreement. What certificate do we need to file, and with which office, to exempt him from the pension and unemployment contributions?
3. If we have under-contributed for the past five months because of the agent's advice, what is the procedure for making up the contributions, and will late fees apply?

We would prefer to correct this properly now rather than wait for an audit. A reference to the relevant notice, or the contact of the responsible window, would be very helpful.

Kind regards,
Marta Okonkwo-Reyes
HR Manager, Lindqvist Precision Components Co., Ltd.
Tel: +86 512 0000 7731
""",
    labels=("consultation", "no", "-", "Human Resources and Social Security Bureau", "normal", "en", "-"))

# ---------------------------------------------------------------- 003
add(n=3, slug="carpentry-crew-wages-again", fmt="eml", when="2026-10-12 20:03",
    sender=("邹立平", "zou.liping@example.com"),
    subject="再次反映：恒嘉名苑二期项目23名工人工资仍未发放",
    body="""\
您好：

我叫邹立平，是恒嘉名苑二期项目木工班组的记账员，班组长是我表哥，工人的考勤和工资表一直由我做。今年八月我们通过12345反映过拖欠工资的问题（工单号当时记的是尾号0417），九月五日收到的答复原文如下：

> 经劳动保障监察大队核实，该项目总承包单位为鸿屹建设集团有限公司，
> 已责令其于2026年9月30日前结清所欠农民工工资。下一步将持续跟踪督办。

到今天为止，总包只在九月底打过来一笔六万元，说是“先发生活费”，剩下的十八万七千多元没有下文。项目经理现在电话不接，工地门口的保安说经理调去外地项目了。

我们班组23人，多数是湖南、贵州来的，年底都要回家。我这里有完整的考勤表、每月的工资确认单（有项目部盖章）和八月份的对账记录，随时可以提供。

希望监察大队能再督促一次，或者告诉我们下一步该走什么程序，是不是可以申请从工资保证金里先行支付。

联系电话：137 0000 2286
邹立平
2026年10月12日
""",
    labels=("demand", "no", "-", "Human Resources and Social Security Bureau", "normal", "zh", "quoted"))

# ---------------------------------------------------------------- 004
add(n=4, slug="thanks-stair-light", fmt="json", when="2026-09-09 18:22",
    subject="谢谢",
    body="上周反映的楼道灯已经修好了，谢谢你们跟进。",
    form=dict(name="孙女士", phone="", email="", anonymous=False, district="沙坪区"),
    labels=("information", "no", "-", "none", "normal", "zh", "short"))

# ---------------------------------------------------------------- 005
add(n=5, slug="friday-afternoon-trips", fmt="eml", when="2026-11-02 23:17",
    sender=("", "ledger.clerk.2023@mail.example"),
    subject="一点情况，供参考",
    body="""\
您好：

我在市里某局下属的一个科室工作，入职不到三年，平时主要负责车辆派用的登记和油卡台账。本来这种事轮不到我说，但台账是我在做，越做越觉得不对劲，想了很久还是写下来。

今年五月到十月，我们科的派车单上每个周五下午基本都有一条“下乡调研”，审批人是科长本人。我对了一下同期的调研计划和会议纪要，这些周五没有一次有对应的调研记录。同一时段，油卡在青溪县城东加油站有固定的加油记录，而科长的老家就在青溪县，父母也住在那边。周一早上车回来，后备箱里常常有土特产，有一次还有一袋没拿走的化肥。

另外，ETC通行记录显示，国庆假期里有三天车也出去过，那几天没有值班派车。

我手里有派车单和油卡流水的复印件。我不知道这样算不算问题，也许是我想多了。只是这些单子都要我签字经手，将来真有什么，我说不清楚。科里就四个人，名字我就不写了。
""",
    labels=("complaint", "yes", "a", "Discipline Inspection Commission", "normal", "zh", "indirect"))

# ---------------------------------------------------------------- 006
add(n=6, slug="audible-bus-stops", fmt="eml", when="2026-09-15 08:40",
    sender=("Helen Varga", "helen.varga@brightpath.example"),
    subject="Suggestion: audible arrival announcements at bus stops",
    body="""\
Dear Mayor's Office,

I volunteer with a small group, Bright Path, that accompanies blind and low-vision residents on their errands. Over the past year we have walked with about thirty people to clinics, markets and the employment centre, and one problem comes up every single week: at a bus stop they cannot tell which bus has pulled in.

The electronic boards at the newer stops show arrival times, but only as text. Drivers are often in a hurry, and when two or three buses stop together our members either ask strangers or miss the bus altogether.

We would like to suggest:

- adding a push-button voice announcement to the electronic boards, at least on the routes that pass the two large hospitals and the disability service centre;
- asking buses to play an external announcement of the route number when the front door opens, as several other cities already do;
- including blind users when the next batch of stops is tested.

We would be glad to organise a trial walk with your staff, and our members are very willing to give feedback.

With thanks,
Helen Varga
Bright Path volunteer coordinator
""",
    labels=("suggestion", "no", "-", "Transport Bureau", "normal", "en", "-"))

# ---------------------------------------------------------------- 007
add(n=7, slug="rubber-plant-night-odour", fmt="eml", when="2026-10-05 23:36",
    sender=("晏晓雯", "yanxiaowen@example.org"),
    subject="举报：锦屏路附近橡胶厂夜间排放刺鼻气味",
    body="""\
您好，

我做财务工作，经常加班到十点多才回家，住在锦屏路北侧的云栖小区，家里有一个五岁的孩子。从九月中旬开始，几乎每天晚上十点以后，小区里就能闻到一股很冲的橡胶烧焦味，有时一直持续到凌晨两三点，关着窗也能闻到。

我们几个邻居沿着味道找过，来源应该是小区西边约八百米的一家橡胶制品厂（门口牌子是“联丰橡塑”）。白天基本闻不到，晚上烟囱冒的烟明显比白天多。

孩子最近咳嗽一直不好，业主群里也有不少老人说嗓子疼。能不能请环保部门在夜间去监测一次，查一下他们的废气处理设施有没有正常开？

我的电话：158 0000 3390，可以配合说明情况。
晏晓雯
""",
    labels=("demand", "no", "-", "Ecology and Environment Bureau", "normal", "zh", "-"))

# ---------------------------------------------------------------- 008
add(n=8, slug="lawyer-permit-delay", fmt="eml", when="2026-10-20 15:05",
    sender=("Lin Shuwen", "lin.shuwen@hengli-law.example"),
    subject="Formal complaint regarding delay in processing construction works permit application",
    body="""\
To: The Office of the Mayor, via the Mayor's Mailbox

Re: Application by Greyfield Cold Chain Logistics Co., Ltd. for a construction works permit (warehouse extension, No. 12 Tanghe Industrial Road)

Dear Sir or Madam,

We act for Greyfield Cold Chain Logistics Co., Ltd. ("our client") in connection with the above application. We write to record a complaint about the time taken to process it.

1. Our client submitted the complete application at the Government Service Hall on 4 August 2026. The acceptance notice issued that day reads, in relevant part:

   "The application materials are complete and conform to the statutory form. The application is accepted. A decision will be made within 7 working days from the date of acceptance."

2. Since then our client has received no decision, no request for supplementary materials and no notice of extension. Our client's staff have enquired at the window on four occasions and have each time been told that the file is "under internal circulation".

3. The online progress page has shown the status "Pending review" without change for eleven weeks.

We make no allegation against any individual member of staff, all of whom have been courteous. Our concern is with the process. The delay has already caused our client to forfeit a deposit to its building contractor.

We respectfully request that the Office (a) ascertain the status of the application, (b) procure a written decision or a lawful notice of extension, and (c) inform us of the reasons for the delay.

Yours faithfully,

Lin Shuwen
Partner, Heng Li Law Firm
Tel: 021-0000-6650
""",
    labels=("complaint", "no", "-", "Administrative Approval Bureau", "normal", "en", "quoted"))

# ---------------------------------------------------------------- 009
add(n=9, slug="call-record-library-holiday", fmt="eml", when="2026-09-28 14:20",
    sender=("12345热线 话务组", "duty.desk@hotline.example"),
    subject="来电记录：市图书馆国庆期间开放时间咨询",
    body="""\
【来电记录】
受理时间：2026年9月28日 14:06
来电人：刘先生（未留电话）
内容：来电人称计划国庆期间带孩子去市图书馆新馆（文澜路）借书，询问10月1日至7日是否正常开放、少儿阅览室几点开门，以及是否需要提前在网上预约座位。来电人表示图书馆官网首页公告较多，未找到相关说明。
处理：当班话务员已告知将转相关单位核实后答复。
话务员：工号2207
""",
    labels=("information", "no", "-", "Culture and Tourism Bureau", "normal", "zh", "-"))

# ---------------------------------------------------------------- 010
add(n=10, slug="provident-fund-rent", fmt="eml", when="2026-09-22 12:48",
    sender=("闻嘉", "wenjia.audit@example.net"),
    subject="租房提取住房公积金的条件咨询",
    body="""\
您好，

我在一家会计师事务所做审计，今年三月从外省调过来，目前和同事合租在南湖街道的一套房子里，房东只给了手写的租房协议，没有办理租赁备案。

想咨询：
一、没有备案的租房，能不能按租房提取公积金？每年最多能提多少？
二、如果必须备案，房东常年不在本地，是否可以由承租人单独去办？
三、我的公积金账户是今年四月才开始在本市缴存的，之前在外省缴了四年，是否需要先把外省的转移过来才能提取？

谢谢解答。
闻嘉　139 0000 8845
""",
    labels=("consultation", "no", "-", "Housing and Urban-Rural Development Bureau", "normal", "zh", "-"))

# ---------------------------------------------------------------- 011
add(n=11, slug="landlord-cut-power", fmt="eml", when="2026-10-13 21:10",
    sender=("冯", "feng.ziliao@site-docs.example"),
    subject="房东断水断电、扣押金，请求帮助",
    body="""\
你们好，

我在一家建筑公司做资料员，去年带着老婆孩子租住在坝头村东头的一栋四层自建房里，每月房租一千二，押金两个月。上个月房东说要把整栋楼租给一家电商仓库，让我们十五天内搬走。合同是到明年六月的，我们没同意，他就在十月九号把我们那一层的水电都停了，说“住不下去自然就走了”。

现在晚上只能用充电台灯，孩子写作业很困难，做饭要到工地食堂去打。房东还说押金不退，因为是我们“违约”。

我们问过村里，房东是村委会主任的亲侄子，村里的人都劝我们算了。我不想闹大，只想要么恢复水电住到合同到期，要么按合同把押金退给我们、给一点找房子的时间。孩子在村小上三年级，我担心事情闹开了，以后我们在村里待不下去，孩子上学也要受影响。

请问这种情况能不能请住建部门或者街道出面协调？
冯先生　185 0000 6612
""",
    labels=("demand", "yes", "c", "Housing and Urban-Rural Development Bureau", "normal", "zh", "-"))

# ---------------------------------------------------------------- 012
add(n=12, slug="lawyer-checkpoint-force", fmt="eml", when="2026-09-24 11:30",
    sender=("Chen Yu-ting", "yt.chen@meridianharbour.example"),
    subject="Complaint concerning the conduct of a traffic police officer on 19 September 2026",
    body="""\
Dear Sir or Madam,

We are instructed by Mr. Daniel Achterberg, a Dutch national resident in this city, to raise a formal complaint about the treatment he received at a traffic checkpoint on Xiangyun Avenue, near its junction with Beiwan Road, at about 21:40 on 19 September 2026.

Our client's account, which is supported by two witnesses and by dashcam footage in our possession, is as follows:

1. Our client was stopped for a document check. He produced his driving licence, residence permit and vehicle registration certificate.
2. The officer, whose shoulder number ended in 417, asked him to step out of the car. When our client asked, in Chinese, the reason for the stop, the officer took hold of his arm, pushed him against the side of the car and took the mobile phone from his hand.
3. The phone was returned about forty minutes later. A video our client had started recording had been deleted. No ticket, seizure notice or written record was issued.
4. Our client sustained bruising to his left forearm, documented at a clinic the following morning.

Our client does not dispute that he was lawfully stopped. He objects to the use of force and to the deletion of his recording.

We request that the matter be investigated, that the officer's body-camera footage for that evening be preserved, and that our client be informed of the outcome. We would be grateful for an acknowledgement of receipt.

Yours faithfully,
Chen Yu-ting
Associate, Meridian Harbour Law Offices
+86 20 0000 3158
""",
    labels=("complaint", "yes", "a", "Public Security Bureau", "normal", "en", "-"))

# ---------------------------------------------------------------- 013
add(n=13, slug="after-school-hours", fmt="json", when="2026-09-11 21:05",
    subject="关于小学课后服务时段调整的建议",
    body="""\
我是一名公办小学的数学老师，参加课后服务两年了。现在课后服务统一到下午五点半结束，但不少双职工家长六点半以后才能来接，很多孩子五点半以后就在校门口的小饭桌、文具店里等，安全上让人担心。

建议：
1.允许学校根据家长需求，自愿报名增设一个到六点半的“延时看护”时段，以阅读、体育活动为主，不上新课；
2.这一时段可以引入退休教师、高校志愿者参与，减轻在职老师的负担；
3.课后服务的补助标准几年没调，建议按实际时长核算，老师们才愿意长期参与。

以上是个人的一点想法，供教育部门参考。""",
    form=dict(name="杜老师", phone="176 0000 5520", email="", anonymous=False, district="北仓区"),
    labels=("suggestion", "no", "-", "Education Bureau", "normal", "zh", "-"))

# ---------------------------------------------------------------- 014
add(n=14, slug="basement-gas-smell", fmt="eml", when="2026-11-10 10:24",
    sender=("欧阳振", "ouyang.safety@huayu-build.example"),
    subject="紧急：长岭路华屿中心地下车库持续有浓烈燃气味",
    body="""\
现在是上午十点二十分。我是长岭路在建华屿中心项目的安全员，我们工地和隔壁的“明珠美食城”共用一个地下车库通道。从九点多开始，车库负二层B区就有很浓的燃气味，而且越来越重，我们已经把工人全部撤到地面，拉了警戒带。

美食城的后厨在负一层，我们怀疑是他们的燃气管道或者瓶组间漏气。他们的值班人员说“没事，一直有点味道”，不让我们进去看。

燃气公司的抢修电话已经打了，说在路上。请应急部门尽快派人过来，车库里还停着不少私家车，楼上美食城中午就要开门营业。

联系人：欧阳振　手机 150 0000 7764
""",
    labels=("demand", "no", "-", "Emergency Management Bureau", "high", "zh", "-"))

# ---------------------------------------------------------------- 015
add(n=15, slug="legal-aid-address", fmt="multi", when="2026-10-17 09:55",
    sender=("Priya Ramanathan", "priya.r@riverside-home.example"),
    subject="Address and opening hours of the legal aid centre",
    body="""\
Hello,

I volunteer at a weekend drop-in for delivery riders and construction workers run by the Riverside Workers' Home. Several of the men we see have questions about unpaid wages and work injuries, and we would like to point them to the municipal legal aid centre rather than to paid "agents".

Could you tell me:
- the current address of the legal aid centre (we have heard it moved out of the old Justice Bureau building);
- its opening hours, and whether it is open on Saturdays;
- whether there is a hotline number they can call first.

If there are printed leaflets we could collect and hand out, even better.

Thank you,
Priya Ramanathan
Riverside Workers' Home (volunteer)
""",
    labels=("information", "no", "-", "Justice Bureau", "normal", "en", "-"))

# ---------------------------------------------------------------- 016
add(n=16, slug="five-times-recorded", fmt="eml", when="2026-10-30 16:12",
    sender=("柴建国", "chai.jianguo@example.com"),
    subject="给12345点个赞：五次“已记录”",
    body="""\
市长您好：

必须表扬一下12345热线的记录能力。同一个问题——我们小区门口那段人行道被挖开两个月没人回填——我从八月到现在一共打了五次电话，每一次接线员都非常礼貌地告诉我“已经为您记录，会尽快转交相关部门”。五次，一次不落，全部记录在案，效率之高令人佩服。

唯一的小遗憾是，记录完以后就再也没有然后了。没有回电，没有短信，工单查询页面显示“办理中”，已经显示了六十三天。我做了十几年财务，知道“记账”和“结账”是两回事，看来热线目前只负责前一半。

我不想追究哪位接线员，他们态度都没问题。我想问的是：转出去的单子到底有没有人跟？超期了有没有人管？如果能告诉我那个坑归谁填，我可以自己去找。

东园路　柴建国
电话：0571-0000-2293
""",
    labels=("complaint", "no", "-", "Municipal Government Office", "normal", "zh", "sarcasm"))

# ---------------------------------------------------------------- 017
add(n=17, slug="seconded-staff-yibao", fmt="eml", when="2026-10-22 13:37",
    sender=("Kevin Tsang", "kevin.tsang@orrin-consult.example"),
    subject="Cross-region medical settlement for seconded staff — 异地就医备案 question",
    body="""\
Hi,

I handle HR for a mid-sized engineering consultancy here. From November we are seconding six employees to a project in Guizhou for about eight months. Their 医保 stays with our city.

My questions:
1. Should they register 异地就医备案 as 异地工作人员 (long-term posted staff) or as temporary 外出就医? Which one lets them settle 门诊 outpatient bills directly over there?
2. Can the 备案 be done entirely on the national 医保服务平台 app, or does the employer need to provide a 派驻证明 with the company chop?
3. If one of them sees a doctor before the 备案 is approved, can they still claim afterwards — 先垫付后报销?

Thanks a lot,
Kevin Tsang
HR & Admin, Orrin Consulting
Tel 186-0000-4471
""",
    labels=("consultation", "no", "-", "Healthcare Security Bureau", "normal", "en", "mixed"))

# ---------------------------------------------------------------- 018
add(n=18, slug="old-estate-lift-three-weeks", fmt="eml", when="2026-10-29 09:02",
    sender=("郝淑琴", "haoshuqin1955@example.net"),
    subject="柳荫里小区7号楼电梯停运三周，另反映楼道照明",
    body="""\
您好！

我是一名退休的中学语文老师，住在柳荫里小区7号楼15层，今年七十一岁，老伴腿脚不便。我们这栋楼的两部电梯，一部去年就贴了“停用”，剩下的一部从十月八号坏到今天，已经三周了。

物业公司（恒安物业）的说法是：电梯要换主板，配件要厂家发货，动用维修资金要业主签字，签字不够三分之二。可是签字表我们都签了，他们收走以后又说要重新打印一版。楼里七八十岁的老人有十几户，现在下楼一趟要歇四五次，上周有位老人去医院，是120的人背下去的。

请有关部门督促物业尽快修好电梯，至少先把能修的那一部修起来。维修资金的手续如果卡在哪里，也请告诉我们该怎么办。

另外顺便说一下，七号楼楼道的声控灯有一半不亮，晚上上下楼很危险，也希望一并处理。

联系电话：0531-0000-8820
郝淑琴
""",
    labels=("demand", "no", "-", "Housing and Urban-Rural Development Bureau", "normal", "zh", "two-intents"))

# ---------------------------------------------------------------- 019
add(n=19, slug="physics-teacher-paid-classes", fmt="eml", when="2026-10-21 22:58",
    sender=("", "grade8.colleague@example.org"),
    subject="反映市第十九中学一位教师课外有偿补课问题",
    body="""\
尊敬的市长信箱：

我是市第十九中学的一名在编教师。写这封信不是一时冲动，而是看到学生家长的无奈，实在忍不下去。

我校初二年级一位物理老师，姓蒋，担任两个班的物理课和一个班的班主任。从本学期开学起，他在学校对面的“知行书苑”二楼每周二、四晚上和周六全天开班，每人每期收费两千八百元。他在课堂上多次说“重点题型周六会讲”，平时作业里有一部分题目只有去上课的学生才会做。有家长私下告诉我，不报名的孩子在课上被点名批评“跟不上就别拖后腿”。

上周的月考，物理卷有四道大题和他补习班的讲义几乎一字不差，我这里有讲义的照片。

我知道在职教师有偿补课是明令禁止的，也相信教育局会依规处理。我们是同一个年级组，抬头不见低头见，这封信请不要转到学校，也请不要说是同事反映的。
""",
    labels=("complaint", "yes", "a", "Education Bureau", "normal", "zh", "-"))

# ---------------------------------------------------------------- 020
add(n=20, slug="thanks-stroke-team", fmt="eml", when="2026-10-16 19:45",
    sender=("Thomas Leung", "t.leung@wenhai-fls.example"),
    subject="Thank you to the ambulance crew and emergency team, 2 October",
    body="""\
Dear Mayor,

I teach at Wenhai Foreign Language School, and I would like to put on record my family's thanks to the staff of the Municipal Central Hospital.

On the evening of 2 October my father collapsed at home with what turned out to be a stroke. The ambulance arrived in under twelve minutes. The doctor on board, whose badge read Dr. Qiu Lanfang, explained to my mother in calm, simple words what she was doing, and phoned ahead so that the stroke team was waiting at the door. In the emergency department, Dr. Bai and the nurses were working through a holiday night with a full waiting room and still found time to tell us what was happening at each step.

My father is now in rehabilitation and can speak again. I know hospital staff usually hear from the public only when something goes wrong, so please pass our gratitude on to them and to their department.

With sincere thanks,
Thomas Leung
""",
    labels=("information", "no", "-", "Health Commission", "normal", "en", "-"))

# ---------------------------------------------------------------- 021
add(n=21, slug="gym-closed-membership", fmt="json", when="2026-10-11 22:30",
    subject="健身房突然关门，membership卡没法退",
    body="""\
我在“铁力健身”星汇店办了一张两年的membership，九月初刚续的费，6880元。十月十号去的时候门口贴了一张A4纸，说“门店升级装修，会员可到其他门店使用”，可是他们在本市根本没有别的门店。前台和教练的微信都把我删了，私教课还剩十八节没上。

我们会员群里有两百多人，粗算被卷走的钱有几十万。店长之前一直在群里推“年终特惠”，现在看来是关店前最后割一波。希望市场监管部门查一下，能不能帮我们refund，或者至少让老板出来给个说法。
收据和续费的转账记录我都有。""",
    form=dict(name="龚楠", phone="133-0000-9057", email="gongnan@mail.example", anonymous=False, district="临江区"),
    labels=("demand", "no", "-", "Market Regulation Administration", "normal", "zh", "mixed"))

# ---------------------------------------------------------------- 022
add(n=22, slug="inherited-flat-title", fmt="eml", when="2026-09-18 10:06",
    sender=("卫家豪", "weijiahao@example.com"),
    subject="咨询继承房产过户登记所需材料",
    body="""\
您好：

我父亲于２０２５年１１月去世，名下有一套位于枫林路１８号Ｃ栋３０２室的住房（不动产权证号尾号０６３１）。母亲早年已过世，继承人为我和弟弟两人，我弟弟目前在国外工作。

请问：
１、办理继承转移登记，是否必须先办继承公证？还是可以直接到不动产登记中心现场申请？
２、我弟弟人在国外，能否委托我代办？委托书需要在当地使馆办理认证吗？
３、过户后如果我们兄弟两人各占５０％，以后出售时是否需要两人同时到场？

麻烦告知，谢谢！
卫家豪　ＴＥＬ：１３９　００００　５１７３
""",
    labels=("consultation", "no", "-", "Natural Resources and Planning Bureau", "normal", "zh", "fullwidth"))

# ---------------------------------------------------------------- 023
add(n=23, slug="exit-entry-booking-fails", fmt="eml", when="2026-10-19 17:20",
    sender=("Sabine Mwangi-Hart", "sabine.hart@quillstone.example"),
    subject="Exit-Entry appointment system: repeated failures",
    body="""\
Dear Sir/Madam,

I manage HR for a software company with eleven foreign employees, and I am writing about the online appointment system for residence permit renewals at the Exit-Entry Administration.

Since mid-September the system has failed in the same way for every one of our staff: after the documents are uploaded and a time slot is chosen, the page returns "system busy" and the slot disappears. On the three occasions we did manage to book, the appointment was cancelled by text message the day before, without a reason. When we went to the hall in person on 14 October, we were told that walk-ins are no longer accepted and that we should "keep trying online".

Two of our engineers now have permits expiring within three weeks. They cannot travel, and one has had to cancel a family visit.

I want to be clear that the officers we met at the hall were polite and did what they could. The problem is the booking system, and the lack of any fallback when it fails. Could the Bureau please (1) fix the booking system, (2) offer a telephone or walk-in channel for permits close to expiry, and (3) tell us what to do in the meantime?

Regards,
Sabine Mwangi-Hart
People Operations Lead, Quillstone Software
""",
    labels=("complaint", "no", "-", "Public Security Bureau", "normal", "en", "-"))

# ---------------------------------------------------------------- 024
add(n=24, slug="no-social-insurance-anon", fmt="json", when="2026-11-04 23:48",
    subject="公司连续八个月没交社保",
    body="""\
我在本市一家做电梯配件的公司上班，公司大约六十个人。今年三月以后，公司就没有给员工交社保了，但工资条上每个月照样扣个人那部分。我上个月去医院看病，刷医保卡才发现已经停缴了，去问人事，人事说“公司资金紧张，过段时间一起补”。

同事们怕被辞退，没人敢出头。公司叫“瑞升机电配件有限公司”，在高新区创业三路。请社保部门去查一下，让公司把扣了的钱交上去。我选了匿名，因为公司就这么点人，查出来是谁说的很容易。""",
    form=dict(name="", phone="", email="", anonymous=True, district="高新区"),
    labels=("demand", "yes", "b", "Human Resources and Social Security Bureau", "normal", "zh", "-"))

# ---------------------------------------------------------------- 025
add(n=25, slug="rest-points-outdoor-workers", fmt="eml", when="2026-09-07 14:33",
    sender=("石佳蕙", "jiahui.shi@nuanyi.example"),
    subject="建议在主干道沿线设置户外劳动者休息点",
    body="""\
市长您好：

我是“暖驿”公益小组的志愿者。今年夏天我们在几条主干道做了一次调查，问了一百二十多位环卫工人、外卖骑手和快递员，他们最集中的需求其实很简单：有地方喝口热水、上个厕所，中午能坐下来歇十分钟。

目前城区的“爱心驿站”大多设在银行网点和社区服务中心里，工作日下午五点就关门，外卖骑手最需要的晚餐高峰和夜间根本用不上；有的驿站在二楼，环卫工人推着车进不去。

几点建议：
一、优先利用现有的公共厕所、环卫工具房改造，加装饮水机、微波炉和几把椅子，做到二十四小时开放；
二、在常用的地图App上统一标注位置；
三、鼓励沿街商户挂牌加入，在“门前三包”考核中给予一定加分。

我们小组愿意协助做点位调查和后期回访。

志愿者　石佳蕙
""",
    labels=("suggestion", "no", "-", "Urban Management Bureau", "normal", "zh", "-"))

# ---------------------------------------------------------------- 026
add(n=26, slug="dibao-window-reply-disputed", fmt="eml", when="2026-10-14 20:26",
    sender=("尹晴", "yinqing.sw@example.net"),
    subject="对“经核实工作人员态度良好”的答复不认可",
    body="""\
您好，

我是一家社工机构的志愿者，平时协助残障家庭办理救助申请。九月份我陪同居民温阿姨（肢体二级残疾，独居）去青禾街道社会事务办申请低保，当时受理的是一位男性工作人员，胸牌写着“社会救助岗　杜”。他翻了翻材料说“有手有脚的，儿子又不是没有”，就把材料推了回来，也不出具不予受理的书面说明。温阿姨当场就哭了。

我们九月二十日通过市长信箱反映，十月九日收到的回复是：

“经街道核实，当日窗口工作人员按规定进行了政策解释，态度良好，不存在拒绝受理的情况。申请人可补齐材料后重新申请。”

这个答复我们不认可：
第一，温阿姨的儿子离婚多年，户口在外省，不共同生活，材料里附了说明；
第二，我当天全程在场，工作人员确实没有接收材料，也没有告诉我们缺什么；
第三，回复之前没有任何人联系过温阿姨或者我。

希望民政部门重新调查，调取当天窗口的监控，并让温阿姨的申请能正常受理。

陪同志愿者　尹晴
电话 189 0000 1365
""",
    labels=("complaint", "yes", "a", "Civil Affairs Bureau", "normal", "zh", "quoted"))

# ---------------------------------------------------------------- 027
add(n=27, slug="night-bus-last", fmt="eml", when="2026-11-12 22:14",
    sender=("", "xq_0815@example.org"),
    subject="夜班公交",
    body="请问到高铁东站的夜班车末班几点？从人民广场坐。\n",
    labels=("information", "no", "-", "Transport Bureau", "normal", "zh", "short"))

# ---------------------------------------------------------------- 028
add(n=28, slug="sewage-outside-kindergarten", fmt="eml", when="2026-10-27 08:15",
    sender=("Owen Fairbairn", "facilities@harbourview-kg.example"),
    subject="Sewage overflow on Cuiwei Lane outside our kindergarten gate",
    body="""\
Dear Sir or Madam,

I am the facilities manager at Harbourview International Kindergarten, No. 6 Cuiwei Lane. For the past nine days the manhole at the corner of Cuiwei Lane and Shuiyun Street, about fifteen metres from our front gate, has been overflowing with sewage whenever it rains, and for several hours every morning even when it does not.

Our 180 children and their parents walk past it each morning. The smell reaches the classrooms and we have had to keep the windows on the south side closed. We called the number on the manhole cover on 21 and 24 October; both times we were told a crew would come, and nobody did.

We would be grateful if the drainage authority could inspect the sewer line and clear the blockage, and in the meantime put a barrier around the manhole. We are happy to let the crew use our side entrance for equipment.

Best regards,
Owen Fairbairn
Facilities Manager
+86 755 0000 2418
""",
    labels=("demand", "no", "-", "Water Affairs Bureau", "normal", "en", "-"))

# ---------------------------------------------------------------- 029
add(n=29, slug="steel-platform-permit", fmt="eml", when="2026-09-25 11:11",
    sender=("钟晓峰", "zhongxf@decor-works.example"),
    subject="厂房内部加建钢平台是否需要办理施工许可？",
    body="""\
您好，

我是一家装饰工程公司的项目报建专员。我们承接了开发区一家食品企业的厂房内部改造：在原有单层钢结构厂房内加建一层钢平台作为办公区（约六百平方米），同时改造消防喷淋系统，合同造价约三百二十万元。

业主方认为这属于内部装修，不需要办施工许可；我们公司担心以后竣工验收和消防备案出问题。想请教：

1. 在既有厂房内加建钢平台，是否属于必须办理施工许可证的范围？
2. 如果需要，在政务服务中心哪个窗口办理，能否全程网办？材料里施工图审查合格书是否必须提供？
3. 消防设计审查是和施工许可一起受理，还是需要先单独办理？

谢谢！
报建专员　钟晓峰
手机：186 0000 9034
""",
    labels=("consultation", "no", "-", "Administrative Approval Bureau", "normal", "zh", "-"))

# ---------------------------------------------------------------- 030
add(n=30, slug="journalist-township-contracts", fmt="html", when="2026-09-30 18:50",
    sender=("Ivy Chan", "ivy.chan@pressroom.example"),
    subject="Possible undeclared conflict of interest in Dongpo Township school repair contracts",
    body="""\
Dear Sir or Madam,

I am a reporter with the city edition of a regional newspaper. While researching a story on the renovation of rural primary schools, I came across information that I believe should be examined by the appropriate authority before anything is published.

In brief:

1. Between March and August 2026, Dongpo Township awarded three contracts for school roof repairs and playground resurfacing, totalling about 2.6 million yuan, to Hexin Building Services Co., Ltd.
2. Company registration records list the legal representative of Hexin as Ms. Tan Meiling. Ms. Tan's husband, Mr. Luo Jianhua, is the deputy head of Dongpo Township responsible for procurement and construction projects, and he signed the acceptance reports for all three contracts.
3. Two of the three tenders attracted only two bidders. In both cases the other bidder shares a registered address with Hexin.
4. I have found no record that Mr. Luo declared the relationship or stood aside from the decisions.

I hold copies of the tender notices, the award announcements and the registration extracts, and can provide them. I would ask that my name and my newspaper not be mentioned to the township while any inquiry is under way, as I still need to speak to people there for other reporting.

Yours faithfully,
Ivy Chan
Reporter
""",
    labels=("complaint", "yes", "a", "Discipline Inspection Commission", "normal", "en", "-"))

# ---------------------------------------------------------------- 031
add(n=31, slug="harbour-road-lights-out", fmt="eml", when="2026-11-06 00:37",
    sender=("", "laoliu.yeban@example.com"),
    subject="路灯坏了块一个月了",
    body="""\
你好，我是在开发区一个工地上上夜班的，每天晚上十一点多骑电瓶车下班，走的是港城大道往东那段，从闸口桥到物流园那个红路灯中间，大概有一公里多，路灯全部不亮，已经块一个月了。
那段路晚上大货车很多，又没有非机动车到隔离，黑呼呼的啥也看不见，上个礼拜我们一个工友就差点被刮到，车把都刮弯了。
打听了一下说是电缆被人偷了，不知道真的假的。麻烦你门派人来看看，早点修好，在这样下去迟早要出事。谢谢了
电话13800006619
""",
    labels=("demand", "no", "-", "Urban Management Bureau", "normal", "zh", "typos"))

# ---------------------------------------------------------------- 032
add(n=32, slug="english-hotline-channel", fmt="eml", when="2026-10-02 10:40",
    sender=("Rachel Ambrose", "rachel.ambrose@newsdesk.example"),
    subject="Suggestion: an English channel for the 12345 hotline and the mailbox",
    body="""\
Dear Mayor's Office,

I am a British journalist who has lived here for six years, and I sit on the volunteer committee of an expatriate parents' association with about four hundred member families.

Our members often do not know where to turn with everyday problems: a noisy building site, a question about a residence permit, a billing dispute with a landlord. Most of them try the 12345 hotline once, meet a Chinese-only voice menu, and give up. The online mailbox form is only in Chinese as well.

May I suggest:
1. an English option in the hotline's voice menu, even if only during office hours;
2. an English version of the online form, with a note that letters in English are accepted;
3. a short bilingual leaflet on what the hotline can handle, which our association would gladly circulate.

This would save your staff time too, since many of the questions we field are simple and could be answered once, for everyone.

Kind regards,
Rachel Ambrose
""",
    labels=("suggestion", "no", "-", "Municipal Government Office", "normal", "en", "-"))

# ---------------------------------------------------------------- 033
add(n=33, slug="bbq-shed-on-pavement", fmt="eml", when="2026-09-20 21:52",
    sender=("", "fuxing.optical@example.net"),
    subject="福兴街一烧烤店违建玻璃棚占用人行道",
    body="""\
您好：

我在福兴街开一家小眼镜店，已经七年了。今年八月，隔壁的烧烤店在店门口人行道上搭了一个钢架玻璃棚，三米多宽，把整段人行道都占了，行人只能走到机动车道上去；晚上棚子里摆十几张桌子，油烟和炭火就在我店门口。

我找烧烤店老板说过两次，他说“有本事你去告”。听街上的人讲，他舅舅是社区居委会的副主任，之前城管来过一次，看了看就走了。

我还要在这条街上做生意，房东也是本地人，和他们家都认识。我最担心的是反映以后，我的店被他们找各种理由为难，或者明年房东不再续租给我。即便这样，我还是希望城管部门依法处理这个违建棚子，把人行道还给行人。
""",
    labels=("demand", "yes", "c", "Urban Management Bureau", "normal", "zh", "-"))

# ---------------------------------------------------------------- 034
add(n=34, slug="museum-school-group", fmt="json", when="2026-10-28 07:58",
    subject="Group booking at the City Museum for 40 students",
    body="Hello, I teach geography at an international high school. We would like to bring 40 Year 10 students and 4 teachers to the City Museum on a weekday in late November. Is there a group reservation channel for schools, how far in advance must we book, and is an English-speaking guide available? Also, do the students need to bring their passports, or will a letter from the school be enough? Thank you.",
    form=dict(name="Gareth Olsen", phone="+86 138 0000 2754", email="g.olsen@pinecrest.example", anonymous=False, district="Lanting District"),
    labels=("information", "no", "-", "Culture and Tourism Bureau", "normal", "en", "-"))

# ---------------------------------------------------------------- 035
add(n=35, slug="training-fee-deductions", fmt="eml", when="2026-09-29 23:05",
    sender=("J. Wen", "j.wen.acct@example.org"),
    subject="A question about \"training fee\" deductions",
    body="""\
Dear Sir or Madam,

I work in the finance department of a medium-sized logistics company in the Beigang area. I have been in accounting for twelve years, and I am writing because something in our payroll has been troubling me for several months.

Since May, every new warehouse hire has signed a "training service agreement" on the first day. The agreement is presented as routine paperwork. My job is to process the payroll, so I see the numbers: each new worker's first three monthly salaries are reduced by 1,500 yuan, recorded as "training fee recovery", and the money is paid to a consulting company that, as far as I can tell, has no staff and shares an office with our general manager's wife. Workers who leave before six months also forfeit a further "deposit". About 140 people have been through this so far, most of them from out of province, and very few of them read the agreement.

Perhaps there is a legal basis for this that I am not aware of. If there is not, I believe the workers are owed that money, and I would like the labour authorities to look at it. The company is Beigang Fenghe Supply Chain Management Co., Ltd.

I am the only person who prepares these payroll reports. I have a mortgage and a daughter in her first year at university. I am writing anyway.

Regards,
J. Wen
""",
    labels=("demand", "yes", "c", "Human Resources and Social Security Bureau", "normal", "en", "indirect"))

# ---------------------------------------------------------------- 036
add(n=36, slug="talent-children-enrolment", fmt="eml", when="2026-11-09 15:27",
    sender=("覃蕾", "hr.qinlei@chenxi-bio.example"),
    subject="引进人才子女入学政策咨询",
    body="""\
您好，

我是一家生物医药企业的人力资源经理。公司今年通过市里的高层次人才计划引进了三位研发负责人，其中两位的孩子明年秋季要上小学一年级，另一位的孩子要转学进初二。

几位专家的户籍还在外省，目前在本市租房居住，购房手续预计明年上半年才能办完。想请教：
1. 引进人才子女入学，是按人才认定层级统筹安排学校，还是仍然按居住地所在学区划片？
2. 需要提交哪些材料？人才认定证书、劳动合同、社保缴纳证明是否都需要？由单位统一申报还是家长个人申请？
3. 初二转学是否有名额限制，一般什么时间受理？

麻烦告知具体的办理部门和时间节点，我们好提前准备。谢谢！

晨曦生物　人力资源部　覃蕾
电话：0755-0000-6172
""",
    labels=("consultation", "no", "-", "Education Bureau", "normal", "zh", "-"))

# ---------------------------------------------------------------- 037
add(n=37, slug="reimbursement-progress", fmt="json", when="2026-11-18 12:09",
    subject="医保报销多久能到帐",
    body="你好，我爸上个月在外地住院，回来以后七号在医保中心交了手工报消的材料，窗口说要一到三个月。想问一下现在能不能在网上查到进度？要是材料那里不对会不会打电话通知？还有钱是直接打到我爸的社保卡上还是银行卡上，他有两张卡不知道是那张。谢谢",
    form=dict(name="包先生", phone="131 0000 7408", email="", anonymous=False, district="东湖区"),
    labels=("consultation", "no", "-", "Healthcare Security Bureau", "normal", "zh", "typos"))

# ---------------------------------------------------------------- 038
add(n=38, slug="plot-b7-power-connection", fmt="eml", when="2026-11-05 09:20",
    sender=("Anders Kjeldsen", "a.kjeldsen@nordhavn-coatings.example"),
    subject="Request for coordination: delayed power connection to Plot B-7 under investment agreement",
    body="""\
Dear Sir or Madam,

I write on behalf of Nordhavn Marine Coatings (China) Co., Ltd., which signed an investment agreement with the Linhai Economic Development Zone Administrative Committee in January 2026 for a coatings plant with a planned investment of USD 38 million.

Under clause 5 of the agreement, the site (Plot B-7) was to be handed over with road, water and power connections and with the site levelled by 30 June 2026. As of today:

- the access road is complete;
- the water connection is complete;
- the 10 kV power connection has not been made. The grid company tells us it is waiting for the zone to complete a cable trench of about 400 metres.

Our equipment is due to arrive from Denmark in mid-December, and our construction contractor is on standby at our cost. We have raised this with the zone's project office on several occasions and have received assurances, but no date.

We would be grateful if the Commerce and Investment Promotion Bureau could coordinate between the zone committee and the grid company and obtain a firm timetable for the power connection.

Yours sincerely,
Anders Kjeldsen
General Manager
Tel: +86 576 0000 8120
""",
    labels=("demand", "no", "-", "Commerce and Investment Promotion Bureau", "normal", "en", "-"))

# ---------------------------------------------------------------- 039
add(n=39, slug="praise-shiqiao-officer", fmt="eml", when="2026-10-18 11:44",
    sender=("穆小雨", "muxiaoyu@example.com"),
    subject="感谢石桥派出所民警！！",
    body="""\
市长您好！！

我写这封信是想表扬石桥派出所的社区民警申国梁同志．．．

１０月１４号傍晚，我七十九岁的外公（有轻度老年痴呆）一个人出门后走丢了，我们全家找了三个多小时都没找到，急得不行～～报警以后，申警官带着两个辅警调监控、骑电动车沿着河边一路找，晚上十一点多在离家五公里外的一个公交站找到了外公，当时外公穿得很少，已经冻得发抖。申警官还把自己的外套脱下来给外公披上！！

事后我们想送锦旗，他说“这是应该的，下次给老人衣服里缝个联系卡”。我们真的非常感激，希望领导能知道有这样的好民警☆☆

——市民　穆小雨
""",
    labels=("information", "no", "-", "Public Security Bureau", "normal", "zh", "fullwidth"))

# ---------------------------------------------------------------- 040
add(n=40, slug="call-record-nurse-phone", fmt="eml", when="2026-11-03 09:31",
    sender=("12345热线 话务组", "night.shift@hotline-ops.example"),
    subject="来电记录：反映市第二人民医院护士输液期间看手机未及时处置",
    body="""\
【12345来电记录】
受理时间：2026年11月3日 08:47
来电人：廖女士，电话 135 0000 4186（同意回访）
来电人反映：其母亲（76岁）自11月1日起在市第二人民医院老年病科住院。11月2日晚约21时输液期间出现回血、针头处肿胀，来电人按呼叫铃约十分钟无人应答，到护士站发现当班一名护士（来电人称胸牌姓“柏”，二十多岁）坐在护士站内看手机短视频，另一名护士不在岗。来电人上前询问，该护士称“等一下，这个看完”，之后才前往处理。来电人母亲手背至今青肿。
来电人诉求：要求医院核实当晚护理人员在岗情况，对相关护士进行处理，并向其母亲道歉。
来电人另称：母亲仍在该科住院，希望处理时注意方式，不要影响后续治疗。
话务员：工号3115
""",
    labels=("complaint", "yes", "a", "Health Commission", "normal", "zh", "-"))

# ---------------------------------------------------------------- 041
add(n=41, slug="orchard-cold-storage", fmt="json", when="2026-09-26 16:40",
    subject="建议在果区建设小型产地冷藏点",
    body="""\
我是农业大学派驻梨树沟一带的志愿服务队成员，这两个月在几个村帮果农做电商直播。发现一个很实际的问题：今年秋梨丰收，但村里没有冷库，梨摘下来只能在三五天内卖掉，卖不掉的只好按几毛钱一斤给收购商。
建议：
1.以乡镇为单位，建几处小型产地冷藏点，由村集体或合作社运营，农户按量付费；
2.把冷藏点和快递收发点放在一起，方便电商发货；
3.农机购置补贴里，能否对合作社购买小型冷藏设备给予一定比例的补助。
这样既能稳住价格，也能留住愿意回村做电商的年轻人。""",
    form=dict(name="芮一鸣", phone="", email="ruiyiming@campus.example", anonymous=False, district="柏岭县"),
    labels=("suggestion", "no", "-", "Agriculture and Rural Affairs Bureau", "normal", "zh", "-"))

# ---------------------------------------------------------------- 042
add(n=42, slug="metro-site-night-piling", fmt="eml", when="2026-11-01 07:12",
    sender=("Li Wenjie", "liwenjie.teach@example.com"),
    subject="Night-time noise from the Line 6 works at Qianhe Road, and a question",
    body="""\
Dear Sir or Madam,

I teach at a public secondary school and live in Block 3 of Qianhe Garden, directly opposite the Line 6 station works on Qianhe Road.

Since 15 October the site has been running piling rigs and concrete pumps until two or three in the morning almost every night, Sundays included. The noise is loud enough to rattle our windows. I have exam classes to teach at eight, and my neighbours include a newborn baby and a man recovering from heart surgery.

I understand the metro has to be built and I am not asking for the works to stop. I am asking for night work to be kept within the permitted hours, for the noisiest equipment to be switched off at night, and for someone to measure the noise at our building.

I would also like to know whether the contractor actually holds a permit for night-time construction on these dates, and if so until when, because the site hoarding shows no notice.

Thank you,
Li Wenjie (Ms.)
Qianhe Garden, Block 3
139-0000-6205
""",
    labels=("demand", "no", "-", "Ecology and Environment Bureau", "normal", "en", "two-intents"))

# ---------------------------------------------------------------- 043
add(n=43, slug="red-invoice-cross-year", fmt="eml", when="2026-10-09 14:02",
    sender=("任", "ren.bookkeeping@example.net"),
    subject="关于跨年度部分退货开具红字发票及所得税处理的咨询",
    body="""\
您好：

我是一家代理记账公司的会计，服务的一家客户是商贸类一般纳税人。该客户2025年12月向一家采购方开具了增值税专用发票（金额约48万元），采购方已于当月勾选抵扣。2026年9月双方协商部分退货，退货金额约17万元。

想咨询：
一、跨年度的部分退货，是否由购买方在电子税务局填开《红字发票信息确认单》后，我方再开具红字专票？确认单由购买方发起，还是我方发起、对方确认即可？
二、2025年度企业所得税汇算清缴已经完成，这笔退货冲减的收入计入2026年度，还是需要更正2025年度的申报？
三、如果采购方拒不配合确认，我方还有什么办理途径？

另外说明一下：这家客户和采购方目前正有纠纷，请在答复或转办时不要出现我们事务所和客户的名称，电话联系即可，谢谢。

会计　任女士　电话 0755-0000-9921
""",
    labels=("consultation", "yes", "b", "Taxation Bureau", "normal", "zh", "-"))

# ---------------------------------------------------------------- 044
add(n=44, slug="poa-notary-foreign-widow", fmt="eml", when="2026-09-14 16:18",
    sender=("Grace Mbeki-Lowe", "grace.ml@harbourlights.example"),
    subject="Power of attorney for a foreign resident: notarisation and legal aid",
    body="""\
Hello,

I volunteer with a migrant support charity and I am helping a Kenyan woman who has lived in the city for four years on a spouse visa. Her Chinese husband died in August, and there is now a disagreement with his family about the flat they lived in and a small savings account.

She has been advised to give a power of attorney to a Chinese friend so that papers can be dealt with while she visits her family in Nairobi. We would like to know:

1. Can a foreign national have a power of attorney notarised at a notary office in this city, and what must she bring (passport, residence permit, translations)?
2. If the document is notarised here, does it need any further legalisation before a court or the property registry here will accept it?
3. Is she eligible for legal aid in the inheritance matter as a foreign resident on a low income, and how does she apply?

Thank you for your help.

Grace Mbeki-Lowe
Volunteer, Harbour Lights Migrant Support
""",
    labels=("consultation", "no", "-", "Justice Bureau", "normal", "en", "-"))

# ---------------------------------------------------------------- 045
add(n=45, slug="roof-leak-still-unfixed", fmt="multi", when="2026-11-16 20:40",
    sender=("蔺晓光", "lin.xg@jingui-owners.example"),
    subject="金桂苑5号楼屋面漏水整改仍未落实（附此前答复）",
    body="""\
市长信箱：

我是金桂苑小区业主委员会的委员，平时负责业委会的账目。小区5号楼顶层六户人家自今年六月起屋面漏水，最严重的一户卧室天花板已经发霉脱落。

我们八月份反映过一次，九月二日收到的答复如下：

“您好，经区住建局物业科核实，金桂苑小区5号楼屋面防水层老化，物业服务企业已制定维修方案，计划于9月底前完成维修。我局将督促物业服务企业限期整改。感谢您对住建工作的支持。”

现在已是十一月中旬。物业公司九月底确实派人上楼顶看过一次，之后说方案要报业委会、申请维修资金。业委会十月十日就签字同意了，资金申请的材料也交给了物业，但物业至今没有递交到维修资金管理部门，屋面也没有动工。入冬以后雨少了，可一旦下雪化雪，又要漏。

请住建部门再次督促，并告知维修资金申请目前卡在哪一步。

金桂苑业委会委员　蔺晓光
电话 177 0000 3094
""",
    labels=("demand", "no", "-", "Housing and Urban-Rural Development Bureau", "normal", "zh", "quoted"))

# ---------------------------------------------------------------- 046
add(n=46, slug="typhoon-saturday", fmt="json", when="2026-10-08 17:35",
    subject="Typhoon warning this weekend?",
    body="Will the typhoon warning be lifted by Saturday? We have an outdoor charity run planned at Binhai Park.",
    form=dict(name="Lucas Perrin", phone="", email="lperrin@runclub.example", anonymous=False, district="Binhai"),
    labels=("information", "no", "-", "Meteorological Bureau", "normal", "en", "short"))

# ---------------------------------------------------------------- 047
add(n=47, slug="nanwan-compensation-list", fmt="eml", when="2026-09-17 22:03",
    sender=("", "nanwan.hk@mailbox.example"),
    subject="反映南灣村幹部在徵地補償名單中作假",
    body="""\
市長信箱：

本人是香港居民，祖籍貴市蓮塘鎮南灣村，母親仍住在村裡。今年南灣村部分土地被徵用修建物流園，村裡公示了一份青苗及地上附著物補償名單。

我母親告訴我，名單裡有好幾戶根本沒有在被徵土地上種過東西，其中三戶是村委會主任黃某的親戚，包括他的妹夫和兩個堂弟，每戶領了四萬多元；而我家和鄰居幾戶真正種了幾十年果樹的，補償卻按「荒地」計算。村民去問，黃主任說名單是鎮上定的，有意見去鎮裡。可是公示只貼了三天，很多老人根本沒看到。

我人在香港，母親年紀大，不敢出面，怕以後在村裡被人刁難。懇請紀檢部門核查補償名單與實際種植情況，處理時不要讓村裡知道是我家反映的。

一名在港村民子女
""",
    labels=("complaint", "yes", "a", "Discipline Inspection Commission", "normal", "zh", "fullwidth"))

# ---------------------------------------------------------------- 048
add(n=48, slug="central-kitchen-relabel", fmt="eml", when="2026-11-13 01:26",
    sender=("", "cangku.yeban@example.org"),
    subject="某餐饮公司中央厨房给过期肉品重新贴标签",
    body="""\
您好，

我在一家连锁快餐企业的中央厨房上班，负责仓库出入库登记。最近两个月，仓库主管几次让我们夜班把冷冻库里过了保质期的鸡腿肉、牛肉馅重新贴标签，把生产日期往后改三到六个月，再配送到各个门店。

具体情况：
1. 中央厨房在望海路物流园C区，公司叫“好食光餐饮管理有限公司”，本市有二十多家门店；
2. 改标签一般在周三、周六晚上十一点以后，白天的质检人员下班以后进行；
3. 撕下来的旧标签直接扔进厨余桶，我拍过几张照片。

这些东西我自己也吃过，实在过意不去。希望市场监管部门突击去查一下。我还在这里上班，请不要说是员工反映的，就当是正常抽查。
""",
    labels=("demand", "yes", "b", "Market Regulation Administration", "normal", "zh", "-"))

# ---------------------------------------------------------------- 049
add(n=49, slug="old-salt-quarter-english", fmt="multi", when="2026-11-19 10:02",
    sender=("Nadia Brennan", "nadia.brennan@travelwrite.example"),
    subject="Suggestion on bilingual interpretation at the Old Salt Quarter",
    body="""\
Dear Mayor's Office,

I write travel features for an English-language magazine and have visited the restored Old Salt Quarter four times this year, twice with groups of overseas readers. It is one of the most attractive heritage areas in the province, and the restoration work is excellent.

Visitors who do not read Chinese, however, take away very little of its story. The information panels outside the salt merchants' houses are in Chinese only, the English on the main map appears to be machine-translated ("Salt Business Prosperous Ancient House"), and the audio guide app offers only Mandarin.

Some modest suggestions:
- revise the English on the main signs with a professional translator and a local historian;
- add QR codes to each panel linking to short English and Japanese texts;
- offer one English-language guided walk on weekend mornings, perhaps with volunteer guides from the local universities.

I would be happy to share the notes my readers left after their visits.

Best wishes,
Nadia Brennan
Contributing writer
""",
    labels=("suggestion", "no", "-", "Culture and Tourism Bureau", "normal", "en", "-"))

# ---------------------------------------------------------------- 050
add(n=50, slug="enrolment-faq-contradictions", fmt="eml", when="2026-11-07 21:19",
    sender=("Martin Hollis", "m.hollis@ledgerline.example"),
    subject="Congratulations on the most creative enrolment FAQ in the country",
    body="""\
Dear Education Bureau (via the Mayor's Mailbox),

I must commend the Bureau on its primary school enrolment FAQ, which achieves something I had thought impossible in twenty years as an auditor: three answers on the same page that contradict one another.

Question 7 says a rental contract registered for one year is sufficient. Question 12 says two years. Question 15 says it "depends on the circumstances of the school district", a level of precision I usually see only in the footnotes of companies about to go under. The enrolment hotline, on the days it answers, says to "follow the FAQ".

The registration window closes on 30 November. Parents in our building are comparing screenshots like tax returns. Would it be too much to ask for one rule, in writing, before the deadline, and perhaps a telephone line staffed by someone who has read the FAQ?

With admiration,
Martin Hollis
""",
    labels=("complaint", "no", "-", "Education Bureau", "normal", "en", "sarcasm"))

# ---------------------------------------------------------------- 051
add(n=51, slug="call-record-park-signal", fmt="eml", when="2026-09-16 10:51",
    sender=("12345热线 话务组", "records.day@hotline-ops.example"),
    subject="来电记录：永丰工业园B区手机信号差",
    body="""\
【来电记录】
受理时间：2026年9月16日 10:32
来电人：宋先生（某电子企业行政经理），电话 0512-0000-3367
来电人反映：永丰工业园B区（纬三路至纬五路之间）长期手机信号弱，园区内三家企业的厂房内基本没有4G/5G信号，员工需走到厂区门口才能接打电话，影响生产调度和对外联系。来电人称曾向运营商营业厅反映，对方表示该区域基站规划“需要上报”，至今半年无进展。
来电人诉求：希望相关部门协调运营商在园区增设基站或室内分布系统。
来电人另询问：园区企业能否自行安装信号放大器，是否需要审批。（已告知一并转办）
话务员：工号1408
""",
    labels=("demand", "no", "-", "Industry and Information Technology Bureau", "normal", "zh", "-"))

# ---------------------------------------------------------------- 052
add(n=52, slug="age-allowance-and-association", fmt="json", when="2026-11-20 10:16",
    subject="高龄津贴申领和志愿者协会登记",
    body="""\
您好，我是社区养老服务站的社工，想咨询两个问题：
一是站里有几位老人今年满八十周岁，户籍在本市但常年跟子女住在外区，高龄津贴是在户籍地申请还是居住地申请？满八十岁当月就能申请吗，需要哪些材料？
二是我们站的志愿者想成立一个社区志愿服务协会，到民政局登记社会组织需要什么条件，对注册资金有没有要求？
第一个问题比较急，老人们一直在问。谢谢！""",
    form=dict(name="骆雯", phone="182 0000 6613", email="", anonymous=False, district="槐安区"),
    labels=("consultation", "no", "-", "Civil Affairs Bureau", "normal", "zh", "two-intents"))

# ---------------------------------------------------------------- 053
add(n=53, slug="hukou-window-three-visits", fmt="eml", when="2026-10-24 22:30",
    sender=("白", "bai.lab2026@example.com"),
    subject="落户办理过程中的一点经历",
    body="""\
您好：

我今年七月通过事业单位招聘考进来，在区疾控中心做检验，按政策可以办理人才落户。先说明，我对落户政策本身没有意见，网上的办事指南写得很清楚，材料我也是对照着一项项准备的。

第一次去城西派出所户籍室是九月十二日上午，排了一个多小时。轮到我时，三号窗口的民警（胸牌号后三位是275）翻了一下材料，说单位证明格式不对。我问哪里不对，他说“你们外地来的都这样，回去问你们单位”，就把材料从窗口扔了出来，散了一地，后面排队的人都在看。我蹲下去捡的时候，他又说了一句“考个编了不起”。

第二次我请单位人事科重新开了证明，还是他，又说照片不合格，没说哪里不合格，让我下次再来。我去问旁边窗口，旁边的民警看了看说照片没问题，他说“我这里说了算”。

第三次我又请了假过去，他不在，一位女民警十分钟就给我办完了，用的还是第一次那份证明。

我写这些，不是要什么补偿。只是觉得，同样的材料，换一个人就能办，那前两次到底是为什么。

（电话：177 0000 8452）
""",
    labels=("complaint", "yes", "a", "Public Security Bureau", "normal", "zh", "indirect"))

# ---------------------------------------------------------------- 054
add(n=54, slug="winter-clothes-donation", fmt="eml", when="2026-11-24 12:35",
    sender=("Hannah Sorensen", "hannah.sorensen@example.net"),
    subject="Where can we donate winter clothing?",
    body="""\
Hello,

Our office book club has collected about twenty bags of clean winter coats, sweaters and children's clothes, plus some unused blankets. We would like them to reach families who need them this winter.

Are there official collection points in the city for clothing donations, for example at the charity federation or at community centres? If so, could you share the addresses and opening times, and tell us whether they accept used clothing or only new items? We can deliver everything ourselves on a weekend.

Many thanks,
Hannah Sorensen
""",
    labels=("information", "no", "-", "Civil Affairs Bureau", "normal", "en", "-"))

# ---------------------------------------------------------------- 055
add(n=55, slug="ride-hailing-detour", fmt="json", when="2026-10-21 08:03",
    subject="网约车司机绕路多收钱",
    body="10月18号晚上我从火车北站打网约车回家，平台上显示预记38块，结果司ji说导航有问题要自己开，绕了好大一全，最后扣了我96块。我在车上就说走错了，他说“你又不认识路”。下车以后我在app里申述，客服说会核实，快三天了没有回因，订单页面还显示“已完成”。车牌尾号6K2，白色的车。希望你门帮我查一下，把多扣的钱退给我，这种司机也应该处理一下。",
    form=dict(name="韦小军", phone="156 0000 2241", email="", anonymous=False, district="城北区"),
    labels=("demand", "no", "-", "Transport Bureau", "normal", "zh", "typos"))

# ---------------------------------------------------------------- 056
add(n=56, slug="work-permit-renewal", fmt="eml", when="2026-10-15 11:58",
    sender=("谢婧", "xiejing.hr@example.org"),
    subject="外国人work permit续期咨询",
    body="""\
您好，

我是一家外资企业的HR，公司有一位法国籍的product manager，他的外国人工作许可证（work permit）将于2027年1月15日到期，居留许可同一天到期。

想确认几个问题：
1. 续期申请最早可以提前多久在系统里提交？我们看到的说法有30天的，也有90天的，不确定以哪个为准。
2. 他明年的劳动合同续签两年，续期后的work permit有效期是按合同期限给，还是最长一年？
3. 今年他的title从engineer升为product manager，工资也调了，续期时要先走“变更”，还是直接在续期材料里说明就可以？
4. 续期审批期间他需要出国出差一周，护照会不会被留存？

Thanks！麻烦告知。
HR　谢婧　电话 021-0000-5566
""",
    labels=("consultation", "no", "-", "Human Resources and Social Security Bureau", "normal", "zh", "mixed"))

# ---------------------------------------------------------------- 057
add(n=57, slug="north-gate-sealed", fmt="eml", when="2026-11-11 19:40",
    sender=("邱", "qiu.zaoyuan@example.com"),
    subject="小区唯一的人行门被封了五个月，街道说“在研究”",
    body="""\
市长您好，

我们枣园小区的北门是居民去菜市场、去地铁站的唯一一道人行门。今年六月，街道办在门口拉了铁丝网，贴了一张“因安全管理需要，暂时关闭”的通知，没有落款日期，也没说要关多久。

关了五个月，“暂时”这个词的含义算是让我们大开眼界了。现在居民去地铁站要从南门绕一公里多，老人买菜得多走二十分钟。我们打电话问街道，接电话的人每次都说“领导在研究”。研究了五个月，想必成果已经很丰硕了，只是还舍不得公布。

我们不反对加强安全管理，如果是担心外来人员进出，装个门禁刷卡就行，花不了多少钱。希望街道给个明确说法：为什么封、什么时候开、能不能改成门禁。

另外我得说一句：我母亲的低保复核明年一月也归这个街道审，写这封信之前我犹豫了很久，怕信一转过去，她的复核也要“研究研究”了。

枣园小区居民　邱女士
""",
    labels=("complaint", "yes", "c", "Municipal Government Office", "normal", "zh", "sarcasm"))

# ---------------------------------------------------------------- 058
add(n=58, slug="call-record-meter-cabinet-smoke", fmt="eml", when="2026-11-21 19:58",
    sender=("12345 Hotline English Line", "english.line@hotline.example"),
    subject="Call record: smoke from electrical meter cabinet in residential stairwell",
    body="""\
[12345 Call Record - English line]
Received: 2026-11-21 19:52
Caller: Mr. Ahmed Farouk, tel. +86 135 0000 7720 (agrees to follow-up)

Caller states that he lives on the 9th floor of Building 2, Lianhua Court, Yinzhou Road. At about 19:40 he noticed a burning smell in the stairwell and found grey smoke coming from the electrical meter cabinet on the 6th-floor landing. The cabinet door is warm to the touch and there is a crackling sound. Caller states that the corridor next to the cabinet is stacked with residents' electric-bicycle batteries and cardboard, and that the 6th-floor fire door has been propped open with a brick for months.

Caller was advised to call 119 at once, to alert neighbours and to leave the building by the stairs; caller confirmed he would do so. Caller also asks that the authorities inspect the building's fire safety afterwards, in particular the charging of batteries in the corridors.

Operator note: urgent, forwarded for immediate action.
Operator ID: 5029
""",
    labels=("demand", "no", "-", "Emergency Management Bureau", "high", "en", "-"))

# ---------------------------------------------------------------- 059
add(n=59, slug="aed-public-places", fmt="html", when="2026-09-10 13:25",
    sender=("严冬梅", "yandongmei.er@example.net"),
    subject="关于在公共场所增设AED并开展培训的建议",
    body="""\
尊敬的市长：

我是一名急诊科护士，工作十一年了。今年我们科接诊的院外心脏骤停患者里，送到医院时已经错过黄金四分钟的占了绝大多数。很多时候现场并不缺人，缺的是一台AED和一个敢用的人。

我注意到，目前本市的AED主要集中在机场、高铁站和几个大型商场，地铁只有换乘站有，学校、体育场馆、大型小区基本没有。已经安装的设备外面也没有明显标识，很多市民不知道在哪里，更不知道自己可以用。

建议：
一、把AED纳入地铁站、学校、体育场馆、政务服务中心等公共场所的基本配置，制定分年度的布设计划；
二、在地图App上公开AED位置，设备旁张贴图示说明；
三、组织医务人员进社区、进学校开展心肺复苏和AED使用培训，我和几位同事都愿意利用休息时间参加；
四、加强对施救者免责规定的宣传，打消市民“怕担责”的顾虑。

希望市里能重视，谢谢！

急诊科护士　严冬梅
""",
    labels=("suggestion", "no", "-", "Health Commission", "normal", "zh", "-"))

# ---------------------------------------------------------------- 060
add(n=60, slug="service-hall-window-hours", fmt="eml", when="2026-11-26 21:47",
    sender=("", "window.staff.note@example.org"),
    subject="一个窗口工作人员的观察",
    body="""\
您好，

我在区政务服务中心的一个综合窗口工作，两年多了。每天下午五点前后，总有一批人拿着号冲进来，多半是请假出来的上班族，或者跑了好几个窗口的个体户。五点一到系统自动停止叫号，我们按规定关窗，他们只能第二天再请一次假。有位外卖小哥上个月连着来了三个下午，每次都是五点零几分到。

中午也一样。我们十二点到一点半午休，大厅里那个时段人最多，都是利用午休出来办事的。他们对着关着的窗口站着，我们在后面吃饭，说实话挺不好意思的。

听说外地有些大厅是错时上班的，中午轮班，每周有一两天延长到晚上七点，工作人员可以调休。我们窗口的同事私下聊过，大多数人是愿意的。

这些话在单位里不太好说，说了显得自己多事，也怕被认为是对领导有意见。所以名字就不留了，大厅里就我们几个人，一看就知道是谁。希望这个想法能有人听到。
""",
    labels=("suggestion", "yes", "b", "Municipal Government Office", "normal", "zh", "indirect"))


# ================================================================ writer
DEPARTMENTS = {
    "Public Security Bureau", "Urban Management Bureau",
    "Human Resources and Social Security Bureau", "Healthcare Security Bureau",
    "Housing and Urban-Rural Development Bureau", "Culture and Tourism Bureau",
    "Transport Bureau", "Discipline Inspection Commission",
    "Commerce and Investment Promotion Bureau", "Ecology and Environment Bureau",
    "Civil Affairs Bureau", "Education Bureau", "Health Commission",
    "Water Affairs Bureau", "Market Regulation Administration",
    "Administrative Approval Bureau", "Natural Resources and Planning Bureau",
    "Emergency Management Bureau", "Justice Bureau", "Municipal Government Office",
    "Meteorological Bureau", "Taxation Bureau",
    "Industry and Information Technology Bureau",
    "Agriculture and Rural Affairs Bureau", "Veterans Affairs Bureau", "none",
}
CATS = {"consultation", "suggestion", "demand", "complaint", "information"}
HARD = {"-", "quoted", "sarcasm", "typos", "mixed", "short", "two-intents",
        "fullwidth", "indirect"}


def when_dt(s):
    return datetime.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=TZ)


def crlf(text):
    text = text.replace("\r\n", "\n")
    if not text.endswith("\n"):
        text += "\n"
    lines = text.split("\n")[:-1]
    for ln in lines:
        assert len(ln.encode("utf-8")) < 990, "line too long"
    return "\r\n".join(lines) + "\r\n"


def to_html(body):
    paras = [p for p in body.strip("\n").split("\n\n")]
    out = ["<html><head><meta charset=\"utf-8\"></head><body>"]
    for p in paras:
        out.append("<p>" + "<br>\n".join(html.escape(x, quote=False) for x in p.split("\n")) + "</p>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def subject_header(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode(linesep="\r\n")


def build_eml(d):
    ident = "%s-%03d" % (W, d["n"])
    dt = when_dt(d["when"])
    name, addr = d["sender"]
    frm = formataddr((name, addr), charset="utf-8") if name else addr
    dom = addr.split("@", 1)[1]
    mid = "<%s.%s@%s>" % (dt.strftime("%Y%m%d%H%M"),
                          hashlib.sha1(ident.encode()).hexdigest()[:12], dom)
    heads = [
        ("From", frm),
        ("To", "mayor@city.example"),
        ("Subject", subject_header(d["subject"])),
        ("Date", format_datetime(dt)),
        ("Message-ID", mid),
        ("MIME-Version", "1.0"),
    ]
    fmt = d["fmt"]
    if fmt == "multi":
        boundary = "=_alt_" + hashlib.sha1((ident + "b").encode()).hexdigest()[:20]
        heads.append(("Content-Type", 'multipart/alternative; boundary="%s"' % boundary))
        heads.append(("Content-Transfer-Encoding", "8bit"))
        parts = []
        for ctype, text in (("text/plain", d["body"]), ("text/html", to_html(d["body"]))):
            parts.append("--%s\r\nContent-Type: %s; charset=utf-8\r\n"
                         "Content-Transfer-Encoding: 8bit\r\n\r\n%s" % (boundary, ctype, crlf(text)))
        body = "This is a multi-part message in MIME format.\r\n\r\n" + "\r\n".join(parts) + "--%s--\r\n" % boundary
    else:
        ctype = "text/html" if fmt == "html" else "text/plain"
        text = to_html(d["body"]) if fmt == "html" else d["body"]
        heads.append(("Content-Type", "%s; charset=utf-8" % ctype))
        heads.append(("Content-Transfer-Encoding", "8bit"))
        body = crlf(text)
    head = "".join("%s: %s\r\n" % (k, v) for k, v in heads)
    return (head + "\r\n" + body).encode("utf-8")


def build_json(d):
    ident = "%s-%03d" % (W, d["n"])
    f = d["form"]
    obj = {
        "id": ident,
        "submitted_at": when_dt(d["when"]).isoformat(timespec="seconds"),
        "name": f["name"], "phone": f["phone"], "email": f["email"],
        "anonymous": bool(f["anonymous"]),
        "title": d["subject"], "content": d["body"], "district": f["district"],
    }
    return (json.dumps(obj, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def main():
    nums = [d["n"] for d in L]
    assert nums == list(range(1, 61)), nums
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    rows = ["path\tcategory\tconfidential\treason\tdepartment\tpriority\tlanguage\thard"]
    for d in L:
        cat, conf, reason, dept, prio, lang, hard = d["labels"]
        assert cat in CATS and dept in DEPARTMENTS and hard in HARD, d["n"]
        assert (conf == "yes") == (reason in "abc" and reason != "-"), d["n"]
        assert prio in ("high", "normal") and lang in ("zh", "en"), d["n"]
        if d["fmt"] == "json":
            assert (not d["form"]["anonymous"]) or (conf, reason) == ("yes", "b")
            fname = "%s-%03d-%s.json" % (W, d["n"], d["slug"])
            data = build_json(d)
        else:
            fname = "%s-%03d-%s.eml" % (W, d["n"], d["slug"])
            data = build_eml(d)
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(data)
        rows.append("\t".join(["letters/" + fname, cat, conf, reason, dept, prio, lang, hard]))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(rows) + "\n")
    print("wrote %d letters and labels.tsv" % len(L))


if __name__ == "__main__":
    main()
