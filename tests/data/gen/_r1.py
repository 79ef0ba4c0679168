
# ===========================================================================
# letters 1-27

E(1, "wage-arrears", "demand", "HR", """
市长您好：

我叫刘建军，是在高新区科园路“鑫达装饰工程有限公司”干活的木工。老板姓何，从今年六月份开始就没发过工资，到现在已经整整三个月了，一共欠我两万一千六百元。我们班组一共十一个人，每个人都被欠了一两万。

我们去公司找过好几次，何老板一开始说甲方没给钱，后来干脆电话都不接了，公司大门也锁了。我老婆在老家住院，孩子开学要交学费，我实在是没办法了才给您写信。

我们也去过劳动监察大队，工作人员让我们填了表，说会处理，但是一个多月了没有任何消息。

恳请市长帮帮我们这些打工的，让老板把血汗钱还给我们！

联系电话：13905716628
刘建军
""", cs="gb2312", label="gb2312", cte="base64", mailer="foxmail",
  subj="请求帮助讨回被拖欠三个月的工资", frm=("刘建军", "liujianjun1978@163.example"))

E(2, "unpaid-wage-policy", "consultation", "HR", """
您好，想咨询一个政策问题。

我表弟在外地一家餐馆打工，听说老板经常拖着工资不发。我想了解一下：

1. 按照规定，用人单位最迟应该在什么时候发工资？拖欠多久算违法？
2. 如果被拖欠工资，是先找劳动监察投诉，还是直接申请劳动仲裁？需要带哪些材料？
3. 没有签劳动合同的，能不能主张工资？微信转账记录能不能当证据？

他目前还没被欠钱，只是提前了解一下，免得以后吃亏。谢谢！

周敏
""", cs="utf-8", label="UTF-8", cte="quoted-printable", mailer="coremail", sq="Q",
  subj="咨询：单位拖欠工资有什么规定？", frm=("周敏", "zhoumin_0412@163.example"))

F(3, "gas-leak-stairwell", "demand", "EMERG", prio="high",
  fid="WF20260902-000317", at="2026-09-02T21:47:13+08:00",
  name="孙丽华", phone="13757102243", email="", district="老城区",
  title="紧急！！楼道里燃气味非常大",
  content="老城区解放路88号3单元，从今天傍晚开始楼道里一直有很浓的煤气味，二楼到四楼最明显。"
          "我们敲了302的门没人应，怀疑是他家燃气管道漏气。已经打了燃气公司电话，说要排队明天才能来。"
          "楼里有好几户老人和小孩，大家都不敢开灯不敢开火，现在都站在楼下。请马上派人来处理！！"
          "\r\n联系人孙女士 13757102243")

E(4, "residence-permit-renewal", "consultation", "PSB", """
Dear Sir or Madam,

I am a Canadian citizen working as an English teacher at a private language
school in Binjiang District. My residence permit expires on November 20.

Could you please tell me:
- how many days before expiry I should apply for the renewal,
- which documents I need to bring (my employer says a new work permit card
  is required first - is that correct?), and
- whether I can keep my passport while the application is processed, since I
  may need to travel to Shanghai for a conference in early December.

I have looked at the exit-entry website but the English page seems to be out
of date.

Thank you very much for your help.

Best regards,
Daniel Whitford
Tel: 186 5713 0942
""", lang="en", cs="us-ascii", label="us-ascii", cte="7bit", mailer="thunderbird",
  ct_params="; format=flowed", subj="Question about renewing my residence permit",
  frm=("Daniel Whitford", "d.whitford@example.com"), tz=8)

E(5, "window-staff-rude", "complaint", "APPROVAL", """
尊敬的市长：

9月8日上午，我到市民中心二楼的综合窗口办理餐饮店的食品经营许可变更。排了一个多小时的队，轮到我时，12号窗口一位女工作人员（工牌没有挂出来）看了一眼材料就扔回来，说“材料不全，回去准备好再来”。我问具体缺什么，她头也不抬地说“自己看网上的指南”，然后直接叫了下一个号。

我回去对照了网上的办事指南，材料是齐的。第二次去换了个窗口，十分钟就办好了。

我想问，窗口工作人员就是这样为群众服务的吗？一次性告知制度写在墙上，却没有人执行。希望有关部门加强对窗口人员的管理和培训，也希望对这位工作人员进行批评教育。

市民 郑晓东
电话：0571-86231745
""", cs="gbk", label="gbk", cte="base64", st="alt", mailer="outlook", when=(2026, 9, 9, 20, 31, 5),
  subj="投诉市民中心12号窗口工作人员服务态度恶劣", frm=("郑晓东", "zhengxd@example.cn"))

F(6, "bus-route-airport", "information", "TRANS",
  fid="WF20260903-000402", at="2026-09-03T07:58:40+08:00",
  name="陈雨", phone="15058123390", email="chenyu.hz@qq.example", district="滨江区",
  title="从滨江去机场坐几路车",
  content="请问从滨江区江南大道附近去机场有没有直达的机场大巴或者公交？最早一班几点？大概要多长时间？谢谢")

E(7, "elevator-retrofit", "suggestion", "HOUSING", """
市长好！

我家住在东城区和平新村，小区是1990年代建的六层老楼，没有电梯。楼里一大半是退休老人，我父亲七十八岁，腿脚不好，上下楼要歇三次，一个月都难得下楼一回。

听说其他城市已经在推老旧小区加装电梯，还有财政补贴。我有几点建议：

一、出台本市统一的加装电梯补贴标准和审批流程，现在大家都不知道去哪里申请、找谁审批；
二、一楼住户意见大是最大的难点，建议由街道、社区出面协调，制定低层住户的补偿办法；
三、设计、施工、维保最好有政府推荐的名单，老百姓自己找怕被骗。

希望能把这件事当成民生实事来办。谢谢！

和平新村 12幢 502 王秀英（代父亲王德贵写）
""", cs="utf-8", label="utf-8", cte="8bit", mailer="android",
  subj="关于老旧小区加装电梯的几点建议", frm=("王秀英", "wxy19820315@qq.example"))

E(8, "section-chief-kickbacks", "complaint", "DIC", """
市长：

我是一名工程承包商，实在忍不下去才写这封信。

城区某局基建科的一位科长（姓黄），这两年负责局里几个维修改造项目的发包。想拿到项目，必须先给他“意思”，一般是合同额的百分之八到十，用现金或者让我们给他小舅子开的建材店“采购材料”走账。今年四月份的办公楼外立面改造项目，合同价三百四十多万，我按他的要求给了二十八万，有转账记录和聊天截图。

后来他又要求追加“辛苦费”，我没给，结算款到现在被卡着不付，他还放话说以后别想在这个系统里接活。

我手上有证据，可以当面交给纪委。但请一定为我保密，我还要在这行吃饭，怕被打击报复。

知情人
""", conf="yes", cs="gb2312", label="GB2312", cte="base64", mailer="qq",
  subj="举报某局基建科科长收受工程回扣（请为我保密）", frm=("", "jianzhu_lw@qq.example"))

E(9, "wfoe-registration", "consultation", "COMMERCE", """
Dear Mayor's Office,

My name is Jürgen Becker and I am the managing director of Becker Präzisionstechnik GmbH, a
mid-sized German manufacturer of precision valves. We are considering setting up a
wholly foreign-owned enterprise (WFOE) in the High-Tech Zone to assemble and service our
products for customers in East China.

We would be grateful for guidance on the following points:

1. Is our business scope (assembly of industrial valves, after-sales service, import and
   sale of spare parts) on any negative list, and which office handles the registration?
2. What are the typical timelines for company registration, the environmental assessment
   for a small assembly workshop (no painting, no plating) and the fire-safety acceptance?
3. Are there investment incentives for advanced manufacturing in the zone, e.g. rent
   subsidies for standard factory buildings or support for hiring local engineers?
4. Is there a contact person who speaks English or German who could meet our delegation
   when we visit in November?

Thank you in advance for your kind support.

Mit freundlichen Grüßen / Kind regards

Jürgen Becker
Managing Director
Becker Präzisionstechnik GmbH
Industriestraße 14, 70565 Stuttgart, Germany
Tel. +49 711 5550 1423
""", lang="en", cs="utf-8", label="utf-8", cte="quoted-printable", st="alt", mailer="outlook",
  sq="Q", lang_hdr="de-de", tz=2, dstyle=6,
  subj="Enquiry: setting up a WFOE in the High-Tech Zone – Becker Präzisionstechnik",
  frm=("Jürgen Becker", "j.becker@becker-praezision.example"))

E(10, "collapsing-wall-old-house", "demand", "HOUSING", """
紧急求助！！

我们住在老城区东门街17号，是一栋五十多年的砖木结构老房子，住了六户人家。昨天夜里下大雨以后，东面山墙裂了一条从上到下的大缝，最宽的地方能塞进手指，墙皮一块一块往下掉，今天早上二楼的窗框都变形了，门也关不上。

邻居说听到墙里面有“咔咔”的响声。我们很害怕房子随时会塌，家里有八十多岁的老人和两个小孩。社区的人上午来看过，拍了照片说要上报，但是到现在没有人来处理。

照片附在邮件里。请住建部门赶紧派人来鉴定，看要不要先把我们转移出去！

东门街17号住户 钱国平 13867409915
""", prio="high", cs="gbk", label="GBK", cte="base64", st="mixed", mailer="foxmail",
  atts=[att("东面山墙裂缝.jpg", "jpg"), att("二楼窗框变形.jpg", "jpg")],
  subj="紧急：东门街17号老房子墙体开裂随时可能倒塌", frm=("钱国平", "qianguoping@163.example"))

F(11, "typhoon-weather", "information", "",
  fid="WF20260904-000051", at="2026-09-04T06:12:09+08:00",
  name="", phone="", email="", anon=False, district="",
  title="台风",
  content="请问这次台风什么时候登陆？明天学校停不停课？")

E(12, "metro-bike-parking", "suggestion", "TRANS", """
市长您好：

我每天骑共享单车到地铁2号线人民广场站换乘。早高峰的时候，站口的非机动车几乎把人行道全部堵死了，行人只能走到机动车道上，很危险。管理人员来了就把车搬走，第二天又是一样。

建议：
1. 在地铁站出入口50米范围内划设非机动车停放区，用电子围栏管理共享单车；
2. 利用站点附近的绿化带边角地块、高架桥下空间建设立体停车架；
3. 和共享单车企业协调，高峰期及时调度，不要都堆在一个口。

这样既方便市民“最后一公里”换乘，也能让人行道畅通。

一个每天挤地铁的上班族
""", cs="gb2312", label="gb2312", cte="base64", st="html", mailer="qq",
  subj="建议在地铁站口增设非机动车停放区", frm=("小杨", "yang_commuter@qq.example"))

E(13, "landlord-deposit", "demand", "HOUSING", """
Dear Sir/Madam,

I’m writing to ask for help with a rental dispute. I’m a French national and I rented a
flat at Room 1502, Building 3, Lüyuan Garden, Binjiang District from August 2025 to
August 2026 through a local agency.

When I moved out on 31 August, the landlord inspected the flat and said everything was
“fine”. However, he has since refused to return my deposit of 9,000 RMB. First he said
he needed to “check the electricity bill”, then he claimed the sofa was damaged – it
wasn’t, and I have photos and a video from the day I left. He now ignores my calls and
WeChat messages.

The agency says it is “not their business”. I don’t know which authority deals with
rental disputes, and my Chinese isn’t good enough to go through a court on my own.

Could the relevant department please help me get my deposit back, or tell me where I
can file a formal complaint against the landlord?

Many thanks,

Zoë Fontaine
Tel. 136 0571 8842
""", lang="en", cs="windows-1252", label="windows-1252", cte="quoted-printable", mailer="outlook",
  lang_hdr="fr-fr", subj="Landlord refuses to return my deposit – please help",
  frm=("Zoë Fontaine", "zoe.fontaine@example.fr"))

F(14, "teacher-paid-tutoring", "complaint", "EDU", conf="yes",
  fid="WF20260905-000233", at="2026-09-05T22:31:56+08:00",
  name=None, phone=None, email=None, anon=True, district="东城区",
  title="反映某小学老师变相强制有偿补课",
  content="东城区实验小学五年级某班的数学老师，暑假期间在校外小区里租了房子办补习班，每人每期2800元。"
          "开学后班上没去补课的孩子，上课经常被点名批评，作业也被挑刺，还在家长群里暗示“基础差的要抓紧补”。"
          "家长们私下都很有意见，但是都不敢出头，怕孩子被穿小鞋。\n"
          "请教育局调查处理，也请不要透露是哪位家长反映的。")

E(15, "rare-name-character", "consultation", "PSB", """
您好！

我儿子叫陈䶮（左边是“龍”、上面一个“天”的那个字，读yǎn），今年上小学一年级。户口本上的名字是手写补登的，但现在办理医保、学籍、银行卡的时候，系统里都打不出这个字，有的地方给登记成“陈龑”，有的直接写成“陈yan”，几个证件对不上。

前两天给孩子办社保卡，又被告知姓名和户籍信息不一致，办不了。

想咨询一下：
1. 像这种生僻字，公安户籍系统现在能不能正常录入？需要去哪个派出所办？
2. 如果改成同音常用字，需要走什么手续、准备哪些材料？会不会影响以后考试、出国？

另外我爱人的姓是“𠮷”（上面是土字的吉），也一直遇到同样的问题😊

谢谢解答！
陈立新
""", cs="gb18030", label="GB18030", cte="base64", mailer="foxmail",
  subj="孩子名字中有生僻字，户籍和社保系统无法录入怎么办", frm=("陈立新", "chenlixin@qq.example"))

E(16, "fire-exit-locked-mall", "demand", "EMERG", """
你好，我在城西银泰广场负一楼的美食街上班。今天发现美食街东侧的两个消防通道门都被商场用铁链锁上了，门口还堆满了纸箱和煤气罐（有几家店用的是瓶装液化气）。问了物业，说是为了防止有人从那里逃单。

周末中午美食街上千人吃饭，万一着火根本跑不出去。

我拍了照片，但不敢在店里声张，请消防部门尽快来检查！

——发自我的iPhone
""", prio="high", cs="utf-8", label="utf-8", cte="base64", mailer="phone",
  subj="城西银泰广场负一楼消防通道被锁", frm=("", "lin.xiaoqing@icloud.example"))

E(17, "legal-aid-how", "information", "JUSTICE", """
请问法律援助中心在什么地方？我母亲今年六十九岁，在菜市场门口被电动车撞伤，对方不愿意赔钱，我们想打官司但是请不起律师。

想问一下：
①申请法律援助需要什么条件，要不要开收入证明？
②办公地址和电话，周六上不上班？
谢谢。

吴海燕
""", cs="gb2312", label="gb2312", cte="quoted-printable", mailer="coremail",
  subj="请问怎么申请法律援助", frm=("吴海燕", "wuhaiyan66@163.example"))

E(18, "english-signage-hospitals", "suggestion", "TRANS", """
Hello,

I have lived in the city for three years and I love it here. One small suggestion from a
foreign resident: the bilingual signs in the metro are great, but as soon as you leave
the station the signs are Chinese only. Bus stop boards, the ticket machines on the new
tram line, and even the signs to the taxi stand at the high-speed railway station have no
English or pinyin.

A few ideas:
- add English/pinyin names on bus stop boards, at least on lines that serve the
  railway station, the airport and the big hospitals;
- make the tram ticket machines switchable to English like the metro ones;
- use the same translation for the same place everywhere (I have seen "Xihu Road",
  "West Lake Rd" and "Xihu Lu" for the same street).

With the Asian Games-style events coming up, this would help visitors a lot.

Cheers,
Liam O'Connor
""", lang="en", cs="utf-8", label="UTF-8", cte="base64", st="alt", mailer="webmail",
  subj="Suggestion: more English signs at bus stops and the tram",
  frm=("Liam O'Connor", "liam.oconnor.hz@gmail.example"))

E(19, "taiwan-investor-incentives", "consultation", "COMMERCE", """
市長您好：

本人為台灣籍商人，目前在台中經營一家食品機械公司，有意到貴市高新區設立工廠，初期投資約新台幣八千萬元。

想請教以下幾個問題：
一、台灣同胞投資企業在貴市可享有哪些優惠政策？例如土地、租金、稅收方面。
二、公司設立登記的流程大約需要多久？是否可以委託代理人辦理？
三、台籍幹部在當地就醫、子女入學，有沒有相關的便利措施？

如有專人負責台商服務，煩請提供聯絡方式，以便我們下月前往考察時拜訪。

敬祝　政躬康泰

林志明　敬上
明峰機械股份有限公司
電話：+886-4-2358-7712
""", cs="big5", label="big5", cte="base64", mailer="outlook", hant=True, tz=8, lang_hdr="zh-tw",
  subj="台商投資設廠優惠政策諮詢", frm=("林志明", "chihming.lin@example.com.tw"))

E(20, "chengguan-seized-cart", "complaint", "URBAN", """
我爸在火车站南广场附近推三轮车卖了十几年水果 昨天下午四点多几个城管过来说占道经营要收车 我爸说马上走 他们不听 直接上来抢车 我爸拉着车不放 被一个穿制服的推倒在地上 头磕在马路牙子上流了血 水果撒了一地 有人拍了视频
车和秤都被拉走了 也没给任何单子
我爸今年六十三了 现在还在医院缝针
卖东西不对可以罚款可以教育 但是动手打人对吗？？
希望领导调查一下 这几个人一个胖的戴眼镜 胸牌号码好像是0217
我不敢留全名 怕以后我爸再去摆摊被针对
小何 15168290374
""", conf="yes", cs="utf-8", label="utf-8", cte="8bit", mailer="android",
  subj="城管暴力执法 把我爸推倒受伤", frm=("小何", "hexiaomei2001@qq.example"))

E(21, "ancient-town-tickets", "information", "TOUR", """
Hi, is the ancient water town open during the National Day holiday, and do we need to
book tickets online in advance? We are two adults and one child (age 9). Is there a
student/child discount, and can foreigners book with a passport number?

Thanks,
Maria
""", lang="en", cs="us-ascii", label="us-ascii", cte="7bit", mailer="webmail",
  subj="Ancient town tickets on National Day", frm=("Maria Santos", "maria.santos.travel@gmail.example"))

F(22, "migrant-child-enrollment", "consultation", "EDU",
  fid="WF20260907-000612", at="2026-09-07T12:20:44+08:00",
  name="杨光辉", phone="18857193306", email="", district="高新区",
  title="随迁子女明年上小学需要准备什么材料？",
  content="我们夫妻俩都是外地户口，在高新区工作了四年，交了社保，租房住（有备案的租赁合同）。"
          "孩子明年九月要上小学，想咨询：\n1.随迁子女入学是积分制还是按居住证？\n"
          "2.需要哪些材料，社保要交满多久？\n3.什么时候开始网上报名？\n"
          "4.如果分不到公办学校怎么办？\n谢谢！")

E(23, "factory-pollution-night", "demand", "ECO", """
市长：您好！

我家住在开发区河西村，村东头有一家做电镀的小厂（没有挂牌子，老板姓谢），这一年多来一直在晚上偷偷往厂后面的水渠里排污水，水是黄绿色的，味道很刺鼻。水渠通到村里的灌溉河，今年夏天河里的鱼死了好几次，村民种的菜也不敢吃了。

白天来检查的时候他们就停工，晚上十一点以后才开机器。我们村有人去说过，被他们的人威胁过。

我叫谢建堃，和老板是一个村的，请千万不要透露我的名字，怕被打击报复。希望环保部门晚上来突击检查，一查就清楚。

谢谢！
""", conf="yes", cs="gbk", label="gbk", cte="base64", mailer="foxmail",
  subj="河西村无牌电镀厂夜间偷排污水，请夜查", frm=("谢建堃", "xiejk_hx@163.example"))

E(24, "police-rough-arrest", "complaint", "PSB", """
To the Mayor's Office,

I am writing to report the conduct of two police officers at the Wenhua Road police
station on the night of September 12.

My friend, a Nigerian student at the university, was stopped near the night market at
about 11 pm for a passport check. He did not have his passport with him, only a photo of
it on his phone, and he tried to explain this in Chinese. One officer grabbed his arm,
twisted it behind his back and pushed his face against the car, although he was not
resisting. At the station they kept him for more than five hours, did not let him call
anyone, and one officer slapped him when he asked for an interpreter. He was released at
5 am without any paper explaining why he was held.

We understand that foreigners must carry their passport, and he accepts a fine for that.
But the violence was not necessary. He has a bruised wrist and a medical record from the
university clinic.

He is afraid that complaining will affect his visa, so please keep our names
confidential. I can be reached at this address.

Sincerely,
A fellow student
""", lang="en", conf="yes", cs="utf-8", label="utf-8", cte="quoted-printable", mailer="apple",
  subj="Complaint about police violence against a foreign student",
  frm=("", "concerned.student.2026@example.com"))

E(25, "park-public-toilets", "suggestion", "URBAN", """
领导好：

滨江公园是咱们市民最喜欢去的地方，周末人特别多。但是公园沿江步道长三公里多，只有南门有一个公共厕所，而且下午五点就锁门了。很多老人孩子着急了根本找不到厕所，有的只能跑到旁边小区去借。

建议：
（１）沿江步道每隔八百米左右增设一座公厕，可以考虑装配式的，建得快；
（２）延长开放时间到晚上十点，夏天晚上散步的人最多；
（３）在导览图和地图软件上标注公厕位置；
（４）增加母婴室和第三卫生间。

一点小建议，希望采纳。

市民 许美玲
""", cs="gb2312", label="gb2312", cte="base64", st="alt", mailer="coremail",
  subj="建议滨江公园增设公共厕所并延长开放时间", frm=("许美玲", "xml_1969@163.example"))

F(26, "flooded-underground-garage", "demand", "WATER", prio="high",
  fid="WF20260908-001108", at="2026-09-08T16:05:31+08:00",
  name="蒋文涛", phone="13588021476", email="jiangwt@126.example", district="滨江区",
  title="暴雨后小区地下车库进水，水位还在涨",
  content="滨江区江畔花园小区地下车库从下午三点开始倒灌进水，现在水深已经超过半米，还在继续上涨。"
          "车库里有配电房，物业的抽水泵根本抽不过来。还有人想下去挪车，非常危险。"
          "请水务和应急部门派大功率抽水车过来！照片见附件。",
  atts=[att("garage_flood_1.jpg", "jpg")])

E(27, "donate-clothes", "information", "CIVIL", """
您好！

我们公司员工想组织一次衣物和学习用品的捐赠，捐给山区的孩子或者受灾地区。

请问：
1. 市里有没有官方的捐赠接收点？在哪里，什么时间可以送？
2. 旧衣服需要洗干净、消毒吗？冬衣有没有要求？
3. 捐赠以后能不能开具捐赠证明？

谢谢！

华盛贸易有限公司 工会 邓婷
电话：0571-88017263
""", cs="utf-8", label="utf-8", cte="base64", st="html", mailer="qq", entities="捐投",
  subj="请问哪里可以捐赠衣物和文具", frm=("邓婷", "dengting@huasheng-trade.example"))
