# SMS: short, to fit in one message.
sms-urgent = Терміново: { $title } - { $link }
sms-report-update = { $reference } ({ $status }): { $summary } - { $link }
