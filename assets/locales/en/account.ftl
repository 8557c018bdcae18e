# Portineria — sign-in, activation, profile and desk (English).

## Sign-in
login-title = Sign in
login-intro = Sign in with your e-mail address (or the username you chose with your activation code) and your password.
login-field-login = E-mail or username
login-field-password = Password
login-submit = Sign in
login-failed = Wrong e-mail, username or password.
login-link-title = Sign in without a password
login-link-intro = We e-mail you a link that signs you in with one tap.
login-link-submit = Send me the link
login-code-title = Did you get a letter with a code?
login-code-intro = If you have no e-mail address, the desk gives you a letter with an activation code.
login-code-link = Activate your account
link-sent-title = Check your mail
link-sent-body = If the address is registered, we have sent you a sign-in link. It works for { $minutes ->
        [one] one minute
       *[other] { $minutes } minutes
    } and only once.
link-confirm-title = Sign in to Portineria
link-confirm-body = Press the button to finish signing in on this device.
link-confirm-submit = Sign in
magic-link-invalid = This link does not work: it may have expired or been used already. Ask for a new one.

## Activation with the paper code
activate-title = Activate your account
activate-intro = Type the code from the desk's letter and choose a username and a password.
activate-field-code = Activation code
activate-code-hint = For example ABCD-EFGH-JKLM. Capitals and dashes do not matter.
activate-field-username = Choose a username
activate-username-hint = 3 to 32 letters, digits, dots, dashes or underscores. You will use it to sign in.
activate-submit = Activate and sign in
activation-code-invalid = The code is not valid or has expired. Check the letter or ask the desk for a new code.
username-invalid = The username must be 3 to 32 letters, digits, dots, dashes or underscores.
username-taken = This username is taken: please choose another.

## Passwords
password-too-short = The password must have at least { $min ->
        [one] { $min } character
       *[other] { $min } characters
    }.
password-too-long = The password can have at most { $max ->
        [one] { $max } character
       *[other] { $max } characters
    }.
password-mismatch = The two passwords are not the same.
password-current-wrong = The current password is not correct.

## Profile
profile-title = Profile
profile-details = Your details
profile-email-hint = Used to send you updates and to sign in without a password.
profile-save = Save
profile-saved = Changes saved.
profile-password-title = Change password
profile-password-submit = Change password
profile-devices-title = Devices
profile-devices-intro = Lost your phone or used a public computer? Sign out on every device.
profile-sign-out-everywhere = Sign out on every device
email-invalid = This e-mail address does not look valid.
email-taken = This e-mail address is already registered.
locale-invalid = Language not available.
feed-purpose-invalid = There is no address of this kind.
name-invalid = Write a name of at most 100 characters.
account-exists = An account with these details already exists.

## Desk
desk-title = Register a tenant
desk-intro = For people without an e-mail address: register them, print the letter with their activation code and hand it over.
desk-field-unit = Flat code
desk-unit-hint = The flat's code as in the register, for example GUA12-A-21.
desk-field-language = Language of the letter and the portal
desk-submit = Register and prepare the letter
unit-unknown = No flat with code “{ $code }” in your estate.
letter-page-title = Activation letter
letter-ready = The letter is ready: print it and hand it over.
letter-print = Print
letter-another = Register another tenant
letter-title = Welcome to Portineria
letter-greeting = Dear { $name },
letter-intro = with Portineria you can report faults, follow repairs and read your stair's notices, from your phone too.
letter-code-label = Your personal activation code:
letter-step-open = Open { $url }
letter-step-code = Type the code above.
letter-step-choose = Choose a username and a password: you will use them to sign in.
letter-validity = The code works for { $days ->
        [one] one day
       *[other] { $days } days
    } and only once.
letter-help = If you need help, come to the desk: we will help you.

## Mail
mail-greeting = Hello { $name },
mail-magic_link-subject = Your link to sign in to Portineria
mail-magic_link-body = here is your link to sign in to Portineria. It works for { $minutes ->
        [one] one minute
       *[other] { $minutes } minutes
    } and only once.
mail-magic_link-button = Sign in to Portineria
mail-magic_link-ignore = If you did not ask for it, ignore this message: nobody can sign in without the link.
mail-sign_in_blocked-subject = Someone tried to sign in to your Portineria account
mail-sign_in_blocked-body = someone tried many times to sign in to your Portineria account with a wrong password. We stopped them: your account works as before and you can sign in as usual.
mail-sign_in_blocked-advice = If it was not you, choose a new password on your profile; if you think someone knows it, also sign out on every device.
mail-sign_in_blocked-button = Open your profile
sign-in-blocked-label = Your account
sign-in-blocked-summary = Someone tried many wrong passwords on your account: we stopped them. If it was not you, change your password.
phone-invalid = This mobile number does not look valid: write it with its country code (+40 …) if it is not Italian.
desk-field-phone = Mobile number (optional)
desk-phone-hint = An Italian number may be written without +39. They will get urgent notices and news of their reports by SMS.

# Signing in with a mobile number and a code sent by SMS.
login-phone-title = Sign in with your mobile
login-phone-intro = If the desk registered your mobile number, we text you a code to sign in.
login-phone-field = Mobile number
login-phone-submit = Text me the code
phone-code-title = Type the code
phone-code-sent = If the number { $phone } is registered, we have texted you a 6-digit code. It works for { $minutes ->
        [one] one minute
       *[other] { $minutes } minutes
    } and only once.
phone-code-field = Code received by SMS
phone-code-submit = Sign in
phone-code-wrong = The code is wrong or no longer valid: check the text message or ask for a new one.

# How the desk sees that a person is reached, and SMS turned on again after STOP.
desk-reach-title = How we reach them
desk-reach-phone = Mobile
desk-reach-no-phone = No mobile number
desk-reach-kind-urgent = Urgent notices
desk-reach-kind-report = News of their reports
desk-reach-kind-visit = Visit reminders
desk-reach-kind-rent = Rent: reminders, help and plans
desk-reach-stopped = Wrote STOP on { $date }: gets no more SMS.
desk-reach-resume-consent = The person is here at the desk and asks to get SMS again
desk-reach-resume = Turn SMS back on
desk-reach-resume-consent-required = SMS go back on only if the person asks for it here at the desk: tick the box.

# Which channels each kind of message goes by, besides the inbox.
channels-title = How you get messages
channels-intro = You always find them here on the portal. They can also reach you:
channels-email = by e-mail
channels-sms = by SMS
channels-push = by notification
push-intro = With the app installed on your phone or computer, you can get urgent notices and news about your reports as notifications.
push-turn-on = Turn on notifications on this device
push-on = Notifications are on for this device.
push-denied = Your browser blocks notifications from this site. Allow them in the browser's settings, then try again.
push-failed = Notifications could not be turned on on this device. Try again later, or use e-mail or SMS.
push-endpoint-invalid = The address for notifications is not valid.
push-endpoint-refused = Notifications may only go through the browsers' known push services, over a secure connection.
push-keys-invalid = The keys for notifications are not valid.

# Per stair, the flats the portal reaches by no channel.
desk-paper-title = Who we reach only in person
desk-paper-intro = For each stair, the flats where nobody gets e-mail, SMS or notifications from the portal: when the water goes off, those need a note or a knock on the door.
desk-paper-stair = Stair
desk-paper-flats = Flats
desk-paper-only = Only in person (flat numbers)
desk-paper-none = none

# One's own mobile number, confirmed by a code sent to it.
own-phone-title = Your mobile phone
own-phone-current = Text messages go to
own-phone-none = No mobile number: write it below to get notices by text message and to sign in with your number too.
own-phone-sent = We have texted a 6-digit code to { $phone }: type it here to confirm the number.
own-phone-confirm = Confirm the number
own-phone-label = Mobile number
own-phone-hint = An Italian number can be written without +39. Only you and the desk see it.
own-phone-send = Send me the code
phone-taken = This number already belongs to another account: ask the desk.
push-devices-title = Notifications are on in
push-device-since = Turned on: { $date }
push-device-remove = Turn off
