# SMS: short, to fit in one message.
sms-urgent = Njoftim urgjent: { $title } - { $link }
sms-report-update = { $reference } ({ $status }): { $summary } - { $link }
