# SMS: short, to fit in one message.
sms-urgent = Njoftim urgjent: { $title } - { $link }
sms-report-update = { $reference } ({ $status }): { $summary } - { $link }

# Answers to messages from phones, and the questions a reply answers.
sms-report-resolved = { $reference } u zgjidh: { $summary }. Punon përsëri? Përgjigju PO ose JO - { $link }
sms-visit-reminder = Nesër nga { $from } deri në { $until } tekniku vjen tek ti për { $reference }. Nëse nuk do të jetë askush në shtëpi, përgjigju JO.
sms-filed = Faleminderit, e morëm sinjalizimin { $reference }. Do të të shkruajmë këtu kur ka të reja. { $link }
sms-closed = Faleminderit! Sinjalizimi { $reference } është mbyllur.
sms-reopened = Sinjalizimi { $reference } u rihap: do ta shohim përsëri.
sms-visit-moved = Faleminderit, do t'ia themi teknikut: vizita për { $reference } do të shtyhet dhe do të të themi ditën e re.
sms-visit-confirmed = Faleminderit: tekniku do të vijë siç ishte parashikuar për { $reference }.
sms-already-answered = Sinjalizimi { $reference } është përditësuar tashmë: nuk duhet gjë tjetër. Shkruaj NDIHMË për të ditur çfarë mund të bësh.
sms-stopped = Nuk do të marrësh më SMS nga Portineria. Për t'i aktivizuar përsëri, pyet te sporteli.
sms-help = Portineria: na shkruaj me SMS çfarë nuk punon dhe e sinjalizojmë për ty. Sporteli: { $desk }. Shkruaj STOP për të mos marrë më SMS.
sms-desk-unknown = sporteli i lagjes sate
sms-unknown = Ky numër nuk është i regjistruar në Portineria: pyet te sporteli i lagjes sate.
sms-slow-down = Morëm shumë mesazhe nga ky numër: do t'i lexojmë së shpejti. Për një urgjencë, telefono sportelin.
sms-fixed-reason = Konfirmuar me SMS: defekti është zgjidhur.
sms-not-fixed-reason = Përgjigje me SMS: defekti nuk është zgjidhur.
sms-visit-nobody-home = Përgjigje me SMS: atë ditë nuk do të jetë askush në shtëpi.
sms-id-invalid = Mesazhi nuk ka një identifikues të vlefshëm.
sms-sign-in-code = Kodi yt për të hyrë në Portineria: { $code }. Mos ia jep askujt.

sms-budget-title = SMS të dërguara sot
sms-budget-cap = Kufiri ditor për lagje, në pjesë SMS: { $cap }. Mbi kufirin nisen vetëm njoftimet urgjente; mesazhet e tjera presin mesnatën.
sms-budget-no-cap = Pa kufi ditor (PORTINERIA_SMS_DAILY_CAP): çdo pjesë SMS e dërguar paguhet.
sms-budget-estate = Lagjja
sms-budget-parts = Pjesë të dërguara sot
sms-budget-waiting = Në pritje
sms-budget-at-cap = (kufiri u arrit)
sms-budget-no-estate = Përgjigje dhe kode hyrjeje
sms-verify-code = Kodi yt për të konfirmuar numrin në Portineria: { $code }. Mos ia jep askujt.
sms-news = { $title } - { $body } - { $link }
