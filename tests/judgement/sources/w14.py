#!/usr/bin/env python3
"""w14: test letters for the mayor's mailbox (round 4). Standard library only, deterministic."""
import json
import os
import shutil
from datetime import datetime, timezone, timedelta
from email.header import Header
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "letters")
TZ = timezone(timedelta(hours=8))
ME = "w14"

LETTERS = []


def L(n, slug, fmt, name, addr, when, subject, body, cat, conf, reason, dept,
      pri, lang, hard, phone="", district="", anon=False):
    LETTERS.append(dict(n=n, slug=slug, fmt=fmt, name=name, addr=addr,
                        when=when, subject=subject, body=body.strip("\n"),
                        cat=cat, conf=conf, reason=reason, dept=dept, pri=pri,
                        lang=lang, hard=hard, phone=phone, district=district,
                        anon=anon))


# ---------------------------------------------------------------- 001-010
L(1, "scope-amendment", "eml", "Henrik Aalto", "h.aalto@nordvik-flow.example",
  "2026-09-02 09:14", "Enquiry: amending the business scope of a WFOE", """
Dear Sir or Madam,

I am the general manager of Nordvik Flow Systems Co., Ltd., a wholly
foreign-owned enterprise registered in the Riverbend Economic Development Zone
since 2019. Our business scope currently covers the manufacture and sale of
industrial valves. We would like to add "technical consulting and after-sales
training services" so that we can invoice customers for commissioning work.

Could you kindly advise:

1. whether this amendment can be filed online or must be submitted in person
   at the service hall;
2. which documents are required (board resolution, amended articles of
   association, and whether anything signed by our parent company abroad
   needs notarisation or legalisation);
3. roughly how long the amendment takes, and whether our unified social
   credit code or business licence will change.

Thank you in advance for your guidance.

Best regards,
Henrik Aalto
General Manager
Tel. +86 138 0000 4471
""", "consultation", "no", "-", "Administrative Approval Bureau", "normal", "en", "-")

L(2, "work-permit-renewal-stuck", "eml", "Priya Raman", "priya.raman@helix-bioprocess.example",
  "2026-09-16 17:42", "Urgent: work permit renewal pending for seven weeks (expires 30 Sept)", """
Dear Mayor's Office,

I am writing on behalf of Helix Bioprocess (China) Co., Ltd. about the work
permit renewal of our senior process engineer, Mr. Tomas Brandt. We submitted
the renewal through the online system on 28 July. Since then the status has
shown "accepted - pending review" for seven weeks. His current permit expires
on 30 September, and without the renewed permit he cannot apply to extend his
residence permit.

We wrote to the service mailbox on 2 September and received this reply:

> -----Original Message-----
> From: Foreign Expert Service Desk
> Sent: Friday, 4 September 2026 16:20
> Subject: RE: Renewal application status
>
> Dear applicant, your application is being processed in order of
> submission. Please wait patiently and check the system for updates.
> Thank you for your understanding.

We fully appreciate the workload involved, but we are now nine working days
from expiry. We would be grateful if someone could check whether anything is
missing from the file or whether a supplementary document is needed. Our team
can bring originals to any office at short notice.

With thanks and kind regards,
Priya Raman
HR Director, Helix Bioprocess (China) Co., Ltd.
186-0000-2290
""", "demand", "no", "-", "Human Resources and Social Security Bureau", "normal", "en", "quoted")

L(3, "vat-refund-advisory-card", "eml", "Claire Dumont", "cdumont@saveurs-ingredients.example",
  "2026-09-08 21:05", "A sensitive matter concerning our export VAT refund", """
Dear Sir or Madam,

I have hesitated for some time before writing, and I would be grateful if this
could be read with care.

Our company, a French-invested food ingredients manufacturer in the Qingshui
industrial park, has had an export VAT refund of about RMB 1.9 million pending
since March. In August an officer from the district tax branch, who introduced
himself as Section Chief Lu, visited us for what was described as a routine
verification. At the end of the meeting, over tea, he remarked that refunds
like ours "often sit in the system for a long time", and that a consultancy
run by a former colleague of his, Hengda Tax Advisory, "knows how the file
moves". He left their card on the table.

When our accountant called the firm, they quoted a service fee of 8% of the
refund, payable only once the refund arrives.

We have not engaged them and do not intend to. Perhaps I am reading too much
into a casual remark, but the timing and the percentage made my team
uncomfortable. We would simply like our file to be handled on its merits.

Kind regards,
Claire Dumont
Finance Director
""", "complaint", "yes", "a", "Discipline Inspection Commission", "normal", "en", "indirect")

L(4, "red-letter-invoice", "eml", "郑慧玲", "zhenghl@kexin-dianzi.example",
  "2026-09-03 10:26", "关于跨年度增值税专用发票红字冲销办理程序的咨询", """
市长信箱：

我单位系本市一家从事电子元器件贸易的有限责任公司（增值税一般纳税人）。2025年12月，我单位向客户开具增值税专用发票一份，金额人民币肆万贰仟元整。因客户于2026年8月提出部分退货，需对该发票作红字冲销处理。现就以下事项咨询：

一、跨年度发票能否通过电子税务局直接申请开具红字发票信息确认单，是否须购买方先行确认；
二、如购买方已将该发票用于进项抵扣，红字信息应由哪一方发起；
三、冲销后是否需对我单位2025年度企业所得税汇算清缴作更正申报。

以上事项，恳请予以答复为盼。

联系人：财务部 郑慧玲
联系电话：020-0000-6624
""", "consultation", "no", "-", "Taxation Bureau", "normal", "zh", "-")

L(5, "library-holiday", "eml", "Mei-Ling Hart", "meiling.hart@example.net",
  "2026-09-28 20:11", "Library on 3 October?", """
Is the city library open on 3 October? Does the children's room have English picture books?

Thanks,
Mei-Ling
""", "information", "no", "-", "Culture and Tourism Bureau", "normal", "en", "short")

L(6, "bilingual-bus-stops", "html", "Geoffrey Pell", "gpell@retired.example",
  "2026-09-05 08:47", "A modest proposal on English information at bus stops", """
Dear Mayor,

My wife and I retired here four years ago and we have grown very fond of the
city. The metro is a pleasure to use: the signs and announcements are
bilingual and clear.

The buses are another story for people like us. Stop names appear only in
Chinese, the electronic boards show only Chinese, and the announcements on
board are Chinese only. Last month a Dutch couple asked us for help at the
Lotus Pond stop and we could not help them either.

May I suggest two inexpensive steps:
- a small QR code at each stop linking to the route map with stop names in
  pinyin and English;
- pinyin under the stop names on the new shelters being installed along
  Wenhua Road.

It would make a real difference to visitors and to the many older foreigners
who no longer drive.

With warm regards,
Geoffrey Pell
""", "suggestion", "no", "-", "Transport Bureau", "normal", "en", "-")

L(7, "booking-system-zero-slots", "eml", "Sebastian Kroll", "s.kroll@kroll-consult.example",
  "2026-09-10 07:58", "Residence permit appointments - a small achievement worth noting", """
Dear Sir or Madam,

Allow me to congratulate whoever built the online appointment system for
residence permit applications: it has achieved a perfect record. In nineteen
days of trying, morning and evening, on the mini-programme and on the website,
I have not seen a single available slot. Every date for the next fourteen days
is grey, and at midnight, when new dates are said to be released, they turn
grey within the same minute.

My permit expires on 21 October. I am told at the hall that walk-ins are not
accepted and that I must "book online". I hope you can see the circle here.

I would respectfully ask that more slots be released, that a small daily
quota for walk-ins be kept for people close to expiry, or at least that the
system say honestly how dates are allocated.

Yours faithfully,
Sebastian Kroll
+86 139 0000 8812
""", "complaint", "no", "-", "Public Security Bureau", "normal", "en", "sarcasm")

L(8, "office-tower-power-cut", "eml", "何建国", "hejg@yuanda-maoyi.example",
  "2026-09-11 14:30", "关于写字楼物业单方面上调管理费并停止供电一事的情况反映", """
尊敬的市长：

本人系明珠商务大厦1106室承租企业负责人。2026年8月下旬，大厦物业服务公司在未召开业主大会、未与租户协商的情况下，张贴通知将物业管理费由每平方米每月9元上调至14元。我司依合同约定按原标准缴纳，物业公司遂于9月9日上午切断我司办公室电源，致使二十余名员工无法正常办公，服务器停机，已造成一定经济损失。

我司前往物业前台交涉，前台保安及客服人员态度恶劣，称“不交钱就别想来电”。

特请有关部门督促物业公司立即恢复供电，并就收费调整的合法性予以核查。

此致
敬礼

远大贸易（本市）有限公司 何建国
电话：137 0000 5526
""", "demand", "no", "-", "Housing and Urban-Rural Development Bureau", "normal", "zh", "-")

L(9, "deposit-landlord-threat", "eml", "Ingrid Solberg", "ingrid.solberg@example.org",
  "2026-09-21 22:16", "Deposit not returned after lease ended", """
Dear Sir or Madam,

My family rented an apartment in the Jade Garden compound from July 2024 until
31 August this year. We left the flat clean, with a signed check-out inventory
and photographs. The landlord, Mr. Qiu, is refusing to return our deposit of
RMB 36,000, citing "wear and tear" he has not itemised.

When I pressed him by phone last week, his tone changed. He said he has "good
friends at the local police station" and that "a foreign family's paperwork
can become complicated". My husband works at a consulate trade office and our
residence registration is renewed through that station. I honestly do not know
whether he meant anything by it, but I have not slept well since, and I would
prefer not to have to test it.

Could someone help us recover the deposit through the proper channels? I can
provide the lease, the inventory and the bank records.

Thank you,
Ingrid Solberg
+86 135 0000 2047
""", "demand", "yes", "c", "Housing and Urban-Rural Development Bureau", "normal", "en", "-")

L(10, "guesthouse-registration", "json", "Dr. Anand Kulkarni", "a.kulkarni@visiting.example.edu",
  "2026-09-06 11:40", "Registration of stay when living in a university guesthouse", """
Hello, I arrived on 4 September as a visiting researcher (F visa? no - it is an R visa, the talent one) and I am staying in the university's academic guesthouse for three months. Do I need to register my accommodation with the police myself within 24 hours, or does the guesthouse do it for me? My host department was not sure. If I move to a rented flat in December, what do I need to bring? Thank you.
""", "consultation", "no", "-", "Public Security Bureau", "normal", "en", "-",
  phone="+86 131 0000 7782", district="Xishan District")

# ---------------------------------------------------------------- 011-020
L(11, "window-18-documents-thrown", "eml", "罗晓雯", "luoxw@jiuzhou-caiwu.example",
  "2026-09-14 16:52", "关于政务服务大厅18号窗口工作人员服务态度问题的反映", """
市长信箱：

本人系一家代理记账公司的会计，2026年9月14日上午10时许，在市政务服务大厅二楼18号窗口为客户办理营业执照变更登记。窗口一名女性工作人员（胸牌工号尾号为207）查看材料不足一分钟，即将整叠材料从窗口推出，部分材料掉落地面，并称“看不懂就别来，下次弄明白了再排号”。

本人询问具体缺少何种材料，该工作人员未予回答，转而叫下一号。经本人与其他窗口核对，所带材料完全符合办事指南要求。当日本人已等候近两小时，只能另行取号，直至下午方才受理。

恳请对该工作人员的服务态度予以核查，并请大厅加强窗口人员管理。

罗晓雯
联系电话：158 0000 3190
""", "complaint", "yes", "a", "Administrative Approval Bureau", "normal", "zh", "-")

L(12, "notary-english-service", "eml", "Rachel Okafor", "rachel.okafor@example.com",
  "2026-09-18 13:05", "Where is the nearest 公证处 with English service?", """
Hi there,

My neighbour, Mr. Whitcombe, is 84 and wants to make a will (遗嘱) for his flat
here. His Chinese is very limited. Could you tell me the address and opening
hours of the nearest 公证处, and whether they have staff who speak English or
can arrange a 翻译? Also, does he need to bring his 房产证 and passport, or is
the passport enough for a first 咨询 visit?

Many thanks,
Rachel
""", "information", "no", "-", "Justice Bureau", "normal", "en", "mixed")

L(13, "crane-over-playground", "eml", "Marcus Webb", "m.webb@crestwood-school.example",
  "2026-09-24 07:21", "SAFETY - crane load over our playground and loose scaffolding after the storm", """
Dear Sir or Madam,

I am the operations manager of Crestwood International School on Fenghuang
Road. The high-rise construction site directly north of our campus has a tower
crane whose jib swings over our primary playground several times a day while
carrying loads, including this morning at 07:05 while children were arriving.

After Tuesday's storm, the safety netting on the upper floors (around the 14th
floor) is hanging loose and two panels of the scaffolding boards fell onto the
pavement by our school gate yesterday afternoon. Nobody was hurt, by pure luck.

We have spoken to the site gate twice without result. We are keeping children
indoors today, but we cannot do that indefinitely. We ask that inspectors
attend the site as a matter of urgency.

Marcus Webb
Operations Manager
Mobile: 189 0000 6603
""", "demand", "no", "-", "Housing and Urban-Rural Development Bureau", "high", "en", "-")

L(14, "foreign-investor-desk", "multi", "Olivia Tan", "olivia.tan@meridian-advisory.example",
  "2026-09-09 15:33", "Suggestion: a single bilingual desk for foreign-invested enterprises", """
Dear Mayor,

I advise foreign companies on setting up and expanding operations in the
city, and I have accompanied around thirty clients through the process over
the last three years. The city's officials have generally been helpful, and
that is exactly why I think a small change would have a large effect.

At present, a foreign investor opening a subsidiary deals separately with
registration, tax, foreign exchange, social insurance, work permits and the
bank, and each office has its own checklist, mostly in Chinese only. Clients
often tell me it is not the requirements that discourage them, but not knowing
who to ask.

I would suggest:
1. one "foreign investor desk" at the service hall, with staff able to work in
   English, who can follow a case across offices;
2. English versions of the most used checklists, kept up to date;
3. a named contact person for each new project above a certain size.

Several neighbouring cities have tried something similar, and it has become a
point in their favour when my clients compare locations.

Respectfully,
Olivia Tan
Partner, Meridian Advisory
""", "suggestion", "no", "-", "Commerce and Investment Promotion Bureau", "normal", "en", "-")

L(15, "small-taxpayer-exemption", "json", "冯家伟", "",
  "2026-09-12 19:08", "小规模纳税人免征增值税政策咨询", """
您好，本人经营一家个体餐饮店，属小规模纳税人。请问：月销售额10万元以下免征增值税的政策，2027年是否继续执行？另外，如果有客户要求开具增值税专用发票，开了专票的那部分销售额是否还能享受免税？需要按多少税率缴纳？谢谢。
""", "consultation", "no", "-", "Taxation Bureau", "normal", "zh", "-",
  phone="136-0000-4418", district="南湖区")

L(16, "mri-private-clinic", "eml", "Hannah Lindqvist", "hannah.lindqvist@example.net",
  "2026-09-25 21:47", "Concern about a referral at the international department", """
Dear Sir or Madam,

I am not sure whether this is the right place, and I may simply misunderstand
how things are done here.

On 15 September my husband saw Dr. Gao at the international medical department
of the Third People's Hospital for back pain. Dr. Gao said the hospital's MRI
waiting list was about six weeks, but that Harmony Care Clinic on Tianmu Street
could do it in two days. He gave us a card for the clinic; on the back it
listed "consulting physician: Dr. Gao" with his mobile number.

We went to the clinic. Dr. Gao was there that evening and saw my husband
again. The bill was RMB 4,800, with a second "consultation fee". Afterwards a
friend booked an MRI at the Third People's Hospital itself and was given a
date eight days later.

We have no complaint about the medical care as such. But we would like to
know whether this arrangement is appropriate, and we feel patients should be
told clearly about the public option.

Regards,
Hannah Lindqvist
""", "complaint", "yes", "a", "Health Commission", "normal", "en", "indirect")

L(17, "equipment-stuck-bonded", "eml", "Kevin Zhou 周凯文", "kevin.zhou@sanfeng-precision.example",
  "2026-09-17 10:02", "Request for coordination - production line held at bonded warehouse", """
Dear Mayor's Office,

I am the operations director of Sanfeng Precision, a Sino-German JV in the
Donggang industrial zone. Our new SMT production line (三条贴片线) arrived in
early August and has been held at the 保税仓 since then. Our 报关行 tells us
the hold concerns whether two of the modules need 3C certification; the
manufacturer's position is that they are industrial equipment and exempt,
and we have their written statement.

The problem is that nobody has told us formally what is needed. We have
called three offices and each says 这个不归我们管. Meanwhile we are paying
storage every day and our customer's first order (about RMB 20 million) is due
in November.

We would be grateful if the city could help coordinate - tell us which
authority decides and what document would settle it. 我们随时可以过去当面沟通.

Best regards,
Kevin Zhou
Operations Director
Tel: +86 137 0000 9014
""", "demand", "no", "-", "Commerce and Investment Promotion Bureau", "normal", "en", "mixed")

L(18, "wages-three-months", "eml", "陈女士", "chen.staff2026@example.com",
  "2026-10-09 23:18", "关于某外资企业拖欠员工工资三个月的情况反映", """
市长您好：

我是高新区一家外资电子企业（德茂电子科技有限公司）的员工。公司自2026年7月起未发放工资，涉及生产线及办公室员工约四十人，每人被拖欠一万五千元至三万元不等。公司管理层多次口头承诺“月底一定发”，至今未兑现。部分同事已开始离职，社保也已停缴两个月。

恳请劳动监察部门介入，督促公司支付拖欠工资并补缴社保。

另：本人目前仍在公司上班，家里房贷全靠这份工资。麻烦处理时不要让公司知道是谁反映的，谢谢理解。

联系电话：151 0000 7736
""", "demand", "yes", "b", "Human Resources and Social Security Bureau", "normal", "zh", "-")

L(19, "thanks-officer-zhang", "eml", "Daniel Mercer", "dmercer@example.org",
  "2026-10-12 09:30", "Thank you to Officer Zhang Lina, exit-entry hall", """
Dear Sir or Madam,

I would like to put on record my thanks to Officer Zhang Lina at window 6 of
the exit-entry administration hall.

On 29 September my 79-year-old mother, who was visiting from Canada, was due to
fly home the next morning when we discovered a problem with her visa
extension record. Officer Zhang stayed well past closing time, made several
calls, and corrected the record so that she could travel. She was patient with
my poor Chinese and kind to my mother, who was very anxious.

Please pass our gratitude to her and her supervisor.

With thanks,
Daniel Mercer
""", "information", "no", "-", "Public Security Bureau", "normal", "en", "-")

L(20, "iit-tuition-allowance", "html", "Jonathan Reyes", "jreyes@halden-lyle-law.example",
  "2026-10-14 18:04", "Individual income tax: children's education allowance for foreign staff", """
Dear Sir or Madam,

I am an associate at the local office of an international law firm and I am
writing in a personal capacity, as a foreign employee with two children at an
international school.

Our firm currently pays the school directly and treats the tuition as a
non-taxable children's education allowance for individual income tax
purposes. I would be grateful for clarification on three points:

1. Whether this treatment remains available for the 2027 tax year, or whether
   foreign employees must instead use the standard special additional
   deductions;
2. Whether the fapiao issued by the school must name the employer, the
   employee, or either;
3. If the treatment changes, whether anything must be done in the annual
   reconciliation for 2026.

Thank you for your assistance.

Yours faithfully,
Jonathan Reyes
""", "consultation", "no", "-", "Taxation Bureau", "normal", "en", "-")

# ---------------------------------------------------------------- 021-030
L(21, "provident-fund-hotline", "eml", "Aiko Brennan", "aiko.brennan@example.com",
  "2026-10-15 12:12", "Provident fund centre: a hotline for listening to music", """
Dear Sir or Madam,

I have now spent a total of two hours and forty minutes listening to the
housing provident fund centre's hold music. It is pleasant music. I know it
well now. What I have not heard is a human voice: after twenty minutes the
line simply disconnects, every time, on five separate days.

The "English" link on the centre's website leads to a 404 page, and the
online withdrawal form rejects my name because it contains a space.

All I want is to withdraw my provident fund balance before I leave China in
December, which I understand foreigners are entitled to do. I would be
grateful if the centre could make it possible to reach someone, and if it
could tell me what I need to bring.

Regards,
Aiko Brennan
""", "complaint", "no", "-", "Housing and Urban-Rural Development Bureau", "normal", "en", "sarcasm")

L(22, "metro-late-trains", "json", "", "",
  "2026-10-16 23:41", "建议延长地铁末班车", """
建议3号线周五周六末班车延长到23:30，加班的人太多了。
""", "suggestion", "no", "-", "Transport Bureau", "normal", "zh", "short",
  phone="", district="滨江区")

L(23, "compressor-night-noise", "eml", "孙立平", "sunlp@example.net",
  "2026-10-05 01:36", "举报：锦绣花园北侧厂房夜间噪音扰民", """
您好：

我住在锦绣花园小区7栋，小区北侧围墙外有一家汽车配件加工厂。近一个月来，该厂每晚11点以后开动空压机和冲床，一直持续到凌晨三四点，咚咚的冲压声隔着双层玻璃都听得清清楚楚。小区里有老人和备考的孩子，大家已经严重睡眠不足。

我们找过厂门口的门卫，对方说“我们有订单，没办法”。特此举报，请环保部门夜间来测一下噪音，依法处理。

孙立平
电话：133 0000 2258
""", "demand", "no", "-", "Ecology and Environment Bureau", "normal", "zh", "-")

L(24, "teacher-weekend-classes", "eml", "A concerned parent", "parent.grade4@example.net",
  "2026-10-19 20:55", "A question about fairness in my daughter's class", """
Dear Sir or Madam,

Our daughter is in Grade 4 at the Lianhua Road Experimental Primary School
(a public school), in the bilingual stream. We moved here two years ago for my
work.

Her maths teacher, Ms. Xu, offers weekend sessions at her own flat, 600 yuan
a month. About two thirds of the class attend. In September we decided
against it, as our daughter already has a full schedule. Since then she has
been moved to the back row, her homework comes back with marks taken off for
things that other children's books show as correct (I have compared them),
and last week Ms. Xu told the class that "the children who come on Saturday
will understand the test better".

I do not wish to cause trouble for a teacher who is otherwise capable, and the
school does not know I am writing. I would only ask that someone look into
whether this is allowed.

With respect,
A parent in Class 4(3)
""", "complaint", "yes", "a", "Education Bureau", "normal", "en", "indirect")

L(25, "exit-entry-holiday-hours", "eml", "刘洋", "liuyang88@example.com",
  "2026-09-29 08:03", "国庆出入境大厅开门吗", """
国庆期间出入境大厅开不开门？几点到几点？谢谢
""", "information", "no", "-", "Public Security Bureau", "normal", "zh", "short")

L(26, "alley-extension-cafe", "eml", "Lucia Ferraro", "lucia@piccolo-caffe.example",
  "2026-10-07 16:20", "Structure built into the back alley behind Chunxi Lane shops", """
Dear Sir or Madam,

I run a small café in the row of shops on Chunxi Lane, near the east gate of
the Taoyuan community. Since late September the owner of the hotpot restaurant
two doors down has been building a brick and steel extension into the service
alley behind our shops. It now covers about two thirds of the alley's width,
including the spot where our rear door opens, and the workers store gas
cylinders inside it.

I understand that the restaurant owner's wife is the sister of the community
committee director, and other shopkeepers have told me, more or less kindly,
that it is "better not to make this your business". My food business licence
comes up for renewal in January and the community has to sign off on our
fire-safety self-inspection form. I would be grateful if my name did not
appear in anything that reaches the community office.

Could the structure be inspected and, if it is not permitted, removed?

Thank you,
Lucia Ferraro
""", "demand", "yes", "c", "Urban Management Bureau", "normal", "en", "indirect")

L(27, "foreign-licence-conversion", "json", "Emily Zhang-Whitaker", "emily.zw@example.com",
  "2026-10-08 10:15", "Converting my UK driving licence", """
Hi, I am a returnee (British passport, now on a 居留许可 for 2 years). I want to convert my UK driving licence to a Chinese one. Which 车管所 handles this for foreigners, do I need a 体检 at a specific hospital, and can I take the 科目一 theory test in English? Also does my licence need an official translation or is a 翻译件 from any agency OK? Thanks a lot!
""", "consultation", "no", "-", "Public Security Bureau", "normal", "en", "mixed",
  phone="+86 132 0000 5560", district="Jinhu District")

L(28, "open-air-quality-data", "eml", "Dr. Felix Adeyemi", "f.adeyemi@atmos-lab.example.org",
  "2026-10-20 14:48", "Suggestion: open, machine-readable air quality data", """
Dear Sir or Madam,

I am a visiting atmospheric chemist spending this autumn at a local
university. The city's network of air quality monitoring stations is
impressive, and the public app is easy to use.

For research and for the international community, however, the data is hard
to use: there is no downloadable history, station metadata (location, height,
instruments) is not published, and the app is in Chinese only.

May I suggest that the city publish hourly station data as downloadable CSV
files with a short English description of each field, perhaps with a delay of
a day or two if real-time release is sensitive. Researchers here and abroad
would cite it, and it would show the city's progress on air quality far more
convincingly than summaries.

Kind regards,
Felix Adeyemi
""", "suggestion", "no", "-", "Ecology and Environment Bureau", "normal", "en", "-")

L(29, "etax-crash-deadline", "eml", "黄素芬", "huangsf@hengxin-cpa.example",
  "2026-10-15 23:52", "电子税务局申报期最后一天系统崩溃！！", """
市长信箱：

今天是１０月征期最后一天（１０月１５日），电子税务局从下午２点开始就一直转圈。。。登录不上，登上了也提交不了，提示“系统繁忙，请稍后再试”！！！

本人为代理记账公司会计，手上有３２户企业需要申报，截至晚上１１点半只报出去９户。打１２３６６一直占线，办税服务厅下午５点就下班了。

每个征期最后几天都是这样，请问税务部门能否：①扩容系统；②对因系统原因逾期的企业不予处罚、不计入信用扣分？？

黄素芬　139 0000 7721
""", "complaint", "no", "-", "Taxation Bureau", "normal", "zh", "fullwidth")

L(30, "block-c-no-pressure", "json", "吴先生", "",
  "2026-10-21 07:12", "C座没水压", """
C座18到26层从周一开始没水压，请派人来看一下。
""", "demand", "no", "-", "Water Affairs Bureau", "normal", "zh", "short",
  phone="181 0000 3346", district="云岭区")

# ---------------------------------------------------------------- 031-040
L(31, "checkpoint-phone-deleted", "eml", "Thomas Hargreaves", "t.hargreaves@example.com",
  "2026-10-04 11:26", "Conduct of a traffic officer at a checkpoint on Binhe Road, 2 October", """
Dear Sir or Madam,

On the evening of 2 October, at about 21:40, I was stopped at a traffic
checkpoint on Binhe Road near the Xinqiao interchange. I had not been
drinking and the breath test showed zero.

The officer who handled my car, a man of about forty whose badge number I
could partly read as ending in 37, became angry when he saw my wife filming
the stop on her phone through the window. He shouted at her, reached into the
car, took the phone out of her hand and deleted the video before returning it.
He then kept us at the roadside for a further forty minutes "to check
documents" without explanation.

I respect the work of the traffic police and I have no objection to being
checked. But I believe this behaviour was wrong, and I would ask that it be
looked into. The checkpoint's own camera should show what happened.

Yours sincerely,
Thomas Hargreaves
+86 186 0000 1175
""", "complaint", "yes", "a", "Public Security Bureau", "normal", "en", "-")

L(32, "park-fibre-outage", "eml", "潘志强", "panzq@lianchuang-soft.example",
  "2026-10-22 09:40", "关于创业园区光纤宽带中断五日未修复的情况反映", """
市长信箱：

我司位于科创路88号创业园B区，系一家二十余人的软件外包企业。自2026年10月17日起，园区B区整栋楼光纤宽带中断，至今已五日。据运营商维修人员称系园区外道路施工挖断主干光缆，但施工方、园区物业与运营商互相推诿，均称不归其负责。

我司业务依赖网络，现只能靠员工手机热点勉强维持，已有两家海外客户对交付延误提出索赔。恳请主管部门协调运营商尽快抢修恢复。

联系人：潘志强
电话：0755-0000-8812
""", "demand", "no", "-", "Industry and Information Technology Bureau", "normal", "zh", "-")

L(33, "donate-clothes-books", "eml", "Sophie Grant", "sophie.grant@example.net",
  "2026-10-23 19:19", "where to donate kids clothes", """
Hello,

Im moving back to Austrlia next month and have alot of kids clothes (ages 3-8)
and maybe 200 english childrens books in good condtion. Is there a charity or
goverment place in the city that takes donations like this? Would a school or
the libary want the books? I dont mind driving them somewere.

thank you!!
Sophie
""", "information", "no", "-", "Civil Affairs Bureau", "normal", "en", "typos")

L(34, "spouse-work-permit", "eml", "Camille Moreau-Ishikawa", "camille.mi@example.org",
  "2026-10-26 10:50", "Work permit for a diplomat's spouse?", """
Dear Sir or Madam,

My husband is posted to a consulate in the city and I hold a dependant's
residence document. A local design studio has offered me a part-time
position.

Could you let me know whether I can apply for a work permit in my situation,
whether my status has to change first, and which documents the employer and I
would need to prepare? I would like to be sure I follow the rules before
accepting.

Thank you very much,
Camille Moreau-Ishikawa
""", "consultation", "no", "-", "Human Resources and Social Security Bureau", "normal", "en", "-")

L(35, "abnormal-list-dinner", "eml", "方文静", "fangwj@huiming-daizhang.example",
  "2026-10-27 22:34", "关于办理经营异常名录移出事宜的一点情况", """
市长信箱：

本人经营一家代理记账公司。今年6月，我们代理的一家客户企业因年报地址信息有误被列入经营异常名录，7月我们已按要求提交更正材料及移出申请，至今未获办理。

9月下旬，负责此事的市场监管所一位姓孙的科员打电话给我，说材料“还有些问题”，但不肯说是什么问题，只说“这种事要看你们的诚意”，又说他周五晚上在东湖路的一家茶楼，让我“带上材料过去聊聊，顺便吃个饭”。我没有去。此后我再打电话询问，他都说在开会。

我不知道是我想多了，还是本该如此。我们只是希望按正常程序办理。此信如转办，恳请不要透露我的信息，我们公司还有不少客户的业务要在该所办理。

方文静
""", "complaint", "yes", "a", "Discipline Inspection Commission", "normal", "zh", "indirect")

L(36, "insurance-claims-passport-format", "eml", "Natalie Brooks", "natalie.brooks@aurora-logistics.example",
  "2026-10-28 15:10", "Medical insurance claims rejected for four foreign employees", """
Dear Sir or Madam,

I manage HR administration for Aurora Logistics (China) Ltd. Four of our
foreign employees have had their outpatient reimbursement claims rejected
since August. Each rejection notice reads:

> 审核不通过：证件号码与参保信息不一致。请核实后重新提交。
> (Review failed: ID number does not match insurance record. Please verify
> and resubmit.)

We believe the cause is that their new permanent residence ID cards (the
2023-format cards) replaced the passport numbers originally used to enrol
them, and the two records were never linked. Resubmitting gives the same
result, and the total now exceeds RMB 23,000.

Could the medical insurance office please help us update the four records so
the claims can be paid? I can send the employees' details and copies of
their cards securely.

Kind regards,
Natalie Brooks
Tel. 010-0000-4485
""", "demand", "no", "-", "Healthcare Security Bureau", "normal", "en", "quoted")

L(37, "rotate-park-inspectors", "eml", "R. Lindgren", "r.lindgren@example.org",
  "2026-10-29 08:22", "A suggestion on environmental inspections in the industrial parks", """
Dear Mayor,

I work as an environmental compliance consultant for several manufacturers in
the Beiyuan industrial park. Most of my clients want to comply and invest
accordingly, and I mean this letter as a constructive one.

In many cities, inspection teams are rotated between areas every few years.
In our park, as far as anyone can remember, the same two inspectors have
covered every plant for about eight years. They know everyone, they are
invited to every company's spring dinner, and the clients who invest least in
treatment seem curiously calm before inspections. I draw no conclusions; I
simply think rotation, unannounced joint checks and publishing inspection
results would protect both the park and the inspectors.

I would ask that, if this suggestion is passed on, it not carry my name or
my clients' names. I work in that park every week.

With respect,
R. Lindgren
""", "suggestion", "yes", "b", "Ecology and Environment Bureau", "normal", "en", "indirect")

L(38, "airport-night-bus", "json", "Marta Kowalczyk", "marta.k@example.com",
  "2026-10-30 17:55", "Night bus from the airport to Science City", """
Hello, my flight lands at 23:50 on Sunday. Is there any airport bus or night bus that goes to the Science City campus (near the South Gate of the university) after midnight? If yes, where do I catch it and can I pay with a foreign card or only with Alipay/WeChat? Thank you.
""", "information", "no", "-", "Transport Bureau", "normal", "en", "-",
  phone="", district="Science City")

L(39, "foreign-staff-social-insurance", "eml", "人事专员", "hr.consult2026@example.net",
  "2026-11-02 13:47", "关于外籍员工社会保险缴纳义务的咨询", """
您好：

本人在一家外商投资企业从事人事工作。公司现有外籍员工十一人，其中七人来自与我国未签订社会保险双边协定的国家。近日公司总部通知，自2027年1月起停止为全部外籍员工缴纳社会保险，改为购买商业保险。

现咨询：一、未签订双边协定国家的外籍员工，用人单位是否必须为其缴纳社保；二、如公司停缴，用人单位及具体经办人员需承担何种责任。

因此事系总部决定，本人仍在该岗位，恳请不要向我单位核实，也不要提及有员工来信询问，书面答复政策即可。谢谢。
""", "consultation", "yes", "b", "Human Resources and Social Security Bureau", "normal", "zh", "-")

L(40, "international-clinic-four-hours", "eml", "Benjamin Ortiz", "ben.ortiz@example.net",
  "2026-11-03 19:02", "Four hours at the international clinic - and a question", """
Dear Sir or Madam,

On 31 October I took my six-year-old son, who had a high fever, to the
international clinic at the Municipal Central Hospital. We were told the wait
would be "about thirty minutes". We waited four hours. During that time
nobody explained the delay, the number screen was switched off, and the
reception desk was unattended for most of the afternoon. Other families left
without being seen.

I understand that hospitals are busy in autumn, but a clinic that charges
international patients higher fees should at least tell them what is
happening. I would ask the hospital to review how the clinic is staffed and
how patients are informed.

Separately, could you tell me whether appointments at this clinic can be
booked online in English? I could not find any way to do so.

Regards,
Benjamin Ortiz
""", "complaint", "no", "-", "Health Commission", "normal", "en", "two-intents")

# ---------------------------------------------------------------- 041-050
L(41, "village-landlord-cut-water", "eml", "林嘉怡", "linjiayi.studio@example.com",
  "2026-11-04 10:33", "承租自建房被断水断电，请求帮助", """
您好：

我在柏树村租了一栋村民自建房的一层做陶艺工作室，合同签到2028年6月，租金按季度付清，从未拖欠。上个月房东突然说要收回房子自己开民宿，要我一个月内搬走，我不同意，他从11月1日起把水电都停了，窑炉不能用，已经做好的订单都交不了货。

房东是村支书的亲弟弟。村里人都劝我“算了，别跟他们家闹”。我在村里还有一个小仓库，也是向村里租的，我很怕事情闹大以后那边也租不成了，所以一直没敢去派出所。

请问能不能帮忙协调先恢复水电，合同的事我愿意按法律来。

林嘉怡  138-0000-6215
""", "demand", "yes", "c", "Housing and Urban-Rural Development Bureau", "normal", "zh", "-")

L(42, "service-hall-ticket-machine", "multi", "Arjun Mehta", "arjun.mehta@kestrel-pharma.example",
  "2026-11-05 16:40", "Three visits to the service hall for one registration", """
Dear Sir or Madam,

I have visited the government service hall three times this month to complete
a change of legal representative for our company, and each visit has ended
the same way.

The ticket machine issues numbers for "enterprise registration" only between
9:00 and 9:20; after that it says the quota is full. On my first visit I
arrived at 9:25. On the second, I arrived at 8:30 and there was already a
queue of sixty people outside; the numbers ran out before I reached the
machine. On the third, the hall closed early for a system upgrade that was not
announced on the website.

The staff I spoke to were polite and clearly overstretched; I do not blame
them. But a process that requires a manager to take three mornings off for a
form that takes ten minutes to process needs to be looked at. Online
appointments, or simply more numbers, would solve it.

Regards,
Arjun Mehta
Country Manager
""", "complaint", "no", "-", "Administrative Approval Bureau", "normal", "en", "-")

L(43, "civic-centre-chargers", "eml", "邓雅琴", "dengyq@example.com",
  "2026-11-06 12:05", "建议市民中心停车场增设充电桩", """
市长您好：

市民中心地下停车场共有２００余个车位，却只有４个充电桩，而且其中２个长期故障～～来办事的人越来越多开新能源车，经常排队等充电，办完事车还没充上。

建议：一、增设快充桩至少２０个；二、在入口显示空闲充电位数量；三、对充满不挪车的收取占位费。

以上建议，供参考！
""", "suggestion", "no", "-", "Transport Bureau", "normal", "zh", "fullwidth")

L(44, "paint-factory-odour", "json", "钱女士", "qian.family@example.net",
  "2026-11-07 20:28", "小区旁油漆厂刺鼻气味", """
我们是翠湖湾小区的居民，小区西边隔一条马路有一家家具喷漆厂，最近两个月每天傍晚开始排出很浓的油漆味，刺鼻、头晕，晚上根本不敢开窗。小区幼儿园不少孩子咳嗽。请环保部门来查一下他们的废气处理设施有没有开，有没有偷排。
""", "demand", "no", "-", "Ecology and Environment Bureau", "normal", "zh", "-",
  phone="177 0000 4093", district="翠湖区")

L(45, "marriage-registration", "eml", "Liam O'Connell", "liam.oconnell@example.com",
  "2026-11-09 22:44", "how to regsiter marriage with chinese fiancee", """
Hi,

Me and my fiancee (she is chinese, hukou is here in the city) want to get
married here next spring. What documents I need exactly? I heard I need a
certificat from my embasy that im not married, does it need to be translated
and legalise in Ireland first or is embasy one enough? And we both have to go
to the marrige registry office together or can she do first part alone?

Sorry for my english its late. thanks
Liam
""", "consultation", "no", "-", "Civil Affairs Bureau", "normal", "en", "typos")

L(46, "lift-subsidy-contractor", "eml", "张淑华", "zhangshuhua@example.org",
  "2026-11-10 09:55", "关于幸福里小区3号楼电梯停用四个月的反映", """
市长信箱：

幸福里小区3号楼为2001年建成的老旧住宅，共18层，住户多为老人。楼内电梯自今年7月停用至今已四个月，期间有两位老人下楼就医只能由家属背下楼。

业主委员会已于8月申请老旧小区电梯更新改造补贴，街道通知补贴已获批。但街道城建科负责此事的王科长多次表示，必须由他推荐的“鑫达电梯工程队”施工，补贴才能拨付；我们按程序招标选定的正规公司，他以“资质不全”为由不予认可，但说不出具体缺什么。

恳请：一、尽快督促落实电梯修复，解决老人出行困难；二、对补贴拨付为何必须指定施工队一事予以了解。

幸福里小区3号楼业主委员会 张淑华
电话：139 0000 5184
""", "demand", "yes", "a", "Housing and Urban-Rural Development Bureau", "normal", "zh", "two-intents")

L(47, "thanks-water-repair-crew", "html", "赵明远", "zhaomy@example.net",
  "2026-11-11 08:36", "感谢供水抢修队连夜抢修", """
市长信箱：

11月8日深夜，我们金桂路一带供水主管爆裂，整片小区停水。供水抢修队接到报修后一小时内就到了现场，冒着寒风连夜作业，第二天清晨六点就恢复了供水，还挨家挨户提醒先放水再饮用。

特此写信，向抢修队的全体师傅表示衷心感谢！
""", "information", "no", "-", "Water Affairs Bureau", "normal", "zh", "-")

L(48, "streetlights-closed-resolved", "eml", "Gabriela Nunes", "gabriela.nunes@example.com",
  "2026-11-12 21:03", "Re: street lights on Qiaoxi Road - case closed, lights still off", """
Dear Sir or Madam,

For the third time, I am writing about the street lights along Qiaoxi Road
between the canal bridge and the gate of the Oakridge international school.
Eleven lights have been off since early September. Children walk and cycle
this stretch in the dark after evening activities.

This is the reply I received after my second report:

> 您好，您反映的桥西路路灯问题，经核实已处理完毕，路灯恢复正常照明。
> 感谢您对城市管理工作的支持。
> [Case status: Closed - Resolved]

I walked the road again last night. The same eleven lights are still off. I
have photographs with timestamps. I would appreciate it if the department
could explain how the case was verified as resolved, and actually send
someone to repair the lights.

Regards,
Gabriela Nunes
""", "complaint", "no", "-", "Urban Management Bureau", "normal", "en", "quoted")

L(49, "gov-app-passport-login", "eml", "许哲 Jason Xu", "jason.xu@example.com",
  "2026-11-13 11:11", "建议政务App支持护照登录", """
市长您好，

我是刚回国的留学人员，老婆是外籍。我们想用政务服务App办居住证明和孩子入学登记，结果整个注册 onboarding 流程只支持身份证，passport 完全没有 option，人脸识别也只认身份证照片。

建议 App 增加护照、外国人永久居留身份证注册的选项，或者至少给一个人工审核的 fallback，现在外籍家属基本只能跑大厅。这个 user experience 真的可以改进一下。

谢谢！
Jason
""", "suggestion", "no", "-", "Administrative Approval Bureau", "normal", "zh", "mixed")

L(50, "food-licence-documents", "json", "曹丽娟", "caolj@example.com",
  "2026-11-14 14:20", "咨询食品经营许可证申请材料", """
您好！本人拟在社区开设一家烘焙店，现场制作并销售面包、蛋糕。请问申请食品经营许可证需准备哪些材料？店面面积有无最低要求？从业人员健康证是否须在申请前全部办妥？办理时限大约多久？烦请告知，谢谢。
""", "consultation", "no", "-", "Market Regulation Administration", "normal", "zh", "-",
  phone="153 0000 2271", district="桂园区")

# ---------------------------------------------------------------- 051-060
L(51, "night-wastewater-river", "json", "", "",
  "2026-11-15 02:14", "夜里往小清河排废水", """
长河镇工业区最里面那家电镀厂，最近每天夜里一两点钟用一根黑色软管从后墙往小清河里排水，水是绿色的，下游一大片鱼都死了。白天去看管子就收起来了。我就住在附近，希望尽快来查，夜里来才能看到。
""", "demand", "yes", "b", "Ecology and Environment Bureau", "normal", "zh", "-",
  phone="", district="长河镇", anon=True)

L(52, "refund-eight-months", "eml", "Stefan Novak", "s.novak@novak-trading.example",
  "2026-11-16 10:47", "Export VAT refund outstanding since March", """
Dear Sir or Madam,

Our company, a small import-export firm with nine employees, filed for an
export VAT refund of RMB 412,000 in March. Since then we have supplied
additional documents twice, in May and in August, each time within the
deadline given. The status has not changed in eight months, and our calls to
the district tax branch produce only "still under review".

For a firm our size, this amount is most of our working capital, and we have
had to delay payments to our own suppliers.

I should add that I have thought carefully before sending this. Our tax
compliance record matters a great deal to our bank and our clients, and I
would not wish a letter like this to be the reason our file is later looked
at in a different light. I simply hope the review can be completed, or that
we can be told what is still missing.

Kind regards,
Stefan Novak
Managing Director
+86 150 0000 3368
""", "complaint", "yes", "c", "Taxation Bureau", "normal", "en", "indirect")

L(53, "typhoon-school-trip", "eml", "Ms. J. Albrecht", "j.albrecht@crestline-academy.example",
  "2026-09-14 16:30", "Typhoon on Thursday?", """
Is a typhoon warning expected for Thursday? Our Grade 8 coastal field trip is planned that day.
""", "information", "no", "-", "Meteorological Bureau", "normal", "en", "short")

L(54, "teachers-day-money", "eml", "一位家长", "jiazhang.2026@example.com",
  "2026-09-12 21:40", "关于教师节前班级收钱的情况", """
市长您好：

我孩子在市第十五中学初二（5）班就读，这是一所公办学校。教师节前，班主任郑老师让家委会在家长群里通知，每位家长交200元“心意”，由家委会统一买购物卡送给老师们。家长群里每天公布已交名单，郑老师还在群里说“还有几位家长没跟上节奏”。

我们家没有交。教师节后第二周，孩子的座位从第三排被调到了最后一排，班会课上还被点名批评“集体意识差”。

孩子还要在这个班读两年，我们不想让老师知道是谁反映的，只希望教育部门能管一管这种风气。
""", "complaint", "yes", "a", "Education Bureau", "normal", "zh", "-")

L(55, "bonded-zone-samples", "multi", "Victoria Hales", "v.hales@brightwater-cosmetics.example",
  "2026-11-18 11:25", "Enquiry: moving product samples from the bonded zone to a domestic trade show", """
Dear Sir or Madam,

We are a UK-invested cosmetics company operating a warehouse in the
comprehensive bonded zone. In December we plan to exhibit at a trade fair in
the city's exhibition centre and would like to bring about 300 product samples
from the bonded warehouse, some of which will be given away to visitors.

Could you advise:
- which office we should contact to arrange this;
- whether samples leaving the zone for a temporary exhibition must be
  declared as imports and have duties and taxes paid, or whether a temporary
  procedure exists;
- whether the free samples need Chinese labelling or product registration.

Thank you for your guidance.

Best regards,
Victoria Hales
Supply Chain Manager
""", "consultation", "no", "-", "Commerce and Investment Promotion Bureau", "normal", "en", "-")

L(56, "provident-fund-transfer", "eml", "宋佳", "songjia.acct@example.net",
  "2026-11-19 15:58", "公基金转移一直办不了", """
您好：

我是一家公司的会计，我们公司有三名员工从外地公司跳草过来，需要把他们在原单位的公基金转进我们单位帐护。己经在网上提交了三次转移申请，每次过几天都显示“转出失败”，也不说原因，打电话问说是“对方中心的问题”，再问对方又说是我们这边的问题。

员工着急用公积金贷款买房，麻烦帮忙协掉一下，尽快把转移办好。

宋佳 电话 132 0000 8867
""", "demand", "no", "-", "Housing and Urban-Rural Development Bureau", "normal", "zh", "typos")

L(57, "jinqiao-bike-lane", "eml", "Pieter van Dijk", "pieter.vandijk@example.org",
  "2026-11-20 08:12", "Making the Jinqiao Avenue bike lane continuous", """
Dear Mayor,

I cycle to work every day along Jinqiao Avenue, and I am glad to see more and
more people doing the same. The painted bike lane, however, stops and starts:
it disappears at every bus stop, at the two shopping-mall entrances, and for
most of the block outside the Sunrise office park, where cars park on it all
day.

I would suggest physically separating the lane with low kerbs or bollards on
the busiest stretch, routing it behind the bus stops as is done in many
European cities, and keeping it continuous through junctions with green
paint.

One more small thing: there is a deep pothole in the bike lane just south of
the Jinqiao/Hehua Road junction, which has already thrown at least one rider
I know. It would be good to fill it before winter.

With best regards,
Pieter van Dijk
""", "suggestion", "no", "-", "Transport Bureau", "normal", "en", "two-intents")

L(58, "rooftop-structure-dinner", "json", "老居民", "",
  "2026-11-22 20:45", "7栋楼顶违建越盖越高", """
我们楼（梧桐苑7栋）顶楼住户今年8月开始在楼顶加盖彩钢房，现在已经盖了两层，楼下几户天花板都开始渗水。9月我们打过电话，城管中队来了一位姓彭的队员，上楼看了看说“会处理的”。结果第二天晚上就看见他和那家户主在小区门口的饭馆喝酒，喝到很晚。之后就再没有人来过，楼顶又多加了一层。请求尽快拆除违建，这次希望换别人来处理。
""", "demand", "yes", "a", "Urban Management Bureau", "normal", "zh", "indirect",
  phone="135 0000 7742", district="梧桐区")

L(59, "museum-english-tour", "eml", "梁綺雯", "leung.yiman@example.com",
  "2026-11-24 10:18", "博物館英語導賞預約查詢", """
您好：

本人下月將陪同兩位英國教授參觀市博物館，想請問館方是否提供英語導賞服務？需要提前幾日預約？團體參觀是否須以護照實名登記？

另外，週一是否閉館？煩請告知，謝謝！

梁綺雯
""", "information", "no", "-", "Culture and Tourism Bureau", "normal", "zh", "fullwidth")

L(60, "insurance-window-clerk", "eml", "Nadia Haddad", "nadia.haddad@example.net",
  "2026-11-25 17:26", "Treatment at the medical insurance service window, 24 November", """
Dear Sir or Madam,

Yesterday afternoon, 24 November, around 15:00, I went to window 3 of the
district medical insurance service centre on Guanghua Street to apply for a
replacement medical insurance card. I brought my passport, my residence
permit and the form, as listed on the centre's website.

The clerk at window 3, a young man whose name plate read "Li Hao", did not
look at the documents. He told me, in front of the people queuing, that
"foreigners should go back to their own country to see a doctor", laughed with
his colleague, and then put up a "break" sign. I waited twenty minutes; he
came back and served the next person, not me.

I eventually received help at another window from a very kind colleague. But
I was humiliated, and I think a public service window should not treat
anyone this way. I would appreciate it if his supervisor could address it.

Sincerely,
Nadia Haddad
+86 188 0000 6409
""", "complaint", "yes", "a", "Healthcare Security Bureau", "normal", "en", "-")


# ---------------------------------------------------------------- writer

def enc(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def dt(when):
    return datetime.strptime(when, "%Y-%m-%d %H:%M").replace(tzinfo=TZ)


def html_of(body):
    import html as h
    paras = [p for p in body.split("\n\n")]
    out = []
    for p in paras:
        lines = p.split("\n")
        if all(l.startswith("- ") for l in lines if l):
            out.append("<ul>" + "".join("<li>%s</li>" % h.escape(l[2:]) for l in lines) + "</ul>")
        else:
            out.append("<p>" + "<br>\n".join(h.escape(l) for l in lines) + "</p>")
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head><body>\n"
            + "\n".join(out) + "\n</body></html>")


MID_DOMAINS = ["mail.example.com", "mx.example.net", "post.example.org", "smtp.example"]


def eml(d):
    n = d["n"]
    if d["name"]:
        frm = "%s <%s>" % (enc(d["name"]), d["addr"])
    else:
        frm = d["addr"]
    t = dt(d["when"])
    hdr = [
        "From: " + frm,
        "To: mayor@city.example",
        "Subject: " + enc(d["subject"]),
        "Date: " + format_datetime(t),
        "Message-ID: <%s.%03d.%s@%s>" % (t.strftime("%Y%m%d%H%M"), n, d["slug"][:10],
                                        MID_DOMAINS[n % len(MID_DOMAINS)]),
        "MIME-Version: 1.0",
    ]
    body = d["body"]
    if d["fmt"] == "eml":
        hdr += ["Content-Type: text/plain; charset=utf-8",
                "Content-Transfer-Encoding: 8bit"]
        text = "\n".join(hdr) + "\n\n" + body + "\n"
    elif d["fmt"] == "html":
        hdr += ["Content-Type: text/html; charset=utf-8",
                "Content-Transfer-Encoding: 8bit"]
        text = "\n".join(hdr) + "\n\n" + html_of(body) + "\n"
    else:
        b = "=_w14_alt_%03d" % n
        hdr += ['Content-Type: multipart/alternative; boundary="%s"' % b]
        text = ("\n".join(hdr) + "\n\nThis is a multi-part message in MIME format.\n\n"
                "--%s\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
                "%s\n\n--%s\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
                "%s\n\n--%s--\n") % (b, body, b, html_of(body), b)
    return text.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")


def form(d):
    t = dt(d["when"])
    obj = {
        "id": "%s-%03d" % (ME, d["n"]),
        "submitted_at": t.isoformat(),
        "name": d["name"],
        "phone": d["phone"],
        "email": d["addr"],
        "anonymous": d["anon"],
        "title": d["subject"],
        "content": d["body"],
        "district": d["district"],
    }
    return (json.dumps(obj, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    rows = ["path\tcategory\tconfidential\treason\tdepartment\tpriority\tlanguage\thard"]
    seen = set()
    for d in sorted(LETTERS, key=lambda x: x["n"]):
        assert d["n"] not in seen
        seen.add(d["n"])
        ext = "json" if d["fmt"] == "json" else "eml"
        fname = "%s-%03d-%s.%s" % (ME, d["n"], d["slug"], ext)
        data = form(d) if ext == "json" else eml(d)
        with open(os.path.join(OUT, fname), "wb") as f:
            f.write(data)
        rows.append("\t".join(["letters/" + fname, d["cat"], d["conf"], d["reason"],
                               d["dept"], d["pri"], d["lang"], d["hard"]]))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows) + "\n")
    print("wrote %d letters" % len(LETTERS))


if __name__ == "__main__":
    main()
