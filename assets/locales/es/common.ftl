# Portineria — mensajes comunes a todas las páginas (español).

## Estructura de la página
skip-to-content = Ir al contenido
nav-label = Menú principal
nav-home = Inicio
nav-profile = Mi perfil
nav-register-tenant = Registrar a un inquilino
nav-sign-out = Salir
language-switcher = Idioma:
footer-tagline = Portineria — la portería digital de su barrio.

## Campos comunes
field-name = Nombre y apellido
field-email = Correo electrónico
field-username = Nombre de usuario
field-language = Idioma
field-new-password = Nueva contraseña
field-confirm-password = Repita la contraseña
field-current-password = Contraseña actual
password-hint = Al menos { $min ->
        [one] { $min } carácter
       *[other] { $min } caracteres
    }. Puede usar una frase que recuerde fácilmente.
back-to-login = Volver a la entrada

## Inicio
home-title = Inicio
home-greeting = Hola, { $name }
home-my-home = Mi casa
home-my-reports = Mis reportes
home-no-reports = Todavía no tiene reportes.
home-stair-notices = Avisos de su escalera ({ $stair })
home-no-notices = No hay avisos para su escalera.
home-delegate-title = Usted es representante
home-delegate-stair = Usted es representante de escalera: { $stair }, { $address }.
home-delegate-building = Usted es representante del edificio: { $building }.
home-desk-title = Oficina de atención — { $estate }
home-desk-intro = Aquí registra a los inquilinos que no tienen correo electrónico e imprime su carta de activación.
home-queue-title = Trabajos pendientes
home-queue-empty = No hay reportes pendientes.
home-buildings-title = Edificios a su cargo
home-no-buildings = Ningún edificio.
home-units-count = { $count ->
    [one] 1 vivienda
   *[other] { $count } viviendas
}
home-team-title = Equipo técnico
home-team-empty = No hay técnicos registrados.
home-installation-title = Instalación
home-import-hint = Los barrios, edificios, escaleras y viviendas se importan desde un archivo CSV con «portineria import».
totals-organisations = Entidades
totals-estates = Barrios
totals-buildings = Edificios
totals-stairs = Escaleras
totals-units = Viviendas
totals-users = Personas registradas

## Lugares
place-address = Dirección
place-stair = Escalera
place-unit = Vivienda
place-unit-floor = Piso { $floor }, número { $number }
place-estate = Barrio
place-owner = Propietario

## Errores
error-title = Algo salió mal
error-status = Código de error { $status }.
error-home = Volver al inicio
error-not-found = No encontramos esta página, o usted no tiene permiso para verla.
error-unauthenticated = Para continuar, tiene que entrar con su cuenta.
error-csrf = El formulario caducó. Vuelva a cargar la página e inténtelo otra vez.
error-rate-limited = Demasiados intentos. Espere unos minutos e inténtelo otra vez.
error-internal = Hubo un error. Inténtelo otra vez en un rato; si sigue pasando, avise a la oficina de atención.
error-unavailable = El portal no puede acceder a sus datos en este momento. Inténtelo de nuevo en unos minutos: lo que ya envió está a salvo.
error-cannot-save = El portal no puede guardar nada en este momento: su almacenamiento está lleno o es de solo lectura. Inténtelo más tarde: lo que ya envió está a salvo.
error-changed-meanwhile = Otra persona cambió lo mismo en el mismo momento: no se ha guardado nada. Vuelva a cargar la página e inténtelo de nuevo.
error-form-invalid = El formulario enviado está incompleto. Vuelva a cargar la página e inténtelo otra vez.
error-form-too-large = El formulario enviado es demasiado grande.
error-json-invalid = La solicitud no es un JSON válido o le faltan campos.
error-query-invalid = Los parámetros de la solicitud no son válidos.
error-too-large = La solicitud es demasiado grande.

## Fechas y horas (hora de Italia: todos los barrios están en Italia)
time-local = { $date }, { $time } (hora de Italia)
time-slot = { $weekday } { $date }, { $from }–{ $until } (hora de Italia)
amount-euro = { $amount } €

## La aplicación en el teléfono
app-name = Portineria — su barrio
app-short-name = Portineria
app-description = Reportes, tablón de avisos y kit de bienvenida de su barrio
offline-title = Está sin conexión
offline-intro = Esta página no está guardada en el teléfono. Puede abrir las páginas que ya vio y escribir un reporte: se enviará cuando vuelva la conexión.
offline-as-of = Está sin conexión: así estaba esta página el { $when }.

## Lectura cómoda y traducciones
display-large-text = Letra más grande
display-high-contrast = Alto contraste
display-invalid = Esa opción de pantalla no existe.
nav-translations = Traducciones
translations-title = Textos por traducir
translations-intro = Categorías, avisos vigentes y partes del kit de bienvenida que aún no están escritos en todos los idiomas: mientras tanto se leen en italiano.
translations-missing-count = { $count ->
    [one] falta 1 texto
   *[other] faltan { $count } textos
}
translations-categories = Categorías
translations-notices = Avisos
translations-kit = Kit de bienvenida
translations-templates = Respuestas rápidas
