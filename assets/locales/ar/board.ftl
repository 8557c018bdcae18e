# Portineria — لوحات الإعلانات، الإعلانات، الأعمال، الطباعة والاشتراكات (العربية).

## التنقل
nav-board = لوحة الإعلانات
nav-works = الأعمال
nav-welcome = دليل الترحيب
nav-transparency = المصاريف

## لوحة الإعلانات
board-title = لوحة الإعلانات
board-notices = الإعلانات
board-archive = أرشيف الإعلانات المنتهية
board-current = الإعلانات الحالية
board-older = الإعلانات السابقة
board-empty = لا توجد إعلانات حاليًا.
board-pending = في انتظار الموافقة
board-post = اكتب إعلانًا
board-print = اطبع لوحة الإعلانات
board-show = عرض
board-delegates = مندوبو درجك وعمارتك
board-feeds = لوحة الإعلانات على الهاتف وفي التقويم
board-feeds-intro = هذه الروابط خاصة بك وحدك: الصقها في تطبيق للأخبار أو في تقويم الهاتف. إذا أعطيتها لأحد بالخطأ، أنشئ روابط جديدة.
board-feed-atom = الإعلانات (Atom)
board-feed-calendar = المناسبات والأعمال (تقويم)
board-calendar-name = Portineria — المناسبات والأعمال
home-all-notices = كل الإعلانات
role-stair_delegate = مندوب الدرج
role-building_delegate = مندوب العمارة
contact-title = كيف يتصل بك الجيران
contact-intro = بصفتك مندوبًا، يظهر اسمك على لوحة الإعلانات. هنا تختار ما تضيفه: لن يظهر إلا ما تكتبه أو تختاره.
contact-phone = الهاتف
contact-show-email = أظهر بريدي الإلكتروني
contact-hours = أوقات الاتصال
contact-phone-invalid = اكتب رقم الهاتف بالأرقام أو المسافات أو علامة + (لا يزيد عن 30 حرفًا).
contact-hours-invalid = اكتب الأوقات في كلمات قليلة (لا تزيد عن 80 حرفًا).

## الإعلانات
notice-title = إعلان
notice-form-title = إعلان جديد
notice-back = الرجوع إلى لوحة الإعلانات
notice-urgent = مستعجل
notice-pinned = مثبّت في الأعلى
notice-pending = في انتظار الموافقة
notice-in-italian = لم يُترجم بعد: نعرضه بالإيطالية.
notice-until = حتى { $date }
notice-period = من { $from } إلى { $until }
notice-event-when = متى
notice-works-when = الأعمال
notice-services = الخدمات المتأثرة
notice-mark-seen = قرأته
notice-seen-by-you = أشرت إلى أنك قرأت هذا الإعلان.
notice-kind = نوع الإعلان
notice-kind-agency = إعلان من الجهة المالكة
notice-kind-works = أعمال مقررة
notice-kind-event = مناسبة
notice-kind-rules = قواعد حسن الجوار
notice-kind-offer_seek = أطلب وأعرض
notice-progress = حالة الأعمال
notice-progress-planned = مقررة
notice-progress-in_progress = جارية
notice-progress-suspended = متوقفة
notice-progress-done = انتهت
notice-progress-save = تحديث الحالة
notice-service-water = الماء
notice-service-lift = المصعد
notice-service-heating = التدفئة
notice-service-gas = الغاز
notice-service-electricity = الكهرباء
notice-where = أين
notice-optional = اختياري
notice-field-title = عنوان الإعلان
notice-field-body = النص
notice-markdown-hint = يمكنك استعمال **خط عريض** و*خط مائل* وقوائم تبدأ بشرطة وروابط. أي رموز أخرى تظهر كنص عادي.
notice-field-urgent = مستعجل: أخبر كل السكان فورًا، وبالبريد الإلكتروني أيضًا
notice-field-pinned = مثبّت في أعلى لوحة الإعلانات
notice-field-starts = يظهر ابتداءً من
notice-field-expires = يظهر حتى (ثم ينتقل إلى الأرشيف)
notice-field-event-day = اليوم
notice-field-event-time = الساعة
notice-field-event-place = المكان
notice-field-works-from = بداية الأعمال
notice-field-works-until = نهاية الأعمال
notice-field-image = صورة (اختيارية)
notice-publish = نشر
notice-propose = أرسله إلى المندوب
notice-proposal-intro = يمكنك أن تعرض مساعدة على جيران درجك أو أن تطلبها منهم. يقرأ المندوب ما كتبته ويضعه على لوحة الإعلانات.
notice-posted = الإعلان الآن على لوحة الإعلانات.
notice-posted-pending = شكرًا: سيقرؤه مندوب الدرج ويضعه على لوحة الإعلانات.
notice-actions = ما يمكنك فعله
notice-print = اطبعه للوحة الإعلانات في مدخل العمارة
notice-approve = وافق وانشر
notice-edit = عدّل الإعلان
notice-remove = أزله من لوحة الإعلانات
notice-reject = عدم النشر
notice-remove-reason = السبب (يبقى في سجل الإعلان)
notice-readership = من قرأه
notice-seen-count = عدد الأسر التي قرأته: { $seen } من { $households }.
notice-unseen-flats = الشقق التي لم تقرأه بعد
notice-history = سجل الإعلان
notice-history-posted = كُتب
notice-history-edited = عُدّل
notice-history-approved = تمت الموافقة عليه
notice-history-removed = أُزيل من لوحة الإعلانات
notice-history-progress = تم تحديث حالة الأعمال
notice-image-alt = صورة الإعلان «{ $title }»
notice-title-required = اكتب عنوان الإعلان بالإيطالية على الأقل.
notice-language-twice = يمكن أن تظهر كل لغة مرة واحدة فقط.
notice-title-long = يجب ألا يزيد عدد أحرف العنوان عن { $max }.
notice-body-long = يجب ألا يزيد عدد أحرف النص عن { $max }.
notice-place-long = يجب ألا يزيد عدد أحرف المكان عن { $max }.
notice-reason-required = اكتب السبب.
notice-reason-long = يجب ألا يزيد عدد أحرف السبب عن { $max }.
notice-dates-invalid = راجع التواريخ: لا يمكن أن تكون النهاية قبل البداية.
notice-services-invalid = اختر الخدمات من القائمة.
notice-place-invalid = اختر مكان النشر من القائمة.
notice-kind-invalid = اختر نوع الإعلان.
notice-progress-invalid = اختر حالة الأعمال من القائمة.
notice-move-invalid = لا يمكن نقل الإعلان إلى مكان آخر: أزله واكتب إعلانًا جديدًا.

## أعمال العمارة
works-title = الأعمال والصيانة
works-planned = الأعمال المقررة والجارية
works-none = لا توجد أعمال مقررة.
works-reports = بلاغات الأماكن المشتركة التي يجري العمل عليها
works-no-reports = لا توجد بلاغات مفتوحة في الأماكن المشتركة.
works-no-building = اختر عمارة.

## الطباعة
print-qr-notice = اقرأ الإعلان على الهاتف
print-qr-report = بلّغ عن مشكلة
print-qr-board = لوحة الإعلانات على الهاتف
print-qr-activate = فعّل الحساب

## البريد الإلكتروني
mail-notice_urgent-subject = إعلان مستعجل: { $title }
mail-notice_urgent-intro = هناك إعلان مستعجل يخص { $place }:
mail-notice_urgent-link = لقراءته وتأكيد أنك قرأته:
mail-notice_urgent-button = افتح الإعلان
