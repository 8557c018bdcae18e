# SMS: brevi, per stare in un solo messaggio; solo caratteri GSM (niente lineette lunghe né apostrofi tipografici).
sms-urgent = Avviso urgente: { $title } - { $link }
sms-report-update = { $reference } ({ $status }): { $summary } - { $link }

# Answers to messages from phones, and the questions a reply answers.
sms-report-resolved = { $reference } risolta: { $summary }. Funziona di nuovo? Rispondi SI o NO - { $link }
sms-visit-reminder = Domani dalle { $from } alle { $until } il tecnico viene da te per { $reference }. Se non ci sarà nessuno in casa, rispondi NO.
sms-filed = Grazie, abbiamo ricevuto la segnalazione { $reference }. Ti scriveremo qui quando ci sono novità. { $link }
sms-closed = Grazie! La segnalazione { $reference } è chiusa.
sms-reopened = La segnalazione { $reference } è riaperta: la guarderemo di nuovo.
sms-visit-moved = Grazie, lo diciamo al tecnico: la visita per { $reference } sarà spostata e ti diremo il nuovo giorno.
sms-visit-confirmed = Grazie: il tecnico passerà come previsto per { $reference }.
sms-already-answered = La segnalazione { $reference } è già stata aggiornata: non serve altro. Scrivi AIUTO per sapere cosa puoi fare.
sms-stopped = Non riceverai più SMS da Portineria. Per riattivarli, chiedi allo sportello.
sms-help = Portineria: scrivici in un SMS cosa non funziona e lo segnaliamo per te. Sportello: { $desk }. Scrivi STOP per non ricevere più SMS.
sms-desk-unknown = lo sportello del tuo quartiere
sms-unknown = Questo numero non è registrato su Portineria: chiedi allo sportello del tuo quartiere.
sms-slow-down = Abbiamo ricevuto molti messaggi da questo numero: li leggeremo tra poco. Per un'urgenza chiama lo sportello.
sms-fixed-reason = Confermato per SMS: il guasto è risolto.
sms-not-fixed-reason = Risposta per SMS: il guasto non è risolto.
sms-visit-nobody-home = Risposta per SMS: quel giorno non ci sarà nessuno in casa.
sms-id-invalid = Il messaggio non ha un identificativo valido.
sms-sign-in-code = Il tuo codice per entrare in Portineria: { $code }. Non darlo a nessuno.

sms-budget-title = SMS inviati oggi
sms-budget-cap = Tetto giornaliero per complesso, in parti di SMS: { $cap }. Oltre il tetto partono solo gli avvisi urgenti; gli altri messaggi aspettano la mezzanotte.
sms-budget-no-cap = Nessun tetto giornaliero (PORTINERIA_SMS_DAILY_CAP): ogni parte di SMS inviata si paga.
sms-budget-estate = Complesso
sms-budget-parts = Parti inviate oggi
sms-budget-waiting = In attesa
sms-budget-at-cap = (tetto raggiunto)
sms-budget-no-estate = Risposte e codici di accesso
sms-verify-code = Il codice per confermare il tuo numero in Portineria: { $code }. Non darlo a nessuno.
sms-news = { $title } - { $body } - { $link }
