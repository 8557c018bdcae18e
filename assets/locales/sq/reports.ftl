# Portineria — sinjalizimet dhe kategoritë (shqip).

## Sinjalizimet
nav-reports = Sinjalizimet
yes = Po
no = Jo
reports-title = Sinjalizimet
reports-mine = Sinjalizimet e mia
reports-around = Të hapura në shkallën dhe në pallatin tim
reports-around-none = Nuk ka sinjalizime të hapura këtu përreth.
reports-back = Të gjitha sinjalizimet
report-new-button = Sinjalizo një defekt
report-new-title = Sinjalizo një defekt
report-title = Sinjalizim
report-for-tenant = Po bëni sinjalizimin në sportel për { $name }.
report-desk-title = Për kë po sinjalizoni?
report-desk-intro = Kërkoni banesën e personit që erdhi në sportel ose që telefonoi.
report-desk-find = Kërko
report-desk-file-for = Sinjalizo për { $name }
report-desk-no-tenants = Nuk ka asnjë banor të regjistruar në këtë banesë të lagjes suaj.
report-desk-answers = sporteli i lagjes
report-no-places = Llogaria juaj nuk është e lidhur me një banesë: pyesni në sportel.
report-where = Ku?
report-what = Çfarë nuk shkon?
report-continue = Vazhdo
where-unit = Brenda në shtëpinë time
where-unit-hint = Kati { $floor }, banesa nr. { $number }
where-stair = Ambientet e përbashkëta në { $stair }
where-stair-hint = Sheshpushimet, shkallët, ashensori, bodrumet
where-building = Ambientet e përbashkëta të pallatit
where-estate = Oborret dhe hapësirat e lagjes
where-estate-hint = Oborret, lulishtet, rrugicat, parkimet
report-similar-title = Ndoshta është sinjalizuar tashmë
report-similar-intro = Këto sinjalizime janë të hapura këtu afër. Nëse është i njëjti problem, shtypni «Edhe unë»: do t'ju lajmërojmë njësoj si personin që e sinjalizoi.
report-me-too = Edhe unë e kam këtë problem
report-me-too-count = { $count ->
    [one] Një person ka thënë «edhe unë».
   *[other] { $count } persona kanë thënë «edhe unë».
}
report-field-spot = Vendi i saktë (jo i detyrueshëm)
report-spot-hint = Për shembull: bodrumi, ashensori, oborri, kati i dytë.
spot-cellar = Bodrumi
spot-lift = Ashensori
spot-courtyard = Oborri
spot-entrance = Hyrja
spot-landing = Sheshpushimi
spot-roof = Çatia
report-field-description = Përshkruani problemin
report-description-hint = Çfarë ndodh, që kur, nëse është e rrezikshme. Të shumtën { $max ->
        [one] { $max } shenjë
       *[other] { $max } shenja
    }.
report-field-photos = Foto (jo të detyrueshme)
report-photos-hint = { $max ->
        [one] Një foto JPEG, PNG ose WebP
       *[other] Deri në { $max } foto JPEG, PNG ose WebP
    }, secila të shumtën { $mb } MB.
report-in-unit-title = Vetëm për defektet brenda shtëpisë
report-in-unit-hint = I duhet teknikut për të organizuar vizitën.
report-permission = Tekniku mund të hyjë edhe kur nuk jam në shtëpi (me dikë që ka çelësat)
time-window-morning = Në mëngjes
time-window-afternoon = Pasdite
time-window-evening = Në mbrëmje
report-show-name = Trego emrin tim te fqinjët
report-submit = Dërgo sinjalizimin
report-reference = Numri { $reference }
report-filed-title = Sinjalizimi u dërgua.
report-filed-body = Numri është { $reference }: ruajeni. Sa herë që ka diçka të re, do t'ju lajmërojmë këtu dhe me e-mail.
report-state = Gjendja
report-expected = Zgjidhja pritet deri më { $date }.
report-private = Këtë sinjalizim e shohin vetëm personi që e bëri dhe ata që merren me të.
report-details = Hollësitë
report-field-place = Ku
report-field-filed = Dërguar më
report-who-answers = Kush përgjigjet
report-permission-short = Mund të hyjnë edhe pa qenë unë
report-photo-alt = Foto { $number } e sinjalizimit
report-timeline = Historia
report-internal = shënim i brendshëm
report-comment-title = Shkruaj një përditësim
report-comment-label = Mesazhi
report-comment-submit = Publiko
report-note-submit = Ruaje si shënim të brendshëm
report-move-title = Ndrysho gjendjen
report-move-to = Gjendja e re
report-move-note = Shënim për banorin (jo i detyrueshëm)
report-move-submit = Përditëso
report-duplicate-title = A është dublikatë?
report-duplicate-of = Numri i sinjalizimit origjinal
report-duplicate-submit = Bashkoje me origjinalin
report-competence-title = Nuk është në kompetencën tonë
report-transfer-to = Kaloja
report-transfer-reason = Pse (do ta lexojë banori)
report-transfer-submit = Kaloje sinjalizimin
report-redirect-reason = Kujt duhet t'i drejtohet dhe pse (do ta lexojë banori)
report-redirect-submit = Mbylle si jashtë kompetencës
report-confirm-title = U zgjidh problemi?
report-confirm-yes = Po, është në rregull
report-confirm-no-reason = Jo: çfarë nuk shkon ende?
report-confirm-no = Jo, rihape sinjalizimin
report-place-unit = { $address }, { $stair }, kati { $floor }, banesa nr. { $number }
report-place-stair = { $stair }, { $address }
report-place-building = Ambientet e përbashkëta, { $address }
report-place-estate = Hapësirat e përbashkëta, { $estate }
status-received = Regjistruar
status-acknowledged = Pranuar
status-scheduled = Ndërhyrja e planifikuar
status-in_progress = Punime në vazhdim
status-resolved = Zgjidhur
status-closed = Mbyllur
status-not_competent = Jashtë kompetencës
status-duplicate = Dublikatë
status-handled_by_residents = Në dorë të banorëve
next-received = { $organisation } ende nuk e ka pranuar.
next-acknowledged = { $organisation } e ka pranuar dhe do të organizojë ndërhyrjen.
next-scheduled = Ndërhyrja është planifikuar: do t'ju lajmërojmë për ditën.
next-in_progress = Punimet janë duke u bërë.
next-resolved = { $organisation } thotë se problemi është zgjidhur. Nëse nuk është kështu, rihapeni.
next-closed = Sinjalizimi është mbyllur.
next-not_competent = { $organisation } nuk merret me këtë problem: te historia shkruhet kujt t'i drejtoheni.
next-duplicate = U bashkua me një sinjalizim tjetër për të njëjtin problem: ndiqeni atë.
next-handled_by_residents = Me këtë merren vetë banorët (vetëmenaxhim).
event-filed = Sinjalizimi u dërgua
event-filed-at-desk = Dërguar në sportel për { $tenant }
event-status = Gjendja e re: { $status }
event-reopened = U rihap: problemi nuk është zgjidhur
event-comment = Përditësim
event-note = Shënim i brendshëm
event-transfer = Iu kalua: { $organisation }
event-duplicate = U bashkua me sinjalizimin { $reference }
event-closed-unconfirmed = U mbyll: askush nuk iu përgjigj pyetjes «U zgjidh problemi?»
event-who-reporter = Personi që sinjalizoi
event-who-system = Portineria
report-description-short = Përshkruani problemin me të paktën { $min ->
        [one] { $min } shenjë
       *[other] { $min } shenja
    }.
report-description-long = Përshkrimi mund të ketë të shumtën { $max ->
        [one] { $max } shenjë
       *[other] { $max } shenja
    }.
report-spot-long = Vendi i saktë mund të ketë të shumtën { $max ->
        [one] { $max } shenjë
       *[other] { $max } shenja
    }.
report-location-invalid = Zgjidhni ku ndodhet problemi.
report-category-invalid = Zgjidhni çfarë nuk shkon.
report-time-windows-invalid = Oraret nuk janë të vlefshme.
report-idempotency-key-invalid = Çelësi i dërgimit nuk është i vlefshëm.
report-no-home = Për këtë sinjalizim duhet një banesë e lidhur me llogarinë tuaj: pyesni në sportel.
report-filter-invalid = Filtër i pavlefshëm.
report-status-invalid = Gjendje e pavlefshme.
report-reason-required = Shkruani arsyen: banori do ta lexojë.
report-comment-long = Mesazhi mund të ketë të shumtën { $max ->
        [one] { $max } shenjë
       *[other] { $max } shenja
    }.
report-duplicate-needs-original = Për të shënuar një dublikatë, tregoni sinjalizimin origjinal.
report-duplicate-unknown = Nuk ka asnjë sinjalizim me atë numër që të mund të jetë origjinali.
report-changed-meanwhile = Ndërkohë sinjalizimi ka ndryshuar, prandaj ndryshimi nuk u bë. Shikoni si është tani dhe provoni përsëri nëse duhet.
report-transfer-unknown = Ky institucion nuk është i vlefshëm për kalimin.
photo-too-many = { $max ->
        [one] Mund të bashkëngjitni vetëm një foto.
       *[other] Mund të bashkëngjitni të shumtën { $max } foto.
    }
photo-too-large = Fotoja { $number } është shumë e madhe: të shumtën { $max } MB.
photo-empty = Fotoja { $number } është bosh (0 bajt): zgjidheni ose bëjeni përsëri.
photo-too-many-pixels = Fotoja { $number } ka shumë piksela: zvogëlojeni ose bëjeni përsëri.
photo-heic = Fotoja { $number } është në formatin HEIC, që ne nuk mund ta lexojmë: te cilësimet e kamerës zgjidhni «Most Compatible / Më e përputhshmja» (JPEG) ose dërgoni një foto të ekranit.
photo-unsupported = Skedari { $number } nuk është foto JPEG, PNG ose WebP.
photo-corrupt = Fotoja { $number } është e dëmtuar ose e paplotë: provoni ta bëni përsëri.
pending-title = Në pritje për t'u dërguar
pending-waiting = Në pritje të internetit: do të dërgohet sa më shpejt të jetë e mundur.
pending-sending = Po dërgohet…
pending-sent = U dërgua.
pending-failed = Nuk u dërgua dot: plotësoni përsëri formularin.
pending-offline-saved = Jeni pa internet: sinjalizimi është ruajtur në telefon dhe do të niset vetë.
pending-view = Shiko sinjalizimin
home-inbox = Të rejat
home-inbox-new = e re
home-all-reports = Të gjitha sinjalizimet
home-desk-open = Sinjalizimet e hapura në lagje
mail-report_update-subject = Ka të reja për sinjalizimin { $reference }
mail-report_update-intro = Ka diçka të re për sinjalizimin { $reference }:
mail-report_update-status = Gjendja tani: { $status }
mail-report_update-link = Për të parë sinjalizimin:
mail-report_update-button = Hap sinjalizimin

## Kategoritë
nav-categories = Kategoritë
categories-title = Kategoritë e defekteve
categories-intro = Emrat në secilën gjuhë, përparësia fillestare dhe kush përgjigjet. Problemet «e sportelit» mbeten gjithmonë konfidenciale.
categories-name = Emri ({ $language })
categories-priority = Përparësia fillestare
categories-routing = Kush përgjigjet
categories-routing-owner = Pronari i pallatit
categories-routing-desk = Sporteli i lagjes (ndërmjetësim, konfidencial)
categories-active = Mund të zgjidhet kur bëhet një sinjalizim
categories-save = Ruaj
category-name-invalid = Çdo emër duhet të ketë nga 1 deri në { $max ->
        [one] { $max } shenjë
       *[other] { $max } shenja
    }.
category-priority-invalid = Përparësi e pavlefshme.
category-routing-invalid = Kush përgjigjet: zgjedhje e pavlefshme.
priority-low = E ulët
priority-normal = Normale
priority-high = E lartë
priority-urgent = Urgjente

## Kur banori është në shtëpi
times-title = Kur mund të vijnë në shtëpinë tuaj?
times-intro = Zgjidhni kur jeni zakonisht në shtëpi. Nëse lejoni që të hyjnë edhe kur nuk jeni, tekniku mund të vijë edhe në orare të tjera.
times-windows = Zakonisht jam në shtëpi
times-submit = Ruaj
report-availability-empty = Zgjidhni të paktën një orar, ose lejoni që të hyjnë edhe kur nuk jeni në shtëpi.
event-availability-requested = E pyetëm banorin kur është në shtëpi
event-availability-windows = Banori është në shtëpi: { $windows }
event-availability-windows-permission = Banori është në shtëpi: { $windows }. Mund të hyhet edhe kur ai nuk është.
event-availability-permission = Mund të hyhet edhe kur banori nuk është në shtëpi
mail-visit_reminder-subject = Nesër, vizita për { $reference }
mail-visit_reminder-intro = nesër tekniku vjen tek ti për sinjalizimin { $reference }:
mail-visit_reminder-away = Nëse nuk do të jetë askush në shtëpi, thuaje në faqen e sinjalizimit: do të caktojmë një ditë tjetër.
