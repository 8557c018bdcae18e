# Portineria — заявки й категорії (українська).

## Заявки
nav-reports = Заявки
yes = Так
no = Ні
reports-title = Заявки
reports-mine = Мої заявки
reports-around = Відкриті заявки в моєму під'їзді й будинку
reports-around-none = Поруч немає відкритих заявок.
reports-back = Усі заявки
report-new-button = Повідомити про проблему
report-new-title = Повідомити про проблему
report-title = Заявка
report-for-tenant = Ви в приймальні подаєте заявку від імені: { $name }.
report-desk-title = Для кого ця заявка?
report-desk-intro = Знайдіть квартиру людини, яка прийшла до приймальні або зателефонувала.
report-desk-find = Знайти
report-desk-file-for = Подати заявку від імені: { $name }
report-desk-no-tenants = У цій квартирі вашого кварталу немає зареєстрованих мешканців.
report-desk-answers = приймальня кварталу
report-no-places = Ваш обліковий запис не прив'язаний до квартири: зверніться до приймальні.
report-where = Де?
report-what = Що сталося?
report-continue = Далі
where-unit = У моїй квартирі
where-unit-hint = { $floor ->
        [-1] Підвал
        [0] Наземний поверх
       *[other] { $floor }-й поверх над наземним
    }, квартира { $number }
where-stair = Спільні місця під'їзду: { $stair }
where-stair-hint = Сходові майданчики, сходи, ліфт, підвали
where-building = Спільні місця будинку
where-estate = Двори й спільні місця кварталу
where-estate-hint = Двори, сквери, доріжки, стоянки
report-similar-title = Можливо, про це вже повідомили
report-similar-intro = Ці заявки відкриті поруч. Якщо у вас та сама проблема, натисніть «У мене теж»: ви отримуватимете новини так само, як той, хто подав заявку.
report-me-too = У мене теж така проблема
report-me-too-count = { $count ->
    [one] { $count } людина сказала «у мене теж».
    [few] { $count } людини сказали «у мене теж».
    [many] { $count } людей сказали «у мене теж».
   *[other] { $count } людини сказали «у мене теж».
}
report-field-spot = Де саме (необов'язково)
report-spot-hint = Наприклад: підвал, ліфт, двір, другий поверх.
spot-cellar = Підвал
spot-lift = Ліфт
spot-courtyard = Двір
spot-entrance = Вхід
spot-landing = Сходовий майданчик
spot-roof = Дах
report-field-description = Опишіть проблему
report-description-hint = Що сталося, відколи, чи це небезпечно. Не більше ніж { $max ->
        [one] { $max } знак
        [few] { $max } знаки
        [many] { $max } знаків
       *[other] { $max } знака
    }.
report-field-photos = Фото (необов'язково)
report-photos-hint = До { $max ->
        [one] { $max } знімка
        [few] { $max } знімків
        [many] { $max } знімків
       *[other] { $max } знімка
    } у форматі JPEG, PNG або WebP, кожен не більше ніж { $mb } МБ.
report-in-unit-title = Лише для проблем у квартирі
report-in-unit-hint = Це потрібно майстрові, щоб домовитися про візит.
report-permission = Майстер може зайти й без мене (з тим, у кого є ключі)
time-window-morning = Зранку
time-window-afternoon = Після обіду
time-window-evening = Увечері
report-show-name = Показувати моє ім'я сусідам
report-submit = Надіслати заявку
report-reference = Номер { $reference }
report-filed-title = Заявку надіслано.
report-filed-body = Її номер — { $reference }: збережіть його. Про кожну новину ми повідомимо вас тут і на e-mail.
report-state = Стан
report-expected = Обіцяють вирішити до { $date }.
report-private = Цю заявку бачать лише ті, хто її подав, і ті, хто нею займається.
report-details = Подробиці
report-field-place = Де
report-field-filed = Надіслано
report-who-answers = Хто відповідає
report-permission-short = Можна заходити без мене
report-photo-alt = Фото { $number } до заявки
report-timeline = Історія
report-internal = внутрішня примітка
report-comment-title = Написати оновлення
report-comment-label = Повідомлення
report-comment-submit = Опублікувати
report-note-submit = Зберегти як внутрішню примітку
report-move-title = Змінити стан
report-move-to = Новий стан
report-move-note = Примітка для мешканця (необов'язково)
report-move-submit = Оновити
report-duplicate-title = Це повтор?
report-duplicate-of = Номер першої заявки
report-duplicate-submit = Об'єднати з першою заявкою
report-competence-title = Заявка не за адресою
report-transfer-to = Передати
report-transfer-reason = Чому (це прочитає мешканець)
report-transfer-submit = Передати заявку
report-redirect-reason = Куди звернутися і чому (це прочитає мешканець)
report-redirect-submit = Закрити як «не за адресою»
report-confirm-title = Проблему вирішено?
report-confirm-yes = Так, усе гаразд
report-confirm-no-reason = Ні: що ще не так?
report-confirm-no = Ні, відкрити заявку знову
report-place-unit = { $address }, { $stair }, { $floor ->
        [-1] підвал
        [0] наземний поверх
       *[other] { $floor }-й поверх над наземним
    }, квартира { $number }
report-place-stair = { $stair }, { $address }
report-place-building = Спільні місця, { $address }
report-place-estate = Спільні місця, { $estate }
status-received = Отримано
status-acknowledged = Прийнято в роботу
status-scheduled = Ремонт заплановано
status-in_progress = Роботи тривають
status-resolved = Вирішено
status-closed = Закрито
status-not_competent = Не за адресою
status-duplicate = Повтор
status-handled_by_residents = Займаються самі мешканці
next-received = Заявка чекає, поки { $organisation } прийме її в роботу.
next-acknowledged = Заявку прийнято в роботу: { $organisation } організує ремонт.
next-scheduled = Ремонт заплановано: вам прийде повідомлення з днем візиту.
next-in_progress = Роботи тривають.
next-resolved = За словами { $organisation }, проблему вирішено. Якщо це не так, відкрийте заявку знову.
next-closed = Заявку закрито.
next-not_competent = Заявка не за адресою: { $organisation } цим не займається. В історії заявки написано, куди звернутися.
next-duplicate = Її об'єднали з іншою заявкою про ту саму проблему: стежте за тією заявкою.
next-handled_by_residents = Цим займаються самі мешканці.
event-filed = Заявку надіслано
event-filed-at-desk = Подано в приймальні від імені: { $tenant }
event-status = Новий стан: { $status }
event-reopened = Відкрито знову: проблему не вирішено
event-comment = Оновлення
event-note = Внутрішня примітка
event-transfer = Передано: { $organisation }
event-duplicate = Об'єднано із заявкою { $reference }
event-closed-unconfirmed = Закрито: ніхто не відповів на питання «Проблему вирішено?»
event-who-reporter = Автор заявки
event-who-system = Portineria
report-description-short = Опис має містити щонайменше { $min ->
        [one] { $min } знак
        [few] { $min } знаки
        [many] { $min } знаків
       *[other] { $min } знака
    }.
report-description-long = Опис може мати не більше ніж { $max ->
        [one] { $max } знак
        [few] { $max } знаки
        [many] { $max } знаків
       *[other] { $max } знака
    }.
report-spot-long = «Де саме» може мати не більше ніж { $max ->
        [one] { $max } знак
        [few] { $max } знаки
        [many] { $max } знаків
       *[other] { $max } знака
    }.
report-location-invalid = Виберіть, де проблема.
report-category-invalid = Виберіть, що сталося.
report-time-windows-invalid = Час вибрано неправильно.
report-idempotency-key-invalid = Неправильний ключ надсилання.
report-no-home = Для цієї заявки ваш обліковий запис має бути прив'язаний до квартири: зверніться до приймальні.
report-filter-invalid = Неправильний фільтр.
report-status-invalid = Неправильний стан.
report-reason-required = Напишіть причину: мешканець її прочитає.
report-comment-long = Повідомлення може мати не більше ніж { $max ->
        [one] { $max } знак
        [few] { $max } знаки
        [many] { $max } знаків
       *[other] { $max } знака
    }.
report-duplicate-needs-original = Щоб позначити повтор, вкажіть першу заявку.
report-duplicate-unknown = Немає заявки з таким номером, яку можна взяти за першу.
report-changed-meanwhile = Тим часом заявка змінилася, тож вашу зміну не внесено. Перегляньте, яка вона зараз, і за потреби спробуйте ще раз.
report-transfer-unknown = Цій організації заявку передати не можна.
photo-too-many = Можна додати не більше ніж { $max ->
        [one] { $max } знімок
        [few] { $max } знімки
        [many] { $max } знімків
       *[other] { $max } знімка
    }.
photo-too-large = Фото { $number } завелике: можна не більше ніж { $max } МБ.
photo-empty = Фото { $number } порожнє (0 байт): виберіть його ще раз або сфотографуйте знову.
photo-too-many-pixels = Фото { $number } має забагато пікселів: зменште його або сфотографуйте знову.
photo-heic = Фото { $number } у форматі HEIC, який ми не можемо прочитати: у налаштуваннях камери виберіть «Найсумісніший» (JPEG) або надішліть знімок екрана.
photo-unsupported = Файл { $number } — це не фото у форматі JPEG, PNG чи WebP.
photo-corrupt = Фото { $number } пошкоджене або неповне: спробуйте сфотографувати знову.
pending-title = Чекають надсилання
pending-waiting = Чекає на інтернет: надішлеться, щойно буде можливо.
pending-sending = Надсилаємо…
pending-sent = Надіслано.
pending-failed = Не вдалося надіслати: заповніть форму ще раз.
pending-offline-saved = Немає інтернету: заявку збережено на телефоні, вона надішлеться сама.
pending-view = Переглянути заявку
home-inbox = Новини
home-inbox-new = нове
home-all-reports = Усі заявки
home-desk-open = Відкриті заявки в кварталі
mail-report_update-subject = Новина щодо заявки { $reference }
mail-report_update-intro = Є новина щодо заявки { $reference }:
mail-report_update-status = Теперішній стан: { $status }
mail-report_update-link = Щоб переглянути заявку:
mail-report_update-button = Відкрити заявку

## Категорії
nav-categories = Категорії
categories-title = Види проблем
categories-intro = Назви різними мовами, початкова терміновість і хто відповідає. Заявки, якими займається приймальня, завжди бачать лише автор і працівники.
categories-name = Назва ({ $language })
categories-priority = Початкова терміновість
categories-routing = Хто відповідає
categories-routing-owner = Власник будинку
categories-routing-desk = Приймальня кварталу (примирення, лише для автора й працівників)
categories-active = Можна вибрати, коли подаєте заявку
categories-save = Зберегти
category-name-invalid = Кожна назва має бути від 1 до { $max ->
        [one] { $max } знака
        [few] { $max } знаків
        [many] { $max } знаків
       *[other] { $max } знака
    }.
category-priority-invalid = Неправильна терміновість.
category-routing-invalid = «Хто відповідає»: неправильний вибір.
priority-low = Низька
priority-normal = Звичайна
priority-high = Висока
priority-urgent = Невідкладна

## Коли мешканець удома
times-title = Коли до вас можна прийти?
times-intro = Позначте, коли ви зазвичай удома. Якщо дозволите заходити й без вас, майстер зможе прийти й в інший час.
times-windows = Зазвичай я вдома
times-submit = Зберегти
report-availability-empty = Виберіть хоча б один час або дозвольте заходити, коли вас немає вдома.
event-availability-requested = Ми запитали мешканця, коли хтось буде вдома
event-availability-windows = Мешканець удома: { $windows }
event-availability-windows-permission = Мешканець удома: { $windows }. Можна заходити й без нього.
event-availability-permission = Можна заходити, навіть коли мешканця немає вдома
mail-visit_reminder-subject = Завтра візит щодо { $reference }
mail-visit_reminder-intro = завтра до вас прийде технік щодо заявки { $reference }:
mail-visit_reminder-away = Якщо вдома нікого не буде, повідомте про це на сторінці заявки: ми призначимо інший день.
