# 应用程序自身的文字（简体中文）。政策包的文字在政策包里。

app-name = 创业扶持导航
app-tagline = 看看朔州的创业扶持政策里，哪些适合您

## 结果分组

status-eligible = 您可以申请
status-needs_review = 需部门审核
status-ineligible = 暂不符合
status-unknown = 尚待回答
status-expired = 已过期
status-eligible-service = 您可以使用
status-eligible-programme = 您可以参加
status-eligible-commitment = 与您有关，可以关注
status-needs_review-service = 能否使用，由部门决定
status-needs_review-programme = 能否参加，由部门决定
status-needs_review-commitment = 与您有关，具体由部门决定
answer-unsure = 不清楚
unsure-note = 您对“{ $questions }”回答了“不清楚”，所以要请部门帮您确认。

expired-on = 已于 { $date } 结束
citation = { $document }第{ $article }条
progress-first = 一般要回答 { $min } 到 { $max } 个问题，视您的身份而定；选的身份多，问题也多一些
progress-remaining = 最多还有 { $count } 个问题
progress-done = 问题已全部回答
departments-damaged = 原文此处的部门名单有缺损，这里只列出清晰可辨的部门，无法确定牵头部门。
colon = ：
quoted = “{ $text }”
with-note = { $text }（{ $note }）
list-separator = 、
answer-yes = 是
answer-no = 否
answer-none-selected = 都不是

## 不符合的原因

reason-is = { $question }：需要是“{ $expected }”，您的回答是“{ $actual }”
reason-is-not = { $question }：不能是“{ $expected }”
reason-one-of = { $question }：需要是“{ $expected }”之一，您的回答是“{ $actual }”
reason-none-of = { $question }：不能是“{ $expected }”之一，您的回答是“{ $actual }”
reason-contains = { $question }：需要包括“{ $expected }”
reason-contains-not = { $question }：不能包括“{ $expected }”
reason-contains-any = { $question }：需要包括“{ $expected }”中的至少一项
reason-contains-none = { $question }：不能包括“{ $expected }”中的任何一项
reason-at-least = { $question }：需要不少于 { $expected }，您的回答是 { $actual }
reason-at-most = { $question }：需要不超过 { $expected }，您的回答是 { $actual }
reason-less-than = { $question }：需要少于 { $expected }，您的回答是 { $actual }
reason-more-than = { $question }：需要多于 { $expected }，您的回答是 { $actual }
reason-on-or-after = { $question }：需要在 { $expected } 当天或之后，您的回答是 { $actual }
reason-before = { $question }：需要在 { $expected } 之前，您的回答是 { $actual }
reason-not-yet-in-force = 该措施自 { $date } 起实施

near-miss-eligible = { $change }，就可以申请。
near-miss-review = { $change }，就可以申请，由部门审核。
near-miss-eligible-service = { $change }，就可以使用。
near-miss-eligible-programme = { $change }，就可以参加。
near-miss-eligible-commitment = { $change }，这一项就与您有关。
near-miss-review-service = { $change }，就可能可以使用，由部门决定。
near-miss-review-programme = { $change }，就可能可以参加，由部门决定。
near-miss-review-commitment = { $change }，这一项就与您有关，具体由部门决定。
near-miss-depends = { $change }，就可能符合，还要看：{ $questions }。

## 命令行

cli-next-question = 下一个问题
cli-no-more-questions = 所有结果都已确定，不需要再回答问题。
cli-asked = 已回答 { $count } 个问题。
cli-why = 下一个问题关系到
cli-source = 依据
cli-status = 【{ $status }】
cli-first-contact = 先去这里
cli-responsible = 负责部门
cli-other-departments = 其他相关部门
cli-review = 部门审核
cli-missing = 还需回答
cli-near-miss = 差一点
cli-none = （无）
cli-pack-valid = 政策包有效：{ $id } { $version }（{ $document }），{ $measures } 项措施，{ $questions } 个问题，{ $departments } 个部门。
cli-pack-invalid = 政策包有 { $count } 个问题，不能使用：
cli-not-applicable = 不构成可申请措施的条款：{ $count } 处
cli-coverage = 逐句核对原文：共 { $sentences } 句，{ $encoded } 句落实为措施，{ $explained } 句已说明为何不构成措施，没有一句遗漏。
cli-ask-intro = 请回答下面的问题。输入选项前的数字；多选时用空格分隔多个数字；输入 b 返回上一题，输入 q 退出。
cli-ask-multi-hint = （可多选，用空格分隔）
cli-ask-bool-hint = 1 = 是，2 = 否
cli-ask-invalid = 没看懂这个回答，请再输入一次。
cli-ask-saved = 您的回答已保存（咨询编号 { $id }）。
cli-ask-resume = 继续咨询 { $id }。
cli-history-empty = 还没有保存的咨询。
cli-history-row = #{ $id }  { $started }  { $locale }  { $pack }  已答 { $answers } 题  { $state }
cli-history-finished = 已完成
cli-history-open = 未完成

## 桌面应用界面

ui-language = 语言
ui-large-text = 大字
ui-high-contrast = 高对比度
ui-read-aloud = 朗读
ui-read-aloud-no-voice = 朗读：本机没有安装这种语言的语音
ui-speak-question = 朗读这个问题
ui-speak-results = 朗读结果
ui-speak-card = 朗读这一项
ui-start = 开始
ui-welcome-short = 只问与您有关的几个问题，点选即可，不用打字。
ui-welcome-private = 不收集姓名、电话等个人信息；回答只保存在本机。
ui-welcome-source = 每一项结果都注明政策原文出处和联系部门。
ui-changing = 修改这个回答
ui-choose-several = 可以多选，选好后点“下一步”。
ui-choose-one = 请选择一项，然后点“下一步”。
ui-why = 为什么问这个？
ui-why-intro = 您的回答会决定以下措施是否适合您：
ui-back = 上一步
ui-next = 下一步
ui-review-title = 请检查您的回答
ui-review-lead = 如有需要可以修改，修改后结果会重新计算。
ui-change = 修改
ui-see-results = 查看结果
ui-results-title = 您的结果
ui-results-lead = 以下是朔政发〔2021〕26号中与您的情况有关的扶持措施。结果仅供参考，以有关部门的审核为准。
ui-summary-title = 先办这几件事
ui-summary-none = 眼下没有您可以直接申请、参加或使用的措施。下面是与您有关的其他措施。
ui-your-county = 您选择的项目所在地
ui-summary-go = 先去
ui-folded-hint = 点开查看
ui-restart-question = 要清除这次的回答和结果，重新开始吗？
ui-restart-question-saved = 要离开这些结果，开始一次新的咨询吗？
ui-restart-confirm-saved = 开始新的咨询
ui-restart-confirm = 清除并重新开始
ui-restart-cancel = 留在结果页
ui-welcome-private-office = 只有在您同意时，工作人员才会记下姓名和电话，用于跟进这次咨询；回答只保存在本机。
ui-group-eligible = 与您相符
ui-group-needs_review = 要看部门审核
ui-group-ineligible = 暂不符合——原因如下
ui-group-unknown = 还需回答
ui-group-expired = 已过期（仅供了解）
ui-department-review = 部门审核
ui-not-met = 不符合的条件
ui-near-miss = 差一点
ui-source = 政策依据
ui-contact-first = 先去这里
# Over the office of a commitment of the city: there is nothing to apply for, so not "go here first".
ui-contact-responsible = 负责部门
ui-other-departments = 其他相关部门
ui-phone = 电话
ui-address = 地址
ui-hours = 办公时间
ui-change-answers = 修改回答
ui-print = 打印
ui-start-over = 重新开始
ui-print-title = 创业扶持导航 · 查询结果
ui-print-date = 日期
ui-print-pack = 政策
ui-print-note = 本页不含个人信息。结果仅供参考，以有关部门的审核为准。
ui-takeaway-title = 带走您的结果
ui-takeaway-help = 用手机相机扫描此码，即可以文字形式保存上面的清单（措施、条款和联系部门）。不会发送任何信息，码中也不含您的回答。
ui-takeaway-alt = 以文字形式保存结果的二维码
ui-takeaway-show-text = 查看码中的文字
ui-takeaway-left-out = 二维码容量有限：完整清单请看屏幕或打印件。
ui-resume = 继续上次的咨询
ui-idle-title = 您还在吗？
ui-idle-body = 为保护您的隐私，倒计时结束后将清除您的回答，下一位使用者将重新开始。
ui-idle-continue = 我还在
ui-idle-seconds = 秒
ui-colon = ：

## 错误

warn-database-replaced = 数据库文件已损坏，已原样另存为 { $path }，并新建了一个数据库。请告知工作人员，可从备份恢复。
warn-no-database = 本机无法保存回答（{ $reason }）。您仍可正常使用，回答会保留到关闭程序为止。工作人员：请检查数据文件夹。
warn-not-saved = 您的回答暂时无法保存到这台电脑（{ $reason }）。您可以继续作答，回答会保留到关闭程序为止。工作人员：请检查磁盘空间和数据文件夹。
warn-pack-refused = 已安装的政策包无法使用（{ $reason }），现使用内置政策包。工作人员：请重新安装或回退。
warn-bad-settings = 部分设置无法使用（{ $reason }）。读不出的设置按默认值运行，其余设置照常生效。工作人员：请更正设置文件。
error-prefix = 错误
error-unknown-language = 不支持的语言“{ $lang }”；可用：zh-CN、zh-TW、en。
error-bad-date = “{ $date }”不是有效日期，请用 YYYY-MM-DD 格式。
error-bad-month = “{ $month }”不是有效的月份，请写成 YYYY-MM，例如 2026-03
error-read-file = 无法读取文件 { $path }：{ $reason }。
error-write-file = 无法写入 { $path }：{ $reason }。
error-not-utf8 = 文件 { $path } 不是 UTF-8 文本。
error-answers = 回答有误：{ $detail }
error-answers-malformed = 回答文件不是有效的 JSON（第 { $line } 行第 { $column } 列有误）。
error-answers-not-object = 回答文件必须是一个 JSON 对象，例如 { $example }。
error-answers-unknown-question = 没有“{ $question }”这个问题。
error-answers-wrong-type = 问题“{ $question }”的回答类型不对：需要 { $expected }。
error-answers-unknown-option = “{ $value }”不是问题“{ $question }”的选项。
error-answers-too-few = 问题“{ $question }”至少要选 { $min } 项。
error-answers-out-of-range = “{ $value }”超出了问题“{ $question }”允许的范围。
error-answers-invalid-date = “{ $value }”不是有效日期（问题“{ $question }”，格式 YYYY-MM-DD）。
error-pack = 无法使用政策包：{ $detail }
error-store = 数据库出错：{ $detail }
error-no-data-dir = 找不到用户数据目录，请用 --db 指定数据库文件。

## Exports and statistics (for staff)
export-sheet-consultations = 咨询记录
export-sheet-statistics = 统计数据
export-col-id = 编号
export-col-started = 开始时间
export-col-finished = 完成时间
export-col-language = 语言
export-col-pack-version = 政策包版本
export-col-region = 县（市、区）
export-col-groups = 人群
export-col-eligible = 可申请的措施
export-col-needs-review = 需部门审核的措施
export-col-section = 类别
export-col-key = 代码
export-col-label = 名称
export-col-count = 次数
stats-section-total = 总数
stats-section-group = 按人群
stats-section-region = 按县（市、区）
stats-section-month = 按月份
stats-section-matched = 匹配最多的措施
stats-section-near-miss = 最常差一步的条件
stats-total-consultations = 咨询次数
stats-total-finished = 看到结果的咨询次数
cli-stats-empty = （无）
cli-export-written = 已导出 { $count } 条咨询记录到 { $path }

## 政策包文件（供无网络的单位使用的已签名政策包）

cli-keygen-written = 已写入私钥 { $secret }（只保存在政策制定部门的电脑上）和公钥 { $public }（交给每个导入政策包的单位）。
cli-keygen-public = 公钥：{ $key }
cli-archive-built = 已写入 { $path }：{ $id } { $version }，{ $measures } 项措施，签名密钥 { $key }。
cli-archive-built-unsigned = 已写入 { $path }：{ $id } { $version }，{ $measures } 项措施，未签名。
cli-archive-verified = 政策包文件完好，签名密钥可信（{ $key }）：{ $id } { $version }，{ $measures } 项措施。
cli-archive-verified-unsigned = 政策包文件完好，但未签名：{ $id } { $version }，{ $measures } 项措施。
cli-diff-packs = { $old } → { $new }
cli-diff-added = 新增：{ $count } 项
cli-diff-removed = 删除：{ $count } 项
cli-diff-changed = 修改：{ $count } 项
cli-diff-none = 没有新增、删除或修改的措施。

# The result to take away as text (and QR code): no answers, no personal data.
takeaway-header = 创业扶持导航 · { $document } · { $date }
# The heading over each status's measures in the takeaway text (one heading per status,
# whatever the kind of measure).
takeaway-group-eligible = 【与您相符】
takeaway-group-needs_review = 【需部门审核】
takeaway-group-unknown = 【尚待回答】
takeaway-more = ……另有 { $count } 项，请看屏幕或打印件。
takeaway-none = 暂无可申请的措施。
takeaway-footer = 结果仅供参考，以有关部门审核为准。

# Personal mode: continuing an unfinished consultation.
resume-detail = 已回答 { $count } 题，最后一次在 { $date }
error-nothing-to-resume = 没有可以继续的未完成咨询。

# The staff PIN.
error-pin-digits = 工作人员密码须为 4 至 12 位数字。
cli-pin-set = 已设置工作人员密码（只保存其哈希值，位于 { $path }）。
error-pin-wrong = 密码错误。再错 { $tries } 次将锁定。
error-pin-locked = 错误次数过多：密码已锁定至 { $time }。
error-no-pin = 本机未设置工作人员密码（请用 navigator set-pin 设置）。
error-not-signed-in = 请先输入工作人员密码登录。
ui-staff-title = 工作人员
ui-staff-enter-pin = 请输入工作人员密码。
ui-staff-delete = 删除
ui-staff-sign-in = 登录
ui-staff-cancel = 取消
ui-staff-signed-in = 已登录。两分钟后自动重新锁定。
ui-staff-quit = 关闭程序

# County-office mode (issue #4): follow-up of a consultation, its export column, `navigator purge`.
followup-open = 待跟进
followup-referred = 已转介
followup-applied = 已申请
followup-closed = 已办结
export-col-follow-up = 跟进状态
cli-purge-done = 已清除 { $count } 条咨询记录的姓名、电话和备注（开始于 { $date } 之前 { $days } 天以上）。

# 桌面应用的工作人员界面（议题 #4）：窗口登录、跟进记录、咨询记录、统计、导出、部门通讯录、政策包和操作日志。
ui-staff-pages = 工作人员功能
ui-staff-sign-out = 退出登录
ui-staff-nav-consultation = 咨询
ui-staff-nav-log = 咨询记录
ui-staff-nav-stats = 统计
ui-staff-nav-directory = 部门通讯录
ui-staff-nav-packs = 政策包
ui-staff-nav-audit = 操作日志
ui-office-sign-in = 工作人员登录
ui-office-sign-in-lead = 本机设置为县区服务窗口使用。请输入工作人员密码后开始。
ui-record-title = 跟进记录
record-consent = 申请人同意在本机保存其姓名、电话和工作人员关于其的备注，仅用于工作人员跟进本次咨询。{ $days } 天后自动清除，申请人要求时可提前清除。
ui-record-name = 姓名
ui-record-phone = 电话
ui-record-note = 备注
ui-record-follow-up = 跟进状态
ui-record-save = 保存
ui-record-saved = 已保存。
ui-record-consented-at = 同意时间
ui-log-title = 咨询记录
ui-log-from = 起始日期
ui-log-to = 截止日期
ui-log-group = 人群
ui-log-measure = 匹配的措施
ui-log-name = 姓名或电话
ui-log-region = 县（市、区）
ui-log-any = 不限
ui-log-search = 查询
ui-log-clear = 清空条件
ui-log-none = 没有符合条件的咨询。
ui-log-started = 开始时间
ui-log-matched = 匹配措施数
ui-log-open = 查看
ui-log-unfinished = 未完成
ui-log-more = 只列出最近 200 条，请缩小查询范围。
ui-back-to-log = 返回咨询记录
ui-past-title = 咨询
ui-past-finished = 查看结果时间
ui-past-other-pack = 这次咨询使用的是另一版本的政策包。结果按当时的判断显示，措施名称取自现用政策包。
ui-past-answers = 当时的回答
ui-past-verdicts = 当时的结果
ui-past-no-verdicts = 没有适用于该申请人的措施，或未查看结果。
ui-erase-title = 应要求清除
ui-erase-explain = 彻底清除这次咨询：回答、结果、姓名、电话和备注。匿名的月度统计仍计入。
ui-erase = 清除这次咨询
ui-erase-confirm = 确认清除
ui-stats-title = 监测统计
ui-stats-from = 起始月份
ui-stats-to = 截止月份
ui-stats-show = 显示
ui-stats-none = 暂无统计。
ui-stats-as-table = 以表格显示
ui-export-title = 导出
ui-export-consultations = 咨询记录
ui-export-statistics = 统计数据
ui-export-written = 已保存到
ui-directory-title = 部门通讯录
ui-directory-lead = 政策文件未列出电话和地址。请填写本县（市、区）的信息；该地的申请人会在结果页和打印件上看到。
ui-directory-every-county = 所有县（市、区）
ui-packs-title = 政策包
ui-packs-current = 现用
ui-packs-source-installed = 已安装
ui-packs-source-built-in = 内置
ui-packs-rollback = 恢复上一个政策包
ui-packs-files = 找到的政策包文件
ui-packs-folders = 查找位置
ui-packs-no-files = 未找到政策包文件（.zip）。请放在U盘或共享文件夹中，然后重新查找。
ui-packs-no-folders = 未找到U盘或下载文件夹。请插入U盘后重新查找，或在设置中指定共享文件夹（pack_import_dirs）。
ui-packs-refresh = 重新查找
ui-packs-changes = 变更内容
ui-packs-other-pack = 该文件是另一套政策包，而不是现用政策包的新版本。
ui-packs-no-changes = 措施没有变化。
ui-packs-added = 新增
ui-packs-removed = 删除
ui-packs-changed = 修改
ui-packs-install-note = 安装后屏幕上的咨询将结束。现用政策包会保留，可以恢复。
ui-packs-install = 安装此政策包
ui-packs-install-anyway = 仍然安装
ui-packs-installed = 已安装
ui-packs-rolled-back = 现已使用
ui-audit-title = 操作日志
ui-audit-at = 时间
ui-audit-action = 操作
ui-audit-detail = 详情
audit-sign-in = 工作人员登录
audit-sign-out = 工作人员退出
audit-quit = 工作人员关闭应用
audit-settings = 修改设置
audit-record = 保存跟进记录
audit-erase = 应要求清除咨询
audit-export = 导出文件
audit-directory = 修改通讯录
audit-pack-install = 安装政策包
audit-pack-rollback = 恢复政策包
audit-retention = 超过保存期限，清除个人信息
error-bad-request = 应用发出了无法处理的请求（{ $detail }）。
error-export = 无法写入 { $path }：{ $reason }。
error-no-store = 本机没有数据库，无法查询或保存。
error-no-consultation = 没有这次咨询（可能已被清除）。
error-no-consent = 申请人同意后才能保存姓名、电话和备注：请先勾选同意。
error-too-long = { $field }太长（最多 { $max } 个字）。
error-pack-file = 无法使用 { $path }：{ $reason }。
error-app-no-data-dir = 本机没有可供应用保存数据的文件夹。
error-unknown-department = 政策包中没有“{ $department }”这个部门。
error-unknown-measure = 结果中没有“{ $measure }”这项措施。
error-pack-not-offered = { $path } 不在导入文件夹中，不能从这里安装。请把政策包文件放进列出的文件夹。
error-pack-file-too-large = { $path } 有 { $mib } MiB，太大，不可能是政策包。请勿使用该文件。
error-messages = 程序自带的文字文件 { $file } 已损坏，请重新安装本程序。
ui-error-unexpected = 出了点问题，请再试一次；如果仍然不行，请告知工作人员。
error-no-store-because = 无法使用数据库（{ $reason }）。
error-fault = 程序自身出了故障，这一步没有完成。请再试一次；如果仍然不行，请告知工作人员。

## 本机设置

setup-pin-hint = { $min } 到 { $max } 位数字；自助服务终端至少 { $kiosk } 位。
setup-export-hint = 不填时，导出的文件保存到：{ $dir }
ui-setup-title = 本机设置
ui-setup-lead-needed = 这台电脑第一次启动。请工作人员先完成下面的设置，之后才能开始咨询。
ui-setup-lead-offered = 个人使用无需设置。工作人员可以在这里把本机设为办事大厅的自助服务终端，或窗口使用的电脑。
ui-setup-lead-done = 保存后立即生效；更改用途要重新启动程序。
ui-setup-open = 本机设置（工作人员）
ui-setup-mode = 本机用途
ui-setup-mode-kiosk = 自助服务终端：办事大厅里无人值守，全屏锁定，离开后自动清除
ui-setup-mode-office = 窗口：工作人员陪同申请人，可以记录回访
ui-setup-mode-personal = 个人电脑：申请人自己使用，可以下次接着填
ui-setup-mode-fixed = 本机用途已在部署时设定（NAVIGATOR_MODE），这里不能更改。
ui-setup-pin = 工作人员密码
ui-setup-pin-again = 再输入一次
ui-setup-pin-keep = 不更改密码就留空。
ui-setup-county = 本机服务的地区
ui-setup-county-help = 工作人员页面的“部门通讯录”先打开这个地区。
ui-setup-export = 导出文件夹（可不填）
ui-setup-printer = 打印时在系统的打印窗口中选择打印机，系统会记住上次的选择。
ui-setup-save = 保存设置
ui-setup-saved = 设置已保存。
ui-setup-restart = 设置已保存。本机用途已更改，程序要重新启动才会按新的用途运行。
ui-setup-restart-now = 现在重新启动
ui-staff-nav-setup = 本机设置
# 朗读：说给耳朵听的完整句子。不读括号、条款序号和原文，也从不读出使用者的回答。
speech-option = 第{ $ordinal }项，{ $label }。
speech-press-one = 请选择一项，然后按下一步。
speech-press-several = 可以选择多项，选好后按下一步。
speech-press-type = 请在屏幕上输入，然后按下一步。
speech-results-intro = 这是您的结果：有 { $count } 项适合您或由部门审核，仅供参考。
speech-summary-title = 先办这几件事。
speech-summary-none = 眼下没有您可以直接申请、参加或使用的措施。
speech-summary-item = { $title }，{ $status }。
speech-go-first = 先去{ $office }。
speech-go-first-on-screen = 先去屏幕上这一项写的部门。
speech-results-more = 另有 { $count } 项也适合您或由部门审核，在屏幕上。
speech-results-rest = 还有 { $count } 项眼下不适合您，也在屏幕上。
speech-results-more-rest = 另有 { $more } 项也适合您或由部门审核，{ $rest } 项眼下不适合您，都在屏幕上。
speech-results-end = 要听全文，请按各项旁边的朗读按钮。
speech-countdown = 您还在吗？{ $seconds } 秒后将清除您的回答。如果您还在，请按我还在。
