# Portineria — الرسائل المشتركة بين كل الصفحات (العربية).

## هيكل الصفحة
skip-to-content = انتقل إلى المحتوى
nav-label = القائمة الرئيسية
nav-home = الرئيسية
nav-profile = حسابي
nav-register-tenant = تسجيل ساكن
nav-sign-out = خروج
language-switcher = اللغة:
footer-tagline = Portineria — البوّاب الرقمي لحيّك.

## حقول مشتركة
field-name = الاسم الكامل
field-email = البريد الإلكتروني
field-username = اسم المستخدم
field-language = اللغة
field-new-password = كلمة السر الجديدة
field-confirm-password = أعد كتابة كلمة السر
field-current-password = كلمة السر الحالية
password-hint = لا يقل عدد الأحرف عن { $min }. جملة تتذكرها بسهولة تكفي تمامًا.
back-to-login = الرجوع إلى صفحة الدخول

## الصفحة الرئيسية
home-title = الرئيسية
home-greeting = مرحبًا يا { $name }
home-my-home = بيتي
home-my-reports = بلاغاتي
home-no-reports = ليس لديك أي بلاغ حتى الآن.
home-stair-notices = إعلانات { $stair }
home-no-notices = لا توجد إعلانات لدرجك.
home-delegate-title = أنت مندوب السكان
home-delegate-stair = أنت مندوب الدرج: { $stair }، { $address }.
home-delegate-building = أنت مندوب العمارة { $building }.
home-desk-title = مكتب المساعدة — { $estate }
home-desk-intro = هنا تسجّل السكان الذين ليس لديهم بريد إلكتروني، وتطبع رسالة التفعيل الخاصة بهم.
home-queue-title = قائمة المهام
home-queue-empty = لا توجد بلاغات في القائمة.
home-buildings-title = العمارات التي أنتم مسؤولون عنها
home-no-buildings = لا توجد عمارات.
home-units-count = { $count ->
    [zero] لا توجد شقق
    [one] شقة واحدة
    [two] شقتان
    [few] { $count } شقق
    [many] { $count } شقة
   *[other] { $count } شقة
}
home-team-title = الفريق الفني
home-team-empty = لا يوجد فنيون مسجّلون.
home-installation-title = النظام
home-import-hint = الأحياء والعمارات والأدراج والشقق تُستورد من ملف CSV بالأمر «portineria import».
totals-organisations = الجهات
totals-estates = الأحياء
totals-buildings = العمارات
totals-stairs = الأدراج
totals-units = الشقق
totals-users = الأشخاص المسجّلون

## الأماكن
place-address = العنوان
place-stair = الدرج
place-unit = الشقة
place-unit-floor = الطابق { $floor }، شقة رقم { $number }
place-estate = الحي
place-owner = الجهة المالكة

## الأخطاء
error-title = حدثت مشكلة
error-status = رمز الخطأ { $status }.
error-home = الرجوع إلى الصفحة الرئيسية
error-not-found = الصفحة غير موجودة، أو ليس لديك إذن برؤيتها.
error-unauthenticated = يجب أن تدخل إلى حسابك للمتابعة.
error-csrf = انتهت صلاحية الاستمارة. أعد تحميل الصفحة وحاول مرة أخرى.
error-rate-limited = محاولات كثيرة جدًا. انتظر بضع دقائق ثم حاول مرة أخرى.
error-internal = حدث خطأ. حاول بعد قليل؛ وإذا تكرر، أخبر مكتب المساعدة.
error-unavailable = لا تستطيع البوابة الوصول إلى بياناتها الآن. حاول مرة أخرى بعد بضع دقائق: ما أرسلته من قبل محفوظ.
error-cannot-save = لا تستطيع البوابة حفظ أي شيء الآن: مساحة التخزين ممتلئة أو للقراءة فقط. حاول لاحقًا: ما أرسلته من قبل في أمان.
error-changed-meanwhile = غيّر شخص آخر الشيء نفسه في اللحظة نفسها: لم يُحفظ أي شيء. يُرجى إعادة تحميل الصفحة والمحاولة مرة أخرى.
error-form-invalid = الاستمارة المرسلة غير كاملة. أعد تحميل الصفحة وحاول مرة أخرى.
error-form-too-large = الاستمارة المرسلة كبيرة جدًا.
error-json-invalid = الطلب ليس JSON صالحًا، أو تنقصه بعض الحقول.
error-query-invalid = معايير الطلب غير صالحة.
error-too-large = الطلب كبير جدًا.

## التاريخ والوقت (بتوقيت إيطاليا: كل الأحياء في إيطاليا)
time-local = { $date }، الساعة { $time } (بتوقيت إيطاليا)
time-slot = { $weekday } { $date }، من { $from } إلى { $until } (بتوقيت إيطاليا)
amount-euro = { $amount } يورو

## التطبيق على الهاتف
app-name = Portineria — حيّك
app-short-name = Portineria
app-description = البلاغات ولوحة الإعلانات ودليل الترحيب في حيّك
offline-title = لا يوجد اتصال بالإنترنت
offline-intro = هذه الصفحة غير محفوظة على الهاتف. يمكنك فتح الصفحات التي رأيتها من قبل، وكتابة بلاغ: سيُرسَل وحده عندما يعود الاتصال.
offline-as-of = لا يوجد اتصال بالإنترنت: هذه الصفحة كما كانت في { $when }.

## سهولة القراءة والترجمات
display-large-text = خط أكبر
display-high-contrast = تباين عالٍ
display-invalid = خيار العرض غير صالح.
nav-translations = الترجمات
translations-title = نصوص تحتاج إلى ترجمة
translations-intro = الفئات والإعلانات الحالية ودليل الترحيب التي لم تُكتب بعد بكل اللغات: ما دامت الترجمة ناقصة، تظهر بالإيطالية.
translations-missing-count = { $count ->
    [zero] لا توجد نصوص ناقصة
    [one] نص واحد ناقص
    [two] نصان ناقصان
    [few] { $count } نصوص ناقصة
    [many] { $count } نصًا ناقصًا
   *[other] { $count } نص ناقص
}
translations-categories = الفئات
translations-notices = الإعلانات
translations-kit = دليل الترحيب
translations-templates = ردود جاهزة
