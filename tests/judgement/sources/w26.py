#!/usr/bin/env python3
"""w26 letters for the blind6 corpus. Standard library only, deterministic.

Run: python3 gen.py  -> writes letters/ and labels.tsv next to this file.
"""
import base64
import json
import os
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "letters")
WHO = "w26"

LETTERS = []


def L(num, slug, fmt, date, frm, subject, body, labels, **kw):
    """fmt: plain | html | multi | json. date: 'YYYY-MM-DD HH:MM'.
    frm: (display name, address). labels: (category, confidential, reason,
    department, priority, language, hard)."""
    LETTERS.append(dict(num=num, slug=slug, fmt=fmt, date=date, frm=frm,
                        subject=subject, body=body.strip("\n"), labels=labels,
                        kw=kw))


# ---------------------------------------------------------------- letters
L(1, "jiaojing-shouji", "plain", "2026-10-07 09:41",
  ("刘师傅", "liu.shifu77@mail.example.com"),
  "东环路杏林街口交警执法态度问题",
  """
领导好：

我是跑网约车的，10月6号晚上八点多在杏林街口接个乘客，就停了不到一分钟，双闪开着。过来一个交警，个子挺高，戴眼镜，胸前警号最后三位是137。我说乘客马上就上车，他二话不说把我手机从支架上拽下来往副驾上一扔，说"再废话扣你车"。

罚单我认，二百就二百。但是手机屏摔裂了，他还骂我"开个破车还横什么横"。乘客都看不下去了帮我说了两句，他连乘客一起骂。

我就想问问，交警执法可以这样吗？行车记录仪有视频，声音也录上了，可以提供。

刘师傅 138 0000 4271
""",
  ("complaint", "yes", "a", "Public Security Bureau", "normal", "zh", "-"))

L(2, "rider-wages-jinqiao", "plain", "2026-10-09 22:15",
  ("Zhao Kai", "zhaokai.rider@example.net"),
  "Unpaid salary from delivery station, 2 months",
  """
Hello,

I am a delivery rider working for the Jinqiao station of a food delivery platform. The station is run by an agent company called Sudaxing Logistics. Since August they do not pay us. August and September, about 11,600 yuan for me, and 14 other riders same situation.

Station boss Mr. Peng say the platform did not settle the money with him. The platform customer service say it is the agent's problem, not them. Everybody push to each other and we are in the middle.

We want our money. Please help us contact the labour inspection. I can bring the other riders, we have the order records and the WeChat chat where Peng promise to pay "before National Day".

Another thing, they never paid social insurance for us, even the contract said yes. Can this also be checked?

Thank you
Zhao Kai
Tel 152 0000 8836
""",
  ("demand", "no", "-", "Human Resources and Social Security Bureau", "normal", "en", "two-intents"))

L(3, "waidi-paizhao-wangyueche", "json", "2026-10-03 14:20",
  ("", ""),
  "外地牌照的车能办网约车运输证吗",
  """
你好，我的车是去年在老家买的，挂的外省牌照，现在人在本市，想跑滴滴。听群里说要本地牌照才能办车辆运输证，是真的吗？如果要转籍过户到本市，先办什么再办什么？车龄有没有要求？驾驶员证我已经考过了。谢谢。
""",
  ("consultation", "no", "-", "Transport Bureau", "normal", "zh", "-"),
  name="何永强", phone="176 0000 3390", email="", anonymous=False, district="沙湾区")

L(4, "sanlunche-zhaobuzhao", "plain", "2026-10-11 19:02",
  ("程月", "chengyue_88@post.example"),
  "我的三轮车到底去哪了",
  """
九月底我爸在农机公司门口卖烤红薯，城管来收车，三轮车和炉子一起拉走了，给了一张单子，上面没盖章也没写编号。

后来我爸去中队要了四次。第一次说要先交罚款，第二次说领导不在，第三次那个姓万的队长说"车找不着了，你自己看着办吧"，说完还跟旁边的人笑。第四次干脆不让进门。

前两天我爸路过中队后院，从铁门缝里看见了他那个炉子，烟囱上他自己缠的红胶布还在，炉子是热的，旁边还堆着红薯皮。

我爸不识几个字，这信是我帮他写的。他六十多了，就靠这个过冬。我们就想要回自己的车。
""",
  ("complaint", "yes", "a", "Urban Management Bureau", "normal", "zh", "indirect"))

L(5, "lost-phone-taxi", "plain", "2026-10-12 08:05",
  ("Mia", "mia.k@inbox.example"),
  "lost phone in taxi",
  """
Left my phone in a taxi last night around 11pm, Nanhu Plaza to the train station. Have the receipt. Who do I call?
""",
  ("information", "no", "-", "Transport Bureau", "normal", "en", "short"))

L(6, "wuliuyuan-takeng", "plain", "2026-10-14 06:38",
  ("老谭", "tan.laoshi@example.org"),
  "紧急！云塘物流园南门出口S218路面塌了个大坑",
  """
今天早上6点多，云塘物流园南门出来往S218拐弯那块，路面塌了一个坑，大概两米宽，深的地方能没过小腿，里面全是水看不出深浅。

刚才一辆拉钢材的半挂前轮掉进去，车差点侧翻，司机吓得脸都白了。现在一点警示都没有，天亮前全是出园的重车，这个点天还黑着根本看不见。我们几个司机从车上拿了几个锥桶摆着，顶不了多久。

请赶紧派人来封一下！！

电话 177 0000 3158 老谭
""",
  ("demand", "no", "-", "Transport Bureau", "high", "zh", "-"))

L(7, "gaotie-xucheichang", "plain", "2026-10-15 23:47",
  ("钱卫东", "qwd1965@mail.example.net"),
  "建议高铁东站出租车蓄车场搞个短途快速通道",
  """
我开出租车十一年了，说点实在的。

高铁东站蓄车场现在是所有车排一条长队，排一个半小时是常事。客人一上车说去两公里外的酒店，司机心里憋屈，就有人拒载或者甩脸色，客人投诉也多，说到底是制度让人难受。

外地不少车站有"短途返程"的做法：拉了三公里以内的短途，回来凭小票走快速道，不用重排。建议东站也试试，这样司机不挑客，旅客也舒心。

还有，蓄车场的厕所就一个，冬天几百号司机排队，能不能多放两个移动厕所。

出租车司机 钱卫东
""",
  ("suggestion", "no", "-", "Transport Bureau", "normal", "zh", "-"))

L(8, "fines-passport-app", "plain", "2026-10-16 12:30",
  ("Daniel Whitford", "d.whitford@example.com"),
  "Paying traffic fines online as a foreigner",
  """
Dear Sir or Madam,

I'm a Canadian living here on a work residence permit and I drive my own car, registered in my name. Last month I got a speeding ticket (fair enough, 68 in a 60). The problem was paying it.

The traffic management app only lets me register with a Chinese ID number; passport isn't an option in the dropdown. In the end I drove to the traffic police service window on Fengming Road and took half a day off work to pay 200 yuan.

There are quite a few of us foreign drivers in the city now. It would really help if the app accepted a passport number plus residence permit number, or if fines could be paid at bank counters with just the ticket number. Even one English page explaining the options would be great.

Thanks for considering it.
Daniel Whitford
""",
  ("suggestion", "no", "-", "Public Security Bureau", "normal", "en", "-"))

L(9, "liuwan-tanweifei", "plain", "2026-10-18 20:11",
  ("周桂兰", "zhouguilan_doufu@example.net"),
  "关于柳湾农贸市场摊位费的事",
  """
领导好，

我在柳湾农贸市场卖豆腐八年了。市场是一家公司在管。今年十月起摊位费从每月1800涨到2600，水电另外再加一个"管理服务费"，没开会，没公示，就在群里发了个通知。

我们几个老摊户去办公室问，经理说嫌贵可以不干，外面排队等摊位的多的是。又说明年三月合同到期，续不续"看各位的表现"。大家都听得懂是什么意思。

我们不是不交钱，就是想问这么涨有没有依据，能不能请有关部门出面协调一下。我们几个私底下商量了好几回，谁也不敢出这个头，最后还是我写了。家里两个孩子上学就靠这个摊子，明年要是续不上，我真不知道怎么办。

周桂兰 136 0000 7719
""",
  ("demand", "yes", "c", "Commerce and Investment Promotion Bureau", "normal", "zh", "indirect"))

L(10, "huoche-tongxingzheng", "json", "2026-10-19 07:02",
  ("", ""),
  "货车进城通行正怎么办",
  """
你好 我是跑城配的 4米2的厢式货车 蓝牌 现在白天进二环要通行正，听说要在网上申请 可是我找不到在那里申请，交警队说网上办 网上又说要公司资质。我是个人挂靠的，挂靠公司能不能帮我办？一次能办多久的 要不要钱。着急 每天早上七点到九点都不敢进，客户都快跑光了
""",
  ("consultation", "no", "-", "Public Security Bureau", "normal", "zh", "typos"),
  name="黄师傅", phone="13300004512", email="", anonymous=False, district="城北区")

L(11, "bbq-smoke-huaxi", "plain", "2026-10-20 01:26",
  ("Priya Raman", "priya.raman@example.org"),
  "BBQ stalls outside our building every night until 2am",
  """
Hi,

I live on the 3rd floor of Block 6, Huaxi Garden, right above the corner where Qingshi Lane meets the main road. Since the summer, four or five barbecue stalls set up on the pavement every evening from around 8pm. The smoke comes straight into our windows, we can't dry clothes, and there's shouting and beer bottles smashing until 2 or 3 in the morning. It's 1:20 now and I'm writing this because I can't sleep.

In the mornings the pavement is covered in grease and skewers; my kid slipped on it last week.

I'm honestly not against people making a living. But this is a residential lane with no bins, no toilets, nothing. Could someone move them to a proper spot, or at least enforce a closing time? I've called the community office twice and they said it's a city management matter.

Happy to be contacted: Priya Raman, 135 0000 2264
""",
  ("demand", "no", "-", "Urban Management Bureau", "normal", "en", "-"))

L(12, "zhichao-jianchadian-yan", "plain", "2026-11-03 10:18",
  ("一个跑车的", "truck.anon2026@example.com"),
  "反映桐关高速出口治超检查点的情况",
  """
11月2号凌晨三点多，我开重型半挂从桐关高速出口下来，被检查点拦下说疑似超限。我拉的是标箱，磅单都在，上了磅结果也没超。

检查的那个穿制服的（胸牌上姓孙，三十多岁，左边眉毛上有道疤）把我叫到旁边板房里，说"磅有误差，要不重新过一遍，你看怎么说"，又自己嘀咕"最近天天值夜班，烟都抽完了"。

我车上本来有两条烟是自己路上抽的。他往我驾驶室瞄了一眼，我就懂了，拿过去，他手一挥就放行了。

两条烟不值几个钱，但是我听别的司机说这个点一直这样，不"懂事"就让你在那等到天亮。我们跑车的耗不起。希望有人去查查。

名字不写了，车是公司的。
""",
  ("complaint", "yes", "a", "Discipline Inspection Commission", "normal", "zh", "indirect"))

L(13, "gongche-dier-yiyuan", "html", "2026-10-21 16:40",
  ("陳太", "chan.tai@mail.example.org"),
  "請問到市第二人民醫院坐幾路公車？",
  """
您好，我是從香港過來探親的，住在女兒家（金沙路和月桂街交叉那邊）。

下星期二要去市第二人民醫院複診，女兒要上班不能送我。請問從這邊坐幾路公車可以到？要不要轉車？大概要坐多久？

另外，老人家坐公車要不要辦什麼卡？我今年七十一歲，有香港身份證和回鄉證。

謝謝！

陳太
""",
  ("information", "no", "-", "Transport Bureau", "normal", "zh", "fullwidth"))

L(14, "foreigner-didi-driver", "plain", "2026-10-22 21:55",
  ("Aibek S.", "aibek.s@example.net"),
  "Can a foreigner drive for 网约车?",
  """
Hi, I'm from Kazakhstan, living here 4 years, married to a Chinese woman. I have a 居留许可 for family reunion and a Chinese 驾驶证 (C1, got it in 2023).

Friends say I can make some money driving 滴滴 on weekends with my wife's car. But to get the 网约车驾驶员证, do they accept foreigners at all? Is the exam only in Chinese? And does my residence permit type allow this kind of work, or do I need a 工作许可 too?

Don't want any trouble with police or my visa, so asking first. Thanks.
Aibek
""",
  ("consultation", "no", "-", "Transport Bureau", "normal", "en", "mixed"))

L(15, "dingshengda-yunfei-sanci", "plain", "2026-11-05 13:07",
  ("鲁建军", "lujianjun@example.com"),
  "还是鼎盛达物流那笔工资，第三次写信了",
  """
九月份我反映过鼎盛达物流拖欠我们七个司机工资的事（我们给他们开车，工资按趟算提成）。当时收到的回复是：

————————
"您好，您反映的鼎盛达物流拖欠工资一事，经核实，已转交区劳动保障监察大队处理，请您耐心等待。感谢您对我们工作的支持。"
————————

耐心等了一个半月了，没有任何人联系过我们。公司老板电话换了号，仓库门口贴了一张"内部整顿，暂停营业"。我们七个人一共被欠了十九万多，有的兄弟车贷都断供了，家里孩子学费交不上。

这次麻烦明确告诉我们，到底是哪个部门在管，进展到哪一步，要我们提供什么材料我们马上送过去。

车主代表：鲁建军 139-0000-6620
""",
  ("demand", "no", "-", "Human Resources and Social Security Bureau", "normal", "zh", "quoted"))

L(16, "yeshi-huadi", "plain", "2026-10-24 00:33",
  ("小梅", "xiaomei.chaofen@example.org"),
  "与其天天撵，不如划块地方",
  """
我在长青路地铁口附近卖了三年炒粉。说实话城管也不容易，我们也不容易，天天你来我跑，跑的时候油锅都差点翻了，真的危险。

我建议：地铁站后面那块停车场晚上是空的，能不能每天晚上七点到十二点划成临时夜市？摊主登记，交点卫生费，统一摆桌子、统一收垃圾，十二点准时撤。别的城市有这么搞的，又热闹又干净。

我们愿意配合登记，每个摊也愿意自己配灭火器。希望领导考虑考虑。

一个摆摊的 小梅
""",
  ("suggestion", "no", "-", "Urban Management Bureau", "normal", "zh", "-"))

L(17, "yinxing-dianziyan", "plain", "2026-10-25 18:20",
  ("祁师傅", "qi_chedui@example.net"),
  "感谢交警部门在银杏大道路口为财政作出的突出贡献",
  """
银杏大道和规划三路路口，上个月重新画了线，原来的直行道改成了左转专用。地上的线画了，头顶的指示牌还是老的，写的"直行"。

于是这一个月，这个路口的电子眼大概是全市最勤快的一个。我们车队十几个兄弟都被拍了，我自己两次，一次两百扣两分，真是谢谢了。

一个路口牌子和地线打架，被拍的人多到交管APP上申诉都排不上，这么久了居然没人发现？还是发现了觉得挺好，不想改？

麻烦把牌子改了。已经拍了的，能不能统一复核一下。不是我们不守规矩，是真不知道该听地上的还是听天上的。
""",
  ("complaint", "no", "-", "Public Security Bureau", "normal", "zh", "sarcasm"))

L(18, "thanks-officer-huang", "html", "2026-10-21 09:12",
  ("Tomasz Nowak", "tnowak.trans@example.com"),
  "Thank you to Officer Huang at the Beihu interchange",
  """
Hello,

I want to say thanks to a traffic police officer. On the evening of October 19 my truck broke down on the Beihu interchange ramp in heavy rain (gearbox problem). I am not from this city and my Chinese is not good, I was very scared because cars were coming fast behind me.

Officer Huang Lei (I saw his name on the badge) came in about ten minutes. He put warning signs far behind my truck, called the tow company for me and waited with me almost two hours in the rain. He even used his phone translation app to talk with me and made sure I had somewhere to sleep.

In my country we don't always have such good experience with police. Please tell his leader he did a great job.

Best regards,
Tomasz Nowak, driver
""",
  ("information", "no", "-", "Public Security Bureau", "normal", "en", "-"))

L(19, "xiaba-fangdong-duanshui", "plain", "2026-10-26 22:48",
  ("阿强", "aqiang.kd@example.org"),
  "房东断水断电逼我们搬走",
  """
我和老婆都是送快递的，在下坝村租的自建房，一个月800，合同签到明年三月。

上个月房东说要涨到1300，我们没同意，他先断了网，这个星期水电也都断了，门口还倒了一堆建筑垃圾把电瓶车堵在里面。押金一千五，他说一分不退。

我们现在每天晚上去同事那里洗澡，电瓶车只能拉到外面找地方充，怕着火。能不能有人管一管？

这个房东在村里认识的人多。拜托处理的时候千万别提我的名字和电话，就说是有人反映就行。

阿强 199 0000 5083
""",
  ("demand", "yes", "b", "Housing and Urban-Rural Development Bureau", "normal", "zh", "-"))

L(20, "cuiping-caichang-tuiren", "plain", "2026-10-15 21:30",
  ("程立", "chengli.home@example.com"),
  "10月14号下午翠屏菜市场西门城管推老人",
  """
10月14号下午四点左右，在翠屏菜市场西门外，我妈（68岁）在路边摆了个小摊卖自己种的青菜。

来了一辆城管的车，车牌尾号0427，下来三个人。其中一个胖胖的，穿制服没戴帽子，过来一脚把菜筐踢翻。我妈去捡，他一把把我妈推坐到地上，还说"老不死的听不懂人话"。旁边卖鱼的都看见了，有人拍了视频。

我妈现在腰疼，去社区医院看了说是软组织挫伤。摆摊不对我们认，该罚就罚，但是推老人这个说不过去。请查一查是谁，给我们一个说法。

儿子：程立 电话 150 0000 9347
""",
  ("complaint", "yes", "a", "Urban Management Bureau", "normal", "zh", "-"))

L(21, "truck-parking-hexin", "plain", "2026-11-06 04:50",
  ("driver Gao", "gao.container@example.net"),
  "truck parking close, where we park??",
  """
hello mayor office

i am truck driver, drive container from port to Hexin logistic park. before we park in the big ground next to park gate, 24 hour, 10 yuan. from 1 november it close, they put fence, say will build somethng. now no place to park, we park road side and traffic police give ticket 200 yuan, every night! my freind get 3 ticket in one week.

we must sleep in truck and wait for loading in morning, we have no choise.

please make new truck parking near the park, or open the old one again untill the new is ok. many many driver same problem, more then 100 truck every night.

thank you, sorry my english not good
driver Gao
""",
  ("demand", "no", "-", "Transport Bureau", "normal", "en", "typos"))

L(22, "jianbing-fapiao", "json", "2026-10-27 10:05",
  ("", ""),
  "摆摊的能开发票吗",
  """
我在大学城后街卖煎饼果子，有个公司的人一次订了六十份早餐，要我开发票给他报销。我没有营业执照，就是个流动摊。请问我这种情况能不能去税务局代开发票？要带什么？要交多少税？如果以后经常有这种单子，是不是得去办个个体户？
""",
  ("consultation", "no", "-", "Taxation Bureau", "normal", "zh", "-"),
  name="袁丽", phone="", email="yuanli.jianbing@example.com", anonymous=False, district="高新区")

L(23, "qishou-shuaishang-gongshang", "plain", "2026-10-28 15:26",
  ("小段", "duan.rider@example.org"),
  "送外卖摔伤了能不能算工伤",
  """
你好，我是某平台的众包骑手，上周五送单的时候下雨路滑，在建设路那个下坡摔了，右手腕骨裂，打了石膏要休六周。平台的保险只赔了一千多，站长说我是"众包不是员工"，算不了工伤。

想问下：
1. 我这种天天在app上接单、系统派单、超时要罚款的，一天 order 量五十多单，rating 一直是A，能不能认定劳动关系？
2. 去哪里申请工伤认定，要什么材料？

还有，上次有个兄弟去仲裁，第二天账号就被 block 了，说是"系统风控"，站长在群里说"谁闹谁知道"。我伤好了还得靠这个 app 吃饭，所以先问问，不想闹大。

小段 189 0000 6602
""",
  ("consultation", "yes", "c", "Human Resources and Social Security Bureau", "normal", "zh", "mixed"))

L(24, "exit-entry-window5", "plain", "2026-10-24 17:03",
  ("Marta Oliveira", "marta.oliveira@example.com"),
  "Treatment at the exit-entry office",
  """
Dear Mayor's Office,

On 23 October I went to the Exit-Entry Administration hall on Huancheng North Road to renew my residence permit. I had every document on the checklist from your own website.

At window 5, at about 10:40am, the officer (a man around 40, no name tag visible) looked at my employment letter and said something I didn't understand. When I asked him politely to repeat, he shouted "Next! Don't waste my time!" and threw my passport back across the counter so it fell on the floor. The Chinese lady behind me picked it up for me.

The information desk later explained the letter was missing a company stamp on the second page. Fine, I can fix that. But there is no reason to throw someone's passport on the floor. I've lived here six years and never had this happen.

I'd appreciate it if someone could look into this.

Regards,
Marta Oliveira
""",
  ("complaint", "yes", "a", "Public Security Bureau", "normal", "en", "-"))

L(25, "gaosu-tuanwu", "json", "2026-11-08 21:14",
  ("", ""),
  "明早高速有雾吗",
  """
明早五点从北边上京港澳，南郊那段会不会有团雾？拉的活鱼等不起。
""",
  ("information", "no", "-", "Meteorological Bureau", "normal", "zh", "short"),
  name="", phone="158 0000 2731", email="", anonymous=False, district="")

L(26, "dongmen-guicheng", "plain", "2026-10-29 11:44",
  ("蔡晓红", "caixh.shuichan@example.net"),
  "举报隔壁摊位用鬼秤",
  """
我在东门水产市场做生意，隔壁12号摊位那家的电子秤有问题，一斤虾能多称出二两来。好几个顾客拿到市场门口的公平秤复秤，回来找他吵，他就说是我这边的秤不准，搞得现在客人连我家也不信了，生意掉了一半。

我跟市场管理处说过，他们说秤的事他们管不了。麻烦市场监管的来查查他的秤，顺便也查我的，我不怕查。

摊主 蔡晓红 188 0000 4410
""",
  ("demand", "no", "-", "Market Regulation Administration", "normal", "zh", "-"))

L(27, "zhengwu-yunshuzheng-paidui", "multi", "2026-11-10 19:35",
  ("邓国华", "dengguohua@mail.example.com"),
  "政务服务中心道路运输证窗口排队的问题",
  """
11月10号我去市政务服务中心三楼办道路运输从业资格证换证，早上八点半取号，前面就二十来个人，结果到十一点四十才轮到我。

中间系统宕机快一个小时，窗口只说"系统问题，等一下"，没有广播，没人说大概要等多久，好多人以为上午办不了就走了，下午来又得重新取号。轮到我的时候又说材料上传失败，下午两点再来排。

换个证跑了一整天。我们跑车的一天不出车就少一天的钱。能不能把这个业务放到网上办？或者系统出问题的时候至少告诉大家一声，让人心里有个数。
""",
  ("complaint", "no", "-", "Administrative Approval Bureau", "normal", "zh", "-"))

L(28, "ebike-lane-wenhua", "plain", "2026-10-30 08:22",
  ("Liam O'Connor", "liam.oc@example.org"),
  "Suggestion: separate lane for e-bikes on Wenhua Road",
  """
Hello,

I cycle to work every day on Wenhua Road between the university and the tech park. The non-motor lane there is shared by regular bikes, hundreds of delivery e-bikes and people walking to the bus stops. At lunch (11:30-13:00) the riders are under huge time pressure and ride very fast, often against traffic. I've seen two crashes this month, and I don't really blame the riders, they're paid by the order.

Two ideas:
(1) a physical divider, or at least a coloured lane, between the bus stop area and the bike lane;
(2) a few pickup bays outside the big restaurant cluster near No. 88, so riders don't stop in the lane waiting for food.

Happy to share photos if it helps.
Cheers,
Liam O'Connor
""",
  ("suggestion", "no", "-", "Transport Bureau", "normal", "en", "-"))

L(29, "sorting-center-overtime", "plain", "2026-11-11 23:58",
  ("Lin Guofang", "linguofang.family@example.net"),
  "sorting center overtime no pay",
  """
Dear sir,

I work in an express sorting center in the Qiaotou industrial area (the big one for a national courier brand, but we are hired by a labour dispatch company). Since the Double 11 preparation in October we work 12 hours every night, 7 days a week, no day off for 5 weeks. Overtime is not paid. Our payslip only shows basic 2,300 plus "piece bonus".

When people ask, the team leader says if you don't like it, leave, many people are waiting outside the gate.

I write in English because my daughter is helping me and she says it is easier for her to type. We hope the labour department can check the attendance. The scanning machines record every parcel with our worker ID, so the hours are all there.

I am a bit afraid after sending this. The team leaders already said in the group that whoever complains will be "optimized" first. I am 47, it is not easy to find another job.

Lin Guofang, night shift, line 3
""",
  ("demand", "yes", "c", "Human Resources and Social Security Bureau", "normal", "en", "-"))

L(30, "yeshi-baitan-shenqing", "plain", "2026-10-31 14:09",
  ("林小姐", "lin.taiwan@example.com"),
  "請問夜市擺攤要申請什麼？",
  """
您好！

我是台灣來的，嫁過來第５年了，想在週末的星光夜市擺攤賣台式雞排和珍奶。請問：

１．擺攤要跟哪個單位申請？是夜市自己管理，還是要城管同意？
２．需要食品方面的證照嗎？健康證要去哪裡辦？
３．攤位費大概多少？

先謝謝了！　　林小姐　ＴＥＬ：１３２－００００－６６０５
""",
  ("consultation", "no", "-", "Urban Management Bureau", "normal", "zh", "fullwidth"))

L(31, "museum-hours-taxi", "multi", "2026-11-01 07:45",
  ("Sarah Mitchell", "sarah.mitchell@example.org"),
  "Museum opening hours + taxi drop-off",
  """
Hi there,

We're a family of four visiting from Australia next weekend. Is the City Museum open on Mondays, and what time does it close?

Can a taxi drop us right at the main gate or is there a long walk? My mum uses a walking stick.

Do we need to book tickets in advance, and can foreigners book with a passport?

Thanks heaps,
Sarah Mitchell
""",
  ("information", "no", "-", "Culture and Tourism Bureau", "normal", "en", "-"))

L(32, "hedong-bianmin-yuliu", "plain", "2026-11-02 20:27",
  ("河东一摊户", "hedong.tanhu@example.net"),
  "新建的河东便民市场摊位是怎么分的？",
  """
河东便民市场是街道建的，十月份开业，说是公开抽签分摊位。

抽签那天我们一百多号人去了，结果门口最好的那一排八个摊位，抽签前就已经挂上了"已预留"的牌子。开张以后一看，卖卤菜的是街道经济科刘科长的小舅子，卖水果的那两个是他爱人娘家的亲戚，还有一个到现在都空着，门口贴着"转让"。

我们这些抽到最里面的，一天卖不了几十块钱。

别的我也不多说了。就想知道预留的摊位是按什么规定留的，谁批的。大家心里都有数。
""",
  ("complaint", "yes", "a", "Discipline Inspection Commission", "normal", "zh", "indirect"))

L(33, "guangming-daojishi", "plain", "2026-11-04 12:51",
  ("杜师傅", "dushifu.taxi@example.com"),
  "建议光明路实验小学门口红绿灯加倒计时",
  """
光明路实验小学门口那个红绿灯没有倒计时。我开出租车一天要过几十趟，绿灯什么时候变根本看不出来，经常黄灯一亮就得急刹，后面的车差点追尾，旁边就是放学的小孩，太危险了。

建议装个倒计时显示屏，人行横道前面再画个"学校区域 减速慢行"的标志。

顺便说一句，那个路口往东一百米的两盏路灯坏了快一个月了，晚上黑乎乎的，也麻烦找人修一下。
""",
  ("suggestion", "no", "-", "Public Security Bureau", "normal", "zh", "two-intents"))

L(34, "concrete-dust-shuanglong", "html", "2026-11-07 09:30",
  ("Henrik Lund", "henrik.lund@example.net"),
  "Dust from the concrete plant near Shuanglong Village",
  """
Dear Sir/Madam,

I live in Lakeview Residences, Phase 2. About 500 metres west of us there is a concrete mixing plant that seems to operate around the clock. The trucks come and go all night, but the main problem is dust: on dry days there is a grey layer on our balcony every morning, and my son's asthma has been noticeably worse since September.

The plant's sand and gravel piles are not covered at all, you can see them from the road.

Could the environmental bureau please inspect the plant and require covers or dust suppression? I have photos, but this mail system keeps rejecting them; I can send them if someone gives me another address.

Thank you,
Henrik Lund
Lakeview Residences 2-1803
""",
  ("demand", "no", "-", "Ecology and Environment Bureau", "normal", "en", "-"))

L(35, "jinma-fenzi-qian", "plain", "2026-11-09 16:16",
  ("孙德明", "sundeming1971@example.org"),
  "金马出租汽车公司份子钱乱加",
  """
我是金马出租汽车公司的驾驶员，公司内部车号0731。

公司今年先是把每月份子钱从5200加到5600，说是保险涨了。十月份又弄出来一个"车辆管理费"，每月300，不交就从押金里扣。合同上根本没有这条。公司说所有司机都签了补充协议，可我们谁也没见过这个协议长什么样。

请交通部门查查这家公司。我用真名写，电话也留了，公司知道是我写的也无所谓，我们四十几个司机都是这个意见。

驾驶员 孙德明 137 0000 2058
""",
  ("demand", "no", "-", "Transport Bureau", "normal", "zh", "-"))

L(36, "xiexie-12345", "plain", "2026-11-12 20:03",
  ("王福贵", "wangfugui.zx@example.com"),
  "谢谢12345",
  """
市长好：

九月份我们八个装卸工被仓库老板欠了两个月工资，打了12345，说实话当时也没抱多大希望。接电话的姑娘很耐心，把我们说的一条条记下来，后来就真有人来处理了，老板十月底全部结清。

我们几个老乡商量着，一定要写封信说声谢谢。你们这个热线是真管用。

王福贵和工友们
""",
  ("information", "no", "-", "none", "normal", "zh", "-"))

L(37, "fake-passenger-sting", "plain", "2026-11-13 22:40",
  ("R.", "driver.r.practice@example.net"),
  "About the \"fake passenger\" checks at South Station",
  """
Hello, I drive ride-hailing. I write in English because I'm practicing, and also maybe less people will read it.

On 3 Nov at South Station a "passenger" ordered through the app, got in, and after 200 meters two cars blocked me. Transport enforcement officers said my car has no vehicle operating permit. That is true, my permit application is still in process. They took my car. Fine 10,000 yuan.

I asked about the permit on this mailbox before and got this reply in September:

> Your application materials are complete. The vehicle transport certificate
> is expected to be issued within 20 working days. During this period please
> comply with relevant regulations.

Now it's 45 working days. I cannot wait forever without income, I have a car loan. I know I broke the rule, but the delay is from your side, and these sting operations only catch small drivers like me.

Please don't put my name in any reply or publish this. The car is registered under my wife and she works in a government unit, I don't want her to have problems because of me.
""",
  ("complaint", "yes", "b", "Transport Bureau", "normal", "en", "quoted"))

L(38, "huochezhan-xiachuan-yanle", "plain", "2026-10-08 19:22",
  ("路过的司机", "passing.driver@example.org"),
  "火车站下穿隧道又淹了！有车困在里面",
  """
现在（晚上7点20）火车站东边那个下穿隧道积水已经到车窗了，一辆小面包熄火困在中间，司机爬到车顶上了，我们在外面不敢进去。

隧道口没有人拦，后面还有车往里开！抽水泵好像根本没开。每次下大雨这里都淹，报了多少回了！

赶紧派人派车来！110我已经打了。
""",
  ("demand", "no", "-", "Water Affairs Bureau", "high", "zh", "-"))

L(39, "jiazhao-12fen", "json", "2026-11-14 08:47",
  ("", ""),
  "驾照扣满12分了怎么处理",
  """
你好，我是跑货运的，今年累计被扣了12分（大部分是超速和不按道行驶），收到通知要去学习考试。请问：要去哪里报名学习？学几天？考科目一还是科目一加科目三？这段时间我能不能开车？我的驾照是外省的，能在本市学吗？
""",
  ("consultation", "no", "-", "Public Security Bureau", "normal", "zh", "-"),
  name="莫志刚", phone="+86 135 0000 7841", email="mozhigang@example.net", anonymous=False, district="临港区")

L(40, "teacher-wages-permit", "plain", "2026-11-15 11:11",
  ("Thabo Mokoena", "thabo.m@example.com"),
  "Training school not paying my salary",
  """
Dear Mayor's Office,

I'm an English teacher from South Africa at a private language training centre in the Xinghe commercial complex (Bright Minds Education, 3rd floor). They haven't paid me or the two other foreign teachers since August. They owe me 36,000 RMB. It's always "next week".

The problem is that my work permit and residence permit are tied to this employer. When I mentioned the labour bureau, the manager said they could "just cancel your permit" and I'd have to leave China within days. I've got a lease, a cat and a life here, and honestly I'm scared of being kicked out for asking for my own salary.

What can be done? Can the labour bureau help us get the wages without my visa status being used against me?

Thabo Mokoena
""",
  ("demand", "yes", "c", "Human Resources and Social Security Bureau", "normal", "en", "-"))

L(41, "matouling-fujing-daren", "plain", "2026-11-09 07:15",
  ("覃海", "qinhai.lenglian@example.org"),
  "检查站辅井打人",
  """
我是跑冷链的，11月8号晚上在马头岭检查站被拦，说是立行检查，查了证件查了货都没问题。

有个辅井（穿辅警衣服，个子不高，脸上有胡子）非要看我手机，我说手机里有私人东西不给看，他一巴掌就扇我脸上，眼镜都打飞了，还说"再嚷嚷把你车扣这过夜"。旁边那个正式的民警看见了也没说啥，转身进屋了。

我车上的行车记录仪有声音，时间是22点15分左右，可以提供。我就想问问，检查站可以随便打人吗？我要他给我道谦。

司机 覃海 电话 181 0000 3376
""",
  ("complaint", "yes", "a", "Public Security Bureau", "normal", "zh", "typos"))

L(42, "laonanmen-gaizao", "plain", "2026-11-16 15:38",
  ("老顾", "gu.ganhuo@example.net"),
  "对老南门菜市场改造的几点建议",
  """
听说老南门菜市场明年要拆了改造成"智慧农贸市场"。我在这卖了二十年干货，是支持改造的，现在屋顶漏雨，下水道一到夏天就臭。

有几点建议：

一是改造期间能不能在附近找块空地搭临时棚，不然我们这一百多户一下子断了收入，老顾客也就散了；

二是改造完了老摊户能不能优先选位，租金头一两年给个过渡；

三是说要装扫码秤、电子屏，很多六七十岁的摊主不会弄，希望有人手把手教，不要一刀切，一开张就罚。

干货摊 老顾
""",
  ("suggestion", "no", "-", "Commerce and Investment Promotion Bureau", "normal", "zh", "-"))

L(43, "airport-night-bus", "html", "2026-11-17 22:02",
  ("Kenji Watanabe", "kenji.w@example.com"),
  "Night bus or taxi to the airport?",
  """
Hello,

My flight leaves at 6:50am on 2 December. I live near Taoyuan metro station. Is there an airport bus that early, or a night bus?

If I take a taxi, roughly how much would it cost, and is there a night surcharge? Do taxis here take card payment, or only WeChat/Alipay?

Thank you!
Kenji Watanabe
""",
  ("information", "no", "-", "Transport Bureau", "normal", "en", "-"))

L(44, "fenglin-laji", "json", "2026-11-18 07:33",
  ("", ""),
  "垃圾没人收",
  """
枫林路18号后面垃圾点三天没人拉了，臭死了，快来收一下。
""",
  ("demand", "no", "-", "Urban Management Bureau", "normal", "zh", "short"),
  name="胡女士", phone="187-0000-2290", email="", anonymous=False, district="枫林街道")

L(45, "huijingyuan-baoan", "plain", "2026-11-19 13:27",
  ("小耿", "geng.waimai@example.org"),
  "汇景苑小区保安不让骑手进还动手",
  """
我是送外卖的。汇景苑小区物业规定外卖员不能进小区，必须业主下楼来拿，这个我们能理解。

可是昨天中午有个业主是坐轮椅的老太太，打电话求我送到她楼下，我就推着车走进去了。东门的保安（五十来岁，姓胡，物业公司的人）冲过来把我电动车推倒，饭洒了一地，还骂了一堆难听的。我车的后视镜断了，那一单被投诉扣了五十。

我去找物业公司，经理说"保安是按规定办事"。请住建部门管管这个物业，至少让他们的保安别动手，赔我的车和单子钱。

耿小龙 173 0000 5526
""",
  ("demand", "no", "-", "Housing and Urban-Rural Development Bureau", "normal", "zh", "-"))

L(46, "er-doctor-deposit", "plain", "2026-11-13 09:05",
  ("Jonas Becker", "jonas.becker@example.net"),
  "ER doctor at the City Central Hospital, night of Nov 12",
  """
To whom it may concern,

On the night of 12 November around 1am, I found a delivery rider lying next to his e-bike on Xinhua Bridge, bleeding from the head. I called 120 and followed the ambulance to the emergency department of the City Central Hospital.

The doctor on duty, a tall young man with a ponytail (the name on the duty board was Dr. Ye), said a deposit of 2,000 yuan was needed before a CT. The rider's phone was broken and he was confused, so I paid 500 with my phone and said I would pay the rest as soon as my bank limit allowed. Dr. Ye said "not enough, wait", and went back into the office, where I could see him watching videos on his phone for about 40 minutes while the rider vomited twice in the corridor. A nurse finally called another doctor.

I'm a foreigner and I may not understand all the rules here, but emergency care should not be delayed like this. The rider's family later told me he had a skull fracture.

Please investigate.
Jonas Becker, 139 0000 1187
""",
  ("complaint", "yes", "a", "Health Commission", "normal", "en", "-"))

L(47, "luwei-xiaotan-zheng", "plain", "2026-11-20 10:40",
  ("万福社区 唐阿姨", "tang.luwei@example.com"),
  "卖卤味的小摊要办什么证？",
  """
请问，我准备在万福社区门口（社区同意了，在一个固定的小亭子里）卖自己家做的卤味，每天大概卖３０—５０斤。

需要办食品经营许可证吗？还是办个"小摊贩登记卡"就行？健康证去哪里办，多少钱？听说现在网上也能办，是哪个网站？？

谢谢！！
""",
  ("consultation", "no", "-", "Market Regulation Administration", "normal", "zh", "fullwidth"))

L(48, "shunan-cangku-yehuaqi", "plain", "2026-11-21 23:16",
  ("顺安员工", "sa.worker.note@example.net"),
  "老城工业园顺安物流仓库里堆液化气罐和油漆",
  """
老城工业园顺安物流的三号仓库，最近接了个活帮人存货，里面堆了上百个液化气钢瓶，还有好几十桶油漆、稀料，就挨着员工宿舍那栋铁皮房，中间只隔一道墙。

宿舍里住着三十多个人，冬天都用电热毯，电瓶车也在里面充电。昨天晚上还有个工人在仓库门口抽烟。

这个要出事就是大事，请尽快来查。我是在里面上班的，来查的时候别说是员工打的电话，就当例行检查。
""",
  ("demand", "yes", "b", "Emergency Management Bureau", "high", "zh", "-"))

L(49, "truck-etc-nanhuan", "plain", "2026-11-22 06:10",
  ("老马", "laoma.huoche@example.org"),
  "建议 for truck ETC lane at Nanhuan toll station",
  """
Hi, I'm a 货车司机, write English because my son study English and help me, haha.

At Nanhuan toll station (南环收费站) there is only 1 ETC lane for 货车, other ETC lanes are 小车 only. Every morning 6-8点 the truck line is more than 1 km, 大家 wait 40 minutes, some trucks then cut into the car lane, very dangerous.

建议: open 1 or 2 more truck ETC lanes, or in peak time let trucks use the mixed lane. Also the lane signs come too late, trucks see them only 200m before, too late to change lane.

Thank you! 老马
""",
  ("suggestion", "no", "-", "Transport Bureau", "normal", "en", "mixed"))

L(50, "falv-yuanzhu-dizhi", "json", "2026-11-23 12:18",
  ("", ""),
  "法律援助中心在哪？",
  """
我们十几个跑外卖的想一起告平台代理商，听说可以申请法律援助。请问市里的法律援助中心在哪个位置，几点上班，周末开不开门？需要先打电话预约吗？
""",
  ("information", "no", "-", "Justice Bureau", "normal", "zh", "-"),
  name="包磊", phone="185 0000 9013", email="", anonymous=False, district="江南区")

L(51, "gongdan-yibanjie", "plain", "2026-11-24 18:44",
  ("龙潭村 杨先生", "yang.longtan@example.com"),
  "工单\"已办结\"？谁办的？",
  """
我10月20号打12345反映龙潭村口大货车把路面压坏的问题。今天收到一条短信：

【12345】您反映的问题已办结。办理结果：经核实，该路段已列入维修计划。如对办理结果不满意，请回复2。

从头到尾没人给我打过一个电话，也没人来看过，路还是那个样子。"列入维修计划"是哪年的计划？这也叫办结？我回了2，过了半小时又收到一条一模一样的短信。

我想知道你们热线"办结"的标准是什么。不是说接线员，她们态度都挺好，是这个流程有问题。
""",
  ("complaint", "no", "-", "Municipal Government Office", "normal", "zh", "quoted"))

L(52, "uk-licence-convert", "plain", "2026-11-25 09:58",
  ("Oliver Grant", "oliver.grant@example.org"),
  "Converting my UK driving licence",
  """
Hello,

I moved here in September on a two-year work visa and I have a full UK driving licence. What do I need to convert it to a Chinese licence?

I read that I have to pass a theory test. Is it available in English? Do I need a certified translation of my licence, and where can I get one? And can I drive with my UK licence plus an international permit in the meantime?

Many thanks,
Oliver Grant
""",
  ("consultation", "no", "-", "Public Security Bureau", "normal", "en", "-"))

L(53, "xingang-dadao-kengwa", "plain", "2026-11-26 21:09",
  ("焦师傅", "jiao.zhonghuo@example.net"),
  "新港大道通物流园那段路烂得不像话",
  """
新港大道从高速口到物流园那三公里，坑连着坑，最大的坑能放进去一个轮胎。重车一过，碎石子崩得到处都是，上个礼拜我的挡风玻璃就被崩了个洞。

晚上更要命，那一段一盏路灯都没有，坑根本看不见，全凭大灯照，小车更惨。

请交通局赶紧把路修一修。路灯的事不知道归谁管，也一起麻烦转一下。
""",
  ("demand", "no", "-", "Transport Bureau", "normal", "zh", "two-intents"))

L(54, "shimen-cun-guanlifei", "plain", "2026-11-27 14:35",
  ("石门村村民", "shimen.cunmin@example.com"),
  "我们村的\"管理费\"真是管理得好",
  """
我要表扬一下我们石门村村委会的副主任。

村口那条路边，每个周六周日附近村民摆摊卖点自家种的橘子、红薯，本来谁也不碍着谁。从九月开始，副主任带着他侄子，每个摊收"管理费"三十块，不给就把筐子踢到沟里。收据？那是没有的。收了钱管了什么呢？垃圾还是我们自己扫，厕所还是没有。

一个周末四十多个摊，一个月下来五千块是有的。这钱进没进村里的账，我们问过会计，会计说"不知道有这个事"。

真是全心全意为人民服务啊。希望上面派人来看看。
""",
  ("complaint", "yes", "a", "Discipline Inspection Commission", "normal", "zh", "sarcasm"))

L(55, "streetlight-pothole-who", "json", "2026-11-28 10:21",
  ("", ""),
  "Who handles broken streetlights vs potholes?",
  """
Hi, there's a dark stretch on Meilin Road near the kindergarten: three streetlights are out, and there's a big pothole at the same spot. Which office do I report each of these to? Is there an app for this, or do I just call 12345 every time? Thanks.
""",
  ("consultation", "no", "-", "Urban Management Bureau", "normal", "en", "-"),
  name="Anna Petrova", phone="", email="a.petrova@example.net", anonymous=False, district="Meilin")

L(56, "jubao-jiujia-chuzu", "json", "2026-11-29 00:52",
  ("", ""),
  "举报酒驾怎么举报",
  """
我们楼下有个开出租的，几乎每天晚上喝完酒还出车，半夜拉客，我亲眼看到好几次，他下楼走路都是晃的。想问问这种情况怎么举报？打110还是找交警？要拍到什么证据才有用？举报以后他会不会知道是谁举报的？住一个楼，低头不见抬头见。
""",
  ("consultation", "yes", "b", "Public Security Bureau", "normal", "zh", "-"),
  name="", phone="", email="", anonymous=True, district="")

L(57, "metro-exit-b", "plain", "2026-11-30 08:40",
  ("Rachel Kim", "rachel.kim@example.com"),
  "Metro Line 3 Exit B: closed since June, love the mystery",
  """
Congratulations to whoever manages Line 3 Dongfeng Road station: Exit B has now been "temporarily closed for construction" for five months, and I have yet to see a single worker behind the hoarding.

No sign says when it reopens or which exit to use instead. Every day I watch tourists with suitcases climb out at Exit D, walk 600 metres round the block and arrive exactly where Exit B would have put them. Great cardio programme, to be fair.

Could someone at least put up a sign with a date and directions? Or, wild idea, reopen it?

Rachel Kim, a daily commuter
""",
  ("complaint", "no", "-", "Transport Bureau", "normal", "en", "sarcasm"))

L(58, "legou-zhandian-yajin", "json", "2026-10-17 17:05",
  ("", ""),
  "外卖站点扣押金还扣工资",
  """
我在乐购站点跑了四个月外卖，十月十五号辞职，站点说辞职要提前一个月说，不然押金一千不退，十月上半个月的工资3400也要扣"违约金"。入职的时后根本没签和同，就是在手机上点了个神么东西。我去站点要了三次，站长不见，电话也不接。麻烦帮我要回来 我就要我自己的辛苦钱
""",
  ("demand", "no", "-", "Human Resources and Social Security Bureau", "normal", "zh", "typos"),
  name="韦小军", phone="134 0000 6158", email="", anonymous=False, district="东坡区")

L(59, "guihua-xiang-ludeng", "plain", "2026-10-10 19:50",
  ("桂花巷住户", "guihuaxiang.7@example.org"),
  "路灯修好了",
  """
上次反映的桂花巷路灯已经亮了，不用回电话了，谢谢。
""",
  ("information", "no", "-", "none", "normal", "zh", "short"))

L(60, "food-truck-permit", "plain", "2026-10-05 15:12",
  ("Jake Morrison", "jake@coffeetruck.example"),
  "A suggestion on food truck permits",
  """
Hello,

I'm an American who has run a small coffee truck with my Chinese partner for two years, mostly outside office parks on weekdays. At the moment there's no clear permit for food trucks: we hold a business licence and a food licence, but every district's city management team treats us differently. In one district we're welcome, in another we get moved on three times a day.

My suggestion: a city-wide food truck permit with designated spots and time slots, paid monthly, like some other cities have tried. We'd happily pay. It would end the cat-and-mouse game for everyone.

I'll admit I'm a bit nervous sending this. The Xiyuan team knows our truck very well, and our licence renewal comes up in January. I'd hate for a suggestion to be read as a complaint and cause us problems at the renewal.

Jake Morrison
""",
  ("suggestion", "yes", "c", "Urban Management Bureau", "normal", "en", "-"))


# ---------------------------------------------------------------- output
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
          "Oct", "Nov", "Dec"]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def weekday(y, m, d):
    # Zeller-free: days since 1970-01-01 (Thursday)
    import datetime
    return datetime.date(y, m, d).weekday()


def rfc_date(s):
    ymd, hm = s.split()
    y, m, d = (int(x) for x in ymd.split("-"))
    return "%s, %02d %s %d %s:00 +0800" % (DAYS[weekday(y, m, d)], d,
                                           MONTHS[m - 1], y, hm)


def enc(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def addr(name, mail):
    if not name:
        return mail
    try:
        name.encode("ascii")
        if any(c in name for c in '.,"'):
            name = '"%s"' % name.replace('"', '')
        return "%s <%s>" % (name, mail)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, "utf-8").encode(), mail)


def to_html(body):
    import html
    paras = [p for p in body.split("\n\n")]
    out = ["<html><head><meta charset=\"utf-8\"></head><body>"]
    for p in paras:
        out.append("<p>" + html.escape(p).replace("\n", "<br>") + "</p>")
    out.append("</body></html>")
    return "\n".join(out)


def crlf(s):
    return s.replace("\r\n", "\n").replace("\n", "\r\n")


MSGID_DOMAINS = ["mx1.example.com", "mail.example.net", "smtp.example.org",
                 "relay.example", "out.example.com"]


def make_eml(t):
    n = t["num"]
    name, mail = t["frm"]
    headers = [
        "From: " + addr(name, mail),
        "To: mayor@city.example",
        "Subject: " + enc(t["subject"]),
        "Date: " + rfc_date(t["date"]),
        "Message-ID: <%s.%03d.%s@%s>" % (t["date"].replace("-", "").replace(" ", "").replace(":", ""),
                                         n, WHO, MSGID_DOMAINS[n % len(MSGID_DOMAINS)]),
        "MIME-Version: 1.0",
    ]
    body = t["body"] + "\n"
    if t["fmt"] == "plain":
        headers += ["Content-Type: text/plain; charset=utf-8",
                    "Content-Transfer-Encoding: 8bit"]
        text = "\n".join(headers) + "\n\n" + body
    elif t["fmt"] == "html":
        headers += ["Content-Type: text/html; charset=utf-8",
                    "Content-Transfer-Encoding: 8bit"]
        text = "\n".join(headers) + "\n\n" + to_html(t["body"]) + "\n"
    elif t["fmt"] == "multi":
        b = "=_w26_alt_%03d" % n
        headers += ['Content-Type: multipart/alternative; boundary="%s"' % b]
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
            to_html(t["body"]),
            "--" + b + "--",
            "",
        ]
        text = "\n".join(headers) + "\n\n" + "\n".join(parts)
    else:
        raise ValueError(t["fmt"])
    return crlf(text).encode("utf-8")


def make_json(t):
    kw = t["kw"]
    ymd, hm = t["date"].split()
    obj = {
        "id": "%s-%03d" % (WHO, t["num"]),
        "submitted_at": "%sT%s:00+08:00" % (ymd, hm),
        "name": kw.get("name", ""),
        "phone": kw.get("phone", ""),
        "email": kw.get("email", ""),
        "anonymous": bool(kw.get("anonymous", False)),
        "title": t["subject"],
        "content": t["body"],
        "district": kw.get("district", ""),
    }
    return (json.dumps(obj, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.startswith(WHO + "-"):
            os.remove(os.path.join(OUT, f))
    rows = ["path\tcategory\tconfidential\treason\tdepartment\tpriority\tlanguage\thard"]
    seen = set()
    for t in sorted(LETTERS, key=lambda x: x["num"]):
        assert t["num"] not in seen, t["num"]
        seen.add(t["num"])
        ext = "json" if t["fmt"] == "json" else "eml"
        fn = "%s-%03d-%s.%s" % (WHO, t["num"], t["slug"], ext)
        data = make_json(t) if ext == "json" else make_eml(t)
        with open(os.path.join(OUT, fn), "wb") as fh:
            fh.write(data)
        rows.append("\t".join(["letters/" + fn] + list(t["labels"])))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(rows) + "\n")
    print("wrote %d letters" % len(LETTERS))


if __name__ == "__main__":
    main()
