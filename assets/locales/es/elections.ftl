# Elecciones de representantes de escalera y de edificio, con voto secreto.
elections-title = Elecciones de representantes
nav-elections = Elecciones
elections-intro = A los representantes los eligen los vecinos: cada vivienda tiene un voto, en la web, por SMS o en papel en la oficina de atención, y el voto es secreto.
elections-none = Por ahora no hay elecciones.
elections-open-title = Convocar una elección
elections-open-place = Para qué escalera o edificio
elections-open-nominations-last = Último día para presentar candidaturas
elections-open-voting-first = Primer día de votación
elections-open-voting-last = Último día de votación
elections-open-term = Duración del cargo, en meses
elections-open-submit = Convocar la elección
election-rule-general = Gana quien tiene más votos; si dos o más personas empatan en el último puesto, se vuelve a votar solo entre ellas (segunda vuelta). Si hay una sola candidatura, se vota sí o no.
election-place-building = Edificio: { $building }
election-place-stair = Escalera: { $stair }, { $address }
election-page-title = Elección de representantes
election-title-stair = Elección de representante de escalera: { $place }
election-title-building = Elección de representante del edificio: { $place }
election-status-nominations = Candidaturas abiertas hasta el { $when }.
election-status-waiting = Candidaturas cerradas. La votación empieza el { $when }.
election-status-voting = Se vota hasta el { $when }.
election-status-counting = La votación terminó el { $when }: la oficina de atención está contando los votos.
election-status-closed = Elección cerrada el { $when }.
election-seats = Puestos
election-nominations-until = Candidaturas hasta el
election-voting = Votación
election-from-to = del { $from } al { $to }
election-term = Duración del cargo
election-term-months = { $count ->
    [one] un mes
    [many] { $count } de meses
   *[other] { $count } meses
}
election-rule = { $seats ->
    [one] Gana quien tiene más votos (hace falta al menos un voto). Si dos o más personas empatan, se vuelve a votar solo entre ellas durante el mismo tiempo. Si hay una sola candidatura, se vota sí o no: la persona queda elegida si hay más votos por el sí que por el no.
    [many] Ganan las { $seats } personas con más votos (hace falta al menos un voto). Si dos o más personas empatan en el último puesto, se vuelve a votar solo entre ellas durante el mismo tiempo. Si hay una sola candidatura, se vota sí o no: la persona queda elegida si hay más votos por el sí que por el no.
   *[other] Ganan las { $seats } personas con más votos (hace falta al menos un voto). Si dos o más personas empatan en el último puesto, se vuelve a votar solo entre ellas durante el mismo tiempo. Si hay una sola candidatura, se vota sí o no: la persona queda elegida si hay más votos por el sí que por el no.
}
election-is-runoff = Esta es la segunda vuelta entre las personas que empataron.
election-first-round = La primera vuelta
election-runoff-link = Hubo un empate: se vuelve a votar entre las personas que empataron.
election-candidates = Candidaturas
election-no-candidates = Todavía no hay candidaturas.
election-elected = ganó
election-votes = { $count ->
    [one] un voto
    [many] { $count } de votos
   *[other] { $count } votos
}
election-stand-title = ¿Quiere presentar su candidatura?
election-standing = Usted presentó su candidatura: puede cambiar su mensaje
election-statement-label = Unas palabras para sus vecinos (opcional, como máximo 600 caracteres)
election-stand = Presentar mi candidatura
election-withdraw-hint = Puede retirar su candidatura hasta que empiece la votación.
election-withdraw = Retirar mi candidatura
election-ballot-title = El voto de su vivienda
election-ballot-secret = El voto es secreto: nadie, ni siquiera la oficina de atención, puede saber a quién eligió.
election-flat-voted = Su vivienda ya votó. Si vota de nuevo, el nuevo voto reemplaza al anterior.
election-yes-to = Sí a
election-no = No
election-blank-choice = Voto en blanco
election-vote = Votar
election-sms-hint = ¿Sin internet? Envíe un SMS con VOTO y el número de la candidatura (por ejemplo VOTO 2), VOTO 0 para votar en blanco, VOTO NO para decir no a la única candidatura.
election-paper-title = Registrar un voto en papel
election-paper-unit = Código de la vivienda (por ejemplo GUA12-A-21)
election-paper-choice = Voto
election-paper-record = Registrar el voto
election-turnout-title = Participación
election-result = Resultado
election-turnout = { $count ->
    [one] Votó { $voted } de { $units } vivienda.
    [many] Votaron { $voted } de { $units } de viviendas.
   *[other] Votaron { $voted } de { $units } viviendas.
}
election-blank = { $count ->
    [one] Un voto en blanco.
    [many] { $count } de votos en blanco.
   *[other] { $count } votos en blanco.
}
election-against = { $count ->
    [one] Un voto por el no.
    [many] { $count } de votos por el no.
   *[other] { $count } votos por el no.
}
election-results-hidden = Los votos se cuentan al cierre: hasta entonces nadie ve los resultados.
election-close-hint = La votación terminó: cierre la elección para contar los votos y publicar el resultado en el tablón.
election-close = Cerrar y contar
election-done-stood = Usted presentó su candidatura.
election-done-withdrew = Usted retiró su candidatura.
election-done-cast = Voto registrado. ¡Gracias!
election-done-replaced = Voto registrado: reemplaza el voto anterior de su vivienda.
election-done-paper = Voto en papel registrado.
election-done-closed = Elección cerrada: el resultado está en el tablón.
election-appointed = cargo asignado por la oficina de atención
election-chosen = elección del { $date }, { $count ->
    [one] votó { $voted } de { $units } vivienda
    [many] votaron { $voted } de { $units } de viviendas
   *[other] votaron { $voted } de { $units } viviendas
}, en el cargo hasta el { $until }
board-elections = Elecciones en curso
election-told-label = Elecciones
election-told-button = Abrir la elección
election-told-nominations_open-title = Se elige representante: { $place }
election-told-nominations_open-body = Puede presentar su candidatura hasta el { $nominations_until }. Se vota del { $voting_from } al { $voting_until }.
election-told-voting_open-title = Ya se puede votar: { $place }
election-told-voting_open-body = Puede votar hasta el { $voting_until }, en la web, por SMS o en la oficina de atención. Un voto secreto por vivienda.
election-told-result-title = El resultado de la elección: { $place }
election-told-result-body = La votación terminó: el resultado está en el tablón.
election-told-term_ending-title = Un cargo termina pronto: { $place }
election-told-term_ending-body = Dentro de dos meses termina el cargo de los representantes elegidos: convoque a tiempo la próxima elección.
election-scope-invalid = Elija una escalera o un edificio.
election-seats-invalid = Los puestos van de 1 a 9.
election-term-invalid = La duración va de 1 a 60 meses.
election-windows-invalid = Revise las fechas: las candidaturas se cierran en el futuro, la votación empieza después y dura como máximo 60 días.
election-scope-fixed = El lugar de una elección no cambia: para otro lugar, convoque otra elección.
election-voting-started = La votación ya empezó: ya no se puede cambiar.
election-nominations-closed = Las candidaturas están cerradas.
election-statement-too-long = El mensaje es demasiado largo (como máximo 600 caracteres).
election-not-voting = La votación no está abierta.
election-choice-invalid = Elija una candidatura, el voto en blanco o, si hay una sola candidatura, el no.
election-unit-not-in-place = Esta vivienda no está en el lugar de la elección.
election-not-ended = Solo se puede cerrar después del final de la votación, y una sola vez.
sms-vote-none = No hay ninguna votación abierta para su escalera o su edificio.
sms-vote-several = Hay varias votaciones abiertas: vote en la web o en la oficina de atención.
sms-vote-unknown = { $count ->
    [one] Hay una sola candidatura: envíe VOTO 1 para el sí, VOTO NO para el no, VOTO 0 para votar en blanco.
    [many] Envíe VOTO y un número del 1 al { $count }, o VOTO 0 para votar en blanco.
   *[other] Envíe VOTO y un número del 1 al { $count }, o VOTO 0 para votar en blanco.
}
sms-vote-recorded = Voto registrado para { $place }. Es secreto. ¡Gracias!
sms-vote-replaced = Voto registrado para { $place }: reemplaza el voto anterior de su vivienda.
audit-action-election-opened = Elección convocada
audit-action-election-changed = Elección modificada
audit-action-election-closed = Elección cerrada y votos contados
audit-action-paper-ballot-recorded = Voto en papel registrado
desk-reach-kind-election = Elecciones: candidaturas, votación y resultado
election-already-open = Ya hay una elección en curso para este lugar.
