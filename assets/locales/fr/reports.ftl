# Portineria — signalements et catégories (français).

## Signalements
nav-reports = Signalements
yes = Oui
no = Non
reports-title = Signalements
reports-mine = Mes signalements
reports-around = En cours dans mon escalier et mon immeuble
reports-around-none = Aucun signalement en cours près de chez vous.
reports-back = Tous les signalements
report-new-button = Signaler un problème
report-new-title = Signaler un problème
report-title = Signalement
report-for-tenant = Vous faites ce signalement au guichet pour { $name }.
report-desk-title = Pour qui faites-vous le signalement ?
report-desk-intro = Cherchez le logement de la personne qui est venue au guichet ou qui a téléphoné.
report-desk-find = Chercher
report-desk-file-for = Signaler pour { $name }
report-desk-no-tenants = Aucun locataire inscrit dans ce logement de votre quartier.
report-desk-answers = le guichet du quartier
report-no-places = Votre compte n'est relié à aucun logement : demandez au guichet.
report-where = Où ?
report-what = Quel est le problème ?
report-continue = Continuer
where-unit = Chez moi, dans mon logement
where-unit-hint = Étage { $floor }, logement n° { $number }
where-stair = Parties communes de l'escalier ({ $stair })
where-stair-hint = Paliers, escaliers, ascenseur, caves
where-building = Parties communes de l'immeuble
where-estate = Cours et espaces du quartier
where-estate-hint = Cours, jardins, allées, parkings
report-similar-title = C'est peut-être déjà signalé
report-similar-intro = Ces signalements sont en cours tout près. Si c'est le même problème, appuyez sur « Moi aussi » : vous recevrez les nouvelles comme la personne qui l'a signalé.
report-me-too = Moi aussi, j'ai ce problème
report-me-too-count = { $count ->
    [one] { $count } personne a dit « moi aussi ».
   *[other] { $count } personnes ont dit « moi aussi ».
}
report-field-spot = Endroit précis (si vous voulez)
report-spot-hint = Par exemple : cave, ascenseur, cour, deuxième étage.
spot-cellar = Cave
spot-lift = Ascenseur
spot-courtyard = Cour
spot-entrance = Entrée
spot-landing = Palier
spot-roof = Toit
report-field-description = Expliquez le problème
report-description-hint = Ce qui se passe, depuis quand, si c'est dangereux. { $max ->
        [one] { $max } caractère
       *[other] { $max } caractères
    } au maximum.
report-field-photos = Photos (si vous voulez)
report-photos-hint = { $max ->
        [one] Une photo JPEG, PNG ou WebP
       *[other] Jusqu'à { $max } photos JPEG, PNG ou WebP
    }, de { $mb } Mo au maximum chacune.
report-in-unit-title = Seulement pour un problème dans le logement
report-in-unit-hint = Cela aide le technicien à préparer sa visite.
report-permission = Le technicien peut entrer même si je ne suis pas là (avec la personne qui a les clés)
time-window-morning = Le matin
time-window-afternoon = L'après-midi
time-window-evening = Le soir
report-show-name = Montrer mon nom aux voisins
report-submit = Envoyer le signalement
report-reference = Numéro { $reference }
report-filed-title = Signalement envoyé.
report-filed-body = Son numéro est { $reference } : gardez-le. Nous vous prévenons ici et par e-mail à chaque nouvelle.
report-state = État
report-expected = Réparation prévue au plus tard le { $date }.
report-private = Ce signalement est visible seulement par la personne qui l'a fait et par les personnes qui s'en occupent.
report-details = Détails
report-field-place = Où
report-field-filed = Envoyé le
report-who-answers = Qui s'en occupe
report-permission-short = On peut entrer sans moi
report-photo-alt = Photo { $number } du signalement
report-timeline = Historique
report-internal = note interne
report-comment-title = Écrire une nouvelle
report-comment-label = Message
report-comment-submit = Publier
report-note-submit = Enregistrer comme note interne
report-move-title = Changer l'état
report-move-to = Nouvel état
report-move-note = Note pour le locataire (si vous voulez)
report-move-submit = Mettre à jour
report-duplicate-title = C'est un doublon ?
report-duplicate-of = Numéro du premier signalement
report-duplicate-submit = Joindre au premier signalement
report-competence-title = Ce n'est pas à nous de nous en occuper
report-transfer-to = Transmettre à
report-transfer-reason = Pourquoi (le locataire va le lire)
report-transfer-submit = Transmettre le signalement
report-redirect-reason = À qui s'adresser, et pourquoi (le locataire va le lire)
report-redirect-submit = Fermer : pas de notre compétence
report-confirm-title = Le problème est-il réglé ?
report-confirm-yes = Oui, c'est réglé
report-confirm-no-reason = Non : qu'est-ce qui ne va toujours pas ?
report-confirm-no = Non, rouvrir le signalement
report-place-unit = { $address }, { $stair }, étage { $floor }, logement n° { $number }
report-place-stair = { $stair }, { $address }
report-place-building = Parties communes, { $address }
report-place-estate = Espaces communs, { $estate }
status-received = Reçu
status-acknowledged = Pris en charge
status-scheduled = Intervention prévue
status-in_progress = Travaux en cours
status-resolved = Réglé
status-closed = Fermé
status-not_competent = Hors compétence du bailleur
status-duplicate = Doublon
status-handled_by_residents = Géré par les locataires
next-received = { $organisation } doit encore le prendre en charge.
next-acknowledged = { $organisation } l'a pris en charge et va organiser l'intervention.
next-scheduled = L'intervention est prévue : vous recevrez un message avec le jour.
next-in_progress = Les travaux sont en cours.
next-resolved = { $organisation } dit que le problème est réglé. Si ce n'est pas vrai, rouvrez le signalement.
next-closed = Le signalement est fermé.
next-not_competent = Ce n'est pas à { $organisation } de s'en occuper : l'historique vous dit à qui vous adresser.
next-duplicate = Il a été joint à un autre signalement du même problème : suivez l'autre signalement.
next-handled_by_residents = Les locataires s'en occupent eux-mêmes (autogestion).
event-filed = Signalement envoyé
event-filed-at-desk = Envoyé par le guichet pour { $tenant }
event-status = Nouvel état : { $status }
event-reopened = Rouvert : le problème n'est pas réglé
event-comment = Nouvelle
event-note = Note interne
event-transfer = Transmis à { $organisation }
event-duplicate = Joint au signalement { $reference }
event-closed-unconfirmed = Fermé : pas de réponse à la question « Le problème est-il réglé ? »
event-who-reporter = La personne qui a signalé
event-who-system = Portineria
report-description-short = Expliquez le problème en { $min ->
        [one] { $min } caractère
       *[other] { $min } caractères
    } au moins.
report-description-long = L'explication peut avoir au maximum { $max ->
        [one] { $max } caractère
       *[other] { $max } caractères
    }.
report-spot-long = L'endroit précis peut avoir au maximum { $max ->
        [one] { $max } caractère
       *[other] { $max } caractères
    }.
report-location-invalid = Choisissez où se trouve le problème.
report-category-invalid = Choisissez quel est le problème.
report-time-windows-invalid = Horaires non valides.
report-idempotency-key-invalid = La clé d'envoi n'est pas valide.
report-no-home = Pour ce signalement, votre compte doit être relié à un logement : demandez au guichet.
report-filter-invalid = Filtre non valide.
report-status-invalid = État non valide.
report-reason-required = Écrivez la raison : le locataire va la lire.
report-comment-long = Le message peut avoir au maximum { $max ->
        [one] { $max } caractère
       *[other] { $max } caractères
    }.
report-duplicate-needs-original = Pour marquer un doublon, donnez le numéro du premier signalement.
report-duplicate-unknown = Aucun signalement avec ce numéro ne peut servir de premier signalement.
report-changed-meanwhile = Entre-temps, le signalement a changé : votre modification n'a pas été faite. Regardez où il en est et réessayez si besoin.
report-transfer-unknown = Cet organisme n'est pas valide pour le transfert.
photo-too-many = { $max ->
        [one] Vous pouvez joindre une seule photo.
       *[other] Vous pouvez joindre { $max } photos au maximum.
    }
photo-too-large = La photo { $number } est trop lourde : { $max } Mo au maximum.
photo-empty = La photo { $number } est vide (0 octet) : choisissez-la encore une fois, ou reprenez-la.
photo-too-many-pixels = La photo { $number } a trop de pixels : réduisez-la ou reprenez-la.
photo-heic = La photo { $number } est au format HEIC, que nous ne pouvons pas lire : dans les réglages de l'appareil photo, choisissez « Le plus compatible » (JPEG), ou envoyez une capture d'écran.
photo-unsupported = Le fichier { $number } n'est pas une photo JPEG, PNG ou WebP.
photo-corrupt = La photo { $number } est abîmée ou incomplète : essayez de la reprendre.
pending-title = En attente d'envoi
pending-waiting = En attente de connexion : il partira dès que possible.
pending-sending = Envoi en cours…
pending-sent = Envoyé.
pending-failed = L'envoi n'a pas marché : remplissez le formulaire encore une fois.
pending-offline-saved = Pas de connexion : le signalement est gardé sur le téléphone et partira tout seul.
pending-view = Voir le signalement
home-inbox = Nouvelles
home-inbox-new = nouveau
home-all-reports = Tous les signalements
home-desk-open = Signalements en cours dans le quartier
mail-report_update-subject = Du nouveau sur le signalement { $reference }
mail-report_update-intro = il y a du nouveau sur le signalement { $reference } :
mail-report_update-status = État actuel : { $status }
mail-report_update-link = Pour voir le signalement :
mail-report_update-button = Ouvrir le signalement

## Catégories
nav-categories = Catégories
categories-title = Types de problème
categories-intro = Les noms dans chaque langue, la priorité de départ et qui s'en occupe. Les problèmes « du guichet » restent toujours privés.
categories-name = Nom ({ $language })
categories-priority = Priorité de départ
categories-routing = Qui s'en occupe
categories-routing-owner = Le bailleur de l'immeuble
categories-routing-desk = Le guichet du quartier (médiation, privé)
categories-active = On peut le choisir pour un signalement
categories-save = Enregistrer
category-name-invalid = Chaque nom doit avoir de 1 à { $max ->
        [one] { $max } caractère
       *[other] { $max } caractères
    }.
category-priority-invalid = Priorité non valide.
category-routing-invalid = Qui s'en occupe : choix non valide.
priority-low = Basse
priority-normal = Normale
priority-high = Haute
priority-urgent = Urgente

## Quand le locataire est chez lui
times-title = Quand peut-on venir chez vous ?
times-intro = Choisissez quand vous êtes chez vous, d'habitude. Si vous permettez d'entrer quand vous n'êtes pas là, le technicien peut aussi venir à d'autres heures.
times-windows = D'habitude, je suis chez moi
times-submit = Enregistrer
report-availability-empty = Choisissez au moins un horaire, ou permettez d'entrer quand vous n'êtes pas là.
event-availability-requested = Nous avons demandé au locataire quand il est chez lui
event-availability-windows = Le locataire est chez lui : { $windows }
event-availability-windows-permission = Le locataire est chez lui : { $windows }. On peut aussi entrer quand il n'est pas là.
event-availability-permission = On peut entrer quand le locataire n'est pas là
mail-visit_reminder-subject = Demain, la visite pour { $reference }
mail-visit_reminder-intro = demain, le technicien vient chez vous pour le signalement { $reference } :
mail-visit_reminder-away = Si personne ne sera là, dites-le sur la page du signalement : nous fixerons un autre jour.
