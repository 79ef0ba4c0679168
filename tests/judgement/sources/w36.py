#!/usr/bin/env python3
"""w36: 60 letters for the mayorbox judgement corpus (blind8). Standard library only, deterministic."""
import json
import os
from email.header import Header
from email.utils import formataddr

ME = "w36"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "letters")

# Each letter: n, slug, kind (eml|html|multi|json), when (YYYY-MM-DD HH:MM),
# sender (name, address) for mail / dict for json, subject/title, body,
# labels: (category, confidential, reason, department, priority, language, hard)
L = []


def mail(n, slug, kind, when, name, addr, subject, body, labels):
    L.append(dict(n=n, slug=slug, kind=kind, when=when, name=name, addr=addr,
                  subject=subject, body=body, labels=labels))


def form(n, slug, when, name, phone, email, anonymous, title, content, district, labels):
    L.append(dict(n=n, slug=slug, kind="json", when=when, name=name, phone=phone,
                  email=email, anonymous=anonymous, subject=title, body=content,
                  district=district, labels=labels))


# ---------------------------------------------------------------- 001-010
mail(1, "ward-records", "eml", "2026-10-02 23:47", "", "nightward.7@example.net",
     "关于我们病区的巡视记录",
     """市长您好：

我在市第二人民医院心内科病区上班，具体是哪一位就不说了。

下个月省里有检查。这两个星期，护士长每天交班前把我们几个叫进治疗室，把上个月的夜间巡视本摊在桌上，说空着的格子"不好看"，让我们"整理一下"。夜班两个人管四十三张床，一小时巡一次本来就做不到，现在每一格都要补上时间、补上签名，字还不能写得太整齐，她说"要像当时写的"。

我不是想告谁。我只是觉得本子上的病房和真正的病房不是同一个地方。哪天真有病人夜里出了事，本子上签的是我们自己的名字。

能不能让检查的人半夜来，别提前打招呼，来看一眼就知道了。""",
     ("complaint", "yes", "a", "Health Commission", "normal", "zh", "indirect"))

mail(2, "canteen-meat", "eml", "2026-10-06 15:20", "A kitchen helper", "kitchen.helper.lx@example.org",
     "Meat supplier at Lanxi Road Primary School",
     """Hello,

I help in the kitchen of Lanxi Road Primary School three days a week (I am a student and I write English faster than Chinese, sorry).

Since the start of term all the pork and chicken come from a new supplier, Hengfa Food Trading. Before that we used the district's approved list. The change was made by the deputy head, Mr Qiu. The delivery driver told our cook, laughing, that his boss is Mr Qiu's wife's cousin.

The meat comes in an ordinary van, not a cold truck. Twice in October the chicken smelled and was sticky. We were told to soak it in vinegar and cook it well. About 600 children eat lunch there. The head cook, Auntie Fan, refused once and now she washes dishes instead of cooking.

Could someone check how this supplier was chosen and look at the meat when it arrives (it comes around 7:10 am)? I would rather the school does not find out who wrote, I still need this job until I graduate.""",
     ("complaint", "yes", "a", "Education Bureau", "normal", "en", "-"))

mail(3, "lift-jinxiu", "eml", "2026-10-09 10:58", "12345热线 受理员0412", "agent0412@hotline.city.example",
     "工单转办：锦绣花园6栋电梯停运两周",
     """【来电记录】
受理时间：2026-10-09 10:42
来电人：刘女士，电话 138 0000 6621
来电人反映：其居住的锦绣花园6栋2单元电梯自9月25日起停运，至今两周。物业公司（安居物业）答复"等配件"，但一直无人上门维修，也说不清配件何时到。来电人母亲82岁，住17楼，腿脚不便，两周未能下楼，原定10月8日的复诊已耽误。来电人要求督促物业尽快修复电梯，并告知维修时限。
受理员备注：来电人情绪较急，已告知将转相关部门办理。""",
     ("demand", "no", "-", "Housing and Urban-Rural Development Bureau", "normal", "zh", "-"))

mail(4, "fujing-overtime", "eml", "2026-10-11 21:05", "", "shift.question@mail.example",
     "想问一下辅警加班怎么算",
     """您好，我是一名辅警，在派出所上班三年了，想咨询几个问题：

1. 我们的劳动合同是跟一家劳务派遣公司签的，实际在所里上班。现在排班经常一周超过五十个小时，国庆七天也基本都在值班，这种情况有没有加班费？按什么标准？
2. 如果不给加班费，是不是应该安排调休？调休有没有期限？
3. 这个事情应该找人社局，还是找公安局，还是找派遣公司？

在单位问这种问题，会被说"不安心工作"。所以请不要把我的情况转到所里，回复发这个邮箱就可以了。谢谢。""",
     ("consultation", "yes", "b", "Human Resources and Social Security Bureau", "normal", "zh", "-"))

mail(5, "sweeper-wages", "eml", "2026-10-13 08:31", "Zhang Yiran", "zhang.yiran@example.com",
     "My father's wages - street cleaning contractor has not paid since August",
     """Hello,

I am writing for my father, Zhang Baoshan, 58. He sweeps streets in the Qiaonan area for Jiecheng Environmental Services Co., the company that holds the cleaning contract for that area. He and the rest of his crew, about thirty people, have not been paid for August or September.

Every time they ask, the team leader says the government has not paid the company yet and they should wait. My father does not use email and reads very little, so I am writing from my university dorm.

He still goes out at 4:30 every morning. Could your office tell us who handles this and press the company to pay the workers? If they need someone to talk to, his phone is 135 0000 2287 (he prefers calls after 2 pm).

Thank you,
Zhang Yiran""",
     ("demand", "no", "-", "Human Resources and Social Security Bureau", "normal", "en", "-"))

mail(6, "grid-apps", "eml", "2026-10-15 22:14", "何晓岚", "hexl.grid@example.org",
     "一个网格员的建议：能不能少装几个APP",
     """各位领导好：

我是社区网格员，管两个小区一千一百多户。现在我手机上装着"平安通""城市管家""社区e站""居家养老采集"，外加一个反诈上报系统，一共五个。同一户人家的信息要录五遍，每个系统要的格式还都不一样，身份证号有的要带X有的不要。

上面考核看的是每个APP的"活跃度"，所以我们每天有两三个小时是在手机上点来点去，真正进门入户的时间反而少了。现在我们的手机比我们还累，电量一天要充三回。

几点建议：
一、市里把这些系统的数据打通，录一次，几个部门都能用；
二、考核别看打卡次数，看解决了多少事；
三、实在合并不了，至少做一个统一登录，别让我们记五套密码。

谢谢领导抽空看完。""",
     ("suggestion", "no", "-", "Municipal Government Office", "normal", "zh", "sarcasm"))

mail(7, "pension-adjust-trad", "eml", "2026-10-17 09:40", "鄭永年", "zheng.yn1947@post.example",
     "諮詢今年退休人員養老金調整",
     """市長信箱：

本人係原市糧食局退休幹部，１９９８年退休，今年七十九歲。聽老同事講，今年機關事業單位退休人員基本養老金又有調整，但至今未見到賬，亦不知按何標準調整。特請教以下幾點：

一、今年調整之比例及發放時間；
二、高齡（７５歲以上）人員是否另有傾斜；
三、補發部分係一次到賬，抑或分月發放。

本人不會用手機查詢，懇請書面答覆為盼。

退休幹部　鄭永年　敬上
電話：０５３１－００００－８８３４""",
     ("consultation", "no", "-", "Human Resources and Social Security Bureau", "normal", "zh", "fullwidth"))

mail(8, "subsidy-list", "eml", "2026-10-19 20:02", "", "xiatang.acct@example.com",
     "村里今年的补贴名单",
     """领导：

我在村里管账管了十几年，没给谁写过信。

今年耕地地力补贴的名单，是书记拿了一张手写的单子让我照着录进系统的。单子上有十几户，地前年就流转给合作社了，人也早不在村里，一个在县城开五金店，一个在外省开车，每户后面还写着七八亩。真正自己种地的老王家、老李家，亩数倒比去年少了。

我问了一句怎么对不上。书记说："你照录就是了，上面核的是表，不是地。"

腊月里这些人回来，都是在书记家吃的饭。

这个表上有我的签字，我签得不踏实。我一家老小还要在村里过日子，你们要是下来看，就说是随机抽查，别提账本的事。""",
     ("complaint", "yes", "a", "Discipline Inspection Commission", "normal", "zh", "indirect"))

mail(9, "airport-nightbus", "eml", "2026-10-20 23:15", "Tomas Rey", "trey@example.net",
     "night bus to airport?",
     """Is the night bus from the railway station to the airport still running now the metro line is open? Last one at what time?""",
     ("information", "no", "-", "Transport Bureau", "normal", "en", "short"))

form(10, "bbq-fumes", "2026-10-22T19:36:00+08:00", "", "", "", True,
     "楼下烧烤店油烟直接灌进家里",
     """我家住滨河路１２８号３单元２楼。楼下去年开了一家烧烤店，每天下午４点到凌晨２点，排烟管就冲着我们家窗户，油烟和炭火味熏得孩子一直咳嗽，晾的衣服全是烤串味，窗户关死了都挡不住。

跟老板说过两次，他说他有执照，谁也管不着。

请环保部门来查查他家有没有装油烟净化器，排烟管能不能改到楼顶。老板在这一片认识的人多，我们只好选匿名。""",
     "河西区",
     ("demand", "yes", "b", "Ecology and Environment Bureau", "normal", "zh", "fullwidth"))

# ---------------------------------------------------------------- 011-020
mail(11, "car-log", "eml", "2026-10-23 06:12", "", "oldwheel@example.org",
     "一个开车的说几句",
     """我是单位的驾驶员，开车开了二十一年。

车改以后，车都归了公务用车平台，出车要先登记事由。我们局那辆尾号37的商务车，登记单上填的都是"调研""督查""送文件"。可是每天早上七点二十，它停的地方是实验小学南门；周六早上五点出城，往红石水库方向开，后备箱里装的是渔具和冰箱。油卡是单位的，过路费走的也是单位的卡。

我就是个开车的，领导让往哪开，我就往哪开。只是这样的单子签多了，我自己心里打鼓，哪天审计来问，签字的人是我。

是哪个局，你们调一下平台上尾号37这辆车的轨迹就清楚了。我就不留名了。""",
     ("complaint", "yes", "a", "Discipline Inspection Commission", "normal", "zh", "indirect"))

mail(12, "nurse-late-bus", "eml", "2026-11-12 13:25", "Shen Lu", "shenlu.rn@example.com",
     "Suggestion: a late bus for hospital night-shift staff",
     """Dear Mayor's Office,

I'm a nurse at the Central People's Hospital on Huaxia East Road. Our evening shift finishes at 11:30 pm and the night shift starts at midnight. The last bus on route 27 passes the hospital gate at 10:50 pm, and route 41 stops even earlier.

So colleagues who live in the northern estates either pay 40-50 yuan for a ride-hailing car each night or ride e-bikes in the dark. Two of our nurses came off their bikes last winter, one broke her wrist.

My suggestion: add one or two late runs on routes 27 and 41 between about 23:45 and 00:20, or a shared late shuttle stop for the three big hospitals along Huaxia Road (Central, Maternal & Child, and the TCM hospital). Even an app-booked demand-responsive bus would help. Nurses, cleaners, security guards and canteen staff would all use it.

We would gladly fill in a survey if the Transport Bureau wants numbers.

Shen Lu""",
     ("suggestion", "no", "-", "Transport Bureau", "normal", "en", "-"))

mail(13, "thanks-zhou", "multi", "2026-11-05 19:48", "林建国", "lin.jianguo@example.net",
     "感谢东篱社区的周晓雯同志",
     """尊敬的领导：

我母亲今年八十三岁，一个人住在东篱社区。去年中风以后行动不便，我在外地工作，一直想给她申请居家养老服务，再看看能不能办低保，可材料一大堆，我请假也回不来几趟。

社区的周晓雯知道后，前后上门四次，帮着拍照、复印、填表，还陪我母亲去街道做了评估，连我母亲的老户口本找不到，她都帮着跑派出所开了证明。上个月申请批下来了，现在每周有人上门帮老人洗澡、打扫。

她说这是她分内的事。可我知道她一个人要管好几百户。特地写这封信，想让领导知道社区里有这样的好同志。

林建国""",
     ("information", "no", "-", "Municipal Government Office", "normal", "zh", "-"))

mail(14, "vendor-pushed", "eml", "2026-10-14 18:31", "12345热线 受理员0307", "agent0307@hotline.city.example",
     "工单：来电反映城管队员推倒卖菜老人",
     """【来电记录】
来电时间：2026-10-14 18:05
来电人：孙先生，电话 159-0000-3370
来电人反映：当日下午约16:30，其父亲（71岁）在幸福路菜市场北门外路边卖自家种的青菜。两名穿城管制服的队员要求其离开，其父收拾得慢，其中一名队员（较胖，戴眼镜，胸牌编号尾数116）将三轮车掀翻，又将老人推倒在地，老人手肘擦伤、腰部疼痛，现已到区中医院检查。现场有群众拍了视频。
来电人表示不反对管理占道，但不能对老人动手，要求调查处理该队员并赔礼道歉。
受理员备注：已提醒来电人保留视频和就诊记录。""",
     ("complaint", "yes", "a", "Urban Management Bureau", "normal", "zh", "-"))

mail(15, "teacher-weekend", "eml", "2026-10-25 22:40", "", "weekend.q@example.net",
     "Question about weekend teaching (please keep private)",
     """Hello,

I teach maths at a public junior high school in the city. A friend runs a registered training centre and has asked me to teach two Saturday classes for senior-high students, none of them from my school.

I know public-school teachers are not allowed to do paid tutoring, but I'm not sure how far the rule goes:
- Does it also cover students who are not at my own school?
- Does it matter if it is a maths olympiad club rather than ordinary exam tutoring?
- If it is not allowed, can I help there unpaid, as a volunteer?

I'm asking before I do anything. Please answer to this address and don't forward it to my school with my name; there is a colleague who would turn a question into a story.

Thank you.""",
     ("consultation", "yes", "b", "Education Bureau", "normal", "en", "-"))

mail(16, "ramp-sweepers", "eml", "2026-10-23 07:02", "何德顺", "he.deshun@example.com",
     "紧急：北环高架匝道清扫没有任何防护",
     """领导：

我是环卫三中队的班长。我们班每天凌晨4点到6点清扫北环高架金桥匝道。这段路弯多，夜里车开得很快。以前有一辆带警示灯的保障车跟在我们后面，上个月说车调走了，到现在也没有再配，锥桶也收走了。现在就是我们五个人穿着反光背心在车道边上扫。

这个星期已经出了两回险：周二一辆渣土车贴着老周的扫帚开过去，今天早上一辆小车在我身后急刹，差不到半米。我们这一班最年轻的也五十三了。

请尽快把保障车和锥桶配回来。配回来之前，能不能先调整作业时间，或者这一段先停扫。明天凌晨4点我们还得上去。

何德顺  137 0000 5519""",
     ("demand", "no", "-", "Urban Management Bureau", "high", "zh", "-"))

mail(17, "hall-queue", "eml", "2026-10-26 14:30", "秦朗", "qinlang@example.org",
     "政务服务大厅的\u201c高效\u201d体验",
     """今天周一，上午8点50到市民中心二楼办不动产转移登记，取号112，前面68人。

八个窗口开了两个，另外六个窗口贴着"暂停服务"，里面的椅子空着。叫号屏一上午跳了十九个号。我在大厅里看完了一本书，还给手机充了两回电——感谢大厅的充电桩，这是今天唯一高效的设备。

我不怪窗口里那两位工作人员，她们一上午连水都没顾上喝。我想问的是：周一上午明知道人最多，为什么只开两个窗口？网上预约为什么永远显示"约满"？

建议高峰时段多开窗口，或者把预约号多放一些，别让群众拿半天假来排队。""",
     ("complaint", "no", "-", "Administrative Approval Bureau", "normal", "zh", "sarcasm"))

mail(18, "uncle-gifts", "eml", "2026-10-08 01:17", "", "quiet.nephew@mail.example",
     "Something in my family I cannot talk about at home",
     """I don't really know if this is the right place to write.

My uncle is a section chief in the district land and planning office. Over the last year or so things at his house have changed. There is a new Audi registered in my aunt's name. My cousin suddenly went to study in Melbourne. Every festival the storeroom fills up with boxes of Moutai and "tea" that nobody drinks.

At this year's Mid-Autumn dinner a man I had never seen came to the door with a red paper bag. He didn't come in. Afterwards my uncle told my father, quite pleased, "that one's rezoning will go through before New Year".

Maybe I am wrong and it's all explainable. My parents are worried but nobody in the family will say anything out loud.

I'm not putting my name because it is my own family. If anyone looks into it, please let it not come back to that dinner table.""",
     ("complaint", "yes", "a", "Discipline Inspection Commission", "normal", "en", "indirect"))

mail(19, "huli-wages", "eml", "2026-10-28 21:50", "王秀兰", "wxl1976@example.net",
     "护工公资的事情",
     """领导你们好

我是在市三医院做护工的我们是一个叫康友家政的公司派过去的，在古科和老年科，一共二十几个人。公司从七越份开始就不按时发公资，说医院没给公司接账，八月九月的钱到现在还没有，一个人一个月三千八，我们都是外地来的要交房租孩子要上学

我们去问公司的经理他说谁在闹谁就别干了。我怕我说出来以后医院这边也不让我干了，我老公生病在家还要吃药。麻烦领到帮我们把公资要一下

谢谢领导
王秀兰 电话186 0000 4472""",
     ("demand", "yes", "c", "Human Resources and Social Security Bureau", "normal", "zh", "typos"))

form(20, "gaoling-jintie", "2026-10-30T10:05:00+08:00", "许丽", "150 0000 7712", "xuli.home@example.com", False,
     "高龄津贴怎么申请",
     """你好，我父亲这个月满80周岁，户口在本市。听说80岁以上的老人每个月有高龄津贴，想问一下：
1. 需要带哪些材料？到社区办还是街道办？
2. 他腿脚不方便，子女可以代办吗？代办要不要委托书？
3. 津贴是从满80岁那个月开始算，还是从申请那个月开始算？
谢谢。""",
     "云岭区",
     ("consultation", "no", "-", "Civil Affairs Bureau", "normal", "zh", "-"))

# ---------------------------------------------------------------- 021-030
mail(21, "museum-holiday", "html", "2026-10-01 08:20", "Hannah Ortiz", "hannah.ortiz@example.com",
     "City Museum hours during the holiday?",
     """Hi,

We are visiting the city with our two kids (7 and 10) this week. Is the City Museum open every day from 1 to 7 October, and what are the hours?

Do we need to book tickets online in advance, and can foreigners book with a passport number? Is there a cloakroom for a stroller?

Thanks a lot,
Hannah Ortiz""",
     ("information", "no", "-", "Culture and Tourism Bureau", "normal", "en", "-"))

mail(22, "surgery-xinyi", "eml", "2026-11-02 22:36", "", "daughter.of.patient@example.org",
     "手术排期要看\u201c心意\u201d？",
     """我父亲因为胆囊结石住在市中心医院肝胆外科，主治是科里的一位主任（全名我不写了，每周二、周四上午坐专家门诊的那位，科里一问就知道）。

住院第三天，他把我叫到医生办公室，说最近手术排得满，什么时候做"要看情况"，又说了一句"别的家属都挺懂事的"。我当时没听懂。同病房的阿姨后来悄悄跟我说，要包两三千，不包就一直等。

我们没有包。到今天已经住了九天，跟我们同一天住进来的两个病人都做完出院了。我父亲七十三岁，每天夜里疼得睡不着。

我就想知道，手术到底是按什么排的。能不能有人来管一管。""",
     ("complaint", "yes", "a", "Health Commission", "normal", "zh", "-"))

form(23, "site-noise-dorm", "2026-11-04T23:58:00+08:00", "邓一鸣", "177-0000-2095", "dengym@mingde-school.example", False,
     "举报地铁站工地深夜施工噪音",
     """我是明德中学的老师。学校宿舍楼东边是地铁站工地，最近一个月几乎每天晚上11点以后还在打桩、运渣土，有时一直干到凌晨3点，现在（快12点）还在响。

住校的初三学生晚上睡不好，白天上课趴桌子，家长们也在群里问学校怎么办。

请问这个工地有没有夜间施工许可？如果没有，请环保部门晚上来现场看看。白天我们不会有意见。""",
     "东湖区",
     ("demand", "no", "-", "Ecology and Environment Bureau", "normal", "zh", "-"))

mail(24, "residence-permit-mixed", "eml", "2026-10-05 16:44", "Liam Becker", "liam.becker@example.net",
     "居留许可 renewal question",
     """Hi,

I'm a Canadian teacher at Xinhua Foreign Language School. My 工作许可 was renewed last month, but the 居留许可 in my passport expires on 3 November.

The 出入境 office told me on the phone that I need a 单位证明 and a copy of the new 工作许可证, but the website also lists a 体检 report. Do I need a new health check if I did one last year? And can I apply more than 30 days before the expiry date, or only within 30 days?

谢谢!
Liam""",
     ("consultation", "no", "-", "Public Security Bureau", "normal", "en", "mixed"))

form(25, "fake-yibao-calls", "2026-11-06T12:10:00+08:00", "郭婷", "139 0000 8810", "", False,
     "举报冒充医保局的诈骗电话",
     """这两天我婆婆接到好几个电话，对方说是"市医保局"的，说她的医保卡在外地被人盗刷，要她配合"公安"把存款转到"安全账户"。幸好她先打电话问了我，钱没有转。

来电号码：+86 171 0000 3948，还有一个 170 0000 6612。

请公安查一下这两个号码。另外我们小区独居老人多，能不能派人到社区讲一讲这种骗局。""",
     "南岸区",
     ("demand", "no", "-", "Public Security Bureau", "normal", "zh", "-"))

mail(26, "park-handrails-trad", "eml", "2026-10-27 10:15", "楊紹文", "yang.shaowen@example.org",
     "建議北苑路幹休所旁小公園增設扶手與座椅",
     """市長：

余係退休幹部，居住北苑路幹休所已二十餘年。所旁小公園綠化甚好，惟園內步道有三處臺階未設扶手，長椅僅四張，且多在日曬處，夏日無人能坐。本所住戶平均年齡逾七十五歲，上月即有一位老同志於東側臺階跌倒，幸無大礙。

謹建議：
（１）於三處臺階加裝扶手；
（２）於樹蔭下增設長椅六至八張；
（３）步道改鋪防滑材料。

區區小事，本不應勞煩市長，然關乎老人安全，故冒昧陳情。

退休幹部　楊紹文""",
     ("suggestion", "no", "-", "Urban Management Bureau", "normal", "zh", "fullwidth"))

mail(27, "camera-appeal", "eml", "2026-10-16 12:03", "Daniel Fung", "dfung@example.com",
     "Traffic camera fine appeal - six weeks, no answer",
     """Hello,

My car was fined 200 yuan and 3 points for running a red light at the Huancheng Road / Jiefang Avenue junction on 28 August. The camera photo itself shows the signals were all flashing yellow that morning; the lights were out of order, and a local news site reported it the same day.

I filed an appeal in the traffic app on 2 September with the photo and the news link. Since then the status has said "under review". I called the traffic police hotline three times and was told each time to wait. Meanwhile the app won't let me book my annual vehicle inspection until the fine is settled, and the deadline is the end of October.

I'm not accusing anybody. I'd just like the appeal system to actually process appeals, or at least tell me how long it takes. You're welcome to pass on my name and number to whoever handles it: Daniel Fung, 188 0000 3025.""",
     ("complaint", "no", "-", "Public Security Bureau", "normal", "en", "-"))

mail(28, "guard-rude", "eml", "2026-10-18 20:26", "曹雪梅", "caoxm@example.net",
     "翠湖湾小区保安不让外卖快递进门，还骂人",
     """我住在翠湖湾小区，物业是恒安物业。东门最近新来一个保安，个子很高，晚上值班，外卖员、快递员一律不让进，连楼上张奶奶叫的药都不让送到楼下，让八十多岁的人自己走到门口去拿。

我下去跟他讲道理，他指着我鼻子说"你算什么东西，有本事去告"。

第二天我找了物业经理，经理说会批评教育，结果当天晚上还是一样。

请住建部门督促物业公司整改。我们交物业费，不是请人来骂我们的。""",
     ("demand", "no", "-", "Housing and Urban-Rural Development Bureau", "normal", "zh", "-"))

mail(29, "newborn-hukou", "eml", "2026-10-21 11:12", "12345热线 受理员0519", "agent0519@hotline.city.example",
     "工单：新生儿落户咨询",
     """来电人咨询：新生儿落户要带哪些材料，能否网上办。已答复部分，转派出所补充。""",
     ("consultation", "no", "-", "Public Security Bureau", "normal", "zh", "short"))

mail(30, "marathon-rain", "eml", "2026-11-10 18:40", "骆一帆", "luoyifan.run@example.com",
     "11月16日马拉松那天会下雨吗",
     """你好，我报名了11月16日（周日）城市马拉松的半程，早上7点半开跑。这几天手机上的天气预报一天一个样，一会儿说小雨一会儿说多云。

想问问气象台，那天早上7点到11点会不会下雨？气温大概多少度，风大不大？要不要带一次性雨衣。谢谢！""",
     ("information", "no", "-", "Meteorological Bureau", "normal", "zh", "-"))

# ---------------------------------------------------------------- 031-040
mail(31, "deposit-water-cut", "eml", "2026-11-07 21:18", "韦春燕", "weichunyan@example.org",
     "房东不退押金，还把我们的水停了",
     """领导好：

我们一家在石桥村租房住了两年，我和爱人都在附近的电子厂上班。上个月合同到期，我们说不续租了，房东就说墙面弄脏了，三千块押金一分不退，还把我们屋里的水阀关了，说不搬走就别想用水。

墙面就是孩子拿蜡笔画了几笔，我们说自己买涂料刷好，他不同意。

这房东是村主任的侄子，村里人都劝我们算了，说找谁都没用。我们还想在这边上班，孩子也在这边的小学读书，真怕事情闹大了，以后在这一片租不到房子，厂里也有他们家的亲戚。

请帮我们协调一下押金，先让他把水给开了。家里还有个三岁的小的。

韦春燕  133 0000 5206""",
     ("demand", "yes", "c", "Housing and Urban-Rural Development Bureau", "normal", "zh", "-"))

mail(32, "clean-plate", "eml", "2026-11-09 15:05", "食堂师傅老卢", "lu.kitchen@example.net",
     "关于\u201c光盘打卡\u201d的一点想法",
     """我在一所公办小学的食堂做了六年饭，说几句外行话。

今年学校搞"光盘行动"，每个班要拍空餐盘的照片上传，照片数不够的班扣分。结果有的班要求孩子必须吃完才能走。一年级的娃娃饭量小，有的含着眼泪往下咽，有的把米饭偷偷塞进口袋，晚上家长洗衣服才发现。

节约粮食是好事，我们做饭的最心疼倒掉的饭菜。但我觉得办法可以改一改：
1. 让孩子自己说要多少，吃不够再来添；
2. 别用照片给班级打分；
3. 食堂按年级分大小份，我们愿意配合。

这是我个人的想法，供教育局参考。""",
     ("suggestion", "no", "-", "Education Bureau", "normal", "zh", "-"))

mail(33, "streetlight-resolved", "multi", "2026-11-03 20:55", "Robert Liang", "robert.liang@example.org",
     "Congratulations: my streetlight has been \"resolved\" four times",
     """Dear Mayor's Office,

I would like to report a miracle. According to your text messages, the streetlight outside No. 45 Yinxing Lane has been repaired four times since August. Each time I receive: "Your request has been handled. Please rate our service." Each evening the lane is still pitch dark.

Four tickets, four times closed. I rated every one of them, honestly.

I'm sure the people answering the phone do what they can. The problem seems to be that tickets are closed without anyone going to look. Could someone explain how a ticket can be marked resolved with no site visit? And yes, I would still like the light to work: there is a kindergarten on this lane and parents walk through it at 5:30 pm in winter.

Feel free to pass my name and number to anyone: Robert Liang, +86 136 0000 7741.""",
     ("complaint", "no", "-", "Municipal Government Office", "normal", "en", "sarcasm"))

mail(34, "liuan-lights-road", "eml", "2026-11-11 19:20", "傅阿姨", "fu.ayi@example.com",
     "路灯坏了，顺便问问修路",
     """你好，柳岸街南段从公交站到菜市场那一截，五盏路灯有三盏不亮，快一个月了。晚上我们跳完广场舞回来黑乎乎的，上周楼下的老刘在那绊了一跤，膝盖磕破了。麻烦尽快派人来修一下。

另外顺便问一句，这条路坑坑洼洼好几年了，听说今年要翻修，大概什么时候动工？""",
     ("demand", "no", "-", "Urban Management Bureau", "normal", "zh", "two-intents"))

mail(35, "survey-forms", "eml", "2026-10-29 23:33", "", "sq.worker.2026@example.net",
     "这样填出来的满意度还有意义吗",
     """领导：

我是街道下面一个社区的工作人员。下面是昨晚工作群里的通知，我原样抄过来：

> 【紧急】各社区注意：本周五前每个社区完成入户满意度问卷500份，满意率不得低于98%。
> 问卷不必真入户，由社区工作人员按住户名单自行填写，注意字迹不要雷同，签名可请家属代签。
> 未完成的社区年底考核一票否决。
> ——街道综治办 钱科长

我们社区一共七个人，一周五百份，只能晚上熬夜自己编。去年也是这么弄的，报上去"群众满意率98.6%"，还上了区里的简报。

我不敢在群里说什么，也不想连累社区里其他人。只是想问一句：这样报上去的数字，市里真的信吗？""",
     ("complaint", "yes", "a", "Discipline Inspection Commission", "normal", "zh", "quoted"))

mail(36, "yidi-reimburse", "html", "2026-10-31 09:27", "Grace Wen", "grace.wen@example.com",
     "Reimbursement for a hospital stay in another province",
     """Hello,

My mother is covered by the city 城乡居民医保 here. She fell and broke her hip while visiting relatives in Yunnan and was in hospital there for 12 days. We did not do the 异地就医备案 beforehand; honestly nobody in the family knew it existed.

My questions:
1. Can we still do the 备案 afterwards and get settlement, or do we pay everything and claim it back?
2. Which papers do we need: 发票, 出院小结, 费用清单, anything else?
3. Is the reimbursement rate lower because we didn't register in advance?
4. Can I submit it on her behalf? She is 76.

Thank you,
Grace Wen""",
     ("consultation", "no", "-", "Healthcare Security Bureau", "normal", "en", "mixed"))

form(37, "legal-aid-where", "2026-11-13T08:50:00+08:00", "何师傅", "", "", False,
     "法律援助中心在哪",
     """请问区法律援助中心在哪，周六上班吗""",
     "北湖区",
     ("information", "no", "-", "Justice Bureau", "normal", "zh", "short"))

mail(38, "kindergarten-bruises", "eml", "2026-11-14 21:41", "", "mom.zhongerban@example.org",
     "孩子胳膊上的淤青",
     """我女儿在区机关第一幼儿园（公办）中二班。这个月她有三次回家，胳膊内侧一块青一块紫。问她，她说是"刘老师掐的，因为我午睡不睡"。同班另外两个孩子回家也说过差不多的话。

我们去找园长，园长说调监控看看，过了一个星期告诉我们"那几天监控正好坏了"。

孩子现在早上一听说去幼儿园就哭。她在那里还要读一年半，中途换园也不好换。所以这封信我就不署名了，请教育局来查一查，也请别让园里知道是哪家家长反映的。""",
     ("complaint", "yes", "a", "Education Bureau", "normal", "zh", "-"))

mail(39, "water-pressure-re", "eml", "2026-11-25 07:45", "Chen Yufei", "chen.yufei@example.net",
     "Re: low water pressure on top floors - still not fixed",
     """I am writing again. Here is the reply I received on 14 October:

> Dear resident, thank you for your message. The water supply company has
> inspected the pumping station serving Fenghe Garden and found no fault.
> Low pressure at peak hours may be caused by the building's own secondary
> supply equipment. Please contact your property management company.

We did. Yuanjing Property says the rooftop booster pump was handed over to the water company in 2023 and they are not allowed to touch it. So each side points at the other.

Meanwhile, on floors 15 to 18 of Building 3, from 7 to 9 in the morning and 6 to 9 in the evening, we get a trickle. The gas water heater won't even ignite. It has been six weeks, and it is getting cold.

Please get the water company and Yuanjing Property together, decide whose pump it is, and fix it.

Chen Yufei, Building 3, Fenghe Garden""",
     ("demand", "no", "-", "Water Affairs Bureau", "normal", "en", "quoted"))

mail(40, "gas-smell", "eml", "2026-11-18 06:38", "光明里4号楼 老许", "xu.grandpa@example.com",
     "楼道里有很大的燃汽味",
     """领导

我是光明里小区4号楼的老人，孙子帮我发的这个。今天早上起来楼道里一股很冲的燃汽味，像臭鸡旦，二楼到四楼都有，三楼那家敲门没人应，他家好象出差了。打燃汽公司电话一直占线。

我们不敢开灯也不敢按门铃，楼里还有好几个小孩子。请敢快派人来看看！！""",
     ("demand", "no", "-", "Emergency Management Bureau", "high", "zh", "typos"))

# ---------------------------------------------------------------- 041-050
mail(41, "thanks-120", "html", "2026-10-27 16:02", "陶敏", "taomin@example.org",
     "感谢120急救中心的医护人员",
     """领导您好：

10月20日凌晨两点，我父亲在家突发心梗。打了120，十一分钟救护车就到了。随车的梁医生和护士小蔡一进门就开始处置，担架进不了我们那种老电梯，是他们俩和司机师傅三个人从六楼把我父亲抬下去的。到了医院直接进导管室，心内科的医生说再晚半小时就很难讲了。

现在父亲已经出院回家。我们不知道怎么感谢他们，想请领导替我们转达谢意，也希望单位能给他们一个表扬。

患者家属  陶敏""",
     ("information", "no", "-", "Health Commission", "normal", "zh", "-"))

mail(42, "aed-metro", "eml", "2026-11-16 10:30", "Zhou Yan", "zhouyan.er@example.net",
     "Suggestion: AEDs in every metro station, and a map people can find",
     """Dear Mayor,

I'm an emergency department nurse. This year our department has received at least six patients who had a cardiac arrest in a public place: two in metro stations, one at the Xiguan bus interchange, the others in a gym and a shopping street. Only one of them had a defibrillator used on him before the ambulance came. He is the one who went home.

I know some AEDs have been installed in malls and a few stations, but almost nobody knows where they are, including the staff standing next to them.

Three suggestions:
1. An AED at every metro station and major bus interchange, next to the ticket office, clearly signed.
2. Put all public AEDs on a map in the 12345 app and share the data with the common map apps.
3. A one-hour CPR/AED course for station staff and security guards, repeated every year.

I and several colleagues would be happy to help teach.

Zhou Yan, RN""",
     ("suggestion", "no", "-", "Health Commission", "normal", "en", "-"))

form(43, "library-evening", "2026-11-19T15:22:00+08:00", "吕明德", "139 0000 4560", "", False,
     "建议市图书馆晚上多开两个小时",
     """我退休前在市委党校工作，现在每星期去市图书馆三四次。图书馆下午五点半就闭馆，周末也一样。我们老年人白天去不成问题，可我常看到年轻人下了班背着包赶过来，门已经关了，站在台阶上发愣。

建议工作日延长到晚上八点半，至少把自习区和报刊阅览室开着。人手不够可以招志愿者，我第一个报名。""",
     "文昌区",
     ("suggestion", "no", "-", "Culture and Tourism Bureau", "normal", "zh", "-"))

mail(44, "veteran-subsidy", "eml", "2026-11-20 09:08", "耿长海", "geng.changhai@example.com",
     "老兵咨询：农村退役士兵的补助",
     """您好！

我是1979年入伍、1984年退伍的老兵，在部队五年。退伍后回村种地，后来在镇上砖厂干了十几年，今年六十五了。

听战友说，像我们这样在农村的退役士兵，每年有一笔老年生活补助，按服役年限算。请问：
1. 我这种情况能不能领？
2. 到哪里申请，镇上还是区里？
3. 要不要带退伍证原件？我的退伍证有点破了。

还有一件事顺便问问：我去年做了心脏搭桥，花了八万多，自己掏了三万，退役军人在看病方面有没有补助？

谢谢！""",
     ("consultation", "no", "-", "Veterans Affairs Bureau", "normal", "zh", "two-intents"))

form(45, "bulky-waste-schedule", "2026-11-21T20:14:00+08:00", "", "", "bingo.w@example.org", False,
     "大件垃圾清运时间能不能公布出来",
     """我们楼有人换了沙发，旧沙发在楼道口放了一个多星期没人拉。问物业，物业说要等环卫的车；问环卫站，说按"计划"来。计划是什么，谁也说不清。

建议城管把每个街道大件垃圾清运的日子和预约电话公布在网上或者公众号上，大家按日子往外放，就不会一直堆在楼道里，也能少一些乱扔的。""",
     "枫林区",
     ("suggestion", "no", "-", "Urban Management Bureau", "normal", "zh", "-"))

mail(46, "expired-medicine", "eml", "2026-11-01 14:20", "12345热线 受理员0233", "agent0233@hotline.city.example",
     "工单：药店出售过期药品",
     """【来电记录】
来电时间：2026-11-01 13:56
来电人：林先生，电话 155 0000 9183
来电人反映：其10月30日在康安大药房（青石路店）买的一盒感冒颗粒，回家发现有效期至2026年8月，已过期两个多月。回店要求退货，店员说"过期一点没关系，吃不坏"，拒绝退款。来电人称该店货架上还有其他过期药品，要求市场监管部门到店检查处理，并为其退款。
受理员备注：已告知来电人保留药品及购药小票。""",
     ("demand", "no", "-", "Market Regulation Administration", "normal", "zh", "-"))

mail(47, "lift-subsidy-followup", "eml", "2026-10-22 19:10", "Alan Xu", "alan.xu@example.com",
     "Follow-up: lifts in old six-storey buildings",
     """Thank you for your reply in September. For reference, this is what it said:

"Regarding the installation of lifts in existing multi-storey residential buildings, the city is studying the relevant subsidy policy. Residents may apply in accordance with the procedures once the policy is issued."

Since then, neighbours with family in another district tell me a subsidy of up to 200,000 yuan per lift is already being paid there. Our building (Building 12, Meilin New Village, six floors, built in 1994) has 24 households and 20 have signed in favour.

Could you tell me:
1. Has the policy now been issued, and where can we read it?
2. What share of owners must agree: two-thirds, three-quarters, or everyone?
3. Where do we submit the application: the sub-district office or your bureau?

Many thanks,
Alan Xu""",
     ("consultation", "no", "-", "Housing and Urban-Rural Development Bureau", "normal", "en", "quoted"))

mail(48, "canal-blocked", "eml", "2026-11-20 17:35", "下塘村 会计", "xiatang.kuaiji@example.net",
     "村里水渠被堵了半年拉",
     """领导您好，我是下塘村的会计，替村东头几户人写的。

村东头那条灌概渠，去年修路的时候被施工对填了一截，当时说是临时的，路修好就挖开。结果路修完半年拉，渠还是堵着。现在麦子要浇冻水，水过不去，二十多亩地交不上水。

村里找过施工对，施工对说归镇上管，镇上说归交通管，转了一圈没人管。到底归谁管？能不能先把渠挖通，冻水再晚就来不及了。""",
     ("demand", "no", "-", "Agriculture and Rural Affairs Bureau", "normal", "zh", "typos"))

mail(49, "broadband-exclusive", "eml", "2026-11-22 22:02", "云栖府业主 小唐", "tang.wfh@example.org",
     "新小区宽带只能装一家，又贵又慢",
     """我们是云栖府的业主，交房半年了。小区里宽带只有一家运营商能装，其他运营商的师傅来了说物业不让进场，讲是开发商签了"独家协议"。

这一家 500M 的套餐一年 1999，还必须绑他家的手机号。晚上 speed test 只有 80M 左右，开 video call 经常卡住，我们好几个 WFH 的邻居天天在群里骂。

请问这种 exclusive agreement 合法吗？能不能让其他运营商也进来，大家自己选。""",
     ("demand", "no", "-", "Industry and Information Technology Bureau", "normal", "zh", "mixed"))

mail(50, "tax-hall-english", "eml", "2026-11-24 16:48", "Pieter van Dijk", "pvandijk@example.net",
     "Tax service hall: no way for foreigners to do the annual IIT reconciliation",
     """Hello,

I went to the tax service hall on Chengxi Road twice this month to do my annual individual income tax reconciliation. Both times I was sent to the self-service machines. The machines are Chinese-only and ask for a face scan, which does not work with a foreign passport. The help desk queue was about forty minutes, and when I got to the front I was told the colleague who handles foreign taxpayers only comes on Wednesdays.

The IIT app has no English either, and the registration also needs face verification.

The staff were polite and clearly overloaded, so this is not about them. But for a city that advertises itself to foreign investors, is there really no English option and no appointment system for foreign taxpayers? Right now the process simply doesn't work for us.

Pieter van Dijk""",
     ("complaint", "no", "-", "Taxation Bureau", "normal", "en", "-"))

# ---------------------------------------------------------------- 051-060
mail(51, "thanks-manhole", "eml", "2026-11-26 08:05", "", "kk.resident@example.com",
     "谢谢",
     """上周反映的井盖已经换好了，谢谢市长信箱！""",
     ("information", "no", "-", "none", "normal", "zh", "short"))

form(52, "vacant-lot-plan", "2026-11-23T21:30:00+08:00", "彭晓", "131 0000 2788", "pengxiao@example.com", False,
     "实验二小东边那块空地的规划能不能公示",
     """实验二小东边有一块用围挡围起来的空地，围挡上写着"规划用地"，已经围了三年。家长群里一会儿传要建加油站，一会儿传要建停车楼，大家都挺担心。

建议规划部门把这块地的规划用途在网上公示一下。如果还没定，能不能考虑做成学校的接送停车区或者小游园？现在每天放学，校门口那条路堵得水泄不通，孩子就在车缝里穿。""",
     "临溪区",
     ("suggestion", "no", "-", "Natural Resources and Planning Bureau", "normal", "zh", "-"))

form(53, "market-fees", "2026-10-10T06:40:00+08:00", "周桂芳", "134 0000 6690", "", False,
     "青苗农贸市场乱收费",
     """我在青苗农贸市场卖豆腐八年了。今年市场换了管理公司，除了原来的摊位费，每个月又多出"卫生提升费"200、"电子秤校验费"150、"节日装饰费"100，没有正式收据，只给一张手写的白条。

问为什么要收，经理说不交可以不干。几十个摊主都交了，没人敢多问。

我写这个想了好几天，就怕下一轮重新分摊位的时候，把我分到最里头的角落，那样生意就做不下去了。请市场监管部门查一查这些费用有没有依据，该不该收。""",
     "柳河区",
     ("demand", "yes", "c", "Market Regulation Administration", "normal", "zh", "-"))

mail(54, "norvik-power", "multi", "2026-11-17 11:00", "Mette Larsen", "mette.larsen@norvik.example",
     "Request for coordination: grid connection for our new plant, and a question on subsidies",
     """Dear Sir or Madam,

Norvik Precision Components (a Danish-invested company) has finished building its new workshop in the Eastern Industrial Park. Our 10 kV power connection was approved in July, but the grid company now says the park's substation expansion is delayed and cannot give us a date.

We have already hired 40 local staff and our machines arrive in the second week of December. Without power we cannot commission them, and the warranty period starts on delivery.

Could the Commerce and Investment Promotion Bureau help us coordinate with the grid company and the park management committee to get a realistic date, or a temporary connection?

Separately: does our new production line qualify for the city's subsidy for advanced manufacturing equipment, and who should we ask about it?

Best regards,
Mette Larsen, Plant Manager
+86 139 0000 8820""",
     ("demand", "no", "-", "Commerce and Investment Promotion Bureau", "normal", "en", "two-intents"))

mail(55, "chongyang-gifts", "eml", "2026-10-21 10:26", "卞淑琴", "bian.shuqin@example.org",
     "重阳节的慰问品，是抽奖吗？",
     """领导好：

我是一名退休干部的家属，老伴今年八十一。重阳节社区给高龄老人发慰问品，我们楼里同样八十出头的，有的领到了米和油，有的什么也没有，我们家是"什么也没有"的那一类。

去社区问，工作人员很客气，说名单是上面给的。上面是哪里，说不清；按什么标准定的，也说不清。

我们家不缺这一桶油。可邻居们在楼下一聊，心里都不舒服。既然是发给老人的，能不能把标准贴在公告栏上？要不然，大家只好当它是抽奖了，看谁手气好。""",
     ("complaint", "no", "-", "Municipal Government Office", "normal", "zh", "sarcasm"))

mail(56, "old-member-words", "eml", "2026-11-08 09:30", "卢振华", "lu.zhenhua1942@example.net",
     "一个老党员的几句心里话",
     """市长同志：

我今年八十四岁，一九六三年参加工作，在计委干到退休。这封信不是反映问题，也不要求什么，就是想说几句。

这两年我住的老小区加装了电梯，门口的路修平了，菜场边上开了老年食堂，十块钱两荤一素。我们这些老人出门方便了，心里也亮堂。前几天坐新开的公交线去看了江边的新公园，一路上想起年轻时候跑项目、算指标的日子，感慨很多。

知道你们工作辛苦，批评的信一定不少，也收一封高兴的吧。不必回复。

老党员  卢振华""",
     ("information", "no", "-", "none", "normal", "zh", "-"))

form(57, "foreign-marriage", "2026-11-27T14:45:00+08:00", "Oliver Grant", "+86 186 0000 1179", "oliver.grant@example.net", False,
     "Registering a marriage with a Chinese citizen",
     """Hi, I'm a British citizen and my fiancee is Chinese, with her hukou in this city. We'd like to register our marriage here in December.

What documents do I need? Is a certificate of no impediment from the UK with an apostille enough now, or does it still need consular authentication? Does the Chinese translation have to be done by a particular agency?

Which marriage registration office handles marriages with foreigners, and do we need to book an appointment? Thanks.""",
     "Haiyan District",
     ("consultation", "no", "-", "Civil Affairs Bureau", "normal", "en", "-"))

mail(58, "yuntai-tickets-trad", "eml", "2026-10-28 12:18", "陳美玲", "chan.meiling@example.com",
     "請問雲台山景區門票及開放時間",
     """您好，我是香港居民，十一月中旬打算帶父母來貴市旅遊，想請問：

１．雲台山景區現時門票幾多錢？六十五歲以上長者是否免票？港澳居民可否憑回鄉證享受同等優惠？
２．纜車每日幾點開始運行？
３．景區內有沒有輪椅租借？

多謝！
陳美玲""",
     ("information", "no", "-", "Culture and Tourism Bureau", "normal", "zh", "fullwidth"))

mail(59, "mould-landlord", "eml", "2026-11-29 22:10", "Ana Souza", "ana.souza@example.org",
     "Mould in my rented flat, landlord will not act",
     """Hello,

Since March I have rented a flat in Building 7, Liyuan Court. Since the rainy season black mould has spread over the bedroom wall and the ceiling of my son's room, and the bathroom fan has not worked since I moved in. I have sent the landlord photos eight times. He says mould is "normal for old buildings" and I should open the windows.

Last week I told him I would report it. He smiled, said his brother-in-law works at the Liyuan police station and "everyone around here knows the family", and then asked me whether my visa was in order.

My visa is in order. But my work permit renewal is next spring, I am here alone with my son, and I would like to stay in this city.

What I need: the mould and the fan fixed, or to end the lease early and get my 6,000 yuan deposit back. Could someone help with this?

Ana Souza, 135 0000 7783""",
     ("demand", "yes", "c", "Housing and Urban-Rural Development Bureau", "normal", "en", "indirect"))

form(60, "spouse-milktea", "2026-11-30T21:05:00+08:00", "", "", "milktea.q@example.org", False,
     "公职人员家属开店需要报备吗",
     """想咨询一下：我爱人在区里一个局当副科长，不管市场也不管审批。我想和朋友合伙在小区门口开一家奶茶店，我出资占一半。

请问这种情况他需要向单位报备吗？有没有什么不能做的？我们想先把规矩弄清楚再去办执照。

这事比较私人，麻烦不要公开，也别打电话到他单位，回我邮件就行。""",
     "梧桐区",
     ("consultation", "yes", "b", "Discipline Inspection Commission", "normal", "zh", "-"))


# ---------------------------------------------------------------- writer
def b64subject(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def wrap_long(text, limit=900):
    """Keep every line under the RFC 5322 limit (998 octets)."""
    out = []
    for line in text.split("\n"):
        while len(line.encode("utf-8")) > limit:
            cut = len(line)
            while len(line[:cut].encode("utf-8")) > limit:
                cut -= 1
            out.append(line[:cut])
            line = line[cut:]
        out.append(line)
    return "\n".join(out)


def html_of(text):
    import html
    paras = [p for p in text.split("\n\n")]
    body = "\n".join("<p>" + html.escape(p).replace("\n", "<br>\n") + "</p>" for p in paras)
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head>\n<body>\n"
            + body + "\n</body></html>")


def rfc_date(when):
    # when: "YYYY-MM-DD HH:MM", Asia/Shanghai
    import datetime
    d = datetime.datetime.strptime(when, "%Y-%m-%d %H:%M").replace(
        tzinfo=datetime.timezone(datetime.timedelta(hours=8)))
    from email.utils import format_datetime
    return format_datetime(d)


def build_eml(x):
    n = x["n"]
    frm = formataddr((x["name"], x["addr"])) if x["name"] else x["addr"]
    heads = [
        ("From", frm),
        ("To", "mayor@city.example"),
        ("Subject", b64subject(x["subject"])),
        ("Date", rfc_date(x["when"])),
        ("Message-ID", "<%s-%03d.%s@%s>" % (ME, n, x["when"][:10].replace("-", ""), x["addr"].split("@")[1])),
        ("MIME-Version", "1.0"),
    ]
    body = wrap_long(x["body"])
    if x["kind"] == "eml":
        heads += [("Content-Type", "text/plain; charset=utf-8"),
                  ("Content-Transfer-Encoding", "8bit")]
        payload = body + "\n"
    elif x["kind"] == "html":
        heads += [("Content-Type", "text/html; charset=utf-8"),
                  ("Content-Transfer-Encoding", "8bit")]
        payload = wrap_long(html_of(x["body"])) + "\n"
    else:  # multipart/alternative
        bnd = "=_%s_%03d_alt" % (ME, n)
        heads += [("Content-Type", 'multipart/alternative; boundary="%s"' % bnd)]
        payload = ("This is a multi-part message in MIME format.\n\n"
                   "--%s\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n%s\n\n"
                   "--%s\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n%s\n\n"
                   "--%s--\n") % (bnd, body, bnd, wrap_long(html_of(x["body"])), bnd)
    text = "".join("%s: %s\n" % h for h in heads) + "\n" + payload
    return text.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")


def build_json(x):
    obj = {
        "id": "%s-%03d" % (ME, x["n"]),
        "submitted_at": x["when"],
        "name": x["name"],
        "phone": x["phone"],
        "email": x["email"],
        "anonymous": x["anonymous"],
        "title": x["subject"],
        "content": x["body"],
        "district": x["district"],
    }
    return (json.dumps(obj, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.startswith(ME + "-"):
            os.remove(os.path.join(OUT, f))
    rows = ["path\tcategory\tconfidential\treason\tdepartment\tpriority\tlanguage\thard"]
    seen = set()
    for x in sorted(L, key=lambda y: y["n"]):
        assert x["n"] not in seen, x["n"]
        seen.add(x["n"])
        ext = "json" if x["kind"] == "json" else "eml"
        fname = "%s-%03d-%s.%s" % (ME, x["n"], x["slug"], ext)
        data = build_json(x) if ext == "json" else build_eml(x)
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(data)
        rows.append("\t".join(["letters/" + fname] + list(x["labels"])))
    assert len(seen) == 60 and seen == set(range(1, 61))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(rows) + "\n")


if __name__ == "__main__":
    main()
