<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>ConflictsTab</name>
    <message>
        <source>First value</source>
        <translation>第一个值</translation>
    </message>
    <message>
        <source>Second value</source>
        <translation>第二个值</translation>
    </message>
    <message>
        <source>Or type the right value</source>
        <translation>或者填写正确的值</translation>
    </message>
    <message>
        <source>Keep the &amp;first value</source>
        <translation>保留第一个值(&amp;F)</translation>
    </message>
    <message>
        <source>Keep the &amp;second value</source>
        <translation>保留第二个值(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Use typed value</source>
        <translation>使用填写的值(&amp;U)</translation>
    </message>
</context>
<context>
    <name>DuplicatesTab</name>
    <message>
        <source>Household A</source>
        <translation>慰问对象 A</translation>
    </message>
    <message>
        <source>Household B</source>
        <translation>慰问对象 B</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>走访组</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>走访次数</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>发放笔数</translation>
    </message>
    <message>
        <source>Keep &amp;A, merge B into it…</source>
        <translation>保留 A，将 B 合并进来(&amp;A)…</translation>
    </message>
    <message>
        <source>Keep &amp;B, merge A into it…</source>
        <translation>保留 B，将 A 合并进来(&amp;B)…</translation>
    </message>
    <message>
        <source>Not the same family</source>
        <translation>不是同一家庭</translation>
    </message>
    <message>
        <source>Why are these two different families?</source>
        <translation>为什么这是两个不同的家庭？</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>撤销合并</translation>
    </message>
    <message>
        <source>Undo the merge %1? The household is live again and its own visits, payments and needs go back to it. Why?</source>
        <translation>撤销合并 %1？该户将恢复，原属于它的走访、发放和诉求将退回该户。请说明原因：</translation>
    </message>
    <message>
        <source>&amp;Not the same family…</source>
        <translation>不是同一家庭(&amp;N)…</translation>
    </message>
    <message>
        <source>Recent mer&amp;ges…</source>
        <translation>最近的合并(&amp;G)…</translation>
    </message>
</context>
<context>
    <name>FindingsTab</name>
    <message>
        <source>Receipt number</source>
        <translation>签收单号</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>发放日期</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>走访组</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>慰问金</translation>
    </message>
    <message>
        <source>Goods value</source>
        <translation>慰问品价值</translation>
    </message>
    <message>
        <source>Void payment</source>
        <translation>作废发放</translation>
    </message>
    <message>
        <source>Why is %1 voided?</source>
        <translation>为什么作废 %1？</translation>
    </message>
    <message>
        <source>Accept finding</source>
        <translation>认可问题</translation>
    </message>
    <message>
        <source>Why is this in order?</source>
        <translation>为什么这样是合规的？</translation>
    </message>
    <message>
        <source>&amp;Void selected payment…</source>
        <translation>作废选中的发放(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Accept finding…</source>
        <translation>认可该问题(&amp;A)…</translation>
    </message>
</context>
<context>
    <name>Grid</name>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>Households</name>
    <message>
        <source>A household cannot be merged into itself.</source>
        <translation>不能把慰问对象合并到其自身。</translation>
    </message>
</context>
<context>
    <name>MergeConfirmDialog</name>
    <message>
        <source>Merge duplicate households</source>
        <translation>合并重复登记的户</translation>
    </message>
    <message>
        <source>“%2” will be merged into “%1”: its visits, payments and needs will belong to “%1”, and “%2” leaves the register. You can undo this later under Recent merges.</source>
        <translation>将把“%2”合并到“%1”：其走访、发放和诉求将归入“%1”，“%2”不再列入名册。之后可在“最近的合并”中撤销。</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Merge into it</source>
        <translation>合并进来</translation>
    </message>
    <message>
        <source>The ID numbers differ: these may be two different people. Merge only if you have checked that they are one family, and say how.</source>
        <translation>身份证号不同：可能是两个不同的人。只有核实为同一家庭后才能合并，并请写明核实情况。</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>原因(&amp;R)（必填）：</translation>
    </message>
    <message>
        <source>&amp;Note (optional):</source>
        <translation>备注(&amp;N)（可选）：</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>合并(&amp;M)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>走访</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>发放</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>诉求</translation>
    </message>
</context>
<context>
    <name>OfficeWorkspace</name>
    <message>
        <source>Office</source>
        <translation>办公室</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>疑似重复</translation>
    </message>
    <message>
        <source>Unit duplicates</source>
        <translation>单位疑似重复</translation>
    </message>
    <message>
        <source>Payment checks</source>
        <translation>发放核查</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Campaign summary</source>
        <translation>活动汇总</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>走访覆盖</translation>
    </message>
    <message>
        <source>Revisits</source>
        <translation>回头看</translation>
    </message>
    <message>
        <source>Needs ledger</source>
        <translation>诉求台账</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>签收单</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>全部活动</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>已导出：%1</translation>
    </message>
    <message>
        <source>Ca&amp;mpaign:</source>
        <translation>活动(&amp;M)：</translation>
    </message>
    <message>
        <source>Revisits &amp;within months:</source>
        <translation>回头看月数(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Export to &amp;Excel…</source>
        <translation>导出 Excel(&amp;E)…</translation>
    </message>
    <message>
        <source>Export to &amp;PDF…</source>
        <translation>导出 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Dashboard PDF…</source>
        <translation>工作看板 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>工作看板</translation>
    </message>
</context>
<context>
    <name>RecentMergesDialog</name>
    <message>
        <source>Recent merges</source>
        <translation>最近的合并</translation>
    </message>
    <message>
        <source>Merged household</source>
        <translation>被合并的户</translation>
    </message>
    <message>
        <source>Merged unit</source>
        <translation>被合并的单位</translation>
    </message>
    <message>
        <source>Into</source>
        <translation>并入</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>No merges.</source>
        <translation>没有合并记录。</translation>
    </message>
    <message>
        <source>&amp;Undo merge…</source>
        <translation>撤销合并(&amp;U)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ReportTab</name>
    <message>
        <source>Preparing the report…</source>
        <translation>正在生成报表…</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>office reports: reconciliation, budget, coverage, needs</source>
        <translation>办公室报表：对账、预算、走访覆盖、诉求</translation>
    </message>
    <message>
        <source>which report</source>
        <translation>报表类型</translation>
    </message>
    <message>
        <source>campaign name or id</source>
        <translation>活动名称或编号</translation>
    </message>
    <message>
        <source>revisits: left hardship within this many months</source>
        <translation>回头看：最近几个月内脱困的家庭</translation>
    </message>
    <message>
        <source>write to this .xlsx or .pdf file</source>
        <translation>导出到 .xlsx 或 .pdf 文件</translation>
    </message>
    <message>
        <source>act on what the office reports found</source>
        <translation>处理报表发现的问题</translation>
    </message>
    <message>
        <source>mark two households as not the same family</source>
        <translation>标记两户不是同一家庭</translation>
    </message>
    <message>
        <source>void a payment with a reason (reversal entry)</source>
        <translation>作废一笔发放并说明原因（冲正记录）</translation>
    </message>
    <message>
        <source>accept a payment finding with a reason</source>
        <translation>说明原因后认可一条发放核查问题</translation>
    </message>
    <message>
        <source>settle a conflict with one value or a new one</source>
        <translation>选定一个值或填写新值来处理冲突</translation>
    </message>
    <message>
        <source>keep the first or second value</source>
        <translation>保留第一个或第二个值</translation>
    </message>
    <message>
        <source>type a new value</source>
        <translation>填写新值</translation>
    </message>
    <message>
        <source>--out must end in .xlsx or .pdf</source>
        <translation>--out 的文件名必须以 .xlsx 或 .pdf 结尾</translation>
    </message>
    <message>
        <source>The dashboard needs --out FILE.pdf</source>
        <translation>工作看板需要指定 --out 文件.pdf</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>已导出：%1</translation>
    </message>
    <message>
        <source>One is a household and the other a unit: choose two of a kind.</source>
        <translation>一个是慰问对象，另一个是单位：请选择同一类的两条。</translation>
    </message>
    <message>
        <source>Merged.</source>
        <translation>已合并。</translation>
    </message>
    <message>
        <source>Marked as not a duplicate.</source>
        <translation>已标记为非重复。</translation>
    </message>
    <message>
        <source>Voided; reversal entry %1.</source>
        <translation>已作废，冲正记录 %1。</translation>
    </message>
    <message>
        <source>Finding accepted.</source>
        <translation>已认可该问题。</translation>
    </message>
    <message>
        <source>Conflict resolved.</source>
        <translation>冲突已处理。</translation>
    </message>
    <message>
        <source>Unknown report %1; choose one of: %2</source>
        <translation>没有报表 %1，可选：%2</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>There is no campaign yet.</source>
        <translation>还没有任何活动。</translation>
    </message>
    <message>
        <source>The number of months must be at least 1.</source>
        <translation>月数至少为 1。</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>月数</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Budget against disbursed</source>
        <translation>预算执行情况</translation>
    </message>
    <message>
        <source>Budget use</source>
        <translation>预算执行</translation>
    </message>
    <message>
        <source>Fund source</source>
        <translation>资金来源</translation>
    </message>
    <message>
        <source>Cash disbursed</source>
        <translation>慰问金发放</translation>
    </message>
    <message>
        <source>Goods value</source>
        <translation>慰问品价值</translation>
    </message>
    <message>
        <source>Total disbursed</source>
        <translation>发放合计</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>预算结余</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>执行率</translation>
    </message>
    <message>
        <source>Payments (net)</source>
        <translation>发放笔数（净）</translation>
    </message>
    <message>
        <source>Over budget</source>
        <translation>超预算</translation>
    </message>
    <message>
        <source>OVER BUDGET</source>
        <translation>超预算</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>走访组</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>按%1</translation>
    </message>
    <message>
        <source>Disbursed by %1</source>
        <translation>按%1统计发放</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>慰问品</translation>
    </message>
    <message>
        <source>Goods issued against stock</source>
        <translation>慰问品发放与库存</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Quantity issued</source>
        <translation>发放数量</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>价值</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Left in stock</source>
        <translation>剩余库存</translation>
    </message>
    <message>
        <source>No such campaign: %1</source>
        <translation>没有这个活动：%1</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Conflicting edits to settle</source>
        <translation>待处理的修改冲突</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value before</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>第一个值</translation>
    </message>
    <message>
        <source>Edited by / when</source>
        <translation>修改设备 / 时间</translation>
    </message>
    <message>
        <source>Second value</source>
        <translation>第二个值</translation>
    </message>
    <message>
        <source>Conflict id</source>
        <translation>冲突编号</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>走访覆盖</translation>
    </message>
    <message>
        <source>Coverage of %1</source>
        <translation>%1 走访覆盖情况</translation>
    </message>
    <message>
        <source>Households in scope</source>
        <translation>应走访户数</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>已走访</translation>
    </message>
    <message>
        <source>Not yet visited</source>
        <translation>未走访</translation>
    </message>
    <message>
        <source>%1 in scope, %2 visited, %3 not yet visited</source>
        <translation>应走访 %1 户，已走访 %2 户，未走访 %3 户</translation>
    </message>
    <message>
        <source>Not visited</source>
        <translation>未走访名单</translation>
    </message>
    <message>
        <source>Households not yet visited</source>
        <translation>尚未走访的慰问对象</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>慰问对象</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Revisits</source>
        <translation>回头看</translation>
    </message>
    <message>
        <source>Left hardship in the last %1 months, not visited since</source>
        <translation>近 %1 个月内脱困、此后未再走访的家庭</translation>
    </message>
    <message>
        <source>Left hardship on</source>
        <translation>脱困日期</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>最近走访</translation>
    </message>
    <message>
        <source>Days since</source>
        <translation>脱困天数</translation>
    </message>
    <message>
        <source>Office dashboard</source>
        <translation>工作看板</translation>
    </message>
    <message>
        <source>Campaign: %1 · generated %2</source>
        <translation>活动：%1 · 生成于 %2</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>待处理冲突</translation>
    </message>
    <message>
        <source>Open payment findings</source>
        <translation>待核查发放</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>诉求</translation>
    </message>
    <message>
        <source>Overdue needs</source>
        <translation>逾期诉求</translation>
    </message>
    <message>
        <source>Coverage by team</source>
        <translation>各走访组覆盖情况</translation>
    </message>
    <message>
        <source>Budget (yuan)</source>
        <translation>预算（元）</translation>
    </message>
    <message>
        <source>Disbursed (yuan)</source>
        <translation>已发放（元）</translation>
    </message>
    <message>
        <source>Budget use by campaign</source>
        <translation>各活动预算执行</translation>
    </message>
    <message>
        <source>Over budget: %1</source>
        <translation>超预算：%1</translation>
    </message>
    <message>
        <source>Choose two different households.</source>
        <translation>请选择两户不同的慰问对象。</translation>
    </message>
    <message>
        <source>same ID number</source>
        <translation>身份证号相同</translation>
    </message>
    <message>
        <source>same name and phone</source>
        <translation>姓名和电话相同</translation>
    </message>
    <message>
        <source>same name and address</source>
        <translation>姓名和地址相同</translation>
    </message>
    <message>
        <source>similar name in the same district</source>
        <translation>同一区域内姓名相近</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>疑似重复</translation>
    </message>
    <message>
        <source>Households that may be registered twice</source>
        <translation>疑似重复登记的慰问对象</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Name A</source>
        <translation>姓名 A</translation>
    </message>
    <message>
        <source>ID number A</source>
        <translation>身份证号 A</translation>
    </message>
    <message>
        <source>Phone A</source>
        <translation>电话 A</translation>
    </message>
    <message>
        <source>Team A</source>
        <translation>走访组 A</translation>
    </message>
    <message>
        <source>Name B</source>
        <translation>姓名 B</translation>
    </message>
    <message>
        <source>ID number B</source>
        <translation>身份证号 B</translation>
    </message>
    <message>
        <source>Phone B</source>
        <translation>电话 B</translation>
    </message>
    <message>
        <source>Team B</source>
        <translation>走访组 B</translation>
    </message>
    <message>
        <source>Household A id</source>
        <translation>慰问对象 A 编号</translation>
    </message>
    <message>
        <source>Household B id</source>
        <translation>慰问对象 B 编号</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Filters: %1</source>
        <translation>筛选条件：%1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>%1 recorded, %2 resolved</source>
        <translation>共登记 %1 件，已办结 %2 件</translation>
    </message>
    <message>
        <source>open</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Needs ledger</source>
        <translation>诉求台账</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Average age (days)</source>
        <translation>平均已办天数</translation>
    </message>
    <message>
        <source>Oldest (days)</source>
        <translation>最长天数</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>办理期限</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>%1/%2 by %3, sent by %4: %5</source>
        <translation>%1/%2，由 %3 写入，经 %4 送达：%5</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>say why the payment is voided</source>
        <translation>请说明作废原因</translation>
    </message>
    <message>
        <source>No such finding: %1</source>
        <translation>没有这条核查问题：%1</translation>
    </message>
    <message>
        <source>This finding is not open (already settled or accepted): %1</source>
        <translation>该问题已不在待处理之列（已处理或已认可）：%1</translation>
    </message>
    <message>
        <source>paid more than once</source>
        <translation>重复发放</translation>
    </message>
    <message>
        <source>above the standard</source>
        <translation>超标准发放</translation>
    </message>
    <message>
        <source>goods beyond stock</source>
        <translation>慰问品超库存</translation>
    </message>
    <message>
        <source>refused by the rules (quarantined)</source>
        <translation>违反规则被拒收（已隔离）</translation>
    </message>
    <message>
        <source>Payment checks</source>
        <translation>发放核查</translation>
    </message>
    <message>
        <source>Payments to check</source>
        <translation>需核查的发放</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>发放笔数</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>慰问标准</translation>
    </message>
    <message>
        <source>Teams / devices</source>
        <translation>走访组 / 设备</translation>
    </message>
    <message>
        <source>Receipt numbers</source>
        <translation>签收单号</translation>
    </message>
    <message>
        <source>Only the first %1 of %2 rows are printed; the Excel export has them all.</source>
        <translation>仅打印前 %1 行（共 %2 行），Excel 导出包含全部数据。</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>签收单</translation>
    </message>
    <message>
        <source>Receipt register</source>
        <translation>签收单登记簿</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>编号段</translation>
    </message>
    <message>
        <source>Numbers issued</source>
        <translation>已开单数</translation>
    </message>
    <message>
        <source>First</source>
        <translation>起始号</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>终止号</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺号数</translation>
    </message>
    <message>
        <source>Missing numbers</source>
        <translation>缺号</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>Reprinted</source>
        <translation>补打</translation>
    </message>
    <message>
        <source>Used twice</source>
        <translation>重号</translation>
    </message>
    <message>
        <source>voided twice (second void not counted)</source>
        <translation>重复作废（第二次作废未计入）</translation>
    </message>
    <message>
        <source>why they are one family (required when the ID numbers differ)</source>
        <translation>为何是同一家庭（身份证号不同时必填）</translation>
    </message>
    <message>
        <source>list the merges in effect</source>
        <translation>列出现有的合并</translation>
    </message>
    <message>
        <source>No merges.</source>
        <translation>没有合并记录。</translation>
    </message>
    <message>
        <source>Say why the merge is undone (--reason).</source>
        <translation>请说明撤销合并的原因（--reason）。</translation>
    </message>
    <message>
        <source>Merge undone.</source>
        <translation>已撤销合并。</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Settled needs and how</source>
        <translation>已办结诉求及办结情况</translation>
    </message>
    <message>
        <source>Settled on</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <source>How it was settled</source>
        <translation>办结情况</translation>
    </message>
    <message>
        <source>Reasons given at the door</source>
        <translation>发放时填写的原因</translation>
    </message>
    <message>
        <source>id of one household</source>
        <translation>一户的编号</translation>
    </message>
    <message>
        <source>id of the other household</source>
        <translation>另一户的编号</translation>
    </message>
    <message>
        <source>why (kept in the history)</source>
        <translation>原因（记入历史）</translation>
    </message>
    <message>
        <source>merge a duplicate household or unit into the one to keep</source>
        <translation>把重复登记的慰问对象或单位合并到保留的那一个</translation>
    </message>
    <message>
        <source>id of the household or unit that goes</source>
        <translation>被合并掉的慰问对象或单位的 id</translation>
    </message>
    <message>
        <source>id of the household or unit to keep</source>
        <translation>保留的慰问对象或单位的 id</translation>
    </message>
    <message>
        <source>undo the merge of a household or unit (it is live again)</source>
        <translation>撤销慰问对象或单位的合并（恢复为有效）</translation>
    </message>
    <message>
        <source>id of the household or unit merged away</source>
        <translation>被合并的慰问对象或单位的 id</translation>
    </message>
    <message>
        <source>payment id</source>
        <translation>发放记录编号</translation>
    </message>
    <message>
        <source>finding number, as the report shows it</source>
        <translation>问题编号（报表中显示的编号）</translation>
    </message>
    <message>
        <source>conflict id</source>
        <translation>冲突编号</translation>
    </message>
    <message>
        <source>Several findings have the number %1: use the full finding key (JSON).</source>
        <translation>有多条问题的编号都是 %1：请改用完整的问题键值（见 JSON 输出）。</translation>
    </message>
    <message>
        <source>Finding number</source>
        <translation>问题编号</translation>
    </message>
    <message>
        <source>summary: one row per campaign and team or district</source>
        <translation>汇总：每个活动按走访组或街道各一行</translation>
    </message>
    <message>
        <source>Units (group distributions)</source>
        <translation>单位（集体发放）</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>慰问金</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>份数</translation>
    </message>
    <message>
        <source>Households visited</source>
        <translation>走访户数</translation>
    </message>
    <message>
        <source>Units visited</source>
        <translation>走访单位数</translation>
    </message>
    <message>
        <source>Workers reached</source>
        <translation>惠及职工人数</translation>
    </message>
    <message>
        <source>Campaign summary</source>
        <translation>活动汇总</translation>
    </message>
    <message numerus="yes">
        <source>%n campaigns, %2 over budget</source>
        <translation><numerusform>共 %n 个活动，%2 个超预算</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n open conflicts</source>
        <translation><numerusform>待处理冲突 %n 条</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n households to revisit</source>
        <translation><numerusform>需再走访 %n 户</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n candidate pairs</source>
        <translation><numerusform>疑似重复 %n 对</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n open findings</source>
        <translation><numerusform>待核查问题 %n 条</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n series, %2 numbers missing</source>
        <translation><numerusform>共 %n 个编号段，缺号 %2 个</numerusform></translation>
    </message>
</context>
<context>
    <name>UnitDuplicatesTab</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>单位编码</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>走访组</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>走访</translation>
    </message>
    <message>
        <source>Distributions</source>
        <translation>集体发放</translation>
    </message>
    <message>
        <source>Unit A</source>
        <translation>单位 A</translation>
    </message>
    <message>
        <source>Unit B</source>
        <translation>单位 B</translation>
    </message>
    <message>
        <source>&amp;Not the same unit…</source>
        <translation>不是同一单位(&amp;N)…</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>撤销合并</translation>
    </message>
    <message>
        <source>Undo the merge %1? The unit is live again and its own visits, distributions and wishes go back to it. Why?</source>
        <translation>撤销合并 %1？该单位将恢复，原属于它的走访、集体发放和心愿将退回该单位。请说明原因：</translation>
    </message>
    <message>
        <source>Not the same unit</source>
        <translation>不是同一单位</translation>
    </message>
    <message>
        <source>Why are these two different units?</source>
        <translation>为什么这是两个不同的单位？</translation>
    </message>
</context>
<context>
    <name>UnitMergeConfirmDialog</name>
    <message>
        <source>Merge duplicate units</source>
        <translation>合并重复登记的单位</translation>
    </message>
    <message>
        <source>“%2” will be merged into “%1”: its visits, distributions and wishes will belong to “%1”, and “%2” leaves the list of units. You can undo this later under Recent merges.</source>
        <translation>“%2”将合并到“%1”：它的走访、集体发放和心愿将归属“%1”，“%2”从单位名单中移除。之后可在“最近的合并”中撤销。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>单位编码</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>走访</translation>
    </message>
    <message>
        <source>Distributions</source>
        <translation>集体发放</translation>
    </message>
    <message>
        <source>Wishes</source>
        <translation>心愿</translation>
    </message>
</context>
</TS>