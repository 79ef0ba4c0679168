#!/usr/bin/env python3
"""w42 letters for the blind10 judgement corpus. Standard library only, deterministic."""
import json
import os
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import formataddr, format_datetime
from html import escape

HERE = os.path.dirname(os.path.abspath(__file__))
TZ = timezone(timedelta(hours=8))
W = "w42"

PSB = "Public Security Bureau"
UMB = "Urban Management Bureau"
HRSS = "Human Resources and Social Security Bureau"
HSB = "Healthcare Security Bureau"
HOUSING = "Housing and Urban-Rural Development Bureau"
CULT = "Culture and Tourism Bureau"
TRANS = "Transport Bureau"
DIC = "Discipline Inspection Commission"
COMM = "Commerce and Investment Promotion Bureau"
ECO = "Ecology and Environment Bureau"
CIVIL = "Civil Affairs Bureau"
EDU = "Education Bureau"
HEALTH = "Health Commission"
WATER = "Water Affairs Bureau"
MARKET = "Market Regulation Administration"
APPROVAL = "Administrative Approval Bureau"
EMERG = "Emergency Management Bureau"
JUSTICE = "Justice Bureau"
MUNI = "Municipal Government Office"
MET = "Meteorological Bureau"
TAX = "Taxation Bureau"
MIIT = "Industry and Information Technology Bureau"
NONE = "none"

# Each letter: n, slug, kind (eml|html|multi|json), when, sender name, sender address,
# subject/title, body, labels (category, confidential, reason, department, priority, language, hard)
# json letters also carry: phone, anonymous, district
L = []


def add(n, slug, kind, when, name, addr, subject, body, labels, phone="", anonymous=False, district=""):
    L.append(dict(n=n, slug=slug, kind=kind, when=when, name=name, addr=addr,
                  subject=subject, body=body.strip("\n") + "\n", labels=labels,
                  phone=phone, anonymous=anonymous, district=district))


add(1, "residence-permit-renewal", "eml", "2026-10-06 10:14", "Geoffrey Hallam", "g.hallam@example.com",
    "Renewing my residence permit - which papers this time?", """
Dear Sir or Madam,

I am a British citizen, 71 years old, and I have lived here with my wife
(she was born in this city) since 2019, in the Hehua Garden compound off
Nanshan Road. My residence permit, issued for family reunion, runs out on
14 January.

Last time my wife did most of the talking at the counter and I am ashamed
to say I have no memory of what we brought. Could somebody tell me:

- do we need a fresh certified translation of our marriage certificate, or
  is the one you already have on file enough?
- is a medical check required at my age?
- how early may we apply? We fly to Chengdu to see our daughter on
  20 December and I would rather not leave it until the week before.

With thanks in advance,
Geoffrey Hallam
Tel 138 0000 2716
""", ("consultation", "no", "-", PSB, "normal", "en", "-"))

add(2, "cafe-deposit-landlord", "eml", "2026-10-09 21:40", "Marco Ferri", "marco.ferri@example.net",
    "Landlord keeps my 押金 - please help", """
Hello,

my name is Marco, I ran a small cafe (Caffe Lume) at 37 Yuhuang Street
until the end of September. The lease finished, I gave back the keys,
everything cleaned, I took photos of every room.

Now the 房东 Mr. Ding says he keeps the 押金, 18,000 yuan, "for the wall
paint and the 空调". But the aircon was already broken when I moved in, it
is written in the 合同 that he must repair it and he never did. I sent him
WeChat maybe 12 times. He reads and does not answer, and since Sunday he
blocked me.

I am not a lawyer, I just want my deposit back. Which office can help
with a 房东 like this? I have the contract and the photos.

麻烦你们了,
Marco Ferri
186-0000-3391
""", ("demand", "no", "-", HOUSING, "normal", "en", "mixed"))

add(3, "visa-extension-window", "eml", "2026-10-13 16:05", "Hannah Lindqvist", "hannah.lindqvist@example.org",
    "My visa extension, in four visits", """
To the Mayor's Office,

I want to describe how my visa extension went at the exit-entry hall on
Guangming Road. I will just tell you what happened.

Visit 1 (22 Sept): the officer at window 4, a man in his forties with
rimless glasses, told me my employment letter needed a company stamp on
every page. I went back to work, got it stamped.

Visit 2 (25 Sept): same officer. Now the letter had to be addressed to a
different office. Fixed.

Visit 3 (28 Sept): same officer. Now I was missing a tenancy registration
that I had, in fact, brought, and he did not open the folder to look.

Visit 4 (8 Oct): before I could sit down he slid a business card across
the counter for a "consulting service" across the street and said they
"understand what I need". The consultancy charged me 2,800 yuan, filled
in the same forms I had already filled in, and walked me back. The same
officer accepted everything within ten minutes.

My colleague from Portugal had the same card handed to her in August.

I have the receipt from the consultancy and the dates of each visit.

Hannah Lindqvist
+86 152 0000 6640
""", ("complaint", "yes", "a", PSB, "normal", "en", "indirect"))

add(4, "museum-national-day", "eml", "2026-10-01 08:22", "陳太", "chan.family@example.com",
    "國慶假期市博物館開放嗎？", """
您好！

我們一家四口１０月２日至５日會來貴市旅遊，想請問：
１．市博物館國慶期間是否照常開放？幾點開門？
２．需要網上預約嗎？用香港身份證可以預約嗎？
３．家中長者７２歲，門票有沒有優惠？

多謝！

陳太（香港）
""", ("information", "no", "-", CULT, "normal", "zh", "fullwidth"))

add(5, "metro-transfer-signs", "eml", "2026-10-10 19:30", "Pieter van Dam", "pvandam@example.net",
    "Suggestion: signs at the Line 2 / Line 5 interchange", """
Dear Mayor,

I teach Dutch and English at a language centre and ride the metro every
day. Most of it works beautifully. One spot does not: the interchange
between Line 2 and Line 5 at Tianfu Square.

Coming off Line 2, the only sign for Line 5 is a small green arrow above
the escalator, in Chinese with a tiny pinyin line. Foreign visitors (and
many older Chinese passengers, I notice) stop dead at the bottom of the
stairs and look around. Twice last week I walked lost tourists through.

May I suggest:
1. a large floor marking (a coloured line on the ground) from one
   platform to the other, as in Seoul or Tokyo;
2. the line number and colour on hanging signs, not only the name;
3. one information screen at the foot of the stairs showing both lines'
   next trains.

None of this is expensive and it would help everyone, not only
foreigners.

Kind regards,
Pieter van Dam
""", ("suggestion", "no", "-", TRANS, "normal", "en", "-"))

add(6, "bag-left-in-taxi", "eml", "2026-10-04 23:51", "Olusegun Adeyemi", "segun.adeyemi@example.com",
    "Urgent - my bag with passport left in a taxi", """
Good evening,

I am a tourist from Lagos, here for four days. Tonight at about 21:15 I
took a green taxi from the night market on Xiguan Street to my hotel (the
Riverside Inn, Jiangbin Road). I paid by cash and forgot my black backpack
on the back seat. Inside: my passport, my return ticket printout, my
laptop.

I remember the plate started with 鲁A and had a 7 and a 3 in it. The
driver was young, had a small red charm hanging from the mirror.

The hotel reception tried the taxi company number but nobody answered at
this hour. My flight is on the 7th. Please, is there a way to find this
taxi through its GPS or the dispatch centre? I can come anywhere, any
time.

Olusegun Adeyemi
Room 612, Riverside Inn
+86 135 0000 8810 (local SIM)
""", ("demand", "no", "-", TRANS, "normal", "en", "-"))

add(7, "thanks-officer-liang", "eml", "2026-10-17 12:03", "Margaret O'Rourke", "mags.orourke@example.com",
    "A thank-you for Officer Liang at the Xinhe crossing", """
Dear Mayor,

I'm a 68-year-old Australian on my first trip to China, and I want
somebody to know about Officer Liang, the traffic policeman on duty at the
Xinhe Road / Binhai Avenue crossing on Wednesday afternoon.

It was pouring. I had a suitcase with a broken wheel, a dead phone and the
address of my guesthouse written only in English. He held up the traffic,
walked me across, took the suitcase himself, then spent a good ten minutes
on his own phone until he found the place (it had changed its name). He
even flagged a taxi and told the driver where to go.

He asked for nothing and seemed a bit embarrassed when I tried to take his
photo. Please pass my thanks to him and to his supervisors.

Margaret O'Rourke
Brisbane
""", ("information", "no", "-", PSB, "normal", "en", "-"))

add(8, "language-school-unpaid", "eml", "2026-10-20 22:17", "Jenna Whitfield", "jenna.w@example.net",
    "Three months without salary at BrightPath English", """
Hello,

I have taught at BrightPath English (a private training school, 2nd floor,
No. 88 Wenchang Road) since February. Our salaries for August, September
and October have not been paid. There are six foreign teachers and about
ten Chinese staff in the same position. The owner, Mr. Kang, keeps saying
"next week, the investor is coming".

The problem for us foreigners is that BrightPath is the company on our
work permits. Mr. Kang has told two teachers who asked too loudly that
he "can end their permits any day", and then they'd have ten days to leave
the country. One of them has a lease and a cat and nowhere to go.

I'm writing anyway because I don't know what else to do. We each are owed
between 28,000 and 36,000 yuan. Can the labour department make him pay,
and is there any protection for our permits while this is going on?

Jenna Whitfield
139 0000 4425
""", ("demand", "yes", "c", HRSS, "normal", "en", "-"))

add(9, "fieldwork-registration", "json", "2026-10-02 14:40", "Dr. Aiko Morimoto", "a.morimoto@example.org",
    "Temporary residence registration", """
Staying 3 weeks in a rented flat for fieldwork. Do I register with the police myself, or is that the landlord's job?
""", ("consultation", "no", "-", PSB, "normal", "en", "short"),
    phone="+81 90 0000 3312", district="Qingshi District")

add(10, "one-stop-app", "eml", "2026-10-22 09:48", "Rafael Souza", "rafael.souza@example.com",
    "Congratulations on the new government service app", """
Dear Mayor,

Congratulations on the new "one-stop" government service app. It really is
one stop: it stops me at step one.

Registration asks for an 18-digit ID number. My passport number has nine
characters, two of them letters. The field rejects letters. There is a
"foreigner" tab, which opens a page that says 功能建设中 and has done since
August. The helpline suggested I "use the app instead of coming to the
hall". The hall suggested I use the app.

I run a small coffee roastery and need to renew my food business licence
before December. I would love to do it online like everyone else. Could
someone who builds this thing try logging in with a passport, just once?

Rafael Souza
Souza Roasters, Unit 3, Lianhua Creative Park
""", ("complaint", "no", "-", APPROVAL, "normal", "en", "sarcasm"))

add(11, "parents-lift-broken", "eml", "2026-10-15 07:55", "吴思远", "siyuan.wu@example.net",
    "爸妈楼里的电梯坏了两个多星期", """
市长您好,

我刚从 Melbourne 回国不久,爸妈住在柳荫里小区3栋,12楼。这部 lift 已经
down 了两个多礼拜了。物业一开始说 waiting for parts,后来说要业委会开会
决定维修基金怎么出,到现在没有任何 timeline。

我爸78岁,膝盖做过手术,这半个月基本没下过楼,买菜全靠邻居帮忙。楼里像
他这样的老人至少有七八户。我不是要追究谁,就是想问能不能有人出面
coordinate 一下,先把电梯修好,钱的事大家再商量。

Thanks a lot.
吴思远 189 0000 7052
""", ("demand", "no", "-", HOUSING, "normal", "zh", "mixed"))

add(12, "gas-smell-stairwell", "eml", "2026-10-26 06:48", "Tomasz Nowak", "t.nowak@example.com",
    "Strong gas smell in our stairwell since last night", """
Please forward this to whoever deals with gas emergencies, I don't know the
number here.

Jinlan Apartments, Block 5, 21 Songhe Road. Since about 11 pm yesterday
there is a strong smell of gas on floors 3 and 4 of the stairwell. It is
worse now than last night. The door of 402 is closed and nobody answers;
I think the tenant is away.

The security guard said it's "just cooking" and that the management office
opens at 9. There are children in this building and people smoke on the
landing.

I am at home, 302, phone 131-0000-5587.
""", ("demand", "no", "-", EMERG, "high", "en", "-"))

add(13, "cleanup-event-support", "eml", "2026-10-28 18:12", "Priya Raman", "priya.raman@example.org",
    "Our riverbank clean-up and the community's 'support'", """
Dear Sir/Madam,

I coordinate volunteers for a small environmental group. We have run a
monthly riverbank clean-up along the Xiaoqing River for two years, with
the community committee's blessing each time - we register the date, they
stamp the form, that's it.

This autumn the form has been sitting with the committee for five weeks.
When I went in person, the deputy director, Mr. Shen, was very friendly.
He said events like ours "need the community's support", that a "small
gesture" of 3,000 yuan would "help the form along", and he turned his
phone round so I could scan his personal WeChat code. Nothing was said
about a receipt, or what it would be spent on. I said I'd have to ask my
board.

We are volunteers; our whole year's budget is about 9,000 yuan. I don't
know whether this is a normal community fee that I have never heard of. If
it is, I would be glad to see it written down somewhere.

Priya Raman
""", ("complaint", "yes", "a", DIC, "normal", "en", "indirect"))

add(14, "airport-night-bus", "json", "2026-10-11 20:05", "Lukas Brenner", "lukas.brenner@example.com",
    "Airport to Old Town after midnight?", """
Hi, my flight lands at 00:40 on 18 Oct. Is there any airport bus still running to the Old Town (near Drum Tower) at that time, and where does it stop? If not, roughly what does a taxi cost? Thanks!
""", ("information", "no", "-", TRANS, "normal", "en", "-"),
    phone="", district="")

add(15, "riverside-benches", "eml", "2026-10-18 16:30", "Dorothy Meyers", "dot.meyers@example.net",
    "Benches and shade on the Jinsha riverside walk", """
Dear Mayor,

My husband and I are retired Americans who have lived in your city for six
years. We walk the Jinsha riverside path most mornings - it is one of the
loveliest things here.

The stretch between the Wangjiang footbridge and the boat club, almost two
kilometres, has no bench at all and no shade. Many of the walkers are
elderly, Chinese and foreign alike, and I often see people sitting on the
kerb or on the flood wall to rest.

Could the city add a few benches, perhaps every 300 metres, and plant some
trees or put up a couple of small shelters? Even the simple stone benches
used further upstream would do. It would be a kindness to a lot of people.

Yours sincerely,
Dorothy Meyers
""", ("suggestion", "no", "-", UMB, "normal", "en", "-"))

add(16, "foreign-spouse-divorce", "eml", "2026-10-23 13:26", "C. M.", "cm.private@example.net",
    "Question about procedure for a foreign spouse", """
Hello,

I am a Canadian citizen married to a Chinese citizen; we registered our
marriage in this city in 2021. I would like to understand my options
before I take any step.

1. Can a couple where one side is foreign complete an agreed divorce at the
   marriage registration office here, or must it go through a court?
2. Which documents would I need from my side (passport, residence permit,
   anything from the Canadian embassy)?
3. If we have no children and no shared property, how long does the
   process take, including any "cooling-off" period?

Please reply only to this e-mail address and do not call the home
number. My husband's family opens the post that comes to our flat, and
one of his relatives works at the district office. I don't want this
reaching them before I have decided anything.

Thank you.
""", ("consultation", "yes", "b", CIVIL, "normal", "en", "-"))

add(17, "hospital-itemised-bill", "eml", "2026-10-29 11:11", "Daniel Okafor", "d.okafor@example.com",
    "Re: Request 2026-09-4471 - still no itemised bill", """
Dear Mayor's Office,

I'm writing again because your reply below closed the case but nothing
has happened.

> Dear citizen, your request has been forwarded to the relevant department
> for handling. The hospital has been asked to contact you within five
> working days. Thank you for your understanding and support.

That was on 30 September. Nobody contacted me.

Background: my wife was treated at the international department of the
First People's Hospital in August (three nights, appendix). Our insurer
in the UK will only pay with an itemised bill in English or Chinese with
the hospital's stamp. I have been to the billing office four times; each
time it is a different person, each is polite, each tells me the
itemised version is "generated by the system" and to come back. The
online portal lets me download a summary only.

I don't blame any one of them; it seems nobody actually owns this task.
But 19,600 yuan is a lot of money for us. Who can simply print the bill?

Daniel Okafor
""", ("complaint", "no", "-", HEALTH, "normal", "en", "quoted"))

add(18, "pile-driver-2am", "eml", "2026-11-03 02:14", "Sophie Martin", "sophie.m@example.net",
    "constrution noise 2am Heping guesthouse", """
hi sorry for the writing its 2:14 am and tehy are still pounding. the
building site right behind Heping guesthouse on Caoqiao lane (the big one
with blue fence, tower crane) is doing pile driving since 10pm, every
night this week. whole room shakes, glass on the table moves. me and my
friend are tourists we have 3 more nights booked and prepaid, the hotel
guy says nothing he can do, the site say they have permision???

is night construction allowd here? can somebody come and check tonight
or tomorow night. i have videos w/ time on them

sophie, room 204
""", ("demand", "no", "-", ECO, "normal", "en", "typos"))

add(19, "volunteer-platform-english", "eml", "2026-10-16 15:00", "梁晓雯", "liang.xw@example.org",
    "建议志愿服务平台增加英文版", """
尊敬的市长:

我在一家本地公益机构做项目协调,主要组织社区助老和儿童阅读活动。这两年
越来越多住在本市的外籍居民、外教和留学生联系我们,想报名做志愿者,可市
里的志愿服务平台只有中文界面,注册需要身份证号,志愿时长也没法记录。
结果很多人热情来了一两次,就因为手续太麻烦不再来了。

建议:
一、志愿服务平台增加英文界面,允许用护照注册;
二、外籍志愿者的服务时长同样可以记录、出具证明;
三、在外籍居民较多的社区设一名双语联络志愿者。

这些人很愿意为城市出力,希望给他们一个方便的入口。

梁晓雯
""", ("suggestion", "no", "-", CIVIL, "normal", "zh", "-"))

add(20, "tax-window-agency", "eml", "2026-10-24 10:37", "林志豪", "chlin.trading@example.com",
    "關於稅務大廳某窗口人員的情況反映", """
市長您好：

本人是臺灣來的小商人，在貴市經營一家茶具貿易公司，登記在南湖區。

九月辦理發票增量時，稅務大廳三號窗口一位姓鄒的女辦事員說我資料「不太規範」，
建議我「找專業的代帳公司處理比較快」，並主動給我一家「恒信財務」的電話。
我照做了，每月付代帳費１２００元，之後申請果然一次就過。

十月我偶然在工商資料上看到，這家恒信財務的法定代表人與鄒小姐的先生同名，
地址也是同一棟樓。我的同鄉另外兩家公司也是被同一個窗口「推薦」過去的。

我不懂這邊的規矩，只覺得不太對。請有關部門查一查。

林志豪　１３７　００００　６１８０
""", ("complaint", "yes", "a", DIC, "normal", "zh", "fullwidth"))

add(21, "bike-shop-fapiao", "eml", "2026-11-05 17:20", "Jonas Keller", "jonas@kellerrad.example",
    "Fapiao for a company customer - and a question about tax refunds", """
Good afternoon,

I own a small bicycle repair shop (individual business, registered last
year, Keller Rad, 14 Chunxi Back Street). A design company wants to have
their staff bikes serviced by us every month and they insist on a special
VAT fapiao (专票), not the ordinary one.

My questions:
1. As a small-scale taxpayer, can I issue a 专票 myself now, or does the
   tax office have to issue it for me? What do I need to bring, and can it
   be done online with a foreigner's account?
2. Separately, and less urgent: my two children go to school here. As a
   foreigner, can I claim the children's education deduction on my
   individual income tax, or is that only for Chinese citizens?

Thank you,
Jonas Keller
+86 158 0000 2039
""", ("consultation", "no", "-", TAX, "normal", "en", "two-intents"))

add(22, "teacher-flat-water-pressure", "eml", "2026-10-31 20:44", "Emily Carter 艾米丽", "emily.carter@example.org",
    "我们的楼没有水", """
你好,

我是美国的交换老师,住在文华路十八号教师公寓2号楼。我们的楼没有水压已
经一个星期了。早上水很小,晚上完全没有水,不可以洗澡,也不可以做饭。六楼
和七楼都一样。

物业说是自来水公司的问提,自来水公司说是物业的问提,水泵的问提。我不知道
应该找谁。我的中文不好,对不起。

请你们帮忙看一看。谢谢你们!

Emily 艾米丽
电话:176 0000 3148
""", ("demand", "no", "-", WATER, "normal", "zh", "typos"))

add(23, "officer-deleted-video", "eml", "2026-11-02 21:09", "Dr. Felix Hartmann", "f.hartmann@example.org",
    "Treatment by a police officer at a traffic accident on 1 November", """
Dear Mayor,

I am a visiting researcher at the university (marine biology, here until
February). On 1 November at about 17:30 I saw a collision between an
electric scooter and a delivery van at the Haitang Road / Beiyuan Street
junction. The scooter rider was on the ground and bleeding. I filmed
about thirty seconds on my phone in case it would help with
responsibility later, then called for an ambulance with a bystander's
help.

When the police arrived, one officer (young, tall, the shoulder number
ended in 27, he arrived on a motorbike, not in the car) came straight at
me, took the phone out of my hand and pushed me backwards against the
railing hard enough to bruise my back. He then deleted the video and the
photos from that day, including ones of my own children, handed the phone
back and told me in English to "go home, foreigner".

I was not obstructing anyone. Several people saw it. I would like to
know whether this is how witnesses are expected to be treated here.

Felix Hartmann
+86 130 0000 9924
""", ("complaint", "yes", "a", PSB, "normal", "en", "-"))

add(24, "library-evening-hours", "json", "2026-10-27 21:33", "Chloe Dubois", "chloe.dubois@example.com",
    "Library: later opening and more English books", """
I teach French at a secondary school and use the Municipal Library a lot. Two ideas:
1) Stay open until 21:00 at least two evenings a week. At 17:30 closing, working people simply can't come on weekdays.
2) The foreign-language corner has about four shelves, mostly old textbooks. Could the library buy some recent English and French novels and children's books, or let readers suggest titles online? Many foreign families and Chinese students would use them. Happy to help as a volunteer with a list.
""", ("suggestion", "no", "-", CULT, "normal", "en", "-"),
    phone="150 0000 7716", district="Xinhua District")

add(25, "typhoon-hike", "json", "2026-11-12 08:10", "Ben Haddad", "ben.h@example.net",
    "Typhoon this weekend?", """
Will the typhoon reach us by Saturday? Planning to hike Qingluan Mountain.
""", ("information", "no", "-", MET, "normal", "en", "short"),
    phone="", district="")

add(26, "restaurant-power-cut", "eml", "2026-11-08 23:02", "周敏", "zhoumin.bistro@example.net",
    "店里这个月被停了两次电", """
您好,

我和我先生(法国人)在石榴村沿街开了一家小西餐馆,租的是村民的房子,合同
签到明年三月,租金一次付清。

八月房东提出要涨百分之四十,我们说合同还没到期,没答应。之后这个月已经
被"检修线路"停了两次电,一次两天,一次一天半,冰柜里的肉和奶酪全扔了。
供电所的人说线路没问题,总闸是房东自己拉的。

房东的哥哥是村里的书记,这条街上的铺子续不续约,大家都说要看他家的意思。
我先生说写这封信,明年可能就没地方开店了,我想了很久还是写了。

我们只想合同期内正常用电。

周敏 181 0000 4473
""", ("demand", "yes", "c", HOUSING, "normal", "zh", "indirect"))

add(27, "husband-permanent-residence", "eml", "2026-10-19 14:18", "黄蕾", "huanglei@example.com",
    "外籍配偶申请永久居留需要什么条件", """
您好,我想咨询一下外国人永久居留的问题。

我是中国籍,先生是新西兰籍,我们2018年在本市登记结婚,他持家属类居留许
可在这边住了五年多,每年都在本市住满九个月以上。

想问:
1. 他现在是否符合以配偶身份申请永久居留的条件?
2. 需要提交哪些材料,无犯罪记录证明是要新西兰开的还是本地开的?
3. 在本市哪里受理,大概要多久?

谢谢!
黄蕾 136 0000 8257
""", ("consultation", "no", "-", PSB, "normal", "zh", "-"))

add(28, "guard-blocks-in-laws", "eml", "2026-11-01 19:45", "Rachel Kim", "rachel.kim@example.net",
    "Apparently my mother-in-law is a security threat", """
To whom it may concern,

I'd like to report a serious security incident at Lanting Mansion, where
I live. On Saturday afternoon, a 78-year-old woman carrying a bag of
persimmons attempted to enter the compound. Fortunately the guard at the
north gate was alert and stopped her.

The woman was my mother-in-law. She and my father-in-law came by bus to
visit their grandchildren. They don't use smartphones, so they couldn't
scan the property company's new visitor QR code. I came down, showed my
own resident code, offered to register them on my phone, offered my ID.
The guard said the rule is the rule and they must "register
themselves". They waited outside the gate for forty minutes in the wind
until his supervisor came back from lunch.

This is the third family I know of with the same problem. Could someone
please tell the property management company (Huiyuan Property) that
old people without phones have to be able to visit their families?
A paper register at the gate would do.

Rachel Kim, Building 9
""", ("demand", "no", "-", HOUSING, "normal", "en", "sarcasm"))

add(29, "teacher-humiliated-son", "eml", "2026-11-06 20:31", "Natalia Ivanova", "n.ivanova@example.com",
    "What happened to my son in Class 3-2", """
Dear Mayor,

My son Misha is eight and in Class 3-2 at Fengyuan Road Primary School.
His father is Chinese; Misha was born here, speaks better Chinese than I
do.

Last Thursday he came home and would not eat. Later he told me that his
class teacher, Ms. Gao, had asked the class who "wasn't a real Chinese",
pointed at him, and said that "children like you" always bring down the
class average. When he cried she made him stand in the corridor for the
rest of the lesson, about an hour, so "the real students can
concentrate". Two other parents heard the same story from their own
children the same evening.

Since then Misha has had stomach aches every morning before school.

I spoke to the deputy head on Monday; she said Ms. Gao is "a very
experienced teacher" and the matter was a misunderstanding. I don't
think it was.

Natalia Ivanova
153 0000 6291
""", ("complaint", "yes", "a", EDU, "normal", "en", "-"))

add(30, "ngo-year-thanks", "multi", "2026-11-20 10:00", "Hope Bridge Learning Centre", "office@hopebridge.example",
    "A note of thanks from a small learning centre", """
Dear Mayor and the 12345 team,

Nothing to ask this time. We run an after-school reading programme for
migrant workers' children, staffed mostly by foreign and local volunteers,
and this year we have written to the mailbox four times: about a broken
fence by the canal, a bus stop that was moved, a question about our
registration, and the flooding in July.

Every time somebody called back within a few days, in patient Chinese to
our not-very-good Chinese, and three of the four things were sorted out.
We know that sort of work rarely gets a thank-you, so here is one, from
us and from about sixty children.

Warmly,
the volunteers of Hope Bridge
""", ("information", "no", "-", NONE, "normal", "en", "-"))

add(31, "manhole-open", "json", "2026-11-14 17:52", "Aaron Mitchell", "aaron.m@example.com",
    "Manhole cover missing", """
Manhole cover gone outside No. 12 Lindeng Road, right by the school gate. Kids walking past in the dark. Someone will fall in.
""", ("demand", "no", "-", WATER, "high", "en", "short"),
    phone="139 0000 8803", district="Lindeng")

add(32, "register-reading-charity", "eml", "2026-10-21 11:45", "Sarah Thompson", "s.thompson@example.org",
    "How do we register as a local social organisation?", """
Dear Sir or Madam,

I work for an international NGO that has supported a children's reading
programme in two of your districts for three years, through a partner
school. Our funders now want the programme to stand on its own as a
locally registered, non-profit body run by local staff.

Could you help us with a few questions?

- What type of social organisation would a small reading programme be
  (private non-enterprise unit? something else?), and do we need a
  supervising unit first?
- Is there a minimum registered capital, and must it be in the bank before
  we apply?
- Can a foreign national sit on the board or act as a volunteer adviser,
  or must all board members be Chinese citizens?
- Which office in the city accepts the application, and is there any
  guidance in English?

Many thanks for your time,
Sarah Thompson
Programme Manager
""", ("consultation", "no", "-", CIVIL, "normal", "en", "-"))

add(33, "open-air-quality-data", "multi", "2026-11-09 15:25", "Dr. Mei-Ling Tan", "ml.tan@example.org",
    "Proposal: downloadable air-quality station data", """
Dear Mayor,

I am a visiting atmospheric scientist from Singapore, at the university
until next summer. Your city's monitoring network is good - 14 stations,
well placed - but the data are only visible as a map on the
environment bureau's website, with today's values in Chinese.

I would like to suggest:

1. publishing hourly readings for each station as a downloadable file
   (CSV is fine), with at least the past year available;
2. column headings and station names in both Chinese and English;
3. a short note on each station's location and instruments.

Researchers, schools and app developers could then use the numbers,
and people who do not read Chinese could check the air before taking
their children out. Several cities in the region already do this.

With best regards,
Mei-Ling Tan
""", ("suggestion", "no", "-", ECO, "normal", "en", "-"))

add(34, "residence-permit-overdue", "eml", "2026-11-10 09:03", "Ahmed Farouk", "ahmed.farouk@example.com",
    "Residence permit: 15 working days became 34", """
Hello,

I applied for my work-type residence permit on 22 September. This is the
SMS I received that day:

  "【出入境】您的居留许可申请已受理,预计15个工作日内办结,请留意短信通知。"

Today is the 34th working day. My passport is still with the exit-entry
office, so I cannot travel, cannot check into a hotel for a work trip
and my bank has frozen my card for "expired documents".

The phone number on the receipt rings out. At the counter on 3 November
I was told the system shows "in process" and there is nothing they can
see beyond that. Nobody was unkind, there is simply no information
anywhere.

I would just like to know where my application is and when I can have my
passport back.

Ahmed Farouk
Receipt no. R2026092200417
""", ("complaint", "no", "-", PSB, "normal", "en", "quoted"))

add(35, "site-proof-park-bankrupt", "html", "2026-11-04 10:52", "许嘉诚", "jc.xu@brightloom.example",
    "园区运营公司破产,我们拿不到场地证明,请求协调", """
市长您好:

我是从德国回来创业的,公司叫"明织科技"(外商投资,做纺织检测设备),租用
东湖智造园B栋三楼。

今年九月园区的运营公司进入破产程序,管理处的人都走了。我们现在要办经营
范围变更,市场监管窗口要求提供场地使用证明,原来是由运营公司盖章的,现在
没人能盖。管理人说他们不负责出具,业主方(一家国企)说要等破产程序结束。

我们的租金已交到明年六月,十几个员工,订单也等着。请问能否由招商部门帮
忙协调一下,看看这种情况下场地证明可以由谁出具,或者有没有替代材料。

许嘉诚
电话 177-0000-2608
""", ("demand", "no", "-", COMM, "normal", "zh", "-"))

add(36, "legal-aid-address", "json", "2026-10-25 16:40", "Ines Alvarez", "ines.alvarez@example.net",
    "Legal aid office - address and hours?", """
Hello. Where is the city's legal aid centre, what are the opening hours, and can foreigners get help there (is there anyone who speaks English or Spanish)? I need advice about a contract.
""", ("information", "no", "-", JUSTICE, "normal", "en", "-"),
    phone="", district="Dongcheng")

add(37, "surgery-appreciation", "eml", "2026-11-16 22:38", "Laura Bianchi", "laura.bianchi@example.com",
    "My husband's surgery at the Second People's Hospital", """
Dear Mayor,

We are Italian tourists. On 9 November my husband fell on the steps at
Yunmen Temple and broke his ankle badly. He was taken to the orthopaedic
ward of the Second People's Hospital and told he needs an operation with
a plate and screws.

The surgeon in charge of his case, Dr. Xiang, told us the next good slot
was "very full" and that it might be a week or more. Then, while the
nurse was out, he said that families usually "show their appreciation"
to get things moving, and he looked at my handbag and then at the door. I
pretended not to understand. On the 12th our interpreter was taken aside
by the same doctor and told the same thing, more plainly, with a number.

My husband is still waiting, in pain, and our travel insurance is
pressing us. We have not paid anything. I don't know what to do.

Laura Bianchi
+39 333 0000 512
""", ("complaint", "yes", "a", HEALTH, "normal", "en", "indirect"))

add(38, "creek-dye-water", "json", "2026-11-18 07:25", "", "",
    "Red water in the creek below the village", """
For about two weeks the creek that runs below Zhuxi village has been red or purple most mornings, and it smells of chemicals. It comes out of a pipe near the back of the small dyeing workshop on the hill road (grey building, no sign). Ducks that used to swim there have gone. People here still wash vegetables in it. I am a foreign retiree living alone up here and I don't want trouble with anyone, so I ticked anonymous. Please send someone to take a sample early in the morning, before 8, that is when it is worst.
""", ("demand", "yes", "b", ECO, "normal", "en", "-"),
    phone="", anonymous=True, district="Zhuxi Township")

add(39, "convert-us-licence", "eml", "2026-10-12 09:57", "Walter Brooks", "walt.brooks@example.net",
    "Converting a US driving licence", """
Hi,

Retired here last spring with a residence permit valid to 2028. I hold a
Texas driver's license. Can I convert it to a Chinese licence without
taking the driving test? I have heard there is a theory test only. Do I
need a notarised translation, and a medical? Where is it done, and can I
book the test in English?

Thanks,
Walter Brooks
""", ("consultation", "no", "-", PSB, "normal", "en", "-"))

add(40, "upstairs-leak", "eml", "2026-11-11 15:15", "何錦堂", "kamtong.ho@example.com",
    "樓上漏水三個月，業主不理會", """
您好：

本人是香港退休人士，在貴市購有一套住宅（翠竹苑７座１５０３室），每年住半年。

自八月起，樓上１６０３室的衛生間漏水到我家天花板，現已發黑、掉灰，燈罩積水。
物業管理處聯絡過樓上業主三次，對方只說「沒空」，至今未上門檢查。
物業表示他們無權入屋，叫我自己「協商」。

我年紀大，不知道內地這種情況應該找哪個部門，懇請協助督促樓上業主維修。

何錦堂　電話：＋８５２　９１２３　００００／１３８　００００　５１０７
""", ("demand", "no", "-", HOUSING, "normal", "zh", "fullwidth"))

add(41, "hotline-english-hours", "eml", "2026-11-13 18:40", "Claire Dawson", "claire.dawson@example.com",
    "The English service line, 9 to 5, Monday to Friday", """
Dear Mayor,

I am told the city's hotline has an English service. I believe this,
because I have heard the recording that says so many times. It is
available from 9:00 to 17:00 on working days, which as a teacher I spend
standing in a classroom, and which is also, I notice, when most things
are open and least likely to go wrong.

Last Saturday my neighbour's flat was flooding into mine. I called,
pressed 8 for English, and was told to call back on Monday. I pressed 0
and had a very kind operator who spoke no English at all; we got
somewhere with a translation app after twenty minutes.

It is hard to imagine an emergency that keeps office hours. Could the
English line be extended to evenings and weekends, or could calls be
passed to an interpreter service out of hours?

Claire Dawson
""", ("complaint", "no", "-", MUNI, "normal", "en", "sarcasm"))

add(42, "foreign-spouse-dv-support", "eml", "2026-11-15 21:05", "A caseworker", "caseworker.w@example.org",
    "Support for foreign spouses facing violence at home", """
Dear Mayor,

I work with a small group that helps foreign women married into local
families. Over the past year we have accompanied eleven women who were
being hurt at home. Almost all hit the same walls: the women's federation
hotline and the shelter have no interpreters; the women's documents are
often held by the husband; and many do not know their residence permit
does not automatically end if they leave him.

I would like to suggest that the city:
- add interpreting (even by phone) to the domestic violence hotline and
  the shelter;
- publish a one-page leaflet in several languages on rights, the shelter
  and how residence status works;
- train community workers to recognise when a foreign wife is isolated.

I am not signing with my name or our group's name. Some of the women we
support would be in real danger if their husbands connected them to us,
so please, if this is passed on to anyone, leave us out of it.
""", ("suggestion", "yes", "b", CIVIL, "normal", "en", "-"))

add(43, "hotel-typhoon-refund", "eml", "2026-11-17 12:26", "Tom Gallagher", "tgallagher@example.com",
    "Hotel refuses refund after flights cancelled by typhoon", """
Hello,

I booked and prepaid three nights (14-16 November) at the Golden Lotus
Hotel on Yingbin Avenue, 2,340 yuan. On the 13th all flights from
Shanghai were cancelled because of the typhoon warning; I have the
airline's cancellation notice. I wrote to the hotel the same day.

The front desk manager told me "prepaid is non-refundable, typhoon is
your problem" and offered nothing, not even a change of dates. I think a
typhoon warning closing the airport is not my fault. Can your consumer
office help me get the money back?

Also, if I do end up getting anything back, how do I get a proper
receipt (fapiao) for my company's expense claim from abroad? They only
gave me a booking screenshot.

Tom Gallagher
+44 7700 0000 318
""", ("demand", "no", "-", MARKET, "normal", "en", "two-intents"))

add(44, "busker-permit-old-town", "json", "2026-10-30 13:12", "Liam O'Connell", "liam.busks@example.net",
    "Do I need a permit to play guitar in the Old Town square?", """
Hello! I'm an Irish guy on a working holiday, I play guitar and sing (no amplifier, or a very small one). Is street performing allowed in the square in front of the Drum Tower or along Shuijie Street? Do I need a permit or to register somewhere, and are there hours or places where it isn't allowed? I don't want any problems with the city management officers. Thanks a lot.
""", ("consultation", "no", "-", UMB, "normal", "en", "-"),
    phone="186 0000 4790", district="Old Town")

add(45, "college-keeps-passports", "multi", "2026-11-19 19:50", "Grace Mwangi", "grace.mwangi@example.com",
    "Passports held and pay deducted at a public vocational college", """
Dear Mayor,

I am one of five foreign teachers at the municipal vocational college in
the Eastern University Town. I teach English.

Since September the college's foreign affairs office holds all our
passports "for safekeeping". When I needed mine to open a bank account I
had to apply in writing and return it the same day. Since October the
college has also taken 1,500 yuan a month out of our salaries for
"housing management", although our contracts say accommodation is
provided free. No document has been shown to us.

When we raised it as a group, we were reminded that contract renewals
are decided in December and that the college "prefers teachers who are
easy to work with". Two of us have families here.

Is it lawful for a public college to keep employees' passports and
deduct money not in the contract?

Grace Mwangi
""", ("complaint", "yes", "c", EDU, "normal", "en", "-"))

add(46, "broadband-three-weeks", "eml", "2026-10-14 10:20", "Dr. Samuel Osei", "s.osei@example.org",
    "Still no broadband after three weeks", """
Dear Sir or Madam,

I am a visiting researcher living in a university-rented flat at Qiushi
Garden, Building 4. On 20 September I paid for a year of fibre broadband
with one of the big carriers (contract attached to my passport number).
The installer came once, said the building's fibre box had "no free
port", and left. Since then I have called the carrier's customer line
six times and have three case numbers; each promises a call back.

I need to upload large data files for my project and am currently doing
it on a mobile hotspot at a café. Could someone press the carrier to
either install the line or refund me? The neighbours on my floor have
working broadband, so the building is not the issue.

Samuel Osei
+86 199 0000 2254
""", ("demand", "no", "-", MIIT, "normal", "en", "-"))

add(47, "social-insurance-base", "eml", "2026-11-21 22:48", "Vivian 李", "vivian.li@example.net",
    "公司社保base按最低交的问题", """
你好,

我去年从 London 回来,现在在一家做跨境电商的公司做 marketing,月薪税前
一万八,offer letter 上写得很清楚。但我查了社保记录,公司一直按本市最低
基数给我交,公积金也是。问 HR,她说"大家都这样,公司 policy"。

我想 consult 几个问题:
1. 公司按最低基数交社保合法吗?
2. 如果我去投诉,社保部门会要求公司补缴吗?补缴的话我个人那部分也要补吗?
3. 这个一般要准备什么材料,工资流水够不够?

我还在试用期,HR 之前在群里说过"爱计较的人很难转正"。我不想失去这份工作,
但也不想一直吃亏。

Vivian
""", ("consultation", "yes", "c", HRSS, "normal", "zh", "mixed"))

add(48, "ebike-blind-path", "eml", "2026-10-08 08:36", "顾明哲", "gu.mz@example.com",
    "共享电单车挤占盲道,建议划定停放区", """
市长您好:

我在国外读书时眼睛受过伤,视力一直不太好,回国后对盲道格外留意。
地铁三号线柳岸站B口到公交站这一段,每天早高峰盲道上停满了共享电单车,
有时候连人行道都只剩一人宽。

建议:
1. 在地铁口附近划定电单车停放区,并要求运营企业用电子围栏管住,不在区域
   内不能还车;
2. 盲道上禁止停放,运营企业要定时清理;
3. 在几个大站先试点,效果好再推开。

谢谢!
顾明哲
""", ("suggestion", "no", "-", TRANS, "normal", "zh", "-"))

add(49, "praise-window-12", "html", "2026-11-24 14:02", "Kenji Watanabe", "k.watanabe@example.com",
    "Thank you to Ms. Zhou at window 12", """
Dear Mayor,

I want to thank Ms. Zhou Yan at window 12 of the government service hall.
I came on Friday to register my small ramen shop's change of address and
had brought the wrong version of one form. Instead of sending me away she
printed the correct form, showed me with a pen where each item goes,
and checked my Chinese line by line. The whole thing took twenty minutes.

Last time in another city I needed three visits for the same thing. This
was the easiest office visit I have had in China. Please tell her
manager.

Kenji Watanabe
Menya Watanabe
""", ("information", "no", "-", APPROVAL, "normal", "en", "-"))

add(50, "kindergarten-wages", "eml", "2026-11-22 17:35", "Olivia Grant", "olivia.grant@example.net",
    "Unpaid wages at Little Acorn Kindergarten (private)", """
Hello,

I worked as a part-time English teacher at Little Acorn Bilingual
Kindergarten (private, Fangcao Road) from March to September. They owe me
the last two months, 9,600 yuan. I left on good terms, I thought.

This is what the principal, Mrs. Tang, wrote on WeChat:

  14 Oct: "Olivia, finance is very busy, next Friday ok?"
  31 Oct: "Next month for sure. Don't worry."
  18 Nov: "You already left, why so urgent? The parents paid late."

I have my contract, bank statements and attendance sheets. I'm happy for
you to use my name and to pass my details to whoever handles this - I've
got nothing to hide and I'd actually like Mrs. Tang to know I've written.

Olivia Grant
188 0000 6134
""", ("demand", "no", "-", HRSS, "normal", "en", "quoted"))

add(51, "village-management-fee", "eml", "2026-11-25 20:20", "Helmut Schreiber", "h.schreiber@example.com",
    "Cash 'management fees' collected from foreign renters in Tangwan village", """
Dear Mayor,

About a dozen foreign retirees, including my wife and me, rent old
farmhouses in Tangwan village from local families. Our leases are with
the owners and registered with the police station.

In October the village's deputy head, a Mr. Luo, began visiting each
foreign household with two young men and collecting a "foreigner
management fee" of 2,000 yuan per house per year, in cash. No receipt,
no document. When my neighbour asked what law it is based on, Mr. Luo
said that without the fee the village "cannot guarantee" his lease will
be renewed, and that the landlords "listen to the village". The owners
themselves say they know nothing about it.

I paid because my wife was frightened. I would like to know whether this
fee exists, and if not, whether the money will be returned to all of us.

Helmut Schreiber
""", ("complaint", "yes", "a", DIC, "normal", "en", "-"))

add(52, "streetlamps-not-fixed", "eml", "2026-11-26 21:15", "沈佳怡", "shenjiayi@example.org",
    "回复说路灯修好了,可是没有", """
您好,

十月十日我反映过桂香路北段(从运河桥到菜市场)八盏路灯不亮,收到的回复
原文如下:

  "经核实,您反映的桂香路路灯故障问题已于10月15日修复,现已恢复正常照明。
   感谢您对城市管理工作的支持。"

可是我每天晚上十点多下班走这段路,从十月到现在一盏都没亮过。我昨晚又拍了
视频,时间和位置都有。回访电话问我满不满意,我说不满意,之后再没人联系。

我刚从国外回来,不太懂流程,只是想知道:到底有没有人来修过?什么时候能
亮?这条路晚上很黑,有不少下夜班的人。

沈佳怡
""", ("complaint", "no", "-", UMB, "normal", "zh", "quoted"))

add(53, "child-foreign-passport-school", "json", "2026-10-07 10:30", "赵一宁", "zhao.yining@example.com",
    "外籍孩子能否就读公办小学", """
您好,我们一家刚从加拿大回国定居。孩子今年6岁,是加拿大籍,我和孩子爸爸都是中国籍,户口在本市,有自己的住房。请问孩子明年9月能不能按学区报名公办小学?需要准备哪些材料(孩子的居留许可、出生证明公证等)?报名时间一般是几月?如果不能读公办,有哪些选择?谢谢。
""", ("consultation", "no", "-", EDU, "normal", "zh", "-"),
    phone="135 0000 1968", district="锦江区")

add(54, "rubble-green-strip", "json", "2026-11-28 23:30", "", "",
    "Rubble dumped at night", """
Someone dumps construction rubble on the green strip at the east end of Baiyun Lane, every night around 11.
""", ("demand", "yes", "b", UMB, "normal", "en", "short"),
    phone="", anonymous=True, district="Baiyun")

add(55, "cross-region-settlement", "eml", "2026-11-07 09:25", "杜若琳", "du.ruolin@example.net",
    "异地就医直接结算怎么备案", """
您好,

我在国外工作了八年,今年回来进了本市一家公司,单位给我交了职工医保。我
父母在成都,我每年要回去住一两个月,我自己有慢性胃病需要定期做胃镜。

想咨询:
1. 我这种情况能不能办异地就医备案?是按"临时外出就医"还是别的类型?
2. 在手机上能不能自己办,需要什么材料?
3. 备案后在成都的医院是不是直接刷医保卡/电子医保凭证就能结算,报销比例会不会
   比在本市低?

谢谢解答!
杜若琳
""", ("consultation", "no", "-", HSB, "normal", "zh", "-"))

add(56, "inspector-cousin-equipment", "eml", "2026-11-27 15:48", "Park Ji-hoon", "jihoon.park@example.com",
    "inspecter of market, about my restaurant", """
Hello mayor office,

I am Korean, have small korean BBQ restaurant in Meilin road since 2024.
From september one inspecter from market regulation come to my shop
4 times. His name on card is Wei. Every time he find some problem, my
kitchen hood not good, my fridge not good, my sink not good, and he say
I must change but he say the equipment shop "Dingxin Kitchen" is best,
his cousin have this shop, very cheap for me he say.

I not buy. Then he come again, give me paper to fix in 7 days or fine.
My friend have chinese restaurant same street, he buy from Dingxin 30000
yuan, then no more inspecter come to him.

I dont understand is this normal in china? I think is not ok. My kitchen
pass the check last year no problem, same equipment.

Park Ji-hoon
""", ("complaint", "yes", "a", DIC, "normal", "en", "typos"))

add(57, "ride-hail-driver-messages", "eml", "2026-11-23 01:12", "Maya Goldberg", "maya.goldberg@example.net",
    "A ride-hailing driver keeps messaging me after my trip", """
Hello,

I'm travelling alone and staying at a guesthouse near the South Gate. On
21 November I took a ride-hailing car from the train station. The driver
took a very long route (58 minutes for what my map said was 20) and
charged 146 yuan. I rated him one star and reported the route in the app.

Since then he has been sending me messages through the app's number and
then from his own phone: photos of the guesthouse entrance, "I know where
you stay", "foreign girl alone, be careful". Yesterday evening I think I
saw his car parked across the street. I'm scared to go out after dark now
and I still have five days here.

Can someone make this stop? The platform only sends automatic answers.
And if possible I'd like the overcharge refunded, but that matters much
less than the messages.

I have screenshots of everything.
Maya
+972 50 0000 731
""", ("demand", "yes", "c", TRANS, "normal", "en", "two-intents"))

add(58, "ancient-town-transport", "eml", "2026-10-03 19:44", "梁嘉欣", "kayan.leung@example.net",
    "請問去古鎮的交通及是否需要預約", """
你好！

我和朋友兩人從澳門過來，打算１０月６日去龍潭古鎮玩一天。想問：
（一）從高鐵站去古鎮，有沒有直達巴士？大概多久一班、幾點尾班？
（二）古鎮現在入場要不要網上預約？黃金週會不會限流？
（三）古鎮裏面可不可以用澳門或香港的電子支付？

唔該晒！
梁嘉欣
""", ("information", "no", "-", CULT, "normal", "zh", "fullwidth"))

add(59, "senior-card-foreigners", "json", "2026-11-29 11:05", "Robert Ellison", "r.ellison@example.com",
    "Senior discount card for foreign residents over 65", """
I am 74 and a long-term resident (permanent residence card since 2020). My Chinese neighbours my age get the senior card: free buses, cheaper park tickets, priority at clinics. When I asked at our community office I was told the card is "for hukou holders". Foreign permanent residents are supposed to be treated like citizens in most matters. I suggest the city open the senior card to foreign residents with permanent residence, or at least those over 65 who have lived here ten years or more. There are not many of us, the cost would be small, and it would mean a lot.
""", ("suggestion", "no", "-", CIVIL, "normal", "en", "-"),
    phone="+86 138 0000 6627", district="Wuhou")

add(60, "farewell-after-five-years", "html", "2026-11-30 16:45", "Isabelle Fournier", "isabelle.fournier@example.net",
    "Goodbye, and thank you", """
Dear Mayor,

After five years teaching at a secondary school here, I fly home to Lyon
next week. I wanted to write before I go.

When I arrived I couldn't order noodles. Now I can argue with a taxi
driver, I know which bakery opens earliest, and I have watched the riverbank
near my flat turn from a building site into a park full of dancing
grandmothers. Your city has been kind to me in a hundred small ways - the
neighbour who brought soup when I had flu, the bus drivers who waited while
I counted coins.

No request, no complaint. Just thank you. I hope to come back and visit.

Isabelle Fournier
""", ("information", "no", "-", NONE, "normal", "en", "-"))


# ---------------------------------------------------------------- writers

def crlf(s):
    return s.replace("\r\n", "\n").replace("\n", "\r\n")


def html_of(body):
    paras = [p for p in body.strip().split("\n\n")]
    out = []
    for p in paras:
        out.append("<p>" + "<br>\n".join(escape(x) for x in p.split("\n")) + "</p>")
    return "<html><head><meta charset=\"utf-8\"></head><body>\n" + "\n".join(out) + "\n</body></html>\n"


def enc_header(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def eml_text(d):
    dt = datetime.strptime(d["when"], "%Y-%m-%d %H:%M").replace(tzinfo=TZ)
    domain = d["addr"].split("@")[1]
    heads = [
        ("From", formataddr((d["name"], d["addr"]), charset="utf-8")),
        ("To", "mayor@city.example"),
        ("Subject", enc_header(d["subject"])),
        ("Date", format_datetime(dt)),
        ("Message-ID", "<%s-%03d.%s@%s>" % (W, d["n"], dt.strftime("%Y%m%d%H%M"), domain)),
        ("MIME-Version", "1.0"),
    ]
    body = d["body"]
    if d["kind"] == "eml":
        heads += [("Content-Type", "text/plain; charset=utf-8"),
                  ("Content-Transfer-Encoding", "8bit")]
        payload = body
    elif d["kind"] == "html":
        heads += [("Content-Type", "text/html; charset=utf-8"),
                  ("Content-Transfer-Encoding", "8bit")]
        payload = html_of(body)
    else:  # multipart/alternative
        b = "=_w42_alt_%03d" % d["n"]
        heads += [("Content-Type", 'multipart/alternative; boundary="%s"' % b)]
        payload = ("This is a multi-part message in MIME format.\n\n"
                   "--%s\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n%s\n"
                   "--%s\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n%s\n"
                   "--%s--\n") % (b, body, b, html_of(body), b)
    text = "".join("%s: %s\n" % h for h in heads) + "\n" + payload
    return crlf(text)


def json_text(d):
    dt = datetime.strptime(d["when"], "%Y-%m-%d %H:%M").replace(tzinfo=TZ)
    obj = {
        "id": "%s-%03d" % (W, d["n"]),
        "submitted_at": dt.isoformat(),
        "name": d["name"],
        "phone": d["phone"],
        "email": d["addr"],
        "anonymous": d["anonymous"],
        "title": d["subject"],
        "content": d["body"].strip(),
        "district": d["district"],
    }
    return json.dumps(obj, ensure_ascii=False, indent=2) + "\n"


def main():
    out = os.path.join(HERE, "letters")
    os.makedirs(out, exist_ok=True)
    for f in os.listdir(out):
        if f.startswith(W + "-"):
            os.remove(os.path.join(out, f))
    rows = ["path\tcategory\tconfidential\treason\tdepartment\tpriority\tlanguage\thard"]
    for d in sorted(L, key=lambda x: x["n"]):
        ext = "json" if d["kind"] == "json" else "eml"
        fname = "%s-%03d-%s.%s" % (W, d["n"], d["slug"], ext)
        data = json_text(d) if ext == "json" else eml_text(d)
        with open(os.path.join(out, fname), "w", encoding="utf-8", newline="") as fh:
            fh.write(data)
        rows.append("\t".join(["letters/" + fname] + list(d["labels"])))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(rows) + "\n")
    print("wrote %d letters" % len(L))


if __name__ == "__main__":
    main()
