# Portineria — عمل الفنيين ومكتب المساعدة (العربية).

## عمل الفنيين
nav-work = قائمة المهام
nav-agenda = المواعيد
nav-team = الفريق
work-title = قائمة المهام
work-quick-filters = تصفية سريعة
work-all-open = المفتوحة
work-overdue = المتأخرة
work-unassigned = غير المسندة
work-mine = المسندة إليّ
work-filters = خيارات تصفية أخرى
work-any = الكل
work-apply = تطبيق
work-filter-building = العمارة
work-filter-category = الفئة
work-filter-state = الحالة
work-filter-priority = الأولوية
work-filter-assignee = مسندة إلى
work-results = عدد البلاغات: { $total }، الصفحة { $page } من { $pages }. الأقرب موعدًا للحل أولًا.
work-pick = اختر { $reference }
work-due = آخر موعد للحل: { $date }
work-overdue-tag = متأخر
work-bulk-title = للبلاغات المختارة
work-bulk-action = الإجراء
work-bulk-acknowledge = التكفل بها
work-bulk-assign = إسناد إلى
work-bulk-comment = نشر نفس التحديث
work-bulk-assignee = الفني
work-bulk-body = الرسالة (عند التكفل أو في التحديث)
work-bulk-submit = طبّق على البلاغات المختارة
work-bulk-none = اختر بلاغًا واحدًا على الأقل.
work-pages = الصفحات
work-previous = السابقة
work-next = التالية
report-overdue = متأخر عن آجال الخدمة.
report-waiting = { $days ->
    [zero] لا رد حتى الآن
    [one] لا رد منذ يوم واحد
    [two] لا رد منذ يومين
    [few] لا رد منذ { $days } أيام
    [many] لا رد منذ { $days } يومًا
   *[other] لا رد منذ { $days } يوم
}
triage-title = المعالجة
triage-response-due = آخر موعد للرد الأول: { $date }.
triage-priority-submit = تغيير الأولوية
triage-assignee = مسندة إلى
triage-assign-submit = إسناد
report-assignee-invalid = يمكن الإسناد فقط إلى فني من الجهة المسؤولة عن الرد.
report-priority-invalid = الأولوية غير صالحة.
event-priority = الأولوية: { $priority }
event-assigned = أُسند إلى { $name }
event-unassigned = أُلغي الإسناد
templates-pick = ردود جاهزة:
templates-other-language = ليس بلغة الساكن: { $language }
visits-title = الزيارات
visit-status-planned = مقررة
visit-status-done = تمت
visit-status-cancelled = أُلغيت
visit-manage = إدارة الزيارة
visit-change-label = لا تستطيع أن تكون في البيت؟ اكتب متى تستطيع
visit-change-submit = اطلب تغيير الموعد
visit-schedule-title = حدّد موعد زيارة
visit-tenant-windows = الأوقات التي يفضلها الساكن
visit-technician = الفني
visit-day = اليوم
visit-from = من الساعة
visit-until = إلى الساعة
visit-reason = السبب (سيقرؤه الساكن)
visit-schedule-submit = حدّد الموعد وأخبر الساكن
visit-reschedule-submit = غيّر موعد الزيارة
visit-cancel-submit = ألغِ الزيارة
visit-done-notes = ما الذي تم عمله
visit-done-outcome = النتيجة
visit-done-photos = صور «بعد» الإصلاح (اختيارية)
visit-done-submit = سجّل أن الزيارة تمت
visit-time-invalid = اختر يومًا ووقتًا صحيحين (النهاية بعد البداية، وخلال سنة على الأكثر).
visit-outside-windows = هذا الوقت ليس من الأوقات التي اختارها الساكن.
visit-not-planned = هذه الزيارة لم تعد مقررة.
visit-already-planned = توجد زيارة مقررة لهذا البلاغ في هذا الوقت بالفعل.
event-visit-scheduled = زيارة مقررة: { $when }
event-visit-rescheduled = تغيّر موعد الزيارة: { $when }
event-visit-cancelled = أُلغيت الزيارة ({ $when })
event-visit-change-requested = الساكن يطلب تغيير موعد زيارة { $when }
event-visit-done = تمت الزيارة ({ $when })
agenda-title = المواعيد
agenda-week = الأسبوع الذي يبدأ في { $week }
agenda-previous = الأسبوع السابق
agenda-next = الأسبوع التالي
agenda-free = لا توجد زيارات.
agenda-change-requested = طلب تغيير الموعد
agenda-feed-name = Portineria — الزيارات
agenda-feed-title = في تقويم الهاتف
agenda-feed-intro = أضف هذا الرابط كتقويم «بالاشتراك»: تظهر فيه الزيارات وحدها. لا تشاركه مع أحد؛ وإذا شاركته، أنشئ رابطًا جديدًا.
agenda-feed-url = رابط التقويم
agenda-feed-renew = أنشئ رابطًا جديدًا (الرابط القديم يتوقف عن العمل)
team-title = الفريق وآجال الخدمة
team-workload = حجم العمل
team-open = البلاغات المفتوحة المسندة
team-visits = الزيارات المقررة
team-levels = آجال الخدمة
team-levels-intro = لكل أولوية: خلال كم ساعة يجب الرد الأول، وخلال كم ساعة يجب الحل.
team-first-response = الرد الأول (بالساعات)
team-resolution = الحل (بالساعات)
service-level-invalid = الآجال من 1 إلى 8760 ساعة، ولا يمكن أن يكون الرد الأول بعد الحل.
team-templates = ردود جاهزة
team-templates-none = لا توجد ردود جاهزة.
team-template-title = اسم الرد
team-template-body = النص
team-template-hint = يمكنك استعمال {"{"}reference{"}"} و{"{"}category{"}"} و{"{"}place{"}"}: تُستبدل برقم البلاغ وفئته ومكانه.
team-template-all = كل الفئات
team-template-add = أضف الرد
team-template-delete = احذف «{ $title }»
template-title-invalid = يجب أن يكون عدد أحرف العنوان بين 1 و{ $max }.
template-body-invalid = يجب أن يكون عدد أحرف النص بين 1 و{ $max }.
mail-digest-subject = بلاغات متأخرة
mail-digest-intro = { $count ->
    [zero] لا توجد بلاغات متأخرة عن آجال الخدمة.
    [one] هناك بلاغ واحد متأخر عن آجال الخدمة:
    [two] هناك بلاغان متأخران عن آجال الخدمة:
    [few] هناك { $count } بلاغات متأخرة عن آجال الخدمة:
    [many] هناك { $count } بلاغًا متأخرًا عن آجال الخدمة:
   *[other] هناك { $count } بلاغ متأخر عن آجال الخدمة:
}
mail-digest-link = افتح قائمة البلاغات المتأخرة
work-filter-building-hint = اختر حيًّا واضغط «تطبيق»، لتتمكن من التصفية حسب العمارة أيضًا.

## الزيارات ومتى يكون الساكن في البيت
visit-without-tenant = الدخول في غياب الساكن (بإذنه)
visit-permission-hint = الساكن يسمح بالدخول حتى عندما لا يكون في البيت: يمكن أن تكون الزيارة خارج الأوقات التي اختارها.
visit-needs-times = الساكن لم يقل بعد متى يكون في البيت. اسأله قبل تحديد موعد الزيارة.
visit-ask-times = اسأل الساكن متى يكون في البيت
visit-needs-windows = الساكن لم يقل متى يكون في البيت، ولم يسمح بالدخول في غيابه: اسأله قبل تحديد موعد الزيارة.
visit-availability-not-in-flat = لا نسأل الساكن متى يكون في البيت إلا للأعمال داخل الشقة.

visit-outcome-nobody-home = لا أحد في المنزل: يُعاد تحديد الموعد
event-visit-no-access = جاء الفني ({ $when }) لكنه لم يجد أحدًا في المنزل
visit-status-nobody-home = لا أحد في المنزل
