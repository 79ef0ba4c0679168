#!/usr/bin/env python3
"""Writer w11: letters for mayorbox's judgement corpus (issue 11, round c).

Standard library only, deterministic. Run `python3 gen.py` to (re)write
letters/ and labels.tsv next to this file.
"""
import html
import json
import os
import shutil
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "letters")
TZ = timezone(timedelta(hours=8))
W = "w11"

# Each letter: n, slug, fmt (plain | html | alt | json), when, sender / form
# fields, text, and the labels:
#   cat, conf, reason, dept, prio, lang, hard
L = []


def add(**kw):
    L.append(kw)


# ---------------------------------------------------------------- 001
add(n=1, slug="residence-permit-new-address", fmt="plain", when="2026-09-02T10:14:00",
    frm=("Lena Hoffmann", "lena.hoffmann@uni-mail.example"),
    subject="Residence permit after moving out of the campus dorm",
    body="""Hello,

I'm a second-year exchange student at one of the universities in Qingshui
District (I'll keep the university's name out of it). My residence permit is
valid until next March, but next week I'm moving out of the dorm into a shared
flat near Laodong Road.

Do I have to report the new address, and how many days do I have? Someone in
my WeChat group says 24 hours, someone else says 10 days, and a third person
says the permit gets cancelled if you're late. Also, does the landlord have to
come with me, or is it enough to bring the lease contract and a copy of his ID?

I'd rather get it right the first time. Thanks a lot!

Lena Hoffmann
152 0000 3381
""",
    cat="consultation", conf="no", reason="-", dept="Public Security Bureau",
    prio="normal", lang="en", hard="-")

# ---------------------------------------------------------------- 002
add(n=2, slug="supplier-kept-deposit", fmt="plain", when="2026-10-09T08:41:00",
    frm=("Chukwuemeka Obi", "emeka.obi.trading@example.net"),
    subject="supplier collect my deposit and no deliver goods",
    body="""Good day sir/madam,

My name is Chukwuemeka Obi, i am trader from Lagos, i buy phone accesories and
small electronics in this city for export to Nigeria since 2019.

On 2 sept i pay 38,000 rmb deposit to one shop in Huaxing digital market, 3rd
floor shop 3-117, for 2000 pcs power bank. They promise delivery in 10 days.
Now is more than one month, the boss no pick my call again, the shop girl say
boss travel, come back next week, every week same story. I have the reciept
and wechat chat with the boss.

Please help me, this money is not only my own, my customers in Lagos already
pay me. I want the goods or my money back. The market managment office say is
not there matter, i dont know where else to go.

Thank you and God bless
Obi  +86 138 0000 7265
""",
    cat="demand", conf="no", reason="-", dept="Market Regulation Administration",
    prio="normal", lang="en", hard="typos")

# ---------------------------------------------------------------- 003
add(n=3, slug="landlord-registration-fee", fmt="plain", when="2026-09-04T21:03:00",
    frm=("Tomás Ferreira", "tferreira@mailbox.example"),
    subject="Question: can a landlord charge for police registration?",
    body="""Hi,

Quick legal question. My landlord (a private person, I rent one bedroom in his
apartment in Dongtang) says he will only do the accommodation registration for
me at the police station if I pay him an extra 300 yuan "handling fee".
Without the registration I can't renew my visa.

Is he allowed to charge this? Is the registration itself free? And can I go
to the police station by myself, or does the owner have to be there in person?

I'm not trying to get anyone in trouble, I just want to know where I stand
before I talk to him again.

Thank you,
Tomás
""",
    cat="consultation", conf="no", reason="-", dept="Public Security Bureau",
    prio="normal", lang="en", hard="-")

# ---------------------------------------------------------------- 004
add(n=4, slug="museum-hours-cruise", fmt="plain", when="2026-10-08T15:30:00",
    frm=("Margaret Doyle", "maggie.doyle@cruisemail.example"),
    subject="City History Museum on Wednesday 14 October - cruise passengers",
    body="""Dear Sir or Madam,

Our ship docks at the International Cruise Terminal on Wednesday 14 October
from 8 am until 5 pm, and a group of six of us would very much like to visit
the City History Museum.

Could you tell us whether the museum is open on Wednesdays, what the hours
are, and whether foreign visitors must book in advance with a passport number?
We would also be grateful to know whether there is a shuttle or a public bus
from the terminal, as we would rather not rely on the ship's excursions.

Kind regards,
Margaret Doyle (Mrs)
travelling from Cork, Ireland
""",
    cat="information", conf="no", reason="-", dept="Culture and Tourism Bureau",
    prio="normal", lang="en", hard="-")

# ---------------------------------------------------------------- 005
add(n=5, slug="contactless-cards-on-buses", fmt="plain", when="2026-09-07T11:22:00",
    frm=("Jules Marchetti", "jules@nomadlog.example"),
    subject="Suggestion: let foreign cards tap on buses and metro gates",
    body="""Hi there,

I've been working remotely from your city for two months (great coffee, great
people, slow VPN, but that's not your department).

One thing that would make life much easier for visitors: let buses and metro
gates accept foreign Visa/Mastercard contactless directly, like London or
Singapore. Right now I have to top up a transport card with cash at one
particular machine in the metro station, and half the buses don't take cash
anymore anyway. The payment apps work for me now, but lots of short-term
visitors give up halfway through the sign-up.

Even a simple tourist day pass sold at hotels and at the airport would help.

Just a thought from someone who likes it here.
Cheers,
Jules
""",
    cat="suggestion", conf="no", reason="-", dept="Transport Bureau",
    prio="normal", lang="en", hard="-")

# ---------------------------------------------------------------- 006
add(n=6, slug="gas-smell-stairwell", fmt="json", when="2026-11-18T19:47:00",
    name="Maricel Santos", phone="+86 135 0000 4420", email="",
    anonymous=False, title="gas smell in stairs",
    content="Strong gas smell at 4th floor staircase, Bldg 7 Meiyuan Garden. "
            "Neighbours not home. Please send someone now!!",
    district="Xiliu",
    cat="demand", conf="no", reason="-", dept="Emergency Management Bureau",
    prio="high", lang="en", hard="short")

# ---------------------------------------------------------------- 007
add(n=7, slug="appointment-system-adventures", fmt="plain", when="2026-09-10T17:05:00",
    frm=("Kevin Lam", "kevin.lam@hkmail.example"),
    subject="Congratulations on your online appointment system",
    body="""Dear Administrative Approval Bureau,

I would like to congratulate whoever designed the online appointment system
for the service hall. It is truly a work of art.

On Monday it told me there were no slots. On Tuesday there were slots, but the
"Confirm" button gave me a blank page. On Wednesday it confirmed my booking and
sent me an SMS, and when I got to the hall the ticket machine said I had no
booking at all. Three days, three different adventures. Wonderful training in
patience.

Seriously, though: I have now lost three half-days of work trying to renew a
simple permit. Nobody at the hall was rude; the staff just shrugged and said
the system is "being upgraded" and I should try online again. Please fix it,
or at least let people take a paper number when the system fails.

Kevin Lam
Tel: 139-0000-2218
""",
    cat="complaint", conf="no", reason="-", dept="Administrative Approval Bureau",
    prio="normal", lang="en", hard="sarcasm")

# ---------------------------------------------------------------- 008
add(n=8, slug="foreign-marriage-registration", fmt="plain", when="2026-09-12T09:18:00",
    frm=("周雨桐", "zhou.yutong@example.com"),
    subject="与外籍男友登记结婚需要准备哪些材料？",
    body="""您好！

我是本市户籍，男朋友是加拿大籍，目前在本市工作。我们打算明年春节前登记结婚，想咨询几个问题：
1. 涉外婚姻登记是不是只能去市里的婚姻登记处，区里能不能办？
2. 他需要提供的无婚姻状况证明，是要在加拿大公证后再认证，还是可以在驻华使领馆开具？
3. 护照的中文翻译件需要找指定的翻译公司吗？

网上说法很多，怕跑冤枉路，麻烦告知，谢谢！

周女士　177 0000 6032
""",
    cat="consultation", conf="no", reason="-", dept="Civil Affairs Bureau",
    prio="normal", lang="zh", hard="-")

# ---------------------------------------------------------------- 009
add(n=9, slug="two-months-salary-unpaid", fmt="plain", when="2026-10-14T22:36:00",
    frm=("Arjun Raghavan", "arjun.raghavan@techpost.example"),
    subject="Salary for August and September not paid",
    body="""Dear Sir/Madam,

I am an Indian software engineer working for a software outsourcing company in
the Binjiang tech park since 2024. I hold a work permit and a residence permit
through this company.

Our salaries for August and September have not been paid. The HR manager keeps
saying "next week, the client has not paid us yet". There are about 40 of us in
the same situation, Chinese and foreign colleagues both. I can send the company
name, my contract and my bank statements on request; my phone is 187 0000 5914.

My situation is a little different from my Chinese colleagues'. My work permit
is tied to this employer, and last month the HR manager mentioned to me, in a
very friendly way, that "people who make trouble usually find their permits are
not renewed". My renewal is due in January. My wife and daughter are here on
dependant visas.

Could your bureau tell me how a foreign employee can claim unpaid wages, and
please help us get the two months paid.

Regards,
Arjun Raghavan
""",
    cat="demand", conf="yes", reason="c", dept="Human Resources and Social Security Bureau",
    prio="normal", lang="en", hard="indirect")

# ---------------------------------------------------------------- 010
add(n=10, slug="thanks-traffic-officer", fmt="plain", when="2026-09-15T14:02:00",
    frm=("Graham Whitlock", "g.whitlock@bigpond.example"),
    subject="A thank you to Officer Liu of the traffic police",
    body="""To whom it may concern,

I am a 71-year-old Australian retiree living with my daughter's family in your
city. Last Thursday afternoon I had a minor bump with a delivery scooter at the
crossing near the Jinhe Road bridge. Nobody was hurt, but I was shaken, and my
Mandarin stops at "thank you" and "how much".

A traffic police officer (badge ending 0417, I believe his name is Officer Liu)
took charge calmly, used a translation app on his phone to explain everything
to me, rang my daughter, and made sure the young rider and I exchanged details
fairly. He even walked me to a bench and fetched me a bottle of water.

I would be grateful if this could be passed on to his superiors. He was a
credit to your city.

Yours faithfully,
Graham Whitlock
""",
    cat="information", conf="no", reason="-", dept="Public Security Bureau",
    prio="normal", lang="en", hard="-")

# ---------------------------------------------------------------- 011
add(n=11, slug="er-doctor-turned-us-away", fmt="plain", when="2026-09-21T08:55:00",
    frm=("Sophie Laurent", "sophie.laurent@example.org"),
    subject="Turned away at the emergency department, night of 19 September",
    body="""Dear Mayor's Office,

On the night of 19 September, at about 1 a.m., I took my husband to the
emergency department of the First People's Hospital on Chenguang Avenue with
severe abdominal pain. I showed his passport and said we would pay in cash.

The doctor at the triage desk, a man in his forties with glasses, name tag
"Dr. Fang", looked at the passport, said "no ID card, no registration" and waved
us away. When I asked in my slow Mandarin whether someone could at least examine
him, he repeated my sentence to the nurse in a mocking voice and they both
laughed. We waited another forty minutes in the corridor until a younger doctor
from another room noticed us by chance and admitted my husband. It was
appendicitis; he had surgery the next morning.

I am very grateful to the second doctor. But I want the hospital to look into
how Dr. Fang treated us. A sick person should not be sent away because of the
passport he holds.

Sophie Laurent
+86 158 0000 2047
""",
    cat="complaint", conf="yes", reason="a", dept="Health Commission",
    prio="normal", lang="en", hard="-")

# ---------------------------------------------------------------- 012
add(n=12, slug="english-option-hotline", fmt="html", when="2026-09-23T12:40:00",
    frm=("Vivian Wong", "vivian.wong@hkfirm.example"),
    subject="Suggestion: an English option for 12345",
    body="""Hi,

I'm a HK accountant working here on a two-year 派驻 assignment, and I've called
12345 twice. Both times the 接线员 was polite, but once she realised my 普通话
is not great, the call turned into a lot of "喂？喂？" and ended with "please
ask a Chinese friend to call". Not her fault at all.

Suggestion: add an English (and maybe 粵語) option in the voice menu, even if it
only goes to one or two staff who speak English during office hours. A WeChat
mini-program form in English would work too. Most expats I know would rather
type than call anyway.

Thanks 🙏
Vivian Wong
+86 136 0000 8812
""",
    cat="suggestion", conf="no", reason="-", dept="Municipal Government Office",
    prio="normal", lang="en", hard="mixed")

# ---------------------------------------------------------------- 013
add(n=13, slug="grid-connection-delay", fmt="plain", when="2026-09-24T10:05:00",
    frm=("Mikkel Sørensen", "mikkel@coldbrewlabs.example"),
    subject="Request for help: power connection for our workshop delayed 3 months",
    body="""Dear Commerce and Investment Promotion Bureau,

I am the founder of a small hardware startup (12 employees, a Danish-Chinese
joint venture) that moved into the Yunhu industrial park in June, after your
team kindly helped us through registration.

Our production line has been installed since July, but the park's power
capacity upgrade that we were promised for August still hasn't happened. We
are running prototypes on a rented generator at roughly four times the normal
cost, and a customer in Germany is waiting for our first batch of 500 units.

The park management says it is waiting for the power supply company; the power
supply company says the park hasn't submitted the right paperwork. We are
stuck in the middle and don't know who can actually move this forward.

Could someone coordinate between the park and the power company and give us a
realistic date? I am happy to come to a meeting at any time.

Best regards,
Mikkel Sørensen, CEO
Tel. 131 0000 7750
""",
    cat="demand", conf="no", reason="-", dept="Commerce and Investment Promotion Bureau",
    prio="normal", lang="en", hard="-")

# ---------------------------------------------------------------- 014
add(n=14, slug="iit-education-deduction", fmt="alt", when="2026-09-25T16:48:00",
    frm=("Tan Wei Ming", "weiming.tan@sgmail.example"),
    subject="IIT annual reconciliation for a foreign employee",
    body="""Hello,

I'm a Singaporean working here on a local contract since January. HR tells me
I must do the individual income tax annual reconciliation myself next spring
through the app, and that I can choose between the special additional
deductions (children's education, housing rent) and the tax-exempt allowances
for foreigners for housing and school fees.

Two questions:
1. Can I claim the children's education deduction for my two kids at an
   international school here, or only for Chinese schools?
2. If I choose the allowance route instead, who keeps the original fapiao from
   the school, my employer or me?

I'd like to decide before December, because HR sets up next year's payroll
then. Thank you.

Tan Wei Ming
""",
    cat="consultation", conf="no", reason="-", dept="Taxation Bureau",
    prio="normal", lang="en", hard="-")

# ---------------------------------------------------------------- 015
add(n=15, slug="class-teacher-shopping-cards", fmt="plain", when="2026-09-27T20:12:00",
    frm=("Hannah Becker", "h.becker@familypost.example"),
    subject="Concern about my son's class teacher (Grade 3)",
    body="""Dear Sir or Madam,

My husband works at a consulate here and our son is in Grade 3 at a public
primary school in the Nanhu area, in a class with mostly local children. I did
not know whether to write this, but other parents tell me it is not the first
year.

Before Teachers' Day the class teacher posted this in the parents' WeChat
group (my translation, the original is in Chinese):

> Dear parents, Teachers' Day is coming and some of you have asked what is
> appropriate. I will not say anything, but the shopping cards from Wanjia
> Mall are very practical. Parents who wish to discuss their child's seat or
> the class monitor election can find me after school.

Two weeks later the seating plan changed. The children of the parents who
"found her after school" are now in the first two rows. My son, who is
short-sighted, was moved to the last row. When I asked about his eyesight, she
told me her weekend tutoring class "still has places" and that it would "help
his position in class".

I have screenshots of the group messages. I would like the school's management
to look into this. I would prefer that my son not suffer because I wrote.

Hannah Becker
""",
    cat="complaint", conf="yes", reason="a", dept="Education Bureau",
    prio="normal", lang="en", hard="quoted")

# ---------------------------------------------------------------- 016
add(n=16, slug="marathon-rain", fmt="plain", when="2026-11-05T07:31:00",
    frm=("Ryan Cho", "ryanc@example.net"),
    subject="rain on sunday?",
    body="""Hi, running the city marathon this Sunday 8 Nov. Is rain forecast for the morning? Thanks!
""",
    cat="information", conf="no", reason="-", dept="Meteorological Bureau",
    prio="normal", lang="en", hard="short")

# ---------------------------------------------------------------- 017
add(n=17, slug="guixiang-lift-broken", fmt="plain", when="2026-10-26T09:02:00",
    frm=("刘建国", "liujg1958@example.com"),
    subject="桂香小区3栋电梯停运一个多月无人维修",
    body="""市长您好：

我是桂香小区3栋的住户，今年六十八岁。我们这栋楼有十八层，电梯从九月二十号左右坏了，到现在一个多月了。

物业说电梯维保合同到期了，要业主再交一笔维修费才肯修，业委会和物业互相推，谁也不管。楼里住着好几位腿脚不便的老人，我老伴膝盖做过手术，住在十四楼，现在基本出不了门，买菜都靠邻居帮忙带上来。

请政府帮忙协调一下，尽快把电梯修好。

刘建国
联系电话：13900001486
""",
    cat="demand", conf="no", reason="-", dept="Housing and Urban-Rural Development Bureau",
    prio="normal", lang="zh", hard="-")

# ---------------------------------------------------------------- 018
add(n=18, slug="service-hall-three-hours", fmt="plain", when="2026-10-13T15:26:00",
    frm=("Ana Paula Ribeiro", "anapaula.ribeiro@example.com"),
    subject="Three hours at the government service hall, two windows open",
    body="""Good afternoon,

I'd like to raise a concern about the main government service hall this
morning, Tuesday 13 October. I arrived at 9:10, took number A187 for
foreigner-related matters, and was served at 12:20.

Of the twelve windows in that section, two were open the whole morning. The
other ten had "temporarily closed" signs and nobody behind them. There was no
screen showing the expected waiting time, and the staff at the information
desk, who were perfectly friendly, said they didn't know when more windows
would open.

I understand staffing is tight right after the holiday. But a three-hour wait
for a five-minute document check is not a good advertisement for the city's
business environment. Could the hall publish waiting times online, or open
more windows on the busy days after public holidays?

Ana Paula Ribeiro
186-0000-3327
""",
    cat="complaint", conf="no", reason="-", dept="Municipal Government Office",
    prio="normal", lang="en", hard="-")

# ---------------------------------------------------------------- 019
add(n=19, slug="nanny-passport-and-salary", fmt="plain", when="2026-10-18T23:14:00",
    frm=("Rowena Dizon", "rowena.dizon82@example.net"),
    subject="help pls my employer keep my passport and salary",
    body="""Hello good day po,

Im Rowena Dizon from Philippines, i work as nanny and helper for one family in
Lanting Villa since last year march. My employer madam keep my passport since i
arrive, she say is for safe keeping. Last 3 month she pay only half salary, she
say the rest she give when contract finish. I ask the passport for renew my
visa, she say not now, wait wait.

I dont want make big problem, i love the kids i take care. I just want my
passport and my complete salary. I write my real name and number because i
need answer, but i am scared if madam find out she will send me back home and
my family in Pampanga depend on me.

Please tell me what i can do.
Rowena  150 0000 6673
""",
    cat="demand", conf="yes", reason="c", dept="Human Resources and Social Security Bureau",
    prio="normal", lang="en", hard="typos")

# ---------------------------------------------------------------- 020
add(n=20, slug="visa-free-transit-travel", fmt="json", when="2026-09-29T13:20:00",
    name="Peter Novak", phone="", email="peter.novak@travelmail.example",
    anonymous=False, title="Visa-free transit - can I visit another province?",
    content="Hello, I am a Czech citizen flying from Prague to Seoul with a "
            "stopover in your city, and I plan to use the visa-free transit "
            "to stay 5 days. Am I allowed to take the high-speed train to the "
            "neighbouring province during that time, or must I stay inside "
            "the permitted area? Do I need to register at a police station "
            "myself, or does the hotel do it? And does my onward ticket have "
            "to be with the same airline? Thank you in advance.",
    district="",
    cat="consultation", conf="no", reason="-", dept="Public Security Bureau",
    prio="normal", lang="en", hard="-")

# ---------------------------------------------------------------- 021
add(n=21, slug="binhe-park-water-signs", fmt="plain", when="2026-09-30T18:09:00",
    frm=("许嘉敏", "jiamin.xu@example.org"),
    subject="关于滨河公园增设直饮水点和双语标识的建议",
    body="""您好，

我每周末带孩子在滨河公园跑步，经常遇到外国游客问路。提几点小建议：
一、园内指示牌增加英文。目前只有正门一块总平面图有英文，里面各个岔路口完全没有；
二、沿跑道增设几处直饮水点，夏天跑完步只能去门口小卖部买水，价格也偏高；
三、公厕的指引标识再醒目一些，晚上基本看不清。

供参考，谢谢。
许嘉敏
""",
    cat="suggestion", conf="no", reason="-", dept="Urban Management Bureau",
    prio="normal", lang="zh", hard="-")

# ---------------------------------------------------------------- 022
add(n=22, slug="checkpoint-cash", fmt="plain", when="2026-09-30T08:27:00",
    frm=("Rohit Menon", "rohit.menon@example.com"),
    subject="What I saw at the checkpoint on Guanlan Road, 28 September",
    body="""Respected Sir/Madam,

On 28 September around 11:30 pm I was a passenger in a ride-hailing car coming
home from the airport. At the checkpoint on Guanlan Road near the toll gate, a
traffic police officer stopped us. There was some problem with the driver's
licence, I understood that much.

The officer took the driver a few steps away, next to the police car. I saw
the driver take out his phone, and the officer shook his head and pointed at
the driver's wallet. The driver gave him cash, several hundred-yuan notes I
think. No ticket, no paper. Then we drove on. The driver said to me in English
"China, you know" and laughed, but he was not happy.

The police car's number ended in 37; the officer was tall, with a moustache,
and working alone. I did not take photos because I was scared.

I am an IT engineer and I live here legally. I believe in the rules and I
thought you should know.

Rohit Menon
""",
    cat="complaint", conf="yes", reason="a", dept="Discipline Inspection Commission",
    prio="normal", lang="en", hard="-")

# ---------------------------------------------------------------- 023
add(n=23, slug="live-cables-school-path", fmt="plain", when="2026-10-25T21:18:00",
    frm=("Claire Dubois", "claire.dubois@example.net"),
    subject="URGENT: live cables on the footpath by a construction site, children walk past",
    body="""This is urgent.

Next to the construction site at the corner of Shuangjing Street and Xinmin
Lane (the new residential towers; the board on the fence says "Hongtai
Construction"), electric cables are hanging from the site fence down onto the
footpath. Since this afternoon's rain one of them is lying in a puddle. This
footpath is the way to the primary school, and about two hundred children walk
past at 7:30 every morning. A dog yelped and jumped away from that puddle this
evening.

I told the site guard. He said the electrician comes on Tuesday. It is Sunday
night.

Please send someone tonight or first thing tomorrow, before the children go to
school.

Claire Dubois, mother of two
134 0000 9921
""",
    cat="demand", conf="no", reason="-", dept="Housing and Urban-Rural Development Bureau",
    prio="high", lang="en", hard="-")

# ---------------------------------------------------------------- 024
add(n=24, slug="legal-aid-address", fmt="plain", when="2026-10-02T11:50:00",
    frm=("Olga Petrenko", "olga.petrenko@example.org"),
    subject="Address of the legal aid centre, English speaking?",
    body="""Hello,

Could you please tell me the address and opening hours of the city legal aid
centre? I would also like to know whether anyone there speaks English or
Russian, or if I should bring my own interpreter. It's about a rental
contract.

Thank you,
Olga
""",
    cat="information", conf="no", reason="-", dept="Justice Bureau",
    prio="normal", lang="en", hard="-")

# ---------------------------------------------------------------- 025
add(n=25, slug="pile-driving-at-night", fmt="plain", when="2026-10-20T02:47:00",
    frm=("Liam O'Connor", "liam.oconnor@example.com"),
    subject="Pile driving at 2 am - and while I'm at it, a dead streetlight",
    body="""Hi,

I live in Block 5 of Lushan Residences. For nine nights now the metro
construction site across the road has been running a pile driver and concrete
trucks from around midnight until 4 am. The bangs shake our windows. My wife
is six months pregnant and neither of us has slept more than four hours in a
row this week. The notice on the site fence says working hours are 7:00 to
22:00, and nobody at the site will talk to us at night.

Please get them to stop working at night, or at least to show residents a
night-work permit if they really have one.

Second, smaller thing: the streetlight outside the east gate of our compound
has been out since August and the path is pitch dark. If you could pass that
on to whoever handles lights, thanks.

Liam O'Connor
+86 139 0000 6105
""",
    cat="demand", conf="no", reason="-", dept="Ecology and Environment Bureau",
    prio="normal", lang="en", hard="two-intents")

# ---------------------------------------------------------------- 026
add(n=26, slug="apparently-satisfied", fmt="plain", when="2026-10-22T10:33:00",
    frm=("Shirley Ng", "shirley.ng@example.net"),
    subject="Apparently I'm \"satisfied\"",
    body="""Dear 12345,

Great news: according to the text message I got yesterday, my case about the
blocked drain outside my shop has been "handled" and I am "satisfied". I must
have been very satisfied in my sleep, because nobody called me, nobody came,
and the drain is still blocked.

This is my fourth case number for the same drain since August. Every time:
case accepted, case transferred, case closed. The drain, sadly, doesn't read
SMS.

I'm not blaming the girls on the phone, they are always polite. But something
in your system lets cases be closed without anybody checking. Please look into
why that happens, and reopen case 2026-08-14-3321 properly.

Shirley Ng, Dapeng Road
182 0000 4473
""",
    cat="complaint", conf="no", reason="-", dept="Municipal Government Office",
    prio="normal", lang="en", hard="sarcasm")

# ---------------------------------------------------------------- 027
add(n=27, slug="register-trading-company", fmt="json", when="2026-10-03T09:12:00",
    name="Ngozi Eze", phone="+86 176 0000 2290", email="ngozi.eze@example.com",
    anonymous=False, title="how to open my own trading company",
    content="Good morning. I am Nigerian business woman, i have been buying hair "
            "products and fabrics here for 5 years through agent. Now i want to "
            "register my own small trading company here so i can export by "
            "myself and not pay agent again. Please what documents i need for "
            "the business licence, is it must to have chinese partner, and how "
            "much registered capital is need? Also can i use my apartment "
            "address as company adress or it must be office. Thank you ma/sir.",
    district="Yuelai",
    cat="consultation", conf="no", reason="-", dept="Market Regulation Administration",
    prio="normal", lang="en", hard="typos")

# ---------------------------------------------------------------- 028
add(n=28, slug="xiawan-contract-land", fmt="plain", when="2026-10-05T20:40:00",
    frm=("一个村民", "cunmin2026@example.net"),
    subject="反映下湾村承包地被占用建厂房的问题",
    body="""领导您好：

我是石桥镇下湾村的村民。我家有两亩多承包地，土地承包经营权证上写得清清楚楚。今年七月，有个老板带人把我家地推平了，盖起了铁皮厂房，说是他租来的。可我们家从来没签过任何流转合同，一分钱租金也没拿到。我们去找他，他让我们拿出证据，后来干脆不见人。

这个老板是村主任的堂弟，村里人都知道。这封信我不能留名字，家里就剩两个老人在村里住，我常年在外地打工，万一让人知道是我们家写的，老人以后在村里日子不好过。

请上面派人来看看这块地，把地还给我们。
""",
    cat="demand", conf="yes", reason="b", dept="Agriculture and Rural Affairs Bureau",
    prio="normal", lang="zh", hard="-")

# ---------------------------------------------------------------- 029
add(n=29, slug="airport-bus-old-town", fmt="json", when="2026-10-28T06:55:00",
    name="Beverley Hastings", phone="", email="bev.hastings@ozmail.example",
    anonymous=False, title="Airport bus to the Old Town & seniors' fares",
    content="G'day. My husband and I (both 74) arrive on 3 November at about "
            "4 pm and we're staying near the drum tower in the Old Town. Is "
            "there an airport shuttle bus that goes that way, where do we catch "
            "it, and how much is it? We read somewhere that over-65s ride city "
            "buses free. Does that apply to foreign pensioners with a passport, "
            "or only to local residents? Cheers, Bev",
    district="Old Town",
    cat="information", conf="no", reason="-", dept="Transport Bureau",
    prio="normal", lang="en", hard="-")

# ---------------------------------------------------------------- 030
add(n=30, slug="cafe-inspections", fmt="plain", when="2026-10-07T16:16:00",
    frm=("Isabel Moreno", "isabel@moreno-cafe.example"),
    subject="A question about the inspections at our café",
    body="""Dear Sir or Madam,

My partner and I opened a small café in the Xiangyun old streets last year.
We have our licences, we have passed every inspection, and we were glad for
the food safety officers to come; we want to do things properly.

Since the spring, one inspector from the district office has been visiting
about once a month. Always the same man, a bit older, usually alone. Every
visit he looks around, says things are basically fine, then mentions that his
wife's company supplies coffee beans and milk to "many cafés on this street"
and leaves her card.

In May we said thank you, we already have a supplier. In June he found
"problems" with our fridge temperature log. In July, with the sink. In August
we started buying milk from his wife's company. Since then, no problems at all.

I don't know how things work here and perhaps I am misunderstanding something.
I would just like someone to look at whether this is normal.

Isabel Moreno
137 0000 5286
""",
    cat="complaint", conf="yes", reason="a", dept="Discipline Inspection Commission",
    prio="normal", lang="en", hard="indirect")

# ---------------------------------------------------------------- 031
add(n=31, slug="library-hours-graded-readers", fmt="alt", when="2026-10-10T12:00:00",
    frm=("Rebecca Milne", "rmilne.teach@example.org"),
    subject="Suggestion for the municipal library: later hours and graded readers",
    body="""Dear Culture and Tourism Bureau,

I teach English at a vocational college and often send my students to the
municipal library on Wenhua Road. Two suggestions, from a teacher and a regular
user:

1. Keep the reading rooms open until 9 pm on weekdays. They currently close at
   6, which is exactly when working adults and students with evening classes
   could come.

2. Add a shelf of graded English readers sorted by level. The present English
   section is mostly old novels and technical manuals, far too difficult for
   most learners, so they never borrow anything from it.

I would be happy to help choose titles, free of charge, if that is useful.

Best wishes,
Rebecca Milne
""",
    cat="suggestion", conf="no", reason="-", dept="Culture and Tourism Bureau",
    prio="normal", lang="en", hard="-")

# ---------------------------------------------------------------- 032
add(n=32, slug="brown-tap-water", fmt="alt", when="2026-10-13T07:42:00",
    frm=("Daniel Kowalski", "d.kowalski@example.net"),
    subject="Brown tap water for three days - Tianyu Apartments",
    body="""Hello,

Since Saturday morning the tap water in our apartment (Tianyu Apartments,
Building 2, 11th floor) comes out yellow-brown for the first minute or two and
smells metallic even after it runs clear. Our neighbours on the 6th and 15th
floors have the same.

The property management says the water company did pipe work on the street and
it's "not their problem". The water company's hotline gave me a reference
number and nobody has called back.

We have a baby at home and are using bottled water for everything, including
her bath. Could you please send someone to test the water, tell us whether it
is safe, and fix whatever is causing it?

Thanks,
Daniel Kowalski
+86 152 0000 7734
""",
    cat="demand", conf="no", reason="-", dept="Water Affairs Bureau",
    prio="normal", lang="en", hard="-")

# ---------------------------------------------------------------- 033
add(n=33, slug="hk-resident-medical-insurance", fmt="plain", when="2026-10-15T13:37:00",
    frm=("Jacky Leung", "jacky.leung@example.com"),
    subject="医保 question for a HK resident working here",
    body="""Hi,

I'm from Hong Kong, working for a logistics company here since last year. My
company pays 社保 for me, including 医保, and I got my 社保卡 in May.

Two questions:
1) If I see a doctor in Shenzhen or Guangzhou on a business trip, can I use the
   card directly there (异地就医直接结算), or do I pay first and claim back
   later? Do I need to do 备案 first?
2) Can my wife, a HK resident who isn't working, be covered under my 医保 as a
   dependant?

The HR lady said "should be ok" to both, which is not very reassuring lol.
Thanks!

Jacky
""",
    cat="consultation", conf="no", reason="-", dept="Healthcare Security Bureau",
    prio="normal", lang="en", hard="mixed")

# ---------------------------------------------------------------- 034
add(n=34, slug="songling-window-threw-papers", fmt="plain", when="2026-10-12T14:25:00",
    frm=("陈静", "chenjing_hz@example.org"),
    subject="反映松岭街道便民服务中心窗口工作人员态度问题",
    body="""尊敬的领导：

本人于２０２６年１０月１２日上午１０点左右，到松岭街道便民服务中心办理居住证明。窗口是一位三十岁左右的女工作人员（工号牌上写着０３号）。

我把材料递过去，她翻了两页就说缺房东身份证复印件。我解释房东在国外，已经带了租房合同和房东签字的授权书——她没等我说完，就把材料从窗口扔了出来，散了一地，还说：“听不懂就别来办！！”后面排队的人都看着我……

材料是按照网上公布的清单准备的。希望领导调查一下，也希望这位工作人员端正服务态度。

陈静
１３８－００００－２６５９
""",
    cat="complaint", conf="yes", reason="a", dept="Municipal Government Office",
    prio="normal", lang="zh", hard="fullwidth")

# ---------------------------------------------------------------- 035
add(n=35, slug="thanks-12345", fmt="plain", when="2026-10-16T21:05:00",
    frm=("黄思远", "siyuan.huang@example.com"),
    subject="感谢12345",
    body="""你好，

上个月我打电话反映小区门口一段路灯不亮，没想到三天就修好了，后来还有工作人员打电话回访。平时工作基本都用英文，中文写得不太好，但还是想写几句表示感谢。大家辛苦了！

黄思远
""",
    cat="information", conf="no", reason="-", dept="none",
    prio="normal", lang="zh", hard="-")

# ---------------------------------------------------------------- 036
add(n=36, slug="hotpot-oil-storm-drain", fmt="json", when="2026-10-17T23:58:00",
    name="", phone="", email="", anonymous=True,
    title="Restaurant pouring waste oil into the storm drain",
    content="Every night after 11 pm, kitchen staff from the hotpot restaurant "
            "at the corner of Yinxing Road and Baita Street carry buckets out "
            "of the back door and pour waste oil and leftover soup straight "
            "into the rainwater drain on the pavement. The whole lane smells, "
            "and the drain runs into the little canal behind the primary "
            "school, where you can see an oily film on the water. I live in "
            "the building above and they know all the neighbours, so I ticked "
            "anonymous. Please check at night, not in the daytime when they "
            "are careful.",
    district="Baita",
    cat="demand", conf="yes", reason="b", dept="Ecology and Environment Bureau",
    prio="normal", lang="en", hard="-")

# ---------------------------------------------------------------- 037
add(n=37, slug="consular-spouse-part-time-job", fmt="plain", when="2026-10-19T10:10:00",
    frm=("Charlotte Evans", "charlotte.evans@example.org"),
    subject="Can a consular officer's spouse take a part-time job?",
    body="""Dear Sir/Madam,

My husband is posted to a consulate-general in the city and I hold a
dependant's residence permit. I have been offered a part-time position
teaching art at a private international school, about ten hours a week.

Before I say yes, I would like to understand the rules. Can a spouse on a
consular dependant's permit apply for a work permit at all? If so, does the
school apply on my behalf? Would my permit type have to change, and could
this affect my husband's status in any way?

I would be grateful for the name of the office that handles this, or a link to
official guidance in English.

With thanks,
Charlotte Evans
""",
    cat="consultation", conf="no", reason="-", dept="Human Resources and Social Security Bureau",
    prio="normal", lang="en", hard="-")

# ---------------------------------------------------------------- 038
add(n=38, slug="long-names-registration-form", fmt="plain", when="2026-10-21T09:44:00",
    frm=("Maria Clara Oliveira", "mcoliveira@example.net"),
    subject="Suggestion: let the accommodation registration form accept long names",
    body="""Hello,

A practical suggestion about the online accommodation registration for
foreigners. The name field only accepts 20 characters and no spaces, so my
full passport name (Maria Clara dos Santos Oliveira) cannot be entered as it
appears in my passport. I had to type MARIACLARADOSSANT, and the hotel later
found a mismatch with my visa record, which cost me an afternoon at the police
station to sort out. Three colleagues from Brazil and India have had the same
problem.

Could the form allow at least 50 characters including spaces, with separate
fields for surname and given names like the visa application has? It looks
like a small change that would save a lot of people a lot of time.

Thank you,
Maria Clara Oliveira
""",
    cat="suggestion", conf="no", reason="-", dept="Public Security Bureau",
    prio="normal", lang="en", hard="-")

# ---------------------------------------------------------------- 039
add(n=39, slug="twelve-hour-days", fmt="plain", when="2026-10-23T22:51:00",
    frm=("Engineers at Xinghai", "xinghai.devs@example.com"),
    subject="12-hour days, 6 days a week, no overtime pay",
    body="""Dear Human Resources and Social Security Bureau,

We are a group of software engineers, Chinese and foreign, at a game company in
the Xinghai Science Park. Since the summer the company requires everyone to be
in the office from 9 am to 9 pm, Monday to Saturday. Our contracts say 40 hours
a week. Overtime is not paid and cannot be taken as time off. Anyone who leaves
at 6 is marked "low commitment" in the performance review.

Several of us have small children, and two colleagues have been to hospital
this autumn with exhaustion.

We would like the bureau to check the company's working hours and overtime
records. We will give the company's name and address if you reply to this
mailbox. Please do not contact anyone in the team directly, and do not let the
company know the report came from inside. We all still work there and need
these jobs.

Thank you.
""",
    cat="demand", conf="yes", reason="b", dept="Human Resources and Social Security Bureau",
    prio="normal", lang="en", hard="-")

# ---------------------------------------------------------------- 040
add(n=40, slug="english-desk-for-founders", fmt="html", when="2026-10-24T15:15:00",
    frm=("Aisha Rahman", "aisha@brightloop.example"),
    subject="An English help desk for foreign founders (and a question)",
    body="""Dear Commerce and Investment Promotion Bureau,

I founded a small ed-tech company here 18 months ago. Setting it up was
possible, but mostly thanks to friends translating for me.

A suggestion: open an English-language help desk, even two afternoons a week,
where foreign founders can ask about company registration, bank accounts,
hiring and tax in one place, instead of visiting four offices with a
translation app. A simple bilingual checklist on your website would already
go a long way.

Also, unrelated: is there an SME subsidy for startups renting space in a
certified incubator, and where can I find the application rules?

Kind regards,
Aisha Rahman
Founder, BrightLoop
135-0000-4418
""",
    cat="suggestion", conf="no", reason="-", dept="Commerce and Investment Promotion Bureau",
    prio="normal", lang="en", hard="two-intents")

# ---------------------------------------------------------------- 041
add(n=41, slug="museum-holiday-booking", fmt="json", when="2026-09-28T12:06:00",
    name="马", phone="", email="", anonymous=False,
    title="国庆博物馆要预约吗",
    content="请问国庆假期市博物馆需要提前预约吗？几点开门？",
    district="",
    cat="information", conf="no", reason="-", dept="Culture and Tourism Bureau",
    prio="normal", lang="zh", hard="short")

# ---------------------------------------------------------------- 042
add(n=42, slug="ward-6b-iv-unattended", fmt="plain", when="2026-11-11T08:20:00",
    frm=("Zhang Lei", "zhang.lei@corpmail.example"),
    subject="Night nurse on Ward 6B left my father's IV unattended",
    body="""To the Health Commission,

My father, 79, was admitted to the Central Municipal Hospital, cardiology ward
6B, bed 14, on 2 November. I'm writing in English because that's what I write
in all day at work, sorry.

On the night of 4 November his IV bag ran empty, the line backed up with blood,
and his left hand swelled badly from fluid leaking under the skin. I pressed
the call button three times in twenty minutes. When I went to the nurses'
station, the night nurse, the one with short hair who was on duty alone that
night, was sitting there playing a game on her phone with the sound on. She
said "coming, coming" and finished her game first. Another ten minutes. When
she finally came she pulled the needle out roughly and told my father not to
"make a fuss at his age".

His hand is still bruised a week later. I'd like the hospital to find out who
was on duty and deal with it properly. I'm not looking for money.

Zhang Lei
181 0000 3692
""",
    cat="complaint", conf="yes", reason="a", dept="Health Commission",
    prio="normal", lang="en", hard="-")

# ---------------------------------------------------------------- 043
add(n=43, slug="hole-at-hongqiao-bus-stop", fmt="plain", when="2026-11-02T10:58:00",
    frm=("Doug Fraser", "dougie.fraser@example.com"),
    subject="Hole in the road at the Hongqiao Market bus stop",
    body="""Hello,

I'm an Australian retiree, living here with my Chinese wife for three years
now. At the bus stop outside Hongqiao Market (the one for the 26 and the 41)
there's a big hole in the road surface right where the bus pulls in, about a
metre wide and deep enough to lose a shoe in. Passengers step off the bus
straight into it, and when it rains you can't see it at all. Last week an old
lady went down hard and needed two people to help her up. I nearly did the
same.

Could someone please fix it before somebody breaks a hip?

Also, while I have you: my wife says I can get a seniors' bus card. Can a
foreigner with a permanent residence card apply, and where?

Cheers,
Doug Fraser
133 0000 8047
""",
    cat="demand", conf="no", reason="-", dept="Transport Bureau",
    prio="normal", lang="en", hard="two-intents")

# ---------------------------------------------------------------- 044
add(n=44, slug="register-at-friends-flat", fmt="json", when="2026-11-06T18:30:00",
    name="Sam", phone="", email="sam.k@example.org", anonymous=False,
    title="Staying at a friend's flat - register?",
    content="Staying 4 nights at a friend's flat, not a hotel. Do I have to "
            "register with the police, and within how long?",
    district="",
    cat="consultation", conf="no", reason="-", dept="Public Security Bureau",
    prio="normal", lang="en", hard="short")

# ---------------------------------------------------------------- 045
add(n=45, slug="compulsory-canteen-lunch", fmt="plain", when="2026-11-09T21:44:00",
    frm=("A Grade 8 parent", "taoyuan.parent@example.net"),
    subject="Compulsory canteen lunch at a public middle school",
    body="""Dear Education Bureau,

I am the mother of a Grade 8 student at a public middle school in the Taoyuan
area (I can tell you the school's name if someone contacts me by e-mail).

Since September the school has made canteen lunch compulsory, 18 yuan a day,
paid in advance for the whole semester. The food is often cold and the
portions small, and last month my daughter and several classmates found hair
and a piece of plastic in the rice. The parents' committee asked to see the
canteen contract and the hygiene inspection reports; the school said these are
"internal".

I would like the Bureau to check the canteen's hygiene, ask why lunch is
compulsory, and have the contract made public, since parents pay for it.

Please don't pass my name or e-mail to the school. My daughter still has two
years there and I don't want her to become "the girl whose mother complained".

Thank you.
""",
    cat="complaint", conf="yes", reason="b", dept="Education Bureau",
    prio="normal", lang="en", hard="-")

# ---------------------------------------------------------------- 046
add(n=46, slug="jinsha-upstairs-leak", fmt="plain", when="2026-11-12T20:03:00",
    frm=("王晓峰", "wxf_0911@example.com"),
    subject="楼上露水三个多月了没人管",
    body="""你好，

我住在金沙苑8栋502，楼上602卫生间露水已经三个多月了，我家卫生间天花板一直低水，墙皮都掉了，灯也不敢开，怕漏电。

找过楼上业主好几次，他说不是他家的问题，让我找物业。物业来看了一眼，说是楼上防水层坏了，要业主自己修，然后就不管了。我现在天天拿盆借水，实在没办法了，希望政府能帮忙谐调一下，让楼上赶紧维修。

谢谢！电话 186 0000 1395
""",
    cat="demand", conf="no", reason="-", dept="Housing and Urban-Rural Development Bureau",
    prio="normal", lang="zh", hard="typos")

# ---------------------------------------------------------------- 047
add(n=47, slug="modest-proposal-bike-lanes", fmt="html", when="2026-11-13T08:49:00",
    frm=("Oscar Lindqvist", "oscar.l@example.net"),
    subject="A modest proposal about the bike lanes on Zhongshan Road",
    body="""To the Transport Bureau,

I would like to congratulate the city on the excellent car parks along
Zhongshan Road. I believe they were originally painted as bike lanes, but the
delivery vans, the SUVs and a remarkably stable population of abandoned
e-bikes have clearly voted otherwise, and who am I to argue with democracy.
Cycling to work now means swerving into the bus lane four times per kilometre,
which certainly keeps me awake.

So, in case bicycles are still part of the plan: put simple bollards or a kerb
between the bike lane and the traffic, at least on the stretch between the
railway station and the Science Museum, and enforce the no-parking rule there
for a month. Plenty of cities have shown that it works.

Best,
Oscar
""",
    cat="suggestion", conf="no", reason="-", dept="Transport Bureau",
    prio="normal", lang="en", hard="sarcasm")

# ---------------------------------------------------------------- 048
add(n=48, slug="donate-clothes-flood", fmt="json", when="2026-09-16T16:40:00",
    name="Nicole Hartmann", phone="+86 139 0000 3318",
    email="n.hartmann@isschool.example", anonymous=False,
    title="Where can we donate clothes and blankets for the flood victims?",
    content="Hi, after the floods in the northern counties last week, our "
            "international school collected about 30 boxes of warm clothes "
            "and blankets. Is there an official collection point in the city, "
            "or a charity you can recommend that accepts goods and not only "
            "money? Do they need the clothes washed and sorted by size? We can "
            "deliver them ourselves on a Saturday.",
    district="Jiangbei",
    cat="information", conf="no", reason="-", dept="Civil Affairs Bureau",
    prio="normal", lang="en", hard="-")

# ---------------------------------------------------------------- 049
add(n=49, slug="fruit-cart-liuhe-exit-c", fmt="plain", when="2026-10-16T09:37:00",
    frm=("Ethan Brooks", "ethan.brooks@example.com"),
    subject="What happened to the old fruit seller outside Liuhe metro station",
    body="""Hello,

I teach at a language school near exit C of Liuhe metro station. For at least
two years an old man, maybe 70, has sold fruit from a tricycle on that corner
in the evenings.

Yesterday, 15 October, around 6:15 pm, three urban management officers came in
a white van with a plate ending in 582. Two of them began loading his scales
into the van. The third, the heavy-set one who seemed to be in charge, kicked
the tricycle over when the old man tried to hold on to it, and stamped on the
oranges rolling across the pavement. The old man fell onto his knees. People
were filming, and the same officer told them to delete it.

I understand vendors aren't allowed there and I'm not arguing about the rule.
But kicking an old man's cart over isn't enforcement. I'd like someone to look
at what that officer did.

Ethan Brooks
151 0000 2784
""",
    cat="complaint", conf="yes", reason="a", dept="Urban Management Bureau",
    prio="normal", lang="en", hard="-")

# ---------------------------------------------------------------- 050
add(n=50, slug="fwd-block-b-lift", fmt="plain", when="2026-10-20T11:12:00",
    frm=("Babajide Ogunleye", "b.ogunleye@tradehub.example"),
    subject="Fwd: Re: Lift in Block B out of service",
    body="""Dear Mayor's Office,

Please see below the reply I got from our property management company. The
lift has now been stopped for 19 days. I live on the 22nd floor with my wife
and our baby, and I carry my goods samples up and down the stairs every day.
Two elderly neighbours on the 18th floor have not gone out since it broke.
Please make them repair it.

Regards,
Babajide Ogunleye
Room 2204, Block B, Haixin Trade Apartments
+86 189 0000 6620

---------- Forwarded message ---------
From: Haixin Property Service Centre <service@haixinpm.example>
Date: Mon, 19 Oct 2026 16:02
Subject: Re: Lift in Block B out of service

Dear owner,

Thank you for your feedback. The lift in Block B is waiting for a replacement
part from the manufacturer. The repair time cannot be confirmed at present.
Please kindly understand and use the stairs. We apologise for the
inconvenience.

Haixin Property Service Centre

> On 2 Oct 2026, Babajide Ogunleye wrote:
> Good afternoon, the lift in Block B stopped since 1 October. When will it be
> repaired? Many old people here cannot take the stairs.
""",
    cat="demand", conf="no", reason="-", dept="Housing and Urban-Rural Development Bureau",
    prio="normal", lang="en", hard="quoted")

# ---------------------------------------------------------------- 051
add(n=51, slug="foreign-staff-social-insurance", fmt="plain", when="2026-11-16T10:26:00",
    frm=("Cassie Lin 林可欣", "cassie.lin@example.org"),
    subject="外籍员工社保能否 opt out？",
    body="""您好，

我是一家外资公司的 HR，我们新招了一位 German 同事，签的是两年的 local contract。想咨询几个问题：
1. 外籍员工是不是必须在本市缴纳社保？听说中德有社保双边协定，可以免缴养老和失业，需要提供什么 certificate？
2. 如果免缴，医保和工伤还要不要交？
3. exemption 是去社保中心窗口办，还是网上可以办？

我们的 payroll 下个月就要跑了，麻烦尽快回复，thanks！

Cassie
""",
    cat="consultation", conf="no", reason="-", dept="Human Resources and Social Security Bureau",
    prio="normal", lang="zh", hard="mixed")

# ---------------------------------------------------------------- 052
add(n=52, slug="bakery-permit-returned-three-times", fmt="plain", when="2026-11-17T19:19:00",
    frm=("Lucas Meyer", "lucas.meyer@example.net"),
    subject="Third return of our food business permit renewal - no explanation",
    body="""Dear Sir or Madam,

My wife and I run a small bakery in the Jinqiao neighbourhood. Our food
business permit expires on 30 November, and since August we have applied for
renewal three times. Each time the application comes back with the same
message in the online system:

> Application returned. Materials incomplete. Please supplement and resubmit.

It never says which materials. The phone number on the website rings out. At
the window, the staff say they cannot see the reviewer's notes and we should
resubmit online. We have now sent the same documents, plus some extra ones,
three times.

I am writing under my real name because I see no other way. But to be honest,
we are the only foreign-run shop on our street, and I worry that complaining
will make every future renewal and inspection a little harder for us. We
employ six local people.

Please tell us what is missing before our permit runs out.

Lucas Meyer
132 0000 5519
""",
    cat="complaint", conf="yes", reason="c", dept="Administrative Approval Bureau",
    prio="normal", lang="en", hard="quoted")

# ---------------------------------------------------------------- 053
add(n=53, slug="expo-taxi-400-yuan", fmt="json", when="2026-10-27T15:03:00",
    name="Stefan Vogel", phone="+49 151 0000 8834",
    email="s.vogel@messe-travel.example", anonymous=False,
    title="Taxi refused the meter, charged 400 yuan from the Expo Centre",
    content="On the evening of 21 October, after the trade fair, I took a taxi "
            "from the north gate of the International Expo Centre to my hotel "
            "near the railway station. The driver refused to use the meter, "
            "said \"fixed price, night\", and demanded 400 yuan. The same trip "
            "by ride-hailing the day before cost 68 yuan. I paid because it was "
            "late and I was alone. He would not print a receipt, but I took a "
            "photo of the driver's card on the dashboard (driver no. 30271). "
            "I am back in Frankfurt now. Can you make the taxi company refund "
            "the difference? I can send my bank details.",
    district="Expo",
    cat="demand", conf="no", reason="-", dept="Transport Bureau",
    prio="normal", lang="en", hard="-")

# ---------------------------------------------------------------- 054
add(n=54, slug="yunqi-broadband-delay", fmt="plain", when="2026-10-19T21:27:00",
    frm=("Melissa Goh", "melgoh@lionpost.example"),
    subject="宽带 installation delayed 5 weeks - can someone help?",
    body="""Hi there,

Singaporean here, moved into a new flat in Yunqi Garden phase 2 in September.
I work remote for a Singapore bank, so I need home broadband, full stop.

I applied with the telecom operator on 12 Sept. Since then the 师傅 came twice,
said the building's fibre box is "not yet handed over by the developer", and
left. The operator's hotline says wait for notice. The 物业 says it's the
operator's job. Five weeks on, I'm hot-spotting off my phone and my boss is not
impressed.

Apparently the whole of phase 2 (about 300 households) has the same issue.
Could your bureau push the operator and the developer to sort out the fibre
access?

Thanks lah,
Melissa Goh
+86 130 0000 9146
""",
    cat="demand", conf="no", reason="-", dept="Industry and Information Technology Bureau",
    prio="normal", lang="en", hard="mixed")

# ---------------------------------------------------------------- 055
add(n=55, slug="metro-last-train", fmt="plain", when="2026-11-19T23:40:00",
    frm=("區志豪", "chiho.au@example.net"),
    subject="建議延長地鐵尾班車時間",
    body="""市長信箱　您好：

本人係香港人，在貴市工作已兩年。貴市地鐵乾淨準時，值得一讚。惟尾班車約晚上十點半開出，對於加班，或看完演唱會、球賽的市民極不方便；散場後的士及網約車大排長龍，車資亦貴。

建議：
一、逢週五、週六及公眾假期前夕，尾班車延至凌晨十二時；
二、大型活動當晚加開班次；
三、於各站顯示屏清楚列明各線尾班車時間。

以上意見，敬請參考。

區先生
""",
    cat="suggestion", conf="no", reason="-", dept="Transport Bureau",
    prio="normal", lang="zh", hard="fullwidth")

# ---------------------------------------------------------------- 056
add(n=56, slug="shangtang-deposit", fmt="plain", when="2026-10-11T17:52:00",
    frm=("Ruth Adams", "ruth.adams@example.com"),
    subject="Deposit not returned by my landlord in Shangtang Village",
    body="""Hello,

For the past two years I rented a two-room flat in a self-built house in
Shangtang Village (I teach English at a training centre nearby). When I moved
out on 30 September, the landlord kept my whole deposit of 6,000 yuan, saying
the walls needed repainting and the water heater was "damaged". The heater is
the same one that was there when I moved in, and I have photos of the flat on
the day I left. It was cleaner than when I got it.

I have asked him four times. The last time he smiled and said I should think
about whether I want to keep teaching in the area, because his uncle "takes
care of everything in this village", including the paperwork for the building
my training centre rents. I got the message.

I'm putting my name to this, Ruth Adams, 158 0000 6217, because I want the
money back properly. I'd just rather not make life difficult for my school.

Could someone help me get my deposit back?

Ruth
""",
    cat="demand", conf="yes", reason="c", dept="Housing and Urban-Rural Development Bureau",
    prio="normal", lang="en", hard="indirect")

# ---------------------------------------------------------------- 057
add(n=57, slug="dongshan-station-go-back", fmt="plain", when="2026-11-04T12:13:00",
    frm=("Nadia Hussain", "nadia.hussain@example.org"),
    subject="Excellent customer service at the police station, 3 November",
    body="""Dear Public Security Bureau,

I just want to tell you what a memorable experience I had at the Dongshan Road
police station on 3 November. My bike was stolen from outside my office, lock
cut, and I went in to report it with my residence permit, photos of the bike
and even the location of the nearest CCTV camera written down. Very organised
of me, I thought.

The officer at the front desk (young, glasses, his number started with 06)
didn't look up from his screen for the first five minutes. Then he told me
bikes get stolen every day and foreigners should "take better care of their
things", and when I asked for a case receipt he said, and I quote, "If you
don't like it here, go back to your country." Then he laughed with his
colleague. Truly inspiring.

I would still like my theft report registered properly, and I would like
someone senior to have a word with that officer about how he speaks to people.

Nadia Hussain
+86 177 0000 4105
""",
    cat="complaint", conf="yes", reason="a", dept="Public Security Bureau",
    prio="normal", lang="en", hard="sarcasm")

# ---------------------------------------------------------------- 058
add(n=58, slug="fapiao-extra-six-percent", fmt="plain", when="2026-11-20T09:08:00",
    frm=("Rafiqul Islam", "rafiq.garments@example.net"),
    subject="pls how i can get fapiao for goods i buy",
    body="""Hello sir,

i am foreign buyer from Bangladesh, i buy garments and fabrics from factorys
here and pay cash, then ship to Dhaka. Now my customer want proper invoice.
The factory say they can give fapiao but i must pay 6 percent more for "tax
point". Is this correct? Is it law that they add this money or they cheating
me?

Also can foreigner without company get fapiao in my own name with passport
number? I need understand before next order, is big order.

thank you sir
Rafiq
""",
    cat="consultation", conf="no", reason="-", dept="Taxation Bureau",
    prio="normal", lang="en", hard="typos")

# ---------------------------------------------------------------- 059
add(n=59, slug="praise-chengxi-police", fmt="json", when="2026-11-23T20:31:00",
    name="何佳", phone="", email="hejia.work@example.com", anonymous=False,
    title="表扬城西派出所民警",
    content="我是一名在本市工作的工程师，平时工作中英文用得多，中文写得不好请见谅。"
            "上周六我在出租车上丢了护照和工作证，第二天一早就要出差。"
            "城西派出所的民警小吴接到报警后，通过打车记录联系上了司机，"
            "晚上十点多亲自把证件送到我住的小区门口。特此表扬，谢谢！",
    district="城西",
    cat="information", conf="no", reason="-", dept="Public Security Bureau",
    prio="normal", lang="zh", hard="-")

# ---------------------------------------------------------------- 060
add(n=60, slug="village-dibao-list", fmt="plain", when="2026-11-26T07:15:00",
    frm=("老李", "laoli_1966@example.net"),
    subject="关于我们村今年低保名额的一点情况",
    body="""领导好：

我们村今年低保评了七户。别的我不多说，只说几件大家都看得见的事：第一户家里刚在县城买了房；第二户的儿子开着新车在村里跑；还有两户，平时跟村支书家走得很近，逢年过节都在他家吃饭。倒是村东头那个眼睛看不见的老太太，一个人过，申请了两年都没评上，说是“材料不全”。

评议会说是开了，我们几个老党员一个都没接到通知。公示贴了两天就撕了。

情况就是这么个情况，领导派人下来看一看，就都明白了。
""",
    cat="complaint", conf="yes", reason="a", dept="Discipline Inspection Commission",
    prio="normal", lang="zh", hard="indirect")


# ====================================================================
DEPTS = {
    "Public Security Bureau", "Urban Management Bureau",
    "Human Resources and Social Security Bureau", "Healthcare Security Bureau",
    "Housing and Urban-Rural Development Bureau", "Culture and Tourism Bureau",
    "Transport Bureau", "Discipline Inspection Commission",
    "Commerce and Investment Promotion Bureau", "Ecology and Environment Bureau",
    "Civil Affairs Bureau", "Education Bureau", "Health Commission",
    "Water Affairs Bureau", "Market Regulation Administration",
    "Administrative Approval Bureau", "Natural Resources and Planning Bureau",
    "Emergency Management Bureau", "Justice Bureau", "Municipal Government Office",
    "Meteorological Bureau", "Taxation Bureau",
    "Industry and Information Technology Bureau",
    "Agriculture and Rural Affairs Bureau", "Veterans Affairs Bureau", "none",
}
CATS = {"consultation", "suggestion", "demand", "complaint", "information"}
HARD = {"-", "quoted", "sarcasm", "typos", "mixed", "short", "two-intents",
        "fullwidth", "indirect"}


def enc_header(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode(linesep="\r\n")


def crlf(text):
    text = text.replace("\r\n", "\n").strip("\n") + "\n"
    return text.replace("\n", "\r\n")


def to_html(text):
    paras = [p for p in text.strip("\n").split("\n\n")]
    out = ["<html><head><meta charset=\"utf-8\"></head><body>"]
    for p in paras:
        lines = [html.escape(x) for x in p.split("\n")]
        # wrapped prose becomes one flowing paragraph; lists and signatures keep
        # their line breaks
        prose = all(len(x) >= 60 for x in lines[:-1]) and not lines[0][:2].strip().rstrip(".)").isdigit()
        out.append("<p>" + (" " if prose else "<br>\n").join(lines) + "</p>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def eml(d):
    dt = datetime.fromisoformat(d["when"]).replace(tzinfo=TZ)
    name, addr = d["frm"]
    dom = addr.split("@", 1)[1]
    nnn = "%03d" % d["n"]
    heads = [
        ("From", formataddr((name, addr), charset="utf-8")),
        ("To", "mayor@city.example"),
        ("Subject", enc_header(d["subject"])),
        ("Date", format_datetime(dt)),
        ("Message-ID", "<%s-%s.%s@%s>" % (W, nnn, dt.strftime("%Y%m%d%H%M"), dom)),
        ("MIME-Version", "1.0"),
    ]
    fmt = d["fmt"]
    if fmt == "plain":
        heads += [("Content-Type", "text/plain; charset=utf-8"),
                  ("Content-Transfer-Encoding", "8bit")]
        body = crlf(d["body"])
    elif fmt == "html":
        heads += [("Content-Type", "text/html; charset=utf-8"),
                  ("Content-Transfer-Encoding", "8bit")]
        body = crlf(to_html(d["body"]))
    elif fmt == "alt":
        b = "=_w11_alt_%s" % nnn
        heads += [("Content-Type", "multipart/alternative; boundary=\"%s\"" % b)]
        parts = [
            "--" + b,
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: 8bit",
            "",
            d["body"].strip("\n"),
            "",
            "--" + b,
            "Content-Type: text/html; charset=utf-8",
            "Content-Transfer-Encoding: 8bit",
            "",
            to_html(d["body"]).strip("\n"),
            "",
            "--" + b + "--",
        ]
        body = crlf("\n".join(parts))
    else:
        raise ValueError(fmt)
    head = "".join("%s: %s\r\n" % kv for kv in heads)
    return (head + "\r\n" + body).encode("utf-8")


def form(d):
    dt = datetime.fromisoformat(d["when"]).replace(tzinfo=TZ)
    obj = {
        "id": "%s-%03d" % (W, d["n"]),
        "submitted_at": dt.isoformat(),
        "name": d["name"], "phone": d["phone"], "email": d["email"],
        "anonymous": d["anonymous"], "title": d["title"],
        "content": d["content"], "district": d["district"],
    }
    return (json.dumps(obj, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    seen = set()
    rows = ["path\tcategory\tconfidential\treason\tdepartment\tpriority\tlanguage\thard"]
    for d in sorted(L, key=lambda x: x["n"]):
        assert d["n"] not in seen, d["n"]
        seen.add(d["n"])
        assert d["cat"] in CATS and d["dept"] in DEPTS and d["hard"] in HARD, d["n"]
        assert (d["conf"] == "yes") == (d["reason"] in "abc" and d["reason"] != "-"), d["n"]
        assert d["prio"] in ("high", "normal") and d["lang"] in ("zh", "en"), d["n"]
        if d["fmt"] == "json":
            assert (not d["anonymous"]) or (d["conf"], d["reason"]) == ("yes", "b"), d["n"]
            fn = "%s-%03d-%s.json" % (W, d["n"], d["slug"])
            data = form(d)
        else:
            fn = "%s-%03d-%s.eml" % (W, d["n"], d["slug"])
            data = eml(d)
            for line in data.split(b"\r\n"):
                assert len(line) <= 998, (d["n"], len(line))
        with open(os.path.join(OUT, fn), "wb") as f:
            f.write(data)
        rows.append("\t".join(["letters/" + fn, d["cat"], d["conf"], d["reason"],
                               d["dept"], d["prio"], d["lang"], d["hard"]]))
    assert seen == set(range(1, 61)), sorted(set(range(1, 61)) - seen)
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows) + "\n")
    print("wrote %d letters" % len(L))


if __name__ == "__main__":
    main()
