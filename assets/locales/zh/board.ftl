# Portineria — 公告栏、通知、施工、打印和订阅（简体中文）。
# Portineria — boards, notices, works, printing and feeds (Simplified Chinese).

## 导航 (Navigation)
nav-board = 公告栏
nav-works = 施工
nav-welcome = 欢迎
nav-transparency = 账目

## 公告栏 (Board)
board-title = 公告栏
board-notices = 通知
board-archive = 过期通知
board-current = 当前通知
board-older = 以前的通知
board-empty = 暂时没有通知。
board-pending = 等待批准
board-post = 发通知
board-print = 打印公告栏
board-show = 显示
board-delegates = 您的单元联络员和楼栋联络员
board-feeds = 在手机和日历上看公告栏
board-feeds-intro = 这些网址只属于您：可以粘贴到新闻阅读器或手机日历里。如果不小心给了别人，请重新生成。
board-feed-atom = 通知（Atom）
board-feed-calendar = 活动和施工（日历）
board-calendar-name = Portineria — 活动和施工
home-all-notices = 全部通知
role-stair_delegate = 单元联络员
role-building_delegate = 楼栋联络员
contact-title = 邻居怎么联系您
contact-intro = 作为联络员，您的名字会出现在公告栏上。您可以在这里选择还要显示什么：只有您填写或勾选的内容，别人才能看到。
contact-phone = 电话
contact-show-email = 显示我的电子邮箱
contact-hours = 什么时候可以打电话
contact-phone-invalid = 电话号码只能用数字、空格或 + 号（最多 30 个字符）。
contact-hours-invalid = 时间请简单写几个字（最多 80 个字符）。

## 通知 (Notices)
notice-title = 通知
notice-form-title = 新通知
notice-back = 返回公告栏
notice-urgent = 紧急
notice-pinned = 置顶
notice-pending = 等待批准
notice-in-italian = 还没有翻译：先显示意大利语原文。
notice-until = 到 { $date } 为止
notice-period = 从 { $from } 到 { $until }
notice-event-when = 时间
notice-works-when = 施工
notice-services = 受影响的服务
notice-mark-seen = 我看过了
notice-seen-by-you = 您已经把这条通知标记为看过了。
notice-kind = 通知类型
notice-kind-agency = 机构通知
notice-kind-works = 计划施工
notice-kind-event = 活动
notice-kind-rules = 邻里规矩
notice-kind-offer_seek = 求助和帮忙
notice-progress = 施工进度
notice-progress-planned = 已计划
notice-progress-in_progress = 正在施工
notice-progress-suspended = 暂停
notice-progress-done = 已完工
notice-progress-save = 更新进度
notice-service-water = 水
notice-service-lift = 电梯
notice-service-heating = 暖气
notice-service-gas = 燃气
notice-service-electricity = 电
notice-where = 贴在哪里
notice-optional = 可不填
notice-field-title = 标题
notice-field-body = 正文
notice-markdown-hint = 可以用 **粗体**、*斜体*、短横线开头的列表和链接。其他代码会按原样显示成文字。
notice-field-urgent = 紧急：马上通知所有住户，也会发电子邮件
notice-field-pinned = 置顶在公告栏最上面
notice-field-starts = 从什么时候开始显示
notice-field-expires = 显示到什么时候（之后放进过期通知）
notice-field-event-day = 日期
notice-field-event-time = 时间
notice-field-event-place = 地点
notice-field-works-from = 开工日期
notice-field-works-until = 完工日期
notice-field-image = 一张照片（可不加）
notice-publish = 发布
notice-propose = 发给联络员
notice-proposal-intro = 您可以向本单元的邻居提供帮助，或者请邻居帮忙。联络员看过后，会把它贴到公告栏上。
notice-posted = 通知已经贴到公告栏上了。
notice-posted-pending = 谢谢：单元联络员看过后，会把它贴到公告栏上。
notice-actions = 您可以做什么
notice-print = 打印出来，贴在楼门口的公告栏上
notice-approve = 批准并发布
notice-edit = 修改通知
notice-remove = 从公告栏撤下
notice-reject = 不发布
notice-remove-reason = 原因（会记录在通知的历史里）
notice-readership = 谁看过了
notice-seen-count = { $households } 户中有 { $seen } 户看过了。
notice-unseen-flats = 还没看过的住房
notice-history = 通知历史
notice-history-posted = 发出
notice-history-edited = 修改
notice-history-approved = 批准
notice-history-removed = 从公告栏撤下
notice-history-progress = 更新了施工进度
notice-image-alt = 通知“{ $title }”的照片
notice-title-required = 至少要写意大利语的标题。
notice-language-twice = 每种语言只能出现一次。
notice-title-long = 标题最多 { $max } 个字符。
notice-body-long = 正文最多 { $max } 个字符。
notice-place-long = 地点最多 { $max } 个字符。
notice-reason-required = 请写原因。
notice-reason-long = 原因最多 { $max } 个字符。
notice-dates-invalid = 请检查日期：结束日期不能早于开始日期。
notice-services-invalid = 请从列表里选择服务。
notice-place-invalid = 请从列表里选择贴在哪里。
notice-kind-invalid = 请选择通知类型。
notice-progress-invalid = 请从列表里选择施工进度。
notice-move-invalid = 通知不能换地方：请先撤下，再重新写一条。
notice-flags-direct-only = 只有可直接发布通知的人才能将其标为紧急或置顶：请取消勾选后重新提交。
notice-kind-not-allowed = 您不能在这里发布这种类型的通知：请选择其他类型。
notice-changed-meanwhile = 在此期间已有人更改了这条通知：请刷新页面查看最新内容。

## 楼栋的施工 (Building works)
works-title = 施工和维护
works-planned = 计划中和正在进行的施工
works-none = 没有计划施工。
works-reports = 公共区域正在处理的报修
works-no-reports = 公共区域没有未解决的报修。
works-no-building = 请选择楼栋。

## 打印 (Printing)
print-qr-notice = 用手机看这条通知
print-qr-report = 我要报修
print-qr-board = 手机上的公告栏
print-qr-activate = 开通账号

## 邮件 (Mail)
mail-notice_urgent-subject = 紧急通知：{ $title }
mail-notice_urgent-intro = { $place } 有一条紧急通知：
mail-notice_urgent-link = 阅读通知，并告诉我们您看过了：
mail-notice_urgent-button = 打开通知
