# Portineria — welcome kit and building accounts (English).

## Welcome kit
kit-title = Welcome kit
kit-contents = Contents
kit-print = Print the kit
kit-empty = This estate's kit has not been written yet.
kit-updated = Updated on { $date } by { $name }
kit-topic-numbers = Useful numbers and opening hours
kit-topic-rules = Living together
kit-topic-services = Services nearby
kit-topic-waste = Rubbish collection
kit-topic-history = The story of the estate
kit-edit-title = Writing the welcome kit
kit-edit-intro = Each save makes a new version; the old ones stay in the history.
kit-propose-intro = Your proposals go to the desk, which approves them or not.
kit-missing = Parts not yet translated into: { $languages }.
kit-not-written = to be written
kit-proposals = there are proposals
kit-versions = { $count ->
    [one] One version so far.
   *[other] { $count } versions so far.
}
kit-propose = Propose
kit-approve = Approve
kit-reject = Do not approve
kit-title-invalid = The title must have from 1 to { $max ->
        [one] { $max } character
       *[other] { $max } characters
    }.
kit-body-long = The text can be at most { $max ->
        [one] { $max } character
       *[other] { $max } characters
    } long.
kit-topic-invalid = Choose a part of the kit from the list.
kit-reviewed-meanwhile = Someone already decided on this proposal in the meantime: please reload the page to see it as it is now.

## Building accounts
accounts-title = The building's costs
accounts-contracts = Service contracts
accounts-expenses = Expenses of the year
accounts-shares = Your share
accounts-none = Nothing to show for now.
accounts-no-share = No share to show.
accounts-year = Year { $year }
accounts-year-column = Year
accounts-item = Item
accounts-amount = Amount
accounts-total = Total
accounts-since = since { $from }
accounts-flat = { $stair }, floor { $floor }, flat { $number }
accounts-service-cleaning = Cleaning
accounts-service-green = Gardens
accounts-service-lift = Lift
accounts-service-heating = Heating
accounts-service-waste = Rubbish
accounts-service-other = Other
accounts-add-expense = Add an expense
accounts-building-code = Building code
accounts-add = Add

## Import
import-title = Import from a CSV file
import-intro = A file with a header line. Contracts: building_code, service, contractor, starts_on, ends_on, contact. Expenses: building_code, year, item, amount. Shares: unit_code, year, amount. If one line is wrong, nothing is imported.
import-kind = What the file holds
import-file = CSV file
import-submit = Import
import-done = { $count ->
    [one] One line imported.
   *[other] { $count } lines imported.
}
import-refused = Nothing was imported. Fix these lines and try again:
import-line = Line { $line }: { $problem }
import-columns = some columns are missing.
import-building-unknown = unknown building, or not in your estate.
import-unit-unknown = unknown flat, or not in your estate.
import-service-unknown = unknown service (cleaning, green, lift, heating, waste, other).
import-date-invalid = invalid date (YYYY-MM-DD or DD/MM/YYYY; the end after the start).
import-amount-invalid = invalid year or amount.
import-item-missing = the expense item is missing.
import-contractor-missing = the contractor's name is missing.
import-unreadable = the file cannot be read as CSV.
import-empty = The file has no lines to import.
# Between the names in a list ("English, Shqip").
list-separator = { ", " }
