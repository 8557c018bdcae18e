# Portineria — الدخول والتفعيل والحساب ومكتب المساعدة (العربية).

## الدخول
login-title = الدخول
login-intro = ادخل ببريدك الإلكتروني (أو باسم المستخدم الذي اخترته برمز التفعيل) وبكلمة السر.
login-field-login = البريد الإلكتروني أو اسم المستخدم
login-field-password = كلمة السر
login-submit = دخول
login-failed = البريد الإلكتروني أو اسم المستخدم أو كلمة السر غير صحيح.
login-link-title = الدخول بدون كلمة سر
login-link-intro = نرسل لك رابطًا على بريدك الإلكتروني، وتدخل به بلمسة واحدة.
login-link-submit = أرسل لي الرابط
login-code-title = هل وصلتك رسالة ورقية فيها رمز؟
login-code-intro = إذا لم يكن لديك بريد إلكتروني، يعطيك مكتب المساعدة رسالة فيها رمز التفعيل.
login-code-link = فعّل حسابك
link-sent-title = افتح بريدك الإلكتروني
link-sent-body = إذا كان هذا البريد مسجّلًا عندنا، فقد أرسلنا إليه رابطًا للدخول. الرابط صالح لمدة { $minutes ->
        [zero] { $minutes } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    }، ويُستعمل مرة واحدة فقط.
link-confirm-title = الدخول إلى Portineria
link-confirm-body = اضغط على الزر لتكمل الدخول على هذا الجهاز.
link-confirm-submit = دخول
magic-link-invalid = هذا الرابط لا يعمل: ربما انتهت مدته أو استُعمل من قبل. اطلب رابطًا جديدًا.

## التفعيل بالرمز المكتوب على الورق
activate-title = فعّل حسابك
activate-intro = اكتب الرمز الموجود في رسالة مكتب المساعدة، ثم اختر اسم مستخدم وكلمة سر.
activate-field-code = رمز التفعيل
activate-code-hint = مثلًا ABCD-EFGH-JKLM. لا يهم إن كتبت الحروف كبيرة أو صغيرة، ولا إن نسيت الشرطات.
activate-field-username = اختر اسم مستخدم
activate-username-hint = من 3 إلى 32 حرفًا: حروف وأرقام ونقاط وشرطات وشرطات سفلية (_). ستحتاجه للدخول.
activate-submit = فعّل وادخل
activation-code-invalid = الرمز غير صالح أو انتهت مدته. راجع الرسالة، أو اطلب رمزًا جديدًا من مكتب المساعدة.
username-invalid = اسم المستخدم يجب أن يكون من 3 إلى 32 حرفًا: حروف وأرقام ونقاط وشرطات وشرطات سفلية.
username-taken = اسم المستخدم هذا يستعمله شخص آخر: اختر اسمًا غيره.

## كلمة السر
password-too-short = يجب ألا يقل عدد أحرف كلمة السر عن { $min }.
password-too-long = يجب ألا يزيد عدد أحرف كلمة السر عن { $max }.
password-mismatch = كلمتا السر غير متطابقتين.
password-current-wrong = كلمة السر الحالية غير صحيحة.

## الحساب
profile-title = حسابي
profile-details = معلوماتك
profile-email-hint = يلزمك لتصلك الأخبار الجديدة، وللدخول بدون كلمة سر.
profile-save = حفظ
profile-saved = تم حفظ التغييرات.
profile-password-title = تغيير كلمة السر
profile-password-submit = غيّر كلمة السر
profile-devices-title = الأجهزة
profile-devices-intro = هل ضاع هاتفك، أو استعملت حاسوبًا عامًا؟ اخرج من كل الأجهزة.
profile-sign-out-everywhere = الخروج من كل الأجهزة
email-invalid = يبدو أن هذا البريد الإلكتروني غير صحيح.
email-taken = هذا البريد الإلكتروني مسجّل من قبل.
locale-invalid = هذه اللغة غير متوفرة.
feed-purpose-invalid = لا يوجد عنوان من هذا النوع.
name-invalid = اكتب اسمًا لا يزيد عن 100 حرف.
account-exists = يوجد حساب بهذه المعلومات من قبل.

## مكتب المساعدة
desk-title = تسجيل ساكن
desk-intro = لمن ليس لديه بريد إلكتروني: تسجّل الشخص، وتطبع الرسالة التي فيها رمز التفعيل، وتسلّمها له.
desk-field-unit = رمز الشقة
desk-unit-hint = رمز الشقة كما هو في السجل، مثلًا GUA12-A-21.
desk-field-language = لغة الرسالة والموقع
desk-submit = سجّل وجهّز الرسالة
unit-unknown = لا توجد شقة بالرمز «{ $code }» في حيّك.
letter-page-title = رسالة التفعيل
letter-ready = الرسالة جاهزة: اطبعها وسلّمها.
letter-print = طباعة
letter-another = تسجيل ساكن آخر
letter-title = مرحبًا بك في Portineria
letter-greeting = مرحبًا { $name }،
letter-intro = مع Portineria تستطيع أن تبلّغ عن الأعطال والمشاكل، وتتابع الإصلاحات، وتقرأ إعلانات درجك، حتى من هاتفك.
letter-code-label = رمز التفعيل الخاص بك:
letter-step-open = افتح { $url }
letter-step-code = اكتب الرمز الموجود في الأعلى.
letter-step-choose = اختر اسم مستخدم وكلمة سر: ستحتاجهما للدخول.
letter-validity = الرمز صالح لمدة { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }، ويُستعمل مرة واحدة فقط.
letter-help = إذا احتجت مساعدة، تعال إلى مكتب المساعدة: نحن نساعدك.

## البريد الإلكتروني
mail-greeting = مرحبًا { $name }،
mail-magic_link-subject = رابط الدخول إلى Portineria
mail-magic_link-body = هذا هو رابط الدخول إلى Portineria. الرابط صالح لمدة { $minutes ->
        [zero] { $minutes } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    }، ويُستعمل مرة واحدة فقط.
mail-magic_link-button = الدخول إلى Portineria
mail-magic_link-ignore = إذا لم تطلب هذا الرابط، تجاهل هذه الرسالة: لا أحد يستطيع الدخول بدون الرابط.
mail-sign_in_blocked-subject = حاول شخص ما الدخول إلى حسابك في Portineria
mail-sign_in_blocked-body = حاول شخص ما مرات كثيرة الدخول إلى حسابك في Portineria بكلمة مرور خاطئة. لقد أوقفناه: حسابك يعمل كما كان، ويمكنك الدخول كالمعتاد.
mail-sign_in_blocked-advice = إذا لم تكن أنت، فاختر كلمة مرور جديدة من ملفك الشخصي؛ وإذا ظننت أن أحدًا يعرفها، فاخرج أيضًا من كل الأجهزة.
mail-sign_in_blocked-button = افتح ملفك الشخصي
sign-in-blocked-label = حسابك
sign-in-blocked-summary = جرّب شخص ما كلمات مرور خاطئة كثيرة على حسابك، وقد أوقفناه. إذا لم تكن أنت، فغيّر كلمة المرور.
phone-invalid = يبدو أن رقم الهاتف المحمول هذا غير صحيح: اكتبه مع رمز البلد (+40 …) إذا لم يكن إيطاليًا.
desk-field-phone = رقم الهاتف المحمول (اختياري)
desk-phone-hint = يمكن كتابة الرقم الإيطالي بدون +39. سيصله عبر الرسائل القصيرة الإشعارات العاجلة وأخبار بلاغاته.

# Signing in with a mobile number and a code sent by SMS.
login-phone-title = الدخول برقم الجوال
login-phone-intro = إذا سجّل مكتب الاستقبال رقم جوالك، نرسل إليك رسالة فيها رمز للدخول.
login-phone-field = رقم الجوال
login-phone-submit = أرسل لي الرمز
phone-code-title = اكتب الرمز
phone-code-sent = إذا كان الرقم { $phone } مسجّلًا، فقد أرسلنا إليك رسالة فيها رمز من 6 أرقام. الرمز صالح لمدة { $minutes ->
        [zero] { $minutes } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    }، ويُستعمل مرة واحدة فقط.
phone-code-field = الرمز الذي وصلك برسالة
phone-code-submit = ادخل
phone-code-wrong = الرمز غير صحيح أو لم يعد صالحًا: راجع الرسالة أو اطلب رمزًا جديدًا.

# How the desk sees that a person is reached, and SMS turned on again after STOP.
desk-reach-title = كيف نتواصل معه
desk-reach-phone = الجوال
desk-reach-no-phone = لا يوجد رقم جوال
desk-reach-kind-urgent = إشعارات عاجلة
desk-reach-kind-report = أخبار بلاغاته
desk-reach-kind-visit = تذكيرات الزيارات
desk-reach-kind-rent = الإيجار: تذكيرات ومساعدة وخطط
desk-reach-stopped = كتب STOP في { $date }: لم تعد تصله رسائل.
desk-reach-resume-consent = الشخص هنا في مكتب الاستقبال ويطلب أن تصله الرسائل من جديد
desk-reach-resume = أعد تشغيل الرسائل
desk-reach-resume-consent-required = لا تعود الرسائل إلا إذا طلب الشخص ذلك هنا في مكتب الاستقبال: ضع علامة في المربع.

# Which channels each kind of message goes by, besides the inbox.
channels-title = كيف تصلك الرسائل
channels-intro = تجدها دائمًا هنا على البوابة. ويمكن أن تصلك أيضًا:
channels-email = بالبريد الإلكتروني
channels-sms = برسائل SMS
channels-push = بالإشعارات
push-intro = إذا كان التطبيق مثبّتًا على هاتفك أو حاسوبك، يمكن أن تصلك الإعلانات المستعجلة ومستجدات بلاغاتك على شكل إشعارات.
push-turn-on = تفعيل الإشعارات على هذا الجهاز
push-on = الإشعارات مفعّلة على هذا الجهاز.
push-denied = متصفحك يحظر إشعارات هذا الموقع. اسمح بها من إعدادات المتصفح ثم حاول مرة أخرى.
push-failed = تعذّر تفعيل الإشعارات على هذا الجهاز. حاول لاحقًا، أو استخدم البريد الإلكتروني أو رسائل SMS.
push-endpoint-invalid = عنوان الإشعارات غير صالح.
push-endpoint-refused = لا يمكن أن تمر الإشعارات إلا عبر خدمات المتصفحات المعروفة وباتصال آمن.
push-keys-invalid = مفاتيح الإشعارات غير صالحة.

# Per stair, the flats the portal reaches by no channel.
desk-paper-title = من نصل إليه شخصيًا فقط
desk-paper-intro = لكل درج، الشقق التي لا يتلقى فيها أحد بريدًا إلكترونيًا أو رسائل قصيرة أو إشعارات من البوابة: عند انقطاع الماء، يلزم هناك ورقة أو طرق الباب.
desk-paper-stair = الدرج
desk-paper-flats = الشقق
desk-paper-only = شخصيًا فقط (الأرقام)
desk-paper-none = لا شيء

# One's own mobile number, confirmed by a code sent to it.
own-phone-title = هاتفك الجوال
own-phone-current = تصل الرسائل القصيرة إلى
own-phone-none = لا يوجد رقم جوال: اكتبه أدناه لتصلك الإشعارات برسائل قصيرة وللدخول برقمك أيضًا.
own-phone-sent = أرسلنا رمزًا من 6 أرقام برسالة قصيرة إلى { $phone }: اكتبه هنا لتأكيد الرقم.
own-phone-confirm = أكّد الرقم
own-phone-label = رقم الجوال
own-phone-hint = يمكن كتابة الرقم الإيطالي بدون ‎+39. لا يراه إلا أنت ومكتب الاستقبال.
own-phone-send = أرسل لي الرمز
phone-taken = هذا الرقم تابع لحساب آخر: اسأل مكتب الاستقبال.
push-devices-title = الإشعارات مفعّلة على
push-device-since = فُعّلت: { $date }
push-device-remove = إيقاف
