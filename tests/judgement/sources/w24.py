#!/usr/bin/env python3
"""w24: consumers, public safety, and 12345 operators' call transcripts.
Writes letters/ and labels.tsv next to this script. Deterministic."""
import os, json, html
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "letters")
W = "w24"

LETTERS = []

def L(num, slug, kind, cat, conf, reason, dept, pri, lang, hard, date, sender, subject, body):
    LETTERS.append(dict(num=num, slug=slug, kind=kind, cat=cat, conf=conf, reason=reason,
                        dept=dept, pri=pri, lang=lang, hard=hard, date=date,
                        sender=sender, subject=subject, body=body))

OPS = '"12345热线受理平台" <gongdan@hotline12345.city.example>'
OPS_EN = '"12345 Hotline Intake" <intake@hotline12345.city.example>'

# ---------------------------------------------------------------- 001-010
L(1, "gym-closed-prepaid", "eml", "demand", "no", "-", "Market Regulation Administration", "normal", "zh", "-",
  "Thu, 01 Oct 2026 10:14:00 +0800", OPS, "来电记录 工单2026100100137",
  """工单号：2026100100137
受理时间：2026-10-01 10:06
来电号码：138 0000 2271
来电人：彭女士

来电人反映：其于今年5月在青藤路"力拓健身"门店办理年卡一张，实付3980元，另购私教课12节2400元，目前私教课仅上了3节。9月28日门店突然贴出"装修暂停营业"告示，教练微信已拉黑，前台电话无人接听。来电人称当初销售人员办卡时反复保证"绝对不会跑路，跑了我个人赔你"，现该销售也联系不上。据其了解，同一门店有两百多名会员遇到同样情况，已建群。

诉求：请相关部门查处该健身房，协调退还剩余年卡费用和未上私教课费用。

话务员备注：来电人情绪尚稳定，表示可提供付款记录和合同照片。""")

L(2, "gas-smell-stairwell", "eml", "demand", "no", "-", "Emergency Management Bureau", "high", "zh", "short",
  "Fri, 02 Oct 2026 21:47:00 +0800", OPS, "来电记录 工单2026100202219 【紧急】",
  """工单号：2026100202219
来电人称榴园小区3单元楼道煤气味很重，已开窗，要求马上派人。""")

L(3, "taxi-airport-overcharge", "eml", "demand", "no", "-", "Transport Bureau", "normal", "en", "quoted",
  "Sat, 03 Oct 2026 08:30:00 +0800", '"Martin Hollis" <m.hollis@example.net>', "Taxi from the airport charged me 286 yuan",
  """Dear Sir or Madam,

On the night of 1 October I took a metered taxi from the airport to my hotel on Jinque Road. The same trip cost me 95 yuan in August. This time the driver said the expressway was "closed" and drove for almost an hour through small roads. The meter showed 286 yuan at the end and he refused to give me a receipt until I paid in cash. The plate number was 城A·T0000-7 (I have a photo of the taxi).

I already wrote to the taxi company. This is their answer, copied from my email:

> Dear passenger, thank you for your feedback. Our driver states the
> route was chosen according to traffic conditions. The fare is
> calculated by the meter and is correct. We regret any inconvenience.
> -- Customer Service, Golden Wheel Taxi Co.

I checked: the expressway was open all night. I would like the extra money refunded and the company to be told that this driver cheats visitors.

Martin Hollis
+86 150 0000 6612""")

L(4, "ebike-charging-corridor", "eml", "demand", "no", "-", "Emergency Management Bureau", "normal", "zh", "-",
  "Sat, 03 Oct 2026 19:05:00 +0800", OPS, "来电记录 工单2026100301588",
  """工单号：2026100301588
来电号码：186-0000-4410
来电人：陆先生（梧桐湾小区7栋住户）

来电人反映：7栋共12层，近半年有多户住户每晚把电动车推进楼道充电，插线板从自家窗户拉出来，线就挂在楼梯扶手上。来电人所在的5楼走廊每天晚上停着三四辆车，最窄处只能侧身通过，去年邻近小区曾发生过电动车起火。来电人多次向物业（恒居物业）反映，物业只在电梯口贴了一张告示，没有人来清理。

诉求：请相关部门到现场检查，督促物业清理楼道电动车，制止飞线充电。

话务员备注：来电人称愿意配合现场查看。""")

L(5, "sale-no-refund-rule", "eml", "consultation", "no", "-", "Market Regulation Administration", "normal", "en", "-",
  "Sun, 04 Oct 2026 15:22:00 +0800", '"Priya N." <priya.n@example.org>', "Is \"no refund on sale items\" allowed?",
  """Hello,

I bought a winter coat during the National Day sale at a department store in the Huadeng shopping centre. At home I found the zipper is broken at the bottom. The counter says there is a sign "Discounted goods are not returnable or exchangeable" and they will not even repair it.

My question: is such a rule legal in China when the product itself is defective? What does the law say about discounted goods, and how many days do I have? I don't want to start a fight if they are right, so I would like to know the rules first.

Thank you,
Priya""")

L(6, "cousin-inspector-tipoff", "eml", "complaint", "yes", "a", "Discipline Inspection Commission", "normal", "zh", "indirect",
  "Mon, 05 Oct 2026 23:41:00 +0800", '"一个亲戚" <xiaoyu_1987@example.com>', "关于某市场监管所检查的一点情况",
  """领导您好，

我表哥在区里一个市场监管所上班，做一线执法。这事不是他让我写的，他也不知道我写。

国庆前一周他喝多了跟我说了几句，说他们所里每次搞突击检查，头天晚上老城片几家卖冻品的、还有两家大排档就都"正好"在大扫除，过期的货全拉走了。他说出发前名单只有所长和副所长老邓两个人知道，他们这些下面的人都是上车了才知道去哪。他还说老邓过年过节后备箱从来不用自己买东西。

我表哥这人胆小，说完第二天就跟我说当他没说过，他还有两年就能转正式编制了。我只是觉得，我们老百姓去那几家买东西的，吃坏了算谁的？

这件事请你们悄悄查一查就好，千万别去所里问是谁说的，一问就知道是他。""")

L(7, "food-poisoning-restaurant", "eml", "demand", "no", "-", "Market Regulation Administration", "normal", "en", "two-intents",
  "Tue, 06 Oct 2026 09:18:00 +0800", OPS_EN, "Call record 2026100600412 (English-speaking caller)",
  """Ticket: 2026100600412
Received: 2026-10-06 09:02
Caller: Mr. Daniel Okafor, mobile 139 0000 8834
Language: English (handled by bilingual operator)

Caller states that on the evening of 5 October he and three colleagues had dinner at a hotpot restaurant named "Red Lantern Hotpot" near Yinhe Plaza. Around 2 a.m. all four developed vomiting and diarrhoea; two were taken to the emergency department and put on a drip. Caller says the beef and the duck blood "smelled a bit off" but the waiter insisted they were fresh.

Caller requests: (1) that the authorities inspect the restaurant and test the food before more people get sick; (2) he also asks, secondarily, whether his company's commercial insurance or the city can help with the hospital bills, about 1,600 yuan in total.

Operator remark: Caller has kept the receipt and the hospital diagnosis. Advised him to keep all evidence. Main request is the inspection.""")

L(8, "ktv-noise-nightly", "eml", "demand", "yes", "b", "Ecology and Environment Bureau", "normal", "zh", "-",
  "Wed, 07 Oct 2026 00:52:00 +0800", OPS, "来电记录 工单2026100700023",
  """工单号：2026100700023
来电号码：155 0000 3927
来电人：未留姓名（荷塘里小区住户）

来电人反映：小区临街商铺一楼新开了一家"声浪KTV"，自9月中旬开业以来每天营业到凌晨三四点，低音炮震得楼上窗户嗡嗡响，小孩无法入睡。来电人称该KTV的排风机和外机正对住宅楼，夜里也一直轰鸣。

诉求：请相关部门夜间到场检测噪声，责令整改。

来电人特别要求：处理时不要透露是哪一户反映的。来电人称上个月楼上另一户去KTV门口理论，第二天家里车窗被人砸了。

话务员备注：已按来电人要求，信息保密处理。""")

L(9, "hotline-tickets-closed", "html", "complaint", "no", "-", "Municipal Government Office", "normal", "zh", "sarcasm",
  "Thu, 08 Oct 2026 12:10:00 +0800", '"郑建秋" <zhengjq@example.net>', "12345真是效率奇高",
  """<p>尊敬的市长信箱：</p>
<p>我要表扬一下12345热线，效率实在太高了。</p>
<p>我家楼下商铺占道堆放液化气罐的事，我从八月到现在打了五次电话，每次接线员都很客气地说"已为您转交相关部门"。然后过两三天就收到短信："您反映的问题已办结，请对本次服务进行评价。"</p>
<p>办结了！谁办的？怎么办的？气罐还在原地，一个都没少，我天天从旁边走。没有任何人给我打过一个电话，也没有任何人来过现场。五个工单，五次"已办结"，这速度别的城市肯定比不上。</p>
<p>我想问一下，你们的"办结"标准是什么？是转出去就算办结，还是短信发出去就算办结？请认真回复一次，不要再发"已办结"了。</p>
<p>郑建秋 177 0000 5190</p>""")

L(10, "mall-fire-exit-chained", "json", "demand", "yes", "b", "Emergency Management Bureau", "normal", "en", "-",
  "2026-10-08T22:35:00+08:00", ("", "", "", True, "Xinan District"), "Fire exits chained at a shopping mall",
  """The emergency exits on floors B1 and 3 of the Skyline Mall (the one with the cinema) are locked with bicycle chains every evening after 6 p.m. Management says it is to stop shoplifters leaving through the stairs. On Saturdays there are hundreds of people on the 3rd floor for the cinema and the arcade. The exit behind the food court is also full of stacked boxes.

I work in one of the shops there so I cannot give my name, sorry. Please send someone to check in the evening, not in the morning when the chains are off.""")

# ---------------------------------------------------------------- 011-020
L(11, "dog-rabies-vaccine-where", "eml", "information", "no", "-", "Agriculture and Rural Affairs Bureau", "normal", "zh", "-",
  "Fri, 09 Oct 2026 14:03:00 +0800", OPS, "来电记录 工单2026100900781",
  """工单号：2026100900781
来电号码：0000-6712（座机）
来电人：韩女士

来电人询问：家里的柯基快满一岁，需要打狂犬疫苗，想知道东城片区附近有哪些定点免疫点，周六周日开不开门，是否需要提前预约、需要带什么。

话务员备注：已告知可查询的定点名单渠道，来电人希望补发一份具体地址和周末开放时间的短信。""")

L(12, "traffic-police-threw-licence", "html", "complaint", "yes", "a", "Public Security Bureau", "normal", "zh", "-",
  "Sat, 10 Oct 2026 17:26:00 +0800", OPS, "来电记录 工单2026101001344",
  """<p><b>工单号：</b>2026101001344<br><b>来电号码：</b>133 0000 5802<br><b>来电人：</b>出租车司机，姓氏未留</p>
<p>来电人反映：10月10日下午约3点，其驾驶出租车在滨江路与柳营街路口因临时停车上下客被一名交警拦下。来电人承认停车位置不对，愿意接受处罚，但该交警（胸前警号尾数为“0386”，个子较高，戴眼镜）在查看驾驶证后将驾驶证直接扔到地上，并说“你们这些开出租的就是欠收拾”，来电人弯腰捡证件时，该交警又用脚把证件踢到车底下。当时车上乘客也看到了。</p>
<p>诉求：请公安交管部门核实该交警的执法行为，要求其道歉。</p>
<p>来电人另称：其每天都要跑这个路口，怕被“记住车牌”，希望核查时不要把他的车牌号告诉当事交警。</p>
<p><i>话务员备注：来电人语气激动，多次强调“罚款我认，态度不能这样”。</i></p>""")

L(13, "counterfeit-earbuds-online", "eml", "consultation", "no", "-", "Market Regulation Administration", "normal", "en", "mixed",
  "Sun, 11 Oct 2026 11:11:00 +0800", '"Kevin Tan" <kevintan.sz@example.com>', "fake earbuds from an online shop - where to complain?",
  """Hi,

I bought "original" wireless earbuds from a shop on a big 电商平台 for 899 yuan (官方旗舰店 it said in the title, but it's actually a 第三方 seller). When I checked the serial number on the brand's website it says "序列号无效". The case also looks different from the real one.

The seller says 7天无理由 has passed and refuses a refund, and the platform customer service just keeps telling me to "negotiate with the seller".

Questions:
1. Can I complain to your market regulation people even though the shop is registered in another province?
2. What evidence do I need? I have the chat screenshots, the order page and the brand's check result.
3. Is it true that for fake goods I can ask for 3x compensation (假一赔三)?

Thanks a lot
Kevin
+86 131 0000 4321""")

L(14, "prepaid-card-escrow-suggest", "json", "suggestion", "no", "-", "Market Regulation Administration", "normal", "zh", "-",
  "2026-10-12T08:47:00+08:00", ("沈立群", "137 0000 9021", "shenlq@example.org", False, "南湖区"), "建议对健身、美容、培训预付卡实行资金监管",
  """这两年我身边跑路的预付卡店已经不下五家了：健身房、游泳馆、美甲店、少儿英语，全是收了一大笔钱然后"装修""转让"。消费者每次都只能自己去报案、拉群，最后能追回一两成就算好的。

建议：
1. 单张卡超过一定金额（比如2000元）的，要求商家把预收款存入银行监管账户，按月按次释放；
2. 开业不满一年的门店限制发售年卡；
3. 在市场监管的网站上公示预付卡经营者备案信息，办卡前能查到这家店有没有备案、有没有被投诉过。

外地已经有城市在做类似的事，我们这里也可以试试。""")

L(15, "online-seller-no-return-typos", "eml", "consultation", "no", "-", "Market Regulation Administration", "normal", "zh", "typos",
  "Mon, 12 Oct 2026 22:58:00 +0800", '"老周" <zhou.laoer@example.com>', "网上买的电热毯不给退",
  """你好 我在网上卖了一个电热毯 178块  收到以后一插电 有股胶味 垫子有一块特别烫 差点着火了 我吓得赶紧拔了。找买家 不对 找卖家退货 他说用过了就不能退 还说是我家电压不稳。这种情况可以退码？是不是要先拿去检侧才能投诉，检侧去哪里检 要多少钱？我岁数大了打字慢 请告诉我怎么办 谢谢""")

L(16, "leaking-barrels-near-school", "eml", "demand", "no", "-", "Emergency Management Bureau", "high", "en", "-",
  "Tue, 13 Oct 2026 07:40:00 +0800", OPS_EN, "Call record 2026101300095 - URGENT",
  """Ticket: 2026101300095
Received: 2026-10-13 07:31
Caller: Ms. Laura Chen, 188 0000 7723

Caller states that behind a small warehouse on the east side of Shuiyun Lane, about 100 metres from the gate of the primary school, there are around twenty blue plastic barrels with no labels. Several are leaking a clear liquid onto the pavement and there is a strong sharp smell, like paint thinner. Her eyes are stinging just walking past. Children start arriving at the school around 7:50.

Caller requests that someone come immediately to check the barrels and keep the children away from the area.

Operator remark: Dispatched as urgent. Caller will stay at the corner of the lane to show the location.""")

L(17, "er-doctor-refused-child", "eml", "complaint", "yes", "a", "Health Commission", "normal", "zh", "-",
  "Wed, 14 Oct 2026 10:35:00 +0800", '"吴海燕" <wuhaiyan77@example.net>', "市第三人民医院急诊科医生拒不接诊",
  """市长您好：

10月13日晚上十点多，我女儿（7岁）在外面吃了烧烤后上吐下泻，脸色发白，我们打车送到市第三人民医院急诊。分诊护士让我们到儿科急诊诊室，当班的是一位男医生，四十来岁，工牌上写的是"祁"什么，我没看全。

他看了一眼孩子，说"先去交费，交完再说"。我说孩子已经吐得站不住了，能不能先看一下，我老公马上去交。他说"规定就是先交费，不交费我看什么"，然后低头玩手机。我老公交完费回来又等了二十多分钟他才开始问诊，期间孩子又吐了两次，他还嫌我们弄脏了地面，让我们自己去拿拖把。

后来孩子被诊断为急性胃肠炎、轻度脱水，输液后好转。但是我想问，公立医院的急诊医生可以这样对待病人吗？请卫健部门调查处理，我需要一个说法。

吴海燕 139-0000-2218""")

L(18, "praise-firefighter-cat", "eml", "information", "no", "-", "Emergency Management Bureau", "normal", "zh", "-",
  "Wed, 14 Oct 2026 19:20:00 +0800", '"苗苗妈" <miaomiao_mama@example.org>', "感谢消防救援站的杜班长",
  """您好，我想通过市长信箱感谢一下云杉路消防救援站的杜建宏班长和他的队员。

10月11日我家厨房油锅起火，我一慌把水泼上去，火一下子窜到抽油烟机上。消防员几分钟就到了，火灭得很快。杜班长灭完火没有马上走，还蹲下来教我女儿下次遇到油锅起火要盖锅盖、关燃气，又帮我们检查了燃气管和阀门，发现胶管老化，让我们第二天就换。

我家没有什么损失，孩子也没被吓哭，反而说以后想当消防员。谢谢他们，也请领导表扬一下他们。""")

L(19, "consumer-window-saturday", "json", "information", "no", "-", "Market Regulation Administration", "normal", "en", "short",
  "2026-10-15T09:02:00+08:00", ("Anna Weiss", "", "anna.weiss@example.com", False, ""), "Saturday hours?",
  """Is the consumer complaints window at the market regulation office open on Saturdays? What time?""")

L(20, "tenant-deposit-cat-damage", "eml", "consultation", "no", "-", "Housing and Urban-Rural Development Bureau", "normal", "en", "-",
  "Thu, 15 Oct 2026 16:44:00 +0800", OPS_EN, "Call record 2026101501267",
  """Ticket: 2026101501267
Received: 2026-10-15 16:20
Caller: Mr. Tomasz Wrobel, tenant, 176 0000 3381

Caller rents a one-bedroom flat through an agency and is moving out at the end of October. He has two cats. The landlord inspected the flat and wants to keep the whole deposit (two months' rent, 6,400 yuan) because of "scratches on the sofa and the smell". Caller says the contract does not mention pets either way and the sofa was already old.

Caller asks: whether the landlord may keep the full deposit without showing repair quotes, what a tenant can do if they cannot agree, and whether there is an office for rental disputes that can mediate.

Operator remark: Caller wants a written answer in English if possible.""")

# ---------------------------------------------------------------- 021-030
L(21, "gym-refund-bounced-quoted", "multi", "complaint", "no", "-", "Market Regulation Administration", "normal", "zh", "quoted",
  "Fri, 16 Oct 2026 13:15:00 +0800", '"林晓蕾" <linxl@example.com>', "回复：关于健身房退费投诉的答复",
  """市长信箱：

我上个月投诉"乐享体能"健身房关店不退费，区市场监管局给我的回复如下（原文转发）：

-------- 原始邮件 --------
发件人：区市场监督管理局消费者权益保护科
主题：关于您反映问题的答复
您好！经核实，该经营者已于9月办理迁址，注册地现不在我区，
建议您向其现注册地市场监管部门反映，或通过司法途径解决。感谢您的监督。
--------------------------

我按这个去找了新注册地的监管局，那边说"合同是在你们那边签的、店也在那边开的，应该由原区处理"。两边互相推，一个多月过去了，我就来回打了七八个电话。

我不是针对哪位工作人员，人家都挺客气的，但是这个流程到底谁管？能不能市里定一个说法，不要让消费者夹在中间当皮球。""")

L(22, "bbq-smoke-owner-threatens", "eml", "demand", "yes", "c", "Ecology and Environment Bureau", "normal", "zh", "-",
  "Sat, 17 Oct 2026 20:12:00 +0800", OPS, "来电记录 工单2026101701902",
  """工单号：2026101701902
来电号码：191 0000 0475
来电人：女士，姓氏未留

来电人反映：其住在杏林街一栋老楼二楼，楼下一家烧烤店每天下午五点到凌晨一点在店门口用炭炉烤串，没有油烟净化设备，烟直接往楼上飘，家里窗户不敢开，晾的衣服都是烟味，老人有哮喘。

来电人称之前有邻居找店主说过，店主当晚就带几个人在那户门口骂到半夜，还说"谁再多事就别想住安稳"。来电人表示自己家就老两口加一个孙子，不敢去和店主理论，只能打电话。

诉求：请相关部门检查该店油烟排放，要求安装净化设备或停止露天炭烤。

话务员备注：来电人说话时压低声音，称"我们家老的老小的小，惹不起他"。""")

L(23, "police-wont-log-theft", "eml", "complaint", "yes", "a", "Public Security Bureau", "normal", "en", "sarcasm",
  "Sun, 18 Oct 2026 18:03:00 +0800", '"Sofia Marquez" <sofia.marquez@example.net>', "Wonderful service at the police station",
  """Dear Mayor,

I would like to share my wonderful experience at the police station on Qinghe Road this afternoon.

My phone was stolen from my bag in the supermarket next door; the supermarket even has a camera over the spot. I went to the station to report it. The officer at the front desk, a young man with a shaved head (the second desk from the left), listened for about ten seconds, then said "Phone only? Not worth it, buy a new one" and went back to his computer. When I asked for a report number for my insurance he waved me towards the door and said "No report, next".

Truly, I feel so protected. I did not know that thefts under a certain value simply stop existing in this city.

I am not asking for miracles. I asked for a piece of paper with a number on it. Could someone please explain whether this is how reports are supposed to be handled, and make sure that officer actually registers cases?

Sofia Marquez
+86 158 0000 2043""")

L(24, "tour-guide-forced-shopping-trad", "eml", "demand", "no", "-", "Culture and Tourism Bureau", "normal", "zh", "fullwidth",
  "Mon, 19 Oct 2026 21:30:00 +0800", '"陳美玲" <chanmeiling@example.org>', "旅行團強迫購物，要求退款",
  """市長信箱您好：

本人與母親於１０月１５日至１８日參加貴市「暢遊假期」旅行社的四日團（團費每人１，２９９元）。第三天導遊黃小姐把全團帶到一間玉器店，關門不讓出去，說「每人最少消費２，０００元才可以上車」，又說不買的人晚上酒店「自己想辦法」。

母親被嚇到，用信用卡買了一隻手鐲３，８００元，回到香港請人鑑定，說是Ｂ貨，最多值幾百元。

請求：
１．協助向旅行社及玉器店追回手鐲款項；
２．查一查這個導遊，她整團都在說同一套話，相信不止我們被騙。

聯絡電話：＋８５２　００００　６１２８
陳美玲""")

L(25, "health-product-seminar-scam", "eml", "demand", "no", "-", "Public Security Bureau", "normal", "zh", "two-intents",
  "Tue, 20 Oct 2026 09:55:00 +0800", OPS, "来电记录 工单2026102000518",
  """工单号：2026102000518
来电号码：139 0000 6625
来电人：祁先生（为其母亲反映）

来电人反映：其母亲今年72岁，从8月起每天早上去枫叶社区旁边一个门面参加"健康讲座"，一开始是免费领鸡蛋、挂面，后来对方工作人员天天上门"认干妈"，陆续卖给老人所谓"细胞修复液""磁疗床垫"等，共花掉4.6万元，床垫宣称能治糖尿病。来电人查看产品包装，既没有生产许可编号，也没有厂址。近期该门面对外称"要搬走了"，正在清货。

来电人主要诉求：请公安机关尽快调查这个讲座团伙是否涉嫌诈骗，趁他们还没跑。
其次诉求：希望能帮助追回老人的钱。

话务员备注：来电人称小区里至少还有十几位老人参加过，可以提供名单。""")

L(26, "fake-liquor-neighbour-shop", "eml", "demand", "yes", "c", "Market Regulation Administration", "normal", "zh", "indirect",
  "Wed, 21 Oct 2026 23:08:00 +0800", '"文具店老板" <wj_shop2026@example.com>', "石板街那家烟酒行",
  """您好，

石板街东头那家"福满堂烟酒行"，晚上九点以后会有面包车来卸货，都是没有外包装的白瓶子，卸进后面的仓库。第二天柜台上就多了很多箱名酒。我亲眼见过他们店里的人在仓库门口往瓶子上贴标签。附近好几家饭馆都在他那里进酒，一到婚宴季出货特别多。

我在同一条街做了十几年小生意，跟他家隔着三个门面。这条街上的人都知道他家大舅子以前是"管"这一片的，谁家店门口被人泼过油漆，大家心里都有数。我家店是租的，房东也是这条街上的人。

东西是不是假的，你们一查就知道。我就这么多话了。""")

L(27, "bilingual-fire-signs", "eml", "suggestion", "no", "-", "Emergency Management Bureau", "normal", "en", "-",
  "Thu, 22 Oct 2026 10:27:00 +0800", '"Hannah Brooks" <h.brooks@example.com>', "Suggestion: fire safety information in English",
  """Dear Mayor's Office,

I have lived in the city for three years and teach at an international school. During the fire drill last month we realised that almost none of the foreign parents knew what the building's alarm sounds like, where the assembly point is, or what number to call (many still think it is 911).

May I suggest:
- bilingual (Chinese/English) "exit" and "fire extinguisher" signs in apartment buildings with many foreign residents, and in hotels and serviced apartments;
- a one-page English leaflet on fire and gas safety (119, 120, how to shut the gas valve, what not to do with e-bike batteries) handed out when foreigners register their residence;
- an English session during the November fire safety month.

Happy to help translate if needed.

Hannah Brooks""")

L(28, "ebike-in-lift-rule", "json", "consultation", "no", "-", "Emergency Management Bureau", "normal", "zh", "-",
  "2026-10-23T12:30:00+08:00", ("宋宇航", "150-0000-8816", "", False, "江北区"), "物业禁止电动车进电梯合法吗",
  """我们小区物业装了电梯阻车系统，电动车一进电梯就报警，电梯门不关。现在楼下充电桩只有二十几个，根本不够用，很多人只好拆电池拎上楼。

我想咨询两个问题：一是物业这样做有没有法律依据，有没有规定不能把电动车推进电梯、推进家里？二是电池拆下来拎回家充电算不算违规？如果被查到会怎么处理？想先弄清楚规定再和物业谈。""")

L(29, "no-signal-new-estate", "eml", "demand", "no", "-", "Industry and Information Technology Bureau", "normal", "en", "-",
  "Fri, 23 Oct 2026 15:06:00 +0800", OPS_EN, "Call record 2026102301110",
  """Ticket: 2026102301110
Received: 2026-10-23 14:48
Caller: Mr. Raj Menon, 185 0000 2290, resident of Lanting Garden phase 2

Caller states that since moving into phase 2 of the Lanting Garden estate in July, there is almost no mobile signal inside the buildings and none at all in the underground car park. Calls drop after a few seconds and his wife, who is pregnant, could not call for a taxi one night. He has reported it to his mobile operator three times; each time he was told a base station is "being coordinated" with the property developer. Neighbours with other operators have the same problem. The estate has about 1,800 households.

Caller requests that the authorities push the operators and the developer to install indoor coverage or a base station as soon as possible.

Operator remark: Caller was polite and asked for a reply by phone.""")

L(30, "chengguan-beat-fruit-vendor", "eml", "complaint", "yes", "a", "Urban Management Bureau", "normal", "zh", "-",
  "Sat, 24 Oct 2026 19:48:00 +0800", '"过路人" <witness_1024@example.net>', "城管执法时打人，我有视频",
  """今天下午四点左右，在菜场北门口，一个卖橘子的老大爷推着三轮车摆摊，来了一辆城管执法车，下来三个人。其中一个穿执法服、个子不高、有点胖的（车门上喷的编号是0000-12），先是把老大爷的秤扔到车上，老大爷去拉三轮车不让拖，那人一把把老大爷推倒在地，还踢翻了两筐橘子。老人坐在地上半天起不来，是旁边卖菜的阿姨扶起来的。

占道摆摊不对可以罚，可以没收，但是动手打一个七十来岁的老人，这是执法吗？我用手机录了一段一分多钟的视频，需要的话可以提供。请上级部门调查这个队员。""")

# ---------------------------------------------------------------- 031-040
L(31, "last-bus-route-18", "eml", "information", "no", "-", "Transport Bureau", "normal", "zh", "short",
  "Sun, 25 Oct 2026 21:15:00 +0800", OPS, "来电记录 工单2026102502011",
  """工单号：2026102502011
来电人询问18路公交末班车几点从火车站发车。""")

L(32, "shed-extension-reported-thrice", "eml", "complaint", "no", "-", "Urban Management Bureau", "normal", "zh", "-",
  "Mon, 26 Oct 2026 11:40:00 +0800", OPS, "来电记录 工单2026102600733",
  """工单号：2026102600733
来电号码：173 0000 9468
来电人：任先生

来电人反映：金桂路一家汽修店在门前人行道上搭建铁皮棚，占了大半个人行道，行人只能走机动车道，晚上没有照明很危险。来电人称7月、8月、9月已分别通过12345反映过三次，每次回复都是"已交由属地城管中队处理"，但铁皮棚至今未拆，反而又往外扩了两米。

来电人表示并不清楚具体是哪位在处理，只是觉得三个月都没有结果，不知道问题卡在哪里。

诉求：请城管部门说明处理进度，依法拆除违建。

话务员备注：来电人同意公开其姓名和电话，便于回访。""")

L(33, "gym-transfer-fee-staff", "eml", "consultation", "yes", "c", "Market Regulation Administration", "normal", "en", "-",
  "Tue, 27 Oct 2026 22:20:00 +0800", '"J. Liu" <jliu.frontdesk@example.com>', "Question about gym membership transfer fees",
  """Hello,

I work at the front desk of a chain gym. From November our head office says that when a member wants to transfer an unused membership card to another person, we must charge a "transfer fee" of 500 yuan or 20% of the remaining value, whichever is higher, and refunds are not allowed at all. This is not written in the old contracts that members already signed.

Every day members shout at me about this and I honestly don't know what to tell them. Is it legal to add such a fee to contracts that were signed before? Is "no refunds under any circumstances" valid?

If my manager found out that I was the one who asked the government about the new policy I would lose this job, and I really need it right now.""")

L(34, "consumer-miniapp-mixed", "eml", "suggestion", "no", "-", "Market Regulation Administration", "normal", "zh", "mixed",
  "Wed, 28 Oct 2026 08:05:00 +0800", '"Mia 小乔" <mia.xq@example.org>', "建议：消费投诉能不能做个好用点的小程序",
  """Hi 市长信箱，

我是一个普通的 online shopper，一年大概买几百单。最近投诉一个卖 skincare 的网店卖过期产品，发现 process 特别麻烦：官网投诉入口要先下载一个 PDF 表格，打印、签字、扫描再上传，手机上根本 impossible。

Suggestion：
1. 做一个 mini program，直接拍照上传订单截图和 evidence，像外卖 App 一样能 track 进度；
2. 每一步有 notification，不要提交完就石沉大海；
3. 有个 FAQ 告诉大家"七天无理由""假一赔三"这些到底怎么用。

现在年轻人维权的意识挺强的，就是 UX 太劝退了。Thanks!""")

L(35, "fire-inspector-extinguishers", "json", "complaint", "yes", "a", "Discipline Inspection Commission", "normal", "zh", "-",
  "2026-10-28T16:50:00+08:00", ("何", "", "hotel_he@example.net", False, "北湖区"), "消防检查时指定购买灭火器",
  """我在北湖区开一家二十多个房间的小旅馆。10月中旬来了两个做消防检查的人，其中一个自称姓尤，是带队的。他们看了一圈，说我们的灭火器"型号不达标"，要整改，然后递给我一张名片，说"找这家买，他们懂标准，下次来直接就过"。

我后来打听，周边好几家旅馆、网吧都收到同一张名片，那家店的灭火器价格比外面贵一倍多。我原来的灭火器是去年刚买的，都在有效期内。有一家不肯买的，第二周就被查出"疏散指示不合格"，停业整改了。

我不知道这个尤姓检查员跟那家店是什么关系，但这样明显不对。请纪委查一查。""")

L(36, "is-12315-still-valid", "eml", "information", "no", "-", "Municipal Government Office", "normal", "zh", "short",
  "Thu, 29 Oct 2026 10:02:00 +0800", OPS, "来电记录 工单2026102900410",
  """工单号：2026102900410
来电人询问12315现在还能打吗，和12345有什么区别。已解答。""")

L(37, "praise-officer-zhou-refund", "html", "information", "no", "-", "Market Regulation Administration", "normal", "en", "-",
  "Thu, 29 Oct 2026 17:33:00 +0800", '"Oliver Grant" <oliver.grant@example.com>', "Thank you to Ms. Zhou Lan",
  """<html><body>
<p>Dear Mayor,</p>
<p>I just want to say thank you to <b>Ms. Zhou Lan</b> of the market regulation office in Baisha sub-district.</p>
<p>In September I paid a furniture shop 12,000 yuan for a dining table and chairs that never arrived. The shop kept giving excuses. Ms. Zhou took my complaint, went to the shop herself twice, explained the law to the owner in very clear terms and called me every few days with an update, even though my Chinese is not good. Last week the shop refunded the full amount.</p>
<p>She was patient, professional and kind. Please pass on my thanks to her and her supervisor. Feel free to use my name.</p>
<p>Oliver Grant</p>
</body></html>""")

L(38, "illegal-lpg-refill-garage", "eml", "demand", "yes", "b", "Emergency Management Bureau", "normal", "zh", "-",
  "Fri, 30 Oct 2026 14:27:00 +0800", OPS, "来电记录 工单2026103001096",
  """工单号：2026103001096
来电号码：隐藏
来电人：男，未留姓名

来电人反映：竹苑新村14栋一楼有一间车库被人改成了"换气点"，每天早上有人骑三轮车拉来几十个液化气钢瓶，在车库里用大罐往小瓶里倒气，然后送到附近饭店和出租屋。车库上面就是住户，车库门口经常能闻到气味。来电人称车库门上没有任何招牌，只有一个手写的电话号码。

诉求：请相关部门尽快查处这个非法充装点。

来电人要求：不要说是谁反映的，也不要回访他的电话。来电人称自己住得很近，"以后还要见面"。

话务员备注：按保密工单处理，不安排回访。""")

L(39, "ebike-charging-sheds-suggest", "eml", "suggestion", "no", "-", "Housing and Urban-Rural Development Bureau", "normal", "zh", "mixed",
  "Sat, 31 Oct 2026 09:40:00 +0800", '"卢振东" <luzhendong@example.net>', "老旧小区电动车充电的建议",
  """市长您好，

我住的是九十年代的老小区，没有物业，只有一个社区代管。全小区三百多户，电动车起码四百辆，但是没有一个集中充电点。大家只能 fly wire（飞线）或者推进楼道，真出事就是整栋楼的事。

一点建议：
1. 老旧小区改造时把集中充电棚作为 standard item，和加装电梯、雨污分流一起做；
2. 充电桩可以找企业来投资运营，按度或按小时收费，居民能接受，比如一块钱充四小时；
3. 棚子里装 smoke detector 和喷淋，接到社区值班电话。

光靠贴告示不让在楼道充电是没用的，得给大家一个能充电的地方。""")

L(40, "operator-hung-up-quoted", "eml", "complaint", "yes", "a", "Municipal Government Office", "normal", "en", "quoted",
  "Sun, 01 Nov 2026 16:12:00 +0800", OPS_EN, "Call record 2026110100820",
  """Ticket: 2026110100820
Received: 2026-11-01 15:51
Caller: Ms. Grace Adeyemi, 132 0000 7719

Caller states that she called the hotline yesterday (31 October, around 11:30) about a refund problem with an online travel agency. She read out to the operator the previous ticket record that was sent to her by SMS:

  "Ticket 2026103100517. Handled by operator no. 0127.
   Result: caller's English unclear, call ended."

Caller says her English was perfectly clear and that operator no. 0127 said "I don't understand, call again later" twice and then hung up while she was still speaking. She says she was not transferred to the English service although she asked for it.

Caller requests that the hotline office review the recording of that call and that the operator be spoken to. She also still wants help with the original refund.

Operator remark: Apologised to the caller. Original refund matter registered under a new ticket. This complaint concerns a hotline staff member; forwarded to the quality supervision team.""")

# ---------------------------------------------------------------- 041-050
L(41, "takeaway-sick-how-claim", "eml", "consultation", "no", "-", "Market Regulation Administration", "normal", "en", "-",
  "Mon, 02 Nov 2026 08:55:00 +0800", '"Lucas Ferreira" <lucas.f@example.org>', "Food delivery made me ill - how do I claim?",
  """Hello,

On Saturday I ordered chicken rice through a delivery app. A few hours later I had stomach cramps and a fever and spent the night at a clinic, which diagnosed food poisoning. I asked the app for compensation; they say I need "official proof" that the food caused it, otherwise they can only give me a 20-yuan coupon.

What counts as official proof here? Is the clinic's diagnosis enough, or do I need a lab test of the food (I threw it away, unfortunately)? Who is responsible, the restaurant or the platform? And where should I file the complaint if the app does not respond?

Thanks,
Lucas""")

L(42, "lift-stuck-pinyin-typos", "eml", "demand", "no", "-", "Market Regulation Administration", "normal", "zh", "typos",
  "Mon, 02 Nov 2026 19:30:00 +0800", '"zhang guifang" <zgf1951@example.com>', "dian ti you huai le",
  """shi zhang ni hao，我们双桥小区2栋的电梯又坏了，这个月关人三次了，上个星期六我孙子被关在里面四十分钟，打电话物业说修电梯的在路上 在路上。电梯里那张 jian yan 合格 的纸去年就过期了。我腿不好住九楼，天天不敢坐又不能不坐。请派人来查查这个电梯倒底安不安全，是不是该换了，谢谢  张桂芳 136 0000 1785""")

L(43, "expired-milk-supermarket", "json", "demand", "no", "-", "Market Regulation Administration", "normal", "zh", "two-intents",
  "2026-11-03T20:18:00+08:00", ("钱亦凡", "181 0000 6347", "qianyifan@example.com", False, "东湖区"), "超市卖过期牛奶，要求十倍赔偿",
  """11月2日在"惠邻生活超市"（海棠路店）买了两箱纯牛奶，每箱59.9元，回家给孩子喝了一盒才发现生产日期是今年5月，保质期半年，已经过期了两周。孩子当晚拉肚子。

去超市找，店长说可以退钱再送一提酸奶，但不同意按食品安全法赔偿，说"我们是小店，赔不起"。

诉求：要求超市按法律规定赔偿（价款十倍，不足一千按一千）。另外我当时看货架上同批次的还有好几箱，希望你们顺便去把整个超市的临期过期食品都查一下。小票、照片都有。""")

L(44, "school-canteen-anon-typos", "json", "complaint", "yes", "b", "Education Bureau", "normal", "zh", "typos",
  "2026-11-04T21:44:00+08:00", ("", "", "", True, "西城区"), "学校食堂饭菜问题",
  """我是某公办小学一个四年纪学生的家长，孩子最近一个月回家老说学校的午饭有酸味，上周三班里有五六个同学下午拉肚子，有个被家长接去医院了。家长群里说了以后，班主任让大家不要在群里"传谣"，学校到现在也没有一个说法，食堂照样是原来那个公司在做。

请教育局查一查学校食堂，给家长一个交代。学校名字不方便写太细，西城区那几所一查就知到，我家孩子还要在那里读两年。""")

L(45, "prepaid-blacklist-suggest", "multi", "suggestion", "no", "-", "Market Regulation Administration", "normal", "en", "-",
  "Thu, 05 Nov 2026 12:00:00 +0800", '"Ethan Wu" <ethan.wu@example.net>', "Idea: public list of businesses that vanished with prepaid money",
  """Dear Mayor,

The same people seem to open a gym or a beauty salon, sell hundreds of prepaid cards, close after a few months and then open a new shop under a new company name a few streets away. Consumers have no way of knowing.

I suggest the city publish an online list of businesses (and their legal representatives) that closed while owing prepaid-card money to customers, searchable by company name and by person. Before paying a few thousand yuan for a card, anyone could check in one minute.

It could also show which shops have a proper deposit guarantee, so honest businesses get a benefit from being on the "good" side.

Best regards,
Ethan Wu""")

L(46, "ktv-late-night-crowd-indirect", "eml", "demand", "no", "-", "Public Security Bureau", "normal", "zh", "indirect",
  "Fri, 06 Nov 2026 01:20:00 +0800", OPS, "来电记录 工单2026110600031",
  """工单号：2026110600031
来电号码：147 0000 2659
来电人：马先生

来电人反映：其家住在丰乐路"金嗓子量贩KTV"对面。来电人称KTV本身唱歌声音还能忍，但每天十二点以后门口就"很热闹"：一群一群喝得站不稳的人在马路中间吵，酒瓶子往花坛里砸，上周有两拨人在他家楼下"比划"了半个多小时，有人头上流着血走的，地上的玻璃碴第二天早上还在。来电人称他家孩子每天早上六点多要从那里走去上学。

来电人说"别的我也不多讲了，你们晚上派人来看一眼就知道了"。

话务员备注：来电人主要希望夜间加强该路段巡逻和管理，而不是噪声问题。""")

L(47, "noise-concert-sarcasm", "eml", "complaint", "no", "-", "Ecology and Environment Bureau", "normal", "zh", "sarcasm",
  "Sat, 07 Nov 2026 23:59:00 +0800", '"失眠的业主" <shimian_yezhu@example.org>', "感谢环保局送我们三个月免费演唱会",
  """要特别感谢一下环保局。

从八月到现在，我们滨河花园楼下那家酒吧每晚现场乐队唱到两点，我们反映了不下十次。每次的回复都一样："已要求经营者整改，经现场检测噪声达标。"检测时间都是下午三点，那个时候酒吧还没开门，当然达标了。

托你们的福，我们全楼的人三个月来每晚免费欣赏摇滚现场，连我家八十岁的老太太都会哼副歌了。

请问，检测噪声能不能挑一个酒吧开着门的时间？这么简单的要求，三个月了做不到吗？""")

L(48, "foreigner-dog-registration", "eml", "consultation", "no", "-", "Public Security Bureau", "normal", "en", "typos",
  "Sun, 08 Nov 2026 10:10:00 +0800", '"Yusuf Demir" <yusuf.demir@example.com>', "register my dog, foreigner",
  """Hello, i am from Turkey, work here in one company since last year. i have a small dog (poodle 4kg) who i bring with me from Istanbul with all quarantine paper. My landlady say i must make dog registration with police otherwise dog can be take away. But i am foreigner, i dont have chinese ID card, only passport and residence permit.

Can foreigner do dog registration? Which office i must go, what document need, and the dog must have the chip or the vaccine book is enough? Also how much it is cost every year.

thank you very much
Yusuf""")

L(49, "fire-safety-hall-booking", "eml", "information", "no", "-", "Emergency Management Bureau", "normal", "zh", "-",
  "Mon, 09 Nov 2026 15:37:00 +0800", OPS, "来电记录 工单2026110901288",
  """工单号：2026110901288
来电号码：134 0000 5056
来电人：樊老师（某幼儿园教师）

来电人询问：听说11月消防宣传月期间市消防安全体验馆对外开放，想带大班的二十个孩子去参观体验，想了解开放时间、地址、是否需要提前预约、团体预约的电话，以及是否收费。

话务员备注：来电人希望以短信形式收到预约方式。""")

L(50, "landlord-cadre-nephew-power-cut", "eml", "demand", "yes", "c", "Housing and Urban-Rural Development Bureau", "normal", "zh", "indirect",
  "Tue, 10 Nov 2026 20:46:00 +0800", '"外地来的租户" <zuhu_lao_li@example.net>', "房东断电逼我们涨房租",
  """我们一家四口在沙岗村租了一层自建房开小卖部加住人，合同签到明年六月，租金每月2200元，一直按时交的。上个月房东说要涨到3500，我们说合同没到期，他第二天就把我们那层的电闸拉了，冰柜里的雪糕、冻饺子全化了，损失两千多。现在我们每天从隔壁借电线用。

这个房东是村委会主任的亲侄子，村里的事基本都是他们家说了算。我家老二在村里的小学借读，明年还要在这里办居住证。村里以前也有租户跟他家闹过，后来那家的孩子就说学位"排不上了"。

我们只想按合同住到期，不想吵架，更不想以后孩子上学、办证处处被卡。请问这种情况该找哪里，能不能有人出面让他先把电恢复了。""")

# ---------------------------------------------------------------- 051-060
L(51, "hospital-billing-not-done", "eml", "complaint", "no", "-", "Health Commission", "normal", "en", "-",
  "Wed, 11 Nov 2026 11:25:00 +0800", '"Chloe Bernard" <chloe.bernard@example.org>', "Billed for tests that were never done",
  """Dear Mayor's Office,

My husband was treated at the Municipal Central Hospital for food poisoning on 3 November. When I checked the itemised bill I found two items, a CT scan and a blood culture, that were never carried out; the doctor decided against them in the end.

I went to the billing counter three times. Each time I was told that refunds of this kind can only be processed by the department that ordered the test, and the department told me to go back to billing. Nobody was rude; everyone simply sent me somewhere else. Last time I waited almost two hours and the counter closed.

I understand hospitals are busy, but there must be a clear procedure for correcting a wrong bill. Please ask the hospital to fix its process and refund the 860 yuan.

Chloe Bernard
+86 135 0000 4096""")

L(52, "restaurant-corkage-fee", "eml", "consultation", "no", "-", "Market Regulation Administration", "normal", "zh", "-",
  "Thu, 12 Nov 2026 13:50:00 +0800", OPS, "来电记录 工单2026111200975",
  """工单号：2026111200975
来电号码：152 0000 3310
来电人：姚先生

来电人咨询：下个月在一家酒店办孩子的满月酒，订了十五桌。酒店规定自带酒水每瓶收150元开瓶费，另外包厢有"最低消费3000元"的规定，不到最低消费要补差价。来电人想了解：
1. 餐饮单位收取开瓶费是否合法；
2. 包间最低消费是否属于霸王条款；
3. 如果已经签了预订单，事后还能不能主张。

话务员备注：来电人表示只是先了解政策，暂不投诉。""")

L(53, "fapiao-restaurant-suggest", "multi", "suggestion", "no", "-", "Taxation Bureau", "normal", "zh", "fullwidth",
  "Fri, 13 Nov 2026 09:12:00 +0800", '"贺文" <hewen_tax@example.com>', "关于餐饮店主动开具发票的建议",
  """市长您好！

最近出差回来报销，连续碰到三家饭店说「发票要加６％」「今天开票机坏了」「要开票得满５００元」，最后都没开成。我知道这些可以去举报，但每次为了几十块钱的发票跑一趟也不现实。

建议：
１．要求餐饮店在收银台醒目位置张贴「可扫码自助开具电子发票」的二维码；
２．在税务ＡＰＰ里做一个「拒开发票」一键反映入口，上传小票照片即可；
３．对一年内被反映多次的店铺集中检查一次。

这样商家没理由推，消费者也方便。谢谢！""")

L(54, "thanks-mayor-streetlights", "json", "information", "no", "-", "none", "normal", "zh", "-",
  "2026-11-14T19:05:00+08:00", ("孔繁星", "", "", False, "城南区"), "谢谢市长",
  """九月份我给市长信箱写过一封信，说我们回家那条巷子里的路灯坏了一半、晚上女孩子不敢走，后来很快就修好了，还多装了两盏。今天下班路过，亮堂堂的，心里很暖。没有别的事，就是想说一声谢谢，辛苦了。""")

L(55, "ticket-fixed-close", "eml", "information", "no", "-", "none", "normal", "en", "short",
  "Sun, 15 Nov 2026 08:21:00 +0800", '"Ben Carter" <ben.carter@example.com>', "Ticket 2026111000214 - solved",
  """Hi, the problem I reported last week has been fixed. No need to follow up. Thanks!
Ben""")

L(56, "pet-park-zone-suggest", "json", "suggestion", "no", "-", "Urban Management Bureau", "normal", "zh", "-",
  "2026-11-16T07:58:00+08:00", ("葛思彤", "199 0000 2754", "gesitong@example.org", False, "高新区"), "建议在公园里划定遛狗区域",
  """我是一个养了两只边牧的"狗主人"。现在公园门口都写着"禁止携犬入内"，我们只能沿着马路边遛，车多人多，狗狗也憋得慌，有的主人干脆晚上偷偷带进公园放开绳，反而吓到晨练的老人。

建议在湿地公园、滨江绿道这种面积大的地方，划一块有围栏的宠物活动区，设拾便袋箱和饮水点，规定开放时段，要求牵绳、办证、打疫苗的狗才能进。这样养狗的和不养狗的都能各得其所。愿意当志愿者帮忙维护。""")

L(57, "gutter-oil-employer-hypothetical", "eml", "consultation", "yes", "b", "Market Regulation Administration", "normal", "en", "indirect",
  "Mon, 16 Nov 2026 22:40:00 +0800", OPS_EN, "Call record 2026111602130",
  """Ticket: 2026111602130
Received: 2026-11-16 22:17
Caller: female, declined to give name; number withheld

Caller asked several questions "for a friend": if someone works in a restaurant kitchen and sees the boss buying cooking oil in unmarked plastic drums from a man on a tricycle, and the oil is dark and smells, is that illegal? If that person tells the authorities, will the boss be told who reported? Can the report be made without a name, and will anyone actually come if there is no name?

Caller repeatedly asked the operator not to record her number, and said that "the friend" lives in the staff dormitory above the restaurant.

Operator remark: Explained that reports can be made anonymously and that reporters' information is kept confidential. Caller said she would think about it and hung up. It appears the caller herself is the employee.""")

L(58, "gas-alarm-subsidy-elderly", "eml", "suggestion", "no", "-", "Emergency Management Bureau", "normal", "zh", "fullwidth",
  "Tue, 17 Nov 2026 10:16:00 +0800", '"欧阳敏" <ouyangmin@example.net>', "建议为独居老人免费安装燃气报警器",
  """市长您好：

我是社区志愿者，经常去独居老人家里走访。发现很多老人烧水、炖汤时会忘了关火，有的灶具连熄火保护都没有，胶管也是十几年前的。上个月我们片区一位８４岁的老人就因为汤溢出浇灭了火，屋里一下午都是煤气味，幸亏邻居闻到了。

建议：
（１）由政府出资或补贴，为７０岁以上独居老人免费安装可燃气体报警器和自动切断阀；
（２）报警器联网，报警时同时通知子女和社区；
（３）结合燃气公司入户安检，顺便把老化胶管换成金属波纹管。

一套设备几百元，比出一次事故便宜得多。""")

L(59, "online-fraud-case-no-news", "eml", "complaint", "no", "-", "Public Security Bureau", "normal", "zh", "two-intents",
  "Wed, 18 Nov 2026 16:03:00 +0800", OPS, "来电记录 工单2026111801422",
  """工单号：2026111801422
来电号码：180 0000 6693
来电人：蔡女士

来电人反映：其今年8月在网上买演唱会门票被骗6800元，当天即到辖区派出所报案并取得受案回执。此后三个多月，派出所一直没有任何进展告知，来电人打过去四次，每次接电话的人都不一样，都说"在办，等通知"。来电人称并不是说哪位民警态度不好，而是根本没人告诉她案子到了哪一步。

主要诉求：希望公安机关告知案件办理进度，建立能查询进度的渠道。
其次：咨询如果追回部分赃款，退款是怎样的流程。

话务员备注：来电人明确表示不介意实名，"我的名字电话随便给他们"。""")

L(60, "pet-shop-licence-short", "json", "consultation", "no", "-", "Administrative Approval Bureau", "normal", "zh", "short",
  "2026-11-20T11:30:00+08:00", ("邱晓", "156 0000 8802", "", False, "滨湖区"), "开宠物店要办哪些证",
  """想开个宠物店卖猫粮狗粮、做洗护，要办哪些证？去哪个窗口？""")


# ---------------------------------------------------------------- writers
def subj(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()

def crlf(text):
    return text.replace("\r\n", "\n").replace("\n", "\r\n")

def to_html(body):
    if body.lstrip().startswith("<"):
        return body
    paras = body.split("\n\n")
    return "<html><body>\n" + "\n".join(
        "<p>" + html.escape(p).replace("\n", "<br>") + "</p>" for p in paras) + "\n</body></html>"

def to_plain(body):
    import re
    t = re.sub(r"<br\s*/?>", "\n", body)
    t = re.sub(r"</p>", "\n\n", t)
    t = re.sub(r"<[^>]+>", "", t)
    return html.unescape(t).strip()

def write_eml(d, path):
    ident = "%s-%03d" % (W, d["num"])
    hdr = [
        "From: " + d["sender"] if d["sender"].isascii() else "From: " + encode_from(d["sender"]),
        "To: mayor@city.example",
        "Subject: " + subj(d["subject"]),
        "Date: " + d["date"],
        "Message-ID: <%s.%s@mail.example>" % (ident, d["slug"]),
        "MIME-Version: 1.0",
    ]
    if d["kind"] == "eml":
        hdr += ["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit"]
        msg = "\n".join(hdr) + "\n\n" + d["body"] + "\n"
    elif d["kind"] == "html":
        hdr += ["Content-Type: text/html; charset=utf-8", "Content-Transfer-Encoding: 8bit"]
        msg = "\n".join(hdr) + "\n\n" + to_html(d["body"]) + "\n"
    else:  # multipart/alternative
        b = "=_w24_%03d_alt" % d["num"]
        plain = to_plain(d["body"]) if d["body"].lstrip().startswith("<") else d["body"]
        hdr += ['Content-Type: multipart/alternative; boundary="%s"' % b]
        parts = [
            "This is a multi-part message in MIME format.",
            "--" + b,
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: 8bit",
            "",
            plain,
            "--" + b,
            "Content-Type: text/html; charset=utf-8",
            "Content-Transfer-Encoding: 8bit",
            "",
            to_html(d["body"]),
            "--" + b + "--",
        ]
        msg = "\n".join(hdr) + "\n\n" + "\n".join(parts) + "\n"
    with open(path, "wb") as f:
        f.write(crlf(msg).encode("utf-8"))

def encode_from(s):
    # '"显示名" <addr>' -> encoded display name
    import re
    m = re.match(r'\s*"?(.*?)"?\s*<([^>]+)>\s*$', s)
    name, addr = m.group(1), m.group(2)
    return Header(name, "utf-8").encode() + " <" + addr + ">"

def write_json(d, path):
    name, phone, email, anon, district = d["sender"]
    obj = {"id": "%s-%03d" % (W, d["num"]), "submitted_at": d["date"], "name": name,
           "phone": phone, "email": email, "anonymous": anon, "title": d["subject"],
           "content": d["body"], "district": district}
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=2)
        f.write("\n")

def main():
    os.makedirs(OUT, exist_ok=True)
    nums = [d["num"] for d in LETTERS]
    assert nums == list(range(1, 61)), nums
    rows = ["path\tcategory\tconfidential\treason\tdepartment\tpriority\tlanguage\thard"]
    for d in LETTERS:
        ext = "json" if d["kind"] == "json" else "eml"
        fn = "%s-%03d-%s.%s" % (W, d["num"], d["slug"], ext)
        p = os.path.join(OUT, fn)
        if ext == "json":
            write_json(d, p)
        else:
            write_eml(d, p)
        rows.append("\t".join(["letters/" + fn, d["cat"], d["conf"], d["reason"], d["dept"],
                               d["pri"], d["lang"], d["hard"]]))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(rows) + "\n")

if __name__ == "__main__":
    main()
