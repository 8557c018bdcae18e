# SMS: brevi, per stare in un solo messaggio; solo caratteri GSM (niente lineette lunghe né apostrofi tipografici).
sms-urgent = Avviso urgente: { $title } - { $link }
sms-report-update = { $reference } ({ $status }): { $summary } - { $link }
