
# ===========================================================================
# letters 55-81

E(55, "reply-streetlights-still-dark", "complaint", "URBAN", """
你们的回复我看到了，但是问题根本没有解决！

回复里说“已安排维修人员修复，已办结”，可是到今天为止，梧桐路从电力新村路口到菜市场那一段的路灯还是全部不亮，晚上黑灯瞎火的。我昨天晚上九点又去看了，一盏都没亮。根本没有人来修过，附近摆摊的大姐也说没见过修路灯的人。

没修好就填“已办结”，这是在应付老百姓吗？请城管局重新核实，也请告诉我到底是哪个单位、哪位工作人员回复的“已修复”。

黄立群

在 2026-09-10 16:22:31，"市长信箱" <12345@city.example> 写道：
> 黄立群先生/女士：
> 您好！您反映的梧桐路部分路段路灯不亮的问题，已转城区城市管理局办理。
> 经核实，该路段路灯因线路老化出现故障，已安排维修人员修复，现已恢复正常照明。
> 感谢您对城市管理工作的关心和支持！
> 市长信箱 工单编号：12345-20260903-00871
""", cs="utf-8", label="utf-8", cte="base64", st="plain", mailer="qq", sq="B",
  when=(2026, 9, 21, 8, 2, 44),
  in_reply_to="<20260910162231.00871@city.example>",
  references=["<tencent_4C1D0E7A3B6F@qq.example>", "<20260910162231.00871@city.example>"],
  to="12345@city.example", to_name="市长信箱",
  subj="回复：关于梧桐路路灯不亮问题的答复", frm=("黄立群", "huanglq@qq.example"))

F(56, "elderly-neighbour-not-seen", "demand", "CIVIL", prio="high",
  fid="WF20260918-000085", at="2026-09-18T08:37:12+08:00",
  name="邱小红", phone="13858047716", email="", district="东城区",
  title="独居老人三天没出门，敲门没人应",
  content="东城区和平新村4幢201的张大爷，八十五岁，一个人住，儿子在外地。平时每天早上都会下楼买菜，"
          "这三天都没看到他，敲门没有反应，屋里的电视好像一直开着，门口的牛奶也没拿。"
          "我们联系不上他儿子。请社区和民政部门赶紧派人来看看，必要时破门，怕老人出事了！")

F(57, "site-workers-wages-keep-name", "demand", "HR", conf="yes",
  fid="WF20260918-000342", at="2026-09-18T21:14:30+08:00",
  name="老李", phone="15372019955", email="", district="高新区",
  title="工地拖欠我们二十多个农民工的工资",
  content="高新区智造小镇三期工地，包工头叫蔡某，从五月到现在一共欠了我们二十三个人的工资，"
          "加起来四十多万。总包单位说钱已经拨给包工头了，包工头说没收到，两边踢皮球。"
          "我们现在还在工地上干活，不干的话以前的钱更拿不到。\n"
          "请劳动部门帮我们协调，但是千万别说是我反映的，包工头说了谁去告状就让谁滚蛋，一分钱都不给。")

E(58, "chemical-smell-dizzy", "demand", "ECO", """
紧急情况！

滨江区浦沿工业园东边的化工厂（靠近江晖路那个有两个大罐子的）从今天早上八点左右开始，整个片区都是一股很刺鼻的气味，像烂苹果又像油漆。我们公司在隔壁园区，已经有五六个同事头晕、恶心、眼睛疼，其中一个女同事吐了，已经送医院。

附近还有一所幼儿园和一个大型居民区。不知道是不是泄漏了什么有毒气体，请环保和应急部门马上派人来检测，该疏散的赶紧疏散！

联系人：闵鸿涛 15167123580
""", prio="high", cs="gb18030", label="gb18030", cte="base64", mailer="foxmail",
  subj="浦沿工业园化工厂附近刺鼻气味，多人头晕呕吐", frm=("闵鸿涛", "minhongtao@qq.example"))

E(59, "accommodation-registration", "consultation", "PSB", """
Hi,

I just moved from a hotel into a rented apartment in Dongcheng District. A friend told me
foreigners must register their address with the police within 24 hours. Is that right?
Can I do it online or do I need to go to the police station in person with my landlord?
What happens if I'm late - I moved in 3 days ago.

Thanks,
Ethan Clarke
""", lang="en", cs="us-ascii", label="us-ascii", cte="7bit", mailer="webmail",
  subj="Registering my address as a foreigner",
  frm=("Ethan Clarke", "ethanclarke92@gmail.example"))

E(60, "village-cadre-subsistence", "complaint", "DIC", """
纪委领导：

我们是老城区桥头镇沙湾村的村民，反映村支书兼村主任杜某某在低保评定中优亲厚友的问题。

村里现在吃低保的十七户里，有五户是杜某某的亲戚，其中他的小舅子家有两套房、一辆小轿车，还开着一个农家乐；他的堂弟常年在外地做生意。而真正困难的几户，比如村西头瘫痪在床的孙老汉家、独自带两个孙子的吴奶奶家，申请了好几年都评不上。

每年评低保从来不开村民代表会，名单也不公示。村民去问，杜某某说“上面定的”。

请纪委派人下来查，我们可以作证。但是不要让村里知道是谁写的信，不然以后在村里日子没法过。

沙湾村几位村民
""", conf="yes", cs="gb2312", label="gb2312", cte="quoted-printable", mailer="coremail", sq="Q",
  subj="反映沙湾村村支书低保评定优亲厚友", frm=("沙湾村民", "shawan_cm@163.example"))

E(61, "tree-leaning-after-typhoon", "demand", "URBAN", """
解放路小学正门口那棵大梧桐树，台风过后整棵树往马路这边歪了，根都翘起来了，树冠压在电线上。现在正是放学时间，好多家长和孩子在树底下等，很危险。保安说打了电话但没人来。请园林部门马上来处理！！

138 6805 2217 宋
""", prio="high", cs="utf-8", label="utf-8", cte="8bit", mailer="android",
  subj="解放路小学门口大树倾斜压电线，随时可能倒", frm=("宋", "songyu_2015@163.example"))

E(62, "fwd-community-canteen", "suggestion", "CIVIL", """
市长信箱：

下面是我们小区的退休教师陶老师写的信，他眼睛不好，让我帮忙转发给您。我也很赞同他的想法，我们这个小区六十岁以上的老人占了三分之一。

社区志愿者 于晓燕
""", cs="utf-8", label="utf-8", cte="base64", st="fwd", mailer="coremail",
  inner=dict(n=62, frm=("陶文彬", "taowb1950@163.example"), cs="gb2312", cte="base64", mailer="none",
             when=(2026, 9, 19, 15, 41, 0), to="yuxiaoyan@163.example",
             subj="关于开办社区老年食堂的建议",
             body="""
市长同志：

我今年七十六岁，老伴去年走了，一个人住。年纪大了，做饭越来越吃力，经常一顿饭热好几次吃。我们小区像我这样的独居、空巢老人有一百多位。

建议在社区开办老年食堂：
一、利用社区活动中心的一楼，由政府给点场地和水电补贴，请正规的餐饮企业来经营；
二、老人凭卡就餐，八十岁以上、低保、失能老人给予优惠；
三、行动不便的可以送餐上门，志愿者可以帮忙。

听说外地已经有不少这样的食堂了，希望我们市也能办起来。

退休教师 陶文彬
""".strip("\n") + "\n"),
  subj="Fwd: 关于开办社区老年食堂的建议", frm=("于晓燕", "yuxiaoyan@163.example"))

E(63, "symphony-concert-tickets", "information", "TOUR", """
Hello! Where can I buy tickets for the City Symphony Orchestra's concert at the Grand Theatre
on 10 October? The official app only accepts Chinese ID cards. Is there a box office where I
can pay by card, and until what time is it open?
Thanks, Olga
""", lang="en", cs="utf-8", label="utf-8", cte="base64", mailer="phone",
  subj="Concert tickets – buying without Chinese ID", frm=("Olga Ivanova", "olga.ivanova.music@example.com"))

F(64, "sole-trader-deregistration", "consultation", "MARKET",
  fid="WF20260920-000119", at="2026-09-20T10:18:45+08:00",
  name="蒋红梅", phone="18067305521", email="", district="老城区",
  title="个体工商户营业执照怎么注销",
  content="我在老城区开的服装店不做了，想把个体户营业执照注销掉。请问可以网上办吗？需要先去税务清税吗？"
          "还有一张食品经营许可证（以前卖过零食），要不要一起注销？")

E(65, "hk-resident-buy-flat", "consultation", "HOUSING", """
你好，

本人係香港居民，現於貴市一間港資企業工作已滿兩年，有繳納個人所得稅及社保。

想查詢：
（１）香港居民在本市購買首套住房，目前有沒有限購？需要提供哪些證明文件？
（２）可否申請住房公積金貸款？
（３）購房後辦理不動產登記，是否需要將香港身份證的文件公證？

謝謝！

陳家豪
""", cs="big5", label="big5", cte="quoted-printable", mailer="apple", hant=True,
  subj="香港居民購房查詢", frm=("陳家豪", "kaho.chan@example.com.hk"))

E(66, "enforcement-no-id", "complaint", "URBAN", """
市长您好：

我在城西农贸市场门口开了一家小五金店。9月18日上午，三名城管执法人员到店里，说我店门口摆的货物超出门线，要暂扣货物。我请他们出示执法证，其中一个人说“穿着制服还要什么证”，另一个不耐烦地说“你再啰嗦就全部拉走”。

我承认货物摆出来一点是不对的，我当场就往回收了。但是执法人员执法不出示证件、态度蛮横，我认为不妥。希望城管局加强对执法人员的规范管理，执法要文明、要亮证。

五金店店主 蔡德明
""", cs="gbk", label="gbk", cte="base64", st="alt", mailer="foxmail",
  subj="反映城管执法人员执法不亮证、态度蛮横", frm=("蔡德明", "caideming@163.example"))

E(67, "publish-air-quality-data", "suggestion", "ECO", """
Dear Mayor,

I’m François Lefèvre, a French researcher at the university’s School of Environment. I’d
like to make a suggestion about air-quality information.

At present the city publishes an hourly AQI for the whole city, but not the data from the
individual monitoring stations in an easy, downloadable form. Residents who live next to
the industrial parks or the ring road can’t see what’s happening in their own area.

Suggestions:
• publish station-level PM2.5, PM10, NO₂ and O₃ data as open data (CSV or an API);
• add the monitoring stations near schools and hospitals to the public map;
• issue alerts in English as well, for the foreign community.

Many cities in Europe do this and it builds public trust. My lab would be glad to help.

Bien cordialement,
François Lefèvre
""".replace("NO₂ and O₃", "NO2 and O3"), lang="en", cs="windows-1252", label="iso-8859-1",
  cte="quoted-printable", mailer="thunderbird", tz=8,
  subj="Suggestion – open air-quality data by monitoring station",
  hdr_cs="windows-1252",
  frm=("François Lefèvre", "francois.lefevre@example.fr"))

E(68, "school-uniform-fees", "complaint", "EDU", """
教育局领导：

我们是城北第三中学初一新生家长。开学时学校要求每个学生必须交“校服费”680元（四套），还有“教辅资料费”420元、“社团活动费”300元、“午休管理费”每学期600元。校服必须在学校指定的商家买，外面同款不到一半价钱；教辅资料是班主任统一订的，不交的孩子上课没书用。

收费没有任何收据，只让家长在班级群里用个人微信转给班主任。

请教育局查一查这些收费是否合规。家长们都怕影响孩子，没有人敢出面，请对反映人信息保密。

一位初一家长
""", conf="yes", cs="utf-8", label="utf-8", cte="quoted-printable", st="html", mailer="coremail",
  subj="反映城北三中开学乱收费（请保密）", frm=("", "parent_cb3z@163.example"))

E(69, "sinkhole-near-metro-works", "demand", "HOUSING", """
市长：您好！

今天下午3点左右，人民医院站B出口地铁施工围挡外面的人行道上突然塌了一个坑，直径有两米多，深一米多，下面能看到水在往外冒。施工方用几块板子盖住了，拉了一根警戒带就不管了。

这个位置每天有大量去医院看病的老人和病人经过，晚上光线差，而且坑的边缘还在继续往下掉土，我担心旁边的公交站台也会塌。

照片附上，请住建部门和地铁建设单位马上派人处理，查清楚地下是不是被掏空了！

市民 梁志远
""", prio="high", cs="gbk", label="gbk", cte="base64", st="mixed", mailer="outlook",
  atts=[att("地铁施工路段路面塌陷现场照片（人民医院站B出口）.png", "png", style="2231cont")],
  subj="人民医院站地铁施工处路面塌陷，请紧急处理", frm=("梁志远", "liangzhiyuan@example.cn"))

F(70, "flu-vaccine-where", "information", "HEALTH",
  fid="WF20260921-000760", at="2026-09-21T13:02:51+08:00",
  name="毛晓雯", phone="", email="maoxw@163.example", district="滨江区",
  title="哪里可以打流感疫苗",
  content="请问今年的流感疫苗什么时候开始打？滨江区哪些社区卫生服务中心可以打？需要预约吗？两岁的宝宝可以打吗？")

E(71, "typhoon-flights", "information", "", """
Will the typhoon close the airport this weekend? I have a flight to Singapore on Saturday morning.
""", lang="en", cs="us-ascii", label="us-ascii", cte="7bit", mailer="phone",
  subj="typhoon and flights", frm=("", "k.tan.sg@example.com.sg"))

E(72, "housing-fund-rent-withdrawal", "consultation", "HOUSING", """
您好：

本人在市区租房居住，单位一直在给我缴纳住房公积金。请问：

１．无房职工租房可以提取公积金吗？每年最多能提取多少？
２．需要提供租房合同和发票吗？还是只要个人承诺就可以？
３．能不能在手机上办理，还是必须去公积金中心柜台？

谢谢！
孔令辉
""", cs="gb2312", label="gb2312", cte="base64", mailer="qq",
  subj="咨询租房提取住房公积金", frm=("孔令辉", "konglh@qq.example"))

E(73, "marriage-registration-foreigner", "consultation", "CIVIL", """
Dear Sir/Madam,

I am an Australian citizen and my fiancée is Chinese, with her hukou in this city. We
would like to register our marriage here in December.

Could you please tell us which marriage registration office handles marriages involving a
foreign national, and what documents I need? In particular:

- does my certificate of no impediment to marriage need to be legalised by the Chinese
  embassy, or is an apostille enough now?
- does it have to be translated by a certified translation company in China?
- do we need to book an appointment?

Thank you!

Best wishes,
Nathan Hughes & 钟晓琳
""", lang="en", cs="utf-8", label="utf-8", cte="base64", st="alt", mailer="apple", tz=10,
  subj="Marriage registration with a foreign national",
  frm=("Nathan Hughes", "nathan.hughes@example.com.au"))

F(74, "official-car-school-run", "complaint", "DIC", conf="yes",
  fid="WF20260922-000037", at="2026-09-22T07:49:15+08:00",
  name=None, phone=None, email=None, anon=True, district="高新区",
  title="公车私用：每天用单位的车接送孩子上学",
  content="高新区某局一名领导，每天早上七点半左右都坐一辆挂着“公务用车”标识的黑色轿车，送孩子到外国语学校上学，"
          "下午四点半又来接，周末还开这辆车去郊区钓鱼。车牌号照片附上，已经拍了两个多星期。"
          "中央早就有规定，请纪委查处。",
  atts=[att("IMG_20260918_073512.jpg", "jpg"), att("IMG_20260919_163048.jpg", "jpg")])

E(75, "garbage-sorting-times", "suggestion", "URBAN", """
领导们好：

我们小区从上个月开始推行垃圾“定时定点”投放，每天只有早上7:00-9:00和晚上6:30-8:30两个时段可以扔，其他时间垃圾桶都锁起来。初衷是好的，但是执行下来有点问题，说几句可能有点啰嗦：

上夜班、早出晚归的年轻人根本赶不上投放时间，结果垃圾袋就堆在锁着的垃圾桶旁边，反而更脏；督导员只在早上在，晚上没有人指导分类。

建议：
一、在每个小区保留一个24小时开放的“误时投放点”，加装摄像头；
二、厨余垃圾桶装上脚踩开盖，夏天太臭，大家不愿意用手开；
三、多用积分兑换的方式鼓励，少用罚款。

谢谢！ 市民 曹玥
""", cs="gbk", label="gb2312", hdr_cs="gbk", cte="base64", mailer="foxmail",
  subj="对小区垃圾定时定点投放的建议", frm=("曹玥", "caoyue0809@qq.example"))

E(76, "restaurant-water-cut-roadworks", "demand", "WATER", """
Dear Sir or Madam,

I own "Bella Napoli", an Italian restaurant at No. 21 Hubin Road (Old Town District), with
14 employees. Because of the road works in front of our building, the water supply to our
block has been cut four times in the last two weeks, each time for a whole day, and we
were never told in advance. Each time we had to close and throw away food.

We fully support the road improvement, but could the relevant department please:

1. ask the contractor to give businesses at least 24 hours' notice of any water cut;
2. tell us how long the works will continue; and
3. consider a temporary water connection for the restaurants on this block?

The water company's hotline told us to "ask the construction company", and the
construction company told us to "ask the government".

Many thanks for your help.
Marco Bellini
Owner, Bella Napoli
Tel. 0571-8766 3012
""", lang="en", cs="utf-8", label="utf-8", cte="quoted-printable", mailer="outlook", lang_hdr="it-it",
  subj="Repeated water cuts without notice - restaurant on Hubin Road",
  frm=("Marco Bellini", "marco@bellanapoli.example"))

E(77, "eco-bureau-closed-without-action", "complaint", "ECO", """
我从今年五月到现在，已经第五次反映同一个问题了：滨江区长河街道“永兴塑料厂”每天晚上排放刺鼻的塑料焦味，周边三个小区的居民晚上都不敢开窗。

每次反映以后，生态环境分局都回复“经现场检查，该企业废气处理设施正常运行，未发现违法行为”，然后就办结了。可是每次来检查都是白天，而且提前打电话通知厂里。我们要求晚上来，从来没有来过。

我想问：这样的检查有什么意义？是不是只是为了走流程？请市里督办，不要再让分局自己查自己了。

长河街道 居民 龚丽娜
18758126647
""", cs="utf-8", label="utf-8", cte="base64", mailer="foxmail",
  subj="五次反映塑料厂废气扰民，环保分局每次都敷衍办结", frm=("龚丽娜", "gonglina@qq.example"))

E(78, "subsistence-application-delay", "demand", "CIVIL", """
市长您好：

我叫邹志强，今年五十六岁，前年查出尿毒症，每周要透析三次，已经没办法工作。老婆在超市做保洁，一个月两千出头，儿子还在上大学。

今年六月，我在社区递交了低保申请，材料都交齐了，社区说要等街道审核、入户调查。到现在三个多月了，一直说“在走流程”，问哪一步了，谁也说不清楚。

我们家现在每个月光看病就要花三千多，已经借了很多钱。请民政部门帮我问问，到底什么时候能批下来？如果不符合条件，也请告诉我原因。

邹志强 13777042095
老城区北关街道红星新村
""", cs="gb2312", label="gb2312", cte="quoted-printable", mailer="none",
  subj="低保申请三个多月没有结果", frm=("邹志强", "zouzhiqiang@163.example"))

E(79, "public-bike-card-info", "information", "TRANS", """
Hi, how can a foreigner get a public bicycle card? Can I use my passport, and where is the
nearest service point to Wenhua Road? Is there a deposit?
Thx!
""", lang="en", cs="us-ascii", label="us-ascii", cte="7bit", mailer="android",
  subj="Public bicycle card", frm=("Lucas Moreau", "lucas.moreau@example.com"))

E(80, "mid-autumn-lantern-fair", "information", "TOUR", """
Dear Mayor's Mailbox,

My family would like to see the Mid-Autumn lantern fair this year. Could you tell us the
dates and the venue, whether it is free, and which metro station is nearest? Will there be
any fireworks?

Thank you and happy Mid-Autumn Festival!
The Nakamura-Wilson family
""", lang="en", cs="utf-8", label="utf-8", cte="quoted-printable", st="html", mailer="webmail",
  subj="Mid-Autumn lantern fair – dates and venue?",
  frm=("Emily Nakamura-Wilson", "emily.nw@gmail.example"))

E(81, "rude-exit-entry-officer", "complaint", "PSB", """
To whom it may concern,

On 22 September I went to the Exit-Entry service hall to collect my residence permit. The
officer at window 5 (a man in his thirties, no name badge visible) was extremely rude. When
I asked, in Chinese, why my permit was not ready although the SMS said it was, he shouted
at me in front of everybody, called me "stupid foreigner" in Chinese and threw my receipt
back across the counter.

Another officer eventually found my permit in a box behind the counter, so it was ready
all along.

I understand the staff are busy, but this behaviour is unacceptable in a public service
hall. I ask that the Exit-Entry Administration look into this and remind staff to treat
all applicants with respect.

Regards,
Dmitri Volkov
""", lang="en", cs="utf-8", label="utf-8", cte="quoted-printable", mailer="outlook",
  subj="Complaint about an officer at the Exit-Entry service hall",
  frm=("Dmitri Volkov", "d.volkov@example.com"))
