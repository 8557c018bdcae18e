# SMS: short, to fit in one message.
sms-urgent = Anunț urgent: { $title } - { $link }
sms-report-update = { $reference } ({ $status }): { $summary } - { $link }

# Answers to messages from phones, and the questions a reply answers.
sms-report-resolved = { $reference } rezolvată: { $summary }. Funcționează din nou? Răspundeți DA sau NU - { $link }
sms-visit-reminder = Mâine între { $from } și { $until } tehnicianul vine la dumneavoastră pentru { $reference }. Dacă nu va fi nimeni acasă, răspundeți NU.
sms-filed = Mulțumim, am primit sesizarea { $reference }. Vă scriem aici când sunt noutăți. { $link }
sms-closed = Mulțumim! Sesizarea { $reference } este închisă.
sms-reopened = Sesizarea { $reference } este redeschisă: o vom verifica din nou.
sms-visit-moved = Mulțumim, îi spunem tehnicianului: vizita pentru { $reference } va fi mutată și vă vom spune noua zi.
sms-visit-confirmed = Mulțumim: tehnicianul va veni cum era stabilit pentru { $reference }.
sms-already-answered = Sesizarea { $reference } a fost deja actualizată: nu mai trebuie nimic. Scrieți AJUTOR ca să aflați ce puteți face.
sms-stopped = Nu veți mai primi SMS de la Portineria. Ca să le primiți din nou, cereți la ghișeu.
sms-help = Portineria: scrieți-ne prin SMS ce nu funcționează și îl semnalăm pentru dumneavoastră. Ghișeu: { $desk }. Scrieți STOP ca să nu mai primiți SMS.
sms-desk-unknown = ghișeul din cartierul dumneavoastră
sms-unknown = Acest număr nu este înregistrat în Portineria: întrebați la ghișeul din cartierul dumneavoastră.
sms-slow-down = Am primit multe mesaje de la acest număr: le vom citi în curând. Pentru o urgență, sunați la ghișeu.
sms-fixed-reason = Confirmat prin SMS: defecțiunea este rezolvată.
sms-not-fixed-reason = Răspuns prin SMS: defecțiunea nu este rezolvată.
sms-visit-nobody-home = Răspuns prin SMS: în ziua aceea nu va fi nimeni acasă.
sms-id-invalid = Mesajul nu are un identificator valid.
sms-sign-in-code = Codul dumneavoastră pentru Portineria: { $code }. Nu-l dați nimănui.

sms-budget-title = SMS trimise azi
sms-budget-cap = Plafon zilnic pe ansamblu, în părți de SMS: { $cap }. Peste plafon pleacă doar anunțurile urgente; celelalte mesaje așteaptă miezul nopții.
sms-budget-no-cap = Fără plafon zilnic (PORTINERIA_SMS_DAILY_CAP): fiecare parte de SMS trimisă se plătește.
sms-budget-estate = Ansamblu
sms-budget-parts = Părți trimise azi
sms-budget-waiting = În așteptare
sms-budget-at-cap = (plafon atins)
sms-budget-no-estate = Răspunsuri și coduri de acces
sms-verify-code = Codul dumneavoastră pentru a confirma numărul în Portineria: { $code }. Nu-l dați nimănui.
sms-news = { $title } - { $body } - { $link }
