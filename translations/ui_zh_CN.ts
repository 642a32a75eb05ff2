<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <source>Opening the data… After an update of fieldvisit this can take a minute, once.</source>
        <translation>正在打开数据…… fieldvisit 更新后第一次打开可能需要一分钟左右，只此一次。</translation>
    </message>
    <message>
        <source>No replica in %1; the self-test needs one.</source>
        <translation>%1 中没有本机库，自检需要本机库。</translation>
    </message>
    <message>
        <source>fieldvisit</source>
        <translation>fieldvisit</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>start the desktop application</source>
        <translation>启动桌面程序</translation>
    </message>
    <message>
        <source>open every main screen, print the time each took, exit</source>
        <translation>逐一打开各主界面，打印各自用时后退出</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to fieldvisit</source>
        <translation>欢迎使用 fieldvisit</translation>
    </message>
    <message>
        <source>Set up this laptop</source>
        <translation>设置本机</translation>
    </message>
    <message>
        <source>fieldvisit keeps its data in an encrypted database on this laptop. Create a new one, or enrol the laptop with the file the office gave you.</source>
        <translation>fieldvisit 把数据保存在本机的加密数据库中。请新建本机库，或用办公室提供的注册文件注册本机。</translation>
    </message>
    <message>
        <source>&amp;Create a new database for this laptop</source>
        <translation>为本机新建数据库(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Enrol from an enrolment file</source>
        <translation>用注册文件注册本机(&amp;E)</translation>
    </message>
    <message>
        <source>Enrolment needs the sync module, which is not installed.</source>
        <translation>注册本机需要同步模块，当前未安装。</translation>
    </message>
    <message>
        <source>&amp;Device name:</source>
        <translation>设备名称(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>走访组(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Organisation (printed on receipts):</source>
        <translation>单位名称（打印在签收单上）(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Passphrase (optional):</source>
        <translation>密码（可不填）(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>再次输入密码(&amp;R)：</translation>
    </message>
    <message>
        <source>leave empty to keep the key in the system keyring</source>
        <translation>不填则把密钥保存在系统密钥环中</translation>
    </message>
    <message>
        <source>no system keyring here: choose a passphrase</source>
        <translation>本机没有系统密钥环，请设置密码</translation>
    </message>
    <message>
        <source>&amp;Load demo data (%1 invented households)</source>
        <translation>载入演示数据（%1 户虚构慰问对象）(&amp;L)</translation>
    </message>
    <message>
        <source>Enrolment &amp;file:</source>
        <translation>注册文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Enrolment c&amp;ode:</source>
        <translation>一次性验证码(&amp;O)：</translation>
    </message>
    <message>
        <source>Pass&amp;phrase (optional):</source>
        <translation>密码（可不填）(&amp;P)：</translation>
    </message>
    <message>
        <source>Choose the enrolment file</source>
        <translation>选择注册文件</translation>
    </message>
    <message>
        <source>Enter the name of your team.</source>
        <translation>请填写所在走访组的名称。</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least 8 characters.</source>
        <translation>密码至少需要 8 个字符。</translation>
    </message>
    <message>
        <source>No system keyring is available here: choose a passphrase.</source>
        <translation>本机没有可用的系统密钥环，请设置密码。</translation>
    </message>
    <message>
        <source>Creating the database…</source>
        <translation>正在创建数据库…</translation>
    </message>
    <message>
        <source>Choose the enrolment file.</source>
        <translation>请选择注册文件。</translation>
    </message>
    <message>
        <source>Enter the enrolment code from the office.</source>
        <translation>请填写办公室提供的一次性验证码。</translation>
    </message>
    <message>
        <source>Enrolling this laptop…</source>
        <translation>正在注册本机…</translation>
    </message>
    <message>
        <source>e.g. HZ03 or the team's laptop name (shown to the office)</source>
        <translation>例如 HZ03 或本组笔记本的名称（办公室可见）</translation>
    </message>
    <message>
        <source>Enter a name for this laptop.</source>
        <translation>请为本机起一个名称。</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>Today for %1</source>
        <translation>%1 今日工作</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日工作</translation>
    </message>
    <message>
        <source>Current campaign: %1</source>
        <translation>当前活动：%1</translation>
    </message>
    <message>
        <source>No campaign yet</source>
        <translation>尚无活动</translation>
    </message>
    <message>
        <source>Visited in this campaign</source>
        <translation>本次活动已走访</translation>
    </message>
    <message>
        <source>Not yet visited</source>
        <translation>尚未走访</translation>
    </message>
    <message>
        <source>no one must be left out</source>
        <translation>全覆盖、不遗漏</translation>
    </message>
    <message>
        <source>Open needs</source>
        <translation>待办诉求</translation>
    </message>
    <message>
        <source>Changes not yet synced</source>
        <translation>未同步的修改</translation>
    </message>
    <message>
        <source>last sync: %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>从未同步</translation>
    </message>
    <message>
        <source>&amp;New visit (Ctrl+N)</source>
        <translation>新建走访(&amp;N) (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Sync…</source>
        <translation>同步(&amp;S)…</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>慰问对象</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>诉求</translation>
    </message>
    <message>
        <source>(overdue)</source>
        <translation>（已逾期）</translation>
    </message>
    <message>
        <source>of … households of this team</source>
        <translation>本组共 … 户慰问对象</translation>
    </message>
    <message>
        <source>%1 overdue, %2 due within two weeks</source>
        <translation>已逾期 %1 项，两周内到期 %2 项</translation>
    </message>
    <message>
        <source>Needs overdue or due soon</source>
        <translation>已逾期和即将到期的诉求</translation>
    </message>
    <message>
        <source>No open need is due in the next two weeks. Needs recorded during a visit appear here when their date comes near; all of them are on the Needs page.</source>
        <translation>两周内没有到期的诉求。走访时登记的诉求临近办理期限时会显示在这里；全部诉求见“诉求”页。</translation>
    </message>
    <message numerus="yes">
        <source>of %n households of this team</source>
        <translation><numerusform>本组共 %n 户慰问对象</numerusform></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>This laptop is not joined to a hub yet: ask the office for an enrolment file. Until then, changes stay on this laptop.</source>
        <translation>本机尚未注册到中心库：请向办公室索取注册文件。在此之前，修改只保存在本机。</translation>
    </message>
</context>
<context>
    <name>HouseholdModel</name>
    <message>
        <source>Visited</source>
        <translation>已走访</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>未走访</translation>
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
        <source>District</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Hardship causes</source>
        <translation>致困原因</translation>
    </message>
    <message>
        <source>This campaign</source>
        <translation>本次活动</translation>
    </message>
</context>
<context>
    <name>HouseholdsPage</name>
    <message>
        <source>counting…</source>
        <translation>正在计数…</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>慰问对象</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>name, pinyin or initials, ID or phone digits (Ctrl+F)</source>
        <translation>姓名、拼音或首字母、身份证号或电话尾号 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>筛选：</translation>
    </message>
    <message>
        <source>All households</source>
        <translation>全部慰问对象</translation>
    </message>
    <message>
        <source>Visited in %1</source>
        <translation>%1 已走访</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>已走访</translation>
    </message>
    <message>
        <source>Not yet visited in %1</source>
        <translation>%1 未走访</translation>
    </message>
    <message>
        <source>Not yet visited</source>
        <translation>尚未走访</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>全部区域</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部困难类别</translation>
    </message>
    <message>
        <source>All hardship causes</source>
        <translation>全部致困原因</translation>
    </message>
    <message>
        <source>Only my &amp;team</source>
        <translation>只看本组(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Import register…</source>
        <translation>导入花名册(&amp;I)…</translation>
    </message>
    <message numerus="yes">
        <source>%n households</source>
        <translation><numerusform>共 %n 户</numerusform></translation>
    </message>
    <message>
        <source>No household matches “%1”. Check the spelling, or try the pinyin initials (lxs for 刘小山), the last digits of the ID number or phone, or clear the filters.</source>
        <translation>没有与“%1”相符的慰问对象。请检查拼写，或改用拼音首字母（刘小山：lxs）、身份证号或电话的末几位，或清除筛选条件。</translation>
    </message>
    <message>
        <source>No household matches these filters. Choose “All …” in a filter, or untick “Only my team”.</source>
        <translation>没有符合这些筛选条件的慰问对象。请把某个筛选改回“全部…”，或取消勾选“只看本组”。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
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
        <translation>家庭住址</translation>
    </message>
    <message>
        <source>Register number</source>
        <translation>建档立卡编号</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>困难类别</translation>
    </message>
    <message>
        <source>Hardship causes</source>
        <translation>致困原因</translation>
    </message>
    <message>
        <source>Monthly income</source>
        <translation>月收入</translation>
    </message>
    <message>
        <source>Household size</source>
        <translation>家庭人口</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>District</source>
        <translation>所属区县</translation>
    </message>
    <message>
        <source>Town or street</source>
        <translation>镇街</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Left hardship on</source>
        <translation>解困日期</translation>
    </message>
    <message>
        <source>Member: name</source>
        <translation>家庭成员：姓名</translation>
    </message>
    <message>
        <source>Member: relation</source>
        <translation>家庭成员：与户主关系</translation>
    </message>
    <message>
        <source>Member: ID number</source>
        <translation>家庭成员：身份证号</translation>
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
        <translation>无变化</translation>
    </message>
    <message>
        <source>repeated</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>不导入</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Choose a register</source>
        <translation>选择花名册</translation>
    </message>
    <message>
        <source>Registers (*.xlsx *.xls *.csv *.txt);;All files (*)</source>
        <translation>花名册 (*.xlsx *.xls *.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading the register…</source>
        <translation>正在读取花名册…</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>无法读取该文件：%1</translation>
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
        <source>Importing the register…</source>
        <translation>正在导入花名册…</translation>
    </message>
    <message>
        <source>-rows to fix</source>
        <translation>-待修改</translation>
    </message>
    <message>
        <source>Save the rows to fix</source>
        <translation>保存待修改的行</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Saving the rows to fix…</source>
        <translation>正在保存待修改的行…</translation>
    </message>
    <message>
        <source>%1 rows to fix saved to %2. Correct them there and import that file.</source>
        <translation>%1 行待修改的数据已保存到 %2。请在该文件中改正后再导入。</translation>
    </message>
    <message>
        <source>Choose a register (.xlsx, .xls or .csv) to see what importing it would do.</source>
        <translation>请选择花名册（.xlsx、.xls 或 .csv），先预览导入结果。</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated, %3 unchanged; %4 family members added. %5 rows not imported, %6 other remarks.</source>
        <translation>已导入：新增 %1 户，更新 %2 户，无变化 %3 户；新增家庭成员 %4 人。未导入 %5 行，其他提示 %6 条。</translation>
    </message>
    <message>
        <source>Importing would make %1 new households, update %2 and leave %3 unchanged; %4 family members would be added. %5 rows cannot be imported, %6 other remarks.</source>
        <translation>导入后将新增 %1 户，更新 %2 户，%3 户无变化；将新增家庭成员 %4 人。%5 行无法导入，其他提示 %6 条。</translation>
    </message>
    <message>
        <source>Import a register</source>
        <translation>导入花名册</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>尚未选择文件</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Save rows to fix…</source>
        <translation>保存待修改的行(&amp;S)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>逐行预览</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列对应</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Read?</source>
        <translation>是否读取</translation>
    </message>
    <message>
        <source>Data rows</source>
        <translation>数据行数</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列名</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>导入为</translation>
    </message>
</context>
<context>
    <name>JoinHubDialog</name>
    <message>
        <source>Join a hub</source>
        <translation>加入中心库</translation>
    </message>
    <message>
        <source>Join this laptop to your organisation's hub (中心库) with the enrolment file and the one-time code the office gave you. Everything already on this laptop is kept: it is sent to the hub at the first sync and reaches the other laptops from there.</source>
        <translation>用办公室给的注册文件和一次性验证码，把本机加入本单位的中心库。本机已有的数据全部保留：第一次同步时发送到中心库，再由中心库同步到其他笔记本。</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Enrolment &amp;file:</source>
        <translation>注册文件(&amp;F)：</translation>
    </message>
    <message>
        <source>One-time &amp;code:</source>
        <translation>一次性验证码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>加入(&amp;J)</translation>
    </message>
    <message>
        <source>Joining needs the sync module, which is not installed.</source>
        <translation>加入中心库需要同步模块，但尚未安装。</translation>
    </message>
    <message>
        <source>Choose the enrolment file</source>
        <translation>选择注册文件</translation>
    </message>
    <message>
        <source>Enrolment files (*.fvenrol);;All files (*)</source>
        <translation>注册文件 (*.fvenrol);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose the enrolment file from the office.</source>
        <translation>请选择办公室给的注册文件。</translation>
    </message>
    <message>
        <source>Enter the one-time code from the office.</source>
        <translation>请输入办公室给的一次性验证码。</translation>
    </message>
    <message>
        <source>Joining the hub…</source>
        <translation>正在加入中心库…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Home</source>
        <translation>首页(&amp;H)</translation>
    </message>
    <message>
        <source>H&amp;ouseholds</source>
        <translation>慰问对象(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Visit</source>
        <translation>走访(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Needs</source>
        <translation>诉求(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>同步(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation>设置(&amp;E)</translation>
    </message>
    <message>
        <source>O&amp;ffice</source>
        <translation>办公室(&amp;F)</translation>
    </message>
    <message>
        <source>Search households</source>
        <translation>搜索慰问对象</translation>
    </message>
    <message>
        <source>New visit</source>
        <translation>新建走访</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
    <message>
        <source>Hub: not set up</source>
        <translation>中心库：未设置</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● 在线</translation>
    </message>
    <message>
        <source>● Offline</source>
        <translation>● 离线</translation>
    </message>
    <message>
        <source>fieldvisit</source>
        <translation>fieldvisit</translation>
    </message>
    <message>
        <source>Unfinished visit</source>
        <translation>未完成的走访</translation>
    </message>
    <message>
        <source>The visit to %1 was not finished. Resume it now?</source>
        <translation>对 %1 的走访尚未完成，现在继续吗？</translation>
    </message>
    <message>
        <source>&amp;Units</source>
        <translation>慰问单位(&amp;U)</translation>
    </message>
</context>
<context>
    <name>NeedsPage</name>
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
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>Say why the need is reopened.</source>
        <translation>请说明重新打开该诉求的原因。</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>慰问对象</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>诉求</translation>
    </message>
    <message>
        <source>&amp;Move to:</source>
        <translation>改为(&amp;M)：</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>更新(&amp;U)</translation>
    </message>
    <message>
        <source>%1 shown</source>
        <translation>显示 %1 条</translation>
    </message>
    <message>
        <source>How was it settled? (required)</source>
        <translation>如何办结的？（必填）</translation>
    </message>
    <message>
        <source>Why is it reopened? (required)</source>
        <translation>为什么重新打开？（必填）</translation>
    </message>
    <message>
        <source>Say how the need was settled.</source>
        <translation>请写明诉求是如何办结的。</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>诉求</translation>
    </message>
    <message>
        <source>Fin&amp;d:</source>
        <translation>查找(&amp;D)：</translation>
    </message>
    <message>
        <source>need, owner or household name</source>
        <translation>诉求、负责人或户主姓名</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>负责人(&amp;W)：</translation>
    </message>
    <message>
        <source>Du&amp;e:</source>
        <translation>期限(&amp;E)：</translation>
    </message>
    <message>
        <source>Campai&amp;gn:</source>
        <translation>活动(&amp;G)：</translation>
    </message>
    <message>
        <source>Open and in progress</source>
        <translation>待办和办理中</translation>
    </message>
    <message>
        <source>All, settled too</source>
        <translation>全部（含已办结）</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>本周到期</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>无期限</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全部负责人</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>全部活动</translation>
    </message>
    <message>
        <source>Last note</source>
        <translation>最近备注</translation>
    </message>
    <message>
        <source>No open needs. Needs are recorded during a visit (its Needs step); tick “Show resolved and closed too” to see the finished ones.</source>
        <translation>没有待办诉求。诉求在走访时（“诉求登记”一步）登记；勾选“同时显示已办结和已关闭”可查看已完成的诉求。</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Unlock the local database</source>
        <translation>解锁本机库</translation>
    </message>
    <message>
        <source>This laptop's database is protected by a passphrase. Enter it to continue.</source>
        <translation>本机库受密码保护，请输入密码继续。</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>正在解锁…</translation>
    </message>
    <message>
        <source>The database could not be opened: %1</source>
        <translation>无法打开数据库：%1</translation>
    </message>
</context>
<context>
    <name>ProfileView</name>
    <message>
        <source>is not a whole number</source>
        <translation>不是整数</translation>
    </message>
    <message>
        <source>Left hardship</source>
        <translation>已脱困</translation>
    </message>
    <message>
        <source>Needy</source>
        <translation>困难</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>File no. %1</source>
        <translation>建档编号 %1</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>走访</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>发放</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>诉求</translation>
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
        <source>← &amp;Back</source>
        <translation>← 返回(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;New visit</source>
        <translation>新建走访(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>ID number:</source>
        <translation>身份证号：</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>隐藏(&amp;H)</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>显示(&amp;H)</translation>
    </message>
    <message>
        <source>Showing the full ID number is recorded in the access log.</source>
        <translation>查看完整身份证号会记入查阅日志。</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>姓名(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>住址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>区域(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Workplace:</source>
        <translation>工作单位(&amp;W)：</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>困难类别(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Family size:</source>
        <translation>家庭人口(&amp;F)：</translation>
    </message>
    <message>
        <source>Monthly &amp;income (yuan):</source>
        <translation>月收入（元）(&amp;I)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Hardship causes:</source>
        <translation>致困原因：</translation>
    </message>
    <message>
        <source>Family members</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Health / schooling</source>
        <translation>健康／就学</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>走访记录</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Campaign / category</source>
        <translation>活动／类别</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>ReceiptPreview</name>
    <message>
        <source>Receipts are not available in this installation. The visit and payment are saved; print the receipt later.</source>
        <translation>本安装中没有签收单功能。走访和发放已保存，可稍后打印签收单。</translation>
    </message>
    <message>
        <source>Preparing the receipt…</source>
        <translation>正在生成签收单…</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>签收单 %1</translation>
    </message>
    <message>
        <source>No printer</source>
        <translation>没有打印机</translation>
    </message>
    <message>
        <source>No printer is set up on this laptop. Save the receipt as a PDF and print it later?</source>
        <translation>本机没有设置打印机。先把签收单保存为 PDF，稍后再打印吗？</translation>
    </message>
    <message>
        <source>Sent to the printer: both copies (stub and the family's copy).</source>
        <translation>已发送到打印机：两联（存根联和受助家庭联）。</translation>
    </message>
    <message>
        <source>Save receipt as PDF</source>
        <translation>将签收单保存为 PDF</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>签收单</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>保存 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <source>Please wait</source>
        <translation>请稍候</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Something went wrong and the action was not completed. Nothing was half-saved. The details are in the log file.</source>
        <translation>出现问题，操作没有完成，也没有保存任何不完整的数据。详细信息已写入日志文件。</translation>
    </message>
    <message>
        <source>fieldvisit</source>
        <translation>fieldvisit</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Use 1 to 12 letters or digits, e.g. HZ03.</source>
        <translation>请使用 1 到 12 个字母或数字，例如 HZ03。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Choose where to put the backup</source>
        <translation>选择备份存放位置</translation>
    </message>
    <message>
        <source>The backup could not be read back; try again.</source>
        <translation>无法读取刚写入的备份，请重试。</translation>
    </message>
    <message>
        <source>Encrypted backup written and checked: %1 (%2 MB)</source>
        <translation>加密备份已写入并校验：%1（%2 MB）</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>正在写入备份…</translation>
    </message>
    <message>
        <source>About fieldvisit</source>
        <translation>关于 fieldvisit</translation>
    </message>
    <message>
        <source>Offline field visits to needy households, with receipts and sync.</source>
        <translation>离线走访困难家庭，现场打印签收单，回来再同步。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>界面语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>签收单</translation>
    </message>
    <message>
        <source>Paper &amp;size:</source>
        <translation>纸张大小(&amp;S)：</translation>
    </message>
    <message>
        <source>Receipt number &amp;prefix:</source>
        <translation>签收单编号前缀(&amp;P)：</translation>
    </message>
    <message>
        <source>Default p&amp;rinter:</source>
        <translation>默认打印机(&amp;R)：</translation>
    </message>
    <message>
        <source>(system default)</source>
        <translation>（系统默认）</translation>
    </message>
    <message>
        <source>device name</source>
        <translation>设备名称</translation>
    </message>
    <message>
        <source>Sa&amp;ve prefix</source>
        <translation>保存前缀(&amp;V)</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>数据文件夹：</translation>
    </message>
    <message>
        <source>Backup:</source>
        <translation>备份：</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>打开文件夹(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>立即备份(&amp;B)…</translation>
    </message>
    <message>
        <source>Writes an encrypted copy that opens with the same key or passphrase.</source>
        <translation>写入一份加密副本，可用相同的密钥或密码打开。</translation>
    </message>
    <message>
        <source>&amp;About fieldvisit</source>
        <translation>关于 fieldvisit(&amp;A)</translation>
    </message>
    <message>
        <source>This laptop has joined the hub as %1 (%2).</source>
        <translation>本机已加入中心库，设备名 %1（%2）。</translation>
    </message>
    <message>
        <source>This laptop works alone. To sync with the office, join your organisation's hub with the enrolment file and one-time code from the office; everything on this laptop is kept.</source>
        <translation>本机目前单独使用。要与办公室同步，请用办公室给的注册文件和一次性验证码加入本单位的中心库；本机已有的数据全部保留。</translation>
    </message>
    <message>
        <source>Set by the office; it arrives with the next sync.</source>
        <translation>由办公室设置，下次同步时更新。</translation>
    </message>
    <message>
        <source>Saved; syncs to every laptop.</source>
        <translation>已保存，将同步到所有笔记本。</translation>
    </message>
    <message>
        <source>Organisa&amp;tion:</source>
        <translation>发放单位(&amp;T)：</translation>
    </message>
    <message>
        <source>Printed on every receipt as the issuing unit.</source>
        <translation>作为发放单位打印在每张签收单上。</translation>
    </message>
    <message>
        <source>Save &amp;name</source>
        <translation>保存名称(&amp;N)</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>中心库</translation>
    </message>
    <message>
        <source>&amp;Join a hub…</source>
        <translation>加入中心库(&amp;J)…</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Signature pad</source>
        <translation>签名板</translation>
    </message>
    <message>
        <source>Sign here</source>
        <translation>请在此签名</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>deleted while edited</source>
        <translation>修改时已被删除</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Resolving conflicts needs the sync module, which is not installed.</source>
        <translation>处理冲突需要同步模块，当前未安装。</translation>
    </message>
    <message>
        <source>Putting in order what arrived: a first sync, or one after weeks away, takes up to a few minutes here. Please keep the program open.</source>
        <translation>正在整理收到的数据：首次同步或久未同步后，这一步可能需要几分钟。请不要关闭程序。</translation>
    </message>
    <message>
        <source>Syncing… you can keep working.</source>
        <translation>正在同步…可以继续工作。</translation>
    </message>
    <message>
        <source>Stopping after the current batch…</source>
        <translation>当前批次完成后停止…</translation>
    </message>
    <message>
        <source>Putting in order: %p%</source>
        <translation>正在整理收到的数据：%p%</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>上传</translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation>下载</translation>
    </message>
    <message>
        <source>Export a bundle</source>
        <translation>导出同步包</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>正在写入同步包…</translation>
    </message>
    <message>
        <source>Bundle written to %1</source>
        <translation>同步包已写入 %1</translation>
    </message>
    <message>
        <source>Import a bundle</source>
        <translation>导入同步包</translation>
    </message>
    <message>
        <source>Reading the bundle…</source>
        <translation>正在读取同步包…</translation>
    </message>
    <message>
        <source>Bundle imported: %1</source>
        <translation>同步包已导入：%1</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Hub: %1</source>
        <translation>中心库：%1</translation>
    </message>
    <message>
        <source>No hub is set up for this laptop yet.</source>
        <translation>本机尚未设置中心库。</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message>
        <source>Never synced.</source>
        <translation>从未同步。</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>立即同步(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Export bundle…</source>
        <translation>导出同步包(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import bundle…</source>
        <translation>导入同步包(&amp;I)…</translation>
    </message>
    <message>
        <source>Needs the sync module, which is not installed.</source>
        <translation>需要同步模块，当前未安装。</translation>
    </message>
    <message>
        <source>Last result: %1 sent, %2 received, %3 new conflicts, %4 s.</source>
        <translation>上次结果：上传 %1 条，下载 %2 条，新冲突 %3 个，用时 %4 秒。</translation>
    </message>
    <message>
        <source>Sync stopped on request. What was sent or received is kept; sync again to finish.</source>
        <translation>同步已按要求停止。已上传或下载的内容都已保留，再同步一次即可完成。</translation>
    </message>
    <message>
        <source>Warning: this laptop's clock seems wrong: %1</source>
        <translation>警告：本机时钟可能不准：%1</translation>
    </message>
    <message>
        <source>Conflicts to settle: %1</source>
        <translation>待处理的冲突：%1</translation>
    </message>
    <message>
        <source>Receiving the team's data: %v / %m MB</source>
        <translation>正在接收走访组数据：%v / %m MB</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>慰问对象</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value A</source>
        <translation>值 A</translation>
    </message>
    <message>
        <source>Value B</source>
        <translation>值 B</translation>
    </message>
    <message>
        <source>Keep value &amp;A</source>
        <translation>采用值 A(&amp;A)</translation>
    </message>
    <message>
        <source>Keep value &amp;B</source>
        <translation>采用值 B(&amp;B)</translation>
    </message>
    <message>
        <source>This laptop has joined the hub. Press Sync now to send what it holds.</source>
        <translation>本机已加入中心库。请点击“立即同步”发送本机的数据。</translation>
    </message>
    <message>
        <source>This laptop has not joined a hub yet.</source>
        <translation>本机尚未加入中心库。</translation>
    </message>
    <message>
        <source>A bundle is signed with the keys this laptop receives when it joins your organisation's hub; the office only accepts bundles it can check. Ask the office for an enrolment file and its one-time code, then press “Join a hub…”. Nothing on this laptop is lost: it goes into the first bundle or sync after joining.</source>
        <translation>同步包要用本机加入中心库时获得的密钥签名，办公室只接收能够核验的同步包。请向办公室索取注册文件和一次性验证码，然后点击“加入中心库…”。本机已有的数据不会丢失，加入后会随第一个同步包或第一次同步发出。</translation>
    </message>
    <message>
        <source>&amp;Join a hub…</source>
        <translation>加入中心库(&amp;J)…</translation>
    </message>
    <message>
        <source>This laptop works alone. Join your organisation's hub with the enrolment file and one-time code from the office (Join a hub…); its data is kept.</source>
        <translation>本机目前单独使用。请用办公室给的注册文件和一次性验证码加入本单位的中心库（加入中心库…），本机数据会保留。</translation>
    </message>
</context>
<context>
    <name>UnitImport</name>
    <message>
        <source>Unit name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>Imported: %1 new units, %2 updated, %3 unchanged. %4 rows not imported.</source>
        <translation>已导入：新增单位 %1 个，更新 %2 个，无变化 %3 个。未导入 %4 行。</translation>
    </message>
    <message>
        <source>Importing would add %1 units, update %2 and leave %3 unchanged. %4 rows cannot be imported.</source>
        <translation>导入后将新增单位 %1 个，更新 %2 个，%3 个无变化。%4 行无法导入。</translation>
    </message>
    <message>
        <source>Import a unit list</source>
        <translation>导入单位名单</translation>
    </message>
    <message>
        <source>Choose a unit list</source>
        <translation>选择单位名单</translation>
    </message>
    <message>
        <source>Unit lists (*.xlsx *.xls *.csv *.txt);;All files (*)</source>
        <translation>单位名单 (*.xlsx *.xls *.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading the unit list…</source>
        <translation>正在读取单位名单…</translation>
    </message>
    <message>
        <source>Importing the unit list…</source>
        <translation>正在导入单位名单…</translation>
    </message>
    <message>
        <source>Choose a unit list (.xlsx, .xls or .csv) to see what importing it would do.</source>
        <translation>请选择单位名单（.xlsx、.xls 或 .csv），先预览导入结果。</translation>
    </message>
</context>
<context>
    <name>UnitVisit</name>
    <message>
        <source>Visit to %1</source>
        <translation>走访 %1</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>活动(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Visitors (经办人):</source>
        <translation>经办人(&amp;V)：</translation>
    </message>
    <message>
        <source>Ca&amp;sh:</source>
        <translation>慰问金(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Goods:</source>
        <translation>慰问品(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>数量(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;Packages:</source>
        <translation>份数(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Workers reached:</source>
        <translation>惠及职工(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Representative:</source>
        <translation>单位代表(&amp;R)：</translation>
    </message>
    <message>
        <source>P&amp;ost:</source>
        <translation>职务(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Reason to go on:</source>
        <translation>继续的理由(&amp;E)：</translation>
    </message>
    <message>
        <source>needed only when a warning is shown above</source>
        <translation>仅在上方出现提醒时需要填写</translation>
    </message>
    <message>
        <source>(no goods)</source>
        <translation>（无慰问品）</translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
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
        <source>New unit</source>
        <translation>新建慰问单位</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>编码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>街道(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>C&amp;ontact person:</source>
        <translation>联系人(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Workers:</source>
        <translation>职工人数(&amp;W)：</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>慰问单位</translation>
    </message>
    <message>
        <source>No unit matches. Check the spelling, or register it with New unit.</source>
        <translation>没有符合的单位。请检查输入，或点“新建单位”登记。</translation>
    </message>
    <message>
        <source>No units yet. Register one with New unit, or import a list with Import unit list.</source>
        <translation>还没有单位。可点“新建单位”登记，或点“导入单位名单”批量导入。</translation>
    </message>
    <message>
        <source>Wish list</source>
        <translation>心愿清单</translation>
    </message>
    <message>
        <source>%1 workers</source>
        <translation>职工 %1 人</translation>
    </message>
    <message>
        <source>(voided)</source>
        <translation>（已作废）</translation>
    </message>
    <message>
        <source>Wish list: %1</source>
        <translation>心愿清单：%1</translation>
    </message>
    <message>
        <source>Choose a distribution in the list first.</source>
        <translation>请先在列表中选一条发放记录。</translation>
    </message>
    <message>
        <source>Save the unit receipt</source>
        <translation>保存单位签收单</translation>
    </message>
    <message>
        <source>unit-receipt</source>
        <translation>单位签收单</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Choose a wish in the list first.</source>
        <translation>请先在列表中选一项心愿。</translation>
    </message>
    <message>
        <source>Write in the box how the wish was resolved.</source>
        <translation>请在输入框中写明这项心愿是怎样办结的。</translation>
    </message>
    <message>
        <source>Units and sites</source>
        <translation>慰问单位和站点</translation>
    </message>
    <message>
        <source>Search by name, pinyin or code</source>
        <translation>按名称、拼音或编码查找</translation>
    </message>
    <message>
        <source>&amp;New unit…</source>
        <translation>新建单位(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Import unit list…</source>
        <translation>导入单位名单(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Record a visit…</source>
        <translation>登记走访(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Print unit receipt…</source>
        <translation>打印单位签收单(&amp;P)…</translation>
    </message>
    <message>
        <source>Distributions</source>
        <translation>集体发放</translation>
    </message>
    <message>
        <source>&amp;Add wish</source>
        <translation>添加心愿(&amp;A)</translation>
    </message>
    <message>
        <source>Mark &amp;resolved</source>
        <translation>标记为已办结(&amp;E)</translation>
    </message>
    <message>
        <source>A new wish, or how the chosen one was resolved</source>
        <translation>新的心愿，或所选心愿的办结情况</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>District</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>职工人数</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>慰问金</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>慰问品</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>份数</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>惠及人数</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>签收单</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Wish</source>
        <translation>心愿</translation>
    </message>
</context>
<context>
    <name>VisitPage</name>
    <message>
        <source>Discard draft</source>
        <translation>放弃草稿</translation>
    </message>
    <message>
        <source>Discard this unfinished visit?</source>
        <translation>放弃这次未完成的走访吗？</translation>
    </message>
    <message>
        <source>reprint requested at the door</source>
        <translation>入户时要求补打</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>走访</translation>
    </message>
    <message>
        <source>Find the household you are visiting, or select it in Households and press Ctrl+N.</source>
        <translation>查找要走访的慰问对象，或在“慰问对象”中选中后按 Ctrl+N。</translation>
    </message>
    <message>
        <source>&amp;Household:</source>
        <translation>慰问对象(&amp;H)：</translation>
    </message>
    <message>
        <source>name, pinyin, ID or phone digits</source>
        <translation>姓名、拼音、身份证号或电话尾号</translation>
    </message>
    <message>
        <source>&amp;Start visit</source>
        <translation>开始走访(&amp;S)</translation>
    </message>
    <message>
        <source>Unfinished visits</source>
        <translation>未完成的走访</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>慰问对象</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>最后修改</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>放弃(&amp;D)</translation>
    </message>
    <message>
        <source>Today's visits from this laptop</source>
        <translation>本机今日走访</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>慰问金</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>签收单</translation>
    </message>
    <message>
        <source>Show re&amp;ceipt…</source>
        <translation>查看签收单(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>VisitWizard</name>
    <message>
        <source>Health</source>
        <translation>健康状况</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>住房情况</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>收入情况</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>就业情况</translation>
    </message>
    <message>
        <source>Children's schooling</source>
        <translation>子女就学</translation>
    </message>
    <message>
        <source>Care of the elderly</source>
        <translation>老人照护</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>家庭情况</translation>
    </message>
    <message>
        <source>How is the family doing? Tick what you checked and write what you saw.</source>
        <translation>家庭情况如何？勾选已了解的项目，并记录所见。</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>活动(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Visitors:</source>
        <translation>走访人员(&amp;V)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>了解事项</translation>
    </message>
    <message>
        <source>what you saw</source>
        <translation>所见情况</translation>
    </message>
    <message>
        <source>Choose photos</source>
        <translation>选择照片</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp *.bmp)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.webp *.bmp)</translation>
    </message>
    <message>
        <source>Camera folder</source>
        <translation>相机文件夹</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Optional. Photos are shrunk and kept inside the encrypted database.</source>
        <translation>可选。照片会缩小后保存在加密数据库中。</translation>
    </message>
    <message>
        <source>&amp;Add photos…</source>
        <translation>添加照片(&amp;A)…</translation>
    </message>
    <message>
        <source>From &amp;camera folder…</source>
        <translation>从相机文件夹(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Total handed over: %1 (cash %2, goods %3)</source>
        <translation>发放合计：%1（慰问金 %2，慰问品 %3）</translation>
    </message>
    <message>
        <source>Money and goods</source>
        <translation>慰问金和慰问品</translation>
    </message>
    <message>
        <source>The amount is the campaign's standard for this household's category; change it if needed.</source>
        <translation>金额已按本活动对该困难类别的慰问标准填好，如有需要可修改。</translation>
    </message>
    <message>
        <source>&amp;Cash (yuan):</source>
        <translation>慰问金（元）(&amp;C)：</translation>
    </message>
    <message>
        <source>Goods from the campaign catalogue</source>
        <translation>本活动的慰问品</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Unit value</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Standard: %1</source>
        <translation>慰问标准：%1</translation>
    </message>
    <message>
        <source>cap: %1</source>
        <translation>上限：%1</translation>
    </message>
    <message>
        <source>Need %1: describe what the family needs.</source>
        <translation>第 %1 项诉求：请写明家庭的需求。</translation>
    </message>
    <message>
        <source>Needs found</source>
        <translation>诉求登记</translation>
    </message>
    <message>
        <source>What does the family still need? The office follows each need to the end.</source>
        <translation>家庭还有哪些需求？办公室会逐项跟进直到办结。</translation>
    </message>
    <message>
        <source>&amp;Add a need</source>
        <translation>添加诉求(&amp;A)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>What is needed</source>
        <translation>诉求内容</translation>
    </message>
    <message>
        <source>Recipient and signature</source>
        <translation>领取人和签名</translation>
    </message>
    <message>
        <source>Who received the money or goods, and how they confirmed it.</source>
        <translation>由谁领取慰问金或慰问品，以及如何确认。</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>领取人(&amp;R)：</translation>
    </message>
    <message>
        <source>Collected by a &amp;proxy</source>
        <translation>由他人代领(&amp;P)</translation>
    </message>
    <message>
        <source>Pro&amp;xy name:</source>
        <translation>代领人(&amp;X)：</translation>
    </message>
    <message>
        <source>Relati&amp;on:</source>
        <translation>关系(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Witness:</source>
        <translation>见证人(&amp;W)：</translation>
    </message>
    <message>
        <source>Confirmed by:</source>
        <translation>确认方式：</translation>
    </message>
    <message>
        <source>&amp;Signature</source>
        <translation>签名(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Fingerprint on paper</source>
        <translation>纸上按手印(&amp;F)</translation>
    </message>
    <message>
        <source>Recipient &amp;absent</source>
        <translation>本人不在场(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Undo stroke</source>
        <translation>撤销一笔(&amp;U)</translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation>恢复(&amp;D)</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>清除(&amp;L)</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>核对</translation>
    </message>
    <message>
        <source>Check everything with the family, then save. Saving takes the receipt number.</source>
        <translation>请与家庭一起核对，然后保存。保存时将占用签收单编号。</translation>
    </message>
    <message>
        <source>&amp;Save visit</source>
        <translation>保存走访(&amp;S)</translation>
    </message>
    <message>
        <source>Saving the visit…</source>
        <translation>正在保存走访…</translation>
    </message>
    <message>
        <source>Leave this visit?</source>
        <translation>离开这次走访？</translation>
    </message>
    <message>
        <source>The visit is not saved yet. Keep it as a draft to finish later, or discard it?</source>
        <translation>走访尚未保存。保留为草稿稍后完成，还是放弃？</translation>
    </message>
    <message>
        <source>&amp;Keep draft and leave</source>
        <translation>保留草稿并离开(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>放弃(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Continue the visit</source>
        <translation>继续走访(&amp;C)</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>慰问对象</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>走访人员</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>慰问金</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>慰问品</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>诉求</translation>
    </message>
    <message>
        <source>collected by %1 (%2)</source>
        <translation>由 %1（%2）代领</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>领取人</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Fingerprint on paper</source>
        <translation>纸上按手印</translation>
    </message>
    <message>
        <source>Recipient absent</source>
        <translation>本人不在场</translation>
    </message>
    <message>
        <source>Confirmed by</source>
        <translation>确认方式</translation>
    </message>
    <message>
        <source>Visit: %1</source>
        <translation>走访：%1</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
    </message>
    <message>
        <source>Read the warnings above with the family; to go on, write the reason.</source>
        <translation>请核对上面的提示；如需继续发放，请填写原因。</translation>
    </message>
    <message>
        <source>&amp;Reason to go on:</source>
        <translation>继续发放的原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Goods value</source>
        <translation>慰问品价值</translation>
    </message>
    <message>
        <source>Total (cash and goods)</source>
        <translation>合计（现金和物品）</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Reason to go on</source>
        <translation>继续发放的原因</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>见证人</translation>
    </message>
</context>
</TS>