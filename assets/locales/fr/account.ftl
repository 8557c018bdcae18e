# Portineria — connexion, activation, profil et guichet (français).

## Connexion
login-title = Se connecter
login-intro = Entrez votre adresse e-mail (ou le nom d'utilisateur choisi avec le code d'activation) et votre mot de passe.
login-field-login = E-mail ou nom d'utilisateur
login-field-password = Mot de passe
login-submit = Se connecter
login-failed = E-mail, nom d'utilisateur ou mot de passe incorrect.
login-link-title = Se connecter sans mot de passe
login-link-intro = Nous vous envoyons par e-mail un lien : il suffit d'appuyer dessus pour entrer.
login-link-submit = Envoyez-moi le lien
login-code-title = Vous avez reçu une lettre avec un code ?
login-code-intro = Si vous n'avez pas d'adresse e-mail, le guichet vous donne une lettre avec un code d'activation.
login-code-link = Activer votre compte
link-sent-title = Regardez vos e-mails
link-sent-body = Si cette adresse est inscrite, nous vous avons envoyé un lien pour entrer. Il est valable { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    } et ne sert qu'une fois.
link-confirm-title = Entrer dans Portineria
link-confirm-body = Appuyez sur le bouton pour finir la connexion sur cet appareil.
link-confirm-submit = Entrer
magic-link-invalid = Ce lien ne marche pas : il a peut-être expiré ou a déjà servi. Demandez-en un nouveau.

## Activation avec le code sur papier
activate-title = Activer votre compte
activate-intro = Écrivez le code qui se trouve sur la lettre du guichet, puis choisissez un nom d'utilisateur et un mot de passe.
activate-field-code = Code d'activation
activate-code-hint = Par exemple ABCD-EFGH-JKLM. Majuscules, minuscules et tirets : ce n'est pas important.
activate-field-username = Choisissez un nom d'utilisateur
activate-username-hint = De 3 à 32 lettres, chiffres, points, tirets ou tirets bas (_). Il vous servira pour vous connecter.
activate-submit = Activer et entrer
activation-code-invalid = Le code n'est pas valide ou a expiré. Vérifiez la lettre, ou demandez un nouveau code au guichet.
username-invalid = Le nom d'utilisateur doit avoir de 3 à 32 caractères : lettres, chiffres, points, tirets ou tirets bas.
username-taken = Ce nom d'utilisateur est déjà pris par quelqu'un d'autre : choisissez-en un autre.

## Mot de passe
password-too-short = Le mot de passe doit avoir au moins { $min ->
        [one] { $min } caractère
       *[other] { $min } caractères
    }.
password-too-long = Le mot de passe peut avoir au maximum { $max ->
        [one] { $max } caractère
       *[other] { $max } caractères
    }.
password-mismatch = Les deux mots de passe ne sont pas pareils.
password-current-wrong = Le mot de passe actuel n'est pas correct.

## Profil
profile-title = Mon profil
profile-details = Vos informations
profile-email-hint = Elle sert à recevoir les nouvelles et à vous connecter sans mot de passe.
profile-save = Enregistrer
profile-saved = Modifications enregistrées.
profile-password-title = Changer le mot de passe
profile-password-submit = Changer le mot de passe
profile-devices-title = Appareils
profile-devices-intro = Vous avez perdu votre téléphone, ou utilisé un ordinateur public ? Déconnectez-vous de tous les appareils.
profile-sign-out-everywhere = Se déconnecter de tous les appareils
email-invalid = Cette adresse e-mail ne semble pas correcte.
email-taken = Cette adresse e-mail est déjà inscrite.
locale-invalid = Cette langue n'est pas disponible.
feed-purpose-invalid = Il n'existe pas d'adresse de ce type.
name-invalid = Écrivez un nom de 100 caractères au maximum.
account-exists = Un compte avec ces informations existe déjà.

## Guichet
desk-title = Inscrire un locataire
desk-intro = Pour les personnes sans adresse e-mail : vous inscrivez la personne, vous imprimez la lettre avec le code d'activation et vous la lui donnez.
desk-field-unit = Code du logement
desk-unit-hint = Le code du logement comme dans le registre, par exemple GUA12-A-21.
desk-field-language = Langue de la lettre et du portail
desk-submit = Inscrire et préparer la lettre
unit-unknown = Aucun logement avec le code « { $code } » dans votre quartier.
letter-page-title = Lettre d'activation
letter-ready = La lettre est prête : imprimez-la et donnez-la à la personne.
letter-print = Imprimer
letter-another = Inscrire un autre locataire
letter-title = Bienvenue dans Portineria
letter-greeting = Bonjour { $name },
letter-intro = avec Portineria, vous pouvez signaler un problème, suivre les réparations et lire les avis de votre escalier, aussi sur votre téléphone.
letter-code-label = Votre code d'activation personnel :
letter-step-open = Ouvrez { $url }
letter-step-code = Écrivez le code ci-dessus.
letter-step-choose = Choisissez un nom d'utilisateur et un mot de passe : ils vous serviront pour vous connecter.
letter-validity = Le code est valable { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } et ne sert qu'une fois.
letter-help = Si vous avez besoin d'aide, venez au guichet : nous allons vous aider.

## E-mails
mail-greeting = Bonjour { $name },
mail-magic_link-subject = Votre lien pour entrer dans Portineria
mail-magic_link-body = voici le lien pour entrer dans Portineria. Il est valable { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    } et ne sert qu'une fois.
mail-magic_link-button = Entrer dans Portineria
mail-magic_link-ignore = Si vous n'avez rien demandé, ne tenez pas compte de ce message : personne ne peut entrer sans le lien.
mail-sign_in_blocked-subject = Quelqu'un a essayé d'entrer dans votre compte Portineria
mail-sign_in_blocked-body = quelqu'un a essayé de nombreuses fois d'entrer dans votre compte Portineria avec un mauvais mot de passe. Nous l'avons arrêté : votre compte fonctionne comme avant et vous pouvez vous connecter comme d'habitude.
mail-sign_in_blocked-advice = Si ce n'était pas vous, choisissez un nouveau mot de passe dans votre profil ; si vous pensez que quelqu'un le connaît, déconnectez-vous aussi de tous les appareils.
mail-sign_in_blocked-button = Ouvrir votre profil
sign-in-blocked-label = Votre compte
sign-in-blocked-summary = Quelqu'un a essayé de nombreux mauvais mots de passe sur votre compte : nous l'avons arrêté. Si ce n'était pas vous, changez votre mot de passe.
phone-invalid = Ce numéro de portable ne semble pas correct. S'il n'est pas italien, écrivez-le avec l'indicatif du pays (+40 …).
desk-field-phone = Portable (facultatif)
desk-phone-hint = Un numéro italien peut s'écrire sans +39. Le locataire recevra par SMS les avis urgents et les nouvelles de ses signalements.

# Signing in with a mobile number and a code sent by SMS.
login-phone-title = Entrer avec votre portable
login-phone-intro = Si le guichet a inscrit votre numéro de portable, nous vous envoyons par SMS un code pour entrer.
login-phone-field = Numéro de portable
login-phone-submit = Envoyez-moi le code
phone-code-title = Tapez le code
phone-code-sent = Si le numéro { $phone } est inscrit, nous vous avons envoyé par SMS un code à 6 chiffres. Il est valable { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    } et ne sert qu'une fois.
phone-code-field = Code reçu par SMS
phone-code-submit = Entrer
phone-code-wrong = Le code n'est pas le bon ou n'est plus valable : vérifiez le SMS ou demandez-en un nouveau.

# How the desk sees that a person is reached, and SMS turned on again after STOP.
desk-reach-title = Comment nous le joignons
desk-reach-phone = Portable
desk-reach-no-phone = Pas de numéro de portable
desk-reach-kind-urgent = Avis urgents
desk-reach-kind-report = Nouvelles de ses signalements
desk-reach-kind-visit = Rappels de visite
desk-reach-kind-rent = Loyer : rappels, aide et plans
desk-reach-stopped = A écrit STOP le { $date } : ne reçoit plus de SMS.
desk-reach-resume-consent = La personne est ici au guichet et demande à recevoir de nouveau les SMS
desk-reach-resume = Réactiver les SMS
desk-reach-resume-consent-required = Les SMS ne sont réactivés que si la personne le demande ici au guichet : cochez la case.

# Which channels each kind of message goes by, besides the inbox.
channels-title = Comment vous recevez les messages
channels-intro = Vous les trouvez toujours ici sur le portail. Ils peuvent aussi vous parvenir :
channels-email = par e-mail
channels-sms = par SMS
channels-push = par notification
push-intro = Avec l'application installée sur votre téléphone ou votre ordinateur, vous pouvez recevoir les avis urgents et les nouvelles de vos signalements sous forme de notifications.
push-turn-on = Activer les notifications sur cet appareil
push-on = Les notifications sont activées sur cet appareil.
push-denied = Votre navigateur bloque les notifications de ce site. Autorisez-les dans les réglages du navigateur, puis réessayez.
push-failed = Les notifications n'ont pas pu être activées sur cet appareil. Réessayez plus tard, ou utilisez l'e-mail ou les SMS.
push-endpoint-invalid = L'adresse pour les notifications n'est pas valide.
push-endpoint-refused = Les notifications ne peuvent passer que par les services connus des navigateurs, avec une connexion sécurisée.
push-keys-invalid = Les clés pour les notifications ne sont pas valides.

# Per stair, the flats the portal reaches by no channel.
desk-paper-title = Qui nous joignons seulement en personne
desk-paper-intro = Pour chaque escalier, les logements où personne ne reçoit d'e-mail, de SMS ni de notification du portail : quand l'eau est coupée, il y faut un mot ou frapper à la porte.
desk-paper-stair = Escalier
desk-paper-flats = Logements
desk-paper-only = Seulement en personne (numéros)
desk-paper-none = aucun

# One's own mobile number, confirmed by a code sent to it.
own-phone-title = Votre portable
own-phone-current = Les SMS arrivent au
own-phone-none = Aucun numéro de portable : écrivez-le ci-dessous pour recevoir les avis par SMS et entrer aussi avec votre numéro.
own-phone-sent = Nous avons envoyé par SMS un code à 6 chiffres au { $phone } : tapez-le ici pour confirmer le numéro.
own-phone-confirm = Confirmer le numéro
own-phone-label = Numéro de portable
own-phone-hint = Un numéro italien peut s’écrire sans +39. Seuls vous et l’accueil le voyez.
own-phone-send = Envoyez-moi le code
phone-taken = Ce numéro appartient déjà à un autre compte : adressez-vous à l’accueil.
push-devices-title = Notifications activées sur
push-device-since = Activées : { $date }
push-device-remove = Désactiver
