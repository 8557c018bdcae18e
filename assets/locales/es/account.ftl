# Portineria — entrada, activación, perfil y oficina de atención (español).

## Entrada
login-title = Entrar
login-intro = Entre con su correo electrónico (o con el nombre de usuario que eligió con el código de activación) y su contraseña.
login-field-login = Correo electrónico o nombre de usuario
login-field-password = Contraseña
login-submit = Entrar
login-failed = El correo, el nombre de usuario o la contraseña no son correctos.
login-link-title = Entrar sin contraseña
login-link-intro = Le enviamos por correo un enlace: lo toca y ya está dentro.
login-link-submit = Enviarme el enlace
login-code-title = ¿Recibió una carta con un código?
login-code-intro = Si no tiene correo electrónico, la oficina de atención le entrega una carta con un código de activación.
login-code-link = Active su cuenta
link-sent-title = Revise su correo
link-sent-body = Si su correo está registrado, le enviamos un enlace para entrar. Sirve durante { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    } y una sola vez.
link-confirm-title = Entrar en Portineria
link-confirm-body = Toque el botón para terminar de entrar en este dispositivo.
link-confirm-submit = Entrar
magic-link-invalid = Este enlace ya no sirve: puede que haya caducado o que ya se haya usado. Pida uno nuevo.

## Activación con el código en papel
activate-title = Active su cuenta
activate-intro = Escriba el código que aparece en la carta de la oficina de atención y elija un nombre de usuario y una contraseña.
activate-field-code = Código de activación
activate-code-hint = Por ejemplo ABCD-EFGH-JKLM. Da igual si usa mayúsculas, minúsculas o guiones.
activate-field-username = Elija un nombre de usuario
activate-username-hint = De 3 a 32 letras, números, puntos, guiones o guiones bajos. Lo usará para entrar.
activate-submit = Activar y entrar
activation-code-invalid = El código no es válido o ha caducado. Revise la carta o pida un código nuevo en la oficina de atención.
username-invalid = El nombre de usuario debe tener de 3 a 32 caracteres: letras, números, puntos, guiones o guiones bajos.
username-taken = Otra persona ya usa este nombre de usuario: elija otro, por favor.

## Contraseña
password-too-short = La contraseña debe tener al menos { $min ->
        [one] { $min } carácter
       *[other] { $min } caracteres
    }.
password-too-long = La contraseña puede tener como máximo { $max ->
        [one] { $max } carácter
       *[other] { $max } caracteres
    }.
password-mismatch = Las dos contraseñas no son iguales.
password-current-wrong = La contraseña actual no es correcta.

## Perfil
profile-title = Mi perfil
profile-details = Sus datos
profile-email-hint = Sirve para recibir las novedades y para entrar sin contraseña.
profile-save = Guardar
profile-saved = Cambios guardados.
profile-password-title = Cambiar la contraseña
profile-password-submit = Cambiar la contraseña
profile-devices-title = Dispositivos
profile-devices-intro = ¿Perdió el teléfono o usó una computadora pública? Cierre la sesión en todos sus dispositivos.
profile-sign-out-everywhere = Salir en todos sus dispositivos
email-invalid = Este correo electrónico no parece correcto.
email-taken = Este correo electrónico ya está registrado.
locale-invalid = Este idioma no está disponible.
feed-purpose-invalid = No hay ninguna dirección de este tipo.
name-invalid = Escriba un nombre de 100 caracteres como máximo.
account-exists = Ya existe una cuenta con estos datos.

## Oficina de atención
desk-title = Registrar a un inquilino
desk-intro = Para quien no tiene correo electrónico: registre a la persona, imprima la carta con el código de activación y entréguesela.
desk-field-unit = Código de la vivienda
desk-unit-hint = El código de la vivienda como figura en el registro, por ejemplo GUA12-A-21.
desk-field-language = Idioma de la carta y del portal
desk-submit = Registrar y preparar la carta
unit-unknown = No hay ninguna vivienda con el código «{ $code }» en su barrio.
letter-page-title = Carta de activación
letter-ready = La carta está lista: imprímala y entréguela.
letter-print = Imprimir
letter-another = Registrar a otro inquilino
letter-title = Le damos la bienvenida a Portineria
letter-greeting = Estimado/a { $name }:
letter-intro = Con Portineria puede avisar de averías, seguir las reparaciones y leer los avisos de su escalera, también desde el teléfono.
letter-code-label = Su código de activación personal:
letter-step-open = Abra { $url }
letter-step-code = Escriba el código de arriba.
letter-step-choose = Elija un nombre de usuario y una contraseña: los usará para entrar.
letter-validity = El código sirve durante { $days ->
        [one] { $days } día
       *[other] { $days } días
    } y una sola vez.
letter-help = Si necesita ayuda, venga a la oficina de atención: nosotros le ayudamos.

## Correo
mail-greeting = Hola, { $name }:
mail-magic_link-subject = Su enlace para entrar en Portineria
mail-magic_link-body = Aquí tiene el enlace para entrar en Portineria. Sirve durante { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    } y una sola vez.
mail-magic_link-button = Entrar en Portineria
mail-magic_link-ignore = Si usted no lo pidió, no haga caso a este mensaje: nadie puede entrar sin el enlace.
mail-sign_in_blocked-subject = Alguien intentó entrar en su cuenta de Portineria
mail-sign_in_blocked-body = alguien intentó muchas veces entrar en su cuenta de Portineria con una contraseña equivocada. Lo hemos detenido: su cuenta funciona como siempre y puede entrar como de costumbre.
mail-sign_in_blocked-advice = Si no fue usted, elija una contraseña nueva en su perfil; si cree que alguien la conoce, cierre también la sesión en todos sus dispositivos.
mail-sign_in_blocked-button = Abrir su perfil
sign-in-blocked-label = Su cuenta
sign-in-blocked-summary = Alguien probó muchas contraseñas equivocadas en su cuenta: lo hemos detenido. Si no fue usted, cambie la contraseña.
phone-invalid = Este número de móvil no parece correcto: escríbalo con el prefijo del país (+40 …) si no es italiano.
desk-field-phone = Móvil (opcional)
desk-phone-hint = Un número italiano puede escribirse sin +39. Recibirá por SMS los avisos urgentes y las novedades de sus avisos de avería.

# Signing in with a mobile number and a code sent by SMS.
login-phone-title = Entrar con el móvil
login-phone-intro = Si la oficina de atención registró su número de móvil, le enviamos un SMS con un código para entrar.
login-phone-field = Número de móvil
login-phone-submit = Enviarme el código
phone-code-title = Escriba el código
phone-code-sent = Si el número { $phone } está registrado, le enviamos un SMS con un código de 6 cifras. Sirve durante { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    } y una sola vez.
phone-code-field = Código recibido por SMS
phone-code-submit = Entrar
phone-code-wrong = El código no es correcto o ya no sirve: revise el SMS o pida uno nuevo.

# How the desk sees that a person is reached, and SMS turned on again after STOP.
desk-reach-title = Cómo le llegamos
desk-reach-phone = Móvil
desk-reach-no-phone = Sin número de móvil
desk-reach-kind-urgent = Avisos urgentes
desk-reach-kind-report = Novedades de sus reportes
desk-reach-kind-visit = Recordatorios de visitas
desk-reach-kind-rent = Alquiler: recordatorios, ayuda y planes
desk-reach-stopped = Escribió STOP el { $date }: ya no recibe SMS.
desk-reach-resume-consent = La persona está aquí en la oficina y pide volver a recibir SMS
desk-reach-resume = Reactivar los SMS
desk-reach-resume-consent-required = Los SMS se reactivan solo si la persona lo pide aquí en la oficina: marque la casilla.

# Which channels each kind of message goes by, besides the inbox.
channels-title = Cómo recibe los mensajes
channels-intro = Siempre los encuentra aquí en el portal. Además pueden llegarle:
channels-email = por correo electrónico
channels-sms = por SMS
channels-push = por notificación
push-intro = Con la aplicación instalada en su teléfono u ordenador, puede recibir los avisos urgentes y las novedades de sus reportes como notificaciones.
push-turn-on = Activar las notificaciones en este dispositivo
push-on = Las notificaciones están activadas en este dispositivo.
push-denied = Su navegador bloquea las notificaciones de este sitio. Permítalas en los ajustes del navegador y vuelva a intentarlo.
push-failed = No se han podido activar las notificaciones en este dispositivo. Vuelva a intentarlo más tarde, o use el correo electrónico o los SMS.
push-endpoint-invalid = La dirección para las notificaciones no es válida.
push-endpoint-refused = Las notificaciones solo pueden pasar por los servicios conocidos de los navegadores, con una conexión segura.
push-keys-invalid = Las claves para las notificaciones no son válidas.

# Per stair, the flats the portal reaches by no channel.
desk-paper-title = A quién llegamos solo en persona
desk-paper-intro = Por cada escalera, las viviendas donde nadie recibe correo, SMS ni notificaciones del portal: cuando se corta el agua, allí hace falta una nota o llamar a la puerta.
desk-paper-stair = Escalera
desk-paper-flats = Viviendas
desk-paper-only = Solo en persona (números)
desk-paper-none = ninguna

# One's own mobile number, confirmed by a code sent to it.
own-phone-title = Tu móvil
own-phone-current = Los SMS llegan al
own-phone-none = Ningún número de móvil: escríbelo abajo para recibir los avisos por SMS y entrar también con tu número.
own-phone-sent = Te hemos enviado un SMS con un código de 6 cifras al { $phone }: escríbelo aquí para confirmar el número.
own-phone-confirm = Confirmar el número
own-phone-label = Número de móvil
own-phone-hint = Un número italiano se puede escribir sin +39. Solo lo ven tú y la oficina de atención.
own-phone-send = Enviarme el código
phone-taken = Este número ya pertenece a otra cuenta: pregunta en la oficina de atención.
push-devices-title = Notificaciones activas en
push-device-since = Activadas: { $date }
push-device-remove = Desactivar
