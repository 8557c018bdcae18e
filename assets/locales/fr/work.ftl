# Portineria — travail des techniciens et du guichet (français).

## Travail des techniciens
nav-work = À traiter
nav-agenda = Agenda
nav-team = Équipe
work-title = Signalements à traiter
work-quick-filters = Filtres rapides
work-all-open = En cours
work-overdue = En retard
work-unassigned = Sans technicien
work-mine = Confiés à moi
work-filters = Autres filtres
work-any = Tous
work-apply = Appliquer
work-filter-building = Immeuble
work-filter-category = Catégorie
work-filter-state = État
work-filter-priority = Priorité
work-filter-assignee = Confié à
work-results = { $total ->
        [one] { $total } signalement
       *[other] { $total } signalements
    }, page { $page } sur { $pages }. D'abord ceux dont l'échéance est la plus proche.
work-pick = Sélectionner { $reference }
work-due = à régler au plus tard le { $date }
work-overdue-tag = en retard
work-bulk-title = Pour les signalements sélectionnés
work-bulk-action = Action
work-bulk-acknowledge = Prendre en charge
work-bulk-assign = Confier à
work-bulk-comment = Publier la même nouvelle
work-bulk-assignee = Technicien
work-bulk-body = Message (pour la prise en charge ou la nouvelle)
work-bulk-submit = Appliquer aux signalements sélectionnés
work-bulk-none = Sélectionnez au moins un signalement.
work-pages = Pages
work-previous = Précédents
work-next = Suivants
report-overdue = En retard sur les délais prévus.
report-waiting = Pas de réponse depuis { $days ->
    [one] { $days } jour
   *[other] { $days } jours
}
triage-title = Traitement
triage-response-due = Première réponse attendue au plus tard le { $date }.
triage-priority-submit = Changer la priorité
triage-assignee = Confié à
triage-assign-submit = Confier
report-assignee-invalid = On peut confier le signalement seulement à un technicien de l'organisme qui s'en occupe.
report-priority-invalid = Priorité non valide.
event-priority = Priorité : { $priority }
event-assigned = Confié à { $name }
event-unassigned = Plus confié à personne
templates-pick = Réponses toutes prêtes :
templates-other-language = pas dans la langue du locataire : { $language }
visits-title = Visites
visit-status-planned = Prévue
visit-status-done = Faite
visit-status-cancelled = Annulée
visit-manage = Gérer la visite
visit-change-label = Vous ne pouvez pas être là ? Écrivez quand vous pouvez
visit-change-submit = Demander de changer la date
visit-schedule-title = Prévoir une visite
visit-tenant-windows = Horaires préférés du locataire
visit-technician = Technicien
visit-day = Jour
visit-from = De
visit-until = À
visit-reason = Raison (le locataire va la lire)
visit-schedule-submit = Prévoir et prévenir le locataire
visit-reschedule-submit = Changer la date de la visite
visit-cancel-submit = Annuler la visite
visit-done-notes = Ce qui a été fait
visit-done-outcome = Résultat
visit-done-photos = Photos « après » (si vous voulez)
visit-done-submit = Marquer la visite comme faite
visit-time-invalid = Indiquez un jour et des horaires valides (la fin après le début, dans moins d'un an).
visit-outside-windows = Cet horaire n'est pas dans ceux donnés par le locataire.
visit-not-planned = Cette visite n'est plus prévue.
visit-already-planned = Une visite de ce signalement est déjà prévue à cette heure-là.
event-visit-scheduled = Visite prévue : { $when }
event-visit-rescheduled = Visite déplacée : { $when }
event-visit-cancelled = Visite annulée ({ $when })
event-visit-change-requested = Le locataire demande de changer la visite du { $when }
event-visit-done = Visite faite ({ $when })
agenda-title = Agenda
agenda-week = Semaine du { $week }
agenda-previous = Semaine d'avant
agenda-next = Semaine d'après
agenda-free = Aucune visite.
agenda-change-requested = Changement de date demandé
agenda-feed-name = Portineria — visites
agenda-feed-title = Dans l'agenda du téléphone
agenda-feed-intro = Ajoutez cette adresse comme agenda « par abonnement » : les visites s'affichent toutes seules. Ne la partagez pas ; si vous l'avez fait, créez-en une nouvelle.
agenda-feed-url = Adresse de l'agenda
agenda-feed-renew = Créer une nouvelle adresse (l'ancienne ne marchera plus)
team-title = Équipe et délais prévus
team-workload = Charge de travail
team-open = En cours, confiés
team-visits = Visites prévues
team-levels = Délais prévus
team-levels-intro = Pour chaque priorité : en combien d'heures donner la première réponse, et en combien d'heures régler le problème.
team-first-response = Première réponse (heures)
team-resolution = Réparation (heures)
service-level-invalid = Les délais vont de 1 à 8760 heures, et la première réponse ne peut pas venir après la réparation.
team-templates = Réponses toutes prêtes
team-templates-none = Aucune réponse toute prête.
team-template-title = Titre
team-template-body = Texte
team-template-hint = Vous pouvez utiliser {"{"}reference{"}"}, {"{"}category{"}"} et {"{"}place{"}"} : ils sont remplacés par le numéro, la catégorie et le lieu.
team-template-all = Toutes les catégories
team-template-add = Ajouter la réponse
team-template-delete = Supprimer « { $title } »
template-title-invalid = Le titre doit avoir de 1 à { $max ->
        [one] { $max } caractère
       *[other] { $max } caractères
    }.
template-body-invalid = Le texte doit avoir de 1 à { $max ->
        [one] { $max } caractère
       *[other] { $max } caractères
    }.
mail-digest-subject = Signalements en retard
mail-digest-intro = { $count ->
    [one] il y a { $count } signalement en retard sur les délais prévus :
   *[other] il y a { $count } signalements en retard sur les délais prévus :
}
mail-digest-link = Ouvrir la liste des retards
work-filter-building-hint = Choisissez un quartier et appliquez, pour pouvoir filtrer aussi par immeuble.

## Visites et disponibilités du locataire
visit-without-tenant = Entrée sans le locataire (avec sa permission)
visit-permission-hint = Le locataire permet d'entrer même quand il n'est pas là : la visite peut aussi être en dehors de ses horaires.
visit-needs-times = Le locataire n'a pas encore dit quand il est chez lui. Demandez-lui avant de fixer la visite.
visit-ask-times = Demander au locataire quand il est chez lui
visit-needs-windows = Le locataire n'a pas dit quand il est chez lui, et n'a pas permis d'entrer sans lui : demandez-lui avant de fixer la visite.
visit-availability-not-in-flat = On demande quand le locataire est chez lui seulement pour les travaux dans le logement.

visit-outcome-nobody-home = Personne à la maison : à reprogrammer
event-visit-no-access = Le technicien est passé ({ $when }) mais n’a trouvé personne
visit-status-nobody-home = Personne à la maison
