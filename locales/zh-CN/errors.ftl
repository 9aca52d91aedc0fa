# 错误及其原因的文字（简体中文）。每条错误先说发生了什么，再说可以怎么做；技术细节只写进日志。

## 操作日志里本版本不认识的操作（由其他版本写入）：原样显示其代码。

audit-other = 其他操作（{ $action }）

## 拒绝保存时点名的字段（其余字段沿用工作人员界面的标签）

field-county = 县（市、区）
field-department = 部门

## 数据库

error-store-disk-full = 无法写入数据库：磁盘已满（或已达到为数据库设定的上限）。请腾出磁盘空间后再试。
error-store-read-only = 无法写入数据库：数据库文件或其所在的文件夹是只读的。请检查该文件夹的权限。
error-store-busy = 数据库正被另一个程序占用。请关闭其他打开该数据库的程序后再试。
error-store-cannot-open = 无法打开数据库文件。请检查数据文件夹是否存在、能否访问。
error-store-damaged = 数据库文件已损坏，或不是本程序的数据库。可以从备份恢复。
error-store-refused = 数据库拒绝保存这项内容：它不符合数据库的规则。
error-store-io = 读写数据库文件时磁盘出错。请检查磁盘或存储设备。
error-store-newer = 数据库是由更新版本的本程序写入的（结构版本 { $found }，本版本最多支持 { $known }），这个版本无法使用。数据库中的内容没有任何改动。请安装最新版本。
error-store-unexpected = 数据库出现意外错误，操作没有完成。如果一再出现，请告知技术支持人员。
error-store-bad-value = 数据库中保存的一项内容已损坏，无法读取。
error-store-data-dir = 无法使用 { $path }：{ $reason }。
error-store-not-yet-erased = 数据已从数据库中删除，但另一个程序仍在读取数据库，旧的数据页尚未被覆盖。请关闭该程序（本程序的另一个窗口、正在进行的导出、终端中的命令）：程序下次启动或再次删除数据时会覆盖旧数据。
error-store-path-not-utf8 = 数据库无法使用 { $path }：路径中含有无法识别的字符。请换一个位置。
error-required = 请填写{ $field }。

## 导出

error-report-write = 无法写入导出文件：{ $reason }。

## 回答文件：问题需要什么样的回答（嵌在“需要 { $expected }”里）

answers-expected-single = 一个选项的代码（字符串）
answers-expected-multi = 由选项代码组成的列表
answers-expected-bool = { $yes } 或 { $no }
answers-expected-number = 一个数字
answers-expected-date = 一个日期（格式 YYYY-MM-DD）
error-answers-not-alone = 问题“{ $question }”的“{ $value }”不能和其他选项一起选。

## 工作人员密码

error-pin-bad-hash = 设置文件中保存的工作人员密码无效（不是本程序写入的）。请重新设置工作人员密码。
error-pin-hash = 这台电脑未能完成工作人员密码的加密计算，密码没有设置。请再试一次。
error-pin-kiosk-digits = 自助服务终端的工作人员密码至少须为 { $min } 位数字：路过的任何人都可以尝试。
error-pin-locked-day = 错误次数过多：密码已锁定至 { $date } { $time }。
error-sign-in-no-store = 数据库无法使用时，工作人员无法登录：输错密码的次数记在数据库中，重启后也必须保留。请在这台电脑上直接修复数据文件夹。

## 启动程序

error-app-already-running = 本程序已在使用这个数据文件夹运行。请使用已经打开的窗口。

# Windows：没有 WebView2 运行时，窗口无法显示（安装程序 installer.nsi 说的是同一段话）。
error-app-no-webview =
    本机没有 Microsoft Edge WebView2 运行时，创业扶持导航的窗口需要它才能显示。Windows 11 和更新过的 Windows 10 都已带有它。
    没有网络时：在能上网的电脑上打开 https://developer.microsoft.com/microsoft-edge/webview2/ ，在“常青版独立安装程序”（Evergreen Standalone Installer）下选 x64，下载 MicrosoftEdgeWebView2RuntimeInstallerX64.exe，用 U 盘复制到本机。
    双击运行它（以管理员身份运行则为所有用户安装），装好后再打开创业扶持导航。

## 设置文件

error-settings-read = 无法读取设置文件 { $path }：{ $reason }。
error-settings-parse = { $path } 不是有效的设置文件，无法使用。请更正或删除该文件。
error-settings-parse-line = 设置文件 { $path } 第 { $line } 行有误：“{ $text }”。请对照说明更正。
error-settings-bad-value = 设置 { $setting } 的值“{ $value }”无效，应为：{ $expected }。
error-settings-write = 无法保存设置文件 { $path }：{ $reason }。

# 设置应取什么值（嵌在“应为：{ $expected }”里）
settings-expected-one-of = { $keys } 之一
settings-expected-whole-seconds = 整数秒数
settings-expected-whole-days = 整数天数
settings-expected-range-seconds = { $min } 至 { $max } 秒
settings-expected-range-days = { $min } 至 { $max } 天
settings-expected-absolute-path = 完整的绝对路径
settings-expected-true-false = { $yes } 或 { $no }
settings-expected-pin-hash = 由 { $command } 写入的密码哈希值
settings-expected-public-key = { $command } 显示的公钥

## 关于设置的提示

warn-locked-down = 设置中读不出程序的运行模式，程序因此以自助服务终端的锁定方式运行。工作人员：请更正设置文件。

## 本机设置（首次启动时的设置，和工作人员登录后的修改）

error-set-up-already = 本机已经设置过了。请用工作人员密码登录，再在“本机设置”中修改。
error-pins-differ = 两次输入的密码不一致，请重新输入。
error-pin-needed = 请设置工作人员密码：没有密码，工作人员就无法登录。
error-pin-needed-kiosk = 自助服务终端需要一个新的工作人员密码，至少 { $min } 位数字。
error-unknown-county = 没有“{ $county }”这个地区。
error-export-folder = 无法把 { $path } 用作导出文件夹：{ $reason }。
error-settings-already-there = 设置文件 { $path } 已经存在，没有改动。
settings-expected-key = 由小写英文字母、数字和 _ 组成的名称
settings-expected-printer = 电脑打印机列表中的打印机名称，一行，最多 { $max } 个字符
error-export-folder-relative = 导出文件夹要写完整的路径，从盘符或根目录写起（例如 /home/用户/导出 或 D:\导出），不能只写“{ $path }”。
