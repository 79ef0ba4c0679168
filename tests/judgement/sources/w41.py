#!/usr/bin/env python3
"""Writer w41: 60 letters to the mayor's mailbox, with labels.

Voices: night and service workers (hotel, care-home, hospital cleaners and
porters, security guards, canteen cooks, couriers), grown children writing
for their parents, and a few calls transcribed by a 12345 operator.

Run: python3 gen.py  -> writes letters/ and labels.tsv next to this file.
Deterministic: no randomness, no clock.
"""
import html
import json
import os
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "letters")
W = "w41"
TZ = timezone(timedelta(hours=8))

# Each letter: n, slug, fmt (eml | html | multi | json), when (Y, M, D, h, m),
# sender (name, address) for e-mail, subject/title, body,
# labels: category, confidential, reason, department, priority, language, hard
# json extra: name, phone, email, anonymous, district
L = []


def add(n, slug, fmt, when, sender, subject, body, cat, conf, reason, dept,
        prio, lang, hard, form=None):
    L.append(dict(n=n, slug=slug, fmt=fmt, when=when, sender=sender,
                  subject=subject, body=body.strip("\n"), cat=cat, conf=conf,
                  reason=reason, dept=dept, prio=prio, lang=lang, hard=hard,
                  form=form))


add(1, "night-bus-second-hospital", "eml", (2026, 10, 9, 0, 47),
    ("贾建华", "jjh1971@mail.example"),
    "建议开通半夜从市二医院发车的夜班公交",
    """
市长您好：

我在市第二人民医院做运送工，就是推病床、送标本的那种。我们的班分白班、夜班和中班，中班是下午四点到半夜十二点，最头疼的就是中班下班。医院门口最后一班公交是22:40，过了点只能打车，或者走四十多分钟回枫杨新村。一个月光打车就要五六百，我们工资才三千出头。

医院里像我这样的护工、保洁、保安、食堂师傅，加起来一百多号人，很多都住城北。能不能考虑开一班半夜十二点二十左右从医院出发、经过城北几个小区的夜班车？一个小时一班也行，我们愿意刷卡。

谢谢。
运送部 贾建华
""", "suggestion", "no", "-", "Transport Bureau", "normal", "zh", "-")

add(2, "hotel-housekeeping-wages", "eml", (2026, 10, 10, 14, 5),
    ("邬春梅", "wuchunmei@example.net"),
    "锦澜商务酒店拖欠客房部两个月工资",
    """
您好，

我是滨河路中段锦澜商务酒店客房部的服务员。我们客房部一共十一个人，八月、九月两个月的工资到现在一分没发。经理一开始说等国庆旺季过了一起结，国庆过完了又改口说老板资金周转不开，让再等等。

我们每天照常上班，铺床、打扫、洗布草，一天几十间房。有两个大姐已经交不起房租，在宿舍里借住。劳动合同我们都签了，每个月的工资条和考勤也都有截图。

请劳动部门帮我们催一下，或者告诉我们应该去哪里申请、带什么材料。

联系人：邬春梅 137 0000 2291
""", "demand", "no", "-", "Human Resources and Social Security Bureau", "normal", "zh", "-")

add(3, "care-home-stairs-padlocked", "eml", (2026, 10, 11, 7, 20),
    ("Maricel Dizon", "maricel.dizon@example.org"),
    "Back staircase door padlocked every night - Heyuan Senior Living",
    """
Dear Sir or Madam,

I work nights as a carer at Heyuan Senior Living, a private care home at No. 6 Qiaoxi Lane. For about three weeks the manager has had the door to the back staircase chained and padlocked from ten at night until six in the morning. He started after two residents with dementia wandered out in September, and I understand why, but that staircase is the only way down from the third floor. Nineteen residents sleep up there and most of them cannot walk without help. The only key is in the manager's office, and the office is locked at night.

Last Sunday at about 3 a.m. the smoke alarm near the laundry went off. It turned out to be lint in a dryer. But for five minutes I stood at a chained door with two other carers and nineteen old people behind us, and no way out.

Please send someone to look at it as soon as you can, tonight if possible.

I am honestly scared the manager will guess it was me, because I am the one who keeps asking about the door, and my work visa is tied to this job. But if there is a real fire up there, nobody gets out.

Maricel Dizon
+86 138 0000 4417
""", "demand", "yes", "c", "Emergency Management Bureau", "high", "en", "-")

add(4, "ebike-plate-nonlocal", "json", (2026, 10, 12, 1, 36), None,
    "外地人电动车上排照要什么材料",
    """
你好我是送外卖的，电动车是上个月在二手市场买的，没有发漂，交警说没有拍照不能上路要扣车。我身分证是外省的，居主证还在办，想问下这种情况能不能上拍，要带什么东西，去哪个地方办，晚上几点之前？我白天都在跑单只能晚上去或者中午，谢谢
""", "consultation", "no", "-", "Public Security Bureau", "normal", "zh", "typos",
    form=dict(name="小覃", phone="177 0000 3385", email="", anonymous=False,
              district="城南区"))

add(5, "mother-medical-insurance-offsite", "eml", (2026, 10, 13, 16, 2),
    ("杭小雯", "hxw.night@inbox.example"),
    "替母亲咨询异地长期居住就医备案",
    """
您好！

我母亲今年71岁，医保在老家（邻省一个县）参的城乡居民医保，今年夏天起搬来跟我住，以后就长期在本市了。她有高血压和糖尿病，每个月要去医院开药，现在都是自己先垫钱，攒一摞单子再寄回老家报销，很麻烦，还报得慢。

想请教：
1. 异地长期居住备案是在我们这边办，还是要回老家办？能不能在手机上办？
2. 备案以后，在本市门诊开药能不能直接刷卡？慢性病门诊能不能结算？
3. 需不需要我这边的居住证或者房产证明？我是租房。

我在酒店上夜班，白天时间不多，能网上办最好。谢谢！

杭小雯
""", "consultation", "no", "-", "Healthcare Security Bureau", "normal", "zh", "-")

add(6, "guard-report-refused-police", "eml", (2026, 10, 16, 10, 31),
    ("费立强", "feiliqiang@example.com"),
    "关于到南湖派出所报案被值班民警拒绝的情况",
    """
领导好：

我是柳岸广场地下车库的夜班保安。10月14日凌晨两点多，我巡逻时看到三个年轻人在B2层撬一辆车的车门，我喊了一声，其中一个拿扳手砸了我左手背，三个人就跑了。

天亮前我去了辖区的南湖派出所报案。值班的是一个四十来岁、偏胖的男民警，警号最后两位是37，我看清楚了。他听我说完，笑了一下说："保安嘛，挨两下正常，车又没丢，你报什么案。"让我回去找物业，笔录也没做，连名字都没登记。

我的手肿了一个星期，医院拍的片子我留着，车库的监控也拍到了那三个人。我不是要谁赔我钱，就是觉得这样不对。请领导查一下10月14日凌晨的值班情况。

费立强 139 0000 5821
""", "complaint", "yes", "a", "Public Security Bureau", "normal", "zh", "-")

add(7, "foreign-cook-open-momo-shop", "eml", (2026, 10, 17, 21, 12),
    ("Bishnu Gurung", "bishnu.g@example.net"),
    "What licence do I need to open a small food shop as a foreigner?",
    """
Hello,

My name is Bishnu Gurung. I am from Nepal and for six years I have been second cook in the staff canteen of an international school in this city. I have a work permit and a residence permit through the school. My contract ends in July and I would like to open a very small momo and noodle shop, about 15 square metres, near the university area.

Could you please tell me:
- Can a foreigner register as an individual business (个体工商户), or must I set up a company?
- Which licence do I need for cooking and selling food, and must the shop pass an inspection before I get it?
- Do I and my helper need a health certificate, and where do we get one?

I also wonder if my residence permit stays valid after I leave the school, but maybe that is a question for another office.

Thank you very much.
Bishnu
""", "consultation", "no", "-", "Market Regulation Administration", "normal", "en", "-")

add(8, "thanks-ambulance-dr-tan", "html", (2026, 10, 19, 9, 40),
    ("Daniel Hoffmann", "d.hoffmann@hotelmail.example"),
    "Thank you to Dr Tan Lixin and the 120 crew",
    """
To whom it may concern,

I am the night duty manager of a hotel in the Xinhe business district. In the early hours of 17 October one of our guests, a 64-year-old man travelling alone, collapsed in the lobby with chest pain. We called 120 at 2:13 a.m. and the ambulance was at our door at 2:22.

The doctor in charge, Dr Tan Lixin, was calm and quick. She spoke slowly to the guest in simple English, explained every step to me so I could tell his family on the phone, and kept reassuring our young receptionist, who was very shaken. The guest had an operation the same morning and his daughter told us yesterday he is recovering well.

Please pass our thanks to Dr Tan and her team. We don't need any reply.

Daniel Hoffmann
Night Duty Manager
""", "information", "no", "-", "Health Commission", "normal", "en", "-")

add(9, "operator-old-age-allowance", "eml", (2026, 10, 20, 3, 18),
    ("12345热线 话务0412", "record0412@hotline.example"),
    "【来电转录】市民咨询高龄津贴如何申请",
    """
来电时间：2026年10月20日 02:51
来电人：卢女士（自述在城东一家养老院做护理员，夜班）

来电内容（话务员记录）：
来电人父亲卢某，82岁，户籍在本市清河街道，至今未领取过高龄津贴。来电人不清楚：是否必须老人本人去申请；子女能否代办；需要带哪些材料；是否能补发之前没领的月份。来电人表示父亲中风后行动不便，去不了社区窗口，问能否上门办理。

来电人说明自己上夜班，上午睡觉，希望下午两点以后回电。
回电号码：159 0000 6618

话务员：0412
""", "consultation", "no", "-", "Civil Affairs Bureau", "normal", "zh", "-")

add(10, "hospital-cleaners-pay-deducted", "eml", (2026, 10, 21, 13, 50),
    ("", "cleaner.zhong@example.com"),
    "医院保洁的工资被扣",
    """
我是在市中医院做保洁的，我们是外包公司招的，公司叫洁康物业服务。合同上写的月工资2300，加班另算，可是这半年每个月都只发一千九百多，问组长他说扣的是"管里费"和"工装费"，工装我们早就自己掏钱买了两套。夜里加帮洗手术室地面也从来不算加帮费。

我们十几个人都是这样，年记大了，不敢闹，闹了就不要我门了，组长开会的时候就说过"外面想来的人多得是"。我写这个心里也怕，怕被查出来是谁说的，但是实在不合里。请劳动局管一管。

电话 135 0000 7720 钟
""", "demand", "yes", "c", "Human Resources and Social Security Bureau", "normal", "zh", "typos")

add(11, "streetlights-fengqi-road", "eml", (2026, 10, 22, 4, 3),
    ("石", "shi.porter@example.org"),
    "路灯",
    """
凤栖路北段路灯坏了一个多礼拜，夜班回家一片黑，请修一下。
""", "demand", "no", "-", "Urban Management Bureau", "normal", "zh", "short")

add(12, "metro-line3-after-midnight", "json", (2026, 10, 23, 0, 52), None,
    "Night metro?",
    """
Does Line 3 run after midnight on weekends? I finish at the hotel at 00:30.
""", "information", "no", "-", "Transport Bureau", "normal", "en", "short",
    form=dict(name="Priya", phone="", email="priya.k@example.com",
              anonymous=False, district=""))

add(13, "father-drip-night-nurse", "eml", (2026, 10, 24, 11, 26),
    ("姚", "yao.family@post.example"),
    "父亲住院那一晚的事",
    """
你们好：

我父亲上个月在市第一人民医院心内科五病区住了九天。出院前一天晚上是我陪护，有件事一直记着，想说一说。

那天的夜班护士个子不高，扎马尾，手机壳是粉色的。十二点多父亲的吊瓶快空了，我按了铃，从病房门口能看见她坐在护士站低头看手机，手机外放着短视频的声音。过了十来分钟没人来，我又按了一次。第三次我自己跑过去，她说"知道了知道了"，又过了好一会儿才来，那时候输液管里已经回了一截血。她拔针的时候跟我说："你们家属自己也看着点嘛。"

父亲八十了，血管不好，第二天整个手背青了一大块。我不懂医，也不知道这种事在医院算不算常见，护士夜里一个人管一层楼可能也确实累。我就把经过写下来，怎么看，请你们看着办吧。

姚女士
""", "complaint", "yes", "a", "Health Commission", "normal", "zh", "indirect")

add(14, "courier-depot-battery-charging", "eml", (2026, 10, 25, 2, 14),
    ("", "nanping.rider@example.net"),
    "快递站里几十块电池晚上堆在纸箱边充电",
    """
南坪菜市场后面那个迅达快递驿站（一楼门面，楼上是四层居民楼），站里十几辆电动三轮车和电动车，每天晚上收工后电池全部拖进店里充电，插线板接插线板，就堆在快递纸箱旁边。店里还搭了个阁楼，站长和两个小工晚上就睡在上面。

上个礼拜有一块电池充着充着鼓包冒烟，是我拿湿毛巾包着扔到门外去的。站长说没事，照样充。

求你们尽快来看看，最好这两天晚上十点以后来，那时候电池都在充。别说是我反映的，我就在这个站干，站长知道了我这活就干不成了。
""", "demand", "yes", "b", "Emergency Management Bureau", "high", "zh", "-")

add(15, "property-guard-pushed-rider", "eml", (2026, 10, 26, 23, 8),
    ("Hamza Qureshi", "hamza.q@example.org"),
    "Guards at Lanting Garden pushed me and make riders wait in the rain",
    """
Hello,

I am an international student (second year of a master's) and I deliver food in the evenings to pay my rent. Many of my orders go to Lanting Garden in the east of the city.

Since October the property company's guards at the north gate do not let any rider in, and customers must come down to the gate. That is their rule, OK. But on 22 October it was raining hard and one guard, a tall man in a grey uniform with 019 on his badge, pushed my bike so hard that I fell with the food, and said "foreigners go home". The customer saw it. The soup was everywhere and I paid for the order myself.

I do not want to fight with anyone. I ask that someone tell the property company to train their guards, and to give riders a covered place to wait at the gate instead of the middle of the road.

Thank you,
Hamza Qureshi
""", "demand", "no", "-", "Housing and Urban-Rural Development Bureau", "normal", "en", "-")

add(16, "hotline-forty-minutes-music", "eml", (2026, 10, 27, 3, 55),
    ("庞晓燕", "pangxy@mail.example"),
    "感谢12345半夜给我放了四十分钟音乐",
    """
凌晨三点十分我下夜班，在酒店后门打12345想问一件很简单的事（公租房今年什么时候开始报名），结果一直是"您的来电正在排队，请耐心等待"，轻音乐循环放了四十一分钟，我录了屏。

真好听，比我们酒店大堂放的还高级，就是从头到尾没有一个人接。

我知道半夜人手少，但半夜也有人有事啊。既然叫"24小时热线"，能不能真的有个人？实在排不开，放段录音告诉我"夜里没人，请白天再打"也行，我也好死心去睡觉。

庞晓燕
""", "complaint", "no", "-", "Municipal Government Office", "normal", "zh", "sarcasm")

add(17, "care-home-night-staffing-ratio", "html", (2026, 10, 28, 15, 33),
    ("余秀兰", "yuxiulan@example.com"),
    "关于民营养老院夜班护理员配比的几点建议",
    """
民政局的领导：

我在养老行业干了十一年，公办的、民营的都待过。现在这家民营养老院，夜里一个护理员要管三十二个老人，其中失能的十几个，翻身、换尿垫、喂水、看着爱起夜的，一晚上根本跑不过来。出了事，说来说去都是护理员的责任。

提几点建议：

一、对养老机构夜间护理员和失能老人的比例定一个最低标准，年检和星级评定时查夜班排班表，最好有一次是晚上来看，而不只是白天来看。

二、护理员岗位补贴里给夜班单列一块。现在的补贴只看有没有证，不看上不上夜班。

三、每年组织的培训能不能放在下午或者线上？夜班的人上午要睡觉，根本去不了。

这些不是针对哪一家，全市民营的基本都是这个样子。

余秀兰
""", "suggestion", "no", "-", "Civil Affairs Bureau", "normal", "zh", "-")

add(18, "village-cadre-cigarettes-allowance", "eml", (2026, 10, 29, 19, 2),
    ("", "shangwan.son@example.net"),
    "问一下：高龄补贴是不是要\"表示\"一下",
    """
你好，

我父母在溪口镇上湾村，父亲今年八十一，按说今年该领高龄补贴了。我在城里做保安，上个月请假回去问，村里管这块的是村委副主任，姓严，他家开着村口那个小超市。

他说表是报上去了，但是"今年名额紧，镇上卡得严，别人家都是有点表示的"，说完看着我笑。我妈当天就去他店里买了两条烟、一桶油，拿的时候他不让付钱，说"先记着"。

我不懂这个补贴到底有没有名额。要是本来就该发的，为什么要买烟？我父母还住在村里，不想跟人闹翻，就想问个清楚。
""", "complaint", "yes", "a", "Discipline Inspection Commission", "normal", "zh", "indirect")

add(19, "hotel-keeps-id-card-deposit", "eml", (2026, 10, 30, 5, 44),
    ("A. L.", "al.roomservice@example.com"),
    "Question about my ID card and a deposit - please reply only to me",
    """
Hello,

I started at a hotel in the city centre in September as a room attendant. On my first day the HR office took my ID card "for safekeeping" and said they will give it back when I leave. They also keep my whole first month's salary as a "deposit", and if I leave before one year I lose it.

Is this legal? Can I ask to have my ID card back? If they refuse, which office should I go to?

Please answer only this email. I don't want the hotel to get a phone call with my name on it. For now I just want to know my rights.

A. L.
""", "consultation", "yes", "b", "Human Resources and Social Security Bureau", "normal", "en", "-")

add(20, "care-home-leftovers-restraints", "json", (2026, 10, 31, 4, 15), None,
    "福寿园颐养中心给老人吃隔夜饭，晚上还绑人",
    """
我是城西石桥路福寿园颐养中心的员工。这里厨房经常把前一天剩的饭菜热一热，第二天中午再打给老人吃，上周有一盆已经有馊味了，照样打。

还有，晚上夜班为了省事，会把几个爱起夜的老人手腕用布条绑在床栏上，说是院长同意的。家属来探视之前再解开。

请民政局派人不打招呼来查，最好晚上来。
""", "demand", "yes", "b", "Civil Affairs Bureau", "normal", "zh", "-",
    form=dict(name="", phone="", email="", anonymous=True, district="城西区"))

add(21, "thanks-outdoor-workers-station", "multi", (2026, 11, 1, 6, 30),
    ("蒋", "xiaojiang.run@example.org"),
    "谢谢",
    """
市长：

前天夜里零下两度，我在东门转盘边那个新开的"户外劳动者驿站"喝了杯热水，给手机和电动车电池都充了电，坐了二十分钟。里面还有微波炉能热饭。

我送了六年快递，第一次夜里有个地方能进去坐坐，不用缩在银行ATM间里。听说是市里今年办的实事，就想说声谢谢。没什么要办的。

跑夜单的小蒋
""", "information", "no", "-", "none", "normal", "zh", "-")

add(22, "urban-mgmt-overturned-breakfast-cart", "eml", (2026, 11, 2, 8, 12),
    ("丁师傅", "ding.chef@example.com"),
    "城管把我老婆的早点车掀了，煤气罐也拉走了",
    """
我在一家工厂食堂当厨师，我老婆在建设路和光明街路口卖早点，凌晨四点出摊，七点半收，三年了一直这样。

11月1日早上六点多，来了一辆城管的皮卡，车牌尾号2715，下来三个人。其中一个胸牌号0215的，一句话没说，直接把三轮车上的锅掀到地上，豆浆洒了一地。我老婆去拦，被他一把推开，手腕擦破了皮。煤气罐和三轮车被搬上皮卡拉走了，没给任何单子，问他们是哪个中队的也不说。

摆摊不对我们认，罚款我们也认，但掀锅、推人、拉走东西不给单子，这不对。请查一下那天早上是谁带的队，东西也要还给我们。

丁师傅 150 0000 3362
""", "complaint", "yes", "a", "Urban Management Bureau", "normal", "zh", "-")

add(23, "teacher-paid-saturday-tutoring", "eml", (2026, 11, 3, 10, 5),
    ("Wu Jiaqi", "wujiaqi.frontdesk@example.com"),
    "Maths teacher at Weixing Road Primary asks parents to pay for lessons at her home",
    """
Dear Mayor,

I work night shifts at a hotel front desk, so my English is better than my Chinese writing, sorry. My daughter is in Grade 4, Class 2 at Weixing Road Primary School, a public school. In September her maths teacher, Ms Zheng, told the class that "children who want to keep up" should come to her flat on Saturday afternoons, 150 yuan per time. About twenty of the forty children go.

Since then, my daughter says, the children who don't go have been moved to the back rows, and Ms Zheng doesn't correct their homework any more, she only puts a tick. Last week in the parents' WeChat group she wrote that the final exam "will cover what we did on Saturdays".

We cannot pay 600 a month, and I don't think we should have to. Please look into this.

Wu Jiaqi
""", "complaint", "yes", "a", "Education Bureau", "normal", "en", "-")

add(24, "courier-housing-provident-fund", "json", (2026, 11, 4, 12, 48), None,
    "跑快递的能不能自己交公积金",
    """
我是快递员，公司给交社保但是不交公积金。听说现在灵活就业的人也可以自己交住房公积金，以后买房能贷款。想问：
1）我这种有单位、但单位不交的，能不能自己按灵活就业开户？
2）每个月最少交多少？
3）交满多久可以贷款？
在哪里办，手机上能不能办？
""", "consultation", "no", "-", "Housing and Urban-Rural Development Bureau", "normal", "zh", "-",
    form=dict(name="聂志远", phone="181-0000-4426", email="", anonymous=False,
              district="高新区"))

add(25, "night-concrete-next-to-care-home", "eml", (2026, 11, 5, 1, 26),
    ("彭桂芳", "pengguifang@example.net"),
    "举报：养老公寓隔壁工地每天凌晨打混凝土",
    """
我是康宁老年公寓的护理组长。我们院隔壁是在建的锦绣城三期，这一个星期几乎天天夜里十二点以后打混凝土，泵车和振动棒一直响到四五点。

我们院里住着六十多位老人，好几个本来就有心脏病、睡不好，这几天夜里量血压都偏高，有个老太太半夜被吓得直哭。我们去工地问过，门卫说有夜间施工许可，让他拿出来看，他又拿不出来。

请环保部门查一下他们到底有没有夜间施工的手续，没有就请制止。

我的名字和电话都可以直接告诉工地和开发商，不用替我保密，我就是要让他们知道是谁在管这件事。

彭桂芳 186 0000 9053
""", "demand", "no", "-", "Ecology and Environment Bureau", "normal", "zh", "-")

add(26, "legal-aid-address-hours", "eml", (2026, 11, 6, 16, 40),
    ("Rizal Hakim", "rizal.h@kitchen.example"),
    "Where is the free legal aid office and is it open on Tuesdays?",
    """
Hi,

I work as a cook in a hotel kitchen and my only day off is Tuesday. A colleague and I were told that the city's legal aid centre gives free advice about work contracts. Could you tell me the address and opening hours, and whether it is open on Tuesdays? Do we need to book first, and what should we bring?

Thank you,
Rizal
""", "information", "no", "-", "Justice Bureau", "normal", "en", "-")

add(27, "social-insurance-site-down-at-night", "eml", (2026, 11, 7, 2, 38),
    ("冯超", "fengchao@mail.example"),
    "社保网厅夜里根本登不上，上次的答复我不认可",
    """
10月20日我在这里反映过，社保网上服务大厅晚上十点以后一直转圈，登录不上，灵活就业的养老保险交不了。下面是我收到的答复，原样贴出来：

> 您好！经核实，我局网上服务平台运行正常，未发现系统故障。
> 建议您更换浏览器或清除缓存后重试，如仍有问题可于工作日
> 到就近社保经办窗口办理。感谢您的理解与支持！

我换了三个浏览器，手机电脑都试了，缓存也清了，照样不行；我身边上夜班的同事也都说晚上登不上，白天就好了。"运行正常"是白天运行正常吧？

我们这种人白天要睡觉，工作日去窗口就得请假扣钱。希望能真的查一下夜里的系统情况，别再回一个模板给我。

冯超 188 0000 1467
""", "complaint", "no", "-", "Human Resources and Social Security Bureau", "normal", "zh", "quoted")

add(28, "parents-landlord-cut-water-power", "eml", (2026, 11, 8, 22, 17),
    ("尚晓琳", "shangxl@example.org"),
    "替父母反映：房东断水断电逼他们提前搬走",
    """
您好，

我父母在城郊柏树湾村租了一间平房，合同签到明年六月，押金和半年房租都交了。这个月房东突然说房子要收回给亲戚住，我父母说合同还没到期，他就在11月3日把水闸电闸都拉了，到今天五天了。我爸七十多岁，每天拎着桶到邻居家借水，晚上点蜡烛。

房东是村支书的亲弟弟，村里人都知道。我父母不敢去村委会，说去了也没用，反倒怕以后在村里待不下去，我妈甚至说"算了，搬吧"。

我在市里医院做护工，只能每天晚上打电话问问。请相关部门帮我父母把水电恢复，该怎么处理就怎么处理。

联系人：父亲 尚德福 130 0000 5178（他耳朵背，说话要大声些）
""", "demand", "yes", "c", "Housing and Urban-Rural Development Bureau", "normal", "zh", "-")

add(29, "rest-room-for-outsourced-staff", "eml", (2026, 11, 9, 14, 22),
    ("郑国柱", "zhengguozhu@example.com"),
    "给医院外包员工留个歇脚的地方，另外问下流感疫苗",
    """
卫健委领导好：

医院的护工、保洁、运送、保安大多是外包的，夜班一干十二个小时，中间能眯一会儿的地方只有楼梯间和设备间。上个月我们一个保洁阿姨在设备间的纸箱上睡着了，被后勤批评影响形象。

建议卫健委要求各医院在地下室或者后勤楼给外包人员留一间休息室，放几张折叠床就行，占不了多少地方。

另外顺便问一下：我们外包的员工能不能跟医院正式职工一样免费打流感疫苗？天天在病房里跑，也怕传染。

市三院 运送班 郑国柱
""", "suggestion", "no", "-", "Health Commission", "normal", "zh", "two-intents")

add(30, "scam-calls-courier-name", "eml", (2026, 11, 10, 18, 3),
    ("Daniel Osei", "d.osei@student.example"),
    "Reporting scam calls that use my courier company's name",
    """
Hello,

I want to report something. For two weeks I have been getting calls, now three or four a day, from people who say they are "Swift Parcel customer service". They know my name and my rider number. They say I have a "violation" and must pay a 1,280 yuan fine to a personal account today or my account will be suspended. My real company says they never called me. I think my details leaked from the company app.

Numbers so far: 0571-0000-8821, 170 0000 3146, 165 0000 7723. I have screenshots. Some colleagues get the same calls and one older colleague almost paid.

Can the police look into this and stop these numbers?

Daniel Osei (part-time rider)
139 0000 6627
""", "demand", "no", "-", "Public Security Bureau", "normal", "en", "-")

add(31, "service-hall-window7-agent", "eml", (2026, 11, 11, 20, 45),
    ("滕凤", "tengfeng@inbox.example"),
    "政务服务中心B区7号窗口办事员让我去找\"代办\"",
    """
您好：

我做了十几年护工，今年和两个姐妹想注册一家小的居家护理服务公司。10月下旬到11月初，我跑了市政务服务中心三趟，都是B区7号窗口，一位三十多岁、短头发的女办事员接待的。

第一次她说章程不对，第二次说场地证明不行，每次只说一样，从不一次性告诉我缺什么。第三次她把材料推回来，小声说："你们自己弄不明白的，出门右手边那家通达商务专门弄这个，八百块包过。"我去那家一问，老板听说是7号窗口让来的，很熟络地说"那是我表妹"。

我想问一下，窗口办事员这样给人介绍生意，合规吗？我的材料到现在还没交上去。

滕凤 187 0000 3094
""", "complaint", "yes", "a", "Administrative Approval Bureau", "normal", "zh", "-")

add(32, "fog-tomorrow-morning", "json", (2026, 11, 12, 4, 40), None,
    "明早有雾吗",
    """
明天早上五点到八点城区有没有大雾？要骑三轮送件。
""", "information", "no", "-", "Meteorological Bureau", "normal", "zh", "short",
    form=dict(name="韦", phone="", email="", anonymous=False, district=""))

add(33, "dormitory-no-water-pressure-night", "eml", (2026, 11, 13, 1, 9),
    ("冉丽", "ranli@example.net"),
    "西苑公寓5号楼夜里没有水压，下班洗不了澡",
    """
我们是西站旁边西苑公寓5号楼的住户，楼里住的大多是附近几家酒店、餐馆的员工，都是半夜下班。

从10月底开始，每天晚上十一点以后，四楼以上的水龙头只有筷子那么细一股水，燃气热水器根本打不着火，白天又一切正常。问物业，物业说是市政供水压力的问题，让我们找自来水公司；自来水公司电话打了两次，都说"已记录"。

现在天冷了，下了班一身油烟，洗不了澡真受不了。请帮忙查一下是管网的问题还是楼里二次供水泵的问题，尽快解决。

西苑公寓5号楼 冉丽 183 0000 2219
""", "demand", "no", "-", "Water Affairs Bureau", "normal", "zh", "-")

add(34, "night-bus-english-announcements", "eml", (2026, 11, 14, 17, 55),
    ("Kevin Lu", "kevin.lu@example.com"),
    "Night bus 夜2路 - please add English stop announcements",
    """
Hi,

我是 a concierge at a hotel near the railway station. Every week foreign guests ask me how to get back from the old town after 11 pm. The only option is the 夜2路 night bus, but its announcements are Chinese only and the LED screen shows the 站名 in characters only, so guests keep missing 解放桥站 and end up at the terminus.

Suggestion: add English announcements (even just the stop names in pinyin), and put a small QR code at night bus stops with the route in English. The day buses already have this, only the 夜班车 don't. It's a small thing, but it helps the 夜经济 the city is promoting.

Thanks!
Kevin Lu, Guest Services
""", "suggestion", "no", "-", "Transport Bureau", "normal", "en", "mixed")

add(35, "porters-made-to-carry-blood", "eml", (2026, 11, 15, 3, 12),
    ("", "porter.nightshift@example.org"),
    "外包运送工被安排干护士的活，不安全",
    """
我在市人民医院做运送工。从九月起医院后勤改了规定，夜里血标本、配血单、输血袋全让我们运送工跑，护士不再自己送。有时病人转床、上下呼吸机，也喊我们搭把手。

我们没有受过任何培训。上个月有个同事把一袋血掉在地上，袋子破了，是我们几个人凑钱赔的。医院说这是"优化流程"。

我觉得这种安排对病人不安全，对我们也不公平，请卫健委管一管这个规定。

我的名字就别写了。我们这种临时的人说话不算数，说多了，下个月合同就不续了。
""", "complaint", "yes", "b", "Health Commission", "normal", "zh", "-")

add(36, "rider-income-tax-refund", "json", (2026, 11, 16, 11, 3), None,
    "个税 refund question - part-time rider",
    """
Hi, I'm a grad student and I ride for a delivery platform at weekends. The platform app shows they withheld 个税 from my 劳务报酬 every month, about 20% of some payments. My total income this year is maybe 38,000 yuan, so I think I should get most of it back in the 年度汇算 next spring? Do I need to do anything now, like add my 专项附加扣除 (I pay rent)? And if the platform never gave me a 扣缴凭证, can I still see the records in the 个人所得税 App? Thanks.
""", "consultation", "no", "-", "Taxation Bureau", "normal", "en", "mixed",
    form=dict(name="Liang Yiming", phone="+86 155 0000 2908",
              email="ymliang@uni.example", anonymous=False, district="大学城"))

add(37, "health-shop-magnet-mattress", "eml", (2026, 11, 17, 9, 14),
    ("俞斌", "yubin@example.com"),
    "养生馆用免费鸡蛋把我妈骗买了6800块的\"磁疗床垫\"",
    """
我妈72岁，一个人住在老城区。十月份她楼下开了一家"康乐养生馆"，每天早上发鸡蛋、讲健康课，店员一口一个"妈妈"地叫。

11月9日，他们一个姓潘的小伙子陪我妈去银行取了6800块，买了一张"量子磁疗床垫"，说能降血压、降血糖。我回来看了，就是普通床垫里缝了几块磁铁，没有任何医疗器械的批号。我去店里要退，店员说"老人自愿买的，拆了封不退"。

我在外地酒店上班，请了假回来处理这件事。请市场监管部门查查这家店，帮我妈把钱退回来。收据和我妈的取款凭条我都拍了照。

俞斌 177 0000 6610
""", "demand", "no", "-", "Market Regulation Administration", "normal", "zh", "-")

add(38, "social-insurance-window3-lecture", "eml", (2026, 11, 18, 13, 30),
    ("葛春生", "gechunsheng@post.example"),
    "向区社保服务中心3号窗口那位同志\"致敬\"",
    """
11月17日上午十点左右，我到区社保服务中心3号窗口办保安公司漏缴的三个月社保补缴。窗口是一位戴黑框眼镜、四十多岁的男同志。

真要好好表扬他：他百忙之中抽空看了一眼我的材料，就把整叠纸甩回台面上，掉了一地，还语重心长地教育我："你们这种打临时工的，补什么缴，公司都不要你们了。"后面排队的人都听得清清楚楚，等于免费给大家上了一堂人生课。我弯腰捡材料的时候，他已经在叫下一个号了。

材料到底缺什么，他一个字没说。建议领导也去听一听这堂课，顺便告诉我补缴到底要什么材料。

葛春生 132 0000 8847
""", "complaint", "yes", "a", "Human Resources and Social Security Bureau", "normal", "zh", "sarcasm")

add(39, "museum-hours-hotel-guests", "html", (2026, 11, 19, 10, 20),
    ("Sophie Tang", "sophie.tang@concierge.example"),
    "City Museum opening hours in November and booking for foreign guests",
    """
Hello,

I'm on the concierge team of a hotel in the Riverside district. Several of our guests, mostly from Germany and Korea, want to visit the City Museum and the Old Kiln Heritage Park next week. Could you tell me:

- the November opening hours, and which day of the week they are closed;
- whether foreigners can book online with a passport number, or must queue on site;
- whether English audio guides are available;
- whether the Heritage Park's evening light show still runs after 15 November.

Many thanks,
Sophie Tang
""", "information", "no", "-", "Culture and Tourism Bureau", "normal", "en", "-")

add(40, "hotel-seventh-floor-rooms", "eml", (2026, 11, 20, 5, 2),
    ("小苏", "xiaosu.desk@example.net"),
    "酒店七楼的那几个房间",
    """
我在火车站东广场的金穗大酒店前台上夜班，想说一下七楼的情况。

708到712那几间房，差不多每天晚上都是同一批人开的，经理交代不用登记身份证，说是"老板的朋友"。一般十一点以后陆陆续续有人上去，拎着黑塑料袋，天亮前才下来，很多人眼睛通红。保洁阿姨说房间里扔着很多扑克牌、骰子，还有一张纸，上面一列一列写着名字和数字。有一回一个男的下楼时一直在打电话借钱，说"今晚一定翻本"。

我也说不准我看到的是什么。经理在早会上讲过，谁管不住嘴，谁明天就不用来了。我只是觉得不太对劲。

夜班前台 小苏
""", "demand", "yes", "c", "Public Security Bureau", "normal", "zh", "indirect")

add(41, "thanks-officer-liu-found-father", "html", (2026, 11, 21, 12, 0),
    ("胡婷", "huting@example.org"),
    "感谢临江派出所刘晓峰警官",
    """
您好：

我父亲有阿尔茨海默症。11月18日凌晨，他趁家里人睡着自己出了门。我那天在医院上夜班，我妈四点多醒来发现人不见了，赶紧报了警。

临江派出所的刘晓峰警官带着辅警一路调监控，开车沿着江堤来回找，六点二十在七八公里外的老码头找到了我父亲。老人冻得直发抖，刘警官把自己的棉大衣给他披上，一直送到家，走之前还提醒我们去社区领防走失手环。

我们全家都很感激，想请领导转达一下，给刘警官记上一笔。

胡婷
""", "information", "no", "-", "Public Security Bureau", "normal", "zh", "-")

add(42, "public-toilets-open-at-night", "eml", (2026, 11, 22, 15, 16),
    ("施小军", "shixiaojun@example.com"),
    "建议主干道沿线留几座夜间开放的公厕",
    """
我是跑同城配送的。现在城区不少公厕晚上十点就锁门了，中山大道、滨江路这一片，半夜想上个厕所只能去找24小时便利店或者医院急诊。跑单的、环卫工、出租车司机都有这个难处。

几点建议：
一是主干道和商圈的公厕，每隔一两公里至少留一座24小时开放；
二是在地图App上标出哪些公厕夜里开着；
三是锁门的公厕门口贴张告示，写上最近的夜间开放点在哪里。

花钱不多，能方便很多人。

施小军
""", "suggestion", "no", "-", "Urban Management Bureau", "normal", "zh", "-")

add(43, "carer-certificate-subsidy-training", "eml", (2026, 11, 23, 14, 8),
    ("龙燕", "longyan@mail.example"),
    "养老护理员考证补贴，还有培训班什么时候开",
    """
你好，我是一家养老院的护理员，干了两年了，想考养老护理员职业技能等级证书（四级）。有两个问题：

一是考下来以后个人能不能领技能提升补贴？大概多少钱，去哪里申请，要不要本地户口？

二是市里今年还有没有免费培训班？我打职业培训中心的电话，打了好几天都没人接，不知道是不是换号了。最近一期什么时候开班、怎么报名？

谢谢。
龙燕 152 0000 8834
""", "consultation", "no", "-", "Human Resources and Social Security Bureau", "normal", "zh", "two-intents")

add(44, "back-lane-sewer-backflow", "eml", (2026, 11, 24, 23, 40),
    ("麥師傅", "mak.cook@example.net"),
    "後巷排水溝堵塞，污水倒灌廚房",
    """
市長您好：

本人是美食街北段１８號「滿記茶餐廳」的廚師，寫字習慣用繁體，請見諒。

近兩週，美食街後巷的排水溝一到晚上就往上冒水。前天晚上九點多，污水從地漏倒灌進我們廚房，積水有５公分深，整條後巷臭氣熏天，十幾家店都一樣。我們自己請師傅通過一次，師傅說堵在市政管道那一段，不是店裡能處理的。

懇請水務部門盡快派人疏通！晚上我們都在，隨時可以開門配合。

聯絡：麥師傅　１３６－００００－７７８１
""", "demand", "no", "-", "Water Affairs Bureau", "normal", "zh", "fullwidth")

add(45, "fwd-dad-meal-van-fuel-card", "eml", (2026, 11, 25, 7, 35),
    ("Grace Wen", "grace.wen@example.org"),
    "Fwd: Dad - about the canteen meal van",
    """
Hello,

I live in Melbourne and I am writing for my father, who is 67 and cooks at the community elderly canteen in Huaishu sub-district. He asked me to send this in English "so it reaches someone higher up". Below is what he sent me on WeChat; the translation is mine.

---------- Forwarded message ----------
From: Dad
Date: Sat, 21 Nov 2026
> Since summer the canteen's delivery van, the white one with the red
> "长者食堂" sign, is taken almost every Friday evening by the deputy
> director of the sub-district office, the one surnamed Gao. He drives
> his family back to his hometown and brings the van back on Monday at
> noon. On Saturday and Sunday we deliver meals to the bedridden elders
> by e-bike, two boxes at a time, and some of them get lunch at 2 pm,
> cold. The canteen's fuel card is used too: I have seen the receipts
> from the highway service station near his hometown.
> Don't put my name. I still have to work there.
----------------------------------------

My father is afraid to say this to anyone in person. I hope someone can look into how the van and the fuel card are used. You can reach me at this address.

Grace Wen
""", "complaint", "yes", "a", "Discipline Inspection Commission", "normal", "en", "quoted")

add(46, "old-lift-trapped-twice", "eml", (2026, 11, 26, 6, 50),
    ("祁", "qi.gate@example.com"),
    "急！老小区电梯一周困人两次，现在还在用",
    """
我是城东纺织厂宿舍小区的门卫。小区3栋那台电梯用了二十多年，这个礼拜已经困了两次人：周一晚上一位老太太在4楼和5楼中间被关了四十分钟；今天凌晨一个下夜班的小伙子进去，电梯直接往下溜了一截才停住，人吓坏了。

维保公司来看过，说是抱闸磨损，要换件。物业说没钱换，现在门口贴了张"小心使用"，照常开着。楼里有两个坐轮椅的老人，每天就靠它上下。

我怕哪天真出大事。请管特种设备的部门马上来看看，该停就停。

门卫老祁 131 0000 4495
""", "demand", "no", "-", "Market Regulation Administration", "high", "zh", "-")

add(47, "early-morning-school-dropoff", "eml", (2026, 11, 27, 16, 25),
    ("Luo Meifang", "luo.meifang@example.net"),
    "Suggestion: early drop-off at primary schools for parents on early shifts",
    """
Dear Mayor's Office,

My husband and I both work in a hotel kitchen, and our breakfast shift starts at 5:30. The school gate opens at 7:40. For two years we have paid a neighbour to walk our son to school, and many of my colleagues simply leave their children alone at home for an hour and a half every morning, which worries me.

The after-school extended service has helped us a lot in the evenings. I suggest something similar in the morning: let schools open one classroom from 6:30, with one staff member on rotation, free or at a small fee for families where the parents work shifts. Even a few pilot schools in areas with many hotels, hospitals and factories would make a difference.

Thank you for considering it.
Luo Meifang
""", "suggestion", "no", "-", "Education Bureau", "normal", "en", "-")

add(48, "night-bus-3-cancelled-no-notice", "json", (2026, 11, 28, 2, 5), None,
    "夜3路说停就停，通知呢？",
    """
夜3路从11月16号开始就没了，站牌上还挂着时刻表，App上也还显示"运营中"。我在站台上等了五十分钟，零下的天，跟两个下夜班的护工大姐一起等，最后三个人拼了一辆车。后来打电话问才知道线路"调整"了。

调整可以，能不能提前贴个通知？哪怕在站牌上贴张A4纸也行啊。真是贴心，让我们半夜在站台上锻炼身体。
""", "complaint", "no", "-", "Transport Bureau", "normal", "zh", "sarcasm",
    form=dict(name="邓志明", phone="138 0000 5502", email="dzm@example.com",
              anonymous=False, district="北湖区"))

add(49, "no-signal-staff-dormitory", "eml", (2026, 11, 29, 3, 47),
    ("Ana Morales", "ana.morales@example.com"),
    "No mobile signal in the hotel staff dormitory on Yuquan Road",
    """
Hello,

I work as a night auditor at a hotel next to the new International Convention Centre. Our staff dormitory is in the two grey buildings behind the Centre on Yuquan Road. Since we moved in in August there has been almost no mobile signal inside, for any operator: one bar at most by the windows, nothing in most rooms.

We can't call our families, and more seriously, if someone is ill at night we have to run out to the road to call an ambulance.

All three operators' customer service say "the area is newly built, coverage is being planned". That was three months ago. Could the city ask the operators to add a base station or indoor coverage? About 200 people live there.

Regards,
Ana Morales
+86 176 0000 5213
""", "demand", "no", "-", "Industry and Information Technology Bureau", "normal", "en", "-")

add(50, "veteran-guard-insurance-subsidy", "json", (2026, 10, 2, 15, 10), None,
    "退役军人当保安，社保补贴怎么申请",
    """
你好，我2019年退役，自主就业，现在在一家物业公司当保安队长。听说退役军人在企业上班或者灵活就业有社会保险补贴，还有一次性创业补助。想问：
1. 我在物业公司上班，公司已经给交了社保，还能不能拿补贴？
2. 去哪里申请，退役军人服务站还是社保局？
3. 要带什么材料？退役证丢了能不能补办？
谢谢。
""", "consultation", "no", "-", "Veterans Affairs Bureau", "normal", "zh", "-",
    form=dict(name="覃海", phone="199 0000 3307", email="", anonymous=False,
              district="临江区"))

add(51, "parents-farm-subsidy-missing", "eml", (2026, 10, 3, 20, 30),
    ("杨", "yang.guard@example.org"),
    "我爸妈的种粮补贴两年没到帐",
    """
我爸妈在青石铺镇杨家冲村种着五亩多田，往年每年都有耕地地力保护补帖打到一卡通里，2025年和今年都没收到。我爸去村里问，会计说"可能是名单报错了，你去镇上问"，镇上农业站说"村里报的什么就是什么"。两边推来推去，我爸七十岁了，来回跑了三趟，坐车要一个多钟头。

我在城里酒店当保按，请不了几天假。麻烦帮忙查一下是那个环结出了问题，钱能不能补发。

身份证号码什么的我爸那里都有，可以打他电话：147 0000 2136（杨德旺）
""", "demand", "no", "-", "Agriculture and Rural Affairs Bureau", "normal", "zh", "typos")

add(52, "one-window-emergency-pharmacy", "eml", (2026, 10, 4, 11, 45),
    ("Oliver Grant", "o.grant@example.net"),
    "Only one payment window open at 2 a.m. in the First People's Hospital emergency department",
    """
Hello,

I'm a hotel night manager. On 2 October at about 2 a.m. I took a guest with a high fever to the emergency department of the First People's Hospital. The doctors saw him quickly, but the payment and pharmacy area had only one window open and a queue of about thirty people. We waited 55 minutes to pay and another 20 for the medicine, with a shivering guest beside me.

The staff at the window were working as fast as they could and I don't blame them at all. One window is simply not enough on a holiday night, and this is a public hospital, it should plan for it. Could the hospital open a second window on holiday nights, or let patients pay by phone?

Separately: when a hotel pays a guest's hospital bill, how do we get a receipt or invoice that shows the guest's name and our payment? We had trouble with that too.

Thank you,
Oliver Grant
""", "complaint", "no", "-", "Health Commission", "normal", "en", "two-intents")

add(53, "donate-hotel-quilts", "json", (2026, 10, 5, 10, 0), None,
    "酒店旧被子想捐，哪里收？",
    """
您好！我们是一家酒店的客房部，年底要换新床品，有旧棉被１２０床、枕头８０个，都洗干净消过毒了。想问本市哪里可以接收捐赠（慈善会？救助站？），需不需要预约，能不能上门来拉？联系电话：０２７－００００－６６１８（客房部　牛主管）
""", "information", "no", "-", "Civil Affairs Bureau", "normal", "zh", "fullwidth",
    form=dict(name="牛主管", phone="027-0000-6618", email="", anonymous=False,
              district="汉阳门区"))

add(54, "traffic-officer-cash-no-ticket", "eml", (2026, 10, 6, 1, 58),
    ("Rahim", "rahim.bd@example.com"),
    "traffic police take cash no ticket",
    """
hello, i am delivery rider, student from Bangladesh, sorry english not good.

on 5 october about 11pm at crossroad of Tongji road and Hexi street one traffic police stop me, he say i go red light. ok maybe yes. but he say pay 200 cash now or he take my bike, and he dont give any ticket or paper. i give him 200 and he put in his pocket. number on his jacket i see 31 something, the police car is white, number end 693.

my friend also same thing other night same place. i think this is not right way. please check.

Rahim 136 0000 1184
""", "complaint", "yes", "a", "Public Security Bureau", "normal", "en", "typos")

add(55, "guard-injury-company-refuses", "eml", (2026, 10, 7, 19, 22),
    ("马永胜", "mays@example.net"),
    "夜班巡逻摔断腿，公司不给报工伤",
    """
我在鑫盾保安服务公司上班，派驻在东湖科技园做夜班巡逻。9月28日凌晨巡到3号楼后面，施工挖的沟没有围挡也没有灯，我掉下去摔断了右小腿，住院十二天。

公司一直不给申报工伤，人事在微信上是这么跟我说的：

"老马，公司给你买了意外险的，医药费走保险报就行了，工伤那个程序复杂，报了对公司评级有影响，对你也没好处。你安心养伤，回来岗位给你留着。"

意外险只报了一部分，剩下两万多是我自己垫的，伤好之前也没有工资。请问我能不能自己去申请工伤认定？请人社局帮我处理，公司不给报该怎么办？

马永胜 133 0000 7240
""", "demand", "no", "-", "Human Resources and Social Security Bureau", "normal", "zh", "quoted")

add(56, "hotline-text-channel-night-workers", "multi", (2026, 10, 8, 4, 12),
    ("Joy Ferrer", "joy.ferrer@example.org"),
    "Please add a text channel to 12345 for night-shift workers",
    """
Dear Mayor,

Many of us who work nights (hotel staff, carers, security guards) can only reach 12345 between 1 and 6 a.m., when the waits are long, or during our shift, when we cannot talk on the phone. Some suggestions:

1. a WeChat or SMS channel where we can write and get an answer later;
2. an English option in the phone menu - our hotel has staff from the Philippines, Nepal and Kenya;
3. a callback time we can choose ("after 3 p.m., please"), because a call at 9 a.m. wakes us up.

Thank you for reading.
Joy Ferrer
""", "suggestion", "no", "-", "Municipal Government Office", "normal", "en", "-")

add(57, "thanks-mum-pension-card", "eml", (2026, 10, 11, 13, 1),
    ("Ivy Qin", "ivy.qin@example.net"),
    "thank you",
    """
Mum's pension card problem got sorted after my letter. Thank you all.
""", "information", "no", "-", "none", "normal", "en", "short")

add(58, "parents-will-notarisation", "eml", (2026, 10, 14, 9, 28),
    ("溫家明", "wenjiaming@example.com"),
    "請問替父母辦理遺囑公證需要什麼手續",
    """
您好：

家父家母今年都已八十多歲，想趁身體還好，把名下一套房子的安排寫成遺囑並辦理公證。兩位老人行動不便，家父需坐輪椅。想請教：

一、公證處可否派人到家中辦理？費用大約多少？
二、需準備哪些證件？房產證、戶口本、結婚證是否都要帶原件？
三、子女是否必須到場？我在外地醫院上夜班，只能請一兩天假。
四、如果不辦公證，只是自己寫一份並請人見證，效力是否一樣？

先行致謝。

溫家明 敬上
""", "consultation", "no", "-", "Justice Bureau", "normal", "zh", "fullwidth")

add(59, "night-economy-staff-way-home", "json", (2026, 10, 15, 1, 40), None,
    "Make the night economy work for the people who staff it",
    """
I run the banquet kitchen of a hotel next to the riverside night market the city has been promoting. A suggestion from someone who works in it: when the city encourages businesses to open late (there were late-opening subsidies this summer), please also require or reward them for getting their staff home safely - an agreement with the taxi companies, a staff discount on night buses, or a shared shuttle paid partly out of the subsidy. At the moment our young waiters walk thirty minutes along the unlit river road at 1 a.m. A business-environment policy that only counts opening hours is missing half the picture.
""", "suggestion", "no", "-", "Commerce and Investment Promotion Bureau", "normal", "en", "-",
    form=dict(name="Marco Lin", phone="+86 189 0000 2574",
              email="marco.lin@example.com", anonymous=False, district="滨江区"))

add(60, "parents-flat-add-name-title", "eml", (2026, 10, 18, 22, 10),
    ("莫佳音", "mojiayin@example.org"),
    "帮爸妈问一下房产证加名字 / 不动产登记",
    """
您好，我在 Singapore 做 hotel housekeeping supervisor，不常回国，替爸妈问一下。

他们的房子是2003年的房改房，房产证上只有我爸的名字。现在想把我妈的名字也加上（或者直接过户给我？还没决定好）。想问：

1. 加名字算"变更登记"还是"转移登记"？夫妻之间加名要不要交契税？
2. 我人在国外，can I sign a power of attorney at the embassy and let my cousin 代办？
3. 房改房是不是要先补办什么手续才能办？

Thanks a lot，直接回复邮件就可以。
莫佳音
""", "consultation", "no", "-", "Natural Resources and Planning Bureau", "normal", "zh", "mixed")


# ---------------------------------------------------------------- writing

DEPTS = {
    "Public Security Bureau", "Urban Management Bureau",
    "Human Resources and Social Security Bureau", "Healthcare Security Bureau",
    "Housing and Urban-Rural Development Bureau", "Culture and Tourism Bureau",
    "Transport Bureau", "Discipline Inspection Commission",
    "Commerce and Investment Promotion Bureau", "Ecology and Environment Bureau",
    "Civil Affairs Bureau", "Education Bureau", "Health Commission",
    "Water Affairs Bureau", "Market Regulation Administration",
    "Administrative Approval Bureau", "Natural Resources and Planning Bureau",
    "Emergency Management Bureau", "Justice Bureau",
    "Municipal Government Office", "Meteorological Bureau", "Taxation Bureau",
    "Industry and Information Technology Bureau",
    "Agriculture and Rural Affairs Bureau", "Veterans Affairs Bureau", "none",
}
HARD = {"-", "quoted", "sarcasm", "typos", "mixed", "short", "two-intents",
        "fullwidth", "indirect"}


def enc_header(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode().replace("\n", "\r\n")


def to_html(body):
    paras = body.split("\n\n")
    out = ["<html><head><meta charset=\"utf-8\"></head><body>"]
    for p in paras:
        out.append("<p>" + "<br>\n".join(html.escape(x) for x in p.split("\n"))
                   + "</p>")
    out.append("</body></html>")
    return "\n".join(out)


def crlf(text):
    lines = text.split("\n")
    for ln in lines:
        assert len(ln.encode("utf-8")) < 990, ln[:40]
    return "\r\n".join(lines) + "\r\n"


def eml(d):
    y, mo, da, h, mi = d["when"]
    dt = datetime(y, mo, da, h, mi, 0, tzinfo=TZ)
    name, addr = d["sender"]
    dom = addr.split("@", 1)[1]
    frm = formataddr((name, addr), charset="utf-8") if name else addr
    hdr = [
        ("From", frm),
        ("To", "mayor@city.example"),
        ("Subject", enc_header(d["subject"])),
        ("Date", format_datetime(dt)),
        ("Message-ID", "<%s-%03d.%02d%02d%02d%02d@%s>" % (W, d["n"], mo, da, h, mi, dom)),
        ("MIME-Version", "1.0"),
    ]
    body = d["body"]
    if d["fmt"] == "eml":
        hdr += [("Content-Type", "text/plain; charset=utf-8"),
                ("Content-Transfer-Encoding", "8bit")]
        text = crlf(body)
    elif d["fmt"] == "html":
        hdr += [("Content-Type", "text/html; charset=utf-8"),
                ("Content-Transfer-Encoding", "8bit")]
        text = crlf(to_html(body))
    else:  # multipart/alternative
        b = "=_w41_alt_%03d" % d["n"]
        hdr += [("Content-Type", 'multipart/alternative; boundary="%s"' % b)]
        parts = ["This is a multi-part message in MIME format.", "",
                 "--" + b,
                 "Content-Type: text/plain; charset=utf-8",
                 "Content-Transfer-Encoding: 8bit", "", body, "",
                 "--" + b,
                 "Content-Type: text/html; charset=utf-8",
                 "Content-Transfer-Encoding: 8bit", "", to_html(body), "",
                 "--" + b + "--"]
        text = crlf("\n".join(parts))
    head = "".join("%s: %s\r\n" % kv for kv in hdr)
    return (head + "\r\n" + text).encode("utf-8")


def form_json(d):
    y, mo, da, h, mi = d["when"]
    dt = datetime(y, mo, da, h, mi, 0, tzinfo=TZ)
    f = d["form"]
    obj = {
        "id": "%s-%03d" % (W, d["n"]),
        "submitted_at": dt.isoformat(),
        "name": f["name"], "phone": f["phone"], "email": f["email"],
        "anonymous": f["anonymous"],
        "title": d["subject"], "content": d["body"],
        "district": f["district"],
    }
    return (json.dumps(obj, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def main():
    os.makedirs(OUT, exist_ok=True)
    for fn in os.listdir(OUT):
        if fn.startswith(W + "-"):
            os.remove(os.path.join(OUT, fn))
    rows = ["path\tcategory\tconfidential\treason\tdepartment\tpriority\tlanguage\thard"]
    seen = set()
    for d in sorted(L, key=lambda x: x["n"]):
        assert d["n"] not in seen
        seen.add(d["n"])
        assert d["dept"] in DEPTS, d["dept"]
        assert d["hard"] in HARD, d["hard"]
        assert (d["conf"] == "yes") == (d["reason"] in "abc" and d["reason"] != "-")
        ext = "json" if d["fmt"] == "json" else "eml"
        fn = "%s-%03d-%s.%s" % (W, d["n"], d["slug"], ext)
        data = form_json(d) if ext == "json" else eml(d)
        if ext == "json" and d["form"]["anonymous"]:
            assert d["conf"] == "yes" and d["reason"] == "b"
        with open(os.path.join(OUT, fn), "wb") as fh:
            fh.write(data)
        rows.append("\t".join(["letters/" + fn, d["cat"], d["conf"], d["reason"],
                               d["dept"], d["prio"], d["lang"], d["hard"]]))
    assert seen == set(range(1, 61)), sorted(set(range(1, 61)) - seen)
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(rows) + "\n")


if __name__ == "__main__":
    main()
