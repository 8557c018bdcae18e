# Portineria — 登录、开通、个人资料和服务站（简体中文）。
# Portineria — sign-in, activation, profile and desk (Simplified Chinese).

## 登录 (Sign in)
login-title = 登录
login-intro = 请用您的电子邮箱（或者用开通码时自己选的用户名）和密码登录。
login-field-login = 电子邮箱或用户名
login-field-password = 密码
login-submit = 登录
login-failed = 电子邮箱、用户名或密码不对。
login-link-title = 不用密码登录
login-link-intro = 我们给您发一封邮件，里面有一个链接，点一下就能登录。
login-link-submit = 给我发链接
login-code-title = 您收到了一封带开通码的信吗？
login-code-intro = 如果您没有电子邮箱，服务站会给您一封信，里面有开通码。
login-code-link = 开通您的账号
link-sent-title = 请查看邮箱
link-sent-body = 如果这个邮箱已经登记过，我们已经给您发了登录链接。链接 { $minutes } 分钟内有效，只能用一次。
link-confirm-title = 进入 Portineria
link-confirm-body = 请按下面的按钮，在这台设备上完成登录。
link-confirm-submit = 进入
magic-link-invalid = 这个链接不能用了：可能已经过期，或者已经用过了。请重新要一个。

## 用纸质信上的开通码开通 (Activation with the paper code)
activate-title = 开通您的账号
activate-intro = 请输入服务站给您的信上的开通码，然后选一个用户名和密码。
activate-field-code = 开通码
activate-code-hint = 例如 ABCD-EFGH-JKLM。大写、小写和短横线都没关系。
activate-field-username = 选一个用户名
activate-username-hint = 3 到 32 个字符，可以用字母、数字、点、短横线和下划线。以后登录要用。
activate-submit = 开通并进入
activation-code-invalid = 开通码不对，或者已经过期。请检查信件，或者去服务站要一个新的开通码。
username-invalid = 用户名要有 3 到 32 个字符，只能用字母、数字、点、短横线和下划线。
username-taken = 这个用户名已经有人用了，请换一个。

## 密码 (Password)
password-too-short = 密码至少要有 { $min } 个字符。
password-too-long = 密码最多只能有 { $max } 个字符。
password-mismatch = 两次输入的密码不一样。
password-current-wrong = 现在的密码不对。

## 个人资料 (Profile)
profile-title = 我的资料
profile-details = 您的资料
profile-email-hint = 用来接收最新消息，也可以用来不输密码登录。
profile-save = 保存
profile-saved = 已经保存。
profile-password-title = 修改密码
profile-password-submit = 修改密码
profile-devices-title = 设备
profile-devices-intro = 手机丢了，或者用过公共电脑？请在所有设备上退出。
profile-sign-out-everywhere = 在所有设备上退出
email-invalid = 这个电子邮箱地址好像不对。
email-taken = 这个电子邮箱已经登记过了。
locale-invalid = 没有这种语言。
feed-purpose-invalid = 没有这种地址。
name-invalid = 姓名最多 100 个字符。
account-exists = 已经有一个用这些信息登记的账号。

## 服务站 (Desk)
desk-title = 登记住户
desk-intro = 为没有电子邮箱的人办理：登记这个人，打印带开通码的信，然后交给他。
desk-field-unit = 住房编号
desk-unit-hint = 住房登记册里的编号，例如 GUA12-A-21。
desk-field-language = 信件和网站用的语言
desk-submit = 登记并准备信件
unit-unknown = 您的小区里没有编号为“{ $code }”的住房。
letter-page-title = 开通信
letter-ready = 信已经准备好了：请打印出来，交给住户。
letter-print = 打印
letter-another = 再登记一位住户
letter-title = 欢迎使用 Portineria
letter-greeting = { $name }，您好：
letter-intro = 用 Portineria，您可以报修、查看维修进度、阅读您单元的通知，用手机也可以。
letter-code-label = 您个人的开通码：
letter-step-open = 打开 { $url }
letter-step-code = 输入上面的开通码。
letter-step-choose = 选一个用户名和密码：以后登录要用。
letter-validity = 开通码 { $days } 天内有效，只能用一次。
letter-help = 如果需要帮助，请来服务站：我们会帮您。

## 邮件 (Mail)
mail-greeting = { $name }，您好：
mail-magic_link-subject = 您的 Portineria 登录链接
mail-magic_link-body = 这是您登录 Portineria 的链接。{ $minutes } 分钟内有效，只能用一次。
mail-magic_link-button = 进入 Portineria
mail-magic_link-ignore = 如果不是您自己要的，不用理会这封邮件：没有这个链接，谁也进不去。
mail-sign_in_blocked-subject = 有人试图登录您的 Portineria 账户
mail-sign_in_blocked-body = 有人多次用错误的密码试图登录您的 Portineria 账户。我们已经拦住了：您的账户照常使用，您可以像平时一样登录。
mail-sign_in_blocked-advice = 如果不是您本人，请在个人资料里设置新密码；如果您觉得有人知道密码，也请在所有设备上退出。
mail-sign_in_blocked-button = 打开个人资料
sign-in-blocked-label = 您的账户
sign-in-blocked-summary = 有人在您的账户上试了很多错误的密码，我们已经拦住了。如果不是您本人，请修改密码。
phone-invalid = 这个手机号码好像不对：如果不是意大利号码，请加上国家代码（+40 …）。
desk-field-phone = 手机号码（可选）
desk-phone-hint = 意大利号码可以不写 +39。紧急通知和报修进展会用短信发给这位住户。

# Signing in with a mobile number and a code sent by SMS.
login-phone-title = 用手机号登录
login-phone-intro = 如果服务台登记了您的手机号，我们会用短信给您发送登录验证码。
login-phone-field = 手机号
login-phone-submit = 给我发验证码
phone-code-title = 输入验证码
phone-code-sent = 如果号码 { $phone } 已经登记，我们已给您发送了 6 位数字的验证码。验证码 { $minutes } 分钟内有效，只能用一次。
phone-code-field = 短信收到的验证码
phone-code-submit = 登录
phone-code-wrong = 验证码不对或已失效：请查看短信或重新获取。

# How the desk sees that a person is reached, and SMS turned on again after STOP.
desk-reach-title = 我们如何联系此人
desk-reach-phone = 手机
desk-reach-no-phone = 没有手机号
desk-reach-kind-urgent = 紧急通知
desk-reach-kind-report = 报修的新消息
desk-reach-kind-visit = 上门提醒
desk-reach-kind-rent = 房租：提醒、帮助和还款计划
desk-reach-stopped = 已于 { $date } 回复 STOP：不再接收短信。
desk-reach-resume-consent = 本人就在服务台，要求重新接收短信
desk-reach-resume = 重新开启短信
desk-reach-resume-consent-required = 只有本人在服务台提出要求，才能重新开启短信：请勾选方框。

# Which channels each kind of message goes by, besides the inbox.
channels-title = 您如何接收消息
channels-intro = 您总能在门户上看到这些消息。此外还可以通过以下方式收到：
channels-email = 电子邮件
channels-sms = 短信
channels-push = 设备通知
push-intro = 在手机或电脑上安装本应用后，您可以以通知的形式收到紧急通知和您报修的最新进展。
push-turn-on = 在此设备上开启通知
push-on = 此设备已开启通知。
push-denied = 您的浏览器阻止了本网站的通知。请在浏览器设置中允许通知，然后重试。
push-failed = 无法在此设备上开启通知。请稍后重试，或使用电子邮件或短信。
push-endpoint-invalid = 通知地址无效。
push-endpoint-refused = 通知只能通过已知的浏览器推送服务，并使用安全连接。
push-keys-invalid = 通知密钥无效。

# Per stair, the flats the portal reaches by no channel.
desk-paper-title = 只能当面联系的住户
desk-paper-intro = 每个楼梯中，没有人通过门户收到电子邮件、短信或通知的住房：停水时，需要贴通知或上门敲门。
desk-paper-stair = 楼梯
desk-paper-flats = 住房
desk-paper-only = 只能当面联系（门牌号）
desk-paper-none = 无

# One's own mobile number, confirmed by a code sent to it.
own-phone-title = 您的手机
own-phone-current = 短信发送到
own-phone-none = 没有手机号码：在下面填写，即可通过短信接收通知，也可以用号码登录。
own-phone-sent = 我们已向 { $phone } 发送了 6 位数字验证码：请在此输入以确认号码。
own-phone-confirm = 确认号码
own-phone-label = 手机号码
own-phone-hint = 意大利号码可以不写 +39。只有您和服务台能看到。
own-phone-send = 给我发送验证码
phone-taken = 此号码已属于另一个账户：请询问服务台。
push-devices-title = 已开启通知的设备
push-device-since = 开启于：{ $date }
push-device-remove = 关闭
