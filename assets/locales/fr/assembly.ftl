# Assemblées de cage d'escalier et d'immeuble : convocation, procès-verbal, décisions.

notice-kind-assembly = Assemblée
notice-history-minutes = Procès-verbal publié
notice-history-minutes-corrected = Procès-verbal corrigé
assembly-form-when = Événement ou assemblée : jour, heure et lieu
assembly-when-required = Une assemblée a besoin d'un jour et d'une heure.
assembly-minutes = Procès-verbal de l'assemblée
assembly-published-on = Date de publication : { $when }
assembly-attendance = { $count ->
        [one] { $count } foyer présent
       *[other] { $count } foyers présents
    }
assembly-decisions = Décisions et votes
assembly-decision = Décision
assembly-decision-number = Décision { $number }
assembly-votes-for = Pour
assembly-votes-against = Contre
assembly-votes-abstained = Abstentions
assembly-result = Résultat
assembly-carried = Adoptée
assembly-not-carried = Rejetée
assembly-publish-minutes = Publier le procès-verbal
assembly-correct-minutes = Corriger le procès-verbal
assembly-field-minutes = Procès-verbal : ce dont on a parlé, qui a pris la parole
assembly-field-attendance = Foyers présents
assembly-decisions-hint = Une ligne par décision, avec les votes. Les lignes laissées vides ne comptent pas.
assembly-past-decisions = Décisions des assemblées passées
assembly-held-on = Assemblée
assembly-minutes-required = Écrivez le procès-verbal.
assembly-minutes-long = Le procès-verbal peut avoir au maximum { $max ->
        [one] { $max } caractère
       *[other] { $max } caractères
    }.
assembly-decisions-many = Le procès-verbal peut avoir au maximum { $max ->
        [one] { $max } décision
       *[other] { $max } décisions
    }.
assembly-decision-text-required = Écrivez le texte de chaque décision qui a des votes.
assembly-decision-long = Une décision peut avoir au maximum { $max ->
        [one] { $max } caractère
       *[other] { $max } caractères
    }.
assembly-votes-invalid = Les votes sont des nombres entiers de 0 à { $max }.
assembly-attendance-invalid = Le nombre de foyers présents est un nombre entier de 0 à { $max }.
assembly-not-yet-met = Le procès-verbal se publie après l'assemblée : son heure n'est pas encore venue.
