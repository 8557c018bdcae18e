# Portineria — udhëzuesi i mirëseardhjes dhe shpenzimet e pallatit (shqip).

## Udhëzuesi i mirëseardhjes
kit-title = Udhëzuesi i mirëseardhjes
kit-contents = Përmbajtja
kit-print = Shtyp udhëzuesin
kit-empty = Udhëzuesi i kësaj lagjeje nuk është shkruar ende.
kit-updated = Përditësuar më { $date } nga { $name }
kit-topic-numbers = Numra të dobishëm dhe orare
kit-topic-rules = Rregulla për të jetuar bashkë
kit-topic-services = Shërbimet e lagjes
kit-topic-waste = Mbledhja e mbeturinave
kit-topic-history = Historia e lagjes
kit-edit-title = Shkrimi i udhëzuesit të mirëseardhjes
kit-edit-intro = Sa herë që ruani, krijohet një version i ri; versionet e vjetra mbeten në histori.
kit-propose-intro = Propozimet tuaja shkojnë te sporteli, që i miraton ose jo.
kit-missing = Pjesë ende të papërkthyera në: { $languages }.
kit-not-written = për t'u shkruar
kit-proposals = ka propozime
kit-versions = { $count ->
    [one] Deri tani një version.
   *[other] Deri tani { $count } versione.
}
kit-propose = Propozo
kit-approve = Mirato
kit-reject = Mos e mirato
kit-title-invalid = Titulli duhet të ketë nga 1 deri në { $max ->
        [one] { $max } shenjë
       *[other] { $max } shenja
    }.
kit-body-long = Teksti mund të ketë të shumtën { $max ->
        [one] { $max } shenjë
       *[other] { $max } shenja
    }.
kit-topic-invalid = Zgjidhni një pjesë të udhëzuesit nga lista.
kit-reviewed-meanwhile = Dikush tjetër vendosi ndërkohë për këtë propozim: ju lutemi ringarkoni faqen për ta parë siç është tani.

## Shpenzimet e pallatit
accounts-title = Shpenzimet e pallatit
accounts-contracts = Kontratat e shërbimeve
accounts-expenses = Shpenzimet e vitit
accounts-shares = Pjesa juaj për të paguar
accounts-none = Për momentin nuk ka asgjë për të treguar.
accounts-no-share = Nuk ka asnjë pjesë për të treguar.
accounts-year = Viti { $year }
accounts-year-column = Viti
accounts-item = Zëri
accounts-amount = Shuma
accounts-total = Gjithsej
accounts-since = nga { $from }
accounts-flat = { $stair }, kati { $floor }, banesa nr. { $number }
accounts-service-cleaning = Pastrimi
accounts-service-green = Gjelbërimi
accounts-service-lift = Ashensori
accounts-service-heating = Ngrohja
accounts-service-waste = Mbeturinat
accounts-service-other = Të tjera
accounts-add-expense = Shto një shpenzim
accounts-building-code = Kodi i pallatit
accounts-add = Shto

## Importimi
import-title = Importo nga një skedar CSV
import-intro = Një skedar me një rresht titujsh në krye. Kontratat: building_code, service, contractor, starts_on, ends_on, contact. Shpenzimet: building_code, year, item, amount. Pjesët: unit_code, year, amount. Nëse një rresht është i gabuar, nuk importohet asgjë.
import-kind = Çfarë ka skedari
import-file = Skedari CSV
import-submit = Importo
import-done = { $count ->
    [one] U importua një rresht.
   *[other] U importuan { $count } rreshta.
}
import-refused = Nuk u importua asgjë. Korrigjoni këto rreshta dhe provoni përsëri:
import-line = Rreshti { $line }: { $problem }
import-columns = mungojnë disa kolona.
import-building-unknown = pallat i panjohur, ose jo i lagjes suaj.
import-unit-unknown = banesë e panjohur, ose jo e lagjes suaj.
import-service-unknown = shërbim i panjohur (cleaning, green, lift, heating, waste, other).
import-date-invalid = datë e pavlefshme (VVVV-MM-DD ose DD/MM/VVVV; mbarimi pas fillimit).
import-amount-invalid = viti ose shuma nuk janë të vlefshme.
import-item-missing = mungon zëri i shpenzimit.
import-contractor-missing = mungon emri i firmës.
import-unreadable = skedari nuk lexohet si CSV.
import-empty = Skedari nuk ka rreshta për të importuar.
# Between the names in a list ("English, Shqip").
list-separator = { ", " }
