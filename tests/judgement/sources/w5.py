#!/usr/bin/env python3
"""Writer w5: 60 letters for mayorbox's judgement corpus (issue 11, round b).

Voices: elderly residents (some dictating to grandchildren), people with
disabilities and their carers, residents of urban villages under demolition,
rural elderly on small pensions, returned overseas Chinese elders.

Run `python3 gen.py`: writes letters/ and labels.tsv next to this file.
Standard library only, deterministic (no randomness, no clock).
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
WRITER = "w5"

LETTERS = []


def L(num, slug, kind, when, name, addr, subject, body, cat, conf, reason,
      dept, prio, lang, hard, phone="", anonymous=False, district=""):
    LETTERS.append(dict(num=num, slug=slug, kind=kind, when=when, name=name,
                        addr=addr, subject=subject, body=body.strip("\n"),
                        cat=cat, conf=conf, reason=reason, dept=dept,
                        prio=prio, lang=lang, hard=hard, phone=phone,
                        anonymous=anonymous, district=district))


# ---------------------------------------------------------------- 001-010
L(1, "lift-old-block", "eml", "2026-09-03 19:42", "周雨桐", "zhouyt2005@example.com",
  "东湖苑7栋加装电梯的事，请帮帮忙", """
市长您好：

我是东湖苑小区7栋的住户，今年八十一了，这封信是我孙女帮我打的字，我说她打。

我们这栋楼是九几年的老房子，六层，没有电梯，我住五楼。老伴前年走了，儿子在深圳上班，一年回来一次，孙女在这边读大学，周末才来看我。以前我一天能上下好几趟，买菜、去社区量血压，现在膝盖不行了，上一次楼要歇三回，上个月在四楼转角差点摔下去，幸好对门小刘扶了我一把。

去年社区说老楼可以加装电梯，政府还有补贴，我们楼里十二户有十户签了字，钱也凑得差不多了。可是一楼两户一直不同意，说挡光、说吵，开了三次协调会都没结果，后来就没人再提了。设计图纸都出了，施工队也问好了，就卡在这里，快一年了。

我不是要怪一楼的邻居，人家也有难处。可是我们楼上这几个老的，三楼的老陈坐轮椅，已经两年没下过楼了。我就想问问，这种情况政府能不能出面再协调一次，或者有什么别的办法，让这个电梯能装上。我这把年纪，也不知道还能等几年。

麻烦你们了。

周桂芬（孙女 周雨桐 代写）
电话 137 0000 2468
""", "demand", "no", "-", "Housing and Urban-Rural Development Bureau", "normal", "zh", "-")

L(2, "grandma-old-age-allowance", "eml", "2026-09-05 08:15", "Kevin Lin", "kevin.lin@example.net",
  "Question about the old age allowance for my grandma", """
Hello,

I'm writing on behalf of my grandmother, Mrs. Lin Shuzhen, who turned 80 in August. She doesn't read English and her eyesight is poor, so she asked me to send this. (I study in Melbourne, which is why this is in English, sorry.)

A neighbour told her that people over 80 in the city get a monthly allowance (高龄津贴?). Nobody from the community has mentioned it to her. Could you tell us:

1. Is there such an allowance, and from what age?
2. Does she have to apply, or is it automatic once her ID shows she is 80?
3. What documents would she need, and where does she go? She lives alone in Qinghe Lane, near the old grain station, and walking far is hard for her.

If someone can call her, please speak slowly and a bit loud - her landline is 0599-0000-3382 (she doesn't use WeChat).

Thank you very much,
Kevin Lin (grandson)
""", "consultation", "no", "-", "Civil Affairs Bureau", "normal", "en", "-")

L(3, "nangang-measuring", "eml", "2026-09-08 21:03", "", "ng3zu.cunmin@post.example",
  "南岗村拆迁丈量的事想请领导看看", """
领导：

我是南岗村三组的村民，七十三岁了。村里今年拆迁，按面积补偿，这个大家都没意见。丈量是村里带着测量公司一户一户量的。

我家两层半，量出来一百八十几个平方。隔壁马家跟我家一样的地基、一样的层数，量出来三百一十个，听说院子里的鸡棚、猪圈都算进去了，还是按住房算的。马家的儿媳妇是书记的亲妹妹。还有村口那间去年才搭的铁皮房，不住人，也是书记家一个远房亲戚的，也按住房补了。

我们去问，书记说测量是公司量的，跟他没关系。可是量马家那天，他一上午都在马家院子里坐着喝茶，好几个人都看见了。

我年纪大了，不想闹。就是觉得不公平，村里好几户老人都这么说，都不敢出头。能不能请上面派人来重新量一下，看看到底是怎么回事。

南岗村一村民
""", "complaint", "yes", "a", "Discipline Inspection Commission", "normal", "zh", "indirect")

L(4, "senior-card-bus", "eml", "2026-09-09 07:20", "", "laoqian1949@example.org",
  "老年卡", """
请问老年卡坐公交是全天免费还是早上九点以后才免费？谢谢
""", "information", "no", "-", "Transport Bureau", "normal", "zh", "short")

L(5, "hukou-return-malaysia", "eml", "2026-09-10 10:30", "Tan Kok Leong", "tankl.penang@mail.example",
  "Restoring household registration after returning from Malaysia", """
Dear Sir or Madam,

My name is Tan Kok Leong (陈国良). I was born in this city in 1951 and left for Malaysia with my parents in 1962. I worked in Penang as a teacher for forty years and now, at seventy-five, I have come back to live with my younger sister in the old family house on Yulan Road. My wife passed away last year and my children are grown.

I hold a Malaysian passport. I still have a page of my childhood household booklet, very yellow now, and a letter from the primary school I attended.

I would like to know whether it is possible for me to settle here permanently, and what the steps are. Do I apply for permanent residence as a foreigner, or is there a special procedure for returned overseas Chinese (归侨)? Which office should I visit first, and do my documents need to be translated or notarised?

I am not in a hurry, but at my age I would like to do things in the proper order.

With respect,
Tan Kok Leong
+86 135 0000 7719
""", "consultation", "no", "-", "Public Security Bureau", "normal", "en", "-")

L(6, "muddy-tap-water", "eml", "2026-09-12 16:48", "杨德贵", "yangdegui@example.com",
  "我们村的自来水很混", """
政府领导你们好，我是柳塘村的老杨，今年七十了，字写的不好是用手机语音打的，有错字请原谅。

我们村的自来水从上个月下大雨以后就一直混，放出来是黄的，像泥汤一样，要放好久才清一点，烧开了壶底一层沙。村里年青人都出去打工了，剩我们这些老人，桶装水扛不动，只好沉殿了再用。我老伴肠胃不好，以经拉了两回肚子。

找过村里，村里说是水厂的管子的问题，叫我们打电话，打了水厂又说是村里的管子，踢来踢去。能不能派人来看一看，是不是那里管子破了进泥了。

柳塘村五组 杨德贵
电话 139 0000 5172
""", "demand", "no", "-", "Water Affairs Bureau", "normal", "zh", "typos")

L(7, "nurse-night-shift", "eml", "2026-10-16 09:05", "韩秀英", "hanxiuying@inbox.example",
  "反映市第三人民医院骨科病房一名护士", """
我儿子今年三十四岁，脑瘫，不能说话，坐轮椅，一直是我和他爸爸照顾。上周他摔伤了腿，在市第三人民医院骨科住院，12床。

10月14号晚上大概十点，输液快完了，我按了三次铃都没人来，只好推着输液架去护士站找。当班的是个年轻女护士，胸牌是0376号，她正坐着看手机。我说液快没了，她头都没抬，说"急什么，又不会死"。后来她来换药，我儿子害怕，手一直乱动，她就大声骂他"再动就给你绑起来"，还真拿了约束带要绑，被我拦住了。我儿子吓得一晚上没睡，第二天看见穿白衣服的就哭。

我们这样的家庭，到医院本来就难。我不求别的，就希望医院管一管这个护士，别再这样对病人。

患者家属 韩秀英
电话 158-0000-3307
""", "complaint", "yes", "a", "Health Commission", "normal", "zh", "-")

L(8, "disability-two-subsidies", "json", "2026-09-15 12:40", "宋立新", "songlx@example.net",
  "残疾人两项补贴怎么申请", """
您好，我母亲今年六十六岁，去年中风以后左边身子不能动，今年办了残疾证，肢体二级。听说残疾人有生活补贴和护理补贴，请问我母亲这个情况能不能申请？她有退休金，一个月两千出头，是不是有退休金就不能领了？要去哪里办，街道还是区残联？需要带什么材料？我白天上班，能不能网上申请？谢谢。
""", "consultation", "no", "-", "Civil Affairs Bureau", "normal", "zh", "-",
  phone="186 0000 9021", district="桂溪区")

L(9, "route27-low-floor", "eml", "2026-09-16 14:22", "Daniel Huang", "d.huang@example.org",
  "Suggestion: more low-floor buses on Route 27, and ramps that work", """
Hello,

I use a wheelchair (spinal injury, 2019) and I live near Jinsha Bridge. I take Route 27 to the rehabilitation centre twice a week. Out of every five buses that come, maybe one is a low-floor bus with a ramp, and even then the ramp is sometimes stuck and the driver has to give up. The drivers are kind, I want to say that clearly; it is not their fault.

I would like to suggest:
- publishing which trips on each route use accessible buses, so we can plan instead of waiting an hour at the stop;
- checking the ramps regularly as part of bus maintenance;
- on routes that pass hospitals and rehab centres, making every bus low-floor when the fleet is renewed.

Many older people with walkers and shopping trolleys would benefit too, not only wheelchair users.

Thank you for reading.
Daniel Huang
""", "suggestion", "no", "-", "Transport Bureau", "normal", "en", "-")

L(10, "thanks-officer-li", "eml", "2026-10-05 10:10", "鄭美蓮", "zheng.meilian@family.example",
  "感謝城西派出所的李振華警官", """
市長您好：

本人姓鄭，今年七十九歲，早年僑居印尼，一九八零年代回國定居。上個月２３號傍晚，我先生（有失智症）一個人出門散步沒有回來，我急得不得了，打了１１０。

城西派出所的李振華警官接警以後，帶着兩位同事找了三個多鐘頭，最後在河邊公園的長椅上找到了他，身上只穿一件薄衣服。李警官還脫下自己的外套給他披上，送我們回家；第二天又打電話來問情況，教我給先生做一張寫有電話的小卡片掛在身上。

我們兩老沒有子女在身邊，心裏非常感激，特寫此信，請政府表揚李警官。

鄭美蓮　敬上
電話：１３６　００００　４８１２
""", "information", "no", "-", "Public Security Bureau", "normal", "zh", "fullwidth")

# ---------------------------------------------------------------- 011-020
L(11, "shiqiao-resettlement", "eml", "2026-11-03 20:16", "谭有福", "tanyoufu@example.net",
  "回迁房拖了快三年，过渡费也停了", """
市长你好，

我们是原石桥村的拆迁户，2023年签的协议，说好两年交回迁房，到现在快三年了，楼才盖到一半，工地停了大半年。我和老伴在外面租房子，一个月一千五，以前街道每月发过渡费，从今年七月开始就没有了。

我八月份在12345上反映过一次，收到的回复是这样的：

——————
"您好，经核实，石桥片区安置房项目因施工单位资金问题暂时停工，街道正积极协调，预计年底前复工。过渡安置费发放事宜正在研究中，请耐心等待。"
——————

现在都十一月了，工地上还是一个人都没有，过渡费也没研究出来。我们都是七十多岁的人了，村里一起搬出去的老人，已经有两个没等到回迁就走了。

我们不是不讲理，就是想要个准话：房子到底什么时候能交？过渡费什么时候补发？

原石桥村村民 谭有福
手机 133 0000 6150
""", "demand", "no", "-", "Housing and Urban-Rural Development Bureau", "normal", "zh", "quoted")

L(12, "xinwu-lane-fire-lane", "json", "2026-09-18 22:31", "", "",
  "新屋村北巷有人加盖房子把消防通道堵了", """
我们新屋村北巷３号旁边，最近有一户在自家房子边上加盖了一间两层的铁皮房，把巷子占了一大半，现在巷子只剩不到１米宽，消防车肯定进不来，老人坐轮椅也过不去。去年这条巷子着过一次火，还是大家拎水桶扑灭的。请城管来看看，该拆就拆。我是附近住户，都是一个村的，不方便留名字。
""", "demand", "yes", "b", "Urban Management Bureau", "normal", "zh", "fullwidth",
  anonymous=True, district="北湖区")

L(13, "gas-cylinders-basement", "eml", "2026-09-20 07:55", "", "xinghuali18@example.com",
  "楼下饭店地下室放了很多煤气罐，楼道里有煤气味", """
你好，我住在杏花里18号楼，一楼是一家湘菜馆。这几天我下楼倒垃圾，看到饭店后门通地下室的门开着，里面堆了二三十个液化气罐，有的就靠着配电箱。昨天晚上开始楼道里一直有股煤气味，今天早上更重了。我们楼里住的大多是老人，还有一家刚生了小孩。

我跟饭店的人说过，他们说没事，天天都这样。我七十多了，不懂这些，就是害怕。请你们赶快派人来查一下。

这个事请别说是我打的电话，我们做邻居二十多年了，老板一家平时对我也不错。

电话 150 0000 2239（白天都在家）
""", "demand", "yes", "b", "Emergency Management Bureau", "high", "zh", "-")

L(14, "care-home-bruises", "eml", "2026-09-22 23:48", "Grace Ong", "grace.ong@mail.example",
  "Concern about my mother's care at Yiheyuan Senior Home", """
Dear Mayor's Office,

My mother, 84, has lived at the Yiheyuan Senior Home (a private care home on Cuiping Road) since March. I live in Singapore and visit every two months; in between, a cousin looks in on her.

On my last visit I found bruises on both of her wrists. The staff said she had fallen. My mother has advanced dementia, but she told me several times, "they tie me at night." Her room smelled of urine, the sheets had not been changed, and she has lost about six kilos since summer. Two other families I spoke to in the corridor had similar worries.

I would ask that someone from the authorities inspect the home, unannounced if possible, and also at night.

I hesitated for weeks before writing this. My mother cannot move anywhere else right now - there is a long waiting list - and I am not there to protect her. If the staff become angry with her because of a letter like this, she is the one who will pay for it.

Thank you,
Grace Ong
""", "demand", "yes", "c", "Civil Affairs Bureau", "normal", "en", "-")

L(15, "shangba-rental-wiring", "eml", "2026-09-24 15:12", "", "waipo.helper@example.org",
  "出租屋电线的问题", """
您好，我今年六十八，老家在乡下，来城里帮女儿带孩子。女儿女婿一家租住在上坝村12巷的一栋出租楼里，五楼。

这栋楼住了二十几户，电线都是房东自己拉的，楼道里的线像蜘蛛网一样挂着，电表箱没有盖子，线头露在外面。楼里的电动车都在一楼楼梯口充电，晚上一排。我跟房东提过两次，他说要换自己换，不想住就搬。

房东是村主任的侄子，这一片的楼都是他们家的。听说以前有一家去村里反映过，后来那家就被通知不续租了。我女儿刚在附近找了工作，外孙也在附近上幼儿园，要是搬走就麻烦了。

我只是想问问，这种楼有没有人管，能不能派人来检查一下电线。求你们了。

电话 176 0000 8833
""", "demand", "yes", "c", "Housing and Urban-Rural Development Bureau", "normal", "zh", "indirect")

L(16, "hebei-square-wages", "eml", "2026-09-26 18:30", "王福生", "wangfusheng65@example.net",
  "工钱的事", """
领导好，我是河背村的村民王老三，大名王福生，六十五岁。去年村里修文化广场，包工头姓曾的叫我们村里几个老人去帮忙搬砖拌沙浆，说好一天一百二，干了四十几天，到现再还有四千八没给。我们去要了好几回，他说村里钱还没拔下来，村里又说早就给他了。

我们这些老头子没签什么和同，就是口头说的，不知道这样能不能要回来。我儿子现在还跟着曾老板在外面工地上干活，我怕闹大了他不要我儿子了，所以一直不敢硬要。能不能帮我们问问。

电话 139 0000 6624 王福生
""", "demand", "yes", "c", "Human Resources and Social Security Bureau", "normal", "zh", "typos")

L(17, "grid-worker-cigarettes", "eml", "2026-09-29 11:02", "张玉兰", "zhangyl.huaiyin@example.com",
  "低保申请的事", """
您好，我家老头子今年七十六，我七十三，两个人都没有退休金，就靠种点菜和女儿每个月给的三百块。女儿是离了婚的，自己也难。

今年春天社区说我们可以申请低保，负责我们这片的网格员小吕来家里看了一次，说材料没问题，就是"上面审得严"。第二次来，他看着柜子上女婿以前放的两条烟，说"这个好烟啊"，我老头子就让他拿走了。后来他又打电话说评议会上有人有意见，还得"再做做工作"，说别的户都表示过了。我们实在拿不出什么了。

到现在半年了，还没批下来。隔壁那家儿子开货车的，倒是批了。

我们也不知道该不该写这个信。请领导看看。

槐荫社区6栋 张玉兰
""", "complaint", "yes", "a", "Discipline Inspection Commission", "normal", "zh", "indirect")

L(18, "rural-pension-topup", "eml", "2026-10-02 09:37", "李", "lao.li.1964@post.example",
  "请问养老保险还能不能补交", """
请问一下，我今年六十二岁，农村户口，以前一直没交养老保险，现在每个月只领一百多块前的基础养老金。听村里人说可以一次性补交，补了以后每个月能多领一点，是真的吗？

要补多少钱，去那里补，是镇上还是县里？我身份证户口本都有，还要代什么？我儿子说网上能交，我不会弄手机。

还有我老伴今年五十九，她是不是应该现在就交，交到几岁为止？

麻烦告诉一下，谢谢了。
老李 电话 187 0000 3406
""", "consultation", "no", "-", "Human Resources and Social Security Bureau", "normal", "zh", "typos")

L(19, "benches-at-stops", "json", "2026-10-04 06:58", "吴", "",
  "建议公交站多放几张椅子", """
我每天早上坐公交去公园，像青年路口、新华书店这几个站，站台上一张凳子都没有，我们老年人腿脚不好，等车十几分钟站不住，有的就坐在马路牙子上，很危险。建议在老人多的站台装几张座椅，或者那种能靠一靠的扶手也行，花不了多少钱。

另外说一句，我是退休工人，写这个不为别的，请不要登我的名字，也别让报社来采访，我不喜欢出头。
""", "suggestion", "yes", "b", "Transport Bureau", "normal", "zh", "-",
  phone="135-0000-7288", district="红星区")

L(20, "guard-wheelchair-pickup", "eml", "2026-10-06 17:44", "唐浩", "tanghao.dev@example.com",
  "小区保安不让车进来接我奶奶", """
你好，我奶奶今年八十八，腿脚不便，坐轮椅，住在丽景花园11栋。每个月要去医院复查一次，我开车来接她。小区规定外来车辆不能进，这个我理解，可是11栋离大门有四百多米，还有一段坡，推轮椅很难。

我跟门岗的保安说明情况，请他放行五分钟，上下车就走，他就是不让，说"轮椅又不是我们的事"，还让我把车挪远点，不然拍照发到业主群里。上上周下雨，我奶奶在门口淋着等了半天。找物业经理，电话一直打不通。

能不能请相关部门跟物业说一下，对接送老人、残疾人有个通融的办法。

孙子 唐浩 电话 189 0000 1475
""", "demand", "no", "-", "Housing and Urban-Rural Development Bureau", "normal", "zh", "-")

# ---------------------------------------------------------------- 021-030
L(21, "deaf-wife-window14", "multi", "2026-10-22 21:15", "Martin Shaw", "m.shaw@example.net",
  "Complaint about a clerk at the Xiyuan service hall, window 14", """
To whom it may concern,

My wife Wang Li is profoundly deaf; I am her husband and carer, a British citizen who has lived here for eleven years. On 21 October we went to the Xiyuan District government service hall to renew one of her disability-related certificates, at window 14.

My wife communicates by writing and by reading lips. She handed the clerk - a man in his forties with glasses, his badge showed the surname Gao - a note explaining that she is deaf. He pushed the note back without reading it, and when she tried to speak he laughed and said something to the clerk beside him that made them both laugh. When I tried to help in my limited Chinese, he said the window "doesn't serve foreigners" and called the next number. We had waited ninety minutes.

My wife came home and cried. She has dealt with a great deal in her life, but this humiliated her.

We would like the service hall to look into this clerk's behaviour, and for someone to help her complete the renewal properly.

Yours faithfully,
Martin Shaw
+86 138 0000 5960
""", "complaint", "yes", "a", "Administrative Approval Bureau", "normal", "en", "-")

L(22, "museum-holiday-hours", "html", "2026-09-24 13:05", "Sophie Liang", "sophie.liang@example.com",
  "Opening hours of the Overseas Chinese History Museum?", """
Hi,

My grandfather is 86 and came back from Indonesia in 1960. He would love to visit the Overseas Chinese History Museum while I'm home for the National Day holiday.

Could you tell me the opening hours during the holiday, whether we need to book tickets in advance, and whether there is a wheelchair we can borrow there? Also, is there a drop-off point near the entrance? He can walk a little, but not far.

Thanks a lot!
Sophie Liang
""", "information", "no", "-", "Culture and Tourism Bureau", "normal", "en", "-")

L(23, "dongba-night-factory", "eml", "2026-10-08 06:12", "孙", "sunlaoban1952@example.org",
  "举报：厂子半夜开机器，吵得睡不着", """
我要举报一下，我们村东头那家做铝材的加工厂，这两个月天天晚上开工，从晚上十点多一直到早上四五点，咣咣的冲压声，隔着两道墙都听得清清楚楚。我们家离厂子也就一百来米，我和老伴都七十多了，本来觉就少，现在一晚上睡不了两个钟头，老伴血压都上来了。村里好多户都有意见。

白天开我们不说什么，能不能让他们晚上别开。

东坝村 老孙 电话 131 0000 8850
""", "demand", "no", "-", "Ecology and Environment Bureau", "normal", "zh", "-")

L(24, "psychiatric-disability-card", "eml", "2026-10-09 22:40", "", "mama.of.xiaojing@example.net",
  "想问一下精神残疾证的事", """
您好，我想咨询一下。我女儿二十九岁，前几年得了精神分裂症，一直在吃药，现在病情稳定，但是没法正常上班，在家里待着。我和她爸都六十多了，退休金不多，担心以后我们走了她怎么办。

听说精神方面的病也可以办残疾证，办了以后有补贴。请问要到哪家医院做鉴定？鉴定要多久？办了证会不会记在什么档案里，以后她找工作、结婚会不会被人知道？

这个事我们连亲戚都没讲过，女儿自己也很敏感。麻烦你们回复的时候打我的手机，不要打家里座机，也不要让社区的人上门来问。谢谢。

手机：152 0000 6091
""", "consultation", "yes", "b", "Civil Affairs Bureau", "normal", "zh", "-")

L(25, "chengguan-vegetable-basket", "eml", "2026-11-05 20:20", "陈晓", "chenxiao.fl@example.com",
  "城管踢翻我爷爷的菜筐", """
市长您好，我替我爷爷写这封信。我爷爷七十九岁，住在枫林村，家里种了点青菜，每周三、周六早上挑到镇上菜市场外面的路边卖，一次也就卖个几十块钱。

11月4号早上七点多，城管的车开过来，车牌尾号237，下来三个穿制服的。其中一个高个子，没说几句就一脚把我爷爷的菜筐踢翻了，菜撒了一地。我爷爷去捡，他又把筐子拎起来扔到车上拉走了。我爷爷蹲在地上半天起不来，是旁边卖菜的阿姨把他扶起来的。

我知道在路边摆摊不对，可以好好说，可以罚款，为什么要踢、要抢？我爷爷这辈子没跟人红过脸，回来一句话也不说，饭也没吃。

请领导查一下那天早上是谁，给个说法。

孙女 陈晓 电话 181 0000 3927
""", "complaint", "yes", "a", "Urban Management Bureau", "normal", "zh", "-")

L(26, "taoyuan-elderly-canteen", "json", "2026-10-11 10:26", "邓金花", "",
  "建议在安置小区办个老年食堂", """
我们桃源安置小区是前几年三个村拆迁合并过来的，六十岁以上的老人差不多有四百多个，好多是老两口自己住，子女在外面上班。老人做饭不方便，有的一天就煮一锅面吃三顿。听说别的区已经有社区老年食堂，一顿饭十来块钱，还有补贴。建议我们小区也办一个，地方可以用一楼那间空着的集体活动室，原来村里的几个大姐都愿意来帮忙做饭。请领导考虑。
""", "suggestion", "no", "-", "Civil Affairs Bureau", "normal", "zh", "-",
  phone="+86 158 0000 2714", district="江湾区")

L(27, "health-lecture-scam", "eml", "2026-10-12 19:50", "Jason Zhou", "jzhou@example.org",
  "Please stop the \"health lectures\" that are cheating old people", """
Hello,

My grandfather is 81 and lives on Wutong Street. For the past month a group has been renting the empty shop at No. 45 and giving daily "health lectures" to elderly people. They hand out free eggs and noodles to get them in, then sell "magnetic mattresses" and "imported enzyme drinks" which they claim cure diabetes and high blood pressure.

Grandpa has spent over 19,000 yuan there, nearly all his savings, and he has stopped taking his blood pressure pills because they told him the drink works better. When my mother went to ask for a refund, two young men blocked the door and said the sales were "voluntary".

Dozens of old people go there every morning. Please send someone to check on them. I have photos of the products and the receipts if needed.

Jason Zhou
177 0000 4081
""", "demand", "no", "-", "Public Security Bureau", "normal", "en", "-")

L(28, "returnee-medical-insurance", "html", "2026-10-13 15:33", "Richard Lau", "lau.zb@example.com",
  "Can a returned overseas Chinese join the resident medical insurance?", """
Good afternoon,

I am 72, born in this province, and lived in Vancouver for 38 years. I have Chinese nationality again - I gave up Canadian citizenship last year - and my household registration was restored in this city in July (Baiyun sub-district).

My question is about medical insurance. I am not covered by any employer scheme here. Can I join the urban and rural residents' medical insurance now, in the middle of the year, or must I wait for the annual enrolment period? Is there a waiting period before I can claim? And if I spend a few months a year with my daughter in another province, can I use the card there?

I have some heart trouble, so I would like to sort this out soon.

Many thanks,
Richard Lau (刘振邦)
""", "consultation", "no", "-", "Healthcare Security Bureau", "normal", "en", "-")

L(29, "hongqiao-registration-window", "eml", "2026-10-14 08:47", "Somchai Wu", "somchai.wu@example.net",
  "My experience at the Hongqiao police station registration window", """
Dear Sir/Madam,

I returned from Thailand in April to retire, and I have been trying to complete my household registration at the Hongqiao police station since June. I have been there six times.

Each time, the officer at the registration window - the same young officer, number 0815 on his badge - finds one more paper missing. First it was a translation, then a notarised translation, then a letter from my old village. Last time my nephew came with me. The officer took him aside and told him that "things move faster if the family shows some understanding", and that "other returned people know how it works". He also mentioned a restaurant near the station where he "often has lunch".

I have lived abroad for fifty years and perhaps I misunderstand the customs here now. But I do not think this is how it should be. I would simply like my application to be processed according to the rules.

Respectfully,
Somchai Wu (吴松才)
+86 134 0000 8862
""", "complaint", "yes", "a", "Discipline Inspection Commission", "normal", "en", "indirect")

L(30, "chongyang-hike-weather", "eml", "2026-10-14 16:05", "刘老师", "laonian.hechang@example.com",
  "重阳节登山那天天气怎么样", """
你好，我们老年大学合唱队十几个人，约好重阳节那天去登凤凰山，年纪最大的八十一岁，最小的也六十五了。想问问那天会不会下雨，气温多少度，山上风大不大？要是有雨我们就改天去。谢谢！

老年大学合唱队 刘老师
""", "information", "no", "-", "Meteorological Bureau", "normal", "zh", "-")

# ---------------------------------------------------------------- 031-040
L(31, "falling-wall-tiles", "eml", "2026-10-15 07:12", "孔祥林", "kongxl@post.example",
  "老楼外墙瓷砖往下掉，下面就是上学的路", """
紧急！我住在纺织厂宿舍3栋，这栋楼是八十年代的，外墙贴的白瓷砖。昨天下午刮大风，四楼五楼那块掉下来一大片，砸在楼下人行道上碎了一地，差一点砸到一个推婴儿车的。今天早上又掉了几块。楼下这条路是去纺织路小学的必经之路，早上晚上都是学生和接孩子的老人。

我们楼没有物业，原来的厂子早就改制了，不知道找谁。我在楼下拉了根绳子，放了两把椅子挡着，可是人还是从底下走。请赶快派人来处理，别等砸到人了。

3栋一楼 退休职工 孔祥林 135 0000 9166
""", "demand", "no", "-", "Housing and Urban-Rural Development Bureau", "high", "zh", "-")

L(32, "collective-shares-daughter", "json", "2026-10-17 20:14", "黄永昌", "",
  "村集体股份能不能给出嫁的女儿继承", """
我是原塘头村的村民，我们村前年改成社区了，村集体经济改成了股份经济合作社，我名下有十二股，每年年底分红。我今年七十四，老伴已经不在了，有一个儿子一个女儿，女儿嫁到外地二十多年了，户口也迁走了。我想问问，我百年以后，这个股份能不能一半给女儿？合作社的人说出嫁女不能继承，只能给儿子，这个是国家规定的还是合作社自己定的？我要是现在立个遗嘱有没有用？
""", "consultation", "no", "-", "Agriculture and Rural Affairs Bureau", "normal", "zh", "-",
  phone="182 0000 2255", district="西江区")

L(33, "grandson-back-row", "eml", "2026-10-19 21:33", "", "mingyang.nainai@example.org",
  "反应孙子在学校的情况", """
老师领导你们好，我是韩明阳的奶奶，是用手机说话转文字打的，有错字别见怪。

我孙子明阳在区实验小学三年级二班，他生下来一只耳朵听不见，带助听器。班住任钟老师开学以后把他调到最后一排，说他上课老问同学刚才说什么，影响别人。我去找她，说坐前面他听得清楚，她说"听不清楚就去特殊学校，普通学校又不是为他一个人开的"。上个月开家长会，她当着其他家长的面说班上有个"托后腿的"，大家都知道说的是谁。孩子回来问我，奶奶我是不是笨。

他爸妈在外地打工，我一个老太婆也不懂怎么办。就是想请教育局的领导管一管，孩子不应该被这样对代。

电话 138 0000 7023
""", "complaint", "yes", "a", "Education Bureau", "normal", "zh", "typos")

L(34, "service-hall-for-the-old", "eml", "2026-10-20 10:48", "钱国栋", "qian.guodong@example.net",
  "建议：办事大厅给不会用手机的老人留条活路", """
市长：

我今年七十二，上周去政务服务中心给老伴办点事。一进门，取号要扫码，扫完码要注册，注册要刷脸，刷脸要眨眼，我眨了十几次它都说"请正对屏幕"。旁边的小姑娘说可以在手机上预约，我说我这手机只能打电话，她说那您可以叫子女帮您。我子女在国外，要不我把他们叫回来帮我取个号？

我看大厅里没几个人工窗口，机器倒是一排一排的，挺先进。照这个发展，以后我们老年人是不是得先去老年大学学编程，才有资格办事？

正经说两条建议：一是大厅门口留一个人工取号的地方，给身份证就能取号；二是每个区域安排一个人专门帮老人操作机器。花不了几个钱，老年人少受点罪。

一个落伍的老头 钱国栋
""", "suggestion", "no", "-", "Administrative Approval Bureau", "normal", "zh", "sarcasm")

L(35, "pension-suspended-abroad", "eml", "2026-10-21 09:20", "Zhang Weimin", "zhang.weimin.1948@example.com",
  "My pension was stopped while I was abroad - please help restore it", """
Dear Sir or Madam,

I am a retired engineer from the former No. 2 Machinery Plant, aged 78. Since 2023 I have been spending part of each year with my son in New Zealand. This year I was away from February to September. When I came back I found that my pension had not been paid since June. The bank says the social insurance office suspended it because my annual "qualification certification" was not done.

I did not know it had to be done while abroad; nobody told me, and the app does not accept my face - I have tried ten times. I have now lost four months of pension, and I need it for rent and medicine.

Please can the social insurance office restore my pension and pay the missing months? I can come in person with my passport showing my travel dates.

A second question: my medical insurance card shows as "frozen" too. Is this for the same reason, and will it be unfrozen automatically?

Thank you,
Zhang Weimin
189 0000 3517
""", "demand", "no", "-", "Human Resources and Social Security Bureau", "normal", "en", "two-intents")

L(36, "legal-aid-address", "json", "2026-10-23 08:02", "老周", "",
  "法律援助中心在哪里", """
请问市里的法律援助中心地址在哪里，周六开不开门？我是七十岁的老人，儿子不给赡养费，想去问问怎么告他。坐几路车可以到？
""", "information", "no", "-", "Justice Bureau", "normal", "zh", "-",
  phone="173 0000 5208", district="南城区")

L(37, "accountant-keeps-passbooks", "eml", "2026-10-24 14:36", "邹德厚", "zoudehou@example.org",
  "村会计扣我们老人的钱", """
领导你好，我是石门坎村的，今年七十八岁。我们村六十岁以上的老人，每月的养老金和高龄补贴是打到卡上的，可是存折都在村会计谢某那里"统一保管"，说是怕老人弄丢了。每个月他取了钱再发给我们，发的是现金。

我去年住院，女儿拿我的存折去银行打了流水，才知道卡上每月到账是三百一十五，可会计每个月只给我二百四，一年下来少了九百块。问了村里别的几个老人，都差不多，少五十、少八十的都有。我们去问他，他说扣的是"管理费"和"合作医疗"，可合作医疗我们年初都自己交过了。

我们村二十多个老人，加起来不是小数目。请上面来查一查。

石门坎村 老人 邹德厚
""", "complaint", "yes", "a", "Discipline Inspection Commission", "normal", "zh", "-")

L(38, "guihua-lane-streetlight", "json", "2026-10-25 19:18", "许", "",
  "路灯坏了", """
桂花巷口那盏路灯坏了快一个月，晚上黑乎乎的，老人都不敢下楼。麻烦修一下。
""", "demand", "no", "-", "Urban Management Bureau", "normal", "zh", "short",
  phone="", district="东城区")

L(39, "overseas-will-notary", "eml", "2026-10-27 10:00", "蘇啟明", "so.kaiming@example.net",
  "請問海外房產的遺囑公證", """
您好：

本人蘇啟明，今年八十二歲，原籍本市，一九五八年去了馬來西亞，二零一五年回國定居，現住舊城區的老宅。

我在吉隆坡還有一套小公寓，本市的老宅也在我名下。我有三個子女，兩個在國外、一個在國內。想趁現在頭腦還清楚，把遺囑立好。請問：

１．本市的公證處能不能給海外的房產做遺囑公證？還是要去當地辦？
２．公證的時候子女要不要到場？
３．要帶哪些證件？我的回國證明、戶口本、房產證都有。
４．大概收費多少？

先謝謝了。

蘇啟明
聯繫電話：（１３８）００００－６６３１
""", "consultation", "no", "-", "Justice Bureau", "normal", "zh", "fullwidth")

L(40, "xiawan-valuation-details", "eml", "2026-11-10 20:55", "", "xiawan.villager@inbox.example",
  "拆迁评估的事，我们不敢多问", """
你好，我家在下湾村，这次整村拆迁。评估公司上个月来评估，评估报告到现在都没给我们看，只给了一个总数，叫我们签字。我们问每一项怎么算的，拆迁指挥部的人说"报告是内部的"，要看得走程序，程序是什么又说不清楚。公示栏里贴的是全村的总数，各家的明细一个都没有。

签字的期限是这个月底，说过了期限签的就没有奖励费了。

我和老伴都是七十多的人，不想跟谁作对。村里有两户问得多了，面积复核的时候就被核减了，我们看着心里害怕，怕问多了我们家也被"重新核"。只想请政府督促一下，把每户的评估明细公开，让我们签得明白。

下湾村村民
""", "complaint", "yes", "c", "Housing and Urban-Rural Development Bureau", "normal", "zh", "-")

# ---------------------------------------------------------------- 041-050
L(41, "library-dialect-stories", "eml", "2026-10-28 11:11", "Chong Ah Moi", "chong.ahmoi@example.org",
  "A suggestion for the city library: stories in the old dialects", """
Dear Sir or Madam,

I am seventy-seven, a returned overseas Chinese from Mauritius, and I grew up speaking Hakka at home. Since coming back I go to the city library almost every day. It is a fine library and the staff are very patient with me.

I notice that the children's corner has story times in Mandarin and in English, but nothing in the dialects our grandparents spoke. Many families here come from overseas Chinese villages, and the grandchildren no longer understand their grandparents' songs.

May I suggest a monthly "dialect story hour" - Hakka, Teochew, Hokkien, Cantonese - run by older volunteers? Several friends from the returned overseas Chinese association and I would be glad to volunteer. It needs nothing but a room and a notice on the board.

With best regards,
Chong Ah Moi
""", "suggestion", "no", "-", "Culture and Tourism Bureau", "normal", "en", "-")

L(42, "expired-calcium-tablets", "json", "2026-11-03 18:40", "冯", "fengjie@example.com",
  "药店卖给我妈过期的药", """
我母亲八十岁了，眼睛不好，11月2号在幸福路的康安大药房买了两盒降压药和一瓶钙片，回家我一看，钙片今年8月就过期了，降压药还有一个月到期。我拿着小票去找，店员说"老太太自己买的时候没看吗"，不肯退，还说过期一两个月没关系。这家店门口天天搞老年人会员日，专门拉老人进去买。请市场监管部门查一下。
""", "demand", "no", "-", "Market Regulation Administration", "normal", "zh", "-",
  phone="153 0000 7746", district="临溪区")

L(43, "app-beat-grandma", "eml", "2026-11-04 22:07", "Ethan Xu", "ethan.xu@example.com",
  "Congratulations on the pension app - it has beaten my grandmother", """
Dear Human Resources and Social Security Bureau,

Congratulations. Your pension qualification app has achieved what eighty-three years of floods, famines and my grandfather's cooking could not: it has defeated my grandmother.

Every year she must prove she is alive by showing her face to the app. This year the app decided she is not. We tried three phones, in daylight and lamplight, with and without her glasses, blinking, nodding and opening her mouth as instructed. "Verification failed, please make sure it is you." It is her. I can confirm; I have known her my whole life.

We then went to the social insurance office, where the queue machine told us to use the app.

I understand the need to stop fraud. But surely a living 83-year-old woman sitting at your counter is better proof than an algorithm. Please fix the app for older faces, or let people verify at the counter or the community centre without being sent back to the phone.

Best wishes from a still-living grandmother and her tired grandson,
Ethan Xu
""", "complaint", "no", "-", "Human Resources and Social Security Bureau", "normal", "en", "sarcasm")

L(44, "donate-nursing-bed", "eml", "2026-11-06 09:44", "Margaret Chen", "margaretc@example.net",
  "Where can I donate a wheelchair and a nursing bed?", """
Hello,

My husband passed away in September after a long illness. We have an electric wheelchair (used only one year), a folding wheelchair, a nursing bed with side rails, and some unopened boxes of adult diapers. I would like them to go to someone who needs them rather than to the scrap collector.

Is there a place in the city that accepts such donations - a charity, the disabled persons' federation, a community centre? Do they collect, or must I deliver? I live on the ninth floor and can't move the bed myself.

Thank you,
Margaret Chen
""", "information", "no", "-", "Civil Affairs Bureau", "normal", "en", "-")

L(45, "hearing-aid-insurance", "json", "2026-11-07 13:29", "", "x_huang@example.com",
  "助听器", """
请问配助听器医保能报销吗？我妈八十五了。
""", "consultation", "no", "-", "Healthcare Security Bureau", "normal", "zh", "short",
  phone="", district="")

L(46, "dabaishu-land-money", "eml", "2026-11-08 16:16", "钟", "zhong.dabaishu@example.com",
  "问问土地款的事", """
领导您好。我们是大柏树村一组的，今年村里的地被征了修物流园，听说征地款早就拨到村里了。

我家四亩地，承包证上写得清清楚楚，是当年分给我们承包的，有一亩多是我和老伴开荒开出来的。可是村里开会说，人均一亩多的按人头分，超出的部分"归集体统筹"。我家人少地多，分下来比别人家少了一大截。

另外我女儿嫁到隔壁镇了，户口还在村里，这次说出嫁女没有份。

我们也不是说一定要多少钱，就是村里这个账从来没公开过，开会就是念一遍，谁问谁就是"不顾大局"。村里人都说这个数对不上。我七十岁了，地没了，以后就靠这点钱养老。

大柏树村 钟大爷 139 0000 4410
""", "demand", "no", "-", "Agriculture and Rural Affairs Bureau", "normal", "zh", "indirect")

L(47, "four-hours-cardiology", "eml", "2026-11-10 12:02", "Lukas Berger", "lukas.berger@example.org",
  "Four hours at the Central Hospital with a 90-year-old - is this normal?", """
Hello,

I'm German, married to a Chinese woman, and I help care for her grandmother, who is 90 and uses a walker.

On 9 November we took her to the Municipal Central Hospital for a cardiology follow-up. We arrived at 7:30 with an appointment for 9:00. We saw the doctor at 11:40. During those four hours there was nowhere for her to lie down, the seats near the cardiology rooms were all taken, and the only accessible toilet on that floor was locked "for repair" - the sign looked months old. She had to wait until we found another toilet two floors down.

Nobody was rude. The nurses were overwhelmed; everyone was. I'm not complaining about any person. But the booking system clearly puts far more patients into each time slot than can be seen, and elderly people pay the price.

Could the hospital look at its appointment scheduling and make sure accessible toilets are actually open? A few reserved seats for very old patients would also help.

Regards,
Lukas Berger
""", "complaint", "no", "-", "Health Commission", "normal", "en", "-")

L(48, "market-day-bus", "eml", "2026-11-11 07:35", "罗", "luo.baishi@post.example",
  "建意乡村公交赶集日加班", """
我是三溪镇白石村的，今年六十七。我们村到镇上的公交一天只有三班，早上七点，中午十二点，下午四点。已前人少还好，现在逢三逢八赶集的日子，老人都要去镇上买东西、看病，早上那班车挤的门都关不上，有的老人等到中午才上的去，买完东西又要等到四点才能回来。

建意赶集日早上多加一两班车，下午也早一点加一班。还有车站那里能不能搭个棚，下雨天老人在露天等车，淋的一身湿。

谢谢领导。白石村 老罗
""", "suggestion", "no", "-", "Transport Bureau", "normal", "zh", "typos")

L(49, "lift-16-days-wheelchair", "multi", "2026-11-13 08:50", "Helen Zhao", "helen.zhao@example.com",
  "Lift broken for 16 days - my brother in a wheelchair is stuck on the 7th floor", """
To the Mayor's Office,

I am the carer for my brother, who is 52, paralysed from the waist down, and lives with me in Block 4 of Jiangnan Garden (the old estate by the river, managed by Huitong Property). The building's only lift stopped working on 28 October. Sixteen days later it is still not repaired.

The property management company first said a part was on order, then that the owners' committee has to approve the cost from the maintenance fund, and now they do not answer the phone at all. My brother has missed two physiotherapy sessions and one hospital check-up. Last week two neighbours and I carried him down seven flights in his chair, which was dangerous for everyone.

There are also at least five old people in the building who have not been out since the lift stopped.

Please make the property company repair the lift, or tell us who can make them.

Thank you,
Helen Zhao
+86 136 0000 2297
""", "demand", "no", "-", "Housing and Urban-Rural Development Bureau", "normal", "en", "-")

L(50, "closed-without-visit", "html", "2026-10-26 19:25", "马淑珍", "hongda.waisun@example.net",
  "12345说办结了，可是根本没人联系我", """
市长信箱：

9月下旬我打12345反映我们小区门口的下水道冒水的事，工单号我也记着。过了十天，我收到一条短信：

> 【12345】您反映的问题已办结，承办单位答复：经现场查看，该处排水设施运行正常，无积水现象。感谢您对我们工作的支持。

我一看就火了。根本没有人来过，没有人给我打过一个电话，门口的水现在还在冒，臭得很，我每天下楼买菜都要踩着砖头过去。回访电话打来问我满意不满意，我说不满意，说会重新处理，到现在又过了半个月，还是没动静。

我七十五岁了，不会上网，这封信是外孙帮我发的。我就想问：你们这个办结是怎么办结的？不能电话里说说就算了。

宏达新村 老居民 马淑珍
""", "complaint", "no", "-", "Municipal Government Office", "normal", "zh", "quoted")

# ---------------------------------------------------------------- 051-060
L(51, "carer-residence-permit", "eml", "2026-11-14 21:40", "Maricel Santos", "maricel.s@example.org",
  "Question about my residence permit - I am carer for 阿婆", """
Hi po, good day.

My name is Maricel, I am from the Philippines, I work as caregiver for Chen 阿婆 (she is 91) in Longhu 小区. Her son hired me through agency, I have work permit ok. My 居留许可 will expire on 15 December.

Last time the agency did everything but now the agency is closed (倒闭了?) and nobody answers phone. I want to ask:
- where I go to renew, 出入境 office or 派出所?
- what papers I need, is the 雇主 letter enough or I need new contract?
- can I go on weekend? Because 阿婆 cannot stay alone, her son works on weekday.

Thank you so much, sorry my Chinese not good, 谢谢!
Maricel Santos
WeChat same as phone 185 0000 6672
""", "consultation", "no", "-", "Public Security Bureau", "normal", "en", "mixed")

L(52, "thanks-new-lift", "eml", "2026-09-14 10:20", "刘德顺", "liu.deshun.sun@example.com",
  "谢谢市长，谢谢政府", """
市长好：

我是青松里2栋的老住户，八十四岁了，写几句话表示感谢。今年夏天我们楼的电梯终于装好了，住了三十年，头一回坐电梯回家。楼里几个老伙计高兴得在电梯里合了个影。以前我下趟楼跟爬山一样，一个月才下去一回，现在天天下去晒太阳、跟人下棋。

我孙子说写信要写具体的，我也说不出那么多，就是谢谢政府，谢谢那些跑前跑后的人，也谢谢12345的接线员，有一回我打电话说错了好几次，她都耐心听完了。

祝你们身体健康。

刘德顺（孙子代打）
""", "information", "no", "-", "none", "normal", "zh", "-")

L(53, "yunwuling-signal", "eml", "2026-11-16 20:30", "包志明", "baozm.yunwu@example.net",
  "我们山上的手机信号太差了", """
你们好，我和老伴住在云雾岭村最上面那个组，离镇上二十多里山路。儿子一家在外省打工，孙子在那边读初中。每个星期天晚上儿子都要跟我们视频，可是我们家里信号只有一格，视频一卡一卡的，说不了两句就断了，要拿着手机站到屋后的坡上才有信号，冬天晚上冷得很。老伴去年摔了一跤，想打120都打不出去，还是跑到邻居家用座机打的。

听说别的村都装了信号塔，我们这个组只剩七八户人家，是不是就不管了？请帮我们问问通信公司，能不能在附近加个基站。

云雾岭村七组 包志明 159 0000 8830
""", "demand", "no", "-", "Industry and Information Technology Bureau", "normal", "zh", "-")

L(54, "dibao-four-months", "json", "2026-11-17 09:03", "卢", "",
  "低保", """
低保材料四个月前就交到街道了，一直没消息，打电话也没人接。这是什么效率？
""", "complaint", "no", "-", "Civil Affairs Bureau", "normal", "zh", "short",
  phone="131 0000 7390", district="柳湾区")

L(55, "blind-path-ebikes", "eml", "2026-11-18 15:47", "方建国", "fang.jg.massage@example.com",
  "盲道上停满了电动车，建议管一管", """
您好，我是一名盲人按摩师，今年五十八岁，每天自己拄着盲杖从家走到店里，大概一公里。这两年路边的盲道越来越难走，共享单车、电动车、外卖车，有时候还有商店摆出来的货架，都压在盲道上，我一个月至少撞两三回，上个月膝盖磕破了。

我想提几个建议：一是在人行道上划好非机动车停放区，离盲道远一点；二是让共享单车公司的调度员定时清理盲道；三是对长期占用盲道的商家提醒、处罚。我们视障的人出门本来就不容易，盲道修了，总要让我们能用上。

视障按摩师 方建国（女儿帮忙整理）
""", "suggestion", "no", "-", "Urban Management Bureau", "normal", "zh", "-")

L(56, "wife-house-title", "eml", "2026-09-25 16:30", "顾振华", "gu.zhenhua@example.org",
  "老伴走了，房子过户的事请教", """
您好，我今年七十九，老伴今年六月走了。我们住的那套房子是九八年单位房改买的，房产证上只写了她一个人的名字。现在我想把房子过到我名下，请问要办什么手续？要不要去公证处做继承公证？我们有两个儿子，是不是要他们都签字放弃？大儿子在国外，回不来怎么办？

还有一件事，老伴是退休教师，听说去世以后有丧葬费和抚恤金，单位说要去社保领，社保又让我回单位开证明，跑了两趟了还没弄清楚。

谢谢您们。
顾振华 电话 137 0000 8127
""", "consultation", "no", "-", "Natural Resources and Planning Bureau", "normal", "zh", "two-intents")

L(57, "veteran-subsidy-two-years", "eml", "2026-11-20 10:12", "车德海", "che.dehai@example.com",
  "参战退役人员补助申请两年没有结果", """
我是一名老兵，1969年入伍，参加过边境作战，1976年退伍回乡务农，今年七十五岁。2024年村里通知可以申请参战退役人员的定期生活补助，我把退伍证、立功证书复印件都交到镇里了。

到现在快两年，镇里说报到区里了，区里说材料在审核，问审核到哪一步，说不清楚；去年又让我补交了一次材料，说第一次的找不到了。我打了不下十次电话，每次接电话的人都不一样，都说再等等。

我的战友有的已经领了两年了，有的已经不在了，没等到。我就想知道我的材料到底卡在哪里，什么时候能有个结果。

另外想顺便问一下，我们老兵去医院看病，是不是有什么优待证可以办？

老兵 车德海 电话 138 0000 4592
""", "complaint", "no", "-", "Veterans Affairs Bureau", "normal", "zh", "two-intents")

L(58, "hotline-slow-menu", "html", "2026-11-22 11:58", "Yvonne Pan", "yvonne.pan@example.net",
  "Suggestion for the 12345 hotline: a slower option for elderly callers", """
Dear Mayor's Office,

My grandparents (84 and 87) live alone in Dongshan. They are not used to automated menus. When they call 12345, the recorded voice speaks fast Mandarin and lists many options; by the time they understand, the menu has moved on, and my grandfather usually hangs up in frustration. They mainly speak the local dialect.

A few suggestions:
1. A single key at the start - for example "press 0 if you are over 70" - that goes straight to a person.
2. Operators on that line who understand the local dialect.
3. A slower recorded voice.

Many places already do something like this. It would mean a lot to people like my grandparents, who are the ones who need the hotline most.

Kind regards,
Yvonne Pan
""", "suggestion", "no", "-", "Municipal Government Office", "normal", "en", "-")

L(59, "cuihu-bus-to-tcm", "eml", "2026-11-24 08:26", "", "cuihu.laoren@example.org",
  "从安置小区到中医院坐几路车", """
你好，我们去年从老村搬到了翠湖安置小区，我要去市中医院看腰，以前在村里坐18路直接到，现在搬过来不知道坐那一路了。小区门口的站牌有三路车，我认识字不多，看不明白。请问坐几路车，在那个站下，要不要换车？我有老年卡。谢谢。
""", "information", "no", "-", "Transport Bureau", "normal", "zh", "typos")

L(60, "chongyang-qingyun-tickets", "eml", "2026-10-07 19:05", "Amy Ruiz Li", "amy.ruiz.li@example.com",
  "Chongyang 重阳节 free tickets for seniors at Qingyun Mountain?", """
Hello! My grandpa 爷爷 is 73 and came back from Peru (we are a 归侨 family). For 重阳节 this year he wants to go up Qingyun Mountain 青云山 with his old friends from the 侨联. I heard scenic spots are free for over-65s on that day - is that right? Do they need to 预约 online or just show 身份证 at the gate? Also, is the 索道 (cable car) included or a separate ticket? One of his friends has a 残疾证, is he free too? Thanks a lot, 谢谢!
""", "information", "no", "-", "Culture and Tourism Bureau", "normal", "en", "mixed")


# ---------------------------------------------------------------- writer
DEPARTMENTS = {
    "Public Security Bureau", "Urban Management Bureau",
    "Human Resources and Social Security Bureau", "Healthcare Security Bureau",
    "Housing and Urban-Rural Development Bureau", "Culture and Tourism Bureau",
    "Transport Bureau", "Discipline Inspection Commission",
    "Commerce and Investment Promotion Bureau", "Ecology and Environment Bureau",
    "Civil Affairs Bureau", "Education Bureau", "Health Commission",
    "Water Affairs Bureau", "Market Regulation Administration",
    "Administrative Approval Bureau", "Natural Resources and Planning Bureau",
    "Emergency Management Bureau", "Justice Bureau",
    "Municipal Government Office", "Meteorological Bureau", "Taxation Bureau",
    "Industry and Information Technology Bureau",
    "Agriculture and Rural Affairs Bureau", "Veterans Affairs Bureau", "none",
}
CATEGORIES = {"consultation", "suggestion", "demand", "complaint", "information"}
HARD = {"-", "quoted", "sarcasm", "typos", "mixed", "short", "two-intents",
        "fullwidth", "indirect"}


def when_dt(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=TZ)


def enc_header(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def to_html(text):
    parts = []
    for block in text.split("\n\n"):
        lines = block.split("\n")
        if all(l.startswith("> ") for l in lines):
            inner = "<br>\n".join(html.escape(l[2:]) for l in lines)
            parts.append("<blockquote style=\"color:#555\">" + inner + "</blockquote>")
        else:
            parts.append("<p>" + "<br>\n".join(html.escape(l) for l in lines) + "</p>")
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head>\n"
            "<body style=\"font-family:sans-serif\">\n" + "\n".join(parts) +
            "\n</body></html>")


def build_eml(d, fid):
    dt = when_dt(d["when"])
    domain = d["addr"].split("@", 1)[1]
    frm = formataddr((d["name"], d["addr"])) if d["name"] else d["addr"]
    heads = [
        ("From", frm),
        ("To", "mayor@city.example"),
        ("Subject", enc_header(d["subject"])),
        ("Date", format_datetime(dt)),
        ("Message-ID", "<%s.%s@%s>" % (dt.strftime("%Y%m%d%H%M"), fid, domain)),
        ("MIME-Version", "1.0"),
    ]
    text = d["body"] + "\n"
    if d["kind"] == "eml":
        heads += [("Content-Type", "text/plain; charset=utf-8"),
                  ("Content-Transfer-Encoding", "8bit")]
        body = text
    elif d["kind"] == "html":
        heads += [("Content-Type", "text/html; charset=utf-8"),
                  ("Content-Transfer-Encoding", "8bit")]
        body = to_html(d["body"]) + "\n"
    elif d["kind"] == "multi":
        b = "=_%s_alt" % fid
        heads += [("Content-Type", "multipart/alternative; boundary=\"%s\"" % b)]
        body = ("This is a multi-part message in MIME format.\n\n"
                "--%s\nContent-Type: text/plain; charset=utf-8\n"
                "Content-Transfer-Encoding: 8bit\n\n%s\n"
                "--%s\nContent-Type: text/html; charset=utf-8\n"
                "Content-Transfer-Encoding: 8bit\n\n%s\n\n--%s--\n"
                % (b, text, b, to_html(d["body"]), b))
    else:
        raise ValueError(d["kind"])
    msg = "".join("%s: %s\n" % (k, v) for k, v in heads) + "\n" + body
    msg = msg.replace("\r\n", "\n").replace("\n", "\r\n")
    return msg.encode("utf-8")


def build_json(d, fid):
    dt = when_dt(d["when"])
    obj = {
        "id": fid,
        "submitted_at": dt.isoformat(),
        "name": d["name"],
        "phone": d["phone"],
        "email": d["addr"],
        "anonymous": d["anonymous"],
        "title": d["subject"],
        "content": d["body"],
        "district": d["district"],
    }
    return (json.dumps(obj, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.startswith(WRITER + "-"):
            os.remove(os.path.join(OUT, f))
    nums = [d["num"] for d in LETTERS]
    assert nums == list(range(1, 61)), nums
    rows = ["path\tcategory\tconfidential\treason\tdepartment\tpriority\tlanguage\thard"]
    for d in LETTERS:
        assert d["cat"] in CATEGORIES, d["num"]
        assert d["dept"] in DEPARTMENTS, d["num"]
        assert d["hard"] in HARD, d["num"]
        assert (d["conf"] == "yes") == (d["reason"] in "abc" and d["reason"] != "-"), d["num"]
        if d["anonymous"]:
            assert d["conf"] == "yes" and d["reason"] == "b", d["num"]
        fid = "%s-%03d" % (WRITER, d["num"])
        if d["kind"] == "json":
            fname = "%s-%s.json" % (fid, d["slug"])
            data = build_json(d, fid)
        else:
            fname = "%s-%s.eml" % (fid, d["slug"])
            data = build_eml(d, fid)
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(data)
        rows.append("\t".join(["letters/" + fname, d["cat"], d["conf"], d["reason"],
                               d["dept"], d["prio"], d["lang"], d["hard"]]))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(rows) + "\n")
    print("wrote %d letters" % len(LETTERS))


if __name__ == "__main__":
    main()
