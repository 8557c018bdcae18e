# Portineria — kit de bienvenida y cuentas del edificio (español).

## Kit de bienvenida
kit-title = Kit de bienvenida
kit-contents = Índice
kit-print = Imprimir el kit
kit-empty = Todavía no se ha escrito el kit de este barrio.
kit-updated = Actualizado el { $date } por { $name }
kit-topic-numbers = Teléfonos útiles y horarios
kit-topic-rules = Normas para vivir juntos
kit-topic-services = Servicios del barrio
kit-topic-waste = Recolección de basura
kit-topic-history = La historia del barrio
kit-edit-title = Escribir el kit de bienvenida
kit-edit-intro = Cada vez que guarda se crea una versión nueva; las anteriores quedan en el historial.
kit-propose-intro = Sus propuestas llegan a la oficina de atención, que las aprueba o no.
kit-missing = Partes aún sin traducir a estos idiomas: { $languages }.
kit-not-written = por escribir
kit-proposals = hay propuestas
kit-versions = { $count ->
    [one] Una versión hasta ahora.
   *[other] { $count } versiones hasta ahora.
}
kit-propose = Proponer
kit-approve = Aprobar
kit-reject = No aprobar
kit-title-invalid = El título debe tener de 1 a { $max ->
        [one] { $max } carácter
       *[other] { $max } caracteres
    }.
kit-body-long = El texto puede tener como máximo { $max ->
        [one] { $max } carácter
       *[other] { $max } caracteres
    }.
kit-topic-invalid = Elija de la lista una parte del kit.
kit-reviewed-meanwhile = Otra persona ya decidió sobre esta propuesta mientras tanto: por favor, vuelva a cargar la página para verla como está ahora.

## Cuentas del edificio
accounts-title = Los gastos del edificio
accounts-contracts = Contratos de servicio
accounts-expenses = Gastos del año
accounts-shares = Lo que le toca pagar
accounts-none = Por ahora no hay nada que mostrar.
accounts-no-share = No hay nada que mostrar sobre su parte.
accounts-year = Año { $year }
accounts-year-column = Año
accounts-item = Concepto
accounts-amount = Importe
accounts-total = Total
accounts-since = desde el { $from }
accounts-flat = { $stair }, piso { $floor }, número { $number }
accounts-service-cleaning = Limpieza
accounts-service-green = Áreas verdes
accounts-service-lift = Ascensor
accounts-service-heating = Calefacción
accounts-service-waste = Basura
accounts-service-other = Otros
accounts-add-expense = Agregar un gasto
accounts-building-code = Código del edificio
accounts-add = Agregar

## Importación
import-title = Importar desde un archivo CSV
import-intro = Un archivo con una fila de encabezado. Contratos: building_code, service, contractor, starts_on, ends_on, contact. Gastos: building_code, year, item, amount. Partes de cada inquilino: unit_code, year, amount. Si una fila está mal, no se importa nada.
import-kind = Qué contiene el archivo
import-file = Archivo CSV
import-submit = Importar
import-done = { $count ->
    [one] Se importó una fila.
   *[other] Se importaron { $count } filas.
}
import-refused = No se importó nada. Corrija estas filas e inténtelo otra vez:
import-line = Fila { $line }: { $problem }
import-columns = faltan columnas.
import-building-unknown = edificio desconocido, o que no es de su barrio.
import-unit-unknown = vivienda desconocida, o que no es de su barrio.
import-service-unknown = servicio desconocido (cleaning, green, lift, heating, waste, other).
import-date-invalid = fecha no válida (AAAA-MM-DD o DD/MM/AAAA; el final después del inicio).
import-amount-invalid = año o importe no válidos.
import-item-missing = falta el concepto del gasto.
import-contractor-missing = falta el nombre de la empresa.
import-unreadable = el archivo no se puede leer como CSV.
import-empty = El archivo no tiene filas para importar.
# Between the names in a list ("English, Shqip").
list-separator = { ", " }
