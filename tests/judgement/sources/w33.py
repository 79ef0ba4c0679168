#!/usr/bin/env python3
"""w33: market / shop world letters for the mayor's mailbox corpus.

Writes letters/ and labels.tsv next to this script. Deterministic.
Standard library only.
"""
import html
import json
import os
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "letters")
TZ = timezone(timedelta(hours=8))
W = "w33"

# Each letter: num, slug, fmt (plain|html|multi|json), date, sender (name, addr)
# or form fields, subject/title, body, and labels.
L = []


def add(num, slug, fmt, date, subject, body, cat, conf, reason, dept, prio,
        lang, hard, sender=None, form=None):
    L.append(dict(num=num, slug=slug, fmt=fmt, date=date, subject=subject,
                  body=body, cat=cat, conf=conf, reason=reason, dept=dept,
                  prio=prio, lang=lang, hard=hard, sender=sender, form=form))


add(1, "bakery-online-licence", "multi", "2026-10-02 10:41",
    "Selling cakes online - do I need a new licence?",
    """Hello,

I run a small bakery on Orchard Crescent, just off Xinhe Road. We have a food business licence for selling in the shop. More and more customers now want birthday cakes delivered, ordered through WeChat or one of the delivery apps.

Do I need to add "online sales" to the licence I already have, or is it a separate application? And for cakes with fresh cream, is there any rule about how long they can be out of the fridge during delivery?

I would rather ask now than pay a fine later.

Thank you,
Hannah Reyes
Crumb & Co. Bakery
138 0000 2417""",
    "consultation", "no", "-", "Market Regulation Administration", "normal",
    "en", "-", sender=("Hannah Reyes", "hannah.bakes@example.com"))

add(2, "hotline-ticket-closed", "plain", "2026-10-19 21:05",
    "工单显示已办结，可根本没人来过",
    """9月26日我打12345反映美食街东段一整排路灯不亮，当天收到短信：

【12345】您反映的问题已受理，工单号WD2609260117，将在5个工作日内答复。

10月15日又来一条：

【12345】您的工单已办结，感谢您对我们工作的支持。

可这中间既没有人给我打过一个电话，路灯也一盏没修。现在晚上整条街黑乎乎的，我们摆夜宵的只好自己从店里拉电线挂灯泡，又怕不安全。

我就想问：“已办结”是怎么办结的？谁确认的？请热线的管理部门查一查这个工单是怎么流转的，别光发短信不办事。路灯的事也请重新派单。

夜宵摊 老甘""",
    "complaint", "no", "-", "Municipal Government Office", "normal",
    "zh", "quoted", sender=("甘志强", "ganzq1972@example.net"))

add(3, "bbq-smoke-window", "plain", "2026-10-03 23:48",
    "楼下烧烤店的排烟管对着我家窗户",
    """你好，我住金穗路12号楼三楼。楼下去年开了一家烧烤店，排烟管就从后墙伸出来，出口正对着我家卧室窗户，离窗子不到两米。每天下午五点开始冒烟，一直到凌晨两点收摊，烟味、孜然味全灌进屋里，孩子咳嗽一个多月了，衣服晾不了，窗户不敢开。

跟老板当面说过三次，他说“我交了房租的，烟总得有地方走”。物业说商铺不归他们管。

请环保部门来看一下：他那个油烟净化器到底有没有开、合不合格，排烟口能不能改到楼顶。我们不是不让人做生意，就是想能开窗睡个觉。

三楼住户 钱女士 电话 135 0000 7290""",
    "demand", "no", "-", "Ecology and Environment Bureau", "normal",
    "zh", "-", sender=("钱晓红", "qianxh@mail.example"))

add(4, "tax-hall-saturday", "plain", "2026-10-09 07:55",
    "Tax hall Saturday?",
    """Is the tax service hall on Jiefang Road open on Saturday mornings?

Ben""",
    "information", "no", "-", "Taxation Bureau", "normal",
    "en", "short", sender=("Ben Carter", "b.carter@example.org"))

add(5, "market-extra-fees", "plain", "2026-10-05 20:10",
    "问一下菜市场收的这几笔钱合不合规定",
    """领导好：

我在北仓农贸市场卖豆腐，七年了。摊位费每月一千二，合同上写着，我们认。可是今年开始市场办又加了一个“秩序维护费”两百，一个“电子秤服务费”八十，说是统一收，不交就不给合电闸。秤是我们自己买的，秩序是谁维护的也没人说得清。

想问问：市场的经营方能不能自己随便加这种名目？有没有文件规定市场能收哪些钱、不能收哪些钱？

我们几个老摊主私下都在嘀咕，可没有人敢去问。明年三月摊位要重新抽签续签，给不给续、给谁好位置，还不就是市场办一句话的事。所以我只是问问规定是怎么定的，别的就不多说了。

回这个邮箱就行。""",
    "consultation", "yes", "c", "Market Regulation Administration",
    "normal", "zh", "indirect", sender=("豆腐摊", "doufu.beicang@example.com"))

add(6, "pedestrian-street-loading", "html", "2026-10-07 15:30",
    "Delivery windows on Meilin Pedestrian Street",
    """Dear Mayor,

I manage a café on Meilin Pedestrian Street. Since the street became fully pedestrian in September, our suppliers (milk, coffee beans, pastries) have nowhere legal to stop. The drivers park in the side alleys, get tickets, and now two of them have added a "parking surcharge" to our invoices.

Could the city allow loading between 6:00 and 9:30 in the morning, with a few marked bays at each end of the street? Plenty of cities do it this way. The street stays empty for shoppers during the day, and the shops on it can still get their stock in.

I would be glad to talk to whoever is planning the street.

Best regards,
Tomás Vidal
Café Nube, No. 41""",
    "suggestion", "no", "-", "Transport Bureau", "normal", "en", "-",
    sender=("Tomás Vidal", "tomas@cafenube.example"))

add(7, "cake-shop-wages", "plain", "2026-10-16 22:37",
    "蛋糕店两个月工资没发",
    """我在甜麦坊新民路分店做裱花师，八月九月两个月的工资一直脱着没发，老板说要等总点回款才能发。店里五个人一个都没拿到，可他天天开着新买的车来店里转一圈就走。

我们还都在上班，不敢辞职，辞了更要不回来了。老板开会的时候放过话，谁要是去劳动局反应，就让谁马上滚蛋，一分钱都别想拿。我是顶着这个写的，实在是房租交不起了。

麻烦劳动部门帮我们催一下，八月九月加起来每人七千多。""",
    "demand", "yes", "c", "Human Resources and Social Security Bureau",
    "normal", "zh", "typos", sender=("小蔡", "caixiaomei99@example.net"))

add(8, "fruit-cart-pushed", "plain", "2026-10-13 11:02",
    "What I saw outside my cafe on Tuesday morning",
    """Dear Mayor,

I run a small café at the corner of Linden Road and Fourth Street. This morning, Tuesday 13 October, at about 8:20, three urban management officers in uniform walked up to the elderly woman who sells fruit from a tricycle near the bus stop. She was already packing up.

One of them, a tall officer whose badge number starts with 07, grabbed the tricycle and tipped it over. When she tried to hold on to her basket he pushed her and she fell against the kerb. Her hand was bleeding. My staff and several customers saw it, and the other two officers just stood there.

I am not against keeping the pavement clear. But this was not necessary, and she is at least seventy. I would like it investigated. My window camera recorded the whole thing and I can hand over the footage.

Regards,
Grace Okafor
+86 131 0000 8812""",
    "complaint", "yes", "a", "Urban Management Bureau", "normal", "en", "-",
    sender=("Grace Okafor", "grace.okafor@example.com"))

add(9, "tenant-registration-question", "json", "2026-10-10 14:20",
    "出租房屋要不要给租客登记",
    """我在兰亭苑有一套两居室，打算分开租给两个在附近上班的年轻人。听说房东要去派出所给租客做登记，不登记会被罚款，是真的吗？是我去还是租客自己去？能不能网上办？要不要带租赁合同原件？

另外租客是外省的，居住证是他们自己去申请，还是需要我配合开什么证明？谢谢。""",
    "consultation", "yes", "b", "Public Security Bureau", "normal", "zh", "-",
    form=dict(name="", phone="", email="", anonymous=True, district="兰亭区"))

add(10, "market-drain-sarcasm", "plain", "2026-10-11 06:45",
    "感谢下水道，让我们卖鱼的实现了“地面养鱼”",
    """南门菜市场西侧那条排水沟，从五月堵到现在，快半年了。每下一场雨，污水就漫到脚脖子，鱼鳞、菜叶、塑料袋全漂起来，我们水产区连水都省了，地上天天有。顾客穿着干净鞋进来，穿着臭鞋出去，下次就不来了。

市场管理处说是外面市政管网的问题，问了市政那边说是市场内部的管子，两边踢皮球踢了半年，球都踢破了，沟还是堵的。

请水务部门派个人来看看，这根管子到底归谁，先通了再说，归属以后再慢慢吵。

南门菜市场 水产区 黎老板 139 0000 3361""",
    "demand", "no", "-", "Water Affairs Bureau", "normal", "zh", "sarcasm",
    sender=("黎国华", "lgh.seafood@example.org"))

add(11, "thanks-officer-han", "plain", "2026-10-14 19:00",
    "表扬市场监管所的韩同志",
    """我是在万象街开服装店的。上个月有位顾客说我卖的羽绒服含绒量不够，在店里闹，要我三倍赔偿，差点动手。

市场监管所的韩同志过来调解，先让两边都坐下慢慢说，当场联系检测机构把衣服送样。结果出来是合格的，他又专门打电话给那位顾客解释检测报告，话说得很客气，也没偏向我们哪一方。前后跑了两趟，没嫌我们麻烦。

这样的干部应该表扬，麻烦转告他的领导。

服装店 王红梅""",
    "information", "no", "-", "Market Regulation Administration", "normal",
    "zh", "-", sender=("王红梅", "wanghm.fashion@example.com"))

add(12, "window-7-rude", "plain", "2026-10-21 13:15",
    "政务中心7号窗口工作人员态度恶列",
    """10月20号上午我去市政务中心二楼食品经营许可窗口交材料。7号窗口那个短头发、戴工牌的女办事圆，我材料还没从袋子里拿出来，她就说“今天不收了”。那时候才十点半，墙上写着十二点前都受理。

我问为什么不收，她把我的材料往外一推，掉了一地，说“听不懂人话吗”。旁边的保安都看不下去了，帮我一张张减起来。

我开个小面包店，为了这个证等了一个多月，请了半天假关门去的，就这么被打发回来。请领导查一下7号窗口20号上午的情况和监控，给我个说法。

孔女士 186 0000 4127""",
    "complaint", "yes", "a", "Administrative Approval Bureau", "normal",
    "zh", "typos", sender=("孔玉兰", "kongyl@example.net"))

add(13, "night-market-area", "plain", "2026-10-22 23:10",
    "建义划一块夜市",
    """城官天天追我们摆摊的，我们也不想跑啊，老胳膊老腿的，推着车跑不动。

我建义在桂香街后面那块空地划一个夜市，晚上六点到十一点，大家交点管理费都行，统一收垃圾，统一摆放，不堵路也不脏。这样我们有饭吃，城市也干净，城管也省事。好多城市都这么搞了，我们这为啥不行。

希望领导考率一下。

卖烤红薯的老杨""",
    "suggestion", "no", "-", "Urban Management Bureau", "normal", "zh",
    "typos", sender=("杨", "yangkaohongshu@example.com"))

add(14, "salon-room-deposit", "plain", "2026-10-12 12:30",
    "Landlord keeping my deposit",
    """Hi,

I work as an assistant at a hair salon and I rented a room in a shared flat in Building 5, Peony Court, from a private landlord. I moved out on 30 September after giving one month's notice, as the contract says. The room was clean and I have photos and a video of it on the day I left.

Now the landlord refuses to give back my 2,400 yuan deposit. He says the wall "smells of hair dye" and needs repainting. I never dyed hair in the room. Since last week he doesn't answer my calls or messages.

2,400 is almost a month of my salary. Can someone help me get the deposit back, or at least tell him he cannot do this? I have the contract and the bank transfer records.

Lucy Zhang
159 0000 7734""",
    "demand", "no", "-", "Housing and Urban-Rural Development Bureau",
    "normal", "en", "-", sender=("Lucy Zhang", "lucyz.hair@example.org"))

add(15, "salon-special-invoice", "plain", "2026-10-15 16:44",
    "理发店能不能开专票",
    """你好，我在柏树街开了一家小理发店，个体户，小规模纳税人。最近有个公司客户组织员工来剪头，说要我开增值税专用发漂才能报销，我以前只开过普通的。

请问我这种情况能不能开专票？要不要先去税物局申请什么，还是在电子税务局上自己就能弄？税点是百分之一还是百分之三，我一直搞不清粗。

麻烦告诉一下，谢谢。
小周""",
    "consultation", "no", "-", "Taxation Bureau", "normal", "zh", "typos",
    sender=("周小川", "zhouxc.salon@example.com"))

add(16, "restaurant-no-fapiao", "plain", "2026-10-26 09:30",
    "餐廳拒開發票",
    """您好：

本人於１０月１４日晚在青禾街「老味道」餐廳聚餐，消費８６０元。結帳時要求開發票，店員先說「機器壞了」，又說「開發票要另加６％」。我當場拒絕加錢，對方就說「下次來再拿」。

之後我去了兩次，至今仍未開出。這種情況請稅務部門處理，應該開的發票就應該開，不能讓消費者加錢。付款截圖與小票均已保存，需要可提供。

林先生
電話：１３８－００００－５１０６""",
    "demand", "no", "-", "Taxation Bureau", "normal", "zh", "fullwidth",
    sender=("林先生", "lin.s@example.com"))

add(17, "tax-hall-three-hours", "json", "2026-10-23 12:05",
    "办税大厅排队体验",
    """今天上午特意关了店去办税服务厅领发票，八点半取的号，前面一百一十二人，开了三个窗口，其中一个还一直挂着“暂停服务”的牌子。电子税务局从上周开始一直提示“系统维护中”，不然谁愿意跑这一趟。

坐了三个小时，认识了好几个同样开小店的老板，也算拓展人脉了，感谢税务局给我们创造交流机会。

建议：号能不能放到网上预约？系统维护能不能提前通知？别让大家关着门干坐半天。我是实名写的，名字电话都可以给大厅看，没什么好怕的。""",
    "complaint", "no", "-", "Taxation Bureau", "normal", "zh", "sarcasm",
    form=dict(name="许国平", phone="150 0000 2683",
              email="xgp.hardware@example.net", anonymous=False,
              district="江南区"))

add(18, "legal-aid-address", "plain", "2026-10-24 18:20",
    "Where is the nearest free legal aid office?",
    """Hi,

A customer of mine (I have a small tailoring shop) is in a dispute with her former employer and cannot afford a lawyer. I promised her I would find out where the free legal aid office is in the old town area, what hours it keeps, and whether she has to book first.

Could you send me the address and a phone number?

Thanks a lot,
Mrs. Alvarez""",
    "information", "no", "-", "Justice Bureau", "normal", "en", "-",
    sender=("Carmen Alvarez", "alvarez.tailor@example.net"))

add(19, "partitioned-flat-wiring", "plain", "2026-10-27 01:12",
    "Burning smell from the wiring in my rented room - please inspect",
    """Hello,

I rent one of eight rooms in a flat on the 6th floor of Building 2, Jade Bamboo Garden. The landlord split a three-bedroom flat into eight rooms with plasterboard walls.

All eight rooms run on extension boards chained from one socket in the corridor. The sockets are black around the holes and in the evening, when everyone charges e-bike batteries inside, there is a smell of burning plastic. Last Thursday a charger caught fire in room 3. We put it out with a bucket of water. There is only one way out of the flat and the window in my room has bars.

Please send someone to check as soon as possible, before something worse happens.

But please: the landlord must not find out a tenant contacted you. He keeps copies of all our IDs and has said anyone who "causes trouble" moves out the same day. If you could come as if it were a routine check, that would help us a lot.

Room 6""",
    "demand", "yes", "b", "Emergency Management Bureau", "high", "en", "-",
    sender=("Room 6", "room6.jadebamboo@example.com"))

add(20, "sublet-rules-traditional", "plain", "2026-10-28 10:00",
    "請問分租房間的規定",
    """市長信箱您好：

本人在東湖里有一套三房的公寓，想分租給在附近菜市場做工的幾位朋友。聽說現在有「群租」的限制，想請教：

一、每個房間最少要多少平方米？
二、客廳可不可以隔出來當一間？
三、出租前要不要到哪裡備案？
四、一套房最多可以住幾個人？

我年紀大了，不想違規，也不想租客住得不安全。麻煩告知，謝謝！

陳太太
電話：１３５－００００－６６２１""",
    "consultation", "no", "-", "Housing and Urban-Rural Development Bureau",
    "normal", "zh", "fullwidth", sender=("陳太太", "chen.taitai@example.org"))

add(21, "inspector-takes-shrimp", "plain", "2026-10-29 20:50",
    "关于市场所一位工作人员“尝鲜”的事",
    """领导您好，

青湾菜市场水产区的几个摊主想反映一件小事。

市场监管所有一位姓邓的，四十来岁，戴眼镜，每周二上午来我们市场巡查。巡完了总要在几家摊子前面站一站，说“这虾挺新鲜，我带点回去尝尝”，拎起来就走，从来没提过钱。一次两三斤，有时候是基围虾，有时候是螃蟹，过节的时候多一些。

哪家不给，下个星期那家的秤、台账、进货单就会被翻来覆去地查。

大家不是舍不得这几斤虾，就是觉得这样下去不对。请领导了解了解。""",
    "complaint", "yes", "a", "Discipline Inspection Commission", "normal",
    "zh", "indirect", sender=("青湾水产区", "qingwan.shuichan@example.net"))

add(22, "english-tenant-registration", "json", "2026-10-30 09:40",
    "Suggestion: English version of the accommodation registration",
    """I rent out two rooms in my flat to foreign students and young teachers. Each time a new tenant arrives we have to register their accommodation with the police within 24 hours. There is an online mini-program for it, but it is only in Chinese and it asks for a "residence address code" that neither I nor my tenants understand, so we end up going to the station anyway.

My suggestion: make an English version (Korean and Russian would help too) of the accommodation registration page, and let the landlord submit it on the tenant's behalf with a photo of the passport page. It would save the officers time as well. I'd be happy to test it.""",
    "suggestion", "no", "-", "Public Security Bureau", "normal", "en", "-",
    form=dict(name="Olga Petrenko", phone="+86 131 0000 4321",
              email="olga.p@example.net", anonymous=False,
              district="University Town"))

add(23, "morning-water-pressure", "plain", "2026-10-31 08:05",
    "水压",
    """早上五点到八点水龙头几乎没水，饭馆备不了菜。柳湾街33号。""",
    "demand", "no", "-", "Water Affairs Bureau", "normal", "zh", "short",
    sender=("柳湾面馆", "liuwan33@example.com"))

add(24, "foreign-carpenter-permit", "plain", "2026-11-01 10:10",
    "Work permit for a foreign carpenter - which class?",
    """Dear Sir/Madam,

My name is Kevin Osei. I co-own a small furniture workshop in the Hongling industrial park (宏岭工业园). We want to hire a Ghanaian carpenter - my cousin, actually - who has a bachelor degree and 6 years of experience.

Our accountant says we need the 外国人工作许可 first and after that the 居留许可, but the website keeps talking about "A类 / B类 / C类" and I cannot tell which one he would be. Does a company with only 9 employees qualify as an employer at all? Do we have to show the 社保 records of our Chinese staff?

Any guidance is welcome.

Kevin Osei
Osei & Wu Woodworks
177-0000-3905""",
    "consultation", "no", "-", "Human Resources and Social Security Bureau",
    "normal", "en", "mixed", sender=("Kevin Osei", "kevin@oseiwu.example"))

add(25, "awning-rules-sarcasm", "plain", "2026-11-02 17:25",
    "Congratulations on the most creative awning rules in the country",
    """Dear Mayor,

I would like to congratulate the Urban Management Bureau on an awning policy that changes with the seasons.

In August we were told awnings may not be deeper than one metre. I paid a workshop to cut mine down. In October a new notice said all awnings must be retractable and the same colour for the whole street - grey. I paid again. Last week a third notice: "temporarily suspended pending review". Nobody at the bureau's counter could tell me which rule applies now, and the website still shows the August version.

Three notices, three bills, zero explanations.

Please publish one clear rule, give shops a reasonable time to comply, and keep it for longer than two months. You may use my name and my shop's name, I have nothing to hide.

Thu Nguyen
Nguyen's Pho, 22 Bamboo Lane""",
    "complaint", "no", "-", "Urban Management Bureau", "normal", "en",
    "sarcasm", sender=("Thu Nguyen", "thu@nguyenspho.example"))

add(26, "fake-regulator-calls", "plain", "2026-11-03 15:00",
    "举报冒充市场监管局收“年审费”的诈骗电话",
    """这个星期，我们金沙巷的十几家小吃店都接到同一个号码打来的电话。对方自称是“市市场监管局食品科”，说健康证系统要升级，每家要交380元“年审费”，让加微信扫码付款，不交就“暂停营业执照”。

隔壁凉皮店老板娘已经转过去380了，后来打电话回去就关机了。来电显示的号码是 0000-8865-1302。

请警察查一查这个号码和那个微信，也请提醒一下其他街上的商户，别再有人上当。

金沙巷 麻辣烫店 覃老板 188 0000 6413""",
    "demand", "no", "-", "Public Security Bureau", "normal", "zh", "-",
    sender=("覃建", "qinjian.mlt@example.org"))

add(27, "night-market-rain", "json", "2026-11-04 12:12",
    "这周六晚上下雨吗",
    """周六晚上河滨夜市摆摊，会不会下大雨？""",
    "information", "no", "-", "Meteorological Bureau", "normal", "zh",
    "short",
    form=dict(name="", phone="177 0000 6630", email="", anonymous=False,
              district="河滨区"))

add(28, "old-estate-lift-fund", "html", "2026-11-05 09:00",
    "老小区电梯又停了，请协调维修资金",
    """您好，

我是银杏苑物业服务中心的项目负责人。小区3号楼是2003年的老楼，只有一部电梯，这个月已经第三次故障停运。维保单位检测后说主机和控制柜都得换，报价十八万。

维修资金账户里是有钱的，但动用要楼里三分之二业主签字。楼里二十多户是独居老人，有的在外地子女家，联系不上，签字凑不齐。

现在九楼和十一楼各有一位坐轮椅的老人下不了楼，我们物业的员工每天轮流把饭送上去，遇到要去医院复查就只能背下楼。

想请住建部门帮忙协调：维修资金能不能走应急使用的程序？或者老旧小区电梯有没有别的补助可以申请？

银杏苑物业服务中心 许经理
0000-6612-3380（办公室）""",
    "demand", "no", "-", "Housing and Urban-Rural Development Bureau",
    "normal", "zh", "-", sender=("银杏苑物业服务中心", "yinxingyuan.pm@example.com"))

add(29, "teacher-free-printing", "plain", "2026-11-06 22:00",
    "孩子班主任让我们店“支持一下”班级",
    """您好，

我在学府路开一家图文打印店。儿子在附近一所公立小学读四年级。

开学以来，班主任隔三岔五发微信让我帮班里印东西，试卷、奖状、手抄报模板、运动会海报，一次几百张，说是“家长支持班级工作”，从来没提过钱。这学期算下来快两千块了，我都记着。

上周我试着说，最近纸涨价了，能不能按成本收一点。她回了一句“好的，理解”。第二天儿子回家说，老师把他的座位调到了最后一排。

我不知道这是不是巧合，也不想闹大。孩子还要在她班上再读两年。""",
    "complaint", "yes", "a", "Education Bureau", "normal", "zh", "indirect",
    sender=("打印店家长", "xuefu.print@example.net"))

add(30, "public-scale-suggestion", "plain", "2026-11-07 05:30",
    "建议在每个菜市场门口放一台公平秤",
    """我在南塘菜市场卖水产，自己也常去别的市场买菜。

现在缺斤短两的纠纷太多了，买菜的说秤不准，卖菜的说秤准，吵半天谁也说服不了谁，最后往往是嗓门大的赢。

建议每个农贸市场门口都放一台由市场监管部门定期校准的公平秤，贴上最近一次校准的日期。谁有疑问就自己拿去复秤，秤坏了扫码报修。

这样老实做生意的摊主能证明自己清白，顾客也放心。这东西花不了几个钱，但能少很多吵架。

南塘菜市场 老顾""",
    "suggestion", "no", "-", "Market Regulation Administration", "normal",
    "zh", "-", sender=("顾德明", "gudeming@example.com"))

add(31, "fake-oil-supplier", "plain", "2026-11-08 21:15",
    "How do I report a supplier without my name coming out?",
    """Hi,

I own a small noodle restaurant near the Jinsha Lane food street. A wholesaler who supplies about half the restaurants on our street has been selling a "peanut oil" at a price that is honestly too good to be true. It smells wrong when it heats up and the labels look photocopied.

Before I do anything I want to understand how it works: who takes this kind of report, do you need a sample from me, and will the wholesaler be told who reported him?

Everyone on this street buys from him and sees him every morning. I'd really like my name kept out of any paperwork he could ever see.

R. Lin""",
    "consultation", "yes", "b", "Market Regulation Administration", "normal",
    "en", "-", sender=("R. Lin", "rlin.noodles@example.org"))

add(32, "village-landlord-power-cut", "plain", "2026-11-06 19:40",
    "Landlord cut our electricity to force a rent rise",
    """Dear Sir or Madam,

I rent a ground-floor shop unit in Xiaoshan village, in the new block by the river, where I repair phones. My contract runs until June 2027 at 3,000 yuan a month.

In October the landlord told all six tenants that the rent is now 4,500 "because the area is developing". Those of us who refused had the electricity cut at the meter on the evening of 2 November. My shop has been dark for four days and I have customers' phones I cannot return.

The landlord is the nephew of the village party secretary, and he tells us openly that nobody will help us. I am asking for someone to make him restore the power and respect the contract.

Please do not put my name or my shop number on anything he could see. The tenants who complained last year were simply not renewed.

A tenant""",
    "demand", "yes", "b", "Housing and Urban-Rural Development Bureau",
    "normal", "en", "-", sender=("Tenant", "xiaoshan.repair@example.com"))

add(33, "fire-inspector-supplier", "plain", "2026-11-02 23:00",
    "Fire inspector pushing us to buy from a supplier he recommends",
    """Hello,

I own a hotpot restaurant with 14 tables on Pine Street. During a fire safety check on 28 October, the inspector (he showed a card, surname Fang) said our extinguishers were "not the right model", even though we bought them last year and have the certificates.

He then gave us a business card for a supplier and said that if we ordered from them, the re-inspection would be "a formality". The supplier's quote was almost three times what the same extinguishers cost elsewhere. Two other restaurants on Pine Street received the same card that same week.

I would like someone to look into whether this is allowed. I kept the card and the quote. I'd prefer that the inspector is not told which restaurant wrote this.

Owner, Red Lantern Hotpot""",
    "complaint", "yes", "a", "Discipline Inspection Commission", "normal",
    "en", "-", sender=("Red Lantern Hotpot", "owner@redlantern.example"))

add(34, "thanks-officer-li", "plain", "2026-11-09 18:00",
    "A thank-you for Officer Li (城管李队长)",
    """Hello,

I sell flowers at the Plum Blossom Bridge 早市. Last Sunday a gust of wind blew down the big umbrella of the stall next to mine and it hit an old man on the head.

城管李队长 - Li Wei, I think, from the 中队 that patrols our street - was the first one there. He called 120, stayed with the old man until the ambulance came, and then helped us tie down every umbrella on the row before the rain started. He didn't give anyone a ticket, he just told us "next time use sandbags, 听到没有".

We all wanted to say 谢谢 to him properly and let his boss know.

Rosa, stall 31""",
    "information", "no", "-", "Urban Management Bureau", "normal", "en",
    "mixed", sender=("Rosa Flores", "rosa.flowers@example.com"))

add(35, "freezer-broke-shop", "plain", "2026-11-10 11:11",
    "买的冷柜一个月就坏，商家不管",
    """我是在菜场卖冻品的。9月28号在宏达电器城买了一台双门冷柜，3980元。用了一个月压缩机就不制冷了，前后坏了三回，里面的冻货坏了好几百块钱。

商家一开始说是我那边电压不稳，派人来看了一次说修好了，第二天又坏。后来干脆不接电话。

请帮我找这个商家，要么换台新的，要么退货。

还有想顺便问问：像这种情况，我坏掉的那些货的损失能不能一起要他赔？发票和聊天记录我都留着。

冻品摊 吴姐 136 0000 2290""",
    "demand", "no", "-", "Market Regulation Administration", "normal", "zh",
    "two-intents", sender=("吴桂芳", "wuguifang@example.net"))

add(36, "weekend-licence-window", "plain", "2026-11-11 22:30",
    "给政务大厅提个suggestion：周末开个体户窗口",
    """我是开理发店的Tony（真名张涛哈哈），想给政务服务中心提个suggestion。

我们这种个体户，周一到周五天天开店，根本走不开，去办个营业执照变更就要关门半天，少做十几个客人。能不能周六上午开一两个窗口专门办个体工商户的业务？或者搞预约制，工作日晚上七点以后也行。

线上能办当然最好，但是上次网上提交完，系统说要“现场核验”，还是得跑一趟，白折腾。

Please consider，谢谢！""",
    "suggestion", "no", "-", "Administrative Approval Bureau", "normal",
    "zh", "mixed", sender=("张涛", "tony.zhang.hair@example.org"))

add(37, "env-inspector-in-car", "html", "2026-11-04 14:00",
    "环保检查员没下车就签了“无异味”",
    """领导：

我家在三岔河村口开农家菜馆，旁边一家做化工原料的小厂天天晚上偷排，味道刺鼻，熏得眼睛疼，顾客吃着饭就走了。

我打了好几次电话，10月29日下午终于来了两个人。其中年纪大一点的那位从头到尾没下车，车窗都没摇下来，让年轻的拿了张表进厂转了五分钟，出来把表递进车里，他在车里签了字，车就开走了。

后来我收到的答复写着：“现场检查未发现明显异味，企业生产运行正常。”那天下午本来就不是排放的时间，那个厂都是晚上九点以后才排。

请重新派人晚上来查。也请查一查那位在车里签字的检查员，到底是怎么“现场检查”的。

农家菜馆 罗春生 152 0000 7718""",
    "complaint", "yes", "a", "Ecology and Environment Bureau", "normal",
    "zh", "-", sender=("罗春生", "luocs.nongjia@example.com"))

add(38, "pm-cut-water-legal", "plain", "2026-11-12 15:35",
    "物业能不能给欠费业主停水停电",
    """您好，我是枫丹小区物业的客服，入职才两个月。

经理让我给几户欠了两年物业费的业主发通知，写着月底前再不交就停水停电。我心里没底，有位业主拿着通知到前台跟我吵，说这是违法的，要去告我们。

想请教一下：物业公司到底有没有权利停业主家的水电？如果不能，正常应该走什么程序去催缴？

我不想去执行一个可能违法的通知，又怕是自己理解错了。谢谢。

客服小蒋""",
    "consultation", "no", "-", "Housing and Urban-Rural Development Bureau",
    "normal", "zh", "-", sender=("蒋雨", "jiangyu.kefu@example.net"))

add(39, "sewing-workshop-noise", "json", "2026-11-13 02:30",
    "举报楼上深夜缝纫加工噪音",
    """我住石榴园小区7栋1102，楼上1202被人租下来当小作坊，放了六七台工业缝纫机，每天晚上十点开工，一直做到凌晨三四点，嗒嗒嗒嗒，震得我家吊灯都在晃。

我白天开早餐店，凌晨四点就得起来和面，已经快一个月没睡过整觉了，现在写这个的时候楼上还在响。

找过物业，物业说租户的事他们管不了，让我自己报警。所以我在这里举报这个噪音，请派出所或者相关部门来管一管，至少晚上十一点以后不能再开机器。""",
    "demand", "no", "-", "Public Security Bureau", "normal", "zh", "-",
    form=dict(name="郑丽", phone="155 0000 8843", email="zhengli@example.org",
              anonymous=False, district="东湖区"))

add(40, "police-wont-file-theft", "plain", "2026-11-05 10:30",
    "手机店被盗报警，民警说“不值得查”",
    """11月3日凌晨，我在东坡路的手机维修店被人撬了卷帘门，偷走二十多部客户送修的手机和一台笔记本，加起来三万多。

我报警后来的是东坡派出所一位胖胖的老民警，警号后三位是416。他进门看了一眼就说“这种没监控的查不到”。我说对面超市有监控，我已经拷出来了，他看了两眼说“拍得不清楚”，笔录没做完就走了。

第二天我去所里问进展，他当着好几个人的面说：“你们修手机的，谁知道是不是自己监守自盗。”

客户天天来要手机，我一家一家赔。我要求派出所认真立案侦查，也要求这位民警向我道歉。

马振宇 133 0000 9054""",
    "complaint", "yes", "a", "Public Security Bureau", "normal", "zh", "-",
    sender=("马振宇", "mazhenyu.repair@example.com"))

add(41, "joint-inspection-suggestion", "json", "2026-11-14 16:00",
    "建议各部门联合检查，别一周来四拨",
    """我们是做塑料配件的小厂，二十几个工人。上个月第二周，周一消防来查，周二环保来查，周三安监来查，周四街道又带了一队人来查“安全生产”。查的内容一半是重复的，每次都要停线派人陪同，复印同样的一摞材料。

建议：同一家企业一个季度内，尽量由街道牵头搞一次联合检查，各部门一起来，一张表查完，结果互认。真有问题的照样罚，我们没意见。

以后还要跟这些部门打交道，就不留名了。""",
    "suggestion", "yes", "b", "Municipal Government Office", "normal", "zh",
    "-", form=dict(name="", phone="", email="", anonymous=True,
                   district="高新区"))

add(42, "roadworks-factory-gate", "plain", "2026-11-09 08:30",
    "Road works have blocked our factory gate for three weeks",
    """To the Mayor's Office,

Our company, Brightfold Packaging, makes cardboard boxes at 7 Cedar Industrial Road. Since 20 October the section of road in front of our gate has been dug up for a pipe project, and a fence has been put straight across our entrance.

Our 12-metre trucks cannot get in or out. We are moving finished goods by hand trolley to the main road, 300 metres away. Nobody on site can tell us when the work will end, and the signboard has no contact number.

We are not asking for the work to stop - only for a temporary access gap in the fence or a clear schedule we can plan around. We have orders due in mid-November and 35 staff whose wages depend on them.

Contact: Arjun Mehta, Operations
186-0000-5678""",
    "demand", "no", "-", "Transport Bureau", "normal", "en", "-",
    sender=("Arjun Mehta", "a.mehta@brightfold.example"))

add(43, "donate-leftover-bread", "json", "2026-11-15 21:00",
    "每天剩下的面包可以捐到哪里",
    """我们是一家社区面包店，每天打烊前会剩下二三十个当天的面包和吐司，扔掉太可惜了。

想问问附近有没有养老院、救助站或者“爱心冰箱”之类的地方可以接收？需要办什么手续吗？最好是晚上八点以后也能送过去的。""",
    "information", "no", "-", "Civil Affairs Bureau", "normal", "zh", "-",
    form=dict(name="孙悦", phone="139-0000-4580", email="", anonymous=False,
              district="城北区"))

add(44, "shop-sign-approval", "plain", "2026-11-16 10:20",
    "招牌",
    """修车铺门头想换个灯箱招牌，要报批吗？找哪里？""",
    "consultation", "no", "-", "Urban Management Bureau", "normal", "zh",
    "short", sender=("老许修车", "xuxiuche@example.com"))

add(45, "stall-lottery-notice", "multi", "2026-11-09 20:00",
    "Stall reallocation with one day's notice - please review",
    """Dear Sir/Madam,

For four years I have had stall B-17 at the Northgate Farmers' Market, which is run by the district market service centre. On 3 November I received this email:

> Dear stallholder,
> Due to the market upgrade, all stalls will be reallocated by online
> lottery on 5 November. Please register on the platform before
> 4 November 17:00.
> Northgate Market Service Centre

That is one working day's notice, with no explanation of the rules. The registration link did not work until the evening of the 4th. About a third of us, mostly older stallholders without smartphones, missed it and have lost our stalls. Nobody at the service desk could tell us who decided this or how to appeal.

I am asking for the lottery process to be reviewed and for those who missed it to be given a fair chance.

Regards,
Priya Raman
Stall B-17 (vegetables)""",
    "complaint", "no", "-", "Commerce and Investment Promotion Bureau",
    "normal", "en", "quoted", sender=("Priya Raman", "priya.r@example.org"))

add(46, "shed-blocks-back-door", "plain", "2026-11-17 22:45",
    "隔壁店铺私搭的铁皮棚把后门和消防通道堵了",
    """我在梅园路开一家小五金店。隔壁奶茶店上个月在后巷私自搭了一个铁皮棚当仓库，把我们几家店共用的后门和消防通道全堵死了，现在要出去只能从前门绕。

跟他说了两次，他笑着说：“你去告嘛，看谁管。”

他家有亲戚在街道上班，这个整条街都知道。前年有家卖卤菜的跟他吵过一架，后来那家店一个月里被查了三次卫生，最后搬走了。

我就想请城管按规矩来看看这个棚子该不该拆。我这小店经不起折腾。""",
    "demand", "yes", "c", "Urban Management Bureau", "normal", "zh",
    "indirect", sender=("五金店", "meiyuan.wujin@example.net"))

add(47, "food-waste-pickup", "plain", "2026-11-18 14:50",
    "Food waste pickup for small shops",
    """Hello,

We are a family bakery on Willow Bend Road. The kitchen-waste truck comes at 10 a.m., which is our busiest hour, and by then the shared bins outside have been full since the evening before. Cats tear the bags open and flies gather right at our front door.

Big restaurants seem to have contracts with private collectors. Small street-front shops like ours just use the community bins.

Our suggestion: a second, early-evening pickup (around 8 p.m.) for street-front food shops, or sealed pedal bins for them. We would happily pay a small monthly fee for it.

Kind regards,
The Moreau family
Petit Four Bakery""",
    "suggestion", "no", "-", "Urban Management Bureau", "normal", "en", "-",
    sender=("Claire Moreau", "claire@petitfour.example"))

add(48, "med-insurance-app-fails", "json", "2026-11-19 13:00",
    "医保报销线上系统总是失败",
    """我是开小餐馆的个体户，自己交的灵活就业医保。8月在外地住院花了一万二，出院时医院说异地的要回来报销。

医保APP上传材料传了三次，每次都卡在最后一步，提示“网络异常，请稍后再试”。客服电话打了一下午都是占线。去了一趟医保服务大厅，工作人员说系统在升级，让回去网上弄。前后跑了三趟，饭馆关了三天门。

这个系统到底什么时候能正常用？

另外也想问一下，住院报销超过多长时间就不能报了？我怕这样拖下去过了期限。""",
    "complaint", "no", "-", "Healthcare Security Bureau", "normal", "zh",
    "two-intents",
    form=dict(name="钟海燕", phone="136 0000 5529", email="zhy.canguan@example.com",
              anonymous=False, district="北湖区"))

add(49, "copy-shop-broadband", "json", "2026-11-20 17:00",
    "Shop broadband down for five days, card payments failing",
    """Our print and copy shop at 18 Harbour Lane has had no broadband since Monday. The provider's hotline keeps saying a technician "will contact you within 24 hours". It has been five days and three ticket numbers.

Our card terminal and the cloud print orders both need the line, so we are running the whole shop from my phone's hotspot. Students come in, can't send their files, and leave.

Could your office push the provider to actually send someone? The account is in the name of Harbour Lane Copy Centre.""",
    "demand", "no", "-", "Industry and Information Technology Bureau",
    "normal", "en", "-",
    form=dict(name="Daniel Kwok", phone="139 0000 1234",
              email="daniel.kwok@example.net", anonymous=False,
              district="Harbour District"))

add(50, "museum-monday-staff", "plain", "2026-11-21 11:00",
    "City museum on a Monday?",
    """Hello,

My restaurant is closed on Mondays and I'd like to take my staff (six of us) to the city museum on one of the last Mondays of November. Is the museum open on Mondays? Is there a free day or a group ticket, and do we have to book online in advance?

Thanks,
Marco Bellini
Trattoria Bellini""",
    "information", "no", "-", "Culture and Tourism Bureau", "normal", "en",
    "-", sender=("Marco Bellini", "marco@trattoriabellini.example"))

add(51, "digital-subsidy-and-fibre", "plain", "2026-11-22 15:15",
    "Digitalisation subsidy for a corner shop? (and our slow internet)",
    """Good afternoon,

I run a convenience store of about 40 square metres on Lakeview Street. I saw a poster saying the city gives subsidies to small businesses that "go digital". Does this include buying a cashier system with stock-keeping software, or is it only for factories? How do I apply, and is there a deadline?

Also, unrelated but annoying: the fibre line in our building drops out every evening around 8 p.m., exactly when we are busiest. Is there anyone who can push the provider on that?

Mostly I'd like to know about the subsidy though.

Thanks,
Meena Das
Das Mini Mart""",
    "consultation", "no", "-", "Industry and Information Technology Bureau",
    "normal", "en", "two-intents", sender=("Meena Das", "meena.das@example.com"))

add(52, "rent-subsidy-favouritism", "plain", "2026-11-23 20:30",
    "關於街道小微商戶租金補貼評審",
    """市長您好：

今年街道辦的「小微商戶租金補貼」，我們南苑街有三十多家申請。最後評上的八家裡，有五家老闆是同一個姓，其中兩家根本沒有開門營業，店面一直拉著捲簾門。

負責評審的是街道經濟科的葉科長，他太太娘家就是這個姓，整條街都知道。我們按要求交了銀行流水、租約、社保證明，全部落選，去問原因只說「名額有限」。

懇請查一查這次評審的過程，公示評分表和評審人員名單。

南苑街　一商戶""",
    "complaint", "yes", "a", "Discipline Inspection Commission", "normal",
    "zh", "fullwidth", sender=("南苑街商戶", "nanyuan.shop@example.org"))

add(53, "mall-guard-kicked-cart", "plain", "2026-11-24 09:50",
    "商场保安踹翻我们送货的推车",
    """我在凯隆广场负一层开小吃档。昨天下午我们的送货师傅从地库推货进来，商场物业的一个保安嫌他走了“客梯”，骂骂咧咧，还一脚把推车踹翻，两箱鸡蛋全碎了，师傅的胳膊也被推得撞到柱子上，青了一大块。

我们去找商场物业经理，他只说“保安也是按规定办事”。可商户该走哪个电梯、几点能送货，从来没有人书面告诉过我们。

我们每月交着物业费，就想要个说法：鸡蛋照价赔，保安给师傅道歉，以后给商户划一个明确的送货通道和时间。

凯隆广场B1-23 胡记小吃 胡先生 199 0000 3871""",
    "demand", "no", "-", "Housing and Urban-Rural Development Bureau",
    "normal", "zh", "-", sender=("胡永福", "hujixiaochi@example.com"))

add(54, "market-public-toilet", "plain", "2026-11-25 07:30",
    "菜场边加个公厕吧",
    """青石桥菜市场周边一公里都没有公厕，摊主顾客全憋着。建议加一个。""",
    "suggestion", "no", "-", "Urban Management Bureau", "normal", "zh",
    "short", sender=("青石桥摊主", "qsq.tanzhu@example.net"))

add(55, "disability-subsidy-missing", "plain", "2026-11-10 16:00",
    "我弟弟的残疾人护理补贴三个月没到账",
    """我在菜场卖鸡蛋。我弟弟是二级肢体残疾，一个人住，每月有重度残疾人护理补贴。7、8、9三个月都没到账。

我去社区问，社区工作人员后来给我回了条微信，原话是：

> 您好，您弟弟的补贴需要重新进行年度复核，请携带残疾证、户口本、银行卡复印件到街道民政窗口办理，办理后会恢复发放。

我10月8号就把所有材料交到街道了，窗口说材料齐了，回去等。现在又过了一个月，还是一分没到，打电话问也只说“在走流程”。

我不知道卡在哪一步。请民政局帮忙查一下，把这三四个月的钱补发了。他就靠这个过日子。

刘秀英 152 0000 4476""",
    "demand", "no", "-", "Civil Affairs Bureau", "normal", "zh", "quoted",
    sender=("刘秀英", "liuxiuying.egg@example.com"))

add(56, "small-restaurant-fume-rules", "json", "2026-11-26 10:45",
    "小饭馆油烟净化器有什么要求",
    """我准备在和平巷开一家二十来平方的家常菜馆，楼上是住户。装修师傅说必须装油烟净化器，还要有检测报告。想问下：

一、小饭馆装什么标准的净化器才算合格？
二、烟道是不是必须通到楼顶？
三、开业前谁来验收，还是有人投诉了才来查？
四、多长时间要清洗一次，要不要留记录？

想一次做对，别开业以后再返工。""",
    "consultation", "no", "-", "Ecology and Environment Bureau", "normal",
    "zh", "-",
    form=dict(name="马建国", phone="188 0000 3092", email="majianguo@example.org",
              anonymous=False, district="城西区"))

add(57, "awnings-torn-down-overnight", "plain", "2026-11-12 21:30",
    "街道一夜之间拆了整条街的遮阳棚",
    """11月10日晚上，街道办组织人把和顺路一整排商铺的遮阳棚全部拆了。事先没有任何书面通知，也没给我们自己拆的时间。这些棚子很多是前年街道统一要求装的，钱是我们商户自己出的。

拆下来的架子就堆在路边。第二天一早下雨，店门口的货全淋湿了。我们去问依据，只说是“上级要求”。

请问是哪个上级、哪份文件？拆之前为什么不通知？我们的损失该不该补偿？

我知道写这封信会有什么后果，街道管着我们每年的门前三包评比，还要配合消防检查，以后日子不会好过。可不说出来，心里实在憋得慌。

和顺路 一个开了十一年店的商户""",
    "complaint", "yes", "c", "Municipal Government Office", "normal", "zh",
    "-", sender=("和顺路商户", "heshun.road@example.com"))

add(58, "thanks-mayor-mailbox", "html", "2026-11-27 11:30",
    "谢谢市长信箱",
    """市长信箱：

上个月写信反映我们服装批发城门口送货车没地方停、天天被贴条的事，没几天就有人打电话回访，现在门口划了早上的临时装卸区。

做生意的人说话直，就一句：这回办得漂亮，谢谢。

批发城 二楼 陶老板""",
    "information", "no", "-", "none", "normal", "zh", "-",
    sender=("陶建明", "taojm.pifa@example.net"))

add(59, "gas-cylinders-market", "plain", "2026-11-28 10:52",
    "急！菜市场熟食区过道堆满液化气罐，有煤气味",
    """我在东岚菜市场熟食区。旁边一排小吃档口把十几个液化气罐堆在过道里，有几个还连着炉子，阀门没关。

今天上午十点多开始有一股很重的煤气味，好几个摊主和顾客说头晕。市场管理员过来看了看说“正常的，通通风就好”，就走了。

现在市场里人很多，老人孩子都有，万一出事就是大事。请马上派人来看！

我的电话 137 0000 5518，人就在熟食区12号档。""",
    "demand", "no", "-", "Emergency Management Bureau", "high", "zh", "-",
    sender=("樊丽", "fanli.shushi@example.com"))

add(60, "no-need-water-meter", "plain", "2026-11-30 19:05",
    "不用处理了",
    """上周投的那个水表问题，已经和房东自己谈好了，不用再派人来了，谢谢。""",
    "information", "no", "-", "none", "normal", "zh", "short",
    sender=("小卢", "lu.zufang@example.org"))


# ----------------------------------------------------------------------
DEPTS = {
    "Public Security Bureau", "Urban Management Bureau",
    "Human Resources and Social Security Bureau",
    "Healthcare Security Bureau",
    "Housing and Urban-Rural Development Bureau",
    "Culture and Tourism Bureau", "Transport Bureau",
    "Discipline Inspection Commission",
    "Commerce and Investment Promotion Bureau",
    "Ecology and Environment Bureau", "Civil Affairs Bureau",
    "Education Bureau", "Health Commission", "Water Affairs Bureau",
    "Market Regulation Administration", "Administrative Approval Bureau",
    "Natural Resources and Planning Bureau", "Emergency Management Bureau",
    "Justice Bureau", "Municipal Government Office", "Meteorological Bureau",
    "Taxation Bureau", "Industry and Information Technology Bureau",
    "Agriculture and Rural Affairs Bureau", "Veterans Affairs Bureau", "none",
}


def wrap_line(line, limit=200):
    """Keep physical lines well under 998 octets by breaking long
    paragraphs after punctuation (Chinese) or spaces (English)."""
    out = []
    while len(line.encode("utf-8")) > 900 or len(line) > limit:
        cut = -1
        for i in range(min(limit, len(line)) - 1, limit // 3, -1):
            if line[i] in "，。；：！？、,;. ":
                cut = i + 1
                break
        if cut <= 0:
            cut = limit
        out.append(line[:cut].rstrip())
        line = line[cut:].lstrip()
    out.append(line)
    return out


def crlf_body(text):
    lines = []
    for ln in text.split("\n"):
        lines.extend(wrap_line(ln))
    return "\r\n".join(lines) + "\r\n"


def to_html(text):
    paras = [p for p in text.split("\n\n")]
    parts = []
    for p in paras:
        inner = "<br>\n".join(html.escape(x) for x in p.split("\n"))
        parts.append("<p>" + inner + "</p>")
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head>"
            "<body>\n" + "\n".join(parts) + "\n</body></html>")


def enc_subject(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode(linesep="\r\n")


def dt(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=TZ)


def write_eml(d, path):
    name, addr = d["sender"]
    domain = addr.split("@", 1)[1]
    when = dt(d["date"])
    hdr = [
        "From: " + formataddr((name, addr), charset="utf-8"),
        "To: mayor@city.example",
        "Subject: " + enc_subject(d["subject"]),
        "Date: " + format_datetime(when),
        "Message-ID: <%s-%03d.%s@%s>" % (W, d["num"],
                                         when.strftime("%Y%m%d%H%M"), domain),
        "MIME-Version: 1.0",
    ]
    if d["fmt"] == "plain":
        hdr += ["Content-Type: text/plain; charset=utf-8",
                "Content-Transfer-Encoding: 8bit"]
        body = crlf_body(d["body"])
    elif d["fmt"] == "html":
        hdr += ["Content-Type: text/html; charset=utf-8",
                "Content-Transfer-Encoding: 8bit"]
        body = crlf_body(to_html(d["body"]))
    else:  # multipart/alternative
        b = "=_w33_alt_%03d" % d["num"]
        hdr += ['Content-Type: multipart/alternative; boundary="%s"' % b]
        body = ("This is a multi-part message in MIME format.\r\n\r\n"
                "--" + b + "\r\n"
                "Content-Type: text/plain; charset=utf-8\r\n"
                "Content-Transfer-Encoding: 8bit\r\n\r\n"
                + crlf_body(d["body"]) +
                "\r\n--" + b + "\r\n"
                "Content-Type: text/html; charset=utf-8\r\n"
                "Content-Transfer-Encoding: 8bit\r\n\r\n"
                + crlf_body(to_html(d["body"])) +
                "\r\n--" + b + "--\r\n")
    data = "\r\n".join(hdr) + "\r\n\r\n" + body
    with open(path, "wb") as f:
        f.write(data.encode("utf-8"))


def write_json(d, path):
    f = d["form"]
    obj = {
        "id": "%s-%03d" % (W, d["num"]),
        "submitted_at": dt(d["date"]).isoformat(),
        "name": f["name"],
        "phone": f["phone"],
        "email": f["email"],
        "anonymous": f["anonymous"],
        "title": d["subject"],
        "content": d["body"],
        "district": f["district"],
    }
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(obj, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


def main():
    os.makedirs(OUT, exist_ok=True)
    for fn in os.listdir(OUT):
        if fn.startswith(W + "-"):
            os.remove(os.path.join(OUT, fn))
    nums = sorted(d["num"] for d in L)
    assert nums == list(range(1, 61)), nums
    rows = ["path\tcategory\tconfidential\treason\tdepartment\tpriority"
            "\tlanguage\thard"]
    for d in sorted(L, key=lambda x: x["num"]):
        assert d["dept"] in DEPTS, d["dept"]
        assert (d["conf"] == "yes") == (d["reason"] != "-")
        if d["form"] and d["form"]["anonymous"]:
            assert d["conf"] == "yes" and d["reason"] == "b"
        ext = "json" if d["fmt"] == "json" else "eml"
        fn = "%s-%03d-%s.%s" % (W, d["num"], d["slug"], ext)
        path = os.path.join(OUT, fn)
        if ext == "json":
            write_json(d, path)
        else:
            write_eml(d, path)
        rows.append("\t".join(["letters/" + fn, d["cat"], d["conf"],
                               d["reason"], d["dept"], d["prio"], d["lang"],
                               d["hard"]]))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8",
              newline="\n") as f:
        f.write("\n".join(rows) + "\n")


if __name__ == "__main__":
    main()
