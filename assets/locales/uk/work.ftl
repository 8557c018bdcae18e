# Portineria — робота майстрів і приймальні (українська).

## Робота майстрів
nav-work = Черга заявок
nav-agenda = Розклад
nav-team = Бригада
work-title = Черга заявок
work-quick-filters = Швидкі фільтри
work-all-open = Відкриті
work-overdue = Прострочені
work-unassigned = Без виконавця
work-mine = Призначені мені
work-filters = Інші фільтри
work-any = Усі
work-apply = Застосувати
work-filter-building = Будинок
work-filter-category = Категорія
work-filter-state = Стан
work-filter-priority = Терміновість
work-filter-assignee = Виконавець
work-results = Заявок: { $total }, сторінка { $page } з { $pages }. Спочатку ті, які треба вирішити найшвидше.
work-pick = Вибрати { $reference }
work-due = вирішити до { $date }
work-overdue-tag = прострочено
work-bulk-title = Для вибраних заявок
work-bulk-action = Дія
work-bulk-acknowledge = Прийняти в роботу
work-bulk-assign = Призначити виконавця
work-bulk-comment = Опублікувати однакове оновлення
work-bulk-assignee = Майстер
work-bulk-body = Повідомлення (під час прийняття в роботу або для оновлення)
work-bulk-submit = Застосувати до вибраних
work-bulk-none = Виберіть хоча б одну заявку.
work-pages = Сторінки
work-previous = Попередні
work-next = Наступні
report-overdue = Прострочено: терміни виконання вже минули.
report-waiting = Без відповіді вже { $days ->
    [one] { $days } день
    [few] { $days } дні
    [many] { $days } днів
   *[other] { $days } дня
}
triage-title = Розгляд заявки
triage-response-due = Першу відповідь треба дати до { $date }.
triage-priority-submit = Змінити терміновість
triage-assignee = Виконавець
triage-assign-submit = Призначити
report-assignee-invalid = Призначити можна лише майстра з організації, яка відповідає за заявку.
report-priority-invalid = Неправильна терміновість.
event-priority = Терміновість: { $priority }
event-assigned = Виконавець: { $name }
event-unassigned = Виконавця знято
templates-pick = Готові відповіді:
templates-other-language = не мовою мешканця: { $language }
visits-title = Візити
visit-status-planned = Заплановано
visit-status-done = Виконано
visit-status-cancelled = Скасовано
visit-manage = Керувати візитом
visit-change-label = Не зможете бути вдома? Напишіть, коли вам зручно
visit-change-submit = Попросити перенести
visit-schedule-title = Запланувати візит
visit-tenant-windows = Зручний для мешканця час
visit-technician = Майстер
visit-day = День
visit-from = З
visit-until = До
visit-reason = Причина (це прочитає мешканець)
visit-schedule-submit = Запланувати й повідомити
visit-reschedule-submit = Перенести візит
visit-cancel-submit = Скасувати візит
visit-done-notes = Що зроблено
visit-done-outcome = Результат
visit-done-photos = Фото «після» (необов'язково)
visit-done-submit = Позначити візит як виконаний
visit-time-invalid = Вкажіть правильний день і час (кінець — після початку, не пізніше ніж через рік).
visit-outside-windows = Цей час не збігається з тим, який указав мешканець.
visit-not-planned = Цей візит уже не заплановано.
visit-already-planned = На цей час для цієї заявки вже заплановано візит.
event-visit-scheduled = Заплановано візит: { $when }
event-visit-rescheduled = Візит перенесено: { $when }
event-visit-cancelled = Візит скасовано ({ $when })
event-visit-change-requested = Мешканець просить перенести візит, призначений на { $when }
event-visit-done = Візит виконано ({ $when })
agenda-title = Розклад
agenda-week = Тиждень із { $week }
agenda-previous = Попередній тиждень
agenda-next = Наступний тиждень
agenda-free = Візитів немає.
agenda-change-requested = Просять перенести
agenda-feed-name = Portineria — візити
agenda-feed-title = У календарі телефона
agenda-feed-intro = Додайте цю адресу як календар «за підпискою»: візити з'являтимуться там самі. Нікому її не давайте; якщо вже дали — створіть нову.
agenda-feed-url = Адреса календаря
agenda-feed-renew = Створити нову адресу (стара перестане працювати)
team-title = Бригада й терміни виконання
team-workload = Навантаження
team-open = Відкриті призначені заявки
team-visits = Заплановані візити
team-levels = Терміни виконання
team-levels-intro = Для кожної терміновості: за скільки годин треба дати першу відповідь і вирішити проблему.
team-first-response = Перша відповідь (години)
team-resolution = Вирішення (години)
service-level-invalid = Терміни — від 1 до 8760 годин, і перша відповідь не може бути пізніше за вирішення.
team-templates = Готові відповіді
team-templates-none = Готових відповідей немає.
team-template-title = Заголовок
team-template-body = Текст
team-template-hint = Можна вставляти {"{"}reference{"}"}, {"{"}category{"}"} і {"{"}place{"}"}: їх замінить номер заявки, категорія й місце.
team-template-all = Усі категорії
team-template-add = Додати відповідь
team-template-delete = Видалити «{ $title }»
template-title-invalid = Заголовок має бути від 1 до { $max ->
        [one] { $max } знака
        [few] { $max } знаків
        [many] { $max } знаків
       *[other] { $max } знака
    }.
template-body-invalid = Текст має бути від 1 до { $max ->
        [one] { $max } знака
        [few] { $max } знаків
        [many] { $max } знаків
       *[other] { $max } знака
    }.
mail-digest-subject = Прострочені заявки
mail-digest-intro = { $count ->
    [one] Є { $count } прострочена заявка (терміни виконання минули):
    [few] Є { $count } прострочені заявки (терміни виконання минули):
    [many] Є { $count } прострочених заявок (терміни виконання минули):
   *[other] Є { $count } простроченої заявки (терміни виконання минули):
}
mail-digest-link = Відкрити чергу прострочених заявок
work-filter-building-hint = Виберіть квартал і натисніть «Застосувати», щоб фільтрувати ще й за будинком.

## Візити й коли мешканець удома
visit-without-tenant = Вхід без мешканця (з його дозволу)
visit-permission-hint = Мешканець дозволяє заходити, навіть коли його немає вдома: візит можна призначити й поза зручним для нього часом.
visit-needs-times = Мешканець ще не сказав, коли буває вдома. Запитайте його, перш ніж призначати візит.
visit-ask-times = Запитати мешканця, коли він удома
visit-needs-windows = Мешканець не сказав, коли буває вдома, і не дозволив заходити без нього: запитайте його, перш ніж призначати візит.
visit-availability-not-in-flat = Питати мешканця, коли він удома, можна лише для робіт у квартирі.

visit-outcome-nobody-home = Нікого вдома: перенести
event-visit-no-access = Технік приходив ({ $when }), але нікого не було вдома
visit-status-nobody-home = Нікого вдома
