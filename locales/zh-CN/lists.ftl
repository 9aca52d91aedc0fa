# 名单筛查（政策找人）：映射文件、输出工作簿和错误的用语。

list-map-heading = 名单映射：每一列回答哪个问题，单元格里的值对应哪个选项。请核对后保存，下个月同样格式的名单可以直接使用。
list-map-carried = 列“{ $header }”没有对应的问题：原样带到结果里，不参与筛查。
list-map-unplaced = 值“{ $value }”没有找到对应的选项，请在下面填写，否则含有它的行会列入错误。

list-sheet-summary = 汇总
list-sheet-rows = 逐人结果
list-sheet-errors = 错误
list-summary-source = 名单格式
list-summary-date = 筛查日期
list-summary-pack = 政策包
list-summary-rows-in = 读入的行
list-summary-screened = 已筛查的行
list-summary-in-error = 有错误的行
list-summary-blank = 空行（未计入）
list-col-measure = 政策措施
list-col-group = 人员类别
list-col-people = 人数
list-col-people-to-call = 其中可联系的人数
list-col-row = 行号
list-col-ask = 还要问的问题
list-col-column = 列
list-col-value = 值
list-col-reason = 原因
list-col-status = 状态
list-col-contact = 首先联系

list-status-eligible = 可以申请
list-status-eligible-any = 适合（可以申请、使用或参加）
list-status-needs_review = 需部门审核
list-status-unknown = 名单未说明，待询问
list-status-ineligible = 不符合
list-status-expired = 已过期
list-status-eligible-service = 可以使用
list-status-eligible-programme = 可以参加
list-status-eligible-commitment = 与其有关，可以关注
list-status-needs_review-service = 能否使用，由部门决定
list-status-needs_review-programme = 能否参加，由部门决定
list-status-needs_review-commitment = 与其有关，具体由部门决定

list-error-unknown-value = 映射里没有“{ $value }”对应的选项
list-error-not-a-person = 这一行是合计、签字或注释，不是名单上的人，没有筛查
list-error-header-again = 这一行是又一次出现的标题或表头（可能是两张名单接在一起），不是名单上的人，没有筛查
list-error-said-both = 这一行有一列说此人是“{ $option }”，另一列又说不是，没有筛查
list-error-workbook = 这个文件不是能读取的 Excel（xlsx、xls）或 ODS 工作簿。
list-error-encoding = 这个 CSV 文件既不是 UTF-8，也不是 GBK/GB18030 编码。
list-error-csv = CSV 文件第 { $line } 行无法读取。
list-error-no-sheet = 工作簿里没有名为“{ $sheet }”的工作表。它的工作表有：{ $sheets }。
list-error-sheet-of-csv = CSV 文件没有工作表，读不出工作表“{ $sheet }”。只有 Excel 或 ODS 工作簿才能指定工作表（命令行请去掉 --sheet）。
list-error-not-a-file = { $path } 不是文件（是设备或管道），不能作为名单读取。
list-error-no-header = 名单里找不到标题行。
list-error-mapping-syntax = 映射文件第 { $line } 行格式不对（应为 TOML）。
list-error-unknown-question = 映射里写的问题“{ $question }”不存在。
list-error-unknown-option = “{ $option }”不是问题“{ $question }”的选项。
list-error-question-twice = 映射让两列回答同一个问题“{ $question }”。
list-error-no-column = 名单里没有“{ $header }”这一列。
list-error-cancelled = 筛查已取消，没有写入结果。
list-progress-reading = 第 1 步（共 4 步）：正在读取名单……
list-progress-screening = 第 2 步（共 4 步）：正在逐行筛查，{ $done } / { $total } 行
list-progress-writing = 第 3 步（共 4 步）：正在写入结果表，已完成 { $percent }%
list-progress-saving = 第 4 步（共 4 步）：正在压缩保存工作簿，已写入 { $size } MB
list-error-too-many-rows = 名单超过 { $limit } 行，无法筛查。请分成几个文件。
list-error-too-many-columns = 名单超过 { $limit } 列，无法筛查。请检查工作表最右边是否有多余的内容。
list-error-too-many-cells = 名单的单元格超过 { $limit } 个，无法筛查。请删除多余的列，或分成几个文件。
list-error-too-many-merged = 名单的一张表里合并单元格超过 { $limit } 处，无法筛查。请取消合并单元格，或分成几个文件。
list-error-unpacked = 这个工作簿解压后超过 { $limit } MB，远超一份名单的大小，没有读取。请用表格软件重新保存名单，或另存为 CSV。
list-error-empty-mapping = 映射里没有任何一列，名单里的内容都不会被读取：请至少为一列选择对应的问题。
list-error-output-is-input = 结果文件不能是名单文件本身，否则名单会被覆盖。请换一个文件名。
list-error-output-not-xlsx = 结果文件必须是 .xlsx 工作簿：{ $path }
list-error-output-exists = 文件已经存在：{ $path }。请换一个文件名（命令行可加 --force 覆盖）。
list-error-cell-too-long = 第 { $line } 行“{ $column }”列的内容太长（超过 32767 个字），工作簿的单元格放不下。请在名单里缩短它。
list-error-temp-dir = 临时文件夹 { $path } 无法写入（{ $reason }），无法生成工作簿。请检查 TMPDIR 或 TEMP 设置。

audit-list-screen = 筛查名单

cli-list-read = 已读取名单：{ $format }，{ $rows } 行。
cli-list-done = 已筛查 { $screened } 行，{ $errors } 行有错误，结果写入 { $path }。
