#!/usr/bin/env python3
"""w23: 60 letters from foreign residents/visitors and the Chinese people around them."""
import json, os, html, datetime
from email.header import Header
from email.utils import formataddr, format_datetime

ME = "w23"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "letters")
TZ = datetime.timezone(datetime.timedelta(hours=8))

# (num, slug, kind, from_name, from_addr, date "YYYY-MM-DD HH:MM", subject, body,
#  category, confidential, reason, department, priority, language, hard)
# kind: eml | html | multi | json ; for json from_* are replaced by a dict in `form`.
L = []

def add(num, slug, kind, name, addr, date, subject, body, cat, conf, reason, dept, prio, lang, hard, form=None):
    L.append(dict(num=num, slug=slug, kind=kind, name=name, addr=addr, date=date, subject=subject,
                  body=body.strip("\n"), cat=cat, conf=conf, reason=reason, dept=dept, prio=prio,
                  lang=lang, hard=hard, form=form or {}))

add(1, "residence-permit-new-employer", "eml", "Daniel Whitcombe", "d.whitcombe@example.net", "2026-10-03 09:41",
"Residence permit when changing employer - which documents?", """
Dear Sir or Madam,

I am a US citizen working as a process engineer in the Hexi Economic Zone. My current work-type residence permit is valid until March 2027, but I am moving to a new employer (also in the city) on 1 December.

Could you tell me:
- whether my residence permit is cancelled when my old company de-registers my work permit, or whether it stays valid until the new one is issued;
- which documents the exit-entry office will need from the new company (business licence copy, invitation letter, anything else?);
- how many days I have to complete the change.

I would like to avoid any gap in which I am technically in the country without valid status. Thank you for your help.

Best regards,
Daniel Whitcombe
+86 139 0000 2741
""", "consultation", "no", "-", "Public Security Bureau", "normal", "en", "-")

add(2, "passport-thrown-window", "eml", "Amara Okonkwo-Reid", "amara.or@example.com", "2026-10-15 20:12",
"Treatment at the exit-entry hall on 14 October", """
To the Mayor's Office,

On Wednesday 14 October around 10:40 I was at window 3 of the exit-entry hall on Jianxin Road to collect my passport after a visa extension. The officer on duty, a man of about forty with glasses (badge number beginning 27), called my number, and when I asked in English whether the new visa was single or multiple entry he threw the passport across the counter so that it fell on the floor. He said in Chinese, loudly, that if I live here I should learn to speak properly, and then waved the next person forward while I was still picking it up.

Several people in the queue laughed. I have lived here six years and I do speak some Chinese, but I was nervous and wanted to be sure.

I am not asking for anything dramatic. I would like someone to speak to him, and I would still like an answer to my question, which nobody gave me.

Amara Okonkwo-Reid
Tel. 186-0000-3319
""", "complaint", "yes", "a", "Public Security Bureau", "normal", "en", "-")

add(3, "landlord-student-registration", "eml", "苗建平", "miaojp@example.org", "2026-10-06 21:05",
"出租房给留学生，要怎么做住宿登记？", """
您好！我在桂苑小区有一套两居室，这个月租给了一个哈萨克斯坦来的留学生，在理工大学读研。中介跟我说外国人住进来要去派出所登记，不登记房东要被罚款，可学生说学校已经帮他登记过了。

想问一下：
1. 住在校外的话，是房东登记还是学生自己登记？
2. 需要带什么材料，房产证要原件吗？
3. 能不能在网上或者手机上办，不用跑派出所？

我白天要上班，希望能少跑几趟。谢谢！
苗先生 137 0000 6082
""", "consultation", "no", "-", "Public Security Bureau", "normal", "zh", "-")

add(4, "charger-supplier-deposit", "eml", "Chukwuemeka Obi", "emeka.obi@mail.example", "2026-10-08 15:30",
"supplier take my deposit and send bad goods", """
Good day sir,

My name is Chukwuemeka Obi, i am trader from Nigeria, i buy phone accessories in the Xinhua wholesale market, 3rd floor. In september i pay deposit 18,000 RMB to one shop (shop no. 3-117, the name is Haoyun Digital) for 4000 pcs chargers. When the goods reach Lagos my customer open the carton and more then half the chargers is not working, some is even give burning smell. I send video to the shop owner, first he say ok he will change, now he block my wechat and when i go to the shop he say i am not his customer.

I have the receipt and the chat record. Please sir, help me to get back my money or make him change the goods. I am not here to make trouble i just want fair business. The chargers also can be dangerous for people.

Thank you
Obi
WhatsApp +234 803 0000 412 / China 155 0000 9016
""", "demand", "no", "-", "Market Regulation Administration", "normal", "en", "typos")

add(5, "museum-hours-russian-group", "eml", "Olga Merkulova", "olga.merk@example.net", "2026-10-02 07:58",
"Museum open time and ticket question", """
Hello,

We are group of 4 persons from Novosibirsk, we will be in your city 22-25 October. We want visit city history museum and also the old porcelain museum. Please can you say what time they are open, is it close on Monday? Also we need buy ticket before in internet or we can buy on the place? We have only passport, not chinese ID card, is ok for the ticket?

Sorry my english is not so good.
Thank you very much,
Olga
""", "information", "no", "-", "Culture and Tourism Bureau", "normal", "en", "typos")

add(6, "child-refused-emergency", "eml", "Kim Soo-yeon", "sooyeon.kim@example.org", "2026-11-04 11:20",
"My son was refused at the children's emergency, First People's Hospital", """
Dear Mayor's mailbox,

On the night of 3 November my son (4 years old) had a fever of 39.8 and was vomiting. We went to the paediatric emergency of the First People's Hospital at about 1 a.m. The triage nurse was fine, but the doctor on duty in room 2 - a young male doctor, the name on the screen was Dr. Zhou - refused to examine him because the registration showed "ID type: passport". He said he "doesn't do foreigners at night, go to the international clinic". There is no international clinic open at 1 a.m.

When my husband asked him to at least look at the boy, he raised his voice and called the security guard to take us out. We waited in the corridor for 40 minutes until another doctor arrived and saw my son.

My son is fine now. But this could have been very dangerous. I want the hospital to explain how a doctor can refuse a sick child because of his passport.

Kim Soo-yeon
Xiangyang Road, Apt 12-1802
Phone 133 0000 5820
""", "complaint", "yes", "a", "Health Commission", "normal", "en", "-")

add(7, "metro-english-announcements", "eml", "Martin Lindqvist", "martin.lindqvist@example.com", "2026-10-10 18:44",
"Suggestion: correct the English announcements on Metro Line 2", """
Hello,

I ride Line 2 every day and I would like to suggest a few small fixes, which would help the many foreign visitors coming for the trade fair.

1. The English announcement at Baiyun Gate says "the doors on the left side will be open" while the doors actually open on the right.
2. Station names are announced in pinyin in some cars and translated ("Cloud Gate") in others, and the maps use a third version. Please choose one.
3. At transfer stations the English exit signs show letters only, while the Chinese ones also say which street. Adding the street name in pinyin would be enough.

I am happy to ride the line with someone from the metro company and mark the problems, if that is useful.

Kind regards,
Martin Lindqvist (Swedish, living in Dongcheng for 4 years)
""", "suggestion", "no", "-", "Transport Bureau", "normal", "en", "-")

add(8, "teacher-salary-three-months", "eml", "R. Haddad", "rh.teach@example.org", "2026-10-21 23:02",
"Three months salary not paid - training school", """
Dear Sir/Madam,

I teach English at a private training centre on the 5th floor of Tianyu Plaza (Bright Bridge Education). Since August the school has not paid my salary - three months, about 42,000 RMB in total. Two Chinese teaching assistants are also unpaid. The manager keeps saying "next week, after the new term money comes".

The difficulty is that my work permit and my residence permit are both sponsored by this school. Last month a colleague asked for his money and the manager told him, in front of us, that "the school can cancel your permit any day". So I am writing this with some worry. My visa is in their hands, and there are only two foreign teachers there.

I would just like to be paid what I earned. I can provide my contract and bank statements.

R. Haddad
""", "demand", "yes", "c", "Human Resources and Social Security Bureau", "normal", "en", "-")

add(9, "exit-entry-queue-system", "eml", "蒋颖", "jiangying88@example.net", "2026-11-05 16:37",
"出入境大厅预约系统天天崩，排队排到中午", """
我丈夫是德国人，这次要换发居留许可。网上预约系统连续三天打不开，显示“系统繁忙，请稍后再试”，打１２３４５问，说可以现场取号。结果１１月５日早上７点半去排队，前面已经有６０多个人，取号机只放８０个号，到１１点多才叫到我们，中间只开了两个窗口。

我不是说窗口工作人员态度不好，她们其实挺客气的，一直在忙。问题是系统和安排：预约系统能不能修好？人多的时候能不能多开几个窗口？很多外国人请一天假来办事不容易。

蒋颖　１３８－００００－７７６２
""", "complaint", "no", "-", "Public Security Bureau", "normal", "zh", "fullwidth")

add(10, "iit-allowances-2026", "json", "", "", "2026-10-12 13:15", "", "", "consultation", "no", "-", "Taxation Bureau", "normal", "en", "two-intents",
form=dict(name="Priya Raman", phone="+86 150 0000 3378", email="priya.raman@example.com", anonymous=False,
title="Question about IIT for foreigners 2026 (allowances vs deductions)",
content="Hello. I am an Indian national working for a software company here since 2023. For my 2026 individual income tax, a colleague told me the tax-free treatment of housing and children's education allowances for foreigners is ending. Could you confirm whether I can still use the allowance method for 2026, or must I switch to the special additional deductions like Chinese residents? If I switch, can my daughter's international school fees be deducted at all?\n\nAlso a small second question: my landlord refuses to give me a fapiao for the rent. Is there any way I can still claim the housing rent deduction without it?\n\nThank you.",
district="Gaoxin District"))

add(11, "thanks-officer-wang", "eml", "Ingrid Vos", "ingrid.vos@example.org", "2026-10-24 10:05",
"Thank you to Officer Wang Lei at the exit-entry office", """
Dear Mayor,

I only want to say thank you. On 20 October my husband's residence permit was about to expire because his company sent the documents late. Officer Wang Lei at the exit-entry office of the Beihu branch stayed after closing time to check our papers, told us exactly what was missing, and called us the next morning when the company's letter finally arrived. He did all this with patience, a sense of humour and quite good English.

Please tell his superiors. We are happy for you to use our names if you pass this on.

Ingrid and Pieter Vos
Nanshan Garden, Building 7
""", "information", "no", "-", "Public Security Bureau", "normal", "en", "-")

add(12, "ceiling-leak-empty-flat", "eml", "Takahashi Yuko", "y.takahashi@example.jp.example", "2026-10-31 09:26",
"Water leaking from the ceiling for 3 weeks - property management does nothing", """
Dear Sir or Madam,

We are a Japanese family living at Jinxiu Riverside, Building 3, Unit 2, Room 1502. Since around 10 October water has been leaking from our bathroom ceiling, and now also in the corridor near my daughter's bedroom. The ceiling board is swelling and there is mould.

We believe the water comes from the flat above (1602). Nobody lives there and the owner is abroad. The property management company (Jiahe Property) came twice, took photos and said they cannot enter 1602 without the owner and that it is "between neighbours". We do not have the owner's contact.

We are worried about the electricity near the wet ceiling and about the mould for our children. Could the relevant department please ask the property company to contact the owner, or to open the flat with the police present, and stop the leak?

Thank you very much for your help.
Takahashi Yuko (Mrs.)
Mobile 135 0000 4471
""", "demand", "no", "-", "Housing and Urban-Rural Development Bureau", "normal", "en", "-")

add(13, "warehouse-approval-consultant", "multi", "Helen Qiao", "helen.qiao@lingang-components.example", "2026-10-19 17:48",
"Our warehouse extension approval and a \"consultant\" we were introduced to", """
Dear Sir/Madam,

I am the HR and administration manager of a German-invested component manufacturer in the Lingang Industrial Park. We have been waiting since June for the planning approval of our warehouse extension. All documents were accepted in July.

In September, at a dinner after a business meeting, the deputy director of the park's construction office, Mr. Fang, told our general manager that things "move very slowly without a guide" and gave him the card of a consulting firm, Ruitong Advisory. Ruitong then quoted us 260,000 RMB for "approval facilitation". Their registered address turns out to be in the same office building as a travel agency run by Mr. Fang's wife. Our lawyer also noticed that two other companies in the park used Ruitong and got their approvals within a month.

Our headquarters has a strict anti-bribery policy and we will not pay. But we also cannot wait forever. We ask that this be looked into and that our application simply be processed normally. We would prefer that the park office is not told where this information came from while our application is still open.

Helen Qiao
HR & Administration Manager
""", "complaint", "yes", "a", "Discipline Inspection Commission", "normal", "en", "indirect")

add(14, "interpreter-legal-aid-client", "eml", "Lin Xiaowen", "lin.xw.interpreting@example.com", "2026-10-27 14:02",
"Legal aid for a foreign national - on behalf of my client", """
Dear Sir or Madam,

I am a freelance Urdu/English-Chinese interpreter. I am writing for my client, Mr. Imran Qureshi, a Pakistani national who has lived here for nine years and runs a small textile trading company. He is going through a divorce with his Chinese wife and there is a dispute about custody of their son. He asked me to pass on his message; below is his text, translated as closely as I can:

> "I do not have much money now because the company account is frozen in the dispute. Can a foreigner receive legal aid in this city? If yes, where should I apply and which papers are needed? I have a residence permit but my passport is at the exit-entry office for renewal. Will the lawyer speak English, or can my interpreter come with me?"

I would add one question of my own: if legal aid is granted, is the interpreter's fee covered, or must the client pay it himself?

Thank you,
Lin Xiaowen
159 0000 2280
""", "consultation", "no", "-", "Justice Bureau", "normal", "en", "quoted")

add(15, "airport-bus-midnight", "json", "", "", "2026-11-06 22:40", "", "", "information", "no", "-", "Transport Bureau", "normal", "en", "short",
form=dict(name="Tomas R.", phone="", email="tomas.r@example.net", anonymous=False,
title="airport bus after midnight?",
content="Does airport bus line 3 to East Railway Station still run after 00:30? I land 23:55 on 8 Nov.",
district=""))

add(16, "one-stop-desk-foreign-sme", "multi", "Jean-Marc Delorme", "jm.delorme@example.fr.example", "2026-10-14 08:55",
"Proposal: one English-speaking contact point for foreign-invested companies", """
Dear Mayor,

On behalf of about thirty French and Belgian small and medium companies in the city, I would like to make a proposal.

Today a foreign SME that wants to expand here must deal with the approval windows, the tax office, the social insurance centre, the exit-entry office and the park committee separately, usually through an agent, because most written guidance exists only in Chinese. Many of our members say the rules are fair; finding them is the hard part.

We suggest:
- one named contact desk at the Commerce and Investment Promotion Bureau, with English-speaking staff, which can answer first questions and book appointments with the other offices;
- a yearly open day where officials of the different bureaus meet foreign companies together;
- a short English summary of each new policy affecting foreign companies, posted on one page.

Similar desks exist in several cities in the Yangtze River Delta. We would be glad to share our members' list of recurring questions to help prepare.

Respectfully,
Jean-Marc Delorme
Chair, Franco-Belgian Business Circle
""", "suggestion", "no", "-", "Commerce and Investment Promotion Bureau", "normal", "en", "-")

add(17, "inspectors-took-phones", "eml", "Moussa Diallo", "moussa.diallo224@example.com", "2026-10-28 12:17",
"inspection team take my goods no paper", """
Dear mayor office,

I am Moussa Diallo from Guinea, i have small shop in the Qiaonan commodity market, stall B-44, i sell phone and cosmetic. On 27 October four persons from market inspection come, they say some cream have no chinese label. ok, maybe is true, i accept to check. But they take 3 boxes of cream and also 6 phones which is not related, and they give me no paper, no list, nothing. The one who is the leader, tall man, he have a scar on the hand, he take one phone (new Huawei) and put in his own pocket, i see it and my neighbour see it also. When i ask for paper he say "you want to go back Africa?" and laugh.

I want my phones back and a paper what they take. If the cream is wrong i can pay the fine, no problem. But this is not right.

Moussa
152 0000 6634
""", "complaint", "yes", "a", "Market Regulation Administration", "normal", "en", "typos")

add(18, "night-piling-international-apartments", "eml", "符晓庆", "fxq1979@example.net", "2026-10-29 07:12",
"举报：国际公寓旁工地每天夜里施工", """
我住在枫林国际公寓，这栋楼住的多半是外企员工和外教，我是给一家外国人家庭做住家阿姨的。公寓东边那块地（听说是盖商场）从十月中旬开始，每天晚上十一点以后还在打桩、运渣土，一直干到凌晨三四点，震得窗户嗡嗡响。我照顾的两个孩子一个三岁一个七岁，天天半夜被吵醒哭。雇主不会中文，让我帮忙写这封信。

工地门口没看到夜间施工许可，问门卫，门卫说“老板说了算”。请有关部门去查一下，晚上别再施工了。

联系电话：177 0000 3105
""", "demand", "no", "-", "Ecology and Environment Bureau", "normal", "zh", "-")

add(19, "spouse-permit-and-driving-licence", "eml", "Gareth Pryce", "gareth.pryce@example.co.uk.example", "2026-10-05 19:30",
"Spouse residence permit and driving licence questions", """
Hello,

I am British and married my Chinese wife in Cardiff last year. We moved here in September; I came in on a Q1 visa, which says I must apply for a residence permit within 30 days of arrival.

- Which documents does the exit-entry office need for a family-reunion residence permit? Does our UK marriage certificate have to be legalised and translated, and by whom?
- Does my wife need to come with me in person, and does she need her hukou booklet?

A second, less urgent question: I hold a full UK driving licence. Can it be converted to a Chinese licence, and where would I take the theory test? Is there an English version of the test?

Many thanks,
Gareth Pryce
""", "consultation", "no", "-", "Public Security Bureau", "normal", "en", "two-intents")

add(20, "medical-card-not-activated", "json", "", "", "2026-11-10 10:48", "", "", "demand", "no", "-", "Healthcare Security Bureau", "normal", "en", "-",
form=dict(name="Lucas Ferreira", phone="139-0000-8126", email="lucas.ferreira@example.org", anonymous=False,
title="Medical insurance refused although I pay every month",
content="I am Brazilian, working at an auto parts company since January 2026. The company pays social insurance for me and I can see the medical insurance payments every month in the app. But when I was in hospital in October (appendix operation, Second Municipal Hospital) the cashier said my medical insurance card is \"not activated\" and I paid 11,460 RMB myself.\n\nThe social insurance counter sent me to the medical insurance centre, the medical insurance centre told me to ask the company, and the company says everything is done. I would like this bill to be reimbursed and the card activated so it does not happen again. I have the invoices and the discharge papers.",
district="Jiangbei District"))

add(21, "typhoon-coastal-tour", "eml", "鄭家豪", "kh.cheng@example.hk.example", "2026-11-11 08:20",
"請問本週末颱風會否影響沿海景區？", """
您好！本人係帶團導遊，本週六（１１月１４日）有一團２８位馬來西亞及新加坡遊客，行程包括海灣棧道及燈塔島。聽聞有颱風可能北上，想查詢週六、週日沿海地區嘅風力及降雨預報，以及會否發出預警信號？如需取消出海行程，我哋要盡早通知旅客。

多謝！
聯絡電話：＋８６　１３６　００００　８８１４
""", "information", "no", "-", "Meteorological Bureau", "normal", "zh", "fullwidth")

add(22, "three-visits-one-stamp", "eml", "Nathan Kowalczyk", "n.kowalczyk@example.com", "2026-10-23 16:05",
"A heartfelt thank-you for my three visits to the service hall", """
Dear Mayor,

I would like to express my deep admiration for the Government Service Hall, where I have now spent three delightful mornings trying to get one certificate stamped for a change to my company's representative office.

Visit one: I needed a notarised translation. Visit two, with the notarised translation: the translation must come from a "designated agency", a list of which exists but cannot be given to me. Visit three: the designated agency's translation is fine, but the form I downloaded from your website is the 2019 version, and the new version is only available at the hall itself, which is why I could not have known.

To be fair, every clerk I spoke to was perfectly polite, and I suspect each of them followed the instructions they had been given. That is precisely the problem. Perhaps someone could put the current form and the current list on the website, so that the next foreigner only needs to enjoy the experience once.

With warm regards,
Nathan Kowalczyk
""", "complaint", "no", "-", "Administrative Approval Bureau", "normal", "en", "sarcasm")

add(23, "airport-taxi-300", "eml", "Sipho Ndlovu", "sipho.ndlovu@example.net", "2026-10-20 09:03",
"Taxi from airport 不打表 and refused 发票", """
Hi,

On Sunday night 18 Oct I took a taxi from T2, plate ending in 3K7. The driver said "bu da biao, 300 kuai" (不打表) to go to the Huaqiao Hotel - normally 90-100 by meter. When I said 打表 please, he said "no meter, foreigner 300" and kept the doors locked until I paid. Then I asked for a 发票 and he said 没有.

I have a photo of his 服务监督卡 on the dashboard, with the number 0000-418, and the time. Please make him refund the difference and check this company, because all my colleagues coming for the fair next month will land at the same airport.

Sipho Ndlovu
WeChat: sipho_za
""", "demand", "no", "-", "Transport Bureau", "normal", "en", "mixed")

add(24, "teacher-mocks-accent", "eml", "葛淑华", "geshuhua@example.com", "2026-10-20 21:40",
"孩子在学校被老师当众取笑", """
我儿子在育英路小学读三年级，他爸爸是法国人，孩子在法国长到七岁才回国，中文发音还不太标准。

这个学期换了语文老师，姓邓。儿子回家说，邓老师上课叫他读课文，读错了就让全班跟着学他的口音，还说“外国人就是学不会，回你们法国去读吧”。上周五因为作业字写得不好，被罚站在走廊一节课。现在孩子早上哭着不愿意去上学，还问我他是不是不该是“混血”。

我找过班主任，班主任说邓老师是年级组长，让我“多理解”。

我希望教育局能过问一下。孩子还要在这个学校读三年，所以请不要让学校知道是我们家反映的，能不能用抽查的方式去了解？

葛女士 139 0000 5527
""", "complaint", "yes", "a", "Education Bureau", "normal", "zh", "-")

add(25, "factory-keeps-passports", "json", "", "", "2026-10-17 22:51", "", "", "demand", "yes", "b", "Public Security Bureau", "normal", "en", "typos",
form=dict(name="", phone="", email="", anonymous=True,
title="company keep our passport",
content="we are 11 workers from Indonesia working in a fish processing factory near the Dongtan port. when we come the company take our passports for 'visa process' and now 8 month they not give back. we ask many times, the supervisor say if we want passport we must pay 5000 each or finish 2 year contract. we cannot go home for family emergency, one of us his mother is very sick. please help us get passport back. the factory name is Haixing Aquatic, the building with blue roof after the second bridge.",
district="Dongtan Port Area"))

add(26, "cafe-licence-foreign-individual", "eml", "Elena Russo", "elena.russo@example.com", "2026-10-09 15:22",
"Opening a small cafe as a foreign individual - business licence?", """
Good afternoon,

I am Italian, married to a Chinese citizen, and I hold a family residence permit valid until 2029. I would like to open a small café (about 40 m², six tables) in the old town near the Drum Tower.

Could you please tell me:
- Can I register as an individual business as a foreigner, or must I set up a foreign-invested company?
- If a company is necessary, is there a minimum registered capital, and can the licence be applied for online?
- Is the food business licence a separate application, and who inspects the kitchen?

I have read the website, but the English pages are several years old and I am not sure they are still valid.

Grazie,
Elena Russo
""", "consultation", "no", "-", "Market Regulation Administration", "normal", "en", "-")

add(27, "lantern-festival-dates", "html", "Nakamura Kenji", "k.nakamura@example.net", "2026-10-16 20:10",
"Autumn lantern festival dates and English tours", """
Hello,

My family (two adults and two children, 6 and 9) would like to visit the autumn lantern festival at Jingxin Park. We saw posters in the metro but could not read the dates.

Could you tell us the dates and opening hours, whether tickets are needed, and whether there are guided tours or audio guides in English or Japanese? Is it very crowded at weekends - would a weekday evening be better?

Thank you,
Nakamura
""", "information", "no", "-", "Culture and Tourism Bureau", "normal", "en", "-")

add(28, "hotel-guest-passport-receipt", "eml", "孟佳", "frontdesk.binjiang@example.com", "2026-11-08 21:47",
"外籍客人护照在出入境办签证，只有回执能否入住？", """
您好，我是滨江一家商务酒店的前台。今天晚上来了一位俄罗斯客人，说他的护照交到出入境管理部门办延期了，手上只有一张受理回执，上面有他的照片和护照号。

我们系统里境外人员住宿登记必须录护照信息，值班经理也拿不准能不能接待。想问一下：
1. 凭这种受理回执能不能办理入住和住宿登记？
2. 如果可以，系统里证件类型应该选什么？
3. 以后再遇到这种情况，我们应该打哪个电话确认？

客人现在还在大堂等着，麻烦尽快回复，谢谢！
前台 孟佳  总机 0000-8866 转前台
""", "consultation", "no", "-", "Public Security Bureau", "normal", "zh", "-")

add(29, "hospital-app-passport", "html", "Fatima Yusuf", "fatima.yusuf@example.org", "2026-10-26 12:34",
"Suggestion: English option in the public hospitals' booking app", """
Dear Sir or Madam,

The city's unified hospital appointment mini-program is excellent for Chinese residents, but for foreigners it is almost impossible to use: it asks for an 18-digit ID number, so a passport number cannot be entered, and all department names are in Chinese only.

Could the city consider allowing passport and permanent residence card numbers, an English version of at least the department list and the payment page, and a small notice in each hospital's registration hall explaining where people without WeChat can pay?

There are now several thousand foreign students and workers in the city. Most of us just walk in and queue for a number, which takes a place from someone who could have booked.

Thank you for considering this.
Fatima Yusuf
""", "suggestion", "no", "-", "Health Commission", "normal", "en", "-")

add(30, "traffic-officer-cash", "eml", "Liam Botha", "liam.botha@example.com", "2026-10-31 08:15",
"Traffic officer asked for 200 yuan cash, no ticket", """
To whom it may concern,

On 30 October at about 18:20 I was riding my electric bike home along Wuyi Avenue, near the crossing with Chaoyang Road. A traffic officer stopped me because the bike had no number plate yet - I bought it four days earlier and have the shop receipt and the appointment slip for the plate.

He did not want to look at the receipt. He said the fine was 200 yuan and that I had to pay him in cash there, otherwise the bike would be taken away. I paid because I needed the bike to get home. He gave me no ticket and no receipt and wrote nothing down. His colleague stood across the road and did not come over. The number on his shoulder ended in 36, and their police motorbike was parked in front of the Bank of Communications branch.

I do not mind paying a fine if I broke a rule. But it should be a real fine, with a real ticket.

Liam Botha, English teacher
Phone 188 0000 2957
""", "complaint", "yes", "a", "Public Security Bureau", "normal", "en", "-")

add(31, "brown-tap-water", "json", "", "", "2026-10-09 07:05", "", "", "demand", "no", "-", "Water Affairs Bureau", "normal", "en", "short",
form=dict(name="Tan Mei Ling", phone="+86 132 0000 4867", email="", anonymous=False,
title="brown water",
content="Tap water brown for 6 days now, Lanting Garden bldg 4. Kids can't shower. Pls fix.",
district="Xiguan"))

add(32, "korean-child-public-school", "eml", "Park Ji-hoon", "jh.park@example.kr.example", "2026-11-02 13:50",
"Can foreign children enrol in a public primary school?", """
Dear Sir/Madam,

My company has transferred me here from Seoul for at least three years. My daughter will be six next August, and we are thinking about a local public primary school instead of an international school, so that she learns Chinese well.

Is it possible for foreign children to enrol in public primary schools here? If so: which documents are needed (passport, residence permit, rental contract, vaccination record?); is the school decided by our rented address; when does registration open for September 2027; and are the fees the same as for Chinese children?

Thank you very much for your guidance.
Park Ji-hoon
Yuhua District, +86 131 0000 6604
""", "consultation", "no", "-", "Education Bureau", "normal", "en", "-")

add(33, "development-contribution-napkin", "eml", "Victor Mendes", "victor.mendes@example.net", "2026-10-12 22:18",
"Question about the \"school development contribution\"", """
Dear Sir or Madam,

We are a Portuguese family. In August we applied for our son to join Grade 5 at Hongqiao Road Experimental School, the public school nearest our flat. The school told us in writing that there were no places.

Two weeks later the vice-principal, Mr. Tang, invited my wife and me for tea at a teahouse outside the school. He explained that places "can appear" for families who make a "development contribution" of 30,000 yuan, and that the money should be transferred to an education consulting company rather than to the school, "to keep the accounts simple". He wrote the company's account number on a napkin, which I still have.

We have not paid. Is this a normal fee for foreign families? We could not find it on any official list. Our son is still on the waiting list, and we would rather this letter did not make his chances worse.

Victor Mendes
""", "complaint", "yes", "a", "Education Bureau", "normal", "en", "indirect")

add(34, "russian-signs-scenic-spots", "eml", "小周", "guide.zhou@example.org", "2026-11-01 20:26",
"建议景区增加俄文标识和讲解", """
您好，我是一名俄语导游，带俄罗斯和中亚的团已经八年了。今年以来俄语游客明显多了很多，但我们市几个主要景区，像青龙山、古城墙、民俗村，标识只有中英文，讲解器也没有俄语版。很多老年游客不懂英语，问厕所、问出口都得找我。

建议：
一、主要景区的导览图、安全提示和出口标识加上俄文；
二、电子讲解器增加俄语版本；
三、售票处放一张俄文的票价和优惠说明。

另外说明一下：我和其中几个景区的合作还在谈，不方便让他们知道这些意见是我提的，请不要把我的名字和电话转给景区。谢谢。
""", "suggestion", "yes", "b", "Culture and Tourism Bureau", "normal", "zh", "-")

add(35, "road-works-block-factory-gate", "eml", "罗佩", "luopei.hr@hanjin-elec.example", "2026-11-04 10:30",
"厂区门口道路施工堵住货车通道，请协调", """
尊敬的领导：

我们是一家位于临江工业园的韩资电子企业，员工约六百人。十月二十日起，园区纬三路进行管网改造，施工单位把我们厂区唯一的货车出入口挖断了，只留了一条人行便道。事先没有任何通知，现在原料车和出货车只能停在两公里外，用小货车倒运，每天多花一万多元，韩国总部已经在问交货会不会延误。

我们联系过施工单位，他们说工期要到十二月底，让我们找园区；园区又说这是市里的项目。恳请帮忙协调，施工期间给我们留一个临时货车通道。

另外顺便问一下，园区这半个月停了三次电，每次都没有提前通知，生产线重启损失很大，不知道应该向哪个部门反映？

罗佩　人事行政部经理　电话 186 0000 9431
""", "demand", "no", "-", "Commerce and Investment Promotion Bureau", "normal", "zh", "two-intents")

add(36, "thanks-from-newcomer", "html", "Hannah Schreiber", "h.schreiber@example.de.example", "2026-11-16 19:02",
"Thank you from a newcomer", """
Dear Mayor and everyone at the hotline,

I arrived in September to teach German at the university and I was, honestly, quite afraid of the bureaucracy. In two months I have called your hotline four times: for a lost bank card, a bus question, a question about my rubbish bins and, embarrassingly, because I could not find the post office. Every time somebody found an answer, once with the help of a colleague who spoke English.

Nothing to request. I just wanted you to know that it makes a difference for people like me.

With gratitude,
Hannah Schreiber
""", "information", "no", "-", "none", "normal", "en", "-")

add(37, "hotline-five-weeks-no-reply", "eml", "Rafael Ortega", "rafa.ortega@example.com", "2026-11-06 11:44",
"Fwd: Your message has been received (ref 2026-09-0000-5532) - still nothing", """
Dear Sir or Madam,

I am forwarding the automatic reply I received more than five weeks ago. Since then nothing has happened.

-------- Forwarded Message --------
From: 12345 Hotline <noreply@city.example>
Date: 29 September 2026
Subject: Your message has been received

> Dear citizen, your request has been received and will be transferred to the responsible department. You will receive a reply within 5 working days. Reference: 2026-09-0000-5532.
--------

My original question was simple: where can I take old electronics for recycling. Since then I have called the hotline twice and pressed 9 for English. The first time the music played for 14 minutes and then the line was cut. The second time, at 11 a.m. on a Wednesday, I was told the English service "is not available now".

I understand the hotline is busy. But an automatic promise of five working days that becomes five weeks is worse than no promise. Please check what happened to this reference, and tell me whether the English line actually works.

Rafael Ortega
""", "complaint", "no", "-", "Municipal Government Office", "normal", "en", "quoted")

add(38, "pension-refund-stuck", "eml", "Andrei Popescu", "andrei.popescu@example.ro.example", "2026-11-03 09:12",
"Pension contribution refund - application stuck since August", """
Dear Sir/Madam,

I am a Romanian engineer. I worked for a wind turbine company here from 2019 to July 2026, and I will leave China for good on 15 December. In August I applied at the Chengnan social insurance service centre for the one-off payment of my personal pension account, as foreigners may do when they leave permanently. I submitted the termination letter, my passport and my bank details.

Since then the status in the system has shown "under review". At the counter in October I was told it is "with the higher level". My flight is booked, and once I am back in Romania it will be very difficult to follow this up.

Please help to have my application processed before I leave.
Application receipt: SB-0000-20260812-077

Andrei Popescu, 151 0000 7740
""", "demand", "no", "-", "Human Resources and Social Security Bureau", "normal", "en", "-")

add(39, "landlord-cuts-power", "eml", "唐小芬", "tangxf@example.net", "2026-10-27 23:36",
"房东断电逼我们搬走，求助", """
我是中国人，丈夫是尼日利亚人，我们在石牌村租了一间一楼的门面带住房，合同签到明年六月，押金一万二。上个月房东突然说要涨租金百分之四十，我们说合同还没到期，他就开始每天晚上拉闸断电，冰柜里的货（我们卖冻品）坏了好几箱。昨天他又把门口的水管剪了。

村里人都说房东是村支书的亲弟弟，报警也没什么用。他当着我的面跟我丈夫说：“你一个外国人，信不信我让你签证都续不了。”我丈夫的居留许可明年三月到期，我们真的很怕，也不知道写这封信会不会让事情更糟。

我们不想闹大，只想按合同住到期，或者退押金、赔货款让我们搬走。

唐女士　手机 130 0000 6218
""", "demand", "yes", "c", "Housing and Urban-Rural Development Bureau", "normal", "zh", "-")

add(40, "forced-jade-shopping", "eml", "Dmitry Sokolov", "d.sokolov@example.ru.example", "2026-11-05 22:03",
"tour agency force us to buy jade, please help return money", """
Hello,

We are tourists from Vladivostok, group of 14 person, we come with tour "Golden Autumn 5 days" from agency Ruyi International Travel (local agency, our russian agency is partner). On day 3 the guide (chinese man, speak russian, he say his name Sasha) bring us to "jade factory" and lock the bus, say we cannot go until everybody buy something. We stay there 3 hours. My wife buy bracelet for 6800 yuan because old people in group was tired and want to go. Later in hotel a russian woman who live here say is not real jade, is glass.

Also the programme say visit to lake and temple, but we visit only the jade and one tea shop.

Please help us, we want money back for bracelet and the agency must explain. We leave to Russia on 9 November.

Dmitry Sokolov
+7 914 0000 381
""", "demand", "no", "-", "Culture and Tourism Bureau", "normal", "en", "typos")

add(41, "metro-visa-card", "json", "", "", "2026-10-04 18:27", "", "", "information", "no", "-", "Transport Bureau", "normal", "en", "-",
form=dict(name="Chloe Barnes", phone="", email="chloe.barnes@example.com", anonymous=False,
title="Can I use my Visa card at the metro gates?",
content="Hi, I am visiting from Australia for a week. Can I tap my Visa or Mastercard directly at the metro gates, or do I need to buy a single-journey ticket or a transport card? Where can I buy a transport card with cash near Central Station, and is there a deposit? Thanks!",
district=""))

add(42, "hypothetical-work-permit", "json", "", "", "2026-11-13 00:42", "", "", "consultation", "yes", "b", "Human Resources and Social Security Bureau", "normal", "en", "indirect",
form=dict(name="", phone="", email="curious.teacher@example.net", anonymous=False,
title="A hypothetical question about work permits",
content="Hello. Suppose a foreigner's work permit says \"education consultant\" for a company, but the company actually has him teaching children's classes at weekends in three different branches. Suppose he did not understand this when he signed, and now he wants to put it right.\n\nIs that foreigner the one who gets punished, or the company? Can he change the permit to the correct position without leaving the country, and does he need the company's cooperation to do it?\n\nI am asking for a friend, in a way. Please answer only to this e-mail and do not pass the address on to anyone; I would rather stay unnamed until I know where I stand.",
district="Chengbei"))

add(43, "hospital-foreign-card-payment", "eml", "", "a.specialist.writes@example.org", "2026-10-18 21:15",
"Suggestion on payment at public hospitals", """
Dear Mayor,

I work as a foreign medical expert at one of the city's public hospitals, so I see this problem from both sides. Patients from abroad - tourists, business travellers, relatives of expats - often cannot pay at our self-service machines, which accept only WeChat, Alipay and Chinese bank cards. At night the one cashier window that takes foreign cards is closed. I have seen a tourist with a broken wrist wait two hours until a friend arrived with a phone.

I would suggest at least one 24-hour window in every public hospital that accepts international cards and cash, clear English signs pointing to it, and a simple itemised receipt in English that foreign insurers will accept.

Because of my position at the hospital I prefer that my name is not attached to this suggestion. I hope the idea can be judged on its own.

Kind regards
""", "suggestion", "yes", "b", "Health Commission", "normal", "en", "-")

add(44, "investment-official-italy-trip", "eml", "沈珂", "shenke.it@example.com", "2026-11-14 15:09",
"关于一次项目洽谈中的情况反映", """
您好，我是一名自由职业的意大利语翻译，今年九月起为一位意大利投资人做翻译。他打算在我市投资一个葡萄酒进口和仓储项目。

十月份谈项目期间，区投资促进中心的一位覃姓副主任多次在饭桌上提起他“一直想去意大利看看酒庄”，还说“项目能不能排进区里的重点名单，要看双方的诚意”。上周他发来一个行程单：六个人，十天，米兰、佛罗伦萨、托斯卡纳，让投资人这边“安排接待”，机票酒店全包。投资人问我这是不是中国的商务惯例，我不知道该怎么回答他。

投资人现在很犹豫，项目可能就这样搁置了。我觉得这件事应该让有关部门知道。

沈珂　电话 135 0000 2163
""", "complaint", "yes", "a", "Discipline Inspection Commission", "normal", "zh", "indirect")

add(45, "hotpot-shed-threat", "eml", "Nok Siriporn", "nok.thaikitchen@example.net", "2026-11-01 14:48",
"neighbour shop build a shed in front my restaurant and threaten me", """
Dear Sir,

I am Thai, I open small Thai food restaurant at Fuqian Street no. 88 for two years, all license is ok. In October the owner of the hotpot shop next door build a big iron shed on the pavement, it cover half of my door and my sign, and they put their gas bottles and rubbish under it, just in front of my window. Customer can not see my shop and the smell is very bad.

When I ask him to move it, he say he has friend in urban management and with "one phone call" my license is finish, and a foreigner should be quiet. I am alone here with my daughter and my visa is connect with my business, so I am really scared what he can do.

Please can someone check this shed, i think it is not allow on the pavement.

Nok (Siriporn)
""", "demand", "yes", "c", "Urban Management Bureau", "normal", "en", "typos")

add(46, "student-permit-six-months", "eml", "Nguyen Thi Lan", "lan.nguyen.ntu@example.edu.example", "2026-11-02 20:55",
"Visa extension: a new document at every visit", """
Dear Sir/Madam,

I am Vietnamese and I study for a master's degree at the Normal University. My study residence permit had to be renewed in October, and I went to the exit-entry office three times. The first time I was told the university's letter must be the new version. The second time, that the health check must come from one particular hospital. The third time, that the permit can only be issued for six months, not one year like my classmates, but nobody explained why.

I am worried that writing this will be noted somewhere, and that next time my renewal will be refused and I cannot finish my degree. But I think the rules should be the same for all students and written down clearly.

Could you tell me why I received only six months? And is there a list of documents for student permits that does not change from one week to the next?

Nguyen Thi Lan
""", "complaint", "yes", "c", "Public Security Bureau", "normal", "en", "two-intents")

add(47, "malaysian-trader-fapiao", "eml", "陳志偉", "cw.tan.trading@example.my.example", "2026-10-16 11:11",
"請教：外籍人士開辦的貿易公司開具發票問題", """
您好！本人係馬來西亞籍，今年喺貴市註冊咗一間小型貿易公司（外商獨資），主要做榴槤及椰子製品進口。想請教幾個問題：

１．公司啱啱成立，係咪一定要先申請成為一般納稅人，先可以開增值稅專用發票？
２．客戶要求開「數電發票」，我哋唔識操作，稅務局有冇英文或者繁體中文嘅操作指引？
３．進口環節已經繳咗增值稅，呢部分點樣抵扣？

麻煩指點，多謝！
陳志偉　＋６０　１２－００００　５５８
""", "consultation", "no", "-", "Taxation Bureau", "normal", "zh", "fullwidth")

add(48, "iit-app-so-international", "eml", "郝晓岚", "haoxiaolan@example.com", "2026-11-19 17:26",
"个税App真是“国际化”啊", """
我是一家外资企业的人事专员，负责给公司四十多位外籍员工办个税相关的事。贵局的个税App真是太“国际化”了：带字母的护照号码输不进去，外国人姓名超过二十个字母自动截断，英文界面点进去一半还是中文，客服电话按了三次转人工都是“坐席忙”。

这个月我们已经跑了办税服务厅两趟，每次窗口都说“系统问题，我们也没办法”——说实话，人家确实也没办法。

这不是哪个人的问题，是系统的问题。能不能把外籍人员的录入功能修一修？十二月就要确认明年的专项附加扣除了，我可不想再抱着四十多本护照去大厅排队。

郝晓岚 159 0000 3640
""", "complaint", "no", "-", "Taxation Bureau", "normal", "zh", "sarcasm")

add(49, "legal-aid-address", "eml", "Yasmin Haddou", "yasmin.haddou@example.org", "2026-10-22 10:39",
"Address and hours of the legal aid centre", """
Hello,

Could you tell me the address and opening hours of the city legal aid centre, and whether I need to book before going? I am Moroccan and my Chinese is basic - may I bring a friend to interpret, or are there English speakers at the centre? It is about a rental deposit.

Thank you,
Yasmin
""", "information", "no", "-", "Justice Bureau", "normal", "en", "-")

add(50, "foreign-marriage-saturday", "json", "", "", "2026-11-20 08:34", "", "", "information", "no", "-", "Civil Affairs Bureau", "normal", "zh", "short",
form=dict(name="钱蓓", phone="180 0000 2514", email="", anonymous=False,
title="涉外婚姻登记周末上班吗",
content="请问涉外婚姻登记处周六开门吗？几点到几点？",
district=""))

add(51, "gas-smell-corridor", "eml", "Sato Miki", "miki.sato@example.net", "2026-11-18 09:47",
"URGENT gas smell in corridor since morning", """
Hello, we live at Building 6, Lihu Garden, 9th floor. Since about 8 this morning there is a strong gas smell in the corridor and the stairway, worst near flat 903, where nobody answers the door. I called the property company and they said gas is the gas company's business, and the gas company number is busy.

My children are at home with the nanny. I have opened the windows and told the neighbours not to use the lift or light switches. Please send someone quickly.

Sato Miki, 138 0000 1957
""", "demand", "no", "-", "Emergency Management Bureau", "high", "en", "-")

add(52, "open-manhole-school-gate", "eml", "Dev Patel", "dev.patel@example.com", "2026-10-22 08:06",
"Missing 井盖 on the footpath outside the international school - danger", """
Hi, this morning walking my kids to school I saw that the 井盖 (manhole cover) on the footpath of Xinghe Lu, right in front of the gate of Westbridge International School, is gone - just an open hole, maybe 2 metres deep, with water running at the bottom. Somebody put one 雪糕筒 next to it, that's all.

Hundreds of kids pass there 7:30-8:00 and again at 15:30, and in the evening the streetlight there is broken so you can't see it at all. Please send someone today, 越快越好. I told the school security, they said "not our area".

Dev Patel, 186 0000 5503
""", "demand", "no", "-", "Water Affairs Bureau", "high", "en", "mixed")

add(53, "bilingual-waste-sorting", "eml", "Anneke de Groot", "anneke.degroot@example.nl.example", "2026-10-13 19:19",
"Waste sorting instructions in English for residential compounds", """
Dear Mayor,

Since the new waste sorting rules started, our compound has bins in four colours and a volunteer who watches us in the evening. I fully support the idea. The trouble is that the instructions on the bins are only in Chinese and the pictures are small. About a third of the residents in our building are foreign, and many simply put everything in "other waste" to be safe, which the volunteer then has to sort again by hand.

A one-page bilingual leaflet (Chinese/English, perhaps also Korean and Russian), which property companies could put up in lifts and hand to new tenants, would solve most of it. I would be glad to help check the English.

Best wishes,
Anneke de Groot, Yinhe Residence
""", "suggestion", "no", "-", "Urban Management Bureau", "normal", "en", "-")

add(54, "library-foreign-books", "json", "", "", "2026-11-21 15:58", "", "", "suggestion", "no", "-", "Culture and Tourism Bureau", "normal", "en", "-",
form=dict(name="Wanjiru Kamau", phone="157 0000 3926", email="wanjiru.k@example.org", anonymous=False,
title="More foreign-language books at the city library please",
content="I am a Kenyan PhD student and a regular at the central library. The foreign-language corner has maybe two shelves of English novels, mostly old, and a few children's books. Many foreign families, and Chinese students practising English, would use a bigger collection.\n\nSuggestion: a small yearly budget for new English, French and Russian books; an exchange shelf where people can leave books they have finished; and an English page for the library card registration (it took me 40 minutes with a translation app).\n\nThank you for the reading rooms, they are really lovely.",
district="University Town"))

add(55, "goodbye-after-eleven-years", "html", "Margaret Ellison", "m.ellison@example.co.uk.example", "2026-11-24 18:30",
"Goodbye and thank you", """
Dear Mayor,

After eleven years in your city - George taught engineering at the polytechnic, and I taught piano to half the children of our lane - we are going back to Yorkshire next week. We came when the new metro was still a fence and a hole; we leave with four lines and a riverside we walk along every evening.

We have no complaint and no request. We only wanted to say that the city has been a kind home to two old foreigners, and that we will miss our neighbours in Qinghe Lane more than anything.

With affection,
Margaret and George Ellison
""", "information", "no", "-", "none", "normal", "en", "-")

add(56, "marriage-documents-polish", "eml", "Tomasz Nowak", "tomasz.nowak@example.pl.example", "2026-11-09 12:01",
"Marriage registration 涉外婚姻 - what documents do I need?", """
Hello,

My girlfriend (Chinese, hukou in this city) and I (Polish citizen) want to register our marriage here in December. I read online that I need a 单身证明 (certificate of no marriage) from my country - does it need 认证 by the Chinese embassy in Warsaw, or is an apostille enough now? Does the translation have to be done by a 指定翻译公司 here? And do we have to go to the 婚姻登记处 of her hukou district, or can it be any district?

Dziękuję / 谢谢!
Tomasz
""", "consultation", "no", "-", "Civil Affairs Bureau", "normal", "en", "mixed")

add(57, "museum-booking-no-passport", "eml", "许文博", "xu.wenbo.guide@example.net", "2026-11-09 20:14",
"博物馆预约系统不支持护照，外国游客约不上", """
我是一名英语导游，这个月带了好几批欧美散客。市博物馆实行实名预约以后，小程序里只能填身份证号，护照、港澳通行证都选不了。打电话问，说外国人可以去现场窗口登记，可到了窗口又说当天名额已经约满，现场不再放号。十一月二号我带的八位德国游客就这样在门口站了半个小时，最后没进去。

窗口的工作人员也只是按规定办，我不怪她们。但系统这样设计，等于把外国游客挡在门外。希望馆方尽快在预约系统里加上护照选项，或者给外籍游客留一部分现场名额。

许文博　电话 133 0000 8092
""", "complaint", "no", "-", "Culture and Tourism Bureau", "normal", "zh", "-")

add(58, "officer-english-skills", "eml", "Kwame Mensah", "kwame.mensah@example.com", "2026-11-12 21:21",
"Compliments on the English skills of your officer", """
Dear Mayor,

I want to congratulate the police station on Yanhe Road on its language training. When my wife (who is Chinese) and I went there on 11 November to report that our car had been scratched, the officer at the reception desk - a heavy-set man, badge ending in 4418 - managed a complete English sentence for me: "Go back your country, here no foreigner business." Impressive. He then told my wife, in Chinese, that she "should have married a Chinese man" and that he would not take a report for "this kind of family".

We left without making the report. The car does not matter much. The rest does.

Kwame Mensah
+86 136 0000 7205
""", "complaint", "yes", "a", "Public Security Bureau", "normal", "en", "sarcasm")

add(59, "gym-closed-no-refund", "eml", "Leila Farahani", "leila.farahani@example.org", "2026-11-03 13:37",
"Gym closed without notice - members not refunded", """
Dear Sir or Madam,

The gym "FitPower" on the 3rd floor of Xintiandi Mall closed suddenly on 25 October. In March I paid 4,800 RMB for a two-year membership; about 200 members are in the same situation, many of them foreigners from the nearby office towers. This is the only message we received, in the members' WeChat group, on the morning it closed:

> 尊敬的会员：因门店装修升级，即日起暂停营业，具体恢复时间另行通知。给您带来不便，敬请谅解。
> (Dear members, due to renovation and upgrading, the store is closed from today; the reopening date will be announced separately.)

Since then the group has been muted, the manager's phone is switched off, and the mall management says the gym has not paid rent since the summer - so there is no renovation. We would like the authorities to find the owner and make sure members are refunded. I can send our list of members and payment records.

Leila Farahani
""", "demand", "no", "-", "Market Regulation Administration", "normal", "en", "quoted")

add(60, "sim-card-online-verification", "json", "", "", "2026-11-27 12:45", "", "", "suggestion", "no", "-", "Industry and Information Technology Bureau", "normal", "zh", "short",
form=dict(name="阿力", phone="", email="ali.s@example.net", anonymous=False,
title="外国人办手机卡",
content="建议外籍人士办手机卡也能在网上完成实名认证，现在只能去营业厅排队。",
district=""))


def crlf(s):
    return s.replace("\r\n", "\n").replace("\n", "\r\n")

def hdr(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()

def from_field(name, addr):
    if not name:
        return addr
    try:
        name.encode("ascii")
        return formataddr((name, addr))
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, "utf-8").encode(), addr)

def to_html(body):
    paras = body.split("\n\n")
    out = []
    for p in paras:
        out.append("<p>" + html.escape(p).replace("\n", "<br>\n") + "</p>")
    return "<html><head><meta charset=\"utf-8\"></head><body>\n" + "\n".join(out) + "\n</body></html>"

def dt(s):
    return datetime.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=TZ)

def write_eml(x, path):
    d = dt(x["date"])
    domain = x["addr"].split("@")[1]
    h = [
        "From: " + from_field(x["name"], x["addr"]),
        "To: mayor@city.example",
        "Subject: " + hdr(x["subject"]),
        "Date: " + format_datetime(d),
        "Message-ID: <%s-%03d.%s@%s>" % (ME, x["num"], d.strftime("%Y%m%d%H%M"), domain),
        "MIME-Version: 1.0",
    ]
    body = x["body"] + "\n"
    if x["kind"] == "eml":
        h += ["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit"]
        text = "\n".join(h) + "\n\n" + body
    elif x["kind"] == "html":
        h += ["Content-Type: text/html; charset=utf-8", "Content-Transfer-Encoding: 8bit"]
        text = "\n".join(h) + "\n\n" + to_html(x["body"]) + "\n"
    else:
        b = "=_w23_alt_%03d" % x["num"]
        h += ['Content-Type: multipart/alternative; boundary="%s"' % b]
        text = "\n".join(h) + "\n\nThis is a multi-part message in MIME format.\n\n"
        text += "--%s\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n%s\n" % (b, body)
        text += "--%s\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n%s\n" % (b, to_html(x["body"]))
        text += "--%s--\n" % b
    with open(path, "wb") as f:
        f.write(crlf(text).encode("utf-8"))

def write_json(x, path):
    f = x["form"]
    obj = {"id": "%s-%03d" % (ME, x["num"]),
           "submitted_at": dt(x["date"]).isoformat(),
           "name": f["name"], "phone": f["phone"], "email": f["email"],
           "anonymous": f["anonymous"], "title": f["title"], "content": f["content"],
           "district": f["district"]}
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(obj, fh, ensure_ascii=False, indent=2)
        fh.write("\n")

def main():
    os.makedirs(OUT, exist_ok=True)
    rows = ["path\tcategory\tconfidential\treason\tdepartment\tpriority\tlanguage\thard"]
    assert [x["num"] for x in L] == list(range(1, 61))
    for x in L:
        ext = "json" if x["kind"] == "json" else "eml"
        fn = "%s-%03d-%s.%s" % (ME, x["num"], x["slug"], ext)
        p = os.path.join(OUT, fn)
        (write_json if ext == "json" else write_eml)(x, p)
        rows.append("\t".join(["letters/" + fn, x["cat"], x["conf"], x["reason"], x["dept"],
                               x["prio"], x["lang"], x["hard"]]))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(rows) + "\n")

if __name__ == "__main__":
    main()
