import json
L=[
("r01","demand","no","Housing and Urban-Rural Development Bureau","normal","开发商延期交房","我们买的锦江名苑去年底就该交房了，到现在还没交，开发商一拖再拖，业主们每个月还要还房贷又要付房租，请住建部门督促开发商尽快交房。"),
("r02","complaint","no","Public Security Bureau","normal","派出所不给开证明","我去派出所开一个亲属关系证明，民警说这个不归他们管，让我去社区，社区又说要派出所开，来回折腾了三次，谁也不管。"),
("r03","suggestion","no","Transport Bureau","normal","关于地铁换乘","地铁2号线和5号线在人民广场换乘要走将近十分钟，老人小孩很吃力。建议增加自动步道或者在换乘通道里多放几张座椅。"),
("r04","information","no","Culture and Tourism Bureau","normal","Lantern fair opening hours","Hello, what are the opening hours of the lantern fair in the Old Town this year, and is it free for children?"),
("r05","consultation","no","Human Resources and Social Security Bureau","normal","辞职后社保怎么办","我下个月准备辞职，中间可能有两三个月不上班，请问这段时间社保怎么交？断缴会影响什么？"),
("r06","demand","no","Ecology and Environment Bureau","normal","养猪场臭气熏天","我们村旁边新开了一个养猪场，粪水直接排到田里，整个村子臭气熏天，夏天根本不敢开窗，请环保部门来看看。"),
("r07","complaint","yes","Discipline Inspection Commission","normal","街道主任违规发放补贴","我们街道的一个副主任，把困难补助发给了自己的亲戚，真正困难的人家却一分没有。我是街道的临时工，怕丢了饭碗，不敢实名。"),
("r08","demand","no","Urban Management Bureau","normal","Street vendors blocking the pavement","Every evening dozens of food stalls occupy the pavement outside our building. We cannot walk on it and the rubbish is left behind. Please ask the city management to deal with it."),
("r09","information","no","Health Commission","normal","体检中心周末上班吗","请问市体检中心周末上班吗？入职体检要空腹吗？"),
("r10","suggestion","no","Education Bureau","normal","Summer programmes for children","I think the city could offer affordable summer day camps at public schools. Many working parents struggle in July and August. Other cities already do this."),
("r11","demand","no","Emergency Management Bureau","high","电动车在楼道充电","我们楼有好几户把电动车推进楼道里充电，电线拉得到处都是，昨天晚上一辆车的电池冒烟了，差点着火，物业也不管，请消防部门来检查。"),
("r12","consultation","no","Public Security Bureau","normal","Visa extension","My tourist visa expires next week. Can I extend it in this city, and what documents should I prepare?"),
("r13","complaint","no","Water Affairs Bureau","normal","水务集团乱收费","水务集团今年突然多收了一笔二次供水费，问他们依据是什么，客服说不清楚，态度还很差，说不交就停水。"),
("r14","demand","no","Civil Affairs Bureau","normal","老人想进养老院","我父亲八十五岁，老年痴呆，我们上班没法照顾，想申请进公办养老院，排了一年队还没排上，请帮忙协调。"),
("r15","information","no","Transport Bureau","normal","高铁站到市区","从高铁南站到市中心有没有直达的公交？打车大概多少钱？"),
("r16","complaint","no","Education Bureau","normal","校长挪用午餐费","我们学校的午餐越来越差，家长们怀疑学校从伙食费里克扣。家长委员会要求公开账目，校长一直推脱。"),
("r17","demand","no","Market Regulation Administration","normal","Gym refuses refund","The gym I joined closed suddenly and they refuse to refund my annual membership. Dozens of members are affected. Please help us get our money back."),
("r18","suggestion","no","Urban Management Bureau","normal","小区垃圾分类","我们小区的垃圾分类桶经常满溢，希望能增加清运次数，并在桶边加装洗手池。"),
("r19","demand","no","Public Security Bureau","normal","小区频繁被盗","最近一个月我们小区连续有五六户被入室盗窃，业主都很担心，请派出所加强巡逻，尽快破案。"),
("r20","consultation","no","Natural Resources and Planning Bureau","normal","不动产证办理","二手房交易后，不动产证多久能办下来？需要买卖双方都到场吗？"),
("r21","complaint","no","Health Commission","normal","Hospital overcharged me","The city hospital charged me for three tests I never had. When I asked at the billing window, the staff told me to go away and refused to check."),
("r22","information","no","","normal","下周会降温吗","听说下周要降温，大概降到几度？会下雪吗？"),
("r23","demand","no","Transport Bureau","normal","公交站牌被撞坏","我们小区门口的公交站牌上周被车撞倒了，到现在还躺在地上，乘客都不知道在哪等车，请尽快修复。"),
("r24","suggestion","no","Culture and Tourism Bureau","normal","博物馆增加讲解","市博物馆展品很多但没什么讲解，能不能在周末增加免费的讲解场次，或者开发一个语音导览小程序？"),
("r25","demand","yes","Human Resources and Social Security Bureau","normal","工厂不签劳动合同","我们工厂两百多个工人都没有签劳动合同，也不交社保，谁问就让谁走人。请劳动监察来查，千万不要说是我举报的。"),
("r26","complaint","yes","Discipline Inspection Commission","normal","城管收了摊主的钱","夜市的摊主每个月都要给城管队员交几百块“管理费”，不开收据，交了就能随便摆，不交就被赶走。"),
("r27","information","no","Civil Affairs Bureau","normal","Volunteering at an elderly home","Are there any elderly care homes in the city that accept foreign volunteers? How can I sign up?"),
("r28","demand","no","Urban Management Bureau","high","Large hole in the road","There is a deep hole in the middle of Hexi Road after the rain, about one metre wide. Two scooters have already fallen in tonight. Please send someone urgently before a car drives into it."),
("r29","consultation","no","Commerce and Investment Promotion Bureau","normal","Importing wine","We plan to import French wine and sell it in the city. Which licences do we need, and is there support for small importers?"),
("r30","complaint","no","Administrative Approval Bureau","normal","网上办事系统老是出错","政务服务网上的申报系统用了三次，每次提交到最后一步就报错，打客服电话没人接，窗口又说必须网上办，这到底让人怎么办？"),
]
with open('labels.tsv','w') as f:
    f.write('path\tcategory\tconfidential\tdepartment\tpriority\n')
    for i,c,conf,d,p,t,txt in L:
        json.dump({"id":"WF-"+i,"submitted_at":"2024-07-24T09:12:44+08:00","name":"王五","phone":"13700000000","email":"z@example.com","anonymous":False,"title":t,"content":txt,"district":"临江区"},open(f'letters/{i}.json','w'),ensure_ascii=False)
        f.write(f'letters/{i}.json\t{c}\t{conf}\t{d}\t{p}\n')
