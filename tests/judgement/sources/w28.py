#!/usr/bin/env python3
"""w28: letters to the mayor's mailbox (corpus16). Deterministic; stdlib only.
Run: python3 gen.py  -> writes letters/ and labels.tsv next to this file."""
import json
import os
from datetime import datetime, timezone, timedelta
from email.header import Header
from email.utils import formataddr, format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "letters")
TZ = timezone(timedelta(hours=8))
W = "w28"

# Each letter: n, slug, fmt (eml | html | multi | json), date "YYYY-MM-DD HH:MM",
# sender (name, email) for e-mails / form fields for json, subject/title, body,
# labels: category, confidential, reason, department, priority, language, hard
L = []


def E(n, slug, date, name, addr, subject, body, cat, conf, reason, dept,
      prio, lang, hard, fmt="eml"):
    L.append(dict(n=n, slug=slug, fmt=fmt, date=date, name=name, addr=addr,
                  subject=subject, body=body.strip("\n"), cat=cat, conf=conf,
                  reason=reason, dept=dept, prio=prio, lang=lang, hard=hard))


def J(n, slug, date, name, phone, email, anonymous, title, content, district,
      cat, conf, reason, dept, prio, lang, hard):
    L.append(dict(n=n, slug=slug, fmt="json", date=date, name=name,
                  phone=phone, email=email, anonymous=anonymous, title=title,
                  content=content.strip("\n"), district=district, cat=cat,
                  conf=conf, reason=reason, dept=dept, prio=prio, lang=lang,
                  hard=hard))


J(1, "tingshui", "2026-10-03 07:48", "", "139 0000 2211", "", False,
  "停水", "石岭村三组停水三天了，打镇上电话没人接。", "青杠镇",
  "demand", "no", "-", "Water Affairs Bureau", "normal", "zh", "short")

E(2, "xiangdao-kengwa", "2026-10-04 20:15", "熊德贵", "xiong.degui@mail.example.net",
  "白沙乡到河口村那段乡道", """
白沙乡到河口村那七公里，去年说要修，到现在坑比碗还大。拉砂石的大车天天过，前天邻居骑摩托摔了，腿缝了八针。下雨天根本看不清哪里是坑。

我叫熊德贵，河口村二组的，电话186-0000-7340，名字随便写，不怕。就想问问这段路到底归谁管，什么时候能补一补。
""", "demand", "no", "-", "Transport Bureau", "normal", "zh", "-")

J(3, "yangzhuchang", "2026-10-05 22:37", "", "", "", True,
  "养猪场往河里排粪水", """
柳溪村上游那个养猪场晚上偷偷往河沟里放粪水，整条沟臭的要命，下游几户还再用河水浇菜洗衣服。白天去看管子就收起来了，晚上十点以后来看就只道。我就住附近，实在不方便留名字。
""", "枫林县",
  "demand", "yes", "b", "Ecology and Environment Bureau", "normal", "zh", "typos")

E(4, "wen-ge-shi", "2026-10-06 23:02", "", "lan.he77@inbox.example",
  "问个事", """
我爱人在区里一个局上班，不说哪个局了。这个月他们科长在群里发了个表，每人要认购两箱本地一家酒厂的酒，一箱一千二，说是“支持本地企业”，名字后面要填数量，没填的他单独打电话问。我们家一个月房贷四千多，这酒买回去也没人喝。

他自己不敢说什么，年底还要评优。我就想问，这种事有没有人管。
""", "complaint", "yes", "a", "Discipline Inspection Commission", "normal", "zh", "indirect")

E(5, "residence-permit-county", "2026-10-08 10:21", "Daniel Okafor", "d.okafor@mailbox.example",
  "Residence permit - moving to county", """
Hello,

I teach English at a training centre and my company is moving me from the city centre to their branch in Dongqiao County from December. My residence permit is still valid for 8 months. Do I need to register my new address at the county police station, and within how many days? Does the permit itself need to be changed or only the registration form?

Thanks,
Daniel Okafor
""", "consultation", "no", "-", "Public Security Bureau", "normal", "en", "-")

J(6, "bus-203", "2026-10-09 17:40", "Mia", "", "mia.h@post.example", False,
  "bus 203", "What time is the last bus 203 back from Longtan town on weekends?", "",
  "information", "no", "-", "Transport Bureau", "normal", "en", "short")

J(7, "yanglao-bujiao", "2026-10-10 09:05", "王秀英", "151 0000 6672", "", False,
  "城乡居民养老保险能补交吗", """
我今年58，以前在外面打工没交过农村养老保险，现在回村了。听说交满15年才能领，我还能补交前面的年份吗？要带什么去哪里办？
""", "下坝乡",
  "consultation", "no", "-", "Human Resources and Social Security Bureau", "normal", "zh", "-")

E(8, "yanbao-zhangliang", "2026-10-11 21:30", "", "dg_villager@mail.example.org",
  "二轮延包的事", """
我们东岗村今年搞土地延包，重新丈量。我家五口人，量下来比原来少了一亩二，说是以前多算了。村主任他弟家、他连襟家反倒都多了，他弟家那块原来是河滩，现在也算成好地了。去问，会计说是按图来的，图又不给看。

村里人都知道，没人敢出头。我写这个也没跟家里人说。
""", "complaint", "yes", "a", "Discipline Inspection Commission", "normal", "zh", "indirect")

J(9, "huafeichang-gongzi", "2026-10-12 13:16", "小周", "", "zhou_l@mail.example.org", False,
  "厂里三个月没发工资", """
我爸在县里化肥厂干了二十多年，国企，从八月到现在一分钱工资没发，说是资金紧张，社保也停了。家里就靠他那份。能不能有人去厂里问问？厂名我就不写全了，县城北边就那一家化肥厂。我爸还得在那干到退休，他要知道我写这个肯定骂我。
""", "安平县",
  "demand", "yes", "c", "Human Resources and Social Security Bureau", "normal", "zh", "indirect")

E(10, "homestay-refund", "2026-10-13 19:55", "Sophie Laurent", "s.laurent@voyage.example",
  "Homestay in Yunshan village refused refund", """
Dear Sir or Madam,

We booked two nights at a homestay in Yunshan old village for Golden Week through a local tour company (Cuiping Travel). When we arrived on 2 October our rooms had been given to another group and the owner said we could sleep in the storage room or leave. We left. Now the tour company says it is the homestay's fault and the homestay says it is the company's. We paid 1,680 yuan by WeChat, I have the screenshots.

Could someone tell them to return the money? We are not asking for more than that.

Sophie Laurent
+86 135 0000 8214
""", "demand", "no", "-", "Culture and Tourism Bureau", "normal", "en", "-")

E(11, "longtan-lu-laomo", "2026-10-14 08:12", "龙潭一家长", "ltparent@webmail.example",
  "建议给龙潭镇那段路评个劳模", """
龙潭镇中学门口那三百米，今年三月挖了铺，六月挖了铺，这个月又挖了。修路比我们过年还勤快，每次修完下一场雨又起皮。施工牌子上写的是县交通局的项目。

钱多可以理解，能不能一次修好，省得娃娃们每天在泥里走。
""", "complaint", "no", "-", "Transport Bureau", "normal", "zh", "sarcasm")

E(12, "zilaishui-fahuang", "2026-10-15 12:44", "邓春梅", "dengcm@mail.example.com",
  "自来水发黄", """
镇上新街这边自来水这个月一直发黄，接一桶放一晚上底下一层泥沙，烧开水壶里全是黄的，洗衣服都不敢洗白的，洗出来都时黄的。小孩喝了拉肚子，不知道是不是这个原因。水厂电话里说再检查，检查了半个月了。

麻烦快点派人来看看，现在只能去买桶装水，一家人天天喝不起阿。
""", "demand", "no", "-", "Water Affairs Bureau", "normal", "zh", "typos")

E(13, "thanks-dr-wei", "2026-10-16 09:30", "Margaret Hollis", "mhollis@old-mill.example",
  "Thank you to Dr Wei at Shuikou health centre", """
<html><body>
<p>To whom it may concern,</p>
<p>My husband had a fall at about 11pm on 14 October at our house in Shuikou. We live in the village and our Chinese is poor. Dr Wei Hongmei from the township health centre came with a nurse within twenty minutes, dressed the cut on his head and stayed with us until the ambulance from the county hospital arrived. She even wrote a few notes in English for the hospital doctors.</p>
<p>We would like her superiors to know. Nothing else is needed.</p>
<p>Margaret Hollis</p>
</body></html>
""", "information", "no", "-", "Health Commission", "normal", "en", "-", fmt="html")

J(14, "dibao-erzi", "2026-10-17 15:02", "刘", "", "", False,
  "有儿子就不能吃低保？", """
我妈七十六了，一个人住村里，今年低保被停了。村里说她有儿子，儿子有收入就不能吃。我弟在外地打零工，自己都顾不过来。是不是真有这个规定？要怎么重新申请？
""", "石门乡",
  "consultation", "no", "-", "Civil Affairs Bureau", "normal", "zh", "-")

E(15, "zhengming-yisi", "2026-10-18 20:48", "", "qsc2026@mail.example.net",
  "开个证明要多少钱", """
上个月去村委会开家庭困难证明，孩子上大学申请助学金要用。村会计说章在他那，让我“意思意思”，我问意思多少，他伸了两根手指。我给了二百，他才盖的。后来听说隔壁也给了。

开个证明本来不该收钱的吧？我们这是青石村。
""", "complaint", "yes", "a", "Discipline Inspection Commission", "normal", "zh", "indirect")

E(16, "husband-unit-donation", "2026-10-19 23:41", "Liang", "liang.w@mail.example.com",
  "about donation in my husband unit", """
Hello, sorry my English not good, I use English because I dont want my husband see this if he open my phone.

He work in county tax office. Every month from salary they take 300 for "volunteer donation", nobody ask him agree. Also this year the director ask each staff to sell 20 tickets of some company concert to friends, if sell not finish must pay by self.

I think this is not right. Please not say to them it is from family, he will have big trouble. Thank you
""", "complaint", "yes", "a", "Discipline Inspection Commission", "normal", "en", "typos")

E(17, "banche-xianyiyuan", "2026-10-20 10:10", "白果镇村民", "baiguo.lao@mail.example.org",
  "能不能开一趟镇上到县医院的班车", """
我们白果镇离县医院四十多里，现在只有一趟早上七点的车，回来要等到下午五点。老人去看病、拿药，一去就是一整天，很多只能包车，一趟一百五。

建议中午加一班，或者开一趟专门到医院的车，哪怕一周三天也行。
""", "suggestion", "no", "-", "Transport Bureau", "normal", "zh", "-")

J(18, "hpv", "2026-10-21 11:26", "", "177 0000 5530", "", False,
  "HPV", "镇卫生院能打九价吗？还是只能去县里？", "河湾镇",
  "consultation", "no", "-", "Health Commission", "normal", "zh", "short")

E(19, "english-signs-guzhen", "2026-10-21 21:03", "Kevin Zhang", "kzhang@maple.example",
  "Suggestion: English signs at 青溪古镇", """
Hi, I came back from Canada this year and brought some friends to 青溪古镇 last weekend. 景区里的指示牌基本全是中文, only the entrance has English. My friends got lost looking for the 停车场 and the toilets, and the ticket QR code page is Chinese only too.

Since the county is promoting 乡村旅游 to foreign visitors, maybe add simple English to the main signs and to the 公众号 ticket page? Not expensive I think. Thanks!
""", "suggestion", "no", "-", "Culture and Tourism Bureau", "normal", "en", "mixed")

E(20, "gengdi-gaifang", "2026-10-22 18:37", "", "sp_farmland@inbox.example",
  "耕地上盖房子", """
我家在沙坪村有三亩承包地，靠路边那一块，今年九月邻居趁我们在外地打工，拉了砖在上面打地基，现在一层已经起来了。打电话给他，他说村里同意了的。那是基本农田，谁有权力同意？

他是村长的堂兄。我爸妈还住在村里，以后日子还要过，怕闹僵了老人受气。能不能请上面来人看一下。
""", "demand", "yes", "c", "Natural Resources and Planning Bureau", "normal", "zh", "-")

E(21, "ludeng-banjie", "2026-10-23 21:55", "杨柳村 何建平", "hejp@mail.example.net",
  "回复：关于杨柳村路灯的诉求（已办结？）", """
你们十月十二号回复我的短信我还留着：

> 您好，您反映的杨柳村村口至小学路段路灯不亮问题，已转属地镇政府处理，现已办结。感谢您对我们工作的支持。

办结了？我今晚特意去看了，十一盏一盏都没亮，还是黑的。没人来过，村里也没人知道这事。短信上写办结，办的是什么？请重新派单，真的有人来修了再写办结。
""", "complaint", "no", "-", "Urban Management Bureau", "normal", "zh", "quoted")

J(22, "huangni-signal", "2026-10-24 14:18", "Tomás Ruiz", "+86 187 0000 3092", "truiz@farmmail.example", False,
  "No mobile signal in Huangni village", """
I rent a farmhouse in Huangni village and work online. Since the tower near the reservoir was taken down in September, 4G is gone inside the houses, only one bar up on the hill. Broadband is not available here either. Several neighbours have the same problem. Can the operators be asked to restore it?
""", "",
  "demand", "no", "-", "Industry and Information Technology Bureau", "normal", "en", "-")

E(23, "jiashu-wangdian", "2026-10-25 22:10", "", "kiwi.mama@mail.example.com",
  "公务员家属开网店", """
想咨询一下：我丈夫是乡镇公务员，我自己没工作，想在网上开个店卖家里种的猕猴桃和腊肉，需要办营业执照吗？办个体户还是怎么办？会不会对他有影响？

这事我还没想好，麻烦回复的时候只回邮箱，别打电话，也别转到他们单位去问。
""", "consultation", "yes", "b", "Market Regulation Administration", "normal", "zh", "-")

E(24, "taishang-chachang", "2026-10-26 10:40", "林志明", "lin.zm@teahouse.example",
  "關於在鄉鎮投資茶葉加工廠的諮詢", """
您好：

本人為臺灣茶商，近期至貴市雲霧鄉考察，有意在當地設立一間小型茶葉初製廠，規模約３００萬元人民幣。請問：
１．臺資企業在鄉鎮設廠，需向哪個單位申請？有無專門窗口？
２．用地可否租用村集體建設用地？
３．貴市對農產品加工類臺資有無扶持政策？

煩請告知，謝謝。

林志明　敬上
電話：＋８６　１３６　００００　７７２１
""", "consultation", "no", "-", "Commerce and Investment Promotion Bureau", "normal", "zh", "fullwidth")

E(25, "window-6-rude", "2026-10-27 16:05", "Ahmed Rahimi", "a.rahimi@tradeco.example",
  "Treatment at Xinglong county service hall", """
I went to the Xinglong county government service hall on 23 October to submit the documents for my company's branch registration. The woman at window 6 (short hair, glasses, morning shift, badge number ending in 17) looked at the folder for ten seconds, threw it back over the counter and said loudly in front of everyone that foreigners should "go back and learn the rules first". She would not tell me what was missing. Later another clerk told me it was only one stamp on one page.

I would like this to be looked at. Mistakes happen, but not like this.

Ahmed Rahimi
""", "complaint", "yes", "a", "Administrative Approval Bureau", "normal", "en", "-")

J(26, "mother-reimburse", "2026-10-28 08:55", "Zhao Min", "132-0000-4418", "", False,
  "Medical insurance reimburse for mother in other province", """
My mother have rural medical insurance from here, she get sick when visit my sister in Guangdong and stay hospital 9 days. Hospital there say cannot settle direct, she pay all 23000. Now she back home, how to reimburse? Need what paper, and is too late? Sorry english is bad.
""", "Qingyuan County",
  "consultation", "no", "-", "Healthcare Security Bureau", "normal", "en", "typos")

J(27, "legal-aid-hexi", "2026-10-29 12:02", "", "", "jw@inbox.example", False,
  "legal aid office", "Where is the legal aid office in Hexi town, open on Saturday?", "",
  "information", "no", "-", "Justice Bureau", "normal", "en", "short")

E(28, "caishichang-fangpao", "2026-10-30 19:20", "大湾村 钟", "zhong.dw@mail.example.org",
  "采石场放炮", """
大湾村后山那个采石场，每天中午和傍晚各放一次炮，一放炮全村灰蒙蒙的，晒的谷子上全是灰，老人咳嗽。最近还有好几家墙裂了缝，我家灶屋那面墙裂得能伸进手指头。

请环保的来管管这个灰和炮，不能这么干。另外房子裂缝的事该找谁要赔？采石场老板说跟他没关系。
""", "demand", "no", "-", "Ecology and Environment Bureau", "normal", "zh", "two-intents")

E(29, "gas-smell-fuxing", "2026-10-31 19:43", "Raj Patel", "rpatel@fastmail.example",
  "URGENT gas smell at old market building, Fuxing town", """
Strong gas smell right now (19:40) on the ground floor of the old market building on Fuxing Town main street. The noodle restaurants keep lots of LPG bottles in the back corridor and one seems to be leaking, you can hear a hiss. People are still cooking with open fire. I called 119 but the line was busy, trying again. Please send someone immediately, there are flats above.
""", "demand", "no", "-", "Emergency Management Bureau", "high", "en", "-")

J(30, "bianmin-zhongxin-xuexi", "2026-11-02 15:30", "", "", "", False,
  "镇便民服务中心", """
想在周三下午办点事？别想了。镇便民服务中心周三下午永远在“学习”，门口贴张纸，连续三周了。我们农民请一天假不容易，来一趟十几里路，学习也挑个人少的时候吧。
""", "红岩镇",
  "complaint", "no", "-", "Municipal Government Office", "normal", "zh", "sarcasm")

J(31, "youfujin", "2026-11-03 09:14", "陈国强", "135 0000 9017", "", False,
  "优抚金没到账", """
我是退伍老兵，住水口乡。往年十月份优抚金就到了，今年到现在还没到，打乡里电话说等县里。想问问什么原因，什么时候能发下来。
""", "水口乡",
  "demand", "no", "-", "Veterans Affairs Bureau", "normal", "zh", "-")

E(32, "kindergarten-salary-passport", "2026-11-03 21:12", "Jessica Moore", "jmoore@teachmail.example",
  "Unpaid salary and passport kept by school", """
Hello,

I'm an American teacher at a private bilingual kindergarten in Jinshan Town. The school hasn't paid my September and October salary (22,000 yuan in total). When I asked, the principal's assistant said they are "keeping my passport for the visa renewal" and that I'd get both back "after the semester". My contract says pay by the 10th of each month.

I need the money and my passport. To be honest I'm nervous about this. My work permit is tied to this school and I've heard of teachers who complained and suddenly had their contracts ended and their visas cancelled.

Jessica Moore
""", "demand", "yes", "c", "Human Resources and Social Security Bureau", "normal", "en", "-")

E(33, "ganxie-xiaoliu", "2026-11-04 10:25", "瓦窑村 唐丽", "tangli.wy@mail.example.com",
  "感谢镇民政办小刘", """
我奶奶八十九岁，腿脚不好，申请高龄补贴和残疾证的事拖了一年多。上个月镇民政办的刘晓燕同志听说后，自己开车到我们瓦窑村，上门给奶奶拍照、填表，还帮着约了县医院的鉴定。这个月两样都办下来了。

写封信谢谢她，也希望领导知道。
""", "information", "no", "-", "Civil Affairs Bureau", "normal", "zh", "-", fmt="multi")

E(34, "laji-qingyun", "2026-11-05 17:50", "上坝村 罗永福", "luoyf@mail.example.net",
  "村里垃圾收得太慢", """
我们上坝村去年放了四个垃圾桶，一个礼拜才来拉一次，夏天苍蝇成团。建议按人口多配几个桶，夏天至少三天拉一次，再在村口路边设个放大件垃圾的点，不然大家还是往沟里倒。
""", "suggestion", "no", "-", "Urban Management Bureau", "normal", "zh", "-")

E(35, "laojun-snow", "2026-11-06 20:30", "Lukas Becker", "lbecker@alpine.example",
  "Snow on Laojun mountain road this weekend?", """
We plan to drive up the Laojun Mountain road on Saturday 14 November. Is snow or ice expected up there? Our car has no winter tyres. Thanks.
""", "information", "no", "-", "Meteorological Bureau", "normal", "en", "-")

J(36, "xiaoche", "2026-11-07 06:58", "", "130 0000 4476", "", False,
  "村小撤了娃走四十分钟山路上学，校车啥时候有", "", "高桥乡",
  "demand", "no", "-", "Education Bureau", "normal", "zh", "short")

E(37, "diuniu-bulian", "2026-11-10 11:35", "罗家湾 罗开明", "luokm@mail.example.org",
  "牛丢了派出所不立案", """
十一月三号晚上我家两头牛被人从圈里牵走了，脚印一直到公路边，有车轮印。第二天去镇派出所报案，值班那个胖一点的民警，姓何，听了两句就说“牛丢了你找牛去，我们又不是放牛的”，笔录也没做，让我回去等。两头牛一万多块，是我家一年的收入。

现在一个星期了，没人来过问。这样的态度对吗？
""", "complaint", "yes", "a", "Public Security Bureau", "normal", "zh", "-")

E(38, "iit-app-english", "2026-11-10 22:05", "Ryan Liu", "ryan.liu@devzone.example",
  "IIT app English version please", """
I'm working for a 外企 in the development zone. Every year the 个税 annual settlement in the app is only in Chinese, my foreign colleagues always ask me to help them fill in the 专项附加扣除 and honestly I also make mistakes.

Suggest the Taxation Bureau make an English interface, or at least an English guide PDF for the 年度汇算. Many 外籍员工 in our park would benefit.
""", "suggestion", "no", "-", "Taxation Bureau", "normal", "en", "mixed")

J(39, "zhaijidi-jicheng", "2026-11-11 14:40", "何女士", "199 0000 3345", "", False,
  "城里户口能继承农村老房子吗", """
我户口早迁到市里了，我爸在老家桃园村有一处宅基地上的老房子，我爸去年走了，我是独女。我能继承这个房子吗？宅基地证上是我爸的名字，要怎么办过户？
""", "",
  "consultation", "no", "-", "Natural Resources and Planning Bureau", "normal", "zh", "-")

E(40, "chaiqian-dianchang", "2026-11-12 22:48", "", "dc_family@inbox.example",
  "拆迁的事", """
我们家在电厂宿舍区旁边，这次片区改造要拆。补偿方案我们觉得算得不对，一直没签。上周我爸单位接到一个通知，要求拆迁范围内有家属的职工“做好家属工作”，按时签约，还把名单贴在车间里，我爸名字也在上面。我爸五十六了，还有四年退休。

我们不是不讲理，就是想按政策算清楚。拆迁跟他上班有什么关系？现在家里谁也不敢再提这事。
""", "complaint", "yes", "c", "Housing and Urban-Rural Development Bureau", "normal", "zh", "indirect")

E(41, "xie-qiangxiudui", "2026-11-13 08:20", "桂花村 付", "fu.gh@mail.example.com",
  "谢谢供水抢修队", """
<html><body>
<p>11月8号夜里降温，我们桂花村的主水管冻裂了，水喷了一地。打了12345，县里水务的抢修队凌晨一点多就到了，一直干到早上六点修好，几个师傅衣服全湿透了。</p>
<p>没记住名字，就记得带队的师傅姓罗。谢谢他们。</p>
</body></html>
""", "information", "no", "-", "Water Affairs Bureau", "normal", "zh", "-", fmt="html")

J(42, "greenhouse-land", "2026-11-14 10:12", "Hannah Schmidt", "", "hschmidt@greenhouse.example", False,
  "Renting farmland for greenhouse", """
My Chinese husband and I want to rent about 5 mu of farmland from villagers in Liangshui village to build a small vegetable greenhouse. I am German with a permanent residence card. Can I sign the land transfer contract myself or must it be in my husband's name? And is a greenhouse allowed on contracted farmland, or does it need an approval?
""", "Liangshui",
  "consultation", "no", "-", "Agriculture and Rural Affairs Bureau", "normal", "en", "-")

E(43, "bianqiao-ta", "2026-11-16 07:05", "吴", "wu.xiaoxi@mail.example.net",
  "急！小溪村便桥塌了一半", """
小溪村去村小的那座水泥便桥，今天早上一边桥墩塌了，桥面斜着，还有一半搭着。下午放学娃娃们还要从上面过，已经有家长在桥头拦着了，但明天早上怎么办？请赶紧派人来封桥，搭个临时的。

村民 吴  138 0000 6620
""", "demand", "no", "-", "Transport Bureau", "high", "zh", "-")

E(44, "weishengyuan-yeban", "2026-11-17 21:18", "梅嶺鎮居民", "meiling.res@mail.example.org",
  "建議鎮衛生院晚上有醫生值班", """
我們梅嶺鎮衛生院晚上六點以後就只剩一個護士，醫生都回縣城住了。上個月鄰居家老人半夜胸口痛，送到衛生院沒有醫生，又開４０分鐘車去縣醫院。

建議：
１．衛生院晚上至少排一名醫生值班；
２．跟縣醫院建個夜間電話會診。

山區鎮子離縣城遠，晚上真的需要。
""", "suggestion", "no", "-", "Health Commission", "normal", "zh", "fullwidth")

E(45, "village-van", "2026-11-18 23:30", "Wang J.", "wj.sz@mail.example.com",
  "Village car used privately", """
I grew up in Shiqiao village and now work in Shenzhen. Every time I go home I see the village committee's new minivan (bought last year, the door says 石桥村委会) parked outside the village head's house. His son drives it to the county town every weekend, and during National Day it took their family to the beach in the next province - the photos are on the son's WeChat moments. The fuel is paid from village money, the accountant told my uncle.

My parents still live there. I'd rather this didn't come back to them.
""", "complaint", "yes", "a", "Discipline Inspection Commission", "normal", "en", "-")

J(46, "zhengdi-buchang", "2026-11-19 13:05", "李", "156 0000 2784", "", False,
  "征地补偿怎么算", """
我们谷口村要被征一片地修物流园，村里开会只说了个总数，每户多少没讲清楚。想问：征地补偿包括哪几块？青苗费、地上附着物是单独算吗？标准在哪能查到？

回电话直接打我手机，别说是村里谁问的，也别把我号码给村里。
""", "",
  "consultation", "yes", "b", "Natural Resources and Planning Bureau", "normal", "zh", "-")

E(47, "parcel-station-fee", "2026-11-20 16:44", "Olga Petrova", "opetrova@steppe.example",
  "Parcel station charging extra in Nanshan village", """
The only parcel station in Nanshan village (inside the small supermarket) charges 2 yuan for every parcel we pick up, 5 yuan if it is big. The seller has already paid for delivery. When I asked, the man at the counter said "don't want to pay, go to town yourself", which is 12 km away. The old people here pay every time.

Is this allowed? Please ask them to stop.
""", "demand", "no", "-", "Market Regulation Administration", "normal", "en", "-")

E(48, "donation-runaround", "2026-11-21 11:11", "Pieter de Vries", "pdevries@school-pta.example",
  "Donating winter clothes - nobody knows who accepts", """
Our international school parents collected 40 boxes of winter clothes and shoes for the primary school in Fengshu township. For three weeks we have been sent back and forth between the township office, the county civil affairs office and the charity federation. Each one says another one handles "donations to schools". One phone number on the website has not worked since October.

The boxes are in my garage. It should not be this hard to give things away. Please sort out the process, or at least tell us who accepts them.

Pieter de Vries
""", "complaint", "no", "-", "Civil Affairs Bureau", "normal", "en", "-")

J(49, "butie-zhongzi", "2026-11-22 09:48", "黄", "183 0000 1246", "", False,
  "种粮补贴没到", """
耕地地力保护补贴往年都是六七月发到一卡通上，今年我们坪上村好几户都没收到，问村里说不清楚。请帮忙查一下。

还有，今年乡里统一发的玉米种子出苗很差，十棵出五棵，这个能不能也一起反映一下。
""", "坪上乡",
  "demand", "no", "-", "Agriculture and Rural Affairs Bureau", "normal", "zh", "two-intents")

E(50, "cycle-lane-xiangshui", "2026-11-23 20:00", "Ben Carter", "ben.carter@riders.example",
  "Suggestion: cycle lane on the Xiangshui reservoir road", """
We are a group of about 30 cyclists, Chinese and foreign, who ride the county road around Xiangshui reservoir most weekends. The road was resurfaced this summer and it's lovely, but there is no shoulder and the trucks from the sand yard pass very close.

We'd suggest painting a simple cycle lane on the 18 km loop and putting up a few "share the road" signs. It would also help the farm-stay places along the route, which already get weekend riders. Happy to share our GPX ride data if that is useful.

Ben Carter, Xiangshui Riders
150 0000 7783
""", "suggestion", "no", "-", "Transport Bureau", "normal", "en", "-", fmt="multi")

E(51, "lianxice", "2026-11-24 21:36", "", "grade5.parent@mail.example.net",
  "学校要求买资料", """
孩子在镇中心小学读五年级。班主任开学说要统一买他推荐的一套练习册，一学期三百二，只能在学校对面那家文具店买，说别处买的版本不对。后来有家长发现那家店是他老婆开的。没买的几个孩子，作业本上被写了“资料不齐”。

孩子还在他班上，还有一年半。我们就想问问，学校这样做行不行。
""", "complaint", "yes", "a", "Education Bureau", "normal", "zh", "indirect")

J(52, "publish-12345-results", "2026-11-25 08:30", "", "", "", True,
  "Publish 12345 results by township", """
Suggestion: publish a monthly summary of 12345 cases online for each township - how many received, how many solved, average days. Residents could see which places are slow. Right now we only get an SMS saying "closed".
""", "",
  "suggestion", "yes", "b", "Municipal Government Office", "normal", "en", "-")

E(53, "xiexie-shizhang", "2026-11-26 07:40", "一个老党员", "laodangyuan@mail.example.org",
  "谢谢市长", """
今年我们镇通了到市里的公交，村里也修了卫生室，老百姓看得见。谢谢市长，谢谢政府。

一个老党员
""", "information", "no", "-", "none", "normal", "zh", "-")

E(54, "close-earlier-letter", "2026-11-26 18:02", "Anna Kowalska", "akowalska@post.example",
  "Please close my earlier letter", """
Hi, I wrote on 2 Nov about the noise next door. The neighbours moved out last week, so nothing to do now. Please close it. Thanks, Anna
""", "information", "no", "-", "none", "normal", "en", "short")

J(55, "jijing-huaile", "2026-11-27 10:15", "", "188 0000 7712", "", False,
  "jijing坏了", """
我们桃坪村三组的机井抽水泵坏了一个多月，麦子要浇水了。村里说没钱修，shui wu ju能不能派人来看看，要不地都干了
""", "桃坪",
  "demand", "no", "-", "Water Affairs Bureau", "normal", "zh", "typos")

E(56, "pension-transfer-followup", "2026-11-28 14:22", "Grace Li", "grace.li@mail.example.com",
  "Re: Your enquiry about pension transfer", """
Thank you for the reply below, but I still have a question.

-----Original message-----
From: 12345 hotline
Date: 2026-10-28
Dear Ms Li, regarding your father's rural residents' pension: if he moves his hukou to the city, his individual account can be transferred to the urban and rural residents' scheme of the new place, and the years already paid are counted. Please apply at the social security office of the new place.
-----

My father is already 63 and gets 180 yuan a month through the village. If he moves his hukou now, does the payment stop during the transfer, and does he need to bring anything from the village? He is not good at travelling, so we want to do everything in one trip.

Grace Li
""", "consultation", "no", "-", "Human Resources and Social Security Bureau", "normal", "en", "quoted")

E(57, "shoushu-hongbao", "2026-11-29 22:50", "", "gk_family@inbox.example",
  "手术前要红包", """
我妈在县人民医院骨科住院，准备做髋关节手术。主刀的那个主任查房时跟我说“手术排得满，想早点做要懂事”，隔天护士长又提醒我“家属要表示一下”。我包了三千，第二天就排上了。

我哥在县里单位上班，不想闹大，但这事总觉得不对。请上面查一查，处理的时候别透露是病人家属说的。
""", "complaint", "yes", "a", "Health Commission", "normal", "zh", "-")

E(58, "factory-night-noise", "2026-11-30 01:20", "Marco", "marco.b@webmail.example",
  "jubao noise factory at night", """
I want to jubao (report) - the metal factory beside Dongshan village (industrial park, blue roof) run big hammer machine all night from 11pm to 4am, since two week. Whole village cant sleep, my baby wake every hour. Daytime is ok, only night. Please send someone check in night time not in day, in day they are quiet.
""", "demand", "no", "-", "Ecology and Environment Bureau", "normal", "en", "typos")

J(59, "nongcun-yanglaojin", "2026-11-30 09:33", "老范", "", "", False,
  "农村养老金", """
我们农村老人每个月养老金一百八十几块，够买几斤肉？城里退休的一个月几千。不求一样，建议每年多涨一点，至少让老人买药不用伸手找儿女要。
""", "平坝乡",
  "suggestion", "no", "-", "Human Resources and Social Security Bureau", "normal", "zh", "sarcasm")

E(60, "thanks-traffic-officer", "2026-11-30 16:48", "Tom Fletcher", "tfletcher@roam.example",
  "Thanks to a traffic policeman on the S207", """
On 21 November my car slid into the ditch on the S207 county road near Baiyang after the rain. A traffic police officer, Officer Zhang (badge starting 031, I didn't catch the rest), stopped, called a tractor from a farm nearby and helped us push for half an hour in the mud. He refused the cigarettes and the money I offered.

Please pass on our thanks to him and his team.

Tom Fletcher
""", "information", "no", "-", "Public Security Bureau", "normal", "en", "-")


# ---------------------------------------------------------------- writers
def dt(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=TZ)


def subj(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def crlf(text):
    return "\r\n".join(text.split("\n"))


def html_of(text):
    import html
    paras = [p for p in text.split("\n\n") if p.strip()]
    return "<html><body>\n" + "\n".join(
        "<p>" + html.escape(p).replace("\n", "<br>") + "</p>" for p in paras
    ) + "\n</body></html>"


def write_eml(d, path):
    frm = formataddr((d["name"], d["addr"]), charset="utf-8") if d["name"] else d["addr"]
    hdr = [
        "From: " + frm,
        "To: mayor@city.example",
        "Subject: " + subj(d["subject"]),
        "Date: " + format_datetime(dt(d["date"])),
        "Message-ID: <%s-%03d.%s@mail.city-letters.example>" % (W, d["n"], dt(d["date"]).strftime("%Y%m%d%H%M")),
        "MIME-Version: 1.0",
    ]
    body = d["body"]
    if d["fmt"] == "eml":
        hdr += ["Content-Type: text/plain; charset=utf-8",
                "Content-Transfer-Encoding: 8bit"]
        msg = "\n".join(hdr) + "\n\n" + body + "\n"
    elif d["fmt"] == "html":
        hdr += ["Content-Type: text/html; charset=utf-8",
                "Content-Transfer-Encoding: 8bit"]
        msg = "\n".join(hdr) + "\n\n" + body + "\n"
    else:  # multipart/alternative
        b = "=_w28_alt_%03d" % d["n"]
        hdr += ['Content-Type: multipart/alternative; boundary="%s"' % b]
        msg = "\n".join(hdr) + "\n\n" + "\n".join([
            "--" + b,
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: 8bit",
            "",
            body,
            "--" + b,
            "Content-Type: text/html; charset=utf-8",
            "Content-Transfer-Encoding: 8bit",
            "",
            html_of(body),
            "--" + b + "--",
            "",
        ])
    with open(path, "wb") as f:
        f.write(crlf(msg).encode("utf-8"))


def write_json(d, path):
    obj = {
        "id": "%s-%03d" % (W, d["n"]),
        "submitted_at": dt(d["date"]).isoformat(),
        "name": d["name"],
        "phone": d["phone"],
        "email": d["email"],
        "anonymous": d["anonymous"],
        "title": d["title"],
        "content": d["content"],
        "district": d["district"],
    }
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=2)
        f.write("\n")


def main():
    os.makedirs(OUT, exist_ok=True)
    for fn in os.listdir(OUT):
        if fn.startswith(W + "-"):
            os.remove(os.path.join(OUT, fn))
    nums = [d["n"] for d in L]
    assert nums == list(range(1, 61)), nums
    rows = ["path\tcategory\tconfidential\treason\tdepartment\tpriority\tlanguage\thard"]
    for d in L:
        ext = "json" if d["fmt"] == "json" else "eml"
        fn = "%s-%03d-%s.%s" % (W, d["n"], d["slug"], ext)
        p = os.path.join(OUT, fn)
        if ext == "json":
            write_json(d, p)
        else:
            write_eml(d, p)
        rows.append("\t".join(["letters/" + fn, d["cat"], d["conf"], d["reason"],
                               d["dept"], d["prio"], d["lang"], d["hard"]]))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(rows) + "\n")


if __name__ == "__main__":
    main()
