# SMS: short, to fit in one message.
sms-urgent = Urgent notice: { $title } - { $link }
sms-report-update = { $reference } ({ $status }): { $summary } - { $link }

# Answers to messages from phones, and the questions a reply answers.
sms-report-resolved = { $reference } resolved: { $summary }. Is it working again? Reply YES or NO - { $link }
sms-visit-reminder = Tomorrow from { $from } to { $until } the technician comes to you for { $reference }. If nobody will be home, reply NO.
sms-filed = Thank you, we have received report { $reference }. We will text you here when there is news. { $link }
sms-closed = Thank you! Report { $reference } is closed.
sms-reopened = Report { $reference } is open again: we will look at it again.
sms-visit-moved = Thank you, we will tell the technician: the visit for { $reference } will be moved and we will tell you the new day.
sms-visit-confirmed = Thank you: the technician will come as planned for { $reference }.
sms-already-answered = Report { $reference } has already been updated: nothing more is needed. Text HELP to see what you can do.
sms-stopped = You will get no more texts from Portineria. To turn them back on, ask at the desk.
sms-help = Portineria: text us what is not working and we will report it for you. Desk: { $desk }. Text STOP to get no more texts.
sms-desk-unknown = your estate's desk
sms-unknown = This number is not registered with Portineria: please ask at your estate's desk.
sms-slow-down = We have received many messages from this number: we will read them shortly. In an emergency, call the desk.
sms-fixed-reason = Confirmed by SMS: the fault is fixed.
sms-not-fixed-reason = Answered by SMS: the fault is not fixed.
sms-visit-nobody-home = Answered by SMS: nobody will be home that day.
sms-id-invalid = The message has no valid identifier.
sms-sign-in-code = Your code to sign in to Portineria: { $code }. Do not give it to anyone.

sms-budget-title = SMS sent today
sms-budget-cap = Daily cap per estate, in SMS parts: { $cap }. Past the cap only urgent notices go; other messages wait for midnight.
sms-budget-no-cap = No daily cap (PORTINERIA_SMS_DAILY_CAP): every SMS part sent is paid for.
sms-budget-estate = Estate
sms-budget-parts = Parts sent today
sms-budget-waiting = Waiting
sms-budget-at-cap = (cap reached)
sms-budget-no-estate = Answers and sign-in codes
sms-verify-code = Your code to confirm your number in Portineria: { $code }. Do not give it to anyone.
sms-news = { $title } - { $body } - { $link }
