# Portineria — segnalazioni e categorie (italiano, lingua di riferimento).

## Segnalazioni
nav-reports = Segnalazioni
yes = Sì
no = No
reports-title = Segnalazioni
reports-mine = Le mie segnalazioni
reports-around = Aperte nella mia scala e nel mio caseggiato
reports-around-none = Nessuna segnalazione aperta qui intorno.
reports-back = Tutte le segnalazioni
report-new-button = Segnala un guasto
report-new-title = Segnala un guasto
report-title = Segnalazione
report-for-tenant = Stai segnalando allo sportello per { $name }.
report-desk-title = Per chi segnali?
report-desk-intro = Cerca l'alloggio della persona che è venuta allo sportello o ha telefonato.
report-desk-find = Cerca
report-desk-file-for = Segnala per { $name }
report-desk-no-tenants = Nessun inquilino registrato in questo alloggio del tuo quartiere.
report-desk-answers = lo sportello del quartiere
report-no-places = Il tuo account non è collegato a un alloggio: chiedi allo sportello.
report-where = Dove?
report-what = Che cosa non va?
report-continue = Continua
where-unit = Dentro casa mia
where-unit-hint = Piano { $floor }, interno { $number }
where-stair = Parti comuni della { $stair }
where-stair-hint = Pianerottoli, scale, ascensore, cantine
where-building = Parti comuni del caseggiato
where-estate = Cortili e spazi del quartiere
where-estate-hint = Cortili, giardini, vialetti, parcheggi
report-similar-title = Forse è già stato segnalato
report-similar-intro = Queste segnalazioni sono aperte qui vicino. Se è lo stesso problema, premi «Anch'io»: verrai avvisato come chi l'ha segnalato.
report-me-too = Anch'io ho questo problema
report-me-too-count = { $count ->
    [one] Una persona ha detto «anch'io».
   *[other] { $count } persone hanno detto «anch'io».
}
report-field-spot = Punto preciso (facoltativo)
report-spot-hint = Ad esempio: cantina, ascensore, cortile, secondo piano.
spot-cellar = Cantina
spot-lift = Ascensore
spot-courtyard = Cortile
spot-entrance = Ingresso
spot-landing = Pianerottolo
spot-roof = Tetto
report-field-description = Descrivi il problema
report-description-hint = Che cosa succede, da quando, se è pericoloso. Al massimo { $max ->
        [one] { $max } carattere
       *[other] { $max } caratteri
    }.
report-field-photos = Foto (facoltative)
report-photos-hint = { $max ->
        [one] Una foto JPEG, PNG o WebP
       *[other] Fino a { $max } foto JPEG, PNG o WebP
    }, al massimo { $mb } MB l'una.
report-in-unit-title = Solo per guasti dentro casa
report-in-unit-hint = Serve al tecnico per organizzare la visita.
report-permission = Il tecnico può entrare anche se non ci sono (con chi ha le chiavi)
time-window-morning = Di mattina
time-window-afternoon = Di pomeriggio
time-window-evening = Di sera
report-show-name = Mostra il mio nome ai vicini
report-submit = Invia la segnalazione
report-reference = Numero { $reference }
report-filed-title = Segnalazione inviata.
report-filed-body = Il numero è { $reference }: conservalo. Ti avvisiamo qui e per e-mail a ogni novità.
report-state = Stato
report-expected = Soluzione prevista entro il giorno { $date }.
report-private = Questa segnalazione la vedono solo chi l'ha fatta e chi se ne occupa.
report-details = Dettagli
report-field-place = Dove
report-field-filed = Inviata il
report-who-answers = Chi risponde
report-permission-short = Si può entrare senza di me
report-photo-alt = Foto { $number } della segnalazione
report-timeline = Storia
report-internal = nota interna
report-comment-title = Scrivi un aggiornamento
report-comment-label = Messaggio
report-comment-submit = Pubblica
report-note-submit = Salva come nota interna
report-move-title = Cambia stato
report-move-to = Nuovo stato
report-move-note = Nota per l'inquilino (facoltativa)
report-move-submit = Aggiorna
report-duplicate-title = È un doppione?
report-duplicate-of = Numero della segnalazione originale
report-duplicate-submit = Unisci all'originale
report-competence-title = Non è di nostra competenza
report-transfer-to = Passa a
report-transfer-reason = Perché (lo leggerà l'inquilino)
report-transfer-submit = Passa la segnalazione
report-redirect-reason = A chi deve rivolgersi e perché (lo leggerà l'inquilino)
report-redirect-submit = Chiudi come non di competenza
report-confirm-title = È stato risolto?
report-confirm-yes = Sì, è a posto
report-confirm-no-reason = No: che cosa non va ancora?
report-confirm-no = No, riapri la segnalazione
report-place-unit = { $address }, { $stair }, piano { $floor }, interno { $number }
report-place-stair = { $stair }, { $address }
report-place-building = Parti comuni, { $address }
report-place-estate = Spazi comuni, { $estate }
status-received = Ricevuta
status-acknowledged = Presa in carico
status-scheduled = Intervento programmato
status-in_progress = Lavori in corso
status-resolved = Risolta
status-closed = Chiusa
status-not_competent = Non di competenza
status-duplicate = Doppione
status-handled_by_residents = Gestita dagli inquilini
next-received = { $organisation } deve ancora prenderla in carico.
next-acknowledged = { $organisation } l'ha presa in carico e organizzerà l'intervento.
next-scheduled = L'intervento è programmato: riceverai un avviso con il giorno.
next-in_progress = I lavori sono in corso.
next-resolved = { $organisation } dice che il problema è risolto. Se non è così, riaprila.
next-closed = La segnalazione è chiusa.
next-not_competent = Non è di competenza di { $organisation }: leggi nella storia a chi rivolgersi.
next-duplicate = È stata unita a un'altra segnalazione dello stesso problema: seguila da lì.
next-handled_by_residents = Se ne occupano direttamente gli inquilini (autogestione).
event-filed = Segnalazione inviata
event-filed-at-desk = Inviata allo sportello per { $tenant }
event-status = Nuovo stato: { $status }
event-reopened = Riaperta: il problema non è risolto
event-comment = Aggiornamento
event-note = Nota interna
event-transfer = Passata a { $organisation }
event-duplicate = Unita alla segnalazione { $reference }
event-closed-unconfirmed = Chiusa: nessuna risposta alla domanda «è stato risolto?»
event-who-reporter = Chi ha segnalato
event-who-system = Portineria
report-description-short = Descrivi il problema con almeno { $min ->
        [one] { $min } carattere
       *[other] { $min } caratteri
    }.
report-description-long = La descrizione può avere al massimo { $max ->
        [one] { $max } carattere
       *[other] { $max } caratteri
    }.
report-spot-long = Il punto preciso può avere al massimo { $max ->
        [one] { $max } carattere
       *[other] { $max } caratteri
    }.
report-location-invalid = Scegli dove si trova il problema.
report-category-invalid = Scegli che cosa non va.
report-time-windows-invalid = Fasce orarie non valide.
report-idempotency-key-invalid = La chiave di invio non è valida.
report-no-home = Per questa segnalazione serve un alloggio collegato al tuo account: chiedi allo sportello.
report-filter-invalid = Filtro non valido.
report-status-invalid = Stato non valido.
report-reason-required = Scrivi il motivo: l'inquilino lo leggerà.
report-comment-long = Il messaggio può avere al massimo { $max ->
        [one] { $max } carattere
       *[other] { $max } caratteri
    }.
report-duplicate-needs-original = Per segnare un doppione indica la segnalazione originale.
report-duplicate-unknown = Nessuna segnalazione con quel numero che possa fare da originale.
report-changed-meanwhile = Nel frattempo la segnalazione è cambiata: la modifica non è stata fatta. Guarda com'è ora e riprova se serve.
report-transfer-unknown = Ente non valido per il passaggio.
photo-too-many = { $max ->
        [one] Puoi allegare una sola foto.
       *[other] Puoi allegare al massimo { $max } foto.
    }
photo-too-large = La foto { $number } è troppo grande: al massimo { $max } MB.
photo-empty = La foto { $number } è vuota (0 byte): sceglila di nuovo o scattala di nuovo.
photo-too-many-pixels = La foto { $number } ha troppi pixel: riducila o scattala di nuovo.
photo-heic = La foto { $number } è in formato HEIC, che non possiamo leggere: nelle impostazioni della fotocamera scegli «Più compatibile» (JPEG) o invia uno screenshot.
photo-unsupported = Il file { $number } non è una foto JPEG, PNG o WebP.
photo-corrupt = La foto { $number } è danneggiata o incompleta: prova a scattarla di nuovo.
pending-title = In attesa di invio
pending-waiting = In attesa di connessione: verrà inviata appena possibile.
pending-sending = Invio in corso…
pending-sent = Inviata.
pending-failed = Non è stato possibile inviarla: compila di nuovo il modulo.
pending-offline-saved = Sei senza connessione: la segnalazione è salvata sul telefono e partirà da sola.
pending-view = Vedi la segnalazione
home-inbox = Novità
home-inbox-new = nuovo
home-all-reports = Tutte le segnalazioni
home-desk-open = Segnalazioni aperte nel quartiere
mail-report_update-subject = Novità sulla segnalazione { $reference }
mail-report_update-intro = c'è una novità sulla segnalazione { $reference }:
mail-report_update-status = Stato attuale: { $status }
mail-report_update-link = Per vedere la segnalazione:
mail-report_update-button = Apri la segnalazione

## Categorie
nav-categories = Categorie
categories-title = Categorie di guasto
categories-intro = Nomi nelle varie lingue, priorità di partenza e chi risponde. I guasti «dello sportello» restano sempre riservati.
categories-name = Nome ({ $language })
categories-priority = Priorità di partenza
categories-routing = Chi risponde
categories-routing-owner = Il proprietario del caseggiato
categories-routing-desk = Lo sportello del quartiere (mediazione, riservato)
categories-active = Si può scegliere quando si segnala
categories-save = Salva
category-name-invalid = Ogni nome deve avere da 1 a { $max ->
        [one] { $max } carattere
       *[other] { $max } caratteri
    }.
category-priority-invalid = Priorità non valida.
category-routing-invalid = Chi risponde: scelta non valida.
priority-low = Bassa
priority-normal = Normale
priority-high = Alta
priority-urgent = Urgente

## Quando l'inquilino è in casa
times-title = Quando possono venire a casa tua?
times-intro = Scegli quando di solito sei in casa. Se permetti di entrare anche quando non ci sei, il tecnico può venire anche in altri orari.
times-windows = Di solito sono in casa
times-submit = Salva
report-availability-empty = Scegli almeno un orario, oppure permetti di entrare anche quando non ci sei.
event-availability-requested = Abbiamo chiesto all'inquilino quando è in casa
event-availability-windows = L'inquilino è in casa: { $windows }
event-availability-windows-permission = L'inquilino è in casa: { $windows }. Si può entrare anche quando non c'è.
event-availability-permission = Si può entrare anche quando l'inquilino non è in casa
mail-visit_reminder-subject = Domani la visita per { $reference }
mail-visit_reminder-intro = domani il tecnico viene da te per la segnalazione { $reference }:
mail-visit_reminder-away = Se non ci sarà nessuno in casa, dillo dalla pagina della segnalazione: fisseremo un altro giorno.
