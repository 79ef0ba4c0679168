#!/usr/bin/env python3
"""w19: 60 letters for the mayorbox judgement corpus (round 5, blind4).
Theme: getting around the city and living with its environment.
Standard library only, deterministic."""
import json
import os
from datetime import datetime, timezone, timedelta
from email.header import Header
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "letters")
TZ = timezone(timedelta(hours=8))
W = "w19"

PSB = "Public Security Bureau"
UMB = "Urban Management Bureau"
TRA = "Transport Bureau"
ECO = "Ecology and Environment Bureau"
HOU = "Housing and Urban-Rural Development Bureau"
WAT = "Water Affairs Bureau"
CUL = "Culture and Tourism Bureau"
DIC = "Discipline Inspection Commission"
HEA = "Health Commission"
MGO = "Municipal Government Office"
AGR = "Agriculture and Rural Affairs Bureau"
CIV = "Civil Affairs Bureau"
HSB = "Healthcare Security Bureau"
JUS = "Justice Bureau"
TAX = "Taxation Bureau"
EMG = "Emergency Management Bureau"
HRS = "Human Resources and Social Security Bureau"
COM = "Commerce and Investment Promotion Bureau"
MKT = "Market Regulation Administration"
MET = "Meteorological Bureau"
IIT = "Industry and Information Technology Bureau"
NRP = "Natural Resources and Planning Bureau"
NONE = "none"

DOMAINS = ["example.com", "example.net", "example.org", "mail.example",
           "post.example", "inbox.example", "webmail.example", "corp.example",
           "uni.example", "home.example", "cn.example"]

# Each letter: n, slug, fmt (eml/html/multi/json), when, sender name, local part,
# subject/title, body, labels (category, conf, reason, dept, priority, lang, hard)
# json letters also carry phone, district, anonymous.
L = []


def add(n, slug, fmt, when, name, local, subject, body, cat, conf, reason,
        dept, prio, lang, hard, phone="", district="", anonymous=False,
        email=None):
    L.append(dict(n=n, slug=slug, fmt=fmt, when=when, name=name, local=local,
                  subject=subject, body=body.strip("\n"), cat=cat, conf=conf,
                  reason=reason, dept=dept, prio=prio, lang=lang, hard=hard,
                  phone=phone, district=district, anonymous=anonymous,
                  email=email))


add(1, "metro-security-wheelchair", "eml", "2026-10-09 21:04", "Marguerite Okafor", "m.okafor",
    "Treatment at Heyuan Road metro security check", """
Dear Mayor's Office,

I use a wheelchair and commute on Line 4 every weekday. On 9 October at
about 8:20 am, at the security check of Heyuan Road station, Exit C, the
officer on duty (police badge ending 0417, tall, wearing glasses) would not
let the station staff bring out the portable ramp. In front of the whole
queue he told me that "people like you should not travel at rush hour" and
that I was "blocking normal passengers". When I asked for his name he
laughed and waved the next person through. I waited 25 minutes until a
cleaner helped me to the lift.

I have used this station for two years without any trouble. I would like
this looked into, and I would like to know whether there is really a rule
that disabled passengers cannot travel at peak times.

Marguerite Okafor
""", "complaint", "yes", "a", PSB, "normal", "en", "-")

add(2, "first-airport-train", "eml", "2026-10-24 06:15", "Tom Rasmussen", "tomr",
    "first airport train?", """
What time does the first airport express leave Central Station on Sunday? Early flight. Thanks, Tom
""", "information", "no", "-", TRA, "normal", "en", "short")

add(3, "site-night-piling", "eml", "2026-10-11 23:40", "潘国梁", "pan.gl",
    "举报：柳湾路工地天天半夜施工", """
你好，我要举报柳湾路和青石巷交叉口那个商业综合体工地。

这半个月几乎每天晚上十一点以后还在打桩、卸钢筋，最晚的一次到凌晨三点。我们小区（锦苑小区3栋）离工地不到五十米，孩子第二天要上学，老人心脏不好，根本睡不着。打电话给工地门卫，说是赶工期，有夜间施工许可，可我们从来没看到过任何公示。

请相关部门去查一下他们到底有没有许可，没有的话请让他们晚上停工。

联系电话：138 0000 6621，姓潘。
""", "demand", "no", "-", ECO, "normal", "zh", "-")

add(4, "parking-ticket-foreign-licence", "eml", "2026-10-15 12:31", "Gareth Pryce", "gpryce",
    "Parking ticket - how to pay or appeal as a foreigner", """
Hello,

I'm a British engineer working here on a two-year contract. Last Tuesday I
found a ticket on my windscreen on Beiguan Street, I think for stopping in a
loading bay. The car is registered to my company, but I'm the driver and I
hold a Chinese licence converted from my UK one.

1) Can I pay online without a Chinese ID number? I have a passport and a
   residence permit.
2) Are the points taken from my licence or from the company?
3) If I think the sign was hidden behind a tree, how do I appeal, and is
   there a deadline?

Thanks for any pointers.
Gareth Pryce, 186-0000-3390
""", "consultation", "no", "-", PSB, "normal", "en", "-")

add(5, "protected-bike-lanes", "eml", "2026-10-19 08:02", "Lukas Brenner", "lukas.brenner",
    "Idea: kerb-protected bike lane pilot on Xinghe Avenue", """
Dear Mayor,

I cycle 9 km each day from Dongpo New Village to the tech park along Xinghe
Avenue. The painted bike lane there is basically a parking strip: delivery
vans, taxis waiting for fares, the odd construction truck. Twice this month
I had to swing out into fast traffic.

Other cities have put low concrete kerbs or flexible bollards between the
car lanes and the bike lane, and it costs very little. I'd suggest a 2 km
pilot on Xinghe Avenue between the river bridge and Kejian Road, plus
proper bike racks at the metro entrances so people can combine bike and
train. I'm happy to share my GPS logs if they are of any use.

Best,
Lukas Brenner
""", "suggestion", "no", "-", TRA, "normal", "en", "-")

add(6, "night-market-stove-kicked", "eml", "2026-10-18 10:26", "甘秀梅", "ganxm",
    "南塘夜市城管执法太粗暴", """
市长您好：

10月17日晚上九点多，在南塘夜市东头，几个穿制服的城管来清理占道摊位。其中一个胖胖的、胸前编号0352的队员，一脚把卖烤红薯的王阿婆的炉子踢翻，炭火滚了一地。阿婆弯腰去捡，他又推了她一把，七十多岁的人直接坐到地上，两只手掌都擦破了。旁边好几个人拍了视频。

摆摊占道不对，可以罚，可以劝，但这样动手实在说不过去。希望查一查这名队员，给阿婆一个说法。

我是夜市旁边的住户，电话135 0000 2817。
""", "complaint", "yes", "a", UMB, "normal", "zh", "-")

add(7, "solvent-smell-fenglin", "eml", "2026-10-06 23:55", "Hiroshi Tanaka", "h.tanaka",
    "Chemical smell every night near Fenglin Industrial Zone", """
To whom it may concern,

My family lives in Building 6 of Riverside Gardens, about 600 m downwind of
the Fenglin Industrial Zone. Since late September, almost every night
between 10 pm and 1 am, a sharp, sweet solvent smell comes in through the
windows - strong enough that my daughter wakes up coughing. During the day
it is fine, which makes me think some plant runs its emissions at night.
Neighbours in our building group say the same.

Please send someone to test the air at night, not at 10 in the morning.
You can use my name and give my number to the inspectors, I'm not worried
about that. I just want it to stop.

Hiroshi Tanaka, 139 0000 8142
""", "demand", "no", "-", ECO, "normal", "en", "-")

add(8, "thanks-bus-42-driver", "html", "2026-10-13 19:48", "Ana Ribeiro", "ana.ribeiro",
    "Thank you to the driver of bus 42", """
Hello,

I am visiting from Portugal with my 78-year-old mother. On 12 October she
felt dizzy on bus 42 near the Drum Tower stop. The driver, whose name card
says Zhou Jianguo, stopped the bus safely, gave her his own water and called
an ambulance, then waited with us until it came while the other passengers
changed to the next bus. We don't speak Chinese, but he made everything
clear with the translator on his phone.

She is fine now. Please pass our thanks on to him and to the bus company.

Ana Ribeiro
""", "information", "no", "-", TRA, "normal", "en", "-")

add(9, "ride-hailing-licence-anon", "json", "2026-10-22 14:07", "", "",
    "网约车驾驶员正怎么办", """
请问一下办网约车的驾驶员证要那些材料，我驾照拿了四年了，户口不是本市的，有居住正，能不能办？要考试吗考什么，在哪里考。我现在跑的平台说没证也可以先跑，但是听说查到要罚很多钱，所以想赶紧办下来，先不留名字了，怕被查到。谢谢
""", "consultation", "yes", "b", TRA, "normal", "zh", "typos",
    district="高新区", anonymous=True, email="")

add(10, "riders-blocked-by-guard", "eml", "2026-10-27 13:12", "韦小军", "weixj88",
    "外卖骑手进不了小区，保安还骂人", """
我是送外卖的，天天跑翠湖名邸这个小区。

从10月起物业不让电动车进，所有骑手只能在北门停车然后走进去，最里面那几栋来回将近一公里，超时了平台就扣钱。昨天晚上一个保安（穿物业制服、个子不高）还骂我们"送外卖的都是贼"，干脆不让进门，顾客的饭都凉了。

我们不是非要骑车进去，能不能在小区门口设几个取餐柜，或者给骑手留个侧门？请住建部门管管这个物业。
""", "demand", "no", "-", HOU, "normal", "zh", "-")

add(11, "exit-entry-window-4", "eml", "2026-10-24 09:30", "David Mwangi", "dmwangi",
    "Treatment at the Exit-Entry hall, window 4", """
Dear Sir/Madam,

I am a business traveller from Kenya. On 21 October I went to extend my stay
permit at the Exit-Entry Administration hall on Wenhua Road. The officer at
window 4, a woman with short hair, about forty, glanced at my documents,
said the hotel registration form was "wrong", and when I asked what exactly
was wrong she pushed my passport back across the counter so hard that it
fell on the floor, then called "next".

The information desk later told me the form was fine. I came back two days
later and another officer processed everything in ten minutes. I only ask
that this is addressed so the next foreigner is not treated this way.

David Mwangi
+86 133 0000 7716
""", "complaint", "yes", "a", PSB, "normal", "en", "-")

add(12, "open-manhole-qiaoxi", "eml", "2026-11-03 20:41", "Chris Adeyemi", "chris.a",
    "URGENT open manhole Qiaoxi Road", """
Open manhole, no cover, in the bike lane on Qiaoxi Road outside Mimi Bakery. No lights. Please come tonight before someone falls in.
""", "demand", "no", "-", WAT, "high", "en", "short")

add(13, "school-crossing-jingui", "json", "2026-11-05 21:20", "梁慧敏", "",
    "关于金桂路小学门口过街安全的建议", """
我们是金桂路小学三年级家长委员会。学校正门对着金桂路，双向四车道，没有红绿灯，只有一条快褪色的斑马线。早上七点半到八点车流很大，很多车不减速，上个月有个二年级孩子差点被电动车撞到。

家委会讨论后建议：一是在校门口加装行人过街信号灯，上学放学时段让孩子安全过街；二是希望上学高峰期交警能派人或者协管员站岗。

另外想问一下，家长志愿者自己穿反光背心在路口引导，是否需要报备？

联系人：家委会主任 梁女士 159 0000 4402
""", "suggestion", "no", "-", PSB, "normal", "zh", "two-intents",
    phone="159 0000 4402", district="西溪区", email="jgparents@example.org")

add(14, "museum-hours-national-day", "multi", "2026-10-01 08:37", "Chloe Barnes", "chloeb",
    "Museum opening hours during National Day?", """
Hi,

We are two students from Melbourne travelling during your National Day
week. Is the City Museum open on 3 and 4 October, and until what time? Do we
need to book online in advance with a passport number, and is it still free?

Many thanks!
Chloe & Priya
""", "information", "no", "-", CUL, "normal", "en", "-")

add(15, "route-17-ghost-bus", "eml", "2026-11-10 08:49", "Ben Achterberg", "b.achterberg",
    "Route 17 - the invisible bus", """
Congratulations to whoever built the real-time bus app: it has finally
achieved true magic. This morning it showed route 17 "arriving in 2 min" at
Lianhua Market stop for 25 minutes straight, and then the bus simply
vanished from the map. Yesterday, the same trick. Three ghost buses in one
week. Meanwhile those of us who actually have jobs stand in the rain
refreshing the screen.

If buses are cancelled, fine, just say so. If the GPS is broken, fix it.
Either way, could the Transport Bureau check whether the operator is really
running the timetable it is paid to run?

A tired commuter,
Ben Achterberg
""", "complaint", "no", "-", TRA, "normal", "en", "sarcasm")

add(16, "bixi-river-fishing-ban", "json", "2026-10-29 10:05", "何永棠", "",
    "請問碧溪河下游能否垂釣", """
您好，本人退休後喜歡釣魚，常在碧溪河下游石埠頭一帶。上週聽人說那段現在是禁釣區，被抓到要罰款、沒收漁具，但現場沒有看到任何告示牌。

想請問：
一、碧溪河哪些河段禁釣？
二、禁釣是全年還是只在休漁期？
三、只用一竿一線一鈎也不行嗎？

謝謝解答。
""", "consultation", "no", "-", AGR, "normal", "zh", "fullwidth",
    phone="(0591) 0000 2268", district="碧溪區", email="")

add(17, "black-water-at-night", "eml", "2026-11-12 22:18", "沙口村村民", "shakou1972",
    "晚上河里的水发黑", """
领导好，我们是沙口村的。

村东头那个化工厂后墙有根管子通到白沙河，白天不见动静，一到半夜就哗哗地往外淌，第二天早上河边一片都是黑的，味道冲鼻子，前两天还漂起来好多死鱼。

村里人都知道，可没人愿意出头，厂里一半工人是本村的。我家那口子也在里头上班，要是厂里晓得是我们家说出去的，这一家老小的饭碗……你们懂的。

麻烦你们晚上来看看，白天来是什么都看不到的。
""", "demand", "yes", "c", ECO, "normal", "zh", "indirect")

add(18, "metro-english-signage", "eml", "2026-10-16 18:22", "Sofia Lindqvist", "sofia.l",
    "Transfer signage at Xinjiekou interchange", """
Hello,

I have lived here for three years and change at Xinjiekou interchange
(Lines 1 and 3) every day. The station is great, but the signage is hard for
anyone who can't read Chinese: the exit boards show street names only in
characters, and temporary notices about closures are Chinese only. Visitors
get lost constantly; I help someone almost every week.

My suggestion: pinyin or English on all exit boards, a colour-coded floor
line for the transfer, and English on temporary notices. It isn't
expensive, and it would make a big difference before the spring trade fair.

Regards,
Sofia Lindqvist
""", "suggestion", "no", "-", TRA, "normal", "en", "-")

add(19, "e-bike-plate-student", "eml", "2026-10-08 16:44", "Nguyen Thi Lan", "lan.nguyen",
    "e-bike plate for foreign student?", """
hello,

i am exchange student from Vietnam in the Normal Univercity. i want buy
electric bike second hand from a senior student for go to campus and my
part-time work. he say the bike need a plate (licence plate?) and i must
registar it but i dont have chinese ID, only passport and student resident
permit. can foreigner register e-bike? where is the office and what paper i
need bring. also the bike have no certificat paper, is it problem?

sorry my english not good. thank you very much
Nguyen Thi Lan
""", "consultation", "no", "-", PSB, "normal", "en", "typos")

add(20, "glass-bridge-crowding-anon", "json", "2026-10-03 20:12", "", "",
    "云栖峡玻璃桥国庆人太多，存在安全隐患", """
我是云栖峡景区的志愿者，国庆这几天在玻璃桥入口帮忙引导。按规定桥上同时不超过两百人，但10月2日下午桥上人挤人，我估计至少四五百。工作人员说上面要求"不能让游客排太久"，就一直往上放人。桥面能感觉到在晃，有小孩吓得直哭。

后面还有几天假期，周末人也多，请文旅部门督促景区严格限流。

我还要在这里做志愿者，所以不留名了。
""", "demand", "yes", "b", CUL, "normal", "zh", "-",
    district="云栖镇", anonymous=True, email="")

add(21, "airport-taxi-no-meter", "eml", "2026-10-26 10:03", "Greta Holmberg", "greta.h",
    "Airport taxi refused the meter (and a lost bag)", """
Dear Mayor's Mailbox,

On 25 October at about 11 pm I took a taxi from the official rank at the
airport to the Lakeview Hotel. The driver refused to use the meter and
demanded 300 yuan; the hotel tells me the normal fare is about 110. I paid
because it was late and I was alone. I photographed the licence card on the
dashboard, the plate was D·5K037. Could the taxi authority deal with this
driver and help me get the difference back?

Also, I think I left a small black pouch with my reading glasses in the same
car. Is there any way to find it through the taxi company?

Greta Holmberg, 181 0000 6027
""", "demand", "no", "-", TRA, "normal", "en", "two-intents")

add(22, "hsr-east-to-old-town", "eml", "2026-10-20 11:36", "陳太", "chantaitai",
    "從高鐵東站到古城區怎麼走？", """
您好！

我們一家四口１１月初從香港過來旅遊，會在高鐵東站下車，想去古城區鐘樓附近的酒店住。請問有沒有直達的公交或地鐵？大概要多久？行李比較多，有沒有那種可以放行李的專線巴士？

另外八達通可以用嗎？還是要下載甚麼ＡＰＰ？

麻煩了，謝謝！
——陳太
""", "information", "no", "-", TRA, "normal", "zh", "fullwidth")

add(23, "checkpoint-wechat-payment", "eml", "2026-11-04 22:51", "Kevin Leung", "kleung.van",
    "Officer asked me to pay him by WeChat", """
Hello,

This happened on 2 November around 7:40 pm at the checkpoint on the ring
road exit to Longtan. An officer stopped my van (I drive deliveries for a
furniture shop; I'm Canadian-born, so forgive my writing) and said the load
was over height. He looked at my Canadian passport and said the ticket would
be "2,000 and six points, big trouble for foreigner", but if I scanned his
personal WeChat QR code for 500 "we can forget it".

I paid, because I need the van for work. His WeChat uses a cartoon pig
avatar and I still have the transfer record and the time. I don't think
this is how the law is supposed to work. I can send the screenshot.

Kevin Leung
""", "complaint", "yes", "a", DIC, "normal", "en", "-")

add(24, "huaihua-night-market-noise", "eml", "2026-10-30 00:47", "邵女士", "shao.lily",
    "槐花街夜市太吵，凌晨还在放音乐", """
我家住槐花街12号楼四层，楼下今年夏天开了个夜市，到现在每天营业到凌晨两三点。烧烤摊的烟直接往窗户里灌，还有几个摊位用大音箱放音乐招揽客人。孩子读高三，每天晚上根本没法学习。

之前楼上邻居下去说了几句，第二天他停在楼下的车玻璃就被砸了，到现在没查出是谁。我们不敢再下去跟摊主讲，只能找政府。

能不能规定夜市十一点收摊、不许用音箱？
""", "demand", "yes", "c", UMB, "normal", "zh", "-")

add(25, "wheelchair-travel-subsidy", "json", "2026-11-14 15:29", "邓晓雯", "",
    "坐轮椅出行有没有补贴或无障碍出租车", """
您好，我下肢残疾，平时坐轮椅。公交站很多没有坡道，普通出租车后备箱放不下轮椅，网约车司机看到轮椅经常取消订单。

听说有的城市给重度残疾人发出行补贴，还有专门的无障碍出租车可以预约。请问我们市有没有这样的政策？我有二级残疾证，需要去哪里申请、带什么材料？

谢谢。
""", "consultation", "no", "-", CIV, "normal", "zh", "-",
    phone="177 0000 3158", district="东河区", email="dxw@home.example")

add(26, "typhoon-shimen-bay-trip", "eml", "2026-10-13 17:55", "Jonas Weber", "jonas.weber",
    "Typhoon this weekend? Coastal trip planned", """
Hello,

My friends and I (exchange students from Germany) plan to go to Shimen Bay
on Saturday 17 October and stay overnight in a guesthouse by the beach. We've
seen news about a typhoon in the South China Sea. Is it expected to affect
our area this weekend, and where can we find official warnings in English?

Thanks,
Jonas Weber
""", "information", "no", "-", MET, "normal", "en", "-")

add(27, "frost-warning-earlier", "eml", "2026-11-18 07:12", "罗德贵", "luodegui",
    "建义霜冻预警早点发到村里", """
气象局的同志你们好，我是种柑桔的，在桃岭镇承包了三十亩地。

去年十二月那次霜冻，预警是头天晚上九点多才发，我们看到的时侯都快睡了，来不及盖膜，损失了差不多一半果子。能不能提前两三天就发，就算不准也行，我们宁愿白忙一场。

还有村里很多老人不会看手机，建义通过村里的大喇叭播一下，或者发短信到村干部那里让他们通知。

谢谢了 罗德贵 137 0000 5583
""", "suggestion", "no", "-", MET, "normal", "zh", "typos")

add(28, "hotline-english-drops", "html", "2026-11-21 19:03", "Amelia Hart", "amelia.hart",
    "12345 keeps hanging up on me", """
I have now tried the English service of the 12345 hotline three times about
a broken traffic light near my flat. Each time I'm put on hold, transferred,
and the line goes dead after about 8 minutes. The only thing I got was this
text message:

> [12345] Dear citizen, your call has been recorded, work order no.
> 2026-11-0000-483. We will reply within 5 working days.

That was 13 days ago. Nobody called back, and the work order number doesn't
show up on the website. I'm not blaming anyone on the phone - they sound
overworked - but the system is clearly not working for English callers.
Please fix the process, and pass the traffic light (Jinling Road x Baishu
Lane) to whoever handles it.

Amelia Hart
""", "complaint", "no", "-", MGO, "normal", "en", "quoted")

add(29, "branch-over-greenway", "eml", "2026-11-07 07:26", "Isabelle Moreau", "imoreau",
    "Huge broken branch hanging over the Lakeshore Greenway cycle path", """
After last night's storm a big branch of one of the plane trees on the
Lakeshore Greenway, about 200 m north of the Willow Pavilion, has split and
is hanging by a strip of bark directly over the cycle path. It's maybe four
metres long. People are still cycling and jogging under it this morning.

Please send someone to cut it down or close that section before it falls on
someone. I tied my red scarf to the railing as a marker.

Isabelle Moreau, 150-0000-2294
""", "demand", "no", "-", UMB, "high", "en", "-")

add(30, "tow-company-relative", "eml", "2026-11-16 21:37", "老钟", "zhong.trucking",
    "拖车的事情，麻烦查一查", """
领导您好，我在城东跑货运。

最近半年，东港物流园周边几条路（港兴路、临海三路）违停拖车特别"勤快"，几乎每天都拖，而且只拖到一家叫"顺捷拖车服务"的停车场，拖一次加停车费八百起步。

后来偶然听几个司机聊起，这家拖车公司的法人姓钱，和区交通局管静态交通的那位钱科长是一个村出来的，据说就是他小舅子。那几条路的禁停牌子，也是今年春天他们科里新立的。

我不知道是不是巧合，只是觉得太巧了。请有关部门核实一下。
""", "complaint", "yes", "a", DIC, "normal", "zh", "indirect")

add(31, "line-6-no-signal", "multi", "2026-11-02 09:14", "Rahul Menon", "rahul.menon",
    "No mobile signal in the Line 6 tunnels", """
Hi,

I commute on Line 6 from Fuqiao to the Financial District, about 35 minutes
underground. Between Yanzi Lake and Dongmen (four stops) there is no mobile
data at all on any of the three carriers I've tried, and calls drop. On
Lines 2 and 3 it works perfectly.

That's lost working time for a lot of people, and it is also a safety issue
if someone needs to call for help. I'd suggest coordinating with the
carriers to install the same tunnel antennas as on the older lines, and
publishing a timeline.

Thanks,
Rahul Menon
""", "suggestion", "no", "-", IIT, "normal", "en", "-")

add(32, "bikes-on-tactile-paving", "eml", "2026-11-19 20:16", "Marco Bianchi", "marco.b",
    "共享单车 blocking the 盲道 at Guangming Road metro", """
Hi, 我是住在附近的外国人. I walk past Guangming Road metro Exit A every
day. Every evening there are 50-60 shared bikes (the yellow and blue ones)
dumped right on the 盲道, the tactile paving for blind people, and across
the ramp. Last week I saw a blind gentleman with a cane get stuck between
the bikes and almost fall.

请帮忙 - could the bike companies be made to clear them, or could a proper
parking zone be painted away from the path? 谢谢!

Marco Bianchi
""", "demand", "no", "-", TRA, "normal", "en", "mixed")

add(33, "wetland-park-rezoning", "json", "2026-11-09 16:40", "孙建华", "",
    "听说青芦湿地公园要改规划，想了解情况", """
我们是每天在青芦湿地公园散步的一群老人。最近公园北边围起了挡板，有人说这块要改成商业用地盖楼，也有人说只是修步道。

想问一下：这块地现在规划的是什么用途？如果要调整规划，会不会公示、在哪里能看到？我们市民能不能提意见？

谢谢。
""", "consultation", "no", "-", NRP, "normal", "zh", "-",
    phone="", district="青芦区", email="sunjh1951@example.net")

add(34, "tourist-wrist-insurance", "eml", "2026-10-10 15:50", "易红霞", "yihx",
    "外地游客在这边摔伤，医保能直接结算吗", """
你好，我是从湖南来旅游的，前天在翠屏山爬山摔了一跤，手腕骨折，现在在市第二人民医院住院，可能要做手术。

我的医保是老家的城乡居民医保，请问在这边能不能直接结算？需要先在老家那边办异地就医备案吗？手机上能不能办？

另外也顺便说一下，翠屏山半山腰那段台阶的护栏坏了好几处，是不是该有人修一修。
""", "consultation", "no", "-", HSB, "normal", "zh", "two-intents")

add(35, "scaffold-debris-hengli", "eml", "2026-11-06 12:09", "Elena Kovacs", "ekovacs",
    "Debris falling from scaffolding at the Hengli Tower site", """
Hello,

I live on Songbai Lane, right next to the Hengli Tower construction site.
For a month the scaffolding on the west side has had no proper netting.
Bits of concrete, and once a steel clamp, have fallen onto the pavement that
children use to walk to Songbai Primary.

On 4 November I went to the site office and asked them to fix the netting.
The foreman listened, then asked which building I live in, mentioned that he
had "seen me walking my dog in the mornings", and said that "neighbours
should get along". I walk the dog a different way now.

Please send someone to check that scaffolding. It is going to hurt
somebody.

Elena Kovacs
""", "demand", "yes", "c", HOU, "normal", "en", "indirect")

add(36, "parking-appeal-stuck", "eml", "2026-11-04 11:58", "蒋文涛", "jiangwt",
    "违停申诉三周没人处理，系统一直\u201c审核中\u201d", """
我10月12日在交管APP上对一张违停罚单提出申诉（当时是车坏了，打着双闪等拖车，有救援公司的单据）。到今天三个多星期了，页面一直显示：

【申诉状态】审核中，请耐心等待。预计处理时限：5个工作日。

打电话到大队，说是系统统一处理，他们那边看不到。五个工作日早就过了，也没人联系过我。罚单快过缴纳期限了，到时候滞纳金算谁的？

希望交警部门把申诉流程理顺，别让群众干等。
""", "complaint", "no", "-", PSB, "normal", "zh", "quoted")

add(37, "cold-chain-trucks-blocked", "json", "2026-11-01 09:45", "谢立", "",
    "关于临港工业园货车通行受阻的协调请求", """
市政府领导：

我公司（远帆冷链物流有限公司）位于临港工业园区。10月下旬起，园区唯一的货车出入口港北路段因道路施工封闭，临时绕行路线限高3.2米，我司冷藏车都过不去。目前每天有四十多车次的生鲜配送延误，已有两家超市客户提出要终止合同。

我们理解施工的需要，恳请市里协调施工单位、交通部门和园区管委会，在夜间或固定时段为货车开放通道，或者另修一条临时便道。

联系人：运营总监 谢立 0591-0000-7735
""", "demand", "no", "-", COM, "normal", "zh", "-",
    phone="0591-0000-7735", district="临港新区", email="ops@yuanfan.example")

add(38, "jade-ribbon-dead-fish", "eml", "2026-10-21 08:33", "Owen Gallagher", "owen.g",
    "Dead fish and foam in the Jade Ribbon Canal", """
Hello,

For the past week the Jade Ribbon Canal behind the Maple Court apartments
has had white foam on the surface and a rotten smell, and this morning I
counted more than twenty dead fish near the footbridge. Something is being
discharged upstream. Could the environment people test the water and find
the source?

Also: is it safe for my dog to walk along the bank and drink from puddles
there, or should we stay away until it's cleared?

Thanks,
Owen Gallagher
""", "demand", "no", "-", ECO, "normal", "en", "two-intents")

add(39, "riverside-benches-lights", "json", "2026-10-25 20:58", "钱阿姨", "",
    "建议…滨江步道增加座椅和路灯！！", """
滨江步道（渔人码头到观澜桥这段）每天晚上散步的人特别多……可是整整２公里只有５张长椅！！老人走一半就没地方歇。而且观澜桥底下那一段完全没灯，黑乎乎的，前几天有人摔了一跤。

建议：①每隔两三百米放一张长椅；②桥下那段加装路灯；③步道边的垃圾桶再多放几个～～

谢谢！！
""", "suggestion", "no", "-", UMB, "normal", "zh", "fullwidth",
    phone="+86 189 0000 1476", district="滨江区", email="")

add(40, "park-ranger-fishing-friends", "eml", "2026-11-11 13:20", "Tom Whitfield", "twhitfield",
    "Special fishing rights at Mingyue Park?", """
I must say the ranger at Mingyue Park's east pond is wonderfully flexible.

Last Saturday morning he fined an old man 200 yuan and took his rod for
fishing under the "No Fishing" sign. Two hours later the same ranger - grey
beard, park ID on a red lanyard, the one who runs the boat hut - was sitting
on that very bank with three friends, four rods and a cooler of beer, and
they went home with a bucket of carp. So the rule apparently depends on
whether you drink with him.

I'd appreciate it if someone looked at how these fines are applied and where
the confiscated rods end up. I have photos.

Tom Whitfield
""", "complaint", "yes", "a", UMB, "normal", "en", "sarcasm")

add(41, "thanks-officer-li-na", "multi", "2026-11-09 10:11", "Michael S\u00f8rensen", "msorensen",
    "Thanks to Officer Li Na, traffic police", """
Hello,

I'd like to thank Officer Li Na of the traffic police, who was on duty at
the Zhongshan Road / Fuxing Road junction on the evening of 8 November. My
car died right in the middle of the junction in heavy rain. She directed
traffic around me, helped me and another driver push the car to the side,
and stayed until the tow truck came, soaked through the whole time.

Please let her superiors know. Feel free to show her this letter.

Best regards,
Michael S\u00f8rensen
""", "information", "no", "-", PSB, "normal", "en", "-")

add(42, "cyclist-accident-legal-aid", "eml", "2026-10-28 14:22", "Tomasz Wi\u015bniewski", "t.wisniewski",
    "Legal help after a bicycle accident (foreign student)", """
Hello,

I'm a Polish PhD student. On 19 October a car turning right hit me while I
was cycling on Kangle Road, and I broke my collarbone. The traffic police
report says the driver is mainly responsible, but his insurer offers only
3,000 yuan and the driver no longer answers my calls. My medical bills are
already over 9,000.

Can a foreigner get free legal aid in this city, or is there a mediation
service for traffic accident compensation? Where should I go and what
documents do I need? My Chinese is limited.

Thank you,
Tomasz Wi\u015bniewski
""", "consultation", "no", "-", JUS, "normal", "en", "-")

add(43, "gas-smell-donghu-exit-b", "eml", "2026-11-20 18:06", "小韩", "hanhan0620",
    "东湖地铁站B口煤气味很重", """
东湖地铁站B口出来那排商铺煤气味特别重，好几分钟了，快派人来！
""", "demand", "no", "-", EMG, "high", "zh", "short")

add(44, "accessible-buses", "json", "2026-11-23 11:47", "Hannah Leclerc", "",
    "Suggestion: low-floor buses and audio stop announcements", """
I'm a wheelchair user who moved here for work in the spring. Routes 8, 23
and 56 still run high-floor buses with steps, so I can't board at all, and
even on the low-floor buses the ramp is often jammed or the driver says it
is "broken".

I'd suggest: (1) showing which routes are fully accessible in the bus app;
(2) putting low-floor buses first on routes that pass the hospitals and the
rehabilitation centre; (3) a short training for drivers on using the ramp;
(4) audio stop announcements in English as well as Chinese, which would
also help blind passengers.

Thank you for considering this.
""", "suggestion", "no", "-", TRA, "normal", "en", "-",
    phone="131-0000-8805", district="Nanhu District", email="hannah.leclerc@example.com")

add(45, "guangming-bridge-dark", "html", "2026-11-25 21:33", "陆一鸣", "luyiming",
    "\u201c光明桥\u201d名副其实吗？", """
光明桥的人行道路灯已经灭了两个多星期了，一整排十几盏，一盏都不亮。

桥叫"光明桥"，晚上走上去伸手不见五指，这名字起得可真好。每天晚上八点以后很多人下班从这儿走回家，骑电动车的、推婴儿车的、遛狗的都在摸黑走，前天我差点跟迎面来的人撞个满怀。

麻烦管路灯的部门抽空来"光明"一下，别等出了事再修。
""", "demand", "no", "-", UMB, "normal", "zh", "sarcasm")

add(46, "driving-test-hint", "eml", "2026-11-13 22:40", "小吴", "wu.learner",
    "科目三考试的一些情况", """
领导好。

我上个月在城南考场考科目三，挂了两次。第二次下车后，考官（那天三号车上那位，四十来岁，戴眼镜）拍拍我肩膀说："小伙子技术还行，下次来之前懂点事，别让大家难做。"

我没太明白，出来问教练，教练说这边的"行情"是一千，给了就过，还说我们驾校好多学员都是这么过的。

我不想这么办，也不知道该不该信。如果是真的，那些没给钱的人不是白考了吗？请有关部门查一查。
""", "complaint", "yes", "a", DIC, "normal", "zh", "indirect")

add(47, "hit-and-run-footage", "eml", "2026-10-29 23:02", "A student", "heping.witness",
    "Giving hit-and-run footage without my name", """
Hello,

I'm an exchange student at the Institute of Technology. On the night of
27 October my helmet camera recorded a white SUV hitting a motorcyclist at
the Heping Road roundabout and driving off. I've seen posts saying the
family is looking for witnesses.

I want to give the video to the police, but I'm on a student visa and
honestly nervous about being pulled into a legal case or having my name
passed to the driver. Is there a way to hand in footage anonymously, or at
least with my details kept private? Which office should I contact?

Thanks.
""", "consultation", "yes", "b", PSB, "normal", "en", "-")

add(48, "xiayuan-fire-lane", "eml", "2026-11-17 19:25", "Laura Jenkins", "laura.j",
    "Fire lane blocked in Xiayuan Village rental buildings", """
Dear Mayor's Office,

I rent a flat in one of the four-storey buildings in Lane 5 of Xiayuan
Village. Our landlord, Mr Hu, keeps two of his building-material trucks and
a pile of timber in the only lane wide enough for a fire engine, day and
night. There is also a big stack of gas cylinders for his restaurant on the
ground floor.

When one tenant mentioned it, Mr Hu said his cousin sits on the village
committee and that anyone who "makes trouble" can find another place to
live by the end of the month. Several of us are foreign teachers on
one-year contracts and cannot easily move.

Could fire safety staff please inspect the lane?

Laura
""", "demand", "yes", "c", EMG, "normal", "en", "-")

add(49, "winter-bus-timetable", "json", "2026-10-31 07:58", "周女士", "",
    "请问冬季公交时刻表什么时候调整？", """
请问今年冬季公交首末班车时间从几号开始调整？我每天坐１１２路早上６：１０那班去上班，听说冬令时要推迟到６：３０，是真的吗？３０８路夜班车冬天还开不开？谢谢！
""", "information", "no", "-", TRA, "normal", "zh", "fullwidth",
    phone="", district="北郊区", email="zhou.w@inbox.example")

add(50, "line-2-closure-chinese-only", "eml", "2026-11-24 17:40", "Julien Marchetti", "jmarchetti",
    "Line 2 weekend closure - notice 只有中文", """
Hi,

Last Saturday Line 2 between Huayuan and Nanmen was closed for maintenance.
The only notice was a small poster at the station entrance and a post on the
official account, 全是中文. Nothing in English in the app, no English
announcement on the trains. I and at least a dozen other 外国游客 stood at
Huayuan for 30 minutes before a kind student explained. 这不是第一次了 -
the same thing happened in September.

Please make it standard to publish closures in English (app push, station
screens) at least three days ahead.

Thanks,
Julien Marchetti
""", "complaint", "no", "-", TRA, "normal", "en", "mixed")

add(51, "museum-english-audio-guide", "eml", "2026-11-26 09:50", "Siobhan Doyle", "siobhan.doyle",
    "English audio guide at the City History Museum?", """
Dear Sir or Madam,

Last weekend I visited the bronze gallery of the City History Museum with my
parents, who are over from Ireland. The collection is wonderful, but apart
from the titles almost every label is in Chinese only, and the audio guide
desk only had Chinese and Korean devices.

Could the museum offer an English (and perhaps Japanese) audio guide, or a
simple QR-code web guide that visitors read on their phones? Students from
the universities would surely volunteer to help translate.

Kind regards,
Siobhan Doyle
""", "suggestion", "no", "-", CUL, "normal", "en", "-")

add(52, "rider-wages-station", "eml", "2026-11-15 23:19", "骑手小马", "mazhiqiang",
    "配送站拖欠骑手工资两个月", """
你好我是飞毛腿配送站（鼓楼片区）的骑手，我们站长从九月开始就没给我们发工资了，八个骑手加起来差不多有六万多块，每次问他就说平台没结算，下个月一起发，结果到现在都没有。

上个礼拜有兄弟说要去劳动局，站长在群里说谁去告就拉黑谁，以后全市的站点都别想在跑。我们都是外地来的，就靠这个吃饭，还要交方租，不敢跟他硬来。

麻烦劳动部门帮我们把工资要回来，合同是跟一家叫"迅程人力"的公司签的。
""", "demand", "yes", "c", HRS, "normal", "zh", "typos")

add(53, "thanks-riverside-greenway", "eml", "2026-11-22 16:05", "Peter Lindgren", "plindgren",
    "Thank you, Mayor", """
Just a note of thanks. I've lived in this city for eleven years, and this
autumn, walking and cycling along the new riverside greenway with my kids
every weekend, I realised how much it has changed: clean paths, trees,
places to sit, people everywhere. Whoever decided to build it, well done.

No request, just appreciation.
Peter Lindgren
""", "information", "no", "-", NONE, "normal", "en", "-")

add(54, "tianmu-ticket-refund", "eml", "2026-10-16 13:34", "Mei Ling Tan", "meiling.tan",
    "Re: Refund for Tianmu Peak tickets", """
Hello,

I booked two tickets to the Tianmu Peak scenic area for 13 October through
its official mini-program, but on that day the cable car and the summit
trail were closed because of the strong wind warning. I wrote to the scenic
area and they replied:

> Dear visitor, tickets purchased are non-refundable once the validity date
> has passed. Thank you for your understanding.

I'm not trying to argue with them. I just want to know what the rule
actually is: if a scenic spot closes because of the weather, are visitors
entitled to a refund, and how do I apply?

Thank you,
Mei Ling Tan (Singapore)
""", "consultation", "no", "-", CUL, "normal", "en", "quoted")

add(55, "ambulance-cash-demand", "html", "2026-11-01 12:48", "Camila Rojas", "camila.rojas",
    "Ambulance crew demanded cash before taking my friend", """
Dear Mayor,

My friend and I are tourists from Chile. On 30 October my friend fainted and
hit his head near the Old Ferry Pier. A passer-by called 120. When the
ambulance came (from the city emergency centre, I think; the number on its
side ended in 26), one of the crew, a man in a blue uniform, maybe in his
thirties, said we must first pay 400 yuan in cash, "foreigners no
insurance", before they would put him on the stretcher. We only had 250 and
he took it. No receipt.

At the hospital the staff were surprised and said the fee is settled
afterwards. I don't want to make big problems for anyone, but it was
frightening and I don't think it is right.

Camila Rojas
""", "complaint", "yes", "a", HEA, "normal", "en", "-")

add(56, "underpass-flooding-street-office", "eml", "2026-11-27 20:30", "长兴居民", "cx.resident",
    "关于长兴街道铁路地道积水的问题", """
长兴街道的铁路地道一下雨就积水，今年已经淹了五六次，最深的时候到膝盖，电动车泡坏了好几辆。居民从七月开始就反映，街道每次都说"已经上报"、"正在协调"，一直没有动静，连个警示牌都没设。

我就在街道下面的社区工作，不方便出面。你们处理的时候请不要说是我反映的，也别把我的电话转给街道。但这个事确实拖得太久了，希望市里督促一下。
""", "complaint", "yes", "b", MGO, "normal", "zh", "-")

add(57, "old-street-seafood-bill", "eml", "2026-10-08 10:17", "Robert Hayes", "rhayes",
    "Restaurant on Gulou Old Street overcharging tourists", """
Hello,

On 6 October my wife and I ate at a seafood restaurant on Gulou Old Street
(red lanterns, called Haiwei Xuan). The English menu had no prices; the
waiter told us the fish was "68". The bill came to 1,460 yuan. They said 68
was per 50 grams, and they had weighed the fish in the kitchen where we
couldn't see. When I protested, the manager said we could call the police
if we liked.

The Chinese menu shows prices per jin; the English menu shows none at all.
Could the market regulators check this restaurant and help us get part of
the money back? I have the receipt and photos of both menus.

Robert Hayes, +86 138 0000 5519
""", "demand", "no", "-", MKT, "normal", "en", "-")

add(58, "departure-tax-refund", "eml", "2026-11-28 15:02", "Daniel Kim", "dkim.trade",
    "退税 question for a foreign shopper", """
Hi, I'm in town for the Lingnan Trade Expo next week and plan to buy some
丝绸 and a tea set at the big mall on Renmin Road. I heard foreigners can get
离境退税 (departure tax refund). Which shops qualify, what's the minimum
amount, and can I get the refund at our airport or only in Beijing/Shanghai?
另外, does the airport bus take credit cards? Thanks! Daniel Kim
""", "consultation", "no", "-", TAX, "normal", "en", "mixed")

add(59, "thanks-mailbox-short", "eml", "2026-11-29 09:09", "老郑", "zheng.lao",
    "谢谢", """
谢谢市长信箱，上次反映的事解决了，大家辛苦！
""", "information", "no", "-", NONE, "normal", "zh", "short")

add(60, "wrong-plate-fine-third", "eml", "2026-11-30 18:44", "Frank Osei", "frank.osei",
    "Re: Re: Wrong parking fine - still not resolved", """
This is my third letter. Below is the reply to my second one:

> Dear citizen, thank you for your letter. After verification, the
> violation record is accurate. You may apply for administrative review
> according to law.
> -- Traffic Management Detachment

The "verification" clearly didn't look at my evidence. The fine is for a car
with my plate (ending 58Q) parked on Nanyuan Road on 3 October at 14:22. At
that moment my car was in an underground car park 40 km away; I sent the
parking receipt and my time-stamped dashcam video. It looks like a cloned
plate or a camera misread.

I'm not complaining about any individual officer. I'm complaining that the
same template answer comes back without anyone reading what I sent. Please
have someone actually look at the evidence.

Frank Osei
""", "complaint", "no", "-", PSB, "normal", "en", "quoted")


# ---------------------------------------------------------------- writers

def enc(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def html_of(body):
    import html
    paras = body.split("\n\n")
    out = []
    for p in paras:
        lines = [html.escape(x) for x in p.split("\n")]
        if all(x.startswith("&gt;") for x in lines):
            out.append("<blockquote>" + "<br>".join(x[4:].lstrip() for x in lines) + "</blockquote>")
        else:
            out.append("<p>" + "<br>".join(lines) + "</p>")
    return ("<html><head><meta charset=\"utf-8\"></head><body>\n"
            + "\n".join(out) + "\n</body></html>")


def write_eml(d, path):
    dt = datetime.strptime(d["when"], "%Y-%m-%d %H:%M").replace(tzinfo=TZ)
    dom = DOMAINS[(d["n"] * 7) % len(DOMAINS)]
    addr = "%s@%s" % (d["local"], dom)
    frm = "%s <%s>" % (enc(d["name"]), addr) if d["name"] else addr
    hdr = [
        "From: " + frm,
        "To: mayor@city.example",
        "Subject: " + enc(d["subject"]),
        "Date: " + format_datetime(dt),
        "Message-ID: <%s-%03d.%s@%s>" % (W, d["n"], dt.strftime("%Y%m%d%H%M"), dom),
        "MIME-Version: 1.0",
    ]
    body = d["body"] + "\n"
    if d["fmt"] == "eml":
        hdr += ["Content-Type: text/plain; charset=utf-8",
                "Content-Transfer-Encoding: 8bit"]
        text = "\n".join(hdr) + "\n\n" + body
    elif d["fmt"] == "html":
        hdr += ["Content-Type: text/html; charset=utf-8",
                "Content-Transfer-Encoding: 8bit"]
        text = "\n".join(hdr) + "\n\n" + html_of(d["body"]) + "\n"
    else:  # multipart/alternative
        b = "=_w19_alt_%03d" % d["n"]
        hdr += ['Content-Type: multipart/alternative; boundary="%s"' % b]
        text = ("\n".join(hdr) + "\n\nThis is a multi-part message in MIME format.\n\n"
                "--" + b + "\nContent-Type: text/plain; charset=utf-8\n"
                "Content-Transfer-Encoding: 8bit\n\n" + body + "\n"
                "--" + b + "\nContent-Type: text/html; charset=utf-8\n"
                "Content-Transfer-Encoding: 8bit\n\n" + html_of(d["body"]) + "\n\n"
                "--" + b + "--\n")
    with open(path, "wb") as f:
        f.write(text.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8"))


def write_json(d, path):
    dt = datetime.strptime(d["when"], "%Y-%m-%d %H:%M").replace(tzinfo=TZ)
    obj = {
        "id": "%s-%03d" % (W, d["n"]),
        "submitted_at": dt.isoformat(),
        "name": d["name"],
        "phone": d["phone"],
        "email": d["email"] if d["email"] is not None else "",
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
    for fn in os.listdir(OUT):
        if fn.startswith(W + "-"):
            os.remove(os.path.join(OUT, fn))
    rows = ["path\tcategory\tconfidential\treason\tdepartment\tpriority\tlanguage\thard"]
    for d in sorted(L, key=lambda x: x["n"]):
        ext = "json" if d["fmt"] == "json" else "eml"
        fn = "%s-%03d-%s.%s" % (W, d["n"], d["slug"], ext)
        p = os.path.join(OUT, fn)
        (write_json if ext == "json" else write_eml)(d, p)
        rows.append("\t".join(["letters/" + fn, d["cat"], d["conf"], d["reason"],
                               d["dept"], d["prio"], d["lang"], d["hard"]]))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(rows) + "\n")


if __name__ == "__main__":
    main()
