# Portineria — mesazhe të përbashkëta për çdo faqe (shqip).

## Struktura e faqes
skip-to-content = Kalo te përmbajtja
nav-label = Menyja kryesore
nav-home = Faqja kryesore
nav-profile = Profili
nav-register-tenant = Regjistro një banor
nav-sign-out = Dil
language-switcher = Gjuha:
footer-tagline = Portineria — portieri dixhital i lagjes.

## Fushat e përbashkëta
field-name = Emri dhe mbiemri
field-email = Adresa e e-mailit
field-username = Emri i përdoruesit
field-language = Gjuha
field-new-password = Fjalëkalimi i ri
field-confirm-password = Shkruajeni përsëri fjalëkalimin
field-current-password = Fjalëkalimi i tanishëm
password-hint = Të paktën { $min ->
        [one] { $min } shenjë
       *[other] { $min } shenja
    }. Një fjali që e mbani mend lehtë është shumë mirë.
back-to-login = Kthehu te hyrja

## Faqja kryesore
home-title = Faqja kryesore
home-greeting = Mirëdita, { $name }
home-my-home = Shtëpia ime
home-my-reports = Sinjalizimet e mia
home-no-reports = Nuk keni ende sinjalizime.
home-stair-notices = Njoftimet për { $stair }
home-no-notices = Nuk ka njoftime për shkallën tuaj.
home-delegate-title = Jeni përfaqësues
home-delegate-stair = Jeni përfaqësues për { $stair }, { $address }.
home-delegate-building = Jeni përfaqësues i pallatit { $building }.
home-desk-title = Sporteli — { $estate }
home-desk-intro = Këtu regjistroni banorët pa e-mail dhe shtypni letrën e tyre të aktivizimit.
home-queue-title = Radha e punëve
home-queue-empty = Nuk ka sinjalizime në radhë.
home-buildings-title = Pallatet për të cilat përgjigjeni
home-no-buildings = Asnjë pallat.
home-units-count = { $count ->
    [one] 1 banesë
   *[other] { $count } banesa
}
home-team-title = Ekipi teknik
home-team-empty = Nuk ka asnjë teknik të regjistruar.
home-installation-title = Instalimi
home-import-hint = Lagjet, pallatet, shkallët dhe banesat importohen nga CSV me «portineria import».
totals-organisations = Institucionet
totals-estates = Lagjet
totals-buildings = Pallatet
totals-stairs = Shkallët
totals-units = Banesat
totals-users = Persona të regjistruar

## Vendet
place-address = Adresa
place-stair = Shkalla
place-unit = Banesa
place-unit-floor = Kati { $floor }, banesa nr. { $number }
place-estate = Lagjja
place-owner = Pronari

## Gabimet
error-title = Diçka nuk shkon
error-status = Kodi i gabimit { $status }.
error-home = Kthehu te faqja kryesore
error-not-found = Faqja nuk u gjet, ose nuk keni leje ta shihni.
error-unauthenticated = Duhet të hyni për të vazhduar.
error-csrf = Formulari ka skaduar. Ringarkoni faqen dhe provoni përsëri.
error-rate-limited = Shumë përpjekje. Prisni disa minuta dhe provoni përsëri.
error-internal = Ndodhi një gabim. Provoni përsëri pak më vonë; nëse vazhdon, lajmëroni sportelin.
error-unavailable = Portali nuk arrin t'i lexojë të dhënat e tij tani. Provoni përsëri pas disa minutash: ajo që keni dërguar tashmë është e sigurt.
error-cannot-save = Portali nuk mund të ruajë asgjë tani: hapësira e tij është plot ose vetëm për lexim. Provoni përsëri më vonë: çfarë keni dërguar tashmë është e sigurt.
error-changed-meanwhile = Dikush tjetër ndryshoi të njëjtën gjë në të njëjtin çast: nuk u ruajt asgjë. Ju lutemi ringarkoni faqen dhe provoni përsëri.
error-form-invalid = Formulari i dërguar nuk është i plotë. Ringarkoni faqen dhe provoni përsëri.
error-form-too-large = Formulari i dërguar është shumë i madh.
error-json-invalid = Kërkesa nuk është JSON i vlefshëm ose i mungojnë disa fusha.
error-query-invalid = Parametrat e kërkesës nuk janë të vlefshëm.
error-too-large = Kërkesa është shumë e madhe.

## Datat dhe oret (ora e Italisë: të gjitha lagjet janë në Itali)
time-local = { $date }, { $time } (ora e Italisë)
time-slot = { $weekday } { $date }, { $from }–{ $until } (ora e Italisë)
amount-euro = { $amount } €

## Aplikacioni në telefon
app-name = Portineria — lagjja juaj
app-short-name = Portineria
app-description = Sinjalizimet, tabela e njoftimeve dhe udhëzuesi i mirëseardhjes së lagjes suaj
offline-title = Jeni pa internet
offline-intro = Kjo faqe nuk është ruajtur në telefon. Mund të hapni faqet që keni parë më parë dhe të shkruani një sinjalizim: do të niset vetë kur të kthehet interneti.
offline-as-of = Jeni pa internet: kjo faqe është siç ishte më { $when }.

## Lexueshmëria dhe përkthimet
display-large-text = Shkronja më të mëdha
display-high-contrast = Kontrast i lartë
display-invalid = Kjo zgjedhje për pamjen nuk vlen.
nav-translations = Përkthimet
translations-title = Tekste për t'u përkthyer
translations-intro = Kategoritë, njoftimet e tanishme dhe pjesët e udhëzuesit të mirëseardhjes që nuk janë shkruar ende në çdo gjuhë: derisa të përkthehen, lexohen në italisht.
translations-missing-count = { $count ->
    [one] mungon 1 tekst
   *[other] mungojnë { $count } tekste
}
translations-categories = Kategoritë
translations-notices = Njoftimet
translations-kit = Udhëzuesi i mirëseardhjes
translations-templates = Përgjigje të gatshme
