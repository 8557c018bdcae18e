# Portineria — البلاغات والفئات (العربية).

## البلاغات
nav-reports = البلاغات
yes = نعم
no = لا
reports-title = البلاغات
reports-mine = بلاغاتي
reports-around = البلاغات المفتوحة في درجي وعمارتي
reports-around-none = لا توجد بلاغات مفتوحة حولك هنا.
reports-back = كل البلاغات
report-new-button = بلّغ عن مشكلة
report-new-title = بلّغ عن مشكلة
report-title = بلاغ
report-for-tenant = أنت تقدّم البلاغ من مكتب المساعدة باسم { $name }.
report-desk-title = لمن تقدّم البلاغ؟
report-desk-intro = ابحث عن شقة الشخص الذي جاء إلى مكتب المساعدة أو اتصل بالهاتف.
report-desk-find = بحث
report-desk-file-for = قدّم بلاغًا باسم { $name }
report-desk-no-tenants = لا يوجد ساكن مسجّل في هذه الشقة من حيّك.
report-desk-answers = مكتب المساعدة في الحي
report-no-places = حسابك غير مرتبط بأي شقة: اسأل مكتب المساعدة.
report-where = أين؟
report-what = ما المشكلة؟
report-continue = متابعة
where-unit = داخل بيتي
where-unit-hint = الطابق { $floor }، شقة رقم { $number }
where-stair = الأماكن المشتركة في { $stair }
where-stair-hint = بسطات الدرج، السلالم، المصعد، الأقبية
where-building = الأماكن المشتركة في العمارة
where-estate = ساحات الحي وأماكنه المشتركة
where-estate-hint = الساحات، الحدائق، الممرات، مواقف السيارات
report-similar-title = ربما بلّغ عنه أحد من قبل
report-similar-intro = هذه البلاغات مفتوحة قريبًا منك. إذا كانت نفس المشكلة، اضغط «أنا أيضًا»: ستصلك الأخبار مثل صاحب البلاغ.
report-me-too = أنا أيضًا لدي هذه المشكلة
report-me-too-count = { $count ->
    [zero] لم يقل أحد «أنا أيضًا».
    [one] شخص واحد قال «أنا أيضًا».
    [two] شخصان قالا «أنا أيضًا».
    [few] { $count } أشخاص قالوا «أنا أيضًا».
    [many] { $count } شخصًا قالوا «أنا أيضًا».
   *[other] { $count } شخص قالوا «أنا أيضًا».
}
report-field-spot = المكان بالتحديد (اختياري)
report-spot-hint = مثلًا: القبو، المصعد، الساحة، الطابق الثاني.
spot-cellar = القبو
spot-lift = المصعد
spot-courtyard = الساحة
spot-entrance = المدخل
spot-landing = بسطة الدرج
spot-roof = السطح
report-field-description = اشرح المشكلة
report-description-hint = ماذا يحدث، ومنذ متى، وهل فيه خطر. عدد الأحرف لا يزيد عن { $max }.
report-field-photos = صور (اختيارية)
report-photos-hint = حتى { $max ->
        [zero] { $max } صورة
        [one] صورة واحدة
        [two] صورتين
        [few] { $max } صور
        [many] { $max } صورة
       *[other] { $max } صورة
    } بصيغة JPEG أو PNG أو WebP، وحجم كل صورة لا يزيد عن { $mb } ميغابايت.
report-in-unit-title = فقط للمشاكل داخل البيت
report-in-unit-hint = هذا يساعد الفني على تنظيم زيارته.
report-permission = يمكن للفني أن يدخل حتى لو لم أكن في البيت (مع من عنده المفاتيح)
time-window-morning = في الصباح
time-window-afternoon = بعد الظهر
time-window-evening = في المساء
report-show-name = أظهر اسمي للجيران
report-submit = أرسل البلاغ
report-reference = رقم { $reference }
report-filed-title = تم إرسال البلاغ.
report-filed-body = رقم البلاغ هو { $reference }: احتفظ به. سنخبرك هنا وعلى بريدك الإلكتروني بكل جديد.
report-state = الحالة
report-expected = من المتوقع حل المشكلة في موعد أقصاه { $date }.
report-private = هذا البلاغ لا يراه إلا صاحبه ومن يتابعونه.
report-details = التفاصيل
report-field-place = المكان
report-field-filed = تاريخ الإرسال
report-who-answers = المسؤول عن الرد
report-permission-short = يمكن الدخول في غيابي
report-photo-alt = الصورة { $number } من البلاغ
report-timeline = سجل البلاغ
report-internal = ملاحظة داخلية
report-comment-title = اكتب تحديثًا
report-comment-label = الرسالة
report-comment-submit = نشر
report-note-submit = احفظ كملاحظة داخلية
report-move-title = تغيير الحالة
report-move-to = الحالة الجديدة
report-move-note = ملاحظة للساكن (اختيارية)
report-move-submit = تحديث
report-duplicate-title = هل هو بلاغ مكرر؟
report-duplicate-of = رقم البلاغ الأصلي
report-duplicate-submit = ضمّه إلى البلاغ الأصلي
report-competence-title = ليس من اختصاصنا
report-transfer-to = تحويل إلى
report-transfer-reason = السبب (سيقرؤه الساكن)
report-transfer-submit = حوّل البلاغ
report-redirect-reason = إلى من يجب أن يتوجه الساكن ولماذا (سيقرؤه الساكن)
report-redirect-submit = أغلقه لأنه خارج الاختصاص
report-confirm-title = هل تم حل المشكلة؟
report-confirm-yes = نعم، كل شيء على ما يرام
report-confirm-no-reason = لا: ما الذي ما زال لا يعمل؟
report-confirm-no = لا، أعد فتح البلاغ
report-place-unit = { $address }، { $stair }، الطابق { $floor }، شقة رقم { $number }
report-place-stair = { $stair }، { $address }
report-place-building = الأماكن المشتركة، { $address }
report-place-estate = أماكن الحي المشتركة، { $estate }
status-received = تم الاستلام
status-acknowledged = تم التكفل به
status-scheduled = تم تحديد موعد
status-in_progress = الأعمال جارية
status-resolved = تم الحل
status-closed = مغلق
status-not_competent = خارج الاختصاص
status-duplicate = مكرر
status-handled_by_residents = يتكفل به السكان
next-received = لم تتكفل { $organisation } بالبلاغ بعد.
next-acknowledged = تكفلت { $organisation } بالبلاغ، وستنظم الإصلاح.
next-scheduled = تم تحديد موعد الإصلاح: سيصلك إشعار بيوم الزيارة.
next-in_progress = الأعمال جارية.
next-resolved = تقول { $organisation } إن المشكلة حُلّت. إذا لم تُحلّ، أعد فتح البلاغ.
next-closed = البلاغ مغلق.
next-not_competent = هذا البلاغ ليس من اختصاص { $organisation }: اقرأ في سجل البلاغ إلى من تتوجه.
next-duplicate = تم ضمّه إلى بلاغ آخر عن نفس المشكلة: تابع ذلك البلاغ.
next-handled_by_residents = يتكفل به السكان بأنفسهم (التسيير الذاتي).
event-filed = تم إرسال البلاغ
event-filed-at-desk = أرسله مكتب المساعدة باسم { $tenant }
event-status = الحالة الجديدة: { $status }
event-reopened = أُعيد فتحه: المشكلة لم تُحلّ
event-comment = تحديث
event-note = ملاحظة داخلية
event-transfer = حُوّل إلى { $organisation }
event-duplicate = ضُمّ إلى البلاغ { $reference }
event-closed-unconfirmed = أُغلق: لم يصل رد على سؤال «هل تم حل المشكلة؟»
event-who-reporter = صاحب البلاغ
event-who-system = Portineria
report-description-short = اشرح المشكلة بتفصيل أكثر: عدد الأحرف لا يقل عن { $min }.
report-description-long = يجب ألا يزيد عدد أحرف الشرح عن { $max }.
report-spot-long = يجب ألا يزيد عدد أحرف «المكان بالتحديد» عن { $max }.
report-location-invalid = اختر أين توجد المشكلة.
report-category-invalid = اختر نوع المشكلة.
report-time-windows-invalid = الأوقات المختارة غير صالحة.
report-idempotency-key-invalid = مفتاح الإرسال غير صالح.
report-no-home = هذا البلاغ يحتاج إلى شقة مرتبطة بحسابك: اسأل مكتب المساعدة.
report-filter-invalid = خيار التصفية غير صالح.
report-status-invalid = الحالة غير صالحة.
report-reason-required = اكتب السبب: سيقرؤه الساكن.
report-comment-long = يجب ألا يزيد عدد أحرف الرسالة عن { $max }.
report-duplicate-needs-original = لتسجيل بلاغ مكرر، اكتب رقم البلاغ الأصلي.
report-duplicate-unknown = لا يوجد بلاغ بهذا الرقم يمكن أن يكون هو الأصلي.
report-changed-meanwhile = تغيّر هذا البلاغ في هذه الأثناء، فلم يُنفَّذ التعديل. اطّلع على حالته الآن وحاول مجددًا إن لزم الأمر.
report-transfer-unknown = لا يمكن تحويل البلاغ إلى هذه الجهة.
photo-too-many = يمكنك إرفاق { $max ->
        [zero] { $max } صورة
        [one] صورة واحدة
        [two] صورتين
        [few] { $max } صور
        [many] { $max } صورة
       *[other] { $max } صورة
    } على الأكثر.
photo-too-large = الصورة { $number } كبيرة جدًا: الحد الأقصى { $max } ميغابايت.
photo-empty = الصورة { $number } فارغة (0 بايت): اخترها مرة أخرى أو التقطها من جديد.
photo-too-many-pixels = الصورة { $number } فيها عدد كبير جدًا من النقاط (بكسل): صغّرها أو التقطها من جديد.
photo-heic = الصورة { $number } بصيغة HEIC، ولا نستطيع قراءتها: في إعدادات الكاميرا اختر «الأكثر توافقًا» (JPEG)، أو أرسل لقطة شاشة.
photo-unsupported = الملف { $number } ليس صورة JPEG أو PNG أو WebP.
photo-corrupt = الصورة { $number } تالفة أو ناقصة: حاول أن تلتقطها من جديد.
pending-title = في انتظار الإرسال
pending-waiting = في انتظار الاتصال بالإنترنت: سيُرسَل في أقرب وقت.
pending-sending = جارٍ الإرسال…
pending-sent = تم الإرسال.
pending-failed = لم نتمكن من إرساله: املأ الاستمارة مرة أخرى.
pending-offline-saved = لا يوجد اتصال بالإنترنت: البلاغ محفوظ على الهاتف وسيُرسَل وحده.
pending-view = عرض البلاغ
home-inbox = الجديد
home-inbox-new = جديد
home-all-reports = كل البلاغات
home-desk-open = البلاغات المفتوحة في الحي
mail-report_update-subject = جديد في البلاغ { $reference }
mail-report_update-intro = هناك جديد في البلاغ { $reference }:
mail-report_update-status = الحالة الآن: { $status }
mail-report_update-link = لرؤية البلاغ:
mail-report_update-button = افتح البلاغ

## الفئات
nav-categories = الفئات
categories-title = فئات المشاكل
categories-intro = الأسماء بكل لغة، والأولوية في البداية، ومن يرد. البلاغات التي يتابعها «مكتب المساعدة» تبقى دائمًا سرية.
categories-name = الاسم ({ $language })
categories-priority = الأولوية في البداية
categories-routing = من يرد
categories-routing-owner = الجهة المالكة للعمارة
categories-routing-desk = مكتب المساعدة في الحي (وساطة، سري)
categories-active = يمكن اختيارها عند تقديم بلاغ
categories-save = حفظ
category-name-invalid = يجب أن يكون عدد أحرف كل اسم بين 1 و{ $max }.
category-priority-invalid = الأولوية غير صالحة.
category-routing-invalid = اختيار «من يرد» غير صالح.
priority-low = منخفضة
priority-normal = عادية
priority-high = مرتفعة
priority-urgent = مستعجلة

## متى يكون الساكن في البيت
times-title = متى يمكن أن يأتوا إلى بيتك؟
times-intro = اختر الأوقات التي تكون فيها عادةً في البيت. إذا سمحت بالدخول حتى في غيابك، يمكن للفني أن يأتي في أوقات أخرى أيضًا.
times-windows = أكون عادةً في البيت
times-submit = حفظ
report-availability-empty = اختر وقتًا واحدًا على الأقل، أو اسمح بالدخول حتى في غيابك.
event-availability-requested = سألنا الساكن متى يكون في البيت
event-availability-windows = الساكن يكون في البيت: { $windows }
event-availability-windows-permission = الساكن يكون في البيت: { $windows }. ويمكن الدخول أيضًا في غيابه.
event-availability-permission = يمكن الدخول حتى في غياب الساكن
mail-visit_reminder-subject = زيارة الغد من أجل { $reference }
mail-visit_reminder-intro = غدًا يأتي الفني إليك من أجل البلاغ { $reference }:
mail-visit_reminder-away = إذا لن يكون أحد في البيت، قل ذلك في صفحة البلاغ: سنحدد يومًا آخر.
