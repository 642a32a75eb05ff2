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
        <source>The running totals in %1 differ from the ledger in %2 place(s).</source>
        <translation>%1 中的累计数与台账有 %2 处不一致。</translation>
    </message>
    <message>
        <source>%1 %2 differs from its operations in: %3</source>
        <translation>%1 %2 与其操作记录不一致，字段：%3</translation>
    </message>
</context>
<context>
    <name>Cli</name>
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
        <source>Offline field visits: households, visits, payments, receipts and sync.</source>
        <translation>离线走访：慰问对象、走访、发放、签收单与同步。</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>显示版本号后退出</translation>
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
        <source>how many households</source>
        <translation>生成多少户</translation>
    </message>
    <message>
        <source>same seed, same invented data</source>
        <translation>随机种子：同一种子生成同样的虚构数据</translation>
    </message>
    <message>
        <source>find households by name, pinyin, ID digits, phone</source>
        <translation>按姓名、拼音、身份证号尾号、电话查找慰问对象</translation>
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
        <source>the register file</source>
        <translation>名册文件</translation>
    </message>
    <message>
        <source>export households, visits, payments or needs</source>
        <translation>导出慰问对象、走访、发放或诉求</translation>
    </message>
    <message>
        <source>what to export</source>
        <translation>导出哪类数据</translation>
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
        <source>the system keyring</source>
        <translation>系统密钥环</translation>
    </message>
    <message>
        <source>password</source>
        <translation>密码</translation>
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
        <source>machine-readable output (JSON)</source>
        <translation>以 JSON 格式输出，供程序读取</translation>
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
</context>
<context>
    <name>Import</name>
    <message>
        <source>No register header found in %1: the first rows must name columns such as 姓名 and 身份证号.</source>
        <extracomment>Columns that, when present in the file, are compared and updated on re-import.</extracomment>
        <translation>在 %1 中找不到名册表头：前几行须有“姓名”“身份证号”等列名。</translation>
    </message>
    <message>
        <source>is not a number of people</source>
        <translation>不是有效的人数</translation>
    </message>
    <message>
        <source>repeats the ID number of row %1 with another name</source>
        <translation>与第 %1 行身份证号相同但姓名不同</translation>
    </message>
    <message>
        <source>repeats row %1; imported once</source>
        <translation>与第 %1 行重复，只导入一次</translation>
    </message>
    <message>
        <source>%1 row %2, %3: %4</source>
        <translation>%1 第 %2 行，%3：%4</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <extracomment>Stream names an OLE container holds when it wraps an encrypted OOXML workbook.</extracomment>
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
        <source>No system keyring is available. Choose a passphrase (or set FIELDVISIT_PASSPHRASE for unattended use).</source>
        <translation>系统密钥环不可用。请设置一个密码（无人值守时可设置 FIELDVISIT_PASSPHRASE）。</translation>
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
</context>
<context>
    <name>Validation</name>
    <message>
        <source>ID number</source>
        <extracomment>Full-width point, minus and yen that normalize() keeps as Chinese punctuation.</extracomment>
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
    <name>Visits</name>
    <message>
        <source>This household is archived; it cannot be visited.</source>
        <extracomment>The conditions checklist (观察项) every visit form offers.</extracomment>
        <translation>该慰问对象已归档，不能登记走访。</translation>
    </message>
    <message>
        <source>unknown item %1</source>
        <translation>未知项目 %1</translation>
    </message>
</context>
</TS>