# Stair and building assemblies: the notice, the minutes, the decisions.

notice-kind-assembly = Assembly
notice-history-minutes = Minutes published
notice-history-minutes-corrected = Minutes corrected
assembly-form-when = Event or assembly: day, time and place
assembly-when-required = An assembly needs its day and time.
assembly-minutes = Minutes of the assembly
assembly-published-on = Published: { $when }
assembly-attendance = { $count ->
        [one] { $count } household present
       *[other] { $count } households present
    }
assembly-decisions = Decisions and votes
assembly-decision = Decision
assembly-decision-number = Decision { $number }
assembly-votes-for = For
assembly-votes-against = Against
assembly-votes-abstained = Abstained
assembly-result = Result
assembly-carried = Carried
assembly-not-carried = Not carried
assembly-publish-minutes = Publish the minutes
assembly-correct-minutes = Correct the minutes
assembly-field-minutes = Minutes: what was discussed, who spoke
assembly-field-attendance = Households present
assembly-decisions-hint = One row for each decision, with the votes. Rows left blank do not count.
assembly-past-decisions = Decisions of past assemblies
assembly-held-on = Assembly
assembly-minutes-required = Please write the minutes.
assembly-minutes-long = The minutes can be at most { $max ->
        [one] { $max } character
       *[other] { $max } characters
    } long.
assembly-decisions-many = The minutes can hold at most { $max ->
        [one] { $max } decision
       *[other] { $max } decisions
    }.
assembly-decision-text-required = Please write the text of every decision that has votes.
assembly-decision-long = A decision can be at most { $max ->
        [one] { $max } character
       *[other] { $max } characters
    } long.
assembly-votes-invalid = Votes are whole numbers from 0 to { $max }.
assembly-attendance-invalid = Households present is a whole number from 0 to { $max }.
assembly-not-yet-met = The minutes are published after the assembly: its time has not come yet.
