# Portineria — дошки оголошень, оголошення, роботи, друк і стрічки (українська).

## Навігація
nav-board = Дошка оголошень
nav-works = Роботи
nav-welcome = Довідник
nav-transparency = Витрати

## Дошка оголошень
board-title = Дошка оголошень
board-notices = Оголошення
board-archive = Архів старих оголошень
board-current = Актуальні оголошення
board-older = Попередні оголошення
board-empty = Поки що оголошень немає.
board-pending = Чекають схвалення
board-post = Написати оголошення
board-print = Надрукувати дошку оголошень
board-show = Показати
board-delegates = Старші по вашому під'їзду й будинку
board-feeds = Дошка оголошень на телефоні й у календарі
board-feeds-intro = Ці адреси — лише ваші: вставте їх у програму для новин або в календар телефона. Якщо випадково комусь їх дали, створіть нові.
board-feed-atom = Оголошення (Atom)
board-feed-calendar = Події й роботи (календар)
board-calendar-name = Portineria — події й роботи
home-all-notices = Усі оголошення
role-stair_delegate = старший по під'їзду
role-building_delegate = старший по будинку
contact-title = Як із вами можуть зв'язатися сусіди
contact-intro = Ви старший, тому ваше ім'я видно на дошці оголошень. Тут виберіть, що ще додати: видно буде лише те, що ви напишете або позначите.
contact-phone = Телефон
contact-show-email = Показувати мою адресу e-mail
contact-hours = Коли дзвонити
contact-phone-invalid = Напишіть телефон цифрами, можна з пробілами або знаком + (не більше 30 знаків).
contact-hours-invalid = Напишіть час кількома словами (не більше 80 знаків).

## Оголошення
notice-title = Оголошення
notice-form-title = Нове оголошення
notice-back = Назад до дошки оголошень
notice-urgent = Терміново
notice-pinned = Закріплене
notice-pending = Чекає схвалення
notice-in-italian = Ще не перекладено: показуємо італійською.
notice-until = до { $date }
notice-period = з { $from } до { $until }
notice-event-when = Коли
notice-works-when = Роботи
notice-services = Чого стосується
notice-mark-seen = Позначити як прочитане
notice-seen-by-you = Ви позначили це оголошення як прочитане.
notice-kind = Тип оголошення
notice-kind-agency = Офіційне оголошення
notice-kind-works = Заплановані роботи
notice-kind-event = Подія
notice-kind-rules = Правила спільного життя
notice-kind-offer_seek = Шукаю й пропоную
notice-progress = Стан робіт
notice-progress-planned = Заплановані
notice-progress-in_progress = Тривають
notice-progress-suspended = Призупинені
notice-progress-done = Завершені
notice-progress-save = Оновити стан
notice-service-water = вода
notice-service-lift = ліфт
notice-service-heating = опалення
notice-service-gas = газ
notice-service-electricity = світло
notice-where = Де
notice-optional = необов'язково
notice-field-title = Заголовок
notice-field-body = Текст
notice-markdown-hint = Можна писати **жирним**, *курсивом*, робити списки з рискою і вставляти посилання. Інший код буде показано як звичайний текст.
notice-field-urgent = Терміново: одразу повідомити всіх мешканців, також на e-mail
notice-field-pinned = Закріпити вгорі дошки оголошень
notice-field-starts = З якого дня показувати
notice-field-expires = До якого дня (потім — в архів)
notice-field-event-day = День
notice-field-event-time = Час
notice-field-event-place = Місце
notice-field-works-from = Початок робіт
notice-field-works-until = Кінець робіт
notice-field-image = Фото (необов'язково)
notice-publish = Опублікувати
notice-propose = Надіслати старшому
notice-proposal-intro = Тут можна запропонувати допомогу сусідам зі свого під'їзду або попросити їх про допомогу. Старший по під'їзду прочитає й повісить це на дошку оголошень.
notice-posted = Оголошення вже на дошці.
notice-posted-pending = Дякуємо! Старший по під'їзду прочитає його й повісить на дошку оголошень.
notice-actions = Що можна зробити
notice-print = Надрукувати для дошки в під'їзді
notice-approve = Схвалити й опублікувати
notice-edit = Змінити оголошення
notice-remove = Зняти з дошки
notice-reject = Не публікувати
notice-remove-reason = Чому (це залишиться в історії оголошення)
notice-readership = Хто прочитав
notice-seen-count = Прочитали сімей: { $seen } з { $households }.
notice-unseen-flats = Квартири, де ще не прочитали
notice-history = Історія оголошення
notice-history-posted = Написано
notice-history-edited = Змінено
notice-history-approved = Схвалено
notice-history-removed = Знято з дошки
notice-history-progress = Оновлено стан робіт
notice-image-alt = Фото до оголошення «{ $title }»
notice-title-required = Напишіть хоча б заголовок італійською.
notice-language-twice = Кожна мова може бути лише один раз.
notice-title-long = Заголовок може мати не більше ніж { $max ->
        [one] { $max } знак
        [few] { $max } знаки
        [many] { $max } знаків
       *[other] { $max } знака
    }.
notice-body-long = Текст може мати не більше ніж { $max ->
        [one] { $max } знак
        [few] { $max } знаки
        [many] { $max } знаків
       *[other] { $max } знака
    }.
notice-place-long = Місце може мати не більше ніж { $max ->
        [one] { $max } знак
        [few] { $max } знаки
        [many] { $max } знаків
       *[other] { $max } знака
    }.
notice-reason-required = Напишіть, чому.
notice-reason-long = Причина може мати не більше ніж { $max ->
        [one] { $max } знак
        [few] { $max } знаки
        [many] { $max } знаків
       *[other] { $max } знака
    }.
notice-dates-invalid = Перевірте дати: кінець не може бути раніше за початок.
notice-services-invalid = Виберіть зі списку, чого стосується оголошення.
notice-place-invalid = Виберіть зі списку, де опублікувати.
notice-kind-invalid = Виберіть тип оголошення.
notice-progress-invalid = Виберіть стан робіт зі списку.
notice-move-invalid = Оголошення не можна перенести: зніміть його й напишіть нове.
notice-flags-direct-only = Позначати оголошення як термінове або закріплювати його може лише той, хто публікує його напряму: зніміть позначку й надішліть знову.
notice-kind-not-allowed = Ви не можете публікувати тут оголошення такого типу: будь ласка, виберіть інший тип.
notice-changed-meanwhile = Хтось інший тим часом змінив це оголошення: будь ласка, оновіть сторінку, щоб побачити його поточний вигляд.

## Роботи в будинку
works-title = Роботи й обслуговування будинку
works-planned = Заплановані роботи й ті, що вже тривають
works-none = Запланованих робіт немає.
works-reports = Заявки щодо спільних місць, які зараз у роботі
works-no-reports = Немає відкритих заявок щодо спільних місць.
works-no-building = Виберіть будинок.

## Друк
print-qr-notice = Прочитайте оголошення на телефоні
print-qr-report = Повідомте про проблему
print-qr-board = Дошка оголошень на телефоні
print-qr-activate = Активуйте обліковий запис

## Пошта
mail-notice_urgent-subject = Термінове оголошення: { $title }
mail-notice_urgent-intro = Є термінове оголошення для: { $place }
mail-notice_urgent-link = Щоб прочитати його й позначити як прочитане:
mail-notice_urgent-button = Відкрити оголошення
