#!/usr/bin/env python3
"""w25: letters to the mayor's mailbox (disabled people, carers, families; a few others).
Writes letters/ and labels.tsv next to this script. Deterministic."""
import json, os
from datetime import datetime, timezone, timedelta
from email.header import Header
from email.utils import formataddr, format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "letters")
TZ = timezone(timedelta(hours=8))
W = "w25"

L = []
def add(n, slug, fmt, when, who, addr, subject, body, cat, conf, reason, dept,
        prio="normal", lang="zh", hard="-", phone="", district="", anonymous=False):
    L.append(dict(n=n, slug=slug, fmt=fmt, when=when, who=who, addr=addr,
                  subject=subject, body=body.strip("\n"), cat=cat, conf=conf,
                  reason=reason, dept=dept, prio=prio, lang=lang, hard=hard,
                  phone=phone, district=district, anonymous=anonymous))

add(1, "mother-sixth-floor", "eml", "2026-10-02 20:41", "吕秀兰", "lxl1962@example.net",
"我妈在六楼下不来了", """
市长您好，

我不知道这个事该找谁，打了好几个电话，最后有人说给市长信箱写信试试。

我母亲今年七十九，前年中风以后一直坐轮椅，住在长庚路老纺织厂宿舍4栋601，没有电梯。她已经快一年没下过楼了。上次去医院复查，是我和我爱人再加上邻居家的小伙子，三个人连人带椅子把她抬下去的，下到三楼拐角差点摔了，现在想起来还后怕。

我们楼去年就开始签加装电梯的同意书，一楼二楼有两户不同意，就一直卡在那。居委会说他们也没办法，人家不签总不能绑着签。可是别的小区不是都装上了吗？

能不能请相关部门来协调一下，哪怕告诉我们下一步该怎么走也行。老人家天天坐在窗户边上看楼下，我看着心里难受。

吕秀兰
电话 138 0000 2716
""", "demand", "no", "-", "Housing and Urban-Rural Development Bureau")

add(2, "window-seven-deaf-colleague", "eml", "2026-10-14 16:05", "Tomasz Wierzbicki", "t.wierzbicki@example.org",
"Window 7 at the service centre - how my deaf colleague was treated", """
Dear Mayor's Office,

I am writing on behalf of my colleague Ms. Fang, who is profoundly deaf and cannot call the hotline herself, so she asked me to write.

Today, 14 October, around 10:30, we went together to the Government Service Centre on Jinhe Avenue to change the registered address on her company's business licence. At window 7 the clerk (a woman, short hair, glasses, badge number ending in 31, I did not catch the rest) would not look at the notes Ms. Fang had written in advance. She pushed the paper back and said, loudly, "we don't do writing here, bring someone who can talk". When I said I was there to help, she said I am a foreigner and not a relative so it "doesn't count", and called the next number.

Ms. Fang left in tears. She has done her own paperwork for fifteen years without anybody's help.

We would like someone to look at how this clerk treats people, and we would like the application processed.

Regards,
Tomasz Wierzbicki
+86 135 0000 8842
""", "complaint", "yes", "a", "Administrative Approval Bureau", lang="en")

add(3, "autism-certificate-assessment", "json", "2026-10-03 09:12", "郑雨桐", "zyt_mama@example.com",
"孩子自闭症办残疾证要去哪里鉴定", """
您好，我儿子五岁，上个月在市妇幼确诊孤独症谱系障碍。康复机构的老师说可以办残疾证，办了以后康复训练有补贴。想问一下：1. 精神类的残疾评定是在哪家医院做，需要预约吗？2. 除了户口本、诊断书，还要带什么材料？3. 孩子户口在老家邯阳县，我们在这边有居住证，能在这边办吗？谢谢。
""", "consultation", "no", "-", "Civil Affairs Bureau", phone="187-0000-3390", district="临江区")

add(4, "taxi-guide-dog", "eml", "2026-10-19 08:30", "Sarah Holloway", "sarah.holloway@example.com",
"Taxi refused my guide dog (again)", """
Hello,

I'm a British teacher, I've lived here three years and I'm blind. I have a guide dog, Biscuit, trained in the UK, with all her papers and a harness that says GUIDE DOG in Chinese and English.

Last Saturday (Oct 17) at about 7pm I hailed a taxi outside the Xinyue shopping mall. The driver saw the dog, said "bu xing bu xing" and drove off. My friend caught the plate, it ended in K56, green and white car. The second taxi did exactly the same. We waited 40 minutes in the end. This happens about once a week, honestly I've stopped counting.

I was told guide dogs are allowed in taxis. Could the taxi company be told, and could drivers in general be reminded? I don't need the man fired, I just want to get home on a Saturday night like everyone else.

Sarah
""", "demand", "no", "-", "Transport Bureau", lang="en")

add(5, "tactile-path-adventure", "eml", "2026-10-06 11:20", "老周", "zhou.laoshi@post.example",
"表扬一下翠屏路的盲道", """
必须表扬一下翠屏路的盲道，设计的人真是用心良苦。

从公交站下车，顺着盲道走二十米，直接通向一根电线杆。撞完头往右拐，盲道又把你领到一个窨井盖上，再往前是一排共享单车，终点是一家烧烤店门口的炭炉子。我拄着棍子走一趟，跟闯关一样，比游乐园刺激多了，还不要门票。

我眼睛是看不见，但我头上的包大家都看得见。

麻烦管这个的部门派个人来，把眼睛蒙上走一遍，走完了咱们再聊。就是翠屏路公交站到农商银行那一段。

老周 159 0000 6628
""", "demand", "no", "-", "Urban Management Bureau", hard="sarcasm")

add(6, "care-subsidy-evening-chat", "eml", "2026-10-08 22:47", "吴海涛", "wuhaitao@example.net",
"关于我爸护理补贴的事想问问", """
我爸是一级肢体残疾，每个月有重度残疾人护理补贴。今年九月复核，社区负责这块的是一个姓钱的男同志，四十来岁，戴个金边眼镜。他跟我说今年材料要求严了，我们家的"不太好过"，让我晚上去他办公室"聊聊"。

我去了。他把表格推到我面前，说别的家都"表示过"了，一户两百，他帮着跑街道，不然他也保证不了。我身上没带现金，他说微信也行。我就转了。

转完第二天材料就报上去了。

我回来越想越不对劲。这钱到底是交给谁的？是规定要交的吗？如果是规定，能不能给张收据？如果不是，那别的家呢？我们楼还有三户残疾人家庭，有一户是低保户。

桂园社区 吴海涛
""", "complaint", "yes", "a", "Discipline Inspection Commission", hard="indirect")

add(7, "library-reading-room-third-floor", "eml", "2026-10-24 14:02", "Priya Raman", "priya.r@example.net",
"Library accessible reading room is on the 3rd floor?", """
Hi,

I use a wheelchair and I love the new City Library, it's beautiful. But I was surprised that the "accessible reading room", with the braille books and the screen magnifiers, is on the 3rd floor, and the only lift on the east side was "under maintenance" both times I went (Oct 9 and Oct 23). The staff were kind and brought books down for me, but that's not really the point, is it.

Maybe the accessible room could move to the ground floor? Or at least a second lift, or a notice on the website when the lift is broken, so we don't travel an hour for nothing. Also the door at the top of the entrance ramp has to be pulled and it's very heavy - an automatic door button would help a lot.

Thanks for listening,
Priya (from India, living in Guanlan)
""", "suggestion", "no", "-", "Culture and Tourism Bureau", lang="en")

add(8, "bus-stop-announcements", "eml", "2026-10-11 07:55", "葛文斌", "gewenbin@example.org",
"公交报站的一点建议", """
我是低视力，能看见一点光和大概的轮廓，每天坐公交上班。最怕的就是报站。现在很多车的语音报站声音很小，有的干脆坏了不报，司机也不说，车里人一多根本听不清，我已经坐过站好几次了。

几点建议：
一是每辆车出场前检查一下报站器；
二是站牌上能不能加个按钮，按一下就播报现在进站的是几路车，我在外地见过；
三是车头的线路号能不能做大一点、亮一点，晚上尤其看不清。

谢谢。
葛文斌，枫亭街道
""", "suggestion", "no", "-", "Transport Bureau")

add(9, "metro-wheelchair-exit", "json", "2026-10-04 18:33", "", "",
"地铁", """
轮椅能坐地铁2号线吗？望海站哪个口有电梯？
""", "information", "no", "-", "Transport Bureau", hard="short")

add(10, "brother-care-subsidy-guardian", "json", "2026-10-09 23:10", "", "",
"Care subsidy question", """
Hello. My younger brother has cerebral palsy (disability level 1) and lives with me and my husband since our parents passed away. My uncle is his guardian on paper and receives the nursing subsidy for him every month, but my brother has not lived with him for two years and we never see that money. I want to know: can the subsidy be paid to the person who actually takes care of him? What do we need to do to change the guardian or the bank account? I ticked anonymous because the family situation is very bad and I don't want my uncle to hear that I asked, before I even know what my rights are.
""", "consultation", "yes", "b", "Civil Affairs Bureau", lang="en", district="西岭区", anonymous=True)

add(11, "subsidy-not-arrived", "eml", "2026-10-12 10:18", "孙德旺", "sunxiaomei2009@example.com",
"补帖怎么还没到", """
领导你好

我是沙河村的残急人孙德旺 两条腿不好 每个月的残急人生活补帖 从七月份就没有到卡上了 已经三个月了

我去问了村里 村里说是上面的事 打街到电话没人接 我不会用智能手机 这封信是我孙女帮我打的字

麻烦帮我查一下钱是不是发到别的卡上去了 我的卡是农商行的尾号3317 谢谢领导
""", "demand", "no", "-", "Civil Affairs Bureau", hard="typos")

add(12, "rehab-therapist-phone", "eml", "2026-10-21 09:40", "卞立新", "bianlixin@example.org",
"市二院康复科的事", """
10月20号下午我带儿子（脑瘫，9岁）去市第二人民医院康复科做下肢训练。负责他的治疗师是个年轻男的，胸牌上写着叶什么，在康复科三诊室。

他把孩子绑上站立床，调好角度就出去了。我在门外看见他坐在走廊椅子上打手机游戏，打了差不多二十分钟。孩子在里面哭，绑带松了，人往一边歪，我推门进去才扶住，头已经磕到床边的铁架子上，起了一个包。

我去找他，他说"哭是正常的，训练都这样"，连进去看一眼都没有。

孩子在这里做了一年康复，以前的治疗师都不是这样的。希望医院管一管，至少不要再让他负责我儿子。

卞立新 183 0000 4519
""", "complaint", "yes", "a", "Health Commission")

add(13, "subsidy-portal-screen-reader", "eml", "2026-10-27 21:15", "Daniel Okafor", "d.okafor@example.com",
"Re: Re: Online subsidy application not accessible", """
I'm writing again because the "solution" I was given is not a solution.

I'm blind and use a screen reader. The online application for the disability living subsidy has an image CAPTCHA with no audio option, and the upload buttons have no labels - my screen reader just says "button, button, button".

This is the reply I got last time:

> Dear applicant, thank you for your feedback. The system is operated
> according to unified provincial standards. You may ask family members
> to assist with the application or visit the offline window during
> working hours.
> -- Civil Affairs online service team

I live alone. The offline window is two bus changes away and only open while I'm at work. "Ask family members" is exactly the problem.

This is the third time I write. Nobody has been rude, everyone is very polite, and nothing changes. Please fix the form, or give us some other way to apply online.

Daniel Okafor
(Nigerian, working in Qingshui Tech Park)
""", "complaint", "no", "-", "Civil Affairs Bureau", lang="en", hard="quoted")

add(14, "landlord-smashed-ramp", "eml", "2026-10-16 13:26", "杨春梅", "ycm.home@example.net",
"房子的事，想请人来看看", """
我们一家租在石磨岭村一户人家的一楼。我丈夫前年在工地出事截了肢，坐轮椅。搬进来的时候跟房东说好了的，我们自己出钱在门口砌了个小坡，方便轮椅进出。

这个月房东说要涨房租，从八百涨到一千五。我们说合同还有一年，他就拿锤子把那个坡砸了，说是"违建"。这几天又把我们的水闸关了，说不交就别住。我丈夫现在出不了门，上厕所都要我背。

他家大哥是村里的书记。我们户口不在这，孩子还在村小上学，在这个村里我们说不上话，闹僵了以后日子只会更难过。

想问问能不能有人来管一管水的事。坡的事我们自己再想办法。

杨春梅 136 0000 7821
""", "demand", "yes", "c", "Housing and Urban-Rural Development Bureau", hard="indirect")

add(15, "old-town-wheelchair", "html", "2026-10-07 19:50", "Lukas Brenner", "lukas.brenner@example.de.example",
"Old Town with a wheelchair - a few ideas", """
Dear Sir or Madam,

During the National Day holiday my wife and I visited the Qiaotou Old Town. My wife uses a wheelchair since a skiing accident. We liked the town very much, and the staff at the tourist information booth were very friendly.

But it was hard. The main street is cobblestones, every shop has one or two steps, and the only accessible toilet we found was locked; a sign said the key is "with the manager", and nobody knew where the manager was.

Some ideas, if I may:
- a simple map with a step-free route through the town;
- a ramp at the main gate, at least, and at the boat pier;
- the electric sightseeing carts could have one space for a wheelchair;
- keep the accessible toilet open during opening hours.

It is a beautiful place. It would be a pity if only people who can climb steps can enjoy it.

With kind regards,
Lukas Brenner (German, living in Xiyuan)
""", "suggestion", "no", "-", "Culture and Tourism Bureau", lang="en")

add(16, "thanks-officer-liu", "eml", "2026-10-09 15:12", "贺建军", "hejianjun@example.com",
"感谢白沙派出所的刘卫东警官", """
10月5号国庆假期，我儿子（22岁，孤独症，不会说完整的句子）在万象城走丢了。我们一家找了四个小时，急得快疯了。

报警以后，白沙派出所的刘卫东警官一直陪着我们调监控，晚上十一点多在高架桥底下找到了孩子，孩子一只鞋都跑丢了。刘警官自己掏钱给他买了双拖鞋和一个面包。孩子不让生人碰，他就蹲在地上跟孩子慢慢说话，说了二十多分钟，孩子才肯跟他走。

我们做父母的不知道怎么感谢才好，写这封信，就是想让领导知道有这样的好警察。

贺建军 全家
""", "information", "no", "-", "Public Security Bureau")

add(17, "income-tax-reduction", "eml", "2026-10-13 12:30", "程露", "chenglu.qa@example.org",
"残疾人个税减免怎么申请", """
您好，我是二级视力残疾，在一家软件公司做测试，有工资收入。听朋友说残疾人的工资个人所得税可以减征，但公司财务也说不清楚，让我自己问。

请问：
这个是在个税APP上自己填，还是要去税务局窗口办？
需要带残疾证原件吗？
能减多少，每年都要重新申请吗？
去年的能不能补？

谢谢！
""", "consultation", "no", "-", "Taxation Bureau")

add(18, "lift-broken-dialysis", "eml", "2026-10-22 21:05", "Helen Zhao", "helen.zhao@example.com",
"URGENT - lift broken 4 days, my father needs dialysis", """
To whom it may concern,

I'm writing in English because I work abroad and my Chinese typing is very slow, sorry.

My father, Zhao Guoping, 74, lives in Block 3, Lanting Garden, 11th floor. He uses a wheelchair and has kidney failure; he needs dialysis every Monday, Wednesday and Friday at the People's Hospital. The building's only lift has been broken since Sunday. The property company, Huijia Property, says the part will come "next week, maybe". He already missed Wednesday's dialysis because nobody could carry him down 11 floors. His legs are swelling and he is short of breath. My mother is 72 and cannot do anything alone.

Please, someone has to make them repair the lift now, or help get him down safely for Friday. Friday is tomorrow.

Also - my parents pay the property fee every month for a lift that breaks every two months. Is there any way to ask for the fee to be reduced? But the lift first. Please.

Helen Zhao (daughter)
Mother's phone: 177 0000 2045
""", "demand", "no", "-", "Housing and Urban-Rural Development Bureau", prio="high", lang="en", hard="two-intents")

add(19, "hotline-sign-language", "eml", "2026-10-15 10:00", "陳美玲", "meiling.chen@example.net",
"建議１２３４５開通文字與視訊手語服務", """
市長您好：

本人是聽障人士，自幼失聰，從臺中嫁來本市已經八年。每次遇到事情想打１２３４５，都只能請先生幫忙打，他上班的時候就沒辦法。

建議如下：
１．開通可以即時對話的文字客服（網頁或簡訊都好），不是留言三天後才回覆的那種；
２．每週至少安排幾個時段，有視訊手語翻譯；
３．在官網首頁明顯的位置標出來，讓聽障朋友知道有這個服務。

聽不見，不代表沒有事情要反映。

謝謝！
陳美玲　敬上
""", "suggestion", "no", "-", "Municipal Government Office", hard="fullwidth")

add(20, "crutch-kicked-vendor", "eml", "2026-10-27 18:44", "邱晓雯", "qxw1990@example.com",
"城管把我舅舅的三轮车拖走了，还踢了他的拐", """
我舅舅小时候得过小儿麻痹，一条腿萎缩，拄拐，在花溪农贸市场东门外面摆个小摊修鞋配钥匙，摆了十几年了。

10月27日上午九点多，来了三个穿制服的城管，开一辆白色皮卡。领头的那个高个子，戴眼镜，胸前的编号尾数是17。说他占道，二话不说就把三轮车连工具一起抬上了皮卡。我舅舅上去拉，那个高个子一脚把他的拐踢开，他一下子坐在地上。周围好多人都看见了，有人拍了视频。

占道我们认，该罚就罚，该搬就搬。但是踢一个残疾人的拐杖，这算什么执法？

请领导查一下这个人，把车和工具还给我舅舅，那是他吃饭的家伙。

邱晓雯 152 0000 9634
""", "complaint", "yes", "a", "Urban Management Bureau")

add(21, "school-cochlear-implant", "eml", "2026-10-26 20:20", "Marta Kowalczyk", "marta.k@example.org",
"school for my son (hearing impaired) - questions", """
Hello,

We are a Polish family, my husband works at a car parts factory in the Dongshan development zone. Our son Jan is 7 and has a cochlear implant, he hears quite a lot with it. He speaks Polish and a little Chinese.

We want to know which 小学 near Dongshan can take him in a normal class with some support (随班就读 - my Chinese colleague taught me this word), or if there is a 特殊教育学校 which accepts foreign children. Which documents do we need? We don't have a 户口本 of course, only residence permits and passports. And is there a school fee for foreign kids in public schools?

Sorry for mixing languages. Thank you very much.

Marta
""", "consultation", "no", "-", "Education Bureau", lang="en", hard="mixed")

add(22, "massage-parlour-wages", "eml", "2026-11-05 22:31", "方师傅", "fang.tuina@example.net",
"盲人推拿馆三个月没发工资", """
您好，我是全盲，在丹桂路上的瑞康盲人推拿馆（二楼）做推拿师，店里一共六个师傅，五个是盲人。

老板从八月开始就没发过工资，每次问都说生意不好，下个月一起发。我们吃住都在店里，他说扣掉吃住也剩不了多少。现在快三个月了。

上个礼拜有个师傅说要去劳动局，老板当着大家的面说，谁去告他就让谁卷铺盖走人。我们眼睛看不见，出去找活不容易。

请劳动部门帮我们把工资要回来。这封信是我用读屏软件一个字一个字写的。请不要跟老板说是谁反映的，你们就说是例行检查也行。

方 130 0000 5172
""", "demand", "yes", "b", "Human Resources and Social Security Bureau")

add(23, "special-school-bruises", "eml", "2026-11-09 08:12", "梁红", "lianghong.mom@example.com",
"启智学校老师的事", """
我女儿在市启智学校读三年级，唐氏综合征，不太会表达。这学期开学以后她很怕上学，每天早上在校门口哭。

上周五给她洗澡，我看到她两个胳膊上都有青紫的手指印。我问她，她说"马老师，捏"，还做了一个捏的动作。马老师是她们班这学期新来的班主任。

我去学校问，马老师说是孩子自己磕的。校长说会了解情况，到今天一个星期了，没有下文。

我不是想闹事，只是孩子不会说，我们做家长的只能替她说。请教育局去查一下，调一下教室的监控。

梁红 189 0000 1378
""", "complaint", "yes", "a", "Education Bureau")

add(24, "bus-46-ramp", "eml", "2026-11-10 08:41", "Chen Wei", "chenwei.wheels@example.net",
"bus 46 ramp", """
Bus 46 ramp broken again. 3rd time this month. Lanfeng Rd stop, 8:10am. I'm in a wheelchair. Late for work again.
""", "demand", "no", "-", "Transport Bureau", lang="en", hard="short")

add(25, "free-bus-card-proxy", "json", "2026-10-28 15:37", "趙先生", "zhao.family@example.org",
"請問殘疾人免費乘車卡怎麼辦理", """
您好，我母親是肢體殘疾三級，今年剛領到殘疾證。聽說持證可以辦公交免費乘車卡（愛心卡），請問要到哪裡辦？需要帶哪些證件？是否需要本人到場？她行動不便，可否由家屬代辦？謝謝！聯絡電話：１３７　００００　５５６１
""", "consultation", "no", "-", "Civil Affairs Bureau", hard="fullwidth", phone="137 0000 5561", district="鼓樓區")

add(26, "service-hall-barrier-free", "multi", "2026-11-02 17:25", "Rebecca Lindqvist", "rebecca.l@example.com",
"Congratulations on your barrier-free service hall", """
Congratulations to whoever designed the "barrier-free" entrance of the Citizen Service Centre on Haixin Road. It truly is barrier-free: nobody can get through it, so there are no barriers to worry about.

The side door with the wheelchair sign was chained shut on both my visits (Oct 12 and today, Nov 2). The security desk told me to use the main entrance, which has eleven steps. I counted. Twice.

Inside, the accessible toilet makes excellent storage for mops, traffic cones and what looked like last year's Mid-Autumn decorations.

I don't want anyone scolded, the guards were only doing what they'd been told. I would just like the door unlocked during opening hours and the toilet turned back into a toilet. Is that too ambitious?

Rebecca Lindqvist (Swedish, Riverside Apartments)
""", "complaint", "no", "-", "Municipal Government Office", lang="en", hard="sarcasm")

add(27, "care-home-restraints", "json", "2026-11-11 01:48", "", "",
"康乐家园托养中心晚上的情况", """
我在城北康乐家园残疾人托养中心做护理员，这是一家民办机构。最近两个月中心换了管事的人，为了省人手，晚上只留一个护理员看四十多个智力残疾的学员。有几个情绪不稳定的，晚上被用布条绑在床栏上，一绑就是一整夜，早上起来手腕上全是红印，有的尿在床上也没人管。我提过，管事的说不绑出了事谁负责。

我需要这份工作，所以选了匿名。希望民政部门能来突击检查一次，晚上来看最清楚。地址在北环路和纺机路交叉口往里走两百米。
""", "demand", "yes", "b", "Civil Affairs Bureau", district="城北区", anonymous=True)

add(28, "cp-rehab-insurance-age", "eml", "2026-10-18 21:58", "韩冬", "handong77@example.com",
"建议放宽脑瘫儿童康复训练的医保报销年龄", """
我女儿今年七岁，脑瘫，每周要做三次运动康复和作业治疗。六岁以前，康复训练医保能报一部分，过了六岁生日就全部自费了，一个月四千多。

可是康复不是到六岁就结束的，医生说她至少还要练到十几岁。

建议医保部门研究一下，把儿童康复项目的报销年龄放宽到十四岁或者十八岁，或者按病情评估，而不是一刀切按年龄。很多家长为了孩子康复辞了工作，这笔钱真的压得人喘不过气。

韩冬
""", "suggestion", "no", "-", "Healthcare Security Bureau")

add(29, "fwd-nursing-subsidy-level", "eml", "2026-10-10 11:03", "Liu Jing", "liujing.lt@example.net",
"Fwd: reply about my application - how is the level decided", """
Dear sir/madam,

I applied for the severe disability nursing subsidy for my husband in September. Below is the reply I got from the sub-district office:

---------- Forwarded message ----------
From: 柳塘街道社会事务办
Date: 2026-10-09
Subject: 答复
关于您申请重度残疾人护理补贴的答复：经审核，申请人残疾等级为肢体三级，不符合一、二级重度残疾标准，不予发放。如有疑问请咨询所在社区。
-----------------------------------------

My husband had a second stroke in August. He can't walk or feed himself now, he is much worse than when he got his certificate in 2019. I don't understand how the level is decided. Can we do the assessment again? Where, and how long does it take? Does he have to go in person? Moving him is very hard for me.

Thank you.
Liu Jing
""", "consultation", "no", "-", "Civil Affairs Bureau", lang="en", hard="quoted")

add(30, "seven-steps-one-year", "eml", "2026-10-30 22:19", "周女士", "jinxiu.zhou@example.com",
"锦绣苑门口那七级台阶已经反映一年了", """
去年十月我第一次打12345，反映锦绣苑小区到街道办那段路上有七级台阶，没有坡道。我女儿坐轮椅，每次去街道办事都得找人抬。当时说转给街道了。

后来我又打了三次，每次都是"已转办"，然后就没有然后了。街道的人来过一次，拍了照片，说会上报。到现在一年了，台阶还是那七级。

说实话这封信我犹豫了很久才写。我女儿的护理补贴、我们家的临时救助，每年都要街道审核盖章。我怕反映多了被人记住，明年审核的时候就"材料不齐"了。可我实在没别的办法。

能不能给个准话，这个坡道到底修不修？

锦绣苑 周
""", "complaint", "yes", "c", "Municipal Government Office")

add(31, "supermarket-guard-guide-dog", "eml", "2026-11-02 09:14", "Jonas Petersen", "jonas.petersen@example.net",
"Supermarket security guard blocked me and my guide dog", """
Hello,

On Sunday 1 November, around 4pm, I tried to enter the FreshWay supermarket at Taoyuan Plaza with my guide dog. A security guard stood in front of me and said no animals. I showed him the guide dog card (it is in Chinese) and tried to explain in my bad Chinese. He called the floor manager, a young woman, who said it was "company policy" and they will "not take responsibility" if the dog bites someone. Other customers were filming.

I shop there every week. Could someone from the market authority remind the company of the rules about guide dogs and ask them to train their staff? You are welcome to give them my name and number, I have nothing to hide.

Jonas Petersen (Denmark)
+86 150 0000 3318
""", "demand", "no", "-", "Market Regulation Administration", lang="en")

add(32, "snow-tomorrow-banquet", "json", "2026-11-27 19:02", "蒋伯", "",
"明天下雪吗", """
明天城西下雪吗？周六院子里摆喜酒，要不要搭棚。
""", "information", "no", "-", "Meteorological Bureau", hard="short", phone="133 0000 2217", district="城西区")

add(33, "mum-home-care-mixed", "eml", "2026-10-20 23:36", "Kelly 林", "kelly.lin@example.com",
"关于我妈的居家护理 home care 想咨询一下", """
Hi 您好，

我在上海工作，我妈一个人住在家里，上个月 stroke 之后左边身子不太能动，现在办了残疾证，二级。我没办法 full time 回去照顾她，想问一下本市有没有政府的居家养老或者 home care 服务，就是每周有人上门帮忙洗澡、做饭、做一点康复的那种。

1. 怎么申请？是找社区还是街道？
2. 是免费的还是要付费，有没有 subsidy？
3. 我人不在本地，可以 online 帮她申请吗？

我妈住在青藤路那边的老小区。Thanks a lot!

Kelly 林
微信同手机 186 0000 4471
""", "consultation", "no", "-", "Civil Affairs Bureau", hard="mixed")

add(34, "eye-assessment-tea-shop", "eml", "2026-11-04 20:50", "Zhou Ming", "zhouming.88@example.org",
"about the eye assessment at Nanping District Hospital", """
Hello.

My mother is going through the disability assessment for her eyes at the Nanping District Hospital, ophthalmology. The doctor who does the assessment, Dr. Sun, the older one on Tuesday afternoons, told us her vision is "on the line between level 3 and level 4" and that "the family should think about how to show sincerity". Then he looked at my bag and said there is a tea shop downstairs, and many families "leave a little something" there under his name. He said it twice.

We did not do it. The result came out level 4, which gives almost nothing. Another family in the waiting room told us they "left something" and got level 2.

I don't know if I am right to feel this angry. I just want my mother's eyes to be measured honestly. Can someone check?

Zhou Ming
""", "complaint", "yes", "a", "Health Commission", lang="en", hard="indirect")

add(35, "ramp-gate-locked", "eml", "2026-11-06 12:07", "严志刚", "yanzhigang@example.net",
"物业把坡道的门锁了", """
我家住在银杏湾二期8栋，我是轮椅使用者。我们单元门旁边有一条无障碍坡道，坡道尽头有个小铁门。上个月开始物业把这个铁门锁了，说是有人从那里偷电动车。现在我只能绕到地下车库，从车库电梯上楼。车库那个坡很陡，下雨天特别危险，上周我差点连人带车翻过去。我找物业要钥匙，物业说钥匙不能给个人。

还有一个事，小区地面上唯一的无障碍停车位，天天被一辆白色电动车和一辆黑色SUV占着，物业说他们管不了。

主要还是坡道那个门，请帮忙协调物业打开，或者给我一把钥匙也行。

严志刚 134 0000 6650
""", "demand", "no", "-", "Housing and Urban-Rural Development Bureau", hard="two-intents")

add(36, "id-card-photo-eight-times", "eml", "2026-11-12 16:40", "潘国华", "panguohua@example.com",
"换身分证的规定太不近人情", """
我儿子今年十六岁，重度智力残疾，身分证到期要换。去了两次兴隆派出所户籍窗口，窗口说必须本人签字按手映、本人现场采急照片。我儿子坐不住，一照相就哭闹，照了八次都不合各，后面排对的人一直在催，我们只好又回去了。

我问能不能上门采集，或者监护人代签，窗口说没有这个规定，要问分局。打分局电话一直占线。

我不是怪窗口那个小姑娘，她也很耐心地给照了八次，是规定不人性化。能不能给重度残疾的人开个绿色通道？上门办也可以啊。

我叫潘国华，电话131 0000 2890，实名反映，不怕你们找我。
""", "complaint", "no", "-", "Public Security Bureau", hard="typos")

add(37, "museum-tickets-foreign-card", "html", "2026-11-08 10:26", "Isabelle Fournier", "isabelle.fournier@example.fr.example",
"Museum tickets for disabled visitors", """
Hello,

My brother is visiting from France at the end of November. He uses a wheelchair and has a French disability card (carte mobilité inclusion).

Do the City Museum and the Botanical Garden give free or reduced tickets to disabled visitors, and would they accept a foreign card? Are there wheelchairs to borrow at the entrance? And are both places open on Mondays?

Merci beaucoup,
Isabelle Fournier
""", "information", "no", "-", "Culture and Tourism Bureau", lang="en")

add(38, "service-hall-sign-language", "eml", "2026-10-23 15:48", "施蓓", "shibei.sign@example.org",
"政务大厅窗口能不能配几个懂手语的", """
我是一名手语翻译志愿者，经常陪聋人朋友去政务服务中心办事。大厅的工作人员都很客气，但基本没人会手语，聋人朋友只能靠写字，写一张，工作人员看一张，回一张，十分钟的事能办四十分钟。

几点建议：
1. 每个分厅至少培训一两个会基础手语的工作人员，窗口挂个牌子；
2. 综合窗口放一块写字板或者平板，能直接打字沟通；
3. 可以跟我们手语协会合作，定期派志愿者驻点，我们很愿意来。

施蓓（手语协会志愿者）191 0000 8806
""", "suggestion", "no", "-", "Administrative Approval Bureau")

add(39, "insurance-window-deaf-father", "eml", "2026-11-03 14:22", "汤丽", "tangli.work@example.net",
"医保中心三号窗口那个人对我爸说的话", """
11月3号上午，我陪我爸去区医保服务中心办门诊慢特病的备案。我爸耳朵完全听不见。我去洗手间那两分钟，他自己拿着号去了三号窗口。

我回来的时候正好听见窗口里那个男的，三十多岁，头发有点卷，对着我爸大声说"聋子就别来添乱，叫个能说话的来"，然后把我爸的材料直接从窗口扔了出来，纸掉了一地。我爸蹲在地上一张一张捡，后面排队的人都看着。

我过去问他什么意思，他说"我说错了吗"。

我爸七十多了，回家一句话没说，晚饭也没吃。我要求这个人给我爸道歉，也请医保局管管窗口的人。

汤丽 158 0000 3942
""", "complaint", "yes", "a", "Healthcare Security Bureau")

add(40, "disabled-workers-salary", "eml", "2026-11-13 19:55", "Wang Xiaolong", "wxl.polio@example.com",
"salary not pay for disable worker", """
Hello mayor,

I am disable worker (my leg is polio) in Hengtai Packaging Factory at Shuikou Industrial Area. I write english because my cousin say english letter will be read more fast, sorry my english not good.

Factory not pay our salary two month, september and october. There is 11 worker with disable in factory, all not pay. Boss say because we are disable and company get tax reduce for us, we should be thankfull and wait.

I want get my money, 2 month is 5600 yuan. I have to pay rent, landlord already ask two time. Please help us.

Wang Xiaolong
phone 139 0000 7705
""", "demand", "no", "-", "Human Resources and Social Security Bureau", lang="en", hard="typos")

add(41, "borrowed-certificates-quota", "eml", "2026-11-15 23:59", "一个普通咨询的人", "hr.question@example.org",
"公司用别人的残疾证挂名，这样合法吗", """
想咨询一个事。

我在一家物流公司做人事，公司一百多人。为了少交残疾人就业保障金，老板让我找了三个持残疾证的人，把证"挂"在公司，每个月给每人五百块，社保也交，但人从来不来上班，也没有实际的工作。老板说很多公司都这么干。

我想问：
1. 这样做违法吗？我作为经办人要不要承担责任？
2. 如果要反映，应该找哪个部门？

公司和我的名字我都不方便写，这份工作我还要做下去，您就当是一个普通咨询吧。
""", "consultation", "yes", "b", "Human Resources and Social Security Bureau")

add(42, "pile-driving-2am", "eml", "2026-11-16 03:12", "Oliver Grant", "ogrant@example.net",
"Pile driving at 2am next to Meilin apartments", """
For the past nine nights, the construction site on the corner of Xiangyun Road and Meilin Street has been running a pile driver and concrete trucks from about 11pm until 4 or 5am. I've called 12345 twice and was told the site has a night-work permit.

Fine, but does a permit really allow pile driving at 2am, every single night? It's 3am now and I'm writing this because I can't sleep. My wife is seven months pregnant and hasn't slept properly in a week. Our windows rattle.

Please send someone at night to measure the noise - not during the day, when it's quiet.

Oliver Grant
Meilin Apartments, Block C
""", "demand", "no", "-", "Ecology and Environment Bureau", lang="en")

add(43, "fake-disability-federation-call", "json", "2026-10-29 11:45", "马俊", "",
"举报一个冒充残联的诈骗电话", """
我要举报一个诈骗电话！今天上午有个人打给我妈，说是市残联的，说我妈的残疾人补贴"系统升级"要重新认证，让她报银行卡号和手机验证码，还说不弄的话以后补贴就停了。我妈差点就说了，幸好我在旁边。号码是 171 0000 6203，口音像外地的。我妈这种老人太好骗了，请警察查一下这个号，也提醒一下别的残疾人家庭。
""", "demand", "no", "-", "Public Security Bureau", phone="176 0000 1180", district="江北区")

add(44, "labour-case-seven-weeks", "eml", "2026-11-01 21:30", "Ravi Menon", "ravi.menon@example.com",
"Labour inspection complaint - no response for 7 weeks", """
Dear Sir/Madam,

In September I filed a complaint with the district labour inspection office about my former employer, a language training company, which has not paid my last two months' salary or returned my deposit. I was given receipt number 0913-27. Since then, seven weeks: nothing. The phone number on the receipt rings and nobody answers. The online status still says "Accepted".

I would push harder, but my work permit comes up for renewal in March and it's tied to my new employer, which goes through the same district offices. A friend of mine made a lot of noise about something similar last year, and somehow his renewal became very complicated. I'd rather not find out whether that was a coincidence.

So I am only asking this: could someone check where my case is?

Ravi Menon
""", "complaint", "yes", "c", "Human Resources and Social Security Bureau", lang="en", hard="indirect")

add(45, "library-weekend", "json", "2026-10-31 09:05", "卢", "",
"图书馆周末", """
市图书馆周末开门吗？几点到几点？想带孩子去借书。
""", "information", "no", "-", "Culture and Tourism Bureau", hard="short", district="滨河区")

add(46, "hotline-closed-lift-still-broken", "html", "2026-11-14 20:11", "田野", "tianye.wheel@example.net",
"你们的\"已办结\"是怎么回事", """
9月份我通过12345反映，地铁5号线青湾站B口的无障碍电梯停用了三个月。给我的回复是这样的：

【回复内容】您好，您反映的问题已转交相关单位处理，经核实，该电梯已安排维修，预计近期恢复使用。本工单已办结，感谢您对我们工作的支持。

我10月份去看了一次，11月又去了一次，电梯还是用黄胶带围着，牌子上写着"设备检修，暂停使用"，连个工人的影子都没有。

这就叫"办结"？是电梯办结了，还是工单办结了？我坐轮椅，每次只能多坐一站到青湾北站才能出来。我打回访电话，接线员说工单已经关闭了，只能重新提交。

我想问问12345：办结的标准是什么？是谁核实的？

田野 173 0000 5526
""", "complaint", "no", "-", "Municipal Government Office", hard="quoted")

add(47, "metro-tactile-braille-app", "eml", "2026-11-17 13:33", "Zhang Yifan", "zyf2005@example.edu.example",
"suggestion for metro 无障碍", """
Hi, I am a university student. My roommate 小雨 is blind, so I often go with her on the metro. Some suggestions:

1. The 盲道 inside stations often stops in the middle of the hall and doesn't lead to the 无障碍电梯. Please connect them.
2. Lift buttons at Line 1 stations have no braille, only Line 3 has.
3. Can the 地铁通 app support screen reading? Now my roommate can't buy a ticket by herself, she has to ask strangers.

Also English signs for the lifts please, many foreign students in our university town can't find them either.

Thank you!
Zhang Yifan, Nanxu University Town
""", "suggestion", "no", "-", "Transport Bureau", lang="en", hard="mixed")

add(48, "market-special-care-fee", "eml", "2026-11-18 06:50", "冯德才", "fdc.ganhuo@example.com",
"市场管里处乱收费", """
我是残疾人，少一只手，在福泉农贸市场卖干货，摊位号C-12。

这个月市场管里处说要收"特殊照顾管理费"，每月多交三百，说残疾人摆摊要专人照顾所以多收。我从来没要谁照顾过。别的摊位都没有这个钱，墙上的价目表上也没有，要他们开收居也不给开。

我不敢跟他们吵，这个摊位是我一家人的饭碗，他们说了，合同到期续不续还是他们说了算。

请管物价的部门来看看，这个钱该不该收。
""", "demand", "yes", "c", "Market Regulation Administration", hard="typos")

add(49, "thank-you-from-osaka", "eml", "2026-11-19 21:40", "Yuki Tanaka", "yuki.tanaka@example.jp.example",
"Thank you", """
Dear Mayor,

Just a short note. I moved here from Osaka in spring with my daughter, who is deaf. I was very worried. This autumn she started kindergarten, we found a doctor, got the bus card, finished the residence paperwork - and at every step somebody helped us more than they had to.

I don't know which office to thank, so I am thanking you. This city has been kind to us.

No reply needed.

Yuki Tanaka
""", "information", "no", "-", "none", lang="en")

add(50, "guide-dog-metro-moving", "eml", "2026-11-20 07:18", "Emily Watson", "emily.watson@example.com.au.example",
"Guide dog on the metro?", """
Hi there,

I'm a vision-impaired Australian and I'll be moving to your city in January for work, with my guide dog. Before I sign a lease, I'd like to know whether I can use the metro and the buses with her.

Are guide dogs allowed on the metro? Do I have to register her with some office or carry a local certificate, or is her Australian accreditation enough? Does she need to wear a muzzle?

Thanks so much,
Emily Watson
""", "consultation", "no", "-", "Transport Bureau", lang="en")

add(51, "double-ninth-relief-list", "multi", "2026-10-31 16:16", "老街坊", "dongao.neighbor@example.org",
"我们社区的助残物资发得真\"精准\"", """
我们东岙社区今年重阳节的助残慰问，真是精准到家了。

社区登记在册的残疾人家庭二十三户，领到米面油的九户。剩下十四户，一袋都没有，精准。

哪九户呢？一户是社区主任陆建华的小舅子家（腿脚好好的，天天晚上跳广场舞），一户是他亲家，还有两户是跟他一起打牌的牌友。我们楼的老贾，双目失明，一个人住，连个通知都没收到。

听说这叫"重点照顾"。确实照顾得很重点。

建议上面来查一下领取名单和签字，看看签字的都是些什么人。
""", "complaint", "yes", "a", "Discipline Inspection Commission", hard="sarcasm")

add(52, "curb-ramp-thanks", "eml", "2026-11-21 12:00", "Li", "li.rolling@example.net",
"curb ramp", """
Thanks for fixing the curb ramp at Beiyuan Rd / Huaxi St. Took a year, but it's perfect now. - Li, wheelchair user
""", "information", "no", "-", "Urban Management Bureau", lang="en", hard="short")

add(53, "manhole-next-to-tactile-path", "json", "2026-11-23 07:32", "彭丽", "pengli@example.com",
"盲道旁边的井盖没了，很危险", """
紧急！桃李路小学门口往东五十米的人行道上，一个下水道井盖不见了，黑洞洞一个坑，就在盲道旁边，旁边只插了一根树枝。这条路上每天都有盲人按摩店的师傅走，早上还有很多小孩上学。我刚才差点一脚踩进去。请马上派人来盖上或者围起来！
""", "demand", "no", "-", "Water Affairs Bureau", prio="high", phone="135 0000 4073", district="南湖区")

add(54, "veteran-pension-transfer", "eml", "2026-11-24 10:10", "骆长河", "luochanghe@example.net",
"伤残军人从外地迁过来，抚恤怎么转", """
您好，我是退役军人，1986年服役期间因公致残，评的是因公六级，一直在老家甘州领残疾抚恤金。今年跟着儿子搬到本市，户口也迁过来了。

请问：
抚恤关系怎么转过来？要带什么材料，去哪里办？
转的这段时间抚恤金会不会断？
另外，我这几年腿的情况比以前差多了，能不能申请重新评定伤残等级？

谢谢。
骆长河
""", "consultation", "no", "-", "Veterans Affairs Bureau")

add(55, "torn-parking-permit", "eml", "2026-10-31 10:37", "Feng Lei", "fenglei.drive@example.com",
"Traffic police officer tore up my disabled parking permit", """
Hello.

I am a wheelchair user and drive a modified car (hand controls, properly registered, C5 licence). On October 30 around 3pm I parked in the marked disabled space in front of the Municipal Hospital outpatient building, with my disabled parking permit on the dashboard.

When I came back, a traffic police officer was writing a ticket. His shoulder number started with 30, I have a photo of his face. I showed him the permit. He said "this is fake, nobody issues these", took it off the dashboard, tore it in half, and told me disabled people "should not be driving anyway". Then he gave me a 200 yuan fine.

I want this officer's behaviour investigated and the fine cancelled.

And also, since he said nobody issues these: which office actually issues disabled parking permits in this city? My old one came from the hospital car park company, maybe it's not valid. I want to get a real one.

Feng Lei
181 0000 3367
""", "complaint", "yes", "a", "Public Security Bureau", lang="en", hard="two-intents")

add(56, "wheelchair-subsidy-old-man", "eml", "2026-11-25 09:27", "林振興", "lin.zx@example.org",
"輪椅補助怎麼申請？", """
您好：

本人今年八十一歲，去年腿腳壞了，醫生說以後要坐輪椅。家裡那台是鄰居送的舊輪椅，輪子已經歪了，推起來一直往左邊跑。聽說殘疾人可以申請輔具補助，請問：

（一）沒有殘疾證，只有醫院的證明，可以申請嗎？
（二）補助是給錢，還是直接給輪椅？
（三）能不能先租一台用？
（四）要到哪裡辦？我住在北城門附近。

麻煩了，謝謝！！

林振興　電話：０５９６－００００　３３２１
""", "consultation", "no", "-", "Civil Affairs Bureau", hard="fullwidth")

add(57, "no-signal-sms-alarm", "eml", "2026-11-26 18:05", "Carlos Mendes", "carlos.mendes@example.com.br.example",
"No mobile signal in my mother-in-law's flat - her SMS alarm fails", """
Hello,

My mother-in-law (78, deaf) lives in Hexiang Garden, Block 2. The building is on a slope, and her flat on the lowest level is half underground. She can't hear calls, so she uses SMS, and an emergency button the community gave her that sends a text message to my wife and to the community centre.

The problem: there is almost no mobile signal in her flat. Messages take 20 minutes or fail. Last month she fell and pressed the button, and my wife got the message 40 minutes later. All three operators are bad there; the shops told us it is a "building structure problem".

Can the government ask the telecom companies to put a small signal booster in this building? Several other old people live in those lower flats too.

Carlos Mendes (Brazilian, son-in-law)
""", "demand", "no", "-", "Industry and Information Technology Bureau", lang="en")

add(58, "autistic-son-stairwell", "eml", "2026-11-07 22:44", "欧阳静", "ouyangjing@example.com",
"写给医院的一点心里话", """
我儿子八岁，孤独症。

上周带他去市中心医院看牙，挂号、候诊、拍片、再候诊，前前后后在大厅里待了三个多小时。人多，广播响，灯又亮，他受不了，躺在地上打滚尖叫，我抱不住他。旁边有人说"管不好就别带出来"，有人拿手机拍。护士过来说影响别人了，让我们去楼梯间等。

我们在楼梯间等了一个小时。

我不是来投诉哪个护士的，她也没办法。我就是在想，要是有个安静一点的小房间，或者这样的孩子能预约一个固定的时间，不用在大厅里耗着，是不是对大家都好一点。

可能是我想多了。
""", "suggestion", "no", "-", "Health Commission", hard="indirect")

add(59, "legal-aid-interpreter", "html", "2026-11-28 14:45", "Huang Min", "huangmin.sis@example.net",
"legal aid centre address", """
Good afternoon.

My brother is hearing impaired and was injured at work in September, the company refuses to pay anything. We heard disabled people can get free legal aid.

Where is the city legal aid centre, what are the opening hours, and do they have someone who can sign, or should we bring our own interpreter?

Thank you,
Huang Min
""", "information", "no", "-", "Justice Bureau", lang="en")

add(60, "daughter-passed-exam", "eml", "2026-11-30 21:08", "何建平", "hejianping@example.org",
"不用回复，就想说一声", """
市长好，

我女儿是聋人，今年第三次考事业单位。今年考场第一次给听障考生配了手语老师和文字提示屏，她说终于看懂了考官在说什么。上个月她收到了录用通知，在区图书馆做古籍整理。

那天晚上她对着我打了半个小时手语，我这个当爸的在旁边哭了。

不知道这件事是哪个部门推动的，也不需要回复，就是想让你们知道，你们做的事有人记着。

何建平
""", "information", "no", "-", "none")


def dt(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=TZ)

def enc(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()

def html_of(body):
    import html
    paras = body.split("\n\n")
    out = []
    for p in paras:
        out.append("<p>" + html.escape(p).replace("\n", "<br>\n") + "</p>")
    return "<html><head><meta charset=\"utf-8\"></head><body>\n" + "\n".join(out) + "\n</body></html>"

def crlf(s):
    return s.replace("\r\n", "\n").replace("\n", "\r\n")

def eml(e):
    d = dt(e["when"])
    domain = e["addr"].split("@", 1)[1]
    mid = "<%s-%03d.%s@%s>" % (W, e["n"], d.strftime("%Y%m%d%H%M"), domain)
    hdr = [
        "From: " + formataddr((e["who"], e["addr"]), charset="utf-8"),
        "To: mayor@city.example",
        "Subject: " + enc(e["subject"]),
        "Date: " + format_datetime(d),
        "Message-ID: " + mid,
        "MIME-Version: 1.0",
    ]
    body = e["body"] + "\n"
    if e["fmt"] == "eml":
        hdr += ["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit"]
        text = "\n".join(hdr) + "\n\n" + body
    elif e["fmt"] == "html":
        hdr += ["Content-Type: text/html; charset=utf-8", "Content-Transfer-Encoding: 8bit"]
        text = "\n".join(hdr) + "\n\n" + html_of(e["body"]) + "\n"
    else:  # multipart/alternative
        b = "=_w25_alt_%03d" % e["n"]
        hdr += ['Content-Type: multipart/alternative; boundary="%s"' % b]
        text = ("\n".join(hdr) + "\n\n"
                "This is a multi-part message in MIME format.\n\n"
                "--" + b + "\n"
                "Content-Type: text/plain; charset=utf-8\n"
                "Content-Transfer-Encoding: 8bit\n\n" + body + "\n"
                "--" + b + "\n"
                "Content-Type: text/html; charset=utf-8\n"
                "Content-Transfer-Encoding: 8bit\n\n" + html_of(e["body"]) + "\n\n"
                "--" + b + "--\n")
    return crlf(text).encode("utf-8")

def form(e):
    d = dt(e["when"])
    return {
        "id": "%s-%03d" % (W, e["n"]),
        "submitted_at": d.isoformat(),
        "name": e["who"],
        "phone": e["phone"],
        "email": e["addr"],
        "anonymous": e["anonymous"],
        "title": e["subject"],
        "content": e["body"],
        "district": e["district"],
    }

def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.startswith(W + "-"):
            os.remove(os.path.join(OUT, f))
    rows = ["path\tcategory\tconfidential\treason\tdepartment\tpriority\tlanguage\thard"]
    nums = sorted(e["n"] for e in L)
    assert nums == list(range(1, 61)), nums
    for e in sorted(L, key=lambda x: x["n"]):
        ext = "json" if e["fmt"] == "json" else "eml"
        name = "%s-%03d-%s.%s" % (W, e["n"], e["slug"], ext)
        p = os.path.join(OUT, name)
        if ext == "json":
            with open(p, "w", encoding="utf-8", newline="\n") as fh:
                json.dump(form(e), fh, ensure_ascii=False, indent=2)
                fh.write("\n")
        else:
            with open(p, "wb") as fh:
                fh.write(eml(e))
        rows.append("\t".join(["letters/" + name, e["cat"], e["conf"], e["reason"],
                               e["dept"], e["prio"], e["lang"], e["hard"]]))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(rows) + "\n")

if __name__ == "__main__":
    main()
