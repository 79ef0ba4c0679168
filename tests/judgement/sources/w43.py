#!/usr/bin/env python3
"""Writer w43: 60 letters to the mayor's mailbox, with labels.

Run `python3 gen.py`; writes letters/ and labels.tsv next to this file.
Deterministic: no randomness, no clock.
"""
import html
import json
import os
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import formataddr, format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "letters")
TZ = timezone(timedelta(hours=8))
W = "w43"

# Each letter: n, slug, kind (eml|html|multi|json), date, sender name, sender
# address, subject/title, body, then labels:
# cat, conf, reason, dept, prio, lang, hard; json letters add phone, district,
# anonymous.
L = []


def add(**kw):
    L.append(kw)


add(n=1, slug="late-handover-yunqiwan", kind="html", date="2026-10-14 08:47",
    who="邵文涛", addr="shao.wentao@example.com",
    subj="云栖湾三期延期交房快五个月了，开发商一直拖",
    body="""市长您好：

我是云栖湾三期12栋的业主，合同约定2026年5月31日交房，现在已经十月中了，工地上还在搭脚手架。开发商（鼎泰置业）售楼处每次都说"下个月"，问具体日期就说等通知。我们的房贷从去年就开始还了，每个月5800，同时还在外面租房，一个月2600，压力真的很大。

业主群里三百多户都是这个情况。我们不想闹事，只想请住建部门去现场看看到底还要多久，督促开发商给一个书面的交付时间表，逾期违约金也要按合同算。

业主 邵文涛  138 0000 7142""",
    cat="demand", conf="no", reason="-", dept="Housing and Urban-Rural Development Bureau",
    prio="normal", lang="zh", hard="-")

add(n=2, slug="registration-window-note", kind="eml", date="2026-10-11 21:05",
    who="", addr="dongping.resident@mail.example",
    subj="关于不动产登记窗口的一点情况",
    body="""您好。

我10月9号上午在东坪区政务服务中心二楼办新房的不动产首次登记，排的是7号窗口。窗口那位女同志（四十多岁，戴眼镜，胸牌上姓蒋）看了材料说缺一个开发商的证明，要我回去补，下周再来排。我问能不能先收件，她说"正常是不行的，你要是着急，外面有人能帮你跑，一千块三天出证"，还把一张写了手机号的小纸条推给我。我出门一看，大厅门口果然有个男的在等，跟我说"蒋姐介绍的吧"。

我后来自己去开发商那里补了证明，其实就是一张盖章的纸，第二次去很快就收了。我不知道这算不算什么事，就是觉得不太对劲，跟您说一声。""",
    cat="complaint", conf="yes", reason="a", dept="Discipline Inspection Commission",
    prio="normal", lang="zh", hard="indirect")

add(n=3, slug="fee-before-keys", kind="eml", date="2026-10-02 10:31",
    who="Megan Zhou", addr="megan.zhou@example.net",
    subj="Property management fee charged before we got the keys?",
    body="""Hello,

We bought an apartment in the Lanting Garden project in Xiyuan New Area. The handover was supposed to be in August; we still do not have keys, but the property management company (appointed by the developer) has sent us a bill for 12 months of management fees starting from 1 July, and says we cannot do the handover inspection until it is paid.

Is this allowed? From which date should property fees start: the contract date, the date of the handover notice, or the day we actually receive the keys? And if they refuse the inspection unless we pay, who do we turn to?

Thank you,
Megan Zhou
+86 135 0000 2290""",
    cat="consultation", conf="no", reason="-", dept="Housing and Urban-Rural Development Bureau",
    prio="normal", lang="en", hard="-")

add(n=4, slug="ev-charger-blocked", kind="eml", date="2026-10-05 19:22",
    who="蔡建国", addr="caijg@example.org",
    subj="物业不让装充电桩",
    body="""我在翠屏新城紫薇苑有一个产权车位（B2-117），买了电动车，供电公司的人都来看过了，说电容量够，可以报装。但物业一直不给盖章，先说要业委会同意，可小区根本没有业委会；后来又说要交5000元"安全保证金"，还要签一个"出了事业主全责"的协议。

车买了两个月了，每天下班去外面的公共桩排队充电。请有关部门协调一下物业，让我们正常报装，小区里想装的不止我一家。

联系人 蔡先生 159 0000 3318""",
    cat="demand", conf="no", reason="-", dept="Housing and Urban-Rural Development Bureau",
    prio="normal", lang="zh", hard="-")

add(n=5, slug="dog-barking", kind="eml", date="2026-10-07 07:12",
    who="", addr="jingui1301@home.example",
    subj="狗叫",
    body="""金桂园5栋1402的狗从早叫到晚，一个月了，请管管。""",
    cat="demand", conf="no", reason="-", dept="Public Security Bureau",
    prio="normal", lang="zh", hard="short")

add(n=6, slug="police-refused-fraud-report", kind="eml", date="2026-10-21 12:40",
    who="孙晓璐", addr="sunxiaolu@example.com",
    subj="派出所民警不给受理，还说风凉话",
    body="""我10月20日在网上买演唱会门票被骗了1860元，对方冒充票务客服。当天下午我带着聊天记录和转账截图去湖畔派出所报案，接待我的是一位年轻民警，警号尾数是0527。

他翻了两下我的手机就说"这种钱追不回来的，你们年轻人就当长个教训"，既不做笔录，也不给登记，让我自己去反诈APP上提交。我说我想要个回执，他说"没有回执，要不你去别的所试试"。旁边还有位阿姨也是一样被打发走的。

我知道钱可能追不回来，但报案总得受理吧？请核实一下这位民警的做法。

孙晓璐  177 0000 6021""",
    cat="complaint", conf="yes", reason="a", dept="Public Security Bureau",
    prio="normal", lang="zh", hard="-")

add(n=7, slug="gym-closed-overnight", kind="eml", date="2026-11-04 22:16",
    who="Daniel Ho", addr="daniel.ho@mail.example",
    subj="Gym closed overnight - 80+ members owed refunds",
    body="""Dear Mayor's Office,

I am one of about eighty members of "PowerCore Fitness" on the second floor of Jinsha Plaza in Nanhu New District. On the evening of 3 November the doors were locked and a paper notice said the gym was "upgrading". The manager's phone has been switched off since. Most of us bought two-year cards last spring during a promotion (I paid 4,280 yuan; some people paid over 10,000 for personal training packages).

We have a group chat with all the receipts and contracts. The mall management says it is not their business, and apparently the landlord is owed rent too.

We would like the market regulator to investigate the company, freeze whatever is left, and tell us how we can register our claims together rather than file eighty separate lawsuits.

Daniel Ho""",
    cat="demand", conf="no", reason="-", dept="Market Regulation Administration",
    prio="normal", lang="en", hard="-")

add(n=8, slug="publish-handover-progress", kind="eml", date="2026-10-18 15:03",
    who="裴云舒", addr="peiys@example.net",
    subj="建议公开新建楼盘的交付进度",
    body="""现在买期房全凭开发商一张嘴，工程到底做到哪一步了，业主根本不知道，等知道要延期的时候已经晚了。

建议住建局在官网或者小程序上，按楼盘公布主体封顶、竣工验收、备案这几个节点的计划时间和实际时间，业主自己就能查。预售资金监管账户的拨付进度如果能公开一部分就更好了。

这对买房的人是很大的保障，对讲诚信的开发商也没有坏处。""",
    cat="suggestion", conf="no", reason="-", dept="Housing and Urban-Rural Development Bureau",
    prio="normal", lang="zh", hard="-")

add(n=9, slug="more-fast-chargers", kind="json", date="2026-10-09 20:58",
    who="马骁", addr="", phone="152 0000 4863", district="临江新区", anonymous=False,
    subj="新区公共停车场能不能多建几个快充桩",
    body="""临江新区这两年入住的人很多，开电动车的比例也高，但整个片区的公共快充桩基本集中在体育中心那一处，晚上下班回来经常要排一个多小时。建议在地铁站的换乘停车场、社区公园停车场、学校周边的公共车位增设一批快充桩。另外有些桩坏了好几周都没人修，建议运营方在桩上贴出报修电话。""",
    cat="suggestion", conf="no", reason="-", dept="Transport Bureau",
    prio="normal", lang="zh", hard="-")

add(n=10, slug="enrolment-system-stable", kind="eml", date="2026-11-02 13:25",
    who="谭女士", addr="tan.mom2019@example.com",
    subj="学位申请系统真是\u201c稳定\u201d",
    body="""感谢教育局给我们家长上了一堂"抢票课"。

11月2日早上9点小学学位申请系统开放，我8点50就坐在电脑前，结果页面一直转圈，刷新就提示"服务器繁忙"，到11点才进得去；进去以后上传房产证照片又失败了六次。打咨询电话，一上午都占线，下午终于打通了，对方说"大家都一样，耐心点"。

片区家长群里几百人都是这样。每年都要来一次，能不能提前做压力测试？或者分片区、分时段开放？另外截止时间能不能延长两天，不然上传失败的家庭怎么办？""",
    cat="complaint", conf="no", reason="-", dept="Education Bureau",
    prio="normal", lang="zh", hard="sarcasm")

add(n=11, slug="school-place-no-certificate", kind="json", date="2026-10-24 09:36",
    who="申佳", addr="shenjia88@example.org", phone="", district="枫林湾", anonymous=False,
    subj="只有购房合同能不能报对口小学",
    body="""我们在枫林湾买的房子今年6月才交房，不动产证开发商说要明年才能办下来。孩子明年9月上小学，想问一下：只有购房合同和交房证明，能不能报对口的枫林湾小学？户口需要迁过来多久才算数？

另外也麻烦帮忙催一下开发商办证，拖得太久了。""",
    cat="consultation", conf="no", reason="-", dept="Education Bureau",
    prio="normal", lang="zh", hard="two-intents")

add(n=12, slug="salon-card-refund", kind="eml", date="2026-10-16 23:41",
    who="", addr="lanlan.li@example.net",
    subj="美容店充值卡退款的事",
    body="""我今年4月在小区底商的一家美容院（"悦颜坊"）办了一张6000元的卡，做了三次。上个月店里换了老板，说以前的卡"按五折折算"，要不就再充3000才能继续用。

我去要退剩下的钱，老板娘说"你去告啊，这条街谁不认识我老公"。她老公据说在我们社区居委会管事，具体做什么我不清楚。前段时间楼下一个大姐跟她吵过一架，第二天电动车座垫就被人划烂了。

我只是想把剩下的钱要回来，可我每天都要从那家店门口走好几趟……你们看着办吧。""",
    cat="demand", conf="yes", reason="c", dept="Market Regulation Administration",
    prio="normal", lang="zh", hard="indirect")

add(n=13, slug="lift-out-16-days", kind="eml", date="2026-11-13 18:09",
    who="Priya Lin", addr="priya.lin@inbox.example",
    subj="Lift out of service for 16 days, Building 9, Riverside Pavilion",
    body="""Hello,

I live on the 26th floor of Building 9, Riverside Pavilion (Qinghe New Town). One of the two lifts has been out of service since 28 October; the other one stops every few days, and on Sunday it was off for half a day. My mother-in-law is 78 and had to sit on the stairs at the 14th floor to catch her breath. The property company, Huanyu Property, says they are "waiting for parts from the manufacturer" and won't give a date.

Please make the property company repair it properly and tell residents when.

Also: is it OK for us to withhold part of the property fee for the months the lift isn't working? Some neighbours want to, and I'd like to know if it's legal before anyone does.

Priya Lin, 9-2602
186-0000-4417""",
    cat="demand", conf="no", reason="-", dept="Housing and Urban-Rural Development Bureau",
    prio="normal", lang="en", hard="two-intents")

add(n=14, slug="lift-dropped-children", kind="eml", date="2026-11-08 17:14",
    who="Kevin Shao", addr="kshao@example.com",
    subj="URGENT: lift dropped with children inside, still in use",
    body="""This afternoon (8 Nov) around 4:30 pm the left lift in Unit 2, Building 5, Starlight Bay (Beiwan District) suddenly dropped about one floor, between 11 and 10, with three primary school kids inside, then stopped with a bang. They were trapped for 40 minutes.

The property staff reset it and it is running again as if nothing happened. The inspection certificate inside the car expired in September.

Please send someone from special equipment inspection tonight, or order the property company to shut it down. People are using it right now.

Kevin Shao  131 0000 8863""",
    cat="demand", conf="no", reason="-", dept="Market Regulation Administration",
    prio="high", lang="en", hard="-")

add(n=15, slug="thanks-provident-fund-counter", kind="html", date="2026-10-27 11:20",
    who="梁先生", addr="liang.dp@example.org",
    subj="感謝公積金中心櫃檯的鄭小姐",
    body="""您好：

上週五（１０月２３日）下午我去住房公積金管理中心北區辦事處辦理購房提取，資料帶得不齊，離下班只剩二十分鐘。櫃檯的鄭佳穎小姐沒有叫我改天再來，而是一項一項幫我核對，教我用手機在「公積金」小程式上補傳購房合同的掃描件，最後在五點零五分把業務辦完了，她自己也因此晚下班。

現在辦事的人多，她始終很有耐心，沒有一句不耐煩的話。希望領導知道有這樣的工作人員。

一位住在東坡新城的市民　梁先生""",
    cat="information", conf="no", reason="-", dept="Housing and Urban-Rural Development Bureau",
    prio="normal", lang="zh", hard="fullwidth")

add(n=16, slug="clinic-vaccine-observation", kind="eml", date="2026-11-06 08:55",
    who="汪蕾", addr="wanglei.baby@example.com",
    subj="社区卫生服务中心打疫苗时的事",
    body="""11月5号上午我带8个月的女儿去云塘街道社区卫生服务中心打麻腮风疫苗。接种室当时就一位护士，短头发，五十岁左右。她打完针让我们坐旁边留观，然后自己就在桌子后面刷短视频，声音外放。

大概二十分钟的时候我女儿脸上开始起红点，我过去叫她，她头都没抬，说"正常的，过会儿就好"。我又叫了一遍，她才不耐烦地过来看了一眼，说"你不放心就去医院"。后来我们自己打车去了儿童医院，医生说是轻度过敏反应，幸好处理得及时。

当天接种本上签的是"刘"。留观本来就是为了看孩子有没有反应，护士连看都不看，这是不行的。希望卫健部门核实一下。""",
    cat="complaint", conf="yes", reason="a", dept="Health Commission",
    prio="normal", lang="zh", hard="-")

add(n=17, slug="dog-registration-newcomer", kind="eml", date="2026-10-03 14:48",
    who="Tom Wexler", addr="tom.wexler@example.net",
    subj="How do I register my dog after moving to the new district?",
    body="""Hi,

We just moved from Shenzhen into a flat in Huaxi New Area with our corgi (10 kg). The property office says dogs must be registered with the local authority or they'll have to "report" us, but nobody can tell me where to go.

Do I need a new rabies vaccination certificate here even though his Shenzhen one is valid until March? Is there a size or breed list for this district, and is there a fee?

Sorry if this is the wrong place to ask.
Tom""",
    cat="consultation", conf="no", reason="-", dept="Public Security Bureau",
    prio="normal", lang="en", hard="-")

add(n=18, slug="night-piling-noise", kind="eml", date="2026-10-30 03:52",
    who="任海波", addr="renhaibo@example.org",
    subj="举报工地晚上施工噪音",
    body="""你好，我要举报我们小区西边那个工地，就是锦华路跟秀水街交叉口盖商业广场的那个，天天晚上12点以后还在打桩跟浇混泥土，轰隆隆的震的窗户都响，昨天一直干到凌晨3点多。我们小区好多老人小孩根本睡不着，我老婆怀孕8个月了天天失面。

打过电话给工地，门卫说他们有夜间施工许可证，可是谁家的许可证是许可干通宵的？？请环保的晚上来现场测一下。

我叫任海波，电话135 0000 9276，名字随便写不怕他们知道，我就是要他们停下来。""",
    cat="demand", conf="no", reason="-", dept="Ecology and Environment Bureau",
    prio="normal", lang="zh", hard="typos")

add(n=19, slug="fenced-dog-area", kind="eml", date="2026-10-12 09:10",
    who="Hannah Qiu", addr="hqiu@mail.example",
    subj="Suggestion: a fenced dog area in Xinhu Central Park",
    body="""Dear Mayor,

There are more and more dogs in the new residential towers around Xinhu Central Park, and with them constant friction: owners let dogs off the lead on the lawns at night, parents with toddlers are frightened, and the park guards chase everybody around.

A small fenced dog area (even 500 square metres in the unused corner near the north gate) with a waste bin and a water tap would solve much of this. Many cities have them. Owners could be asked to show their dog licence to use it.

I'd be glad to help organise volunteers for clean-up days.

Regards,
Hannah Qiu""",
    cat="suggestion", conf="no", reason="-", dept="Urban Management Bureau",
    prio="normal", lang="en", hard="-")

add(n=20, slug="online-fridge-broken", kind="json", date="2026-10-29 21:30",
    who="黄丽萍", addr="", phone="136-0000-2851", district="城西区", anonymous=False,
    subj="网购冰箱送来是坏的，商家不给换",
    body="""10月26日在一家本地家电网店（店名"优品家电城西店"）买了一台双开门冰箱，3699元。送货师傅装好就走了，晚上发现压缩机声音特别大，第二天冷藏室根本不制冷。联系商家，客服说要先"检测"，检测的人来了说是我们自己搬运时磕坏的，不给换，只能付费维修。可明明是他们的人送上楼、他们的人装的啊！买的时候页面上写着"坏了包换"，现在又说七天无理由已经过了。请市场监管部门帮忙协调退换货。""",
    cat="demand", conf="no", reason="-", dept="Market Regulation Administration",
    prio="normal", lang="zh", hard="-")

add(n=21, slug="ticket-closed-streetlights", kind="eml", date="2026-10-22 20:04",
    who="冯立新", addr="fenglx@example.com",
    subj="12345工单没人联系我就\u201c已办结\u201d了？",
    body="""我10月10日打12345反映小区门口的路灯坏了一整排（新港大道辅路，航运小区东门那一段），晚上很黑，老人散步摔过。10月17日收到短信：

> 【12345】您反映的问题已办结，处理结果：经核实，已转交相关单位处理，感谢您的监督。如对办理结果不满意，请回复"不满意"。

我回复了"不满意"，之后就再没有下文。到今天路灯还是黑的，没有任何人打电话问过我一句。"已转交"怎么就算"已办结"了？

我不是针对哪位接线员，但这个办结的标准是不是有问题？请重新派单，并且真的有人去现场看过再结。""",
    cat="complaint", conf="no", reason="-", dept="Municipal Government Office",
    prio="normal", lang="zh", hard="quoted")

add(n=22, slug="title-centre-saturday", kind="eml", date="2026-10-08 16:33",
    who="", addr="x.h.tan@example.net",
    subj="问一下",
    body="""不动产登记中心周六上午办不办业务？""",
    cat="information", conf="no", reason="-", dept="Natural Resources and Planning Bureau",
    prio="normal", lang="zh", hard="short")

add(n=23, slug="deed-tax-subsidy", kind="eml", date="2026-10-19 10:02",
    who="闫博", addr="yanbo.liuan@example.org",
    subj="新区首套房契税补贴怎么申请",
    body="""您好，我今年7月在柳岸新城买了一套新房，143平方米，首套。听说市里对新区购房有契税补贴，但开发商说他们不负责，税务大厅的人又说补贴不是他们发的。请问：

1. 这个补贴到底有没有？是按契税全额还是一半？
2. 需要准备哪些材料，去哪个部门申请？
3. 我已经把契税交了，现在还能不能申请？

谢谢！""",
    cat="consultation", conf="no", reason="-", dept="Taxation Bureau",
    prio="normal", lang="zh", hard="-")

add(n=24, slug="group-rental-602", kind="json", date="2026-11-10 23:18",
    who="", addr="", phone="", district="清溪街道", anonymous=True,
    subj="楼下一套房被改成群租房",
    body="""清溪雅苑8栋602被二房东隔成了十个小间，门口鞋子堆满楼道，每天晚上十一二点还有人拖着箱子进出。电表箱那里私拉了好多线，楼道里还有人给电瓶车充电。我们很担心会着火。物业说管不了，人家是租户。希望房管部门去查一查。""",
    cat="demand", conf="yes", reason="b", dept="Housing and Urban-Rural Development Bureau",
    prio="normal", lang="zh", hard="-")

add(n=25, slug="residence-permit-counter", kind="eml", date="2026-10-16 12:27",
    who="Jason Liu", addr="j.liu@post.example",
    subj="Residence permit counter, Jinshui police station - rude clerk",
    body="""Hello,

I'm a returnee working in the new district (my Chinese is okay but not great). On 15 Oct at about 10:40 I went to the 居住证 counter at Jinshui 派出所 to apply for a residence permit so my son can register for school.

The clerk at window 2, a man in his thirties, 没戴工牌, looked at my rental contract and said it needed a 备案 stamp. When I asked where to get it, he said loudly "你连这个都不懂还来办？ learn Chinese first", pushed the papers back across the counter and called the next number. People in the queue laughed.

I went back the next day and a different officer helped me in ten minutes with exactly the same papers, no extra stamp needed. So the first man was not only rude, he was also wrong. I'd like someone to check the CCTV for that morning and talk to him.

Jason Liu""",
    cat="complaint", conf="yes", reason="a", dept="Public Security Bureau",
    prio="normal", lang="en", hard="mixed")

add(n=26, slug="fee-hike-guard-push", kind="json", date="2026-11-03 19:45",
    who="詹文斌", addr="zhanwb@example.com", phone="+86 138 0000 6630", district="锦澜街道", anonymous=False,
    subj="物业擅自涨物业费，保安还推人",
    body="""锦澜府小区的恒邦物业11月1日贴出通知，物业费从每平方米2.2元涨到3.1元，没有开过业主大会，也没有公示成本。我们几个业主去物业服务中心问，一个姓吴的保安队长挡在门口不让进，还推了我邻居一把。

两件事：一是请住建部门查一下这次涨价合不合规；二是保安推人的事，也请让物业公司给个说法。""",
    cat="demand", conf="no", reason="-", dept="Housing and Urban-Rural Development Bureau",
    prio="normal", lang="zh", hard="two-intents")

add(n=27, slug="prepaid-card-escrow", kind="eml", date="2026-11-11 22:38",
    who="卢思远", addr="lu.siyuan@example.net",
    subj="关于预付卡监管的一点建议",
    body="""这两年我们新区开了很多健身房、美容院、儿童托管和培训机构，基本都是"先充值后消费"，跑路的也越来越多。我在一家外企做风控，说一点个人想法：

1. 参照商品房预售的做法，单店预收款超过一定金额的，强制开 escrow account（资金监管账户），按月或按消费释放；
2. 建一个 blacklist，老板跑路过的，名下再开新店要公示；
3. 办卡时给一个 cooling-off period，7天内无条件退；
4. 在市场监管的小程序上能查到某家店的 prepaid 备案情况和投诉数量。

可能有些已经在做了，但至少我们这边的消费者不知道。""",
    cat="suggestion", conf="no", reason="-", dept="Market Regulation Administration",
    prio="normal", lang="zh", hard="mixed")

add(n=28, slug="cancel-contract-late-handover", kind="eml", date="2026-10-06 15:17",
    who="Roberto Fan", addr="rfan@example.org",
    subj="Handover 7 months late - can we cancel the purchase contract?",
    body="""Good afternoon.

My wife and I signed a pre-sale contract in 2024 for a flat in the Aurora Heights development in Lingang New Area. The agreed handover date was 31 March 2026. It is now October and the developer says "by the end of the year, maybe".

Our contract says that if the delay exceeds 90 days the buyer may terminate, but the sales office tells us that clause "needs government approval".

Is that true? What is the procedure to terminate, get the down payment back and deal with the mortgage? Does the housing bureau supervise the developer's pre-sale funds in a way that could protect us?

Any pointer to the right office would be appreciated.

Roberto and Lily Fan""",
    cat="consultation", conf="no", reason="-", dept="Housing and Urban-Rural Development Bureau",
    prio="normal", lang="en", hard="-")

add(n=29, slug="teacher-paid-tutoring", kind="eml", date="2026-11-15 21:50",
    who="", addr="mingde.parent@example.com",
    subj="反映一位老师",
    body="""我孩子在明德路第二小学四年级。班主任兼数学老师（姓卢）这学期开始在家长群里说"有些孩子基础太差，课上讲不完"，然后私下加家长微信，推荐她周末在锦城花园一套房子里开的"小班"，一个月1600。

没去的孩子，作业本上的评语明显不一样，上课也很少被点到。我儿子回家说："老师说我们这些不去补课的脑子慢。"

我不想闹大，孩子还要在她班上两年。能不能请教育局了解一下在职老师有偿补课的情况。""",
    cat="complaint", conf="yes", reason="a", dept="Education Bureau",
    prio="normal", lang="zh", hard="-")

add(n=30, slug="bulky-waste-sofa", kind="multi", date="2026-10-04 11:44",
    who="Ana Moretti", addr="ana.moretti@example.net",
    subj="Where to throw out an old sofa and packing materials?",
    body="""Hi,

We've just moved into our new flat in Fengqiao New Town and have a huge pile of cardboard and foam, plus an old sofa from our previous rental. The bins downstairs are for household waste only and the property staff just said "call someone".

Is there a bulky waste collection service in the city, free or paid, or a drop-off point? Opening hours and a phone number would be great.

Thanks!
Ana""",
    cat="information", conf="no", reason="-", dept="Urban Management Bureau",
    prio="normal", lang="en", hard="-")

add(n=31, slug="low-water-pressure-20f", kind="eml", date="2026-10-25 07:58",
    who="喻女士", addr="yu.xinghe@example.org",
    subj="【急】２０楼以上水压太低！！",
    body="""　　您好！我家住星河湾２号楼２３层，入住三个月了。每天早上７点到９点、晚上６点到１０点这两个时段，水龙头出水细得像一根线，热水器经常点不着火！！２０层以上的住户基本都这样。

　　物业说是二次供水泵的问题，要找自来水公司；自来水公司说泵房归物业管……踢来踢去。

　　请水务部门来测一下水压，看看到底是谁的责任，尽快解决！！！

　　　　　　　　　　　　业主：喻女士　１３７　００００　５５０４""",
    cat="demand", conf="no", reason="-", dept="Water Affairs Bureau",
    prio="normal", lang="zh", hard="fullwidth")

add(n=32, slug="bureau-no-reply-40-days", kind="eml", date="2026-11-01 10:26",
    who="钟瑞", addr="zhongrui@example.com",
    subj="再次反映：给住建局的信四十天没有回复",
    body="""9月20日我通过住建局官网"局长信箱"反映了和悦城开发商没有按规划建小区配套幼儿园的问题，当时收到的自动回复是：

「您的来信已收到，我们将在15个工作日内予以答复。受理编号：ZJ20260920-0000-13」

现在已经四十天了，网站上查询状态一直是"处理中"。打电话到办公室，说"已经转业务科室"；再问是哪个科室，就说不清楚了。

我不是要为难哪位工作人员，只希望这件事有个明确的答复，哪怕是"不归我们管"，也请告诉我该找谁。

业主 钟瑞  150 0000 6683""",
    cat="complaint", conf="no", reason="-", dept="Housing and Urban-Rural Development Bureau",
    prio="normal", lang="zh", hard="quoted")

add(n=33, slug="thanks-officer-lost-dog", kind="eml", date="2026-10-13 09:31",
    who="宁晓", addr="ningxiao@example.net",
    subj="感谢白鹭社区的韩警官",
    body="""上周六晚上我家的泰迪从小区侧门跑了出去，我们找了两个小时都没找到，我妈急得都哭了。抱着试试看的心态给社区民警韩志远警官打了电话，他已经下班了，还是骑着电动车过来，帮我们查了附近几个路口的监控，十一点多在菜市场后面把狗找到了。

真的很感谢他，也想让他的领导知道。""",
    cat="information", conf="no", reason="-", dept="Public Security Bureau",
    prio="normal", lang="zh", hard="-")

add(n=34, slug="employer-no-social-insurance", kind="eml", date="2026-10-28 12:12",
    who="", addr="kefu.xiaozhang@example.com",
    subj="请问公司不交社保怎么反映",
    body="""您好，我在一家物业公司做客服，合同签了一年多，公司只给交了最低档的医保，养老和失业都没交，说是"试用期过了统一补"，到现在也没补。想问：

1. 这种情况可以去哪里反映？要带什么材料？
2. 以前没交的能不能补缴？
3. 反映的时候会不会告诉公司是谁反映的？

我还在这里上班，公司就十几个人，一查就知道是我。如果可以的话，请不要把我的名字给公司。""",
    cat="consultation", conf="yes", reason="b", dept="Human Resources and Social Security Bureau",
    prio="normal", lang="zh", hard="-")

add(n=35, slug="broadband-exclusive-deal", kind="json", date="2026-10-20 08:15",
    who="Arjun Mehta", addr="arjun.m@home.example", phone="", district="Dongshan New District", anonymous=False,
    subj="New estates should not be locked to one broadband provider",
    body="""In our estate (Yunlu Terrace, Dongshan New District) and at least two neighbouring ones, the developer signed an exclusive deal with one broadband provider. Only that company's fibre is in the building, the price is about twice what my friends pay in the old city, and the speed drops every evening. When I asked another operator to install, they said they are not allowed into the riser room.

I suggest the city require new residential buildings to give equal access to all licensed operators, and check this at completion acceptance. It sounds like a small thing, but half of us work from home now.""",
    cat="suggestion", conf="no", reason="-", dept="Industry and Information Technology Bureau",
    prio="normal", lang="en", hard="-")

add(n=36, slug="one-bus-line-beihu", kind="eml", date="2026-11-18 07:40",
    who="庞振", addr="pangzhen@example.org",
    subj="给新区公交提个\u201c小小\u201d的建议",
    body="""我们北湖新区现在住了三万多人，公交线路嘛，一条。对，就一条，K18，40分钟一班，末班车晚上8点。早高峰在站台上能站着看完一集电视剧，看完了还不一定挤得上去。听说规划里有地铁，规划图我们已经欣赏了五年，画得确实很漂亮。

建议：早晚高峰加密到15分钟一班；末班车延到晚上10点；再开一条直达地铁7号线终点站的接驳线。要求不高，能准时上班就行。""",
    cat="suggestion", conf="no", reason="-", dept="Transport Bureau",
    prio="normal", lang="zh", hard="sarcasm")

add(n=37, slug="doctor-pushes-supplement", kind="eml", date="2026-11-02 19:19",
    who="邱敏", addr="qiumin.family@example.net",
    subj="区人民医院一位医生让我们去指定药店买保健品",
    body="""我母亲10月28日在新城区人民医院骨科门诊看腰椎，接诊的是冯医生（挂号单上的工号是0000-1173）。开完药以后他加了我微信，说医院的药"只能治标"，让我们去医院对面的"康源大药房"买一种进口"骨胶原"，一个疗程2980元。我们没买，过了两天他又发来微信：

"阿姨的情况不能拖，康源那边我打过招呼了，报我名字打九折，别在网上买，网上都是假货。"

我问药房的店员这是药还是保健品，店员说是保健品。我觉得公立医院的医生不应该这样推销东西。聊天截图我都留着，需要的话可以提供。""",
    cat="complaint", conf="yes", reason="a", dept="Health Commission",
    prio="normal", lang="zh", hard="quoted")

add(n=38, slug="rooftop-glass-room", kind="eml", date="2026-10-23 13:05",
    who="Wen Bo", addr="wenbo.maple@example.com",
    subj="Top-floor neighbour building a glass room on the roof - is it legal?",
    body="""Hello.

Our building (Block 3, Maple Court, Songyuan District) has 18 floors. The owner of the top-floor duplex has started building a steel-and-glass room on the shared roof terrace; workers have been hauling steel beams up in the lift all week.

Is this allowed when the roof belongs to all the owners? Does he need a permit, and if he doesn't have one, which department deals with illegal structures on a residential roof: the property company, urban management, or someone else?

I'd like to know before we raise it in the residents' group.

Thanks,
Wen Bo""",
    cat="consultation", conf="no", reason="-", dept="Urban Management Bureau",
    prio="normal", lang="en", hard="-")

add(n=39, slug="new-kindergarten-registration", kind="json", date="2026-11-20 14:22",
    who="何静", addr="", phone="188 0000 3075", district="秀岭新城", anonymous=False,
    subj="新开的公办幼儿园怎么报名",
    body="""听说秀岭新城今年新建的公办幼儿园明年春季招生，请问报名需要什么材料？是按户籍还是按房产划片？我们是租房住的，有居住证，有没有机会？报名是在网上还是要去现场？谢谢。""",
    cat="consultation", conf="no", reason="-", dept="Education Bureau",
    prio="normal", lang="zh", hard="-")

add(n=40, slug="jinxiu-owners-warned", kind="eml", date="2026-11-09 22:03",
    who="", addr="jxjn.erqi@example.org",
    subj="锦绣江南二期业主的一点请求",
    body="""我们是锦绣江南项目二期的业主，交房已经逾期四个多月了。

最近业主群里有人发了工地停工的视频，第二天开发商的置业顾问就挨家打电话，说"发视频的那几户我们都记下了，验房的时候你们自己掂量"，还说"交房顺序是公司定的"。现在群里没人敢说话了，大家都只是私下聊。

我们就是想请住建部门去看一下工程到底停没停，给个交付的准信。说实话，大家是真怕到时候验房被故意刁难，这房子是我们两代人的积蓄。""",
    cat="demand", conf="yes", reason="c", dept="Housing and Urban-Rural Development Bureau",
    prio="normal", lang="zh", hard="indirect")

add(n=41, slug="points-based-school-entry", kind="eml", date="2026-10-26 20:47",
    who="Cindy Wang", addr="cindy.w@example.net",
    subj="积分入学 question for my daughter",
    body="""Hi, 我们是去年从杭州搬来的, and we're living in a rented flat in Jiangwan New Town. My daughter starts primary school next September.

The school website says children without local hukou go through 积分入学, but I can't work out how the points are calculated. Does my 社保 paid in Hangzhou count, or only contributions here?

We have also bought a flat in Taoyuan New District that will be handed over next summer. If we move our hukou there, which 学区 would apply for 2027 entry? Where can I see the exact scoring table?

Thanks a lot,
Cindy Wang""",
    cat="consultation", conf="no", reason="-", dept="Education Bureau",
    prio="normal", lang="en", hard="mixed")

add(n=42, slug="market-office-laughed", kind="eml", date="2026-11-05 16:58",
    who="贺静怡", addr="hejingyi@example.com",
    subj="市场监管所工作人员的态度问题",
    body="""健身房跑路的事，我10月底去过南湖市场监管所。接待我的是一位姓王的科长（他自己说的"我是王科长"）。我把合同和付款记录都给他看，他没仔细看就说"你们这种充值的我们管不了，自己去法院起诉"。

我说好几十个人都被骗了，能不能至少先登记一下，他笑着跟旁边的人说"又是健身卡，这个月第几个了"，然后就让我走了，连投诉登记都没做。

就算市场监管部门管不了钱的事，也不应该这样对待来反映问题的人吧。

贺静怡 189 0000 2047""",
    cat="complaint", conf="yes", reason="a", dept="Market Regulation Administration",
    prio="normal", lang="zh", hard="-")

add(n=43, slug="dog-mess-in-lift", kind="eml", date="2026-11-16 08:20",
    who="", addr="danyuan1.neighbor@example.net",
    subj="电梯里天天有狗屎",
    body="""我们1单元有户人家养了两条大狗，每天早上溜狗不栓绳，还让狗在电梯里拉屎撒尿，也不清理，整个电梯一古骚味，小孩进去都要捂鼻子。物业说管不了，让我们"自己沟通"。

上个月楼里有位大爷说了他一句，他当场把大爷堵在电梯口骂了半个小时，还说"你等着"，后来大爷的车胎被扎了两次。现在楼里谁都不敢吭声了，但实在受不了，请有关部门管一管，物业也要负起责任来，我们每个月的物业费不是百交的。""",
    cat="demand", conf="yes", reason="c", dept="Housing and Urban-Rural Development Bureau",
    prio="normal", lang="zh", hard="typos")

add(n=44, slug="typhoon-handover-event", kind="json", date="2026-10-14 17:50",
    who="Sophie Tran", addr="sophie.tran@example.org", phone="", district="Haixi New Area", anonymous=False,
    subj="Typhoon this weekend?",
    body="""Our estate's handover event (outdoors, with tents) is scheduled for Saturday 17 October in Haixi New Area. Some apps say a typhoon may pass close by on Friday night. Is there an official forecast or warning for the weekend? Thanks.""",
    cat="information", conf="no", reason="-", dept="Meteorological Bureau",
    prio="normal", lang="en", hard="-")

add(n=45, slug="service-hall-evening-hours", kind="eml", date="2026-10-31 09:55",
    who="Grace Tan", addr="grace.tan@example.com",
    subj="Please open the service centre one evening a week",
    body="""Dear Sir or Madam,

Everyone in our new district seems to be doing paperwork at the same time: property registration, residence permits, car plates, provident fund. The district service centre is open 9:00-12:00 and 13:30-17:00 on weekdays only, which are exactly the hours most of us are at work. I have now taken three half-days of leave for two documents.

Could the centre open one evening a week (say Wednesday until 20:00) or on Saturday mornings, even with only the busiest windows? An online booking page that actually shows free slots would also help.

Thank you for considering it.
Grace Tan""",
    cat="suggestion", conf="no", reason="-", dept="Administrative Approval Bureau",
    prio="normal", lang="en", hard="-")

add(n=46, slug="gas-smell-garage", kind="json", date="2026-11-21 21:41",
    who="易先生", addr="", phone="139 0000 8420", district="汇泉街道", anonymous=False,
    subj="地下车库很浓的燃气味",
    body="""现在（晚上9点40）汇泉花园地下车库B1层靠近3号楼电梯口的地方有很浓的燃气味，已经闻到半个多小时了，物业值班的人说燃气公司电话打不通。车库里还有人在给电动车充电。请马上派人来！！""",
    cat="demand", conf="no", reason="-", dept="Emergency Management Bureau",
    prio="high", lang="zh", hard="-")

add(n=47, slug="resettlement-flats-reserved", kind="html", date="2026-11-19 23:12",
    who="", addr="shanghe.old@example.com",
    subj="关于安置房分配的一些疑问",
    body="""我们原来是上河村的，村子前年拆迁，整村安置到现在的河畔安置小区。

按规定安置房是按抽签顺序选房的，但这次第三批选房，朝南、楼层好的那几十套在抽签之前就显示"已预留"。我打听了一下，留给的人里有村主任的两个小舅子、他儿子的丈母娘，还有一个我们村谁都没见过的人。抽签那天现场公示的名单，跟后来贴出来的也不一样，少了七八户。

大家心里都有数，就是没人说出来。我只是把看到的写下来，请上面派人查一查这份名单。""",
    cat="complaint", conf="yes", reason="a", dept="Discipline Inspection Commission",
    prio="normal", lang="zh", hard="indirect")

add(n=48, slug="thanks-pocket-park", kind="eml", date="2026-11-23 20:30",
    who="纪晓燕", addr="jixiaoyan@example.net",
    subj="谢谢",
    body="""市长好，我家门口那块荒地这个月终于变成了口袋公园，有滑梯，有健身器材，晚上灯也亮着。以前那里堆满建筑垃圾，孩子都不敢过去。现在我们一家人每天吃完饭都去转一圈。就是想说声谢谢，没有别的事。""",
    cat="information", conf="no", reason="-", dept="none",
    prio="normal", lang="zh", hard="-")

add(n=49, slug="property-cut-power", kind="eml", date="2026-11-24 18:06",
    who="魏", addr="wei.1703@example.org",
    subj="物业能不能停水停电",
    body="""请问一下，物业公司能不能因为业主不教物业费就给业主家停水停电？我们家房子漏水物业一只不修，所以我们拒交了半年物业费，现在物业贴了通知说下个月起要给我们限电，还说是合同里写了的。这个合法吗，我们应该找那个部门？""",
    cat="consultation", conf="no", reason="-", dept="Housing and Urban-Rural Development Bureau",
    prio="normal", lang="zh", hard="typos")

add(n=50, slug="dog-breeding-upstairs", kind="eml", date="2026-11-26 07:05",
    who="L. Romero", addr="lromero@example.net",
    subj="Flat being used for dog breeding - please check",
    body="""Hello,

The flat directly above ours (Building 4, Pinecrest Garden, 21st floor) seems to be used for breeding and selling dogs. We have counted at least fifteen puppies and several adult dogs; buyers come and go with cages almost every day, the stairwell smells terrible, and the barking goes on through the night. We have a newborn.

We have spoken to the property management twice; they say it's a private home and they can't do anything. Could the relevant department inspect?

Please don't mention that the complaint came from the 20th floor. We share the same lift every day and I'd rather not start a war with them.

Thanks,
L. Romero""",
    cat="demand", conf="yes", reason="b", dept="Public Security Bureau",
    prio="normal", lang="en", hard="-")

add(n=51, slug="service-centre-four-hours", kind="multi", date="2026-11-12 17:35",
    who="鲍国庆", addr="baoguoqing@example.com",
    subj="政务服务中心排队四个小时",
    body="""11月12日（周四）我去高新区政务服务中心办营业执照变更，早上8点半取号，号码是A186，大厅屏幕上当时在叫A040。一直等到中午12点半前后才轮到我，中间还赶上午休停了一个半小时。十几个窗口只开了四个，其他的都摆着"暂停服务"的牌子。问导办台，说是人手不够。

大厅里的工作人员态度都还可以，不是谁个人的问题，但这种情况是不是应该想想办法？比如网上预约、分时段取号，或者人多的时候把暂停的窗口开起来。我们做小生意的，一天不开门就少一天收入。""",
    cat="complaint", conf="no", reason="-", dept="Administrative Approval Bureau",
    prio="normal", lang="zh", hard="-")

add(n=52, slug="school-plot-rezoned", kind="eml", date="2026-10-10 11:11",
    who="Paul Xie", addr="paul.xie@example.org",
    subj="School site in our estate's sales plan rezoned to commercial - why no consultation?",
    body="""When we bought our flats in Greenview Park (Linxi New District) in 2023, both the developer's brochures and the planning board at the sales centre showed a 24-class primary school on the plot next door. In September a notice appeared saying the plot's use had been "adjusted" to commercial and office. We found out only because a neighbour happened to see it on the planning bureau's website; the public comment period had already closed.

Hundreds of families bought here partly because of that school. We would like to know why the adjustment was approved, why residents were not properly consulted, and whether the decision can be reviewed. At the very least, changes like this should be announced in the affected estates, not only online.

Greenview Park owners' group
Contact: Paul Xie, 155 0000 7720""",
    cat="complaint", conf="no", reason="-", dept="Natural Resources and Planning Bureau",
    prio="normal", lang="en", hard="-")

add(n=53, slug="check-progress", kind="json", date="2026-10-15 12:03",
    who="", addr="", phone="135-0000-1968", district="", anonymous=False,
    subj="查进度",
    body="""上周打12345反映的事，在哪里能查处理进度？""",
    cat="information", conf="no", reason="-", dept="Municipal Government Office",
    prio="normal", lang="zh", hard="short")

add(n=54, slug="out-of-town-insurance-clinic", kind="eml", date="2026-11-07 10:48",
    who="Nadia Chen", addr="nadia.chen@example.com",
    subj="Using my hometown medical insurance at the new district clinic",
    body="""Hello.

I moved here in July for a new job. My medical insurance is still in Wuhan, with my previous employer, until my new company finishes the transfer. The community clinic in Shuangliu New Town said they "can't swipe out-of-town cards" and charged me the full price for a blood test.

Do I need to register for cross-region settlement (异地就医备案) before I can use my insurance here? Can I be reimbursed for what I have already paid? Which app or office should I use?

Thank you,
Nadia Chen""",
    cat="consultation", conf="no", reason="-", dept="Healthcare Security Bureau",
    prio="normal", lang="en", hard="-")

add(n=55, slug="ktv-downstairs", kind="eml", date="2026-11-27 02:36",
    who="", addr="guixiangli3@example.org",
    subj="楼下KTV半夜扰民",
    body="""我们住在桂香里小区3栋，一楼底商新开了一家KTV，每天晚上唱到凌晨两三点，低音炮震得床都在抖。打过110，民警来过一次，走了以后声音又开起来了。

想请两件事：第一，请公安把这家店的噪音管起来，该罚就罚；第二，也想问一下，商铺开KTV要经过什么审批，住宅楼底下到底能不能开？

听说老板在这一片很吃得开，上次有人在门口拍视频，被几个小年轻追着要删手机。我家的车天天停在楼下，说实话有点担心。""",
    cat="demand", conf="yes", reason="c", dept="Public Security Bureau",
    prio="normal", lang="zh", hard="two-intents")

add(n=56, slug="thanks-tax-window", kind="eml", date="2026-11-17 15:26",
    who="Marco Li", addr="marco.li@example.net",
    subj="Thank you to Ms. Xu at the tax service hall",
    body="""I just want to say thanks to Ms. Xu Ting at window 5 of the Chengnan tax service hall. I'm a freelance designer and had no idea how to issue my first fapiao to a client or declare the income. She walked me through the e-tax app step by step, wrote the steps on a note for me, and even pointed out a deduction I had missed last year. It took her 25 minutes with a queue behind me and she stayed friendly the whole time.

Please pass this on to her supervisor.

Best,
Marco Li""",
    cat="information", conf="no", reason="-", dept="Taxation Bureau",
    prio="normal", lang="en", hard="-")

add(n=57, slug="renovation-filing-stuck", kind="eml", date="2026-11-25 21:14",
    who="", addr="new.owner.2025@example.com",
    subj="街道装修备案的问题，麻烦低调处理",
    body="""我们小区是去年交付的新房，按要求装修前要去街道城建科备案。我9月交的材料，一直说在审核，打电话去问，每次都是"等通知"，到现在两个多月了，装修工人都等走了。后来听邻居说，同一批交材料的好几户早就批了。我不清楚是不是我的材料哪里有问题，但也没人告诉我哪里要改。

希望能帮忙问一下到底卡在哪一步。另外这封信麻烦不要带着我的名字转过去，我的装修还得他们批，不想因为写了信反而更慢。""",
    cat="complaint", conf="yes", reason="b", dept="Municipal Government Office",
    prio="normal", lang="zh", hard="-")

add(n=58, slug="old-estate-lift-consent", kind="html", date="2026-11-28 10:40",
    who="葛先生", addr="ge.textile@example.org",
    subj="建議老舊小區加裝電梯的同意比例可以放寬",
    body="""市長您好：

我父母住在老城區的紡織廠宿舍（６層，沒有電梯），我自己住新區，每週回去看他們，看著他們扶著欄杆一層一層往上爬，真的揪心。

現在加裝電梯的補貼政策要求「整個單元全部住戶同意」，一戶不同意就做不成。我們單元十二戶，十一戶同意，一樓那戶不同意。

建議：一、參考其他城市，改為三分之二以上住戶同意即可申請；二、對低樓層住戶給予適當補償，政府出一部分；三、街道能派人來協調，而不是讓鄰居之間自己吵。

謝謝！""",
    cat="suggestion", conf="no", reason="-", dept="Housing and Urban-Rural Development Bureau",
    prio="normal", lang="zh", hard="fullwidth")

add(n=59, slug="thanks-hotline", kind="eml", date="2026-11-29 19:02",
    who="", addr="r.oyelaran@example.net",
    subj="thanks",
    body="""Just wanted to say thank you to the hotline team, you were all very helpful this year.""",
    cat="information", conf="no", reason="-", dept="none",
    prio="normal", lang="en", hard="short")

add(n=60, slug="parcels-delivered-nowhere", kind="eml", date="2026-11-30 13:37",
    who="Ethan Park", addr="ethan.park@example.com",
    subj="My parcels are \"delivered\" - somewhere in another dimension",
    body="""Congratulations to Swiftway Express on its 100% on-time delivery rate, at least according to its app.

In the past three weeks four of my parcels were marked "signed for, placed at the door" while I was at home, door open, waiting. Two turned up three days later in a pile at the estate's north gate; one (a 900-yuan blender) never turned up at all. Customer service says the courier "confirms delivery" and closes the case every time.

I would love for someone with actual authority to make Swiftway's depot in Heping New District deliver to the door as it is paid to, or at least compensate me for the blender. I doubt I'm the only one.

Ethan Park  133 0000 5196""",
    cat="demand", conf="no", reason="-", dept="Market Regulation Administration",
    prio="normal", lang="en", hard="sarcasm")


DEPTS = {
    "Public Security Bureau", "Urban Management Bureau",
    "Human Resources and Social Security Bureau", "Healthcare Security Bureau",
    "Housing and Urban-Rural Development Bureau", "Culture and Tourism Bureau",
    "Transport Bureau", "Discipline Inspection Commission",
    "Commerce and Investment Promotion Bureau", "Ecology and Environment Bureau",
    "Civil Affairs Bureau", "Education Bureau", "Health Commission",
    "Water Affairs Bureau", "Market Regulation Administration",
    "Administrative Approval Bureau", "Natural Resources and Planning Bureau",
    "Emergency Management Bureau", "Justice Bureau", "Municipal Government Office",
    "Meteorological Bureau", "Taxation Bureau",
    "Industry and Information Technology Bureau",
    "Agriculture and Rural Affairs Bureau", "Veterans Affairs Bureau", "none",
}


def enc(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def to_html(body):
    paras = [p for p in body.split("\n\n")]
    out = []
    for p in paras:
        lines = [html.escape(x) for x in p.split("\n")]
        out.append("<p>" + "<br>\n".join(lines) + "</p>")
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head>\n<body>\n"
            + "\n".join(out) + "\n</body></html>\n")


def crlf(s):
    return s.replace("\r\n", "\n").replace("\n", "\r\n")


def write_eml(d, path):
    dt = datetime.strptime(d["date"], "%Y-%m-%d %H:%M").replace(tzinfo=TZ)
    dom = d["addr"].split("@", 1)[1]
    frm = formataddr((d["who"], d["addr"]), charset="utf-8") if d["who"] else d["addr"]
    mid = "<%s.%03d.%s@%s>" % (W, d["n"], dt.strftime("%Y%m%d%H%M"), dom)
    hdr = [
        "From: " + frm,
        "To: mayor@city.example",
        "Subject: " + enc(d["subj"]),
        "Date: " + format_datetime(dt),
        "Message-ID: " + mid,
        "MIME-Version: 1.0",
    ]
    body = d["body"].strip("\n") + "\n"
    if d["kind"] == "eml":
        hdr += ["Content-Type: text/plain; charset=utf-8",
                "Content-Transfer-Encoding: 8bit"]
        text = "\n".join(hdr) + "\n\n" + body
    elif d["kind"] == "html":
        hdr += ["Content-Type: text/html; charset=utf-8",
                "Content-Transfer-Encoding: 8bit"]
        text = "\n".join(hdr) + "\n\n" + to_html(body)
    else:  # multipart/alternative
        b = "==w43-alt-%03d==" % d["n"]
        hdr += ['Content-Type: multipart/alternative; boundary="%s"' % b]
        text = ("\n".join(hdr) + "\n\n"
                + "--" + b + "\n"
                + "Content-Type: text/plain; charset=utf-8\n"
                + "Content-Transfer-Encoding: 8bit\n\n" + body
                + "--" + b + "\n"
                + "Content-Type: text/html; charset=utf-8\n"
                + "Content-Transfer-Encoding: 8bit\n\n" + to_html(body)
                + "--" + b + "--\n")
    with open(path, "wb") as f:
        f.write(crlf(text).encode("utf-8"))


def write_json(d, path):
    dt = datetime.strptime(d["date"], "%Y-%m-%d %H:%M").replace(tzinfo=TZ)
    obj = {
        "id": "%s-%03d" % (W, d["n"]),
        "submitted_at": dt.isoformat(),
        "name": d["who"],
        "phone": d.get("phone", ""),
        "email": d["addr"],
        "anonymous": bool(d.get("anonymous", False)),
        "title": d["subj"],
        "content": d["body"].strip("\n"),
        "district": d.get("district", ""),
    }
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=2)
        f.write("\n")


def main():
    os.makedirs(OUT, exist_ok=True)
    for old in os.listdir(OUT):
        if old.startswith(W + "-"):
            os.remove(os.path.join(OUT, old))
    nums = [d["n"] for d in L]
    assert nums == list(range(1, 61)), nums
    rows = ["path\tcategory\tconfidential\treason\tdepartment\tpriority\tlanguage\thard"]
    for d in L:
        assert d["dept"] in DEPTS, d["dept"]
        assert (d["conf"] == "yes") == (d["reason"] != "-")
        if d.get("anonymous"):
            assert d["conf"] == "yes" and d["reason"] == "b"
        ext = "json" if d["kind"] == "json" else "eml"
        fn = "%s-%03d-%s.%s" % (W, d["n"], d["slug"], ext)
        p = os.path.join(OUT, fn)
        if ext == "json":
            write_json(d, p)
        else:
            write_eml(d, p)
        rows.append("\t".join(["letters/" + fn, d["cat"], d["conf"], d["reason"],
                               d["dept"], d["prio"], d["lang"], d["hard"]]))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows) + "\n")


if __name__ == "__main__":
    main()
