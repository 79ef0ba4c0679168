#!/usr/bin/env python3
"""Writer w34: 60 test letters for the mayor's mailbox (round 8, blind).

Run `python3 gen.py`; writes letters/ and labels.tsv next to this file.
Standard library only, deterministic (all dates fixed in the table).
"""
import html
import json
import os
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr

ME = "w34"
HERE = os.path.dirname(os.path.abspath(__file__))
TZ = timezone(timedelta(hours=8))

# Each letter: n, slug, kind (eml|html|multi|json), when, sender name, sender
# address, subject, body, then labels:
# category, confidential, reason, department, priority, language, hard.
# For json letters: extra dict with name/phone/email/anonymous/district.
L = []


def add(n, slug, kind, when, name, addr, subject, body,
        cat, conf, reason, dept, prio, lang, hard, form=None):
    L.append(dict(n=n, slug=slug, kind=kind, when=when, name=name, addr=addr,
                  subject=subject, body=body.strip("\n"), cat=cat, conf=conf,
                  reason=reason, dept=dept, prio=prio, lang=lang, hard=hard,
                  form=form or {}))


add(1, "deposit-kept", "eml", "2026-10-03 21:14", "覃小雨", "qin.xiaoyu@mail.example",
    "毕业租房押金被房东扣光了", """
市长您好，

我今年7月刚毕业，在河湾路那边的"栖居公寓"合租了一间次卧，月租1650，押一付三。10月1号退租，房间我自己打扫了两遍，还全程拍了视频。结果房东说墙上有两个钉子眼、床垫有"异味"，押金1650一分不退，还说再闹就拉黑我。

合同上白纸黑字写的是"正常使用损耗不扣押金"。我问他要扣款明细，他只回了一个"呵呵"。

我一个月工资才四千出头，这笔钱对我真的不算少。能不能请相关部门帮忙协调一下，让房东按合同把押金退给我？聊天记录和退房视频我都留着。

覃小雨 138 0000 2716
""", "demand", "no", "-", "Housing and Urban-Rural Development Bureau", "normal", "zh", "-")

add(2, "permit-window", "eml", "2026-10-08 16:02", "Amara Okafor", "amara.okafor@campusmail.example",
    "Treatment at the residence permit window", """
Dear Mayor's Office,

I am a second-year master's student from Nigeria at the polytechnic university. On 6 October at about 10:40 I went to the exit-entry counter in the municipal service hall to renew my residence permit.

The officer at window 7 (a woman, badge said Liu, short hair and glasses) looked at my folder for a few seconds, pushed it back across the desk so hard that the papers fell on the floor, and said loudly in Chinese "你们这些外国人就是麻烦". I understand Chinese quite well. People in the queue laughed. When I asked which document was missing she did not answer, she just pressed the button for the next number.

I came back two days later with exactly the same documents and another officer accepted them in five minutes. So nothing was missing.

I am not asking for anything special. I only think nobody should be spoken to like that at a government counter. Please look into it.

Amara Okafor
+86 152 0000 8841
""", "complaint", "yes", "a", "Public Security Bureau", "normal", "en", "-")

add(3, "last-train", "json", "2026-10-04 22:31", "", "", "末班车", "2号线末班车几点啊 会展中心站",
    "information", "no", "-", "Transport Bureau", "normal", "zh", "short",
    form=dict(name="小杨", phone="", email="", anonymous=False, district="临江区"))

add(4, "library-late", "eml", "2026-11-20 00:47", "", "qiqi_2004@inbox.example",
    "建议市图书馆期末周延长开放！！", """
市长好！！

我是大三学生，期末周真的要命，学校图书馆座位根本抢不到，市图又是晚上9点就清场，9点正是状态最好的时候好吗（bushi）

能不能考虑12月底到1月中旬这段时间延长到晚上11点？哪怕只开一楼自习区也行，xdm都会感激的orz

还有自习区插座太少了，好多还是坏的，充个电要排队，yysy这个真的很影响效率。

希望能采纳 谢谢谢谢！
—— 一个被期末折磨的大学生
""", "suggestion", "no", "-", "Culture and Tourism Bureau", "normal", "zh", "typos")

add(5, "stay-after-graduation", "eml", "2026-10-12 10:20", "Park Jiwoo", "jiwoo.park@example.net",
    "Can I stay after graduation to look for a job?", """
Hello,

I'm finishing my bachelor's degree at the end of June 2027 (Korean passport, student residence permit valid until 31 July 2027). I would like to stay in the city and look for work after I graduate.

Is there a way to change my student residence permit into something that lets me stay while I'm job-hunting, or do I have to leave China and come back on a work visa? And if I already find a company before July, what does the company need to prepare, and which office do I go to first - the exit-entry administration or somewhere else?

Thanks in advance,
Park Jiwoo
""", "consultation", "no", "-", "Public Security Bureau", "normal", "en", "-")

add(6, "gas-stairwell", "eml", "2026-11-06 19:38", "Dev", "dev.r@example.org",
    "GAS SMELL stairwell now", """
strong gas smell 3rd-4th floor stairwell, Bldg 9 Lanting Court, since ~7pm. property office closed. pls send someone

Dev 4B  177 0000 3390
""", "demand", "no", "-", "Emergency Management Bureau", "high", "en", "short")

add(7, "seat-row", "eml", "2026-10-15 21:50", "小葵妈妈", "sunflower.mom@post.example",
    "想问问学校座位是怎么排的", """
您好，

我孩子在实验二小三年级（3）班。开学到现在座位换了两次，两次都在最后一排靠垃圾桶那边。孩子视力本来就不太好，回家说看不清黑板。

我去找班主任周老师沟通，周老师挺客气的，说座位是"综合考虑"的，然后顺口提了一句，她周末在外面带一个"小班提优"，一学期四千八，"来上课的孩子我比较了解，安排起来也方便"。后来家长私下聊，报了她那个班的孩子基本都坐在前三排。

我不想跟老师闹僵，孩子还要在她手底下待好几年。就是想问问，公立学校排座位到底有没有规矩？这样正常吗？
""", "complaint", "yes", "a", "Education Bureau", "normal", "zh", "indirect")

add(8, "flexible-insurance", "json", "2026-10-09 13:05", "", "", "自由职业社保怎么交",
    """你好我是做自媒体的 去年毕业一直没有单位 想问一下灵活就业的社保怎么教 养老和一疗是不是要分开交 在手机上哪里可以办 我看网上说要户籍在本市 我户口还在学校的集体户 这个算不算本是户口 还有每个月最低要交多少钱 谢谢 （语音输入的 有错字见谅）""",
    "consultation", "no", "-", "Human Resources and Social Security Bureau", "normal", "zh", "typos",
    form=dict(name="郝嘉禾", phone="186-0000-3471", email="", anonymous=False, district="北坪区"))

add(9, "bbq-smoke", "eml", "2026-10-19 23:12", "沈一鸣", "shenyiming@example.com",
    "举报楼下烧烤店油烟和噪音", """
我住锦绣里小区5栋二楼，楼下新开了一家"老地方烧烤"，每天下午五点开到凌晨两三点。

油烟直接从后厨排到我们窗户底下，看着就没装净化器，衣服晾不了，窗户一开满屋子孜然味。半夜外面摆的桌子还有人喝酒划拳，我第二天要上早班，已经连着一个多礼拜没睡好了。跟老板说过两次，他说"都是做小生意的，体谅一下"。

麻烦派人来查一下他们的排烟设备，晚上十点以后能不能别在外面摆桌。谢谢。

手机：199 0000 6625
""", "demand", "no", "-", "Ecology and Environment Bureau", "normal", "zh", "-")

add(10, "park-pullup-bars", "eml", "2026-10-21 08:15", "Kevin Tan", "kevintan.fit@example.net",
    "Suggestion for the fitness corner at Riverside Park", """
Hello,

I run and do calisthenics at the fitness corner near the east gate of Riverside Park most evenings. Two ideas:

1. The lights on that side switch off at 9:30 pm, but lots of us office workers only get there after 9. Could they stay on until 11, at least along the path and over the bars?

2. Almost all of the equipment there is the waist-twister / leg-swing type. A couple of proper pull-up and dip bars at different heights, plus a rubber mat underneath, would get much more use from students and young people. The one pull-up bar that exists always has a queue.

Thanks for considering it.
Kevin Tan
""", "suggestion", "no", "-", "Urban Management Bureau", "normal", "en", "-")

add(11, "thanks-officer-chen", "eml", "2026-10-26 12:40", "林小溪", "linxiaoxi@uni.example",
    "表扬南门派出所的陈警官", """
上周六晚上我在夜市把包丢了，里面有身份证、学生证还有电脑，当时整个人都懵了。

去南门派出所报警，值班的陈思远警官陪我调了快一个小时的监控，最后确认包落在一辆出租车上，帮我联系到了司机。第二天一早他还打电话提醒我去拿。

全程特别耐心，一点没嫌我啰嗦。想让他们领导知道一下，真的很感谢他！

大二学生 小林
""", "information", "no", "-", "Public Security Bureau", "normal", "zh", "-")

add(12, "bubble-tea-wages", "eml", "2026-10-11 17:26", "Lily Zhou", "lilyzhou@campusmail.example",
    "unpaid wages from a bubble tea shop (please read)", """
Hi,

Four of us, all university students, worked part-time at "Moon Leaf Tea" near the north gate of the university town from July to September. We were promised 18 yuan an hour, paid monthly. We got July. August and September were never paid - for me that's 2,160 yuan, for the others between 1,500 and 3,000.

When we asked in the staff group chat, the owner replied:

> "Money is tight, wait. And think carefully before you complain anywhere.
> You are students, part-time work off campus needs school approval, right?
> I know which college you're all from. One call to your counsellor and
> let's see who is in trouble."

None of us signed a contract. Two of my friends are now too scared to do anything because they think they'll lose their scholarships, and honestly I'm scared too.

Can the labour office help us get the money back?

Lily Zhou
135-0000-4417
""", "demand", "yes", "c", "Human Resources and Social Security Bureau", "normal", "en", "quoted")

add(13, "closed-without-call", "eml", "2026-10-14 09:03", "周同学", "zhou.tx@example.org",
    "工单显示“已办结”，可是根本没人联系过我", """
您好，

9月20日我通过12345反映我们小区门口共享单车堆满盲道的问题（工单号 2609200000317），10月9日收到一条短信：

"【12345】您反映的问题已由相关单位办理完毕，感谢您对城市管理工作的支持。如对办理结果不满意，请回复2。"

我回复了2，之后就再没有任何动静。从头到尾没有一个人给我打过电话，盲道上的车也还在，今天早上我又拍了照片。

不是针对哪个接线员，电话里她们态度都挺好的。但这种"没人联系就办结"的流程真的让人心凉。希望能把这个工单重新打开，也希望以后办结之前至少回访一下。

周同学
""", "complaint", "no", "-", "Municipal Government Office", "normal", "zh", "quoted")

add(14, "esports-tournament", "eml", "2026-11-02 15:44", "Hao (电竞社)", "hao.esports@uni.example",
    "do we need a permit for an offline esports tournament?", """
Hey!

Our uni esports club (电竞社) wants to run an offline tournament (LoL + 王者荣耀) on Dec 12-13 in a rented event hall at Xinggang Mall. About 200 players plus audience, maybe 350 people max at peak. Entry is free, but sponsors will put up banners and give prizes (~8000 RMB of peripherals).

Questions:
- 这种规模需要报备吗? Do we need any permit or filing, and with which department?
- Sponsors giving prizes - does that count as 营业性演出 or something like that?
- The mall says the "safety plan" is our job. Is there a template somewhere?

thx a lot 🙏
Hao, president of 电竞社
""", "consultation", "no", "-", "Culture and Tourism Bureau", "normal", "en", "mixed")

add(15, "village-electricity", "eml", "2026-10-17 22:58", "小满", "xiaoman_rent@example.com",
    "城中村租房的电费问题", """
您好，

我在沙埔村租了一个单间。房东把一整层隔成了八间，每间只有一个很小的窗。电费按一块五一度收，水费十块一吨，每个月光水电就三百多。楼道里电线乱拉，插线板一串接一串。

房东姓韦，我们租户私下都知道他叔叔在村里是管事的。之前有个租客去问过电价的事，第二个月就被找理由"收回房子"了，押金也没退。我现在工作刚稳定下来，实在不想再搬一次，也怕下一个被"收回"的是我。

想请有关部门按正常标准查一查这栋楼的电价，还有消防安全。
""", "demand", "yes", "c", "Housing and Urban-Rural Development Bureau", "normal", "zh", "indirect")

add(16, "legal-aid-where", "eml", "2026-10-23 11:11", "阿康", "akang.k@example.net",
    "免费法律援助在哪里申请", """
你好，

我朋友22岁，送外卖的，上个月路上被车撞了，对方的保险公司一直踢皮球，拖着不赔。他请不起律师。

想问一下市里的法律援助中心在哪里，几点上班，第一次去要带什么材料？有没有电话可以先打过去问问？

谢谢
阿康
""", "information", "no", "-", "Justice Bureau", "normal", "zh", "-")

add(17, "drip-nurse-phone", "eml", "2026-10-15 08:30", "梁子航", "liangzh@example.org",
    "市三医院输液室护士玩手机", """
我是陪我奶奶去市三医院急诊输液的 10月14号晚上九点多 输液室就一个护士 戴粉色口罩 工牌上好像是姓黄 一直坐在台子后面刷手机 还外放短视屏

我奶奶的吊瓶打完了 血都回到关子里了 我按铃按了三次她都没过来 我跑过去喊她 她说"按什么按 没看到在忙吗" 然后慢悠悠过来把针 手背一下子青了一大块

我奶奶八十多岁了 回家一直说手疼 我觉得这不是忙不忙的问题 是态度问题 希望医院好好管一管
""", "complaint", "yes", "a", "Health Commission", "normal", "zh", "typos")

add(18, "12345-tracking-app", "html", "2026-10-28 20:05", "Yuki", "yuki.00@example.com",
    "建议12345出个进度查询的小程序", """
市长好～

作为一个天天用App的00后，提个小建议：现在12345提交之后只能干等短信，progress完全是个黑箱。

能不能做个微信小程序，像查快递一样显示"已受理 → 已派单 → 处理中 → 待回访"？每一步有timestamp，承办单位也写清楚，再加个push通知就完美了。

另外网页版在手机上layout是乱的，"提交"按钮经常被挡住点不到。

希望考虑一下，感谢！
Yuki
""", "suggestion", "no", "-", "Municipal Government Office", "normal", "zh", "mixed")

add(19, "no-fibre", "eml", "2026-10-06 19:27", "Chen Bo", "chenbo.work@example.org",
    "No fibre broadband in our new apartment block", """
Dear Sir or Madam,

I moved into Block C of Jiahe Youth Apartments (the new talent rental housing on Xinye Road) in September. The building has no fibre at all - every operator I call says the building "isn't connected yet" and nobody can tell me when it will be.

We are all using 4G hotspots. My ping in games is 150+, which I can live with, but my video calls for work (I work remotely two days a week) keep dropping. About 300 young people live in this block.

Could someone push the operators or the developer to get fibre installed? Even a timeline would help.

Regards,
Chen Bo, Room C-1207
188 0000 5096
""", "demand", "no", "-", "Industry and Information Technology Bureau", "normal", "en", "-")

add(20, "newborn-hukou", "eml", "2026-10-20 14:36", "许宁", "xuning.mama@example.net",
    "新生儿上户口到底需要什么材料？", """
您好，想问一下新生儿落户到底要准备哪些材料，需不需要交费？

我家宝宝9月底出生。我和老公去年刚在这边买房落户，户口在桂园街道。上周去桂园派出所户籍窗口办，里面一个年纪大一点的男民警看了一眼就说材料不全，让我们回去等通知。我问缺什么，他说"这个不好说，要看情况，你们年轻人懂点事就快了"，说完拿笔往桌上的茶叶盒点了点。

我当时没反应过来，也没敢多问，回家老公说他就是那个意思。

我们就想正常办。官网上的清单我们都带齐了：出生医学证明、户口本、结婚证、两个人的身份证。还缺什么吗？
""", "consultation", "yes", "a", "Public Security Bureau", "normal", "zh", "indirect")

add(21, "reimbursement-portal", "multi", "2026-11-04 22:17", "Ruth Liang", "ruth.liang@example.com",
    "Loving the reimbursement portal, truly", """
Dear Healthcare Security Bureau,

Congratulations on the online reimbursement portal. I have now spent three evenings with it.

Evening one: the upload page spun for 20 minutes, then "system busy".
Evening two: it accepted my invoices, then logged me out and forgot them.
Evening three: a pop-up told me to "please go to the counter for faster service".

Brilliant. So I took half a day off work and went to the counter on Jinhe Road, where the ticket machine gave me number 147 at 9:20 while they were serving 58. The staff were fine, they were clearly swamped - two windows open out of eight.

I'm 26 and not exactly bad with computers. If I can't get a 900-yuan outpatient claim through, I'd hate to watch my parents try. Please fix the portal, or at least open more windows.

Ruth Liang
""", "complaint", "no", "-", "Healthcare Security Bureau", "normal", "en", "sarcasm")

add(22, "gym-ran-away", "eml", "2026-10-20 01:09", "", "ah_wei_lifts@example.org",
    "健身房跑路了！！！办的年卡怎么办", """
我真的气炸了。

"力尚健身"（晨光广场B座三楼）上个月还在搞活动 教练天天在微信上崔我续卡 说老会员续两年打六折 我脑子一热就续了 4680 还买了20节私教 6000多

结果10月18号去上课 门口贴了张纸"内部装修暂停营业" 前台电话关机 店长微信直接把我拉黑 私教说他自己三个月工资也没拿到

我们会员群现在三百多人 有人算了一下光预付费就一百多万 这不就是诈骗吗？？还有好多是学生 用花被分期办的卡 现在每个月还在还钱

希望市场监管部门赶紧介入 查封他们的资产 帮我们把钱要回来 别等老板跑到外地就来不及了！！

阿伟 173 0000 5518
""", "demand", "no", "-", "Market Regulation Administration", "normal", "zh", "typos")

add(23, "marathon-weather", "json", "2026-11-09 18:40", "", "", "11月15号马拉松那天天气怎么样",
    "你好！报名了11月15日的城市半程马拉松，第一次跑半马有点紧张😂 想问下那天早上七点左右大概多少度，会不会下雨，风大不大？要不要带雨衣或者穿长袖。谢谢啦～",
    "information", "no", "-", "Meteorological Bureau", "normal", "zh", "-",
    form=dict(name="白露", phone="", email="bailu.run@example.com", anonymous=False, district="南溪区"))

add(24, "provident-fund-rent", "eml", "2026-10-16 12:22", "汤磊", "tanglei@example.net",
    "关于公积金提取付房租，上次的答复没看懂", """
您好，

我10月10日在网上问过租房提取公积金的问题，收到的答复是：

> 您好，职工本人及配偶在本市无自有住房且租赁住房的，可按规定申请提取住房公积金支付房租，具体以公积金管理中心规定为准。

这个我大概知道，但我想问的更具体一点：
1. 我是合租，合同上只有二房东的名字，我是跟他签的转租协议，这种能不能提？
2. 有没有提取额度上限，是按月提还是一年提一次？
3. 必须去柜台，还是手机上就能办？

我刚工作半年，账户里也就七八千，如果手续特别麻烦就不折腾了😅 麻烦给个准话，谢谢。

汤磊
""", "consultation", "no", "-", "Housing and Urban-Rural Development Bureau", "normal", "zh", "quoted")

add(25, "guard-deliveries", "eml", "2026-10-27 19:55", "Tom Xie", "tomxie@example.com",
    "Property guard keeps blocking deliveries and shouted at my mum", """
Hello,

I live in Fenglin Garden, phase 2. Since the new property company (Hengyu Property Services) took over in September, the guard at the south gate won't let any delivery riders in, not even for heavy things, so residents have to walk 600 m to the gate to collect.

Last Saturday my mother (58, visiting me, just had knee surgery) asked him to let a rider bring a water cooler up to the building. He shouted at her to "stop making trouble" and took a photo of her with his phone. The property office says it's "management policy" and shrugged.

I'm not asking for the guard to be punished. I want the company to set up a reasonable delivery arrangement. Who can make them do that?

Tom Xie, 2-3-501
130 0000 7751
""", "demand", "no", "-", "Housing and Urban-Rural Development Bureau", "normal", "en", "-")

add(26, "cash-at-checkpoint", "eml", "2026-10-26 01:34", "Kai", "kai.nightshift@example.net",
    "Paid 200 yuan cash at a traffic check, no ticket", """
On the night of 24 October, around 23:30, I was riding my e-bike home from my late shift along the old airport road when two traffic officers stopped me at the junction with Xingfu 3rd Road.

They said my e-bike was an over-speed model. It isn't - it has a plate and I bought it at a proper store. One of them, shoulder number ending in 57, took my ID card and said I could "settle it here" for 200, or have the bike towed and pay 1,000 later. I paid him in cash, it was all I had on me. No ticket, no receipt, nothing written down. He gave my ID back and they waved me off.

A coworker says the same thing happened to him at the same junction two weeks ago.

I know I can't prove much, but there is a camera on that junction. I'd like someone to check.

Kai
""", "complaint", "yes", "a", "Discipline Inspection Commission", "normal", "en", "-")

add(27, "last-metro-friday", "eml", "2026-11-14 00:12", "Jess", "jess.w@example.org",
    "Metro closes earlier than my Friday night, apparently", """
Fun fact: the last Line 3 train from Central Plaza leaves at 22:52.

Every Friday I get to watch the gate slide shut while a crowd of us who just finished overtime / a gig / a basketball game stand there like extras in a sad movie, and then we all fight over surge-priced ride-hailing. Great system, ten out of ten, would miss again.

Seriously though: could you try running the last trains an hour later on Fridays and Saturdays, even just on Lines 1 and 3? Lots of cities do it. Students and young workers would actually use it.

Jess, regular loser of the 22:52 race
""", "suggestion", "no", "-", "Transport Bureau", "normal", "en", "sarcasm")

add(28, "greenway-lights", "json", "2026-10-30 21:48", "", "", "绿道路灯坏了",
    "滨河绿道桃花桥到体育馆那段路灯全黑 晚上骑车差点撞到人 快修一下🙏",
    "demand", "no", "-", "Urban Management Bureau", "normal", "zh", "short",
    form=dict(name="阿凯", phone="186 0000 2093", email="", anonymous=False, district="望城区"))

add(29, "intern-overtime", "eml", "2026-11-05 23:40", "", "dasi_intern@example.com",
    "实习生被要求无偿加班 合法吗", """
您好，

我是大四学生，现在在一家做直播电商的公司实习，学校要求实习满三个月才给学分。公司和我签的是"实习协议"，说好每天8小时，每月补贴1800。实际上每天晚上都要留到十点多帮主播打杂，周末也经常被叫过去，加班一分钱没有。HR说"实习生不算员工，不存在加班"。

想问一下：
1. 实习生真的不受劳动法保护吗？加班费能不能要？
2. 公司有没有权利扣着实习证明不给？

我们主管已经放话了，谁"不服从安排"就不给盖章，章没了学分就没了，学分没了就毕不了业。所以我现在也不敢直接跟公司提，只想先弄清楚自己到底有什么权利。
""", "consultation", "yes", "c", "Human Resources and Social Security Bureau", "normal", "zh", "-")

add(30, "mum-pushed-down", "eml", "2026-11-02 12:18", "钟浩", "zhonghao@example.org",
    "城管执法的时候把我妈推倒了", """
我妈在长乐路菜市场门口摆个小摊，卖自己腌的咸菜，一直都是早上六点到八点，八点前就收，从来不挡路。

11月2号早上七点多，来了三个穿制服的城管。其中一个个子高、胸牌号码最后三位是209的，二话不说把我妈的小推车掀了，坛子全碎了。我妈蹲下去捡，他一把把她推到地上，手肘擦破了一大块皮。旁边好几个买菜的阿姨都看见了，有邻居拍了视频。

我不是说摆摊一定就对，要罚款、要劝离都可以，但是不能这样动手。我妈快六十岁了。

这是他们的执法规定吗？请给个说法。

钟浩 139 0000 4582
""", "complaint", "yes", "a", "Urban Management Bureau", "normal", "zh", "-")

add(31, "thanks-city", "eml", "2026-10-10 18:03", "Anna", "anna.k@example.com",
    "thank you!", """
Just wanted to say thanks to whoever reads these. Moved here for my first job in Sept, the city's been kind. Have a good weekend :)
""", "information", "no", "-", "none", "normal", "en", "short")

add(32, "top-floor-pressure", "eml", "2026-10-22 22:41", "蒋一帆", "jiangyifan@example.net",
    "顶楼水压太低，晚上洗不了澡", """
您好，

我住在翠屏新村11栋7楼（顶楼）。从国庆之后，每天晚上七点到十点水压特别低，燃气热水器都打不着火，只能拿盆接水。

我们楼的业主群已经吵了好几天了：

【6楼 老刘】：我家也是，一到晚上就细得跟筷子一样
【物业-小何】：这个是自来水公司管网的问题，跟物业没关系哈
【5楼 宝妈】：孩子洗澡怎么办啊，天都冷了
【物业-小何】：已经反映了，请耐心等待

"已经反映了"，反映给谁了，没人知道。想请水务部门来测一下水压，到底是外面管网的问题还是楼里加压泵的问题，给个明确说法，尽快解决。

蒋一帆 157 0000 3328
""", "demand", "no", "-", "Water Affairs Bureau", "normal", "zh", "quoted")

add(33, "volunteer-donations", "eml", "2026-10-25 16:50", "Grace Wu", "grace.wu@example.org",
    "Student volunteer group collecting donations - do we need to register?", """
Hi,

I'm one of the organisers of "Paws & Hands", a volunteer group of about 40 university students. We feed and rehome stray cats on three campuses, and once a month we visit the Yuanshan nursing home. So far everything has come out of our own pockets. We'd like to start accepting small donations (WeChat group collections, maybe a stall at the campus market) to cover vet bills.

Main question: do we have to register as a social organisation before we collect any money, or is there a simpler filing for a student group? What happens if we don't?

Also, unrelated: does the city have free community rooms we could book for adoption days? We've been using a café but they want to stop.

Thanks!
Grace Wu, 150 0000 6672
""", "consultation", "no", "-", "Civil Affairs Bureau", "normal", "en", "two-intents")

add(34, "village-subsidy-list", "eml", "2026-10-07 20:26", "研二学生", "shangwan.grad@example.com",
    "村里的补贴名单", """
我是在外地读研的学生，国庆回老家（青石镇上湾村）帮我爸整理材料，发现了一些事想反映。

我家种了十几亩地，今年的耕地地力补贴一直没有到账。去村委会问，村主任说我家"名单没报上去"。后来我在镇政府网站上翻到了公示名单，上湾村那一栏里有好几户根本不种地的，其中三户是村主任的亲戚，包括他在城里开店的小舅子，一户的面积还写着二十多亩。

还有，村里去年修的机耕路，公示花了八十多万，实际只铺了薄薄一层碎石，下了两场雨就坑坑洼洼。

我爸年纪大了，不太想惹事，是我坚持要写的。截图我都保存了，希望能派人来查一查。
""", "complaint", "yes", "a", "Discipline Inspection Commission", "normal", "zh", "-")

add(35, "ebike-corridor-charging", "eml", "2026-11-08 21:02", "戴可", "daike@example.net",
    "楼道里天天有人给电动车充电", """
我们楼（海棠苑3栋）一楼楼道和楼梯间每天晚上停满电瓶车，还有人从自家窗户把插线板吊下来充电，一根线挂在半空。

上个月隔壁小区就是电动车充电起火，烧了两层楼，看得我后背发凉。我住四楼，楼道是唯一的出口。

跟物业说了好几次，物业贴了张"禁止充电"的纸就没下文了。能不能请消防的来检查一下，也督促物业把充电桩装起来？现在整个小区只有8个充电口，根本不够用。
""", "demand", "no", "-", "Emergency Management Bureau", "normal", "zh", "-")

add(36, "aed-please", "html", "2026-11-11 09:30", "Nathan Ho", "nathan.ho@example.com",
    "Put AEDs in gyms and metro stations - please", """
Dear Mayor,

Last month a man in his thirties collapsed on a treadmill at the gym I go to. Two of us started CPR, but the nearest AED, as we found out later, was in a hospital 2 km away. The ambulance took 14 minutes. He survived, barely, and mostly because one of the members was an off-duty nurse.

I'd like to suggest:
- AEDs in every metro station, large gym, stadium and university sports hall, with clear signs;
- a map of AED locations in the city's official app;
- free CPR/AED training for volunteers. Lots of students I know would sign up.

Thank you for reading.
Nathan Ho, volunteer first-aider
""", "suggestion", "no", "-", "Health Commission", "normal", "en", "-")

add(37, "tax-counter-shut", "eml", "2026-11-12 17:05", "", "b.yang@example.org",
    "tax counter closed early", """
Tax service counter on Guangming Rd had its shutter down at 4:35pm Thursday, sign says open till 5. Took half a day off for nothing.
""", "complaint", "no", "-", "Taxation Bureau", "normal", "en", "short")

add(38, "rent-deduction", "json", "2026-11-16 12:55", "", "", "租房专项附加扣除怎么填？",
    "你好，我今年７月入职，第一份工作，在外面租房，每月房租２３００元。听同事说个税ＡＰＰ里可以填“住房租金”专项附加扣除。想问：①合租的能不能填？②房东不给开发票有没有影响？③７月才入职，前几个月没填的，年底汇算的时候能不能一起补？谢谢！！",
    "consultation", "no", "-", "Taxation Bureau", "normal", "zh", "fullwidth",
    form=dict(name="任可欣", phone="131 0000 7720", email="renkexin@example.net", anonymous=False, district="东湖区"))

add(39, "game-account-scam", "eml", "2026-10-29 20:11", "", "feng.hy2009@example.com",
    "买游戏账号被骗了，求助", """
市长您好，

我是高二学生，10月27号在一个游戏交易群里买了一个原神账号，卖家说是"满命胡桃+一堆五星"，价格1200，让我走他发的一个"交易平台"link付款。付完钱平台显示"订单冻结，需缴纳保证金500元解冻"，我又转了500。然后对方就把我拉黑了，那个网站现在也打不开了。

这是我攒了一年的压岁钱😭 爸妈已经知道了，把我骂了一顿，让我自己想办法。

同学说可以报警，但我不知道是要去派出所，还是online就能报？能帮我把钱追回来吗？对方的QQ号和付款记录我都screenshot了。
""", "demand", "no", "-", "Public Security Bureau", "normal", "zh", "mixed")

add(40, "volunteer-photo-ops", "html", "2026-11-10 22:20", "", "volunteers.anon@example.net",
    "关于街道组织“志愿服务”拍照的事", """
市长您好，

我们是几个在读的大学生，在本市一个街道报名做社区志愿者。本来以为是去帮老人、做垃圾分类宣传，结果这两个月基本都是：穿上红马甲在路口站十分钟，拍照，收工。

有一次在一个根本没人的广场上"清扫"已经扫干净的地面，拍了二十多张照片发公众号。还有一次一个上午让我们换三次衣服、拍三个场景，算成三场活动。

我们觉得志愿服务不应该是这样，浪费大家时间，对真正需要帮忙的居民也不公平。

因为志愿时长要街道盖章，学校评优要用，所以这封信就不写名字，也不写是哪个街道了。希望市里统一规范一下社区志愿活动的组织方式。
""", "complaint", "yes", "b", "Municipal Government Office", "normal", "zh", "-")

add(41, "museum-student-ticket", "eml", "2026-11-18 10:42", "Coco", "coco.luo@example.com",
    "市博物馆学生票+开放时间？", """
hi～ 周末想带室友去市博物馆看那个"丝路文物特展"，问几个问题：
1. 学生是不是free？需要提前在小程序上booking吗
2. 周一闭馆吗
3. 特展要单独买ticket吗
4. 可以带三脚架拍照吗
thx！！
""", "information", "no", "-", "Culture and Tourism Bureau", "normal", "zh", "mixed")

add(42, "retrofit-lift-broken", "json", "2026-11-07 08:16", "", "", "老小区加装的电梯坏了半个月没人修",
    "我们是文峰路102号院4单元，前年加装的电梯，从10月25号坏到现在，一直停在3楼不动。楼上住着好几个老人，还有我们这种带娃的，我家在6楼，每天抱着孩子拎着婴儿车上下楼，腰都快断了。电梯是居民集资加政府补贴装的，维保公司说合同到期了不管，街道说让我们自己找，电梯厂家说要先交维修费。到底谁来管？希望尽快有人来修。",
    "demand", "no", "-", "Housing and Urban-Rural Development Bureau", "normal", "zh", "-",
    form=dict(name="黎佳", phone="+86 133 0000 9106", email="", anonymous=False, district="青岚区"))

add(43, "roommate-loan-app", "eml", "2026-11-01 23:59", "", "worried.roomie@example.org",
    "Question about a loan app that is harassing my roommate", """
Hi,

My roommate (we're both 20, second year) borrowed 3,000 yuan on a loan app in August. He has already paid back over 5,000 and the app says he still owes 4,200. Now they've started calling his classmates and sending his photo to his contacts, edited with "wanted for fraud" on it. He has stopped going to class.

Questions:
- Is an app like this even legal? Does he have to keep paying?
- Where do we report it: the local police station, the anti-fraud centre, or somewhere online?

He doesn't know I'm writing this and he'd be really embarrassed. Could any reply come only to this email, and if someone contacts him, please don't mention that it came from me.

Thank you.
""", "consultation", "yes", "b", "Public Security Bureau", "normal", "en", "-")

add(44, "night-piling", "eml", "2026-10-31 04:06", "7号楼全体失眠人员", "dorm7.nosleep@uni.example",
    "感谢工地陪我们通宵复习", """
真心感谢学府路和云杉路交叉口的那个工地（好像是建商业综合体的）。

每天晚上十一点准时开工，打桩机咚咚咚一直敲到凌晨三四点，渣土车轰隆隆进进出出，让我们一整栋宿舍楼都体验到了什么叫"凌晨四点的城市"。托它的福，我们宿舍四个人现在黑眼圈统一，考研的室友说她已经能跟着打桩的节奏背单词了。

讲真，马上要期中考了。夜间施工不是要审批吗？有审批的话麻烦公示一下，没有的话能不能管一管？

——某大学7号宿舍楼 全体失眠人员
""", "demand", "no", "-", "Ecology and Environment Bureau", "normal", "zh", "sarcasm")

add(45, "fund-counter-4", "eml", "2026-11-04 13:27", "Daniel Feng", "dfeng@example.net",
    "How I was treated at the housing fund counter", """
Hello,

On 3 November I went to the housing provident fund service centre on Zhongshan Road to move my account from my old company to the new one.

The man at counter 4 (middle-aged, badge number 0217) looked at my statement and laughed: "this little money is worth the trip?" - loud enough for the whole row to hear. Then he told me I needed a letter from my old employer. I said the website says that hasn't been needed since 2025. He said "the website is the website, here I decide", put my papers aside and went back to his phone.

I waited 40 minutes. Then his colleague at counter 5 did the whole thing for me in ten minutes, no letter.

I'm 24 and my balance is small, yes, but it's my money and my right. I'd like the centre to know how he treats people.

Daniel Feng
""", "complaint", "yes", "a", "Housing and Urban-Rural Development Bureau", "normal", "en", "-")

add(46, "after-school-till-six", "json", "2026-10-13 07:52", "", "", "建议小学课后服务延长到六点",
    "我和老公都是上班族，孩子一年级，学校课后服务五点半就结束了，我们最早六点半才能赶到。现在只能花钱送托管班，一个月一千五，而且托管班资质也不好说。\n建议：一是课后服务能不能延到六点或六点半，家长自愿选；二是寒暑假能不能由学校或者社区办一些公益看护班；三是能不能公布一个托管机构的备案名单，让家长知道哪些是正规的。\n谢谢！",
    "suggestion", "no", "-", "Education Bureau", "normal", "zh", "-",
    form=dict(name="骆悦", phone="150-0000-2284", email="luoyue@example.org", anonymous=False, district="青岚区"))

add(47, "scooters-on-tactile", "json", "2026-11-19 09:14", "", "", "Shared e-scooters dumped on the tactile paving outside Xiyuan metro",
    "Every morning 20-30 shared e-scooters and bikes are dumped across the tactile paving and the ramp at exit B of Xiyuan metro station. Yesterday I watched a blind man with a cane get stuck between them and nearly step into the road, and a wheelchair user had to go out into the bike lane. The operators' staff only come to tidy up around 10am, long after rush hour. Please make the operators sort it out, or mark a proper no-parking zone there.",
    "demand", "yes", "b", "Urban Management Bureau", "normal", "en", "-",
    form=dict(name="", phone="", email="", anonymous=True, district="Xiyuan"))

add(48, "cross-strait-marriage", "eml", "2026-11-03 15:30", "林冠宇", "lin.guanyu@example.com",
    "請問台灣居民在大陸辦理結婚登記需要哪些文件？", """
您好，

我是臺灣人，今年二十七歲，在本市一家設計公司上班，持有臺灣居民居住證。我和女朋友（本市戶籍）打算明年一月登記結婚，想請教：

一、我需要準備哪些證件？台胞證、居住證之外，是否還要單身證明？單身證明需要在臺灣辦公證嗎？
二、可以在她戶籍所在地的婚姻登記處辦嗎？需要預約嗎？
三、辦完之後我若想申請長期居留，要去哪個單位？

謝謝！
林冠宇
""", "consultation", "no", "-", "Civil Affairs Bureau", "normal", "zh", "fullwidth")

add(49, "route86-still-studying", "json", "2026-11-17 08:47", "", "", "86路的问题研究了四个月了",
    "86路的问题我从7月到现在打了三次12345，每次交通局的回复都是“已转公交集团研究”，研究了四个越，早高峰还是快四十分钟一班。今天早上我在柳堤站等了三十五分中，来了一辆还挤不上去，上班又迟到被扣钱。这条线开过去那边新建了好几个小区和产业园，人多了好多，车还是那几辆。到底在研究什么？能不能给个准确的答复，别再一句“研究”就打发了。",
    "complaint", "no", "-", "Transport Bureau", "normal", "zh", "typos",
    form=dict(name="马骁", phone="138 0000 6619", email="", anonymous=False, district="柳堤"))

add(50, "blood-donation", "eml", "2026-10-18 11:25", "", "freshman.lee@example.net",
    "想問一下捐血的地點和時間", """
您好！我是大一新生，第一次想去捐血，想請問市區哪裡有固定的捐血點？週末有開嗎？需要空腹嗎？體重４８公斤可以捐嗎？謝謝～
""", "information", "no", "-", "Health Commission", "normal", "zh", "fullwidth")

add(51, "kindergarten-refund", "eml", "2026-10-24 21:33", "江楠", "jiangnan.dad@example.org",
    "私立幼儿园退园不退费", """
您好，

我儿子9月份上了"小星星双语幼儿园"（在枫丹路上，民办的），一学期保教费一万二，开学前一次性交清。上了三个礼拜，孩子天天哭，回来身上还有两次莫名其妙的抓痕，问老师也说不清楚，我们就决定退园了。园长说按"园所规定"开学后一律不退，只能转成下学期。

我们查了一下，好像市里有规定是按实际入园天数退费的？希望教育局帮忙协调一下退费。

另外顺便问一下，明年我们想申请公办园，现在户口在这边但房子是租的，租房能不能报公办幼儿园？

江楠 176 0000 8350
""", "demand", "no", "-", "Education Bureau", "normal", "zh", "two-intents")

add(52, "ebike-plate-slots", "eml", "2026-11-13 08:05", "Zheng Yiming", "zheng.yiming@example.com",
    "E-bike registration appointments - impossible to get one", """
Dear Mayor's Office,

My name is Zheng Yiming and I commute by e-bike. You're welcome to pass my name and number (139 0000 8820) to whoever handles this, I don't mind at all.

Since the new e-bike plate rule, the only way to register is the traffic police online appointment system. For three weeks, every slot at every station has shown "fully booked" within a minute of release at 8:00. I've tried on 15 mornings. Meanwhile I can be fined for riding without a plate.

Nobody at the vehicle office was rude or anything - it's the system. Please add slots, add walk-in days, or let the shops register plates at the point of sale.

Thanks.
""", "complaint", "no", "-", "Public Security Bureau", "normal", "en", "-")

add(53, "too-many-forms", "eml", "2026-11-21 22:45", "", "grid.worker.2024@example.net",
    "关于基层报表的一点建议", """
您好，

我是一名在社区工作的年轻人，入职两年。想提个建议：现在各个部门下到社区的表格太多了，同一户居民的信息，民政要一张表，卫健要一张表，应急要一张表，格式还都不一样。我们每周大概一半时间在填表、截图、传群，真正上门走访的时间反而很少。

建议市里能不能建一个统一的基础信息库，各部门从里面调数据，别每次都让社区从头采一遍；另外工作群里"收到请回复"这种要求能不能少一点。

因为我还在这个岗位上，名字就不留了，希望理解。
""", "suggestion", "yes", "b", "Municipal Government Office", "normal", "zh", "-")

add(54, "fake-screen", "json", "2026-11-08 15:20", "", "", "手机店换屏用了假货还不认账",
    "10月30号在万达后街的“极速手机维修”换了个屏，收了我680，老板说是原厂件。用了一个礼拜屏幕就发黄，触摸还失灵，拿到官方售后检测说是组装屏，成本也就一百多。回去找老板，他说“出了店门概不负责”，还说是我自己摔的。我有付款记录和官方检测单。请市场监管局帮我维权，要求退款。",
    "demand", "no", "-", "Market Regulation Administration", "normal", "zh", "-",
    form=dict(name="邝宇航", phone="176 0000 1185", email="kuang.yh@example.com", anonymous=False, district="万达片区"))

add(55, "burst-main-thanks", "html", "2026-11-13 19:18", "Priya", "priya.s@example.org",
    "Thank you to the crew who fixed the burst main on Qingshui Lane", """
Hi,

A water main burst outside our building on Qingshui Lane at around 1am on 12 November - the street turned into a river.

The repair crew from the water company arrived in under an hour and worked through the night in the rain. By 7am the water was back and they had even swept the mud off the pavement. One of them, Master Liao I think, went door to door to tell the older residents when the water would come back.

We don't often write when things go right, so: thank you.

Priya and the residents of No. 18
""", "information", "no", "-", "Water Affairs Bureau", "normal", "en", "-")

add(56, "earrings-licence", "eml", "2026-11-24 14:02", "", "shell.studio@example.com",
    "student online shop licence?", """
I'm a uni student selling handmade earrings on Xiaohongshu, ~20 orders a month. Do I need a business licence?
""", "consultation", "no", "-", "Market Regulation Administration", "normal", "en", "short")

add(57, "weekend-classes", "eml", "2026-11-26 21:37", "高一家长", "songgang.parent@example.net",
    "关于公办高中周末“自愿”补课的问题", """
市长您好！！

孩子在松岗中学读高一（公办）。从９月开始，学校每周六都要"自愿"到校上课，每人每学期收"资料费"８００元。不交也可以——但不交的孩子要在班群里单独登记名字、写明原因。全班５２个人，没有一个敢不交。。。

教育局不是三令五申，不准公办学校节假日补课、乱收费吗？？

我们家长私下都有意见，但是没人敢出头。孩子还要在那里读三年，老师一句话就能让孩子三年不好过，我也不想孩子因为我写了这封信被"特殊关照"。

希望教育局能查一查，把这件事管起来。
""", "complaint", "yes", "c", "Education Bureau", "normal", "zh", "fullwidth")

add(58, "footbridge-railing", "multi", "2026-11-27 07:41", "Oliver Gao", "oliver.gao@example.com",
    "URGENT: loose railing on the footbridge over Huaxi Road", """
Hello,

The pedestrian footbridge over Huaxi Road outside Dongcheng Primary School has a railing section about 2 metres long hanging loose on the east side. The bolts have rusted through and it wobbles when you touch it. It's right above six lanes of traffic. Hundreds of kids cross that bridge every morning and afternoon and they lean on the railing while they wait for their friends.

I tied a bike lock and some tape round it this morning, but that won't hold anyone. Please send someone today to close that side or fix it.

Also, while I'm writing: the bus stop at the foot of the bridge lost its shelter in the summer storm and it was never replaced. Could that be looked at too?

Oliver Gao, parent
181 0000 6247
""", "demand", "no", "-", "Transport Bureau", "high", "en", "two-intents")

add(59, "withdraw-water", "eml", "2026-11-29 10:06", "", "ruirui.dorm@uni.example",
    "撤回一下之前的留言", """
您好，我前天反映的宿舍楼停水已经修好了，不用再处理了，谢谢！
""", "information", "no", "-", "none", "normal", "zh", "short")

add(60, "protected-bike-lane", "eml", "2026-10-01 09:48", "吕峥", "lvzheng.ride@example.org",
    "建议把解放大道的自行车道做成物理隔离", """
市长您好，

我每天骑自行车通勤，从青湖公园骑到高新区，单程9公里，最危险的就是解放大道那一段。自行车道只是地上画了一条白线，早晚高峰网约车和外卖电动车全在上面，还有车直接停在自行车道上下客，我们只能往机动车道里绕，有两次被公交擦着过去。

建议：
1. 解放大道这种主干道，把非机动车道用隔离栏或路缘石隔开；
2. 路口增加非机动车待行区和专用信号灯；
3. 占用自行车道停车的严格抓拍。

现在骑车上班的年轻人越来越多，骑行群里几百号人都在吐槽这段路。希望能考虑一下。

一名骑行通勤者 吕峥
""", "suggestion", "no", "-", "Transport Bureau", "normal", "zh", "-")


# ---------------------------------------------------------------- output

def enc(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def to_html(body):
    paras = [p for p in body.split("\n\n")]
    out = ["<html><head><meta charset=\"utf-8\"></head><body>"]
    for p in paras:
        out.append("<p>" + "<br>".join(html.escape(x) for x in p.split("\n")) + "</p>")
    out.append("</body></html>")
    return "\n".join(out)


def crlf(s):
    return s.replace("\r\n", "\n").replace("\n", "\r\n")


def write_eml(d, path):
    when = datetime.strptime(d["when"], "%Y-%m-%d %H:%M").replace(tzinfo=TZ)
    frm = formataddr((d["name"], d["addr"]), charset="utf-8") if d["name"] else d["addr"]
    dom = d["addr"].split("@", 1)[1]
    hdr = [
        "From: " + frm,
        "To: mayor@city.example",
        "Subject: " + enc(d["subject"]),
        "Date: " + format_datetime(when),
        "Message-ID: <%s-%03d.%s@%s>" % (ME, d["n"], when.strftime("%Y%m%d%H%M"), dom),
        "MIME-Version: 1.0",
    ]
    body = d["body"] + "\n"
    if d["kind"] == "eml":
        hdr += ["Content-Type: text/plain; charset=utf-8",
                "Content-Transfer-Encoding: 8bit"]
        text = "\n".join(hdr) + "\n\n" + body
    elif d["kind"] == "html":
        hdr += ["Content-Type: text/html; charset=utf-8",
                "Content-Transfer-Encoding: 8bit"]
        text = "\n".join(hdr) + "\n\n" + to_html(d["body"]) + "\n"
    else:  # multipart/alternative
        b = "=_%s_%03d_alt" % (ME, d["n"])
        hdr += ['Content-Type: multipart/alternative; boundary="%s"' % b]
        parts = [
            "--" + b,
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: 8bit",
            "",
            d["body"],
            "--" + b,
            "Content-Type: text/html; charset=utf-8",
            "Content-Transfer-Encoding: 8bit",
            "",
            to_html(d["body"]),
            "--" + b + "--",
            "",
        ]
        text = "\n".join(hdr) + "\n\nThis is a multi-part message in MIME format.\n\n" + "\n".join(parts)
    with open(path, "wb") as f:
        f.write(crlf(text).encode("utf-8"))


def write_json(d, path):
    when = datetime.strptime(d["when"], "%Y-%m-%d %H:%M").replace(tzinfo=TZ)
    f = d["form"]
    obj = {
        "id": "%s-%03d" % (ME, d["n"]),
        "submitted_at": when.isoformat(),
        "name": f.get("name", ""),
        "phone": f.get("phone", ""),
        "email": f.get("email", ""),
        "anonymous": bool(f.get("anonymous", False)),
        "title": d["subject"],
        "content": d["body"],
        "district": f.get("district", ""),
    }
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(obj, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


def main():
    out = os.path.join(HERE, "letters")
    os.makedirs(out, exist_ok=True)
    for fn in os.listdir(out):
        if fn.startswith(ME + "-"):
            os.remove(os.path.join(out, fn))
    rows = ["path\tcategory\tconfidential\treason\tdepartment\tpriority\tlanguage\thard"]
    seen = set()
    for d in sorted(L, key=lambda x: x["n"]):
        assert d["n"] not in seen, d["n"]
        seen.add(d["n"])
        ext = "json" if d["kind"] == "json" else "eml"
        fn = "%s-%03d-%s.%s" % (ME, d["n"], d["slug"], ext)
        p = os.path.join(out, fn)
        if ext == "json":
            write_json(d, p)
        else:
            write_eml(d, p)
        rows.append("\t".join(["letters/" + fn, d["cat"], d["conf"], d["reason"],
                               d["dept"], d["prio"], d["lang"], d["hard"]]))
    assert seen == set(range(1, 61)), sorted(set(range(1, 61)) - seen)
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(rows) + "\n")


if __name__ == "__main__":
    main()
