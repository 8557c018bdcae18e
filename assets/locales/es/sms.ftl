# SMS: short, to fit in one message.
sms-urgent = Aviso urgente: { $title } - { $link }
sms-report-update = { $reference } ({ $status }): { $summary } - { $link }
