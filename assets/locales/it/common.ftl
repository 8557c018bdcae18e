# Portineria — messaggi comuni a ogni pagina (italiano, lingua di riferimento).

## Struttura della pagina
skip-to-content = Vai al contenuto
nav-label = Menu principale
nav-home = Home
nav-profile = Profilo
nav-register-tenant = Registra un inquilino
nav-sign-out = Esci
language-switcher = Lingua:
footer-tagline = Portineria — la portineria digitale del quartiere.

## Campi comuni
field-name = Nome e cognome
field-email = Indirizzo e-mail
field-username = Nome utente
field-language = Lingua
field-new-password = Nuova password
field-confirm-password = Ripeti la password
field-current-password = Password attuale
password-hint = Almeno { $min ->
        [one] { $min } carattere
       *[other] { $min } caratteri
    }. Una frase che ricordi facilmente va benissimo.
back-to-login = Torna all'accesso

## Home
home-title = Home
home-greeting = Buongiorno, { $name }
home-my-home = La mia casa
home-my-reports = Le mie segnalazioni
home-no-reports = Non hai ancora segnalazioni.
home-stair-notices = Avvisi della { $stair }
home-no-notices = Nessun avviso per la tua scala.
home-delegate-title = Sei referente
home-delegate-stair = Sei referente della { $stair }, { $address }.
home-delegate-building = Sei referente del caseggiato { $building }.
home-desk-title = Sportello — { $estate }
home-desk-intro = Qui registri gli inquilini senza e-mail e stampi la loro lettera di attivazione.
home-queue-title = Coda dei lavori
home-queue-empty = Nessuna segnalazione in coda.
home-buildings-title = Caseggiati di cui sei responsabile
home-no-buildings = Nessun caseggiato.
home-units-count = { $count ->
    [one] 1 alloggio
   *[other] { $count } alloggi
}
home-team-title = Squadra tecnica
home-team-empty = Nessun tecnico registrato.
home-installation-title = Installazione
home-import-hint = Quartieri, caseggiati, scale e alloggi si importano da CSV con «portineria import».
totals-organisations = Enti
totals-estates = Quartieri
totals-buildings = Caseggiati
totals-stairs = Scale
totals-units = Alloggi
totals-users = Persone registrate

## Luoghi
place-address = Indirizzo
place-stair = Scala
place-unit = Alloggio
place-unit-floor = Piano { $floor }, interno { $number }
place-estate = Quartiere
place-owner = Proprietario

## Errori
error-title = Qualcosa non va
error-status = Codice di errore { $status }.
error-home = Torna alla home
error-not-found = Pagina non trovata, oppure non hai il permesso di vederla.
error-unauthenticated = Devi accedere per continuare.
error-csrf = Il modulo è scaduto. Ricarica la pagina e riprova.
error-rate-limited = Troppi tentativi. Aspetta qualche minuto e riprova.
error-internal = Si è verificato un errore. Riprova tra poco; se continua, avvisa lo sportello.
error-unavailable = Il portale non riesce a raggiungere i suoi dati in questo momento. Riprova tra qualche minuto: quello che avevi già inviato è al sicuro.
error-cannot-save = Il portale non riesce a salvare nulla in questo momento: il suo spazio è pieno o in sola lettura. Riprova più tardi: quello che avevi già inviato è al sicuro.
error-changed-meanwhile = Qualcun altro ha cambiato la stessa cosa nello stesso momento: non è stato salvato nulla. Ricarica la pagina e riprova.
error-form-invalid = Il modulo inviato non è completo. Ricarica la pagina e riprova.
error-form-too-large = Il modulo inviato è troppo grande.
error-json-invalid = La richiesta non è un JSON valido o mancano dei campi.
error-query-invalid = I parametri della richiesta non sono validi.
error-too-large = La richiesta è troppo grande.

## Date e ore (ora italiana: tutti i quartieri sono in Italia)
time-local = { $date }, { $time } (ora italiana)
time-slot = { $weekday } { $date }, { $from }–{ $until } (ora italiana)
amount-euro = { $amount } €

## L'app sul telefono
app-name = Portineria — il tuo quartiere
app-short-name = Portineria
app-description = Segnalazioni, bacheca e kit di benvenuto del tuo quartiere
offline-title = Sei senza connessione
offline-intro = Questa pagina non è sul telefono. Puoi aprire quelle che hai già visto, e scrivere una segnalazione: partirà quando torna la connessione.
offline-as-of = Sei senza connessione: questa pagina è com'era in data { $when }.

## Leggibilità e traduzioni
display-large-text = Testo più grande
display-high-contrast = Contrasto alto
display-invalid = Scelta di visualizzazione non valida.
nav-translations = Traduzioni
translations-title = Testi da tradurre
translations-intro = Categorie, avvisi in corso e kit di benvenuto non ancora scritti in ogni lingua: finché manca la traduzione si leggono in italiano.
translations-missing-count = { $count ->
    [one] manca 1 testo
   *[other] mancano { $count } testi
}
translations-categories = Categorie
translations-notices = Avvisi
translations-kit = Kit di benvenuto
translations-templates = Risposte pronte
