<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Audit</name>
    <message>
        <source>No such record: %1</source>
        <translation>没有这条记录：%1</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>The backup folder %1 already exists.</source>
        <translation>备份文件夹 %1 已存在。</translation>
    </message>
    <message>
        <source>Cannot write to %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The backup copy is incomplete; try again.</source>
        <translation>备份副本不完整，请重试。</translation>
    </message>
    <message>
        <source>The backup would not be encrypted; it was removed.</source>
        <translation>备份副本未加密，已删除。</translation>
    </message>
</context>
<context>
    <name>Busy</name>
    <message>
        <source>The replica is busy with a long task in another program (a demo or a sync putting the records in order). Nothing was changed: try again in a few minutes.</source>
        <translation>本机库正被另一个程序用于一项耗时较长的工作（演示数据或同步正在整理记录）。没有做任何改动，请过几分钟再试。</translation>
    </message>
    <message>
        <source>The laptop is still busy with a long task (a sync putting in order what it received). Nothing was saved: try again in a minute.</source>
        <translation>电脑仍在处理一项耗时较长的工作（同步正在整理收到的数据）。本次没有保存任何内容，请过一分钟再试。</translation>
    </message>
</context>
<context>
    <name>Campaigns</name>
    <message>
        <source>the campaign ends before it starts</source>
        <translation>活动结束日期早于开始日期</translation>
    </message>
    <message>
        <source>No such campaign: %1</source>
        <translation>找不到活动：%1</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <source>The household search index is damaged: %1</source>
        <translation>慰问对象检索索引已损坏：%1</translation>
    </message>
    <message>
        <source>Device %1 has gaps in its operation sequence (%2 operations, highest %3).</source>
        <translation>设备 %1 的操作序号不连续（共 %2 条操作，最大序号 %3）。</translation>
    </message>
    <message>
        <source>%1 reversal(s) point at no payment.</source>
        <translation>%1 条冲正记录找不到对应的发放。</translation>
    </message>
    <message>
        <source>%1 payment(s) reversed more than once.</source>
        <translation>%1 笔发放被冲正了不止一次。</translation>
    </message>
    <message>
        <source>Receipt numbers used twice: %1</source>
        <translation>签收单号重复使用：%1</translation>
    </message>
    <message>
        <source>%1 %2 refer to a household this replica does not hold.</source>
        <translation>%1 条%2记录所指的慰问对象不在本机库中。</translation>
    </message>
    <message>
        <source>Operation %1 (%2/%3) written by %4, sent by %5 (%6), was refused: %7</source>
        <translation>操作 %1（%2/%3）由 %4 写入、经 %5（%6）送达，已被拒收：%7</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>The running totals in %1 differ from the ledger in %2 place(s).</source>
        <translation>%1 中的累计数与台账有 %2 处不一致。</translation>
    </message>
    <message>
        <source>%1 %2 differs from its operations in: %3</source>
        <translation>%1 %2 与其操作记录不一致，字段：%3</translation>
    </message>
    <message>
        <source>The replica file is damaged: %1</source>
        <translation>本机库文件已损坏：%1</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Offline field visits: households, visits, payments, receipts and sync.</source>
        <translation>离线走访：慰问对象、走访、发放、签收单与同步。</translation>
    </message>
    <message>
        <source>folder of the local replica (default: FIELDVISIT_DATA_DIR or the user data folder)</source>
        <translation>本机库所在文件夹（默认：FIELDVISIT_DATA_DIR 或用户数据文件夹）</translation>
    </message>
    <message>
        <source>language of messages</source>
        <translation>提示信息的语言</translation>
    </message>
    <message>
        <source>fieldvisit: interrupted</source>
        <translation>fieldvisit：已中断</translation>
    </message>
    <message>
        <source>create this laptop's encrypted replica</source>
        <translation>为本机创建加密的本机库</translation>
    </message>
    <message>
        <source>this laptop's name, e.g. HZ03</source>
        <translation>本机名称，例如 HZ03</translation>
    </message>
    <message>
        <source>the visiting team this laptop belongs to</source>
        <translation>本机所属的走访组</translation>
    </message>
    <message>
        <source>issuing unit printed on receipts</source>
        <translation>签收单上打印的发放单位</translation>
    </message>
    <message>
        <source>an office replica (all teams)</source>
        <translation>办公室用本机库（包含所有走访组）</translation>
    </message>
    <message>
        <source>fill the replica with invented demo data</source>
        <translation>向本机库填入虚构的演示数据</translation>
    </message>
    <message>
        <source>find households by name, pinyin, ID digits, phone</source>
        <translation>按姓名、拼音、身份证号尾号、电话查找慰问对象</translation>
    </message>
    <message>
        <source>check database integrity and domain invariants</source>
        <translation>检查数据库完整性和业务数据一致性</translation>
    </message>
    <message>
        <source>import data from a file</source>
        <translation>从文件导入数据</translation>
    </message>
    <message>
        <source>import a register of households (.xlsx, .xls or .csv)</source>
        <translation>导入慰问对象名册（.xlsx、.xls 或 .csv）</translation>
    </message>
    <message>
        <source>export households, visits, payments or needs</source>
        <translation>导出慰问对象、走访、发放或诉求</translation>
    </message>
    <message>
        <source>an .xlsx or .csv file</source>
        <translation>.xlsx 或 .csv 文件</translation>
    </message>
    <message>
        <source>write full ID numbers (otherwise masked)</source>
        <translation>导出完整身份证号（默认打码）</translation>
    </message>
    <message>
        <source>Created an encrypted replica in %1 (unlocked by %2).</source>
        <translation>已在 %1 创建加密的本机库（解锁方式：%2）。</translation>
    </message>
    <message>
        <source>--households must be between 0 and 1000000</source>
        <translation>--households 须在 0 到 1000000 之间</translation>
    </message>
    <message>
        <source>putting the records in order, a few minutes at most…</source>
        <translation>正在整理数据，最多几分钟……</translation>
    </message>
    <message>
        <source>Demo data: %1 households, %2 visits, %3 payments, %4 needs in %5 s.</source>
        <translation>演示数据：%1 户慰问对象、%2 次走访、%3 笔发放、%4 条诉求，用时 %5 秒。</translation>
    </message>
    <message>
        <source>No household found.</source>
        <translation>没有找到慰问对象。</translation>
    </message>
    <message>
        <source>All checks passed.</source>
        <translation>全部检查通过。</translation>
    </message>
    <message>
        <source>%1: %2 rows, %3 imported (%4 new, %5 updated, %6 unchanged); %7 invalid ID numbers, %8 duplicate ID numbers, %9 without a name.</source>
        <translation>%1：共 %2 行，导入 %3 行（新增 %4，更新 %5，无变化 %6）；身份证号无效 %7 行，身份证号重复 %8 行，缺少姓名 %9 行。</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2.</source>
        <translation>已导出 %1 行到 %2。</translation>
    </message>
    <message>
        <source>check the file and say what would change, without changing it</source>
        <translation>检查文件并说明将会有哪些变化，但不做任何修改</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>试运行：未做任何修改。</translation>
    </message>
    <message>
        <source>Family members: %1 read, %2 added.</source>
        <translation>家庭成员：读取 %1 人，新增 %2 人。</translation>
    </message>
    <message>
        <source>find needs and move them on</source>
        <translation>查找诉求并推进办理</translation>
    </message>
    <message>
        <source>needs matching the filters, soonest due first</source>
        <translation>符合筛选条件的诉求，最先到期的在前</translation>
    </message>
    <message>
        <source>text or household name</source>
        <translation>文字或户主姓名</translation>
    </message>
    <message>
        <source>owner (empty: needs without an owner)</source>
        <translation>负责人（留空：没有负责人的诉求）</translation>
    </message>
    <message>
        <source>campaign name or id</source>
        <translation>活动名称或编号</translation>
    </message>
    <message>
        <source>move a need on; settling or reopening needs a note</source>
        <translation>推进一条诉求；办结或重新打开须写备注</translation>
    </message>
    <message>
        <source>what was done, or why it is reopened</source>
        <translation>办理情况，或重新打开的原因</translation>
    </message>
    <message>
        <source>No needs found.</source>
        <translation>没有找到诉求。</translation>
    </message>
    <message>
        <source>Need updated.</source>
        <translation>诉求已更新。</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>位置参数</translation>
    </message>
    <message>
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>show this help and exit</source>
        <translation>显示本帮助后退出</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>显示版本号后退出</translation>
    </message>
    <message>
        <source>how many households</source>
        <translation>生成多少户</translation>
    </message>
    <message>
        <source>same seed, same invented data</source>
        <translation>随机种子：同一种子生成同样的虚构数据</translation>
    </message>
    <message>
        <source>name, pinyin, initials or last digits</source>
        <translation>姓名、拼音、拼音首字母或号码末几位</translation>
    </message>
    <message>
        <source>show at most this many</source>
        <translation>最多显示多少条</translation>
    </message>
    <message>
        <source>the register file</source>
        <translation>名册文件</translation>
    </message>
    <message>
        <source>what to export</source>
        <translation>导出哪类数据</translation>
    </message>
    <message>
        <source>the system keyring</source>
        <translation>系统密钥环</translation>
    </message>
    <message>
        <source>password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>machine-readable output (JSON)</source>
        <translation>以 JSON 格式输出，供程序读取</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>选项不明确：%(option)s 可能是 %(matches)s</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>参数 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>至少需要一个值</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>最多只能有一个值</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>需要一个值</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>忽略了多余的值 %r</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>无效的值：%(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>无效的选择：%(value)r（可选：%(choices)s）</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>不能与参数 %s 同时使用</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>参数 %s 必须给出其中一个</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>缺少必需的参数：%s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>无法识别的参数：%s</translation>
    </message>
    <message>
        <source>which needs by their state (default: active)</source>
        <translation>按办理状态筛选诉求（默认：active，未办结的）</translation>
    </message>
    <message>
        <source>which needs by their due date (default: any)</source>
        <translation>按期限筛选诉求（默认：any，不限）</translation>
    </message>
    <message>
        <source>id of the need</source>
        <translation>诉求的编号</translation>
    </message>
    <message>
        <source>the state it moves to</source>
        <translation>要转入的状态</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>This laptop is enrolled for a team and has no campaign yet: campaigns come from the office. Sync with the hub (or import the office's bundle) first.</source>
        <translation>本机已注册到走访组，但还没有活动：活动由办公室建立。请先与中心库同步（或导入办公室的同步包）。</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Unknown export: %1</source>
        <translation>不支持的导出类型：%1</translation>
    </message>
    <message>
        <source>Export to a file ending in .xlsx or .csv, not %1.</source>
        <translation>请导出为 .xlsx 或 .csv 文件，而不是 %1。</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>Households</name>
    <message>
        <source>must be between 1 and 49</source>
        <translation>须在 1 到 49 之间</translation>
    </message>
    <message>
        <source>This household is archived; restore it before editing.</source>
        <translation>该慰问对象已归档，请先恢复再修改。</translation>
    </message>
    <message>
        <source>The field %1 cannot be edited.</source>
        <translation>字段 %1 不能修改。</translation>
    </message>
    <message>
        <source>A merged household cannot be restored; its records now belong to the household it was merged into.</source>
        <translation>已合并的慰问对象不能恢复：其记录已归入合并后保留的慰问对象。</translation>
    </message>
    <message>
        <source>A household cannot be merged into itself.</source>
        <translation>不能把慰问对象合并到其自身。</translation>
    </message>
    <message>
        <source>The household to keep is archived.</source>
        <translation>要保留的慰问对象已归档。</translation>
    </message>
    <message>
        <source>That household is already archived or merged.</source>
        <translation>该慰问对象已归档或已被合并。</translation>
    </message>
    <message>
        <source>No such household: %1</source>
        <translation>找不到慰问对象：%1</translation>
    </message>
    <message>
        <source>The two households have different ID numbers; say why they are one family.</source>
        <translation>两户的身份证号不同；请说明为何是同一家庭。</translation>
    </message>
    <message>
        <source>This household is not merged.</source>
        <translation>该户未被合并。</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>No register header found in %1: the first rows must name columns such as 姓名 and 身份证号.</source>
        <translation>在 %1 中找不到名册表头：前几行须有“姓名”“身份证号”等列名。</translation>
    </message>
    <message>
        <source>is not a number of people</source>
        <translation>不是有效的人数</translation>
    </message>
    <message>
        <source>%1 row %2, %3: %4</source>
        <translation>%1 第 %2 行，%3：%4</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>无法读取文件 %1：%2</translation>
    </message>
    <message>
        <source>The file %1 is empty.</source>
        <translation>文件 %1 是空的。</translation>
    </message>
    <message>
        <source>The workbook %1 is protected by a password. Open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook) and save it again.</source>
        <translation>工作簿 %1 设有打开密码。请在 Excel 中打开，取消密码（文件 &gt; 信息 &gt; 保护工作簿）后重新保存。</translation>
    </message>
    <message>
        <source>The file %1 is not an Excel workbook, although its name says so.</source>
        <translation>文件 %1 的扩展名是 Excel，但内容并不是 Excel 工作簿。</translation>
    </message>
    <message>
        <source>The workbook %1 is damaged and cannot be read.</source>
        <translation>工作簿 %1 已损坏，无法读取。</translation>
    </message>
    <message>
        <source>The file %1 is neither an Excel workbook nor a CSV text file.</source>
        <translation>文件 %1 既不是 Excel 工作簿，也不是 CSV 文本文件。</translation>
    </message>
    <message>
        <source>stored as a number, the last digits are lost — retype it as text</source>
        <translation>以数字形式保存，末几位已丢失——请以文本格式重新录入</translation>
    </message>
    <message>
        <source>holds the Excel error %1, not a value</source>
        <translation>是 Excel 错误值 %1，不是有效数据</translation>
    </message>
    <message>
        <source>cannot be read as a value</source>
        <translation>无法识别为有效值</translation>
    </message>
    <message>
        <source>family member: %1</source>
        <translation>家庭成员：%1</translation>
    </message>
    <message>
        <source>a family member row with no household above it</source>
        <translation>家庭成员行上方没有对应的户主</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>sheet %1 row %2</source>
        <translation>工作表“%1”第 %2 行</translation>
    </message>
    <message>
        <source>repeats the ID number of %1 with another name</source>
        <translation>与%1的身份证号相同，但姓名不同</translation>
    </message>
    <message>
        <source>the same household as %1; imported once</source>
        <translation>与%1是同一户，只导入一次</translation>
    </message>
    <message>
        <source>the same household as %1 with other details; the first is imported</source>
        <translation>与%1是同一户但信息不一致，按先出现的一行导入</translation>
    </message>
    <message>
        <source>read</source>
        <translation>已读取</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Sheet %1: %2 (%3)</source>
        <translation>工作表“%1”：%2（%3）</translation>
    </message>
    <message>
        <source>, %1 rows</source>
        <translation>，%1 行</translation>
    </message>
    <message>
        <source>Rows to fix</source>
        <translation>待修改的行</translation>
    </message>
    <message>
        <source>%1 row %2</source>
        <translation>%1 第 %2 行</translation>
    </message>
    <message>
        <source>holds a register</source>
        <translation>含花名册</translation>
    </message>
    <message>
        <source>a summary or statistics sheet, not a register</source>
        <translation>汇总或统计表，不是花名册</translation>
    </message>
    <message>
        <source>a summary sheet, read because no other sheet holds a register</source>
        <translation>汇总表；因其他工作表都没有花名册，故读取此表</translation>
    </message>
    <message>
        <source>hidden in the workbook</source>
        <translation>工作簿中的隐藏工作表</translation>
    </message>
    <message>
        <source>no register header (姓名, 身份证号 …) in its first rows</source>
        <translation>前几行中没有花名册表头（姓名、身份证号……）</translation>
    </message>
</context>
<context>
    <name>Migrate</name>
    <message>
        <source>This replica was written by a newer version of fieldvisit (schema %1, this program knows %2). Install the newer version to open it.</source>
        <translation>本机库由更新版本的 fieldvisit 写入（结构版本 %1，本程序只支持到 %2）。请安装新版本后再打开。</translation>
    </message>
</context>
<context>
    <name>Needs</name>
    <message>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <source>No such need: %1</source>
        <translation>找不到诉求：%1</translation>
    </message>
    <message>
        <source>A need cannot go from %1 to %2.</source>
        <translation>诉求不能从“%1”改为“%2”。</translation>
    </message>
    <message>
        <source>Only a resolved or closed need can be reopened.</source>
        <translation>只有已办结或已关闭的诉求才能重新打开。</translation>
    </message>
    <message>
        <source>say why the need is reopened</source>
        <translation>请说明重新打开诉求的原因</translation>
    </message>
    <message>
        <source>say how the need was settled</source>
        <translation>请写明是如何办结的</translation>
    </message>
    <message>
        <source>Unknown status: %1</source>
        <translation>未知的状态：%1</translation>
    </message>
    <message>
        <source>Unknown due filter: %1</source>
        <translation>未知的期限筛选：%1</translation>
    </message>
</context>
<context>
    <name>Organisation</name>
    <message>
        <source>Only an office device can change the organisation name printed on receipts.</source>
        <translation>只有办公室设备才能修改签收单上打印的单位名称。</translation>
    </message>
</context>
<context>
    <name>PaperVisits</name>
    <message>
        <source>No household with id, ID number or register number %1.</source>
        <translation>找不到编号、身份证号或建档立卡编号为 %1 的慰问对象。</translation>
    </message>
    <message>
        <source>write goods as ITEM:QUANTITY or ITEM:QUANTITY:UNIT_VALUE: %1</source>
        <translation>慰问品请写成 物品:数量 或 物品:数量:单价：%1</translation>
    </message>
    <message>
        <source>%1 is not in the campaign's catalogue; give its unit value</source>
        <translation>%1 不在本活动的物资目录中，请写明单价</translation>
    </message>
    <message>
        <source>say how receipt was confirmed: signed, fingerprint or absent</source>
        <translation>请说明签收方式：signed（签名）、fingerprint（按手印）或 absent（本人不在场）</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 lacks the columns: %2</source>
        <translation>%1 缺少以下列：%2</translation>
    </message>
</context>
<context>
    <name>Payments</name>
    <message>
        <source>must be at least 1</source>
        <translation>至少为 1</translation>
    </message>
    <message>
        <source>is implausibly large</source>
        <translation>数值大得不合常理</translation>
    </message>
    <message>
        <source>a payment needs cash or at least one goods line</source>
        <translation>发放须有慰问金或至少一项慰问品</translation>
    </message>
    <message>
        <source>must be signature, fingerprint or absent</source>
        <translation>须为签字、按手印或未签</translation>
    </message>
    <message>
        <source>say how the proxy collector is related</source>
        <translation>请填写代领人与受助人的关系</translation>
    </message>
    <message>
        <source>No such payment: %1</source>
        <translation>找不到发放记录：%1</translation>
    </message>
    <message>
        <source>A reversal cannot itself be voided.</source>
        <translation>冲正记录本身不能再作废。</translation>
    </message>
    <message>
        <source>This payment is already voided.</source>
        <translation>该笔发放已作废。</translation>
    </message>
    <message>
        <source>Receipt number %1 is on several payments; give the payment id.</source>
        <translation>签收单号 %1 对应多笔发放，请改用发放编号。</translation>
    </message>
    <message>
        <source>No payment with id or receipt number %1.</source>
        <translation>找不到编号或签收单号为 %1 的发放。</translation>
    </message>
</context>
<context>
    <name>Photos</name>
    <message>
        <source>is not an image fieldvisit can read</source>
        <translation>不是 fieldvisit 能读取的图片</translation>
    </message>
</context>
<context>
    <name>Replica</name>
    <message>
        <source>The replica's description file is missing or damaged.</source>
        <translation>本机库的说明文件丢失或已损坏。</translation>
    </message>
    <message>
        <source>A device name is required.</source>
        <translation>必须填写设备名称。</translation>
    </message>
    <message>
        <source>A team name is required.</source>
        <translation>必须填写走访组名称。</translation>
    </message>
    <message>
        <source>A replica already exists in %1.</source>
        <translation>%1 中已有本机库。</translation>
    </message>
    <message>
        <source>No replica in %1. Run 'fieldvisit init' first.</source>
        <translation>%1 中没有本机库。请先运行“fieldvisit init”。</translation>
    </message>
    <message>
        <source>This replica is protected by a passphrase. Enter it (or set FIELDVISIT_PASSPHRASE for unattended use).</source>
        <translation>本机库受密码保护。请输入密码（无人值守时可设置 FIELDVISIT_PASSPHRASE）。</translation>
    </message>
    <message>
        <source>Wrong passphrase: the replica could not be unlocked.</source>
        <translation>密码错误：无法解锁本机库。</translation>
    </message>
    <message>
        <source>The replica could not be unlocked with the key in the keyring, or the file is damaged.</source>
        <translation>无法用密钥环中的密钥解锁本机库，或文件已损坏。</translation>
    </message>
    <message>
        <source>No usable system keyring: %1 Choose a passphrase (or set FIELDVISIT_PASSPHRASE for unattended use).</source>
        <translation>无法使用系统密钥环：%1 请设置一个密码（无人值守时可设置 FIELDVISIT_PASSPHRASE）。</translation>
    </message>
    <message>
        <source>The replica file %1 is damaged. Nothing was changed. Restore the data folder from a backup, or ask the office for a new enrolment; what was already synced is safe on the hub.</source>
        <translation>本机库文件 %1 已损坏，未做任何更改。请从备份恢复数据文件夹，或向办公室申请重新注册；已同步的数据在中心库中安全无损。</translation>
    </message>
    <message>
        <source>The replica file %1 is missing, but this folder holds a replica (replica.json). Restore replica.db from a backup; a new replica is not made over it.</source>
        <translation>本机库文件 %1 不见了，但此文件夹中有本机库（replica.json）。请从备份恢复 replica.db；不会在此新建本机库覆盖它。</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>the file was cut short</source>
        <translation>文件被截断</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>The system keyring could not be read: %1</source>
        <translation>无法读取系统密钥环：%1</translation>
    </message>
    <message>
        <source>The key for this replica is not in the system keyring. Restore it from a backup or enrol the laptop again.</source>
        <translation>系统密钥环中没有本机库的密钥。请从备份恢复，或重新注册本机。</translation>
    </message>
    <message>
        <source>The system keyring is switched off (FIELDVISIT_NO_KEYRING).</source>
        <translation>系统密钥环已关闭（FIELDVISIT_NO_KEYRING）。</translation>
    </message>
    <message>
        <source>No system keyring is installed.</source>
        <translation>本机没有安装系统密钥环。</translation>
    </message>
    <message>
        <source>The keyring backend %1 keeps secrets in a plain or weakly protected file, so fieldvisit does not use it.</source>
        <translation>密钥环后端 %1 把密钥保存在明文或保护很弱的文件里，因此本系统不使用它。</translation>
    </message>
    <message>
        <source>The system keyring does not answer: %1</source>
        <translation>系统密钥环没有响应：%1</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>慰问金</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Monthly income</source>
        <translation>月收入</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <source>must be 18 characters: 17 digits and a digit or X</source>
        <translation>须为 18 位：17 位数字加 1 位数字或 X</translation>
    </message>
    <message>
        <source>contains an impossible birth date</source>
        <translation>中的出生日期不存在</translation>
    </message>
    <message>
        <source>contains a birth date in the future</source>
        <translation>中的出生日期晚于今天</translation>
    </message>
    <message>
        <source>has a wrong check character (the last character)</source>
        <translation>校验码（最后一位）不正确</translation>
    </message>
    <message>
        <source>is not a mainland mobile (11 digits) or a landline with area code</source>
        <translation>不是大陆手机号（11 位）或带区号的固定电话</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <source>has more than two decimal places</source>
        <translation>小数超过两位</translation>
    </message>
    <message>
        <source>cannot be negative</source>
        <translation>不能为负数</translation>
    </message>
    <message>
        <source>is larger than any amount a receipt can carry</source>
        <translation>超出签收单可记载的最大金额</translation>
    </message>
    <message>
        <source>is above the campaign's cap of %1 yuan; give a reason to override</source>
        <translation>超过本次活动 %1 元的上限；如确需超出，请填写原因</translation>
    </message>
    <message>
        <source>is not a date (write it as 2025-01-31)</source>
        <translation>不是有效日期（请写成 2025-01-31）</translation>
    </message>
    <message>
        <source>is in the future</source>
        <translation>晚于今天</translation>
    </message>
    <message>
        <source>is too long (at most %1 characters)</source>
        <translation>太长（最多 %1 个字）</translation>
    </message>
</context>
<context>
    <name>VisitChecks</name>
    <message>
        <source>Already paid in this campaign: %1, cash %2 and goods %3, receipt %4, by %5.</source>
        <translation>本活动中已发放过：%1，现金 %2，慰问品 %3，签收单号 %4，经办：%5。</translation>
    </message>
    <message>
        <source>Cash %1 is above the campaign's standard of %2 for %3.</source>
        <translation>现金 %1 高于本活动对“%3”的慰问标准 %2。</translation>
    </message>
    <message>
        <source>this household</source>
        <translation>本户</translation>
    </message>
    <message>
        <source>Cash %1 is above the campaign's cap of %2.</source>
        <translation>现金 %1 超过本活动的上限 %2。</translation>
    </message>
    <message>
        <source>The date %1 is outside the campaign period %2 to %3.</source>
        <translation>日期 %1 不在活动期间（%2 至 %3）内。</translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation>日期 %1 晚于今天，不能预先登记。</translation>
    </message>
    <message>
        <source>Name at least one visitor (the person handing over).</source>
        <translation>请至少填写一名经办人（走访人员）。</translation>
    </message>
    <message>
        <source>Ask the recipient to sign, or choose fingerprint or absent.</source>
        <translation>请受助人签名，或选择按手印、本人不在场。</translation>
    </message>
    <message>
        <source>Give the proxy collector's name and how they are related.</source>
        <translation>请填写代领人姓名及与受助人的关系。</translation>
    </message>
    <message>
        <source>The recipient is absent: name a proxy collector (name and relation) or a witness.</source>
        <translation>本人不在场：请填写代领人（姓名和关系）或见证人。</translation>
    </message>
    <message>
        <source>Give a reason to go on.</source>
        <translation>如需继续，请填写原因。</translation>
    </message>
</context>
<context>
    <name>VisitCli</name>
    <message>
        <source>record visits from paper forms</source>
        <translation>根据纸质表格补录走访</translation>
    </message>
    <message>
        <source>record a visit afterwards (补录), or many from a CSV file</source>
        <translation>补录一次走访，或从 CSV 文件批量补录</translation>
    </message>
    <message>
        <source>Record a visit from a paper form with the same checks as the visit wizard. A warning (paid before in this campaign, above the standard or cap, outside the campaign period) needs --reason; a future date is refused.</source>
        <translation>按纸质表格补录走访，检查规则与走访向导相同。出现提示（本活动中已发放过、超过标准或上限、不在活动期间）时需用 --reason 说明原因；不能填写未来的日期。</translation>
    </message>
    <message>
        <source>the household: its ID number, register number or record id</source>
        <translation>慰问对象：身份证号、建档立卡编号或记录编号</translation>
    </message>
    <message>
        <source>or a unit (its name or code): a group distribution, with --reached and --representative</source>
        <translation>或填单位（名称或代码）：向单位集体发放，须同时填写 --reached 和 --representative</translation>
    </message>
    <message>
        <source>with --unit: the number of workers reached</source>
        <translation>与 --unit 同用：慰问到的职工人数</translation>
    </message>
    <message>
        <source>with --unit: the number of packages handed over</source>
        <translation>与 --unit 同用：发放的慰问品份数</translation>
    </message>
    <message>
        <source>with --unit: the unit's representative who signs</source>
        <translation>与 --unit 同用：代表单位签收的人</translation>
    </message>
    <message>
        <source>with --unit: the representative's post</source>
        <translation>与 --unit 同用：签收代表的职务</translation>
    </message>
    <message>
        <source>campaign name or id</source>
        <translation>活动名称或编号</translation>
    </message>
    <message>
        <source>default: today</source>
        <translation>默认：今天</translation>
    </message>
    <message>
        <source>cash in yuan</source>
        <translation>慰问金（元）</translation>
    </message>
    <message>
        <source>goods handed over; VALUE is the unit value in yuan (default: catalogue)</source>
        <translation>发放的慰问品；VALUE 为单价（元，默认取物资目录）</translation>
    </message>
    <message>
        <source>a visitor who handed it over (经办人); repeat for each</source>
        <translation>经办人（走访人员），每人写一次</translation>
    </message>
    <message>
        <source>the recipient signed the paper form</source>
        <translation>受助人在纸质表格上签了名</translation>
    </message>
    <message>
        <source>the recipient pressed a fingerprint</source>
        <translation>受助人按了手印</translation>
    </message>
    <message>
        <source>the recipient was absent (needs --proxy or --witness)</source>
        <translation>本人不在场（需要 --proxy 代领人或 --witness 见证人）</translation>
    </message>
    <message>
        <source>proxy collector</source>
        <translation>代领人</translation>
    </message>
    <message>
        <source>the proxy's relation</source>
        <translation>代领人与受助人的关系</translation>
    </message>
    <message>
        <source>witness</source>
        <translation>见证人</translation>
    </message>
    <message>
        <source>why to go on despite a warning (kept on the payment)</source>
        <translation>出现提示仍继续发放的原因（记录在发放上）</translation>
    </message>
    <message>
        <source>visit notes</source>
        <translation>走访备注</translation>
    </message>
    <message>
        <source>visit record needs %1 (or --from FILE)</source>
        <translation>visit record 需要 %1（或 --from 文件）</translation>
    </message>
    <message>
        <source>--unit records one unit's visit: no --household or --from.</source>
        <translation>--unit 只登记一个单位的走访，不能同时使用 --household 或 --from。</translation>
    </message>
    <message>
        <source>%1 has no rows.</source>
        <translation>%1 中没有数据行。</translation>
    </message>
    <message>
        <source>Row %1: visit saved, receipt %2</source>
        <translation>第 %1 行：走访已保存，签收单号 %2</translation>
    </message>
    <message>
        <source>Visit saved, receipt %1</source>
        <translation>走访已保存，签收单号 %1</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Row %1: in order</source>
        <translation>第 %1 行：无误</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the rows above and run again.</source>
        <translation>未保存任何内容：请改正上面的行后重新运行。</translation>
    </message>
    <message>
        <source>a CSV file, one visit a row; its header names the columns household (ID number or register number), campaign, date (YYYY-MM-DD), cash (yuan), goods (ITEM:QTY;…), visitors (names;…), confirmed (signed, fingerprint or absent), proxy (who took it instead), proxy_relation, witness, reason and note</source>
        <translation>CSV 文件，每行一次走访；表头列名：household 慰问对象（身份证号或花名册编号）、campaign 活动、date 日期（YYYY-MM-DD）、cash 慰问金（元）、goods 慰问品（物品:数量;…）、visitors 走访人员（姓名;…）、confirmed 确认方式（signed 签名、fingerprint 按手印、absent 不在家）、proxy 代领人、proxy_relation 代领人关系、witness 见证人、reason 原因、note 备注</translation>
    </message>
</context>
<context>
    <name>Visits</name>
    <message>
        <source>This household is archived; it cannot be visited.</source>
        <translation>该慰问对象已归档，不能登记走访。</translation>
    </message>
    <message>
        <source>unknown item %1</source>
        <translation>未知项目 %1</translation>
    </message>
</context>
</TS>