#!/usr/bin/env python3
"""Writer w7: letters from non-native residents of a Chinese city.

Writes letters/ and labels.tsv next to this script. Standard library only,
deterministic (all dates fixed in the table below).
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

DEPARTMENTS = {
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

HSS = "Human Resources and Social Security Bureau"
HOUSING = "Housing and Urban-Rural Development Bureau"
PSB = "Public Security Bureau"

# Each letter: n, slug, fmt (plain|html|multi|json), date "YYYY-MM-DD HH:MM",
# sender (name, address) for e-mail, subject/title, body, labels
# (category, confidential, reason, department, priority, language, hard),
# and for web forms: form dict with name/phone/email/anonymous/district.
LETTERS = []


def L(n, slug, fmt, date, sender, subject, body, labels, form=None):
    LETTERS.append(dict(n=n, slug=slug, fmt=fmt, date=date, sender=sender,
                        subject=subject, body=body.strip("\n"), labels=labels,
                        form=form))


L(1, "lift-broken-fengrun", "plain", "2026-09-23 08:41",
  ("Olga Petrenko-Wang", "olga.pw@example.net"),
  "Elevator not working 3 weeks, building 7 Fengrun Garden",
  """
Dear Mayor Office,

My name is Olga Petrenko-Wang, I live with my husband family in Fengrun Garden old estate, building 7, unit 2. The elevator stopped on 2 September and until today nobody repair it. The property company says they wait for the money from the maintenance fund and the owners committee must sign, the owners committee says it is property company job. Everybody send the ball to other person.

My mother-in-law is 82 years, she had operation on her hip in summer. We live on 11th floor. For three weeks she cannot go down, she cannot go to the hospital for check. My husband and neighbour carried her one time on a chair, it was very dangerous on the stairs.

Please, can you make somebody repair this elevator? There are also other old people in this building, one man on 14 floor uses wheelchair.

Phone of my husband: 138 0000 2471 (he speaks Chinese better than me).

With respect,
Olga
""", ("demand", "no", "-", HOUSING, "normal", "en", "-"))

L(2, "residence-permit-transfer", "plain", "2026-09-08 22:17",
  ("Aidos Serikbayev", "aidos.s@mail.example"),
  "question about residense permit when change univercity",
  """
Hello,

I am student from Kazakhstan, name Aidos Serikbayev. Last year I studyed Chinese language in Hengshan Normal Univercity, now from september I am transfered to master program in other univercity in same city (the Polytechnic). My residense permit is still with old univercity name and valid untill march 2027.

My question: must I go to the exit entry office for new permit now, or I can wait untill it finish? My new univercity international office say "go ask police", police hotline say "ask univercity". I dont want to pay fine for mistake. Also what documents need, is JW202 form enough or need new admision letter also?

Thank you very much for answer.
Aidos
176 0000 3319
""", ("consultation", "no", "-", PSB, "normal", "en", "typos"))

L(3, "exit-entry-window-5", "plain", "2026-09-16 10:05",
  ("Chukwuemeka Obi", "c.obi.garments@example.com"),
  "Bad treatment at Exit-Entry window on 14 September",
  """
Sir/Madam,

I am Chukwuemeka Obi, Nigerian citizen. I have been doing business in this city (garments, Hongqiao Cloth Market) for six years and I always respect the law here.

On 14 September around 10:30 I went to the Exit-Entry Administration hall on Wenchang Road to collect my visa extension. At window 5 the officer, a man around 40 with glasses, the number on his chest ending with 37, did not look at my receipt. He took my passport and threw it on the desk so that it fell to the floor, and said in Chinese to his colleague "these black people always come with problems". I understand Chinese, I have been here long. When I asked politely what is the problem, he said come back next week and waved me away like a dog. Other people in the queue saw it.

I lost one week of business and my passport is still not stamped. I only ask to be treated like a human being. Please look into this officer's behaviour.

Chukwuemeka Obi
Tel 186-0000-4420
""", ("complaint", "yes", "a", PSB, "normal", "en", "-"))

L(4, "bbq-smoke-songbai", "plain", "2026-10-04 23:48",
  ("金秀贤", "kim.soohyun@post.example"),
  "我要举报楼下烧烤店 烟和声音",
  """
您好,我是韩国人,结婚来中国五年,中文不太好,请原凉。

我家住在松柏路23号小区2楼,楼下开了一个烧烤店,每天晚上从6点到夜里2点,烟从窗户进来,家里都是味到,衣服也是。孩子晚上咳嗽,睡不了觉。客人喝酒声音很大,唱歌,打架吵。

我们跟老板说了三次,老板说"我有营业执照,你管不着"。我们打电话给物业,物业说不是他们管。

请帮忙让他们安装抽油烟机器,晚上11点以后安静一点。谢谢!

金秀贤 电话 150 0000 8836
""", ("demand", "no", "-", "Ecology and Environment Bureau", "normal", "zh", "typos"))

L(5, "museum-hours-seniors", "html", "2026-09-11 15:30",
  ("Dorothy Keller", "dkeller.ohio@example.org"),
  "Museum hours and senior discount?",
  """
Hello,

I'm a retired schoolteacher from Ohio, living here with my daughter's family since the spring. I'd like to visit the City History Museum on Guanlan Avenue next week with two friends from my church group. Could somebody tell me:

- what days and hours it is open (someone said it's closed on Mondays),
- whether we need to book online in advance, and whether a passport works instead of a Chinese ID,
- and whether the free entry for people over 65 applies to foreigners too?

I tried the website but the booking page just keeps asking for an ID number with 18 digits.

Many thanks,
Dorothy Keller
(my daughter's number: 139 0000 6612)
""", ("information", "no", "-", "Culture and Tourism Bureau", "normal", "en", "-"))

L(6, "line3-english-signs", "json", "2026-09-14 07:52", None,
  "Suggestion: fix the English signs at Line 3 stations",
  """
I commute on Line 3 every day between Xinkai and Dongfeng Square. A few points, offered constructively. At Xinkai station, exit C is signed "Exit C Toilets Hospital", which reads as one thing; it should be "Exit C: Toilets / Hospital". The platform screen at Dongfeng Square says "Mind the gap" but the recorded announcement says "please take care of your gap", which visitors find rather funny. More seriously, the emergency intercom instructions inside the carriages are in Chinese only. I would suggest the Transport Bureau have a native speaker review all Line 3 signage before the new stations open next year. I'd be glad to volunteer a weekend for it. Regards, Martin Hale, chartered civil engineer
""", ("suggestion", "no", "-", "Transport Bureau", "normal", "en", "-"),
  form=dict(name="Martin Hale", phone="+86 135 0000 7781",
            email="martin.hale@example.net", anonymous=False,
            district="Xinkai District"))

L(7, "helper-salary-3-months", "plain", "2026-10-09 23:12",
  ("Maricel", "maricel.iloilo@inbox.example"),
  "pls help my salary 3 month not pay",
  """
Good day po Sir/Mam,

I am Filipina working as helper in a family in Lakeview Villas. My madam no pay my salary since july, she say business not good, wait wait. Now is 3 month already 15,000 yuan. I need send money to my children in Iloilo for school, my mother is sick also.

I ask many time, madam get angry and say if I complain to anybody she will call the agency to send me home and I will get nothing. She keep my passport in her drawer "for safe". I am very scared if she know I ask the goverment she will send me back and I lose this job and my papers.

What can I do? Who can help me get my money? I can only use phone at night.

Thank you and God bless
Maricel
131 0000 5064
""", ("demand", "yes", "c", HSS, "normal", "en", "typos"))

L(8, "booking-system-congratulations", "plain", "2026-10-21 17:02",
  ("Emre Yildiz", "emre.yildiz@anatolia-trading.example"),
  "Congratulations on your booking system",
  """
Dear Sirs,

I would like to congratulate the Government Service Hall on its wonderful online appointment system. I booked a slot for a change of registration of our foreign-invested enterprise three times this month. Three times the system confirmed. Three times, when I arrived, the screen at the entrance said there is no such appointment. The third time I waited four hours and fifteen minutes with my translator, whom I pay by the hour, so it was a very expensive chair to sit on.

Nobody at the information desk could explain it. They were polite, I must say; they only told me the system "sometimes does this". In Istanbul we also have bureaucracy, but at least the computer does not lie to you.

I request that the booking system be repaired and that an appointment, once confirmed, is honoured. A simple English page would also not hurt anyone.

Regards,
Emre Yildiz
Managing Director, Anatolia Trading (Hangbei) Co., Ltd.
+86 188 0000 2290
""", ("complaint", "no", "-", "Administrative Approval Bureau", "normal", "en", "sarcasm"))

L(9, "iit-reconciliation-foreigner", "json", "2026-09-19 21:35", None,
  "IIT annual reconciliation for a foreigner - how?",
  """
Hello. I am an Indian national working as a software architect in the high-tech park since 2024. For the 2025 tax year I think I have overpaid, because the housing and children's education allowances from my company were taxed, and I read they may be exempt for foreigners until the end of 2027. Unfortunately I missed the June deadline as I was on home leave. Questions: 1) Can I still do the annual reconciliation now, and can I do it myself in the Individual Income Tax app with my passport number, or must the company do it? 2) The app asks for a "foreigner permanent residence ID"; I only have a work permit and a residence permit. 3) What proof of rent and school fees is needed, is the fapiao enough? Kindly advise. Regards, Rajesh Subramanian
""", ("consultation", "no", "-", "Taxation Bureau", "normal", "en", "-"),
  form=dict(name="Rajesh Subramanian", phone="177-0000-3408",
            email="r.subramanian@example.com", anonymous=False,
            district="Gaoxin District"))

L(10, "typhoon-weekend", "json", "2026-09-17 12:06", None,
  "台风",
  "你好,这个周末台风会来吗?我住海边,要不要搬走?",
  ("information", "no", "-", "Meteorological Bureau", "normal", "zh", "short"),
  form=dict(name="阮氏兰", phone="", email="", anonymous=False, district="滨海区"))

L(11, "knee-surgery-friend", "plain", "2026-10-14 20:26",
  ("Md. Rafiqul Islam", "rafiq.islam@example.net"),
  "Question about my father-in-law's surgery waiting list",
  """
Respected Sir,

My name is Md. Rafiqul Islam, I am from Bangladesh, married to a Chinese lady and living here 9 years. My father-in-law is waiting for knee replacement at the City No. 2 People's Hospital, orthopaedics ward 6. We were told the waiting list is around four months.

Last week after the consultation, Dr. Feng from that ward called my wife privately. He said there is a "friend" who can help arrange an earlier slot, and that the family should "show sincerity", 8,000 yuan in cash, given to this friend and not to the hospital cashier. He gave the friend's WeChat. My wife asked if there will be a receipt and he laughed and said this is not a shop.

We have not paid. My father-in-law is in pain every day and my wife thinks maybe we should pay because "everyone does it". I do not think this is correct, but I am a foreigner and perhaps I do not understand how things are done here. Can you tell us what is the normal way to move forward in the list?

With regards,
Rafiqul
159 0000 7723
""", ("complaint", "yes", "a", "Health Commission", "normal", "en", "indirect"))

L(12, "gas-smell-dorm-3", "plain", "2026-11-03 21:14",
  ("Wanjiru Kamau", "wanjiru.k@example.org"),
  "URGENT gas smell in International Student Dormitory 3",
  """
To whom it may concern,

I am writing from International Student Dormitory Building 3 of Longquan University, Xueyuan Road. Since about 7pm today there is a very strong gas smell in the 2nd and 3rd floor corridor near the shared kitchen. Some students have headaches. I told the dormitory guard at the gate twice, he said the gas company will come tomorrow and that we should open the windows. Some people are still cooking in that kitchen!

I think this is dangerous and cannot wait until tomorrow. Please send somebody tonight.

My name is Wanjiru Kamau, room 312, phone 152 0000 9917.
Thank you.
""", ("demand", "no", "-", "Emergency Management Bureau", "high", "en", "-"))

L(13, "12345-english-chat", "html", "2026-09-25 11:48",
  ("Valentina Ríos", "valentina.rios@example.com"),
  "Idea for 12345: an English chat in the mini program",
  """
Hola / Hello,

I'm Valentina Ríos from Medellín, doing a master's in urban planning at the Eastern Institute. Many of my foreign classmates don't know 12345 exists, and those who do are afraid to call because they cannot explain their problem in Chinese.

My suggestions:

1. Put a simple English (and maybe Spanish, Russian, Arabic) chat inside the existing 12345 WeChat mini program, even if it is answered with machine translation plus a human check.
2. Give universities a one-page poster for the international dormitories: "Problem in the city? 12345", with a QR code.
3. Publish in English the answers to the most common questions (residence permit, bank account, SIM card, hospital), so the hotline gets fewer repeat calls.

In Medellín the city did something similar for tourists and it helped a lot. I'm happy to help test it with my classmates.

Saludos,
Valentina
133 0000 2856
""", ("suggestion", "no", "-", "Municipal Government Office", "normal", "en", "-"))

L(14, "different-list-every-visit", "plain", "2026-10-29 19:40",
  ("Park Ji-yeon", "jiyeon.park@webmail.example"),
  "Every time a different list of documents",
  """
Hello,

I am Korean, married to a Chinese husband, and I am applying for a residence permit for family reunion. This is my fourth visit to the Exit-Entry hall in October. First visit they said I need marriage certificate and housing registration. Second visit they said the marriage certificate must be notarised and translated again because it is older than 6 months. Third visit they said also my husband's hukou book original and a "proof of no criminal record" from Korea. Each time a different person at the window, each time a new thing. Nobody gave me a paper list, they only say it.

I take leave from my job each time. This is not about one person, they were all polite, but the rules seem to change every week. Please make one clear written list and put it on the website.

And also please tell me: for the family reunion permit, what is the real complete list? Is the Korean criminal record really needed for a spouse?

Park Ji-yeon
134 0000 6205
""", ("complaint", "no", "-", PSB, "normal", "en", "two-intents"))

L(15, "landlord-cut-power", "plain", "2026-10-13 09:27",
  ("Kwame Mensah", "kwame.mensah@example.net"),
  "Landlord cut my electricity, contract until 2027 (messages below)",
  """
Dear Sir/Madam,

I am Kwame Mensah from Ghana. I rent apartment 1604, Block B, Jinshui Bay; the contract was signed in March 2026 for one year, until March 2027, and I paid six months in advance. Now the landlord wants to sell the flat and wants me out in two weeks. Because I refused, since yesterday evening the electricity is off (he controls the meter in an app) and this morning the water also. I have a baby of 8 months.

Below are his messages (translated by WeChat):

> Landlord (Oct 12, 21:03): House is sold. You move before 25th. Deposit I return when you go.
> Me (Oct 12, 21:20): Sir, my contract is until March. I can move but give me time to find a place and return the rent I paid.
> Landlord (Oct 12, 21:40): Contract is my contract. I decide. No discuss.
> Landlord (Oct 13, 08:15): Electricity stop. When you move I open.

The property management says it is between me and the landlord. Please help me. Is there an office that can make him switch the power back on? I can show the contract and the payment records.

Kwame Mensah
181 0000 3347
""", ("demand", "no", "-", HOUSING, "normal", "en", "quoted"))

L(16, "thanks-officer-zhao", "plain", "2026-09-22 14:10",
  ("Nuwan Perera", "nuwan.gems@example.com"),
  "Thank you to Officer Zhao of Beiguan police station",
  """
Dear Mayor,

I want to say thank you. On 20 September I left my bag in a taxi coming from the railway station, with my passport, my wife's passport and about 3,000 US dollars for buying goods. I went to Beiguan Police Station in panic; I don't speak much Chinese.

Officer Zhao Lei stayed with me after his duty time, checked the taxi records on the computer and called the driver. In three hours I had everything back, nothing missing, and he refused even a cup of tea.

In my country we say a good deed is never lost. Please tell his leaders he is a very good officer.

Respectfully,
Nuwan Perera
gem trader, Yuhua Jewellery Plaza
""", ("information", "no", "-", PSB, "normal", "en", "-"))

L(17, "marriage-registration-russian", "plain", "2026-10-02 13:55",
  ("Anastasia Volkova", "a.volkova@mail.example"),
  "结婚登记 for Russian citizen — what documents?",
  """
Hello!

My fiancé and I want to do 结婚登记 in December. I am a Russian citizen, he has 户口 in this city (Hexi district). I read on internet that I need 无婚姻证明 (certificate of no marriage) from the Russian consulate, and that it must have 认证. But my friend says Russia and China are both in the Apostille convention now, so no need for 领事认证 any more? Is it true?

Also: the 翻译 must be done by a special company, or can I translate myself? And do we go to the 婚姻登记处 of his 户籍 district, or to any one in the city?

Спасибо / 谢谢!
Anastasia
""", ("consultation", "no", "-", "Civil Affairs Bureau", "normal", "en", "mixed"))

L(18, "son-last-desk", "plain", "2026-10-20 07:33",
  ("Aigerim Nurlanovna", "aigerim.n@example.org"),
  "My son's head teacher at Chunlei Road Primary School",
  """
Dear Sir or Madam,

My son Timur is 8 years old, he is in Grade 2 Class 3 at Chunlei Road Primary School (a public school). His father is Chinese, I am from Kazakhstan. Timur speaks Chinese like the other children, he was born here.

Since this semester his head teacher, Ms. Gao, seats him alone at the last desk next to the rubbish bin. She calls him "小外国人" in front of the class instead of his name. Last week two mothers told me that Ms. Gao said in the class parents' group that their children "don't need to play with him". Timur now cries in the morning and says his stomach hurts, he doesn't want to go.

I went to talk to Ms. Gao. She said I am too sensitive and that this is "management of the class".

I want my son to be treated equally with the other children. Please help.

Aigerim Nurlanovna
137 0000 5180
""", ("complaint", "yes", "a", "Education Bureau", "normal", "en", "-"))

L(19, "hotel-double-price", "json", "2026-10-11 08:20", None,
  "Hotel charged me double the listed price",
  """
I am a business traveller from Cairo. I stayed 4 nights (6-10 October) at the Golden Crane Hotel near the exhibition centre. The price on the board in the lobby and on my booking confirmation was 480 yuan per night. At checkout they charged 960 per night, saying it is the "exhibition week price" and that the confirmation was a "system mistake". They took it from my credit card deposit, 3,840 yuan in total. The front desk manager refused to print an itemised bill. I have a photo of the lobby price board and the confirmation email. I request the difference of 1,920 yuan to be refunded, and that they stop doing this to other guests. I fly home on 20 October.
""", ("demand", "no", "-", "Market Regulation Administration", "normal", "en", "-"),
  form=dict(name="Mahmoud Abdelrahman", phone="+20 100 0000 4471",
            email="m.abdelrahman@example.org", anonymous=False,
            district="Binjiang District"))

L(20, "bus-26-seniors", "multi", "2026-09-29 10:12",
  ("Walter Brennan", "walt.brennan@example.com"),
  "Bus drivers and older passengers - a suggestion",
  """
Hello,

I'm 71, a retired engineer from Arizona, and I ride bus 26 most mornings from Cuiwei Park to the farmers' market. The drivers are skilled, no question, but they pull away before older folks have reached a seat. Last Tuesday an elderly lady landed in my lap. No harm done, but it could have been a broken hip.

Two suggestions. First, a short reminder in driver training that the bus waits until seniors are seated; a sticker on the dashboard would do it. Second, on the newer buses the priority seats are up the step at the back, which makes no sense to me. Move them to the front, near the door.

I'm not complaining about any particular driver. They all do it; it seems to be the culture of keeping to the timetable.

Thanks for listening,
Walter Brennan
+86 138 0000 9164
""", ("suggestion", "no", "-", "Transport Bureau", "normal", "en", "-"))

L(21, "bus-to-airport-sunday", "plain", "2026-10-16 21:50",
  ("Nittaya", "nittaya.s@inbox.example"),
  "bus to airport",
  """
Hello, I am from Thailand working for a family in Meiyuan. On Sunday my friend arrive at the airport 10 o'clock at night. Which bus can I take from Meiyuan Square to the airport, and what time is the last bus back to the city? Taxi is too expensive for me. Thank you ka.

Nittaya
""", ("information", "no", "-", "Transport Bureau", "normal", "en", "-"))

L(22, "fireworks-tangxia", "json", "2026-11-15 15:37", None,
  "Fireworks being stored in a residential building",
  """
Right now (Sunday afternoon) a small truck is unloading boxes of fireworks into the ground-floor shop at No. 9, Lane 4, Tangxia Old Street. The shop is registered as a grocery. Above it there are three floors of families, and next door is a noodle restaurant with gas cylinders at its back door. Last year the same man stored fireworks before Spring Festival and the boxes stood in the stairway for weeks. Please check today. I am a trader in this street; I don't want to be involved, that's why I give no name.
""", ("demand", "yes", "b", "Emergency Management Bureau", "high", "en", "-"),
  form=dict(name="", phone="", email="", anonymous=True, district="Tangxia Town"))

L(23, "land-approval-consultancy", "plain", "2026-09-30 16:44",
  ("Khaled Haddad", "k.haddad@levant-pack.example"),
  "Land approval for our plant: a consultancy we were advised to use",
  """
Dear Sir,

I represent a Jordanian-Chinese joint venture that plans a packaging plant in the Lingang Industrial Park, an investment of around 12 million USD. Our application for land use and project filing has been pending since June.

In August we met Deputy Director Sun of the park administrative committee to ask about the delay. He was friendly, and at the end of the meeting he mentioned that many foreign investors find things go "smoother" when they work with a local consultancy, and he gave my assistant the card of a company called Hengtong Enterprise Services. Their quotation is 600,000 yuan for "coordination". My assistant later noticed that the legal representative of this consultancy has the same family name as Mr. Sun's wife and is registered at the same address as her family.

We have not signed anything. I would like to know whether using this consultancy is a requirement, and I would like our application to be examined on its merits.

Yours faithfully,
Khaled Haddad
General Manager
+86 139 0000 8851
""", ("complaint", "yes", "a", "Discipline Inspection Commission", "normal", "en", "indirect"))

L(24, "foreign-child-primary-school", "plain", "2026-11-05 20:03",
  ("崔美英", "choi.miyoung@example.net"),
  "外国籍孩子上公办小学需要什么材料?",
  """
您好!

我是韩国籍,我丈夫也是韩国人,我们在本市工作已经四年了,有工作许可和居留许可。我们的女儿明年9月要上一年级,是韩国国籍。

请问:
1. 外国籍的孩子可以报名公办小学吗?还是只能上国际学校?
2. 需要哪些材料?我们没有房产证,是租房的,租房合同可以吗?
3. 什么时候开始报名,在哪里报名?

谢谢您的回答。
崔美英 电话:182 0000 1936
""", ("consultation", "no", "-", "Education Bureau", "normal", "zh", "-"))

L(25, "evening-water-pressure", "plain", "2026-10-07 22:58",
  ("Ian Whitfield", "ian.whitfield@example.org"),
  "Evening water pressure collapse and discoloured water, Lanting Court",
  """
Dear Sir/Madam,

I'm a British process engineer living at Lanting Court, Building 5, 18th floor. Since the beginning of September, between roughly 19:00 and 22:30 every day, the water pressure on floors 12 and above drops to a trickle: the shower is unusable and the washing machine aborts with a low-inlet error. When the pressure returns around 23:00, the first few litres come out brown.

I've checked with neighbours on floors 14, 16 and 20, same story. The property office says the pumping station belongs to the water company; the water company hotline says the building's booster pump belongs to the property office. Meanwhile we fill buckets in the afternoon.

Could someone with authority establish whose pump it is and get it fixed? I'm happy to share the pressure readings I've logged with a cheap gauge on the balcony tap, if that's useful.

Kind regards,
Ian Whitfield
+86 136 0000 5522
""", ("demand", "no", "-", "Water Affairs Bureau", "normal", "en", "-"))

L(26, "reimbursement-since-june", "plain", "2026-10-26 11:19",
  ("Yelena Sokolova-Li", "yelena.sl@post.example"),
  "Reimbursement waiting since June, only automatic answers",
  """
Good day,

I am Russian, wife of a Chinese citizen, and I have the city residents' medical insurance since 2024. In June I had a surgery in a hospital in Harbin (visiting my husband's parents) and I paid 23,400 yuan myself, because the cross-region settlement did not work there. On 28 June I submitted all documents for reimbursement at the medical insurance service centre in Fuxing district.

Four months later, nothing. The phone number on the receipt rings and nobody answers. I wrote to the official e-mail and got this:

--- Original message ---
Date: 2026-08-19
Subject: Auto-reply
Your message has been received. We will process it within 15 working days. Please do not reply to this email.
---

I wrote again in September and received exactly the same text. Nobody tells me if something is missing, or if it is approved or refused.

I don't blame the people at the window, they were kind. But this is too long, and there is no way to ask. Please tell the centre to finish my case, or at least tell me what the problem is.

Yelena Sokolova-Li
application no. FX-2026-06-318
158 0000 4087
""", ("complaint", "no", "-", "Healthcare Security Bureau", "normal", "en", "quoted"))

L(27, "work-permit-after-masters", "json", "2026-11-09 16:25", None,
  "Work permit right after my master's?",
  """
Good afternoon. I will finish my master's in international trade at a university in this city in January 2027, and a logistics company here wants to hire me. I heard that foreign graduates of Chinese universities can get a work permit without the usual two years of work experience, but the company's HR is not sure. Is this correct for our city? Is there a minimum grade or degree requirement? And can I apply while I still have my student residence permit, or must I leave China and come back with a Z visa? Thank you for your time. Andrés Felipe Gómez
""", ("consultation", "no", "-", HSS, "normal", "en", "-"),
  form=dict(name="Andrés Felipe Gómez", phone="199 0000 2615",
            email="andres.gomez@example.com", anonymous=False,
            district="Daxue Town"))

L(28, "stalls-block-shop-door", "plain", "2026-09-27 09:14",
  ("Moussa Diop", "moussa.diop@example.net"),
  "Night stalls block my shop door every evening",
  """
Hello,

I am Moussa Diop from Senegal. I have a small shop of phone accessories at the corner of Xiaoxi Street and Heping Lane; I pay my rent and my tax. Since August, every evening from 6pm, the night-market stalls put their tables and gas stoves exactly in front of my door and on the pavement, so my customers cannot enter and I must close early. Yesterday the smoke of a grill came inside and now my products smell of lamb.

I have nothing against them working, they are poor people like me. But the space in front of a shop door should stay open. Could the urban management mark where the stalls may stand, and keep the entrances free?

Thank you.
Moussa Diop
155 0000 6678
""", ("demand", "no", "-", "Urban Management Bureau", "normal", "en", "-"))

L(29, "damascus-rose-menu-board", "plain", "2026-10-03 12:36",
  ("Yousef Al-Masri", "yousef.almasri@example.org"),
  "What happened at my restaurant on 2 October",
  """
Honourable Mayor,

My name is Yousef Al-Masri. I own a small Syrian restaurant, "Damascus Rose", on Nanhu Walking Street, licensed since 2021.

On 2 October at about 8 pm three city management officers came. They said my standing menu board was 40 cm outside the line. I said sorry and wanted to take it in. One of them, tall, with a shaved head, who came in the patrol car with the plate ending 621, put the board in their car. When my waiter asked for a paper, this officer kicked the chair the waiter was sitting on and he fell. Then the same officer told me I could "solve it simply" with 300 yuan, no need for paper. I paid, because customers were watching and I was ashamed. No receipt.

I accept a fine if I did wrong. But a fine has a paper. I have the video from my camera at the door.

Yousef Al-Masri
130 0000 9403
""", ("complaint", "yes", "a", "Urban Management Bureau", "normal", "en", "-"))

L(30, "free-lawyer-office", "plain", "2026-11-01 19:22",
  ("Jocelyn", "jocelyn.cebu@example.com"),
  "where is free lawyer office",
  """
Hi good evening. My cousin say there is a free lawyer office of the government for people who have no money. Where is this office in the city, what time they open, and is there somebody who speak English? I want to ask about my contract only. Can I go on Saturday?

Thank you,
Jocelyn
""", ("information", "no", "-", "Justice Bureau", "normal", "en", "-"))

L(31, "garbage-bin-pictograms", "plain", "2026-09-20 18:07",
  ("Bermet Asanova", "bermet.asanova@webmail.example"),
  "Garbage sorting: please add pictures on the bins",
  """
Dear City,

I study at the medical university and live in an apartment in Yanjiang Community. The city asks us to sort garbage into four types and volunteers check at the bins. I want to do it right, but the bins have only Chinese characters, and the little pictures are small and faded. My foreign neighbours, and also old Chinese grandmothers who cannot read well, make mistakes and the volunteer scolds them.

My suggestion: big clear pictograms on each bin, like in airports (a fish bone, a bottle, a battery), and a QR code that opens the list in several languages. It is cheap and everybody understands.

Thank you for reading.
Bermet Asanova, Kyrgyzstan
""", ("suggestion", "no", "-", "Urban Management Bureau", "normal", "en", "-"))

L(32, "residence-proof-qingshi", "plain", "2026-10-18 21:31",
  ("娜塔莎", "natasha.qs@mail.example"),
  "社区不给开居住证明",
  """
你们好,我是俄罗斯人,嫁给中国人十年了,住在桃源街道青石社区。

我儿子明年上小学,学校要社区开的居住证名。我七月就去社区申请,社区说外国人的要问街道,街道说这个是社区开的,来回跑了五趟,现在已经三个月了,还是没有。报明马上开始了。

我不是要吵架,就是想要一张证明。但是我也有点害怕,我老公在社区门口开一个小超市,每年都要检查,我怕我投诉了以后他们给我老公找麻凡。

请你们帮忙问一下到底谁负责开。

娜塔莎 139 0000 7254
""", ("complaint", "yes", "c", "Municipal Government Office", "normal", "zh", "typos"))

L(33, "urban-village-fire-risk", "plain", "2026-11-11 23:05",
  ("Nurlan Zhaksybekov", "nurlan.zh@example.com"),
  "Rented building in Xiashan village, fire danger",
  """
Hello,

I am a student from Kazakhstan, I rent a room in a private building in Xiashan village, behind the university's north gate, No. 37. About forty students and workers live there. The landlord added two floors last year, so now it is six floors with only one narrow staircase. All windows have iron bars. At night about twenty electric scooters are charged in the staircase and at the entrance, with cables from the rooms. There is no fire extinguisher, the one on the third floor is empty.

Everybody knows the landlord is the brother of the village party secretary, so nobody from the village will look at it. When a Vietnamese girl asked him about extinguishers in spring, he told her to find another place, and she had to move in the middle of the semester. I need my room until I graduate next summer, I cannot afford the dormitory outside.

Please can somebody check the fire safety of this building before something happens.

Nurlan
173 0000 1495
""", ("demand", "yes", "c", "Emergency Management Bureau", "normal", "en", "-"))

L(34, "traffic-police-wechat-200", "plain", "2026-10-10 09:02",
  ("Lee Dong-hyun", "donghyun.lee@example.net"),
  "Is it legal? Traffic police asked cash without ticket",
  """
Hello, I have a question about the law.

I am Korean and have a Chinese driving licence. On 9 October, about 11 pm, at the Xingang elevated road exit near the toll station, a traffic policeman stopped me. He said I changed lanes over the solid line. Maybe true, I am not sure. He said the ticket is 200 yuan and 3 points, but if I transfer 200 to him by WeChat now, there are no points. I transferred, because I was tired and afraid for my licence. The WeChat name was "平安是福", and the number on his shoulder started with 08.

My question: is this a normal way to pay a traffic fine in China? If not, what should I do, and will I get the points anyway later?

Lee Dong-hyun
185 0000 3062
""", ("consultation", "yes", "a", PSB, "normal", "en", "-"))

L(35, "lantern-festival-tickets", "json", "2026-09-15 22:41", None,
  "Mid-Autumn 灯会 tickets?",
  """
Oi! I'm an exchange student from São Paulo. My friends told me there is a 灯会 at 白鹭湖公园 for 中秋, is it free or need 门票? Where to buy, 美团 or at the gate? And what time it starts, 晚上几点? Last year my friend went and it was 人山人海 lol. Obrigado!!
""", ("information", "no", "-", "Culture and Tourism Bureau", "normal", "en", "mixed"),
  form=dict(name="Lucas Ferreira", phone="", email="lucas.f@example.net",
            anonymous=False, district="Bailu District"))

L(36, "taxi-long-road-shouting", "plain", "2026-10-18 00:27",
  ("Lucía Mendoza Quispe", "lucia.mq@example.org"),
  "Taxi driver took long road and shouted at me",
  """
Good evening,

I am a Peruvian student. On 17 October at 23:10 I took a taxi at the East Railway Station to my dormitory on Qinghe Road. Normally it is 28 to 32 yuan. The driver did not use the navigation, went on the ring road, and the meter showed 87 yuan. When I showed him the map on my phone he started to shout, hit the steering wheel and said "foreigner pay, don't talk", and he kept the doors locked until I paid cash. It was a green taxi of Dongsheng company, the plate ends with T75, I have the photo of the receipt with time.

I was really scared. I want the extra money back, and this driver should not do this to other girls at night.

Lucía Mendoza Quispe
173 0000 8190
""", ("demand", "no", "-", "Transport Bureau", "normal", "en", "-"))

L(37, "voluntary-development-fee", "plain", "2026-09-24 22:09",
  ("K. S.", "ks.himal@example.net"),
  "A question about a \"voluntary\" payment at No. 14 Middle School",
  """
Dear Sir/Madam,

My daughter started Grade 7 this September at No. 14 Middle School, which is a public school. Before the enrolment letter came, the school office told us that foreign students "usually" pay a school development support of 20,000 yuan. They said it is voluntary. The payment goes to the account of an education foundation. The enrolment letter came two days after our transfer. Three other foreign families paid the same; a Malaysian family who did not pay was told there was no place left.

I see on the Education Bureau website that public schools may not charge such fees. Maybe I do not understand correctly and this foundation is something different.

When you ask the school about this, please do not use my name or my daughter's class, I would like this letter to stay between us. She has three more years in that school.

A parent (Nepali, trading in the city for 12 years)
""", ("complaint", "yes", "b", "Education Bureau", "normal", "en", "indirect"))

L(38, "no-signal-yuelan-tower", "multi", "2026-11-18 08:55",
  ("Priya Nair", "priya.nair@example.com"),
  "No mobile signal and no broadband in Yuelan Tower",
  """
Respected Sir/Madam,

We moved in August into Yuelan Tower, a new residential building of 32 floors in the Dongcheng new area. Inside the flat there is zero to one bar of mobile signal for all three operators; calls drop and my husband cannot attend his office video calls. The lifts and the underground garage have no signal at all, which I find unsafe: last week an old uncle was stuck in the lift and could not call out.

The broadband companies say the building's fibre room is "not accepted yet" and refuse to install. The developer says wait. It has been three months.

Kindly coordinate with the operators to install indoor signal equipment and open the broadband.

Priya Nair, flat 2703
180 0000 6329
""", ("demand", "no", "-", "Industry and Information Technology Bureau", "normal", "en", "-"))

L(39, "chinese-class-foreign-wives", "plain", "2026-10-24 10:30",
  ("古丽娜尔", "gulnar.kz@post.example"),
  "建议给外国媳妇开中文班",
  """
市长您好:

我是哈萨克斯坦人,嫁到这里七年了,现在中文可以说,但是写字还是很难。我认识很多外国媳妇,越南的、俄罗斯的、韩国的,有的人来了好几年,去医院、去银行、给孩子开家长会都要老公陪着,很不方便,也很孤单。

我建议:社区或者街道每个星期开一次免费的中文班,晚上或者周末,可以带孩子去。也可以教一点办事的知识,比如怎么交水电费、怎么挂号。我愿意当志愿者,帮新来的人翻译俄语和哈萨克语。

谢谢!
古丽娜尔
""", ("suggestion", "no", "-", "Municipal Government Office", "normal", "zh", "-"))

L(40, "fourth-burglary-nice-camera", "plain", "2026-10-22 20:48",
  ("Sergei Ivanov", "sergei.ivanov@example.org"),
  "Fourth burglary this month, but the cameras are very nice to look at",
  """
Hello,

Our compound, Jinqiao Garden on Lüyuan Road, has a beautiful new camera at each gate. Very modern. Unfortunately none of them has been connected since spring; the property company told me so themselves, with a smile.

This month four flats were burgled, mine on 3 October: a laptop, my wife's gold bracelet and the children's piggy bank. (Thank you, thieves, for leaving the cat.) The police came, wrote everything down, very correct. Since then nothing. The night guard at the gate sleeps from midnight; I have photos, it is almost cute.

I would like the police to tell us whether the four cases are connected and whether there is any progress, and somebody to make the property company connect the cameras and hire a guard who is awake. For 3.2 yuan per square metre management fee I don't think this is too much to ask.

Sergei Ivanov (Russian, married here)
132 0000 4718
""", ("demand", "no", "-", PSB, "normal", "en", "sarcasm"))

L(41, "night-chemical-smell-hongshan", "json", "2026-11-07 02:14", None,
  "Chemical smell every night near Hongshan Garden, and is the air data public?",
  """
Every night after 11 pm a sweet chemical smell, like paint thinner, comes from the factory on the east side of Hongshan Garden (the one with the blue roof, behind the car wash). It is strongest around 1 to 3 am. My two children wake up coughing and my neighbour's son has had asthma attacks. In the daytime there is no smell, I think they run those machines at night on purpose. Please send the inspectors at night, not in the day. I also want to know if the air monitoring station near the metro stop publishes its data for residents, and where to see it. I work for a supplier of that factory, so I cannot write my name.
""", ("demand", "yes", "b", "Ecology and Environment Bureau", "normal", "en", "two-intents"),
  form=dict(name="", phone="", email="", anonymous=True, district="Hongshan"))

L(42, "thank-you-before-leaving", "plain", "2026-11-20 16:16",
  ("Margaret Hollis", "m.hollis@example.com"),
  "A thank-you before I leave",
  """
Dear Mayor,

After eleven years of teaching English here, I am going home to Melbourne next month. I just wanted to say that this city has been kind to me: the neighbours, the ladies at the wet market, the nurses who looked after me when I broke my wrist, the stranger who carried my shopping up five floors. I will miss the plane trees on Wutong Avenue.

That's all. Thank you.

Margaret Hollis
""", ("information", "no", "-", "none", "normal", "en", "-"))

L(43, "individual-business-foreigner", "json", "2026-09-09 14:48", None,
  "how to open individual busines as foreigner",
  """
Good day sir. I am from Cameroon, I have been buying goods here 4 years with business visa, now I want open small shop in the Fuyuan Comodity City for export of hair products to Douala. My chinese friend say foreigner cannot make "ge ti hu", must open company with big capital. Is that true? What is the minimun capital and wich office I go for the licence, and can I do it by myself or must use agent? Agents are asking 15000 yuan wich is to much for me. Thank you for your kind anwser. Jean-Paul
""", ("consultation", "no", "-", "Market Regulation Administration", "normal", "en", "typos"),
  form=dict(name="Jean-Paul Mbarga", phone="+86 150 0000 2743",
            email="jp.mbarga@example.com", anonymous=False,
            district="Fuyuan District"))

L(44, "bright-star-salary", "plain", "2026-10-12 22:35",
  ("Tendai Moyo", "tendai.moyo@example.net"),
  "Two months salary unpaid at a training centre",
  """
Dear Sir/Madam,

I am Tendai Moyo from Zimbabwe. I teach English at Bright Star Education, a private training centre in Huaxin Plaza, with a valid work permit sponsored by them. My August and September salaries, 22,000 yuan in total, have not been paid. Four Chinese teachers and one Filipino teacher are in the same situation. The boss says the money will come "after the parents pay".

When I asked again last week, the boss reminded me that my work permit and residence permit are tied to the school and that "troublemakers" can be "released". He said it smiling, but I understood. If I lose the permit I must leave China within days, and my wife is expecting our child here in December.

I want to be paid for the work I did. Can the labour office help us, and what happens to my permit if the school is the one at fault?

Tendai Moyo
156 0000 1184
""", ("demand", "yes", "c", HSS, "normal", "en", "-"))

L(45, "sponsorship-before-subsidy", "plain", "2026-09-28 09:50",
  ("Kim Min-jun", "minjun.kim@hanbit-trading.example"),
  "Fwd: \"sponsorship\" before our subsidy application",
  """
Dear Sir or Madam,

I run a small Korean cosmetics import company, Hanbit Trading, in the free trade zone. In August we applied for the district's SME export subsidy. A section chief at the district commerce bureau, Mr. Qian, then contacted me directly on WeChat. I forward his messages below:

---------- Forwarded messages ----------
[Qian 2026-09-08 20:14] 金社长,材料我看过了,问题不大。
[Qian 2026-09-08 20:15] 周五我们科里几个同事聚一下,你们那个韩国烤肉店方便安排吗?
[Me 2026-09-08 20:30] 钱科长,吃饭可以,但是补贴是按规定审批吧?
[Qian 2026-09-08 20:41] 当然按规定。另外快过节了,准备几张购物卡,心意就行,大家都这样。
[Qian 2026-09-15 10:02] 上次说的考虑得怎么样?名单下周报上去。
------------------------------------------

I did not send any cards. Last week the list was published and our company is not on it, although our export figures meet every condition in the notice. I do not want to give gifts to anybody; I only want our application examined fairly.

Kim Min-jun
Hanbit Trading Co., Ltd.
+86 183 0000 5607
""", ("complaint", "yes", "a", "Discipline Inspection Commission", "normal", "en", "quoted"))

L(46, "insurance-online-foreigners", "html", "2026-11-24 11:05",
  ("Klaus Brenner", "klaus.brenner@example.org"),
  "Suggestion: let foreign residents pay medical insurance online",
  """
Dear Sir/Madam,

I am a German citizen, 67, married to a Chinese woman and living in this city for nine years with a permanent residence card. Since 2023 I am in the residents' medical insurance, which I value very much.

But every year the payment must be made at the counter, because the online channels (the tax app and the bank apps) reject my permanent residence card number. So each December I queue with the students and the old people. Many of my foreign friends have given up and are uninsured, which is dangerous for them and also for the hospitals.

My suggestions:
(1) let the online channels accept the foreigner permanent residence ID and passport numbers;
(2) publish a short English guide to the insurance: what is covered, how to claim after treatment in another province;
(3) put a note in English at the hospital cashier windows on how to use the insurance card.

With best regards,
Klaus Brenner
+86 139 0000 4480
""", ("suggestion", "no", "-", "Healthcare Security Bureau", "normal", "en", "-"))

L(47, "open-manhole-kindergarten", "plain", "2026-11-12 15:48",
  ("Ahmed", "ahmed.k@inbox.example"),
  "OPEN MANHOLE at kindergarten gate NOW",
  """
Manhole cover gone at Yangguang Kindergarten gate, Beihuan Road. Deep hole, children come out 4:30. I put a chair over it. Come quick please.
Ahmed 135 0000 2209
""", ("demand", "no", "-", "Water Affairs Bureau", "high", "en", "short"))

L(48, "qualified-translation-agency", "json", "2026-10-28 10:40", None,
  "Which translation agencies are accepted at the service hall?",
  """
Hello. Yesterday at the government service hall I tried to submit the documents for setting up a representative office of our Emirati trading company. The window did not accept the Chinese translation of our certificate of incorporation, saying it must come from a "qualified translation agency". Our translation was made by a sworn translator in Dubai and legalised by the Chinese consulate. Could you please tell me which translation agencies are considered qualified, whether there is an official list, and whether the consular legalisation counts for anything? I want to prepare everything correctly before my next trip in December. Thank you. Saeed Al Nuaimi
""", ("consultation", "no", "-", "Administrative Approval Bureau", "normal", "en", "-"),
  form=dict(name="Saeed Al Nuaimi", phone="+971 50 0000 3812",
            email="saeed.alnuaimi@example.com", anonymous=False,
            district="Ruyi New Area"))

L(49, "scam-calls-visa-deposit", "plain", "2026-10-30 21:02",
  ("Siti", "siti.rahayu@webmail.example"),
  "举报诈骗电话",
  """
你好!!我是印尼人,在这里做家政。

这个星期每天都有电话打给我,号码是１７０ ００００ ５５３１,说我的签证有问题,要我交５０００块"保证金",不交就把我抓走、送回国。他们说话很凶,我很害怕!!我的朋友也接到了一样的电话。

请警察查一下这个号码,把它停掉。

我的电话:１５７－００００－６３９０。
谢谢!!
——Ｓｉｔｉ
""", ("demand", "no", "-", PSB, "normal", "zh", "fullwidth"))

L(50, "widow-survivor-pension", "plain", "2026-09-18 10:26",
  ("Oksana Kovalenko", "oksana.k@example.com"),
  "Husband passed away: pension and funeral money for a foreign wife?",
  """
Dear Sir/Madam,

My husband Zhang Wei passed away on 1 September after an illness. He was 58 and worked 31 years at a state machine factory; he paid pension insurance all his life but was not retired yet. I am Ukrainian, his wife for 20 years, and I have permanent residence in China. We have one son at university.

Please help me understand:
- is there a funeral allowance and a survivor's pension from his pension insurance, and can I receive it as a foreigner?
- what happens to the money in his personal pension account?
- which office must I go to, and what papers do I need (death certificate, marriage certificate; our marriage was registered in Kyiv in 2005, is it valid here)?

I am sorry for my English, I am still not thinking clearly.

Oksana Zhang (Kovalenko)
153 0000 7046
""", ("consultation", "no", "-", HSS, "normal", "en", "-"))

L(51, "police-said-family-business", "plain", "2026-09-29 13:18",
  ("Saule Akhmetova", "saule.akh@example.net"),
  "The police did not help me",
  """
Dear Mayor,

On the night of 27 September my husband hit me again. This time he broke my phone and pushed me against the wardrobe; I have bruises on my arm and my back. I ran with my daughter to Shuangqiao police station at around 1 am.

The officer on duty, a young man with the surname Liu on his badge, listened for two minutes, then said "this is family business, go home and talk nicely with your husband", and he laughed with another man about "foreign wives are hot-tempered". He did not write anything, he did not ask to see my arm. When I asked for a paper that I had reported, he said there is nothing to give.

Now I am staying with a friend from Almaty. I have heard China has a law against domestic violence and that the police can give a warning letter. Why did he refuse me? I want my report to be written properly and I want to feel safe.

Saule Akhmetova
187 0000 2531
""", ("complaint", "yes", "a", PSB, "normal", "en", "-"))

L(52, "exit-entry-phone", "plain", "2026-09-10 08:12",
  ("阿迪", "adi.student@mail.example"),
  "出入境电话",
  """
你好,请问出入境管理大厅的电话和地址是多少?周六上班吗?谢谢。
""", ("information", "no", "-", PSB, "normal", "zh", "short"))

L(53, "market-card-payment-signs", "plain", "2026-11-02 17:44",
  ("Imran Qureshi", "imran.q@example.org"),
  "Suggestion for the 外贸 market: foreigners need 刷卡 and signs",
  """
Assalamu alaikum 市长 sir,

I am Imran Qureshi, I buy 小商品 in Yongxing Small Commodities Market for 8 years, shipping to Karachi and Lahore. Every month 100+ buyers from Pakistan, Bangladesh and Middle East come with me. Problem: most 档口 only accept 微信 or 支付宝, new visitors cannot bind foreign card quickly, so they carry big cash, not safe. Also the 市场 has no English map and the 管理处 phone is only Chinese.

My 建议:
1) encourage shops to accept Visa/Master by POS machine,
2) one 外商服务中心 inside market with English / Urdu / Arabic helper,
3) English map at each gate.

More buyers happy = more 生意 for the city, 双赢!

Shukriya,
Imran
189 0000 4256
""", ("suggestion", "no", "-", "Commerce and Investment Promotion Bureau", "normal", "en", "mixed"))

L(54, "night-nurse-drip-ward9", "multi", "2026-11-12 09:31",
  ("Ekaterina Lin", "ekaterina.lin@example.com"),
  "Night nurse in Ward 9 left my mother-in-law's drip",
  """
Dear Sir,

I want to report what happened in the night of 11 November at City Central Hospital, internal medicine Ward 9, bed 23. My mother-in-law, 79, had an IV drip with potassium. Around 2 am the drip finished and blood started to go back into the tube, her hand was swelling. I pressed the call button six times.

I went to the nurse station. The night nurse, name card "Wu", number N-215, was sitting with her phone, playing a game with the sound on. She said "wait, one minute" and continued. After 15 minutes she came, pulled the needle out roughly and said to my mother-in-law "you old people always press the bell".

Now the hand is blue and swollen. The ward doctors are good, I have no complaint about them. But this nurse should not be working nights alone with old patients.

Ekaterina Lin
188 0000 7312
""", ("complaint", "yes", "a", "Health Commission", "normal", "en", "-"))

L(55, "rent-out-flat-tax", "plain", "2026-11-16 07:58",
  ("朴俊浩", "park.junho@example.net"),
  "外國人出租房子要交稅嗎?",
  """
您好.我是韓國人,在本市有一套房子(２０１９年買的),現在我要回國工作兩年,想把房子出租.請問:

１.外國人出租房子要交什麼稅?個人所得稅是多少?
２.租客的公司要發票,我可以去哪裏開?
３.我人在韓國的時候,可以委託朋友辦嗎?

謝謝.
朴 俊浩  ＴＥＬ:１３８－００００－５９１７
""", ("consultation", "no", "-", "Taxation Bureau", "normal", "zh", "fullwidth"))

L(56, "night-pile-driving-again", "plain", "2026-10-06 03:05",
  ("Diego Hernández", "diego.hdz@example.org"),
  "Re: Re: Night construction noise opposite Qiaonan Student Apartments",
  """
Hello again,

This is my third letter. Your office replied to me on 24 September:

> 您好,您反映的问题已转交相关部门处理,施工单位已承诺夜间22:00后停止高噪音作业。感谢您的监督。

(For my friends who don't read Chinese: "the construction company has promised to stop loud work after 10 pm.")

It lasted two nights. Since 27 September the site of the new shopping mall across from Qiaonan Student Apartments works again with pile drivers and concrete trucks until 3 or 4 am. Tonight I measured 78 dB at my window at 2:40 am. We have exams in November.

Please, not another promise. Somebody must come at night and see it. I want to 举报 this site properly: the permit on the fence says night work is allowed only for "continuous pouring", but it is every night.

Diego Hernández (Mexico), room 1207
171 0000 3388
""", ("demand", "no", "-", "Ecology and Environment Bureau", "normal", "en", "quoted"))

L(57, "12345-press-0-for-english", "plain", "2026-09-15 12:20",
  ("Rami Khoury", "rami.khoury@example.com"),
  "12345: \"press 0 for English\", then silence",
  """
Dear 12345 office,

I have now become an expert in your silence. On Monday I called five times to ask about an item I lost at the convention centre. Each time: a Chinese menu; I pressed 0, as your English web page says "press 0 for English service"; the line went quiet for about 40 seconds and then disconnected. On the fifth try a person answered, said "English? wait", and after four minutes of gentle breathing the line closed.

I don't blame whoever picked up; maybe no English-speaking colleague was on duty. But your English website promises an English service 24 hours a day. Either provide it or change the website, so that the next visitor does not waste a morning the way I did.

Rami Khoury
+86 176 0000 9352
""", ("complaint", "no", "-", "Municipal Government Office", "normal", "en", "sarcasm"))

L(58, "donate-kids-clothes", "json", "2026-11-22 14:33", None,
  "旧衣服捐到哪里?",
  "你好,我是蒙古国人,老公是中国人。我们要搬家了,有很多孩子的旧衣服和玩具,都还很好。请问市里有没有可以捐的地方?需要洗干净吗?冬天的衣服可以吗?谢谢!",
  ("information", "no", "-", "Civil Affairs Bureau", "normal", "zh", "-"),
  form=dict(name="娜仁", phone="147 0000 8823", email="", anonymous=False,
            district="北城区"))

L(59, "helper-change-employer", "plain", "2026-10-25 23:40",
  ("Nang", "nang.hseng@inbox.example"),
  "question about changing employer",
  """
Hello Sir/Madam,

I am a domestic helper from Myanmar, I work for a family here two years, my work permit is under my employer's company. I want to ask: if I finish with this family, can another family or a company take my work permit, or I must go back to Myanmar first and apply again?

My employer says if I leave her she will tell the police I stole, and I will go to jail. Is this true, can she do this?

Please answer only to this email, not by phone. My employer sometimes check my phone.

Thank you.
Nang
""", ("consultation", "yes", "b", HSS, "normal", "en", "-"))

L(60, "museum-late-opening-students", "plain", "2026-11-27 18:26",
  ("Catalina Muñoz", "catalina.munoz@example.net"),
  "Museums: late opening and student tickets for foreign students",
  """
Hello!

I'm Catalina Muñoz from Chile, studying Chinese at the Foreign Languages University. Two ideas about the City Art Museum and the Science Museum:

1. Please open late one evening a week, for example Friday until 9 pm. Students and workers can't go on weekdays, and at weekends it's full of school groups.
2. The student discount only works with a Chinese 学生证 scanned at the machine. Our international student card is refused, so we pay full price. Please accept the international student card, or a passport plus a university letter.

And one question: is the Science Museum's new space exhibition free or with a ticket? I couldn't find it on the website.

¡Gracias!
Catalina
""", ("suggestion", "no", "-", "Culture and Tourism Bureau", "normal", "en", "two-intents"))


def crlf(text):
    return "\r\n".join(text.split("\n"))


def header_value(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def html_body(text):
    parts = []
    for para in text.split("\n\n"):
        lines = para.split("\n")
        if all(l.startswith("- ") or l[:2].rstrip(".").isdigit() for l in lines if l):
            items = "".join("<li>%s</li>" % html.escape(l.lstrip("-0123456789. ").strip())
                            for l in lines if l)
            tag = "ul" if lines[0].startswith("- ") else "ol"
            parts.append("<%s>%s</%s>" % (tag, items, tag))
        else:
            parts.append("<p>%s</p>" % "<br>\n".join(html.escape(l) for l in lines))
    return ("<html><head><meta charset=\"utf-8\"></head><body>\n"
            + "\n".join(parts) + "\n</body></html>")


def write_eml(d, path):
    n = d["n"]
    dt = datetime.strptime(d["date"], "%Y-%m-%d %H:%M").replace(tzinfo=TZ)
    name, addr = d["sender"]
    domain = addr.split("@", 1)[1]
    hdrs = [
        ("From", formataddr((name, addr), charset="utf-8")),
        ("To", "mayor@city.example"),
        ("Subject", header_value(d["subject"])),
        ("Date", format_datetime(dt)),
        ("Message-ID", "<w7-%03d.%s@%s>" % (n, dt.strftime("%Y%m%d%H%M"), domain)),
        ("MIME-Version", "1.0"),
    ]
    body = d["body"] + "\n"
    if d["fmt"] == "plain":
        hdrs += [("Content-Type", "text/plain; charset=utf-8"),
                 ("Content-Transfer-Encoding", "8bit")]
        payload = body
    elif d["fmt"] == "html":
        hdrs += [("Content-Type", "text/html; charset=utf-8"),
                 ("Content-Transfer-Encoding", "8bit")]
        payload = html_body(d["body"]) + "\n"
    elif d["fmt"] == "multi":
        b = "=_w7_alt_%03d" % n
        hdrs += [("Content-Type", 'multipart/alternative; boundary="%s"' % b)]
        payload = (
            "This is a multi-part message in MIME format.\n\n"
            "--%s\n"
            "Content-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: 8bit\n\n%s\n"
            "--%s\n"
            "Content-Type: text/html; charset=utf-8\n"
            "Content-Transfer-Encoding: 8bit\n\n%s\n\n"
            "--%s--\n" % (b, body, b, html_body(d["body"]), b))
    else:
        raise ValueError(d["fmt"])
    text = "".join("%s: %s\n" % h for h in hdrs) + "\n" + payload
    with open(path, "wb") as f:
        f.write(crlf(text).encode("utf-8"))


def write_json(d, path):
    dt = datetime.strptime(d["date"], "%Y-%m-%d %H:%M").replace(tzinfo=TZ)
    fm = d["form"]
    obj = {
        "id": "w7-%03d" % d["n"],
        "submitted_at": dt.isoformat(),
        "name": fm["name"],
        "phone": fm["phone"],
        "email": fm["email"],
        "anonymous": fm["anonymous"],
        "title": d["subject"],
        "content": d["body"],
        "district": fm["district"],
    }
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=2)
        f.write("\n")


def main():
    nums = [d["n"] for d in LETTERS]
    assert nums == list(range(1, 61)), nums
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    rows = ["path\tcategory\tconfidential\treason\tdepartment\tpriority\tlanguage\thard"]
    for d in LETTERS:
        cat, conf, reason, dept, prio, lang, hard = d["labels"]
        assert dept in DEPARTMENTS, dept
        assert (conf == "yes") == (reason in ("a", "b", "c"))
        if d["fmt"] == "json":
            assert d["form"] is not None
            if d["form"]["anonymous"]:
                assert conf == "yes" and reason == "b"
            fname = "w7-%03d-%s.json" % (d["n"], d["slug"])
            write_json(d, os.path.join(OUT, fname))
        else:
            fname = "w7-%03d-%s.eml" % (d["n"], d["slug"])
            write_eml(d, os.path.join(OUT, fname))
        rows.append("\t".join(["letters/" + fname, cat, conf, reason, dept,
                               prio, lang, hard]))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows) + "\n")
    print("wrote %d letters" % len(LETTERS))


if __name__ == "__main__":
    main()
