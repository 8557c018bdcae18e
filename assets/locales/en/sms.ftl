# SMS: short, to fit in one message.
sms-urgent = Urgent notice: { $title } - { $link }
sms-report-update = { $reference } ({ $status }): { $summary } - { $link }
