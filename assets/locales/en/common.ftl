# Portineria — messages shared by every page (English).

## Page structure
skip-to-content = Skip to content
nav-label = Main menu
nav-home = Home
nav-profile = Profile
nav-register-tenant = Register a tenant
nav-sign-out = Sign out
language-switcher = Language:
footer-tagline = Portineria — the estate's digital porter's lodge.

## Common fields
field-name = Full name
field-email = E-mail address
field-username = Username
field-language = Language
field-new-password = New password
field-confirm-password = Repeat the password
field-current-password = Current password
password-hint = At least { $min ->
        [one] { $min } character
       *[other] { $min } characters
    }. A sentence you remember easily is fine.
back-to-login = Back to sign-in

## Home
home-title = Home
home-greeting = Hello, { $name }
home-my-home = My home
home-my-reports = My reports
home-no-reports = You have no reports yet.
home-stair-notices = Notices for { $stair }
home-no-notices = No notices for your stair.
home-delegate-title = You are a delegate
home-delegate-stair = You are the delegate of { $stair }, { $address }.
home-delegate-building = You are the delegate of the building { $building }.
home-desk-title = Desk — { $estate }
home-desk-intro = Register tenants who have no e-mail here and print their activation letter.
home-queue-title = Work queue
home-queue-empty = No reports in the queue.
home-buildings-title = Buildings you answer for
home-no-buildings = No buildings.
home-units-count = { $count ->
    [one] 1 flat
   *[other] { $count } flats
}
home-team-title = Technical team
home-team-empty = No technicians registered.
home-installation-title = Installation
home-import-hint = Estates, buildings, stairs and flats are imported from CSV with “portineria import”.
totals-organisations = Organisations
totals-estates = Estates
totals-buildings = Buildings
totals-stairs = Stairs
totals-units = Flats
totals-users = Registered people

## Places
place-address = Address
place-stair = Stair
place-unit = Flat
place-unit-floor = Floor { $floor }, flat { $number }
place-estate = Estate
place-owner = Owner

## Errors
error-title = Something is wrong
error-status = Error code { $status }.
error-home = Back to home
error-not-found = Page not found, or you do not have permission to see it.
error-unauthenticated = Please sign in to continue.
error-csrf = The form has expired. Reload the page and try again.
error-rate-limited = Too many attempts. Wait a few minutes and try again.
error-internal = Something went wrong. Try again shortly; if it keeps happening, tell the desk.
error-unavailable = The portal cannot reach its data just now. Try again in a few minutes: what you already sent is safe.
error-cannot-save = The portal cannot save anything just now: its storage is full or read-only. Try again later: what you already sent is safe.
error-changed-meanwhile = Someone else changed the same thing at the same moment: nothing was saved. Please reload the page and try again.
error-form-invalid = The form sent is incomplete. Reload the page and try again.
error-form-too-large = The form sent is too large.
error-json-invalid = The request is not valid JSON or lacks fields.
error-query-invalid = The request's parameters are not valid.
error-too-large = The request is too large.

## Dates and times (Italian time: every estate is in Italy)
time-local = { $date }, { $time } (Italian time)
time-slot = { $weekday } { $date }, { $from }–{ $until } (Italian time)
amount-euro = €{ $amount }

## The app on the phone
app-name = Portineria — your estate
app-short-name = Portineria
app-description = Reports, notice board and welcome kit of your estate
offline-title = You are offline
offline-intro = This page is not on your phone. You can open the ones you have already seen, and write a report: it will be sent when the connection comes back.
offline-as-of = You are offline: this page is as it was on { $when }.

## Reading comfort and translations
display-large-text = Larger text
display-high-contrast = High contrast
display-invalid = That display choice does not exist.
nav-translations = Translations
translations-title = Texts to translate
translations-intro = Categories, current notices and welcome kit sections not yet written in every language: until they are, readers see them in Italian.
translations-missing-count = { $count ->
    [one] 1 text missing
   *[other] { $count } texts missing
}
translations-categories = Categories
translations-notices = Notices
translations-kit = Welcome kit
translations-templates = Ready answers
