# Policy pack text (English): Shuozhou Gov. Doc. [2021] No. 26 (朔政发〔2021〕26号)
# Questions q-<id> (.help says why we ask; .short is the short name used in reasons), options opt-<question>-<value>,
# measures m-<id> (title; .benefit explains the content in plain words; .review says what the department must check; .contact says why to go to that department first),
# departments dept-<id> (matching the names in the source). Write only what the source supports: no amounts, phone numbers, addresses or deadlines.

pack-title = Shuozhou “Mass Entrepreneurship and Innovation” (双创) upgrade measures (Shuozhou Gov. Doc. [2021] No. 26)

## Departments

dept-admin-approval = Shuozhou Municipal Administrative Approval Bureau
dept-natural-resources = Shuozhou Municipal Planning and Natural Resources Bureau
dept-water = Shuozhou Municipal Water Resources Bureau
dept-industry-it = Shuozhou Municipal Bureau of Industry and Information Technology
dept-development-reform = Shuozhou Municipal Development and Reform Commission
dept-commerce = Shuozhou Municipal Bureau of Commerce
dept-market-regulation = Shuozhou Municipal Administration for Market Regulation
dept-pboc-shuozhou = People's Bank of China, Shuozhou Central Sub-branch
dept-education = Shuozhou Municipal Education Bureau
dept-health = Shuozhou Municipal Health Commission
dept-agriculture = Shuozhou Municipal Bureau of Agriculture and Rural Affairs
dept-hr-social-security = Shuozhou Municipal Human Resources and Social Security Bureau
dept-finance = Shuozhou Municipal Finance Bureau
dept-tax = Shuozhou Municipal Tax Service
dept-science-tech = Shuozhou Municipal Science and Technology Bureau
dept-energy = Shuozhou Municipal Energy Bureau
dept-sasac = Shuozhou Municipal State-owned Assets Supervision and Administration Commission
dept-civil-military = Shuozhou Municipal Civil-Military Integration Office
dept-small-micro-center = Shuozhou Municipal Small and Micro Business Development Service Center
dept-cbirc-shuozhou = CBIRC Shuozhou Branch (China Banking and Insurance Regulatory Commission)
dept-youth-league = Shuozhou Municipal Committee of the Communist Youth League
dept-veterans-affairs = Shuozhou Municipal Veterans Affairs Bureau
dept-public-security = Shuozhou Municipal Public Security Bureau
dept-women-federation = Shuozhou Municipal Women's Federation
dept-united-front = United Front Work Department of the CPC Shuozhou Municipal Committee
dept-taiwan-affairs = Taiwan Affairs Office of the CPC Shuozhou Municipal Committee
dept-foreign-affairs = Shuozhou Municipal Foreign Affairs Office
dept-association-science = Shuozhou Association for Science and Technology
dept-dev-zone = Administrative Committee of the Shuozhou Economic Development Zone
dept-provincial-demo-bases = Provincial Mass Entrepreneurship and Innovation Demonstration Bases
dept-county-governments = People's Governments of the Counties, County-level Cities and Districts
dept-statistics = Shuozhou Municipal Statistics Bureau
dept-financial-office = Shuozhou Municipal Financial Affairs Office

## Questions

q-groups = Which of these describe you?
    .help = You can choose more than one. The policy gives different support to different groups of people. If you already run or represent a company or organization (including an incubator, maker space or startup park), please also choose “Company or organization”.
    .short = Who you are
opt-groups-migrant_worker = Migrant worker returning home to start up
opt-groups-veteran = Military veteran
opt-groups-graduate = University or college graduate
opt-groups-student = College student (incl. vocational/technical)
opt-groups-returnee = Returnee who studied abroad
opt-groups-foreign_national = Foreign national
opt-groups-researcher = Researcher, university or company tech expert
opt-groups-woman = Woman entrepreneur
opt-groups-hmt_youth = Young person from Taiwan, Hong Kong or Macao
opt-groups-other_person = None of these; I want to start a business
opt-groups-enterprise = Company or organization (incl. incubators)

q-activity = What is your situation now?
    .help = University graduates who are self-employed or have started a small or micro business can get a social insurance subsidy.
    .short = Current situation
opt-activity-planning = Still preparing, not started yet
opt-activity-self_employed = Self-employed (e.g. individual business)
opt-activity-small_micro_founder = Have started a small or micro business
opt-activity-employed = Employed by an organization or company
opt-activity-other = Other

q-researcher_role = What kind of researcher are you?
    .help = The policy gives different support to university professional and technical staff and to companies' technical and academic leaders.
    .short = Type of researcher
opt-researcher_role-university_staff = University professional or technical staff
opt-researcher_role-institute_staff = Researcher at an institute or public body
opt-researcher_role-enterprise_expert = Company technical or academic leader/expert
opt-researcher_role-other = Other

q-project_lead = Are you the technical lead or the leader of a research project?
    .help = If the research results of a project's technical lead or leader bring clear social and economic benefits, they can count as a qualification for applying for a senior professional title.
    .short = Technical lead or leader of a research project

q-tech_project = Do you have a science and technology project?
    .help = The policy funds the best science and technology projects of people who returned from study abroad, chosen on merit.
    .short = Has a science and technology project

q-urban_residence = Do you have a legal, stable home (rented counts) in an urban area of Shuozhou?
    .help = Returnees from study abroad who have a legal, stable home (rented counts) can apply, under the rules, to register permanent household residence (hukou) where they live.
    .short = Legal, stable home in an urban area

q-children_schooling = Do you have children who need a school place in Shuozhou?
    .help = The policy gives more support with school places for the children of returnees from study abroad and of high-level foreign talent who come to Shuozhou to innovate and start businesses.
    .short = Children who need a school place

q-enterprise_kind = What kind of company or organization is it?
    .help = You can choose more than one. Incubators, maker spaces, “specialized, refined, distinctive and innovative” (专精特新) companies and demonstration bases each have their own support.
    .short = Type of company or organization
opt-enterprise_kind-sme = Small, medium or micro company
opt-enterprise_kind-specialized_sme = Recognized 专精特新 (specialized, innovative) SME
opt-enterprise_kind-incubator = Incubator, maker space, science park, SME base
opt-enterprise_kind-startup_park = Operator of a startup park
opt-enterprise_kind-demo_base = 双创 (entrepreneurship) demonstration base
opt-enterprise_kind-other = Other company or organization

q-specialized_first_time = Is this the first time your company has been recognized as a “specialized, refined, distinctive and innovative” (专精特新) SME?
    .help = SMEs recognized as 专精特新 for the first time get a financial reward.
    .short = First-time 专精特新 recognition

q-incubator_level = Is your incubator or university science park national or provincial level, or is your maker space registered at national level?
    .help = The source gives tax relief to national and provincial level tech business incubators, university science parks and nationally registered maker spaces (source wording: “until 2021” (到2021年)).
    .short = Level of incubator
opt-incubator_level-national_or_provincial = Yes: national, provincial or registered
opt-incubator_level-other = No

q-veteran_park = Is the startup park you run mainly for military veterans?
    .help = The policy encourages private investors to set up startup parks mainly for veterans and to apply to become provincial demonstration parks, with matching rewards.
    .short = Startup park mainly for veterans

q-demo_base_excellent = Did your demonstration base get an “excellent” (优秀) rating in the provincial assessment?
    .help = Demonstration bases rated excellent in the provincial assessment get financial incentives under the relevant rules.
    .short = Rated excellent in provincial assessment

q-enterprise_plans = Which of these is your company doing or planning to do?
    .help = You can choose more than one, or none if none fits. Each of these has its own support policy.
    .short = What the company is doing or planning
opt-enterprise_plans-innovative_product = Offering innovative products or services
opt-enterprise_plans-first_set_equipment = Developing first-unit major equipment
opt-enterprise_plans-industrial_internet = Building an industrial internet platform
opt-enterprise_plans-cloud = Moving the company to the cloud
opt-enterprise_plans-supply_chain = Key-industry supply chain innovation project
opt-enterprise_plans-manufacturing_platform = Manufacturing 双创 tech transfer hub/platform

q-product_recognized = Has an authority at provincial level or above recognized your product as an innovative product?
    .help = Innovative products recognized by the relevant authorities at provincial level or above, and put on the market for the first time, qualify for government first purchase.
    .short = Recognized as innovative at provincial level or above

q-first_to_market = Is this product being put on the market for the first time?
    .help = Government first purchase only applies to innovative products put on the market for the first time.
    .short = First time on the market

q-tech_field = What is your company's main technical field?
    .help = The policy guides companies in fields such as carbon-based new materials R&D, use of strategic emerging solid-waste materials, and clean, efficient coal development and use in applying to become provincial engineering technology research centers.
    .short = Technical field
opt-tech_field-carbon_materials = Carbon-based new materials R&D
opt-tech_field-solid_waste_materials = Strategic emerging solid-waste materials use
opt-tech_field-clean_coal = Clean, efficient coal development and use
opt-tech_field-other = Other field

q-rural_business = Is your business project in the countryside, or part of a new rural industry or business model (such as rural e-commerce)?
    .help = The policy provides space and services for people who innovate and start businesses in rural areas, and supports them with finance and in land use plans.
    .short = Rural business project

q-has_ip = Do you or your company own a patent or trademark?
    .help = The policy cracks down on patent and trademark infringement and counterfeiting, and improves the intellectual property trading service platform.
    .short = Owns a patent or trademark

q-contest_level = Has your project taken part in an innovation and entrepreneurship contest? If so, what was the highest level?
    .help = The policy gives stronger follow-up tracking and support to outstanding contest projects. Veterans' projects that win third prize or higher in a national or provincial contest get a financial reward.
    .short = Highest contest level
opt-contest_level-none = Never took part
opt-contest_level-municipal_or_lower = City level or lower
opt-contest_level-provincial = Provincial level
opt-contest_level-national = National level

q-provincial_prize = Has your project won a third prize or better (first, second or third) at a provincial or national innovation and entrepreneurship contest?
    .help = Veterans' projects that win a third prize or better (三等奖以上) at national or provincial contests get a financial reward. Other awards, such as merit awards, do not count.
    .short = Third prize or better at provincial or national level

q-in_demo_base = Is your project inside a mass entrepreneurship and innovation (双创) demonstration base?
    .help = The policy opens a fast track (“green channel”) for approving projects inside demonstration bases.
    .short = Project inside a demonstration base

q-county = Where is your project?
    .help = The Shuozhou Economic Development Zone has incubators, maker spaces and other places that host innovation and startups.
    .short = Project location
opt-county-shuocheng = Shuocheng District
opt-county-pinglu = Pinglu District
opt-county-huairen = Huairen City
opt-county-shanyin = Shanyin County
opt-county-yingxian = Ying County
opt-county-youyu = Youyu County
opt-county-dev_zone = Shuozhou Economic Development Zone
opt-county-elsewhere = Elsewhere or not decided yet

## Measures

m-fast-business-registration = Fast company setup
    .benefit = Registering, filing and closing a company can all be done electronically from start to finish. The time to set up a company anywhere in the city has been cut to 1 working day.

m-integrity-enterprise-recognition = Recognition as a mass entrepreneurship and innovation (双创) integrity company
    .benefit = The city recognizes “双创 integrity companies” (双创诚信企业). Companies can find out about it and take part.
    .review = Whether a company is recognized as a 双创 integrity company is decided by the relevant authorities.

m-national-tax-and-insurance-relief = National tax breaks and temporary cuts in social insurance rates
    .benefit = National fiscal and tax preferences and temporary cuts in social insurance contribution rates are put into practice, so that companies get every tax break they are entitled to.
    .review = Which national preferences a company can get is decided by the tax authorities and other departments under national policy.
    .contact = Tax preferences are handled by the tax authorities.

m-unemployment-insurance-job-retention = Unemployment insurance help for companies to keep jobs (“Escort Action”, 护航行动)
    .benefit = All areas and companies that meet the conditions (符合条件) are covered by the unemployment insurance policy that helps companies keep their staff.
    .review = Whether a company meets the conditions (符合条件) is decided by the human resources and social security authorities and other departments.

m-incubator-property-land-tax-exemption = Property tax and urban land use tax exemption for incubators, university science parks and maker spaces
    .benefit = National and provincial level tech business incubators, university science parks and nationally registered maker spaces pay no property tax and no urban land use tax on the buildings and land they use themselves or provide to the businesses they incubate (source wording: “until 2021” (到2021年)).
    .contact = Tax exemptions are handled by the tax authorities.

m-incubator-vat-exemption = No VAT on income from incubation services
    .benefit = The incubators, university science parks and maker spaces above pay no VAT on income from services they provide to the businesses they incubate: brokerage and agency, operating leases, R&D and technology, information technology, and assurance and consulting services (source wording: “until 2021” (到2021年)).
    .contact = Tax exemptions are handled by the tax authorities.

m-innovative-supplier-procurement = Companies with innovative products and services count as small and micro businesses in government procurement
    .benefit = Companies with innovative products and services are treated as small and micro businesses. The province's policy of reserving a share of purchases for them applies, and a larger price deduction is given when bids are evaluated.
    .review = Whether a company counts as an “innovative product and service company” (创新产品和服务企业) is decided by the finance authorities under the relevant rules.

m-government-first-purchase = Government first purchase of innovative products
    .benefit = Innovative products that the relevant authorities at provincial level or above have recognized, and that are put on the market for the first time, are bought first by the government: the buyer awards the purchase contract directly to the supplier of the product.

m-first-set-equipment = Support for applying as first-unit (set) major technical equipment (首台（套）)
    .benefit = The city publicizes business-friendly policies such as the “Guiding Catalog for the Promotion and Application of First-unit (Set) Major Technical Equipment” (《首台（套）重大技术装备推广应用指导目录》), and supports projects that meet the conditions (符合条件) in applying.
    .review = Whether a project meets the conditions (符合条件) is checked by the relevant authorities against the catalog and the application requirements.

m-ip-enforcement = Action against patent and trademark infringement and counterfeiting, and protection of rights
    .benefit = The authorities focus on key fields such as e-commerce, food and drugs, environmental protection and high technology, and on trade fairs and imports and exports. They crack down on patent and trademark infringement and counterfeiting, and step up intellectual property enforcement and rights protection.
    .contact = The source's list of departments is damaged. Of the departments that can be read clearly, the market regulation authority is in charge of intellectual property enforcement.

m-ip-training = Intellectual property awareness and training
    .benefit = Many kinds of intellectual property awareness and training activities are held, to help people spot fakes, avoid scams and protect their rights.
    .contact = The source's list of departments is damaged. Of the departments that can be read clearly, the market regulation authority is in charge of intellectual property work.

m-ecommerce-ip-protection = “Internet Plus” (互联网+) intellectual property protection in e-commerce
    .benefit = Building on the national intellectual property system's joint mechanism for patent enforcement and rights protection in e-commerce, “Internet Plus” (互联网+) intellectual property protection is carried out.
    .contact = The source's list of departments is damaged. Of the departments that can be read clearly, the market regulation authority is in charge of intellectual property enforcement.

m-ip-trading-platform = Platform for turning research results into products and trading intellectual property
    .benefit = The city is improving its platform for turning research results into products and trading intellectual property, and is gradually linking it to the national and provincial intellectual property trading markets. You can use it to trade your patents and other results.

m-university-staff-leave-for-startup = University professional and technical staff leaving their posts to start a business
    .benefit = University professional and technical staff are encouraged and supported to leave their posts (离岗) to start a business.
    .review = Leaving a post to start a business is handled under the relevant rules and needs the consent of your university and its supervising authority.

m-research-results-for-senior-title = Research results can count toward a senior professional title
    .benefit = If the research results of a project's technical lead or leader bring clear social and economic benefits, they can count as a qualification for applying for a senior professional title.
    .review = Whether the results bring clear social and economic benefits (取得明显社会经济效益) is decided by the authority in charge of title evaluation.

m-enterprise-experts-teach-at-universities = Company technical experts doing research and teaching at universities
    .benefit = Companies' technical and academic leaders and key technical staff are supported and encouraged to do research and teaching at universities.
    .review = Whether you can teach at a university is decided by the university and the education authority.
    .contact = Research and teaching at a university involve the university and the education authority.

m-student-startup-mentors-and-courses = Startup mentors and innovation and entrepreneurship courses
    .benefit = Universities and vocational schools (including technical schools) across the city are spreading a startup mentor system, and innovation and entrepreneurship teaching and hands-on courses. Ask your school about them.

m-startup-results-for-thesis = Using startup results for a thesis defense
    .benefit = University students may use the results of their startup to apply for a degree thesis defense.
    .review = Whether startup results can be used for a thesis defense is checked by your school.

m-graduate-social-insurance-subsidy = Social insurance subsidy for graduates who start a business
    .benefit = University graduates who are self-employed or start a small or micro business can get a social insurance subsidy for up to 2 years, paid from employment subsidy funds. It follows the social insurance subsidy policy for people with difficulty finding work who are in flexible employment.
    .contact = The subsidy is paid from employment subsidy funds. Employment subsidy funds and social insurance subsidies are the job of the human resources and social security authorities.

m-rural-startup-service-platforms = Rural innovation and entrepreneurship service platforms
    .benefit = Rural innovation and entrepreneurship service platforms are being built at agricultural industrial parks, agricultural science and technology parks, well-known villages and towns, training bases, maker spaces and similar places. They give space and services to migrant workers who return home to start businesses and to other people who innovate and start businesses in rural areas.

m-migrant-return-incubation-bases = Incubation bases and startup parks for migrant workers returning home
    .benefit = Every county, county-level city and district in Shuozhou is supported in building incubation bases and startup parks for migrant workers who return home to start businesses. Ask your county, city or district about them.

m-rural-representative-project-funding = Funding for representative projects in model counties for returning-home startups and typical counties for rural entrepreneurship
    .benefit = Representative innovation and entrepreneurship projects get financial support in model counties for migrant workers returning home to start businesses, and in typical counties for rural entrepreneurship and innovation.
    .review = Whether the project's county is a model or typical county, and whether the project is a “representative project” (代表性项目), is decided by the relevant authorities. The source does not state the amount.

m-rural-startup-credit = Rural startup loans and financial services
    .benefit = Banks are urged and guided to improve their financial products and lend more, and to give better financial services to rural mass entrepreneurship and innovation (双创) parks (bases) and public service platforms.
    .review = Loans are assessed by the banks under their own rules. The listed departments are in charge of urging and guiding the banks.

m-rural-land-use-priority = Priority in land use for new rural industries and business models
    .benefit = When land use plans are issued, some priority is given to projects in new rural industries and business models and to projects that combine industries.
    .review = Whether a project counts as a new rural industry or business model or an industry-combining project, and whether it gets priority, is decided by the relevant authorities.
    .contact = Land use plans are issued by the planning and natural resources authority.

m-veteran-startup-training = Startup training for veterans
    .benefit = Universities, innovative science and technology companies, and employment and startup training providers offer veterans training in choosing a startup project, opening a business, and running and managing a business.

m-veteran-tax-preferences = Tax preferences for veterans in self-chosen employment (自主择业)
    .benefit = The current tax preferences for veterans in self-chosen employment (自主择业) are put into practice. Ways to raise funds are widened, more startup facilities are built, and startup guidance teams are set up.
    .review = Whether you can get the tax preferences is decided by the tax authorities under current policy.
    .contact = Tax preferences are handled by the tax authorities.

m-veteran-park-provincial-award = Reward for veteran startup parks applying to be provincial demonstration parks
    .benefit = Private investors are encouraged to set up startup parks mainly for veterans and to actively apply to become provincial demonstration parks, with matching rewards.
    .review = Applications and rewards are assessed by the relevant authorities. The source does not state the reward rates.

m-veteran-contest-award = Financial reward for veterans' prize-winning contest projects
    .benefit = Veterans' projects that win third prize or higher in national or provincial innovation and entrepreneurship contests get a financial reward (the source does not state the amount).

m-returnee-tech-project-funding = Merit-based funding for returnees' science and technology projects
    .benefit = Science and technology projects of people who returned from study abroad are funded on merit, to support returnees who innovate and start businesses.
    .review = Funding is awarded on merit (择优) after review by the relevant authorities.

m-foreigner-exit-entry-services = Easier document services for foreign nationals
    .benefit = Foreign nationals leaving the country (the source says “exit” (出境)) get their applications accepted and approved on the spot. Online lookup of required documents, smart automatic answers to questions and online appointment booking are also offered.
    .contact = Exit and entry documents for foreign nationals are handled by the public security authority.

m-foreign-visa-residence = Easier visas and residence for foreign talent, visitors and investors
    .benefit = High-level foreign talent and their family members, and visitors and investors coming to Shuozhou, get easier visa and residence procedures.
    .contact = Visas and residence are handled by the public security authority.

m-returnee-hukou-registration = Household registration (hukou) for returnees from study abroad
    .benefit = If you have a legal, stable home (rented counts) in an urban area of Shuozhou, you can apply, under the rules, to register permanent household residence (常住户口) where you live.
    .contact = Household registration is handled by the public security authority.

m-returnee-children-schooling = Help with school places for returnees' children
    .benefit = Returnees from study abroad who come to Shuozhou to innovate and start businesses get more support with school places for their children (the source does not say how).
    .contact = School places are the job of the education authority.

m-foreign-talent-children-schooling = Help with school places for children of high-level foreign talent
    .benefit = High-level foreign talent who come to Shuozhou to innovate and start businesses get more support with school places for their children (the source does not say how).
    .review = Whether you count as “high-level foreign talent” (外籍高层次人才) is decided by the relevant authorities.
    .contact = School places are the job of the education authority.

m-women-startup-training-and-contests = Mass entrepreneurship and innovation (双创) training and contests for women
    .benefit = The “Women's Innovation and Entrepreneurship Action” (创新创业巾帼行动) is being deepened, with many kinds of 双创 training and contests for women.

m-hmt-youth-startup-platform = Platform for young people from Taiwan, Hong Kong and Macao to innovate and start businesses in Shuozhou
    .benefit = Measures that make it easier for residents of Taiwan, Hong Kong and Macao to build their future in Shuozhou are being improved. Youth innovation and entrepreneurship policies and the business environment are promoted, and a platform is being built for young people from Taiwan, Hong Kong and Macao who come to Shuozhou to innovate and start businesses.

m-startup-training-for-workers = Startup training
    .benefit = All workers who want to start a business and need training are included in startup training.
    .contact = Vocational skills training and startup training are organized by the human resources and social security authorities.

m-provincial-engineering-centre-guidance = Guidance on applying to be a provincial engineering technology research center
    .benefit = Companies in fields such as carbon-based new materials R&D, use of strategic emerging solid-waste materials, and clean, efficient coal development and use get guidance in applying to become provincial engineering technology research centers.
    .review = Whether a provincial engineering technology research center is approved is decided by the provincial authority after review.

m-specialized-sme-first-recognition-award = Financial reward for SMEs first recognized as “specialized, refined, distinctive and innovative” (专精特新)
    .benefit = SMEs recognized as 专精特新 for the first time get a financial reward (the source does not state the amount).

m-specialized-sme-quality-programme = Quality improvement program for “specialized, refined, distinctive and innovative” (专精特新) SMEs
    .benefit = A quality improvement program for 专精特新 SMEs is being carried out.

m-little-giant-cultivation = Developing “specialized, refined, distinctive and innovative” (专精特新) “little giant” (小巨人) companies
    .benefit = Each year, a group of 专精特新 “little giant” companies with strong innovation ability and clear specialization is supported and developed.
    .review = Whether a company is selected for development is decided by the relevant authorities, based on its innovation ability and specialization.

m-provincial-incubation-demo-application = Applying to be a provincial startup incubation demonstration base or startup demonstration park
    .benefit = Applications to become provincial startup incubation demonstration bases and startup demonstration parks are well prepared, and more rewards and subsidies are given.
    .review = Applications are assessed by the relevant authorities. The source does not state the reward and subsidy rates.

m-incubator-tax-preferences = Tax preferences for incubators and maker spaces
    .benefit = Tax preference policies for tech business incubators and maker spaces are put into practice.
    .review = Which tax preferences apply is decided by the tax authorities under current policy.
    .contact = Tax preferences are handled by the tax authorities.

m-nonprofit-incubator-income-tax-exemption = No corporate income tax on non-profit incubators' income
    .benefit = Tech business incubators that meet the conditions for non-profit organizations pay no corporate income tax on income from their non-profit activities.
    .review = Whether an incubator meets the conditions for non-profit organizations (符合非营利组织条件) is decided by the relevant authorities.
    .contact = Tax exemptions are handled by the tax authorities.

m-small-micro-base-application = Applying to be a national or provincial small and micro business startup and innovation base
    .benefit = Applications are actively made to become national and provincial small and micro business startup and innovation bases and demonstration bases.
    .review = Applications are assessed and recommended by the relevant authorities.

m-manufacturing-startup-platforms = Support for building manufacturing mass entrepreneurship and innovation (双创) technology transfer centers and service platforms
    .benefit = A number of manufacturing 双创 technology transfer centers and manufacturing 双创 service platforms are supported.
    .review = Whether a project is selected for support is decided by the relevant authorities.

m-supply-chain-innovation-projects = Developing supply chain innovation and application projects in key industries
    .benefit = A number of supply chain innovation and application projects in key industries are being developed.
    .review = Whether a project is selected is decided by the relevant authorities.

m-industrial-internet-platform-funding = Funding for building industrial internet platforms
    .benefit = Building an industrial internet platform gets financial support (the source does not state the amount).
    .review = Whether a platform meets the conditions for support, and how much support it gets, is assessed by the relevant authorities.

m-industrial-internet-tax-preferences = Tax preferences for the industrial internet
    .benefit = Tax preference policies that support the growth of the industrial internet are fully put into practice.
    .review = Which tax preferences apply is decided by the tax authorities under current policy.
    .contact = Tax preferences are handled by the tax authorities.

m-enterprise-cloud-incentives = Incentives for “moving companies to the cloud” (企业上云)
    .benefit = A joint incentive system for moving companies to the cloud is set up, to encourage companies to move to the cloud faster.
    .review = The details and conditions of the incentives are decided by the relevant authorities.

m-internet-plus-incubator-support = Support for building “Internet Plus” (互联网+) maker spaces and incubators
    .benefit = Building “Internet Plus” maker spaces, tech business incubators and other innovation and startup platforms is supported.
    .review = Whether a project is selected for support is decided by the relevant authorities.

m-startup-contests = Innovation and entrepreneurship contests and events
    .benefit = The city keeps holding all kinds of innovation and entrepreneurship contests and events, takes part in the Shanxi venue of the national mass entrepreneurship and innovation (双创) week, and hosts the Shuozhou stop of “Chuangxiang China” (创响中国). You can sign up to take part.

m-contest-project-follow-up-support = Follow-up support for outstanding contest projects
    .benefit = Outstanding projects that come out of innovation and entrepreneurship contests of all kinds get stronger follow-up tracking and support.
    .review = Whether a project is outstanding (优秀) is judged by the relevant authorities.

m-startup-enterprise-credit = Financing and loan support for mass entrepreneurship and innovation (双创) companies
    .benefit = Banks that are able to are supported in setting up dedicated science and technology lending divisions and in renewing more loans. Banks are urged and guided to reach out to 双创 companies and to offer merger and acquisition loans to companies that meet the conditions (符合条件).
    .review = Loans are assessed by the banks under their own rules. The CBIRC Shuozhou Branch is in charge of urging and guiding the banks.

m-rural-new-business-finance = Financial services for rural e-commerce and other new business models
    .benefit = Small and medium rural financial institutions are guided to focus on serving the growth of rural e-commerce and other new forms of business and new business models.
    .review = Loans and other financial services are assessed by the financial institutions under their own rules.

m-development-zone-incubation = Incubators, maker spaces and other innovation and startup facilities in the Shuozhou Economic Development Zone
    .benefit = The development zone is building tech business incubators, maker spaces and SME innovation and entrepreneurship demonstration bases, as well as pilot-scale incubation bases and bases for turning research results into industry.

m-demo-base-approval-green-channel = Fast-track project approval in demonstration bases
    .benefit = A fast track (“green channel”) for project approval is opened for projects inside mass entrepreneurship and innovation (双创) demonstration bases.
    .contact = Project approval is handled by the administrative approval authority.

m-demo-base-excellence-incentive = Financial incentives for demonstration bases rated excellent by the province
    .benefit = Demonstration bases rated “excellent” (优秀) in the provincial assessment get financial incentives under the relevant rules (the source does not state the amount).
