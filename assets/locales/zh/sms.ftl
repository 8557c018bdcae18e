# SMS: short, to fit in one message.
sms-urgent = 紧急通知：{ $title } { $link }
sms-report-update = { $reference }（{ $status }）：{ $summary } { $link }
