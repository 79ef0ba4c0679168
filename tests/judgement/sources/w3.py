#!/usr/bin/env python3
"""w3 letters for mayorbox judgement corpus (issue 11).

Writes letters/ and labels.tsv next to this script.  Deterministic:
the order of letters (and therefore their numbers and dates) is fixed by a
hash of each letter's short name, and dates are derived from the number.
Standard library only.
"""
import datetime
import hashlib
import html
import json
import os
import textwrap
from email.header import Header
from email.utils import formataddr, format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
ME = "w3"

DEPARTMENTS = [
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
]
CATEGORIES = ["consultation", "suggestion", "demand", "complaint", "information"]
HARD = ["-", "quoted", "sarcasm", "typos", "mixed", "short", "two-intents",
        "fullwidth", "indirect"]

# Short department aliases used in the table below.
D = {
    "PSB": "Public Security Bureau", "URB": "Urban Management Bureau",
    "HR": "Human Resources and Social Security Bureau",
    "MED": "Healthcare Security Bureau",
    "HOU": "Housing and Urban-Rural Development Bureau",
    "TOUR": "Culture and Tourism Bureau", "TRA": "Transport Bureau",
    "DIC": "Discipline Inspection Commission",
    "COM": "Commerce and Investment Promotion Bureau",
    "ENV": "Ecology and Environment Bureau", "CIV": "Civil Affairs Bureau",
    "EDU": "Education Bureau", "HEA": "Health Commission",
    "WAT": "Water Affairs Bureau", "MKT": "Market Regulation Administration",
    "APP": "Administrative Approval Bureau",
    "NRP": "Natural Resources and Planning Bureau",
    "EMG": "Emergency Management Bureau", "JUS": "Justice Bureau",
    "GOV": "Municipal Government Office", "MET": "Meteorological Bureau",
    "TAX": "Taxation Bureau", "MIIT": "Industry and Information Technology Bureau",
    "AGR": "Agriculture and Rural Affairs Bureau",
    "VET": "Veterans Affairs Bureau", "none": "none",
}

# Sender domains; chosen by the letter's final number, never by category.
DOMAINS = ["example.com", "example.net", "example.org", "mail.example",
           "post.example", "example.com", "inbox.example", "example.net",
           "web.example", "example.org", "letters.example"]

LETTERS = []


def E(slug, sender, subject, cat, reason, dept, prio, lang, hard, body,
      fmt="plain"):
    """An e-mail.  sender is 'Display Name|localpart' (display may be empty).
    reason is '-' (not confidential) or a/b/c.  fmt: plain, html, alt."""
    LETTERS.append(dict(kind="eml", slug=slug, sender=sender, subject=subject,
                        cat=cat, reason=reason, dept=D[dept], prio=prio,
                        lang=lang, hard=hard, body=body, fmt=fmt))


def J(slug, name, phone, local, anon, title, district, cat, reason, dept,
      prio, lang, hard, content):
    """A web form.  local is the e-mail local part ('' for no e-mail)."""
    LETTERS.append(dict(kind="json", slug=slug, name=name, phone=phone,
                        local=local, anon=anon, title=title, district=district,
                        cat=cat, reason=reason, dept=D[dept], prio=prio,
                        lang=lang, hard=hard, body=content))

# ---------------------------------------------------------------- consultation
E("permit-after-job-change", "Daniel Whitford|d.whitford",
  "Residence permit after changing employer - what documents?",
  "consultation", "-", "PSB", "normal", "en", "-", """Dear Sir or Madam,

I am a British national and I have held a work-type residence permit in this
city since 2024. At the end of August I left my job at an engineering
consultancy and started at a new company on 15 September. My new employer has
applied for the work permit change and HR says it should be approved soon.

My question is about the residence permit. The current one is still valid
until March 2027, but it is tied to my old employer's name. Do I need to apply
for a new residence permit straight away, or only when it expires? If I need a
new one, which documents should I bring to the Exit-Entry office: the new work
permit card, the labour contract, the old employer's release letter, the
accommodation registration form? And is there a deadline after the change
(I heard 10 days from a colleague, but I cannot find it written anywhere)?

I would rather not overstay anything by accident, so any clear answer is
appreciated.

Kind regards,
Daniel Whitford
Tel. 138 0000 4417
""")

E("workpermit-switch-korean", "Park Jiwoo|jiwoo.park",
  "question about work permit when change company",
  "consultation", "-", "HR", "normal", "en", "typos", """Hello,

I am korean, working in trading company in this city 2 years. Now other
company want to hire me, start from November. My question is: the old work
permit, I must cancel it first by myself or the new company can do? My old
company manager say they will not do cancel until I finish my project in
december, so is it possible I work for new company when old permit is not
cancel yet? I dont want illegal working.

Also how long time for new permit usually. My visa is connect with the work
permit so I am worry.

Thank you very much for answer.
Park Jiwoo
""")

J("iit-housing-allowance", "Meera Iyer", "+86 135 0000 2290", "meera.iyer",
  False, "Individual income tax - housing allowance for foreign staff",
  "Gaoxin Zone", "consultation", "-", "TAX", "normal", "en", "-",
  """Good morning. I am an Indian national working as a finance manager for a chemicals company here since 2023. For the annual IIT reconciliation I want to understand whether foreign employees can still claim the tax-exempt allowances (housing rent, children's education, language training) instead of the special additional deductions, after the transition period. My company's payroll vendor tells me the exemption ended, but a friend at another company says it was extended to 2027. Which is correct? If it is still possible, what proof is needed for the rent - is the lease enough or do I need a fapiao from the landlord? Thank you.""")

E("spouse-family-permit", "Lukas Brenner|lukas.brenner",
  "Family reunion residence permit - my wife is Chinese",
  "consultation", "-", "PSB", "normal", "en", "mixed", """Hi,

My name is Lukas, I am Austrian and I married my wife (Chinese citizen, her
hukou is in this city, registered at the 派出所 on Hongqiao Lu) in July. Right
now I am still on a work residence permit but my contract ends in January and I
want to stay home with our baby for a while.

Can I switch to a family reunion residence permit (团聚) based on the marriage?
Do we need the marriage certificate translated and notarised, or is the
Chinese 结婚证 enough? Does my wife have to come to the office in person with
her hukou book? And can I apply before the work permit is cancelled, or only
after?

Thanks a lot,
Lukas Brenner
""")

E("expat-medical-insurance", "Charlotte Dubois|c.dubois",
  "Am I covered by city medical insurance?",
  "consultation", "-", "MED", "normal", "en", "-", """Hello,

I started working at a hotel here in June and my payslip shows a deduction for
"medical insurance", so I assume my employer enrolled me in the city employee
medical insurance scheme. But I never received any card and nobody at the hotel
can tell me how to actually use it.

Could you please explain:
1. How do I get my medical insurance card or e-certificate as a foreigner
   (my ID is a passport, not a Chinese ID card)?
2. Can I use it at any public hospital, or only designated ones?
3. If I paid out of pocket in August before I knew, can I still claim
   reimbursement, and until when?

Thank you for your help.
Charlotte Dubois
""", fmt="html")

E("zh-school-docs", "林晓雯|linxiaowen",
  "咨询：外籍孩子上公立小学需要哪些材料",
  "consultation", "-", "EDU", "normal", "zh", "-", """您好！

我是本市户籍，丈夫是意大利籍，我们的儿子今年6岁，随父亲是意大利国籍，持居留许可。明年9月想让孩子上家附近的公立小学（桂香路那边）。

想请问：
1. 外籍孩子能不能按我的户口和房产参加学区划片入学？
2. 需要准备哪些材料？护照、居留许可、出生证明是否需要翻译公证？
3. 网上报名是什么时候开始，外籍孩子是走同一个系统还是要去教育局现场登记？

谢谢！
林女士 159 0000 3382""")

E("deposit-legal", "Anna Kowalski|anna.kowalski",
  "Can a landlord keep the whole deposit for 'cleaning'?",
  "consultation", "-", "HOU", "normal", "en", "-", """Dear Mayor's Office,

I am a Polish teacher and I am moving out of my flat at the end of October.
My landlord has already told me (by WeChat) that he will keep the full
deposit of two months' rent, 9,600 yuan, for "cleaning and repainting". The
flat is in the same condition as when I moved in, I have photos from the
first day. The contract only says the deposit is returned "after inspection".

Is it legal for a landlord to keep the whole deposit for normal wear like
that? Is there a rule about what he can deduct? And if we cannot agree,
which office or mediation service handles this kind of dispute?

I just want to know my rights before I talk to him again.

Anna Kowalski
""")

E("cafe-registration-fapiao", "Tomás Rivera|tomas.rivera",
  "Opening a small coffee shop as a foreigner",
  "consultation", "-", "MKT", "normal", "en", "two-intents", """Hello,

I am from Spain, married, living here 4 years on a family residence permit. I
would like to open a small coffee shop (about 30 m2) near the university.

First question: can I register it as an individual business (个体工商户) in my
own name with a passport, or do I need to set up a company (WFOE) with
registered capital? Which window do I go to, and what do I need for the food
business licence?

Second, smaller question: once I am open, do I need to issue fapiao to every
customer who asks, even for a 25 yuan latte? How do I get the invoice system?

Many thanks,
Tomás
""")

E("parents-registration-short", "Grace Okafor|grace.ok",
  "parents visiting",
  "consultation", "-", "PSB", "normal", "en", "short", """Do my parents (Nigerian passports) need to register at the police station if they stay in my flat for 3 weeks? Thanks, Grace""")

J("driving-licence-conversion", "Henrik Sørensen", "186-0000-7731",
  "henrik.s", False, "Converting my Danish driving licence",
  "Lakeside", "consultation", "-", "PSB", "normal", "en", "-",
  """I have a Danish driving licence (valid until 2031) and a one-year residence permit. Can I convert it to a Chinese licence, or do I need to take the full test? I read online that only the theory test is needed but the website of the vehicle management office is only in Chinese. Which office should I go to, do I need a certified translation of my licence, and do I need a health check first? Is the theory test available in English? Thanks in advance.""")

J("tourist-tax-refund", "Sarah Mitchell", "", "sarah.m.travels", False,
  "Departure tax refund for shopping", "", "consultation", "-", "TAX",
  "normal", "en", "-",
  """Hi, I'm an Australian tourist visiting for two weeks. I want to buy a jade bracelet and some silk (around 3,000 yuan). How does the departure tax refund work here - do I need to buy in a special store with the "Tax Refund" sign, what is the minimum amount, and can I get the refund at the airport in this city or only in Shanghai/Beijing? What documents should the shop give me?""")

E("student-part-time", "Aigerim Nurlanovna|aigerim.n",
  "Student part-time job - is it allowed?",
  "consultation", "-", "PSB", "normal", "en", "typos", """Dear Sir/Madam,

I am a master student from Kazakhstan in the medical university. A
restaurant near campus offer me part time job for helping with english menu
and serve foreign customers, 2 evening per week. My friend told me
internationl students can not work at all and police can cancel the visa,
but other friend say it's ok if the university agree and the residence
permit have some note on it.

Which is true? If possible, what is the procedure and which office make the
note? I dont want to lose my study visa for small job.

Thank you,
Aigerim
""")

E("zh-marriage-docs", "周雨桐|zhouyutong",
  "中外婚姻登记需要准备什么",
  "consultation", "-", "CIV", "normal", "zh", "-", """你好，我和我未婚夫（加拿大籍）打算十二月在本市登记结婚。我户口在本市。

想问一下他需要准备哪些材料？听说要本国出具的无婚姻状况证明，还要经过认证，是不是在加拿大开好再拿到中国驻加拿大使馆认证？如果他来中国之后才办，能不能在这边的领事馆办？

另外涉外婚姻登记是在区民政局还是只能去市民政局？需要预约吗？

谢谢！""")

E("pension-refund-leaving", "Jürgen Hoffmann|j.hoffmann",
  "Refund of pension contributions when leaving China",
  "consultation", "-", "HR", "normal", "en", "-", """Dear Sir or Madam,

I am a German engineer and I have worked for an automotive supplier in the
development zone since 2021. My assignment ends in February 2027 and I will
return to Germany permanently.

During these years I have paid into the Chinese basic pension insurance. As
far as I understand, there is a social security agreement between China and
Germany which exempts seconded employees, but my contract is a local contract,
so contributions were deducted.

Please let me know:
- Can I have my individual pension account paid out in one sum when I leave
  China for good?
- What documents are required (passport, cancellation of work permit,
  bank account abroad?) and can the application be made by my employer after
  I have left?
- How long does the payment usually take?

With kind regards
Jürgen Hoffmann
Mobile: 139 0000 5126
""", fmt="alt")

E("import-trade-nigerian", "Chukwuemeka Obi|emeka.obi",
  "Enquiry on export of goods from my company",
  "consultation", "-", "COM", "normal", "en", "typos", """Good day Sir/Ma,

I am writing to enquire about the process to be followed. I am a Nigerian
business man and i have been buying electronics and auto parts here for
about 5 years, shipping through agent. Now i want to open my own trading
company here so i can do export myself and not to depend on agent again
because they are cheating me too much on the charges.

Please which office is in charge of foreign trade registration and export
right? Do i need to have a chinese partner or i can own it 100 percent? Also
kindly advice if there is any support for small foreign traders in the city,
i heard of it from my brother in Guangzhou.

I will be most grateful for your quick response.
Yours faithfully,
Chukwuemeka Obi
+86 150 0000 8843
""")

E("zh-rental-registration", "陈思远|chensiyuan",
  "外国朋友租房要登记吗",
  "consultation", "-", "PSB", "normal", "zh", "-", """您好，我替我的美国朋友咨询一下。他下个月从酒店搬到锦屏小区租房住，房东说外国人租房要去派出所做住宿登记，不然会被罚款。请问是房东去办还是租客自己去办？需要带什么材料？是不是一定要在24小时内？他中文不太好，能不能网上办理？谢谢。""")

E("zh-spouse-medical", "黄丽|huangli",
  "外籍配偶能参加城乡居民医保吗",
  "consultation", "-", "MED", "normal", "zh", "-", """您好，我丈夫是孟加拉国籍，持家属团聚类居留许可，没有工作，所以没有职工医保。请问他能不能跟我们一起参加本市的城乡居民医疗保险？如果可以，每年交多少钱，在哪里办理？我的户口在本市白鹭街道。谢谢！""")

E("notary-degree-indian", "Rahul Menon|rahul.menon",
  "Notarisation of degree certificate for work permit",
  "consultation", "-", "JUS", "normal", "en", "-", """Respected Sir/Madam,

I am an Indian citizen presently employed as a software developer in an IT
park here. For the upgrade of my work permit to category A, my company is
asking for my Master's degree certificate with verification.

Kindly clarify whether a notary office in this city can notarise the
translation of my Indian degree certificate, or whether the document has to be
authenticated in India first (apostille) and only then translated here. Also
please let me know which notary office provides service in English and the
approximate fee and time taken.

Thanking you in anticipation,
Rahul Menon
""")

E("teacher-fapiao-freelance", "Emily Carter|emily.c",
  "How do I give a fapiao for private lessons?",
  "consultation", "-", "TAX", "normal", "en", "mixed", """Hi there,

I'm an English teacher (full time at a training centre, work permit is with
them). A small company in 滨湖 asked me to do a weekend business English course
for their staff, legally through a contract, and their finance lady says they
can only pay me if I give them a 发票. I have no idea how that works for an
individual foreigner.

Can I go to the 税务局 and get a 代开发票 with my passport? What tax do they
take from it - is it counted as 劳务报酬 and added to my salary for IIT? And
is this side job even OK with my work permit, or does it need to be approved
first?

Thanks!
Emily
""")

E("quoted-visa-extension", "Marco Bianchi|marco.bianchi",
  "Re: visa extension - still not clear",
  "consultation", "-", "PSB", "normal", "en", "quoted", """Hello again,

Thank you for the answer below, but I still do not understand one point.

> Dear Mr Bianchi, a foreigner holding an L visa may apply for extension at
> the Exit-Entry Administration no later than 7 days before the expiry of the
> stay period, with passport, photo, application form and supporting
> documents proving the reason. — 12345 Hotline

My stay ends on 28 October. My reason is that my mother-in-law had surgery
on 10 October and I want to stay until she is out of hospital. What counts
as "supporting documents" in this case: is a letter from the hospital enough,
or do they need a medical certificate with a stamp? And is 7 days counted in
working days? Because 21 October is then the last day and I want to be sure.

Grazie,
Marco Bianchi
""")

J("transit-visa-free", "Oliver Grant", "", "olivergrant", False,
  "Does the 240-hour visa-free transit apply to me?", "",
  "consultation", "-", "PSB", "normal", "en", "-",
  """I'm a New Zealand citizen flying London - here - Auckland in December with a 5-day stop. Can I use the visa-free transit? Does it matter that both flights are on separate tickets? Am I allowed to take the train to a neighbouring province during the stay, or do I have to stay in this city? Thanks.""")

J("provident-fund-withdraw", "Fatima Al-Hassan", "131 0000 6624",
  "fatima.alhassan", False, "Housing provident fund when I leave",
  "Xiyuan", "consultation", "-", "HOU", "normal", "en", "-",
  """Dear officer, my employer has been paying housing provident fund for me for three years (I am Jordanian, working at a university). I never used it. I will leave China next summer for good. Can I withdraw the whole balance? What documents are needed and can it be transferred to a bank account outside China, or only to a Chinese bank card? Should I apply before or after my work permit is cancelled? Thank you very much.""")

E("zh-simple-workpermit", "Ivan Petrov|ivan.petrov",
  "工作许可 延期 问题",
  "consultation", "-", "HR", "normal", "zh", "typos", """你好。我是俄罗斯人，我在本市工作，我的工作许可证十二月到期。我想问，延期要提前多长时间申请？我的公司说他们不知到，叫我自己问。要什么资料？体检要不要再作一次？我的中文不好，对不起。谢谢你们。
伊万 177 0000 3015""")

E("passport-held-employer", "Hannah Schmidt|hannah.schmidt",
  "Question about my passport",
  "consultation", "c", "PSB", "normal", "en", "indirect", """Hello,

I hope this is the right place to ask. I teach at a private language school.
When I arrived in August the school's manager took my passport "to handle the
residence permit" and I got my permit, but the passport was never given back.
When I ask, she says the school "keeps all foreign teachers' passports
for safety" until the contract ends.

I wonder whether that is normal here. Would I get in trouble if the police
stopped me and I only had the residence permit card? And if I wanted to travel
home at Christmas, what would happen?

I am honestly a bit nervous about raising it with them directly. The last
teacher who questioned the manager about documents did not get his contract
renewed, and his visa went with it. So I'm asking you first.

Hannah
""")

J("outdoor-sign-restaurant", "Kim Soo-min", "+86 188 0000 4471",
  "soomin.kim", False, "Permit for shop sign", "Old Town",
  "consultation", "-", "URB", "normal", "en", "-",
  """Hello, I am opening a Korean restaurant on Meilin Street next month. I want to put a light-box sign above the door (2.5 m x 0.8 m) with the name in Korean and Chinese. Do I need a permit for this? Which office approves it, how long does it take, and are there rules about the language or the size of characters? My landlord says the previous shop just put it up without asking, but I want to do it properly.""")

E("three-offices-sarcasm", "Ben Sutherland|ben.sutherland",
  "Which office changes the address on a residence permit? (a riddle)",
  "consultation", "-", "PSB", "normal", "en", "sarcasm", """Dear 12345,

I have a simple question that has turned into a fun scavenger hunt. I moved
flat within the same district. I was told the address on my residence permit
has to be updated.

The police station near my new flat sent me to the Exit-Entry office. The
Exit-Entry office told me to first register the new accommodation at the
police station. The police station said they already did that and I should go
to the service hall. The service hall laughed (politely) and sent me back to
Exit-Entry.

So, for the prize: which office actually updates the address, what do I bring,
and do I need a new card or is the online registration enough? I'm enjoying
the tour of the city, but my boss is less amused about the half-days off.

Cheers,
Ben Sutherland
""")

E("transfer-university-quietly", "|transfer.question",
  "Changing university - do they have to know first?",
  "consultation", "b", "EDU", "normal", "en", "-", """Hello,

I am an international student in the second year of a bachelor's program at
one of the universities here. I want to transfer to another university in the
same city next semester because the program I joined was closed and replaced
by something else.

My questions: does my current university have to agree before I apply to the
new one? What happens with my student residence permit during the transfer?
Is there a city office that handles international student transfers?

Please do not contact my current university or mention that a student asked
this. I would rather not put my real name here until I know my options; the
international office already warned us that "troublemakers" have problems
with their papers.

Thank you.
""")

E("praise-and-question", "Svetlana Morozova|svetlana.m",
  "Thanks to the officer at Xincun police station + one question",
  "consultation", "-", "PSB", "normal", "en", "two-intents", """Hello,

First I want to say thank you to the young officer at the Xincun police
station (I think her badge number ended in 37) who helped me on Monday. My
Russian passport was stolen on the metro and she patiently wrote the loss
report, even used a translation app and called the Exit-Entry office for me.
Please tell her boss she was great.

My question: now that I have the loss report, what is the order of things?
Do I first get a new passport from the Russian consulate and then go to
Exit-Entry for a new residence permit, and is there a fine because my
permit was in the stolen passport?

Thank you,
Svetlana Morozova
""")

E("zh-fullwidth-buy-flat", "陳家慧|chen.jiahui",
  "外籍人士購房資格查詢",
  "consultation", "-", "HOU", "normal", "zh", "fullwidth", """您好：

本人係香港居民，先生是英國籍，我們在貴市工作已經３年（２０２３年起），現時租住在望江花園。想請問：

１．外籍人士（先生）在本市購買一套自住商品房，需要滿足甚麼條件？是否要求連續工作滿一年及繳納社保？
２．以我（港澳居民居住證）名義購買，限購政策與本市戶籍是否一樣？
３．需要到哪個部門辦理資格審核？

麻煩了，謝謝！
陳小姐　電話：１３６　００００　７７８１""")
# ------------------------------------------------------------------ suggestion
E("metro-english-announcements", "Rachel Thompson|rachel.t",
  "Suggestion: English announcements on Line 4 and at transfer stations",
  "suggestion", "-", "TRA", "normal", "en", "-", """Dear Mayor,

I have lived here for three years and I love how fast the metro network has
grown. One small thing would make a big difference for visitors and for
people like me whose Chinese is still basic: Line 4 (the newest line) has no
English announcements at all, and the transfer corridors at Dongmen and
Jiangbei Station have Chinese-only direction signs.

I would suggest:
- adding English station announcements on Line 4 as on Lines 1-3;
- bilingual signs in transfer corridors, especially "exit" and "transfer to";
- an English option on the ticket machines at the new stations (the old
  ones have it).

With the international expo coming next spring this seems worth doing now.

Best wishes,
Rachel Thompson
""", fmt="alt")

E("hotline-english-mixed", "Nguyen Van An|an.nguyen",
  "12345 English service idea",
  "suggestion", "-", "GOV", "normal", "en", "mixed", """Hello 12345,

Suggestion from a Vietnamese resident: when I call 12345 and press the
English option, I wait long and then operator speak 中文 only, he is very
kind but we both use 翻译软件 and it's slow. Maybe the city can make the
English line available at fixed hours (like 9:00-17:00) with one real English
speaker, and write these hours on the website. Also a WeChat 公众号 form in
English would be easier than phone for many foreigners, we can write and
you answer later.

Thank you for considering,
Nguyen Van An
""")

J("exit-entry-booking-english", "Laura Meyer", "176 0000 2208",
  "laura.meyer", False, "Exit-Entry online appointment in English",
  "Chengnan", "suggestion", "-", "PSB", "normal", "en", "-",
  """The online appointment system for residence permit applications is only in Chinese, and the SMS verification doesn't accept foreign phone numbers. Most people who use this system are foreigners! Please add an English interface and allow login with passport number + e-mail. A simple English checklist of documents per permit type on the same page would also save the staff a lot of time explaining the same things at the window.""")

E("zh-bilingual-public-schools", "刘佳|liujia.mom",
  "建议公立学校开设双语班",
  "suggestion", "-", "EDU", "normal", "zh", "-", """市长您好：

我是一名中外家庭的妈妈，孩子爸爸是南非人。本市国际学校每年学费二十多万，普通家庭负担不起，而公立学校对外籍孩子基本没有语言上的支持，孩子刚入学时非常吃力。

建议：
一、在外籍人士较多的片区，选一两所公立小学试点开设双语班或汉语补习课；
二、给外籍家长提供英文版的入学指南和家长会翻译；
三、教育局网站增加外籍儿童入学专栏。

这样既能留住在本市工作的外籍人才，也能让孩子更好地融入。谢谢！""")

E("station-tourist-desk", "Peter van Dijk|peter.vandijk",
  "Tourist information desk at the high-speed railway station",
  "suggestion", "-", "TOUR", "normal", "en", "-", """Dear Culture and Tourism office,

My wife and I arrived last Friday by high-speed train for a week of
sightseeing. The station is impressive but there was no tourist information
point anywhere, not even a printed map. We spent forty minutes trying to find
out how to reach the old town and how to buy tickets for the lake cruise.

May I suggest a small staffed tourist desk in the arrival hall, with free
bilingual maps, a QR code to an English city guide and maybe a board with
the day's events. Many cities in Europe have these and they pay for
themselves.

Otherwise, a beautiful city. We'll be back.

Peter and Ilse van Dijk
""", fmt="html")

E("hospital-international-clinic", "|concerned.physician",
  "A proposal for international clinics in public hospitals",
  "suggestion", "b", "HEA", "normal", "en", "-", """To the Mayor's office,

I am a foreign-trained physician living here with my family. Over the last
year many foreign residents have asked me for help because they could not
navigate the public hospitals: registration by app in Chinese only, no
interpreters, and no direct billing with international insurance, so people
pay large amounts upfront or avoid treatment altogether.

My proposal: designate two of the large public hospitals to run an
international clinic (a few English-speaking doctors, a bilingual
registration desk, direct billing agreements with the main insurers). Several
cities already do this and it costs little compared to the goodwill it buys.

Because I work inside the health system myself I will leave my name off this
letter; I hope the idea can be judged on its own.

With respect
""")

E("tax-app-english", "Sophie Laurent|sophie.laurent",
  "个税 App in English please",
  "suggestion", "-", "TAX", "normal", "en", "mixed", """Hello,

Every March all of us foreigners go through the same pain: the 个人所得税
App is only in Chinese, the registration with passport requires a face scan
at the 办税服务厅, and the annual 汇算 has dozens of screens nobody can read.
Every year I have to pay a colleague dinner to do it for me :)

Could the city's tax bureau suggest to the provincial level (or make a local
guide) an English version, or at least a bilingual PDF walkthrough with
screenshots? Even an English hotline during March-June would help.

Merci,
Sophie Laurent
""")

E("bike-lanes-dutch", "Maarten de Vries|maarten.devries",
  "Protected cycle lanes along the river",
  "suggestion", "-", "TRA", "normal", "en", "-", """Dear Sir or Madam,

I am Dutch, so forgive me for having opinions about bicycles. I cycle every
day from Fenghuang Road to the science park, 7 km, and the route along the
river is lovely except that the bike lane disappears at every bridge and
the e-scooters and cars park in it.

Suggestion: a continuous, physically separated cycle lane along the river
road, with ramps at the bridges, and a few bike parking racks at the metro
stations. It would cost less than one flyover and take many short car trips
off the road.

Happy to show anybody the route.

Maarten de Vries
""")

E("zh-foreigner-window", "吴敏|wumin",
  "建议政务大厅设立外籍人士服务专窗",
  "suggestion", "-", "APP", "normal", "zh", "-", """市长您好，我在一家外企做行政，经常陪外籍同事去市政务服务中心办各种手续（工作许可、社保、公积金、税务登记），每次都要在不同楼层排好几次队，窗口工作人员也不太会用英语沟通。

建议在政务服务中心设立一个“外籍人士综合服务窗口”，配备会英语的工作人员，能一窗受理、一次告知，另外准备英文版的办事指南。这样外籍人士和我们陪同的人都能省很多时间，也能体现城市的国际化形象。""")

E("weather-warnings-english", "Amelia Brooks|amelia.brooks",
  "Weather warnings in English",
  "suggestion", "-", "MET", "normal", "en", "-", """Hello,

During the typhoon in September my phone received several emergency SMS
warnings, all in Chinese. I only understood it was serious when my
neighbour knocked on my door. Many foreign residents and tourists would have
had the same problem.

Could the Meteorological Bureau send the red and orange warnings with a
short English line as well (e.g. "TYPHOON RED WARNING - stay indoors")?
Even a simple English page on the website with the current warning level
would help.

Thank you,
Amelia Brooks
""", fmt="alt")

J("business-single-window", "Andreas Keller", "+86 139 0000 6052",
  "a.keller", False, "One contact point for foreign investors",
  "Development Zone", "suggestion", "-", "COM", "normal", "en", "-",
  """As a Swiss SME owner who set up a small precision parts company here last year, I would like to suggest one single contact person (a 'case manager') for foreign investors during set-up. I dealt with seven offices: registration, tax, customs, foreign exchange, social insurance, fire safety, environmental approval. Each was friendly but nobody knew what the others needed, so we went back and forth for four months. A case manager who follows the file from start to finish, with a checklist in English, would make the city much more attractive to small foreign firms.""")

E("sarcasm-english-map", "Tom Hughes|tom.hughes",
  "A bold, revolutionary idea for tourism",
  "suggestion", "-", "TOUR", "normal", "en", "sarcasm", """Dear Culture and Tourism Bureau,

I would like to propose a radical innovation that I believe has never been
tried anywhere in the world: a paper map of the old town, in English,
available at the old town.

I know it's ambitious. The three tourist offices I visited last weekend had
beautiful brochures in Chinese, an impressive LED screen in Chinese, and a
very friendly lady who pointed at the LED screen. Perhaps version 2.0 could
also include English labels on the QR codes at the temples, so we know
whether scanning them gives history or a discount coupon for tea.

Looking forward to the pilot programme.

Tom Hughes (tourist, week 2, still lost)
""")

J("library-english-books", "", "", "", True,
  "More English books at the city library", "Huating",
  "suggestion", "b", "TOUR", "normal", "en", "-",
  """The new city library is beautiful, but the foreign-language section has two shelves, mostly old textbooks. Could the library add English and other foreign-language novels and children's books, perhaps accept donations from the expat community, and organise a monthly reading event for children from international families? Many of us would volunteer.""")

J("medins-passport-number", "Olga Ivanova", "155 0000 9013", "", False,
  "Hospital systems and passport numbers", "Beiyuan",
  "suggestion", "-", "MED", "normal", "en", "-",
  """Suggestion about medical insurance: my insurance is registered with my passport number, which has letters. At the hospital self-service machines, the field only accepts 18-digit Chinese ID numbers, so I always have to queue at the manual window to settle with insurance. Please ask the hospitals and the medical insurance system to support passport and permanent residence card numbers on the machines and in the mini-program. It would save many foreign insured people time.""")

E("recycling-english-korean", "Lee Hyun-woo|hyunwoo.lee",
  "garbage sorting for foreigner",
  "suggestion", "-", "URB", "normal", "en", "typos", """hello

I live in apartment in Yuhua community, 2 years. Now the garbage sorting is
very strict, the volunteer lady check my bag every evening and she is nice
but I dont understand the 4 kind of bin. The picture on bin is small and only
chinese word.

My suggest: please make the bin sign with english (and maybe korean,
japanese because many of us live here) and simple picture, like "food
waste" "recycle" "dangerous" "other". Also one paper for new foreigner
resident when they move in. Then we can do correct and the volunteer lady is
not tired of us.

thank you
Lee
""")

E("zh-taxi-foreign-cards", "郑浩|zhenghao.trans",
  "建议出租车支持外卡支付和翻译",
  "suggestion", "-", "TRA", "normal", "zh", "-", """您好，我是一名导游，经常带外国游客。最近外国游客越来越多，但很多人没有微信、支付宝，出租车司机又不收外币卡，只收现金或扫码，游客经常很尴尬。

建议：一是推动出租车和网约车安装支持境外银行卡的POS或支持境外版支付；二是在车内贴一张常用中英文对照卡片（目的地、发票、找零等）；三是机场和火车站的出租车点安排志愿者协助。

谢谢！""")

E("exit-entry-hours-two", "Priya Sharma|priya.sharma",
  "Longer opening hours at the Exit-Entry hall?",
  "suggestion", "-", "PSB", "normal", "en", "two-intents", """Dear Sir/Madam,

Most foreigners who need the Exit-Entry hall are working people. The hall is
open 9:00-12:00 and 13:30-17:00 on weekdays only, so every renewal costs us a
half day of leave, sometimes two because of missing documents. May I suggest
opening one evening a week until 19:00, or Saturday mornings, as the tax
hall already does?

And a quick question while I'm writing: is it true that the hall is already
open on the Saturday make-up working day in October? My colleague said so.

Thank you,
Priya Sharma
""")

E("street-sign-short", "Jake Miller|jake.miller",
  "street signs",
  "suggestion", "-", "TRA", "normal", "en", "short", """New street signs on Taoyuan Road are Chinese only. Please add pinyin/English like the old ones. Thanks.""")

E("museum-passport-indirect", "Claire Fontaine|claire.fontaine",
  "A small scene at the provincial museum",
  "suggestion", "-", "TOUR", "normal", "en", "indirect", """Hello,

Last Sunday at the provincial museum I stood behind an older French couple
at the entrance. They had no booking because the booking is done in a
mini-program that needs a Chinese phone number. The guard was friendly but
could only shake his head. After twenty minutes, a student behind us booked
for them with her own phone. They were very moved, and so was I.

I keep thinking that the student should not have been necessary. It probably
takes one afternoon of programming to add a passport option and a few daily
walk-in tickets, but I'm sure somebody at the museum already knows that.

Claire Fontaine
""")

E("teacher-feedback-fear", "Michael O'Brien|m.obrien",
  "Some ideas about foreign teachers in public schools",
  "suggestion", "c", "EDU", "normal", "en", "-", """Dear Education Bureau,

I am one of two foreign English teachers at a public middle school in the
north of the city. I would like to offer two suggestions.

1. Foreign teachers receive their timetable and teaching materials only in
   Chinese, often the evening before. A short bilingual weekly plan from the
   English department would help us prepare real lessons.
2. A city-wide training day for foreign teachers once a term (classroom
   management, Chinese school culture, safety rules) would reduce the
   misunderstandings that happen every year.

I'll be honest, I hesitated before writing. My contract renewal is decided
next month, and the school has not reacted well to feedback from foreign
staff in the past. I really do mean this constructively.

Michael O'Brien
""")

E("praise-exit-entry-officer", "Yusuf Demir|yusuf.demir",
  "Thank you to Officer Zhang at the Exit-Entry hall",
  "suggestion", "-", "none", "normal", "en", "-", """Dear Mayor,

I only want to say thank you. On 14 October I came to the Exit-Entry hall
with a problem: my residence permit had an error in my name (one letter
missing) and my flight to Istanbul was in three days. Officer Zhang at window
5 listened, checked the records, made a call, and the corrected permit was
ready the next afternoon. He even wrote down in English what I should bring.

People write to you when things go wrong, so I wanted to write when
something went right. Please pass my thanks to him and his team.

Respectfully,
Yusuf Demir
""")

E("zh-community-foreigner-station", "孙倩|sunqian.sq",
  "关于在社区设立外籍居民服务点的建议",
  "suggestion", "-", "GOV", "normal", "zh", "-", """市长您好：

我所在的樱桃湾社区住着一百多位外籍居民，主要是附近工业园的工程师和他们的家属。他们遇到问题（住宿登记、垃圾分类、水电缴费、孩子打疫苗）常常不知道找谁，就来敲我家门，因为我会说英语。

建议在外籍居民比较集中的社区设一个服务点，每周固定半天有懂外语的工作人员或志愿者值班，把常见事项的办理流程做成中英文小册子，再建一个社区外籍居民微信群发布通知。花费不大，效果会很好。

谢谢！
樱桃湾社区居民 孙倩""")
# ---------------------------------------------------------------------- demand
E("deposit-not-returned", "James Walker|james.walker",
  "Landlord will not return my deposit",
  "demand", "-", "HOU", "normal", "en", "-", """Dear Sir or Madam,

I moved out of my rented flat at Building 9, Lanting Garden on 30 September
after giving the one month's notice required by the contract. The landlord,
Mr. Gao, inspected the flat with me, signed the handover sheet saying
"no damage", and promised to return my 8,000 yuan deposit within a week.

It is now five weeks later. He first said he was travelling, then that he
needed to "check the water bill", and now he does not answer my calls or
WeChat messages at all. I have the contract, the signed handover sheet and
bank transfer records.

I am leaving China in December and I cannot afford to lose this money.
Please help me get the deposit back or tell me who can mediate with him.

James Walker
Tel 187 0000 2264
""", fmt="alt")

J("agency-fees-vanished", "Ana Souza", "+86 133 0000 8190", "ana.souza",
  False, "Rental agency took fees and disappeared", "Qianjiang",
  "demand", "-", "HOU", "normal", "en", "-",
  """In August I rented a flat through an agency called "Home Easy" (a small shop next to the Tianmu metro exit). I paid them 4,500 yuan agency fee plus 3 months' rent and deposit, 21,000 yuan in total, because they said the landlord was abroad and they collect the rent. Last week the real landlord came to the flat: he says the agency never paid him and he wants me to leave or pay again. The agency shop is closed and the phone number is dead. I am Brazilian, I study at the conservatory, and this was all my savings for the year. Please help - who can investigate the agency and what happens to my contract?""")

E("construction-night-noise", "Emma Lindqvist|emma.lindqvist",
  "Pile driving at night next to our building",
  "demand", "-", "ENV", "normal", "en", "-", """Hello,

Since about 20 October the construction site on the east side of the
Shuangta residential area (a new office tower, I think) has been working
through the night: pile driving and concrete trucks until 2-3 am, almost every
night. Our bedroom window is maybe 60 metres away. My children (4 and 7)
wake up crying and I have to go to work in the morning.

I thought night construction needed a special permit and that neighbours
should be informed. Nobody informed us. Could someone please check whether
they have permission, and make them stop the noisy work at night?

Thank you,
Emma Lindqvist
Phone: 185 0000 3317
""")

E("school-owes-wages-nigerian", "Blessing Adeyemi|blessing.adeyemi",
  "Unpaid salary for 3 month from training school",
  "demand", "-", "HR", "normal", "en", "typos", """Dear Sir,

Please i need your help urgently. I am a english teacher from Nigeria, i
have valid work permit with a training school in Jinxiu Plaza (3rd floor)
since march. Since july the school did not pay my salary, they keep saying
next week next week, now is 3 month salary, total 27,000 rmb. The boss is
telling us parents did not pay so he cannot pay us. Two other foreign teacher
and some chinese teacher also not paid.

I have my contract and the wechat message where he promise to pay. My rent
is due and i cannot send money to my mother again. Please sir help us to
collect our salary, we dont know where to go.

Thank you and God bless.
Blessing Adeyemi
152 0000 7749
""")

E("release-letter-threat", "Liam Murphy|liam.murphy",
  "My former employer refuses to release my work permit",
  "demand", "c", "HR", "normal", "en", "-", """Dear Sir/Madam,

I worked as a foreign teacher at a private kindergarten in the Hexi area
until 31 August, when my one-year contract ended. I gave notice in June as
required. I have a new job offer at a school in this city, but to transfer my
work permit I need my old employer to cancel it and give me a release letter.

The director refuses. She wants me to pay back a "training fee" of 15,000
yuan that is not in my contract, and says she will not sign anything until I
pay. My new school can only hold the job until 20 November.

Please help me get the permit cancelled and the release letter issued; I have
all my documents and the contract.

I'll add that the director has told me twice that she "knows people at the
Exit-Entry office" and that foreigners who cause problems "get sent home". I
don't know if that is true, but I am worried about what she might do.

Liam Murphy
""")

E("zh-lift-father-in-law", "马丽娟|malijuan",
  "老小区电梯停了一个月，老人下不了楼",
  "demand", "-", "HOU", "normal", "zh", "-", """您好！

我公公今年八十二岁，住在东风新村12栋8楼。这栋楼的电梯九月底坏了，到现在一个多月了还没修。物业说维修基金要业主签字，业主群里吵来吵去没结果。

老人腿脚不好，已经一个多月没下过楼，看病只能靠我丈夫（英国人，每周末过来）背下去。楼里还有好几户老人情况一样。

请有关部门督促物业和社区尽快把电梯修好，或者先想办法让老人能正常出入。谢谢！

联系人：马女士 134 0000 5520""")

E("leak-quoted-property", "Kenji Watanabe|kenji.watanabe",
  "Fwd: Water leaking from upstairs - property company refuses",
  "demand", "-", "HOU", "normal", "en", "quoted", """Dear Mayor's Office,

I forward you my correspondence with the property management company of
Riverside Mansion. Water has been leaking from the flat above into my
bathroom and bedroom ceiling for six weeks. The ceiling is now black with
mould and a piece fell down last week.

---------- Forwarded message ----------
From: Riverside Mansion Property Service
Date: 28 Oct 2026
Subject: Re: leak room 1602

Dear owner, we have contacted the owner of 1702 several times, he does not
live there and refuses to let us in. This is a dispute between neighbours and
our company has no right to enter private property. Please negotiate with him
yourself.

> On 20 Oct 2026, Kenji Watanabe wrote:
> This is the fourth time I write. The leak is getting worse. Please do
> something.
---------------------------------------------

I do not know the owner upstairs and cannot reach him. Please tell me who can
make him repair the pipe, or send someone to coordinate.

Kenji Watanabe, Room 1602
""")

E("water-cut-three-days", "Isabella Rossi|isabella.rossi",
  "No water for three days in Building 5",
  "demand", "-", "WAT", "normal", "en", "-", """Hello,

Since Sunday morning there has been no running water at all in Building 5 of
Lüyin Jiayuan. The notice in the lift (only in Chinese, a neighbour translated
it for me) said "pipe maintenance, 8 hours". It has now been more than 72
hours. We are buying bottled water to cook and flush. There are babies and
elderly people in the building.

The property office says it is the water company's fault; the water company
hotline says it is inside the estate so it's the property's fault. Could
somebody please find out who is responsible and restore the water?

Isabella Rossi
""")

E("bank-teller-rude", "David Osei|david.osei",
  "Bank refused to open an account and the teller was rude",
  "demand", "-", "MKT", "normal", "en", "-", """Hello,

I am a Ghanaian engineer with a valid work residence permit (valid until
2028). On Tuesday I went to a branch of a commercial bank on Zhongshan Road
to open a salary account, as my employer requires. The teller looked at my
passport and said "no foreigners today", and when I asked why, she laughed
with her colleague and told me to go to "a foreigner bank". Another customer
translated for me. The manager was not available.

I am not asking for anything special, only a salary account like my Chinese
colleagues. My salary for October cannot be paid without it. Please tell the
bank to open the account, or tell me which authority can make them explain.

David Osei
+86 130 0000 6621
""", fmt="alt")

E("sim-blocked-mixed", "Hiroshi Tanaka|hiroshi.tanaka",
  "My phone number was suspended - 实名认证 problem",
  "demand", "-", "MIIT", "normal", "en", "mixed", """Hello,

My mobile number (China Mobile) was suspended on 3 November with an SMS
saying I must do "实名认证 again". I went to the 营业厅 near Wanda with my
passport and residence permit, but they say my passport number in the system
is my old passport, and they cannot change it because "外国人 can only change
at the main branch". The main branch says the opposite.

Without the number I cannot receive 验证码 for my bank, Alipay, WeChat, even my
company login. This is a disaster for daily life. Please ask the operator to
fix it properly; I have used this number for six years.

Hiroshi Tanaka
""")

E("food-poisoning-restaurant", "Chloe Bennett|chloe.bennett",
  "Food poisoning after dinner at a restaurant",
  "demand", "-", "MKT", "normal", "en", "-", """Dear Sir or Madam,

On Saturday evening six of us (teachers from an international school) ate at
a hotpot restaurant on Nanping Street. That night all six of us got severe
vomiting and diarrhoea; two colleagues spent the night on a drip at the
hospital. We have the hospital records and the payment receipt.

When we went back to the restaurant the manager said their food is "fresh
every day", refused to talk and told us to leave. We are worried about other
customers - the kitchen looked dirty and the beef was not cold when delivered.

Please inspect the restaurant and help us get our medical costs back.

Chloe Bennett
""")

J("gym-closed-prepaid", "Mark Jensen", "180-0000-3390", "mark.jensen",
  False, "Gym closed overnight with our prepaid memberships",
  "Jiangwan", "demand", "-", "MKT", "normal", "en", "-",
  """The fitness centre "Power Plus" on the 2nd floor of Hengyuan Mall closed without any notice on 25 October. I paid 6,800 yuan in May for a 2-year membership plus 20 personal training sessions (I used 4). There are at least 200 members in our WeChat group, many foreigners from the office towers nearby. The doors are locked, the equipment is being moved out and the manager blocked us. Please investigate and help us get the prepaid money back before everything disappears.""")

E("taxi-overcharge-tourist", "Sven Olsen|sven.olsen",
  "Taxi charged us 380 yuan from the airport",
  "demand", "-", "TRA", "normal", "en", "-", """Hello,

We are tourists from Norway. On 9 October at about 23:00 we took a taxi from
the airport to our hotel near the West Gate. The driver did not switch on the
meter, said "fixed price" and at the hotel demanded 380 yuan. The hotel staff
later told us the normal fare is around 120. We paid because it was late and
we were afraid.

The taxi was a green and white car, number plate ending in 7K2, and I have a
photo of the plate and the driver's card. Please deal with this driver and
help us get the difference back if possible. We love the city otherwise!

Sven Olsen
""")

E("gas-smell-stairwell", "Nadia Haddad|nadia.haddad",
  "URGENT - strong gas smell in our stairwell",
  "demand", "-", "EMG", "high", "en", "-", """Please help urgently!

There is a very strong smell of gas on the 3rd and 4th floors of Unit 2,
Building 17, Pingan Xiaoqu, since about 7 this morning. It is getting
stronger. Nobody answers at Room 402 and I think the smell comes from there.
An old lady lives there alone. The property guard says he cannot open the
door.

I called the gas company but they said one hour. We have told the neighbours
not to use the lift or turn on lights. Please send someone now.

Nadia Haddad, Room 302, phone 136 0000 1187
""")

E("exposed-wires-lamp-short", "Ryan Cole|ryan.cole",
  "live wires at lamp post",
  "demand", "-", "URB", "high", "en", "short", """Street lamp at Xinglong Rd / school gate corner: cover off, bare wires sparking at kid height. Please send someone now.""")

E("social-ins-deducted-quoted", "Julia Nowak|julia.nowak",
  "Employer deducts social insurance but never paid it",
  "demand", "-", "HR", "normal", "en", "quoted", """Dear Sir or Madam,

For 14 months my employer, a design studio in the creative park, has
deducted "social insurance" from my salary (1,150 yuan a month). When I
checked my record at the service hall last week, the officer showed me that
no contributions had ever been paid for me. I asked HR and got this answer:

> Hi Julia, the company is in a difficult period so we paid only for the
> Chinese staff, foreigners are not required to join social insurance
> anyway. The deduction is kept as a reserve for your benefits. Thanks for
> understanding. — HR

As far as I know foreign employees must be insured, and in any case they
took the money. Please make the company pay the contributions for the whole
period or return the deductions.

Julia Nowak
""")

E("restaurant-no-fapiao", "Arjun Patel|arjun.patel",
  "Restaurant refuses to give fapiao",
  "demand", "-", "TAX", "normal", "en", "-", """Dear Tax Bureau,

I am a sales manager and I often entertain clients. A seafood restaurant on
Haibin Avenue, where we spent 3,460 yuan on 22 October, refused to issue a
fapiao. First they said the machine was broken, then that they could give a
fapiao only if we paid 6% more, and finally that foreigners' companies "don't
need fapiao". My company cannot reimburse me without it.

Please ask them to issue the invoice, and I think you may also want to check
why they avoid issuing fapiao at all.

Arjun Patel
""")

J("zh-street-flooding", "何振宇", "158 0000 6603", "hezhenyu", False,
  "柳岸路每逢下雨就积水", "柳岸路",
  "demand", "-", "WAT", "normal", "zh", "-",
  """柳岸路与果园街交叉口每次下雨都严重积水，最深时能没过膝盖。我隔壁住着一户外籍家庭，他们孩子上学要经过这里，上周暴雨时孩子差点摔倒在水里。路边的雨水井好像一直被泥沙堵着，已经好几年了。请水务部门尽快疏通排水管道，彻底解决这个路口的积水问题。""")

E("factory-smell-husband", "Marie Leclerc|marie.leclerc",
  "Chemical smell from the plant near the international school",
  "demand", "c", "ENV", "normal", "en", "-", """Dear Ecology and Environment Bureau,

We live in the Jinsha new area. Several evenings a week, usually after 21:00,
a sharp chemical smell - like burnt plastic and solvent - comes from the
coating plant on the other side of Chuangye Road. It is strongest near the
international school and the residential towers. My daughter and several of
her classmates have had sore throats and headaches for weeks.

Please test the air at night and check the plant's emissions.

I have to be honest about one thing: my husband is an engineer at that plant.
He agrees the smell is a problem but if the management learns that
employees' families are complaining, his position there could become very
difficult. We cannot afford for him to lose that job.

Marie Leclerc
""")

E("zh-rooftop-structure", "赵建国|zhaojianguo",
  "楼顶违建挡住了我们家的光",
  "demand", "-", "URB", "normal", "zh", "-", """您好，我家住在翠湖苑6幢顶层下面一层（501），我的外籍女婿一家也住在这里。顶楼602的业主今年夏天在楼顶平台上用钢架和彩钢板搭了一个大房子，还装了空调外机，正好压在我们卧室上方，下雨时往我家渗水，夏天闷热，孩子房间白天都要开灯。

我们跟他说过几次，他说是“阳光房”，不算违建。请城管部门来现场看看，依法处理这个违章搭建。

赵先生 137 0000 4412""")

E("vendors-blocking-shop", "|shop.owner.yanhe",
  "Street vendors block the entrance of my shop every evening",
  "demand", "b", "URB", "normal", "en", "-", """Hello,

I run a small imported-food shop on Yanhe Street (I am Turkish, my shop has
all licences). Every evening from 6 pm about ten food stalls set up on the
pavement directly in front of the shop, with tables, gas bottles and smoke.
Customers cannot reach my door and the smoke comes inside. My sales in the
evening are almost zero.

Please ask the urban management officers to move the stalls to the place
where they are allowed, at least to keep the shop entrances free.

Please, when you deal with this, don't tell the vendors that a shop owner
complained, and don't use my shop name. I have to work next to these people
every day and I want to keep peace with them.
""")

J("ridehail-lost-laptop", "Thomas Weber", "+86 173 0000 2206",
  "thomas.weber", False, "Ride-hailing driver keeps my laptop",
  "Airport area", "demand", "-", "TRA", "normal", "en", "-",
  """On 17 October I left my laptop bag in a ride-hailing car (order from the airport to Guanlan Hotel, around 15:40). The platform's customer service confirmed the driver found it, but since then the driver asks for 1,000 yuan "thank-you money" before he returns it, and the platform says they can only "remind" him. The laptop has all my work. I'm German, working here on a project. Please make the platform and the driver return my property.""")

E("no-mobile-signal", "Fiona MacLeod|fiona.macleod",
  "No mobile signal in our whole building",
  "demand", "-", "MIIT", "normal", "en", "-", """Dear Sir or Madam,

Since we moved into Tower C of the new Yunjing Residences in August, there has
been almost no mobile signal inside the flats (all three operators). Calls
drop, I cannot receive verification codes, and I work from home as a
translator. Neighbours on the lower floors say the same. The developer says a
base station was "planned" but nothing happens.

Please ask the operators to provide coverage for the building, or tell the
developer to install the indoor equipment.

Fiona MacLeod
""")

E("broadband-refused-foreigner", "Ahmed Khan|ahmed.khan",
  "Broadband company will not install because I am a foreigner",
  "demand", "-", "MIIT", "normal", "en", "-", """Hello,

I am Pakistani, a PhD student with a valid residence permit. I rent a flat
in Qinghe Village and I want to install home broadband. The operator's local
shop told me that they "cannot register foreigners" and that I must find a
Chinese friend to sign the contract in his name. I don't want to put my
internet in another person's name.

My research needs a stable connection. Please ask the operator to accept my
passport and residence permit as any customer.

Ahmed Khan
""")

E("tour-guide-forced-shopping", "Linda Chow|linda.chow",
  "Tour guide forced us into a jade shop for 3 hours",
  "demand", "-", "TOUR", "normal", "en", "-", """Dear Culture and Tourism Bureau,

We are a group of 14 Malaysian and Singaporean tourists. On 5 October we
joined a one-day tour to the mountain scenic area booked through a local
travel agency. Instead of the mountain, the guide took us to a jade factory
and a tea house for more than three hours and told us the bus would not leave
until "everybody buys something". Some elderly members bought items worth
thousands of yuan under pressure. We only had 40 minutes at the scenic area.

We have the itinerary, receipts, and the guide's name on his badge. Please
investigate the agency and the guide and help the elderly members get a
refund.

Linda Chow (group contact)
""")

E("factory-road-access", "Stefan Wagner|stefan.wagner",
  "Road works have cut the access to our factory",
  "demand", "-", "COM", "normal", "en", "-", """Dear Commerce and Investment Promotion Bureau,

I am the general manager of a German-invested company producing medical
device components in the eastern industrial park (150 employees). Since
1 November the only access road to our plant, Keji 3rd Road, has been closed
for a pipeline project. No detour for trucks was arranged. Our raw material
deliveries are stuck and two customer shipments are already late; we risk
contract penalties.

We support the works, but we ask the bureau to coordinate with the
construction unit and the park committee so that a temporary truck access is
opened, or the works are done in sections. I am available for a meeting at
any time.

Stefan Wagner
General Manager
Tel. 0571-0000-8823 / 139 0000 2517
""", fmt="alt")

E("zh-landlord-cut-power", "王芳|wangfang.help",
  "房东断水断电逼外国租客搬走",
  "demand", "-", "HOU", "normal", "zh", "-", """您好，我替我的外国同事反映一下情况。她是菲律宾人，在我们公司工作，租住在幸福里小区3栋，合同签到明年6月，房租每月按时交。

上周房东突然说要涨租金一千元，她没同意，房东就把电表和水阀关了，还在门上贴纸让她月底前搬走。她现在只能住在同事家里。

请住建部门或相关部门帮忙协调，让房东按合同办事，先恢复水电。
联系人：王芳（同事）198 0000 6631""")

E("zh-wages-fullwidth", "李强|liqiang.wage",
  "外籍厨师被拖欠工资",
  "demand", "-", "HR", "normal", "zh", "fullwidth", """您好！我是一家西餐厅的前员工，想替餐厅的两位外籍厨师（一位意大利籍，一位泰国籍）反映：餐厅从２０２６年７月起拖欠工资，到现在共４个月，两人合计约８６，０００元。老板说“生意不好，等等再说”，最近干脆不接电话了！！

两位厨师中文不好，不知道找谁，他们的签证也快到期了。请人社部门帮忙追讨工资。

联系人：李先生　１５６－００００－２２７３""")

E("zh-garbage-short", "冯|fengxq",
  "垃圾堆了一周没人收",
  "demand", "-", "URB", "normal", "zh", "short", """青枫巷18号门口垃圾一周没人清运，臭得不行，请尽快处理。""")

E("landlord-cadre-relative", "Nicole Adams|nicole.adams",
  "Landlord refuses repairs and keeps entering my room",
  "demand", "c", "HOU", "normal", "en", "-", """Dear Sir or Madam,

I rent a room in a village house in Shangtang village, near the university
where I teach. Since September the roof has leaked, the water heater is
broken, and the landlord refuses to repair anything. Worse, he enters my
room when I am out - I found my things moved three times - saying it is
"his house".

I want the repairs done and I want him to stop entering without permission.
I have a written lease until June.

The other foreign tenant in the village warned me that the landlord's
brother is on the village committee and that last year a tenant who
complained to the village was suddenly visited by the police about her
registration. I am worried the same thing will happen to me if this gets
back to the village.

Nicole Adams
""")

J("ktv-noise-anonymous", "", "", "", True,
  "KTV bar noise until 3 am every night", "Nanhu",
  "demand", "b", "ENV", "normal", "en", "-",
  """The KTV and bar on the ground floor of our building (Building A, Huafu Plaza) plays music and singing until 3-4 am every night, with bass you can feel through the floor. Customers shout and fight in the street after midnight. Many families live above. We have asked the bar and the property company many times. Please measure the noise at night and make them soundproof the place or close on time.""")

E("employer-visa-threat", "Carlos Mendoza|carlos.mendoza",
  "Unpaid overtime and threats about my visa",
  "demand", "c", "HR", "normal", "en", "-", """Hello,

I'm Mexican and work as a chef at a hotel restaurant. My contract says 44
hours a week; for the last five months I have worked 60-70 hours without any
overtime pay. I calculated about 31,000 yuan of unpaid overtime. I have my
clock-in records (photos) and the rota.

When I asked the manager for the overtime, he told me that if I "make
problems" the hotel will cancel my work permit and I will have 10 days to
leave China, so I should think about my family. My wife and son live here
with me. I still want my overtime paid, but I am honestly scared.

Please help me with what the hotel owes me.

Carlos Mendoza
""")

E("kindergarten-bus-overloaded", "Elena Popescu|elena.popescu",
  "Kindergarten bus packed with children, no seatbelts",
  "demand", "c", "EDU", "high", "en", "-", """Dear Education Bureau,

My son attends a private kindergarten in the Liuxiang area. Every morning
its school bus - a van with 11 seats - arrives with 20 or more small children
inside, some sitting on each other's laps, no belts, no adult except the
driver. This morning the side door did not close properly and the driver tied
it with a rope. I took a video from the gate.

Please stop this bus today before a child is killed, and check the other
buses of the kindergarten.

My son is still in this kindergarten and the director already told the
parents that "complaining families can find another school". I don't want
him treated differently because of me.

Elena Popescu
""")

E("medins-hr-not-submitted", "Kwame Mensah|kwame.mensah",
  "My reimbursement claim has been sitting at my company for 4 months",
  "demand", "-", "MED", "normal", "en", "-", """Dear Sir/Madam,

I had surgery on my knee in June at a public hospital and paid 23,000 yuan
myself because my medical insurance card was not yet activated. The
insurance office told me that my employer must submit the reimbursement
application for me with the receipts. I gave all the original receipts to HR
in July.

Four months later HR still has not submitted anything and now says the
receipts may be "lost in the office". Without the originals I cannot claim.
Please help me: can the medical insurance office accept copies from the
hospital, or push my company to submit before the deadline?

Kwame Mensah
""")

E("lift-two-intents", "Ravi Kumar|ravi.kumar",
  "Lift broken again + who pays for repairs?",
  "demand", "-", "HOU", "normal", "en", "two-intents", """Hello,

The only lift in Building 3 of Zhuyuan Estate has been out of service for
12 days, the third breakdown this year. I live on the 14th floor with my
pregnant wife. The property company says it is waiting for a part. Please
push them to repair it now and to check why it breaks so often.

Also, the property company is asking every owner for 800 yuan for a "lift
renovation fund". Is that legal, or should it come from the maintenance fund
we already paid when we bought the flat?

Ravi Kumar
""")

E("drilling-sarcasm", "Oliver Bennett|oliver.bennett",
  "Thank you for the free 2 a.m. concerts",
  "demand", "-", "ENV", "normal", "en", "sarcasm", """Dear Sir or Madam,

I would like to thank the construction site behind Mingzhu Apartments for
the wonderful nightly concerts. The jackhammer solo starts at about 1:30,
followed by a moving duet of concrete mixer and reversing alarm at 2:15. My
wife and I are now experts. Our 8-month-old daughter attends every show.

In case it was not clear: we have not slept properly for three weeks. If the
site has a permit for night work, I would love to see it; if not, please
make them stop after 22:00.

Oliver Bennett
13800004419 (I'm awake, call anytime)
""")

E("market-stall-power-nigerian", "Ikechukwu Eze|ikechukwu.eze",
  "Market management cut power to my shop",
  "demand", "-", "COM", "normal", "en", "typos", """Good afternoon sir/madam

My name is Ikechukwu, i am having a shop in the international trade market
(building B, 2nd floor) selling clothes and bags for african customers. The
market management company is collecting "new management fee" from all the
foreign shop owners since september, 1,500 per month, chinese shop owners
dont pay it. When i refuse to pay without receipt they cut my electricity
since 6 days ago, my business is dead now and my customers is running away.

I have paid my rent for whole year already i have the receipt. Please help
us to talk with the market management so they restore my light and stop this
fee. I am law abiding person, i dont want trouble.

Thank you
Ikechukwu Eze
+86 132 0000 5581
""")

E("ebike-corridor-mixed", "Sarah Goldberg|sarah.goldberg",
  "E-bikes charging in our corridor - jiedao says call 12345",
  "demand", "-", "EMG", "normal", "en", "mixed", """Hi,

I went to the 街道办 about this and they told me to call 12345, so here I
am. In our building (Unit 1, Building 4, Taihe Xiaoqu) three neighbours
charge their 电动车 in the corridor and stairwell every night, with extension
cables from their flats. The corridor is our only way out. After the news
about the fire in another city, I'm really scared.

The 物业 put up a notice but nobody cares. Could the fire safety people come
and make them stop, or help the 小区 install a proper charging shed?

Thanks,
Sarah Goldberg
""")

E("cough-indirect", "Aiko Suzuki|aiko.suzuki",
  "Our evenings by the river",
  "demand", "-", "ENV", "normal", "en", "indirect", """Hello,

We moved to the Binhe area in spring because of the river park. My daughter
is five. Since September she coughs in the evenings and her eyes are red when
she wakes up; the doctor found nothing. I noticed that it happens on the
evenings when the chimney of the plant across the river starts smoking,
around 9 pm, and the whole balcony smells like burnt rubber. On weekends,
when the chimney is quiet, she is fine. Our neighbours' children are the
same.

I don't know whose job it is to look at a chimney, but maybe somebody could
look at that one, in the evening, not at lunchtime.

Aiko Suzuki
""")

J("work-injury-teacher", "Patrick Doyle", "199 0000 3376",
  "patrick.doyle", False, "School refuses to report my work injury",
  "Dongshan", "demand", "-", "HR", "normal", "en", "-",
  """I am an Irish PE teacher at a private bilingual school. On 12 September I broke my wrist during a school sports event when a faulty basketball stand fell. I needed surgery. The school paid the first hospital bill but refuses to apply for work-injury recognition, saying foreign teachers are "not covered". I pay social insurance every month, it's on my payslip. The deadline to apply is approaching. Please help me get the work injury recognised and the school to fulfil its duty.""")

E("fire-exit-blocked-korean", "Choi Min-jun|minjun.choi",
  "Fire exit locked in our shopping arcade",
  "demand", "-", "EMG", "normal", "en", "-", """Dear Sir,

I own a Korean cosmetics shop in the underground arcade below Xinghai Square.
The shop next to the emergency exit (a phone accessories shop) uses the fire
exit corridor as storage and the metal door is locked with a chain every day.
There are more than 80 shops and often hundreds of customers down there.
I told the arcade management three times, they say "we will talk to him".

Please send fire inspectors to check the exit and make the arcade keep it
open. I worry very much if there is a fire.

Choi Min-jun
""")

J("property-guard-rude", "Layla Hassan", "+86 178 0000 9934", "layla.h",
  False, "Property guard shouts at my deliveries and blocks my guests",
  "Wangjiang", "demand", "-", "HOU", "normal", "en", "-",
  """One of the property company's security guards at the north gate of Jinxiu Huayuan shouts at me every time I come home, refuses to let my food deliveries in ("foreigners order too much"), and last week refused to let my visiting sister enter for 40 minutes although I came down to the gate. Other guards are fine. I complained to the property office twice and nothing changed. Please ask the property company to deal with this guard and train their staff to treat residents equally.""")

E("fake-concert-tickets", "Chris Evans|chris.evans",
  "Bought fake concert tickets - seller disappeared",
  "demand", "-", "PSB", "normal", "en", "-", """Hello,

On 2 October I bought two tickets for the big concert at the Olympic Sports
Centre from a seller in a WeChat group for expats ("Expat Market Here", 400+
members). I paid 2,400 yuan by WeChat transfer. At the gate the QR codes were
rejected as fakes. At least five other members of the group were cheated by
the same seller, who has now left the group and blocked us all.

I have his WeChat ID, the payment record and the chat screenshots. Please
help us report this fraud and find the seller.

Chris Evans
""")

E("zh-fraud-calls-immigration", "吴婷|wuting.report",
  "举报：冒充出入境管理局的诈骗电话",
  "demand", "-", "PSB", "normal", "zh", "-", """我要举报诈骗电话。我先生是美国人，最近一周他几乎每天接到自称“出入境管理局”的电话，对方用英语说他的签证“涉嫌违法”，要求他加一个QQ号配合调查，并且把银行卡里的钱转到“安全账户”。我先生的几个外国同事也接到了一样的电话。

来电号码有：+86 171 0000 3398、+852 0000 6271 等。请公安部门调查这些号码，也希望能发个提醒，很多外国人不了解这种骗局。""")

E("neighbour-dog-noise-discreet", "Georgia Wells|georgia.wells",
  "Dog barking all day in the flat next door",
  "demand", "b", "PSB", "normal", "en", "-", """Dear Sir or Madam,

The neighbours in 1105 of Building 2, Fuxing Mingyuan, leave their large dog
alone from 8 am to 9 pm most days. It barks and howls almost non-stop. I work
night shifts at a hospital and sleep during the day, and I haven't slept more
than three hours in a row for a month. I left two polite notes; nothing.

Please could the community police or whoever is responsible talk to them
about the dog.

Just one request - please keep my name and flat number out of it. They will
know it's me anyway if you mention the night shifts, so please only say
"neighbours complained".

Georgia Wells
""")

J("zh-wage-arrears-anon", "", "", "", True,
  "外贸公司拖欠外籍员工工资", "临港",
  "demand", "b", "HR", "normal", "zh", "-",
  """临港新区海纳大厦11楼的一家外贸公司，从今年8月开始拖欠员工工资，包括中国员工和五六个外籍员工（印度、埃及、哥伦比亚）。公司说资金周转困难，但老板最近还换了新车。外籍员工的工作许可都挂在这家公司，不敢辞职。请劳动监察部门去查一查，督促公司支付工资。""")

E("zh-fullwidth-drain-hk", "梁志明|leung.cm",
  "餐廳後巷污水井堵塞，污水倒灌",
  "demand", "-", "WAT", "normal", "zh", "fullwidth", """您好！

本人係香港人，在貴市開設一間茶餐廳（地址：南屏街８８號地舖）。餐廳後巷嘅污水井已經堵塞近兩星期，每逢下雨污水就倒灌入廚房，臭氣熏天，嚴重影響衛生同營業！！

我哋已經打過物業同街道電話，都話唔關佢哋事……請水務部門盡快派人疏通，多謝！

梁先生　電話：（＋８６）１３９－００００－６６１８""")

E("zh-boss-fear", "张敏|zhangmin.hr",
  "工厂不给外籍员工签劳动合同",
  "demand", "c", "HR", "normal", "zh", "-", """您好，我是一家电子厂的翻译，我们厂有七位越南籍技术工人，来了一年多，厂里一直没有和他们签劳动合同，也没有给他们办正规的工作许可，只说是“来培训的”。他们每天工作十二个小时，加班费也没有。

我想请劳动部门来查一查，让厂里依法签合同、办手续。

我也很担心：厂长说过谁往外说就让谁走人，我自己也是在这里打工的，一家人靠这份工资生活。""")
# ------------------------------------------------------------------- complaint
E("exit-entry-shouted", "Anja Keller|anja.keller",
  "Treatment at the Exit-Entry hall on 12 October",
  "complaint", "a", "PSB", "normal", "en", "-", """Dear Sir or Madam,

On Monday 12 October at about 10:40 I was at window 3 of the Exit-Entry
hall to collect my renewed residence permit. The officer at the window, a
man in his forties with glasses, told me a document was missing. When I
politely asked which document, he shouted "I told you already!", threw my
passport back across the counter so that it fell on the floor, and called
the next number. People in the queue were staring. I never received an
answer, and I had to come back a second day.

I understand the officers are busy, but nobody should be treated like that.
I would like this to be looked into and I would like to know which document
was missing.

Anja Keller
""")

E("processing-fee-folder", "|worried.applicant",
  "About the 'faster' option at the permit window",
  "complaint", "a", "DIC", "normal", "en", "-", """Hello,

I went to the service hall on 21 October to submit the documents for my
work-type residence permit. The woman at the counter (second counter from the
left in the foreigners' area, short hair, around 35) looked through my folder
and said that normally it takes 15 working days, but if I put 800 yuan "for
processing" inside the folder and handed it back, it could be "ready on
Friday". She said it quietly and pointed at the folder. There is no such fee
on the official list and she didn't mention a receipt.

I didn't pay. I said I would wait. She then told me my bank statement was
"not clear" and I had to come back.

Please don't share my name with that office. My visa depends on it and I
have to go back there next week.
""", fmt="alt")

E("traffic-police-cash", "Rohan Gupta|rohan.gupta",
  "Traffic officer took cash and gave no ticket",
  "complaint", "a", "DIC", "normal", "en", "-", """Respected Sir/Madam,

On 8 November around 19:30 I was stopped by a traffic police officer at the
junction of Yingbin Avenue and Shuguang Road while driving my company car.
He said I had crossed a solid line. When he saw my foreign driving licence
conversion papers he told me the fine would be "2,000 and points, or 500 now
and finished". He took 500 yuan cash from me, put it in his jacket, gave no
ticket and no receipt, and waved me on. His colleague on the motorbike saw
everything.

I accept a fine if I made a mistake, but through proper procedure. This is
not correct. I noted the time and place exactly; the junction has cameras.

Rohan Gupta
""")

E("red-envelope-doctor", "|patient.family",
  "A doctor asked us for money before my father's operation",
  "complaint", "a", "HEA", "normal", "en", "-", """Dear Health Commission,

My father-in-law (Chinese) had a hip operation last month in the
orthopaedics department of a large public hospital in the city centre. I am
his son-in-law, from the UK. Two days before the operation, the senior
surgeon called my wife aside and said that "families usually show their
appreciation" beforehand, and that if we wanted him to do the surgery himself
rather than a trainee, 5,000 yuan in an envelope would "help". We paid, out
of fear. After the operation a nurse told us this is "normal on this ward".

We don't want this to happen to other families. My wife asked me not to sign
this letter with our names, because her father still has check-ups in that
department.
""")

E("teacher-humiliates-son", "Paulo Ferreira|paulo.ferreira",
  "My son is humiliated by his class teacher",
  "complaint", "a", "EDU", "normal", "en", "-", """Dear Education Bureau,

My son (9, Brazilian-Chinese) is in Grade 3 at a public primary school in
the Chengdong area. Since September his class teacher, the maths teacher Ms
Liu, has repeatedly made him stand at the back of the classroom, told the
class he is "slow because he is a foreigner", and last week tore up his
homework in front of everyone because his Chinese characters were "ugly". My
son now cries in the morning and says he has a stomach ache so he doesn't
have to go.

We talked to the head teacher, who said Ms Liu is "very experienced". I ask
the bureau to investigate the teacher's behaviour and protect my son.

Paulo Ferreira
""")

E("home-check-pushed", "Yuki Nakamura|yuki.nakamura",
  "Police officers pushed my husband during a home visit",
  "complaint", "a", "PSB", "normal", "en", "-", """Dear Sir or Madam,

On 3 November at 22:15, two men in police uniform knocked on our flat door
at Shijia Court and said they were checking foreigners' registration. They
did not show any ID. When my husband (Chinese) asked to see their
identification, the taller one pushed him hard against the door frame,
entered the flat without permission and photographed our passports and the
bedroom. They left after 10 minutes without explaining anything. My husband
has a bruise on his shoulder. Our registration is valid; we have the
receipt.

I do not object to checks, but I object to this behaviour. Please
investigate who these officers were and whether this was proper procedure.

Yuki Nakamura
""")

E("tax-clerk-no-english", "Benjamin Clarke|ben.clarke",
  "Refused service at the tax hall",
  "complaint", "a", "TAX", "normal", "en", "-", """To whom it may concern,

On 6 October I went to the tax service hall in the Zhongxin district to
get an individual income tax certificate for my bank. I waited one hour. When
my number was called, the clerk at window 9 (young man, name tag
"Staff 0917") saw my passport, said "no English" and put up a "paused" sign,
then walked away. I waited another 30 minutes and he did not come back. The
next window told me to go to window 9 because "he handles foreigners".

I speak some Chinese and offered to use my phone to translate. He did not
even try. I would like an explanation and an apology.

Benjamin Clarke
""", fmt="alt")

E("window7-phone", "Eva Novak|eva.novak",
  "Window 7 at the government service centre",
  "complaint", "a", "APP", "normal", "en", "-", """Dear Sir or Madam,

On Thursday afternoon I spent two hours at the government service centre to
apply for a business licence change for my small translation company. At
window 7 the clerk watched videos on her phone while I explained, with the
sound on. After a few minutes she said that my application form was "wrong"
without saying what was wrong, pushed it back and continued watching. When I
asked to speak to a supervisor she said "not here" and turned the phone
towards her colleague to show her something funny.

Other windows were closed. I had taken a half day off to come.

Please make sure this clerk actually does her work, and tell me what was
wrong with my form.

Eva Novak
""")

E("shequ-fee-mixed", "Sam Roberts|sam.roberts",
  "社区 staff asking 300 for a 'certificate'",
  "complaint", "a", "DIC", "normal", "en", "mixed", """Hi,

I needed a 居住证明 from our 社区居委会 (Xinghe community, under the 街道
office) for my kid's school enrolment. The guy at the community office, he's
the one in charge of the "流动人口" desk, told me it costs 300 yuan "手续费"
and that I should pay by WeChat to his personal QR code. My Chinese neighbour
said she got the same paper for free last year. No 收据 of course.

I paid because school deadline. Is this normal?? I think not. Please check
what he's doing, I doubt I'm the only foreigner he did this to.

Sam
""")

E("zh-nurse-iv", "许静|xujing.mom",
  "投诉儿科护士输液时玩手机离岗",
  "complaint", "a", "HEA", "normal", "zh", "-", """您好！

10月27日晚上，我带两岁的儿子（孩子爸爸是加拿大人）在市儿童医院急诊输液。负责我们这一排的一位年轻女护士（工号大概是2号台那位，扎马尾）挂上药之后就坐到护士站玩手机打游戏。输液快结束时瓶子空了、回血了，我按铃、喊她，她头也没抬说“等一下”，过了快十分钟才过来，还嫌我们催。孩子手背肿了好几天。

请卫健部门调查处理，加强对护士的管理。
许女士""")

E("cousin-agency", "Gabriel Martin|gabriel.martin",
  "Official recommended his cousin's agency",
  "complaint", "a", "DIC", "normal", "en", "-", """Dear Sir or Madam,

I am a French entrepreneur setting up a small consulting company. At the
business registration counter of the service hall, the officer reviewing my
documents (Mr. Tang, according to his badge) rejected my articles of
association twice for small formatting issues. The second time he gave me a
business card of an agency "that knows exactly what we want" and said with
them it would pass "in one day". The agency charged 12,000 yuan. Later a
staff member at the agency mentioned that Mr. Tang is the owner's cousin.

I did not use the agency. My application is still pending. I think this is a
conflict of interest and I would like it to be investigated.

Gabriel Martin
""")

E("zh-cart-seized", "杜秀英|duxiuying",
  "城管执法时踢翻我的摊子还推人",
  "complaint", "a", "URB", "normal", "zh", "-", """领导您好：

我和我丈夫（尼日利亚人）在星湖夜市旁边摆了一个卖烤串的小推车，一直在规定的时间和位置经营。11月2日晚上8点左右，三名穿制服的城管队员过来，没说原因就要没收推车。我丈夫问为什么，其中一个高个子的队员一脚踢翻了炉子，炭火撒了一地，还把我丈夫推倒在地，手机也被摔坏。旁边很多人都拍了视频。

我们愿意配合管理，但这样暴力执法太过分了。请调查处理这名队员，并退还我们的推车。
杜秀英 135 0000 2278""")

E("zh-window-attitude", "王老师|wang.teacher.help",
  "反映出入境窗口民警态度恶劣",
  "complaint", "a", "PSB", "normal", "zh", "-", """您好，我是大学外事办的老师，10月15日陪同我校三名外籍教师去出入境接待大厅办理居留许可延期。6号窗口的一名男民警全程态度非常恶劣，对外籍教师大声呵斥“听不懂就别来”，材料也不看就扔回来，让他们“回去学好中文再来”。我出面解释，他说“你算什么，轮不到你说话”。

这几位老师都是合法来华工作的，希望相关部门调查核实这位民警的行为，并改进窗口服务。""")

E("zh-police-kickback", "|juming.xinxi",
  "某派出所民警收钱帮人办登记",
  "complaint", "a", "DIC", "normal", "zh", "-", """我反映一个情况：
城西的一个派出所，负责外国人住宿登记的一名辅警（姓钱，三十多岁），长期和附近几个租房中介勾结，外籍租客去登记，他就说材料不全让去找某家中介“代办”，代办费六百到一千元，中介再分钱给他。我认识的好几个外国留学生都被这样要过钱。

请纪委调查。我不方便留名字，我在那家中介附近开店。""")

E("medins-form-torn", "Ibrahim Diallo|ibrahim.diallo",
  "Medical insurance officer tore my form",
  "complaint", "a", "MED", "normal", "en", "-", """Dear Sir/Madam,

I am from Senegal, insured through my employer. On 30 September I went to
the medical insurance service window at the Jiangcheng office to apply for
reimbursement of my hospital bills from my trip home for an emergency. The
officer, an older man at the first window, looked at my passport and said
"foreigners cannot claim abroad", and when I tried to show him the rule I had
printed he tore my application form in two and threw it in the bin. He
told the security guard to "take him out".

I only want my application to be properly received and answered in writing,
whatever the answer is. And this man should not treat people like this.

Ibrahim Diallo
""")

E("quoted-you-understand", "|applicant.2026",
  "Fwd: message from the officer handling my file",
  "complaint", "a", "DIC", "normal", "en", "quoted", """Hello,

I copy below the WeChat messages I received from the officer who handles my
permanent residence application. He added me on WeChat himself after my
interview.

> [18 Oct 21:14] Your file is complete but there are many files in front.
> [18 Oct 21:15] If you want it this month you understand what I mean.
> [18 Oct 21:22] Not here. Tomorrow at the tea house opposite the office,
> bring a red envelope. Don't tell your company.

I have not gone. I have screenshots with his WeChat name and profile photo
(same as on the staff board at the office). Please investigate. I would
prefer that my name is kept out of it until the decision on my application
is made.
""")

E("counter3-sarcasm", "Lars Johansson|lars.johansson",
  "An award nomination for counter 3",
  "complaint", "a", "PSB", "normal", "en", "sarcasm", """Dear Sir or Madam,

I'd like to nominate the officer at counter 3 of the Exit-Entry hall
(afternoon shift, 14 and 21 October) for the award of Most Creative Refusal.

Visit one: my photo was "too happy". Visit two: the same photo was "too
old", although it was taken the same day. Also my employment letter had the
wrong "feeling", and my lease was "maybe fake" - a lease stamped by the
housing agency she herself recommended last year. Each time she yawned,
checked her nails and pressed the next number while I was still talking.

Really impressive work. Meanwhile my permit expires on 5 November. Could
someone who is not at counter 3 please review my file, and could someone
also talk to her about how she treats people?

Lars Johansson
""")

E("gift-indirect", "Min-ji Kang|minji.kang",
  "My work permit file and a conversation about gifts",
  "complaint", "a", "DIC", "normal", "en", "indirect", """Dear Sir or Madam,

My work permit application has been "under review" since August. Last
week the officer in charge of it (he introduced himself as section chief,
surname Lu) called me to the office and spent twenty minutes talking about
how much he likes Korean ginseng and cosmetics, how his wife's birthday is
next week, and how files "from friends" are always read first. Then he
asked if I understood him. I said I didn't. He said I should "think about
it" and that my file might need "more time".

I don't have a lot of experience with Chinese offices. Maybe I misunderstood.
But I don't think a file should need a birthday present to move.

Min-ji Kang
""")

E("labour-inspector-friend", "Ahmed Farouk|ahmed.farouk",
  "Labour inspector took the boss's side - they are friends",
  "complaint", "a", "DIC", "normal", "en", "-", """Dear Sir/Madam,

Four foreign engineers including me filed a complaint about unpaid bonuses
with the labour inspection team in September. The inspector assigned, Mr.
Ge, came to the company once, had lunch with our boss, and then told us that
our claim "has no basis" without looking at our contracts. Later our boss
laughed in a meeting and said "Ge and I went to school together, don't waste
your time". Since then the inspector has not answered our calls.

We ask that another inspector handles our case and that Mr. Ge's relationship
with our boss is checked.

Ahmed Farouk
on behalf of four colleagues
""")

E("principal-sponsorship-fee", "Olena Shevchenko|olena.shevchenko",
  "Kindergarten principal demanded a 'sponsorship fee'",
  "complaint", "a", "EDU", "normal", "en", "-", """Dear Education Bureau,

My daughter (4, Ukrainian) was assigned a place in a public kindergarten in
our neighbourhood. At the registration meeting the principal told me
privately that for foreign children there is a "sponsorship fee" of 20,000
yuan for "extra language support", to be paid in cash, and that without it
"the place may go to another child". No document mentions such a fee and the
Chinese parents I asked never paid anything like it.

Please investigate whether this fee is legal and stop it if it is not.

Olena Shevchenko
""")

E("zh-intl-office", "|liuxuesheng.fanying",
  "反映某大学国际学生办公室老师卡学生材料",
  "complaint", "a", "EDU", "normal", "zh", "-", """您好，我是在本市一所公办大学读书的外国留学生，中文写得不好，请朋友帮忙写。

学校国际学生办公室负责签证材料的一位老师（男，姓贺），要求我们这学期办居留许可的学生每人交500元“材料审核费”，转到他个人的账户，不交就不给开在学证明。学校的收费文件里没有这一项。很多同学因为怕签证过期就交了。

请教育部门调查。求求你们不要让学校知道是谁写的，我的居留许可还要靠他们出证明。""")

E("doctor-rude-typos", "Sunil Reddy|sunil.reddy",
  "Very bad behaviour of doctor in emergency department",
  "complaint", "a", "HEA", "normal", "en", "typos", """Respected Sir,

Yesterday night (4 nov) my wife was having very high fever and pain, we
went to emergency of the city peoples hospital no.2. The duty doctor, a
tall man with white mask, when he saw we are foreigners he told "go to
private hospital, we are not for you", and he not checked her at all for one
hour, even she was crying. When i told him i will complain he told me "go
back to your country then". Finally other lady doctor checked her and it
was kidney infection, she needed admit.

This kind of behaviour is not acceptable for doctor. Kindly take action
against him.

Regards
Sunil Reddy
""")

E("renewal-delay-fear", "Natalia Gómez|natalia.gomez",
  "My renewal has been pending for 7 weeks",
  "complaint", "c", "PSB", "normal", "en", "indirect", """Dear Sir or Madam,

I applied for the renewal of my family residence permit on 14 September.
The receipt says 15 working days. It is now seven weeks. When I call, the
line is busy; when I go there, I am told "still processing" and no one can
say what is missing. In the meantime I cannot travel to see my father, who
is ill in Colombia, because my passport is at the office.

I am not trying to accuse anyone. I know how much depends on that office for
my family - my husband's permit comes up for renewal in the same place in
December - so I have thought a long time before writing this. But seven
weeks with no information is very hard.

Natalia Gómez
""")

J("hospital-anonymous", "", "", "", True,
  "Public hospital has nothing for non-Chinese speakers", "Xihu",
  "complaint", "b", "HEA", "normal", "en", "-",
  """The central public hospital is impossible for foreigners. Registration only through an app that needs a Chinese ID, no English signs, pharmacy staff unable to explain doses, and the "international patient desk" on the website does not exist in reality (I asked at 4 information counters). I waited 5 hours with my son who had a broken arm. This is a public hospital in a city that calls itself international. Please fix it.""")

E("school-refused-quietly", "|parent.grade1",
  "Public school refused my children without a reason",
  "complaint", "b", "EDU", "normal", "en", "-", """Dear Education Bureau,

We live in the catchment area of a public primary school in the Nanxi
district; we own our flat and my wife has local hukou. We applied for our
twins (6, dual background, foreign passports) to start Grade 1. The school
rejected both in one line: "not eligible". When we asked what the rule was,
the enrolment office said "foreign children are decided by the school" and
closed the window.

We'd like to know the actual rules, and we'd like the school's decision to
be reviewed. I'd rather not put my real name on this letter; we will live in
this neighbourhood for many years, and our children may still end up in this
school.
""")

E("tax-audits-shop", "Wei-Lin Huang|weilin.huang",
  "Third tax inspection of my bakery this year",
  "complaint", "c", "TAX", "normal", "en", "indirect", """Hello,

I am Taiwanese, and I run a small bakery with four staff. Since March the
tax office has inspected us three times. Each time they take the books for
two weeks, find nothing, and give them back. Each visit costs me days of
work, and customers see officers in the shop and think we did something
wrong. The bakery across the street, which doesn't issue fapiao at all, has
never been visited.

I would like to understand why we are chosen again and again, and whether
this is normal.

I only run a small shop and I need a good relationship with the tax office
for years to come. I have asked around before writing this, and everyone
told me it's better not to. I hope they're wrong.

Wei-Lin Huang
""")

E("portal-crash-sarcasm", "Noah Fischer|noah.fischer",
  "The Exit-Entry online system: a review",
  "complaint", "-", "PSB", "normal", "en", "sarcasm", """Dear Sir or Madam,

Five stars for the online appointment system for residence permits. It
offers a rich experience: the page loads in only 3-4 minutes, the captcha is
a nice memory test, and right after the final "submit" button it kindly
logs you out so you can enjoy the whole process again. I've now enjoyed it
eleven times since Monday.

In less poetic words: the system has not worked for a week, there is no
other way to make an appointment, and my permit expires on 25 November.
Please fix the system or open walk-in slots.

Noah Fischer
""")

J("tax-refund-delayed", "Jessica Turner", "147 0000 3359", "jessica.turner",
  False, "IIT refund pending since May", "Binjiang",
  "complaint", "-", "TAX", "normal", "en", "-",
  """I completed my annual IIT reconciliation in April and the app confirmed a refund of 6,420 yuan. The status has been "under review" since May. I called the tax hotline three times; every time they said "please wait", and no one can tell me what is being reviewed or how long it will take. I am leaving China in January. Six months for a refund that the system itself calculated is not acceptable. Please process it or tell me what is missing.""")

E("workpermit-stuck-quoted", "Ming Chen Liu|mingchen.liu",
  "Work permit 'under review' for 40 days",
  "complaint", "-", "HR", "normal", "en", "quoted", """Hello,

I am a Singaporean engineer. My company submitted my work permit
application on 22 September. Since then the online system shows only:

> 审核中 / Under review. Please be patient. Do not submit repeatedly.

The official processing time is 10 working days. When my HR calls the
hotline, it is always busy; by e-mail, no answer. My start date has already
been moved twice and my employer is losing patience. Nobody has asked for
any additional document.

Please look at why the process takes this long and give applicants a way to
know what is happening with their file.

Liu Ming Chen
""")

E("hospital-queue", "Rebecca Hall|rebecca.hall",
  "Four hours at the outpatient department",
  "complaint", "-", "HEA", "normal", "en", "-", """Dear Health Commission,

On 19 October I took my 3-year-old to the paediatric outpatient department
of the city's main public hospital with a high fever. We arrived at 8:00. We
were seen at 12:10. There was no triage: feverish babies waited in the same
queue as children who needed a note for school. The display showing the
queue was broken, so parents crowded the consulting-room door. The staff
were doing their best, there were simply far too few of them.

This is not about one person. The organisation of the department needs to
change: triage for high fevers, a working queue system, and more doctors
in the evening and winter season.

Rebecca Hall
""", fmt="html")

E("exit-entry-website-short", "Max Keller|max.keller",
  "website down again",
  "complaint", "-", "PSB", "normal", "en", "short", """Exit-entry booking website down for the third day this week. No phone line either. Please fix.""")

E("photo-rules-typos", "Tran Thi Mai|tran.mai",
  "i was refuse because photo, nobody tell the rule",
  "complaint", "-", "APP", "normal", "en", "typos", """hello

i go to service center for my company certificate (我是越南人, I open small
nail shop), 3 times already they refuse my paper. first time, photo
background is not white enough. second time, photo size is wrong, but they
didnt tell size first time. third time the form is old version, but the form
i download from your website yesterday.

Why not write all the rule clear in one paper, so people do one time only??
I lose 3 days, my shop closed. Please make this better and tell me the
correct rule.

Mai
""")

J("zh-service-hall-queue", "高明", "152 0000 8806", "", False,
  "政务中心外国人业务排队三小时无人引导", "城北",
  "complaint", "-", "APP", "normal", "zh", "-",
  """11月4日上午我陪两位外籍同事去市政务服务中心办理社保登记，取号后排了三个多小时。大厅里没有引导人员，叫号屏只有中文，外国人不知道该去哪个窗口，好几个人排错了队重新取号。咨询台也没人。希望政务中心改进管理，增加引导人员和英文指引，减少群众等待时间。""")

E("jiedao-no-reply-mixed", "Daniel Kim|daniel.kim",
  "No answer from 街道 for 6 weeks",
  "complaint", "-", "GOV", "normal", "en", "mixed", """Hello,

In September I submitted a written request to our 街道办事处 (Fenglin
jiedao) about the broken 健身器材 in the small park next to our building -
one machine has a sharp broken edge and kids play there. They stamped my copy
and said "we will contact you in 5 working days". Six weeks: nothing. I went
back twice; the person at the front desk says "已经上报了" and that's all.

I'm not asking for miracles, only for the jiedao to answer what they wrote
they would answer. Please push them.

Daniel Kim
""")

E("canteen-and-transfer", "Akosua Asante|akosua.asante",
  "School canteen food + transfer question",
  "complaint", "-", "EDU", "normal", "en", "two-intents", """Dear Education Bureau,

I want to complain about the canteen at my daughter's public middle school.
Since September the lunches have often been cold, twice there was hair in
the food, and last week several pupils had stomach problems after lunch.
Parents raised it at the parents' meeting but the school says the canteen is
run by a contracted company and "not their responsibility". The school chose
the company, so I think it is.

Also, if it does not improve, how can I transfer her to another public
school in the middle of the year? What is the procedure for a foreign pupil?

Akosua Asante
""")

E("12345-closed-quoted", "Thomas Müller|thomas.mueller",
  "Re: Case closed? Nothing was solved",
  "complaint", "-", "GOV", "normal", "en", "quoted", """Dear 12345,

I received this message yesterday:

> 【12345】Dear citizen, your case No. 2026-10-0000718 (noise from the
> garage exhaust fan) has been handled by the responsible unit and is now
> closed. Thank you for your support. Please rate our service.

Nobody contacted me, nobody came, and the fan is still running 24 hours a
day next to my bedroom window. The case was closed after 4 days without any
handling. I rated "not satisfied" and would like to understand how a case
can be marked handled when nothing was done. Please reopen it and make sure
somebody actually looks.

Thomas Müller
""")

J("bike-theft-no-followup", "Jonas Berg", "+86 166 0000 4428",
  "jonas.berg", False, "No follow-up on my stolen e-bike report", "Meishan",
  "complaint", "-", "PSB", "normal", "en", "-",
  """My e-bike was stolen from the bike shed of our compound on 28 July. I reported it at the local police station the same day and got a report number. The compound has cameras. Since then I have asked three times about progress, each time the answer is "wait for a call". Three months later there has been no call and nobody seems to have looked at the video. I understand police have priorities, but some basic follow-up would be appreciated.""")

E("zh-medins-system-fullwidth", "林先生|lin.xs",
  "医保窗口系统不认外国人护照号！！",
  "complaint", "-", "MED", "normal", "zh", "fullwidth", """你好！

我太太是日本籍，有本市职工医保。１０月２０日去医保服务大厅办理异地就医备案，窗口工作人员说“系统只能输身份证号，护照号码输不进去”，让我们去别的地方办……问了三个窗口都是一样的说法！！

工作人员态度倒是还可以，但问题是系统不支持，外国参保人根本办不了业务。请医保部门尽快升级系统，让持护照的参保人也能正常办理。

林先生　１５９－００００－７２０６""")
# ----------------------------------------------------------------- information
E("airport-bus-university", "Chen Wei Ling|weiling.chen",
  "Bus from the airport to the university",
  "information", "-", "TRA", "normal", "en", "-", """Hello,

I am a new international student from Malaysia arriving on 2 September at
about 23:30. Is there an airport bus or metro to the Nanshan campus of the
university at that hour? If yes, where does it stop and how much is the
ticket? If not, roughly how much is a taxi?

Thank you!
Wei Ling
""")

E("hiking-weather", "Matt Dawson|matt.dawson",
  "Weather for hiking this weekend",
  "information", "-", "MET", "normal", "en", "-", """Hi,

A group of us (English teachers) plan to hike the ridge trail on Qixia
Mountain this Saturday, 26 September, leaving at 6 am. Could you tell us the
forecast for Saturday in the mountain area - rain, thunderstorms, wind? Last
time the app said sunny and we got caught in a thunderstorm at the top.

Thanks,
Matt
""", fmt="alt")

E("exit-entry-golden-week", "Aditi Rao|aditi.rao",
  "Exit-Entry hall opening during National Day holiday",
  "information", "-", "PSB", "normal", "en", "-", """Dear Sir/Madam,

Could you please tell me whether the Exit-Entry hall is open during the
National Day holiday (1-8 October), and what the opening hours are on the
make-up working days? I need to collect my residence permit and would like
to avoid a wasted trip.

Thank you,
Aditi Rao
""")

J("museum-tickets-foreigner", "Emma Wilson", "", "emma.wilson.travel",
  False, "Museum tickets with a passport", "", "information", "-", "TOUR",
  "normal", "en", "-",
  """Hello, we are two British tourists. How can we get tickets for the city museum and the Ming dynasty city wall? Are they free? Can we book with our passports, and are tickets available at the door? Which days are the museums closed? Thank you!""")

E("legal-aid-address", "Joseph Mwangi|joseph.mwangi",
  "Legal aid centre address and English help",
  "information", "-", "JUS", "normal", "en", "-", """Good day,

Could you please give me the address and opening hours of the city legal aid
centre, and tell me whether there is anyone there who speaks English or
whether I should bring my own interpreter? It's about an employment matter.

Kind regards,
Joseph Mwangi (Kenya)
""")

E("zh-donate-clothes", "Anna|anna.de.zh",
  "请问哪里可以捐旧衣服",
  "information", "-", "CIV", "normal", "zh", "-", """你好，我是德国人，在这里住了五年，现在要搬回德国。我有很多衣服、被子和孩子的玩具，都很干净，想捐给需要的人。请问本市有没有接收捐赠的地方？地址在哪里？需要先预约吗？谢谢！""")

E("last-metro-short", "Kofi|kofi.b",
  "last metro?",
  "information", "-", "TRA", "normal", "en", "short", """What time is the last Line 2 train from Xinjie station on Fridays? Thanks""")

E("international-hospitals", "Jennifer Lopez Reyes|jennifer.reyes",
  "Which hospitals have English-speaking departments?",
  "information", "-", "HEA", "normal", "en", "-", """Hello,

My family (husband, two kids) just moved here from the Philippines. Could
you tell us which hospitals in the city have an international department or
English-speaking doctors, and their addresses and opening hours? Also, is
there a 24-hour paediatric emergency that we can go to at night?

Thank you very much,
Jennifer
""")

E("transport-card-tourist", "Luca Romano|luca.romano",
  "Transport card for a two-week stay",
  "information", "-", "TRA", "normal", "en", "-", """Hello,

I'm an Italian tourist here for two weeks. Is there a transport card I can
use for the metro and buses? Where can I buy it, how much is the deposit,
and can I get the deposit back at the end? Or can I just pay with a foreign
credit card at the gates?

Grazie,
Luca
""", fmt="html")

J("mid-autumn-events", "Sophia Nguyen", "+86 138 0000 7740", "sophia.n",
  False, "Mid-Autumn events for families", "Jinghu",
  "information", "-", "TOUR", "normal", "en", "-",
  """Are there any Mid-Autumn Festival events for families this year - lantern shows, mooncake-making workshops, performances? We're an expat family with two children (5 and 8). Please let us know dates, places and whether we need to book. Thank you!""")

E("scenic-typhoon", "Greta Lindberg|greta.lindberg",
  "Is the island scenic area open during the typhoon warning?",
  "information", "-", "TOUR", "normal", "en", "-", """Hello,

We have booked a day trip to the Shell Island scenic area for next Tuesday.
The news says a typhoon may come. Will the scenic area be closed, and if so,
where can we check the announcement and get a refund for the entrance
tickets bought online?

Thank you,
Greta
""")

J("water-bill-cash", "Ali Rezaei", "137 0000 5564", "", False,
  "Where can I pay the water bill in cash?", "Old Town",
  "information", "-", "WAT", "normal", "en", "-",
  """Hello, I don't have Alipay/WeChat Pay yet. Where is the nearest office where I can pay my water bill in cash or with a foreign card? I live near the Drum Tower. Opening hours?""")

E("zh-typhoon-short", "Lee|lee.jy",
  "台风",
  "information", "-", "MET", "normal", "zh", "short", """请问这周末有台风吗？周六要去海边。""")

E("zh-library-card", "马克|mark.zh",
  "图书馆开放时间",
  "information", "-", "TOUR", "normal", "zh", "-", """你好，我是美国人，汉语不太好。请问新的市图书馆在哪里？几点开门、几点关门？星期一开吗？外国人可以进去看书吗？谢谢。""")

E("paichusuo-mixed", "Harriet Cole|harriet.cole",
  "Nearest 派出所 for accommodation registration?",
  "information", "-", "PSB", "normal", "en", "mixed", """Hi,

I just moved to 丽景苑 near 东湖路. Where is the nearest 派出所 that does
住宿登记 for foreigners, and what are its 办公时间? Google Maps is useless
here and Baidu shows two different stations.

Thanks!
Harriet
""")

E("weather-two-intents", "Nikolai Volkov|nikolai.volkov",
  "Heavy rain tomorrow? And schools?",
  "information", "-", "MET", "normal", "en", "two-intents", """Hello,

Is there a rainstorm warning for tomorrow (Wednesday)? My app shows
"heavy rain" but I cannot read the warning details. I have to drive my kids
across the river bridge in the morning.

And if there is an orange or red warning, does that mean schools close
automatically, or does each school decide?

Nikolai
""")

E("concert-typos", "Sung-ho Yoon|sungho.yoon",
  "ticket for orchestra concert",
  "information", "-", "TOUR", "normal", "en", "typos", """hello

i see poster of symphony orchestra concert in grand theater on november
month. how i can buy ticket, only by wechat? foreigner can buy with passport
name or not. also is there student price, i am student in university.

thank you so much
Sung-ho
""")

J("ferry-schedule", "Hamish Grant", "", "hamish.grant", False,
  "Ferry to Lianhua Island", "", "information", "-", "TRA", "normal", "en",
  "-",
  """What is the winter timetable for the ferry to Lianhua Island, where is the pier, and can tickets be bought at the pier with cash? Thanks.""")

J("public-toilets-old-town", "", "", "", True,
  "Public toilets in the old town", "Old Town",
  "information", "b", "URB", "normal", "en", "-",
  """Hello, where are the public toilets in the old town near the Confucius Temple area? Is there a map or app that shows them in English? I'm travelling with my elderly mother.""")

E("zh-blood-donation", "Mohammed|mohammed.zh",
  "外国人可以献血吗",
  "information", "-", "HEA", "normal", "zh", "-", """您好，我是在本市工作的埃及人，血型O型。我想献血，请问外国人可以献血吗？需要带护照吗？最近的献血点在哪里？谢谢。""")

E("marathon-sarcasm", "Clara Hughes|clara.hughes",
  "Forecast for the marathon - the real one this time?",
  "information", "-", "MET", "normal", "en", "sarcasm", """Hello,

Last year your forecast for marathon day said "cloudy, 18°C". I'm sure it
was cloudy somewhere; on the course it was 29°C and the ambulances were busy.
So this year I'm asking directly, human to human: what is the forecast for
Sunday 15 November from 7 am to noon along the river course - temperature,
humidity, wind, chance of rain?

Thanks, and fingers crossed.
Clara Hughes
""")

E("sim-card-passport", "Isaac Levi|isaac.levi",
  "Where to buy a SIM card with a passport",
  "information", "-", "MIIT", "normal", "en", "-", """Hi,

I'm arriving next week for a 3-month project. Which operators sell SIM
cards to foreigners with a passport, and where are their main shops in the
city centre? Do any of them have English-speaking staff or shops at the
airport?

Thanks,
Isaac
""")

E("zh-fullwidth-metro-hours", "黃先生|wong.hk",
  "國慶期間地鐵營運時間？",
  "information", "-", "TRA", "normal", "zh", "fullwidth", """您好：

請問國慶假期（１０月１日至８日）期間，地鐵１號線及２號線的首班車、末班車時間有沒有調整？煙花匯演當晚（１０月１日）會不會延長營運？

我們一家由香港過來旅遊，住在江邊酒店，謝謝！""")


# Fixed sending dates (month-day, 2026) for letters whose text mentions a
# date; the others get a date derived from their number.
DATES = {
    "leak-quoted-property": "11-02", "medins-form-torn": "10-09",
    "zh-nurse-iv": "10-30", "zh-wage-arrears-anon": "10-12",
    "renewal-delay-fear": "11-02", "restaurant-no-fapiao": "10-26",
    "counter3-sarcasm": "10-23", "quoted-visa-extension": "10-14",
    "zh-service-hall-queue": "11-05", "home-check-pushed": "11-05",
    "hiking-weather": "09-22", "sim-blocked-mixed": "11-06",
    "scenic-typhoon": "09-15", "cough-indirect": "10-19",
    "canteen-and-transfer": "10-22", "factory-road-access": "11-04",
    "zh-fullwidth-metro-hours": "09-24", "praise-exit-entry-officer": "10-19",
    "deposit-legal": "10-12", "doctor-rude-typos": "11-05",
    "traffic-police-cash": "11-10", "airport-bus-university": "09-01",
    "bank-teller-rude": "10-29", "medins-hr-not-submitted": "11-09",
    "12345-closed-quoted": "10-27", "mid-autumn-events": "09-08",
    "taxi-overcharge-tourist": "10-12", "zh-window-attitude": "10-19",
    "exit-entry-shouted": "10-14", "ridehail-lost-laptop": "10-21",
    "release-letter-threat": "10-28", "deposit-not-returned": "11-04",
    "fake-concert-tickets": "10-05", "hospital-queue": "10-22",
    "jiedao-no-reply-mixed": "11-02", "workpermit-stuck-quoted": "11-01",
    "school-owes-wages-nigerian": "10-08", "market-stall-power-nigerian": "10-09",
}

# ------------------------------------------------------------------ machinery
def order_key(letter):
    return hashlib.sha256(letter["slug"].encode("utf-8")).hexdigest()


def when(n, slug):
    """Deterministic date for letter number n (1-based): 2026-09-01..11-30."""
    day = datetime.date(2026, 9, 1) + datetime.timedelta(days=(n * 37) % 91)
    if slug in DATES:
        day = datetime.date.fromisoformat("2026-" + DATES[slug])
    hour = 7 + (n * 5) % 15
    minute = (n * 13) % 60
    tz = datetime.timezone(datetime.timedelta(hours=8))
    return datetime.datetime(day.year, day.month, day.day, hour, minute,
                             (n * 7) % 60, tzinfo=tz)


def wrap_plain(body):
    out = []
    for line in body.split("\n"):
        if len(line) <= 78 or not line.isascii():
            # Chinese lines are left as written unless absurdly long.
            while len(line.encode("utf-8")) > 900:
                out.append(line[:250])
                line = line[250:]
            out.append(line)
            continue
        prefix = "> " if line.startswith("> ") else ""
        out.extend(textwrap.wrap(line, 76, subsequent_indent=prefix))
    return "\r\n".join(out).rstrip() + "\r\n"


def to_html(body):
    paras = [p for p in body.strip().split("\n\n")]
    parts = []
    for p in paras:
        lines = [html.escape(x) for x in p.split("\n")]
        if all(x.startswith("&gt;") for x in lines):
            parts.append("<blockquote>" + "<br>\r\n".join(
                x[4:].lstrip() for x in lines) + "</blockquote>")
        else:
            parts.append("<p>" + "<br>\r\n".join(lines) + "</p>")
    return ("<html>\r\n<head><meta charset=\"utf-8\"></head>\r\n<body>\r\n"
            + "\r\n".join(parts) + "\r\n</body>\r\n</html>\r\n")


def header_value(s):
    return s if s.isascii() else Header(s, "utf-8").encode(linesep="\r\n")


def build_eml(letter, n, ident):
    display, local = letter["sender"].split("|")
    domain = DOMAINS[n % len(DOMAINS)]
    addr = "%s@%s" % (local, domain)
    frm = formataddr((display, addr)) if display else addr
    dt = when(n, letter["slug"])
    hdr = [
        "From: " + frm,
        "To: mayor@city.example",
        "Subject: " + header_value(letter["subject"]),
        "Date: " + format_datetime(dt),
        "Message-ID: <%s.%s@%s>" % (ident, dt.strftime("%Y%m%d%H%M%S"), domain),
        "MIME-Version: 1.0",
    ]
    body = letter["body"]
    if letter["fmt"] == "plain":
        hdr += ["Content-Type: text/plain; charset=utf-8",
                "Content-Transfer-Encoding: 8bit"]
        return "\r\n".join(hdr) + "\r\n\r\n" + wrap_plain(body)
    if letter["fmt"] == "html":
        hdr += ["Content-Type: text/html; charset=utf-8",
                "Content-Transfer-Encoding: 8bit"]
        return "\r\n".join(hdr) + "\r\n\r\n" + to_html(body)
    boundary = "==alt_%s_%s==" % (ident, dt.strftime("%H%M%S"))
    hdr += ['Content-Type: multipart/alternative; boundary="%s"' % boundary]
    parts = [
        "--" + boundary,
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: 8bit",
        "",
        wrap_plain(body),
        "--" + boundary,
        "Content-Type: text/html; charset=utf-8",
        "Content-Transfer-Encoding: 8bit",
        "",
        to_html(body),
        "--" + boundary + "--",
        "",
    ]
    return "\r\n".join(hdr) + "\r\n\r\n" + "\r\n".join(parts)


def build_json(letter, n, ident):
    dt = when(n, letter["slug"])
    email = ""
    if letter["local"]:
        email = "%s@%s" % (letter["local"], DOMAINS[n % len(DOMAINS)])
    obj = {
        "id": ident,
        "submitted_at": dt.isoformat(),
        "name": letter["name"],
        "phone": letter["phone"],
        "email": email,
        "anonymous": letter["anon"],
        "title": letter["title"],
        "content": letter["body"],
        "district": letter["district"],
    }
    return json.dumps(obj, ensure_ascii=False, indent=2) + "\n"


def check(letter):
    assert letter["cat"] in CATEGORIES, letter["slug"]
    assert letter["dept"] in DEPARTMENTS, letter["slug"]
    assert letter["reason"] in ("-", "a", "b", "c"), letter["slug"]
    assert letter["prio"] in ("high", "normal"), letter["slug"]
    assert letter["lang"] in ("zh", "en"), letter["slug"]
    assert letter["hard"] in HARD, letter["slug"]
    if letter["kind"] == "json" and letter["anon"]:
        assert letter["reason"] == "b", letter["slug"]
    if letter["kind"] == "eml":
        assert letter["fmt"] in ("plain", "html", "alt"), letter["slug"]


def main():
    slugs = [l["slug"] for l in LETTERS]
    assert len(slugs) == len(set(slugs)), "duplicate slug"
    assert set(DATES) <= set(slugs), set(DATES) - set(slugs)
    for l in LETTERS:
        check(l)
    outdir = os.path.join(HERE, "letters")
    os.makedirs(outdir, exist_ok=True)
    for old in os.listdir(outdir):
        if old.startswith(ME + "-"):
            os.remove(os.path.join(outdir, old))
    rows = ["path\tcategory\tconfidential\treason\tdepartment\tpriority"
            "\tlanguage\thard"]
    for n, l in enumerate(sorted(LETTERS, key=order_key), start=1):
        ident = "%s-%03d" % (ME, n)
        ext = "eml" if l["kind"] == "eml" else "json"
        fname = "%s-%s.%s" % (ident, l["slug"], ext)
        if ext == "eml":
            data = build_eml(l, n, ident)
        else:
            data = build_json(l, n, ident)
        with open(os.path.join(outdir, fname), "w", encoding="utf-8",
                  newline="") as f:
            f.write(data)
        conf = "yes" if l["reason"] != "-" else "no"
        rows.append("\t".join(["letters/" + fname, l["cat"], conf, l["reason"],
                               l["dept"], l["prio"], l["lang"], l["hard"]]))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8",
              newline="") as f:
        f.write("\n".join(rows) + "\n")
    print("wrote %d letters" % len(LETTERS))


if __name__ == "__main__":
    main()
