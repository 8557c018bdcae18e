# SMS: short, to fit in one message.
sms-urgent = 紧急通知：{ $title } { $link }
sms-report-update = { $reference }（{ $status }）：{ $summary } { $link }

# Answers to messages from phones, and the questions a reply answers.
sms-report-resolved = { $reference } 已解决：{ $summary }。现在正常了吗？请回复 是 或 否 { $link }
sms-visit-reminder = 明天 { $from } 至 { $until }，技术人员会为 { $reference } 上门。如果家里没有人，请回复 否。
sms-filed = 谢谢，我们已收到报修 { $reference }。有新消息时会在这里通知您。{ $link }
sms-closed = 谢谢！报修 { $reference } 已关闭。
sms-reopened = 报修 { $reference } 已重新打开，我们会再次处理。
sms-visit-moved = 谢谢，我们会告诉技术人员：{ $reference } 的上门时间将改期，新日期会再通知您。
sms-visit-confirmed = 谢谢：技术人员会按计划为 { $reference } 上门。
sms-already-answered = 报修 { $reference } 已经更新，无需再做什么。发送 帮助 了解您可以做什么。
sms-stopped = 您将不再收到 Portineria 的短信。如需重新开启，请到服务台办理。
sms-help = Portineria：用短信告诉我们什么坏了，我们会替您报修。服务台：{ $desk }。发送 STOP 不再接收短信。
sms-desk-unknown = 您所在小区的服务台
sms-unknown = 此号码未在 Portineria 登记，请到您所在小区的服务台咨询。
sms-slow-down = 我们收到了此号码的很多条短信，稍后会阅读。如有紧急情况，请致电服务台。
sms-fixed-reason = 短信确认：故障已修好。
sms-not-fixed-reason = 短信回复：故障没有修好。
sms-visit-nobody-home = 短信回复：那天家里没有人。
sms-id-invalid = 该短信没有有效的编号。
sms-sign-in-code = 您登录 Portineria 的验证码：{ $code }。请勿告诉他人。

sms-budget-title = 今天发送的短信
sms-budget-cap = 每个小区每天的上限（短信条数）：{ $cap }。超过上限后只发送紧急通知；其他消息等到午夜。
sms-budget-no-cap = 没有每日上限（PORTINERIA_SMS_DAILY_CAP）：每条发送的短信都要付费。
sms-budget-estate = 小区
sms-budget-parts = 今天发送的条数
sms-budget-waiting = 等待中
sms-budget-at-cap = （已达上限）
sms-budget-no-estate = 回复和登录验证码
sms-verify-code = 您在 Portineria 确认号码的验证码：{ $code }。请勿告诉他人。
sms-news = { $title }：{ $body } { $link }
