# Portineria — boards, notices, works, printing and feeds (English).

## Navigation
nav-board = Notice board
nav-works = Works
nav-welcome = Welcome
nav-transparency = Building costs

## Board
board-title = Notice board
board-notices = Notices
board-archive = Archive of expired notices
board-current = Current notices
board-older = Older notices
board-empty = No notices for now.
board-pending = Waiting for approval
board-post = Write a notice
board-print = Print the board
board-show = Show
board-delegates = The delegates of your stair and building
board-feeds = The board on your phone and in your calendar
board-feeds-intro = These addresses are yours alone: paste them into a news reader or your phone's calendar. If you gave them to someone by mistake, make new ones.
board-feed-atom = Notices (Atom)
board-feed-calendar = Events and works (calendar)
board-calendar-name = Portineria — events and works
home-all-notices = All notices
role-stair_delegate = stair delegate
role-building_delegate = building delegate
contact-title = How your neighbours can reach you
contact-intro = As a delegate, your name is on the board. Here you choose what to add: only what you write or tick will be shown.
contact-phone = Phone
contact-show-email = Show my e-mail address
contact-hours = When to call
contact-phone-invalid = Write the phone number with digits, spaces or a + sign (at most 30 characters).
contact-hours-invalid = Say the times in a few words (at most 80 characters).

## Notices
notice-title = Notice
notice-form-title = New notice
notice-back = Back to the board
notice-urgent = Urgent
notice-pinned = Pinned
notice-pending = Waiting for approval
notice-in-italian = Not translated yet: shown in Italian.
notice-until = until { $date }
notice-period = from { $from } to { $until }
notice-event-when = When
notice-works-when = Works
notice-services = Services affected
notice-mark-seen = I have read it
notice-seen-by-you = You marked this notice as read.
notice-kind = Kind of notice
notice-kind-agency = Notice from the landlord
notice-kind-works = Planned works
notice-kind-event = Event
notice-kind-rules = Living together
notice-kind-offer_seek = Offer and seek
notice-progress = Progress of the works
notice-progress-planned = Planned
notice-progress-in_progress = In progress
notice-progress-suspended = On hold
notice-progress-done = Finished
notice-progress-save = Update the progress
notice-service-water = water
notice-service-lift = lift
notice-service-heating = heating
notice-service-gas = gas
notice-service-electricity = electricity
notice-where = Where
notice-optional = optional
notice-field-title = Title
notice-field-body = Text
notice-markdown-hint = You can use **bold**, *italics*, lists with a dash, and links. Other code is shown as text.
notice-field-urgent = Urgent: tell every tenant at once, by e-mail too
notice-field-pinned = Pinned at the top of the board
notice-field-starts = Shown from
notice-field-expires = Shown until (then it goes to the archive)
notice-field-event-day = Day
notice-field-event-time = Time
notice-field-event-place = Place
notice-field-works-from = Works start
notice-field-works-until = Works end
notice-field-image = A photo (optional)
notice-publish = Publish
notice-propose = Send to the delegate
notice-proposal-intro = You can offer or ask for help from the neighbours on your stair. The delegate reads it and puts it on the board.
notice-posted = The notice is on the board.
notice-posted-pending = Thank you: the stair's delegate will read it and put it on the board.
notice-actions = What you can do
notice-print = Print for the board in the hall
notice-approve = Approve and publish
notice-edit = Change the notice
notice-remove = Take it off the board
notice-reject = Do not publish
notice-remove-reason = Why (kept in the notice's history)
notice-readership = Who has read it
notice-seen-count = { $seen ->
        [one] Read by { $seen } household
       *[other] Read by { $seen } households
    } out of { $households }.
notice-unseen-flats = Flats that have not read it yet
notice-history = History of the notice
notice-history-posted = Written
notice-history-edited = Changed
notice-history-approved = Approved
notice-history-removed = Taken off the board
notice-history-progress = Progress of the works updated
notice-image-alt = Photo for the notice “{ $title }”
notice-title-required = Write at least the title in Italian.
notice-language-twice = Each language can appear only once.
notice-title-long = The title can be at most { $max ->
        [one] { $max } character
       *[other] { $max } characters
    } long.
notice-body-long = The text can be at most { $max ->
        [one] { $max } character
       *[other] { $max } characters
    } long.
notice-place-long = The place can be at most { $max ->
        [one] { $max } character
       *[other] { $max } characters
    } long.
notice-reason-required = Say why.
notice-reason-long = The reason can be at most { $max ->
        [one] { $max } character
       *[other] { $max } characters
    } long.
notice-dates-invalid = Check the dates: the end cannot come before the start.
notice-services-invalid = Choose the services from the list.
notice-place-invalid = Choose where to publish from the list.
notice-kind-invalid = Choose the kind of notice.
notice-progress-invalid = Choose the progress from the list.
notice-move-invalid = A notice cannot be moved: take it off and write a new one.
notice-flags-direct-only = Only those who post a notice directly may mark it urgent or pin it: untick it and send again.
notice-kind-not-allowed = You may not post a notice of this kind here: please choose another kind.
notice-changed-meanwhile = Someone changed this notice in the meantime: please reload the page to see it as it is now.

## A building's works
works-title = Works and maintenance
works-planned = Planned and ongoing works
works-none = No works planned.
works-reports = Reports about the common areas being worked on
works-no-reports = No open reports about the common areas.
works-no-building = Choose a building.

## Printing
print-qr-notice = Read the notice on your phone
print-qr-report = Report a fault
print-qr-board = The board on your phone
print-qr-activate = Activate your account

## Mail
mail-notice_urgent-subject = Urgent notice: { $title }
mail-notice_urgent-intro = there is an urgent notice for { $place }:
mail-notice_urgent-link = To read it and say you have read it:
mail-notice_urgent-button = Open the notice
