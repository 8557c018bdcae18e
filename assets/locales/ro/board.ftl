# Portineria — aviziere, anunțuri, lucrări, tipărire și fluxuri (română).

## Navigare
nav-board = Avizier
nav-works = Lucrări
nav-welcome = Bun venit
nav-transparency = Cheltuieli

## Avizier
board-title = Avizier
board-notices = Anunțuri
board-archive = Arhiva anunțurilor expirate
board-current = Anunțuri actuale
board-older = Anunțuri mai vechi
board-empty = Deocamdată nu este niciun anunț.
board-pending = De aprobat
board-post = Scrieți un anunț
board-print = Tipăriți avizierul
board-show = Afișați
board-delegates = Responsabilii scării și ai blocului dumneavoastră
board-feeds = Avizierul pe telefon și în calendar
board-feeds-intro = Aceste adrese sunt doar ale dumneavoastră: lipiți-le într-un cititor de știri sau în calendarul telefonului. Dacă le-ați dat cuiva din greșeală, creați altele noi.
board-feed-atom = Anunțuri (Atom)
board-feed-calendar = Evenimente și lucrări (calendar)
board-calendar-name = Portineria — evenimente și lucrări
home-all-notices = Toate anunțurile
role-stair_delegate = responsabil de scară
role-building_delegate = responsabil de bloc
contact-title = Cum vă pot găsi vecinii
contact-intro = Ca responsabil, numele dumneavoastră apare pe avizier. Aici alegeți ce mai adăugați: se vede doar ce scrieți sau bifați.
contact-phone = Telefon
contact-show-email = Afișați adresa mea de e-mail
contact-hours = Când se poate suna
contact-phone-invalid = Scrieți numărul de telefon cu cifre, spații sau semnul + (cel mult 30 de caractere).
contact-hours-invalid = Scrieți orele în câteva cuvinte (cel mult 80 de caractere).

## Anunțuri
notice-title = Anunț
notice-form-title = Anunț nou
notice-back = Înapoi la avizier
notice-urgent = Urgent
notice-pinned = Evidențiat
notice-pending = Așteaptă aprobarea
notice-in-italian = Încă netradus: îl arătăm în italiană.
notice-until = până la { $date }
notice-period = de la { $from } până la { $until }
notice-event-when = Când
notice-works-when = Lucrări
notice-services = Servicii afectate
notice-mark-seen = Am citit
notice-seen-by-you = Ați marcat acest anunț ca citit.
notice-kind = Tipul anunțului
notice-kind-agency = Anunț de la proprietar
notice-kind-works = Lucrări programate
notice-kind-event = Eveniment
notice-kind-rules = Reguli de bună vecinătate
notice-kind-offer_seek = Caut și ofer
notice-progress = Stadiul lucrărilor
notice-progress-planned = Programate
notice-progress-in_progress = În curs
notice-progress-suspended = Oprite temporar
notice-progress-done = Terminate
notice-progress-save = Actualizați stadiul
notice-service-water = apă
notice-service-lift = lift
notice-service-heating = încălzire
notice-service-gas = gaz
notice-service-electricity = curent electric
notice-where = Unde
notice-optional = opțional
notice-field-title = Titlu
notice-field-body = Text
notice-markdown-hint = Puteți folosi **îngroșat**, *înclinat*, liste cu liniuță și linkuri. Alt cod apare ca text simplu.
notice-field-urgent = Urgent: anunță imediat toți locatarii, și pe e-mail
notice-field-pinned = Evidențiat, sus pe avizier
notice-field-starts = De când se vede
notice-field-expires = Până când se vede (apoi trece în arhivă)
notice-field-event-day = Ziua
notice-field-event-time = Ora
notice-field-event-place = Locul
notice-field-works-from = Începutul lucrărilor
notice-field-works-until = Sfârșitul lucrărilor
notice-field-image = O fotografie (opțional)
notice-publish = Publicați
notice-propose = Trimiteți responsabilului
notice-proposal-intro = Puteți oferi sau cere ajutor vecinilor de pe scară. Responsabilul citește mesajul și îl pune pe avizier.
notice-posted = Anunțul este pe avizier.
notice-posted-pending = Mulțumim: responsabilul de scară îl va citi și îl va pune pe avizier.
notice-actions = Ce puteți face
notice-print = Tipăriți pentru avizierul de la intrare
notice-approve = Aprobați și publicați
notice-edit = Modificați anunțul
notice-remove = Scoateți de pe avizier
notice-reject = Nu publicați
notice-remove-reason = De ce (rămâne în istoricul anunțului)
notice-readership = Cine l-a citit
notice-seen-count = Citit de { $seen ->
        [one] { $seen } familie
        [few] { $seen } familii
       *[other] { $seen } de familii
    } din { $households }.
notice-unseen-flats = Apartamente care nu l-au citit încă
notice-history = Istoricul anunțului
notice-history-posted = Scris
notice-history-edited = Modificat
notice-history-approved = Aprobat
notice-history-removed = Scos de pe avizier
notice-history-progress = Stadiul lucrărilor a fost actualizat
notice-image-alt = Fotografia anunțului „{ $title }”
notice-title-required = Scrieți măcar titlul în italiană.
notice-language-twice = Fiecare limbă poate apărea o singură dată.
notice-title-long = Titlul poate avea cel mult { $max ->
        [one] { $max } caracter
        [few] { $max } caractere
       *[other] { $max } de caractere
    }.
notice-body-long = Textul poate avea cel mult { $max ->
        [one] { $max } caracter
        [few] { $max } caractere
       *[other] { $max } de caractere
    }.
notice-place-long = Locul poate avea cel mult { $max ->
        [one] { $max } caracter
        [few] { $max } caractere
       *[other] { $max } de caractere
    }.
notice-reason-required = Scrieți de ce.
notice-reason-long = Motivul poate avea cel mult { $max ->
        [one] { $max } caracter
        [few] { $max } caractere
       *[other] { $max } de caractere
    }.
notice-dates-invalid = Verificați datele: sfârșitul nu poate fi înainte de început.
notice-services-invalid = Alegeți serviciile din listă.
notice-place-invalid = Alegeți din listă unde publicați.
notice-kind-invalid = Alegeți tipul anunțului.
notice-progress-invalid = Alegeți din listă stadiul lucrărilor.
notice-move-invalid = Un anunț nu se poate muta: scoateți-l și scrieți unul nou.
notice-flags-direct-only = Doar cine publică direct un anunț îl poate marca drept urgent sau fixa sus: debifați și trimiteți din nou.
notice-kind-not-allowed = Nu puteți publica aici un anunț de acest tip: vă rugăm să alegeți alt tip.
notice-changed-meanwhile = Altcineva a modificat între timp acest anunț: vă rugăm să reîncărcați pagina pentru a-l vedea așa cum este acum.

## Lucrările blocului
works-title = Lucrări și întreținere
works-planned = Lucrări programate și în curs
works-none = Nicio lucrare programată.
works-reports = Sesizări despre părțile comune, în lucru
works-no-reports = Nicio sesizare deschisă despre părțile comune.
works-no-building = Alegeți un bloc.

## Tipărire
print-qr-notice = Citiți anunțul pe telefon
print-qr-report = Anunțați o defecțiune
print-qr-board = Avizierul pe telefon
print-qr-activate = Activați-vă contul

## E-mail
mail-notice_urgent-subject = Anunț urgent: { $title }
mail-notice_urgent-intro = Este un anunț urgent pentru { $place }:
mail-notice_urgent-link = Ca să îl citiți și să confirmați că l-ați citit:
mail-notice_urgent-button = Deschideți anunțul
