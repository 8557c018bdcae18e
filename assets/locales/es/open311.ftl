# Claves API (página de administración) y Open311 GeoReport v2.
nav-api-keys = Claves API
api-keys-title = Claves API
api-keys-intro = Las claves permiten que otros sistemas — la central de llamadas de un propietario, la app Open311 de un ayuntamiento — lean los reportes públicos de este portal y envíen reportes nuevos sobre las áreas comunes de los edificios que atiende su entidad. Cada clave se muestra una sola vez: cópiela en el momento en que se crea. Cada uso queda registrado y cada clave tiene su propio límite de llamadas.
api-keys-issued = Clave «{ $name }» creada. Cópiela ahora: no se volverá a mostrar.
api-keys-revoked-note = La clave fue revocada: las llamadas hechas con ella ahora se rechazan.
api-keys-new = Crear una clave
api-keys-name = Nombre
api-keys-organisation = Entidad
api-keys-can-write = Puede enviar reportes (lectura y escritura)
api-keys-create = Crear la clave
api-keys-list = Claves creadas
api-keys-scope = Permisos
api-keys-created = Fecha de creación
api-keys-last-used = Último uso
api-keys-uses-today = Usos en 24 horas
api-keys-state = Estado
api-keys-read-write = Lectura y escritura
api-keys-read-only = Solo lectura
api-keys-never = Nunca
api-keys-revoked = Revocada el { $when }
api-keys-revoke = Revocar
api-keys-revoke-named = Revocar la clave «{ $name }»
api-keys-none = Todavía no se ha creado ninguna clave.
api-key-name-invalid = Dé a la clave un nombre de { $max ->
        [one] { $max } carácter
       *[other] { $max } caracteres
    } como máximo.
api-key-organisation-unknown = Elija una entidad de la lista.
open311-group-owner = Propietario del edificio
open311-service-description = { $category }: reportado a { $group }.
open311-spot-format = Texto libre, { $max ->
        [one] { $max } carácter
       *[other] { $max } caracteres
    } como máximo.
open311-spot-description = ¿Dónde exactamente, en las áreas comunes del edificio (por ejemplo: ascensor, planta baja)?
open311-date-invalid = Las fechas deben ser fechas y horas W3C con zona horaria, por ejemplo 2026-11-30T09:00:00Z.
open311-too-many-ids = Pida como máximo 1000 reportes por id a la vez.
open311-dates-reversed = La fecha de inicio es posterior a la fecha de fin.
open311-dates-too-wide = Pida como máximo { $days ->
        [one] { $days } día
       *[other] { $days } días
    } a la vez.
open311-status-invalid = El estado debe ser open, closed o ambos.
open311-page-invalid = La página debe ser un número entero del 1 al { $max }.
open311-page-size-invalid = El tamaño de página debe ser un número entero del 1 al { $max }.
open311-service-unknown = No existe ese código de servicio: consulte services.xml.
open311-service-missing = El service_code es obligatorio.
open311-position-invalid = Indique tanto lat como long, en grados decimales.
open311-media-invalid = El media_url no es una dirección válida.
open311-media-host = Las fotos no se descargan desde { $host }: pida a los administradores del portal que lo permitan, o no incluya media_url.
open311-media-private = Las fotos no se descargan desde { $host }: lleva a una dirección de una red privada, no de internet.
open311-media-unreachable = No se pudo descargar la foto indicada en media_url.
open311-key-missing = Para enviar un reporte hace falta una api_key.
open311-key-invalid = La api_key es desconocida o fue revocada.
open311-key-read-only = Esta api_key solo puede leer.
open311-key-out-of-scope = La entidad de esta api_key no se encarga de este servicio en ese edificio: solo puede presentar avisos donde le corresponde intervenir.
open311-location-missing = Indique dónde: address_id (código de un edificio o EDIFICIO/ESCALERA), lat y long, o address_string.
open311-location-unknown = No hay ningún edificio del barrio en ese lugar.
open311-service-notice = Los técnicos del propietario lo ven en su lista de trabajos pendientes y responden dentro del plazo de atención que corresponde a su prioridad.
open311-key-service = Las claves las crean los administradores del portal: { $url }
