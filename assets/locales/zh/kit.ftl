# Portineria — 欢迎手册和楼栋账目（简体中文）。
# Portineria — welcome kit and building accounts (Simplified Chinese).

## 欢迎手册 (Welcome kit)
kit-title = 欢迎手册
kit-contents = 目录
kit-print = 打印手册
kit-empty = 这个小区的欢迎手册还没有写好。
kit-updated = { $date } 由 { $name } 更新
kit-topic-numbers = 常用电话和时间
kit-topic-rules = 邻里相处的规矩
kit-topic-services = 小区附近的服务
kit-topic-waste = 垃圾收集
kit-topic-history = 小区的历史
kit-edit-title = 编写欢迎手册
kit-edit-intro = 每次保存都会生成一个新版本；旧版本会保留在历史里。
kit-propose-intro = 您的建议会送到服务站，由服务站决定是否批准。
kit-missing = 以下语言还有部分没有翻译：{ $languages }。
kit-not-written = 待编写
kit-proposals = 有新建议
kit-versions = 目前共有 { $count } 个版本。
kit-propose = 提交建议
kit-approve = 批准
kit-reject = 不批准
kit-title-invalid = 标题要有 1 到 { $max } 个字符。
kit-body-long = 正文最多 { $max } 个字符。
kit-topic-invalid = 请从列表里选择手册的一个部分。
kit-reviewed-meanwhile = 在此期间已有人对这项提议作出了决定：请刷新页面查看最新状态。

## 楼栋账目 (Building accounts)
accounts-title = 楼栋账目
accounts-contracts = 服务合同
accounts-expenses = 全年费用
accounts-shares = 您分摊的费用
accounts-none = 暂时没有可以显示的内容。
accounts-no-share = 没有要显示的分摊费用。
accounts-year = { $year } 年
accounts-year-column = 年份
accounts-item = 项目
accounts-amount = 金额
accounts-total = 合计
accounts-since = 从 { $from } 起
accounts-flat = { $stair }，{ $floor ->
        [-1] 地下一层
        [0] 底层（一楼）
       *[other] 底层往上第 { $floor } 层
    }，{ $number } 号
accounts-service-cleaning = 清洁
accounts-service-green = 绿化
accounts-service-lift = 电梯
accounts-service-heating = 暖气
accounts-service-waste = 垃圾
accounts-service-other = 其他
accounts-add-expense = 添加一笔费用
accounts-building-code = 楼栋编号
accounts-add = 添加

## 导入 (Import)
import-title = 从 CSV 文件导入
import-intro = 文件第一行是列名。合同：building_code, service, contractor, starts_on, ends_on, contact。费用：building_code, year, item, amount。分摊：unit_code, year, amount。只要有一行出错，就什么都不导入。
import-kind = 文件里是什么内容
import-file = CSV 文件
import-submit = 导入
import-done = 已导入 { $count } 行。
import-refused = 什么都没有导入。请改正下面这些行，然后再试：
import-line = 第 { $line } 行：{ $problem }
import-columns = 缺少一些列。
import-building-unknown = 找不到这个楼栋，或者不属于您的小区。
import-unit-unknown = 找不到这套住房，或者不属于您的小区。
import-service-unknown = 不认识的服务（cleaning, green, lift, heating, waste, other）。
import-date-invalid = 日期无效（YYYY-MM-DD 或 DD/MM/YYYY；结束日期要在开始日期之后）。
import-amount-invalid = 年份或金额无效。
import-item-missing = 缺少费用项目。
import-contractor-missing = 缺少公司名称。
import-unreadable = 无法按 CSV 格式读取这个文件。
import-empty = 文件里没有可以导入的行。
# Between the names in a list ("English、Shqip").
list-separator = { "、" }
