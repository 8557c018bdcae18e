## Indicadores y resumen del barrio
nav-stats = Indicadores
nav-summary = El barrio en cifras
stats-title = Indicadores
stats-period = De { $from } a { $to }
stats-worked-out = Datos a las { $time }; se actualizan { $minutes ->
        [one] cada minuto
       *[other] cada { $minutes } minutos
    }.
stats-no-landlord = Todavía sin asignar
stats-estate-areas = Espacios comunes del barrio
stats-days = { $days ->
        [one] { $days } día
       *[other] { $days } días
    }
stats-percent = { $percent }%
stats-by-landlord = Por propietario
stats-by-building = Por edificio
stats-by-category = Por tipo de avería
stats-by-month = Por mes
stats-column-landlord = Propietario
stats-column-building = Edificio
stats-column-category = Tipo de avería
stats-column-month = Mes
stats-received = Recibidos
stats-open = Abiertos
stats-overdue = Atrasados
stats-answer-median = Primera respuesta (mediana)
stats-answer-p90 = Primera respuesta (90%)
stats-fix-median = Reparación (mediana)
stats-fix-p90 = Reparación (90%)
stats-reopen-rate = Abiertos otra vez
stats-residents-share = A cargo de los vecinos
stats-fixed-yes = «¿Ya está resuelto?» Sí
stats-fixed-no = «¿Ya está resuelto?» No
stats-none = No hay reportes en este período.
stats-from = Desde el mes
stats-to = Hasta el mes
stats-month-hint = Año y mes, por ejemplo 2026-03.
stats-side-by-side = Los propietarios, uno al lado del otro
stats-total = { $received ->
        [one] { $received } reporte recibido
       *[other] { $received } reportes recibidos
    }; todavía abiertos: { $open }; atrasados: { $overdue }.
stats-chart-title = Días hasta la primera respuesta y hasta la reparación (mediana), por propietario
stats-chart-caption = Las mismas cifras están en la tabla «Por propietario», más abajo.
stats-table-csv = Descargar «{ $table }» en CSV
stats-export = Exportar
stats-export-hint = Todos los reportes del período con sus fechas (recibido, aceptado, programado, resuelto, cerrado), sin nombres ni datos de contacto.
stats-export-reports = Descargar los reportes en CSV
summary-title = El barrio en cifras
summary-intro = Cuánto tardaron los propietarios en responder y en reparar, en los últimos doce meses. Sin datos personales.
summary-sentence = { $landlord } responde en { $answer ->
        [one] { $answer } día
       *[other] { $answer } días
    } y repara en { $fix ->
        [one] { $fix } día
       *[other] { $fix } días
    } (mediana).
summary-too-few = { $landlord }: todavía hay muy pocos reportes terminados para calcular los tiempos.
summary-public = Esta página es pública: cualquiera puede leerla sin entrar con una cuenta.
summary-private = Esta página es para quienes viven o trabajan en el barrio.
summary-publish = Publicar esta página también para quien no tiene cuenta
summary-save = Guardar
summary-sign-in = Entre con su cuenta para ver las cifras de su barrio.
error-stats-filter = Un filtro no es válido: elija una de las opciones ofrecidas.
error-stats-month = Escriba el mes como año y mes, por ejemplo 2026-03.
error-stats-period = El período va de un mes a diez años, y el primer mes tiene que ser anterior al último.

stats-home-visits = Visitas en la vivienda
stats-nobody-home = Nadie en casa
