# Portineria — panneaux d'affichage, avis, travaux, impression et flux (français).

## Navigation
nav-board = Panneau d'affichage
nav-works = Travaux
nav-welcome = Bienvenue
nav-transparency = Dépenses de l'immeuble

## Panneau d'affichage
board-title = Panneau d'affichage
board-notices = Avis
board-archive = Archives des avis terminés
board-current = Avis en cours
board-older = Avis plus anciens
board-empty = Aucun avis pour le moment.
board-pending = À approuver
board-post = Écrire un avis
board-print = Imprimer le panneau d'affichage
board-show = Afficher
board-delegates = Les responsables de votre escalier et de votre immeuble
board-feeds = Le panneau d'affichage sur le téléphone et dans l'agenda
board-feeds-intro = Ces adresses sont seulement pour vous : collez-les dans un lecteur de nouvelles ou dans l'agenda du téléphone. Si vous les avez données à quelqu'un par erreur, créez-en de nouvelles.
board-feed-atom = Avis (Atom)
board-feed-calendar = Événements et travaux (agenda)
board-calendar-name = Portineria — événements et travaux
home-all-notices = Tous les avis
role-stair_delegate = responsable d'escalier
role-building_delegate = responsable d'immeuble
contact-title = Comment les voisins peuvent vous joindre
contact-intro = Comme responsable, votre nom est affiché sur le panneau d'affichage. Ici, vous choisissez quoi ajouter : on verra seulement ce que vous écrivez ou cochez.
contact-phone = Téléphone
contact-show-email = Montrer mon adresse e-mail
contact-hours = Quand appeler
contact-phone-invalid = Écrivez le numéro avec des chiffres, des espaces ou le signe + (30 caractères au maximum).
contact-hours-invalid = Écrivez les horaires en quelques mots (80 caractères au maximum).

## Avis
notice-title = Avis
notice-form-title = Nouvel avis
notice-back = Retour au panneau d'affichage
notice-urgent = Urgent
notice-pinned = À la une
notice-pending = En attente d'approbation
notice-in-italian = Pas encore traduit : nous l'affichons en italien.
notice-until = jusqu'au { $date }
notice-period = du { $from } au { $until }
notice-event-when = Quand
notice-works-when = Travaux
notice-services = Services touchés
notice-mark-seen = J'ai lu
notice-seen-by-you = Vous avez marqué cet avis comme lu.
notice-kind = Type d'avis
notice-kind-agency = Avis du bailleur
notice-kind-works = Travaux prévus
notice-kind-event = Événement
notice-kind-rules = Règles pour bien vivre ensemble
notice-kind-offer_seek = Je cherche, je propose
notice-progress = Avancement des travaux
notice-progress-planned = Prévus
notice-progress-in_progress = En cours
notice-progress-suspended = Arrêtés pour le moment
notice-progress-done = Terminés
notice-progress-save = Mettre à jour l'avancement
notice-service-water = eau
notice-service-lift = ascenseur
notice-service-heating = chauffage
notice-service-gas = gaz
notice-service-electricity = électricité
notice-where = Où
notice-optional = si vous voulez
notice-field-title = Titre
notice-field-body = Texte
notice-markdown-hint = Vous pouvez utiliser **gras**, *italique*, des listes avec un tiret et des liens. Tout autre code s'affiche comme du texte.
notice-field-urgent = Urgent : prévenir tout de suite tous les locataires, aussi par e-mail
notice-field-pinned = À la une, en haut du panneau d'affichage
notice-field-starts = Date de début d'affichage
notice-field-expires = Date de fin d'affichage (ensuite, l'avis passe aux archives)
notice-field-event-day = Jour
notice-field-event-time = Heure
notice-field-event-place = Lieu
notice-field-works-from = Début des travaux
notice-field-works-until = Fin des travaux
notice-field-image = Une photo (si vous voulez)
notice-publish = Publier
notice-propose = Envoyer au responsable
notice-proposal-intro = Vous pouvez proposer ou demander de l'aide aux voisins de votre escalier. Le responsable lit votre message et le met sur le panneau d'affichage.
notice-posted = L'avis est sur le panneau d'affichage.
notice-posted-pending = Merci : le responsable de l'escalier va le lire et le mettre sur le panneau d'affichage.
notice-actions = Ce que vous pouvez faire
notice-print = Imprimer pour le panneau du hall d'entrée
notice-approve = Approuver et publier
notice-edit = Modifier l'avis
notice-remove = Retirer du panneau d'affichage
notice-reject = Ne pas publier
notice-remove-reason = Pourquoi (cela reste dans l'historique de l'avis)
notice-readership = Qui l'a lu
notice-seen-count = { $seen ->
        [one] Lu par { $seen } foyer
       *[other] Lu par { $seen } foyers
    } sur { $households }.
notice-unseen-flats = Logements qui ne l'ont pas encore lu
notice-history = Historique de l'avis
notice-history-posted = Écrit
notice-history-edited = Modifié
notice-history-approved = Approuvé
notice-history-removed = Retiré du panneau d'affichage
notice-history-progress = Avancement des travaux mis à jour
notice-image-alt = Photo de l'avis « { $title } »
notice-title-required = Écrivez au moins le titre en italien.
notice-language-twice = Chaque langue ne peut apparaître qu'une seule fois.
notice-title-long = Le titre peut avoir au maximum { $max ->
        [one] { $max } caractère
       *[other] { $max } caractères
    }.
notice-body-long = Le texte peut avoir au maximum { $max ->
        [one] { $max } caractère
       *[other] { $max } caractères
    }.
notice-place-long = Le lieu peut avoir au maximum { $max ->
        [one] { $max } caractère
       *[other] { $max } caractères
    }.
notice-reason-required = Écrivez pourquoi.
notice-reason-long = La raison peut avoir au maximum { $max ->
        [one] { $max } caractère
       *[other] { $max } caractères
    }.
notice-dates-invalid = Vérifiez les dates : la fin ne peut pas être avant le début.
notice-services-invalid = Choisissez les services dans la liste.
notice-place-invalid = Choisissez dans la liste où publier.
notice-kind-invalid = Choisissez le type d'avis.
notice-progress-invalid = Choisissez l'avancement des travaux dans la liste.
notice-move-invalid = On ne peut pas déplacer un avis : retirez-le et écrivez-en un nouveau.
notice-flags-direct-only = Seules les personnes qui publient un avis directement peuvent le marquer comme urgent ou l’épingler : décochez la case et envoyez de nouveau.
notice-kind-not-allowed = Vous ne pouvez pas publier ici un avis de ce type : veuillez choisir un autre type.
notice-changed-meanwhile = Quelqu’un a modifié cet avis entre-temps : veuillez recharger la page pour le voir tel qu’il est maintenant.

## Travaux de l'immeuble
works-title = Travaux et entretien
works-planned = Travaux prévus et en cours
works-none = Pas de travaux prévus.
works-reports = Signalements en cours de traitement dans les parties communes
works-no-reports = Aucun signalement en cours dans les parties communes.
works-no-building = Choisissez un immeuble.

## Impression
print-qr-notice = Lire l'avis sur le téléphone
print-qr-report = Signaler un problème
print-qr-board = Le panneau d'affichage sur le téléphone
print-qr-activate = Activer votre compte

## E-mails
mail-notice_urgent-subject = Avis urgent : { $title }
mail-notice_urgent-intro = il y a un avis urgent pour { $place } :
mail-notice_urgent-link = Pour le lire et dire que vous l'avez lu :
mail-notice_urgent-button = Ouvrir l'avis
