# 名單篩查（政策找人）：對應檔、輸出活頁簿和錯誤的用語。

list-map-heading = 名單對應：每一欄回答哪個問題，儲存格裡的值對應哪個選項。請核對後儲存，下個月同樣格式的名單可以直接使用。
list-map-carried = 欄「{ $header }」沒有對應的問題：原樣帶到結果裡，不參與篩查。
list-map-unplaced = 值「{ $value }」沒有找到對應的選項，請在下面填寫，否則含有它的列會列入錯誤。

list-sheet-summary = 匯總
list-sheet-rows = 逐人結果
list-sheet-errors = 錯誤
list-summary-source = 名單格式
list-summary-date = 篩查日期
list-summary-pack = 政策包
list-summary-rows-in = 讀入的列
list-summary-screened = 已篩查的列
list-summary-in-error = 有錯誤的列
list-summary-blank = 空列（未計入）
list-col-measure = 政策措施
list-col-group = 人員類別
list-col-people = 人數
list-col-people-to-call = 其中可聯繫的人數
list-col-row = 列號
list-col-ask = 還要問的問題
list-col-column = 欄
list-col-value = 值
list-col-reason = 原因
list-col-status = 狀態
list-col-contact = 首先聯繫

list-status-eligible = 可以申請
list-status-eligible-any = 適合（可以申請、使用或參加）
list-status-needs_review = 需部門審核
list-status-unknown = 名單未說明，待詢問
list-status-ineligible = 不符合
list-status-expired = 已過期
list-status-eligible-service = 可以使用
list-status-eligible-programme = 可以參加
list-status-eligible-commitment = 與其有關，可以關注
list-status-needs_review-service = 能否使用，由部門決定
list-status-needs_review-programme = 能否參加，由部門決定
list-status-needs_review-commitment = 與其有關，具體由部門決定

list-error-unknown-value = 對應檔裡沒有「{ $value }」對應的選項
list-error-not-a-person = 這一列是合計、簽字或註釋，不是名單上的人，沒有篩查
list-error-header-again = 這一列是又一次出現的標題或表頭（可能是兩張名單接在一起），不是名單上的人，沒有篩查
list-error-said-both = 這一列有一欄說此人是「{ $option }」，另一欄又說不是，沒有篩查
list-error-workbook = 這個檔案不是能讀取的 Excel（xlsx、xls）或 ODS 活頁簿。
list-error-encoding = 這個 CSV 檔案既不是 UTF-8，也不是 GBK/GB18030 編碼。
list-error-csv = CSV 檔案第 { $line } 行無法讀取。
list-error-no-sheet = 活頁簿裡沒有名為「{ $sheet }」的工作表。它的工作表有：{ $sheets }。
list-error-sheet-of-csv = CSV 檔案沒有工作表，讀不出工作表「{ $sheet }」。只有 Excel 或 ODS 活頁簿才能指定工作表（命令列請去掉 --sheet）。
list-error-not-a-file = { $path } 不是檔案（是裝置或管道），不能作為名單讀取。
list-error-no-header = 名單裡找不到標題列。
list-error-mapping-syntax = 對應檔第 { $line } 行格式不對（應為 TOML）。
list-error-unknown-question = 對應檔裡寫的問題「{ $question }」不存在。
list-error-unknown-option = 「{ $option }」不是問題「{ $question }」的選項。
list-error-question-twice = 對應檔讓兩欄回答同一個問題「{ $question }」。
list-error-no-column = 名單裡沒有「{ $header }」這一欄。
list-error-cancelled = 篩查已取消，沒有寫入結果。
list-progress-reading = 第 1 步（共 4 步）：正在讀取名單……
list-progress-screening = 第 2 步（共 4 步）：正在逐列篩查，{ $done } / { $total } 列
list-progress-writing = 第 3 步（共 4 步）：正在寫入結果表，已完成 { $percent }%
list-progress-saving = 第 4 步（共 4 步）：正在壓縮儲存活頁簿，已寫入 { $size } MB
list-error-too-many-rows = 名單超過 { $limit } 列，無法篩查。請分成幾個檔案。
list-error-too-many-columns = 名單超過 { $limit } 欄，無法篩查。請檢查工作表最右邊是否有多餘的內容。
list-error-too-many-cells = 名單的儲存格超過 { $limit } 個，無法篩查。請刪除多餘的欄，或分成幾個檔案。
list-error-too-many-merged = 名單的一張工作表裡合併儲存格超過 { $limit } 處，無法篩查。請取消合併儲存格，或分成幾個檔案。
list-error-unpacked = 這個活頁簿解壓後超過 { $limit } MB，遠超一份名單的大小，沒有讀取。請用試算表軟體重新儲存名單，或另存為 CSV。
list-error-empty-mapping = 對應檔裡沒有任何一欄，名單裡的內容都不會被讀取：請至少為一欄選擇對應的問題。
list-error-output-is-input = 結果檔案不能是名單檔案本身，否則名單會被覆蓋。請換一個檔名。
list-error-output-not-xlsx = 結果檔案必須是 .xlsx 活頁簿：{ $path }
list-error-output-exists = 檔案已經存在：{ $path }。請換一個檔名（命令列可加 --force 覆蓋）。
list-error-cell-too-long = 第 { $line } 列「{ $column }」欄的內容太長（超過 32767 個字），活頁簿的儲存格放不下。請在名單裡縮短它。
list-error-temp-dir = 暫存資料夾 { $path } 無法寫入（{ $reason }），無法產生活頁簿。請檢查 TMPDIR 或 TEMP 設定。

audit-list-screen = 篩查名單

cli-list-read = 已讀取名單：{ $format }，{ $rows } 列。
cli-list-done = 已篩查 { $screened } 列，{ $errors } 列有錯誤，結果寫入 { $path }。
