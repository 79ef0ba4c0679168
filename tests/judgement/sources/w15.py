#!/usr/bin/env python3
"""w15: 60 test letters for the mayor's mailbox (round 4). Standard library only, deterministic."""
import json, os, html
from datetime import datetime, timezone, timedelta
from email.header import Header
from email.utils import formataddr, format_datetime

ME = "w15"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "letters")
TZ = timezone(timedelta(hours=8))

# Each letter: num, slug, fmt (eml/html/multi/json), date "YYYY-MM-DD HH:MM",
# sender name, sender address, subject/title, body, labels
# (category, confidential, reason, department, priority, language, hard), json extras
L = []
def add(num, slug, fmt, date, name, addr, subject, body, cat, conf, reason, dept, prio, lang, hard, **extra):
    L.append(dict(num=num, slug=slug, fmt=fmt, date=date, name=name, addr=addr, subject=subject,
                  body=body.strip("\n"), cat=cat, conf=conf, reason=reason, dept=dept, prio=prio,
                  lang=lang, hard=hard, extra=extra))

add(1, "lift-dead-again", "eml", "2026-09-02 07:14", "K. Fong", "kfong88@mail.example",
"LIFT DEAD AGAIN",
"""LIFT IN BLOCK 7 QINGHE GARDEN DEAD AGAIN. 3RD DAY. MY MUM IS 82 AND STUCK ON 18F. FIX IT!!!""",
"demand", "no", "-", "Housing and Urban-Rural Development Bureau", "normal", "en", "short")

add(2, "voice-paichusuo", "eml", "2026-09-03 21:40", "", "user7719@phonemail.example",
"语音留言转文字",
"""喂你好我是住在桂溪路那边的我想反映一下昨天晚上我去杏林派出锁办那个临时身份证那个值班的警管姓马的吧他胸牌上是马什么的编号尾数是三七他太度特别差我就问了一句要不要复印件他就说你耳朵聋啊刚才不是说了吗然后把我的户口本直接扔到地上让我自己捡我妈在旁边都吓到了七十多岁的人了我想问问这种是不是应该管一管谢谢啊我电话是13500002718""",
"complaint", "yes", "a", "Public Security Bureau", "normal", "zh", "typos")

add(3, "wife-residence-permit", "eml", "2026-09-04 10:05", "Duan Weiming", "duanwm@post.example",
"ask about residence permit for my wife",
"""Hello, I am Mr. Duan. My wife is Vietnam people, we married in last year in her country. Now she come to here with me, the visa is 90 days only. Please tell me how to do the residence permit for her, what paper need to prepare, is it need go to which office? She not speak Chinese so english form is ok or not? Also the marriage paper is Vietnamese, need translate or no need.

Thank you very much.
Duan Weiming  158 0000 3362""",
"consultation", "no", "-", "Public Security Bureau", "normal", "en", "typos")

add(4, "bus12-last", "json", "2026-09-05 22:31", "", "", "12路末班",
"""12路末班车几点从火车北站发？？急""",
"information", "no", "-", "Transport Bureau", "normal", "zh", "short",
phone="", email="", anonymous=False, district="城东区")

add(5, "caps-licence-window", "eml", "2026-09-07 15:48", "Bernard Okoye", "b.okoye@bakery.example",
"AMAZING SERVICE AT THE LICENCE WINDOW (NOT)",
"""THIRD TIME THIS MONTH AT THE BUSINESS REGISTRATION WINDOWS ON FLOOR 2 OF THE SERVICE CENTRE.

FIRST VISIT: "SYSTEM IS DOWN, COME BACK TOMORROW."
SECOND VISIT: "SYSTEM IS DOWN, COME BACK TOMORROW."
TODAY: TICKET NUMBER 147. THEY CALLED 40 NUMBERS IN 3 HOURS. TWO OF SIX WINDOWS OPEN. NOBODY TO ASK WHY.

TRULY WORLD CLASS. I ONLY WANT TO REGISTER A SMALL BAKERY, NOT LAUNCH A ROCKET. IS THERE A DAY OF THE WEEK WHEN THE SYSTEM WORKS, OR SHOULD I CONSULT A FORTUNE TELLER FIRST?

FIX THE SYSTEM. OPEN THE WINDOWS. PUT A NOTICE UP WHEN IT IS DOWN SO PEOPLE DON'T TAKE A DAY OFF FOR NOTHING.

B. OKOYE""",
"complaint", "no", "-", "Administrative Approval Bureau", "normal", "en", "sarcasm")

add(6, "cantonese-deposit", "eml", "2026-09-08 12:20", "李小姐", "miss.lee.hk@mail.example",
"業主唔肯還按金",
"""你好，我喺旺豐街嗰度租咗間一房單位，租約九月尾已經到期，我都搬走咗，鎖匙都交返俾業主。但係佢而家話牆身有花，要扣晒兩個月按金。嗰啲花係我入住之前已經有㗎，我有相為證。

打咗十幾次電話佢都唔聽，微信又封咗我。我哋係守規矩嘅租客，點解可以咁？麻煩政府幫手協調下，我只係想攞返我應得嘅六千蚊。

李小姐　138-0000-4471""",
"demand", "no", "-", "Housing and Urban-Rural Development Bureau", "normal", "zh", "fullwidth")

add(7, "four-months-no-pay", "eml", "2026-09-09 23:02", "Zhou", "zhou.packer@mail.example",
"4 months no salary at the packaging plant",
"""Dear Mayor's Office,

I worked at Hengtong Packaging on Xiyuan Industrial Road until the end of August. The boss has not paid four months of wages for about 30 of us, roughly 24,000 yuan in my case. Every time we ask, the office says "after the customer pays".

Some of us went to the gate last week and the boss said in front of everyone that whoever makes trouble will never work in this zone again, and he does know all the factory owners around here. My younger brother still works on the line there and he is the only income for our parents now. If the boss hears that somebody called Zhou went to the government, my brother will be the first one out of the door.

I just want the money I earned. Can the labour department check their payroll and make them pay?

Zhou""",
"demand", "yes", "c", "Human Resources and Social Security Bureau", "normal", "en", "-")

add(8, "metro-powerbank-yyds", "eml", "2026-09-10 08:47", "地铁打工人", "commuter2hao@chat.example",
"地铁站能不能搞个共享充电宝",
"""rt，每天挤2号线通勤，手机到站就没电了，扫码进站都扫不了，真的wsl。
建议zf在地铁站厅里放点共享充电宝柜子或者免费充电桩，机场都有，地铁为啥没有hhh。隔壁城市好多站早就有了，yyds。
另外站厅能不能多装几个插座，xdm都蹲在柱子边上找插头，太惨了。nsdd，支持的扣1""",
"suggestion", "no", "-", "Transport Bureau", "normal", "zh", "typos")

add(9, "thanks-traffic-officer", "html", "2026-09-11 19:26", "Lucy Harper", "lucy.harper@example.net",
"Thank you officer!!! 🙏🙏",
"""Just want to say a BIG thank you 🙏🙏🙏 to the traffic police officer at the Hezhou Road / Fifth Avenue crossing on Tuesday morning (tall guy, glasses, badge ends 0412 I think).

My car died right in the middle of the junction in the pouring rain ☔☔ and he pushed it to the side WITH me, then stood there directing traffic around us until the tow truck came. He was soaked 😭 and still smiling. He didn't even want my name.

Please pass it on to his boss!!! 👏👏👏

Lucy Harper, 177 0000 9034""",
"information", "no", "-", "Public Security Bureau", "normal", "en", "-")

add(10, "quoted-vendor-reply", "eml", "2026-09-14 09:33", "陶建平", "taojp@example.org",
"回复说已清理？你们自己来看看",
"""上个月反映的柳塘菜场东门占道摆摊问题，收到的答复如下：

> 经核查，来电人反映的柳塘菜场东门占道经营问题属实，我局已于9月12日组织清理，现场已恢复通行，后续将加强巡查。

实际情况是：9月13号早上摊子照样摆到马路中间，三轮车都进不去，上周一辆救护车在这里堵了十分钟。我每天早晚都拍了照，带日期的。所谓"恢复通行"，就是来一趟拍个照走人吧？

对这个答复我不满意。请城管局说明到底清理了什么，什么时候真正管起来。

居民　陶先生""",
"complaint", "no", "-", "Urban Management Bureau", "normal", "zh", "quoted")

add(11, "gas-leek-voice", "eml", "2026-09-15 18:52", "", "voicenote3391@phonemail.example",
"voice msg",
"""hello yes I'm calling about a gas leek in our building Maple court building 3 the stair way smells really strong of gas since like half an hour ago on the 4th and 5th floor I knocked on 502 nobody answer the smell is coming from there I think there's a old lady living there alone please send someone quick the gas company number is busy my number is 186 0000 7715""",
"demand", "no", "-", "Emergency Management Bureau", "high", "en", "typos")

add(12, "homestead-waiting", "eml", "2026-09-16 14:10", "周大成", "zhoudc.xiawan@mail.example",
"关于宅基地审批的事",
"""领导好，我是石桥镇下湾村的村民。

今年三月我家翻建老房的宅基地申请交到村里，材料齐全，村主任一直说"不急，要等等，上面卡得紧"。到现在半年多了没有动静。

同一批交申请的隔壁户，过年前往村主任家里送了两箱酒、两条烟，五月份就批下来开工了。我去村里问，村主任老婆跟我说"你家老周就是不开窍"。

我们老实人不会这一套。就想问问这个审批到底按什么顺序办，是不是要"开窍"才能批。请上级派人查一查。""",
"complaint", "yes", "a", "Discipline Inspection Commission", "normal", "zh", "indirect")

add(13, "pension-transfer-two", "eml", "2026-09-17 11:25", "Grace Lin", "lin.grace@mail.example",
"pension transfer + unemployment question",
"""Hi,

I moved here from Hefei in July for a new job. Two questions:

1) How do I transfer my pension / social insurance record from Hefei to here? Do I apply here or there, and what documents do I need? I paid in for 6 years there.

2) Less important: I was unemployed for two months before the move. Can I still claim unemployment benefit for that period in Hefei, or is it too late?

Thanks,
Grace Lin""",
"consultation", "no", "-", "Human Resources and Social Security Bureau", "normal", "en", "two-intents")

add(14, "forum-piling-night", "eml", "2026-09-18 02:47", "黑眼圈业主", "jinxiuwan2@bbs.example",
"【吐槽】凌晨两点的打桩机，谢谢你让我重新认识了夜晚",
"""楼主住锦绣湾二期，对面就是那个新地块工地。

连续一周了，每天晚上十一点开始打桩，一直打到凌晨三四点，咚、咚、咚，窗户玻璃都在抖。白天安安静静，晚上热火朝天，真是太敬业了，建议给施工队发个劳模奖。

楼下宝妈说孩子夜夜哭，楼主明天还要上早班。问过工地门口保安，人家说"有证的"。有没有夜间施工许可我不知道，我只知道我已经一周没睡过整觉了。

求相关部门晚上来现场听一听，该罚就罚，别让我们再熬了。

—— 一个黑眼圈的业主，顶起来让更多人看到""",
"demand", "no", "-", "Ecology and Environment Bureau", "normal", "zh", "sarcasm")

add(15, "nurse-drip-phone", "eml", "2026-09-19 08:15", "Tom Becker", "tom.becker@example.com",
"Nurse on ward 6 left my father's drip unattended",
"""To whom it may concern,

I am writing about what happened to my father, 74, at the Municipal No. 2 People's Hospital, ward 6 (cardiology), on the night of 17 September.

His IV bag ran out around 1 a.m. and blood started backing up the line. I pressed the call button three times. The night nurse, the short-haired one whose badge said Xu, was sitting at the station watching videos on her phone with the sound on. She said "wait a minute" and did not come for another twenty minutes. By then his hand was swollen and purple and they had to put a new line into the other arm.

When I asked her why, she said there were "too many patients". The ward was half empty.

I want the hospital to look at what happened that night, and I want to know whether this is how patients are treated there.

Tom Becker (son)
139 0000 5820""",
"complaint", "yes", "a", "Health Commission", "normal", "en", "-")

add(16, "typhoon-camping", "json", "2026-09-20 16:02", "小麦", "", "周末天气",
"""周六台风会不会登陆？约了去海边露营要不要取消""",
"information", "no", "-", "Meteorological Bureau", "normal", "zh", "short",
phone="", email="xiaomai@mail.example", anonymous=False, district="海湾区")

add(17, "my-ride-to-work", "eml", "2026-09-21 20:40", "Daniel Okafor", "d.okafor@example.org",
"about my ride to work",
"""I've lived in this city for eleven years and cycled to work for most of them, first on an old steel bike my uncle gave me, now on a shared e-bike. My route is about 7 km: along Canal Street, across the Jinhe Bridge and down Orchard Avenue to the tech park.

The first half is lovely. There's a painted lane, the plane trees, people walking their dogs. Then at the bridge everything changes. The lane disappears into the bus stop, buses pull in right across you, and on the bridge itself cyclists are squeezed between the kerb and trucks heading for the ring road. Last winter a colleague of mine was clipped there and broke her wrist. She takes a taxi now, and so do half the people I used to ride with.

I don't know how these decisions are made. But every morning I think about how cheap a line of concrete kerbs would be compared with what we have now. If a separated lane ran over the Jinhe Bridge and the bus stops were moved onto little islands, I'm fairly sure a lot of us would go back to riding.

Just a thought from someone who rides it every day.

Daniel Okafor""",
"suggestion", "no", "-", "Transport Bureau", "normal", "en", "indirect")

add(18, "rooftop-rooms", "json", "2026-09-22 22:18", "", "", "天台违建",
"""滨江花园8栋顶楼1802的业主在楼顶天台用彩钢板和砖搭了两间房，搭了一个多月了，晚上还在施工。现在楼顶防水层被破坏，雨一下就漏到17楼。天台是公共部位，消防通道也被堵住了。请城管来查处拆除。""",
"demand", "yes", "b", "Urban Management Bureau", "normal", "zh", "-",
phone="", email="", anonymous=True, district="江北区")

add(19, "quoted-medins-reply", "multi", "2026-09-24 10:12", "Chen Yu", "chenyu.k@example.net",
"Re: your reply on my reimbursement case - this is not an answer",
"""Dear Sir/Madam,

This is the reply I received from the Healthcare Security Bureau on 20 September:

> Dear citizen, thank you for your message. Medical expenses incurred outside
> the designated institutions are settled in accordance with the relevant
> provisions. Please consult your insured location for details. Thank you for
> your understanding and support.

I had asked a very specific question: my emergency appendix operation in Xi'an in August, at a designated hospital, filed for cross-region settlement, rejected with no reason given. The reply above does not mention my case at all, does not say why it was rejected, and tells me to "consult your insured location". I AM insured here. That is why I wrote to you.

I have called the number on the bureau's website four times. Twice it rang out, twice I was told to write in again. That is a six-week loop.

Please have someone actually read my file (insured no. ending 3318) and tell me the reason and what I should do.

Chen Yu, 132 0000 6647""",
"complaint", "no", "-", "Healthcare Security Bureau", "normal", "en", "quoted")

add(20, "fullwidth-gongjijin", "eml", "2026-09-25 13:37", "邓", "xiaodeng.work@mail.example",
"公积金提取问题",
"""你好！我想咨询一下：我在ＸＹＺ科技有限公司上班，公积金交了３年，今年１０月在外省（湖南长沙）买了房，能不能提取这边的公积金还首付贷款？？需要准备哪些材料？网上办还是要去窗口？

谢谢！！

——　小邓　１３７　００００　５１９０""",
"consultation", "no", "-", "Housing and Urban-Rural Development Bureau", "normal", "zh", "fullwidth")

add(21, "no-fibre-new-estate", "eml", "2026-09-26 21:05", "R. Nakamura", "r.nakamura@example.com",
"no fibre in our new estate + one dark lamp",
"""We moved into Silverbirch Residence (phase 2) in August. Three months later there is still no fibre broadband in the building. The telecom operator says the property company won't let them in; the property company says it's the operators' problem. 400 households are working from home on phone hotspots, and mobile signal in the underground car park is zero.

Could whoever handles telecoms get the operators and the developer into one room and get fibre into the building?

Separately: the streetlight at the estate's north gate has been out since September, if someone could pass that on.

Thanks,
R. Nakamura, 150-0000-8821""",
"demand", "no", "-", "Industry and Information Technology Bureau", "normal", "en", "two-intents")

add(22, "weekend-maths-class", "eml", "2026-09-28 20:15", "一位家长", "parent4c3@mail.example",
"关于孩子班主任的一点情况",
"""我女儿在实验二小四年级三班。

班主任周老师从暑假开始在她爱人开的"启航书院"办周末数学班，一个学期两千八。开学以后，班上没去上的孩子，座位都被调到了后面两排。周老师在家长群里说过一句"有的孩子跟不上，家长自己心里要有数"。

我女儿回家说，老师上课讲到一半就说"这个题周末班讲过了"，直接跳过去。

我们不是不愿意花钱，只是觉得学校里的课应该是给所有孩子上的。希望教育局了解一下这个情况。""",
"complaint", "yes", "a", "Education Bureau", "normal", "zh", "indirect")

add(23, "fee-in-the-folder", "eml", "2026-09-29 11:50", "Marco Bianchi", "marco.b@noodles.example",
"Question about a fee at the permit window",
"""Hello, a quick question because I'm not sure what's normal here.

I applied for a food business permit for my noodle shop at the district service hall, window 9, last Thursday. The man at the window (I think his surname is Gao; his lanyard was flipped round) looked through my folder and said the "expedited review" would take 3 days instead of 20 if I put 800 yuan in the folder next time. No receipt, no form, just the folder.

Is there an official expedited fee for this permit? If there is, how much is it and where do I pay it? If there isn't, what should I do?

Marco Bianchi, +86 131 0000 4327""",
"consultation", "yes", "a", "Administrative Approval Bureau", "normal", "en", "indirect")

add(24, "carpenters-wages", "eml", "2026-10-08 19:30", "宋", "laosong.mugong@mail.example",
"工地欠薪讨了三个月",
"""我们是在翠屏路保障房二标段干木工的，一共十七个人，六月到九月的工钱一共三十一万没结。包工头说总包没给钱，总包说早给了包工头。

我们去区劳动监察大队反映了三次，每次来的都是那个姓韩的队长。来了就进老板的活动板房喝茶，半个钟头出来跟我们说"下个礼拜就发"。上礼拜我们看见他跟总包的项目经理在工地对面的饭店吃饭，出来手里还拎了个袋子。

现在又一个多礼拜过去了，一分没有。马上要过冬了，家里娃还等着交学费。请政府帮我们把工钱要回来。

木工班　老宋　191 0000 2256""",
"demand", "yes", "a", "Human Resources and Social Security Bureau", "normal", "zh", "indirect")

add(25, "official-car-school-run", "html", "2026-10-09 08:05", "A resident of Peony Lane", "peonylane.resident@example.net",
"Government car on the school run every morning",
"""Every weekday at about 7:40 a black sedan belonging to the district Forestry Station (plate ending 62Q, the station's name is on the parking pass in the windscreen) drops two children at Bright Star Kindergarten on Peony Lane. The driver then waits outside for the deputy head of the station, who lives in our compound; everybody in the street knows him.

On Saturdays and Sundays the same car is parked at the Lotus Lake fishing ponds from 6 a.m. until the afternoon, and last month it took his family to a wedding banquet in the next county.

I thought official cars were not for family use. I have dated photos for September and October and can send them.

Please look into it.""",
"complaint", "yes", "a", "Discipline Inspection Commission", "normal", "en", "-")

add(26, "chengguan-kicked-stove", "eml", "2026-10-10 17:22", "路过的家长", "wenchang.mama@mail.example",
"城管打人了！！！！",
"""今天下午四点多在文昌路小学门口！！！！

一个卖烤红薯的老大爷，七十多岁了。。。。两个城管过来，其中一个高个子、没戴帽子的，胸前编号好像是0××7（没看清），直接一脚把他的炉子踹翻了！！！红薯滚一地，炭火差点烫到放学的小孩😡😡😡

老大爷弯腰去捡，他又推了老人一把，老人一屁股坐在地上半天起不来。。。周围家长都在拍！！！

管摊贩可以，但是能这样？？？？请严肃处理这个人！！！！""",
"complaint", "yes", "a", "Urban Management Bureau", "normal", "zh", "fullwidth")

add(27, "surgery-sincerity", "eml", "2026-10-12 22:48", "Helen Xiao", "helen.xiao@example.org",
"my mother's surgery date",
"""My mother has been waiting for a hip replacement at the Central People's Hospital orthopaedics department since July.

At her last check-up the attending doctor, Dr. Liang, told us the surgery schedule was "very tight this season" and that families who "show some sincerity" usually find a slot sooner. He then mentioned that his clinic day is Wednesday and that we could "come by the office without the patient".

My neighbour's father, who was put on the list after my mother, had his operation two weeks ago. His son told me he brought an envelope.

We don't want to play this game and we can't afford it. Mum is in pain every night. Please have the hospital check how its surgery list is being managed.

Helen Xiao""",
"complaint", "yes", "a", "Health Commission", "normal", "en", "indirect")

add(28, "plastic-plant-night", "eml", "2026-10-13 23:11", "龙湾村村民", "longwan.cunmin@mail.example",
"塑料厂晚上排味道",
"""我家住在龙湾村，村北头那家塑料颗粒厂白天不开工，一到晚上十点以后就开始生产，一股烧塑料的焦臭味，关着窗都睡不着，家里老人孩子咳嗽了一个多月。厂子的烟囱晚上冒黑烟，我拍了视频。

希望环保部门晚上突击来查。

我家跟厂老板是本家亲戚，村里抬头不见低头见，处理的时候请别说是谁反映的，回电话也别打我家座机。

联系：159 0000 6603""",
"demand", "yes", "b", "Ecology and Environment Bureau", "normal", "zh", "-")

add(29, "elderly-canteens", "eml", "2026-10-14 12:35", "L.", "l.cypress@example.com",
"More community canteens for old people",
"""I'd like to suggest that the city open more community canteens for the elderly, especially in the old neighbourhoods east of the railway. There is only one, at Cypress Lane, and by 11 the queue is out of the door. Many old people who live alone just eat steamed buns all week.

A subsidised lunch at 10-12 yuan, delivery for those who can't walk, and student volunteers from the nearby schools would make a big difference. Chengdu and Hangzhou already do this well.

One request: please leave my name off this if it is published or forwarded anywhere. I work in one of the sub-district offices and it would look like I'm going over my boss's head.

Thank you.
L.""",
"suggestion", "yes", "b", "Civil Affairs Bureau", "normal", "en", "-")

add(30, "legal-aid-address", "eml", "2026-10-15 06:58", "", "sunflower.quiet@mail.example",
"address please",
"""Where is the nearest legal aid office to Nanping district and what hours is it open? Is it free for someone with no income of her own?

Please answer by email only. Do not call or text the number on my account; my husband goes through my phone every evening.

Thank you.""",
"information", "yes", "b", "Justice Bureau", "normal", "en", "indirect")

add(31, "kindergarten-sponsor-fee", "json", "2026-10-16 21:20", "", "", "幼儿园收“赞助费”合理吗",
"""请问公办幼儿园报名时要求家长交"建园赞助费"五千元，说是自愿，但不交的话就"名额紧张"，这种收费是允许的吗？家长应该向哪个部门反映？""",
"consultation", "yes", "b", "Education Bureau", "normal", "zh", "-",
phone="", email="", anonymous=True, district="高新区")

add(32, "landlord-cut-water", "eml", "2026-10-17 19:44", "小范", "xiaofan.zuhu@mail.example",
"房东停水停电逼我们搬",
"""我在东坝村租的自建房，合同签到明年六月。

上个月房东说要涨五百块，我们没答应，他就先把热水器的电断了，这周直接把整层的水闸关了，一家四口现在每天去公厕接水。

房东是村支书的亲侄子，村里人都说找村委没用。我在村口菜市场有个摊位，摊位是村里统一分的，我老婆说闹大了明年摊位肯定没了。可合同在我手里，总不能一直这样过。

请政府让房东先把水电恢复，按合同来。

租户　小范　183 0000 4170""",
"demand", "yes", "c", "Housing and Urban-Rural Development Bureau", "normal", "zh", "indirect")

add(33, "stall-fee-up-again", "eml", "2026-10-19 14:03", "Amy", "amy.fruitstall@mail.example",
"市场管理费 again up",
"""Hi, I run a fruit stall in the 惠民农贸市场 on Qingfeng Road. This year the 市场管理公司 raised the 管理费 three times: from 800 to 1,200 to 1,650 a month, plus a new "卫生费" of 300 with no receipt and no 通知, just a WeChat message.

Most vendors can't afford it anymore, six stalls have already closed. We asked the manager for the fee standard and he said "don't like it, leave".

Stall contracts are renewed every December, and the people who asked questions last year simply didn't get renewed. I have two kids in school here; if I lose this stall I have nothing.

Please make the company show the basis for the fees and stop the extra charges.

水果摊 Amy, 136 0000 2094""",
"demand", "yes", "c", "Commerce and Investment Promotion Bureau", "normal", "en", "mixed")

add(34, "uniform-great-value", "eml", "2026-10-20 21:37", "初一家长", "yucai.parent@example.net",
"校服真是“物美价廉”",
"""育才中学今年新生统一要求到学校指定的"晨阳服饰"买校服，三套一千六，网上同款面料不到四百。学校发的通知上写着"统一安排，不接受自行购买"。

真是为孩子们考虑得太周到了，连价格都帮我们"考虑"好了。

想问问教育局：公办学校能这样强制指定商家吗？家长们私下都在骂，但没人敢在群里说一句，怕孩子在学校被"特殊照顾"。我也是。""",
"complaint", "yes", "c", "Education Bureau", "normal", "zh", "sarcasm")

add(35, "fraud-call-number", "json", "2026-10-21 10:16", "", "", "举报诈骗电话",
"""170 0000 5512 冒充快递客服骗退款，举报！""",
"demand", "no", "-", "Public Security Bureau", "normal", "zh", "short",
phone="133 0000 8420", email="", anonymous=False, district="")

add(36, "guard-blocks-insulin", "eml", "2026-10-22 22:09", "Sam Reyes", "sam.reyes@example.com",
"Property security guard keeps blocking deliveries",
"""The security guard at the east gate of Harbourview Estate (managed by Jiahe Property) has twice this week refused to let the pharmacy delivery rider in with my father's insulin, saying "no outside riders after 8 pm", a rule that exists nowhere in writing. When I went down he swore at me and told me to "go complain, see if anyone cares".

The property office said they would "educate him". Nothing has changed. My father is diabetic and housebound.

Please get the property company to fix its gate rules and the guard's attitude.

Sam Reyes, 188 0000 3401""",
"demand", "no", "-", "Housing and Urban-Rural Development Bureau", "normal", "en", "-")

add(37, "thanks-nurse-liu", "html", "2026-10-23 15:30", "曹女士", "cao.jiashu@example.org",
"感谢市中医院刘护士",
"""我父亲九月底在市中医院肺病科住院十二天，护士刘晓燕每天都特别耐心。夜里我爸咳得厉害，她来了好几趟，还教我怎么拍背排痰。

出院那天我想送点水果，她坚决不收。

这样的好护士应该被表扬，麻烦转告医院领导。谢谢！

家属　曹女士""",
"information", "no", "-", "Health Commission", "normal", "zh", "-")

add(38, "linden-lights-out", "eml", "2026-10-26 18:21", "", "j.kowal@example.net",
"lights out",
"""3 street lights out on Linden Rd by the primary school since Mon. pitch black at 6pm, kids walk there. pls fix""",
"demand", "no", "-", "Urban Management Bureau", "normal", "en", "short")

add(39, "museum-holiday-hours", "json", "2026-09-27 09:40", "赵", "", "博物馆开放时间",
"""请问市博物馆国庆期间开不开？要不要提前预约，几点闭馆？带老人孩子一起去，老人有没有免票？""",
"information", "no", "-", "Culture and Tourism Bureau", "normal", "zh", "-",
phone="139-0000-2571", email="", anonymous=False, district="老城区")

add(40, "baby-hukou-pinyin", "eml", "2026-10-27 13:12", "糖糖妈", "tangtangma@chat.example",
"bb上户口咨询",
"""宝宝9月出生的，想问下上户口xy啥材料？bb爸爸是外地hk（河南的），我是本市hk，能不能直接上我这边？出生证明、结婚证、俩人身份证够不够，要去派出所还是网上就能办，zfw上找半天没找到入口qwq 谢谢！！""",
"consultation", "no", "-", "Public Security Bureau", "normal", "zh", "typos")

add(41, "my-mother-alone", "eml", "2026-10-28 23:55", "许", "xu.son@mail.example",
"想问问我妈的情况",
"""我妈今年六十九了，一个人住在老纺织厂宿舍。我爸前年走的，走之前看病把家里的钱花得差不多了。她原来是厂里的临时工，没有退休金，只有每个月一百多块的城乡居民养老金。

我在外地打工，自己也有两个孩子，每个月只能给她寄五六百。她膝盖不好，去年冬天摔了一跤，现在买菜都得邻居帮忙。她这个人要面子，从来不跟社区开口。前几天我回来看她，冰箱里就剩半袋挂面。

我也不知道该怎么办，就是想问问：像她这种情况，能不能申请低保或者别的什么补助？要找哪里，要准备什么？

她儿子　许　152 0000 7936""",
"consultation", "no", "-", "Civil Affairs Bureau", "normal", "zh", "indirect")

add(42, "iit-special-deduction", "eml", "2026-10-29 12:44", "Kevin Wang", "kevin.w@mail.example",
"个税 special deduction question",
"""Hi, 想问一下 about the 个人所得税 special additional deductions.

I started paying my 房贷 in March but only filled in the 住房贷款利息 deduction in the app last week. Can I still get it for March to September, or is it lost?

Also, if my wife and I both claim 子女教育, can we each take 50%? The app just says "请咨询主管税务机关".

Thanks!
Kevin""",
"consultation", "no", "-", "Taxation Bureau", "normal", "en", "mixed")

add(43, "no-water-above-5f", "eml", "2026-11-02 07:30", "James Wu", "jameswu902@example.com",
"NO WATER ABOVE 5TH FLOOR",
"""NO WATER ABOVE THE 5TH FLOOR IN BUILDING 12, OSMANTHUS COURT, SINCE FRIDAY NIGHT. ONLY A TRICKLE AT 3AM.

WE HAVE OLD PEOPLE AND A BABY ON 9F CARRYING BUCKETS UP THE STAIRS. THE WATER COMPANY HAS BEEN SAYING "PRESSURE ISSUE, BEING CHECKED" FOR 4 DAYS NOW. WE PAY OUR BILLS.

SEND SOMEONE TO FIX THE BOOSTER PUMP.

JAMES WU, 9-902, 135 0000 8806""",
"demand", "no", "-", "Water Affairs Bureau", "normal", "en", "-")

add(44, "fwd-case-closed", "multi", "2026-11-03 09:18", "Maria Ortiz", "m.ortiz@example.org",
"Fwd: 您的工单已办结 - no it isn't",
"""Forwarding the SMS I got from 12345 yesterday:

---------- Forwarded message ----------
【12345】尊敬的市民，您反映的事项（工单号2026-10-0000417）已办结，感谢您的支持。如对办理结果不满意，可回复1。
---------------------------------------

Nobody called me. Nobody came. The sewage overflowing behind Camphor Lane market is still there this morning. I replied "1" as instructed and got another automatic message saying the case was closed.

So I'm writing here. How can a case be closed without anyone contacting the person who reported it? Please reopen it and have a person, not a robot, follow up.

Mrs. Ortiz, 186 0000 2253""",
"complaint", "no", "-", "Municipal Government Office", "normal", "en", "quoted")

add(45, "library-late-exam", "eml", "2026-11-04 22:50", "考研狗", "kaoyan2027@chat.example",
"图书馆考试季能不能晚点关门🙏",
"""市图书馆自习区每天晚上八点就关门了😭 期末和考研那几个月，八点刚进入状态就被赶出来，只能去24小时快餐店刷题🍟🍟

建议考试季（11月-1月、5-6月）把自习区延长到晚上十点，或者开一个小的夜间自习室，刷读者证进，成本应该不高吧🙏🙏🙏

一个每天占座的考研狗📚""",
"suggestion", "no", "-", "Culture and Tourism Bureau", "normal", "zh", "-")

add(46, "flu-shot-saturday", "json", "2026-11-05 07:48", "", "", "打疫苗",
"""社区医院周六打不打流感疫苗？几点开门""",
"information", "no", "-", "Health Commission", "normal", "zh", "short",
phone="", email="", anonymous=False, district="西湖路街道")

add(47, "riverside-park-dogs", "eml", "2026-11-06 18:05", "徐阿姨", "xu.ayi@example.net",
"关于滨河公园的两点建议",
"""滨河公园现在每天傍晚遛狗的人特别多，狗和跑步的、带小孩的混在一起，上周一个小孩被大狗扑倒了。建议在公园北边那块空草坪围一个遛狗区，其他区域要求牵绳。

顺便说一下，儿童游乐区旁边那排长椅坏了三张，木条翘起来还露着钉子，麻烦修一下。""",
"suggestion", "no", "-", "Urban Management Bureau", "normal", "zh", "two-intents")

add(48, "veteran-lump-sum", "eml", "2026-11-09 10:26", "付", "fu.tuiyi@mail.example",
"退役士兵自主就业补助咨询",
"""您好，我2025年12月退役，选择自主就业，户口已经迁回本市。

请问一次性经济补助什么时候发？需要我自己去申请，还是按户籍自动发放？另外听说退役士兵参加职业技能培训有补贴，具体怎么报名？

谢谢。
退役士兵　付　176 0000 3329""",
"consultation", "no", "-", "Veterans Affairs Bureau", "normal", "zh", "-")

add(49, "underpass-flooding-now", "eml", "2026-09-13 16:42", "", "h.ng@phonemail.example",
"URGENT underpass",
"""Xinhua Rd underpass flooding NOW, water up to car windows, a taxi stalled inside with people on the roof. Close it!!""",
"demand", "no", "-", "Water Affairs Bureau", "high", "en", "short")

add(50, "pothole-birthday", "eml", "2026-11-10 09:00", "Priya M.", "pm.birch@mail.example",
"Happy 1st birthday to the pothole on Birch Street 🎂",
"""Dear Transport Bureau,

Please join me in celebrating the first anniversary of the pothole outside No. 88 Birch Street. Reported last November, again in January, again in May. It has grown from the size of a dinner plate to the size of a bathtub, and so far has swallowed two scooter wheels and one delivery rider's front teeth.

Every time, I'm told it is "included in the maintenance plan". I would love to read this plan; it must be a very long document.

Could you maybe fill the hole before it qualifies for its own postcode?

A loyal resident,
Priya""",
"demand", "no", "-", "Transport Bureau", "normal", "en", "sarcasm")

add(51, "quoted-subsidy-area", "eml", "2026-11-11 15:14", "贺", "he.nanling@mail.example",
"关于耕地地力保护补贴的再次咨询",
"""上次咨询补贴少发的问题，农业农村局回复如下：

"您好，耕地地力保护补贴按照农村土地承包经营权确权登记面积发放，您户确权面积为3.2亩，补贴已足额发放。感谢您的来信。"

可是我家实际种的是5.6亩。2018年确权的时候村里量错了，有两块坡地没登上。

想再问一下：确权面积登记错了，要怎么更正？找村里、镇上还是县里？需要哪些证明？更正之后，以前少发的补贴能不能补？

南岭村　贺　155 0000 1748""",
"consultation", "no", "-", "Agriculture and Rural Affairs Bureau", "normal", "zh", "quoted")

add(52, "cantonese-food-poisoning", "eml", "2026-11-12 20:33", "陈生", "chan.sang@mail.example",
"食物中毒可以点样索赔",
"""我哋一家四口上个礼拜喺长乐路一间茶餐厅食咗烧味饭，返到屋企个个肚痛又屙又呕，细路仲入咗医院吊咗两日盐水，医生话系细菌性食物中毒。单据同病历我哋都留住。

想问下：呢种情况应该去边度投诉？可唔可以要求餐厅赔医药费同误工费？要准备啲乜嘢材料？

唔该晒。陈生""",
"consultation", "no", "-", "Market Regulation Administration", "normal", "zh", "-")

add(53, "thank-you-12345", "eml", "2026-11-13 11:11", "Ahmed Raza", "ahmed.textile@example.com",
"thank you 12345",
"""Hello,

I am Ahmed from Pakistan, doing textile business here. Last month I write to you because the travel agency not give back my money for cancel tour. You call me in two days and the problem is solve, money is back. Very fast, very good, I am very surprise.

Thank you so much to all the team, I tell all my friends. God bless.

Ahmed""",
"information", "no", "-", "none", "normal", "en", "typos")

add(54, "metro-english-signs", "eml", "2026-11-16 08:38", "Claire Dumont", "claire.dumont@example.org",
"Suggestion: fix the English on metro signs",
"""I'm an English teacher and ride Line 3 every day. A few signs could confuse visitors: at Dongmen station the exit sign says "Export A", the toilet is labelled "Toilet for Disabled Persons Only Use", and the help point says "Please Ask the Workman".

With the international expo next spring bringing many foreign visitors, I'd suggest the metro company run a proper review of all English signage, perhaps with volunteer native speakers (I'd happily help). It would also help if announcements gave the English station name before the doors open, not after.

Best,
Claire Dumont""",
"suggestion", "no", "-", "Transport Bureau", "normal", "en", "-")

add(55, "app-photo-upload", "json", "2026-11-17 23:04", "Leo", "", "app idea",
"""pls add photo upload to the 12345 app, cant show u the problem w/o pics. thx""",
"suggestion", "no", "-", "Municipal Government Office", "normal", "en", "short",
phone="", email="leo.t@example.net", anonymous=False, district="")

add(56, "street-office-no-answer", "eml", "2026-11-18 16:27", "杉木巷居民", "shanmu.lane@example.com",
"街道办电话到底有没有人接",
"""我们杉木巷小区老旧改造从七月开工，拆下来的砖头、水泥袋堆在楼下快三个月了，消防车道占了一半。

打了街道办公示的电话二十多次，工作日上午下午都打过，从来没人接；在街道公众号留言，三个月没有一条回复。居民连该找谁都不知道，这是什么服务？请市里督促一下街道，至少要有人接电话、回留言。

另外也想问一下，我们小区改造到底什么时候完工？""",
"complaint", "no", "-", "Municipal Government Office", "normal", "zh", "two-intents")

add(57, "freight-road-blocked", "html", "2026-11-19 10:02", "孟经理", "admin@lingang-parts.example",
"企业请求协调货车通行问题",
"""市商务和投资促进局：

我公司（临港精密零部件有限公司）是去年引进的外资企业，位于滨海产业园纬三路。园区西侧唯一的货运通道今年九月起被相邻楼盘的施工围挡占用，大货车只能绕行十二公里，每天多出运输成本约八千元，部分海外订单已经延误。

我们多次与开发商沟通未果。恳请贵局牵头协调开发商、交通部门及园区管委会，尽快恢复通道或提供临时通道。

联系人：行政部　孟经理　0571-0000-6632""",
"demand", "no", "-", "Commerce and Investment Promotion Bureau", "normal", "zh", "-")

add(58, "donate-winter-clothes", "json", "2026-11-20 14:45", "黄女士", "", "旧衣服捐到哪里",
"""家里有一批八成新的冬衣和棉被，想捐给有需要的人，请问市里有没有正规的捐赠点？地址在哪，需要提前联系吗？""",
"information", "no", "-", "Civil Affairs Bureau", "normal", "zh", "-",
phone="", email="huang.w@example.com", anonymous=False, district="南湖区")

add(59, "village-bus-mixed", "eml", "2026-11-23 19:19", "云岭村小伍", "xiaowu.yunling@mail.example",
"建议加开去 village 的公交",
"""建议增加到云岭村那边的公交班次。现在 only 两班 per day，早上6:50一班，下午4点一班，错过了就只能打黑车，50块起步。

村里很多老人要去镇上 hospital 复查，年轻人上班也不方便。建议至少 morning、noon、evening 各一班，或者搞个 demand-responsive 的小巴，电话预约那种。Thanks!""",
"suggestion", "no", "-", "Transport Bureau", "normal", "zh", "mixed")

add(60, "online-hall-crashes", "json", "2026-11-25 09:26", "吕先生", "", "网上办事大厅天天崩",
"""市政务服务网"企业开办一网通办"这两周一到上午九点就打不开，提示"系统繁忙"。我提交的营业执照变更材料上传了四次都失败，客服电话一直占线。这种系统上线前都不测试吗？耽误我们签合同了，请尽快修好并给个说法。""",
"complaint", "no", "-", "Administrative Approval Bureau", "normal", "zh", "-",
phone="139 0000 6108", email="", anonymous=False, district="经开区")


def dt(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=TZ)

def enc(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()

def to_html(body):
    paras = body.split("\n\n")
    out = []
    for p in paras:
        out.append("<p>" + html.escape(p).replace("\n", "<br>") + "</p>")
    return ("<html><head><meta charset=\"utf-8\"></head><body>\n" + "\n".join(out) + "\n</body></html>")

def crlf(s):
    return s.replace("\r\n", "\n").replace("\n", "\r\n")

def headers(x, ctype):
    h = []
    if x["name"]:
        h.append("From: " + formataddr((x["name"], x["addr"]), charset="utf-8"))
    else:
        h.append("From: " + x["addr"])
    h.append("To: mayor@city.example")
    h.append("Subject: " + enc(x["subject"]))
    h.append("Date: " + format_datetime(dt(x["date"])))
    h.append("Message-ID: <%s-%03d.%s@mail.example>" % (ME, x["num"], dt(x["date"]).strftime("%Y%m%d%H%M")))
    h.append("MIME-Version: 1.0")
    h.extend(ctype)
    return h

def build_eml(x):
    body = x["body"] + "\n"
    if x["fmt"] == "eml":
        h = headers(x, ["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit"])
        text = "\n".join(h) + "\n\n" + body
    elif x["fmt"] == "html":
        h = headers(x, ["Content-Type: text/html; charset=utf-8", "Content-Transfer-Encoding: 8bit"])
        text = "\n".join(h) + "\n\n" + to_html(x["body"]) + "\n"
    else:  # multipart/alternative
        b = "=_w15_alt_%03d" % x["num"]
        h = headers(x, ['Content-Type: multipart/alternative; boundary="%s"' % b])
        parts = [
            "--" + b,
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: 8bit",
            "",
            body,
            "--" + b,
            "Content-Type: text/html; charset=utf-8",
            "Content-Transfer-Encoding: 8bit",
            "",
            to_html(x["body"]),
            "--" + b + "--",
            "",
        ]
        text = "\n".join(h) + "\n\n" + "\n".join(parts)
    return crlf(text).encode("utf-8")

def build_json(x):
    e = x["extra"]
    obj = {
        "id": "%s-%03d" % (ME, x["num"]),
        "submitted_at": dt(x["date"]).isoformat(),
        "name": x["name"],
        "phone": e.get("phone", ""),
        "email": e.get("email", ""),
        "anonymous": bool(e.get("anonymous", False)),
        "title": x["subject"],
        "content": x["body"],
        "district": e.get("district", ""),
    }
    return (json.dumps(obj, ensure_ascii=False, indent=2) + "\n").encode("utf-8")

def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.startswith(ME + "-"):
            os.remove(os.path.join(OUT, f))
    rows = ["path\tcategory\tconfidential\treason\tdepartment\tpriority\tlanguage\thard"]
    nums = [x["num"] for x in L]
    assert nums == list(range(1, 61)), nums
    for x in L:
        ext = "json" if x["fmt"] == "json" else "eml"
        fn = "%s-%03d-%s.%s" % (ME, x["num"], x["slug"], ext)
        data = build_json(x) if ext == "json" else build_eml(x)
        with open(os.path.join(OUT, fn), "wb") as fh:
            fh.write(data)
        rows.append("\t".join(["letters/" + fn, x["cat"], x["conf"], x["reason"], x["dept"],
                               x["prio"], x["lang"], x["hard"]]))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(rows) + "\n")
    print("wrote %d letters" % len(L))

if __name__ == "__main__":
    main()
