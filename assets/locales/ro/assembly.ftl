# Adunările scării și ale blocului: convocarea, procesul-verbal, deciziile.

notice-kind-assembly = Adunare
notice-history-minutes = Proces-verbal publicat
notice-history-minutes-corrected = Proces-verbal corectat
assembly-form-when = Eveniment sau adunare: ziua, ora și locul
assembly-when-required = O adunare are nevoie de zi și oră.
assembly-minutes = Procesul-verbal al adunării
assembly-published-on = Data publicării: { $when }
assembly-attendance = { $count ->
        [one] { $count } familie prezentă
        [few] { $count } familii prezente
       *[other] { $count } de familii prezente
    }
assembly-decisions = Decizii și voturi
assembly-decision = Decizie
assembly-decision-number = Decizia { $number }
assembly-votes-for = Pentru
assembly-votes-against = Împotrivă
assembly-votes-abstained = Abțineri
assembly-result = Rezultat
assembly-carried = Aprobată
assembly-not-carried = Respinsă
assembly-publish-minutes = Publicați procesul-verbal
assembly-correct-minutes = Corectați procesul-verbal
assembly-field-minutes = Proces-verbal: ce s-a discutat, cine a luat cuvântul
assembly-field-attendance = Familii prezente
assembly-decisions-hint = Câte un rând pentru fiecare decizie, cu voturile. Rândurile goale nu contează.
assembly-past-decisions = Deciziile adunărilor trecute
assembly-held-on = Adunarea
assembly-minutes-required = Scrieți procesul-verbal.
assembly-minutes-long = Procesul-verbal poate avea cel mult { $max ->
        [one] { $max } caracter
        [few] { $max } caractere
       *[other] { $max } de caractere
    }.
assembly-decisions-many = Procesul-verbal poate avea cel mult { $max ->
        [one] { $max } decizie
        [few] { $max } decizii
       *[other] { $max } de decizii
    }.
assembly-decision-text-required = Scrieți textul fiecărei decizii care are voturi.
assembly-decision-long = O decizie poate avea cel mult { $max ->
        [one] { $max } caracter
        [few] { $max } caractere
       *[other] { $max } de caractere
    }.
assembly-votes-invalid = Voturile sunt numere întregi de la 0 la { $max }.
assembly-attendance-invalid = Familiile prezente sunt un număr întreg de la 0 la { $max }.
assembly-not-yet-met = Procesul-verbal se publică după adunare: ora ei nu a venit încă.
