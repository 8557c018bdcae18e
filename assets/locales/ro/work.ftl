# Portineria — munca tehnicienilor și a ghișeului (română).

## Munca tehnicienilor
nav-work = Lista de lucrări
nav-agenda = Agendă
nav-team = Echipă
work-title = Lista de lucrări
work-quick-filters = Filtre rapide
work-all-open = Deschise
work-overdue = Întârziate
work-unassigned = Nealocate
work-mine = Alocate mie
work-filters = Alte filtre
work-any = Toate
work-apply = Aplicați
work-filter-building = Bloc
work-filter-category = Categorie
work-filter-state = Stare
work-filter-priority = Prioritate
work-filter-assignee = Responsabil
work-results = { $total ->
        [one] { $total } sesizare
        [few] { $total } sesizări
       *[other] { $total } de sesizări
    }, pagina { $page } din { $pages }, întâi cele cu termenul cel mai apropiat.
work-pick = Selectați { $reference }
work-due = de rezolvat până la { $date }
work-overdue-tag = întârziată
work-bulk-title = Pentru sesizările selectate
work-bulk-action = Acțiune
work-bulk-acknowledge = Preluați
work-bulk-assign = Alocați către
work-bulk-comment = Publicați aceeași actualizare
work-bulk-assignee = Tehnician
work-bulk-body = Mesaj (pentru preluare sau pentru actualizare)
work-bulk-submit = Aplicați la cele selectate
work-bulk-none = Selectați cel puțin o sesizare.
work-pages = Pagini
work-previous = Anterioare
work-next = Următoare
report-overdue = Întârziată față de termenele de răspuns.
report-waiting = Niciun răspuns de { $days ->
    [one] o zi
    [few] { $days } zile
   *[other] { $days } de zile
}
triage-title = Gestionare
triage-response-due = Primul răspuns trebuie dat până la { $date }.
triage-priority-submit = Schimbați prioritatea
triage-assignee = Alocată către
triage-assign-submit = Alocați
report-assignee-invalid = Sesizarea se poate aloca doar unui tehnician al organizației care răspunde.
report-priority-invalid = Prioritate nevalidă.
event-priority = Prioritate: { $priority }
event-assigned = Alocată către { $name }
event-unassigned = Alocarea a fost anulată
templates-pick = Răspunsuri gata făcute:
templates-other-language = nu este în limba locatarului: { $language }
visits-title = Vizite
visit-status-planned = Programată
visit-status-done = Făcută
visit-status-cancelled = Anulată
visit-manage = Gestionați vizita
visit-change-label = Nu puteți fi acasă? Scrieți când puteți
visit-change-submit = Cereți mutarea vizitei
visit-schedule-title = Programați o vizită
visit-tenant-windows = Orele preferate de locatar
visit-technician = Tehnician
visit-day = Ziua
visit-from = De la ora
visit-until = Până la ora
visit-reason = Motivul (locatarul îl va citi)
visit-schedule-submit = Programați și anunțați locatarul
visit-reschedule-submit = Mutați vizita
visit-cancel-submit = Anulați vizita
visit-done-notes = Ce s-a făcut
visit-done-outcome = Rezultat
visit-done-photos = Fotografii „după” (opțional)
visit-done-submit = Marcați vizita ca făcută
visit-time-invalid = Alegeți o zi și o oră valide (sfârșitul după început, în cel mult un an).
visit-outside-windows = Ora aleasă nu se potrivește cu cele date de locatar.
visit-not-planned = Această vizită nu mai este programată.
visit-already-planned = Pentru această sesizare există deja o vizită programată la ora respectivă.
event-visit-scheduled = Vizită programată: { $when }
event-visit-rescheduled = Vizită mutată: { $when }
event-visit-cancelled = Vizită anulată ({ $when })
event-visit-change-requested = Locatarul cere mutarea vizitei din { $when }
event-visit-done = Vizită făcută ({ $when })
agenda-title = Agendă
agenda-week = Săptămâna de la { $week }
agenda-previous = Săptămâna anterioară
agenda-next = Săptămâna următoare
agenda-free = Nicio vizită.
agenda-change-requested = Cerere de mutare
agenda-feed-name = Portineria — vizite
agenda-feed-title = În calendarul telefonului
agenda-feed-intro = Adăugați această adresă ca un calendar „cu abonament”: vizitele apar singure. Nu o dați altcuiva; dacă ați dat-o, creați una nouă.
agenda-feed-url = Adresa calendarului
agenda-feed-renew = Creați o adresă nouă (cea veche nu va mai merge)
team-title = Echipa și termenele de răspuns
team-workload = Volumul de lucru
team-open = Deschise alocate
team-visits = Vizite programate
team-levels = Termene de răspuns
team-levels-intro = Pentru fiecare prioritate: în câte ore se dă primul răspuns și în câte ore se rezolvă problema.
team-first-response = Primul răspuns (ore)
team-resolution = Rezolvare (ore)
service-level-invalid = Termenele sunt între 1 și 8760 de ore, iar primul răspuns nu poate veni după rezolvare.
team-templates = Răspunsuri gata făcute
team-templates-none = Niciun răspuns gata făcut.
team-template-title = Titlu
team-template-body = Text
team-template-hint = Puteți folosi {"{"}reference{"}"}, {"{"}category{"}"} și {"{"}place{"}"}: sunt înlocuite cu numărul, categoria și locul.
team-template-all = Toate categoriile
team-template-add = Adăugați răspunsul
team-template-delete = Ștergeți „{ $title }”
template-title-invalid = Titlul trebuie să aibă între 1 și { $max ->
        [one] { $max } caracter
        [few] { $max } caractere
       *[other] { $max } de caractere
    }.
template-body-invalid = Textul trebuie să aibă între 1 și { $max ->
        [one] { $max } caracter
        [few] { $max } caractere
       *[other] { $max } de caractere
    }.
mail-digest-subject = Sesizări întârziate
mail-digest-intro = { $count ->
    [one] O sesizare este întârziată față de termenele de răspuns:
    [few] { $count } sesizări sunt întârziate față de termenele de răspuns:
   *[other] { $count } de sesizări sunt întârziate față de termenele de răspuns:
}
mail-digest-link = Deschideți lista întârzierilor
work-filter-building-hint = Alegeți un cartier și apăsați „Aplicați” ca să puteți filtra și după bloc.

## Vizite și când este locatarul acasă
visit-without-tenant = Intrare fără locatar (cu acordul lui)
visit-permission-hint = Locatarul permite să se intre și când nu este acasă: vizita poate fi și în afara orelor date de el.
visit-needs-times = Locatarul nu a spus încă când este acasă. Întrebați-l înainte de a programa vizita.
visit-ask-times = Întrebați locatarul când este acasă
visit-needs-windows = Locatarul nu a spus când este acasă și nu a permis să se intre fără el: întrebați-l înainte de a programa vizita.
visit-availability-not-in-flat = Locatarul este întrebat când este acasă doar pentru lucrările din apartament.

visit-outcome-nobody-home = Nimeni acasă: de reprogramat
event-visit-no-access = Tehnicianul a venit ({ $when }), dar nu a găsit pe nimeni acasă
visit-status-nobody-home = Nimeni acasă
