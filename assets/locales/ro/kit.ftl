# Portineria — ghidul de bun venit și cheltuielile blocului (română).

## Ghidul de bun venit
kit-title = Ghid de bun venit
kit-contents = Cuprins
kit-print = Tipăriți ghidul
kit-empty = Ghidul acestui cartier nu a fost scris încă.
kit-updated = Actualizat pe { $date } de { $name }
kit-topic-numbers = Numere utile și program
kit-topic-rules = Reguli de bună vecinătate
kit-topic-services = Servicii din cartier
kit-topic-waste = Colectarea gunoiului
kit-topic-history = Povestea cartierului
kit-edit-title = Scrierea ghidului de bun venit
kit-edit-intro = Fiecare salvare creează o versiune nouă; cele vechi rămân în istoric.
kit-propose-intro = Propunerile dumneavoastră ajung la ghișeu, care le aprobă sau nu.
kit-missing = Părți încă netraduse în: { $languages }.
kit-not-written = de scris
kit-proposals = există propuneri
kit-versions = { $count ->
    [one] O versiune până acum.
    [few] { $count } versiuni până acum.
   *[other] { $count } de versiuni până acum.
}
kit-propose = Propuneți
kit-approve = Aprobați
kit-reject = Nu aprobați
kit-title-invalid = Titlul trebuie să aibă între 1 și { $max ->
        [one] { $max } caracter
        [few] { $max } caractere
       *[other] { $max } de caractere
    }.
kit-body-long = Textul poate avea cel mult { $max ->
        [one] { $max } caracter
        [few] { $max } caractere
       *[other] { $max } de caractere
    }.
kit-topic-invalid = Alegeți din listă o parte a ghidului.
kit-reviewed-meanwhile = Altcineva a decis între timp asupra acestei propuneri: vă rugăm să reîncărcați pagina pentru a o vedea așa cum este acum.

## Cheltuielile blocului
accounts-title = Cheltuielile blocului
accounts-contracts = Contracte de servicii
accounts-expenses = Cheltuielile anului
accounts-shares = Partea dumneavoastră
accounts-none = Deocamdată nu este nimic de arătat.
accounts-no-share = Nu este nicio sumă de arătat pentru dumneavoastră.
accounts-year = Anul { $year }
accounts-year-column = Anul
accounts-item = Cheltuială
accounts-amount = Suma
accounts-total = Total
accounts-since = de la { $from }
accounts-flat = { $stair }, etajul { $floor }, ap. { $number }
accounts-service-cleaning = Curățenie
accounts-service-green = Spații verzi
accounts-service-lift = Lift
accounts-service-heating = Încălzire
accounts-service-waste = Gunoi
accounts-service-other = Altele
accounts-add-expense = Adăugați o cheltuială
accounts-building-code = Codul blocului
accounts-add = Adăugați

## Import
import-title = Import dintr-un fișier CSV
import-intro = Un fișier cu un rând de antet. Contracte: building_code, service, contractor, starts_on, ends_on, contact. Cheltuieli: building_code, year, item, amount. Părți de plată: unit_code, year, amount. Dacă un singur rând este greșit, nu se importă nimic.
import-kind = Ce conține fișierul
import-file = Fișier CSV
import-submit = Importați
import-done = { $count ->
    [one] S-a importat un rând.
    [few] S-au importat { $count } rânduri.
   *[other] S-au importat { $count } de rânduri.
}
import-refused = Nu s-a importat nimic. Corectați aceste rânduri și încercați din nou:
import-line = Rândul { $line }: { $problem }
import-columns = lipsesc unele coloane.
import-building-unknown = bloc necunoscut sau care nu este din cartierul dumneavoastră.
import-unit-unknown = apartament necunoscut sau care nu este din cartierul dumneavoastră.
import-service-unknown = serviciu necunoscut (cleaning, green, lift, heating, waste, other).
import-date-invalid = dată nevalidă (AAAA-LL-ZZ sau ZZ/LL/AAAA; sfârșitul după început).
import-amount-invalid = an sau sumă nevalidă.
import-item-missing = lipsește denumirea cheltuielii.
import-contractor-missing = lipsește numele firmei.
import-unreadable = fișierul nu poate fi citit ca CSV.
import-empty = Fișierul nu are rânduri de importat.
# Between the names in a list ("English, Shqip").
list-separator = { ", " }
