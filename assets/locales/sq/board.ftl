# Portineria — tabelat e njoftimeve, njoftimet, punimet, shtypja dhe lajmet në telefon (shqip).

## Navigimi
nav-board = Tabela e njoftimeve
nav-works = Punimet
nav-welcome = Mirë se vini
nav-transparency = Shpenzimet

## Tabela e njoftimeve
board-title = Tabela e njoftimeve
board-notices = Njoftimet
board-archive = Arkivi i njoftimeve të skaduara
board-current = Njoftimet e tanishme
board-older = Njoftimet e mëparshme
board-empty = Për momentin nuk ka njoftime.
board-pending = Në pritje të miratimit
board-post = Shkruaj një njoftim
board-print = Shtyp tabelën e njoftimeve
board-show = Shfaq
board-delegates = Përfaqësuesit e shkallës dhe të pallatit tuaj
board-feeds = Tabela e njoftimeve në telefon dhe në kalendar
board-feeds-intro = Këto adresa janë vetëm për ju: ngjitini në një lexues lajmesh ose në kalendarin e telefonit. Nëse ia keni dhënë dikujt gabimisht, krijoni të reja.
board-feed-atom = Njoftimet (Atom)
board-feed-calendar = Ngjarjet dhe punimet (kalendar)
board-calendar-name = Portineria — ngjarjet dhe punimet
home-all-notices = Të gjitha njoftimet
role-stair_delegate = përfaqësues i shkallës
role-building_delegate = përfaqësues i pallatit
contact-title = Si mund t'ju gjejnë fqinjët
contact-intro = Si përfaqësues, emri juaj shfaqet në tabelën e njoftimeve. Këtu zgjidhni çfarë të shtoni: do të shihet vetëm ajo që shkruani ose shënoni.
contact-phone = Telefoni
contact-show-email = Shfaq adresën time të e-mailit
contact-hours = Kur mund të më telefonojnë
contact-phone-invalid = Shkruani telefonin me shifra, hapësira ose shenjën + (të shumtën 30 shenja).
contact-hours-invalid = Shkruani oraret me pak fjalë (të shumtën 80 shenja).

## Njoftimet
notice-title = Njoftim
notice-form-title = Njoftim i ri
notice-back = Kthehu te tabela e njoftimeve
notice-urgent = Urgjent
notice-pinned = Në krye
notice-pending = Në pritje të miratimit
notice-in-italian = Ende i papërkthyer: po e shfaqim në italisht.
notice-until = deri më { $date }
notice-period = nga { $from } deri më { $until }
notice-event-when = Kur
notice-works-when = Punimet
notice-services = Shërbimet që preken
notice-mark-seen = E lexova
notice-seen-by-you = Ju e shënuat këtë njoftim si të lexuar.
notice-kind = Lloji i njoftimit
notice-kind-agency = Njoftim nga pronari
notice-kind-works = Punime të planifikuara
notice-kind-event = Ngjarje
notice-kind-rules = Rregulla për të jetuar bashkë
notice-kind-offer_seek = Kërkoj dhe ofroj
notice-progress = Ecuria e punimeve
notice-progress-planned = Të planifikuara
notice-progress-in_progress = Në vazhdim
notice-progress-suspended = Të pezulluara
notice-progress-done = Të përfunduara
notice-progress-save = Përditëso ecurinë
notice-service-water = uji
notice-service-lift = ashensori
notice-service-heating = ngrohja
notice-service-gas = gazi
notice-service-electricity = drita
notice-where = Ku
notice-optional = sipas dëshirës
notice-field-title = Titulli
notice-field-body = Teksti
notice-markdown-hint = Mund të përdorni **të trasha**, *të pjerrëta*, lista me vizë dhe lidhje. Kodi tjetër shfaqet si tekst.
notice-field-urgent = Urgjent: lajmëroni menjëherë të gjithë banorët, edhe me e-mail
notice-field-pinned = Në krye të tabelës së njoftimeve
notice-field-starts = Nga kur shihet
notice-field-expires = Deri kur (pastaj shkon në arkiv)
notice-field-event-day = Dita
notice-field-event-time = Ora
notice-field-event-place = Vendi
notice-field-works-from = Fillimi i punimeve
notice-field-works-until = Mbarimi i punimeve
notice-field-image = Një foto (jo e detyrueshme)
notice-publish = Publiko
notice-propose = Dërgoja përfaqësuesit
notice-proposal-intro = Mund t'u ofroni ose t'u kërkoni ndihmë fqinjëve të shkallës suaj. Përfaqësuesi e lexon dhe e vë në tabelën e njoftimeve.
notice-posted = Njoftimi është në tabelë.
notice-posted-pending = Faleminderit: përfaqësuesi i shkallës do ta lexojë dhe do ta vërë në tabelën e njoftimeve.
notice-actions = Çfarë mund të bëni
notice-print = Shtyp për tabelën e njoftimeve në hyrje të pallatit
notice-approve = Mirato dhe publiko
notice-edit = Ndrysho njoftimin
notice-remove = Hiqe nga tabela
notice-reject = Mos e publiko
notice-remove-reason = Pse (mbetet në historinë e njoftimit)
notice-readership = Kush e ka lexuar
notice-seen-count = { $seen ->
        [one] E ka lexuar { $seen } familje
       *[other] E kanë lexuar { $seen } familje
    } nga { $households }.
notice-unseen-flats = Banesat që nuk e kanë lexuar ende
notice-history = Historia e njoftimit
notice-history-posted = U shkrua
notice-history-edited = U ndryshua
notice-history-approved = U miratua
notice-history-removed = U hoq nga tabela
notice-history-progress = U përditësua ecuria e punimeve
notice-image-alt = Foto e njoftimit «{ $title }»
notice-title-required = Shkruani të paktën titullin në italisht.
notice-language-twice = Çdo gjuhë mund të shfaqet vetëm një herë.
notice-title-long = Titulli mund të ketë të shumtën { $max ->
        [one] { $max } shenjë
       *[other] { $max } shenja
    }.
notice-body-long = Teksti mund të ketë të shumtën { $max ->
        [one] { $max } shenjë
       *[other] { $max } shenja
    }.
notice-place-long = Vendi mund të ketë të shumtën { $max ->
        [one] { $max } shenjë
       *[other] { $max } shenja
    }.
notice-reason-required = Shkruani pse.
notice-reason-long = Arsyeja mund të ketë të shumtën { $max ->
        [one] { $max } shenjë
       *[other] { $max } shenja
    }.
notice-dates-invalid = Kontrolloni datat: mbarimi nuk mund të jetë para fillimit.
notice-services-invalid = Zgjidhni shërbimet nga lista.
notice-place-invalid = Zgjidhni nga lista ku do ta publikoni.
notice-kind-invalid = Zgjidhni llojin e njoftimit.
notice-progress-invalid = Zgjidhni ecurinë e punimeve nga lista.
notice-move-invalid = Një njoftim nuk mund të zhvendoset: hiqeni dhe shkruani një të ri.
notice-flags-direct-only = Vetëm kush e publikon drejtpërdrejt një njoftim mund ta shënojë si urgjent ose ta fiksojë lart: hiqni shenjën dhe dërgojeni përsëri.
notice-kind-not-allowed = Nuk mund të publikoni këtu një njoftim të këtij lloji: ju lutemi zgjidhni një lloj tjetër.
notice-changed-meanwhile = Dikush tjetër e ndryshoi ndërkohë këtë njoftim: ju lutemi ringarkoni faqen për ta parë siç është tani.

## Punimet e pallatit
works-title = Punimet dhe mirëmbajtja
works-planned = Punimet e planifikuara dhe ato në vazhdim
works-none = Nuk ka punime të planifikuara.
works-reports = Sinjalizimet për ambientet e përbashkëta që po trajtohen
works-no-reports = Nuk ka sinjalizime të hapura për ambientet e përbashkëta.
works-no-building = Zgjidhni një pallat.

## Shtypja
print-qr-notice = Lexo njoftimin në telefon
print-qr-report = Sinjalizo një defekt
print-qr-board = Tabela e njoftimeve në telefon
print-qr-activate = Aktivizo llogarinë

## Posta
mail-notice_urgent-subject = Njoftim urgjent: { $title }
mail-notice_urgent-intro = Ka një njoftim urgjent për { $place }:
mail-notice_urgent-link = Për ta lexuar dhe për të treguar që e keni lexuar:
mail-notice_urgent-button = Hap njoftimin
