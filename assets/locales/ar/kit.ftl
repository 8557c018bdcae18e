# Portineria — دليل الترحيب ومصاريف العمارة (العربية).

## دليل الترحيب
kit-title = دليل الترحيب
kit-contents = المحتويات
kit-print = اطبع الدليل
kit-empty = دليل الترحيب لهذا الحي لم يُكتب بعد.
kit-updated = حدّثه { $name } في { $date }
kit-topic-numbers = أرقام مفيدة ومواعيد
kit-topic-rules = قواعد العيش معًا
kit-topic-services = خدمات الحي
kit-topic-waste = جمع النفايات
kit-topic-history = تاريخ الحي
kit-edit-title = كتابة دليل الترحيب
kit-edit-intro = كل حفظ ينشئ نسخة جديدة، والنسخ القديمة تبقى في السجل.
kit-propose-intro = اقتراحاتك تصل إلى مكتب المساعدة، وهو يقرر هل يوافق عليها أم لا.
kit-missing = أجزاء لم تُترجم بعد إلى: { $languages }.
kit-not-written = لم يُكتب بعد
kit-proposals = توجد اقتراحات
kit-versions = { $count ->
    [zero] لا توجد أي نسخة حتى الآن.
    [one] نسخة واحدة حتى الآن.
    [two] نسختان حتى الآن.
    [few] { $count } نسخ حتى الآن.
    [many] { $count } نسخة حتى الآن.
   *[other] { $count } نسخة حتى الآن.
}
kit-propose = اقترح
kit-approve = وافق
kit-reject = رفض
kit-title-invalid = يجب أن يكون عدد أحرف العنوان بين 1 و{ $max }.
kit-body-long = يجب ألا يزيد عدد أحرف النص عن { $max }.
kit-topic-invalid = اختر جزءًا من الدليل من القائمة.
kit-reviewed-meanwhile = اتخذ شخص آخر قرارًا بشأن هذا الاقتراح في هذه الأثناء: يرجى إعادة تحميل الصفحة لرؤيته كما هو الآن.

## مصاريف العمارة
accounts-title = مصاريف العمارة
accounts-contracts = عقود الخدمات
accounts-expenses = مصاريف السنة
accounts-shares = حصتك
accounts-none = لا يوجد شيء لعرضه حاليًا.
accounts-no-share = لا توجد حصة لعرضها.
accounts-year = سنة { $year }
accounts-year-column = السنة
accounts-item = البند
accounts-amount = المبلغ
accounts-total = المجموع
accounts-since = منذ { $from }
accounts-flat = { $stair }، الطابق { $floor }، شقة رقم { $number }
accounts-service-cleaning = التنظيف
accounts-service-green = المساحات الخضراء
accounts-service-lift = المصعد
accounts-service-heating = التدفئة
accounts-service-waste = النفايات
accounts-service-other = أخرى
accounts-add-expense = أضف مصروفًا
accounts-building-code = رمز العمارة
accounts-add = إضافة

## الاستيراد
import-title = استيراد من ملف CSV
import-intro = ملف يبدأ بسطر العناوين. العقود: building_code, service, contractor, starts_on, ends_on, contact. المصاريف: building_code, year, item, amount. الحصص: unit_code, year, amount. إذا كان أي سطر خاطئًا، لا يُستورد أي شيء.
import-kind = ماذا يحتوي الملف
import-file = ملف CSV
import-submit = استيراد
import-done = { $count ->
    [zero] لم يُستورد أي سطر.
    [one] تم استيراد سطر واحد.
    [two] تم استيراد سطرين.
    [few] تم استيراد { $count } أسطر.
    [many] تم استيراد { $count } سطرًا.
   *[other] تم استيراد { $count } سطر.
}
import-refused = لم يُستورد أي شيء. صحّح هذه الأسطر وحاول مرة أخرى:
import-line = السطر { $line }: { $problem }
import-columns = بعض الأعمدة ناقصة.
import-building-unknown = عمارة غير معروفة، أو ليست من حيّك.
import-unit-unknown = شقة غير معروفة، أو ليست من حيّك.
import-service-unknown = خدمة غير معروفة (cleaning, green, lift, heating, waste, other).
import-date-invalid = تاريخ غير صالح (YYYY-MM-DD أو DD/MM/YYYY، والنهاية بعد البداية).
import-amount-invalid = السنة أو المبلغ غير صالح.
import-item-missing = بند المصروف ناقص.
import-contractor-missing = اسم الشركة ناقص.
import-unreadable = لا يمكن قراءة الملف كملف CSV.
import-empty = الملف لا يحتوي على أسطر للاستيراد.
# Between the names in a list ("English، Shqip").
list-separator = { "، " }
