## Indicateurs et résumé du quartier
nav-stats = Indicateurs
nav-summary = Le quartier en chiffres
stats-title = Indicateurs
stats-period = Période : { $from } – { $to }
stats-worked-out = Chiffres à { $time } ; mis à jour { $minutes ->
        [one] chaque minute
       *[other] toutes les { $minutes } minutes
    }.
stats-no-landlord = Pas encore attribués
stats-estate-areas = Espaces communs du quartier
stats-days = { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }
stats-percent = { $percent } %
stats-by-landlord = Par bailleur
stats-by-building = Par immeuble
stats-by-category = Par type de problème
stats-by-month = Par mois
stats-column-landlord = Bailleur
stats-column-building = Immeuble
stats-column-category = Type de problème
stats-column-month = Mois
stats-received = Reçus
stats-open = En cours
stats-overdue = En retard
stats-answer-median = Première réponse (médiane)
stats-answer-p90 = Première réponse (90%)
stats-fix-median = Problème réglé (médiane)
stats-fix-p90 = Problème réglé (90%)
stats-reopen-rate = Rouverts
stats-residents-share = Gérés par les locataires
stats-fixed-yes = « Le problème est-il réglé ? » Oui
stats-fixed-no = « Le problème est-il réglé ? » Non
stats-none = Aucun signalement pendant cette période.
stats-from = Du mois
stats-to = Au mois
stats-month-hint = Année et mois, par exemple 2026-03.
stats-side-by-side = Les bailleurs côte à côte
stats-total = { $received ->
        [one] { $received } signalement reçu
       *[other] { $received } signalements reçus
    } ; encore en cours : { $open } ; en retard : { $overdue }.
stats-chart-title = Jours jusqu'à la première réponse et jusqu'au problème réglé (médiane), par bailleur
stats-chart-caption = Les mêmes chiffres sont dans le tableau « Par bailleur » ci-dessous.
stats-table-csv = Télécharger « { $table } » en CSV
stats-export = Exporter
stats-export-hint = Tous les signalements de la période avec leurs dates (reçu, pris en charge, intervention prévue, réglé, fermé), sans noms ni coordonnées.
stats-export-reports = Télécharger les signalements en CSV
summary-title = Le quartier en chiffres
summary-intro = Le temps qu'il a fallu aux bailleurs pour répondre et pour régler les problèmes, sur les douze derniers mois. Aucune donnée personnelle.
summary-sentence = { $landlord } répond en { $answer ->
        [one] { $answer } jour
       *[other] { $answer } jours
    } et règle le problème en { $fix ->
        [one] { $fix } jour
       *[other] { $fix } jours
    } (valeurs médianes).
summary-too-few = { $landlord } : encore trop peu de signalements terminés pour donner des délais.
summary-public = Cette page est publique : tout le monde peut la lire sans se connecter.
summary-private = Cette page est réservée aux personnes qui habitent ou travaillent dans le quartier.
summary-publish = Publier aussi cette page pour les personnes sans compte
summary-save = Enregistrer
summary-sign-in = Connectez-vous pour voir les chiffres de votre quartier.
error-stats-filter = Un filtre n'est pas valide : choisissez parmi ceux qui sont proposés.
error-stats-month = Écrivez le mois sous la forme année et mois, par exemple 2026-03.
error-stats-period = La période va d'un mois à dix ans, et le premier mois vient avant le dernier.

stats-home-visits = Visites dans le logement
stats-nobody-home = Personne à la maison
