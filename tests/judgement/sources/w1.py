#!/usr/bin/env python3
"""w1 letters for mayorbox judgement corpus (issue 11).

Voices: migrant construction/factory workers, riders, cleaners, guards,
domestic helpers, and 12345 operators transcribing calls.
Run: python3 gen.py  -> writes letters/ and labels.tsv next to this file.
Standard library only, deterministic.
"""
import os, json, datetime
from email.header import Header
from email.utils import formataddr, format_datetime

ME = "w1"
HERE = os.path.dirname(os.path.abspath(__file__))

D = {
    "PSB": "Public Security Bureau",
    "UMB": "Urban Management Bureau",
    "HR": "Human Resources and Social Security Bureau",
    "HSB": "Healthcare Security Bureau",
    "HOU": "Housing and Urban-Rural Development Bureau",
    "CUL": "Culture and Tourism Bureau",
    "TRA": "Transport Bureau",
    "DIC": "Discipline Inspection Commission",
    "COM": "Commerce and Investment Promotion Bureau",
    "ENV": "Ecology and Environment Bureau",
    "CIV": "Civil Affairs Bureau",
    "EDU": "Education Bureau",
    "HEA": "Health Commission",
    "WAT": "Water Affairs Bureau",
    "MKT": "Market Regulation Administration",
    "APP": "Administrative Approval Bureau",
    "NRP": "Natural Resources and Planning Bureau",
    "EME": "Emergency Management Bureau",
    "JUS": "Justice Bureau",
    "MGO": "Municipal Government Office",
    "MET": "Meteorological Bureau",
    "TAX": "Taxation Bureau",
    "IIT": "Industry and Information Technology Bureau",
    "AGR": "Agriculture and Rural Affairs Bureau",
    "VET": "Veterans Affairs Bureau",
    "none": "none",
}
CATS = {"C": "consultation", "S": "suggestion", "D": "demand",
        "P": "complaint", "I": "information"}
HARD = {"-", "quoted", "sarcasm", "typos", "mixed", "short", "two-intents",
        "fullwidth", "indirect"}
DOMAINS = ["example.com", "example.net", "example.org", "mail.example",
           "post.example", "inbox.example", "web.example", "home.example",
           "163.example"]

LETTERS = []


def add(n, kind, slug, cat, conf, dept, prio, lang, hard, who, subject, body, **kw):
    """kind: t=text/plain, h=text/html, a=multipart/alternative, j=web form.
    conf: '-' (not confidential) or reason 'a'/'b'/'c'.
    who: (display name, mailbox local part) for mail; name for forms."""
    assert n == len(LETTERS) + 1, (n, len(LETTERS))
    assert cat in CATS and dept in D and hard in HARD and conf in "-abc"
    assert prio in ("high", "normal") and lang in ("zh", "en")
    LETTERS.append(dict(n=n, kind=kind, slug=slug, cat=CATS[cat], conf=conf,
                        dept=D[dept], prio=prio, lang=lang, hard=hard, who=who,
                        subject=subject, body=body.strip("\n"), kw=kw))


# ---------------------------------------------------------------- letters
add(1, "t", "zhongcai-cailiao", "C", "-", "HR", "normal", "zh", "typos",
    ("刘建军", "liujianjun77"), "请问劳动仲栽要带什么",
    """
你好，我是在工地干活的钢筋工，老板欠我们工姿三个月了，一共一万四千多。我想去申请劳动仲栽，但是不知道要带什么东西去。我们没有签合同，只有微信聊天记录，还有每天在工地拍的考勤照片跟包工头发的语音，这个算不算证剧？还有是去哪里申请，是区里还是市里，要不要钱？我不认识几个字，麻烦说简单点，谢谢领导。
电话 139 0000 2817
""")

add(2, "j", "xinda-qianxin", "D", "b", "HR", "normal", "zh", "-",
    "", "鑫达电子厂两个月没发工资",
    """
我们是鑫达电子厂（在桐湾工业区B栋）流水线的工人，厂里从八月开始就没有发工资了，九月也没发，一条线上一百多人，全厂加起来两百多人。人事说是客户回款慢，让我们再等等，可是我们房租、孩子学费都要交。厂里最近还在偷偷往外拉设备，大家都怕老板跑了。请政府帮我们协调一下，让厂里先把拖的工资发了。
""", phone="", email="", anon=True, district="桐湾区")

add(3, "t", "jiancha-chiyan", "P", "a", "DIC", "normal", "zh", "-",
    ("何志强", "hzq.worker"), "反映劳动监察大队蔡姓工作人员的问题",
    """
领导你好：
我们是恒隆装饰公司的十二个油漆工，被欠工资八万多。七月到现在去区劳动监察大队反映了三次，接待我们的都是一个姓蔡的男同志，四十来岁，左手戴个金表。每次他都说老板在筹钱，让我们回去等，不给立案回执。
九月二十号晚上，我们几个在南堤路那家海鲜酒楼门口，亲眼看到他跟我们老板一起吃完饭出来，老板从车里拿了两条烟塞给他，他夹在胳膊底下就走了。第二天我们再打电话过去，他说这个案子"企业有困难，你们要理解"。
我们不是要闹事，就是想问问，这样的人处理我们的事还能公正吗？照片我们拍了，可以提供。
何志强 186-0000-3391
""")

add(4, "t", "sunday-church-bus", "I", "-", "TRA", "normal", "en", "-",
    ("Maricel Santos", "maricel.santos"), "Bus to the church on Sunday",
    """
Good day po,

I am a domestic helper working in Jinhe Garden estate. On Sunday I have my day off and I want to go to the Catholic church near the old harbour (the one with the white tower). My employer says there is a bus but she does not know the number.

Which bus can I take from Jinhe Garden, and what time is the first one on Sunday morning? The mass starts at 9:30. Also can I pay with cash or only with the phone?

Thank you very much and God bless.
Maricel
""")

add(5, "t", "jiaoshoujia-songdong", "D", "-", "HOU", "high", "zh", "-",
    ("12345热线 话务员 0316", "agent0316"), "【转办】来电反映工地脚手架松动仍在作业",
    """
来电人反映：其在北环路与青禾街交叉口东北角"锦澜府二期"工地做木工，今天上午发现7号楼外侧脚手架从十二层往上有几处扣件松了，连墙件也拆掉了好几根，整片架子风一吹就晃，现场有人说昨天已经跟项目部讲过，项目部说"先干着下午找人来弄"，现在上面还有七八个工人在作业，来电人自己不敢上去了，怕出人命，请相关部门马上到现场查看、先叫停作业。来电人情绪比较紧张，讲话很快，多次强调"真的会掉下来"。
来电时间：上午10:42  来电号码：155 0000 7620  来电人：王师傅（不愿提供全名）
话务员备注：已告知如遇紧急情况同时拨打119，请承办单位尽快处置。
""")

add(6, "t", "sanlunche-lingqu", "C", "-", "UMB", "normal", "zh", "short",
    ("阿芳", "afang0901"), "三轮车被收了",
    """
摆摊的三轮车被城管拉走了，去哪里领回来？要交罚款吗
""")

add(7, "j", "gaowen-tinggong", "S", "-", "HR", "normal", "zh", "-",
    "覃永福", "建议高温天中午强制停工",
    """
我在建筑工地干了十几年。今年夏天好多天地面温度超过五十度，中午十二点到三点还在楼顶扎钢筋，我们班组有两个人中暑送医院。建议市里出个硬规定：气温到37度以上，中午露天作业必须停，不停的工地要罚款，高温补贴也要写清楚一天多少钱，直接发到工人手里，不要让包工头一句"今年没有"就算了。外卖、环卫这些在外面跑的也一样。
""", phone="177 0000 4409", email="", anon=False, district="西港区")

add(8, "t", "jiaojing-bashouyao", "P", "a", "PSB", "normal", "zh", "-",
    ("赵小龙", "zxl.rider"), "交警拔我钥匙还推我",
    """
我是送外卖的，10月6号晚上7点多在花溪路和园林二街路口，导航让我走那条路，我不知道那段晚上改单行了，一个交警把我拦下来，警号后两位是37，个子很高。我跟他解释，他一句话不听，直接把我电动车钥匙拔了，我伸手去拿他推了我胸口一下，我往后一退手机掉地上屏幕碎了。我说你怎么打人他说"你再动一下试试"。罚款我认，但是推人和摔我手机这个我不服，当时旁边奶茶店的人都看见了，路口也有监控。
我要一个说法。
赵小龙 131 0000 5820
""")

add(9, "t", "vietnam-agency-fee", "D", "b", "HR", "normal", "en", "two-intents",
    ("Nguyen Van Hai", "nvhai.work"), "Agency takes 30% of our salary",
    """
Dear Sir/Madam,

We are 14 workers from Vietnam at a garment factory in Qiaotou Industrial Park (Fengyuan Garments). We came through an agency called Golden Bridge Labour Service. Every month the agency takes about 30 percent of our salary as "management fee", and they also take 600 yuan for the dormitory even though the factory says the dormitory is free. Our contract says 4,200 yuan per month but we receive around 2,700.

Please help us get our full salary from now on, and the money they took before.

Also the agency keeps our passports in their office and says we can get them back only when we finish two years. We also want our passports back.

Please do not tell the agency our names. They told us anyone who complains will be sent home and will have to pay a penalty.

Thank you,
Hai (for the group)
+84 90 0000 1173 / 135 0000 8812
""")

add(10, "t", "shebao-zhouliu", "I", "-", "HR", "normal", "zh", "short",
    ("小周", "zhou.xiaoyu"), "社保大厅周六上班吗",
    """
请问市社保大厅周六开门吗？几点到几点
""")

add(11, "t", "juzhuzheng-tijiao", "P", "-", "PSB", "normal", "zh", "sarcasm",
    ("林海生", "linhaisheng"), "网上办居住证真是太方便了",
    """
真是太方便了。听说居住证可以网上办，不用请假跑派出所，我高兴了好几天。
结果呢，我在手机上填了三个晚上，上传照片提示"格式错误"，换了五张照片，终于提交了，提示"系统繁忙"，再点，"请勿重复提交"，查进度，"无此记录"。一共点了八次提交，八次失败。打电话问，说是系统升级，让下周再试，下周再试还是一样。
我们厂一个月只休两天，为了这张证已经搭进去两个休息日了。孩子开学要用，学校等着。
建议负责这个系统的部门自己先用一次看看。
""")

add(12, "t", "sushe-dianxian", "D", "-", "EME", "normal", "zh", "typos",
    ("熊德胜", "xds1980"), "宿舍电线乱拉很危险",
    """
领导们好，我是在宏源五金厂上班的，厂里给我们租的宿舍在杨柳村十八巷，一个房间住十二个人，上下铺。房间里的电线全是明线，到处搭，插排一个接一个，晚上十几个人的电动车电瓶都拿到走廊上充电，走廊只有一个出口还堆满了纸箱。上个星期插排冒烟了一次，好在有人醒着给拔了。
我们跟厂里说过好几次，厂里说房东的事，房东说厂里的事，推来推去没人管。万一哪天晚上着火了我们十几个人都跑不出去。麻烦派人来看看，逼他们把线路改一下，电瓶不要在楼里冲了。
电话：188 0000 6637
""")

add(13, "h", "helper-change-employer", "C", "-", "HR", "normal", "en", "-",
    ("Josephine Dela Cruz", "jo.delacruz"), "Can I change employer before contract ends?",
    """
Hello,

I am a domestic helper from the Philippines. I came here in March with a two-year work permit under my employer's name. The work is very heavy: I start at 5:30 in the morning and finish after 11 at night, seven days a week, and I take care of the grandmother, two children and the house.

I want to ask: am I allowed to change to a new employer before my contract finishes? If a new family wants to hire me, what do we need to do for the work permit? Do I have to go back to the Philippines first? And if I leave my employer, how many days can I stay legally while I look for a new one?

I don't want to make trouble, I just want to know my options.

Thank you,
Josephine
""")

add(14, "t", "yebanche-gongyeyuan", "S", "-", "TRA", "normal", "zh", "-",
    ("邓晓红", "dengxh"), "建议开一条到工业园的夜班公交",
    """
您好！我在临江工业园一家电子厂上夜班，晚上八点上班，早上八点下班。园区里两万多工人，很多人住在外面的城中村，离园区七八公里。现在最后一班公交是晚上九点半，早上第一班六点四十，上夜班的人要么骑电动车，要么拼黑车，冬天又冷又不安全，上个月我们车间就有一个女孩骑车被撞了。
建议在园区和周边几个大村子（石门村、下埔、新塘）之间开一条夜班线，哪怕一个小时一班也行，我们愿意刷卡坐。交班时间集中在晚上七点半和早上八点，可以按这个排。谢谢！
""")

add(15, "a", "xiaozhang-biaoshi", "P", "a", "EDU", "normal", "zh", "indirect",
    ("孙桂兰", "sunguilan.home"), "孩子入学的事想请教育局管一管",
    """
教育局领导好：
我和孩子爸爸在本市打工九年了，居住证、社保、租房合同都齐，按照政策孩子应该可以在片区读公办小学。今年报名桂园路小学，审核一直没过，去问了三次。
第三次是分管招生的副校长亲自接待我们，他说材料是齐的，但"学位确实紧张"，然后说了一句"你们要是真想读，可以表示表示，我这边想想办法"，还说"别的家长都懂"。我们问表示多少，他伸了八个手指头，说不用转账，开学前带到他办公室。
我们打工的八千块是两个多月的工资。我不知道这是不是学校的规定，如果是规定为什么没有收据？如果不是，他凭什么？
学校已经开学一个星期了，其他同学都去上课了，我孩子还在家里。请领导帮忙看看。
孙桂兰 152 0000 3908
""")

add(16, "j", "chongchuang-shouzhi", "D", "-", "HR", "normal", "zh", "-",
    "冉福平", "冲床压断手指老板不管",
    """
我是在永利五金加工厂开冲床的，9月12号下午冲床保护装置坏了没修，压断了右手两根手指，在医院做了手术。住院的钱老板垫了一部分，出院以后就不管了，说我自己操作不当，后面的换药、复查都要我自己出钱，工资也停了。厂里没给我买工伤保险。
我现在干不了活，每个月房租一千二都交不上。请劳动部门帮我找老板，把医药费和停工期间的工资给了，工伤的事该怎么赔就怎么赔。
""", phone="+86 136 0000 2245", email="", anon=False, district="东岭区")

add(17, "t", "last-train-line3", "I", "-", "TRA", "normal", "en", "-",
    ("Rahul Kumar", "rahul.k.night"), "Last metro on Line 3",
    """
Hi,

I work the evening shift at a factory near Longgang Road station and finish at 11:30 pm. What time does the last Line 3 train leave from Longgang Road towards the city centre on weekdays? Is it different on weekends? If I miss it, is there a night bus on the same route?

Thanks,
Rahul
""")

add(18, "t", "12345-meirenhuifu", "P", "-", "MGO", "normal", "zh", "-",
    ("彭建华", "pjh.home"), "打了四次12345到现在没人回",
    """
九月三号开始我就打12345反映我们工地欠薪的事，工单号我都记着：第一次说转办了，三个工作日会有人联系我；过了一个星期没人联系，我又打，说已经催办；第三次说已经回复了，可是根本没有人给我打过电话；第四次接线员说系统里显示"已办结"。
办结了？钱一分没拿到，也没有任何部门找过我。我就想知道这个热线到底是干什么的，是谁把我的工单办结的，凭什么？请你们把这个单重新打开，找个人认认真真回我一次。
电话：139-0000-7305
""")

add(19, "t", "fangdong-cunweihui", "D", "c", "HOU", "normal", "zh", "-",
    ("谭秀英", "tanxy.1975"), "房东扣押金还要赶我们走",
    """
领导您好：
我在滨湖镇上岗村租房住了三年，做保洁的。上个月房东突然说要涨租，从九百涨到一千五，我说合同还没到期，他就说不租拉倒，让我月底前搬走，押金两千块不退，还把我们那层的水闸关了两天。
我们这层住了六户都是外地打工的，情况都差不多。本来想找村里评评理，可是房东是村委主任的亲弟弟，村里的人都说"你去找也没用"。前天我跟他吵了两句，他说"你在这片还想不想待了"，我老公在村口那家厂上班，厂房也是他们家的，我真的很怕他去厂里说什么。
请住建部门或者相关的部门帮我们管一管押金和断水的事。
谭秀英 135 0000 1462
""")

add(20, "t", "baoan-shierxiaoshi", "C", "c", "HR", "normal", "zh", "fullwidth",
    ("韩国栋", "hangd.guard"), "保安１２小时合法吗？",
    """
您好！！我在一个写字楼当保安，物业公司外包的，每天上班１２小时，白班夜班轮换，一个月只休２天，工资３２００元（包括所有），没有加班费。
请问：１、这个合法吗？２、加班费应该怎么算？３、国庆节那几天上班是不是应该给３倍？４、如果我要求他们补，他们把我开了怎么办？
谢谢解答！！！
""")
add(21, "t", "chengguan-tifantan", "P", "a", "UMB", "normal", "zh", "-",
    ("12345热线 话务员 0227", "agent0227"), "【转办】来电反映城管队员踢翻水果摊",
    """
来电人反映：其母亲六十多岁，在红旗街菜市场后门的人行道边摆水果摊，10月14日下午4点左右来了一辆城管执法车，下来三个人，其中一个穿制服、胸牌号码末尾是108的男队员，没有出示证件，也没有开单子，直接一脚把装橘子的筐踢翻了，橘子滚了一地，来电人母亲去捡，该队员拽住她胳膊往后一甩，老人摔在地上，手肘擦破流血，围观群众有人拍了视频。来电人称不是不让管，摆摊不对可以罚款可以让走，但不能这样对老人，要求调查这名队员，给老人赔礼道歉并赔偿医药费。
来电号码：134 0000 6158  来电人：黄女士
话务员备注：来电人表示视频可以提供，情绪激动，多次哭泣。
""")

add(22, "t", "12345-english-line", "S", "-", "MGO", "normal", "en", "-",
    ("Tomasz Nowak", "t.nowak.pl"), "Suggestion: an English option on 12345",
    """
Dear Mayor's office,

I have worked as a technician at a bearing factory here for two years, and there are maybe thirty foreigners in our industrial park alone (Poland, India, Vietnam, Russia). When we call 12345 we get a Chinese voice menu and, after waiting, an operator who is polite but cannot understand us. Usually we give up and ask a Chinese colleague to call, which means our problem is described second-hand.

My suggestion: add a "press 9 for English" option, even if it only works during office hours, or a simple English web form that goes into the same system. A short list of the most common questions (residence permit, work permit, tax, hospital) in English on the 12345 website would also save your operators time.

Best regards,
Tomasz Nowak
""")

add(23, "t", "dazhuang-banye", "D", "-", "ENV", "normal", "zh", "short",
    ("", "wuming.2310"), "半夜打桩",
    """
南湖苑旁边那个工地晚上12点还在打桩，吵得整栋楼睡不着，天天这样
""")

add(24, "j", "falv-yuanzhu-dizhi", "I", "-", "JUS", "normal", "zh", "-",
    "马红梅", "法律援助中心在哪里",
    """
请问市里的法律援助中心具体地址在哪里？电话是多少？周末有没有人值班？我们几个老乡想去问一下工资的事。
""", phone="130 0000 9514", email="", anon=False, district="")

add(25, "t", "zhongcai-chuangkou-renzi", "P", "a", "HR", "normal", "zh", "-",
    ("罗长青", "luochangqing"), "仲裁窗口工作人员把我材料扔回来",
    """
10月9日上午我去区劳动人事争议仲裁院立案，三号窗口是一个戴黑框眼镜的年轻男工作人员。我把申请书和证据递进去，他翻了两页说"写的什么东西，看不懂"，我说我文化不高，可以不可以告诉我哪里要改，他直接把一沓材料从窗口扔出来，掉了一地，说"回去找人写好了再来，后面还有人排队"。
我捡材料的时候后面的人都在看，我五十多岁的人了，真的很难受。我不是来要饭的，是来要我自己的工资的。
请你们查一下那天上午三号窗口是谁，教育一下。我的仲裁也请尽快受理。
罗长青 187 0000 2073
""")

add(26, "t", "deduct-broken-machine", "C", "-", "HR", "normal", "en", "-",
    ("Sanjay Patel", "sanjay.p"), "Can the factory deduct my salary for a broken machine?",
    """
Hello,

I am from India and work as an operator in an electronics factory (SMT line). Last week a machine on my line stopped working and the supervisor says it was my mistake. Now the company says they will deduct 3,000 yuan from my salary, 1,000 each month for three months. My salary is 5,500.

Is this legal in China? Is there a maximum amount they can deduct each month? Can I ask for proof that it was my fault? Where do I go if I do not agree?

Thank you,
Sanjay
""")

add(27, "t", "sushe-meiqi-wei", "D", "-", "EME", "high", "zh", "-",
    ("12345热线 话务员 0119", "agent0119"), "【紧急】来电反映员工宿舍煤气味很重",
    """
来电人反映：其住在湖东路88号旁边"兴旺公寓"三楼，是附近物流园的员工宿舍，约半小时前开始整层楼道里有很浓的煤气味，三楼公共厨房的液化气瓶好像在漏，有人头晕，楼里大概有四五十人，大部分是上夜班回来正在睡觉的，来电人已经在敲门叫人，但是不知道总阀在哪里，宿舍管理员电话打不通。
来电号码：199 0000 4831  来电人：陈先生
话务员备注：已立即指导来电人不要开关电器、开窗通风、疏散人员，并告知拨打119，请应急部门立即处置。
""")

add(28, "j", "suiqian-zinv-cailiao", "C", "-", "EDU", "normal", "zh", "-",
    "吴艳", "随迁子女上小学要什么材料",
    """
你好，我们是外地户口，在本市打工五年了，孩子明年9月满6岁，想在我们租房的地方上公办小学。请问随迁子女入学要准备哪些材料？居住证要满多久？社保要交几年？租房合同要不要去备案？什么时候开始网上报名？怕到时候来不及，想提前准备。谢谢！
""", phone="159-0000-6724", email="wuyan.mom@example.net", anon=False, district="北苑区")

add(29, "t", "jiancha-tuo-banian", "P", "c", "HR", "normal", "zh", "-",
    ("蒋大伟", "jiangdawei"), "劳动监察投诉半年没有结果",
    """
我是今年四月在区劳动监察投诉的，公司拖欠我和另外五个同事的加班费和高温补贴，材料都交了，当时说一个月内给答复。到现在十月了，打电话去问，每次接电话的人都不一样，有的说在调查，有的说没有这个记录，有的说要我们自己去仲裁。
我到现在还在这家公司上班，主管已经开始问"是谁去外面告的"，上个月把我从白班调到了夜班，绩效也扣了。我很担心再拖下去，我还没拿到钱，工作先丢了。
请督促一下，给我们一个明确的处理结果。
蒋大伟 182 0000 4196
""")

add(30, "h", "helper-salary-3months", "D", "c", "HR", "normal", "en", "-",
    ("Rosalie Mendoza", "rosalie.m"), "My employer has not paid me for 3 months",
    """
Dear Sir or Madam,

I am a Filipino domestic helper working for a family in Lakeview Villas. My contract says 5,000 yuan a month. Since July my employer has not paid me. She says business is bad and she will pay everything at Chinese New Year. I send money home to my two kids and my mother is sick, so I cannot wait.

When I asked again last week, she got angry and said if I keep asking she will call the police and say I stole her jewellery, and then I will be deported. I did not steal anything. I am very scared but I need my salary.

Please help me get my July, August and September salary (15,000 yuan). I have my contract and photos of the messages.

Rosalie Mendoza
+63 917 000 0452 / 150 0000 2219
""")
add(31, "t", "qishou-tingchequ", "S", "-", "UMB", "normal", "zh", "typos",
    ("小韦骑手", "weiqs"), "建议给外卖骑手划个临时停车的地方",
    """
我跑外卖的，想提个建意。万达商圈那一片写字楼，电动车停门口就被贴条，停远了走过去又超时，一单罚好几块，一天下来白跑。保安也不让进楼，说影响形像。
能不能在商圈路边划几个骑手临时停车的格子，停十分钟以内不算违停，再搞几个外卖柜放楼下，我们放进去就走，顾客自己下来拿，大家都方便。别的城市好象有这样搞的。
谢谢领导看一下
""")

add(32, "t", "taifeng-tinggong", "I", "-", "MET", "normal", "zh", "short",
    ("老覃", "qin.lao"), "明天有台风吗",
    """
明天台风来不来？几级？我们工地要不要停
""")

add(33, "t", "lv-duizhang-qingcai", "P", "a", "UMB", "normal", "zh", "sarcasm",
    ("陈晓东", "chenxd.son"), "表扬一下吕队长的\"为民服务\"",
    """
我要"表扬"一下新桥街道城管中队的吕队长，真是为人民服务到家了。
我妈七十一岁，每天早上挑点自己种的青菜到新桥农贸市场门口卖，一天挣二三十块。10月20号早上吕队长亲自带队，把我妈两筐菜连扁担一起收走了，说"暂扣"，单子也不开。下午我去中队要，他说没收了不还。
更感人的是，当天中午有人看见那两筐菜被拎进了中队后面的食堂，吕队长和几个队员吃得很香。
我们家的菜真有福气，能进执法队员的肚子。请上级部门也来"表扬"一下他，顺便告诉我那两筐菜和扁担到底是按哪条规定没收的。
陈晓东 138 0000 9273
""")

add(34, "t", "xianqi-zhifu-reng-weifu", "D", "-", "HR", "normal", "zh", "quoted",
    ("杜春生", "duchunsheng"), "Re: 关于您反映欠薪问题的答复（还是没给钱）",
    """
你们上次的答复我转在下面了。说是已经责令公司十五日内支付，现在已经过去一个多月了，一分钱都没有到账。我们九个人一共四万六千块，老板电话也不接了。请再帮我们催一下，到底什么时候能拿到钱？不行的话是不是可以先从工资保证金里面垫？

杜春生 173 0000 6652

-------- 原始邮件 --------
发件人：市12345政务服务便民热线
主题：关于您反映欠薪问题的答复
杜先生：您好！您反映的瑞丰劳务公司拖欠工资问题，经区人社局劳动保障监察大队调查核实，该公司确存在拖欠九名工人工资的情况。监察大队已于9月8日向该公司下达《劳动保障监察限期整改指令书》，责令其于十五日内足额支付。如逾期未支付，将依法作出进一步处理。感谢您对我们工作的支持！
""")

add(35, "t", "shebao-zhuanyi-gongjijin", "C", "-", "HR", "normal", "zh", "two-intents",
    ("田小军", "tianxj"), "社保转回老家和公积金提取",
    """
您好，我在这边工厂做了七年，今年年底打算回四川老家不出来了，想问两个事：
一是我在这边交的养老保险和医保怎么转回老家？要先在这边办什么手续，还是回去以后老家那边办？转过去年限是不是都算？
二是公司给我交了公积金，离开这个城市以后能不能一次性全部取出来，要带什么？
谢谢
""")

add(36, "t", "24h-hospital-near-zone", "I", "-", "HEA", "normal", "en", "-",
    ("Ahmed Raza", "ahmed.raza"), "24-hour hospital near Dongshan industrial zone?",
    """
Hello,

Which public hospital near Dongshan Industrial Zone has a 24-hour emergency department? Last night one of my colleagues had a high fever and the clinic near our dormitory was closed. We need the address and a phone number to keep for next time.

Thank you.
""")

add(37, "t", "yiyuan-baojie-jiaban", "D", "b", "HR", "normal", "zh", "-",
    ("保洁员", "baojie.2024"), "医院保洁外包公司不给加班费",
    """
我在市第三人民医院做保洁，但是我们不是医院的人，是洁美物业服务公司派过去的。公司每个月让我们多上四到六个夜班，说是医院要求，但是加班费一分没有，工资条上也不写。问班长，班长说"不想干可以走"。我们那一组二十多个阿姨都是这样，年纪都五十多了，出去也不好找活。
请劳动部门查一下这个公司，把加班费给我们补上。
我还在那里做，家里就靠这份工资，请不要说是我打的电话，也不要到我们组里一个一个问。
""")

add(38, "t", "caller-police-no-interpreter", "P", "a", "PSB", "normal", "en", "-",
    ("12345 Hotline Agent 0412", "agent0412"), "[Transferred] Foreign caller: held at police station without interpreter",
    """
Caller states that he is a Pakistani national working at a tile factory in Shuangqiao Town. On 11 October around 9 pm he was stopped on the road near the factory for a document check and taken to Shuangqiao police station because he did not have his passport with him (it is kept by his employer for the work permit renewal). He says he was held for about five hours in a room, nobody explained anything in English, and one officer (short hair, glasses, he saw the number ending 2051 on his badge) shouted at him, took his mobile phone and did not let him call his employer or his embassy. He says the officer slapped the table and pushed his head down when he tried to stand up. He was released around 2 am after his manager came with a copy of the passport. Caller wants the behaviour of that officer investigated and an apology. Caller speaks basic English, agent confirmed details by repeating them.
Caller phone: 138 0000 7741. Caller name: Imran (surname not given).
""")

add(39, "j", "qianxin-erweima", "S", "-", "HR", "normal", "zh", "-",
    "熊国庆", "建议每个工地门口贴欠薪投诉二维码",
    """
建议：每个在建工地大门口都要贴一个欠薪投诉的二维码，写清楚这个工地的总包单位、劳务公司、监察负责人和电话。很多工人是老乡带过来的，连自己给哪家公司干活都不知道，被欠了钱都不知道找谁。扫码就能登记，监察部门直接收到，比我们一个个打电话、跑窗口强多了。另外工资最好每月直接打到工人卡上，不经过包工头。
""", phone="", email="xgq.site@example.org", anon=False, district="南城区")

add(40, "t", "jubao-wujinchang-zaoyin", "D", "-", "ENV", "normal", "zh", "-",
    ("苏立平", "suliping"), "举报鸿发五金厂夜里噪音",
    """
我要举报鸿发五金厂（沙井村工业路12号）。这个厂最近一个月每天晚上开冲床开到凌晨两三点，哐哐哐的声音整条巷子都听得到，厂后面就是一排出租屋，住的都是上早班的工人，根本睡不着。我们去厂里说过，门卫说老板订单多没办法。
请环保部门晚上过来测一下，让他们晚上十点以后停掉或者把车间隔音弄好。
苏立平 183 0000 5527
""")
add(41, "t", "gongshang-rending-liucheng", "C", "-", "HR", "normal", "zh", "-",
    ("12345热线 话务员 0508", "agent0508"), "【咨询】来电咨询工伤认定流程",
    """
来电人咨询：其丈夫在一家物流公司做装卸，8月底卸货时被货架砸伤腰椎，住院二十多天，现在已经受伤四十天了，公司一直说"会处理"但没有去申报工伤，来电人想知道公司不报的话个人能不能自己申请工伤认定，期限是多久，要准备哪些材料（来电人手上有住院病历、诊断证明、同事可以作证），去哪个窗口交，认定下来以后医药费和停工工资由谁出。来电人说话带口音，反复问"过了三十天是不是就不能报了"。
来电号码：176 0000 3358  来电人：周女士
话务员备注：已初步告知个人可在一年内申请，请人社部门详细答复。
""")

add(42, "a", "guke-yisheng-nongmingong", "P", "a", "HEA", "normal", "zh", "-",
    ("邱明亮", "qiuml.site"), "市人民医院骨科急诊医生拒绝先处理伤口",
    """
10月3日晚上11点多，我工友在工地被钢管砸到小腿，骨头都露出来了，我们几个人打车送到市人民医院急诊。骨科当班的是一个姓钟的男医生，三十多岁。他看了一眼就说先去交五千块押金，不交不处理。我们身上凑了一千八，求他先止血，他说"医院不是慈善机构，你们农民工就是麻烦，出了事就往这里送"，然后就去里面玩手机了，让我们在走廊等。
我工友在走廊椅子上流了四十多分钟的血，后来还是一个护士看不下去先给包扎了。最后是包工头赶过来交了钱才做手术。
我知道医院要收钱，但是人都那样了，先止个血不行吗？说话也不能这样侮辱人。请卫健委查一下那天晚上的值班医生。
邱明亮 181 0000 6620
""")

add(43, "h", "dorm-roof-leak-mixed", "D", "-", "HOU", "normal", "en", "mixed",
    ("Budi Santoso", "budi.s"), "Dormitory roof leaking for two months",
    """
Hello,

I am from Indonesia and work at a furniture factory in Heping Village. The company rents a building for us, we call it the 宿舍 on 东三巷. Since August, when it rains the water comes through the roof on the 4th floor, the ceiling is black with mould and two rooms cannot be used. Now 8 people sleep in one room.

We told the 老板 and the 房东 many times. The 房东 says the company must pay for repair, the company says the building is not theirs. Nobody fixes it. Some of us have a cough now.

Please can someone come to check the building and tell them to repair the roof? Address: 东三巷 No. 17, Heping Village.

Thank you,
Budi
""")

add(44, "t", "chunjie-piao", "I", "-", "TRA", "normal", "zh", "-",
    ("晏小兵", "yanxb"), "春节回老家的汽车票什么时候开卖",
    """
你好，想问一下今年春节前从市长途客运站回贵州方向的大巴票什么时候开始卖？在哪里买，网上还是要去窗口？火车票买不到，我们老乡有十几个人想一起坐车回去，有没有包车的办法？
""")

add(45, "j", "huanwei-cesuo", "S", "-", "UMB", "normal", "zh", "-",
    "庞秀珍", "建议给环卫工人多留几个能上厕所的地方",
    """
我是滨江大道这一段的环卫工，负责的路段有三公里多，中间没有一个公共厕所，附近的商场、写字楼保安看我们穿着工作服不让进。夏天不敢多喝水，冬天憋着，好几个老姐妹都有尿路感染。
建议：1. 沿江这种长路段隔一公里设一个公厕或者移动厕所；2. 市里倡导沿街的单位、银行、加油站对环卫工开放厕所，门口贴个标志；3. 环卫休息点里放个饮水机和微波炉。
我们不要求多，能上厕所、能喝口热水就行。
""", phone="133 0000 8810", email="", anon=False, district="滨江区")

add(46, "t", "huaxuepin-xielou", "D", "-", "EME", "high", "zh", "-",
    ("", "wuming.ws"), "紧急！厂里化学品漏了主管不让停工",
    """
紧急！！我们是东华化工园区嘉盛涂料厂的工人，今天下午两点多仓库里一个装稀释剂的桶漏了，现在整个二车间都是刺鼻的味道，已经有三个人头晕吐了，主管说"开窗就行"不让停工，不让出去，说停一个小时扣一天工资。车间里有一百多人，旁边还有烘干炉在烧。
我们很害怕会爆炸，请马上派人来！地址东华化工园区纬二路6号。
""")

add(47, "t", "wanggeyuan-jiajifei", "P", "a", "DIC", "normal", "zh", "indirect",
    ("汪丽娟", "wanglj.1988"), "开居住证明的事想问问",
    """
我在清泉社区租房两年了，孩子要办转学需要社区开一个居住证明。找到负责我们那栋楼的网格员，一个三十来岁的女同志，短头发，大家叫她小钟。她说最近开证明的人多，要排两个星期，如果着急的话"可以走加急"，加急是两百块，微信转给她个人就行，第二天就能拿。
我转了。第二天确实拿到了，但是没有任何收据。后来听同一栋楼的老乡说，她们也都"加急"过，有的一百，有的三百。
我不懂社区开证明是不是本来就要收费，如果要收，为什么钱是转到个人微信？如果不要收，那这两百块是什么？麻烦有关领导了解一下。
""")

add(48, "t", "helper-visa-extend", "C", "-", "PSB", "normal", "en", "-",
    ("Analyn Reyes", "analyn.r"), "How to extend my residence permit",
    """
Hi,

My residence permit (work type) expires on 20 December. My employer's family is moving to another district in the same city next month. Do I need to re-register my address with the police within a certain number of days? Can I apply for the extension before I move or must I wait until I have the new address? What documents does my employer need to prepare?

Thank you for your help.
Analyn Reyes
""")

add(49, "a", "qianxin-gan-sushe", "D", "-", "HR", "normal", "zh", "two-intents",
    ("雷振华", "leizhenhua"), "欠工资不给还要把我们赶出宿舍",
    """
领导好：
我们是宏图建设在锦绣花园项目干活的水电班组，一共十一个人，五月到九月的工资一共欠了二十三万，包工头说项目部没拨款，项目部说钱早拨给包工头了，两边踢皮球。
现在工程做完了，项目部上周通知我们这个月底必须搬出工地宿舍，不搬就断水断电。钱拿不到，住的地方也没了，很多人连回家的路费都没有。
最主要是工资，请劳动监察部门帮我们把工资要回来。宿舍的事也请帮忙说一声，至少让我们住到拿到钱再走。
联系人：雷振华 139 0000 4527
""")

add(50, "t", "shebaoka-buban", "C", "-", "HR", "normal", "zh", "-",
    ("卢小娟", "luxj.cleaner"), "社保卡丢了怎么补",
    """
你好，我的社保卡上个礼拜坐公交丢了，请问补办要带什么？身份证行不行？是要去社保局还是银行？补办要多少钱，多久能拿到？丢了的这段时间看病能不能用手机上的电子社保卡？谢谢
""")
add(51, "t", "zhongcai-bukaiting", "P", "-", "HR", "normal", "zh", "-",
    ("付海涛", "fuhaitao"), "劳动仲裁立案三个月还不开庭",
    """
我七月初在市劳动人事争议仲裁院立的案，案号也给了，说45天内审结。到今天已经三个多月，一次庭都没开。打电话问，说案子多排不过来，等通知。什么时候通知？不知道。
我被公司辞退了，一直在等这个结果，别的工作也不敢找，怕到时候要出庭请不了假。法律规定的时间是不是只是写着看的？请仲裁院给一个确切的开庭时间。
付海涛 180 0000 3914
""")

add(52, "t", "vietnamese-brochure", "S", "-", "HR", "normal", "en", "-",
    ("Tran Thi Lan", "lan.tran.vn"), "Labour rights information in Vietnamese",
    """
Dear officers,

In our factory area there are more than 300 workers from Vietnam, and many of us cannot read Chinese. When we sign a contract or get our pay slip, we do not understand what is written, and we do not know what is normal here: overtime rules, holidays, what the company is allowed to deduct.

I suggest the labour bureau makes a simple brochure or a short video in Vietnamese (and maybe Indonesian and English) explaining the basic rights of workers and the hotline numbers, and gives it to companies that hire foreign workers so they must hand it out on the first day. A sample contract in both languages would also help a lot.

Thank you for reading.
Lan
""")

add(53, "t", "qishou-baoxian-jupei", "D", "-", "HR", "normal", "zh", "typos",
    ("覃小勇", "qinxiaoyong"), "送外卖出车祸保险不陪",
    """
我是跑外卖的专送骑手，9月25号晚上送单的时候在河西路被一辆小车刮倒，左脚骨折，现在还打着石膏。平台每天从我收入里扣3块钱的保险，出事了我去报，站点说我是"众包"不是专送，保险不陪，又说是第三方保险公司的事，保险公司说要站点盖章，站点不盖。
我一天都不能跑了，医药费已经花了一万多，房租也交不起。我每天都交了保险钱为什么不陪？请劳动部门帮我找站点和平台把这个事情处里了。
覃小勇 166 0000 2783
""")

add(54, "t", "jianchayuan-xielou-mingzi", "P", "a", "HR", "normal", "zh", "-",
    ("曾庆华", "zengqh"), "劳动监察员把我的名字告诉了老板",
    """
我上个月到街道劳动保障所投诉我们厂克扣工资，接待的是一个姓马的工作人员，我跟他说清楚了，请他不要告诉厂里是我投诉的，他当时答应了。
结果第二天我一上班，车间主任就把我叫到办公室，说"你去劳动所告我们是吧，马所长都跟我们说了"，当场让我写辞职申请，我不写，这个月就给我排了最差的岗。
我后来又去劳动所找这个马姓工作人员，他说"你们外地人就是事多，我也是为你好，提前让厂里知道好解决"，还说"你要是不满意可以去告我"。
我就是去告他。请领导查一下街道劳动保障所这个人，他到底是帮工人还是帮老板。
曾庆华 153 0000 6174
""")

add(55, "j", "shebao-dianhua-datong", "P", "b", "HR", "normal", "zh", "-",
    "", "社保中心咨询电话从来打不通",
    """
市社保中心公布的那个咨询电话，我连续一周每天打二三十次，不是占线就是"您的来电正在排队"，排了二十分钟自动挂断。官网上的在线客服是机器人，只会回答"请拨打咨询电话"。我就想问一下断缴三个月能不能补缴，问了一个星期问不到。
这么大一个中心只有一条线吗？请增加人手或者开通别的咨询渠道。
""", phone="", email="", anon=True, district="")

add(56, "t", "heat-warning-this-week", "I", "-", "MET", "normal", "en", "-",
    ("Kwame Mensah", "kwame.m"), "Is there a high temperature warning this week?",
    """
Hello,

Our site supervisor says we only stop outdoor work at noon when the government issues an official high temperature warning. Is there a high temperature warning this week, and where can I check the warning level myself every day (website or phone number)? I do not read Chinese well, is there an English version?

Thank you,
Kwame
""")

add(57, "t", "gongchang-sushe-tingshui", "D", "-", "WAT", "normal", "zh", "fullwidth",
    ("梁國輝", "leung.kw"), "工廠宿舍停水三天，無人處理",
    """
市長您好：
本人在大朗鎮寶華電子廠工作，住廠區後面的職工宿舍（華興路２３號，一共六層，住約４００人）。自１０月１５日起整棟樓停水，至今已三天！！廠方說是自來水公司的問題，打自來水公司電話又說是樓內管道的問題，要找業主。
現在大家只能去廠裡飯堂提水回來洗澡，廁所沒水沖，臭味很大，天氣又熱……
懇請有關部門盡快派人查明原因，恢復供水。
梁國輝　電話：１３７　００００　５０８１
""")

add(58, "j", "meiqian-hetong-keyina", "C", "-", "HR", "normal", "zh", "-",
    "杨宏", "干了八个月没签合同能拿到什么",
    """
我在一家装修公司做了八个月泥水工，一直没签劳动合同，工资每月现金给。现在老板说活少了让我明天不用来了。请问这种情况我能拿到什么补偿？听说没签合同可以拿双倍工资，是真的吗？要怎么证明我在这里干过？我有工作群的聊天记录和几张转账截图。
""", phone="138-0000-2046", email="", anon=False, district="")

add(59, "t", "night-market-officer", "P", "a", "UMB", "normal", "en", "-",
    ("Aigerim Bekova", "aigerim.b"), "Officer tore my banner and pushed me at the night market",
    """
Dear Mayor,

I am from Kazakhstan and live here with my husband, who works at an engineering company. On Friday evenings I sell handmade felt toys at the Qingshui night market, at the same place where many Chinese vendors sell. I asked the market office before and they said foreigners can sell there too.

On 17 October at about 8 pm, three urban management officers came. One of them, a tall man with a grey cap and the number 0736 on his chest, pulled down my small banner, tore it in two and threw my box of toys into the back of their vehicle. I tried to explain in Chinese that I had asked the market office. He pushed me on the shoulder so hard I fell against the next table. The other vendors did not get any of this treatment.

I accept if I was not allowed to sell; I can stop. But I do not accept being pushed and having my things taken without any paper. I would like my goods back and an explanation of what that officer did.

Aigerim Bekova, 139 0000 6205
""")

add(60, "t", "laoban-jiedao-qinqi", "D", "c", "HR", "normal", "zh", "-",
    ("袁志刚", "yuanzg"), "包装厂拖欠我们工资快半年",
    """
领导你好：
我们是金泰包装厂的工人，厂在石岭街道，今年五月开始每个月只发一半工资，说年底一起补，到现在已经欠了每人一万多，全厂八十多人。
我们去街道劳动所反映过，街道的人来厂里转了一圈就走了。后来才知道老板的老丈人是街道的副主任，厂里的人都说告到哪里都一样。上次带头去反映的两个老师傅，这个月都被找理由辞退了，连欠的工资都没算。
我这个岁数出去不好找工作，可是这钱是我们一分一分干出来的。请市里直接派人来查一下，让厂里把欠的工资发了。
袁志刚 139 0000 8360
""")
add(61, "t", "shebaoju-wanshang", "S", "-", "HR", "normal", "zh", "typos",
    ("钟美玲", "zhongml"), "建意社保局晚上也开一下",
    """
社保局的窗口礼拜一到礼拜五早上九点到下午五点，跟我们上班时间一模一样，我们厂请一天假扣两百，还要主管签字，根本请不下来。上次为了改个银行卡号请了半天假，排对排了两个小时。
建意每个礼拜安排一两天晚上开到八点，或者礼拜六上午开，给我们打工的留个时间。能在手机上办的也多弄几样，现在很多在手机上点进去最后还是叫你去窗口。
""")

add(62, "j", "mianfei-tijian", "I", "-", "HEA", "normal", "zh", "-",
    "农秀芬", "哪里有免费体检",
    """
听说今年市里有给环卫工人和外来务工人员免费体检，请问在哪几个医院？要带什么证件？需要预约吗？几号截止？
""", phone="", email="nongxf@163.example", anon=False, district="江北区")

add(63, "t", "chengguan-dafu-bushi", "P", "-", "UMB", "normal", "zh", "quoted",
    ("包晓燕", "baoxiaoyan"), "对\"经核查不属实\"的答复不满意",
    """
我对下面这个答复不满意，要求重新处理。

> 来信人您好：您反映的长乐路夜市城管执法问题，经长乐街道综合执法队核查，执法人员系依法依规对占道经营行为进行劝导，未发现暂扣物品不开具清单的情况，您反映的问题不属实。感谢您的监督。

"经核查"，请问你们核查了谁？我是当事人，从头到尾没有一个人给我打过一个电话、问过我一句话。我手上有暂扣的那天晚上拍的照片，我的煤气罐和两张折叠桌被拉走了，没有任何单子，现在还没还给我。那条街上至少五个摊主都可以作证。
就问了执法队自己，然后说执法队没问题，这种核查我自己在家也能做。请换一个部门来核查，先联系我本人。
包晓燕 158 0000 1937
""")

add(64, "t", "streetlight-gongye-4th", "D", "-", "UMB", "normal", "en", "short",
    ("Li Wei (rider)", "liwei.rider"), "Broken street lights",
    """
Street lights on Gongye 4th Road have been off for two weeks. Riders keep crashing there at night. Please fix.
""")

add(65, "t", "yanglao-huijia-lingqu", "C", "-", "HR", "normal", "zh", "-",
    ("12345热线 话务员 0633", "agent0633"), "【咨询】来电咨询养老保险回老家能否领取",
    """
来电人咨询：其今年五十八岁，河南户籍，在本市建筑工地和工厂前后干了十二年，单位给交了十二年的职工养老保险，中间断过两次。现在身体不好准备回老家，想了解回老家以后这边交的养老保险能不能在老家领，要不要满十五年，不满十五年的话是把钱退给本人还是可以补缴，补缴要交多少钱，到了六十岁在哪里办领取手续。来电人称对这些完全不懂，老乡说"回去就作废了"，很着急。
来电号码：150 0000 6389  来电人：闫先生
""")

add(66, "t", "juzhuzheng-chuangkou-weihu", "P", "-", "PSB", "normal", "zh", "-",
    ("姚春梅", "yaocm"), "派出所办居住证窗口连续三周\"系统维护\"",
    """
我从10月第一周开始去新塘派出所办居住证，每次都是下午请假过去，窗口贴一张纸"系统维护，暂停办理"，问旁边的人，说不知道什么时候好，让去别的派出所。去了隔壁的派出所，又说只能在居住地派出所办。
三个星期跑了四趟，假请了四次，证还没办。孩子读书、我们办社保都要这个证。到底什么时候能办？能不能在网上公布一下，不要让我们白跑。
""")

add(67, "h", "shangchang-baojie-qianxin", "D", "-", "HR", "normal", "zh", "-",
    ("龚小梅", "gongxm"), "悦城广场保洁员三个月没拿到工资",
    """
市长您好：
我们是悦城购物广场的保洁员，一共三十二个人，归一家叫"恒洁环境"的公司管，商场把保洁包给他们。从七月份开始公司就没有发过工资，说是商场没给他们结账，商场的管理处说钱早就付了。
我们大多是五六十岁的阿姨，每天早上六点到晚上八点，扫厕所、拖地、收垃圾，一个月两千八。现在三个月没拿钱，有的人连饭都是在商场员工餐厅赊的。
请政府帮我们找一下恒洁环境的老板和商场，把三个月的工资发给我们。
龚小梅 136 0000 9942（大家推我来写的）
""")

add(68, "j", "tushuguan-wanshang", "I", "-", "CUL", "normal", "zh", "-",
    "黎俊", "图书馆晚上开到几点",
    """
你好，我下班比较晚，想问市图书馆晚上开到几点？周一闭不闭馆？外地户口能不能办借书证，要押金吗？
""", phone="186 0000 7713", email="", anon=False, district="")

add(69, "t", "bike-lane-heping-ave", "S", "-", "TRA", "normal", "en", "-",
    ("Dmitri Volkov", "dvolkov"), "Please add a protected lane for e-bikes on Heping Avenue",
    """
Hello,

I deliver food on an e-bike in the evenings as a second job. Heping Avenue between the railway station and the university has no separate lane for bikes. Cars park on the right side, buses pull in, and we have to ride between the buses and fast traffic. I have seen three accidents with riders this month.

Could the city paint a bike lane there, or better, put low barriers between the bike lane and the car lanes, and move the car parking to the side streets? Even a lane only in the evening rush (6–9 pm) would help. Many delivery riders use this road because almost all restaurants in the area are there.

Kind regards,
Dmitri
""")

add(70, "t", "chang-bu-mai-shebao", "D", "-", "HR", "normal", "zh", "typos",
    ("许长江", "xucj"), "厂里不给我们卖社保",
    """
我在创辉塑胶厂做了三年了，厂里从来没有给我们卖过社保，说是外地人不用买，买了你们也享受不到，每个月多给一百块钱补贴就算了。我去年生病住院全部自己掏钱，才知到没社保医保就报不了。
我们车间四十几个人都没有。这种是不是违法的？请你们让厂里给我们把社保补上，以后每个月都要按规定交。
许长江 177-0000-2391
""")
add(71, "t", "anjian-liangxiangjiu", "P", "a", "DIC", "normal", "zh", "-",
    ("", "yuangong.2026"), "街道安监来检查每次都拿两箱酒走",
    """
我在鼎鑫家具厂上班。我们厂喷漆车间的消防通道常年堆满板材，灭火器都是过期的，车间里喷漆的味道大得很，一点防护都没有。
街道安监办有一个姓袁的干部，每季度来"检查"一次。每次来都是厂长陪着在办公室喝茶，车间门口看一眼就走了，走的时候厂长让司机往他车后备箱放两箱白酒、一箱烟，我们在仓库的人亲眼看见过好几次。检查结果每次都是"合格"。
我们工人天天在里面干活，出了事是我们的命。请纪委查一下这个姓袁的，也请派真正的人来查我们的车间。
""")

add(72, "j", "mei-juzhuzheng-gongban", "C", "-", "EDU", "normal", "zh", "short",
    "", "没居住证孩子能上公办吗",
    """
没有居住证孩子能不能读公办学校
""", phone="135 0000 4408", email="", anon=False, district="")

add(73, "t", "baoan-gongsi-koukuan", "D", "b", "HR", "normal", "zh", "-",
    ("一名保安", "guard.night"), "安泰保安公司乱扣工资",
    """
我是安泰保安服务公司派到翠湖小区的保安。公司每个月从我们工资里扣"服装费"一百五、"培训费"两百，一扣就是一整年，衣服就发了两套，培训从来没有过。还有夜班迟到一分钟扣五十，请一天病假扣三天工资。我们小区十四个保安都这样。
请劳动部门查一下安泰保安公司，把乱扣的钱退给我们。
我是偷偷写的，队长说过谁往外面捅就让谁走人，所以名字就不写了，有需要可以打这个号码找我：132 0000 5746，请不要告诉公司是谁反映的。
""")

add(74, "t", "arbitration-office-address", "I", "-", "HR", "normal", "en", "-",
    ("Maria Lopes", "maria.lopes"), "Address of the labour arbitration office",
    """
Good morning,

Could you give me the address and opening hours of the city labour dispute arbitration office, and which bus or metro line goes there from the East Railway Station? Is there a separate office for each district?

Thank you,
Maria Lopes
""")

add(75, "t", "renlian-shibie-ershici", "P", "-", "HR", "normal", "zh", "sarcasm",
    ("唐国强", "tanggq"), "\"智慧人社\"果然智慧",
    """
"智慧人社"App 真是智慧，智慧到连我本人都认不出来。
我想在上面查一下养老保险缴费记录，登录要刷脸，刷了二十次，一次提示"光线太暗"，一次提示"请勿佩戴眼镜"，我没戴眼镜，一次提示"非本人操作"。我在工地晒了二十年，脸黑是黑了点，但确实是本人。
最后客服机器人建议我"到就近窗口办理"。那我下载这个App是为了什么？为了锻炼耐心吗？
请把这个刷脸改一改，或者给我们这些脸不合格的人留个别的办法登录。
""")

add(76, "t", "chengzhongcun-wushui", "D", "-", "WAT", "normal", "zh", "-",
    ("12345热线 话务员 0745", "agent0745"), "【转办】来电反映城中村污水漫到路面",
    """
来电人反映：田心村三巷和五巷交界处的下水道堵了快一个星期，黑色的污水从井盖里冒出来，漫了半条巷子，臭得不行，巷子里住的大多是附近厂里上班的租户，每天上下班都要踩着污水走，晚上看不见经常有人滑倒，小孩子在里面玩，来电人担心会生病，找过村里，村里说要等排水公司，排水公司电话没人接，请相关部门尽快疏通。
来电号码：188 0000 3270  来电人：蓝先生
""")

add(77, "t", "tax-refund-and-medical-card", "C", "-", "TAX", "normal", "en", "two-intents",
    ("Rashed Hossain", "rashed.h"), "Income tax refund and medical insurance card",
    """
Dear Sir/Madam,

I am from Bangladesh and have worked at a textile factory here since January. A colleague told me that foreign workers can get some income tax back at the end of the year if we earn less. How does this work for foreigners, do I need to use the tax app, and is there an English version? What documents do I need?

Second question: my company pays medical insurance for me but I never received a card. How can I get the medical insurance card, or can I use my passport at the hospital?

Thank you very much,
Rashed
""")

add(78, "j", "jianshezhe-gongyu", "S", "-", "HOU", "normal", "zh", "-",
    "白建林", "建议多建一些给工人住的便宜公寓",
    """
建议在工业园和大的工地附近多建一些"建设者公寓"或者职工宿舍型的保障房，一个床位一个月三四百块，有热水、有洗衣机、有地方给电动车充电。现在城中村一个单间一千多，我们一个月挣五六千，房租就去了小四分之一，很多人只能几个人挤一间。
另外公租房的申请条件能不能放宽一点，现在要求社保连续交满多少年，很多打工的换厂就断了，永远够不上。
""", phone="183 0000 1285", email="baijl@example.com", anon=False, district="高新区")

add(79, "t", "shitang-heiyou", "D", "-", "MKT", "normal", "zh", "indirect",
    ("谭文斌", "tanwb"), "我们工地饭堂的油",
    """
我们工地饭堂是包给外面一个老板做的，一顿饭十二块从工资里扣。最近两个月炒菜的油颜色发黑，闻起来一股哈喇味，炸过的东西咬起来发苦。上个礼拜我们宿舍六个人有四个拉肚子，有一个拉到去打吊针。
有人看见后厨用的油是从一个没有牌子的大塑料桶里倒出来的，桶上什么字都没有。
我也不懂这种油还能不能吃，我们每天三顿都在那里吃，没有别的地方可以吃。饭堂在鹭岛工地（湾仔路北段）东门进去左手边。
""")

add(80, "h", "yibao-chuangkou-yidi", "P", "a", "HSB", "normal", "zh", "-",
    ("蒙光辉", "menggh"), "医保窗口工作人员态度恶劣",
    """
10月22日上午，我到市医保服务中心二楼办理异地就医备案，我在这边工地摔伤，想在这边住院用老家的新农合。8号窗口是一个四十多岁的女工作人员，烫卷发。
我刚问了一句怎么办，她就说"你们外地的回老家报去，跑这来干什么"，我说我人在这边住院回不去，她说"那是你的事"，材料都没看就叫下一个。我站在窗口不走，她跟旁边的人说"这种人就是来碰瓷的"，还笑。
后来我问了别的窗口才知道，异地备案现在手机上就能办，她一句都没告诉我。
我要求医保中心查一下这个工作人员，给我道歉。
蒙光辉 137 0000 4625
""")
add(81, "t", "juan-jiuyifu", "I", "-", "CIV", "normal", "zh", "-",
    ("施慧", "shihui.cleaner"), "旧衣服可以捐到哪里",
    """
您好，我在家政公司做事，雇主家里清出来很多八九成新的冬天衣服和被子，说不要了让我处理。我想捐给有需要的人，请问市里有没有正规的捐赠点？在哪里，收不收被子？
""")

add(82, "t", "diaolan-dafeng", "D", "-", "HOU", "high", "zh", "-",
    ("12345热线 话务员 0851", "agent0851"), "【紧急转办】来电反映大风天外墙吊篮仍在作业",
    """
来电人反映：其在海岸城三期工地做外墙涂料，现在外面风很大，气象台刚发了大风预警，工地3号楼外墙有两个吊篮还挂在二十多层，吊篮被风吹得撞墙，里面有四个工人，其中一个吊篮的一根安全绳昨天就磨破了没换，工长在对讲机里喊"把这面刷完再下来"，来电人在楼下看着很害怕，说"再不下来要出事"，要求立即派人到现场让吊篮停下、人先下来。来电人一直在重复地址：海岸城三期，滨海大道和观澜路路口。
来电号码：147 0000 2295  来电人：未留姓名
话务员备注：事态紧急，已同步告知来电人可拨打119/110。
""")

add(83, "t", "jiazheng-ziji-jiao-shebao", "C", "-", "HR", "normal", "zh", "typos",
    ("邹阿姨", "zouayi.58"), "做保姆的能不能自己交社保",
    """
你好我是做住家保姆的，在雇主家做了四年了，雇主说保姆不用交社保，家政公司说我们是自由职叶自己交。我想问我这样的能不能自己在这边交养老保险，要本地户口吗，一个月交多少钱，在哪里办。我今年五十一了，还能交够十五年吗。我打字不好，麻烦回我电话 134 0000 7260，谢谢
""")

add(84, "t", "which-office-wage-foreigner", "C", "-", "HR", "normal", "en", "-",
    ("Oleksandr Shevchenko", "o.shevchenko"), "Which office handles unpaid wages for a foreign worker?",
    """
Hello,

My company has not paid my salary for September and October. I have a work permit and a contract in Chinese and English. Which office should I go to with this problem: the labour inspection, the arbitration office, or the foreign experts office that issued my permit? Do they accept documents in English or must everything be translated by a certified translator?

I tried the labour inspection phone number on the website four times this week and nobody answered, so I am writing here instead.

Thank you,
Oleksandr Shevchenko
""")

add(85, "t", "gongzi-zhuanhu-xuanchuan", "S", "-", "HR", "normal", "zh", "fullwidth",
    ("凌志远", "lingzy"), "关于农民工工资专户的几点建议",
    """
尊敬的领导：您好！！！
本人在工地做了十五年，提几点建议——
①听说现在有"农民工工资专用账户"，但是我们工地上百分之九十的人都不知道有这个东西…，工资还是包工头发现金。建议在每个工地门口公示：专户开户银行、每月打款日期、总包单位联系人；
②工人自己能不能在手机上查到"这个月项目往专户打了多少钱、发给我的是多少"？？
③拖欠的，能不能直接在专户里扣保证金先发给工人？
以上，请参考！！
""")

add(86, "j", "gongdi-wei-anquanwang", "D", "c", "HOU", "normal", "zh", "-",
    "方大勇", "工地没有安全网，工人没有安全带",
    """
我在翠屏山庄二标段工地干活，这个工地从十层往上外面没挂安全网，临边洞口也没有围栏，我们在十八层绑钢筋，安全带根本不够，十个人发了三根，包工头说"小心点就行，以前都这么干的"。前天一块木板从上面掉下来，差一点砸到下面推车的人。
请住建部门来检查一下，让他们把安全网、围栏、安全带配齐再干。
我名字写上了，但是我们这行包工头手里有一个"黑名单"，哪个工人给他惹麻烦，以后这一片的工地都不要他。我家里两个孩子读书，这活丢不起。
""", phone="139 0000 0716", email="", anon=False, district="翠屏区")

add(87, "t", "zhongcaiyuan-jilu-che", "I", "-", "TRA", "normal", "zh", "short",
    ("小黄", "xhuang.2001"), "去劳动仲裁院坐几路车",
    """
从火车北站去市劳动仲裁院坐几路公交？
""")

add(88, "t", "fujing-shoujijia", "P", "a", "PSB", "normal", "zh", "typos",
    ("钟伟", "zhongwei.rider"), "辅警扯坏我的手机架还说在看见我就扣车",
    """
10月18号中午我在东门天桥底下等单，车停在非机动车道边上，一个辅警过来（瘦高个，说话东北口音，执勤的那个岗亭就在天桥东边）二话没说就把我车头的手机支架扯了下来，说骑车看手机违法，我说我没骑我在停着等单，他说"狡辨什么"，把支架往地上一摔踩了两脚，还说"明天在看见你在这里就把车扣了"。
支架是我两百多块买的，我也没有违章，他凭什么？请派出所或者交警大队查一下那个岗亭那天中午是谁执勤，让他赔我支架，给我到歉。
钟伟 185 0000 6308
""")

add(89, "a", "agency-keeps-passport", "D", "-", "PSB", "normal", "en", "-",
    ("Lorna Bautista", "lorna.b"), "Agency is keeping my passport",
    """
Dear Sir/Madam,

I am a domestic helper from the Philippines. I finished my contract with my employer in September on good terms, and I have a new employer who wants to hire me. But the placement agency (Sunrise Home Services, 3rd floor of Jiahe Building) still has my passport. They took it when I arrived "for safekeeping" and now say they will only give it back if I pay 8,000 yuan "release fee".

I do not have this money and I never signed anything about a release fee. Without my passport I cannot do my new visa and I am afraid my stay will expire.

Please help me get my passport back from the agency.

Lorna Bautista
+86 151 0000 3847
""")

add(90, "t", "juzhuzheng-zhongkao", "C", "-", "PSB", "normal", "zh", "two-intents",
    ("覃丽", "qinli.mom"), "居住证续签和孩子中考的问题",
    """
您好，请问两个事：
1. 我的居住证明年二月到期，续签是要提前多久去办？要不要重新拿租房合同？我现在换了房子，房东不愿意去派出所登记，这种情况怎么办？
2. 我儿子现在读初二，我们是外地户口，他以后能不能在这边参加中考、读公办高中？需要居住证连续满几年？
主要是第一个，怕居住证断了影响孩子。谢谢。
""")
add(91, "t", "water-stations-outdoor", "S", "-", "UMB", "normal", "en", "-",
    ("Joseph Otieno", "j.otieno"), "Drinking water points for people who work outside",
    """
Hello,

I work as a security guard at an outdoor car park and in summer I spend ten hours a day in the sun. Many cleaners, riders and guards have the same problem: there is nowhere to refill a water bottle. Shops want you to buy something.

Could the city install simple public drinking water taps in parks, at bus hubs and near big squares, like in some European cities? The existing rest stations for sanitation workers could also be opened to all outdoor workers and have a sign in English and Chinese.

Thank you for considering it.
Joseph
""")

add(92, "t", "jiancha-dui-biaoge", "P", "a", "DIC", "normal", "zh", "indirect",
    ("", "gongyou.2026"), "我们老板说随便告",
    """
我们是城西机械厂的十多个老工人，厂里要搬迁，让我们"自愿离职"，经济补偿一分没有。
我们去区里劳动监察大队反映了两次。第二次去之前，老板在车间开会，笑着跟我们说："你们去告，随便告，监察队的郑队长是我表哥，过年还在我家吃饭的。"
两次去都是郑队长亲自接待，两次都说"企业搬迁是正常经营行为，你们要理解"，材料收了，回执没给。第二次出来，老板的车就停在监察大队门口。
我们也不知道老板说的是不是真的。如果是真的，这个案子他该不该管？请领导帮我们弄清楚。
""")

add(93, "t", "laoban-paolu", "D", "-", "HR", "normal", "zh", "short",
    ("", "wjl.1966"), "老板跑了",
    """
工资拖了3个月没给，老板跑路了，电话关机，我们咋办
""")

add(94, "j", "guoqing-jingqu-youhui", "I", "-", "CUL", "normal", "zh", "-",
    "蒋春燕", "国庆节景区门票有没有优惠",
    """
国庆节放假想带孩子去玩一下，请问凤凰山和海洋馆对外来务工人员或者学生有没有门票优惠？要带什么证？需要提前网上预约吗？
""", phone="150 0000 3316", email="", anon=False, district="")

add(95, "a", "wang-laoshi-waidi", "P", "a", "EDU", "normal", "zh", "quoted",
    ("黎桂芳", "ligf.home"), "Re: Re: 孩子在学校被老师区别对待",
    """
教育局领导：
我不是要学位，我孩子已经在读了。我上次写信说的是老师的问题，你们回复的是学位的事，请再看一次我写的。

我儿子在兴华路小学三年级（2）班，班主任王老师在班上说过好几次"你们外地的别来拖班级后腿"，考试后把几个外地孩子的座位调到最后一排靠垃圾桶，家长群里发成绩也只点外地孩子的名字。我儿子现在早上哭着不肯去学校。

----- 回复 -----
> 黎女士您好，经与兴华路小学核实，该校今年学位已满，随迁子女入学按积分排序，您的孩子已正常入读，请您放心。如有其他问题可向学校咨询。

----- 我的第一封信 -----
> 我儿子在兴华路小学三年级，班主任王老师经常当着全班说外地孩子拖后腿，还把他们调到最后一排……请教育局管一下。

黎桂芳 189 0000 2734
""")

add(96, "t", "ershou-dianche-jiadianchi", "D", "-", "MKT", "normal", "zh", "-",
    ("12345热线 话务员 0962", "agent0962"), "【转办】来电反映二手电动车行以旧电池冒充新电池",
    """
来电人反映：其是外卖骑手，10月5日在城南路"飞驰电动车行"花2300元买了一辆二手电动车，老板说电池是刚换的新锂电池，保一年，还给写了张条子，结果骑了不到一个星期一次充满只能跑二十公里，拆开看电池外壳上的日期是两年前的，去找老板，老板不认，说条子上写的是"电池正常"，店员还推搡来电人让他别在店门口闹，来电人要求退车或者换新电池，请市场监管部门处理。
来电号码：173 0000 8254  来电人：韦先生
""")

add(97, "t", "minimum-wage-1800", "C", "-", "HR", "normal", "en", "-",
    ("Adebayo Okafor", "adebayo.o"), "Is 1,800 yuan below the minimum wage?",
    """
Hello,

I work in a warehouse 8 hours a day, 6 days a week. My salary is 1,800 yuan per month plus lunch. A Chinese friend said this is below the legal minimum. What is the minimum monthly wage in this city right now, and does it include meals or overtime? If my salary is below it, can I ask for the difference for the past months?

Thank you,
Adebayo
""")

add(98, "t", "zhuifan-haoche", "S", "-", "UMB", "normal", "zh", "sarcasm",
    ("老余", "yu.lao"), "给城管的一个小建议",
    """
建议城管同志把追小贩的热情分一点点出来，给福田里那几条街上天天停在人行道上的豪车。
卖红薯的大爷推着车走得慢，一天被追三回；那几辆豪车在盲道上一停就是一个月，轮椅过不去、婴儿车过不去，我们外卖车更别说了，也没见谁去贴个条。可能是因为大爷比较好追吧。
具体建议：一是人行道违停也列进城管每周巡查重点；二是给卖小吃的划几个固定时段的摆卖点，大爷有地方去，城管也省得跑。
""")

add(99, "j", "wuye-citui-baojie", "D", "b", "HR", "normal", "zh", "-",
    "刘女士", "物业公司一句话把我们保洁全辞了",
    """
我们是锦城华府小区的保洁，归锦城物业管，有的做了七八年了。上周物业经理开会说小区保洁要外包给别的公司，让我们签"自愿离职"，不签就下个月不排班，一分补偿都不给。我们九个人都没签。
请劳动部门帮我们问一下，这种情况公司是不是应该给补偿，该给多少就给多少。
我们几个还在小区打零工，怕以后连零工都没得做，麻烦处理的时候不要说出我的名字，就说是保洁员反映的。
""", phone="138 0000 5179", email="", anon=False, district="锦城区")

add(100, "t", "biaoyang-huang-kezhang", "S", "-", "HR", "normal", "zh", "-",
    ("石大山", "shidashan"), "感谢黄科长，也提个建议",
    """
领导们好：
先要谢谢区劳动保障监察大队的黄建明科长。我们二十六个人在中海路项目被欠了五十多万工资，黄科长接了案子以后前后去了工地七趟，晚上十点还在跟总包和劳务公司谈，一个月就全部拿到了。这是我打工二十年第一次碰到这么负责的干部。
建议：一是把黄科长这种办案的办法总结一下，在别的区推广；二是监察大队人太少了，黄科长他们一个科四个人管几百个工地，累倒了怎么办，建议增加人手；三是年底欠薪高峰的时候能不能专门开一个绿色通道。
石大山 136 0000 5092
""")
add(101, "h", "shuinichang-huichen", "D", "-", "ENV", "normal", "zh", "-",
    ("温秀兰", "wenxl"), "水泥搅拌站灰尘太大",
    """
领导好，我们住在南岗村的出租屋，村子东边新开了一个水泥搅拌站（就是"通达混凝土"那个），每天从早上五点到晚上，运水泥的车一辆接一辆，灰尘大得吓人，晾在外面的衣服一天就灰了，窗台一摸一手灰，巷子里的小孩子都在咳嗽。下雨以后路上全是水泥浆。
搅拌站也没有围起来，没有洒水，车也不盖布。请环保部门过来看看，让他们把粉尘治理好。
温秀兰 159 0000 4083
""")

add(102, "j", "gongzufang-shenqing-shijian", "I", "-", "HOU", "normal", "zh", "-",
    "韦丽萍", "公租房申请窗口在哪里几点上班",
    """
请问市公租房受理窗口在哪里？周六日上班吗？上午几点开始取号？
""", phone="", email="weilp.home@example.org", anon=False, district="")

add(103, "t", "anjianzhan-xinfeng", "P", "a", "DIC", "normal", "zh", "typos",
    ("", "zhengyi.gongren"), "安监站的人收了信封就走",
    """
我是一个在工地干了很多年的老工人，看不下去了才写这个。
我们这个工地（云顶名苑，在红岭路尽头）塔吊的司机没有证，基坑边上也没有护栏，下雨天还在挖。上个礼拜区建筑安监站来了两个人检查，一个胖胖的戴眼镜，一个年轻的拿着本子，在工地转了不到二十分钟，项目经理在工地办公室给胖的那个塞了一个厚厚的信封，他放进公文包就走了，本子上什么都没写。我在门口搬材料看的清清楚楚。
第二天项目经理在群里说"检查已过，抓进度"。
这种人拿钱不办事，我们的命不值钱吗？请纪委查以下。
""")

add(104, "t", "kuaidi-fakuan-hefa", "C", "-", "HR", "normal", "zh", "-",
    ("潘俊杰", "panjj.kd"), "快递公司这样罚款合法吗",
    """
你好，我是快递网点的快递员，网点规定：一个客户投诉罚两百，件晚到一天罚五十，没按时打卡罚一百，这个月我一共被罚了一千三，工资才发了三千出头。请问公司可以这样罚员工的款吗？有没有规定上限？我没有签过同意罚款的东西，只在入职的时候签了一个"员工手册"。
""")

add(105, "t", "sushelou-dianti-kunren", "D", "-", "MKT", "normal", "zh", "fullwidth",
    ("欧阳晨", "ouyangchen"), "員工宿舍樓電梯一個月困人三次！",
    """
领导：
我们住的是光明工业区７栋员工宿舍（１８层，住了６００多人），这部电梯这个月已经困人三次了！！第一次困了两个女工４０分钟，第二次是晚上１１点，第三次是昨天早上上班高峰，里面挤了１２个人，电梯突然往下掉了一截才停，大家吓得尖叫。
物业说"已经报修"，修了还是坏。电梯里的检验合格证是去年过期的……
请特种设备的部门来查一查这部电梯还能不能用？？
联系电话：１５２－００００－８１３６
""")

add(106, "j", "nongmingong-yexiao", "S", "-", "HR", "normal", "zh", "-",
    "蓝海波", "建议办农民工夜校",
    """
我们很多工友想学点东西，比如电工证、焊工证、电脑、普通话，白天要上班，外面的培训班又贵。建议市里在工业园或者社区办农民工夜校，晚上七点半到九点半上课，学费免了或者用技能补贴抵，考了证的给推荐工作。我们宿舍就有十几个人想报。
""", phone="182 0000 9037", email="", anon=False, district="临江区")

add(107, "a", "clinic-nurse-laughed", "P", "a", "HEA", "normal", "en", "-",
    ("Grace Villanueva", "grace.v"), "Treated badly at the outpatient clinic of the Central Hospital",
    """
To whom it may concern,

On 2 November I went to the outpatient department of the City Central Hospital (a public hospital) because of strong stomach pain. At the registration desk for internal medicine I showed my passport and my medical insurance card. The nurse at the desk, a young woman with a pink lanyard, looked at my passport, said something to her colleague and they both laughed and pointed at me. Then she told me in English "no Chinese, no doctor" and pushed my documents back.

I waited and asked again. The doctor in Room 6 (male, about 50) came out, said "helper, go private hospital" and closed the door. I was in pain and I had to leave and pay 900 yuan at a private clinic.

I pay medical insurance through my employer like everyone else. I would like the hospital to look into how these two staff members treated me.

Grace Villanueva
+86 186 0000 5418
""")

add(108, "t", "qianxin-he-gongshang", "D", "-", "HR", "normal", "zh", "two-intents",
    ("12345热线 话务员 0519", "agent0519"), "【转办】来电反映欠薪及受伤无人处理",
    """
来电人反映：其在"金湾物流仓"做叉车工，公司拖欠其八月、九月两个月工资共计一万一千元，另外九月十号在仓库被货物砸到右肩，去医院拍片是骨裂，公司只付了第一次的检查费，之后让他自己出钱，也不给报工伤，现在右手抬不起来没法上班，公司说不上班就按自动离职处理，来电人要求相关部门先督促公司把拖欠的两个月工资结清，同时对受伤的事给个说法。来电人说话比较激动，几次说家里老人孩子都等着他寄钱回去。
来电号码：131 0000 8807  来电人：莫先生
话务员备注：来电人同时反映两件事，以欠薪为主，请承办单位尽快联系。
""")

add(109, "t", "12345-english-hours", "I", "-", "MGO", "normal", "en", "short",
    ("Sam Wilson", "samwilson"), "English hours?",
    """
What hours can I call 12345 and talk to someone in English?
""")

add(110, "t", "fangdong-bu-dengji-xuzheng", "P", "c", "PSB", "normal", "zh", "-",
    ("黄春花", "huangch"), "派出所规定房东本人到场，我的居住证续不了",
    """
我在梅林街道租房四年，居住证每年都续。今年去梅林派出所续签，窗口说新规定必须房东本人带房产证到场登记，否则不给续。
我房东在外地，说太麻烦不来，还说"你要是去派出所搞事情，下个月就别租了"。我这边房子是附近最便宜的，一家四口，搬走真的找不到地方。我打听了别的派出所，好像只要租房合同和房东身份证复印件就行。
为什么每个派出所的要求不一样？这个"房东本人到场"的规定是哪里来的？能不能按别的派出所的做法来，让我们租房的人也能续上证。孩子上学要用。
黄春花 177 0000 6631
""")
add(111, "t", "sushe-meishui", "D", "-", "WAT", "normal", "zh", "short",
    ("", "lhy.dorm"), "没水",
    """
凤岗村二十一巷的出租屋没水两天了，一点都没有，谁来管一下
""")

add(112, "j", "siliao-qianzi-hai-neng-gao", "C", "-", "HR", "normal", "zh", "-",
    "覃月娥", "私了签字以后还能不能告",
    """
我老公在工地上摔下来，腰和腿都断了，现在还在医院。包工头说给两万块私了，让我们签一个"自愿放弃一切赔偿"的协议，钱马上给。医生说他以后可能干不了重活了。
我想问一下，要是签了这个字，以后还能不能再去申请工伤、找公司赔？两万块是不是太少了？我们不懂法，怕被骗，又急着用钱交医药费。
""", phone="139 0000 6854", email="", anon=False, district="")

add(113, "a", "bilingual-contracts", "S", "-", "HR", "normal", "en", "-",
    ("Marek Kowalczyk", "marek.k"), "Suggestion: bilingual labour contracts for foreign workers",
    """
Dear Sir or Madam,

Most foreign workers in the factories here sign a labour contract only in Chinese. We sign because we need the job, but we do not really know what is inside until there is a problem: probation length, overtime, notice period, penalties.

I would like to suggest that the Human Resources and Social Security Bureau publishes an official bilingual model contract (Chinese with English, and perhaps Vietnamese and Russian), and asks companies that employ foreigners to give the translated version together with the Chinese one. The Chinese text can remain the legal version.

This would prevent many disputes that later come to your offices.

Best regards,
Marek Kowalczyk
""")

add(114, "t", "jinggai-diule", "D", "-", "WAT", "high", "zh", "-",
    ("骑手阿杰", "ajie.ride"), "井盖没了！晚上很危险",
    """
急！！文昌路和学府路交叉口往北大概五十米的非机动车道上，一个下水道井盖没了，就剩一个黑洞，下面很深。现在晚上没路灯，刚才我前面一个送外卖的兄弟差点连人带车掉进去，我们几个骑手先找了个破桶放在上面挡着。
这条路晚上电动车很多，麻烦马上派人来盖上，不然肯定要出人命。
""")

add(115, "t", "chuangkou-guazi", "P", "a", "HR", "normal", "zh", "sarcasm",
    ("何秀梅", "hexiumei"), "人社服务大厅的\"优质服务\"",
    """
10月27日下午三点，我到区人社服务大厅办失业登记。
5号窗口的工作人员服务态度实在是"太好了"：一边嗑瓜子一边刷短视频，声音开得很大。我站了五分钟她头都没抬，我问能不能办，她说"系统卡，明天来"。我说我排了一个小时，她把瓜子壳往桌边一扫，说"那你再排一个小时"。
更"高效"的是，我走到大厅门口回头看，下一个人她马上就给办了。
我不知道是我的脸不对还是口音不对。窗口上的工牌号是0517，请领导去"学习"一下她的服务经验。
""")

add(116, "t", "falv-yuanzhu-dianhua", "I", "-", "JUS", "normal", "zh", "-",
    ("吕德才", "lvdecai"), "法律援助的电话是多少",
    """
你好，请问法律援助的电话是多少？我们被欠了工资想找个律师问一下，听说农民工讨薪打官司可以免费请律师，在哪里申请？离东站近不近？
""")

add(117, "j", "heizhongjie-jieshao-fei", "D", "c", "HR", "normal", "zh", "-",
    "莫志军", "黑中介收了八百块不给介绍工作",
    """
10月8号我在火车站旁边的"鑫城人力"交了八百块介绍费，说包进电子厂，包吃住，月薪六千。结果带我们去的厂根本不招人，回来找中介，他们说再等等，等了两个礼拜，又让交三百"体检费"。我们一起的有二十几个人，都交了钱。
请相关部门查一下这个中介，把我们的钱退回来。
我们去要钱的时候，店里几个纹身的男的堵着门说"再来闹就不客气"，还拍了我们每个人的身份证，我现在走到火车站那边都有点怕。
""", phone="176 0000 5523", email="", anon=False, district="站前区")

add(118, "t", "laowu-baochou-geshui", "C", "-", "TAX", "normal", "zh", "-",
    ("邵文", "shaowen"), "打零工被扣了20%的税",
    """
你好，我是做零工的，九月给一家装修公司干了半个月，说好七千块，结果到手只有五千六，公司说是劳务报酬要代扣百分之二十的个人所得税。请问这个是不是对的？我一个月就这点钱，也要交这么多税吗？年底能不能退回来？要怎么操作？
""")

add(119, "t", "diandongche-weizhang-fakuan", "C", "-", "PSB", "normal", "zh", "-",
    ("冯小亮", "fengxl.ride"), "电动车违章罚款在哪里交",
    """
我的电动车上个星期在路口被拍了闯红灯，收到短信说要罚五十，让在网上交，但是那个网址打开一直是空白的。请问还可以在哪里交？去交警大队可以吗？不交的话会怎么样，会不会影响我以后上牌或者扣车？
""")

add(120, "t", "caller-locked-exits", "D", "-", "EME", "normal", "en", "-",
    ("12345 Hotline Agent 0788", "agent0788"), "[Transferred] Caller reports factory locks emergency exits during shifts",
    """
Caller states that she is a Sri Lankan worker at a toy factory on Xinhe Road (Bright Star Toys, Building 5), and that for about a month the factory has been locking both emergency exits on the 2nd and 3rd floors with chains during every shift, supposedly to stop workers from leaving early and to stop theft; only the main staircase is open and it is partly blocked by boxes of finished goods; around 300 workers are inside on each shift, including at night; caller says the fire alarm was tested once and nobody could get out quickly; she asked the line leader, who said it is "company rule". Caller requests an inspection and that the chains be removed. Agent read back the address twice to confirm.
Caller phone: 156 0000 3374. Caller name: Nadeesha Perera.
""")
add(121, "j", "gongban-xuewei-zengjia", "S", "-", "EDU", "normal", "zh", "-",
    "孔令辉", "建议给随迁子女多增加一些公办学位",
    """
我们工业园周边有四五万外来工，孩子到了上学的年纪，公办学校的学位每年就那么一点，积分排不上的只能读民办，一学期八千到一万，一个人的工资就没了。有的家长只好把孩子送回老家当留守儿童。
建议：一、在工业园附近新建或扩建一两所公办小学、初中；二、公办排不上的，对民办学校给随迁子女发学位补贴；三、积分规则里社保年限的比重提高一点，那些在这里实实在在干了很多年的人应该优先。
""", phone="", email="konglh@example.net", anon=False, district="工业园区")

add(122, "t", "xieguanyuan-shou-chengzi", "P", "a", "UMB", "normal", "zh", "-",
    ("12345热线 话务员 0904", "agent0904"), "【转办】来电反映城管协管员收钱不开票",
    """
来电人反映：其在沙湾市场北门外卖卤菜，11月2日傍晚有两名穿城管制服的人过来，其中一个年纪较大、说本地话、左边眉毛有颗痣的协管员，把来电人的电子秤拿走，说占道要罚三百，不交秤就没收，来电人给了三百元现金，对方没有开任何票据，秤也只还了一半（秤盘没还），来电人事后听旁边摊主说这个人每个月都来"收一轮"，要求核实这个人的身份，退还三百元，查清是不是正规罚款。
来电号码：158 0000 2641  来电人：钟女士
""")

add(123, "t", "jinwan-dayu", "I", "-", "MET", "normal", "zh", "short",
    ("阿龙", "along.ride"), "今晚几点下大雨",
    """
今晚几点开始下大雨？要不要出去跑单
""")

add(124, "t", "wuye-baoan-tui-qishou", "D", "-", "HOU", "normal", "zh", "-",
    ("廖志明", "liaozm.rider"), "御景湾物业保安推搡外卖员",
    """
我是送外卖的，10月29号晚上去御景湾小区送餐，顾客让送到楼下，小区门口的物业保安不让电动车进也不让人进，让我把餐放在门口地上。我说顾客要求送到楼下，他就骂我，还用对讲机砸我头盔，推了我一把，我差点摔倒，餐也洒了，我被平台扣了三十块。
这个小区的保安经常这样对我们骑手。请住建部门管一下这个物业公司，让他们对保安进行教育，也赔我这一单的损失。
廖志明 181 0000 3927
""")

add(125, "t", "marriage-registration-foreigner", "C", "-", "CIV", "normal", "en", "-",
    ("Paulo Ribeiro", "paulo.ribeiro"), "How to register marriage with a Chinese citizen",
    """
Hello,

I am a Brazilian welder working here on a two-year work permit. My girlfriend is Chinese (hukou in another province) and we want to get married in this city. Where do we register, and which documents do I need from Brazil (single status certificate? does it need translation and legalisation)? Can we register here even though her hukou is not in this city, or must we go to her hometown?

Thank you,
Paulo
""")

add(126, "t", "chazanzhu-fan-shouji", "P", "a", "PSB", "normal", "zh", "indirect",
    ("", "nvgong.sushe"), "那天晚上来宿舍查暂住的事",
    """
我们是在福兴制衣厂上班的女工，住在厂后面的女工宿舍三楼。
10月24号晚上十一点多，辖区派出所来了两个人说查暂住登记，其中一个穿警服、个子不高、大概三十多岁的，登记完以后没走，挨个房间让我们把手机解锁给他"检查有没有诈骗软件"，我们几个年轻的女孩子的手机他翻了很久，翻相册翻聊天记录，一边看一边笑。走之前还让我们宿舍两个女孩加他微信，说"以后有事找我"。
这两天他真的发微信来了，问她们周末有没有空。
我们不知道查暂住是不是要看相册。现在宿舍的女孩子晚上都不太敢睡。
""")

add(127, "a", "zaoyin-dafu-rengran", "D", "-", "ENV", "normal", "zh", "quoted",
    ("卓文静", "zhuowj"), "Fw: 关于工地夜间施工噪音的答复（问题依旧）",
    """
你好，下面是上个月12345给我的回复。回复说工地已经承诺晚上十点以后停止施工，结果只停了三个晚上，现在又是每天晚上切割、电焊到一两点。我们是上早班的，五点多就要起床。
请再派人晚上十一点以后来看一次，不要白天来，白天当然没有声音。工地是新华路和建设路西南角的"万科城"项目。

---------- 转发的邮件 ----------
发件人：12345政务服务便民热线
日期：2026年9月30日
主题：关于工地夜间施工噪音的答复
卓女士：您好！经区生态环境分局现场核查，该工地已办理夜间施工许可，许可时段为22:00前。执法人员已对施工单位进行约谈，施工单位承诺严格遵守许可时段。如再发现违规施工，可拨打12345反映。

卓文静 150 0000 8469
""")

add(128, "t", "gongyuan-baitan-qu", "S", "-", "UMB", "normal", "zh", "typos",
    ("阮大姐", "ruandajie"), "建意公园门口晚上划个摆摊的地方",
    """
我下了班晚上在人民公园门口卖点凉皮补贴家用，经常被赶来赶去。我想建意一下，公园南门那一片空地晚上七点到十点人多，能不能划成一个夜市摆摊区，一个摊位交点管理费也可以，卫生我们自己搞好，十点准时收摊。这样城管也不用天天跟我们捉迷藏，老百姓买东西也方便，好过现在大家都像做贼一样。
""")

add(129, "t", "library-card-foreigner", "I", "-", "CUL", "normal", "en", "-",
    ("Svetlana Ivanova", "s.ivanova"), "Library card for foreigners",
    """
Good afternoon,

Can foreigners get a card at the city library? Which document do I bring (passport or residence permit), is there a deposit, and does the library have books in English or Russian? Also, what are the opening hours on Sunday?

Best wishes,
Svetlana
""")

add(130, "t", "tuiwu-baoan-butie", "C", "-", "VET", "normal", "zh", "-",
    ("郝建军", "haojj.1982"), "退伍军人做保安能领什么补贴",
    """
您好，我是2004年退伍的义务兵，老家在外省，这几年在本市一家保安公司上班。听战友说退役军人在就业、社保方面有一些补助，还有参战参试的可以领补贴。我想问：
我这种外地户籍、在本市工作的退役军人，能不能在这边享受退役军人的政策？要到哪里登记？需要带退伍证还是别的材料？
谢谢！
""")
add(131, "t", "yeban-meiyou-jiabanfei", "D", "b", "HR", "normal", "zh", "-",
    ("12345热线 话务员 0133", "agent0133"), "【转办】来电反映工厂夜班无加班费（来电人要求保密）",
    """
来电人反映：其在"佳美电器"总装车间上班，工厂从九月开始实行两班倒，每班十二小时，每月上满二十六天，工资按八小时算，超出的四小时一分钱加班费没有，国庆期间照常上班也没有三倍工资，车间里约三百人都是这种情况，工资条上只写"综合工资"，来电人问过人事，人事说签合同的时候写了"综合工时"，但来电人称从来没看过合同内容，要求劳动部门核查工厂是否申请了综合工时、补发加班费。来电人特别要求不要透露其姓名和电话，称"组长知道了我就做不下去了"，话务员已登记为保密。
来电号码：（保密）
""")

add(132, "t", "gangao-jiuye-zheng", "C", "-", "HR", "normal", "zh", "fullwidth",
    ("陳家豪", "chanka.ho"), "港澳居民在內地工作要辦就業證嗎？",
    """
您好：
本人係香港居民，持回鄉證，現於貴市一間物流公司任倉務主管，已經做咗半年。公司人事話要幫我辦「台港澳人員就業證」，但我聽朋友講而家已經唔使辦？
請問：（１）現時港澳居民喺內地工作仲需唔需要就業證？（２）公司可唔可以幫我交社保同公積金？（３）如果要辦，去邊個部門、帶咩文件？
唔該晒！
陳家豪
""")

add(133, "t", "landlord-cut-water-power", "D", "-", "HOU", "normal", "en", "two-intents",
    ("Ibrahim Diallo", "i.diallo"), "Landlord cut water and electricity to force us out",
    """
Dear Sir/Madam,

Four of us (workers at a ceramics factory) rent a flat in Building 3, Lane 8, Xiashan Village. Our contract runs until next June and we have paid rent until December. Last week the landlord said he wants to rent to someone else for more money. Since Monday he has cut the water and electricity, and yesterday he changed the lock of the building gate while we were at work; we had to wait outside until a neighbour opened it.

We want to stay until the contract ends, or get back the rent we paid in advance and our 3,000 yuan deposit if we must leave. Please help us with the landlord.

Also, is it legal for him to change the lock? Should we call the police next time?

Ibrahim Diallo, 135 0000 2908
""")

add(134, "t", "cun-ganbu-guanlifei", "P", "a", "DIC", "normal", "zh", "-",
    ("", "zuhu.daibiao"), "村干部向外来租户收\"管理费\"",
    """
我们是租住在石塘村的外来工。今年九月开始，村委的治保主任带着两个人挨家挨户收"外来人口管理费"，一个人一年三百，说不交就不给办居住登记，也不让房东续租。治保主任就是村里开小卖部那家的大儿子，大家都认识他。
钱是现金收的，只给一张手写的白条，上面盖的是村里一个合作社的章。全村外来人口少说有三四千人。
我们问过街道，街道说没有这个收费项目。那这些钱到哪里去了？请纪委的领导查一查。
""")

add(135, "j", "jineng-peixun-baoming", "I", "-", "HR", "normal", "zh", "-",
    "龙海燕", "电工技能培训在哪报名",
    """
请问今年政府补贴的电工、焊工技能培训在哪里报名？下一期几号开班？报名要带什么？外地户口可不可以参加？
""", phone="187 0000 6140", email="", anon=False, district="")

add(136, "t", "12345-app-english-mixed", "S", "-", "MGO", "normal", "en", "mixed",
    ("Kevin 林", "kevin.lin.sg"), "Suggestion for the 12345 app",
    """
Hi there,

I'm a Singaporean working in a logistics warehouse here. My Chinese speaking is OK but reading 繁体/简体 forms is a struggle. Small suggestion for the 12345 小程序: please add an English toggle, at least for the main menu and the 投诉/咨询 form. Right now I have to screenshot every page and use a translator app, and the 验证码 expires before I finish.

Also, allow uploading photos in the form, not just text. When we report a 安全隐患 at work a photo says more than 500 words.

Thanks, 辛苦了!
Kevin
""")

add(137, "j", "laowu-shichang-deng", "D", "b", "HR", "normal", "zh", "indirect",
    "", "我们还在等",
    """
我们十几个人在城北劳务市场门口等了三天了。七月份跟一个姓韩的老板去南山那边修路，说好干完两个月一起结，一人一万出头。干完了他说等甲方拨款，九月说国庆后，国庆后又说月底，月底电话就不怎么接了。
今天早上有个老乡说看见他的车在南山项目部停着，我们也不知道甲方是哪家，只知道是修那条新路的。
天冷了，有几个老乡买回家的票钱都没有。
""", phone="", email="", anon=True, district="城北区")

add(138, "t", "shiyongqi-shebao", "C", "-", "HR", "normal", "zh", "short",
    ("", "xzm.2003"), "试用期",
    """
试用期可以不买社宝吗？公司说转正才买
""")

add(139, "a", "bus-schedule-sarcasm", "P", "-", "TRA", "normal", "en", "sarcasm",
    ("Peter Hughes", "p.hughes"), "Congratulations on the new bus timetable",
    """
Dear Transport Bureau,

Congratulations on the new timetable for routes 218 and 231 that started on 1 November. It must have taken real talent to design a schedule where the last bus from the Jinsha Industrial Park now leaves at 9:00 pm, just one hour before the evening shift of about ten thousand workers ends at 10:00 pm.

I am sure the workers appreciate the healthy 6 km walk home in the dark along a road with no pavement, and the taxi drivers waiting at the gate certainly appreciate the business at 40 yuan a ride.

If the change was made because the buses were "empty in the evening", I'd gently point out that they were empty at 8 pm because everyone was still at work. Perhaps someone could look at the shift times before the next brilliant improvement, and bring back at least one bus at 10:20 pm.

Regards,
Peter Hughes (QA engineer, Jinsha Industrial Park)
""")

add(140, "t", "baomu-guzhu-you-guanxi", "D", "c", "HR", "normal", "zh", "-",
    ("欧秀清", "ouxq.baomu"), "做住家保姆被欠了五个月工钱",
    """
我在一个老板家里做住家保姆，照顾他家瘫痪的老太太，从五月到现在五个月工钱没给，一个月四千五，一共两万二千五。每次要，老板都说公司周转不开，过段时间一起给。
上个星期我说再不给我就不做了，他说"你走可以，工钱别想要，你一个外地保姆能告到哪里去，市里哪个部门我没有熟人"。我的身份证现在还在他家抽屉里，他说怕我跑了帮我"保管"。
我不懂这些，就想把我的工钱要回来，身份证拿回来。我怕他真的找人来对付我，我现在晚上都睡不踏实。
欧秀清 155 0000 9417
""")
add(141, "t", "liugan-yimiao-didian", "I", "-", "HEA", "normal", "zh", "-",
    ("12345热线 话务员 0670", "agent0670"), "【信息查询】来电询问流感疫苗接种点",
    """
来电人询问：其在城东一家快递分拣中心上夜班，想在白天去打流感疫苗，询问离城东物流园最近的社区卫生服务中心接种点在哪里、周六上午开不开、需不需要预约、外地医保能不能用、大概多少钱。来电人称分拣中心里最近很多人感冒发烧，几个同事也想一起去。
来电号码：178 0000 5306  来电人：邢先生
""")

add(142, "t", "laoshi-da-haizi", "P", "a", "EDU", "normal", "zh", "typos",
    ("韦春生", "weics.dad"), "老师打我家孩子",
    """
我家孩子在红星路小学读四年级，公办学校。11月4号放学回来脸上有五个手指印，问了半天才说是数学老师打的，就因为作业没写完，那个老师姓包，是个女的，四十岁左右，还让我孩子在走廊罚站了一节课，说"你们这种打工的孩子读了也白读"。
我跟老婆都在厂里上班，晚上九点才回家，作业没人辅导是我们的错，可是老师也不能动手打孩子吧？孩子现在说不想去上学了。
我去学校找过，校长说会了解情况，就没下文了。请教育局管一下这个老师，给孩子到歉。
韦春生 138 0000 1579
""")

add(143, "j", "shimingzhi-kaoqin-gongzi", "S", "-", "HOU", "normal", "zh", "-",
    "邝师傅", "建议把工地实名制考勤跟发工资连起来",
    """
现在工地进门都要刷脸，实名制考勤系统里每个人哪天上班都清清楚楚。建议把这个考勤数据跟工资发放连起来：系统自动算出每个工人这个月该拿多少，总包按这个数打到工人卡上，工人手机上能看到。这样包工头想少报、克扣就难了，出了欠薪也有证据，不用我们自己拍照片记工。
""", phone="189 0000 3318", email="", anon=False, district="")

add(144, "j", "jubao-maochong-renshe", "D", "-", "PSB", "normal", "zh", "-",
    "贺春兰", "举报冒充人社局的诈骗电话",
    """
我要举报一个诈骗电话。今天上午有人打我手机，说是"市人社局欠薪补发中心"的，说我有一笔被拖欠的工资一万二可以补发，但是要先交六百块"手续费"到他们给的账户。我们厂确实欠过工资，他连我的名字和厂名都知道，差点就信了。后来打了人社局的电话才知道根本没有这个中心。
打我的号码是 170 0000 8326。我们厂好多工友可能都接到了，请公安查一下，也请提醒一下大家。
""", phone="159 0000 7765", email="hechunlan@example.com", anon=False, district="东岭区")

add(145, "t", "helper-visa-terminated", "C", "-", "PSB", "normal", "en", "-",
    ("Cristina Aquino", "cris.aquino"), "What happens to my visa if my employer terminates me?",
    """
Hello po,

My employer told me yesterday that they are moving abroad in December and will end my contract early. My residence permit is tied to my work permit with them.

If they cancel my work permit, how many days do I have to leave China or to find a new employer? Will my residence permit be cancelled on the same day? Do I need to go to the Exit-Entry office myself, or does the employer do it? I want to leave legally and not overstay.

Salamat po,
Cristina
""")

add(146, "h", "chengguan-chuai-diandongche", "P", "a", "UMB", "normal", "zh", "-",
    ("杨光明", "yanggm.rider"), "城管队员踹倒我的电动车",
    """
领导好：
11月6日中午12点20分左右，我在万象城东门取餐，电动车停在人行道边上不到两分钟。过来两个城管，其中一个穿执法服、戴着执法记录仪、个子一米八左右的年轻队员，上来就把我的电动车推倒在地上，又踹了两脚，外卖箱盖子都踹裂了，车灯也碎了。我说我马上走，他说"你们这些送外卖的就是欠收拾"。
停车不对我认，可以罚，可以拖，但是他凭什么踹我的车？他戴着执法记录仪，一查就清楚。
我要求赔偿车灯和外卖箱，处理这个队员。
杨光明 133 0000 4718
""")

add(147, "t", "sushe-meiyou-xinhao", "D", "-", "IIT", "normal", "zh", "-",
    ("邱小红", "qiuxh"), "工业区宿舍手机没有信号",
    """
您好，我们住在南桥工业区职工生活区的C、D两栋，一共一千多工人。这两栋楼里手机信号特别差，三楼以下基本没信号，打电话要跑到楼外面去，晚上打视频给老家孩子总是卡。宽带也拉不进来，运营商说这片没有规划。
我们反映给运营商客服好几次了，都说"已记录"。请主管的部门协调一下运营商在这边加个基站或者信号放大器。
""")

add(148, "t", "shiminzhongxin-chukou", "I", "-", "TRA", "normal", "zh", "short",
    ("", "dlm.2000"), "几号口",
    """
去市民中心办事，地铁在哪一站下，几号出口最近？
""")

add(149, "t", "shequ-gaizhang-mei-ren", "P", "-", "MGO", "normal", "zh", "two-intents",
    ("卢玉兰", "luyulan"), "社区居委会盖章找不到人",
    """
孩子办入学要社区居委会在居住证明上盖章。我10月份去了五次湖滨社区居委会：两次门锁着，门上没有任何通知；一次说盖章的人去开会了；一次说章在主任那里，主任下社区了；最后一次说下周一再来。社区的办公电话一直没人接。
第一，请街道管一下这个社区，公布办公时间，盖章的事不要让人白跑。第二，想顺便问一下，如果社区一直盖不了章，孩子入学的材料能不能先交其他的，后补这个证明？
""")

add(150, "t", "diandongche-maoyan", "D", "-", "EME", "high", "zh", "-",
    ("12345热线 话务员 0017", "agent0017"), "【紧急】来电反映出租屋楼道电动车冒烟",
    """
来电人反映：其住在沙尾村东区7巷9号出租屋，现在一楼楼道里充电的一辆电动车电瓶在冒烟，有焦糊味，烟已经往楼上走了，楼里六层住了三十多个租户，很多是上夜班的在睡觉，楼道是唯一的出口，来电人在二楼，声音很急，说"烟越来越大了"。
来电号码：136 0000 2580  来电人：邹先生
话务员备注：已指导来电人立即拨打119、敲门叫醒租户、用湿毛巾捂口鼻从楼道低姿撤离，不要坐等，同时转应急部门。
""")
add(151, "t", "baoan-gangting-dengzi", "S", "-", "HR", "normal", "zh", "indirect",
    ("老董", "dong.guard"), "我们站岗的",
    """
我在小区门口当保安，一个班十二个钟头，公司规定站岗不能坐，被巡查看到坐下扣五十。我们这个年纪的，站到下半夜腿都是肿的，队里好几个人静脉曲张。
听说有的地方给商场营业员、收银员都配了凳子，有规定的。我们这一行好像什么都没有。要是哪一天市里的劳动保护规定里也能写上一句保安岗亭里可以放个凳子，站两个钟头可以坐一会，那就好了。
""")

add(152, "j", "yibao-yidi-beian", "C", "-", "HSB", "normal", "zh", "-",
    "温建华", "老家的医保在这边看病能不能报",
    """
我是湖南户口，在老家交的城乡居民医保，现在在这边工厂打工，厂里还没给买医保。如果我在这边的医院看病住院，老家的医保能直接报吗？要先办什么异地备案？在手机上怎么弄？门诊能不能报？
""", phone="173 0000 4052", email="wenjh.hn@mail.example", anon=False, district="")

add(153, "h", "xuexiao-jiedufei", "P", "c", "EDU", "normal", "zh", "-",
    ("马翠萍", "macuiping"), "公办学校向随迁子女收\"借读费\"",
    """
教育局领导：
我的女儿今年通过积分入读了东湖路公办小学一年级，开学的时候学校通知我们几个外地孩子的家长，每学期要交一千五百元"借读费"，还有八百元"课后服务费"，本地孩子都不用交借读费。学校给了收据，盖的是学校财务章。
我打听过，国家早就不让收借读费了。如果我说错了请指正，如果没说错，请教育局让学校退还。
我写这个信很犹豫。女儿才一年级，还要在这个学校读六年，学校里的老师都认识我们，我很怕以后孩子在学校里被另眼看待。
马翠萍 159 0000 6237
""")

add(154, "t", "factory-hr-salary-mixed", "D", "-", "HR", "normal", "zh", "mixed",
    ("Vicky 陈", "vicky.chen.qc"), "我们factory的salary一直拖",
    """
你好，我在一家外资电子厂做QC，公司HR从八月开始每个月都说salary下个月发，现在已经拖了三个月。每次问就回一句"please wait, headquarter is processing"，boss是新加坡人，人一直在国外，email也不回。
我们整个department二十几个人都没拿到，有的同事已经resign了，说resign了也拿不到。
请劳动部门帮我们contact一下公司，把拖欠的工资发了。公司名字叫Asterion Precision，在科创路18号。
陈慧 138 0000 9350
""")

add(155, "j", "exit-entry-office-hours", "I", "-", "PSB", "normal", "en", "-",
    "Nguyen Thi Mai", "Exit-Entry office address and hours",
    """
Hello, where is the Exit-Entry Administration office of the city police, and what are the opening hours? Is it open on Saturday? Which bus goes there from the south bus station?
""", phone="", email="mai.nguyen@example.net", anon=False, district="")

add(156, "t", "laoban-dashanren", "D", "-", "HR", "normal", "zh", "sarcasm",
    ("覃德贵", "qindegui"), "我们老板真是大善人",
    """
我们龙胜建材的老板真是个大善人。
他怕我们年轻人乱花钱，已经帮我们把工资"存"了四个月了，一分都不让我们碰。他怕我们在城里学坏，宿舍断了网。他还怕我们太累，这个月直接不排班了，让我们在宿舍"休息"，当然休息是没有工资的。
昨天有工友问什么时候能把"存"的钱取出来，老板说"急什么，我又不会跑"。今天他的宝马就停在了别的城市。
我们十八个人一共二十一万的工资，请劳动部门帮我们从大善人那里取出来。厂在金竹大道328号。
覃德贵 147 0000 3592
""")

add(157, "t", "gongdan-bei-banjie", "P", "-", "MGO", "normal", "zh", "quoted",
    ("吴福生", "wufusheng"), "我的工单被\"满意\"了？",
    """
今天收到下面这条短信：

【12345】尊敬的市民，您反映的"宿舍区路灯不亮"问题（工单号GD2026101500387）已办结，回访结果：满意。感谢您对政务服务热线的支持！

问题一：路灯到今天还是不亮，我每天晚上下班摸黑走回来。
问题二：从来没有人给我打过回访电话，我也没说过满意，这个"满意"是谁替我说的？
请你们把这个工单重新打开，查一下回访记录是怎么来的，也请真正把路灯修了。
吴福生 182 0000 7048
""")

add(158, "t", "chengbaodi-bei-shouhui", "C", "-", "AGR", "normal", "zh", "-",
    ("12345热线 话务员 0281", "agent0281"), "【咨询】来电咨询外出务工期间承包地被村里收回",
    """
来电人咨询：其户口在本市下辖的清溪镇大石村，这几年在市区工地打工，家里五亩承包地一直交给亲戚种，今年回去发现村里已经把地重新分给别人了，说"常年不在家的就收回"，来电人手上有承包经营权证，想了解村里能不能这样收回、进城打工是不是就会失去承包地、如果不能收回应该去哪个部门申请处理、要准备什么材料。来电人说话很慢，反复确认"证还在，地还是不是我的"。
来电号码：151 0000 7364  来电人：何先生
""")

add(159, "j", "ditie-zaoban-tiqian", "S", "-", "TRA", "normal", "zh", "short",
    "曹丽", "地铁早班",
    """
建议地铁首班车提前到5点半，我们环卫和早餐店的赶不上6点半的车
""", phone="", email="", anon=False, district="")

add(160, "a", "labour-bureau-ignores-keep-name", "P", "b", "HR", "normal", "en", "-",
    ("A worker at Hengda Precision", "hd.worker.2026"), "Labour inspection has not acted on our report for three months",
    """
Dear Sir/Madam,

In August, six foreign workers at Hengda Precision (Kexin Road) reported to the district labour inspection that the company makes us work 72 hours a week and pays no overtime. We submitted our time records and pay slips. We received a case number, but since then nothing: no visit to the factory, no phone call, and when we ask at the window we are told "still being processed".

We are asking the city to push the labour inspection to investigate our case and tell us the result.

I am not writing my name here. Our work permits are sponsored by the company, and if they find out which of us contacted the government, the permit can simply not be renewed. Please keep this message and our case number (JC2026-0812-117) away from the company.

Thank you.
""")

# Fixed dates (2026, Asia/Shanghai). Letters not listed get a fixed date
# from the default formula in when(); listed ones follow events in the text.
DATES = {
    2: "10-08", 3: "09-28", 5: "09-17 10:51", 7: "09-10", 8: "10-07 09:12",
    11: "09-03", 15: "09-08", 16: "10-02", 18: "10-10", 20: "09-20",
    21: "10-14 17:20", 25: "10-10", 27: "10-21 23:08", 29: "10-15", 30: "10-03",
    32: "09-15 20:40", 33: "10-21", 34: "10-25", 38: "10-12 10:05",
    41: "10-08", 42: "10-05", 43: "10-12", 44: "11-20", 46: "11-11 14:48",
    48: "11-03", 49: "10-05", 51: "10-20", 53: "10-06", 56: "09-05",
    57: "10-18", 59: "10-19", 60: "10-28", 63: "10-30", 66: "10-23",
    67: "10-11", 80: "10-23", 82: "09-24 15:22", 84: "11-12", 88: "10-19",
    89: "10-07", 90: "11-05", 91: "09-08", 94: "09-22", 95: "10-16",
    96: "10-14", 99: "10-26", 100: "11-02", 107: "11-04", 108: "10-16",
    110: "10-30", 114: "10-09 22:16", 115: "10-28", 117: "10-25", 118: "10-09",
    122: "11-03", 124: "10-30", 126: "10-27", 127: "10-20", 131: "10-13",
    133: "11-10", 134: "10-22", 137: "11-06", 139: "11-09", 140: "10-24",
    141: "10-29", 142: "11-06", 145: "11-14", 146: "11-07", 149: "10-31",
    150: "11-02 02:37", 153: "09-14", 154: "11-05", 156: "11-16",
    157: "11-02", 160: "11-18",
}

TZ = datetime.timezone(datetime.timedelta(hours=8))


def when(n):
    d = DATES.get(n)
    hh, mm = 7 + (n * 7) % 16, (n * 17) % 60
    if d is None:
        day = datetime.date(2026, 9, 1) + datetime.timedelta(days=(n * 53) % 91)
    else:
        md = d.split()[0]
        day = datetime.date(2026, int(md[:2]), int(md[3:]))
        if " " in d:
            hh, mm = map(int, d.split()[1].split(":"))
    return datetime.datetime(day.year, day.month, day.day, hh, mm, (n * 11) % 60, tzinfo=TZ)


def wrap(text, limit=240):
    """Keep every physical line far below 998 octets."""
    out = []
    for line in text.split("\n"):
        while len(line.encode("utf-8")) > 900:
            out.append(line[:limit])
            line = line[limit:]
        out.append(line)
    return "\n".join(out)


def html_escape(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def to_html(body, title):
    paras = [p for p in body.split("\n\n")]
    parts = []
    for p in paras:
        lines = [html_escape(x) for x in p.split("\n")]
        if all(x.startswith("&gt;") for x in lines if x):
            parts.append("<blockquote>" + "<br>\n".join(x[4:].lstrip() for x in lines) + "</blockquote>")
        else:
            parts.append("<p>" + "<br>\n".join(lines) + "</p>")
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%s</title></head>\n"
            "<body style=\"font-family:sans-serif\">\n%s\n</body></html>" % (html_escape(title), "\n".join(parts)))


def enc_subject(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode(linesep="\r\n")


def crlf(t):
    return t.replace("\r\n", "\n").replace("\n", "\r\n")


def build_eml(L):
    n = L["n"]
    name, local = L["who"]
    addr = "%s@%s" % (local, DOMAINS[(n * 5) % len(DOMAINS)])
    frm = formataddr((name, addr), charset="utf-8") if name else addr
    dt = when(n)
    body = wrap(L["body"])
    hdr = [
        "From: " + frm,
        "To: mayor@city.example",
        "Subject: " + enc_subject(L["subject"]),
        "Date: " + format_datetime(dt),
        "Message-ID: <%s-%03d.%s@%s>" % (ME, n, dt.strftime("%Y%m%d%H%M%S"), DOMAINS[(n * 7 + 3) % len(DOMAINS)]),
        "MIME-Version: 1.0",
    ]
    if L["kind"] == "t":
        hdr += ["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit"]
        text = "\n".join(hdr) + "\n\n" + body + "\n"
    elif L["kind"] == "h":
        hdr += ["Content-Type: text/html; charset=utf-8", "Content-Transfer-Encoding: 8bit"]
        text = "\n".join(hdr) + "\n\n" + to_html(body, L["subject"]) + "\n"
    elif L["kind"] == "a":
        b = "=_%s_%03d_alt" % (ME, n)
        hdr += ['Content-Type: multipart/alternative; boundary="%s"' % b]
        text = ("\n".join(hdr) + "\n\nThis is a multi-part message in MIME format.\n\n"
                "--%s\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n%s\n\n"
                "--%s\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n%s\n\n"
                "--%s--\n" % (b, body, b, to_html(body, L["subject"]), b))
    else:
        raise ValueError(L["kind"])
    return crlf(text).encode("utf-8")


def build_json(L):
    kw = L["kw"]
    obj = {
        "id": "%s-%03d" % (ME, L["n"]),
        "submitted_at": when(L["n"]).isoformat(),
        "name": L["who"],
        "phone": kw.get("phone", ""),
        "email": kw.get("email", ""),
        "anonymous": bool(kw.get("anon", False)),
        "title": L["subject"],
        "content": L["body"],
        "district": kw.get("district", ""),
    }
    if obj["anonymous"]:
        assert L["conf"] == "b", L["n"]
    return (json.dumps(obj, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def main():
    out = os.path.join(HERE, "letters")
    os.makedirs(out, exist_ok=True)
    for f in os.listdir(out):
        if f.startswith(ME + "-"):
            os.remove(os.path.join(out, f))
    rows = ["path\tcategory\tconfidential\treason\tdepartment\tpriority\tlanguage\thard"]
    for L in LETTERS:
        ext = "json" if L["kind"] == "j" else "eml"
        fn = "%s-%03d-%s.%s" % (ME, L["n"], L["slug"], ext)
        data = build_json(L) if ext == "json" else build_eml(L)
        with open(os.path.join(out, fn), "wb") as fh:
            fh.write(data)
        conf = L["conf"]
        rows.append("\t".join(["letters/" + fn, L["cat"], "no" if conf == "-" else "yes",
                               conf, L["dept"], L["prio"], L["lang"], L["hard"]]))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(rows) + "\n")
    print("wrote %d letters" % len(LETTERS))


if __name__ == "__main__":
    main()
