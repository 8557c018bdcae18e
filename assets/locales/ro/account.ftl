# Portineria — intrarea în cont, activarea, profilul și ghișeul (română).

## Intrarea în cont
login-title = Intrați în cont
login-intro = Intrați cu adresa de e-mail (sau cu numele de utilizator ales cu codul de activare) și cu parola.
login-field-login = E-mail sau nume de utilizator
login-field-password = Parola
login-submit = Intrați
login-failed = E-mailul, numele de utilizator sau parola nu sunt corecte.
login-link-title = Intrați fără parolă
login-link-intro = Vă trimitem pe e-mail un link: o singură apăsare și ați intrat.
login-link-submit = Trimiteți-mi linkul
login-code-title = Ați primit o scrisoare cu un cod?
login-code-intro = Dacă nu aveți adresă de e-mail, ghișeul vă dă o scrisoare cu un cod de activare.
login-code-link = Activați-vă contul
link-sent-title = Verificați e-mailul
link-sent-body = Dacă adresa este înregistrată, v-am trimis un link pentru intrare. Este valabil { $minutes ->
        [one] { $minutes } minut
        [few] { $minutes } minute
       *[other] { $minutes } de minute
    } și poate fi folosit o singură dată.
link-confirm-title = Intrați în Portineria
link-confirm-body = Apăsați butonul ca să intrați în cont pe acest dispozitiv.
link-confirm-submit = Intrați
magic-link-invalid = Acest link nu mai merge: poate a expirat sau a fost deja folosit. Cereți unul nou.

## Activarea cu codul de pe hârtie
activate-title = Activați-vă contul
activate-intro = Scrieți codul din scrisoarea primită de la ghișeu și alegeți un nume de utilizator și o parolă.
activate-field-code = Codul de activare
activate-code-hint = De exemplu ABCD-EFGH-JKLM. Nu contează literele mari sau mici, nici liniuțele.
activate-field-username = Alegeți un nume de utilizator
activate-username-hint = Între 3 și 32 de litere, cifre, puncte, cratime sau liniuțe de subliniere. Cu el veți intra în cont.
activate-submit = Activați și intrați
activation-code-invalid = Codul nu este valid sau a expirat. Verificați scrisoarea sau cereți un cod nou la ghișeu.
username-invalid = Numele de utilizator trebuie să aibă între 3 și 32 de caractere: litere, cifre, puncte, liniuțe și liniuțe jos.
username-taken = Acest nume de utilizator este deja folosit de altcineva: alegeți altul.

## Parola
password-too-short = Parola trebuie să aibă cel puțin { $min ->
        [one] { $min } caracter
        [few] { $min } caractere
       *[other] { $min } de caractere
    }.
password-too-long = Parola poate avea cel mult { $max ->
        [one] { $max } caracter
        [few] { $max } caractere
       *[other] { $max } de caractere
    }.
password-mismatch = Cele două parole nu sunt la fel.
password-current-wrong = Parola actuală nu este corectă.

## Profil
profile-title = Profil
profile-details = Datele dumneavoastră
profile-email-hint = Vă trebuie ca să primiți noutățile și ca să intrați fără parolă.
profile-save = Salvați
profile-saved = Modificările au fost salvate.
profile-password-title = Schimbați parola
profile-password-submit = Schimbați parola
profile-devices-title = Dispozitive
profile-devices-intro = Ați pierdut telefonul sau ați folosit un calculator public? Ieșiți din cont pe toate dispozitivele.
profile-sign-out-everywhere = Ieșiți de pe toate dispozitivele
email-invalid = Această adresă de e-mail nu pare corectă.
email-taken = Această adresă de e-mail este deja înregistrată.
locale-invalid = Limba nu este disponibilă.
feed-purpose-invalid = Nu există o adresă de acest fel.
name-invalid = Scrieți un nume de cel mult 100 de caractere.
account-exists = Există deja un cont cu aceste date.

## Ghișeul
desk-title = Înregistrați un locatar
desk-intro = Pentru cei care nu au adresă de e-mail: înregistrați persoana, tipăriți scrisoarea cu codul de activare și i-o dați.
desk-field-unit = Codul apartamentului
desk-unit-hint = Codul apartamentului din registru, de exemplu GUA12-A-21.
desk-field-language = Limba scrisorii și a portalului
desk-submit = Înregistrați și pregătiți scrisoarea
unit-unknown = Nu există niciun apartament cu codul „{ $code }” în cartierul dumneavoastră.
letter-page-title = Scrisoare de activare
letter-ready = Scrisoarea este gata: tipăriți-o și dați-o persoanei.
letter-print = Tipăriți
letter-another = Înregistrați alt locatar
letter-title = Bine ați venit în Portineria
letter-greeting = Bună ziua, { $name },
letter-intro = Cu Portineria puteți anunța defecțiunile, puteți urmări reparațiile și puteți citi anunțurile scării dumneavoastră, chiar și de pe telefon.
letter-code-label = Codul dumneavoastră personal de activare:
letter-step-open = Deschideți { $url }
letter-step-code = Scrieți codul de mai sus.
letter-step-choose = Alegeți un nume de utilizator și o parolă: cu ele veți intra în cont.
letter-validity = Codul este valabil { $days ->
        [one] { $days } zi
        [few] { $days } zile
       *[other] { $days } de zile
    } și poate fi folosit o singură dată.
letter-help = Dacă aveți nevoie de ajutor, veniți la ghișeu: vă ajutăm noi.

## E-mail
mail-greeting = Bună ziua, { $name },
mail-magic_link-subject = Linkul dumneavoastră pentru a intra în Portineria
mail-magic_link-body = Iată linkul pentru a intra în Portineria. Este valabil { $minutes ->
        [one] { $minutes } minut
        [few] { $minutes } minute
       *[other] { $minutes } de minute
    } și poate fi folosit o singură dată.
mail-magic_link-button = Intrați în Portineria
mail-magic_link-ignore = Dacă nu l-ați cerut dumneavoastră, nu țineți cont de acest mesaj: nimeni nu poate intra fără link.
mail-sign_in_blocked-subject = Cineva a încercat să intre în contul dumneavoastră Portineria
mail-sign_in_blocked-body = cineva a încercat de multe ori să intre în contul dumneavoastră Portineria cu o parolă greșită. L-am oprit: contul dumneavoastră funcționează ca înainte și puteți intra ca de obicei.
mail-sign_in_blocked-advice = Dacă nu ați fost dumneavoastră, alegeți o parolă nouă în profil; dacă credeți că o mai știe cineva, ieșiți și de pe toate dispozitivele.
mail-sign_in_blocked-button = Deschideți profilul
sign-in-blocked-label = Contul dumneavoastră
sign-in-blocked-summary = Cineva a încercat multe parole greșite pe contul dumneavoastră: l-am oprit. Dacă nu ați fost dumneavoastră, schimbați parola.
phone-invalid = Acest număr de mobil nu pare corect: scrieți-l cu prefixul țării (+40 …) dacă nu este italian.
desk-field-phone = Număr de mobil (opțional)
desk-phone-hint = Un număr italian poate fi scris și fără +39. Locatarul va primi prin SMS anunțurile urgente și noutățile despre sesizările sale.

# Signing in with a mobile number and a code sent by SMS.
login-phone-title = Intrați cu telefonul mobil
login-phone-intro = Dacă ghișeul v-a înregistrat numărul de mobil, vă trimitem prin SMS un cod pentru intrare.
login-phone-field = Număr de mobil
login-phone-submit = Trimiteți-mi codul
phone-code-title = Scrieți codul
phone-code-sent = Dacă numărul { $phone } este înregistrat, v-am trimis prin SMS un cod de 6 cifre. Este valabil { $minutes ->
        [one] { $minutes } minut
        [few] { $minutes } minute
       *[other] { $minutes } de minute
    } și poate fi folosit o singură dată.
phone-code-field = Codul primit prin SMS
phone-code-submit = Intrați
phone-code-wrong = Codul nu este corect sau nu mai este valabil: verificați SMS-ul sau cereți unul nou.

# How the desk sees that a person is reached, and SMS turned on again after STOP.
desk-reach-title = Cum îl contactăm
desk-reach-phone = Mobil
desk-reach-no-phone = Fără număr de mobil
desk-reach-kind-urgent = Anunțuri urgente
desk-reach-kind-report = Noutăți despre sesizările sale
desk-reach-kind-visit = Mementouri pentru vizite
desk-reach-kind-rent = Chirie: mementouri, ajutor și planuri
desk-reach-stopped = A scris STOP pe { $date }: nu mai primește SMS.
desk-reach-resume-consent = Persoana este aici la ghișeu și cere să primească din nou SMS
desk-reach-resume = Reactivați SMS-urile
desk-reach-resume-consent-required = SMS-urile se reactivează doar dacă persoana o cere aici la ghișeu: bifați căsuța.

# Which channels each kind of message goes by, besides the inbox.
channels-title = Cum primiți mesajele
channels-intro = Le găsiți mereu aici pe portal. În plus vă pot ajunge:
channels-email = prin e-mail
channels-sms = prin SMS
channels-push = prin notificare
push-intro = Cu aplicația instalată pe telefon sau pe calculator, puteți primi anunțurile urgente și noutățile despre sesizările dumneavoastră ca notificări.
push-turn-on = Activați notificările pe acest dispozitiv
push-on = Notificările sunt activate pe acest dispozitiv.
push-denied = Browserul blochează notificările acestui site. Permiteți-le din setările browserului, apoi încercați din nou.
push-failed = Notificările nu au putut fi activate pe acest dispozitiv. Încercați din nou mai târziu sau folosiți e-mailul ori SMS-ul.
push-endpoint-invalid = Adresa pentru notificări nu este validă.
push-endpoint-refused = Notificările pot trece numai prin serviciile cunoscute ale browserelor, printr-o conexiune sigură.
push-keys-invalid = Cheile pentru notificări nu sunt valide.

# Per stair, the flats the portal reaches by no channel.
desk-paper-title = Pe cine contactăm doar personal
desk-paper-intro = Pentru fiecare scară, locuințele unde nimeni nu primește e-mail, SMS sau notificări de la portal: când se oprește apa, acolo e nevoie de un bilet sau de o bătaie în ușă.
desk-paper-stair = Scara
desk-paper-flats = Locuințe
desk-paper-only = Doar personal (numere)
desk-paper-none = niciuna

# One's own mobile number, confirmed by a code sent to it.
own-phone-title = Telefonul tău mobil
own-phone-current = SMS-urile ajung la
own-phone-none = Niciun număr de mobil: scrie-l mai jos ca să primești anunțurile prin SMS și să intri și cu numărul.
own-phone-sent = Ți-am trimis prin SMS un cod de 6 cifre la { $phone }: scrie-l aici ca să confirmi numărul.
own-phone-confirm = Confirmă numărul
own-phone-label = Număr de mobil
own-phone-hint = Un număr italian se poate scrie fără +39. Îl vezi doar tu și ghișeul.
own-phone-send = Trimite-mi codul
phone-taken = Acest număr aparține deja altui cont: întreabă la ghișeu.
push-devices-title = Notificări active pe
push-device-since = Activate: { $date }
push-device-remove = Dezactivează
