# Portineria — mesaje comune tuturor paginilor (română).
# Ton: politicos (dumneavoastră), cuvinte simple. Termenii: vezi assets/glossary/ro.md.

## Structura paginii
skip-to-content = Mergeți la conținut
nav-label = Meniul principal
nav-home = Acasă
nav-profile = Profil
nav-register-tenant = Înregistrați un locatar
nav-sign-out = Ieșire
language-switcher = Limba:
footer-tagline = Portineria — portăria digitală a cartierului.

## Câmpuri comune
field-name = Nume și prenume
field-email = Adresa de e-mail
field-username = Nume de utilizator
field-language = Limba
field-new-password = Parola nouă
field-confirm-password = Scrieți din nou parola
field-current-password = Parola actuală
password-hint = Cel puțin { $min ->
        [one] { $min } caracter
        [few] { $min } caractere
       *[other] { $min } de caractere
    }. E foarte bună o propoziție pe care o țineți minte ușor.
back-to-login = Înapoi la intrarea în cont

## Acasă
home-title = Acasă
home-greeting = Bună ziua, { $name }
home-my-home = Casa mea
home-my-reports = Sesizările mele
home-no-reports = Nu aveți încă nicio sesizare.
home-stair-notices = Anunțuri pentru { $stair }
home-no-notices = Niciun anunț pentru scara dumneavoastră.
home-delegate-title = Responsabil de scară sau de bloc
home-delegate-stair = Sunteți persoana responsabilă de { $stair }, { $address }.
home-delegate-building = Sunteți persoana responsabilă de blocul { $building }.
home-desk-title = Ghișeu — { $estate }
home-desk-intro = Aici înregistrați locatarii care nu au e-mail și le tipăriți scrisoarea de activare.
home-queue-title = Lista de lucrări
home-queue-empty = Nicio sesizare în listă.
home-buildings-title = Blocurile de care răspundeți
home-no-buildings = Niciun bloc.
home-units-count = { $count ->
    [one] 1 apartament
    [few] { $count } apartamente
   *[other] { $count } de apartamente
}
home-team-title = Echipa tehnică
home-team-empty = Niciun tehnician înregistrat.
home-installation-title = Sistemul
home-import-hint = Cartierele, blocurile, scările și apartamentele se importă din fișiere CSV cu „portineria import”.
totals-organisations = Organizații
totals-estates = Cartiere
totals-buildings = Blocuri
totals-stairs = Scări
totals-units = Apartamente
totals-users = Persoane înregistrate

## Locuri
place-address = Adresă
place-stair = Scară
place-unit = Apartament
place-unit-floor = Etajul { $floor }, ap. { $number }
place-estate = Cartier
place-owner = Proprietar

## Erori
error-title = Ceva nu a mers
error-status = Codul erorii: { $status }.
error-home = Înapoi la pagina principală
error-not-found = Pagina nu există sau nu aveți voie să o vedeți.
error-unauthenticated = Ca să continuați, intrați în cont.
error-csrf = Formularul a expirat. Reîncărcați pagina și încercați din nou.
error-rate-limited = Prea multe încercări. Așteptați câteva minute și încercați din nou.
error-internal = A apărut o eroare. Încercați din nou puțin mai târziu; dacă tot nu merge, anunțați ghișeul.
error-unavailable = Portalul nu poate ajunge la date chiar acum. Încercați din nou peste câteva minute: ce ați trimis deja este în siguranță.
error-cannot-save = Portalul nu poate salva nimic în acest moment: spațiul său de stocare este plin sau doar în citire. Încercați mai târziu: ce ați trimis deja este în siguranță.
error-changed-meanwhile = Altcineva a modificat același lucru în același moment: nu s-a salvat nimic. Vă rugăm să reîncărcați pagina și să încercați din nou.
error-form-invalid = Formularul trimis nu este complet. Reîncărcați pagina și încercați din nou.
error-form-too-large = Formularul trimis este prea mare.
error-json-invalid = Cererea nu este un JSON valid sau lipsesc câmpuri.
error-query-invalid = Parametrii cererii nu sunt valizi.
error-too-large = Cererea este prea mare.

## Date și ore (ora Italiei: toate cartierele sunt în Italia)
time-local = { $date }, { $time } (ora Italiei)
time-slot = { $weekday } { $date }, { $from }–{ $until } (ora Italiei)
amount-euro = { $amount } €

## Aplicația pe telefon
app-name = Portineria — cartierul dumneavoastră
app-short-name = Portineria
app-description = Sesizări, avizier și ghidul de bun venit al cartierului dumneavoastră
offline-title = Nu aveți internet
offline-intro = Această pagină nu este salvată pe telefon. Puteți deschide paginile pe care le-ați văzut deja și puteți scrie o sesizare: va pleca singură când revine internetul.
offline-as-of = Nu aveți internet: pagina arată cum era la { $when }.

## Lizibilitate și traduceri
display-large-text = Text mai mare
display-high-contrast = Contrast mare
display-invalid = Alegere de afișare nevalidă.
nav-translations = Traduceri
translations-title = Texte de tradus
translations-intro = Categoriile, anunțurile actuale și ghidul de bun venit care nu sunt încă scrise în toate limbile: până când apare traducerea, se citesc în italiană.
translations-missing-count = { $count ->
    [one] lipsește 1 text
    [few] lipsesc { $count } texte
   *[other] lipsesc { $count } de texte
}
translations-categories = Categorii
translations-notices = Anunțuri
translations-kit = Ghid de bun venit
translations-templates = Răspunsuri gata făcute
