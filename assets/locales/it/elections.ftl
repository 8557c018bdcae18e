# Elezioni dei referenti di scala e di caseggiato, con voto segreto.
elections-title = Elezioni dei referenti
nav-elections = Elezioni
elections-intro = I referenti li scelgono i vicini: ogni appartamento ha un voto, sul sito, via SMS o su carta allo sportello, e il voto è segreto.
elections-none = Nessuna elezione per ora.
elections-open-title = Indici un'elezione
elections-open-place = Per quale scala o caseggiato
elections-open-nominations-last = Ultimo giorno per candidarsi
elections-open-voting-first = Primo giorno di voto
elections-open-voting-last = Ultimo giorno di voto
elections-open-term = Durata dell'incarico, in mesi
elections-open-submit = Indici l'elezione
election-rule-general = Vince chi ha più voti; se due o più sono pari per l'ultimo posto, si torna a votare solo tra loro (ballottaggio). Con un solo candidato si vota sì o no.
election-place-building = { $building }
election-place-stair = { $stair }, { $address }
election-page-title = Elezione dei referenti
election-title-stair = Elezione del referente di scala: { $place }
election-title-building = Elezione del referente di caseggiato: { $place }
election-status-nominations = Candidature aperte fino al giorno { $when }.
election-status-waiting = Candidature chiuse. Il voto si apre il giorno { $when }.
election-status-voting = Si vota fino al giorno { $when }.
election-status-counting = Il voto si è chiuso il giorno { $when }: lo sportello conta i voti.
election-status-closed = Elezione chiusa il giorno { $when }.
election-seats = Posti
election-nominations-until = Candidature fino al
election-voting = Voto
election-from-to = dal giorno { $from } al giorno { $to }
election-term = Durata dell'incarico
election-term-months = { $count ->
    [one] un mese
   *[other] { $count } mesi
}
election-rule = { $seats ->
    [one] Vince chi ha più voti (serve almeno un voto). Se due o più sono pari, si torna a votare solo tra loro per lo stesso tempo. Con un solo candidato si vota sì o no: è eletto se i sì superano i no.
   *[other] Vincono i { $seats } con più voti (serve almeno un voto). Se due o più sono pari per l'ultimo posto, si torna a votare solo tra loro per lo stesso tempo. Con un solo candidato si vota sì o no: è eletto se i sì superano i no.
}
election-is-runoff = Questo è il ballottaggio tra i candidati pari.
election-first-round = Il primo turno
election-runoff-link = Ci sono candidati pari: si vota di nuovo tra loro.
election-candidates = Candidati
election-no-candidates = Ancora nessun candidato.
election-elected = eletto
election-votes = { $count ->
    [one] un voto
   *[other] { $count } voti
}
election-stand-title = Ti candidi?
election-standing = Sei candidato: puoi cambiare il tuo messaggio
election-statement-label = Qualche parola ai vicini (facoltativo, al massimo 600 caratteri)
election-stand = Mi candido
election-withdraw-hint = Puoi ritirare la candidatura fino all'apertura del voto.
election-withdraw = Ritiro la candidatura
election-ballot-title = Il voto del tuo appartamento
election-ballot-secret = Il voto è segreto: nessuno, nemmeno lo sportello, può sapere chi hai scelto.
election-flat-voted = Il tuo appartamento ha già votato. Se voti di nuovo, il nuovo voto sostituisce quello di prima.
election-yes-to = Sì a
election-no = No
election-blank-choice = Scheda bianca
election-vote = Vota
election-sms-hint = Senza internet: manda un SMS con VOTO e il numero del candidato (per esempio VOTO 2), VOTO 0 per la scheda bianca, VOTO NO per dire no all'unico candidato.
election-paper-title = Registra un voto su carta
election-paper-unit = Codice dell'appartamento (per esempio GUA12-A-21)
election-paper-choice = Voto
election-paper-record = Registra il voto
election-turnout-title = Affluenza
election-result = Risultato
election-turnout = { $count ->
    [one] Ha votato { $voted } appartamento su uno.
   *[other] Hanno votato { $voted } appartamenti su { $units }.
}
election-blank = { $count ->
    [one] Una scheda bianca.
   *[other] { $count } schede bianche.
}
election-against = { $count ->
    [one] Un no.
   *[other] { $count } no.
}
election-results-hidden = I voti si contano alla chiusura: fino ad allora nessuno vede i risultati.
election-close-hint = Il voto è finito: chiudi l'elezione per contare i voti e pubblicare il risultato in bacheca.
election-close = Chiudi e conta
election-done-stood = Sei candidato.
election-done-withdrew = Hai ritirato la candidatura.
election-done-cast = Voto registrato. Grazie!
election-done-replaced = Voto registrato: sostituisce quello di prima del tuo appartamento.
election-done-paper = Voto su carta registrato.
election-done-closed = Elezione chiusa: il risultato è in bacheca.
election-appointed = nominato dallo sportello
election-chosen = scelto il giorno { $date }, con { $count ->
    [one] { $voted } appartamento su uno al voto
   *[other] { $voted } appartamenti su { $units } al voto
}, in carica fino al giorno { $until }
board-elections = Elezioni in corso
election-told-label = Elezioni
election-told-button = Apri l'elezione
election-told-nominations_open-title = Si elegge il referente: { $place }
election-told-nominations_open-body = Puoi candidarti fino al giorno { $nominations_until }. Si vota dal giorno { $voting_from } al giorno { $voting_until }.
election-told-voting_open-title = Si vota: { $place }
election-told-voting_open-body = Puoi votare fino al giorno { $voting_until }, sul sito, via SMS o allo sportello. Un voto per appartamento, segreto.
election-told-result-title = Il risultato dell'elezione: { $place }
election-told-result-body = Il voto è chiuso: il risultato è in bacheca.
election-told-term_ending-title = Un incarico finisce presto: { $place }
election-told-term_ending-body = Tra due mesi finisce l'incarico dei referenti eletti: indici la prossima elezione per tempo.
election-scope-invalid = Scegli una scala o un caseggiato.
election-seats-invalid = I posti vanno da 1 a 9.
election-term-invalid = La durata va da 1 a 60 mesi.
election-windows-invalid = Controlla le date: le candidature si chiudono nel futuro, il voto si apre dopo e dura al massimo 60 giorni.
election-scope-fixed = Il luogo di un'elezione non cambia: per un altro luogo indici un'altra elezione.
election-voting-started = Il voto è già aperto: non si può più cambiare.
election-nominations-closed = Le candidature sono chiuse.
election-statement-too-long = Il messaggio è troppo lungo (al massimo 600 caratteri).
election-not-voting = Il voto non è aperto.
election-choice-invalid = Scegli un candidato, la scheda bianca o, con un solo candidato, il no.
election-unit-not-in-place = Questo appartamento non è nel luogo dell'elezione.
election-not-ended = Si può chiudere solo dopo la fine del voto, una volta sola.
sms-vote-none = Nessun voto aperto per la tua scala o il tuo caseggiato.
sms-vote-several = Ci sono più votazioni aperte: vota sul sito o allo sportello.
sms-vote-unknown = { $count ->
    [one] C'è un solo candidato: scrivi VOTO 1 per il sì, VOTO NO per il no, VOTO 0 per la scheda bianca.
   *[other] Scrivi VOTO e un numero da 1 a { $count }, oppure VOTO 0 per la scheda bianca.
}
sms-vote-recorded = Voto registrato per { $place }, in segreto. Grazie!
sms-vote-replaced = Voto registrato per { $place }: sostituisce quello di prima del tuo appartamento.
audit-action-election-opened = Elezione indetta
audit-action-election-changed = Elezione modificata
audit-action-election-closed = Elezione chiusa e contata
audit-action-paper-ballot-recorded = Voto su carta registrato
desk-reach-kind-election = Elezioni: candidature, voto e risultato
election-already-open = C'è già un'elezione in corso per questo luogo.
