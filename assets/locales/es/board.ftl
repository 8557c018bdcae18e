# Portineria — tablones, avisos, obras, impresión y suscripciones (español).

## Navegación
nav-board = Tablón de avisos
nav-works = Obras
nav-welcome = Bienvenida
nav-transparency = Gastos del edificio

## Tablón de avisos
board-title = Tablón de avisos
board-notices = Avisos
board-archive = Archivo de avisos vencidos
board-current = Avisos actuales
board-older = Avisos anteriores
board-empty = Por ahora no hay avisos.
board-pending = Por aprobar
board-post = Escribir un aviso
board-print = Imprimir el tablón
board-show = Mostrar
board-delegates = Los representantes de su escalera y de su edificio
board-feeds = El tablón en su teléfono y en su calendario
board-feeds-intro = Estas direcciones son solo suyas: péguelas en un lector de noticias o en el calendario del teléfono. Si se las dio a alguien por error, cree unas nuevas.
board-feed-atom = Avisos (Atom)
board-feed-calendar = Eventos y obras (calendario)
board-calendar-name = Portineria — eventos y obras
home-all-notices = Todos los avisos
role-stair_delegate = representante de escalera
role-building_delegate = representante del edificio
contact-title = Cómo pueden comunicarse con usted los vecinos
contact-intro = Como representante, su nombre aparece en el tablón. Aquí elige qué más mostrar: solo se verá lo que usted escriba o marque.
contact-phone = Teléfono
contact-show-email = Mostrar mi correo electrónico
contact-hours = Cuándo llamar
contact-phone-invalid = Escriba el teléfono con números, espacios o el signo + (como máximo 30 caracteres).
contact-hours-invalid = Escriba el horario en pocas palabras (como máximo 80 caracteres).

## Avisos
notice-title = Aviso
notice-form-title = Nuevo aviso
notice-back = Volver al tablón
notice-urgent = Urgente
notice-pinned = Destacado
notice-pending = Esperando aprobación
notice-in-italian = Todavía no está traducido: se muestra en italiano.
notice-until = hasta el { $date }
notice-period = del { $from } al { $until }
notice-event-when = Cuándo
notice-works-when = Obras
notice-services = Servicios afectados
notice-mark-seen = Ya lo leí
notice-seen-by-you = Usted marcó este aviso como leído.
notice-kind = Tipo de aviso
notice-kind-agency = Aviso del propietario
notice-kind-works = Obras programadas
notice-kind-event = Evento
notice-kind-rules = Normas de convivencia
notice-kind-offer_seek = Busco y ofrezco
notice-progress = Estado de las obras
notice-progress-planned = Programadas
notice-progress-in_progress = En curso
notice-progress-suspended = Suspendidas
notice-progress-done = Terminadas
notice-progress-save = Actualizar el estado
notice-service-water = agua
notice-service-lift = ascensor
notice-service-heating = calefacción
notice-service-gas = gas
notice-service-electricity = luz
notice-where = Dónde
notice-optional = opcional
notice-field-title = Título
notice-field-body = Texto
notice-markdown-hint = Puede usar **negrita**, *cursiva*, listas con guion y enlaces. Cualquier otro código se muestra como texto.
notice-field-urgent = Urgente: avisar enseguida a todos los inquilinos, también por correo
notice-field-pinned = Destacado arriba del todo en el tablón
notice-field-starts = Se ve desde
notice-field-expires = Se ve hasta (después pasa al archivo)
notice-field-event-day = Día
notice-field-event-time = Hora
notice-field-event-place = Lugar
notice-field-works-from = Inicio de las obras
notice-field-works-until = Fin de las obras
notice-field-image = Una foto (opcional)
notice-publish = Publicar
notice-propose = Enviar al representante
notice-proposal-intro = Puede ofrecer o pedir ayuda a los vecinos de su escalera. El representante lo lee y lo pone en el tablón.
notice-posted = El aviso está en el tablón.
notice-posted-pending = Gracias: el representante de su escalera lo leerá y lo pondrá en el tablón.
notice-actions = Qué puede hacer
notice-print = Imprimir para el tablón de la entrada
notice-approve = Aprobar y publicar
notice-edit = Cambiar el aviso
notice-remove = Quitar del tablón
notice-reject = No publicar
notice-remove-reason = Por qué (queda en el historial del aviso)
notice-readership = Quién lo leyó
notice-seen-count = { $seen ->
        [one] Lo leyó { $seen } familia
       *[other] Lo leyeron { $seen } familias
    } de { $households }.
notice-unseen-flats = Viviendas que todavía no lo leyeron
notice-history = Historial del aviso
notice-history-posted = Escrito
notice-history-edited = Cambiado
notice-history-approved = Aprobado
notice-history-removed = Quitado del tablón
notice-history-progress = Estado de las obras actualizado
notice-image-alt = Foto del aviso «{ $title }»
notice-title-required = Escriba por lo menos el título en italiano.
notice-language-twice = Cada idioma puede aparecer solo una vez.
notice-title-long = El título puede tener como máximo { $max ->
        [one] { $max } carácter
       *[other] { $max } caracteres
    }.
notice-body-long = El texto puede tener como máximo { $max ->
        [one] { $max } carácter
       *[other] { $max } caracteres
    }.
notice-place-long = El lugar puede tener como máximo { $max ->
        [one] { $max } carácter
       *[other] { $max } caracteres
    }.
notice-reason-required = Escriba por qué.
notice-reason-long = El motivo puede tener como máximo { $max ->
        [one] { $max } carácter
       *[other] { $max } caracteres
    }.
notice-dates-invalid = Revise las fechas: el final no puede ser antes del inicio.
notice-services-invalid = Elija los servicios de la lista.
notice-place-invalid = Elija de la lista dónde publicar.
notice-kind-invalid = Elija el tipo de aviso.
notice-progress-invalid = Elija de la lista el estado de las obras.
notice-move-invalid = Un aviso no se puede mover: quítelo y escriba uno nuevo.
notice-flags-direct-only = Solo quien publica un aviso directamente puede marcarlo como urgente o fijarlo arriba: desmarque la casilla y envíelo de nuevo.
notice-kind-not-allowed = Aquí no puede publicar un aviso de este tipo: por favor, elija otro tipo.
notice-changed-meanwhile = Otra persona ha cambiado este aviso mientras tanto: por favor, vuelva a cargar la página para verlo como está ahora.

## Obras del edificio
works-title = Obras y mantenimiento
works-planned = Obras programadas y en curso
works-none = No hay obras programadas.
works-reports = Reportes de las áreas comunes que se están atendiendo
works-no-reports = No hay reportes abiertos en las áreas comunes.
works-no-building = Elija un edificio.

## Impresión
print-qr-notice = Lea el aviso en su teléfono
print-qr-report = Reporte una avería
print-qr-board = El tablón en su teléfono
print-qr-activate = Active su cuenta

## Correo
mail-notice_urgent-subject = Aviso urgente: { $title }
mail-notice_urgent-intro = Hay un aviso urgente para { $place }:
mail-notice_urgent-link = Para leerlo y marcar que lo leyó:
mail-notice_urgent-button = Abrir el aviso
