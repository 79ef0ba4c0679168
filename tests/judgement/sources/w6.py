#!/usr/bin/env python3
"""Writer w6: 60 letters for the mayorbox judgement corpus (issue 11, round b).

Voices: gig workers and young city people. Run `python3 gen.py`; it writes
letters/ and labels.tsv next to itself. Deterministic: everything is in the table.
"""
import json
import os
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime
from html import escape

HERE = os.path.dirname(os.path.abspath(__file__))
TZ = timezone(timedelta(hours=8))

# kind: eml (text/plain), html (text/html), multi (multipart/alternative), json (web form)
# labels: category, confidential, reason, department, priority, language, hard
LETTERS = []


def L(num, slug, kind, when, sender, addr, subject, body, labels, form=None):
    LETTERS.append(dict(num=num, slug=slug, kind=kind, when=when, sender=sender,
                        addr=addr, subject=subject, body=body.strip("\n"),
                        labels=labels, form=form))


HR = "Human Resources and Social Security Bureau"
HOUSING = "Housing and Urban-Rural Development Bureau"
PSB = "Public Security Bureau"
DIC = "Discipline Inspection Commission"
TRANS = "Transport Bureau"
EMERG = "Emergency Management Bureau"
HEALTH = "Health Commission"
EDU = "Education Bureau"
CULT = "Culture and Tourism Bureau"
MGO = "Municipal Government Office"

# ---------------------------------------------------------------- 001
L(1, "rider-wages-two-months", "eml", "2026-10-11 22:14", "邓一帆", "dengyifan.rider@example.com",
  "骑手工资拖欠两个月没发", """
你好，我是在青柳路那边跑外卖的骑手，挂靠在一个叫“速达众包服务”的劳务公司下面（平台是大平台，但工资是这个公司发）。8月和9月的跑单钱一直没结，一共是11460块，站长天天说下周下周，再问就说公司帐户被冻结了在等等。我们站里二十几个兄弟都是这样，有的已经没钱交房租了。

合同我们签的是什么“合做协议”，站长说我们不是员工所以不归劳动局管，真的是这样吗？反正钱是我一单一单跑出来的。麻烦帮忙催一下，公司地址在桂花塘产业园B座4楼，电话打过去没人接。

骑手 邓一帆 153 0000 7781
""", ("demand", "no", "-", HR, "normal", "zh", "typos"))

# ---------------------------------------------------------------- 002
L(2, "talent-subsidy-overseas-degree", "eml", "2026-09-03 10:05", "Chloe Xu", "chloe.xu@mail.example",
  "Question about the graduate talent subsidy for overseas degrees", """
Dear Sir or Madam,

I finished my MSc in Data Science at a university in Manchester this July and moved back in September. I've started a job at a software company in the Jinhe science park and signed a three-year contract.

A friend told me the city gives new master's graduates a one-off living subsidy and a rent subsidy for up to three years. I have a few questions before I apply:

1. Does an overseas one-year master's count the same as a domestic two-year one?
2. Do I need the degree certification from the Chinese Service Center for Scholarly Exchange first, or are my diploma and transcript enough?
3. My company pays social insurance from October. Is there a minimum number of months before I can apply?
4. Is the deadline counted from my graduation date or from the date I started work?

The online portal just says "materials as required", which doesn't help much. Thanks a lot.

Chloe Xu
+86 138 0000 2417
""", ("consultation", "no", "-", HR, "normal", "en", "-"))

# ---------------------------------------------------------------- 003
L(3, "traffic-officer-cash-fine", "eml", "2026-10-14 21:36", "周", "zhou.songcan@example.net",
  "反映十字路口一名交警执勤时的行为", """
10月14号中午12点40左右，我送餐经过梧桐大道和明德路交叉口，电动车没按规定走非机动车道（这个我认），被一名交警拦下。他一上来就把我的车钥匙拔走了，我说我这单马上超时了能不能先开罚单，他直接拍了我头盔两下，说“跑外卖的都一个德行”。

后来他说罚五十，我要扫码交，他说不用扫，给现金就行。我身上刚好有一张五十的，给了他，他没给我任何单子就把钥匙扔还给我了。

他左胸的警号我只看清了后面三位是217，高高瘦瘦戴眼镜。当时旁边还有两个同行看见了。我不是不认罚，但罚款不开票、收现金揣兜里，这合规吗？希望有人查一下当天这个路口的执勤记录。

小周 159-0000-3306
""", ("complaint", "yes", "a", PSB, "normal", "zh", "-"))

# ---------------------------------------------------------------- 004
L(4, "sublet-deposit-withheld", "eml", "2026-10-06 19:50", "Jiaming Lu", "jm.lu@inbox.example",
  "Second landlord refusing to return my deposit (shared flat, Lanting Garden)", """
Hi,

I rented a room in a 5-bedroom shared flat in Lanting Garden, building 12, through a guy who sublets the whole unit (he is not the owner). I gave one month's notice as the contract says and moved out on 30 Sept. He is now refusing to return my 2,800 deposit. This is what he sent me on WeChat:

> 押金不退了，你房间墙上有钉子眼，还有空调滤网脏了，清洁费+维修费正好抵押金。
> 不服你去告吧，合同上写的是"甲方有权扣除"。

(Roughly: "Deposit's gone, there are nail holes in your wall and the AC filter is dirty, cleaning + repair comes to exactly the deposit. Sue me if you like.")

There were no nail holes when I left - I have a video of the room from move-out day. Three other flatmates had the same thing happen this year. I think he does this to everyone who leaves.

Could someone from the rental housing side contact him? I don't really want to go to court over 2,800 yuan, but I also don't want him to keep doing this to the next person.

Thanks,
Jiaming Lu
131 0000 5820
""", ("demand", "no", "-", HOUSING, "normal", "en", "quoted"))

# ---------------------------------------------------------------- 005
L(5, "battery-swap-cabinets", "eml", "2026-09-18 23:02", "Leo", "leo_paodan@example.org",
  "建议城中村多装点换电柜", """
建议一下：像我们住的白沙村、南塘这种城中村，骑手特别多，电瓶车基本都是拉到房间里充，一栋楼几十块电池插排上一串，说实话挺吓人的。新闻里那种半夜起火的事真的不是段子。

能不能由政府牵头，在村口、公交站旁边多装点换电柜/集中充电桩？现在app上能找到的换电柜最近的要骑2.5km，peak hours还要排队，大家嫌麻烦就还是在屋里充。price 如果能有补贴，比如骑手办个月卡99一个月，我觉得大部分人都愿意，这个ROI绝对划算，比烧一栋楼便宜多了。

另外充电区最好有遮雨棚+监控，不然电池被偷也没人管。

顺便说一句，不要一刀切搞“禁止进楼”然后又没地方充，那样大家只会偷偷充，更危险。

—— 一个跑了三年单的 Leo
""", ("suggestion", "no", "-", EMERG, "normal", "zh", "mixed"))

# ---------------------------------------------------------------- 006
L(6, "hallway-battery-smoke", "json", "2026-10-22 23:47", "韩笑", "", "楼道电瓶冒烟",
  "福安里3栋4楼楼道有电瓶在冒烟，焦糊味很重，整层都是租户，快派人！",
  ("demand", "no", "-", EMERG, "high", "zh", "short"),
  form=dict(name="韩笑", phone="177 0000 9012", email="", anonymous=False, district="东湖区"))

# ---------------------------------------------------------------- 007
L(7, "ride-hailing-inspector-sincerity", "eml", "2026-10-27 08:31", "Ma Rui", "marui.drive@example.com",
  "About a transport enforcement officer at the east railway station", """
Hello,

I drive ride-hailing part-time after my day job. My vehicle transport permit application was submitted in August and is still "under review"; I have the receipt.

On 9 October around 9pm a man booked a ride from the east railway station. Halfway he told me to pull over, two other men came over, and they all showed transport enforcement IDs. They said I was operating illegally and the fine would be 10,000 to 30,000.

Afterwards the one who had made the booking, surname Pang, about 40, took me aside. He said my case "didn't have to go all the way through the system", that he could "have a word with the team", and that I should add him on WeChat and "show some sincerity - three is what people usually do". He held out his WeChat QR code right there. I didn't add him. Two weeks later I received a penalty decision for 15,000.

I'm not saying I was right to drive before the permit came through. But I'd like someone to look at what he was offering me, and whether other drivers took him up on it. I think his ID number started with 0326.

Ma Rui
186-0000-4490
""", ("complaint", "yes", "a", DIC, "normal", "en", "indirect"))

# ---------------------------------------------------------------- 008
L(8, "wyc-driver-licence", "eml", "2026-09-09 13:22", "阿凯", "akai1997@post.example",
  "请问wyc人证怎么考", """
您好 想问下 网约车的人证（驾驶员证）要怎么考，我是外地户口，在这边有居住证 办了一年了，驾照c1拿了四年。看到网上说要本地户口或者居住证满半年，不知道是不是真的？考试是在哪里抱名，要不要先找平台公司，自己可以直接报吗。

还有cz是不是一定要车在自己名下，我的车是我爸的名字 能不能用。

谢谢了 着急跑单还房贷（不是，还花呗 哈哈）
""", ("consultation", "no", "-", TRANS, "normal", "zh", "typos"))

# ---------------------------------------------------------------- 009
L(9, "metro-after-concert", "json", "2026-11-07 22:58", "", "", "演唱会散场地铁",
  "体育中心演唱会散场都十点半了，7号线那几晚能不能加开晚班？",
  ("suggestion", "no", "-", TRANS, "normal", "zh", "short"),
  form=dict(name="", phone="", email="momo_k@example.org", anonymous=False, district="奥体片区"))

# ---------------------------------------------------------------- 010
L(10, "night-bus-software-park", "eml", "2026-09-24 23:41", "Alan Fang", "alan.fang@devmail.example",
  "Night buses for Qiyun Software Park, please", """
Dear Mayor's Office,

Our city keeps advertising itself as a tech hub, and judging by the lights in Qiyun Software Park at 11pm, it really is: thousands of us are still at our desks long after the last route 316 bus leaves at 22:10. Congratulations, the 996 culture is thriving.

The result is a nightly crowd of programmers outside Gate 2 fighting over ride-hailing cars with 30-minute waits and surge pricing. Some people just give up and sleep under the desk. Very innovative.

Suggestion: add two or three night runs (say 22:40, 23:20 and 00:00) from the park to the metro hubs at Beigang and Xinyuan. Even a small shuttle would do. The companies in the park might share the cost; several HR departments I know have said they'd be open to it.

If we're going to work like it's Silicon Valley, let us at least get home like it's a city.

Regards,
Alan Fang (backend dev, still at the office as I write this)
""", ("suggestion", "no", "-", TRANS, "normal", "en", "sarcasm"))

# ---------------------------------------------------------------- 011
L(11, "provident-fund-face-scan", "html", "2026-09-15 12:18", "钟小满", "zhongxm@example.net",
  "公积金提取系统一直刷脸失败", """
公积金中心你好：

我想在网上办租房提取公积金，连续一周了，每次到刷脸那一步就提示“活体检测失败，请稍后重试”，换了三台手机、白天晚上都试过。客服电话打了十几次，不是占线就是转人工以后直接断了。

网站上写“全程网办，足不出户”，结果只能请假跑去柜台。柜台又说要预约，预约系统显示两周内全满。

请问这个系统到底什么时候能修好？能不能开一个不用预约的窗口专门办提取？我房租是三个月一交，下个月就到期了，钱卡在里面取不出来，真的很急。

钟小满
""", ("complaint", "no", "-", HOUSING, "normal", "zh", "-"))

# ---------------------------------------------------------------- 012
L(12, "urban-village-power-cut", "eml", "2026-10-19 20:07", "陈思雨", "chensiyu.cs@example.org",
  "房东中途涨租不成就给我断水断电", """
我在石榴村租了一间单间，合同签到明年3月，月租1100。上个月房东突然说要涨到1500，我说合同写着呢，他就开始停我的水电，说是“线路检修”，但隔壁几间都好好的，只有我这间和另一个不肯涨的租客没电。已经五天了，我现在每天去公司洗澡、充电。

房东姓郑，他叔叔是村里的主任，这条巷子的出租屋好多都是他们家的。我其实挺担心，反映了之后他们会不会找别的理由把我赶走，或者在押金上做文章，他们家在村里说话很管用。但是五天没电真的没法过了。

希望能有人出面让他先恢复水电，合同的事我们再谈。

陈思雨 135 0000 6274
""", ("demand", "yes", "c", HOUSING, "normal", "zh", "-"))

# ---------------------------------------------------------------- 013
L(13, "legal-aid-centre-hours", "eml", "2026-11-12 18:26", "Ethan Wu", "ethanwu@example.com",
  "Where is the legal aid centre and when is it open?", """
Hi,

My flatmate and I both got let go by a small startup and we want to talk to someone at the legal aid centre before applying for labour arbitration. Could you tell us the address of the city (or district) legal aid centre, its opening hours, and whether we need to book in advance? We both work weekdays, so if there's a Saturday service or an online consultation that would be great.

Thanks!
Ethan
""", ("information", "no", "-", "Justice Bureau", "normal", "en", "-"))

# ---------------------------------------------------------------- 014
L(14, "hukou-window-clerk", "eml", "2026-10-17 09:12", "马骁", "maxiao_grad@example.net",
  "派出所户籍窗口工作人员态度问题", """
我是今年毕业的研究生，按人材引进政策落户，材料网上预审以经通过了。10月9号上午去鹭港派出所户籍窗口办，2号窗口一个短头发的女工作人员，看了两眼就说我材料不全，我问缺什么，她说“自己回去看”，然后把我的资料直接甩到台子外面，掉了一地。

我第二次去（10月16号）还是她，这次说我的毕业证复印见不行，要原件，我带了原件，她又说要学信网的认证报告，还是没讲清楚到底要什么，一边说一边在刷手机。后面排队的人都看不下去了。

最后她说了一句“你们这些外地来的搞那么多事”。我想问一下这是正常的服务态度吗？网上预审都过了到窗口为什么还这样反复。希望核实一下这两天2号窗口是谁，给个说法。

马骁 182 0000 3147
""", ("complaint", "yes", "a", PSB, "normal", "zh", "typos"))

# ---------------------------------------------------------------- 015
L(15, "livestream-base-rent-subsidy", "eml", "2026-10-08 15:40", "Grace Lin", "grace@linlin-snacks.example",
  "Rent subsidy promised by e-commerce park not paid + a fapiao question", """
Hello,

I run a small livestream shop (dried fruit and snacks, 3 staff). In January we moved into the Yunshang Livestream E-commerce Base in Hongqiao Industrial Zone. When we signed, the park operator told us start-ups in the base get 50% of the first year's rent back, "funded by the district", and showed us a policy sheet with a government logo on it.

It's now October and we've received nothing. Every time I ask, the operator says "the district hasn't transferred the money yet". At least eight other studios in the base are in the same position, and two have already moved out. We've paid about 36,000 in rent so far, so the promised subsidy would be 18,000 - a lot for a shop our size.

Could your office find out whether this subsidy actually exists, and if it does, help get it paid?

Also, a separate question: most of our income comes through the platform's settlement. Do I need to issue fapiao to the platform myself, or does the platform handle the tax side?

Thank you,
Grace Lin, Linlin Snacks Studio
177 0000 3365
""", ("demand", "no", "-", "Commerce and Investment Promotion Bureau", "normal", "en", "two-intents"))

# ---------------------------------------------------------------- 016
L(16, "rider-injury-protection", "json", "2026-09-21 10:33", "覃海生", "", "骑手摔伤了，职业伤害保障怎么认定",
  "我是一名全职外卖骑手，上周下雨天送单在滨江路滑倒，左手腕骨裂，打了石膏要休息一个多月。平台说我们有“新就业形态职业伤害保障”，但是站点只让我在app里提交材料就没下文了。想咨询：1.这个保障是谁来认定的，社保部门还是平台？2.医药费和休息期间的收入能不能赔？3.一般要多久出结果，需要我自己去哪个窗口吗？谢谢。",
  ("consultation", "no", "-", HR, "normal", "zh", "-"),
  form=dict(name="覃海生", phone="+86 176 0000 2281", email="", anonymous=False, district="滨江区"))

# ---------------------------------------------------------------- 017
L(17, "thanks-officer-qian", "eml", "2026-10-05 11:47", "阿杰", "ajie.songcan@example.org",
  "感谢交警钱警官", """
10月3号傍晚在环城北路高架下面，我送单的时候被一辆右转的面包车刮倒，人倒在地上一下懵了。当时路过的一位交警钱警官（警号尾号0852）马上停下来，先把我扶到路边，帮我把车挪开，叫了120，一直陪到救护车来，后面事故处理也很公正。

后来才知道他那天其实已经下班了。我就是个送外卖的，平时被骂习惯了，那天真的挺感动。想通过市长信箱谢谢他，也希望他们单位能表扬一下。

骑手 阿杰
""", ("information", "no", "-", PSB, "normal", "zh", "-"))

# ---------------------------------------------------------------- 018
L(18, "paediatric-er-night-shift", "eml", "2026-10-17 14:03", "Sun Yiran", "yiran.sun@example.com",
  "Complaint about the night-shift staff at the children's emergency department", """
Dear Sir/Madam,

At about 1:50am on 17 October we took our 11-month-old daughter to the paediatric emergency department of the City Second People's Hospital. She had a fever of 39.8 and was very listless.

The triage nurse at the desk (young woman, glasses, her badge said Zhou) barely looked at her. She told us to sit and wait because there were "only two doctors tonight". We waited almost an hour with only three families ahead of us. Each time I went to ask, she was watching a drama on her phone with earphones in, and once she told me: "If you're that anxious, go to a private hospital."

When we finally saw the doctor, he said "why come at night for a fever, you new parents panic over everything" before he had even examined her. It turned out to be a urinary tract infection that needed treatment straight away.

I understand night shifts are hard. But a baby at almost 40 degrees should not be left for an hour while staff watch videos. I would like the hospital to check what happened that night and speak to the staff involved.

Sun Yiran
139 0000 8852
""", ("complaint", "yes", "a", HEALTH, "normal", "en", "-"))

# ---------------------------------------------------------------- 019
L(19, "forced-resignation-programmer", "eml", "2026-11-03 23:55", "Kevin 王", "kevin.wang.dev@example.net",
  "公司逼签自愿离职，加班费和N+1都不给", """
你好，我在一家做SaaS的公司当后端开发，工作两年多。上周HR突然约我one-on-one，说我这季度performance是C，要么自己签“自愿离职申请”，要么下个月开始降薪30%调去做测试。

这两年基本每天10点以后下班，周末还要on-call，加班费从来没给过，调休也没有，打卡记录和钉钉消息我都有截图。现在他们说“我们是弹性工作制，不存在加班”，N+1更是想都别想。

我没签。想请劳动监察那边介入一下：一是这种逼员工签自愿离职的做法，二是加班费能不能追回来。公司在星河湾科技大厦17楼，叫“栈云信息科技”。

Kevin 王 / 150 0000 6639
""", ("demand", "no", "-", HR, "normal", "zh", "mixed"))

# ---------------------------------------------------------------- 020
L(20, "library-late-hours", "json", "2026-09-27 21:15", "温一诺", "yinuo.wen@example.com", "建议市图书馆延长开放时间",
  "市图书馆现在晚上8点就闭馆，周末也是。我们这些上班族下班赶过去都7点多了，刚坐下就要走。建议工作日和周末开到晚上10点，哪怕只开一层自习区也行。另外自习区插座太少，一排十几个座位才两个插座，大家带电脑都得抢。还有能不能在小程序上预约座位，现在周末早上9点门口排长队，外卖小哥路过都问我们是在排什么网红店。",
  ("suggestion", "no", "-", CULT, "normal", "zh", "-"),
  form=dict(name="温一诺", phone="", email="yinuo.wen@example.com", anonymous=False, district="文昌区"))

# ---------------------------------------------------------------- 021
L(21, "kindergarten-reservation-fee", "eml", "2026-11-18 20:44", "Daniel Qiu", "dqiu@example.org",
  "Is a \"reservation fee\" for a public kindergarten allowed?", """
Hello,

Our son turns three next year and we're starting to look at kindergartens. In our parents' group several people say that some public kindergartens ask families to pay a "reservation fee" of a few thousand yuan in advance to be sure of a place, nothing in writing.

Is that allowed for a public kindergarten? What are the official fees, and where can parents check them? And if a place is oversubscribed, is admission supposed to go by lottery, by household registration, or by address?

Thanks,
Daniel Qiu
""", ("consultation", "no", "-", EDU, "normal", "en", "-"))

# ---------------------------------------------------------------- 022
L(22, "class-teacher-workbooks", "eml", "2026-09-16 22:30", "一位三年级家长", "sanban_mama@example.net",
  "关于孩子班主任的一些情况", """
我是实验二小三年级（4）班的家长。开学以来班主任刘老师在家长群里推荐了三次“必备”教辅，每次都说“建议统一买，方便课堂讲解”，链接都是同一家网店，后来有家长发现这家店的店主是刘老师的爱人。没买的孩子，作业本上会被写“请家长配合”。

教师节前一天，家委会一位妈妈在群里说“大家意思一下，刘老师辛苦了”，接着私聊每个家长收500块，说是“班级心意”。我们转了，但心里挺别扭的。

孩子还要跟着刘老师三年，我们也不想闹大，只是希望学校那边了解一下这种情况，不要再有下次。
""", ("complaint", "yes", "a", EDU, "normal", "zh", "indirect"))

# ---------------------------------------------------------------- 023
L(23, "typhoon-red-warning", "eml", "2026-09-12 16:20", "小谭", "tan.runner@example.com",
  "问一下明天台风会不会发红色预警", """
气象台的同志好，看到说台风“桂竹”明天下午登陆，想问一下我们这边明天会不会升级到红色预警？大概几点开始风最大？

我们跑外卖的，平台只有官方发红色预警的时候才停单，橙色的时候还照常派单、还加“恶劣天气补贴”，大家为了那几块钱都冒雨出去跑。我想提前知道明天要不要囤点吃的在家躺平。谢谢！
""", ("information", "no", "-", "Meteorological Bureau", "normal", "zh", "-"))

# ---------------------------------------------------------------- 024
L(24, "missing-cover-viaduct-ramp", "multi", "2026-11-02 00:44", "Tony He", "tonyhe88@example.net",
  "URGENT: hole / missing cover on the Jinsha Viaduct off-ramp", """
Hello,

Right now (about 00:40) there is a large hole in the right lane of the Jinsha Viaduct off-ramp towards Dongfeng Road. It looks like a drain or utility cover is missing, about half a metre across. I drive ride-hailing and nearly went into it; the car in front of me braked hard and swerved into the left lane.

There's no cone, no sign, and the street light on that stretch is out, so you can't see it until you're on top of it. Someone on a scooter is going to go straight in. Please send someone to block it off tonight. I've also called 110.

Location: off-ramp, about 50m before the traffic lights, right lane.

Tony He, 133 0000 7710
""", ("demand", "no", "-", TRANS, "high", "en", "-"))

# ---------------------------------------------------------------- 025
L(25, "service-hall-four-hours", "eml", "2026-09-29 17:05", "打工人小路", "lu.dagong@example.org",
  "市民服务中心的“高效”体验", """
周一上午九点到市民服务中心办居住证签注加社保卡挂失，取号机坏了两台，剩下一台前面排了四十多个人。进去以后大厅十个窗口开了三个，叫号屏上的号和广播念的号还对不上，大家只能围在窗口前面问。空调没开，一堆人站着扇风。

我等了三小时四十分钟，办理用时五分钟。真是名副其实的“最多跑一次”——跑一次就花掉一整天，谁还跑得动第二次。

能不能上午高峰多开几个窗口、把取号机修好、叫号系统弄准一点？不针对哪个工作人员，窗口里的人也忙得头都不抬，是安排的问题。

一个请了一天假的打工人
""", ("complaint", "no", "-", MGO, "normal", "zh", "sarcasm"))

# ---------------------------------------------------------------- 026
L(26, "estate-guard-pushed-rider", "json", "2026-10-10 18:02", "卢浩然", "", "小区保安不让骑手进还推人",
  "锦绣华庭小区的物业保安不让外卖骑手进小区，电动车和人都不让进，要我们把餐放在东门外的架子上，可是顾客不下来就算超时差评。今天下午5点多我跟保安说这单是老人点的下不来，他直接推了我一把，我手机掉地上屏幕碎了。物业经理说这是“业主委员会的规定”，可是业主自己都在群里骂。能不能请管物业的部门管一下，起码给骑手留一个可以进去的通到，或者搞个登记的办法。推人这个要给我个说法，手机的钱也要陪。",
  ("demand", "no", "-", HOUSING, "normal", "zh", "typos"),
  form=dict(name="卢浩然", phone="188 0000 1936", email="", anonymous=False, district="望湖区"))

# ---------------------------------------------------------------- 027
L(27, "english-option-hotline", "eml", "2026-11-20 12:40", "Yvonne Tang", "yvonne.tang@corp.example",
  "Suggestion: an English option for the 12345 online form", """
Hi,

I work at a foreign-invested company and several of my colleagues are expats who have lived here for years. When something goes wrong - a noisy site, a broken streetlight, a question about their permits - they ask me to file it for them, because the 12345 mini-program and website are Chinese-only, and the phone line's English option plays a recording and then puts you through to a Chinese-speaking operator anyway.

Could the office add an English version of the online form (even machine-translated), with an English confirmation and case number? Some other cities already offer this. It would help foreign residents, and also returnees like me who type English faster at work.

Thanks for considering it.
Yvonne Tang
""", ("suggestion", "no", "-", MGO, "normal", "en", "-"))

# ---------------------------------------------------------------- 028
L(28, "report-employer-tax-quietly", "eml", "2026-10-23 22:48", "小林", "lin.xiaolin@example.com",
  "想问一下反映公司少报个税的流程", """
你好，想咨询一下：我们公司每个月只按最低工资给员工申报个税和社保，剩下的工资老板让财务用个人微信转账发，说是“帮大家省税”。我个税app里显示的收入一年才3万多，实际拿到手是十几万。

1. 这种情况是不是违法的，员工自己有没有责任？
2. 如果向税务局反映，需要提供什么材料？工资条我们是没有的，只有转账记录。
3. 最关键的：公司只有二十来个人，一查就知道是谁。能不能不用实名？或者实名但是不告诉公司是谁反映的？我还要在这里干，不想被认出来。

谢谢
""", ("consultation", "yes", "b", "Taxation Bureau", "normal", "zh", "-"))

# ---------------------------------------------------------------- 029
L(29, "new-estate-no-signal", "eml", "2026-09-25 20:19", "李想", "lixiang.home@example.net",
  "新小区手机没信号，宽带也装不了", """
我们是云栖里小区（去年交房）的业主和租户，小区里手机信号差到离谱，家里基本一格，电梯和地库直接no service。我在家remote办公，开个Zoom会议都要跑到阳台上举着手机，被同事吐槽是“信号户外主播”。

宽带更离谱，物业说只有一家运营商进了小区，另外两家要装的话“还在谈”，谈了一年了。唯一那家套餐贵，还经常掉线，报修了三次都说是“区域网络问题”。

能不能请有关部门协调一下，让三家运营商都能进小区，顺便把5G基站补一下？业主群里已经有两百多户在吐槽了。

李想 / 185 0000 4620
""", ("demand", "no", "-", "Industry and Information Technology Bureau", "normal", "zh", "mixed"))

# ---------------------------------------------------------------- 030
L(30, "museum-holiday-hours", "html", "2026-09-28 09:38", "Sophie Liang", "sophie.liang@example.org",
  "City Museum opening hours during the holiday week?", """
Hello,

Two friends from Singapore are visiting me from 4 to 8 October. Could you tell me:

- whether the City Museum is open on Monday 5 October (I read it closes on Mondays, but maybe not during the holiday);
- whether we need to reserve tickets online, and whether foreigners can book with a passport number;
- whether there is an English audio guide.

Thanks!
Sophie Liang
""", ("information", "no", "-", CULT, "normal", "en", "-"))

# ---------------------------------------------------------------- 031
L(31, "talent-apartment-allocation", "eml", "2026-10-30 21:10", "罗晨", "luochen.lc@example.com",
  "人才公寓分配是不是有点问题", """
去年7月我按政策申请了街道的人才公寓，资格审核通过，说排在第6位，让等通知。等了一年多，一直说“暂无房源”。

上个月我去公寓那边看朋友，发现有好几间住的人根本不在公示名单上。其中一位是刚毕业的小伙子，听保洁阿姨说是“管分房的何科长家的亲戚”，住进去才两周；还有一间据说给了他老同学开的店里的员工住。

我不知道这些人是不是符合条件，也许有我不了解的程序。但是排了一年多的人一间都没等到，有关系的两周就住进去了，怎么想都不太对。能不能请有关部门查查这批入住的人是怎么审批的。

罗晨 137 0000 1528
""", ("complaint", "yes", "a", DIC, "normal", "zh", "indirect"))

# ---------------------------------------------------------------- 032
L(32, "night-piling-noise", "eml", "2026-11-09 02:17", "杨帆", "yangfan.nosleep@example.org",
  "举报工地半夜打桩", """
举报一下：枫林路和新港街路口那个在建的商业综合体工地，最近两周每天晚上11点以后还在打桩，最晚的一次到凌晨3点多。咚咚咚的，整栋楼都在震，我住的公寓离工地就隔一条马路。现在是凌晨两点，还在打。

我问过工地门口的保安，他说有夜间施工许可。我不知道许可是不是真的，就算有，难道可以整晚打桩吗？我白天要上班，已经连续一周每晚睡不到四个小时。

麻烦来查一下夜间施工的手续和噪音。另外，我就住正对面，工地的工人天天在我们楼下吃饭，拜托不要跟他们说是哪户反映的。

杨帆
""", ("demand", "yes", "b", "Ecology and Environment Bureau", "normal", "zh", "-"))

# ---------------------------------------------------------------- 033
L(33, "unemployment-benefit-rejected", "eml", "2026-09-30 14:55", "Jason Pei", "jason.pei@example.net",
  "Why was my unemployment benefit application rejected?", """
Hi,

I was laid off in August (company restructuring, I have the termination letter) and applied for unemployment insurance benefit online. It has been rejected three times, every time with the same message:

-----
【失业保险】您好，您的申请未通过审核。原因：不符合申领条件。如有疑问请咨询参保地经办机构。
-----

That's it - no explanation. I've paid social insurance for 2 years and 7 months in total: 1 year and 10 months here and the rest in another city before I moved.

My questions:
1. Do the months paid in the other city count, and do I have to transfer them first?
2. Does it matter that on paper the contract ended "by mutual agreement"?
3. Which office should I go to in person, and what should I bring?

Thanks,
Jason Pei
""", ("consultation", "no", "-", HR, "normal", "en", "quoted"))

# ---------------------------------------------------------------- 034
L(34, "thanks-12345-wages", "eml", "2026-11-15 10:02", "小魏", "weixiaowei@example.com",
  "谢谢12345", """
九月份我打12345反映装修公司拖欠我们几个工人工钱的事，接线的姑娘很耐心，后来也一直有人打电话跟进。上周钱全部到账了。本来以为打了也没用，没想到真的有用。谢谢你们，辛苦了。

小魏
""", ("information", "no", "-", "none", "normal", "zh", "-"))

# ---------------------------------------------------------------- 035
L(35, "station-manager-deductions", "eml", "2026-10-02 23:26", "覃伟", "qinwei0512@example.net",
  "站长乱扣钱还逼我们注册个体户", """
我们是城北万达那个站点的专送骑手，站长这几个月想扣钱就扣钱：超时一单扣20，差平一个扣50，早会迟到扣100，连“头盔没擦干净”都扣过30。上个月我跑了4600多，到手才2900。扣款也不给明细，问了就说“系统自动扣的”。

上个月又让我们所有人在一个app上注册“个体工商户”，说不注册就不派单，后来才知道注册了以后我们就不算劳动关系了，出了是公司不用负责。

我知道投诉玩多半要被站长穿小鞋，说不定直接被封号，可是再这样下去等于白干。能不能请劳动部门查一下这个站点，这样扣钱、逼人注册个体户到底合不合法。

覃伟 191 0000 5503
""", ("demand", "yes", "c", HR, "normal", "zh", "typos"))

# ---------------------------------------------------------------- 036
L(36, "collective-hukou-question", "eml", "2026-09-07 11:28", "Henry Zhao", "henry.zhao@example.com",
  "hukou luohu question - jiti hukou vs renting", """
Hi, quick question about hukou transfer under the new graduate policy (应届生落户). I'm a 2026 grad, master's from a university in Sydney, already got my 留服认证. My company doesn't have a 集体户, and I'm renting a room in a shared flat so I can't 挂靠 on the landlord's hukou.

1. Can I put my hukou in the 人才集体户 at the talent market? Is there a fee?
2. If I buy a flat later, can I move it out of the collective hukou to my own address easily?
3. Do I need a 居住证 first, or can I apply for 落户 directly?
4. My 户口 is still in my hometown in Hunan - do I have to go back for a 迁移证, or is it all 跨省通办 now?

Sorry for the mix of Chinese and English, I never learnt the proper English words for these. Thanks!
Henry Zhao
""", ("consultation", "no", "-", PSB, "normal", "en", "mixed"))

# ---------------------------------------------------------------- 037
L(37, "night-market-cart-flipped", "json", "2026-10-26 00:21", "黎子航", "", "城管执法时掀翻我们的摊车",
  "10月25号晚上9点多，我和女朋友在夜市街口卖烤冷面，已经在那边摆了半年，平时城管来了说一声我们就收。那天来了三个城管，其中一个胖胖的、胸口编号是C-41的，过来什么都没说，直接把我们的小推车掀了，铁板、煤气罐倒了一地，还好火已经关了。我女朋友去捡秤，他一脚把秤踢到马路上，说“早就警告过你们”。其实那个位置是街道说过可以摆到10点的。秤和铁板被他们拿走了，也没给我们任何单子。我们认罚，但是掀车踢东西这种做法对吗？当时旁边好多人拍了视频。希望能查一下那晚的执法记录仪。",
  ("complaint", "yes", "a", "Urban Management Bureau", "normal", "zh", "-"),
  form=dict(name="黎子航", phone="155 0000 8820", email="", anonymous=False, district="河西区"))

# ---------------------------------------------------------------- 038
L(38, "rental-housing-eligibility", "eml", "2026-11-05 21:33", "章", "zhang.hezu@example.org",
  "关于保障性租赁住房申请条件的建议", """
看了今年保障性租赁住房的申请条件，要求“在本市连续缴纳社保满12个月”。想提个建议：

我们很多人是刚毕业或者刚换城市，恰恰是最需要便宜房子的第一年，反而申请不了；等交满一年，很多人已经被房租劝退回老家了。另外像骑手、主播、自由职业这些灵活就业的，社保本来就是自己断断续续交的，按“连续”算基本没戏。

建议：
1. 应届毕业生凭劳动合同就可以申请，不要求社保年限；
2. 灵活就业人员可以用个税记录或平台收入证明代替社保证明；
3. 房源多放一些在地铁沿线，别都放在远郊。

谢谢考虑。一个合租了三年的租客，章
""", ("suggestion", "no", "-", HOUSING, "normal", "zh", "-"))

# ---------------------------------------------------------------- 039
L(39, "broken-lift-old-estate", "html", "2026-10-29 08:12", "Oliver Deng", "oliver.deng@example.com",
  "Lift in Building 5, Hehua New Village broken for 3 weeks", """
Dear Sir or Madam,

The lift in Building 5 of Hehua New Village (an old estate; the lift was added two years ago under the retrofit programme) has been out of service since 8 October. There's only a paper sign saying "under repair".

I live on the 7th floor with my wife and our 5-month-old. Every day we carry the stroller, the baby and the shopping up and down the stairs. There are also at least four elderly residents on the upper floors who haven't left home since it broke.

The property company says it's waiting for a part from the manufacturer; the manufacturer says the property company hasn't paid the maintenance fee. Nobody will give us a date.

Could someone get the two sides to sort it out? We just want to know when it will work again.

Best regards,
Oliver Deng, Room 702
+86 150 0000 3194
""", ("demand", "no", "-", HOUSING, "normal", "en", "-"))

# ---------------------------------------------------------------- 040
L(40, "rent-deduction-shared-flat", "eml", "2026-11-24 13:06", "蒋一", "jiangyi.tax@example.net",
  "合租没有正式合同能不能填住房租金扣除", """
想问下个税app里的“住房租金”专项附加扣除：我是跟朋友合租，整套房子是朋友跟房东签的合同，我每个月把房租转给朋友，自己手里没合同。

这种情况我能不能申报？出租方信息是填房东还是填我朋友？万一以后抽查，需要提供什么证明？还有我和朋友两个人能不能都申报同一套房子？谢谢。
""", ("consultation", "no", "-", "Taxation Bureau", "normal", "zh", "-"))

# ---------------------------------------------------------------- 041
L(41, "hpv-vaccine-where", "json", "2026-09-19 12:51", "许安然", "anran.xu@example.com", "九价ＨＰＶ疫苗哪里可以预约？",
  "您好，我今年２７岁，想打九价ＨＰＶ疫苗，之前听说只到２６岁，现在好像放宽到４５岁了？请问我们这边哪几家社区卫生服务中心可以预约，要不要本地户口，大概要排多久？线上预约是在哪个小程序？谢谢！！",
  ("information", "no", "-", HEALTH, "normal", "zh", "fullwidth"),
  form=dict(name="许安然", phone="", email="anran.xu@example.com", anonymous=False, district="南湖区"))

# ---------------------------------------------------------------- 042
L(42, "labour-inspection-silent", "eml", "2026-10-21 19:27", "Ivy Song", "ivy.song@example.org",
  "Labour inspection brigade hasn't moved on our case for 3 months", """
Dear Mayor's Office,

In July, eleven of us - all former employees of a game studio called Pixel Lantern in Wanke Plaza - filed a complaint with the district labour inspection brigade about two months of unpaid salary (roughly 210,000 in total). We handed in contracts, bank statements and the boss's WeChat messages promising to pay.

Since then the case status online has said "processing" for three months. We've called the brigade's number about ten times; it's either busy or someone says the case officer is out and will call back. Nobody has called back. Meanwhile the boss has opened a new company under his cousin's name two floors up.

I'm not blaming any individual - for all I know they're overloaded. But three months without a single update isn't acceptable. Could someone make sure the case is actually being handled and tell us what stage it's at?

Regards,
Ivy Song, on behalf of 11 former employees
136 0000 2075
""", ("complaint", "no", "-", HR, "normal", "en", "-"))

# ---------------------------------------------------------------- 043
L(43, "game-account-scam", "eml", "2026-11-11 01:34", "阿飞", "afei.gg@example.com",
  "买游戏账号被骗了3800", """
我在一个交易群里跟人买游戏账号（一款手游的满级号），对方让我绕开交易平台私下转账，说“走平台要扣手续费，便宜你200”。我转了3800过去，他给了账号密码，登进去玩了两天，第三天账号就被他申诉找回去了，然后把我拉黑了。

我有聊天记录、转账记录和他收款码的截图，他微信名叫“老K出号”，留的手机号是 +86 178 0000 6611（不知道是不是真的）。群里还有好几个人说被同一个人骗过。

之前去派出所报过案，民警说先等消息。想问问钱还能不能追回来？这个人现在还在群里天天发广告卖号，能不能抓一下。

阿飞
""", ("demand", "no", "-", PSB, "normal", "zh", "-"))

# ---------------------------------------------------------------- 044
L(44, "early-bus-hsr", "json", "2026-11-26 22:40", "Ryan", "ryan.k@example.net", "Early bus to South HSR station?",
  "Is there any bus to the South HSR station before 6:30am? Train at 7:15, taxi too pricey.",
  ("information", "no", "-", TRANS, "normal", "en", "short"),
  form=dict(name="Ryan", phone="", email="ryan.k@example.net", anonymous=False, district="Gaoxin District"))

# ---------------------------------------------------------------- 045
L(45, "school-lunch-fee", "eml", "2026-09-22 21:58", "赵静", "zhaojing.mom@example.org",
  "学校午餐费一下涨了这么多", """
我儿子在阳光路小学上一年级。这学期学校通知午餐费从每天12元调到18元，还要统一订“营养加餐”，一学期另交680元。通知里写的是“自愿”，但是班里只有两个孩子没订，中午就让他们坐在教室最后面看别人吃。

我们问过学校，学校说是“区里统一招标的配餐公司定的价”。可是同一家公司给隔壁学校的价是14元。这个价格到底是怎么定的？加餐真的是自愿的吗？

说实话这封信我犹豫了很久才发。孩子还要在这个学校念五年多，家长之间也都认识，大家心里都有数，但谁都不想当那个出头的人，您懂的。希望教育局能了解一下，别的就不多说了。

赵静 139 0000 7065
""", ("complaint", "yes", "c", EDU, "normal", "zh", "indirect"))

# ---------------------------------------------------------------- 046
L(46, "no-water-18th-floor", "eml", "2026-10-13 21:40", "陳卓言", "cheuk.chan@example.com",
  "18樓每晚停水，水壓太低", """
您好，我是在海灣花園租房的港人，在這邊做設計。我住在6座18樓，最近一個月每天晚上6點到9點左右水龍頭基本沒水，偶爾滴一點，熱水器也點不着。下班回來想洗澡煮飯都不行。

問過管理處，說是「高峰期水壓不夠，加壓泵老化」，要等業委會開會決定換不換，叫我們自己買桶裝水。同一座12樓以下都正常。

想請供水部門來看看，到底是市政水壓問題還是小區加壓泵的問題，總要有人負責修。謝謝！

陳卓言　１３２ ００００ ４４８９
""", ("demand", "no", "-", "Water Affairs Bureau", "normal", "zh", "fullwidth"))

# ---------------------------------------------------------------- 047
L(47, "rental-car-deposit-fines", "multi", "2026-11-16 10:25", "Liu Bo", "liubo.drives@example.net",
  "Ride-hailing car rental company keeping deposits and inventing fines", """
Hello,

I rent a car for ride-hailing from Jiexun Auto Leasing in the Longteng car market, like about a hundred other drivers. Rent is 4,200 a month plus a 10,000 deposit.

Since the summer they've been charging "violation fines" we never see any evidence for - 500 for a "low service score", 800 because "the car smells of smoke" (I don't smoke), 2,000 for an "unapproved route". They take it out of the deposit and then tell us to top it up or they lock the car remotely. When my contract ended last month they kept 7,600 of my deposit for scratches that were already there when I got the car.

I'm asking for someone to look at how this company operates and help drivers get deposits back.

To be honest I'm nervous writing this. The boss has told drivers before that anyone who "causes trouble" gets reported for car theft and put on the blacklist that all the rental companies share, and my cousin still drives for them. But I've lost too much to keep quiet.

Liu Bo
189 0000 2736
""", ("demand", "yes", "c", TRANS, "normal", "en", "-"))

# ---------------------------------------------------------------- 048
L(48, "west-station-pickup-zone", "eml", "2026-10-09 16:37", "老许", "laoxu.car@example.com",
  "高铁西站网约车上客区的建议，顺便问个停车费", """
建议：西站的网约车上客区现在放在P3停车场负二层，乘客出站要走将近800米，还要坐两次扶梯，找不到的乘客一直打电话问司机在哪，司机在下面又没信号。高峰期车道堵成一锅粥，有司机等了40分钟。

1. 能不能在到达层旁边划一块网约车即停即走的上客点，或者至少在地下通道多放点指示牌；
2. 负二层补个信号放大器。

另外顺便问一下：在P3等单超过30分钟就收10块停车费，这个是统一规定吗？我们等一单才赚二三十。

老许，跑车第四年
""", ("suggestion", "no", "-", TRANS, "normal", "zh", "two-intents"))

# ---------------------------------------------------------------- 049
L(49, "surgery-envelope-hint", "eml", "2026-11-21 20:52", "小孔", "kong.family@example.net",
  "反映市一院骨科的一个情况", """
我爸上个月在市一院骨科做髋关节置换。手术前两天，管床的一位年轻医生把我叫到楼梯间，说主任的手术排得很满，“你们家属要是有心，可以让主任亲自上台，效果会好很多”，还说“别的家属都懂规矩的”。我问什么意思，他伸出一只手比了个五，说“不用太多，这个数就够了，放信封里给我就行”。

我们没给。结果手术往后推了四天，主刀也换成了另一位医生。手术还算顺利，我也不知道推迟是不是跟这个有关。

这位医生胸牌上姓宋，30岁左右。我爸现在还要定期去复查，不想影响他，但是觉得这种事应该让医院知道。

家属 小孔
""", ("complaint", "yes", "a", HEALTH, "normal", "zh", "indirect"))

# ---------------------------------------------------------------- 050
L(50, "subsidy-reviewer-consultancy", "multi", "2026-10-15 22:09", "Wei Lan", "lan.wei.phd@example.org",
  "Talent housing subsidy reviewer steering applicants to his wife's consultancy", """
Dear Sir/Madam,

I applied for the high-level talent housing subsidy in June (I have a PhD and work at a biotech company in the Lakeside Innovation Park). My application was returned twice for "incomplete materials" without any indication of what was missing.

The second time I went to the talent service office in person. The officer who handles the review, Mr Gu on the third floor, told me that "most people who get through first time use a professional service" and handed me a card for Jinrui Talent Consulting. Their fee is 8,000 yuan, "refundable if not approved". I later found on the business registry that Jinrui's legal representative has the same surname as Mr Gu's wife, and colleagues say it is her. Two colleagues who paid Jinrui were approved within three weeks; three of us who didn't are still waiting.

I'm not sure who the right recipient is, so I'm writing here. I'd appreciate it if this could be looked into.

Dr Wei Lan
+86 158 0000 6093
""", ("complaint", "yes", "a", DIC, "normal", "en", "-"))

# ---------------------------------------------------------------- 051
L(51, "blood-donation-bus", "json", "2026-11-27 15:12", "", "", "献血车",
  "这周六献血车停哪儿？想下班去献个血。",
  ("information", "no", "-", HEALTH, "normal", "zh", "short"),
  form=dict(name="", phone="", email="xiaobai@example.org", anonymous=False, district=""))

# ---------------------------------------------------------------- 052
L(52, "early-termination-deposit", "eml", "2026-09-05 19:44", "吴桐", "wutong.zf@example.com",
  "提前退租押金全扣合法吗", """
你好，我租房合同签了一年，住了八个月，因为公司调我去外地，要提前退租。提前一个月跟房东说了，房东在微信上回我：

“合同第七条写了，乙方提前解约押金不退，另外还要再付一个月租金作为违约金。这是你自己签的，别跟我讲道理。”

想问一下：
1. 押金不退再加一个月违约金，两样都要，合法吗？
2. 如果我帮他找到下一个租客接手，他还能扣吗？
3. 真闹起来是找住建部门、街道还是直接去法院？

房子在月湖小区，月租3200，押一付三。谢谢。
""", ("consultation", "no", "-", HOUSING, "normal", "zh", "quoted"))

# ---------------------------------------------------------------- 053
L(53, "seven-apps-one-city", "eml", "2026-09-13 17:30", "Nina Guo", "nina.guo@example.net",
  "Maybe one app instead of seven?", """
Hello,

A small suggestion from someone who just spent a weekend being a new resident.

To settle in I have so far installed: an app for social insurance, one for the housing provident fund, one for medical insurance, one for the residence permit, a mini-program for the service hall queue, another for the talent subsidy, and the provincial "all-in-one" app, which, in the finest tradition of all-in-one apps, sends me to the other six. Each of them wants its own face scan. My phone now knows my face better than my mum does.

Could the city push for a single login and one entry point - or at least make the all-in-one app actually do things inside itself? And maybe let one face verification count for all of them for a day.

Thanks,
Nina Guo
""", ("suggestion", "no", "-", MGO, "normal", "en", "sarcasm"))

# ---------------------------------------------------------------- 054
L(54, "cross-region-settlement", "eml", "2026-10-20 12:15", "蔡文静", "caiwj@example.org",
  "异地住院没直接结算，报销一直办不下来", """
你好，我是外地户口，在这边上班交职工医保。7月回老家探亲，急性阑尾炎住院做了手术，花了一万二。出院的时候医院说我“没做异地就医备案”，不能直接结算，只能全额自付，让我回参保地报销。

我回来按网上说的交了材料，医保窗口说急诊可以补备案，但这两个月一直显示“审核中”，打电话问就说“在走流程”。想请医保部门帮忙催一下，到底什么时候能报下来。

另外还想问一下，我明年可能换到另外一个城市工作，医保个人账户里的钱能不能跟着转过去？

蔡文静 / 186 0000 9472
""", ("demand", "no", "-", "Healthcare Security Bureau", "normal", "zh", "two-intents"))

# ---------------------------------------------------------------- 055
L(55, "marriage-foreign-fiancee", "eml", "2026-11-28 10:48", "Sam Xie", "samxie@example.com",
  "Marriage registration with a foreign partner - where and what documents?", """
Hello,

My fiancee is a Canadian citizen; we met while studying in Toronto and now we both work here (she has a work permit and a residence permit). We'd like to register our marriage in this city.

Could you tell me:
- Can we register at the district marriage registry where I live, or is there a specific office for marriages involving foreigners?
- What documents does she need? I've heard of a "certificate of no impediment" that must be authenticated - is that done in Canada or can the consulate here do it?
- Does my hukou need to be in this city? Mine is still in Jiangxi.
- Do we need an appointment?

Thank you very much,
Sam Xie
""", ("consultation", "no", "-", "Civil Affairs Bureau", "normal", "en", "-"))

# ---------------------------------------------------------------- 056
L(56, "internet-cafe-minors", "json", "2026-11-01 03:05", "", "", "网吧让未成年人包夜",
  "反映一下，星途网咖（长兴路菜市场二楼）晚上让未成年人包夜，好多初中生穿着校服来，前台不刷身份正，拿大人的身份证随便登记一下就让上机，有的还在里面抽烟。我就在这边当网管，老板说“周末学生是大头，别管那么多”。希望能来查一下，周五周六晚上11点以后来最准。我打工的不想丢饭碗，所以匿名了，千万别说是里面员工据报的。",
  ("demand", "yes", "b", CULT, "normal", "zh", "typos"),
  form=dict(name="", phone="", email="", anonymous=True, district="北城区"))

# ---------------------------------------------------------------- 057
L(57, "hotline-transferred-to-space", "eml", "2026-10-16 22:21", "小冯", "feng.reed@example.com",
  "12345的“已转办”是转到外太空了吗", """
8月29号我打12345反映小区门口一排路灯坏了、晚上骑车看不见路，接线员说“已记录，会转相关部门，5个工作日内回复”。9月我又打了两次，每次都是“已经帮您催办了”。现在都10月中了，路灯还是黑的，回复？一条都没有。

想问一下这个“已转办”到底转到哪里去了，哪个部门签收了，能不能给我一个案件编号让我自己查进度？我不想再打第四次电话听同一段录音式的回答了。

——住在黑灯瞎火的芦苇塘小区的小冯
""", ("complaint", "no", "-", MGO, "normal", "zh", "sarcasm"))

# ---------------------------------------------------------------- 058
L(58, "thanks-metro-staff-laptop", "eml", "2026-10-22 09:14", "Bella Ren", "bella.ren@studio.example",
  "Thank you to a metro staff member at Zhongshan Park station", """
Hi,

I left my work laptop on a Line 2 train on the evening of 21 October - total panic, it had a client demo on it. A station staff member at Zhongshan Park, Ms Feng (badge 2-1147), took my details, called ahead along the line and had it found at the terminus within an hour, then kept it safe until I came back for it. She stayed calm and kind while I was basically falling apart.

Please pass on my thanks to her and her team. Nothing else needed - I just wanted someone to know.

Cheers,
Bella Ren
""", ("information", "no", "-", TRANS, "normal", "en", "-"))

# ---------------------------------------------------------------- 059
L(59, "gas-smell-shared-kitchen", "eml", "2026-11-14 22:36", "甘露", "ganlu.zk@example.net",
  "紧急！出租屋公共厨房煤气味很大，房东不管", """
紧急！我们住在新桥村87号的出租楼，一楼公共厨房放着四五个液化气罐，从今天下午开始一直有很重的煤气味，刚才晚上十点多味道更大了，走廊里都能闻到。整栋楼住了三十多个租客，楼上还有小孩。

给房东打电话，他说“老罐子都这样，开窗就行”，人也不来。我们已经把阀门都关了、窗户打开，大家不敢开灯不敢点火，但是味道还在。

请马上派人来检查，我怕出事。联系人：甘露 147 0000 3382
""", ("demand", "no", "-", EMERG, "high", "zh", "-"))

# ---------------------------------------------------------------- 060
L(60, "public-rental-waitlist", "eml", "2026-11-23 23:18", "K.", "k.tenant@example.org",
  "How is the public rental housing waitlist order decided?", """
Hello,

I applied for public rental housing in March 2025 and was told I was "qualified, waiting for allocation". Since then there have been two allocation rounds and I wasn't called either time, while some people who applied after me seem to have moved in already.

I'd like to understand the rules:
1. Is the order decided by application date, by lottery, or by points?
2. Is there somewhere I can check my current position?
3. If I turn down a flat that's very far from my job, do I lose my place?

I've deliberately left my full name off. I'm renting one of the same management office's "transitional" flats in the meantime and I'd rather the staff there didn't connect this question to me. If you reply, this e-mail address is fine.

Thanks,
K.
""", ("consultation", "yes", "b", HOUSING, "normal", "en", "-"))


# ================================================================ writer

DOMAINS_MSGID = ["mx1.example.com", "mail.example.net", "smtp.example.org", "relay.example"]


def enc(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode().replace("\n", "\r\n")


def when_dt(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=TZ)


def to_html(text):
    parts = []
    for para in text.split("\n\n"):
        lines = para.split("\n")
        if all(l.startswith("- ") for l in lines):
            parts.append("<ul>" + "".join("<li>%s</li>" % escape(l[2:]) for l in lines) + "</ul>")
        else:
            parts.append("<p>" + "<br>".join(escape(l) for l in lines) + "</p>")
    return ("<html><head><meta charset=\"utf-8\"></head><body>\n"
            + "\n".join(parts) + "\n</body></html>")


def crlf(text):
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def build_eml(d):
    num = "%03d" % d["num"]
    dt = when_dt(d["when"])
    name = d["sender"]
    frm = "%s <%s>" % (enc(name), d["addr"]) if name else d["addr"]
    if any(ord(c) > 127 for c in name) is False and name and any(c in name for c in ",.;"):
        frm = '"%s" <%s>' % (name, d["addr"])
    mid = "<w6-%s.%s@%s>" % (num, dt.strftime("%Y%m%d%H%M"), DOMAINS_MSGID[d["num"] % len(DOMAINS_MSGID)])
    head = [
        "From: " + frm,
        "To: mayor@city.example",
        "Subject: " + enc(d["subject"]),
        "Date: " + format_datetime(dt),
        "Message-ID: " + mid,
        "MIME-Version: 1.0",
    ]
    body = d["body"] + "\n"
    if d["kind"] == "eml":
        head += ["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit"]
        out = "\n".join(head) + "\n\n" + body
    elif d["kind"] == "html":
        head += ["Content-Type: text/html; charset=utf-8", "Content-Transfer-Encoding: 8bit"]
        out = "\n".join(head) + "\n\n" + to_html(d["body"]) + "\n"
    elif d["kind"] == "multi":
        b = "----=_w6_alt_%s" % num
        head += ['Content-Type: multipart/alternative; boundary="%s"' % b]
        out = ("\n".join(head) + "\n\nThis is a multi-part message in MIME format.\n\n"
               + "--" + b + "\n"
               + "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
               + body + "\n"
               + "--" + b + "\n"
               + "Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
               + to_html(d["body"]) + "\n\n"
               + "--" + b + "--\n")
    else:
        raise ValueError(d["kind"])
    data = crlf(out).encode("utf-8")
    for line in data.split(b"\r\n"):
        assert len(line) <= 998, (num, len(line))
    return data


def build_json(d):
    f = d["form"]
    obj = {
        "id": "w6-%03d" % d["num"],
        "submitted_at": when_dt(d["when"]).isoformat(),
        "name": f["name"],
        "phone": f["phone"],
        "email": f["email"],
        "anonymous": f["anonymous"],
        "title": d["subject"],
        "content": d["body"],
        "district": f["district"],
    }
    return (json.dumps(obj, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def main():
    outdir = os.path.join(HERE, "letters")
    os.makedirs(outdir, exist_ok=True)
    for fn in os.listdir(outdir):
        if fn.startswith("w6-"):
            os.remove(os.path.join(outdir, fn))
    rows = ["path\tcategory\tconfidential\treason\tdepartment\tpriority\tlanguage\thard"]
    seen = set()
    for d in sorted(LETTERS, key=lambda x: x["num"]):
        assert d["num"] not in seen
        seen.add(d["num"])
        ext = "json" if d["kind"] == "json" else "eml"
        fn = "w6-%03d-%s.%s" % (d["num"], d["slug"], ext)
        data = build_json(d) if ext == "json" else build_eml(d)
        with open(os.path.join(outdir, fn), "wb") as fh:
            fh.write(data)
        rows.append("letters/" + fn + "\t" + "\t".join(d["labels"]))
    assert seen == set(range(1, 61)), sorted(set(range(1, 61)) - seen)
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(rows) + "\n")
    print("wrote %d letters" % len(LETTERS))


if __name__ == "__main__":
    main()
