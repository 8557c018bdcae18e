# Portineria — повідомлення, спільні для всіх сторінок (українська).

## Будова сторінки
skip-to-content = Перейти до головного
nav-label = Головне меню
nav-home = Головна
nav-profile = Профіль
nav-register-tenant = Зареєструвати мешканця
nav-sign-out = Вийти
language-switcher = Мова:
footer-tagline = Portineria — цифровий консьєрж вашого кварталу.

## Спільні поля
field-name = Ім'я та прізвище
field-email = Адреса e-mail
field-username = Ім'я користувача
field-language = Мова
field-new-password = Новий пароль
field-confirm-password = Повторіть пароль
field-current-password = Теперішній пароль
password-hint = Щонайменше { $min ->
        [one] { $min } символ
        [few] { $min } символи
        [many] { $min } символів
       *[other] { $min } символу
    }. Добре підійде фраза, яку ви легко запам'ятаєте.
back-to-login = Повернутися до входу

## Головна
home-title = Головна
home-greeting = Добрий день, { $name }!
home-my-home = Мій дім
home-my-reports = Мої заявки
home-no-reports = У вас ще немає заявок.
home-stair-notices = Оголошення під'їзду: { $stair }
home-no-notices = Для вашого під'їзду оголошень немає.
home-delegate-title = Ви представляєте мешканців
home-delegate-stair = Ви — старший по під'їзду: { $stair }, { $address }.
home-delegate-building = Ви — старший по будинку: { $building }.
home-desk-title = Приймальня — { $estate }
home-desk-intro = Тут ви реєструєте мешканців без e-mail і друкуєте для них лист із кодом активації.
home-queue-title = Черга заявок
home-queue-empty = У черзі немає заявок.
home-buildings-title = Будинки, за які ви відповідаєте
home-no-buildings = Немає будинків.
home-units-count = { $count ->
    [one] { $count } квартира
    [few] { $count } квартири
    [many] { $count } квартир
   *[other] { $count } квартири
}
home-team-title = Бригада майстрів
home-team-empty = Жодного майстра ще не зареєстровано.
home-installation-title = Система
home-import-hint = Квартали, будинки, під'їзди й квартири завантажують із файлу CSV командою «portineria import».
totals-organisations = Організації
totals-estates = Квартали
totals-buildings = Будинки
totals-stairs = Під'їзди
totals-units = Квартири
totals-users = Зареєстровано людей

## Місця
place-address = Адреса
place-stair = Під'їзд
place-unit = Квартира
place-unit-floor = { $floor ->
        [-1] Підвал
        [0] Наземний поверх
       *[other] { $floor }-й поверх над наземним
    }, квартира { $number }
place-estate = Квартал
place-owner = Власник

## Помилки
error-title = Щось пішло не так
error-status = Код помилки { $status }.
error-home = На головну
error-not-found = Сторінку не знайдено, або у вас немає дозволу її бачити.
error-unauthenticated = Щоб продовжити, увійдіть.
error-csrf = Форма застаріла. Оновіть сторінку й спробуйте ще раз.
error-rate-limited = Забагато спроб. Зачекайте кілька хвилин і спробуйте ще раз.
error-internal = Сталася помилка. Спробуйте трохи згодом; якщо помилка повторюється, скажіть у приймальні.
error-unavailable = Портал зараз не може дістатися до своїх даних. Спробуйте ще раз за кілька хвилин: те, що ви вже надіслали, збережено.
error-cannot-save = Портал зараз не може нічого зберегти: його сховище заповнене або доступне лише для читання. Спробуйте пізніше: те, що ви вже надіслали, у безпеці.
error-changed-meanwhile = Хтось інший змінив те саме в ту саму мить: нічого не збережено. Будь ласка, оновіть сторінку й спробуйте ще раз.
error-form-invalid = Форму надіслано не повністю. Оновіть сторінку й спробуйте ще раз.
error-form-too-large = Надіслана форма завелика.
error-json-invalid = Запит не є коректним JSON, або в ньому бракує полів.
error-query-invalid = Параметри запиту неправильні.
error-too-large = Запит завеликий.

## Дата й час (італійський час: усі квартали — в Італії)
time-local = { $date }, { $time } (за італійським часом)
time-slot = { $weekday } { $date }, { $from }–{ $until } (за італійським часом)
amount-euro = { $amount } €

## Застосунок на телефоні
app-name = Portineria — ваш квартал
app-short-name = Portineria
app-description = Заявки, дошка оголошень і довідник мешканця вашого кварталу
offline-title = Немає інтернету
offline-intro = Цієї сторінки немає на телефоні. Можна відкрити ті, які ви вже бачили, і написати заявку: вона надішлеться, щойно з'явиться інтернет.
offline-as-of = Немає інтернету: ця сторінка показана станом на { $when }.

## Зручність читання й переклади
display-large-text = Більший шрифт
display-high-contrast = Висока контрастність
display-invalid = Такого варіанта показу немає.
nav-translations = Переклади
translations-title = Тексти для перекладу
translations-intro = Категорії, актуальні оголошення й розділи довідника мешканця, ще не написані всіма мовами: поки перекладу немає, їх показують італійською.
translations-missing-count = { $count ->
    [one] ще { $count } текст без перекладу
    [few] ще { $count } тексти без перекладу
    [many] ще { $count } текстів без перекладу
   *[other] ще { $count } тексту без перекладу
}
translations-categories = Категорії
translations-notices = Оголошення
translations-kit = Довідник мешканця
translations-templates = Готові відповіді
