# Asambleas de escalera y de edificio: convocatoria, acta, decisiones.

notice-kind-assembly = Asamblea
notice-history-minutes = Acta publicada
notice-history-minutes-corrected = Acta corregida
assembly-form-when = Evento o asamblea: día, hora y lugar
assembly-when-required = Una asamblea necesita el día y la hora.
assembly-minutes = Acta de la asamblea
assembly-published-on = Fecha de publicación: { $when }
assembly-attendance = { $count ->
        [one] { $count } familia presente
       *[other] { $count } familias presentes
    }
assembly-decisions = Decisiones y votos
assembly-decision = Decisión
assembly-decision-number = Decisión { $number }
assembly-votes-for = A favor
assembly-votes-against = En contra
assembly-votes-abstained = Abstenciones
assembly-result = Resultado
assembly-carried = Aprobada
assembly-not-carried = No aprobada
assembly-publish-minutes = Publicar el acta
assembly-correct-minutes = Corregir el acta
assembly-field-minutes = Acta: de qué se habló, quién tomó la palabra
assembly-field-attendance = Familias presentes
assembly-decisions-hint = Una fila por cada decisión, con los votos. Las filas vacías no cuentan.
assembly-past-decisions = Decisiones de asambleas pasadas
assembly-held-on = Asamblea
assembly-minutes-required = Escriba el acta.
assembly-minutes-long = El acta puede tener como máximo { $max ->
        [one] { $max } carácter
       *[other] { $max } caracteres
    }.
assembly-decisions-many = El acta puede tener como máximo { $max ->
        [one] { $max } decisión
       *[other] { $max } decisiones
    }.
assembly-decision-text-required = Escriba el texto de cada decisión que tenga votos.
assembly-decision-long = Una decisión puede tener como máximo { $max ->
        [one] { $max } carácter
       *[other] { $max } caracteres
    }.
assembly-votes-invalid = Los votos son números enteros de 0 a { $max }.
assembly-attendance-invalid = Las familias presentes son un número entero de 0 a { $max }.
assembly-not-yet-met = El acta se publica después de la asamblea: todavía no ha llegado su hora.
