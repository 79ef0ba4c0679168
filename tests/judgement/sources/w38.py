#!/usr/bin/env python3
"""w38: letters from county towns and villages. Deterministic generator."""
import json
import os
from email.header import Header
from email.utils import formataddr

ME = "w38"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "letters")

# each entry: n, slug, fmt (eml|html|multi|json), sender name, sender addr,
#   date (YYYY-MM-DD HH:MM), subject/title, body,
#   labels (category, confidential, reason, department, priority, language, hard),
#   extra (json only: phone, district, anonymous)
L = []


def add(n, slug, fmt, name, addr, when, subject, body, labels, **extra):
    L.append(dict(n=n, slug=slug, fmt=fmt, name=name, addr=addr, when=when,
                  subject=subject, body=body.strip("\n"), labels=labels, extra=extra))


add(1, "river-dead-fish", "eml", "周长根", "zhoucg1968@mail.example.com", "2026-10-02 06:41",
    "清水河里鱼死了一大片",
    """
领导你好

我是石滩村打鱼的老周，在清水河上下网三十年了。这半个月上游那个养猪厂天天往沟里放粪水，黑乎乎的臭的狠，顺着水沟全流进河里。昨天早上起网，网上挂的全是翻白肚的鲫鱼，一片一片的漂，我打了半辈子鱼没见过这样的。

村里有人去找过养猪厂老板，他说他们有化粪池不会往外排，可是晚上十点多就偷偷开闸，我划船过去亲眼看到的。现在河水一股子骚味，下游婆娘们洗衣服都不敢下水了。

麻烦你们派人下来看看，侧一侧水，叫他们不要再放了，我们靠这条河吃饭的。
电话 138 0000 6621，白天在河上信号不好，晚上打得通。

周长根
""", ("demand", "no", "-", "Ecology and Environment Bureau", "normal", "zh", "typos"))

add(2, "land-transfer-blueberry", "eml", "韩晓东", "hanxd@workmail.example.net", "2026-10-03 21:15",
    "返乡种蓝莓，流转土地怎么签合同？",
    """
您好，我在苏州厂里干了九年，今年回老家凤鸣乡下洼村，想承包一片坡地种蓝莓，大概八十亩，涉及十几户人家。想请教几个问题：

1. 土地流转合同是要我跟每一户单独签，还是由村集体统一流转给我？哪种更稳妥？
2. 现在的承包期到2027年底就到期了（二轮延包的事听说还在搞），我签十五年的合同有没有效？到期以后怎么算？
3. 合同签了以后要不要到乡里或者县农业农村局备案登记？
4. 种植大户或者新型经营主体有没有什么补贴，要达到什么条件？

家里老人说以前有人流转了地，几年后农户反悔要回去，闹得很难看，所以想先把手续弄明白。谢谢！

韩晓东  152-0000-3387
""", ("consultation", "no", "-", "Agriculture and Rural Affairs Bureau", "normal", "zh", "-"))

add(3, "brick-kiln-wages-dad", "eml", "Lu Jiahui", "jiahui.lu@student.example.org", "2026-10-04 14:02",
    "My father's unpaid wages at the Hongyan brick kiln",
    """
Hello,

I'm writing on behalf of my father, Lu Xiangming, 56, who worked at the Hongyan brick kiln in Lujia Township from April to September this year. He is owed 14,600 yuan. He doesn't type, so I'm helping (I just came back from studying in Chengdu).

He has asked the owner, Mr. Tian, many times. Here is what Mr. Tian wrote to him on WeChat last week (my translation):

> Tian: Wait until the end of the year when the bricks are sold. What's the hurry.
> Dad: My son's tuition is due, I need at least half now.
> Tian: Everybody is waiting, you're not the only one.

At least eight other workers from our village are in the same situation. Dad kept his attendance notebook and the kiln's group chat where the foreman posted the daily shifts, so we have proof of the days worked.

Could the labour department please contact the kiln and help us get the money? We don't know whether we should go to the township labour station or to the county. Dad's phone is 135 0000 2270 (he prefers calls in the local dialect, he doesn't read messages well).

Thank you,
Lu Jiahui
""", ("demand", "no", "-", "Human Resources and Social Security Bureau", "normal", "en", "quoted"))

add(4, "dibao-list-relatives", "eml", "一个村民", "xiaohe_cun@163mail.example", "2026-10-05 19:30",
    "看看我们村今年的低保名单",
    """
今年村里的低保名单贴出来了，贴在村部门口那面墙上，我站那看了三遍。

村东头老孙家，儿子在省城开装修公司，家里两层小楼带院子，名单上有他。会计的老丈人，去年刚买了辆三轮摩托，也在上面。支书他妹夫那家我就不说了。

我们组的刘二婶，男人瘫在床上五年，一个孙子靠她拉扯，去年报了没有，今年又报，还是没有。我陪她去问，支书说"名额有限，你家条件还可以"。

她家条件还可以？你们可以自己来看看她家灶屋。

我也不多说了，名单就在墙上，你们拿着名单挨家挨户对一对，谁是谁的亲戚，一对就清楚了。

——河湾村 一个看不下去的人
""", ("complaint", "yes", "a", "Discipline Inspection Commission", "normal", "zh", "indirect"))

add(5, "bus-last-time", "json", "张", "", "2026-10-06 07:55",
    "班车",
    """
请问县城到柳河镇的班车最晚一班几点？
""", ("information", "no", "-", "Transport Bureau", "normal", "zh", "short"),
    phone="", district="柳河镇", anonymous=False)

add(6, "bus-extend-hamlet", "eml", "姚德福", "yaodefu@laoyao.example", "2026-10-07 10:20",
    "建议城乡公交开到黄泥岗组",
    """
尊敬的市长：

我们黄泥岗组在山坳里，离大路上的公交站有四公里多。村里年轻人都出去打工了，剩下的多是六七十岁的老人，看病、赶集、取钱都要走到大路上等车，一来一回大半天。

提个建议：城乡公交能不能每天往里面多开两趟，早上一趟、下午一趟就够了，车子小一点也行。逢三逢八赶场天人多，可以加一趟。路去年已经硬化了，宽度够中巴车掉头，村口晒坝就能当站点。

钱的事我们也想过，票价稍微高一块两块，老人们也愿意。

姚德福（黄泥岗组组长）
""", ("suggestion", "no", "-", "Transport Bureau", "normal", "zh", "-"))

add(7, "residence-permit-renewal", "eml", "Hannah Whitcombe", "hannah.w@postbox.example.com", "2026-10-08 16:48",
    "Renewing my residence permit (spouse) - county or city?",
    """
Dear Sir or Madam,

I'm British and married to a man from Dawan village. I have lived here for two years on a residence permit for family reunion, which expires on 14 January 2027.

Could you tell me:
- Can I renew at the county public security exit-entry office, or do I have to go to the city?
- Which documents are needed? Do I have to bring our marriage certificate again, and does it need a new notarised translation?
- How early can I apply, and how long does it take? I'd like to visit my mother in England over New Year and I'm worried about my passport being held.
- Is there anyone at the office who speaks English? My Chinese is okay for the market but not for forms.

Many thanks,
Hannah Whitcombe
+86 187 0000 4419
""", ("consultation", "no", "-", "Public Security Bureau", "normal", "en", "-"))

add(8, "noodle-shop-landlord", "eml", "郑秀梅", "zhengxm_mian@qmail.example", "2026-10-09 22:37",
    "租的门面被要回去，押金不退，求帮忙",
    """
领导您好：

我去年从东莞回来，在桐子坝镇上街租了一间门面开面馆，合同签的三年，押金五千，装修我自己花了三万多，灶台、排烟、地砖都是我弄的。

才开了十一个月，房东上个月突然说房子要收回去给他侄儿开超市，让我月底搬，押金说是"装修把墙打坏了"要扣光。我拿合同给他看，他说合同上的字他不认。

这个房东是我们村主任的堂哥，他家在镇上说话是算数的。我一个从外面回来的女人，娃娃还在镇小学读书，以后还要在这里过日子，实在不敢跟他们家硬闹，村里调解也没人愿意出面。

能不能请有关部门帮我们协调一下，至少押金退给我，装修多少补一点。合同和装修的收据我都留着。

郑秀梅 139 0000 5802
""", ("demand", "yes", "c", "Housing and Urban-Rural Development Bureau", "normal", "zh", "-"))

add(9, "online-licence-net", "eml", "卖红薯粉的小温", "wen.fensi@shopmail.example", "2026-10-10 13:05",
    "你们的一网通办，真是一网",
    """
你们的"一网通办"真是名副其实的一网，网进去就出不来了。

我在村里做电商卖红薯粉，要办个体户营业执照。窗口说现在一律网上办。好，网上办。身份证照片传了七次，七次都说"图片不清晰"，我用的是新手机拍的，连身份证上的汗毛都看得清。换了电脑传，页面转了十分钟圈圈然后退出登录。

打帮助电话，十次有九次占线，第十次通了，让我"清除浏览器缓存再试"。我清了，还是不行。

我不是来骂人的，窗口的人也是照规定办事。就是想问问，这个系统到底有没有人在管？能不能留一个线下办的口子给我们这种网不好的地方？快到双十一了，没执照平台不让我上架。
""", ("complaint", "no", "-", "Administrative Approval Bureau", "normal", "zh", "sarcasm"))

add(10, "thanks-dr-ma", "eml", "马家孙子代写", "lihaoran2009@xuesheng.example", "2026-10-11 20:10",
    "感谢红石镇卫生院马医生",
    """
市长您好，我是李浩然，今年初二，这封信是我爷爷让我帮他写的，他说一句我打一句。

"上个礼拜三半夜，我老伴心口疼，喘不上气，屋里就我们两个老的。我给镇卫生院打电话，值班的马俊峰医生十来分钟就骑摩托车上来了，路上下着雨。他给我老伴量了血压、做了心电图，说要赶紧往县医院送，又帮我们叫了救护车，一直陪着送到县医院急诊才回去。县医院的医生说送得及时。

马医生没收我们一分钱，烟也不要。我活了七十多岁，要给这样的医生说句好话。请领导表扬表扬他。"

——李德茂 口述，孙子李浩然 代写
""", ("information", "no", "-", "Health Commission", "normal", "zh", "-"))

add(11, "dongguan-hospital-claim", "eml", "陳阿婆", "chen.apo@mail.example.net", "2026-10-12 09:30",
    "在外地住院的醫藥費，回來怎麼報？",
    """
您好：

我今年６８歲，參加的是我們縣的城鄉居民醫保。今年８月到東莞女兒家幫忙帶孫子，９月３號突然肚子痛，在東莞一家醫院住了１１天，做了膽囊手術，一共花了２萬３千多塊，全部是自己先墊的，當時醫院說我沒有「備案」，不能直接結算。

現在回來了，想問幾件事：
１．這個錢回來還能不能報？能報多少？
２．要帶哪些東西？發票、出院小結、費用清單我都有，還要不要醫院蓋章的其他證明？
３．要本人去辦嗎？我腿腳不方便，能不能讓兒子拿我的身份證去？
４．以後再去女兒那邊，「備案」要怎麼弄？聽說手機上能辦，我不會弄。

麻煩您們了。
陳桂英（兒子陳志強代發）１８２－００００－６６１５
""", ("consultation", "no", "-", "Healthcare Security Bureau", "normal", "zh", "fullwidth"))

add(12, "pear-festival-dates", "json", "Martin Okafor", "m.okafor@fruittrade.example", "2026-10-13 11:22",
    "Golden Pear Festival dates and orchard museum hours",
    """
Hi, I buy fruit for a wholesaler and I'm planning a trip to your county. Two questions: when is the Golden Pear Harvest Festival this year (dates and location), and is the pear orchard museum in Xiaoshan township open on Mondays? I'd like to bring two colleagues. Thanks!
""", ("information", "no", "-", "Culture and Tourism Bureau", "normal", "en", "-"),
    phone="+86 131 0000 7784", district="Xiaoshan Township", anonymous=False)

add(13, "yellow-tap-water", "eml", "刘家湾刘师傅", "liushifu66@mail.example.org", "2026-10-14 18:44",
    "刘家湾自来税又黄又停",
    """
你好，我们是刘家湾组的，这个礼拜自来水老是停，停了又来，来了水黄汤汤的，烧开锅底一层泥沙。家里娃娃喝了拉肚子，现在只敢买桶装水吃，洗菜都不敢用。

问了镇上水厂，说是水源那边下了雨水浑，过两天就好，已经过了五六天了还是这样。我们组四十多户都一样，有几家老人没钱买桶装水就烧了接着喝。

能不能派人来看下是管子烂了还是水厂没处理好，早点弄好。谢谢了

刘师傅 电话 159 0000 3318
""", ("demand", "no", "-", "Water Affairs Bureau", "normal", "zh", "typos"))

add(14, "teacher-workbook-shop", "eml", "一名家长", "parent_tangxi@mail.example.com", "2026-10-15 21:50",
    "塘溪镇中心小学五年级买练习册的事",
    """
领导好：

我家孩子在塘溪镇中心小学读五年级（2）班。开学以后，数学胡老师在班上说，每个人都要买一套《同步提优》练习册，68块钱，必须到学校对面那家"文华文具店"买，别的地方买的版本"不对"。后来家长们才知道，那家文具店是胡老师爱人开的。

我们家是在外面打工的，孩子跟着爷爷奶奶，老人没及时去买。上周孩子回来说，没买的几个同学被调到最后一排去了，胡老师还在班上点了名。

我们不是舍不得68块，是觉得这样做不对。请教育局查一查。孩子还要在他班上读两年，这封信能不能不要让学校知道是哪家写的。
""", ("complaint", "yes", "a", "Education Bureau", "normal", "zh", "-"))

add(15, "fireworks-near-kindergarten", "eml", "龚老师", "gong.teacher@youeryuan.example", "2026-10-16 08:12",
    "紧急！幼儿园隔壁屋里堆满烟花爆竹",
    """
您好，我是青石村幼儿园的老师龚丽。

幼儿园围墙隔壁是村民何某的老房子，这几天他往屋里拉了三车烟花爆竹，说是准备过年在镇上卖。堆得满满的，连窗户都堵了，门口就是我们孩子每天排队进园的地方。昨天下午我还看见他家的帮工蹲在门口抽烟，烟头就扔在纸箱边上。

我们园里有四十多个三到六岁的孩子，房子是砖木的，真要出点事后果不敢想。跟他说过，他说"又不是放在你家"。

请应急管理部门尽快来人处理，最好今天或明天就来。我的电话 177 0000 2046。
""", ("demand", "no", "-", "Emergency Management Bureau", "high", "zh", "-"))

add(16, "pasture-no-signal", "eml", "巴特尔", "bateer_muchang@grass.example", "2026-10-17 15:33",
    "夏牧场没有手机信号，建议建基站",
    """
市长您好：

我是阿日善嘎查的牧民巴特尔。每年五月到十月我们几十户人家赶着牛羊上夏营地，那一片山沟里一点手机信号都没有，要爬到山梁上才能偶尔有一格。

去年九月，我们嘎查一个老牧民从马上摔下来腿断了，他儿子骑摩托跑了两个多小时才找到有信号的地方打120。

建议：
一、在夏营地附近建一个基站，哪怕只能打电话不能上网也行；
二、如果基站太贵，能不能在几个主要的草场点装个应急电话或者卫星报警设备；
三、牧民放牧时间长，也希望能通网，现在卖牛羊都在手机上谈价钱。

谢谢。
巴特尔 +86 147 0000 8821
""", ("suggestion", "no", "-", "Industry and Information Technology Bureau", "normal", "zh", "-"))

add(17, "12345-no-reply", "html", "Grace Liang", "grace.liang@inbox.example.net", "2026-10-18 10:05",
    "Still no answer after 24 days - ticket about the Maoping road",
    """
<html><body>
<p>Hello,</p>
<p>On 24 September I reported through the 12345 website that the village road from Maoping to the township has a collapsed section near the old grain station. I got this automatic reply the same day:</p>
<blockquote style="border-left:2px solid #999;padding-left:8px;color:#555">
<p>Your request (No. 20260924-0381) has been received and transferred to the relevant department. The result will be fed back within 15 working days. Thank you for your support.</p>
</blockquote>
<p>That was 24 days ago. Nobody has called, nothing on the website except "processing". I called the hotline twice; both times the operator was polite and said it is "in processing" and she would "urge" it. Nobody could tell me which department has it.</p>
<p>I'm not blaming the operators, they clearly don't know either. But what is the point of a 15-day promise if the ticket just sits there? Please tell me who actually has my request, and please make the tracking page show something useful.</p>
<p>Grace Liang (helping my parents in Maoping)<br>156 0000 1290</p>
</body></html>
""", ("complaint", "no", "-", "Municipal Government Office", "normal", "en", "quoted"))

add(18, "auxiliary-police-pushed-dad", "eml", "吴建军", "wujianjun@mail.example.com", "2026-10-19 17:26",
    "派出所的人在集上把我70岁的父亲推倒",
    """
我父亲吴老汉今年七十岁，10月17日上午在板桥镇赶集，在老地方摆摊卖自家种的萝卜白菜。跟旁边一个卖衣服的因为摊位挤了两句嘴，板桥派出所来了两个人，其中一个穿辅警衣服、个子高高的、左边眉毛上有道疤的，上来不问情况，一把把我父亲推倒在地上，菜筐子也踢翻了。

我父亲后脑勺着地，当时就起不来，是旁边卖肉的帮忙扶起来的。那个人还说"老东西别在这倚老卖老"。到县医院拍了片，轻微脑震荡，现在还在家躺着。

集上好多人都看见了，卖肉的老黄愿意作证。我要求查清楚这个人是谁，给我父亲道歉，赔医药费。

吴建军 188 0000 7345
""", ("complaint", "yes", "a", "Public Security Bureau", "normal", "zh", "-"))

add(19, "daughter-inheritance", "eml", "一个出嫁的女儿", "qiuyu_mailbox@mail.example.org", "2026-10-20 23:48",
    "想问一下出嫁的女儿能不能分老屋",
    """
您好，想咨询一件家里的事。

我父亲今年六月去世了，母亲早几年就不在了。老家有一栋三间的老屋和院子，还有一点存款。我有两个哥哥，他们说"嫁出去的女儿泼出去的水"，老屋和钱都没我的份，已经商量好两兄弟一人一半。

我想知道：
1. 按法律我有没有份？父亲没留遗嘱。
2. 宅基地上的房子，我户口已经迁到婆家那边了，还能不能分？
3. 要是打官司，我家里没什么钱，能不能申请法律援助？去哪里申请？

这件事我婆家和娘家那边都还不知道我在问，请千万不要往我家里或者村里打电话，回邮件就好。谢谢。
""", ("consultation", "yes", "b", "Justice Bureau", "normal", "zh", "-"))

add(20, "bad-corn-seed", "eml", "牛建国", "niujianguo@nongjia.example", "2026-10-21 12:40",
    "买的玉米种出苗不到一半，店里不认账",
    """
领导你好，

今年我在杨树镇"丰收农资店"买了四十袋玉米种子，牌子叫"金穗８号"，种了三十亩。出苗不到一半，稀稀拉拉的，隔壁几家用别的种子的都出得好好的，地是一样的地，水是一样的水。

去找店老板，他说是我种得太深、天太旱，不关种子的事。我们村还有五六户买了同一批的，情况都一样。袋子和收据我都还留着。

请你们来查一下这批种子是不是有问题，让店里赔我们的损失。

另外顺便问一下，我后来补种了一些大豆，这个还能不能申请今年的种植补贴？找谁报？

牛建国 136-0000-9907
""", ("demand", "no", "-", "Market Regulation Administration", "normal", "zh", "two-intents"))

add(21, "peach-cold-storage", "multi", "Zoe Tan", "zoe.tan@peachbox.example", "2026-10-22 09:18",
    "Suggestion: shared cold storage and packing point for Yunxi peach growers",
    """
Dear Mayor's Office,

I came back to Yunxi township last year to help my parents sell their peaches online. We now ship to customers in six provinces, and about thirty families in our area sell the same way.

The biggest problem isn't selling, it's getting the fruit out fresh. There is no cold storage in the township, so we pick in the morning and must pack in our yards in the heat. The courier van only comes once a day at 4 pm, and in July we lost around 15% of boxes to bruising and rot complaints.

My suggestion:
1. A small shared cold room (even rented containers) near the township market, run by the co-operative or the supply and marketing co-op.
2. A shared packing station with scales and box printing, so small sellers don't each buy equipment.
3. Talk to two or three courier companies about a fixed pick-up point there, twice a day in peak season.

Other townships selling kiwis or plums could use the same model. I'm happy to share our figures if it helps.

Best regards,
Zoe Tan
135 0000 6021
""", ("suggestion", "no", "-", "Commerce and Investment Promotion Bureau", "normal", "en", "-"))

add(22, "reservoir-wind", "eml", "老覃", "qin_laoban@yu.example", "2026-10-23 05:50",
    "问天气",
    """
明天水库上风大不大？想下网，怕翻船。
""", ("information", "no", "-", "Meteorological Bureau", "normal", "zh", "short"))

add(23, "nurse-phone-drip", "eml", "孙子小杨", "yang_xiaolong@mail.example.net", "2026-10-24 20:22",
    "镇卫生院护士不管病人",
    """
我是代我奶奶写的。10月22号下午三点多，我奶奶在石门镇卫生院二楼输液室吊水，那个扎马尾、戴黑框眼镜的女护士把针扎好就回护士站玩手几了，我从门口看见她在刷视频笑。

药水滴完了都没人来换，管子里回血回了一大截，我奶奶喊了好几声，我跑过去叫，她才慢吞吞过来，还说我们"大惊小怪，回点血怕什么"。拔了针我奶奶手背肿的想个馒头，青了一大片，到现在还疼。

奶奶八十一了，耳朵背，一个人在那吊水谁看着？请卫生院管一管这个护士，该批评批评。
""", ("complaint", "yes", "a", "Health Commission", "normal", "zh", "typos"))

add(24, "stone-factory-wages", "eml", "石材厂工人老冯", "fengshigong@mail.example.org", "2026-10-25 19:03",
    "龙潭镇宏泰石材厂四个月没发工资",
    """
领导：

龙潭镇宏泰石材加工厂拖欠我们二十来个工人六月到九月四个月的工资，每人一万多到两万不等。我们都是附近几个村的，大部分是五十岁上下的人，出去打工没人要，就在家门口这个厂里切石头。

每次去要，老板就说"下个月下个月"。上次有两个人说要去劳动站反映，老板当着大家的面说："谁去告，以后就别想在这一片干活了，我打个招呼哪个厂都不收你。"他在镇上关系多，大家都信他做得到，所以没人敢出头。

我们就想拿到自己的血汗钱。请劳动部门来厂里查一查，厂里的考勤表在车间办公室。

冯  电话 133 0000 4718
""", ("demand", "yes", "c", "Human Resources and Social Security Bureau", "normal", "zh", "-"))

add(25, "old-age-allowance", "json", "覃秀兰", "", "2026-10-26 10:40",
    "高龄津贴怎么申请",
    """
我父亲今年81岁了，听村里人说满80岁有高龄津贴，每个月能领一点钱。想问一下要去哪里申请，带什么材料？我父亲前年中风了，走不了路，必须本人到场吗？还有，钱是打到哪张卡上？他的社保卡好像丢了。
""", ("consultation", "no", "-", "Civil Affairs Bureau", "normal", "zh", "-"),
    phone="180 0000 3356", district="马鞍山乡", anonymous=False)

add(26, "burning-plastic-night", "eml", "Maricel Dong", "maricel.d@family.example", "2026-10-27 23:15",
    "Factory burning plastic every night, my baby is coughing",
    """
Hello,

I am from the Philippines, married in 桃园村 (Taoyuan village) for three years. Behind our house there is a small factory that recycles plastic. Every night around 11 pm they burn the waste in an open pit, 烟很大, the smell is like burned tyres. We close all windows but it still comes inside.

My baby is 8 months old and he has been coughing for two weeks. The clinic doctor said maybe the air.

My husband told the 村委会 but they said 不归他们管, go to the 镇政府. At the 镇政府 they said call 12345. So I am writing here.

Please send someone to check at night, not in the daytime, because in the daytime they don't burn.

Maricel Dong, 173 0000 5529
""", ("demand", "no", "-", "Ecology and Environment Bureau", "normal", "en", "mixed"))

add(27, "subsidy-slower-than-ox", "eml", "郭大成", "guodacheng@tianli.example", "2026-10-28 16:30",
    "耕地补贴流程走得比我家老牛还慢",
    """
今年的耕地地力保护补贴，隔壁王家坪村的人八月份就到账了，我们柏树村到现在十月底，一分没见着。

七月去问镇农业服务中心，说"系统在走流程"。八月去问，"还在走流程"。九月去问，"流程快走完了"。十月去问，说"要等县里统一"。我家那头老牛从山上走到镇上也就一个钟头，这个流程走了四个月还没走到我们村。

我不是说哪个工作人员不好，他们也说不清楚卡在哪里。就想知道：到底哪一步卡住了，什么时候能发，能不能在村里贴个通知，省得我们一趟一趟往镇上跑。
""", ("complaint", "no", "-", "Agriculture and Rural Affairs Bureau", "normal", "zh", "sarcasm"))

add(28, "kindergarten-shuttle", "html", "村幼儿园 朱老师", "zhu.yuan@xiaoxing.example", "2026-10-29 12:12",
    "建议给偏远组的幼儿解决接送问题",
    """
<html><body>
<p>领导您好：</p>
<p>我是白岩村幼儿园的老师，园里有三十二个孩子，其中十一个住在对面山上的上湾、石板沟、老林三个组，离幼儿园五到八公里。</p>
<p>孩子的爸妈都在外面打工，每天是爷爷奶奶骑电动三轮车接送，一车挤四五个娃娃，山路又窄又陡，下雨天路滑。上个月就有一辆三轮在弯道上侧翻了，幸好只是擦伤。</p>
<p>提几条建议，供参考：</p>
<ol>
<li>能否由乡里统筹一辆正规校车，早晚跑一趟，几个村的幼儿园共用；</li>
<li>如果校车一时解决不了，能否给这些组的家庭一点交通补助，让几家合伙请有资质的车接送；</li>
<li>给接送孩子的老人搞一次交通安全培训，三轮车不能超载。</li>
</ol>
<p>谢谢！<br>朱晓燕 191 0000 6603</p>
</body></html>
""", ("suggestion", "no", "-", "Education Bureau", "normal", "zh", "-"))

add(29, "thanks-new-road", "eml", "罗老汉", "luo.family@jiating.example", "2026-10-30 19:45",
    "谢谢政府给我们修了路",
    """
市长：

我是罗家沟的罗永福，今年七十六了，这信是我外孙女帮我写的。

我们沟里的路，我小时候是羊肠子路，后来是泥巴路，一下雨就没法走，卖个猪要几个人抬出去。今年夏天终于铺成水泥路了，一直铺到我家门口。现在我骑个电三轮二十分钟就到镇上，赶集、拿药都方便了。

没有别的事，就是想跟领导说声谢谢。修路的工人大热天干活也辛苦了。

罗永福
""", ("information", "no", "-", "none", "normal", "zh", "-"))

add(30, "bus6-stopped", "eml", "Kevin Hu", "kevinhu@campus.example", "2026-10-31 08:03",
    "Bus 6 to Shangwan stopped",
    """
Bus 6 hasn't gone to Shangwan village since October. My parents can't get to town. Please bring it back.
""", ("demand", "no", "-", "Transport Bureau", "normal", "en", "short"))

add(31, "vendor-vegetables-taken", "eml", "卖菜的", "maicai_ayi@mail.example.com", "2026-11-01 14:27",
    "我的菜去哪了",
    """
我在县城西门菜市场外面那条巷子口卖自家种的菜，摆了好几年了。

10月30号上午，城管来清街，三轮车拉走了，说去中队交罚款领车。我第二天交了两百块把车领回来，车上的两筐青菜、一袋土豆、半筐鸡蛋都没了。问他们，说"菜会坏，拿去处理了"。

可是那天下午快下班的时候，我在中队门口，看见每回来都冲在最前面的那个胖胖的、戴眼镜的队员，提着两个袋子往他自己那辆白色电动车后箱里放，袋子里露出来的就是青菜叶子，还有我装鸡蛋用的那个红色塑料篮。

我就不多说了，鸡蛋是我家的鸡下的，我认得那个篮子。我还要在那里摆摊，不敢跟他们吵。
""", ("complaint", "yes", "a", "Urban Management Bureau", "normal", "zh", "indirect"))

add(32, "homestead-new-house", "eml", "雷大伟", "leidawei@mail.example.net", "2026-11-01 21:00",
    "宅鸡地上盖新房要啥审皮",
    """
你好 我家老房子是土墙的 漏雨 想拆了在原来的宅鸡地上盖一栋两层的砖房，想问下要办啥子审皮手续？

一是要不要先到村里申请，然后报乡里还是报县里？
二是图纸要不要找设计院画 还是有那种统一的图可以用？
三是面积有没有限制 我家五口人。
四是我兄弟也想在旁边他那块地盖，他户口在城里了还能不能盖

谢谢 雷大伟 150 0000 8863
""", ("consultation", "no", "-", "Natural Resources and Planning Bureau", "normal", "zh", "typos"))

add(33, "cracked-bridge-trad", "eml", "黃家村村民", "huangjia.cun@mail.example.org", "2026-11-02 07:20",
    "村口石板橋裂了！！請快來看",
    """
您好：

黃家村村口那座石板橋（過白沙河的那座），上個月發大水沖過以後，靠東邊的橋墩裂了一條大縫，有３０公分長，用手能伸進去，橋面也往下沉了一點，走在上面能感覺到晃。

現在每天早上７點和下午５點鎮小學的校車都從這座橋上過，還有拉礦石的大貨車一天十幾趟，一趟就是３０多噸！！村裡老人說再這樣下去遲早要塌。

請交通部門馬上派人來看看，先把大貨車攔住，能不能在橋頭設個限重的牌子。

聯繫人：黃志明　１３８－００００－２９５１
""", ("demand", "no", "-", "Transport Bureau", "high", "zh", "fullwidth"))

add(34, "market-inspector-cash", "html", "Ivy Deng", "ivy.deng@alumni.example.org", "2026-11-03 18:35",
    "A market inspector takes 200 yuan cash from my parents every month",
    """
<html><body>
<p>Dear Sir/Madam,</p>
<p>My parents sell dried mushrooms and bamboo shoots at the Saturday market in Qiaotou town. Since spring, a man who says he is from the town's market supervision office comes on the first Saturday of every month and collects 200 yuan in cash from them as an "inspection fee". There is no receipt. When my mother asked for one, he tapped their scale and said that if she wanted to be formal, he could "check the scale properly" and fine them for short weight.</p>
<p>He wears the uniform jacket, he's in his forties, and the other stallholders call him "Deng Ke". At least six other stalls in the same row pay him too. My father thinks it's normal; I don't, and I don't think the market office would approve of it either.</p>
<p>I'm back home for a few weeks before starting a job and I'd like this stopped. I have a short video from last Saturday where you can see the money being handed over.</p>
<p>Ivy Deng<br>199 0000 2187</p>
</body></html>
""", ("complaint", "yes", "a", "Discipline Inspection Commission", "normal", "en", "-"))

add(35, "estate-lift-guard", "eml", "邵春燕", "shaocy@home.example", "2026-11-04 11:11",
    "锦绣家园电梯坏了半个月，保安还骂人",
    """
您好：

我在外面打了十年工，去年在县城锦绣家园买了套房，把老家的妈接来住。我们住十六楼，三号楼的电梯从10月20号坏到现在，物业一直说"配件在路上"。我妈七十三岁，膝盖不好，这半个月基本就没下过楼。

前天我妈在一楼问门岗保安电梯啥时候修好，那个保安很不耐烦，说"嫌爬楼累就别买高层，回乡下住去"，还骂了句脏话。我妈回来哭了一场。

物业是"恒安物业"。请住建部门督促物业尽快把电梯修好，也请他们管管自己的保安，给老人道个歉。

邵春燕 137 0000 6640
""", ("demand", "no", "-", "Housing and Urban-Rural Development Bureau", "normal", "zh", "-"))

add(36, "rapeseed-homestay", "eml", "Lily 田", "lily.tian@gapyear.example", "2026-11-05 15:40",
    "关于油菜花季和乡村 homestay 的一点想法",
    """
市长好！

我是去年从国外读完书回来的，现在在老家花溪村帮家里弄民宿。我们这边每年三四月油菜花 season 真的 very beautiful，一整面山坡都是黄的，小红书上有人拍过，有点小火，但是游客来了经常找不到路，导航把人导到别的村去了。

几个建议：
1. 县文旅能不能做一张乡村旅游的 map，线上线下都有，把观景点、停车点、厕所标出来；
2. 在路口装几个 signage，中英文都有；
3. 给村里想开 homestay 的人搞点培训，比如卫生标准、怎么在平台上接单，很多叔叔阿姨想做但不会弄；
4. 花季的时候安排几趟从县城过来的 shuttle bus，减少自驾堵车。

谢谢 🙏
田丽（Lily）158 0000 4423
""", ("suggestion", "no", "-", "Culture and Tourism Bureau", "normal", "zh", "mixed"))

add(37, "hukou-three-trips", "json", "蒋文斌", "jiangwb@mail.example.com", "2026-11-06 16:05",
    "给孩子上户口跑了三趟",
    """
给刚出生的儿子上户口，我们村到县城户籍窗口四十公里。

第一趟带了出生证明和户口本，说要结婚证原件。第二趟带了结婚证，说孩子妈妈户口在外省，要她那边的户籍证明。第三趟带齐了，又说出生证明上的名字和申报的不一样要改，让去医院重新开。

说实话窗口的同志态度都挺客气的，也不怪哪一个人。问题是网上和电话里都查不到一张完整的材料清单，每次都是去了才知道还缺啥。能不能把上户口要的材料、各种特殊情况都写清楚贴出来、放网上？我们农村人来一趟不容易，一趟就是一天。
""", ("complaint", "no", "-", "Public Security Bureau", "normal", "zh", "-"),
    phone="139 0000 8852", district="永安镇", anonymous=False)

add(38, "honey-fapiao", "eml", "Amy Xu", "amy.xu@honeyfarm.example", "2026-11-07 10:45",
    "Fapiao for my mum's honey shop online",
    """
Hi,

I'm helping my mum sell wild honey from our village through a small Douyin shop. Some customers, mostly small companies buying gift boxes, now ask for a 发票 (fapiao). We don't have any business registration yet, mum just sells as a farmer.

Questions:
1. Does she need to register as 个体工商户 first before she can issue fapiao, or can the tax office issue one for her (代开)?
2. If she registers, can she issue 电子发票 herself from her phone?
3. She sells maybe 8,000-10,000 yuan a month. Does she have to pay 增值税 at that level? I read that self-produced agricultural products are exempt, does that apply to honey from our own bees?
4. Is there a tax office in Shuangmiao town, or must we go to the county?

Thanks a lot,
Amy Xu
186-0000-5678
""", ("consultation", "no", "-", "Taxation Bureau", "normal", "en", "mixed"))

add(39, "flu-shot-elderly", "json", "", "", "2026-11-08 09:00",
    "老人打流感疫苗",
    """
请问青杠乡的老人去哪里打流感疫苗？乡卫生院每天几点到几点可以打？65岁以上是不是免费的？要带什么证件？
""", ("information", "no", "-", "Health Commission", "normal", "zh", "-"),
    phone="", district="青杠乡", anonymous=False)

add(40, "electrofishing-reservoir", "json", "", "", "2026-11-09 22:30",
    "白鹭水库有人晚上电鱼",
    """
最近一个多月，白鹭水库每天晚上十一点以后都有两三条小船在电鱼，背着电瓶，一电一大片，连手指头大的鱼苗都翻起来了。我们是在水库边上养网箱的，这样搞下去水库里的鱼都要绝了。他们一般从大坝西边那个小码头下水，天亮前就走。

请渔政的来晚上蹲一下。
""", ("demand", "yes", "b", "Agriculture and Rural Affairs Bureau", "normal", "zh", "-"),
    phone="", district="白鹭镇", anonymous=True)

add(41, "boarding-meal-fee", "eml", "初二学生家长", "jiazhang_2026@mail.example.net", "2026-11-10 20:50",
    "镇中学的伙食费",
    """
领导好，

我家孩子在曹家镇中学住校，读初二。这学期伙食费从每月280涨到了420，说是物价涨了。可孩子每个礼拜回来都说，菜还是那几样，土豆白菜，肉要用筷子找，晚上饿得睡不着，只能在小卖部买方便面。

420块钱，在我们这镇上吃饭馆都能吃得不错了。

家长群里有人私下嘀咕，但群里没有一个人敢说话，大家心里都明白为什么，孩子还在人家手里读书，谁也不想让自家娃在学校不好过。我也就在这里说说。

能不能请教育局查查这个账，看看一个月420到底花在哪里了？
""", ("complaint", "yes", "c", "Education Bureau", "normal", "zh", "indirect"))

add(42, "veteran-grandpa-subsidy", "eml", "代爷爷问", "liu_xiaoyu@mail.example.org", "2026-11-11 19:15",
    "退伍老兵有啥补帖",
    """
你好，我帮我爷爷问一下。我爷爷叫刘长贵，1976年当兵，1981年退伍，是工程兵，在云南那边修过路，他说当时也上过前线送过弹药。

他听村里人说像他这样的老兵每个月有补帖，但是他的退伍正好多年前搬家弄丢了，只剩一张当兵时候的黑白照片和一个纪念章。

想问：
1 他这种情况能领什么补帖？
2 退伍正丢了怎么办，能不能补，去哪里查档案？
3 要他本人去吗，他快七十岁了，耳朵不好

谢谢！孙女 刘小雨 176 0000 3092
""", ("consultation", "no", "-", "Veterans Affairs Bureau", "normal", "zh", "typos"))

add(43, "livestream-broadband", "multi", "Ryan Ma", "ryan.ma@livesell.example", "2026-11-12 13:30",
    "Broadband in Xiaoyu village keeps dropping during evening livestreams",
    """
Hello,

My wife and I sell pickled vegetables and chili sauce from Xiaoyu village through livestreams, usually 8-11 pm. For the last six weeks the fibre broadband drops almost every evening, sometimes five or six times in one stream. Each drop kicks us off the platform and we lose viewers and orders; last Friday we lost a whole stream with about 300 people watching.

We have a 300 Mbps package from the local telecom branch. Their repair technician came twice, changed the router and said the line in the village is "overloaded in the evening". Nothing changed. About ten other families in the village sell online too and see the same problem.

Could the relevant department ask the operator to upgrade the village line or the equipment at the cabinet? We are happy to pay more for a business line if that helps, but no one has offered one.

Thank you,
Ryan Ma
+86 155 0000 7312
""", ("demand", "no", "-", "Industry and Information Technology Bureau", "normal", "en", "-"))

add(44, "village-bus-for-wedding", "eml", "姓杜的", "du.cunmin@mail.example.com", "2026-11-13 21:05",
    "我们村的老年人专车，服务到村主任家里去了",
    """
今年春天，村里用上面拨的钱加集体的钱买了一辆十四座的中巴，说是专门拉老人去乡卫生院看病、赶场的，大家都说好。

上个礼拜村主任儿子结婚，这辆车扎上红花，当了三天婚车，拉新娘、拉亲戚、拉酒席的菜，油钱是不是村里报的我就不知道了。那三天，要去乡里打针的王婆婆，是她孙子用摩托车驮去的。

真是为人民服务，服务到家了——服务到他自己家了。

我叔也在村两委里，这事我不好出面讲，只能写信。照片我拍了几张，车牌、红花都拍得到。
""", ("complaint", "yes", "a", "Discipline Inspection Commission", "normal", "zh", "sarcasm"))

add(45, "legal-aid-address", "json", "陶", "", "2026-11-14 08:40",
    "法律援助",
    """
县法律援助中心在哪？周六开门吗
""", ("information", "no", "-", "Justice Bureau", "normal", "zh", "short"),
    phone="134 0000 2269", district="", anonymous=False)

add(46, "thanks-officer-liang", "eml", "Sophie Chen", "sophie.chen@mailbox.example.com", "2026-11-15 12:30",
    "Thank you to Officer Liang Wei of Nanping police station",
    """
Dear Mayor,

I'd like to thank Officer Liang Wei of the Nanping police station. On the night of 9 November my grandmother, who has dementia, walked out of the house and we couldn't find her anywhere in the village. It was cold and raining.

Officer Liang came within half an hour, organised neighbours into groups, checked the roadside camera near the township and drove along the river road himself. He found her at about 2 am sitting in a bus shelter three kilometres away, wrapped her in his own jacket and brought her home. The next day he came back to suggest we get her a GPS bracelet and showed us how to register her at the station in case it happens again.

My family is very grateful. Please pass our thanks to him and his station.

Sophie Chen
""", ("information", "no", "-", "Public Security Bureau", "normal", "en", "-"))

add(47, "town-streetlights-out", "html", "胡先生", "hu_xiansheng@mail.example.net", "2026-11-16 19:55",
    "石岭镇正街路灯坏了一个月",
    """
<html><body>
<p>你好：</p>
<p>石岭镇正街从农贸市场到中心小学那一段，大概一公里，路灯从十月中旬开始就全部不亮了，到现在一个多月。</p>
<p>晚上六点天就黑了，学生下晚自习、赶夜路回家的人都是摸黑走，前几天有个骑电动车的大爷撞到路边的水泥墩上，摔得不轻。镇上说路灯归县里管，县里电话打了两次，说登记了。</p>
<p>请尽快派人来修一下。</p>
<p>胡 139-0000-7721</p>
</body></html>
""", ("demand", "no", "-", "Urban Management Bureau", "normal", "zh", "-"))

add(48, "clinic-insurance-settle", "json", "村医 钟正华", "zhongzh_cunyi@mail.example.org", "2026-11-17 14:15",
    "建议村卫生室都能直接刷医保",
    """
我是大石桥村卫生室的村医，干了二十多年了。

现在我们村卫生室还不能刷医保卡直接结算门诊费用，老人们看个感冒、量个血压拿点降压药，要么自己全付，要么跑十几公里去乡卫生院刷卡。很多老人嫌麻烦，干脆不吃药，血压高了都不知道。

建议：
1. 把医保结算系统延伸到所有村卫生室，给我们配个读卡器、开通网络就行；
2. 慢性病（高血压、糖尿病）的常用药，纳入村卫生室可以报销的目录；
3. 给村医搞一次医保操作培训，我们年纪大的学得慢，但愿意学。

这样老人们在家门口就能看病报销，也能减轻乡卫生院的压力。
""", ("suggestion", "no", "-", "Healthcare Security Bureau", "normal", "zh", "-"),
    phone="183 0000 5170", district="大石桥村", anonymous=False)

add(49, "health-centre-refused-foreigner", "eml", "Thandi Wu", "thandi.wu@homemail.example", "2026-11-18 10:20",
    "Refused at Heping township health centre",
    """
Hello,

I'm South African, married and living in Heping township. On Tuesday 21 October I went to the Heping township health centre with a high fever. The doctor on duty in consulting room 3 that afternoon (an older man with grey hair, the only doctor there after lunch) looked at me and said in Chinese, "We don't treat foreigners, go to the city hospital." When my husband asked why, the doctor laughed with the nurse and said "she won't understand the medicine anyway". He didn't take my temperature or look at me at all.

We had to take a taxi 40 km to the city. I had pneumonia.

I would like the Health Commission to look into how this doctor treated me, and I would like an apology. Foreigners who live here should be able to see the local doctor like everyone else.

Also, a separate question: I have the urban-rural residents' medical insurance through my husband's household. Can I use it at the township health centre, or only in the city?

Thandi Wu
+86 138 0000 9046
""", ("complaint", "yes", "a", "Health Commission", "normal", "en", "two-intents"))

add(50, "pension-transfer-yiwu", "eml", "范国强", "fanguoqiang@mail.example.com", "2026-11-19 22:10",
    "在义乌交了12年社保，回老家怎么转？顺便问创业贷款",
    """
您好，我在浙江义乌一家小商品厂干了十二年，职工养老保险交了十二年（中间断过半年），今年回老家了，不打算再出去。

想问：
一、这十二年的养老保险能不能转回老家？转回来是转到职工养老还是城乡居民养老？转了以后我在老家接着交，是以什么身份交（灵活就业？）
二、办转移要我回义乌一趟吗，还是在县里社保局就能办？要带什么？
三、我今年四十七岁，交到六十岁能拿多少大概怎么算？

另外还想问一句，我想在镇上开个小五金店，听说返乡创业有担保贷款，利息有补贴，这个找哪个部门、要什么条件？

谢谢！范国强 151 0000 6638
""", ("consultation", "no", "-", "Human Resources and Social Security Bureau", "normal", "zh", "two-intents"))

add(51, "ebike-brakes-report", "eml", "包永红", "baoyh@mail.example.org", "2026-11-20 09:35",
    "举报县城一家电动三轮车店卖有问题的车",
    """
我要举报县城北关路的"顺达电动车行"。

11月3号我在他家花4600块买了一辆电动三轮车，准备拉菜到镇上卖。骑了不到两个礼拜，下坡的时候刹车突然失灵，车冲到路边沟里，我手腕骨裂，一车菜全倒了。

去找店里，老板说是我自己骑得太快，不给修也不给退。后来我才听说，他家这批车已经有好几个人出过问题了。

请市场监管部门查一下这批车的质量，让店里给我退车、赔医药费。发票、医院证明都有。

包永红 132 0000 4407
""", ("demand", "no", "-", "Market Regulation Administration", "normal", "zh", "-"))

add(52, "dibao-five-months-trad", "eml", "申請低保的老葉", "ye.laobo@mail.example.net", "2026-11-21 15:00",
    "低保申請交了５個月，一直「在審核」",
    """
您好：

我今年５月底在鎮上的便民服務中心交了低保申請，老伴癌症，兒子殘疾，家裡就靠我種幾畝地。材料交齊了，村裡也公示過了，沒人有意見。

６月去問，說「在審核」；８月去問，「在審核」；１０月去問，還是「在審核」，說是縣裡在「入戶核查」和「大數據比對」，可從來沒人來過我家。

窗口的人態度都還好，每次都叫我再等等。我不是怪哪一個人，就是想問：一個低保申請到底要審多久？有沒有規定的時限？卡在哪一步了能不能告訴我們一聲？

葉德昌　１３５－００００－８１２０
""", ("complaint", "no", "-", "Civil Affairs Bureau", "normal", "zh", "fullwidth"))

add(53, "kiwi-grading-points", "eml", "Daniel Brooks", "dbrooks@orchardtrade.example.com", "2026-11-22 11:45",
    "Suggestion from a kiwifruit buyer: grading standards and collection points",
    """
Dear Mayor's Office,

I've been buying kiwifruit from growers in your county for four seasons for an export packer. The fruit is good, but the way it reaches buyers costs the farmers money.

Right now each family picks and sells on its own at the roadside. Sizes and sugar levels are all mixed, so buyers like me offer one low average price for everything. Growers with excellent fruit get the same as everyone else, and some harvest too early because a trader came by and offered cash.

Some suggestions:
- A simple county grading standard (size classes, minimum Brix at harvest) published before the season, with a few shared refractometers at township level.
- Three or four collection points where fruit is weighed and graded, so buyers come to one place and pay by grade.
- A notice board or WeChat group with daily reference prices during harvest, so growers know the market.

I think farmers could earn 20-30% more for top-grade fruit. Happy to talk to anyone at the agriculture bureau about it.

Daniel Brooks
""", ("suggestion", "no", "-", "Agriculture and Rural Affairs Bureau", "normal", "en", "-"))

add(54, "quarry-dust-cracks", "eml", "沟口村一户人家", "goukou_yihu@mail.example.com", "2026-11-23 18:18",
    "采石场放炮，灰大，房子也震裂了",
    """
你们好：

沟口村后山的采石场，这半年放炮越来越勤，一天两三回，一放炮窗玻璃哗哗响，灰尘像下雾一样落下来，院子里晒的苞谷、挂的衣服全是白灰，菜叶子上一层洗都洗不干净。我家堂屋的墙已经震出两条裂缝，隔壁几家也有。

以前说好了要洒水、要装防尘网，一样都没见着。

请你们来测一测灰尘，让他们按规定来。这个事请不要说是哪家反映的，我男人在矿上开车，村里好些人都在那上班。
""", ("demand", "yes", "b", "Ecology and Environment Bureau", "normal", "zh", "-"))

add(55, "garbage-station-moved", "json", "邓桂芬", "", "2026-11-24 10:30",
    "垃圾中转站搬到我们房子后面",
    """
上个月镇上把垃圾中转站从河边搬到了新街我们这排房子后面，离我家后窗不到十米。每天早上五点多垃圾车来装车，轰隆隆的，天热的时候臭得吃不下饭，苍蝇老鼠也多了。搬之前没有跟我们住户说一声。

请城管部门把中转站挪远一点，或者至少做个封闭的、每天冲洗消毒。我叫邓桂芬，电话留了，不怕你们跟镇上说是我反映的，这一排十几户都是这个意思。
""", ("demand", "no", "-", "Urban Management Bureau", "normal", "zh", "-"),
    phone="187 0000 3364", district="新街镇", anonymous=False)

add(56, "separation-residence", "eml", "Indah", "indah.s@privatemail.example", "2026-11-25 23:05",
    "Question about my residence permit if I separate",
    """
Hello,

I am from Indonesia. I married a man from a village in Changling township six years ago and we have a daughter, 5 years old, who has Chinese nationality. My residence permit is based on the marriage.

Things at home are very bad and I am thinking about separating. I want to know:
1. If I move out or we divorce, will my residence permit be cancelled? How much time would I have?
2. Can I get a residence permit to stay because my daughter is Chinese and lives here?
3. Where can I ask this in person without my husband?

Please do not call the house or contact his family. Reply only to this email. Thank you.
""", ("consultation", "yes", "b", "Public Security Bureau", "normal", "en", "-"))

add(57, "village-shop-licences", "eml", "小卖部想开的", "cunkou_xiaomaibu@mail.example.net", "2026-11-26 16:40",
    "村里开小卖部要办哪些正",
    """
领导你们好，我在外面打工回来了，想在我们村口开个小卖部，卖点零食饮料油盐酱醋，过年也想卖点烟。

请问要办哪些正？营业只照肯定要，是不是还要食品的许可？卖烟是不是还要烟草正，那个好不好办？
这些要跑到县里去办还是镇上就能办，手机上能不能弄？大概多久能下来？

谢谢了 电话 130 0000 9185
""", ("consultation", "no", "-", "Market Regulation Administration", "normal", "zh", "typos"))

add(58, "market-stall-lottery", "eml", "一个摆摊的", "baitan_laozhang@mail.example.org", "2026-11-27 12:00",
    "对镇上农贸市场摊位分配的一点建议",
    """
市长好，

说点建议。我们龙口镇农贸市场的固定摊位，每年年底重新分一次。怎么分的，没有人知道，不贴通知，不抽签，到时候管市场的公司叫你去签合同你就签，不叫你就没了。

位置好的那几排，年年都是那几家，新来的、老实的，年年在最里面靠厕所那几个。

建议：
一、摊位分配公开，提前贴出来有多少个、什么价；
二、位置好的摊位公开抽签，或者轮换；
三、租金标准公开。

其他的我就不说了。我明年的摊位还要跟他们续，您们看着办就好，别让他们知道这条建议是从哪来的。
""", ("suggestion", "yes", "c", "Commerce and Investment Promotion Bureau", "normal", "zh", "indirect"))

add(59, "culvert-blocked-quoted", "eml", "闵大贵", "mindagui@mail.example.com", "2026-11-28 08:25",
    "涵洞堵了第三次反映，附上次的回复",
    """
领导好：

这是我第三次反映同一件事了。

省道边上我们闵家坝那个过路涵洞，被修路的时候的碎石和泥巴堵死了，一下雨，上面坡地的水排不下去，全灌进我们坝子里二十几亩田，今年秋天两场雨，稻子倒了一大片，冬天种的油菜也泡了。

九月份打过12345，收到的回复是这样的：

【回复】您好，经核实，您反映的涵洞位于省道K23+400处，属公路管养范围，已转交相关单位处理，请耐心等待。感谢您对我们工作的支持。

十月又打了一次，回复一模一样。到现在十一月底，没有一个人来看过，涵洞还是堵的。

不管是哪个单位管，请派人来把涵洞掏一掏，这活两个人一个上午就能干完。

闵大贵 158-0000-2731
""", ("demand", "no", "-", "Water Affairs Bureau", "normal", "zh", "quoted"))

add(60, "thanks-short-en", "eml", "Tony Lin", "tony.lin@mail.example.net", "2026-11-30 17:10",
    "Thanks",
    """
Just wanted to say thanks to the mayor's office. My dad's pension problem got sorted out last week. Good job.
""", ("information", "no", "-", "none", "normal", "en", "short"))


# ---------------------------------------------------------------- writing

def enc(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def rfc_date(when):
    import datetime
    d = datetime.datetime.strptime(when, "%Y-%m-%d %H:%M")
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
              "Oct", "Nov", "Dec"]
    return "%s, %02d %s %d %02d:%02d:00 +0800" % (
        days[d.weekday()], d.day, months[d.month - 1], d.year, d.hour, d.minute)


def from_header(name, addr):
    try:
        name.encode("ascii")
        return formataddr((name, addr))
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, "utf-8").encode(), addr)


def html_to_text(h):
    import re
    t = re.sub(r"<br\s*/?>", "\n", h)
    t = re.sub(r"</(p|li|blockquote)>", "\n", t)
    t = re.sub(r"<[^>]+>", "", t)
    return "\n".join(x.strip() for x in t.splitlines() if x.strip())


def text_to_html(t):
    import html
    paras = [p for p in t.split("\n\n")]
    return "<html><body>\n" + "\n".join(
        "<p>" + html.escape(p).replace("\n", "<br>\n") + "</p>" for p in paras) + "\n</body></html>"


def crlf(s):
    return s.replace("\r\n", "\n").replace("\n", "\r\n")


def write_eml(e, path):
    dom = e["addr"].split("@")[1]
    hdr = [
        "From: " + from_header(e["name"], e["addr"]),
        "To: mayor@city.example",
        "Subject: " + enc(e["subject"]),
        "Date: " + rfc_date(e["when"]),
        "Message-ID: <%s-%03d.%s@%s>" % (ME, e["n"], e["when"].replace("-", "").replace(" ", "").replace(":", ""), dom),
        "MIME-Version: 1.0",
    ]
    if e["fmt"] in ("eml", "html"):
        ctype = "text/plain" if e["fmt"] == "eml" else "text/html"
        hdr += ["Content-Type: %s; charset=utf-8" % ctype,
                "Content-Transfer-Encoding: 8bit"]
        msg = "\n".join(hdr) + "\n\n" + e["body"] + "\n"
    else:  # multipart/alternative
        b = "=_w38_alt_%03d" % e["n"]
        hdr += ['Content-Type: multipart/alternative; boundary="%s"' % b]
        parts = [
            "--" + b,
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: 8bit",
            "",
            e["body"],
            "--" + b,
            "Content-Type: text/html; charset=utf-8",
            "Content-Transfer-Encoding: 8bit",
            "",
            text_to_html(e["body"]),
            "--" + b + "--",
        ]
        msg = "\n".join(hdr) + "\n\n" + "\n".join(parts) + "\n"
    with open(path, "wb") as f:
        f.write(crlf(msg).encode("utf-8"))


def write_json(e, path):
    d, t = e["when"].split(" ")
    obj = {
        "id": "%s-%03d" % (ME, e["n"]),
        "submitted_at": "%sT%s:00+08:00" % (d, t),
        "name": e["name"],
        "phone": e["extra"].get("phone", ""),
        "email": e["addr"],
        "anonymous": bool(e["extra"].get("anonymous", False)),
        "title": e["subject"],
        "content": e["body"],
        "district": e["extra"].get("district", ""),
    }
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=2)
        f.write("\n")


def main():
    os.makedirs(OUT, exist_ok=True)
    for fn in os.listdir(OUT):
        if fn.startswith(ME + "-"):
            os.remove(os.path.join(OUT, fn))
    rows = ["path\tcategory\tconfidential\treason\tdepartment\tpriority\tlanguage\thard"]
    seen = set()
    for e in sorted(L, key=lambda x: x["n"]):
        assert e["n"] not in seen, e["n"]
        seen.add(e["n"])
        ext = "json" if e["fmt"] == "json" else "eml"
        fn = "%s-%03d-%s.%s" % (ME, e["n"], e["slug"], ext)
        p = os.path.join(OUT, fn)
        if ext == "json":
            write_json(e, p)
        else:
            write_eml(e, p)
        rows.append("letters/" + fn + "\t" + "\t".join(e["labels"]))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(rows) + "\n")
    print("wrote %d letters" % len(L))


if __name__ == "__main__":
    main()
