#!/usr/bin/env python3
"""w37: 60 letters for the blind9 judgement corpus. Deterministic."""
import json, os, base64
from email.header import Header
from email.utils import formataddr, format_datetime
from datetime import datetime, timezone, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'letters')
TZ = timezone(timedelta(hours=8))
W = 'w37'

L = []
def E(n, slug, fmt, when, name, addr, subj, body, cat, conf, reason, dept, prio, lang, hard):
    L.append(dict(n=n, slug=slug, fmt=fmt, when=when, name=name, addr=addr, subj=subj,
                  body=body.strip('\n'), cat=cat, conf=conf, reason=reason, dept=dept,
                  prio=prio, lang=lang, hard=hard))
def J(n, slug, when, name, phone, email, anon, title, content, district,
      cat, conf, reason, dept, prio, lang, hard):
    L.append(dict(n=n, slug=slug, fmt='json', when=when, name=name, phone=phone, email=email,
                  anon=anon, title=title, body=content.strip('\n'), district=district, cat=cat,
                  conf=conf, reason=reason, dept=dept, prio=prio, lang=lang, hard=hard))

E(1, 'legal-aid-nonlocal-worker', 'plain', '2026-10-03 10:14', 'Peng Wenli', 'peng.wenli@hengqiao-law.example',
  'Legal aid eligibility for a non-local worker - three questions', """
Dear Sir or Madam,

I am a practising lawyer at a small firm in the Xinhe area. A construction
worker from Guizhou has asked me to help him claim compensation after a fall
from scaffolding in August. He cannot afford fees and I would like to refer
him to the municipal legal aid centre, but I want to get the procedure right
before sending him across town on crutches.

1. Does a worker without local hukou or a residence permit qualify for legal
   aid in this city, and is a work-injury claim within its scope?
2. Which proof of financial hardship is accepted? Is a signed personal
   declaration enough, or must his home village issue a certificate?
3. May I file the application on his behalf, or must he appear in person?

A short answer, or the name of the right office, would be appreciated.

Regards,
Peng Wenli
Hengqiao Law Firm
Tel. 139 0000 2817
""", 'consultation', 'no', '-', 'Justice Bureau', 'normal', 'en', '-')

E(2, 'jinpingyuan-lift-22-days', 'plain', '2026-10-05 21:40', '郝建国', 'haojianguo@example.net',
  '关于锦屏苑3栋电梯停运二十二天的情况反映及处理请求', """
市长信箱：

本人系锦屏苑小区3栋住户，从事机电工程工作。该栋电梯自9月14日起停运，至今已22天，现将情况报告如下：

一、停运原因。物业称主板烧毁，需向厂家订购配件，但始终未出示维保单位的故障报告。
二、影响。本栋18层共68户，80岁以上老人至少9位，12楼一位透析病人每周三次由家属背下楼。
三、物业态度。我两次到物业服务中心询问进度，门岗保安态度很差，原话是"嫌慢你自己去修"。
四、请求。请主管部门督促物业公司限期修复，并公开维修进度和维保费用使用情况。

本人可以配合现场核实，署名无妨。

郝建国  电话 186-0000-5573
10月5日
""", 'demand', 'no', '-', 'Housing and Urban-Rural Development Bureau', 'normal', 'zh', '-')

E(3, 'surgery-queue', 'plain', '2026-10-06 23:52', '', 'night.ward@example.org',
  '一件在科室里大家都心照不宣的事', """
您好。

我在市第二人民医院普外科病房工作好几年了，有件事憋了很久。

我们科的主任，手术排期一直是他一个人说了算。家属术前谈话后单独去他办公室"坐一坐"的，第二天基本就能排上；没去的，同样是胆囊手术，能往后拖一两个星期。上个月12床的老太太疼得整夜睡不着，她儿子偷偷问我们护士，是不是"要懂点规矩"。我不知道该怎么回答他。

科里的人都知道，但没人会说。我只是想让病人排队排得公平一点。

信写得乱，请见谅。
""", 'complaint', 'yes', 'a', 'Health Commission', 'normal', 'zh', 'indirect')

E(4, 'iit-refund-under-review', 'plain', '2026-10-08 12:05', 'Lin Qiaoyun', 'qiaoyun.lin@example.com',
  'IIT annual reconciliation refund still "under review" after 4 months', """
Hi,

I'm a chartered accountant, and I filed my own 2025 individual income tax
annual reconciliation through the IIT app on 2 June. The refund due is 3,412
yuan, mostly from the continuing-education and elderly-support deductions.
The status has shown "under review" ever since, and nobody has asked me for
any documents.

Could you tell me:
- Is there a normal processing time, after which I should contact the tax
  office myself?
- Which office handles my case: the one where my employer is registered,
  or the one for my home address?
- Should I upload anything proactively for the elderly-support deduction?
  My two brothers and I split it three ways.

Thank you.
Lin Qiaoyun
+86 131 0000 4460
""", 'consultation', 'no', '-', 'Taxation Bureau', 'normal', 'en', '-')

E(5, 'pdf-drawing-review', 'html', '2026-10-09 16:30', '钟予宁', 'zhong.yuning@atelier.example',
  '建议施工图审查全面接受电子签章PDF报审', """
尊敬的市长：

我是一家建筑设计事务所的注册建筑师。目前市政务服务中心工程建设审批窗口在施工图联审环节，仍要求同时报送纸质蓝图一式六份并逐页盖章。一个中型住宅项目光图纸就要打印两千多张，跑一趟窗口至少半天。

几点建议：
1. 全面接受带CA电子签章的PDF图纸，纸质图只在竣工归档时提交一份；
2. 审查意见通过平台在线反馈、在线修改，不必来回取送；
3. 在平台上公示每个项目所处环节和预计时限。

邻近几个城市已经这样做了，反响不错。供参考。

钟予宁
""", 'suggestion', 'no', '-', 'Administrative Approval Bureau', 'normal', 'zh', '-')

E(6, 'piling-1am', 'plain', '2026-10-10 01:37', '', 'song.lecturer@example.com',
  '凌晨打桩', """
师大南门对面工地，夜里一点多还在打桩，连着三晚了。请管一管。
""", 'demand', 'no', '-', 'Ecology and Environment Bureau', 'normal', 'zh', 'short')

E(7, 'registration-hall-patience', 'plain', '2026-10-12 09:02', 'Gao Shengming', 'gao.sm1951@example.net',
  'An efficient morning at the real estate registration hall', """
Dear Mayor,

I spent thirty-one years on the bench, so I know something about waiting.
Even so, last Tuesday at the real estate registration hall on Qinglan Road
taught me new depths of patience. I arrived at 8:20 to transfer a flat to my
daughter, took number B147, and was called at 3:05 in the afternoon. Of the
twelve windows, four were open. The online appointment system had shown "no
slots available" for three weeks running, which is why I came in person at
all.

The staff I met were courteous and plainly overwhelmed; I do not blame them.
I blame whoever decided that twelve windows need only four people. Perhaps
the hall could publish real waiting times, open more windows on the busiest
days, or at the very least provide a few more chairs for those of us past
seventy.

Yours faithfully,
Gao Shengming (retired)
""", 'complaint', 'no', '-', 'Natural Resources and Planning Bureau', 'normal', 'en', 'sarcasm')

E(8, 'hk-residence-permit-renewal', 'plain', '2026-10-13 14:21', '區曉晴', 'au.hiuching@example.org',
  '港澳居民居住證續期需要哪些材料？', """
您好：

本人為香港居民，在本市一家報社任職編輯已三年，持有港澳台居民居住證，明年一月到期。想請教：

１．續期是否必須本人到派出所辦理？可否網上預約？
２．所需材料除回鄉證、勞動合同外，是否還要社保繳納證明？
３．辦理期間如需出境，舊證是否仍然有效？

謝謝！

區曉晴　電話：１５２　００００　３３８１
""", 'consultation', 'no', '-', 'Public Security Bureau', 'normal', 'zh', 'fullwidth')

E(9, 'praise-120-dispatcher', 'plain', '2026-10-14 08:45', '邵承远', 'shaochengyuan@example.com',
  '表扬120指挥中心调度员许婷婷', """
10月11日晚9点多，我父亲在家突发心梗。我自己是心内科医生，但当时在外地开会，家里只有母亲一人。她打120时已经慌得说不清地址，接线的调度员许婷婷一边派车，一边在电话里一步一步教她给父亲做胸外按压，一直坚持到救护车到达，前后十一分钟没挂电话。

父亲现在已经放了支架，恢复良好。作为同行，我知道那十一分钟意味着什么。请转达我们全家的感谢。

邵承远
""", 'information', 'no', '-', 'Health Commission', 'normal', 'zh', '-')

J(10, 'low-water-pressure-pump', '2026-10-15T07:55:00+08:00', 'Ruan Zhi', '177 0000 6092', 'ruanzhi@example.net', False,
  'Water pressure very low 5th floor and up since pump change', """
Hello, I am living Building 6, Lvyuan Jiayuan. Since the water compny replace the booster pump on 2 Oct, our floors 5 to 11 have almost no presure in the morning 7-9am. Shower is like drip, washing machine give error E1. I am engineer myself and I checked, the pump is runing but I think setting pressure is too low or the check valve is install wrong direction. Property say is water company responsiblity, water company say is property. Please someone come and test, we have old peoples here can not carry water upstair.
Thanks, Ruan Zhi
""", 'Fuxi District', 'demand', 'no', '-', 'Water Affairs Bureau', 'normal', 'en', 'typos')

E(11, 'lawyer-meeting-refused', 'plain', '2026-10-16 19:10', '霍天衡', 'huo.tianheng@lawyers.example',
  '关于龙塘派出所值班民警阻碍律师会见的投诉', """
市长信箱：

10月15日下午，本人持律师执业证、授权委托书和律师事务所函到龙塘派出所，要求会见因涉嫌诈骗被传唤至所内的当事人。值班的一名民警（警号尾号27，约四十岁，戴眼镜）看了一眼材料，说"所长不在，谁也不能见"。我请他书面说明不予安排的理由，他把我的执业证往桌上一摔，说"你去告啊"，随后让辅警把我请出了大厅。

律师依法会见当事人，不应以"所长不在"为由拒绝。请有关部门调取当天值班记录和大厅监控，核实该民警的行为并依规处理，并书面答复本人。

律师 霍天衡
电话：135 0000 7714
""", 'complaint', 'yes', 'a', 'Public Security Bureau', 'normal', 'zh', '-')

E(12, 'fake-invoice-liability', 'plain', '2026-10-17 22:18', '', 'ledger2026@example.org',
  '咨询：被要求代开发票，经办会计要担什么责任', """
您好，想咨询两个问题。

我在一家贸易公司做会计。最近老板让我按"技术服务费"的名义，找一家关系户公司给我们开几张增值税专用发票，合计一百多万元，实际上没有发生任何业务。

1. 如果我照做，作为经办会计，个人要承担什么法律责任？
2. 如果我想向税务机关反映，有什么渠道，需要准备哪些材料？

我还得靠这份工作养家，请不要把我的姓名和单位透露给任何人，回复发到这个邮箱就可以。
""", 'consultation', 'yes', 'b', 'Taxation Bureau', 'normal', 'zh', '-')

E(13, 'wenyuan-cycle-lane', 'plain', '2026-10-18 11:26', 'Helen Qiu', 'h.qiu@univ.example.edu',
  'Proposal: protected cycle lane on Wenyuan Avenue', """
Dear Mayor,

I teach civil engineering at the university on Wenyuan Avenue. Roughly 4,000
students and staff cycle the 2.3 km between our east gate and Xijiao metro
station every weekday. The painted cycle lane is used as a parking strip by
delivery vans and ride-hailing cars, so cyclists end up in the bus lane.

My third-year students surveyed the route for a course project last spring
and counted 212 vehicles parked in the lane during a single morning peak.
Their report (I can send it) recommends:

- kerb-separated lanes on the 1.1 km stretch with the most conflicts;
- two loading bays for deliveries near the food street;
- moving the Yucai Lane bus stop 30 m south so buses stop cutting across.

None of this is expensive. I would be glad to meet the engineers involved.

Dr Helen Qiu
School of Civil Engineering
""", 'suggestion', 'no', '-', 'Transport Bureau', 'normal', 'en', '-')

J(14, 'night-shift-pay-owed', '2026-10-19T06:48:00+08:00', '', '', '', True,
  '加班费拖了三个月', """
我在康泰民营医院当护士，7 8 9三个月的夜班费和加班费一直没法，人事说等院长签字，院长说等总部拨款。我们科十几个护士都这样，每个月少两千多。还有劳动和同也没给我们复印件，工资条上也查不到。能不能帮我们查一下，我们不敢自己去找，怕被穿小鞋
""", '东湖区', 'demand', 'yes', 'b', 'Human Resources and Social Security Bureau', 'normal', 'zh', 'typos')

E(15, 'mediator-training', 'multi', '2026-10-20 15:00', '黎孟璋', 'li.mengzhang@example.net',
  '关于加强基层人民调解员业务培训的几点建议', """
市长同志：

我从市中级人民法院退休后，在所住的桂苑街道担任义务人民调解员已近四年，调处邻里、婚姻家庭、物业等纠纷一百余件。结合亲身经历，就基层调解工作提出几点建议，供参考。

一、调解员业务能力参差不齐。现有调解员多为社区干部兼任或退休人员义务担任，对《人民调解法》和民法典相关规定掌握不够。个别调解协议内容违反法律强制性规定，事后被法院确认无效，反而激化了矛盾。

二、建议由司法行政部门牵头，每年至少组织两次分片集中培训，内容以常见纠纷的法律要点、调解协议书的规范制作、司法确认程序的衔接为主，可邀请退休法官、律师授课，本人愿意参加。

三、建立调解协议书抽查制度，按季度抽查各街道调解委员会的协议文书，发现问题及时反馈、限期纠正。

四、适当提高调解员补贴标准。目前每件补贴偏低，且发放不及时，影响年轻人参与的积极性。

五、推动诉调对接信息共享。法院立案前可将适宜调解的案件推送至属地调解委员会，减少当事人往返奔波。

以上意见如有不妥，请批评指正。

退休法官 黎孟璋
2026年10月20日
""", 'suggestion', 'no', '-', 'Justice Bureau', 'normal', 'zh', '-')

E(16, 'library-golden-week', 'plain', '2026-10-01 08:12', 'K. Zhao', 'kzhao.press@example.com',
  'Library hours, Golden Week?', """
Is the municipal library open 2-7 October, and until what time? Thanks.
- K. Zhao
""", 'information', 'no', '-', 'Culture and Tourism Bureau', 'normal', 'en', 'short')

E(17, 'solvent-drums-by-boiler', 'plain', '2026-10-21 12:33', '', 'equip.tech@example.org',
  '反映一处危化品存放隐患', """
您好。

城北工业园里有一家做涂料的厂，最近订单多，仓库放不下，把几十桶稀释剂、甲苯堆在锅炉房外墙边上，离燃气锅炉的排烟口不到五米，上面只盖了一层塑料布。这几天天气干，中午太阳一晒，桶身都是烫的。

我是搞设备的，知道这意味着什么，跟车间主任提过两次，他说过了旺季再挪。

具体位置：城北工业园纬三路与经七路交口往东第二家，蓝色铁皮顶仓库后面。麻烦尽快派人来看看。

我在这个厂还要干到退休，家里就靠这份工资。上回有个同事往上反映食堂的事，没过一个月就被调去看大门了。
""", 'demand', 'yes', 'c', 'Emergency Management Bureau', 'high', 'zh', 'indirect')

E(18, 'insurance-system-down', 'plain', '2026-10-22 18:20', '周奕', 'zhouyi.md@example.com',
  '医保结算系统本月第四次宕机，病人只能全额自费', """
市医保局：

我是市中心医院门诊的一名医生。本月3日、9日、16日、21日，医保结算系统都出现了长时间无法连接的情况，最长一次持续近五个小时。其间来就诊的参保病人只能先全额自费，再拿票据回去"手工报销"。很多老人根本不会操作线上手工报销，在收费窗口前跟我们吵，收费员也只能解释"是系统的问题"。

这不是哪个窗口人员的责任，是系统稳定性的问题。请问医保部门是否掌握这一情况？故障期间能否启用应急结算方案，至少不要让病人先垫付？

望尽快改进。
周奕
""", 'complaint', 'no', '-', 'Healthcare Security Bureau', 'normal', 'zh', '-')

E(19, 'add-wife-to-title', 'plain', '2026-10-23 20:47', 'Marcus Yan', 'marcus.yan@studio-yan.example',
  'Adding my wife (foreign passport) to our property certificate', """
Hello,

I'm an architect and a Chinese citizen. I bought a flat in Binjiang Garden in
2023, before my marriage, so the 不动产权证书 is in my name only. My wife is
Canadian and holds a 外国人永久居留身份证. We'd like to change the title to
共同共有 (joint ownership).

1. Is this treated as a 赠与 between spouses, and which taxes apply - 契税?
   个税?
2. Does her permanent residence card work as ID at the 不动产登记中心
   window, or does she need her passport plus a 翻译件 of our marriage
   certificate? We married in Vancouver.
3. Can we book online through 一网通办, or must both of us go in person?

Thanks a lot,
Marcus Yan
138 0000 9025
""", 'consultation', 'no', '-', 'Natural Resources and Planning Bureau', 'normal', 'en', 'mixed')

E(20, 'class-teacher-workbooks-tutoring', 'plain', '2026-10-24 21:05', '', 'parent.4c3@example.net',
  '反映孩子班主任的一些做法', """
您好，我是一名大学教师，孩子在市实验小学四年级（3）班。

班主任钱老师这学期以来有几件事让家长很为难：

1. 开学第二周在家长群里发了一份"必备练习册"清单，指定到学校后门的"博文书社"购买，别处买的同款不让用，说是"版本不一样"。
2. 多次在群里暗示成绩靠后的孩子"周末需要补一补"，并留了她本人的微信，一次两小时收费三百元。
3. 没去她那里补课的几个孩子，最近都被调到了最后一排。

我自己也教书，知道老师辛苦，但这样做不对。家长们在群里谁都不敢吭声。麻烦教育部门了解一下。

一位家长
""", 'complaint', 'yes', 'a', 'Education Bureau', 'normal', 'zh', '-')

E(21, 'landlord-cut-water-power', 'plain', '2026-10-25 23:10', '唐女士', 'tang.lawyer@example.com',
  '房东断水断电逼退租，押金不退', """
您好：

我是一名执业不满两年的律师，在下塘村租住一套单间，合同到明年3月。10月中旬房东说要把整栋楼改成公寓，让所有租户月底前搬走，押金不退，也没有任何补偿。上周起，他把我们这一层的水电都停了。

照道理我可以起诉。但房东是村支书的堂弟，他已经在楼道里放话，说"谁敢去告，以后在这个村里就别想租到房子"，还说知道我在哪个律所上班。楼里大多是附近打工的，被他这么一说，都不敢出声。

请住建部门或其他相关部门介入，先恢复水电，再督促房东按合同退还押金。

唐女士  139 0000 5160
""", 'demand', 'yes', 'c', 'Housing and Urban-Rural Development Bureau', 'normal', 'zh', '-')

E(22, 'late-bus-47', 'plain', '2026-10-26 23:26', 'Tang Yue', 'tangyue.rn@example.org',
  'late bus?', """
Night shift ends 23:00 at Third People's Hospital. Last No. 47 leaves 22:10. Any later bus toward Lianhua Road?
""", 'information', 'no', '-', 'Transport Bureau', 'normal', 'en', 'short')

J(23, 'coding-school-shut', '2026-10-27T20:31:00+08:00', '骆嘉慧', '150-0000-7734', 'luojiahui@example.org', False,
  '培训机构关门，预付学费退不了', """
你好。我女儿在"启航少儿编程"（云溪路万达广场三楼）报了96课时，一次性交了11520元，才上了23节课。10月20日去上课，发现门锁了，墙上贴着"装修暂停营业"，老师和前台的电话都打不通。家长群里有四十多户，算下来被拖欠的学费有三十多万。

听说校外培训机构的预收费应该进资金监管账户，想请教育部门查一下这家机构的监管账户，帮我们追回剩余学费。合同和付款记录我这边都有，可以提供。
""", '云溪区', 'demand', 'no', '-', 'Education Bureau', 'normal', 'zh', '-')

E(24, 'deputy-director-weekend-car', 'plain', '2026-10-28 07:40', '', 'lens.weekend@example.net',
  '关于翠湖街道一名副主任长期私用公车的情况', """
本人在报社工作，因为住在附近，偶然注意到这件事，并非采访所得。

翠湖街道办事处有一辆白色公务车（车牌尾号586）。从9月起，几乎每个周六上午都停在锦绣湾小区南门，由街道分管城建的那位副主任本人驾驶，接上家人去郊区的钓鱼场，傍晚再开回来。我手机里有9月13日、9月27日、10月11日、10月25日四次的照片，带时间水印。

我不想以记者身份介入，只希望有关部门核实。照片可以另行提供。
""", 'complaint', 'yes', 'a', 'Discipline Inspection Commission', 'normal', 'zh', '-')

E(25, 'third-ticket-auto-closed', 'plain', '2026-10-29 13:15', 'Daniel Fu', 'dfu@example.com',
  'Third ticket, same auto-reply - is anyone reading?', """
Dear Mayor's Office,

This is my third attempt about the same problem: a blocked storm drain
outside No. 12 Heshun Lane that floods the road every time it rains. My first
two tickets (8 September and 26 September) both came back with this SMS:

> [12345] Your request has been received and transferred to the relevant
> department. Please wait patiently for the result. Ticket closed.

"Ticket closed" - but nothing happened and nobody called. When I rang the
hotline, the operator could only see that the ticket was "completed". I don't
blame the operators, who were polite. The problem is a system that marks a
ticket done when it is forwarded, not when the work is done.

I'd like someone to actually look at the drain, and an explanation of how
tickets get closed.

Regards,
Daniel Fu, P.E.
""", 'complaint', 'no', '-', 'Municipal Government Office', 'normal', 'en', 'quoted')

E(26, 'aed-in-metro', 'html', '2026-10-30 10:10', '赵景深', 'zhaojs.er@example.org',
  '建议在地铁站配置AED并培训站务人员', """
市长您好：

我是急诊科医生。心脏骤停后4分钟内除颤，存活率能提高好几倍，而早晚高峰时救护车很难在这个时间内赶到。地铁站人流量大、位置固定，是最适合放AED的地方。

据我观察，全市地铁1、2号线42个站，目前只有机场站和火车站站配了AED。建议：
一、每个站厅至少配置一台，位置醒目，标识统一；
二、站务人员每年参加一次心肺复苏和AED使用培训，我们科室愿意派医生义务授课；
三、在地铁App里标注各站AED的位置。

花钱不多，能救命。

急诊科 赵景深
""", 'suggestion', 'no', '-', 'Transport Bureau', 'normal', 'zh', '-')

E(27, 'thanks-old-street', 'plain', '2026-11-01 09:30', '龐世德', 'pang.shide@example.com',
  '致市長信箱的一封謝函', """
市長、各位工作人員：

今年夏天我曾三度來信，反映我們這條老街的幾件瑣事——路燈、井蓋、公廁。當時並不抱太大希望。沒想到秋天一到，一件一件都辦妥了，還有人打電話來問我滿不滿意。

我在法院工作了一輩子，深知「辦成一件事」背後要經過多少環節。謹以此信，向諸位道一聲辛苦。

無需回覆。

退休老人　龐世德　敬上
""", 'information', 'no', '-', 'none', 'normal', 'zh', 'fullwidth')

E(28, 'nonlocal-child-school-place', 'plain', '2026-11-02 21:55', '常屹', 'changyi.phys@example.edu',
  '随迁子女明年上小学需要准备哪些材料？顺便问校车', """
您好，我是从外省调入本市高校的青年教师，户口还在老家，目前在学校附近租房，持居住证。孩子明年9月上小学一年级。

想请教：
1. 非本市户籍的孩子申请公办小学学位，需要准备哪些材料？居住证和社保分别需要满多久？
2. 学位是按租房地址划片，还是可以按单位地址？

另外顺便问一下，划片学校离我们租的地方有四公里多，区里有没有公办校车或者接送服务？

谢谢。
常屹
""", 'consultation', 'no', '-', 'Education Bureau', 'normal', 'zh', 'two-intents')

J(29, 'nanshan-road-wage-arrears', '2026-11-03T09:40:00+08:00', 'Chen Yuxiao (attorney)', '+86 136 0000 2290', 'chenyx@lawfirm.example', False,
  'Request for labour inspection - wage arrears, 23 workers, Nanshan Road site', """
I act for 23 workers (formwork and rebar) hired through a labour subcontractor on the residential project at No. 88 Nanshan Road. Wages for June to September, about RMB 612,000 in total, remain unpaid. The subcontractor's boss has stopped answering calls; the general contractor says it has paid him in full and refuses to show the project's wage account records.

Under the Regulations on Guaranteeing Payment of Wages to Migrant Workers, the general contractor must pay first and the project should have a dedicated wage account. We request that the labour inspection team:
(1) check the dedicated wage account and attendance records;
(2) order the general contractor to pay the arrears;
(3) convene the parties before the end of November, as several workers intend to go home before winter.

Signed wage lists and chat records are available on request.
""", 'Chengnan District', 'demand', 'no', '-', 'Human Resources and Social Security Bureau', 'normal', 'en', '-')

E(30, 'voluntary-weekend-duty', 'plain', '2026-11-04 22:41', '', 'ward.voice@example.net',
  '医院要求护士周末"自愿"无偿值守，能不能管一管', """
领导您好：

市妇幼保健院从九月开始，要求各病区护士每月至少参加两次周末"志愿服务"——到门诊大厅引导、去社区义诊，每次半天，不算加班，不给调休，签到表由护理部统计，和年底评优挂钩。大家本来就三班倒，周末是唯一能休息的时间。

医院要搞服务评比我们理解，可"自愿"变成硬性规定就不对了。

请不要说是哪个病区反映的，医院不大，一查就知道是谁。
""", 'complaint', 'yes', 'b', 'Health Commission', 'normal', 'zh', '-')

E(31, 'etax-refund-tracker', 'plain', '2026-11-05 17:02', 'Iris Wen', 'iris.wen@booksandco.example',
  'Suggestion for the e-tax bureau: SMS alerts and a clearer refund tracker', """
Dear Sir/Madam,

I run a small bookkeeping practice and file for about 40 小微企业 every
month. Two suggestions for the 电子税务局:

1. Send an SMS or app push when a 留抵退税 application changes status. At
   the moment we have to log in company by company to see whether it is
   受理, 退回 or 已审核.
2. When an application is 退回, show the reason in plain words. Right now it
   often just says "资料不齐" without saying which document is missing.

Both would save a great many calls to 12366.

Best,
Iris Wen, CPA
""", 'suggestion', 'no', '-', 'Taxation Bureau', 'normal', 'en', 'mixed')

E(32, 'rooftop-villa-bricks', 'plain', '2026-11-06 08:05', '梁工', 'liang.arch@example.org',
  '楼顶"空中别墅"又掉砖了，是不是要等砸到人才管', """
城管局：

我们金桂里7号楼楼顶，802业主从去年开始加盖了一层半彩钢加砖混的房子，还带露台。这个违建我今年已经打了三次12345，每次回复都是"已责令整改"。整改的结果是他又加了一个玻璃阳光房，真是越整改越气派。

我是做建筑设计的，很清楚这栋八十年代砖混楼的顶板能承受多少。昨天下午，女儿墙上松动的砖掉下来两块，砸在单元门口的雨棚上，当时楼下正好有小孩在玩。

请尽快派人到现场，先把危险部位拆除或者围挡起来，别再"责令"了。

梁工  电话 139 0000 4386
""", 'demand', 'no', '-', 'Urban Management Bureau', 'high', 'zh', 'sarcasm')

J(33, 'concrete-pour-forecast', '2026-11-07T15:20:00+08:00', '田志刚', '189 0000 1573', 'tianzg@build.example', False,
  '下周二到周四有没有雨？要连续浇筑混凝土', """
您好，我们在临江新区有个桥梁项目，计划11月10日至12日连续浇筑主梁混凝土，中间不能停。想问一下这几天的降雨和最低气温预报，特别是夜间会不会低于5度，有没有冷空气过程。谢谢。
""", '临江新区', 'information', 'no', '-', 'Meteorological Bureau', 'normal', 'zh', '-')

E(34, 'dibao-sincerity', 'plain', '2026-11-08 10:48', 'Tao Zhengyuan', 'tao.zy@example.net',
  "On behalf of my late wife's housekeeper", """
Dear Mayor,

I am a retired judge and do not write letters lightly.

A woman who kept house for my late wife for many years, Mrs Hu, is now
raising two grandchildren alone in Shuangqiao community on a cleaner's wage.
She applied for the minimum living allowance in July. The community worker
who handles the applications, a Mr Jiang, has visited her three times. On his
last visit he told her the file was "thin", that many families were competing
for few places, and that other applicants "know how to show sincerity". He
then mentioned that his son is getting married in December.

Mrs Hu has been putting money aside since then, which is why she came to me.
I told her to wait.

I would ask that her application be judged on its merits by someone other
than Mr Jiang, and that someone ask him what he meant.

Yours faithfully,
Tao Zhengyuan
""", 'complaint', 'yes', 'a', 'Discipline Inspection Commission', 'normal', 'en', 'indirect')

E(35, 'inheritance-notary', 'plain', '2026-11-09 12:12', '符律师', 'fu.notes@example.com',
  '继承公证需要哪些材料', """
您好。我是一名律师，这次是为自己家里的事咨询。

我父亲今年6月去世，名下有一套房产，未留遗嘱。法定继承人是我母亲、我和我弟弟三人，我弟弟长期在德国工作。我们商量好由母亲一人继承，想办理继承公证。

请问：
1. 除死亡证明、亲属关系证明、不动产权证外，还需要哪些材料？
2. 我弟弟的放弃继承声明，能否在德国当地中国使领馆办理公证后寄回，还是必须本人回国？
3. 公证费大致按什么标准收取？

谢谢。
""", 'consultation', 'no', '-', 'Justice Bureau', 'normal', 'zh', '-')

J(36, 'hospital-backgate-light', '2026-11-10T07:12:00+08:00', '马医生', '133 0000 8851', '', False,
  '医院后门路灯不亮', """
市一院后门到停车场那段路灯坏了快两周，夜班同事已经摔了两个。
""", '鼓楼区', 'demand', 'no', '-', 'Urban Management Bureau', 'normal', 'zh', 'short')

E(37, 'work-permit-switch', 'plain', '2026-11-11 19:33', 'J. Okafor', 'j.okafor@example.com',
  'Work permit when moving to another university - please keep this between us', """
Hello,

I am a foreign lecturer (Category B work permit) at a university in this
city. My contract runs to July 2027, but another university here has offered
me a post from February. Before I decide, I need to understand the permit
side:

1. Can the new employer apply for my work permit while my current one is
   still valid, or must my current university cancel it first?
2. Do I need a release letter from my current employer, and what happens if
   they refuse to give one?
3. Will my residence permit have to be re-issued?

My department does not know I am thinking of leaving, and I would rather it
stayed that way until I have decided. Please don't contact my current
university about this.

Many thanks,
J. Okafor
""", 'consultation', 'yes', 'b', 'Human Resources and Social Security Bureau', 'normal', 'en', '-')

E(38, 'health-seminar-capsules', 'plain', '2026-11-12 11:20', '邝静', 'kuangjing@example.net',
  '举报：小区会所"养生讲座"骗老人买高价保健品', """
您好，我是跑民生口的记者，这次是以居民身份举报。

我们枫林湾小区会所从10月底开始，每天上午都有一家叫"康寿源"的公司办"免费健康讲座"，先送鸡蛋、挂面，然后推销一种"纳豆激酶胶囊"，说能"溶血栓、停降压药"，一个疗程6800元。我母亲已经买了两个疗程，还把降压药停了一周，血压飙到180才被我发现。

据我了解，小区里至少有二三十位老人买过。请市场监管部门查处其虚假宣传和违法销售行为。讲座时间：每天上午9点到11点。

邝静  138 0000 6619
""", 'demand', 'no', '-', 'Market Regulation Administration', 'normal', 'zh', '-')

E(39, 'lift-inspection-40-minutes', 'multi', '2026-11-13 16:44', '', 'lift.eng.rf@example.org',
  '反映电梯定期检验报告与实际不符的问题', """
市场监管局：

我是一名电梯维保工程师。有一件事想反映。

上个月，特种设备检验机构的一名检验员到我们负责的瑞丰大厦做年度定期检验。大厦共6台电梯，他在现场停留不到四十分钟，只进了一台电梯的机房，限速器、安全钳、缓冲器的试验都没有做。最后6台电梯的检验报告全部"合格"，检验日期、检验项目写得一应俱全。其中4号梯的曳引钢丝绳，我们自己检查时已经发现断丝超标，正在申请更换。

这位检验员的名字就印在报告上（报告编号末四位0431）。这样的检验等于没有检验，请核查。
""", 'complaint', 'yes', 'a', 'Market Regulation Administration', 'normal', 'zh', '-')

J(40, 'flu-shots-family', '2026-11-14T13:05:00+08:00', 'Zoe Lam', '131 0000 2208', 'zoelam@example.com', False,
  'Flu shots for family members - where and how much?', """
Hi, I'm a nurse at a public hospital. Staff got flu vaccines at work, but my parents (71 and 68) and my 5-year-old son haven't. Which community health centres near Hongqiao Street are giving flu vaccines this month, do we need to book, and what does it cost for over-65s? I heard it might be free for older people this year. Thanks!
""", 'Hongqiao', 'information', 'no', '-', 'Health Commission', 'normal', 'en', '-')

E(41, 'title-certificates-two-years', 'plain', '2026-11-15 20:20', '储文静', 'chuwenjing@example.com',
  '交房两年办不了产权证，开发商的回复请您看看', """
市长信箱：

我们是华曦府小区业主，2024年9月交房，至今两年多没有办出不动产权证，孩子上学、落户都受影响。上周业主代表再次书面询问开发商，收到如下回复（原文照录）：

——
"尊敬的业主：因项目土地出让金补缴事宜仍在与相关部门协调中，办证时间暂无法确定，敬请谅解。我司将积极推进，请耐心等待。华曦置业客服部 2026.11.8"
——

这句"积极推进"我们已经听了一年。我是做会计的，看过这家开发商公开的年报，他们同期还在别处拿地。

请住建部门督促开发商说明补缴进度和时间表，并协调相关部门尽快为业主办证。

业主代表 储文静  187 0000 3352
""", 'demand', 'no', '-', 'Housing and Urban-Rural Development Bureau', 'normal', 'zh', 'quoted')

E(42, 'old-estate-lift-retrofit', 'plain', '2026-11-16 09:15', '祁守礼', 'qi.shouli@example.org',
  '对老旧小区加装电梯工作的几点建议', """
市长：

本人年逾七旬，住在东门头一栋上世纪八十年代建成的六层住宅，所在单元为加装电梯奔走近两年，至今未果。现就此项工作谈几点看法。

（一）表决规则宜进一步明确。民法典规定，改建、重建建筑物及其附属设施，应经参与表决专有部分面积四分之三以上、人数四分之三以上的业主同意。但实践中，低层住户一户反对，施工队就不敢进场。建议出台本市实施细则，明确达到法定比例后施工受阻时，街道、社区如何介入，调解不成如何处理。

（二）对低层住户的补偿宜有指导标准。采光、噪声等影响确实存在，建议由主管部门发布补偿参考区间，减少漫天要价或一口回绝。

（三）审批手续宜进一步简化。目前需分别跑规划、住建、市场监管等部门，建议一窗受理、并联审批。

（四）财政补贴宜按时足额拨付。据了解，去年已完成加装的单元，补贴款至今尚未到账。

以上建议，仅供参考。

祁守礼
""", 'suggestion', 'no', '-', 'Housing and Urban-Rural Development Bureau', 'normal', 'zh', '-')

E(43, 'tour-cancelled-no-refund', 'plain', '2026-11-17 14:30', 'Wendy Shao', 'wendy.shao@example.net',
  'Tour cancelled the night before, no refund - plus a question on agency deposits', """
Hello,

I booked a three-day trip to the Yandang hills for 20-22 October with Jinlv
International Travel for myself and my parents, paying 5,340 yuan. At 9 pm on
the 19th a salesperson messaged us that the tour was "cancelled due to
insufficient numbers" and that we would get "travel credit" instead of
money. Since then nobody at the agency answers the phone, and their office on
Ruyi Street was shut both times I went.

Please help us get our money back. The contract says a full refund is due if
the agency cancels.

Separately, I'm writing a piece on travel disputes and would like to know
whether licensed agencies here must keep a quality-guarantee deposit, and how
a traveller can claim against it.

Best regards,
Wendy Shao
""", 'demand', 'no', '-', 'Culture and Tourism Bureau', 'normal', 'en', 'two-intents')

J(44, 'bedridden-father-disability-card', '2026-11-18T10:02:00+08:00', '雷女士', '158 0000 4427', '', False,
  '父亲卧床，残疾正评定能不能上门', """
你好，我父亲去年中风后一直卧床，左边身体不能动，想给他办残疾症，社区说要到指定医院做评订。可他根本下不了楼，我们住老小区六楼没电梯，叫救户车抬下去一趟要几百块，还怕路上出事。我自己是护士，天天照顾病人，可自己家里这个是真没办法。听说有的地方可以上门评定，我们这能不能安排？拜托了，我上夜班，白天才有时间接电话。
""", '柳岸区', 'demand', 'no', '-', 'Civil Affairs Bureau', 'normal', 'zh', 'typos')

E(45, 'five-rounds-of-corrections', 'plain', '2026-11-19 17:50', '', 'partner.office@example.com',
  '一个项目在审批窗口"补材料"补了五次', """
您好。

我是一家小律所的合伙人，代理一家做冷链仓储的企业办理项目相关许可。材料今年7月就提交了，到现在已经被退回"补正"五次，每次只说一条，补上了下次再说另一条，从来没有一次性告知过。按规定，需要补正的内容应当一次性告知。

企业的项目现在卡在这一关，后面的环评、消防都在排队等着。

我这封信写得比较客气，也没有写项目名称，还请理解——企业以后每个证照、每次年检都还要从那几个窗口过。如需具体情况，可以打我电话，我当面说。

电话：137 0000 8803
""", 'complaint', 'yes', 'c', 'Administrative Approval Bureau', 'normal', 'zh', 'indirect')

E(46, 'exclusive-broadband', 'html', '2026-11-20 21:12', 'Victor Luo', 'victor.luo@example.org',
  'New estate, only one broadband provider allowed - please intervene', """
Dear Sir/Madam,

Our estate, Yunjing Terrace in the eastern new town (1,260 households,
handed over in May), has fibre from one operator only. The property company
says it signed an "exclusive cooperation agreement" and will not let other
operators into the telecom room. The only package on offer is 300 Mbps for
1,980 yuan a year, roughly double what the same operator charges in the old
town, and there is no mobile signal at all in the underground car park.

As a network engineer I know the telecom room has space for at least three
operators' equipment, and my understanding is that new residential buildings
must give all operators equal access.

Could the bureau look into this and ask the property company to let other
operators in?

Kind regards,
Victor Luo
""", 'demand', 'no', '-', 'Industry and Information Technology Bureau', 'normal', 'en', '-')

E(47, 'praise-traffic-officer-escort', 'plain', '2026-11-21 08:30', '欧阳琳', 'ouyanglin@example.net',
  '感谢交警陈卫东为救护车开道', """
11月18日傍晚，我随车转运一名主动脉夹层的病人去省医院，晚高峰堵在滨江大道高架桥下，动弹不得。正在路口执勤的交警陈卫东看到后，骑着摩托在前面一路开道，连续疏导了三个路口，让我们比预计早了将近二十分钟到达。病人当晚做了手术，已经脱离危险。

事后我们打听了好久才知道他的名字。特此来信表扬。

市急救中心 医生 欧阳琳
""", 'information', 'no', '-', 'Public Security Bureau', 'normal', 'zh', '-')

E(48, 'homestead-rebuild', 'plain', '2026-11-22 20:05', '严子骞', 'yanziqian@example.com',
  '老家宅基地翻建，approval流程想确认一下', """
您好，我在城里做建筑设计，父母住在石门镇柏树村，老房子是七十年代的土坯房，墙体已经开裂，想原址翻建成两层。方案我已经画好了，building footprint不超过原宅基地面积，总高度大概7.5米。

想确认几件事：
1. 翻建是先向村里申请，还是直接到镇里？需不需要办乡村建设规划许可证？
2. 宅基地上的房子现在登记在我爷爷名下，爷爷已经过世，要不要先做title transfer？
3. 有没有农房标准图集可以参考，对层数、高度、外立面有没有guideline？

谢谢，有劳。
严子骞
""", 'consultation', 'no', '-', 'Agriculture and Rural Affairs Bureau', 'normal', 'zh', 'mixed')

E(49, 'factory-social-insurance', 'plain', '2026-11-23 22:37', '', 'books.dongping@example.net',
  'Social insurance contributions for production staff', """
Dear Sir or Madam,

I keep the books for a furniture factory in the Dongping industrial park.
About 140 people work on the production floor. Only 26 of them, the
supervisors and office staff, are enrolled in social insurance. The rest have
been told their wages are "higher to make up for it", and many signed a form
saying they "voluntarily give up" coverage. Two workers injured this year had
their hospital bills paid in cash by the owner, off the books.

I believe this is unlawful and I would like the labour authorities to check.
The payroll records are kept in the finance office on the second floor.

Factory: Hongfu Furniture Co., Lane 3, Dongping Industrial Park.

I am the only person there who sees these figures. If inspectors turned up a
week after this letter, it would not take the owner long to work out where it
came from, and I have a mortgage and a child in school.
""", 'demand', 'yes', 'c', 'Human Resources and Social Security Bureau', 'normal', 'en', 'indirect')

E(50, 'talent-subsidy-ie-only', 'plain', '2026-11-24 23:58', '邹博士', 'zou.phd@example.edu',
  '人才补贴申报系统：请使用IE浏览器（2026年）', """
您好：

我是今年新引进的青年教师，按政策可以申请新引进人才生活补贴，申报截止日期是11月30日。

登录市人才服务平台，首页弹窗提示"为获得最佳体验，请使用IE8及以上版本浏览器"。IE浏览器早在2022年就停止支持了，我的电脑和手机都装不上。换其他浏览器，上传学位证书那一步就一直转圈。打了三次咨询电话，回答都是"换台电脑试试"。我已经换了四台，包括学校图书馆的。

真心佩服这个系统的坚守。请问截止日期能否延长，或者提供线下申报渠道？更希望有人把这个系统修一修。

邹博士
""", 'complaint', 'no', '-', 'Human Resources and Social Security Bureau', 'normal', 'zh', 'sarcasm')

J(51, 'ginkgo-road-signal-timing', '2026-11-25T08:50:00+08:00', '顾凯', '186 0000 3307', 'gukai@example.com', False,
  '建议优化银杏路与光华大道路口信号灯配时', """
我每天早上7点40左右经过银杏路—光华大道路口。东西向绿灯只有25秒，而早高峰光华大道南北向车流明显少于银杏路，东西向经常排到上一个路口，一次绿灯只能过十来辆车，还有左转车占直行道。

建议交警部门在早高峰（7:20-8:40）把东西向绿灯延长到40秒左右，增设左转待转区，或者改成感应式信号控制。我是做交通工程的，需要的话可以提供我自己记录的排队数据。
""", '高新区', 'suggestion', 'no', '-', 'Public Security Bureau', 'normal', 'zh', '-')

E(52, 'checkpoint-cash', 'plain', '2026-11-26 07:15', 'Ivan Liang', 'ivan.liang@example.com',
  'Traffic officer took cash instead of issuing a ticket', """
Dear Mayor,

On the evening of 22 November I was driving home after a late operating list
and was stopped at the checkpoint at the Xiangshan tunnel exit for a breath
test. The test was negative. The officer then pointed out that my rear plate
light was out, which was true, and said the fine would be 200 yuan "plus
points". When I asked for the ticket, he said he could "save me the trouble"
if I paid 100 in cash on the spot. I was exhausted and, to my shame, I paid.
He gave no receipt. His badge number began with 31; he was the older of the
two officers on duty, at about 9:40 pm.

I have fixed the light. I am writing because I suspect this is routine at
that checkpoint.

Dr Ivan Liang
""", 'complaint', 'yes', 'a', 'Public Security Bureau', 'normal', 'en', '-')

J(53, 'night-shift-hot-meals', '2026-11-27T03:20:00+08:00', '覃雪', '176 0000 5512', 'qinxue@example.net', False,
  '建议公立医院为夜班医护保留夜间热食', """
我是市第四医院的一名护士。医院食堂晚上7点就关门了，凌晨上夜班的医护和规培生只能吃泡面或点外卖，而外卖过了十二点基本送不进院区。

建议卫健部门推动各公立医院在夜间保留一个热食窗口，或者设一个能加热饭菜的休息室、放几台自动售餐柜。不用多丰盛，能吃上一口热饭就好。市里好多行业都在讲"关爱一线"，我们这一线也挺需要的。
""", '江北区', 'suggestion', 'no', '-', 'Health Commission', 'normal', 'zh', '-')

E(54, 'veteran-hukou-transfer', 'plain', '2026-11-28 15:35', '萧振华', 'xiaozhenhua@example.org',
  '退役军人户口迁入本市后待遇怎么衔接', """
您好。我2012年从部队退役，回湖南老家安置，后来考研读博，现在在本市一家研究院做结构工程师，打算今年年底把户口迁过来。

想问：
一、户口迁入后，我的优待证和退役军人信息档案怎么转过来？要不要回原籍办什么手续？
二、原籍每年发放的相关优待，迁户口后是否还能享受？本市有没有对应的政策？

另外，研究院附近的退役军人服务站在哪里，周末开不开门？也顺便问一下。

谢谢！
萧振华
""", 'consultation', 'no', '-', 'Veterans Affairs Bureau', 'normal', 'zh', 'two-intents')

E(55, 'note-of-thanks', 'plain', '2026-11-29 10:00', 'Sophia Ren', 'sophia.ren@example.com',
  'A note of thanks', """
Dear Mayor's Mailbox team,

Over the past year I have written to your office six times on behalf of
clients who did not know where else to go: a disabled tenant, two families
of migrant workers, an elderly couple swindled by a "wealth management"
salesman. Not every outcome was what they hoped for, but every letter was
answered, and in four cases the matter was settled within weeks.

That is rarer than it should be, and I wanted you to know someone noticed.
No reply needed.

With respect,
Sophia Ren, Attorney-at-Law
""", 'information', 'no', '-', 'none', 'normal', 'en', '-')

E(56, 'tax-officer-bookkeeping-card', 'plain', '2026-11-30 21:21', '', 'smallco.finance@example.net',
  '一家代账公司和一位税务专管员', """
您好。

我们小公司今年换了税务专管员。新来的许科长第一次上门"辅导"，就说我们的账"问题不少"，建议请专业的代账机构，顺手递了一张"恒信财税"的名片。我本身就是会计出身，账是自己做的，觉得没有大问题，就没理会。

之后两个月，我们被要求补充说明了三次，发票领用也被限了量。一个开餐馆的朋友，用了"恒信财税"之后，同样的问题一次也没被问过。

后来我在企业信用信息公示系统上查了一下，"恒信财税"的法定代表人，和许科长爱人同名同姓，注册地址就在他们家住的那个小区。

也许是巧合。请有关部门看一看。
""", 'complaint', 'yes', 'a', 'Discipline Inspection Commission', 'normal', 'zh', 'indirect')

E(57, 'bbq-fumes-below', 'plain', '2026-10-04 22:45', '聂廷钧', 'nie.tingjun@example.com',
  '举报：楼下烧烤店油烟、噪声扰民', """
市长：

本人住梧桐巷２２号楼２单元３０１室。楼下“老马烧烤”自今年８月开业以来，每天傍晚５点营业至凌晨２点，排烟管直接伸到我家卧室窗下，一开窗油烟就往屋里灌；风机噪声夜间自测约６５分贝。

多次与店主沟通，店主称“手续齐全，有本事你去告”。

请环保部门依法检测，责令其整改排烟设施，并对夜间经营加以约束！！

本人系退休法官，姓名、电话均可公开，不怕对质。

聂廷钧　１３９　００００　７７０２
""", 'demand', 'no', '-', 'Ecology and Environment Bureau', 'normal', 'zh', 'fullwidth')

E(58, 'visiting-scholars-museum', 'multi', '2026-10-07 16:16', 'Anna Xie', 'anna.xie@history.example.edu',
  'Visiting scholars - museums and scenic spots open in mid-November?', """
Dear Sir or Madam,

Our department is hosting eight visiting scholars from Europe for a workshop
on 16-19 November, with one free afternoon on Wednesday the 18th, and I would
like to arrange a short cultural visit.

Could you tell me:
- whether the City Museum and the old city wall park are open on Wednesdays,
  and their hours;
- whether foreign visitors can book museum tickets online with a passport
  number, or must queue on site;
- whether an English-speaking guide can be booked for a small group, and how.

Thank you for your help.

Prof. Anna Xie
Department of History
""", 'information', 'no', '-', 'Culture and Tourism Bureau', 'normal', 'en', '-')

E(59, 'info-disclosure-not-our-office', 'plain', '2026-10-11 20:40', '管一鸣', 'guanyiming@example.org',
  '政府信息公开申请被答复"不属于本机关"，接下来该向谁申请？', """
您好：

我是一名记者，同时也是原钢厂宿舍片区的被征收户之一。9月份，我依据《政府信息公开条例》向所在区政府申请公开该片区的房屋征收补偿方案及评估报告，10月9日收到答复，全文如下：

"经查，您申请公开的信息不属于本机关负责公开的政府信息，建议您向有关单位咨询。"

答复没有写"有关单位"指的是哪个单位。想请教：
1. 房屋征收补偿方案一般由哪个部门制作和保存，应当向谁申请？
2. 对这样的答复，我能否申请行政复议，期限是多久？

谢谢。
管一鸣
""", 'consultation', 'no', '-', 'Municipal Government Office', 'normal', 'zh', 'quoted')

E(60, 'cross-region-settlement-failed', 'plain', '2026-10-19 13:13', '谭医生', 'tan.onc@example.com',
  '母亲异地就医备案成功，住院却不能直接结算', """
医保局：

我是市肿瘤医院的医生。母亲参保地在黑龙江，今年8月来本市跟我住，在国家医保服务平台APP上办了异地就医备案，status显示"备案成功"。这次她因为肺炎在市第一医院住院十天，出院时收费处说"异地结算接口读不出备案信息"，只能全额自费一万四千多元，回参保地手工报销。

作为医生我也知道，cross-region settlement是这几年重点推的工作，按flow走应该没问题。可家属在窗口问不出原因，医院说是医保系统的事，医保热线说是医院接口的事。请帮忙查明原因，协调医院补办直接结算，别让我们再回哈尔滨跑一趟。

谭医生  185 0000 6139
""", 'demand', 'no', '-', 'Healthcare Security Bureau', 'normal', 'zh', 'mixed')


def enc(s):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, 'utf-8').encode()

def html_of(body):
    import html as H
    paras = body.split('\n\n')
    return ('<html><head><meta charset="utf-8"></head><body>\n' +
            '\n'.join('<p>' + H.escape(p).replace('\n', '<br>\n') + '</p>' for p in paras) +
            '\n</body></html>')

def crlf(s):
    return s.replace('\r\n', '\n').replace('\n', '\r\n')

def build_eml(d):
    dt = datetime.strptime(d['when'], '%Y-%m-%d %H:%M').replace(tzinfo=TZ)
    dom = d['addr'].split('@')[1]
    frm = formataddr((d['name'], d['addr']), 'utf-8') if d['name'] else d['addr']
    hdr = [
        'From: ' + frm,
        'To: mayor@city.example',
        'Subject: ' + enc(d['subj']),
        'Date: ' + format_datetime(dt),
        'Message-ID: <%s-%03d.%s@%s>' % (W, d['n'], dt.strftime('%Y%m%d%H%M'), dom),
        'MIME-Version: 1.0',
    ]
    body = d['body'] + '\n'
    if d['fmt'] == 'plain':
        hdr += ['Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: 8bit']
        text = '\n'.join(hdr) + '\n\n' + body
    elif d['fmt'] == 'html':
        hdr += ['Content-Type: text/html; charset=utf-8', 'Content-Transfer-Encoding: 8bit']
        text = '\n'.join(hdr) + '\n\n' + html_of(d['body']) + '\n'
    else:
        b = '=_w37_%03d_alt' % d['n']
        hdr += ['Content-Type: multipart/alternative; boundary="%s"' % b]
        text = ('\n'.join(hdr) + '\n\nThis is a multi-part message in MIME format.\n\n'
                '--' + b + '\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n'
                + body + '\n--' + b + '\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n'
                + html_of(d['body']) + '\n\n--' + b + '--\n')
    return crlf(text).encode('utf-8')

def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.startswith(W + '-'):
            os.remove(os.path.join(OUT, f))
    rows = ['path\tcategory\tconfidential\treason\tdepartment\tpriority\tlanguage\thard']
    seen = set()
    for d in sorted(L, key=lambda x: x['n']):
        assert d['n'] not in seen
        seen.add(d['n'])
        ext = 'json' if d['fmt'] == 'json' else 'eml'
        fn = '%s-%03d-%s.%s' % (W, d['n'], d['slug'], ext)
        p = os.path.join(OUT, fn)
        if ext == 'json':
            obj = {'id': '%s-%03d' % (W, d['n']), 'submitted_at': d['when'], 'name': d['name'],
                   'phone': d['phone'], 'email': d['email'], 'anonymous': d['anon'],
                   'title': d['title'], 'content': d['body'], 'district': d['district']}
            with open(p, 'w', encoding='utf-8') as fh:
                json.dump(obj, fh, ensure_ascii=False, indent=2)
                fh.write('\n')
        else:
            with open(p, 'wb') as fh:
                fh.write(build_eml(d))
        rows.append('\t'.join(['letters/' + fn, d['cat'], d['conf'], d['reason'], d['dept'],
                               d['prio'], d['lang'], d['hard']]))
    with open(os.path.join(HERE, 'labels.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('\n'.join(rows) + '\n')

if __name__ == '__main__':
    main()
