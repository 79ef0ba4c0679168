#!/usr/bin/env python3
"""Writer w10: 60 letters from families (parents, grandparents, carers).

Writes letters/ and labels.tsv next to this script. Deterministic: every
date, address and label is fixed in the table below.
"""
import json
import os
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "letters")
TZ = timezone(timedelta(hours=8))
TO = "mayor@city.example"

# Each letter: n, slug, kind (plain|html|alt|json), sender fields, date,
# subject/title, body, and labels
# "category confidential reason department priority language hard"
# (department written with underscores for spaces in the label string).
L = []


def add(n, slug, kind, date, subject, body, labels, name="", email="",
        phone="", anonymous=False, district=""):
    L.append(dict(n=n, slug=slug, kind=kind, date=date, subject=subject,
                  body=body.strip("\n"), labels=labels, name=name,
                  email=email, phone=phone, anonymous=anonymous,
                  district=district))


add(1, "school-enrolment-returnee", "plain", "2026-09-03 23:41",
    "School enrolment for my daughter - we just moved back from Canada",
    """
Dear Mayor's Office,

I'm sorry to write so late, the kids are finally asleep and this is the only
quiet hour I have. We moved back to the city in August after nine years in
Calgary. My husband grew up here, I grew up in Wuhan. Our daughter Lily
(Chinese name Chen Siyuan) is 7 and finished Grade 1 in Canada. She has a
Chinese passport but no hukou yet, because we only registered her birth at
the consulate.

Which documents does a public primary school need before she can start here?
Do we have to finish her hukou first, or can she enrol with the property
certificate of our flat in Hexi Garden? And will they put her in Grade 2 or
make her repeat Grade 1 because her Chinese reading is weak? She cried
tonight because she thinks she will be "the baby of the class".

Any answer would help. Thank you.

Fang Min
139 0000 2718
""",
    "consultation no - Education_Bureau normal en -",
    name="Fang Min", email="fangmin.calgary@example.com")

add(2, "night-piling-baby", "plain", "2026-09-09 02:10",
    "举报：工地凌晨两点还在打桩，宝宝根本睡不了",
    """
现在是凌晨两点十分，我抱着四个月的女儿在客厅里来回走，她刚被吵醒，哭了四十分钟。

我们小区（望川雅苑）东边那个工地，这个月几乎每天晚上十一点以后还在打桩、倒混凝土，轰隆隆的，窗户都在抖。白天我能理解，可是半夜？我跟老公轮流抱，他早上六点还要出门上班。

我打过工地门口牌子上的电话，一个男的说“我们有夜间施工许可”，就挂了。真的有许可就可以天天半夜施工吗？

麻烦你们派人晚上来听一听、测一测，让他们夜里停下来。求求了。

一个快熬不住的妈妈
望川雅苑7栋 刘女士 186-0000-4471
""",
    "demand no - Ecology_and_Environment_Bureau normal zh -",
    name="刘晓雯", email="liuxw.mama@example.net")

add(3, "teacher-seating-gifts", "plain", "2026-09-16 22:05",
    "关于孩子班上的一些情况",
    """
您好。

我儿子在桂园路小学三年级（2）班。开学两周，班主任周老师在家长群里说了好几次：“教师节快到了，懂事的家长都已经表示过了，还有几位家长我心里有数。”

我们家没有送东西。上周开始，儿子回来说他被调到最后一排靠垃圾桶的位置，举手也不叫他，作业本上写了“态度差”。同样被换到后面的还有两个孩子，我私下问了那两位家长，都是没“表示”的。

我不知道是不是我想多了。但是前天晚上孩子睡觉前问我：“妈妈，是不是我不乖？”我听了心里真难受。

希望有人去了解一下。我们还要在这个班读三年多。
""",
    "complaint yes a Education_Bureau normal zh indirect",
    name="孙丽", email="sunli0916@example.org")

add(4, "bus-to-childrens-hospital", "html", "2026-09-21 07:12",
    "Which bus to the Children's Hospital from Maple Terrace?",
    """
Good morning,

I am a grandfather from Singapore staying with my daughter's family for the
autumn. Every Tuesday my grandson (5) has an allergy appointment at the
Municipal Children's Hospital on Xinghe Road. My daughter usually drives him,
but she is travelling for work for the next three weeks, so it is my job now.

Could you tell me which bus goes from Maple Terrace (Fengtai residential
area, near the east gate) to the hospital, what time the first bus leaves,
and whether I can pay with a foreign bank card or need cash? I don't have
a Chinese phone payment set up yet.

Thank you kindly,
Tan Boon Hock
+86 138 0000 5190
""",
    "information no - Transport_Bureau normal en -",
    name="Tan Boon Hock", email="tanbh.grandpa@example.com")

add(5, "metro-nursing-rooms", "plain", "2026-09-24 21:30",
    "建议地铁站增设母婴室",
    """
市长您好：

我是一个七个月宝宝的妈妈，每周二、周五要带孩子坐地铁3号线去妇幼保健院做康复训练，单程四十多分钟。

整条3号线只有两个站有母婴室，其中荷塘站那个常年锁着，问站务员说“钥匙在值班室”，找到人的时候孩子已经哭得满脸通红。没办法，我只能在站台的长椅上用披肩挡着喂奶，旁边人来人往，真的很尴尬。

建议：
1. 每个换乘站至少设一个母婴室，有尿布台和洗手池；
2. 已有的母婴室不要上锁，或者门口贴上呼叫电话；
3. 出站口多装一些直梯，推着婴儿车找电梯要绕半个站。

现在生孩子的年轻人越来越少了，城市对带娃的人友好一点，大家才敢生。

谢谢！
樊女士 159 0000 7716
""",
    "suggestion no - Transport_Bureau normal zh -",
    name="樊静", email="fanjing.baby@example.com")

add(6, "husband-cancer-wages", "plain", "2026-09-27 00:18",
    "My husband has cancer and his company stopped paying him",
    """
Dear Sir or Madam,

My husband, Zhou Wei, is a warehouse supervisor at Hengfeng Logistics in the
Shuiyun industrial park. In June he was diagnosed with stomach cancer. He has
been on sick leave since then with certificates from the hospital every
month, which we hand in to HR.

The company paid his basic salary in July. Since August, nothing. In
September we discovered they have also stopped paying his social insurance,
so we are frightened his medical insurance will lapse in the middle of
chemotherapy. The HR manager told him on the phone that "sick leave is unpaid
after 30 days" and that it would be "simpler for everyone" if he resigned.
He has worked there eleven years.

I am British and teach English part-time; we have two children, 5 and 9.
I'm writing this at midnight after his third round, because during the day
there is no time to think.

Could your office please help us get his wages for August and September, and
make sure the company keeps paying his social insurance while he is ill?

Yours faithfully,
Helen Zhou
186 0000 3390
""",
    "demand no - Human_Resources_and_Social_Security_Bureau normal en -",
    name="Helen Zhou", email="helen.zhou.family@example.net")

add(7, "grandma-raising-grandsons", "plain", "2026-09-29 20:44",
    "請問隔代撫養孫子可以申請什麼補助嗎",
    """
市長信箱您好：

我今年六十八歲，原本住在高雄，三年前搬來這裡照顧兩個孫子。兒子去年出了事，現在在服刑，媳婦離開以後就沒有再聯絡。

兩個孩子一個八歲、一個五歲，都是我一個人帶，靠我一點退休金，還有在社區幫人改衣服賺一點。聽鄰居說這裡有「事實無人撫養兒童」的補助，請問我們這種情況符不符合？要準備哪些證明？要去哪裡辦？

我不是這裡的戶口，孩子們是這裡的戶口（跟著他爸爸）。這樣會不會不能申請？

我眼睛不好，字打得慢，謝謝你們耐心看完。

林秀琴
電話：133 0000 6274（鄰居代接）
""",
    "consultation no - Civil_Affairs_Bureau normal zh fullwidth",
    name="林秀琴", email="lin.xiuqin@example.org")

add(8, "nurse-phone-drip-swelling", "plain", "2026-10-13 01:26",
    "儿科住院部护士输液时玩手机，孩子手背肿成馒头",
    """
10月12日晚上，我女儿（两岁半，肺炎）在市第二人民医院儿科住院部六病区输液，12床。

负责我们床的护士，工牌上是“唐×× 工号317”，把液挂上以后就回护士站坐着刷短视频，声音开得很大。大概四十分钟后，我发现孩子手背鼓起来了，去叫她，她头都没抬说“等一下”。我又去叫了一次，又过了十来分钟她才过来，针早就跑出来了，药水全渗到皮下，手背肿得像个馒头，孩子哭到吐。

她拔针的时候还说：“你们家孩子太能动了。”

孩子今天手还是青紫的，重新扎针扎了三次才扎上。我不是要闹，我只想知道一个护士上班时间能不能这样对待病人，医院管不管。

家长：何女士 177-0000-2046
""",
    "complaint yes a Health_Commission normal zh -",
    name="何敏", email="hemin.mom@example.com")

add(9, "lift-broken-18th-floor", "plain", "2026-10-14 19:02",
    "电梯",
    """
清溪苑5栋电梯坏第三天了，抱娃爬18楼。物业只会说等配件。
""",
    "demand no - Housing_and_Urban-Rural_Development_Bureau normal zh short",
    name="", email="qingxi5dong@example.net")

add(10, "spouse-residence-permit", "json", "2026-10-02 10:47",
    "Residence permit for my Italian husband",
    """
Hello. My husband is Italian; we married in Rome last year and moved here in
September with our baby son (4 months, Chinese citizen like me). My husband
entered on a tourist (L) visa which expires on 28 November.

What does he need to apply for a family-reunion residence permit? Our
marriage certificate is Italian - does it need to be translated and
authenticated, and where? Can he apply at the district exit-entry office or
only at the city one? And can he stay while the application is processed?

Thank you very much.
Zhao Qing
""",
    "consultation no - Public_Security_Bureau normal en -",
    name="Zhao Qing", email="zq.family@example.net",
    phone="+86 131 0000 6092", district="Linjiang District")

add(11, "newborn-hukou-website", "plain", "2026-10-05 23:58",
    "Newborn hukou registration online - a masterpiece",
    """
To whoever designed the online newborn household registration system,

Congratulations. In three weeks your system has managed to reject my son's
birth certificate five times for being "unclear" (it is a 300dpi scan), log
me out every time I switch to the camera, and inform me that my marriage
certificate "does not exist". Truly remarkable work. The helpline's advice
is "please try again later". Later has now lasted nineteen days.

My son, who is 26 days old and has not yet been told that his parents'
marriage does not exist, needs a hukou to get his vaccination booklet and
his medical insurance.

Could someone please either fix the upload or tell me which counter I can go
to in person and what to bring, so that a tired father can stop pressing
"submit" at midnight?

Marcus Liang
155 0000 8124
""",
    "complaint no - Public_Security_Bureau normal en sarcasm",
    name="Marcus Liang", email="marcus.liang@example.org")

add(12, "yellow-tap-water-formula", "plain", "2026-10-07 06:35",
    "自来水黄的",
    """
你们好我是幸福里小区3栋的住户我姓马 今天早上放水出来是黄的 象铁秀水一样 放了好久还是黄 我孙子才十个月天天要冲乃粉 我不敢用只好去超市买桶装水 邻居说上个月也这样过 物业说是自来水公司的事 自来水公司电话一直打不同 麻烦你们快点派人来看看是不是管子烂了 小孩子喝了要出事的 谢谢了 电话 133 0000 5807
""",
    "demand no - Water_Affairs_Bureau normal zh typos",
    name="马桂兰", email="ma.guilan@example.com")

add(13, "after-school-care-6pm", "html", "2026-10-08 21:15",
    "Suggestion: after-school care until 6pm at public primary schools",
    """
Dear Mayor,

I'm a father of two at Xinqiao No. 1 Primary School. School ends at 3:30pm.
The "after-school service" runs only until 5:00pm, and only Monday to
Thursday. On Fridays the children are out at 3:30.

My wife and I both work in the Xinqiao tech park, like most parents at that
school, and neither of us can leave before 6. Many families rely on
grandparents, but ours are in Harbin and Manila. So every Friday I either
take unpaid leave or pay a private tutoring centre that is really just a room
with a TV.

I suggest:
1. Extend the after-school service to 6:00pm, five days a week.
2. Use the time for a quiet reading room or sport, not more homework.
3. Keep a reduced fee or free places for low-income and single-parent
   families.

I would happily volunteer one afternoon a month to help supervise.

Regards,
Ren Haoran (Kevin)
""",
    "suggestion no - Education_Bureau normal en -",
    name="Ren Haoran", email="kevin.ren.dad@example.com")

add(14, "kindergarten-special-course-fee", "plain", "2026-10-09 22:40",
    "幼儿园强制交“特色课程费”",
    """
您好：

我女儿在青枫街道中心幼儿园（公办）上小班。开学时幼儿园通知，每个孩子除了保育费，每学期还要交1800元的“特色课程费”，包括英语、乐高、轮滑，说是“自愿参加”。

可是不交的孩子，到了上特色课的时间，就被安排坐在走廊的小椅子上等着，看着别的小朋友上课。我女儿回家问我：“为什么我要坐在外面？”这哪里是自愿？

请问公办幼儿园可以这样收费吗？请教育局查一查。

说实话，我写这封信犹豫了很久。孩子还要在那里上三年，我怕她以后在园里被另眼相看。

小班家长 吴女士
""",
    "complaint yes c Education_Bureau normal zh -",
    name="吴女士", email="wu.qingfeng@example.org")

add(15, "weekend-vaccination-hours", "plain", "2026-10-10 13:20",
    "社区医院周末打疫苗吗",
    """
你好，想问一下石榴湾社区卫生服务中心的预防接种门诊周六开不开？几点到几点？宝宝八个月了要打麻腮风，我和老公工作日都请不了假。

另外顺便问一下，老大的预防接种本搬家的时候弄丢了，明年上小学要查验，这个能在哪里补？

谢谢！
""",
    "information no - Health_Commission normal zh two-intents",
    name="郑媛", email="zhengyuan88@example.net")

add(16, "landlord-water-deposit", "plain", "2026-10-11 23:09",
    "Landlord cut off our water and will not return the deposit",
    """
Hello,

I'm a divorced mother of two (Ada is 6, Ben is 3). Since March we have rented
a flat on the 4th floor of a self-built building in Dongshi Village, near the
old brick kiln. The landlord, Mr. Qian, now wants to raise the rent from 1,600
to 2,400 a month in the middle of our one-year contract.

When I said no, he cut off our water on Monday. Then he said we can leave
whenever we like, but he will keep the 3,200 deposit. Since Monday I carry
buckets from the public tap by the village gate before work, and bathe the
kids at a friend's flat.

Everyone in the village knows his uncle is the village director. The last
tenant who argued with him came out one morning to find her electric scooter
in the canal.

Please help us get the water turned back on, and the deposit back if we have
to move. I am honestly afraid of what he will do if he finds out it was me
who wrote, and I have nowhere else to take the children before the end of
the school term.

Joanna Wei
+86 182 0000 4417
""",
    "demand yes c Housing_and_Urban-Rural_Development_Bureau normal en -",
    name="Joanna Wei", email="joanna.w@example.com")

add(17, "ex-wife-visitation", "plain", "2026-10-12 00:37",
    "离婚后前妻不让我见女儿，该找谁",
    """
您好：

我去年离婚，判决书写得很清楚：每月第一周和第三周的周六，我可以接女儿过一天。

从七月份开始，前妻一直找理由不让见。要么说孩子感冒了，要么说要去外婆家，这两个月干脆敲门都不开。女儿今年五岁，上次在幼儿园门口碰见，她抱着我的腿说：“爸爸你为什么不来接我？”我一句话都说不出来。

我不想闹到报警，吓到孩子。请问这种情况可以申请人民调解吗？还是只能去法院申请强制执行？我在物流公司开车，收入不高，能不能申请法律援助？需要带什么材料？

谢谢。
陈先生 136 0000 9251
""",
    "consultation no - Justice_Bureau normal zh -",
    name="陈建国", email="chenjg.truck@example.net")

add(18, "hukou-window-unmarried-mother", "plain", "2026-09-24 16:22",
    "派出所户籍窗口民警态度问题",
    """
9月23日上午，我抱着刚满月的儿子去柳湾派出所户籍窗口给他上户口。我是未婚生育，出生医学证明、我的户口本、身份证都带齐了。

3号窗口一位中年女民警（胸牌号后四位是2150）看完材料，当着后面排队的十几个人大声说：“没结婚生什么孩子？孩子爸呢？叫他来。”我说按规定我可以单独申报，她把材料从窗口推出来，说“回去把情况搞清楚再来”，就叫了下一个。

我抱着孩子站在那里，后面的人都在看我。孩子饿了在哭，我只能出去在台阶上喂奶。

我回家查过，非婚生子女是可以随母亲落户的。我想知道她凭什么这样说话，也希望孩子的户口能尽快办下来。

覃女士 138-0000-6620
""",
    "complaint yes a Public_Security_Bureau normal zh -",
    name="覃晓", email="qinxiao.mom@example.com")

add(19, "bbq-smoke-asthma", "json", "2026-10-15 23:51",
    "楼下烧烤店油烟直冲我家窗户",
    """
我家住在杏林路88号2楼，楼下一家烧烤店今年夏天开业，排烟管道正对着我们家卧室的窗户。每天下午五点到凌晨两点，油烟味、炭火味熏得家里全是味道，晾的衣服都不能要。

我儿子三岁，有哮喘，这两个月已经发作了三次，夜里咳得喘不上气，去了两次急诊。我们跟老板说过，他说“有本事你去告”。

请有关部门来查一下他们有没有油烟净化设备，排烟口能不能改个方向。

我勾了匿名，因为我们还要在这里住，天天进出都要从他店门口过。
""",
    "demand yes b Ecology_and_Environment_Bureau normal zh -",
    anonymous=True, district="杏林区")

add(20, "thank-you-office", "alt", "2026-10-16 08:03",
    "Thank you",
    """
Dear Mayor's Office,

Just a short note to say thank you.

In August I wrote to this mailbox, in not very good Chinese, because after my
father-in-law's stroke we were lost between three offices and nobody could
tell us where to start. I don't even know which department finally sorted
it out. Someone called me back within two days, spoke slowly for me, and
things started to move.

For a foreign wife in a family that has had a very hard year, it meant a lot
that somebody answered. Please pass my thanks to whoever reads these letters.

Warm regards,
Sophie Marchand-Luo
""",
    "information no - none normal en -",
    name="Sophie Marchand-Luo", email="sophie.ml@example.net")

add(21, "dibao-stuck-wheelchair", "plain", "2026-10-17 21:48",
    "低保申请三个多月没消息，另外想问轮椅",
    """
领导您好：

我老伴去年十二月脑梗，右边身子动不了，话也说不清楚，现在吃喝拉撒全靠我。他以前是跑个体运输的，没有退休金，我五十八岁，也没有工作。

我们六月份在金竹社区递交了低保申请，材料都交齐了，社区说已经报到街道。到现在三个多月，没有任何消息，打电话去问就说“还在审”。他每个月光药费就要一千多，家里那点存款快用完了。麻烦帮忙催一下，到底卡在哪一步，还缺什么我马上补。

另外想顺便问一下，有没有地方可以租或者借轮椅？现在用的是邻居借给我们的，人家老人也要用了。

罗桂芬 电话 189 0000 3176
""",
    "demand no - Civil_Affairs_Bureau normal zh two-intents",
    name="罗桂芬", email="luoguifen@example.com")

add(22, "c-section-sincerity", "plain", "2026-10-18 00:52",
    "About scheduling my C-section at the Maternal and Child Health Hospital",
    """
Dear Mayor,

I'm 35 weeks pregnant with twins and have been followed at the Municipal
Maternal and Child Health Hospital since week 12. The doctors agreed I need a
caesarean at 37 weeks.

At my appointment on 15 October, Dr. Hu, the chief of Obstetrics Ward 2 who
runs the Thursday high-risk clinic in room 407, told us the operating
schedule was "very tight" and that other families "know how to show their
sincerity". When my husband asked what he meant, he closed my file and said
we could "think about it at home".

The next day one of the nurses quietly told my husband that "usually it's an
envelope, two or three thousand".

My husband wants to just pay so that the babies are safe. I don't want to
start motherhood like this. But every time I feel them kick, I'm afraid the
date will slip and something will happen.

Is this how it is supposed to work? Please look into it.

Ling Yiwen (Evelyn)
150 0000 6675
""",
    "complaint yes a Health_Commission normal en indirect",
    name="Evelyn Ling", email="evelyn.twins@example.org")

add(23, "park-shade-benches", "json", "2026-10-19 15:36",
    "建议在滨河公园儿童游乐区加遮阳棚和长椅",
    """
我是带孙女的奶奶，每天下午三点多接了孩子就去滨河公园儿童区，一待就是两个钟头。

滑梯和秋千那一片一棵树都没有，夏天滑梯烫手，孩子玩一会儿就一头汗。我们老人只能站着，或者坐在花坛沿上，腰受不了。

建议：加几个遮阳棚，放十几张有靠背的长椅；再装一个洗手的水龙头，孩子玩完沙子满手都是泥，没地方洗。

周边几个小区带孩子的老人都有这个想法，大家让我写的。
""",
    "suggestion no - Urban_Management_Bureau normal zh -",
    name="宋玉梅", phone="131 0000 2480", email="", district="南溪区")

add(24, "newborn-medical-insurance-mixed", "plain", "2026-10-20 22:26",
    "newborn 医保 question",
    """
Hi,

My baby girl was born on 2 Sept at 妇幼保健院. 我想问 how do I enrol her in
城乡居民医保 (the one for children)? Is there a deadline? Someone in our
mommy group said if you sign up within 3 months of birth, the hospital costs
since birth can be reimbursed too. She was in NICU for 9 days so it's a lot
of money for us.

我老公是外籍 - does that matter, or only my hukou counts? Can I do it on the
微信 mini program or must I go to the 街道 office in person?

Thanks!!
Mandy Xu
""",
    "consultation no - Healthcare_Security_Bureau normal en mixed",
    name="Mandy Xu", email="mandy.xu@example.com")

add(25, "gas-smell-stairwell", "plain", "2026-10-22 01:14",
    "急！楼道里很大的煤气味",
    """
现在凌晨一点多，我们单元楼道里一股很浓的煤气味，从三楼到五楼都有。我家在四楼，两个孩子在睡觉。

燃气公司的抢修电话一直占线。我已经把家里窗户全打开了，不敢开灯，也不敢去按邻居门铃。

麻烦赶紧派人来！！
地址：紫荆花园11栋2单元
电话：135 0000 8826 邓
""",
    "demand no - Emergency_Management_Bureau high zh -",
    name="邓海燕", email="denghy@example.net")

add(26, "enrolment-site-crash", "plain", "2026-10-23 20:40",
    "感谢教育局让我体验了一次“春运抢票”",
    """
教育局的同志：

昨天早上九点，全市小学一年级网上报名系统开放。我提前半小时坐在电脑前。九点整，页面白屏；九点半，“服务器繁忙”；十点终于进去了，上传户口本的时候又卡死，提交三次都是“网络异常”。一直弄到下午三点，总算提交成功，结果收到短信：“信息重复，请勿多次提交”。

家长群里几百个人都是一样的情况，有人请了一天假，有人在单位厕所里用手机传材料。

真的要谢谢你们，让我们当家长的提前体验了一把抢春运火车票，还是在孩子上学这种“小事”上。

请问：服务器能不能扩容？报名截止能不能延长几天？提交重复了会不会影响录取？

一个一年级新生的爸爸
""",
    "complaint no - Education_Bureau normal zh sarcasm",
    name="彭立", email="pengli.dad@example.com")

add(27, "childrens-library-holiday", "plain", "2026-09-28 19:50",
    "請問國慶假期少兒圖書館開放嗎",
    """
您好，

我們一家是今年從香港搬過來的，兩個小朋友（七歲和十歲）很喜歡看書。

想請問市少兒圖書館國慶假期（10月1日至7日）有沒有開放？開放時間是幾點到幾點？小朋友辦借書證需要帶什麼？用回鄉證可以嗎？

謝謝！
梁太
""",
    "information no - Culture_and_Tourism_Bureau normal zh fullwidth",
    name="梁詠詩", email="wingsze.leung@example.com")

add(28, "zebra-crossing-school", "json", "2026-10-26 08:21",
    "Please add a zebra crossing and speed bumps outside Xiyuan Primary",
    """
Every morning around 7:40 roughly 600 children cross Longxi Road to get to
Xiyuan Primary School, and there is no zebra crossing within 300 metres of
the gate. Delivery scooters and cars come fast down the slope from the
flyover. Last week a boy in my daughter's class was clipped by a scooter
mirror and needed two stitches above his eye.

Parents now take turns standing at the kerb in yellow vests, but we are not
traffic wardens and half of us are late for work.

I suggest: a marked zebra crossing right at the school gate, two speed bumps
on the slope, and "school zone" signs at both ends of the block. I'm happy to
walk anyone from your office around at drop-off time.
""",
    "suggestion no - Transport_Bureau normal en -",
    name="Oliver Hsu", phone="150-0000-3344", email="oliverhsu@example.org",
    district="Xiyuan District")

add(29, "relabelled-formula", "plain", "2026-11-06 22:58",
    "Expired formula relabelled at 家乐汇 supermarket",
    """
Hello,

I bought two cans of 3段 formula at the 家乐汇超市 on Baihe Road on 5 Nov,
368 yuan. At home I noticed the 生产日期 sticker was stuck over another
sticker. When I peeled it off, the original says best before 2026-08 -
过期三个月! My son already drank one bottle and had diarrhoea that night.

I went back this afternoon. The shop assistant said "not our sticker, you
can't prove it", and the manager told me to "go complain wherever you like".
I kept both cans, the 小票 and photos.

Please check their stock - 我估计我不是第一个 - and help me get a refund and
compensation.

Yuki Tanaka-Bai
177 0000 9030
""",
    "demand no - Market_Regulation_Administration normal en mixed",
    name="Yuki Tanaka-Bai", email="yuki.tb@example.net")

add(30, "disability-assessment-four-trips", "json", "2026-10-27 21:17",
    "精神残疾证评定来回跑了四趟",
    """
我儿子二十四岁，患精神分裂症六年了，一直在市精神卫生中心规律治疗，这两年病情稳定了很多。

今年四月我们申请精神残疾证，到现在已经跑了四趟评定机构：第一次说医生不在；第二次说病历要原件；第三次说必须本人到场，可我儿子那段时间状态不好，根本出不了门；第四次好不容易带去了，又说系统里没有预约记录，要重新排。每次我都要请假，儿子每去一次都紧张得几天睡不着。

能不能把需要的材料和流程一次性讲清楚？能不能安排上门评定？

另外恳请：任何公示、回访里都不要出现我们的全名和住址。邻居和亲戚都不知道他的病，我们花了很多年才让他过上正常一点的日子。
""",
    "complaint yes b Civil_Affairs_Bureau normal zh -",
    name="顾秋萍", phone="139-0000-4728", email="", district="东湖区")

add(31, "pregnant-dismissed", "plain", "2026-10-28 23:33",
    "怀孕被辞退",
    """
我在远航电子厂做质检做了四年 上个月跟组长说我怀孕了 两个星期以后人事就叫我去办公室 说我试用期考核不合格让我签自愿离职 我都做了四年了哪来的试用期 我不签他们就说那就按旷工处理 我现在怀孕五个月天天吐 我老公也再这个厂上班在仓库 人事经理走的时候说了一句你老公也要想想清楚 我不知道是什么意思但是我很害怕 他要是也没了工作我们的房贷怎么办 求你们帮帮我 这个厂这样对怀孕的人不止我一个
""",
    "demand yes c Human_Resources_and_Social_Security_Bureau normal zh typos",
    name="黄小英", email="hxy0921@example.com")

add(32, "adoption-welfare-institute", "alt", "2026-10-29 20:05",
    "Adopting from the city's child welfare institute - where do we start?",
    """
Dear Sir or Madam,

My wife is a Chinese citizen with hukou in this city; I am Australian and
hold a Chinese permanent residence card. We married in 2019. After several
years of treatment we have accepted that we will not have biological
children, and we would like to adopt from the city's child welfare
institute. We are open to a child with special needs; my wife is a
paediatric physiotherapist.

Could you tell us:
- whether we apply as a domestic adoption (because of my wife's hukou) or as
  an inter-country adoption because of my nationality;
- which documents and assessments (home study, medical checks, income
  proof) are required;
- roughly how long the process takes;
- whether there is an information session for prospective adoptive parents.

Thank you for your time.

Daniel Brooks and Xie Lan
""",
    "consultation no - Civil_Affairs_Bureau normal en -",
    name="Daniel Brooks", email="brooks.xie@example.org")

add(33, "rain-sports-day", "plain", "2026-10-30 21:02",
    "Saturday rain?",
    """
Will it rain Saturday morning in Nanpu? Kids' school sports day - do I pack
raincoats? Thanks, Jen
""",
    "information no - Meteorological_Bureau normal en short",
    name="Jen Wu", email="jenwu@example.com")

add(34, "village-dibao-favouritism", "plain", "2026-10-31 19:27",
    "反映村里低保的事",
    """
领导你好

我是柿子坪村的村民今年七十一岁，带着两个孙子过日子，儿子儿媳前年出车祸都没了。我去年和今年都交了低保身请，村里都说明额满了。

可是村支书的小舅子家里开着两台大货车，盖了两层楼房，他家老娘也吃着低保，村会计的儿媳妇也吃着。村里人都知道，就是没人敢说。

我大孙子上初中住校，一个月生活费就要六百，我种那几亩地跟本不够。小孙子才九岁，鞋子破了都是我自己补。

我字写的不好，用手机一个字一个字打的，请上面来人差一差。

柿子坪村 老何
""",
    "complaint yes a Discipline_Inspection_Commission normal zh typos",
    name="何德顺", email="hedeshun.cun@example.net")

add(35, "ceiling-leak-baby-room-fwd", "plain", "2026-11-02 22:44",
    "Fwd: Re: ceiling leak in baby room - still not fixed",
    """
Hello,

I'm forwarding below the last reply from our property company. It has now
been seven weeks. Water comes through the ceiling of our baby's room every
time the upstairs flat uses the shower. Black mould is spreading around the
light fitting and our daughter (11 months) has been coughing since
September. We've moved her cot into our bedroom.

Please can someone make Jinyue Property Services actually deal with the pipe
in 1502, or tell us who can?

Nadia Rahman
Flat 1402, Building 3, Lotus Harbour
138 0000 7263

---------- Forwarded message ----------
From: Jinyue Property Services Customer Care <service@jinyue-pm.example>
Date: 28 Oct 2026
Subject: Re: ceiling leak

Dear owner, thank you for your feedback. We have contacted the owner of
1502, who is currently abroad. As the leak point is inside a private unit,
our company is unable to enter without consent. Please negotiate with the
neighbour directly. We appreciate your understanding.

> On 14 Oct 2026, Nadia Rahman wrote:
> Hello, this is the third time I report the leak in 1402. Your engineer
> came on 20 September and said the pipe from 1502 is cracked. When will
> it be repaired?
""",
    "demand no - Housing_and_Urban-Rural_Development_Bureau normal en quoted",
    name="Nadia Rahman", email="nadia.rahman@example.com")

add(36, "east-district-night-paediatrics", "plain", "2026-11-03 23:19",
    "建议东区增设儿科夜间急诊",
    """
市长您好：

我是一个孕32周的准妈妈，住在东区苇塘新城。这边这几年新建了二十几个小区，年轻家庭特别多，早上小区门口全是推婴儿车的。

可是最近的儿科夜间急诊在老城区的市儿童医院，打车要四十分钟，晚上还不一定打得到车。上个月邻居家孩子半夜高烧惊厥，在车上又抽了两次，到医院的时候孩子妈妈腿都软了。

我马上就要生了，一想到以后孩子半夜生病就睡不着。

建议：
1. 东区人民医院开设儿科夜间急诊；
2. 或者至少让苇塘、芦湾两个社区医院晚上有一个能看儿科的值班医生；
3. 120调度能不能在东区多放一台救护车。

谢谢您看完。
""",
    "suggestion no - Health_Commission normal zh -",
    name="聂思琪", email="nie.siqi@example.org")

add(37, "dialysis-reimbursement-docs", "json", "2026-11-04 12:08",
    "透析门特备案到底要什么材料",
    """
我先生尿毒症，每周透析三次。门诊特殊病种（门特）备案我们九月初就开始办，医保窗口去了三次，三次说的都不一样。

第一次工作人员在微信上回我的原话是：
“【医保服务中心】您好，门特申请需提供：1.二级及以上医院诊断证明；2.近半年相关检查报告；3.身份证复印件。”

第二次去，又说诊断证明必须是三级医院的，还要科室主任签字；第三次去，又说备案要由医院那边提交，个人不能办。

请问到底以哪个为准？我们该找医院还是找医保中心？这两个多月的透析费都是我们自己垫的，一个月七千多，实在垫不起了。
""",
    "consultation no - Healthcare_Security_Bureau normal zh quoted",
    name="钱佩珍", phone="+86 180 0000 1539", email="qianpz@example.net",
    district="北塘区")

add(38, "streetlights-way-home", "plain", "2026-11-05 18:47",
    "上学路上的路灯坏了快一个月",
    """
您好：

桃溪路从２路公交桃溪站到实验二小后门那一段，有６盏路灯不亮，已经快一个月了。

现在五点半天就黑了，我女儿（五年级）上完托管自己走这条路回家，黑乎乎的，旁边还有一段修下水道的围挡。她说上周有个骑电动车的人在她旁边停下来问她“去哪呀”，她吓得一路跑回家，到家话都说不出来。

麻烦尽快修一下。路灯杆上的编号是ＬＤ－０４１７到ＬＤ－０４２２。

家长 祝女士 １３７ ００００ ５５１２
""",
    "demand no - Urban_Management_Bureau normal zh fullwidth",
    name="祝芸", email="zhuyun.taoxi@example.com")

add(39, "officer-refused-record-dv", "plain", "2026-11-07 00:31",
    "Officer at Qingshi Road police station refused to record my report",
    """
Dear Mayor,

I am a divorced mother. On the night of 3 November, around 11pm, my
ex-husband came to my flat drunk, kicked the door and shouted that he would
take our son. I called 110.

Two officers from Qingshi Road police station came. The older one (badge
number ending 0372) talked to my ex-husband in the corridor, laughed with
him, shared a cigarette, and then told me: "It's a family matter, you two
sort it out, don't waste police resources." He refused to give me a written
record or a receipt for my call, which my lawyer says I need to apply for a
protection order.

My son, 8, watched all of this from his bedroom door. He now checks the lock
three times before he goes to sleep.

I want to know why this officer refused to record what happened, and I want
the incident recorded properly.

Rachel Gao
185 0000 2297
""",
    "complaint yes a Public_Security_Bureau normal en -",
    name="Rachel Gao", email="rachel.gao@example.net")

add(40, "hukou-documents-short", "json", "2026-11-08 10:15",
    "上户口",
    """
宝宝刚满月，上户口要带哪些材料？能网上办吗？
""",
    "consultation no - Public_Security_Bureau normal zh short",
    name="小杨", phone="", email="yang.baby@example.org", district="")

add(41, "praise-officer-found-grandson", "html", "2026-09-30 16:40",
    "感谢花溪派出所的方警官",
    """
市长您好：

9月28日下午，我带着孙子在花溪农贸市场买菜，一转身他就不见了。我孙子七岁，有自闭症，不会说自己家住哪里，叫他名字也不答应。我急得腿都软了。

花溪派出所的方警官接到报警，十分钟就到了。他先调了市场的监控，又带着人一条巷子一条巷子地找，最后在河边的小公园找到了他，他蹲在那里看鸭子。

方警官没有吓他，也蹲下来陪他看了好一会儿鸭子，才慢慢把他牵回来。

我一个老太婆不会说什么好听的话，就是想让领导知道，我们这里有这样的好民警。

花溪街道 韦奶奶
""",
    "information no - Public_Security_Bureau normal zh -",
    name="韦凤英", email="weifengying@example.com")

add(42, "night-cough-smell", "plain", "2026-11-09 00:12",
    "晚上的味道",
    """
您好。

这两个月，只要过了晚上十点，我女儿就开始咳，咳到十二点多才睡得着。白天她在幼儿园一点事都没有。医生说是过敏性咳嗽，让我们注意家里环境。可是被子、窗帘都换了，还买了空气净化器，一点用没有。

后来我发现，每次她开始咳的时候，窗外就有一股酸酸的、像烧塑料的味道，是从河对面那个工业园飘过来的，白天反而闻不到。我老公说他们可能是晚上才开那个设备。

我也不懂这些，就是想知道那到底是什么味道，能不能有人晚上来闻一闻、测一测。

我们住在雁滩小区，窗户朝北，正对着河。
""",
    "demand no - Ecology_and_Environment_Bureau normal zh indirect",
    name="戴琳", email="dailin.yantan@example.net")

add(43, "respite-care-mental-illness", "plain", "2026-11-10 23:55",
    "Suggestion: 喘息服务 for families of people with serious mental illness",
    """
Dear Mayor,

My younger brother has had bipolar disorder for fifteen years. Since our
parents passed away, my husband and I look after him: 吃药, 复诊, and when he
is unwell, 24小时 watching so he doesn't walk out at night.

I know the city now offers 喘息服务 (respite care) for families of 失能老人.
There is nothing like it for families like ours.

My suggestions:
1. Include families of 严重精神障碍患者 in the respite care programme - even
   two or three days a month at a 康复中心 would change our lives.
2. A 24-hour line with trained 社工 for family members in a crisis, not only
   110.
3. A 家属互助小组 in every district, meeting in the evening, because most of
   us work during the day.

We are not asking for money. We are asking for one night of sleep a month.

Thank you,
Claire Ho
""",
    "suggestion no - Civil_Affairs_Bureau normal en mixed",
    name="Claire Ho", email="claire.ho@example.org")

add(44, "adhd-boy-excluded-trip", "plain", "2026-11-11 22:20",
    "學校不讓我兒子參加秋遊",
    """
您好：

我兒子讀小學四年級（雲岫小學，公辦），去年確診ADHD（注意力不足過動症），一直有在看醫生、吃藥。上課雖然有時坐不住，但從來沒有傷害過同學。

這次學校組織秋遊去科技館，家長群裡先通知「有特殊情況的學生建議留校自習」，後來學校直接打電話給我，說為了安全，我兒子不能去，要去的話家長必須全程陪同。我在超市上班，請不了假。

兒子知道以後哭了一整晚，說全班同學都去了，就他一個人坐在教室裡。

請問公辦學校可以這樣做嗎？這算不算歧視？

我本來不想寫。說實話，我很怕寫了以後，孩子在學校的日子更難過，他還有兩年才畢業。
""",
    "complaint yes c Education_Bureau normal zh fullwidth",
    name="許美華", email="hsu.meihua@example.com")

add(45, "muck-trucks-kindergarten", "plain", "2026-11-12 08:52",
    "Construction trucks outside Little Acorn kindergarten, and mud on the road",
    """
Hello,

I drop my son at Little Acorn Kindergarten on Shuanggui Road every Monday to
Wednesday - the days he lives with me since the divorce.

Since September, the big muck trucks from the Hengrun residential project
next door use the kindergarten lane as a shortcut, at 8am, exactly when two
hundred tiny children are being walked in. They don't slow down at all. This
morning one came past with its mirror a hand's width from a grandmother
holding a three-year-old.

Two requests. First, and most important: please make the site stop sending
trucks down that lane at drop-off and pick-up times. Second, the same trucks
leave mud all along Shuanggui Road, and when it rains the pavement is like a
slide - could someone make them wash their wheels and clean the road?

Thanks,
Tom Yeung
134 0000 8810
""",
    "demand no - Housing_and_Urban-Rural_Development_Bureau normal en two-intents",
    name="Tom Yeung", email="tom.yeung@example.net")

add(46, "legal-aid-address", "plain", "2026-11-13 12:31",
    "Where is the legal aid centre?",
    """
Hello,

My ex-husband hasn't paid child support for our daughter since May. A friend
told me the city has a free legal aid centre. Could you tell me its address
and opening hours, and whether I need an appointment? I work until 5:30pm on
weekdays, so a Saturday would be best if they are open.

Thank you,
Grace Lam
""",
    "information no - Justice_Bureau normal en -",
    name="Grace Lam", email="grace.lam.hk@example.com")

add(47, "hotline-closed-fire-lane", "plain", "2026-11-14 22:06",
    "工单显示“已办结”，可问题根本没解决",
    """
您好：

8月份我通过12345反映过我们小区消防通道被私家车长期堵死的问题。我们是老旧小区，我爸瘫痪在床，去年救护车就是进不来，是邻居们帮忙把他抬下楼的。

今天收到一条短信，原文如下：

“【12345】您反映的问题已办结。处理结果：已转相关单位处理，经核实情况属实，已督促物业加强管理。满意请回复1，基本满意回复2，不满意回复3。”

我回复了3，之后就没有下文了。

今天晚上我下楼看，通道里还是停着四辆车。“督促加强管理”是谁督促的？怎么督促的？我们楼里没有任何人见过有人来。

请不要再用这种方式“办结”了。

槐荫里小区 郭先生
""",
    "complaint no - Municipal_Government_Office normal zh quoted",
    name="郭振华", email="guozh.huaiyin@example.org")

add(48, "brother-stopped-meds", "plain", "2026-11-15 01:03",
    "My brother stopped his medication - please don't tell him I asked",
    """
Dear Mayor's Office,

My older brother (41) has schizophrenia and is registered with the community
mental health service in Liuli Community. Since early October he has stopped
taking his medication - I found the pills in his bin. He barely eats, talks
to the television all night, and has covered his windows with newspaper.

He hasn't hurt anyone. But he no longer opens the door to me, only talks
through it. The community doctor used to visit every month; nobody has come
since the summer.

Could the community doctor or the mental health centre visit him and help
him get back on treatment?

Please, when someone goes, do not tell him that his sister asked for it. He
already thinks I am "reporting" him. I'm the only person he still answers
the phone to, and if he stops trusting me, there will be nobody.

Anna Kwok
""",
    "demand yes b Health_Commission normal en -",
    name="Anna Kwok", email="anna.kwok@example.net")

add(49, "donate-crib-clothes", "json", "2026-11-16 14:45",
    "想捐一些孩子用过的东西",
    """
孩子大了，家里有一张婴儿床（九成新）、一辆推车，还有两大箱0到3岁的衣服，都洗干净叠好了。想捐给需要的家庭或者福利院。请问市里有没有接收捐赠的地方？地址在哪里？需要预约吗？
""",
    "information no - Civil_Affairs_Bureau normal zh -",
    name="尹佳", phone="152 0000 6018", email="yinjia@example.com",
    district="青云区")

add(50, "grandson-school-jifen", "plain", "2026-11-17 20:38",
    "孙子上学问题",
    """
你好 我是孩子的奶奶 孩子爸妈在城里打工 在鑫达物流上班 有居住证 孩子今年六岁 一直在老家跟我 明年想带到城里上小学 听说外地的孩子要什么jifen 还要社保交满几年 请问要准备什么才料 什么时候报名 我们家不懂这些 怕错过了 孩子他爸天天加班没空问 我用的老年机打字慢 有错别字不好意事
""",
    "consultation no - Education_Bureau normal zh typos",
    name="", email="laonian.ji@example.net")

add(51, "urban-management-pushed-grandma", "plain", "2026-10-10 21:12",
    "城管队员踢翻我奶奶的菜筐还推倒了她",
    """
您好：

我奶奶七十六岁，每天早上在菱角塘菜市场外面的路边摆个小摊，卖她自己种的青菜，一天也就卖二三十块钱，补贴我和妹妹读书。

10月9日早上七点多，城管来清理路边摊。一个年轻队员（开的是城管执法车，车身编号后三位是086；他戴眼镜，左手腕上有纹身），二话不说把她的菜筐踢翻了。我奶奶蹲下去捡，他一把把她推倒在地上，还说了一句“老东西听不懂人话”。

我奶奶手腕到现在还肿着，拍了片子是骨裂。

我知道路边不能摆摊，让她走她会走的，可是为什么要动手？旁边卖鸡蛋的阿姨都看到了，也有人拍了视频。

孙女 蓝婷 158 0000 3061
""",
    "complaint yes a Urban_Management_Bureau normal zh -",
    name="蓝婷", email="lanting.school@example.org")

add(52, "fake-teacher-qr-fee", "json", "2026-11-18 08:09",
    "举报：有人冒充班主任在家长群收资料费",
    """
昨天晚上九点多，我们孩子班的家长群（银杏小学二年级3班）里，一个头像、名字都跟班主任一模一样的人发通知，说要收“期中资料费”每人98元，让扫他发的二维码。好几个家长都付了，后来真的班主任出来说她根本没发过，那个人已经退群了。

今天早上又有人冒充“学校财务”给我婆婆打电话，说孩子要交保险费，让她转账，幸好她先打电话问了我。

请公安查一下：收款名字显示“教育服务中心”，打电话的号码是171 0000 6385。
""",
    "demand no - Public_Security_Bureau normal zh -",
    name="汤蕾", phone="188 0000 7243", email="", district="银杏区")

add(53, "homework-parent-groups", "plain", "2026-11-19 22:47",
    "关于小学家庭作业和家长群的建议",
    """
市长您好：

我有两个孩子，一个一年级，一个四年级。每天晚上七点到十点，两个家长群里不停地发作业、发打卡、发要家长签字拍照上传的东西，一年级的孩子每天还要家长批改听写、录背诵视频。我和孩子爸都是双职工，经常十一点还在陪写作业。孩子累，大人也累，一家人天天吵。

建议：
1. 作业直接布置给学生，不要通过家长群转达；
2. 不要求家长批改作业、给作业打分；
3. 晚上八点以后，家长群里不再发通知。

教育局的文件里其实早就有类似的要求，只是很多学校没有执行。

我自己就是本区一所小学的老师，所以请不要公开我的名字和学校，谢谢理解。
""",
    "suggestion yes b Education_Bureau normal zh -",
    name="", email="two.kids.mum@example.com")

add(54, "parents-visiting-registration", "plain", "2026-11-20 21:34",
    "My parents are visiting from Malaysia for 3 months - do they need to register?",
    """
Hello,

My parents (Malaysian citizens) are arriving on 25 November to help when our
second baby comes in December. They will stay with us for about three months
in our flat in Songtao Garden.

Do we need to register their stay at the local police station, and within how
many days of arrival? Can it be done online? They are coming visa-free - if
they want to stay longer than allowed, can they extend here, or must they
apply for a visa before they travel?

I really don't want them to get into trouble while I'm in hospital.

Thanks,
Priya Lim-Chen
176 0000 4425
""",
    "consultation no - Public_Security_Bureau normal en -",
    name="Priya Lim-Chen", email="priya.limchen@example.com")

add(55, "paediatric-appointment-scalpers", "plain", "2026-11-21 07:05",
    "建议儿童医院挂号也搞个“秒杀”倒计时",
    """
市长好：

既然市儿童医院的专家号每天早上七点放号、七点零一秒就没了，而门口的“黄牛”一个号随时能卖三百，那我建议干脆搞个倒计时，再配个直播，全市家长一起拼手速，多热闹。

说正经的：我女儿要看小儿神经科，我连续抢了十二天，一个号都没抢到，黄牛那里却要多少有多少。

建议：
1. 儿科专家号实行实名制，就诊人和挂号人必须一致，到院核验；
2. 留一部分号给复诊和转诊的孩子；
3. 查一查黄牛手里的号到底是怎么来的。

一个抢号抢到手抽筋的妈妈
""",
    "suggestion no - Health_Commission normal zh sarcasm",
    name="卢婧", email="lujing.mom@example.net")

add(56, "early-learning-centre-closed", "plain", "2026-11-22 23:16",
    "Early-learning centre closed with our prepaid fees",
    """
Dear Mayor's Office,

I'm one of about 60 families who prepaid the Sunny Sprout early-learning
centre (Ginkgo Plaza, 3rd floor) for classes for our babies and toddlers. I
paid 12,800 yuan in June for 96 classes; we have used 14.

On 2 November the doors were locked, a notice said "closed for renovation",
and the owner's phone has been off ever since. Last week some parents went to
the owner's other business, a car wash on Hongqiao Road. Two men came out,
photographed their faces and said, "You'd better think about where you
live." Since then our WeChat group has gone quiet.

Please help us get our money back, or at least stop the company from moving
its assets.

Honestly, I'm nervous even writing this. They have all our home addresses
from the enrolment forms, and I have a one-year-old.

M. Fernandes
""",
    "demand yes c Market_Regulation_Administration normal en -",
    name="Marta Fernandes", email="marta.f@example.org")

add(57, "husband-forgetting-signing", "plain", "2026-11-24 01:40",
    "A question about my husband",
    """
Dear Sir or Madam,

My husband is 66. He taught physics at the university for thirty years. Over
the last year he has started to lose his way home, and last week he could not
remember our daughter's name for a whole afternoon.

On good days he is still entirely himself, and on those days he keeps asking
me to "sort things out while I can still sign". The bank told me that once he
can no longer understand, I won't be able to touch his pension account or
sell our flat to pay for a care home, even though we have been married
forty years. I'm British, so I don't know how these things work here, and our
daughter lives in Shenzhen.

I don't really know what it is I should be asking for. Is there something we
can arrange now, while he can still agree to it himself? And whose office
does that?

Margaret Sun
""",
    "consultation no - Justice_Bureau normal en indirect",
    name="Margaret Sun", email="margaret.sun@example.net")

add(58, "manhole-cover-school-gate", "json", "2026-11-25 07:48",
    "井盖没了",
    """
学前街小学门口雨水井盖没了，刚才一个孩子差点踩进去，快来人！
""",
    "demand no - Water_Affairs_Bureau high zh short",
    name="", phone="135 0000 1907", email="", district="学府区")

add(59, "marriage-registration-fee", "plain", "2026-09-25 22:10",
    "Marriage registration - a \"processing fee\" with no receipt",
    """
Dear Mayor,

My fiance (Chinese) and I (German) went to register our marriage at the
district marriage registration office on 21 September.

The clerk at the foreign-related window, a man in his fifties with glasses
(his nameplate said Pan), looked through my documents for a long time. Then
he told my fiance in Chinese, thinking I did not understand, that foreign
cases are "complicated" and that it would "go more smoothly" if we paid an
800 yuan "material review fee" - in cash, to him, right then. No receipt.
When my fiance asked whether this was an official fee, he said "take it or
come back next month".

We paid, because my visa was about to run out. Later we learned that
marriage registration is free.

We would like this looked into, and the money returned. We still have the
bank withdrawal slip from that morning.

Katrin Vogel and Liu Hao
""",
    "complaint yes a Discipline_Inspection_Commission normal en -",
    name="Katrin Vogel", email="katrin.vogel@example.org")

add(60, "praise-route-27-driver", "alt", "2026-11-27 20:25",
    "A bus driver on Route 27 who deserves a thank you",
    """
Hello,

On 14 October around 5:20pm I got on the Route 27 bus at the Mulan Bridge
stop with my twins in a double stroller and a bag of groceries. The driver
(number 27-118 on the card by his seat) got out of his seat, helped me lift
the stroller in, waited until I had put the brake on before driving off, and
at my stop lowered the bus and did it all again.

Some passengers grumbled about the delay. He just said, "Everyone was pushed
in a pram once."

I'm from Ireland and my Chinese is clumsy, so I couldn't thank him properly.
Please pass my thanks on to him and to the bus company.

Siobhan Kelly-Tang
""",
    "information no - Transport_Bureau normal en -",
    name="Siobhan Kelly-Tang", email="siobhan.kt@example.com")


# --------------------------------------------------------------------------

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


def crlf(text):
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def enc_subject(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def html_of(body):
    import html
    paras = body.split("\n\n")
    out = ["<html><head><meta charset=\"utf-8\"></head><body>"]
    for p in paras:
        out.append("<p>" + html.escape(p).replace("\n", "<br>\n") + "</p>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def when(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=TZ)


def write_eml(d, path):
    dt = when(d["date"])
    addr = d["email"]
    domain = addr.split("@", 1)[1]
    if d["name"]:
        frm = formataddr((d["name"], addr), charset="utf-8")
    else:
        frm = addr
    mid = "<w10-%03d.%s@%s>" % (d["n"], dt.strftime("%Y%m%d%H%M"), domain)
    heads = [
        ("From", frm),
        ("To", TO),
        ("Subject", enc_subject(d["subject"])),
        ("Date", format_datetime(dt)),
        ("Message-ID", mid),
        ("MIME-Version", "1.0"),
    ]
    body = d["body"] + "\n"
    kind = d["kind"]
    if kind == "plain":
        heads += [("Content-Type", "text/plain; charset=utf-8"),
                  ("Content-Transfer-Encoding", "8bit")]
        payload = body
    elif kind == "html":
        heads += [("Content-Type", "text/html; charset=utf-8"),
                  ("Content-Transfer-Encoding", "8bit")]
        payload = html_of(d["body"])
    elif kind == "alt":
        b = "=_w10_alt_%03d" % d["n"]
        heads += [("Content-Type",
                   'multipart/alternative; boundary="%s"' % b)]
        payload = (
            "This is a multi-part message in MIME format.\n\n"
            "--%s\n"
            "Content-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: 8bit\n\n%s\n"
            "--%s\n"
            "Content-Type: text/html; charset=utf-8\n"
            "Content-Transfer-Encoding: 8bit\n\n%s\n"
            "--%s--\n" % (b, body, b, html_of(d["body"]), b))
    else:
        raise ValueError(kind)
    text = "".join("%s: %s\n" % (k, v) for k, v in heads) + "\n" + payload
    with open(path, "wb") as f:
        f.write(crlf(text).encode("utf-8"))


def unwrap(text):
    """A web form has no hard line breaks inside English paragraphs."""
    out = []
    for para in text.split("\n\n"):
        lines = para.split("\n")
        if all(ln.isascii() for ln in lines) and not any(
                ln.lstrip()[:1] in "-*" or ln[:2].strip().isdigit()
                for ln in lines[1:]):
            para = " ".join(ln.strip() for ln in lines)
        out.append(para)
    return "\n\n".join(out)


def write_json(d, path):
    dt = when(d["date"])
    obj = {
        "id": "w10-%03d" % d["n"],
        "submitted_at": dt.isoformat(),
        "name": d["name"],
        "phone": d["phone"],
        "email": d["email"],
        "anonymous": d["anonymous"],
        "title": d["subject"],
        "content": unwrap(d["body"]),
        "district": d["district"],
    }
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=2)
        f.write("\n")


def main():
    os.makedirs(OUT, exist_ok=True)
    for old in os.listdir(OUT):
        if old.startswith("w10-"):
            os.remove(os.path.join(OUT, old))
    rows = ["path\tcategory\tconfidential\treason\tdepartment\tpriority"
            "\tlanguage\thard"]
    seen = set()
    for d in sorted(L, key=lambda x: x["n"]):
        assert d["n"] not in seen, d["n"]
        seen.add(d["n"])
        cat, conf, reason, dept, prio, lang, hard = d["labels"].split()
        dept = dept.replace("_", " ")
        assert dept in DEPARTMENTS, dept
        assert (conf == "yes") == (reason != "-"), d["n"]
        if d["kind"] == "json" and d["anonymous"]:
            assert conf == "yes" and reason == "b"
        ext = "json" if d["kind"] == "json" else "eml"
        fname = "w10-%03d-%s.%s" % (d["n"], d["slug"], ext)
        path = os.path.join(OUT, fname)
        if ext == "json":
            write_json(d, path)
        else:
            write_eml(d, path)
        rows.append("\t".join(["letters/" + fname, cat, conf, reason, dept,
                               prio, lang, hard]))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(rows) + "\n")


if __name__ == "__main__":
    main()
