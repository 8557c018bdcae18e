# Mbledhjet e shkallës dhe të pallatit: thirrja, procesverbali, vendimet.

notice-kind-assembly = Mbledhje
notice-history-minutes = Procesverbali u publikua
notice-history-minutes-corrected = Procesverbali u korrigjua
assembly-form-when = Ngjarje ose mbledhje: dita, ora dhe vendi
assembly-when-required = Një mbledhje ka nevojë për ditën dhe orën.
assembly-minutes = Procesverbali i mbledhjes
assembly-published-on = Data e publikimit: { $when }
assembly-attendance = { $count ->
        [one] { $count } familje e pranishme
       *[other] { $count } familje të pranishme
    }
assembly-decisions = Vendimet dhe votat
assembly-decision = Vendimi
assembly-decision-number = Vendimi { $number }
assembly-votes-for = Pro
assembly-votes-against = Kundër
assembly-votes-abstained = Abstenime
assembly-result = Rezultati
assembly-carried = U miratua
assembly-not-carried = Nuk u miratua
assembly-publish-minutes = Publiko procesverbalin
assembly-correct-minutes = Korrigjo procesverbalin
assembly-field-minutes = Procesverbali: çfarë u diskutua, kush foli
assembly-field-attendance = Familjet e pranishme
assembly-decisions-hint = Një rresht për çdo vendim, me votat. Rreshtat bosh nuk llogariten.
assembly-past-decisions = Vendimet e mbledhjeve të kaluara
assembly-held-on = Mbledhja
assembly-minutes-required = Shkruani procesverbalin.
assembly-minutes-long = Procesverbali mund të ketë të shumtën { $max ->
        [one] { $max } shenjë
       *[other] { $max } shenja
    }.
assembly-decisions-many = Procesverbali mund të ketë të shumtën { $max ->
        [one] { $max } vendim
       *[other] { $max } vendime
    }.
assembly-decision-text-required = Shkruani tekstin e çdo vendimi që ka vota.
assembly-decision-long = Një vendim mund të ketë të shumtën { $max ->
        [one] { $max } shenjë
       *[other] { $max } shenja
    }.
assembly-votes-invalid = Votat janë numra të plotë nga 0 deri në { $max }.
assembly-attendance-invalid = Familjet e pranishme janë një numër i plotë nga 0 deri në { $max }.
assembly-not-yet-met = Procesverbali publikohet pas mbledhjes: ora e saj nuk ka ardhur ende.
