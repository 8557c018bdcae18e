# Portineria — accesso, attivazione, profilo e sportello (italiano, lingua di riferimento).

## Accesso
login-title = Accedi
login-intro = Entra con il tuo indirizzo e-mail (o il nome utente scelto con il codice di attivazione) e la password.
login-field-login = E-mail o nome utente
login-field-password = Password
login-submit = Accedi
login-failed = E-mail, nome utente o password non corretti.
login-link-title = Accedi senza password
login-link-intro = Ti mandiamo per e-mail un link che ti fa entrare con un tocco.
login-link-submit = Mandami il link
login-code-title = Hai ricevuto una lettera con un codice?
login-code-intro = Se non hai un indirizzo e-mail, lo sportello ti consegna una lettera con un codice di attivazione.
login-code-link = Attiva il tuo account
link-sent-title = Controlla la posta
link-sent-body = Se l'indirizzo è registrato, ti abbiamo mandato un link per entrare. Vale { $minutes ->
        [one] un minuto
       *[other] { $minutes } minuti
    } e si può usare una sola volta.
link-confirm-title = Entra in Portineria
link-confirm-body = Premi il pulsante per completare l'accesso su questo dispositivo.
link-confirm-submit = Entra
magic-link-invalid = Questo link non è valido: forse è scaduto o è già stato usato. Chiedine uno nuovo.

## Attivazione con il codice su carta
activate-title = Attiva il tuo account
activate-intro = Scrivi il codice che trovi sulla lettera dello sportello e scegli un nome utente e una password.
activate-field-code = Codice di attivazione
activate-code-hint = Ad esempio ABCD-EFGH-JKLM. Maiuscole, minuscole e trattini non contano.
activate-field-username = Scegli un nome utente
activate-username-hint = Da 3 a 32 caratteri tra lettere, numeri, punti, trattini e trattini bassi (_). Ti servirà per entrare.
activate-submit = Attiva ed entra
activation-code-invalid = Il codice non è valido o è scaduto. Controlla la lettera o chiedi un nuovo codice allo sportello.
username-invalid = Il nome utente deve avere da 3 a 32 caratteri tra lettere, numeri, punti, trattini e trattini bassi.
username-taken = Questo nome utente è già usato da qualcun altro: scegline un altro.

## Password
password-too-short = La password deve avere almeno { $min ->
        [one] { $min } carattere
       *[other] { $min } caratteri
    }.
password-too-long = La password può avere al massimo { $max ->
        [one] { $max } carattere
       *[other] { $max } caratteri
    }.
password-mismatch = Le due password non coincidono.
password-current-wrong = La password attuale non è corretta.

## Profilo
profile-title = Profilo
profile-details = I tuoi dati
profile-email-hint = Serve per ricevere gli aggiornamenti e per accedere senza password.
profile-save = Salva
profile-saved = Modifiche salvate.
profile-password-title = Cambia password
profile-password-submit = Cambia password
profile-devices-title = Dispositivi
profile-devices-intro = Hai perso il telefono o hai usato un computer pubblico? Esci da tutti i dispositivi.
profile-sign-out-everywhere = Esci da tutti i dispositivi
email-invalid = Questo indirizzo e-mail non sembra valido.
email-taken = Questo indirizzo e-mail è già registrato.
locale-invalid = Lingua non disponibile.
feed-purpose-invalid = Non c'è un indirizzo di questo tipo.
name-invalid = Scrivi un nome di al massimo 100 caratteri.
account-exists = Esiste già un account con questi dati.

## Sportello
desk-title = Registra un inquilino
desk-intro = Per chi non ha un indirizzo e-mail: registri la persona, stampi la lettera con il codice di attivazione e gliela consegni.
desk-field-unit = Codice dell'alloggio
desk-unit-hint = Il codice dell'alloggio come nell'anagrafica, ad esempio GUA12-A-21.
desk-field-language = Lingua della lettera e del portale
desk-submit = Registra e prepara la lettera
unit-unknown = Nessun alloggio con codice «{ $code }» nel tuo quartiere.
letter-page-title = Lettera di attivazione
letter-ready = La lettera è pronta: stampala e consegnala.
letter-print = Stampa
letter-another = Registra un altro inquilino
letter-title = Benvenuto in Portineria
letter-greeting = Gentile { $name },
letter-intro = con Portineria puoi segnalare guasti, seguire le riparazioni e leggere gli avvisi della tua scala, anche dal telefono.
letter-code-label = Il tuo codice di attivazione personale:
letter-step-open = Apri { $url }
letter-step-code = Scrivi il codice qui sopra.
letter-step-choose = Scegli un nome utente e una password: ti serviranno per entrare.
letter-validity = Il codice vale { $days ->
        [one] un giorno
       *[other] { $days } giorni
    } e si può usare una sola volta.
letter-help = Se hai bisogno di aiuto, vieni allo sportello: ti aiutiamo noi.

## Posta
mail-greeting = Buongiorno { $name },
mail-magic_link-subject = Il tuo link per entrare in Portineria
mail-magic_link-body = ecco il link per entrare in Portineria. Vale { $minutes ->
        [one] un minuto
       *[other] { $minutes } minuti
    } e si può usare una sola volta.
mail-magic_link-button = Entra in Portineria
mail-magic_link-ignore = Se non l'hai chiesto tu, ignora questo messaggio: nessuno può entrare senza il link.
mail-sign_in_blocked-subject = Qualcuno ha provato a entrare nel tuo account Portineria
mail-sign_in_blocked-body = qualcuno ha provato molte volte a entrare nel tuo account Portineria con una password sbagliata. L'abbiamo fermato: il tuo account funziona come sempre e puoi entrare come al solito.
mail-sign_in_blocked-advice = Se non eri tu, scegli una nuova password nel tuo profilo; se pensi che qualcuno la conosca, esci anche da tutti i dispositivi.
mail-sign_in_blocked-button = Apri il tuo profilo
sign-in-blocked-label = Il tuo account
sign-in-blocked-summary = Qualcuno ha provato molte password sbagliate sul tuo account: l'abbiamo fermato. Se non eri tu, cambia la password.
phone-invalid = Questo numero di cellulare non sembra valido: scrivilo con il prefisso internazionale (+40 …) se non è italiano.
desk-field-phone = Cellulare (facoltativo)
desk-phone-hint = Un numero italiano anche senza +39. Riceverà gli avvisi urgenti e le notizie delle sue segnalazioni per SMS.

# Signing in with a mobile number and a code sent by SMS.
login-phone-title = Entra con il cellulare
login-phone-intro = Se lo sportello ha registrato il tuo numero di cellulare, ti mandiamo un SMS con un codice per entrare.
login-phone-field = Numero di cellulare
login-phone-submit = Mandami il codice
phone-code-title = Scrivi il codice
phone-code-sent = Se il numero { $phone } è registrato, ti abbiamo mandato un SMS con un codice di 6 cifre. Vale { $minutes ->
        [one] un minuto
       *[other] { $minutes } minuti
    } e si può usare una sola volta.
phone-code-field = Codice ricevuto per SMS
phone-code-submit = Entra
phone-code-wrong = Il codice non è giusto o non vale più: controlla l'SMS o chiedine uno nuovo.

# How the desk sees that a person is reached, and SMS turned on again after STOP.
desk-reach-title = Come lo raggiungiamo
desk-reach-phone = Cellulare
desk-reach-no-phone = Nessun cellulare
desk-reach-kind-urgent = Avvisi urgenti
desk-reach-kind-report = Notizie delle segnalazioni
desk-reach-kind-visit = Promemoria delle visite
desk-reach-kind-rent = Affitto: promemoria, aiuto e piani
desk-reach-stopped = Ha scritto STOP ({ $date }): non riceve più SMS.
desk-reach-resume-consent = La persona è qui allo sportello e chiede di ricevere di nuovo gli SMS
desk-reach-resume = Riattiva gli SMS
desk-reach-resume-consent-required = Gli SMS si riattivano solo se la persona lo chiede qui allo sportello: spunta la casella.

# Which channels each kind of message goes by, besides the inbox.
channels-title = Come ricevi i messaggi
channels-intro = Li trovi sempre qui sul portale. In più possono arrivarti:
channels-email = per e-mail
channels-sms = per SMS
channels-push = con le notifiche
push-intro = Con l'app installata sul telefono o sul computer puoi ricevere gli avvisi urgenti e le novità sulle tue segnalazioni come notifiche.
push-turn-on = Attiva le notifiche su questo dispositivo
push-on = Le notifiche sono attive su questo dispositivo.
push-denied = Il browser blocca le notifiche di questo sito. Permettile nelle impostazioni del browser e riprova.
push-failed = Non è stato possibile attivare le notifiche su questo dispositivo. Riprova più tardi, oppure usa e-mail o SMS.
push-endpoint-invalid = L'indirizzo per le notifiche non è valido.
push-endpoint-refused = Le notifiche possono passare solo dai servizi dei browser conosciuti, con una connessione sicura.
push-keys-invalid = Le chiavi per le notifiche non sono valide.

# Per stair, the flats the portal reaches by no channel.
desk-paper-title = Chi raggiungiamo solo di persona
desk-paper-intro = Per ogni scala, gli alloggi dove nessuno riceve e-mail, SMS o notifiche dal portale: quando manca l'acqua, lì serve un biglietto o bussare.
desk-paper-stair = Scala
desk-paper-flats = Alloggi
desk-paper-only = Solo di persona (interni)
desk-paper-none = nessuno

# One's own mobile number, confirmed by a code sent to it.
own-phone-title = Il tuo cellulare
own-phone-current = Gli SMS arrivano a
own-phone-none = Nessun numero di cellulare: scrivilo qui sotto per ricevere gli avvisi per SMS ed entrare anche con il numero.
own-phone-sent = Ti abbiamo mandato un SMS con un codice di 6 cifre al numero { $phone }: scrivilo qui per confermarlo.
own-phone-confirm = Conferma il numero
own-phone-label = Numero di cellulare
own-phone-hint = Un numero italiano si può scrivere senza +39. Lo vedete solo tu e lo sportello.
own-phone-send = Mandami il codice
phone-taken = Questo numero è già di un altro account: chiedi allo sportello.
push-devices-title = Notifiche attive su
push-device-since = Attivate: { $date }
push-device-remove = Disattiva
