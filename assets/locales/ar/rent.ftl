# حساب الإيجار (/rent)، إشعار pagoPA، استيراد الإيجارات. كلمات بسيطة، بنبرة جار يريد
# أن يساعد: لا بنبرة إشعار رسمي أبدًا.
nav-rent = الإيجار والمصاريف
rent-title = الإيجار والمصاريف
rent-flat = الشقة { $unit }، { $address } — الجهة المالكة: { $landlord }
rent-staff-view = أنت ترى حساب الشقة { $unit } لتساعد من يسكن فيها: الساكن يرى الصفحة نفسها.
rent-standing = وضعك الآن
rent-up-to-date = وضعك سليم: ليس عليك أي مبلغ متأخر. شكرًا!
rent-in-credit = وضعك سليم ولك رصيد قدره { $amount }: سيُخصم من الفواتير القادمة.
rent-late-since = هناك فاتورة لم تُدفع بعد، وكان موعد دفعها { $date }: الباقي كله { $amount }. هذا يمكن أن يحدث لأي شخص.
rent-help = لا تفهم أحد البنود، أو يصعب عليك الدفع في هذه الفترة؟ يساعدك مكتب المساعدة على قراءة الفاتورة، وإذا لزم الأمر، على طلب خطة للدفع على أقساط: الطلب مجاني ويبقى سريًا.
rent-bills = فواتير السنة الأخيرة
rent-bill-due = موعد الدفع: { $date }
rent-bill-open = المطلوب دفعه: { $amount }
rent-bill-late = متأخرة، المطلوب دفعه: { $amount }
rent-bill-paid = مدفوعة
rent-item = البند
rent-what = ما هذا؟
rent-pay-notice = إشعار دفع pagoPA (للطباعة أو لعرضه عند شباك الدفع)
rent-no-bills = لا توجد فواتير بعد: يضيفها مكتب الإيجارات التابع للجهة المالكة.
rent-payments = الدفعات المستلمة
rent-no-payments = لا توجد دفعات مسجلة.
rent-item-rent = الإيجار
rent-item-rent-what = إيجار الشقة. في السكن الاجتماعي يعتمد الإيجار على دخل الأسرة (ISEE): إذا تغيّر دخلك، أخبر مكتب الإيجارات، لأن الإيجار قد يتغير.
rent-item-heating = التدفئة
rent-item-heating-what = حصتك من التدفئة المركزية: خلال السنة تدفع مبلغًا مسبقًا، ثم تسوية حسب الاستهلاك الحقيقي، ولهذا يتغير المبلغ من سنة إلى أخرى.
rent-item-water = الماء
rent-item-water-what = حصتك من ماء العمارة، تُقسم حسب العدادات أو حسب عدد الأشخاص في البيت؛ هنا أيضًا دفعات مسبقة ثم تسوية.
rent-item-cleaning = التنظيف
rent-item-cleaning-what = تنظيف الدرج والمدخل والأماكن المشتركة، وتقوم به الشركة المكلفة.
rent-item-lift = المصعد
rent-item-lift-what = الكهرباء والصيانة والفحوص الإلزامية لمصعد درجك.
rent-item-green = المساحات الخضراء
rent-item-green-what = العناية بحدائق العمارة وأحواض الزهور: قص العشب، تقليم الأشجار، التنظيف.
rent-item-lighting = إنارة الأماكن المشتركة
rent-item-lighting-what = الكهرباء لأضواء الدرج والساحات والأقبية.
rent-item-admin = مصاريف الإدارة
rent-item-admin-what = تكلفة إدارة خدمات العمارة: العقود، وقراءة العدادات، وتقسيم المصاريف.
rent-item-other = أخرى
rent-item-other-what = مصروف لا يدخل في البنود الأخرى؛ إذا لم يكن واضحًا، اسأل مكتب المساعدة عمّا يشمله.
rent-notice-title = إشعار دفع pagoPA
rent-notice-code = رمز الإشعار
rent-notice-creditor = الرقم الضريبي للجهة الدائنة
rent-notice-amount = المبلغ
rent-notice-due = موعد الدفع
rent-notice-qr = رمز QR للدفع: امسحه بتطبيق البنك أو بتطبيق IO
rent-notice-where = أين تدفع: في مكتب البريد، أو عند بائع التبغ أو في نقطة بيع اليانصيب، أو في البنك أو بتطبيق البنك، أو بتطبيق IO. اعرض رمز QR أو اقرأ رمز الإشعار بصوت عالٍ.
rent-import-unit = لا توجد شقة { $unit } بين شقق هذه الجهة المالكة.
rent-import-amount = مبلغ غير صالح: اكتب اليورو مع رقمين عشريين (123.45 أو 123,45)؛ الدفعة أكبر من صفر.
rent-import-notice = رمز إشعار pagoPA غير صالح: 18 رقمًا، مع الرقم الضريبي للجهة المكوّن من 11 رقمًا.
rent-import-period = فترة غير صالحة: اكتب السنة والشهر هكذا 2026-03.
rent-import-item = بند غير صالح: واحد من rent, heating, water, cleaning, lift, green, lighting, admin, other.
rent-import-date = تاريخ غير صالح: اكتب YYYY-MM-DD (موعد الدفع للمبلغ المستحق، ويوم الدفع للدفعة).
rent-import-kind = نوع السطر غير صالح: charge (مبلغ مستحق) أو payment (دفعة).
audit-action-rent-imported = استُوردت حسابات الإيجار
home-rent-office = مكتب الإيجارات — { $organisation }
home-rent-office-intro = حسابات مساكن هذه الجهة المالكة: الفواتير والمدفوعات ومن تأخر في الدفع. افتح حساب مسكن من رمزه.
rent-lookup-title = حساب مسكن
rent-unit-code = رمز المسكن (مثلًا GUA12-A-21)
rent-open = افتح الحساب
nav-rent-office = أسر يجب التواصل معها
rent-office-title = أسر يجب التواصل معها
rent-office-intro = مع من تتواصل الآن ولماذا، بدءًا بالمشكلة الأقدم. كلمة طيبة مبكرة تمنع الدين من أن يكبر: سجّل كل تواصل، حتى يعرف من يأتي بعدك أنك اتصلت بالفعل.
rent-office-none = لا توجد أسرة يجب التواصل معها: الجميع ملتزمون بالدفع.
rent-reason-overdue = فاتورة غير مدفوعة، كان موعد استحقاقها { $date }: يتبقى { $amount }.
rent-reason-late = { $count ->
    [zero] لم يتأخر في الدفع خلال الأشهر الستة الأخيرة.
    [one] تأخر في الدفع مرة واحدة خلال الأشهر الستة الأخيرة (أول استحقاق { $date }).
    [two] تأخر في الدفع مرتين خلال الأشهر الستة الأخيرة (أول استحقاق { $date }).
    [few] تأخر في الدفع { $count } مرات خلال الأشهر الستة الأخيرة (أول استحقاق { $date }).
    [many] تأخر في الدفع { $count } مرة خلال الأشهر الستة الأخيرة (أول استحقاق { $date }).
   *[other] تأخر في الدفع { $count } مرة خلال الأشهر الستة الأخيرة (أول استحقاق { $date }).
}
rent-last-contact = آخر تواصل في { $date }، { $name }: { $note }
rent-no-contact = لم يُسجَّل أي تواصل بعد.
rent-contact-note-label = كيف جرى التواصل (ملاحظة قصيرة)
rent-contact-save = سجّل التواصل
rent-contact-saved = تم تسجيل التواصل.
rent-contact-note = اكتب ملاحظة قصيرة عن التواصل، 500 حرف على الأكثر.
rent-help-title = يصعب عليّ الدفع
rent-help-intro = اكتب بكلمات قليلة ما الذي يحدث. لا يقرؤه إلا مكتب المساعدة في الحي ومكتب الإيجارات التابع للجهة المالكة، ويردّون عليك هنا: لا يراه أي جار ولا مندوب ولا فني. كلما تكلمت أبكر، كان إيجاد حل أسهل، مثل خطة للدفع على أقساط.
rent-help-requests = طلباتك للمساعدة
rent-help-request = طلب بتاريخ { $date }
rent-help-answered = يوجد رد
rent-help-waiting = بانتظار الرد
rent-help-message-label = ما الذي يحدث
rent-help-reasons = السبب، إذا أردت أن تقوله
rent-help-reason-job_lost = فقدت عملي
rent-help-reason-illness = مرض في الأسرة
rent-help-reason-income_changed = تغيّر دخل الأسرة
rent-help-reason-document_missing = ينقص مستند (ISEE أو العقد أو غير ذلك)
rent-help-send = اطلب المساعدة
rent-help-text = اكتب بضع كلمات عمّا يحدث (2000 حرف على الأكثر).
rent-help-thread-title = طلب مساعدة في الإيجار
rent-help-reply-label = اكتب ردًا
rent-help-reply = أرسل
rent-help-office-title = طلبات المساعدة
rent-help-office-none = لا توجد طلبات مساعدة حتى الآن.
rent-plan-title = خطتك للدفع على أقساط
rent-plan-proposed = خطة للدفع على أقساط اقترحها مكتب الإيجارات
rent-plan-on-paper = قُبلت بالتوقيع على الورق عند مكتب المساعدة.
rent-plan-due = موعد الدفع
rent-plan-state = الحالة
rent-instalment-paid = مدفوع
rent-instalment-upcoming = مطلوب دفعه
rent-instalment-late = متأخر
rent-instalment-missed = غير مدفوع
rent-plan-accept-hint = إذا كانت هذه الأقساط مناسبة لأسرتك، اقبل الخطة: إذا التزمت بها، يُسدَّد الدين شيئًا فشيئًا. وإذا لم تكن مناسبة، اكتب ذلك في الأسفل، في «يصعب عليّ الدفع».
rent-plan-accept = أقبل الخطة
rent-plan-record-paper = سجّل القبول الموقّع على الورق
rent-plan-propose = اقترح خطة للدفع على أقساط
rent-plan-propose-hint = أقساط تناسب الأسرة، مع التواريخ والمبالغ؛ اترك الأسطر التي لا تحتاجها فارغة. الاقتراح الجديد يحل محل الاقتراح الذي لم يُقبل بعد.
rent-plan-due-n = القسط { $n }: موعد الدفع
rent-plan-amount-n = القسط { $n }: المبلغ باليورو
rent-plan-send = اقترح الخطة
rent-on-plan = أنت تتبع خطة للدفع على أقساط: القسط القادم { $amount }، ادفعه حتى { $date }. شكرًا!
rent-plan-missed = لا يظهر أن قسط خطة الدفع المستحق في { $date } ({ $amount }) قد دُفع. إذا كانت هذه فترة صعبة عليك، اكتب إلى مكتب المساعدة: يمكن مراجعة الخطة.
rent-reason-instalment = قسط غير مدفوع من خطة الدفع، كان موعد استحقاقه { $date }: { $amount }.
rent-plan-count = الخطة فيها من 1 إلى 60 قسطًا.
rent-plan-amount = كل قسط مبلغه أكبر من صفر، باليورو (مثلًا 80.00).
rent-plan-dates = اكتب مواعيد الدفع بصيغة YYYY-MM-DD، بالترتيب، بدءًا من اليوم.
rent-plan-not-pending = هذه الخطة قُبلت من قبل، أو حلّ محلها اقتراح جديد.

# تذكيرات وأخبار عن الإيجار، في صندوق الرسائل وبالبريد الإلكتروني أو SMS أو الإشعارات.
rent-told-label = الإيجار
rent-told-button = افتح الصفحة
mail-news-subject = { $title }
rent-told-reminder_before-title = دفعة يحين موعدها في { $date }
rent-told-reminder_before-body = المطلوب دفعه { $amount } حتى { $date }. يمكنك الدفع في مكتب البريد أو عند بائع التبغ أو في البنك أو في تطبيق IO: إشعار الدفع موجود في صفحة الإيجار الخاصة بك. إذا كنت قد دفعت من قبل، فشكرًا لك.
rent-told-reminder_due-title = دفعة يحين موعدها اليوم
rent-told-reminder_due-body = اليوم، { $date }، يحين موعد دفع { $amount }. إذا كنت قد دفعت من قبل، فشكرًا لك، ولا تلتفت إلى هذه الرسالة.
rent-told-reminder_after-title = لم نرَ دفعتك بعد
rent-told-reminder_after-body = لم نستلم بعد مبلغ { $amount }، وكان موعد دفعه { $date }. هذا يمكن أن يحدث لأي شخص: إذا كان الدفع صعبًا عليك الآن، أخبرنا في صفحة الإيجار أو عند مكتب المساعدة، وسنجد حلًا معًا.
rent-told-instalment_missed-title = قسط غير مدفوع: { $unit }
rent-told-instalment_missed-body = لم يُدفع قسط خطة الدفع البالغ { $amount } والمستحق في { $date } عن { $flat }. تواصل مع الأسرة.
rent-told-help_asked-title = أسرة كتبت عن إيجارها: { $unit }
rent-told-help_asked-body = كتبت أسرة { $flat } في طلبها للمساعدة. اقرأه وردّ عليه: الأسرة تتابع المحادثة.
rent-told-help_answered-title = رد على طلبك بخصوص الإيجار
rent-told-help_answered-body = ردّ مكتب المساعدة أو مكتب الإيجارات على طلبك للمساعدة. اقرأ الرد في الصفحة.
rent-told-plan_proposed-title = خطة للدفع على أقساط من أجلك
rent-told-plan_proposed-body = يقترح عليك مكتب الإيجارات خطة لدفع { $amount } على أقساط تناسب أسرتك. اقرأها في صفحة الإيجار: يمكنك قبولها هناك، أو توقيعها عند مكتب المساعدة.

# مؤشرات الإيجار للمختبر (/stats/rent)، بدون أسماء.
rent-stats-title = مؤشرات الإيجار
rent-stats-link = مؤشرات الإيجار: الأسر المتأخرة في الدفع، خطط الدفع على أقساط، طلبات المساعدة
rent-stats-intro = أرقام بدون أسماء: الأسر المتأخرة في دفع الإيجار والمصاريف، وخطط الدفع على أقساط، وطلبات المساعدة، للمساكن التي تتابعها.
rent-stats-by-month = الأسر المتأخرة في الدفع، شهرًا بشهر
rent-stats-by-building = الأسر المتأخرة في الدفع حسب العمارة، { $month }
rent-stats-households = الأسر
rent-stats-behind = المتأخرة في الدفع
rent-stats-amount = المبلغ المتأخر
rent-stats-plans = خطط الدفع على أقساط
rent-stats-proposed = المقترحة
rent-stats-active = الجارية
rent-stats-finished = المسدَّدة بالكامل
rent-stats-kept = الملتزَم بها
rent-stats-missed = فيها قسط غير مدفوع
rent-stats-help = طلبات المساعدة
rent-stats-requests = الطلبات
rent-stats-answered = التي لها رد
rent-stats-first-answer = أول رد (الوسيط)
rent-stats-none = لا توجد أرقام بعد.
rent-stats-csv-arrears = تنزيل الأسر المتأخرة في الدفع بصيغة CSV
rent-stats-csv-plans = تنزيل خطط الدفع على أقساط بصيغة CSV
rent-stats-csv-help = تنزيل طلبات المساعدة بصيغة CSV
rent-office-total = { $count ->
    [zero] لا توجد أسر يجب التواصل معها.
    [one] أسرة واحدة يجب التواصل معها.
    [two] أسرتان يجب التواصل معهما، الأقدم مشكلة أولاً.
    [few] { $count } أسر يجب التواصل معها، الأقدم مشكلة أولاً.
    [many] { $count } أسرة يجب التواصل معها، الأقدم مشكلة أولاً.
   *[other] { $count } أسرة يجب التواصل معها، الأقدم مشكلة أولاً.
}
