#!/usr/bin/env python3
"""Writer w32: letters to the mayor's mailbox (blind7 round).

Run `python3 gen.py`; writes letters/ and labels.tsv next to this file.
Standard library only, deterministic (all dates fixed in the table).
"""
import datetime
import html
import json
import os
from email.header import Header
from email.utils import formataddr, format_datetime

WRITER = "w32"
HERE = os.path.dirname(os.path.abspath(__file__))
TZ = datetime.timezone(datetime.timedelta(hours=8))

LETTERS = []


def mail(num, slug, when, name, addr, subject, body, labels, fmt="plain"):
    """fmt: plain | html | alt (multipart/alternative)."""
    LETTERS.append(dict(kind="eml", num=num, slug=slug, when=when, name=name,
                        addr=addr, subject=subject, body=body.strip("\n"),
                        labels=labels, fmt=fmt))


def form(num, slug, when, name, phone, email, anonymous, title, content,
         district, labels):
    LETTERS.append(dict(kind="json", num=num, slug=slug, when=when, name=name,
                        phone=phone, email=email, anonymous=anonymous,
                        title=title, content=content.strip("\n"),
                        district=district, labels=labels))


# labels: (category, confidential, reason, department, priority, language, hard)

mail(1, "fishpond-dieoff", "2026-10-02 07:41", "熊德旺", "xiongdewang@mail.example",
     "鱼塘死鱼，上游厂子又趁下雨放水", """
领导好：

我在白鹭洲村承包了三口鱼塘，一共二十一亩，养草鱼和鲢鱼。9月30号晚上下了场雨，第二天早上一看，靠排洪沟那口塘的鱼翻了一大片白肚皮，捞上来四百多斤。水面上浮着一层发黑的泡沫，闻着有股药水味。

沟上游一公里左右是一家做电镀件的厂，门口牌子写的“恒锐五金”。每次下雨它就趁机往沟里放水，这不是头一回了，去年六月也死过一次，那次我忍了。

现在另外两口塘也开始浮头，增氧机开了一整夜。请环保部门尽快来取水样，查一查这个厂的排污口，该赔的要赔。死鱼我用冰块压着还没埋，可以来看。

熊德旺  138 0000 2716
""", ("demand", "no", "-", "Ecology and Environment Bureau", "normal", "zh", "-"))

mail(2, "citrus-replant-subsidy", "2026-10-03 20:15", "Tang Weiming", "tang.wm@example.net",
     "Subsidy for replacing diseased citrus trees?", """
Hello,

I run a 40-mu citrus orchard near Qingshan Township. About a third of my trees
have yellow shoot disease (huanglongbing), and the agricultural technician told
us they must be pulled out and burned. I'm willing to do it, but replanting is
expensive - a certified seedling is about 18 yuan, plus labour.

My questions:
1. Is there a city or provincial subsidy for removing infected trees and
   replanting with disease-free seedlings?
2. If so, who applies - me directly, or the village committee for all growers?
3. Must the seedlings come from a designated nursery, and do I need to keep
   the receipts?

I'd rather know before I buy anything. I heard some growers were turned down
last year because their seedlings had no certificate.

Thank you,
Tang Weiming
Mobile: 135-0000-8842
""", ("consultation", "no", "-", "Agriculture and Rural Affairs Bureau", "normal", "en", "-"))

mail(3, "village-accountant-cash", "2026-10-05 22:03", "", "xb_villager66@example.org",
     "关于下坝村征地款发放的一点情况", """
市长您好：

下坝村今年有四十多户的田划进了物流园。公示栏上贴的是每亩补偿四万二。可我们去村部领钱的时候，会计周某让大家先在一张没填数字的收条上签字，钱是他从抽屉里一沓一沓点出来的现金，不走银行卡。

我家三亩一分，按公示应该是十三万零二百，拿到手是十一万七。我问少的那部分怎么回事，他说是“跑手续的辛苦钱，家家都一样，不想要可以等明年”。我问了隔壁几家，都少了一成左右。

没人敢去镇里问，因为后面还有一笔青苗费没发，也在他手上。

名字我就不写全了，我家老二还要在村里批宅基地。
""", ("complaint", "yes", "a", "Discipline Inspection Commission", "normal", "zh", "-"))

mail(4, "requisition-sign-first", "2026-10-06 12:30", "杨春生", "ycs_yjy@example.com",
     "征地还没看到补偿方案就让先签字，这样合法吗", """
你好，我是沙湖乡杨家垸的村民。我们组的地要被征去修连接高速的匝道，村里上周开会，让每户先在《征地意向确认书》上签字按手印，说补偿方案“上面还没批，签了才好往上报”。

想问几个问题：
一、按规定，征地补偿安置方案是不是应该先公告，再让村民签字？
二、如果我不签，会不会被当成默认同意？我们有没有申请听证的权利？
三、我家有一块地种的是桃树，青苗补偿是按棵算还是按亩算？

这些话我不敢在村里问，问多了怕被说成“钉子户”。我家建房的审批材料交到村里半年了，到现在还没往上报。

杨春生  159 0000 3381
""", ("consultation", "yes", "c", "Natural Resources and Planning Bureau", "normal", "zh", "-"))

mail(5, "tenant-registration", "2026-10-07 09:52", "Liao Guoqiang", "lgq.rooms@example.com",
     "Do I have to register my tenants with the police station?", """
Dear Sir or Madam,

I own a four-storey house in Dongpo Village at the edge of the development
zone and rent out eleven rooms, mostly to factory workers. Two new tenants are
Vietnamese and work at the shoe factory across the road.

A neighbour says landlords can be fined if they don't report tenants within a
certain number of days, and that foreigners have to be registered at the police
station within 24 hours. I have never done this. Is it my job or the tenant's?
Can it be done online or through an app, or must I take them in person? And
does the same apply to Chinese tenants from other provinces?

I want to do it properly. Thanks for your help.

Liao Guoqiang, 139 0000 5127
""", ("consultation", "no", "-", "Public Security Bureau", "normal", "en", "-"))

mail(6, "um-squad-leader-push", "2026-10-18 23:10", "", "jsd.helper@example.net",
     "我是协管员，有件事憋了半个月", """
我在金沙渡片区当城管协管员，干了三年。

10月3号早上七点多，我们中队在农贸市场东门外清理占道。有个卖菜的老太太，七十来岁，箩筐摆在人行道边上。带队的副中队长（四十多岁，个子不高，大家背后叫他“黑皮”）上去一脚把箩筐踢翻，红薯滚了一地。老太太蹲下去捡，他又把她往后一搡，老太太坐在地上，手腕蹭破了皮。

围观的人拍了视频，后来他让人一个一个去“做工作”，都删了。我们几个协管员都在场，谁也没吭声。

我知道该早点说。可我是劳务派遣的，合同十二月到期，续不续就是他一句话。我不求别的，就希望以后别再这样，老太太的药费有人管。

那天的执法记录仪应该都有，能不能调出来看看。
""", ("complaint", "yes", "a", "Urban Management Bureau", "normal", "zh", "-"))

mail(7, "last-bus-lianhua", "2026-10-08 17:22", "Meng Qi", "mengqi88@example.org",
     "last bus to Lianhua Town?", """
What time is the last bus from North Coach Station to Lianhua Town on Sundays? Has the winter timetable started?
- Meng
""", ("information", "no", "-", "Transport Bureau", "normal", "en", "short"))

mail(8, "drainage-ditch-filled", "2026-10-09 19:47", "谢老三", "xie.meiziao@example.com",
     "新修的路把排水沟堵死了 果园天天泡水", """
你们好，我是梅子坳的，家里有十几亩梨园。今年县道扩宽，施工队把路边那条老排水够直接填平了，说是下面埋了管子，可那管子口径才一个巴掌大，一下雨水根本排不出去，全部倒灌进我的园子。

上个月下了两场大雨，园子里的水淹到小腿肚，泡了四五天才退，好多树根都烂了，叶子黄的象秋天一样。我找过施工队，他们说是按图纸施工的，叫我找“上面”。找村里，村里叫我打电化。

现在就是想请水务的来人看一看，那个管子到底够不够用，能不能把沟恢复或者换个大点的管子。在不弄，明年的梨就没有了。

电话 137 0000 6604  老谢
""", ("demand", "no", "-", "Water Affairs Bureau", "normal", "zh", "typos"))

mail(9, "lpg-cylinders-basement", "2026-10-10 08:05", "Vivian Ho", "vivian.ho@jinhe-pm.example",
     "URGENT: restaurant tenant storing LPG cylinders in our basement", """
To the Mayor's Office,

I am the on-site manager for Jinhe Garden (Block C commercial podium, Fuxing
Road). One of our ground-floor tenants, a hotpot restaurant, is keeping what we
counted as 23 LPG cylinders in a locked storeroom on Basement 1 - directly
under the residential tower and next to the car park ventilation shaft.

This morning our cleaner smelled gas at the storeroom door. We opened the
vents, and the restaurant staff told us it was "just an empty one".

We have asked them in writing three times to remove the cylinders. They refuse,
and the owner won't take our calls. We are not the police and cannot break the
lock.

About 600 residents live above that room. Please send fire safety, or whoever
is responsible, today. I can meet them at the management office with our
written notices and photos.

Vivian Ho
Property Manager, Jinhe Garden
Tel: +86 136 0000 9921
""", ("demand", "no", "-", "Emergency Management Bureau", "high", "en", "-"), fmt="html")

mail(10, "praise-township-vet", "2026-10-11 10:18", "彭四妹", "psm_shimo@example.net",
     "感谢青岗乡畜牧站的刘医生", """
上周四半夜，我家一头母猪难产，折腾到十一点多小猪还没下来，我急得给乡畜牧兽医站打电话，本来没抱什么希望。刘建平医生接了电话，二十分钟就骑着摩托到了，一直弄到凌晨两点，保住了母猪和七头小猪。走的时候一分钱不肯收，只喝了一碗姜汤。

我们养猪户都知道他，随叫随到。写这封信没别的事，就是想让上面知道有这么个好人。

青岗乡石磨村  彭四妹
""", ("information", "no", "-", "Agriculture and Rural Affairs Bureau", "normal", "zh", "-"))

form(11, "bus-shelter", "2026-10-12T06:58:00+08:00", "胡金凤", "182 0000 4719", "", False,
     "建议给乡村公交站加个遮雨棚", """
我们村口的公交站就是路边插了一块牌子，没有棚，没有凳子。每天早上赶车去城里看病、卖菜的多数是老人，一下雨只能躲在别人家屋檐下，车来了再冲过去，上个月就有个老人滑倒了。

建议交通部门在沿线的村级站点都加个简易候车亭，不用多好，能遮雨、有两条长凳就行。另外站牌上的时刻表字太小，老人看不清，能不能印大一点。
""", "凤凰岭镇",
     ("suggestion", "no", "-", "Transport Bureau", "normal", "zh", "-"))

mail(12, "homestead-title-delay", "2026-11-06 15:36", "Wu Shengli", "wushengli@example.com",
     "Re: case 2026-0815 - still no homestead certificate", """
Hello,

Four months ago I wrote about the title certificate for my rebuilt house in
Shuangqiao Village. This is the reply I got by text message:

> Dear citizen, your request has been forwarded to the Natural Resources and
> Planning Bureau. Real estate registration for rural homesteads will be
> completed within 30 working days after the materials are complete. Thank
> you for your understanding.

The materials were complete on 2 July - the registration window stamped my
receipt that day. Since then I have phoned five times and been told "it is in
the system". Nobody can say which step it is stuck at. My son needs the
certificate to apply for a loan for his shop.

I'm not blaming any clerk; everyone has been polite. But 30 working days has
become 80. Could someone pull up the file and tell me what, if anything, is
missing?

Regards,
Wu Shengli
Receipt no. FD-2026-0000-3317, phone 131 0000 2285
""", ("complaint", "no", "-", "Natural Resources and Planning Bureau", "normal", "en", "quoted"))

mail(13, "village-road-every-year", "2026-10-13 21:40", "孙长发", "sunchangfa@example.org",
     "表扬一下我们村的“年年新”公路", """
必须表扬一下交通部门。我们芦苇荡到三河口这段村道，绝对是全市最勤快的路：三月修一次，六月修一次，九月又修一次。每次修完黑亮黑亮的，撑不过一个月就起包、掉渣，下场雨坑里能养鱼。

别的地方一条路管十年，我们这条路一年给施工队贡献三单生意，真是拉动经济的好榜样。

说正经的：这条路是谁验收的？有没有质保期？每次返修花的是谁的钱？请查一查，给我们修一条能走的路就行，不求好看。

三河口村  孙长发
""", ("complaint", "no", "-", "Transport Bureau", "normal", "zh", "sarcasm"))

mail(14, "nursing-home-slap", "2026-10-14 18:25", "程立新", "chenglixin@example.com",
     "镇敬老院里的事，请派人去看看", """
我舅舅是五保户，住在竹溪镇敬老院。上个星期天我去看他，他右边脸是肿的，问他，他不肯说。后来同屋的汪大爷趁我送他出门的时候告诉我，是管他们那层楼的护工老邓打的，因为舅舅半夜尿了床。

汪大爷还说，晚饭经常是中午剩的菜兑点水再热一热，谁多嘴，第二天就打不到热水。老邓是院长的老乡，在那儿干了七八年了。

舅舅叮嘱我千万别闹，他还得在那里住下去。能不能请民政的同志不打招呼去一趟，看看老人们吃的什么，身上有没有伤？

外甥  程立新  186 0000 1472
""", ("complaint", "yes", "a", "Civil Affairs Bureau", "normal", "zh", "-"))

mail(15, "pond-water-permit", "2026-10-15 13:09", "郭胜", "guosheng.nj@example.net",
     "从小河里抽水养鱼要不要办取水证", """
请问一下，我在牛角湾新承包了一片低洼地，准备挖鱼塘，大概十五亩，打算在旁边的小河里装一台水泵抽水补塘。

听说现在从河道取水要办取水许可，是真的吗？像我这种规模也要办吗？到哪里办，要什么材料，收不收水资源费？

还有，挖出来的土能不能先堆在河堤上？怕违规，先问清楚再动工。

郭胜  电话：139-0000-2058
""", ("consultation", "no", "-", "Water Affairs Bureau", "normal", "zh", "-"))

form(16, "farmland-fourstorey", "2026-10-16T22:47:00+08:00", "", "", "", True,
     "基本农田上在盖四层楼", """
大坪头村三组，村道往南第二个路口进去，有一片原来种水稻的田，九月中旬开始打地基，现在已经砌到第三层了，说是要盖四层，楼下做仓库，楼上出租。那块田去年还在领耕地地力保护补贴。

附近的人都知道是谁家的，可没人敢说。请国土部门去现场看看，该停的停，该拆的拆。
""", "大坪头村",
     ("demand", "yes", "b", "Natural Resources and Planning Bureau", "normal", "zh", "-"))

mail(17, "village-broadband-live", "2026-10-17 11:34", "蒋一帆", "jiang.yifan@example.com",
     "村里网速太慢，直播根本带不动", """
您好！我是去年从深圳回来的，在黄泥坡村搞了个猕猴桃园，顺便做点 e-commerce，开抖音直播卖货。

问题是我们村宽带的 upload speed 只有 2Mbps 左右，一开直播就卡，画面 freeze，观众一分钟就走光了。4G signal 也时有时无，尤其是果园那边，基本 zero bar。

打过运营商客服，说我们村“暂未纳入光纤升级计划”，也给不出 timeline。现在正是猕猴桃上市的 peak season，晚一个月就是几万块的损失。

能不能帮忙协调一下运营商，给村里升级光纤，或者在山坡那边加个基站？村里还有好几个年轻人也想做直播，不是我一个人的事。

Thanks a lot!
蒋一帆  188 0000 3746
""", ("demand", "no", "-", "Industry and Information Technology Bureau", "normal", "zh", "mixed"))

form(18, "rental-tax", "2026-10-19T20:05:00+08:00", "邹桂兰", "153 0000 7219", "zgl1972@example.org", False,
     "出租自家房子要怎么交税", """
我在松柏铺有一栋自建房，出租了六个单间，每间每月五百到七百。有个租客问我要发票，说公司报住房补贴要用。

请问：1. 我这种个人出租房子要交哪些税，大概多少？2. 发票能不能在网上代开，还是一定要去税务大厅？3. 前几年没交过，现在开始交，会不会被追缴以前的？

谢谢。
""", "松柏铺",
     ("consultation", "no", "-", "Taxation Bureau", "normal", "zh", "-"))

form(19, "frost-oranges", "2026-11-12T05:50:00+08:00", "", "177 0000 0915", "", False,
     "这周会打霜吗", "这周会不会打霜？山上的橘子还没摘完。", "苦竹坪",
     ("information", "no", "-", "Meteorological Bureau", "normal", "zh", "short"))

mail(20, "grid-logs-made-up", "2026-10-20 23:58", "", "river.watch.2026@example.org",
     "Inspection records at our grid station are being made up", """
To whoever reads the mayor's mail,

I work as a contract grid inspector at the environmental supervision station
in Xinfeng Township. Part of our job is to visit the sand and gravel yards
along the river every week and log what we see, with photos.

Since August the deputy station head has told us to stop going to the two
yards at Longtan bend. He hands us log sheets already filled in - "no
discharge found, dust covers in place" - and asks us to sign. When a colleague
asked about the photos, he said he would "sort out the photos himself". The
river below those yards turns grey after every rain.

On 9 October I also saw the owner of one of the yards pass him a carton of
cigarettes and a red envelope in the station car park. I could not see what
was in the envelope.

Please compare the logs from August to now with the GPS track on our
inspection phones. The GPS will show nobody went there.

I have a mortgage and two children and I need this job, so I am not signing
this.
""", ("complaint", "yes", "a", "Discipline Inspection Commission", "normal", "en", "-"), fmt="alt")

mail(21, "dog-farm-odour", "2026-10-21 21:12", "余秀英", "yuxiuying@example.net",
     "村里的养狗场臭得没法住人", """
我家在瓦窑头村，屋后不到一百米，去年有人开了个养狗场，现在两百多条狗，说是卖宠物狗，其实什么狗都有。夏天臭得窗户都不敢开，现在天凉了好一点，可一到晚上狗叫成一片，我八十岁的婆婆整夜睡不着。粪水直接冲进旁边的灌溉沟，下游的菜地都是一股味。

养狗场老板姓苏，他哥在镇上当干部。上回隔壁老周去跟他理论了两句，没过几天，老周家鱼塘的闸门夜里被人拔了，半塘鱼跑光，到现在也不知道是谁干的。

我是实在熬不住了才写这封信。请环保的同志来查查他有没有手续，粪水能不能别往沟里排。

余秀英  133 0000 8160
""", ("demand", "yes", "c", "Ecology and Environment Bureau", "normal", "zh", "-"))

form(22, "legal-aid-address", "2026-10-22T08:40:00+08:00", "田茂林", "+86 150 0000 6631", "", False,
     "法律援助中心在哪里", """
请问法律援助中心在哪条路？几点上班？星期六开不开门？我们几户人想去问问承包地被邻村占了的事。
""", "枫林铺",
     ("information", "no", "-", "Justice Bureau", "normal", "zh", "-"))

mail(23, "requisition-unpaid", "2026-10-23 16:27", "廖光明", "liaogm_xfx@example.com",
     "征地八个月了补偿款还没到账，另外想问社保", """
市长好：

新丰圩南片的地今年二月就被征了，三月地上的东西就推平了，现在那里已经在盖厂房。可我们组二十三户的土地补偿款到现在一分没到账。镇里说“钱在区里”，区里说“等指标”，来来回回八个月。

我们这些人大多五六十岁，地没了，又没有别的收入，过年都成问题。请政府督促尽快把补偿款发下来，按公告的标准一次付清。

另外顺便问一下：被征地农民的养老保险是不是可以补缴？我们组有几个人快到年龄了，不知道去哪里办。

新丰圩南片  廖光明 等二十三户
联系电话 158 0000 2394
""", ("demand", "no", "-", "Natural Resources and Planning Bureau", "normal", "zh", "two-intents"))

mail(24, "hotline-four-transfers", "2026-11-05 14:02", "Rebecca Lin", "rlin@cuiwei-court.example",
     "Fourth transfer in six weeks - who owns this problem?", """
Good afternoon,

I manage Cuiwei Court, a 1990s estate of six buildings. Since late September
I have been trying to get someone to deal with a collapsed drain cover on the
public pavement outside our gate (not on our land - we checked the red-line
drawing). Here is the trail of hotline replies:

> 26 Sep: Your request has been assigned to the Urban Management Bureau.
> 08 Oct: After verification the matter falls outside our remit.
>         Transferred to the Water Affairs Bureau.
> 21 Oct: The facility is a road asset. Transferred to the Transport Bureau.
> 03 Nov: Please contact your sub-district office for coordination.

Everyone has been courteous. Nobody has come to look. We have put two traffic
cones over the hole, and a resident's child has already twisted an ankle there.

My complaint is about the process itself: a case can be passed on four times
and no one owns it. Please make one office responsible and tell me which.

Rebecca Lin
Cuiwei Court Property Services
(020) 0000 3129
""", ("complaint", "no", "-", "Municipal Government Office", "normal", "en", "quoted"), fmt="alt")

mail(25, "covered-market", "2026-10-25 09:30", "汪荣", "wangrong.shiqiao@example.net",
     "关于给石桥镇建一个有顶棚的集贸市场的建议", """
我在石桥镇老街开了二十年杂货铺。逢三六九赶集，整条街从早上五点堵到中午，摆摊的、骑三轮的、开小车的挤成一团，去年救护车进不来的事就出过两次。菜叶、鱼鳞扔一地，散了集臭到下午。

我有几点建议：
1. 镇上粮站旧址闲置好几年了，面积够，能不能改成一个有顶棚的集贸市场，摊位统一编号，按月收一点管理费。
2. 赶集日老街改成步行街，三轮车和小车停到河边那块空地。
3. 市场里设一两台公平秤，现在缺斤少两的事太多了。

这样摆摊的有地方，开店的也能做生意。供领导参考。

石桥镇老街37号  汪记杂货  汪荣（139 0000 6308）
""", ("suggestion", "no", "-", "Commerce and Investment Promotion Bureau", "normal", "zh", "-"), fmt="alt")

mail(26, "land-transfer-trad", "2026-10-26 10:45", "陳國樑", "chankl.retired@example.org",
     "請問土地承包經營權流轉的手續", """
您好：

本人早年在香港工作，現已退休返鄉，戶口仍在桃花岙村。家中有承包地約六畝，多年來由親戚代耕，未曾簽任何書面協議。現有一家茶葉合作社願意整片租下，租期十五年。

想請教：
一、承包經營權流轉，是否須經村委會同意？抑或只須備案？
二、合同範本可在何處取得？是否須到鄉鎮農經站鑒證？
三、親戚代耕多年，是否會因此取得任何權利？
四、本人長居外地，可否委託他人代為辦理？

煩請指點，不勝感激。

陳國樑 敬上
電話：+86 139 0000 4561
""", ("consultation", "no", "-", "Agriculture and Rural Affairs Bureau", "normal", "zh", "fullwidth"))

mail(27, "clinic-pharmacy", "2026-10-27 19:03", "罗永红", "luoyh_sp@example.com",
     "卫生院开的药，为什么只有对门药店有", """
我爸上个月去鹅公嘴镇卫生院看高血压，接诊的是内科的钟医生。单子上开了三种药，他说卫生院没有，“出门右转那家康宁药房有”。我们去买，一共四百六十多块。后来我到县医院问，同样的药在医保目录里，县医院就能开，一个月也就一百来块。

后来我又陪我爸去了两趟，每次开到那家药房去买的单子，都是钟医生的号。第三次我在药房等着付钱，收银的女人接了个电话，说：“老钟，晚上回来吃饭不？”

我不是想闹事，就是觉得不对劲。我爸一个月退休金才一千多。

石牌村  罗永红  155 0000 3027
""", ("complaint", "yes", "a", "Health Commission", "normal", "zh", "indirect"))

mail(28, "school-site-wages", "2026-10-28 12:12", "谢长贵", "xiecg@example.net",
     "镇中心小学工地欠我们十四个人的工钱", """
领导：

我们是马鞍山村和附近几个村的十四个人，今年四月到九月在竹溪镇中心小学新教学楼工地上做小工、扎钢筋。包工头姓罗，说好每天二百二，做完一起结。楼都封顶了，人找不到了，电话也换了。总包公司说钱已经付给姓罗的了，叫我们自己去找他。

一共欠了十八万七千多，名单和每个人的工天记录都有，都按了手印。

还有一件事：我们当中的彭大毛八月份从脚手架上掉下来，腿摔断了，包工头一分钱医药费没出，也没给买保险。这个算不算工伤？去哪里认定？

我叫谢长贵，名字电话都可以公开，我不怕，这是我们的血汗钱。136 0000 7750
""", ("demand", "no", "-", "Human Resources and Social Security Bureau", "normal", "zh", "two-intents"))

mail(29, "streetlights-thanks", "2026-10-29 20:20", "孔德英", "kongdeying@example.org",
     "路灯亮了，谢谢", """
市长办公室：

九月份我写信说梅林村到镇上那段路没有路灯，晚上下班骑车回来黑灯瞎火的。没想到不到一个月，就有人来装了十二盏太阳能灯。昨天晚上我特意走了一趟，亮堂堂的，村里的老人都出来散步了。

谢谢你们把老百姓的小事当回事。

梅林村  孔德英
""", ("information", "no", "-", "none", "normal", "zh", "-"), fmt="html")

mail(30, "licence-treasure-hunt", "2026-10-30 17:55", "Ma Lijun", "malijun.noodles@example.com",
     "Congratulations on your document treasure hunt", """
Dear Service Hall,

I'd like to congratulate you on inventing a new sport.

I am trying to get a food business licence for my small noodle shop in Xiaohe
Township. Trip one (bus, 1 hour 20 minutes each way): I was missing a floor
plan. Trip two: the floor plan needed the landlord's stamp. Trip three: the
stamp was fine, but now I needed health certificates for all staff - which
nobody mentioned on trips one and two, and which is not on the checklist on
your own website.

The staff were friendly every time, I'll give you that. It's just that every
window seems to keep its own private list.

Could you publish ONE complete checklist, and let people check their documents
online before they make the trip? Some of us have shops to open.

Ma Lijun
""", ("complaint", "no", "-", "Administrative Approval Bureau", "normal", "en", "sarcasm"))

mail(31, "old-house-rebuild", "2026-10-31 15:16", "吴老倌", "wu.longyan@example.net",
     "老房子想翻修要办什么手续", """
领导你好 我是龙眼村的 今年68岁 老屋是七几年盖的土坯房 墙裂了好几道缝 下雨漏水 想拆了重新做 儿子在外面打工 说要先问清出手续 不然做了会被拆

请问 1 原地番建要不要申批 找镇里还是找村里 2 能做几层 听人说不能超过三层 是不事真的 3 面积能不能比原来大一点 原来的大概一百平方

我不太会打字 是儿子教我用手机写的 有错字别见怪 电话 135 0000 9026 老吴
""", ("consultation", "no", "-", "Natural Resources and Planning Bureau", "normal", "zh", "typos"))

mail(32, "quarry-flyrock", "2026-11-01 08:12", "赵永年", "zhaoyn_dpl@example.com",
     "急！采石场放炮，石头飞到马路上了", """
昨天下午四点左右，东坡岭采石场放炮，一块脸盆大的石头飞过围墙，砸在县道上，离一辆过路的面包车不到两米。我们村房子墙上震出裂缝的事以前反映过，这次是石头直接飞出来了。那条路每天放学有几十个学生走。

今天早上他们又在打眼装药。请应急管理部门马上派人来叫停，查一查他们的爆破手续和安全距离。

东坡岭村  赵永年  139 0000 8512
""", ("demand", "no", "-", "Emergency Management Bureau", "high", "zh", "-"))

mail(33, "report-accounts-howto", "2026-11-02 22:31", "", "hillside.member@example.net",
     "How does a village committee member report an accounts problem?", """
Hello,

I am one of the five members of a village committee in the western hills. I'd
rather not say which village yet. Over the past year a few items in our
village accounts don't match what was actually done - for example, a payment
for hardening a stretch of road that I walk along every day and which is still
gravel.

Before I do anything I need to understand the procedure:
- Which office should receive this kind of report - the township, the county
  discipline inspection office, or somewhere else?
- Can it be submitted without a name, and will it still be taken seriously?
- If I do sign it, who gets to see my name? Would the township be told?

I am not filing anything yet, I only want to know how it works. Please reply
to this address only and don't forward it with my details.

Thanks.
""", ("consultation", "yes", "b", "Discipline Inspection Commission", "normal", "en", "-"))

form(34, "village-waste", "2026-11-03T19:26:00+08:00", "黎志勇", "139 0000 1186", "lzy@example.com", False,
     "建议村里垃圾点增加清运次数", """
我们柳塘镇几个村去年开始搞垃圾集中收集，每个村口放了四个大桶，说好两天拉一次。实际上经常一个星期才来一趟车，桶早满了，大家只好把垃圾堆在桶边，野狗一翻满地都是，夏天苍蝇成群。

建议：一是按各村人口重新定清运次数，人多的村每天一次；二是在桶上贴清运电话，满了村民可以直接打；三是要搞垃圾分类的话，先发点小桶和图示，光贴标语老人看不懂。
""", "柳塘镇",
     ("suggestion", "no", "-", "Urban Management Bureau", "normal", "zh", "-"))

mail(35, "police-fish-theft", "2026-10-24 10:10", "邝德明", "kuangdeming@example.org",
     "派出所值班民警不给立案，还笑我", """
10月17日晚上，我在三岔河的鱼塘被人下网偷鱼。我守夜听见动静，打手电一照，两个人划着小船跑了，岸上丢下一张网和半筐鲫鱼。第二天一早，我拿着网和照片去镇派出所报案。

值班的是个年轻民警，警号尾数是47。他听了两句就说：“鱼在水里游，谁知道是不是你的？”旁边一个辅警也跟着笑。我说塘是我承包的，有合同，他说“这么点东西够不上立案”，笔录都没做，叫我回去自己装个摄像头。

被偷不是第一回了，一年少说损失两三万。我不要求一定抓到人，起码得登记一下吧？这个态度让人心寒。

邝德明  151 0000 3309
""", ("complaint", "yes", "a", "Public Security Bureau", "normal", "zh", "-"))

form(36, "lychee-boundary", "2026-11-04T13:44:00+08:00", "甘永福", "0760-0000-2281", "", False,
     "邻居的荔枝树长过界，村里调解两次没结果", """
我家和邻居的果园挨着。他家二十多年的老荔枝树，枝干伸到我这边四五米，把我一排柑橘遮得结不了果，落叶落果也全掉在我这边。我要他修一修过界的枝，他说树是他爷爷种的，动不得。村调解委员会调解了两次，他都不来。

能不能请镇里或者司法所出面再调解一次？我不想把关系搞僵，只想他把枝修一下。
""", "荷叶湾",
     ("demand", "no", "-", "Justice Bureau", "normal", "zh", "-"))

mail(37, "tutoring-fees", "2026-11-07 21:48", "", "shopmum.baisha@example.com",
     "\"Optional\" evening classes that are not optional", """
Dear Mayor,

My daughter is in Grade 8 at Baisha Township Middle School, a public school.
Since September her class teacher, Mr. Qiu, has run "optional" evening
tutoring in an empty classroom three nights a week, 300 yuan a month, collected
in cash by the class monitor.

Children who don't join have been moved to the back rows. My daughter says Mr.
Qiu now goes through the homework answers only in the evening class, and in the
daytime lesson he says "those who came last night already know this". Last
week he told her in front of the class that her family "clearly doesn't care
about her future".

I run a small hardware shop on the main street and everybody here knows
everybody. I am worried about how she will be treated if this gets back to
him, so please look into it without saying that a parent complained.

A mother of a Grade 8 student
""", ("complaint", "yes", "a", "Education Bureau", "normal", "en", "-"))

mail(38, "shop-rent-water-cut", "2026-10-13 09:02", "唐振华", "tzh.nongzi@example.net",
     "租的门面房东半途涨租，还把水断了", """
我在凤凰岭镇汽车站对面租了一个门面卖农资，合同签了三年，租金每年两万四，今年是第二年。九月份房东突然说要涨到三万六，不涨就搬走。我没同意，十月八号店里的水就停了——水是从他家院子里接过来的。

合同写得清清楚楚，租期内不涨价。想请政府帮忙协调，先把水恢复，按合同来。

房东是镇上覃书记的亲弟弟。我在这个镇做生意，营业执照年审、消防检查，哪样不跟镇里打交道？上次他家里人跟我说了一句“你自己看着办”，我心里实在没底。

唐振华  180 0000 6628
""", ("demand", "yes", "c", "Housing and Urban-Rural Development Bureau", "normal", "zh", "-"))

mail(39, "navel-orange-festival", "2026-11-09 11:11", "陆小红", "luxiaohong@example.com",
     "白果镇脐橙节是哪天", """
请问今年白果镇的脐橙文化旅游节哪天开幕？在哪个地方办？城里有没有直通车过去？想带家里老人小孩去摘橙子。
陆小红
""", ("information", "no", "-", "Culture and Tourism Bureau", "normal", "zh", "-"))

mail(40, "yellow-tap-water", "2026-11-10 07:35", "伍春花", "wuchunhua@example.org",
     "自来水发黄，下午就停水", """
你好，我们蔡家湾七组八组的自来水这两个月一直有问题，早上放出来是黄的，要放好久才青，烧开了壶底一层黄泥。每天下午两点以后基本就没水了，住高处的人家要到晚上十点才有一点点。

打过水厂电化，说是管道老化，要等改造，等到什么时候也没说。家里有小孩有老人，天天去邻居家提水也不是办法。希望快点派人来看一下，至少先保正下午有水吃。

蔡家湾七组  伍春花
""", ("demand", "no", "-", "Water Affairs Bureau", "normal", "zh", "typos"))

mail(41, "livestream-training", "2026-11-11 16:40", "Xu Jiayi", "xu.jiayi@huilong.example",
     "Suggestion: 给果农办直播带货培训 / livestream training for growers", """
Hi,

I'm a college-graduate village official (大学生村官) in Huilong Township. Our
growers produce excellent 沃柑 and 百香果, but most of them sell to middlemen
at 1.5-2 yuan per jin, while the same fruit sells for 8 yuan online.

My suggestion: the city could run short, hands-on livestream training in the
townships - not lectures in a hotel in town, but sessions in the orchards
themselves. Cover how to open a 抖音/快手 shop, basic lighting with a phone,
packaging and 冷链 logistics, and how to handle 售后 complaints. Maybe also
negotiate a 农产品 discount rate with the express companies.

A shared 直播间 at the township service centre, with a ring light and good
Wi-Fi, would also help the older farmers who don't have the equipment.

Happy to help organise it in our township.

Xu Jiayi
""", ("suggestion", "no", "-", "Commerce and Investment Promotion Bureau", "normal", "en", "mixed"))

mail(42, "rubble-still-there", "2026-11-13 18:08", "姚建新", "yaojianxin@example.net",
     "回复说“已清理”，垃圾还在原地", """
九月二十号我反映过鹿鸣村村口桥头的建筑垃圾堆，当时收到的回复是这样的：

“您好，您反映的问题已转城管部门办理。经核实，现场建筑垃圾已责成相关单位清理完毕，并将加强日常巡查。感谢您对城市管理工作的支持。”

十月底我去看，那堆砖头瓦块一块没少，还多了几车装修垃圾，占了半边桥头，晚上开车过去很危险。照片我都拍了，带日期的。

我想问：“清理完毕”是怎么核实的？是不是没到现场就回复了？请重新派人来看，这次别只回一条短信。

鹿鸣村  姚建新  139 0000 4473
""", ("complaint", "no", "-", "Urban Management Bureau", "normal", "zh", "quoted"))

mail(43, "veteran-subsidy-trad", "2026-11-14 09:20", "黃順昌", "hsc1968@example.com",
     "退役軍人的補助，戶口遷了還能領嗎？", """
您好！我是１９８６年入伍、１９９０年退伍的老兵，在沙坪村種了三十年地。去年為了孫子上學，戶口從村裡遷到了縣城。村裡說我以後不歸他們管了，每年那筆農村籍退役士兵老年生活補助，也不知道還能不能領。

請問：戶口遷到城鎮以後，這個補助還算不算？要到哪裡重新登記？要帶退伍證原件嗎？

謝謝！
老兵　黃順昌　電話：１３７　００００　２６４８
""", ("consultation", "no", "-", "Veterans Affairs Bureau", "normal", "zh", "fullwidth"))

mail(44, "water-main-leak", "2026-11-04 10:26", "Daniel Zhou", "d.zhou@meiyuan-pm.example",
     "Water main leaking under our estate road for two weeks", """
Dear Sir/Madam,

I am the property manager of Meiyuan Xincun (Lanting Road, 14 buildings).
Since about 20 October, clean water has been bubbling up through a crack in
the estate's main road between Buildings 6 and 7. It is getting worse: there
is now a constant stream into the storm drain, and the asphalt has started to
sink.

Our own plumber checked and it is not our internal pipe - the leak is upstream
of our meter, so it belongs to the water company. We reported it to the water
company hotline on 21 and 28 October (tickets 0000 8812 and 0000 9034). Both
times we were told a crew would come "within three working days". Nobody has
come.

Besides the waste, we are worried the road will give way under the rubbish
truck. Please ask the water utility to send a repair crew this week.

Best regards,
Daniel Zhou
Meiyuan Xincun Property Management Office
+86 189 0000 5530
""", ("demand", "no", "-", "Water Affairs Bureau", "normal", "en", "-"), fmt="alt")

mail(45, "food-licence-wait", "2026-11-15 20:44", "老莫", "mo.deli@example.org",
     "食品经营许可证续期拖了两个多月", """
我在柿子坪菜市场边上开了十几年熟食店，食品经营许可证九月底到期，八月中旬就把续期材料交上去了。到现在两个多月，网上一直显示“审核中”。打电话问，说“在走流程”；再问，就说“你这个店的后厨是不是还要再改一改”。

后厨去年刚按要求改过，也验收过了。

我也不敢再多问了。镇上开店的都明白，问得勤，检查就来得勤。我只想知道到底还缺什么，能不能按时给个说法。证过期了，我这店是开还是不开？

熟食店  老莫
""", ("complaint", "yes", "c", "Market Regulation Administration", "normal", "zh", "indirect"))

form(46, "donate-clothes", "2026-11-16T12:00:00+08:00", "钱晓燕", "131-0000-6092", "qxy@example.net", False,
     "旧棉衣想捐给山区，送到哪里", """
家里有两大箱孩子穿小的棉衣棉裤，都洗干净了，想捐给山里的学校或者困难户。请问市里有没有接收捐赠的地点？要不要提前预约？周末能送吗？
""", "江湾镇",
     ("information", "no", "-", "Civil Affairs Bureau", "normal", "zh", "-"))

mail(47, "signal-grave-hill", "2026-11-17 19:19", "何有财", "heyoucai@example.com",
     "我们村打电话要上祖坟山", """
跟领导汇报个好消息：我们石门冲村的手机信号已经实现了“精准覆盖”——只覆盖村后祖坟山的山顶。谁家要打个电话，就得爬十五分钟上山，顺便给老祖宗上炷香，孝心通讯两不误。

去年有人半夜心口痛，他儿子是跑到山顶才打通的120。

村里反映了三四年，运营商说“人口少，投入产出比低”。我们交的话费可一分不少。能不能请工信部门协调一下，在村里或者垭口那边建个基站？

石门冲村  何有财  137 0000 9905
""", ("demand", "no", "-", "Industry and Information Technology Bureau", "normal", "zh", "sarcasm"))

mail(48, "cold-storage", "2026-11-18 14:50", "Ou Jianhua", "ou.jianhua@example.net",
     "Suggestion: shared cold storage for fruit growers (and a question)", """
Hello,

I grow pears and persimmons in Shangyuan Village and chair a small growers'
cooperative of 31 households. Every autumn the same thing happens: everyone
harvests in the same three weeks, buyers know we have nowhere to store the
fruit, and the price falls by half. Fruit that could sell in January is dumped
in October.

I suggest the city help build small shared cold-storage rooms at township
level, 200 to 500 tonnes each, run by cooperatives, with the government
covering part of the construction and the electricity for the first few years.
Several other provinces already do this.

A separate question while I'm writing: when will this year's list for the
agricultural machinery purchase subsidy be published? Several members bought
sprayers in spring and are still waiting.

Thank you for considering this.
Ou Jianhua, tel 132 0000 4178
""", ("suggestion", "no", "-", "Agriculture and Rural Affairs Bureau", "normal", "en", "two-intents"))

mail(49, "thanks-water-tech", "2026-11-10 13:37", "Lily Sheng", "lily.sheng@example.org",
     "Thank you to Mr. Kuang of the water repair team", """
Dear Mayor's Office,

Just a note of thanks. Last Saturday night (7 November) a pipe burst at the
junction outside our shop in Nanxi Village and water was pouring across the
road. I rang the water hotline at about 10 pm, not expecting much. Within 40
minutes a technician, Mr. Kuang Jun, arrived with one helper. They worked in
the cold until nearly 3 am, and the 80 households had water again before
breakfast.

Mr. Kuang even took the time to show my father where the stop valve for our
house is. Please pass our thanks on to him and his team.

With appreciation,
Lily Sheng, Nanxi Village
""", ("information", "no", "-", "Water Affairs Bureau", "normal", "en", "-"), fmt="html")

mail(50, "guard-blocks-road", "2026-11-19 17:05", "韦国平", "weiguoping@example.com",
     "新楼盘保安拦路，还推搡我父亲", """
我们青竹园村紧挨着新开的“御景湾”小区，村民下田、去镇上，几十年来走的都是小区东边那条老机耕路。小区交房以后，物业在路口装了道闸，保安不让村民过，说是“小区私家路”。

上周六我父亲（七十三岁）挑着菜想过去，一个高个子保安一把夺过扁担扔在地上，还推了他一下。我们去找物业，经理说“保安是外包公司的，我们管不着”。

这条路到底算不算小区的？请住建部门或者镇里出面，叫物业把道闸打开让村民通行，保安推人的事也要给个说法。

青竹园村  韦国平  186 0000 3312
""", ("demand", "no", "-", "Housing and Urban-Rural Development Bureau", "normal", "zh", "-"))

mail(51, "mixing-plant-night", "2026-11-20 02:47", "毛翔", "maoxiang@example.net",
     "举报！！搅拌站每天晚上干到凌晨３点", """
举报：九龙村村口那个商品混凝土搅拌站，最近一个月天天晚上生产！！从晚上１０点一直到凌晨２、３点，罐车一辆接一辆，喇叭声、倒车声、搅拌机轰轰响……我家离它不到１５０米，窗户关死也没用。

白天灰也大，晾的衣服收回来一层白。

请环保局晚上来测一测噪音（白天来是测不到的！！）。

联系：ｍａｏ　ｘｉａｎｇ（毛翔）１３８－００００－７７２１
""", ("demand", "no", "-", "Ecology and Environment Bureau", "normal", "zh", "fullwidth"))

mail(52, "fake-pesticide", "2026-10-26 21:30", "", "pomelo.grower@example.com",
     "镇上农资店卖的杀虫剂像是假的", """
九月我在桂花镇“丰收农资”买了十二瓶杀虫剂，标的是高效氯氰菊酯，给两百棵柚子树打了两遍，虫子一点没少。后来拿同一个牌子、在县城买的打了一遍，虫子就下来了。仔细一对比，镇上买的瓶子标签印得模糊，生产日期是另外贴上去的。

在他家买药的果农至少七八户，损失都不小。请市场监管部门去查一查、抽个样。我手上还有三瓶没开封的，可以交给你们。

这个店老板在镇上亲戚多，请别把我的名字告诉任何人，打电话来就说是做回访的。

电话 152 0000 8843
""", ("demand", "yes", "b", "Market Regulation Administration", "normal", "zh", "-"))

mail(53, "official-car-pond", "2026-11-22 20:14", "Pan Youcai", "panyoucai@example.org",
     "A white car at my fishing pond", """
Hello,

I run a small pay-to-fish pond in Lujia Village. It's a quiet business, mostly
retired people at weekends.

I'm writing about one regular. For about two months a white SUV, plate ending
3K07, with an official-vehicle sticker on the windscreen, has come every
Wednesday and Friday at around 2 pm. The driver waits in the car. The
passenger - I've seen his photo on the township noticeboard, with the
leadership team - fishes until about five. He has never paid. The first time he
told me, "we'll look after your pond's paperwork". I haven't asked him for
money since.

I've kept a notebook of the dates since 9 September, and there are some photos
on my phone.

I don't know how these things work. I'm only asking whether weekday afternoons
are a normal time for that car to be at a fishing pond.

Pan Youcai, 138 0000 6215
""", ("complaint", "yes", "a", "Discipline Inspection Commission", "normal", "en", "indirect"))

form(54, "requisition-map-online", "2026-11-23T10:02:00+08:00", "欧阳平", "135 0000 3790", "oyp@example.org", False,
     "建议把征地红线图提前在网上公开", """
我们古塘镇这两年征了好几次地，每次都是村里开会才知道，图纸只让看一眼，不让拍照。很多人连自家哪块地划进去了都搞不清，谣言满天飞，有人抢着栽树、搭棚想多拿补偿，反而把事情搞复杂了。

建议：发征地预公告的时候，把红线范围图、地块编号、补偿标准一起放到网上，村里再贴一张大的。大家看明白了，矛盾反而少。
""", "古塘镇",
     ("suggestion", "no", "-", "Natural Resources and Planning Bureau", "normal", "zh", "-"))

mail(55, "parents-med-insurance", "2026-11-24 12:48", "Karen Liu", "karen.liu@example.com",
     "Parents' rural medical insurance - surgery at a city hospital?", """
Hi,

My parents (both over 70) are enrolled in 城乡居民医保 in Fengxi County, where
their hukou is. They are staying with me in the city this winter, and my father
may need cataract surgery at the Second People's Hospital here.

1. Do they need to do 异地就医备案 first, or does it count as "local" because
   Fengxi is one of the city's own counties?
2. If a 备案 is needed, can I do it for them in the 国家医保服务平台 app, or do
   they have to go back to the county?
3. Will the reimbursement rate be lower than at the county hospital?

Thanks,
Karen Liu
""", ("consultation", "no", "-", "Healthcare Security Bureau", "normal", "en", "mixed"))

form(56, "land-lost-pension", "2026-11-25T09:15:00+08:00", "Zhong Pinghe", "139 0000 7314", "", False,
     "Land-lost farmer pension",
     "I'm 58 and my land was taken in 2024. Can I still join the city pension scheme? How many years must I pay?",
     "Xitang",
     ("consultation", "no", "-", "Human Resources and Social Security Bureau", "normal", "en", "short"))

mail(57, "no-follow-up", "2026-11-26 08:30", "程", "cheng.qiaotou@example.net",
     "不用回访了", """
上次反映的邻居占路晒谷子的事，我们自己商量好了，不用再派人来了，谢谢。
——程
""", ("information", "no", "-", "none", "normal", "zh", "short"))

mail(58, "bridge-crack", "2026-11-27 07:02", "xiao fu", "fu.xt.grid@example.com",
     "crack bridge in xiatang village danger for students", """
hello mayor office,

i am grid worker in xiatang village. the small concrete bridge over the canal
near primary school have big crack in middle beam, yesterday i see one piece
of concrete fall in water and the steel bar is showing out. every moring about
60 studends walk on this bridge, also tractor and small truck still pass.

i put warning sign by myself but people not listen. pls send somebody check it
and close for truck before something happen, i am very worry.

contact me 150 0000 2607 (xiao fu)
""", ("demand", "no", "-", "Transport Bureau", "high", "en", "typos"))

mail(59, "ebike-charging", "2026-11-28 15:25", "林晓东", "lin.xd@guiyuan-wy.example",
     "老旧小区电动车充电的几点建议", """
我在城里一个老小区做物业经理，小区是九十年代建的，八栋楼，没有地下室。电动车充电是我们最头疼的事：住户从五楼吊电线下来，或者把车推进楼道充，我们一劝就吵，每年冬天都提心吊胆。

建议市里：
一、对老旧小区建集中充电棚给点补贴。很多小区有空地，缺的是钱和电力增容的手续；
二、电力增容报装开个绿色通道，我们去年报了一次，前后跑了五个月；
三、楼道充电到底谁来罚，出个明确的规定。物业只能劝，没有执法权。

这几条落实了，比我们贴一百张告示管用。

桂苑小区物业服务中心  林晓东  0731-0000-5582
""", ("suggestion", "no", "-", "Housing and Urban-Rural Development Bureau", "normal", "zh", "-"))

mail(60, "cadre-forms", "2026-11-30 22:22", "", "cunwei.9nian@example.org",
     "一个村干部关于填表的建议", """
我在村委会干了九年，想提个建议。名字就不署了，说出来怕镇里觉得我在发牢骚。

上个月我数了一下，我们村两委五个人，一个月要填、要报的表格、台账、截图一共四十一种。同一份人口数据，民政要一份，卫健要一份，综治要一份，格式还各不相同。“入户走访”的照片一户要拍三张，不同角度。真正坐下来跟老百姓拉家常的时间，一个星期凑不出半天。

能不能把各部门要的基础数据统一到一个平台，填一次大家共用？工作群也少建几个吧，我手机里有二十六个工作群。

谢谢。
""", ("suggestion", "yes", "b", "Municipal Government Office", "normal", "zh", "-"))


# ---------------------------------------------------------------- writers

def crlf(text):
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def text_to_html(body):
    paras = body.split("\n\n")
    out = []
    for p in paras:
        lines = [html.escape(x) for x in p.split("\n")]
        out.append("<p>" + "<br>\n".join(lines) + "</p>")
    return ("<html>\n<head><meta charset=\"utf-8\"></head>\n<body>\n"
            + "\n".join(out) + "\n</body>\n</html>\n")


def hdr(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode(linesep="\r\n")


def build_eml(L):
    dt = datetime.datetime.strptime(L["when"], "%Y-%m-%d %H:%M").replace(tzinfo=TZ)
    domain = L["addr"].split("@", 1)[1]
    from_h = formataddr((L["name"], L["addr"])) if L["name"] else L["addr"]
    headers = [
        "From: " + from_h,
        "To: mayor@city.example",
        "Subject: " + hdr(L["subject"]),
        "Date: " + format_datetime(dt),
        "Message-ID: <%s.%s%03d@%s>" % (dt.strftime("%Y%m%d%H%M"), WRITER, L["num"], domain),
        "MIME-Version: 1.0",
    ]
    body = L["body"] + "\n"
    if L["fmt"] == "plain":
        headers += ["Content-Type: text/plain; charset=utf-8",
                    "Content-Transfer-Encoding: 8bit"]
        payload = body
    elif L["fmt"] == "html":
        headers += ["Content-Type: text/html; charset=utf-8",
                    "Content-Transfer-Encoding: 8bit"]
        payload = text_to_html(L["body"])
    else:
        b = "=_%s_%03d_alt" % (WRITER, L["num"])
        headers += ['Content-Type: multipart/alternative; boundary="%s"' % b]
        payload = ("This is a multi-part message in MIME format.\n\n"
                   "--%s\n"
                   "Content-Type: text/plain; charset=utf-8\n"
                   "Content-Transfer-Encoding: 8bit\n\n%s\n"
                   "--%s\n"
                   "Content-Type: text/html; charset=utf-8\n"
                   "Content-Transfer-Encoding: 8bit\n\n%s\n"
                   "--%s--\n") % (b, body, b, text_to_html(L["body"]), b)
    return (crlf("\n".join(headers)) + "\r\n\r\n" + crlf(payload)).encode("utf-8")


def build_json(L):
    obj = {
        "id": "%s-%03d" % (WRITER, L["num"]),
        "submitted_at": L["when"],
        "name": L["name"],
        "phone": L["phone"],
        "email": L["email"],
        "anonymous": L["anonymous"],
        "title": L["title"],
        "content": L["content"],
        "district": L["district"],
    }
    return (json.dumps(obj, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def main():
    outdir = os.path.join(HERE, "letters")
    os.makedirs(outdir, exist_ok=True)
    for f in os.listdir(outdir):
        if f.startswith(WRITER + "-"):
            os.remove(os.path.join(outdir, f))
    nums = [L["num"] for L in LETTERS]
    assert nums == list(range(1, len(LETTERS) + 1)), nums
    rows = ["path\tcategory\tconfidential\treason\tdepartment\tpriority\tlanguage\thard"]
    for L in LETTERS:
        ext = "eml" if L["kind"] == "eml" else "json"
        fname = "%s-%03d-%s.%s" % (WRITER, L["num"], L["slug"], ext)
        data = build_eml(L) if ext == "eml" else build_json(L)
        with open(os.path.join(outdir, fname), "wb") as fh:
            fh.write(data)
        rows.append("\t".join(["letters/" + fname] + list(L["labels"])))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(rows) + "\n")
    print("wrote %d letters" % len(LETTERS))


if __name__ == "__main__":
    main()
