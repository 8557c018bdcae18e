# Вибори старших по під'їзду й по будинку, з таємним голосуванням.
elections-title = Вибори старших
nav-elections = Вибори
elections-intro = Старших обирають сусіди: кожна квартира має один голос, на сайті, через SMS або на папері в приймальні, і голосування таємне.
elections-none = Поки що виборів немає.
elections-open-title = Оголосити вибори
elections-open-place = Для якого під'їзду чи будинку
elections-open-nominations-last = Останній день висування кандидатур
elections-open-voting-first = Перший день голосування
elections-open-voting-last = Останній день голосування
elections-open-term = Строк повноважень, у місяцях
elections-open-submit = Оголосити вибори
election-rule-general = Перемагає той, хто має найбільше голосів; якщо двоє чи більше мають порівну голосів за останнє місце, між ними голосують знову (другий тур). Якщо кандидат один, голосують «так» чи «ні».
election-place-building = Будинок: { $building }
election-place-stair = Під'їзд: { $stair }, { $address }
election-page-title = Вибори старших
election-title-stair = Вибори старшого по під'їзду: { $place }
election-title-building = Вибори старшого по будинку: { $place }
election-status-nominations = Кандидатури приймають до { $when }.
election-status-waiting = Висування кандидатур завершено. Голосування почнеться { $when }.
election-status-voting = Голосування триває до { $when }.
election-status-counting = Голосування завершилося { $when }: приймальня рахує голоси.
election-status-closed = Вибори завершено { $when }.
election-seats = Місця
election-nominations-until = Кандидатури до
election-voting = Голосування
election-from-to = з { $from } до { $to }
election-term = Строк повноважень
election-term-months = { $count ->
    [one] { $count } місяць
    [few] { $count } місяці
    [many] { $count } місяців
   *[other] { $count } місяця
}
election-rule = { $seats ->
    [one] Перемагає кандидат, який має найбільше голосів (потрібен щонайменше один голос). Якщо двоє чи більше мають порівну голосів, між ними голосують знову, стільки ж часу. Якщо кандидат один, голосують «так» чи «ні»: кандидата обрано, якщо голосів «так» більше, ніж «ні».
    [few] Перемагають { $seats } кандидати, які мають найбільше голосів (потрібен щонайменше один голос). Якщо двоє чи більше мають порівну голосів за останнє місце, між ними голосують знову, стільки ж часу. Якщо кандидат один, голосують «так» чи «ні»: кандидата обрано, якщо голосів «так» більше, ніж «ні».
    [many] Перемагають { $seats } кандидатів, які мають найбільше голосів (потрібен щонайменше один голос). Якщо двоє чи більше мають порівну голосів за останнє місце, між ними голосують знову, стільки ж часу. Якщо кандидат один, голосують «так» чи «ні»: кандидата обрано, якщо голосів «так» більше, ніж «ні».
   *[other] Перемагають { $seats } кандидата, які мають найбільше голосів (потрібен щонайменше один голос). Якщо двоє чи більше мають порівну голосів за останнє місце, між ними голосують знову, стільки ж часу. Якщо кандидат один, голосують «так» чи «ні»: кандидата обрано, якщо голосів «так» більше, ніж «ні».
}
election-is-runoff = Це другий тур між кандидатами, які мають порівну голосів.
election-first-round = Перший тур
election-runoff-link = Кілька кандидатів мають порівну голосів: між ними голосують знову.
election-candidates = Кандидати
election-no-candidates = Кандидатів ще немає.
election-elected = обрано
election-votes = { $count ->
    [one] { $count } голос
    [few] { $count } голоси
    [many] { $count } голосів
   *[other] { $count } голосу
}
election-stand-title = Хочете висунути свою кандидатуру?
election-standing = Вашу кандидатуру висунуто: ви можете змінити своє повідомлення
election-statement-label = Кілька слів сусідам (необов'язково, не більше 600 знаків)
election-stand = Висунути свою кандидатуру
election-withdraw-hint = Ви можете зняти свою кандидатуру до початку голосування.
election-withdraw = Зняти свою кандидатуру
election-ballot-title = Голос вашої квартири
election-ballot-secret = Голосування таємне: ніхто, навіть приймальня, не може дізнатися, кого ви обрали.
election-flat-voted = Ваша квартира вже проголосувала. Якщо ви проголосуєте знову, новий голос замінить попередній.
election-yes-to = «Так» за
election-no = Ні
election-blank-choice = Порожній бюлетень
election-vote = Проголосувати
election-sms-hint = Немає інтернету? Надішліть SMS зі словом ГОЛОС і номером кандидата (наприклад, ГОЛОС 2), ГОЛОС 0 — щоб залишити бюлетень порожнім, ГОЛОС НІ — щоб сказати «ні» єдиному кандидатові.
election-paper-title = Записати паперовий бюлетень
election-paper-unit = Код квартири (наприклад, GUA12-A-21)
election-paper-choice = Голос
election-paper-record = Записати голос
election-turnout-title = Явка
election-result = Результат
election-turnout = { $count ->
    [one] Проголосувало { $voted } з { $units } квартири.
    [few] Проголосувало { $voted } з { $units } квартир.
    [many] Проголосувало { $voted } з { $units } квартир.
   *[other] Проголосувало { $voted } із { $units } квартири.
}
election-blank = { $count ->
    [one] { $count } порожній бюлетень.
    [few] { $count } порожні бюлетені.
    [many] { $count } порожніх бюлетенів.
   *[other] { $count } порожнього бюлетеня.
}
election-against = { $count ->
    [one] { $count } голос «ні».
    [few] { $count } голоси «ні».
    [many] { $count } голосів «ні».
   *[other] { $count } голосу «ні».
}
election-results-hidden = Голоси рахують після завершення голосування: доти ніхто не бачить результатів.
election-close-hint = Голосування закінчилося: закрийте вибори, щоб порахувати голоси й опублікувати результат на дошці оголошень.
election-close = Закрити й порахувати
election-done-stood = Вашу кандидатуру висунуто.
election-done-withdrew = Вашу кандидатуру знято.
election-done-cast = Голос записано. Дякуємо!
election-done-replaced = Голос записано: він замінює попередній голос вашої квартири.
election-done-paper = Паперовий бюлетень записано.
election-done-closed = Вибори завершено: результат на дошці оголошень.
election-appointed = призначено приймальнею
election-chosen = обрано { $date }, { $count ->
    [one] проголосувало { $voted } з { $units } квартири
    [few] проголосувало { $voted } з { $units } квартир
    [many] проголосувало { $voted } з { $units } квартир
   *[other] проголосувало { $voted } із { $units } квартири
}, повноваження до { $until }
board-elections = Вибори тривають
election-told-label = Вибори
election-told-button = Відкрити вибори
election-told-nominations_open-title = Обирають старшого: { $place }
election-told-nominations_open-body = Висунути свою кандидатуру можна до { $nominations_until }. Голосування — з { $voting_from } до { $voting_until }.
election-told-voting_open-title = Голосування відкрито: { $place }
election-told-voting_open-body = Проголосувати можна до { $voting_until }: на сайті, через SMS або в приймальні. Один таємний голос від квартири.
election-told-result-title = Результат виборів: { $place }
election-told-result-body = Голосування завершено: результат на дошці оголошень.
election-told-term_ending-title = Повноваження скоро закінчуються: { $place }
election-told-term_ending-body = За два місяці закінчуються повноваження обраних старших: вчасно оголосіть наступні вибори.
election-scope-invalid = Виберіть під'їзд або будинок.
election-seats-invalid = Місць може бути від 1 до 9.
election-term-invalid = Строк — від 1 до 60 місяців.
election-windows-invalid = Перевірте дати: висування кандидатур закінчується в майбутньому, голосування починається після нього й триває не більше 60 днів.
election-scope-fixed = Місце виборів не змінюється: для іншого місця оголосіть інші вибори.
election-voting-started = Голосування вже почалося: змінити нічого не можна.
election-nominations-closed = Висування кандидатур завершено.
election-statement-too-long = Повідомлення задовге (не більше 600 знаків).
election-not-voting = Голосування не відкрите.
election-choice-invalid = Виберіть кандидата, порожній бюлетень або, якщо кандидат один, «ні».
election-unit-not-in-place = Ця квартира не належить до місця виборів.
election-not-ended = Вибори можна закрити лише після кінця голосування, і лише один раз.
sms-vote-none = Для вашого під'їзду чи будинку зараз немає відкритого голосування.
sms-vote-several = Відкрито кілька голосувань: проголосуйте на сайті або в приймальні.
sms-vote-unknown = { $count ->
    [1] Кандидат лише один: напишіть ГОЛОС 1 — «так», ГОЛОС НІ — «ні», ГОЛОС 0 — порожній бюлетень.
    [one] Напишіть ГОЛОС і номер від 1 до { $count } або ГОЛОС 0 — порожній бюлетень.
    [few] Напишіть ГОЛОС і номер від 1 до { $count } або ГОЛОС 0 — порожній бюлетень.
    [many] Напишіть ГОЛОС і номер від 1 до { $count } або ГОЛОС 0 — порожній бюлетень.
   *[other] Напишіть ГОЛОС і номер від 1 до { $count } або ГОЛОС 0 — порожній бюлетень.
}
sms-vote-recorded = Голос записано: { $place }. Голосування таємне. Дякуємо!
sms-vote-replaced = Голос записано: { $place }. Він замінює попередній голос вашої квартири.
audit-action-election-opened = Вибори оголошено
audit-action-election-changed = Вибори змінено
audit-action-election-closed = Вибори закрито, голоси пораховано
audit-action-paper-ballot-recorded = Паперовий бюлетень записано
desk-reach-kind-election = Вибори: кандидатури, голосування й результат
election-already-open = Для цього місця вже тривають вибори.
