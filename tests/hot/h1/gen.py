#!/usr/bin/env python3
"""Writer h1: labelled letters for measuring hot-issue grouping.

Setting: the old inner-city district 古柳区 (Guliu) and the new high-rise
estates of 澜湾新区 (Lanwan New District).  All names, places, companies,
phones and mail domains are invented.  Deterministic, standard library only.

Run:  python3 gen.py   -> writes letters/ and labels.tsv next to this file.
"""
import json
import os
import shutil
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import formataddr, format_datetime

ME = "h1"
TZ = timezone(timedelta(hours=8))
HERE = os.path.dirname(os.path.abspath(__file__))

DOMAINS = [
    "example.com", "example.net", "example.org", "mail.example", "inbox.example",
    "post.example", "webmail.example", "lanwan.example", "guliu.example",
    "campus.example", "school.example", "corp.example", "net163.example",
    "qqmail.example", "foxbox.example", "hotpost.example", "citymail.example",
]
PHONE_PREFIX = ["138", "139", "150", "158", "186", "187", "135", "136", "188", "189", "177", "133"]

LETTERS = []  # filled by L()


def L(matter, lang, kind, when, name, local, short, title, body,
      district="古柳区", anonymous=False):
    LETTERS.append(dict(matter=matter, lang=lang, kind=kind, when=when,
                        name=name, local=local, short=short, title=title,
                        body=body.strip("\n"), district=district,
                        anonymous=anonymous))


# ---------------------------------------------------------------------------
# m01 (15) 锦澜府 project site, 梧桐路 x 青石街, 古柳区: night construction
# ---------------------------------------------------------------------------
M = "h1-m01"
TPL_M01 = """我们是梧桐路、青石街一带的居民。锦澜府项目（澄宇置业开发）工地近两周每晚22点以后仍在施工，浇筑混凝土、打桩、渣土车进出，常常持续到凌晨两三点，周边几百户居民无法入睡，老人孩子苦不堪言。
依照环境噪声管理的规定，夜间施工须经审批并公告，我们从未看到任何公告。
强烈要求：
一、立即停止夜间施工；
二、公开该工地夜间施工许可情况；
三、渣土车不得夜间穿行青石街。
"""

L(M, "zh", "eml", "11-04 23:52", "王建国", "wangjianguo58", "wutong-site-night",
  "梧桐路锦澜府工地深夜施工，严重扰民",
  """市长您好：
我住古柳区梧桐路43号院，院子东边隔一条马路就是锦澜府的工地。从上个月底开始，这个工地几乎每天晚上都干到后半夜，今天晚上十一点五十了，打桩机还在一下一下地砸，窗户玻璃跟着震。我今年六十六岁，血压高，连着好几天只睡了三四个钟头。
白天施工我们理解，城市要发展。可是半夜施工总该有个限度吧？请有关部门来现场看一看，晚上十点以后到底能不能干。
王建国
梧桐路43号院2单元
电话：{PHONE}
""")

L(M, "zh", "eml", "11-05 07:12", "李婷", "liting.mom", "downstairs-site-baby",
  "楼下工地天天半夜施工，孩子没法睡",
  """您好，我家楼下那个工地（梧桐路和青石街路口，围挡上写着“锦澜府”）每天晚上十点多开始进水泥罐车，泵车一直响到一两点。我家宝宝八个月，每天夜里被吵醒好几次，哭到天亮，我和我爱人白天还要上班。
打过工地围挡上的电话，没人接。麻烦尽快处理，谢谢。
青石街6号楼 李女士
""")

L(M, "zh", "json", "11-05 22:48", "", "", "night-work-complaint",
  "投诉夜间施工",
  """梧桐路青石街口的工地，现在晚上十点四十还在响，搅拌车一辆接一辆排在路边。请管管。""",
  anonymous=True)

L(M, "en", "eml", "11-06 00:31", "Daniel Hughes", "d.hughes", "jinlan-fu-noise",
  "Night construction at Wutong Road / Qingshi Street site (Jinlan Fu)",
  """Dear Mayor's Office,

I am an English teacher living in the apartments on Qingshi Street, Guliu District. The construction site at the corner of Wutong Road and Qingshi Street (the hoarding says "Jinlan Fu", 锦澜府) has been working every night this week well past midnight. Right now, at 00:30, there are concrete trucks idling under my window and a pump running.

I understand that night work sometimes needs a permit. If this site has one, could it be posted at the gate? If it does not, I would be grateful if someone could stop it. Many of my neighbours are elderly.

Kind regards,
Daniel Hughes
Qingshi Street 18, Apt 502
""")

L(M, "zh", "eml", "11-06 09:05", "张秀兰", "zhangxl1957", "jinlan-residents-1",
  "关于锦澜府项目工地夜间施工扰民的投诉",
  TPL_M01 + """
投诉人：张秀兰，梧桐路51号
联系电话：{PHONE}
""")

L(M, "zh", "eml", "11-06 10:20", "赵磊", "zhaolei_gl", "jinlan-residents-2",
  "锦澜府工地夜间施工扰民投诉",
  TPL_M01.replace("近两周", "最近半个月").replace("周边几百户居民", "周边居民")
  + """
赵磊（青石街小区9栋）
""")

L(M, "zh", "json", "11-06 13:41", "陈美玲", "chenmeiling", "jinlan-residents-3",
  "锦澜府工地夜间施工，请立即制止",
  TPL_M01.replace("老人孩子苦不堪言。", "老人孩子苦不堪言。我家老人心脏不好，已经去了一次医院。")
  + "金桂里小区 陈美玲")

L(M, "zh", "eml", "11-07 01:15", "刘洋", "liuyang1993", "1am-still-banging",
  "凌晨一点还在施工！！",
  """凌晨一点了！！！梧桐路那个锦澜府工地还在砸！！！你们到底管不管？？明天还要上班！""")

L(M, "zh", "eml", "11-08 10:02", "孙志强", "sunzq", "wutong-noise-and-parking",
  "反映两件事：工地夜间施工、梧桐路乱停车",
  """领导好：
我在梧桐路住了三十年，有两件事想反映。
第一，梧桐路和青石街交叉口的锦澜府工地，最近每天夜里施工到凌晨，渣土车轰隆隆开过去，我上夜班的儿子白天睡、我们晚上睡，现在全家都睡不成。
第二，梧桐路两边晚上乱停车很严重，消防车都进不来，希望交警晚上也来查一查。
谢谢！
孙志强 梧桐路27号
""")

L(M, "en", "eml", "11-10 22:15", "Priya Raman", "priya.raman", "construction-noise-guliu",
  "Construction noise every night near Jinlan Mansion, Guliu District",
  """Hello,

My husband and I rent a flat on Wutong Road (Wutong Lu), Guliu District, opposite the new Jinlan Mansion development by Chengyu Real Estate. For about two weeks the site has been pouring concrete and running heavy machinery from 10 pm until 2 or 3 am. We have not been able to sleep properly since late October.

Could you please tell us whether night work has been approved there, and until which date? We would really appreciate any help.

Thank you,
Priya Raman
""")

L(M, "zh", "json", "11-12 19:30", "周慧", "zhouhui", "permit-who-approved",
  "锦澜府工地夜间施工许可证是谁批的？",
  """已经打过12345三次了，梧桐路锦澜府工地还是夜里施工。工地的人说他们有夜间施工许可证，请问这个许可证是哪个部门批的，批到哪天？为什么连续二十多天都能夜间施工？周边居民的休息权谁来保障？""")

L(M, "zh", "eml", "11-14 08:40", "黄振华", "huangzh.teacher", "decibel-readings",
  "锦澜府工地夜间噪声实测情况及建议",
  """尊敬的市长：
我是一名退休中学物理教师，住在青石街3号。针对梧桐路、青石街路口锦澜府工地的夜间施工，我用手机分贝仪在自家阳台连续记录了一周：
11月7日 23:30  74分贝
11月9日 00:50  78分贝（打桩）
11月11日 01:40 71分贝（泵车）
11月13日 23:10 76分贝
按照国家标准，居住区夜间噪声限值为45分贝左右，超出近一倍。
建议：1. 由生态环境部门夜间突击检测；2. 必要的连续浇筑应提前公告并限定天数；3. 渣土车改走梧桐路北段，不要穿青石街老街区。
黄振华
""")

L(M, "zh", "eml", "11-18 23:05", "吴晓东", "wxd_kaoyan", "exam-student-noise",
  "考研学生求助：窗户正对工地，夜里无法休息",
  """您好，我是一名考研学生，住青石街12号，窗户正对锦澜府工地。现在离考试只有一个月，工地每天晚上干到一两点，戴耳塞也没用。求求相关部门管一管，至少十二点以后停下来吧。""")

L(M, "en", "eml", "11-21 02:10", "Marco Bellini", "mbellini", "wutong-2am",
  "Wutong Rd construction site - still working at 2am",
  """It is 2:10 am. The building site at Wutong Rd and Qingshi St is still working. Trucks, drilling, lights. Fourth complaint from me. Please do something.

M. Bellini, Qingshi St""")

L(M, "zh", "eml", "11-25 09:20", "郑桂芳", "zhengguifang", "muck-trucks-old-house",
  "渣土车夜里从青石街过，老房子震得掉灰",
  """市长：
我是青石街老住户，房子是五十年代的老砖房。旁边锦澜府工地夜里一直在干活，渣土车一晚上从我家门口过几十趟，房子震得墙皮、顶棚往下掉灰，我很怕哪天房子出事。
请让工地晚上不要干了，渣土车也别从青石街走。
郑桂芳（七十四岁）口述，孙女代写
""")

# ---------------------------------------------------------------------------
# m02 (14) 云栖湾 estate, 澜湾新区: property management fee rise
# ---------------------------------------------------------------------------
M = "h1-m02"
TPL_M02 = """关于云栖湾小区物业费违规上涨的投诉
我是澜湾新区云栖湾小区业主。11月2日，嘉禾悦居物业在各楼栋电梯里张贴通知，自12月1日起物业费由每月每平方米2.3元上调至3.6元，涨幅超过50%。
此次调价未经业主大会表决，也未公示成本测算，而近一年来小区保洁减员、门禁经常损坏、地库照明不足，服务水平明显下降。
请求：
1. 责令物业撤回调价通知；
2. 核查其收费依据与备案情况；
3. 指导小区尽快成立业主委员会。
"""

L(M, "zh", "eml", "11-03 08:15", "何志明", "hezhiming", "yunqi-fee-hike",
  "云栖湾物业费一下涨了五成多，合理吗？",
  """市长您好：
我是澜湾新区云栖湾小区5栋业主。昨天回家在电梯里看到嘉禾悦居物业贴的通知，说12月1日起物业费从2.3元每平米涨到3.6元每平米。我家128平米，一年要多交将近两千块钱。
通知里只写了“人工成本上涨”，没有任何测算，更没有开过业主大会。我们小区交房四年了，业委会一直没成立，物业想涨就涨，业主根本没有说话的地方。
这两年小区的服务大家有目共睹：垃圾经常满出来，地下车库一半的灯不亮，门禁坏了一个月没人修。服务越来越差，价格反而要大涨，实在说不过去。
请住建部门核查这次调价是否合规。
何志明 电话{PHONE}
""", district="澜湾新区")

L(M, "zh", "json", "11-03 21:40", "林晓", "linxiao", "tenant-fee-passed-on",
  "租户反映云栖湾物业涨价被房东转嫁",
  """我是云栖湾小区12栋的租户。房东今天通知我，因为物业费从12月起涨到3.6元/平，下个月房租要加150元。想问一下物业可以不经过业主同意就涨这么多吗？""",
  district="澜湾新区")

L(M, "zh", "eml", "11-04 09:30", "马文涛", "mawentao", "yunqi-owners-1",
  "关于云栖湾小区物业费违规上涨的投诉",
  TPL_M02 + """
业主：马文涛（2栋1单元）
联系电话：{PHONE}
""")

L(M, "zh", "eml", "11-04 12:02", "罗静", "luojing88", "yunqi-owners-2",
  "云栖湾小区物业费违规上涨投诉",
  TPL_M02.replace("我是澜湾新区云栖湾小区业主。", "我是澜湾新区云栖湾小区9栋业主。")
  + "\n罗静\n")

L(M, "zh", "eml", "11-05 07:55", "宋佳", "songjia", "yunqi-owners-3",
  "云栖湾物业费上涨投诉（业主群）",
  TPL_M02.replace("3. 指导小区尽快成立业主委员会。",
                  "3. 指导小区尽快成立业主委员会。\n另外，物业在群里说“不同意可以搬走”，态度极其恶劣，请一并处理。")
  + "\n宋佳 云栖湾7栋\n")

L(M, "en", "eml", "11-05 20:10", "Kevin Zhang", "kevin.zhang", "yunqi-bay-fee-57",
  "Yunqi Bay (云栖湾) property fee hike of 57% without owners' vote",
  """Dear Sir or Madam,

I own a flat in Yunqi Bay (Yunqiwan) in Lanwan New District. On 2 November our property manager, Jiahe Yueju Property Services, posted a notice that the monthly management fee will rise from 2.3 to 3.6 yuan per square metre from 1 December - an increase of about 57%.

As far as I know, a change like this needs the approval of the owners' general meeting, and we have never had one. No cost breakdown was provided either. Could the housing authority please review whether this increase is lawful?

Best regards,
Kevin Zhang
Building 10, Yunqi Bay
""")

L(M, "zh", "eml", "11-06 10:45", "高德福", "gaodefu", "retiree-fee-too-much",
  "物业费涨得太多了",
  """我是云栖湾的老住户，退休工人。物业费一下涨这么多，我们退休工资才多少？请政府给我们老百姓做主。
高德福""")

L(M, "zh", "json", "11-08 15:20", "", "", "yunqi-fee-anon",
  "云栖湾物业涨价",
  """澜湾新区云栖湾小区，嘉禾悦居物业要把物业费涨到3块6，没有开业主大会，请相关部门查一下。""",
  district="澜湾新区", anonymous=True)

L(M, "zh", "eml", "11-09 11:30", "曾佩玲", "tsang.pl", "yunqi-fee-traditional",
  "雲棲灣小區物業費大幅上漲",
  """市長您好：
本人是澜灣新區雲棲灣小區業主，長期在香港工作，上週回來才知道物業公司貼出通知，12月起物業費由每平方米2.3元漲至3.6元。
本人認為調價應經業主大會同意，並公開收支賬目。物業公司這幾年從未公佈過公共收益（電梯廣告、車位出租）的賬目，現在卻要業主多交錢，實在難以接受。
懇請有關部門督促物業公開賬目，暫停調價。
曾佩玲
""")

L(M, "zh", "eml", "11-11 19:05", "许鹏", "xupeng", "fee-and-parking",
  "云栖湾物业费上涨及车位管理费问题",
  """您好：
我想反映云栖湾小区两个相关的问题。一是大家都在说的物业费从2.3涨到3.6元/平，没有业主表决；二是物业同时通知地下车位管理费从每月80元涨到120元，也是一张通知就定了。
一个小区一个月之内所有费用一起涨，业主实在负担不起。希望相关部门认真核查嘉禾悦居物业的收费行为。
许鹏 云栖湾3栋
""")

L(M, "en", "eml", "11-13 09:12", "Anna Kowalski", "anna.k", "management-fee-yunqi",
  "Management fee increase at Yunqi Bay compound",
  """Hello,

I am a tenant at the Yunqi Bay compound (Lanwan New District). My landlord says the property company is raising the management fee a lot from December and he will pass it on to me. The notice in the lift is only in Chinese and I could not find any information about whether residents were consulted.

Is there somewhere I can read the rules about how property fees can be increased? Thank you.

Anna Kowalski
""")

L(M, "zh", "eml", "11-16 20:30", "谢婉清", "xiewanqing", "stop-access-card-threat",
  "物业扬言不交新物业费就停门禁卡",
  """领导您好，云栖湾小区的物业（嘉禾悦居）今天在业主群里发消息，说12月起按3.6元/平收物业费，不按新标准交的业主将停用门禁卡和电梯卡。这是在威胁业主！调价本身就没经过业主大会，现在还要用停卡逼我们交钱，请相关部门尽快制止。
谢婉清 云栖湾11栋
""")

L(M, "zh", "json", "11-19 12:10", "袁国栋", "yuanguodong", "fee-adjust-procedure",
  "咨询：小区物业费调价需要哪些程序？",
  """我们云栖湾小区物业要从12月1日起把物业费从2.3元/平米/月调到3.6元，没开业主大会。请问物业调价需要经过哪些程序？业主可以向哪个部门申请核查？谢谢答复。""",
  district="澜湾新区")

L(M, "zh", "eml", "11-24 18:40", "邓丽", "dengli", "door-to-door-consent",
  "云栖湾物业挨家挨户催签涨价同意书",
  """市长好：
前几周很多邻居反映过云栖湾物业费涨价的事，到现在没有任何说法。这几天物业的管家开始挨家挨户敲门，让业主签“同意调整物业服务费确认书”，说签了可以打九折，不签明年就按3.6元全额收。
这种做法是不是想绕过业主大会？请相关部门来小区了解一下情况。
邓丽 云栖湾1栋
""")

# ---------------------------------------------------------------------------
# m03 (13) 东关大街 railway underpass (东关桥洞), 古柳区: floods after rain
# ---------------------------------------------------------------------------
M = "h1-m03"
L(M, "zh", "eml", "11-05 07:30", "钱伟", "qianwei", "dongguan-underpass-car",
  "东关大街铁路桥下穿通道积水，车辆熄火",
  """您好：
昨晚（11月4日）下大雨，我晚上十点开车经过东关大街铁路桥下面的下穿通道，积水已经到车门一半，前面两辆车都熄火了，我的车也进了水，今早送修。通道入口没有任何警示，也没有人封路。
这个下穿通道每次下雨都积水，希望尽快整治排水，下雨时安排人值守。
钱伟 电话{PHONE}
""")

L(M, "zh", "json", "11-05 08:10", "冯雪", "fengxue", "ebike-flooded",
  "东关桥洞又积水了",
  """早上骑电动车上班，东关桥洞（东关大街过铁路那个下穿）积水还没退，电动车过不去，只能绕了两公里。每次下雨都这样，能不能修好排水？""")

L(M, "zh", "eml", "11-05 09:02", "蒋德胜", "jiangdesheng", "taxi-driver-underpass",
  "东关下穿隧道积水",
  """出租车司机反映：东关大街铁路下穿隧道昨夜积水半米多，泡坏好几辆车，请市政查一查泵站。""")

L(M, "en", "eml", "11-05 12:00", "Oliver Grant", "ogrant", "railway-underpass-flooded",
  "Dongguan Street railway underpass flooded again",
  """Dear Mayor,

Last night's rain flooded the underpass where Dongguan Street (Dongguan Dajie) passes under the railway, in Guliu District. When I walked past at about 10:30 pm the water was above knee height and at least two cars had stalled inside with people still in them. There were no barriers or warning signs at either end.

This seems to happen every time it rains heavily. Please consider warning lights or gates that close automatically when the water rises, and a check of the pumps.

Oliver Grant
""")

L(M, "zh", "eml", "11-06 17:20", "韩梅", "hanmei.guliu", "kids-knee-deep",
  "孩子上学必经的东关桥洞积水没过膝盖",
  """市长您好，我家孩子在铁路那边的东关小学上学，每天要从东关大街铁路桥洞下面走过去。11月4日晚上的大雨后，第二天早上桥洞人行道上的水还没过膝盖，孩子们只能脱了鞋蹚水，非常危险，万一有漏电怎么办？
请尽快解决积水问题，人行道部分能不能加高或者另外修个过道。""")

L(M, "zh", "eml", "11-08 14:00", "楊家豪", "yeung.kh", "dongguan-bridge-traditional",
  "東關大街鐵路橋洞積水問題",
  """您好：
本人住古柳區東關大街。每逢大雨，東關大街鐵路橋下的下穿通道必定積水，11月4日晚積水深達六十公分，多輛汽車拋錨。據老街坊說，這個問題已經存在多年。
建議相關部門徹查排水管道是否淤塞、抽水泵是否正常運作，並在雨天設置封路及警示。
楊家豪
""")

L(M, "zh", "json", "11-17 21:30", "朱敏", "zhumin", "flooded-again-short",
  "又淹了！东关下穿",
  """今晚又下大雨，东关大街铁路桥下面又淹了，里面困着一辆公交车。上次反映了到现在没修好？""")

L(M, "zh", "eml", "11-17 22:10", "秦海", "qinhai", "pump-not-working",
  "东关下穿通道泵站疑似没有开启",
  """您好，我就住在东关大街下穿通道旁边的铁路宿舍。今晚九点开始下大雨，不到半小时通道里就积了半米水。我专门去看了通道边的泵房，门锁着，里面没有任何动静，泵根本没开。
上次11月4日也是这样。请市政和排水部门查一下泵站到底有没有人管。
秦海 铁路宿舍3栋
""")

L(M, "zh", "eml", "11-18 07:05", "尤建军", "youjianjun", "rider-lost-orders",
  "外卖骑手反映东关桥洞积水",
  """我是外卖骑手，昨晚东关大街铁路桥洞积水，我车推到一半进水坏了，一晚上的单全超时，被罚了两百多。不是第一次了。希望政府把这个桥洞的排水修好，下雨天至少拉个警戒线。""")

L(M, "en", "eml", "11-18 08:45", "Sofia Martins", "sofia.martins", "underpass-dongguan-dajie",
  "Underpass at Dongguan Dajie under the railway - dangerous when it rains",
  """Hello,

I am writing about the road underpass on Dongguan Dajie, under the railway bridge. Last night (17 Nov) it flooded again - a bus was stuck inside. It also flooded on 4 November. I drive through it to work every day and there is no way to know how deep the water is before you enter.

A simple depth gauge and a flashing warning sign at both entrances would already help a lot. Thank you for considering it.

Sofia Martins
""")

L(M, "zh", "eml", "11-18 10:30", "吕红", "lvhong", "no-warning-sign",
  "东关大街铁路下穿积水，没有警示牌",
  """市长：我七十多了，昨晚下雨从闺女家回来，走东关大街铁路底下那个通道，黑灯瞎火的水一下没到大腿，差点摔倒，幸亏一个小伙子把我拉出来。这么深的水连个牌子都没有，太危险了。请赶紧想办法。
吕红""")

L(M, "zh", "eml", "11-20 16:00", "施国强", "shiguoqiang", "drainage-suggestion",
  "关于东关大街下穿通道排水改造的建议",
  """尊敬的市长：
本人退休前从事市政给排水工作，对东关大街铁路下穿通道的情况比较了解。该通道建于九十年代，最低点比两端路面低约4.5米，雨水全靠一座小型泵站抽排，设计标准偏低，而且东关大街两侧的雨水箅子大量被落叶和垃圾堵塞，大雨时地面水全部涌进通道。
11月4日、17日两次积水，我认为原因有三：一是泵站未及时启动；二是泵的能力不足；三是入口没有截水沟。
建议：加装自动液位启泵和备用电源；在两端入口增设截水沟；设置积水深度标尺和自动警示屏。
施国强
""")

L(M, "zh", "eml", "11-23 09:15", "孔令平", "konglp", "two-rains-two-floods",
  "两次大雨两次淹，东关桥洞什么时候修",
  """11月4号一次，17号一次，东关大街铁路桥洞两次大雨两次淹，到现在没看到任何施工。冬天再来一场雨夹雪结冰更危险。请给个整改时间表。
孔令平 东关大街108号""")

# ---------------------------------------------------------------------------
# m04 (12) bus route 37 cut back: no longer enters 古柳区 (东门 / 市第二人民医院)
# ---------------------------------------------------------------------------
M = "h1-m04"
L(M, "zh", "eml", "11-06 09:40", "曹玉珍", "caoyuzhen", "bus37-hospital",
  "37路公交不去二院了，我们老人看病怎么办",
  """市长您好：
我住澜湾新区翠屏苑，今年七十一岁，每周要去古柳区的市第二人民医院做透析。一直是坐37路，一趟车就到医院门口。昨天在站牌上看到通知，说11月10日起37路只开到澜湾大道西口，不再进老城、不到东门和二院了。
这样我以后得换两次车，还要过马路，我一个人实在吃不消。恳请公交公司保留37路原来的线路，至少保留到二院。
曹玉珍
""", district="澜湾新区")

L(M, "zh", "json", "11-08 08:20", "严俊", "yanjun", "bus37-commute",
  "37路缩线影响上班",
  """37路公交11月10日起截短到澜湾大道西口，我们住澜湾新区、在古柳区东门一带上班的人以后每天要多换一趟车。澜湾新区这么多新楼盘，进老城只有37路一条直达线，为什么还要砍？请重新考虑。""",
  district="澜湾新区")

L(M, "zh", "eml", "11-10 08:55", "华静", "huajing", "bus37-first-day",
  "37路改线第一天，换乘太混乱",
  """今天是37路改线的第一天。早上七点半在澜湾大道西口下车换乘，换乘的车站在马路对面两百米，没有任何指示牌，一车人跟着跑。等接驳的车等了二十分钟，挤都挤不上。原来四十分钟到东门，今天用了一个小时十分钟。
请公交公司恢复37路进城，或者至少安排好接驳。
华静""")

L(M, "zh", "eml", "11-10 19:30", "金明德", "kam.mingtak", "bus37-traditional",
  "37路公交車截短問題",
  """市長您好：
37路公交車自今日起只開到澜灣大道西口，不再進入古柳區東門一帶。本人住雲棲灣，每日需往東門菜市場附近照顧年邁母親，現在要轉車兩次，單程多花四十分鐘。
懇請公交集團傾聽市民意見，恢復37路原線路。
金明德
""")

L(M, "en", "eml", "11-11 07:50", "Lucas Meyer", "lucas.meyer", "route-37-dongmen",
  "Route 37 no longer goes to Dongmen",
  """Dear Sir/Madam,

Since 10 November bus route 37 stops at the west end of Lanwan Avenue and no longer continues into the old town (Dongmen, No. 2 People's Hospital). I live in Lanwan New District and work near Dongmen; route 37 was the only direct bus. Now I have to change buses, and the transfer stop is poorly signed.

Could the route be restored, or could a direct peak-hour service be kept? Many residents of the new high-rise estates depend on it.

Regards,
Lucas Meyer
""")

L(M, "zh", "eml", "11-11 15:10", "魏淑芬", "weishufen", "bus37-and-senior-card",
  "37路改线和老年卡的问题",
  """你好，我想问两件事：
一是37路公交为什么不进老城了？以前从澜湾新区坐37路可以直接到东门和第二人民医院，现在要换车，老年人很不方便，希望恢复。
二是我的老年乘车卡快到期了，请问续期是去社区办还是去公交公司办，要带什么材料？
谢谢。魏淑芬 听澜苑
""")

L(M, "zh", "eml", "11-12 21:00", "陶冶", "taoye2006", "bus37-student",
  "学生坐37路上学现在要换乘",
  """我是古柳区第一中学的高二学生，家住澜湾新区。之前每天坐37路直达东门，走五分钟就到学校。现在37路只到澜湾大道西口，我每天要早起半小时才能赶上早读。希望能恢复原来的37路线路，或者早晚高峰开几班直达车。""")

L(M, "zh", "json", "11-13 12:40", "", "", "bus37-anon",
  "建议恢复37路原线路",
  """37路截短以后，澜湾新区去老城没有直达车了，换乘的接驳车班次少、人多。强烈建议恢复原线路。""",
  district="澜湾新区", anonymous=True)

L(M, "zh", "eml", "11-15 10:25", "戚建华", "qijianhua", "bus37-timing-data",
  "37路缩线后出行时间统计，请公交部门参考",
  """市长您好：
37路11月10日缩线后，我记录了一周自己上班的通勤时间（云栖湾站—东门站）：
改线前平均：38分钟，无需换乘
改线后：11月10日 72分钟；11日 65分钟；12日 58分钟；13日 61分钟；14日 69分钟
主要时间耗在澜湾大道西口的换乘等车上，接驳的K37路高峰期10-15分钟一班，经常满载不停。
建议：恢复37路全程，或K37路高峰加密到5分钟一班。
戚建华
""")

L(M, "zh", "eml", "11-17 16:45", "邹丽华", "zoulihua", "bus37-wheelchair",
  "推轮椅的人怎么换乘？37路",
  """我每周推着坐轮椅的父亲坐37路去二院复查，以前上车下车就一次。现在37路在澜湾大道西口就掉头了，换乘要过一个没有坡道的天桥，轮椅根本过不去，上周只好打车，一趟六十多块。请公交公司考虑一下残疾人和老人的实际困难。
邹丽华""")

L(M, "zh", "eml", "11-20 07:35", "喻晓峰", "yuxf", "bus37-short",
  "37路",
  """37路改回去吧，天天换车太折腾了。——澜湾新区上班族""")

L(M, "zh", "eml", "11-26 14:00", "柏秀英", "baixiuying", "bus37-no-reply",
  "反映37路缩线问题至今没有答复",
  """市长：
11月中旬我就打过12345，反映37路公交车从澜湾新区开到澜湾大道西口就不走了，不再去东门、二院，老人看病买菜都不方便。到现在没有答复，公交公司只说是“线网优化”。请问这个优化征求过沿线居民意见吗？
柏秀英 翠屏苑
""")

# ---------------------------------------------------------------------------
# m05 (11) 柳巷 waste transfer station, 古柳区: smell, leachate, 4 am trucks
# ---------------------------------------------------------------------------
M = "h1-m05"
L(M, "zh", "eml", "11-02 10:10", "窦建平", "doujianping", "liuxiang-station-smell",
  "柳巷垃圾中转站臭味熏人",
  """市长您好：
我家住古柳区柳巷7号，对面就是柳巷垃圾中转站。今年以来这个站的臭味越来越重，尤其到了下午，整条巷子都是一股酸臭味，家里不敢开窗，晾的衣服都有味道。
听说这个站原来设计是压缩式、密闭的，现在大门整天敞着，垃圾堆在门口。希望环卫部门来看看，该整改整改，该搬迁搬迁。
窦建平 电话{PHONE}
""")

L(M, "zh", "eml", "11-04 20:20", "章敏", "zhangmin.mama", "transfer-station-kids",
  "垃圾站太臭，孩子一出门就捂鼻子",
  """您好，我家在柳巷北口，孩子上幼儿园每天都要经过柳巷那个垃圾中转站，一到门口孩子就捂着鼻子喊臭。最近还招了很多苍蝇老鼠。请问这个垃圾站能不能加装除臭设备，或者不要把垃圾堆在外面？""")

L(M, "zh", "json", "11-06 18:05", "苏晓燕", "suxiaoyan", "liuxiang-smell-form",
  "柳巷垃圾中转站异味扰民",
  """古柳区柳巷的垃圾中转站（靠东关大街那头），每天臭气冲天，周边居民都受不了。请环卫部门尽快处理，定期冲洗、加装除臭。""")

L(M, "en", "eml", "11-07 09:30", "Emily Carter", "emily.carter", "liu-lane-garbage",
  "Garbage transfer station on Liu Lane (Liuxiang)",
  """Dear Mayor,

I live in a courtyard house on Liu Lane (Liuxiang) in Guliu District, about fifty metres from the garbage transfer station. The smell has become very strong this autumn, and in the afternoons it is hard to breathe in the lane. Rubbish is often left outside the station gate overnight.

Could the station be cleaned more often, kept closed, or fitted with odour control? I love living in the old town, but this is making it difficult.

Sincerely,
Emily Carter
""")

L(M, "zh", "eml", "11-09 14:15", "潘德顺", "pandeshun", "shop-owner-smell-and-stalls",
  "垃圾站臭味影响生意，另反映占道问题",
  """领导好，我在柳巷口开了一家小面馆。
一是柳巷垃圾中转站的臭味太大，客人进门就问是什么味，很多人扭头就走，生意受了很大影响。
二是东关大街靠柳巷这一段晚上有流动摊贩占道，卖水果的三轮车堵在路口。
请相关部门都管一管，谢谢！
潘德顺""")

L(M, "zh", "eml", "11-11 08:00", "葛丽", "geli", "smelly-short",
  "柳巷垃圾站",
  """柳巷垃圾站每天都很臭，请处理。""")

L(M, "zh", "eml", "11-14 11:45", "范志刚", "fanzhigang", "leachate-on-road",
  "柳巷中转站垃圾车漏污水",
  """您好：
柳巷垃圾中转站每天进出的垃圾车车厢漏水，黑色的污水一路滴在柳巷和东关大街上，站门口的地面总是湿的，下雨天污水流进旁边居民院子的下水口。味道非常难闻。
希望环卫部门检查垃圾车的密封，站门口每天冲洗消毒。
范志刚 柳巷15号
""")

L(M, "en", "eml", "11-16 21:00", "Hiroshi Tanaka", "h.tanaka", "smell-waste-station",
  "Smell from waste station near Liuxiang",
  """Hello. I am a Japanese engineer renting near Liuxiang, Guliu District. The waste transfer station there smells very bad every day, especially evening. Also many flies. Please check it. Thank you very much.

Tanaka""")

L(M, "zh", "json", "11-19 09:50", "彭玉兰", "pengyulan", "elderly-cannot-open-window",
  "垃圾站臭味，老人不能开窗",
  """我今年八十岁，住柳巷9号，垃圾中转站就在我家后窗外面。现在一年四季都不能开窗，一开窗就是臭味。请政府想想办法。""")

L(M, "zh", "eml", "11-22 06:20", "鲁辉", "luhui", "trucks-at-4am",
  "柳巷垃圾中转站凌晨四点作业噪音加臭味",
  """市长您好：
柳巷的垃圾中转站每天凌晨四点左右就开始压缩作业、垃圾车进出，轰隆隆的声音加上倒垃圾时散出来的臭味，把整条柳巷的人都弄醒了。白天臭，晚上吵，住在这里实在太难受。
能否调整作业时间，并对中转站进行密闭改造？
鲁辉 柳巷21号
""")

L(M, "zh", "eml", "11-27 19:10", "韦佳", "weijia", "station-still-smells",
  "柳巷垃圾中转站问题再次反映",
  """您好，月初就有邻居反映过柳巷垃圾中转站臭味的问题，环卫的人来过一次，冲了冲地面，第二天又是老样子。垃圾照样堆在门外，除臭设备也没见装。希望这次能真正解决，而不是走个过场。
韦佳""")

# ---------------------------------------------------------------------------
# m06 (6) 禾丰记 restaurant, 钟楼西街 branch: wage arrears after closing
# ---------------------------------------------------------------------------
M = "h1-m06"
L(M, "zh", "eml", "11-03 13:20", "马春花", "machunhua", "hefengji-wages",
  "禾丰记饭店拖欠我们两个月工资",
  """市长您好：
我是禾丰记餐饮管理有限公司钟楼西街店的服务员。饭店10月31日突然关门，老板周某说是装修，之后电话就打不通了。我们9月、10月两个月的工资都没发，我一个人被欠了七千多。店里像我这样的员工有二十来个。
我们都是打工的，家里等着这个钱。请劳动监察部门帮我们讨回工资。
马春花 电话{PHONE}
""")

L(M, "zh", "eml", "11-04 09:00", "苗大伟", "miaodawei", "chef-owed-wages",
  "钟楼西街禾丰记饭店欠薪",
  """您好，我是钟楼西街禾丰记饭店的厨师，干了三年了。饭店上个月底关门，欠我9、10两个月工资一万四千元。老板周总已经联系不上，店门贴了封条，听说房东也在找他要房租。请问我们该去哪里投诉？能不能帮我们立案？""")

L(M, "zh", "json", "11-05 16:30", "方琳", "fanglin", "cashier-wages",
  "禾丰记餐饮欠薪求助",
  """禾丰记餐饮管理有限公司（钟楼西街店）拖欠员工9月、10月工资，10月31日后老板失联。我是收银员，被欠6200元。请求劳动监察介入。""")

L(M, "en", "eml", "11-07 22:40", "Chen Yutong", "chen.yutong", "part-time-wages",
  "Unpaid wages - Hefengji restaurant, Zhonglou West Street",
  """Dear Mayor's Office,

I am a university student and I worked part-time as a waitress at the Hefengji restaurant on Zhonglou West Street (钟楼西街) from August. The restaurant closed suddenly on 31 October and the owner, Mr Zhou, cannot be reached. I have not been paid for September and October (about 3,100 yuan). Around twenty other staff are in the same situation.

Could you tell us how to file a complaint with the labour inspection office? I am writing in English because it is easier for me to explain clearly in writing.

Thank you,
Chen Yutong
""")

L(M, "zh", "eml", "11-10 10:15", "俞长根", "yuchanggen", "dishwasher-wages",
  "饭店欠工钱",
  """我在钟楼西街禾丰记饭店洗碗，两个月工钱四千八没给，老板跑了。我六十多岁了，请政府帮帮忙。俞长根""")

L(M, "zh", "eml", "11-15 15:30", "任小军", "renxiaojun", "foreman-list",
  "禾丰记钟楼西街店员工集体欠薪情况汇总",
  """尊敬的市长：
我是禾丰记餐饮管理有限公司钟楼西街店的领班，受同事们委托反映欠薪情况。
饭店于10月31日停业，法定代表人周某至今失联。经统计，被拖欠9月、10月工资的员工共21人，合计约13.6万元，其中厨房7人、前厅11人、洗碗保洁3人。
11月6日我们已向古柳区劳动保障监察大队反映，目前尚无进展。恳请市里督促处理，必要时依法追究拒不支付劳动报酬的责任。员工名单和欠薪明细可随时提供。
任小军
""")

# ---------------------------------------------------------------------------
# m07 (6) 南城墙根路 streetlights out, 小南门 to 朱雀巷
# ---------------------------------------------------------------------------
M = "h1-m07"
L(M, "zh", "eml", "11-02 20:40", "柳永红", "liuyonghong", "chengqiang-lights-out",
  "南城墙根路路灯一个多月不亮",
  """您好，古柳区南城墙根路从小南门到朱雀巷这一段，大概有二十来盏路灯，从10月中旬开始全部不亮了，晚上黑漆漆一片。这段路是很多人晚上散步、下班回家的必经之路，一边是城墙一边是老房子，很不安全。请尽快派人维修。""")

L(M, "zh", "eml", "11-06 09:10", "鲍国平", "baoguoping", "fell-in-dark",
  "路灯不亮，我老伴摔了一跤",
  """市长：
南城墙根路小南门往东那段的路灯坏了很久了。11月4日晚上七点多，我老伴从朱雀巷买菜回来，路上太黑没看见翻起来的地砖，摔了一跤，手腕骨折。
这段路灯到底归谁管？请赶紧修好，别再有人摔了。
鲍国平 朱雀巷14号
""")

L(M, "zh", "json", "11-09 21:15", "史佳", "shijia", "dark-road-woman",
  "南城墙根路夜里太黑",
  """我每天晚上十点下班走南城墙根路回家（小南门到朱雀巷），整段路灯都不亮，一个女生走在那里很害怕。麻烦尽快修一下路灯。""")

L(M, "en", "eml", "11-12 06:50", "Thomas Berg", "thomas.berg", "city-wall-road-dark",
  "Street lights out along the city wall road (Nanchengqianggen Road)",
  """Hi,

I run most evenings along the road at the foot of the south city wall (Nan Chengqianggen Road) in Guliu District. Between Xiaonanmen (Little South Gate) and Zhuque Lane the street lights have been completely off for several weeks. With the uneven paving it is quite dangerous for walkers and cyclists.

Could maintenance please look at it? Thanks.

Thomas Berg
""")

L(M, "zh", "eml", "11-18 18:30", "唐桂兰", "tangguilan", "lights-still-out",
  "南城墙根路路灯还是不亮",
  """月初就听邻居说反映过了，南城墙根路（小南门到朱雀巷）的路灯到现在还是黑的。我们老人晚上都不敢出门了。请问什么时候能修好？
唐桂兰""")

L(M, "zh", "eml", "11-24 20:05", "费宁", "feining", "cable-stolen",
  "南城墙根路路灯故障原因？",
  """您好，关于南城墙根路小南门至朱雀巷段路灯不亮的问题，我听说是路灯电缆被人偷了，所以一直没修。如果是这样，请有关部门尽快更换电缆，同时报警查一查。这段路已经黑了一个多月了。
费宁""")

# ---------------------------------------------------------------------------
# m08 (5) 澜湾大道 x 学府路 crossing by 澜湾第二小学: no signal, dangerous
# ---------------------------------------------------------------------------
M = "h1-m08"
L(M, "zh", "eml", "11-12 08:30", "岑丽", "cenli", "school-crossing-near-miss",
  "澜湾二小门口路口太危险，今早差点出事",
  """市长您好：
澜湾新区学府路和澜湾大道交叉口，正对着澜湾第二小学。澜湾大道双向八车道，只画了斑马线，没有红绿灯，车速都很快。今天早上七点四十，一辆渣土车几乎擦着一个过马路的小学生开过去，家长们都吓坏了。
恳请交警部门在这个路口安装信号灯，上下学时间安排交警或协管员值守。
岑丽（二年级学生家长）
""", district="澜湾新区")

L(M, "en", "eml", "11-12 12:15", "Sarah Lindqvist", "s.lindqvist", "lanwan-school-crossing",
  "Dangerous crossing outside Lanwan No. 2 Primary School",
  """Dear Mayor,

My daughter attends Lanwan No. 2 Primary School. The pupils have to cross Lanwan Avenue at the junction with Xuefu Road, where there are eight lanes of traffic and only a zebra crossing - no lights. Drivers rarely stop. This morning a heavy truck nearly hit a child; several parents saw it.

Please install traffic lights at this junction, or at least a crossing guard at school times.

With thanks,
Sarah Lindqvist
Yunqi Bay, Lanwan New District
""")

L(M, "zh", "json", "11-13 07:45", "薛明", "xueming", "traffic-light-request",
  "申请在学府路口加装红绿灯",
  """澜湾大道和学府路路口（澜湾二小门口）没有红绿灯，孩子上学过马路非常危险，昨天差点出事。申请加装信号灯和减速带。""",
  district="澜湾新区")

L(M, "zh", "eml", "11-16 17:20", "雷振", "leizhen", "driver-view-crossing",
  "从司机角度谈澜湾大道学府路口",
  """您好，我是开车的，每天经过澜湾大道学府路口。说句公道话，这个路口对司机也很危险：澜湾大道是一段长直路，车速普遍六七十，到学府路口突然有孩子从停着的车后面跑出来，根本刹不住。
建议：路口装信号灯；提前设置学校区域限速标志和测速；路边禁止家长停车接送。
雷振
""")

L(M, "en", "eml", "11-20 08:05", "James O'Neill", "jamesoneill", "xuefu-rd-junction",
  "Request: traffic signals at Xuefu Rd / Lanwan Ave junction",
  """Hello,

Following other parents' reports, I want to add my voice. The junction of Xuefu Road and Lanwan Avenue, in front of the No. 2 Primary School, needs traffic signals. I walk my son across every morning and cars do not slow down.

James O'Neill""")

# ---------------------------------------------------------------------------
# m09 (5) 东门菜市场 to be demolished, 古柳区
# ---------------------------------------------------------------------------
M = "h1-m09"
L(M, "zh", "eml", "11-14 09:20", "贺长青", "hechangqing", "dongmen-market-demolition",
  "东门菜市场拆除，我们摊贩何去何从",
  """市长您好：
我在古柳区东门菜市场卖菜二十年了。11月12日市场管理方突然贴出通知，说因城市更新项目，市场12月1日前全部腾空、拆除，只给摊户不到三周时间，也没说在哪里安置、有没有补偿。
市场里一百多个摊位，很多都是靠这个养家的。恳请政府给我们一个过渡安置的地方，合理补偿。
贺长青 东门菜市场 B区12号
""")

L(M, "zh", "json", "11-15 10:00", "倪桂珍", "niguizhen", "old-folks-lose-market",
  "东门菜市场拆了我们去哪买菜",
  """听说东门菜市场月底就要拆了。我们东门一带住的都是老年人，走路十分钟到菜场，拆了以后最近的超市要坐车。请问有没有临时菜市场？能不能等新的建好了再拆？""")

L(M, "zh", "eml", "11-16 13:50", "汤立", "tangli", "market-process-question",
  "东门菜市场拆除程序是否合法",
  """您好：
东门菜市场拆除的通知只贴了一张纸，没有发布单位的公章，也没有公示城市更新项目的规划。东门菜市场是古柳区最老的菜场，周边几千户居民日常买菜都靠它。
请问：拆除有没有经过公示和听证？周边居民的买菜问题有没有配套方案？
汤立
""")

L(M, "en", "eml", "11-19 11:30", "Claire Dubois", "claire.dubois", "dongmen-wet-market",
  "Please save Dongmen wet market (or provide an alternative)",
  """Dear Mayor,

I have lived in Guliu District for six years and shop almost daily at Dongmen Market. I was sad to read that it will be demolished by 1 December, with vendors given less than three weeks' notice. For the elderly residents around Dongmen it is the only fresh market within walking distance.

If redevelopment is necessary, could a temporary market be provided nearby, and the vendors be given priority for stalls in the new building?

Respectfully,
Claire Dubois
""")

L(M, "zh", "eml", "11-22 15:40", "滕国华", "tengguohua", "vendor-compensation",
  "东门菜市场摊户补偿问题",
  """东门菜市场要拆，我们摊户去年刚交了三年的摊位费，现在离合同到期还有两年，管理方说一分钱不退。请政府主持公道，先谈补偿和安置，再拆市场。
滕国华 东门菜市场 水产区""")

# ---------------------------------------------------------------------------
# m10 (3) 柳荫公园 closed for renovation far too long
# ---------------------------------------------------------------------------
M = "h1-m10"
L(M, "zh", "eml", "11-08 16:00", "殷淑华", "yinshuhua", "liuyin-park-closed",
  "柳荫公园改造封闭半年多还没开放",
  """市长好：
古柳区柳荫公园从今年4月起封闭改造，当时公告说国庆前重新开放，现在都11月了，围挡还在，里面也看不到有人干活。附近居民锻炼、遛弯都没地方去，老人们只能在马路边上走。
请问公园改造进展如何，什么时候能开放？
殷淑华（退休教师）
""")

L(M, "en", "eml", "11-15 09:10", "Ethan Wright", "ethan.wright", "park-still-fenced",
  "When will Liuyin Park reopen?",
  """Hello,

Liuyin Park in Guliu District has been fenced off for renovation since April. The sign said it would reopen before the National Day holiday, but it is still closed and I have not seen any workers inside for weeks. Could you share an updated reopening date?

Thanks,
Ethan Wright
""")

L(M, "zh", "json", "11-23 08:30", "毕玉梅", "biyumei", "park-renovation-stalled",
  "柳荫公园改造工程停工了吗？",
  """柳荫公园4月份开始封闭改造，说好9月底完工，到现在还围着，工地里荒草都长起来了。是不是停工了？请给居民一个说法。""")

# ---------------------------------------------------------------------------
# m11 (3) 澜庭华府 estate: yellow, smelly tap water (secondary water supply)
# ---------------------------------------------------------------------------
M = "h1-m11"
L(M, "zh", "eml", "11-16 08:10", "郝建", "haojian", "lanting-yellow-water",
  "澜庭华府小区自来水发黄有异味",
  """您好：
澜湾新区澜庭华府小区从11月15日起，高区（15层以上）住户的自来水发黄，有一股铁锈和霉味，烧开后壶底有沉淀。物业说是二次供水水箱在清洗，但清洗完了还是这样。
家里有小孩，现在只能买桶装水。请卫生和供水部门来检测一下水质。
郝建 澜庭华府6栋2201
""", district="澜湾新区")

L(M, "zh", "eml", "11-17 19:40", "鄔美華", "wu.meiwah", "lanting-water-traditional",
  "瀾庭華府自來水水質問題",
  """市長您好：
本人住瀾湾新區瀾庭華府小區3棟，近兩天家中自來水呈黃色，並有明顯異味，洗澡後皮膚發癢。鄰居也有同樣情況。懷疑是小區二次供水設施出現問題，懇請有關部門盡快檢測水質，並督促物業處理。
鄔美華
""")

L(M, "zh", "json", "11-19 07:55", "安然", "anran", "lanting-water-form",
  "澜庭华府水质问题",
  """澜庭华府小区这几天的自来水又黄又臭，物业说是水箱问题，一直没解决。请供水公司来检测。""",
  district="澜湾新区")

# ---------------------------------------------------------------------------
# m12 (3) 北关 recycled rubber plant: burning smell and black smoke at night
# ---------------------------------------------------------------------------
M = "h1-m12"
L(M, "zh", "eml", "11-09 22:30", "常海涛", "changhaitao", "beiguan-rubber-smoke",
  "北关再生胶厂夜间冒黑烟、焦臭味",
  """市长您好：
古柳区北关街道北关小区北面的再生胶厂，最近一个月每天晚上九点以后烟囱冒黑烟，整个北关小区都是一股烧轮胎的焦臭味，呛得人咳嗽。白天反而不怎么冒，明显是晚上偷偷生产。
请生态环境部门夜间来查一查。
常海涛 北关小区4号楼
""")

L(M, "zh", "eml", "11-12 23:15", "乐芳", "lefang", "burning-tire-smell",
  "北关一带晚上烧橡胶的味道",
  """你好，我住北关街，这段时间每到晚上就闻到很浓的烧橡胶味，窗户关上也挡不住，孩子一直咳嗽。听邻居说是北边那个再生胶厂排的。希望尽快查处。""")

L(M, "zh", "json", "11-20 21:50", "于福生", "yufusheng", "rubber-plant-black-smoke",
  "举报北关再生胶厂晚上排黑烟",
  """北关再生胶厂晚上排黑烟，一股焦糊味，已经一个多月了。我七十多岁有哮喘，晚上憋得睡不着。请环保部门晚上来现场看看。""")

# ---------------------------------------------------------------------------
# 24 letters that belong to no group
# ---------------------------------------------------------------------------
M = "-"
# night construction, a different site (metro works in 澜湾新区)
L(M, "zh", "eml", "11-07 23:40", "傅强", "fuqiang", "metro-site-night",
  "地铁5号线澜湾站工地夜间施工噪音",
  """您好，澜湾新区澜湾大道上地铁5号线澜湾站的工地，这几天晚上十一点以后还在破路、打围挡，噪音很大。我们住在澜湾大道边上的翠屏苑，卧室正对工地。请问地铁工地夜间施工有没有时间限制？
傅强""", district="澜湾新区")

# night road works, a different place
L(M, "en", "eml", "11-13 23:55", "Rebecca Stone", "rebecca.stone", "zhonglou-night-milling",
  "Night road milling on Zhonglou West Street",
  """Dear Sir or Madam,

I am staying in a guesthouse on Zhonglou West Street (Bell Tower West Street) in Guliu District. For the last three nights a road crew has been milling and resurfacing the street from 11 pm until 4 am. I understand traffic is lighter at night, but the noise is extreme and there was no notice to residents.

Could the remaining work be scheduled to finish earlier in the evening?

Rebecca Stone
""")

# same site as m01, a different problem (sales promises)
L(M, "zh", "json", "11-09 14:30", "石磊", "shilei", "jinlan-sales-school",
  "锦澜府售楼处虚假宣传学区",
  """我在梧桐路锦澜府售楼处看房，销售一直说买房就能上古柳区实验小学，还写在宣传单上。我去教育局问，说这个片区根本不属于实验小学学区。请有关部门查处开发商的虚假宣传。""")

# same estate as m02, a different problem (lift)
L(M, "zh", "eml", "11-10 20:15", "卞晓梅", "bianxiaomei", "yunqi-lift-stuck",
  "云栖湾3栋电梯频繁困人",
  """市长您好：
澜湾新区云栖湾小区3栋2单元的电梯这个月已经困人三次，11月9日晚上我和孩子被困了四十分钟，物业的人半天才来。电梯才用了四年，故障这么多，是不是维保不到位？
请特种设备监管部门来检查这部电梯。
卞晓梅""", district="澜湾新区")

# same estate as m02, a different problem (neighbour's renovation)
L(M, "en", "eml", "11-21 14:20", "Mark Evans", "mark.evans", "yunqi-renovation-sunday",
  "Neighbour renovation drilling on Sundays - Yunqi Bay",
  """Hello,

The flat above mine in Yunqi Bay, Building 8, has been under renovation for two months. The workers drill and hammer on Sundays and sometimes until 8 pm, although the estate rules say no renovation on weekends. The property office says they have "reminded" them, but nothing changes.

Who can enforce the renovation hours? Thank you.

Mark Evans
""")

# worded-alike pair: fee rise at two OTHER estates (each its own matter)
L(M, "zh", "eml", "11-12 09:40", "卜文华", "buwenhua", "cuiping-fee-rise",
  "翠屏苑小区物业费违规上涨的投诉",
  """我是澜湾新区翠屏苑小区业主。近日物业公司在小区公告栏张贴通知，自明年1月1日起物业费由每月每平方米1.8元上调至2.6元。
此次调价未经业主大会表决，也未公示成本测算，小区绿化、保洁质量一直较差。
请求：责令物业撤回调价通知，核查其收费依据。
卜文华""", district="澜湾新区")

L(M, "zh", "eml", "11-14 10:05", "时新", "shixin", "tinglan-fee-rise",
  "听澜苑小区物业费违规上涨投诉",
  """我是澜湾新区听澜苑小区业主。近日物业公司在各单元门口张贴通知，自明年1月1日起物业费由每月每平方米2.0元上调至2.8元。
此次调价未经业主大会表决，也没有公示成本测算，小区监控、门禁长期损坏无人维修。
请求：责令物业撤回调价通知，核查其收费依据。
时新""", district="澜湾新区")

# flooding, a different place
L(M, "zh", "eml", "11-05 08:40", "齐悦", "qiyue", "xuefu-pedestrian-tunnel",
  "学府路地下人行通道积水",
  """您好，澜湾新区学府路地铁口旁边的地下人行通道，昨晚大雨后积水有二十多公分，早上上班只能绕行地面过马路。通道里的排水口好像被堵了。请相关部门清理一下。""",
  district="澜湾新区")

# same underpass as m03, a different problem
L(M, "zh", "json", "11-22 11:00", "康宁", "kangning", "underpass-height-bar",
  "东关桥洞限高架被撞歪",
  """东关大街铁路下穿通道南口的限高架前几天被货车撞歪了，横梁斜着挂在半空，看着随时会掉下来。请市政尽快修复，以免砸到车和行人。""")

# a different bus line, a different problem
L(M, "en", "eml", "11-18 18:20", "Nadia Petrova", "nadia.petrova", "route-112-infrequent",
  "Route 112 in Lanwan New District runs too rarely",
  """Dear Mayor's Office,

Bus route 112, which connects the Lanwan New District estates with the metro, runs only every 25-30 minutes, even at rush hour. In the evening after 8 pm the wait can be 40 minutes. The buses are always full.

Could the frequency be increased, at least at peak times?

Best wishes,
Nadia Petrova
""")

# same bus line as m04, a different problem (driver's conduct)
L(M, "zh", "eml", "11-19 17:30", "伍建民", "wujianmin", "bus37-driver-rude",
  "37路司机态度恶劣",
  """11月19日下午四点左右，我在澜湾大道坐37路（车牌尾号0086），我母亲上车慢了一点，司机就大声呵斥，还没等她坐稳就猛地起步，差点摔倒。请公交公司对这名司机进行教育处理。
伍建民""")

# smell, a different place
L(M, "en", "eml", "11-10 08:30", "David Kim", "david.kim", "lanwan-canal-smell",
  "Black, smelly canal behind Cuiping Garden",
  """Hello,

The small canal (Yueya River) that runs behind Cuiping Garden in Lanwan New District has turned black and smells of sewage, especially on warm afternoons. There seem to be pipes discharging into it near the footbridge.

Could the environmental department check for illegal discharges? Thank you.

David Kim
""")

# same lane as m05, a different problem (old wall)
L(M, "zh", "eml", "11-20 10:40", "余錦棠", "yu.kamtong", "liuxiang-old-wall",
  "柳巷老院牆有倒塌危險",
  """您好：
古柳區柳巷23號旁邊有一段老院牆，牆體已經明顯外傾，上週下雨後裂縫更大，牆根還掉了不少磚。這條巷子每天有很多小學生和老人經過，萬一倒塌後果不堪設想。
懇請房管及街道部門盡快派人查看、加固或拆除。
余錦棠""")

# wage arrears, a different company, one worker
L(M, "zh", "json", "11-08 19:20", "元秀梅", "yuanxiumei", "jiarun-housekeeping-wage",
  "佳润家政拖欠工资",
  """我在佳润家政服务公司做保洁，公司拖欠我10月份工资3200元，一直说下个月给。请问可以向哪里投诉？""",
  district="澜湾新区")

# streetlights, a different place
L(M, "en", "eml", "11-15 20:45", "Grace Liu", "grace.liu", "riverside-walk-lights",
  "Lights off on the riverside walkway, Lanwan",
  """Hi, the lamps along the riverside walkway in Lanwan New District (between Cuiping Garden and the ferry pier) have been switched off for about a week. Many people walk there after dinner. Could they be checked? Thanks, Grace Liu""")

# dangerous crossing, a different place
L(M, "zh", "eml", "11-25 16:10", "顾振宇", "guzhenyu", "dongguan-liuxiang-crossing",
  "建议东关大街柳巷口设置过街设施",
  """您好：
古柳区东关大街与柳巷交叉口车流量大，路口没有斑马线，老人过马路只能在车流里穿行。附近有社区卫生服务站，老年人很多。建议在这个路口施划斑马线，设置行人过街信号灯。
顾振宇""")

# same school as m08, a different problem (after-school fee)
L(M, "zh", "json", "11-13 20:10", "孟晨", "mengchen", "lanwan-school-afterschool-fee",
  "澜湾第二小学课后服务费咨询",
  """澜湾第二小学这学期课后服务费每月收350元，比去年涨了100元，家长群里通知交钱，没有说明收费依据。请问课后服务收费标准是怎么定的？""",
  district="澜湾新区")

# market clearance, a different place
L(M, "zh", "eml", "11-17 11:20", "平安华", "pinganhua", "beiguan-night-market",
  "北关夜市被清理，摊贩生计困难",
  """市长您好，古柳区北关街的夜市这个月被城管清理了，说是占道经营。我们在那里摆了七八年小吃摊，一下子没了收入。能不能划一块地方让我们规范经营？
平安华""")

# same market as m09, a different problem (short weight)
L(M, "zh", "eml", "11-03 10:50", "黎秋菊", "liqiuju", "dongmen-short-weight",
  "东门菜市场有摊位缺斤少两",
  """今天上午在东门菜市场A区一个卖牛肉的摊位买了两斤牛肉，回家用秤一称只有一斤六两。市场门口的公平秤也坏了没人修。请市场监管部门查一查。
黎秋菊""")

# same park as m10, a different problem (square dance noise outside the fence)
L(M, "zh", "json", "11-26 20:30", "易红", "yihong", "liuyin-square-dance",
  "柳荫公园门口广场舞噪音",
  """柳荫公园封了以后，跳广场舞的都挪到公园正门外的人行道上，每天晚上七点到九点音响开得很大，我家就在公园门口的楼上，孩子没法写作业。请街道协调一下音量。""")

# water supply, a different estate, a different problem
L(M, "zh", "eml", "11-21 09:30", "湛国庆", "zhanguoqing", "jingui-water-pressure",
  "金桂里小区高楼层水压低",
  """您好，古柳区金桂里小区是九十年代的老楼，六楼七楼一到早晚用水高峰就没水，只能半夜接水。希望老旧小区改造能把供水管网一起改了。
湛国庆""")

# smoke, a different source (barbecue)
L(M, "en", "eml", "11-11 22:30", "Ahmed Hassan", "ahmed.hassan", "zhonglou-bbq-smoke",
  "Barbecue smoke on Zhonglou West Street",
  """Dear Sir/Madam,

Several barbecue stalls on Zhonglou West Street grill on charcoal on the pavement every night until 1 am. The smoke comes straight into the flats above, including mine. Could the restaurants be required to use proper fume extraction?

Thank you,
Ahmed Hassan
""")

# ordinary: residence registration for a foreigner
L(M, "en", "eml", "11-02 15:00", "Julia Novak", "julia.novak", "residence-registration",
  "How to register my temporary residence?",
  """Hello,

I moved to Lanwan New District last week for work. My landlord says I must register my temporary residence with the police within 24 hours, but the local station says I need documents from the landlord. Where can I find the list of documents in English?

Thank you,
Julia Novak
""")

# ordinary: thanks to an operator
L(M, "en", "eml", "11-28 10:00", "Peter Collins", "peter.collins", "thanks-operator",
  "Thank you to the 12345 operator",
  """Dear Mayor,

I called 12345 last Tuesday about my water bill, which I could not read. The operator switched to English, explained everything patiently and followed up the next day. I just wanted to say thank you.

Peter Collins
""")


# ---------------------------------------------------------------------------
# writer
# ---------------------------------------------------------------------------
def phone_for(i):
    return PHONE_PREFIX[i % len(PHONE_PREFIX)] + "0000" + "%04d" % ((i * 7919 + 1234) % 10000)


def main():
    assert len(LETTERS) == 120, len(LETTERS)
    # local index inside each matter -> distinct mail domains within a matter
    per = {}
    for k, x in enumerate(LETTERS):
        j = per.get(x["matter"], 0)
        per[x["matter"]] = j + 1
        off = sum(map(ord, x["matter"]))
        x["domain"] = DOMAINS[(j * 7 + off) % len(DOMAINS)]
        x["phone"] = phone_for(k)
        x["dt"] = datetime.strptime("2026-" + x["when"], "%Y-%m-%d %H:%M").replace(tzinfo=TZ)
        x["order"] = k
    ordered = sorted(LETTERS, key=lambda x: (x["dt"], x["order"]))

    out = os.path.join(HERE, "letters")
    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(out)
    rows = ["path\tmatter\tlanguage"]
    for n, x in enumerate(ordered, 1):
        lid = "%s-%03d" % (ME, n)
        body = x["body"].replace("{PHONE}", x["phone"])
        addr = "%s@%s" % (x["local"] or "anon%03d" % n, x["domain"])
        if x["kind"] == "eml":
            fname = "%s-%s.eml" % (lid, x["short"])
            subj = x["title"]
            try:
                subj.encode("ascii")
            except UnicodeEncodeError:
                subj = Header(subj, "utf-8").encode()
            try:
                x["name"].encode("ascii")
                frm = formataddr((x["name"], addr))
            except UnicodeEncodeError:
                frm = formataddr((x["name"], addr), charset="utf-8")
            head = [
                "From: " + frm,
                "To: mayor@city.example",
                "Subject: " + subj,
                "Date: " + format_datetime(x["dt"]),
                "Message-ID: <%s.%s@%s>" % (lid, x["dt"].strftime("%Y%m%d%H%M"), x["domain"]),
                "MIME-Version: 1.0",
                "Content-Type: text/plain; charset=utf-8",
                "Content-Transfer-Encoding: 8bit",
            ]
            text = "\n".join(head) + "\n\n" + body + "\n"
            text = text.replace("\r\n", "\n").replace("\n", "\r\n")  # folded headers too
            with open(os.path.join(out, fname), "wb") as f:
                f.write(text.encode("utf-8"))
        else:
            fname = "%s-%s.json" % (lid, x["short"])
            obj = {
                "id": lid,
                "submitted_at": x["dt"].isoformat(timespec="seconds"),
                "name": "" if x["anonymous"] else x["name"],
                "phone": "" if x["anonymous"] else x["phone"],
                "email": "" if x["anonymous"] else addr,
                "anonymous": x["anonymous"],
                "title": x["title"],
                "content": body,
                "district": x["district"],
            }
            with open(os.path.join(out, fname), "w", encoding="utf-8") as f:
                json.dump(obj, f, ensure_ascii=False, indent=2)
                f.write("\n")
        rows.append("letters/%s\t%s\t%s" % (fname, x["matter"], x["lang"]))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(rows) + "\n")


if __name__ == "__main__":
    main()
