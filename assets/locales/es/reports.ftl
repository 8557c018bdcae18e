# Portineria — reportes y categorías (español).

## Reportes
nav-reports = Reportes
yes = Sí
no = No
reports-title = Reportes
reports-mine = Mis reportes
reports-around = Abiertos en mi escalera y en mi edificio
reports-around-none = No hay reportes abiertos por aquí.
reports-back = Todos los reportes
report-new-button = Reportar una avería
report-new-title = Reportar una avería
report-title = Reporte
report-for-tenant = Está haciendo el reporte en la oficina de atención para { $name }.
report-desk-title = ¿Para quién es el reporte?
report-desk-intro = Busque la vivienda de la persona que vino a la oficina de atención o que llamó por teléfono.
report-desk-find = Buscar
report-desk-file-for = Reportar para { $name }
report-desk-no-tenants = No hay ningún inquilino registrado en esta vivienda de su barrio.
report-desk-answers = la oficina de atención del barrio
report-no-places = Su cuenta no está vinculada a ninguna vivienda: pregunte en la oficina de atención.
report-where = ¿Dónde?
report-what = ¿Qué problema hay?
report-continue = Continuar
where-unit = Dentro de mi casa
where-unit-hint = Piso { $floor }, número { $number }
where-stair = Áreas comunes de la escalera ({ $stair })
where-stair-hint = Rellanos, escaleras, ascensor, sótanos
where-building = Áreas comunes del edificio
where-estate = Patios y espacios del barrio
where-estate-hint = Patios, jardines, caminos, estacionamientos
report-similar-title = Quizás ya lo reportaron
report-similar-intro = Estos reportes están abiertos aquí cerca. Si es el mismo problema, toque «A mí también»: le avisaremos igual que a la persona que lo reportó.
report-me-too = A mí también me pasa
report-me-too-count = { $count ->
    [one] Una persona dijo «a mí también».
   *[other] { $count } personas dijeron «a mí también».
}
report-field-spot = Lugar exacto (opcional)
report-spot-hint = Por ejemplo: sótano, ascensor, patio, segundo piso.
spot-cellar = Sótano
spot-lift = Ascensor
spot-courtyard = Patio
spot-entrance = Entrada
spot-landing = Rellano
spot-roof = Techo
report-field-description = Cuente el problema
report-description-hint = Qué pasa, desde cuándo y si es peligroso. Como máximo { $max ->
        [one] { $max } carácter
       *[other] { $max } caracteres
    }.
report-field-photos = Fotos (opcional)
report-photos-hint = { $max ->
        [one] Una foto JPEG, PNG o WebP
       *[other] Hasta { $max } fotos JPEG, PNG o WebP
    }, de { $mb } MB como máximo cada una.
report-in-unit-title = Solo para averías dentro de la vivienda
report-in-unit-hint = Ayuda al técnico a organizar la visita.
report-permission = El técnico puede entrar aunque yo no esté (con quien tenga las llaves)
time-window-morning = Por la mañana
time-window-afternoon = Por la tarde
time-window-evening = Por la noche
report-show-name = Mostrar mi nombre a los vecinos
report-submit = Enviar el reporte
report-reference = Número { $reference }
report-filed-title = Reporte enviado.
report-filed-body = El número es { $reference }: guárdelo. Le avisaremos aquí y por correo cada vez que haya una novedad.
report-state = Estado
report-expected = Debería quedar resuelto a más tardar el { $date }.
report-private = Este reporte solo lo pueden ver la persona que lo hizo y quienes se encargan de él.
report-details = Detalles
report-field-place = Dónde
report-field-filed = Enviado el
report-who-answers = Quién se encarga
report-permission-short = Pueden entrar sin mí
report-photo-alt = Foto { $number } del reporte
report-timeline = Historial
report-internal = nota interna
report-comment-title = Escribir una novedad
report-comment-label = Mensaje
report-comment-submit = Publicar
report-note-submit = Guardar como nota interna
report-move-title = Cambiar el estado
report-move-to = Nuevo estado
report-move-note = Nota para el inquilino (opcional)
report-move-submit = Actualizar
report-duplicate-title = ¿Es un reporte repetido?
report-duplicate-of = Número del reporte original
report-duplicate-submit = Unir al original
report-competence-title = No nos corresponde
report-transfer-to = Pasar a
report-transfer-reason = Por qué (el inquilino lo leerá)
report-transfer-submit = Pasar el reporte
report-redirect-reason = A quién debe dirigirse y por qué (el inquilino lo leerá)
report-redirect-submit = Cerrar porque no nos corresponde
report-confirm-title = ¿Ya está resuelto?
report-confirm-yes = Sí, ya está bien
report-confirm-no-reason = No: ¿qué es lo que sigue mal?
report-confirm-no = No, volver a abrir el reporte
report-place-unit = { $address }, { $stair }, piso { $floor }, número { $number }
report-place-stair = { $stair }, { $address }
report-place-building = Áreas comunes, { $address }
report-place-estate = Espacios comunes, { $estate }
status-received = Recibido
status-acknowledged = Aceptado
status-scheduled = Visita programada
status-in_progress = En reparación
status-resolved = Resuelto
status-closed = Cerrado
status-not_competent = No corresponde al propietario
status-duplicate = Repetido
status-handled_by_residents = A cargo de los vecinos
next-received = { $organisation } todavía tiene que aceptarlo.
next-acknowledged = { $organisation } lo aceptó y va a organizar el trabajo.
next-scheduled = La visita está programada: le avisaremos qué día será.
next-in_progress = Están haciendo el trabajo.
next-resolved = { $organisation } dice que el problema está resuelto. Si no es así, vuelva a abrir el reporte.
next-closed = El reporte está cerrado.
next-not_competent = No le corresponde a { $organisation }: en el historial verá a quién dirigirse.
next-duplicate = Se unió a otro reporte del mismo problema: sígalo desde allí.
next-handled_by_residents = Los mismos vecinos se encargan (autogestión).
event-filed = Reporte enviado
event-filed-at-desk = Enviado en la oficina de atención para { $tenant }
event-status = Nuevo estado: { $status }
event-reopened = Abierto otra vez: el problema no está resuelto
event-comment = Novedad
event-note = Nota interna
event-transfer = Pasado a { $organisation }
event-duplicate = Unido al reporte { $reference }
event-closed-unconfirmed = Cerrado: nadie contestó a la pregunta «¿ya está resuelto?»
event-who-reporter = Quien hizo el reporte
event-who-system = Portineria
report-description-short = Escriba al menos { $min ->
        [one] { $min } carácter
       *[other] { $min } caracteres
    } para contar el problema.
report-description-long = La descripción puede tener como máximo { $max ->
        [one] { $max } carácter
       *[other] { $max } caracteres
    }.
report-spot-long = El lugar exacto puede tener como máximo { $max ->
        [one] { $max } carácter
       *[other] { $max } caracteres
    }.
report-location-invalid = Elija dónde está el problema.
report-category-invalid = Elija qué problema hay.
report-time-windows-invalid = Los horarios no son válidos.
report-idempotency-key-invalid = La clave de envío no es válida.
report-no-home = Para este reporte su cuenta tiene que estar vinculada a una vivienda: pregunte en la oficina de atención.
report-filter-invalid = El filtro no es válido.
report-status-invalid = El estado no es válido.
report-reason-required = Escriba el motivo: el inquilino lo leerá.
report-comment-long = El mensaje puede tener como máximo { $max ->
        [one] { $max } carácter
       *[other] { $max } caracteres
    }.
report-duplicate-needs-original = Para marcar un reporte repetido, indique el reporte original.
report-duplicate-unknown = No hay ningún reporte con ese número que pueda ser el original.
report-changed-meanwhile = Mientras tanto el reporte ha cambiado, así que su cambio no se ha hecho. Mire cómo está ahora y vuelva a intentarlo si hace falta.
report-transfer-unknown = No se puede pasar el reporte a esa entidad.
photo-too-many = { $max ->
        [one] Puede adjuntar una sola foto.
       *[other] Puede adjuntar como máximo { $max } fotos.
    }
photo-too-large = La foto { $number } es demasiado grande: como máximo { $max } MB.
photo-empty = La foto { $number } está vacía (0 bytes): vuelva a elegirla o vuelva a tomarla.
photo-too-many-pixels = La foto { $number } tiene demasiados píxeles: achíquela o vuelva a tomarla.
photo-heic = La foto { $number } está en formato HEIC, que no podemos leer: en los ajustes de la cámara elija «Más compatible» (JPEG) o envíe una captura de pantalla.
photo-unsupported = El archivo { $number } no es una foto JPEG, PNG o WebP.
photo-corrupt = La foto { $number } está dañada o incompleta: intente tomarla otra vez.
pending-title = Esperando para enviar
pending-waiting = Esperando conexión: se enviará en cuanto se pueda.
pending-sending = Enviando…
pending-sent = Enviado.
pending-failed = No se pudo enviar: vuelva a llenar el formulario.
pending-offline-saved = Está sin conexión: el reporte quedó guardado en el teléfono y se enviará solo.
pending-view = Ver el reporte
home-inbox = Novedades
home-inbox-new = nuevo
home-all-reports = Todos los reportes
home-desk-open = Reportes abiertos en el barrio
mail-report_update-subject = Novedad en el reporte { $reference }
mail-report_update-intro = Hay una novedad en el reporte { $reference }:
mail-report_update-status = Estado actual: { $status }
mail-report_update-link = Para ver el reporte:
mail-report_update-button = Abrir el reporte

## Categorías
nav-categories = Categorías
categories-title = Categorías de avería
categories-intro = Nombres en cada idioma, prioridad inicial y quién se encarga. Los reportes que van a la oficina de atención son siempre privados.
categories-name = Nombre ({ $language })
categories-priority = Prioridad inicial
categories-routing = Quién se encarga
categories-routing-owner = El propietario del edificio
categories-routing-desk = La oficina de atención del barrio (mediación, privado)
categories-active = Se puede elegir al hacer un reporte
categories-save = Guardar
category-name-invalid = Cada nombre debe tener de 1 a { $max ->
        [one] { $max } carácter
       *[other] { $max } caracteres
    }.
category-priority-invalid = La prioridad no es válida.
category-routing-invalid = Quién se encarga: la opción no es válida.
priority-low = Baja
priority-normal = Normal
priority-high = Alta
priority-urgent = Urgente

## Cuándo está el inquilino en casa
times-title = ¿Cuándo pueden ir a su casa?
times-intro = Elija cuándo suele estar en casa. Si permite que entren aunque usted no esté, el técnico también puede ir en otros horarios.
times-windows = Normalmente estoy en casa
times-submit = Guardar
report-availability-empty = Elija al menos un horario, o permita que entren aunque usted no esté.
event-availability-requested = Le preguntamos al inquilino cuándo está en casa
event-availability-windows = El inquilino está en casa: { $windows }
event-availability-windows-permission = El inquilino está en casa: { $windows }. También se puede entrar cuando no está.
event-availability-permission = Se puede entrar aunque el inquilino no esté en casa
mail-visit_reminder-subject = Mañana, la visita por { $reference }
mail-visit_reminder-intro = mañana el técnico va a tu casa por el reporte { $reference }:
mail-visit_reminder-away = Si no habrá nadie en casa, dilo en la página del reporte: buscaremos otro día.
