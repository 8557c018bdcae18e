# Portineria — trabajo de los técnicos y de la oficina de atención (español).

## Trabajo de los técnicos
nav-work = Trabajos pendientes
nav-agenda = Agenda
nav-team = Equipo
work-title = Trabajos pendientes
work-quick-filters = Filtros rápidos
work-all-open = Abiertos
work-overdue = Atrasados
work-unassigned = Sin asignar
work-mine = Asignados a mí
work-filters = Más filtros
work-any = Todos
work-apply = Aplicar
work-filter-building = Edificio
work-filter-category = Categoría
work-filter-state = Estado
work-filter-priority = Prioridad
work-filter-assignee = Asignado a
work-results = { $total ->
        [one] { $total } reporte
       *[other] { $total } reportes
    }, página { $page } de { $pages }; primero los que vencen antes.
work-pick = Seleccionar { $reference }
work-due = vence el { $date }
work-overdue-tag = atrasado
work-bulk-title = Para los reportes seleccionados
work-bulk-action = Acción
work-bulk-acknowledge = Aceptar
work-bulk-assign = Asignar a
work-bulk-comment = Publicar la misma novedad
work-bulk-assignee = Técnico
work-bulk-body = Mensaje (al aceptar o para la novedad)
work-bulk-submit = Aplicar a los seleccionados
work-bulk-none = Seleccione al menos un reporte.
work-pages = Páginas
work-previous = Anteriores
work-next = Siguientes
report-overdue = Atrasado respecto a los plazos de atención.
report-waiting = Sin respuesta desde hace { $days ->
    [one] 1 día
   *[other] { $days } días
}
triage-title = Gestión
triage-response-due = Primera respuesta a más tardar el { $date }.
triage-priority-submit = Cambiar la prioridad
triage-assignee = Asignado a
triage-assign-submit = Asignar
report-assignee-invalid = Solo se puede asignar a un técnico de la entidad que se encarga.
report-priority-invalid = La prioridad no es válida.
event-priority = Prioridad: { $priority }
event-assigned = Asignado a { $name }
event-unassigned = Se quitó la asignación
templates-pick = Respuestas rápidas:
templates-other-language = no está en el idioma del inquilino: { $language }
visits-title = Visitas
visit-status-planned = Programada
visit-status-done = Hecha
visit-status-cancelled = Cancelada
visit-manage = Gestionar la visita
visit-change-label = ¿No puede estar? Escriba cuándo puede
visit-change-submit = Pedir otro día u hora
visit-schedule-title = Programar una visita
visit-tenant-windows = Horarios que prefiere el inquilino
visit-technician = Técnico
visit-day = Día
visit-from = Desde las
visit-until = Hasta las
visit-reason = Motivo (el inquilino lo leerá)
visit-schedule-submit = Programar y avisar
visit-reschedule-submit = Cambiar la visita de fecha
visit-cancel-submit = Cancelar la visita
visit-done-notes = Qué se hizo
visit-done-outcome = Resultado
visit-done-photos = Fotos de «después» (opcional)
visit-done-submit = Marcar la visita como hecha
visit-time-invalid = Indique un día y un horario válidos (el final después del inicio, dentro de un año como máximo).
visit-outside-windows = La hora no está dentro de los horarios que indicó el inquilino.
visit-not-planned = Esta visita ya no está programada.
visit-already-planned = Ya hay una visita programada para este reporte a esa hora.
event-visit-scheduled = Visita programada: { $when }
event-visit-rescheduled = Visita cambiada de fecha: { $when }
event-visit-cancelled = Visita cancelada ({ $when })
event-visit-change-requested = El inquilino pide cambiar la visita del { $when }
event-visit-done = Visita hecha ({ $when })
agenda-title = Agenda
agenda-week = Semana del { $week }
agenda-previous = Semana anterior
agenda-next = Semana siguiente
agenda-free = No hay visitas.
agenda-change-requested = Pidió cambiar la fecha
agenda-feed-name = Portineria — visitas
agenda-feed-title = En el calendario del teléfono
agenda-feed-intro = Agregue esta dirección como calendario «por suscripción»: las visitas aparecerán solas. No la comparta; si lo hizo, cree una nueva.
agenda-feed-url = Dirección del calendario
agenda-feed-renew = Crear una dirección nueva (la anterior deja de funcionar)
team-title = Equipo y plazos de atención
team-workload = Carga de trabajo
team-open = Abiertos asignados
team-visits = Visitas programadas
team-levels = Plazos de atención
team-levels-intro = Para cada prioridad, en cuántas horas hay que dar la primera respuesta y resolver.
team-first-response = Primera respuesta (horas)
team-resolution = Solución (horas)
service-level-invalid = Los plazos van de 1 a 8760 horas, y la primera respuesta no puede ser después de la solución.
team-templates = Respuestas rápidas
team-templates-none = No hay respuestas rápidas.
team-template-title = Título
team-template-body = Texto
team-template-hint = Puede usar {"{"}reference{"}"}, {"{"}category{"}"} y {"{"}place{"}"}: se cambian por el número, la categoría y el lugar.
team-template-all = Todas las categorías
team-template-add = Agregar la respuesta
team-template-delete = Borrar «{ $title }»
template-title-invalid = El título debe tener de 1 a { $max ->
        [one] { $max } carácter
       *[other] { $max } caracteres
    }.
template-body-invalid = El texto debe tener de 1 a { $max ->
        [one] { $max } carácter
       *[other] { $max } caracteres
    }.
mail-digest-subject = Reportes atrasados
mail-digest-intro = { $count ->
    [one] Hay un reporte atrasado respecto a los plazos de atención:
   *[other] Hay { $count } reportes atrasados respecto a los plazos de atención:
}
mail-digest-link = Abrir los reportes atrasados
work-filter-building-hint = Elija un barrio y aplique el filtro para poder filtrar también por edificio.

## Visitas y horarios del inquilino
visit-without-tenant = Entrar sin el inquilino (con su permiso)
visit-permission-hint = El inquilino permite entrar aunque no esté en casa: la visita puede ser también fuera de sus horarios.
visit-needs-times = El inquilino todavía no dijo cuándo está en casa. Pregúntele antes de fijar la visita.
visit-ask-times = Preguntar al inquilino cuándo está en casa
visit-needs-windows = El inquilino no dijo cuándo está en casa ni dio permiso para entrar sin él: pregúntele antes de fijar la visita.
visit-availability-not-in-flat = Solo se pregunta cuándo está el inquilino en casa para trabajos dentro de la vivienda.

visit-outcome-nobody-home = Nadie en casa: hay que reprogramar
event-visit-no-access = El técnico vino ({ $when }) pero no encontró a nadie en casa
visit-status-nobody-home = Nadie en casa
