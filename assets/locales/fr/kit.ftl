# Portineria — livret d'accueil et comptes de l'immeuble (français).

## Livret d'accueil
kit-title = Livret d'accueil
kit-contents = Sommaire
kit-print = Imprimer le livret
kit-empty = Le livret d'accueil de ce quartier n'est pas encore écrit.
kit-updated = Mis à jour le { $date } par { $name }
kit-topic-numbers = Numéros utiles et horaires
kit-topic-rules = Règles pour bien vivre ensemble
kit-topic-services = Services du quartier
kit-topic-waste = Collecte des déchets
kit-topic-history = L'histoire du quartier
kit-edit-title = Écrire le livret d'accueil
kit-edit-intro = Chaque enregistrement crée une nouvelle version ; les anciennes restent dans l'historique.
kit-propose-intro = Vos propositions vont au guichet, qui les approuve ou non.
kit-missing = Parties pas encore traduites en : { $languages }.
kit-not-written = à écrire
kit-proposals = il y a des propositions
kit-versions = { $count ->
    [one] { $count } version pour l'instant.
   *[other] { $count } versions pour l'instant.
}
kit-propose = Proposer
kit-approve = Approuver
kit-reject = Ne pas approuver
kit-title-invalid = Le titre doit avoir de 1 à { $max ->
        [one] { $max } caractère
       *[other] { $max } caractères
    }.
kit-body-long = Le texte peut avoir au maximum { $max ->
        [one] { $max } caractère
       *[other] { $max } caractères
    }.
kit-topic-invalid = Choisissez une partie du livret dans la liste.
kit-reviewed-meanwhile = Quelqu’un a déjà statué sur cette proposition entre-temps : veuillez recharger la page pour la voir telle qu’elle est maintenant.

## Comptes de l'immeuble
accounts-title = Les dépenses de l'immeuble
accounts-contracts = Contrats de service
accounts-expenses = Dépenses de l'année
accounts-shares = Votre part
accounts-none = Rien à montrer pour le moment.
accounts-no-share = Aucune part à montrer.
accounts-year = Année { $year }
accounts-year-column = Année
accounts-item = Poste
accounts-amount = Montant
accounts-total = Total
accounts-since = depuis le { $from }
accounts-flat = { $stair }, étage { $floor }, logement n° { $number }
accounts-service-cleaning = Nettoyage
accounts-service-green = Espaces verts
accounts-service-lift = Ascenseur
accounts-service-heating = Chauffage
accounts-service-waste = Déchets
accounts-service-other = Autre
accounts-add-expense = Ajouter une dépense
accounts-building-code = Code de l'immeuble
accounts-add = Ajouter

## Importation
import-title = Importer un fichier CSV
import-intro = Un fichier avec une ligne d'en-tête. Contrats : building_code, service, contractor, starts_on, ends_on, contact. Dépenses : building_code, year, item, amount. Parts : unit_code, year, amount. Si une seule ligne est fausse, rien n'est importé.
import-kind = Ce que contient le fichier
import-file = Fichier CSV
import-submit = Importer
import-done = { $count ->
    [one] { $count } ligne importée.
   *[other] { $count } lignes importées.
}
import-refused = Rien n'a été importé. Corrigez ces lignes et recommencez :
import-line = Ligne { $line } : { $problem }
import-columns = il manque des colonnes.
import-building-unknown = immeuble inconnu, ou pas dans votre quartier.
import-unit-unknown = logement inconnu, ou pas dans votre quartier.
import-service-unknown = service inconnu (cleaning, green, lift, heating, waste, other).
import-date-invalid = date non valide (AAAA-MM-JJ ou JJ/MM/AAAA ; la fin après le début).
import-amount-invalid = année ou montant non valide.
import-item-missing = il manque le poste de dépense.
import-contractor-missing = il manque le nom de l'entreprise.
import-unreadable = impossible de lire le fichier comme un CSV.
import-empty = Le fichier n'a aucune ligne à importer.
# Between the names in a list ("English, Shqip").
list-separator = { ", " }
