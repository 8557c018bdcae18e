# Portineria — hyrja, aktivizimi, profili dhe sporteli (shqip).

## Hyrja
login-title = Hyr
login-intro = Hyni me adresën tuaj të e-mailit (ose me emrin e përdoruesit që zgjodhët me kodin e aktivizimit) dhe me fjalëkalimin.
login-field-login = E-mail ose emri i përdoruesit
login-field-password = Fjalëkalimi
login-submit = Hyr
login-failed = E-maili, emri i përdoruesit ose fjalëkalimi nuk është i saktë.
login-link-title = Hyr pa fjalëkalim
login-link-intro = Ju dërgojmë me e-mail një lidhje: e shtypni dhe jeni brenda.
login-link-submit = Më dërgo lidhjen
login-code-title = Ju erdhi një letër me një kod?
login-code-intro = Nëse nuk keni e-mail, sporteli ju jep një letër me një kod aktivizimi.
login-code-link = Aktivizo llogarinë
link-sent-title = Shikoni postën
link-sent-body = Nëse kjo adresë është e regjistruar, ju kemi dërguar një lidhje për të hyrë. Vlen { $minutes ->
        [one] një minutë
       *[other] { $minutes } minuta
    } dhe përdoret vetëm një herë.
link-confirm-title = Hyr në Portineria
link-confirm-body = Shtypni butonin për të hyrë nga ky telefon ose kompjuter.
link-confirm-submit = Hyr
magic-link-invalid = Kjo lidhje nuk vlen më: ndoshta ka skaduar ose është përdorur një herë. Kërkoni një të re.

## Aktivizimi me kodin në letër
activate-title = Aktivizo llogarinë
activate-intro = Shkruani kodin që gjeni në letrën e sportelit dhe zgjidhni një emër përdoruesi dhe një fjalëkalim.
activate-field-code = Kodi i aktivizimit
activate-code-hint = Për shembull ABCD-EFGH-JKLM. Nuk ka rëndësi nëse shkruani me shkronja të mëdha a të vogla, me viza apo pa to.
activate-field-username = Zgjidhni një emër përdoruesi
activate-username-hint = Nga 3 deri në 32 shkronja, numra, pika, viza ose viza të poshtme. Do t'ju duhet për të hyrë.
activate-submit = Aktivizo dhe hyr
activation-code-invalid = Kodi nuk vlen ose ka skaduar. Shikoni letrën ose kërkoni një kod të ri në sportel.
username-invalid = Emri i përdoruesit duhet të ketë nga 3 deri në 32 shenja: shkronja, numra, pika, viza ose viza të poshtme (_).
username-taken = Këtë emër përdoruesi e ka zënë dikush tjetër: zgjidhni një tjetër.

## Fjalëkalimi
password-too-short = Fjalëkalimi duhet të ketë të paktën { $min ->
        [one] { $min } shenjë
       *[other] { $min } shenja
    }.
password-too-long = Fjalëkalimi mund të ketë të shumtën { $max ->
        [one] { $max } shenjë
       *[other] { $max } shenja
    }.
password-mismatch = Dy fjalëkalimet nuk janë njësoj.
password-current-wrong = Fjalëkalimi i tanishëm nuk është i saktë.

## Profili
profile-title = Profili
profile-details = Të dhënat tuaja
profile-email-hint = Shërben për t'ju dërguar lajmet e reja dhe për të hyrë pa fjalëkalim.
profile-save = Ruaj
profile-saved = Ndryshimet u ruajtën.
profile-password-title = Ndrysho fjalëkalimin
profile-password-submit = Ndrysho fjalëkalimin
profile-devices-title = Pajisjet
profile-devices-intro = Humbët telefonin ose përdorët një kompjuter të përbashkët? Dilni nga të gjitha pajisjet.
profile-sign-out-everywhere = Dil nga të gjitha pajisjet
email-invalid = Kjo adresë e-maili nuk duket e saktë.
email-taken = Kjo adresë e-maili është regjistruar tashmë.
locale-invalid = Kjo gjuhë nuk është e disponueshme.
feed-purpose-invalid = Nuk ka adresë të këtij lloji.
name-invalid = Shkruani një emër me të shumtën 100 shenja.
account-exists = Ka tashmë një llogari me këto të dhëna.

## Sporteli
desk-title = Regjistro një banor
desk-intro = Për ata që nuk kanë e-mail: regjistroni personin, shtypni letrën me kodin e aktivizimit dhe ia jepni në dorë.
desk-field-unit = Kodi i banesës
desk-unit-hint = Kodi i banesës si në regjistër, për shembull GUA12-A-21.
desk-field-language = Gjuha e letrës dhe e portalit
desk-submit = Regjistro dhe përgatit letrën
unit-unknown = Nuk ka asnjë banesë me kodin «{ $code }» në lagjen tuaj.
letter-page-title = Letra e aktivizimit
letter-ready = Letra është gati: shtypeni dhe jepjani personit.
letter-print = Shtyp
letter-another = Regjistro një banor tjetër
letter-title = Mirë se vini në Portineria
letter-greeting = Përshëndetje { $name },
letter-intro = Me Portineria mund të sinjalizoni defektet, të ndiqni riparimet dhe të lexoni njoftimet e shkallës suaj, edhe nga telefoni.
letter-code-label = Kodi juaj personal i aktivizimit:
letter-step-open = Hapni { $url }
letter-step-code = Shkruani kodin që është më sipër.
letter-step-choose = Zgjidhni një emër përdoruesi dhe një fjalëkalim: do t'ju duhen për të hyrë.
letter-validity = Kodi vlen { $days ->
        [one] një ditë
       *[other] { $days } ditë
    } dhe përdoret vetëm një herë.
letter-help = Nëse keni nevojë për ndihmë, ejani në sportel: ju ndihmojmë ne.

## Posta
mail-greeting = Përshëndetje { $name },
mail-magic_link-subject = Lidhja juaj për të hyrë në Portineria
mail-magic_link-body = Ja lidhja për të hyrë në Portineria. Vlen { $minutes ->
        [one] një minutë
       *[other] { $minutes } minuta
    } dhe përdoret vetëm një herë.
mail-magic_link-button = Hyr në Portineria
mail-magic_link-ignore = Nëse nuk e keni kërkuar ju, mos i kushtoni vëmendje këtij mesazhi: askush nuk mund të hyjë pa këtë lidhje.
mail-sign_in_blocked-subject = Dikush provoi të hyjë në llogarinë tuaj Portineria
mail-sign_in_blocked-body = dikush provoi shumë herë të hyjë në llogarinë tuaj Portineria me një fjalëkalim të gabuar. E ndaluam: llogaria juaj punon si më parë dhe mund të hyni si zakonisht.
mail-sign_in_blocked-advice = Nëse nuk ishit ju, zgjidhni një fjalëkalim të ri në profilin tuaj; nëse mendoni se dikush e di, dilni edhe nga të gjitha pajisjet.
mail-sign_in_blocked-button = Hapni profilin tuaj
sign-in-blocked-label = Llogaria juaj
sign-in-blocked-summary = Dikush provoi shumë fjalëkalime të gabuara në llogarinë tuaj: e ndaluam. Nëse nuk ishit ju, ndryshoni fjalëkalimin.
phone-invalid = Ky numër celulari nuk duket i saktë: shkruajeni me prefiksin e vendit (+40 …) nëse nuk është italian.
desk-field-phone = Numri i celularit (sipas dëshirës)
desk-phone-hint = Një numër italian mund të shkruhet edhe pa +39. Banori do të marrë me SMS njoftimet urgjente dhe lajmet për sinjalizimet e tij.

# Signing in with a mobile number and a code sent by SMS.
login-phone-title = Hyr me celularin
login-phone-intro = Nëse sporteli e ka regjistruar numrin tënd të celularit, të dërgojmë me SMS një kod për të hyrë.
login-phone-field = Numri i celularit
login-phone-submit = Më dërgo kodin
phone-code-title = Shkruaj kodin
phone-code-sent = Nëse numri { $phone } është i regjistruar, të kemi dërguar me SMS një kod me 6 shifra. Vlen { $minutes ->
        [one] një minutë
       *[other] { $minutes } minuta
    } dhe përdoret vetëm një herë.
phone-code-field = Kodi i marrë me SMS
phone-code-submit = Hyr
phone-code-wrong = Kodi nuk është i saktë ose nuk vlen më: kontrollo SMS-in ose kërko një të ri.

# How the desk sees that a person is reached, and SMS turned on again after STOP.
desk-reach-title = Si e kontaktojmë
desk-reach-phone = Celulari
desk-reach-no-phone = Pa numër celulari
desk-reach-kind-urgent = Njoftime urgjente
desk-reach-kind-report = Të reja për sinjalizimet e tij
desk-reach-kind-visit = Kujtesa për vizitat
desk-reach-kind-rent = Qiraja: kujtesa, ndihmë dhe plane
desk-reach-stopped = Shkroi STOP më { $date }: nuk merr më SMS.
desk-reach-resume-consent = Personi është këtu te sporteli dhe kërkon të marrë përsëri SMS
desk-reach-resume = Riaktivizo SMS-të
desk-reach-resume-consent-required = SMS-të riaktivizohen vetëm nëse personi e kërkon këtu te sporteli: shëno kutinë.

# Which channels each kind of message goes by, besides the inbox.
channels-title = Si i merr mesazhet
channels-intro = I gjen gjithmonë këtu në portal. Përveç kësaj mund të të vijnë:
channels-email = me e-mail
channels-sms = me SMS
channels-push = me njoftim në pajisje
push-intro = Me aplikacionin të instaluar në telefon ose në kompjuter, mund të marrësh njoftimet urgjente dhe të rejat për sinjalizimet e tua si njoftime në pajisje.
push-turn-on = Aktivizo njoftimet në këtë pajisje
push-on = Njoftimet janë aktive në këtë pajisje.
push-denied = Shfletuesi i bllokon njoftimet e kësaj faqeje. Lejoji te cilësimet e shfletuesit dhe provo përsëri.
push-failed = Njoftimet nuk u aktivizuan dot në këtë pajisje. Provo përsëri më vonë, ose përdor e-mailin ose SMS-në.
push-endpoint-invalid = Adresa për njoftimet nuk është e vlefshme.
push-endpoint-refused = Njoftimet mund të kalojnë vetëm nga shërbimet e njohura të shfletuesve, me lidhje të sigurt.
push-keys-invalid = Çelësat për njoftimet nuk janë të vlefshëm.

# Per stair, the flats the portal reaches by no channel.
desk-paper-title = Kë e kontaktojmë vetëm personalisht
desk-paper-intro = Për çdo shkallë, banesat ku askush nuk merr e-mail, SMS ose njoftime nga portali: kur ndërpritet uji, atje duhet një shënim ose të trokasësh në derë.
desk-paper-stair = Shkalla
desk-paper-flats = Banesat
desk-paper-only = Vetëm personalisht (numrat)
desk-paper-none = asnjë

# One's own mobile number, confirmed by a code sent to it.
own-phone-title = Celulari yt
own-phone-current = SMS-të vijnë te
own-phone-none = Asnjë numër celulari: shkruaje më poshtë për të marrë njoftimet me SMS dhe për të hyrë edhe me numrin.
own-phone-sent = Të dërguam me SMS një kod me 6 shifra te { $phone }: shkruaje këtu për ta konfirmuar numrin.
own-phone-confirm = Konfirmo numrin
own-phone-label = Numri i celularit
own-phone-hint = Një numër italian mund të shkruhet pa +39. E shihni vetëm ti dhe sporteli.
own-phone-send = Më dërgo kodin
phone-taken = Ky numër i përket tashmë një llogarie tjetër: pyet në sportel.
push-devices-title = Njoftimet aktive në
push-device-since = Aktivizuar: { $date }
push-device-remove = Çaktivizo
