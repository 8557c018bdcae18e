# Zgjedhjet e përfaqësuesve të shkallës dhe të pallatit, me votim të fshehtë.
elections-title = Zgjedhjet e përfaqësuesve
nav-elections = Zgjedhjet
elections-intro = Përfaqësuesit i zgjedhin fqinjët: çdo banesë ka një votë, në internet, me SMS ose në letër te sporteli, dhe vota është e fshehtë.
elections-none = Për momentin nuk ka zgjedhje.
elections-open-title = Shpall zgjedhje
elections-open-place = Për cilën shkallë ose pallat
elections-open-nominations-last = Dita e fundit për të kandiduar
elections-open-voting-first = Dita e parë e votimit
elections-open-voting-last = Dita e fundit e votimit
elections-open-term = Kohëzgjatja e detyrës, në muaj
elections-open-submit = Shpall zgjedhjet
election-rule-general = Fiton kush ka më shumë vota; nëse dy ose më shumë veta kanë të njëjtat vota për vendin e fundit, votohet përsëri vetëm mes tyre (raundi i dytë). Kur ka vetëm një kandidat, votohet po ose jo.
election-place-building = Pallati: { $building }
election-place-stair = Shkalla: { $stair }, { $address }
election-page-title = Zgjedhja e përfaqësuesve
election-title-stair = Zgjedhja e përfaqësuesit të shkallës: { $place }
election-title-building = Zgjedhja e përfaqësuesit të pallatit: { $place }
election-status-nominations = Kandidimet janë të hapura deri më { $when }.
election-status-waiting = Kandidimet u mbyllën. Votimi hapet më { $when }.
election-status-voting = Votohet deri më { $when }.
election-status-counting = Votimi u mbyll më { $when }: sporteli po numëron votat.
election-status-closed = Zgjedhjet u mbyllën më { $when }.
election-seats = Vende
election-nominations-until = Kandidimet deri më
election-voting = Votimi
election-from-to = nga { $from } deri më { $to }
election-term = Kohëzgjatja e detyrës
election-term-months = { $count ->
    [one] një muaj
   *[other] { $count } muaj
}
election-rule = { $seats ->
    [one] Fiton kush ka më shumë vota (duhet të paktën një votë). Nëse dy ose më shumë veta kanë të njëjtat vota, votohet përsëri vetëm mes tyre për të njëjtën kohë. Kur ka vetëm një kandidat, votohet po ose jo: zgjidhet nëse votat për po janë më shumë se votat për jo.
   *[other] Fitojnë { $seats } kandidatët me më shumë vota (duhet të paktën një votë). Nëse dy ose më shumë veta kanë të njëjtat vota për vendin e fundit, votohet përsëri vetëm mes tyre për të njëjtën kohë. Kur ka vetëm një kandidat, votohet po ose jo: zgjidhet nëse votat për po janë më shumë se votat për jo.
}
election-is-runoff = Ky është raundi i dytë mes kandidatëve me të njëjtat vota.
election-first-round = Raundi i parë
election-runoff-link = Disa kandidatë kanë të njëjtat vota: votohet përsëri mes tyre.
election-candidates = Kandidatët
election-no-candidates = Ende nuk ka kandidatë.
election-elected = fitoi
election-votes = { $count ->
    [one] një votë
   *[other] { $count } vota
}
election-stand-title = Doni të kandidoni?
election-standing = Kandidatura juaj është regjistruar: mund ta ndryshoni mesazhin
election-statement-label = Disa fjalë për fqinjët (sipas dëshirës, të shumtën 600 shenja)
election-stand = Kandidoj
election-withdraw-hint = Mund ta tërhiqni kandidaturën deri në hapjen e votimit.
election-withdraw = Tërhiq kandidaturën
election-ballot-title = Vota e banesës suaj
election-ballot-secret = Vota është e fshehtë: askush, as sporteli, nuk mund ta dijë kë keni zgjedhur.
election-flat-voted = Banesa juaj ka votuar tashmë. Nëse votoni përsëri, vota e re zëvendëson votën e mëparshme.
election-yes-to = Po për
election-no = Jo
election-blank-choice = Votë e bardhë
election-vote = Voto
election-sms-hint = Pa internet? Dërgoni një SMS me VOTO dhe numrin e kandidatit (për shembull VOTO 2), VOTO 0 për votë të bardhë, VOTO JO për t'i thënë jo kandidatit të vetëm.
election-paper-title = Regjistro një votë në letër
election-paper-unit = Kodi i banesës (për shembull GUA12-A-21)
election-paper-choice = Vota
election-paper-record = Regjistro votën
election-turnout-title = Pjesëmarrja
election-result = Rezultati
election-turnout = { $count ->
    [one] Votoi { $voted } nga { $units } banesë.
   *[other] Votuan { $voted } nga { $units } banesa.
}
election-blank = { $count ->
    [one] Një votë e bardhë.
   *[other] { $count } vota të bardha.
}
election-against = { $count ->
    [one] Një votë për jo.
   *[other] { $count } vota për jo.
}
election-results-hidden = Votat numërohen kur mbyllet votimi: deri atëherë askush nuk i sheh rezultatet.
election-close-hint = Votimi mbaroi: mbyllni zgjedhjet për të numëruar votat dhe për të publikuar rezultatin në tabelën e njoftimeve.
election-close = Mbyll dhe numëro
election-done-stood = Kandidatura juaj u regjistrua.
election-done-withdrew = E tërhoqët kandidaturën.
election-done-cast = Vota u regjistrua. Faleminderit!
election-done-replaced = Vota u regjistrua: zëvendëson votën e mëparshme të banesës suaj.
election-done-paper = Vota në letër u regjistrua.
election-done-closed = Zgjedhjet u mbyllën: rezultati është në tabelën e njoftimeve.
election-appointed = caktuar nga sporteli
election-chosen = zgjedhur më { $date }, { $count ->
    [one] votoi { $voted } nga { $units } banesë
   *[other] votuan { $voted } nga { $units } banesa
}, në detyrë deri më { $until }
board-elections = Zgjedhje në vazhdim
election-told-label = Zgjedhjet
election-told-button = Hap zgjedhjet
election-told-nominations_open-title = Zgjidhet përfaqësuesi: { $place }
election-told-nominations_open-body = Mund të kandidoni deri më { $nominations_until }. Votohet nga { $voting_from } deri më { $voting_until }.
election-told-voting_open-title = Votimi është i hapur: { $place }
election-told-voting_open-body = Mund të votoni deri më { $voting_until }, në internet, me SMS ose te sporteli. Një votë e fshehtë për çdo banesë.
election-told-result-title = Rezultati i zgjedhjeve: { $place }
election-told-result-body = Votimi u mbyll: rezultati është në tabelën e njoftimeve.
election-told-term_ending-title = Një detyrë mbaron së shpejti: { $place }
election-told-term_ending-body = Pas dy muajsh mbaron detyra e përfaqësuesve të zgjedhur: shpallni në kohë zgjedhjet e ardhshme.
election-scope-invalid = Zgjidhni një shkallë ose një pallat.
election-seats-invalid = Vendet janë nga 1 deri në 9.
election-term-invalid = Kohëzgjatja është nga 1 deri në 60 muaj.
election-windows-invalid = Kontrolloni datat: kandidimet mbyllen në të ardhmen, votimi hapet më pas dhe zgjat të shumtën 60 ditë.
election-scope-fixed = Vendi i zgjedhjeve nuk ndryshon: për një vend tjetër, shpallni zgjedhje të tjera.
election-voting-started = Votimi është hapur tashmë: nuk mund të ndryshohet më.
election-nominations-closed = Kandidimet janë mbyllur.
election-statement-too-long = Mesazhi është shumë i gjatë (të shumtën 600 shenja).
election-not-voting = Votimi nuk është i hapur.
election-choice-invalid = Zgjidhni një kandidat, votën e bardhë ose, kur ka vetëm një kandidat, jo.
election-unit-not-in-place = Kjo banesë nuk është në vendin e zgjedhjeve.
election-not-ended = Zgjedhjet mund të mbyllen vetëm pasi mbaron votimi, dhe vetëm një herë.
sms-vote-none = Nuk ka asnjë votim të hapur për shkallën ose pallatin tuaj.
sms-vote-several = Ka disa votime të hapura: votoni në internet ose te sporteli.
sms-vote-unknown = { $count ->
    [one] Ka vetëm një kandidat: shkruani VOTO 1 për po, VOTO JO për jo, VOTO 0 për votë të bardhë.
   *[other] Shkruani VOTO dhe një numër nga 1 deri në { $count }, ose VOTO 0 për votë të bardhë.
}
sms-vote-recorded = Vota u regjistrua për { $place }. Është e fshehtë. Faleminderit!
sms-vote-replaced = Vota u regjistrua për { $place }: zëvendëson votën e mëparshme të banesës suaj.
audit-action-election-opened = Zgjedhjet u shpallën
audit-action-election-changed = Zgjedhjet u ndryshuan
audit-action-election-closed = Zgjedhjet u mbyllën dhe votat u numëruan
audit-action-paper-ballot-recorded = Vota në letër u regjistrua
desk-reach-kind-election = Zgjedhjet: kandidimet, votimi dhe rezultati
election-already-open = Për këtë vend ka tashmë zgjedhje në vazhdim.
