## Indicators and the estate's summary
nav-stats = Indicators
nav-summary = The estate in figures
stats-title = Indicators
stats-period = From { $from } to { $to }
stats-worked-out = Figures as of { $time }, refreshed every { $minutes ->
        [one] minute
       *[other] { $minutes } minutes
    }.
stats-no-landlord = Not yet assigned
stats-estate-areas = The estate's common areas
stats-days = { $days ->
        [one] { $days } day
       *[other] { $days } days
    }
stats-percent = { $percent }%
stats-by-landlord = By landlord
stats-by-building = By building
stats-by-category = By kind of fault
stats-by-month = By month
stats-column-landlord = Landlord
stats-column-building = Building
stats-column-category = Kind of fault
stats-column-month = Month
stats-received = Received
stats-open = Open
stats-overdue = Overdue
stats-answer-median = First answer (median)
stats-answer-p90 = First answer (90%)
stats-fix-median = Fixed (median)
stats-fix-p90 = Fixed (90%)
stats-reopen-rate = Reopened
stats-residents-share = Handled by residents
stats-fixed-yes = "Is it fixed?" Yes
stats-fixed-no = "Is it fixed?" No
stats-none = No reports in this period.
stats-from = From month
stats-to = To month
stats-month-hint = Year and month, for example 2026-03.
stats-side-by-side = The landlords side by side
stats-total = { $received ->
        [one] { $received } report received
       *[other] { $received } reports received
    }; still open: { $open }, overdue: { $overdue }.
stats-chart-title = Days to the first answer and to the fix (median), by landlord
stats-chart-caption = The same figures are in the "By landlord" table below.
stats-table-csv = Download "{ $table }" as CSV
stats-export = Export
stats-export-hint = Every report of the period with its dates (received, acknowledged, scheduled, fixed, closed), with no names or contact details.
stats-export-reports = Download the reports as CSV
summary-title = The estate in figures
summary-intro = How long the landlords took to answer and to fix, over the last twelve months. No personal data.
summary-sentence = { $landlord } answers in a median of { $answer ->
        [one] { $answer } day
       *[other] { $answer } days
    } and fixes the problem in { $fix ->
        [one] { $fix } day
       *[other] { $fix } days
    }.
summary-too-few = { $landlord }: too few finished reports yet to give times.
summary-public = This page is public: anyone can read it without signing in.
summary-private = This page is for the people who live or work on the estate.
summary-publish = Publish this page for people without an account too
summary-save = Save
summary-sign-in = Sign in to see your estate's figures.
error-stats-filter = A filter is not valid: choose one of those offered.
error-stats-month = Write the month as year and month, for example 2026-03.
error-stats-period = The period runs from one month to ten years, and the first month comes before the last.

stats-home-visits = Visits in the flat
stats-nobody-home = Nobody home
