#!/usr/bin/env python3
"""w9 letters for the mayorbox judgement corpus (issue 11, round c).

Voices: outskirts and industrial parks -- shift workers, truck drivers,
construction crews, small-town shop owners, fishermen, fruit farmers,
dormitory residents, foreign engineers and visiting buyers.
Deterministic: everything is fixed in the table below.
Run:  python3 gen.py   -> writes letters/ and labels.tsv next to this file.
"""
import datetime
import html
import json
import os
import shutil
from email.header import Header
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "letters")
TZ = datetime.timezone(datetime.timedelta(hours=8))
W = "w9"

# Each letter: n, slug, fmt (eml | html | multi | json), date "YYYY-MM-DD HH:MM",
# sender (name, address) for e-mails, subject/title, body,
# labels: category, confidential, reason, department, priority, language, hard
# json letters also carry: name, phone, email, anonymous, district
L = []


def add(**kw):
    kw["body"] = kw["body"].strip("\n")
    L.append(kw)


add(n=1, slug="site-wages-13-carpenters", fmt="eml", date="2026-09-03 20:41",
    sender=("周建军", "zhoujianjun@example.com"),
    subject="工地欠我们13个人四个月工钱",
    body="""
市长您好：

我们是在临港新城南片区"锦澜湾"二期工地干木工的，一共13个人，都是四川过来的。从今年5月干到8月底，工钱一分没拿到，算下来总共28万6千多。包工头姓何，7月份还拍胸口说中秋前一定结清，结果9月1号电话就打不通了。去找总包单位的项目部，人家说钱早就拨给劳务公司了，让我们自己找。

我们现在还住在工地边上的板房里，饭都快吃不起了，家里娃娃要交学费。麻烦政府帮我们找一下总包和劳务公司，把这个钱要回来。考勤表和微信聊天记录我们都留着的。

联系人：周建军  电话 139 0000 6127
""",
    labels=("demand", "no", "-", "Human Resources and Social Security Bureau", "normal", "zh", "-"))

add(n=2, slug="labour-inspector-attitude", fmt="eml", date="2026-09-08 17:25",
    sender=("覃海鹰", "qinhaiying88@example.net"),
    subject="劳动监察大队接待人员的态度问题",
    body="""
9月8号上午我和两个工友去开发区劳动监察大队反映厂里拖欠加班费的事。接待我们的是一个四十来岁、戴眼镜的男的，工作牌上写的姓刘，编号好像是037。我们话还没讲完，他就把材料推回来，说"你们这些外地来的就是想多要钱，回去等着"，还说再来闹就叫保安。我们没闹，就是站着讲。

后来我们问能不能先登记一下，他说系统坏了，可是旁边窗口的人明明在登记。我们三个人请了半天假，每人扣了一百多块，白跑一趟。

想问问这种接待是不是正常的，请领导查一下。

覃海鹰  186-0000-3390
""",
    labels=("complaint", "yes", "a", "Human Resources and Social Security Bureau", "normal", "zh", "-"))

add(n=3, slug="work-permit-renewal", fmt="eml", date="2026-09-10 09:05",
    sender=("Markus Feldmann", "m.feldmann@feldtech.example"),
    subject="Work permit renewal when my contract is extended",
    body="""
Dear Sir or Madam,

I am a process engineer from Germany working at a bearing plant in the Xinghe Industrial Park since March 2025. My work permit expires on 14 December 2026. My employer has just offered me a two-year extension, but our HR assistant is not sure whether we need a new health check and a new criminal record certificate from Germany, or only the renewal form.

Could you tell me:
1. Which documents are needed for the renewal, and how many days before expiry we must apply?
2. The new contract starts on 1 January. Is there a problem with the gap between 14 December and 1 January?
3. Does my residence permit have to be renewed separately afterwards, or at the same time?

I would prefer not to fly home just for one paper. Thank you in advance.

Best regards,
Markus Feldmann
+86 131 0000 4478
""",
    labels=("consultation", "no", "-", "Human Resources and Social Security Bureau", "normal", "en", "-"))

add(n=4, slug="rental-block-no-water", fmt="eml", date="2026-09-12 07:48",
    sender=("小杨", "yang.xiaoye@example.org"),
    subject="停水三天了有没有人管",
    body="""
你好，我是住在石桥头村出租楼的，我们这片以经停水三天了，从9号晚上到现在，一滴都没有，就昨天半夜来了十分钟，水压低的跟没有一样。我们上夜班的回来想冲个凉都冲不成，只能去厂里拿桶打水回来。问房东，房东说是自来水公司的是情，打自来水公司电话一直占线，在也打不进去。

这边住了好几百人，大多数都是电子厂的，天这么热，这样下去真的不行。麻烦快点派人来看看是那里的管子出问题了，啥时候能来水给个准话。

杨  电话1350000-8812
""",
    labels=("demand", "no", "-", "Water Affairs Bureau", "normal", "zh", "typos"))

add(n=5, slug="checkpoint-officer-passport", fmt="eml", date="2026-09-12 22:10",
    sender=("Daniel Okafor", "d.okafor@eastport-pack.example"),
    subject="Conduct of a traffic officer at the Gangqian Road checkpoint on 11 September",
    body="""
Hello,

I am a maintenance engineer at a packaging company in the east port area. On Friday 11 September, around 7:40 in the morning, I was stopped at the checkpoint where Gangqian Road meets the expressway exit. I had my passport, my Chinese driving licence and the car registration with me.

The officer - a young man, badge number ending in 2261, with a small scar on his chin - took my passport and walked away with it for more than an hour. When I asked politely why, he shouted at me, first in Chinese and then in English: "You foreigners think you can do anything." He hit the roof of my car with his hand twice. My colleague in the passenger seat filmed part of it. In the end he gave the passport back with no ticket and no explanation, and I was late for a safety audit.

I do not want trouble. I want to know whether this is normal procedure, and I want someone to look at how this officer treats people. I can provide the video.

Daniel Okafor
139-0000-7751
""",
    labels=("complaint", "yes", "a", "Public Security Bureau", "normal", "en", "-"))

add(n=6, slug="last-bus-b12", fmt="json", date="2026-09-14 23:36",
    name="阿芬", phone="", email="afen.zhong@example.com", anonymous=False,
    district="鹭岭镇",
    subject="末班车",
    body="请问镇上到工业园的B12路末班车几点？下中班老是赶不上。",
    labels=("information", "no", "-", "Transport Bureau", "normal", "zh", "short"))

add(n=7, slug="farmers-fruit-stall-zone", fmt="eml", date="2026-09-15 12:20",
    sender=("黄德旺", "hdw.mandarin@example.net"),
    subject="建议给自产自销的果农划个卖果子的地方",
    body="""
我是白沙坳村种蜜桔的，家里十二亩园子。每年10月到12月是卖桔子的时候，我们这些老农只能挑着担子、开着三轮到镇上老车站那一带卖，城管一来就跑，桔子滚一地，也不好看。

我有个想法：能不能在镇上找块空地，比如粮站后面那块停车坪，每年就这两三个月，早上6点到10点，专门给自己种果子的农户摆，登记一下身份证和承包地就行，不收钱或者收一点点卫生费。这样城管省事，买的人也方便，马路也干净。听说隔壁县就是这么搞的，搞得蛮好。

黄德旺  137 0000 2045
""",
    labels=("suggestion", "no", "-", "Urban Management Bureau", "normal", "zh", "-"))

add(n=8, slug="steel-plant-night-noise", fmt="eml", date="2026-10-10 06:15",
    sender=("邹先生", "zou.c5@example.com"),
    subject="举报：工业园３号路一家厂晚上噪音扰民",
    body="""
我们住在恒泰工业园Ｃ区员工宿舍５栋，对面是一家做钢结构的厂（门口牌子写着"鑫钜钢构"），最近一个月每天晚上２２：００以后还在切割、敲打，一直搞到凌晨２、３点，声音大得像在耳朵边上打铁。我们很多人是上白班的，早上６：３０就要起床，根本睡不着。

１０月９日晚上我用手机软件测了一下，窗口有８５分贝左右。

举报这个厂夜间生产噪音扰民，请环保部门晚上来测一下，让他们晚上停下来。

宿舍５栋　邹先生　１５８　００００　３６１９
""",
    labels=("demand", "no", "-", "Ecology and Environment Bureau", "normal", "zh", "fullwidth"))

add(n=9, slug="xiaping-land-compensation", fmt="eml", date="2026-09-18 19:30",
    sender=("老钟", "zhong.xp@example.org"),
    subject="下坪村征地补偿的事，想请上面看看",
    body="""
市长：

今年修物流园的连接线，我们下坪村一共征了八十多亩地。我家四亩半脐橙园，挂果八年，补偿按"一般园地"算。村东头那块荒了五六年的地，长的全是茅草，登记的时候变成了"成片经济林"，补偿标准比我们高出一大截。那块地是谁家的，村里没有人不晓得，就是村主任他老婆的弟弟。

公示的那张表贴了两天就撕了，我们去村委要复印件，说没有了。测量那天，量我们家的是外面请来的人，量那块地的是村主任自己带过去的。

我不多说，事情摆在这里。请上面派人来看看那张原始测量表，就都清楚了。

老钟
""",
    labels=("complaint", "yes", "a", "Discipline Inspection Commission", "normal", "zh", "indirect"))

add(n=10, slug="is-12-hour-shift-legal", fmt="eml", date="2026-09-20 21:02",
    sender=("Kevin Li", "kevinli.line2@example.net"),
    subject="question about overtime",
    body="""
hello, my name is Kevin, I am work in a electronic factory in Fenghuang industrial zone about 2 years. Our manager say from october everybody must work 12 hour each day, 6 day one week, and the overtime will not pay money, only give "rest day" later. But the rest day never come.

I want ask is it legal? How many hour overtime in one month is allow by law? And if I say no to overtime, can company fire me? I not sign any paper about this new rule.

thank you very much, sorry my english not good.
Kevin (Li)
wechat same as phone 152 0000 7380
""",
    labels=("consultation", "no", "-", "Human Resources and Social Security Bureau", "normal", "en", "typos"))

add(n=11, slug="buyer-free-day-old-town", fmt="html", date="2026-10-19 22:47",
    sender=("Agnieszka Wójcik", "a.wojcik@meble-import.example"),
    subject="One free day - what to see near the city?",
    body="""
Hi,

I'm a furniture buyer from Poland, here for the autumn fair and factory visits until 24 October. On Thursday 22 October I have one day with no meetings. My supplier's assistant wrote me a note: "可以去青螺古镇，坐K5路大巴，一个小时" and "市博物馆周一闭馆，其他时间免费，要带护照".

Is that correct? Is 青螺古镇 open on weekdays, and does it need a ticket booked in advance on WeChat? I don't have a Chinese bank card. Also, is there an English audio guide at the 市博物馆?

Thanks a lot,
Agnieszka Wójcik
""",
    labels=("information", "no", "-", "Culture and Tourism Bureau", "normal", "en", "mixed"))

add(n=12, slug="shajiao-bay-dead-fish", fmt="json", date="2026-10-13 05:30",
    name="", phone="", email="", anonymous=False, district="沙角湾",
    subject="湾里又死鱼了，是排污口那边",
    body="""
我们是沙角湾打鱼的，十几条小船。这个月5号、12号两次，排污口那一片海面漂着死鱼，白花花一层，网拉上来的虾也是死的，闻着有股药水味。排污口上面就是新建的那个化工园，晚上八九点管子里出来的水是黄的，白天又清了。

请环保局的同志晚上来取个水样。名字就不留了，化工园里有我们村好几个后生在上班，留了名大家脸上不好看，他们在里面也难做。
""",
    labels=("demand", "yes", "b", "Ecology and Environment Bureau", "normal", "zh", "-"))

add(n=13, slug="shop-licence-address-change", fmt="eml", date="2026-10-16 14:10",
    sender=("曾小梅", "zxm.shop@example.com"),
    subject="小店搬了地方，营业执照地址咋改",
    body="""
您好，我在牛栏岗开个小百货店，卖点烟酒日用品，办的是个体户执照。原来的铺子房东收回去了，11月1号要搬到同一条街的58号，就隔三个门面。

想问一下：
1. 换地址要重新办执照，还是做个变更登记就行？
2. 能不能在手机上办？我一个人看店，走不开，去一趟办事大厅来回要一个半钟头。
3. 卖烟的那个证是不是也要跟着改，是不是同一个地方办？

谢谢！
曾小梅  138 0000 9251
""",
    labels=("consultation", "no", "-", "Administrative Approval Bureau", "normal", "zh", "-"))

add(n=14, slug="landlord-power-cut", fmt="eml", date="2026-10-18 21:55",
    sender=("竹园村租户", "zhuyuan.tenants@example.net"),
    subject="房东乱涨电费还拉电闸，我们不敢去找他",
    body="""
我们是在竹园村租房子住的，一栋楼四十多户，基本都是旁边注塑厂和五金厂的工人。房东以前电费一块二一度，10月份突然说要一块八，不交的就把电闸拉了。现在已经有七户被断电，其中一户有刚满月的小孩。

大家私下都说不敢跟他硬来，他家亲戚在村委管事。上回有个湖南的小伙子跟他吵了两句，第二个礼拜就被叫搬走，押金也没退。

我们就想请有关部门来管一下，房东能这样收电费吗？先把电给恢复了。

联系电话 177 0000 4136（白天上班接不了，晚上8点以后）
""",
    labels=("demand", "yes", "c", "Housing and Urban-Rural Development Bureau", "normal", "zh", "-"))

add(n=15, slug="thanks-officer-wang-ramp", fmt="eml", date="2026-09-18 10:02",
    sender=("雷振华", "leizhenhua.truck@example.org"),
    subject="感谢出城匝道口的王警官",
    body="""
9月16号晚上下大暴雨，我开着挂车在G325出城那个匝道口坏了，气管爆了，车横在那里动不了，后面的车一直按喇叭，我一个人急得不行。交警中队的王警官（后来问了才知道叫王立新）和一个辅警冒着雨帮我摆三角牌、疏导车辆，还帮我联系了拖车，一直陪到快12点。他自己浑身湿透了，连口水都没喝上。

我跑车十几年了，这样的警察碰到的不多。专门写封信，想让领导知道一下，表扬表扬他。

雷振华  (133)0000-5582
""",
    labels=("information", "no", "-", "Public Security Bureau", "normal", "zh", "-"))

add(n=16, slug="leaking-drums-lianfa-road", fmt="html", date="2026-09-26 16:28",
    sender=("Rajesh Menon", "r.menon@nanwan-coatings.example"),
    subject="URGENT: leaking chemical drums next to the bus stop on Lianfa Road",
    body="""
To whom it may concern,

I am writing from the Nanwan Chemical Park. Right now (Saturday 26 September, 16:20) there are about thirty blue 200-litre drums stacked outside the fence of a small plant at the end of Lianfa Road, right next to the bus stop. At least four of them are leaking a clear liquid that smells strongly of solvent - I would guess toluene or thinner. The puddle is running into the roadside drain.

Workers from our shift are waiting at that bus stop and some already complain of headaches. Nobody is at the gate of that plant; it seems closed for the weekend. Our own safety officer is on leave.

Please send the fire brigade or the chemical emergency team as soon as possible. I will stay nearby and keep people away from the bus stop.

Rajesh Menon, EHS engineer
+86 138 0000 2907
""",
    labels=("demand", "no", "-", "Emergency Management Bureau", "high", "en", "-"))

add(n=17, slug="van-city-pass", fmt="eml", date="2026-09-22 12:44",
    sender=("郝永强", "hao.yq@example.com"),
    subject="请问货车进城通行证怎么办",
    body="""
您好，我是跑建材的，车是4.2米的厢式货车，蓝牌。最近接了个活，要往城区几个装修工地送瓷砖，每天两三趟。听人说外环以内白天货车限行，要办通行证，可我在网上找了半天，只看到早晚高峰限行，没说清楚4.2米的算不算。

想问：
1. 蓝牌4.2米厢货在城区几点到几点不能进？
2. 通行证在哪里办，要带啥材料，能不能在交管12123上办？
3. 临时通行证一次能用多少天？

谢谢了，免得被拍。
司机 郝永强  159 0000 1873
""",
    labels=("consultation", "no", "-", "Public Security Bureau", "normal", "zh", "-"))

add(n=18, slug="persimmon-scale-0418", fmt="eml", date="2026-10-14 13:15",
    sender=("黎秀英", "lixiuying.home@example.net"),
    subject="城管中队的效率真是高",
    body="""
我要"表扬"一下我们镇城管中队的效率。10月14号早上七点半，我妈，六十八岁，在菜市场北门外面的路边摆了一个竹筐，卖自家树上摘的柿子，一筐不到二十斤。三个穿制服的同志开着一辆执法车专门赶过来，把筐子、秤，连她坐的小板凳一起收走了，柿子倒了一地。带头那个胖胖的，胸牌号0418，我妈求他把秤还给她，那杆秤是我爸留下的，他说"你再啰嗦连你一起带走"。

旁边两个卖衣服的大摊子都摆到人行道中间了，他们眼睛都没抬一下。看来一个老太太的二十斤柿子，对市容的威胁比那两个大摊子大多了，我们镇的市容真是有保障。

秤和板凳到现在还没还。请领导查一查这位0418同志是怎么执法的。

黎秀英  182 0000 6604
""",
    labels=("complaint", "yes", "a", "Urban Management Bureau", "normal", "zh", "sarcasm"))

add(n=19, slug="shuttle-metro-jinqiao", fmt="multi", date="2026-09-24 08:30",
    sender=("Hiroshi Tanaka", "h.tanaka@jq-autoparts.example"),
    subject="Suggestion: shuttle bus between the Metro Line 3 terminal and Jinqiao Industrial Park",
    body="""
Dear Mayor's Office,

I have worked at an auto-parts joint venture in Jinqiao Industrial Park for three years. Every morning many of us, Chinese and foreign staff, take Metro Line 3 to the Dongyuan terminal, and then there is a 4.5 km gap. The only bus, No. 218, comes every 35 minutes and is full by 7:30. People stand by the road waving at unlicensed cars that charge 15 yuan.

My suggestions:
- a shuttle bus every 10 minutes from 6:45 to 9:00 and from 17:00 to 20:30, from the metro exit to the park's main gates, perhaps co-funded by the companies in the park (I believe ours would join);
- bilingual stop signs, because visitors from abroad often get lost;
- a covered waiting area at the metro exit, because it rains a lot in spring.

I would be happy to share the commuting survey our company union made in August (312 answers).

Kind regards,
Hiroshi Tanaka
""",
    labels=("suggestion", "no", "-", "Transport Bureau", "normal", "en", "-"))

add(n=20, slug="night-piling-and-mud", fmt="eml", date="2026-09-28 00:47",
    sender=("苏建平", "su.jianping@example.org"),
    subject="工地天天半夜打桩，还有村口路上的泥",
    body="""
我们是上岭村的，村口对面在建一个物流仓库，从9月中旬开始，晚上十一二点还在打桩，咚咚咚的，整个村子的窗户都在抖，老人小孩根本睡不着。问过工地门卫，说是赶工期，有夜间施工证明，我们也没见过是啥证明。

还有，拉土的泥头车进进出出，村口那段路全是泥，一下雨滑得要命，上礼拜一个骑电动车送孩子的媳妇摔了一跤。

一是请管一管夜里打桩的事，不能天天这样搞；二是路上的泥能不能叫工地每天冲一冲。

上岭村 苏建平  电话 135-0000-2218
""",
    labels=("demand", "no", "-", "Ecology and Environment Bureau", "normal", "zh", "two-intents"))

add(n=21, slug="health-centre-red-envelope", fmt="eml", date="2026-10-21 08:12",
    sender=("钟亚平", "zhongyaping@example.com"),
    subject="卫生院做手术前暗示要钱",
    body="""
我父亲今年71岁，10月19号因为胆结石住进柳塘镇中心卫生院，准备做手术。20号下午，管床的外科医生姓陈，三十多岁，把我叫到楼梯间，说手术排得满，要排到下个礼拜，"你懂的话可以早点"。我问要多少，他伸了五个手指头，还说"麻醉那边也要打点一下"。

我们是农村的，五千块不是小数目。我没给，第二天护士就说手术时间还没定。我父亲一直在疼，吃不下东西。

卫生院是公家的，医生这样做对不对？请卫生部门来查一查，也请先把我父亲的手术安排了。

家属 钟亚平  191 0000 3527
""",
    labels=("complaint", "yes", "a", "Health Commission", "normal", "zh", "-"))

add(n=22, slug="pension-transfer-home", fmt="eml", date="2026-10-02 20:20",
    sender=("宋长河", "songchanghe@example.net"),
    subject="辞工回老家，社保咋转",
    body="""
你好，我在五金厂干了6年，养老保险交了6年，中间换过一次厂，断了两个月。今年年底打算回河南老家，不出来了。想问一下：

1. 这边交的养老保险能不能转回老家？要我本人过来办，还是在老家那边申请就行？
2. 断的那两个月还能不能补交？
3. 医保是不是也要一起转，还是分开办？

我们车间好几个老乡都要问这个，麻烦讲清楚点，谢谢。

宋长河  +86 150 0000 6691
""",
    labels=("consultation", "no", "-", "Human Resources and Social Security Bureau", "normal", "zh", "-"))

add(n=23, slug="legal-aid-near-zone", fmt="json", date="2026-10-05 11:35",
    name="吴桂兰", phone="188 0000 7016", email="", anonymous=False,
    district="经开区",
    subject="开发区附近哪里有免费的法律援助",
    body="我老公在厂里被机器轧伤了手，厂里只给了八千块就不管了。听说可以找法律援助，不要钱。请问开发区这边或者镇上有没有法律援助的地方？地址在哪里，星期六开不开门？",
    labels=("information", "no", "-", "Justice Bureau", "normal", "zh", "-"))

add(n=24, slug="supplier-vanished-deposit", fmt="eml", date="2026-10-07 23:05",
    sender=("Carlos Mendoza", "c.mendoza@andes-import.example"),
    subject="Supplier in Huayuan town closed with our deposit - need help to reach the owners",
    body="""
Dear Sir/Madam,

My company in Lima imports LED lighting. In July we paid a 30% deposit (USD 18,400) to a factory in Huayuan town for 12,000 panel lights, delivery promised for 30 September. When I visited on 6 October, the factory gate was locked, the machines were gone and there was a paper notice on the door. The sales manager's phone is switched off. Neighbours say the boss moved production "somewhere inland".

We have the contract, the proforma invoice with their company chop, and the bank transfer record. I am in the city until 18 October. Could your office help us find the legal owners of the company, or ask the town authorities to arrange a meeting with them? We do not want a fight, we want either the goods or the money back. Stories like this are not good for other buyers who are thinking of ordering from your region.

Carlos Mendoza
Purchasing Director
+51 1 0000 4410 / in China 137 0000 8120
""",
    labels=("demand", "no", "-", "Commerce and Investment Promotion Bureau", "normal", "en", "-"))

add(n=25, slug="hotline-closed-unresolved", fmt="eml", date="2026-10-15 23:10",
    sender=("Tomasz Nowak", "tnowak@example.org"),
    subject="My 12345 request was closed as handled - nothing happened",
    body="""
Hello,

On 2 October I reported through the hotline that the street lights along the service road of Dongshan Industrial Zone, between the canteen and dormitory block 4, had been off for three weeks. Today I received this text message:

> 【12345】Dear citizen, your request No. 20261002-0000-3187 has been handled and closed. Thank you for your support. Reply 1 satisfied, 2 not satisfied.

Nobody called me, nobody came, and the lights are still off tonight - I walked there at 22:30 to check. I replied "2" and have had no answer.

I am not angry with the people who answer the phone, they were polite. But a system that closes a case without checking is not working. Please reopen it, and tell me who is actually responsible for those lights.

Tomasz Nowak
""",
    labels=("complaint", "no", "-", "Municipal Government Office", "normal", "en", "quoted"))

add(n=26, slug="gate-streetlight-out", fmt="eml", date="2026-10-08 06:50",
    sender=("夜班的", "yeban.meiling@example.com"),
    subject="路灯",
    body="""
梅岭路东头厂门口那段路灯坏了半个月了，下夜班黑灯瞎火的，谁来修一下？
""",
    labels=("demand", "no", "-", "Urban Management Bureau", "normal", "zh", "short"))

add(n=27, slug="moratorium-subsidy-earlier", fmt="eml", date="2026-09-05 15:00",
    sender=("林阿水", "lin.ashui@example.net"),
    subject="伏季休渔补贴能不能早点发",
    body="""
我是黄岐渔港的船老大，船是12米以下的小钢板船。每年5月1号到8月16号休渔，三个多月没收入，船上请的两个伙计工资还要照发一部分，贷款也要还。休渔补贴每年都要拖到年底，有时候第二年开春才到账，大家只能去借钱过日子。

建议：
一、补贴能不能在休渔开始的时候先发一半，结束后再发剩下的；
二、申请表年年都一样，能不能别每年都叫我们跑村里、镇里、海洋站盖三个章；
三、休渔期间镇上能不能组织点短工，比如补渔网、清海漂垃圾，给点工钱。

林阿水  (0596) 0000 3378
""",
    labels=("suggestion", "no", "-", "Agriculture and Rural Affairs Bureau", "normal", "zh", "-"))

add(n=28, slug="safety-station-never-came", fmt="eml", date="2026-10-11 21:40",
    sender=("吕建国", "lvjianguo76@example.org"),
    subject="镇安监站的同志们辛苦了",
    body="""
我在凤岗镇一家做喷漆的小厂上班，厂在老粮所后面。车间里稀料桶就堆在配电箱旁边，灭火器是过期的，去年就过期了，消防通道堆满了货。这个情况我在镇政府网站上留言过两次，7月一次，9月一次，回复都是"已转安监站核查"。

核查了啥我不晓得，反正车间一个人都没来过。可能安监站的同志们觉得我们厂太安全了，不用来，毕竟火还没着起来嘛，等着了再来也来得及。

我就想问一句：安监站到底去没去？请上面督促一下。我写真名是想有人回个电话，可说实话心里也打鼓，厂子就这么大，老板要是晓得是谁捅出去的，我这份工也就到头了，家里两个孩子还在镇上读书。

吕建国  136 0000 5507
""",
    labels=("complaint", "yes", "c", "Emergency Management Bureau", "normal", "zh", "sarcasm"))

add(n=29, slug="glue-shop-ventilation", fmt="eml", date="2026-10-24 22:30",
    sender=("一名员工", "banzu.night@example.net"),
    subject="调胶车间抽风机坏了一个多月",
    body="""
领导好，我是城北科技园一家胶粘剂厂的工人，在调胶车间。车间里的抽风机坏了一个多月，窗户是封死的，味道大得呛眼睛。厂里发的就是普通的一次性口罩，不是防毒的。这两个礼拜已经有三个人头晕呕吐，去卫生院看过，回来厂里说是他们自己没吃早饭。

请你们来车间看一下，最好是突然来，别提前打招呼。这封信请不要说是谁写的，也别让厂里知道是车间里的人反映的，我们班组就十几个人，一查就查出来了。
""",
    labels=("demand", "yes", "b", "Emergency Management Bureau", "normal", "zh", "-"))

add(n=30, slug="typhoon-boat-trip", fmt="eml", date="2026-09-29 10:15",
    sender=("Lena Hoffmann", "lena.hoffmann@example.com"),
    subject="Typhoon forecast for Saturday 3 October?",
    body="""
Hi,

Our factory's foreign staff association has booked a boat trip to Xiaomei island for Saturday 3 October, about 40 people, mostly engineers and their families. Today I saw on the news that a typhoon is forming to the east. The boat company says they will only decide on the morning itself.

Where can I find the official typhoon track and warnings in English? And is there any forecast yet of whether the wind on the coast will be above level 6 on Saturday? We would rather cancel now than put children on a rocking boat.

Thank you,
Lena Hoffmann
""",
    labels=("information", "no", "-", "Meteorological Bureau", "normal", "en", "-"))

add(n=31, slug="braised-food-shop-licence", fmt="json", date="2026-10-26 09:40",
    name="谭秋菊", phone="147 0000 2296", email="tanqiuju@example.com", anonymous=False,
    district="大坪圩镇",
    subject="开卤味店要办什么证",
    body="我在大坪圩镇上租了个十几平方的门面，想开个卤味店，自己卤鸭脖、猪耳朵这些，现做现卖，也想在外卖平台上卖。请问要办哪些证？食品经营许可证是不是一定要办？我那个铺子不大，卤的地方和卖的地方在同一间，这样能批下来吗？健康证在哪里办，多少钱？",
    labels=("consultation", "no", "-", "Market Regulation Administration", "normal", "zh", "-"))

add(n=32, slug="talent-apartment-lift", fmt="eml", date="2026-11-02 19:05",
    sender=("Arjun Iyer", "arjun.iyer@xiyuan-labs.example"),
    subject="Lift in Talent Apartment Block B 坏了 again",
    body="""
Dear Sir/Madam,

I live in Block B of the 人才公寓 in Xiyuan Science Park, 17th floor. The lift (电梯) has been broken since 28 October, the third time this year. The 物业 (property management) told me "师傅 will come tomorrow" - they have said 明天 every day for five days. There is an elderly couple on the 21st floor; the grandmother has not gone downstairs since then.

I asked the 物业 office for a written repair plan, but they only say 没办法, 等配件. Please ask them to fix it properly and to tell residents when. Rent is 2,600 per month including 物业费, so we are paying for this service.

Thanks,
Arjun Iyer, 173 0000 4025
""",
    labels=("demand", "no", "-", "Housing and Urban-Rural Development Bureau", "normal", "en", "mixed"))

add(n=33, slug="overload-station-wechat-cash", fmt="eml", date="2026-10-29 23:50",
    sender=("老邓", "deng.sixaxle@example.com"),
    subject="超限检测站晚上收钱不开票",
    body="""
我是跑沙石料的，六轴车，每天在S218线鹤塘超限检测站过两趟。上个月开始，站里有个穿制服、三十多岁的瘦高个，别人都喊他"黄队"，晚上十点以后值班。车过磅超一点点，他不让卸货也不开罚单，就说"三百，走吧"，扫他个人的微信码。一个月下来我被收了六次，一千八。

我们车队七八个司机都碰到过。我还要天天跑这条线，别的不求，请上面的人来查一查这个钱到底进了谁的口袋。我手机里有转账记录，收款的微信名叫"黄X·平安"。

司机 老邓
""",
    labels=("complaint", "yes", "a", "Discipline Inspection Commission", "normal", "zh", "-"))

add(n=34, slug="dorm-old-clothes-donation", fmt="eml", date="2026-10-27 16:00",
    sender=("阿玲", "aling.sushe@example.org"),
    subject="宿舍旧棉被旧衣服捐到哪里",
    body="""
你好，我们宿舍楼十一月初有一批人合同到期要回老家，留下好多旧棉被、棉衣、冬天的鞋子，八九成新，扔了可惜。

请问我们这附近（南坑工业区）有没有正规的捐赠点？是放社区的旧衣回收箱就行，还是有地方能直接捐给山区的？一共大概二十几袋，能不能有人上门来拉？

宿管 阿玲  150-0000-8843
""",
    labels=("information", "no", "-", "Civil Affairs Bureau", "normal", "zh", "-"))

add(n=35, slug="fapiao-foreign-buyer", fmt="eml", date="2026-10-30 10:30",
    sender=("Grace Whitfield", "grace.w@southcross-hardware.example"),
    subject="Fapiao and VAT question for a foreign buyer",
    body="""
Hello,

I'm a buyer for a hardware distributor in Melbourne. I buy small batches of hand tools directly from two workshops in the Qiaobei area and pay them by bank transfer from Australia. One workshop offers a 6% discount if we "don't need a fapiao". The other says a foreign company cannot get a fapiao at all.

My questions: can a foreign company with no entity in China receive a fapiao for goods it buys and exports? Is it legal for the supplier to sell without issuing one? And if the goods are exported, who is supposed to claim the export VAT rebate - the workshop or an export agent?

I don't want to get my suppliers or myself into trouble.

Regards,
Grace Whitfield
""",
    labels=("consultation", "no", "-", "Taxation Bureau", "normal", "en", "-"))

add(n=36, slug="fake-fertiliser-peach-trees", fmt="json", date="2026-09-09 18:20",
    name="卢水根", phone="139 0000 7742", email="", anonymous=False,
    district="云溪镇",
    subject="举报农资店卖假肥料，我家桃树死了一片",
    body="""
今年3月在镇上"丰收农资"买了40包复合肥，包装上写的总养分45%。施了以后桃树叶子发黄，到7、8月份死了60多棵，都是五六年的树。后来我拿剩下的两包去县里化验，说养分不到20%。找店老板，他说是厂家的事，他不管。跟我一样买了这个肥的，还有下洋村、塘尾村的十几户。

请农业部门查一下这家店和这个牌子的肥料，帮我们讨个赔偿。化验单和收据都在。
""",
    labels=("demand", "no", "-", "Agriculture and Rural Affairs Bureau", "normal", "zh", "-"))

add(n=37, slug="arbitration-postponed-thrice", fmt="eml", date="2026-10-28 20:12",
    sender=("谢志成", "xiezhicheng@example.net"),
    subject="劳动仲裁一拖再拖，已经第三次延期",
    body="""
我因为被公司违法辞退，7月10号向区劳动人事争议仲裁院申请仲裁，8月受理。开庭日期本来是9月8号，前一天收到短信改到9月29号，29号前一天又改了。昨天又来一条：

"【仲裁院】您好，您的案件（案号：劳人仲案字〔2026〕第0000-1452号）因工作安排，开庭时间调整为11月17日，具体时间另行通知。"

三次都是前一天晚上才通知，我每次都请好了假、约好了证人。我现在没工作，就靠这个案子拿钱交房租。打电话过去问原因，都说"案子多，排不过来"。

我理解你们忙，但法定的审理期限是多少天？总不能无限延下去吧。请督促一下，给个确定的日子。

申请人 谢志成  135 0000 9024
""",
    labels=("complaint", "no", "-", "Human Resources and Social Security Bureau", "normal", "zh", "quoted"))

add(n=38, slug="truck-rest-area-port-north", fmt="eml", date="2026-11-04 03:20",
    sender=("盛国富", "shengguofu@example.com"),
    subject="建议物流园旁边建个货车司机休息区",
    body="""
我们跑长途的到了港北物流园，装卸经常要排队等五六个钟头，有时候要等到第二天。园区里面不让停，只能停在外面省道的路肩上，晚上大车一辆挨一辆，很危险，去年就追尾过一回。附近也没厕所，没地方洗把脸，吃口饭要走两公里。

建议在物流园旁边那块空着的地上搞个货车停车休息区，有厕所、热水、能洗澡，收点停车费都行，司机愿意出。另外最好搞个排队叫号，手机上能看到排到第几了，不用人在车上死等。

司机 盛国富  131 0000 6653
""",
    labels=("suggestion", "no", "-", "Transport Bureau", "normal", "zh", "-"))

add(n=39, slug="tower-crane-school-road", fmt="multi", date="2026-11-10 10:45",
    sender=("Park Min-jun", "mj.park@hanseoul-safety.example"),
    subject="Tower crane at the Ruixiang Garden site leaning - school road below",
    body="""
Dear officials,

I am a construction safety consultant from Korea, visiting a client next to the Ruixiang Garden residential project this morning (Tuesday 10 November). The tower crane on the north side of that site is visibly leaning, and when the wind picks up, the jib swings while loaded with rebar. Two of the tie bars between the mast and the building appear to be disconnected.

Directly under the swing radius is the footpath that the children of Hexi Primary School use; classes end at 16:30. I told the gate guard, but he said the foreman is not on site.

This is a serious risk of collapse. Please send inspectors or stop the crane today, and close the path below until it has been checked.

Park Min-jun
+82 10 0000 5531 / local 186 0000 7142
""",
    labels=("demand", "no", "-", "Housing and Urban-Rural Development Bureau", "high", "en", "-"))

add(n=40, slug="er-doctor-injured-worker", fmt="html", date="2026-11-06 11:00",
    sender=("Paolo Bernardi", "p.bernardi@shuikou-textile.example"),
    subject="Treatment of our injured worker at the district hospital emergency room",
    body="""
Dear Sir or Madam,

I am the production manager, from Italy, of a textile factory in Shuikou. On the night of 3 November one of our workers, Mr. Gan, 24 years old, cut his forearm deeply on a machine. We drove him to the emergency room of the Second District People's Hospital at 23:10.

The doctor on duty - a man in his fifties, the name on his coat was Zhou - stayed on his phone watching videos for about forty minutes while Mr. Gan bled through three towels. When I asked him, in my bad Chinese, to please look at the wound, he laughed and told the nurse "the foreigner is in a hurry, let him wait". Only after a nurse insisted did he stitch the wound, roughly and without cleaning it properly. Two days later it was infected.

This is a public hospital. I would like the hospital and the health authority to look into this doctor's behaviour that night. I have the registration slip with the time stamp.

Sincerely,
Paolo Bernardi
""",
    labels=("complaint", "yes", "a", "Health Commission", "normal", "en", "-"))

add(n=41, slug="hengli-market-moved", fmt="eml", date="2026-10-10 09:30",
    sender=("邝伯", "kuang.orange@example.net"),
    subject="横沥中心市场搬到哪去了",
    body="""
请问一下，横沥镇的中心农贸市场是不是国庆后搬了？我前天拉了一车橙子过去，原来的地方围起来了，说要改造。新的临时市场在哪里？几点开门，几点散？外地果农进去摆要不要交钱，找谁登记？

果农 邝伯  138-0000-6305
""",
    labels=("information", "no", "-", "Commerce and Investment Promotion Bureau", "normal", "zh", "-"))

add(n=42, slug="dorm6-lift-dropped", fmt="eml", date="2026-11-19 22:15",
    sender=("Ramon Dela Cruz", "ramon.dc@example.org"),
    subject="About the lift in dormitory building 6",
    body="""
Hello,

I'm one of the Filipino technicians staying in dormitory building 6 of the Hongda Electronics campus in Baishi Industrial Park. Since Tuesday most of us take the stairs to the 14th floor, even the ones carrying their laundry.

On Tuesday evening, 17 November, the lift dropped from the 9th floor to the 7th with four people inside and stopped hard; one colleague hurt his knee. Afterwards a man from the management company came, pressed some buttons, and since Wednesday morning the lift has been running again, with the same inspection certificate in the frame, the one that expired in June.

People still use it because the night shift is tired. We keep saying to each other that someone should really check it before it happens again with more people inside.

Ramon Dela Cruz, Room 1108
""",
    labels=("demand", "no", "-", "Market Regulation Administration", "high", "en", "indirect"))

add(n=43, slug="tax-hall-window-three", fmt="eml", date="2026-10-28 15:30",
    sender=("蔡", "cai.hardware@example.com"),
    subject="稅務大廳三號窗口服務態度",
    body="""
市長您好：

本人在鎮上開五金店三十餘年，年紀大了，不會用手機ＡＰＰ。１０月２７日上午９點多到稅務分局辦稅大廳，想代開一張增值稅發票，排到三號窗口。窗口那位女士，短頭髮，約三十歲，聽我說不會用手機，當場說：「不會用就回去叫你兒子來，別浪費大家時間。」然後把我的身份證丟回來，叫下一號。

我兒子在外省工作，哪裡叫得回來？旁邊一位年輕人看不過去，幫我在手機上弄了半個鐘頭才辦好。

我不是要為難誰，只希望這位窗口人員對老人家客氣一點。請領導查明。

鎮上五金店　老蔡　電話：１３９　００００　２６６８
""",
    labels=("complaint", "yes", "a", "Taxation Bureau", "normal", "zh", "fullwidth"))

add(n=44, slug="migrant-child-school", fmt="json", date="2026-11-07 21:00",
    name="何春燕", phone="156 0000 3081", email="", anonymous=False,
    district="高新区",
    subject="孩子上学",
    body="外地户口的孩子在工业园这边能上公办小学吗？要啥材料？",
    labels=("consultation", "no", "-", "Education Bureau", "normal", "zh", "short"))

add(n=45, slug="lane-blocked-tin-shed", fmt="eml", date="2026-11-09 20:30",
    sender=("张伯", "zhangbo.dongpu@example.org"),
    subject="巷子被铁皮房堵了，消防车进不来",
    body="""
我在东埔村老街开了个小杂货店二十多年。今年8月，隔壁一户在自家门口往外搭了一个铁皮房，占了巷子一大半，现在巷子只剩一米多宽，三轮车都过不去。后面住了三十多户，真要着了火，消防车根本进不来。

我跟他说了一句，他当着好几个人的面讲"你再多嘴，你那个店也开不成"。他有个亲戚在镇里上班，大家都知道，村里没人敢出声。我这个店的执照明年要年检，我是真怕他找人卡我。

还是想请城管的来看一下，那个铁皮房到底有没有手续，没有的话就拆了。

东埔村 张伯  134 0000 7706
""",
    labels=("demand", "yes", "c", "Urban Management Bureau", "normal", "zh", "-"))

add(n=46, slug="buyer-help-desk", fmt="json", date="2026-11-11 14:00",
    name="Mohammed Al-Rashid", phone="+971 50 0000 3321", email="m.rashid@gulftrade.example",
    anonymous=False, district="Binjiang New District",
    subject="Suggestion: an English help desk for visiting buyers",
    body="""
I have visited your city four times this year to source kitchenware from factories in the outer districts. Each time the hardest part is not the factories but the small things: getting a taxi from the hotel to a factory address written only in Chinese, paying without a Chinese phone number, knowing which companies are real manufacturers and which are trading offices.

My suggestion is a small help desk for foreign buyers, at the exhibition centre and online, where we can check a company's business licence, get addresses printed in Chinese, and ask someone in English about payment and transport. Some other cities already do this. It would bring you more orders, I promise.
""",
    labels=("suggestion", "no", "-", "Commerce and Investment Promotion Bureau", "normal", "en", "-"))

add(n=47, slug="road-repair-next-month", fmt="html", date="2026-11-12 12:05",
    sender=("甘卫东", "gan.weidong@example.net"),
    subject="\u201c下个月就修\u201d\u2014\u2014第三年了",
    body="""
塘坑社区到工业大道那条700米的水泥路，坑坑洼洼，一下雨就成了鱼塘，我们工人每天骑电动车上下班都得练杂技。

2024年4月街道说"下个月修"，2025年3月说"已经列入计划，下个月修"，今年6月又说"预算批了，下个月修"。我算了一下，这个"下个月"已经走了二十九个月，比我儿子学走路还慢。建议街道干脆把"下个月就修"做成牌子立在路口，好歹也算个景点。

上礼拜一个大姐在那摔断了手腕。街道到底修不修，给句实话。

塘坑社区居民 甘卫东
""",
    labels=("complaint", "no", "-", "Municipal Government Office", "normal", "zh", "sarcasm"))

add(n=48, slug="no-signal-workshop-b", fmt="eml", date="2026-11-13 18:40",
    sender=("Oliver Grant", "oliver.grant@example.com"),
    subject="No mobile signal in workshop zone B (and a small question)",
    body="""
Hello,

I work as a commissioning engineer at a new battery materials plant in Gaotang Industrial Park. Inside workshop zone B and in the whole area behind the warehouse there is no mobile signal at all - China Mobile, Unicom and Telecom all show zero bars. About 200 people work there in shifts. If there is an accident, workers cannot call 120 from the floor; they have to run 300 metres to the gate. We have asked the operators three times since August; each time a technician came, measured, and said a new base station "needs approval from the park".

Could you please push the operators and the park management to solve this? It is a real safety gap.

Also, a separate small question: I have a UK driving licence. Where do I go to convert it to a Chinese one?

Thanks,
Oliver Grant
""",
    labels=("demand", "no", "-", "Industry and Information Technology Bureau", "normal", "en", "two-intents"))

add(n=49, slug="work-injury-still-processing", fmt="eml", date="2026-11-01 13:25",
    sender=("Vivian 罗", "vivian.luo@example.org"),
    subject="工伤认定的 process 想问一下",
    body="""
你好，我是外资厂的 operator，9月25号在 line 3 上换模具的时候手被夹了，两个手指骨折。厂里的 HR 说会帮我申请工伤，但是到现在一个多月了，每次问都说 "still processing"。

想问：
1. 工伤认定一般要多久？
2. 公司如果一直不报，我自己能不能去申请，deadline 是多久？
3. 认定下来之前的医药费和停工期间的工资，公司应不应该先付？

谢谢！
Vivian 罗 / 152 0000 3368
""",
    labels=("consultation", "no", "-", "Human Resources and Social Security Bureau", "normal", "zh", "mixed"))

add(n=50, slug="metro-line7-binhai", fmt="eml", date="2026-11-14 08:05",
    sender=("Sam Oduya", "sam.oduya@example.net"),
    subject="Metro Line 7",
    body="""
Is Metro Line 7 running to Binhai Logistics Park station yet? I need it from Monday. Thanks, Sam
""",
    labels=("information", "no", "-", "Transport Bureau", "normal", "en", "short"))

add(n=51, slug="night-slag-dumping-anon", fmt="json", date="2026-10-31 02:10",
    name="", phone="", email="", anonymous=True, district="北湖开发区",
    subject="半夜倒废渣，打了三次电话没人来",
    body="""
开发区北边那条河汊子，每个礼拜有两三个晚上，凌晨一两点就有没挂牌的自卸车来倒黑乎乎的废渣，一倒就是好几车，第二天河面上都是油花。8月到10月我打了三次12369，每次都说"已经记录，会安排人员核查"，可一次都没人来，也没人回电话。

环保局的夜间巡查到底有没有？打电话还有什么用？请给个说法。
""",
    labels=("complaint", "yes", "b", "Ecology and Environment Bureau", "normal", "zh", "-"))

add(n=52, slug="boss-keeps-id-cards", fmt="json", date="2026-11-16 22:48",
    name="", phone="", email="", anonymous=True, district="新圩",
    subject="老板扣着我们身份证不给",
    body="""
我们是在一个做箱包的小作房里做工，老板姓鲍，在新圩村工业区那栋楼三楼。进厂的时候说要登记，把我们的身份证都收去了，说干满一年再还。现在有几个人想走，老板说身份证弄丢了，要走就扣一个月工资。我们没有身份证坐不了车也回不了家，银行卡也办不了，在也受不了了。有两个还是没成年的，才十六岁。

请政府快点来管管，把身份证还给我们。我们不敢写名子，怕被老板知到。
""",
    labels=("demand", "yes", "b", "Human Resources and Social Security Bureau", "normal", "zh", "typos"))

add(n=53, slug="medical-card-other-province", fmt="eml", date="2026-11-18 12:30",
    sender=("Nguyen Thi Lan", "lan.nguyen@example.com"),
    subject="Medical insurance card and using it in another province",
    body="""
Dear Sir/Madam,

I am from Vietnam and work as a quality inspector at a shoe factory in Xiaolan town, with a work permit and a residence permit. The company pays my social insurance. I have two questions:

1. HR says I should have a medical insurance card, but I only have a code in an app. Do I need a physical card to see a doctor, and where do I apply for one?
2. In December I will go with my company to a trade fair in another province for three weeks. If I get sick there, can I use my medical insurance directly at the hospital, or must I pay first and claim it back later? Do I need to register something before I go?

Thank you for your help.
Nguyen Thi Lan
""",
    labels=("consultation", "no", "-", "Healthcare Security Bureau", "normal", "en", "-"))

add(n=54, slug="plating-plant-inspections", fmt="eml", date="2026-11-20 23:15",
    sender=("一个老员工", "nanping.oldhand@example.net"),
    subject="说说我们这片的环保检查",
    body="""
我在南屏工业区一家电镀厂干了四年，有些事想说说。

我们厂每次检查的前一天，总能"正好"把污水处理设备开起来，把车间后面那几十桶废液拉到外面的仓库去。区环保分局管我们这片的那位科长，每次来都是老板亲自到门口接，检查半个钟头，吃饭两个钟头。过年前，老板的司机往他车后备箱搬过两箱东西，我在门口看得清清楚楚。平时一到晚上，那根暗管照样往河里排。

我不懂你们的规矩，我只知道，检查一百次也查不出问题，不是因为我们厂干净。
""",
    labels=("complaint", "yes", "a", "Discipline Inspection Commission", "normal", "zh", "indirect"))

add(n=55, slug="thanks-wages-paid", fmt="multi", date="2026-11-06 20:00",
    sender=("彭大勇", "peng.dayong@example.org"),
    subject="谢谢１２３４５！！",
    body="""
市长、１２３４５的工作人员：

你们好！！我是９月份打电话反映欠薪的那个（鸿运包装厂，１７个工人，欠了三个月）。１１月５号钱全部到账了～～一共２１万３千……大家在宿舍里高兴得跟过年一样！！

说实话本来都不抱希望了。谢谢你们一直帮我们催，回访电话打了好几次。祝你们工作顺利，身体健康！！！

——工人代表　彭大勇
""",
    labels=("information", "no", "-", "none", "normal", "zh", "fullwidth"))

add(n=56, slug="clinic-in-longtan-park", fmt="eml", date="2026-11-21 10:10",
    sender=("Henrik Lindqvist", "h.lindqvist@longtan-valves.example"),
    subject="Suggestion: a health station inside Longtan Industrial Park",
    body="""
Dear Mayor,

About 18,000 people work in Longtan Industrial Park, and many live in the dormitories there. The nearest clinic is in Longtan town, 6 km away, and there is no pharmacy in the park. For small things - a fever, a cut, a blood pressure check - workers either skip it or lose half a day's pay.

I suggest a community health station inside the park, open in the evenings and on Sundays when shift workers are free, perhaps on the empty ground floor of the service centre next to the canteen. Flu vaccination days and basic occupational health checks could be held there too.

As a plant manager I can say that several companies would support it. We already pay for a part-time nurse and would rather contribute to something shared.

Best regards,
Henrik Lindqvist
""",
    labels=("suggestion", "no", "-", "Health Commission", "normal", "en", "-"))

add(n=57, slug="fwd-leak-from-1303", fmt="eml", date="2026-11-03 21:30",
    sender=("Stefan Bauer", "stefan.bauer@example.net"),
    subject="Fwd: Leak in 5-1203 - property company not acting",
    body="""
Dear Mayor's Office,

I forward below my exchange with the property management company of Yuejiang Garden, where I rent a flat while working at the port crane factory. Water has been coming through my bathroom ceiling from the flat above since 20 October. The ceiling board is now sagging and the light fitting is full of water.

---------- Forwarded message ----------
From: Service Centre, Jiaxin Property <service@jiaxin-property.example>
Date: 2 Nov 2026
Subject: Re: Leak in 5-1203

Dear owner, we have contacted the resident of 5-1303 several times but nobody is at home. We cannot enter a private apartment. Please be patient.

> On 28 Oct 2026, Stefan Bauer wrote:
> This is my fourth message. The leak is getting worse. Can you at least shut off the water to 1303?
---------- End of forwarded message ----------

According to the neighbours nobody has lived in 1303 for months. The property company has the main valves. Please ask them to shut the water to that flat and to find the owner. I am worried about a short circuit.

Stefan Bauer, 5-1203, tel 188 0000 1934
""",
    labels=("demand", "no", "-", "Housing and Urban-Rural Development Bureau", "normal", "en", "quoted"))

add(n=58, slug="iit-app-rejects-passport", fmt="eml", date="2026-11-23 09:20",
    sender=("Javier Ortega", "j.ortega@example.org"),
    subject="How can a foreigner file individual income tax when the app rejects my passport?",
    body="""
Hello,

I'm a Spanish welding engineer working at a shipyard on Changxing island since February. I need to do my annual individual income tax reconciliation; my company says I can claim extra deductions for housing rent and for my children's education. The Individual Income Tax app will not let me register: it says my passport number format is invalid, and the face recognition step fails every time.

Is there another way for foreigners to register, for example at a tax office counter, and which documents should I bring? Is the deadline the same for foreigners? Can my employer file the deductions for me?

Many thanks,
Javier Ortega
""",
    labels=("consultation", "no", "-", "Taxation Bureau", "normal", "en", "-"))

add(n=59, slug="name-leaked-to-boss", fmt="eml", date="2026-11-24 19:45",
    sender=("韦春生", "weichunsheng@example.com"),
    subject="上次反映的事，第三天老板就知道是我",
    body="""
8月我通过热线反映我们厂不给交社保，留了名字和电话，因为你们说要回访。结果第三天，车间主任就把我叫到办公室，说"你挺能耐啊，还会打12345"，然后把我从白班调到了夜班，说再闹就别干了。我不知道是哪个环节出的问题，反正厂里是知道了。

社保的事到现在也没解决。这次我还是留真名，因为我不想偷偷摸摸的，但我真的担心这份工保不住，家里房贷每个月三千八。请你们查一查投诉人的信息怎么会到了厂里，以后别再这样了。

韦春生  199 0000 2483
""",
    labels=("complaint", "yes", "c", "Human Resources and Social Security Bureau", "normal", "zh", "-"))

add(n=60, slug="wild-boar-orchard", fmt="json", date="2026-10-04 19:00",
    name="莫老三", phone="181 0000 5640", email="", anonymous=False,
    district="石门坳",
    subject="野猪把果园拱了，建议搞个赔偿办法",
    body="""
我们石门坳这几个村靠山，这两年野猪越来越多，晚上成群下来，把我家的沃柑园拱得一塌糊涂，9月一个月拱倒了二十多棵小苗，红薯地全翻了。野猪是保护动物不能打，我们只能敲锣、放鞭炮，根本吓不住。

建议政府搞个野猪损害的赔偿或者保险，按亩给点补偿，再组织专业的队伍来控制一下数量。另外想问一下，我这个月的损失现在去哪里报，找村里还是林业站？
""",
    labels=("suggestion", "no", "-", "Agriculture and Rural Affairs Bureau", "normal", "zh", "two-intents"))


# ---------------------------------------------------------------- writing

def dt(s):
    return datetime.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=TZ)


def enc_header(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def to_html(body, title):
    paras = body.split("\n\n")
    out = []
    for p in paras:
        out.append("<p>" + "<br>\n".join(html.escape(x) for x in p.split("\n")) + "</p>")
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>"
            + html.escape(title) + "</title></head>\n<body>\n"
            + "\n".join(out) + "\n</body></html>\n")


def crlf(text):
    return "\r\n".join(text.replace("\r\n", "\n").split("\n"))


def make_eml(e):
    d = dt(e["date"])
    lid = "%s-%03d" % (W, e["n"])
    name, addr = e["sender"]
    headers = [
        ("From", formataddr((name, addr), charset="utf-8")),
        ("To", "mayor@city.example"),
        ("Subject", enc_header(e["subject"])),
        ("Date", format_datetime(d)),
        ("Message-ID", "<%s.%s@mailbox-w9.example>" % (d.strftime("%Y%m%d%H%M"), lid)),
        ("MIME-Version", "1.0"),
    ]
    body = e["body"] + "\n"
    if e["fmt"] == "eml":
        headers += [("Content-Type", "text/plain; charset=utf-8"),
                    ("Content-Transfer-Encoding", "8bit")]
        payload = body
    elif e["fmt"] == "html":
        headers += [("Content-Type", "text/html; charset=utf-8"),
                    ("Content-Transfer-Encoding", "8bit")]
        payload = to_html(e["body"], e["subject"])
    elif e["fmt"] == "multi":
        b = "=_w9_alt_%03d" % e["n"]
        headers += [("Content-Type", 'multipart/alternative; boundary="%s"' % b)]
        payload = ("This is a multi-part message in MIME format.\n\n"
                   "--%s\nContent-Type: text/plain; charset=utf-8\n"
                   "Content-Transfer-Encoding: 8bit\n\n%s\n"
                   "--%s\nContent-Type: text/html; charset=utf-8\n"
                   "Content-Transfer-Encoding: 8bit\n\n%s\n--%s--\n"
                   % (b, body, b, to_html(e["body"], e["subject"]), b))
    else:
        raise ValueError(e["fmt"])
    head = "".join("%s: %s\n" % kv for kv in headers)
    return crlf(head + "\n" + payload).encode("utf-8")


def make_json(e):
    d = dt(e["date"])
    obj = {
        "id": "%s-%03d" % (W, e["n"]),
        "submitted_at": d.isoformat(timespec="seconds"),
        "name": e["name"],
        "phone": e["phone"],
        "email": e["email"],
        "anonymous": e["anonymous"],
        "title": e["subject"],
        "content": e["body"],
        "district": e["district"],
    }
    return (json.dumps(obj, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    rows = ["path\tcategory\tconfidential\treason\tdepartment\tpriority\tlanguage\thard"]
    seen = set()
    for e in sorted(L, key=lambda x: x["n"]):
        assert e["n"] not in seen
        seen.add(e["n"])
        ext = "json" if e["fmt"] == "json" else "eml"
        fn = "%s-%03d-%s.%s" % (W, e["n"], e["slug"], ext)
        data = make_json(e) if ext == "json" else make_eml(e)
        with open(os.path.join(OUT, fn), "wb") as f:
            f.write(data)
        rows.append("\t".join(["letters/" + fn] + list(e["labels"])))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows) + "\n")
    print("wrote %d letters" % len(L))


if __name__ == "__main__":
    main()
