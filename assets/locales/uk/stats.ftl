## Показники й підсумки кварталу
nav-stats = Показники
nav-summary = Квартал у цифрах
stats-title = Показники
stats-period = Період: { $from } – { $to }
stats-worked-out = Дані станом на { $time }; оновлюються { $minutes ->
        [one] кожну { $minutes } хвилину
        [few] кожні { $minutes } хвилини
        [many] кожні { $minutes } хвилин
       *[other] кожні { $minutes } хвилини
    }.
stats-no-landlord = Ще не визначено
stats-estate-areas = Спільні місця кварталу
stats-days = { $days ->
        [one] { $days } день
        [few] { $days } дні
        [many] { $days } днів
       *[other] { $days } дня
    }
stats-percent = { $percent }%
stats-by-landlord = За власником
stats-by-building = За будинком
stats-by-category = За видом проблеми
stats-by-month = За місяцем
stats-column-landlord = Власник
stats-column-building = Будинок
stats-column-category = Вид проблеми
stats-column-month = Місяць
stats-received = Отримано
stats-open = Відкриті
stats-overdue = Прострочені
stats-answer-median = Перша відповідь (медіана)
stats-answer-p90 = Перша відповідь (90%)
stats-fix-median = Вирішення (медіана)
stats-fix-p90 = Вирішення (90%)
stats-reopen-rate = Відкриті знову
stats-residents-share = Займаються самі мешканці
stats-fixed-yes = «Проблему вирішено?» Так
stats-fixed-no = «Проблему вирішено?» Ні
stats-none = За цей період заявок немає.
stats-from = Перший місяць
stats-to = Останній місяць
stats-month-hint = Рік і місяць, наприклад 2026-03.
stats-side-by-side = Порівняння власників
stats-total = Отримано заявок: { $received }, ще відкритих: { $open }, прострочених: { $overdue }.
stats-chart-title = Скільки днів до першої відповіді й до вирішення (медіана), за власником
stats-chart-caption = Ті самі цифри є нижче, у таблиці «За власником».
stats-table-csv = Завантажити «{ $table }» у форматі CSV
stats-export = Експорт
stats-export-hint = Усі заявки за період з їхніми датами (отримано, прийнято в роботу, заплановано, вирішено, закрито), без імен і контактів.
stats-export-reports = Завантажити заявки у форматі CSV
summary-title = Квартал у цифрах
summary-intro = Скільки часу власникам знадобилося, щоб відповісти й вирішити проблему, за останні дванадцять місяців. Без особистих даних.
summary-sentence = { $landlord } відповідає за { $answer ->
        [one] { $answer } день
        [few] { $answer } дні
        [many] { $answer } днів
       *[other] { $answer } дня
    } і вирішує проблему за { $fix ->
        [one] { $fix } день
        [few] { $fix } дні
        [many] { $fix } днів
       *[other] { $fix } дня
    } (медіана).
summary-too-few = { $landlord }: поки що замало завершених заявок, щоб показати терміни.
summary-public = Ця сторінка відкрита: її може прочитати будь-хто, навіть не входячи.
summary-private = Ця сторінка лише для тих, хто живе або працює в кварталі.
summary-publish = Показувати цю сторінку й тим, хто не має облікового запису
summary-save = Зберегти
summary-sign-in = Увійдіть, щоб побачити цифри свого кварталу.
error-stats-filter = Один із фільтрів неправильний: виберіть один із запропонованих.
error-stats-month = Напишіть місяць як рік і місяць, наприклад 2026-03.
error-stats-period = Період має бути від одного місяця до десяти років, і перший місяць має бути раніше за останній.

stats-home-visits = Візити в квартиру
stats-nobody-home = Нікого вдома
