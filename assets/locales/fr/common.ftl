# Portineria — messages communs à toutes les pages (français).

## Structure de la page
skip-to-content = Aller au contenu
nav-label = Menu principal
nav-home = Accueil
nav-profile = Mon profil
nav-register-tenant = Inscrire un locataire
nav-sign-out = Se déconnecter
language-switcher = Langue :
footer-tagline = Portineria — la loge de gardien numérique du quartier.

## Champs communs
field-name = Prénom et nom
field-email = Adresse e-mail
field-username = Nom d'utilisateur
field-language = Langue
field-new-password = Nouveau mot de passe
field-confirm-password = Répétez le mot de passe
field-current-password = Mot de passe actuel
password-hint = Au moins { $min ->
        [one] { $min } caractère
       *[other] { $min } caractères
    }. Une petite phrase facile à retenir, c'est très bien.
back-to-login = Retour à la connexion

## Accueil
home-title = Accueil
home-greeting = Bonjour { $name }
home-my-home = Mon logement
home-my-reports = Mes signalements
home-no-reports = Vous n'avez pas encore de signalement.
home-stair-notices = Avis de votre escalier ({ $stair })
home-no-notices = Aucun avis pour votre escalier.
home-delegate-title = Vous êtes responsable
home-delegate-stair = Vous êtes responsable d'escalier : { $stair }, { $address }.
home-delegate-building = Vous êtes responsable d'immeuble : { $building }.
home-desk-title = Guichet — { $estate }
home-desk-intro = Ici, vous inscrivez les locataires qui n'ont pas d'e-mail et vous imprimez leur lettre d'activation.
home-queue-title = Signalements à traiter
home-queue-empty = Aucun signalement à traiter.
home-buildings-title = Immeubles dont vous vous occupez
home-no-buildings = Aucun immeuble.
home-units-count = { $count ->
    [one] { $count } logement
   *[other] { $count } logements
}
home-team-title = Équipe technique
home-team-empty = Aucun technicien inscrit.
home-installation-title = Installation
home-import-hint = Les quartiers, immeubles, escaliers et logements s'importent depuis un fichier CSV avec « portineria import ».
totals-organisations = Organismes
totals-estates = Quartiers
totals-buildings = Immeubles
totals-stairs = Escaliers
totals-units = Logements
totals-users = Personnes inscrites

## Lieux
place-address = Adresse
place-stair = Escalier
place-unit = Logement
place-unit-floor = Étage { $floor }, logement n° { $number }
place-estate = Quartier
place-owner = Bailleur

## Erreurs
error-title = Il y a un problème
error-status = Code d'erreur { $status }.
error-home = Retour à l'accueil
error-not-found = Page introuvable, ou vous n'avez pas le droit de la voir.
error-unauthenticated = Connectez-vous pour continuer.
error-csrf = Le formulaire a expiré. Rechargez la page et recommencez.
error-rate-limited = Trop d'essais. Attendez quelques minutes et recommencez.
error-internal = Une erreur s'est produite. Réessayez dans un moment. Si cela continue, prévenez le guichet.
error-unavailable = Le portail ne peut pas accéder à ses données pour le moment. Réessayez dans quelques minutes : ce que vous avez déjà envoyé est en sécurité.
error-cannot-save = Le portail ne peut rien enregistrer pour le moment : son espace de stockage est plein ou en lecture seule. Réessayez plus tard : ce que vous avez déjà envoyé est en sécurité.
error-changed-meanwhile = Quelqu’un d’autre a modifié la même chose au même moment : rien n’a été enregistré. Veuillez recharger la page et réessayer.
error-form-invalid = Le formulaire envoyé est incomplet. Rechargez la page et recommencez.
error-form-too-large = Le formulaire envoyé est trop gros.
error-json-invalid = La demande n'est pas un JSON valide, ou il manque des champs.
error-query-invalid = Les paramètres de la demande ne sont pas valides.
error-too-large = La demande est trop grosse.

## Dates et heures (heure italienne : tous les quartiers sont en Italie)
time-local = { $date }, { $time } (heure italienne)
time-slot = { $weekday } { $date }, { $from }–{ $until } (heure italienne)
amount-euro = { $amount } €

## L'application sur le téléphone
app-name = Portineria — votre quartier
app-short-name = Portineria
app-description = Signalements, panneau d'affichage et livret d'accueil de votre quartier
offline-title = Pas de connexion
offline-intro = Cette page n'est pas enregistrée sur votre téléphone. Vous pouvez ouvrir les pages déjà vues, et écrire un signalement : il partira quand la connexion reviendra.
offline-as-of = Pas de connexion : voici la page telle qu'elle était le { $when }.

## Confort de lecture et traductions
display-large-text = Texte plus grand
display-high-contrast = Contraste élevé
display-invalid = Ce choix d'affichage n’existe pas.
nav-translations = Traductions
translations-title = Textes à traduire
translations-intro = Types de problème, avis en cours et parties du livret d'accueil pas encore écrits dans toutes les langues : en attendant, on les lit en italien.
translations-missing-count = { $count ->
    [one] { $count } texte manquant
   *[other] { $count } textes manquants
}
translations-categories = Types de problème
translations-notices = Avis
translations-kit = Livret d'accueil
translations-templates = Réponses toutes prêtes
