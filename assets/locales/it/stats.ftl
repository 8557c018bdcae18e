## Indicators and the estate's summary
nav-stats = Indicatori
nav-summary = Il quartiere in cifre
stats-title = Indicatori
stats-period = Da { $from } a { $to }
stats-worked-out = Dati aggiornati alle { $time }; si aggiornano { $minutes ->
        [one] ogni minuto
       *[other] ogni { $minutes } minuti
    }.
stats-no-landlord = Non ancora assegnate
stats-estate-areas = Spazi comuni del quartiere
stats-days = { $days ->
        [one] { $days } giorno
       *[other] { $days } giorni
    }
stats-percent = { $percent }%
stats-by-landlord = Per ente gestore
stats-by-building = Per caseggiato
stats-by-category = Per tipo di guasto
stats-by-month = Per mese
stats-column-landlord = Ente gestore
stats-column-building = Caseggiato
stats-column-category = Tipo di guasto
stats-column-month = Mese
stats-received = Ricevute
stats-open = Aperte
stats-overdue = In ritardo
stats-answer-median = Prima risposta (mediana)
stats-answer-p90 = Prima risposta (90%)
stats-fix-median = Risoluzione (mediana)
stats-fix-p90 = Risoluzione (90%)
stats-reopen-rate = Riaperte
stats-residents-share = Gestite dagli inquilini
stats-fixed-yes = «Risolto?» Sì
stats-fixed-no = «Risolto?» No
stats-none = Nessuna segnalazione in questo periodo.
stats-from = Dal mese
stats-to = Al mese
stats-month-hint = Anno e mese, per esempio 2026-03.
stats-side-by-side = Gli enti a confronto
stats-total = { $received ->
        [one] { $received } segnalazione ricevuta
       *[other] { $received } segnalazioni ricevute
    }; ancora aperte: { $open }; in ritardo: { $overdue }.
stats-chart-title = Giorni alla prima risposta e alla risoluzione (mediana), per ente gestore
stats-chart-caption = Le stesse cifre sono nella tabella «Per ente gestore» qui sotto.
stats-table-csv = Scarica «{ $table }» in CSV
stats-export = Esporta
stats-export-hint = Ogni segnalazione del periodo con le sue date (ricevuta, presa in carico, programmata, risolta, chiusa), senza nomi né recapiti.
stats-export-reports = Scarica le segnalazioni in CSV
summary-title = Il quartiere in cifre
summary-intro = Quanto tempo hanno impiegato gli enti a rispondere e a riparare, negli ultimi dodici mesi. Nessun dato personale.
summary-sentence = { $landlord } risponde in { $answer ->
        [one] { $answer } giorno
       *[other] { $answer } giorni
    } e risolve il problema in { $fix ->
        [one] { $fix } giorno
       *[other] { $fix } giorni
    } (valori mediani).
summary-too-few = { $landlord }: ancora troppo poche segnalazioni concluse per dare tempi.
summary-public = Questa pagina è pubblica: chiunque può leggerla senza accedere.
summary-private = Questa pagina è riservata a chi abita o lavora nel quartiere.
summary-publish = Pubblica questa pagina anche per chi non ha un account
summary-save = Salva
summary-sign-in = Per vedere le cifre del tuo quartiere accedi.
error-stats-filter = Un filtro non è valido: scegli tra quelli proposti.
error-stats-month = Scrivi il mese come anno e mese, per esempio 2026-03.
error-stats-period = Il periodo va da un mese a dieci anni, e il primo mese viene prima dell'ultimo.

stats-home-visits = Visite in casa
stats-nobody-home = Nessuno in casa
