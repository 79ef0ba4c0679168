#!/usr/bin/env python3
"""w35: 60 test letters (blind8) for the mayor's mailbox. Standard library only, deterministic."""
import os, json, html, datetime
from email.header import Header
from email.utils import formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "letters")
ME = "w35"

LETTERS = []

def L(num, slug, kind, name, addr, when, subject, body, labels, json_extra=None):
    LETTERS.append(dict(num=num, slug=slug, kind=kind, name=name, addr=addr, when=when,
                        subject=subject, body=body.strip("\n"), labels=labels.split("|"),
                        extra=json_extra or {}))

# labels: category|confidential|reason|department|priority|language|hard

L(1, "deposit-not-returned", "eml", "Marcus Feldman", "m.feldman@mailbox.example", "2026-10-05 20:14",
"Landlord keeping my full deposit after I moved out", """
Dear Sir or Madam,

I am a German engineer working for a wind-turbine supplier in the high-tech park. On 30 September I moved out of a rented flat in Building 6, Lüyuan Garden (绿苑花园), after two years there. I handed back the keys with everything in good condition, and the agent and I did the inspection together. He signed a sheet saying there was no damage.

The landlord, Mr. Gu, now refuses to return the deposit of 9,600 yuan. First it was the curtains, then the paint on one wall, and now he simply does not answer my messages. The agency says it is "between you and him".

I have the contract, the signed inspection sheet and the bank record of the deposit. Could the right office mediate, or tell the landlord he has to pay it back? I leave China at the end of November and would very much like this settled before then.

Best regards,
Marcus Feldman
Tel. 138 0000 2271
""", "demand|no|-|Housing and Urban-Rural Development Bureau|normal|en|-")

L(2, "spouse-permit-renewal", "eml", "Ana Ribeiro", "ana.ribeiro.lima@correo.example", "2026-10-08 11:02",
"Renewal of residence permit as spouse - which documents?", """
Hello,

My name is Ana, I am Brazilian and married to a Chinese citizen since 2023. My residence permit for family reunion expires on 14 December. Last time my husband did all the talking at the office, so this time I am not sure what I need to bring myself.

1. Do we need a new original marriage certificate, or is a copy fine?
2. My husband moved his hukou to this city in August. Does that change anything for me?
3. How early can I apply? Is 30 days before the expiry date already too late?

Thank you for your help. I read a little Chinese but an answer in English would be easier for me.

Ana Ribeiro
""", "consultation|no|-|Public Security Bureau|normal|en|-")

L(3, "taiwan-social-insurance", "eml", "林冠宇", "guanyu.lin@tw-mail.example", "2026-10-03 09:40",
"台灣居民在本市就業，社保該怎麼參加？", """
市長信箱您好：

本人是臺灣居民，今年８月起在本市一家電子廠擔任品管主管，持臺灣居民居住證。公司人資說台胞可以「自願」不繳社保，但同事又說按規定一定要參保，搞得我一頭霧水。

想請教幾件事：
１．臺灣居民在大陸就業，養老、醫療保險是強制還是自願？
２．將來若回臺灣定居，已繳的養老保險能否一次領回？
３．辦理時需要準備哪些證件？

謝謝撥冗回覆。
林冠宇　敬上
聯絡電話：158-0000-6612
""", "consultation|no|-|Human Resources and Social Security Bureau|normal|zh|fullwidth")

L(4, "exit-entry-window-7", "eml", "Oluwaseun Adebayo", "seun.adebayo@pgmail.example", "2026-10-15 22:31",
"Treatment at the exit-entry window on 12 October", """
Dear Mayor's Office,

I went to the Exit-Entry Administration hall on Monday 12 October at around 10:40 to submit my study visa extension. I am a PhD candidate in materials science.

The officer at window 7 (female, badge number ending in 0417) looked at my papers for maybe ten seconds and pushed them back across the counter so hard that the folder fell on the floor. When I asked what was missing she said in English "you people always bring wrong things" and called the next number. My supervisor's letter and the university stamp were both there. A Chinese student behind me picked my papers up for me.

Two days later I went to a different window with the same documents and they were accepted in five minutes.

I do not want anything special. I only ask that someone speaks with this officer, because other students from my country have had the same experience at the same window.

Regards,
Oluwaseun Adebayo
School of Materials, tel 186-0000-5143
""", "complaint|yes|a|Public Security Bureau|normal|en|-")

L(5, "museum-oct-3", "eml", "Kate Moore", "katemoore@postbox.example", "2026-10-01 08:05",
"Museum open Oct 3?", """
Hi, is the city museum open on 3 October, and do foreigners have to book online with a passport? Thanks, Kate
""", "information|no|-|Culture and Tourism Bureau|normal|en|short")

L(6, "metro-ideas", "multi", "Henrik Solberg", "henrik.solberg@nordpost.example", "2026-10-10 19:20",
"Suggestions for the metro from a foreign resident", """
Dear Mayor,

I have lived here for three years and take Line 2 and Line 5 every day. The metro is clean, fast and cheap, and I recommend it to every visitor. A few small things would make it much easier for people who do not read Chinese:

- The English announcements on Line 5 stop after the first two stations; on Line 2 they are complete. Could Line 5 be updated the same way?
- The ticket machines take only Chinese mobile payment and cash. Many short-term visitors have neither. Accepting international bank cards, at least at the airport and the high-speed railway station, would help a lot.
- The exit letters (A, B, C...) are shown on the maps, but at street level the signs are often hidden behind shop boards.

I am happy to help test anything in English if that is useful.

Kind regards,
Henrik Solberg
""", "suggestion|no|-|Transport Bureau|normal|en|-")

L(7, "teacher-salary-unpaid", "eml", "Jake Porter", "jakeporter88@inbox.example", "2026-11-02 23:47",
"salary not paid 2 month - english teacher", """
hello

I am english teacher in a training center "Bright Owl Education" on Jinhe road 2nd floor. They not pay me salary for Septmber and October, total is 36000 rmb. Boss Mr Qiao says every week "next friday, next friday" but never pay. 3 other foreign teacher same problem and the chinese teaching assistants too i think.

Problem is my work permit is link to this company. Last year a teacher from Canada ask too much about money, after one week his permit was "under review" and he must leave the country. I am scared same thing happen to me, my wife is pregnent and we live here.

can the labour office check them and make them pay? I have contract and wechat messages where he promise.

Thanks
Jake
139 0000 8825
""", "demand|yes|c|Human Resources and Social Security Bureau|normal|en|typos")

L(8, "teacher-seats-gifts", "eml", "陳嘉欣", "kayan.chan@hkmail.example", "2026-10-13 21:05",
"關於小學班主任調座位一事", """
您好：

我是香港人，隨丈夫工作調動來本市兩年，女兒在育才路小學（公辦）讀三年級。

開學後，班主任馮老師在家長群裡幾次說「教師節大家心意到了就好」，之後又私下發訊息給部分家長，說「座位會按表現調整」。後來我才知道，送了購物卡的家長，孩子都被調到前三排。我女兒視力不好，本來坐第二排，國慶假期後卻被調到最後一排。我去問原因，馮老師只說「你懂的」。

我不想把事情鬧大，女兒還要在這個班讀三年。只希望教育部門過問一下，讓座位按視力和身高來排。

陳太
""", "complaint|yes|a|Education Bureau|normal|zh|fullwidth")

L(9, "thanks-new-resident", "eml", "Priya Raman", "priya.raman@lotusmail.example", "2026-10-18 16:44",
"A thank-you from a new resident", """
Dear Mayor,

Nothing to complain about for once! My husband and I arrived from Chennai in June with two small children, and I was quite nervous. In four months this city has been kinder than I expected: neighbours who bring us fruit, strangers who walk us to the right bus stop, a lady at the pharmacy who spent twenty minutes translating on her phone so I could buy cough syrup.

I just wanted someone at city hall to know that ordinary people here are making newcomers feel at home. Please pass on our thanks.

Warmly,
Priya
""", "information|no|-|none|normal|en|-")

L(10, "night-piling-hengfeng", "eml", "Thomas Beaumont", "t.beaumont@courrier.example", "2026-10-28 07:12",
"Night-time piling work next to Hengfeng Apartments", """
Hello,

Since about 20 October the construction site on the north side of Hengfeng Apartments (the plot with the blue hoarding, opposite the gym) has been running a piling machine and concrete trucks until 2 or 3 in the morning, almost every night. Last night, 27 October, it started again at 23:15. Our bedroom windows face the site and my children, 4 and 7, wake up crying.

I understood that night work needs a special permit. If they have one, fine, but surely not for every night of the week?

Could an inspector please check? One small request: please keep my name and flat number out of whatever you send to the site or to our property office. We are the only foreign family in the building and I would rather not become "the foreigner who complained".

Thomas Beaumont
+86 136 0000 4490
""", "demand|yes|b|Ecology and Environment Bureau|normal|en|-")

L(11, "intl-clinic-doctor", "eml", "Sophie Laurent", "sophie.laurent@mel.example", "2026-10-20 13:26",
"International clinic, Third People's Hospital - doctor on duty 19 Oct", """
Dear Sir/Madam,

I took my son (6) to the 国际门诊 of the Third People's Hospital on Monday 19 October with a fever of 39.6. We waited 50 minutes although only two patients were before us. The doctor on duty - 工号 2218 on his badge, surname Hou I think - did not examine him, did not even look in his throat, just said "病毒，多喝水" and printed a prescription for antibiotics. When I asked why antibiotics for a virus, he said "你要不要看？不要就走" and went back to his phone.

The next day a private clinic found an ear infection. This international clinic charges a 300 yuan 挂号费 precisely because it promises better service for foreign patients. I would like the hospital to know how this doctor treats children.

Sophie Laurent
177 0000 3902
""", "complaint|yes|a|Health Commission|normal|en|mixed")

L(12, "cross-strait-marriage", "eml", "張淑芬", "shufen.chang@formosa.example", "2026-11-04 10:18",
"請問兩岸婚姻登記需要哪些文件", """
您好！

我是臺灣人，男友是本市戶籍，我們預計１２月登記結婚。想先確認幾點：

（１）臺灣的單身證明是不是要先在臺灣辦公證，再經海基會寄送？大概要多久？
（２）登記當天我一定要本人到場嗎？可以讓男友先去預約嗎？
（３）婚姻登記處週六有沒有上班？

因為要請假飛回來，日期得先排好，先謝謝了！！

淑芬
""", "consultation|no|-|Civil Affairs Bureau|normal|zh|fullwidth")

L(13, "hotpot-kitchen-oil", "json", "", "", "2026-10-22 00:38",
"Restaurant kitchen - rats and used oil", """
I live above the hotpot restaurant at the corner of Xingfu Lane and the river road (the one with the red lanterns). From my kitchen window I can see the back door of their kitchen. Every night after closing, staff scoop the used oil out of the fryers into white plastic buckets and a man on a tricycle collects them. Twice last week I saw the same kind of buckets carried back in early in the morning. There are also rats running between their bins and the back door, I have photos. The restaurant is always full and many students eat there. Please send someone to inspect the kitchen.
""", "demand|yes|b|Market Regulation Administration|normal|en|-",
json_extra=dict(phone="", anonymous=True, district="Binjiang"))

L(14, "service-hall-passport-booking", "eml", "Daniel Okafor", "dokafor@okafor-trading.example", "2026-10-14 15:33",
"Idea for the government service hall (and one question)", """
Good afternoon,

I run a small import company, Okafor Trading Co., Ltd., and visit the service hall on Renmin Road about once a month.

The online appointment system accepts only 18-digit ID numbers. Foreigners therefore have to come in person and queue for a paper number, which costs a whole morning. Please let us book online with a passport number or the new foreign permanent residence ID card. It would also save your staff from handling the crowd at the door at 8:30.

While I am writing: can a change of legal representative be done completely online now, or must the new representative appear at the window?

Thank you.
Daniel Okafor, 150 0000 7731
""", "suggestion|no|-|Administrative Approval Bureau|normal|en|two-intents")

L(15, "hotline-english-service", "eml", "Greg Halloway", "ghalloway@fastmail.example", "2026-10-17 18:02",
"12345 \"English service\"", """
To whom it may concern,

Congratulations on the poster at the airport announcing that the 12345 hotline offers "24-hour service in English". I have now tested it three times this week.

Monday: pressed the option for English, listened to music for eleven minutes, then a recorded voice in Chinese, then silence.
Wednesday: a kind young man answered, said "one moment please", and transferred me to the same music.
Friday: someone answered in English! She said "sorry, English colleague not here, call tomorrow". It was ten in the morning.

I'm sure the service is excellent in the parallel universe where it exists. In this one, could somebody please either staff it or take the poster down?

Greg
""", "complaint|no|-|Municipal Government Office|normal|en|sarcasm")

L(16, "water-pressure-18f", "eml", "玛丽亚", "maria.k@poczta.example", "2026-10-24 08:50",
"水压太小 高楼没有水", """
你好，我是波兰人，我老公是中国人，我门住在桂香小区12栋18楼。从十月中旬开始，每天早上7点到9点，晚上6点到9点，水龙头基本没有水，只有一点点，洗燥不可以，做饭也很难。

我们问物业，物业说是自来水公司压立不够，自来水公司说是小区的加压泵坏了，大家推来推去。楼上楼下的林居都一样，有老人家每天要提水上楼。

请帮忙我们解决这个问题好吗？谢谢你们。
电话 135 0000 6218
""", "demand|no|-|Water Affairs Bureau|normal|zh|typos")

L(17, "iit-housing-allowance", "html", "Rachel Kim", "rachel.kim@hanmail.example", "2026-11-12 12:15",
"IIT annual reconciliation - housing allowance for foreigners", """
Hello,

I am an American citizen and have worked as a product designer in the city since March 2025. My employer pays part of my rent directly as a housing allowance.

I heard that the tax-free treatment of housing allowances for foreign employees was extended. Could you tell me:
- whether it still applies for tax year 2026, or whether I must switch to the standard special additional deductions;
- if I switch, whether I can deduct children's education for a child at an international school;
- whether the annual reconciliation can be done in the IIT app with a passport, or only at a tax office.

Thank you very much,
Rachel Kim
""", "consultation|no|-|Taxation Bureau|normal|en|-")

L(18, "airport-bus-jinlong", "json", "Stefan Wagner", "stefan.wagner@firma.example", "2026-10-14 21:48",
"Airport bus from Jinlong Hotel", """
Good evening. I am here for the trade fair until Friday. My flight leaves at 07:50 on 16 October. Is there an airport shuttle bus near the Jinlong Hotel on Huancheng East Road, and what time does the first one leave? If not, how long does a taxi usually take at 5 in the morning? Thank you.
""", "information|no|-|Transport Bureau|normal|en|-",
json_extra=dict(phone="+49 170 0000 5512", anonymous=False, district="Huancheng"))

L(19, "night-market-vendor", "eml", "Liam O'Connor", "liam.oconnor@eiremail.example", "2026-10-26 20:10",
"What I saw at the Dongmen night market, 24 October", """
Dear Sir/Madam,

I teach English at a secondary school and live near the east gate. Last Saturday, 24 October, at about 9 pm, a team of urban management officers cleared the vendors at the night market. Most vendors packed up when asked. One elderly woman selling roasted sweet potatoes was slow because a wheel of her cart was stuck.

One officer - tall, glasses, uniform number 0361 if I read it correctly - kicked the cart over. Hot coals spilled across the pavement. When she tried to pick up her scales he pulled them out of her hands and shoved her backwards. She fell and sat on the ground for a long time. Two other officers stood and watched.

I filmed about 40 seconds on my phone and can provide it. I understand vendors are not always allowed there. But she is at least seventy, and none of this was necessary.

Liam O'Connor
157 0000 2286
""", "complaint|yes|a|Urban Management Bureau|normal|en|-")

L(20, "old-estate-lift-3weeks", "json", "梁美玲", "meiling.leung@macau-mail.example", "2026-11-09 17:25",
"舊樓電梯壞咗三個星期，老人家落唔到樓", """
本人係澳門居民，喺本市工作。母親住喺松柏里舊小區３號樓７樓，今年８１歲，行動不便。

大廈唯一一部電梯由１０月２０號開始停用，物業只係貼咗張「維修中，不便之處敬請原諒」，之後就冇人理。打電話去問，物業話要等業委會同意動用維修基金；業委會又話物業仲未報價。

母親已經三個星期冇落過樓，覆診都去唔到。請有關部門督促物業同業委會盡快修好電梯，唔該晒！
""", "demand|no|-|Housing and Urban-Rural Development Bureau|normal|zh|fullwidth",
json_extra=dict(phone="+86 139 0000 7754", anonymous=False, district="松柏街道"))

L(21, "gas-smell-building3", "eml", "Amir Haddad", "amir.haddad@sahara.example", "2026-11-15 21:41",
"GAS SMELL building 3 now", """
Strong gas smell in stairwell of Building 3 Qinghe Jiayuan, floors 4-6, right now. Neighbour 502 not opening door. Please send someone fast!
Amir 188 0000 3419
""", "demand|no|-|Emergency Management Bureau|high|en|short")

L(22, "old-town-english-boards", "html", "Yuki Tanaka", "yuki.tanaka@sakura.example", "2026-11-03 10:37",
"Proposal: English information at the Old Town scenic area", """
Dear Mayor's Office,

On 1 November I brought a group of twelve colleagues from our Osaka head office to the Old Town and Lotus Pond scenic area. Everyone loved it. However, almost all the information boards explain the history only in Chinese; the English line is one sentence ("Ancient Building") or a machine translation that is hard to understand.

I would like to propose:
1) Proper English (and perhaps Japanese and Korean) text for the ten main boards.
2) QR codes that open an audio guide in several languages - many visitors prefer listening to reading.
3) A printed bilingual map at the ticket office.

The place deserves more international visitors, and small changes would make a big difference.

Yours sincerely,
Yuki Tanaka
""", "suggestion|no|-|Culture and Tourism Bureau|normal|en|-")

L(23, "primary-enrolment-mixed", "eml", "Carlos Mendoza", "carlos.mendoza@correo-mx.example", "2026-11-18 22:09",
"Enrolment for my daughter - 幼升小 question", """
Hi,

My wife is Chinese (她的户口 is in Jiangbei district of this city) and I am Mexican. Our daughter has Chinese nationality and turns 6 next August. We want her in a public primary school near home, not an international one.

Questions: 房产证 - do we need one, and in whose name? We rent, and the lease is in my name because my company signed it. Does 租房 count for 入学? And the 积分 - does my foreign residence count for anything, or only my wife's 社保? When does 网上报名 open next year?

Thanks a lot, 谢谢!
Carlos
""", "consultation|no|-|Education Bureau|normal|en|mixed")

L(24, "accommodation-registration", "eml", "阮氏香", "nguyen.huong@vnmail.example", "2026-10-16 14:27",
"办住宿登记的事情", """
领导好：

我是越南人，嫁到这边三年了，住在柳湾村。每次签证换新，都要去派出所做住宿登记，以前都很快。

这次（10月9号开始）去了三次。第一次值班的民警说材料不对，第二次说系统坏了。第三次他把我老公叫到外面，说"外国人的事情很麻烦，你们要是想快一点，自己心里要有数"，还说隔壁村的越南媳妇"都懂规矩"。我老公问他要多少，他笑了，说"我什么都没说"。

我们不知道该怎么办，没有登记的话我的签证会有问题。那个民警四十多岁，比较胖，那几天都是上午值班。

请你们帮忙问一下，是不是真的要这样才可以办？
阮氏香
""", "complaint|yes|a|Public Security Bureau|normal|zh|indirect")

L(25, "typhoon-thursday", "eml", "Ben Carter", "bcarter@skyline.example", "2026-10-06 23:02",
"typhoon?", """
Is the typhoon going to hit us on Thursday? My parents fly in that morning - should they change the flight?
Ben
""", "information|no|-|Meteorological Bureau|normal|en|short")

L(26, "ebike-battery-swelling", "eml", "Nadia Petrova", "nadia.petrova@yamail.example", "2026-10-29 19:55",
"E-bike battery swelling, shop refuses to do anything", """
Hello,

On 5 September I bought an electric bicycle from the "Speedy Wheel" shop on Wenhua Street for 3,280 yuan, with a one-year warranty on the battery. Three weeks ago the battery started to swell; the case is cracked and it gets very hot when charging. I now keep it on the balcony because I am afraid of a fire.

I took it back to the shop twice. The first time the owner said it was my fault for charging overnight. The second time the young salesman shouted at me in front of other customers that foreigners "don't know how to use things" and told me to leave.

I have the receipt and the warranty card. I want the battery replaced or my money back. Can you help?

Nadia Petrova, 132 0000 6605
""", "demand|no|-|Market Regulation Administration|normal|en|-")

L(27, "address-change-returned-3x", "eml", "Mehmet Yilmaz", "mehmet.yilmaz@anadolu.example", "2026-11-10 09:14",
"Fwd: Your application has been returned (third time)", """
Dear Mayor's Office,

Please read the messages below. I am trying to register a change of business address for my restaurant. Every time the online system returns my application with a different reason, and nobody tells me all the problems at once.

-------- Forwarded message --------
Date: 28 Oct 2026
Subject: Application returned
Dear applicant, your materials are incomplete. Please upload the lease contract bearing the landlord's seal.

-------- Forwarded message --------
Date: 3 Nov 2026
Subject: Application returned
Dear applicant, the lease contract must be accompanied by the property ownership certificate of the premises.

-------- Forwarded message --------
Date: 9 Nov 2026
Subject: Application returned
Dear applicant, the applicant's identity document must be certified. Please resubmit.

My passport was uploaded the first time - it is the same passport! Three weeks lost, and every "return" restarts the processing time. Why can the review not list everything at the first check? I am not blaming one person, I don't even know who reads these, but the system wastes everybody's time, yours too.

Mehmet Yilmaz
""", "complaint|no|-|Administrative Approval Bureau|normal|en|quoted")

L(28, "social-insurance-unpaid", "eml", "Rahul Mehta", "rahul.mehta@desimail.example", "2026-11-05 22:40",
"Social insurance not paid by my employer + pension question", """
Dear Sir/Madam,

I have worked as a software engineer for Huaxin Dingsheng Technology in the Software Park since January 2025. My contract says the company pays social insurance. Last week I checked the app and found that nothing has been paid since April this year - not for me, and as far as I can tell not for the Chinese staff either. HR says it is a "system problem".

I would like the labour department to make them pay the missing months.

Honestly, I am nervous writing this. In a team meeting our manager said that people who "make trouble" about benefits will not have their contracts renewed, and my contract and my work permit both end in February.

A second, smaller question: when I eventually leave China, can my pension contributions be refunded, and where do I apply?

Thanks,
Rahul Mehta
""", "demand|yes|c|Human Resources and Social Security Bureau|normal|en|two-intents")

L(29, "taiwan-factory-power", "eml", "黃志明", "cm.huang@hsinyi-tech.example", "2026-10-21 10:05",
"台資企業用電擴容協調請求", """
市長您好：

敝公司「信益精密」為台資企業，２０２４年於本市開發區設廠，目前員工三百二十人。今年第四季訂單大增，需新增兩條產線，但廠區變壓器容量不足。向供電公司申請擴容已逾兩個月，始終告知「排隊中」，預計明年三月方能施工，屆時訂單恐已流失。

懇請招商部門協助與供電單位協調，加快辦理。

另想順便請教：本市對台資企業新增設備投資，是否有技術改造補貼？申請窗口在何處？

順頌　時祺
黃志明　總經理
電話：＋86 135-0000-9087
""", "demand|no|-|Commerce and Investment Promotion Bureau|normal|zh|two-intents")

L(30, "village-road-blocked", "eml", "Pieter de Vries", "pieter.devries@tulipmail.example", "2026-10-30 16:48",
"Access road for our warehouse near Shangtang village", """
Dear Sir or Madam,

Our Dutch-owned logistics company leases a warehouse next to Shangtang village. Since August the access road has been blocked with concrete blocks, because the village says our trucks damage it. We offered to pay for repairs under a written agreement.

At a dinner in September the village party secretary's assistant told our Chinese manager that the blocks could "disappear overnight" if the company showed "sincerity" - a "coordination contribution" of 80,000 yuan, to an account he would provide, not the village committee's. When our manager asked whether there would be a receipt, he laughed. Two weeks ago the secretary himself told our manager that "Xiao Lü speaks for me".

We have not paid and will not pay. We want the road reopened on lawful terms, and I think someone should look at how things are done in this village.

Pieter de Vries
General Manager
""", "complaint|yes|a|Discipline Inspection Commission|normal|en|indirect")

L(31, "legal-aid-divorce", "json", "Elena", "elena.v@safe.example", "2026-11-11 13:52",
"Legal aid for a foreign wife - divorce", """
Hello. I am Ukrainian, married to a Chinese man for six years, and we have a son of 5. I want to understand my options for divorce and custody before I do anything. Can a foreigner get free legal aid here? I have no income of my own; my husband controls all the money. Do my Ukrainian documents have to be notarised again? Please answer only by this email. Do not call the home number or send letters to our address - my husband and his mother open everything.
""", "consultation|yes|b|Justice Bureau|normal|en|-",
json_extra=dict(phone="", anonymous=False, district="Nanhu"))

L(32, "flu-vaccine-where", "eml", "金敏智", "minji.kim@kmail.example", "2026-11-06 09:30",
"哪里可以打流感疫苗？", """
您好，我是韩国留学生，在理工大学读研究生。天气变冷了，我想打流感疫苗，但是学校医院说没有。请问学校附近哪个社区卫生服务中心可以打？需要预约吗？外国人用护照可以吗？大概多少钱？
谢谢！
""", "information|no|-|Health Commission|normal|zh|-")

L(33, "bus-k12-new-campus", "json", "哈米德", "hamid.s@unimail.example", "2026-10-19 20:33",
"建议公交车开晚一点到新校区", """
你好！我是巴基斯坦的留学生，在师范大学新校区学习。新校区很院，只有一路公交车（K12路）到地铁站，晚上八点半以后就没有了。我门很多学生晚上做实言，做完了没有车回去，只能打车，很桂。

我建议：K12路最后一班改到晚上十点半，周末也多开几班。另外如果有一条线直接到火车站，放假的时候大家回家会方便很多。

谢谢你们看我的建议！
""", "suggestion|no|-|Transport Bureau|normal|zh|typos",
json_extra=dict(phone="131 0000 5827", anonymous=False, district="Daxuecheng"))

L(34, "stipend-group-fund", "eml", "A doctoral student", "phd.student.2024@campus.example", "2026-11-20 01:16",
"About the stipend arrangements in our research group", """
Dear Sir or Madam,

I am an international PhD student at a public university in this city, funded by a government scholarship. I am writing about something in my research group that I find hard to understand.

Each month, after the stipend arrives, the group secretary reminds the foreign students to transfer 1,500 yuan to the "group activity fund". The account is in the name of the professor's wife. We have never seen any activity paid from it. A student from Ghana who asked about it last year had his thesis defence postponed twice, "for quality reasons".

Professor Ren also asks us to work on his company's projects at weekends; our names never appear in those reports.

I would rather not write more details here. I hope someone can look at how scholarship money reaches the students in Professor Ren's group at the School of Chemical Engineering.

A doctoral student
""", "complaint|yes|a|Education Bureau|normal|en|indirect")

L(35, "dark-path-dormitories", "json", "Hannah Schulz", "hannah.schulz@studimail.example", "2026-10-23 22:58",
"Broken street lights on the path behind the dormitories", """
Dear Sir or Madam, on the footpath between the west gate of the university and the Maple Court dormitories, six street lights have been out since the middle of October. It is about 400 metres, completely dark after 6 pm, with bushes on both sides. Several female students, me included, now walk in groups or take a long detour. Last week someone followed a friend of mine along there. Could the lights please be repaired soon? And I'd prefer my name not to appear anywhere if this gets posted or passed on - I only filled it in because the form wouldn't submit without it.
""", "demand|yes|b|Urban Management Bureau|normal|en|-",
json_extra=dict(phone="151 0000 3348", anonymous=False, district="Xiyuan"))

L(36, "taxi-rank-guide", "eml", "Jonas Eriksson", "jonas.eriksson@fjord.example", "2026-11-04 08:21",
"Taxi drivers at the railway station: a short guide for foreigners", """
Dear Mayor,

Allow me to share my new guide for foreign visitors arriving at the East Railway Station taxi rank.

Step 1: Wait 25 minutes in the official queue.
Step 2: Show the driver your hotel address in Chinese.
Step 3: Watch him say "不去" and wave you away, because the hotel is only 6 km and he was hoping for the airport.
Step 4: Repeat with the next four drivers.
Step 5: Accept the offer of the helpful gentleman outside the rank who will take you for a "fixed price" of 150 yuan, no meter, no receipt.

This is exactly what happened to me and two colleagues on Tuesday evening, 3 November, around 20:30. Surely refusing passengers at an official rank is not allowed? Could someone supervise that rank in the evenings, and do something about the unlicensed drivers?

Regards,
Jonas Eriksson
""", "demand|no|-|Transport Bureau|normal|en|sarcasm")

L(37, "hk-residence-card-short", "eml", "何志強", "chikeung.ho@hk-net.example", "2026-10-09 12:47",
"居住證", """
請問港澳居民居住證喺邊度辦？要幾耐先攞到？唔該。
""", "consultation|no|-|Public Security Bureau|normal|zh|short")

L(38, "lantern-concert-tickets", "eml", "Isabella Rossi", "isabella.rossi@italmail.example", "2026-11-08 07:39",
"Tickets for the lantern concert on 14 November", """
Good morning,

My sister and I are visiting from Milan from 12 to 16 November. A friend told us there is an outdoor concert with lanterns in Riverside Park on the 14th. Where can we buy tickets - is there a website that takes a foreign credit card, or do we pay at the gate? And what time does it start?

Grazie mille!
Isabella
""", "information|no|-|Culture and Tourism Bureau|normal|en|-")

L(39, "cafe-licence-foreigner", "eml", "朴秀珍", "sujin.park@seoulnet.example", "2026-10-27 15:12",
"外国人开小咖啡店需要办什么证", """
您好，我是韩国人，丈夫是中国人，我持有团聚类居留许可。我们想在学府路附近租一个30平米左右的小店，开咖啡店，也卖一点自己做的蛋糕。

请问：
1. 营业执照可以用我自己的名字申请吗？还是只能用我丈夫的名字？
2. 卖蛋糕需要食品经营许可证吗？对厨房面积有没有要求？
3. 全部办下来大概要多长时间？

谢谢您！
朴秀珍
""", "consultation|no|-|Market Regulation Administration|normal|zh|-")

L(40, "upstairs-leak-wuye", "eml", "Olivia Bennett", "olivia.bennett@brit.example", "2026-11-01 11:28",
"Water leaking from upstairs for a month, 物业 does nothing", """
Hi,

We rent flat 1102 in Building 9, Jinqiao Mingyuan. Since early October water has been leaking from the flat above through our bathroom ceiling; now the 吊顶 is coming down and there is black mould along the wall. The owner upstairs is never home.

I have reported it to the 物业 (Jinqiao Property Service) at least five times. They write it in a book and nothing happens. Last Sunday the 保安 at the gate told my husband "不是我们的事，找房东", then laughed about it with his colleague while my husband was still trying to explain in Chinese.

We just want someone to contact the upstairs owner and get the pipe fixed. Can the housing department push the property company? Our landlord is in Canada and doesn't reply either.

Olivia Bennett, 199 0000 2735
""", "demand|no|-|Housing and Urban-Rural Development Bureau|normal|en|mixed")

L(41, "12345-passport-login", "html", "Dr Aisha Bello", "aisha.bello@nairamail.example", "2026-10-11 17:06",
"Please make 12345 online usable for people without a Chinese ID", """
Dear Mayor,

I am a Nigerian doctor on a research fellowship here. I wanted to send a question through the 12345 mini-program on WeChat, but registration requires a Chinese ID number and real-name verification with a Chinese bank card. With a passport it cannot be done. E-mail is the only channel left, which is why I am writing this way.

There are tens of thousands of foreign residents in this city. May I suggest:
- allowing passport or foreign permanent residence ID verification in the mini-program;
- an English interface, even a simple one;
- an automatic reply to e-mails with a reference number, so we know the message arrived.

Thank you for considering this.

Dr Aisha Bello
""", "suggestion|no|-|Municipal Government Office|normal|en|-")

L(42, "medical-reimbursement-4th", "eml", "安娜·索科洛娃", "anna.sokolova@rumail.example", "2026-11-16 16:20",
"医保报销，第四次", """
你们好。

我是俄罗斯人，在本市参加了职工医保。今年7月在外地（我丈夫老家）住院做了手术，回来办异地就医报销。

第一次去，说要先备案，备案要在网上办。网上办，外国人的护照号码输不进去。
第二次去大厅，说可以窗口办，但是要排号，号已经发完了。
第三次排到了，说缺"出院小结原件"。我交的就是原件，只是医院的章盖在背面。
今天第四次，系统升级，暂停办理。

我真心佩服这个流程，设计得这么完美，一定是为了锻炼我们的耐心和中文水平。四个月了，我的两万多块钱还在路上。能不能告诉我，到底怎样才能一次办成？

安娜
""", "complaint|no|-|Healthcare Security Bureau|normal|zh|sarcasm")

L(43, "no-signal-tower-b", "json", "Kevin Walsh", "kwalsh@globaleng.example", "2026-10-31 09:03",
"No mobile signal in Tower B, Yunjing International", """
We moved into Tower B of Yunjing International Apartments in September. Inside the flats (I am on the 23rd floor) there is basically no mobile signal with any of the three operators: calls drop, 5G shows on the screen but nothing loads. Broadband was promised by the developer, but the telecom company says the building's fibre cabinet has not been handed over to them. I work from home for an overseas client and am currently working from the cafe downstairs. About 200 households are affected. Who can make the operators and the developer sort this out?
""", "demand|no|-|Industry and Information Technology Bureau|normal|en|-",
json_extra=dict(phone="176 0000 4412", anonymous=False, district="Gaoxin"))

L(44, "traffic-police-cash", "eml", "Ivan Horvat", "ivan.horvat@mail-hr.example", "2026-11-08 10:44",
"traffic police take money no ticket", """
Dear sir

yesterday 7 nov about 17.00 I drive my company car on the bridge near Xinkai road, one traffic police stop me, say I change lane wrong. ok maybe. But he say i must pay 200 cash now, no ticket no paper, or he keep my driving licence and i must go to office far away tomorow. I give 200 because i have meeting. I ask receipt, he say "no need, friend".

His motorbike number i see, finish with 37. He was alone, no camera on his body i think.

I dont know is this normal in China? In my country is not allow. I not want trouble, only want know if this is correct and if not somebody should check this officer.

Ivan
""", "complaint|yes|a|Public Security Bureau|normal|en|typos")

L(45, "thanks-officer-cai", "multi", "吳佩珊", "pswu@taipei-net.example", "2026-11-09 20:37",
"感謝出入境服務大廳的蔡警官", """
市長信箱您好：

我是在本市工作的臺灣居民。上週五（１１月６日）下午五點多，我趕到出入境服務大廳辦台胞證換發，才發現少帶一張照片，而大廳五點半就要關門。

窗口的蔡警官（警號尾數０８２）沒有叫我明天再來，反而帶我到大廳角落的自助拍照機，教我操作，等我拍好照片才幫我把資料送出。辦完已經快六點了，他還笑著說「辛苦了」。

在異鄉辦事常常很緊張，那天真的很溫暖。希望能轉達對蔡警官的謝意。

吳佩珊
""", "information|no|-|Public Security Bureau|normal|zh|fullwidth")

L(46, "basement-flooding", "eml", "Sarah", "sarah.n@lagosmail.example", "2026-11-13 23:19",
"Our basement room keeps flooding", """
Hello,

My husband (he is Chinese) and I rent a basement room in a private house in Beitang village, by the canal. Whenever it rains for more than an hour, water comes in under the door and through the wall, up to our ankles. The electric sockets are only about 30 cm above the floor. Last month our heater short-circuited.

We pay 1,100 a month. The landlord, Mr. Zhou, rents out eight basement rooms like this in two houses. He will not fix the drainage; he says if we don't like it we can leave. His cousin sits on the village committee, and in this village nobody argues with Mr. Zhou.

We cannot afford anywhere else. The last family who argued with him about the water came home one evening and found their things piled outside the door.

We only hope someone from outside the village can look at whether these rooms are safe to live in at all.

Sarah
""", "demand|yes|c|Housing and Urban-Rural Development Bureau|normal|en|indirect")

L(47, "iit-app-taiwan-id", "eml", "蔡宗翰", "tsunghan.tsai@twbiz.example", "2026-10-25 14:55",
"個稅ＡＰＰ用台胞證無法註冊，１２３６６永遠忙線", """
您好：

本人為臺灣居民，在本市一家設計公司任職，想補辦２０２５年度個稅匯算退稅。但「個人所得稅」ＡＰＰ用台胞證號碼註冊，一直顯示「證件信息校驗失敗」。

１２３６６打了十幾次，不是忙線就是轉人工後斷線。跑去辦稅服務廳，櫃檯說要先在網上預約；可是預約又要先登錄ＡＰＰ……繞了一圈回到原點。

我知道這不是哪一位同仁的問題，但這套系統對台胞實在太不友善。能否給一個真正可行的辦法？

蔡宗翰
""", "complaint|no|-|Taxation Bureau|normal|zh|fullwidth")

L(48, "waste-bins-english", "eml", "Chloé Martin", "chloe.martin@paris-mail.example", "2026-10-07 18:49",
"垃圾分类 - our bins need English", """
Hello!

I really like that the city sorts its rubbish and I want to do it right. But the bins in our compound only say 厨余垃圾, 可回收物, 有害垃圾, 其他垃圾, and the 督导员 auntie corrects us foreigners every evening (nicely, but still).

Could the city add small pictures + English words on the bins, and maybe a one-page English guide that property companies hand out to new tenants? Many of us would follow it gladly.

Merci,
Chloé (Xinghai Garden)
""", "suggestion|no|-|Urban Management Bureau|normal|en|mixed")

L(49, "resident-insurance-foreign-wife", "eml", "Maricel Santos", "maricel.santos@pinoymail.example", "2026-11-19 10:11",
"Medical insurance for a foreign wife, and my mother-in-law's card", """
Good day po,

I am from the Philippines, married to a Chinese citizen for four years. I am a housewife so I have no company insurance. Can I join the city's resident medical insurance with my residence permit? What documents do I need, and when is the payment period for next year?

Also my mother-in-law lost her medical insurance card at the market last week. How can she get a new one? Can my husband apply for her? She is 78 and cannot walk far.

Thank you so much po.
Maricel Santos
""", "consultation|no|-|Healthcare Security Bureau|normal|en|two-intents")

L(50, "passports-kept-factory", "json", "", "", "2026-11-22 21:30",
"Is it legal for company to keep our passports?", """
I am foreign worker in a furniture factory outside the city. When we start, the company take the passports of all foreign workers (we are 14 people) "for safe keeping" and for the work permit. Now after six months they still keep them and say we get back only when contract finish. If someone want go home early he must pay 5000 yuan first. Before we do anything I want to know: is this legal in China? And if not, which office is responsible for this?
""", "consultation|yes|b|Human Resources and Social Security Bureau|normal|en|-",
json_extra=dict(phone="", anonymous=True, district="Liuhe"))

L(51, "foreign-wife-village-share", "eml", "苏帕", "supa.t@thaimail.example", "2026-11-24 20:02",
"外国媳妇能不能分到村里的钱", """
你好，我是泰国人，2019年嫁到清水镇下湾村，结婚证有，孩子4岁，孩子的户口在村里。

今年村里土地征收，发补尝款和分红，村干部说我是外国人，不是村集体成员，没有我的一份。孩子的那一份也说要"研究研究"。

我想问一下，法律上外国人配偶到底有没有权力分？孩子有户口是不是一定要给？这个事情应该找哪个部门？

我不敢在村里多问。上次我婆婆去问了一句，回来就跟我说，以后家里的宅基地、低保这些事情都会"难办了"。我怕给家里惹马烦。
""", "consultation|yes|c|Agriculture and Rural Affairs Bureau|normal|zh|typos")

L(52, "bus-screens-english", "json", "Tom", "tom.h@wanderer.example", "2026-10-02 15:40",
"bus stop screens", """
Please add English to the bus stop screens that show arrival times. Just the route number and "min" would do. Thanks!
""", "suggestion|no|-|Transport Bureau|normal|en|short",
json_extra=dict(phone="", anonymous=False, district=""))

L(53, "proof-of-residence-circle", "eml", "Andrew Mitchell", "andrew.mitchell@kiwimail.example", "2026-11-17 11:45",
"Community office vs police station - proof of residence", """
Dear Sir/Madam,

My wife (Chinese) and I need a proof of residence for my visa renewal. Below is the reply we received from our community office's WeChat account after our second visit:

> 您好，居住证明需由派出所出具，社区不再开具此类证明。请前往辖区派出所办理。
> (Hello, proof of residence is issued by the police station; the community no longer issues this kind of certificate. Please go to your local police station.)

The police station, for its part, told us on 2 November:

> 这个需要社区先盖章，我们才能出。
> (The community has to stamp it first, then we can issue it.)

Everybody at both places was polite; nobody was rude to us. But each office is certain the other is responsible, and my permit expires on 30 November. I find it frustrating that two public offices can send a resident back and forth like this for a month. Please have them agree between themselves and issue the paper.

Andrew Mitchell
Lanting Community, tel 185 0000 7320
""", "complaint|no|-|Municipal Government Office|normal|en|quoted")

L(54, "care-home-waiting", "eml", "鄧國華", "tang.kw@victoria.example", "2026-11-26 09:58",
"岳父需要入住公辦養老院，輪候已一年", """
市長信箱：

本人鄧國華，香港居民，太太是本市人。岳父今年八十六歲，去年中風後半身不遂，岳母亦年老體弱，無力照顧。去年十一月已向區民政部門申請入住福壽園公辦養老院，至今仍說「輪候中」，問排第幾位亦不肯講。

我們兩夫婦在香港和本市兩邊奔波，實在撐不住。懇請民政部門協助安排床位，或告知有沒有其他可以申請的護理補貼。

我不介意公開姓名和電話，有需要請直接聯絡我：＋86 138 0000 5166。

鄧國華　謹上
""", "demand|no|-|Civil Affairs Bureau|normal|zh|fullwidth")

L(55, "library-macau-student", "eml", "區曉晴", "hiuching.au@macau-uni.example", "2026-10-12 19:16",
"市圖書館新館幾時開放？", """
您好！我是澳門學生，在本市讀大學二年級。想問一下市圖書館：

１．新館地址在哪裡？坐哪路公交車可以到？
２．開放時間是幾點到幾點？週一會閉館嗎？
３．自修室要不要預約？

謝謝！
""", "information|no|-|Culture and Tourism Bureau|normal|zh|fullwidth")

L(56, "coat-return-chat", "eml", "Laura Fischer", "laura.fischer@alpenpost.example", "2026-11-06 18:30",
"Online shop refuses return of faulty coat - chat copied below", """
Hello,

On 2 November I bought a winter coat for 899 yuan from "Yunshang Fashion Flagship" on one of the big shopping platforms. It arrived with a broken zip and a stain on the sleeve. The platform says it is a dispute with the merchant, and the merchant's registered address is in your city. Here is our chat:

[Me, 4 Nov 14:02] The zip is broken and there is a stain. I want to return it, photos attached.
[Shop, 4 Nov 14:30] 亲，穿过的衣服不能退哦
[Me, 4 Nov 14:31] I did not wear it. It came like this, I opened the parcel yesterday.
[Shop, 4 Nov 15:10] 亲，我们出库都有检查的，可以补偿您10元
[Me, 5 Nov 09:00] I don't want 10 yuan. The law gives 7 days to return online purchases.
[Shop] (no reply since)

I have the photos and the order number. I would like a full refund.

Laura Fischer
""", "demand|no|-|Market Regulation Administration|normal|en|quoted")

L(57, "fraud-call-customs", "json", "梁子轩", "", "2026-10-04 11:22",
"举报诈骗电话", """
我要举报一个诈骗电话：+86 170 0000 3391。最近一个礼拜每天都打给我，自称"海关"，说我有一个包裹里面有违禁品，要我把"保证金"转到"安全账户"。我妈妈住在这边，也接到同样的电话，差一点就转了。请公安部门查一下这个号码，也提醒一下其他老人家。
""", "demand|no|-|Public Security Bureau|normal|zh|-",
json_extra=dict(phone="+852 6188 0000", anonymous=False, district="Jinsha"))

L(58, "chinese-support-foreign-kids", "multi", "Natalia Gómez", "natalia.gomez@andes.example", "2026-10-09 21:14",
"Chinese language support for foreign children in public schools", """
Dear Mayor,

Our son (9) moved from Bogotá to a public primary school here in September. The teachers are patient, but he understands perhaps a third of the lessons, and there is no extra Chinese class for children like him. We pay a private tutor, which not every family can afford.

Several other foreign and returning-overseas families at the school are in the same situation. Would the Education Bureau consider:
- a few after-school "Chinese as a second language" sessions at schools with many foreign pupils, or one shared centre per district;
- a short English guide for parents explaining the homework apps, school rules and the exam calendar.

We are grateful that our son was accepted. These steps would help children like him catch up faster.

Best wishes,
Natalia Gómez
""", "suggestion|no|-|Education Bureau|normal|en|-")

L(59, "streetlight-tender-brother", "eml", "郑文彬", "wenbin.cheng@yushan-led.example", "2026-10-29 10:32",
"关于路灯节能改造项目招标的情况反映", """
尊敬的领导：

本公司为台资LED照明企业，在本市经营已八年。今年9月参加了城区路灯节能改造项目的公开招标（约1,200万元）。

中标的是一家成立不到一年的公司，注册资本50万元，此前没有任何路灯项目业绩。我们后来查到，该公司法定代表人邵某，是负责这个项目的城管局设施科邵科长的亲弟弟，两人登记的住址相同。另外，评标办法中的技术分标准在开标前三天被修改，改动后恰好符合中标公司的产品参数。

本公司目前还在参与本市其他几个项目，恳请调查时不要透露是我们反映的情况。

郑文彬
""", "complaint|yes|a|Discipline Inspection Commission|normal|zh|-")

L(60, "thanks-from-taichung-family", "eml", "李雅婷", "yating.lee@taichung.example", "2026-11-28 19:40",
"給市長的一封感謝信", """
市長您好：

我們一家四口從臺中搬來本市快一年了，想趁年底說聲謝謝——

女兒入學時，學校主動安排了「小老師」陪她適應；先生的公司在開發區，各種手續辦得比想像中順利；我自己常去社區活動中心學包餃子，阿姨們都很照顧我。

沒有什麼事要麻煩您，只是想讓您知道：這座城市讓我們這些從外地來的人，覺得被接納了。

祝　市政順利、闔家平安！
雅婷　敬上
""", "information|no|-|none|normal|zh|fullwidth")


# ---------------------------------------------------------------- writers

def rfc_date(when):
    dt = datetime.datetime.strptime(when, "%Y-%m-%d %H:%M")
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    return "%s, %02d %s %d %02d:%02d:00 +0800" % (days[dt.weekday()], dt.day, months[dt.month - 1],
                                                 dt.year, dt.hour, dt.minute)

def enc_subject(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode().replace("\n", "\r\n")

def to_html(body):
    paras = body.split("\n\n")
    out = []
    for p in paras:
        lines = [html.escape(x) for x in p.split("\n")]
        out.append("<p>" + "<br>\n".join(lines) + "</p>")
    return ("<html><head><meta charset=\"utf-8\"></head><body>\n" + "\n".join(out) +
            "\n</body></html>")

def crlf(s):
    return s.replace("\r\n", "\n").replace("\n", "\r\n")

def build_eml(x):
    n = "%03d" % x["num"]
    dom = x["addr"].split("@", 1)[1]
    stamp = x["when"].replace("-", "").replace(" ", "").replace(":", "")
    hdr = [
        "From: " + formataddr((x["name"], x["addr"]), charset="utf-8"),
        "To: mayor@city.example",
        "Subject: " + enc_subject(x["subject"]),
        "Date: " + rfc_date(x["when"]),
        "Message-ID: <%s.%s-%s@%s>" % (stamp, ME, n, dom),
        "MIME-Version: 1.0",
    ]
    body = x["body"] + "\n"
    if x["kind"] == "eml":
        hdr += ["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit"]
        text = "\n".join(hdr) + "\n\n" + body
    elif x["kind"] == "html":
        hdr += ["Content-Type: text/html; charset=utf-8", "Content-Transfer-Encoding: 8bit"]
        text = "\n".join(hdr) + "\n\n" + to_html(x["body"]) + "\n"
    else:  # multipart/alternative
        b = "==alt_%s_%s==" % (ME, n)
        hdr += ['Content-Type: multipart/alternative; boundary="%s"' % b]
        text = ("\n".join(hdr) + "\n\n" + "This is a multi-part message in MIME format.\n\n" +
                "--" + b + "\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n" +
                body + "\n--" + b + "\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n" +
                to_html(x["body"]) + "\n\n--" + b + "--\n")
    return crlf(text).encode("utf-8")

def build_json(x):
    e = x["extra"]
    when = x["when"].replace(" ", "T") + ":00+08:00"
    obj = {
        "id": "%s-%03d" % (ME, x["num"]),
        "submitted_at": when,
        "name": x["name"],
        "phone": e.get("phone", ""),
        "email": x["addr"],
        "anonymous": bool(e.get("anonymous", False)),
        "title": x["subject"],
        "content": x["body"],
        "district": e.get("district", ""),
    }
    return (json.dumps(obj, ensure_ascii=False, indent=2) + "\n").encode("utf-8")

def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.startswith(ME + "-"):
            os.remove(os.path.join(OUT, f))
    rows = ["path\tcategory\tconfidential\treason\tdepartment\tpriority\tlanguage\thard"]
    nums = [x["num"] for x in LETTERS]
    assert nums == list(range(1, 61)), nums
    for x in LETTERS:
        ext = "json" if x["kind"] == "json" else "eml"
        fn = "%s-%03d-%s.%s" % (ME, x["num"], x["slug"], ext)
        data = build_json(x) if ext == "json" else build_eml(x)
        with open(os.path.join(OUT, fn), "wb") as fh:
            fh.write(data)
        assert len(x["labels"]) == 7, (x["num"], x["labels"])
        rows.append("letters/" + fn + "\t" + "\t".join(x["labels"]))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(rows) + "\n")
    print("wrote %d letters" % len(LETTERS))

if __name__ == "__main__":
    main()
