# Alegerile responsabililor de scară și de bloc, cu vot secret.
elections-title = Alegerea responsabililor
nav-elections = Alegeri
elections-intro = Responsabilii sunt aleși de vecini: fiecare apartament are un vot, pe site, prin SMS sau pe hârtie la ghișeu, iar votul este secret.
elections-none = Deocamdată nu sunt alegeri.
elections-open-title = Organizați alegeri
elections-open-place = Pentru ce scară sau bloc
elections-open-nominations-last = Ultima zi pentru candidaturi
elections-open-voting-first = Prima zi de vot
elections-open-voting-last = Ultima zi de vot
elections-open-term = Durata mandatului, în luni
elections-open-submit = Organizați alegerile
election-rule-general = Câștigă cine are cele mai multe voturi; dacă două sau mai multe persoane sunt la egalitate pentru ultimul loc, se votează din nou doar între ele (al doilea tur). Când există o singură candidatură, se votează da sau nu.
election-place-building = Bloc: { $building }
election-place-stair = Scară: { $stair }, { $address }
election-page-title = Alegerea responsabililor
election-title-stair = Alegeri pentru responsabil de scară: { $place }
election-title-building = Alegeri pentru responsabil de bloc: { $place }
election-status-nominations = Candidaturile sunt deschise până la { $when }.
election-status-waiting = Candidaturile s-au închis. Votul începe pe { $when }.
election-status-voting = Se votează până la { $when }.
election-status-counting = Votul s-a încheiat pe { $when }: ghișeul numără voturile.
election-status-closed = Alegeri încheiate pe { $when }.
election-seats = Locuri
election-nominations-until = Candidaturi până la
election-voting = Vot
election-from-to = de la { $from } până la { $to }
election-term = Durata mandatului
election-term-months = { $count ->
    [one] o lună
    [few] { $count } luni
   *[other] { $count } de luni
}
election-rule = { $seats ->
    [one] Câștigă persoana cu cele mai multe voturi (e nevoie de cel puțin un vot). Dacă două sau mai multe persoane sunt la egalitate, se votează din nou doar între ele, tot atâta timp. Când există o singură candidatură, se votează da sau nu: persoana este aleasă dacă sunt mai multe voturi pentru da decât pentru nu.
    [few] Câștigă cele { $seats } persoane cu cele mai multe voturi (e nevoie de cel puțin un vot). Dacă două sau mai multe persoane sunt la egalitate pentru ultimul loc, se votează din nou doar între ele, tot atâta timp. Când există o singură candidatură, se votează da sau nu: persoana este aleasă dacă sunt mai multe voturi pentru da decât pentru nu.
   *[other] Câștigă cele { $seats } de persoane cu cele mai multe voturi (e nevoie de cel puțin un vot). Dacă două sau mai multe persoane sunt la egalitate pentru ultimul loc, se votează din nou doar între ele, tot atâta timp. Când există o singură candidatură, se votează da sau nu: persoana este aleasă dacă sunt mai multe voturi pentru da decât pentru nu.
}
election-is-runoff = Acesta este al doilea tur, între persoanele la egalitate.
election-first-round = Primul tur
election-runoff-link = Unele persoane sunt la egalitate: se votează din nou între ele.
election-candidates = Candidaturi
election-no-candidates = Încă nu există candidaturi.
election-elected = a câștigat
election-votes = { $count ->
    [one] un vot
    [few] { $count } voturi
   *[other] { $count } de voturi
}
election-stand-title = Vreți să candidați?
election-standing = V-ați depus candidatura: vă puteți schimba mesajul
election-statement-label = Câteva cuvinte pentru vecini (opțional, cel mult 600 de caractere)
election-stand = Îmi depun candidatura
election-withdraw-hint = Vă puteți retrage candidatura până la începerea votului.
election-withdraw = Îmi retrag candidatura
election-ballot-title = Votul apartamentului dumneavoastră
election-ballot-secret = Votul este secret: nimeni, nici măcar ghișeul, nu poate ști pe cine ați ales.
election-flat-voted = Apartamentul dumneavoastră a votat deja. Dacă votați din nou, noul vot îl înlocuiește pe cel de dinainte.
election-yes-to = Da pentru
election-no = Nu
election-blank-choice = Vot alb
election-vote = Votați
election-sms-hint = Fără internet? Trimiteți un SMS cu VOT și numărul candidatului (de exemplu VOT 2), VOT 0 pentru vot alb, VOT NU ca să spuneți nu singurului candidat.
election-paper-title = Înregistrați un vot pe hârtie
election-paper-unit = Codul apartamentului (de exemplu GUA12-A-21)
election-paper-choice = Vot
election-paper-record = Înregistrați votul
election-turnout-title = Prezența la vot
election-result = Rezultat
election-turnout = { $count ->
    [one] A votat { $voted } din { $units } apartament.
    [few] Au votat { $voted } din { $units } apartamente.
   *[other] Au votat { $voted } din { $units } de apartamente.
}
election-blank = { $count ->
    [one] Un vot alb.
    [few] { $count } voturi albe.
   *[other] { $count } de voturi albe.
}
election-against = { $count ->
    [one] Un vot pentru nu.
    [few] { $count } voturi pentru nu.
   *[other] { $count } de voturi pentru nu.
}
election-results-hidden = Voturile se numără la închidere: până atunci, nimeni nu vede rezultatele.
election-close-hint = Votul s-a terminat: închideți alegerile ca să numărați voturile și să publicați rezultatul pe avizier.
election-close = Închideți și numărați
election-done-stood = V-ați depus candidatura.
election-done-withdrew = V-ați retras candidatura.
election-done-cast = Vot înregistrat. Vă mulțumim!
election-done-replaced = Vot înregistrat: înlocuiește votul de dinainte al apartamentului dumneavoastră.
election-done-paper = Votul pe hârtie a fost înregistrat.
election-done-closed = Alegeri încheiate: rezultatul este pe avizier.
election-appointed = numire făcută de ghișeu
election-chosen = alegeri din { $date }, { $count ->
    [one] a votat { $voted } din { $units } apartament
    [few] au votat { $voted } din { $units } apartamente
   *[other] au votat { $voted } din { $units } de apartamente
}, mandat până la { $until }
board-elections = Alegeri în curs
election-told-label = Alegeri
election-told-button = Deschideți alegerile
election-told-nominations_open-title = Se alege un responsabil: { $place }
election-told-nominations_open-body = Puteți candida până la { $nominations_until }. Se votează de la { $voting_from } până la { $voting_until }.
election-told-voting_open-title = Se votează: { $place }
election-told-voting_open-body = Puteți vota până la { $voting_until }, pe site, prin SMS sau la ghișeu. Un vot secret pentru fiecare apartament.
election-told-result-title = Rezultatul alegerilor: { $place }
election-told-result-body = Votul s-a încheiat: rezultatul este pe avizier.
election-told-term_ending-title = Un mandat se încheie curând: { $place }
election-told-term_ending-body = Peste două luni se încheie mandatul responsabililor aleși: organizați din timp următoarele alegeri.
election-scope-invalid = Alegeți o scară sau un bloc.
election-seats-invalid = Numărul de locuri este între 1 și 9.
election-term-invalid = Durata este între 1 și 60 de luni.
election-windows-invalid = Verificați datele: candidaturile se închid în viitor, votul începe după aceea și durează cel mult 60 de zile.
election-scope-fixed = Locul alegerilor nu se schimbă: pentru alt loc, organizați alte alegeri.
election-voting-started = Votul a început deja: nu se mai poate schimba nimic.
election-nominations-closed = Candidaturile s-au închis.
election-statement-too-long = Mesajul este prea lung (cel mult 600 de caractere).
election-not-voting = Votul nu este deschis.
election-choice-invalid = Alegeți un candidat, votul alb sau, când există un singur candidat, nu.
election-unit-not-in-place = Acest apartament nu face parte din locul alegerilor.
election-not-ended = Alegerile se pot închide doar după sfârșitul votului, o singură dată.
sms-vote-none = Nu există niciun vot deschis pentru scara sau blocul dumneavoastră.
sms-vote-several = Sunt mai multe voturi deschise: votați pe site sau la ghișeu.
sms-vote-unknown = { $count ->
    [one] Există un singur candidat: scrieți VOT 1 pentru da, VOT NU pentru nu, VOT 0 pentru vot alb.
    [few] Scrieți VOT și un număr de la 1 la { $count }, sau VOT 0 pentru vot alb.
   *[other] Scrieți VOT și un număr de la 1 la { $count }, sau VOT 0 pentru vot alb.
}
sms-vote-recorded = Vot înregistrat pentru { $place }. Este secret. Vă mulțumim!
sms-vote-replaced = Vot înregistrat pentru { $place }: înlocuiește votul de dinainte al apartamentului dumneavoastră.
audit-action-election-opened = Alegeri organizate
audit-action-election-changed = Alegeri modificate
audit-action-election-closed = Alegeri închise și voturi numărate
audit-action-paper-ballot-recorded = Vot pe hârtie înregistrat
desk-reach-kind-election = Alegeri: candidaturi, vot și rezultat
election-already-open = Există deja alegeri în curs pentru acest loc.
