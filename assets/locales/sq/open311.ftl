# Çelësat API (faqja e administrimit) dhe Open311 GeoReport v2.
nav-api-keys = Çelësat API
api-keys-title = Çelësat API
api-keys-intro = Çelësat u lejojnë sistemeve të tjera — qendrës së thirrjeve të një pronari, aplikacionit Open311 të një bashkie — të lexojnë sinjalizimet publike të këtij portali dhe të dërgojnë sinjalizime të reja për ambientet e përbashkëta të pallateve që shërben institucioni i tyre. Çdo çelës shfaqet vetëm një herë: kopjojeni në çastin kur krijohet. Çdo përdorim regjistrohet dhe çdo çelës ka kufirin e vet të thirrjeve.
api-keys-issued = Çelësi «{ $name }» u krijua. Kopjojeni tani: nuk do të shfaqet më.
api-keys-revoked-note = Çelësi u anulua: thirrjet e bëra me të tani refuzohen.
api-keys-new = Krijo një çelës
api-keys-name = Emri
api-keys-organisation = Institucioni
api-keys-can-write = Mund të dërgojë sinjalizime (lexim dhe shkrim)
api-keys-create = Krijo çelësin
api-keys-list = Çelësat e krijuar
api-keys-scope = Të drejtat
api-keys-created = Data e krijimit
api-keys-last-used = Përdorimi i fundit
api-keys-uses-today = Përdorime në 24 orë
api-keys-state = Gjendja
api-keys-read-write = Lexim dhe shkrim
api-keys-read-only = Vetëm lexim
api-keys-never = Asnjëherë
api-keys-revoked = Anuluar më { $when }
api-keys-revoke = Anulo
api-keys-revoke-named = Anulo çelësin «{ $name }»
api-keys-none = Nuk është krijuar ende asnjë çelës.
api-key-name-invalid = Jepini çelësit një emër me të shumtën { $max ->
        [one] { $max } shenjë
       *[other] { $max } shenja
    }.
api-key-organisation-unknown = Zgjidhni një institucion nga lista.
open311-group-owner = Pronari i pallatit
open311-service-description = { $category }: sinjalizohet te { $group }.
open311-spot-format = Tekst i lirë, me të shumtën { $max ->
        [one] { $max } shenjë
       *[other] { $max } shenja
    }.
open311-spot-description = Ku saktësisht, në ambientet e përbashkëta të pallatit (për shembull: ashensori, kati përdhes)?
open311-date-invalid = Datat duhet të jenë data-orë W3C me zonë kohore, për shembull 2026-11-30T09:00:00Z.
open311-too-many-ids = Kërkoni të shumtën 1000 sinjalizime sipas id-së njëherësh.
open311-dates-reversed = Data e fillimit është pas datës së mbarimit.
open311-dates-too-wide = Kërkoni të shumtën { $days ->
        [one] një ditë
       *[other] { $days } ditë
    } njëherësh.
open311-status-invalid = Gjendja duhet të jetë open, closed ose të dyja.
open311-page-invalid = Faqja duhet të jetë një numër i plotë nga 1 deri në { $max }.
open311-page-size-invalid = Madhësia e faqes duhet të jetë një numër i plotë nga 1 deri në { $max }.
open311-service-unknown = Ky kod shërbimi nuk ekziston: shihni services.xml.
open311-service-missing = Fusha service_code është e detyrueshme.
open311-position-invalid = Jepni edhe lat, edhe long, në gradë dhjetore.
open311-media-invalid = Fusha media_url nuk përmban një adresë të vlefshme.
open311-media-host = Fotot nuk merren nga { $host }: kërkojuni administratorëve të portalit ta lejojnë, ose mos e vendosni media_url.
open311-media-private = Fotot nuk merren nga { $host }: të çon te një adresë e një rrjeti privat, jo në internet.
open311-media-unreachable = Fotoja e treguar te media_url nuk mund të merrej.
open311-key-missing = Për të dërguar një sinjalizim duhet një çelës api_key.
open311-key-invalid = Çelësi api_key është i panjohur ose është anuluar.
open311-key-read-only = Ky çelës api_key mund vetëm të lexojë.
open311-key-out-of-scope = Institucioni i këtij çelësi api_key nuk përgjigjet për këtë shërbim në atë pallat: mund të dërgojë sinjalizime vetëm aty ku ndërhyn vetë.
open311-location-missing = Tregoni ku: address_id (kodi i një pallati ose PALLAT/SHKALLË), lat dhe long, ose address_string.
open311-location-unknown = Asnjë pallat i lagjes nuk ndodhet në atë vend.
open311-service-notice = Teknikët e pronarit e shohin në radhën e tyre të punëve dhe përgjigjen brenda afatit të shërbimit që parashikohet për përparësinë e tij.
open311-key-service = Çelësat krijohen nga administratorët e portalit: { $url }
