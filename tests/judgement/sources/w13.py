#!/usr/bin/env python3
"""w13 letters: rural and small-town voices. Writes letters/ and labels.tsv next to this file."""
import json, os, html
from datetime import datetime, timezone, timedelta
from email.header import Header
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "letters")
TZ = timezone(timedelta(hours=8))
W = "w13"

# fields: n, slug, fmt(eml|html|multi|json), date, from_name, from_addr, subject/title,
#         body, cat, conf, reason, dept, prio, lang, hard, extra(json fields)
L = []
def add(n, slug, fmt, date, name, addr, subject, body, cat, conf, reason, dept, prio, lang, hard, **extra):
    L.append(dict(n=n, slug=slug, fmt=fmt, date=date, name=name, addr=addr, subject=subject,
                  body=body.strip("\n"), cat=cat, conf=conf, reason=reason, dept=dept,
                  prio=prio, lang=lang, hard=hard, extra=extra))

add(1, "village-road-collapse", "eml", "2026-09-03 07:12", "覃德贵", "qindegui@example.com",
"下坪村到柳河小学的村道塌了一半，校车每天还在走",
"""市长您好：

我是青岗镇下坪村的村民。前天夜里那场大雨，村口往柳河小学去的那段水泥路，靠河那边塌下去一米多宽，现在只剩一个车身宽，路基下面还在往河里掉土。

镇上的校车每天早上七点从这里过，拉着二十几个娃娃。司机说没接到不让走的通知，他就照走。我们几个自己拿竹竿拦了一下，晚上根本看不见。

求求赶紧派人来看，先把路封了或者让校车绕道，再晚怕要出人命。

联系人：覃德贵 139 0000 4172""",
"demand", "no", "-", "Transport Bureau", "high", "zh", "-")

add(2, "residence-permit-officer", "eml", "2026-10-15 20:31", "Nguyen Thi Hoa", "hoa.nguyen@example.net",
"Residence permit renew - very bad attitude at police station",
"""Dear Mayor,

I am Hoa, from Vietnam, married to my husband in Baisha village 6 years, we have two children. Every year I go to Longtan town police station for renew my residence permit.

This year 14 October I go with all paper, marriage certificate, passport, photo. The man officer at the window, number 037 on his chest, he look at my paper only few second and throw my passport on desk, it fall on floor. He say loud "you foreign wife every year trouble, go back your country do it". Other people in hall laugh. He not accept my application and my permit is finish on 2 November.

I dont know what I do now, I am scared I become ilegal. My husband say dont make trouble but I think this is not correct. Please help me can renew, and please tell him not talk to people like this.

Nguyen Thi Hoa
tel 188 0000 3915""",
"complaint", "yes", "a", "Public Security Bureau", "normal", "en", "typos")

add(3, "land-contract-extension", "json", "2026-09-06 21:04", "田宏伟", "",
"二轮土地承包到期延包要本人回来签字吗",
"""我家在杨柳铺村，承包地是1998年签的二轮合同，听说要到期了，村里在搞延包。我跟老婆都在浙江厂里上班，过年才回得去。想问一下：延包三十年是自动延还是要重新签合同？必须户主本人回去签字吗，能不能委托我哥代签，要办什么委托手续？原来那本承包经营权证要不要交回去换新的？谢谢。""",
"consultation", "no", "-", "Agriculture and Rural Affairs Bureau", "normal", "zh", "-",
phone="152 0000 6633", district="桃源县")

add(4, "dibao-list-relatives", "eml", "2026-09-09 22:47", "", "dongling.villager@example.org",
"我们村的低保名单，请领导看一看",
"""领导好。

我不说别的，就说说东岭村今年的低保名单。公示栏上一共七户，其中四户姓冉：书记的亲弟弟、书记的丈人、书记儿媳妇的娘家，还有一户是书记的堂哥，他家去年刚在县城买了房，院坝里停着一辆白色越野车。

我们组的杨大娘，八十一岁，一个人住，儿子前年在工地上摔死了，评了三年都没评上。问村里，说名额有限。公示贴了一天就撕了。

信我只写到这里。上面来人的时候请直接去各家看看，别说是谁提的。""",
"complaint", "yes", "a", "Discipline Inspection Commission", "normal", "zh", "indirect")

add(5, "thanks-dr-wei-flood", "eml", "2026-10-02 18:20", "Emily Hart", "emily.hart@ngo.example",
"Thank you to Dr. Wei at Shaping Township Health Centre",
"""Hello,

I volunteer with a small rural education NGO and spend most weeks in the hill villages above Shaping. During the flooding in late September the road to Jiujing village was cut for three days. An elderly man there had a bad fall and could not be moved.

Dr. Wei Lanfang from the Shaping Township Health Centre walked in along the ridge path with a colleague, about four hours each way, carrying a medical bag and a folding splint, and stayed the night to keep an eye on him. Nobody filmed it and I doubt anyone will write it up, so I am.

Please pass our thanks to her and to the health centre.

Best regards,
Emily Hart""",
"information", "no", "-", "Health Commission", "normal", "en", "-")

add(6, "yellow-tap-water", "eml", "2026-09-11 12:05", "红石村村民", "hsc5zu@example.com",
"红石村字来水黄的 三天没得水",
"""市长你好 我是红石村五组的 我们这个字来水从上个礼拜开始就是黄的 烧开了底下一层泥 这三天干脆没得水了 水关站的电话打了说是上面水池子要清洗 但是洗了三天还没洗好 屋里老人要吃药 娃娃要洗早 只能去河沟里挑 河沟上头有人家养鸭子 请你们赶紧帮我们看一下是水池子问题还是管子爆了 谢谢领导

（语音输入的 有错字莫怪）""",
"demand", "no", "-", "Water Affairs Bureau", "normal", "zh", "typos")

add(7, "inherit-village-house", "eml", "2026-09-14 09:40", "Kevin Lu", "kevin.lu@example.com",
"Inheriting my late father's village house - what is the procedure?",
"""Dear Sir/Madam,

I was born in Wangjiaba village and moved to Canada with my parents in 1994; I hold a Canadian passport now. My father passed away in May. He still had the old family house and the homestead plot in the village in his name (I have a copy of his rural house certificate from 2003).

My cousin says that as a foreign citizen I cannot inherit a homestead, only the house itself, and that the certificate has to be changed before anything can be repaired.

Could you tell me:
1) Can I inherit the house as a foreign national, and what happens to the land under it?
2) Which office registers the transfer, and what documents are needed (death certificate, notarised proof of kinship from abroad?)
3) Can my cousin handle it for me with a power of attorney?

Thank you very much.
Kevin Lu (Lu Jiahao)""",
"consultation", "no", "-", "Natural Resources and Planning Bureau", "normal", "en", "-")

add(8, "early-bus-market-day", "eml", "2026-09-16 06:58", "周德顺", "zhoudeshun@example.net",
"建议逢场天加一班早班车",
"""我们马家湾这边到沙坪镇赶场，逢三六九。现在第一班客车是早上八点半，到镇上都快十点了，卖菜的好位置早没了，背着菜等车的老人站一排。平常日子车上就几个人，逢场天又挤得门都关不上。

建议客运公司逢场天加一班六点半的早班车，平常日子可以少跑一两班，这样两头都划算。我们好多人都这么说，就是不晓得跟哪个说。

马家湾 老周""",
"suggestion", "no", "-", "Transport Bureau", "normal", "zh", "-")

add(9, "pig-farm-sewage", "eml", "2026-09-18 23:15", "", "wjb2026@mail.example",
"汪家坝上游养猪场往沟里排粪水",
"""汪家坝上面半山腰那个养猪场，三百多头猪，粪水不进池子，下雨天直接开闸往沟里放，整条沟是黑的，臭得吃不下饭，下游几家的井水也有味道了。

去年有人找过村里，村里说在整改，整改到现在。养猪场是村主任他亲哥开的，这个大家都知道。我家的承包地明年到期续签，还要村里盖章，我不敢出面，所以写信来。

麻烦环保的同志下雨天晚上来看，白天他是关着的。""",
"demand", "yes", "c", "Ecology and Environment Bureau", "normal", "zh", "-")

add(10, "pension-face-app", "multi", "2026-09-20 21:33", "Tom Whitfield", "tom.whitfield@example.org",
"The pension face-recognition app vs. my 84-year-old mother-in-law",
"""Dear Mayor's Office,

I'm British, married into a family in Huangnitang village, and I have now spent three evenings helping my mother-in-law do her annual pension "qualification certification" on the phone app.

Wonderful technology. It wants her to blink, then turn her head, then blink again, in a kitchen lit by one bulb, and each time it informs her that she is not herself. After the fifth failure it locks her out for 24 hours. We rang the social security hotline twice: once it rang out, once we were advised to "try in better light". Genius. Why didn't we think of that.

The township office says it can only be done on the app now. If she doesn't pass by the end of the month her pension is suspended. Could somebody please make it possible for very old people to certify in person, or let the village doctor or village committee do it for them?

Regards,
Tom Whitfield
+86 135 0000 2287""",
"complaint", "no", "-", "Human Resources and Social Security Bureau", "normal", "en", "sarcasm")

add(11, "bus-to-hospital", "eml", "2026-09-22 10:02", "Mai", "mai.tran@example.net",
"bus to county hospital?",
"""Hello, which bus go from Shimen town to County People's Hospital? What time last bus come back? Thanks. Mai""",
"information", "no", "-", "Transport Bureau", "normal", "en", "short")

add(12, "clinic-drug-supplier", "eml", "2026-09-24 22:10", "一名村医", "cunyi.fml@example.com",
"关于枫木岭镇卫生院进药的事",
"""我是枫木岭镇下面一个村卫生室的村医，干了二十二年。

今年三月起，镇卫生院的院长开会说，各村卫生室的药品和耗材一律从"康源"医药公司进，别家的不给报销、不算基药任务。康源的老板是院长的外甥，这个在镇上不是秘密。同样的阿莫西林胶囊，原来我们进价7块8一盒，现在12块5，老百姓在我这里拿药也跟着贵。

有两个村医不从他那里进，年终考核就被打成不合格，补助少了一半。我的执业注册每年都要卫生院签意见，我也不敢多说，只想请上面查一查进药这个事。""",
"complaint", "yes", "a", "Discipline Inspection Commission", "normal", "zh", "-")

add(13, "husband-wages-unpaid", "eml", "2026-09-26 19:45", "Maricel Zhao", "maricel.z@example.com",
"My husband and other workers not paid for 4 months",
"""Good day po.

My name is Maricel, I am from the Philippines and live in Shangzhuang village with my husband Zhao Fugui and his parents. My husband and about 15 men from nearby villages work on building the new warehouse next to the Qinggang town logistics park. The boss is a subcontractor from Hengtai Construction.

Since June they only got 500 yuan living money each month, the rest is not paid, now four months. The boss always says next week, next week. We have a baby and my father-in-law is sick, we are borrowing money from relatives. My husband does not write well so I write for him.

Please help them get their salary. Thank you.

Maricel Zhao
177 0000 8326""",
"demand", "no", "-", "Human Resources and Social Security Bureau", "normal", "en", "-")

add(14, "pay-parents-medical-insurance", "json", "2026-09-28 12:30", "冉晓静", "ranxj@example.net",
"替老家父母交城乡居民医保的问题",
"""我在市里上班，户口已经迁出来了，我爸妈还在老家九井村，都是农村户口。往年医保是村里会计挨家挨户收现金，今年说不收了，要在手机上自己交。想问：1. 2027年度城乡居民医保每人交多少？截止到哪天？2. 我能不能在市里用我自己的手机给他们交，需要他们的什么信息？3. 我妈有慢性病门诊待遇，换了交费方式会不会断？麻烦告知，谢谢。""",
"consultation", "no", "-", "Healthcare Security Bureau", "normal", "zh", "-",
phone="", district="枫桥县")

add(15, "streetlights-sanchahe", "html", "2026-09-30 20:18", "何先生", "he.sanchahe@example.hk.example",
"建議在三岔河村主路裝路燈",
"""市長您好：

我是三岔河村人，在外地做生意多年，今年回鄉照顧母親。村裏從國道口進來到村委會這一段約１．５公里，沒有一盞路燈，晚上黑漆漆的。村裏老人晚上去衛生室拿藥、學生下晚自習回來，都要打手電筒走，上個月還有人騎摩托車摔進溝裏。

建議把這段路納入鄉村路燈工程，裝太陽能路燈就可以，不用拉電線。另外路口那塊指示牌也被風吹倒了，一併修一下更好。

謝謝！　　三岔河村　何先生""",
"suggestion", "no", "-", "Urban Management Bureau", "normal", "zh", "fullwidth")

add(16, "teacher-orchard-labour", "eml", "2026-10-04 16:50", "Sophie Brennan", "sbrennan@example.org",
"Concern about a teacher at Liuhe Village Primary School",
"""Dear Mayor's Office,

I volunteer at weekends running a reading corner for left-behind children in the Liuhe area. Over the last month several pupils in grade 5 at Liuhe Village Primary School, separately, told me that their head teacher, Mr. Tan, takes the class to his family's orange orchard on Wednesday and Friday afternoons, during timetabled lessons, to pick fruit and carry crates. He calls it "labour education".

One girl showed me blisters on her palms; a boy said the slow ones are kept later. Most of these children live with grandparents who would never question a teacher.

I am not the parent of any of them, so I'd ask that the Education Bureau look into it directly with the school.

Sophie Brennan, volunteer""",
"complaint", "yes", "a", "Education Bureau", "normal", "en", "-")

add(17, "night-sand-mining", "eml", "2026-10-06 23:40", "", "lt.river@example.net",
"龙潭河白沙段晚上有人挖沙",
"""最近两个月，龙潭河白沙村那一段，每天晚上十一点以后就有挖掘机和拉沙车，一直干到天亮前。河道挖得一个坑一个坑的，明年夏天娃娃下去洗澡要出事。拉沙车一晚上几十趟，把村里刚修的水泥路压得稀烂。

白天去看什么都没有，机器藏在河对面的竹林里。请有关部门晚上来蹲一次就晓得了。

我的名字和电话请不要写到转下去的单子上，我们这个地方巴掌大，一问就知道是哪个。""",
"demand", "yes", "b", "Natural Resources and Planning Bureau", "normal", "zh", "-")

add(18, "thanks-120-crew", "json", "2026-10-05 09:15", "黄桂芬", "",
"感谢县急救中心120的师傅和医生",
"""十月二号半夜我公公突然说不出话，半边身子动不了。我们住在枫木岭上面的老屋场，路又窄又陡，我打120的时候都不敢抱希望。结果四十分钟车就到了，司机在最后那个急弯倒了三次才上来，医生和担架员一路小跑把人抬下坡。到县医院说是脑梗，送得及时，现在能自己吃饭了。我们农村人不会说话，就想让领导知道，这班人真的好。""",
"information", "no", "-", "Health Commission", "normal", "zh", "-",
phone="133 0000 7761", district="石渠县")

add(19, "foreigner-rural-pension", "eml", "2026-10-07 14:26", "Siriporn", "siriporn.k@example.com",
"Can I join 城乡居民养老保险 as foreigner?",
"""Hello,

My name is Siriporn, I am Thai, married and living in Taoyuan xiang, Xiashi cun since 2015. I have 外国人永久居留身份证 since last year. My husband pay 城乡居民养老保险 every year at 村委会, 300 yuan level. I ask the 村会计 can I pay also, he say "foreigner no 户口, cannot". But my friend in another province say with permanent residence she can join. Is that true for our city?

If can, where I go to 办理, 社保所 in the town or in the county? And I am 41 now, when I am 60 can I get 养老金 every month?

Thank you 谢谢
Siriporn 150 0000 9482""",
"consultation", "no", "-", "Human Resources and Social Security Bureau", "normal", "en", "mixed")

add(20, "subsidy-three-windows", "eml", "2026-10-08 17:03", "刘贵生", "liugs@example.org",
"耕地地力保护补贴到现在没到账，三个窗口都说不归他们",
"""我是沙坪镇红岩村的，种了十一亩地。今年的耕地地力保护补贴，别的组九月初就到一卡通了，我们组一家都没到。

九月二十号我去镇便民服务中心问，农业窗口说钱是财政所发的，财政所说名单是农业服务中心报的，农业服务中心又让我回村里问，村里说早就报上去了。来回跑了三趟，车费花了几十块，到现在没人说得清卡在哪一步。请上面督促一下。

另外问一下，以后这个补贴发没发、发多少，有没有地方能自己查？不想再一趟趟跑了。""",
"complaint", "no", "-", "Agriculture and Rural Affairs Bureau", "normal", "zh", "two-intents")

add(21, "neighbour-pigsty-on-land", "eml", "2026-10-09 20:12", "上庄村杨某", "szc3zu@example.com",
"邻居在我家成包地上修猪圈",
"""领导你好，我是青岗镇上庄村三组的村民，我家有一块成包地在屋后头，一亩二分，有土地成包经营权证的，四至写得清清楚楚。今年七月隔壁那家趁我在外头打工，在我地边上修了个猪圈，占进来差不多两分地，还把我种的花椒树砍了四根。我回来找他理论，他说那块地原来是他爷爷的，要打官司随便。村里调节了两回，他不来。我想请政府派人来量一下地，把猪圈拆了，赔我的花椒树。电话一三九 0000 五二八一""",
"demand", "no", "-", "Agriculture and Rural Affairs Bureau", "normal", "zh", "typos")

add(22, "mobile-library-van", "html", "2026-10-10 11:20", "Daniel Okafor", "daniel@greenlantern.example",
"Suggestion: a mobile library van for the hill villages",
"""Dear Mayor,

For two years our small NGO, Green Lantern Learning, has run after-school reading sessions in Dongling and Jiujing. The children love books, but the County Library is forty kilometres away and most grandparents have never been there.

I would like to suggest a monthly library van: a minibus with a few hundred children's books, some large-print and audio books for older people, stopping at each village primary school and elderly activity room on a fixed day. Books could be borrowed on the school's account and swapped on the next visit.

Our volunteers would gladly help with sorting and story sessions at the stops. Many counties elsewhere do this cheaply; it would mean a great deal up here.

Kind regards,
Daniel Okafor""",
"suggestion", "no", "-", "Culture and Tourism Bureau", "normal", "en", "-")

add(23, "enforcer-kicked-basket", "eml", "2026-10-10 15:44", "沙坪镇一居民", "shaping.resident@example.net",
"沙坪镇赶场天执法队员踢翻老人菜篮",
"""十月九号沙坪镇逢场，早上九点左右，在镇农贸市场外面那条街上，一个七十多岁的婆婆蹲在路边卖自己种的青菜和鸡蛋。来了三个穿制服的综合执法队员，其中一个高个子、左边眉毛上有道疤的，叫她走。婆婆说卖完这点就走，他一脚就把菜篮子踢翻了，鸡蛋碎了一地，婆婆去捡，他又推了她一把，人坐在地上半天起不来。

旁边好多人都看到了，有人录了视频。我们晓得路边不让摆，可以好好说嘛，老人一篮菜能卖几个钱？请领导查一查这个人。""",
"complaint", "yes", "a", "Urban Management Bureau", "normal", "zh", "-")

add(24, "veteran-subsidy", "eml", "2026-10-12 08:30", "邓建华", "dengjh@example.com",
"参战退役人员的补助怎么申请",
"""您好！我父亲1979年参加过对越自卫反击战，退伍回来一直在黄泥塘村种地，今年七十一了。听说参战退役人员每个月有生活补助，我们村另外一个老兵领了好多年了，我父亲一直没有。他的退伍证还在，立功证书找不到了。

想问：现在还能不能申请？要准备什么材料？是到乡里退役军人服务站还是县里？以前没领的能不能补发？

谢谢。儿子 邓建华 136 0000 3398""",
"consultation", "no", "-", "Veterans Affairs Bureau", "normal", "zh", "-")

add(25, "no-signal-shuikou", "json", "2026-10-13 19:50", "Sokha Li", "",
"No mobile signal in Shuikou village, kids cannot attend online class",
"""I'm a Cambodian-born wife living in the upper group of Shuikou village for nine years. Our part of the village (about 30 households on the north slope) has had almost no mobile signal since the old tower near the reservoir was taken down in August. We must walk up to the threshing ground to make a call. When the school switched to online lessons during the flu outbreak, my son and the neighbours' children could not join at all and the teacher marked them absent. Old people cannot call the doctor at night. The telecom shop in town says it is "under planning". Please ask the telecom companies to put back a tower or add a booster for our group.""",
"demand", "no", "-", "Industry and Information Technology Bureau", "normal", "en", "-",
phone="+86 182 0000 6047", district="Dongshan County")

add(26, "expired-snacks-school-shop", "eml", "2026-10-14 21:08", "", "jiujing.grandpa@example.org",
"村小门口小卖部卖过期辣条",
"""九井村小学门口那个小卖部，卖给娃娃的辣条、饮料好多都是过期的。我孙子上礼拜在那买了包辣条，拉了两天肚子，我拿回来一看，日期是去年的。后来我又去看，货架上好几样都过了期，还有没写厂名的小包装。

老板是哪个大家心里都有数，他老丈人在村里说了算。我们家的低保年年要村里评，孙子也还在这个学校读书，所以我也不好去找他吵。

请市场管理的同志直接来查，查到了就按规定办，不要说是哪个反映的。""",
"demand", "yes", "c", "Market Regulation Administration", "normal", "zh", "indirect")

add(27, "legal-aid-address", "json", "2026-10-16 10:11", "", "",
"法律援助中心在哪",
"""请问县法律援助中心在哪里？周六上不上班？""",
"information", "no", "-", "Justice Bureau", "normal", "zh", "short",
phone="", district="石渠县")

add(28, "sincerity-fee-house", "eml", "2026-10-17 22:02", "Ong Wei Ming", "ongwm@example.net",
"A question about \"fees\" for rebuilding my mother's house",
"""Dear Mayor,

I came back from Malaysia this spring to look after my mother in Zhaojia village and to rebuild her collapsed kitchen and bedroom on the same footprint. The township told me the application goes through the village first.

The village accountant, Mr. Zhao Lin, kept the form for six weeks. When I asked again, he said other families "show some sincerity", and that 2,000 yuan would be reasonable "for the brothers who have to run up to the township". I paid in cash, at his home, because my mother was sleeping under a cracked beam. There was no receipt. The form was stamped two days later.

I would like to know whether this "sincerity" is a real fee. If it is not, I think someone should look at it.

Regards,
Ong Wei Ming""",
"complaint", "yes", "a", "Discipline Inspection Commission", "normal", "en", "indirect")

add(29, "fountain-or-toilet", "eml", "2026-10-18 13:37", "桃源乡一村民", "taoyuanxiang@example.com",
"建议把第四次翻修广场的钱，拿来修个厕所",
"""我们桃源乡文化广场，三年翻修了三次，地砖换了两回，今年又换成塑胶的，听说还要装音乐喷泉。真是气派，站在广场上跳坝坝舞，跟城里一模一样。

就是广场边上的村卫生室，到现在没有一个厕所，来打针输液的老人要走到两百米外的旱厕，下雨天一路稀泥巴，上个月还摔了一个。

建议领导：喷泉先缓一缓，把这笔钱拿一点出来给卫生室修个水冲厕所，再把旁边那条泥巴路硬化一下。老百姓不看喷泉，老百姓要上厕所。""",
"suggestion", "no", "-", "Agriculture and Rural Affairs Bureau", "normal", "zh", "sarcasm")

add(30, "hillside-crack", "eml", "2026-10-19 07:05", "王志强", "wangzq@example.org",
"急！东岭村后山裂了一道大口子",
"""东岭村四组后山，今天早上放牛的发现半山腰裂了一道口子，有二三十米长，手能伸进去，昨天还没有这么宽。下面正对着冉家、王家、刘家三户，十一口人，有两个瘫在床上的老人。

这几天天天下雨，天气预报说还要下。村里打了镇上电话说派人来，到现在还没人来。请马上派懂行的人来看，该搬的赶紧搬。

联系人 王志强 180-0000-1563""",
"demand", "no", "-", "Emergency Management Bureau", "high", "zh", "-")

add(31, "donate-winter-clothes", "eml", "2026-10-20 16:16", "Lily Chen", "lily.chen@example.com",
"Where can we donate winter clothes for left-behind children?",
"""Hello,

Our volunteer group (six of us, mostly university students back home) has collected about 200 sets of children's winter clothes and some quilts. We want them to reach left-behind kids in the mountain townships.

Is there an official charity or donation point in the city that accepts goods and passes them on to rural schools? Do we need any certificate for the donation? We'd rather not just drive around handing things out.

Thanks,
Lily Chen""",
"information", "no", "-", "Civil Affairs Bureau", "normal", "en", "-")

add(32, "pension-reply-two-lines", "eml", "2026-10-21 21:55", "周小军", "zhouxj@example.net",
"对我父亲养老待遇答复不满意（附原答复）",
"""我父亲周德明，1958年生，以前在乡办砖厂干过十二年，后来砖厂垮了。我们七月份在12345反映过他这段工龄能不能算，下面是收到的答复原文：

——————
"来信人您好：经核实，您父亲不符合企业职工基本养老保险视同缴费年限认定条件，建议参加城乡居民基本养老保险。感谢您对我们工作的支持。"
——————

就这么两句话。哪一条不符合？依据是什么文件？我们交上去的砖厂花名册、工资条复印件看了没有？当时说一个月内答复，拖了两个月就给了这两句。我不是说一定要算，但总要讲清楚为什么不算。请重新办理，给个有依据的答复。

周小军（儿子，在市里打工）159 0000 2740""",
"complaint", "no", "-", "Human Resources and Social Security Bureau", "normal", "zh", "quoted")

add(33, "relocation-land-school", "eml", "2026-10-22 19:20", "岩脚组 罗永福", "luoyf@example.com",
"易地搬迁到镇上以后，老家的地还算不算我们的",
"""我们家在高山上的岩脚组，这次列入了易地扶贫搬迁，镇上安置小区的房子分到了，明年开春搬。想问两件事：

一是搬下去以后，老家的承包地和林地还是不是我们的？能不能继续种，或者租给别人收点租？宅基地要不要退？

二是我家两个娃娃在村小读书，搬到镇上能不能直接转到镇中心小学，要办啥手续？""",
"consultation", "no", "-", "Agriculture and Rural Affairs Bureau", "normal", "zh", "two-intents")

add(34, "please-dont-call-husband", "eml", "2026-10-23 11:12", "Ana", "ana.heping@example.net",
"Please help, and please do not call my husband",
"""I am Ana, from Indonesia, I live in Heping village with my husband 5 years. He drink every night and when he drink he hit me. Last Saturday he pull my hair and hit my head to the door, my arm is still black. Yesterday he say if I go to police or tell my family, next time he break my leg and I never see my daughter again. He keep my passport in his locked drawer.

I want to leave with my daughter to a safe place. Please, when you call, call only 166 0000 5718, it is my friend's phone, she is also foreign wife in the next village. Do not call the house phone or my husband. Best time 10am to 2pm, he is at the fish pond.

Thank you.""",
"demand", "yes", "b", "Public Security Bureau", "high", "en", "-")

add(35, "courier-surcharge-shop", "eml", "2026-10-24 22:30", "小韦", "xiaowei.honey@example.com",
"镇上快递点每单加收两块，我们网店快做不下去了",
"""我在龙潭镇做农产品网店，主要卖土蜂蜜和腊肉，一天几十单。镇上那家快递代收点，今年九月开始每个件额外收2块"派送费"，还不给收据，说不交就不给你揽件。

我们小本生意，一单毛利就几块钱，这一下margin直接砍半，ROI根本算不过来。买家退货件也要收，有的买家收件还被打电话要钱，回头给我打差评，店铺DSR都掉了。问了别的镇好像没这个收费。

请市场监管帮忙查一下这个加价合不合规，该退的退。谢谢。

网店店主 小韦 198 0000 3306""",
"demand", "no", "-", "Market Regulation Administration", "normal", "zh", "mixed")

add(36, "old-age-allowance-mum", "json", "2026-10-25 20:40", "罗春梅", "luochunmei@example.org",
"帮在老家的妈妈申请高龄津贴",
"""我妈今年十一月满八十岁，一个人在老家上坪村住，不识字。听说满八十岁有高龄津贴。我在东莞打工，过年才能回去。请问：一、是不是要满八十岁那个月才能申请，要哪些材料？二、我能不能在手机上帮她申请，还是必须本人到村里或者乡里？她腿脚不好。三、钱是打到她的社保卡还是一卡通上？谢谢！""",
"consultation", "no", "-", "Civil Affairs Bureau", "normal", "zh", "-",
phone="135 0000 8842", district="鹤山县")

add(37, "nurse-drip-phone", "eml", "2026-10-26 18:05", "Karen Moss", "kmoss@school.example",
"Nurse at Qinggang Town Hospital left a child unattended on a drip",
"""Dear Mayor,

I teach English at Qinggang Middle School and I am writing on behalf of my neighbour, Mrs. Liu, whose husband works in Guangzhou and who does not read or write much.

On 21 September her 4-year-old son was put on an IV drip at Qinggang Town Hospital for a fever. The nurse on duty in the infusion room that afternoon, a young woman with dyed red hair (I believe her surname is Xiang), set the drip and then sat at the nurses' station watching videos on her phone with the sound on. Mrs. Liu called her three times when the boy's hand started swelling. She said "wait, it's normal" and did not look up. By the time another nurse came, the needle had slipped out of the vein and his hand was puffed up like a bun.

He is fine now, but it could have been much worse. Please ask the hospital to look into it.

Karen Moss""",
"complaint", "yes", "a", "Health Commission", "normal", "en", "-")

add(38, "returnee-kids-transfer", "eml", "2026-10-27 09:48", "陈德友", "chendy@example.net",
"回乡娃娃转学，镇中心校一直推",
"""我和老婆在深圳打了十几年工，今年回老家沙坪镇开个小作坊，两个娃娃跟着回来了，一个读四年级一个读初一。户口一直在老家。

九月一号去镇中心校办转学，学校说要原学校的学籍转出、还要教育局的接收函；原学校说学籍系统里已经申请了，要这边点接收，这边又说系统里没看到。拖了一个多月，娃娃天天在屋头耍，手机都玩上瘾了。问学校就一句"按程序来"。

回乡的娃娃读个书为啥这么难？请教育局督促学校尽快接收。""",
"complaint", "no", "-", "Education Bureau", "normal", "zh", "-")

add(39, "aed-village-clinics", "eml", "2026-10-28 15:30", "梁先生", "leung.fq@example.com",
"建議鄉鎮衛生院和大村配備ＡＥＤ",
"""本人在香港生活多年，今年退休回到祖籍地楓橋鎮居住。上月同村一位六十來歲的大哥在田裏心臟驟停，送到鎮衛生院已經不行了，從發病到衛生院足足四十分鐘。

香港的商場、地鐵站都有ＡＥＤ（自動體外除顫器），普通人培訓半天就會用。建議：
⑴鎮衛生院、人口多的村衛生室和村委會各配一台ＡＥＤ；
⑵由衛生院給村醫、村幹部、學校老師做急救培訓；
⑶在村口公示ＡＥＤ位置。

費用如果緊張，本人願意捐兩台。

——梁先生""",
"suggestion", "no", "-", "Health Commission", "normal", "zh", "fullwidth")

add(40, "thanks-officer-lin", "multi", "2026-11-04 10:25", "Marco Rossi", "marco.rossi@example.net",
"Thanks to Officer Lin of Baisha Police Station",
"""Dear Mayor,

My wife's grandfather, who is 86 and has dementia, walked out of the house in Baisha village on the evening of 3 November and did not come back. We searched the fields with torches until midnight.

Officer Lin Haitao from Baisha Police Station came out with two auxiliary officers, checked the cameras at the township crossroads and found him at 2 a.m. sitting in the bus shelter on the provincial road, 9 km away, in a thin shirt. Officer Lin wrapped him in his own jacket and drove him home, and gave us a yellow wristband with our phone number on it for next time.

We are very grateful and wanted his superiors to know.

Marco Rossi (and the whole Ye family)""",
"information", "no", "-", "Public Security Bureau", "normal", "en", "-")

add(41, "road-wages-cousin", "eml", "2026-10-30 21:14", "柏树村村民", "baishucun11@example.org",
"修村道的工钱欠了一年了",
"""去年九月到十二月，我们石门乡柏树村十一个人在村里到镇上的那条通组公路上做小工，挖沟、砌堡坎、打混凝土，一天一百五到两百不等，算下来一共欠了八万七千多。

包工的是邻村的彭某，他说县里工程款没拨下来，一拖就是一年。村里人都晓得，彭某跟我们支书是老表，去找支书，支书说"你们跟他签的，找他"。

我们都是要在村里过一辈子的，娃娃读书要开证明，家里建房要村里签字，哪个也不敢带头闹。请劳动部门出面，把工程款和工钱理清楚，能发到我们手上就行。""",
"demand", "yes", "c", "Human Resources and Social Security Bureau", "normal", "zh", "-")

add(42, "chicken-shed-approval", "json", "2026-11-01 08:20", "蒲大姐", "",
"搭鸡棚要审批吗",
"""承包地上想搭个养鸡棚，要审批吗？去哪办？""",
"consultation", "no", "-", "Natural Resources and Planning Bureau", "normal", "zh", "short",
phone="137 0000 2215", district="龙潭县")

add(43, "foreign-driving-licence", "eml", "2026-11-02 13:13", "Imran", "imran.gq@example.com",
"how to get chinese driving lisence",
"""hi, i am Pakistani, married in Gaoqiao village, i have pakistan driving lisence 10 years. now i want drive here for take my wife to hospital in county and sell vegetabel in market. can i change my lisence to chinese one or i must go to driving school again? i hear there is test on computer, is it have english version? which office i go, county traffic police or city? what paper need?

thank you very much
Imran""",
"consultation", "no", "-", "Public Security Bureau", "normal", "en", "typos")

add(44, "mayor-warm-reminder", "eml", "2026-11-03 20:50", "桃树湾组村民", "taoshuwan@example.net",
"感谢镇长在征地动员会上的\"温馨提醒\"",
"""我们镇长真是体贴群众。

上周三在青岗镇政府三楼会议室开征地动员会，我们桃树湾组十几户没签字的都去了。镇长当着大家的面说："不签字的我都记着，你们家娃娃考公务员、当兵，政审是要到镇里盖章的，到时候不要来找我。"说得多为我们着想啊，连娃娃的前途都帮我们操心了。

补偿标准是多少、地拿去做什么，会上一句没讲，光"提醒"。请问领导，这种提醒是哪个文件规定的？请纪委的同志下次来听一听他开会是怎么讲的。""",
"complaint", "yes", "a", "Discipline Inspection Commission", "normal", "zh", "sarcasm")

add(45, "coop-lease-unpaid", "eml", "2026-11-05 19:27", "九龙村二组", "jiulong2zu@example.com",
"合作社租我们的地两年没给租金",
"""我们九龙村二组三十几户人家，二〇二四年把四百多亩地流专给"绿源果蔬专业合作社"种蓝莓，和同写的是每亩每年六百块，每年十二月付。头一年给了，去年到现在一分没给，老板电话打不通，地里蓝莓都荒起了，草比人高。

我们想把地收回来自己种，合作社的人又说和同没到期不能收。村里说这是我们跟合作社私人的事。请农业部门帮我们协调，要么给钱，要么解除和同把地还给我们。""",
"demand", "no", "-", "Agriculture and Rural Affairs Bureau", "normal", "zh", "typos")

add(46, "ancestral-hall-signs", "html", "2026-11-06 10:40", "Tan Boon Huat", "boonhuat.tan@example.sg.example",
"Suggestions for visitors at the Huang Clan Ancestral Hall, Luoping",
"""Dear Mayor,

I am a third-generation overseas Chinese from Singapore; my grandfather left Luoping village in 1936. This October I brought my family back to see the Huang Clan Ancestral Hall, which I understand is now a listed cultural relic and gets more visitors every year.

It is beautifully kept, but a few small things would help a lot: the information boards are in Chinese only, and the QR code on them leads to a page that no longer exists; there is no sign to the public toilet; and nobody in the village could explain the carvings, although the old caretaker knew the stories well.

May I suggest bilingual boards, a fixed QR page, a simple printed leaflet, and training one or two young villagers as part-time guides? Many overseas families like mine would come back, and spend money locally, if the visit were a little easier.

With thanks,
Tan Boon Huat""",
"suggestion", "no", "-", "Culture and Tourism Bureau", "normal", "en", "-")

add(47, "service-centre-friday-closed", "json", "2026-11-07 16:45", "", "",
"乡便民服务中心周五下午经常关门",
"""桃源乡便民服务中心门口牌子写的是周一到周五 8:30-12:00，14:00-17:30。可是这两个月我去了三次都是周五下午，三次都锁着门，里面灯都没开。第一次以为是临时有事，第二次第三次还是一样。我们从山上下来一趟要坐一个多钟头的车，白跑了三趟。如果周五下午不上班，就把牌子改了，别让老百姓白跑。""",
"complaint", "yes", "b", "Municipal Government Office", "normal", "zh", "-",
phone="", district="桃源县", anonymous=True)

add(48, "rain-next-week-harvest", "json", "2026-10-06 07:35", "周老汉", "",
"下个星期有没有雨 我们要打谷子",
"""请问下个星期马家湾那边有没有雨 我们的谷子黄了要打了 晒爸上要晒好几天 怕遇到连音雨 手机上的天气预报不准 一会有雨一会没雨 想问问气象据的专家 十月十号到十五号这几天能不能晒""",
"information", "no", "-", "Meteorological Bureau", "normal", "zh", "typos",
phone="139 0000 8071", district="沙坪县")

add(49, "courier-lost-kiwifruit", "eml", "2026-10-01 19:10", "Jenny Xu", "jenny.kiwi@example.com",
"Courier company lost 40 boxes of our kiwifruit and won't compensate",
"""Hello,

My husband and I grow red-heart kiwifruit on 6 mu in Yuntai village and sell online. On 12 September we handed 40 boxes (about 200 kg) to the Swiftway Express outlet in Yuntai town for a bulk order to Shanghai. Tracking stopped at the county sorting centre on 13 September.

Two weeks later the customer still had nothing and asked for a refund, which the platform took out of our account. Swiftway's outlet manager first said the boxes were "being located", then that fruit is perishable and not covered, and finally offered three times the shipping fee, about 180 yuan. The fruit alone was worth over 3,000. We have the handover slip with their stamp.

Is this allowed? We'd like someone to make them compensate properly.

Jenny Xu, 131-0000-7790""",
"demand", "no", "-", "Market Regulation Administration", "normal", "en", "-")

add(50, "seat-order-tutoring", "eml", "2026-11-09 21:21", "一个奶奶", "baishu.nainai@example.org",
"关于柏树村小学五年级排座位的事",
"""我想反映一下柏树村小学五年级的情况。

班主任陈老师周末在她家里开了个"辅导班"，一个月四百。班上二十六个娃娃，去了的十九个坐前三排，没去的七个全部坐最后两排，我家孙女就是其中一个。她爸妈在外打工，我一个人供她，四百块拿不出来。孙女回来说，上课提问从来不点后面的，作业本也是后面的最后改。

我也不懂啥子政策，就是觉得娃娃太可怜了。请教育局的同志去班上看看座位是咋个排的就晓得了。""",
"complaint", "yes", "a", "Education Bureau", "normal", "zh", "indirect")

add(51, "bridge-railing-missing", "eml", "2026-11-10 12:00", "黄泥塘村 邓大哥", "hnt.deng@example.com",
"黄泥塘村小河桥护栏掉了一年没修",
"""黄泥塘村通往村小的那座小河桥，去年涨水把一边的护栏冲掉了，到现在就剩几根钢筋头戳在外面，桥面也就三米宽。每天早晚几十个娃娃从桥上走，摩托车三轮车也从这过，下面水有两三米深。村里说报上去了，一直没消息。请交通部门尽快把护栏装起来。

还有，桥头那盏路灯也坏了半年了，顺便请管路灯的来修一下。""",
"demand", "no", "-", "Transport Bureau", "normal", "zh", "two-intents")

add(52, "dividend-foreign-bride", "eml", "2026-11-11 22:40", "Linh", "linh.xiaohe@example.net",
"Village 分红 - is it legal they not give me?",
"""Hello,

I'm Linh from Vietnam, married into Xiaohe village 11 years. I have Chinese permanent residence card and my 2 children are village members. This year our village 股份经济合作社 give 分红 from the land rent, 1,200 yuan each person. My husband and children got it, I did not. The 村会计 said "foreign bride not member, the meeting decided". But I live here, I work the fields, and the married-in women from other provinces got it.

Is this legal? Who decide who is 成员?

Please just explain the rule to me. Don't send anyone to ask the village about me by my name. My husband's family rent land from the secretary and my mother-in-law say I will make big trouble for the whole family.""",
"consultation", "yes", "c", "Agriculture and Rural Affairs Bureau", "normal", "en", "mixed")

add(53, "health-check-results-family", "html", "2026-11-12 09:30", "Priya Nair", "priya.nair@ngo.example",
"Suggestion: share elderly health check results with their children",
"""Dear Mayor's Office,

I coordinate volunteers who visit elderly people living alone in several townships. Every year the township health centres do a free health check for over-65s, which is excellent. But the results come on a printed sheet, and most grandparents fold it into a drawer without reading it.

Again and again we meet people whose check found high blood pressure or high blood sugar months ago, and whose children working in the city never knew.

Suggestion: with the elderly person's consent, send the results by SMS or WeChat to one named family member as well, and flag any abnormal result to the village doctor for a follow-up visit within a month. The data is already collected; it just needs to reach someone who will act on it.

Best wishes,
Priya Nair""",
"suggestion", "no", "-", "Health Commission", "normal", "en", "-")

add(54, "dry-wells-water-truck", "eml", "2026-09-25 08:10", "岩湾组 谭婆婆的儿子", "tanwenjun@example.com",
"岩湾组井干了，请派车送水",
"""今年秋旱，我们岩湾组的老井从九月中旬就见底了，山上的引水管也来不了水。组里二十几户，年轻人都在外头，剩下的多是老人，每天背着桶走三里路到河边挑水，有个七十多的婆婆上礼拜挑水闪了腰。

请水务局帮我们安排送水车，一个礼拜送两三回，再看看能不能给组里打一口深点的井。

联系电话 155 0000 4480""",
"demand", "no", "-", "Water Affairs Bureau", "normal", "zh", "-")

add(55, "disability-allowance-stuck", "eml", "2026-11-14 17:55", "", "volunteer.gp@example.org",
"Disability allowance for a boy in Gaoping - five months and no decision",
"""Dear Sir or Madam,

I'm writing about a family I visit as a volunteer. Their son, 12, has cerebral palsy and received his disability certificate (grade 2) in May. His grandmother applied for the living allowance and the care allowance at the township the same month. Five months on nothing has been paid, and every time she asks she is told the file is "at the county". Nobody can say which step it is at.

I'm leaving my name off this on purpose. The grandmother can't write, so the family asked me to, but they don't want it to look like outsiders are pushing, and I'm only a volunteer; it isn't my place to sign for them.

Please could the Civil Affairs Bureau check where the application is stuck and tell the family directly. The grandmother is Tang Xiuying, Gaoping village, Group 3.""",
"complaint", "yes", "b", "Civil Affairs Bureau", "normal", "en", "-")

add(56, "museum-free-elderly", "eml", "2026-11-15 20:02", "小冉", "xiaoran88@example.net",
"请问县博物馆老年人免费吗？",
"""请问：县博物馆６５岁以上老人是不是免费？要不要提前在网上预约？星期一开不开门？

我想下个月带我爸妈（都是７０多岁，农村户口）进城去看看，他们一辈子没进过博物馆。还有，从客运站过去远不远？谢谢！！""",
"information", "no", "-", "Culture and Tourism Bureau", "normal", "zh", "fullwidth")

add(57, "waste-dumped-rice-field", "eml", "2026-11-17 18:33", "下湾 赵某", "xiawan.zhao@example.com",
"我家田里被倒了几十车建筑渣土",
"""九月底村里修那条产业路，开挖出来的渣土、碎砖、水泥块，全都拉来倒在我家下湾那两亩水田里，稻桩都压在底下了。

我去找施工的，施工老板说是村里指定的地方，让我去问村主任。我去问村主任，他说"都是一家人，你就当支持村里建设"。施工老板就是他亲弟弟。倒的时候没有任何人来跟我商量，一分钱也没说赔。

请政府派人来看看，叫他们把渣土拉走，把田恢复了，明年还要种。""",
"demand", "yes", "a", "Ecology and Environment Bureau", "normal", "zh", "-")

add(58, "health-products-scam", "eml", "2026-11-19 21:48", "蒋卫东", "jiangwd@example.org",
"举报一伙人在村里开\"健康讲座\"骗老人买保健品",
"""我要举报一伙人：这个月有一伙外地人在我们白鹤村老年活动室连着开了七天"健康讲座"，每天送鸡蛋、挂面，最后一天卖什么"富硒活性肽"，说能治高血压糖尿病，一盒一千二。

我妈一个人在家，被他们哄着买了三盒，花了三千六，是她攒了好几年的钱。我在外地打工，打电话回去才晓得。现在那伙人已经走了，留的电话打不通。

请市场监管部门查一查这个产品和公司，能不能帮老人把钱追回来。我妈那里还有收据和盒子。

儿子 蒋卫东 176 0000 1249""",
"demand", "no", "-", "Market Regulation Administration", "normal", "zh", "-")

add(59, "weekend-village-bus", "json", "2026-11-21 07:50", "", "",
"村村通周末停了",
"""建议村村通客车周末也开，老人周末进城看病没车。""",
"suggestion", "no", "-", "Transport Bureau", "normal", "zh", "short",
phone="", district="鹤山县")

add(60, "village-doctor-retire-subsidy", "eml", "2026-11-24 15:15", "杨国华", "yanggh.cunyi@example.com",
"再问一次：老村医退出后的补助到底怎么算",
"""我是沙坪镇杨家沟村的村医，今年六十一了，干了三十四年。今年三月打过12345问村医退出后的补助，回复是这样的：

> 您好，根据相关政策，对年满60周岁退出的乡村医生，按照在岗年限给予生活补助，具体标准以县级文件为准。

我就是想晓得县级文件是哪个，按一年多少钱算？我在岗三十四年，中间有两年去县医院进修算不算在岗年限？要找镇卫生院还是县卫健局申请？要交哪些材料？请给个明白话，谢谢。

村医 杨国华 138 0000 6620""",
"consultation", "no", "-", "Health Commission", "normal", "zh", "quoted")

# ---------------------------------------------------------------- writer
MSGID_DOMAINS = ["mx1.example.net", "mail.example.com", "smtp.example.org", "post.example"]

def enc(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()

def crlf(s):
    return s.replace("\r\n", "\n").replace("\n", "\r\n")

def to_html(body):
    paras = [p for p in body.split("\n\n")]
    out = []
    for p in paras:
        out.append("<p>" + html.escape(p).replace("\n", "<br>\n") + "</p>")
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head><body>\n"
            + "\n".join(out) + "\n</body></html>")

def eml(d):
    dt = datetime.strptime(d["date"], "%Y-%m-%d %H:%M").replace(tzinfo=TZ)
    frm = d["addr"] if not d["name"] else "%s <%s>" % (enc(d["name"]), d["addr"])
    h = [
        "From: " + frm,
        "To: mayor@city.example",
        "Subject: " + enc(d["subject"]),
        "Date: " + format_datetime(dt),
        "Message-ID: <%s-%03d.%s@%s>" % (W, d["n"], dt.strftime("%Y%m%d%H%M"), MSGID_DOMAINS[d["n"] % 4]),
        "MIME-Version: 1.0",
    ]
    if d["fmt"] == "multi":
        b = "=_w13_alt_%03d" % d["n"]
        h.append('Content-Type: multipart/alternative; boundary="%s"' % b)
        parts = [
            "--" + b,
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: 8bit",
            "",
            d["body"],
            "--" + b,
            "Content-Type: text/html; charset=utf-8",
            "Content-Transfer-Encoding: 8bit",
            "",
            to_html(d["body"]),
            "--" + b + "--",
            "",
        ]
        text = "\n".join(h) + "\n\n" + "This is a multi-part message in MIME format.\n" + "\n".join(parts)
    else:
        ctype = "text/html" if d["fmt"] == "html" else "text/plain"
        h.append("Content-Type: %s; charset=utf-8" % ctype)
        h.append("Content-Transfer-Encoding: 8bit")
        body = to_html(d["body"]) if d["fmt"] == "html" else d["body"]
        text = "\n".join(h) + "\n\n" + body + "\n"
    return crlf(text).encode("utf-8")

def jsn(d):
    dt = datetime.strptime(d["date"], "%Y-%m-%d %H:%M").replace(tzinfo=TZ)
    x = d["extra"]
    obj = {
        "id": "%s-%03d" % (W, d["n"]),
        "submitted_at": dt.isoformat(),
        "name": d["name"],
        "phone": x.get("phone", ""),
        "email": d["addr"],
        "anonymous": bool(x.get("anonymous", False)),
        "title": d["subject"],
        "content": d["body"],
        "district": x.get("district", ""),
    }
    return (json.dumps(obj, ensure_ascii=False, indent=2) + "\n").encode("utf-8")

def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.startswith(W + "-"):
            os.remove(os.path.join(OUT, f))
    rows = ["path\tcategory\tconfidential\treason\tdepartment\tpriority\tlanguage\thard"]
    for d in sorted(L, key=lambda d: d["n"]):
        ext = "json" if d["fmt"] == "json" else "eml"
        fn = "%s-%03d-%s.%s" % (W, d["n"], d["slug"], ext)
        data = jsn(d) if ext == "json" else eml(d)
        with open(os.path.join(OUT, fn), "wb") as fh:
            fh.write(data)
        rows.append("\t".join(["letters/" + fn, d["cat"], d["conf"], d["reason"], d["dept"],
                               d["prio"], d["lang"], d["hard"]]))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(rows) + "\n")

if __name__ == "__main__":
    main()
