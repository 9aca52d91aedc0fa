# Policy pack text (English): Shuozhou Gov. Doc. [2021] No. 26 (朔政发〔2021〕26号)
# Questions q-<id> (.help says why we ask; .short is the short name used in reasons), options opt-<question>-<value> (a group's option may have .names: how this file's titles and offers name its people, | between them, which a kiosk does not say aloud),
# measures m-<id> (title; .benefit explains the content in plain words; .review says what the department must check; .contact says why to go to that department first, for every measure),
# departments dept-<id> (matching the names in the source; a renamed body also has .current, its name today, and .renamed, a note). Write only what the source supports: no amounts, phone numbers, addresses or deadlines.

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
    .current = People's Bank of China, Shuozhou Branch
    .renamed = The source names the “Shuozhou Central Sub-branch”; in the reform of the central bank's branches begun in 2023 it became the Shuozhou Branch.
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
    .current = National Financial Regulatory Administration, Shuozhou Branch
    .renamed = The source names the CBIRC Shuozhou Branch; since the 2023 reform of financial regulation its work is done by the Shuozhou Branch of the National Financial Regulatory Administration.
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
    .help = You can choose more than one: a veteran can also be a migrant worker returning home. The policy supports different people differently. If you already run a small business or farm venture, still choose who you are; choose “None of these” only if none of them fits. If you are asking for a company or organization, choose “Company or organization”.
    .short = Who you are
opt-groups-migrant_worker = Migrant worker returning home to start a business
    .names = for migrant workers who return home to start businesses|migrant workers who return home to start businesses|migrant workers returning home to start businesses|for migrant workers returning home|for returning migrant workers|migrant workers returning home|returning migrant workers|migrant workers|migrant worker
opt-groups-veteran = Military veteran
    .names = for veterans who choose their own jobs|for veterans|veterans'|veterans|veteran
opt-groups-graduate = University or college graduate
    .names = for graduates who start a business|University graduates|graduates|graduate
opt-groups-vocational_graduate = Graduate of a technical school (技工院校)
    .names = graduates of technical schools|technical school graduates|University graduates|graduates
opt-groups-student = Student (university, vocational or technical school)
    .names = College Students'|University students|students'|students|student
opt-groups-returnee = Returnee who studied abroad
    .names = of people who studied abroad and returned|people who studied abroad and returned|for returnees|returnees'|returnees|returnee
opt-groups-foreign_national = Foreign national
    .names = for the children of high-level foreign talent|high-level foreign talent|for foreign nationals|foreign nationals|foreign national|foreign talent
opt-groups-researcher = Researcher, university teacher or company technical expert
    .names = University professional and technical staff|researchers|researcher|technical experts
opt-groups-woman = Woman entrepreneur
    .names = for women|Women's|women|woman
opt-groups-hmt_resident = Resident of Taiwan, Hong Kong or Macao
    .names = for residents of Taiwan, Hong Kong and Macao|residents of Taiwan, Hong Kong and Macao|from Taiwan, Hong Kong and Macao|Taiwan, Hong Kong and Macao
opt-groups-enterprise = Company or organization (incl. incubators, maker spaces, startup parks)
opt-groups-other_person = None of these

q-activity = What are you doing now?
    .help = Graduates who run a sole proprietorship or found a small or micro enterprise can apply for a social insurance subsidy under the rules.
    .short = What you do now
    .change = { $value ->
        [self_employed] If you run a sole proprietorship
        [small_micro_founder] If you found a small or micro enterprise
        [employed] If you take a job with an organization or company
       *[other] If what you do now were “{ $answer }”
    }
opt-activity-planning = Still preparing, not yet started
opt-activity-self_employed = Running a sole proprietorship (individual business)
opt-activity-small_micro_founder = Founded a small or micro enterprise
opt-activity-employed = Employed by an organization or company
opt-activity-other = Other

q-researcher_role = Where do you do research?
    .help = The policy supports university professionals, researchers at public institutions and companies' technical leaders differently.
    .short = Where you do research
opt-researcher_role-university_staff = At a university (professional or technical staff)
opt-researcher_role-institute_staff = At a research institute or other public institution
opt-researcher_role-enterprise_expert = At a company, as a technical or academic leader or key expert
opt-researcher_role-other = Other

q-project_lead = Are you the technical lead or principal investigator of a research project?
    .help = Results of a project's technical lead or principal investigator that bring clear social and economic benefits can count towards a senior professional title.
    .short = Research project lead

q-tech_project = Are you working on a research and development project?
    .help = For example developing a new technology or product. The policy funds the best projects of returnees who studied abroad.
    .short = R&D project

q-urban_residence = Do you have a settled home in a town or city district of Shuozhou?
    .help = Your own home or a rented one both count, if it is lawful. If so, you can apply under the rules to register your household residence (hukou) there.
    .short = Settled home in a town or city district

q-children_schooling = Do you have children who will go to school in Shuozhou?
    .help = The policy gives more support with schooling to the children of returnees and high-level foreign talent who start businesses in Shuozhou.
    .short = Children to go to school in Shuozhou

q-enterprise_kind = What kind of company or organization is it?
    .help = You can choose more than one. Incubators, maker spaces, “specialized and sophisticated” SMEs and demonstration bases each have their own support.
    .short = Kind of company or organization
opt-enterprise_kind-sme = Small, medium or micro enterprise
opt-enterprise_kind-specialized_sme = Recognized “specialized and sophisticated” (专精特新) SME
opt-enterprise_kind-incubator = Incubator, maker space, university science park or small business startup base
opt-enterprise_kind-startup_park = Operator of a startup park
opt-enterprise_kind-demo_base = Mass entrepreneurship and innovation (双创) demonstration base
opt-enterprise_kind-other = Other company or organization

q-specialized_first_time = Is this the first time your company has been recognized as a “specialized and sophisticated” SME?
    .help = A first recognition is rewarded with funds. If you are not sure, choose “Not sure” and the department will check.
    .short = First recognition as “specialized and sophisticated”

q-incubator_level = Is your incubator or university science park national or provincial, or your maker space registered nationally?
    .help = The source sets tax exemptions for national and provincial technology incubators, university science parks and nationally registered maker spaces (up to 2021).
    .short = Level of the incubator
opt-incubator_level-national_or_provincial = Yes: national, provincial or nationally registered
opt-incubator_level-other = No

q-veteran_park = Is the startup park you run mainly for veterans starting businesses?
    .help = Startup parks built mainly for veterans that apply to become provincial demonstration parks receive corresponding rewards.
    .short = Startup park mainly for veterans

q-demo_base_excellent = Was your demonstration base rated “excellent” in the provincial evaluation?
    .help = Demonstration bases rated excellent by the province receive funding incentives under the relevant rules.
    .short = Rated excellent by the province

q-enterprise_plans = Which of these is your company doing or planning?
    .help = You can choose several, or none. Each has its own support.
    .short = What the company does or plans
opt-enterprise_plans-innovative_product = Offering innovative products or services
opt-enterprise_plans-first_set_equipment = Developing first-of-its-kind major technical equipment
opt-enterprise_plans-industrial_internet = Building an industrial internet platform
opt-enterprise_plans-cloud = Moving the business to the cloud
opt-enterprise_plans-supply_chain = A key-industry supply chain innovation and application project
opt-enterprise_plans-manufacturing_platform = Building a manufacturing technology transfer centre or service platform

q-product_recognized = Has a provincial or higher authority recognized your product as an “innovative product”?
    .help = Innovative products recognized by a provincial or higher authority and put on the market for the first time can be bought first by the government. If you are not sure, choose “Not sure”.
    .short = Recognized as an innovative product

q-first_to_market = Is this product being put on the market for the first time?
    .help = First government purchase only applies to innovative products put on the market for the first time.
    .short = First time on the market

q-tech_field = What kind of technology does your company research?
    .help = The policy guides companies in carbon-based new materials, solid waste materials, clean coal use and similar fields to apply for provincial engineering technology research centres; for other fields the department decides.
    .short = Research field
opt-tech_field-carbon_materials = Carbon-based new materials
opt-tech_field-solid_waste_materials = Use of strategic emerging solid waste materials
opt-tech_field-clean_coal = Clean and efficient coal development and use
opt-tech_field-other_technology = Another field of technology
opt-tech_field-no_research = No technology research

q-rural_business = Is your project in the countryside?
    .help = For example a village shop, farming, processing farm products or rural e-commerce. The policy supports rural businesses with places, services and finance.
    .short = Project in the countryside

q-has_ip = Do you or your company hold a patent or a registered trademark?
    .help = The policy fights patent and trademark infringement and counterfeiting and helps you defend your rights.
    .short = Patent or registered trademark

q-contest_level = At what level has your project taken part in an innovation and entrepreneurship contest?
    .help = If it took part in several, choose the highest. Veterans' projects with a third prize or better at a provincial or national contest receive a funding award.
    .short = Level of contest entered
    .change = { $value ->
        [municipal_or_lower] If your project enters a municipal (or lower-level) contest
        [provincial] If your project enters a provincial contest
        [national] If your project enters a national contest
       *[other] If your project enters a contest
    }
opt-contest_level-none = Has not taken part
opt-contest_level-municipal_or_lower = Municipal level or lower
opt-contest_level-provincial = Provincial level
opt-contest_level-national = National level

q-provincial_prize = Has your project won a third prize or better at a provincial or national contest?
    .help = The policy says “third prize or above”. If you are not sure whether your award counts, choose “Not sure” and the veterans affairs bureau will check.
    .short = Third prize or better at provincial or national level

q-in_demo_base = Is your project located in a mass entrepreneurship and innovation (双创) demonstration base?
    .help = A demonstration base for mass entrepreneurship and innovation is a base the government has named as one. Projects inside one get a fast lane for approvals. If you are not sure, choose “Not sure”.
    .short = Project in a demonstration base

q-county = In which county, city or district is your project?
    .help = Used only to count where people ask from; it does not change your results.
    .short = Where the project is
opt-county-shuocheng = Shuocheng District
opt-county-pinglu = Pinglu District
opt-county-huairen = Huairen City
opt-county-shanyin = Shanyin County
opt-county-yingxian = Ying County
opt-county-youyu = Youyu County
opt-county-dev_zone = Shuozhou Economic Development Zone
opt-county-elsewhere = Elsewhere, or not yet decided

## Measures

m-fast-business-registration = Fast company setup
    .benefit = The city is moving company registration, filing and closure fully online, and aims to cut the time to set up a company to 1 working day.
    .contact = Company setup is handled by the administrative approval authority.

m-integrity-enterprise-recognition = Recognition as a mass entrepreneurship and innovation (双创) integrity company
    .benefit = The city recognizes startup and innovation integrity companies (双创诚信企业).
    .review = Whether a company is recognized as a startup and innovation integrity company is decided by the relevant authorities.
    .contact = The city's startup and innovation work is coordinated by the development and reform authority; ask it first about the recognition.

m-credit-record-objection = Objecting to published credit information
    .benefit = The city sets up a procedure for objections to published credit information: a company that thinks the credit information published about it is wrong can object.
    .contact = Companies' credit information is published by the market regulation authority.

m-national-tax-and-insurance-relief = National tax breaks and temporary cuts in social insurance rates
    .benefit = National fiscal and tax preferences and temporary cuts in social insurance contribution rates are put into practice, so that companies get every tax break they are entitled to.
    .review = Which national preferences a company can get is decided by the tax authorities and other departments under national policy.
    .contact = Tax preferences are handled by the tax authorities.

m-unemployment-insurance-job-retention = Unemployment insurance help for companies to keep jobs (“Escort Action”, 护航行动)
    .benefit = All areas and companies that meet the conditions (符合条件) are covered by the unemployment insurance policy that helps companies keep their staff.
    .review = Whether a company meets the conditions (符合条件) is decided by the human resources and social security authorities and other departments.
    .contact = Unemployment insurance is run by the human resources and social security authorities.

m-incubator-property-land-tax-exemption = Property tax and urban land use tax exemption for incubators, university science parks and maker spaces
    .benefit = National and provincial technology business incubators, university science parks and nationally registered maker spaces pay no property tax and no urban land use tax on the buildings and land they use themselves or provide to the businesses they incubate (source wording: “until 2021” (到2021年)).
    .contact = Tax exemptions are handled by the tax authorities.

m-incubator-vat-exemption = No VAT on income from incubation services
    .benefit = The incubators, university science parks and maker spaces above pay no VAT on income from services they provide to the businesses they incubate: brokerage and agency, operating leases, R&D and technology, information technology, and assurance and consulting services (source wording: “until 2021” (到2021年)).
    .contact = Tax exemptions are handled by the tax authorities.

m-innovative-supplier-procurement = Companies with innovative products and services count as small and micro businesses in government procurement
    .benefit = Companies with innovative products and services are treated as small and micro businesses. The province's policy of reserving a share of purchases for them applies, and a larger price deduction is given when bids are evaluated.
    .review = Whether a company counts as an “innovative product and service company” (创新产品和服务企业) is decided by the finance authorities under the relevant rules.
    .contact = Government procurement policy is the finance authority's.

m-government-first-purchase = Government first purchase of innovative products
    .benefit = Innovative products recognized by the relevant authorities at provincial level or above and put on the market for the first time are bought first by the government: when a buyer purchases such a product, it awards the contract directly to the product's supplier.
    .review = Whether a product falls under first purchase is for the relevant authorities to recognize; a contract comes only when a public buyer needs to buy such a product.
    .contact = Government procurement is the finance authority's.

m-first-set-equipment = Support for applying as first-unit (set) major technical equipment (首台（套）)
    .benefit = The city publicizes business-friendly policies such as the “Guiding Catalog for the Promotion and Application of First-unit (Set) Major Technical Equipment” (《首台（套）重大技术装备推广应用指导目录》), and supports projects that meet the conditions (符合条件) in applying.
    .review = Whether a project meets the conditions (符合条件) is checked by the relevant authorities against the catalog and the application requirements.
    .contact = The promotion of first-unit (set) major technical equipment is organized by the industry and information technology authority.

m-ip-enforcement = Action against patent and trademark infringement and counterfeiting, and protection of rights
    .benefit = The authorities focus on key fields such as e-commerce, food and drugs, environmental protection and high technology, and on trade fairs and imports and exports. They crack down on patent and trademark infringement and counterfeiting, and step up intellectual property enforcement and rights protection.
    .contact = Intellectual property enforcement is the market regulation authority's.

m-ip-training = Intellectual property awareness and training
    .benefit = Many kinds of intellectual property awareness and training activities are held, to help people spot fakes, avoid scams and protect their rights.
    .contact = Intellectual property work is the market regulation authority's.

m-ecommerce-ip-protection = “Internet Plus” (互联网+) intellectual property protection in e-commerce
    .benefit = Building on the national intellectual property system's joint mechanism for patent enforcement and rights protection in e-commerce, “Internet Plus” (互联网+) intellectual property protection is carried out.
    .contact = Intellectual property enforcement is the market regulation authority's.

m-ip-trading-platform = Platform for turning research results into products and trading intellectual property
    .benefit = The city is improving its platform for turning research results into products and trading intellectual property, and is gradually linking it to the national and provincial intellectual property trading markets.
    .contact = Intellectual property work is the market regulation authority's; the source does not say which department runs the platform, so ask it first.

m-university-staff-leave-for-startup = University professional and technical staff leaving their posts to start a business
    .benefit = University professional and technical staff are encouraged and supported to leave their posts (离岗) to start a business.
    .review = Whether and how you can leave your post to start a business is decided by the relevant authorities under the rules.
    .contact = Leaving a post concerns personnel management, handled by the human resources and social security authority under the rules.

m-researcher-mobility = Researchers moving between public institutions and companies
    .benefit = The city promotes the sensible movement of researchers between public institutions and companies; the source does not say how.
    .contact = The movement of public institution staff is managed by the human resources and social security authority.

m-research-results-for-senior-title = Research results can count toward a senior professional title
    .benefit = If the research results of a project's technical lead or principal investigator bring clear social and economic benefits, they can count as a qualification for applying for a senior professional title.
    .review = Whether the results bring clear social and economic benefits (取得明显社会经济效益) is decided by the authority in charge of title evaluation.
    .contact = Professional title evaluation is the human resources and social security authority's.

m-enterprise-experts-teach-at-universities = Company technical experts doing research and teaching at universities
    .benefit = Companies' technical and academic leaders and key technical staff are supported and encouraged to do research and teaching at universities.
    .review = Whether you can teach at a university is decided by the university and the education authority.
    .contact = Research and teaching at universities come under the education authority.

m-student-startup-mentors-and-courses = Startup mentors and innovation and entrepreneurship courses
    .benefit = Universities and vocational schools (including technical schools) across the city are spreading a startup mentor system, and innovation and entrepreneurship teaching and hands-on courses. Ask your school about them.
    .contact = Schools' courses come under the education authority.

m-startup-results-for-thesis = Using startup results for a thesis defense
    .benefit = University students may use the results of their startup to apply for a degree thesis defense.
    .review = Whether startup results can be used for a thesis defense is checked by your school.
    .contact = Thesis defenses are organized by the school, under the education authority.

m-graduate-social-insurance-subsidy = Social insurance subsidy for graduates who start a business
    .benefit = University graduates who run a sole proprietorship or found a small or micro business can get a social insurance subsidy for up to 2 years, paid from employment subsidy funds, following the subsidy policy for people with difficulty finding work who are in flexible employment.
    .review = The subsidy follows another policy: how many years after graduating one can apply, and whether technical school graduates count, are set by the human resources and social security authority under that policy.
    .contact = The subsidy is paid from employment subsidy funds, handled by the human resources and social security authority.

m-rural-startup-service-platforms = Rural innovation and entrepreneurship service platforms
    .benefit = Rural innovation and entrepreneurship service platforms are being built at agricultural industrial parks, agricultural science and technology parks, well-known villages and towns, training bases, maker spaces and similar places. They give space and services to migrant workers returning home to start businesses and to other people who start businesses in the countryside.
    .contact = This article is led by the agriculture and rural affairs authority.

m-migrant-return-incubation-bases = Incubation bases and startup parks for migrant workers returning home
    .benefit = The city supports each county, county-level city and district in building incubation bases and startup parks for migrant workers who return home to start businesses. Ask whether yours has one yet.
    .contact = Returning home to start a business is employment and startup work: ask the human resources and social security authority first about your county.

m-rural-representative-project-funding = Funding for representative projects in model counties for returning migrant workers and typical rural innovation counties
    .benefit = Representative innovation and startup projects in model counties for migrant workers returning home to start businesses, and in typical counties for rural innovation and entrepreneurship, receive funding support.
    .review = Whether the county is a model or typical county, and whether the project is a “representative project” (代表性项目), is decided by the relevant authorities; the source does not give an amount.
    .contact = This article is led by the agriculture and rural affairs authority.

m-rural-startup-credit = Loans and financial services for rural startups
    .benefit = Banks are urged and guided to improve their financial products, lend more, and offer better financial services to rural startup and innovation parks (bases) and public service platforms.
    .review = Loans are checked by the banks under their own rules; the departments listed only urge and guide the banks.
    .contact = This article is led by the agriculture and rural affairs authority; loans themselves are applied for at a bank.

m-rural-land-use-priority = Land use priority for new rural industries and business models
    .benefit = When land use plans are issued, projects in new rural industries and business models, and projects that combine industries, are given some priority.
    .review = Whether a project counts as a new rural industry, business model or combined-industry project, and whether it gets priority, is decided by the relevant authorities.
    .contact = Land use plans are issued by the planning and natural resources authority.

m-veteran-startup-training = Startup training for veterans
    .benefit = Universities, innovative technology companies and employment and startup training providers give training on startup project guidance, opening a business and running a business.
    .contact = Training for veterans is organized by the veterans affairs authority.

m-veteran-tax-preferences = Tax preferences for veterans who choose their own jobs
    .benefit = Existing tax preferences for veterans who choose their own jobs (自主择业) are applied; financing channels are widened; more startup premises are built; and startup guidance teams are formed.
    .review = Whether you can get the tax preferences is decided by the tax authorities under current policy.
    .contact = Tax preferences are handled by the tax authorities.

m-veteran-park-provincial-award = Reward for veteran startup parks applying to become provincial model parks
    .benefit = Private capital is encouraged to set up startup parks mainly for veterans and to apply to become provincial model parks; corresponding rewards are given.
    .review = Applications and rewards are checked by the relevant authorities; the source does not give the reward amounts.
    .contact = This article is led by the veterans affairs authority.

m-veteran-contest-award = Funding award for veterans' projects that win contest prizes
    .benefit = Veterans' projects that win third prize or better at national or provincial innovation and entrepreneurship contests receive a funding award (the source does not give an amount).
    .contact = This article is led by the veterans affairs authority.

m-returnee-tech-project-funding = Competitive funding for returnees' technology projects
    .benefit = Technology projects of people who studied abroad and returned are funded on a competitive basis (择优), to support their innovation and startups.
    .review = Funding goes to the best projects (择优), chosen by the relevant authorities.
    .contact = Funding for returnees' technology projects is organized by the human resources and social security authority.

m-foreigner-exit-entry-services = Easier paperwork for foreign nationals
    .benefit = Foreign nationals get prompt acceptance and approval for exit procedures (the source says “exit”, 出境), plus online checks of the documents needed, smart answers to questions, and online appointments.
    .contact = Exit and entry documents for foreign nationals are issued by the public security authority.

m-foreign-visa-residence = Visa and residence facilitation for high-level foreign talent, visitors and investors
    .benefit = High-level foreign talent and their relatives, visitors to Shuozhou and investors get easier visa and residence procedures.
    .review = Only these foreign nationals qualify: whether someone is “high-level talent” (高层次人才) is recognized by the relevant authorities, and visits and investments are verified by the public security authority.
    .contact = Visas and residence are handled by the public security authority.

m-returnee-hukou-registration = Household residence registration for returnees
    .benefit = Returnees with a lawful, stable home (including a rented one) in a town or city district of Shuozhou can apply under the rules to register their permanent household residence (hukou) where they live.
    .review = Whether the home meets the requirements, and how to register, is checked by the public security authority under the rules.
    .contact = Household registration is handled by the public security authority.

m-returnee-children-schooling = Schooling support for returnees' children
    .benefit = Returnees who come to Shuozhou to innovate and start businesses get more support with their children's schooling (the source does not say how).
    .review = The source only says support will increase (加大支持力度); the actual school arrangements are decided by the education authority.
    .contact = School admission is the education authority's.

m-foreign-talent-children-schooling = Schooling support for the children of high-level foreign talent
    .benefit = High-level foreign talent who come to Shuozhou to innovate and start businesses get more support with their children's schooling (the source does not say how).
    .review = Whether you count as “high-level foreign talent” (外籍高层次人才) is recognized by the relevant authorities; school arrangements are decided by the education authority.
    .contact = School admission is the education authority's.

m-women-startup-training-and-contests = Training and contests for women in innovation and entrepreneurship
    .benefit = The “Women's Innovation and Entrepreneurship Action” (创新创业巾帼行动) is stepped up, with many kinds of training and contests for women.
    .contact = This article is led by the Women's Federation.

m-hmt-residents-facilitation = Making it easier for residents of Taiwan, Hong Kong and Macao to develop in Shuozhou
    .benefit = The city makes and improves policies that make it easier for residents of Taiwan, Hong Kong and Macao to develop in Shuozhou.
    .contact = Ask the United Front Work Department first about matters of residents of Taiwan, Hong Kong and Macao; residents of Taiwan can also ask the Taiwan Affairs Office.

m-hmt-youth-startup-platform = Startup platform for young people from Taiwan, Hong Kong and Macao
    .benefit = Shuozhou's policies encouraging young people to start businesses, and its business environment, are presented to young people from Taiwan, Hong Kong and Macao, and a platform is set up for them to innovate and start businesses in Shuozhou.
    .review = The source does not say what age counts as “young” (青年); the relevant authorities decide.
    .contact = Ask the United Front Work Department first about matters of residents of Taiwan, Hong Kong and Macao; residents of Taiwan can also ask the Taiwan Affairs Office.

m-startup-training-for-workers = Startup training
    .benefit = All working people who want to start a business and need training are covered by startup training. If you want training, you can sign up.
    .contact = Startup training is organized by the human resources and social security authority.

m-provincial-engineering-centre-guidance = Guidance on applying for provincial engineering technology research centres
    .benefit = Companies in fields such as carbon-based new materials research, the use of strategic emerging solid waste materials, and clean and efficient coal development and use are guided to apply for provincial engineering technology research centres.
    .review = Whether a company in another field of technology gets guidance is for the department to judge; whether a centre is approved is decided by the provincial authority.
    .contact = Applications for engineering technology research centres are guided by the science and technology authority.

m-specialized-sme-first-recognition-award = Funding award for SMEs recognized as “specialized and sophisticated” for the first time
    .benefit = SMEs recognized for the first time as “specialized and sophisticated” (专精特新) receive a funding award (the source does not give an amount).
    .contact = Of the departments this article lists, the Small and Micro Business Development Service Center serves small and medium-sized companies.

m-specialized-sme-quality-programme = Quality improvement programme for “specialized and sophisticated” SMEs
    .benefit = A quality improvement programme for “specialized and sophisticated” (专精特新) SMEs is carried out.
    .contact = Of the departments this article lists, the Small and Micro Business Development Service Center serves small and medium-sized companies.

m-little-giant-cultivation = Fostering “specialized and sophisticated” “little giant” companies
    .benefit = Each year a group of highly innovative, clearly specialized “specialized and sophisticated” (专精特新) “little giant” (小巨人) companies is supported and fostered.
    .review = Whether a company is chosen is decided by the relevant authorities, based on its innovation and specialization.
    .contact = Of the departments this article lists, the Small and Micro Business Development Service Center serves small and medium-sized companies.

m-provincial-incubation-demo-application = Applying to become a provincial startup incubation model base or startup model park
    .benefit = Applications to become provincial startup incubation model bases and startup model parks are supported, with more rewards and subsidies.
    .review = Applications are checked by the relevant authorities; the source does not give the reward and subsidy amounts.
    .contact = Applications for startup incubation model bases and startup model parks are organized by the human resources and social security authority.

m-incubator-tax-preferences = Tax preferences for incubators and maker spaces
    .benefit = Tax preferences for technology business incubators and maker spaces are put into practice.
    .review = Which tax preferences apply is decided by the tax authorities under current policy.
    .contact = Tax preferences are handled by the tax authorities.

m-nonprofit-incubator-income-tax-exemption = No corporate income tax on non-profit incubators' income
    .benefit = Technology business incubators that meet the conditions for non-profit organizations pay no corporate income tax on income from non-profit activities.
    .review = Whether an incubator meets the conditions for non-profit organizations (符合非营利组织条件) is decided by the relevant authorities.
    .contact = Tax exemptions are handled by the tax authorities.

m-small-micro-base-application = Applying to become a national or provincial small business startup and innovation base
    .benefit = Applications to become national or provincial small and micro business startup and innovation bases and model bases are actively supported.
    .review = Applications are checked and recommended by the relevant authorities.
    .contact = Applications for small and micro business startup and innovation bases are organized by the industry and information technology authority.

m-manufacturing-startup-platforms = Support for manufacturing technology transfer centres and service platforms
    .benefit = A group of manufacturing startup and innovation technology transfer centres and manufacturing startup and innovation service platforms is supported.
    .review = Whether a project is supported is decided by the relevant authorities.
    .contact = This article is led by the industry and information technology authority.

m-supply-chain-innovation-projects = Fostering key-industry supply chain innovation and application projects
    .benefit = A group of supply chain innovation and application projects in key industries is fostered.
    .review = Whether a project is chosen is decided by the relevant authorities.
    .contact = Supply chain innovation and application is the commerce authority's.

m-industrial-internet-platform-funding = Funding for building industrial internet platforms
    .benefit = Building industrial internet platforms receives funding support (the source does not give an amount).
    .review = Whether a platform qualifies, and how much support it gets, is checked by the relevant authorities.
    .contact = This article is led by the industry and information technology authority.

m-industrial-internet-tax-preferences = Tax preferences for the industrial internet
    .benefit = Tax preferences that support the industrial internet are fully put into practice.
    .review = Which tax preferences apply is decided by the tax authorities under current policy.
    .contact = Tax preferences are handled by the tax authorities.

m-enterprise-cloud-incentives = Incentives for moving companies to the cloud
    .benefit = A joint incentive scheme encourages companies to move to the cloud sooner (企业上云).
    .review = What the incentives are and who qualifies is decided by the relevant authorities.
    .contact = This article is led by the industry and information technology authority.

m-internet-plus-incubator-support = Support for building “Internet Plus” maker spaces and incubators
    .benefit = Building “Internet Plus” (互联网+) maker spaces, technology business incubators and other innovation and startup platforms is supported.
    .review = Whether a project is supported is decided by the relevant authorities.
    .contact = Technology business incubators and maker spaces come under the science and technology authority.

m-startup-contests = Innovation and entrepreneurship contests and events
    .benefit = The city keeps running innovation and entrepreneurship contests and events, takes part in the Shanxi venue of the National Mass Entrepreneurship and Innovation Week, and hosts the Shuozhou leg of “Chuangxiang China” (创响中国).
    .contact = The city's startup and innovation events are coordinated by the development and reform authority.

m-contest-students = Students' innovation and entrepreneurship contest
    .benefit = The Shuozhou “Internet Plus” (互联网+) College Students' Innovation and Entrepreneurship Contest. Who may enter is set by the contest's rules for the year.
    .contact = The college students' contest is organized by the education authority.

m-contest-open = China Innovation and Entrepreneurship Contest, and “China Wings” contest
    .benefit = The China Innovation and Entrepreneurship Contest (Shanxi division) and the “China Wings” (中国创翼) Shanxi entrepreneurship and innovation contest. Who may enter is set by each contest's rules for the year.
    .contact = The city's startup and innovation events are coordinated by the development and reform authority; ask it first about the contests.

m-contest-smes = “Maker China” contest for small and medium-sized enterprises
    .benefit = The “Maker China” (创客中国) Shanxi innovation and entrepreneurship contest for small and medium-sized enterprises. Who may enter is set by the contest's rules for the year.
    .contact = Of the departments this article lists, the Small and Micro Business Development Service Center serves small and medium-sized companies.

m-contest-rural = Rural innovation and entrepreneurship contests
    .benefit = The Shanxi selection round of the National Rural Innovation and Entrepreneurship Project Creativity Contest, and the “Sanjin New Farmers” (三晋新农人) contest. Who may enter is set by each contest's rules for the year.
    .contact = Rural innovation and entrepreneurship is the agriculture and rural affairs authority's.

m-contest-youth = “Chuang Qingchun” young people's innovation and entrepreneurship contest
    .benefit = The “Chuang Qingchun” (创青春) Shanxi young people's innovation and entrepreneurship contest.
    .review = The source does not say what age counts as young (青年); who may enter is set by the contest's rules.
    .contact = “Chuang Qingchun” is a Communist Youth League contest: ask the municipal Youth League committee.

m-contest-project-follow-up-support = Follow-up support for outstanding contest projects
    .benefit = Outstanding projects that emerge from innovation and entrepreneurship contests get closer follow-up and support.
    .review = Whether a project is “outstanding” (优秀) is judged by the relevant authorities.
    .contact = The city's startup and innovation events are coordinated by the development and reform authority.

m-startup-enterprise-credit = Financing and loans for startup and innovation companies
    .benefit = Banks that are able to are supported in setting up specialized technology lending units and giving more loan renewals; banks are urged and guided to reach out to startup and innovation companies and to offer merger and acquisition loans to companies that meet the conditions.
    .review = Loans are checked by the banks under their own rules; the financial regulator urges and guides the banks.
    .contact = This article lists only the banking regulator; loans themselves are applied for at a bank.

m-rural-new-business-finance = Financial services for rural e-commerce and other new business models
    .benefit = Small and medium-sized rural financial institutions are guided to focus on serving rural e-commerce and other new business forms and models.
    .review = Loans and other financial services are checked by the financial institutions under their own rules.
    .contact = This article lists only the banking regulator; loans themselves are applied for at a rural financial institution.

m-development-zone-incubation = Incubators, maker spaces and other startup facilities in the Shuozhou Economic Development Zone
    .benefit = The city pushes the development zone to build technology business incubators, maker spaces, SME innovation and startup model bases, pilot incubation bases and bases for turning research results into industry. Worth following; ask the development zone how to move in.
    .contact = Facilities in the development zone are the Administrative Committee's.

m-demo-base-approval-green-channel = Fast lane for approving projects in demonstration bases
    .benefit = Projects located in startup and innovation demonstration bases get a fast lane (green channel, 绿色通道) for project approval.
    .contact = Project approval is handled by the administrative approval authority.

m-demo-base-excellence-incentive = Funding incentive for demonstration bases rated excellent by the province
    .benefit = Demonstration bases rated excellent in the provincial evaluation receive a funding incentive under the relevant rules (the source does not give an amount).
    .review = Whether a base “works hard and is rated excellent” and what the incentive is are set by the relevant authorities under the relevant rules.
    .contact = The city's work on startup and innovation demonstration bases is led by the development and reform authority.
