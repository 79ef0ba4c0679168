#!/usr/bin/env python3
"""Writer h2: labelled letters for hot-issue grouping (development zone,
university town, suburbs). Deterministic, standard library only.
Run: python3 gen.py  -> writes letters/ and labels.tsv next to this file."""

import hashlib
import json
import os
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
ME = "h2"
TZ = timezone(timedelta(hours=8))
LETTERS = []


def L(matter, lang, fmt, when, name, email, phone, district, slug, title, body,
      anonymous=False):
    LETTERS.append(dict(matter=matter, lang=lang, fmt=fmt, when=when, name=name,
                        email=email, phone=phone, district=district, slug=slug,
                        title=title, body=body.strip("\n"), anonymous=anonymous))


# ---------------------------------------------------------------------------
# m01  Night construction: Jinyu Properties "Xinghe Bay - Yundi" Phase II,
#      corner of Kechuang Avenue / Yinxing Road, Linjiang Development Zone.
#      Neighbours: Lanwan Garden, Yinxing Yuan, Parkview Residences.  (15)
# ---------------------------------------------------------------------------
L("h2-m01", "zh", "eml", "11-02 23:48", "周建平", "zhoujp@163.example", "139-0000-2741",
  "临江开发区", "lanwan-night-piling", "科创大道银杏路口工地深夜打桩，严重扰民",
  """
市长您好：

我是临江开发区蓝湾花园3栋的业主。科创大道和银杏路交叉口东北角那个工地，这半个月几乎每天晚上都施工，十一点以后还在打桩，"咚、咚"一下一下的，整栋楼都在震，窗户嗡嗡响。今天晚上到现在（快十二点了）还没停。

我打过工地门口牌子上的电话，没人接。开发区城管也打过，说会去看，结果第二天照旧。

请问这个工地有没有夜间施工许可？如果没有，请相关部门依法查处；如果有，也请限制打桩这种高噪声作业只在白天进行。

周建平
蓝湾花园3栋1单元
电话 139-0000-2741
""")

L("h2-m01", "en", "eml", "11-03 01:15", "Daniel Moreau", "d.moreau@mailbox.example", "186-0000-5310",
  "临江开发区", "parkview-construction-noise", "Construction noise after midnight on Kechuang Avenue",
  """
Dear Mayor,

I am a French engineer working in the Linjiang Development Zone and I live at Parkview Residences (柏景公寓), Building B. The construction site across Kechuang Avenue from us (the big fenced site at the Yinxing Road corner) has been working through the night for about two weeks.

It is now 1 a.m. and I can hear heavy machinery and metal banging. I have to be at work at 8. I do not know whom to call in Chinese at this hour, so I am writing here.

Could someone please check whether night work is permitted there?

Thank you,
Daniel Moreau
Parkview Residences, B-1204
Tel. 186-0000-5310
""")

L("h2-m01", "zh", "json", "11-05 07:30", "刘晓梅", "liuxiaomei@qq.example", "137-0000-8826",
  "临江开发区", "yinxingyuan-baby", "锦屿置业星河湾·云邸二期夜间施工，宝宝无法入睡",
  """
您好，我住银杏苑，家里有一个五个月大的宝宝。马路对面锦屿置业的"星河湾·云邸"二期项目最近一直晚上干活，昨晚一点多还有搅拌车进进出出、倒车的"嘀嘀"声，宝宝被吵醒好几次，哭到三点。

我知道城市要建设，但能不能请工地遵守规定，晚上十点以后不要施工？特别是打桩和混凝土浇筑。麻烦你们了，谢谢。
""")

TEMPLATE_A = """
尊敬的市长：

我们是临江开发区蓝湾花园、银杏苑的居民。科创大道与银杏路交叉口的锦屿置业星河湾·云邸二期工地，自10月下旬以来长期夜间施工，每晚22点至次日凌晨4点打桩、浇筑混凝土，渣土车轰鸣，噪声远超标准，严重影响周边数千居民休息，老人、孩子、病人苦不堪言。

我们多次拨打工地电话和城管电话，问题始终没有解决。恳请：
一、核查该工地夜间施工许可；
二、对违规夜间施工依法处罚；
三、责令工地22点后停止高噪声作业。

{sign}
"""

L("h2-m01", "zh", "eml", "11-10 00:22", "钱卫东", "qianwd1958@139.example", "135-0000-1169",
  "临江开发区", "template-night-work-qian", "关于星河湾·云邸二期工地夜间施工扰民的投诉",
  TEMPLATE_A.format(sign="蓝湾花园业主 钱卫东\n蓝湾花园7栋\n电话：135-0000-1169"))

L("h2-m01", "zh", "eml", "11-10 08:05", "孙丽", "sunli_hz@126.example", "152-0000-4437",
  "临江开发区", "template-night-work-sun", "星河湾云邸二期工地夜间施工扰民投诉",
  TEMPLATE_A.replace("数千居民", "几千户居民").replace("老人、孩子、病人苦不堪言。",
                     "老人、孩子、病人苦不堪言。我家孩子今年高三，每天晚上都睡不好。")
  .format(sign="银杏苑居民 孙丽\n电话 152-0000-4437"))

L("h2-m01", "zh", "json", "11-10 12:40", "", "", "", "临江开发区", "template-night-work-anon",
  "科创大道银杏路口工地夜间施工",
  """
科创大道与银杏路交叉口的锦屿置业星河湾·云邸二期工地，长期夜间施工，每晚22点至凌晨4点打桩、浇筑混凝土，渣土车轰鸣，严重影响周边居民休息。恳请核查夜间施工许可，依法处罚，责令22点后停止高噪声作业。
""", anonymous=True)

L("h2-m01", "en", "eml", "11-10 22:55", "Priya Raman", "priya.raman@inbox.example", "158-0000-6092",
  "临江开发区", "xinghe-bay-phase2", "Night work at Xinghe Bay Phase 2 site, Yinxing Road",
  """
Hello,

I rent an apartment in Parkview Residences and I'm writing about the Xinghe Bay Phase 2 building site on Yinxing Road (the one by Jinyu Properties, next to the Kechuang Avenue junction).

Every night this week the concrete pumps and trucks have run until 3 or 4 a.m. The floodlights also point straight at our windows. My neighbours from Lanwan Garden say they have complained many times.

I would be grateful if the relevant bureau could enforce the normal quiet hours. I am happy to provide recordings.

Kind regards,
Priya Raman
Parkview Residences, A-803
""")

L("h2-m01", "en", "eml", "11-11 02:10", "Tom Becker", "tbecker@post.example", "131-0000-7745",
  "临江开发区", "piling-2am", "Pile driving at 2am again",
  """
Pile driving at 2 am again. Kechuang Ave / Yinxing Rd site. Please make them stop.

Tom Becker, Parkview Residences
131-0000-7745
""")

L("h2-m01", "zh", "eml", "11-11 09:30", "黄志强", "hzq_lanwan@sina.example", "139-0000-3058",
  "临江开发区", "muck-trucks-and-noise", "反映两个问题：工地渣土车和夜间施工",
  """
领导好，反映两件事：

1. 银杏路上渣土车每天撒土，路面全是泥，下雨天更是一片泥浆，电动车摔过好几次。车是从科创大道口那个星河湾二期工地出来的，出口没有冲洗设备。

2. 还是这个工地，晚上施工到凌晨，打桩机一响，我们蓝湾花园靠马路这一排基本没法睡。这个问题群里邻居都反映过很多次了。

希望一起管管。

黄志强 蓝湾花园2栋 139-0000-3058
""")

L("h2-m01", "en", "json", "11-12 06:50", "Lin Yue", "linyue.work@corpmail.example", "176-0000-2280",
  "临江开发区", "lin-yue-sleepless", "Sleepless nights - construction at Kechuang Ave & Yinxing Rd",
  """
I live in Yinxing Yuan (银杏苑) and work at a foreign company, so I'm writing in English; I hope that's fine. The construction site of Xinghe Bay · Yundi Phase II (星河湾·云邸二期) at the Kechuang Avenue & Yinxing Road intersection has been operating heavy machinery almost every night, often from 10 pm until dawn. I've slept maybe four hours a night for two weeks. Please check their night-work permit and the noise levels. Thank you.
""")

L("h2-m01", "zh", "eml", "11-13 23:10", "许婷", "xuting2003@qq.example", "187-0000-9914",
  "临江开发区", "exam-student-noise", "考研党求助：银杏苑对面工地天天半夜施工",
  """
您好，我在银杏苑租房备考研究生，还有一个多月就考试了。对面工地（就是我家楼下过马路那个，科创大道和银杏路路口）每天晚上都在干活，今天十一点了还在砸钢筋，耳塞都挡不住。

我就想问问，晚上施工到底有没有人管？谢谢。

许婷 187-0000-9914
""")

L("h2-m01", "zh", "eml", "11-17 01:05", "马国栋", "maguodong@163.example", "136-0000-5521",
  "临江开发区", "follow-up-still-noisy", "再次反映：星河湾二期工地夜间施工仍未停止",
  """
市长信箱：

11月上旬我和很多邻居都反映过科创大道银杏路口锦屿置业工地夜间施工的问题，当时回复说已责令整改。结果只安静了两三天，这两天又开始了，今晚十二点半还在浇混凝土，泵车声音很大。

请问整改到底是怎么落实的？请不要只回个电话了事，希望晚上派人来现场看一看。

马国栋
蓝湾花园9栋
136-0000-5521
""")

L("h2-m01", "en", "eml", "11-19 21:40", "Kenji Watanabe", "k.watanabe@jpmail.example", "185-0000-3376",
  "临江开发区", "floodlights-concrete", "Night concrete pouring and floodlights, Parkview area",
  """
Dear Sir or Madam,

I live at Parkview Residences, Building C. The site opposite (Xinghe Bay Phase II, Jinyu Properties) pours concrete at night. Last night the pump ran from 11 p.m. to 3:30 a.m., and the tower-crane floodlights shine into my bedroom.

My wife and I have a small child. We would appreciate enforcement of the night-time rules.

Respectfully,
Kenji Watanabe
185-0000-3376
""")

L("h2-m01", "zh", "eml", "11-22 00:30", "陈秀英", "chenxy_family@139.example", "138-0000-6647",
  "临江开发区", "elderly-heart-noise", "替母亲反映：工地夜间噪声，老人心脏受不了",
  """
您好，我替我母亲陈秀英写这封信，她78岁，住蓝湾花园1栋一楼，有心脏病。

离她家一百多米的星河湾工地晚上经常施工，她说半夜被"砰砰"声吓醒，心慌得厉害，已经去医院看过两次。老人不会上网，让我帮忙反映。

恳请相关部门管一管晚上施工的问题。

联系人：陈秀英（女儿代写）
电话：138-0000-6647
""")

L("h2-m01", "en", "eml", "11-25 23:20", "Sarah O'Neill", "sarah.oneill@webmail.example", "150-0000-8123",
  "临江开发区", "night-permit-question", "Is the night work at Xinghe Bay II permitted?",
  """
Dear Mayor's Office,

I'd like to ask a simple question: does the Xinghe Bay II site (Kechuang Avenue / Yinxing Road) actually hold a night-construction permit? If yes, for which dates and which work? Residents of Parkview, Lanwan Garden and Yinxing Yuan have been woken up by piling and concrete trucks for over a month now, and tonight it's happening again.

If the permit exists, could it be posted at the gate, as I understand it should be? If not, please stop the work.

Also, separately: the pedestrian lights at the Kechuang Avenue junction are very short, but that's a minor point.

Sarah O'Neill
Parkview Residences, B-602
""")

# ---------------------------------------------------------------------------
# m02  Bus route 218 (University Town <-> Wenhua Road metro station) cut back
#      to a loop ending at University Town North Hub from 5 Nov; last bus
#      earlier.  (14)
# ---------------------------------------------------------------------------
L("h2-m02", "en", "eml", "11-05 19:20", "Aisha Bello", "aisha.bello@lut.edu.example", "183-0000-4409",
  "东湖大学城", "route-218-cut", "Bus 218 no longer goes to Wenhua Road metro",
  """
Dear Mayor,

I am a PhD student from Nigeria at Lakeside University of Technology (湖滨理工大学) in Donghu University Town. Since today, bus 218 no longer goes to Wenhua Road metro station. The driver said it now turns back at the "University Town North Hub". There was no notice in English at the stop.

Many of us take 218 to the metro every day. Now we have to change buses or walk 25 minutes along the highway. Could the old route be restored, or at least could there be a clear notice explaining the change?

Thank you,
Aisha Bello
""")

L("h2-m02", "zh", "eml", "11-05 21:05", "王浩然", "whr2004@stu.jcnu.example", "173-0000-1852",
  "东湖大学城", "218-shortened-student", "218路突然缩线，大学城学生去地铁站太难了",
  """
您好，我是江城师范学院大二学生。今天发现218路公交改线了，不再开到文华路地铁站，只在大学城里面绕一圈，到北枢纽就终点了。

我们学校离地铁站最远，以前坐218直达，现在要在北枢纽换226，226半小时一班，晚上更少。今天去市区做家教回来，在北枢纽等了40分钟。

希望能恢复218路到文华路地铁站的线路。谢谢！

王浩然 173-0000-1852
""")

L("h2-m02", "en", "json", "11-06 08:10", "Lucas Ferreira", "lucas.f@dfsc.edu.example", "188-0000-7031",
  "东湖大学城", "bring-back-218", "Please bring back bus 218 to the metro",
  """
Bus 218 stopped going to Wenhua Road station yesterday. Students from Donghu Foreign Studies College now have no direct way to the metro. Please bring it back.
""")

L("h2-m02", "en", "eml", "11-06 12:30", "Helen Carter", "h.carter@lut.edu.example", "139-0000-6618",
  "东湖大学城", "commuting-lecturer-218", "Route 218 change - impact on staff commuting from the city",
  """
Dear Sir/Madam,

I teach at Lakeside University of Technology and commute from the city centre by metro, then bus 218 from Wenhua Road station to the campus. As of 5 November, route 218 has been shortened and no longer serves Wenhua Road station.

This adds 30-40 minutes each way for me and, I understand, for hundreds of staff and students. The alternative (route 226) runs roughly every 30 minutes and is very crowded in the morning.

I would kindly ask the transport bureau to reconsider, or to add a shuttle between the North Hub and Wenhua Road station at peak hours. I would also appreciate knowing the reason for the change.

Yours faithfully,
Dr Helen Carter
School of Foreign Languages, LUT
""")

L("h2-m02", "zh", "json", "11-06 17:45", "赵敏", "zhaomin_work@163.example", "159-0000-2396",
  "东湖大学城", "canteen-worker-bus", "218路改线后上班太不方便",
  """
我在大学城湖滨理工大学二食堂上班，家住市区，每天早上五点半出门，坐地铁到文华路站，再坐218路首班车到学校。现在218路不到文华路站了，首班车那个时间根本没有车能接上，我只能打车，一趟三十多块，一个月工资才多少？希望恢复原来的218路，至少早班车能开到地铁站。
""")

L("h2-m02", "en", "eml", "11-07 09:00", "Nguyen Thi Lan", "lan.nguyen@dfsc.edu.example", "166-0000-5584",
  "东湖大学城", "exchange-student-218", "Bus 218 route changed without notice",
  """
Hello,

I am an exchange student from Vietnam. I want to report that bus No. 218 changed its route this week. It used to go from our university town to Wenhua Road subway station, now it stops at the North Hub. I got lost on Tuesday night because the map at the bus stop is old.

Please update the bus stop maps in English and, if possible, let 218 go to the subway again.

Best regards,
Nguyen Thi Lan
""")

L("h2-m02", "en", "eml", "11-07 22:40", "Marco Rossi", "marco.rossi@posta.example", "182-0000-9047",
  "东湖大学城", "218-last-bus-and-app", "218: no metro connection and earlier last bus",
  """
Dear Mayor,

Two problems with bus 218 since this week:
1) It no longer reaches Wenhua Road metro station, so anyone arriving by metro must change to 226 or take a taxi.
2) The last bus now leaves at 21:00 instead of 22:30, so students who study late in the city cannot get back.

Also the bus app still shows the old route, which confuses people.

Please consider restoring the route, or at least the evening services.

Marco Rossi
Lakeside University of Technology, International Students' Dorm 3
""")

L("h2-m02", "zh", "eml", "11-08 10:15", "李思远", "lisiyuan@lut.edu.example", "180-0000-3362",
  "东湖大学城", "218-detailed-times", "关于218路公交缩线的意见和建议",
  """
尊敬的市长：

我是湖滨理工大学研究生李思远。11月5日起，218路由"大学城南门—文华路地铁站"调整为"大学城南门—大学城北枢纽"，文华路地铁站至北枢纽段取消，同时末班车由22:30提前到21:00。

我做了一个简单记录：
- 11月6日早8:00，文华路站换乘点排队约120人；
- 226路实际发车间隔25—35分钟；
- 从北枢纽步行到文华路站约2.1公里，沿途没有人行道，只能走非机动车道。

大学城三所高校师生四万多人，218路是唯一直达地铁的线路。建议：一、恢复原线路；二、如确需调整，增开高峰时段接驳；三、末班车恢复到22:30。

谢谢！

李思远
湖滨理工大学 研究生公寓5号楼
180-0000-3362
""")

L("h2-m02", "en", "eml", "11-08 23:30", "Oliver Grant", "ogrant@mail.example", "151-0000-6720",
  "东湖大学城", "stranded-218", "Stranded again - bus 218",
  """
Missed the new 9 pm last bus 218 and there was nothing from Wenhua Road to the University Town. Took a 60-yuan taxi. Please restore the old 218.

Oliver Grant
""")

L("h2-m02", "en", "eml", "11-11 14:00", "Zhang Wei", "zhangwei.jcnu@stu.jcnu.example", "177-0000-2518",
  "东湖大学城", "route-218-petition", "Route 218 (大学城—文华路) - student request",
  """
Dear Mayor,

I'm a local student at Jiangcheng Normal University (江城师范学院). I'm writing in English so that my international classmates can sign it too; 37 of us have put our names on the attached list (I can send it on request).

Route 218 (大学城—文华路地铁站) was cut on 5 November and now ends at 大学城北枢纽. For students in the southern part of the University Town this means over an hour to reach the metro. We ask that the section to Wenhua Road station be restored, at least during 7-9 am and 5-10 pm.

Thank you for your time.
Zhang Wei
Student, Jiangcheng Normal University
""")

L("h2-m02", "zh", "eml", "11-13 08:20", "吴秋菊", "wuqj_taoyuan@qq.example", "134-0000-7713",
  "东湖大学城", "elderly-hospital-bus", "老年人去城里看病，218路不到地铁站了",
  """
市长你好，我是桃源村的，今年六十九岁，每个礼拜要去市里医院做一次透析。原来在村口坐218路到文华路坐地铁，很方便。现在218不去地铁站了，要换车，换的那个车人多挤不上去，站着又站不住。

能不能让218路还开到地铁站？谢谢政府。

吴秋菊 电话134-0000-7713（儿子的）
""")

L("h2-m02", "en", "json", "11-14 19:00", "Fatima Khan", "fatima.khan@lut.edu.example", "157-0000-4290",
  "东湖大学城", "library-and-218", "Library hours and bus 218",
  """
Two things, if I may. First, the university town public library closes at 8 pm on weekdays - could it stay open until 10 during exam season? Second, and more important: since bus 218 was shortened and no longer goes to Wenhua Road metro station, the last bus back is at 9 pm, which makes it impossible for many of us to attend evening classes or work in the city. Please consider restoring the full route.
""")

L("h2-m02", "en", "eml", "11-18 07:50", "Samuel Osei", "s.osei@dfsc.edu.example", "132-0000-8851",
  "东湖大学城", "morning-queue-226", "Morning crush after bus 218 change",
  """
Good morning,

Since route 218 was cut back to the North Hub, the queue for route 226 at the hub is dangerous in the mornings. Today people were pushing onto the road to get on the bus. It's been two weeks - please either restore 218 to Wenhua Road station or put on more buses.

Samuel Osei, Donghu Foreign Studies College
""")

L("h2-m02", "zh", "eml", "11-20 16:30", "陈一鸣", "chenyiming@stu.lut.example", "181-0000-6473",
  "东湖大学城", "student-union-survey-218", "大学城学生会联合反映218路调整问题（附问卷结果）",
  """
尊敬的市长：

我们是东湖大学城三所高校（湖滨理工大学、江城师范学院、东湖外国语学院）学生会。11月5日218路取消北枢纽至文华路地铁站区段、末班车提前后，我们在11月12—18日做了线上问卷，收到有效问卷2316份：

- 87%的同学表示每周至少三次乘坐218去地铁站；
- 换乘后单程平均增加34分钟；
- 62%的同学遇到过晚上回不了学校的情况。

我们理解公交线网优化的需要，但恳请交通部门听取师生意见，恢复218路至文华路地铁站，或开通高峰接驳专线。

联系人：陈一鸣（湖滨理工大学学生会）
电话：181-0000-6473
""")

# ---------------------------------------------------------------------------
# m03  Smoke and burnt-rubber smell from Hualang New Materials Co. in the
#      Qingshi Industrial Park, mostly at night; Shiqiao / Xiawan villages,
#      Qingshi Xinyuan estate.  (13)
# ---------------------------------------------------------------------------
L("h2-m03", "zh", "eml", "11-08 06:40", "石长根", "shichanggen@139.example", "135-0000-4862",
  "青石镇", "shiqiao-black-smoke", "石桥村旁边厂子半夜冒黑烟",
  """
领导：

我是青石镇石桥村村民石长根。村子东边工业园里那家华朗的厂，每天半夜烟囱冒黑烟，一股烧轮胎的臭味，一直飘到村里。早上起来院子里晒的衣服上都是黑点点。

我们村老人多，咳嗽的人越来越多。请政府来查一查这个厂。

石长根
青石镇石桥村三组
135-0000-4862
""")

L("h2-m03", "zh", "eml", "11-09 22:15", "何晓燕", "hexiaoyan@163.example", "136-0000-2073",
  "青石镇", "qingshi-xinyuan-child-cough", "青石新苑晚上闻到刺鼻焦臭味，孩子咳嗽",
  """
您好：

我住青石新苑，这一个月来几乎每天晚上九十点钟以后，窗外就飘进来一股刺鼻的焦臭味，像烧塑料烧橡胶，关窗都挡不住。邻居说是工业园里的华朗新材料在偷偷生产。

我女儿6岁，这两周一直咳嗽，医生说可能和空气有关。请环保部门晚上来测一测，查查这个厂的排放。

何晓燕
青石新苑6幢
136-0000-2073
""")

L("h2-m03", "zh", "json", "11-10 07:05", "徐建国", "xujianguo@qq.example", "133-0000-9508",
  "青石镇", "xiawan-rubber-smell", "下湾村附近橡胶厂夜里排废气",
  """
我是下湾村村民。青石工业园华朗新材料有限公司（就是园区最东头那个，靠着下湾村的）晚上开炉子，白天不开，明显是躲检查。烟是黑的，味道像烧胎，风往西吹的时候整个下湾村都是这个味。希望夜里来突击检查。
""")

L("h2-m03", "en", "eml", "11-12 23:50", "Mark Jensen", "mark.jensen@nordmail.example", "186-0000-1425",
  "青石镇", "qingshi-smell-night", "Strong burning smell at night near Qingshi Industrial Park",
  """
Dear Mayor,

I'm a Danish engineer working in the Qingshi Industrial Park and living in the Qingshi Xinyuan estate. Almost every night after 10 pm there is a strong smell of burnt rubber in the air, and I can see dark smoke from a chimney at the eastern end of the park. Colleagues tell me it is Hualang New Materials.

I have an air purifier, but the indoor PM2.5 reading jumps above 150 when the smell comes. I'd be grateful if the environment bureau could monitor emissions there at night.

Best regards,
Mark Jensen
""")

TEMPLATE_B = """
尊敬的领导：

青石工业园华朗新材料有限公司长期在夜间（晚10点至早6点）违法排放废气，黑烟滚滚，焦臭味刺鼻，影响石桥村、下湾村、青石新苑上万群众。很多老人孩子出现咳嗽、头痛、喉咙痛。我们强烈要求：
1. 生态环境部门夜间突击检测；
2. 公开该企业环评和排污许可情况；
3. 不达标立即停产整改。
{extra}
{sign}
"""

L("h2-m03", "zh", "eml", "11-14 05:30", "罗春花", "luochunhua@126.example", "137-0000-3340",
  "青石镇", "template-hualang-luo", "强烈要求查处华朗新材料夜间排放废气",
  TEMPLATE_B.format(extra="", sign="石桥村村民 罗春花 137-0000-3340"))

L("h2-m03", "zh", "eml", "11-14 08:45", "邓伟", "dengwei88@sina.example", "189-0000-6251",
  "青石镇", "template-hualang-deng", "强烈要求查处华朗新材料夜间排放废气",
  TEMPLATE_B.format(extra="", sign="青石新苑业主 邓伟\n电话：189-0000-6251"))

L("h2-m03", "zh", "eml", "11-14 20:00", "曾丽娟", "zenglijuan@qq.example", "155-0000-8806",
  "青石镇", "template-hualang-zeng", "华朗新材料夜间排废气，请求检测",
  TEMPLATE_B.replace("上万群众", "周边群众").format(
      extra="另外，我家就在下湾村口，昨晚两点被熏醒，拍了视频，需要的话可以提供。",
      sign="下湾村 曾丽娟 155-0000-8806"))

L("h2-m03", "en", "eml", "11-15 22:10", "Anna Kowalski", "anna.kowalski@skrzynka.example", "150-0000-7164",
  "青石镇", "teacher-smoke-qingshi", "Smoke over Qingshi Town at night",
  """
Hello,

I teach English at a school in Qingshi Town and rent a flat in Qingshi Xinyuan. Tonight the air smells like burning tyres again, and I can see black smoke lit up by the streetlights coming from the industrial park (the factory at the east end, by Xiawan Village).

Several of my students have coughs. Is anybody measuring the air at night? I would really appreciate an answer.

Anna Kowalski
150-0000-7164
""")

L("h2-m03", "zh", "eml", "11-18 06:00", "胡建军", "hujianjun_driver@139.example", "138-0000-5519",
  "青石镇", "driver-sees-smoke", "凌晨路过青石工业园，华朗厂烟囱冒黑烟",
  """
我是货车司机，每天凌晨四五点经过青石工业园东侧的园区三路。连续好几天看到华朗新材料厂的烟囱冒浓黑烟，开着车窗都呛。白天路过烟囱却是干净的。这个厂肯定有问题，建议晚上去查。

胡建军 138-0000-5519
""")

L("h2-m03", "en", "json", "11-20 21:30", "Ryan Mitchell", "ryanm@freemail.example", "131-0000-2947",
  "青石镇", "hualang-fumes", "Hualang factory fumes",
  """
The Hualang factory in Qingshi Industrial Park is belching smoke again tonight. The whole of Qingshi Xinyuan smells of burnt rubber. Please do something.
""")

L("h2-m03", "zh", "eml", "11-22 23:40", "程雪", "chengxue@163.example", "185-0000-4038",
  "青石镇", "smoke-and-river", "青石镇工业园废气问题及河水颜色异常",
  """
市长您好：

想反映两件事。

第一，青石工业园东头华朗新材料每天晚上排黑烟，味道很冲，我们青石新苑晚上都不敢开窗，这个已经有很多人反映过了，希望有个结果。

第二，石桥村边上那条小河最近水发黑，有时候有泡沫，不知道是不是也和园区企业有关，麻烦一并查一下。

谢谢。
程雪
青石新苑2幢
""")

L("h2-m03", "zh", "json", "11-25 07:20", "", "", "", "青石镇", "anon-hualang-results",
  "华朗新材料废气问题到底查了没有",
  """
青石新苑业主。反映华朗新材料（青石工业园）夜里排黑烟、烧胶臭味已经半个多月了，昨晚照旧，凌晨一点到四点最严重。到底有没有来查？能不能公开检测结果？
""", anonymous=True)

L("h2-m03", "en", "eml", "11-27 22:50", "Chen Jiahui", "jiahui.chen@uk-alumni.example", "176-0000-8315",
  "青石镇", "returnee-air-quality", "Night-time emissions in Qingshi - request for monitoring data",
  """
Dear Mayor,

I grew up in Qingshi and moved back from the UK this year to live with my parents in Shiqiao Village. I'm writing in English because it's easier for me to be precise.

Between roughly 10 pm and 5 am, the Hualang New Materials plant (华朗新材料) in the Qingshi Industrial Park emits dark smoke with a strong smell of burnt rubber. I have logged it on 14 of the last 20 nights. My parents, both over 70, now wake up coughing.

Could the Ecology and Environment Bureau (1) publish the plant's emission permit and monitoring data, and (2) run unannounced night-time checks? I'm willing to share my log.

Sincerely,
Chen Jiahui
Shiqiao Village, Qingshi Town
176-0000-8315
""")

# ---------------------------------------------------------------------------
# m04  Wage arrears at Deyuan Precision Electronics (Linjiang) Co., Xinggang
#      Road, north area of the development zone; Aug-Oct unpaid.  (12)
# ---------------------------------------------------------------------------
L("h2-m04", "zh", "eml", "11-14 10:00", "杨春生", "yangchunsheng@qq.example", "152-0000-6084",
  "临江开发区", "deyuan-smt-wages", "德源精密电子拖欠工资三个月",
  """
市长您好：

我是德源精密电子（临江）有限公司SMT车间的操作工，工厂在开发区北区星港路。从8月份开始公司就没发过工资，说是客户货款没到，让我们再等等。现在已经11月中旬了，8、9、10三个月工资一分没拿到，我欠了房租两个月，房东要赶人了。

车间里三百多人都是这种情况。请劳动监察部门帮帮我们。

杨春生
152-0000-6084
""")

L("h2-m04", "zh", "json", "11-14 13:20", "黄美玲", "huangmeiling@163.example", "183-0000-7420",
  "临江开发区", "deyuan-qc-wages", "德源电子欠薪求助",
  """
我在德源精密电子做品检，入职一年多。公司8月到10月的工资一直拖着不发，每次问人事都说"下个月一起发"。我家里有两个小孩读书，实在撑不下去了。请政府帮我们要回工资。公司地址：临江开发区星港路18号。
""")

TEMPLATE_C = """
尊敬的市长：

我们是德源精密电子（临江）有限公司员工。公司自2026年8月起拖欠全体一线员工工资，至今已三个月，涉及员工约三百二十人，金额估计超过五百万元。公司管理层一再推诿，近期还有设备被搬走的迹象，我们非常担心老板跑路。

恳请开发区劳动保障监察部门尽快介入，查封公司资产，督促公司支付拖欠工资。
{sign}
"""

L("h2-m04", "zh", "eml", "11-15 09:30", "彭志刚", "pengzhigang@126.example", "139-0000-8190",
  "临江开发区", "template-deyuan-peng", "德源精密电子拖欠三百多名员工工资，请求介入",
  TEMPLATE_C.format(sign="员工 彭志刚 139-0000-8190"))

L("h2-m04", "zh", "eml", "11-15 10:02", "唐小军", "tangxj1990@qq.example", "187-0000-2635",
  "临江开发区", "template-deyuan-tang", "德源精密电子拖欠三百多名员工工资，请求介入",
  TEMPLATE_C.format(sign="员工 唐小军（组装车间）\n187-0000-2635"))

L("h2-m04", "zh", "eml", "11-15 11:45", "卢芳", "lufang_sz@sina.example", "158-0000-3917",
  "临江开发区", "template-deyuan-lu", "请求介入德源公司欠薪",
  TEMPLATE_C.replace("近期还有设备被搬走的迹象，我们非常担心老板跑路。",
                     "前天晚上有货车来拉走了二楼的两台贴片机，我们非常担心老板跑路。")
  .format(sign="德源员工 卢芳 158-0000-3917"))

L("h2-m04", "en", "eml", "11-16 20:00", "Rahul Verma", "rahul.verma@desimail.example", "166-0000-5032",
  "临江开发区", "deyuan-engineer-unpaid", "Unpaid salary at Deyuan Precision Electronics",
  """
Dear Mayor,

I am an equipment engineer from India, employed since 2024 by Deyuan Precision Electronics (Linjiang) Co., Ltd. on Xinggang Road in the Development Zone. My salary for August, September and October has not been paid, the same as for the Chinese workers on the production lines.

My residence permit is tied to this employer, so I cannot simply leave and find another job. The HR department no longer replies to my messages. Could you tell me which office handles wage complaints for foreign employees, and whether I can join the complaint of the other workers?

Thank you very much,
Rahul Verma
166-0000-5032
""")

L("h2-m04", "zh", "eml", "11-17 08:00", "谢大勇", "xiedayong@139.example", "135-0000-6728",
  "临江开发区", "dispatch-worker-deyuan", "劳务派遣工也被德源拖欠工资",
  """
您好，我是鑫程劳务派遣到德源精密电子的工人。德源说钱给了劳务公司，劳务公司说德源没给钱，两边踢皮球，我们派遣工8月以后的工资也都没发。

请问我们这种情况找谁？德源在开发区星港路，劳务公司在开发区人才市场二楼。

谢大勇 135-0000-6728
""")

L("h2-m04", "zh", "eml", "11-18 19:30", "韦金花", "weijinhua@qq.example", "134-0000-1186",
  "临江开发区", "deyuan-angry-short", "德源欠我们三个月工资！",
  """
德源电子三个月不发工资，还让我们天天加班！再不管我们就去厂门口拉横幅了！

韦金花 134-0000-1186
""")

L("h2-m04", "zh", "json", "11-19 12:10", "覃海涛", "qinhaitao@163.example", "182-0000-4573",
  "临江开发区", "deyuan-team-lead", "德源精密电子欠薪情况汇总反映",
  """
我是德源精密电子组装二线的线长，手下42人。公司8月、9月、10月工资均未发放，我们线平均每人被欠约1.6万元。11月12日公司贴通知说"11月底前发放8月工资"，但没有书面承诺，大家都不信。工人情绪很大，我担心出事。恳请劳动监察部门尽快约谈公司负责人，给工人一个明确的支付时间表。
""")

L("h2-m04", "en", "eml", "11-20 15:00", "Maria Santos", "maria.santos@pinoymail.example", "157-0000-9361",
  "临江开发区", "translator-unpaid-deyuan", "Deyuan Electronics - three months unpaid",
  """
Good afternoon,

I work as an English-Chinese translator for Deyuan Precision Electronics in the Linjiang Development Zone. Like everyone else at the company, I have not been paid since August. I'm also worried because last week some machines were removed from the workshop at night.

Please help the workers of Deyuan. Many of them have children and rent to pay.

Maria Santos
157-0000-9361
""")

L("h2-m04", "zh", "eml", "11-21 22:30", "姚红霞", "yaohongxia@126.example", "136-0000-8842",
  "临江开发区", "worker-wife-deyuan", "我爱人在德源电子上班，三个月没发工资",
  """
市长您好：

我爱人在开发区德源精密电子当工人，已经三个月没领到工资了。我们两口子在这边打工，孩子在老家读书，这个月的生活费都是借的。他每天还得去上班，怕不去连以前的都要不回来。

求政府帮帮这些工人。

姚红霞
电话 136-0000-8842
""")

L("h2-m04", "zh", "eml", "11-22 09:10", "莫建华", "mojianhua@sina.example", "189-0000-2257",
  "临江开发区", "deyuan-wages-and-insurance", "德源公司欠薪及未缴社保问题",
  """
尊敬的领导：

反映德源精密电子（临江）有限公司两个问题：
一是8至10月工资拖欠，这个大家都反映过了；
二是我昨天去社保查了一下，公司从今年6月起就没给我们交社保了，工资条上却照样扣了个人部分。

请劳动和社保部门一并查处。

莫建华
星港路德源公司员工宿舍
189-0000-2257
""")

# ---------------------------------------------------------------------------
# m05  Binhe Road railway underpass, Nanhu New Town: floods after rain,
#      pump not working.  (8)
# ---------------------------------------------------------------------------
L("h2-m05", "zh", "eml", "11-04 18:30", "贺明", "heming@163.example", "138-0000-2914",
  "南湖新城", "binhe-underpass-stall", "滨河路铁路桥下穿通道积水，车辆熄火",
  """
您好：

今天下午一场雨，南湖新城滨河路铁路下穿通道积水有半米多深，我的车开到中间直接熄火了，只能推出来，现在还在修理厂。当时里面还有三四辆车也熄火了。

这个下穿每次下雨都淹，排水泵好像根本没开。也没有人设路障提醒。请尽快解决，不然迟早出人命。

贺明
138-0000-2914
""")

L("h2-m05", "en", "eml", "11-04 20:10", "James Whitaker", "jwhitaker@mail.example", "185-0000-6033",
  "南湖新城", "binhe-tunnel-flooded", "Binhe Road tunnel under the railway flooded again",
  """
Dear Mayor,

I live in Nanhu New Town. The short road tunnel on Binhe Road that goes under the railway was flooded this afternoon after about an hour of rain - the water was up to car doors. There were no warning signs or barriers, and two cars were stuck inside.

This happens after every heavy rain. Could the drainage pumps there be checked, and could warning signs be put up?

Regards,
James Whitaker
""")

L("h2-m05", "zh", "json", "11-05 08:00", "龚秀兰", "", "133-0000-7186",
  "南湖新城", "ebike-underpass-water", "滨河路下穿积水，电动车过不去",
  """
我每天骑电动车去南湖新城菜市场卖菜，要走滨河路那个火车桥底下。昨天下雨后水很深，电动车进水坏了，我差点摔倒。今天早上还有积水。请把排水弄好。
""")

L("h2-m05", "zh", "eml", "11-05 12:20", "余涛", "yutao_taxi@qq.example", "159-0000-4451",
  "南湖新城", "taxi-driver-underpass", "出租车司机反映滨河路下穿排水问题",
  """
领导好，我是开出租的。南湖新城滨河路穿铁路那个下穿通道，一下雨就成了池子。我跑了五年车了，这里每年淹好几次。昨天下午我在那里看到一辆私家车泡在里面，水到车门一半。

建议：1.检修泵站；2.积水超过一定深度自动封闭，装个水位提示牌；3.下雨时派人值守。

余涛 159-0000-4451
""")

L("h2-m05", "en", "json", "11-17 19:40", "Elena Petrova", "elena.p@pochta.example", "151-0000-3862",
  "南湖新城", "underpass-flooded-again", "Underpass flooded again",
  """
The Binhe Road railway underpass in Nanhu New Town is flooded again after today's rain. A bus had to turn back. Nothing seems to have been fixed since the last time.
""")

L("h2-m05", "zh", "eml", "11-17 21:00", "段晓峰", "duanxf@126.example", "187-0000-6617",
  "南湖新城", "underpass-again-nov17", "滨河路下穿又淹了",
  """
上次（11月4日）淹过之后说要修泵，今天下雨又淹了，水深到膝盖，有车泡在里面。滨河路下穿通道到底什么时候能解决？

段晓峰 南湖新城锦绣里
""")

L("h2-m05", "en", "eml", "11-18 07:30", "Wang Lei", "wanglei.nh@mail.example", "177-0000-5209",
  "南湖新城", "school-kids-underpass", "Children walking through the flooded Binhe Road underpass",
  """
Dear Mayor,

I'm a parent in Nanhu New Town. Many children from our estate walk to Nanhu No. 2 Primary School through the Binhe Road underpass below the railway. This morning, after yesterday's rain, there was still ankle-deep water and no one to direct traffic. Kids were walking along the kerb while cars splashed through.

Please fix the drainage and, until then, put up barriers and a warning sign when it floods.

Wang Lei
177-0000-5209
""")

L("h2-m05", "zh", "eml", "11-19 10:00", "潘国庆", "panguoqing@139.example", "135-0000-9730",
  "南湖新城", "volunteer-underpass-report", "关于滨河路铁路下穿通道反复积水的情况反映",
  """
尊敬的市长：

我是南湖新城锦绣社区的志愿者。滨河路铁路下穿通道本月4日、17日两次降雨后严重积水，最深处约70厘米，多辆车辆熄火被困。我们社区志愿者两次到现场临时劝导车辆绕行。

据了解，该通道泵房设备老化，有一台泵长期故障。建议市政部门尽快维修更换，并在通道两端安装积水深度标尺和警示灯。

潘国庆
锦绣社区志愿者服务队
135-0000-9730
""")

# ---------------------------------------------------------------------------
# m06  Cuiping Jiayuan estate, Nanhu New Town: Hengtai Property Management
#      raises fee from 1.6 to 2.5 yuan/m2 from 1 December.  (7)
# ---------------------------------------------------------------------------
L("h2-m06", "zh", "eml", "11-11 20:00", "蒋文华", "jiangwenhua@163.example", "139-0000-5406",
  "南湖新城", "cuiping-fee-rise", "翠屏嘉园物业费大幅上涨，未经业主同意",
  """
市长您好：

我是南湖新城翠屏嘉园5栋业主。昨天小区门口贴出恒泰物业的通知，从12月1日起物业费由每月每平方米1.6元涨到2.5元，涨幅超过五成。整个过程没有召开业主大会，也没有征求业主意见。

请问物业费这样单方面上涨合法吗？请住建部门核查。

蒋文华
翠屏嘉园5栋2单元
139-0000-5406
""")

L("h2-m06", "zh", "json", "11-12 09:15", "邱丽萍", "qiuliping@qq.example", "186-0000-2847",
  "南湖新城", "cuiping-fee-no-vote", "翠屏嘉园恒泰物业涨价",
  """
翠屏嘉园恒泰物业通知12月起物业费涨到2.5元/平米。服务这么差：电梯经常坏、垃圾不及时清、保安形同虚设，还要涨价，凭什么？没开业主大会就涨价，希望主管部门管一管。
""")

L("h2-m06", "en", "eml", "11-13 21:30", "Michael Brown", "mbrown@postbox.example", "150-0000-9135",
  "南湖新城", "cuiping-tenant-fee", "Management fee increase at Cuiping Jiayuan",
  """
Hello,

I am a British tenant at Cuiping Jiayuan (翠屏嘉园) in Nanhu New Town. My landlord told me that the property management company, Hengtai, will raise the management fee from 1.6 to 2.5 yuan per square metre from December, and that he will add it to my rent.

My neighbours say the owners were never asked. Is such an increase allowed without an owners' vote? Thank you for looking into it.

Michael Brown
Cuiping Jiayuan, Building 8
""")

L("h2-m06", "zh", "eml", "11-15 10:40", "秦玉华", "qinyuhua_teacher@126.example", "133-0000-6290",
  "南湖新城", "retired-teacher-fee", "退休教师反映翠屏嘉园物业费上涨问题",
  """
尊敬的市长：

我是一名退休教师，住翠屏嘉园。恒泰物业公司此次将物业费从1.6元上调至2.5元，依据的是所谓"成本上涨"，但从未公开过收支账目。按照《物业管理条例》，物业服务收费的调整应当由业主大会决定或与业主协商。

我们小区至今没有成立业委会，物业就利用这一点随意涨价。恳请：一、暂停此次涨价；二、督促物业公开近三年收支；三、街道指导小区成立业委会。

秦玉华
133-0000-6290
""")

L("h2-m06", "zh", "eml", "11-18 22:05", "薛凯", "xuekai@sina.example", "188-0000-3318",
  "南湖新城", "cuiping-fee-short", "翠屏嘉园物业费涨价太离谱",
  """
翠屏嘉园物业费一下涨五成多，1.6涨到2.5，业主谁也没同意。请查一下恒泰物业。

薛凯
""")

L("h2-m06", "en", "eml", "11-21 19:00", "Grace Liu", "grace.liu@globalmail.example", "176-0000-4621",
  "南湖新城", "cuiping-owner-fee", "Cuiping Jiayuan - unilateral fee rise by Hengtai Property",
  """
Dear Mayor,

I am an owner at Cuiping Jiayuan, Nanhu New Town (I grew up abroad, so I'm more comfortable writing in English). On 10 November Hengtai Property Management posted a notice raising the monthly fee from CNY 1.6 to 2.5 per m2 from 1 December. There was no owners' meeting and no consultation. When we asked for the cost breakdown, the manager refused.

I'd like to know whether this increase needs approval, and ask the housing department to review it before 1 December.

Grace Liu
176-0000-4621
""")

L("h2-m06", "zh", "eml", "11-25 08:30", "袁志斌", "yuanzhibin@139.example", "137-0000-7552",
  "南湖新城", "cuiping-owners-signatures", "翠屏嘉园业主联名反对物业费上涨",
  """
市长信箱：

翠屏嘉园（南湖新城翠屏路66号）共1280户，截至昨天已有612户业主签名反对恒泰物业12月1日起上调物业费（1.6元→2.5元/㎡·月）。签名原件可提供。

恳请住建局、街道在12月1日前介入协调，暂缓执行。

业主代表 袁志斌
137-0000-7552
""")

# ---------------------------------------------------------------------------
# m07  Dangerous crossing on Xuefu Road at the east gate of Lakeside
#      University of Technology (no signals; accident on 8 Nov).  (6)
# ---------------------------------------------------------------------------
L("h2-m07", "en", "eml", "11-03 12:10", "Ahmed Hassan", "ahmed.hassan@lut.edu.example", "181-0000-3904",
  "东湖大学城", "lut-east-gate-crossing", "Dangerous crossing outside LUT east gate",
  """
Dear Mayor,

Every day thousands of students cross Xuefu Road (学府路) at the east gate of Lakeside University of Technology to reach the bus stop and the food street. There is a zebra crossing but no traffic light, and trucks and e-bikes do not slow down. Today a delivery scooter missed me by centimetres.

Please consider installing traffic lights or at least speed bumps there.

Ahmed Hassan
Master's student, LUT
""")

L("h2-m07", "en", "json", "11-10 08:30", "Emily Zhou", "emily.zhou@lut.edu.example", "173-0000-6158",
  "东湖大学城", "after-sunday-accident", "After Sunday's accident at LUT east gate",
  """
On Sunday evening (8 Nov) a classmate of mine was hit by a car on the zebra crossing on Xuefu Road right outside the east gate of Lakeside University of Technology. She has a broken leg. Students have been asking for traffic lights there for a long time. How many more accidents before something is done? Please install signals and a speed camera at the east gate crossing.
""")

L("h2-m07", "zh", "eml", "11-10 14:00", "孔令辉", "konglinghui@lut.edu.example", "139-0000-2560",
  "东湖大学城", "lut-teacher-crossing", "湖滨理工大学东门学府路人行横道急需设置信号灯",
  """
尊敬的市长：

我是湖滨理工大学的教师。学校东门正对学府路，每天上下学高峰有上万人次横穿马路去对面公交站和商业街。这个路口只有斑马线，没有信号灯，过往渣土车、外卖电动车车速很快。11月8日晚又发生一起学生被撞事件。

建议交警部门尽快在东门路口设置人行信号灯、减速带和测速设备，高峰期安排协管员。

孔令辉
湖滨理工大学机械学院
139-0000-2560
""")

L("h2-m07", "en", "eml", "11-11 23:00", "Jonas Müller", "jonas.mueller@netpost.example", "155-0000-7427",
  "东湖大学城", "traffic-light-east-gate", "Traffic light at LUT east gate, please",
  """
Please put a traffic light at the Xuefu Road crossing at LUT's east gate. Cars never stop for pedestrians there.

Jonas Müller
""")

L("h2-m07", "en", "eml", "11-13 17:20", "Sofia Hernandez", "sofia.hdz@correo.example", "180-0000-5571",
  "东湖大学城", "east-gate-night-crossing", "Unsafe pedestrian crossing on Xuefu Road (east gate)",
  """
Hello,

I'm an exchange student at Lakeside University of Technology. The crossing in front of the east gate on Xuefu Road is very dark at night and cars drive fast; after the accident last Sunday, many of us are afraid to cross. Could you add lights, signals, or a pedestrian bridge?

Thank you,
Sofia Hernandez
""")

L("h2-m07", "en", "eml", "11-16 10:45", "David Kim", "david.kim@lut.edu.example", "132-0000-4186",
  "东湖大学城", "east-gate-proposal", "Proposal for the Xuefu Road east-gate crossing (LUT)",
  """
Dear Mayor,

I'm a Korean-American postdoc at Lakeside University of Technology. I counted pedestrians at the Xuefu Road zebra crossing outside the east gate on Thursday, 12-1 pm: 1,140 people crossed in one hour, and 31 vehicles failed to yield. Vehicle speeds there regularly exceed 50 km/h. A student was injured there on 8 November.

Suggestions, in order of cost:
1. A raised crossing / speed tables on both approaches;
2. Pedestrian signals with a push button;
3. A footbridge in the longer term.

Happy to share my count sheets with the traffic police.

David Kim
""")

# ---------------------------------------------------------------------------
# m08  Streetlights out on Liyuan Road between Lihua Village and Qingshi
#      metro station (~1.5 km) since October.  (5)
# ---------------------------------------------------------------------------
L("h2-m08", "zh", "eml", "11-01 21:00", "郑秀芳", "zhengxiufang@qq.example", "152-0000-9183",
  "青石镇", "liyuan-road-dark", "梨园路梨花村到地铁站一段路灯全不亮",
  """
您好：

青石镇梨园路从梨花村口到青石地铁站那一段，大概一公里多，路灯从十月初开始就全部不亮了。我下夜班九点多从地铁站走回村里，一路黑漆漆的，旁边是菜地，非常害怕。

请尽快修一修路灯。

郑秀芳
梨花村
152-0000-9183
""")

L("h2-m08", "zh", "json", "11-06 22:30", "任刚", "rengang@163.example", "183-0000-4316",
  "青石镇", "liyuan-streetlight-ebike", "梨园路路灯坏了一个多月",
  """
梨园路（梨花村—青石地铁站）路灯坏了一个多月，晚上骑电动车看不清路面，前天有人骑车掉进路边排水沟。麻烦相关部门尽快维修。
""")

L("h2-m08", "en", "eml", "11-09 20:15", "Lucy Adams", "lucy.adams@teachmail.example", "186-0000-7729",
  "青石镇", "dark-road-lihua", "No streetlights on the road from Lihua Village to Qingshi metro",
  """
Dear Mayor,

I'm an English teacher renting a house in Lihua Village, Qingshi Town. The road from the village to Qingshi metro station (Liyuan Road, I think) has had no working streetlights for over a month. I walk it every evening and it is pitch dark for about 15 minutes. As a woman walking alone I feel unsafe.

Could the lights please be repaired?

Lucy Adams
""")

L("h2-m08", "zh", "eml", "11-14 19:50", "梁家福", "liangjiafu_son@139.example", "135-0000-3647",
  "青石镇", "elderly-fell-dark-road", "梨花村老人夜里在梨园路摔倒",
  """
领导好，我父亲梁家福今年七十三，前天晚上从青石地铁站那边走回梨花村，梨园路上没灯，踩到坑里摔了一跤，手腕骨裂。那段路灯坏了很久了，村里人都知道，就是没人修。

请尽快把路灯修好。

梁家福（儿子代写）
135-0000-3647
""")

L("h2-m08", "zh", "eml", "11-20 22:40", "施雨", "shiyu@126.example", "188-0000-9051",
  "青石镇", "liyuan-lights-and-potholes", "梨园路路灯不亮，路面坑洼",
  """
你好，梨园路（梨花村到青石地铁站）：
1. 路灯还是不亮，已经快两个月了；
2. 路面有好几个大坑，白天都要绕着走，晚上没灯更危险。
希望一并处理。谢谢。

施雨
""")

# ---------------------------------------------------------------------------
# m09  Liutang Village waste transfer station, south edge of the university
#      town: stench, leachate, 5 a.m. trucks.  (5)
# ---------------------------------------------------------------------------
L("h2-m09", "zh", "eml", "11-12 07:10", "冯德明", "fengdeming@qq.example", "138-0000-4208",
  "东湖大学城", "liutang-transfer-stench", "柳塘村垃圾中转站臭气熏天",
  """
市长您好：

我是柳塘村村民，家就在村南头垃圾中转站边上，不到五十米。最近这一两个月中转站的垃圾堆在外面不及时运走，臭得没法开窗，苍蝇老鼠很多，污水流到路上。每天早上五点不到，垃圾车就进进出出，声音也很大。

请环卫部门管一管。

冯德明
柳塘村南组
138-0000-4208
""")

L("h2-m09", "zh", "eml", "11-15 23:00", "宋佳", "songjia@stu.jcnu.example", "177-0000-8466",
  "东湖大学城", "jcnu-dorm-stench", "江城师范学院南区宿舍闻到垃圾站臭味",
  """
您好，我是江城师范学院的学生，住南区宿舍。宿舍围墙外就是柳塘村的垃圾中转站，最近臭味越来越重，晚上宿舍里都能闻到，好多同学头晕恶心。能不能让垃圾站及时清运、加装除臭设备？

宋佳 177-0000-8466
""")

L("h2-m09", "en", "eml", "11-19 21:00", "Chloe Martin", "chloe.martin@jcnu.edu.example", "157-0000-2694",
  "东湖大学城", "dorm-garbage-smell", "Terrible smell from the garbage station next to our dorm",
  """
Dear Mayor,

I'm a French exchange student at Jiangcheng Normal University, South Campus. The garbage transfer station in Liutang Village, right behind our dormitory wall, smells so bad that we cannot open windows. Dirty water runs down the lane we use to go to the bus stop, and trucks start at 5 a.m.

Could the station be cleaned more often or moved? Thank you.

Chloe Martin
""")

L("h2-m09", "zh", "json", "11-22 06:30", "杜春兰", "", "136-0000-5371",
  "东湖大学城", "liutang-restaurant-flies", "柳塘村垃圾站影响我们做生意",
  """
我在柳塘村口开小饭馆，主要做大学生生意。旁边的垃圾中转站垃圾堆得满满的，天天有臭水往外流，苍蝇都飞到店里，学生都不愿意来吃了。希望垃圾站每天按时清运、清洗地面。
""")

L("h2-m09", "zh", "eml", "11-26 12:00", "董振华", "dongzhenhua@sina.example", "159-0000-6123",
  "东湖大学城", "liutang-station-short", "柳塘垃圾中转站",
  """
柳塘村垃圾中转站又臭又脏，污水横流，早上五点垃圾车吵。请尽快整治。

董振华 柳塘村
""")

# ---------------------------------------------------------------------------
# m10  Maple Bridge Bilingual School (development zone) charges a new
#      mid-term "facility & activity fee" of 6,800 yuan.  (4)
# ---------------------------------------------------------------------------
L("h2-m10", "en", "eml", "11-06 20:30", "Rebecca Hughes", "rebecca.hughes@familymail.example", "185-0000-1907",
  "临江开发区", "maple-bridge-new-fee", "New mid-term fee at Maple Bridge Bilingual School",
  """
Dear Mayor,

My son attends Maple Bridge Bilingual School (枫桥双语学校) in the Linjiang Development Zone. On 4 November the school sent parents a notice demanding a new "facility and activity fee" of 6,800 yuan per student, payable by 20 November, in the middle of the school year. Nothing of the kind was in the enrolment contract.

Is a private school allowed to add fees like this mid-term? Which bureau approves school fees?

Thank you,
Rebecca Hughes
""")

L("h2-m10", "en", "eml", "11-07 09:45", "Park Ji-hoon", "jihoon.park@kmail.example", "131-0000-8582",
  "临江开发区", "maple-bridge-parent-korea", "Maple Bridge School - unexpected 6,800 yuan charge",
  """
Hello,

I am a Korean parent with two children at Maple Bridge Bilingual School in the development zone. The school now asks 6,800 yuan per child as a "facility & activity fee", on top of tuition we already paid for the full year. For our family that is 13,600 yuan with two weeks' notice.

The school says the money is for the new sports hall. We were never consulted. Please advise whether this fee is approved.

Park Ji-hoon
""")

L("h2-m10", "en", "json", "11-09 21:10", "Li Na", "lina.parent@homemail.example", "176-0000-3350",
  "临江开发区", "maple-bridge-fee-approval", "Maple Bridge Bilingual School facility fee - approved or not?",
  """
I'm a local parent (I write English at work, so English is easier for me to type). Maple Bridge Bilingual School in Linjiang Development Zone has told parents to pay an extra 6,800 yuan "facility and activity fee" by 20 November. The school's fee schedule filed for this year does not include it. The school also hinted that pupils who don't pay may not join after-school activities. Could the education bureau check whether this charge is legal?
""")

L("h2-m10", "en", "eml", "11-13 22:00", "Stefan Novak", "s.novak@posta-cz.example", "150-0000-6248",
  "临江开发区", "maple-bridge-deadline", "Maple Bridge fee deadline on 20 Nov",
  """
Dear Sir or Madam,

Maple Bridge Bilingual School's 6,800-yuan extra fee is due on 20 November. Many parents have written to the school with no answer. We would be grateful for the education bureau's view before the deadline.

Stefan Novak
(parent, Grade 4)
""")

# ---------------------------------------------------------------------------
# m11  Taoyuan farmers' market in the university town to be demolished by
#      30 Nov; no replacement.  (4)
# ---------------------------------------------------------------------------
L("h2-m11", "zh", "eml", "11-16 09:00", "甘永福", "ganyongfu@qq.example", "139-0000-7815",
  "东湖大学城", "taoyuan-market-vendor", "桃源农贸市场要拆，我们摊主怎么办",
  """
市长您好：

我在大学城桃源农贸市场卖了八年菜。11月15日市场贴了通知，说月底前全部搬走，市场要拆了建停车场。我们一百多个摊主，摊位费都交到了明年六月，现在说拆就拆，也没说退钱，也没安排新地方。

请政府给我们一个说法，能不能给个过渡的地方。

甘永福
139-0000-7815
""")

L("h2-m11", "zh", "json", "11-17 18:20", "阎素琴", "", "134-0000-2469",
  "东湖大学城", "taoyuan-market-residents", "桃源市场拆了以后买菜去哪里",
  """
我家住桃源村，听说桃源农贸市场月底就要拆了。附近就这一个菜市场，拆了以后我们老人买菜要坐车去青石镇。能不能先建好新市场再拆旧的？
""")

L("h2-m11", "en", "eml", "11-19 12:00", "Isabel Costa", "isabel.costa@dfsc.edu.example", "182-0000-3183",
  "东湖大学城", "taoyuan-market-students", "Please don't close Taoyuan market without a replacement",
  """
Dear Mayor,

I'm a Portuguese student at Donghu Foreign Studies College. Many of us cook for ourselves and buy fresh food at Taoyuan farmers' market in the University Town. We heard it will be demolished at the end of November for a car park, and that there is no new market planned nearby.

The vendors there are very kind and the prices are fair. Could the demolition be postponed until there is a replacement?

Isabel Costa
""")

L("h2-m11", "zh", "eml", "11-24 20:10", "方志远", "fangzhiyuan@163.example", "187-0000-5028",
  "东湖大学城", "taoyuan-stall-refund", "桃源农贸市场拆迁，摊位费退还问题",
  """
领导好：

桃源农贸市场（大学城桃源路）月底要拆，我是里面卖猪肉的摊主。市场管理方只说要腾退，预交的摊位费（我交了一万二）不退，装修投入也没补偿。还有一周就到期限了，请有关部门协调。

方志远
187-0000-5028
""")

# ---------------------------------------------------------------------------
# m12  Egret Wetland Park (development zone) closed for renovation since
#      March; promised reopening in July; still closed.  (3)
# ---------------------------------------------------------------------------
L("h2-m12", "en", "eml", "11-02 16:00", "Peter Lindqvist", "peter.lindqvist@svmail.example", "151-0000-9476",
  "临江开发区", "egret-park-closed", "When will Egret Wetland Park reopen?",
  """
Dear Mayor,

Egret Wetland Park (白鹭湿地公园) in the Linjiang Development Zone has been closed for renovation since March. The sign at the gate says it would reopen in July 2026. It is now November, the gate is still locked, and I see no workers inside.

Many of us used to run there every day. Could you tell us when it will reopen?

Peter Lindqvist
""")

L("h2-m12", "zh", "eml", "11-14 10:30", "包德胜", "baodesheng@139.example", "133-0000-1548",
  "临江开发区", "egret-park-elderly", "白鹭湿地公园封闭八个月还不开放",
  """
市长：

开发区白鹭湿地公园说是提升改造，三月份就围起来了，牌子上写七月开放，现在都十一月了还锁着门，里面也看不见有人干活。我们附近的老人以前天天去散步、打太极，现在只能在马路边上走。

请问到底什么时候能开放？

包德胜
133-0000-1548
""")

L("h2-m12", "en", "json", "11-27 15:00", "Hannah Schmidt", "hannah.schmidt@dmail.example", "188-0000-2730",
  "临江开发区", "egret-park-eight-months", "Egret Wetland Park - closed for 8 months",
  """
Egret Wetland Park in the Development Zone has been closed "for renovation" since March, four months past the promised reopening date. There is no updated notice at the gate. Please publish a timetable, or reopen the parts that are finished.
""")

# ---------------------------------------------------------------------------
# Letters that belong to no group ("-"): 24
# ---------------------------------------------------------------------------
# same kind as m01 (night construction), different sites
L("-", "zh", "eml", "11-06 00:40", "顾晨", "guchen@163.example", "139-0000-4127",
  "南湖新城", "metro7-hubin-night", "地铁7号线湖心路站施工夜间噪音",
  """
您好：

南湖新城湖心路上地铁7号线湖心路站的施工围挡里，这几天晚上一直在破碎路面，风镐声很刺耳，十二点多还在干。我家在湖心路北侧的荷塘雅居。

地铁建设我们支持，但希望夜间施工能提前公告、控制时间。

顾晨 139-0000-4127
""")

L("-", "en", "eml", "11-18 23:30", "Laura Bennett", "laura.bennett@dfsc.edu.example", "183-0000-6508",
  "东湖大学城", "dfsc-library-site-night", "Night construction at the new library site, Donghu Foreign Studies College",
  """
Dear Mayor,

I live in the international dormitory at Donghu Foreign Studies College. The new library building under construction next to our dorm has been working at night this week - drilling and trucks until 1 a.m. We have exams soon.

Could the contractor please keep to daytime hours?

Laura Bennett
""")

# same kind as m02 (bus), different route
L("-", "zh", "eml", "11-09 08:30", "邹国华", "zouguohua@qq.example", "135-0000-8264",
  "青石镇", "bus-306-frequency", "306路公交班次太少",
  """
领导好，青石镇到开发区的306路公交，最近班次从15分钟一班变成40分钟一班，早上在青石镇政府站根本挤不上去。很多人在开发区上班，希望恢复原来的发车间隔。

邹国华 135-0000-8264
""")

L("-", "en", "json", "11-12 20:45", "Arjun Mehta", "arjun.mehta@corpmail.example", "186-0000-9352",
  "临江开发区", "route-51-late-bus", "Request: later buses on Route 51 in the Development Zone",
  """
I work late shifts at a company on Kechuang Avenue. Route 51, which runs from the Development Zone to Linjiang Railway Station, stops at 8:30 pm. Could the last bus be moved to 10 pm? Many shift workers have to walk or pay for taxis.
""")

# same kind as m03 (factory smell), different place
L("-", "en", "eml", "11-16 21:20", "Natalia Ruiz", "natalia.ruiz@correo.example", "152-0000-1876",
  "沙湾镇", "shawan-paint-smell", "Paint fumes from a factory in Shawan Industrial Park",
  """
Hello,

I live in Shawan Town, next to the Shawan Industrial Park. For the past week there has been a strong paint/solvent smell in the afternoons, coming from a furniture-coating workshop on Park Road 2. It gives my husband headaches.

Could someone check the workshop's ventilation and permits?

Natalia Ruiz
""")

# same kind as m04 (wage arrears), different employers
L("-", "zh", "eml", "11-17 11:00", "罗大海", "luodahai@139.example", "138-0000-7091",
  "临江开发区", "hengda-logistics-driver-pay", "恒达物流拖欠司机运费工资",
  """
市长您好：

我是开发区南区恒达物流公司的货车司机，公司拖欠我9月、10月工资和跑车补贴共两万三千多元，一起的还有七八个司机。老板说等年底结账再给。请劳动监察帮忙催一催。

罗大海 138-0000-7091
""")

L("-", "en", "eml", "11-21 10:20", "Chris Walker", "chris.walker@teachmail.example", "155-0000-4632",
  "东湖大学城", "training-centre-unpaid-teacher", "Unpaid wages - Starlit Path Education, University Town",
  """
Dear Mayor,

I taught English at Starlit Path Education, a private training centre on Zhiyuan Road in the University Town, until 31 October. They owe me two months' salary (about 24,000 yuan) and have stopped answering my calls. Three other foreign teachers are in the same situation.

Where should foreign teachers file a wage complaint?

Chris Walker
155-0000-4632
""")

# same kind as m05 (underpass flooding), different underpass
L("-", "en", "eml", "11-04 19:30", "Ben Harris", "ben.harris@mail.example", "187-0000-3445",
  "临江开发区", "weisan-underpass-flood", "Flooded underpass on Weisan Road, Development Zone",
  """
Hi,

The underpass on Weisan Road (纬三路) below the expressway in the Development Zone was flooded this afternoon after the rain - about 30 cm of water. I had to turn back on my scooter. Please check the drains there.

Ben Harris
""")

# look-alike pair: fee rises at two DIFFERENT estates (each "-")
L("-", "zh", "json", "11-14 21:10", "谭晓红", "tanxiaohong@163.example", "139-0000-6034",
  "临江开发区", "zijing-yuan-fee-rise", "紫荆苑物业费上涨，未经业主同意",
  """
市长您好，我是开发区紫荆苑业主。小区门口贴出物业通知，12月1日起物业费由每月每平方米1.8元上涨到2.6元，涨幅四成多。整个过程没有召开业主大会，也没有征求业主意见。请问物业费这样单方面上涨合法吗？请住建部门核查。
""")

L("-", "zh", "eml", "11-19 20:40", "侯振宇", "houzhenyu@126.example", "136-0000-3781",
  "青石镇", "jingui-huating-fee-rise", "金桂华庭物业费大幅上涨，业主不同意",
  """
市长您好：

我是青石镇金桂华庭业主。前两天物业在电梯里贴出通知，明年1月起物业费从每月每平方米1.5元涨到2.3元，涨幅超过五成。没有召开业主大会，也没有征求业主意见。

请问物业费这样单方面上涨合法吗？请相关部门核查。

侯振宇
金桂华庭3幢
136-0000-3781
""")

# same place as m06 (Cuiping Jiayuan), different problem: broken lift
L("-", "zh", "eml", "11-20 09:30", "龙秀珍", "longxiuzhen@qq.example", "133-0000-8947",
  "南湖新城", "cuiping-lift-broken", "翠屏嘉园12栋电梯坏了一周没修",
  """
您好，我住南湖新城翠屏嘉园12栋18楼，我们这个单元的电梯上周四坏了，到今天一个星期了还没修好，说是在等配件。我七十多岁，腿脚不好，只能天天待在家里。

请督促尽快修好电梯。

龙秀珍（孙子代写）
133-0000-8947
""")

# same place as m01 (Parkview Residences), different problem: water outage
L("-", "en", "eml", "11-08 08:15", "Julia Novak", "julia.novak@postbox.example", "150-0000-7281",
  "临江开发区", "parkview-water-outage", "Repeated water cuts at Parkview Residences",
  """
Dear Mayor,

At Parkview Residences on Kechuang Avenue, our water has been cut without notice three times this week, each time for several hours. The management office says it's a "pipe problem" but gives no schedule.

Could the water company or the housing bureau look into it?

Julia Novak
Parkview Residences, C-1507
""")

# same place as m07 (LUT east gate), different problem: shared bikes
L("-", "en", "eml", "11-24 13:30", "Tyler Brooks", "tyler.brooks@lut.edu.example", "181-0000-7619",
  "东湖大学城", "east-gate-shared-bikes", "Shared bikes blocking the pavement at LUT east gate",
  """
Hello,

Outside the east gate of Lakeside University of Technology, hundreds of shared bikes are dumped on the pavement on Xuefu Road, so people have to walk in the bike lane. Could the bike companies be asked to clear them regularly and mark a parking area?

Tyler Brooks
""")

# same place as m03 (Qingshi Town), different problem: clinic hours
L("-", "zh", "eml", "11-13 15:00", "鲁桂英", "luguiying@139.example", "135-0000-2198",
  "青石镇", "qingshi-clinic-weekend", "青石镇卫生院周末不看门诊",
  """
领导好，青石镇卫生院最近周六周日不开门诊了，只有急诊。我们石桥村老人多，平时子女上班，只有周末能陪老人看病，现在周末只能跑到城里。希望卫生院恢复周末门诊。

鲁桂英 135-0000-2198
""")

# same place as m12 (Egret Wetland Park), different problem: dumping on the road outside
L("-", "en", "eml", "11-10 17:40", "Oscar Lindgren", "oscar.lindgren@svmail.example", "158-0000-5093",
  "临江开发区", "luzhou-road-dumping", "Construction waste dumped on Luzhou Road by Egret Wetland Park",
  """
Dear Mayor,

Along Luzhou Road, on the west side of Egret Wetland Park, trucks have been dumping construction rubble on the verge at night. There are now several large piles, and part of the cycle lane is blocked.

Could the city management bureau remove it and find out who is dumping?

Oscar Lindgren
""")

# same place as m05 (Binhe Road underpass), different problem: parked trucks
L("-", "zh", "eml", "11-23 10:10", "秦海波", "qinhaibo@sina.example", "189-0000-5617",
  "南湖新城", "binhe-underpass-trucks-parked", "滨河路下穿通道口大货车乱停",
  """
您好，南湖新城滨河路下穿通道北口路边，每天晚上停满了大货车，有的一停好几天，占了一条车道，车从通道出来视线被挡住，很危险。请交警来管一管。

秦海波 189-0000-5617
""")

# same kind as m08 (streetlights), different road
L("-", "en", "eml", "11-15 21:15", "Megan Clarke", "megan.clarke@jcnu.edu.example", "177-0000-1304",
  "东湖大学城", "zhixing-road-lights", "Streetlights out on Zhixing Road",
  """
Hello,

Several streetlights on Zhixing Road (知行路), between Jiangcheng Normal University's north gate and the sports centre, have been out for two weeks. It's a busy student route in the evening. Could they be fixed?

Megan Clarke
""")

# same kind as m09 (waste), different place/problem
L("-", "en", "json", "11-11 09:40", "Sophie Laurent", "sophie.laurent@courriel.example", "131-0000-6495",
  "临江开发区", "lakeview-villas-garbage", "Garbage not collected at Lakeview Villas",
  """
At Lakeview Villas in the Development Zone, the garbage bins have not been emptied for five days. Bags are piling up by the gate. The property office says the contractor changed. Could the sanitation department help?
""")

# same kind as m10 (school), different school/problem
L("-", "zh", "eml", "11-26 16:40", "邵建新", "shaojianxin@163.example", "137-0000-4025",
  "南湖新城", "nanhu-school-enrolment", "咨询南湖新城小学学区划分",
  """
您好，我家在南湖新城锦绣里，明年孩子上小学。请问锦绣里划入南湖二小还是南湖三小学区？什么时候公布明年的学区划分？谢谢。

邵建新 137-0000-4025
""")

# same kind as m11 (market), different market/problem
L("-", "en", "eml", "11-22 23:15", "Ethan Cole", "ethan.cole@mail.example", "182-0000-8736",
  "南湖新城", "nanhu-night-market-noise", "Night market noise on Hexin Road, Nanhu New Town",
  """
Dear Mayor,

The night market on Hexin Road in Nanhu New Town plays loud music until past midnight, and the barbecue smoke comes into our flats. I don't want it closed - just quieter after 10 pm.

Ethan Cole
""")

# ordinary unrelated letters
L("-", "en", "eml", "11-03 10:05", "Nadia Haddad", "nadia.haddad@inbox.example", "166-0000-2085",
  "临江开发区", "residence-registration-question", "How to register my address as a foreign resident?",
  """
Hello,

I have just moved to the Development Zone for work. Where do I register my accommodation as a foreign resident, and do I need my landlord to come with me?

Thank you,
Nadia Haddad
""")

L("-", "en", "eml", "11-20 11:30", "George Evans", "george.evans@postbox.example", "150-0000-3951",
  "东湖大学城", "thanks-hotline-staff", "Thank you to the hotline staff",
  """
Dear Mayor,

I'd like to thank the 12345 staff member who helped me in English last week when my wallet was lost on the metro. It was returned the next day. Great service.

George Evans
""")

L("-", "en", "eml", "11-27 09:20", "Yuki Tanaka", "yuki.tanaka@jpmail.example", "185-0000-7562",
  "临江开发区", "chinese-classes-request", "Request for Chinese classes at the community centre",
  """
Dear Mayor's Office,

There are many foreign families in the Development Zone. Would the community centre on Yinxing Road consider offering free evening Chinese classes for beginners? Many of us would join.

Best regards,
Yuki Tanaka
""")

L("-", "zh", "json", "11-28 10:00", "江德才", "", "134-0000-6813",
  "青石镇", "xiawan-land-transfer", "下湾村土地流转租金迟迟不付",
  """
我是青石镇下湾村村民，2024年把家里六亩地流转给一个种苗合作社，合同写每年12月付租金。去年的租金到现在还差一半没给，村委会说让我们自己找合作社。请问这种情况该找哪个部门？
""")


# ---------------------------------------------------------------------------
# writer
# ---------------------------------------------------------------------------
def main():
    out = os.path.join(HERE, "letters")
    os.makedirs(out, exist_ok=True)
    for f in os.listdir(out):
        os.remove(os.path.join(out, f))
    items = sorted(LETTERS, key=lambda d: (d["when"], d["slug"]))
    rows = []
    for n, d in enumerate(items, 1):
        lid = "%s-%03d" % (ME, n)
        mm, rest = d["when"].split("-")
        day, hm = rest.split(" ")
        hh, mi = hm.split(":")
        dt = datetime(2026, int(mm), int(day), int(hh), int(mi), tzinfo=TZ)
        body = d["body"]
        if d["fmt"] == "eml":
            fname = "%s-%s.eml" % (lid, d["slug"])
            subj = d["title"]
            try:
                subj.encode("ascii")
            except UnicodeEncodeError:
                subj = Header(subj, "utf-8").encode()
            try:
                d["name"].encode("ascii")
                frm = formataddr((d["name"], d["email"]))
            except UnicodeEncodeError:
                frm = formataddr((d["name"], d["email"]), charset="utf-8")
            domain = d["email"].split("@", 1)[1]
            tag = hashlib.sha1(lid.encode()).hexdigest()[:12]
            headers = [
                "From: " + frm,
                "To: mayor@city.example",
                "Subject: " + subj,
                "Date: " + format_datetime(dt),
                "Message-ID: <%s.%s@%s>" % (lid, tag, domain),
                "MIME-Version: 1.0",
                "Content-Type: text/plain; charset=utf-8",
                "Content-Transfer-Encoding: 8bit",
            ]
            text = "\n".join(headers) + "\n\n" + body + "\n"
            text = text.replace("\r\n", "\n").replace("\n", "\r\n")
            with open(os.path.join(out, fname), "wb") as fh:
                fh.write(text.encode("utf-8"))
        else:
            fname = "%s-%s.json" % (lid, d["slug"])
            obj = {
                "id": lid,
                "submitted_at": dt.isoformat(),
                "name": d["name"],
                "phone": d["phone"],
                "email": d["email"],
                "anonymous": d["anonymous"],
                "title": d["title"],
                "content": body,
                "district": d["district"],
            }
            with open(os.path.join(out, fname), "w", encoding="utf-8") as fh:
                json.dump(obj, fh, ensure_ascii=False, indent=2)
                fh.write("\n")
        matter = d["matter"]
        rows.append("letters/%s\t%s\t%s" % (fname, matter, d["lang"]))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("path\tmatter\tlanguage\n")
        fh.write("\n".join(rows) + "\n")


if __name__ == "__main__":
    main()
