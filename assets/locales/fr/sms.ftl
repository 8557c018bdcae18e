# SMS: short, to fit in one message (no colon: French wants a no-break space before it, which is not GSM-7).
sms-urgent = Avis urgent - { $title } - { $link }
sms-report-update = { $reference } ({ $status }) { $summary } - { $link }
