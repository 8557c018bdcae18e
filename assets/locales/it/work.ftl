# Portineria — lavoro dei tecnici e dello sportello (italiano, lingua di riferimento).

## Lavoro dei tecnici
nav-work = Coda lavori
nav-agenda = Agenda
nav-team = Squadra
work-title = Coda dei lavori
work-quick-filters = Filtri rapidi
work-all-open = Aperte
work-overdue = In ritardo
work-unassigned = Non assegnate
work-mine = Assegnate a me
work-filters = Altri filtri
work-any = Tutti
work-apply = Applica
work-filter-building = Caseggiato
work-filter-category = Categoria
work-filter-state = Stato
work-filter-priority = Priorità
work-filter-assignee = Assegnata a
work-results = { $total ->
        [one] { $total } segnalazione
       *[other] { $total } segnalazioni
    }, pagina { $page } di { $pages }; in cima quelle con la scadenza più vicina.
work-pick = Seleziona { $reference }
work-due = scadenza { $date }
work-overdue-tag = in ritardo
work-bulk-title = Per le segnalazioni selezionate
work-bulk-action = Azione
work-bulk-acknowledge = Prendi in carico
work-bulk-assign = Assegna a
work-bulk-comment = Pubblica lo stesso aggiornamento
work-bulk-assignee = Tecnico
work-bulk-body = Messaggio (per la presa in carico o l'aggiornamento)
work-bulk-submit = Applica alle selezionate
work-bulk-none = Seleziona almeno una segnalazione.
work-pages = Pagine
work-previous = Precedenti
work-next = Successive
report-overdue = In ritardo rispetto ai tempi di servizio.
report-waiting = Nessuna risposta da { $days ->
    [one] 1 giorno
   *[other] { $days } giorni
}
triage-title = Gestione
triage-response-due = Prima risposta attesa entro il giorno { $date }.
triage-priority-submit = Cambia priorità
triage-assignee = Assegnata a
triage-assign-submit = Assegna
report-assignee-invalid = Si può assegnare solo a un tecnico dell'ente che risponde.
report-priority-invalid = Priorità non valida.
event-priority = Priorità: { $priority }
event-assigned = Assegnata a { $name }
event-unassigned = Tolta l'assegnazione
templates-pick = Risposte pronte:
templates-other-language = non nella lingua dell'inquilino: { $language }
visits-title = Visite
visit-status-planned = Programmata
visit-status-done = Fatta
visit-status-cancelled = Annullata
visit-manage = Gestisci la visita
visit-change-label = Non puoi esserci? Scrivi quando puoi
visit-change-submit = Chiedi di spostarla
visit-schedule-title = Programma una visita
visit-tenant-windows = Orari preferiti dall'inquilino
visit-technician = Tecnico
visit-day = Giorno
visit-from = Dalle
visit-until = Alle
visit-reason = Motivo (lo leggerà l'inquilino)
visit-schedule-submit = Programma e avvisa
visit-reschedule-submit = Sposta la visita
visit-cancel-submit = Annulla la visita
visit-done-notes = Che cosa è stato fatto
visit-done-outcome = Esito
visit-done-photos = Foto «dopo» (facoltative)
visit-done-submit = Segna la visita come fatta
visit-time-invalid = Indica un giorno e un orario validi (la fine dopo l'inizio, entro un anno).
visit-outside-windows = L'orario non rientra in quelli indicati dall'inquilino.
visit-not-planned = Questa visita non è più programmata.
visit-already-planned = A quell'ora c'è già una visita programmata per questa segnalazione.
event-visit-scheduled = Visita programmata: { $when }
event-visit-rescheduled = Visita spostata: { $when }
event-visit-cancelled = Visita annullata ({ $when })
event-visit-change-requested = L'inquilino chiede di spostare la visita prevista per { $when }
event-visit-done = Visita fatta ({ $when })
agenda-title = Agenda
agenda-week = Settimana da lunedì { $week }
agenda-previous = Settimana prima
agenda-next = Settimana dopo
agenda-free = Nessuna visita.
agenda-change-requested = Richiesta di spostamento
agenda-feed-name = Portineria — visite
agenda-feed-title = Sul calendario del telefono
agenda-feed-intro = Aggiungi questo indirizzo come calendario «in abbonamento»: le visite compaiono da sole. Non condividerlo; se lo hai fatto, creane uno nuovo.
agenda-feed-url = Indirizzo del calendario
agenda-feed-renew = Crea un nuovo indirizzo (il vecchio smette di funzionare)
team-title = Squadra e tempi di servizio
team-workload = Carico di lavoro
team-open = Aperte assegnate
team-visits = Visite in programma
team-levels = Tempi di servizio
team-levels-intro = Per ogni priorità, entro quante ore dare la prima risposta e risolvere.
team-first-response = Prima risposta (ore)
team-resolution = Soluzione (ore)
service-level-invalid = I tempi vanno da 1 a 8760 ore, e la prima risposta non può venire dopo la soluzione.
team-templates = Risposte pronte
team-templates-none = Nessuna risposta pronta.
team-template-title = Titolo
team-template-body = Testo
team-template-hint = Puoi usare {"{"}reference{"}"}, {"{"}category{"}"} e {"{"}place{"}"}: vengono sostituiti con numero, categoria e luogo.
team-template-all = Tutte le categorie
team-template-add = Aggiungi la risposta
team-template-delete = Elimina «{ $title }»
template-title-invalid = Il titolo deve avere da 1 a { $max ->
        [one] { $max } carattere
       *[other] { $max } caratteri
    }.
template-body-invalid = Il testo deve avere da 1 a { $max ->
        [one] { $max } carattere
       *[other] { $max } caratteri
    }.
mail-digest-subject = Segnalazioni in ritardo
mail-digest-intro = { $count ->
    [one] c'è una segnalazione in ritardo rispetto ai tempi di servizio:
   *[other] ci sono { $count } segnalazioni in ritardo rispetto ai tempi di servizio:
}
mail-digest-link = Apri la coda dei ritardi
work-filter-building-hint = Scegli un quartiere e applica per filtrare anche per caseggiato.

## Visite e disponibilità dell'inquilino
visit-without-tenant = Ingresso senza l'inquilino (con il suo permesso)
visit-permission-hint = L'inquilino permette di entrare anche quando non è in casa: la visita può essere anche fuori dalle sue fasce orarie.
visit-needs-times = L'inquilino non ha ancora detto quando è in casa. Chiediglielo prima di fissare la visita.
visit-ask-times = Chiedi all'inquilino quando è in casa
visit-needs-windows = L'inquilino non ha detto quando è in casa e non ha dato il permesso di entrare senza di lui: chiediglielo prima di fissare la visita.
visit-availability-not-in-flat = Si chiede quando l'inquilino è in casa solo per i lavori dentro l'alloggio.

visit-outcome-nobody-home = Nessuno in casa: da riprogrammare
event-visit-no-access = Il tecnico è passato ({ $when }) ma non ha trovato nessuno in casa
visit-status-nobody-home = Nessuno in casa
