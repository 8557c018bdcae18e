# انتخابات مندوبي الدرج ومندوبي العمارة، بتصويت سري.
elections-title = انتخابات المندوبين
nav-elections = الانتخابات
elections-intro = الجيران هم الذين يختارون المندوبين: لكل شقة صوت واحد، على الموقع أو برسالة SMS أو على الورق في مكتب المساعدة، والتصويت سري.
elections-none = لا توجد انتخابات حاليًا.
elections-open-title = نظّم انتخابات
elections-open-place = لأي درج أو عمارة
elections-open-nominations-last = آخر يوم للترشح
elections-open-voting-first = أول يوم للتصويت
elections-open-voting-last = آخر يوم للتصويت
elections-open-term = مدة المهمة بالأشهر
elections-open-submit = نظّم الانتخابات
election-rule-general = يفوز من يحصل على أكثر الأصوات؛ وإذا تساوى اثنان أو أكثر على المقعد الأخير، يُعاد التصويت بينهم فقط (جولة إعادة). وإذا كان هناك مرشح واحد فقط، يكون التصويت بنعم أو لا.
election-place-building = العمارة: { $building }
election-place-stair = الدرج: { $stair }، { $address }
election-page-title = انتخاب المندوبين
election-title-stair = انتخاب مندوب الدرج: { $place }
election-title-building = انتخاب مندوب العمارة: { $place }
election-status-nominations = الترشح مفتوح حتى { $when }.
election-status-waiting = انتهى الترشح. يبدأ التصويت في { $when }.
election-status-voting = التصويت مفتوح حتى { $when }.
election-status-counting = انتهى التصويت في { $when }: مكتب المساعدة يعدّ الأصوات.
election-status-closed = أُغلقت الانتخابات في { $when }.
election-seats = المقاعد
election-nominations-until = الترشح حتى
election-voting = التصويت
election-from-to = من { $from } إلى { $to }
election-term = مدة المهمة
election-term-months = { $count ->
    [zero] { $count } شهر
    [one] شهر واحد
    [two] شهران
    [few] { $count } أشهر
    [many] { $count } شهرًا
   *[other] { $count } شهر
}
election-rule = { $seats ->
    [zero] يفوز { $seats } مرشح من أصحاب أكثر الأصوات (يلزم صوت واحد على الأقل). إذا تساوى اثنان أو أكثر على المقعد الأخير، يُعاد التصويت بينهم فقط للمدة نفسها. وإذا كان هناك مرشح واحد فقط، يكون التصويت بنعم أو لا: ويُنتخب إذا كانت أصوات «نعم» أكثر من أصوات «لا».
    [one] يفوز المرشح الذي يحصل على أكثر الأصوات (يلزم صوت واحد على الأقل). إذا تساوى اثنان أو أكثر، يُعاد التصويت بينهم فقط للمدة نفسها. وإذا كان هناك مرشح واحد فقط، يكون التصويت بنعم أو لا: ويُنتخب إذا كانت أصوات «نعم» أكثر من أصوات «لا».
    [two] يفوز المرشحان اللذان يحصلان على أكثر الأصوات (يلزم صوت واحد على الأقل). إذا تساوى اثنان أو أكثر على المقعد الأخير، يُعاد التصويت بينهم فقط للمدة نفسها. وإذا كان هناك مرشح واحد فقط، يكون التصويت بنعم أو لا: ويُنتخب إذا كانت أصوات «نعم» أكثر من أصوات «لا».
    [few] يفوز { $seats } مرشحين من أصحاب أكثر الأصوات (يلزم صوت واحد على الأقل). إذا تساوى اثنان أو أكثر على المقعد الأخير، يُعاد التصويت بينهم فقط للمدة نفسها. وإذا كان هناك مرشح واحد فقط، يكون التصويت بنعم أو لا: ويُنتخب إذا كانت أصوات «نعم» أكثر من أصوات «لا».
    [many] يفوز { $seats } مرشحًا من أصحاب أكثر الأصوات (يلزم صوت واحد على الأقل). إذا تساوى اثنان أو أكثر على المقعد الأخير، يُعاد التصويت بينهم فقط للمدة نفسها. وإذا كان هناك مرشح واحد فقط، يكون التصويت بنعم أو لا: ويُنتخب إذا كانت أصوات «نعم» أكثر من أصوات «لا».
   *[other] يفوز { $seats } مرشح من أصحاب أكثر الأصوات (يلزم صوت واحد على الأقل). إذا تساوى اثنان أو أكثر على المقعد الأخير، يُعاد التصويت بينهم فقط للمدة نفسها. وإذا كان هناك مرشح واحد فقط، يكون التصويت بنعم أو لا: ويُنتخب إذا كانت أصوات «نعم» أكثر من أصوات «لا».
}
election-is-runoff = هذه جولة الإعادة بين المرشحين المتساوين في الأصوات.
election-first-round = الجولة الأولى
election-runoff-link = هناك مرشحون متساوون في الأصوات: يُعاد التصويت بينهم.
election-candidates = المرشحون
election-no-candidates = لا يوجد مرشحون بعد.
election-elected = فاز
election-votes = { $count ->
    [zero] { $count } صوت
    [one] صوت واحد
    [two] صوتان
    [few] { $count } أصوات
    [many] { $count } صوتًا
   *[other] { $count } صوت
}
election-stand-title = هل تريد أن تترشح؟
election-standing = أنت مرشح: يمكنك تغيير رسالتك
election-statement-label = كلمات قليلة لجيرانك (اختياري، لا يزيد عدد الأحرف عن 600)
election-stand = أترشح
election-withdraw-hint = يمكنك سحب ترشحك حتى يبدأ التصويت.
election-withdraw = أسحب ترشحي
election-ballot-title = صوت شقتك
election-ballot-secret = التصويت سري: لا أحد، ولا حتى مكتب المساعدة، يستطيع أن يعرف من اخترت.
election-flat-voted = شقتك صوّتت من قبل. إذا أعدت التصويت، يحل الصوت الجديد محل الصوت السابق.
election-yes-to = نعم لـ
election-no = لا
election-blank-choice = ورقة بيضاء
election-vote = صوّت
election-sms-hint = بدون إنترنت؟ أرسل رسالة SMS فيها كلمة «صوت» ورقم المرشح (مثلًا «صوت 2»)، أو «صوت 0» لورقة بيضاء، أو «صوت لا» لتقول لا للمرشح الوحيد.
election-paper-title = سجّل صوتًا على الورق
election-paper-unit = رمز الشقة (مثلًا GUA12-A-21)
election-paper-choice = الصوت
election-paper-record = سجّل الصوت
election-turnout-title = المشاركة في التصويت
election-result = النتيجة
election-turnout = { $count ->
    [zero] صوّتت { $voted } من أصل { $units } شقة.
    [one] صوّتت { $voted } من أصل شقة واحدة.
    [two] صوّتت { $voted } من أصل شقتين.
    [few] صوّتت { $voted } من أصل { $units } شقق.
    [many] صوّتت { $voted } من أصل { $units } شقةً.
   *[other] صوّتت { $voted } من أصل { $units } شقة.
}
election-blank = { $count ->
    [zero] لا توجد أوراق بيضاء.
    [one] ورقة بيضاء واحدة.
    [two] ورقتان بيضاوان.
    [few] { $count } أوراق بيضاء.
    [many] { $count } ورقةً بيضاء.
   *[other] { $count } ورقة بيضاء.
}
election-against = { $count ->
    [zero] لا توجد أصوات بـ«لا».
    [one] صوت واحد بـ«لا».
    [two] صوتان بـ«لا».
    [few] { $count } أصوات بـ«لا».
    [many] { $count } صوتًا بـ«لا».
   *[other] { $count } صوت بـ«لا».
}
election-results-hidden = تُعدّ الأصوات عند إغلاق التصويت: وحتى ذلك الحين لا يرى أحد النتائج.
election-close-hint = انتهى التصويت: أغلق الانتخابات لعدّ الأصوات ونشر النتيجة على لوحة الإعلانات.
election-close = أغلق وعُدّ الأصوات
election-done-stood = أنت مرشح الآن.
election-done-withdrew = سحبت ترشحك.
election-done-cast = تم تسجيل الصوت. شكرًا!
election-done-replaced = تم تسجيل الصوت: يحل محل الصوت السابق لشقتك.
election-done-paper = تم تسجيل الصوت الورقي.
election-done-closed = أُغلقت الانتخابات: النتيجة على لوحة الإعلانات.
election-appointed = عيّنه مكتب المساعدة
election-chosen = انتُخب في { $date }، { $count ->
    [zero] وصوّتت { $voted } من أصل { $units } شقة
    [one] وصوّتت { $voted } من أصل شقة واحدة
    [two] وصوّتت { $voted } من أصل شقتين
    [few] وصوّتت { $voted } من أصل { $units } شقق
    [many] وصوّتت { $voted } من أصل { $units } شقةً
   *[other] وصوّتت { $voted } من أصل { $units } شقة
}، ويبقى في مهمته حتى { $until }
board-elections = انتخابات جارية
election-told-label = الانتخابات
election-told-button = افتح الانتخابات
election-told-nominations_open-title = انتخاب المندوب: { $place }
election-told-nominations_open-body = يمكنك الترشح حتى { $nominations_until }. التصويت من { $voting_from } إلى { $voting_until }.
election-told-voting_open-title = التصويت مفتوح: { $place }
election-told-voting_open-body = يمكنك التصويت حتى { $voting_until }، على الموقع أو برسالة SMS أو في مكتب المساعدة. صوت واحد سري لكل شقة.
election-told-result-title = نتيجة الانتخابات: { $place }
election-told-result-body = انتهى التصويت: النتيجة على لوحة الإعلانات.
election-told-term_ending-title = مهمة تنتهي قريبًا: { $place }
election-told-term_ending-body = تنتهي مهمة المندوبين المنتخبين بعد شهرين: نظّم الانتخابات القادمة في الوقت المناسب.
election-scope-invalid = اختر درجًا أو عمارة.
election-seats-invalid = عدد المقاعد من 1 إلى 9.
election-term-invalid = المدة من شهر واحد إلى 60 شهرًا.
election-windows-invalid = تحقق من التواريخ: ينتهي الترشح في المستقبل، ويبدأ التصويت بعده ويستمر 60 يومًا على الأكثر.
election-scope-fixed = مكان الانتخابات لا يتغير: لمكان آخر، نظّم انتخابات أخرى.
election-voting-started = بدأ التصويت: لم يعد التغيير ممكنًا.
election-nominations-closed = انتهى الترشح.
election-statement-too-long = الرسالة طويلة جدًا (لا يزيد عدد الأحرف عن 600).
election-not-voting = التصويت غير مفتوح.
election-choice-invalid = اختر مرشحًا أو الورقة البيضاء أو، إذا كان هناك مرشح واحد فقط، «لا».
election-unit-not-in-place = هذه الشقة ليست في مكان الانتخابات.
election-not-ended = لا يمكن إغلاق الانتخابات إلا بعد انتهاء التصويت، ومرة واحدة فقط.
sms-vote-none = لا يوجد تصويت مفتوح لدرجك أو عمارتك.
sms-vote-several = هناك أكثر من تصويت مفتوح: صوّت على الموقع أو في مكتب المساعدة.
sms-vote-unknown = { $count ->
    [zero] اكتب «صوت» ورقمًا من 1 إلى { $count }، أو «صوت 0» لورقة بيضاء.
    [one] هناك مرشح واحد فقط: اكتب «صوت 1» لنعم، أو «صوت لا» للرفض، أو «صوت 0» لورقة بيضاء.
    [two] اكتب «صوت» ورقمًا من 1 إلى { $count }، أو «صوت 0» لورقة بيضاء.
    [few] اكتب «صوت» ورقمًا من 1 إلى { $count }، أو «صوت 0» لورقة بيضاء.
    [many] اكتب «صوت» ورقمًا من 1 إلى { $count }، أو «صوت 0» لورقة بيضاء.
   *[other] اكتب «صوت» ورقمًا من 1 إلى { $count }، أو «صوت 0» لورقة بيضاء.
}
sms-vote-recorded = تم تسجيل صوتك في انتخابات { $place }. التصويت سري. شكرًا!
sms-vote-replaced = تم تسجيل صوتك في انتخابات { $place }: يحل محل الصوت السابق لشقتك.
audit-action-election-opened = نُظّمت انتخابات
audit-action-election-changed = عُدّلت الانتخابات
audit-action-election-closed = أُغلقت الانتخابات وعُدّت الأصوات
audit-action-paper-ballot-recorded = سُجّل صوت ورقي
desk-reach-kind-election = الانتخابات: الترشح والتصويت والنتيجة
election-already-open = توجد انتخابات جارية بالفعل لهذا المكان.
