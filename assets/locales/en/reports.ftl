# Portineria — fault reports and categories (English).

## Reports
nav-reports = Reports
yes = Yes
no = No
reports-title = Reports
reports-mine = My reports
reports-around = Open in my stair and building
reports-around-none = No open reports around here.
reports-back = All reports
report-new-button = Report a fault
report-new-title = Report a fault
report-title = Report
report-for-tenant = You are reporting at the desk for { $name }.
report-desk-title = Who are you reporting for?
report-desk-intro = Look up the flat of the person who came to the desk or phoned.
report-desk-find = Search
report-desk-file-for = Report for { $name }
report-desk-no-tenants = No tenant registered in this flat of your estate.
report-desk-answers = the estate's desk
report-no-places = Your account is not linked to a flat: ask the desk.
report-where = Where?
report-what = What is wrong?
report-continue = Continue
where-unit = Inside my flat
where-unit-hint = Floor { $floor }, flat { $number }
where-stair = Common areas of { $stair }
where-stair-hint = Landings, stairs, lift, cellars
where-building = Common areas of the building
where-estate = Courtyards and spaces of the estate
where-estate-hint = Courtyards, gardens, paths, car parks
report-similar-title = Maybe it has been reported already
report-similar-intro = These reports are open nearby. If it is the same problem, press “Me too”: you will be kept informed like the person who reported it.
report-me-too = I have this problem too
report-me-too-count = { $count ->
    [one] One person said “me too”.
   *[other] { $count } people said “me too”.
}
report-field-spot = Exact spot (optional)
report-spot-hint = For example: cellar, lift, courtyard, second floor.
spot-cellar = Cellar
spot-lift = Lift
spot-courtyard = Courtyard
spot-entrance = Entrance
spot-landing = Landing
spot-roof = Roof
report-field-description = Describe the problem
report-description-hint = What happens, since when, whether it is dangerous. At most { $max ->
        [one] { $max } character
       *[other] { $max } characters
    }.
report-field-photos = Photos (optional)
report-photos-hint = Up to { $max ->
        [one] { $max } JPEG, PNG or WebP photo
       *[other] { $max } JPEG, PNG or WebP photos
    }, at most { $mb } MB each.
report-in-unit-title = Only for faults inside the flat
report-in-unit-hint = It helps the technician plan the visit.
report-permission = The technician may come in when I am out (with whoever has the keys)
time-window-morning = In the morning
time-window-afternoon = In the afternoon
time-window-evening = In the evening
report-show-name = Show my name to my neighbours
report-submit = Send the report
report-reference = Number { $reference }
report-filed-title = Report sent.
report-filed-body = Its number is { $reference }: keep it. We will tell you here and by e-mail whenever something changes.
report-state = State
report-expected = Expected to be fixed by { $date }.
report-private = Only the person who reported it and those who handle it can see this report.
report-details = Details
report-field-place = Where
report-field-filed = Sent on
report-who-answers = Who answers
report-permission-short = May come in without me
report-photo-alt = Photo { $number } of the report
report-timeline = History
report-internal = internal note
report-comment-title = Write an update
report-comment-label = Message
report-comment-submit = Publish
report-note-submit = Save as internal note
report-move-title = Change state
report-move-to = New state
report-move-note = Note for the tenant (optional)
report-move-submit = Update
report-duplicate-title = Is it a duplicate?
report-duplicate-of = Number of the original report
report-duplicate-submit = Merge into the original
report-competence-title = Not ours to handle
report-transfer-to = Pass to
report-transfer-reason = Why (the tenant will read it)
report-transfer-submit = Pass the report on
report-redirect-reason = Whom to turn to, and why (the tenant will read it)
report-redirect-submit = Close as not ours
report-confirm-title = Has it been fixed?
report-confirm-yes = Yes, it is fine
report-confirm-no-reason = No: what is still wrong?
report-confirm-no = No, reopen the report
report-place-unit = { $address }, { $stair }, floor { $floor }, flat { $number }
report-place-stair = { $stair }, { $address }
report-place-building = Common areas, { $address }
report-place-estate = Common spaces, { $estate }
status-received = Received
status-acknowledged = Acknowledged
status-scheduled = Visit scheduled
status-in_progress = Work in progress
status-resolved = Resolved
status-closed = Closed
status-not_competent = Not the landlord's responsibility
status-duplicate = Duplicate
status-handled_by_residents = Handled by the residents
next-received = { $organisation } has yet to acknowledge it.
next-acknowledged = { $organisation } has acknowledged it and will arrange the work.
next-scheduled = The work is scheduled: you will be told the day.
next-in_progress = The work is in progress.
next-resolved = { $organisation } says the problem is fixed. If it is not, reopen it.
next-closed = The report is closed.
next-not_competent = It is not for { $organisation } to handle: the history says whom to turn to.
next-duplicate = It was merged into another report of the same problem: follow that one.
next-handled_by_residents = The residents are handling it themselves.
event-filed = Report sent
event-filed-at-desk = Sent at the desk for { $tenant }
event-status = New state: { $status }
event-reopened = Reopened: the problem is not fixed
event-comment = Update
event-note = Internal note
event-transfer = Passed to { $organisation }
event-duplicate = Merged into report { $reference }
event-closed-unconfirmed = Closed: no answer to “has it been fixed?”
event-who-reporter = The reporter
event-who-system = Portineria
report-description-short = Describe the problem in at least { $min ->
        [one] { $min } character
       *[other] { $min } characters
    }.
report-description-long = The description can have at most { $max ->
        [one] { $max } character
       *[other] { $max } characters
    }.
report-spot-long = The exact spot can have at most { $max ->
        [one] { $max } character
       *[other] { $max } characters
    }.
report-location-invalid = Choose where the problem is.
report-category-invalid = Choose what is wrong.
report-time-windows-invalid = Invalid time slots.
report-idempotency-key-invalid = The sending key is not valid.
report-no-home = This report needs a flat linked to your account: ask the desk.
report-filter-invalid = Invalid filter.
report-status-invalid = Invalid state.
report-reason-required = Write the reason: the tenant will read it.
report-comment-long = The message can have at most { $max ->
        [one] { $max } character
       *[other] { $max } characters
    }.
report-duplicate-needs-original = To mark a duplicate, name the original report.
report-duplicate-unknown = No report with that number can be the original.
report-changed-meanwhile = This report changed in the meantime, so your change was not made. Look at it as it is now and try again if needed.
report-transfer-unknown = Not a valid organisation to pass it to.
photo-too-many = You can attach at most { $max ->
        [one] { $max } photo
       *[other] { $max } photos
    }.
photo-too-large = Photo { $number } is too large: at most { $max } MB.
photo-empty = Photo { $number } is empty (0 bytes): choose it again, or take it again.
photo-too-many-pixels = Photo { $number } has too many pixels: shrink it or take it again.
photo-heic = Photo { $number } is in HEIC format, which we cannot read: choose “Most compatible” (JPEG) in the camera settings, or send a screenshot.
photo-unsupported = File { $number } is not a JPEG, PNG or WebP photo.
photo-corrupt = Photo { $number } is damaged or incomplete: try taking it again.
pending-title = Waiting to be sent
pending-waiting = Waiting for a connection: it will be sent as soon as possible.
pending-sending = Sending…
pending-sent = Sent.
pending-failed = It could not be sent: please fill in the form again.
pending-offline-saved = You are offline: the report is saved on the phone and will go by itself.
pending-view = See the report
home-inbox = News
home-inbox-new = new
home-all-reports = All reports
home-desk-open = Open reports in the estate
mail-report_update-subject = News about report { $reference }
mail-report_update-intro = there is news about report { $reference }:
mail-report_update-status = Current state: { $status }
mail-report_update-link = To see the report:
mail-report_update-button = Open the report

## Categories
nav-categories = Categories
categories-title = Fault categories
categories-intro = Names in each language, starting priority and who answers. Reports for the desk always stay private.
categories-name = Name ({ $language })
categories-priority = Starting priority
categories-routing = Who answers
categories-routing-owner = The owner of the building
categories-routing-desk = The estate's desk (mediation, private)
categories-active = Can be chosen when reporting
categories-save = Save
category-name-invalid = Every name must have from 1 to { $max ->
        [one] { $max } character
       *[other] { $max } characters
    }.
category-priority-invalid = Invalid priority.
category-routing-invalid = Who answers: invalid choice.
priority-low = Low
priority-normal = Normal
priority-high = High
priority-urgent = Urgent

## When the tenant is home
times-title = When can someone come to your flat?
times-intro = Choose when you are usually home. If you let them in when you are out, the technician may also come at other times.
times-windows = I am usually home
times-submit = Save
report-availability-empty = Choose at least one time, or let them in when you are out.
event-availability-requested = We asked the tenant when they are home
event-availability-windows = The tenant is home: { $windows }
event-availability-windows-permission = The tenant is home: { $windows }. When they are out, you may still go in (someone with the keys will open).
event-availability-permission = You may go in when the tenant is out
mail-visit_reminder-subject = Tomorrow's visit for { $reference }
mail-visit_reminder-intro = tomorrow the technician comes to you for report { $reference }:
mail-visit_reminder-away = If nobody will be home, say so on the report's page: we will find another day.
