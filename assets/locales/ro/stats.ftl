## Indicatorii și rezumatul cartierului
nav-stats = Indicatori
nav-summary = Cartierul în cifre
stats-title = Indicatori
stats-period = De la { $from } până la { $to }
stats-worked-out = Date la ora { $time }; se actualizează { $minutes ->
        [one] în fiecare minut
        [few] la fiecare { $minutes } minute
       *[other] la fiecare { $minutes } de minute
    }.
stats-no-landlord = Încă nealocate
stats-estate-areas = Spațiile comune ale cartierului
stats-days = { $days ->
        [one] { $days } zi
        [few] { $days } zile
       *[other] { $days } de zile
    }
stats-percent = { $percent }%
stats-by-landlord = Pe proprietari
stats-by-building = Pe blocuri
stats-by-category = Pe tipuri de defecțiuni
stats-by-month = Pe luni
stats-column-landlord = Proprietar
stats-column-building = Bloc
stats-column-category = Tipul defecțiunii
stats-column-month = Luna
stats-received = Primite
stats-open = Deschise
stats-overdue = Întârziate
stats-answer-median = Primul răspuns (mediana)
stats-answer-p90 = Primul răspuns (90%)
stats-fix-median = Rezolvare (mediana)
stats-fix-p90 = Rezolvare (90%)
stats-reopen-rate = Redeschise
stats-residents-share = În grija locatarilor
stats-fixed-yes = „S-a rezolvat?” Da
stats-fixed-no = „S-a rezolvat?” Nu
stats-none = Nicio sesizare în această perioadă.
stats-from = De la luna
stats-to = Până la luna
stats-month-hint = Anul și luna, de exemplu 2026-03.
stats-side-by-side = Proprietarii, unul lângă altul
stats-total = Sesizări primite: { $received }, încă deschise: { $open }, întârziate: { $overdue }.
stats-chart-title = Zile până la primul răspuns și până la rezolvare (mediana), pe proprietari
stats-chart-caption = Aceleași cifre sunt în tabelul „Pe proprietari” de mai jos.
stats-table-csv = Descărcați „{ $table }” în format CSV
stats-export = Export
stats-export-hint = Toate sesizările din perioadă, cu datele lor (primită, preluată, programată, rezolvată, închisă), fără nume și fără date de contact.
stats-export-reports = Descărcați sesizările în format CSV
summary-title = Cartierul în cifre
summary-intro = Cât timp le-a luat proprietarilor să răspundă și să repare, în ultimele douăsprezece luni. Fără date personale.
summary-sentence = { $landlord } răspunde { $answer ->
        [one] într-o zi
        [few] în { $answer } zile
       *[other] în { $answer } de zile
    } și rezolvă defecțiunea { $fix ->
        [one] într-o zi
        [few] în { $fix } zile
       *[other] în { $fix } de zile
    } (valori mediane).
summary-too-few = { $landlord }: încă prea puține sesizări încheiate ca să putem calcula timpii.
summary-public = Această pagină este publică: oricine o poate citi fără să intre în cont.
summary-private = Această pagină este doar pentru cei care locuiesc sau lucrează în cartier.
summary-publish = Publicați această pagină și pentru cei care nu au cont
summary-save = Salvați
summary-sign-in = Intrați în cont ca să vedeți cifrele cartierului dumneavoastră.
error-stats-filter = Un filtru nu este valid: alegeți una dintre variantele propuse.
error-stats-month = Scrieți luna ca an și lună, de exemplu 2026-03.
error-stats-period = Perioada trebuie să fie între o lună și zece ani, iar prima lună trebuie să fie înaintea ultimei.

stats-home-visits = Vizite în locuință
stats-nobody-home = Nimeni acasă
