# 作業系統讀寫檔案失敗的原因（繁體中文），接在「無法使用……：」之類的句子裡。

io-not-found = 找不到該檔案或資料夾
io-permission-denied = 沒有存取權限
io-already-exists = 已有同名的檔案或資料夾
io-storage-full = 磁碟已滿
io-read-only = 磁碟或資料夾是唯讀的
io-is-a-directory = 這是一個資料夾，不是檔案
io-not-a-directory = 路徑中有一段是檔案，不是資料夾
io-invalid-data = 內容無效或已損壞
io-too-large = 檔案太大
io-busy = 正被其他程式佔用
io-other = 系統回報了讀寫錯誤
