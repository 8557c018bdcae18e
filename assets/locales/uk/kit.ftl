# Portineria — довідник мешканця й витрати будинку (українська).

## Довідник мешканця
kit-title = Довідник мешканця
kit-contents = Зміст
kit-print = Надрукувати довідник
kit-empty = Довідник для цього кварталу ще не написали.
kit-updated = Оновлено { $date }, автор: { $name }
kit-topic-numbers = Корисні номери й години роботи
kit-topic-rules = Правила спільного життя
kit-topic-services = Що є в кварталі
kit-topic-waste = Вивезення сміття
kit-topic-history = Історія кварталу
kit-edit-title = Редагувати довідник мешканця
kit-edit-intro = Кожне збереження створює нову версію; старі залишаються в історії.
kit-propose-intro = Ваші пропозиції надходять до приймальні, і там вирішують, схвалити їх чи ні.
kit-missing = Ще не перекладено такими мовами: { $languages }.
kit-not-written = ще не написано
kit-proposals = є пропозиції
kit-versions = { $count ->
    [one] Поки що { $count } версія.
    [few] Поки що { $count } версії.
    [many] Поки що { $count } версій.
   *[other] Поки що { $count } версії.
}
kit-propose = Запропонувати
kit-approve = Схвалити
kit-reject = Не схвалювати
kit-title-invalid = Заголовок має бути від 1 до { $max ->
        [one] { $max } знака
        [few] { $max } знаків
        [many] { $max } знаків
       *[other] { $max } знака
    }.
kit-body-long = Текст може мати не більше ніж { $max ->
        [one] { $max } знак
        [few] { $max } знаки
        [many] { $max } знаків
       *[other] { $max } знака
    }.
kit-topic-invalid = Виберіть розділ довідника зі списку.
kit-reviewed-meanwhile = Хтось інший тим часом уже ухвалив рішення щодо цієї пропозиції: будь ласка, оновіть сторінку, щоб побачити її поточний стан.

## Витрати будинку
accounts-title = Витрати будинку
accounts-contracts = Договори на обслуговування
accounts-expenses = Витрати за рік
accounts-shares = Ваша частка
accounts-none = Поки що тут нічого немає.
accounts-no-share = Поки що немає вашої частки.
accounts-year = { $year } рік
accounts-year-column = Рік
accounts-item = Стаття витрат
accounts-amount = Сума
accounts-total = Разом
accounts-since = з { $from }
accounts-flat = { $stair }, { $floor ->
        [-1] підвал
        [0] наземний поверх
       *[other] { $floor }-й поверх над наземним
    }, квартира { $number }
accounts-service-cleaning = Прибирання
accounts-service-green = Озеленення
accounts-service-lift = Ліфт
accounts-service-heating = Опалення
accounts-service-waste = Сміття
accounts-service-other = Інше
accounts-add-expense = Додати витрату
accounts-building-code = Код будинку
accounts-add = Додати

## Імпорт
import-title = Завантажити з файлу CSV
import-intro = Файл із рядком заголовків. Договори: building_code, service, contractor, starts_on, ends_on, contact. Витрати: building_code, year, item, amount. Частки: unit_code, year, amount. Якщо хоч один рядок неправильний, не завантажиться нічого.
import-kind = Що у файлі
import-file = Файл CSV
import-submit = Завантажити
import-done = { $count ->
    [one] Завантажено { $count } рядок.
    [few] Завантажено { $count } рядки.
    [many] Завантажено { $count } рядків.
   *[other] Завантажено { $count } рядка.
}
import-refused = Нічого не завантажено. Виправте ці рядки й спробуйте ще раз:
import-line = Рядок { $line }: { $problem }
import-columns = бракує стовпців.
import-building-unknown = невідомий будинок або він не з вашого кварталу.
import-unit-unknown = невідома квартира або вона не з вашого кварталу.
import-service-unknown = невідома послуга (cleaning, green, lift, heating, waste, other).
import-date-invalid = неправильна дата (РРРР-ММ-ДД або ДД/ММ/РРРР; кінець — після початку).
import-amount-invalid = неправильний рік або сума.
import-item-missing = бракує статті витрат.
import-contractor-missing = бракує назви фірми.
import-unreadable = файл не читається як CSV.
import-empty = У файлі немає рядків для завантаження.
# Between the names in a list ("English, Shqip").
list-separator = { ", " }
