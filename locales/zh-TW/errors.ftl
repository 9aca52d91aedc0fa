# 錯誤及其原因的文字（繁體中文）。每條錯誤先說發生了什麼，再說可以怎麼做；技術細節只寫進日誌。

## 操作日誌裡本版本不認識的操作（由其他版本寫入）：原樣顯示其代碼。

audit-other = 其他操作（{ $action }）

## 拒絕儲存時點名的欄位（其餘欄位沿用工作人員介面的標籤）

field-county = 縣（市、區）
field-department = 部門

## 資料庫

error-store-disk-full = 無法寫入資料庫：磁碟已滿（或已達到為資料庫設定的上限）。請騰出磁碟空間後再試。
error-store-read-only = 無法寫入資料庫：資料庫檔案或其所在的資料夾是唯讀的。請檢查該資料夾的權限。
error-store-busy = 資料庫正被另一個程式佔用。請關閉其他開啟該資料庫的程式後再試。
error-store-cannot-open = 無法開啟資料庫檔案。請檢查資料夾是否存在、能否存取。
error-store-damaged = 資料庫檔案已損壞，或不是本程式的資料庫。可以從備份還原。
error-store-refused = 資料庫拒絕儲存這項內容：它不符合資料庫的規則。
error-store-io = 讀寫資料庫檔案時磁碟出錯。請檢查磁碟或儲存裝置。
error-store-newer = 資料庫是由較新版本的本程式寫入的（結構版本 { $found }，本版本最多支援 { $known }），這個版本無法使用。資料庫中的內容沒有任何更動。請安裝最新版本。
error-store-unexpected = 資料庫發生意外錯誤，操作沒有完成。如果一再發生，請告知技術支援人員。
error-store-bad-value = 資料庫中儲存的一項內容已損壞，無法讀取。
error-store-data-dir = 無法使用 { $path }：{ $reason }。
error-store-not-yet-erased = 資料已從資料庫中刪除，但另一個程式仍在讀取資料庫，舊的資料頁尚未被覆寫。請關閉該程式（本程式的另一個視窗、正在進行的匯出、終端機中的指令）：程式下次啟動或再次刪除資料時會覆寫舊資料。
error-store-path-not-utf8 = 資料庫無法使用 { $path }：路徑中含有無法辨識的字元。請換一個位置。
error-required = 請填寫{ $field }。

## 匯出

error-report-write = 無法寫入匯出檔案：{ $reason }。

## 回答檔案：問題需要什麼樣的回答（嵌在「需要 { $expected }」裡）

answers-expected-single = 一個選項的代碼（字串）
answers-expected-multi = 由選項代碼組成的清單
answers-expected-bool = { $yes } 或 { $no }
answers-expected-number = 一個數字
answers-expected-date = 一個日期（格式 YYYY-MM-DD）
error-answers-not-alone = 問題「{ $question }」的「{ $value }」不能和其他選項一起選。

## 工作人員密碼

error-pin-bad-hash = 設定檔中儲存的工作人員密碼無效（不是本程式寫入的）。請重新設定工作人員密碼。
error-pin-hash = 這臺電腦未能完成工作人員密碼的加密運算，密碼沒有設定。請再試一次。
error-pin-kiosk-digits = 自助服務機的工作人員密碼至少須為 { $min } 位數字：路過的任何人都可以嘗試。
error-pin-locked-day = 錯誤次數過多：密碼已鎖定至 { $date } { $time }。
error-sign-in-no-store = 資料庫無法使用時，工作人員無法登入：輸錯密碼的次數記在資料庫中，重新啟動後也必須保留。請在這臺電腦上直接修復資料夾。

## 啟動程式

error-app-already-running = 本程式已在使用這個資料夾執行。請使用已經開啟的視窗。

# Windows：沒有 WebView2 執行階段，視窗無法顯示。
error-app-no-webview =
    本機沒有 Microsoft Edge WebView2 執行階段，創業扶持導航的視窗需要它才能顯示。Windows 11 和更新過的 Windows 10 都已內建。
    沒有網路時：在能上網的電腦上開啟 https://developer.microsoft.com/microsoft-edge/webview2/ ，在「常青版獨立安裝程式」（Evergreen Standalone Installer）下選 x64，下載 MicrosoftEdgeWebView2RuntimeInstallerX64.exe，用隨身碟複製到本機。
    按兩下執行它（以系統管理員身分執行則為所有使用者安裝），裝好後再開啟創業扶持導航。

## 設定檔

error-settings-read = 無法讀取設定檔 { $path }：{ $reason }。
error-settings-parse = { $path } 不是有效的設定檔，無法使用。請更正或刪除該檔案。
error-settings-parse-line = 設定檔 { $path } 第 { $line } 行有誤：「{ $text }」。請對照說明更正。
error-settings-bad-value = 設定 { $setting } 的值「{ $value }」無效，應為：{ $expected }。
error-settings-write = 無法儲存設定檔 { $path }：{ $reason }。

# 設定應取什麼值（嵌在「應為：{ $expected }」裡）
settings-expected-one-of = { $keys } 之一
settings-expected-whole-seconds = 整數秒數
settings-expected-whole-days = 整數天數
settings-expected-range-seconds = { $min } 至 { $max } 秒
settings-expected-range-days = { $min } 至 { $max } 天
settings-expected-absolute-path = 完整的絕對路徑
settings-expected-true-false = { $yes } 或 { $no }
settings-expected-pin-hash = 由 { $command } 寫入的密碼雜湊值
settings-expected-public-key = { $command } 顯示的公鑰

## 關於設定的提示

warn-locked-down = 設定中讀不出程式的執行模式，程式因此以自助服務機的鎖定方式執行。工作人員：請更正設定檔。

## 本機設定（首次啟動時的設定，和工作人員登入後的修改）

error-set-up-already = 本機已經設定過了。請用工作人員密碼登入，再在「本機設定」中修改。
error-pins-differ = 兩次輸入的密碼不一致，請重新輸入。
error-pin-needed = 請設定工作人員密碼：沒有密碼，工作人員就無法登入。
error-pin-needed-kiosk = 自助服務機需要一個新的工作人員密碼，至少 { $min } 位數字。
error-unknown-county = 沒有「{ $county }」這個地區。
error-export-folder = 無法把 { $path } 用作匯出資料夾：{ $reason }。
error-settings-already-there = 設定檔 { $path } 已經存在，沒有改動。
settings-expected-key = 由小寫英文字母、數字和 _ 組成的名稱
settings-expected-printer = 電腦印表機清單中的印表機名稱，一行，最多 { $max } 個字元
error-export-folder-relative = 匯出資料夾要寫完整的路徑，從磁碟代號或根目錄寫起（例如 /home/使用者/匯出 或 D:\匯出），不能只寫「{ $path }」。
