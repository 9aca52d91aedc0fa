# 政策包的錯誤（繁體中文）：檢查政策包時發現的問題、政策包無法使用的原因。
# 所有說明都是完整的中文句子；引號裡的編號、值和原文是政策包自己寫的，解析器的原文標明為原文。

## 無法使用政策包

error-pack-unreadable = 無法讀取政策包資料夾 { $path }：{ $reason }
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
