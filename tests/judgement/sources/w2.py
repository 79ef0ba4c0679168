#!/usr/bin/env python3
"""Generate w2's test letters for the mayorbox judgement corpus (issue 11).

Standard library only, deterministic: run `python3 gen.py` and it writes
letters/ and labels.tsv next to this file.
"""
import html
import json
import os
import shutil
import textwrap
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr, parseaddr

ME = "w2"
HERE = os.path.dirname(os.path.abspath(__file__))
TZ = timezone(timedelta(hours=8))
LETTERS = []


def L(kind, slug, date, sender, subject, body, labels, **kw):
    """kind: eml | html | alt | json.  labels: 'category|conf|reason|department|priority|language|hard'."""
    parts = labels.split("|")
    assert len(parts) == 7, labels
    LETTERS.append(dict(kind=kind, slug=slug, date=date, sender=sender,
                        subject=subject, body=body, labels=parts, kw=kw))


def clean(body):
    body = textwrap.dedent(body).strip("\n")
    out = []
    for line in body.split("\n"):
        line = line.rstrip()
        # keep every line well under the 998-octet limit
        while len(line.encode("utf-8")) > 900:
            cut = 280
            out.append(line[:cut])
            line = line[cut:]
        out.append(line)
    return "\n".join(out) + "\n"


def hdr(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def to_html(text):
    paras = [p for p in text.strip().split("\n\n")]
    chunks = []
    for p in paras:
        chunks.append("<p>" + "<br>\n".join(html.escape(x) for x in p.split("\n")) + "</p>")
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head>\n<body>\n"
            + "\n".join(chunks) + "\n</body></html>\n")


def build_eml(n, d):
    dt = datetime.strptime(d["date"], "%Y-%m-%d %H:%M").replace(tzinfo=TZ)
    name, addr = parseaddr(d["sender"])
    domain = addr.split("@")[1]
    text = clean(d["body"])
    h = []
    h.append("From: " + (formataddr((name, addr), charset="utf-8") if name else addr))
    h.append("To: mayor@city.example")
    h.append("Subject: " + hdr(d["subject"]))
    h.append("Date: " + format_datetime(dt))
    h.append("Message-ID: <%s.%s-%03d@%s>" % (dt.strftime("%Y%m%d%H%M"), ME, n, domain))
    h.append("MIME-Version: 1.0")
    if d["kind"] == "eml":
        h.append("Content-Type: text/plain; charset=utf-8")
        h.append("Content-Transfer-Encoding: 8bit")
        msg = "\n".join(h) + "\n\n" + text
    elif d["kind"] == "html":
        h.append("Content-Type: text/html; charset=utf-8")
        h.append("Content-Transfer-Encoding: 8bit")
        msg = "\n".join(h) + "\n\n" + to_html(text)
    else:  # multipart/alternative
        b = "=_%s_%03d_alt" % (ME, n)
        h.append('Content-Type: multipart/alternative; boundary="%s"' % b)
        msg = "\n".join(h) + "\n\nThis is a multi-part message in MIME format.\n\n"
        msg += "--%s\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n%s\n" % (b, text)
        msg += "--%s\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n%s\n" % (b, to_html(text))
        msg += "--%s--\n" % b
    return msg.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")


def build_json(n, d):
    dt = datetime.strptime(d["date"], "%Y-%m-%d %H:%M").replace(tzinfo=TZ)
    kw = d["kw"]
    obj = {
        "id": "%s-%03d" % (ME, n),
        "submitted_at": dt.isoformat(),
        "name": kw.get("name", ""),
        "phone": kw.get("phone", ""),
        "email": kw.get("email", ""),
        "anonymous": bool(kw.get("anon", False)),
        "title": d["subject"],
        "content": clean(d["body"]).strip("\n"),
        "district": kw.get("district", ""),
    }
    return (json.dumps(obj, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def main():
    outdir = os.path.join(HERE, "letters")
    if os.path.isdir(outdir):
        shutil.rmtree(outdir)
    os.makedirs(outdir)
    rows = ["path\tcategory\tconfidential\treason\tdepartment\tpriority\tlanguage\thard"]
    for i, d in enumerate(LETTERS, 1):
        ext = "json" if d["kind"] == "json" else "eml"
        fname = "%s-%03d-%s.%s" % (ME, i, d["slug"], ext)
        data = build_json(i, d) if ext == "json" else build_eml(i, d)
        with open(os.path.join(outdir, fname), "wb") as f:
            f.write(data)
        rows.append("\t".join(["letters/" + fname] + d["labels"]))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows) + "\n")
    print("wrote %d letters" % len(LETTERS))


# ---------------------------------------------------------------------------
# The letters.  Labels: category|confidential|reason|department|priority|language|hard
# ---------------------------------------------------------------------------
# ======================= consultation =======================
L("eml", "pension-transfer-from-liaoning", "2026-09-02 08:41",
  "王建国 <wang.jianguo1958@example.com>", "咨询养老保险关系转移的手续",
  """
  市长您好：

  我今年六十八岁，原来在辽宁一家国营机床厂干了三十一年，九十年代末下岗后自己交了几年灵活就业的养老保险。现在跟儿子搬到咱们市常住，户口也迁过来了。

  想问一下：
  1. 我的养老金能不能从辽宁转到这边领取？需要本人回原籍吗？
  2. 转过来以后待遇标准按哪边算？会不会少？

  老伴腿脚不好，我不想白跑。谢谢。

  王建国
  电话 139 0000 2714
  """, "consultation|no|-|Human Resources and Social Security Bureau|normal|zh|-")

L("eml", "gaoling-jintie", "2026-09-04 10:05",
  "<lxf_1944@mail.example>", "八十岁津贴",
  """
  我母亲下月满八十，高龄津贴去哪儿申请？要带啥？
  """, "consultation|no|-|Civil Affairs Bureau|normal|zh|short")

L("json", "kindergarten-nonlocal-docs", "2026-09-05 21:17", None,
  "非本市户籍孩子上公办幼儿园需要哪些材料",
  """
  您好，我和爱人都是外地户口，在本市工作五年了，有社保和居住证，租的房子。孩子明年九月满三周岁，想报附近的公办幼儿园。请问需要准备哪些材料？租房合同要不要备案？社保要求连续交满多少个月？报名一般是几月份开始？谢谢！
  """, "consultation|no|-|Education Bureau|normal|zh|-",
  name="陈雨桐", phone="186-0000-3391", email="", district="临溪区")

L("eml", "school-district-house-and-bus", "2026-09-06 19:30",
  "周立 <zhouli.dad@example.net>", "学区划片问题，顺便问校车",
  """
  您好，

  我们今年六月在梧桐苑买的二手房，房产证八月刚下来。原房主的孩子还在对口的实验二小读五年级。请问：我家老大明年上小学，能不能按这套房子入学？听说"一房一学位"六年内只能用一次，这个六年是从什么时候开始算的？

  另外，学校离家三公里多，有没有公办的校车线路？没有的话我们自己想办法。

  主要还是想问清楚学位的事，谢谢。
  周立
  """, "consultation|no|-|Education Bureau|normal|zh|two-intents")

L("eml", "intern-on-student-visa", "2026-09-08 14:22",
  "Amara Okafor <amara.okafor@uni-mail.example>", "Can I do an internship on my X1 student visa?",
  """
  Dear Sir or Madam,

  I am a second-year master's student from Nigeria at the university in the east of the city. A logistics company has offered me a three-month internship starting in November. It is paid, about 3000 yuan a month.

  My classmates tell me different things. Some say I just need a letter from my university, others say the police must add a note on my residence permit first, otherwise I could be fined or even lose my visa.

  Could you tell me exactly what I need to do, and which office I should go to? I do not want any trouble with my status.

  Thank you very much,
  Amara Okafor
  +86 152 0000 6620
  """, "consultation|no|-|Public Security Bureau|normal|en|-")

L("eml", "restore-hukou-returnee", "2026-09-09 09:03",
  "Kevin Liang <kliang@example.org>", "Restoring hukou after 15 years in Canada",
  """
  Hello,

  I left China in 2011 for study and work in Vancouver. My hukou was cancelled when I got permanent residence there, but I never took Canadian citizenship and I still hold a Chinese passport. This year I moved back for good and I'd like to restore my household registration at my parents' flat.

  What documents are needed? Is there a time limit, and do I need to give up the Canadian PR card first? My parents are in their seventies so I'd rather get it sorted before anything happens with their property.

  Thanks,
  Kevin Liang (梁凯文)
  """, "consultation|no|-|Public Security Bureau|normal|en|-")

L("eml", "hk-residence-permit", "2026-09-10 11:48",
  "何家慧 <kaywai.ho@example.hk.example>", "請問港澳居民居住證點樣辦？",
  """
  你好！

  本人係香港居民，今年三月起喺貴市一間設計公司返工，租咗屋住喺河東。想申請「港澳居民居住證」，方便開銀行戶口同坐高鐵。

  請問：
  １．要住滿幾耐先可以申請？（半年？）
  ２．需要邊啲文件？租約要唔要去派出所登記？
  ３．大約幾多個工作天攞到？

  唔該晒！！
  何家慧　Kay
  """, "consultation|no|-|Public Security Bureau|normal|zh|fullwidth")

L("html", "taiwan-medical-insurance", "2026-09-11 16:10",
  "林佩君 <peichun.lin@example.tw.example>", "台胞參加城鄉居民醫療保險的問題",
  """
  市長信箱您好：

  我是台灣居民，先生是本地人，我們結婚三年，我持台灣居民居住證住在本市。之前看病都是自費，聽說現在台胞也可以參加居民醫保。

  想請教：我沒有工作，能不能以居民身份參保？每年繳多少錢？要到哪個窗口辦理？明年一月開始能不能報銷？

  謝謝您們的答覆。
  林佩君
  """, "consultation|no|-|Healthcare Security Bureau|normal|zh|fullwidth")

L("eml", "cross-region-settlement-quoted", "2026-09-12 08:20",
  "刘素芬 <liusufen@example.com>", "Re: 关于异地就医备案的回复（还是没看懂）",
  """
  市长信箱工作人员：

  上个月我问过一次，医保那边回了一封，我和老伴看了三遍还是不明白，再问一次，别嫌我们烦。

  -----原始邮件-----
  发件人：市医保服务中心
  日期：2026年8月19日
  主题：答复：异地就医备案

  > 刘女士您好，您反映的问题已收悉。参保人员异地长期居住的，可通过国家医保服务平台App
  > 或线下窗口办理异地长期居住备案，备案后在就医地定点医疗机构直接结算。具体以就医地
  > 经办规定为准。感谢您的来信。

  我们的情况：我俩退休医保都在本市，今年冬天要去海南女儿家住四个月。
  1. 住四个月算"长期居住"还是"临时外出"？
  2. 那个App我们不会弄，能不能叫女儿在海南帮我们办？还是必须本人？
  3. 备案了回来以后还要不要取消？

  麻烦说得直白点。谢谢。
  刘素芬
  """, "consultation|no|-|Healthcare Security Bureau|normal|zh|quoted")

L("html", "ziliao-fee-legal", "2026-09-14 20:55",
  "<mama.xiaoyu@mail.example>", "学校收资料费合规吗",
  """
  您好，想咨询一下。孩子读的是公办初中，开学时班级群里通知每人交280元"学习资料费"，说是自愿，但是没交的同学名单会在群里列出来。

  请问现在政策上公办学校能不能收这种资料费？如果能收，收费标准和范围在哪里可以查到？我不是要投诉谁，就是想知道规定是怎样的。
  """, "consultation|no|-|Education Bureau|normal|zh|-")

L("eml", "intern-tax-refund", "2026-09-15 13:37",
  "Zhang Yiming <yiming.z@student.example>", "Tax withheld from my internship pay - can I get it back?",
  """
  Hi,

  I'm a junior at a university here. This summer I interned at a consulting firm for two months and they paid me 4,800 yuan per month. They withheld about 600 yuan in total as "labour remuneration" tax.

  My friend says students with low annual income can get this refunded during the annual IIT reconciliation next March. Is that true? Do I need to do anything now, or just wait and use the Individual Income Tax app next year? What if the company didn't report it correctly?

  Thanks a lot!
  Yiming
  """, "consultation|no|-|Taxation Bureau|normal|en|-")

L("eml", "elevator-retrofit-procedure", "2026-09-16 09:12",
  "孙德厚 <sundehou@example.net>", "老楼加装电梯需要什么手续",
  """
  领导好：

  我们住的是1987年建的六层老楼，单元里十二户，一半以上是七十岁以上的老人，我家在六楼，老伴心脏不好，上下楼要歇三回。

  大家商量想自己筹钱加装电梯，想问：
  一、需要多少户同意才能报批？一楼二楼不同意怎么办？
  二、政府有没有补贴？每台补多少？
  三、报批找哪个部门，要准备哪些材料，设计图纸要谁来出？

  盼复。
  孙德厚
  电话：0000-8829-135（家里座机，白天有人）
  """, "consultation|no|-|Housing and Urban-Rural Development Bureau|normal|zh|-")

L("eml", "tutoring-licence-check", "2026-09-17 22:04",
  "Grace Wu <gracewu@example.com>", "how to check if a tutoring centre is licensed?",
  """
  Hi there,

  My daughter is in Grade 4. A "science thinking" centre near our building keeps pushing 课程包 on WeChat, 9,800 yuan for 48 lessons, pay upfront. They say they have 办学许可证 but won't show it to me.

  Is there an official list or website where I can check whether a 校外培训机构 is properly licensed? And is it even allowed for them to take payment for 48 lessons at once? I thought there was a rule about 预收费 and 资金监管.

  Just want to know before I pay. Thanks!
  Grace
  """, "consultation|no|-|Education Bureau|normal|en|mixed")

L("eml", "home-care-subsidy-typos", "2026-09-18 07:30",
  "老赵 <zhao.lao@example.org>", "居家养老补帖怎么申情",
  """
  你好 我是退休工人赵长福，今年76岁，老伴去年中风了半身不随，儿女都在外地。听邻居说有居家养老服务补帖，政府出钱派人上门帮着做饭擦身子。我们家这样的能不能申情？是按收入算还是按年龄算？是去社区还是去街到办？我眼睛花打字慢，错字别见怪。

  赵长福 电话 135 0000 4471
  """, "consultation|no|-|Civil Affairs Bureau|normal|zh|typos")

L("eml", "graduate-provident-fund-rent", "2026-09-19 12:16",
  "许诺 <xunuo2026@example.com>", "应届毕业生公积金租房提取",
  """
  您好，我是今年七月毕业的，在园区一家软件公司上班，公司从九月开始给我交公积金。我现在和同学合租，每月房租2100。想问刚交两个月能不能提取公积金付房租？需要房东开发票吗？合租的话两个人能不能都提？

  谢谢解答！
  """, "consultation|no|-|Housing and Urban-Rural Development Bureau|normal|zh|-")

L("eml", "newborn-insurance-short", "2026-09-20 23:40",
  "<tang.xx@example.net>", "新生儿医保",
  """
  宝宝刚出生十天，医保在哪办？出生前的住院费能报吗
  """, "consultation|no|-|Healthcare Security Bureau|normal|zh|short")

L("eml", "taiwan-degree-teacher", "2026-09-22 15:05",
  "陳冠宇 <guanyu.chen@example.tw.example>", "台灣學歷申請教師資格證",
  """
  您好：

  本人在台灣取得師範大學學士學位，主修國文，目前隨家人定居貴市。想在本地報考中小學教師資格證，將來應聘公立學校或私立學校。

  請問：台灣的學歷需要先做學歷認證嗎？普通話水平測試要幾級？台灣居民居住證可不可以作為報名的身分證明？

  煩請告知，感謝！
  陳冠宇
  """, "consultation|no|-|Education Bureau|normal|zh|fullwidth")

L("json", "will-notary", "2026-09-23 10:30", None,
  "想立遗嘱，公证怎么办",
  """
  您好，我和老伴都七十多了，名下有一套房子和一点存款，三个子女。为了以后不闹矛盾，想趁现在脑子清楚立个遗嘱做公证。

  请问：两个人能不能一起做一份？公证处要带什么？费用大概多少？老伴坐轮椅，公证员能不能上门？

  谢谢。
  """, "consultation|no|-|Justice Bureau|normal|zh|-",
  name='钱秀兰', phone='0000 3316 772', email='qianxiulan@example.com', district='江北区')

L("eml", "foreign-licence-conversion", "2026-09-24 17:45",
  "Lukas Brandt <lukas.brandt@example.de.example>", "Converting a German driving licence",
  """
  Good afternoon,

  I am a German PhD researcher at the university, here on a two-year work permit since August. I hold a German driving licence (class B) and would like to drive here legally.

  Which office handles the conversion, do I need to take the theory test in English, and do I need a certified translation of my licence? I also read something about a health check. Any information on the steps would help.

  Best regards,
  Lukas Brandt
  """, "consultation|no|-|Public Security Bureau|normal|en|-")

L("alt", "returnee-kids-school-transfer", "2026-09-25 08:58",
  "Sophie Tan <sophie.tan@example.net>", "Enrolling children who studied abroad",
  """
  Dear Mayor's Office,

  Our family moved back from Singapore in July. We are Chinese citizens, hukou in this city. Our two children (ages 9 and 13) have only studied in Singapore schools, so they have no student record (学籍) in China.

  How do we enrol them into local public schools? Will they be placed by age or by a test? The older one's Chinese is weak. Which documents from Singapore schools need notarisation, and where do we apply, the school directly or the district education office?

  Many thanks,
  Sophie Tan
  """, "consultation|no|-|Education Bureau|normal|en|-")

L("eml", "veteran-father-pension", "2026-09-26 09:40",
  "马红霞 <mahongxia@example.org>", "参战老兵去世后家属待遇咨询",
  """
  您好：

  我父亲马永林是1979年参战退役老兵，享受定期抚恤补助，上个月去世了。我母亲今年七十四岁，没有工作没有退休金。

  想问一下：父亲去世后，是不是有一次性抚恤金？母亲作为遗属能不能领生活补助？需要到哪里办，要带哪些证件？父亲的退役证还在。

  谢谢。
  马红霞
  """, "consultation|no|-|Veterans Affairs Bureau|normal|zh|-")

L("json", "freelance-social-insurance", "2026-09-27 14:02", None,
  "毕业后做自由职业，社保怎么交",
  """
  我去年毕业后一直做插画自由职业，没有单位。现在想自己交养老和医疗保险，听说可以按灵活就业人员参保。外地户口能在这边交吗？缴费基数可以选最低的吗？断了一年能不能补？
  """, "consultation|no|-|Human Resources and Social Security Bureau|normal|zh|-",
  name="", phone="", email="doodle.yan@example.com", district="")

L("eml", "owners-committee-setup", "2026-09-28 18:20",
  "黄老师 <huang.retired.teacher@example.com>", "成立业委会的程序",
  """
  市长同志：

  我是退休教师，住的小区2003年交房，到现在没有业委会，物业合同一签就是二十年。几位老邻居想牵头成立业主委员会。

  请问成立的程序是什么？要先找街道还是先找房管部门？筹备组需要多少人？业主大会要过半数同意，很多业主把房子租出去了联系不上，怎么算？

  黄振邦
  """, "consultation|no|-|Housing and Urban-Rural Development Bureau|normal|zh|-")

L("eml", "hk-buy-flat", "2026-09-29 21:12",
  "梁志偉 <chiwai.leung@example.hk.example>", "香港居民可唔可以喺度買樓？",
  """
  你好，

  我同太太都係香港永久居民，退休後想搬上嚟住，因為呢邊樓價平啲，醫療都方便。

  想問：港人喺貴市買新樓有冇限購？要唔要喺本地交滿社保或者個人所得稅先得？可唔可以用香港嘅銀行按揭？買二手樓手續有冇分別？

  多謝！
  梁志偉
  """, "consultation|no|-|Housing and Urban-Rural Development Bureau|normal|zh|fullwidth")

L("eml", "campus-cafe-licence", "2026-09-30 11:25",
  "Daniel Ho <dan.ho@student.example>", "Licence for a small student coffee cart?",
  """
  Hello!

  Three of us (design students) want to run a small coffee cart outside the east gate of campus on weekends, only drip coffee and cookies from a bakery. Do we need a business licence AND a food operation licence for something this small? Can a student register as 个体工商户 while still enrolled? And where do we apply, online or at the service hall?

  Cheers,
  Daniel
  """, "consultation|no|-|Market Regulation Administration|normal|en|-")

L("eml", "teacher-paid-tutoring-legal", "2026-10-02 22:31",
  "一位家长 <xiaoqiu.home@example.net>", "在职老师能不能给自己班学生有偿补课？",
  """
  您好，想弄清楚一个规定。

  我儿子在区里一所公办初中上初二。班主任兼数学老师姓蒋，开学后在家长群里说"成绩中下的孩子周末可以到我家里来巩固一下"，一次两小时，每人200，十几个孩子去了。没去的孩子，上课提问明显少了，作业本上也只打个勾。

  我想问：在职公办老师这样收费补课是允许的吗？如果不允许，家长应该怎么反映？孩子还要在她班上待两年，我不想闹大。
  """, "consultation|yes|a|Education Bureau|normal|zh|indirect")

L("json", "funeral-allowance-pension", "2026-10-03 08:05", None,
  "退休职工去世丧葬费和抚恤金",
  """
  您好，我老伴是企业退休职工，十月一号走了。听说可以领丧葬补助金和一次性抚恤金，还有他个人账户里没领完的钱能退。

  请问要在多长时间内去办？需要死亡证明、火化证明、户口注销证明，还要什么？我在医院还有一堆事，想一次办完。

  罗玉梅
  """, "consultation|no|-|Human Resources and Social Security Bureau|normal|zh|-",
  name='罗玉梅', phone='132 0000 6408', email='luoyumei@example.com', district='南湖区')

L("json", "marriage-foreign-partner", "2026-10-05 16:48", None,
  "Marriage registration with a French citizen",
  """
  Hi,

  My fiancé is French and lives here on a work residence permit. We'd like to register our marriage in the city in December.

  What does he need to bring? I've heard of a "certificate of no impediment" from his embassy, but do we need to get it translated and legalised, or is the embassy version enough? Can we book online, and is it the same marriage registration office as for two Chinese citizens?

  Thank you!
  Siyu
  """, "consultation|no|-|Civil Affairs Bureau|normal|en|-",
  name='Chen Siyu', phone='+86 136 0000 2277', email='siyu.chen@example.org', district='')

L("eml", "metro-student-discount-docs", "2026-10-06 12:00",
  "Priya Nair <priya.n@uni-mail.example>", "student discount metro card - documents?",
  """
  Hello, I'm an international student. What documents do I need for the student discount on the transit card? My student ID has no Chinese ID number, only my passport number. Is that OK?
  """, "consultation|no|-|Transport Bureau|normal|en|-")

L("eml", "hospital-employee-overtime-question", "2026-10-07 23:18",
  "<night.shift.2026@example.com>", "合同制护工的加班费问题",
  """
  您好，我在一家公立医院做合同制护理员，跟劳务派遣公司签的合同。现在每个月排夜班十二三个，加班没有加班费，只给"夜班补助"每次30元。

  想问这样合不合法？劳务派遣的人加班费应该找派遣公司还是找医院？

  请不要把我的问题转给医院，我还要在这干，科里知道是谁问的我就没法待了。
  """, "consultation|yes|b|Human Resources and Social Security Bureau|normal|zh|-")
# ======================= suggestion =======================
L("eml", "bus-stop-benches", "2026-09-03 15:20",
  "邱桂英 <qiuguiying@example.net>", "建议公交站多放几张椅子",
  """
  市长您好：

  我每天早上去菜市场、下午去社区医院量血压，都要坐公交。现在很多新改的公交站只有一根杆子一块牌子，等车十几二十分钟，我们老年人站不住，只能蹲在马路牙子上。

  建议在老年人多的站点，特别是医院、菜场、社区活动中心附近的站，加几张带靠背的椅子，顶上有个棚子挡雨就更好了。花不了多少钱，能方便好多人。

  邱桂英　七十一岁
  """, "suggestion|no|-|Transport Bureau|normal|zh|-")

L("eml", "hospital-machines-need-people", "2026-09-07 10:44",
  "老周 <zhou.weimin@example.com>", "医院全是机器，老人怎么办",
  """
  您好：

  上周陪老伴到市第一人民医院看眼科，挂号机、缴费机、打印报告机，一排一排全是机器，要扫码、要刷脸、要绑手机。我们俩站在机器前面研究了二十分钟，后面排队的年轻人都不耐烦了。问了一圈，只有一个穿红马甲的志愿者，忙得团团转。

  我不怪哪个人，医院也是想提高效率。只是建议：每个楼层至少留一个人工窗口，专门给七十岁以上的人用；再多安排几个志愿者；机器上的字能不能放大一点。

  周卫民
  """, "suggestion|no|-|Health Commission|normal|zh|-")

L("json", "after-school-care-extend", "2026-09-08 20:30", None,
  "建议课后服务延长到六点",
  """
  现在小学课后服务五点半结束，双职工家庭根本接不上，很多家长只能花钱送托管班。建议有条件的学校把课后服务延长到六点或六点半，可以按自愿原则另外报名，费用透明公开。另外课后服务的内容能不能多一点体育和阅读，不要只是写作业。
  """, "suggestion|no|-|Education Bureau|normal|zh|-",
  name="吴静", phone="138 0000 9023", email="", district="东湖区")

L("eml", "library-24h-exam-weeks", "2026-09-09 23:55",
  "Leo Zhou <leo.zhou@student.example>", "Suggestion: keep the city library open late during exam weeks",
  """
  Dear Mayor,

  I'm a third-year student. During exam weeks every seat in our campus library is taken by 7am, and the city library's study room closes at 9pm. Lots of us end up studying in fast-food restaurants until midnight.

  Would it be possible for the city library (or at least one branch near the university district) to open a self-service study area until midnight in December/January and in June? Entry could be by library card only. Several cities already do this and it's really popular.

  Thanks for considering,
  Leo
  """, "suggestion|no|-|Culture and Tourism Bureau|normal|en|-")

L("eml", "night-bus-university-town", "2026-09-11 00:12",
  "Mei Lin <meilin.w@example.org>", "A night bus to the university town, please",
  """
  Hello,

  The last bus from the railway station to the university town leaves at 21:40. Anyone on a late train, or students coming back from part-time jobs downtown, has to take a taxi for 70-80 yuan or a ride-hailing car alone at night, which many girls don't feel safe doing.

  I'd like to suggest a night bus line, maybe every 40 minutes until 00:30, at least on Fridays, Sundays and before holidays. There are over 100,000 students out here. I'm sure it would be full.

  Mei
  """, "suggestion|no|-|Transport Bureau|normal|en|-")

L("eml", "metro-signage-traditional", "2026-09-13 13:13",
  "鄭嘉欣 <kayan.cheng@example.hk.example>", "建議地鐵站加強多語標示",
  """
  市長你好：

  我由香港嚟咗呢度讀研究生一年，每次帶香港親戚坐地鐵，佢哋都搵唔到出口──站內只有簡體字同拼音，英文標示好少，而且「Ａ口」「Ｂ口」嘅指示牌好細，轉角位又冇重複。

  建議：
  （一）主要站點出口牌加大，每個轉角都要有；
  （二）換乘站增加英文廣播；
  （三）售票機加入繁體中文介面。

  呢啲對遊客同外籍人士都好有幫助。謝謝！！
  """, "suggestion|no|-|Transport Bureau|normal|zh|fullwidth")

L("html", "community-canteen-elderly", "2026-09-15 11:30",
  "高淑珍 <gaoshuzhen@example.com>", "建议小区附近办老年食堂",
  """
  市长好，

  我们这片都是八九十年代的老厂宿舍，住的大多是退休职工，很多是独居或者两个老人。做饭对我们来说越来越难，买菜提不动，开煤气又怕忘关。

  听说别的区有"长者食堂"，一顿饭十来块钱，八十岁以上还有补贴。建议在我们这边也办一个，可以利用原来厂里的职工活动室，空着好几年了。有需要的话，我们几个老姐妹可以当志愿者帮忙。

  高淑珍
  """, "suggestion|no|-|Civil Affairs Bureau|normal|zh|-")

L("eml", "toddler-care-places", "2026-09-16 21:05",
  "<han.mom.twins@example.net>", "建议幼儿园多开托班",
  """
  您好！我家是双胞胎，两岁半。公办幼儿园要满三岁才收，私立的托育机构一个月四五千，两个孩子就是一万，真的负担不起。

  建议公办幼儿园多开设两到三岁的托班，哪怕一个园开一个班也好，收费参照普惠标准。很多年轻父母就是因为这个不敢生二胎。
  """, "suggestion|no|-|Education Bureau|normal|zh|-")

L("eml", "english-12345-app", "2026-09-18 09:47",
  "Tom Baker <tbaker@example.com>", "English version of the 12345 service",
  """
  Dear Sir/Madam,

  I've been teaching English in the city for four years. When I had a problem with my landlord last spring, a colleague told me about the 12345 hotline, but the mini-program is only in Chinese and the phone menu is Chinese only too. I ended up asking a student to type my message.

  Could you consider an English interface for the online form and an English option on the phone line, even just at certain hours? There are thousands of foreign teachers, students and business people here.

  Kind regards,
  Tom Baker
  """, "suggestion|no|-|Municipal Government Office|normal|en|-")

L("eml", "campus-road-bike-lane", "2026-09-20 18:33",
  "Jason Li <jasonli99@example.net>", "建议 campus road 加 bike lane",
  """
  Hi，

  大学城 main road 现在 cars、e-bikes、外卖电动车 and students 全挤在一起，早八点 rush hour 特别危险，上周我室友就被一辆电动车蹭倒了，还好只是擦伤。

  Suggestion: 在学院路南段 paint a separate bike lane，加几个 speed bumps，路口加一个 pedestrian light。其实不需要很多钱，but it would really help.

  Thanks！
  Jason
  """, "suggestion|no|-|Transport Bureau|normal|zh|mixed")

L("eml", "elevator-subsidy-raise", "2026-09-21 10:10",
  "张福来 <zhangfulai@example.org>", "建议提高老旧小区加装电梯补贴",
  """
  尊敬的市长：

  老旧小区加装电梯是民心工程，我们小区已经装了两台，住户都说好。但现在一台电梯造价要四十多万，政府补贴二十万，剩下的按楼层分摊，六楼每户要出五六万，很多退休老人拿不出来，好几个单元就卡在这里。

  建议：一是提高补贴标准，或者对低收入老人户额外补助；二是允许提取住房公积金支付分摊费用，并简化手续；三是由政府统一招标，把价格降下来。

  张福来
  """, "suggestion|no|-|Housing and Urban-Rural Development Bureau|normal|zh|-")

L("eml", "school-gate-speed-bumps", "2026-09-23 07:52",
  "冯晓 <fengxiao.dad@example.com>", "建议在小学门口加减速带",
  """
  市长信箱：

  育才路小学门口是一条下坡路，放学时家长和孩子都站在路边，过路的车经常开得很快。建议在学校前后各五十米加减速带、画上醒目的"学校区域"标线，上下学时段能不能限速二十。
  """, "suggestion|no|-|Transport Bureau|normal|zh|-")

L("json", "job-fair-nonlocal-grads", "2026-09-24 14:40", None,
  "Job fairs for non-local graduates",
  """
  Hello,

  I'm graduating next summer and I really want to stay in this city. But most internship and job fairs I find are either on campus (only big companies) or require registration through a local-hukou portal.

  I'd like to suggest a city-level fair or online platform for graduates from other provinces and for international students, with companies that actually hire non-locals and sponsor work permits, and clear information on 人才公寓, 落户 and the 生活补贴 for new graduates. Right now the 双选会 notices are only on a Chinese-only portal that asks for a 本地身份证号. It would help the city keep the people it trains.

  Best,
  Rachel
  """, "suggestion|no|-|Human Resources and Social Security Bureau|normal|en|mixed",
  name='Rachel Xu', phone='', email='rachel.xu@example.org', district='University Town')

L("json", "park-exercise-lights", "2026-09-25 19:58", None,
  "滨河公园健身区晚上太黑",
  """
  建议滨河公园健身器材那一块装几盏灯。我们晚饭后去锻炼，七点以后黑咕隆咚，看不清台接，上个月老马就歪了脚，摔得不清。
  """, "suggestion|no|-|Urban Management Bureau|normal|zh|typos",
  name='刘东升', phone='', email='', district='')

L("eml", "taiwan-compatriot-card-machines", "2026-09-27 16:27",
  "吳俊賢 <junxian.wu@example.tw.example>", "建議售票機支援台胞證",
  """
  您好：

  我是在貴市工作的台灣人。現在高鐵、地鐵的自助售票和取票機都只認大陸身分證，台胞證要排人工窗口，節假日經常排四十分鐘以上。

  建議儘快讓自助機支援台灣居民居住證和台胞證讀取，或者至少在大站設「港澳台及外籍旅客」專用窗口。這對常來往兩岸的人很重要。

  謝謝。
  """, "suggestion|no|-|Transport Bureau|normal|zh|fullwidth")

L("eml", "test-website-with-elderly-sarcasm", "2026-09-28 22:02",
  "<yang.tiebao@example.com>", "一个小小的建议",
  """
  建议政务服务网以后每次"升级优化"之前，先找几个六十岁以上的人试用一下。

  这次改版以后，退休人员资格认证那个入口藏在第四层菜单里，名字还改成了"待遇领取资格确认"，我研究了一个晚上，终于找到了，真是锻炼了我的智力，谢谢你们。

  说正经的：首页放一个大按钮"老年人常用"，把认证、医保、公交卡这几项放进去，字大一点，就行了。
  """, "suggestion|no|-|Administrative Approval Bureau|normal|zh|sarcasm")

L("eml", "tutoring-ads-metro", "2026-09-30 08:15",
  "Helen Zhao <helen.zhao@example.com>", "Tutoring ads in the metro",
  """
  Dear Mayor's Office,

  Every morning on Line 2 my 10-year-old and I see huge ads saying things like "你不来，我们就培养你孩子的竞争对手". It creates anxiety for kids and parents alike, and I thought this kind of aggressive marketing by tutoring companies was supposed to be restricted.

  I suggest the city review tutoring advertisements in public transport and around schools, and use the space for public reading or sports programmes instead.

  Regards,
  Helen
  """, "suggestion|no|-|Education Bureau|normal|en|-")

L("eml", "night-pharmacy-hospital", "2026-10-01 21:44",
  "丁国强 <dingguoqiang@example.org>", "建议社区医院晚上留个药房窗口",
  """
  您好：

  我有高血压和糖尿病，药是在社区卫生服务中心开的。中心下午五点就关门，周末只开半天。上个月药吃完了忘了去拿，晚上只能打车去市里的大医院挂急诊开药，花了一百多块还排了两个小时。

  建议社区卫生服务中心轮流安排一家晚上开到八点，或者能在网上续方、第二天送药上门，对我们慢性病老人方便很多。

  丁国强
  """, "suggestion|no|-|Health Commission|normal|zh|-")

L("html", "library-card-unify", "2026-10-03 14:36",
  "蒋欣然 <jiangxr@student.example>", "建议打通高校图书馆和市图书馆的借阅证",
  """
  市长您好：

  我是大三学生。我们学校图书馆的藏书偏专业，想看的小说、社科类新书基本都在市图书馆。但市图书馆办证要本市身份证或者居住证，外地学生办起来很麻烦，还要交押金一百元。

  建议市图书馆和大学城几所高校合作，学生凭学生证就能注册借阅，在校图书馆也可以还书。有些城市已经在做"一卡通借"，效果很好。

  蒋欣然
  """, "suggestion|no|-|Culture and Tourism Bureau|normal|zh|-")

L("eml", "waste-sorting-english", "2026-10-04 10:22",
  "Michael Cheung <m.cheung@example.net>", "Waste sorting guide in English?",
  """
  Hi,

  My family moved back from Australia last year. My wife is Australian and our helper only reads English. The sorting bins in our estate have pictures, but "湿垃圾" vs "其他垃圾" still confuses everyone, and the property staff can only explain in Chinese.

  Suggestion: print a simple bilingual sorting guide and put English labels on the bins, at least in estates where many foreign residents live. A QR code to an English page would be enough.

  Thanks,
  Michael
  """, "suggestion|no|-|Urban Management Bureau|normal|en|-")

L("eml", "paediatric-er-and-hours", "2026-10-06 23:50",
  "<xiaobao.mama@example.com>", "儿童急诊太少了",
  """
  今天晚上孩子发烧39度8，去了妇幼保健院急诊，前面排了六十多个号，等了三个半小时。全市晚上能看儿科急诊的医院就两三家。

  强烈建议在城北、城西各增加一个夜间儿科急诊点，哪怕只是社区医院的夜间儿科门诊也好，能分流轻症。

  另外想顺便问一下，市儿童医院新院区到底什么时候开诊？
  """, "suggestion|no|-|Health Commission|normal|zh|two-intents")

L("json", "hearing-aids-insurance", "2026-10-08 09:33", None,
  "建议助听器纳入医保",
  """
  市长：

  人老了耳朵背，我今年七十三，戴了助听器以后才听得清孙子说话。可一副好点的助听器要八千到一万，医保一分钱不报。很多老人因为舍不得钱就不戴，结果越来越不爱说话，跟人隔开了。

  建议把助听器纳入医保报销，或者对六十五岁以上老人给一定补贴。

  罗振华
  """, "suggestion|no|-|Healthcare Security Bureau|normal|zh|-",
  name='罗振华', phone='189-0000-1123', email='luozhenhua@example.com', district='松山区')

L("json", "nurse-praise-commend", "2026-10-09 17:05", None,
  "表扬市中心医院心内科护士小钟",
  """
  我父亲九月份在市中心医院心内科住了十二天，管床的护士钟丽娜（大家叫她小钟）每天晚上都来看我父亲好几次，我父亲糊涂了把留置针拔了，她半夜一点重新给扎上，没有一句怨言，还教我怎么给老人翻身防褥疮。

  现在的护士太辛苦了。建议医院对这样的护士给予表扬，年底评优的时候考虑一下。也请医院多给她们排点人手。
  """, "suggestion|no|-|Health Commission|normal|zh|-",
  name="苏建民", phone="+86 137 0000 5580", email="sujianmin@example.net", district="中山区")

L("eml", "hospital-staff-suggests-anon", "2026-10-10 22:48",
  "<white.coat.quiet@example.org>", "关于住院部陪护管理的建议（请勿公开姓名）",
  """
  市长信箱：

  我在本市一家三甲医院工作多年，有些想法憋了很久。现在住院部陪护基本靠家属自己请护工，护工没有统一培训，收费从一天二百到四百不等，病人家属意见很大，护士也经常要替护工收拾。

  建议由卫健部门牵头，在公立医院推行"无陪护病房"试点，由医院统一聘用、培训护理员，按统一标准收费。

  我是以个人身份提建议的，单位不知道，请不要公开我的名字，也不要转回我们医院。
  """, "suggestion|yes|b|Health Commission|normal|zh|-")
# ======================= demand =======================
L("eml", "top-floor-no-water", "2026-09-02 19:05",
  "韩秀云 <hanxiuyun@example.com>", "七楼天天没水",
  """
  市长您好：

  我住在纺织厂老宿舍7号楼七楼，楼里没有电梯，也没有二次加压。从八月底开始，每天早上六点到晚上九点水龙头基本出不来水，只有半夜才有一点。我和老伴都七十多了，只能半夜起来接水，拎着桶到楼下邻居家借水上楼。

  打过自来水公司电话，说是片区用水高峰，让等改造。等了一个多月了。请帮帮我们，先解决水压问题。

  韩秀云　电话 0000-6631-207
  """, "demand|no|-|Water Affairs Bureau|normal|zh|-")

L("alt", "lift-broken-three-weeks", "2026-09-05 09:27",
  "Raymond Kwok <rkwok@example.net>", "Lift out of service for three weeks, 18-storey block",
  """
  Dear Mayor,

  I live on the 15th floor of Block 3, Jinxiu Garden. Our building has two lifts; one has been broken since mid-August and the second one stopped on 26 August. The property management company put up a notice "awaiting parts" and nothing has happened since.

  My father is 84 and uses a walker. He has not left the flat for three weeks and missed two hospital appointments. Several other elderly residents are in the same situation, and a pregnant woman on the 12th floor has to walk up.

  The property company stops answering when we call. Please ask them to fix the lifts, or tell us who can force them to.

  One more thing: can the owners use the building maintenance fund directly for the repair if the company keeps delaying? I'd like to know how that works.

  Raymond Kwok
  +86 139 0000 7712
  """, "demand|no|-|Housing and Urban-Rural Development Bureau|normal|en|two-intents")

L("json", "pension-not-paid-october", "2026-10-12 10:40", None,
  "十月份退休金没到账",
  """
  您好，我是机械厂退休职工杨宝山，每月十号左右退休金打到卡上，这个月到今天还没到。银行说没有收到款，社保窗口说系统在核对，让回家等。

  我每个月房租和药费都靠这点钱，下周就要交房租。请帮忙查一下到底什么原因，什么时候能发。

  身份证后四位 0417，电话 133-0000-8126
  """, "demand|no|-|Human Resources and Social Security Bureau|normal|zh|-",
  name='杨宝山', phone='133-0000-8126', email='yangbaoshan@example.org', district='铁西区')

L("eml", "night-piling-near-estate", "2026-09-07 00:48",
  "<sleepless.in.block9@example.com>", "半夜打桩还让不让人睡了",
  """
  现在是凌晨零点四十八分，桂园路和新河路交叉口那个工地还在打桩，咚咚咚震得窗户响。连续一个星期了，每天晚上都干到两三点。我们小区好几个老人心脏不好，孩子也要上学。

  白天干活我们理解，夜里施工有没有许可？请马上派人去管一管。
  """, "demand|no|-|Ecology and Environment Bureau|normal|zh|-")

L("eml", "kindergarten-closed-fees", "2026-09-03 08:30",
  "赵敏 <zhaomin.mama@example.net>", "幼儿园突然关门，预交的学费不退",
  """
  市长您好：

  我女儿在阳光宝贝幼儿园（民办）上中班，八月中旬我们按园方要求交了一学期保教费8600元和伙食费1500元。九月一号开学那天，家长们到了门口才发现大门锁着，贴了张纸说"因经营调整暂停开园"，园长电话打不通。

  我们班有二十多个家庭都交了钱，加起来二十几万。孩子现在没地方上学，钱也要不回来。请教育部门帮忙追回学费，并协调孩子就近入园。

  赵敏　电话 150 0000 2288
  """, "demand|no|-|Education Bureau|normal|zh|-")

L("eml", "tutoring-company-vanished", "2026-09-10 21:05",
  "Irene Feng <irene.feng@example.org>", "English tutoring centre disappeared with our money",
  """
  Dear Mayor,

  My son's English tutoring centre, "Bright Owl English" on the 3rd floor of Huayuan Plaza, closed overnight last week. About 60 families had prepaid course packages, ours was 12,600 yuan for 80 lessons and only 14 were used.

  The manager has blocked all the parents on WeChat. We went to the local police station and they said it is an economic dispute, not a crime, and sent us away. The mall says the rent hasn't been paid for two months either.

  We are asking the government to help us get the prepaid fees back, or at least tell us which office is responsible for supervising these prepayments.

  Irene Feng, on behalf of a group of parents
  """, "demand|no|-|Education Bureau|normal|en|-")

L("eml", "intern-wages-unpaid", "2026-09-12 16:20",
  "Wang Hao <wanghao.intern@student.example>", "Company refuses to pay our internship wages",
  """
  Hello,

  Six of us interned at an e-commerce startup (Shangpin Digital, in the tech park) from July to September. The agreement said 2,500 yuan a month. They paid July, then said August and September would be paid "after the next financing round". Now the office is half empty and HR says they can't do anything.

  Together they owe us 30,000 yuan. We have the internship agreements, attendance screenshots and chat records. Can the labour department help us get paid? Some of us need that money for tuition.

  Wang Hao
  186 0000 4409
  """, "demand|no|-|Human Resources and Social Security Bureau|normal|en|-")

L("alt", "landlord-keeps-deposit", "2026-09-14 12:45",
  "Yuki Sato <yuki.sato@example.jp.example>", "Landlord will not return my deposit",
  """
  Dear Sir or Madam,

  I am a Japanese exchange student. I rented a room through an agency in Xinhua Apartments from March to August and paid a deposit of two months' rent (3,600 yuan). When I moved out, the flat was clean and the agent checked it. But the landlord now says he will keep the deposit because of "wear on the walls" and will not answer my messages.

  I am leaving China in December. Please help me to get my deposit back. I can send photos of the room on move-out day and the contract.

  Yuki Sato
  """, "demand|no|-|Housing and Urban-Rural Development Bureau|normal|en|-")

L("eml", "campus-night-market-mess", "2026-09-16 23:10",
  "<dorm7.residents@student.example>", "学校南门夜市占道问题",
  """
  您好，我们是大学南门附近学生公寓的住户。最近南门外人行道被夜市摊位占满，从晚上六点到凌晨一点，油烟、音响、垃圾一地，学生只能走机动车道，很危险。收摊以后竹签、塑料袋、剩饭全留在路上，第二天早上还有老鼠。

  有个同学上周拍了占道的照片发到表白墙，当晚就被两个摊主堵在宿舍楼下骂，说认得他的脸，让他走夜路小心点。我们几个现在晚上都不太敢从南门走。希望城管能规范一下，划定摆摊区域，别占人行道，收摊要清理垃圾。
  """, "demand|yes|c|Urban Management Bureau|normal|zh|-")

L("eml", "upstairs-leak-hk", "2026-09-18 20:20",
  "陳太 <mrs.chan.kowloon@example.hk.example>", "樓上漏水三個月無人理",
  """
  你好：

  我係香港人，喺呢邊買咗層樓退休住。由六月開始，浴室天花板一直滴水，油漆剝落，仲發霉。樓上住戶係租客，業主喺外地，物業管理公司話「屬鄰里糾紛，我哋冇權入屋」。

  我已經自己請師傅睇過，確定係樓上浴室防水層壞咗。而家廁所燈都唔敢開，怕漏電。

  請問政府可唔可以幫手協調，叫業主維修？我真係唔知仲可以搵邊個。

  陳太
  電話：+86 188 0000 3015
  """, "demand|no|-|Housing and Urban-Rural Development Bureau|normal|zh|fullwidth")

L("eml", "gas-smell-stairwell-now", "2026-09-20 06:52",
  "曹阿姨 <cao.ayi@example.com>", "楼道里煤气味很重！！",
  """
  紧急！！我们是槐树巷12号2单元，从昨天半夜开始楼道里一股很重的煤气味，现在越来越浓，三楼那家老太太一个人住，敲门没人应。燃气公司电话一直占线。请马上派人来！！

  电话 131 0000 5862
  """, "demand|no|-|Emergency Management Bureau|high|zh|-")

L("eml", "manhole-school-gate", "2026-09-21 07:35",
  "Frank Deng <frank.deng@example.net>", "Missing manhole cover right outside a primary school",
  """
  URGENT

  The manhole cover on the pavement at the front gate of Qingshi Road Primary School is gone, there is an open hole about 2 metres deep. Someone has put a traffic cone on it but kids are walking right past at 7:30 in the morning and it's dark in the evening. Please send someone today.

  Frank Deng (parent)
  """, "demand|no|-|Water Affairs Bureau|high|en|-")

L("eml", "dorm-no-signal", "2026-09-22 21:30",
  "Zhao Lei <zhaolei@uni-mail.example>", "No mobile signal in the new dorms",
  """
  Hi,

  The new Phase 3 dormitories at the south campus have almost no mobile signal indoors (all three operators). About 4,000 students live there. We can't receive verification codes, and last week a student who fainted could not call 120 from her room, her roommate had to run to the corridor.

  The university says the base station is the operators' business and the operators say they need the university's permission. Could the city coordinate so that someone actually installs indoor coverage?

  Zhao Lei, student union
  """, "demand|no|-|Industry and Information Technology Bureau|normal|en|-")

L("eml", "dark-lane-elderly-fell", "2026-09-24 08:03",
  "孔令华 <konglinghua@example.org>", "小巷路灯坏了半年",
  """
  市长您好，

  鼓楼街道后营巷从巷口到卫生站那一段，四盏路灯坏了快半年，晚上漆黑一片。巷子里住的大多是老人，上周六对门的宋奶奶晚上去倒垃圾摔了一跤，髋骨骨折，现在还在医院。

  反映过好几次，每次都说"已记录"。请尽快修好，别再有人摔了。

  孔令华
  """, "demand|no|-|Urban Management Bureau|normal|zh|-")

L("eml", "nursing-home-mother-quietly", "2026-09-25 22:40",
  "<daughter.of.room305@example.net>", "请关注康宁养老院护理问题",
  """
  您好：

  我母亲今年八十六岁，住在一家民办养老院（康宁颐养中心）已经两年。最近三个月我去探望，发现她身上有好几处淤青，尿布一整天都没换过，护工说是"老人自己碰的"。饭菜越来越差，中午就一碗稀饭加咸菜，可每月收费涨到了五千八。

  请民政部门去查一查这家养老院的护理和收费情况。

  我母亲还要在那里住，我一时找不到别的地方能接收她。请你们去检查的时候就当是例行检查，千万不要说是家属反映的，不然她在里面的日子只会更难过。
  """, "demand|yes|b|Civil Affairs Bureau|normal|zh|indirect")

L("eml", "landlord-cadre-relative", "2026-09-26 19:15",
  "小刘 <liu.renter@example.com>", "房东扣押金还威胁我们",
  """
  领导您好，

  我和两个同学在城郊白沙村租了一栋自建房的二楼，合同一年，押金三千。住了半年，房子漏雨、电线老化，我们提前一个月通知退租，房东不但不退押金，还说要我们赔"违约金"五千，不然不让搬东西。

  村里人都劝我们算了，说房东是村支书的亲弟弟，在村里没人敢惹他。我们的东西还在楼上，上次去拿，他叫了两个人站在楼梯口看着我们，我们也不敢硬来。能不能帮我们协调退回押金？我们还得在这边读一年书，真怕他以后找人堵我们。

  电话 155-0000-9037
  """, "demand|yes|c|Housing and Urban-Rural Development Bureau|normal|zh|-")

L("eml", "school-bus-overloaded", "2026-09-28 07:10",
  "钟伟 <zhongwei.parent@example.org>", "接送孩子的面包车严重超载",
  """
  市长：

  我们村到镇中心小学有七公里，学校委托的一家接送公司每天用一辆七座面包车拉孩子，我今早数了，车里塞了十六个孩子，有的坐在别的孩子腿上，车门都关不严。路上还要过一段山路。

  这是拿孩子的命开玩笑。请马上让他们停下来，换合格的校车。

  钟伟
  """, "demand|no|-|Education Bureau|high|zh|-")

L("json", "shared-bikes-blocking", "2026-09-29 13:50", None,
  "Shared bikes blocking the pavement at Xinyuan metro",
  """
  Exit C of Xinyuan Road metro station: hundreds of shared bikes pile up every evening, blocking the whole pavement and the tactile strip for blind people. Wheelchairs and prams have to go into the road. Please get the operators to clear them and set a proper parking area.
  """, "demand|no|-|Urban Management Bureau|normal|en|-",
  name='Anna L.', phone='', email='anna.l@example.com', district='')

L("eml", "river-dumping-old-estate", "2026-10-01 09:05",
  "潘建明 <panjianming@example.net>", "有人往河边倒建筑垃圾",
  """
  您好，我们是柳溪新村的居民。最近一个月，每天夜里都有几辆没牌照的渣土车开到柳溪河边，把建筑垃圾和装修垃圾倒在河滩上，现在已经堆成小山，还有油漆桶。下雨一冲就全进河里了，河水发黑发臭。

  请环保部门来看看，查一查是谁倒的，把垃圾清走。
  """, "demand|no|-|Ecology and Environment Bureau|normal|zh|-")

L("eml", "restaurant-fumes", "2026-10-02 20:40",
  "Vivian Lo <vivian.lo@example.org>", "Restaurant exhaust blowing into our flats",
  """
  Hello,

  A hotpot restaurant opened on the ground floor of our building (Building 2, Lanting Court) in July. Its exhaust pipe ends right under the windows of the 2nd and 3rd floors. Every day from 11am to midnight our flats smell of chilli oil; my mother, who has asthma, has been coughing for weeks and we cannot open the windows.

  The restaurant owner says he has "all the permits". Please check whether the exhaust installation is legal and make them fix it.

  Vivian Lo
  """, "demand|no|-|Ecology and Environment Bureau|normal|en|-")

L("eml", "guard-blocked-ambulance", "2026-10-03 23:30",
  "程立军 <chenglijun@example.com>", "小区保安拦救护车",
  """
  市长您好：

  昨晚十点多，我父亲在家突发心梗，我们叫了120。救护车到了小区东门，值班保安说"外来车辆不能进"，非要登记、要业主扫码，来回耽误了快十分钟，最后是我跑下去吵了一架才放行。幸好父亲抢救过来了。

  这个保安是物业公司（恒安物业）的人。我要求物业公司给个说法，并且保证以后救护车、消防车一律直接放行。请住建部门督促物业整改。

  程立军
  """, "demand|no|-|Housing and Urban-Rural Development Bureau|normal|zh|-")

L("json", "expired-milk-powder", "2026-10-04 15:10", None,
  "超市卖过期奶粉",
  """
  您好，我在永辉路的惠民超市买了一罐婴儿奶粉，回家才发现生产日期被一张新标签盖住了，撕开一看已经过期两个月。孩子已经喝了两顿，现在有点拉肚子。去超市找，店员说"你自己撕的标签，谁知道是不是我们卖的"。

  我有小票和照片。请市场监管部门查处这家超市，货架上应该还有。
  """, "demand|no|-|Market Regulation Administration|normal|zh|-",
  name='马佳佳', phone='147 0000 5190', email='jiajia.ma@example.net', district='永安区')

L("eml", "gym-closed-prepaid", "2026-10-05 11:11",
  "Ethan Sun <ethan.sun@example.com>", "gym closed, prepaid cards gone",
  """
  hi, 北校区旁边的 PowerFit gym closed without notice on 30 Sept. lots of students bought 年卡 in Sept (1,999 yuan, "开学季特惠"). the door is locked, 老板 doesn't answer WeChat. we want our money back. who can help? 谢谢
  """, "demand|no|-|Market Regulation Administration|normal|en|mixed")

L("json", "construction-dust-school", "2026-10-06 10:05", None,
  "工地扬尘影响小学",
  """
  您好：

  我是实验小学的一名家长，也是退休教师。学校东边围墙外的楼盘工地，裸土不盖网，渣土车进出也不冲洗，刮风的时候操场上都是黄土，孩子上体育课满嘴沙子，教室窗户都不敢开。

  请相关部门督促工地落实防尘措施。
  """, "demand|yes|b|Ecology and Environment Bureau|normal|zh|-",
  name='', phone='', email='', district='实验小学片区', anon=True)

L("eml", "broadband-never-fixed", "2026-10-07 19:22",
  "Oliver Grant <ogrant@example.net>", "Broadband down for 12 days",
  """
  Dear Sir or Madam,

  I work from home for a UK company and my broadband (a major operator, account in my landlord's name) has been down for 12 days. I have called the customer line seven times. Every time I get a new ticket number and a promise that an engineer will come "within 48 hours". No one has come.

  I am losing work. Could someone please push the operator to send an engineer? I can provide all seven ticket numbers.

  Oliver Grant
  """, "demand|no|-|Industry and Information Technology Bureau|normal|en|-")

L("eml", "elevator-ground-floor-dispute", "2026-10-08 16:45",
  "邓淑华 <dengshuhua@example.com>", "加装电梯被一楼住户阻挠",
  """
  市长您好：

  我们单元加装电梯，十二户里十户签字同意，规划公示也过了，施工队进场三次，都被一楼住户堵在门口，说影响采光，要求每户补偿他两万块。

  楼上住的都是老人，我八十一岁，每天下楼一趟要半小时。社区调解了两回没用。请住建部门出面协调，让工程能继续。

  邓淑华
  """, "demand|no|-|Housing and Urban-Rural Development Bureau|normal|zh|-")

L("eml", "bus-stop-removed", "2026-10-09 08:25",
  "霍大妈 <huo.dama@example.org>", "把我们的公交站还回来",
  """
  32路原来在菜场门口有一站，九月线路调整后取消了，现在最近的站要走一公里多。我们这片老人多，买个菜要走半小时。请把菜场这一站恢复了吧。
  """, "demand|no|-|Transport Bureau|normal|zh|short")

L("eml", "reimbursement-three-months", "2026-10-10 10:30",
  "Alice Qian <alice.qian@example.com>", "My father's hospital bills still not reimbursed after 3 months",
  """
  Hello,

  My father (72, retired, local medical insurance) was hospitalised in Shanghai in June while visiting my brother. Because he hadn't done the 异地就医备案, the hospital couldn't do 直接结算. In July we submitted all the paper invoices (38,000 yuan) to the district 医保经办窗口 for 手工报销. They said 30 working days.

  It's now October. Each time we call, they say it's "in process". My parents are pensioners and this is a lot of money for them. Could you please help find out where the application is stuck and get it paid?

  Alice Qian
  """, "demand|no|-|Healthcare Security Bureau|normal|en|mixed")

L("eml", "sewage-overflow-old-estate", "2026-10-11 07:48",
  "<laobai.6dong@example.net>", "化粪池冒了一星期",
  """
  您好，新村6栋后面的化粪池和下水道赌了一个星期，污水从井盖里往外冒，一直流到单元门口，臭得窗户不敢开，老人出门要踩着砖头走。小区是老旧小区没有物业，社区说没钱清淘。请排人来疏通，老人实再受不了了。
  """, "demand|no|-|Water Affairs Bureau|normal|zh|typos")

L("eml", "fake-police-fraud-calls", "2026-10-12 21:50",
  "宋晨曦 <songchenxi@student.example>", "举报冒充公安的诈骗电话",
  """
  您好，我要举报一个诈骗电话。今天下午一个自称"市公安局刑侦支队"的人打给我，说我的身份证涉嫌洗钱，要我下载一个"安全防护"App并且把钱转到"安全账户"配合调查，还能说出我的学校和学号。

  号码是 +86 171 0000 6659，我没转钱。我们宿舍好几个人都接到过类似电话，说明学生信息可能泄露了。请公安部门查一查，也提醒一下其他同学。
  """, "demand|no|-|Public Security Bureau|normal|zh|-")

L("alt", "hk-investor-power-coordination", "2026-10-13 09:15",
  "李國強 <kwokkeung.lee@example.hk.example>", "懇請協調工廠用電增容事宜",
  """
  尊敬的市長：

  本公司為港資企業（嘉達精密五金有限公司），去年響應貴市招商政策，在高新區投資建設第二期廠房，設備已經全部到位，預計明年一月投產，可新增就業約二百個崗位。

  但廠房的用電增容申請自七月遞交至今仍未批覆，供電部門表示需等片區變電站改造，時間未定。若不能如期通電，我們與海外客戶的訂單將面臨違約。

  懇請政府相關部門協助協調，加快處理。如需資料，本人隨時配合。

  李國強　總經理
  電話 +852 0000 4417
  """, "demand|no|-|Commerce and Investment Promotion Bureau|normal|zh|fullwidth")

L("eml", "rooftop-illegal-structure", "2026-10-14 18:30",
  "田志刚 <tianzhigang@example.com>", "顶楼违建挡光还漏水",
  """
  您好：我家住五楼，六楼（顶楼）那户今年夏天在楼顶搭了一个彩钢房，还砌了个鱼池，现在我家卧室天花板一下雨就渗水，而且楼顶天台是全楼公共的，大家上不去晾被子了。

  跟他们说了好几次，态度很横，上回我爱人上去说了两句，第二天我家放在楼下的电动车座垫就被划烂了。孩子天天上下楼要从他家门口过，我是真怕。请城管来查处这个违章建筑。
  """, "demand|yes|c|Urban Management Bureau|normal|zh|-")

L("eml", "playground-sharp-edges", "2026-10-15 17:10",
  "Lily Huang <lilyhuang@example.org>", "Broken playground equipment in our estate",
  """
  Hi,

  In the children's play area of Fengqiao Garden (Phase 1), the slide has a cracked plastic panel with a sharp edge and one swing chain is rusted almost through. A little boy cut his hand last week. The property company taped it off once, but the tape is gone and kids play on it every afternoon.

  Please ask the property company to repair or remove the equipment.

  Lily
  """, "demand|no|-|Housing and Urban-Rural Development Bureau|normal|en|-")

L("eml", "ride-hailing-overcharge", "2026-10-16 23:58",
  "Carlos Mendes <carlos.m@example.com>", "Ride-hailing driver took a huge detour and the platform ignores me",
  """
  Hello,

  On 14 October I took a ride-hailing car from the high-speed rail station to the university (normally about 45 yuan). The driver turned off the navigation, drove around for 50 minutes and I was charged 163 yuan. I complained on the app; the platform's robot offered me a 5-yuan coupon.

  I have the trip record and a screen recording. I would like the overcharge refunded and the driver checked. Which department can push the platform to deal with this properly?

  Carlos
  """, "demand|no|-|Transport Bureau|normal|en|-")

L("json", "yellow-tap-water", "2026-10-17 07:20", None,
  "Yellow tap water in Taoyuan Estate",
  """
  Since Monday the tap water in Taoyuan Estate, Block 5-8, comes out yellowish-brown in the morning and smells of rust. Dozens of families in our group chat say the same. We have a baby at home and have switched to bottled water. Please test the water and tell us if it is safe. And since we cannot use it, will this week's water charges be waived for the affected blocks?

  Nina
  """, "demand|no|-|Water Affairs Bureau|normal|en|two-intents",
  name='Nina Wei', phone='', email='nina.wei@example.net', district='Taoyuan')

L("json", "lightning-rod-broken", "2026-10-18 14:40", None,
  "老楼避雷针断了",
  """
  您好：我们住在山坡上的老电厂宿舍楼，是附近最高的楼。楼顶的避雷针今年八月被大风刮断了，引下线也锈断了，现在雷雨天我们心里都发毛。没有物业，原单位早就改制了。这个归谁管？请派人检测一下，帮我们修好。
  """, "demand|no|-|Meteorological Bureau|normal|zh|-",
  name='齐国安', phone='0000-4478-316', email='qiguoan@example.org', district='南山区')

L("eml", "underpass-flooding", "2026-10-19 08:50",
  "彭小军 <pengxiaojun@example.com>", "铁路桥下涵洞一下雨就淹",
  """
  市长：

  建设路铁路桥下的涵洞，每次下大雨积水都有半米深，上个月一辆出租车熄火在里面，司机是爬窗出来的。这是附近学生和老人去医院的必经路。

  请水务部门疏通排水，加装抽水泵，积水时设警示牌封闭。
  """, "demand|no|-|Water Affairs Bureau|normal|zh|-")

L("eml", "ebike-charging-stairwell", "2026-10-20 22:15",
  "<worried.tenant@example.net>", "楼道里私拉电线充电瓶车，已经冒烟了",
  """
  紧急情况！！青石巷9号出租楼，一楼楼道里七八辆电动车在充电，电线是从窗户私拉出来的，插线板就放在地上。刚才有一个电瓶在冒烟，有焦糊味，楼上住了三十多个人，只有这一个楼梯。房东不在，我们拔了一个插头，其他的不敢碰。请马上派人来处理！

  电话 177 0000 3350
  """, "demand|no|-|Emergency Management Bureau|high|zh|-")

L("eml", "neighbour-illegal-tutoring-anon", "2026-10-21 20:05",
  "<a.neighbour.on.8f@example.com>", "楼上开了一个无证的补习班",
  """
  您好，反映一个情况：我们楼803室从暑假开始在家里办了个补习班，每天放学后和周末有二三十个孩子进进出出，家具全搬空了摆着课桌，楼道里全是电动车和鞋子。消防通道被堵，电梯也超负荷。

  听说他们没有任何资质。请教育部门去查一查。

  我们天天在电梯里碰面，孩子还在一个学校，实在抹不开面子，请千万别说是邻居反映的。
  """, "demand|yes|b|Education Bureau|normal|zh|indirect")

L("json", "rehired-cleaner-wages-typos", "2026-10-22 11:42", None,
  "拖欠工资",
  """
  领到你好 我是退休后在宏达物业当保结的，今年61了，合同上说每月2300，从六月份到现再一分没发，老板说公司没前让等等，我们一共九个人都是五六十岁的。问他要他就说不干可以走，谁去告状就扣谁的押金叫谁滚蛋。我们找谁能要回工资？这岁数丢了这个活就在没人要了，我是真不敢得罪他。电话13800007716
  """, "demand|yes|c|Human Resources and Social Security Bureau|normal|zh|typos",
  name='', phone='138 0000 7716', email='', district='')

L("eml", "elderly-neighbour-not-seen", "2026-10-23 09:10",
  "苗大姐 <miao.dajie@example.com>", "独居老人好几天没出门，门口有异味",
  """
  你好，我们楼里402的周大爷八十多岁，一个人住。平时每天早上都下楼遛弯，这四五天没见人影，门口报纸堆着，今天早上门缝里有股怪味，敲门打电话都没人应。他儿子在外地，我们联系不上。请赶快派人来看看！地址是建新里3号楼4单元402。
  """, "demand|no|-|Public Security Bureau|high|zh|-")

L("html", "demolition-compensation-unpaid", "2026-10-24 15:30",
  "余长林 <yuchanglin@example.net>", "拆迁补偿款两年没付清",
  """
  市长：

  我家在老城区东关片，2024年签了征收补偿协议，房子已经拆了，协议写明补偿款分两期付，第二期48万应在2025年6月前付清，到现在一分没到。我今年六十九，在外面租房住，每个月房租一千五。

  找征收办，说在等财政拨款。请政府督促尽快兑现。
  """, "demand|no|-|Housing and Urban-Rural Development Bureau|normal|zh|-")

L("eml", "factory-dumping-worker", "2026-10-25 23:20",
  "<river.fish.dead@example.net>", "化工厂夜里往河里排东西",
  """
  市长好：

  工业园西头那家做电镀的厂（厂名我不好说得太细，你们一查就知道，就是排污口正对着清水河的那家），每周二、周五半夜会把废水直接从旁边那根暗管放进河里。下游村里这两个月死了好几次鱼，有人的鸭子也死了。

  我就在厂里上班，车间里的人都知道这事。我家里还靠这份工资，要是被查出来是谁说的，我在这一行就混不下去了。你们去的时候最好挑周二或周五晚上。
  """, "demand|yes|c|Ecology and Environment Bureau|normal|zh|indirect")

L("json", "village-land-contract-dispute", "2026-10-26 10:00", None,
  "承包地被人占了",
  """
  领导好，我是石桥村的村民，今年七十了。我家三亩承包地，前几年我身体不好，口头借给本组一户种，说好我要回就还。今年我想收回来给儿子种果树，那户不肯还，说地是他的了，还在上面盖了个棚。

  我有承包经营权证。村里调解不了，请帮忙处理。
  """, "demand|no|-|Agriculture and Rural Affairs Bureau|normal|zh|-",
  name='石永福', phone='134 0000 8852', email='', district='石桥镇')

L("json", "anon-kindergarten-food", "2026-10-27 12:30", None,
  "幼儿园伙食太差",
  """
  民办小天鹅幼儿园每月伙食费600元，孩子回家说中午经常是白米饭配土豆丝，一周吃不到两次肉，水果是烂的。园方说伙食费是"统筹使用"。请有关部门查一查伙食费到底花在哪里了，督促整改。
  """, "demand|yes|b|Education Bureau|normal|zh|-",
  name="", phone="", email="", district="西城区", anon=True)

L("json", "company-coordination-road", "2026-10-28 14:10", None,
  "Request for help: delivery trucks cannot reach our warehouse",
  """
  We are a small logistics company (Hengyuan Supply Chain) in the northern industrial zone. Since September the only access road to our warehouse has been closed for a pipeline project with no detour. Our trucks cannot get in and we are losing clients. We are asking the government to coordinate a temporary access route with the construction side. We have 45 employees.
  """, "demand|no|-|Commerce and Investment Promotion Bureau|normal|en|-",
  name="Li Mingzhe", phone="0000-5512-883", email="ops@hengyuan-scm.example", district="Beiyuan")

L("eml", "tenant-forward-property-thread", "2026-10-29 20:30",
  "Jenny Kwan <jenny.kwan@example.com>", "Fwd: Re: Re: Water leaking into our flat from the public pipe",
  """
  Dear Mayor's Office,

  I've been going back and forth with our property company for five weeks. Please see below. The leak is from the building's shared drainage pipe, not any flat, and now the wall in my son's bedroom is black with mould.

  ---------- Forwarded message ----------
  From: Customer Service, Yijia Property <service@yijia-pm.example>
  Date: 2026-10-20
  Subject: Re: Re: Water leaking into our flat from the public pipe

  > Dear owner, we have reported your case to the maintenance department.
  > As the pipe runs inside the wall of Flat 1102, we need the consent of
  > the owner of 1102 to open the wall. Please coordinate with them yourself.
  >
  > > On 2026-10-02, Jenny Kwan wrote:
  > > This is my third message. The owner of 1102 lives abroad. You hold the
  > > building maintenance fund. Please just fix the shared pipe.

  They keep pushing it back to me. Can the housing authority require them to repair the shared pipe?

  Jenny Kwan, Flat 1002, Building 6, Yunjing Court
  """, "demand|no|-|Housing and Urban-Rural Development Bureau|normal|en|quoted")

L("eml", "noise-factory-two-intents", "2026-10-30 21:45",
  "Tracy Gu <tracy.gu@example.org>", "Factory noise at night + question about air-quality data",
  """
  Hello,

  Since the new packaging plant opened next to Xinqiao Village in September, its cooling fans and forklifts run all night. We measured about 65 decibels on a phone app at 2am outside my grandparents' bedroom. My grandmother hasn't slept properly in weeks. Please inspect the plant and make them reduce the noise at night.

  Also, is there any public website where we can see the monitoring data for this area? Just curious.

  Tracy
  """, "demand|no|-|Ecology and Environment Bureau|normal|en|two-intents")

L("eml", "sarcasm-leak-fifth-call", "2026-10-31 18:18",
  "<kuangjia.903@example.com>", "第五次反映同一个漏水问题",
  """
  你们好。

  这是我第五次反映和平路自来水管漏水了。第一次九月三号，第二次九月十五，第三次九月底，第四次十月中。每次都说"已转办"，每次都有人打电话问我"满意吗"。我说不满意，下次再打来问我满不满意。

  现在那个漏点已经把人行道冲出一个坑了，水哗哗地流了两个月，水费不知道算谁的。真心佩服，这么大的水流都能看不见。

  麻烦这次派人来修一下，地址：和平路与光明街交叉口东南角，邮筒旁边。
  """, "demand|no|-|Water Affairs Bureau|normal|zh|sarcasm")


# ======================= complaint =======================
L("eml", "teachers-day-hint", "2026-09-11 21:36",
  "<a.mum.grade3@example.net>", "关于教师节的一点困惑",
  """
  市长信箱您好：

  孩子在区实验小学三（2）班。教师节前一周，班主任在家长群里发了一段话："教师节不提倡送礼，老师们什么都不缺。不过最近天干，我嗓子一直不好，用的那款护肤品也快用完了。"后面还发了个瓶子的照片，是某个牌子的套装，一千多块。

  第二天就有家长私聊班主任，说"心意已经放在孩子书包夹层里了"。到现在班里座位重排，前两排都是那几家的孩子。

  我们不敢在群里说什么。想请教育局了解一下这种情况，孩子毕竟还要在她手下读三年。
  """, "complaint|yes|a|Education Bureau|normal|zh|indirect")

L("eml", "community-subsidy-relatives", "2026-09-13 16:50",
  "<an.old.resident@example.org>", "社区里的补贴是怎么评的",
  """
  领导：

  我们社区今年评了六户"困难老人临时救助"，每户三千。公示了三天就撤了，我抄了一份。六户里有两户是社区居委会韦主任的亲家，一户是她侄女的婆婆，这几家都有退休金，儿子开着车。反倒是我们楼里瘫在床上十年的何老太，儿子残疾，申请了两年都没评上，说是"材料不齐"。

  我不是眼红这几千块钱，就是心里不平。请上面派人来查一查，社区的事大家都看着呢。
  """, "complaint|yes|a|Discipline Inspection Commission|normal|zh|indirect")

L("alt", "doctor-left-night-shift", "2026-09-15 08:45",
  "闫丽 <yanli.family@example.com>", "值班医生半夜离岗",
  """
  市长您好：

  9月13日晚上，我父亲因胸闷住进市第二人民医院急诊留观室。凌晨一点半他血压骤降、说不出话，我去医生办公室找值班医生，没人。护士打了三次电话，说值班的刘医生"回家拿东西了"，四十分钟后他才回来，头发还是湿的。这期间是护士一直在处理。

  我父亲后来转进了ICU，现在还没脱离危险。我不知道如果医生在场结果会不会不同，但值班医生就这样离开医院，合理吗？请卫健委调查处理。

  闫丽
  电话 158 0000 7421
  """, "complaint|yes|a|Health Commission|normal|zh|-")

L("eml", "nurse-phone-drip", "2026-09-17 13:20",
  "<sunflower.eighty@example.net>", "住院部的输液问题",
  """
  您好，我婆婆在区医院内科住院。前天下午她输的药水滴完了，回血回了一大截。我按了三次呼叫铃，护士站那个戴粉色发卡的小护士坐在那里低头刷手机短视频，外放声音我在走廊都听得见，她说"等一下"，又刷了好几分钟才过来，还嫌我们"喊什么喊"。

  老人血管本来就不好，这一次又要重新扎。我希望医院管一管。
  """, "complaint|yes|a|Health Commission|normal|zh|indirect")

L("eml", "service-hall-clerk-threw-papers", "2026-09-19 17:05",
  "Jason Yeo <jason.yeo@example.com>", "Rude treatment at the service hall, window 14",
  """
  Dear Mayor's Office,

  I returned from Malaysia last year and went to the government service hall on 18 September to apply for a certificate for my parents' property. At window 14 the clerk (female, about 40, badge number starting with 07) looked at my papers for five seconds, said my translation was "rubbish", and threw the whole folder back across the counter so that the papers fell on the floor. When I asked what exactly was wrong, she said "don't waste my time, next".

  I have been away for a long time and I understand I may not know every rule. But nobody should be treated like that at a public service counter. I'd like this looked into and an explanation of what documents I actually need.

  Jason Yeo
  """, "complaint|yes|a|Administrative Approval Bureau|normal|en|-")

L("eml", "police-pushed-father", "2026-09-21 11:10",
  "崔明 <cuiming@example.org>", "民警推倒我七十岁的父亲",
  """
  市长：

  9月20日上午，我父亲（71岁）在新华派出所户籍大厅办户口迁移，因为排队的事问了一句，一个穿警服的年轻民警不耐烦，让他"出去等"。我父亲没动，他抓着我父亲的胳膊往外拽，在门口一推，我父亲摔在台阶上，手腕骨裂。

  大厅里有监控，当时很多人看见了。这个民警胸前警号后三位是 316。我们要求调查这件事，给我父亲道歉，并承担医药费。

  崔明
  """, "complaint|yes|a|Public Security Bureau|normal|zh|-")

L("eml", "pension-office-folder-500", "2026-09-23 15:40",
  "<retired.bus.driver@example.com>", "办个退休手续怎么这么\"难\"",
  """
  您好：

  我去年底到龄，退休审批一直卡着。上个月我第三次去区社保中心，窗口后面那位管审核的男同志把我的档案翻来翻去，说工龄认定"有点复杂，可快可慢"，然后压低声音说："你下次来，材料袋里多放点东西，会快很多，五百就够。"

  我没放。到现在还是"审核中"。我一辈子老老实实开公交，想问问现在办事是不是都要这样。
  """, "complaint|yes|a|Discipline Inspection Commission|normal|zh|indirect")

L("eml", "vendor-cart-seized", "2026-09-25 19:30",
  "欧阳 <ouyang.witness@example.net>", "城管队员这样执法对吗",
  """
  今天下午四点多，在朝阳菜市场东侧路口，一个卖红薯的老太太（看上去七十多了）被三个城管队员围住。其中一个高个子的一脚把她的炉子踢翻，另一个把她的三轮车直接抬上执法车，老太太拉着车不放，被推得坐在地上，红薯滚了一地，周围的人都看不下去了。执法车车牌尾号是 72。

  摆摊占道可以管，可这么对待一个老人，太过分了。我拍了视频。请城管局调查，给老人一个说法。
  """, "complaint|yes|a|Urban Management Bureau|normal|zh|-")

L("html", "teacher-humiliated-son", "2026-09-27 22:10",
  "Wendy Luo <wendy.luo@example.org>", "My son was humiliated by his teacher",
  """
  Dear Sir or Madam,

  My son is in Grade 5 at a public primary school in the district (I can provide the class details). Last Thursday he forgot his homework. His Chinese teacher made him stand at the front and told the class "this is what a child with no parents at home looks like" (my husband and I both work night shifts). She then had the class vote on whether he should "be allowed" to sit down.

  He has refused to go to school for two days. This teacher has done similar things to other children, parents say, but nobody wants to speak up because she is also the grade leader.

  I would like the Education Bureau to look into her conduct.

  Wendy Luo
  """, "complaint|yes|a|Education Bureau|normal|en|-")

L("eml", "kindergarten-places-favouritism", "2026-09-29 10:25",
  "<kindergarten.waiting.list@example.com>", "公办幼儿园招生不公平",
  """
  您好：

  今年东湖第一幼儿园小班只招60人，说是按电脑派位。我家就住在对面小区，派位没中。后来听园里的老师私下说，园长手里留了十几个"机动名额"，进去的孩子有区里几个部门领导的孙子外孙，户口根本不在这个片区。

  派位结果网上查不到名单，问园里就说"保护隐私"。请教育局查一查今年的招生到底怎么录的。
  """, "complaint|yes|a|Education Bureau|normal|zh|-")

L("eml", "library-staff-rude", "2026-10-01 18:45",
  "Ahmed Rashid <ahmed.rashid@uni-mail.example>", "Treatment at the city library front desk",
  """
  Hello,

  On 29 September I went to the main city library to register for a reader's card with my passport. The staff member at the front desk (a man in his 50s, on the afternoon shift) refused to look at my passport and said loudly, in English, "Foreigners no card. Go back to your country's library." Other readers laughed. A younger colleague later told me foreigners can register with a passport, but the man told her to mind her own business.

  I'd like someone to address this. I love this library and have been studying here for a year.

  Ahmed Rashid, PhD student
  """, "complaint|yes|a|Culture and Tourism Bureau|normal|en|-")

L("html", "residence-permit-officer-refused", "2026-10-03 09:50",
  "Maria Petrova <m.petrova@example.net>", "Residence permit application refused without reason",
  """
  Dear Sir/Madam,

  I have applied twice at the exit-entry office to renew my residence permit for family reunion (my husband is Chinese). Both times the same officer at counter 3 refused to accept the application. The first time he said my marriage certificate translation "looks fake" (it was done by the agency the office recommended). The second time he would not give any reason and just said "come back next month". My permit expires in 19 days.

  Other officers I asked said my documents looked complete but that "it is his counter". I am afraid of overstaying through no fault of my own. Please help.

  Maria Petrova
  """, "complaint|yes|a|Public Security Bureau|normal|en|-")

L("eml", "hk-home-return-permit-refused", "2026-10-05 14:15",
  "麥嘉儀 <kayi.mak@example.hk.example>", "政務中心職員拒絕接受回鄉證",
  """
  市長您好：

  十月四號上午，我去政務服務中心二樓辦理個體工商戶登記。輪到我嘅時候，五號窗口一位戴眼鏡嘅男職員話「回鄉證唔算身分證件」，叫我返香港攞「內地身分證」先再嚟。我解釋港澳居民來往內地通行證係法定有效證件，佢竟然講「我做咗十年，我話唔得就唔得」，仲叫保安請我走。

  我之後打去熱線問，對方話回鄉證係可以辦理嘅。請問呢位職員點解可以咁對待市民？希望有關部門處理，同埋俾我一個正式答覆。

  麥嘉儀
  """, "complaint|yes|a|Administrative Approval Bureau|normal|zh|fullwidth")

L("eml", "tw-insurance-window-mocked", "2026-10-07 10:30",
  "<chiaying.tsai@example.tw.example>", "醫保窗口人員的態度",
  """
  您好：

  我是台灣居民，十月六日到區醫保服務窗口辦理居民醫保參保。負責的一位中年女工作人員聽到我的口音，就跟旁邊的同事說「台灣來的也要來佔便宜」，之後把我的表格放在一邊，先辦了後面三個人。我問什麼時候輪到我，她說「你們那邊不是很好嗎，回去看病啊」。

  我照規定繳費參保，不是來佔便宜的。希望有關單位處理這位工作人員的言行。
  """, "complaint|yes|a|Healthcare Security Bureau|normal|zh|fullwidth")

L("eml", "inspector-brother-in-law", "2026-10-09 20:40",
  "<small.eatery.owner@example.com>", "为什么每次检查他家都知道",
  """
  市长您好：

  我在美食街开了一家小面馆。这条街上每次市场监管来查后厨卫生，别家都被抓个措手不及，只有街口那家"老陈烧烤"每次都提前把过期的肉和没证的帮工弄走，干干净净的。后来才知道，片区负责检查的那个姓杜的科员，是老陈的小舅子，检查前一天晚上经常在他店里喝酒。

  他家的后厨我亲眼见过，比我们的脏多了。这不公平。

  我的店也在他管的片区，名字就不留了，请你们查的时候换个人去。
  """, "complaint|yes|a|Discipline Inspection Commission|normal|zh|indirect")

L("eml", "village-land-cheap-to-relative", "2026-10-10 07:30",
  "几个村民 <villagers.of.east.ridge@example.org>", "村里的集体山林被低价包给了村主任的表哥",
  """
  领导：

  我们东岭村有八百多亩集体山林，今年春天村委会搞了个"公开招标"，只贴了两天公告，还贴在村委会里面。结果五十年承包给了村主任的表哥，一年一亩十五块，旁边村同样的山一年一亩八十。

  村民代表大会根本没开，签字是村干部找人代签的。我们几十户村民都有意见，但村主任说"谁不服谁去告"。请纪委来查。

  我们都在村里过日子，先不署名了，需要的话可以当面说明。
  """, "complaint|yes|a|Discipline Inspection Commission|normal|zh|-")

L("eml", "principal-official-car-ski", "2026-10-11 21:05",
  "<ski.weekend.observer@student.example>", "Public school car at a ski resort?",
  """
  Hello,

  I'm a university student working part-time at the parking lot of the Baiyun ski resort. Three weekends in a row I've seen the same white minivan with "第四中学" printed on the door and a public-vehicle plate drop off a family with skis. The driver told me they were the principal's family and "it's fine, the car's free on weekends".

  I don't know the rules well but I thought school cars weren't supposed to be used for private trips. I have photos with dates.
  """, "complaint|yes|a|Discipline Inspection Commission|normal|en|indirect")

L("eml", "clinic-doctor-drug-kickbacks", "2026-10-12 16:35",
  "金桂芬 <jinguifen@example.net>", "社区医院医生老开贵药",
  """
  您好：

  我有高血压，一直在街道社区卫生服务中心拿药，以前一个月二十多块。这半年换了一个姓龚的医生，每次都给我加一盒"进口保健胶囊"，说对血管好，医保不报，一盒三百八，还说别的医生开不出来。我打听了一下，小区里好几个老人都被他这样开过，药店里的人说这个胶囊是某个医药代表专门推的，"开一盒返一百"。

  我们老人退休金不多，经不起这么开。请卫健委查一查。
  """, "complaint|yes|a|Health Commission|normal|zh|-")

L("json", "stolen-ebike-officer-typos", "2026-10-13 19:00", None,
  "报案民警不理",
  """
  我的电动车在小区门口被偷了，有监控。我去红旗派出所报按，值班的那个胖胖的民警连记录都没做，说"电动车丢了多得是，自已去二手市场找找"，我说监控能拍到人，他说"没空看，走吧走吧"。这叫为人民服物？我想问问能不能正常立按，这个民警这种态度该不该管。
  """, "complaint|yes|a|Public Security Bureau|normal|zh|typos",
  name='', phone='176 0000 2093', email='ebike.gone.again@example.com', district='红旗街道')

L("eml", "hotline-operator-hung-up", "2026-10-15 12:10",
  "<grandpa.ding@example.org>", "谢谢你们12345的0362号话务员",
  """
  真要好好谢谢你们12345的0362号话务员。

  10月14号上午我打电话反映小区停水的事，我耳朵不好说话慢，问了两遍她的问题，她就叹气说"老人家您能不能找个年轻人来说"，然后我还在说话，电话就挂了。再打过去，又是她，听出是我，说了句"又是你"，又挂了。

  我七十八了，能找谁来说？请你们管管这个话务员。
  """, "complaint|yes|a|Municipal Government Office|normal|zh|sarcasm")

L("eml", "grandma-cannot-sign-uniforms", "2026-10-16 20:20",
  "一位祖母 <a.grandmother.writes@example.net>", "关于学校指定购买校服和平板的事",
  """
  市长您好：

  我退休前做了三十多年编辑，习惯有话就写下来。可这封信我只能不署名，因为我外孙就在这所学校读初一，写了名字，孩子在学校的日子恐怕不好过。

  今年开学，学校通知每个新生必须通过"指定渠道"购买三套校服（980元）和一台"智慧课堂专用平板"（3280元），自己在外面买的同样配置的平板不允许带进教室。家长会上说这是"学校统一要求"，没有书面文件，收款方是一家科技公司。

  我想问的是：公办学校可以这样强制家长买东西吗？请教育局核实这件事，也请不要在调查时透露有家长来信。
  """, "complaint|yes|b|Education Bureau|normal|zh|indirect")

L("json", "anon-subdistrict-renovation", "2026-10-17 11:00",
  None, "街道老旧小区改造越改越差",
  """
  我们小区是今年的老旧小区改造项目，街道办负责。改造了四个月，外墙保温层刚贴好就开始脱落，雨水管装反了，新修的路面下雨就积水。居民提意见，街道办的回复永远是"施工方正在整改"。施工期间几次停水停电都不提前通知。请市里督查一下这个项目的质量和管理。
  """, "complaint|yes|b|Municipal Government Office|normal|zh|-",
  name="", phone="", email="", district="北关区", anon=True)

L("eml", "civil-servant-public-rental", "2026-10-18 22:30",
  "<name.withheld.please@example.com>", "公租房配租为什么两年没消息",
  """
  您好：

  我2024年9月提交了公租房申请，当年12月审核通过，进入轮候。两年了，轮候号一直是1200多，没有动过。但我身边有同时申请、条件差不多的人，2025年就分到了房。住建部门网站上的轮候名单半年没更新过，打电话问只说"按顺序配租"。

  我希望公布每批配租的名单和顺序，说清楚规则。

  我本人也在一个区级单位工作，不方便署名，请理解，也请不要透露来信人的信息。
  """, "complaint|yes|b|Housing and Urban-Rural Development Bureau|normal|zh|-")

L("eml", "shop-owner-fines-campaign", "2026-10-19 15:45",
  "<noodle.shop.on.the.corner@example.net>", "城管整治一刀切",
  """
  领导好：

  这个月城管局搞"市容整治月"，我们这一条街的小店门口，只要放了一个招牌或者一把椅子，就罚款两百到五百，一周来三次，每次都罚。我们已经把东西都收进去了，还是说"门头不规范"要整改，要换统一的门头，一块五千块，指定了一家广告公司做。

  我们是小本生意，一个月挣不了几个钱。

  我的执照年底要年审，上次隔壁那家去申诉了，第二周就又被罚了三次，我们现在连话都不敢多说。
  """, "complaint|yes|c|Urban Management Bureau|normal|zh|-")

L("eml", "compulsory-study-trip", "2026-10-20 21:15",
  "Annie Shi <annie.s@example.org>", "School forcing parents to pay for study trip",
  """
  Hello,

  My daughter's public middle school announced a "compulsory research-study trip" to another province: 4 days, 2,980 yuan, through a travel agency chosen by the school. Students who don't go must stay at school and "write a report". The notice was sent only in the class group, no official document.

  Several parents think it's too expensive and that it can't really be compulsory, but none of us wants to be the one who objects. Last year a parent who questioned the uniform fee found her child suddenly moved to the last row. Please look into whether this is allowed, but I really hope this doesn't come back to my daughter.
  """, "complaint|yes|c|Education Bureau|normal|en|-")

L("json", "taxi-driver-enforcement", "2026-10-21 13:20", None,
  "运管执法天天蹲高铁站",
  """
  您好，我开出租十五年了。最近交通执法在高铁站出口天天查"拒载议价"，可他们不查那些专门拉黑活的私家车，专查我们正规出租，一个表没打好就扣车罚款三千，复议的材料交了一个月没人理。

  我们跑车的都敢怒不敢言，谁要是去较真，一旦被他们记上号，以后年审营运证肯定卡你。
  """, "complaint|yes|c|Transport Bureau|normal|zh|-",
  name='', phone='', email='', district='')

L("eml", "farmer-subsidy-township", "2026-10-22 09:40",
  "<a.grain.grower@example.org>", "种粮补贴年年拖",
  """
  领导：我们镇上的种粮补贴，去年的到今年十月还没发到户，镇农业站说在"核对面积"，核了一年。问急了就说"你家面积本来就有问题，再问就重新量"。我种了四十亩地，等着这钱买明年的种子化肥。我是怕这封信一递上去，他们真借口把我家的面积核少了。
  """, "complaint|yes|c|Agriculture and Rural Affairs Bureau|normal|zh|-")

L("eml", "pension-app-face-scan", "2026-09-06 20:00",
  "Linda Pang <linda.pang@example.com>", "The pension face-recognition app simply doesn't work",
  """
  Hello,

  My mother (79) must do the yearly pension eligibility check by face recognition. I have tried the official app on three phones over two weeks. It either says "please blink" forever or "network error". The hotline says to "try again at a different time". The community office says they don't have the equipment anymore and to use the app.

  Nobody here is being rude, the system just doesn't work, and if she doesn't pass by the end of October her pension will be suspended. Please fix the app or give elderly people a simple offline alternative.

  Linda Pang
  """, "complaint|no|-|Human Resources and Social Security Bureau|normal|en|-")

L("html", "five-trips-for-one-stamp", "2026-09-18 17:55",
  "胡晓峰 <huxiaofeng@example.net>", "真是太感谢你们了，让我跑了五趟",
  """
  真是太感谢你们了，让我跑了五趟。

  第一趟，说缺社区证明；第二趟，说社区证明要盖骑缝章；第三趟，说要原件加复印件；第四趟，系统升级，明天再来；第五趟，终于办了，告诉我其实这个证明"网上也能办"。

  一个小小的居住证明，我请了五个半天的假。能不能一次性告诉老百姓要带什么？能不能把网上能办的事情写在大厅门口？
  """, "complaint|no|-|Administrative Approval Bureau|normal|zh|sarcasm")

L("eml", "12345-no-reply-en", "2026-09-30 10:40",
  "Kelly Zhu <kelly.zhu@example.net>", "Three weeks and no response from 12345",
  """
  Hello,

  I submitted a request through the 12345 mini-program on 8 September (about a broken traffic light near my kids' school). Status: "accepted" since then. No call, no message, the light is still broken. I submitted again on 20 September and got the same automatic reply.

  Great system, truly world-class: it accepts everything and does nothing. I especially enjoyed the satisfaction survey I received on day two. Please tell me who is handling it.

  Kelly
  """, "complaint|no|-|Municipal Government Office|normal|en|sarcasm")

L("json", "hospital-queues-no-appointments", "2026-10-02 08:10", None,
  "Impossible to get an appointment at the People's Hospital",
  """
  To whom it may concern,

  For three weeks I've tried to book my father (80) a neurology appointment at the Municipal People's Hospital. All slots are released at 8pm online and are gone within a minute. At the hospital, the on-site counter says they have no on-site slots at all. The specialist we need is only there on Tuesdays.

  I understand doctors are overloaded, this isn't about any person. But the booking system is unfair to elderly people without fast fingers. Please make the hospital keep some slots for on-site elderly patients.

  Peter Hsu
  """, "complaint|no|-|Health Commission|normal|en|-",
  name='Peter Hsu', phone='', email='peter.hsu@example.org', district='')

L("json", "school-canteen-quality", "2026-10-08 19:25", None,
  "学校食堂饭菜质量太差",
  """
  您好：

  我女儿在市第九中学住校，每月伙食费七百五。最近两个月，孩子说饭菜经常是凉的，青菜没洗干净有泥，上周有同学在汤里吃出一只虫。家长委员会向学校反映过，学校说"食堂外包了，会督促"，之后没有任何变化。

  希望教育局督促学校加强食堂管理，公开伙食费收支，允许家长代表不定期进食堂检查。
  """, "complaint|no|-|Education Bureau|normal|zh|-",
  name='孟凡', phone='159 0000 4420', email='mengfan.parent@example.com', district='北湖区')

L("eml", "care-subsidy-stopped-quoted", "2026-10-14 10:05",
  "顾美兰 <gumeilan@example.net>", "高龄护理补贴被停，回复答非所问",
  """
  市长信箱：

  我父亲九十一岁，失能，一直领高龄护理补贴。八月份突然停了，去问说"系统比对发现有房产"。那套房子是2019年就卖掉的。我上个月写信反映，收到民政局的回复是：

  > 您好，根据我市高龄津贴及护理补贴相关规定，享受对象需符合年龄、户籍
  > 及经济状况等条件，经系统核对，您父亲不符合条件，已按规定停发。如有
  > 疑问，可向户籍所在地街道提出复核申请。感谢您对民政工作的支持。

  复核申请我九月就交了，街道说要等民政局的数据更新。民政局又让我找街道。房子卖掉都七年了，不动产登记查得到，到底谁来纠正这个错误？请别再让我们两边跑了，把补贴恢复、把停发的补上。
  """, "complaint|no|-|Civil Affairs Bureau|normal|zh|quoted")

L("eml", "tax-hall-queue-short", "2026-10-23 15:30",
  "<s.wong@example.com>", "tax hall",
  """
  Waited 3 hours at the tax service hall today, 2 of 8 windows open. Ridiculous.
  """, "complaint|no|-|Taxation Bureau|normal|en|short")

L("eml", "education-bureau-reply-quoted", "2026-10-25 21:00",
  "祁静 <qijing.mom@example.org>", "回复：关于学位分配的答复不能接受",
  """
  市长您好：

  附上教育局对我上次来信的答复，请您看看：

  > 祁女士：您好！您反映的子女入学问题，经核实，我区今年严格按照
  > "户籍+房产+居住年限"的原则进行学位分配，您孩子的学位已统筹安排至
  > 第三十一小学，符合政策规定。感谢您对教育工作的关注！

  问题是，我家楼下就是第七小学，步行三分钟；三十一小学在六公里外，没有直达公交。我们户籍、房产、居住年限都在这里满五年了。同一栋楼里条件比我们差的人家分到了第七小学。

  答复里一句"符合政策规定"，没有说明排序的依据，也没有说明为什么同楼不同结果。请教育局公开分配细则并重新核查。
  """, "complaint|no|-|Education Bureau|normal|zh|quoted")

L("eml", "subdistrict-email-thread", "2026-10-27 09:20",
  "Bella Xie <bella.xie@student.example>", "Re: Re: 大学城片区路灯和井盖",
  """
  您好，

  这是我和街道办来回的邮件，已经一个多月了，请市里看看：

  -----原始邮件-----
  发件人：大学城街道办事处 <jiedao@dxc-gov.example>
  发送时间：2026年10月9日 16:02
  主题：回复：Re: 大学城片区路灯和井盖

  同学你好，你反映的路段属于学校与市政交界区域，我办已多次协调，目前仍在确认管理责任单位，请耐心等待。

  -----原始邮件-----
  发件人：Bella Xie
  发送时间：2026年9月22日 23:40
  主题：Re: 大学城片区路灯和井盖

  上次说两周内解决，现在还是黑的，井盖还是歪的。

  ------------------------------

  "确认管理责任单位"确认了一个多月，每天晚上几千个学生从那条路走回宿舍。一个街道办协调不了，就请市里协调。我不想听谁负责，只想知道什么时候修。
  """, "complaint|no|-|Municipal Government Office|normal|zh|quoted")

L("eml", "disability-card-delay-mixed", "2026-10-29 14:45",
  "Kevin Ma <kevinma@example.net>", "残疾证办了四个月还没下来",
  """
  Hi, 我替我外婆写的。她去年中风后行动不便，六月份去申请残疾证，做完鉴定 already four months，社区说 still waiting for 区残联 approval，打电话过去 nobody picks up。Without the card, she can't get 护理补贴 or 无障碍 bus card。

  Honestly 四个月 for a card is too long. 能不能 speed up a little，或者至少 tell us 到哪一步了？
  """, "complaint|no|-|Civil Affairs Bureau|normal|zh|mixed")

# ======================= information =======================
L("eml", "bus-to-provincial-hospital", "2026-09-04 07:15",
  "邵桂兰 <shaoguilan@example.com>", "去省人民医院坐几路车",
  """
  您好，我住在西关老街，下周要去省人民医院新院区复查。请问从西关老街坐几路公交能到？要不要换乘？大概要多久？

  另外我今年满七十了，老年卡坐公交是不是全免？
  """, "information|no|-|Transport Bureau|normal|zh|two-intents")

L("eml", "typhoon-weekend", "2026-09-09 18:30",
  "<fishing.grandpa@example.net>", "这个周末台风来不来",
  """
  周六去海边水库钓鱼，台风会来吗？
  """, "information|no|-|Meteorological Bureau|normal|zh|short")

L("alt", "museum-national-day-hours", "2026-09-26 12:30",
  "Hannah Schmidt <h.schmidt@example.org>", "Museum opening hours during National Day",
  """
  Hello,

  My parents are visiting from Germany during the October holiday. Is the City Museum open every day from 1 to 7 October, and what are the hours? Do we need to book tickets in advance with a passport, and is there an English audio guide?

  Thank you!
  Hannah
  """, "information|no|-|Culture and Tourism Bureau|normal|en|-")

L("eml", "legal-aid-address-quiet", "2026-10-04 13:05",
  "<a.woman.asking@example.com>", "法律援助中心在哪里",
  """
  您好，请问市法律援助中心的地址和上班时间？离婚的事能不能免费咨询律师？需要带什么证件？

  回复请只发这个邮箱，不要打电话到家里，也不要寄信。我丈夫会看。
  """, "information|yes|b|Justice Bureau|normal|zh|-")

L("eml", "donate-old-clothes", "2026-09-14 10:20",
  "许阿姨 <xu.ayi.knits@example.org>", "旧衣服捐到哪里",
  """
  家里整理出来两大袋冬衣，都洗干净了，还有我织的十几条围巾，想捐给需要的人。请问市里有没有正规的捐赠点？小区里那种绿色的旧衣回收箱是真的捐出去还是拿去卖的？
  """, "information|no|-|Civil Affairs Bureau|normal|zh|-")

L("eml", "last-metro-train", "2026-10-08 22:50",
  "<kk.travels@example.net>", "last train?",
  """
  What time is the last Line 1 train from Central Station on Fridays?
  """, "information|no|-|Transport Bureau|normal|en|short")

L("json", "flu-shot-elderly", "2026-10-11 09:00", None,
  "老年人流感疫苗在哪打",
  """
  您好：今年六十五岁以上老人打流感疫苗是不是免费？我住在长虹街道，附近哪个社区卫生服务中心可以打？要预约吗？我和老伴都有慢性支气管炎，想早点打。
  """, "information|no|-|Health Commission|normal|zh|-",
  name='包德明', phone='', email='baodeming@example.com', district='长虹街道')

L("json", "hk-senior-scenic-discount", "2026-09-19 15:40", None,
  "香港長者遊覽景區有冇優惠？",
  """
  你好！我哋一班香港退休朋友（大部分六十五歲以上）打算十一月嚟貴市旅行四日。想問：市內邊啲景區對港澳長者免費或者半價？係咪出示回鄉證就得？有冇需要提前網上預約？另外，古城墻同植物園嘅開放時間係幾點？ＴＨＸ！
  """, "information|no|-|Culture and Tourism Bureau|normal|zh|fullwidth",
  name="馮玉蓮", phone="+852 0000 7821", email="yuklin.fung@example.hk.example", district="")

L("eml", "airport-bus-university", "2026-09-21 20:10",
  "Sara Lindqvist <sara.l@uni-mail.example>", "Airport shuttle from the university town?",
  """
  Hi! I'm flying home for Christmas with a morning flight at 7:30. Is there an airport shuttle bus from the university town, and what time does the first one leave? Where exactly is the stop? If not, how early does the metro start? Thanks so much!
  """, "information|no|-|Transport Bureau|normal|en|-")

L("html", "tw-hsr-station-route", "2026-10-13 08:30",
  "張雅婷 <yating.chang@example.tw.example>", "請問怎麼去高鐵東站",
  """
  您好，

  我住在老城區的文廟附近，下週要搭早上七點多的高鐵去廈門。請問從文廟附近搭什麼車到高鐵東站最方便？地鐵幾點開始營運？計程車大約多少錢？

  謝謝！！
  """, "information|no|-|Transport Bureau|normal|zh|fullwidth")

L("eml", "blood-donation-hours", "2026-10-15 16:00",
  "Marco Rossi <marco.rossi@example.com>", "Where can I donate blood?",
  """
  Hello, I'm an Italian lecturer at the university and would like to donate blood. Where is the nearest blood donation station to the university district, what are the opening hours, and can foreigners donate with a passport? Grazie!
  """, "information|no|-|Health Commission|normal|en|-")

L("json", "recycle-batteries-electronics", "2026-10-17 11:35", None,
  "旧电池和旧手机扔哪里",
  """
  请问废电池、旧手机、坏了的电水壶这些应该扔在哪个垃圾桶？小区里只有四色桶，没有专门回收电子产品的地方。市里有没有固定的回收点或者上门回收的电话？
  """, "information|no|-|Urban Management Bureau|normal|zh|-",
  name='', phone='', email='', district='青年路')

L("eml", "hospital-visiting-hours", "2026-10-19 19:10",
  "车秀英 <cheshuying@example.net>", "住院部探视时间",
  """
  您好，我老伴这周住进了市中医院骨科。请问住院部每天几点到几点可以探视？可以带饭进去吗？陪护要办陪护证吗？
  """, "information|no|-|Health Commission|normal|zh|-")

L("eml", "marathon-road-closures", "2026-10-21 17:45",
  "Chris Ng <chris.ng@example.org>", "Marathon day road closures",
  """
  Hi,

  The city marathon is on Sunday 9 November. Which roads will be closed and from what time to what time? My son has a volunteering shift at the hospital on Riverside Road at 8am and we usually drive across the Jiangbin Bridge. Will the bridge be open?

  Chris
  """, "information|no|-|Public Security Bureau|normal|en|-")

L("eml", "sim-card-international", "2026-09-02 13:40",
  "Ngoc Anh <ngocanh.tran@uni-mail.example>", "where to get a SIM card 手机卡",
  """
  Hello, I just arrived from Vietnam for my master's degree. Where can I buy a 手机卡 with my passport? Is there an operator office near campus, and do they have English-speaking staff? Also, can I get 校园套餐 as a foreign student? Thank you 谢谢!
  """, "information|no|-|Industry and Information Technology Bureau|normal|en|mixed")

L("eml", "air-quality-asthma", "2026-11-03 07:40",
  "冉老师 <ranlaoshi@example.com>", "今天空气质量怎么样",
  """
  您好，我有哮喘，每天早上要去公园打太极。这几天灰蒙蒙的，请问在哪里能查到我们区每天实时的空气质量指数？今天适不适合老年人户外锻炼？
  """, "information|no|-|Ecology and Environment Bureau|normal|zh|-")

L("alt", "meteor-shower-weather", "2026-11-10 21:20",
  "Astronomy Club <stargazers@student.example>", "Weather for the Leonid meteor shower?",
  """
  Hello!

  Our student astronomy club is planning a night trip to the reservoir hills to watch the Leonids around 17-18 November. Could you tell us the forecast for cloud cover and temperature for those nights, and whether any cold-wave warning is expected? We want to keep 30 students safe and warm.

  Thanks,
  The Astronomy Club
  """, "information|no|-|Meteorological Bureau|normal|en|-")

L("eml", "new-year-concert-tickets-typos", "2026-11-14 10:50",
  "<nainai.loves.music@example.net>", "新年音乐会的票在那买",
  """
  你好，听说大剧院元旦有新年音乐会，有惠民票。请问在那里买？老年人能不能打折？我不会用手机抢票，能不能去窗口买，窗口几点开们？谢谢
  """, "information|no|-|Culture and Tourism Bureau|normal|zh|typos")

L("eml", "tax-hall-address-short", "2026-11-18 09:05",
  "<xiao.chen.accounting@example.com>", "税务大厅地址",
  """
  请问高新区的办税服务厅在哪？周六开吗？
  """, "information|no|-|Taxation Bureau|normal|zh|short")

L("eml", "thanks-officer-lost-wallet", "2026-11-20 16:30",
  "武志华 <wuzhihua@example.org>", "感谢城南派出所的黎警官",
  """
  市长您好：

  11月18日下午，我八十岁的母亲在公交车上丢了钱包，里面有她的身份证、医保卡、老年卡和刚取的两千块钱。她急得在路边哭。城南派出所的黎警官接警后，陪着她调了公交公司的监控，当天晚上就在终点站找回了钱包，一分不少，还开车把她送回了家。

  我母亲一直念叨这件事，让我一定要写信感谢。谢谢黎警官，也谢谢你们。
  """, "information|no|-|none|normal|zh|-")

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
HARD = {"-", "quoted", "sarcasm", "typos", "mixed", "short", "two-intents", "fullwidth", "indirect"}


def check():
    slugs = set()
    for d in LETTERS:
        cat, conf, reason, dept, prio, lang, hard = d["labels"]
        assert cat in {"consultation", "suggestion", "demand", "complaint", "information"}, d["slug"]
        assert (conf, reason) in {("no", "-"), ("yes", "a"), ("yes", "b"), ("yes", "c")}, d["slug"]
        assert dept in DEPARTMENTS, (d["slug"], dept)
        assert prio in {"high", "normal"} and lang in {"zh", "en"} and hard in HARD, d["slug"]
        assert d["slug"] not in slugs, d["slug"]
        slugs.add(d["slug"])
        if d["kind"] == "json" and d["kw"].get("anon"):
            assert (conf, reason) == ("yes", "b"), d["slug"]


if __name__ == "__main__":
    check()
    main()
