# 政策包的错误（简体中文）：检查政策包时发现的问题、政策包无法使用的原因。
# 所有说明都是完整的中文句子；引号里的编号、值和原文是政策包自己写的，解析器的原话标明为原话。

## 无法使用政策包

error-pack-unreadable = 无法读取政策包文件夹 { $path }：{ $reason }。
error-pack-invalid = { $count ->
    [0] 政策包有误。
   *[other] 政策包有误（共 { $count } 处），第一处：{ $first }
}

## 政策包检查的问题

problem-at-line = { $file } 第 { $line } 行：{ $problem }
problem-in-file = { $file }：{ $problem }
problem-missing-file = 缺少文件
problem-not-text = 文件不是 UTF-8 文本
problem-toml-syntax = TOML 语法错误。解析器的原话（英文）：“{ $said }”
problem-fluent-syntax = Fluent 语法错误。解析器的原话（英文）：“{ $said }”
problem-nested-too-deep = 占位符（花括号内的部分）嵌套超过 { $max } 层；任何文字都不需要这么多层
problem-unsupported-format = 不支持的政策包格式 { $format }（本程序读取格式 { $supported }）
problem-unknown-locale = “{ $locale }”不是支持的语言
problem-missing-locale = 缺少语言 { $locale } 的文字
problem-duplicate-department = 部门编号“{ $id }”重复
problem-duplicate-question = 问题编号“{ $id }”重复
problem-duplicate-option = 同一个问题里的选项“{ $id }”重复
problem-duplicate-measure = 措施编号“{ $id }”重复
problem-duplicate-text = 文字“{ $id }”在这个语言的 .ftl 文件里出现了两次
problem-bad-id = “{ $id }”不是有效编号（只能用小写字母、数字、- 和 _，以字母开头）
problem-question-unknown-kind = 问题“{ $question }”：没有“{ $kind }”这种类型（可用的类型：{ $kinds }）
problem-question-too-few-options = 问题“{ $question }”：选择题至少要有两个选项
problem-question-options-without-choice = 问题“{ $question }”：只有单选题和多选题才有选项
problem-question-bounds-without-number = 问题“{ $question }”：只有数字题才有 min 和 max
problem-question-bounds-reversed = 问题“{ $question }”：min 必须是有限的数，并且不大于 max
problem-question-min-selected-without-multi = 问题“{ $question }”：只有多选题才有 { $key }
problem-question-min-selected-too-large = 问题“{ $question }”：{ $key } 是 { $min }，但只有 { $options } 个选项
problem-question-unsure-without-choice = 问题“{ $question }”：只有单选题和是非题可以设 { $key }（不清楚）
problem-question-reserved-option = 问题“{ $question }”：选项不能叫“{ $option }”，这个名字留给“不清楚”
problem-question-exclusive-without-multi = 问题“{ $question }”：只有多选题才有 { $key } 选项
problem-question-exclusive-not-an-option = 问题“{ $question }”：互斥选项“{ $option }”不是这个问题的选项
problem-bad-audience = 人群问题“{ $question }”必须是政策包里的多选题
problem-bad-region = 地区问题“{ $question }”必须是政策包里的单选题
problem-unknown-question = 措施“{ $measure }”：没有问题“{ $question }”
problem-unknown-option = 措施“{ $measure }”：“{ $value }”不是问题“{ $question }”的选项
problem-operator-mismatch = 措施“{ $measure }”：“{ $operator }”不能用来测试问题“{ $question }”（{ $kind ->
    [single] 单选题
    [multi] 多选题
    [bool] 是非题
    [number] 数字题
   *[date] 日期题
}）
problem-condition-not-one-shape = 措施“{ $measure }”：每个条件必须恰好写 { $shapes } 中的一项
problem-condition-operator-beside-parts = 措施“{ $measure }”：all 和 any 不能带测试运算符
problem-condition-no-parts = 措施“{ $measure }”：all 和 any 至少要有一个部分
problem-condition-operator-beside-not = 措施“{ $measure }”：not 不能带测试运算符
problem-condition-not-one-operator = 措施“{ $measure }”：每个测试必须恰好有一个运算符（{ $operators }）
problem-condition-no-options = 措施“{ $measure }”：{ $operators } 至少要列出一个选项
problem-condition-not-finite = 措施“{ $measure }”：数字测试需要一个有限的数
problem-unknown-department = 措施“{ $measure }”：没有部门“{ $department }”
problem-primary-not-listed = 措施“{ $measure }”：建议先联系的部门“{ $department }”不在其部门名单中
problem-unknown-group = 措施“{ $measure }”：人群“{ $group }”不是人群问题的选项
problem-no-excerpt = 措施“{ $measure }”没有引用原文
problem-excerpt-not-in-source = 原文中找不到这句话：{ $excerpt }
problem-article-out-of-range = 第 { $article } 条不是文件中的条款
problem-bad-date = “{ $date }”不是日期（格式 YYYY-MM-DD，不带时间）
problem-validity-reversed = 措施“{ $measure }”：开始日期晚于结束日期
problem-unused-question = 问题“{ $question }”没有被任何措施用到，永远不会被问到
problem-missing-message = 语言 { $locale } 缺少文字“{ $id }”
problem-unknown-measure-kind = 措施“{ $measure }”：类型“{ $kind }”不是 { $kinds } 之一
problem-no-first-contact = 措施“{ $measure }”没有写明先去哪个部门（{ $key }）
problem-first-contact-not-an-office = 措施“{ $measure }”：“{ $department }”不是可以直接联系的部门，不能作为首先联系的部门
problem-discretion-not-reviewed = 措施“{ $measure }”的原文有“{ $word }”，由部门判断，须标为 { $review }，或在 { $exempt } 中说明“{ $word }”为何不构成部门判断
problem-sentence-not-covered = 第{ $article }条的这句话既未写成措施，也未说明为何不适用：{ $sentence }

## 政策包文件（供无网络的单位使用的签名政策包）无法使用的原因

error-archive-not-zip = 该文件不是政策包文件，或已损坏。zip 程序库的原话（英文）：“{ $said }”
error-archive-entry-damaged = 政策包文件中的“{ $path }”已损坏，无法读取。请勿使用该文件。zip 程序库的原话（英文）：“{ $said }”
error-archive-directory-cut = 该文件已损坏：zip 的文件目录不完整。请勿使用该文件。
error-archive-entry-count = 该文件已损坏：zip 的文件目录列出 { $listed } 个条目，实际只读到 { $found } 个。请勿使用该文件。
error-archive-signature-not-text = 政策包文件中的签名 { $file } 不是 UTF-8 文本，文件已损坏。请勿使用该文件。
error-archive-signature-syntax = 政策包文件中的签名 { $file } 第 { $line } 行有 TOML 语法错误，文件已损坏。解析器的原话（英文）：“{ $said }”
error-archive-signature-format = 政策包文件中的签名 { $file } 是“{ $format }”格式，本程序只能读取“{ $expected }”格式。请向政策制定部门确认，或更新本程序。
error-archive-signature-line = 政策包文件中的签名 { $file } 的文件清单有一行无法识别：“{ $entry }”。请勿使用该文件。
error-archive-signature-not-canonical = 政策包文件中的签名 { $file } 的文件清单不是规范写法（须按路径排序、每个路径只出现一次、十六进制用小写）。请勿使用该文件。
error-archive-signature-key = 政策包文件中的签名 { $file } 里的公钥无法识别。请勿使用该文件。
error-archive-signature-encoding = 政策包文件中的签名 { $file } 里的签名编码无法识别。请勿使用该文件。
error-archive-signature-half = 政策包文件中的签名 { $file } 只有公钥没有签名，或只有签名没有公钥。请勿使用该文件。
error-archive-unsafe-entry = 政策包文件中有不允许的条目“{ $path }”。请勿使用该文件。
error-archive-too-large-file = 该文件有 { $size } 字节，超过政策包文件的上限（{ $limit } 字节），不可能是政策包。请勿使用该文件。
error-archive-too-many-entries = 该文件中的条目超过 { $limit } 个，不可能是政策包。请勿使用该文件。
error-archive-too-large-entry = 政策包文件中的“{ $path }”解压后超过 { $limit } 字节，不可能是政策包的文件。请勿使用该文件。
error-archive-too-large-total = 政策包文件解压后总共超过 { $limit } 字节，不可能是政策包。请勿使用该文件。
error-archive-unsigned = 政策包文件没有签名，无法信任。请向政策制定部门索取已签名的政策包。
error-archive-bad-signature = 政策包文件的签名与内容不符：签名后被改动过。请勿使用该文件。
error-archive-untrusted-key = 政策包文件的签名密钥不受本单位信任（{ $key }）。
error-archive-tampered = 政策包文件中的“{ $path }”在签名后被改动或已损坏。请勿使用该文件。
error-archive-missing-file = 政策包文件中缺少“{ $path }”。
error-archive-unlisted-file = 政策包文件中的“{ $path }”是签名后加入的。请勿使用该文件。
error-archive-invalid-pack = { $count ->
    [0] 政策包文件中的政策包有误。
   *[other] 政策包文件中的政策包有误（共 { $count } 处），第一处：{ $first }
}
error-archive-io = 无法使用 { $path }：{ $reason }。
error-archive-not-written = 无法生成政策包文件：{ $reason }。
error-archive-copy-differs = 写入 { $path } 的副本与导入的文件不一致，政策包没有安装。请检查磁盘后重试。
error-archive-older = 这个政策包（{ $offered }）比正在使用的（{ $in_use }）旧，因此没有安装：旧的政策包不能误装在新的上面。如确要退回，须由工作人员确认：在程序的政策包页面确认，或在命令行中加上 { $flag }。
error-archive-other-pack = 这个政策包（{ $offered }）属于另一项政策，与正在使用的（{ $in_use }）不同，因此没有安装。如确要更换政策，须由工作人员确认：在程序的政策包页面确认，或在命令行中加上 { $flag }。
error-archive-bad-key = 不是有效的政策包签名密钥：{ $reason }。
error-archive-bad-key-file = { $path } 不是有效的政策包签名密钥文件：{ $reason }。
error-archive-key-exists = { $path } 已存在，不会覆盖。请换一个文件夹。
error-archive-randomness = 这台电脑无法生成安全的随机密钥。

## 密钥文件有误的原因（接在“不是有效的政策包签名密钥文件：”之后）

key-fault-not-text = 文件不是文本
key-fault-secret-not-public = 这是私钥文件，不是公钥文件
key-fault-public-not-secret = 这是公钥文件，不是私钥文件
key-fault-no-header = 第一行必须是“{ $header }”
key-fault-missing = 文件里没有密钥
key-fault-more-than-one = 文件里有不止一个密钥
key-fault-not-base64 = 密钥的编码有误，或长度不是 32 字节
key-fault-not-ed25519 = 这不是有效的 ed25519 公钥
