#!/usr/bin/env python3
"""w29: letters from drivers, riders, truckers, bus drivers, learners,
construction and factory workers. Writes letters/ and labels.tsv next to itself."""
import json
import os
import datetime
from email.header import Header
from email.utils import formataddr, format_datetime

WHO = "w29"
HERE = os.path.dirname(os.path.abspath(__file__))
TZ = datetime.timezone(datetime.timedelta(hours=8))

D = {
    "PSB": "Public Security Bureau",
    "URB": "Urban Management Bureau",
    "HRSS": "Human Resources and Social Security Bureau",
    "HSB": "Healthcare Security Bureau",
    "HOU": "Housing and Urban-Rural Development Bureau",
    "CUL": "Culture and Tourism Bureau",
    "TRA": "Transport Bureau",
    "DIC": "Discipline Inspection Commission",
    "COM": "Commerce and Investment Promotion Bureau",
    "ECO": "Ecology and Environment Bureau",
    "CIV": "Civil Affairs Bureau",
    "EDU": "Education Bureau",
    "HEA": "Health Commission",
    "WAT": "Water Affairs Bureau",
    "MKT": "Market Regulation Administration",
    "APP": "Administrative Approval Bureau",
    "NRP": "Natural Resources and Planning Bureau",
    "EME": "Emergency Management Bureau",
    "JUS": "Justice Bureau",
    "GOV": "Municipal Government Office",
    "MET": "Meteorological Bureau",
    "TAX": "Taxation Bureau",
    "IIT": "Industry and Information Technology Bureau",
    "AGR": "Agriculture and Rural Affairs Bureau",
    "VET": "Veterans Affairs Bureau",
    "none": "none",
}

# Each letter: n, slug, fmt (eml | html | multi | json), when,
# sender (name, address) for mail, or form fields for json,
# subject/title, body, and labels:
# (category, confidential, reason, dept key, priority, language, hard)
L = []


def add(n, slug, fmt, when, sender, subject, body, labels, form=None):
    L.append(dict(n=n, slug=slug, fmt=fmt, when=when, sender=sender,
                  subject=subject, body=body.strip("\n"), labels=labels,
                  form=form))


add(1, "rider-station-owes-wages", "eml", "2026-10-03 23:41",
    ("覃立峰", "qinlifeng88@example.com"),
    "站点拖欠工资两个月了",
    """
市长你好我是跑外卖的在红枫路那个配送站干了半年了站长说九月十月的钱平台没打过来所以发不了可是平台那边客服说早就接算给站点了 我们十几个兄弟都没拿到钱我一个人就差七千四百多

站长现在电话也不接站点门口换了锁 我们去了三次都没人

语音打的字有错见量 麻烦帮我们把公钱要回来房租都交不上了 孩子下个月学费也要交

电话137 0000 2261 姓覃
""",
    ("demand", "no", "-", "HRSS", "normal", "zh", "typos"))

add(2, "checkpoint-cash-no-ticket", "eml", "2026-10-10 08:15",
    ("跑砂石的老邓", "dengshifu.truck@mail.example"),
    "关于S312省道检查点执勤民警收钱不开票的情况",
    """
我是跑砂石的货车司机，车牌就不写了。

10月9号晚上十点多，在S312进城方向那个临时检查点被拦下，说我超载。我承认是多装了一点。一个戴眼镜、四十岁左右的民警，胸前警号后三位是417，没让我上磅，直接说“罚单开出来要扣分，你自己看着办”。我给了他两百块现金，他收了就挥手让我走，什么票据都没有。我后面排着的两三台车也是一样，一人递一下就放了。

超载该罚就罚，该扣分就扣分，我认。但这样收钱算怎么回事？请查一下那天晚上这个点的执勤记录和执法记录仪。
""",
    ("complaint", "yes", "a", "PSB", "normal", "zh", "-"))

add(3, "foreign-fleet-city-pass", "eml", "2026-10-05 16:20",
    ("Aigerim Seitkali", "a.seitkali@caravan-freight.example"),
    "Entry pass for heavy trucks into the city - which documents?",
    """
Dear Sir or Madam,

I work as the China agent for a freight company from Kazakhstan. From December our drivers will start delivering machine parts from the border directly to a factory in your Eastern Economic Zone. The trucks are 18-ton, foreign registered, travelling with TIR documents.

Our customer told us that heavy trucks need a special pass to enter the ring road in the daytime. Could you please tell me:

1. Which office issues this pass, and can a foreign company apply itself, or must the factory apply for us?
2. What documents are needed (a Chinese translation of the vehicle registration? Chinese insurance?)
3. How long does it take?

We want to do everything correctly from the first trip.

Thank you for your help.

Best regards,
Aigerim Seitkali
+7 701 0000 4432 (WeChat is also fine)
""",
    ("consultation", "no", "-", "PSB", "normal", "en", "-"))

add(4, "driving-school-refund", "json", "2026-10-06 12:03", None,
    "驾校不给退费",
    """
我九月在鑫程驾校报名C1，交了4280元，到现在科目一考过了，但是一次车都没摸上，教练说排不上。我因为换工作要去外地，申请退剩下的费用，驾校说合同写了“已开班概不退费”。可我科二科三一节课都没上过啊，凭什么全扣？报名的时候也没人跟我讲这条，合同是让我在手机上点一下就算签了。请管驾校的部门帮忙协调，至少把没上的课时费退给我。
""",
    ("demand", "no", "-", "TRA", "normal", "zh", "-"),
    form=dict(name="许嘉怡", phone="150-0000-3379", email="",
              anonymous=False, district="江北区"))

add(5, "airport-taxi-pool-toilets", "eml", "2026-10-07 14:52",
    ("韩师傅", "hanjianguo_taxi@example.net"),
    "建议机场出租车蓄车场加厕所和热水",
    """
开出租十一年了，跑机场排蓄车场是常事，排两三个小时很正常。

现在蓄车场那边只有一个临时厕所，还经常锁着门，大家只能跑去航站楼里面上，一去车队就往前动了，回来后面的车按喇叭骂人。冬天连个接热水的地方都没有，司机都是揣个保温杯，喝完就没了。

建议：蓄车场加两三个固定厕所，装一台饮水机，有条件的话搭个遮雨棚。花不了几个钱，每天几百个司机受益。

出租司机 老韩
""",
    ("suggestion", "no", "-", "TRA", "normal", "zh", "-"))

add(6, "no-safety-net-high-work", "eml", "2026-10-08 06:37",
    ("", "jiazigong2026@post.example"),
    "工地高处作业没有安全网，随时会出事",
    """
我在滨湖新城那个安置房工地干架子工。

17号楼这两个礼拜已经干到二十一层了，外架上的安全网有一半没挂，踢脚板也缺，我们上去干活安全带都没地方挂，只能挂在钢筋头上。昨天隔壁班组一个人脚下一滑，幸好旁边的人一把拽住了。

跟项目上的安全员说过两次，他说网子还没到货，先干着。今天、明天还在干这个活，真的随时可能掉下来人。请你们今天就派人去看一下。

我不想丢这份活，工头要是知道是谁捅出去的，肯定不会再叫我了。可是再不说真要出人命。
""",
    ("demand", "yes", "c", "HOU", "high", "zh", "-"))

add(7, "en-rider-parking-malls", "eml", "2026-10-09 21:10",
    ("Daniel Okafor", "dan.okafor@example.org"),
    "Suggestion: small parking zones for delivery bikes near malls",
    """
Hello,

I'm a food delivery rider from Nigeria, riding here for two years now. My Chinese is still bad so I write in English, sorry.

Around the big malls, for example the one on Jinxiu Avenue, there is no place for us to park the e-bikes. The mall security tells us to move, the city guys give tickets if we park on the sidewalk, so we park far away and run with the food. Orders are late, customers angry, everybody unhappy.

My idea: paint a small zone, maybe 20 spots, close to each mall entrance only for delivery bikes, with a time limit like 10 minutes. I heard some other cities already do this. The sidewalk stays clear and we don't have to fight with security every day.

Thanks for reading.
Daniel
""",
    ("suggestion", "no", "-", "URB", "normal", "en", "-"))

add(8, "bus-terminus-toilet", "eml", "2026-10-11 10:26",
    ("27路司机", "route27.driver@example.com"),
    "公交27路松岗村总站没有厕所，另外停站时间太短",
    """
我是27路的驾驶员，说点实际困难。

27路在松岗村的总站原来有个厕所，八月份那块地拆了以后就没了。我们跑一圈一个半小时，到了总站只停五分钟就得再发车，司机只能憋着，我们队已经有同事憋出尿路结石了，女驾驶员更难。

一、能不能在总站放个移动厕所，或者协调旁边的加油站让我们用一下。
二、调度把停站时间从十分钟压到了五分钟，说是要提高准点率，大家连口水都来不及喝，这个也希望有人管管。

我们车队谁往上反映，年底考核就给你穿小鞋，去年有个师傅说了几句，第二个月就被调去跑最远的夜班线了。
""",
    ("demand", "yes", "c", "TRA", "normal", "zh", "two-intents"))

add(9, "factory-night-wastewater", "eml", "2026-10-12 04:18",
    ("", "yebanren@example.net"),
    "夜班的一点情况",
    """
领导好。我在新桥工业区一家电镀厂上夜班，有些事憋在心里很久了。

我们厂后墙外面有条排水沟，一直通到下面的白沙河。白天看沟里的水是清的，一到夜里两三点就变成蓝绿色，带一股酸味，天亮之前又冲干净了。车间主任每次交班都交代一句：后门那个阀门，夜里记得开一下，早上六点前关掉。

下游村里的老人说，河里的鱼这两年都没了。

我就说这么多。你们要去的话最好夜里去。我家里就我一个人挣钱，厂里要是知道是夜班的人说出去的，我们这几个都完了。
""",
    ("demand", "yes", "c", "ECO", "normal", "zh", "indirect"))

add(10, "en-thanks-traffic-officer", "html", "2026-10-16 19:45",
    ("Marco Bellini", "marco.bellini@example.com"),
    "Thank you to Officer Zhou at the Xinghai Road junction",
    """
Dear Mayor's Office,

I want to say thank you to a traffic police officer, I believe his name is Zhou Hang (number on his uniform ending in 62).

On Tuesday evening, 13 October, I was delivering in the rain and a car hit my e-bike at the Xinghai Road / Binjiang Road junction. I was on the ground, my leg was bleeding and I couldn't explain well in Chinese. Officer Zhou arrived in two minutes, put his own raincoat over me, used a translation app to talk with me, called the ambulance and kept my delivery box and phone safe. Later he even brought them to the hospital. The car driver tried to leave and he stopped him, very calm and polite.

I'm fine now, only some stitches. Please tell his boss he did a great job. People like him make foreigners feel safe here.

Best,
Marco Bellini
""",
    ("information", "no", "-", "PSB", "normal", "en", "-"))

add(11, "wangyueche-cert-docs", "eml", "2026-10-13 13:30",
    ("小罗", "luo_xiaobing@mail.example"),
    "问下网约车驾驶员证怎么办",
    """
你好 想问下办网约车人证要那些材料，我户口不是本市的是外省的，有居住证，驾龄4年了。

听说要考试 在那里考 考舍么 要不要先找平台公司挂靠才能报名？还有无犯罪证名是在老家开还是在这边派出所开。

之前在几个司机群里问了说的都不一样 有的说要交钱找人办 我不想花冤枉钱 谢谢了
""",
    ("consultation", "no", "-", "TRA", "normal", "zh", "typos"))

add(12, "fog-tomorrow", "json", "2026-10-14 22:05", None,
    "明早会起雾吗",
    """
明天凌晨五点出车走西段高速，会不会起大雾？
""",
    ("information", "no", "-", "MET", "normal", "zh", "short"),
    form=dict(name="", phone="176 0000 9034", email="", anonymous=False,
              district="西陵区"))

add(13, "window-clerk-threw-papers", "eml", "2026-10-21 15:12",
    ("孟庆辉", "mengqinghui@example.org"),
    "政务服务中心３号窗口工作人员态度恶劣！！",
    """
我是出租车司机，１０月２１日上午去市政务服务中心二楼交通窗口办从业资格证换证。

３号窗口那个女工作人员（短头发，工牌没戴）看了一眼我的材料，说照片不合格。我问哪里不合格，她直接把我一沓材料扔到台子外面，散了一地！！！还说“听不懂就回去叫个听得懂的来”。后面排队的人全都看见了。

我五十多岁的人了，蹲在地上一张一张捡……照片是按你们网上的要求拍的！！

请问这是为人民服务的态度吗？？要求她本人道歉。

孟庆辉　１３９　００００　５１２０
""",
    ("complaint", "yes", "a", "APP", "normal", "zh", "fullwidth"))

add(14, "supervisor-red-envelopes", "eml", "2026-10-15 20:48",
    ("", "gangjin.lao@example.com"),
    "质监站来检查的时候",
    """
我是钢筋工，在云栖路那个商住楼项目干了一年。说件事，你们自己判断。

区质监站有个姓罗的科长，每个月来一两回。他一来，我们老板就让我去他车那边，把后备厢装满——两箱酒，有时候还有一个鞋盒子，老板交代鞋盒子要放在副驾驶座底下，别放后面。装完了罗科长在楼下转一圈，拍两张照片就走了，楼上根本不上去。

上个月三层楼板的钢筋间距不对，我们干活的自己都觉得悬，结果验收照样过了。

我不懂这算不算什么事，就是觉得这楼以后是要住人的。
""",
    ("complaint", "yes", "a", "DIC", "normal", "zh", "indirect"))

add(15, "en-night-bus-industrial-park", "eml", "2026-10-16 11:02",
    ("Priya Nair", "priya.nair.92@example.net"),
    "Night bus from Guanlan Industrial Park to the East railway station?",
    """
Hi,

I work the night shift at an electronics factory in Guanlan Industrial Park. On Fridays my shift ends at 11:30 pm and I want to catch the 0:40 train from the East high-speed railway station to visit my cousin.

Is there any bus or night bus from the park to the station at that time? Which stop and which number? A taxi costs too much for me every week.

Thank you,
Priya
""",
    ("information", "no", "-", "TRA", "normal", "en", "-"))

add(16, "pothole-free-massage", "eml", "2026-10-17 09:33",
    ("货车司机 彭", "pengdaqiang@example.org"),
    "感谢城东物流园门口的免费按摩服务",
    """
感谢城东物流园北门外那个大坑，三个月来每天免费给我们货车司机做颈椎按摩，效果特别好。上周我车上两箱鸡蛋都被按摩碎了，昨天隔壁车的钢板弹簧也被按摩断了一片。

打了两次12345，回复都是“已转相关部门”，然后坑还是那个坑，还越长越大了。下雨天一汪水看不出深浅，电动车已经掉进去过两回。

按摩就不用了，麻烦派人来填一下。位置：园区北门出来往左一百米，一眼就能看到，不会找不着。
""",
    ("demand", "no", "-", "TRA", "normal", "zh", "sarcasm"))

add(17, "cut-finger-no-insurance", "json", "2026-10-18 17:25", None,
    "工伤了但是老板没交社保怎么办",
    """
我在一个小五金厂开冲床，10月6号左手食指和中指被压了，现在两个手指头少了一截。老板付了医药费，但是我们从来没交过社保，合同也没签过。

想问下：这种情况能不能认定工伤？要去哪里申请，要带什么材料？老板没交社保，工伤的钱是谁出？还有我现在上不了班，这段时间的工资他该不该给？

谢谢。
""",
    ("consultation", "no", "-", "HRSS", "normal", "zh", "-"),
    form=dict(name="黄永旺", phone="+86 158 0000 2713", email="",
              anonymous=False, district="石湾镇"))

add(18, "en-agent-trucks-held", "eml", "2026-11-07 10:14",
    ("Batbayar Ganzorig", "batbayar@ulaan-steppe.example"),
    "Fwd: Re: freight payment - our 6 trucks held at Hengtai warehouse, please help",
    """
Dear Mayor's Office,

I am the agent of Ulaan Steppe Logistics (Mongolia). Six of our trucks, with their drivers, have been waiting at the Hengtai Trading warehouse in the Northern Logistics Park since 3 November. The consignee has received the goods (112 tons of wool) but refuses to pay the freight and will not let the trucks leave the yard. They say they will keep the trucks "until the quality dispute is solved".

Our drivers are sleeping in their cabs and their visas end on 20 November. The quality question and the payment we are ready to settle by law, separately. But the trucks and the drivers have nothing to do with it.

Could someone please coordinate with this company so our drivers can go home? Their last reply is below.

Regards,
Batbayar G.
+976 9911 0000

-------- Forwarded message --------
From: Hengtai Trading <sales@hengtai-trade.example>
Date: 6 Nov 2026
Subject: Re: freight payment

> Mr. Batbayar, the wool has too much moisture, we will not pay before the
> inspection result. Trucks stay in our yard as guarantee. Don't call our
> boss again.
>
> > On 5 Nov 2026, Batbayar wrote:
> > Please pay the freight as per the contract and release our vehicles.
> > The drivers must return before their visas expire on 20 Nov.
""",
    ("demand", "no", "-", "COM", "normal", "en", "quoted"))

add(19, "12345-no-callback", "html", "2026-10-31 23:58",
    ("甘文斌", "ganwenbin@example.com"),
    "打了三次12345都说会回电，一次都没有",
    """
10月份我打了三次12345，反映的是同一件事：我住的城中村（长岭村二巷）门口那段路灯坏了快两个月，我半夜下夜班骑车回来，黑得什么都看不见，上个月还摔过一跤。

每次接线员都记得挺仔细，说三到五个工作日会有人回电话。结果一个电话都没来过，网上查工单，状态显示“已办结”。办结了什么？灯还是黑的。

我不是说接线员不好，她们态度都挺好的。问题是转出去以后就没人管了，然后自己就给结了。希望查一下这几张工单为什么没办就结了，别让热线变成摆设。

工单号：GD20261008-1147、GD20261016-0392、GD20261027-0858
""",
    ("complaint", "no", "-", "GOV", "normal", "zh", "-"))

add(20, "aux-cop-slapped-phone", "eml", "2026-10-19 17:06",
    ("", "wyc_driver_lin@mail.example"),
    "投诉火车站南广场协警打人",
    """
我是跑网约车的今天下午四点左右在火车站南广场洛客区下客，停了不到一分钟，一个协警过来就说我违停，我说我在下客他不听，我拿手机想录一下他一巴掌就把我手机打到地上屏幕碎了，还骂我外地佬滚回去

他胸前的编好我看清楚了是X2086 旁边两个乘客也看到了愿意做证

落客区本来就是让下客的平什么这样 手机修一下要八百 请有关部门查一下这个人给个说法 电话 186-0000-3307 林
""",
    ("complaint", "yes", "a", "PSB", "normal", "zh", "typos"))

add(21, "anon-site-dust-night", "json", "2026-10-20 00:42", None,
    "地铁上盖工地晚上偷偷拉渣土",
    """
我也在这个工地开渣土车，所以不留名了。

柳湾片区那个地铁上盖项目，白天查得严，晚上十一点以后就不盖篷布、不冲轮子了，车直接开上环城路，一路掉土，第二天早上整条路都是灰，风一吹全往小区里飘。旁边就是小区和一所小学。

希望环保部门晚上来看看，让他们按规矩来。
""",
    ("demand", "yes", "b", "ECO", "normal", "zh", "-"),
    form=dict(name="", phone="", email="", anonymous=True, district="柳湾片区"))

add(22, "en-mixed-taxi-no-meter", "eml", "2026-10-22 08:40",
    ("Kevin Lau", "kevin.lau.sz@example.org"),
    "Taxi 不打表 - is this legal?",
    """
Hi, quick question.

Last night I took a taxi from the 高铁站 to my 宿舍 in 科技园. The driver 不打表, said fixed price 80块. Normally with the meter it's like 45.

Is it legal for a taxi to refuse the meter and ask 一口价? And if I want to 投诉, what do I need, the 发票 or just the car number? I didn't get a 发票 because he said the printer was broken 哈哈.

Thanks
Kevin (line leader at a factory, 科技园)
""",
    ("consultation", "no", "-", "TRA", "normal", "en", "mixed"))

add(23, "legal-aid-address", "json", "2026-10-24 07:55", None,
    "法律援助中心地址和周末开不开门",
    """
请问市法律援助中心具体在哪里？周六周日开不开门？我是送快递的，老板扣着我三个月的提成不给，想去问问能不能免费找律师。平时要跑件，只有周末有空。
""",
    ("information", "no", "-", "JUS", "normal", "zh", "-"),
    form=dict(name="杜明", phone="135 0000 5822",
              email="duming.kd@example.net", anonymous=False, district="东湖区"))

add(24, "test-slot-quoted-reply", "eml", "2026-11-02 09:17",
    ("沈佳琪", "shenjiaqi@example.net"),
    "回复：关于科目二约考难的答复——照做了还是约不上",
    """
你们上个月的答复我贴在下面了。照着做了，还是不行。

我8月底科目一就过了，到现在11月，每周一早上八点准时在交管12123上抢，科目二的号一放出来三秒钟就没了，整整十周一次都没约上。我身边一起报名的三个人也一样。

答复里说“考位充足”，充足在哪里？希望考试中心增加考位，或者把放号的方式改一改，别让我们跟抢演唱会门票一样。

-----原答复-----
> 【12345答复】您好，您反映的科目二预约问题，经核实，我市科目二考位充足，
> 目前预约周期约为2至3周。请您通过交管12123APP耐心预约，如有疑问可拨打
> 车管所咨询电话。感谢您的来电。
> 办理单位：市公安局交警支队车辆管理所　2026年10月12日
""",
    ("complaint", "no", "-", "PSB", "normal", "zh", "quoted"))

add(25, "overtime-unpaid-fullwidth", "eml", "2026-10-25 21:30",
    ("注塑二车间", "zhusu2chejian@example.com"),
    "注塑车间加班费的问题",
    """
我们是华阳镇宏达塑胶厂注塑二车间的。

从７月开始每天干１２个小时，周六也上，说好加班费按１．５倍算。结果９月、１０月的工资条上加班费那一栏都是０，问人事，说是“综合工时制”，可谁也没签过什么综合工时的东西。

全车间就２０来个人，我写了名字等于全厂都知道是谁，所以就不写了。

麻烦劳动部门去查一下考勤和工资表，把加班费给我们补上。
""",
    ("demand", "yes", "b", "HRSS", "normal", "zh", "fullwidth"))

add(26, "en-no-labour-contract", "eml", "2026-10-26 20:11",
    ("Lim Wei Jie", "limweijie.weld@example.net"),
    "No written labour contract after 3 months - is this legal?",
    """
Dear Sir,

I'm a welder from Malaysia. I have a work permit and I work at a steel structure company in the port area since July. Until now they have not given me any written labour contract, only an offer letter in Chinese which I can't fully read. My local colleagues also have no contract.

Is it legal in China to work without a written contract for more than one month? I heard the company must pay double salary in this case. Is that also true for foreigners?

And if I change company, do I need to cancel my work permit first, or can the new company transfer it?

I don't want any trouble, I just want to know my rights.

Thank you,
Lim Wei Jie
""",
    ("consultation", "no", "-", "HRSS", "normal", "en", "-"))

add(27, "village-toll-bar", "multi", "2026-10-27 18:44",
    ("邓师傅", "deng.caishi@post.example"),
    "石门村私设路卡收过路费",
    """
去采石场拉料的路要经过石门村的村道。九月起村口多了一根栏杆，每台货车过一次收二十块，不给票。收钱的是村主任的侄子，扫的是微信收款码，码上显示的名字就是村主任本人。

我一天跑六趟，就是一百二。问他们凭什么收，说是“修路费”，可这条路是前年县里出钱修的，村里开会也从没说过这事。

请纪委查一查，这钱到底进了谁的口袋。
""",
    ("complaint", "yes", "a", "DIC", "normal", "zh", "-"))

add(28, "logistics-park-rest-area", "eml", "2026-10-28 02:20",
    ("跑长途的许", "xu.changtu@example.org"),
    "给进城送货的货车司机弄个能歇脚的地方",
    """
我们跑长途的进城送货，经常要等到晚上十点限行结束才能进城，一等就是五六个小时。城外能停大车的地方少得很，停路边被贴条，停加油站被赶走，只能在车里熬着。

建议在高速下来那几个出口附近规划几个货车司机休息区：能停车，能洗个澡，有厕所，有个热饭的地方，收点钱也行。外地有的地方叫“司机之家”，搞得挺好。

司机睡好了开车也安全，对城里的人也是好事。
""",
    ("suggestion", "no", "-", "TRA", "normal", "zh", "-"))

add(29, "er-doctor-migrant", "eml", "2026-10-31 11:40",
    ("朱海洋", "zhuhaiyang@example.com"),
    "市二院急诊医生的问题，另外问下异地报销",
    """
10月30日晚上九点多，我工友从脚手架上摔下来，小腿骨头都戳出来了，我们打车送到市第二人民医院急诊。

值班的男医生三十多岁，戴黑框眼镜，后来听护士喊他“小钟”。他一直在看手机，我们喊了三遍才抬头，说“你们这种工地上的，先去交钱，没钱别占床”，然后让我们在走廊等了差不多两个小时才处理。工友疼得直叫，他也不管。我要投诉这个医生，要求医院给个说法。

还有个事想顺便问一下：工友是外省农村的，医保在老家，这次住院能不能在这边直接报？

朱海洋 152 0000 6634
""",
    ("complaint", "yes", "a", "HEA", "normal", "zh", "two-intents"))

add(30, "en-cattle-quarantine", "json", "2026-11-01 15:05", None,
    "Quarantine papers for moving live cattle into the city",
    """
Good day,

I coordinate the road transport of imported breeding cattle from the port quarantine farm to a feedlot in Huangtan township, about 60 head per trip, four trips planned in December.

Which animal health or quarantine certificates do we need for each trip once the cattle leave the port quarantine? Does the truck itself need to be registered or approved for livestock transport, and does it need a disinfection record? Who issues these papers, the township or the city?

Many thanks,
Liam Fraser
""",
    ("consultation", "no", "-", "AGR", "normal", "en", "-"),
    form=dict(name="Liam Fraser", phone="+61 4 0000 7712",
              email="liam.fraser@southcross.example", anonymous=False,
              district="Huangtan Township"))

add(31, "en-platform-income-tax", "json", "2026-11-03 22:47", None,
    "Do part-time ride-hailing drivers have to declare income tax?",
    """
Hi, I grew up in Vancouver and moved back to China last year, so my Chinese reading isn't great, sorry for the English.

I drive ride-hailing part-time on weekends, about 3,000 RMB a month, and I also have a full-time salaried job. The platform app says it "withholds tax". Do I still need to declare the ride-hailing income myself in the annual individual income tax reconciliation? Does it count as labour remuneration or business income? And can I deduct fuel or car costs?

Thanks!
""",
    ("consultation", "no", "-", "TAX", "normal", "en", "-"),
    form=dict(name="Jason Zhou", phone="", email="jason.zhou.van@example.com",
              anonymous=False, district="Riverside New District"))

add(32, "insurance-card-two-questions", "eml", "2026-11-04 13:15",
    ("谭国富", "tanguofu@mail.example"),
    "医保卡丢了，还有老家医保来这边看病的问题",
    """
你好，我是开公交的，有两个事想问一下。

一是我的医保卡上周在车上丢了。补办要去哪里，要多久？补办期间看病能不能用手机上的电子医保码？

二是我母亲在湖南老家，下个月要来这边做白内障手术，她参加的是老家的居民医保，在我们这边的医院做能不能直接结算？需要提前办什么备案手续？

谢谢。
""",
    ("consultation", "no", "-", "HSB", "normal", "zh", "two-intents"))

add(33, "en-service-hall-queue", "eml", "2026-11-09 19:22",
    ("Chan Ka Ho", "chankaho.reno@example.org"),
    "4 hours at the service hall, system down, nobody told us anything",
    """
To whom it may concern,

I run a small renovation crew (I'm a Hong Kong resident) and on Monday 9 November I went to the Municipal Government Service Hall to change the address on my business licence.

I took number A087 at 9:05. At about 10:00 the screen stopped moving because of a "system upgrade". No announcement, no notice at the door or on the website, no estimated time. The staff at the windows were waiting like us, they said they couldn't do anything, and I believe them. I was finally served at 1:40 pm.

I'm not blaming the clerks. But when the system is down, please put a notice online and at the entrance, or let people book another slot, instead of letting 200 people sit there for hours. Many of us are workers who lose a day's pay for this.

Regards,
Chan Ka Ho
""",
    ("complaint", "no", "-", "APP", "normal", "en", "-"))

add(34, "black-cars-cops-watch", "eml", "2026-11-05 16:33",
    ("出租司机小孔", "kongxiaowei@example.net"),
    "高铁东站的黑车真是太有秩序了",
    """
高铁东站出站口的黑车现在管理得真好：拉客的排成两排，比我们正规出租车排队还整齐，“打车吗，八十一口价”喊得比车站广播还响亮。

我们出租车在蓄车场一等一个多小时，他们在出站口直接把客人拉走。旁边就是警务岗亭，里面看得比我们还清楚，估计是在欣赏他们的队形吧。

举报过好多回，每次来一趟，车散了，半个小时又回来了。这么有组织有纪律的队伍，建议颁个奖。

说正经的：能不能长期管一管，别搞一阵风。
""",
    ("complaint", "no", "-", "PSB", "normal", "zh", "sarcasm"))

add(35, "thanks-freight-money", "eml", "2026-11-06 20:02",
    ("牛建军", "niujianjun.truck@example.com"),
    "谢谢市长信箱",
    """
市长您好：

上个月我写信反映货主拖了我一万二的运费，拖了大半年。没想到才十来天就有人打电话来问情况，后来又帮我去找了货主，这周钱全部到账了。

我跑车二十年，头一回觉得写信是有用的。没别的事，就是来说声谢谢。

祝市长身体健康。

货车司机 牛建军
""",
    ("information", "no", "-", "none", "normal", "zh", "-"))

add(36, "factory-fines-fear", "eml", "2026-11-08 22:16",
    ("", "xianshu.worker@post.example"),
    "我们厂的罚款制度真是“人性化”",
    """
我们厂（北岭工业园做汽车线束的）的罚款制度是真人性化：上厕所超过五分钟罚二十，上班说话罚五十，良品率不达标罚一百。上个月我工资四千二，被罚了七百六，还美其名曰“激励机制”。

罚的钱去哪了没人知道，也不给单据，工资条上就一行“扣款”。

这样随便罚款合法吗？请劳动部门去管一管，让厂里把乱扣的钱退回来。

我们组长早就放过话，谁敢往外说就等着被“优化”。上个月有个大姐就问了一句，没几天就被找了个理由辞退了。
""",
    ("demand", "yes", "c", "HRSS", "normal", "zh", "sarcasm"))

add(37, "en-residence-permit-where", "eml", "2026-11-10 07:48",
    ("Tomas Novak", "t.novak@example.net"),
    "exit-entry office address?",
    """
Hi, where is the exit-entry office for Baoshan district, and is it open on Saturdays? Thanks.
Tomas
""",
    ("information", "no", "-", "PSB", "normal", "en", "short"))

add(38, "coach-wants-red-packet", "eml", "2026-11-11 12:37",
    ("郑雨菲", "zhengyufei@example.org"),
    "顺达驾校的教练暗示要红包",
    """
我在顺达驾校学科目三，带我们的教练姓伍。

上车第一天他就说“别的学员都很懂事，你们自己看着办”。后来同一台车的另外三个人都给他发了两百的红包，只有我没发。从那以后他练车都让我最后一个上，每次只给我十来分钟，还当着大家的面骂我笨。

我已经交了全款，凭什么还要另外给钱？请管驾校的部门让驾校管一管这个教练，或者给我换个教练。

我叫郑雨菲，电话188 0000 6150，不怕驾校知道是我说的。
""",
    ("demand", "no", "-", "TRA", "normal", "zh", "-"))

add(39, "leaning-wall-dorm", "eml", "2026-11-12 06:05",
    ("工地上的", "banfang.40ren@example.com"),
    "宿舍旁边那堵新墙",
    """
我们住在工地的板房宿舍。宿舍东边上个月新砌了一道围墙，三米多高，说是挡土用的，后面堆满了挖出来的土。

这几天我早上起来看，墙顶那条线跟旁边的电线杆比，好像越来越不平行了。墙根裂了几道缝，前天我塞得进一个手指头，今天能塞进两个。天气预报说周末有大雨。

我们一排板房住了四十多个人，床就贴着那面墙。跟项目部说了，他们说没事。

我不知道该找谁，就写到这里了。地址是桂湾片区海景二路安置房三标段工地。
""",
    ("demand", "no", "-", "HOU", "high", "zh", "indirect"))

add(40, "en-bilingual-signs", "html", "2026-11-13 18:20",
    ("Thabo Nkosi", "thabo.nkosi@courier.example"),
    "Suggestion: English on truck restriction signs",
    """
Good evening,

I'm a van driver from South Africa, working for an international courier. I deliver to the airport cargo area and the free trade zone every day, and I know several other foreign drivers doing the same.

The signs for truck restrictions, height limits and restricted hours are only in Chinese characters. Last month I was fined because I didn't understand a sign that said trucks are not allowed between 7:00 and 9:00. I had no idea until the ticket came.

Suggestions:
- add English (or at least clear pictograms and times) to the restriction signs on the main cargo routes;
- put a simple English page with the truck restriction map on the city website.

It would help visitors and foreign drivers, and probably reduce fines and arguments.

Kind regards,
Thabo
""",
    ("suggestion", "no", "-", "TRA", "normal", "en", "-"))

add(41, "truck-ban-hours", "json", "2026-11-14 10:50", None,
    "绕城以内货车限行到底是几点",
    """
请问现在绕城高速以内货车限行是几点到几点？蓝牌轻卡也限吗？网上有的说早七点到晚九点，有的说到晚上十点，到底以哪个为准。我送建材的，下周开始天天要进城。
""",
    ("information", "no", "-", "PSB", "normal", "zh", "-"),
    form=dict(name="鲁志强", phone="131 0000 4490", email="", anonymous=False,
              district="高新区"))

add(42, "fake-health-certs-will-you-tell", "eml", "2026-11-15 23:10",
    ("", "paotui_ah@example.org"),
    "想问一下举报的话会不会把我名字告诉对方",
    """
我们站点要求骑手都要有健康证，但站长不让我们自己去医院体检，统一收一百块，三天以后发下来一个证。上面盖章的体检机构我查过，根本没有这个地方。

想先问清楚几件事：
1. 这种事归哪个部门管？
2. 如果我举报，你们会不会把我的名字、电话告诉站点？我还在这个站跑，不想被针对。
3. 能不能不留名字举报？

先问清楚再说。
""",
    ("consultation", "yes", "b", "MKT", "normal", "zh", "-"))

add(43, "bus-partition-voice", "eml", "2026-11-16 14:03",
    ("公交老马", "mazhenhua@example.net"),
    "建议公交车都装司机防护隔离门",
    """
上个礼拜我们车队有个司机被乘客抢放向盘差点冲到河里去就因为他坐过战了 现在新车有的有防护隔离们有的没有 老车全都没有

建议所有公交车都加装驾驶区防护门 一个几千块钱 真出了事是一车人的命

还有建议车上装一键报警按扭直接连到110 司机被打了手都腾不出来报警

开了十五年公交了说的都是实话
""",
    ("suggestion", "no", "-", "TRA", "normal", "zh", "typos"))

add(44, "en-weighstation-fee", "eml", "2026-10-29 09:30",
    ("Natalia Orlova", "n.orlova@trans-altai.example"),
    "Complaint: traffic police officer at Dongling weigh station took our driver's licence for a 'fee'",
    """
Dear Sir/Madam,

I am the logistics coordinator of Trans-Altai Carriers. Our Russian driver, Mr. Sergei Volkov, was stopped at the Dongling weigh station on 27 October around 16:00. His load was within the limit (the weigh ticket shows 48.6 t, I can send it).

The traffic police officer on duty, a tall man with a moustache, badge number ending in 318, took Mr. Volkov's international driving permit and said he would give it back only after a "processing fee" of 1,000 yuan, paid to his personal WeChat. No ticket, no paper, nothing in writing. Our driver paid because he had a delivery deadline.

We don't believe this is a normal procedure. We ask that this is investigated and the money returned. We have the screenshot of the WeChat transfer.

Kind regards,
Natalia Orlova
Trans-Altai Carriers
+7 913 0000 2871
""",
    ("complaint", "yes", "a", "PSB", "normal", "en", "-"))

add(45, "towing-yard-traditional", "eml", "2026-10-20 14:26",
    ("陳志強", "chanchikeung@example.com"),
    "拖車場亂收費，請物價部門查一查",
    """
本人係跨境貨車司機。十月十七號將車停喺口岸附近等單，俾人拖咗去一個叫「永通」嘅拖車場。

違停罰款我認。但係拖車場話每日停車費三百蚊，仲要收「吊運費」一千二，冇收據、冇價目表，講明唔俾錢唔放車。我三日後先攞返架車，前後一共俾咗二千一百蚊。

請問咁樣收費合唔合理？麻煩有關部門查一查呢間拖車場，幫我追返多收嘅錢。

陳志強　電話：+852 6120 0000 / 內地 139 0000 7731
""",
    ("demand", "no", "-", "MKT", "normal", "zh", "fullwidth"))

add(46, "en-dorm-gas-smell-mixed", "eml", "2026-11-17 07:12",
    ("Ah Keung", "ahkeung.hf@example.net"),
    "URGENT gas smell in 宿舍 3rd floor",
    """
Urgent!! Our 宿舍 building at Huafeng factory, 3rd floor, strong 煤气 smell since 6am. I think the 液化气罐 in the shared kitchen is leaking. The boss said just open the window, 别大惊小怪. 60 people live in this building and some guys are still smoking in the corridor.

Please send someone now. Address: Huafeng Garment Factory dormitory, No. 8 Xiangjiang Road, Building B.
Contact 135 0000 8820 (Ah Keung)
""",
    ("demand", "no", "-", "EME", "high", "en", "mixed"))

add(47, "en-gale-bridge", "eml", "2026-11-18 16:40",
    ("Joseph Mwangi", "j.mwangi@example.org"),
    "gale warning Thursday?",
    """
Is the gale warning still on for Thursday? I drive a box truck over the cross-sea bridge.
""",
    ("information", "no", "-", "MET", "normal", "en", "short"))

add(48, "teacher-locked-gate", "eml", "2026-11-16 21:34",
    ("一个送外卖的爸爸", "songcan.baba@mail.example"),
    "孩子被班主任赶到校门外淋雨",
    """
我是送外卖的，单亲，一个人带女儿。女儿在城西实验小学上二年级，二（3）班，放学时间是四点半。我有时候送单赶不及，会晚到十来分钟，这个是我不对。

上周四（11月12日）我四点五十五到，孩子一个人站在校门外面的马路边上。门卫说是班主任唐老师让她出去等的，唐老师已经走了。那天下着小雨，孩子头发都湿了。

孩子说，唐老师当着全班的面说：“你爸爸是送外卖的，一点规矩都不懂，以后晚了就在外面等。”她回来哭了一晚上。

晚接是我的错，可七岁的孩子一个人在马路边淋雨，万一出点事谁负责？希望教育局管一管。我也怕孩子以后在班上更难过。
""",
    ("complaint", "yes", "a", "EDU", "normal", "zh", "-"))

add(49, "guard-hit-rider", "eml", "2026-11-19 10:08",
    ("蒙志刚", "mengzhigang@example.com"),
    "锦华苑物业保安推人砸头盔",
    """
锦华苑小区的物业不让外卖电动车进小区，这个我们理解，但走路进去送也不让，非要顾客下来拿。

昨天晚上八点，我跟保安说这单的顾客是老人，腿脚不好下不来，能不能我走进去送到楼下。他推了我一把，我手里的餐洒了一地，另一个保安拿对讲机砸我头盔。我当场报了警，派出所已经做了笔录。

现在想请住建部门管一管这家物业公司，保安这样动手不行。也希望物业赔我的餐钱，给我道个歉。

我叫蒙志刚，电话139-0000-4471，写我名字没关系。
""",
    ("demand", "no", "-", "HOU", "normal", "zh", "-"))

add(50, "en-account-deactivated", "multi", "2026-11-20 13:55",
    ("Yusuf Rahimi", "yusuf.rahimi@example.net"),
    "Ride-hailing platform blocked my account without any real check",
    """
Hello,

I have driven for the GoCar platform for 14 months with a 4.95 rating. On 2 November my account was blocked permanently after one passenger claimed I was "driving drunk". I don't drink at all, never.

I asked the platform to check the trip recording (the car has their recording device) and I offered to do a breath test, but they only sent the message below. I pay 3,800 a month for the car loan and this is my only job.

Can the transport authority ask the platform to do a real review? I just want a fair chance.

Yusuf Rahimi
+86 177 0000 1958

> From: GoCar Driver Service <noreply@gocar.example>
> Sent: 3 Nov 2026 02:11
> Dear driver, after comprehensive assessment your account has been
> deactivated for violating the Safety Code (Article 4.2). This decision
> is final. Thank you for your understanding.
""",
    ("demand", "no", "-", "TRA", "normal", "en", "quoted"))

add(51, "piling-2am", "eml", "2026-11-21 02:14",
    ("", "shuibuzhao@example.org"),
    "举报 半夜打桩",
    """
举报：金沙湾工地凌晨两点还在打桩，整栋楼都在震，明天还要上早班。
""",
    ("demand", "no", "-", "ECO", "normal", "zh", "short"))

add(52, "truck-parking-toilets", "json", "2026-11-22 09:20", None,
    "城南建材市场大车停车场旁边建个公厕",
    """
城南建材市场旁边那片大车停车场，每天几百台车进出，周边一公里没有一个公厕，司机只能在墙根解决，味道很大，附近居民也有意见。

建议在停车场入口附近建一个公厕，或者先放几个移动厕所，晚上也要开。
""",
    ("suggestion", "yes", "b", "URB", "normal", "zh", "-"),
    form=dict(name="", phone="", email="", anonymous=True, district="城南区"))

add(53, "ebike-kicked-battery", "eml", "2026-11-23 14:47",
    ("", "qishou_xiaowu@example.com"),
    "成管扣车拿电平不给单子",
    """
我今天中午十二点多在万象广场北门边上停车取餐也就两分钟 出来看到三个成管在搬我的电动车 我说我马上走 其中一个高个子戴帽子的一脚把我车踢倒了后事镜断了 然后把我的电平拔走了说回去领 我问要单子他说没有单子爱去不去

电平一千多块没电平我下午一单都跑不了 我问他工号他把胸排翻过去了 车是他们那辆尾号3G7的职法车拉走的

请你们查一下这个人
""",
    ("complaint", "yes", "a", "URB", "normal", "zh", "typos"))

add(54, "en-veteran-trucker", "eml", "2026-11-24 20:30",
    ("Gao Wenjie", "gaowenjie.vet@example.net"),
    "Veteran starting a small transport business - what support?",
    """
Hello,

I served five years in the army and was discharged in 2019. Now I drive a dump truck for a construction company. I am writing in English because I am practising for my daughter, please forgive mistakes.

Next year I want to buy two trucks and start my own small transport company. I heard there are support policies for retired soldiers who start a business, like loan interest subsidy or tax reduction. 

1. What support exists in this city?
2. Where do I apply, and what documents do I need?
3. My hukou moved here from Henan in 2021. Can I still apply here?

Thank you very much.
Gao Wenjie
""",
    ("consultation", "no", "-", "VET", "normal", "en", "-"))

add(55, "landlord-secretary-brother", "eml", "2026-11-25 21:05",
    ("下沙村租户", "xiasha.zuhu@post.example"),
    "房东断水断电逼我们搬走",
    """
我们五个工友在下沙村租了一套房子，合同签到明年三月，押金交了三千。

上周房东说要涨租，每个人再加三百，我们没同意。第二天他就把水电闸拉了，门上贴了张纸，说月底不走就把东西扔出去。我们白天在工地干活，晚上回来没水洗澡，手机都没地方充电。

请帮忙让他先把水电恢复，该按合同来就按合同来。

这个房东是村支书的亲弟弟，村里人都说找谁都没用。他已经放过话，谁敢去告状，就让这一片的工地都不要我们。我们还要在这边干到年底。
""",
    ("demand", "yes", "c", "HOU", "normal", "zh", "-"))

add(56, "thanks-ambulance-crew", "html", "2026-11-05 12:18",
    ("邵卫东", "shaoweidong18@example.org"),
    "感谢120急救站的吴医生和林护士",
    """
我是18路公交车驾驶员邵卫东。

11月3日早上七点四十，车开到人民公园站，一位老大爷突然倒在车厢里，叫他没反应。我停稳车打了120，不到八分钟救护车就到了。急救站的吴医生和林护士上车就做心肺复苏，在车厢里轮流按了十几分钟，老人缓过来了才抬上救护车。后来听说已经脱离危险了。

当时一车乘客都看着，好多人鼓掌。我想通过市长信箱表扬他们两位，也请卫健委转达我们一车人的谢意。
""",
    ("information", "no", "-", "HEA", "normal", "zh", "-"))

add(57, "shift-shuttle-bus", "eml", "2026-11-26 23:50",
    ("Vicky 何", "vicky.he.kcy@example.com"),
    "科创园夜班下班没公交了，建议开 late night shuttle",
    """
我们厂在科创园，三班倒，night shift 十一点下班，但是最后一班公交十点半就没了。

建议开一条 late night 的 shuttle，或者把 B12 路的末班延长到十二点。很多同事只能骑 e-bike 回去，冬天很冷，路上也黑，不安全。整个园区夜班的加起来有三千多人，demand 肯定够。

谢谢考虑。
""",
    ("suggestion", "no", "-", "TRA", "normal", "zh", "mixed"))

add(58, "mountain-road-no-signal", "json", "2026-11-27 08:35", None,
    "青岚山隧道群没有手机信号",
    """
跑北县那条山路的货车司机都知道，青岚山那段连着五个隧道，十几公里完全没有信号，导航断、电话打不出去。上个月有辆车在隧道里爆胎，司机走了两公里才找到能打电话的地方。

建议协调运营商在这段加基站，或者在隧道里做信号覆盖，出了事至少能报警、能叫救援。
""",
    ("suggestion", "no", "-", "IIT", "normal", "zh", "-"),
    form=dict(name="廖春生", phone="189-0000-2246", email="liaocs@example.net",
              anonymous=False, district="北县"))

add(59, "en-visa-booking-site", "eml", "2026-11-18 09:05",
    ("Ahmed Farouk", "ahmed.farouk@example.com"),
    "Online booking for residence permit extension not working for a week",
    """
Hello,

My residence permit expires on 28 November. Since 10 November I have tried every day to book an appointment in the exit-entry online system. It always shows "no available slots" for the next 14 days, and the English page gives an error "system busy". The phone number of the office rings and nobody answers.

I'm afraid I will overstay, and it would not be my fault. Please fix the booking system, or tell us what we should do when all slots are full. I don't want to be fined because of a website problem.

Ahmed Farouk
food delivery rider
""",
    ("complaint", "no", "-", "PSB", "normal", "en", "-"))

add(60, "thanks-streetlight", "eml", "2026-11-30 22:40",
    ("骑手小蒋", "jiang.qishou@example.net"),
    "谢谢",
    """
市长好，上次说的桥下那段路灯修好了，晚上送外卖终于不摸黑了，谢谢！
""",
    ("information", "no", "-", "none", "normal", "zh", "short"))


# ---------------------------------------------------------------- output

def enc(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def html_of(body):
    import html
    paras = body.split("\n\n")
    out = ["<html><head><meta charset=\"utf-8\"></head><body>"]
    for p in paras:
        out.append("<p>" + "<br>".join(html.escape(x) for x in p.split("\n")) + "</p>")
    out.append("</body></html>")
    return "\n".join(out)


def crlf(s):
    return "\r\n".join(s.split("\n"))


def write_eml(item, path):
    dt = datetime.datetime.strptime(item["when"], "%Y-%m-%d %H:%M").replace(tzinfo=TZ)
    name, addr = item["sender"]
    frm = formataddr((name, addr), charset="utf-8") if name else addr
    dom = addr.split("@", 1)[1]
    mid = "<%s-%03d.%s@%s>" % (WHO, item["n"], dt.strftime("%Y%m%d%H%M"), dom)
    hdr = [
        "From: " + frm,
        "To: mayor@city.example",
        "Subject: " + enc(item["subject"]),
        "Date: " + format_datetime(dt),
        "Message-ID: " + mid,
        "MIME-Version: 1.0",
    ]
    body = item["body"] + "\n"
    if item["fmt"] == "eml":
        hdr += ["Content-Type: text/plain; charset=utf-8",
                "Content-Transfer-Encoding: 8bit"]
        text = "\n".join(hdr) + "\n\n" + body
    elif item["fmt"] == "html":
        hdr += ["Content-Type: text/html; charset=utf-8",
                "Content-Transfer-Encoding: 8bit"]
        text = "\n".join(hdr) + "\n\n" + html_of(item["body"]) + "\n"
    else:
        b = "=_w29_alt_%03d" % item["n"]
        hdr += ['Content-Type: multipart/alternative; boundary="%s"' % b]
        text = "\n".join(hdr) + "\n\n" + "\n".join([
            "--" + b,
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: 8bit",
            "",
            item["body"],
            "--" + b,
            "Content-Type: text/html; charset=utf-8",
            "Content-Transfer-Encoding: 8bit",
            "",
            html_of(item["body"]),
            "--" + b + "--",
            "",
        ])
    with open(path, "wb") as f:
        f.write(crlf(text).encode("utf-8"))


def write_json(item, path):
    f = item["form"]
    obj = {
        "id": "%s-%03d" % (WHO, item["n"]),
        "submitted_at": item["when"].replace(" ", "T") + ":00+08:00",
        "name": f["name"],
        "phone": f["phone"],
        "email": f["email"],
        "anonymous": f["anonymous"],
        "title": item["subject"],
        "content": item["body"],
        "district": f["district"],
    }
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(obj, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


def main():
    out = os.path.join(HERE, "letters")
    os.makedirs(out, exist_ok=True)
    for old in os.listdir(out):
        if old.startswith(WHO + "-"):
            os.remove(os.path.join(out, old))
    rows = ["path\tcategory\tconfidential\treason\tdepartment\tpriority\tlanguage\thard"]
    seen = set()
    for item in sorted(L, key=lambda x: x["n"]):
        assert item["n"] not in seen
        seen.add(item["n"])
        ext = "json" if item["fmt"] == "json" else "eml"
        fn = "%s-%03d-%s.%s" % (WHO, item["n"], item["slug"], ext)
        p = os.path.join(out, fn)
        if ext == "json":
            write_json(item, p)
        else:
            write_eml(item, p)
        cat, conf, reason, dept, prio, lang, hard = item["labels"]
        rows.append("\t".join(["letters/" + fn, cat, conf, reason, D[dept],
                               prio, lang, hard]))
    assert len(seen) == 60 and seen == set(range(1, 61))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(rows) + "\n")


if __name__ == "__main__":
    main()
