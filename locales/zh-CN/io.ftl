# 操作系统读写文件失败的原因（简体中文），接在“无法使用……：”之类的句子里。

io-not-found = 找不到该文件或文件夹
io-permission-denied = 没有访问权限
io-already-exists = 已有同名的文件或文件夹
io-storage-full = 磁盘已满
io-read-only = 磁盘或文件夹是只读的
io-is-a-directory = 这是一个文件夹，不是文件
io-not-a-directory = 路径中有一段是文件，不是文件夹
io-invalid-data = 内容无效或已损坏
io-too-large = 文件太大
io-busy = 正被其他程序占用
io-other = 系统报告了读写错误
