#!/usr/bin/env python3
"""w21: letters from young people and education (students, graduates, parents,
teachers, interns, international students). Writes letters/ and labels.tsv."""
import json, os, html
from email.header import Header
from email.utils import formataddr, format_datetime
from datetime import datetime, timezone, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "letters")
W = "w21"
TZ = timezone(timedelta(hours=8))

# kind: eml (text/plain), html (text/html), multi (multipart/alternative), json (web form)
# labels: category, confidential, reason, department, priority, language, hard
L = []
def add(n, slug, kind, labels, **kw):
    L.append(dict(n=n, slug=slug, kind=kind, labels=labels, **kw))

add(1, "x1-visa-internship", "eml",
    ("consultation", "no", "-", "Public Security Bureau", "normal", "en", "-"),
    frm=("Amara Okafor", "amara.okafor@mail.example.net"), date="2026-10-06 10:14",
    subject="Question about internship and my X1 student visa",
    body="""Dear Sir/Madam,

I am a second-year master's student from Nigeria at the university in Xiyuan district, on a study residence permit valid until July 2027. A logistics company in the free trade zone has offered me a three-month paid internship starting in December.

My classmate told me I need a note added to my residence permit before I start, otherwise it counts as illegal employment. Is that true? What documents should I bring - the offer letter, a letter from my university, something from the company? And should I go to the exit-entry office near my campus or the one downtown?

I don't want to get into trouble for something I simply didn't know.

Thank you,
Amara Okafor
+86 155 0000 3187""")

add(2, "milk-tea-wages", "eml",
    ("demand", "no", "-", "Human Resources and Social Security Bureau", "normal", "zh", "-"),
    frm=("罗佳怡", "luojiayi2005@example.com"), date="2026-10-02 21:37",
    subject="奶茶店拖欠我们几个学生的兼职工资",
    body="""您好，

我是职业技术学院大二的学生，暑假和九月份在青枫路一家叫"茶屿"的奶茶店做兼职，说好时薪18元，每周结一次。从9月第二周开始老板就说手头紧，下周一起给，一直拖到现在，一共欠我1260元，同店还有两个同学也被欠了钱。

上周我去店里要，店长说老板出差了，打老板电话也不接。我们有排班表截图和微信聊天记录。请问能不能帮我们把工资要回来？学生打工真的不容易，谢谢。

罗佳怡 137 0000 6625""")

add(3, "dorm-fire-exit", "eml",
    ("demand", "yes", "c", "Emergency Management Bureau", "high", "zh", "-"),
    frm=("临川一学生", "nb9-2217@student.example"), date="2026-10-09 23:52",
    subject="宿舍楼道里充电，安全出口被铁链锁着",
    body="""我是城东一所高校北区9号学生公寓的住宿生。

最近楼道里每天晚上都停着十几辆电动车充电，插线板一根接一根从宿舍里拉出来，昨晚二楼的插座冒过一次火星子，大家拿拖鞋拍灭的。更要命的是一楼东侧的安全出口一直用铁链锁着，说是防外人，整栋楼只剩正门能走，六层楼住了四百多人。

跟宿管说过，没用。楼里都在传，谁往外捅这事，这学期的评优和奖学金就悬了，我家里就指望奖学金交学费，所以只能这样写信。

求你们尽快派人来看看，真着起火来根本跑不出去。
学校：临川理工学院 北区9号楼""")

add(4, "campus-shuttle-metro", "eml",
    ("suggestion", "no", "-", "Transport Bureau", "normal", "en", "mixed"),
    frm=("Lukas Brenner", "lukas.brenner@uni-mail.example"), date="2026-10-12 18:05",
    subject="Suggestion: extend the campus shuttle to 大学城南 metro station",
    body="""Hi,

I'm an exchange student at the Nanhu campus. The campus shuttle (校车) only runs between the dorms and the teaching buildings, but the nearest metro station 大学城南站 is 2.3 km away and the 47路 bus comes like every 25 min.

Every Friday evening hundreds of us walk along the road, which has no sidewalk, 拖着行李箱, in the dark. Could the shuttle, or a 定制公交 line, run to the metro station at least on Friday and Sunday evenings? Lots of students would happily pay 1-2 yuan for it.

It would honestly make weekend life so much easier. Thanks!
Lukas Brenner""")

add(5, "class-teacher-seats", "eml",
    ("complaint", "yes", "a", "Education Bureau", "normal", "zh", "indirect"),
    frm=("一位三年级家长", "mama.xiaoyu@example.org"), date="2026-10-15 13:20",
    subject="关于孩子班里的一点情况",
    body="""领导您好。

孩子在梧桐路小学三年级（2）班。开学后班主任在家长群里说过两次"教师节就不搞形式了，心意到了就行"。后来她又单独给几位家长发消息，说孩子数学基础差，周末可以到她家"巩固一下"，一次两小时三百。

去了的几个孩子，座位这个月都调到前排了。我家孩子没去，被调到最后一排，作业本上的批语也越来越少，孩子回家问我是不是自己不乖。

我也不知道是不是我想多了，但好几个家长私下都这么说。希望教育局能了解一下，别的不求，就希望孩子在学校能被公平对待。""")

add(6, "museum-student-tickets", "html",
    ("information", "no", "-", "Culture and Tourism Bureau", "normal", "en", "-"),
    frm=("Mei Lin Tan", "meilin.tan@example.com"), date="2026-10-16 09:41",
    subject="Museum opening hours and student tickets",
    body="""Hello,

Some friends and I (six international students) want to visit the city museum and the old kiln heritage park next Saturday.

Could you tell me the opening hours, whether we need to book online in advance, and whether a foreign student card gets the student discount or only a Chinese student ID?

Thanks a lot,
Mei Lin Tan""")

add(7, "talent-apartment-graduate", "json",
    ("consultation", "no", "-", "Housing and Urban-Rural Development Bureau", "normal", "zh", "-"),
    submitted_at="2026-10-08T20:16:00+08:00", name="周子墨", phone="186-0000-4409",
    email="zhouzimo@inbox.example", anonymous=False, district="高新区",
    title="应届生申请青年人才公寓需要什么条件",
    content="""我今年7月本科毕业，刚入职高新区一家软件公司，社保已经交了两个月。听说市里有青年人才公寓，租金比市场价便宜不少。想问一下：
1. 本科生能不能申请，是不是一定要硕士以上？
2. 外地户口可以吗？
3. 在哪里提交材料，需要单位盖章吗？
现在和同学合租在城中村，每天通勤一个半小时，很想早点申请。谢谢！""")

add(8, "agency-deposit", "eml",
    ("demand", "no", "-", "Housing and Urban-Rural Development Bureau", "normal", "zh", "typos"),
    frm=("唐一凡", "tang.yifan@example.net"), date="2026-10-19 22:48",
    subject="中介不退押金，隔断房发霉",
    body="""你好，我是今年刚毕业的，8月份通过"安居宝"中介在柳岸小区租了一个隔断间，押一付三，押金2400。

住了不到两个月，隔板墙返潮发霉，衣服全长霉了，我要求退租，中介小哥说合同里有写提前退组押金不退，态度还很冲，说有本是你去告阿。

问题是那个隔间根本就是违规格出来的，一套房隔了七间，厕所之有一个，晚上排队洗澡排到十二点。

我想要回押金，也想让你们查下这种群租房。我叫唐一凡，电话138 0000 2271，名字公开也无所为，我就想让更多刚毕业的别再被坑。""")

add(9, "exit-entry-window-6", "eml",
    ("complaint", "yes", "a", "Public Security Bureau", "normal", "en", "-"),
    frm=("Rahul Menon", "rahul.menon@campus.example"), date="2026-10-15 08:30",
    subject="Treatment at the exit-entry window on 14 October",
    body="""To whom it may concern,

On 14 October at around 3:40 pm I went to window 6 of the exit-entry hall on Fuxing Road to renew my residence permit. The officer at that window, a man with glasses whose badge number ends in 318, looked at my form for two seconds, threw my passport back across the counter so that it fell on the floor, and said loudly in Chinese, "Can't read? Go back and learn to fill it in."

When I asked in Chinese what was wrong, he waved me away and called the next number. The lady at window 7 later helped me and told me only one date was missing.

I am not asking for anything special, only that people like me are spoken to with basic respect. My permit expires on 2 November.

Rahul Menon, MSc student
132 0000 7754""")

add(10, "zhongkao-site-crash", "eml",
    ("complaint", "no", "-", "Education Bureau", "normal", "zh", "sarcasm"),
    frm=("熬夜的家长", "chuzhong.jiazhang@example.com"), date="2026-10-29 07:12",
    subject="中考报名系统真是\"稳定\"",
    body="""真心佩服市里的中考报名系统，每年都能准时在截止前一天崩溃，今年也没让人失望。

10月28日晚上八点到十二点，页面一直转圈，好不容易进去了，上传照片提示"格式错误"，换了五种格式都一样。打咨询电话，要么占线要么没人接。家长群里几百号人一晚上没睡，有人说凌晨三点才交上去。

请问明年能不能换个靠谱点的服务器？今年能不能把截止时间延长两天、多安排几个人接电话？这么大的事，真的经不起这样折腾。

——一个熬了一宿的初三家长""")

add(11, "thanks-macau-student", "eml",
    ("information", "no", "-", "none", "normal", "zh", "fullwidth"),
    frm=("梁偉健", "leong.waikin@mo-mail.example"), date="2026-11-03 16:25",
    subject="謝謝市長信箱",
    body="""市長您好：

上個月我寫信反映在超市打工被拖欠工資的事，沒想到一週內就有人打電話給我，老闆也把錢補給我了。

我是從澳門來讀書的學生，第一次在這裡遇到這種事，本來很慌，現在真的很感謝。祝各位工作順利！

ＬＥＯＮＧ　Ｗａｉ　Ｋｉｎ
２０２６．１１．０３""")

add(12, "tutoring-refund-fwd", "eml",
    ("demand", "no", "-", "Education Bureau", "normal", "en", "quoted"),
    frm=("Sarah Whitcombe", "s.whitcombe@example.org"), date="2026-10-21 11:03",
    subject="Fwd: refund from Bright Sprout Learning Centre",
    body="""Hello,

I'm a British exchange teacher living in the city with my family. In June we prepaid 9,600 yuan for 48 lessons for our 8-year-old at Bright Sprout Learning Centre (Yinhe Plaza, 3rd floor). Only 11 lessons took place before the centre closed its doors in September. Below is the only reply we ever got from them:

> From: service@brightsprout.example
> Date: 22 Sep 2026
> Dear parent, due to business restructuring, classes are suspended.
> Refunds will be arranged in batches after the audit. Please wait
> patiently and do not spread rumours.

Since then nobody answers the phone. Around 40 families in our WeChat group have the same problem. I understood prepaid tutoring fees are supposed to be held in a supervised account. Could the education authority tell us who is handling this and help us get the remaining 7,400 yuan back?

Kind regards,
Sarah Whitcombe""")

add(13, "art-studio-licence", "eml",
    ("consultation", "yes", "b", "Education Bureau", "normal", "zh", "-"),
    frm=("小画家工作室", "xiaohuajia.studio@example.net"), date="2026-10-23 14:47",
    subject="开少儿美术培训班需要办哪些手续",
    body="""您好，想咨询一下。

我在社区里开了一个少儿美术工作室，目前只有营业执照（经营范围写的是文化艺术交流），学生二十来个。有家长提醒我说现在校外培训都要审批，不然算违规。

请问：非学科类的美术培训到底归哪个部门审批？场地面积、消防有没有硬性要求？老师要不要资格证？

我是真心想合规经营，只是先问清楚再去办。麻烦回复的时候别把我的名字和地址转到区里，东西还没准备好就被上门，怕一下子就给关了。回邮件就行，谢谢。""")

add(14, "school-bus-potholes", "json",
    ("demand", "no", "-", "Transport Bureau", "normal", "zh", "two-intents"),
    submitted_at="2026-10-27T06:58:00+08:00", name="韩国栋", phone="13500004471",
    email="", anonymous=False, district="城西区",
    title="实验小学门口路面坑洼，校车停靠困难",
    content="""我是开校车的司机，每天接送城西实验小学的孩子。学校门口翠微路那一段路面有好几个大坑，最深的有十几公分，下雨积了水根本看不出来，上周校车右后轮掉进去，一车孩子吓得直叫。请尽快把这段路补一下。

另外门口没有校车停靠的位置，每次只能停在路中间让孩子下车，能不能划一个临时停靠点？不过最急的还是先把坑补了。""")

add(15, "returnee-subsidy", "multi",
    ("consultation", "no", "-", "Human Resources and Social Security Bureau", "normal", "en", "-"),
    frm=("Chen Yuxuan", "yuxuan.chen@example.com"), date="2026-10-05 15:30",
    subject="Returnee graduate - employment registration and subsidies",
    body="""Hi,

I finished my master's in the Netherlands in August and came back to my hometown. I read in a WeChat article that returned overseas graduates (留学回国人员) can get a one-off settlement subsidy and a rent allowance for up to three years if they work here.

A few questions:
- Does my degree need to be certified by the CSCSE first?
- Does the job have to be a full-time contract with social insurance, or does a startup I co-founded also count?
- Is there a deadline after graduation?

The article was from last year so I'm not sure it still applies.

Best,
Chen Yuxuan
159 0000 8810""")

add(16, "sports-school-coach", "eml",
    ("complaint", "yes", "a", "Education Bureau", "normal", "zh", "indirect"),
    frm=("田径队一名学生", "run.400m@example.org"), date="2026-11-02 22:10",
    subject="体校训练的事，想请领导关注一下",
    body="""我是市体校田径队的学生，今年高二，练短跨。

我们组的教练要求很严，这个大家都理解，练体育哪有不苦的。上周有个初二的小队员腿上好几道紫印子，像一条一条的，她妈妈来接她时问起来，她说是训练时被跳绳刮的。我们组的人都知道是怎么回事，每次跑不到他要的成绩，那根跳绳就在他手里。第二天她照样被安排上强度。

我们私下商量过要不要跟家里说，但大家都怕被停训、被取消比赛资格，明年还要靠成绩考大学。我不是想闹大，只是觉得再这样下去，总会有人受伤。""")

add(17, "library-24h-pls", "eml",
    ("suggestion", "no", "-", "Culture and Tourism Bureau", "normal", "en", "typos"),
    frm=("Dana", "dana.k2004@example.net"), date="2026-10-30 01:26",
    subject="library hours pls",
    body="""hey so the city library closes at 9pm on weekdays and 6pm on sundays?? exam season is literally next month and every cafe near campus is packed, we r all lowkey cooked

could u guys open the study hall 24h or at least till midnight for like nov-jan? other citys do it fr. also more power sockets in the reading room would be a W, half of them dont work

ty ty
- a very tired 3rd year student (international, from kazakhstan)""")

add(18, "factory-odour-dorm", "eml",
    ("demand", "no", "-", "Ecology and Environment Bureau", "normal", "zh", "-"),
    frm=("蒋思远", "jiangsiyuan@example.com"), date="2026-10-11 23:40",
    subject="学院西墙外工厂夜里排放刺鼻气味",
    body="""您好，我们是滨江职业学院的学生，宿舍在学院西区。

最近一个多月，每天晚上十点以后，学校西边围墙外那家做涂料的厂子就开始飘过来一股很冲的油漆味，有时还夹着烧塑料的味道，关上窗户也挡不住。好几个同学半夜被呛醒，早上起来喉咙疼。奇怪的是白天反而闻不到。

希望环保部门晚上来测一测，看他们是不是趁夜里偷排。

联系人：蒋思远 152 0000 9046""")

add(19, "marathon-weather", "json",
    ("information", "no", "-", "Meteorological Bureau", "normal", "zh", "short"),
    submitted_at="2026-11-12T19:03:00+08:00", name="小杨", phone="", email="yangyang.vol@example.net",
    anonymous=False, district="",
    title="周六天气",
    content="周六马拉松当志愿者，早上六点集合，会下雨吗？要带雨衣不")

add(20, "internet-cafe-minors", "eml",
    ("demand", "yes", "c", "Culture and Tourism Bureau", "normal", "zh", "-"),
    frm=("一个初二学生的妈妈", "shiliu.mama@example.org"), date="2026-10-25 23:05",
    subject="网吧长期让未成年人通宵上网",
    body="""我儿子今年14岁，上初二。这学期他经常晚上说去同学家写作业，其实是去了石榴巷口那家"极速网咖"打游戏，有时候通宵，第二天直接逃课，班主任已经打过三次电话了。

我去网吧找过两次，前台根本不看身份证，拿大人的卡刷一下就让进，里面一半都是穿校服的孩子，烟味呛得人睁不开眼。我跟老板理论，他说"你管好自己儿子"。

周边的人都知道这个老板跟社会上的人来往多，之前有个家长去闹过，第二天停在店门口的电动车轮胎就被扎了。我家就在那条巷子里开小卖部，实在不敢跟他硬来。

求你们来查一查，别让孩子们再往里钻了。""")

add(21, "open-school-tracks", "eml",
    ("suggestion", "no", "-", "Education Bureau", "normal", "en", "-"),
    frm=("Jonas Petrauskas", "jonas.p@example.com"), date="2026-10-18 20:20",
    subject="Opening school sports grounds in the evenings",
    body="""Dear Mayor,

I play on my university's basketball team (I'm from Lithuania, studying sports science here). Training on campus is fine, but when I go running in the city I notice that almost every middle school has a good track and courts that are locked after 5 pm and at weekends, while people run on the road next to the traffic. Teenagers from the neighbourhood end up playing in parking lots.

Maybe the city could open some school sports grounds to residents in the evenings and on weekends, with registration by ID card and a small insurance fee, as I've seen done elsewhere. Student athletes from the universities could even volunteer as coaches for the kids.

Just an idea.
Jonas Petrauskas""")

add(22, "dorm-12-no-signal", "eml",
    ("demand", "no", "-", "Industry and Information Technology Bureau", "normal", "en", "-"),
    frm=("Omar Haddad", "omar.haddad@example.net"), date="2026-10-14 12:12",
    subject="No mobile signal in dormitory building 12",
    body="""Hello,

In dormitory building 12 of the Haitang campus (the new building opened this September) there is almost no mobile signal on floors 1 to 4, for all three operators. Calls drop, and we can't even receive verification SMS for banking or the class check-in app. The campus Wi-Fi is limited to 2 Mbps after 11 pm.

We have told the dorm office and the operators' shops on campus, and each says someone else is responsible for the base station. Could you coordinate with the carriers to add an indoor booster or a small base station? About 800 students live in this building.

Thank you,
Omar Haddad, Room 3-217""")

add(23, "hukou-after-graduation", "eml",
    ("consultation", "no", "-", "Public Security Bureau", "normal", "zh", "typos"),
    frm=("", "xiaobai_2027@example.com"), date="2026-11-05 00:43",
    subject="毕业后户口咋办",
    body="""你好 我是外省考过来的大学生 上大学的时候户口迁到学校集体互了 明年6月毕业 想问下毕业以后户口是必须迁走吗 如果我留在本市工作 单卫没有集体户 能不能放到人才中心或者社区的集体户里 要是暂时没找到工作 户口会不会被退回老家 办的话要带啥资料 谢谢 急""")

add(24, "passport-kept-by-school", "eml",
    ("complaint", "yes", "a", "Education Bureau", "normal", "en", "-"),
    frm=("Emily Rutherford", "emily.r@mailbox.example"), date="2026-10-10 17:55",
    subject="My passport is being kept by the school",
    body="""Dear Sir or Madam,

I am an exchange teacher of English at a public senior high school in Fengtai district (I can give the name of the school if you contact me). When I arrived in August, the vice-principal in charge of foreign affairs, Mr. Gao, took my passport "for the residence permit".

The permit was issued in September, but he still keeps the passport locked in his office and says it is school policy so that foreign teachers "don't run away". When I asked for it back to travel during the National Day holiday, he said I would need his written approval, and remarked that my contract renewal "depends on attitude".

I don't believe a school is allowed to hold a foreigner's passport. I would appreciate it if you could look into this carefully.

Emily Rutherford""")

add(25, "after-school-till-six", "json",
    ("suggestion", "no", "-", "Education Bureau", "normal", "zh", "-"),
    submitted_at="2026-10-20T12:31:00+08:00", name="马晓蕾", phone="+86 177 0000 5120",
    email="", anonymous=False, district="江北区",
    title="建议公办小学课后服务延长到六点",
    content="""建议区里的公办小学课后服务能延长到下午六点。现在五点半就结束了，我们双职工家庭，下班赶到学校最快也要六点十分，孩子只能去门口的小饭桌等，一个月还要另交八百。

哪怕六点以后只是看管、写作业，不上课也行，收点费用家长也愿意。另外建议课后服务多加点体育活动，孩子们坐一天太久了。""")

add(26, "taiwan-residence-permit", "eml",
    ("consultation", "no", "-", "Public Security Bureau", "normal", "zh", "fullwidth"),
    frm=("林怡萱", "yihsuan.lin@tw-mail.example"), date="2026-10-13 10:02",
    subject="請問臺灣學生如何辦理居住證",
    body="""您好！

我是從臺灣來交換的研究生，九月到學校，預計待到明年六月。想請教：
１．臺灣居民居住證是否需要住滿半年才能申請？
２．學校宿舍的住宿登記，可以當作居住證明嗎？
３．辦理是到學校附近的派出所，還是要到出入境大廳？

謝謝您撥冗回覆！
林怡萱""")

add(27, "airport-night-bus", "json",
    ("information", "no", "-", "Transport Bureau", "normal", "en", "-"),
    submitted_at="2026-11-10T14:44:00+08:00", name="Aigerim S.", phone="",
    email="aigerim.s@example.org", anonymous=False, district="",
    title="Night bus from the airport to the university town?",
    content="""My flight lands at 11:50 pm on 19 November. Is there any airport bus or metro still running to Wenhua Road / the university town at that time? If not, roughly how much is a taxi and where is the official taxi queue? Thanks.""")

add(28, "talent-apartment-lift", "eml",
    ("demand", "no", "-", "Housing and Urban-Rural Development Bureau", "normal", "zh", "two-intents"),
    frm=("陆子昂", "luziang@example.net"), date="2026-10-17 08:09",
    subject="智汇谷青年公寓电梯坏了一个多月",
    body="""您好，我住在智汇谷青年人才公寓B栋22层。

这栋楼两部电梯，一部从国庆前就停了，一直贴着"检修中"，剩下一部每天早晚高峰排队二十分钟，上周五晚上还困过人，半个小时才弄出来。物业说在等配件，等了一个多月了。住的大多是刚工作的年轻人，还有一个脚骨折的同事每天拄拐上下班。希望督促运营方尽快把电梯修好，并做一次安全检查。

另外公寓地下车库只对外出租，住户想租个车位都租不到，能不能也一起协调一下。

陆子昂 188 0000 3390""")

add(29, "grant-status-followup", "eml",
    ("complaint", "no", "-", "Education Bureau", "normal", "zh", "quoted"),
    frm=("许晴", "xuqing.g3@example.com"), date="2026-11-16 19:27",
    subject="助学金申请两个月没有下文（附上次答复）",
    body="""上次反映的国家助学金问题，收到的答复是：

『您好，您反映的问题已转交区教育局学生资助中心，将于15个工作日内处理。』

到今天已经过去两个月了，没有任何人联系我。我是高三学生，家里是低保户，9月初就按学校通知交齐了材料，同班另外两位同学已经拿到第一学期的钱，我的状态一直显示"审核中"。资助中心的电话我打了不下十次，总是没人接。

我只想知道卡在哪个环节，缺什么材料我马上补。

许晴 139 0000 6218""")

add(30, "sub-district-recruitment", "eml",
    ("complaint", "yes", "a", "Discipline Inspection Commission", "normal", "en", "indirect"),
    frm=("J. Wen", "jwen.returnee@example.org"), date="2026-10-26 21:15",
    subject="A question about the community worker recruitment at Qinghe sub-district",
    body="""Hello.

I came back from studying in Australia this summer and applied for one of the two community service posts that Qinghe sub-district office advertised in September. The requirements were a little unusual: female, under 26, local hukou, a degree in "social work or Korean language", and at least one year of volunteer experience in Qinghe community itself.

Only one applicant fitted all of these, and she was hired. Later I learned by chance that she shares a surname and a home address with the deputy director of the sub-district office, Mr. Pan.

Maybe it is all a coincidence. I just wonder whether posts paid with public money should be written with one person in mind. I'd rather my name did not come up if this is checked - I still hope to work in this district one day.""")

add(31, "intern-unpaid-overtime", "eml",
    ("demand", "yes", "c", "Human Resources and Social Security Bureau", "normal", "zh", "mixed"),
    frm=("大四实习生", "intern.gw@example.net"), date="2026-11-07 23:31",
    subject="实习生被要求无偿加班，补贴只发一小半",
    body="""您好，我是大四学生，通过学校安排在港湾科技园一家做跨境电商的公司实习。

入职的时候HR说offer里写明实习补贴每月2000，结果第一个月只发了800，说是"试岗期"。每天要求加班到十点，周末也要在线回复客户的message，没有签任何实习协议。我们组六个实习生都是一样。

带我们的主管在群里说过，谁不满意可以走，但实习鉴定表就别想让他签了。没有这张表我们没法毕业，所以谁也不敢吭声。

想请劳动部门帮忙看看这样合不合法，能不能把补贴补齐。""")

add(32, "foreign-teacher-wages", "eml",
    ("demand", "no", "-", "Human Resources and Social Security Bureau", "normal", "en", "-"),
    frm=("Daniel Okoro", "d.okoro@example.com"), date="2026-11-04 09:50",
    subject="Two months' salary unpaid - foreign teacher at a training school",
    body="""Hello,

I teach English at Sunny Apple Education, a private training school in the Guanlan Road commercial building, on a one-year contract. My salary for September and October (18,000 yuan per month) has not been paid. The manager keeps saying the investors will transfer money "next week". Three other foreign teachers and several Chinese teaching assistants are in the same situation.

We have our contracts, payslips up to August, and WeChat messages in which the manager admits the debt. I have rent to pay and my work permit is tied to this employer, so I can't simply leave.

What can we do, and can the labour office help us recover the wages?

Daniel Okoro
176-0000-2893""")

add(33, "praise-teacher-liu", "html",
    ("information", "no", "-", "Education Bureau", "normal", "zh", "-"),
    frm=("邵明", "shaoming.home@example.org"), date="2026-11-09 20:40",
    subject="想表扬一下刘晓琴老师",
    body="""我女儿在枫林路中学初一（3）班。

上周三她在学校突然高烧抽搐，班主任刘晓琴老师一边打120，一边把孩子抱到医务室，又一路陪到医院。我从外地赶回来已经是晚上九点，刘老师连晚饭都没吃，一直守在病床边。

孩子现在已经出院了。我不会说什么漂亮话，就是想让学校和教育局知道，有这样的老师是我们家长的福气。

家长 邵明""")

add(34, "thanks-officer-zhang", "html",
    ("information", "no", "-", "Public Security Bureau", "normal", "en", "-"),
    frm=("Park Ji-won", "jiwon.park@example.net"), date="2026-10-28 10:18",
    subject="Thank you to Officer Zhang at Shuangqiao police station",
    body="""Dear Mayor's Office,

I'm a Korean exchange student. On 25 October I lost my wallet with my passport and residence permit on bus 211. I went to Shuangqiao police station almost in tears, because I had to fly home three days later for my grandmother's funeral.

Officer Zhang Wei took my report, called the bus company himself and went to the depot that same evening. He found the wallet and even sent me a message in English at 11 pm.

Please pass my thanks to him and to his leaders. I will never forget it.

Park Ji-won""")

add(35, "school-gate-parking", "eml",
    ("suggestion", "no", "-", "Transport Bureau", "normal", "zh", "two-intents"),
    frm=("育才中学家长 汪", "wang.lei.dad@example.com"), date="2026-10-22 12:05",
    subject="关于学校门口接送的两点建议",
    body="""每天早上七点半，育才中学门口的兴业路都堵成一锅粥，家长的车随意停在机动车道上，公交车都开不过去。

两点建议：
一是在学校周边划一些限时停车泊位，比如早上7点到8点、下午4点半到5点半可以停15分钟，过了高峰恢复正常；
二是能不能开通几条早晚的学生定制公交，从几个大小区直达学校，这样很多家长就不用开车送了。

我觉得第一条最急，可以先找一两个学校试点。""")

add(36, "canteen-food", "eml",
    ("demand", "no", "-", "Market Regulation Administration", "normal", "zh", "-"),
    frm=("初二家长 贺女士", "hexiaojie@example.net"), date="2026-11-11 21:58",
    subject="学校食堂饭菜变质，多名学生腹泻",
    body="""我孩子在明德外国语学校（民办）读初二，学校食堂今年承包给了一家叫"禾丰餐饮"的公司。

最近两周孩子好几次说饭菜有酸味。周二中午吃了回锅肉，当晚班上七八个孩子拉肚子，有两个去医院输液。家长们去食堂看，后厨的人不戴帽子口罩，凉菜盆直接放在地上。食堂经理还说"小孩子肠胃弱，不关我们的事"。

请市场监管部门去查一查这家公司的食品安全，孩子们每天都要在那里吃饭。

联系电话 131-0000-7286""")

add(37, "brown-tap-water", "eml",
    ("demand", "no", "-", "Water Affairs Bureau", "normal", "en", "short"),
    frm=("Hannah", "hannah.b@example.com"), date="2026-11-18 07:45",
    subject="brown tap water",
    body="""Tap water at Lanting Apartments bldg 7 has been brown since Monday. Smells like rust. Pls check.
- Hannah, 7-1104""")

add(38, "student-insurance-out-of-province", "json",
    ("consultation", "no", "-", "Healthcare Security Bureau", "normal", "zh", "-"),
    submitted_at="2026-11-14T16:22:00+08:00", name="吴若楠", phone="150 0000 2934",
    email="wuruonan@example.org", anonymous=False, district="",
    title="大学生医保寒假回外省看病怎么报销",
    content="""我是在本市读书的大学生，在学校参加了城乡居民医保。寒假回老家（外省）如果生病住院，能不能直接在当地医院结算？需要提前备案吗？能不能在手机上办？

去年室友回家做了阑尾手术，回来报销跑了好几趟，还说是备案晚了只能报一部分，所以想提前问清楚。""")

add(39, "freelance-fapiao", "eml",
    ("consultation", "no", "-", "Taxation Bureau", "normal", "en", "-"),
    frm=("Guo Jiaqi", "guojiaqi@post.example.org"), date="2026-10-31 15:09",
    subject="Fapiao and income tax as a freelance translator",
    body="""Hello,

I'm a returnee (graduated in London last year) and now do freelance translation and some online teaching. Some clients in China ask me for a fapiao, and one client in Singapore pays me in USD.

1) As an individual without a company, can I have a fapiao issued at the tax office, and what tax rate is charged?
2) Do I also have to declare the foreign income in the annual individual income tax reconciliation?

I'd like to do it properly from the start. Thanks,
Guo Jiaqi""")

add(40, "auxiliary-officer-cash", "eml",
    ("complaint", "yes", "a", "Public Security Bureau", "normal", "zh", "-"),
    frm=("校车司机老齐", "laoqi.bus@example.com"), date="2026-11-06 20:34",
    subject="学校门口执勤的辅警收现金不开单",
    body="""我是开校车的，每天早上在城南第二小学门口送孩子。

那边有个辅警，瘦高个，左胳膊上有块纹身，一般早上七点到八点在门口执勤。上周四我临停下客不到两分钟，他过来说我违停，要罚两百扣三分，接着又说"给两百现金就算了，不扣分"。我急着让孩子下车就给了，他什么单子都没开。后来听别的司机说，不少人都被这么收过。

我靠开车吃饭，驾照扣不起分，也怕以后天天被他盯着，但这事怎么想都不对。""")

add(41, "library-monday", "json",
    ("information", "no", "-", "Culture and Tourism Bureau", "normal", "zh", "short"),
    submitted_at="2026-10-04T11:07:00+08:00", name="", phone="", email="", anonymous=False,
    district="", title="图书馆",
    content="市图书馆周一开门吗？几点到几点")

add(42, "english-hotline", "multi",
    ("suggestion", "no", "-", "Municipal Government Office", "normal", "en", "-"),
    frm=("Isabella Moreau", "isabella.moreau@example.fr.example"), date="2026-11-01 13:36",
    subject="Suggestion: an English channel for 12345 and the mayor's mailbox",
    body="""Dear Mayor,

There are now thousands of international students and many foreign teachers in our city. When we have a problem - a landlord, a visa question, a lost card - we usually don't know which office to ask, and the hotline operators speak only Chinese, so we end up calling a Chinese friend to translate.

My suggestions:
1. A short English menu on the 12345 hotline, even if only one or two bilingual operators at certain hours.
2. An English version of the online mailbox form.
3. A one-page "who to contact" sheet handed out at university registration.

I would be happy to help translate as a volunteer.

Best regards,
Isabella Moreau (exchange student, France)""")

add(43, "approval-window-12", "eml",
    ("complaint", "yes", "a", "Administrative Approval Bureau", "normal", "zh", "quoted"),
    frm=("赵一鸣", "zhaoyiming.grad@example.net"), date="2026-10-22 17:48",
    subject="再次反映：审批大厅窗口拒收我的材料",
    body="""10月9日我曾来信反映过，收到的答复是：
——
"经核实，您所办理的业务需提供原单位出具的证明材料原件，请备齐后到窗口办理。"
——
问题是我的材料是齐的。10月20日我又去了行政审批大厅二楼12号窗口，还是那位戴眼镜、短头发的女工作人员。她一边刷手机一边翻了两下，说"你这个章不清楚"。我指给她看公章很清楚，她就把材料推回来说"我说不行就不行，你回去问你学校"。后面排队的人都看不下去了。

我是应届毕业生，为了这件事已经请了三次假，新单位下个月就要办入职。请你们核实一下到底缺什么，也请查一查这位工作人员的工作态度。

赵一鸣 185 0000 1467""")

add(44, "snack-stalls-school-gate", "eml",
    ("demand", "no", "-", "Urban Management Bureau", "normal", "zh", "sarcasm"),
    frm=("向阳小学一年级家长", "xy.parent@example.org"), date="2026-10-24 17:20",
    subject="向阳小学门口的\"美食一条街\"",
    body="""向阳小学门口每天放学时简直是美食节：炸串、辣条、烤肠、三块钱一杯的彩色冰饮，摊子一直摆到马路牙子上，家长接孩子只能站到机动车道里。

最"贴心"的是这些东西啥标签都没有，孩子吃完回家肚子疼都不知道找谁。偶尔来一趟巡查车，摊主推着车往巷子里一躲，车一走又全出来了，配合得非常默契。

希望能真正管一管，至少放学那一个小时，学校门口别再摆了。""")

add(45, "gas-smell-flat", "eml",
    ("demand", "no", "-", "Emergency Management Bureau", "high", "en", "-"),
    frm=("Mateo Rossi", "mateo.rossi@example.net"), date="2026-11-20 08:02",
    subject="URGENT: gas smell in our flat",
    body="""We are three students renting a flat at 5-2-601 Qiaoxi Garden. Since yesterday evening there has been a strong gas smell in the kitchen, even with the stove valve closed. We opened all the windows and are not cooking.

The landlord says it's "just old pipes" and won't come until the weekend. We're scared to even switch on the lights. Who can come and check today?

Phone: 139 0000 5572 (Mateo)""")

add(46, "student-volunteer-group", "eml",
    ("consultation", "no", "-", "Civil Affairs Bureau", "normal", "en", "-"),
    frm=("Fatima Zahra Benali", "fz.benali@example.com"), date="2026-10-07 16:40",
    subject="How do we register a student volunteer group?",
    body="""Hi,

We are a group of about 40 Chinese and international students who have been volunteering for a year - teaching English to the children of migrant workers on weekends and helping at the elderly home in Dongpo community.

We'd like to become an official volunteer organisation so we can open a bank account, accept small donations and sign partnerships with communities. Do we register as a social organisation with Civil Affairs, or only through the university's youth league? Can international students be founding members or officers? Is there a minimum number of members or starting funds?

Thank you!
Fatima Zahra Benali, coordinator""")

add(47, "er-refused-foreigners", "eml",
    ("complaint", "yes", "a", "Health Commission", "normal", "en", "mixed"),
    frm=("Kwame Asante", "kwame.asante@example.org"), date="2026-11-10 11:26",
    subject="Bad experience at the 急诊 of the Second People's Hospital",
    body="""Hello,

Last Sunday night (8 Nov) my roommate had a very high fever and I took him to the 急诊 of the Second People's Hospital. The doctor on duty in room 3, a young male doctor, heard we were foreigners and said "没有中文翻译不看，你们去私立医院". I speak some Chinese and tried to explain the symptoms, but he just kept typing on his phone. A nurse at the triage desk laughed and said "老外又来了".

We waited 1.5 hours until another doctor took over at midnight and found it was acute tonsillitis. I know they are busy, but refusing a patient because of language is not ok, right? Please look into it.

Kwame Asante
150 0000 3318""")

add(48, "scaffold-kindergarten", "eml",
    ("demand", "no", "-", "Housing and Urban-Rural Development Bureau", "high", "zh", "-"),
    frm=("钟老师", "zhong.teacher@example.com"), date="2026-11-13 10:35",
    subject="紧急：工地脚手架歪向幼儿园操场",
    body="""我是金穗路小太阳幼儿园的老师。

幼儿园北墙外是一个在建的商住楼工地，这两天刮大风，靠我们这边的脚手架明显往操场这边歪，上面还堆着没固定的钢管。今天上午九点多有一根掉进了我们围墙里面，离滑梯不到五米。

我们已经暂停了户外活动，可孩子们每天进出园都要经过那一侧。工地的人说要等老板来处理，到现在都没人来。请马上派人来看看！

联系人：钟老师 181 0000 6627""")

add(49, "kindergarten-paperwork", "eml",
    ("suggestion", "yes", "b", "Education Bureau", "normal", "zh", "-"),
    frm=("一名幼儿园老师", "youeryuan.laoshi@example.net"), date="2026-11-19 23:58",
    subject="能不能少一点\"留痕\"",
    body="""一个幼儿园一线老师的小建议。

现在每周要交的材料太多了：安全检查表、家访记录、环创照片、各种主题活动的美篇和公众号推送，上面来一项检查还要补三个月的台账。白天带二三十个孩子，晚上回家做材料做到十二点，真正备课、观察孩子的时间反而没了。

建议教育局把检查和报表统一一下，能线上共享的就不要重复交，也别要求每次活动都拍照做美篇。

名字我就不留了，我们园就那么几个老师，一看就知道是谁。""")

add(50, "weekend-classes-fee", "json",
    ("complaint", "yes", "b", "Education Bureau", "normal", "zh", "-"),
    submitted_at="2026-10-30T22:14:00+08:00", name="", phone="", email="", anonymous=True,
    district="东湖县",
    title="公办高中周末统一补课还收费",
    content="""孩子在县第一高级中学读高二。学校从这学期开始每周六全天上课，说是"自愿参加"，但不签字参加的，班主任会挨个给家长打电话"做工作"。每学期收资料费和"延时服务费"一共1600元，只给收据，不给正式票据。

国家不是不允许公办高中节假日集体补课吗？希望教育局来调查一下。""")

add(51, "thanks-from-ghana", "eml",
    ("information", "no", "-", "none", "normal", "en", "-"),
    frm=("Abena Mensah", "abena.mensah@example.com"), date="2026-11-24 18:30",
    subject="Thank you, city!",
    body="""Dear Mayor,

I finish my two-year master's programme next month and go home to Ghana. I just wanted to say thank you. The buses are cheap and clean, the aunties at the market always help me with my Chinese, and when I was sick last winter the community volunteers brought me soup.

I will tell my younger brothers to come and study here.

Warmly,
Abena Mensah""")

add(52, "migrant-child-enrolment", "eml",
    ("consultation", "yes", "b", "Education Bureau", "normal", "zh", "typos"),
    frm=("", "chenjie.dagong@example.org"), date="2026-11-08 21:17",
    subject="随迁子女上小学要什么材料",
    body="""您好我想问下，我和老公在这边打工5年了，孩子明年要上小学，户口在老家农村。听人说要居住证，社保，房屋租凭合同，可我们住的是老板提供的宿舍没有租凭合同，社保去年才开始交，这样孩子能报明上公办小学吗。能不能用别的证明代替。

这个事情请不要打电话到我们厂里问，老板知道我们在打听孩子读书的事怕以为我们要走，谢谢了""")

add(53, "incubator-space-thread", "multi",
    ("demand", "no", "-", "Commerce and Investment Promotion Bureau", "normal", "en", "quoted"),
    frm=("Li Haoran", "haoran.li@tidewave.example"), date="2026-11-02 09:12",
    subject="Re: Re: incubator space for a returnee startup - still waiting",
    body="""Hello,

I am writing about our startup's office in the Overseas Returnee Innovation Park. Please see the thread below.

--- On 2026-09-15, Park Operations <ops@returnee-park.example> wrote:
> Your application has been approved. Office unit 3-08 (60 m2,
> rent-free for 2 years) will be available on 1 October.

--- On 2026-10-20, Park Operations <ops@returnee-park.example> wrote:
> Due to internal adjustments the unit is temporarily occupied.
> We will inform you of a new date.

We are 5 people, all fresh graduates, and since we gave up our previous office on the strength of the first email we have been working in a cafe. Could the investment promotion bureau help coordinate with the park management so that the approved unit, or another one, is delivered?

Li Haoran, founder, Tidewave Robotics
134 0000 7720""")

add(54, "bus-line-3-legend", "eml",
    ("complaint", "no", "-", "Transport Bureau", "normal", "zh", "sarcasm"),
    frm=("早八人", "zaoba.ren@example.net"), date="2026-10-21 07:58",
    subject="大学城3路：一个神秘的传说",
    body="""听说大学城有一条3路公交，原来十分钟一班，从十月开始不知道为什么变成了四十分钟一班，没有任何通知，站牌上的时刻表还是旧的，看着挺好看。

每天早上七点半，站台上挤着两百多个学生，车来了能上二十个，剩下的继续修炼耐心。下雨天更精彩。

请问调整班次之前能不能提前公布一下？早高峰能不能恢复原来的发车间隔？我们是真的要上早八。""")

add(55, "official-car-school-run", "eml",
    ("complaint", "yes", "a", "Discipline Inspection Commission", "normal", "en", "indirect"),
    frm=("A teacher across the street", "observer.gm@example.com"), date="2026-11-17 19:45",
    subject="The black car at the primary school gate",
    body="""Every school morning at about 7:20, a black sedan with government plates (ending in 0437) stops in the no-parking zone at the gate of Guangming Primary. The driver opens the back door, a boy in uniform gets out, the car waits until 7:30 and then leaves in the direction of the district office building. I have also seen it on Saturdays taking the same boy to swimming lessons.

I teach at a private language school across the street and see it every day. People around here say the boy's father heads the district housing office. I don't know exactly what the rules for official cars are, but it doesn't look right.

I'd be grateful if this doesn't get traced back to me - I'm a foreigner on a work permit.""")

add(56, "campus-loan-legal-aid", "eml",
    ("consultation", "yes", "c", "Justice Bureau", "normal", "zh", "-"),
    frm=("小林", "xiaolin0917@example.com"), date="2026-10-27 02:11",
    subject="校园贷的事想问问能不能法律援助",
    body="""我大二，去年在一个APP上借了3000块，现在他们说我连本带利要还一万二。每天打电话骂我，还把我手机通讯录的截图发过来，说再不还就把我的照片P了发给我爸妈和辅导员。

我现在每天都很害怕，不敢接电话，也不敢跟家里说。想问问：这种情况我能申请法律援助吗？学生没有收入，要交什么材料？利息这么高，我是不是必须全部还？""")

add(57, "donate-books-trad", "json",
    ("information", "no", "-", "Civil Affairs Bureau", "normal", "zh", "fullwidth"),
    submitted_at="2026-11-21T15:50:00+08:00", name="鄭家豪", phone="１３６　００００　４１８２",
    email="", anonymous=False, district="",
    title="捐舊書給山區學校",
    content="""我們社團收集了大約三百本課外書和一些文具，想捐給山區的小學。請問市裏有沒有接收捐贈的機構或地址？需要提前預約嗎？週末可以送過去嗎？（聯繫電話：１３６　００００　４１８２）""")

add(58, "scam-calls-immigration", "eml",
    ("demand", "no", "-", "Public Security Bureau", "normal", "en", "mixed"),
    frm=("Nguyen Thi Lan", "lan.nguyen@example.net"), date="2026-11-15 22:03",
    subject="举报 scam calls pretending to be immigration police",
    body="""Hi, I want to 举报 a phone scam.

In the past week I and at least 5 friends in the international student WeChat group got calls from 171 numbers. The caller speaks English, says he is from the "Exit-Entry Bureau", that our visa has a "problem" and we must pay a 5,000 yuan "verification deposit" through a link, otherwise we will be deported in 24 hours. One friend from Pakistan almost paid.

Can the police block these numbers and maybe send an official warning to international students? We are all quite 慌 honestly.

Numbers: 171 0000 8836, 171 0000 2291
- Nguyen Thi Lan""")

add(59, "veteran-child-priority", "json",
    ("consultation", "no", "-", "Veterans Affairs Bureau", "normal", "zh", "-"),
    submitted_at="2026-11-26T09:38:00+08:00", name="孟一航", phone="(0)133 0000 6057",
    email="mengyihang@example.com", anonymous=False, district="北塘区",
    title="退役军人子女入学有没有优待",
    content="""我父亲是退役军人，2008年退役，伤残等级八级。我明年要考本市一所公办院校的研究生，我弟弟明年上初中。想咨询一下：退役军人子女在升学、入学方面有什么优待政策？需要开什么证明，到哪里开？谢谢。""")

add(60, "ignore-earlier-email", "eml",
    ("information", "no", "-", "none", "normal", "en", "short"),
    frm=("Sofia Lindqvist", "sofia.l@example.org"), date="2026-11-28 10:05",
    subject="Re: dorm heating",
    body="""Please ignore my email from yesterday about the dorm heating - it works now. Thanks!""")


def crlf(s):
    return s.replace("\r\n", "\n").replace("\n", "\r\n")

def enc(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()

def addr(name, mail):
    return formataddr((name, mail)) if name else mail

def to_html(body, title):
    paras = "".join("<p>%s</p>\n" % html.escape(p).replace("\n", "<br>")
                    for p in body.strip().split("\n\n"))
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%s</title></head>\n"
            "<body>\n%s</body></html>\n" % (html.escape(title), paras))

def eml(d):
    dt = datetime.strptime(d["date"], "%Y-%m-%d %H:%M").replace(tzinfo=TZ)
    dom = d["frm"][1].split("@", 1)[1]
    hdr = [
        "From: " + addr(*d["frm"]),
        "To: mayor@city.example",
        "Subject: " + enc(d["subject"]),
        "Date: " + format_datetime(dt),
        "Message-ID: <%s-%03d.%s@%s>" % (W, d["n"], d["slug"], dom),
        "MIME-Version: 1.0",
    ]
    body = d["body"].strip() + "\n"
    if d["kind"] == "eml":
        hdr += ["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit"]
        text = "\n".join(hdr) + "\n\n" + body
    elif d["kind"] == "html":
        hdr += ["Content-Type: text/html; charset=utf-8", "Content-Transfer-Encoding: 8bit"]
        text = "\n".join(hdr) + "\n\n" + to_html(body, d["subject"])
    else:
        b = "=_w21_alt_%03d" % d["n"]
        hdr += ['Content-Type: multipart/alternative; boundary="%s"' % b]
        text = ("\n".join(hdr) + "\n\n"
                "This is a multi-part message in MIME format.\n\n"
                "--%s\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n%s\n"
                "--%s\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n%s\n"
                "--%s--\n" % (b, body, b, to_html(body, d["subject"]), b))
    return crlf(text).encode("utf-8")

def main():
    os.makedirs(OUT, exist_ok=True)
    rows = ["path\tcategory\tconfidential\treason\tdepartment\tpriority\tlanguage\thard"]
    seen = set()
    for d in sorted(L, key=lambda x: x["n"]):
        assert d["n"] not in seen
        seen.add(d["n"])
        stem = "%s-%03d-%s" % (W, d["n"], d["slug"])
        if d["kind"] == "json":
            fn = stem + ".json"
            obj = {"id": "%s-%03d" % (W, d["n"]), "submitted_at": d["submitted_at"],
                   "name": d["name"], "phone": d["phone"], "email": d["email"],
                   "anonymous": d["anonymous"], "title": d["title"],
                   "content": d["content"].strip(), "district": d["district"]}
            with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
                json.dump(obj, f, ensure_ascii=False, indent=2)
                f.write("\n")
        else:
            fn = stem + ".eml"
            with open(os.path.join(OUT, fn), "wb") as f:
                f.write(eml(d))
        rows.append("\t".join(["letters/" + fn] + list(d["labels"])))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(rows) + "\n")
    print("wrote %d letters" % len(L))

if __name__ == "__main__":
    main()
