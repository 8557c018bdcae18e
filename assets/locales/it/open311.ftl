# Chiavi API (pagina di amministrazione) e Open311 GeoReport v2.
nav-api-keys = Chiavi API
api-keys-title = Chiavi API
api-keys-intro = Le chiavi permettono ad altri sistemi — il call center di un ente gestore, l'app Open311 di un comune — di leggere le segnalazioni pubbliche del portale e di inviarne di nuove per le parti comuni degli edifici serviti dalla loro organizzazione. Ogni chiave si vede una volta sola: copiala quando viene emessa. Ogni uso viene registrato e ogni chiave ha un proprio limite di frequenza.
api-keys-issued = Chiave «{ $name }» emessa. Copiala adesso: non verrà più mostrata.
api-keys-revoked-note = La chiave è stata revocata: le chiamate fatte con essa ora sono rifiutate.
api-keys-new = Emetti una chiave
api-keys-name = Nome
api-keys-organisation = Organizzazione
api-keys-can-write = Può inviare segnalazioni (lettura e scrittura)
api-keys-create = Emetti la chiave
api-keys-list = Chiavi emesse
api-keys-scope = Permessi
api-keys-created = Emessa
api-keys-last-used = Ultimo uso
api-keys-uses-today = Usi nelle ultime 24 ore
api-keys-state = Stato
api-keys-read-write = Lettura e scrittura
api-keys-read-only = Sola lettura
api-keys-never = Mai
api-keys-revoked = Revocata in data { $when }
api-keys-revoke = Revoca
api-keys-revoke-named = Revoca la chiave «{ $name }»
api-keys-none = Non è stata ancora emessa nessuna chiave.
api-key-name-invalid = Dai alla chiave un nome di al massimo { $max ->
        [one] { $max } carattere
       *[other] { $max } caratteri
    }.
api-key-organisation-unknown = Scegli un'organizzazione dall'elenco.
open311-group-owner = Proprietario dell'edificio
open311-service-description = { $category }. Risponde: { $group }.
open311-spot-format = Testo libero, al massimo { $max ->
        [one] { $max } carattere
       *[other] { $max } caratteri
    }.
open311-spot-description = Dove esattamente, nelle parti comuni dell'edificio (per esempio: ascensore, piano terra)?
open311-date-invalid = Le date devono essere date-ora W3C con fuso orario, per esempio 2026-11-30T09:00:00Z.
open311-too-many-ids = Chiedi al massimo 1000 segnalazioni per id alla volta.
open311-dates-reversed = La data di inizio è successiva alla data di fine.
open311-dates-too-wide = Chiedi al massimo { $days ->
        [one] { $days } giorno
       *[other] { $days } giorni
    } alla volta.
open311-status-invalid = Lo stato deve essere open, closed o entrambi.
open311-page-invalid = La pagina deve essere un numero intero da 1 a { $max }.
open311-page-size-invalid = La dimensione della pagina deve essere un numero intero da 1 a { $max }.
open311-service-unknown = Questo codice di servizio non esiste: vedi services.xml.
open311-service-missing = Il service_code è obbligatorio.
open311-position-invalid = Indica sia lat sia long, in gradi decimali.
open311-media-invalid = Il media_url non è un indirizzo valido.
open311-media-host = Le foto non vengono scaricate da { $host }: chiedi agli amministratori del portale di autorizzarlo, oppure ometti media_url.
open311-media-private = Le foto non vengono scaricate da { $host }: porta a un indirizzo di una rete privata, non a Internet.
open311-media-unreachable = Non è stato possibile scaricare la foto indicata in media_url.
open311-key-missing = Per inviare una segnalazione serve un api_key.
open311-key-invalid = L'api_key è sconosciuto o è stato revocato.
open311-key-read-only = Questo api_key può solo leggere.
open311-key-out-of-scope = L'organizzazione di questo api_key non risponde di questo servizio in quell'edificio: può segnalare solo dove è lei a intervenire.
open311-location-missing = Indica dove: address_id (codice di un edificio o EDIFICIO/SCALA), lat e long, oppure address_string.
open311-location-unknown = Nessun edificio del quartiere si trova in quel punto.
open311-service-notice = I tecnici dell'ente gestore la vedono nella loro coda e rispondono entro i tempi previsti per la sua priorità.
open311-key-service = Le chiavi sono emesse dagli amministratori del portale: { $url }
