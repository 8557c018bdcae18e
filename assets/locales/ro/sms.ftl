# SMS: short, to fit in one message.
sms-urgent = Anunț urgent: { $title } - { $link }
sms-report-update = { $reference } ({ $status }): { $summary } - { $link }
