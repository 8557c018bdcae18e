# Збори під'їзду та будинку: оголошення, протокол, рішення.

notice-kind-assembly = Збори мешканців
notice-history-minutes = Опубліковано протокол
notice-history-minutes-corrected = Виправлено протокол
assembly-form-when = Подія або збори: день, час і місце
assembly-when-required = Для зборів потрібні день і час.
assembly-minutes = Протокол зборів
assembly-published-on = Дата публікації: { $when }
assembly-attendance = Присутніх сімей: { $count }
assembly-decisions = Рішення та голоси
assembly-decision = Рішення
assembly-decision-number = Рішення { $number }
assembly-votes-for = За
assembly-votes-against = Проти
assembly-votes-abstained = Утрималися
assembly-result = Результат
assembly-carried = Ухвалено
assembly-not-carried = Не ухвалено
assembly-publish-minutes = Опублікувати протокол
assembly-correct-minutes = Виправити протокол
assembly-field-minutes = Протокол: що обговорювали, хто виступав
assembly-field-attendance = Присутні сім'ї
assembly-decisions-hint = Один рядок на кожне рішення, з голосами. Порожні рядки не враховуються.
assembly-past-decisions = Рішення минулих зборів
assembly-held-on = Збори
assembly-minutes-required = Напишіть протокол.
assembly-minutes-long = Протокол може мати не більше ніж { $max ->
        [one] { $max } знак
        [few] { $max } знаки
        [many] { $max } знаків
       *[other] { $max } знака
    }.
assembly-decisions-many = Найбільша кількість рішень у протоколі: { $max }.
assembly-decision-text-required = Напишіть текст кожного рішення, за яке голосували.
assembly-decision-long = Рішення може мати не більше ніж { $max ->
        [one] { $max } знак
        [few] { $max } знаки
        [many] { $max } знаків
       *[other] { $max } знака
    }.
assembly-votes-invalid = Голоси — це цілі числа від 0 до { $max }.
assembly-attendance-invalid = Кількість присутніх сімей — ціле число від 0 до { $max }.
assembly-not-yet-met = Протокол публікують після зборів: їхній час ще не настав.
