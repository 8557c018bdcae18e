# Portineria — the technicians' and desk's work (English).

## Technicians' work
nav-work = Work queue
nav-agenda = Agenda
nav-team = Team
work-title = Work queue
work-quick-filters = Quick filters
work-all-open = Open
work-overdue = Overdue
work-unassigned = Unassigned
work-mine = Assigned to me
work-filters = More filters
work-any = Any
work-apply = Apply
work-filter-building = Building
work-filter-category = Category
work-filter-state = State
work-filter-priority = Priority
work-filter-assignee = Assigned to
work-results = { $total ->
        [one] { $total } report
       *[other] { $total } reports
    }, page { $page } of { $pages }; those due soonest come first.
work-pick = Select { $reference }
work-due = due by { $date }
work-overdue-tag = overdue
work-bulk-title = For the selected reports
work-bulk-action = Action
work-bulk-acknowledge = Acknowledge
work-bulk-assign = Assign to
work-bulk-comment = Post the same update
work-bulk-assignee = Technician
work-bulk-body = Message (for acknowledging or the update)
work-bulk-submit = Apply to the selected
work-bulk-none = Select at least one report.
work-pages = Pages
work-previous = Previous
work-next = Next
report-overdue = Overdue against the service levels.
report-waiting = No answer for { $days ->
    [one] 1 day
   *[other] { $days } days
}
triage-title = Handling
triage-response-due = First answer due by { $date }.
triage-priority-submit = Change priority
triage-assignee = Assigned to
triage-assign-submit = Assign
report-assignee-invalid = Only a technician of the answering organisation can be assigned.
report-priority-invalid = Invalid priority.
event-priority = Priority: { $priority }
event-assigned = Assigned to { $name }
event-unassigned = Assignment removed
templates-pick = Ready answers:
templates-other-language = not in the tenant's language: { $language }
visits-title = Visits
visit-status-planned = Planned
visit-status-done = Done
visit-status-cancelled = Cancelled
visit-manage = Manage the visit
visit-change-label = Cannot be there? Say when you can
visit-change-submit = Ask to move it
visit-schedule-title = Schedule a visit
visit-tenant-windows = The tenant's preferred times
visit-technician = Technician
visit-day = Day
visit-from = From
visit-until = Until
visit-reason = Reason (the tenant will read it)
visit-schedule-submit = Schedule and tell the tenant
visit-reschedule-submit = Move the visit
visit-cancel-submit = Cancel the visit
visit-done-notes = What was done
visit-done-outcome = Outcome
visit-done-photos = "After" photos (optional)
visit-done-submit = Mark the visit done
visit-time-invalid = Give a valid day and times (the end after the start, within a year).
visit-outside-windows = The time is outside those the tenant offered.
visit-not-planned = This visit is no longer planned.
visit-already-planned = A visit for this report is already planned at that time.
event-visit-scheduled = Visit scheduled: { $when }
event-visit-rescheduled = Visit moved: { $when }
event-visit-cancelled = Visit cancelled ({ $when })
event-visit-change-requested = The tenant asks to move the visit of { $when }
event-visit-done = Visit done ({ $when })
agenda-title = Agenda
agenda-week = Week from { $week }
agenda-previous = Week before
agenda-next = Week after
agenda-free = No visits.
agenda-change-requested = Asked to move
agenda-feed-name = Portineria — visits
agenda-feed-title = In your phone's calendar
agenda-feed-intro = Add this address as a subscribed calendar: visits appear by themselves. Do not share it; if you did, make a new one.
agenda-feed-url = Calendar address
agenda-feed-renew = Make a new address (the old one stops working)
team-title = Team and service levels
team-workload = Workload
team-open = Open assigned
team-visits = Planned visits
team-levels = Service levels
team-levels-intro = For each priority, within how many hours to give the first answer and to fix it.
team-first-response = First answer (hours)
team-resolution = Fix (hours)
service-level-invalid = Targets go from 1 to 8760 hours, and the first answer cannot come after the fix.
team-templates = Ready answers
team-templates-none = No ready answers.
team-template-title = Title
team-template-body = Text
team-template-hint = You can use {"{"}reference{"}"}, {"{"}category{"}"} and {"{"}place{"}"}: they are replaced by the number, category and place.
team-template-all = All categories
team-template-add = Add the answer
team-template-delete = Delete “{ $title }”
template-title-invalid = The title must have from 1 to { $max ->
        [one] { $max } character
       *[other] { $max } characters
    }.
template-body-invalid = The text must have from 1 to { $max ->
        [one] { $max } character
       *[other] { $max } characters
    }.
mail-digest-subject = Overdue reports
mail-digest-intro = { $count ->
    [one] one report is overdue against the service levels:
   *[other] { $count } reports are overdue against the service levels:
}
mail-digest-link = Open the overdue queue
work-filter-building-hint = Choose an estate and apply to filter by building too.

## Visits and the tenant's availability
visit-without-tenant = Entry without the tenant (with their permission)
visit-permission-hint = The tenant lets you in when they are out: the visit may also be outside their times.
visit-needs-times = The tenant has not said yet when they are home. Ask them before setting a visit.
visit-ask-times = Ask the tenant when they are home
visit-needs-windows = The tenant has not said when they are home and has not let you in without them: ask them before setting a visit.
visit-availability-not-in-flat = You ask when the tenant is home only for work inside the flat.

visit-outcome-nobody-home = Nobody home: to be rescheduled
event-visit-no-access = The technician came ({ $when }) but found nobody home
visit-status-nobody-home = Nobody home
