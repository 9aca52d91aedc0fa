# 政策包的錯誤（繁體中文）：檢查政策包時發現的問題、政策包無法使用的原因。
# 所有說明都是完整的中文句子；引號裡的編號、值和原文是政策包自己寫的，解析器的原文標明為原文。

## 無法使用政策包

error-pack-unreadable = 無法讀取政策包資料夾 { $path }：{ $reason }。
error-pack-invalid = { $count ->
    [0] 政策包有誤。
   *[other] 政策包有誤（共 { $count } 處），第一處：{ $first }
}

## 政策包檢查的問題

problem-at-line = { $file } 第 { $line } 行：{ $problem }
problem-in-file = { $file }：{ $problem }
problem-missing-file = 缺少檔案
problem-not-text = 檔案不是 UTF-8 文字
problem-toml-syntax = TOML 語法錯誤。解析器的原文（英文）：「{ $said }」
problem-fluent-syntax = Fluent 語法錯誤。解析器的原文（英文）：「{ $said }」
problem-nested-too-deep = 預留位置（大括號內的部分）巢狀超過 { $max } 層；任何文字都不需要這麼多層
problem-unsupported-format = 不支援的政策包格式 { $format }（本程式讀取格式 { $supported }）
problem-unknown-locale = 「{ $locale }」不是支援的語言
problem-missing-locale = 缺少語言 { $locale } 的文字
problem-duplicate-department = 部門編號「{ $id }」重複
problem-duplicate-question = 問題編號「{ $id }」重複
problem-duplicate-option = 同一個問題裡的選項「{ $id }」重複
problem-duplicate-measure = 措施編號「{ $id }」重複
problem-duplicate-text = 文字「{ $id }」在這個語言的 .ftl 檔案裡出現了兩次
problem-bad-id = 「{ $id }」不是有效編號（只能用小寫字母、數字、- 和 _，以字母開頭）
problem-question-unknown-kind = 問題「{ $question }」：沒有「{ $kind }」這種類型（可用的類型：{ $kinds }）
problem-question-too-few-options = 問題「{ $question }」：選擇題至少要有兩個選項
problem-question-options-without-choice = 問題「{ $question }」：只有單選題和多選題才有選項
problem-question-bounds-without-number = 問題「{ $question }」：只有數字題才有 min 和 max
problem-question-bounds-reversed = 問題「{ $question }」：min 必須是有限的數，並且不大於 max
problem-question-min-selected-without-multi = 問題「{ $question }」：只有多選題才有 { $key }
problem-question-min-selected-too-large = 問題「{ $question }」：{ $key } 是 { $min }，但只有 { $options } 個選項
problem-question-unsure-without-choice = 問題「{ $question }」：只有單選題和是非題可以設 { $key }（不清楚）
problem-question-reserved-option = 問題「{ $question }」：選項不能叫「{ $option }」，這個名字留給「不清楚」
problem-question-exclusive-without-multi = 問題「{ $question }」：只有多選題才有 { $key } 選項
problem-question-exclusive-not-an-option = 問題「{ $question }」：互斥選項「{ $option }」不是這個問題的選項
problem-bad-audience = 人群問題「{ $question }」必須是政策包裡的多選題
problem-bad-region = 地區問題「{ $question }」必須是政策包裡的單選題
problem-unknown-question = 措施「{ $measure }」：沒有問題「{ $question }」
problem-unknown-option = 措施「{ $measure }」：「{ $value }」不是問題「{ $question }」的選項
problem-operator-mismatch = 措施「{ $measure }」：「{ $operator }」不能用來測試問題「{ $question }」（{ $kind ->
    [single] 單選題
    [multi] 多選題
    [bool] 是非題
    [number] 數字題
   *[date] 日期題
}）
problem-condition-not-one-shape = 措施「{ $measure }」：每個條件必須恰好寫 { $shapes } 中的一項
problem-condition-operator-beside-parts = 措施「{ $measure }」：all 和 any 不能帶測試運算子
problem-condition-no-parts = 措施「{ $measure }」：all 和 any 至少要有一個部分
problem-condition-operator-beside-not = 措施「{ $measure }」：not 不能帶測試運算子
problem-condition-not-one-operator = 措施「{ $measure }」：每個測試必須恰好有一個運算子（{ $operators }）
problem-condition-no-options = 措施「{ $measure }」：{ $operators } 至少要列出一個選項
problem-condition-not-finite = 措施「{ $measure }」：數字測試需要一個有限的數
problem-unknown-department = 措施「{ $measure }」：沒有部門「{ $department }」
problem-primary-not-listed = 措施「{ $measure }」：建議先聯絡的部門「{ $department }」不在其部門名單中
problem-unknown-group = 措施「{ $measure }」：人群「{ $group }」不是人群問題的選項
problem-no-excerpt = 措施「{ $measure }」沒有引用原文
problem-excerpt-not-in-source = 原文中找不到這句話：{ $excerpt }
problem-article-out-of-range = 第 { $article } 條不是文件中的條款
problem-bad-date = 「{ $date }」不是日期（格式 YYYY-MM-DD，不帶時間）
problem-validity-reversed = 措施「{ $measure }」：開始日期晚於結束日期
problem-unused-question = 問題「{ $question }」沒有被任何措施用到，永遠不會被問到
problem-missing-message = 語言 { $locale } 缺少文字「{ $id }」
problem-unknown-measure-kind = 措施「{ $measure }」：類型「{ $kind }」不是 { $kinds } 之一
problem-no-first-contact = 措施「{ $measure }」沒有寫明先去哪個部門（{ $key }）
problem-first-contact-not-an-office = 措施「{ $measure }」：「{ $department }」不是可以直接聯絡的部門，不能作為首先聯絡的部門
problem-discretion-not-reviewed = 措施「{ $measure }」的原文有「{ $word }」，由部門判斷，須標為 { $review }，或在 { $exempt } 中說明「{ $word }」為何不構成部門判斷
problem-sentence-not-covered = 第{ $article }條的這句話既未寫成措施，也未說明為何不適用：{ $sentence }

## 政策包檔案（供無網路的單位使用的已簽章政策包）無法使用的原因

error-archive-not-zip = 該檔案不是政策包檔案，或已損壞。zip 程式庫的原文（英文）：「{ $said }」
error-archive-entry-damaged = 政策包檔案中的「{ $path }」已損壞，無法讀取。請勿使用該檔案。zip 程式庫的原文（英文）：「{ $said }」
error-archive-directory-cut = 該檔案已損壞：zip 的檔案目錄不完整。請勿使用該檔案。
error-archive-entry-count = 該檔案已損壞：zip 的檔案目錄列出 { $listed } 個項目，實際只讀到 { $found } 個。請勿使用該檔案。
error-archive-signature-not-text = 政策包檔案中的簽章 { $file } 不是 UTF-8 文字，檔案已損壞。請勿使用該檔案。
error-archive-signature-syntax = 政策包檔案中的簽章 { $file } 第 { $line } 行有 TOML 語法錯誤，檔案已損壞。解析器的原文（英文）：「{ $said }」
error-archive-signature-format = 政策包檔案中的簽章 { $file } 是「{ $format }」格式，本程式只能讀取「{ $expected }」格式。請向政策制定部門確認，或更新本程式。
error-archive-signature-line = 政策包檔案中的簽章 { $file } 的檔案清單有一行無法識別：「{ $entry }」。請勿使用該檔案。
error-archive-signature-not-canonical = 政策包檔案中的簽章 { $file } 的檔案清單不是規範寫法（須按路徑排序、每個路徑只出現一次、十六進位用小寫）。請勿使用該檔案。
error-archive-signature-key = 政策包檔案中的簽章 { $file } 裡的公鑰無法識別。請勿使用該檔案。
error-archive-signature-encoding = 政策包檔案中的簽章 { $file } 裡的簽章編碼無法識別。請勿使用該檔案。
error-archive-signature-half = 政策包檔案中的簽章 { $file } 只有公鑰沒有簽章，或只有簽章沒有公鑰。請勿使用該檔案。
error-archive-unsafe-entry = 政策包檔案中有不允許的項目「{ $path }」。請勿使用該檔案。
error-archive-too-large-file = 該檔案有 { $size } 位元組，超過政策包檔案的上限（{ $limit } 位元組），不可能是政策包。請勿使用該檔案。
error-archive-too-many-entries = 該檔案中的項目超過 { $limit } 個，不可能是政策包。請勿使用該檔案。
error-archive-too-large-entry = 政策包檔案中的「{ $path }」解壓縮後超過 { $limit } 位元組，不可能是政策包的檔案。請勿使用該檔案。
error-archive-too-large-total = 政策包檔案解壓縮後總共超過 { $limit } 位元組，不可能是政策包。請勿使用該檔案。
error-archive-unsigned = 政策包檔案沒有簽章，無法信任。請向政策制定部門索取已簽章的政策包。
error-archive-bad-signature = 政策包檔案的簽章與內容不符：簽章後被改動過。請勿使用該檔案。
error-archive-untrusted-key = 政策包檔案的簽章金鑰不受本單位信任（{ $key }）。
error-archive-tampered = 政策包檔案中的「{ $path }」在簽章後被改動或已損壞。請勿使用該檔案。
error-archive-missing-file = 政策包檔案中缺少「{ $path }」。
error-archive-unlisted-file = 政策包檔案中的「{ $path }」是簽章後加入的。請勿使用該檔案。
error-archive-invalid-pack = { $count ->
    [0] 政策包檔案中的政策包有誤。
   *[other] 政策包檔案中的政策包有誤（共 { $count } 處），第一處：{ $first }
}
error-archive-io = 無法使用 { $path }：{ $reason }。
error-archive-not-written = 無法產生政策包檔案：{ $reason }。
error-archive-copy-differs = 寫入 { $path } 的副本與匯入的檔案不一致，政策包沒有安裝。請檢查磁碟後重試。
error-archive-older = 這個政策包（{ $offered }）比正在使用的（{ $in_use }）舊，因此沒有安裝：舊的政策包不能誤裝在新的上面。如確要退回，須由工作人員確認：在程式的政策包頁面確認，或在命令列中加上 { $flag }。
error-archive-other-pack = 這個政策包（{ $offered }）屬於另一項政策，與正在使用的（{ $in_use }）不同，因此沒有安裝。如確要更換政策，須由工作人員確認：在程式的政策包頁面確認，或在命令列中加上 { $flag }。
error-archive-bad-key = 不是有效的政策包簽章金鑰：{ $reason }。
error-archive-bad-key-file = { $path } 不是有效的政策包簽章金鑰檔案：{ $reason }。
error-archive-key-exists = { $path } 已存在，不會覆寫。請換一個資料夾。
error-archive-randomness = 這臺電腦無法產生安全的隨機金鑰。

## 金鑰檔案有誤的原因（接在「不是有效的政策包簽章金鑰檔案：」之後）

key-fault-not-text = 檔案不是文字
key-fault-secret-not-public = 這是私鑰檔案，不是公鑰檔案
key-fault-public-not-secret = 這是公鑰檔案，不是私鑰檔案
key-fault-no-header = 第一行必須是「{ $header }」
key-fault-missing = 檔案裡沒有金鑰
key-fault-more-than-one = 檔案裡有不止一個金鑰
key-fault-not-base64 = 金鑰的編碼有誤，或長度不是 32 位元組
key-fault-not-ed25519 = 這不是有效的 ed25519 公鑰
