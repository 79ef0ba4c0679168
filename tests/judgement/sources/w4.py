#!/usr/bin/env python3
"""Test letters for mayorbox issue 11, writer w4.

Run: python3 gen.py  -> writes letters/ and labels.tsv next to this file.
Deterministic: order, dates and domains derive from a hash of each slug.
"""
import hashlib
import json
import os
import shutil
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr

ME = "w4"
HERE = os.path.dirname(os.path.abspath(__file__))
TZ = timezone(timedelta(hours=8))
LETTERS = []

DOMAINS = ["example.com", "example.net", "example.org", "mail.example",
           "post.example", "inbox.example", "corp.example", "biz.example",
           "163.example", "qq.example", "work.example", "home.example"]


def _h(s):
    return int(hashlib.md5(s.encode("utf-8")).hexdigest(), 16)


def E(slug, cat, conf, reason, dept, prio, lang, hard, sender, subject, body,
      kind="plain"):
    """An e-mail. sender: 'Display Name <local>' or 'Display Name <a@b>'."""
    LETTERS.append(dict(form="eml", slug=slug, cat=cat, conf=conf,
                        reason=reason, dept=dept, prio=prio, lang=lang,
                        hard=hard, sender=sender, subject=subject,
                        body=body, kind=kind))


def J(slug, cat, conf, reason, dept, prio, lang, hard, name, phone, email,
      anon, district, title, content):
    """A web-form submission."""
    LETTERS.append(dict(form="json", slug=slug, cat=cat, conf=conf,
                        reason=reason, dept=dept, prio=prio, lang=lang,
                        hard=hard, name=name, phone=phone, email=email,
                        anon=anon, district=district, title=title,
                        content=content))

# ---------------------------------------------------------------- consultation
E("legal-rep-change", "consultation", "no", "-", "Administrative Approval Bureau", "normal", "en", "-",
  "Martin Kessler <m.kessler@kessler-fasteners.example>",
  "Documents needed to change the legal representative on our business licence",
  """Dear Sir or Madam,

I am the general manager of Kessler Fasteners (Suzhen) Co., Ltd., a wholly foreign-owned enterprise registered in the Linquan Economic Zone. Our parent company in Stuttgart has appointed a new chairman, who will also become our legal representative from 1 November.

Could you please tell us:
1. which documents are required to register the change (board resolution, passport copy, appointment letter?);
2. whether the foreign documents must be notarised and legalised, or whether an apostille is now enough;
3. whether the new legal representative has to appear in person at the service hall, or whether the whole procedure can be done online with a digital certificate.

He will only arrive in China in mid-December, so the last point matters a lot to us.

Thank you in advance.

Martin Kessler
General Manager
Tel. +86 512 0000 3381""", kind="html")

E("permit-passport-renewal", "consultation", "no", "-", "Human Resources and Social Security Bureau", "normal", "en", "-",
  "Priya Raman <priya.raman@harlow-legal.example>",
  "Work permit renewal while the passport is being replaced",
  """Dear Madam/Sir,

I am an associate at Harlow & Finch (Shanghai office) and I write on behalf of a client, a British engineer employed by a manufacturing company in your city. His work permit expires on 20 October. His passport, however, was sent to the British consulate for replacement last week and will not be returned before early November.

Is it possible to submit the work permit extension with a copy of the old passport and the consulate's receipt, and to update the passport number afterwards? If not, is there a grace period, or should the employer apply for a short-term extension of some kind?

We would be grateful for a reply before the end of September so that the employer can plan accordingly.

Kind regards,
Priya Raman""")

J("food-licence-small-shop", "consultation", "no", "-", "Market Regulation Administration", "normal", "zh", "-",
  "郭春燕", "138 0000 4172", "", False, "梧桐区",
  "小面馆办食品经营许可证需要什么材料",
  """你好，我准备在梧桐区青檀路开一家小面馆，店面只有二十二平米，后厨大概六平米。想问一下办食品经营许可证要准备哪些材料？听说后厨面积太小办不下来，是真的吗？有没有最低面积要求？另外健康证是每个员工都要办还是只要老板办？谢谢。""")

E("spray-line-eia", "consultation", "no", "-", "Ecology and Environment Bureau", "normal", "zh", "-",
  "蒋国栋 <jiang.gd>",
  "扩建喷涂线是否需要做环评报告书",
  """领导您好：

我是石滩镇宏利五金制品厂的负责人。我们厂现有一条手工喷漆线，明年打算再上一条自动喷涂线，年用油漆量预计在十吨左右，使用水性漆为主，少量溶剂型漆。

想咨询：这种情况按现在的名录，是要编制环境影响报告书、报告表，还是只做登记表备案？如果需要报告表，大概要走多长时间？另外扩建期间原来那条线能不能照常生产？

麻烦给个准确答复，我们好提前安排预算。

蒋国栋
手机 159 0000 2236""")

E("intern-social-insurance", "consultation", "no", "-", "Human Resources and Social Security Bureau", "normal", "en", "two-intents",
  "Hannah Cho <hannah.cho@nordlicht-optics.example>",
  "Social insurance for interns and part-time staff",
  """Hello,

I handle HR for Nordlicht Optics, a Korean-German joint venture in the Baiyun high-tech park with about 140 employees. We are about to take on twelve university interns for six months and four part-time assembly workers (about 20 hours a week).

Our question is whether we are obliged to pay social insurance for them. For the interns, their universities say they are still students and no contributions are needed, but we would like them covered for work injury at least. Can a company register interns for work-injury insurance only? For the part-timers, which contributions are mandatory?

A second, smaller question: do part-time staff have to be enrolled in the housing provident fund, or is that only for full-time employees?

Thanks,
Hannah Cho
HR Manager""")

J("veteran-startup-tax", "consultation", "no", "-", "Veterans Affairs Bureau", "normal", "zh", "-",
  "许立军", "186-0000-7719", "xulijun@example.org", False, "雁栖区",
  "自主就业退役士兵开店有什么优惠",
  """我2024年退伍，自主就业，现在想和战友合伙开一家汽修店。听说退役士兵创业在税收上有减免，每年能扣一定额度，但具体要先开什么证明？是到退役军人事务局开身份认定，还是直接去税务局？合伙开的店两个人都能享受吗？请告诉我具体流程，谢谢。""")

E("land-transfer-filing", "consultation", "yes", "c", "Agriculture and Rural Affairs Bureau", "normal", "zh", "-",
  "宋德厚 <songdehou1962>",
  "土地流转合同到哪里备案",
  """您好，我是柳河乡东岗村村民。我家有十一亩承包地，想租给外村一个种葡萄的老板，租期八年，双方已经谈好价钱。

请问：流转合同要到哪里备案？必须经过村委会盖章吗？现在村里说"流转必须统一交给村合作社，由合作社再往外租"，不然就不给盖章。这个规定有依据吗？我们自己私下签的合同算不算数？

我就是问问政策。家里还有低保和几块地要跟村里打交道，真闹僵了，以后日子不好过。

宋德厚""")

E("land-use-change", "consultation", "no", "-", "Natural Resources and Planning Bureau", "normal", "en", "-",
  "Daniel Ong <daniel.ong@ongbrothers-dev.example>",
  "Procedure to change land use from industrial to commercial",
  """Dear Planning Bureau,

Our company holds the land use right to a 3.2-hectare industrial plot on Qiaotou Road (former dyeing works, operations stopped in 2023). Since the area around it has become mostly residential, we would like to redevelop it as a neighbourhood commercial centre.

Could you please explain the procedure for changing the land use from industrial to commercial? In particular:
- Is a change of use possible by supplementary agreement and payment of the land premium difference, or must the land be returned and re-auctioned?
- Is a soil contamination survey required before the application, given the previous use?
- Which regulatory plan currently applies to the plot, and where can we see it?

Best regards,
Daniel Ong
Ong Brothers Development""")

E("vat-threshold-quarter", "consultation", "no", "-", "Taxation Bureau", "normal", "zh", "fullwidth",
  "曹晓琳 <caoxl.shop>",
  "小规模纳税人季度销售额３０万以下是否免增值税？",
  """您好！

我是个体户（服装店），小规模纳税人，按季度申报。想确认两点：

１、季度销售额不超过３０万元，是否免征增值税？如果某个季度是３１万，是全额交税还是只交超出部分？
２、如果顾客要专用发票，开了专票的那部分是不是不能免？

谢谢！！

曹晓琳　１３７－００００－６６２１""")

E("homestead-rebuild", "consultation", "no", "-", "Agriculture and Rural Affairs Bureau", "normal", "zh", "typos",
  "卢大山 <ludashan>",
  "翻建老房子要不要申批",
  """你好 我是下湾村的 我家老房子是七几年盖的土胚房 已经裂缝了 想拆了原地翻建两层 面积不变 请问要不要申批？宅鸡地证是我父亲名字 他去世了 要先过户吗 村里说要去镇上办 镇上又说要村里先签字 搞不清楚到底先找谁 盖房子有没有层高限制 麻烦告诉一下 谢谢领导""")

E("outdoor-seating-permit", "consultation", "no", "-", "Urban Management Bureau", "normal", "en", "-",
  "Leo Fang <leo.fang.bistro>",
  "Do we need a permit for tables on the pavement?",
  """Hi,

I run a small bistro, "Fang's Kitchen", on Jinshui Lane in the old town. The pavement in front of us is unusually wide (about five metres) and several customers have asked whether we could put out four or five tables in the evenings, like the cafés on the pedestrian street do.

Is this allowed at all? If so, who gives the permission, what are the conditions (hours, how far from the kerb, awnings), and is there a fee? I'd much rather ask first than get a visit later.

Thanks,
Leo Fang""")

E("fake-invoice-legal", "consultation", "yes", "b", "Taxation Bureau", "normal", "zh", "-",
  "一名会计 <acct.question>",
  "老板让我用别家的发票入账，这样合法吗",
  """您好，我在一家做建材贸易的小公司当会计。最近老板拿来一批别的公司开的发票，金额二十多万，说是"朋友帮忙开的"，让我入账抵扣，其实我们跟那家公司根本没有业务往来。

我想问：这种情况是不是虚开发票？如果出了问题，做账的会计要不要承担责任？我现在能不能拒绝？

公司人少，谁反映的一查就知道，麻烦回复时不要提到我们公司名称，也不要往公司打电话，回这个邮箱就行。谢谢。""")

E("new-workshop-fire", "consultation", "no", "-", "Emergency Management Bureau", "normal", "en", "-",
  "Victor Lam <victor.lam@lamprecision.example>",
  "Fire safety requirements before opening a new workshop",
  """Dear Sir/Madam,

Lam Precision Moulding is renting an additional 1,800 m2 single-storey workshop in the Hexi industrial cluster for injection moulding (plastic pellets, no solvents). The landlord says the building already passed fire acceptance when it was built as a warehouse.

Do we need a new fire safety inspection before we start production, since the use is changing from storage to manufacturing? Can we use the self-declaration (commitment) system, or is an on-site check required? And roughly how many sprinklers/extinguishers per square metre are expected for this kind of use?

We plan to move machines in on 15 October, so any guidance is appreciated.

Victor Lam
Plant Manager""")

E("sme-digital-subsidy", "consultation", "no", "-", "Industry and Information Technology Bureau", "normal", "zh", "-",
  "韩志鹏 <hanzhipeng.mfg>",
  "中小企业数字化改造补贴申请条件",
  """您好，我们是一家做汽车线束的小厂，员工八十多人，今年上了一套MES系统和二十台联网设备，投入大概一百三十万。

听园区的人说市里有中小企业数字化转型的补贴，想问一下：
1. 申请条件是什么，对企业规模、投资额有没有要求；
2. 今年已经投入的部分能不能申请，还是必须先立项再投；
3. 材料在哪里提交，截止时间是什么时候。

谢谢！
韩志鹏　祥和线束
电话 0571-0000-8830""")

E("discharge-permit-office", "consultation", "no", "-", "Ecology and Environment Bureau", "normal", "en", "short",
  "Ravi Menon <ravi.m>",
  "Discharge permit",
  """Which office issues the pollutant discharge permit? Our plant is in the new zone. Thanks, Ravi""")

J("cancel-sole-trader", "consultation", "no", "-", "Market Regulation Administration", "normal", "zh", "short",
  "", "", "", False, "",
  "注销",
  """个体户营业执照注销去哪个窗口办？网上能办吗""")

E("demolition-loss-calc", "consultation", "no", "-", "Housing and Urban-Rural Development Bureau", "normal", "en", "mixed",
  "Sophie Marchetti <s.marchetti@marchetti-lawfirm.example>",
  "Calculation of business interruption compensation (停产停业损失) in the Nanmen redevelopment",
  """Dear Sir or Madam,

I represent the owner of a three-storey commercial building in the Nanmen 城中村 redevelopment area, where a small hotel has operated since 2016. The 征收 notice was published on 5 September.

My client wants to understand how the compensation for 停产停业损失 will be calculated. The draft 补偿方案 says it is based on "average after-tax profits of the previous three years". Does this refer to the figures in the annual tax returns filed with the Taxation Bureau, or can audited accounts be submitted if they differ? And is there a minimum amount per square metre if the business reported a loss in 2022 due to the pandemic?

We would appreciate a reference to the applicable municipal rules.

Yours faithfully,
Sophie Marchetti""")

J("veteran-preferential-card", "consultation", "no", "-", "Veterans Affairs Bureau", "normal", "zh", "-",
  "陈保国", "+86 135 0000 2048", "", False, "临江县",
  "退役军人优待证怎么申领",
  """我是1998年入伍、2010年退伍的老兵，一直在县里务农。听说现在有退役军人优待证，凭证可以免费坐公交、进景区。请问在哪里申请？需要带什么材料？我户口在东岭镇，人在外地打工，能不能让家里人代办？""")

E("pig-farm-subsidy", "consultation", "no", "-", "Agriculture and Rural Affairs Bureau", "normal", "zh", "two-intents",
  "刘福成 <liufucheng.farm>",
  "农机购置补贴怎么申请，顺便问养猪用地",
  """领导好，我在青石岭村搞养殖，今年买了一台饲料粉碎机和一台小型铲车，想问农机购置补贴怎么申请，是先买后补还是要先报名？发票要开谁的名字？

另外顺便问一下，我想把猪场从两百头扩到五百头，新建的圈舍占用村里的荒坡地，需要办设施农用地备案吗？

谢谢。刘福成 139-0000-5512""")

E("relocation-refusal-legal", "consultation", "yes", "b", "Human Resources and Social Security Bureau", "normal", "en", "-",
  "A worried employee <helpme.hr.question>",
  "Is it legal to make us sign a social insurance waiver?",
  """Hello,

I work in the HR department of a mid-sized electronics factory. Management has told us to get all new production workers to sign a form saying they "voluntarily give up" social insurance in exchange for 300 yuan more per month in salary. Many of the workers are from other provinces and just sign.

Is such a waiver legally valid? If a worker is injured, who pays? And am I personally at risk for collecting these signatures?

Please reply only to this address and not to my work e-mail or the company. I would lose my job if they knew this question came from HR.""")

E("window-says-original", "consultation", "no", "-", "Administrative Approval Bureau", "normal", "zh", "quoted",
  "吴佳怡 <wujiayi.tea>",
  "房东产权证必须要原件吗？",
  """您好，我想在银杏街开一家奶茶店，上周去政务中心窗口办营业执照，窗口的工作人员给我的回复是：

> "经营场所使用证明需要提供房屋产权证原件核验，复印件不行，房东本人不能来的话要公证委托。"

可是我的房东常年在澳大利亚，产权证原件也在他那边，寄回来要一个月。我想确认一下：
1. 是不是一定要原件？有没有其他方式，比如租赁备案证明、不动产登记信息查询结果？
2. 如果要公证委托，在国外的话要去哪里公证？

谢谢解答。""")

E("export-rebate-timeline", "consultation", "no", "-", "Taxation Bureau", "normal", "en", "-",
  "Thomas Weber <t.weber@weber-valves.example>",
  "Export VAT refund: timeline and documents",
  """Good morning,

Weber Valves (Tianhe) is a foreign-invested manufacturer exporting around 70% of production to Europe. Our finance team is new to the export VAT refund process after our previous accountant left.

Could you tell us:
- how long it normally takes from filing the refund declaration to receiving the refund;
- whether we now need paper copies of the customs declarations, or if electronic data from customs is matched automatically;
- which classification our company is in, and how we could find out (we were told the category affects the processing time).

Thank you,
Thomas Weber, CFO""")

E("report-black-workshop", "consultation", "yes", "c", "Market Regulation Administration", "normal", "zh", "-",
  "方秀兰 <fangxiulan.shop>",
  "举报无证食品作坊需要什么证据",
  """您好，我在蓼花巷开熟食店，正规办了证的。巷子最里面有一家没招牌的作坊，每天凌晨做卤菜批发给附近几个菜场，卫生很差，污水直接倒进下水道。

我想问一下，要举报的话需要提供什么证据？拍照可以吗？举报以后一般多久会来查？

说实话我有点怕，那家人脾气很冲，上次有人说了他们几句，第二天门口就被泼了油。我一个女人带孩子守着店，不想惹事，但他们这样做对正经经营的人太不公平了。""")

E("specialised-sme-application", "consultation", "no", "-", "Industry and Information Technology Bureau", "normal", "en", "-",
  "Karen Liu <karen.liu@brightwave-sensors.example>",
  "How to apply for the 'specialised and innovative' SME designation",
  """Hello,

I co-founded Brightwave Sensors four years ago (we make humidity sensors for grain storage; 46 staff, 11 patents). Our investors keep asking whether we qualify for the "specialised, refined, distinctive and innovative" SME status at city or provincial level.

Could you point me to the criteria for the city-level list, the application window for 2026, and whether revenue under 50 million yuan disqualifies us? If there is a briefing session for applicants, we would like to attend.

Many thanks,
Karen Liu""", kind="multi")

E("taiwan-investor-land", "consultation", "no", "-", "Commerce and Investment Promotion Bureau", "normal", "zh", "fullwidth",
  "林俊宏 <lin.junhong.tw>",
  "請問臺資企業用地優惠政策",
  """您好：

敝公司為臺灣投資之食品機械製造企業，擬於貴市設立第二工廠，預計投資額約新臺幣三億元（約人民幣６５００萬元），需用地約４０畝。

請問：
（一）臺資企業是否享有專門的用地或租金優惠？
（二）若採「先租後讓」方式，租期及轉讓條件為何？
（三）貴局是否有專人對接，可否安排實地考察？

敬請撥冗回覆，不勝感激。

林俊宏　敬上
聯絡電話：＋８８６　９１２　０００　０３５""")

E("greenhouse-lease-dispute-venue", "consultation", "no", "-", "Agriculture and Rural Affairs Bureau", "normal", "zh", "-",
  "岳明 律师 <yueming.law>",
  "农村土地承包经营纠纷应向哪个机构申请仲裁",
  """您好，我是一名执业律师，代理一家蔬菜公司与芦荻村部分农户之间的土地流转合同纠纷。公司租了两百多亩地建大棚，现在有十几户要求提前收回土地。

请问：
1. 这类纠纷是否必须先经农村土地承包仲裁委员会仲裁，还是可以直接起诉？
2. 本市的仲裁委设在哪个部门，受理需要哪些材料？
3. 乡镇的调解是不是仲裁的前置程序？

谢谢。
岳明　手机 150 0000 9127""")

J("disability-pension-adjust", "consultation", "no", "-", "Veterans Affairs Bureau", "normal", "zh", "-",
  "周长海", "0535-0000-6631", "", False, "北塘区",
  "伤残抚恤金今年调整了吗",
  """我是七级伤残退役军人，每季度领抚恤金。听战友说今年国家又提高了标准，但我这两个季度到账的钱跟去年一样。想问一下今年的新标准是多少，从几月开始执行，差额会不会补发？""")

E("temp-construction-roof", "consultation", "no", "-", "Housing and Urban-Rural Development Bureau", "normal", "en", "typos",
  "Nguyen Van Thanh <thanh.nguyen.pack>",
  "what need for apply the temporary construction permit",
  """Dear sir

We are packaging factory (Vietnam investor) in Dongshe village industrial area. Our warehouse roof is broken by the typhon last month, we want to change whole roof to steel sheet and also add one small extention 200 squre meter for storage of carton.

Please what documents need for apply the permit for this work? The roof change also need permit or only the extention? Our landlord say no need anything but I am not sure, I dont want problem later.

thank you very much
Thanh""")

J("night-market-stall", "consultation", "no", "-", "Urban Management Bureau", "normal", "zh", "-",
  "黄小明", "177 0000 3390", "", False, "荔湾里街道",
  "夜市摆摊要办证吗",
  """听说城管在滨河路划了夜市摊区，我想去卖手工凉粉，请问摆摊需要办什么证？摊位怎么申请，是抽签还是先到先得？一个月要交多少管理费？""")

# ---------------------------------------------------------------- suggestion
E("english-portal", "suggestion", "no", "-", "Administrative Approval Bureau", "normal", "en", "-",
  "Isabelle Moreau <i.moreau@moreau-cosmetics.example>",
  "Suggestion: an English version of the online business registration portal",
  """Dear Administrative Approval Bureau,

Our company recently completed a change of registered capital through your online portal. The process itself was quick, and I want to say so. However, the portal is only in Chinese, and for foreign managers like me every step meant sending screenshots to a colleague and waiting for a translation.

May I suggest:
- an English interface (even a partial one) for the most common procedures: registration changes, annual reports, and licence renewals;
- English tooltips explaining the document types, since terms such as "住所使用证明" are not obvious;
- an English FAQ page with sample filled-in forms.

Several cities in the Yangtze River Delta already offer this, and it would make a real difference to how foreign investors see the city.

Best regards,
Isabelle Moreau
Managing Director, Moreau Cosmetics (China)""", kind="html")

E("outdoor-dining-hours", "suggestion", "no", "-", "Urban Management Bureau", "normal", "zh", "-",
  "区餐饮商会 冯志远 <fengzhiyuan.cy>",
  "建议对外摆经营划定统一时段",
  """尊敬的领导：

我是桂香街一家湘菜馆的老板，也是区餐饮商会的理事。现在夏天晚上很多店都在门口外摆，有的管得严、有的不管，商户之间也互相攀比，占道越来越多，居民也有意见。

建议城管部门参考其他城市的做法：
一、在人行道够宽的路段划定外摆区域，用地贴标出范围；
二、统一外摆时段，比如晚上六点到十一点，过了时间必须收回；
三、商户签承诺书，违反一次警告，两次取消外摆资格。

这样商户心里有数，执法也有依据，比现在一刀切或者不管都好。

冯志远""")

E("fire-checklist-once", "suggestion", "yes", "b", "Emergency Management Bureau", "normal", "zh", "-",
  "园区一企业负责人 <yq.qiye.fzr>",
  "建议小微企业消防检查一次性告知整改清单",
  """领导您好：

我们是工业园里一家三十多人的小厂。今年消防检查来过三次，每次都提出新的整改点，第一次说灭火器不够，第二次说疏散指示灯位置不对，第三次又说仓库要加防火门。每项都不是大问题，但分三次整改，来回折腾，成本反而更高。

建议：
1. 检查时一次性出具完整的整改清单，写明依据和期限；
2. 对小微企业提供一份自查表，企业可以先自己对照整改；
3. 复查时只查清单上的项目。

我们园区的企业私下都这么说，但没人愿意出面提，怕以后检查的时候被"重点关照"。所以我也就不写厂名了，希望建议本身能被采纳。""")

E("joint-inspections", "suggestion", "no", "-", "Municipal Government Office", "normal", "en", "-",
  "Michael Brandt <m.brandt@brandt-plastics.example>",
  "One visit, many checks: coordinating inspections of factories",
  """Dear Mayor's Office,

I manage a plastics factory of 220 employees in the Chengbei industrial zone. In the week of 14 September we received three separate inspections: market regulation (product quality) on Monday, fire safety on Wednesday and environmental protection on Friday. Each time, our production manager and safety officer spent half a day accompanying the inspectors, and two of the three asked for the same documents (business licence, safety responsibility records, employee training logs).

I would like to suggest that the relevant bureaus coordinate their routine inspections, for example:
1. a joint annual inspection plan per enterprise, announced in advance;
2. a shared document repository so the same records are not requested repeatedly;
3. one combined visit for routine checks, while keeping unannounced visits for complaints or emergencies.

I understand that some provinces already have a "comprehensive inspection once" policy. We would gladly take part in a pilot.

Yours sincerely,
Michael Brandt""", kind="multi")

E("praise-tax-window", "suggestion", "no", "-", "Taxation Bureau", "normal", "zh", "-",
  "孙建华 <sunjianhua.acct>",
  "表扬周敏同志，建议推广延时服务",
  """尊敬的领导：

我是一家代账公司的会计。九月二十八日申报期最后一天，我下午五点半才赶到玉泉分局办税服务厅，本以为办不了了，窗口的周敏同志主动留下来帮我们三家企业把申报办完，一直忙到七点多，一句怨言都没有，还耐心讲了新的附加税费申报表怎么填。

在这里特别表扬一下周敏同志。同时建议：申报期最后两三天，各办税厅能不能固定实行延时服务到晚上七点，并提前在公众号公布？很多小企业老板白天走不开，这个做法真的很实用。

孙建华""")

E("park-shift-bus", "suggestion", "no", "-", "Transport Bureau", "normal", "en", "-",
  "Grace Tan <grace.tan@sunridge-textiles.example>",
  "A bus line for shift workers in the Huaxi industrial park",
  """Dear Transport Bureau,

About 9,000 people work in the Huaxi industrial park, many on shifts that end at 22:00 or start at 06:00. The last bus from the park gate (route 57) leaves at 21:10 and the first arrives at 06:40, so workers either pay for ride-hailing, ride e-bikes on the unlit provincial road, or live in crowded dormitories nearby.

We suggest:
- a shift-time service, even just two runs at 22:15 and 05:30, between the park and the metro terminus at Xiaogang;
- a demand-responsive "customised bus" that companies could book collectively (we would be willing to share the cost).

Our company alone has 130 employees who would use it.

Regards,
Grace Tan, HR Director""")

J("subsidy-list-wechat", "suggestion", "no", "-", "Agriculture and Rural Affairs Bureau", "normal", "zh", "-",
  "马永贵", "133 0000 8746", "", False, "沙坪镇",
  "建议补贴名单在村民微信群公示",
  """现在村里各种补贴的名单都贴在村委会门口的公示栏，年轻人都在外面打工看不到，老人看不清小字，贴几天就被雨淋坏了。建议把耕地补贴、种粮补贴这些名单同时发到村民微信群里，公示期内谁有疑问可以直接在群里问，这样更公开，也省得大家跑。""")

E("planning-status-page", "suggestion", "no", "-", "Natural Resources and Planning Bureau", "normal", "en", "sarcasm",
  "Adrian Kwok <adrian.kwok@harbourline-properties.example>",
  "A modest proposal: publish where each planning application actually is",
  """Dear Planning Bureau,

Your website promises a decision on a construction-engineering planning permit within 20 working days. I have come to appreciate this as poetry rather than a timetable. Our residential project on Meilin Road has now enjoyed 47 working days of "under review", which at least has the virtue of consistency.

In that spirit, here is a suggestion that costs little: publish a real-time status page for each application, showing which section holds the file, since when, and what it is waiting for. Developers would stop phoning your staff every other day, your staff could work in peace, and we could all plan our bank financing around facts instead of hope.

If the 20 days are not realistic, publish a realistic figure. We can live with 40 days. What we cannot plan around is silence.

Yours, hopefully,
Adrian Kwok
Project Director, Harbourline Properties""")

J("veteran-incubator", "suggestion", "no", "-", "Veterans Affairs Bureau", "normal", "zh", "-",
  "潘卫东", "181-0000-4460", "panweidong@example.net", False, "石门区",
  "建议设立退役军人创业孵化基地",
  """我是退役军人，退伍后在石门区开了一家物流公司，现在有十几个员工，一半是战友。身边很多战友想创业，但缺场地、缺经验，也不懂财税。建议市里设一个退役军人创业孵化基地，提供低租金的办公场地、免费的财务法律咨询，再请成功创业的老兵当导师。我愿意当志愿者带一带新退伍的战友。""")

E("village-road-lights", "suggestion", "no", "-", "Urban Management Bureau", "normal", "zh", "typos",
  "邓小兵 <dengxb.cun>",
  "建义在村口到工业园路上装路灯",
  """领导你们好，我们是桑园村的，村里很多人在工业园上班，从村口到园区大门有两公里多的路，一根路灯都没有，晚上下中班十点多骑电瓶车回来黑乎乎的，上个月还有人掉进路边沟里摔断了胳膊。建义在这段路上装一排路灯，太阳能的也行，不用很亮，能看清路就好。还有路边的沟能不能加个护拦。谢谢了""")

E("land-contract-templates-en", "suggestion", "no", "-", "Agriculture and Rural Affairs Bureau", "normal", "en", "-",
  "Jonathan Reyes <j.reyes@castellan-partners.example>",
  "Bilingual model contracts for rural land transfer",
  """Dear Agriculture and Rural Affairs Bureau,

Our firm advises several foreign agri-food investors (a Dutch flower grower and an Australian dairy among them) who lease farmland in the county. A recurring source of disputes is the land transfer contract: each township uses its own template, some clauses are ambiguous, and the foreign party often signs a version it only half understands.

We suggest that the Bureau publish a standard model contract for rural land management right transfers, with an official English translation and explanatory notes on key points: term, rent adjustment, what happens to greenhouses and other improvements at the end of the lease, and dispute resolution. This would reduce conflicts with villagers and reassure investors.

We would be happy to comment on a draft.

Kind regards,
Jonathan Reyes, Partner""")

E("service-hall-saturday", "suggestion", "no", "-", "Municipal Government Office", "normal", "zh", "two-intents",
  "钱美玲 <qianmeiling.flowers>",
  "建议政务服务中心周六开放半天",
  """您好：

我在花卉市场开店，一个人看店，工作日根本走不开。每次去政务服务中心办事只能关门半天，损失不小。建议政务服务中心周六上午开放几个常用窗口，比如营业执照、社保、税务，哪怕轮流开也行。

另外，服务中心门口的停车场经常满，旁边的路又贴罚单，能不能把对面那块空地临时做成停车场？

谢谢。
钱美玲""")

E("park-job-fair", "suggestion", "no", "-", "Human Resources and Social Security Bureau", "normal", "en", "-",
  "Sandra Okafor <sandra.okafor@verdant-foods.example>",
  "Job fairs inside the industrial park for nearby villagers",
  """Hello,

Verdant Foods runs a packing plant in the Yaotang park. We struggle to fill 40 line positions, while many middle-aged residents in the neighbouring villages tell us they never heard we were hiring. The job fairs organised by the city are held at the exhibition centre downtown, an hour away by bus, and mostly attract graduates.

I suggest that the employment service hold small monthly job fairs inside the industrial parks or in the township halls, announced through the village committees, with a simple on-the-spot registration for people who do not use recruitment apps. Employers in the park would share the costs of the venue.

Best regards,
Sandra Okafor
HR Business Partner""")

E("new-zone-base-stations", "suggestion", "no", "-", "Industry and Information Technology Bureau", "normal", "zh", "-",
  "郑凯 <zhengkai.plan>",
  "建议新开发片区同步规划通信基站",
  """领导好！

我在一家做物流仓储的企业负责基建。我们发现，新开发的片区往往道路、水电都通了，企业搬进去以后手机信号和5G覆盖却要等一两年，运营商说"站址协调难"，物业和村里又不让建塔。

建议：今后新片区做控制性规划时，把通信基站和机房的位置一并规划进去，和道路、管网同步建设；政府牵头建一个站址共享的协调机制，避免每家企业自己去求运营商。

这样的投入不大，但对企业落户的体验影响很大。

郑凯""")

E("single-contact-officer", "suggestion", "no", "-", "Commerce and Investment Promotion Bureau", "normal", "en", "mixed",
  "Kevin 周 <kevin.zhou@zhoulink.example>",
  "Suggestion: one 企业服务专员 for every new investment project",
  """Hi,

I run a cross-border e-commerce logistics start-up and we signed our 入驻协议 with the Gaoxin zone in June. Since then I have dealt with at least nine different offices: 招商 for the agreement, 市场监管 for the licence, 税务 for invoices, 人社 for our foreign staff, 消防 for the warehouse, and so on. Everyone has been polite, but nobody has the full picture, and I am the one carrying information between them.

Suggestion: assign every new project a single 企业服务专员 (a "relationship manager", as banks would say) who follows the project for the first 12 months, knows which approvals are pending, and can escalate when something is stuck. A shared online checklist per project would help too.

Happy to share our timeline if useful.

Kevin Zhou
Founder, ZhouLink""")

E("e-invoice-promotion", "suggestion", "no", "-", "Taxation Bureau", "normal", "zh", "fullwidth",
  "唐慧 <tanghui.biz>",
  "关于全面数字化电子发票推广的几点建议",
  """税务局领导：

作为一家小型贸易公司的财务，对数电发票推广提几点建议：

（１）很多个体户老板年纪大，不会用电子税务局，建议在办税厅设专门的"手把手"辅导窗口；
（２）数电发票的红冲流程太复杂，建议出一个图文版的操作指引，放在首页显眼位置；
（３）建议开通企业之间的发票推送功能提醒，免得对方说"没收到"；

以上，供参考！！

唐慧　财务主管""")

E("english-window-tuesday", "suggestion", "no", "-", "Taxation Bureau", "normal", "en", "short",
  "Olivia Grant <ogrant>",
  "English window",
  """Suggest the tax hall add an English-speaking window on Tuesdays. Many foreign staff file IIT there.""")

J("fair-scale-market", "suggestion", "no", "-", "Market Regulation Administration", "normal", "zh", "-",
  "贺桂芝", "152 0000 3317", "", False, "柏林坝社区",
  "建议菜市场增设公平秤",
  """我在向阳农贸市场卖了十几年菜，自己的秤是年年检的。但市场里有些摊主的秤不准，顾客吃亏以后连带着对我们这些老实卖菜的也不信任了。建议在市场入口和中间各放一台公平秤，由市场监管所定期校准，顾客买完可以自己复秤。这样对大家都好。""")

J("demolition-publicity-period", "suggestion", "no", "-", "Housing and Urban-Rural Development Bureau", "normal", "zh", "-",
  "谭永福", "139-0000-2084", "", False, "凤凰片区",
  "建议延长征收补偿方案的公示期",
  """我家在凤凰片区旧改范围内。补偿方案公示只有十五天，很多户主在外地工作，等知道消息赶回来时公示期已经快结束了，意见都来不及提。建议今后征收补偿方案公示期至少三十天，并且通过短信逐户通知，再开一两场现场答疑会，让大家把账算清楚。方案公开透明了，后面签约反而会更顺利。""")

E("hangzhou-checklist", "suggestion", "no", "-", "Market Regulation Administration", "normal", "en", "indirect",
  "Rebecca Hall <rebecca.hall@hallmark-bakery.example>",
  "What I saw in Hangzhou",
  """Dear Market Regulation Administration,

I own two bakeries, one here and one in Hangzhou. Last month the Hangzhou shop had its routine food-safety inspection. The inspectors arrived with a printed one-page checklist, went through it with my manager item by item, ticked what was fine and circled what wasn't, and left us a copy signed by both sides. The whole visit took forty minutes, and we knew exactly what to fix and by when.

Here, our inspections have always been conducted courteously, but we usually learn the results only afterwards, and sometimes we are not quite sure which standard a remark referred to.

I simply mention it because I think many small food businesses here would welcome something similar.

Warm regards,
Rebecca Hall""")

E("enforcement-rating-channel", "suggestion", "yes", "b", "Municipal Government Office", "normal", "zh", "-",
  "一个做生意的 <zuoshengyi.jy>",
  "建议建立企业对执法人员的匿名评价渠道",
  """市长您好：

现在政府办事窗口都有"好差评"，评价按钮就在窗口上。但上门检查、执法的人员，企业却没有地方评价。当面评价谁也不敢说真话，毕竟以后还要打交道。

建议：每次检查执法结束后，给企业发一条短信链接，可以匿名对检查人员的态度、是否一次告知、是否有不合理要求打分，结果由第三方统计，定期公布各部门的总体得分。

这封信我就不署名了，您应该能理解，做小生意的谁都得罪不起。""")

J("veterans-appointment-online", "suggestion", "no", "-", "Veterans Affairs Bureau", "normal", "zh", "-",
  "包振华", "0831 0000 5276", "", False, "东城区",
  "建议退役军人服务中心开通网上预约",
  """上周我陪老父亲去区退役军人服务中心办优抚对象信息变更，排了两个多小时。老人家八十多岁了，站得腿都肿了。建议服务中心开通网上或电话预约，给高龄、行动不便的老兵留专门的时段，条件允许的话上门办理。服务中心的工作人员态度都挺好，就是人太多。""")

# ---------------------------------------------------------------- demand
E("factory-no-signal", "demand", "no", "-", "Industry and Information Technology Bureau", "normal", "en", "-",
  "Stefan Novak <s.novak@novak-castings.example>",
  "Request for help: no mobile signal at our foundry in Xiyu",
  """Dear Sir or Madam,

Novak Castings moved into its new foundry in the Xiyu industrial cluster (Plot C-7) in July. Since then, mobile coverage inside the plant and in the dormitory is almost zero for all three carriers: calls drop, and our maintenance team cannot use the app that connects to our furnace monitoring system. The nearest base station is apparently on the other side of the hill.

We have contacted the three operators separately. Two replied that the area is "not in this year's construction plan"; the third asked us to find a site for a tower and negotiate with the landowner ourselves.

We would be very grateful if your bureau could coordinate with the operators and the tower company so that a base station or indoor coverage is planned for the cluster. We can provide space on our roof and power free of charge.

With thanks,
Stefan Novak
Plant Director
+86 139 0000 5821""")

E("park-fibre-missing", "demand", "no", "-", "Industry and Information Technology Bureau", "normal", "zh", "-",
  "秦海峰 <qinhaifeng.it>",
  "园区光纤一直没有接入，请求协调",
  """您好：

我们公司是做工业设计外包的，今年五月搬进竹溪创新园三期，十二家企业在这栋楼里办公，到现在光纤宽带都没有拉进来，只能用4G路由器，视频会议天天卡，客户的大文件传不过去。

问过两家运营商，都说园区的管道没有预留，要园区方出资建；园区管委会说这是运营商的事。来回推了四个月。

请工信部门帮忙协调一下，尽快解决光纤接入问题。我们企业愿意配合。

秦海峰　园区企业联络人
电话：188 0000 6093""")

E("dispatch-agency-wages", "demand", "no", "-", "Human Resources and Social Security Bureau", "normal", "en", "quoted",
  "Laura Bennett <laura.bennett@eastbay-electronics.example>",
  "Fwd: Unpaid wages of dispatched workers - request for assistance",
  """Dear Human Resources and Social Security Bureau,

We use a labour dispatch agency, Hengxin Human Resources, for 35 temporary assembly workers. We have paid the agency in full every month (bank records attached to our file), but the workers tell us they have not received their August and September wages. I forward below our last exchange with the agency.

-----Original Message-----
From: Hengxin HR Finance
Sent: 2026-10-08 16:42
To: Laura Bennett
Subject: RE: August and September wages

Dear Ms Bennett, due to a temporary cash flow issue the payment will be arranged "as soon as possible". We kindly ask for your patience and understanding.

-----Original Message-----
From: Laura Bennett
Sent: 2026-10-06 09:15
Subject: August and September wages

Dear Mr Pan, our workers report they have not been paid for August and September although we transferred 412,600 yuan on 5 September and 5 October. Please confirm the payment date urgently.

The workers are getting desperate, and some have not been able to send money home. We would like the Bureau to intervene so that the agency pays what it owes, and to tell us what we as the user company should do.

Laura Bennett
HR Manager, Eastbay Electronics""", kind="multi")

E("upstairs-leak-restaurant", "demand", "no", "-", "Housing and Urban-Rural Development Bureau", "normal", "zh", "-",
  "吕春生 <lvchunsheng.cg>",
  "楼上装修漏水到我餐馆，物业不管",
  """您好，我在槐荫路金桂苑底商开了一家川菜馆。楼上二楼住户上个月开始装修，已经连续三次漏水，水顺着吊顶流到大厅，天花板都泡烂了，有一次正好漏在客人的桌上。

找了物业四五次，物业只说"已经通知业主了"，然后就没下文了。楼上业主电话打不通，装修工人说他们只管干活。

我每天营业都提心吊胆，损失也越来越大。请有关部门督促物业公司和楼上业主尽快处理，把漏水的地方修好，赔偿我的损失。

吕春生　电话 131-0000-7745""")

E("chemical-odour-now", "demand", "no", "-", "Emergency Management Bureau", "high", "zh", "-",
  "杜永强 <duyongqiang.mfg>",
  "紧急！隔壁化工仓库气味刺鼻，疑似泄漏",
  """紧急情况！

我是红岗工业区永强纸箱厂的，厂子隔壁是一家化工原料仓库。今天下午三点左右开始闻到很冲的酸味，现在越来越浓，我们车间有四个工人说头晕、眼睛疼，已经让大家先撤到厂门口了。仓库那边大门锁着，打电话没人接。

地址：红岗工业区创业路18号隔壁。请马上派人来看，我怕是有东西漏了！

杜永强　139 0000 4416""")

E("investment-site-graves", "demand", "no", "-", "Commerce and Investment Promotion Bureau", "normal", "en", "-",
  "Hiroshi Tanaka <h.tanaka@tanaka-seimitsu.example>",
  "Project delayed: site handover incomplete - request for coordination",
  """Dear Commerce and Investment Promotion Bureau,

Tanaka Seimitsu signed an investment agreement with the Fengqiao development zone in January for a precision parts plant (investment 180 million yuan, about 300 jobs). The agreement provides that the land would be handed over "clean" by 30 June.

As of today, the site still contains two occupied farmhouses and a cluster of graves in the north-east corner, and our contractor cannot begin the foundation work. Our headquarters in Osaka is now asking whether the project should be moved to another city.

We fully understand that relocation of graves and houses is sensitive. But we need a realistic date. Could your bureau convene the zone management committee, the township and our company to agree on a timetable? We are available any day next week.

Sincerely,
Hiroshi Tanaka
Representative Director""", kind="multi")

J("demolition-money-late", "demand", "no", "-", "Housing and Urban-Rural Development Bureau", "normal", "zh", "-",
  "黄建设", "159 0000 6622", "", False, "槐树湾村",
  "拆迁补偿款一直没到账",
  """我家在槐树湾村，去年十一月签了房屋征收补偿协议，房子今年三月就拆了。协议写明签约后九十天内付清补偿款，可到现在只拿到了三成，剩下的六十多万一直没给。我们一家五口在外面租房，租金一个月一千二，过渡费也断了两个月。请政府尽快把剩余的补偿款和过渡费发下来。""")

E("partner-forged-seal", "demand", "no", "-", "Public Security Bureau", "normal", "en", "-",
  "Ahmed Siddiqui <a.siddiqui@crescent-trading.example>",
  "My business partner forged our company seal and disappeared with the funds",
  """To whom it may concern,

I am a Pakistani national and co-owner (49%) of Crescent Trading Co., Ltd., registered in Longxi district. My Chinese partner, who held the remaining 51% and the company seals, stopped answering calls on 2 October. On checking, I found that between 20 and 30 September he transferred 1.36 million yuan from the company account to accounts I do not recognise, and signed two loan agreements using what I believe is a forged copy of our seal.

I went to the Longxi police station on 9 October, but was told to come back with a Chinese lawyer and a translation of all documents, which I am now preparing. I am writing because I fear the money will be gone before anyone acts.

Please advise how to file the case properly and whether the accounts can be frozen. I have bank statements and the loan agreements.

Ahmed Siddiqui
+86 186 0000 2931""")

E("fake-fertilizer", "demand", "no", "-", "Agriculture and Rural Affairs Bureau", "normal", "zh", "typos",
  "王有田 <wangyoutian.farm>",
  "买到假化费 玉米苗全死了",
  """领导好 我是葫芦沟村种地的 今年四月在镇上一家农资店买了二十袋复合肥 老板说是好牌子 结果施下去以后玉米苗一片一片的黄 后来都死了 十五亩地全完了 农技站的人来看了说这个肥料可能有问题 氮含量不对 我去找老板 他说肥料没问题是我种的不对 不认账 现在补种也晚了 我一年就指望这点地 请政府帮忙查一查这个化费 让他陪我损失 发票我还留着""")

E("cadre-nephew-land", "demand", "yes", "c", "Agriculture and Rural Affairs Bureau", "normal", "zh", "-",
  "田秀英 <tianxiuying.nongjia>",
  "我家承包地被人占去种树",
  """领导：

我是白杨铺村三组村民田秀英，家里有承包地四亩二分，有土地承包经营权证。去年秋天我们全家去外地打工，回来发现其中两亩被同村的李某栽上了桃树苗，说是"荒着也是荒着"。我们要他把树挪走，他说树都栽了，要挪就赔他树苗钱和人工钱。

李某是村主任的亲侄子。村调解委员会叫他来调解过一次，他没来，后来就没下文了。

请上级部门帮忙把地要回来。我男人在村里的合作社开车，我们写这封信也是豁出去了，就怕以后他那份活也干不成了。

田秀英""")

E("corridor-gas-cylinders", "demand", "yes", "b", "Emergency Management Bureau", "normal", "en", "-",
  "Tenant at Block 3 <block3.tenant>",
  "Gas cylinders stored in our shared corridor",
  """Hello,

I run a small stationery shop on the ground floor of Block 3, Yinhu Commercial Street. For about a month the restaurant on the same floor has been storing 15 to 20 LPG cylinders in the shared back corridor, which is also our fire exit. Some are stacked next to the electrical box. The corridor is hot in the afternoon and I am honestly afraid of what could happen.

Could someone inspect and make them store the cylinders properly?

One request: please don't mention that the report came from my shop. We share the corridor, the toilet and the landlord, and I have to see them every day.

Thank you.""")

E("night-construction-dorm", "demand", "no", "-", "Ecology and Environment Bureau", "normal", "zh", "-",
  "彭丽 <pengli.hr>",
  "工地夜间施工，员工宿舍无法休息",
  """您好：

我是锦程服装厂的行政主管。我们厂员工宿舍紧挨着南侧一个在建的商品房工地（桃源路和秀水街交叉口东北角）。这一个月来，工地几乎每天晚上施工到凌晨一两点，打桩、混凝土泵车声音非常大。

我们厂两百多名工人是两班倒，夜班下班后白天要睡觉，白班的晚上要休息，现在大家都睡不好，已经有人在车间打瞌睡，很危险。

请环保部门查一下这个工地有没有夜间施工许可，如果没有，请依法制止。

彭丽　电话 0755 0000 3187""")

E("deposit-not-returned", "demand", "no", "-", "Justice Bureau", "normal", "en", "-",
  "Marco Bellini <marco@bellini-trattoria.example>",
  "Landlord refuses to return our deposit - request for mediation",
  """Dear Sir/Madam,

I ran Bellini Trattoria at No. 8 Wutong Square for five years. The lease ended on 31 August and I did not renew because the rent was raised by 40%. I returned the premises in good condition and have photos and a handover note signed by the landlord's agent.

The landlord, a private individual, is now refusing to return the deposit of 60,000 yuan, claiming "wear and tear" without any detail. He no longer answers my messages.

I would prefer not to go to court over this. Is it possible for the people's mediation committee to help us reach an agreement? I am willing to meet him at any time.

Regards,
Marco Bellini""")

J("veteran-placement-delay", "demand", "no", "-", "Veterans Affairs Bureau", "normal", "zh", "-",
  "罗刚", "155 0000 7724", "luogang.vet@example.com", False, "长岭区",
  "安置工作两年未落实",
  """我是2024年退役的士官，服役满十二年，按政策属于政府安排工作。2024年底就报到了，当时说会安排到事业单位，到现在快两年了还在"待安置"，每月只领一点生活补助。家里孩子上学、老人看病都要钱。请退役军人事务局尽快给个准确的安置时间和单位。""")

E("veteran-bus-card", "demand", "no", "-", "Transport Bureau", "normal", "zh", "-",
  "何宝山 <hebaoshan.lb>",
  "优待证办好了，公交卡还是不能免费乘车",
  """您好，我是退役军人，八月份领到了退役军人优待证，按政策可以免费乘坐市内公交。九月我拿着优待证和身份证去公交集团的服务网点办理免费乘车卡，工作人员说系统里查不到我的信息，让我等通知。现在一个多月了，还是没消息，坐公交还得自己刷卡。

请帮忙查一下是哪里的数据没有对接上，尽快给我开通。

何宝山　电话：136 0000 8850""")

E("water-connection-delay", "demand", "no", "-", "Water Affairs Bureau", "normal", "en", "two-intents",
  "Catherine Yip <c.yip@evergreen-homes.example>",
  "Water supply connection for Evergreen Gardens phase II",
  """Dear Water Affairs Bureau,

Evergreen Homes is completing phase II of Evergreen Gardens (612 units) on Qinglan Road. Handover to buyers is scheduled for 20 December. We applied for the permanent water supply connection in May and paid the connection fee in June, but the main pipe on Qinglan Road still ends 300 metres short of our site, and the water company says its own works are "pending".

Without the connection we cannot pass the completion inspection, and more than 600 families will not be able to move in. We ask the Bureau to help us obtain a firm completion date for the main pipe and, if needed, to allow a temporary connection.

Separately: our contractor will need a road excavation permit for the last 30 metres. Is that issued by your bureau or by the Transport Bureau?

Regards,
Catherine Yip
Project Manager""")

E("manhole-missing", "demand", "no", "-", "Water Affairs Bureau", "high", "zh", "-",
  "袁志诚 <yuanzc.park>",
  "工业园路口井盖丢失，已有人掉下去",
  """紧急！高桥工业园纬二路和经五路交叉口西北角，一个下水道井盖不见了，井很深，旁边也没有任何警示。昨晚我们厂一个下夜班的工人骑车没看见，连人带车掉进去，腿摔骨折了，现在还在医院。

今天早上我们厂临时用两个托盘和锥桶围了一下，但那是大车必经的路口，随时可能被撞开。请马上派人来处理！

袁志诚　186 0000 3327""")

E("shop-drain-overflow", "demand", "no", "-", "Water Affairs Bureau", "normal", "zh", "-",
  "施文涛 <shiwentao.hardware>",
  "店门口下水道一下雨就倒灌",
  """您好：

我在柑子园路开五金店。店门口的雨水井好像堵了，今年夏天开始，每次下大雨，污水就从井里往上冒，漫到店门口，最严重的一次进了店里十几公分，地上的货全泡了。水退了以后一股臭味，好几天散不掉。

我打过两次电话，来人看了一眼说要"排队疏通"，到现在也没来。马上又到雨季尾巴了，麻烦尽快安排疏通。

施文涛""")

J("farm-subsidy-not-paid", "demand", "no", "-", "Agriculture and Rural Affairs Bureau", "normal", "zh", "-",
  "余庆丰", "0717-0000-2659", "", False, "马家河镇",
  "耕地地力保护补贴今年还没到账",
  """我家在马家河镇杨柳村，种了十二亩水稻。往年耕地地力保护补贴五六月份就打到一卡通里了，今年到十月还没有。问了村会计，说他那边名单早就报上去了，上面还没拨。村里好几户都一样。麻烦查一下是哪个环节卡住了，什么时候能发。""")

E("work-injury-help", "demand", "no", "-", "Human Resources and Social Security Bureau", "normal", "en", "-",
  "Emily Zhang <emily.zhang@pinecrest-metal.example>",
  "Work injury recognition for our employee - need help",
  """Dear Bureau,

On 2 September one of our press operators, Mr Huang, lost two fingers in an accident on the stamping line. We reported the accident immediately and submitted the work injury recognition application on 10 September with all the documents the window listed.

On 12 October we received a notice asking for "additional proof of the employment relationship", although Mr Huang has a written labour contract and has been insured with us since 2021. Meanwhile his medical bills are piling up and the company has been advancing the money.

Could someone look into the file and tell us exactly what is missing so the recognition can go ahead? Mr Huang's family is under a lot of stress.

Emily Zhang
HR & Compliance, Pinecrest Metal Works""")

E("property-guard-blocks-deliveries", "demand", "no", "-", "Housing and Urban-Rural Development Bureau", "normal", "zh", "quoted",
  "贾晓东 <jiaxiaodong.food>",
  "物业保安拦住我们餐馆的送货车",
  """您好：

我在翠湖湾商业街开一家火锅店。从十月起，物业公司的保安就不让我们的送菜车进后巷卸货，说是新规定，只能早上六点前进，可是菜市场六点才开门。我们跟保安队长吵过两次，他态度很横，说"有本事去找领导"。

这是物业贴在门口的通知，原文如下：

【通知】为维护小区安全，自2026年10月1日起，商户货车仅限每日5:00—6:00进入后巷装卸，其余时间一律禁止通行，违者物业有权拒绝放行。——翠湖湾物业服务中心

商业街二十多家店都受影响，有的只能雇人用小推车从三百米外推过来。请住建部门协调一下物业公司，给商户合理的卸货时间。

贾晓东　电话 137 0000 5264""")

E("road-dug-three-months", "demand", "no", "-", "Transport Bureau", "normal", "zh", "sarcasm",
  "樊建国 <fanjianguo.noodle>",
  "门口的路挖了三个月，顾客都练成跳远运动员了",
  """领导好：

我在杏林路开面馆。七月初门口的路被挖开铺管子，说一个月完工。现在十月了，坑还在，管子也还在，就是人不在了。

托这条沟的福，我们的顾客个个练成了跳远运动员，送外卖的小哥练成了越野车手，我自己也练出了每天早上往坑上搭木板的好手艺。生意嘛，"好得很"，营业额比去年少了一半。

不开玩笑了，请交通部门查一下这是哪个单位的工程，什么时候能填好恢复路面，至少先把沟盖上，晚上真有人摔下去就麻烦了。

樊建国""")

E("truck-pass-ring-road", "demand", "no", "-", "Public Security Bureau", "normal", "en", "-",
  "Lars Eriksson <l.eriksson@nordvik-paper.example>",
  "Delivery trucks stopped at the ring road - request for a truck pass",
  """Dear Traffic Police,

Nordvik Paper operates a converting plant in the Huangni industrial area, inside the second ring road. Since the new heavy-vehicle restriction took effect on 1 September, our 12-tonne delivery trucks have been stopped and fined repeatedly when entering between 7:00 and 20:00, even though the industrial area has no other access.

We applied online for a truck access pass on 5 September and again on 20 September; both applications show "not approved" with no reason given.

Our customers are starting to cancel orders. We ask for a pass valid on the route Huangni Road - Industrial Avenue, or for an alternative solution. We are happy to restrict deliveries to off-peak hours.

Lars Eriksson, Operations Manager
+86 21 0000 7734""")

J("village-water-cuts", "demand", "no", "-", "Water Affairs Bureau", "normal", "zh", "-",
  "陶桂兰", "135-0000-1906", "", False, "石桥镇",
  "村里自来水一周停三次",
  """石桥镇下坝村这两个月自来水经常停，一个星期停两三次，每次都是半天到一天，也不提前通知。老人做饭洗澡都没水，只能去邻村挑。问水厂，说是管子老化爆了在修。能不能把管子彻底换一换，停水前在村里广播通知一声？""")

E("landlord-cadre-rent", "demand", "yes", "c", "Housing and Urban-Rural Development Bureau", "normal", "zh", "-",
  "鲍丽华 <baolihua.shop>",
  "房东突然涨租一倍，还断我们的电",
  """您好：

我在梅岭社区临街租了一间门面卖童装，合同签到明年六月。上个月房东突然说租金要从四千涨到八千，不同意就"自己走人"。我们没答应，这周他就把店里的电闸拉了，说是"线路检修"，三天了还没恢复，冰柜里的东西也坏了。

房东是社区陈主任的妹夫，周边商户都劝我忍一忍，说斗不过。我写这个信也是想了很久，店里压了十几万的货，就怕他以后找别的由头把我们赶走。

合同我都留着。请有关部门帮我们把电恢复，让他按合同办事。

鲍丽华　电话 138-0000-4472""")

E("slope-crack-dormitory", "demand", "no", "-", "Emergency Management Bureau", "high", "en", "-",
  "Peter Schmid <p.schmid@alpentech-mfg.example>",
  "URGENT: cracked retaining wall above our workers' dormitory",
  """URGENT

After last night's heavy rain, the retaining wall on the slope behind our factory (Alpentech Manufacturing, No. 22 Shanbian Road, Jinping township) has a new crack about 8 metres long and up to 5 cm wide. Soil and water are coming through, and the fence at the top has tilted. Our workers' dormitory, with 86 people, is directly below.

We have moved everyone out of the dormitory into the canteen as a precaution, but we do not know whether the canteen is safe either, and more rain is forecast for tonight.

Please send someone with the expertise to assess the slope as soon as possible.

Peter Schmid, General Manager
Mobile: +86 158 0000 6419 (available 24h)""", kind="html")

J("qingxi-night-discharge", "demand", "yes", "b", "Ecology and Environment Bureau", "normal", "zh", "-",
  "", "", "", True, "清溪镇",
  "小作坊夜里往河里偷排污水",
  """清溪镇老街东头桥下，有一家做豆制品的小作坊，每天晚上十一点以后用水管往清溪河里放污水，白色的，很臭，河边的鱼最近死了不少。白天他们不放，所以来检查的时候看不出来。建议晚上来蹲守。""")

E("irrigation-canal-blocked", "demand", "no", "-", "Water Affairs Bureau", "normal", "en", "-",
  "Willem de Vries <willem.devries@tulipfields.example>",
  "Irrigation canal blocked - our crops are drying out",
  """Dear Water Affairs Bureau,

Tulip Fields (Zhangyuan) leases 260 mu of farmland in Zhangyuan township for flower bulbs. Our fields are irrigated from the branch canal that runs from the Dalong reservoir.

Since mid-September the sluice gate at the upstream village has been closed and the canal has been partly filled with earth to create a crossing for a new fish-pond project. Almost no water reaches our fields. The township says it is the village's decision; the village says it has permission.

Our bulbs need regular irrigation in the next six weeks or the whole season is lost. We ask that the canal be restored and the water allocation respected. We are willing to share the costs of a proper culvert for the crossing.

Willem de Vries
Farm Manager""")

E("container-trucks-gate", "demand", "no", "-", "Transport Bureau", "normal", "zh", "mixed",
  "Jason 黎 <jason.li@pacifica-logistics.example>",
  "我们的 container truck 每天被堵在园区门口",
  """您好，

我是太平洋物流的 operations manager。最近一个月，港湾路在修 drainage，只留了一条车道，我们的 container truck 每天早上在园区门口排队两个多小时，有时候 miss 掉船期，客户 penalty 都算到我们头上。

施工方说是按 schedule 来的，但现场没有任何 traffic guidance，也没有 detour 标志，大车和小车全挤在一起，很危险。

希望交通部门能协调一下：
1. 早上 6 点到 9 点开放第二条车道，或者给货车设一个 detour；
2. 在路口安排交通疏导；
3. 告诉我们大概什么时候完工。

Thanks！
Jason 黎　+86 132 0000 5580""")

E("xinglong-underpass", "demand", "no", "-", "Urban Management Bureau", "normal", "en", "indirect",
  "Ruth Adeyemi <ruth.adeyemi@solanis-pharma.example>",
  "The pedestrian underpass at Xinglong Road",
  """Dear Sir or Madam,

I am the HR manager at Solanis Pharma. Over the past month, three of our female night-shift workers have told us that on their way home after midnight they felt followed by someone in the pedestrian underpass beneath Xinglong Road, between our plant and the staff housing. All of the lamps in the underpass have been out since at least August, and the only light comes from people's phones.

Nothing serious has happened yet, and we have asked the women to walk together. We are not sure who is in charge of the underpass, or whether anyone is aware of the state it is in. We would simply feel much better if it were possible to walk through it without a torch.

Kind regards,
Ruth Adeyemi""")

E("martyr-tombs-repair", "demand", "no", "-", "Veterans Affairs Bureau", "normal", "zh", "-",
  "牛德福 <niudefu.laobing>",
  "烈士墓年久失修，请求修缮",
  """尊敬的领导：

我是一名七十六岁的老兵。我们栗子坪村后山有一处烈士墓地，安葬着十四位解放战争时期牺牲的战士，其中两位是我小时候见过的同乡。这些年墓碑风化得厉害，字已经看不清了，围墙也倒了一段，上山的小路长满了荆棘，清明的时候学生们都上不去。

我和几个老战友自己出钱修过一次，但能力有限。恳请退役军人事务部门把这处墓地纳入保护修缮，重刻碑文，修一条上山的步道。让后人知道他们的名字。

牛德福　电话 0917 0000 2338""")

E("resettlement-handover", "demand", "no", "-", "Housing and Urban-Rural Development Bureau", "normal", "en", "-",
  "Henry Lau <henry.lau@meridian-construction.example>",
  "Resettlement housing completed but handover not arranged",
  """Dear Housing and Urban-Rural Development Bureau,

Meridian Construction was commissioned to build the Hongqiao resettlement estate (480 apartments) for households relocated from the Dongwan demolition area. The buildings passed completion acceptance on 28 August, and we delivered all documents to the district.

However, the handover to the resettled families has not been organised. The families, who have been in temporary rentals for three years, now gather at our site gate almost daily, believing that we are withholding the keys. Our security staff cannot explain the situation, and on 9 October a scuffle broke out.

We ask the Bureau to set a date for the handover and the allocation of flats, and to inform the families. We will provide whatever support is needed on site.

Henry Lau
Project Director""")

J("provident-fund-transfer", "demand", "no", "-", "Housing and Urban-Rural Development Bureau", "normal", "zh", "-",
  "邱文静", "187 0000 6625", "qiuwj@example.org", False, "高新区",
  "员工公积金转不过来",
  """我是一家软件公司的人事。我们有个员工从外省调过来，原单位的公积金一直转不进来，线上申请了三次都显示"转出地审核失败"，原因只写了"信息不一致"。员工下个月要办公积金贷款买房，很着急。请帮忙查一下到底哪里信息不一致，怎么处理。""")

E("fish-pond-wastewater", "demand", "no", "-", "Ecology and Environment Bureau", "normal", "zh", "two-intents",
  "邹长林 <zouchanglin.yz>",
  "厂子排废水进我家鱼塘",
  """领导好：

我在三岔河村养鱼、养鸭，有六亩鱼塘。上游去年新开了一家电镀厂，从今年八月开始，厂子排水沟的水颜色发绿，直接流进我家鱼塘，已经死了两次鱼，鸭子也病了好几只。

请环保局来取样检测，让这家厂停止往外排废水。

另外想问一下，我的损失（鱼苗、饲料、死鱼）能不能找厂子赔？要走什么程序？

邹长林　139 0000 6178""")

E("innovation-subsidy-unpaid", "demand", "no", "-", "Industry and Information Technology Bureau", "normal", "en", "-",
  "Nadia Petrova <nadia.petrova@kestrel-robotics.example>",
  "Approved innovation subsidy not yet received",
  """Dear Industry and Information Technology Bureau,

In March our company, Kestrel Robotics, received notice that our project "vision-guided palletising for small warehouses" had been selected for the 2025 SME technology innovation support programme, with a grant of 200,000 yuan. The public list was published on your website on 18 March.

We have not received the funds yet. We submitted the bank details and signed the project agreement in April. When we called in August we were told the funds would be disbursed "in the second half of the year".

We are a young company and we had budgeted this money for hiring two engineers. Could you check the status and let us know when the grant will be paid?

Best regards,
Nadia Petrova, CEO""")

E("dorm-lift-trapped", "demand", "no", "-", "Market Regulation Administration", "high", "zh", "fullwidth",
  "鍾志強 <chung.chikeung>",
  "【緊急】員工宿舍電梯又困人，現在還沒救出來！！",
  """緊急求助！！

我們是鴻昌電子廠，地址：龍華鎮工業大道３３號。員工宿舍６號樓的電梯今天上午１０：２０又卡在５樓和６樓之間，裡面困了三個女工，其中一個有哮喘。已經打了維保公司電話，說要一個半小時才能到。

這部電梯這個月已經是第三次困人，維保公司每次來按一下就走。現在裡面的人在哭，請馬上派人來救人，並且查一查這部電梯到底能不能再用！

聯繫人：鍾志強　１３９－００００－２８１７""")

E("competitor-waste-oil", "demand", "yes", "b", "Market Regulation Administration", "normal", "zh", "-",
  "一位餐饮同行 <canyin.tonghang>",
  "对面烧烤摊用地沟油",
  """您好，

我在滨江夜市开烤鱼店，正对面有家烧烤摊（招牌是"老王烧烤"），每天凌晨有一辆三轮车给他送油，油是装在没有标签的塑料桶里的，颜色发黑，味道也不对。我店里的伙计亲眼看见他们把收回来的剩油过滤一下又倒进锅里。

这样对吃的人身体不好，也坏了整个夜市的名声。请市场监管部门查一查。

因为是同行，说出去像是我们在搞竞争，麻烦不要透露是我们店反映的，悄悄查就行。""")

E("construction-wages-lawyer", "demand", "no", "-", "Human Resources and Social Security Bureau", "normal", "en", "-",
  "Daniel Whitfield <d.whitfield@whitfield-assoc.example>",
  "Wage arrears of 23 construction workers - Jade Bay project",
  """Dear Sir or Madam,

I act pro bono for 23 migrant construction workers who worked on the Jade Bay residential project (Building 5 to 8) from March to August 2026 under a labour subcontractor, Mr Ding. The workers are owed a total of 486,000 yuan. Mr Ding has not answered his phone since early September; the general contractor says it paid him and that the matter no longer concerns them.

Under the wage payment regulations, the general contractor is responsible for arrears of its subcontractors and the project should have a dedicated wage account. We ask the Bureau to investigate, to require the general contractor to pay from the wage guarantee, and to tell us what evidence the workers should submit. We have attendance sheets, WeChat records and photos of the workers on site.

Most of the workers want to return home before winter.

Daniel Whitfield
Whitfield & Associates""", kind="html")

E("village-rubbish-river", "demand", "no", "-", "Ecology and Environment Bureau", "normal", "zh", "-",
  "曾凤英 <zengfengying.cun>",
  "村边河道被倒满垃圾",
  """您好，我是竹林湾村的村民。村东头的小河边这半年被人倒了好多建筑垃圾和生活垃圾，有拉渣土的车晚上来倒，也有人把整袋的垃圾扔进河里，现在河道堵了一半，一到下雨就往田里漫，夏天臭得不行，蚊子苍蝇一大堆。

村里说管不了外来车。请有关部门来看看，把垃圾清走，管一管乱倒的车。

曾凤英""")

E("bar-noise-bakery", "demand", "no", "-", "Public Security Bureau", "normal", "zh", "-",
  "常思雨 <changsiyu.bake>",
  "隔壁酒吧音乐太吵，凌晨两三点不停",
  """您好：

我在观澜里开一家烘焙店，楼上是我家住的地方。隔壁新开的酒吧每天晚上九点开始放音乐，低音炮震得玻璃嗡嗡响，一直到凌晨两三点，周末更晚。我凌晨五点就要起来做面包，已经一个多月没睡过完整觉了。

跟酒吧老板说过两次，他说"已经调小了"，实际上没变化。打过110，民警来了当时小一点，走了又照旧。

请派出所和相关部门管一管，至少过了十二点要把音量降下来。

常思雨""")

E("industrial-zone-lights-out", "demand", "no", "-", "Urban Management Bureau", "normal", "zh", "short",
  "熊波 <xiongbo.b3>",
  "B区三号路路灯全灭",
  """工业园B区三号路路灯全灭，一周了，晚上下班太黑。""")

E("no-water-restaurant", "demand", "no", "-", "Water Affairs Bureau", "normal", "en", "short",
  "Ben Carter <bencarter.cafe>",
  "No water since 6am",
  """No water at our restaurant since 6am, Lane 12 Heping West. Lunch service in 2 hours. When will it be back?""")

J("breakfast-fumes", "demand", "yes", "b", "Ecology and Environment Bureau", "normal", "zh", "-",
  "", "", "", True, "南湖街道",
  "早餐店油烟直排进我们店里",
  """我在南湖街道丰收路开一家文具店，隔壁新开的早餐店没有装油烟净化器，排烟管直接对着我们店的后窗，每天早上五点到十点油烟全灌进来，书本、纸张都是油味，顾客进门就皱眉。跟他们说了几次，不理。请来查一下，让他们装净化设备，把排烟口改个方向。""")

E("resettlement-flat-leak", "demand", "yes", "c", "Housing and Urban-Rural Development Bureau", "normal", "zh", "typos",
  "严德旺 <yandewang.az>",
  "安置房漏水 开发商不修",
  """领导好 我们是新华安置小区的拆迁户 去年分到的房子 住进来不到一年 卫生间漏水漏到楼下 外墙一下雨就渗水 墙皮都掉了 小区十几户都是这样 找开发商 开发商说过了保修期 可是保修期明明是五年 他们还说再闹就不给我们办房产政 我们现在都不太敢去找了 怕真的拖着不办 请政府帮我们做主 让开发商把房子修好""")

E("park-utility-overcharge", "demand", "yes", "c", "Market Regulation Administration", "normal", "en", "-",
  "Rajesh Kumar <r.kumar@lumen-assembly.example>",
  "Electricity and water overcharged by the park operator",
  """Dear Market Regulation Administration,

We are a foreign-invested electronics assembler renting a standard factory building in an industrial park run by a park development company. The park company resells electricity and water to its tenants. Since January it has charged us 1.15 yuan per kWh for electricity, while the official industrial tariff for our voltage level is around 0.68. Water is charged at almost twice the public price, plus a "management surcharge" that is not in our lease.

Several tenants have the same problem. When one of them questioned the invoices in June, the park company told them their lease "might not be renewed" next year, and none of us has pushed since.

We ask that the price charged by the park operator be checked against the rules on utility resale. Our invoices for the past ten months are available on request.

Rajesh Kumar
Operations Manager, Lumen Assembly (Suzhen) Co., Ltd.""")

E("foreigner-residence-registration", "demand", "no", "-", "Public Security Bureau", "normal", "en", "mixed",
  "Julia Santos <julia.santos@verdeazul-foods.example>",
  "Residence permit application stuck - lost 临时住宿登记表",
  """Dear Entry-Exit Administration,

Our new quality manager, Mr Felipe Araújo (Brazilian), arrived on a Z visa on 2 September and must apply for his residence permit within 30 days of entry. When he went to the 出入境 office on 25 September, he was told that his 临时住宿登记 record could not be found in the system, although the hotel registered him on arrival and he still has the 住宿登记表 receipt issued by the 派出所.

He was asked to obtain a new registration from the local police station, which told him the original is valid and that they cannot issue another. His 30-day deadline expires on 2 October.

Could you please help resolve this quickly, so that Mr Araújo is not penalised for overstaying through no fault of his own?

Julia Santos
HR Manager, Verde Azul Foods""")

J("veteran-medical-aid", "demand", "no", "-", "Veterans Affairs Bureau", "normal", "zh", "-",
  "杨树林", "158 0000 9043", "", False, "柳营乡",
  "优抚对象医疗补助半年没到账",
  """我是在乡老复员军人，今年三月做了心脏支架手术，自费部分两万多元。按规定优抚对象可以申请医疗补助，材料四月份就交到乡里了，乡里说已经报到区里，到现在半年了钱还没到。我年纪大了，手术的钱是跟亲戚借的，请帮忙催一下。""")

E("dead-pigs-ditch", "demand", "no", "-", "Agriculture and Rural Affairs Bureau", "normal", "zh", "-",
  "孔繁荣 <kongfanrong.cun>",
  "有人把病死猪扔在水渠里",
  """您好，我是枣树坪村的。这两天村西头灌溉渠里漂着好几头死猪，已经发臭了，渠水下游就是我们的菜地，还有人家在渠边洗衣服。不知道是哪家养殖场扔的，听说附近几个猪场最近都有猪病死。

请农业部门尽快派人来把死猪打捞走，做无害化处理，顺便查查是不是有猪瘟，别传到我们村的猪身上。

孔繁荣　151-0000-3368""")

# ---------------------------------------------------------------- complaint
E("inspector-wife-consultancy", "complaint", "yes", "a", "Discipline Inspection Commission", "normal", "en", "indirect",
  "Owner, a small plastics workshop <plastics.owner.lq>",
  "About our fire inspection in August",
  """Dear Sir or Madam,

In August our workshop in Longquan had its fire safety inspection. The inspector, a Mr Gao (badge ending 0000-52, I believe), listed eleven problems and said we would "struggle to pass" the re-inspection on our own. Before leaving he gave us the card of Anxin Safety Consulting and said that companies that used them "never had any trouble".

We paid Anxin 28,000 yuan for a "rectification package". Their consultant did very little, but the re-inspection, again by Mr Gao, passed in twenty minutes.

Last week, looking up Anxin in the enterprise credit system, I noticed that its sole shareholder has the same name as the woman who picked Mr Gao up from our gate in her car, whom he introduced to my foreman as his wife. Two other workshops on our street had the same experience with the same card.

I do not know what to make of this, but I think someone should look at it. I would rather our workshop's name not be connected with this letter.""")

E("tender-tailored", "complaint", "yes", "a", "Discipline Inspection Commission", "normal", "zh", "-",
  "一家参与投标的企业 <toubiao.qiye>",
  "环卫设备采购招标条件明显为某一家量身定做",
  """尊敬的领导：

十月九日公示的"区城市管理局环卫作业车辆采购项目"招标文件中，资格条件要求投标人"近三年在本区有同类项目业绩""注册地在本区丰乐镇""具备某型号专利"。我们了解了一下，全市同时满足这三条的只有丰乐镇的恒源车辆公司一家。

据我们所知，该局装备科的负责人曾在恒源公司任职多年，和恒源的老板是多年的同学加合伙人，去年才调到局里，这次的招标需求就是他牵头起草的。

这样的招标等于是走个过场。希望纪委对这次采购的需求编制和评标过程进行调查，必要时暂停开标。""")

E("fine-cash-no-receipt", "complaint", "yes", "a", "Discipline Inspection Commission", "normal", "zh", "-",
  "水果店老板 <shuiguo.laoban>",
  "罚款交现金，不给收据",
  """您好，

十月十五日下午，两名穿制服的城管队员到我们店门口，说我摆在门口的水果筐占道，要罚款五百。我说认罚，问能不能扫码或者去银行交，其中一个高个子的说"交现金，省得麻烦"，拿了钱就走了，没开罚单，也没给任何收据。

我后来问隔壁几家，都有类似情况，有的罚两百，有的罚三百，都是现金，都没有票。

时间：10月15日下午四点左右；地点：石榴街与东风路交叉口往南第三家。店门口有监控，可以调。请查一查这笔钱到底进了谁的口袋。""")

E("village-accountant-plots", "complaint", "yes", "a", "Discipline Inspection Commission", "normal", "zh", "-",
  "一名村干部 <cunganbu.xiaoxi>",
  "村里宅基地分配的事，我实在看不下去",
  """领导：

我在红岩村当会计有六年了。今年村里收回了老小学旁边的一片集体建设用地，按规定应该优先分给无房户、危房户。村里报了二十三户符合条件的名单，结果最后批下来的十二块宅基地，有七块给了刘书记的儿子、女婿、两个侄子和他小舅子，有的人早在镇上买了商品房。真正住危房的胡家、邓家一块都没分到。

村委开会的时候我提过意见，刘书记说"账你记好就行，别的不用你管"。分配的会议记录也是事后补签的，我手上有原始的签到表，跟补的对不上。

我写这封信冒了很大风险，请不要让村里知道是谁反映的。""")

E("licence-renewal-envelope", "complaint", "yes", "a", "Discipline Inspection Commission", "normal", "en", "indirect",
  "A shop owner <midautumn.shop>",
  "Something that has become normal",
  """Dear Sir or Madam,

I have had a small pharmacy for nine years. Every year before our licence and certificate renewals, the same officer from the local market supervision station comes by "to see how things are going". Every year, around the Mid-Autumn Festival, we prepare what the older shopkeepers on our street call "the usual" — a box of mooncakes with an envelope under the tray. This year he reminded us that there are "many new requirements" for pharmacies and that he would "try to help us understand them in time".

Nobody on our street has ever refused. The one shop that did, four years ago, had its renewal delayed for five months for missing documents.

I can't sign this. They renew our licence every year.""")

J("permit-under-review", "complaint", "no", "-", "Administrative Approval Bureau", "normal", "zh", "-",
  "冉志国", "139 0000 7352", "ranzhiguo@example.com", False, "云顶新区",
  "施工许可网上审批两个月还显示审核中",
  """我们公司八月十二日在网上提交了厂房扩建项目的施工许可申请，材料一次性都上传齐了，系统显示"受理"。承诺时限是七个工作日，现在两个月过去了，状态一直是"审核中"，没有退件，也没有补正通知。打电话问，接电话的工作人员态度挺好，但只能说"已经在流程里"。请问到底卡在哪个环节？这样的审批效率让企业怎么按计划开工？希望给一个明确的说法。""")

E("tax-portal-crash", "complaint", "no", "-", "Taxation Bureau", "normal", "en", "-",
  "Fiona McAllister <f.mcallister@greystone-consult.example>",
  "Electronic tax portal unusable during filing week - again",
  """Dear Taxation Bureau,

For the third month in a row, the electronic tax portal became practically unusable in the last four days before the filing deadline. On 13 and 14 October our staff could not log in at all between 9:00 and 17:00 ("system busy, please try later"), and when they did, submissions timed out at the final step and had to be started again.

We file for 60 small clients. We ended up working until 2 a.m. to submit returns when traffic was lower, and two clients were still filed late and now face late-filing records.

We ask the Bureau to (1) increase capacity at month-end or stagger deadlines, (2) publish outage notices, and (3) waive late-filing penalties for returns delayed by documented system failures. We would like an explanation of why this keeps happening.

Fiona McAllister
Greystone Consulting""")

E("market-inspector-threw-goods", "complaint", "yes", "a", "Market Regulation Administration", "normal", "zh", "-",
  "谢桂芳 <xieguifang.stall>",
  "市场监管执法人员把我的货扔在地上",
  """我是龙泉农贸市场干货区18号摊位的谢桂芳。十月十日上午十点多，市场监管所三名工作人员来检查，其中一位胸牌号码是0000-86的男同志，说我的木耳没有标生产日期，我解释说是散装称重的，进货单在抽屉里，正要拿给他看，他直接把整筐木耳掀到地上，还说"这种东西也敢卖"。

周围的摊主和顾客都看见了，我一个五十多岁的人当场哭了出来。就算我有不对，可以按规定处罚，为什么要这样对人？

请领导查一查这件事，我要一个道歉。电话 135 0000 6740""")

E("falsified-site-visit", "complaint", "yes", "a", "Discipline Inspection Commission", "normal", "en", "quoted",
  "Nathan Brooks <n.brooks@brooks-legal.example>",
  "Falsified inspection record in reply to our complaint",
  """Dear Sir or Madam,

I act for the residents' committee of Lotus Court, who complained on 2 September about night-time odour from a rendering plant next to the estate. On 28 September they received the following reply:

> "On 16 September at 22:30, officer Liang of our enforcement team conducted an on-site night inspection of the plant. No abnormal odour was detected and the waste gas treatment facility was operating normally. The complaint is therefore not substantiated."

On 16 September, the plant's only gate was locked from 20:00 (residents filmed it). The gate camera footage, which the residents obtained from the estate property company, shows no vehicle or person arriving between 20:00 and 06:00. Meanwhile, three residents recorded heavy odour between 22:00 and midnight that same night.

The reply, in other words, describes an inspection that did not take place. We ask that the Commission examine how this record was produced and by whom, and that a genuine inspection be carried out.

Nathan Brooks
Brooks Legal (counsel to the Lotus Court residents' committee)""")

E("fire-inspections-four-times", "complaint", "no", "-", "Emergency Management Bureau", "normal", "zh", "sarcasm",
  "温德明 <wendeming.furniture>",
  "一个月来了四拨消防检查，真是太关心我们了",
  """领导好：

真要感谢消防部门对我们这个小家具厂的厚爱。九月份一个月，来了四拨检查：区里一拨，街道一拨，"联合检查"一拨，"回头看"又一拨。每一拨都要我们把车间停下来，把资料重新打印一遍，每一拨提的意见还不太一样，有一拨说灭火器要挂墙上，下一拨说要放地上的箱子里。

这么关心，我们实在受宠若惊，就是工人们一个月没几天能安心干活，订单都耽误了。

恳请各级消防检查能统筹一下，标准统一一下。我们不是不想整改，是不知道该听谁的。

温德明　鑫木家具厂""")

E("signage-enforcement-uneven", "complaint", "yes", "c", "Urban Management Bureau", "normal", "zh", "-",
  "卜永红 <buyonghong.glasses>",
  "店招整治标准不一，只拆我们小店的",
  """您好：

九月份城管开展店招店牌整治，我在丹桂路开的眼镜店招牌被认定"超出规定尺寸"，限期三天拆除，我们按要求拆了，自己花钱重新做。可是同一条路上几家大的连锁店、酒店的招牌比我们大一倍，还有楼顶的霓虹灯，到现在一块都没动。

我们不是不配合，就是想问：标准到底是什么？为什么只对小店严格？

说实话写这封信我犹豫了很久，下个月还有门前三包的检查，就怕写了以后检查全冲我们来。但不说心里实在不服。

卜永红""")

E("section-chief-expediting-fees", "complaint", "yes", "a", "Discipline Inspection Commission", "normal", "en", "-",
  "A clerk <registry.clerk.concern>",
  "Expediting fees in our registration section",
  """Dear Commission,

I am a junior clerk in the registration section of a district bureau. I have worked there for a little over a year. I am writing because I do not know who else to tell.

Several property agents bring files to our section every week. Their files are always processed within two days, while ordinary applicants wait three or four weeks. I have seen the agents hand my section chief red envelopes in the corridor and, twice, shopping cards in a folder. Last month he told me to move an agent's six files to the top of the queue and to "find a problem" with a file from a citizen who had complained about the waiting time.

I have kept a note of the dates and the agents' company names. I can provide them if you contact me at this address. Please do not contact me through the bureau. I am on a one-year probation contract and my chief signs my evaluation.""", kind="multi")

E("tax-queue-three-hours", "complaint", "no", "-", "Taxation Bureau", "normal", "zh", "two-intents",
  "祁雪梅 <qixuemei.dz>",
  "办税服务厅排队三小时，叫号系统混乱",
  """您好：

十月十九日上午我去城南办税服务厅办理发票增量，八点半取号，拿到的是第一百二十号，一直等到十一点半才叫到。中间叫号系统出了好几次故障，号码乱跳，有人的号被跳过去要重新取，大厅里吵成一团，现场只有一个导税员，根本顾不过来。

对这样的服务我很不满意。请税务局说明一下为什么会这样，以后怎么改进。

另外建议，发票增量这种简单业务能不能放到自助机或者网上办，不要都挤在窗口。

祁雪梅　代账会计""")

E("contractor-cousin-trucks", "complaint", "yes", "a", "Discipline Inspection Commission", "normal", "en", "-",
  "A subcontractor <site.subcontractor>",
  "Project manager forcing us to use his cousin's trucking company",
  """To the Discipline Inspection Commission,

My company is an earthworks subcontractor on a municipal road project financed by the district (the eastern extension of Qinghe Avenue). From the start, the project manager on the owner's side, an official of the district construction centre, made it clear that we had to hire all dump trucks from one company, Shunfa Transport, at 1,450 yuan per truck per day. The market price is about 950.

When our foreman booked trucks from another company in July, our progress payment was held back for "quality problems" that were never specified. It was released a week after we went back to Shunfa. I later learned from Shunfa's own drivers that the owner is the project manager's cousin and that he "comes by for dinner every Friday".

I can provide the truck invoices and the payment records. I am not putting my name because we still have eight months of work on this project and two others with the same centre.""", kind="html")

E("village-secretary-pushed-father", "complaint", "yes", "a", "Discipline Inspection Commission", "normal", "zh", "typos",
  "覃国富 <qinguofu.cun>",
  "村支书把我父亲推到在地",
  """领导 我要反应一个情况 十月三号 村里修路要占我家的一分自留地 没跟我们商量也没说补偿 我爸七十多岁了 上前去拦挖机 村支书黄某上来就把我爸推到在地 后脑勺磕在石头上 缝了五针 当时好几个村民都看到了 黄某还说 再拦就把你家低保取消掉

我们不是不支持修路 但是不能这样打人啊 请领导调查处理 给我爸一个说法 医院的病例我都有""")

E("investment-hotline-no-answer", "complaint", "no", "-", "Commerce and Investment Promotion Bureau", "normal", "zh", "-",
  "邵晓峰 <shaoxiaofeng.inv>",
  "投资服务热线三天打不通",
  """您好：

我们是外地一家做新能源配件的公司，想在贵市考察落地一个项目，从贵局官网上找到"投资服务热线"，从本周一到周三，每天上午下午各打三四次，不是占线就是无人接听。发到官网公布的邮箱，也没有回复。

我们同时在看三个城市，另外两个城市的招商部门当天就回了电话，还主动安排了考察。说实话，这样的第一印象很难让人放心投资。

请检查一下热线和邮箱是否正常运转。

邵晓峰　投资发展部""")

E("veteran-station-cigarettes", "complaint", "yes", "a", "Discipline Inspection Commission", "normal", "zh", "-",
  "唐振邦 <tangzhenbang.lb>",
  "退役军人服务站的人，递烟的先办",
  """领导：

我是青龙镇的退役军人，今年四月把参战人员待遇认定的材料交到镇退役军人服务站，经办的姓孙的工作人员说"放着吧，不急，上面还没催"。之后我去问了三次，每次都是这句话。

和我一起当兵的老李，材料比我晚交两个月，上个月已经批下来了。他跟我说，他去的时候给孙某塞了两条烟，孙某当场就说"我帮你往上报"。

我当兵是为国家，不是为了给谁递烟。请纪委查一查这个服务站的办事作风，把我的材料按正常程序报上去。

唐振邦　电话 137-0000-6201""")

E("hotline-engaged", "complaint", "no", "-", "Commerce and Investment Promotion Bureau", "normal", "en", "short",
  "Tom Riley <tomriley>",
  "investment hotline",
  """Your investment hotline has been engaged for two days straight. Does anyone work there?""")

E("tax-officer-friend-agency", "complaint", "yes", "a", "Discipline Inspection Commission", "normal", "zh", "fullwidth",
  "一位納稅人 <nashuiren.tw>",
  "稅務專管員暗示我們換他朋友的代賬公司",
  """您好：

本公司為小型貿易企業，一直由自己的會計報稅。今年８月起，轄區稅務所的專管員（姓鄭）三次約談我們，說我們的進項「有疑點」，要求補充大量資料。

第三次約談結束時，他說：「你們這種情況，找個懂行的代賬公司就不會有問題了。」並給了一個電話，是「誠信財稅」。我們查了一下，這家公司的法定代表人是他的大學同學，辦公室就在稅務所對面。

我們換了代賬公司以後，所謂的「疑點」就再也沒人提起了。這樣正常嗎？

敬請調查。""")

E("labour-inspector-dinner", "complaint", "yes", "a", "Discipline Inspection Commission", "normal", "en", "-",
  "Grace Mwangi <g.mwangi@openhand-legal.example>",
  "Wage complaint closed after inspector dined with employer",
  """Dear Sir or Madam,

I am a legal aid lawyer representing 17 garment workers who filed a wage arrears complaint against Lixin Garments with the district labour inspection brigade on 11 August. The inspector in charge of the case, Mr Fan, visited the factory on 20 August.

On the evening of 20 August, two of my clients saw Mr Fan leaving the Haiyue seafood restaurant with the factory owner and the factory's accountant, and getting into the owner's car. A photo was taken. On 2 September, the case was closed with the finding that "the wage dispute has been resolved through negotiation". No worker was consulted and none has been paid.

We ask the Commission to investigate the inspector's conduct and the closing of the case, and we ask that the wage complaint be reopened and handled by a different officer.

Grace Mwangi
Openhand Legal Aid Centre""")

E("hotline-forwarded-nothing", "complaint", "no", "-", "Municipal Government Office", "normal", "zh", "quoted",
  "佟立新 <tonglixin.legal>",
  "12345回复\"已转相关部门\"后三个月无人处理",
  """市长信箱：

我是远东精密铸造公司的法务。我们七月五日就厂区门口道路积水问题向12345反映过（工单号：0000-0705-118），七月八日收到回复短信，原文如下：

"【12345】您反映的问题已转相关部门办理，请耐心等待。感谢您对我们工作的支持。"

之后再没有任何消息。我们八月、九月又各打了一次，话务员说"工单已办结"，可是路上的积水一点没变，厂里的货车每天还是泡在水里进出。

一个工单没有处理结果就显示办结，这让我们以后还怎么信任这个热线？请说明这个工单是谁办结的、依据是什么，并重新派单处理。

佟立新""")

E("eco-inspections-foreign-firms", "complaint", "yes", "c", "Ecology and Environment Bureau", "normal", "en", "-",
  "Andreas Lindqvist <a.lindqvist@lindqvist-coatings.example>",
  "Unequal environmental enforcement in the Jiangbei zone",
  """Dear Ecology and Environment Bureau,

Lindqvist Coatings has operated in the Jiangbei zone since 2014 and has always complied with its discharge permit; our online VOC monitoring data are public.

This year we have been inspected seven times, including three unannounced night visits, and we were fined for a labelling error on a waste container. In the same period, as far as we and other foreign-invested members of our chamber can tell, several domestic coating plants on the same road, which visibly vent at night, have not been visited at all.

We do not ask for leniency. We ask for equal treatment, and for the inspection plan for the zone to be based on risk and published criteria.

I should add that several of my colleagues advised me not to write this. Our discharge permit comes up for renewal next spring, and I hope this letter will not make that process more difficult.

Andreas Lindqvist
Managing Director""", kind="multi")

E("planning-clerk-design-institute", "complaint", "yes", "a", "Discipline Inspection Commission", "normal", "zh", "indirect",
  "某房地产项目负责人 <xm.fuzeren>",
  "关于规划许可办理中的一点情况",
  """领导您好：

我们公司在桃溪片区有一个住宅项目，规划方案第一次报审是五月份。负责我们项目的规划科吕科员先后三次退回方案，意见都是"再优化""不够完善"，没有具体条款。

七月份一次沟通时，吕科员说："你们的设计院对我们的要求不熟，像江城设计院那样的，出图基本一次就过。"并且把江城设计院一位副院长的名片推给了我们。

后来我们换了江城设计院重新出图，内容改动不大，设计费多了八十多万，八月底一次通过。行业里的朋友告诉我，江城设计院的那位副院长是吕科员的爱人。

我们不想再往下多说什么，只是把经过写下来。""")

E("demolition-office-secret-report", "complaint", "no", "-", "Housing and Urban-Rural Development Bureau", "normal", "zh", "quoted",
  "季红梅 <jihongmei.fw>",
  "拆迁评估报告不给看，只让签字",
  """领导：

我家是青禾里旧改片区的住户。上个月征收部门通知我们签补偿协议，我们要求看房屋评估报告，工作人员给我们看了一张汇总表，只有一个总价。我们要求看完整报告，征收办的书面答复如下：

"评估报告属于内部工作资料，不对外提供。被征收人对评估结果有异议的，可在规定期限内申请复核。"

可是不让看报告，我们连评估用了哪些可比案例、面积怎么算的都不知道，拿什么去申请复核？按规定评估报告应该送达被征收人。

请住建部门督促征收部门依法把完整的评估报告送达给每一户。

季红梅　电话 182 0000 4051""")

E("approval-five-rejections", "complaint", "no", "-", "Administrative Approval Bureau", "normal", "en", "sarcasm",
  "Oliver Grant <o.grant@grantcraft-brewing.example>",
  "Congratulations on a perfect record",
  """Dear Administrative Approval Bureau,

Please accept my congratulations on a remarkable achievement. Our application for a food production licence for a small craft brewery has now been rejected five times, each time for a different missing document, and not one of those documents appears on the checklist your website publishes. Consistency of that kind takes real effort.

First it was a floor plan at a different scale. Then a water test report from a laboratory on a different list. Then a signature on a page that has no signature line. I look forward with great curiosity to rejection number six.

Less sarcastically: I would simply like one complete, written list of everything required, and an assurance that if I provide exactly that list, the application will be assessed on its merits. I have spent four months and our landlord is not amused.

Oliver Grant
Grantcraft Brewing""")

J("jinshawan-park-fees", "complaint", "yes", "b", "Commerce and Investment Promotion Bureau", "normal", "zh", "-",
  "", "", "", True, "金沙湾开发区",
  "开发区管委会向企业收费不透明",
  """金沙湾开发区管委会今年向园区企业收了"配套服务费""安保统筹费"两项费用，按面积每平方米每年十二元，没有任何文件依据，也没有说明这些钱用在哪里。问了管委会企业服务科，只说是"园区统一规定"。园区里的企业都交了，但大家心里都有意见。请上级部门查一下这两项收费是否合规，并公开收费依据和用途。""")

E("urban-officer-kicked-stand", "complaint", "yes", "a", "Urban Management Bureau", "normal", "en", "-",
  "Wei Ling Tan <weiling.tan.fruit>",
  "Urban management officer kicked our fruit stand and pushed my mother",
  """Dear Sir or Madam,

On 22 October at about 6:15 pm, two urban management officers came to our fruit shop at the corner of Baishui Road and Chaoyang Lane. Our display table was about half a metre outside the yellow line; we have always been told this was tolerated until 7 pm.

One officer, whose badge number I saw clearly as 0000-117, kicked the table over without saying a word, and the fruit rolled into the road. When my mother, who is 71, bent down to pick it up, he pushed her back by the shoulder and she fell against the shutter. She has a bruised hip and is very shaken. His colleague filmed with his phone and laughed.

Several neighbours saw this and our shop camera recorded it. I would like the Bureau to investigate this officer's conduct, and I would like an apology to my mother.

Wei Ling Tan
Mobile 136 0000 2915""")

E("doctor-hints-red-envelope", "complaint", "yes", "a", "Health Commission", "normal", "zh", "-",
  "退伍老兵 邱德顺 <qiudeshun.lb>",
  "市二医院骨科医生暗示要红包",
  """尊敬的领导：

我是一名退伍老兵，今年六十八岁。九月份在市第二人民医院骨科住院，准备做髋关节置换。主治的徐医生查房时说"这个手术排期很紧，要看情况"，后来又让护士带话给我儿子，说"别的病人家属都懂规矩"。

我儿子塞了三千块钱给他，第二天手术就排上了。同病房一个没给钱的老人，说是等了十几天。

我这辈子没干过这种事，心里很难受。公立医院不应该这样。请卫健委调查处理。

邱德顺""")

J("dibao-same-surname", "complaint", "yes", "a", "Discipline Inspection Commission", "normal", "zh", "indirect",
  "", "", "", True, "凤栖乡",
  "今年的低保名单",
  """凤栖乡大坪村今年新增的低保户里有三户姓冯，跟村主任冯某是一家人。其中一户儿子在城里开饭店，家里有两辆小车，另一户刚盖了三层楼。村东头的瘫痪老人向大爷，儿子去年死了，申请了两次都没批。名单公示只贴了两天。大家心里都清楚是怎么回事，只是没人敢说。""")

E("base-station-coordination-fee", "complaint", "yes", "a", "Discipline Inspection Commission", "normal", "en", "-",
  "Manager, a bearings factory <bearings.factory.mgr>",
  "'Coordination fee' requested to get a base station approved",
  """Dear Sir or Madam,

Our bearings factory is in the Wanshan industrial park, where mobile coverage has been poor for years. In June, one of the operators agreed to install a base station on our warehouse roof, at no cost to us, as long as the park management committee signed off on the site.

The deputy director of the committee responsible for infrastructure told our general manager over dinner, which he had suggested, that the sign-off would go "much faster" if we paid a "coordination fee" of 50,000 yuan to a consulting company he named. When we asked for an invoice and a service contract, he said that "this kind of thing doesn't need paperwork".

We did not pay. Four months later the site has still not been approved, while a tower was approved in two weeks on the neighbouring plot. I would appreciate it if this could be looked into without our company being mentioned to the committee.""")

J("eco-bureau-no-reply", "complaint", "no", "-", "Ecology and Environment Bureau", "normal", "zh", "sarcasm",
  "侯振宇", "0734-0000-8812", "houzy@example.net", False, "雁峰区",
  "环保局的回复速度比污水处理还慢",
  """五月份我就在网上举报了隔壁化工厂夜里排气，六月、七月、九月又各提交了一次。半年了，一条回复都没有，网页上一直显示"待处理"。我算是见识了，贵局的回复速度比那家厂的污水处理设施还慢，至少人家的设施偶尔还会转一下。请问我的举报到底有没有人看？请给个书面答复。""")

E("inspector-free-meals", "complaint", "yes", "a", "Discipline Inspection Commission", "normal", "en", "two-intents",
  "Chen Jiahui <jiahui.chen@goldenlotus-dimsum.example>",
  "Food safety inspector eating for free, and a question about licence renewal",
  """Dear Sir or Madam,

I own Golden Lotus Dim Sum on Riverside Road. Since the spring, the food safety inspector for our area, who introduced himself as Officer Ma, has come in about twice a month around lunchtime. He checks the kitchen for ten minutes, then sits down and orders, and my staff know not to bring a bill. Last Friday he asked us to pack twelve portions of har gow and char siu bao "for the colleagues at the station". When my manager hesitated, he asked whether our cold-dish area had been "properly approved".

I do not want trouble, but I cannot keep doing this, and it is not fair to honest restaurants. Please investigate.

Separately, our food business licence expires in January. Can the renewal be done online, and does it require a new on-site inspection?

Chen Jiahui""")

E("market-fees-subdistrict", "complaint", "yes", "c", "Municipal Government Office", "normal", "zh", "-",
  "覃素芬 <qinsufen.caishi>",
  "街道办的菜市场摊位费随意上涨",
  """您好：

我在芙蓉街道办管理的芙蓉菜市场卖豆腐十二年了。今年七月，摊位费从每月六百涨到一千一，没有开会、没有公示，只贴了一张通知。我们去街道问，答复是"市场改造需要资金"，可是市场根本没改造，屋顶照样漏雨。

大家都有意见，但市场里传话出来说，"谁带头闹，明年摊位就不续了"。我们都是靠这个摊位吃饭的。

请上级部门查一查这个涨价有没有依据，收的钱用到哪里去了。

覃素芬""")

E("legal-aid-phone-dead", "complaint", "no", "-", "Justice Bureau", "normal", "en", "-",
  "Hannah Lindgren <h.lindgren@lindgren-partners.example>",
  "Legal aid centre unreachable; outdated information online",
  """Dear Justice Bureau,

I am a lawyer who regularly refers low-income clients, including migrant workers, to the municipal legal aid centre. Over the last three weeks, the centre's published hotline has rung out every time I called, on different days and at different times. The website still lists the centre's old address on Binhe Road; two of my clients went there last week and found a locked door.

This is not about any particular member of staff. It is about a public service that people in difficult circumstances depend on, and that cannot currently be reached. Please restore the hotline, update the website, and consider an online application channel.

Hannah Lindgren""")

E("social-insurance-clerk-rude", "complaint", "yes", "a", "Human Resources and Social Security Bureau", "normal", "zh", "mixed",
  "Amy 刘 <amy.liu@bluecrest-hr.example>",
  "社保中心窗口工作人员态度极差",
  """您好，

我是一家外企的 HR，十月二十日下午去区社保中心三号窗口给新员工办理 social insurance 增员。三号窗口的王姓女工作人员，看我的材料看了不到十秒就说"不对，重新弄"，我问哪里不对，她说"自己看不懂吗？"，然后直接把材料扔到窗口外面的台子上，散了一地。

我把材料捡起来问能不能告诉我 which document is wrong，她头都没抬，跟旁边的同事聊天。后面排队的人都看到了。

我理解窗口工作压力大，但这种 attitude 实在不能接受。请核实处理，并请她说明材料究竟哪里有问题。

Amy 刘
电话：+86 139 0000 6378""")

J("property-booking-never", "complaint", "no", "-", "Natural Resources and Planning Bureau", "normal", "zh", "short",
  "", "133 0000 2759", "", False, "",
  "预约",
  """不动产登记中心网上预约永远约不上，这是摆设吗？""")

E("veteran-file-thrown", "complaint", "yes", "a", "Veterans Affairs Bureau", "normal", "en", "-",
  "Sergeant (ret.) Zhao Minghui <zhao.minghui.vet>",
  "My file was thrown in the bin at the veterans service centre",
  """To the Veterans Affairs Bureau,

I served sixteen years and retired as a sergeant in 2019. On 14 October I went to the district veterans service centre to apply for the adjustment of my disability rating. The case worker at desk 2, Mr Deng according to his name plate, looked at my file, said my hospital records were "from a useless clinic", dropped the folder into the wastepaper basket next to his desk and laughed with the colleague beside him. I had to take it out of the bin in front of everyone in the hall.

The records are from a county hospital, the one the army referred me to. I do not expect special treatment. I expect to be treated with basic respect, as anyone would.

I ask the Bureau to look into this and to have my application handled by someone else.

Zhao Minghui
Mobile 139-0000-4820""")

E("labour-inspection-procedure", "complaint", "yes", "b", "Human Resources and Social Security Bureau", "normal", "zh", "-",
  "某制造企业人事部 <hr.dept.zhizao>",
  "劳动监察的检查程序有问题",
  """领导您好：

我公司十月份接受了劳动保障监察，检查本身我们是支持的。但有几点程序问题想反映：检查通知当天上午才发，要求下午就提供近三年全部员工的考勤、工资表；检查结束没有出具任何书面意见，口头说"有问题再通知"；之后一个月又要求补交材料，但没说明依据和用途。

希望监察部门能规范程序：提前合理时间通知、列明需要的材料清单、检查后出具书面结论。

我们公司以后还要长期跟监察部门打交道，所以这封信就不写公司名了，请理解。""")

# ---------------------------------------------------------------- information
E("tax-hall-makeup-saturday", "information", "no", "-", "Taxation Bureau", "normal", "en", "-",
  "Julien Roux <j.roux@roux-wines.example>",
  "Is the tax service hall open on the make-up working Saturday?",
  """Hello,

October 10 is a make-up working day after the National Day holiday. Will the tax service hall in the Guanshan district be open that Saturday, and with normal hours (9:00-17:00)? Our accountant needs to hand in some documents in person.

Thank you,
Julien Roux""")

J("legal-aid-address", "information", "no", "-", "Justice Bureau", "normal", "zh", "-",
  "唐春花", "", "", False, "西岭区",
  "法律援助中心在哪里",
  """请问西岭区法律援助中心的地址和电话是多少？几点上班？我们村几个人在工地干活的钱一直没拿到，想去咨询一下。""")

E("bus-to-xinhe-park", "information", "no", "-", "Transport Bureau", "normal", "en", "-",
  "Mateo Alvarez <mateo.alvarez@andes-pumps.example>",
  "Public transport from the high-speed rail station to Xinhe industrial park",
  """Hi,

Next week we have eight visitors from our Spanish headquarters arriving at the East high-speed railway station. They would like to try public transport to our plant in the Xinhe industrial park instead of taxis.

Is there a direct bus or metro connection? If not, what is the quickest combination, and roughly how long does it take? Do buses accept foreign bank cards or only local transport cards and mobile payment?

Many thanks,
Mateo""")

J("frost-vegetables", "information", "no", "-", "Meteorological Bureau", "normal", "zh", "-",
  "梁有根", "130 0000 5518", "", False, "黄泥岗乡",
  "下周会不会有霜冻",
  """我在黄泥岗乡种了八亩大白菜和青菜，今年降温早，想问一下下个星期我们这边最低气温多少，会不会打霜？要不要提前盖膜？""")

E("memorial-museum-group", "information", "no", "-", "Culture and Tourism Bureau", "normal", "en", "-",
  "Robert Lin <robert.lin.vets>",
  "Group visit of retired servicemen to the war memorial museum",
  """Dear Sir or Madam,

I am organising a visit for 30 retired servicemen, most of them over 70, to the municipal war memorial museum in early November. Could you tell me:

- whether veterans enter free of charge and what documents they need to show;
- whether group visits must be booked in advance, and how;
- whether there is a guided tour, and if wheelchairs are available;
- whether a coach can park near the entrance.

Thank you very much.

Robert Lin""", kind="html")

J("service-center-national-day", "information", "no", "-", "Municipal Government Office", "normal", "zh", "short",
  "", "", "", False, "",
  "国庆上班时间",
  """政务服务中心国庆几号开始上班？""")

E("donate-computers", "information", "no", "-", "Civil Affairs Bureau", "normal", "en", "-",
  "Eleanor Price <e.price@northgate-insurance.example>",
  "Where can we donate used computers?",
  """Hello,

Our office is replacing about 60 laptops and desktops, all in good working order (4-5 years old, data wiped). We would like to donate them to rural schools or a charity in the city rather than sell them.

Is there an official channel or a registered charity organisation that accepts equipment donations? Do they issue a donation receipt that a company can use?

Thanks,
Eleanor Price
Office Manager, Northgate Insurance Brokers""")

E("notary-translation", "information", "no", "-", "Justice Bureau", "normal", "zh", "-",
  "曲明亮 <qumingliang.trade>",
  "哪里可以办公司章程的翻译公证",
  """您好，我们公司要在越南设子公司，需要把营业执照和公司章程翻译成英文并公证。请问市里哪几家公证处可以办涉外公证？地址和电话是多少？周末有没有开门的？谢谢。""")

E("market-office-address", "information", "no", "-", "Market Regulation Administration", "normal", "en", "short",
  "Sam Ortiz <sam.ortiz>",
  "Address",
  """What's the address of the market regulation office for Dongpo district? Opening hours?""")

E("train-to-county-bus", "information", "no", "-", "Transport Bureau", "normal", "zh", "typos",
  "甘小芳 <ganxiaofang>",
  "火车站到县里的大巴几点",
  """你好 请问从火车战到清水县的大巴 一天有几般 最早一般几点 最完一般几点 在那里坐 票价多少 要不要身份正 谢谢""")

E("parking-investment-fair", "information", "no", "-", "Transport Bureau", "normal", "en", "-",
  "Alan Whitmore <a.whitmore@whitmore-engineering.example>",
  "Parking near the convention centre during the investment fair",
  """Hello,

Our company will exhibit at the International Investment and Trade Fair at the convention centre from 14 to 17 November. We will come with two vans of equipment and three cars.

Where can we park during the fair? Is there exhibitor parking at the convention centre itself, and is it free? Are any roads around the centre closed or restricted during the fair?

Best regards,
Alan Whitmore""")

J("farm-training-signup", "information", "no", "-", "Agriculture and Rural Affairs Bureau", "normal", "zh", "-",
  "芦春生", "138-0000-3605", "", False, "双河镇",
  "农业技术培训班什么时候报名",
  """听说今年冬天有免费的高素质农民培训班，讲大棚蔬菜和电商销售。请问什么时候报名？在哪里上课？要不要交钱？年纪五十多的能不能报？""")

E("typhoon-landfall", "information", "no", "-", "Meteorological Bureau", "normal", "zh", "fullwidth",
  "陳家豪 <chen.jiahao.hk>",
  "請問颱風明天會不會登陸？",
  """您好：

敝廠位於沿海的鹽田工業區，廠房有部分為鐵皮屋頂。看新聞說第１８號颱風正在靠近，想請問：

（１）颱風預計何時、在何處登陸？
（２）明天白天我們這邊的風力大概幾級？
（３）目前是什麼顏色的預警？

以便安排明天是否停工、提前加固。謝謝！

陳家豪""")

E("scenic-spots-monday", "information", "no", "-", "Culture and Tourism Bureau", "normal", "en", "-",
  "Charlotte Dubois <c.dubois@dubois-textiles.example>",
  "Which scenic spots are open on Mondays?",
  """Hello,

Two of our French clients will stay an extra day after a business meeting, on Monday 26 October. I understand many museums are closed on Mondays.

Which scenic spots or museums in or near the city are open on Mondays, and do any of them offer English audio guides? Is advance booking required?

Thank you,
Charlotte Dubois""")

J("veterans-centre-hours", "information", "no", "-", "Veterans Affairs Bureau", "normal", "zh", "-",
  "段小军", "176 0000 4422", "", False, "鹤山区",
  "区退役军人服务中心办公时间和地址",
  """请问鹤山区退役军人服务中心现在在哪里办公？是不是搬家了？周六上不上班？""")

J("english-speaking-clinic", "information", "no", "-", "Health Commission", "normal", "en", "-",
  "Michael O'Connor", "+86 138 0000 7201", "moconnor@example.com", False, "Binjiang",
  "English-speaking doctors",
  """Hello, I have just moved to the city to work at a joint venture in Binjiang. Which public hospitals have an international clinic or English-speaking doctors? Do they accept foreign commercial insurance directly?""")

E("library-reading-room", "information", "no", "-", "Culture and Tourism Bureau", "normal", "zh", "two-intents",
  "贝丽君 <beilijun.startup>",
  "市图书馆的创业资料阅览室开放时间",
  """你好，听说市图书馆三楼有一个专门的企业和创业资料阅览室，可以查行业数据库。请问开放时间是几点到几点？需要办读者证吗？

另外，图书馆的小会议室能不能对外借用？我们几个创业的朋友想每月在那里搞一次分享会，大概二十人。谢谢！""")

E("metro-line3-extension", "information", "no", "-", "Transport Bureau", "normal", "en", "sarcasm",
  "Gareth Hughes <gareth.hughes@hughes-logistics.example>",
  "When will Metro Line 3 reach the industrial park? (Asking for the third year)",
  """Hello,

Quick question. In 2024 we were told the Line 3 extension to the Nanhu industrial park would open "next year". In 2025 we were told it would open "next year". I am therefore confident it opens next year, but I would love to know which month, so our 400 employees can plan where to rent.

Is there an official opening date for the extension, and will the Nanhu Park station have a bus interchange?

Cheers,
Gareth Hughes""")

E("transport-card-expo", "information", "no", "-", "Transport Bureau", "normal", "zh", "mixed",
  "Grace 邝 <grace.kuang@example.com>",
  "展会期间外国客户怎么买交通卡",
  """你好，下个月博览会期间我们有五位 overseas clients 过来，想让他们自己坐地铁。请问外国人能不能直接用 Visa 或 Mastercard 刷闸机？如果不行，交通卡在哪里买，要不要 passport？有没有那种 3-day pass？谢谢！""")

E("free-lawsuit-place", "information", "no", "-", "Justice Bureau", "normal", "zh", "indirect",
  "韦家旺 <weijiawang.chang>",
  "问一下",
  """领导好，我们厂是做铝门窗的小厂，有几个外地来的工人跟我说，他们以前在别的老板那里干的活，工钱一直没结，回老家也不是，留下来也不是。他们不识几个字，也没钱请律师。

我也不懂这些，就想问问，城里有没有那种给穷人免费帮忙打官司、出主意的地方？在哪里，怎么去，我好告诉他们。""")

J("lantern-festival-tickets", "information", "no", "-", "Culture and Tourism Bureau", "normal", "zh", "-",
  "邢晓燕", "150 0000 6648", "xingxy@example.org", False, "老城区",
  "灯会门票团购",
  """我们公司想组织员工去看今年的古城灯会，大概一百二十人。请问灯会从哪天开始？门票在哪里买？企业团购有没有优惠，要提前几天预约？""")

E("flood-warning-real", "information", "no", "-", "Meteorological Bureau", "normal", "zh", "quoted",
  "龙玉梅 <longyumei.farm>",
  "群里转的暴雨预警是真的吗",
  """您好，我们村的微信群里今天转了一条消息，原文是：

"【紧急通知】气象台发布暴雨红色预警，今晚到明天将有特大暴雨，各村立即组织转移，鱼塘、大棚请提前做好准备！"

没有写是哪个气象台发的，也没有日期。我家有三个大棚、一口鱼塘在河边。请问这条消息是真的吗？我们这里（龙潭乡）现在是什么级别的预警？明天雨有多大？""")

E("exit-entry-office-hours", "information", "no", "-", "Public Security Bureau", "normal", "en", "-",
  "Anna Kowalska <a.kowalska@baltica-amber.example>",
  "Address and hours of the Exit-Entry office",
  """Dear Sir or Madam,

Two of our foreign engineers need to submit residence permit applications next week. Could you please tell me the current address of the city Exit-Entry Administration service hall, its opening hours, and whether appointments must be booked online beforehand?

Thank you,
Anna Kowalska
Administration, Baltica Amber Trading""", kind="multi")

# ---------------------------------------------------------------- dates
# Letters whose text refers to a date get a fixed date after it; the others a
# fixed date derived from their slug.
DATES = {
    "legal-rep-change": "2026-09-22 10:14", "permit-passport-renewal": "2026-09-16 15:02",
    "new-workshop-fire": "2026-09-24 09:37", "demolition-loss-calc": "2026-09-18 16:45",
    "joint-inspections": "2026-09-25 11:20", "praise-tax-window": "2026-10-09 20:11",
    "dispatch-agency-wages": "2026-10-12 09:05", "partner-forged-seal": "2026-10-11 23:18",
    "deposit-not-returned": "2026-09-14 14:30", "veteran-bus-card": "2026-10-20 08:52",
    "property-guard-blocks-deliveries": "2026-10-16 15:40", "road-dug-three-months": "2026-10-13 21:06",
    "truck-pass-ring-road": "2026-09-29 10:27", "work-injury-help": "2026-10-15 13:55",
    "resettlement-handover": "2026-10-14 17:12", "foreigner-residence-registration": "2026-09-28 09:44",
    "construction-wages-lawyer": "2026-09-21 11:03", "veteran-medical-aid": "2026-10-21 07:58",
    "farm-subsidy-not-paid": "2026-10-08 19:22", "inspector-wife-consultancy": "2026-09-30 22:41",
    "tender-tailored": "2026-10-12 12:16", "fine-cash-no-receipt": "2026-10-17 20:35",
    "licence-renewal-envelope": "2026-10-05 23:50", "permit-under-review": "2026-10-14 10:02",
    "tax-portal-crash": "2026-10-16 08:31", "market-inspector-threw-goods": "2026-10-11 18:09",
    "falsified-site-visit": "2026-10-06 14:48", "fire-inspections-four-times": "2026-10-03 21:27",
    "signage-enforcement-uneven": "2026-10-09 22:04", "tax-queue-three-hours": "2026-10-19 19:40",
    "village-secretary-pushed-father": "2026-10-07 08:15", "veteran-station-cigarettes": "2026-10-26 16:33",
    "labour-inspector-dinner": "2026-09-19 10:58", "hotline-forwarded-nothing": "2026-10-10 09:36",
    "urban-officer-kicked-stand": "2026-10-23 07:47", "doctor-hints-red-envelope": "2026-10-18 15:21",
    "base-station-coordination-fee": "2026-10-27 21:13", "eco-bureau-no-reply": "2026-11-05 12:49",
    "social-insurance-clerk-rude": "2026-10-21 18:26", "veteran-file-thrown": "2026-10-15 17:05",
    "labour-inspection-procedure": "2026-11-03 10:40", "tax-hall-makeup-saturday": "2026-10-06 11:11",
    "service-center-national-day": "2026-09-27 20:02", "parking-investment-fair": "2026-10-28 14:19",
    "scenic-spots-monday": "2026-10-19 09:58", "memorial-museum-group": "2026-10-12 16:08",
    "typhoon-landfall": "2026-09-10 17:46", "frost-vegetables": "2026-11-12 06:55",
    "flood-warning-real": "2026-09-06 19:31", "transport-card-expo": "2026-10-15 11:42",
    "dorm-lift-trapped": "2026-10-22 10:48", "chemical-odour-now": "2026-09-17 16:05",
    "slope-crack-dormitory": "2026-09-12 07:32", "manhole-missing": "2026-11-09 08:40",
    "no-water-restaurant": "2026-10-30 09:50", "veteran-placement-delay": "2026-10-04 20:37",
    "innovation-subsidy-unpaid": "2026-09-23 10:21", "fish-pond-wastewater": "2026-10-02 18:18",
}


def letter_date(slug):
    if slug in DATES:
        return datetime.strptime(DATES[slug], "%Y-%m-%d %H:%M").replace(tzinfo=TZ)
    h = _h("date:" + slug)
    day = datetime(2026, 9, 1, tzinfo=TZ) + timedelta(days=h % 91)
    return day.replace(hour=8 + (h >> 8) % 15, minute=(h >> 16) % 60)


# ---------------------------------------------------------------- checks
CATS = {"consultation", "suggestion", "demand", "complaint", "information"}
HARD = {"-", "quoted", "sarcasm", "typos", "mixed", "short", "two-intents",
        "fullwidth", "indirect"}
DEPTS = {
    "Public Security Bureau", "Urban Management Bureau",
    "Human Resources and Social Security Bureau", "Healthcare Security Bureau",
    "Housing and Urban-Rural Development Bureau", "Culture and Tourism Bureau",
    "Transport Bureau", "Discipline Inspection Commission",
    "Commerce and Investment Promotion Bureau", "Ecology and Environment Bureau",
    "Civil Affairs Bureau", "Education Bureau", "Health Commission",
    "Water Affairs Bureau", "Market Regulation Administration",
    "Administrative Approval Bureau", "Natural Resources and Planning Bureau",
    "Emergency Management Bureau", "Justice Bureau",
    "Municipal Government Office", "Meteorological Bureau", "Taxation Bureau",
    "Industry and Information Technology Bureau",
    "Agriculture and Rural Affairs Bureau", "Veterans Affairs Bureau", "none"}


def check(L):
    assert L["cat"] in CATS, L["slug"]
    assert L["hard"] in HARD, L["slug"]
    assert L["dept"] in DEPTS, (L["slug"], L["dept"])
    assert L["prio"] in ("high", "normal"), L["slug"]
    assert L["lang"] in ("zh", "en"), L["slug"]
    assert (L["conf"], L["reason"] in "abc") in (("yes", True), ("no", False)), L["slug"]
    assert L["reason"] in ("a", "b", "c", "-"), L["slug"]
    if L["form"] == "json" and L["anon"]:
        assert L["conf"] == "yes" and L["reason"] in "ab", L["slug"]


# ---------------------------------------------------------------- writers
def _addr(sender, slug):
    name, rest = sender.rsplit("<", 1)
    name, addr = name.strip(), rest.rstrip(">").strip()
    if "@" not in addr:
        addr += "@" + DOMAINS[_h("dom:" + slug) % len(DOMAINS)]
    return name, addr


def _hdr(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode(linesep="\r\n")


def _crlf(text):
    lines = text.strip("\n").split("\n")
    for ln in lines:
        assert len(ln.encode("utf-8")) <= 990, ("line too long", ln[:30])
    return "\r\n".join(lines) + "\r\n"


def _html(text):
    from html import escape
    paras = text.strip("\n").split("\n\n")
    out = ["<!DOCTYPE html>", "<html>", "<head><meta charset=\"utf-8\"></head>",
           "<body>"]
    for p in paras:
        out.append("<p>" + "<br>\n".join(escape(x) for x in p.split("\n")) + "</p>")
    out += ["</body>", "</html>"]
    return "\n".join(out)


def write_eml(L, lid, path):
    name, addr = _addr(L["sender"], L["slug"])
    dt = letter_date(L["slug"])
    frm = formataddr((name, addr), charset="utf-8") if name else addr
    mid = "<%s.%s@%s>" % (lid, hashlib.md5(L["slug"].encode()).hexdigest()[:12],
                          addr.split("@", 1)[1])
    head = [
        "From: " + frm,
        "To: mayor@city.example",
        "Subject: " + _hdr(L["subject"]),
        "Date: " + format_datetime(dt),
        "Message-ID: " + mid,
        "MIME-Version: 1.0",
    ]
    if L["kind"] == "plain":
        head += ["Content-Type: text/plain; charset=utf-8",
                 "Content-Transfer-Encoding: 8bit"]
        body = _crlf(L["body"])
    elif L["kind"] == "html":
        head += ["Content-Type: text/html; charset=utf-8",
                 "Content-Transfer-Encoding: 8bit"]
        body = _crlf(_html(L["body"]))
    else:
        b = "=_w4_" + hashlib.md5(("b:" + L["slug"]).encode()).hexdigest()[:16]
        head += ['Content-Type: multipart/alternative; boundary="%s"' % b]
        body = ("This is a multi-part message in MIME format.\r\n\r\n"
                "--" + b + "\r\n"
                "Content-Type: text/plain; charset=utf-8\r\n"
                "Content-Transfer-Encoding: 8bit\r\n\r\n" + _crlf(L["body"]) +
                "\r\n--" + b + "\r\n"
                "Content-Type: text/html; charset=utf-8\r\n"
                "Content-Transfer-Encoding: 8bit\r\n\r\n" + _crlf(_html(L["body"])) +
                "\r\n--" + b + "--\r\n")
    data = "\r\n".join(head) + "\r\n\r\n" + body
    with open(path, "wb") as f:
        f.write(data.encode("utf-8"))


def write_json(L, lid, path):
    dt = letter_date(L["slug"])
    obj = {"id": lid, "submitted_at": dt.isoformat(timespec="seconds"),
           "name": L["name"], "phone": L["phone"], "email": L["email"],
           "anonymous": L["anon"], "title": L["title"],
           "content": L["content"].strip("\n"), "district": L["district"]}
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=2)
        f.write("\n")


def main():
    slugs = [L["slug"] for L in LETTERS]
    assert len(slugs) == len(set(slugs)), "duplicate slug"
    for L in LETTERS:
        check(L)
    order = sorted(LETTERS, key=lambda L: hashlib.md5(("ord:" + L["slug"]).encode()).hexdigest())
    out = os.path.join(HERE, "letters")
    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(out)
    rows = ["path\tcategory\tconfidential\treason\tdepartment\tpriority\tlanguage\thard"]
    for i, L in enumerate(order, 1):
        lid = "%s-%03d" % (ME, i)
        ext = "json" if L["form"] == "json" else "eml"
        fn = "%s-%s.%s" % (lid, L["slug"], ext)
        if ext == "json":
            write_json(L, lid, os.path.join(out, fn))
        else:
            write_eml(L, lid, os.path.join(out, fn))
        rows.append("\t".join(["letters/" + fn, L["cat"], L["conf"], L["reason"],
                               L["dept"], L["prio"], L["lang"], L["hard"]]))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows) + "\n")
    print("wrote %d letters" % len(order))


if __name__ == "__main__":
    main()
