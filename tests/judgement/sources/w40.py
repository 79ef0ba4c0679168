#!/usr/bin/env python3
"""Writer w40: 60 letters to the mayor's mailbox (follow-ups, people in a hurry).

Run `python3 gen.py` to (re)write letters/ and labels.tsv next to this file.
Deterministic: standard library only, all dates fixed in the table.
"""
import html
import json
import os
from datetime import datetime, timezone, timedelta
from email.header import Header
from email.utils import formataddr, format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "letters")
TZ = timezone(timedelta(hours=8))
W = "w40"

# Each entry: n, slug, fmt ('eml' | 'html' | 'alt' | 'json'), when (YYYY-MM-DD HH:MM),
# sender (name, address) for mail / dict for json, subject/title, body,
# labels: category, confidential, reason, department, priority, language, hard
L = []


def mail(n, slug, fmt, when, name, addr, subject, body, cat, conf, reason, dept, prio, lang, hard):
    L.append(dict(n=n, slug=slug, fmt=fmt, when=when, name=name, addr=addr, subject=subject,
                  body=body, cat=cat, conf=conf, reason=reason, dept=dept, prio=prio,
                  lang=lang, hard=hard))


def form(n, slug, when, name, phone, email, anonymous, title, content, district,
         cat, conf, reason, dept, prio, lang, hard):
    L.append(dict(n=n, slug=slug, fmt="json", when=when, name=name, phone=phone, email=email,
                  anonymous=anonymous, subject=title, body=content, district=district,
                  cat=cat, conf=conf, reason=reason, dept=dept, prio=prio, lang=lang, hard=hard))


mail(1, "lift-still-stopped", "eml", "2026-10-08 08:41", "钱淑芬", "qsf1962@post.example",
     "工单回复说电梯“已协调维修”，可电梯还是停着", """市长信箱：

9月19号我打过12345，工单号 GD20260919-0000731，后来收到一条短信：

【12345】您反映的桂香里小区3栋电梯故障问题，经属地街道协调，物业已安排维保单位检修，预计近日恢复运行。感谢您的理解与支持。

到今天快三个礼拜了。电梯门口贴的“维修中”那张纸都晒褪色了，没见过一个修电梯的人来。物业说是维保公司和业委会在扯维修基金的钱，谁也不肯先垫。

我们这栋11户，七楼的胡阿姨腿做过手术，一个月没下过楼，买菜全靠邻居帮忙。能不能请住建部门真的派人来看一眼，把钱的事定下来，先让电梯转起来？

3栋602 钱女士
138 0000 2716
""", "demand", "no", "-", "Housing and Urban-Rural Development Bureau", "normal", "zh", "quoted")

form(2, "housing-fund-rent", "2026-10-02T10:15:00+08:00", "Daniel Okafor", "", "d.okafor@example.net", False,
     "housing fund for rent",
     "Which papers do I need to withdraw my housing provident fund to pay rent? I rent, I don't own.",
     "", "consultation", "no", "-", "Housing and Urban-Rural Development Bureau", "normal", "en", "short")

mail(3, "dibao-neighbour-granny", "eml", "2026-10-12 19:27", "滕晓丽", "tengxl@example.com",
     "替楼下的孙奶奶反映一下低保申请的事", """您好，

我是孙奶奶楼上的邻居，姓滕。孙奶奶今年79岁，一个人住，老伴去年走了，每月只有几百块钱养老金。

上周四我陪她去社区居委会问低保。窗口那位戴眼镜、四十来岁的男同志（胸牌上好像写的是“民政专干”）连表都没让填，翻了翻她的户口本就说：“你儿子在外地跑运输，家里有车的申请什么低保。”还当着一屋子人说“别老想着占国家便宜”。

孙奶奶的儿子前年出车祸没了，那辆车早就卖了还债。老人当场就哭了，回来两天没怎么吃饭。

就算不符合条件，总得让人把材料交上去、按程序审一审吧？这位同志的态度，也请领导管一管。

孙奶奶不会用手机，有事请联系我：
滕晓丽 159 0000 8843（丰乐社区9号楼）
""", "complaint", "yes", "a", "Civil Affairs Bureau", "normal", "zh", "-")

form(4, "night-piling-voice", "2026-10-15T23:48:00+08:00", "", "137 0000 5520", "", False,
     "晚上施工太吵了",
     "你好我要反映一下我们家对面那个工地天天晚上施工到十二点多还在打装咚咚咚的整栋楼都在振我家小孩明天要考试根本睡不着已经是第三个晚上了白天干不完吗晚上还干他们有没有夜间施工徐可证啊请你们派人来看看地址是兴华路跟平川街交叉口那个在见的楼盘叫什么云璟府好像谢谢",
     "平川区", "demand", "no", "-", "Ecology and Environment Bureau", "normal", "zh", "typos")

mail(5, "ticket-resolved-really", "eml", "2026-10-09 22:03", "Martin Kessler", "mkessler@example.org",
     "Re: my ticket was \"resolved\" - really?", """Dear Mayor's Office,

Congratulations: your hotline has achieved a 100% resolution rate on my case without anyone doing anything at all. Truly impressive.

On 28 September I called 12345 because I had been promised a call-back within three working days on an earlier matter, and nobody called. Two days later I got an SMS saying my issue was "resolved and closed, a satisfaction survey will follow". The survey never came either, which I suppose is at least consistent.

Nobody phoned me. Nobody asked what the problem was. The ticket was simply closed. If the target is closing tickets, you are doing brilliantly. If the target is helping residents, perhaps someone could look at how tickets get marked "resolved", and whether the caller is ever contacted before that happens.

Happy to explain on the phone - assuming someone actually calls.

Martin Kessler
+86 135 0000 6612
""", "complaint", "no", "-", "Municipal Government Office", "normal", "en", "sarcasm")

mail(6, "grid-lamps-and-bins", "eml", "2026-10-20 16:10", "蒋文涛", "jiangwt.grid@wutong.example",
     "网格员代居民反映：青石巷路灯不亮、垃圾桶满溢", """您好，我是梧桐街道第七网格的网格员小蒋。这几天入户走访，居民反映最多的是两件事，我汇总一下：

一、青石巷从18号到40号这一段，七盏路灯坏了五盏，已经黑了半个多月。巷子窄、电动车多，晚上老人出来倒垃圾看不清路，前天有位大爷被台阶绊了一下，所幸没大事。我在网格系统里上报过两次，状态一直是“已流转”，没人来修。

二、巷口那组垃圾桶清运跟不上，周末基本都是满的，袋子堆到路边，猫狗一扒满地都是。

路灯比较急，麻烦尽快安排人来修。垃圾能不能每天多清一次，也请一并考虑。

蒋文涛
梧桐街道社区网格站 188 0000 3407
""", "demand", "no", "-", "Urban Management Bureau", "normal", "zh", "two-intents")

mail(7, "lift-retrofit-subsidy", "eml", "2026-10-22 10:32", "周立群", "zhoulq@jiahe-pm.example",
     "咨询老旧小区加装电梯的补贴和申报流程", """市长信箱您好：

我在嘉禾物业工作，负责翠屏路上的明珠苑小区，1995年的房子，6层，没有电梯。最近有两个单元的业主找到我们，说想凑钱加装电梯，让物业帮忙问问政策。

想请教几个问题：
1. 加装电梯政府有没有补贴？是按台补还是按户补？
2. 需要本单元多少比例的业主签字同意才能申报？一楼住户不同意的话怎么办？
3. 申报材料交到哪里，街道还是住建局？需不需要先出设计方案？

物业可以帮业主跑腿，就是怕流程搞错耽误大家。谢谢！

嘉禾物业 明珠苑管理处 周经理
(0755) 0000 3318
""", "consultation", "no", "-", "Housing and Urban-Rural Development Bureau", "normal", "zh", "-")

mail(8, "fwd-deposit-landlord", "eml", "2026-10-25 21:18", "Priya Raman", "priya.raman@example.com",
     "Fwd: deposit - landlord refuses to return it", """Hello,

I'm forwarding my exchange with my landlord below. I moved out of Lantian Garden 2-1104 on 30 September, handed back both keys, and the flat was clean. He is keeping the whole deposit of 6,400 yuan. I don't know where else to turn. Could the housing department or anyone mediate? I have the contract and move-out photos.

Priya Raman
186-0000-4470

-------- Forwarded messages --------
> From: Priya Raman
> Mr Gao, it has been two weeks since I moved out. Could you please
> return the deposit as agreed in clause 7? Your agent inspected the
> flat on the day and said everything was fine.
>
>> From: Gao
>> Deposit covers repainting walls and cleaning the aircon. You can
>> sue if you want.
>
> Repainting after two years is normal wear and tear and is not in the
> contract. Please at least send me a breakdown of the costs.
>
>> From: Gao
>> No time. Don't message again.
""", "demand", "no", "-", "Housing and Urban-Rural Development Bureau", "normal", "en", "quoted")

mail(9, "hk-residence-permit", "eml", "2026-10-05 14:06", "陳嘉朗", "kalong.chan@mail.example",
     "請問港澳居民居住證的申請條件", """市長您好：

本人係香港居民，去年開始在貴市南灣區一間設計公司工作，已經住咗半年幾。想申請港澳台居民居住證，方便以後辦銀行卡、坐高鐵。

請問：
１．是否需要連續居住滿６個月？租房合同要唔要先去派出所備案？
２．公司幫我交嘅社保記錄，可唔可以當作居住證明？
３．喺邊個窗口辦理，大約要幾多個工作日？

唔該晒！

陳嘉朗
""", "consultation", "no", "-", "Public Security Bureau", "normal", "zh", "fullwidth")

form(10, "after-school-fee", "2026-10-28T12:40:00+08:00", "", "", "", True,
     "学校收的“课后服务费”真的是自愿的吗",
     "我孩子在城东第二实验小学读四年级。开学时班级群通知课后服务每学期780元，说是“自愿报名”，可不报名的孩子下午三点半就必须家长接走，我们双职工根本接不了，实际上跟强制没区别。今年又多了一项“研学活动费”450元，没有任何收费公示，也不开票据。请教育局查一查这些收费有没有经过审批、标准是不是这个数。",
     "城东区", "complaint", "yes", "b", "Education Bureau", "normal", "zh", "-")

mail(11, "night-nurse-ward3", "eml", "2026-10-30 09:55", "Wei Jianguo", "wei.jg@example.org",
     "Night nurse on the cardiology ward, Second People's Hospital", """To whom it may concern,

My father, 81, was admitted to the cardiology ward (3rd floor, bed 14) of the Municipal Second People's Hospital on 26 October. I stayed with him on the night of the 27th.

Around 1 a.m. his drip bag had run dry and blood was backing up the line. I pressed the call button three times and nobody came. At the nurses' station the nurse on duty - a young woman with short hair, her badge began with "Zhao" - was watching videos on her phone with earbuds in. When I told her, she said "can't you pull it out yourself?" and took another five minutes to come.

When she did come she yanked his arm and said "old people are so much trouble". My father is hard of hearing, but he heard that.

I'm not out to get a young person fired. But this is dangerous, and it is not how patients should be spoken to. Please look into the night shift on that ward.

Wei Jianguo (son)
""", "complaint", "yes", "a", "Health Commission", "normal", "en", "-")

mail(12, "thanks-traffic-officer", "eml", "2026-10-03 20:44", "侯女士", "houyan88@example.net",
     "感谢交警李警官帮我推车", """10月2号傍晚，我的车在滨江大道和长乐路路口突然熄火，正赶上下班高峰，后面喇叭响成一片，我一个人急得不知道怎么办。

执勤的交警李警官（警号尾数0417，我特意记下了）过来帮我打双闪、摆三角牌，又叫上路边一位师傅一起把车推到边上，还帮我联系了拖车，前后陪了我二十多分钟。后来听说他那天已经站了一下午的岗。

真心想谢谢他，也希望他的领导知道。不用回复。

市民 侯女士
""", "information", "no", "-", "Public Security Bureau", "normal", "zh", "-")

form(13, "hike-weather", "2026-10-17T21:05:00+08:00", "阿峰", "", "", False,
     "周末天气", "这周六北山会下雨吗？想带孩子去爬山", "",
     "information", "no", "-", "Meteorological Bureau", "normal", "zh", "short")

mail(14, "route63-again", "eml", "2026-11-02 07:58", "Tomasz Wojcik", "t.wojcik@example.com",
     "Route 63 late buses - second attempt", """Hello,

In August I wrote suggesting that bus route 63 should run later than 21:30 on weekdays. The reply I got said:

  "Thank you for your suggestion. The Transport Bureau will take it into
  consideration when optimising the route network based on passenger flow data."

Three months on, the timetable is unchanged. So here is some passenger flow data to help things along. The 21:30 bus from Hexi Industrial Park leaves packed, standing room only, almost all factory workers coming off the shift that ends at 21:00. Those whose shift ends at 22:00 have no bus at all: they pay 30+ yuan for a ride-hailing car or walk 40 minutes along a road with no pavement.

One extra departure at about 22:20 would make a big difference. Could it be trialled for a month and counted?

Regards,
Tomasz Wojcik
""", "suggestion", "no", "-", "Transport Bureau", "normal", "en", "quoted")

mail(15, "site-wages-voice", "eml", "2026-11-04 21:36", "", "mugong1987@example.net",
     "工地工资拖欠", """领导你好我是在锦江湾二期工地干木工的我们班组十四个人从七月份到现在四个月工资一分没拿到包工头姓彭他说开法商没给钱让我们等等了又等眼看快过年了家里老人要看病孩子要交学废我们去项目布问保安不让进打电话也不接

我不敢写自己名字彭老板说过谁去告状就让谁在这一行混不下去他认识的人多以后哪个工地都不要我们我们都是一个村出来的出了事一家都受牵连

我电话是一三六零零零零七七二一有事打这个
""", "demand", "yes", "c", "Human Resources and Social Security Bureau", "normal", "zh", "typos")

mail(16, "service-hall-booking", "eml", "2026-10-10 13:20", "龚先生", "gong.canting@example.com",
     "建议政务大厅推行分时段预约", """周一上午我去市政务服务中心办营业执照变更，8点50到的，取号已经排到147号。二楼商事登记区十二个窗口只开了四个，其余都挂着“暂停服务”。我一直等到11点40才轮到，将近三个小时。窗口的工作人员倒是挺客气，一看就是忙不过来。

提两点建议：
一是在网上办事平台推行分时段预约，到点再来，不用一早挤着排；
二是高峰时段（周一上午、月底）把暂停的窗口开起来，或者安排后台的同事临时顶一顶。

很多小老板都是关了店来办事的，耽误半天挺心疼的。

—— 一个开小饭馆的 龚先生
""", "suggestion", "no", "-", "Administrative Approval Bureau", "normal", "zh", "-")

form(17, "work-permit-renewal", "2026-10-13T08:02:00+08:00", "Lucia Ferrer", "+86 139 0000 5821",
     "lferrer@example.com", False, "work permit renewal",
     "My work permit expires 15 Dec. Which documents do I need to renew it, and how early can I apply?",
     "", "consultation", "no", "-", "Human Resources and Social Security Bureau", "normal", "en", "short")

mail(18, "kicked-egg-basket", "eml", "2026-10-18 09:12", "卢先生", "lu.weiming@example.org",
     "这就是你们说的“文明执法”？", """今天早上七点多，菜市场北门外，一位七十多岁的老太太蹲在路边卖自家种的几把青菜和一篮鸡蛋。

两名城管队员过来，其中那个高个子、左脸有颗痣的，二话不说一脚把篮子踢翻，鸡蛋碎了一地。老太太去捡，他还拽着她胳膊往外拖。他们车上喷着“文明执法 服务为民”八个大字，字真是好大。

我不是说路边可以随便摆摊。劝离、登记、哪怕罚款都行，踢人家的鸡蛋、拖老人，这算哪一条的执法？老太太说那一篮鸡蛋她攒了一个礼拜。

车门上的编号是 CG-0612，当时旁边好几个人拍了视频，我手机里也有。请调一下他们的执法记录仪看看。

邻居 卢先生 131 0000 2984
""", "complaint", "yes", "a", "Urban Management Bureau", "normal", "zh", "sarcasm")

mail(19, "water-pressure-third-time", "eml", "2026-10-27 07:05", "田先生", "tian.fl12@example.com",
     "第三次反映：高层水压不够", """您好，这是我第三次为同一件事写信（前两次的编号 0000-1526、0000-1877）。

我住康宁路枫林佳苑12栋26楼。从国庆前开始，每天早上7点到9点、晚上6点到10点，水龙头只有细细一根，燃气热水器打不着火，洗澡根本洗不了。

物业说二次供水的加压泵坏了一台，要等自来水公司来换；自来水公司说加压泵归物业管。两边踢皮球已经一个多月。

请水务部门明确一下到底谁来修，给个时间。

业主 田先生 177 0000 3360
""", "demand", "no", "-", "Water Affairs Bureau", "normal", "zh", "-")

mail(20, "legal-aid-address", "html", "2026-10-21 11:47", "Hannah Osei", "h.osei@example.net",
     "Legal aid office - address and hours?", """Hi,

A colleague of mine needs free legal advice about an injury at work. Where is the city's legal aid centre, and what are its opening hours? Is there a phone line he can call first?

He only speaks basic Mandarin, so if there is any service in English or with an interpreter, that would help a lot.

Thanks,
Hannah Osei
""", "information", "no", "-", "Justice Bureau", "normal", "en", "-")

form(21, "wetland-toilets", "2026-11-06T18:22:00+08:00", "江海燕", "150 0000 6128", "", False,
     "建议在湿地公园东区增设公厕",
     "湿地公园东门到观鸟台这一段将近两公里，只有入口一个公厕。周末带孩子、陪老人来的人很多，经常有人憋得不行往回跑。建议在观鸟台附近加一个公厕，哪怕先放个移动厕所也行。另外沿途的长椅也太少，能多放几张就好了。",
     "湖滨区", "suggestion", "no", "-", "Urban Management Bureau", "normal", "zh", "-")

form(22, "gas-smell-old-man", "2026-11-09T07:20:00+08:00", "葉太太", "139-0000-6675", "", False,
     "隔壁老伯家有煤氣味！",
     "我係１棟３０２嘅住戶，隔籬３０１住嘅係８６歲嘅黃伯，一個人住。今朝７點開始樓道有好重嘅煤氣味，拍門冇人應，打電話都唔通，佢平時呢個鐘數一定喺屋企。我已經打咗燃氣公司，但佢哋話要等。麻煩即刻派人嚟！！地址：泉塘新村１棟３樓。",
     "舊城區", "demand", "no", "-", "Emergency Management Bureau", "high", "zh", "fullwidth")

mail(23, "village-water-cut", "eml", "2026-11-11 23:10", "Rahul M.", "rahul.m@example.org",
     "Landlord cut our water over a new fee", """Hello,

I rent a room in a self-built building in Shuikou Village with about twenty other tenants, mostly delivery riders and factory workers. Since last Friday the landlord has cut the water to the third and fourth floors, because some of us refused to pay a new "management fee" of 200 yuan a month that isn't in our contracts. We are buying bottled water to wash.

The landlord's brother sits on the village committee. He has said openly that anyone who makes trouble will be out by the end of the month and that nobody in the village will rent to us again. He already went round asking who called the hotline the last time. Most of us can't afford to move at short notice, and I am the one who talked back to him.

Could someone check whether this fee is allowed and get the water turned back on?

Rahul M., 4th floor
155 0000 6203
""", "demand", "yes", "c", "Housing and Urban-Rural Development Bureau", "normal", "en", "-")

mail(24, "not-true-reply", "eml", "2026-11-13 15:30", "覃立新", "qinlx@example.com",
     "对“经核实情况不属实”的回复有异议", """您好，

10月21日我通过市长信箱反映了乐购生鲜超市（沿河东路店）卖过期酸奶的事，附了照片和小票。11月10日收到回复：

> 您好！您反映的问题已转市场监督管理局处理。经执法人员现场核实，
> 该超市在售乳制品均在保质期内，未发现您反映的问题，情况不属实。
> 感谢您对食品安全工作的关注。

我想问，“现场核实”是哪一天？我买到过期酸奶是10月20日，照片上的生产日期清清楚楚。隔了二十天再去看货架，当然都换成新货了。超市店员还跟我说，根本没见有人来查过。

我不是要为难谁，就是觉得这样处理太敷衍：投诉人给了证据，至少应该调一下当天的进货和销售记录吧？请重新处理，并把核查的具体情况告诉我。

覃立新 139 0000 4512
""", "complaint", "no", "-", "Market Regulation Administration", "normal", "zh", "quoted")

mail(25, "freelance-fapiao", "eml", "2026-10-16 16:44", "Chen Meiyu", "mei.draws@example.net",
     "freelance income 怎么开发票?", """Hi, I'm a freelance illustrator (自由职业), no company. A client in another province wants a 发票 before paying me for an 8,000 yuan project. I don't have a business licence.

Can I go to the tax office and 代开发票 as an individual? What do I need to bring - just 身份证 and the contract? And roughly how much tax will be taken? Is 个税 deducted at the same time or later?

Thanks a lot!
Mei
""", "consultation", "no", "-", "Taxation Bureau", "normal", "en", "mixed")

mail(26, "newborn-hukou-runaround", "eml", "2026-10-24 20:15", "钟先生", "zhong.baba@example.org",
     "给新生儿上户口跑了四趟", """我家孩子8月出生，我和爱人都是本市户口。从9月到现在，我去石桥派出所户籍窗口跑了四趟。

第一次说出生医学证明要复印件；第二次说要结婚证原件；第三次说房产证上只有我爱人的名字，要她本人到场。第四次我爱人抱着孩子一起去了，还是那位三十出头、扎马尾的女民警，材料看都没看，就说“系统维护，下周再来”，可她旁边的窗口明明在正常办。我问到底还缺什么，能不能一次说清楚，她回了一句“你问我，我问谁”，然后低头接着刷手机。

排在后面的大哥悄悄跟我说：“你得找个人打个招呼。”我听不懂，也不想去琢磨这是什么意思。一次性告知不是早就有规定了吗？请领导查一查。

孩子父亲 钟先生 158 0000 9913
""", "complaint", "yes", "a", "Public Security Bureau", "normal", "zh", "-")

form(27, "line2-last-train", "2026-11-15T23:31:00+08:00", "小宋", "", "", False,
     "地铁末班车", "建议2号线末班车推迟到23点，加班的人太多了", "",
     "suggestion", "no", "-", "Transport Bureau", "normal", "zh", "short")

mail(28, "thank-you-hotline", "alt", "2026-10-07 18:00", "Grace Lindqvist", "grace.l@example.com",
     "Thank you", """Dear Mayor's Office,

Just a short note to say thank you. Over the past year I've called 12345 four times - a pension question for my mother, a blocked drain, a noisy bar and a lost wallet - and each time someone got back to me.

It isn't glamorous work, and I suspect you mostly hear from people who are unhappy, so I wanted to send the other kind of message for once.

Best wishes to everyone there,
Grace Lindqvist
""", "information", "no", "-", "none", "normal", "en", "-")

mail(29, "pension-not-arrived", "eml", "2026-11-18 10:05", "罗德顺", "luo.ds1954@post.example",
     "养老金这个月没到帐", """市长好，我是退休工人老罗，今年72岁，原来在市机床厂上班。

每个月15号养老金都准时到帐，这个月11月15号到现在还没到，我去银行查了，卡里没有。打社报局电话一直占线，打通了说让我去窗口，窗口在城西，我腿脚不好坐公交要一个多钟头。

是不是我的资格认正没做？去年是社区帮我做的人脸识别，今年没人同知我。请帮我查查，我就靠这个钱买药。

罗德顺
135 0000 1948（儿子的电话）
""", "demand", "no", "-", "Human Resources and Social Security Bureau", "normal", "zh", "typos")

mail(30, "grain-subsidy-list", "eml", "2026-10-29 21:50", "", "dlsh.villager@example.net",
     "关于我们村今年种粮补贴发放的情况", """我是大柳树村的一个普通村民。

今年村里公示的耕地地力保护补贴名单，大家看了都不吭声。名单上有好几户，家里的地2019年就被征去建了物流园，这几年一分地没种，补贴一分没少；反倒是老刘家、老贺家租了别人的地种了几十亩玉米，一分没拿到。去问，村里说“名单是上面定的”。

名单上那几户姓什么，村里人心里都有数；跟村委会那位主事的是什么关系，也不用我多说。公示贴了三天就撕了，拍照的人还被叫去“谈了谈话”。

这事请上面派人来查查账，别让村里人自己去问了。
""", "complaint", "yes", "a", "Discipline Inspection Commission", "normal", "zh", "indirect")

mail(31, "metro-exit-english", "eml", "2026-11-08 12:26", "Olivier Brunet", "o.brunet@example.org",
     "Suggestion: English street names on metro exit signs", """Hello,

I've lived here for two years and the metro is excellent - clean and on time. One small thing: the announcements and platform maps have English, but the exit signs only say "Exit A / Exit B" with Chinese street names. Visitors and foreign residents regularly come up at the wrong exit and wander about - I've seen it many times at Dongmen and Xinhua Square.

Could English (or pinyin) street names and the main nearby landmarks be added to the exit signs, at least at the ten busiest stations? A QR code linking to an exit map would be a nice extra.

Kind regards,
Olivier Brunet
""", "suggestion", "no", "-", "Transport Bureau", "normal", "en", "-")

mail(32, "parking-fee-hike", "eml", "2026-11-12 20:38", "姚女士", "yao.shengshi@example.com",
     "物业私自上调车位管理费", """你好，我们是盛世华庭小区的业主。

鑫安物业从10月起把地下车位管理费从每月80元涨到150元，没开业主大会，也没公示，只在电梯里贴了张通知。不交的，道闸不抬杆，前几天好几辆车堵在坡道上出不去。我们翻过物业合同，车位费调整要经业主大会同意。

请住建部门约谈一下物业，要么恢复原价，要么走正规程序。

另外拜托一件事：处理的时候别说是哪一户反映的，我的电话也别给物业。楼里已经有人为这事跟物业闹得很僵，我只想把事办了，不想掺和进去。

业主 姚女士 152 0000 8037
""", "demand", "yes", "b", "Housing and Urban-Rural Development Bureau", "normal", "zh", "-")

form(33, "medical-insurance-move", "2026-10-19T09:40:00+08:00", "曹建平", "191 0000 2205", "", False,
     "母亲去外地长住，医保异地就医怎么备案",
     "我母亲是本市职工医保的退休人员，下个月要去海南我妹妹家长住，可能一年以上。想问：1）异地长期居住备案在哪里办，手机上能不能办？2）备案后在那边住院能不能直接刷卡结算，报销比例和本地一样吗？3）以后回来了要不要取消备案？",
     "高新区", "consultation", "no", "-", "Healthcare Security Bureau", "normal", "zh", "-")

mail(34, "upload-rejected", "html", "2026-11-03 17:12", "Samuel Adeyemi", "sam.adeyemi@example.net",
     "Online approval system keeps rejecting my upload", """Dear Sir or Madam,

For eleven days I have been trying to submit an application for a food business permit through the online government service platform. Each time I upload the floor plan (a 2 MB PDF, well under the stated 10 MB limit) the page says "file format error" and logs me out. I've tried three browsers, two computers and the mobile app. The helpline has told me to "try again later" five times.

I'm not blaming any individual - the people on the phone were polite - but the system does not work, and the only alternative offered is driving 40 km to the service hall. My opening date keeps slipping and I'm paying rent on an empty shop.

Feel free to use my name and number when you pass this on. I would actually like someone technical to call me.

Samuel Adeyemi
+86 182 0000 7750
""", "complaint", "no", "-", "Administrative Approval Bureau", "normal", "en", "-")

mail(35, "no-broadband-new-estate", "eml", "2026-10-26 21:02", "魏宏亮", "weihl@example.org",
     "新小区没宽带、手机没信号，顺便问下公交站", """市长您好，我们是溪岸新城二期的住户，6月交房，现在入住两百多户了。

最头疼的是：整个小区到现在只有一家运营商能装宽带，还说“端口满了要排队”，另外两家说小区管道进不来。地下车库和北边那几栋楼手机基本没信号，打电话要跑到阳台上去。很多人在家办公，孩子要上网课，实在受不了。希望工信部门协调一下，让运营商进场，把基站和宽带建起来。

另外顺便问一句：小区门口的规划图上画了个公交站，什么时候能通车？现在最近的站要走二十分钟。

住户 魏宏亮 139 0000 6590
""", "demand", "no", "-", "Industry and Information Technology Bureau", "normal", "zh", "two-intents")

mail(36, "museum-holiday", "eml", "2026-10-01 08:20", "林子健", "lin.zijian@example.com",
     "市博物馆国庆期间开放吗", """你好，国庆假期想带父母去市博物馆看看，想问一下：
假期里每天都开放吗？几点到几点？
需不需要提前在网上预约？老人没有智能手机，能不能现场拿身份证登记？
那个青铜器特展是不是要另外买票？
谢谢。

林子健
""", "information", "no", "-", "Culture and Tourism Bureau", "normal", "zh", "-")

form(37, "dog-barking-3am", "2026-11-14T02:13:00+08:00", "", "158 0000 3321", "", False,
     "dog", "Dog in 5-302 barks every night till 3am, owner never home. Please do something.",
     "Xiyuan", "demand", "no", "-", "Public Security Bureau", "normal", "en", "short")

mail(38, "uniform-shop", "eml", "2026-10-14 22:47", "付女士", "fu.mama@example.net",
     "新港路中学校服指定门店购买的问题", """您好。

我的孩子在新港路中学读初一。开学前学校通知，校服必须到学校指定的一家服饰门店买，冬夏四套一共1260元，不能自己买同款，也不许穿哥哥姐姐留下的旧校服。听说隔壁区同样的校服不到六百。问了班主任，她说是学校统一要求，她也没办法。

公办学校指定校服店、价格也不公示，这合规吗？希望教育局查一查，给个统一的说法。

孩子还要在这所学校念三年。说实话，写这封信我心里一直在打鼓，就怕孩子以后在学校成了“那个家长的孩子”。

付女士 135 0000 2871
""", "complaint", "yes", "c", "Education Bureau", "normal", "zh", "indirect")

mail(39, "legal-aid-quietly", "eml", "2026-11-16 14:02", "", "hw.newbox@mail.example",
     "想咨询一下法律援助", """您好，我想咨询一下。

我结婚八年，丈夫喝了酒就动手，去年打断过我一根手指，当时去医院看过，有病历。我想离婚，但我没有工作，请不起律师。

想问：
像我这种情况能不能申请法律援助？要准备哪些材料？
病历和当时拍的照片能不能当证据？
孩子的抚养权我能不能争取？

还有，请千万不要打我手机，他会翻我的手机。需要联系的话请回这个邮箱，这是我新注册的，他不知道。
""", "consultation", "yes", "b", "Justice Bureau", "normal", "zh", "-")

mail(40, "fwd-refund-consulting-fee", "eml", "2026-11-19 11:25", "Kenji Watanabe", "k.watanabe@watanabe-trading.example",
     "Fwd: Re: export refund - \"consulting fee\"?", """Hello,

I run a small import-export company. Our export VAT refund has been "under review" since June. Below is my email exchange with the officer who handles our file at the district tax office. I'm forwarding it because I don't know how else to read his last message.

Kenji Watanabe
Watanabe Trading Co., Ltd.
139 0000 8265

---------- Forwarded message ----------
> From: Lu (refund section, district tax office)
> I'm only giving advice. If you don't want to use them, you wait like
> everybody else.
>
>> From: Kenji Watanabe
>> Officer Lu, which documents are missing? Please tell us and we will
>> provide them ourselves, directly.
>>
>>> From: Lu (refund section, district tax office)
>>> Your file has some issues. Refunds of this size take time. Many of
>>> our clients use a consulting firm, Hengtong, to "prepare the documents
>>> properly". They charge 5% of the refund, and after that things usually
>>> move faster. Contact Ms Pan, 186 0000 1149.
""", "complaint", "yes", "a", "Discipline Inspection Commission", "normal", "en", "quoted")

mail(41, "sewage-into-garage", "html", "2026-10-11 16:52", "邓晓川", "deng.duty@yinxing-pm.example",
     "紧急！小区污水倒灌地下车库，配电房快进水了", """下午大雨以后，我们银杏苑小区的污水井往外冒水，脏水顺着坡道倒灌进地下车库，现在已经没过脚踝，还在涨。

配电房就在车库最里头，门缝已经开始渗水。要是进了水，全小区停电不说，还怕有人触电。物业就一台抽水泵，根本抽不过来，我们已经把车库口拦起来了。

请水务、排水的同志赶紧派车来抽水疏通！

地址：临溪路88号银杏苑
联系人：物业值班员 小邓 173 0000 4408
""", "demand", "no", "-", "Water Affairs Bureau", "high", "zh", "-")

mail(42, "to-hsr-station", "eml", "2026-10-23 19:33", "區太太", "au.family@example.com",
     "從老城區點樣坐車去高鐵東站", """您好：

下週一我要從老城區鼓樓附近去高鐵東站，趕早上７：１５嘅車。請問：
最早一班公交幾點開？係邊一路？
有冇直達嘅接駁巴士？
如果坐地鐵要轉幾次車？

謝謝！
區太太
""", "information", "no", "-", "Transport Bureau", "normal", "zh", "fullwidth")

mail(43, "mrs-fang-allowance", "eml", "2026-11-20 09:18", "Eleanor Marsh", "eleanor.marsh@example.org",
     "About Mrs Fang on the ground floor", """Hello,

I'm writing about my neighbour, Mrs Fang Yuzhen, 84, who lives alone below us in Building 4, Lotus Court. I'm not sure which office this belongs to.

For several years she has received a small monthly payment from the government - she calls it her "living allowance". Last month it didn't arrive. She showed me a letter about an "annual review of household information", which she hadn't understood and hadn't answered. Her eyesight is poor and she has no family in the city.

Since then she has been living mostly on rice porridge. Yesterday she asked me whether it would be "too much trouble" to lend her 200 yuan. She is a very proud woman, so I know what that cost her.

I'd be grateful if someone from the community or from civil affairs could visit her and help with whatever the review needs.

Eleanor Marsh, flat 402
137-0000-5183
""", "demand", "no", "-", "Civil Affairs Bureau", "normal", "en", "indirect")

form(44, "guard-pushed-owner", "2026-11-21T08:30:00+08:00", "柏晓东", "186 0000 3592", "", False,
     "举报小区保安推人",
     "举报我们小区（锦绣蓝湾）物业的保安。11月19号晚上我骑电动车回家，东门保安说外卖车不让进，我不是外卖员，是业主，把门禁卡拿给他看他还是不让。争了几句，他推了我一把，我连人带车摔倒，手肘擦破了，监控应该拍到了。物业经理到现在没给说法。请督促物业处理：保安要道歉，医药费要赔。",
     "江北区", "demand", "no", "-", "Housing and Urban-Rural Development Bureau", "normal", "zh", "-")

mail(45, "elderly-canteen-again", "eml", "2026-11-22 10:10", "葛淑贞", "ge.shuzhen@post.example",
     "再提一次社区老年助餐点的建议", """市长信箱的同志们好：

今年4月我提过一个建议，希望在我们白鹭社区开一个老年助餐点。当时的答复是：

“您的建议很好，已转市民政局研究。我市正在逐步推进社区养老服务设施建设，将结合实际统筹考虑。”

半年过去了，我再补充几句。我们社区60岁以上的老人将近一千三百人，独居的有两百多。最近的助餐点在隔壁社区，要过一条六车道的马路，很多老人不敢过。社区活动中心一楼有间空房，以前是棋牌室，现在基本锁着。能不能就用那间，跟附近的餐饮企业合作，中午供一顿饭，哪怕只做午餐也好。

我退休前管过单位食堂，需要志愿者的话，我愿意来帮忙。

退休职工 葛淑贞
""", "suggestion", "no", "-", "Civil Affairs Bureau", "normal", "zh", "quoted")

mail(46, "enrolment-and-hukou", "eml", "2026-10-04 15:40", "Kevin Zhou", "kevin.zhou@example.com",
     "School enrolment for my son - which documents?", """Hello,

We moved here from Singapore in March (we are Chinese citizens; my hukou is in my home town in another province). I have a residence permit issued in April and a labour contract with a company in Beigang district. My son starts primary school next September.

1. Can he enrol in a public primary school on my residence permit? Which documents are needed - social insurance record, rental contract? When does registration open?

2. Separately: if we later want to move the family's hukou here, which office handles that, and do we need to own a flat?

Thanks,
Kevin Zhou
""", "consultation", "no", "-", "Education Bureau", "normal", "en", "two-intents")

mail(47, "ambulance-cash", "html", "2026-11-07 13:05", "苗先生", "miao.family@example.net",
     "120救护车随车司机收“辛苦费”", """11月5号凌晨，我父亲在家突发脑梗，我们打了120。

救护车到了以后，随车的司机（四十多岁，光头，偏胖）说老人太重、楼道太窄，要我们先给“抬担架的辛苦费”300块，不给就让我们自己想办法把人弄下楼。人命关天，我当场微信转给了他。到了医院，正规的急救费用又另外收了一遍，有收据。

救护车是市急救中心的，车身编号078。我父亲现在还在ICU。钱不多，但这种事不该有。转账截图我都留着，请卫健委查一查。

家属 苗先生 138 0000 6624
""", "complaint", "yes", "a", "Health Commission", "normal", "zh", "-")

form(48, "lost-sscard", "2026-10-30T12:11:00+08:00", "", "155 0000 2047", "", False,
     "社保卡丢了", "社保卡丢了怎么补办，要带什么", "",
     "consultation", "no", "-", "Human Resources and Social Security Bureau", "normal", "zh", "short")

mail(49, "language-school-wages", "eml", "2026-11-10 22:20", "James Whitfield", "jwhitfield@example.org",
     "Unpaid salary at a language school", """Hello,

I teach English at a private training centre in Jinxiu district (Bright Future Language School). Since August, four of us foreign teachers have not been paid - about 58,000 yuan between us. The owner keeps saying "next week".

The problem is that my work permit and residence permit are both tied to this employer. When I asked about the money last week, the owner told me that if I "make noise" he will cancel my work permit and I'll have ten days to leave the country. I believe he can do that, and I don't know what my rights are.

We need the wages paid. Is there someone at the labour bureau who can step in? I can provide contracts and bank statements.

James Whitfield
+86 150 0000 7736
""", "demand", "yes", "c", "Human Resources and Social Security Bureau", "normal", "en", "-")

mail(50, "reimbursement-four-months", "eml", "2026-11-17 16:16", "黎志强", "li.zhiqiang@example.com",
     "点赞医保手工报销的“高效率”", """7月我在外地出差时急性阑尾炎住院做了手术，急诊没来得及备案，回来后按要求在7月25日把发票、费用清单、出院小结全交到医保服务大厅做手工报销。当时说一个月左右到账。

8月说在审核，9月说材料在“流转”，10月说系统升级，现在都11月中旬了，打电话还是“再等等”。四个月，一张七千多块的单子，真是慢工出细活，估计要精雕细琢到明年。

每次接电话的人都很客气，我也知道不是哪一个人的问题，可流程就这么一直卡着，也没人告诉我卡在哪一步。能不能给句准话：到底还要多久，缺不缺材料？

参保人 黎志强 134 0000 9058
""", "complaint", "no", "-", "Healthcare Security Bureau", "normal", "zh", "sarcasm")

mail(51, "praise-grid-worker-fan", "eml", "2026-10-31 19:45", "邹建国", "zou.jg@example.net",
     "表扬我们社区的网格员樊玉婷", """我们是翠湖社区3号楼的住户，想借这个信箱表扬一下我们的网格员樊玉婷。

上个月，楼里502独居的张大爷在家摔倒，是小樊例行上门时发现屋里没动静，叫物业开了门，及时送去医院。之后她几乎每天去医院看一趟，帮老人办住院手续，联系在外地的女儿；老人出院后，又帮着申请了紧急呼叫器。

这些不全是她分内的事。小姑娘才二十几岁，全楼都很感激，希望街道和社区领导能知道。

3号楼住户 邹建国 等十二户
""", "information", "no", "-", "Municipal Government Office", "normal", "zh", "-")

form(52, "earlier-rain-alerts", "2026-10-06T20:50:00+08:00", "Ahmed Karimi", "", "ahmed.k@example.org", False,
     "Earlier rainstorm alerts",
     "During the storm on 29 September the red rainstorm warning SMS reached my phone at 17:40, when the streets near Riverside Road were already flooded and I was driving home through them. Could alerts go out earlier, even as a 'red warning possible' notice a couple of hours ahead? It would also help if the SMS named the districts affected instead of the whole city.",
     "Riverside", "suggestion", "no", "-", "Meteorological Bureau", "normal", "en", "-")

mail(53, "no-renewal-no-compensation", "eml", "2026-11-23 23:05", "Jessica 吴", "jessica.wu@example.com",
     "公司不续签也不给补偿，求help", """您好，我在一家外企做 marketing，合同11月30号到期。上周 HR 找我 one-on-one，说 headcount 被砍了，contract 不续，让我下周五前 sign 一份“协商一致解除”的 form，说这样对双方都好，但 compensation 一分没有。

我查了一下，公司不续签好像是要给经济补偿的？我在这家干了四年多。我不想签那个 form，可 HR 说不签的话，last month 的 salary 也要“走流程”。

能不能请劳动部门帮忙协调一下？或者告诉我该去哪里 file 仲裁。

Jessica 吴 / 189 0000 5247
""", "demand", "no", "-", "Human Resources and Social Security Bureau", "normal", "zh", "mixed")

mail(54, "inspector-tips-off-dyeworks", "eml", "2026-11-25 21:40", "", "hewan.cun@example.net",
     "环保检查前，厂里总能提前知道", """我住在清水河下游的河湾村。上游的宏达印染厂晚上偷排，河水一阵红一阵蓝，气味冲得人睡不着，村里打过不知多少次电话。

奇怪的是，每次环保局来查，厂里都提前一天停产、冲洗排污口，检查的人一走，当晚接着排。厂里的工人私下说，区环保分局管这一片的那位付科长，是老板的老同学，每回检查前都会“打个电话”。中秋节前，还有人看见厂里的车往他家送了两箱东西。

请纪委查一查这个人。也请环保部门别打招呼，挑个晚上来一次。

河湾村村民
""", "complaint", "yes", "a", "Discipline Inspection Commission", "normal", "zh", "two-intents")

mail(55, "marry-vietnamese", "eml", "2026-10-02 11:11", "小琳", "xiaolin.1999@example.com",
     "和外国人jie hun需要什么材料", """你好，我男朋友是越南人，我们想在这里登ji结婚，请问需要准备那些材料？他的护照和单身证明要不要翻以，翻以要去哪里做公正？还有是不是只能在市里的婚姻登记处办，区里的不行？我们想12月前办好，谢谢
""", "consultation", "no", "-", "Civil Affairs Bureau", "normal", "zh", "typos")

mail(56, "ignore-drain-email", "eml", "2026-11-26 14:37", "Beth", "beth.carver@example.net",
     "Re: blocked drain - please ignore", """Please ignore my email this morning about the blocked drain at 12 Linden Lane - it's fixed now. Thanks! Beth
""", "information", "no", "-", "none", "normal", "en", "short")

form(57, "recycled-oil-bbq", "2026-11-27T04:05:00+08:00", "", "", "", True,
     "举报一家烧烤店用来路不明的油",
     "城南夜市靠桥头那家“老味道烧烤”，每天凌晨收摊后都有辆三轮车来送几桶没有标签的油，白色大塑料桶，味道很冲。后厨的废油也是倒进同样的桶里被拉走的。我在附近上夜班，看到好几回了。请市场监管部门查一查，最好晚上来。",
     "城南区", "demand", "yes", "b", "Market Regulation Administration", "normal", "zh", "-")

mail(58, "market-stall-allocation", "eml", "2026-11-28 06:30", "老包", "baolaoban@example.org",
     "对农贸市场摊位分配的几点建议", """我在东关农贸市场卖豆腐干了十一年。市场改造后重新分摊位，这次改成“抽签+竞价”，好位置竞到一年三万多，原来的老摊户大多抽到了后排、靠厕所的位置，生意掉了一半。

我有几点建议：
一、老摊户在同等条件下，能不能有个优先续租；
二、竞价定个上限，不然好摊位都被二房东拍走再高价转租；
三、分配结果和竞价明细公开贴出来。

说句实在话，这封信我犹豫了很久才写。市场管理方明年还要重新签合同，谁跳出来提意见，明年还有没有摊位都难说，我一家老小就靠这个摊子吃饭。

摊主 老包
""", "suggestion", "yes", "c", "Commerce and Investment Promotion Bureau", "normal", "zh", "-")

mail(59, "veteran-father-subsidy", "alt", "2026-10-27 15:15", "Sophie Tang", "tang.sophie@example.net",
     "Veteran's subsidy for my father - how to apply?", """Good afternoon,

My father served in the army from 1976 to 1981 and then worked in a state factory until he retired. He has never received any veterans' allowance. Someone in his old unit's WeChat group told him that veterans who served in that period may be eligible for a regular living subsidy.

Could you tell us who is eligible, which documents he needs (he still has his discharge certificate, but the demobilisation papers were lost), and where he should apply - the district office or the community? He is 68 and not in good health, so if someone could come to him, even better.

Thank you,
Sophie Tang (daughter)
""", "consultation", "no", "-", "Veterans Affairs Bureau", "normal", "en", "-")

form(60, "year-end-thanks", "2026-11-30T20:00:00+08:00", "老杜", "", "", False,
     "一点心意", "市长和信箱的同志们辛苦了，今年反映的事都有回音，谢谢你们！", "",
     "information", "no", "-", "none", "normal", "zh", "short")


# ---------------------------------------------------------------- writers

def enc(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode(linesep="\r\n")


def to_html(body):
    paras = [p for p in body.strip("\n").split("\n\n")]
    out = ["<html><head><meta charset=\"utf-8\"></head><body>"]
    for p in paras:
        out.append("<p>" + "<br>\n".join(html.escape(x) for x in p.split("\n")) + "</p>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def crlf(s):
    return s.replace("\r\n", "\n").replace("\n", "\r\n")


def write_eml(e, path):
    dt = datetime.strptime(e["when"], "%Y-%m-%d %H:%M").replace(tzinfo=TZ)
    dom = e["addr"].split("@", 1)[1]
    frm = formataddr((e["name"], e["addr"]), charset="utf-8") if e["name"] else e["addr"]
    hdr = [
        "From: " + frm,
        "To: mayor@city.example",
        "Subject: " + enc(e["subject"]),
        "Date: " + format_datetime(dt),
        "Message-ID: <%s-%03d.%s@%s>" % (W, e["n"], dt.strftime("%Y%m%d%H%M"), dom),
        "MIME-Version: 1.0",
    ]
    if e["fmt"] == "eml":
        hdr += ["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit"]
        text = "\r\n".join(hdr) + "\r\n\r\n" + crlf(e["body"])
    elif e["fmt"] == "html":
        hdr += ["Content-Type: text/html; charset=utf-8", "Content-Transfer-Encoding: 8bit"]
        text = "\r\n".join(hdr) + "\r\n\r\n" + crlf(to_html(e["body"]))
    else:  # multipart/alternative
        b = "=_w40_alt_%03d" % e["n"]
        hdr += ['Content-Type: multipart/alternative; boundary="%s"' % b]
        parts = [
            "--" + b,
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: 8bit",
            "",
            e["body"].rstrip("\n"),
            "--" + b,
            "Content-Type: text/html; charset=utf-8",
            "Content-Transfer-Encoding: 8bit",
            "",
            to_html(e["body"]).rstrip("\n"),
            "--" + b + "--",
            "",
        ]
        text = "\r\n".join(hdr) + "\r\n\r\n" + crlf("\n".join(parts))
    for line in text.split("\r\n"):
        assert len(line.encode("utf-8")) <= 998, (e["n"], line[:40])
    with open(path, "wb") as f:
        f.write(text.encode("utf-8"))


def write_json(e, path):
    obj = {
        "id": "%s-%03d" % (W, e["n"]),
        "submitted_at": e["when"],
        "name": e["name"],
        "phone": e["phone"],
        "email": e["email"],
        "anonymous": e["anonymous"],
        "title": e["subject"],
        "content": e["body"],
        "district": e["district"],
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
    seen = set()
    for e in sorted(L, key=lambda x: x["n"]):
        assert e["n"] not in seen
        seen.add(e["n"])
        if e["fmt"] == "json":
            assert (e["reason"] == "b") or not e["anonymous"]
            fn = "%s-%03d-%s.json" % (W, e["n"], e["slug"])
            write_json(e, os.path.join(OUT, fn))
        else:
            fn = "%s-%03d-%s.eml" % (W, e["n"], e["slug"])
            write_eml(e, os.path.join(OUT, fn))
        rows.append("\t".join(["letters/" + fn, e["cat"], e["conf"], e["reason"], e["dept"],
                               e["prio"], e["lang"], e["hard"]]))
    assert seen == set(range(1, 61)), sorted(set(range(1, 61)) - seen)
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows) + "\n")


if __name__ == "__main__":
    main()
