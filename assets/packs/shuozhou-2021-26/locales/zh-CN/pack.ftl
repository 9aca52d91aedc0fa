# 政策包文字（简体中文）：朔政发〔2021〕26号
# 问题 q-<id>（.help 说明为什么问、.short 用于理由的简称），选项 opt-<问题>-<值>（身份选项可有 .names：本文件标题和说明里对这类人的称呼，用 | 分隔，自助机朗读时不说出），
# 措施 m-<id>（标题；.benefit 用通俗的话说明内容；.review 部门需审核什么；.contact 为何先找该部门，每项措施都有），
# 部门 dept-<id>（与原文名称一致；更名的部门另有 .current 现名和 .renamed 说明）。
# 只写原文有依据的内容：不写金额、电话、地址、期限。

pack-title = 朔州市“双创”升级版实施意见（朔政发〔2021〕26号）

## 部门

dept-admin-approval = 市行政审批局
dept-natural-resources = 市规划和自然资源局
dept-water = 市水利局
dept-industry-it = 市工业和信息化局
dept-development-reform = 市发展改革委
dept-commerce = 市商务局
dept-market-regulation = 市市场监管局
dept-pboc-shuozhou = 中国人民银行朔州市中心支行
    .current = 中国人民银行朔州市分行
    .renamed = 原文写作“中国人民银行朔州市中心支行”；在2023年启动的人民银行分支机构改革中，改设为朔州市分行。
dept-education = 市教育局
dept-health = 市卫生健康委
dept-agriculture = 市农业农村局
dept-hr-social-security = 市人力资源和社会保障局
dept-finance = 市财政局
dept-tax = 市税务局
dept-science-tech = 市科技局
dept-energy = 市能源局
dept-sasac = 市国资委
dept-civil-military = 市军民融合办
dept-small-micro-center = 市小微企业发展服务中心
dept-cbirc-shuozhou = 中国银保监会朔州监管分局
    .current = 国家金融监督管理总局朔州监管分局
    .renamed = 原文写作“中国银保监会朔州监管分局”；2023年金融监管机构改革后，由国家金融监督管理总局朔州监管分局承担其工作。
dept-youth-league = 团市委
dept-veterans-affairs = 市退役军人事务局
dept-public-security = 市公安局
dept-women-federation = 市妇联
dept-united-front = 市委统战部
dept-taiwan-affairs = 市委台办
dept-foreign-affairs = 市外事办
dept-association-science = 市科协
dept-dev-zone = 朔州经济开发区管委会
dept-provincial-demo-bases = 省级“双创”示范基地
dept-county-governments = 各县（市、区）人民政府
dept-statistics = 市统计局
dept-financial-office = 市金融办

## 问题

q-groups = 下面哪些说的是您？
    .help = 可以多选，比如既是退役军人、又是返乡农民工。政策对不同的人有不同的扶持。已经开了个体户或在村里创业的，也按您是谁来选；上面哪一类都不是，才选“以上都不是”。如果您是替一家企业、机构来问的，请选“企业或机构”。
    .short = 您的身份
opt-groups-migrant_worker = 外出打工后回乡创业的农民工
    .names = 返乡创业农民工|农民工返乡创业|返乡农民工|农民工
opt-groups-veteran = 退役军人
    .names = 退役军人|自主择业
opt-groups-graduate = 高校毕业生（大专、本科、研究生毕业）
    .names = 高校毕业生
opt-groups-vocational_graduate = 技工院校毕业生
    .names = 技工院校毕业生|高校毕业生
opt-groups-student = 在校学生（大学、职业院校、技工院校）
    .names = 在校学生|大学生
opt-groups-returnee = 出国留学后回国的人
    .names = 留学回国人员|留学归国人员|留学回国人才|留学人员
opt-groups-foreign_national = 外国国籍的人
    .names = 外籍高层次人才|外籍人员
opt-groups-researcher = 科研人员、高校老师或企业的技术骨干
    .names = 高校专业技术人员|科研人员|企业技术骨干|技术骨干
opt-groups-woman = 女性创业者
    .names = 女性|妇女|巾帼|妇联
opt-groups-hmt_resident = 台湾、香港、澳门居民
    .names = 台湾、香港、澳门居民|台港澳居民|港澳台居民|台港澳青年|台港澳|港澳台
opt-groups-enterprise = 企业或机构（含孵化器、众创空间、创业园区）
opt-groups-other_person = 以上都不是

q-activity = 您现在在做什么？
    .help = 高校毕业生开个体户或办小微企业的，可以按规定申请社会保险补贴。
    .short = 目前在做什么
    .change = 如果您{ $answer }
opt-activity-planning = 还在准备，还没开办
opt-activity-self_employed = 开个体户（个体工商户等）
opt-activity-small_micro_founder = 已经办了小微企业
opt-activity-employed = 在单位或企业上班
opt-activity-other = 其他

q-researcher_role = 您在哪里做科研？
    .help = 政策对高校的专业技术人员、事业单位的科研人员和企业的技术带头人各有不同的支持。
    .short = 做科研的单位
opt-researcher_role-university_staff = 在高校（专业技术人员）
opt-researcher_role-institute_staff = 在科研院所等事业单位
opt-researcher_role-enterprise_expert = 在企业，是技术或学术带头人、骨干
opt-researcher_role-other = 其他

q-project_lead = 您是某个科研项目的技术负责人或主持人吗？
    .help = 科研项目技术负责人、主持人的成果取得明显社会经济效益的，可以作为申报高级职称的条件。
    .short = 是否为科研项目负责人

q-tech_project = 您有正在做的科技研发项目吗？
    .help = 比如研发新技术、新产品。政策对留学回国人员的科技项目择优资助。
    .short = 是否有科技研发项目

q-urban_residence = 您在朔州的城区或镇上有固定的住处吗？
    .help = 自己的房子、租的房子都算，但必须是合法的住所。有的话，可以按规定申请在这里落户。
    .short = 是否在城区或镇上有固定住处

q-children_schooling = 您有孩子要在朔州上学吗？
    .help = 政策对来朔州创业的留学回国人才和外籍高层次人才的子女上学加大支持。
    .short = 是否有孩子要在朔州上学

q-enterprise_kind = 您的企业或机构是哪一类？
    .help = 可以多选。孵化器、众创空间、“专精特新”企业和示范基地各有专门的扶持。
    .short = 企业或机构类别
opt-enterprise_kind-sme = 中小微企业
opt-enterprise_kind-specialized_sme = 已被认定的“专精特新”中小企业
opt-enterprise_kind-incubator = 孵化器、众创空间、大学科技园或小微企业创业创新基地
opt-enterprise_kind-startup_park = 创业园区的运营方
opt-enterprise_kind-demo_base = “双创”示范基地
opt-enterprise_kind-other = 其他企业或机构

q-specialized_first_time = 您的企业是第一次被认定为“专精特新”中小企业吗？
    .help = 第一次被认定的有资金奖励。不清楚的，可以选“不清楚”，请部门帮您确认。
    .short = 是否第一次认定为“专精特新”

q-incubator_level = 您的孵化器、大学科技园是国家级或省级的，或者众创空间是国家备案的吗？
    .help = 原文对国家级、省级科技企业孵化器、大学科技园和国家备案众创空间规定了税收减免（到2021年）。
    .short = 孵化载体级别
opt-incubator_level-national_or_provincial = 是，国家级、省级或国家备案
opt-incubator_level-other = 不是

q-veteran_park = 您运营的创业园区，主要是退役军人在里面创业吗？
    .help = 以退役军人为主体的创业园区，申报省级示范园区的，给予相应奖励。
    .short = 是否以退役军人为主体的创业园区

q-demo_base_excellent = 您的示范基地在省里的评估中得了“优秀”吗？
    .help = 省评估达到优秀的示范基地，按相关规定给予资金激励。
    .short = 省级评估是否优秀

q-enterprise_plans = 您的企业正在做或打算做下面哪些事？
    .help = 可以多选，都不做可以不选。这些事各有相应的扶持。
    .short = 企业正在做或打算做的事
opt-enterprise_plans-innovative_product = 提供创新产品或服务
opt-enterprise_plans-first_set_equipment = 研制首台（套）重大技术装备
opt-enterprise_plans-industrial_internet = 建设工业互联网平台
opt-enterprise_plans-cloud = 把企业的业务搬到“云”上（企业上云）
opt-enterprise_plans-supply_chain = 重点产业供应链创新与应用项目
opt-enterprise_plans-manufacturing_platform = 建设制造业“双创”技术转移中心或服务平台

q-product_recognized = 您的产品被省级或更高一级的部门认定为“创新产品”了吗？
    .help = 被省级以上有关部门认定、第一次投放市场的创新产品，可以由政府首先购买。不清楚的，可以选“不清楚”。
    .short = 是否被认定为创新产品

q-first_to_market = 这个产品是第一次投放市场吗？
    .help = 政府首购只针对第一次投放市场的创新产品。
    .short = 是否第一次投放市场

q-tech_field = 您的企业在做哪一类技术研发？
    .help = 政策指导碳基新材料、固废材料利用、煤炭清洁利用等领域的企业申报省级工程技术研究中心；其他技术领域的，由部门判断。
    .short = 技术研发领域
opt-tech_field-carbon_materials = 碳基新材料研发
opt-tech_field-solid_waste_materials = 战略性新兴固废材料利用
opt-tech_field-clean_coal = 煤炭清洁高效开发利用
opt-tech_field-other_technology = 其他技术领域
opt-tech_field-no_research = 没有做技术研发

q-rural_business = 您的项目在农村吗？
    .help = 比如在村里开店、种植养殖、加工农产品、做农村电商。政策为农村创业提供场地、服务和金融支持。
    .short = 项目是否在农村

q-has_ip = 您或您的企业有专利或注册商标吗？
    .help = 政策打击专利、商标侵权假冒，帮助维权。
    .short = 是否有专利或注册商标

q-contest_level = 您的项目参加过哪一级的创新创业大赛？
    .help = 参加过几次的，选最高的那一级。退役军人的项目在省级、国家级大赛获三等奖以上的，有资金奖励。
    .short = 参加过的大赛级别
    .change = 如果您的项目参加{ $answer }的创新创业大赛
opt-contest_level-none = 没有参加过
opt-contest_level-municipal_or_lower = 市级或以下
opt-contest_level-provincial = 省级
opt-contest_level-national = 国家级

q-provincial_prize = 您的项目在省级或国家级大赛中得过三等奖以上吗？
    .help = 原文写的是“获得三等奖以上”。拿不准自己的奖项算不算的，选“不清楚”，由退役军人事务部门确认。
    .short = 省级以上大赛三等奖以上

q-in_demo_base = 您的项目设在“双创”示范基地里吗？
    .help = “双创”示范基地是政府确定的大众创业万众创新示范基地。基地内的项目，审批走绿色通道。不清楚的，可以选“不清楚”。
    .short = 项目是否在示范基地里

q-county = 您的项目在哪个县（市、区）？
    .help = 用于统计各地来咨询的情况，不影响您的结果。
    .short = 项目所在地
opt-county-shuocheng = 朔城区
opt-county-pinglu = 平鲁区
opt-county-huairen = 怀仁市
opt-county-shanyin = 山阴县
opt-county-yingxian = 应县
opt-county-youyu = 右玉县
opt-county-dev_zone = 朔州经济开发区
opt-county-elsewhere = 其他地方或还没定

## 措施

m-fast-business-registration = 企业开办快速办理
    .benefit = 市里推行企业登记、注册、注销全程网上办理，目标是把全市企业开办时间压缩到1个工作日。
    .contact = 企业开办由行政审批部门办理。

m-integrity-enterprise-recognition = “双创”诚信企业认定
    .benefit = 市里开展“双创”诚信企业认定工作。
    .review = 是否认定为“双创”诚信企业，由有关部门认定。
    .contact = 全市“双创”工作由发展改革部门统筹，认定工作可先向其咨询。

m-credit-record-objection = 对公示的信用信息提出异议
    .benefit = 市里建立公示信息异议处理工作制度：企业认为公示的信用信息有误的，可以提出异议。
    .contact = 企业信用信息的公示由市场监管部门负责。

m-national-tax-and-insurance-relief = 国家财税优惠和社保费率阶段性降低
    .benefit = 落实国家财税优惠和社会保险费率阶段性降低等政策，确保企业应享尽享税收优惠。
    .review = 企业能享受哪些国家优惠，由税务等部门按国家政策确定。
    .contact = 税收优惠由税务部门办理。

m-unemployment-insurance-job-retention = 失业保险援企稳岗“护航行动”
    .benefit = 对符合条件的地区和企业主体，失业保险援企稳岗政策全覆盖。
    .review = 企业是否“符合条件”，由人力资源和社会保障等部门确定。
    .contact = 失业保险由人力资源和社会保障部门经办。

m-incubator-property-land-tax-exemption = 孵化器、大学科技园、众创空间房产税和城镇土地使用税减免
    .benefit = 国家级、省级科技企业孵化器、大学科技园和国家备案众创空间自用或提供给在孵对象使用的房产、土地，免征房产税和城镇土地使用税（原文：到2021年）。
    .contact = 税收减免由税务部门办理。

m-incubator-vat-exemption = 孵化服务收入免征增值税
    .benefit = 上述孵化器、大学科技园和众创空间向在孵对象提供经纪代理、经营租赁、研发和技术、信息技术、鉴证咨询服务取得的收入，免征增值税（原文：到2021年）。
    .contact = 税收减免由税务部门办理。

m-innovative-supplier-procurement = 创新产品和服务企业在政府采购中视同小微企业
    .benefit = 创新产品和服务企业视同小微型企业，落实省里的采购预留份额政策，评审中提高价格扣除比例。
    .review = 企业是否属于“创新产品和服务企业”，由财政部门按有关规定确定。
    .contact = 政府采购政策由财政部门负责。

m-government-first-purchase = 创新产品政府首购
    .benefit = 省级以上有关部门认定、第一次投放市场的创新产品，实行政府首购：采购人购买这类产品时，把采购合同直接授予首购产品供应商。
    .review = 产品是否属于首购范围由有关部门认定；只有采购人需要采购这类产品时，才会有首购合同。
    .contact = 政府采购由财政部门负责。

m-first-set-equipment = 首台（套）重大技术装备申报支持
    .benefit = 宣传《首台（套）重大技术装备推广应用指导目录》等惠企政策，支持符合条件的项目申报。
    .review = 项目是否“符合条件”，由有关部门按目录和申报要求审核。
    .contact = 首台（套）重大技术装备的推广应用由工业和信息化部门组织。

m-ip-enforcement = 专利、商标侵权假冒打击和维权
    .benefit = 围绕电子商务、食品药品、环境保护、高新技术等重点领域及展会、进出口等环节，集中打击专利、商标侵权假冒行为，加强知识产权执法维权。
    .contact = 知识产权执法由市场监管部门负责。

m-ip-training = 知识产权宣传培训
    .benefit = 开展形式多样的知识产权宣传培训活动，提高识假防骗能力和保护意识。
    .contact = 知识产权工作由市场监管部门负责。

m-ecommerce-ip-protection = 电子商务领域“互联网+”知识产权保护
    .benefit = 依托全国知识产权系统电子商务领域专利执法维权协作机制，开展“互联网+”知识产权保护。
    .contact = 知识产权执法由市场监管部门负责。

m-ip-trading-platform = 科技成果转化与知识产权交易服务平台
    .benefit = 市里完善科技成果转化与知识产权交易服务平台，逐步融入国家、省知识产权交易市场。
    .contact = 知识产权工作由市场监管部门负责；原文未写明平台由哪个部门运营，可先向其咨询。

m-university-staff-leave-for-startup = 高校专业技术人员离岗创业
    .benefit = 鼓励和支持高校专业技术人员离岗创业。
    .review = 能否离岗创业、怎样办理，由有关部门按规定确定。
    .contact = 离岗创业涉及人事管理，由人力资源和社会保障部门按规定办理。

m-researcher-mobility = 科研人员在事业单位和企业之间流动
    .benefit = 市里促进科研人员在事业单位和企业之间合理流动；原文未写明具体办法。
    .contact = 事业单位人员流动由人力资源和社会保障部门管理。

m-research-results-for-senior-title = 科研成果可作为申报高级职称的条件
    .benefit = 科研项目技术负责人、主持人的科研成果取得明显社会经济效益的，可作为申报高级职称的资格条件。
    .review = 成果是否“取得明显社会经济效益”，由职称评审的主管部门认定。
    .contact = 职称评审由人力资源和社会保障部门主管。

m-enterprise-experts-teach-at-universities = 企业技术骨干到高校从事科研教学
    .benefit = 支持和鼓励企业技术和学术带头人、骨干到高校从事科研教学工作。
    .review = 能否到高校任教，由高校和教育主管部门确定。
    .contact = 到高校从事科研教学，由教育部门主管。

m-student-startup-mentors-and-courses = 创业导师和创新创业课程
    .benefit = 全市高校、职业院校（含技工院校）推广创业导师制，推广创新创业教育和实践课程。可以向您的学校了解。
    .contact = 学校的课程由教育部门主管。

m-startup-results-for-thesis = 用创业成果申请学位论文答辩
    .benefit = 允许大学生用创业成果申请学位论文答辩。
    .review = 创业成果能否用于学位论文答辩，由您的学校审核。
    .contact = 学位论文答辩由学校组织，教育部门主管。

m-graduate-social-insurance-subsidy = 高校毕业生创业社会保险补贴
    .benefit = 高校毕业生开个体户或创办小微企业的，可以参照就业困难人员灵活就业社会保险补贴政策，从就业补助资金中给予最长2年的社会保险补贴。
    .review = 这项补贴参照另一项政策执行：毕业几年内可以申请、技工院校毕业生算不算，由人力资源和社会保障部门按该政策确定。
    .contact = 补贴从就业补助资金中支付，由人力资源和社会保障部门办理。

m-rural-startup-service-platforms = 农村创新创业服务平台
    .benefit = 依托农业产业园、农业科技园、知名村镇、实训基地、众创空间等建设农村创新创业服务平台，为返乡创业农民工和农村创新创业人员提供场地和服务。
    .contact = 本条由农业农村部门牵头。

m-migrant-return-incubation-bases = 农民工返乡创业孵化基地和创业园区
    .benefit = 市里支持各县（市、区）建设农民工返乡创业孵化基地和创业园区。您所在的县（市、区）是否已经建成，可以咨询。
    .contact = 返乡创业属就业创业工作，可先向人力资源和社会保障部门了解所在县（市、区）的情况。

m-rural-representative-project-funding = 返乡创业示范县、农村创业创新典型县代表性项目资金支持
    .benefit = 对农民工返乡创业示范县和农村创业创新典型县的创新创业代表性项目予以资金支持。
    .review = 项目所在县是否为示范县、典型县，项目是否为“代表性项目”，由有关部门确定；原文未写明金额。
    .contact = 本条由农业农村部门牵头。

m-rural-startup-credit = 农村创业贷款和金融服务
    .benefit = 督促引导银行优化金融产品、加大贷款投放，加强对农村“双创”园区（基地）和公共服务平台的金融服务。
    .review = 贷款由银行按其规定审核；所列部门负责督促引导银行。
    .contact = 本条由农业农村部门牵头；贷款本身向银行申请。

m-rural-land-use-priority = 农村新产业新业态项目用地倾斜
    .benefit = 下达土地利用计划时，对农村新产业新业态和产业融合项目给予一定倾斜。
    .review = 项目是否属于农村新产业新业态或产业融合项目、能否获得倾斜，由有关部门确定。
    .contact = 土地利用计划由规划和自然资源部门下达。

m-veteran-startup-training = 退役军人创业培训
    .benefit = 依托高校、科技创新型企业和就业创业培训机构，开展创业项目指导、开业指导、创业经营管理等方面的培训。
    .contact = 退役军人培训由退役军人事务部门组织。

m-veteran-tax-preferences = 退役军人自主择业税收优惠
    .benefit = 落实退役军人自主择业的现有税收优惠政策，拓宽融资渠道，加大创业载体建设，组建创业指导团队。
    .review = 能否享受税收优惠，由税务部门按现行政策确定。
    .contact = 税收优惠由税务部门办理。

m-veteran-park-provincial-award = 退役军人创业园区申报省级示范园区奖励
    .benefit = 鼓励社会资本建立以退役军人为主体的创业园区，积极申报省级示范园区，给予相应奖励。
    .review = 申报和奖励由有关部门审核；原文未写明奖励标准。
    .contact = 本条由退役军人事务部门牵头。

m-veteran-contest-award = 退役军人创业大赛获奖项目资金奖励
    .benefit = 退役军人参加国家级和省级创新创业大赛获得三等奖以上的项目，给予资金奖励（原文未写明金额）。
    .contact = 本条由退役军人事务部门牵头。

m-returnee-tech-project-funding = 留学回国人员科技项目择优资助
    .benefit = 对留学回国人员的科技项目择优资助，支持留学人员创新创业。
    .review = 资助“择优”确定，由有关部门评审。
    .contact = 留学人员科技项目资助由人力资源和社会保障部门组织。

m-foreigner-exit-entry-services = 外籍人员办证便利
    .benefit = 为外籍人员出境提供即时受理审批便利（原文作“出境”），提供网上办证材料查询、业务咨询智能回复和网上预约受理服务。
    .contact = 外籍人员出入境证件由公安部门办理。

m-foreign-visa-residence = 外籍高层次人才、访问者和投资者签证及居留便利
    .benefit = 为外籍高层次人才及其亲属、来朔州访问的人和投资者提供签证及居留便利。
    .review = 只有这几类外籍人员享受：是否属于“高层次人才”由有关部门认定，访问、投资的情况由公安部门核实。
    .contact = 签证和居留由公安部门办理。

m-returnee-hukou-registration = 留学归国人员落户
    .benefit = 在朔州城镇区域内有合法稳定住所（含租赁）的，可以按规定在居住地申请登记常住户口。
    .review = 住所是否符合要求、怎样办理落户，由公安部门按规定审核。
    .contact = 户口登记由公安部门办理。

m-returnee-children-schooling = 留学回国人才子女入学支持
    .benefit = 对来朔州创新创业的留学回国人才，在子女入学方面进一步加大支持力度（原文未写明具体方式）。
    .review = 原文只写“加大支持力度”，没有写明具体的入学安排，由教育部门确定。
    .contact = 子女入学由教育部门负责。

m-foreign-talent-children-schooling = 外籍高层次人才子女入学支持
    .benefit = 对来朔州创新创业的外籍高层次人才，在子女入学方面进一步加大支持力度（原文未写明具体方式）。
    .review = 是否属于“外籍高层次人才”由有关部门认定；具体的入学安排由教育部门确定。
    .contact = 子女入学由教育部门负责。

m-women-startup-training-and-contests = 女性“双创”培训和竞赛
    .benefit = 深化“创新创业巾帼行动”，组织开展形式多样的女性“双创”培训和竞赛。
    .contact = 本条由妇联牵头。

m-hmt-residents-facilitation = 台港澳居民在朔州发展的便利措施
    .benefit = 市里制定完善台湾、香港、澳门居民在朔州发展的便利性政策措施。
    .contact = 台港澳居民的有关事务可先向市委统战部咨询，台湾居民也可向市委台办咨询。

m-hmt-youth-startup-platform = 台港澳青年来朔创新创业平台
    .benefit = 向台港澳青年推介朔州鼓励青年创新创业的政策和营商环境，搭建台港澳青年来朔州创新创业的平台。
    .review = 原文没有写明多大年龄算“青年”，由有关部门确定。
    .contact = 台港澳居民的有关事务可先向市委统战部咨询，台湾居民也可向市委台办咨询。

m-startup-training-for-workers = 创业培训
    .benefit = 有创业意愿和培训需求的劳动者，全部纳入创业培训范围。您想参加培训的，可以报名。
    .contact = 创业培训由人力资源和社会保障部门组织。

m-provincial-engineering-centre-guidance = 申报省级工程技术研究中心指导
    .benefit = 指导碳基新材料研发、战略性新兴固废材料利用、煤炭清洁高效开发利用等领域的企业申报省级工程技术研究中心。
    .review = 其他技术领域的企业能否得到指导由部门判断；能否获批省级工程技术研究中心，由省级主管部门评审。
    .contact = 工程技术研究中心的申报由科技部门指导。

m-specialized-sme-first-recognition-award = 首次认定“专精特新”中小企业资金奖励
    .benefit = 对第一次被认定的“专精特新”中小企业进行资金奖励（原文未写明金额）。
    .contact = 本条所列部门中，市小微企业发展服务中心负责中小企业服务。

m-specialized-sme-quality-programme = “专精特新”中小企业素质提升工程
    .benefit = 实施“专精特新”中小企业素质提升工程。
    .contact = 本条所列部门中，市小微企业发展服务中心负责中小企业服务。

m-little-giant-cultivation = “专精特新”“小巨人”企业培育
    .benefit = 每年支持培育一批创新能力强、专业化发展明显的“专精特新”“小巨人”企业。
    .review = 是否列入培育，由有关部门根据创新能力和专业化发展情况确定。
    .contact = 本条所列部门中，市小微企业发展服务中心负责中小企业服务。

m-provincial-incubation-demo-application = 申报省级创业孵化示范基地、创业示范园区
    .benefit = 做好省级创业孵化示范基地、创业示范园区的申报工作，加大奖补支持力度。
    .review = 申报由有关部门审核；原文未写明奖补标准。
    .contact = 创业孵化示范基地、创业示范园区的申报由人力资源和社会保障部门组织。

m-incubator-tax-preferences = 孵化器和众创空间税收优惠
    .benefit = 落实科技企业孵化器和众创空间的税收优惠政策。
    .review = 能享受哪些税收优惠，由税务部门按现行政策确定。
    .contact = 税收优惠由税务部门办理。

m-nonprofit-incubator-income-tax-exemption = 非营利性孵化器收入免征企业所得税
    .benefit = 符合非营利组织条件的科技企业孵化器，从事非营利性活动取得的收入免征企业所得税。
    .review = 是否“符合非营利组织条件”，由有关部门认定。
    .contact = 税收减免由税务部门办理。

m-small-micro-base-application = 申报国家级、省级小微企业创业创新基地
    .benefit = 积极申报国家级、省级小微企业创业创新基地和示范基地。
    .review = 申报由有关部门审核推荐。
    .contact = 小微企业创业创新基地的申报由工业和信息化部门组织。

m-manufacturing-startup-platforms = 制造业“双创”技术转移中心和服务平台建设支持
    .benefit = 支持建设一批制造业“双创”技术转移中心和制造业“双创”服务平台。
    .review = 是否列入支持，由有关部门确定。
    .contact = 本条由工业和信息化部门牵头。

m-supply-chain-innovation-projects = 重点产业供应链创新与应用项目培育
    .benefit = 培育一批重点产业供应链创新与应用项目。
    .review = 是否列入培育，由有关部门确定。
    .contact = 供应链创新与应用由商务部门负责。

m-industrial-internet-platform-funding = 工业互联网平台建设资金支持
    .benefit = 对建设工业互联网平台给予资金支持（原文未写明金额）。
    .review = 平台是否符合支持条件、支持多少，由有关部门审核。
    .contact = 本条由工业和信息化部门牵头。

m-industrial-internet-tax-preferences = 工业互联网相关税收优惠
    .benefit = 全面落实支持工业互联网发展的相关税收优惠政策。
    .review = 能享受哪些税收优惠，由税务部门按现行政策确定。
    .contact = 税收优惠由税务部门办理。

m-enterprise-cloud-incentives = “企业上云”激励
    .benefit = 建立“企业上云”联合激励机制，鼓励企业加快上云。
    .review = 激励的具体内容和条件，由有关部门确定。
    .contact = 本条由工业和信息化部门牵头。

m-internet-plus-incubator-support = “互联网+”众创空间和孵化器建设支持
    .benefit = 支持建设“互联网+”众创空间、科技企业孵化器等创新创业平台。
    .review = 是否列入支持，由有关部门确定。
    .contact = 科技企业孵化器和众创空间由科技部门主管。

m-startup-contests = 创新创业大赛和活动
    .benefit = 市里持续开展各类创新创业赛事活动，参加全国“双创”活动周山西分会场活动，办好“创响中国”朔州站活动。
    .contact = 全市“双创”活动由发展改革部门统筹。

m-contest-students = 大学生创新创业大赛
    .benefit = 朔州“互联网+”大学生创新创业大赛。参赛条件以当年的赛事规则为准。
    .contact = 大学生创新创业大赛由教育部门组织。

m-contest-open = 中国创新创业大赛、“中国创翼”创业创新大赛
    .benefit = 中国创新创业大赛（山西赛区）、“中国创翼”山西省创业创新大赛。参赛条件以当年的赛事规则为准。
    .contact = 全市“双创”活动由发展改革部门统筹，可先向其了解各项赛事。

m-contest-smes = “创客中国”中小企业创新创业大赛
    .benefit = “创客中国”山西省中小企业创新创业大赛。参赛条件以当年的赛事规则为准。
    .contact = 本条所列部门中，市小微企业发展服务中心负责中小企业服务。

m-contest-rural = 农村创业创新大赛
    .benefit = 全国农村创业创新项目创意大赛山西赛区选拔赛、“三晋新农人大赛”。参赛条件以当年的赛事规则为准。
    .contact = 农村创业创新由农业农村部门负责。

m-contest-youth = “创青春”青年创新创业大赛
    .benefit = “创青春”山西青年创新创业大赛。
    .review = 原文没有写明多大年龄算“青年”；能否参赛，以赛事规则为准。
    .contact = “创青春”是共青团的赛事，可向团市委了解。

m-contest-project-follow-up-support = 优秀参赛项目后续跟踪支持
    .benefit = 对在各类创新创业大赛中涌现出的优秀项目加强后续跟踪和支持。
    .review = 项目是否“优秀”，由有关部门判断。
    .contact = 全市“双创”活动由发展改革部门统筹。

m-startup-enterprise-credit = “双创”企业融资和贷款支持
    .benefit = 支持有条件的银行建立科技信贷专营事业部，加大续贷支持；督促引导银行主动对接“双创”企业，为符合条件的企业开展并购贷款业务。
    .review = 贷款由银行按其规定审核；金融监管部门负责督促引导银行。
    .contact = 本条只列了银行业监管部门；贷款本身向银行申请。

m-rural-new-business-finance = 农村电商等新业态金融服务
    .benefit = 引导农村中小金融机构重点服务农村电商等新业态新模式的发展。
    .review = 贷款等金融服务由金融机构按其规定审核。
    .contact = 本条只列了银行业监管部门；贷款本身向农村中小金融机构申请。

m-development-zone-incubation = 朔州经济开发区的孵化器、众创空间等创新创业载体
    .benefit = 市里推动开发区建设科技企业孵化器、众创空间、中小企业创新创业示范基地，以及中试孵化基地和科技成果产业化基地。您可以关注，入驻条件向开发区咨询。
    .contact = 开发区内的载体由朔州经济开发区管委会负责。

m-demo-base-approval-green-channel = 示范基地内项目审批绿色通道
    .benefit = 为“双创”示范基地内的项目开辟项目审批绿色通道。
    .contact = 项目审批由行政审批部门办理。

m-demo-base-excellence-incentive = 省评估优秀示范基地资金激励
    .benefit = 省评估达到优秀的示范基地，按相关规定给予资金激励（原文未写明金额）。
    .review = “真抓实干、省评估达到优秀”和激励标准，按相关规定由有关部门确定。
    .contact = 全市“双创”示范基地工作由发展改革部门牵头。
