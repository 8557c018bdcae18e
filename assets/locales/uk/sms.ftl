# SMS: short, to fit in one message.
sms-urgent = Терміново: { $title } - { $link }
sms-report-update = { $reference } ({ $status }): { $summary } - { $link }

# Answers to messages from phones, and the questions a reply answers.
sms-report-resolved = { $reference } вирішено: { $summary }. Усе працює? Відповідайте ТАК або НІ - { $link }
sms-visit-reminder = Завтра з { $from } до { $until } до вас прийде технік щодо { $reference }. Якщо вдома нікого не буде, відповідайте НІ.
sms-filed = Дякуємо, ми отримали заявку { $reference }. Напишемо вам тут, коли будуть новини. { $link }
sms-closed = Дякуємо! Заявку { $reference } закрито.
sms-reopened = Заявку { $reference } відкрито знову: ми переглянемо її ще раз.
sms-visit-moved = Дякуємо, ми скажемо техніку: візит щодо { $reference } перенесуть, і ми повідомимо новий день.
sms-visit-confirmed = Дякуємо: технік прийде, як заплановано, щодо { $reference }.
sms-already-answered = Заявку { $reference } вже оновлено: більше нічого не потрібно. Напишіть ДОПОМОГА, щоб дізнатися, що можна зробити.
sms-stopped = Ви більше не отримуватимете SMS від Portineria. Щоб увімкнути їх знову, зверніться до приймальні.
sms-help = Portineria: напишіть нам в SMS, що не працює, і ми передамо заявку за вас. Приймальня: { $desk }. Напишіть STOP, щоб більше не отримувати SMS.
sms-desk-unknown = приймальня вашого кварталу
sms-unknown = Цей номер не зареєстровано в Portineria: зверніться до приймальні вашого кварталу.
sms-slow-down = Ми отримали багато повідомлень з цього номера: скоро їх прочитаємо. У терміновому випадку телефонуйте до приймальні.
sms-fixed-reason = Підтверджено через SMS: несправність усунено.
sms-not-fixed-reason = Відповідь через SMS: несправність не усунено.
sms-visit-nobody-home = Відповідь через SMS: того дня вдома нікого не буде.
sms-id-invalid = Повідомлення не має дійсного ідентифікатора.
sms-sign-in-code = Ваш код для входу в Portineria: { $code }. Нікому його не повідомляйте.

sms-budget-title = SMS, надіслані сьогодні
sms-budget-cap = Денний ліміт на житловий комплекс, у частинах SMS: { $cap }. Понад ліміт ідуть лише термінові оголошення; решта чекає до півночі.
sms-budget-no-cap = Денного ліміту немає (PORTINERIA_SMS_DAILY_CAP): кожна надіслана частина SMS платна.
sms-budget-estate = Житловий комплекс
sms-budget-parts = Частин надіслано сьогодні
sms-budget-waiting = Чекають
sms-budget-at-cap = (ліміт досягнуто)
sms-budget-no-estate = Відповіді та коди входу
sms-verify-code = Ваш код для підтвердження номера в Portineria: { $code }. Нікому його не давайте.
sms-news = { $title } - { $body } - { $link }
