# 政策包文字（繁體中文）：朔政發〔2021〕26號
# 問題 q-<id>（.help 說明為什麼問、.short 用於理由的簡稱），選項 opt-<問題>-<值>（身分選項可有 .names：本檔案標題和說明裡對這類人的稱呼，用 | 分隔，自助機朗讀時不說出），
# 措施 m-<id>（標題；.benefit 用通俗的話說明內容；.review 部門需審核什麼；.contact 為何先找該部門，每項措施都有），
# 部門 dept-<id>（與原文名稱一致；更名的部門另有 .current 現名和 .renamed 說明）。
# 只寫原文有依據的內容：不寫金額、電話、地址、期限。
# 用語依臺灣習慣（資訊、智慧財產權、網際網路、專案、線上、大專院校……）；部門、文件、賽事和口號等專有名稱
# （如「互聯網+」、市工業和信息化局）只轉為繁體字，不改寫。

# .number：文號的繁體寫法（pack.toml 保留原發文寫法）。
pack-title = 朔州市「雙創」升級版實施意見（朔政發〔2021〕26號）
    .number = 朔政發〔2021〕26號

## 部門

dept-admin-approval = 市行政審批局
dept-natural-resources = 市規劃和自然資源局
dept-water = 市水利局
dept-industry-it = 市工業和信息化局
dept-development-reform = 市發展改革委
dept-commerce = 市商務局
dept-market-regulation = 市市場監管局
dept-pboc-shuozhou = 中國人民銀行朔州市中心支行
    .current = 中國人民銀行朔州市分行
    .renamed = 原文寫作「中國人民銀行朔州市中心支行」；在2023年啟動的人民銀行分支機構改革中，改設為朔州市分行。
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
    .current = 國家金融監督管理總局朔州監管分局
    .renamed = 原文寫作「中國銀保監會朔州監管分局」；2023年金融監管機構改革後，由國家金融監督管理總局朔州監管分局承擔其工作。
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

q-groups = 下面哪些說的是您？
    .help = 可以多選，例如既是退役軍人、又是返鄉農民工。政策對不同的人有不同的扶持。已經開了個體戶或在村裡創業的，也按您是誰來選；上面哪一類都不是，才選「以上都不是」。如果您是代表一家企業、機構來詢問的，請選「企業或機構」。
    .short = 您的身份
opt-groups-migrant_worker = 外出打工後回鄉創業的農民工
    .names = 返鄉創業農民工|農民工返鄉創業|返鄉農民工|農民工
opt-groups-veteran = 退役軍人
    .names = 退役軍人|自主擇業
opt-groups-graduate = 大專院校畢業生（專科、大學、研究所畢業）
    .names = 大專院校畢業生|高校畢業生
opt-groups-vocational_graduate = 技工院校畢業生
    .names = 技工院校畢業生|大專院校畢業生|高校畢業生
opt-groups-student = 在校學生（大學、職業院校、技工院校）
    .names = 在校學生|大學生
opt-groups-returnee = 出國留學後回國的人
    .names = 留學回國人員|留學歸國人員|留學回國人才|留學人員
opt-groups-foreign_national = 外國國籍的人
    .names = 外籍高層次人才|外籍人員
opt-groups-researcher = 科研人員、大專院校教師或企業的技術骨幹
    .names = 大專院校專業技術人員|科研人員|企業技術骨幹|技術骨幹
opt-groups-woman = 女性創業者
    .names = 女性|婦女|巾幗|婦聯
opt-groups-hmt_resident = 臺灣、香港、澳門居民
    .names = 臺灣、香港、澳門居民|臺港澳居民|港澳臺居民|臺港澳青年|臺港澳|台港澳|港澳臺|港澳台
opt-groups-enterprise = 企業或機構（含孵化器、眾創空間、創業園區）
opt-groups-other_person = 以上都不是

q-activity = 您現在在做什麼？
    .help = 大專院校畢業生開個體戶或成立小微企業的，可以按規定申請社會保險補貼。
    .short = 目前在做什麼
    .change = 如果您{ $answer }
opt-activity-planning = 還在準備，還沒開業
opt-activity-self_employed = 開個體戶（個體工商戶等）
opt-activity-small_micro_founder = 已經成立了小微企業
opt-activity-employed = 在機關或企業上班
opt-activity-other = 其他

q-researcher_role = 您在哪裡做研究？
    .help = 政策對大專院校的專業技術人員、事業單位的科研人員和企業的技術帶頭人各有不同的支持。
    .short = 做研究的單位
opt-researcher_role-university_staff = 在大專院校（專業技術人員）
opt-researcher_role-institute_staff = 在科研院所等事業單位
opt-researcher_role-enterprise_expert = 在企業，是技術或學術帶頭人、骨幹
opt-researcher_role-other = 其他

q-project_lead = 您是某個科研專案的技術負責人或主持人嗎？
    .help = 科研專案技術負責人、主持人的成果取得明顯社會經濟效益的，可以作為申報高級職稱的條件。
    .short = 是否為科研專案負責人

q-tech_project = 您有正在進行的科技研發專案嗎？
    .help = 例如研發新技術、新產品。政策對留學回國人員的科技專案擇優資助。
    .short = 是否有科技研發專案

q-urban_residence = 您在朔州的市區或鎮上有固定的住處嗎？
    .help = 自己的房子、租的房子都算，但必須是合法的住所。有的話，可以按規定申請在這裡落戶。
    .short = 是否在市區或鎮上有固定住處

q-children_schooling = 您有孩子要在朔州上學嗎？
    .help = 政策對來朔州創業的留學回國人才和外籍高層次人才的子女上學加大支持。
    .short = 是否有孩子要在朔州上學

q-enterprise_kind = 您的企業或機構是哪一類？
    .help = 可以多選。孵化器、眾創空間、「專精特新」企業和示範基地各有專門的扶持。
    .short = 企業或機構類別
opt-enterprise_kind-sme = 中小微企業
opt-enterprise_kind-specialized_sme = 已被認定的「專精特新」中小企業
opt-enterprise_kind-incubator = 孵化器、眾創空間、大學科技園或小微企業創業創新基地
opt-enterprise_kind-startup_park = 創業園區的營運方
opt-enterprise_kind-demo_base = 「雙創」示範基地
opt-enterprise_kind-other = 其他企業或機構

q-specialized_first_time = 您的企業是第一次被認定為「專精特新」中小企業嗎？
    .help = 第一次被認定的有資金獎勵。不清楚的，可以選「不清楚」，請部門幫您確認。
    .short = 是否第一次認定為「專精特新」

q-incubator_level = 您的孵化器、大學科技園是國家級或省級的，或者眾創空間是國家備案的嗎？
    .help = 原文對國家級、省級科技企業孵化器、大學科技園和國家備案眾創空間規定了稅收減免（到2021年）。
    .short = 孵化載體級別
opt-incubator_level-national_or_provincial = 是，國家級、省級或國家備案
opt-incubator_level-other = 不是

q-veteran_park = 您營運的創業園區，主要是退役軍人在裡面創業嗎？
    .help = 以退役軍人為主體的創業園區，申報省級示範園區的，給予相應獎勵。
    .short = 是否以退役軍人為主體的創業園區

q-demo_base_excellent = 您的示範基地在省裡的評估中得了「優秀」嗎？
    .help = 省評估達到優秀的示範基地，按相關規定給予資金激勵。
    .short = 省級評估是否優秀

q-enterprise_plans = 您的企業正在做或打算做下面哪些事？
    .help = 可以多選，都不做可以不選。這些事各有相應的扶持。
    .short = 企業正在做或打算做的事
opt-enterprise_plans-innovative_product = 提供創新產品或服務
opt-enterprise_plans-first_set_equipment = 研製首臺（套）重大技術裝備
opt-enterprise_plans-industrial_internet = 建設工業網際網路平臺
opt-enterprise_plans-cloud = 把企業的業務搬到「雲端」（企業上雲）
opt-enterprise_plans-supply_chain = 重點產業供應鏈創新與應用專案
opt-enterprise_plans-manufacturing_platform = 建設製造業「雙創」技術轉移中心或服務平臺

q-product_recognized = 您的產品被省級或更高一級的部門認定為「創新產品」了嗎？
    .help = 被省級以上有關部門認定、第一次推出市場的創新產品，可以由政府首先購買。不清楚的，可以選「不清楚」。
    .short = 是否被認定為創新產品

q-first_to_market = 這個產品是第一次推出市場嗎？
    .help = 政府首購只針對第一次推出市場的創新產品。
    .short = 是否第一次推出市場

q-tech_field = 您的企業在做哪一類技術研發？
    .help = 政策指導碳基新材料、固廢材料利用、煤炭清潔利用等領域的企業申報省級工程技術研究中心；其他技術領域的，由部門判斷。
    .short = 技術研發領域
opt-tech_field-carbon_materials = 碳基新材料研發
opt-tech_field-solid_waste_materials = 戰略性新興固廢材料利用
opt-tech_field-clean_coal = 煤炭清潔高效開發利用
opt-tech_field-other_technology = 其他技術領域
opt-tech_field-no_research = 沒有做技術研發

q-rural_business = 您的專案在農村嗎？
    .help = 例如在村裡開店、種植養殖、加工農產品、做農村電商。政策為農村創業提供場地、服務和金融支持。
    .short = 專案是否在農村

q-has_ip = 您或您的企業有專利或註冊商標嗎？
    .help = 政策打擊專利、商標侵權仿冒，協助維護權益。
    .short = 是否有專利或註冊商標

q-contest_level = 您的專案參加過哪一級的創新創業大賽？
    .help = 參加過幾次的，選最高的那一級。退役軍人的專案在省級、國家級大賽獲三等獎以上的，有資金獎勵。
    .short = 參加過的大賽級別
    .change = 如果您的專案參加{ $answer }的創新創業大賽
opt-contest_level-none = 沒有參加過
opt-contest_level-municipal_or_lower = 市級或以下
opt-contest_level-provincial = 省級
opt-contest_level-national = 國家級

q-provincial_prize = 您的專案在省級或國家級大賽中得過三等獎以上嗎？
    .help = 原文寫的是「獲得三等獎以上」。拿不準自己的獎項算不算的，選「不清楚」，由退役軍人事務部門確認。
    .short = 省級以上大賽三等獎以上

q-in_demo_base = 您的專案設在「雙創」示範基地裡嗎？
    .help = 「雙創」示範基地是政府確定的大眾創業萬眾創新示範基地。基地內的專案，審批走綠色通道。不清楚的，可以選「不清楚」。
    .short = 專案是否在示範基地裡

q-county = 您的專案在哪個縣（市、區）？
    .help = 用於統計各地來詢問的情況，不影響您的結果。
    .short = 專案所在地
opt-county-shuocheng = 朔城區
opt-county-pinglu = 平魯區
opt-county-huairen = 懷仁市
opt-county-shanyin = 山陰縣
opt-county-yingxian = 應縣
opt-county-youyu = 右玉縣
opt-county-dev_zone = 朔州經濟開發區
opt-county-elsewhere = 其他地方或還沒決定

## 措施

m-fast-business-registration = 企業開辦快速辦理
    .benefit = 市裡推行企業登記、註冊、註銷全程線上辦理，目標是把全市企業開辦時間壓縮到1個工作日。
    .contact = 企業開辦由行政審批部門辦理。

m-integrity-enterprise-recognition = 「雙創」誠信企業認定
    .benefit = 市裡開展「雙創」誠信企業認定工作。
    .review = 是否認定為「雙創」誠信企業，由有關部門認定。
    .contact = 全市「雙創」工作由發展改革部門統籌，認定工作可先向其諮詢。

m-credit-record-objection = 對公示的信用資訊提出異議
    .benefit = 市裡建立公示資訊異議處理工作制度：企業認為公示的信用資訊有誤的，可以提出異議。
    .contact = 企業信用資訊的公示由市場監管部門負責。

m-national-tax-and-insurance-relief = 國家財稅優惠和社保費率階段性降低
    .benefit = 落實國家財稅優惠和社會保險費率階段性降低等政策，確保企業應享盡享稅收優惠。
    .review = 企業能享受哪些國家優惠，由稅務等部門按國家政策確定。
    .contact = 稅收優惠由稅務部門辦理。

m-unemployment-insurance-job-retention = 失業保險援企穩崗「護航行動」
    .benefit = 對符合條件的地區和企業主體，失業保險援企穩崗政策全覆蓋。
    .review = 企業是否「符合條件」，由人力資源和社會保障等部門確定。
    .contact = 失業保險由人力資源和社會保障部門經辦。

m-incubator-property-land-tax-exemption = 孵化器、大學科技園、眾創空間房產稅和城鎮土地使用稅減免
    .benefit = 國家級、省級科技企業孵化器、大學科技園和國家備案眾創空間自用或提供給在孵對象使用的房產、土地，免徵房產稅和城鎮土地使用稅（原文：到2021年）。
    .contact = 稅收減免由稅務部門辦理。

m-incubator-vat-exemption = 孵化服務收入免徵增值稅
    .benefit = 上述孵化器、大學科技園和眾創空間向在孵對象提供經紀代理、經營租賃、研發和技術、資訊技術、鑑證諮詢服務取得的收入，免徵增值稅（原文：到2021年）。
    .contact = 稅收減免由稅務部門辦理。

m-innovative-supplier-procurement = 創新產品和服務企業在政府採購中視同小微企業
    .benefit = 創新產品和服務企業視同小微型企業，落實省裡的採購預留份額政策，評審中提高價格扣除比例。
    .review = 企業是否屬於「創新產品和服務企業」，由財政部門按有關規定確定。
    .contact = 政府採購政策由財政部門負責。

m-government-first-purchase = 創新產品政府首購
    .benefit = 省級以上有關部門認定、第一次推出市場的創新產品，實行政府首購：採購人購買這類產品時，把採購契約直接授予首購產品供應商。
    .review = 產品是否屬於首購範圍由有關部門認定；只有採購人需要採購這類產品時，才會有首購契約。
    .contact = 政府採購由財政部門負責。

m-first-set-equipment = 首臺（套）重大技術裝備申報支持
    .benefit = 宣導《首臺（套）重大技術裝備推廣應用指導目錄》等惠企政策，支持符合條件的專案申報。
    .review = 專案是否「符合條件」，由有關部門按目錄和申報要求審核。
    .contact = 首臺（套）重大技術裝備的推廣應用由市工業和信息化局組織。

m-ip-enforcement = 打擊專利、商標侵權仿冒和維護權益
    .benefit = 圍繞電子商務、食品藥品、環境保護、高新技術等重點領域及展會、進出口等環節，集中打擊專利、商標侵權仿冒行為，加強智慧財產權執法和權益維護。
    .contact = 智慧財產權執法由市場監管部門負責。

m-ip-training = 智慧財產權宣導培訓
    .benefit = 開展形式多樣的智慧財產權宣導培訓活動，提高識假防騙能力和保護意識。
    .contact = 智慧財產權工作由市場監管部門負責。

m-ecommerce-ip-protection = 電子商務領域「互聯網+」智慧財產權保護
    .benefit = 依託全國智慧財產權系統電子商務領域專利執法維權協作機制，開展「互聯網+」智慧財產權保護。
    .contact = 智慧財產權執法由市場監管部門負責。

m-ip-trading-platform = 科技成果轉化與智慧財產權交易服務平臺
    .benefit = 市裡完善科技成果轉化與智慧財產權交易服務平臺，逐步融入國家、省智慧財產權交易市場。
    .contact = 智慧財產權工作由市場監管部門負責；原文未寫明平臺由哪個部門營運，可先向其諮詢。

m-university-staff-leave-for-startup = 大專院校專業技術人員離崗創業
    .benefit = 鼓勵和支持大專院校專業技術人員離崗創業。
    .review = 能否離崗創業、怎樣辦理，由有關部門按規定確定。
    .contact = 離崗創業涉及人事管理，由人力資源和社會保障部門按規定辦理。

m-researcher-mobility = 科研人員在事業單位和企業之間流動
    .benefit = 市裡促進科研人員在事業單位和企業之間合理流動；原文未寫明具體辦法。
    .contact = 事業單位人員流動由人力資源和社會保障部門管理。

m-research-results-for-senior-title = 科研成果可作為申報高級職稱的條件
    .benefit = 科研專案技術負責人、主持人的科研成果取得明顯社會經濟效益的，可作為申報高級職稱的資格條件。
    .review = 成果是否「取得明顯社會經濟效益」，由職稱評審的主管部門認定。
    .contact = 職稱評審由人力資源和社會保障部門主管。

m-enterprise-experts-teach-at-universities = 企業技術骨幹到大專院校從事科研教學
    .benefit = 支持和鼓勵企業技術和學術帶頭人、骨幹到大專院校從事科研教學工作。
    .review = 能否到大專院校任教，由大專院校和教育主管部門確定。
    .contact = 到大專院校從事科研教學，由教育部門主管。

m-student-startup-mentors-and-courses = 創業導師和創新創業課程
    .benefit = 全市大專院校、職業院校（含技工院校）推廣創業導師制，推廣創新創業教育和實踐課程。可以向您的學校瞭解。
    .contact = 學校的課程由教育部門主管。

m-startup-results-for-thesis = 用創業成果申請學位論文口試
    .benefit = 允許大學生用創業成果申請學位論文口試（答辯）。
    .review = 創業成果能否用於學位論文口試，由您的學校審核。
    .contact = 學位論文口試由學校組織，教育部門主管。

m-graduate-social-insurance-subsidy = 大專院校畢業生創業社會保險補貼
    .benefit = 大專院校畢業生開個體戶或創辦小微企業的，可以參照就業困難人員靈活就業社會保險補貼政策，從就業補助資金中給予最長2年的社會保險補貼。
    .review = 這項補貼參照另一項政策執行：畢業幾年內可以申請、技工院校畢業生算不算，由人力資源和社會保障部門按該政策確定。
    .contact = 補貼從就業補助資金中支付，由人力資源和社會保障部門辦理。

m-rural-startup-service-platforms = 農村創新創業服務平臺
    .benefit = 依託農業產業園、農業科技園、知名村鎮、實訓基地、眾創空間等建設農村創新創業服務平臺，為返鄉創業農民工和農村創新創業人員提供場地和服務。
    .contact = 本條由農業農村部門牽頭。

m-migrant-return-incubation-bases = 農民工返鄉創業孵化基地和創業園區
    .benefit = 市裡支持各縣（市、區）建設農民工返鄉創業孵化基地和創業園區。您所在的縣（市、區）是否已經建成，可以諮詢。
    .contact = 返鄉創業屬就業創業工作，可先向人力資源和社會保障部門瞭解所在縣（市、區）的情況。

m-rural-representative-project-funding = 返鄉創業示範縣、農村創業創新典型縣代表性專案資金支持
    .benefit = 對農民工返鄉創業示範縣和農村創業創新典型縣的創新創業代表性專案予以資金支持。
    .review = 專案所在縣是否為示範縣、典型縣，專案是否為「代表性專案」，由有關部門確定；原文未寫明金額。
    .contact = 本條由農業農村部門牽頭。

m-rural-startup-credit = 農村創業貸款和金融服務
    .benefit = 督促引導銀行優化金融產品、加大貸款投放，加強對農村「雙創」園區（基地）和公共服務平臺的金融服務。
    .review = 貸款由銀行按其規定審核；所列部門負責督促引導銀行。
    .contact = 本條由農業農村部門牽頭；貸款本身向銀行申請。

m-rural-land-use-priority = 農村新產業新業態專案用地傾斜
    .benefit = 下達土地利用計畫時，對農村新產業新業態和產業融合專案給予一定傾斜。
    .review = 專案是否屬於農村新產業新業態或產業融合專案、能否獲得傾斜，由有關部門確定。
    .contact = 土地利用計畫由規劃和自然資源部門下達。

m-veteran-startup-training = 退役軍人創業培訓
    .benefit = 依託大專院校、科技創新型企業和就業創業培訓機構，開展創業專案指導、開業指導、創業經營管理等方面的培訓。
    .contact = 退役軍人培訓由退役軍人事務部門組織。

m-veteran-tax-preferences = 退役軍人自主擇業稅收優惠
    .benefit = 落實退役軍人自主擇業的現有稅收優惠政策，拓寬融資管道，加大創業載體建設，組建創業指導團隊。
    .review = 能否享受稅收優惠，由稅務部門按現行政策確定。
    .contact = 稅收優惠由稅務部門辦理。

m-veteran-park-provincial-award = 退役軍人創業園區申報省級示範園區獎勵
    .benefit = 鼓勵社會資本建立以退役軍人為主體的創業園區，積極申報省級示範園區，給予相應獎勵。
    .review = 申報和獎勵由有關部門審核；原文未寫明獎勵標準。
    .contact = 本條由退役軍人事務部門牽頭。

m-veteran-contest-award = 退役軍人創業大賽獲獎專案資金獎勵
    .benefit = 退役軍人參加國家級和省級創新創業大賽獲得三等獎以上的專案，給予資金獎勵（原文未寫明金額）。
    .contact = 本條由退役軍人事務部門牽頭。

m-returnee-tech-project-funding = 留學回國人員科技專案擇優資助
    .benefit = 對留學回國人員的科技專案擇優資助，支持留學人員創新創業。
    .review = 資助「擇優」確定，由有關部門評審。
    .contact = 留學人員科技專案資助由人力資源和社會保障部門組織。

m-foreigner-exit-entry-services = 外籍人員辦證便利
    .benefit = 為外籍人員出境提供即時受理審批便利（原文作「出境」），提供線上辦證材料查詢、業務諮詢智慧回覆和線上預約受理服務。
    .contact = 外籍人員出入境證件由公安部門辦理。

m-foreign-visa-residence = 外籍高層次人才、訪問者和投資者簽證及居留便利
    .benefit = 為外籍高層次人才及其親屬、來朔州訪問的人和投資者提供簽證及居留便利。
    .review = 只有這幾類外籍人員享受：是否屬於「高層次人才」由有關部門認定，訪問、投資的情況由公安部門核實。
    .contact = 簽證和居留由公安部門辦理。

m-returnee-hukou-registration = 留學歸國人員落戶
    .benefit = 在朔州城鎮區域內有合法穩定住所（含租賃）的，可以按規定在居住地申請登記常住戶口。
    .review = 住所是否符合要求、怎樣辦理落戶，由公安部門按規定審核。
    .contact = 戶口登記由公安部門辦理。

m-returnee-children-schooling = 留學回國人才子女入學支持
    .benefit = 對來朔州創新創業的留學回國人才，在子女入學方面進一步加大支持力度（原文未寫明具體方式）。
    .review = 原文只寫「加大支持力度」，沒有寫明具體的入學安排，由教育部門確定。
    .contact = 子女入學由教育部門負責。

m-foreign-talent-children-schooling = 外籍高層次人才子女入學支持
    .benefit = 對來朔州創新創業的外籍高層次人才，在子女入學方面進一步加大支持力度（原文未寫明具體方式）。
    .review = 是否屬於「外籍高層次人才」由有關部門認定；具體的入學安排由教育部門確定。
    .contact = 子女入學由教育部門負責。

m-women-startup-training-and-contests = 女性「雙創」培訓和競賽
    .benefit = 深化「創新創業巾幗行動」，組織開展形式多樣的女性「雙創」培訓和競賽。
    .contact = 本條由婦聯牽頭。

m-hmt-residents-facilitation = 臺港澳居民在朔州發展的便利措施
    .benefit = 市裡制定完善臺灣、香港、澳門居民在朔州發展的便利性政策措施。
    .contact = 臺港澳居民的有關事務可先向市委統戰部諮詢，臺灣居民也可向市委臺辦諮詢。

m-hmt-youth-startup-platform = 臺港澳青年來朔創新創業平臺
    .benefit = 向臺港澳青年推介朔州鼓勵青年創新創業的政策和經商環境，搭建臺港澳青年來朔州創新創業的平臺。
    .review = 原文沒有寫明多大年齡算「青年」，由有關部門確定。
    .contact = 臺港澳居民的有關事務可先向市委統戰部諮詢，臺灣居民也可向市委臺辦諮詢。

m-startup-training-for-workers = 創業培訓
    .benefit = 有創業意願和培訓需求的勞動者，全部納入創業培訓範圍。您想參加培訓的，可以報名。
    .contact = 創業培訓由人力資源和社會保障部門組織。

m-provincial-engineering-centre-guidance = 申報省級工程技術研究中心指導
    .benefit = 指導碳基新材料研發、戰略性新興固廢材料利用、煤炭清潔高效開發利用等領域的企業申報省級工程技術研究中心。
    .review = 其他技術領域的企業能否得到指導由部門判斷；能否獲批省級工程技術研究中心，由省級主管部門評審。
    .contact = 工程技術研究中心的申報由科技部門指導。

m-specialized-sme-first-recognition-award = 首次認定「專精特新」中小企業資金獎勵
    .benefit = 對第一次被認定的「專精特新」中小企業進行資金獎勵（原文未寫明金額）。
    .contact = 本條所列部門中，市小微企業發展服務中心負責中小企業服務。

m-specialized-sme-quality-programme = 「專精特新」中小企業素質提升工程
    .benefit = 實施「專精特新」中小企業素質提升工程。
    .contact = 本條所列部門中，市小微企業發展服務中心負責中小企業服務。

m-little-giant-cultivation = 「專精特新」「小巨人」企業培育
    .benefit = 每年支持培育一批創新能力強、專業化發展明顯的「專精特新」「小巨人」企業。
    .review = 是否列入培育，由有關部門根據創新能力和專業化發展情況確定。
    .contact = 本條所列部門中，市小微企業發展服務中心負責中小企業服務。

m-provincial-incubation-demo-application = 申報省級創業孵化示範基地、創業示範園區
    .benefit = 做好省級創業孵化示範基地、創業示範園區的申報工作，加大獎補支持力度。
    .review = 申報由有關部門審核；原文未寫明獎補標準。
    .contact = 創業孵化示範基地、創業示範園區的申報由人力資源和社會保障部門組織。

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
    .contact = 小微企業創業創新基地的申報由市工業和信息化局組織。

m-manufacturing-startup-platforms = 製造業「雙創」技術轉移中心和服務平臺建設支持
    .benefit = 支持建設一批製造業「雙創」技術轉移中心和製造業「雙創」服務平臺。
    .review = 是否列入支持，由有關部門確定。
    .contact = 本條由市工業和信息化局牽頭。

m-supply-chain-innovation-projects = 重點產業供應鏈創新與應用專案培育
    .benefit = 培育一批重點產業供應鏈創新與應用專案。
    .review = 是否列入培育，由有關部門確定。
    .contact = 供應鏈創新與應用由商務部門負責。

m-industrial-internet-platform-funding = 工業網際網路平臺建設資金支持
    .benefit = 對建設工業網際網路平臺給予資金支持（原文未寫明金額）。
    .review = 平臺是否符合支持條件、支持多少，由有關部門審核。
    .contact = 本條由市工業和信息化局牽頭。

m-industrial-internet-tax-preferences = 工業網際網路相關稅收優惠
    .benefit = 全面落實支持工業網際網路發展的相關稅收優惠政策。
    .review = 能享受哪些稅收優惠，由稅務部門按現行政策確定。
    .contact = 稅收優惠由稅務部門辦理。

m-enterprise-cloud-incentives = 「企業上雲」激勵
    .benefit = 建立「企業上雲」聯合激勵機制，鼓勵企業加快把業務搬到雲端。
    .review = 激勵的具體內容和條件，由有關部門確定。
    .contact = 本條由市工業和信息化局牽頭。

m-internet-plus-incubator-support = 「互聯網+」眾創空間和孵化器建設支持
    .benefit = 支持建設「互聯網+」眾創空間、科技企業孵化器等創新創業平臺。
    .review = 是否列入支持，由有關部門確定。
    .contact = 科技企業孵化器和眾創空間由科技部門主管。

m-startup-contests = 創新創業大賽和活動
    .benefit = 市裡持續開展各類創新創業賽事活動，參加全國「雙創」活動週山西分會場活動，辦好「創響中國」朔州站活動。
    .contact = 全市「雙創」活動由發展改革部門統籌。

m-contest-students = 大學生創新創業大賽
    .benefit = 朔州「互聯網+」大學生創新創業大賽。參賽條件以當年的賽事規則為準。
    .contact = 大學生創新創業大賽由教育部門組織。

m-contest-open = 中國創新創業大賽、「中國創翼」創業創新大賽
    .benefit = 中國創新創業大賽（山西賽區）、「中國創翼」山西省創業創新大賽。參賽條件以當年的賽事規則為準。
    .contact = 全市「雙創」活動由發展改革部門統籌，可先向其瞭解各項賽事。

m-contest-smes = 「創客中國」中小企業創新創業大賽
    .benefit = 「創客中國」山西省中小企業創新創業大賽。參賽條件以當年的賽事規則為準。
    .contact = 本條所列部門中，市小微企業發展服務中心負責中小企業服務。

m-contest-rural = 農村創業創新大賽
    .benefit = 全國農村創業創新項目創意大賽山西賽區選拔賽、「三晉新農人大賽」。參賽條件以當年的賽事規則為準。
    .contact = 農村創業創新由農業農村部門負責。

m-contest-youth = 「創青春」青年創新創業大賽
    .benefit = 「創青春」山西青年創新創業大賽。
    .review = 原文沒有寫明多大年齡算「青年」；能否參賽，以賽事規則為準。
    .contact = 「創青春」是共青團的賽事，可向團市委瞭解。

m-contest-project-follow-up-support = 優秀參賽專案後續追蹤支持
    .benefit = 對在各類創新創業大賽中湧現出的優秀專案加強後續追蹤和支持。
    .review = 專案是否「優秀」，由有關部門判斷。
    .contact = 全市「雙創」活動由發展改革部門統籌。

m-startup-enterprise-credit = 「雙創」企業融資和貸款支持
    .benefit = 支持有條件的銀行建立科技信貸專營事業部，加大續貸支持；督促引導銀行主動對接「雙創」企業，為符合條件的企業開展併購貸款業務。
    .review = 貸款由銀行按其規定審核；金融監管部門負責督促引導銀行。
    .contact = 本條只列了銀行業監管部門；貸款本身向銀行申請。

m-rural-new-business-finance = 農村電商等新業態金融服務
    .benefit = 引導農村中小金融機構重點服務農村電商等新業態新模式的發展。
    .review = 貸款等金融服務由金融機構按其規定審核。
    .contact = 本條只列了銀行業監管部門；貸款本身向農村中小金融機構申請。

m-development-zone-incubation = 朔州經濟開發區的孵化器、眾創空間等創新創業載體
    .benefit = 市裡推動開發區建設科技企業孵化器、眾創空間、中小企業創新創業示範基地，以及中試孵化基地和科技成果產業化基地。您可以留意，進駐條件向開發區諮詢。
    .contact = 開發區內的載體由朔州經濟開發區管委會負責。

m-demo-base-approval-green-channel = 示範基地內專案審批綠色通道
    .benefit = 為「雙創」示範基地內的專案開闢專案審批綠色通道。
    .contact = 專案審批由行政審批部門辦理。

m-demo-base-excellence-incentive = 省評估優秀示範基地資金激勵
    .benefit = 省評估達到優秀的示範基地，按相關規定給予資金激勵（原文未寫明金額）。
    .review = 「真抓實幹、省評估達到優秀」和激勵標準，按相關規定由有關部門確定。
    .contact = 全市「雙創」示範基地工作由發展改革部門牽頭。
