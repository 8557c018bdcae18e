# Portineria — 每个页面都用到的通用文字（简体中文）。
# Portineria — messages common to every page (Simplified Chinese).

## 页面结构 (Page structure)
skip-to-content = 跳到正文
nav-label = 主菜单
nav-home = 首页
nav-profile = 我的资料
nav-register-tenant = 登记住户
nav-sign-out = 退出
language-switcher = 语言：
footer-tagline = Portineria — 小区的网上门房。

## 通用字段 (Common fields)
field-name = 姓名
field-email = 电子邮箱
field-username = 用户名
field-language = 语言
field-new-password = 新密码
field-confirm-password = 再输入一次密码
field-current-password = 现在的密码
password-hint = 至少 { $min } 个字符。用一句您容易记住的话就很好。
back-to-login = 返回登录

## 首页 (Home)
home-title = 首页
home-greeting = { $name }，您好
home-my-home = 我的家
home-my-reports = 我的报修
home-no-reports = 您还没有报修。
home-stair-notices = { $stair } 的通知
home-no-notices = 您的单元暂时没有通知。
home-delegate-title = 您是联络员
home-delegate-stair = 您是 { $stair }（{ $address }）的单元联络员。
home-delegate-building = 您是楼栋 { $building } 的楼栋联络员。
home-desk-title = 服务站 — { $estate }
home-desk-intro = 在这里为没有电子邮箱的住户登记，并打印他们的开通信。
home-queue-title = 待办工作
home-queue-empty = 没有待处理的报修。
home-buildings-title = 您负责的楼栋
home-no-buildings = 没有楼栋。
home-units-count = { $count } 套住房
home-team-title = 维修队
home-team-empty = 还没有登记维修师傅。
home-installation-title = 系统概况
home-import-hint = 小区、楼栋、单元和住房用“portineria import”命令从 CSV 文件导入。
totals-organisations = 机构
totals-estates = 小区
totals-buildings = 楼栋
totals-stairs = 单元
totals-units = 住房
totals-users = 已登记的人

## 地点 (Places)
place-address = 地址
place-stair = 单元
place-unit = 住房
place-unit-floor = { $floor ->
        [-1] 地下一层
        [0] 底层（一楼）
       *[other] 底层往上第 { $floor } 层
    }，{ $number } 号
place-estate = 小区
place-owner = 房东

## 错误 (Errors)
error-title = 出了点问题
error-status = 错误代码 { $status }。
error-home = 返回首页
error-not-found = 找不到这个页面，或者您没有权限查看。
error-unauthenticated = 请先登录，才能继续。
error-csrf = 表格已经过期。请刷新页面，再试一次。
error-rate-limited = 尝试次数太多。请等几分钟再试。
error-internal = 出错了。请过一会儿再试；如果还是不行，请告诉服务站。
error-unavailable = 系统暂时无法读取数据。请过几分钟再试：您已经发送的内容不会丢失。
error-cannot-save = Portineria 现在无法保存任何内容：存储空间已满或为只读。请稍后再试：您之前发送的内容是安全的。
error-changed-meanwhile = 其他人在同一时间修改了相同的内容：没有保存任何更改。请重新加载页面后再试。
error-form-invalid = 提交的表格不完整。请刷新页面，再试一次。
error-form-too-large = 提交的表格太大了。
error-json-invalid = 请求不是有效的 JSON，或者缺少字段。
error-query-invalid = 请求参数无效。
error-too-large = 请求太大了。

## 日期和时间（意大利时间：所有小区都在意大利） (Dates and times: Italian time)
time-local = { $date } { $time }（意大利时间）
time-slot = { $date } { $weekday }，{ $from }–{ $until }（意大利时间）
amount-euro = { $amount } 欧元

## 手机上的应用 (The app on the phone)
app-name = Portineria — 您的小区
app-short-name = Portineria
app-description = 您小区的报修、公告栏和欢迎手册
offline-title = 没有网络
offline-intro = 这个页面没有存在手机上。您可以打开以前看过的页面，也可以写报修：等网络恢复后，会自动发出去。
offline-as-of = 您现在没有网络：这个页面是 { $when } 保存的。

## 阅读辅助和翻译
display-large-text = 放大文字
display-high-contrast = 高对比度
display-invalid = 没有这个显示选项。
nav-translations = 翻译
translations-title = 待翻译的内容
translations-intro = 还没有用所有语言写好的类别、当前通知和欢迎手册部分：翻译之前，读者看到的是意大利语。
translations-missing-count = 缺少 { $count } 条
translations-categories = 类别
translations-notices = 通知
translations-kit = 欢迎手册
translations-templates = 常用回复
