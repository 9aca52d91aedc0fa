# 政策包文字（繁體中文）：朔政發〔2021〕26號
# 問題 q-<id>（.help 說明為什麼問、.short 用於理由的簡稱），選項 opt-<問題>-<值>，
# 措施 m-<id>（標題；.benefit 用通俗的話說明內容；.review 部門需審核什麼；.contact 為何先找該部門），
# 部門 dept-<id>（與原文名稱一致）。只寫原文有依據的內容：不寫金額、電話、地址、期限。

pack-title = 朔州市「雙創」升級版實施意見（朔政發〔2021〕26號）

## 部門

dept-admin-approval = 市行政審批局
dept-natural-resources = 市規劃和自然資源局
dept-water = 市水利局
dept-industry-it = 市工業和信息化局
dept-development-reform = 市發展改革委
dept-commerce = 市商務局
dept-market-regulation = 市市場監管局
dept-pboc-shuozhou = 中國人民銀行朔州市中心支行
dept-education = 市教育局
dept-health = 市衛生健康委
dept-agriculture = 市農業農村局
dept-hr-social-security = 市人力資源和社會保障局
dept-finance = 市財政局
dept-tax = 市稅務局
dept-science-tech = 市科技局
dept-energy = 市能源局
dept-sasac = 市國資委
dept-civil-military = 市軍民融合辦
dept-small-micro-center = 市小微企業發展服務中心
dept-cbirc-shuozhou = 中國銀保監會朔州監管分局
dept-youth-league = 團市委
dept-veterans-affairs = 市退役軍人事務局
dept-public-security = 市公安局
dept-women-federation = 市婦聯
dept-united-front = 市委統戰部
dept-taiwan-affairs = 市委臺辦
dept-foreign-affairs = 市外事辦
dept-association-science = 市科協
dept-dev-zone = 朔州經濟開發區管委會
dept-provincial-demo-bases = 省級「雙創」示範基地
dept-county-governments = 各縣（市、區）人民政府
dept-statistics = 市統計局
dept-financial-office = 市金融辦

## 問題

q-groups = 以下哪些情況符合您？
    .help = 可以多選。政策對不同人群有不同的扶持；如果您已經在經營或代表一家企業、機構，也請選「企業或機構」。
    .short = 您的身份
opt-groups-migrant_worker = 返鄉創業的農民工
opt-groups-veteran = 退役軍人
opt-groups-graduate = 高校畢業生
opt-groups-student = 在校大學生（含職業院校、技工院校）
opt-groups-returnee = 留學回國人員
opt-groups-foreign_national = 外籍人員
opt-groups-researcher = 科研人員、高校專業技術人員或企業技術骨幹
opt-groups-woman = 女性創業者
opt-groups-hmt_youth = 臺港澳青年
opt-groups-other_person = 以上都不是，我個人想創業
opt-groups-enterprise = 企業或機構（含孵化器、眾創空間、創業園區）

q-activity = 您現在的情況是？
    .help = 高校畢業生從事個體經營或創辦小微企業的，可享受社會保險補貼。
    .short = 目前情況
opt-activity-planning = 還在準備，尚未開辦
opt-activity-self_employed = 從事個體經營（個體工商戶等）
opt-activity-small_micro_founder = 已創辦小微企業
opt-activity-employed = 在單位或企業上班
opt-activity-other = 其他

q-researcher_role = 您是哪類科研人員？
    .help = 政策對高校專業技術人員和企業技術、學術帶頭人有不同的支持。
    .short = 科研人員類別
opt-researcher_role-university_staff = 高校專業技術人員
opt-researcher_role-institute_staff = 科研院所等事業單位的科研人員
opt-researcher_role-enterprise_expert = 企業技術或學術帶頭人、骨幹
opt-researcher_role-other = 其他

q-project_lead = 您是科研項目的技術負責人或主持人嗎？
    .help = 科研項目技術負責人、主持人的科研成果取得明顯社會經濟效益的，可作為申報高級職稱的資格條件。
    .short = 是否為科研項目技術負責人或主持人

q-tech_project = 您有科技項目嗎？
    .help = 政策對留學回國人員的科技項目擇優資助。
    .short = 是否有科技項目

q-urban_residence = 您在朔州市城鎮區域內有合法穩定住所（含租賃）嗎？
    .help = 留學歸國人員有合法穩定住所（含租賃）的，可以按規定在居住地申請登記常住戶口。
    .short = 是否有城鎮合法穩定住所

q-children_schooling = 您有子女需要在朔州入學嗎？
    .help = 政策對來朔創新創業的留學回國人才和外籍高層次人才的子女入學加大支持力度。
    .short = 是否有子女需要入學

q-enterprise_kind = 您的企業或機構屬於哪一類？
    .help = 可以多選。孵化器、眾創空間、「專精特新」企業和示範基地各有專門的扶持。
    .short = 企業或機構類別
opt-enterprise_kind-sme = 中小微企業
opt-enterprise_kind-specialized_sme = 已認定的「專精特新」中小企業
opt-enterprise_kind-incubator = 科技企業孵化器、眾創空間、大學科技園或小微企業創業創新基地
opt-enterprise_kind-startup_park = 創業園區的運營方
opt-enterprise_kind-demo_base = 「雙創」示範基地
opt-enterprise_kind-other = 其他企業或機構

q-specialized_first_time = 您的企業是首次被認定為「專精特新」中小企業嗎？
    .help = 對首次認定的「專精特新」中小企業進行資金獎勵。
    .short = 是否首次認定為「專精特新」

q-incubator_level = 您的孵化器、大學科技園是國家級或省級的，或眾創空間是國家備案的嗎？
    .help = 原文對國家級、省級科技企業孵化器、大學科技園和國家備案眾創空間規定了稅收減免（到2021年）。
    .short = 孵化載體級別
opt-incubator_level-national_or_provincial = 是，國家級、省級或國家備案
opt-incubator_level-other = 不是

q-veteran_park = 您運營的創業園區是以退役軍人為主體的嗎？
    .help = 鼓勵社會資本建立以退役軍人為主體的創業園區，積極申報省級示範園區，給予相應獎勵。
    .short = 是否以退役軍人為主體的創業園區

q-demo_base_excellent = 您的示範基地在省級評估中達到「優秀」了嗎？
    .help = 省評估達到優秀的示範基地按相關規定給予資金激勵。
    .short = 省級評估是否優秀

q-enterprise_plans = 您的企業正在做或打算做下面哪些事？
    .help = 可以多選，都不符合可以不選。這些事項各有相應的扶持政策。
    .short = 企業正在做或打算做的事
opt-enterprise_plans-innovative_product = 提供創新產品或服務
opt-enterprise_plans-first_set_equipment = 研製首臺（套）重大技術裝備
opt-enterprise_plans-industrial_internet = 建設工業互聯網平臺
opt-enterprise_plans-cloud = 企業上雲
opt-enterprise_plans-supply_chain = 重點產業供應鏈創新與應用項目
opt-enterprise_plans-manufacturing_platform = 建設製造業「雙創」技術轉移中心或服務平臺

q-product_recognized = 您的產品是否經省級以上有關部門認定為創新產品？
    .help = 省級以上有關部門認定的創新產品，屬於首次投放市場的，實行政府首購。
    .short = 是否經省級以上部門認定為創新產品

q-first_to_market = 這個產品是首次投放市場嗎？
    .help = 政府首購只適用於首次投放市場的創新產品。
    .short = 是否首次投放市場

q-tech_field = 您的企業主要在哪個技術領域？
    .help = 政策指導碳基新材料研發、戰略性新興固廢材料利用、煤炭清潔高效開發利用等領域的企業申報省級工程技術研究中心。
    .short = 技術領域
opt-tech_field-carbon_materials = 碳基新材料研發
opt-tech_field-solid_waste_materials = 戰略性新興固廢材料利用
opt-tech_field-clean_coal = 煤炭清潔高效開發利用
opt-tech_field-other = 其他領域

q-rural_business = 您的創業項目在農村，或屬於農村新產業新業態（如農村電商）嗎？
    .help = 政策為農村創新創業人員提供空間和服務，並在金融和土地利用計劃上給予支持。
    .short = 是否為農村創業項目

q-has_ip = 您或您的企業擁有專利或商標嗎？
    .help = 政策打擊專利、商標侵權假冒行為，並完善知識產權交易服務平臺。
    .short = 是否擁有專利或商標

q-contest_level = 您的項目參加過創新創業大賽嗎？參加過的最高級別是？
    .help = 政策對優秀參賽項目加強後續跟蹤和支持；退役軍人的項目在國家級、省級大賽獲三等獎以上的有資金獎勵。
    .short = 參加大賽的最高級別
opt-contest_level-none = 沒有參加過
opt-contest_level-municipal_or_lower = 市級或以下
opt-contest_level-provincial = 省級
opt-contest_level-national = 國家級

q-provincial_prize = 您的項目在省級或國家級創新創業大賽中獲得過三等獎以上（一、二、三等獎）嗎？
    .help = 退役軍人的項目在國家級、省級創新創業大賽獲得三等獎以上的，給予資金獎勵。優秀獎等其他獎項不算。
    .short = 省級以上大賽三等獎以上

q-in_demo_base = 您的項目在「雙創」示範基地內嗎？
    .help = 政策為示範基地內的項目開闢項目審批綠色通道。
    .short = 項目是否在示範基地內

q-county = 您的項目在哪裡？
    .help = 朔州經濟開發區內建有孵化器、眾創空間等創新創業載體。
    .short = 項目所在地
opt-county-shuocheng = 朔城區
opt-county-pinglu = 平魯區
opt-county-huairen = 懷仁市
opt-county-shanyin = 山陰縣
opt-county-yingxian = 應縣
opt-county-youyu = 右玉縣
opt-county-dev_zone = 朔州經濟開發區
opt-county-elsewhere = 其他地方或尚未確定

## 措施

m-fast-business-registration = 企業開辦快速辦理
    .benefit = 企業登記、註冊、註銷全程電子化辦理；全市企業開辦時間壓縮至1個工作日。

m-integrity-enterprise-recognition = 「雙創」誠信企業認定
    .benefit = 市裡開展「雙創」誠信企業認定工作，企業可以瞭解並參與認定。
    .review = 是否認定為「雙創」誠信企業，由有關部門認定。

m-national-tax-and-insurance-relief = 國家財稅優惠和社保費率階段性降低
    .benefit = 落實國家財稅優惠和社會保險費率階段性降低等政策，確保企業應享盡享稅收優惠。
    .review = 企業能享受哪些國家優惠，由稅務等部門按國家政策確定。
    .contact = 稅收優惠的具體享受由稅務部門辦理。

m-unemployment-insurance-job-retention = 失業保險援企穩崗「護航行動」
    .benefit = 對符合條件的地區和企業主體，失業保險援企穩崗政策全覆蓋。
    .review = 企業是否「符合條件」，由人力資源和社會保障等部門確定。

m-incubator-property-land-tax-exemption = 孵化器、大學科技園、眾創空間房產稅和城鎮土地使用稅減免
    .benefit = 國家級、省級科技企業孵化器、大學科技園和國家備案眾創空間自用或提供給在孵對象使用的房產、土地，免徵房產稅和城鎮土地使用稅（原文：到2021年）。
    .contact = 稅收減免由稅務部門辦理。

m-incubator-vat-exemption = 孵化服務收入免徵增值稅
    .benefit = 上述孵化器、大學科技園和眾創空間向在孵對象提供經紀代理、經營租賃、研發和技術、信息技術、鑑證諮詢服務取得的收入，免徵增值稅（原文：到2021年）。
    .contact = 稅收減免由稅務部門辦理。

m-innovative-supplier-procurement = 創新產品和服務企業在政府採購中視同小微企業
    .benefit = 創新產品和服務企業視同小微型企業，落實省裡的採購預留份額政策，評審中提高價格扣除比例。
    .review = 企業是否屬於「創新產品和服務企業」，由財政部門按有關規定確定。

m-government-first-purchase = 創新產品政府首購
    .benefit = 省級以上有關部門認定、首次投放市場的創新產品，實行政府首購，採購人直接把採購合同授予首購產品供應商。

m-first-set-equipment = 首臺（套）重大技術裝備申報支持
    .benefit = 宣傳《首臺（套）重大技術裝備推廣應用指導目錄》等惠企政策，支持符合條件的項目申報。
    .review = 項目是否「符合條件」，由有關部門按目錄和申報要求審核。

m-ip-enforcement = 專利、商標侵權假冒打擊和維權
    .benefit = 圍繞電子商務、食品藥品、環境保護、高新技術等重點領域及展會、進出口等環節，集中打擊專利、商標侵權假冒行為，加強知識產權執法維權。
    .contact = 原文部門名單有缺損，清晰可辨的部門中，市場監管部門負責知識產權執法。

m-ip-training = 知識產權宣傳培訓
    .benefit = 開展形式多樣的知識產權宣傳培訓活動，提高識假防騙能力和保護意識。
    .contact = 原文部門名單有缺損，清晰可辨的部門中，市場監管部門負責知識產權工作。

m-ecommerce-ip-protection = 電子商務領域「互聯網+」知識產權保護
    .benefit = 依託全國知識產權系統電子商務領域專利執法維權協作機制，開展「互聯網+」知識產權保護。
    .contact = 原文部門名單有缺損，清晰可辨的部門中，市場監管部門負責知識產權執法。

m-ip-trading-platform = 科技成果轉化與知識產權交易服務平臺
    .benefit = 市裡完善科技成果轉化與知識產權交易服務平臺，逐步融入國家、省知識產權交易市場，可用於交易您的專利等成果。

m-university-staff-leave-for-startup = 高校專業技術人員離崗創業
    .benefit = 鼓勵和支持高校專業技術人員離崗創業。
    .review = 離崗創業按有關規定辦理，需所在高校和主管部門同意。

m-research-results-for-senior-title = 科研成果可作為申報高級職稱的資格條件
    .benefit = 科研項目技術負責人、主持人的科研成果取得明顯社會經濟效益的，可作為申報高級職稱的資格條件。
    .review = 成果是否「取得明顯社會經濟效益」，由職稱評審的主管部門認定。

m-enterprise-experts-teach-at-universities = 企業技術骨幹到高校從事科研教學
    .benefit = 支持和鼓勵企業技術和學術帶頭人、骨幹到高校從事科研教學工作。
    .review = 能否到高校任教，由高校和教育主管部門確定。
    .contact = 到高校從事科研教學，涉及高校和教育主管部門。

m-student-startup-mentors-and-courses = 創業導師和創新創業課程
    .benefit = 全市高校、職業院校（含技工院校）推廣創業導師制，推廣創新創業教育和實踐課程。可向您的學校瞭解。

m-startup-results-for-thesis = 用創業成果申請學位論文答辯
    .benefit = 允許大學生用創業成果申請學位論文答辯。
    .review = 創業成果能否用於學位論文答辯，由您所在學校審核。

m-graduate-social-insurance-subsidy = 高校畢業生創業社會保險補貼
    .benefit = 高校畢業生從事個體經營或創辦小微企業的，可參照就業困難人員靈活就業社會保險補貼政策，從就業補助資金中給予最長2年的社會保險補貼。
    .contact = 補貼從就業補助資金中支付，就業補助資金和社會保險補貼屬人力資源和社會保障部門的職責。

m-rural-startup-service-platforms = 農村創新創業服務平臺
    .benefit = 依託農業產業園、農業科技園、知名村鎮、實訓基地、眾創空間等建設農村創新創業服務平臺，為返鄉創業農民工和農村創新創業人員提供場地和服務。

m-migrant-return-incubation-bases = 農民工返鄉創業孵化基地和創業園區
    .benefit = 支持全市各縣（市、區）建設農民工返鄉創業孵化基地和創業園區，可向所在縣（市、區）瞭解。

m-rural-representative-project-funding = 返鄉創業示範縣、農村創業創新典型縣代表性項目資金支持
    .benefit = 對農民工返鄉創業示範縣和農村創業創新典型縣的創新創業代表性項目予以資金支持。
    .review = 項目所在縣是否為示範縣、典型縣，項目是否為「代表性項目」，由有關部門確定；原文未寫明金額。

m-rural-startup-credit = 農村創業貸款和金融服務
    .benefit = 督促引導銀行優化金融產品、加大貸款投放，加強對農村「雙創」園區（基地）和公共服務平臺的金融服務。
    .review = 貸款由銀行按其規定審核；所列部門負責督促引導銀行。

m-rural-land-use-priority = 農村新產業新業態項目用地傾斜
    .benefit = 下達土地利用計劃時，對農村新產業新業態和產業融合項目給予一定傾斜。
    .review = 項目是否屬於農村新產業新業態或產業融合項目、能否獲得傾斜，由有關部門確定。
    .contact = 土地利用計劃由規劃和自然資源部門下達。

m-veteran-startup-training = 退役軍人創業培訓
    .benefit = 依託高校、科技創新型企業和就業創業培訓機構，開展創業項目指導、開業指導、創業經營管理等方面的培訓。

m-veteran-tax-preferences = 退役軍人自主擇業稅收優惠
    .benefit = 落實退役軍人自主擇業的現有稅收優惠政策，拓寬融資渠道，加大創業載體建設，組建創業指導團隊。
    .review = 能否享受稅收優惠，由稅務部門按現行政策確定。
    .contact = 稅收優惠由稅務部門辦理。

m-veteran-park-provincial-award = 退役軍人創業園區申報省級示範園區獎勵
    .benefit = 鼓勵社會資本建立以退役軍人為主體的創業園區，積極申報省級示範園區，給予相應獎勵。
    .review = 申報和獎勵由有關部門審核；原文未寫明獎勵標準。

m-veteran-contest-award = 退役軍人創業大賽獲獎項目資金獎勵
    .benefit = 退役軍人參加國家級和省級創新創業大賽獲得三等獎以上的項目，給予資金獎勵（原文未寫明金額）。

m-returnee-tech-project-funding = 留學回國人員科技項目擇優資助
    .benefit = 對留學回國人員的科技項目擇優資助，支持留學人員創新創業。
    .review = 資助「擇優」確定，由有關部門評審。

m-foreigner-exit-entry-services = 外籍人員辦證便利
    .benefit = 為外籍人員出境提供即時受理審批便利（原文作「出境」），提供網上辦證材料查詢、業務諮詢智慧回覆和網上預約受理服務。
    .contact = 外籍人員出入境證件由公安部門辦理。

m-foreign-visa-residence = 外籍人才、訪問者和投資者簽證及居留便利
    .benefit = 為外籍高層次人才及親屬、來朔訪問者及投資者提供簽證及居留便利。
    .contact = 簽證和居留由公安部門辦理。

m-returnee-hukou-registration = 留學歸國人員落戶
    .benefit = 在朔州城鎮區域內有合法穩定住所（含租賃）的，可以按規定在居住地申請登記常住戶口。
    .contact = 戶口登記由公安部門辦理。

m-returnee-children-schooling = 留學回國人才子女入學支持
    .benefit = 對來朔創新創業的留學回國人才，在子女入學方面進一步加大支持力度（原文未寫明具體方式）。
    .contact = 子女入學由教育部門負責。

m-foreign-talent-children-schooling = 外籍高層次人才子女入學支持
    .benefit = 對來朔創新創業的外籍高層次人才，在子女入學方面進一步加大支持力度（原文未寫明具體方式）。
    .review = 是否屬於「外籍高層次人才」，由有關部門認定。
    .contact = 子女入學由教育部門負責。

m-women-startup-training-and-contests = 女性「雙創」培訓和競賽
    .benefit = 深化「創新創業巾幗行動」，組織開展形式多樣的女性「雙創」培訓和競賽。

m-hmt-youth-startup-platform = 臺港澳青年來朔創新創業平臺
    .benefit = 完善臺港澳居民在朔發展的便利措施，推介青年創新創業政策和營商環境，搭建臺港澳青年來朔創新創業平臺。

m-startup-training-for-workers = 創業培訓
    .benefit = 有創業意願和培訓需求的勞動者全部納入創業培訓範圍。
    .contact = 職業技能培訓和創業培訓由人力資源和社會保障部門組織。

m-provincial-engineering-centre-guidance = 申報省級工程技術研究中心指導
    .benefit = 指導碳基新材料研發、戰略性新興固廢材料利用、煤炭清潔高效開發利用等領域的企業申報省級工程技術研究中心。
    .review = 能否獲批省級工程技術研究中心，由省級主管部門評審。

m-specialized-sme-first-recognition-award = 首次認定「專精特新」中小企業資金獎勵
    .benefit = 對首次認定的「專精特新」中小企業進行資金獎勵（原文未寫明金額）。

m-specialized-sme-quality-programme = 「專精特新」中小企業素質提升工程
    .benefit = 實施「專精特新」中小企業素質提升工程。

m-little-giant-cultivation = 「專精特新」「小巨人」企業培育
    .benefit = 每年支持培育一批創新能力強、專業化發展明顯的「專精特新」「小巨人」企業。
    .review = 是否列入培育，由有關部門根據創新能力和專業化發展情況確定。

m-provincial-incubation-demo-application = 申報省級創業孵化示範基地、創業示範園區
    .benefit = 做好省級創業孵化示範基地、創業示範園區的申報工作，加大獎補支持力度。
    .review = 申報由有關部門審核；原文未寫明獎補標準。

m-incubator-tax-preferences = 孵化器和眾創空間稅收優惠
    .benefit = 落實科技企業孵化器和眾創空間的稅收優惠政策。
    .review = 能享受哪些稅收優惠，由稅務部門按現行政策確定。
    .contact = 稅收優惠由稅務部門辦理。

m-nonprofit-incubator-income-tax-exemption = 非營利性孵化器收入免徵企業所得稅
    .benefit = 符合非營利組織條件的科技企業孵化器，從事非營利性活動取得的收入免徵企業所得稅。
    .review = 是否「符合非營利組織條件」，由有關部門認定。
    .contact = 稅收減免由稅務部門辦理。

m-small-micro-base-application = 申報國家級、省級小微企業創業創新基地
    .benefit = 積極申報國家級、省級小微企業創業創新基地和示範基地。
    .review = 申報由有關部門審核推薦。

m-manufacturing-startup-platforms = 製造業「雙創」技術轉移中心和服務平臺建設支持
    .benefit = 支持建設一批製造業「雙創」技術轉移中心和製造業「雙創」服務平臺。
    .review = 是否列入支持，由有關部門確定。

m-supply-chain-innovation-projects = 重點產業供應鏈創新與應用項目培育
    .benefit = 培育一批重點產業供應鏈創新與應用項目。
    .review = 是否列入培育，由有關部門確定。

m-industrial-internet-platform-funding = 工業互聯網平臺建設資金支持
    .benefit = 對建設工業互聯網平臺給予資金支持（原文未寫明金額）。
    .review = 平臺是否符合支持條件、支持多少，由有關部門審核。

m-industrial-internet-tax-preferences = 工業互聯網相關稅收優惠
    .benefit = 全面落實支持工業互聯網發展的相關稅收優惠政策。
    .review = 能享受哪些稅收優惠，由稅務部門按現行政策確定。
    .contact = 稅收優惠由稅務部門辦理。

m-enterprise-cloud-incentives = 「企業上雲」激勵
    .benefit = 建立「企業上雲」聯合激勵機制，鼓勵企業加快上雲。
    .review = 激勵的具體內容和條件，由有關部門確定。

m-internet-plus-incubator-support = 「互聯網+」眾創空間和孵化器建設支持
    .benefit = 支持建設「互聯網+」眾創空間、科技企業孵化器等創新創業平臺。
    .review = 是否列入支持，由有關部門確定。

m-startup-contests = 創新創業大賽和活動
    .benefit = 市裡持續開展各類創新創業賽事活動，參加全國「雙創」活動週山西分會場活動，辦好「創響中國」朔州站活動。您可以報名參加。

m-contest-project-follow-up-support = 優秀參賽項目後續跟蹤支持
    .benefit = 對在各類創新創業大賽中湧現出的優秀項目加強後續跟蹤和支持。
    .review = 項目是否「優秀」，由有關部門判斷。

m-startup-enterprise-credit = 「雙創」企業融資和貸款支持
    .benefit = 支持有條件的銀行建立科技信貸專營事業部，加大續貸支持；督促引導銀行主動對接「雙創」企業，為符合條件的企業開展併購貸款業務。
    .review = 貸款由銀行按其規定審核；銀保監分局負責督促引導銀行。

m-rural-new-business-finance = 農村電商等新業態金融服務
    .benefit = 引導農村中小金融機構重點服務農村電商等新業態新模式的發展。
    .review = 貸款等金融服務由金融機構按其規定審核。

m-development-zone-incubation = 朔州經濟開發區孵化器、眾創空間等創新創業載體
    .benefit = 開發區建設科技企業孵化器、眾創空間、中小企業創新創業示範基地，以及中試孵化基地和科技成果產業化基地。

m-demo-base-approval-green-channel = 示範基地內項目審批綠色通道
    .benefit = 為「雙創」示範基地內的項目開闢項目審批綠色通道。
    .contact = 項目審批由行政審批部門辦理。

m-demo-base-excellence-incentive = 省評估優秀示範基地資金激勵
    .benefit = 省評估達到優秀的示範基地，按相關規定給予資金激勵（原文未寫明金額）。
