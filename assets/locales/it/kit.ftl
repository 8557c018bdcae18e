# Portineria — kit di benvenuto e conti del caseggiato (italiano, lingua di riferimento).

## Kit di benvenuto
kit-title = Kit di benvenuto
kit-contents = Indice
kit-print = Stampa il kit
kit-empty = Il kit di questo quartiere non è ancora stato scritto.
kit-updated = Aggiornato il giorno { $date } da { $name }
kit-topic-numbers = Numeri utili e orari
kit-topic-rules = Regole per vivere insieme
kit-topic-services = Servizi del quartiere
kit-topic-waste = Raccolta dei rifiuti
kit-topic-history = La storia del quartiere
kit-edit-title = Scrivere il kit di benvenuto
kit-edit-intro = Ogni salvataggio crea una nuova versione; quelle vecchie restano nella storia.
kit-propose-intro = Le tue proposte arrivano allo sportello, che le approva o no.
kit-missing = Parti non ancora tradotte in: { $languages }.
kit-not-written = da scrivere
kit-proposals = ci sono proposte
kit-versions = { $count ->
    [one] Una versione finora.
   *[other] { $count } versioni finora.
}
kit-propose = Proponi
kit-approve = Approva
kit-reject = Non approvare
kit-title-invalid = Il titolo deve avere da 1 a { $max ->
        [one] { $max } carattere
       *[other] { $max } caratteri
    }.
kit-body-long = Il testo può avere al massimo { $max ->
        [one] { $max } carattere
       *[other] { $max } caratteri
    }.
kit-topic-invalid = Scegli una parte del kit dall'elenco.
kit-reviewed-meanwhile = Qualcuno ha già deciso su questa proposta nel frattempo: ricarica la pagina per vedere com'è ora.

## Conti del caseggiato
accounts-title = I conti del caseggiato
accounts-contracts = Contratti di servizio
accounts-expenses = Spese dell'anno
accounts-shares = La tua quota
accounts-none = Niente da mostrare, per ora.
accounts-no-share = Nessuna quota da mostrare.
accounts-year = Anno { $year }
accounts-year-column = Anno
accounts-item = Voce
accounts-amount = Importo
accounts-total = Totale
accounts-since = dal giorno { $from }
accounts-flat = { $stair }, piano { $floor }, interno { $number }
accounts-service-cleaning = Pulizie
accounts-service-green = Verde
accounts-service-lift = Ascensore
accounts-service-heating = Riscaldamento
accounts-service-waste = Rifiuti
accounts-service-other = Altro
accounts-add-expense = Aggiungi una spesa
accounts-building-code = Codice del caseggiato
accounts-add = Aggiungi

## Importazione
import-title = Importa da un file CSV
import-intro = Un file con una riga di intestazione. Contratti: building_code, service, contractor, starts_on, ends_on, contact. Spese: building_code, year, item, amount. Quote: unit_code, year, amount. Se una riga è sbagliata non si importa niente.
import-kind = Cosa contiene il file
import-file = File CSV
import-submit = Importa
import-done = { $count ->
    [one] Importata una riga.
   *[other] Importate { $count } righe.
}
import-refused = Non è stato importato niente. Correggi queste righe e riprova:
import-line = Riga { $line }: { $problem }
import-columns = mancano delle colonne.
import-building-unknown = caseggiato sconosciuto, o non del tuo quartiere.
import-unit-unknown = alloggio sconosciuto, o non del tuo quartiere.
import-service-unknown = servizio sconosciuto (cleaning, green, lift, heating, waste, other).
import-date-invalid = data non valida (AAAA-MM-GG o GG/MM/AAAA; la fine dopo l'inizio).
import-amount-invalid = anno o importo non validi.
import-item-missing = manca la voce di spesa.
import-contractor-missing = manca il nome della ditta.
import-unreadable = il file non si legge come CSV.
import-empty = Il file non ha righe da importare.
# Between the names in a list ("English, Shqip").
list-separator = { ", " }
