# SMS: short, to fit in one message.
sms-urgent = إشعار عاجل: { $title } - { $link }
sms-report-update = { $reference } ({ $status }): { $summary } - { $link }
