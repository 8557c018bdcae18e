## Treguesit dhe përmbledhja e lagjes
nav-stats = Treguesit
nav-summary = Lagjja në shifra
stats-title = Treguesit
stats-period = Nga { $from } deri në { $to }
stats-worked-out = Të dhënat në orën { $time }; përditësohen { $minutes ->
        [one] çdo minutë
       *[other] çdo { $minutes } minuta
    }.
stats-no-landlord = Ende pa caktuar
stats-estate-areas = Hapësirat e përbashkëta të lagjes
stats-days = { $days ->
        [one] një ditë
       *[other] { $days } ditë
    }
stats-percent = { $percent }%
stats-by-landlord = Sipas pronarit
stats-by-building = Sipas pallatit
stats-by-category = Sipas llojit të defektit
stats-by-month = Sipas muajit
stats-column-landlord = Pronari
stats-column-building = Pallati
stats-column-category = Lloji i defektit
stats-column-month = Muaji
stats-received = Të regjistruara
stats-open = Të hapura
stats-overdue = Me vonesë
stats-answer-median = Përgjigjja e parë (mediana)
stats-answer-p90 = Përgjigjja e parë (90%)
stats-fix-median = Rregullimi (mediana)
stats-fix-p90 = Rregullimi (90%)
stats-reopen-rate = Të rihapura
stats-residents-share = Në dorë të banorëve
stats-fixed-yes = «U zgjidh problemi?» Po
stats-fixed-no = «U zgjidh problemi?» Jo
stats-none = Asnjë sinjalizim në këtë periudhë.
stats-from = Nga muaji
stats-to = Deri në muajin
stats-month-hint = Viti dhe muaji, për shembull 2026-03.
stats-side-by-side = Pronarët krah për krah
stats-total = { $received ->
        [one] { $received } sinjalizim i regjistruar
       *[other] { $received } sinjalizime të regjistruara
    }; ende të hapura: { $open }; me vonesë: { $overdue }.
stats-chart-title = Ditët deri te përgjigjja e parë dhe deri te rregullimi (mediana), sipas pronarit
stats-chart-caption = Të njëjtat shifra janë në tabelën «Sipas pronarit» më poshtë.
stats-table-csv = Shkarko «{ $table }» si CSV
stats-export = Eksporto
stats-export-hint = Çdo sinjalizim i periudhës me datat e tij (regjistruar, pranuar, planifikuar, zgjidhur, mbyllur), pa emra dhe pa të dhëna kontakti.
stats-export-reports = Shkarko sinjalizimet si CSV
summary-title = Lagjja në shifra
summary-intro = Sa kohë u është dashur pronarëve për t'u përgjigjur dhe për të rregulluar defektet, në dymbëdhjetë muajt e fundit. Asnjë e dhënë personale.
summary-sentence = { $landlord } përgjigjet brenda { $answer ->
        [one] një dite
       *[other] { $answer } ditësh
    } dhe e rregullon defektin brenda { $fix ->
        [one] një dite
       *[other] { $fix } ditësh
    } (vlera mediane).
summary-too-few = { $landlord }: ende shumë pak sinjalizime të përfunduara për të dhënë kohët.
summary-public = Kjo faqe është publike: kushdo mund ta lexojë pa hyrë në llogari.
summary-private = Kjo faqe është për ata që banojnë ose punojnë në lagje.
summary-publish = Publiko këtë faqe edhe për ata që nuk kanë llogari
summary-save = Ruaj
summary-sign-in = Hyni për të parë shifrat e lagjes suaj.
error-stats-filter = Një filtër nuk është i vlefshëm: zgjidhni një nga ato që ofrohen.
error-stats-month = Shkruani muajin si vit dhe muaj, për shembull 2026-03.
error-stats-period = Periudha zgjat nga një muaj deri në dhjetë vjet, dhe muaji i parë vjen para të fundit.

stats-home-visits = Vizita në banesë
stats-nobody-home = Askush në shtëpi
