
# ===========================================================================
# letters 28-54

E(28, "school-owes-teacher-salary", "demand", "HR", """
Dear Sir or Madam,

I am a British citizen employed as a full-time English teacher by Sunshine Bilingual
Training Centre (Room 301, 55 Xueyuan Road, Gaoxin District) since February 2026. I hold a
valid work permit and residence permit sponsored by the school.

The school has not paid my salary for July and August (2 x 16,500 RMB). The manager,
Ms. Fang, keeps promising "next week", but now she says the centre is "restructuring" and
some Chinese colleagues have also not been paid. Last Friday the front desk was closed
and the furniture was being moved out.

I have my contract, my payslips up to June and bank statements showing the payments
stopped. I would like to know who can help me recover the wages, and whether I can do
this while my permits are still tied to this employer.

This is urgent for me as I cannot pay my rent.

Kind regards,
Hannah Price
Mobile: 177 0571 3360
""", lang="en", cs="utf-8", label="utf-8", cte="base64", mailer="webmail",
  subj="My employer owes me two months' salary", frm=("Hannah Price", "hannah.price.esl@gmail.example"))

E(29, "property-fee-overcharge", "demand", "HOUSING", """
市长您好：

我要投诉我们小区的物业公司：城南“锦绣华庭”小区的恒安物业。

今年七月起，物业在没有召开业主大会、没有公示的情况下，把物业费从每平方米1.8元涨到2.6元，还另外收取“电梯运行费”每月50元、“二次供水加压费”每月30元。不交的业主，门禁卡就被停用，车也不让进小区。

我们几十户业主去物业办公室要求出示收费依据，经理说是“开发商签的合同里写的”，但又拿不出来。

请住建部门依法调查处理，责令物业退还多收的费用，恢复业主门禁。

锦绣华庭业主 方振宇
13616575028
""", cs="gb2312", label="gb2312", cte="base64", mailer="foxmail",
  subj="投诉锦绣华庭小区物业擅自涨价乱收费", frm=("方振宇", "fangzhenyu@163.example"))

F(30, "fire-inspector-extortion", "complaint", "DIC", conf="yes",
  fid="WF20260912-000877", at="2026-09-12T23:09:02+08:00",
  name="", phone="", email="", anon=True, district="老城区",
  title="消防检查人员吃拿卡要",
  content="我在老城区开了一家小饭馆，今年已经被“消防检查”三次了。每次来的都是同一个人，自称是区里的，"
          "每次都说灭火器位置不对、应急灯不亮，要罚款五千，然后又说“交个朋友就算了”。前两次我给了两千块钱现金，"
          "还请他们吃了一顿饭、拿了两条烟。上周又来了，这次要三千。附近好几家店都遇到过。"
          "我不敢实名，怕他以后天天来查。这个人大概四十多岁，开一辆白色的车，车牌尾号是37。请纪委查一查。")

E(31, "night-construction-noise", "demand", "ECO", """
市长！！！
我实在受不了了！！！我家住在城北新苑小区，对面的“璟园”工地已经连续半个多月每天晚上施工到凌晨两三点，打桩机、混凝土泵车轰轰响，整栋楼都在震。
我孩子明年高考，每天晚上根本没法学习，老人心脏不好，吃了药都睡不着。
打过12369，也打过110，来了人看一眼就走了，第二天照样干。工地门口贴的“夜间施工许可”早就过期了！
请问到底有没有人管？？？要求立即停止夜间施工，依法处罚！
城北新苑 8幢 韩先生 139 5718 6620
""", cs="utf-8", label="UTF-8", cte="quoted-printable", st="alt", mailer="coremail",
  subj="城北璟园工地天天夜间施工，严重扰民，请立即制止！", frm=("韩先生", "hanlei_cb@163.example"))

E(32, "keep-old-street-character", "suggestion", "PLAN", """
市長先生您好：

我是一名退休的中學歷史教師，在本市居住了四十多年。近日聽說城中「柳巷」一帶將整體拆除改建為商業綜合體，心中十分不捨，冒昧寫信陳述幾點淺見。

柳巷是本市僅存的一條保留明清街巷格局的老街，青石板路、騎樓、老字號藥舖和茶館，承載了幾代人的記憶。拆了再建一條「仿古街」，就再也不是原來的味道了。

建議：
一、在規劃階段先請文物和歷史建築專家做一次全面普查，把有價值的建築列入保護名錄；
二、採用「微改造」的方式，修繕外立面、改善水電和消防設施，保留原住民和老店；
三、規劃方案公示時舉辦公開的聽證會，讓居民充分表達意見。

城市發展是好事，但希望留住城市的根。

此致
敬禮

退休教師　葉淑芬
""", cs="big5", label="big5", cte="base64", st="html", hstyle="plain", mailer="none", hant=True,
  subj="建議保留柳巷歷史街區風貌，審慎拆建", frm=("葉淑芬", "yeh.shufen@example.com.tw"))

E(33, "surgeon-red-envelope", "complaint", "HEALTH", """
尊敬的市长：

我父亲上个月在市第二人民医院骨科住院，准备做髋关节置换手术。主治医生（姓蒋，副主任医师）在术前谈话时暗示我们，“现在排手术的病人很多，想早点做、想用好一点的医生主刀，你们家属要懂事”。

我们托人打听，说病房里的规矩是至少送五千块“红包”。我们给了，第二天就排上了手术。隔壁床的大爷家里没给，同样的病等了十二天。

我知道医生辛苦，但这种风气太坏了，看病的人本来就难。请卫健委好好查一查，我可以提供转账时间和当时在场人员情况，但请为我保密，我父亲还要在那里复查。

知情家属 王喆
""", conf="yes", cs="gbk", label="gbk", cte="base64", mailer="outlook",
  subj="反映市二医院骨科医生收受红包", frm=("王喆", "wangzhe_1990@outlook.example"))

F(34, "takeaway-food-poisoning", "demand", "MARKET",
  fid="WF20260913-000154", at="2026-09-13T10:42:18+08:00",
  name="田甜", phone="18968012753", email="tiantian@qq.example", district="高新区",
  title="投诉外卖商家卫生问题，吃完上吐下泻",
  content="9月12日晚上在外卖平台上点了高新区文三路“好滋味麻辣烫”，我和室友两个人吃完两个小时后都开始上吐下泻，"
          "去了医院急诊，诊断是急性胃肠炎，花了六百多。后来看了这家店的地址，根本不是门头店，是在一个居民楼里做的，"
          "平台上挂的营业执照好像也不是这家店的。\n希望市场监管部门查一下这家店，给我们一个说法，该赔偿的赔偿。"
          "\n医院病历和外卖订单截图可以提供。",
  atts=[att("病历.png", "png"), att("订单截图.png", "png")])

E(35, "student-part-time-internship", "consultation", "PSB", """
Hello,

I'm an international student (Master's, 2nd year) at the city university, from Kazakhstan.
A tech company has offered me a 3-month paid internship. Am I allowed to do this on a
student residence permit? My classmate said the permit needs an "internship" note added
by the exit-entry office. What documents do I need and how long does it take?

Thank you,
Aigerim Nurlanovna
""", lang="en", cs="us-ascii", label="us-ascii", cte="7bit", mailer="webmail",
  subj="Internship on a student residence permit?",
  frm=("Aigerim Nurlanovna", "aigerim.n@student.example.edu"))

E(36, "metro-last-train", "information", "TRANS", """
请问地铁1号线国庆期间末班车会延长吗？最晚几点？
""", cs="utf-8", label="utf-8", cte="base64", mailer="phone",
  subj="地铁末班车时间", frm=("", "a13588776012@icloud.example"))

E(37, "manhole-cover-missing", "demand", "URBAN", """
紧急！！人民路和建设路交叉口往东30米左右，非机动车道上有一个窨井盖不见了，井口敞着，一米多深，晚上没有路灯根本看不见。刚才有个骑电瓶车的差点掉进去。我们几个路人先搬了个路障放旁边，请马上派人来处理！
""", prio="high", cs="utf-8", label="utf-8", cte="8bit", mailer="android",
  subj="人民路窨井盖丢失 有人差点掉下去", frm=("路过市民", "rmlu_2026@qq.example"))

E(38, "riverside-cycle-path", "suggestion", "TRANS", """
Dear Mayor,

My name is Søren Østergaard. I come from Copenhagen and have worked in the city for two
years as an engineer. I cycle to work every day along the river, and I would like to
offer a suggestion based on my home city's experience.

The riverside path is beautiful, but it is shared by pedestrians, e-bikes, bicycles and
scooters, and in the evening it becomes dangerous. E-bikes ride very fast and there is
no separation at all.

My suggestions:
1. Build a separated two-way cycle track along the river, with a kerb or a small
   level difference between cyclists and pedestrians.
2. Connect the cycle track to the metro stations and the big residential areas, so that
   people can commute by bike, not only ride for leisure.
3. Add safe bicycle parking (with racks to lock the frame) at the stations.

In Copenhagen more than 40% of commuters cycle. The city here is flat and has a mild
climate, so it has great potential.

I would be happy to share more details if useful.

Med venlig hilsen / Best regards,
Søren Østergaard
""", lang="en", cs="iso-8859-1", label="iso-8859-1", cte="quoted-printable", mailer="thunderbird",
  tz=2, lang_hdr="da-dk", subj="Suggestion: a separated cycle track along the river",
  frm=("Søren Østergaard", "soren.ostergaard@example.dk"))

E(39, "social-insurance-hotline", "complaint", "HR", """
我想反映一下社保局的服务问题。

最近两个星期，我打市社保咨询电话打了不下二十次，工作日上午下午都试过，要么一直占线，要么转人工以后放十几分钟音乐然后自动挂断。去网上留言，七天了也没有回复。

我只是想问一下养老保险转移接续的进度，这么简单的事情怎么就没人管？请社保局增加接线人员，或者至少保证网上留言有人回复。

顾先生
""", cs="gb2312", label="gb2312", cte="base64", mailer="qq",
  subj="社保咨询电话长期打不通，网上留言无人回复", frm=("顾云飞", "guyunfei@qq.example"))

F(40, "flexible-employment-pension", "consultation", "HR",
  fid="WF20260914-000508", at="2026-09-14T09:03:27+08:00",
  name="沈桂芳", phone="13336180227", email="", district="东城区",
  title="灵活就业人员养老保险怎么交",
  content="我今年48岁，原来在厂里上班，厂子倒闭后自己摆摊，社保断交了三年。"
          "想问一下：现在以灵活就业人员身份续交养老保险，在哪里办？每个月最低交多少？"
          "断交的三年能不能补交？交满多少年才能领退休金？")

E(41, "traffic-police-pocket-fines", "complaint", "DIC", """
市长您好：

我是跑城乡货运的司机，想反映一个情况。国道G104进城的检查点，有两名交警经常拦货车，说超载或者“车况不合格”，要求当场交罚款，一次三百到五百，交了现金以后不开罚单，也不录系统，只给一张手写的白条，有时候连白条都没有。

我们跑车的私下都知道，给钱就放，不给就扣车扣证。我自己今年被收过四次，一共一千六百块。

这种事情我们不敢声张，怕以后过不了这个卡口。请纪委、公安局督察部门查一查，也请对我的身份保密。我的车牌号和被收钱的时间我都记下来了，可以提供。

一名货车司机
""", conf="yes", cs="utf-8", label="utf-8", cte="base64", mailer="foxmail",
  subj="反映G104检查点交警收钱不开罚单", frm=("", "huoche_sj88@163.example"))

E(42, "english-speaking-clinic", "information", "HEALTH", """
Hi there,

We just moved here with two young kids (3 and 6). Could you tell us:

  * which hospitals have an international clinic or English-speaking doctors,
  * where we can find a 24-hour paediatric emergency room, and
  * whether our kids' vaccination schedule from the US can be continued here?

Thanks a lot & have a nice day!
Megan & Tom Fischer
""", lang="en", cs="utf-8", label="utf-8", cte="base64", st="html", mailer="webmail",
  nbsp=True, subj="English-speaking clinics & paediatric emergency",
  frm=("Megan Fischer", "megan.fischer.family@gmail.example"))

E(43, "telecom-fraud-hotline", "information", "PSB", """
您好，我妈妈今天接到一个电话，对方说是“医保局”的，说她的医保卡涉嫌违规要冻结，让她加一个QQ号处理。幸好她先问了我，没有转钱。

想请问：
1. 遇到这种诈骗电话应该打哪个电话举报？96110还是110？
2. 对方的电话号码可以在哪里举报，让运营商封掉？

谢谢！
""", cs="gb2312", label="gb2312", cte="base64", mailer="coremail",
  subj="请问诈骗电话的举报电话是多少", frm=("苏婉清", "suwanqing@163.example"))

F(44, "child-on-balcony", "demand", "PSB", prio="high",
  fid="WF20260915-000931", at="2026-09-15T14:26:50+08:00",
  name="任海波", phone="15906713348", email="", district="老城区",
  title="邻居家小孩一个人被锁在家里，现在爬到阳台外面了",
  content="老城区幸福里小区5幢，七楼东边那户，家里大人经常把一个四岁左右的男孩单独锁在家里，一锁就是一整天。"
          "今天下午两点多，我看到孩子爬到阳台防盗窗外面的空调外机上了，一直在哭。敲门没人，打孩子家长电话打不通。"
          "我已经打了110和119，但还是很担心，这种情况不是第一次了。请有关部门尽快来，也请以后管一管这家人！")

E(45, "night-market-rules", "suggestion", "URBAN", """
市长好 🙂

最近高新区夜市开起来了，挺热闹的，给大家点个赞👍。不过也有几个小问题，提点建议：

1）摊位太挤，消防车根本进不去，建议每隔几十米留一个通道；
2）油烟太大，旁边居民楼晚上都不敢开窗，建议烧烤类摊位集中到下风口，统一装油烟净化；
3）散场以后垃圾满地，建议摊主押金制，收摊前检查卫生；
4）附近停车太难，能不能把旁边写字楼的停车场晚上开放？

夜经济是好事，管好了才能长久。

一个爱逛夜市的市民
""", cs="utf-8", label="utf-8", cte="quoted-printable", mailer="phone",
  subj="对高新区夜市管理的几点建议", frm=("Vivian", "vivian_lu@icloud.example"))

E(46, "import-export-license", "consultation", "COMMERCE", """
Dear Sir/Madam,

We are a foreign-invested trading company (Lotus Fine Foods Trading Co., Ltd.) registered
in the Free Trade Zone in June this year. We plan to import packaged olive oil and pasta
from Italy and to export Chinese tea to Europe.

Please could you advise:

1. Do we still need to file as a foreign trade operator, or is this now automatic with
   the business licence?
2. Which registrations are required for importing pre-packaged food (importer filing,
   Chinese labels)?
3. Is there a one-stop service window in the zone for foreign-invested companies?

Our company profile is attached for your reference.

Yours faithfully,

Giulia Ferraro
General Manager
Lotus Fine Foods Trading Co., Ltd.
Tel: +86 571 8699 2210
""", lang="en", cs="utf-8", label="utf-8", cte="base64", st="mixed", mailer="outlook", lang_hdr="en-gb",
  atts=[att("Lotus_Fine_Foods_company_profile.pdf", "pdf", style="ascii",
            content=["Lotus Fine Foods Trading Co., Ltd.", "Company profile",
                     "Registered capital: USD 500,000", "Business: import of food, export of tea"])],
  subj="Import/export filing for a foreign-invested trading company",
  frm=("Giulia Ferraro", "g.ferraro@lotusfinefoods.example"))

E(47, "passport-held-too-long", "demand", "PSB", """
Dear Mayor's Office,

I applied for the renewal of my work-type residence permit at the Exit-Entry
Administration on 28 July. The receipt says the processing time is 15 working days, but
now – seven weeks later – my passport is still there, and every time I call I'm told the
file is "under review".

My father in Spain is seriously ill and I need to fly to Madrid as soon as possible. Without
my passport I can't even buy a ticket. I have all the documents (receipt no. 2026-0728-1147,
copy of my work permit, employer's letter).

Could someone please look into my case and help me get my passport back, or at least issue
whatever certificate I need to travel?

Thank you very much.
José Martínez Ruiz
Tel. 138 5716 4409
""", lang="en", cs="windows-1252", label="windows-1252", cte="8bit", mailer="outlook", lang_hdr="es-es",
  subj="Passport held for 7 weeks - urgent family reason",
  frm=("José Martínez Ruiz", "jose.martinez.ruiz@example.es"))

E(48, "demolition-compensation-relatives", "complaint", "DIC", """
尊敬的市纪委、市长：

我们是城东街道新塘村的村民。2025年新塘村片区拆迁，街道拆迁办副主任邵某某（同时兼任村里的拆迁工作组组长）利用职权，给他自己的亲戚多算面积、虚增附属物，违章搭建的猪圈也按住房补偿，一户多拿了八十多万。而我们普通村民的房子，同样的面积少算了二十多个平方。

另外，安置房选房的顺序也被动过，他们家亲戚和关系户都排在前面，选的都是好楼层。

附件是我们整理的几户情况对比表。我们联名写信，但不敢把名字写出来，怕拆迁款和安置房被卡。请领导派人调查，还我们一个公道。

新塘村部分村民
""", conf="yes", cs="gbk", label="gbk", cte="base64", st="mixed", mailer="foxmail",
  atts=[att("新塘村拆迁补偿对比表.docx", "docx", style="2047", fn_charset="GBK",
            content=["新塘村拆迁补偿对比表", "户主 核定面积 实际面积 补偿金额", "（以下略）"])],
  subj="反映城东街道拆迁办副主任为亲属多算拆迁补偿", frm=("新塘村民", "xintang_cm@163.example"))

E(49, "museum-opening-hours", "suggestion", "TOUR", """
Dear Mayor,

My name is Ana Conceição, I'm a Portuguese architect living in the Old Town. I often take
visiting friends to the City Museum and the Silk Museum – both are excellent and free,
which is wonderful.

However, both close at 5 pm and are closed on Mondays, so people who work can only visit
at weekends, when it's very crowded. Many museums in Europe open late one or two evenings
a week (e.g. until 9 pm on Fridays), often with talks or concerts.

Could the city consider:
– late opening on Friday evenings, especially in summer;
– audio guides in English (and maybe other languages) – at the moment only the
  Chinese guide is available;
– a combined "museum pass" for visitors.

Obrigada and best regards,
Ana Conceição
""", lang="en", cs="utf-8", label="utf-8", cte="quoted-printable", st="alt", mailer="apple", tz=1,
  subj="Suggestion: evening opening at the city museums",
  frm=("Ana Conceição", "ana.conceicao.arq@example.pt"))

F(50, "free-lawyer-hotline", "information", "JUSTICE",
  fid="WF20260917-000266", at="2026-09-17T19:55:03+08:00",
  name="韦小龙", phone="17706519842", email="", district="滨江区",
  title="有没有免费咨询律师的电话",
  content="想问问有没有免费的法律咨询热线，我和装修公司有点纠纷，想先问问律师该怎么办。12348这个电话是24小时的吗？")

E(51, "water-outage-three-days", "demand", "WATER", """
市长您好：

老城区北关街道红星路一带（红星新村、纺织厂宿舍、北关小学附近）从9月15号开始停水，到今天已经第三天了。没有任何停水通知，打自来水公司电话，一会说是管道维修，一会说是水压不够，到底什么时候来水谁也说不清。

这一片住的大多是老人，每天只能拎着桶去两公里外的亲戚家打水，有的老人提不动，只能买桶装水做饭。学校的孩子们上厕所都成问题。

请水务部门尽快恢复供水，在恢复前能不能先派送水车过来？

红星新村居民 卢卫东
电话：13506717492
""", cs="gb2312", label="", hdr_cs="gb2312", when=(2026, 9, 17, 21, 12, 40), cte="base64", mailer="none",
  subj="红星路一带停水三天无人管", frm=("卢卫东", "luweidong@163.example"))

E(52, "japanese-school-enrollment", "consultation", "EDU", """
市長信箱ご担当者様

はじめまして。高新区在住の日本人、佐藤と申します。夫の転勤で今年四月からこちらに住んでおります。

来年九月に長男（六歳）を地元の公立小学校に入学させたいと考えております。
外国籍の子どもが公立小学校に入学する場合、
・どのような書類が必要でしょうか（パスポート、居留許可、住居の証明など）
・申し込みの時期と窓口はどこでしょうか
・中国語がまだ十分ではない子どもへのサポートはありますでしょうか

お忙しいところ恐縮ですが、ご教示いただけますと幸いです。

佐藤 真由美
""", lang="other", cs="iso-2022-jp", label="ISO-2022-JP", cte="7bit", mailer="thunderbird", tz=9,
  lang_hdr="ja-jp", subj="外国籍の子どもの公立小学校入学について",
  frm=("佐藤 真由美", "mayumi.sato@example.jp"))

E(53, "library-opening-hours", "information", "TOUR", """
你好，请问市图书馆新馆中秋节开不开门？平时晚上开到几点？办借书证要带什么？
""", cs="utf-8", label="utf-8", cte="base64", mailer="qq",
  subj="市图书馆开放时间", frm=("小米", "xiaomi_reader@qq.example"))

E(54, "startup-talent-policy", "suggestion", "COMMERCE", """
Dear Mayor,

I am an Indian software entrepreneur. I came to the city three years ago for a job and
last year I founded a small AI start-up in the Gaoxin incubator with two Chinese
co-founders. We now have nine employees.

Some suggestions from our experience:

1. The talent subsidies and start-up grants are generous, but most of them require a
   Chinese ID number to apply online. Foreign founders cannot even open the form.
2. An English version of the policy documents (even a summary) would help a lot.
3. Foreign graduates of Chinese universities should be able to start a company directly
   after graduation, without first working for two years.
4. A "founder visa" or a simplified work permit for foreign founders of companies in
   the incubators would attract more international talent.

We love building our company here and want to hire more people. Thank you for listening.

Regards,
Arjun Mehta
Co-founder & CEO, NeuralLeaf Technology
""", lang="en", cs="us-ascii", label="us-ascii", cte="7bit", mailer="webmail",
  subj="Suggestions on policies for foreign start-up founders",
  frm=("Arjun Mehta", "arjun@neuralleaf.example"))
