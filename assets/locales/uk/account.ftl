# Portineria — вхід, активація, профіль і приймальня (українська).

## Вхід
login-title = Увійти
login-intro = Увійдіть зі своєю адресою e-mail (або з ім'ям користувача, яке ви вибрали з кодом активації) і паролем.
login-field-login = E-mail або ім'я користувача
login-field-password = Пароль
login-submit = Увійти
login-failed = Неправильний e-mail, ім'я користувача або пароль.
login-link-title = Увійти без пароля
login-link-intro = Ми надішлемо вам на e-mail посилання: натиснете його — і ви вже всередині.
login-link-submit = Надішліть мені посилання
login-code-title = Вам дали лист із кодом?
login-code-intro = Якщо у вас немає e-mail, у приймальні вам дадуть лист із кодом активації.
login-code-link = Активувати обліковий запис
link-sent-title = Перевірте пошту
link-sent-body = Якщо ця адреса зареєстрована, ми надіслали вам посилання для входу. Воно діє { $minutes ->
        [one] { $minutes } хвилину
        [few] { $minutes } хвилини
        [many] { $minutes } хвилин
       *[other] { $minutes } хвилини
    }, і скористатися ним можна лише один раз.
link-confirm-title = Вхід у Portineria
link-confirm-body = Натисніть кнопку, щоб увійти на цьому пристрої.
link-confirm-submit = Увійти
magic-link-invalid = Це посилання не діє: можливо, його час минув або ним уже скористалися. Попросіть нове.

## Активація з кодом на папері
activate-title = Активуйте свій обліковий запис
activate-intro = Введіть код із листа, який вам дали в приймальні, і виберіть ім'я користувача та пароль.
activate-field-code = Код активації
activate-code-hint = Наприклад, ABCD-EFGH-JKLM. Великі чи малі літери й риски — не важливо.
activate-field-username = Виберіть ім'я користувача
activate-username-hint = Від 3 до 32 знаків: літери, цифри, крапки, дефіси й підкреслення. Воно знадобиться для входу.
activate-submit = Активувати й увійти
activation-code-invalid = Код неправильний або вже не діє. Перевірте лист або попросіть новий код у приймальні.
username-invalid = Ім'я користувача має бути від 3 до 32 знаків: літери, цифри, крапки, риски й знаки підкреслення.
username-taken = Таке ім'я користувача вже хтось узяв: виберіть інше.

## Пароль
password-too-short = Пароль має містити щонайменше { $min ->
        [one] { $min } символ
        [few] { $min } символи
        [many] { $min } символів
       *[other] { $min } символу
    }.
password-too-long = Пароль може містити щонайбільше { $max ->
        [one] { $max } символ
        [few] { $max } символи
        [many] { $max } символів
       *[other] { $max } символу
    }.
password-mismatch = Паролі не збігаються.
password-current-wrong = Теперішній пароль неправильний.

## Профіль
profile-title = Профіль
profile-details = Ваші дані
profile-email-hint = Потрібна, щоб отримувати новини й входити без пароля.
profile-save = Зберегти
profile-saved = Зміни збережено.
profile-password-title = Змінити пароль
profile-password-submit = Змінити пароль
profile-devices-title = Пристрої
profile-devices-intro = Загубили телефон або заходили з чужого комп'ютера? Вийдіть на всіх пристроях.
profile-sign-out-everywhere = Вийти на всіх пристроях
email-invalid = Схоже, ця адреса e-mail неправильна.
email-taken = Ця адреса e-mail уже зареєстрована.
locale-invalid = Ця мова недоступна.
feed-purpose-invalid = Адреси такого виду немає.
name-invalid = Напишіть ім'я не довше ніж 100 знаків.
account-exists = Обліковий запис із такими даними вже є.

## Приймальня
desk-title = Зареєструвати мешканця
desk-intro = Для тих, у кого немає e-mail: ви реєструєте людину, друкуєте лист із кодом активації і віддаєте його їй.
desk-field-unit = Код квартири
desk-unit-hint = Код квартири, як у реєстрі, наприклад GUA12-A-21.
desk-field-language = Мова листа й порталу
desk-submit = Зареєструвати й підготувати лист
unit-unknown = У вашому кварталі немає квартири з кодом «{ $code }».
letter-page-title = Лист активації
letter-ready = Лист готовий: надрукуйте його й віддайте.
letter-print = Надрукувати
letter-another = Зареєструвати ще одного мешканця
letter-title = Ласкаво просимо до Portineria
letter-greeting = Добрий день, { $name }!
letter-intro = У Portineria ви можете повідомляти про поломки й інші проблеми, стежити за ремонтом і читати оголошення свого під'їзду — навіть із телефона.
letter-code-label = Ваш особистий код активації:
letter-step-open = Відкрийте { $url }
letter-step-code = Введіть код, написаний вище.
letter-step-choose = Виберіть ім'я користувача й пароль: вони знадобляться для входу.
letter-validity = Код діє { $days ->
        [one] { $days } день
        [few] { $days } дні
        [many] { $days } днів
       *[other] { $days } дня
    }, і скористатися ним можна лише один раз.
letter-help = Якщо потрібна допомога, приходьте до приймальні: ми допоможемо.

## Пошта
mail-greeting = Добрий день, { $name }!
mail-magic_link-subject = Ваше посилання для входу в Portineria
mail-magic_link-body = Ось посилання для входу в Portineria. Воно діє { $minutes ->
        [one] { $minutes } хвилину
        [few] { $minutes } хвилини
        [many] { $minutes } хвилин
       *[other] { $minutes } хвилини
    }, і скористатися ним можна лише один раз.
mail-magic_link-button = Увійти в Portineria
mail-magic_link-ignore = Якщо ви цього не просили, просто не зважайте на цей лист: без посилання ніхто не увійде.
mail-sign_in_blocked-subject = Хтось намагався увійти у ваш обліковий запис Portineria
mail-sign_in_blocked-body = хтось багато разів намагався увійти у ваш обліковий запис Portineria з неправильним паролем. Ми його зупинили: ваш обліковий запис працює як і раніше, і ви можете входити як завжди.
mail-sign_in_blocked-advice = Якщо це були не ви, виберіть новий пароль у своєму профілі; якщо вважаєте, що хтось його знає, також вийдіть на всіх пристроях.
mail-sign_in_blocked-button = Відкрити профіль
sign-in-blocked-label = Ваш обліковий запис
sign-in-blocked-summary = Хтось пробував багато неправильних паролів до вашого облікового запису: ми його зупинили. Якщо це були не ви, змініть пароль.
phone-invalid = Схоже, цей номер мобільного неправильний: якщо він не італійський, напишіть його з кодом країни (+40 …).
desk-field-phone = Номер мобільного (необов'язково)
desk-phone-hint = Італійський номер можна писати без +39. Мешканець отримуватиме термінові оголошення та новини про свої звернення в SMS.

# Signing in with a mobile number and a code sent by SMS.
login-phone-title = Увійти за номером мобільного
login-phone-intro = Якщо приймальня зареєструвала ваш номер мобільного, ми надішлемо вам SMS з кодом для входу.
login-phone-field = Номер мобільного
login-phone-submit = Надішліть мені код
phone-code-title = Введіть код
phone-code-sent = Якщо номер { $phone } зареєстровано, ми надіслали вам SMS з 6-значним кодом. Він діє { $minutes ->
        [one] { $minutes } хвилину
        [few] { $minutes } хвилини
        [many] { $minutes } хвилин
       *[other] { $minutes } хвилини
    }, і скористатися ним можна лише один раз.
phone-code-field = Код з SMS
phone-code-submit = Увійти
phone-code-wrong = Код неправильний або вже недійсний: перевірте SMS або попросіть новий.

# How the desk sees that a person is reached, and SMS turned on again after STOP.
desk-reach-title = Як ми з ним зв'язуємося
desk-reach-phone = Мобільний
desk-reach-no-phone = Немає номера мобільного
desk-reach-kind-urgent = Термінові оголошення
desk-reach-kind-report = Новини щодо його заявок
desk-reach-kind-visit = Нагадування про візити
desk-reach-kind-rent = Оренда: нагадування, допомога й плани
desk-reach-stopped = Написав STOP { $date }: більше не отримує SMS.
desk-reach-resume-consent = Людина тут, у приймальні, і просить знову отримувати SMS
desk-reach-resume = Знову увімкнути SMS
desk-reach-resume-consent-required = SMS вмикаються знову лише на прохання людини тут, у приймальні: позначте прапорець.

# Which channels each kind of message goes by, besides the inbox.
channels-title = Як ви отримуєте повідомлення
channels-intro = Ви завжди знайдете їх тут, на порталі. Крім того, вони можуть надходити:
channels-email = електронною поштою
channels-sms = через SMS
channels-push = сповіщеннями
push-intro = Якщо застосунок встановлено на телефоні чи комп'ютері, ви можете отримувати термінові оголошення та новини щодо своїх заявок як сповіщення.
push-turn-on = Увімкнути сповіщення на цьому пристрої
push-on = Сповіщення на цьому пристрої увімкнено.
push-denied = Браузер блокує сповіщення від цього сайту. Дозвольте їх у налаштуваннях браузера й спробуйте ще раз.
push-failed = Не вдалося увімкнути сповіщення на цьому пристрої. Спробуйте пізніше або скористайтеся електронною поштою чи SMS.
push-endpoint-invalid = Адреса для сповіщень некоректна.
push-endpoint-refused = Сповіщення можуть іти лише через відомі сервіси браузерів і лише захищеним з'єднанням.
push-keys-invalid = Ключі для сповіщень некоректні.

# Per stair, the flats the portal reaches by no channel.
desk-paper-title = До кого ми доходимо лише особисто
desk-paper-intro = Для кожного під'їзду квартири, де ніхто не отримує e-mail, SMS чи сповіщень від порталу: коли вимикають воду, туди потрібна записка або постукати у двері.
desk-paper-stair = Під'їзд
desk-paper-flats = Квартири
desk-paper-only = Лише особисто (номери)
desk-paper-none = жодної

# One's own mobile number, confirmed by a code sent to it.
own-phone-title = Ваш мобільний
own-phone-current = SMS надходять на
own-phone-none = Немає номера мобільного: впишіть його нижче, щоб отримувати оголошення SMS і входити також за номером.
own-phone-sent = Ми надіслали SMS із 6-значним кодом на { $phone }: введіть його тут, щоб підтвердити номер.
own-phone-confirm = Підтвердити номер
own-phone-label = Номер мобільного
own-phone-hint = Італійський номер можна писати без +39. Його бачите лише ви та служба підтримки.
own-phone-send = Надіслати мені код
phone-taken = Цей номер уже належить іншому обліковому запису: зверніться до служби підтримки.
push-devices-title = Сповіщення увімкнено на
push-device-since = Увімкнено: { $date }
push-device-remove = Вимкнути
