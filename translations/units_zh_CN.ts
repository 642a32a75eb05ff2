<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Reports</name>
    <message>
        <source>Units not visited</source>
        <translation>未走访单位</translation>
    </message>
    <message>
        <source>Units not yet visited</source>
        <translation>尚未走访的单位</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>走访组</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>%1 units in scope, %2 visited, %3 not yet visited</source>
        <translation>应走访单位 %1 个，已走访 %2 个，尚未走访 %3 个</translation>
    </message>
</context>
<context>
    <name>UnitImport</name>
    <message>
        <source>Unit name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>Unit code</source>
        <translation>单位编码</translation>
    </message>
    <message>
        <source>Unit kind</source>
        <translation>单位类型</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>单位地址</translation>
    </message>
    <message>
        <source>District</source>
        <translation>所属区县</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Number of workers</source>
        <translation>职工人数</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>序号</translation>
    </message>
</context>
<context>
    <name>UnitReports</name>
    <message>
        <source>District</source>
        <translation>街道</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>This unit already received ¥%1 in this campaign on %2 (receipt %3).</source>
        <translation>该单位已在本活动中于 %2 领取 ¥%1（签收单 %3）。</translation>
    </message>
    <message>
        <source>The date %1 is outside the campaign period %2 – %3.</source>
        <translation>日期 %1 不在活动期间 %2 至 %3 之内。</translation>
    </message>
    <message>
        <source>a distribution needs cash or goods</source>
        <translation>发放须有慰问金或慰问品</translation>
    </message>
    <message>
        <source>is not a plausible number of packages</source>
        <translation>份数不合理</translation>
    </message>
    <message>
        <source>say how many workers it reached</source>
        <translation>请填写惠及职工人数</translation>
    </message>
    <message>
        <source>is more than the unit's %1 workers</source>
        <translation>超过了该单位的职工人数 %1</translation>
    </message>
    <message>
        <source>must be representative or roster</source>
        <translation>须为单位代表签收或花名册签收</translation>
    </message>
    <message>
        <source>the unit's representative must sign for the unit</source>
        <translation>须由单位代表代表单位签收</translation>
    </message>
    <message>
        <source>a roster needs at least one worker</source>
        <translation>签收表至少要有一名职工</translation>
    </message>
    <message>
        <source>the roster's cash does not add up to the total</source>
        <translation>签收表的金额合计与发放总额不符</translation>
    </message>
    <message>
        <source>the roster's packages do not add up to the total</source>
        <translation>签收表的份数合计与发放份数不符</translation>
    </message>
    <message>
        <source>the roster lists a different number of workers than reached</source>
        <translation>签收表人数与惠及人数不符</translation>
    </message>
    <message>
        <source>This unit is archived; it cannot be visited.</source>
        <translation>该单位已归档，不能走访。</translation>
    </message>
    <message>
        <source>name at least one visitor (经办人)</source>
        <translation>请至少填写一名经办人</translation>
    </message>
    <message>
        <source>Give a reason to go on.</source>
        <translation>如要继续，请说明理由。</translation>
    </message>
    <message>
        <source>No such distribution: %1</source>
        <translation>没有这条发放记录：%1</translation>
    </message>
    <message>
        <source>A reversal cannot itself be voided.</source>
        <translation>冲正记录本身不能作废。</translation>
    </message>
    <message>
        <source>This distribution is already voided.</source>
        <translation>这条发放记录已经作废。</translation>
    </message>
    <message>
        <source>number of workers: %1 is not a number</source>
        <translation>职工人数：%1 不是数字</translation>
    </message>
    <message>
        <source>number of workers: %1 is not plausible</source>
        <translation>职工人数：%1 不合理</translation>
    </message>
    <message>
        <source>%1: the cell holds the Excel error %2, not data</source>
        <translation>%1：单元格是 Excel 错误值 %2，不是数据</translation>
    </message>
    <message>
        <source>No unit list header found in %1: the first rows must name columns such as 单位名称 and 联系电话.</source>
        <translation>%1 中找不到单位名单的表头：前几行须有“单位名称”“联系电话”等列名。</translation>
    </message>
    <message>
        <source>the same unit as row %1 of the file</source>
        <translation>与文件第 %1 行是同一单位</translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation>须为以下之一：%1</translation>
    </message>
    <message>
        <source>is not a plausible number of workers</source>
        <translation>职工人数不合理</translation>
    </message>
    <message>
        <source>No such unit: %1</source>
        <translation>没有这个单位：%1</translation>
    </message>
    <message>
        <source>This unit is archived; restore it before editing.</source>
        <translation>该单位已归档，请先恢复再修改。</translation>
    </message>
    <message>
        <source>The field %1 cannot be edited.</source>
        <translation>字段 %1 不能修改。</translation>
    </message>
    <message>
        <source>A merged unit cannot be restored.</source>
        <translation>已合并的单位不能恢复。</translation>
    </message>
    <message>
        <source>Choose two different units.</source>
        <translation>请选择两个不同的单位。</translation>
    </message>
    <message>
        <source>A unit cannot be merged into itself.</source>
        <translation>单位不能合并到自身。</translation>
    </message>
    <message>
        <source>same name and address</source>
        <translation>名称和地址相同</translation>
    </message>
    <message>
        <source>same name and contact phone</source>
        <translation>名称和联系电话相同</translation>
    </message>
    <message>
        <source>names that sound the same</source>
        <translation>名称读音相同</translation>
    </message>
    <message>
        <source>same contact phone and address</source>
        <translation>联系电话和地址相同</translation>
    </message>
    <message>
        <source>Unit duplicates</source>
        <translation>单位疑似重复</translation>
    </message>
    <message>
        <source>Units that may be registered twice</source>
        <translation>可能重复登记的单位</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Unit A</source>
        <translation>单位 A</translation>
    </message>
    <message>
        <source>Code A</source>
        <translation>单位编码 A</translation>
    </message>
    <message>
        <source>Contact phone A</source>
        <translation>联系电话 A</translation>
    </message>
    <message>
        <source>Team A</source>
        <translation>走访组 A</translation>
    </message>
    <message>
        <source>Unit B</source>
        <translation>单位 B</translation>
    </message>
    <message>
        <source>Code B</source>
        <translation>单位编码 B</translation>
    </message>
    <message>
        <source>Contact phone B</source>
        <translation>联系电话 B</translation>
    </message>
    <message>
        <source>Team B</source>
        <translation>走访组 B</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Unit A id</source>
        <translation>单位 A 编号</translation>
    </message>
    <message>
        <source>Unit B id</source>
        <translation>单位 B 编号</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate pairs</source>
        <translation><numerusform>疑似重复 %n 对</numerusform></translation>
    </message>
    <message>
        <source>Both units must be live to be merged.</source>
        <translation>两个单位都须未归档才能合并。</translation>
    </message>
    <message>
        <source>This unit is not merged.</source>
        <translation>该单位未被合并。</translation>
    </message>
    <message>
        <source>No unit matches %1.</source>
        <translation>没有与 %1 相符的单位。</translation>
    </message>
    <message>
        <source>%1 matches several units; use the unit code.</source>
        <translation>%1 对应多个单位，请使用单位编码。</translation>
    </message>
    <message>
        <source>%1 items, %2 resolved</source>
        <translation>共 %1 项，已办结 %2 项</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Wish</source>
        <translation>心愿</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Wish list of %1</source>
        <translation>%1 心愿清单</translation>
    </message>
</context>
<context>
    <name>UnitsCli</name>
    <message>
        <source>units visited as a whole: registry, group distributions, wish lists</source>
        <translation>整体走访的慰问单位：名录、集体发放、心愿清单</translation>
    </message>
    <message>
        <source>register a unit</source>
        <translation>登记一个慰问单位</translation>
    </message>
    <message>
        <source>unit name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>kind of unit</source>
        <translation>单位类型</translation>
    </message>
    <message>
        <source>the office's code for the unit</source>
        <translation>办公室给单位的编码</translation>
    </message>
    <message>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>district or street</source>
        <translation>所属街道</translation>
    </message>
    <message>
        <source>contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>number of workers</source>
        <translation>职工人数</translation>
    </message>
    <message>
        <source>find units (name, pinyin, code)</source>
        <translation>查找单位（名称、拼音、编码）</translation>
    </message>
    <message>
        <source>one unit with its visits</source>
        <translation>查看一个单位及其走访记录</translation>
    </message>
    <message>
        <source>unit id, code or name</source>
        <translation>单位标识、编码或名称</translation>
    </message>
    <message>
        <source>import a list of units</source>
        <translation>导入慰问单位名单</translation>
    </message>
    <message>
        <source>report what would change, change nothing</source>
        <translation>只报告将会发生的变化，不做任何修改</translation>
    </message>
    <message>
        <source>write the rows that could not be imported to this workbook, to fix</source>
        <translation>把未能导入的行写入此工作簿，修改后再导入</translation>
    </message>
    <message>
        <source>record a visit to a unit (补录)</source>
        <translation>补录一次单位走访</translation>
    </message>
    <message>
        <source>campaign name or id</source>
        <translation>活动名称或标识</translation>
    </message>
    <message>
        <source>date of the visit, YYYY-MM-DD</source>
        <translation>走访日期，格式 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>cash handed over, in yuan</source>
        <translation>发放的慰问金（元）</translation>
    </message>
    <message>
        <source>goods as ITEM:QTY[:UNIT_VALUE_YUAN]</source>
        <translation>慰问品，格式 物品:数量[:单价元]</translation>
    </message>
    <message>
        <source>number of packages</source>
        <translation>发放份数</translation>
    </message>
    <message>
        <source>number of workers reached</source>
        <translation>惠及职工人数</translation>
    </message>
    <message>
        <source>visitor (经办人); repeat for several</source>
        <translation>经办人；多人时重复填写</translation>
    </message>
    <message>
        <source>the representative's post</source>
        <translation>单位代表的职务</translation>
    </message>
    <message>
        <source>why to go on despite a warning</source>
        <translation>出现提醒仍要继续的理由</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>CSV of the signed roster: name, ID tail, cash in yuan, packages</source>
        <translation>已签收的花名册 CSV：姓名、身份证后四位、金额（元）、份数</translation>
    </message>
    <message>
        <source>add an item to a unit's wish list</source>
        <translation>为单位心愿清单添加一项</translation>
    </message>
    <message>
        <source>what is needed</source>
        <translation>心愿内容</translation>
    </message>
    <message>
        <source>category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>who follows it up</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>due date, YYYY-MM-DD</source>
        <translation>期限，格式 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>a unit's wish list (台账)</source>
        <translation>单位心愿清单（台账）</translation>
    </message>
    <message>
        <source>write the ledger to this .xlsx or .pdf</source>
        <translation>把台账写入这个 .xlsx 或 .pdf 文件</translation>
    </message>
    <message>
        <source>print a unit's sign-off roster (发放签收表)</source>
        <translation>打印单位发放签收表</translation>
    </message>
    <message>
        <source>print the roster entered for this distribution</source>
        <translation>打印这次发放已录入的签收表</translation>
    </message>
    <message>
        <source>blank lines (default: the unit's workers)</source>
        <translation>空白行数（默认为单位职工人数）</translation>
    </message>
    <message>
        <source>print unit receipts (单位签收单)</source>
        <translation>打印单位签收单</translation>
    </message>
    <message>
        <source>receipt numbers or distribution ids</source>
        <translation>签收单编号或发放记录标识</translation>
    </message>
    <message>
        <source>every unit receipt of a campaign</source>
        <translation>一个活动的全部单位签收单</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>PDF 文件</translation>
    </message>
    <message>
        <source>the unit's representative who signs (unless --roster)</source>
        <translation>签收的单位代表（使用 --roster 时可不填）</translation>
    </message>
    <message>
        <source>Unit registered: %1</source>
        <translation>已登记单位：%1</translation>
    </message>
    <message>
        <source>must end in .xlsx</source>
        <translation>须以 .xlsx 结尾</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>试运行：未做任何更改。</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>不变</translation>
    </message>
    <message>
        <source>repeated</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>有问题</translation>
    </message>
    <message>
        <source>%1 rows: %2 new, %3 updated, %4 unchanged, %5 with problems</source>
        <translation>共 %1 行：新增 %2，更新 %3，未变 %4，有问题 %5</translation>
    </message>
    <message>
        <source>%1 rows to fix written to %2</source>
        <translation>%1 行待修改的数据已写入 %2</translation>
    </message>
    <message>
        <source>name the campaign (--campaign)</source>
        <translation>请指定活动（--campaign）</translation>
    </message>
    <message>
        <source>say how many workers it reached (--reached)</source>
        <translation>请填写慰问到的职工人数（--reached）</translation>
    </message>
    <message>
        <source>Visit saved; receipt %1.</source>
        <translation>走访已保存；签收单 %1。</translation>
    </message>
    <message>
        <source>Added to the wish list: %1</source>
        <translation>已加入心愿清单：%1</translation>
    </message>
    <message>
        <source>line %1: packages is not a whole number</source>
        <translation>第 %1 行：份数不是整数</translation>
    </message>
    <message>
        <source>must be between 1 and %1</source>
        <translation>须在 1 到 %1 之间</translation>
    </message>
    <message>
        <source>name receipts or a campaign</source>
        <translation>请给出签收单编号或活动</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>已写入：%1</translation>
    </message>
    <message>
        <source>must end in .xlsx or .pdf</source>
        <translation>文件名须以 .xlsx 或 .pdf 结尾</translation>
    </message>
    <message>
        <source>name, pinyin or code</source>
        <translation>名称、拼音或代码</translation>
    </message>
    <message>
        <source>the list of units (.xlsx, .xls or .csv)</source>
        <translation>单位名单（.xlsx、.xls 或 .csv）</translation>
    </message>
</context>
</TS>