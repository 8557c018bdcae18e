# Portineria — puna e teknikëve dhe e sportelit (shqip).

## Puna e teknikëve
nav-work = Radha e punëve
nav-agenda = Axhenda
nav-team = Ekipi
work-title = Radha e punëve
work-quick-filters = Filtra të shpejtë
work-all-open = Të hapura
work-overdue = Me vonesë
work-unassigned = Pa caktuar
work-mine = Të caktuara për mua
work-filters = Filtra të tjerë
work-any = Të gjitha
work-apply = Zbato
work-filter-building = Pallati
work-filter-category = Kategoria
work-filter-state = Gjendja
work-filter-priority = Përparësia
work-filter-assignee = Caktuar për
work-results = { $total ->
        [one] { $total } sinjalizim
       *[other] { $total } sinjalizime
    }, faqja { $page } nga { $pages }; në krye ato që duhen zgjidhur më parë.
work-pick = Zgjidh { $reference }
work-due = për t'u zgjidhur deri më { $date }
work-overdue-tag = me vonesë
work-bulk-title = Për sinjalizimet e zgjedhura
work-bulk-action = Veprimi
work-bulk-acknowledge = Prano
work-bulk-assign = Cakto për
work-bulk-comment = Publiko të njëjtin përditësim
work-bulk-assignee = Tekniku
work-bulk-body = Mesazhi (për pranimin ose për përditësimin)
work-bulk-submit = Zbato te të zgjedhurat
work-bulk-none = Zgjidhni të paktën një sinjalizim.
work-pages = Faqet
work-previous = Faqja e mëparshme
work-next = Faqja pasardhëse
report-overdue = Me vonesë në krahasim me afatet e shërbimit.
report-waiting = Pa përgjigje prej { $days ->
    [one] 1 dite
   *[other] { $days } ditësh
}
triage-title = Trajtimi
triage-response-due = Përgjigjja e parë pritet deri më { $date }.
triage-priority-submit = Ndrysho përparësinë
triage-assignee = Caktuar për
triage-assign-submit = Cakto
report-assignee-invalid = Mund të caktohet vetëm një teknik i institucionit që përgjigjet.
report-priority-invalid = Përparësi e pavlefshme.
event-priority = Përparësia: { $priority }
event-assigned = Caktuar për { $name }
event-unassigned = Caktimi u hoq
templates-pick = Përgjigje të gatshme:
templates-other-language = jo në gjuhën e banorit: { $language }
visits-title = Vizitat
visit-status-planned = E planifikuar
visit-status-done = E bërë
visit-status-cancelled = E anuluar
visit-manage = Menaxho vizitën
visit-change-label = Nuk mund të jeni aty? Shkruani kur mundeni
visit-change-submit = Kërko zhvendosjen e vizitës
visit-schedule-title = Planifiko një vizitë
visit-tenant-windows = Oraret që preferon banori
visit-technician = Tekniku
visit-day = Dita
visit-from = Nga ora
visit-until = Deri në orën
visit-reason = Arsyeja (do ta lexojë banori)
visit-schedule-submit = Planifiko dhe lajmëro
visit-reschedule-submit = Zhvendos vizitën
visit-cancel-submit = Anulo vizitën
visit-done-notes = Çfarë u bë
visit-done-outcome = Rezultati
visit-done-photos = Foto «pas punës» (jo të detyrueshme)
visit-done-submit = Shëno vizitën si të bërë
visit-time-invalid = Jepni një ditë dhe orar të vlefshëm (mbarimi pas fillimit, brenda një viti).
visit-outside-windows = Orari nuk përputhet me oraret që ka dhënë banori.
visit-not-planned = Kjo vizitë nuk është më e planifikuar.
visit-already-planned = Për këtë sinjalizim ka tashmë një vizitë të planifikuar në atë orë.
event-visit-scheduled = Vizita u planifikua: { $when }
event-visit-rescheduled = Vizita u zhvendos: { $when }
event-visit-cancelled = Vizita u anulua ({ $when })
event-visit-change-requested = Banori kërkon të zhvendoset vizita e { $when }
event-visit-done = Vizita u bë ({ $when })
agenda-title = Axhenda
agenda-week = Java nga { $week }
agenda-previous = Java paraardhëse
agenda-next = Java pasardhëse
agenda-free = Asnjë vizitë.
agenda-change-requested = Kërkesë për zhvendosje
agenda-feed-name = Portineria — vizitat
agenda-feed-title = Në kalendarin e telefonit
agenda-feed-intro = Shtojeni këtë adresë si kalendar «me abonim»: vizitat shfaqen vetë. Mos ia jepni askujt; nëse e keni dhënë, krijoni një të re.
agenda-feed-url = Adresa e kalendarit
agenda-feed-renew = Krijo një adresë të re (e vjetra nuk punon më)
team-title = Ekipi dhe afatet e shërbimit
team-workload = Ngarkesa e punës
team-open = Të hapura të caktuara
team-visits = Vizita të planifikuara
team-levels = Afatet e shërbimit
team-levels-intro = Për çdo përparësi: brenda sa orëve duhet dhënë përgjigjja e parë dhe duhet zgjidhur problemi.
team-first-response = Përgjigjja e parë (orë)
team-resolution = Zgjidhja (orë)
service-level-invalid = Afatet janë nga 1 deri në 8760 orë, dhe përgjigjja e parë nuk mund të vijë pas zgjidhjes.
team-templates = Përgjigje të gatshme
team-templates-none = Nuk ka përgjigje të gatshme.
team-template-title = Titulli
team-template-body = Teksti
team-template-hint = Mund të përdorni {"{"}reference{"}"}, {"{"}category{"}"} dhe {"{"}place{"}"}: ato zëvendësohen me numrin, kategorinë dhe vendin.
team-template-all = Të gjitha kategoritë
team-template-add = Shto përgjigjen
team-template-delete = Fshi «{ $title }»
template-title-invalid = Titulli duhet të ketë nga 1 deri në { $max ->
        [one] { $max } shenjë
       *[other] { $max } shenja
    }.
template-body-invalid = Teksti duhet të ketë nga 1 deri në { $max ->
        [one] { $max } shenjë
       *[other] { $max } shenja
    }.
mail-digest-subject = Sinjalizime me vonesë
mail-digest-intro = { $count ->
    [one] Ka një sinjalizim me vonesë në krahasim me afatet e shërbimit:
   *[other] Ka { $count } sinjalizime me vonesë në krahasim me afatet e shërbimit:
}
mail-digest-link = Hap radhën e vonesave
work-filter-building-hint = Zgjidhni një lagje dhe shtypni «Zbato» për të filtruar edhe sipas pallatit.

## Vizitat dhe oraret e banorit
visit-without-tenant = Hyrje pa banorin (me lejen e tij)
visit-permission-hint = Banori lejon që të hyhet edhe kur nuk është në shtëpi: vizita mund të bëhet edhe jashtë orareve të tij.
visit-needs-times = Banori nuk ka thënë ende kur është në shtëpi. Pyeteni para se të caktoni vizitën.
visit-ask-times = Pyet banorin kur është në shtëpi
visit-needs-windows = Banori nuk ka thënë kur është në shtëpi dhe nuk ka dhënë leje të hyhet pa të: pyeteni para se të caktoni vizitën.
visit-availability-not-in-flat = Banori pyetet kur është në shtëpi vetëm për punimet brenda banesës.

visit-outcome-nobody-home = Askush në shtëpi: për t’u riplanifikuar
event-visit-no-access = Tekniku erdhi ({ $when }) por nuk gjeti askënd në shtëpi
visit-status-nobody-home = Askush në shtëpi
