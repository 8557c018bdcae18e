# Élections des responsables d'escalier et d'immeuble, à bulletin secret.
elections-title = Élections des responsables
nav-elections = Élections
elections-intro = Les responsables sont choisis par leurs voisins : chaque logement a une voix, sur le site, par SMS ou sur papier au guichet, et le vote est secret.
elections-none = Pas d'élection pour le moment.
elections-open-title = Lancer une élection
elections-open-place = Pour quel escalier ou quel immeuble
elections-open-nominations-last = Dernier jour des candidatures
elections-open-voting-first = Premier jour de vote
elections-open-voting-last = Dernier jour de vote
elections-open-term = Durée du mandat, en mois
elections-open-submit = Lancer l'élection
election-rule-general = La personne qui a le plus de voix gagne ; si deux personnes ou plus sont à égalité pour la dernière place, on vote de nouveau entre elles seulement (second tour). S'il n'y a qu'une candidature, on vote oui ou non.
election-place-building = Immeuble : { $building }
election-place-stair = Escalier : { $stair }, { $address }
election-page-title = Élection des responsables
election-title-stair = Élection au poste de responsable d'escalier : { $place }
election-title-building = Élection au poste de responsable d'immeuble : { $place }
election-status-nominations = Candidatures ouvertes jusqu'au { $when }.
election-status-waiting = Candidatures closes. Le vote commence le { $when }.
election-status-voting = Vote ouvert jusqu'au { $when }.
election-status-counting = Le vote s'est terminé le { $when } : le guichet compte les voix.
election-status-closed = Élection close le { $when }.
election-seats = Postes à pourvoir
election-nominations-until = Candidatures jusqu'au
election-voting = Vote
election-from-to = du { $from } au { $to }
election-term = Durée du mandat
election-term-months = { $count ->
    [one] un mois
    [many] { $count } de mois
   *[other] { $count } mois
}
election-rule = { $seats ->
    [one] La personne qui a le plus de voix gagne (il faut au moins une voix). En cas d'égalité, on vote de nouveau entre les personnes à égalité seulement, pendant la même durée. S'il n'y a qu'une candidature, on vote oui ou non : la personne est élue si les oui sont plus nombreux que les non.
    [many] Les { $seats } personnes qui ont le plus de voix gagnent (il faut au moins une voix). En cas d'égalité pour la dernière place, on vote de nouveau entre les personnes à égalité seulement, pendant la même durée. S'il n'y a qu'une candidature, on vote oui ou non : la personne est élue si les oui sont plus nombreux que les non.
   *[other] Les { $seats } personnes qui ont le plus de voix gagnent (il faut au moins une voix). En cas d'égalité pour la dernière place, on vote de nouveau entre les personnes à égalité seulement, pendant la même durée. S'il n'y a qu'une candidature, on vote oui ou non : la personne est élue si les oui sont plus nombreux que les non.
}
election-is-runoff = C'est le second tour entre les personnes à égalité.
election-first-round = Le premier tour
election-runoff-link = Des personnes sont à égalité : on vote de nouveau entre elles.
election-candidates = Candidatures
election-no-candidates = Pas encore de candidature.
election-elected = a gagné
election-votes = { $count ->
    [one] { $count } voix obtenue
    [many] { $count } de voix obtenues
   *[other] { $count } voix obtenues
}
election-stand-title = Vous voulez vous présenter ?
election-standing = Votre candidature est enregistrée : vous pouvez changer votre message
election-statement-label = Quelques mots pour vos voisins (facultatif, 600 caractères au maximum)
election-stand = Je me présente
election-withdraw-hint = Vous pouvez retirer votre candidature jusqu'à l'ouverture du vote.
election-withdraw = Retirer ma candidature
election-ballot-title = Le vote de votre logement
election-ballot-secret = Le vote est secret : personne, pas même le guichet, ne peut savoir pour qui vous avez voté.
election-flat-voted = Votre logement a déjà voté. Si vous votez de nouveau, le nouveau vote remplace le précédent.
election-yes-to = Oui à
election-no = Non
election-blank-choice = Vote blanc
election-vote = Voter
election-sms-hint = Sans internet ? Envoyez un SMS avec VOTE et le numéro de la candidature (par exemple VOTE 2), VOTE 0 pour voter blanc, VOTE NON pour dire non à la seule candidature.
election-paper-title = Noter un vote sur papier
election-paper-unit = Code du logement (par exemple GUA12-A-21)
election-paper-choice = Vote
election-paper-record = Noter le vote
election-turnout-title = Participation
election-result = Résultat
election-turnout = { $count ->
    [one] { $voted } sur { $units } logement a voté.
    [many] { $voted } sur { $units } de logements ont voté.
   *[other] { $voted } sur { $units } logements ont voté.
}
election-blank = { $count ->
    [one] { $count } bulletin blanc.
    [many] { $count } de bulletins blancs.
   *[other] { $count } bulletins blancs.
}
election-against = { $count ->
    [one] { $count } bulletin pour le non.
    [many] { $count } de bulletins pour le non.
   *[other] { $count } bulletins pour le non.
}
election-results-hidden = Les voix sont comptées à la clôture : d'ici là, personne ne voit les résultats.
election-close-hint = Le vote est terminé : clôturez l'élection pour compter les voix et publier le résultat sur le panneau d'affichage.
election-close = Clôturer et compter
election-done-stood = Votre candidature est enregistrée.
election-done-withdrew = Vous avez retiré votre candidature.
election-done-cast = Vote enregistré. Merci !
election-done-replaced = Vote enregistré : il remplace le vote précédent de votre logement.
election-done-paper = Vote sur papier enregistré.
election-done-closed = Élection close : le résultat est sur le panneau d'affichage.
election-appointed = nomination par le guichet
election-chosen = élection du { $date }, { $count ->
    [one] { $voted } sur { $units } logement a voté
    [many] { $voted } sur { $units } de logements ont voté
   *[other] { $voted } sur { $units } logements ont voté
}, en fonction jusqu'au { $until }
board-elections = Élections en cours
election-told-label = Élections
election-told-button = Ouvrir l'élection
election-told-nominations_open-title = Élection au poste de responsable : { $place }
election-told-nominations_open-body = Vous pouvez vous présenter jusqu'au { $nominations_until }. Le vote a lieu du { $voting_from } au { $voting_until }.
election-told-voting_open-title = Le vote est ouvert : { $place }
election-told-voting_open-body = Vous pouvez voter jusqu'au { $voting_until }, sur le site, par SMS ou au guichet. Une voix par logement, et le vote est secret.
election-told-result-title = Le résultat de l'élection : { $place }
election-told-result-body = Le vote est clos : le résultat est sur le panneau d'affichage.
election-told-term_ending-title = Un mandat se termine bientôt : { $place }
election-told-term_ending-body = Le mandat des responsables se termine dans deux mois : lancez la prochaine élection à temps.
election-scope-invalid = Choisissez un escalier ou un immeuble.
election-seats-invalid = Le nombre de postes va de 1 à 9.
election-term-invalid = La durée va de 1 à 60 mois.
election-windows-invalid = Vérifiez les dates : les candidatures se terminent dans le futur, le vote commence ensuite et dure 60 jours au maximum.
election-scope-fixed = Le lieu d'une élection ne change pas : pour un autre lieu, lancez une autre élection.
election-voting-started = Le vote est déjà ouvert : on ne peut plus rien changer.
election-nominations-closed = Les candidatures sont closes.
election-statement-too-long = Le message est trop long (600 caractères au maximum).
election-not-voting = Le vote n'est pas ouvert.
election-choice-invalid = Choisissez une candidature, le vote blanc ou, s'il n'y a qu'une candidature, le non.
election-unit-not-in-place = Ce logement ne fait pas partie du lieu de l'élection.
election-not-ended = On ne peut clôturer l'élection qu'après la fin du vote, et une seule fois.
sms-vote-none = Aucun vote ouvert pour votre escalier ou votre immeuble.
sms-vote-several = Plusieurs votes sont ouverts - votez sur le site ou au guichet.
sms-vote-unknown = { $count ->
    [1] Il y a une seule candidature - envoyez VOTE 1 pour le oui, VOTE NON pour le non, VOTE 0 pour voter blanc.
    [one] Envoyez VOTE et un numéro de 1 à { $count }, ou VOTE 0 pour voter blanc.
    [many] Envoyez VOTE et un numéro de 1 à { $count }, ou VOTE 0 pour voter blanc.
   *[other] Envoyez VOTE et un numéro de 1 à { $count }, ou VOTE 0 pour voter blanc.
}
sms-vote-recorded = Vote enregistré pour { $place }. Il est secret. Merci.
sms-vote-replaced = Vote enregistré pour { $place } - il remplace le vote précédent de votre logement.
audit-action-election-opened = Élection lancée
audit-action-election-changed = Élection modifiée
audit-action-election-closed = Élection close et voix comptées
audit-action-paper-ballot-recorded = Vote sur papier noté
desk-reach-kind-election = Élections : candidatures, vote et résultat
election-already-open = Une élection est déjà en cours pour ce lieu.
