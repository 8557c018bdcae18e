## المؤشرات وملخص الحي
nav-stats = المؤشرات
nav-summary = الحي بالأرقام
stats-title = المؤشرات
stats-period = من { $from } إلى { $to }
stats-worked-out = الأرقام حتى الساعة { $time }، وتُحدَّث { $minutes ->
        [zero] كل { $minutes } دقيقة
        [one] كل دقيقة
        [two] كل دقيقتين
        [few] كل { $minutes } دقائق
        [many] كل { $minutes } دقيقة
       *[other] كل { $minutes } دقيقة
    }.
stats-no-landlord = لم تُسند بعد
stats-estate-areas = أماكن الحي المشتركة
stats-days = { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومان
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }
stats-percent = { $percent }%
stats-by-landlord = حسب الجهة المالكة
stats-by-building = حسب العمارة
stats-by-category = حسب نوع العطل
stats-by-month = حسب الشهر
stats-column-landlord = الجهة المالكة
stats-column-building = العمارة
stats-column-category = نوع العطل
stats-column-month = الشهر
stats-received = المستلمة
stats-open = المفتوحة
stats-overdue = المتأخرة
stats-answer-median = أول رد (الوسيط)
stats-answer-p90 = أول رد (90%)
stats-fix-median = الحل (الوسيط)
stats-fix-p90 = الحل (90%)
stats-reopen-rate = أُعيد فتحها
stats-residents-share = يتكفل بها السكان
stats-fixed-yes = «هل تم حل المشكلة؟» نعم
stats-fixed-no = «هل تم حل المشكلة؟» لا
stats-none = لا توجد بلاغات في هذه الفترة.
stats-from = من شهر
stats-to = إلى شهر
stats-month-hint = السنة والشهر، مثلًا 2026-03.
stats-side-by-side = مقارنة بين الجهات المالكة
stats-total = البلاغات المستلمة: { $received }، ما زالت مفتوحة: { $open }، متأخرة: { $overdue }.
stats-chart-title = عدد الأيام حتى أول رد وحتى حل المشكلة (الوسيط)، حسب الجهة المالكة
stats-chart-caption = نفس الأرقام موجودة في جدول «حسب الجهة المالكة» أدناه.
stats-table-csv = تنزيل «{ $table }» بصيغة CSV
stats-export = التصدير
stats-export-hint = كل بلاغات الفترة مع تواريخها (الاستلام، التكفل، تحديد الموعد، الحل، الإغلاق)، بدون أسماء وبدون بيانات الاتصال.
stats-export-reports = تنزيل البلاغات بصيغة CSV
summary-title = الحي بالأرقام
summary-intro = كم من الوقت احتاجت الجهات المالكة للرد ولحل المشاكل خلال الاثني عشر شهرًا الأخيرة. بدون بيانات شخصية.
summary-sentence = تردّ { $landlord } خلال { $answer ->
        [zero] { $answer } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $answer } أيام
        [many] { $answer } يومًا
       *[other] { $answer } يوم
    } وتحل المشكلة خلال { $fix ->
        [zero] { $fix } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $fix } أيام
        [many] { $fix } يومًا
       *[other] { $fix } يوم
    } (القيمة الوسيطة).
summary-too-few = { $landlord }: لا توجد بعد بلاغات منتهية تكفي لحساب المدة.
summary-public = هذه الصفحة عامة: يمكن لأي شخص أن يقرأها بدون الدخول إلى حسابه.
summary-private = هذه الصفحة خاصة بمن يسكن أو يعمل في الحي.
summary-publish = نشر هذه الصفحة أيضًا لمن ليس لديه حساب
summary-save = حفظ
summary-sign-in = ادخل إلى حسابك لترى أرقام حيّك.
error-stats-filter = أحد خيارات التصفية غير صالح: اختر من الخيارات المعروضة.
error-stats-month = اكتب الشهر بالسنة والشهر، مثلًا 2026-03.
error-stats-period = يجب أن تكون الفترة بين شهر واحد وعشر سنوات، وأن يأتي الشهر الأول قبل الشهر الأخير.

stats-home-visits = الزيارات داخل الشقة
stats-nobody-home = لا أحد في المنزل
