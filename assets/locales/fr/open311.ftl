# Clés API (page d'administration) et Open311 GeoReport v2.
nav-api-keys = Clés API
api-keys-title = Clés API
api-keys-intro = Les clés permettent à d'autres systèmes — le centre d'appels d'un bailleur, l'application Open311 d'une ville — de lire les signalements publics de ce portail et d'en envoyer de nouveaux pour les parties communes des immeubles dont s'occupe leur organisme. Chaque clé ne s'affiche qu'une seule fois : copiez-la au moment où elle est créée. Chaque utilisation est enregistrée et chaque clé a sa propre limite d'appels.
api-keys-issued = Clé « { $name } » créée. Copiez-la maintenant : elle ne sera plus affichée.
api-keys-revoked-note = La clé a été révoquée : les appels faits avec elle sont maintenant refusés.
api-keys-new = Créer une clé
api-keys-name = Nom
api-keys-organisation = Organisme
api-keys-can-write = Peut envoyer des signalements (lecture et écriture)
api-keys-create = Créer la clé
api-keys-list = Clés créées
api-keys-scope = Droits
api-keys-created = Date de création
api-keys-last-used = Dernière utilisation
api-keys-uses-today = Utilisations sur 24 heures
api-keys-state = État
api-keys-read-write = Lecture et écriture
api-keys-read-only = Lecture seule
api-keys-never = Jamais
api-keys-revoked = Révoquée le { $when }
api-keys-revoke = Révoquer
api-keys-revoke-named = Révoquer la clé « { $name } »
api-keys-none = Aucune clé n'a encore été créée.
api-key-name-invalid = Donnez à la clé un nom de { $max ->
        [one] { $max } caractère
       *[other] { $max } caractères
    } au maximum.
api-key-organisation-unknown = Choisissez un organisme dans la liste.
open311-group-owner = Bailleur de l'immeuble
open311-service-description = { $category } : signalé à { $group }.
open311-spot-format = Texte libre, { $max ->
        [one] { $max } caractère
       *[other] { $max } caractères
    } au maximum.
open311-spot-description = Où exactement, dans les parties communes de l'immeuble (par exemple : ascenseur, rez-de-chaussée) ?
open311-date-invalid = Les dates doivent être des dates-heures W3C avec un fuseau horaire, par exemple 2026-11-30T09:00:00Z.
open311-too-many-ids = Demandez au maximum 1000 signalements par id à la fois.
open311-dates-reversed = La date de début est après la date de fin.
open311-dates-too-wide = Demandez au maximum { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } à la fois.
open311-status-invalid = Le statut doit être open, closed ou les deux.
open311-page-invalid = La page doit être un nombre entier de 1 à { $max }.
open311-page-size-invalid = La taille de la page doit être un nombre entier de 1 à { $max }.
open311-service-unknown = Ce code de service n'existe pas : voir services.xml.
open311-service-missing = Le service_code est obligatoire.
open311-position-invalid = Indiquez à la fois lat et long, en degrés décimaux.
open311-media-invalid = Le media_url n'est pas une adresse valide.
open311-media-host = Les photos ne sont pas récupérées depuis { $host } : demandez aux administrateurs du portail de l'autoriser, ou n'indiquez pas media_url.
open311-media-private = Les photos ne sont pas récupérées depuis { $host } : il mène à une adresse d'un réseau privé, pas d'internet.
open311-media-unreachable = Impossible de récupérer la photo indiquée dans media_url.
open311-key-missing = Une api_key est nécessaire pour envoyer un signalement.
open311-key-invalid = L'api_key est inconnue ou a été révoquée.
open311-key-read-only = Cette api_key peut seulement lire.
open311-key-out-of-scope = L'organisme de cette api_key ne s'occupe pas de ce service dans cet immeuble : il ne peut signaler que là où c'est à lui d'intervenir.
open311-location-missing = Indiquez où : address_id (code d'un immeuble ou IMMEUBLE/ESCALIER), lat et long, ou address_string.
open311-location-unknown = Aucun immeuble du quartier ne se trouve à cet endroit.
open311-service-notice = Les techniciens du bailleur le voient dans leur liste de signalements à traiter et répondent dans les délais prévus pour sa priorité.
open311-key-service = Les clés sont créées par les administrateurs du portail : { $url }
