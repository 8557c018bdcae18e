# Portineria — sesizări și categorii (română).

## Sesizări
nav-reports = Sesizări
yes = Da
no = Nu
reports-title = Sesizări
reports-mine = Sesizările mele
reports-around = Sesizări deschise la scara mea și în blocul meu
reports-around-none = Nicio sesizare deschisă aici în jur.
reports-back = Toate sesizările
report-new-button = Anunțați o defecțiune
report-new-title = Anunțați o defecțiune
report-title = Sesizare
report-for-tenant = Faceți sesizarea de la ghișeu pentru { $name }.
report-desk-title = Pentru cine faceți sesizarea?
report-desk-intro = Căutați apartamentul persoanei care a venit la ghișeu sau a sunat.
report-desk-find = Căutați
report-desk-file-for = Sesizare pentru { $name }
report-desk-no-tenants = Niciun locatar înregistrat în acest apartament din cartierul dumneavoastră.
report-desk-answers = ghișeul cartierului
report-no-places = Contul dumneavoastră nu este legat de un apartament: întrebați la ghișeu.
report-where = Unde?
report-what = Ce nu merge?
report-continue = Continuați
where-unit = În apartamentul meu
where-unit-hint = Etajul { $floor }, ap. { $number }
where-stair = Părțile comune de la { $stair }
where-stair-hint = Paliere, scări, lift, pivnițe
where-building = Părțile comune ale blocului
where-estate = Curțile și spațiile din cartier
where-estate-hint = Curți, grădini, alei, parcări
report-similar-title = Poate că problema a fost deja anunțată
report-similar-intro = Aceste sesizări sunt deschise aici, aproape. Dacă este aceeași problemă, apăsați „Și eu”: vă ținem la curent, la fel ca pe persoana care a făcut sesizarea.
report-me-too = Și eu am această problemă
report-me-too-count = { $count ->
    [one] O persoană a spus „și eu”.
    [few] { $count } persoane au spus „și eu”.
   *[other] { $count } de persoane au spus „și eu”.
}
report-field-spot = Locul exact (opțional)
report-spot-hint = De exemplu: pivniță, lift, curte, etajul doi.
spot-cellar = Pivniță
spot-lift = Lift
spot-courtyard = Curte
spot-entrance = Intrare
spot-landing = Palier
spot-roof = Acoperiș
report-field-description = Descrieți problema
report-description-hint = Ce se întâmplă, de când și dacă este periculos. Cel mult { $max ->
        [one] { $max } caracter
        [few] { $max } caractere
       *[other] { $max } de caractere
    }.
report-field-photos = Fotografii (opțional)
report-photos-hint = Până la { $max ->
        [one] o fotografie
        [few] { $max } fotografii
       *[other] { $max } de fotografii
    } JPEG, PNG sau WebP, de cel mult { $mb } MB fiecare.
report-in-unit-title = Doar pentru defecțiuni în apartament
report-in-unit-hint = Îl ajută pe tehnician să pregătească vizita.
report-permission = Tehnicianul poate intra și când nu sunt acasă (cu cineva care are cheile)
time-window-morning = Dimineața
time-window-afternoon = După-amiaza
time-window-evening = Seara
report-show-name = Vecinii pot vedea numele meu
report-submit = Trimiteți sesizarea
report-reference = Numărul { $reference }
report-filed-title = Sesizarea a fost trimisă.
report-filed-body = Numărul ei este { $reference }: păstrați-l. Vă anunțăm aici și pe e-mail de fiecare dată când apare ceva nou.
report-state = Stare
report-expected = Rezolvare prevăzută până la { $date }.
report-private = Această sesizare o văd doar persoana care a făcut-o și cei care se ocupă de ea.
report-details = Detalii
report-field-place = Unde
report-field-filed = Trimisă pe
report-who-answers = Cine răspunde
report-permission-short = Se poate intra fără mine
report-photo-alt = Fotografia { $number } a sesizării
report-timeline = Istoric
report-internal = notă internă
report-comment-title = Scrieți o actualizare
report-comment-label = Mesaj
report-comment-submit = Publicați
report-note-submit = Salvați ca notă internă
report-move-title = Schimbați starea
report-move-to = Starea nouă
report-move-note = Notă pentru locatar (opțional)
report-move-submit = Actualizați
report-duplicate-title = Este o dublură?
report-duplicate-of = Numărul sesizării inițiale
report-duplicate-submit = Uniți cu sesizarea inițială
report-competence-title = Nu ține de noi
report-transfer-to = Trimiteți la
report-transfer-reason = De ce (locatarul va citi)
report-transfer-submit = Trimiteți sesizarea mai departe
report-redirect-reason = Unde trebuie să se adreseze și de ce (locatarul va citi)
report-redirect-submit = Închideți: nu ține de noi
report-confirm-title = S-a rezolvat?
report-confirm-yes = Da, e în regulă
report-confirm-no-reason = Nu: ce nu merge încă?
report-confirm-no = Nu, redeschideți sesizarea
report-place-unit = { $address }, { $stair }, etajul { $floor }, ap. { $number }
report-place-stair = { $stair }, { $address }
report-place-building = Părți comune, { $address }
report-place-estate = Spații comune, { $estate }
status-received = Primită
status-acknowledged = Preluată
status-scheduled = Intervenție programată
status-in_progress = Lucrări în curs
status-resolved = Rezolvată
status-closed = Închisă
status-not_competent = Nu este de competența proprietarului
status-duplicate = Dublură
status-handled_by_residents = În grija locatarilor
next-received = { $organisation } încă nu a preluat-o.
next-acknowledged = { $organisation } a preluat-o și va organiza intervenția.
next-scheduled = Intervenția este programată: veți primi un mesaj cu ziua.
next-in_progress = Lucrările sunt în curs.
next-resolved = { $organisation } spune că problema s-a rezolvat. Dacă nu este așa, redeschideți sesizarea.
next-closed = Sesizarea este închisă.
next-not_competent = Nu ține de { $organisation }: în istoric scrie unde să vă adresați.
next-duplicate = A fost unită cu o altă sesizare despre aceeași problemă: urmăriți-o pe aceea.
next-handled_by_residents = Se ocupă de ea chiar locatarii (autogestiune).
event-filed = Sesizare trimisă
event-filed-at-desk = Trimisă de la ghișeu pentru { $tenant }
event-status = Stare nouă: { $status }
event-reopened = Redeschisă: problema nu s-a rezolvat
event-comment = Actualizare
event-note = Notă internă
event-transfer = Trimisă la { $organisation }
event-duplicate = Unită cu sesizarea { $reference }
event-closed-unconfirmed = Închisă: nimeni nu a răspuns la întrebarea „S-a rezolvat?”
event-who-reporter = Persoana care a făcut sesizarea
event-who-system = Portineria
report-description-short = Descrieți problema în cel puțin { $min ->
        [one] { $min } caracter
        [few] { $min } caractere
       *[other] { $min } de caractere
    }.
report-description-long = Descrierea poate avea cel mult { $max ->
        [one] { $max } caracter
        [few] { $max } caractere
       *[other] { $max } de caractere
    }.
report-spot-long = Locul exact poate avea cel mult { $max ->
        [one] { $max } caracter
        [few] { $max } caractere
       *[other] { $max } de caractere
    }.
report-location-invalid = Alegeți unde este problema.
report-category-invalid = Alegeți ce nu merge.
report-time-windows-invalid = Intervalele orare nu sunt valide.
report-idempotency-key-invalid = Cheia de trimitere nu este validă.
report-no-home = Pentru această sesizare, contul dumneavoastră trebuie să fie legat de un apartament: întrebați la ghișeu.
report-filter-invalid = Filtru nevalid.
report-status-invalid = Stare nevalidă.
report-reason-required = Scrieți motivul: locatarul îl va citi.
report-comment-long = Mesajul poate avea cel mult { $max ->
        [one] { $max } caracter
        [few] { $max } caractere
       *[other] { $max } de caractere
    }.
report-duplicate-needs-original = Ca să marcați o dublură, scrieți numărul sesizării inițiale.
report-duplicate-unknown = Nu există nicio sesizare cu acest număr care să poată fi cea inițială.
report-changed-meanwhile = Între timp sesizarea s-a schimbat, așa că modificarea nu a fost făcută. Vedeți cum arată acum și încercați din nou dacă este nevoie.
report-transfer-unknown = Organizația aleasă nu este validă pentru trimitere.
photo-too-many = Puteți atașa cel mult { $max ->
        [one] o fotografie
        [few] { $max } fotografii
       *[other] { $max } de fotografii
    }.
photo-too-large = Fotografia { $number } este prea mare: cel mult { $max } MB.
photo-empty = Fotografia { $number } este goală (0 octeți): alegeți-o din nou sau faceți-o din nou.
photo-too-many-pixels = Fotografia { $number } are prea mulți pixeli: micșorați-o sau faceți-o din nou.
photo-heic = Fotografia { $number } este în format HEIC, pe care nu îl putem citi: în setările camerei alegeți „Cel mai compatibil” (JPEG) sau trimiteți o captură de ecran.
photo-unsupported = Fișierul { $number } nu este o fotografie JPEG, PNG sau WebP.
photo-corrupt = Fotografia { $number } este deteriorată sau incompletă: încercați să o faceți din nou.
pending-title = Așteaptă să fie trimise
pending-waiting = Se așteaptă internetul: va fi trimisă cât mai repede.
pending-sending = Se trimite…
pending-sent = Trimisă.
pending-failed = Nu s-a putut trimite: completați din nou formularul.
pending-offline-saved = Nu aveți internet: sesizarea este salvată pe telefon și va pleca singură.
pending-view = Vedeți sesizarea
home-inbox = Noutăți
home-inbox-new = nou
home-all-reports = Toate sesizările
home-desk-open = Sesizări deschise în cartier
mail-report_update-subject = Noutăți despre sesizarea { $reference }
mail-report_update-intro = Avem o noutate despre sesizarea { $reference }:
mail-report_update-status = Starea de acum: { $status }
mail-report_update-link = Ca să vedeți sesizarea:
mail-report_update-button = Deschideți sesizarea

## Categorii
nav-categories = Categorii
categories-title = Categorii de defecțiuni
categories-intro = Numele în fiecare limbă, prioritatea inițială și cine răspunde. Problemele care merg la ghișeu rămân mereu private.
categories-name = Nume ({ $language })
categories-priority = Prioritatea inițială
categories-routing = Cine răspunde
categories-routing-owner = Proprietarul blocului
categories-routing-desk = Ghișeul cartierului (mediere, privat)
categories-active = Se poate alege la sesizare
categories-save = Salvați
category-name-invalid = Fiecare nume trebuie să aibă între 1 și { $max ->
        [one] { $max } caracter
        [few] { $max } caractere
       *[other] { $max } de caractere
    }.
category-priority-invalid = Prioritate nevalidă.
category-routing-invalid = Cine răspunde: alegere nevalidă.
priority-low = Scăzută
priority-normal = Normală
priority-high = Ridicată
priority-urgent = Urgentă

## Când este locatarul acasă
times-title = Când poate veni cineva la dumneavoastră acasă?
times-intro = Alegeți când sunteți de obicei acasă. Dacă lăsați să se intre și când nu sunteți acasă, tehnicianul poate veni și la alte ore.
times-windows = De obicei sunt acasă
times-submit = Salvați
report-availability-empty = Alegeți cel puțin un interval orar sau lăsați să se intre și când nu sunteți acasă.
event-availability-requested = L-am întrebat pe locatar când este acasă
event-availability-windows = Locatarul este acasă: { $windows }
event-availability-windows-permission = Locatarul este acasă: { $windows }. Se poate intra și când nu este acasă.
event-availability-permission = Se poate intra și când locatarul nu este acasă
mail-visit_reminder-subject = Mâine, vizita pentru { $reference }
mail-visit_reminder-intro = mâine tehnicianul vine la dumneavoastră pentru sesizarea { $reference }:
mail-visit_reminder-away = Dacă nu va fi nimeni acasă, spuneți pe pagina sesizării: vom stabili altă zi.
