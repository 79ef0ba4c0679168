#!/usr/bin/env python3
"""w31: letters to the mayor's mailbox, mostly from English-first writers.

Run `python3 gen.py`; writes letters/ and labels.tsv next to this file.
Standard library only, deterministic (all dates fixed in the table).
"""
import datetime
import html
import json
import os
from email.header import Header
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "letters")
W = "w31"
TZ = datetime.timezone(datetime.timedelta(hours=8))

# Each entry:
# (num, slug, fmt, category, confidential, reason, department, priority,
#  language, hard, when "YYYY-MM-DD HH:MM", sender name, sender address,
#  subject/title, body, extra)
# fmt: eml (text/plain), html (text/html), alt (multipart/alternative), json
# extra for json: dict(phone=..., district=..., anonymous=...)
L = []


def add(*row):
    L.append(row)


add(1, "moving-out-of-dorm", "eml", "consultation", "no", "-",
    "Public Security Bureau", "normal", "en", "-", "2026-10-08 21:14",
    "Lukas Brenner", "lukas.brenner@uni.example",
    "Registering my new address after moving out of the dorm",
    """Dear Sir or Madam,

I'm a second-year master's student at the university on Qingshui Road. Next week I'm moving out of the international dormitory into a rented flat in the Laurel Garden compound (Building 6). My classmates tell me I have to "register" at the police station within 24 hours, but every one of them says something different about what to bring.

Could you tell me:
- Do I go to the police station for the new area myself, or can the landlord do it online?
- Is a copy of the rental contract enough, or does the landlord have to come with me?
- Does the move change anything on my residence permit, which is valid until next July?

I would rather do it right the first time.

Thank you,
Lukas Brenner
139 0000 2871""", None)

add(2, "deposit-yinxing", "eml", "demand", "no", "-",
    "Housing and Urban-Rural Development Bureau", "normal", "en", "two-intents",
    "2026-10-13 08:47",
    "Hannah Whitcombe", "h.whitcombe@example.net",
    "Deposit not returned - flat at Yinxing Apartments",
    """Hello,

We moved out of our flat at Yinxing Apartments, unit 1402, on 31 August after two years there. The landlord, a Mr. Gu, did the inspection with us, said everything was fine and promised to return the 12,000 yuan deposit "within a week". That was six weeks ago. He reads our WeChat messages and doesn't answer; the one time he did, he said the bathroom fan was broken and he would "see". It was broken when we moved in - we have dated photos from 2024.

We'd like help getting the deposit back. Is there a mediation service for rental disputes that could contact him?

And while I'm writing: the agency that found us the flat is now asking for a "contract termination fee" of half a month's rent, even though we left at the end of the lease. Are they allowed to charge that?

Thanks,
Hannah Whitcombe
Now at 28 Sycamore Lane, Hexi
186-0000-4419""", None)

add(3, "visa-window-card", "json", "complaint", "yes", "a",
    "Public Security Bureau", "normal", "en", "indirect", "2026-10-08 20:15",
    "Rebecca Moyo", "rmoyo@post.example",
    "Question about the exit-entry window on Tuesday",
    """I renewed my study visa at the exit-entry hall on Tuesday 6 October, window 4, around 10:30. The officer at the window, a man with glasses and very short hair, looked at my papers and said my bank statement was "a problem" and that the file "might take a very long time, maybe get lost". Then he slid a business card across the counter for a company called Fastway Visa Services and said they "know how the system works" and I should call them today. He said it quietly, and he did not write down what was wrong with my statement.

A friend from my programme went to the same window the next morning with the same kind of bank statement and was given the same card.

I did not call the company. I only want to know if this is how it is supposed to work, because it did not feel right to me.""",
    dict(phone="+86 131 0000 6630", district="Nanhu District", anonymous=False))

add(4, "museum-passport-booking", "eml", "suggestion", "no", "-",
    "Culture and Tourism Bureau", "normal", "en", "-", "2026-10-10 16:02",
    "Margaret Hollis", "margaret.hollis@example.org",
    "Museum booking for visitors without a Chinese ID number",
    """Hello,

I am visiting my son, who teaches at a school here, for three weeks. Yesterday we tried to book tickets for the City History Museum on its official account and the form would not take a passport number, only an 18-digit ID. At the door the staff were very kind and let me in with my passport after a few phone calls, but a long queue built up behind us and I felt rather bad about it.

Might I suggest adding a passport option to the booking page, and perhaps a small sign at the entrance in English showing visitors with passports where to go? It would save everybody time, the staff included.

Kind regards,
Margaret Hollis (Mrs)
staying in Wutong Road""", None)

add(5, "metro-station-names", "html", "suggestion", "no", "-",
    "Transport Bureau", "normal", "en", "-", "2026-10-14 07:31",
    "Tom Akers", "tomakers@mail.example",
    "Metro Line 3 - the English station names don't match",
    """Hi,

I teach at a language centre and ride Line 3 every day. Small suggestion, but I think a useful one.

On the platform signs one station is "Jinlan Square", on the screen inside the train it's "Jinlan Guangchang", and the recorded English announcement calls it "Golden Orchid Square". Three names for one stop. Last month I watched two tourists get off one stop early because they didn't realise these were the same place. Beimen / North Gate has the same problem, and so does the airport line.

Could the metro choose one system - the pinyin-plus-English-word style used on the road signs seems the clearest - and use it everywhere: signs, screens, announcements and the app? If it helps, I'd be glad to go through a station list with whoever does this, free of charge.

Tom Akers""", None)

add(6, "service-hall-queue-reset", "eml", "complaint", "no", "-",
    "Administrative Approval Bureau", "normal", "en", "-", "2026-10-13 18:20",
    "Graham Pell", "graham@pellyuan.example",
    "Service hall queue - three hours and the numbers were reset",
    """Dear Mayor's Office,

On Monday 12 October I went to the government service hall on Huaxing Avenue to file a change of legal representative for our small trading company. I took number B087 at 9:05. At around 11:40 the screen went black, and when it came back every number had been reissued starting again from B001. Nothing was announced. The staff at the desks said the system "does this sometimes" and I had to take a new ticket. I was finally called at 12:50, and the window closed for lunch halfway through my file.

The staff themselves were polite and did what they could, so this is not about them. The problem is a ticket system that can wipe out a whole morning's queue with no backup, and no way to book a time slot in advance for company matters.

Please look into it. I'm happy for my name to be passed on if that helps.

Graham Pell
Director, Pell & Yuan Trading Co.
+86 138 0000 7712""", None)

add(7, "brightpath-unpaid-salary", "eml", "demand", "no", "-",
    "Human Resources and Social Security Bureau", "normal", "en", "-",
    "2026-10-11 22:05",
    "Chloe Brannigan", "chloe.brannigan@example.com",
    "Unpaid salary - BrightPath English closed without notice",
    """Dear Mayor's Office,

I have worked full-time as an English teacher at BrightPath English (2nd floor, Fenghuang Plaza, Lianxi District) since March. My salary for August and September - 19,000 yuan a month - was never paid. On 9 October I arrived to find the doors locked and a paper sign saying "renovation". The manager, Ms. Liang, has blocked me on WeChat. At least four other foreign teachers and two Chinese teaching assistants are in the same position.

I have my contract, my work permit, bank statements showing the last payment in July, and chat records where the manager promised payment "next week" three separate times.

What can the labour department do to get us paid? Can we file together as a group?

Chloe Brannigan
177 0000 3095""", None)

add(8, "spouse-part-time", "eml", "consultation", "no", "-",
    "Human Resources and Social Security Bureau", "normal", "en", "short",
    "2026-10-16 12:40",
    "Raj Menon", "raj.menon@inbox.example",
    "wife working?",
    """Wife is on a family residence permit. Can she legally work part-time? Which office issues the permit?

Thanks - Raj""", None)

add(9, "bbq-exhaust-fan", "eml", "demand", "no", "-",
    "Ecology and Environment Bureau", "normal", "zh", "mixed", "2026-10-19 23:48",
    "周雨桐", "yutong.zhou@example.net",
    "举报楼下烤肉店排风扇噪音和油烟",
    """你好，

我要举报一下我家楼下新开的一家烤肉店（清溪路88号底商）。他们的 exhaust fan 就装在我们卧室窗户正下方，每天从中午开到凌晨两点多，那个 noise 是 constant 的，我用手机 app 测过，关着窗卧室里都有六十多分贝。油烟也直接往上飘，阳台晾的衣服全是烤肉味。

我刚从 Melbourne 回来，可能对这种事比较 sensitive，但楼上楼下的邻居都在群里抱怨，不是我一个人的问题。跟店长 talk 过两次，他说"设备是合规的"，然后就没下文了。

希望环保部门能派人来 measure 一下，晚上十点以后来最准。

周雨桐
135 0000 8826""", None)

add(10, "childrens-emergency-triage", "eml", "complaint", "yes", "a",
    "Health Commission", "normal", "en", "-", "2026-10-20 10:12",
    "Aoife Brennan", "aoife.b@example.org",
    "How we were treated at the paediatric emergency on Sunday",
    """Hello,

I'm an au pair living with a family in Jinxiu Garden. On Sunday 18 October the younger boy (4) had a high fever while both his parents were away on a business trip, so I took him to the paediatric emergency at the Second People's Hospital with his insurance card and a signed note from his mother.

At the triage desk the nurse on duty - evening shift, about 8 pm, her name badge began with "Wang" - listened to me trying to explain in my bad Chinese, then repeated my words back in a silly voice to the nurse beside her, and they both laughed. Then she told me, in English, so she understood me perfectly well, that she "doesn't serve foreigners without a Chinese adult", and pointed at the chairs. We waited more than an hour with him at 39.6. Only when his mother rang the hospital from the airport did anyone see us.

I know the emergency room was busy. But being laughed at and turned away while holding a sick child has nothing to do with being busy.

Aoife Brennan
+86 150 0000 2248""", None)

add(11, "goodbye-thank-you", "eml", "information", "no", "-",
    "none", "normal", "en", "-", "2026-11-20 19:30",
    "Dr. Miriam Castell", "mcastell@scholar.example",
    "Before I leave - thank you",
    """Dear Mayor,

My visiting year at the university ends next month, and I didn't want to go without writing this.

I arrived knowing about forty words of Chinese. Since then a neighbour has brought me soup every time I had a cold, a bus driver waited for me at the Peach Blossom terminus while I ran across the square with my shopping, the woman at the fruit stand taught me to count, and a stranger walked me twenty minutes out of his way on my first night when I was lost. Small things, but they added up to a year I will remember for the rest of my life.

No reply is needed. I only wanted the city to know that it was kind to me.

With warm regards,
Miriam Castell
Visiting Scholar, School of Foreign Studies""", None)

add(12, "ceiling-leak-dongyuan", "eml", "demand", "yes", "c",
    "Housing and Urban-Rural Development Bureau", "normal", "en", "indirect",
    "2026-10-21 14:26",
    "Kate Ward", "kateward@example.com",
    "Leaking ceiling in a rented top-floor flat",
    """Hi,

My husband and I rent a top-floor flat in Block C, 14 Dongyuan Lane. Since the September rains, water comes through the bedroom ceiling whenever it rains for more than an hour. The plaster over the wardrobe has gone soft and black mould is spreading along the corner, and that's the room our baby sleeps in. We've moved her cot into the living room for now.

The landlord has said twice he'd send someone "after the holiday". Nobody has come.

I should say that I went back and forth about sending this. The same family also rents my husband the shop unit downstairs where he runs his phone-repair business, and that lease comes up for renewal in January. He thinks that once they hear we went to the government, there may not be a renewal. But I can't leave the baby next to that wall all winter.

Is there anything your office can do about the roof?

Kate Ward
136 0000 5107""", None)

add(13, "route-47-fiction", "eml", "complaint", "no", "-",
    "Transport Bureau", "normal", "en", "sarcasm", "2026-10-24 09:03",
    "Ben Hargreaves", "ben.hargreaves@example.net",
    "Route 47: a work of fiction",
    """To whoever writes the timetable for bus 47,

Congratulations. According to the app and the sign at the Lotus Bridge stop, route 47 comes "every 8-10 minutes" at morning peak. I have now tested this claim on eleven working days in October. Average wait: 31 minutes. Record: 52 minutes on Thursday the 15th, after which three 47s arrived together, nose to tail, like a small parade in my honour.

I've learned a lot. I know every crack in the Lotus Bridge pavement by name. I have been late for my first class nine times, and my students now treat "Mr. Ben's bus" as a running joke.

Seriously though: either run the buses the timetable promises, or change the timetable to tell the truth so people can plan. And the real-time tracker in the app keeps showing buses that never turn up.

Ben Hargreaves
Lotus Bridge""", None)

add(14, "foreign-kids-public-school", "json", "consultation", "no", "-",
    "Education Bureau", "normal", "en", "-", "2026-10-05 11:20",
    "Laura Kinsella", "laura.kinsella@example.org",
    "Enrolling my children in a local public primary school",
    """We are an Irish-Canadian family who moved here in August for my husband's job (he has a work permit; the children and I have dependent residence permits). Our two children are 7 and 9. We would like them to go to the public primary school near our home in Meilin Community rather than an international school, mostly so they learn the language properly. When I asked at the school gate, the guard said foreigners have to "ask the education bureau".

What is the procedure for foreign children to join a public school? Which documents are needed - translations, vaccination records, reports from their previous school? Is there a fee for foreign pupils? And can they start in the middle of the semester, or do they have to wait until February?""",
    dict(phone="188 0000 6423", district="Meilin", anonymous=False))

add(15, "brown-tap-water", "json", "demand", "no", "-",
    "Water Affairs Bureau", "normal", "en", "-", "2026-10-26 07:55",
    "Oliver Grant", "",
    "Brown tap water for three days - Building 9, Riverside Heights",
    """Since Saturday morning the water from every tap in our flat comes out light brown for the first minute or two, and slightly cloudy even after that. The neighbours in Building 9 see the same thing. The property office says it's "the city's pipes", and the water company hotline took my details but nobody has come.

We have a 10-month-old baby and are buying bottled water for everything, even her bath. Could someone test the water, tell us whether it is safe to use, and fix whatever is causing it?""",
    dict(phone="", district="Jiangbei", anonymous=False))

add(16, "gas-smell-stairwell", "eml", "demand", "no", "-",
    "Emergency Management Bureau", "high", "en", "-", "2026-11-02 10:55",
    "Samuel Achebe", "s.achebe@mail.example",
    "URGENT - strong gas smell in stairwell, Building 3 Qiaoxi New Village",
    """Please send someone now.

There has been a strong smell of gas on the 4th and 5th floor landings of Building 3, Qiaoxi New Village, since about 7 this morning. It is strongest near the pipe by the door of 502. I called the gas company number on the meter at 7:20 and again at 9:10; both times they said a technician was "on the way". It is nearly 11 and nobody has come. There are old people and small children on those floors and some people are still cooking.

I have knocked on doors telling people not to use lighters or switches, and I am calling 119 as well, but I want this on record with the city too.

Samuel Achebe, 5th floor
159 0000 3360""", None)

add(17, "consulting-fee-expansion", "alt", "complaint", "yes", "a",
    "Discipline Inspection Commission", "normal", "en", "-", "2026-10-23 17:40",
    "Richard Hale", "richard.hale@hale-pack.example",
    "A \"consulting fee\" requested during our factory expansion",
    """Dear Sir or Madam,

I manage a small Singapore-invested packaging company with a plant in the Dongpo Industrial Park. We have applied to expand into the neighbouring unit.

At a meeting on 20 October, the deputy head of the sub-district office responsible for our park, Mr. Lu Jianping, told our local manager and me that the approval "normally takes eight months" but could be finished "before Spring Festival" if we signed a consulting agreement with a firm called Hengda Advisory. The fee he mentioned was 180,000 yuan. He wrote the firm's name on the back of his own name card. Our manager has since found that Hengda Advisory is registered to Mr. Lu's cousin.

We have not paid and have no intention of paying. I still have the name card and our manager's notes from the meeting, and can provide both.

Otherwise our experience with the park has been good and we hope to keep investing here. I would ask only that this be looked into properly.

Richard Hale
General Manager""", None)

add(18, "lecture-fee-tax", "eml", "consultation", "no", "-",
    "Taxation Bureau", "normal", "en", "-", "2026-11-10 15:15",
    "Andrew McKee", "a.mckee@scholar.example",
    "Tax on lecture fees as a visiting scholar",
    """Good afternoon,

I'm a visiting scholar from the UK, here until June. Apart from my salary from my home university, the local university has paid me 3,000 yuan per lecture for four guest lectures, and its finance office withheld tax from each payment. Someone told me I might get part of it back by filing an annual return, but the finance office wasn't sure whether that applies to foreigners who stay less than a year.

Could you tell me:
1) whether I need to file an annual return at all,
2) whether the tax app can be used in English with a passport, and
3) whether the UK-China tax treaty changes anything here?

I'm perfectly happy to be pointed to the right office instead.

Many thanks,
Andrew McKee""", None)

add(19, "cold-front-hike", "eml", "information", "no", "-",
    "Meteorological Bureau", "normal", "en", "short", "2026-11-11 20:02",
    "Jake P.", "jakep@example.com",
    "cold front friday?",
    """Is the cold front still coming Friday night? Planning to hike Mount Qilin Saturday.""", None)

add(20, "permit-photo-rejected", "eml", "complaint", "no", "-",
    "Public Security Bureau", "normal", "en", "quoted", "2026-11-04 13:37",
    "Nicole Baptiste", "nbaptiste@example.org",
    "Fwd: Your application has been returned",
    """Dear Mayor's mailbox,

I'm forwarding the message below because I have run out of other options. I'm trying to extend my work-type residence permit online. The photo has now been rejected six times with the same automatic message, and there is no phone number or email anywhere on the system for reaching a human.

---------- Forwarded message ----------
> From: noreply@entry-service.example
> Date: 2 November 2026
> Subject: Your application has been returned
>
> Dear applicant, your application No. 2026-EX-0000518 has been
> returned for the following reason: Photo does not meet requirements.
> Please resubmit. This is an automatic message. Do not reply.

I've had the photo taken twice at the studio the service hall recommends - white background, 33 x 48 mm, exactly as the guidelines say. Each time it gets "returned" within an hour. My current permit expires on 28 November and I'm getting nervous.

Could somebody at the exit-entry office tell me what is actually wrong with the photo, or let me hand it in in person? The website is the problem, not any particular person - I just need someone who can look at the file.

Nicole Baptiste
131 0000 9984""", None)

add(21, "overseas-salary-tax", "eml", "consultation", "no", "-",
    "Taxation Bureau", "normal", "zh", "mixed", "2026-10-27 12:18",
    "林嘉怡", "jiayi.lin@example.com",
    "咨询：境外工资收入要不要在国内报个税",
    """您好，

我今年3月从 London 回国，之前在那边一家 consulting firm 工作了三年。1、2月份还在英国领工资，英国那边已经扣过 income tax 了。

想请问：
1. 今年这部分境外收入需要在个税 App 里申报吗？英国交过的税能不能 credit 抵扣？
2. 如果要报，需要什么材料？英国的 P60 可以吗，要不要翻译公证？
3. 截止时间是明年几月？

朋友说回国第一年不用管，我不太确定，怕以后有麻烦。谢谢！

林嘉怡
138-0000-6051""", None)

add(22, "lift-door-no-car", "json", "demand", "yes", "b",
    "Market Regulation Administration", "high", "en", "-", "2026-10-22 21:34",
    "", "",
    "Lift door in Building 2 opens when the lift is not there",
    """Tonight around 9 pm the lift door on the 11th floor of Building 2, Huating International Apartments, opened when I pressed the button, but the lift car was not there - only the dark shaft and the cables. I nearly stepped in. A neighbour says the same happened to her on the 7th floor last week.

The property company has stuck a paper notice saying "under maintenance" on the ground floor only, and people are still using the lift. There are a lot of children in this building. Please send the lift inspectors as soon as possible, before somebody falls.""",
    dict(phone="", district="Gaoxin", anonymous=True))

add(23, "pe-teacher-collar", "eml", "complaint", "yes", "a",
    "Education Bureau", "normal", "en", "-", "2026-10-29 08:10",
    "Marcus Bell", "marcus.bell@example.net",
    "PE teacher at Xiangyang No. 2 Middle School",
    """Dear Sir or Madam,

My son Leo (Grade 7, Class 4) attends Xiangyang No. 2 Middle School. On Wednesday 28 October his PE teacher, Mr. Fang, grabbed him by the collar in front of the class because Leo had forgotten his sports shoes, dragged him to the edge of the track and made him stand there for the rest of the lesson and the break after it - about an hour and a half, in the drizzle. Two of his classmates have told their parents the same story. Mr. Fang also told the class that "foreign kids think rules are for other people".

Leo came home with a red mark on his neck and a cold, and says he doesn't want to go to PE any more.

I have spoken to his head teacher, who said she would "communicate with Mr. Fang". That is not enough for me. I would like the Education Bureau to look into this properly.

Marcus Bell
133 0000 7248""", None)

add(24, "airport-to-south-station", "eml", "information", "no", "-",
    "Transport Bureau", "normal", "en", "-", "2026-11-01 09:44",
    "Daniel Osei", "dosei@example.org",
    "Airport to the South Railway Station late at night",
    """Hi,

I land at the airport at 23:40 on Thursday 5 November and have a 7:15 train from the South Railway Station the next morning. Is the metro still running at that hour, or an airport shuttle bus? If not, roughly how much is a taxi and where is the official taxi rank? I'd rather not go with the men who come up to you in arrivals.

Thanks,
Daniel""", None)

add(25, "air-purifier-refund", "eml", "demand", "no", "-",
    "Market Regulation Administration", "normal", "en", "-", "2026-10-10 19:26",
    "Fiona Gallagher", "fionag@mail.example",
    "Faulty air purifier - shop refuses the 7-day return",
    """Hello,

On 3 October I bought an air purifier (2,299 yuan) at the Zhongxin electronics mall, shop 3F-21. After four days it started making a grinding noise and switching itself off. I took it back on day six with the receipt and the box. The assistant, a young man, told me the seven-day return "doesn't apply to foreigners" and that I must have "used it wrong". When I asked for the manager, he laughed and went back to his phone.

I'm not asking for anything special, only what the law says about faulty goods. Could the consumer protection people help me get a refund or a replacement?

Fiona Gallagher
185 0000 6634""", None)

add(26, "legal-help-question", "eml", "consultation", "yes", "b",
    "Justice Bureau", "normal", "en", "indirect", "2026-11-06 13:05",
    "L. M.", "lm.private@example.com",
    "A question about legal help",
    """Hello,

I am British and married to a Chinese citizen. We have a son of five. I would like to understand where I would stand - with my son, and with my residence permit - if the marriage were to end, and whether a foreigner can get free advice or a lawyer through the city's legal aid centre. I have very little money of my own.

Please answer only to this email address. Please don't ring the mobile number you may have for me from an earlier call, and don't send anything by post to our home. I would like to be the one who explains this at home, when I'm ready.

Thank you for understanding.
L.""", None)

add(27, "north-gate-path-lights", "json", "suggestion", "no", "-",
    "Urban Management Bureau", "normal", "en", "typos", "2026-10-30 23:12",
    "kofi", "kofi.a@uni.example",
    "suggestion - lights on path behind north gate",
    """hi so the path from the uni north gate to the lanes behind hotpot street (the shortcut evryone uses to get to the off campus flats) has basically no lights, theres one lamp at the start and then nothing. its pitch black after like 7. couple of girls in my course got followed there last week and now we all walk in groups lol but thats not realy a solution

suggestion: put some street lamps along there, maybe a mirror at the bend where u cant see round the corner. it would make a big diffrence for alot of students. thx""",
    dict(phone="", district="", anonymous=False))

add(28, "thanks-dr-tang", "html", "information", "no", "-",
    "Health Commission", "normal", "en", "-", "2026-10-15 10:30",
    "Robert and Ines Calloway", "calloway.family@example.net",
    "Thank you to Dr. Tang Wei, emergency department",
    """Dear Sir or Madam,

We are writing simply to say thank you.

On the night of 9 October my husband had chest pains in our hotel room and we went by ambulance to the First People's Hospital. We were frightened and spoke no Chinese. The doctor on the night shift, Dr. Tang Wei, stayed with us through every test, explained the results in careful English, and even drew us a little diagram of the heart on the back of a form so we understood what the cardiologist was saying. It turned out to be a heart rhythm problem that is now under control.

The next morning, off duty, she came by the ward to check on him.

Please pass our gratitude to Dr. Tang and her team. She deserves to be recognised.

Robert and Ines Calloway
Toronto""", None)

add(29, "release-letter-withheld", "eml", "demand", "no", "-",
    "Human Resources and Social Security Bureau", "normal", "en", "two-intents",
    "2026-11-03 21:50",
    "Connor Fitzgerald", "connor.fitz@example.com",
    "Former employer won't give me a release letter",
    """Hi,

I taught at Greenfield Bilingual Kindergarten (private) until my contract ended on 31 August. I gave notice exactly as the contract required. I now have a job offer from a training school in Baiyun District, but to transfer my work permit I need a release letter from my old employer and the old permit cancelled. The principal's assistant keeps telling me the boss "is busy", and now hints they'll only sign if I pay back my flight allowance - which my contract says is mine after 12 months. I worked 24.

The new school can only hold the job until the end of November. Can the labour bureau make them issue the letter?

Second question, sorry: I've paid into social insurance for two years. When I eventually leave China, can I get my pension contributions back, and where would I apply?

Connor Fitzgerald
182 0000 1906""", None)

add(30, "university-keeps-passports", "eml", "complaint", "yes", "c",
    "Education Bureau", "normal", "en", "-", "2026-10-17 16:48",
    "Amara Nwosu", "amara.nwosu@uni.example",
    "University keeping international students' passports",
    """Dear Sir or Madam,

At the start of this semester the international student office of our university - a public provincial university in Xinyuan - told all scholarship students to hand in our passports to be "kept safely" by the office until January. If we need a passport for a hotel, a train ticket or the bank, we fill in a form and wait two or three days for approval.

Last week a classmate missed the flight to her father's funeral because her passport could not be released over a weekend.

I don't believe a university is allowed to do this, and I'd like someone to check. I'll be honest that I'm frightened to write. Most of us are on government scholarships that this office recommends for renewal every year, and it's well known among us that students who "cause problems" are the ones who don't get renewed.

Amara Nwosu""", None)

add(31, "pile-driving-2am", "eml", "demand", "no", "-",
    "Ecology and Environment Bureau", "normal", "en", "sarcasm",
    "2026-11-10 03:22",
    "Victor Hammond", "vhammond@example.org",
    "Pile driving at 2 a.m. - what a warm welcome",
    """Hello,

I'm in town for the trade fair, staying at a hotel on Binhe East Road. Next door is a construction site; the hoarding says "Jinhai Centre, Phase II". Every night this week the pile driver has started at about 1:30 a.m. and kept going until 5. Boom. Boom. Boom. Very steady - I now know its rhythm better than my own heartbeat. It's going as I type this.

I'm told there are rules about night-time construction. Perhaps this site is exempt because nobody important sleeps around here? After all, the hotel guests and the families in the flats behind it are only getting some valuable practice at staying awake.

Please check whether they have a night-works permit and, if not, make them stop. I'm here until the 14th, and so, apparently, is the pile driver.

Victor Hammond
+86 139 0000 5573""", None)

add(32, "donate-winter-clothes", "json", "information", "no", "-",
    "Civil Affairs Bureau", "normal", "zh", "-", "2026-11-16 10:05",
    "许安然", "anran.xu@example.net",
    "想捐一批冬衣，去哪里捐",
    """你好，我刚从加拿大回来，整理出两大箱冬天的衣服（羽绒服、毛衣，八成新以上，都洗干净了），还有一些儿童绘本。想捐给需要的人，请问市里有没有正规的接收点？要不要提前预约，周末开门吗？谢谢！""",
    dict(phone="137 0000 2265", district="北湖区", anonymous=False))

add(33, "hotline-ticket-closed", "eml", "complaint", "no", "-",
    "Municipal Government Office", "normal", "zh", "fullwidth", "2026-11-05 09:20",
    "陳思妤", "szeyu.chan@example.com",
    "對１２３４５熱線工單處理方式的意見",
    """市長您好：

本人在香港工作多年，今年返回內地定居，習慣用繁體字，請見諒。

十月十二日、十月十九日及十月二十六日，我三次撥打１２３４５，反映小區門口人行道上的井蓋破損問題。每次接線員都很客氣地記錄，並說「三個工作日內回覆」。但至今沒有任何人聯繫我，井蓋仍然是壞的。第三次致電查詢時，對方告知系統顯示「工單已辦結」——可是誰辦的、怎麼辦的，我完全不知道。

我並非針對哪一位接線員，她們態度都不錯。問題在於：工單可以在沒有回訪、沒有實際處理的情況下被標記為「辦結」，這樣的流程令人失望。

懇請貴辦查明該工單為何被關閉，並考慮建立「辦結前必須回訪市民」的機制。

陳思妤
電話：139 0000 4482""", None)

add(34, "marriage-registration-docs", "eml", "consultation", "yes", "b",
    "Civil Affairs Bureau", "normal", "en", "-", "2026-11-12 22:31",
    "Ethan Cole", "ethan.cole@example.org",
    "Documents for marriage registration (foreigner + Chinese citizen)",
    """Hello,

My girlfriend (Chinese citizen, household registration in this city) and I (US citizen, here on a work permit) want to register our marriage, ideally before the end of the year.

What does the marriage registration office need from me? I've read about a "certificate of no marriage record" - does that have to come from my home state and be authenticated, or is a sworn statement at the US consulate enough? Does my passport need a certified translation? Do we book an appointment or just turn up?

One request. Her parents don't know about our plans yet, and we want to tell them ourselves at the right moment. Her mother works in a community office in the district, so please keep this enquiry between us and reply only by email.

Thank you,
Ethan Cole""", None)

add(35, "employer-holds-passport", "eml", "demand", "yes", "c",
    "Human Resources and Social Security Bureau", "normal", "en", "-",
    "2026-10-28 20:40",
    "Jomar Santos", "jomar.santos@example.net",
    "My employer is keeping my passport",
    """Good day po,

I work as a QC technician at an electronics factory in Huilong Industrial Zone, legally, with work permit. When I started in June, HR took my passport "to process the permit" and never gave it back. When I ask, they say company policy, all foreign staff passports stay in the company safe until the contract ends in 2028. Two other Filipino colleagues are the same.

My mother is sick in Cebu and I may need to fly home soon. I need my passport back.

I am scared to push HR too hard because I send money home every month and I cannot lose this work. If they know I made a report, maybe my contract will not be renewed. But I don't know who else can help me.

Thank you,
Jomar Santos
156 0000 8817""", None)

add(36, "fire-inspector-cafe", "eml", "complaint", "yes", "a",
    "Discipline Inspection Commission", "normal", "en", "-", "2026-11-02 22:15",
    "Sarah Huang", "sarah.huang@littleowl.example",
    "Visits to our cafe by a fire safety inspector",
    """Hello,

My husband and I run a small cafe, Little Owl, at 7 Pingjiang Street. He is Chinese; I'm Australian.

Since July an inspector from the district fire safety team, who introduced himself as Officer Kong, has visited six times. Each time he finds a "small issue" - a faded exit sign, an extinguisher one day past its check date - and each time he leaves with something: two bags of coffee beans, a box of cakes, last time a whole gift set off the shelf. He has never paid, and we have never received a written report.

On 30 October he told my husband that the issues were "adding up" and that a "rectification fee" of 5,000 yuan, in cash, would make the file go away. We cannot find any such fee in any regulation.

We are glad to fix any real safety problem. We just don't want to keep paying him.

Sarah Huang
135 0000 2290""", None)

add(37, "service-hall-english-checklists", "alt", "suggestion", "no", "-",
    "Administrative Approval Bureau", "normal", "en", "-", "2026-11-17 11:08",
    "Priya Raman", "priya@ramanadvisory.example",
    "Suggestion: English booking and checklists for enterprise registration",
    """Dear Sir or Madam,

I'm a consultant helping foreign clients open representative offices and small wholly foreign-owned companies here. The service hall staff are helpful, but almost every client of mine makes two or three trips where one would do, because the requirements are only clear once you are standing at the window.

Three concrete suggestions:

1. An English version of the online booking page for the enterprise registration windows.
2. A one-page checklist for each common procedure, in English, that matches exactly what the window asks for (today the website list and the window list differ).
3. A clear note on which foreign documents need an apostille and which need only a translation.

Other cities in the region already do some of this. It would save your staff time as much as ours.

Best regards,
Priya Raman""", None)

add(38, "ancient-town-golden-week", "eml", "information", "no", "-",
    "Culture and Tourism Bureau", "normal", "en", "mixed", "2026-10-01 08:16",
    "Kevin 王", "kevinwang@example.com",
    "Shuiyue 古镇 booking for Oct 3?",
    """hi, quick q - taking my parents to Shuiyue 古镇 on Oct 3. do we need to 预约 online or can we just buy tix at the gate? my dad is 70, is there a 老年人 discount or free entry? and what time does it close, we want to stay for the 夜景. thx!!""", None)

add(39, "yunjing-bay-no-signal", "eml", "demand", "no", "-",
    "Industry and Information Technology Bureau", "normal", "en", "sarcasm",
    "2026-10-31 18:57",
    "Liam O'Donnell", "liam.odonnell@example.net",
    "Signal? What signal?",
    """Dear Mayor,

I live in what the brochure called "a smart, future-ready community": Yunjing Bay, Phase 3, where we moved in September. Future-ready indeed - in the future, perhaps, we'll have mobile signal. At present, from the 1st to the 12th floor of Building 7, there is none. One bar if I press the phone against the kitchen window. I work remotely for a company in Dublin and have now taken two client calls standing in the car park.

The broadband company says the compound's fibre "isn't connected yet" and can't give a date. All three mobile operators tell me it's "being coordinated". By whom, I'd love to know.

Could someone please get the operators and the developer into one room and get a base station or indoor coverage installed? Around 400 households are in the same boat.

Liam O'Donnell
Building 7, 801""", None)

add(40, "beigang-park-power-cuts", "eml", "demand", "no", "-",
    "Commerce and Investment Promotion Bureau", "normal", "en", "two-intents",
    "2026-11-09 09:12",
    "Mark Sutherland", "m.sutherland@example.org",
    "Repeated power cuts at Beigang Tech Park - request for coordination",
    """Dear Sir or Madam,

We are a British-owned company making precision laboratory equipment at Unit B-12, Beigang Tech Park, with 38 staff. Since September the park's management company has cut our power without warning seven times, the longest for nine hours. Each time they blame "the grid", but the grid company tells us the park's own transformer is overloaded because the park has taken on new tenants without upgrading it. One outage ruined a batch of calibrated sensors worth about 240,000 yuan.

We have asked the park to fix the transformer or at least give notice. The answer is that it is "under discussion with the investors". We would be grateful if the bureau could bring the park, the grid company and the tenants together to agree a fix and a timetable.

A separate question: we have heard there is a subsidy for small firms installing backup power. Is that right, and who handles it?

Mark Sutherland
Managing Director
+86 189 0000 3347""", None)

add(41, "medical-insurance-ecard", "json", "consultation", "no", "-",
    "Healthcare Security Bureau", "normal", "en", "-", "2026-11-13 12:51",
    "Grace Mulligan", "grace.mulligan@example.com",
    "Using my medical insurance at pharmacies",
    """I'm a foreign teacher and my school has paid my social insurance since last year. I'm told I have a medical insurance account, but I never received a card. Can foreigners activate the electronic medical insurance card on their phone with a passport? The app only seems to accept Chinese ID numbers. And once it works, can I use it at ordinary pharmacies, or only in hospitals?""",
    dict(phone="", district="Taoyuan", anonymous=False))

add(42, "sweet-potato-cart-kicked", "eml", "complaint", "yes", "a",
    "Urban Management Bureau", "normal", "en", "-", "2026-11-07 00:42",
    "Daniel Wright", "d.wright@uni.example",
    "What I saw outside Guangming Street metro on Friday evening",
    """To the Mayor's Office,

On Friday 6 November at about 6:15 pm, outside exit B of Guangming Street metro station, I watched three urban management officers walk up to an old woman selling roasted sweet potatoes from a tricycle cart. She was already packing up. One of them - tall, with a shoulder number ending in 37 - kicked the side of her cart until it tipped over, and the charcoal stove spilled onto the pavement. When she bent to pick up the potatoes he pushed her hand away with his foot. The other two stood and watched while people around shouted at them.

I filmed about 40 seconds on my phone and can send it.

I understand vendors aren't allowed to sell there. But kicking over a burning stove next to an elderly woman is dangerous, and it was cruel.

Daniel Wright
exchange student""", None)

add(43, "thanks-officer-chen-hao", "html", "information", "no", "-",
    "Public Security Bureau", "normal", "en", "-", "2026-10-18 15:33",
    "Alison Reeve", "alison.reeve@example.net",
    "Please thank Officer Chen Hao of the traffic police",
    """Dear Sir or Madam,

On 14 October I left my handbag, with my passport and return ticket inside, in a taxi on my way to a meeting. I went to the nearest police post I could find, the traffic police post at Xinhua Roundabout, in a complete panic.

Officer Chen Hao calmed me down, used the receipt in my pocket to trace the taxi, phoned the driver, and had the bag back in my hands within two hours, with everything still in it. He refused even a cup of coffee.

I would like his superiors to know how much he helped a very frightened visitor. You are welcome to share this letter and my name with him.

With thanks,
Alison Reeve""", None)

add(44, "taxi-detour-receipt", "eml", "demand", "no", "-",
    "Transport Bureau", "normal", "zh", "-", "2026-11-05 08:30",
    "蒋一鸣", "yiming.jiang@example.org",
    "出租车绕路多收费，还拒绝开票",
    """您好，

11月3日晚上九点左右，我从高铁东站打车回明德路的家，平时走高架三十多块钱。那天司机说高架堵车，绕了一大圈老城区，最后打表87元。我让他开发票，他说打印机坏了，只给了一张手写的收据，上面没有车号。我记得车牌尾号是3K，绿色车身，车内监督卡上司机姓何。

我不是差这几十块钱，但我爸妈也经常一个人打车，不希望他们碰到这种事。请帮忙查一下，退还多收的车费，也处理一下这个司机。

蒋一鸣
139-0000-7730""", None)

add(45, "foreigner-property-title", "eml", "consultation", "no", "-",
    "Natural Resources and Planning Bureau", "normal", "en", "-", "2026-11-18 20:10",
    "Ian Forsyth", "ian.forsyth@example.com",
    "Can a foreigner register a flat in his own name?",
    """Hello,

I have worked here for just over three years and would like to buy a second-hand flat (about 90 square metres, in the Wanfeng area) to live in.

Can a foreigner register property title in his own name? How many years of work or residence are needed? What documents does the real estate registration centre ask for - passport translation, proof of employment, proof of marital status? And can my Chinese fiancee and I register jointly before we are married, or would it be better to wait?

Thank you,
Ian Forsyth""", None)

add(46, "open-school-grounds", "json", "suggestion", "no", "-",
    "Education Bureau", "normal", "en", "-", "2026-11-21 17:45",
    "Brian Kowalczyk", "bkowalczyk@example.net",
    "Opening school playgrounds to families at weekends",
    """Our compound, Chunhua Garden, has almost no open space for children. Right across the road the public primary school has a running track and two basketball courts that sit locked every weekend and all summer.

I'd like to suggest that the city try opening a few school sports grounds on Saturday and Sunday daytimes for local families, with registration at the gate (ID or passport), a guard or a volunteer on duty, and clear rules. I've seen this work in the UK and in at least one other city here. I'm happy to help organise parent volunteers if it would help.""",
    dict(phone="131 0000 7708", district="Longquan", anonymous=False))

add(47, "malatang-food-poisoning", "eml", "demand", "yes", "b",
    "Market Regulation Administration", "normal", "en", "typos", "2026-11-19 01:37",
    "Mike", "mike.o@uni.example",
    "food poisioning from resturant near campus",
    """hello

me and 4 frends ate at the malatang place on Xueyuan back st (the one w the red sign next to the print shop) on tuesday night and all of us were sick, like realy sick, vomitting all night, one guy had to go to the campus clinic. its not the first time ppl from our dorm got sick from there. the kitchen is super dirty u can see thru the back window, meat sitting on the floor in buckets.

can someone inspect it?? lots of students eat there evry day bc its cheap.

pls dont put my name on anything, i just want it checked

thx""", None)

add(48, "kindergarten-lunch-supplier", "eml", "complaint", "yes", "a",
    "Education Bureau", "normal", "en", "indirect", "2026-10-22 20:05",
    "Rachel Goodwin", "rachel.goodwin@example.org",
    "Lunches at Hexie Road Public Kindergarten",
    """Dear Sir or Madam,

My daughter is in the middle class at Hexie Road Public Kindergarten. Since September the lunches have changed: smaller portions, a lot of fried food and processed sausage, fruit perhaps twice a week. She comes home hungry, and several parents in our class chat say the same. The monthly meal fee went up by 80 yuan at the same time.

When the parents' committee asked why the supplier had changed, we were told it was decided "according to procedures" and that the new company, Xinxiang Catering, had "won the selection".

I don't want to jump to conclusions. But a few parents have noticed that the van delivering the lunches is the same van that drops the principal off every morning, and that Xinxiang Catering's legal representative has the same name as her husband. There may be an innocent explanation. I would simply like someone from outside the kindergarten to look at how the supplier was chosen and what the meal fee is paying for.

Rachel Goodwin""", None)

add(49, "legal-aid-address", "json", "information", "no", "-",
    "Justice Bureau", "normal", "en", "short", "2026-11-23 08:02",
    "Tariq", "",
    "legal aid centre",
    """Address of the legal aid centre please? And is it open on Saturday""",
    dict(phone="", district="", anonymous=False))

add(50, "upstairs-leak-property", "eml", "demand", "no", "-",
    "Housing and Urban-Rural Development Bureau", "normal", "en", "quoted",
    "2026-11-06 19:19",
    "Emily Carter", "emily.carter@example.com",
    "Water leaking from upstairs for five weeks - property company not acting",
    """Dear Sir or Madam,

Since the start of October water has been dripping through our kitchen ceiling from the flat above (we are in 1203, Building 5, Fuxing Garden). The cabinets have swollen and there is a brown stain the size of a table. We've reported it to the property management company over and over. Here is what we've been told, copied from WeChat:

[21 Oct, Manager Sun, Fuxing Property] 收到，已经跟楼上沟通了，他们不在家，等回来再说。
[28 Oct, Manager Sun] Ms. Carter we are coordinating, please be patient.
[4 Nov, Manager Sun] This is between neighbours, property company cannot force entry.

So in three weeks we have gone from "we've talked to them" to "not our problem". The upstairs owners apparently live elsewhere and rent the flat out on short lets. Meanwhile the water keeps coming and I'm worried about the wiring for the kitchen lights.

Could the housing department make the property company actually deal with this, or tell us who can get into that flat and stop the leak?

Emily Carter
176 0000 2051""", None)

add(51, "orthopaedics-hongbao", "eml", "complaint", "yes", "a",
    "Health Commission", "normal", "zh", "-", "2026-11-04 22:40",
    "何静", "jing.he@example.net",
    "反映市中心医院骨科医生暗示收红包",
    """您好。

我父亲今年七十三岁，10月下旬因为股骨颈骨折住进市中心医院骨科三病区，主治医生姓付。手术前一天，付医生把我叫到走廊尽头，说手术"排得很满"，"家属心意到了，可以往前排"，还说"大家都懂的"。我当时没接话。第二天护士就通知手术推迟到下周。

后来同病房另一位家属私下跟我说，他们给了三千块，第二天就做了。

我在国外生活了十几年，以为这种事早就没有了。我父亲现在还躺在床上等手术，疼得整夜睡不着。我不想给这个钱，也觉得不应该给。请卫健部门调查处理。

何静
137 0000 4518""", None)

add(52, "metro-foreign-cards", "alt", "suggestion", "no", "-",
    "Transport Bureau", "normal", "zh", "-", "2026-11-24 14:22",
    "孟之遥", "zhiyao.meng@example.com",
    "建议地铁闸机支持境外银行卡直接刷卡进站",
    """市长您好：

我在新加坡工作了八年，今年回来。最近陆续有外国同事、朋友来这边出差旅游，发现他们坐地铁特别麻烦：没有国内手机号，绑不了支付；单程票售票机只收现金和扫码，而他们手里大多只有 Visa 或 Mastercard。

几点建议：
一、先在机场、火车站和市中心几个大站试点，闸机直接刷境外银行卡（非接触式）进站；
二、售票机增加境外银行卡支付；
三、机场站设人工服务点，提供英文乘车指南。

新加坡、伦敦这些城市早就这样做了，对吸引游客和商务客很有帮助。谢谢！

孟之遥""", None)

add(53, "tin-shed-fire-lane", "eml", "demand", "no", "-",
    "Urban Management Bureau", "normal", "zh", "typos", "2026-11-25 10:48",
    "钱子轩", "zixuan.qian@example.org",
    "小区违见挡住消仿通道",
    """你好，我在国外待了十几年，中文打字不太好，有错字请原谅。

我住在松涛苑小区，12栋一楼的业主在楼后面的空地上盖了一个铁皮房，大概二十平方，现在用来方杂物和停电瓶车，正好当住了消防车的同道。物业说管不了，叫我们找城管。上个月已经有邻居打过电话，城管来看了一次，然后就没有然后了。

这么大一个铁皮房子，万一着火消防车根本进不来，里面还冲着电瓶车的电。麻烦尽快派人来处里，谢谢。

钱子轩 158 0000 9402""", None)

add(54, "returnee-employment-subsidy", "json", "consultation", "no", "-",
    "Human Resources and Social Security Bureau", "normal", "zh", "mixed",
    "2026-11-26 13:30",
    "Annie 宋雅琴", "annie.song@example.net",
    "留学回国人员就业补贴怎么申请",
    """Hi，我今年7月 UCL master 毕业回国，9月入职了本地一家 tech startup。听说市里对留学回国人员有一次性就业补贴，还有 rent subsidy，想问一下：
1）学历认证（留服认证）是必须的吗？我的还在 processing；
2）需要公司 provide 什么证明？社保要交满几个月？
3）是网上申请还是要去窗口？deadline 是什么时候？
Thanks!""",
    dict(phone="+86 152 0000 7736", district="云岭区", anonymous=False))

add(55, "smart-lock-fee-shiliu", "eml", "complaint", "yes", "c",
    "Municipal Government Office", "normal", "zh", "indirect", "2026-11-11 21:03",
    "唐璐", "lu.tang@example.com",
    "关于街道统一安装\"智能门禁\"收费的意见",
    """领导好。

我父母住在石榴巷的老小区，两位老人都七十多了。十月中旬街道发了通知，要求每户交680元安装"智能门禁"和"人脸识别门锁"，说是"老旧小区提升改造"，还写着不装的话"后续改造项目不予安排"。通知上没有收费依据，也没有开过居民会，合同是跟一家我们查不到资质的公司签的。

我在国外待的时间长，可能有些情况不了解。几位老邻居私下都觉得不对，只是没人愿意出头。我父母明年还想申请加装电梯的补贴，到时候少不了要找街道盖章，他们一直劝我"还是别惹事了"。我想了很久，还是写了这封信。

希望有关部门看看这笔钱到底该不该收。

唐璐""", None)

add(56, "library-weekend-hours", "eml", "suggestion", "no", "-",
    "Culture and Tourism Bureau", "normal", "zh", "fullwidth", "2026-11-27 16:40",
    "吳承翰", "chenghan.wu@example.org",
    "建議市圖書館延長週末開放時間",
    """您好！

本人從台灣來此工作已三年，常到市圖書館借書。目前圖書館週六、週日開放至１７：００，週一休館。許多上班族平日無法前往，週末下午又人滿為患，一位難求。

建議：
１．週末延長開放至２１：００；
２．於主要地鐵站增設自助還書機；
３．外文書區增加英文原版及繁體中文書籍。

以上淺見，敬請參考。謝謝！

吳承翰　敬上""", None)

add(57, "social-insurance-unpaid", "eml", "demand", "yes", "c",
    "Human Resources and Social Security Bureau", "normal", "zh", "quoted",
    "2026-11-28 23:15",
    "韩沐阳", "muyang.han@example.net",
    "公司半年没交社保，HR的回复如下",
    """你好，

我2025年从德国回来，在一家做跨境电商的公司上班（锦程大厦19楼）。最近去办事才发现，公司从今年4月起就没给我交社保了，可每个月工资条上照扣不误。我问了HR，下面是她的回复原文：

————————
> 沐阳你好，公司最近现金流紧张，社保统一延后缴纳，年底前会补齐的，放心。
> 请不要在群里讨论这个事情，影响不好。
————————

同事里至少有十几个人情况一样。年底到底补不补，谁也说不准。希望人社部门督促公司把社保补缴上。

说实话我也有点担心。公司最近在"优化"人员，老板开会时说过"谁闹事谁先走"。

韩沐阳""", None)

add(58, "streetlight-fixed-thanks", "eml", "information", "no", "-",
    "none", "normal", "zh", "short", "2026-11-29 09:05",
    "小周", "xiaozhou88@example.com",
    "谢谢！",
    """市长信箱你们好，上次反映的路灯已经修好了，谢谢！""", None)

add(59, "spouse-reunion-permit", "eml", "consultation", "no", "-",
    "Public Security Bureau", "normal", "zh", "fullwidth", "2026-11-30 10:00",
    "罗晓岚", "xiaolan.luo@example.org",
    "外籍配偶办理团聚类居留许可需要哪些材料？",
    """您好！

我是中国籍，丈夫是英国人，我们在伦敦登记结婚，今年９月一起回国定居。他目前持Ｑ１签证入境，停留期１８０天。

请问：
１、办理团聚类居留许可需要哪些材料？英国的结婚证需不需要做领事认证？
２、可以网上预约吗，还是必须本人到出入境窗口？
３、居留许可一次最长能办几年？

谢谢！！

罗晓岚　136 0000 5529""", None)

add(60, "navel-orange-training", "eml", "suggestion", "no", "-",
    "Agriculture and Rural Affairs Bureau", "normal", "zh", "-", "2026-11-22 20:36",
    "邓一帆", "yifan.deng@example.com",
    "建议为山区果农开设电商和品牌培训",
    """您好，

我在美国读完农业经济硕士后回到老家青岗镇，帮家里打理十几亩脐橙园。这两年发现，镇上的脐橙品质很好，但大部分农户只能等收购商上门，价格被压得很低，一斤才一块多。

给农业农村局几点建议：一是每年冬季农闲时在乡镇开设免费的电商、直播和包装设计培训；二是帮几个村联合申请地理标志或绿色食品认证，打一个统一的牌子；三是在镇上建一个冷库和物流集散点。

如果需要，我愿意义务给村里的年轻人讲课。

邓一帆""", None)


# ----------------------------------------------------------------------------

def crlf(s):
    return s.replace("\r\n", "\n").replace("\n", "\r\n")


def enc_header(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode(linesep="\r\n")


def to_html(body, subject):
    paras = body.split("\n\n")
    out = []
    for p in paras:
        out.append("<p>" + html.escape(p).replace("\n", "<br>\n") + "</p>")
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>"
            + html.escape(subject) + "</title></head>\n<body>\n"
            + "\n".join(out) + "\n</body></html>\n")


def make_eml(num, fmt, when, name, addr, subject, body):
    dt = datetime.datetime.strptime(when, "%Y-%m-%d %H:%M").replace(tzinfo=TZ)
    hdr = [
        "From: " + formataddr((name, addr), charset="utf-8"),
        "To: mayor@city.example",
        "Subject: " + enc_header(subject),
        "Date: " + format_datetime(dt),
        "Message-ID: <%s-%03d.%s@%s>" % (W, num, dt.strftime("%Y%m%d%H%M"),
                                          addr.split("@")[1]),
        "MIME-Version: 1.0",
    ]
    if fmt in ("eml", "html"):
        ctype = "text/plain" if fmt == "eml" else "text/html"
        text = body if fmt == "eml" else to_html(body, subject)
        hdr += ["Content-Type: %s; charset=utf-8" % ctype,
                "Content-Transfer-Encoding: 8bit"]
        msg = "\n".join(hdr) + "\n\n" + text.rstrip("\n") + "\n"
    else:  # multipart/alternative
        b = "=_w31_alt_%03d" % num
        hdr += ['Content-Type: multipart/alternative; boundary="%s"' % b]
        parts = [
            "--" + b,
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: 8bit",
            "",
            body.rstrip("\n"),
            "--" + b,
            "Content-Type: text/html; charset=utf-8",
            "Content-Transfer-Encoding: 8bit",
            "",
            to_html(body, subject).rstrip("\n"),
            "--" + b + "--",
        ]
        msg = "\n".join(hdr) + "\n\n" + "\n".join(parts) + "\n"
    return crlf(msg).encode("utf-8")


def make_json(num, when, name, addr, title, body, extra):
    dt = datetime.datetime.strptime(when, "%Y-%m-%d %H:%M").replace(tzinfo=TZ)
    obj = {
        "id": "%s-%03d" % (W, num),
        "submitted_at": dt.isoformat(),
        "name": name,
        "phone": extra.get("phone", ""),
        "email": addr,
        "anonymous": bool(extra.get("anonymous", False)),
        "title": title,
        "content": body,
        "district": extra.get("district", ""),
    }
    return (json.dumps(obj, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.startswith(W + "-"):
            os.remove(os.path.join(OUT, f))
    rows = ["path\tcategory\tconfidential\treason\tdepartment\tpriority\tlanguage\thard"]
    seen = set()
    for (num, slug, fmt, cat, conf, reason, dept, prio, lang, hard, when,
         name, addr, subject, body, extra) in L:
        assert num not in seen, num
        seen.add(num)
        if fmt == "json":
            fn = "%s-%03d-%s.json" % (W, num, slug)
            data = make_json(num, when, name, addr, subject, body, extra)
        else:
            fn = "%s-%03d-%s.eml" % (W, num, slug)
            data = make_eml(num, fmt, when, name, addr, subject, body)
        with open(os.path.join(OUT, fn), "wb") as fh:
            fh.write(data)
        rows.append("\t".join(["letters/" + fn, cat, conf, reason, dept, prio,
                               lang, hard]))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8",
              newline="\n") as fh:
        fh.write("\n".join(rows) + "\n")
    print("wrote %d letters" % len(L))


if __name__ == "__main__":
    main()
