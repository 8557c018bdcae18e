# Ключі API (сторінка адміністрування) і Open311 GeoReport v2.
nav-api-keys = Ключі API
api-keys-title = Ключі API
api-keys-intro = Ключі дають іншим системам — кол-центру власника будинків, застосунку Open311 міста — змогу читати публічні заявки цього порталу й подавати нові заявки щодо спільних місць у будинках, які обслуговує їхня організація. Кожен ключ показують лише один раз: скопіюйте його, щойно його видано. Кожне використання записується, і кожен ключ має власне обмеження на кількість запитів.
api-keys-issued = Ключ «{ $name }» видано. Скопіюйте його зараз: більше його не покажуть.
api-keys-revoked-note = Ключ відкликано: запити з ним тепер відхиляються.
api-keys-new = Видати ключ
api-keys-name = Назва
api-keys-organisation = Організація
api-keys-can-write = Може подавати заявки (читання й запис)
api-keys-create = Видати ключ
api-keys-list = Видані ключі
api-keys-scope = Права
api-keys-created = Дата видачі
api-keys-last-used = Востаннє використано
api-keys-uses-today = Використань за 24 години
api-keys-state = Стан
api-keys-read-write = Читання й запис
api-keys-read-only = Лише читання
api-keys-never = Ніколи
api-keys-revoked = Відкликано { $when }
api-keys-revoke = Відкликати
api-keys-revoke-named = Відкликати ключ «{ $name }»
api-keys-none = Ще не видано жодного ключа.
api-key-name-invalid = Дайте ключу назву не довшу ніж { $max ->
        [one] { $max } знак
        [few] { $max } знаки
        [many] { $max } знаків
       *[other] { $max } знака
    }.
api-key-organisation-unknown = Виберіть організацію зі списку.
open311-group-owner = Власник будинку
open311-service-description = { $category }: заявку отримує { $group }.
open311-spot-format = Довільний текст, не більше ніж { $max ->
        [one] { $max } знак
        [few] { $max } знаки
        [many] { $max } знаків
       *[other] { $max } знака
    }.
open311-spot-description = Де саме в спільних місцях будинку (наприклад: ліфт, перший поверх)?
open311-date-invalid = Дати мають бути у форматі дати й часу W3C із часовим поясом, наприклад 2026-11-30T09:00:00Z.
open311-too-many-ids = Запитуйте за id не більше ніж 1000 заявок за раз.
open311-dates-reversed = Дата початку пізніша за дату кінця.
open311-dates-too-wide = Найбільша кількість днів в одному запиті: { $days }.
open311-status-invalid = Стан має бути open, closed або обидва значення.
open311-page-invalid = Номер сторінки має бути цілим числом від 1 до { $max }.
open311-page-size-invalid = Розмір сторінки має бути цілим числом від 1 до { $max }.
open311-service-unknown = Такого коду послуги немає: див. services.xml.
open311-service-missing = Поле service_code обов'язкове.
open311-position-invalid = Укажіть і lat, і long у десяткових градусах.
open311-media-invalid = У полі media_url неправильна адреса.
open311-media-host = Фото з { $host } не завантажуються: попросіть адміністраторів порталу дозволити цей сайт або не вказуйте media_url.
open311-media-private = Фото з { $host } не завантажуються: ця адреса веде до приватної мережі, а не в інтернет.
open311-media-unreachable = Не вдалося завантажити фото за адресою з media_url.
open311-key-missing = Щоб подати заявку, потрібен ключ api_key.
open311-key-invalid = Ключ api_key невідомий або його відкликано.
open311-key-read-only = Цей ключ api_key дає право лише на читання.
open311-key-out-of-scope = Організація цього ключа api_key не відповідає за цю послугу в тому будинку: вона може подавати звернення лише там, де працює сама.
open311-location-missing = Укажіть, де саме: address_id (код будинку або БУДИНОК/ПІД'ЇЗД), lat і long або address_string.
open311-location-unknown = У цьому місці немає жодного будинку кварталу.
open311-service-notice = Майстри власника бачать заявку у своїй черзі й відповідають у терміни виконання, встановлені для її терміновості.
open311-key-service = Ключі видають адміністратори порталу: { $url }
