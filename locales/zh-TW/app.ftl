# 應用程式自身的文字（繁體中文）。政策包的文字在政策包裡。

app-name = 創業扶持導航
app-tagline = 看看朔州的創業扶持政策裡，哪些適合您

## 結果分組

status-eligible = 您可以申請
status-needs_review = 需部門審核
status-ineligible = 暫不符合
status-unknown = 尚待回答
status-expired = 已過期

expired-on = 已於 { $date } 結束
citation = { $document }第{ $article }條
progress-remaining = 最多還有 { $count } 個問題
progress-done = 問題已全部回答
departments-damaged = 原文此處的部門名單有缺損，這裡只列出清晰可辨的部門，無法確定牽頭部門。
colon = ：
quoted = 「{ $text }」
with-note = { $text }（{ $note }）
list-separator = 、
answer-yes = 是
answer-no = 否
answer-none-selected = 都不是

## 不符合的原因

reason-is = { $question }：需要是「{ $expected }」，您的回答是「{ $actual }」
reason-is-not = { $question }：不能是「{ $expected }」
reason-one-of = { $question }：需要是「{ $expected }」之一，您的回答是「{ $actual }」
reason-none-of = { $question }：不能是「{ $expected }」之一，您的回答是「{ $actual }」
reason-contains = { $question }：需要包括「{ $expected }」
reason-contains-not = { $question }：不能包括「{ $expected }」
reason-contains-any = { $question }：需要包括「{ $expected }」中的至少一項
reason-contains-none = { $question }：不能包括「{ $expected }」中的任何一項
reason-at-least = { $question }：需要不少於 { $expected }，您的回答是 { $actual }
reason-at-most = { $question }：需要不超過 { $expected }，您的回答是 { $actual }
reason-less-than = { $question }：需要少於 { $expected }，您的回答是 { $actual }
reason-more-than = { $question }：需要多於 { $expected }，您的回答是 { $actual }
reason-on-or-after = { $question }：需要在 { $expected } 當天或之後，您的回答是 { $actual }
reason-before = { $question }：需要在 { $expected } 之前，您的回答是 { $actual }
reason-not-yet-in-force = 該措施自 { $date } 起實施

near-miss-eligible = 如果「{ $question }」的回答是「{ $answer }」，您就可以申請。
near-miss-review = 如果「{ $question }」的回答是「{ $answer }」，您就可以申請，由部門審核。
near-miss-depends = 如果「{ $question }」的回答是「{ $answer }」，就可能符合，還要看：{ $questions }。

## 命令列

cli-next-question = 下一個問題
cli-no-more-questions = 所有結果都已確定，不需要再回答問題。
cli-asked = 已回答 { $count } 個問題。
cli-why = 下一個問題關係到
cli-source = 依據
cli-departments = 聯絡部門
cli-lead = 牽頭
cli-primary = 建議先聯絡
cli-review = 部門審核
cli-missing = 還需回答
cli-near-miss = 差一點
cli-none = （無）
cli-pack-valid = 政策包有效：{ $id } { $version }（{ $document }），{ $measures } 項措施，{ $questions } 個問題，{ $departments } 個部門。
cli-pack-invalid = 政策包有 { $count } 個問題，不能使用：
cli-not-applicable = 不構成可申請措施的條款：{ $count } 處
cli-ask-intro = 請回答下面的問題。輸入選項前的數字；多選時用空格分隔多個數字；輸入 b 返回上一題，輸入 q 退出。
cli-ask-multi-hint = （可多選，用空格分隔）
cli-ask-bool-hint = 1 = 是，2 = 否
cli-ask-invalid = 沒看懂這個回答，請再輸入一次。
cli-ask-saved = 您的回答已儲存（諮詢編號 { $id }）。
cli-ask-resume = 繼續諮詢 { $id }。
cli-history-empty = 還沒有儲存的諮詢。
cli-history-row = #{ $id }  { $started }  { $locale }  { $pack }  已答 { $answers } 題  { $state }
cli-history-finished = 已完成
cli-history-open = 未完成

## 桌面應用介面

ui-language = 語言
ui-large-text = 大字
ui-high-contrast = 高對比度
ui-start = 開始
ui-welcome-short = 只問與您有關的幾個問題，點選即可，不用打字。
ui-welcome-private = 不收集姓名、電話等個人資料；回答只保存在本機。
ui-welcome-source = 每一項結果都註明政策原文出處和聯繫部門。
ui-changing = 修改這個回答
ui-choose-several = 可以多選，選好後點「下一步」。
ui-choose-one = 請選擇一項，然後點「下一步」。
ui-why = 為什麼問這個？
ui-why-intro = 您的回答會決定以下措施是否適合您：
ui-back = 上一步
ui-next = 下一步
ui-review-title = 請檢查您的回答
ui-review-lead = 如有需要可以修改，修改後結果會重新計算。
ui-change = 修改
ui-see-results = 查看結果
ui-results-title = 您的結果
ui-results-lead = 以下是朔政發〔2021〕26號中與您的情況有關的扶持措施。結果僅供參考，以有關部門的審核為準。
ui-group-eligible = 您可以申請
ui-group-needs_review = 要看部門審核
ui-group-ineligible = 暫不符合——原因如下
ui-group-unknown = 還需回答
ui-group-expired = 已過期（僅供了解）
ui-department-review = 部門審核
ui-not-met = 不符合的條件
ui-near-miss = 差一點
ui-source = 政策依據
ui-departments = 聯繫部門
ui-lead = 牽頭
ui-contact-first = 建議先聯繫
ui-phone = 電話
ui-address = 地址
ui-hours = 辦公時間
ui-change-answers = 修改回答
ui-print = 列印
ui-start-over = 重新開始
ui-print-title = 創業扶持導航 · 查詢結果
ui-print-date = 日期
ui-print-pack = 政策
ui-print-note = 本頁不含個人資料。結果僅供參考，以有關部門的審核為準。
ui-takeaway-title = 帶走您的結果
ui-takeaway-help = 用手機相機掃描此碼，即可以文字形式保存上面的清單（措施、條款和聯絡部門）。不會傳送任何資訊，碼中也不含您的回答。
ui-takeaway-alt = 以文字形式保存結果的二維碼
ui-takeaway-show-text = 查看碼中的文字
ui-takeaway-left-out = 二維碼容量有限：完整清單請看螢幕或列印件。
ui-resume = 繼續上次的諮詢
ui-idle-title = 您還在嗎？
ui-idle-body = 為保護您的隱私，倒數結束後將清除您的回答，下一位使用者將重新開始。
ui-idle-continue = 我還在
ui-idle-seconds = 秒
ui-colon = ：

## 錯誤

warn-database-replaced = 資料庫檔案已損壞，已原樣另存為 { $path }，並新建了一個資料庫。請告知工作人員，可從備份還原。
warn-no-database = 本機無法儲存回答（{ $reason }）。您仍可正常使用，回答會保留到關閉程式為止。工作人員：請檢查資料夾。
warn-not-saved = 您的回答暫時無法儲存到這台電腦（{ $reason }）。您可以繼續作答，回答會保留到關閉程式為止。工作人員：請檢查磁碟空間和資料夾。
warn-pack-refused = 已安裝的政策包無法使用（{ $reason }），現使用內建政策包。工作人員：請重新安裝或回退。
warn-bad-settings = 設定無法使用（{ $reason }），程式正以預設設定執行。工作人員：請更正設定檔。
error-prefix = 錯誤
error-unknown-language = 不支援的語言「{ $lang }」；可用：zh-CN、zh-TW、en。
error-bad-date = 「{ $date }」不是有效日期，請用 YYYY-MM-DD 格式。
error-bad-month = 「{ $month }」不是有效的月份，請寫成 YYYY-MM，例如 2026-03
error-read-file = 無法讀取檔案 { $path }：{ $reason }。
error-write-file = 無法寫入 { $path }：{ $reason }。
error-not-utf8 = 檔案 { $path } 不是 UTF-8 文字。
error-answers = 回答有誤：{ $detail }
error-answers-malformed = 回答檔案不是有效的 JSON（第 { $line } 行第 { $column } 欄有誤）。
error-answers-not-object = 回答檔案必須是一個 JSON 物件，例如 { $example }。
error-answers-unknown-question = 沒有「{ $question }」這個問題。
error-answers-wrong-type = 問題「{ $question }」的回答型別不對：需要 { $expected }。
error-answers-unknown-option = 「{ $value }」不是問題「{ $question }」的選項。
error-answers-too-few = 問題「{ $question }」至少要選 { $min } 項。
error-answers-out-of-range = 「{ $value }」超出了問題「{ $question }」允許的範圍。
error-answers-invalid-date = 「{ $value }」不是有效日期（問題「{ $question }」，格式 YYYY-MM-DD）。
error-pack = 無法使用政策包：{ $detail }
error-store = 資料庫出錯：{ $detail }
error-no-data-dir = 找不到使用者資料目錄，請用 --db 指定資料庫檔案。

## Exports and statistics (for staff)
export-sheet-consultations = 諮詢記錄
export-sheet-statistics = 統計資料
export-col-id = 編號
export-col-started = 開始時間
export-col-finished = 完成時間
export-col-language = 語言
export-col-pack-version = 政策包版本
export-col-region = 縣（市、區）
export-col-groups = 人群
export-col-eligible = 可申請的措施
export-col-needs-review = 需部門審核的措施
export-col-section = 類別
export-col-key = 代碼
export-col-label = 名稱
export-col-count = 次數
stats-section-total = 總數
stats-section-group = 按人群
stats-section-region = 按縣（市、區）
stats-section-month = 按月份
stats-section-matched = 匹配最多的措施
stats-section-near-miss = 最常差一步的條件
stats-total-consultations = 諮詢次數
stats-total-finished = 看到結果的諮詢次數
cli-stats-empty = （無）
cli-export-written = 已匯出 { $count } 筆諮詢紀錄到 { $path }

## 政策包檔案（供無網路的單位使用的已簽章政策包）

cli-keygen-written = 已寫入私鑰 { $secret }（只保存在政策制定部門的電腦上）和公鑰 { $public }（交給每個匯入政策包的單位）。
cli-keygen-public = 公鑰：{ $key }
cli-archive-built = 已寫入 { $path }：{ $id } { $version }，{ $measures } 項措施，簽章金鑰 { $key }。
cli-archive-built-unsigned = 已寫入 { $path }：{ $id } { $version }，{ $measures } 項措施，未簽章。
cli-archive-verified = 政策包檔案完好，簽章金鑰可信（{ $key }）：{ $id } { $version }，{ $measures } 項措施。
cli-archive-verified-unsigned = 政策包檔案完好，但未簽章：{ $id } { $version }，{ $measures } 項措施。
cli-diff-packs = { $old } → { $new }
cli-diff-added = 新增：{ $count } 項
cli-diff-removed = 刪除：{ $count } 項
cli-diff-changed = 修改：{ $count } 項
cli-diff-none = 沒有新增、刪除或修改的措施。

# The result to take away as text (and QR code): no answers, no personal data.
takeaway-header = 創業扶持導航 · { $document } · { $date }
takeaway-group = 【{ $status }】
takeaway-more = ……另有 { $count } 項，請看螢幕或列印件。
takeaway-none = 暫無可申請的措施。
takeaway-footer = 結果僅供參考，以有關部門審核為準。

# Personal mode: continuing an unfinished consultation.
resume-detail = 已回答 { $count } 題，最後一次在 { $date }
error-nothing-to-resume = 沒有可以繼續的未完成諮詢。

# The staff PIN.
error-pin-digits = 工作人員密碼須為 4 至 12 位數字。
cli-pin-set = 已設定工作人員密碼（只保存其雜湊值，位於 { $path }）。
error-pin-wrong = 密碼錯誤。再錯 { $tries } 次將鎖定。
error-pin-locked = 錯誤次數過多：密碼已鎖定至 { $time }。
error-no-pin = 本機未設定工作人員密碼（請用 navigator set-pin 設定）。
error-not-signed-in = 請先輸入工作人員密碼登入。
ui-staff-title = 工作人員
ui-staff-enter-pin = 請輸入工作人員密碼。
ui-staff-delete = 刪除
ui-staff-sign-in = 登入
ui-staff-cancel = 取消
ui-staff-signed-in = 已登入。兩分鐘後自動重新鎖定。
ui-staff-quit = 關閉程式

# County-office mode (issue #4): follow-up of a consultation, its export column, `navigator purge`.
followup-open = 待跟進
followup-referred = 已轉介
followup-applied = 已申請
followup-closed = 已辦結
export-col-follow-up = 跟進狀態
cli-purge-done = 已清除 { $count } 筆諮詢紀錄的姓名、電話和備註（開始於 { $date } 之前 { $days } 天以上）。

# 桌面應用的工作人員介面（議題 #4）：窗口登入、跟進記錄、諮詢記錄、統計、匯出、部門通訊錄、政策包和操作日誌。
ui-staff-pages = 工作人員功能
ui-staff-sign-out = 登出
ui-staff-nav-consultation = 諮詢
ui-staff-nav-log = 諮詢記錄
ui-staff-nav-stats = 統計
ui-staff-nav-directory = 部門通訊錄
ui-staff-nav-packs = 政策包
ui-staff-nav-audit = 操作日誌
ui-office-sign-in = 工作人員登入
ui-office-sign-in-lead = 本機設定為縣區服務窗口使用。請輸入工作人員密碼後開始。
ui-record-title = 跟進記錄
record-consent = 申請人同意在本機保存其姓名和電話，僅用於工作人員跟進本次諮詢。{ $days } 天後自動清除，申請人要求時可提前清除。
ui-record-name = 姓名
ui-record-phone = 電話
ui-record-note = 備註
ui-record-follow-up = 跟進狀態
ui-record-save = 保存
ui-record-saved = 已保存。
ui-record-consented-at = 同意時間
ui-log-title = 諮詢記錄
ui-log-from = 起始日期
ui-log-to = 截止日期
ui-log-group = 人群
ui-log-measure = 符合的措施
ui-log-name = 姓名或電話
ui-log-region = 縣（市、區）
ui-log-any = 不限
ui-log-search = 查詢
ui-log-clear = 清空條件
ui-log-none = 沒有符合條件的諮詢。
ui-log-started = 開始時間
ui-log-matched = 符合措施數
ui-log-open = 查看
ui-log-unfinished = 未完成
ui-log-more = 只列出最近 200 條，請縮小查詢範圍。
ui-back-to-log = 返回諮詢記錄
ui-past-title = 諮詢
ui-past-finished = 查看結果時間
ui-past-other-pack = 這次諮詢使用的是另一版本的政策包。結果按當時的判斷顯示，措施名稱取自現用政策包。
ui-past-answers = 當時的回答
ui-past-verdicts = 當時的結果
ui-past-no-verdicts = 沒有適用於該申請人的措施，或未查看結果。
ui-erase-title = 應要求清除
ui-erase-explain = 徹底清除這次諮詢：回答、結果、姓名、電話和備註。匿名的月度統計仍計入。
ui-erase = 清除這次諮詢
ui-erase-confirm = 確認清除
ui-stats-title = 監測統計
ui-stats-from = 起始月份
ui-stats-to = 截止月份
ui-stats-show = 顯示
ui-stats-none = 暫無統計。
ui-stats-as-table = 以表格顯示
ui-export-title = 匯出
ui-export-consultations = 諮詢記錄
ui-export-statistics = 統計數據
ui-export-written = 已保存到
ui-directory-title = 部門通訊錄
ui-directory-lead = 政策文件未列出電話和地址。請填寫本縣（市、區）的資訊；該地的申請人會在結果頁和列印件上看到。
ui-directory-every-county = 所有縣（市、區）
ui-packs-title = 政策包
ui-packs-current = 現用
ui-packs-source-installed = 已安裝
ui-packs-source-built-in = 內建
ui-packs-rollback = 恢復上一個政策包
ui-packs-files = 找到的政策包檔案
ui-packs-folders = 查找位置
ui-packs-no-files = 未找到政策包檔案（.zip）。請放在隨身碟或共用資料夾中，然後重新查找。
ui-packs-no-folders = 未找到隨身碟或下載資料夾。請插入隨身碟後重新查找，或在設定中指定共用資料夾（pack_import_dirs）。
ui-packs-refresh = 重新查找
ui-packs-changes = 變更內容
ui-packs-other-pack = 該檔案是另一套政策包，而不是現用政策包的新版本。
ui-packs-no-changes = 措施沒有變化。
ui-packs-added = 新增
ui-packs-removed = 刪除
ui-packs-changed = 修改
ui-packs-install-note = 安裝後螢幕上的諮詢將結束。現用政策包會保留，可以恢復。
ui-packs-install = 安裝此政策包
ui-packs-installed = 已安裝
ui-packs-rolled-back = 現已使用
ui-audit-title = 操作日誌
ui-audit-at = 時間
ui-audit-action = 操作
ui-audit-detail = 詳情
audit-sign-in = 工作人員登入
audit-sign-out = 工作人員登出
audit-quit = 工作人員關閉應用
audit-settings = 修改設定
audit-record = 保存跟進記錄
audit-erase = 應要求清除諮詢
audit-export = 匯出檔案
audit-directory = 修改通訊錄
audit-pack-install = 安裝政策包
audit-pack-rollback = 恢復政策包
audit-retention = 超過保存期限，清除個人資訊
error-bad-request = 應用發出了無法處理的請求（{ $detail }）。
error-export = 無法寫入 { $path }：{ $reason }。
error-no-store = 本機沒有資料庫，無法查詢或保存。
error-no-consultation = 沒有這次諮詢（可能已被清除）。
error-no-consent = 申請人同意後才能保存姓名和電話：請先勾選同意。
error-too-long = { $field }太長（最多 { $max } 個字）。
error-pack-file = 無法使用 { $path }：{ $reason }。
error-app-no-data-dir = 本機沒有可供應用程式保存資料的資料夾。
error-unknown-department = 政策包中沒有「{ $department }」這個部門。
error-pack-not-offered = { $path } 不在匯入資料夾中，不能從這裡安裝。請把政策包檔案放進列出的資料夾。
error-pack-file-too-large = { $path } 有 { $mib } MiB，太大，不可能是政策包。請勿使用該檔案。
error-messages = 程式內建的文字檔 { $file } 已損壞，請重新安裝本程式。
ui-error-unexpected = 出了點問題，請再試一次；如果仍然不行，請告知工作人員。
error-no-store-because = 無法使用資料庫（{ $reason }）。
