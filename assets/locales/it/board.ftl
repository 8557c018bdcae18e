# Portineria — bacheche, avvisi, lavori, stampa e feed (italiano, lingua di riferimento).

## Navigazione
nav-board = Bacheca
nav-works = Lavori
nav-welcome = Benvenuto
nav-transparency = Conti

## Bacheca
board-title = Bacheca
board-notices = Avvisi
board-archive = Archivio degli avvisi scaduti
board-current = Avvisi in corso
board-older = Avvisi precedenti
board-empty = Nessun avviso, per ora.
board-pending = Da approvare
board-post = Scrivi un avviso
board-print = Stampa la bacheca
board-show = Mostra
board-delegates = I referenti della tua scala e del tuo caseggiato
board-feeds = La bacheca sul telefono e nel calendario
board-feeds-intro = Questi indirizzi sono solo tuoi: incollali in un lettore di notizie o nel calendario del telefono. Se li hai dati a qualcuno per sbaglio, creane di nuovi.
board-feed-atom = Avvisi (Atom)
board-feed-calendar = Eventi e lavori (calendario)
board-calendar-name = Portineria — eventi e lavori
home-all-notices = Tutti gli avvisi
role-stair_delegate = referente di scala
role-building_delegate = referente di caseggiato
contact-title = Come ti possono contattare i vicini
contact-intro = Come referente, il tuo nome compare sulla bacheca. Qui scegli cosa aggiungere: solo quello che scrivi o spunti sarà visibile.
contact-phone = Telefono
contact-show-email = Mostra il mio indirizzo e-mail
contact-hours = Quando chiamare
contact-phone-invalid = Scrivi il telefono con cifre, spazi o il segno + (al massimo 30 caratteri).
contact-hours-invalid = Scrivi gli orari in poche parole (al massimo 80 caratteri).

## Avvisi
notice-title = Avviso
notice-form-title = Nuovo avviso
notice-back = Torna alla bacheca
notice-urgent = Urgente
notice-pinned = In evidenza
notice-pending = In attesa di approvazione
notice-in-italian = Non ancora tradotto: lo mostriamo in italiano.
notice-until = fino al giorno { $date }
notice-period = dal giorno { $from } al giorno { $until }
notice-event-when = Quando
notice-works-when = Lavori
notice-services = Servizi interessati
notice-mark-seen = Ho letto
notice-seen-by-you = Hai segnato questo avviso come letto.
notice-kind = Tipo di avviso
notice-kind-agency = Avviso dell'ente
notice-kind-works = Lavori programmati
notice-kind-event = Evento
notice-kind-rules = Regole di convivenza
notice-kind-offer_seek = Cerco e offro
notice-progress = Stato dei lavori
notice-progress-planned = Programmati
notice-progress-in_progress = In corso
notice-progress-suspended = Sospesi
notice-progress-done = Conclusi
notice-progress-save = Aggiorna lo stato
notice-service-water = acqua
notice-service-lift = ascensore
notice-service-heating = riscaldamento
notice-service-gas = gas
notice-service-electricity = luce
notice-where = Dove
notice-optional = facoltativo
notice-field-title = Titolo
notice-field-body = Testo
notice-markdown-hint = Puoi usare **grassetto**, *corsivo*, elenchi con il trattino e link. Altro codice viene mostrato come testo.
notice-field-urgent = Urgente: avvisa subito tutti gli inquilini, anche per e-mail
notice-field-pinned = In evidenza in cima alla bacheca
notice-field-starts = Da quando si vede
notice-field-expires = Fino a quando (poi va in archivio)
notice-field-event-day = Giorno
notice-field-event-time = Ora
notice-field-event-place = Luogo
notice-field-works-from = Inizio dei lavori
notice-field-works-until = Fine dei lavori
notice-field-image = Una foto (facoltativa)
notice-publish = Pubblica
notice-propose = Invia al referente
notice-proposal-intro = Puoi offrire o chiedere un aiuto ai vicini della tua scala. Il referente lo legge e lo mette in bacheca.
notice-posted = L'avviso è in bacheca.
notice-posted-pending = Grazie: il referente della scala lo leggerà e lo metterà in bacheca.
notice-actions = Cosa puoi fare
notice-print = Stampa per la bacheca dell'androne
notice-approve = Approva e pubblica
notice-edit = Modifica l'avviso
notice-remove = Togli dalla bacheca
notice-reject = Non pubblicare
notice-remove-reason = Perché (resta nella storia dell'avviso)
notice-readership = Chi l'ha letto
notice-seen-count = { $seen ->
        [one] L'ha letto { $seen } famiglia
       *[other] L'hanno letto { $seen } famiglie
    } su { $households }.
notice-unseen-flats = Alloggi che non l'hanno ancora letto
notice-history = Storia dell'avviso
notice-history-posted = Scritto
notice-history-edited = Modificato
notice-history-approved = Approvato
notice-history-removed = Tolto dalla bacheca
notice-history-progress = Stato dei lavori aggiornato
notice-image-alt = Foto dell'avviso «{ $title }»
notice-title-required = Scrivi almeno il titolo in italiano.
notice-language-twice = Ogni lingua può comparire una volta sola.
notice-title-long = Il titolo può avere al massimo { $max ->
        [one] { $max } carattere
       *[other] { $max } caratteri
    }.
notice-body-long = Il testo può avere al massimo { $max ->
        [one] { $max } carattere
       *[other] { $max } caratteri
    }.
notice-place-long = Il luogo può avere al massimo { $max ->
        [one] { $max } carattere
       *[other] { $max } caratteri
    }.
notice-reason-required = Scrivi perché.
notice-reason-long = Il motivo può avere al massimo { $max ->
        [one] { $max } carattere
       *[other] { $max } caratteri
    }.
notice-dates-invalid = Controlla le date: la fine non può venire prima dell'inizio.
notice-services-invalid = Scegli i servizi dall'elenco.
notice-place-invalid = Scegli dove pubblicare dall'elenco.
notice-kind-invalid = Scegli il tipo di avviso.
notice-progress-invalid = Scegli lo stato dei lavori dall'elenco.
notice-move-invalid = Un avviso non si sposta: toglilo e scrivine uno nuovo.
notice-flags-direct-only = Solo chi pubblica direttamente un avviso può segnarlo come urgente o metterlo in evidenza: togli la spunta e invia di nuovo.
notice-kind-not-allowed = Qui non puoi pubblicare un avviso di questo tipo: scegli un altro tipo.
notice-changed-meanwhile = Qualcuno ha già cambiato questo avviso nel frattempo: ricarica la pagina per vedere com'è ora.

## Lavori del caseggiato
works-title = Lavori e manutenzioni
works-planned = Lavori programmati e in corso
works-none = Nessun lavoro programmato.
works-reports = Segnalazioni delle parti comuni in lavorazione
works-no-reports = Nessuna segnalazione aperta nelle parti comuni.
works-no-building = Scegli un caseggiato.

## Stampa
print-qr-notice = Leggi l'avviso sul telefono
print-qr-report = Segnala un guasto
print-qr-board = La bacheca sul telefono
print-qr-activate = Attiva l'account

## Posta
mail-notice_urgent-subject = Avviso urgente: { $title }
mail-notice_urgent-intro = c'è un avviso urgente per { $place }:
mail-notice_urgent-link = Per leggerlo e dire che l'hai letto:
mail-notice_urgent-button = Apri l'avviso
