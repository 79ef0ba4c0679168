#!/usr/bin/env python3
"""w39: letters to the mayor's mailbox (English-first and non-native writers)."""
import json, os, datetime
from email.header import Header
from email.utils import formataddr, format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "letters")
W = "w39"

L = []
def add(n, slug, kind, date, who, addr, subject, body, cat, conf, reason, dept, prio, lang, hard, **kw):
    L.append(dict(n=n, slug=slug, kind=kind, date=date, who=who, addr=addr, subject=subject,
                  body=body.strip("\n"), cat=cat, conf=conf, reason=reason, dept=dept,
                  prio=prio, lang=lang, hard=hard, **kw))

add(1, "student-to-work-permit", "eml", "2026-10-02 10:14", "Arjun Mehta", "arjun.mehta@uni-mail.example",
"Changing residence permit after PhD defence",
"""
Dear Sir or Madam,

I am a fourth-year PhD candidate in materials engineering and I will defend my thesis in December. My current residence permit is for study and it runs until 31 January 2027. A company in the high-tech zone has offered me a research position starting in February.

Could you tell me the correct order of steps? Specifically:
- Can I apply to change my study residence permit into a work-type permit while I am still inside China, or must I leave and come back on a Z visa?
- Does the company need to obtain my work permit notice first, before I go to the exit-entry office?
- Will my degree certificate need to be notarised, or is the university's graduation letter enough at that stage?

I would prefer not to lose the time between graduation and the start date, so any guidance on timing would be very helpful.

With thanks,
Arjun Mehta
Mobile: 157 0000 3381
""", "consultation", "no", "-", "Public Security Bureau", "normal", "en", "-")

add(2, "helper-salary-passport", "eml", "2026-10-04 22:47", "Maricel D.", "maricel.dlc@mailbox.example",
"please help me about my salary",
"""
Good evening po,

I am Maricel, domestic helper from Philippines, working for a family in the apartments near the river park, 3 years already. Since July my ma'am did not give my salary, she say business is bad and she will pay all in Chinese new year. Now is 4 month. Also my passport she keep in her drawer, she lock it, when I ask she get angry.

I send money to my two kids in Iloilo every month, now I borrow from my friend. I dont know what to do.

I am scared if ma'am find out I write to this office she will send me home and I lose the job, my kids need it. I can not go to the office in day time because I take care of the baby.

Please what can I do. My number 188 0000 6612, message only pls.

Thank you po and God bless
Maricel
""", "demand", "yes", "c", "Human Resources and Social Security Bureau", "normal", "en", "typos")

add(3, "exit-entry-window-shouting", "eml", "2026-10-09 16:30", "Lena Hoffmann", "lena.hoffmann@studmail.example",
"Treatment at the exit-entry hall on 8 October",
"""
Hello,

I am an exchange student from Leipzig and I want to report something that happened yesterday afternoon at the exit-entry administration hall, window 6, around 15:20.

I came to collect my residence permit. The officer at the window (a man, maybe 40, with glasses; his badge number started with 07 but I could not read the rest) told me a photo was missing. I said the photo had been uploaded with the online application and showed him the receipt. He raised his voice, said "Don't teach me my job", and threw my passport back across the counter so that it fell on the floor. The people in the queue behind me saw it.

I went to another window later and the lady there found the photo in the system in two minutes. So the file was complete.

I don't want anyone to lose their job, but I don't think anyone should be treated like that, foreigner or not. I would like the hall to look into it.

Lena Hoffmann
Student ID on request
""", "complaint", "yes", "a", "Public Security Bureau", "normal", "en", "-")

add(4, "museum-booking-passport", "json", "2026-10-01 08:05", "", "", "", "", "information", "no", "-",
"Culture and Tourism Bureau", "normal", "en", "-",
j=dict(name="Tom Whitlock", phone="", email="tom.whitlock@travelpost.example", anonymous=False,
 title="Museum opening hours during the holiday",
 content="Hi, we're two tourists arriving on 3 October for four days. What are the opening hours of the city museum during the National Day holiday, and is there a day it's closed? The booking page asks for an ID number - can we book with a UK passport or do we just turn up? Cheers.",
 district="Old Town"))

add(5, "metro-sign-translations", "eml", "2026-10-06 19:02", "Rachel Ong", "r.ong@teachwell.example",
"Some English signs in the metro that could be fixed",
"""
Dear Mayor's Office,

I teach English at a secondary school here and my students love collecting "funny signs", which is partly why I'm writing. Several signs on Line 2 could confuse visitors:

- At the escalators of the Riverside Stadium stop: "Slip Carefully" (I think "Caution, slippery floor" is meant).
- On the platform doors: "No leaning, the door will eat your hand." Memorable, but maybe not the intended tone.
- The transfer signs at the central interchange use "Exchange" on one wall and "Transfer" on the other.

I'd suggest the metro company asks a native speaker to check the signs once, perhaps before new lines open, and uses one standard term list across all stations. I'd be happy to help as a volunteer, along with a couple of colleagues.

Best regards,
Rachel Ong
""", "suggestion", "no", "-", "Transport Bureau", "normal", "en", "-")

add(6, "factory-road-dug-up", "html", "2026-10-13 09:40", "Jürgen Albrecht", "j.albrecht@albrecht-precision.example",
"Access road to our plant closed for four months",
"""
<html><body>
<p>Dear Sir / Madam,</p>
<p>I am the general manager of a German-invested precision parts plant in the eastern industrial park (about 140 employees). Since early June the access road between the park's north gate and our loading dock has been dug up for pipe works. The notice board on site said the work would be finished by the end of July.</p>
<p>It is now mid-October. The trench is still open, there is no work going on most days, and our 40-tonne trucks must make a 9&nbsp;km detour through a residential street, which the residents rightly complain about. Twice a supplier's truck was stuck in the mud at the temporary crossing.</p>
<p><b>We ask that the responsible department tell us when the road will be restored, and in the meantime provide a proper temporary access for heavy vehicles.</b></p>
<p>Separately, and less urgent: we would also like to know whether companies can claim any compensation for the extra transport costs during such works.</p>
<p>Kind regards,<br>J&uuml;rgen Albrecht<br>Tel. +86 136 0000 2290</p>
</body></html>
""", "demand", "no", "-", "Transport Bureau", "normal", "en", "two-intents")

add(7, "taiwan-residence-permit", "eml", "2026-10-07 14:21", "林佩珊", "peishan.lin@formosa-mail.example",
"請問台灣居民居住證的申辦",
"""
您好：

我是台灣人，今年三月起在貴市一家設計公司上班，目前持台胞證入境。聽同事說可以辦「台灣居民居住證」，之後坐高鐵、住飯店、辦銀行卡都比較方便。

想請教：
１．需要在本地居住滿半年才可以申請嗎？我的租屋合約是四月開始的，算不算？
２．要準備哪些資料？租約要不要去登記備案？
３．是到戶籍所在的派出所還是出入境大廳辦理？大概多久可以拿到？

謝謝您撥冗回覆。

林佩珊　敬上
聯絡電話：１３８－００００－５１７４
""", "consultation", "no", "-", "Public Security Bureau", "normal", "zh", "fullwidth")

add(8, "hk-er-doctor-refused", "eml", "2026-10-11 23:58", "陳家豪", "kh.chan@harbourline.example",
"投訴市第二人民醫院急診科醫生",
"""
市長信箱：

本人香港居民，在貴市工作。十月十日晚上約九點，我太太腹痛嚴重，我們去了市第二人民醫院急診。

掛號後等了一個多小時，輪到我們時，當班的一位男醫生（約三十多歲，短髮，胸牌我只看到姓「魏」）一看到我們的回鄉證，就問有沒有本地醫保卡。我說沒有，可以自費，他說「自費也麻煩，你們回香港看吧」，然後叫下一個號。我太太當時痛到站不穩。

最後是分診台的護士幫我們轉到另一位醫生，才照了超聲波，診斷是卵巢囊腫扭轉，當晚要做手術。如果我們真的「回香港看」，後果不堪設想。

希望衛健部門調查這位醫生當晚的行為，並給我們一個交代。

陳家豪
電話：＋852 6000 0000 轉 318（香港）／１５９ ００００ ２８０３（內地）
""", "complaint", "yes", "a", "Health Commission", "normal", "zh", "fullwidth")

add(9, "malaysian-deposit-landlord", "eml", "2026-10-15 12:09", "Jason Tan Wei Liang", "jasontwl@kl-post.example",
"Landlord refuse to return deposit lah",
"""
Hi there,

My name is Jason, Malaysian Chinese, working here two years already. I moved out of my flat in the Lakeview apartments on 30 Sept, 押金 is 2 months rent = RMB 7,600. Before I move out I cleaned everything, even 请了阿姨 to deep clean, got photos and video somemore.

Now the landlord say the 沙发 got stain and the wall need repaint, want to deduct 6,000. Wah, the sofa was already like that when I moved in, I got the move-in photos also. He don't want to reply my WeChat anymore since last week.

Can the housing department or whoever handle rental disputes help to 协调? I just want my deposit back, not asking for anything extra. Contract and photos all can send.

Thanks ya,
Jason Tan
WeChat same as phone 134 0000 9027
""", "demand", "no", "-", "Housing and Urban-Rural Development Bureau", "normal", "en", "mixed")

add(10, "korean-bbq-officer-dinner", "eml", "2026-10-17 01:12", "Park Min-jun", "minjun.park@seoulhouse.example",
"About the inspections at my restaurant",
"""
Dear Mayor,

I run a small Korean barbecue restaurant on the food street by the university east gate for five years. I always follow the rules, I have all licences.

Since August one officer from the city management team comes very often, maybe 6 or 7 times. Every time he finds a small thing: the menu board is 20 cm on the sidewalk, the smoke pipe, the chairs. Every time a ticket, 500 or 1000 yuan. The restaurant next door has tables all over the sidewalk and he never tickets them.

Last time he sat down, looked at my menu, and said, "Boss Park, you are not very smart. Your neighbour knows how to be friends. We eat there every Friday, free." Then he said maybe next Friday his team can come to my restaurant instead. I did not answer. Two days later another ticket.

I don't know if this is how it works here. I just want to do business fairly. I don't want to lose my shop. I hope someone can look at this.

Park
""", "complaint", "yes", "a", "Discipline Inspection Commission", "normal", "en", "indirect")

add(11, "trader-police-kept-phone", "eml", "2026-10-19 20:33", "Emeka Obi", "emeka.obi.trade@lagoslink.example",
"Police officer took my phone and not give back",
"""
Good day sir,

I am Emeka, businessman from Nigeria, I buy electronics and hair products in the wholesale market here and ship to Lagos. My visa and registration is all correct.

On 18 Oct evening I was walking back from the market to my hotel. Two police on motorbike stop me, ask passport, I show. One of them, the taller one, number on his shoulder 0000 something I remember end with 46, he take my phone and say he must check it. He look inside my WeChat long time. Then he say phone will be return tomorrow at the police station. I ask which station, he just point and go.

Today I went to the station near the market, they say no record, no phone. My phone has all my customer contacts and payment records, I cannot do business without it.

I am not criminal. I just want my phone back and to know why he take it.

Thank you,
Emeka Obi
Hotel room phone 0000-8823 ext 512 / 176 0000 4410
""", "complaint", "yes", "a", "Public Security Bureau", "normal", "en", "typos")

add(12, "airport-bus-again", "eml", "2026-10-20 06:58", "D. Forsyth", "dforsyth@roadwarrior.example",
"Airport bus no-show, again",
"""
Airport express line 1: 50 minutes at the hotel stop this morning, nothing came. Third time this month. Missed my flight. Bravo.
""", "complaint", "no", "-", "Transport Bureau", "normal", "en", "short")

add(13, "spouse-permanent-residence", "eml", "2026-10-21 11:20", "Claire Dubois", "claire.dubois@maison.example",
"Permanent residence for the spouse of a Chinese citizen",
"""
Good morning,

I am French and have been married to a Chinese citizen for six years; we have lived in this city since 2021 and I hold a family-reunion residence permit, renewed every year. My husband's hukou is here.

I have read that foreign spouses can apply for permanent residence (the "green card") after five years of marriage and a certain period of residence. Could you confirm the current conditions, for example how many days per year I must have been in China, whether my husband needs to show income or housing, and whether the application is submitted here or in the provincial capital?

Also, is a criminal record certificate from France required, and if so does it need an apostille?

Thank you for your help.
Claire Dubois
""", "consultation", "no", "-", "Public Security Bureau", "normal", "en", "-")

add(14, "wfoe-registration", "multi", "2026-10-22 15:45", "Sanjay Kulkarni", "s.kulkarni@indusbridge.example",
"Setting up a wholly foreign-owned enterprise - where to begin",
"""
Respected Sir/Madam,

Our firm in Pune manufactures industrial valves and we are evaluating this city for a small assembly and after-sales service company, wholly foreign-owned, with registered capital of about USD 500,000.

Kindly advise:
1. Which window at the government service hall handles registration for foreign-invested enterprises, and can documents be submitted online in English?
2. What is the normal processing time for the business licence, and what happens after that (seal, bank account, tax registration) - are these done at the same hall?
3. Must our parent company documents be legalised at the Chinese consulate, or is an apostille now sufficient?

We plan a visit in November and would like to prepare properly.

Thanking you,
Sanjay Kulkarni
Director, International Operations
+91 98000 00417
""", "consultation", "no", "-", "Administrative Approval Bureau", "normal", "en", "-")

add(15, "no-water-upper-floors", "json", "2026-10-24 21:37", "", "", "", "", "demand", "no", "-",
"Water Affairs Bureau", "normal", "en", "typos",
j=dict(name="Kayla M.", phone="150 0000 7734", email="kaylam@quickmail.example", anonymous=False,
 title="no water evry evening 7-10pm",
 content="hi so im on the 17th floor bldg 4 Jinhe garden and basically every nite from like 7 to 10 theres no water or just a tiny drip. cant shower cant flush. been 3 weeks now. property guys say its the city pressure not them, the water co says its the building pump lol. nobody takes it. can someone actually come check?? my neighbours on 15 16 18 same thing. thx",
 district="Jinhe"))

add(16, "work-permit-portal-crash", "eml", "2026-10-26 10:03", "Michael Brennan", "mbrennan@brightpath-edu.example",
"Foreigner work permit online system",
"""
To whom it may concern,

I'm the HR coordinator at a private language school and I handle work permit renewals for our eleven foreign teachers. I'd like to raise a problem with the online work permit system, which I have now spent the better part of three days on.

- The page times out every time we try to upload a PDF over about 2 MB, but the instructions say files up to 5 MB are accepted.
- The English interface stops at the login page; everything after that is Chinese only, including error messages.
- When the session expires, the half-completed application is lost and we have to start again.

Two renewals are due before 15 November and I'm worried we'll miss the deadline because of the system rather than anything we did. Could the department fix the upload limit, or at least accept paper submissions in the meantime?

Thanks,
Michael Brennan
""", "complaint", "no", "-", "Human Resources and Social Security Bureau", "normal", "en", "-")

add(17, "thanks-officer-wallet", "eml", "2026-10-05 18:26", "Hannah & Piet de Vries", "devries.family@lowlands.example",
"A big thank you to Officer Zhao",
"""
Dear Mayor,

We are a Dutch family on holiday. On Saturday our son left his backpack with all our passports and a wallet in a taxi near the bell tower. We were in a panic and did not know the taxi number.

A traffic police officer at the crossing, Officer Zhao Lei, helped us with a translation app, called his colleagues, and found the taxi through the payment record. Within two hours the driver brought the bag back, nothing missing. Officer Zhao stayed with us the whole time even though it was raining.

Please pass our warmest thanks to him and his team. He made our holiday.

Hannah and Piet de Vries
""", "information", "no", "-", "Public Security Bureau", "normal", "en", "-")

add(18, "park-closes-at-six", "eml", "2026-10-28 19:40", "Gareth Lloyd", "gareth.lloyd@valleymail.example",
"Riverside park gates shut at 6pm",
"""
Hello,

Lovely news: the riverside park, which the city spent a fortune renovating, now locks its gates at 6 pm sharp. This is wonderful for the swans, who presumably finish work at 5:30. It is less wonderful for the rest of us, who finish work at 6 and would quite like to walk, jog or push a pram somewhere that isn't a car park.

In autumn it's dark by then anyway, so I understand safety concerns, but the paths have brand new lights that nobody ever sees switched on.

Proposal: keep at least the main gate and the lit riverside path open until 9 or 10 pm, perhaps with one guard doing rounds. Many cities do this without drama.

Gareth Lloyd
(a runner who is currently running laps around a petrol station)
""", "suggestion", "no", "-", "Urban Management Bureau", "normal", "en", "sarcasm")

add(19, "gas-smell-stairwell", "eml", "2026-10-30 07:12", "Olga Petrova", "o.petrova@north-star.example",
"URGENT gas smell in our building",
"""
Please help quickly. There is a strong gas smell in the stairwell of Building 9, Unit 2, Maple Court residential compound, from the 3rd to the 6th floor. It started last night and this morning it is stronger. My child says his head hurts.

I called the property management at 11 pm and again at 6:30 this morning. The guard said the engineer comes at 9. Nobody has come. Some neighbours are still cooking with fire.

I do not know the number of the gas company. Please send someone now.

Olga Petrova, flat 502
185 0000 3367
""", "demand", "no", "-", "Emergency Management Bureau", "high", "en", "-")

add(20, "teacher-humiliates-child", "eml", "2026-11-02 21:15", "A worried mother", "m.santos.home@familynet.example",
"Concern about my son's class",
"""
Dear Sir/Madam,

My son is 9 and attends grade 3 at a public primary school in the north of the city. His father is Brazilian and he looks a bit different from the other children. His Chinese is good, but his handwriting is slow.

For several weeks he did not want to go to school. Last week he finally told me that his maths teacher makes him stand at the back for the whole lesson when his homework is messy, and once held up his notebook and told the class "this is how foreigners write, like chickens." Some children now call him "chicken". Another mother in the class confirmed her daughter told her the same story.

I have thought carefully before writing. My son still has three more years with this teacher and I do not want things to become worse for him in class. I would be grateful if the matter could be looked at in a way that does not point back to our family.

So that you can check: Beiyuan Road Primary School, grade 3, class 4. You can reach me at this e-mail address.
""", "complaint", "yes", "a", "Education Bureau", "normal", "en", "indirect")

add(21, "teacher-social-insurance", "json", "2026-11-03 13:50", "", "", "", "", "consultation", "no", "-",
"Human Resources and Social Security Bureau", "normal", "en", "-",
j=dict(name="Ben Carter", phone="+86 139 0000 1208", email="bencarter.esl@example.net", anonymous=False,
 title="Do foreign teachers have to be in social insurance?",
 content="I'm an American teacher at a private kindergarten, on a two-year contract with a work permit. My employer says foreigners 'don't need' social insurance and pays me a bit more instead. Some friends at other schools have pension and medical contributions taken from their pay. Which is correct? Is it compulsory for foreign employees here, and if I leave China, can I get my pension contributions back?",
 district="Xinhe"))

add(22, "iit-reconciliation-housing", "multi", "2026-11-04 20:18", "Priya Raman", "priya.raman@techvista.example",
"Annual tax reconciliation questions (foreign employee)",
"""
Hello,

I am an Indian national working as a software architect in the city since 2024. Two questions about individual income tax:

1. For the 2026 annual reconciliation, can I still choose to deduct my housing rent and children's school fees as tax-exempt allowances for foreigners, or do I have to switch to the special additional deductions like Chinese employees? My HR says the preferential treatment ended, but a colleague says it was extended.

2. Also, last year I overpaid about RMB 3,100 and applied for a refund in the app in May. The status still says "under review". Whom should I contact about that?

Thank you,
Priya Raman
""", "consultation", "no", "-", "Taxation Bureau", "normal", "en", "two-intents")

add(23, "sofa-shop-refund", "eml", "2026-11-05 17:04", "Sophie Laurent", "slaurent@atelier.example",
"Furniture shop refuses refund for a sofa never delivered",
"""
Dear Sir/Madam,

On 12 September I paid RMB 8,900 in full for a sofa at a furniture store in the home furnishing mall on the ring road (shop 3-117). Delivery was promised within 30 days.

Delivery date passed. The shop first said "the factory is busy", then "next week", and now the saleswoman tells me they can only offer a different model, more expensive, or a voucher. I want my money back, not a voucher. The contract clearly states delivery within 30 days.

I have the contract, the payment record and the chat history with the saleswoman. Can the consumer protection department help me get a refund?

Sophie Laurent
131 0000 5581
""", "demand", "no", "-", "Market Regulation Administration", "normal", "en", "-")

add(24, "no-permit-still-working", "eml", "2026-11-06 23:31", "Concerned engineer", "night.owl.engineer@example.org",
"Question about work without valid permit",
"""
Hello,

A question, and I hope you understand why I write without my name.

I work for a manufacturing company as a foreign engineer. My work permit expired on 30 September. The company told me they were "handling the renewal" and that I should keep coming to work as normal. It is now November, I have not seen any new permit, and HR does not answer clearly. My residence permit is tied to this job.

Is it legal for me to keep working in this situation? If the authorities check, am I the one who is punished, or the company? And is there a grace period for renewals?

My visa status depends on this employer, so I'd rather they not know I have asked.

Thank you.
""", "consultation", "yes", "b", "Human Resources and Social Security Bureau", "normal", "en", "-")

add(25, "donate-childrens-clothes", "eml", "2026-11-07 10:30", "Emily Watson", "emily.watson@hearthome.example",
"Where can I donate children's clothes and books?",
"""
Hi,

We're moving back to Canada at the end of the month and have two big boxes of children's winter clothes, shoes and English picture books, all in good condition. Is there a charity or official donation point in the city that accepts these, and does it collect from home or do we need to drop them off? Opening hours would be helpful.

Many thanks,
Emily
""", "information", "no", "-", "Civil Affairs Bureau", "normal", "en", "-")

add(26, "english-line-12345", "html", "2026-11-08 09:12", "Yusuf Demir", "ydemir@anatolia-trade.example",
"Suggestion: English service on the 12345 line",
"""
<html><body>
<p>Dear Mayor's Office,</p>
<p>I have lived here three years and have called 12345 several times. The operators are patient, but when I ask for English they usually put me on hold for a long time or suggest I ask a Chinese friend to call.</p>
<p>The city now has many foreign companies, students and tourists. May I suggest:</p>
<ul>
<li>an English option in the phone menu, at least during working hours;</li>
<li>a simple English web form for non-urgent matters, with a case number sent by e-mail;</li>
<li>a short English leaflet at the airport and railway station explaining what 12345 is.</li>
</ul>
<p>Even one or two English-speaking operators per shift would make a big difference.</p>
<p>Best regards,<br>Yusuf Demir</p>
</body></html>
""", "suggestion", "no", "-", "Municipal Government Office", "normal", "en", "-")

add(27, "warehouse-power-cut-nephew", "eml", "2026-11-09 15:55", "Ibrahim Kone", "ib.kone@sahelgoods.example",
"Electricity cut at my warehouse to force rent increase",
"""
Good afternoon,

I am a trader from Mali. I rent a small warehouse in the village behind the logistics park for storing textiles before shipping. My contract is until June 2027, rent paid until end of December, I have receipts.

Last month the landlord said the rent must go up 40 percent from now. I said we have a contract. Since 1 November he cut the electricity to the warehouse, and yesterday he put a lock on the gate in the night. My goods are inside, container is booked for 20 November.

People in the village told me the landlord is the nephew of the village head, so nobody will go against him. I am worried if I complain too loudly they will just throw my goods out and I will never rent anything here again.

Please can someone help me get access to my goods and make him respect the contract.

Ibrahim Kone
182 0000 7719
""", "demand", "yes", "c", "Housing and Urban-Rural Development Bureau", "normal", "en", "typos")

add(28, "streetlight-reply-quoted", "eml", "2026-11-10 22:06", "Thomas Reed", "t.reed@quietlane.example",
"Re: Your case has been handled - it has not",
"""
Hello again,

I received the message below on 3 November:

> Dear citizen, regarding your report (case no. 2026-10-0000-7731)
> about the street lights on the lane behind the Yinxing primary
> school: the responsible unit has completed the handling. Thank you
> for your support of our work.

I walked down that lane this evening at 7 pm. All six lights are still off, exactly as on 12 October when I first wrote. Children walk there after evening classes and there is an open drainage ditch on one side.

I'm not blaming any individual, but marking a case "handled" when nothing has changed is not helpful. Could the case be reopened, and could someone tell me what was actually done?

Thomas Reed
""", "complaint", "no", "-", "Municipal Government Office", "normal", "en", "quoted")

add(29, "tax-hall-queue", "eml", "2026-11-11 16:44", "Anna Kowalska", "akowalska@vistula.example",
"Congratulations on the queue",
"""
Dear Tax Service Hall,

Allow me to congratulate you on a truly impressive achievement: this morning I arrived at 9:05 with ticket number A083 and was served at 12:10. Three hours, for a form that took the clerk four minutes to stamp. Of twelve windows, four were open; the other eight had little signs saying "suspended".

The waiting room chairs are comfortable, I must admit. I had plenty of time to test all of them.

Seriously: if the windows cannot be staffed, please let us book a time online, or at least show the real waiting time on the screen so that we can go and come back.

Anna Kowalska
""", "complaint", "no", "-", "Taxation Bureau", "normal", "en", "sarcasm")

add(30, "weather-hike-weekend", "json", "2026-11-12 08:20", "", "", "", "", "information", "no", "-",
"Meteorological Bureau", "normal", "en", "short",
j=dict(name="Lukas", phone="", email="lukas.h@alpinist.example", anonymous=False,
 title="Rain Sunday?",
 content="Planning to hike the western hills this Sunday. Any rain or wind warning expected?",
 district=""))

add(31, "marriage-registration-foreigner", "eml", "2026-11-13 12:12", "Daniel Okafor", "d.okafor@lightmail.example",
"Getting married to my Chinese fiancée - documents?",
"""
Dear Sir/Madam,

My fiancée and I would like to register our marriage here early next year. I am a British citizen living in the city on a work permit; her hukou is in this city.

What documents do I need to bring? I have read about a "certificate of no impediment" - does it have to come from the British embassy, or can I get one in the UK and have it legalised? Does my passport need to be translated, and do we need to book an appointment at the marriage registry or can we walk in?

Many thanks,
Daniel Okafor
""", "consultation", "no", "-", "Civil Affairs Bureau", "normal", "en", "-")

add(32, "broadband-five-weeks", "eml", "2026-11-14 19:27", "Chloe Martin", "chloe.martin@newnest.example",
"Broadband installation delayed for five weeks",
"""
Hello,

I moved into a new flat in the Sunrise Bay development on 5 October and signed up for fibre broadband the same day. Since then the installation appointment has been cancelled four times. This is the latest message from the provider's customer service chat, 12 November:

  "Dear customer, your area's fiber resources are being adjusted.
   Installation time will be notified later. Thank you for your
   patience."

Neighbours in the same building say they've been told the same thing; apparently the developer and the operator have a dispute about the equipment room. I work from home as a translator and I'm running everything on mobile data.

Could the department that oversees telecoms push the operator (and the developer) to sort this out and give us an actual date?

Chloe Martin
138 0000 6649
""", "demand", "no", "-", "Industry and Information Technology Bureau", "normal", "en", "quoted")

add(33, "surgeon-envelope", "eml", "2026-11-15 22:40", "R. Whitfield", "rwhitfield@greywater.example",
"My father-in-law's operation",
"""
Dear Sir or Madam,

My wife's father, 71, is due for a hip replacement at the People's Hospital orthopaedic department. On Tuesday the surgeon in charge of his case (Dr. Gao, the deputy director on the 7th floor) called my wife into his office after the consultation.

He told her the operation schedule was "very full until January", but that "families who understand how things work" could get a slot next week. He then mentioned that last month another patient's son had "expressed his gratitude in advance" and was very satisfied. My wife asked what he meant and he smiled and said she should talk it over with the family.

My father-in-law is in a lot of pain. We don't want to start off on the wrong foot with the man who will operate on him, and my wife is afraid he will be treated badly if this comes back to him. But I don't think we should be expected to put cash in an envelope at a public hospital.

What should we do?

R. Whitfield
""", "complaint", "yes", "a", "Health Commission", "normal", "en", "indirect")

add(34, "construction-waste-riverbank", "json", "2026-11-16 07:45", "", "", "", "", "demand", "yes", "b",
"Ecology and Environment Bureau", "normal", "en", "-",
j=dict(name="", phone="", email="greenbank.watch@example.org", anonymous=False,
 title="Trucks dumping rubble by the river at night",
 content="For the past two weeks, between about 1 and 3 am, unmarked trucks have been dumping construction rubble and what looks like paint buckets on the riverbank about 300 m downstream of the footbridge next to the Willow Creek villas. The pile is now the size of a house and there's a chemical smell when it rains. I have photos and a short video with timestamps. I'd rather not be named - it's a small compound and the developer next door employs half the people I say hello to. Please send someone to look and stop it.",
 district="Willow Creek"))

add(35, "guard-shoved-courier", "eml", "2026-11-17 13:35", "Kevin O'Brien", "kobrien@emeraldmail.example",
"Security guard at our compound assaulted a delivery rider",
"""
Hi,

I live in the Golden Orchard compound. Yesterday around 12:30 I saw one of the property company's security guards at the south gate argue with a food delivery rider who had parked his scooter near the gate, then shove him so hard he fell over his scooter and cut his hand. The guard then kicked the scooter. Several residents saw it.

This isn't the first time the guards have been aggressive with riders and cleaners. The property company's manager just shrugged when I told him.

I'd like the property company to be told to discipline this guard and train its staff. I'm happy for you to give them my name and flat number (Bldg 2, 1103) - I'm not worried about it.

Kevin O'Brien
""", "demand", "no", "-", "Housing and Urban-Rural Development Bureau", "normal", "en", "-")

add(36, "farmers-market-stalls", "eml", "2026-11-18 10:50", "Dr. Ana Ribeiro", "ana.ribeiro@agroresearch.example",
"A proposal for weekend farmers' markets",
"""
Dear Mayor,

I am an agronomist from Portugal working on a two-year cooperation project with the agricultural university. Visiting villages in the southern hills, I met many small farmers growing excellent vegetables and fruit with very few chemicals, but they sell to middlemen at very low prices.

I would like to propose a pilot "farmers' market" in the city on weekends: a few dozen stalls in a public square, reserved for farmers who produce what they sell, with simple checks by the agriculture department on origin and pesticide residues. Several European cities do this and it has become a tourist attraction as well.

I would gladly share the experience of similar projects if the department is interested.

Yours sincerely,
Ana Ribeiro
""", "suggestion", "no", "-", "Agriculture and Rural Affairs Bureau", "normal", "en", "-")

add(37, "legal-aid-address", "eml", "2026-11-18 16:02", "Samuel Mensah", "smensah@goldcoast-mail.example",
"Address of the legal aid centre",
"""
Hello, could you send me the address and opening hours of the city legal aid centre, and tell me if there is someone who speaks English or if I should bring my own interpreter? Thank you. Samuel
""", "information", "no", "-", "Justice Bureau", "normal", "en", "-")

add(38, "medical-insurance-other-city", "eml", "2026-11-19 09:28", "Mei Ling Goh", "meiling.goh@straitsmail.example",
"Using my medical insurance when I'm in another province",
"""
Dear Sir/Madam,

I'm a Singaporean working for a logistics firm here, and my employer pays into the city's employee medical insurance for me. My job involves long stays (two or three months) at our warehouse in another province.

If I need to see a doctor there, can I use my medical insurance card directly, or must I pay and claim back later? Do I need to register the trip in advance ("cross-region filing"?) and is that possible in the app for someone with a foreign passport number?

Thank you for clarifying.
Mei Ling Goh
""", "consultation", "no", "-", "Healthcare Security Bureau", "normal", "en", "-")

add(39, "machinery-stuck-coordination", "html", "2026-11-20 11:11", "Venkatesh Iyer", "v.iyer@coromandel-eng.example",
"Request for coordination: imported production line awaiting clearance",
"""
<html><body>
<p>Respected Sir/Madam,</p>
<p>I am writing on behalf of our company, a joint venture engaged in the manufacture of automotive wiring harnesses, operating in the city since 2019. We are in the process of expanding our plant, for which investment approval was granted by the city in March this year.</p>
<p>A production line imported from Germany arrived at the port on 21 October. Owing to a disagreement regarding the classification of certain components, the consignment has been held for nearly a month. We have furnished all documents requested. The line was to be commissioned on 1 December; our customers' orders and the hiring of about 60 new workers depend upon it.</p>
<p>We humbly request the investment promotion authority to kindly coordinate with the concerned agencies so that the matter may be resolved expeditiously, or at least that we may be informed of what further is required.</p>
<p>With warm regards,<br>Venkatesh Iyer<br>Plant Head<br>Tel: 0000-6654 1200 ext. 8</p>
</body></html>
""", "demand", "no", "-", "Commerce and Investment Promotion Bureau", "normal", "en", "-")

add(40, "village-secretary-fee", "multi", "2026-11-21 08:35", "Henrik Lindqvist", "h.lindqvist@nordic-pack.example",
"A 'coordination fee' demanded for our land lease",
"""
Dear Sir / Madam,

Our company (Swedish-invested, packaging materials) is extending its plant onto 12 mu of land leased from a village collective next to our current site. The lease terms were agreed with the township in July.

In September the village party secretary told our local manager that the villagers "would not cooperate" with the construction unless we paid a "coordination fee" of RMB 200,000. He asked that the money be paid not to the village account but to a consulting company, which we later found is registered to his cousin. He said this was "normal practice" and that other investors did the same.

We have not paid. Since then a group of people has blocked our construction gate twice.

We want to invest here for the long term and we want to do it properly. We would like the authorities to look into this. I can provide the messages and the company name.

Henrik Lindqvist
General Manager
""", "complaint", "yes", "a", "Discipline Inspection Commission", "normal", "en", "-")

add(41, "thanks-12345-korean", "eml", "2026-11-22 20:10", "김수진", "sujin.kim@hanmail-box.example",
"谢谢这个城市",
"""
市长您好，

我是在这里开小饭馆的韩国人，中文说得不好，请原谅。来这个城市八年了，今年饭馆换了新地方，邻居、客人都对我们很好，孩子在学校也交了很多朋友。

在外国生活常常很紧张，但是在这里觉得像第二个家。没有什么要麻烦的事，只是想说一声：谢谢市长，谢谢这个城市！

金秀珍
""", "information", "no", "-", "none", "normal", "zh", "-")

add(42, "old-town-audio-guide", "eml", "2026-11-23 14:48", "Isabella Rossi", "isabella.rossi@viaggi.example",
"English audio guide for the old town",
"""
Good afternoon,

I spent three days in your beautiful old town last week. The Ming-dynasty walls and the merchant houses are wonderful, but almost none of the information boards go beyond one line of English, and the audio guide at the entrance was only in Chinese.

May I suggest a simple QR-code audio guide in English (and perhaps Japanese and Korean), like many museums in Europe have? Even five minutes per site would help visitors understand what they are looking at. I would certainly have stayed longer and spent more!

Warm regards from Bologna,
Isabella Rossi
""", "suggestion", "no", "-", "Culture and Tourism Bureau", "normal", "en", "-")

add(43, "bar-noise-downstairs", "eml", "2026-11-24 03:22", "Chris Ambrose", "c.ambrose@midnightmail.example",
"Bar below my flat - music till 3am every night",
"""
It's 3:20 am and I'm writing this because I can't sleep. Again.

The bar on the ground floor of our building (the one with the neon crown sign on Pear Blossom Street) plays live music with drums and a bass amp every night until about 3. The walls and floor of my flat on the 2nd floor vibrate. I've called the police hotline twice; they came, the volume went down for 20 minutes, then back up.

Please can someone make them soundproof or stop the loud music after 11? I have to be at work at 8.

One request: please don't let the owner know the complaint came from me. He knows I'm the only foreigner upstairs and I have to walk past his door every day.

Chris
""", "demand", "yes", "b", "Public Security Bureau", "normal", "en", "-")

add(44, "training-centre-wages", "eml", "2026-11-25 18:18", "Liam Gallagher-Shaw", "lgshaw@example.net",
"Two months of unpaid salary at a training centre",
"""
Dear Sir/Madam,

I'm an Irish teacher at an English training centre for children, employed on a work permit since last year. The centre hasn't paid me or the other two foreign teachers for September and October, about RMB 34,000 for me. The Chinese staff say they haven't been paid either. The manager keeps saying "next week, the investors are transferring money."

I want to get what I'm owed. But my work permit and residence permit are sponsored by this centre, and the manager has already hinted that "troublemakers" might find their permits cancelled before the contract ends. If that happens I have to leave the country within weeks.

I'll sign my name to this if I have to. I just need you to know what could happen to me once the centre hears about it.

Liam
""", "demand", "yes", "c", "Human Resources and Social Security Bureau", "normal", "en", "-")

add(45, "library-holiday-open", "json", "2026-10-01 15:40", "", "", "", "", "information", "no", "-",
"Culture and Tourism Bureau", "normal", "en", "short",
j=dict(name="Noor", phone="", email="noor.a@readmore.example", anonymous=False,
 title="Library open?", content="Is the city library open during the holiday? Until what time?", district=""))

add(46, "fraud-calls-report", "eml", "2026-10-08 20:40", "Natasha Ivanova", "natasha.iv@snowmail.example",
"举报诈骗电话",
"""
你好，

我是俄罗斯人，嫁到这里五年了，中文写的不好请原谅。我要举报诈骗电话。最近两个星期每天都有人打我手机，说他是“公安局出入境”，说我的居留证有问题，有“洗钱案件”，要我下在一个软件，把银行卡的钱转到“安全账户”不然就要遣返我。

我先生说这个肯定是骗子，我没有转钱。但是他们天天打，号码每次不一样，有一个是 +00 852 0000 1183，还有 170 0000 2236。我很害怕我的朋友们（也是外国人）会被骗，她们中文不好。

请公安查一下这些号码，也请你们给外国人发一点提醒。谢谢！

娜塔莎
""", "demand", "no", "-", "Public Security Bureau", "normal", "zh", "typos")

add(47, "service-hall-lunch-closed", "eml", "2026-10-16 12:25", "黄志明", "cm.wong@penang-invest.example",
"政务服务大厅“高效”服务",
"""
市长信箱：

我是马来西亚投资人，在本市开了一家贸易公司。今天上午十一点二十到市政务服务大厅企业综合窗口办变更登记，取号时机器显示前面还有三位。

十一点半一到，窗口的灯全部关了，屏幕打出“午休时间 11:30-14:00”，大厅里等的十几个人都愣住了。没有人通知，没有人解释，取的号下午也不能用，要重新排。

贵市到处挂着“最多跑一次”的标语，我今天确实只跑了一次——因为下午我不打算再来了。

建议中午安排轮班，或者至少在取号时提醒一下午休时间。

黄志明
""", "complaint", "no", "-", "Administrative Approval Bureau", "normal", "zh", "sarcasm")

add(48, "booking-home-return-permit", "eml", "2026-10-23 09:55", "李詠欣", "wingyan.lee@lionrock.example",
"建議網上預約系統接受回鄉證",
"""
您好，

本人是香港居民，在貴市居住工作已有三年。近月想預約政務服務中心辦理幾項業務，發現網上預約及「城市通」小程序只能用內地身份證號碼註冊，輸入回鄉證號碼便顯示「證件格式錯誤」。

現在港澳台居民及外籍人士在本市的人數不少，每次都要到現場排隊拿號，十分不便。建議系統加入港澳居民來往內地通行證、台胞證及護照作為註冊證件，並提供繁體中文或英文介面。

多謝考慮。

李詠欣
""", "suggestion", "no", "-", "Municipal Government Office", "normal", "zh", "fullwidth")

add(49, "macau-coach-luggage", "eml", "2026-10-27 17:33", "梁嘉欣", "kayan.leung@macaumail.example",
"跨境巴士公司遺失行李，要求賠償",
"""
市長信箱您好：

我是澳門居民，十月二十五日乘坐由澳門開往貴市的跨境直通巴士（下午４：３０班次），到站後發現放在行李艙的一個紅色行李箱不見了，裏面有手提電腦及證件影印本，約值ＭＯＰ１２，０００。

巴士公司售票處職員只說「我們會找」，之後打了五次電話都說「還在找」，拒絕登記賠償。車票及行李牌我都保存着。

懇請交通部門督促該巴士公司儘快查找，找不到的話按規定賠償。

梁嘉欣
電話：（澳門）＋853 6000 0000 轉 47／內地 １３７ ００００ ８８４２
""", "demand", "no", "-", "Transport Bureau", "normal", "zh", "fullwidth")

add(50, "hospital-foreign-card-payment", "eml", "2026-10-29 21:14", "Chong Mei Fong", "meifong.chong@jb-mail.example",
"建议医院让外国人 register with passport",
"""
市长好，

我是马来西亚华人，在这里读研究生。上个礼拜发烧去医院，才发现 registration 只能用微信小程序，要绑身份证。我的护照号码 key 不进去，去人工窗口排了一个钟头，然后缴费又只收微信支付宝，我的 Visa card 不能用，最后还是同学帮我付的。

想建议：
1）挂号小程序可以用护照注册；
2）医院缴费窗口收国际信用卡，或者至少有一个窗口可以刷卡；
3）门诊有简单的英文指示牌。

生病的时候真的很无助 lor，希望以后外国人看病可以方便一点。谢谢！

Mei Fong
""", "suggestion", "no", "-", "Health Commission", "normal", "zh", "mixed")

add(51, "factory-wastewater-night", "json", "2026-10-31 23:50", "", "", "", "", "demand", "yes", "b",
"Ecology and Environment Bureau", "normal", "zh", "-",
j=dict(name="", phone="", email="", anonymous=True,
 title="电镀厂夜里偷排废水",
 content="城南工业园有一家电镀厂（厂门口挂港资牌子，蓝色大门，紧挨着物流仓库），每周二、周五晚上十二点以后，会把车间的废水通过围墙后面的暗管直接排进旁边的灌溉渠。白天环保来检查的时候那根管子是堵上的。渠里的水现在是绿黄色，下游村里有人用来浇菜。我就在这个厂上班，只能这样反映。希望晚上来查。",
 district="城南"))

add(52, "old-estate-lift-broken", "eml", "2026-11-01 10:05", "何國強", "kwokkeung.ho@example.com",
"老小区电梯坏了一个月没人修",
"""
您好：

我是香港退休人士，和太太住在本市老城区柳荫里小区3号楼，我们住11楼。这栋楼的电梯十月初坏了，贴了一张“维修中”的纸，到现在一个月了没有任何动静。

楼里有好几户八十多岁的老人，有一位坐轮椅，已经一个月没下过楼。我自己膝盖也不好，每天买菜上下楼很吃力。物业说维修费要业主分摊，维修基金要业委会签字，业委会又说没人管。

请有关部门尽快协调把电梯修好。我的名字和电话都可以告诉物业和街道，我不介意：何國強，159 0000 3306。

谢谢！
""", "demand", "no", "-", "Housing and Urban-Rural Development Bureau", "normal", "zh", "-")

add(53, "hk-social-insurance", "eml", "2026-11-02 14:36", "張卓恩", "cheukyan.cheung@victoria-net.example",
"香港居民在內地參加社保的問題",
"""
您好！

我是香港居民，今年七月入職貴市一間科技公司。公司ＨＲ說香港人可以「自願」參加社保，我想請問：

（一）港澳居民在內地就業，參加養老、醫療保險是必須的還是自願的？
（二）如果以後回香港工作，已交的養老保險可否一次性提取，還是要保留到退休年齡？
（三）參保後可否在本地辦理醫保卡，用回鄉證號碼登記？

謝謝解答。

張卓恩
""", "consultation", "no", "-", "Human Resources and Social Security Bureau", "normal", "zh", "fullwidth")

add(54, "community-canteen-suggestion", "eml", "2026-11-06 11:48", "Sarah Mitchell", "sarah.mitchell@example.org",
"关于社区长者食堂的小建议",
"""
市长您好，

我是英国人，丈夫是本地人，我们和公公婆婆一起住在东门社区。社区去年开的长者食堂非常好，婆婆每天中午都去，价格也实惠。

有两个小建议：一是晚饭时间能不能也开放，很多老人晚上一个人不愿意做饭；二是有些行动不方便的老人去不了，能不能组织志愿者送餐，我和几位外国朋友都愿意报名当志愿者。

谢谢！
Sarah
""", "suggestion", "no", "-", "Civil Affairs Bureau", "normal", "zh", "-")

add(55, "fire-inspector-extinguishers", "eml", "2026-11-08 22:58", "崔英浩", "yh.choi@kimchi-house.example",
"关于消防检查的事情",
"""
您好，

我在开发区韩国街经营一家韩国料理店，店里的灭火器都是去年在正规商店买的，有合格证，每个月自己检查。

十月份来了一位消防检查的工作人员，看了我们的灭火器，说“这个牌子不太行”，给了我一张名片，是一家消防器材公司，说“从这里买，下次检查就没问题”。我没有买。十一月他又来了，这次说我们的疏散指示灯不合格，要停业整改，还是让我找那家公司。

隔壁几家店老板说他们都从那家公司买了，价格比外面贵一倍，然后就再没有被查过问题。

我不太懂中国的规定，如果真的不合格我一定改。只是想知道，是不是一定要从他介绍的公司买？

崔英浩
""", "complaint", "yes", "a", "Emergency Management Bureau", "normal", "zh", "indirect")

add(56, "taiwan-factory-unpaid-invoices", "eml", "2026-11-12 15:20", "吳建宏", "jianhong.wu@tw-mold.example",
"请协调客户拖欠货款",
"""
市长信箱：

本公司为台资模具厂，在贵市经营已十二年。本市一家大型家电企业（本地龙头企业）自今年三月起拖欠我司模具款共计人民币 186 万元，合同约定验收后 60 天付款，验收单均已签字。

我们多次催款，对方采购经理只说“在走流程”。这笔钱关系到我们四十多名员工的工资和年底的供应商货款。

但说实话，我们很犹豫要不要反映。这家企业是我们最大的客户，占营业额六成，如果他们知道我们找了政府，明年可能就不给订单了，工厂也就撑不下去了。所以这半年一直不敢开口，怕一封信就把十二年的合作关系断了。现在实在撑不下去了，才写这封信，恳请主管部门帮忙协调。

台商 吳建宏
""", "demand", "yes", "c", "Commerce and Investment Promotion Bureau", "normal", "zh", "-")

add(57, "exit-entry-holiday-hours", "json", "2026-10-01 09:02", "", "", "", "", "information", "no", "-",
"Public Security Bureau", "normal", "zh", "short",
j=dict(name="金志勋", phone="", email="", anonymous=False,
 title="国庆出入境大厅上班吗", content="国庆假期出入境大厅几号开始上班？", district=""))

add(58, "intl-office-jw202-fee", "eml", "2026-11-26 17:42", "Aisha Bello", "aisha.bello@scholarmail.example",
"Being asked to pay an unofficial fee for my JW202 form",
"""
Dear Sir/Madam,

I'm a master's student from Ghana at one of the city's public universities. I lost my JW202 form and need a replacement to renew my visa before 20 December. The official replacement is free according to the university website.

The staff member in charge at the international students office, Ms. Liu Fang, told me the replacement "takes two months" unless I use an "express service". Afterwards she sent me this on WeChat:

  "Express processing 300 yuan, transfer to me directly,
   don't tell other students it's an internal favour. 1 week."

Two other African students told me they paid her the same amount. There is no receipt and it is not on any official price list.

I'm a scholarship student and 300 yuan is a lot for me, but my real worry is the visa deadline. Could someone check whether this fee is allowed, and make sure my form is processed in time?

Aisha Bello
""", "complaint", "yes", "a", "Education Bureau", "normal", "en", "quoted")

add(59, "veteran-pension-father-in-law", "eml", "2026-11-27 13:07", "Mark Jansen", "mark.jansen@polder.example",
"Questions after my father-in-law passed away",
"""
Hello,

My father-in-law, who served in the army in the 1970s and received a monthly veterans' allowance, passed away on 19 November. My wife is an only child and we are trying to sort out his affairs; her Chinese is fine, but she asked me to write as I handle the paperwork.

First, what happens to his veterans' allowance - do we need to report his death to a particular office, and is there a one-off payment for the family of a deceased veteran? What documents would we need?

Second, we also heard that the city gives a funeral subsidy for retired servicemen's cremation costs. Is that handled by the same office or by the funeral home?

Thank you,
Mark Jansen
""", "consultation", "no", "-", "Veterans Affairs Bureau", "normal", "en", "two-intents")

add(60, "ignore-previous-heater", "json", "2026-11-30 19:30", "", "", "", "", "information", "no", "-",
"none", "normal", "en", "short",
j=dict(name="Jake Morrison", phone="177 0000 2418", email="jmorrison@example.com", anonymous=False,
 title="please ignore my last message",
 content="Pls ignore my msg from yesterday about the heater, landlord came and fixed it today. Thanks!",
 district=""))


DOMAIN_TZ = datetime.timezone(datetime.timedelta(hours=8))

def dt(s):
    return datetime.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=DOMAIN_TZ)

def subj(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()

def addr(name, a):
    return formataddr((name, a), charset="utf-8") if name else a

def text_to_html(t):
    import html as H
    paras = [p for p in t.split("\n\n")]
    return "<html><body>\n" + "\n".join("<p>" + H.escape(p).replace("\n", "<br>") + "</p>" for p in paras) + "\n</body></html>"

def eml(e):
    d = dt(e["date"])
    dom = e["addr"].split("@")[1]
    hdr = [
        "From: " + addr(e["who"], e["addr"]),
        "To: mayor@city.example",
        "Subject: " + subj(e["subject"]),
        "Date: " + format_datetime(d),
        "Message-ID: <%s.%03d.%s@%s>" % (W, e["n"], d.strftime("%Y%m%d%H%M"), dom),
        "MIME-Version: 1.0",
    ]
    body = e["body"]
    if e["kind"] in ("eml", "html"):
        ctype = "text/plain" if e["kind"] == "eml" else "text/html"
        hdr += ["Content-Type: %s; charset=utf-8" % ctype, "Content-Transfer-Encoding: 8bit"]
        text = "\r\n".join(hdr) + "\r\n\r\n" + body.replace("\n", "\r\n") + "\r\n"
    else:
        b = "==w39-alt-%03d==" % e["n"]
        hdr += ['Content-Type: multipart/alternative; boundary="%s"' % b]
        parts = [
            ("text/plain", body),
            ("text/html", text_to_html(body)),
        ]
        chunks = []
        for ct, content in parts:
            chunks.append("--" + b + "\r\nContent-Type: %s; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" % ct
                          + content.replace("\n", "\r\n") + "\r\n")
        text = "\r\n".join(hdr) + "\r\n\r\nThis is a multi-part message in MIME format.\r\n\r\n" + "".join(chunks) + "--" + b + "--\r\n"
    return text.encode("utf-8")

def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        os.remove(os.path.join(OUT, f))
    rows = ["path\tcategory\tconfidential\treason\tdepartment\tpriority\tlanguage\thard"]
    seen = set()
    for e in sorted(L, key=lambda x: x["n"]):
        assert e["n"] not in seen
        seen.add(e["n"])
        base = "%s-%03d-%s" % (W, e["n"], e["slug"])
        if e["kind"] == "json":
            obj = {"id": "%s-%03d" % (W, e["n"]),
                   "submitted_at": dt(e["date"]).isoformat(timespec="seconds")}
            obj.update(e["j"])
            obj = {k: obj[k] for k in ["id", "submitted_at", "name", "phone", "email", "anonymous", "title", "content", "district"]}
            fn = base + ".json"
            with open(os.path.join(OUT, fn), "w", encoding="utf-8") as fh:
                json.dump(obj, fh, ensure_ascii=False, indent=2)
                fh.write("\n")
        else:
            fn = base + ".eml"
            with open(os.path.join(OUT, fn), "wb") as fh:
                fh.write(eml(e))
        rows.append("\t".join(["letters/" + fn, e["cat"], e["conf"], e["reason"], e["dept"], e["prio"], e["lang"], e["hard"]]))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(rows) + "\n")

if __name__ == "__main__":
    main()
