# Assemblee di scala e di caseggiato: convocazione, verbale, decisioni.

notice-kind-assembly = Assemblea
notice-history-minutes = Verbale pubblicato
notice-history-minutes-corrected = Verbale corretto
assembly-form-when = Evento o assemblea: giorno, ora e luogo
assembly-when-required = Per un'assemblea servono il giorno e l'ora.
assembly-minutes = Verbale dell'assemblea
assembly-published-on = Data di pubblicazione: { $when }
assembly-attendance = { $count ->
        [one] Presente { $count } famiglia
       *[other] Presenti { $count } famiglie
    }
assembly-decisions = Decisioni e voti
assembly-decision = Decisione
assembly-decision-number = Decisione { $number }
assembly-votes-for = Favorevoli
assembly-votes-against = Contrari
assembly-votes-abstained = Astenuti
assembly-result = Esito
assembly-carried = Approvata
assembly-not-carried = Non approvata
assembly-publish-minutes = Pubblica il verbale
assembly-correct-minutes = Correggi il verbale
assembly-field-minutes = Verbale: di cosa si è parlato, chi ha preso la parola
assembly-field-attendance = Famiglie presenti
assembly-decisions-hint = Una riga per ogni decisione, con i voti. Le righe lasciate vuote non contano.
assembly-past-decisions = Decisioni delle ultime assemblee
assembly-held-on = Assemblea
assembly-minutes-required = Scrivi il verbale.
assembly-minutes-long = Il verbale può avere al massimo { $max ->
        [one] { $max } carattere
       *[other] { $max } caratteri
    }.
assembly-decisions-many = Un verbale può avere al massimo { $max ->
        [one] { $max } decisione
       *[other] { $max } decisioni
    }.
assembly-decision-text-required = Scrivi il testo di ogni decisione che ha dei voti.
assembly-decision-long = Una decisione può avere al massimo { $max ->
        [one] { $max } carattere
       *[other] { $max } caratteri
    }.
assembly-votes-invalid = I voti sono numeri interi da 0 a { $max }.
assembly-attendance-invalid = Le famiglie presenti sono un numero intero da 0 a { $max }.
assembly-not-yet-met = Il verbale si pubblica dopo l'assemblea: l'ora della riunione non è ancora passata.
