# 单元联络员和楼栋联络员的选举，无记名投票。
elections-title = 联络员选举
nav-elections = 选举
elections-intro = 联络员由邻居们选出：每套住房一票，可以在网上投、发短信投，或到服务站用纸质选票投，投票不记名。
elections-none = 暂时没有选举。
elections-open-title = 发起选举
elections-open-place = 哪个单元或楼栋
elections-open-nominations-last = 报名参选的最后一天
elections-open-voting-first = 投票第一天
elections-open-voting-last = 投票最后一天
elections-open-term = 任期（月数）
elections-open-submit = 发起选举
election-rule-general = 得票最多的人当选；如果两人或多人争最后一个名额时票数相同，只在他们之间重新投票（第二轮）。如果只有一位候选人，大家投赞成或反对。
election-place-building = 楼栋：{ $building }
election-place-stair = 单元：{ $stair }，{ $address }
election-page-title = 联络员选举
election-title-stair = 单元联络员选举：{ $place }
election-title-building = 楼栋联络员选举：{ $place }
election-status-nominations = 报名截止到 { $when }。
election-status-waiting = 报名已结束。{ $when } 开始投票。
election-status-voting = 投票截止到 { $when }。
election-status-counting = 投票已于 { $when } 结束：服务站正在计票。
election-status-closed = 选举已于 { $when } 结束。
election-seats = 名额
election-nominations-until = 报名截止
election-voting = 投票时间
election-from-to = 从 { $from } 到 { $to }
election-term = 任期
election-term-months = { $count ->
   *[other] { $count } 个月
}
election-rule = { $seats ->
    [1] 得票最多的人当选（至少要有一票）。如果两人或多人票数相同，只在他们之间重新投票，时间和第一轮一样长。如果只有一位候选人，大家投赞成或反对：赞成票比反对票多就当选。
   *[other] 得票最多的 { $seats } 人当选（至少要有一票）。如果两人或多人争最后一个名额时票数相同，只在他们之间重新投票，时间和第一轮一样长。如果只有一位候选人，大家投赞成或反对：赞成票比反对票多就当选。
}
election-is-runoff = 这是票数相同的候选人之间的第二轮投票。
election-first-round = 第一轮投票
election-runoff-link = 有候选人票数相同：在他们之间重新投票。
election-candidates = 候选人
election-no-candidates = 还没有候选人。
election-elected = 当选
election-votes = { $count ->
   *[other] { $count } 票
}
election-stand-title = 您要参选吗？
election-standing = 您已报名参选：可以修改您的留言
election-statement-label = 对邻居说几句话（选填，最多 600 个字符）
election-stand = 我要参选
election-withdraw-hint = 投票开始前，您可以撤回报名。
election-withdraw = 撤回报名
election-ballot-title = 您家的投票
election-ballot-secret = 投票不记名：谁也不会知道您选了谁，服务站也不会知道。
election-flat-voted = 您家已经投过票了。如果再投一次，新的选票会替换之前的选票。
election-yes-to = 赞成
election-no = 反对
election-blank-choice = 空白票
election-vote = 投票
election-sms-hint = 不能上网？也可以发短信投票：发送“投票”加空格和候选人编号（例如“投票 2”）；发送“投票 0”投空白票；发送“投票 否”反对唯一的候选人。
election-paper-title = 登记纸质选票
election-paper-unit = 住房编号（例如 GUA12-A-21）
election-paper-choice = 选择
election-paper-record = 登记这张选票
election-turnout-title = 投票情况
election-result = 结果
election-turnout = { $count ->
   *[other] { $units } 套住房中已有 { $voted } 套投票。
}
election-blank = { $count ->
   *[other] 空白票 { $count } 张。
}
election-against = { $count ->
   *[other] 反对票 { $count } 张。
}
election-results-hidden = 投票结束后才计票：在那之前谁也看不到结果。
election-close-hint = 投票已经结束：请结束选举，计票并把结果发布到公告栏上。
election-close = 结束并计票
election-done-stood = 您已报名参选。
election-done-withdrew = 您已撤回报名。
election-done-cast = 投票已登记。谢谢！
election-done-replaced = 投票已登记：替换了您家之前的选票。
election-done-paper = 纸质选票已登记。
election-done-closed = 选举已结束：结果在公告栏上。
election-appointed = 由服务站指定
election-chosen = { $date } 选出，{ $count ->
   *[other] { $units } 套住房中有 { $voted } 套投票
}，任期到 { $until }
board-elections = 正在进行的选举
election-told-label = 选举
election-told-button = 打开选举页面
election-told-nominations_open-title = 选举联络员：{ $place }
election-told-nominations_open-body = 报名参选截止到 { $nominations_until }。投票时间从 { $voting_from } 到 { $voting_until }。
election-told-voting_open-title = 开始投票了：{ $place }
election-told-voting_open-body = 投票截止到 { $voting_until }，可以在网上、发短信或到服务站投票。每套住房一票，不记名。
election-told-result-title = 选举结果：{ $place }
election-told-result-body = 投票已结束：结果在公告栏上。
election-told-term_ending-title = 任期快要结束：{ $place }
election-told-term_ending-body = 当选联络员的任期两个月后结束：请及时发起下一次选举。
election-scope-invalid = 请选择一个单元或楼栋。
election-seats-invalid = 名额为 1 到 9 个。
election-term-invalid = 任期为 1 到 60 个月。
election-windows-invalid = 请检查日期：报名要在今后截止，之后才开始投票，投票最长 60 天。
election-scope-fixed = 选举的地点不能更改：其他地点请另外发起选举。
election-voting-started = 投票已经开始：不能再修改。
election-nominations-closed = 报名已结束。
election-statement-too-long = 留言太长了（最多 600 个字符）。
election-not-voting = 现在不能投票。
election-choice-invalid = 请选择一位候选人、空白票，或者在只有一位候选人时选择反对。
election-unit-not-in-place = 这套住房不在这次选举的范围内。
election-not-ended = 只有投票结束后才能结束选举，而且只能结束一次。
sms-vote-none = 您的单元或楼栋现在没有进行中的投票。
sms-vote-several = 现在有几个投票在进行：请在网上或到服务站投票。
sms-vote-unknown = { $count ->
    [1] 只有一位候选人：发送 投票 1 表示赞成，投票 否 表示反对，投票 0 投空白票。
   *[other] 请发送 投票 加空格和编号（1 到 { $count }），或发送 投票 0 投空白票。
}
sms-vote-recorded = { $place } 的选举：您的票已登记。投票不记名。谢谢！
sms-vote-replaced = { $place } 的选举：您的票已登记，替换了您家之前的选票。
audit-action-election-opened = 已发起选举
audit-action-election-changed = 已修改选举
audit-action-election-closed = 已结束选举并计票
audit-action-paper-ballot-recorded = 已登记纸质选票
desk-reach-kind-election = 选举：报名、投票和结果
election-already-open = 这个地点已经有一场正在进行的选举。
