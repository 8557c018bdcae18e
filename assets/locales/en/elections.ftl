# Elections of stair and building delegates, with a secret ballot.
elections-title = Delegate elections
nav-elections = Elections
elections-intro = Delegates are chosen by their neighbours: each flat has one vote, on the web, by SMS or on paper at the desk, and the ballot is secret.
elections-none = No elections for now.
elections-open-title = Call an election
elections-open-place = For which stair or building
elections-open-nominations-last = Last day to stand
elections-open-voting-first = First day of voting
elections-open-voting-last = Last day of voting
elections-open-term = Term, in months
elections-open-submit = Call the election
election-rule-general = The most votes win; if two or more tie for the last seat, a runoff is held between them only. With a single candidate, people vote yes or no.
election-place-building = Building: { $building }
election-place-stair = Stair: { $stair }, { $address }
election-page-title = Delegate election
election-title-stair = Election of the stair delegate: { $place }
election-title-building = Election of the building delegate: { $place }
election-status-nominations = Nominations open until { $when }.
election-status-waiting = Nominations closed. Voting opens on { $when }.
election-status-voting = Voting open until { $when }.
election-status-counting = Voting closed on { $when }: the desk is counting.
election-status-closed = Election closed on { $when }.
election-seats = Seats
election-nominations-until = Nominations until
election-voting = Voting
election-from-to = from { $from } to { $to }
election-term = Term
election-term-months = { $count ->
    [one] one month
   *[other] { $count } months
}
election-rule = { $seats ->
    [one] The candidate with the most votes wins (at least one vote is needed). If two or more tie, a runoff between them only is held for as long again. With a single candidate, people vote yes or no: they are elected if the yeses outnumber the noes.
   *[other] The { $seats } candidates with the most votes win (at least one vote is needed). If two or more tie for the last seat, a runoff between them only is held for as long again. With a single candidate, people vote yes or no: they are elected if the yeses outnumber the noes.
}
election-is-runoff = This is the runoff between the tied candidates.
election-first-round = The first round
election-runoff-link = Candidates tied: a runoff between them is open.
election-candidates = Candidates
election-no-candidates = No candidates yet.
election-elected = elected
election-votes = { $count ->
    [one] one vote
   *[other] { $count } votes
}
election-stand-title = Will you stand?
election-standing = You are standing: you can change your message
election-statement-label = A few words to your neighbours (optional, at most 600 characters)
election-stand = Stand
election-withdraw-hint = You can withdraw until voting opens.
election-withdraw = Withdraw
election-ballot-title = Your flat's vote
election-ballot-secret = The ballot is secret: nobody, not even the desk, can know whom you chose.
election-flat-voted = Your flat has already voted. Voting again replaces the earlier ballot.
election-yes-to = Yes to
election-no = No
election-blank-choice = Blank ballot
election-vote = Vote
election-sms-hint = No internet? Text VOTE and the candidate's number (for example VOTE 2), VOTE 0 for a blank ballot, VOTE NO to say no to the only candidate.
election-paper-title = Record a paper ballot
election-paper-unit = Flat code (for example GUA12-A-21)
election-paper-choice = Vote
election-paper-record = Record the ballot
election-turnout-title = Turnout
election-result = Result
election-turnout = { $count ->
    [one] { $voted } of one flat voted.
   *[other] { $voted } of { $units } flats voted.
}
election-blank = { $count ->
    [one] One blank ballot.
   *[other] { $count } blank ballots.
}
election-against = { $count ->
    [one] One no.
   *[other] { $count } noes.
}
election-results-hidden = Votes are counted at the close: until then nobody sees results.
election-close-hint = Voting has ended: close the election to count the votes and publish the result on the board.
election-close = Close and count
election-done-stood = You are standing.
election-done-withdrew = You have withdrawn.
election-done-cast = Ballot recorded. Thank you!
election-done-replaced = Ballot recorded: it replaces your flat's earlier one.
election-done-paper = Paper ballot recorded.
election-done-closed = Election closed: the result is on the board.
election-appointed = appointed by the desk
election-chosen = chosen on { $date } with { $count ->
    [one] { $voted } of one flat voting
   *[other] { $voted } of { $units } flats voting
}, in office until { $until }
board-elections = Elections under way
election-told-label = Elections
election-told-button = Open the election
election-told-nominations_open-title = A delegate is being elected: { $place }
election-told-nominations_open-body = You can stand until { $nominations_until }. Voting runs from { $voting_from } to { $voting_until }.
election-told-voting_open-title = Voting is open: { $place }
election-told-voting_open-body = You can vote until { $voting_until }, on the web, by SMS or at the desk. One secret vote per flat.
election-told-result-title = The election's result: { $place }
election-told-result-body = Voting has closed: the result is on the board.
election-told-term_ending-title = A term ends soon: { $place }
election-told-term_ending-body = The elected delegates' term ends in two months: call the next election in time.
election-scope-invalid = Choose a stair or a building.
election-seats-invalid = Seats go from 1 to 9.
election-term-invalid = The term goes from 1 to 60 months.
election-windows-invalid = Check the dates: nominations close in the future, voting opens after that and lasts at most 60 days.
election-scope-fixed = An election's place does not change: call another election for another place.
election-voting-started = Voting has already opened: it can no longer change.
election-nominations-closed = Nominations are closed.
election-statement-too-long = The message is too long (at most 600 characters).
election-not-voting = Voting is not open.
election-choice-invalid = Choose a candidate, a blank ballot or, with a single candidate, no.
election-unit-not-in-place = This flat is not in the election's place.
election-not-ended = An election can be closed only after voting ends, and once.
sms-vote-none = No vote is open for your stair or building.
sms-vote-several = More than one vote is open: vote on the web or at the desk.
sms-vote-unknown = { $count ->
    [one] There is one candidate: text VOTE 1 for yes, VOTE NO for no, VOTE 0 for a blank ballot.
   *[other] Text VOTE and a number from 1 to { $count }, or VOTE 0 for a blank ballot.
}
sms-vote-recorded = Ballot recorded for { $place }. It is secret. Thank you!
sms-vote-replaced = Ballot recorded for { $place }: it replaces your flat's earlier one.
audit-action-election-opened = Election called
audit-action-election-changed = Election changed
audit-action-election-closed = Election closed and counted
audit-action-paper-ballot-recorded = Paper ballot recorded
desk-reach-kind-election = Elections: nominations, voting and the result
election-already-open = An election is already under way for this place.
