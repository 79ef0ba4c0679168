#!/usr/bin/env python3
"""w44 letters: people who meet inspectors and permit offices. Deterministic."""
import json
import os
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr
import html as htmlmod

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "letters")
TZ = timezone(timedelta(hours=8))
W = "w44"

# Each letter: num, slug, kind (eml|html|multi|json), meta, labels
# labels: category, confidential, reason, department, priority, language, hard
L = []


def add(num, slug, kind, meta, cat, conf, reason, dept, prio, lang, hard):
    L.append(dict(num=num, slug=slug, kind=kind, meta=meta,
                  lab=(cat, conf, reason, dept, prio, lang, hard)))


add(1, "canteen-fire-permit", "eml", dict(
    frm=("何建伟", "hejw.canteen@example.net"), date="2026-10-02 10:41",
    subject="新开餐馆消防手续到底要办哪些",
    body="""您好：

我在桂香路租了个铺面，一楼加一个小阁楼，总共一百八十平左右，准备开川菜馆，想赶在年底前开业。装修公司说要先把消防手续办了，可房东说上一家奶茶店从来没办过，照样开了三年。

我想问清楚几件事：
1. 这种面积的小餐馆，是要做消防验收，还是备个案、签个承诺书就行？
2. 阁楼只放货不上客，面积要不要算进去？
3. 后厨用瓶装液化气可以吗，还是必须改管道天然气？

我不想装修完了再拆，所以先来问一下。谢谢。

何建伟 139 0000 2716
"""), "consultation", "no", "-", "Emergency Management Bureau", "normal", "zh", "-")

add(2, "label-fee-1500", "eml", dict(
    frm=("", "shop.hemingroad@example.com"), date="2026-10-14 22:07",
    subject="想问问这一千五算怎么回事",
    body="""市长信箱：

我在鹤鸣路开一家小超市，卖些进口零食。十月八号下午，片区市场监管所来了两个人检查，说好几款饼干的中文背标不合规，要立案。

年纪大一点那位，姓赵，戴眼镜，左手背上有块烫伤的疤。他把我叫到仓库里说，按规定罚下来五千起步，"不过也不是没有别的路"。然后递给我一张名片，是一家叫"立标"的标签服务公司，让我找他们"整改"，一千五全包，"这趟就算提醒"。

我当天就转了钱，那家公司只寄来一卷贴纸。前几天晚上我在三里桥的羊肉馆，又看见赵同志跟名片上那个老板坐一桌，最后是那个老板去结的账。

我不懂法，也许人家是亲戚朋友吃个饭。只是这钱花得心里不踏实。店还开在这条街上，以后难免还要见面，您们看着查吧。
"""), "complaint", "yes", "a", "Discipline Inspection Commission", "normal", "zh", "indirect")

add(3, "bakery-paint-fumes", "eml", dict(
    frm=("Margaret Doyle", "m.doyle@breadandsalt.example"), date="2026-10-05 16:20",
    subject="Paint fumes from the workshop behind our bakery",
    body="""Hello,

I run a small bakery, Bread & Salt, on the ground floor of No. 3 Kuixing Road, near the old textile dormitories. Since about mid-September a car body shop has been using the shed right behind our kitchen for spray painting. Most afternoons, and often until eight or nine at night, the smell comes straight through our back vent. Two of my staff have had headaches, and last Saturday a customer with asthma had to leave.

I went over and spoke to the owner politely. He says he has "all the papers". I can't tell whether that's true, and I don't see any filter or extraction on the shed - the door is simply left open while they spray.

I'm not trying to get anyone shut down. I'd just like someone who knows the rules to check whether painting is allowed there at all and, if it is, what equipment they should have. We bake with the windows closed now, which in October is not much fun.

Thank you,
Margaret Doyle
+86 136 0000 4479
"""), "demand", "no", "-", "Ecology and Environment Bureau", "normal", "en", "-")

add(4, "approval-system-reasons", "eml", dict(
    frm=("孔令秋", "konglq@huachuang-design.example"), date="2026-10-09 09:05",
    subject="建议审批系统退件时写明具体原因",
    body="""您好，我在一家小设计院做报建，经常在工程建设项目审批系统上提交施工许可的材料。

这两个月我们有一个厂房项目被退了三次，每次系统里只显示"材料不符合要求，请补正"，没写是哪份材料、哪一页、哪里不符合。我们只能把能想到的都重新盖章扫描一遍再传，又等五个工作日。后来托人打听才知道，是消防设计文件的一张签字页版本不对。

这个不怪哪位审核老师，他们每天看的件也多。但系统完全可以做到：
一、退件时必须勾选或填写具体的问题条目；
二、附上审核窗口的咨询电话或在线留言，让申请人能问一句；
三、同一个件第二次退回时，提示审核人员给申请人打个电话。

这样双方都省事。谢谢。

报建员 孔令秋
"""), "suggestion", "no", "-", "Administrative Approval Bureau", "normal", "zh", "-")

add(5, "graduate-hukou", "json", dict(
    submitted_at="2026-10-11T21:33:00+08:00", name="蒋欣悦", phone="152-0000-3381",
    email="jiangxy97@example.com", anonymous=False, title="毕业生落户问题咨询", district="高新区",
    content="你好，我今年六月研究声毕业，现在在高新区一家公司上班，已经交了三个月社宝。想问下人才落户要不要社宝满半年？户扣是落在公司集体户还是可以落在人才市场？老家在外省，迁户扣要不要先会老家开准迁证明，还是网上就能办？需要带那些才料，谢谢！"),
    "consultation", "no", "-", "Public Security Bureau", "normal", "zh", "typos")

add(6, "checkpoint-licence-thrown", "eml", dict(
    frm=("邵明辉", "shaominghui@example.net"), date="2026-10-10 08:12",
    subject="十月九日玉带河大桥南检查点交警的执法态度",
    body="""市长您好：

10月9日晚上八点四十左右，我开车经过玉带河大桥南头，被临时检查点拦下。我配合出示了驾驶证和行驶证，问了一句"请问是查什么"，执勤的一位交警（个子不高，圆脸，警号我只看清后三位是217）说"问那么多干什么"。我说我只是问一下，他把我的驾驶证往地上一扔，让我自己捡。我下车捡证的时候，他用手推了我肩膀一把，说我"态度不好"。最后测了酒精，结果是零，也没开任何单子就让我走了。

车上的行车记录仪把整个过程都录下来了，视频我保存着，可以提供。

我不是要闹，只希望有人核实一下：这样对待一个没有违法的司机，合适吗？

邵明辉 138 0000 6150
"""), "complaint", "yes", "a", "Public Security Bureau", "normal", "zh", "-")

add(7, "thanks-officer-lin", "html", dict(
    frm=("Hannah Keller", "hkeller@example.org"), date="2026-10-16 19:48",
    subject="Thank you to Officer Lin at the Jinsha Bay roundabout",
    body="""Dear Mayor's Office,

On the evening of 14 October, in that heavy rain, my old Buick died in the middle lane of the Jinsha Bay roundabout. I was panicking, cars were honking, and my hazard lights were barely visible.

A traffic officer - his badge said Lin, and I believe he was on duty at the south side of the roundabout - walked straight over in his raincoat, waved the traffic around me and then helped me push the car into the bus bay. He also found me a tow truck number and waited with me until it came. He was soaked through and still kept apologising that he couldn't stay longer.

I don't need anything. I only want his supervisors to know. Please pass on my thanks.

Best regards,
Hannah Keller (a very grateful driver)
"""), "information", "no", "-", "Public Security Bureau", "normal", "en", "-")

add(8, "back-lane-shed", "eml", dict(
    frm=("", "noodle.qingshi@example.com"), date="2026-10-18 23:40",
    subject="青石巷后巷那个铁皮棚能不能拆了",
    body="""您好：

我在青石巷开面馆，后厨门出去是一条一米多宽的后巷，也是我们这几家店的消防通道。今年八月，隔壁那家在巷子里搭了个彩钢棚放货，现在后巷整个堵死了，我们后门推都推不开。后厨要是真出点什么事，人只能往前门跑。

这个棚子街道的人来看过一次，看完就走了。巷子里的人都知道他家有亲戚在那边上班。前年也有一家店提过他家占道的事，后来那家店一个月被查了四回，最后搬走了。

我这店还想接着开下去，别的就不多说了。只想请有关部门照规矩来看看，把后巷让出来。
"""), "demand", "yes", "c", "Urban Management Bureau", "normal", "zh", "indirect")

add(9, "night-market-zone", "eml", dict(
    frm=("喻春生", "yuchunsheng@example.net"), date="2026-10-21 13:15",
    subject="关于摆夜摊的一点想法",
    body="""市长好，我是在滨湖公园那边摆夜摊卖炒粉的，干了三年。

每天晚上七八点城管的车一来，大家推着车就跑，油锅都顾不上，好几次差点烫着行人。城管的同志也是按规定办事，我们理解，可这么追来追去，谁都累。

我有个建议：公园北门那块空停车场，晚上基本没车，能不能划一片出来，晚上六点到十一点给流动摊位用。登记、交点卫生费都行，统一摆垃圾桶，十一点以后收摊冲地。外地好多城市都这么搞，又热闹又干净。

我们这些摊贩愿意守规矩，就怕没地方守。

摊主 喻春生
"""), "suggestion", "no", "-", "Urban Management Bureau", "normal", "zh", "-")

add(10, "residence-permit-job-change", "eml", dict(
    frm=("Daniel Okafor", "daniel.okafor@example.org"), date="2026-10-06 11:02",
    subject="Residence permit after changing jobs + a driving licence question",
    body="""Hi,

I'm a Canadian engineer. At the end of September I moved from one company to another here in the city. My current residence permit (work type) is valid until March 2027 but still lists my old employer.

1) Do I need to cancel the old residence permit and apply for a new one, or is there a change procedure? Does my new work permit have to be issued first, and how many days do I have after the job change before I'm out of status?

2) Unrelated: can I convert my Ontario driving licence here, or do I have to sit the full test?

The first question is the urgent one - our HR department gives me a different answer every day.

Thanks,
Daniel Okafor
"""), "consultation", "no", "-", "Public Security Bureau", "normal", "en", "two-intents")

add(11, "five-trips-one-window", "eml", dict(
    frm=("余小满", "xiaoman.bakes@example.com"), date="2026-10-23 17:55",
    subject="\u201c一窗通办\u201d，确实让我把腿跑通了",
    body="""尊敬的领导：

我开一家小面包房，申请食品经营许可证。

第一次去政务服务中心，说平面图要标设备位置；第二次，说要从业人员健康证复印件；第三次，健康证带了，说要原件；第四次，说系统升级，今天办不了；第五次，终于收了，又说营业执照上的经营范围要先变更，请去隔壁窗口。

隔壁窗口就在三米外，可是要重新取号，排了一个半小时。

宣传栏上写着"最多跑一次"。我算了一下，是"最多跑一次"乘以五。建议把这块牌子换成"欢迎常来"，比较实事求是。

我不是冲哪个工作人员，窗口的姑娘们都挺客气的。问题是每次只告诉你一条，能不能一次性说清楚到底要什么？

一个跑了五趟的面包师 余小满 177 0000 2031
"""), "complaint", "no", "-", "Administrative Approval Bureau", "normal", "zh", "sarcasm")

add(12, "lpg-cylinders-smell", "eml", dict(
    frm=("", "gulou-s-resident@example.org"), date="2026-10-25 20:31",
    subject="液化气味很重！",
    body="""鼓楼南街那家烧烤店后门楼道堆了十几个液化气罐，整栋楼都是气味，快派人！
"""), "demand", "no", "-", "Emergency Management Bureau", "high", "zh", "short")

add(13, "exit-entry-saturday", "json", dict(
    submitted_at="2026-10-27T07:50:00+08:00", name="Aigerim Bekova", phone="+86 131 0000 5527",
    email="aigerim.b@example.net", anonymous=False, title="Is the exit-entry hall open on Saturday?",
    district="Huancheng",
    content="Hello, I am a master's student. My visa expires on 12 November and I have classes every weekday. Is the exit-entry reception hall on Huancheng East Road open on Saturdays, and from what time until what time? Thank you very much."),
    "information", "no", "-", "Public Security Bureau", "normal", "en", "-")

add(14, "inspector-recommended-consultant", "eml", dict(
    frm=("Stefan Brandt", "s.brandt@keller-precision.example"), date="2026-10-29 15:26",
    subject="Concern about an environmental inspection and a \"recommended\" consultant",
    body="""Dear Sir or Madam,

I am the general manager of a small German-owned machining company in the Xiyuan industrial park (42 employees). I want to report something that has bothered me for two months.

In August an inspector from the district environmental office came for a routine check and said our VOC records were incomplete. After the visit he added my production manager on WeChat and sent the following (my manager's translation):

> "Your waste-gas records are not complete, rectification needed within
> 30 days. Suggest you contact Hengyuan Environmental Consulting, they
> understand our standards well and it will go smoothly.
> Manager Qian: 135 0000 8842"

We contacted Hengyuan. They charged RMB 28,000 for "rectification consulting" and delivered a folder of templates. The same inspector came back one week later, stayed ten minutes and signed off without opening a single record.

Since then two other companies in the park have told me they received the same recommendation from the same inspector, almost word for word.

I can provide the screenshots, the contract and the invoice. I would prefer that our company is not identified to the district office until someone has looked into this, as we depend on their inspections.

Kind regards,
Stefan Brandt
"""), "complaint", "yes", "a", "Discipline Inspection Commission", "normal", "en", "quoted")

add(15, "licence-address-change", "eml", dict(
    frm=("蔡", "cai.hardware@example.com"), date="2026-10-30 10:10",
    subject="营业执照地址变更要什么材料？？",
    body="""您好！！我是个体户，开五金店的，执照是２０１９年办的。原来地址在梨园新村３栋１０２，现在店搬到云杉路８８号Ｂ座１层，新租房合同已经签了（租期３年）。

请问：
①变更经营场所要带哪些材料？房东要不要到场？？
②可不可以网上办，还是必须去窗口……
③变更期间店能不能照常营业？

谢谢！！！
——蔡老板　１３５　００００　７７２６
"""), "consultation", "no", "-", "Market Regulation Administration", "normal", "zh", "fullwidth")

add(16, "pile-driving-at-night", "eml", dict(
    frm=("潘女士", "pan.jingui@example.net"), date="2026-11-02 07:18",
    subject="我要举报望江府工地半夜打桩",
    body="""市长信箱你好，我要举报望江府三期的工地。

这半个月几乎每天晚上十一点以后还在打桩、运渣土，昨天凌晨一点四十还在"咚咚咚"，整个金桂苑小区都被震醒了。我家孩子明年中考，已经连着好几天睡不好。

我打过工地门口牌子上的电话，没人接。请环保部门晚上来看看，他们有没有夜间施工的手续，没有的话请让他们停下来。

金桂苑7栋住户 潘女士 186-0000-4092
"""), "demand", "no", "-", "Ecology and Environment Bureau", "normal", "zh", "-")

add(17, "english-registration-forms", "multi", dict(
    frm=("Priya Raman", "priya@wordbridge-studio.example"), date="2026-11-03 14:40",
    subject="Suggestion: English versions of the business registration forms",
    body="""Dear Mayor,

I have lived here eight years and opened a small translation studio last spring. The staff at the business registration windows in the government service centre were patient with me, and I want to say that first.

But every form there is only in Chinese, and so is the guidance on the self-service machines. I read Chinese reasonably well and it still took me two afternoons; friends who run a cafe and a yoga studio had to pay an agent just to fill in the forms.

Could the city:
- put English (and perhaps Russian and Korean) versions of the most common forms on the website, even as reference-only copies;
- add an English option to the queue machines;
- mark one window each day as able to help in English?

It would cost very little and would make the city feel far more open to small foreign entrepreneurs.

With thanks,
Priya Raman
"""), "suggestion", "no", "-", "Administrative Approval Bureau", "normal", "en", "-")

add(18, "same-reply-three-times", "eml", dict(
    frm=("段先生", "duan.nanling@example.org"), date="2026-11-04 21:02",
    subject="同一个问题，三次回复一字不差",
    body="""您好，

从八月起，我就我们小区绿地被人圈起来盖房子的事打了三次12345，每次收到的短信都是：

> 【12345】您好，您反映的问题已转交属地街道处理，
> 感谢您对我们工作的支持与理解。

第三次之后，我接到一个回访电话，问我满不满意，我说房子还在盖，不满意。结果第二天系统里显示"已办结"。

那房子现在已经封顶了。

我没想告哪个接线员，她们也是按流程走。我只想知道：转给街道以后，到底有没有人去看过？街道不管，12345是不是就这样结案了？能不能给个真正的答复。

南岭街道 翠湖小区住户 段先生 139 0000 8813
"""), "complaint", "no", "-", "Municipal Government Office", "normal", "zh", "quoted")

add(19, "crowded-rental-upstairs", "json", dict(
    submitted_at="2026-11-05T06:45:00+08:00", name="", phone="133 0000 6072", email="",
    anonymous=False, title="楼上群租太危险", district="东澜街道",
    content="我住在东澜街道荷塘里小区5栋502，楼上602去年被二房东租下来，隔成八九个小间，住了快二十个人。走廊里电线乱拉，电平车推到屋里充电，半夜还有人在楼道抽烟。上个月楼道插座冒过一次火星，以经吓死我了。我反应给物业，物业说管不了。请你们来看看，该怎么管就怎么管。我一个老太婆一个人住，不要说是我反应的，名字也不要登，谢谢你们。"),
    "demand", "yes", "b", "Housing and Urban-Rural Development Bureau", "normal", "zh", "typos")

add(20, "thanks-window-zhou", "json", dict(
    submitted_at="2026-10-17T12:20:00+08:00", name="郁海燕", phone="158 0000 1964",
    email="yuhaiyan@example.com", anonymous=False, title="感谢不动产登记中心的小周", district="城南区",
    content="我想表扬一下不动产登记中心三号窗口的小周（工号0417）。十月十六号下午我陪我妈去办我爸那套房子的继承登记，材料多，我妈年纪大耳朵背，快下班了还差一份公证书复印件。小周让我们去楼下复印，自己留在窗口等，一直弄到六点四十才办完，还一句一句给我妈讲清楚什么时候来领证。现在这么耐心的年轻人不多，请转达我们全家的谢意。"),
    "information", "no", "-", "Natural Resources and Planning Bureau", "normal", "zh", "-")

add(21, "hukou-window-phone", "eml", dict(
    frm=("魏敏", "weimin.mom@example.com"), date="2026-10-24 09:30",
    subject="北渚派出所户籍窗口下午三点就不收件了？",
    body="""10月23日（周五）下午三点十分，我到北渚派出所户籍室给孩子办身份证。当时大厅里没人排队，二号窗口一位女民警（短发，戴黑框眼镜）正低头刷短视频，声音还外放着。我把材料递过去，她头也没抬，说"今天不收了，明天再来"。墙上明明写着办公时间到五点。我说我是请了半天假来的，她说"那是你的事"。我想看一下她的胸牌，她把胸牌翻了过去。

后来是旁边一位年纪大些的民警过来帮我收了件，十分钟就办好了。

想请你们了解一下这件事。

孩子家长 魏敏 电话 180 0000 3537
"""), "complaint", "yes", "a", "Public Security Bureau", "normal", "zh", "-")

add(22, "auxiliary-staff-signing", "eml", dict(
    frm=("", "q.from.the.field@example.net"), date="2026-10-28 23:12",
    subject="咨询：协管员能不能单独检查、签执法文书",
    body="""您好，我在区里一个市场监管所做协管员，合同工。

想问一个规定上的问题：按照现行规定，协管员能不能在没有正式执法人员在场的情况下，单独去商户检查、拍照取证？检查记录上"执法人员"那一栏，协管员能不能签名？如果签了，以后出了问题，责任算谁的？

我们这边人手紧，这种情况不少见，我自己心里一直没底，想弄清楚怎么做才不违规。

我的名字就不留了，也请不要把这封信转回我们所里去问是谁写的，谢谢。
"""), "consultation", "yes", "b", "Market Regulation Administration", "normal", "zh", "-")

add(23, "tea-shop-sprinklers", "eml", dict(
    frm=("Vivian Zhou", "vivian@yejian-tea.example"), date="2026-10-22 18:05",
    subject="Fire inspection failed because of the mall's 喷淋 system - need help",
    body="""Hi,

I came back to China after 10 years in Melbourne and opened a tea shop, 叶间 Tea Room, on the 3rd floor of Huifeng Plaza (汇丰广场) in September. We did the 消防 self-check, and the 消防救援大队 came for a spot inspection on Oct 20. Result: 不合格.

The reason is not our shop. The sprinkler heads on the whole floor are not connected - the inspector showed us the 喷淋 pipes are dry - and the 消火栓 in the corridor has no hose at all.

The mall's property management (商场物业) says the system is "under maintenance" and will be fixed "next year". Meanwhile we have a 整改通知 with a deadline of Nov 20, and the floor has 11 shops and a kids' play area. Honestly the play area worries me more than our deadline.

Can someone make the mall fix the building's system? We tenants can't touch the main pipes ourselves.

Thanks,
Vivian Zhou 周薇
+86 159 0000 2268
"""), "demand", "no", "-", "Emergency Management Bureau", "normal", "en", "mixed")

add(24, "tricycle-seized-no-receipt", "eml", dict(
    frm=("钱德贵", "qiandegui1958@example.com"), date="2026-11-04 11:47",
    subject="三轮车被扣，没有给任何单子",
    body="""11月3日早上七点左右，我在菜市场东门外路边卖自家种的红薯，两个城管队员过来说我占道。我说马上走，其中一个高个子、右边脸上有颗痣的队员直接把我的三轮车连红薯带秤一起搬上他们的车，那辆执法车车牌尾号是36。我问要单子，他说"去队里拿"。我第二天去了中队，人家说没有这个记录。

车是我吃饭的家伙，一百多斤红薯也没了。占道是我不对，该罚款我认，但总要给张暂扣清单吧？现在东西在哪都不知道。

请帮我查一下，把车还给我。

老农 钱德贵 137 0000 8430
"""), "complaint", "yes", "a", "Urban Management Bureau", "normal", "zh", "-")

add(25, "vehicle-office-hours", "json", dict(
    submitted_at="2026-11-06T22:14:00+08:00", name="Tom Reyes", phone="", email="treyes@example.com",
    anonymous=False, title="Beiyuan vehicle office", district="Beiyuan",
    content="Is the vehicle admin office in Beiyuan open Saturday? What time?"),
    "information", "no", "-", "Public Security Bureau", "normal", "en", "short")

add(26, "ceiling-crack-wall-removed", "eml", dict(
    frm=("宋女士", "song.jiangpan@example.net"), date="2026-11-07 08:03",
    subject="楼上装修砸墙，我家天花板裂了，急！",
    body="""您好，我家住江畔锦绣苑4栋1002。楼上1102这个月在装修，前天电镐响了一整天，听说是把厨房和客厅之间那堵墙打掉了。昨天开始我家客厅天花板出现一条一米多长的裂缝，今天早上掉下来一块巴掌大的灰，差点砸到我女儿。

物业来看过，说"应该没事"，让我们自己协商，楼上根本不开门。

这堵墙是不是承重墙我们不懂，但裂缝还在变长。请住建部门尽快派人来鉴定，先让楼上停工。

另外顺便问一下：我家阳台想封窗，需要报批吗？这个不急，先处理天花板。

谢谢！宋女士 189 0000 5114
"""), "demand", "no", "-", "Housing and Urban-Rural Development Bureau", "high", "zh", "two-intents")

add(27, "car-wash-free-rides", "eml", dict(
    frm=("", "yuquan.carwash@example.com"), date="2026-11-08 14:26",
    subject="反映環保所邱姓檢查員的問題",
    body="""市長您好：

本人在玉泉路經營一家小洗車店，已有六年。去年起，區環保所一位姓邱的檢查員（四十多歲，開一輛白色越野車）幾乎每週都把自己的車開來洗，有時還帶朋友的車來，從來不付錢。

上個月新來的員工不認識他，照常收了三十元。隔天他就來店裏「檢查」，說我們的污水沉澱池不合格，還說：「我沒罰你，已經很給面子了。」之後我只好把錢退回去，交代員工以後不要收他的錢。

一年算下來，少說也有兩千多元。錢是小事，但這樣下去沒完沒了。懇請　貴府查明。

——一位洗車店老闆
"""), "complaint", "yes", "a", "Discipline Inspection Commission", "normal", "zh", "fullwidth")

add(28, "hospital-gate-drop-off", "eml", dict(
    frm=("Lucas Ferreira", "lferreira@example.net"), date="2026-11-09 20:50",
    subject="Drop-off minutes at the children's hospital gate",
    body="""Hello,

A suggestion about the traffic cameras outside the Children's Hospital on Heping Road. There is no legal place to stop at the main gate, so parents with sick kids stop for a minute or two to get the child out and then drive on to the car park, which has a forty-minute queue. The camera tickets almost every one of them. I got two tickets in one week when my son had pneumonia.

Could the traffic police mark a short "drop-off only, 3 minutes" zone at the gate, like at airports, and set the camera to ticket only cars that stay longer? It would be fairer and probably safer too, because right now people stop wherever they can, including in the bus lane.

Regards,
Lucas Ferreira, 170 0000 6603
"""), "suggestion", "no", "-", "Public Security Bureau", "normal", "en", "-")

add(29, "foreigner-sole-trader", "eml", dict(
    frm=("Giulia Conti", "giulia.conti@example.net"), date="2026-10-12 12:12",
    subject="Can a foreigner register as an individual business?",
    body="""Hi,

I'm an Italian pastry chef, married to a Chinese citizen, and I live here on a family-reunion residence permit. I'd like to open a very small shop selling cannoli and coffee.

A friend told me foreigners cannot register as an individual business and must set up a foreign-invested company instead, with much higher costs. Is that true in this city?

If I can register as an individual, which documents do I need, and does the type of my residence permit matter? If I can't, is there any simpler option than a full company?

Grazie,
Giulia Conti
"""), "consultation", "no", "-", "Market Regulation Administration", "normal", "en", "-")

add(30, "landlord-cut-water", "eml", dict(
    frm=("", "liuwan.kitchen@example.org"), date="2026-11-10 16:38",
    subject="房东断水逼涨租，我该找谁",
    body="""您好，我在柳湾村村口租了两间平房开外卖小厨房，合同签到明年六月，每月三千二。上个月房东说要涨到四千五，我没同意，他上周就把我这边的水阀关了，还上了锁，到今天五天了。我现在每天从隔壁借水，生意基本停了。

我去村里问过，村里说是私人之间的事。房东的叔叔在村里管事，这个大家都知道。明年三月我的食品经营许可证要延续，按要求还得村里出个场地证明盖章。

所以我也不想把事情闹大，只希望有人出面让他先把水开了，按合同来。

一个租户 电话 131 0000 9907
"""), "demand", "yes", "c", "Housing and Urban-Rural Development Bureau", "normal", "zh", "indirect")

add(31, "like-for-mayor", "eml", dict(
    frm=("", "anyone.2026@example.com"), date="2026-11-11 12:00",
    subject="点个赞",
    body="""市长辛苦了！今年办证比去年快多了，点赞。
"""), "information", "no", "-", "none", "normal", "zh", "short")

add(32, "dongjiao-two-windows", "eml", dict(
    frm=("俞建国", "yujianguo@example.net"), date="2026-11-09 13:25",
    subject="车管所八个窗口只开两个，正常吗",
    body="""11月9日周一上午，我到东郊车管所办驾驶证换证，八点半到，取的号是147。大厅八个窗口只开了两个，其他六个都挂着"暂停服务"。我一直等到十二点半才办上，前后四个小时，大厅里好多老人站着等，椅子不够坐。

我就想问问：是人手不够还是别的原因？周一人多是可以预见的，能不能多开几个窗口，或者把换证这种简单业务放到自助机上？

我是实名反映，名字电话都留在这里，不用替我保密，就是想要个说法。

俞建国 135-0000-2288
"""), "complaint", "no", "-", "Public Security Bureau", "normal", "zh", "-")

add(33, "repair-shop-pavement", "json", dict(
    submitted_at="2026-11-12T08:40:00+08:00", name="Oliver Grant", phone="186 0000 7751",
    email="o.grant@example.org", anonymous=False, title="Car repair shop using the whole pavement",
    district="Fengqi",
    content="The car repair shop at the corner of Maple Road and Fengqi Street works on cars on the pavement every day. There are usually three or four cars jacked up, oil on the ground and tools everywhere. I push a pram and have to walk in the road, which is dangerous at school time. Last week my wife slipped on an oil patch. Could urban management ask them to keep the pavement clear? They have a workshop inside, they just don't use it."),
    "demand", "no", "-", "Urban Management Bureau", "normal", "en", "-")

add(34, "migrant-child-enrolment", "eml", dict(
    frm=("麦小芬", "maixiaofen@example.com"), date="2026-11-13 21:19",
    subject="随迁子女上小学，居住证要满多久？",
    body="""老师您好，我和爱人都是外地户口，在本市打工六年了，孩子明年九月上一年级。

想问：
1、随迁子女入学，居住证要办满多长时间？是按发证日期算，还是按居住登记的日期算？
2、我们今年七月换了房子，居住证上还是旧地址，会不会影响划片？

另外，居住证到期后续签要带什么材料，是去派出所还是社区就能办？

主要是第一个问题，明年报名前想弄清楚，谢谢。

孩子家长 麦小芬
"""), "consultation", "no", "-", "Education Bureau", "normal", "zh", "two-intents")

add(35, "window-seven-welcome", "eml", dict(
    frm=("Dr. Emeka Nwosu", "nwosu.e@example.org"), date="2026-10-28 09:44",
    subject="A warm welcome at window 7",
    body="""Dear Mayor,

I read in the newspaper that the city wants to attract "international talent". Allow me to describe the warm welcome I received on 27 October at the exit-entry hall, window 7, at about 10:15 a.m.

The officer at window 7 - a young man, badge number ending in 35 - asked me a question in Chinese. I answered in my not-very-good Chinese. He repeated my answer to his colleague at window 8 in a silly accent, and both of them laughed for a good while. When I asked him to speak a little more slowly, he said in English, "If you can't speak Chinese, go home," and pushed my passport back across the counter so hard that it fell on the floor.

Truly world-class service. I am sure the talent will come flooding in.

I have been a university lecturer here for four years and nothing like this has happened before. I would like someone to speak to him, and I would like the application that was refused that day to be accepted.

Dr. Emeka Nwosu
"""), "complaint", "yes", "a", "Public Security Bureau", "normal", "en", "sarcasm")

add(36, "window-clerk-shared-docs", "html", dict(
    frm=("戚晓雯", "qixiaowen@example.net"), date="2026-11-14 19:02",
    subject="一个窗口工作人员的建议：别让申请人为了签字来回跑",
    body="""市长您好，

我在市政务服务中心综合受理窗口工作三年了。每天都会遇到这样的情况：一个小店要开业，营业执照、食品经营许可、门头招牌、消防，四个事项分在三个部门，材料一半是重复的，法人要来回签好几次字，外地的老板为了一个签字专门坐高铁回来。

我的建议：
1. 同一申请人一次提交的基础材料（身份证、租赁合同、平面图）在各部门之间共享，不要每个窗口各收一份；
2. 推行一次性电子签名授权，一处签字，全流程有效；
3. 每月公布一次"退件最多的原因"，让申请人和代办提前知道。

这些都是我们在窗口天天看到的事，说的都是工作，署名也无所谓。

综合窗口 戚晓雯
"""), "suggestion", "no", "-", "Administrative Approval Bureau", "normal", "zh", "-")

add(37, "school-crossing-light-dead", "eml", dict(
    frm=("", "parent.xiaoyuan@example.com"), date="2026-11-12 07:36",
    subject="晓园路实验小学门口红绿灯坏了三天",
    body="""晓园路实验小学门口那个人行横道的红绿灯，从周一开始就黑着，今天第三天了。上学放学的时候车照样开得飞快，小孩子就在车缝里穿，今天早上一个一年级的孩子差点被电动车撞倒。学校门口只有一个老保安在挥手，根本拦不住。

请交警今天就来处理，至少先派人到路口指挥一下！

一位家长 187 0000 0628
"""), "demand", "no", "-", "Public Security Bureau", "high", "zh", "-")

add(38, "legal-aid-address", "json", dict(
    submitted_at="2026-11-15T10:05:00+08:00", name="Karen Chen", phone="+86 138 0000 6619",
    email="karenchen@example.com", anonymous=False, title="法律援助中心 address?", district="Chengxi",
    content="Hi, I'm a returnee, my English is better than my Chinese writing, sorry. I have a deposit dispute with my landlord (押金 8,000 not returned). Where is the 法律援助中心 for Chengxi district - address and opening hours? Just need the address first, thanks!"),
    "information", "no", "-", "Justice Bureau", "normal", "en", "mixed")

add(39, "rural-house-nine-months", "eml", dict(
    frm=("", "shuangtang.farmer@example.net"), date="2026-10-19 18:40",
    subject="建房审批交上去九个月没音讯",
    body="""您好，我是石门乡双塘村的村民。我家老房子是五十年代的土坯房，去年鉴定成了危房。今年一月，我按要求把农村建房申请和乡村建设规划许可的材料交到乡里，乡里说报到区里了。

到现在九个月了。打电话问，乡里说在区里，区里说还没收到乡里的件，两边都让我等。眼看又要过冬，一家五口还挤在危房里。

我不是要告谁，就想知道这个件到底卡在哪里，什么时候能批。

村里人多嘴杂，这事别把我的名字公开出去，回电话找我就行：151 0000 4725。
"""), "complaint", "yes", "b", "Natural Resources and Planning Bureau", "normal", "zh", "-")

add(40, "expired-formula", "eml", dict(
    frm=("Rebecca Lin", "rebecca.lin@example.com"), date="2026-11-03 21:58",
    subject="Expired baby formula sold at Fresh Mart, refund refused",
    body="""Hello,

On 2 November I bought two tins of infant formula at the Fresh Mart supermarket on Longxi Road. At home I noticed the best-before date on both tins was 15 October 2026 - already expired when they were sold. My daughter had one bottle before I noticed. She seems fine, thank God.

I went back the same evening. The shift supervisor (a woman in a red vest, name tag "Manager Liu") said I must have swapped the tins, refused to check the shelf and told me to "go and complain wherever you like". The shelf still had more tins from the same batch.

I would like the market regulator to check that supermarket's stock, and I want the refund and compensation I am entitled to. I have the receipt and photos of the dates.

Rebecca Lin, 156 0000 3390
"""), "demand", "no", "-", "Market Regulation Administration", "normal", "en", "-")

add(41, "checked-but-nobody-came", "eml", dict(
    frm=("尤先生", "you.cuiping@example.org"), date="2026-10-21 20:15",
    subject="回复说\u201c已现场核查\u201d，可是谁也没来过",
    body="""您好，10月12日我通过12345反映，翠屏路"好运来"便利店把散装白酒卖给未成年人，货架上还摆着过期面包。

10月19日收到的回复是这样写的：

——————
经执法人员现场核查，未发现该商户存在违规销售行为，已对商户进行提醒告诫。感谢您的监督。
——————

我就住在店对面，那一周天天在门口坐着，根本没见有人来过。我特地问了店里的老板娘，她也说没人来查。到现在过期面包还在架子上。

我不知道是哪个环节出了问题，也不针对哪个人，就是希望这次真有人到现场看一看，别再只回一张纸。

居民 尤先生 139-0000-5207
"""), "complaint", "no", "-", "Market Regulation Administration", "normal", "zh", "quoted")

add(42, "fire-precheck-idea", "multi", dict(
    frm=("Noah Bergstrom", "noah@deskyard.example"), date="2026-11-16 10:30",
    subject="Idea: a free fire-safety pre-check for new small shops",
    body="""Dear Mayor's Office,

I run a small co-working space and help a lot of first-time shop owners with their paperwork. The single biggest shock for them is fire safety: they spend everything on the fit-out, then learn at inspection that the partition material, the emergency lights or the second exit are wrong, and they have to rip things out.

My suggestion: let small businesses (say under 300 square metres) book a free, advice-only visit from a fire officer or an accredited volunteer BEFORE they start renovating, with a printed checklist. No fines, just advice. Several cities abroad do this and it saves everyone time, the inspectors included.

Even a one-page bilingual checklist on the website would help.

Best,
Noah Bergstrom
"""), "suggestion", "no", "-", "Emergency Management Bureau", "normal", "en", "-")

add(43, "used-car-transfer-pinyin", "eml", dict(
    frm=("老孟", "laomeng66@example.net"), date="2026-11-17 22:47",
    subject="er shou che guohu wenti",
    body="""你好，我在网上买了一辆二手车，卖家在外地，想问一下guohu的时候一定要卖家本人dao chang吗？可不可以写个委托书让我带办？车是外地牌照，转到我们这边要不要先验车，还要交什么fei。
我打字不方便，拼音多，不好意思。
老孟 150 0000 3168
"""), "consultation", "no", "-", "Public Security Bureau", "normal", "zh", "typos")

add(44, "plating-wastewater-night", "json", dict(
    submitted_at="2026-11-18T01:22:00+08:00", name="", phone="", email="", anonymous=True,
    title="夜里往河里排污水", district="西坪镇",
    content="西坪镇工业区最里面那家做电镀的厂，每天夜里十二点以后从后墙一根管子往石梁河里放水，水是绿的，有股刺鼻的酸味，下游河边已经有死鱼了。白天去看管子是干的。请环保局夜里来蹲一下就知道了。"),
    "demand", "yes", "b", "Ecology and Environment Bureau", "normal", "zh", "-")

add(45, "captain-wang-suv", "eml", dict(
    frm=("", "wheelchair.route@example.com"), date="2026-11-19 17:09",
    subject="王队长的车停得真有示范作用",
    body="""市长您好：

东门街城管中队门口那段人行道，每天早上八点到晚上六点，都停着一辆黑色越野车，车牌末三位9K7，正好压在盲道上。我问过门口保安，说是"王队长的车"。

就在这辆车旁边二十米，城管的同志每天给卖菜的老人贴罚单，理由是"占用人行道"。

我觉得王队长这是以身作则，亲自给大家演示什么叫占道，很有教育意义。只是不知道他这辆车的罚单，该由谁来开？

照片十二张，都是不同日期拍的，需要可以提供。

一个每天推轮椅走这条路的人
"""), "complaint", "yes", "a", "Urban Management Bureau", "normal", "zh", "sarcasm")

add(46, "tile-shop-no-fapiao", "eml", dict(
    frm=("江楠", "jiangnan.reno@example.org"), date="2026-11-20 11:11",
    subject="建材店不开发票，要开就得加6%",
    body="""您好，我家装修，在鹏达建材市场的一家瓷砖店买了一万八千多元的瓷砖，付款前说好能开发票。货到了我去要，老板说要开就得另加6%的"税点"，不加就不给开，还说"谁家都这样"。

我知道开发票是商家本来就该做的，不应该另外收钱。请税务部门管一管，让他们按实际金额给我开票。

付款记录和聊天记录都在。

顾客 江楠 182 0000 4670
"""), "demand", "no", "-", "Taxation Bureau", "normal", "zh", "-")

add(47, "fire-maintenance-wages", "multi", dict(
    frm=("兰志强", "lanzhiqiang@example.net"), date="2026-10-08 19:27",
    subject="消防维保公司拖欠三个月工资",
    body="""您好：

我在"安泰消防设施维保有限公司"做维保技术员，主要给写字楼和商场做消防设施检测。今年七月到九月，公司三个月工资一直没发，我一个人就是一万七千四。我们组九个人，情况都一样。

老板说是甲方没付款，让再等等，可十月又让我们照常出外勤，油费都是我们自己先垫。劳动合同我有，考勤记录和工资条也都有。

请劳动监察部门帮我们讨个说法。

技术员 兰志强 及同组工友
电话 159 0000 8816
"""), "demand", "no", "-", "Human Resources and Social Security Bureau", "normal", "zh", "-")

add(48, "overseas-income-tax", "eml", dict(
    frm=("Kelvin Teo", "kelvin.teo@example.com"), date="2026-11-21 15:03",
    subject="个税 on overseas income - do I need to declare?",
    body="""Hello,

I returned from Singapore in May this year after 7 years and now work for a company here. I still own a small flat in Singapore that I rent out for about SGD 1,800 a month, and I get some dividends from a US brokerage account.

Questions:
- For the 2026 个人所得税 综合所得年度汇算, do I have to declare the Singapore rent and the dividends? I was in China fewer than 183 days in 2026 - does 居住天数 matter in my first year back?
- Singapore already taxed the rent. Can I claim 境外税收抵免, and what documents would I need?
- Is this done in the 个人所得税 App or at the 办税服务厅?

Thanks a lot,
Kelvin Teo 张凯文
"""), "consultation", "no", "-", "Taxation Bureau", "normal", "en", "mixed")

add(49, "only-my-awning", "eml", dict(
    frm=("", "qiaotou.shop@example.com"), date="2026-11-10 22:35",
    subject="为什么整排铺子只给我一家下违建通知",
    body="""市长您好：

我在桥头街有一间铺子，门口搭了个一米五的雨棚，整条街十几家店都这么搭，样式都差不多。11月5日，街道城管给我家一家下了《限期拆除通知书》，限十天内自行拆除，别的店都没有。我问为什么只有我家，回答是"先从你家开始"。

我不是不配合，要拆一起拆，要留一起留，只盯着我一家说不过去。

另外想申请把期限延到月底，店里这个月有一批货在门口周转，十天实在来不及。

说实在的，这封信我犹豫了很久。我那间铺子的招牌审批还在城管那边办着，就怕这一问，以后什么事都不好办了。

桥头街一店主
"""), "complaint", "yes", "c", "Urban Management Bureau", "normal", "zh", "two-intents")

add(50, "thanks-odour-team", "eml", dict(
    frm=("Sophie Marchand", "sophie.marchand@example.net"), date="2026-11-22 09:15",
    subject="Thanks for dealing with the smell so quickly",
    body="""Hello,

Last Tuesday I reported a strong chemical smell along the canal near Hexi Market. Two people from the environment bureau came that same afternoon, traced it to a leaking drum at a recycling yard and had it taken away by the evening. Someone even called me the next day to explain what they had found.

I didn't expect it to be that fast. Thank you to the team - nothing else is needed.

Sophie Marchand
"""), "information", "no", "-", "Ecology and Environment Bureau", "normal", "en", "-")

add(51, "market-closed-where-to-go", "eml", dict(
    frm=("廖金凤", "liaojinfeng@example.org"), date="2026-11-02 06:58",
    subject="菜场关门装修，我们这些摊主去哪？？？",
    body="""领导好！！

桂园农贸市场从１１月１日起关门改造，说要搞４个月，我们４０多个摊主到现在都没人告诉去哪里临时摆——市场管理方就贴了张通知：“请各商户自行妥善安排”。。。

４个月不做生意，摊位费还是交了一年的！！周边几个小区的老人买菜也要多跑两公里……

恳请：
①协调一个临时过渡市场（旁边体育场外的空地就行）；
②这几个月的摊位费按比例退，或者顺延。

谢谢！！！
桂园市场摊主代表　廖金凤　１３９　００００　４４１２
"""), "demand", "no", "-", "Commerce and Investment Promotion Bureau", "normal", "zh", "fullwidth")

add(52, "reconsideration-after-fine", "eml", dict(
    frm=("", "xiaoguan.family@example.net"), date="2026-11-23 23:50",
    subject="被罚款以后还能不能申请复议",
    body="""请问一下，如果一个小饭店被执法部门罚了款，店主觉得罚得不对（比如说引用的那条根本不适用），还能不能申请行政复议？要在多少天内提？去哪里提？复议期间是不是要先把罚款交了？

我这也就是问问。听人说，复议了也没用，人家以后天天来查你，排烟、卫生、消防，总能查出点什么。这个店是我们一家人的生计，所以想先弄明白，再决定要不要提。
"""), "consultation", "yes", "c", "Justice Bureau", "normal", "zh", "indirect")

add(53, "passport-held-salary", "eml", dict(
    frm=("Maria", "maria.kitchen@example.com"), date="2026-11-24 02:10",
    subject="Employer keeping my passport and three months' salary",
    body="""Hello,

I am a Filipino national working as a kitchen supervisor in a hotel restaurant here. Since August my salary has not been paid - the manager says "next month" every month. He has also kept my passport in his office since I arrived, "for the visa paperwork", and now he says I will get it back "when the contract ends".

I have copies of my contract and my work permit. I want my salary, and I want my passport back.

Please understand my worry. My residence permit depends on this employer. Last year a colleague asked about overtime pay, her contract was ended the same week, and she had to leave China within a month. I cannot afford that - my family at home depends on this job. Is there any way you can help?

Maria
"""), "demand", "yes", "c", "Human Resources and Social Security Bureau", "normal", "en", "-")

add(54, "rider-parking-bays", "json", dict(
    submitted_at="2026-11-25T14:37:00+08:00", name="骑手小谭", phone="173 0000 2259", email="",
    anonymous=False, title="建议给外卖骑手划临时停车位", district="金沙湾",
    content="我是送外卖的，金沙湾万达这边商场门口不给停电瓶车，停一下就被贴条拖车，我们只能停到马路对面再跑过来，一单就多五六分钟，超时还要扣钱。建议在商场侧门那边画一块骑手临时停车区，限停十分中，大家有地方停了也不会luan停。好多城市都有了，希忘考虑一下。"),
    "suggestion", "no", "-", "Transport Bureau", "normal", "zh", "typos")

add(55, "drawing-review-studio", "eml", dict(
    frm=("", "smallbuild.co@example.org"), date="2026-11-26 10:48",
    subject="图纸审查的事，想请领导留意一下",
    body="""您好，

我们是一家做小型厂房的施工单位。今年报的三个项目，施工图审查都被退回，每次意见都不一样，前前后后改了两个多月。

后来有个同行提醒我们：图拿到"博远图文设计工作室"去改，基本一次就过。我们抱着试试的心态，花四万二让他们重新出了图，结果一周内就通过了，其实改动的地方很少。

再后来才听说，这家工作室的法人，是审批科负责厂房类审查的钟科长的爱人。这事我们手上没有证据，不过工作室的工商信息网上都查得到，领导们一查便知。

我们做小生意的，只想大家按一个标准来。
"""), "complaint", "yes", "a", "Discipline Inspection Commission", "normal", "zh", "indirect")

add(56, "thank-you-eleven-years", "html", dict(
    frm=("", "old.diner.owner@example.com"), date="2026-11-27 20:20",
    subject="寫給市長的一封感謝信",
    body="""市長您好：

我在本市做小餐飲十一年了，前前後後開過四家店。今年開第五家，從遞材料到拿證、消防、招牌，一共用了十二天，也沒請中介。想起二〇一五年開第一家店，光跑證就跑了小半年。

沒什麼要反映的，就是想說一聲：變化是實實在在的，我們這些小老闆看得見。希望這股勁頭保持下去。

一名老餐飲人　敬上
"""), "information", "no", "-", "none", "normal", "zh", "fullwidth")

add(57, "balloon-stall-holiday", "json", dict(
    submitted_at="2026-10-01T08:05:00+08:00", name="黎姐", phone="136 0000 5093", email="",
    anonymous=False, title="国庆摆摊", district="人民广场",
    content="国庆这几天想在人民广场边摆个小摊卖气球，要去哪办手续？"),
    "consultation", "no", "-", "Urban Management Bureau", "normal", "zh", "short")

add(58, "lift-inspection-overdue", "eml", dict(
    frm=("焦女士", "jiao.fenglin@example.net"), date="2026-11-28 09:42",
    subject="电梯检验合格证过期四个月了",
    body="""您好，我住在枫林苑二期12栋。楼里电梯贴的《特种设备使用标志》上，下次检验日期写的是2026年7月，现在都十一月底了。

我问物业，物业在业主群里发了这么一段：

"各位业主：本小区电梯年检工作正在与检验机构协调中，因费用问题尚未落实，电梯目前运行正常，请大家放心使用。——枫林苑物业服务中心"

费用是他们和检验、维保单位之间的事，不能拿我们坐电梯的人冒险。这部电梯上个月还困过一次人，关了二十分钟。

请市场监管部门来查一下，督促他们尽快检验。

12栋住户 焦女士 135 0000 9180
"""), "demand", "no", "-", "Market Regulation Administration", "normal", "zh", "quoted")

add(59, "long-names-registration", "eml", dict(
    frm=("Alexandria K.-P.", "alexandria.kp@example.org"), date="2026-11-29 16:16",
    subject="Online accommodation registration rejects long foreign names",
    body="""Hello,

When I moved flats in October I had to do the online accommodation registration for foreigners. The name field accepts only 30 characters. My full passport name is Alexandria Konstantinidou-Papadimitriou, so the form simply will not submit.

The help line told me to go to the police station in person, which I did. The officer there was kind and registered me in five minutes, but she said several people a week come in for exactly this reason.

Suggestion: make the name field as long as the passport's machine-readable line (39 characters or more), or let people paste the name exactly as it appears there. It would save trips for us and work for the station.

Thanks,
Alexandria K.-P.
"""), "suggestion", "no", "-", "Public Security Bureau", "normal", "en", "-")

add(60, "street-light-fixed", "eml", dict(
    frm=("Ben Howard", "bhoward@example.net"), date="2026-11-30 18:30",
    subject="Street light fixed",
    body="""The street light outside No. 14 Nanxun Lane works again. No need to follow up. Thanks!
"""), "information", "no", "-", "none", "normal", "en", "short")


# ---------------------------------------------------------------- writers

def hdr(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def crlf(text):
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def to_html(body):
    paras = [p for p in body.strip().split("\n\n")]
    out = []
    for p in paras:
        out.append("<p>" + "<br>\n".join(htmlmod.escape(x) for x in p.split("\n")) + "</p>")
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head>\n<body>\n"
            + "\n".join(out) + "\n</body></html>\n")


def when(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=TZ)


def write_eml(e, fname):
    m = e["meta"]
    name, addr = m["frm"]
    frm = formataddr((name, addr), charset="utf-8") if name else addr
    dt = when(m["date"])
    dom = addr.split("@", 1)[1]
    mid = "<%s.%03d.%s@%s>" % (W, e["num"], dt.strftime("%Y%m%d%H%M"), dom)
    heads = [
        ("From", frm), ("To", "mayor@city.example"), ("Subject", hdr(m["subject"])),
        ("Date", format_datetime(dt)), ("Message-ID", mid), ("MIME-Version", "1.0"),
    ]
    kind = e["kind"]
    if kind == "multi":
        b = "=_w44_alt_%03d" % e["num"]
        heads.append(("Content-Type", 'multipart/alternative; boundary="%s"' % b))
        heads.append(("Content-Transfer-Encoding", "8bit"))
        parts = ["This is a multi-part message in MIME format.", ""]
        for ctype, content in (("text/plain", m["body"]), ("text/html", to_html(m["body"]))):
            parts += ["--" + b,
                      "Content-Type: %s; charset=utf-8" % ctype,
                      "Content-Transfer-Encoding: 8bit", "", content.rstrip("\n"), ""]
        parts += ["--" + b + "--", ""]
        payload = "\n".join(parts)
    else:
        ctype = "text/html" if kind == "html" else "text/plain"
        heads.append(("Content-Type", "%s; charset=utf-8" % ctype))
        heads.append(("Content-Transfer-Encoding", "8bit"))
        payload = to_html(m["body"]) if kind == "html" else m["body"]
    text = "\n".join("%s: %s" % kv for kv in heads) + "\n\n" + payload
    with open(os.path.join(OUT, fname), "wb") as f:
        f.write(crlf(text).encode("utf-8"))


def write_json(e, fname):
    m = dict(e["meta"])
    obj = {"id": "%s-%03d" % (W, e["num"]), "submitted_at": m["submitted_at"],
           "name": m["name"], "phone": m["phone"], "email": m["email"],
           "anonymous": m["anonymous"], "title": m["title"], "content": m["content"],
           "district": m["district"]}
    with open(os.path.join(OUT, fname), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=2)
        f.write("\n")


def main():
    os.makedirs(OUT, exist_ok=True)
    for old in os.listdir(OUT):
        if old.startswith(W + "-"):
            os.remove(os.path.join(OUT, old))
    rows = ["path\tcategory\tconfidential\treason\tdepartment\tpriority\tlanguage\thard"]
    nums = set()
    for e in sorted(L, key=lambda x: x["num"]):
        assert e["num"] not in nums
        nums.add(e["num"])
        ext = "json" if e["kind"] == "json" else "eml"
        fname = "%s-%03d-%s.%s" % (W, e["num"], e["slug"], ext)
        if ext == "json":
            write_json(e, fname)
        else:
            write_eml(e, fname)
        rows.append("\t".join(["letters/" + fname] + list(e["lab"])))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows) + "\n")
    print("wrote %d letters" % len(L))


if __name__ == "__main__":
    main()
