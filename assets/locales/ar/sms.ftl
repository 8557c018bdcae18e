# SMS: short, to fit in one message.
sms-urgent = إشعار عاجل: { $title } - { $link }
sms-report-update = { $reference } ({ $status }): { $summary } - { $link }

# Answers to messages from phones, and the questions a reply answers.
sms-report-resolved = تم حل { $reference }: { $summary }. هل يعمل الآن؟ أجب نعم أو لا - { $link }
sms-visit-reminder = غدًا من { $from } إلى { $until } يأتي الفني إليك من أجل { $reference }. إذا لن يكون أحد في البيت، أجب لا.
sms-filed = شكرًا، استلمنا البلاغ { $reference }. سنكتب لك هنا عندما يكون هناك جديد. { $link }
sms-closed = شكرًا! تم إغلاق البلاغ { $reference }.
sms-reopened = أُعيد فتح البلاغ { $reference }: سننظر فيه مرة أخرى.
sms-visit-moved = شكرًا، سنخبر الفني: ستُؤجَّل الزيارة الخاصة بـ { $reference } وسنخبرك باليوم الجديد.
sms-visit-confirmed = شكرًا: سيأتي الفني كما هو مقرر من أجل { $reference }.
sms-already-answered = تم تحديث البلاغ { $reference } من قبل: لا حاجة لشيء آخر. اكتب مساعدة لتعرف ما يمكنك فعله.
sms-stopped = لن تصلك رسائل من Portineria بعد الآن. لإعادة تشغيلها، اسأل في مكتب الاستقبال.
sms-help = Portineria: اكتب لنا برسالة ما الذي لا يعمل وسنبلّغ عنه نيابة عنك. مكتب الاستقبال: { $desk }. اكتب STOP لإيقاف الرسائل.
sms-desk-unknown = مكتب الاستقبال في حيّك
sms-unknown = هذا الرقم غير مسجَّل في Portineria: اسأل في مكتب الاستقبال في حيّك.
sms-slow-down = وصلتنا رسائل كثيرة من هذا الرقم: سنقرؤها قريبًا. في حالة طارئة، اتصل بمكتب الاستقبال.
sms-fixed-reason = تأكيد برسالة: تم إصلاح العطل.
sms-not-fixed-reason = رد برسالة: لم يتم إصلاح العطل.
sms-visit-nobody-home = رد برسالة: لن يكون أحد في البيت في ذلك اليوم.
sms-id-invalid = الرسالة ليس لها معرِّف صالح.
sms-sign-in-code = رمزك للدخول إلى Portineria: { $code }. لا تعطه لأحد.

sms-budget-title = الرسائل القصيرة المرسلة اليوم
sms-budget-cap = الحد اليومي لكل حي، بأجزاء الرسائل القصيرة: { $cap }. بعد بلوغ الحد لا تُرسل إلا الإشعارات العاجلة؛ وتنتظر الرسائل الأخرى حتى منتصف الليل.
sms-budget-no-cap = لا يوجد حد يومي (PORTINERIA_SMS_DAILY_CAP): كل جزء يُرسل مدفوع.
sms-budget-estate = الحي
sms-budget-parts = الأجزاء المرسلة اليوم
sms-budget-waiting = في الانتظار
sms-budget-at-cap = (بلغ الحد)
sms-budget-no-estate = الردود ورموز الدخول
sms-verify-code = رمزك لتأكيد رقمك في Portineria: { $code }. لا تعطه لأحد.
sms-news = { $title } - { $body } - { $link }
