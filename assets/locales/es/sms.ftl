# SMS: short, to fit in one message.
sms-urgent = Aviso urgente: { $title } - { $link }
sms-report-update = { $reference } ({ $status }): { $summary } - { $link }

# Answers to messages from phones, and the questions a reply answers.
sms-report-resolved = { $reference } resuelto: { $summary }. ¿Funciona de nuevo? Responde SI o NO - { $link }
sms-visit-reminder = Mañana de { $from } a { $until } el técnico va a tu casa por { $reference }. Si no habrá nadie en casa, responde NO.
sms-filed = Gracias, hemos recibido el reporte { $reference }. Te escribiremos aquí cuando haya novedades. { $link }
sms-closed = ¡Gracias! El reporte { $reference } está cerrado.
sms-reopened = El reporte { $reference } está abierto de nuevo: lo revisaremos otra vez.
sms-visit-moved = Gracias, se lo diremos al técnico: la visita por { $reference } se cambiará y te diremos el nuevo día.
sms-visit-confirmed = Gracias: el técnico irá como estaba previsto por { $reference }.
sms-already-answered = El reporte { $reference } ya se ha actualizado: no hace falta nada más. Escribe AYUDA para saber qué puedes hacer.
sms-stopped = No recibirás más SMS de Portineria. Para volver a recibirlos, pídelo en la oficina de atención.
sms-help = Portineria: escríbenos por SMS lo que no funciona y lo reportamos por ti. Oficina: { $desk }. Escribe STOP para no recibir más SMS.
sms-desk-unknown = la oficina de atención de tu barrio
sms-unknown = Este número no está registrado en Portineria: pregunta en la oficina de atención de tu barrio.
sms-slow-down = Hemos recibido muchos mensajes de este número: los leeremos en breve. Para una urgencia, llama a la oficina.
sms-fixed-reason = Confirmado por SMS: la avería está resuelta.
sms-not-fixed-reason = Respuesta por SMS: la avería no está resuelta.
sms-visit-nobody-home = Respuesta por SMS: ese día no habrá nadie en casa.
sms-id-invalid = El mensaje no tiene un identificador válido.
sms-sign-in-code = Su código para entrar en Portineria: { $code }. No se lo dé a nadie.

sms-budget-title = SMS enviados hoy
sms-budget-cap = Límite diario por barrio, en partes de SMS: { $cap }. Pasado el límite solo salen los avisos urgentes; los demás mensajes esperan a medianoche.
sms-budget-no-cap = Sin límite diario (PORTINERIA_SMS_DAILY_CAP): cada parte de SMS enviada se paga.
sms-budget-estate = Barrio
sms-budget-parts = Partes enviadas hoy
sms-budget-waiting = En espera
sms-budget-at-cap = (límite alcanzado)
sms-budget-no-estate = Respuestas y códigos de acceso
sms-verify-code = Su código para confirmar su número en Portineria: { $code }. No se lo dé a nadie.
sms-news = { $title } - { $body } - { $link }
