<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_TW">
<context>
    <name>ConflictsTab</name>
    <message>
        <source>First value</source>
        <translation>第一個值</translation>
    </message>
    <message>
        <source>Second value</source>
        <translation>第二個值</translation>
    </message>
    <message>
        <source>Or type the right value</source>
        <translation>或者填寫正確的值</translation>
    </message>
    <message>
        <source>Keep the &amp;first value</source>
        <translation>保留第一個值(&amp;F)</translation>
    </message>
    <message>
        <source>Keep the &amp;second value</source>
        <translation>保留第二個值(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Use typed value</source>
        <translation>使用填寫的值(&amp;U)</translation>
    </message>
</context>
<context>
    <name>DuplicatesTab</name>
    <message>
        <source>Household A</source>
        <translation>慰問對象 A</translation>
    </message>
    <message>
        <source>Household B</source>
        <translation>慰問對象 B</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身分證號</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>District</source>
        <translation>區域</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>走訪組</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>走訪次數</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>發放筆數</translation>
    </message>
    <message>
        <source>Keep &amp;A, merge B into it…</source>
        <translation>保留 A，將 B 合併進來(&amp;A)…</translation>
    </message>
    <message>
        <source>Keep &amp;B, merge A into it…</source>
        <translation>保留 B，將 A 合併進來(&amp;B)…</translation>
    </message>
    <message>
        <source>Not the same family</source>
        <translation>不是同一家庭</translation>
    </message>
    <message>
        <source>Why are these two different families?</source>
        <translation>為什麼這是兩個不同的家庭？</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>復原合併</translation>
    </message>
    <message>
        <source>Undo the merge %1? The household is live again and its own visits, payments and needs go back to it. Why?</source>
        <translation>復原合併 %1？該戶將恢復，原屬於它的走訪、發放和需求將退回該戶。請說明原因：</translation>
    </message>
    <message>
        <source>&amp;Not the same family…</source>
        <translation>不是同一家庭(&amp;N)…</translation>
    </message>
    <message>
        <source>Recent mer&amp;ges…</source>
        <translation>最近的合併(&amp;G)…</translation>
    </message>
</context>
<context>
    <name>FindingsTab</name>
    <message>
        <source>Receipt number</source>
        <translation>簽收單號</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>發放日期</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>走訪組</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>裝置</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>慰問金</translation>
    </message>
    <message>
        <source>Goods value</source>
        <translation>慰問品價值</translation>
    </message>
    <message>
        <source>Void payment</source>
        <translation>作廢發放</translation>
    </message>
    <message>
        <source>Why is %1 voided?</source>
        <translation>為什麼作廢 %1？</translation>
    </message>
    <message>
        <source>Accept finding</source>
        <translation>認可問題</translation>
    </message>
    <message>
        <source>Why is this in order?</source>
        <translation>為什麼這樣是合規的？</translation>
    </message>
    <message>
        <source>&amp;Void selected payment…</source>
        <translation>作廢選中的發放(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Accept finding…</source>
        <translation>認可該問題(&amp;A)…</translation>
    </message>
</context>
<context>
    <name>Grid</name>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
</context>
<context>
    <name>Households</name>
    <message>
        <source>A household cannot be merged into itself.</source>
        <translation>不能把慰問對象合併到其自身。</translation>
    </message>
</context>
<context>
    <name>MergeConfirmDialog</name>
    <message>
        <source>Merge duplicate households</source>
        <translation>合併重複登記的戶</translation>
    </message>
    <message>
        <source>“%2” will be merged into “%1”: its visits, payments and needs will belong to “%1”, and “%2” leaves the register. You can undo this later under Recent merges.</source>
        <translation>將把「%2」合併到「%1」：其走訪、發放和需求將歸入「%1」，「%2」不再列入名冊。之後可在「最近的合併」中復原。</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Merge into it</source>
        <translation>合併進來</translation>
    </message>
    <message>
        <source>The ID numbers differ: these may be two different people. Merge only if you have checked that they are one family, and say how.</source>
        <translation>身分證號不同：可能是兩個不同的人。只有核實為同一家庭後才能合併，並請寫明核實情況。</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>原因(&amp;R)（必填）：</translation>
    </message>
    <message>
        <source>&amp;Note (optional):</source>
        <translation>備註(&amp;N)（選填）：</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>合併(&amp;M)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身分證號</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>走訪</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>發放</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>需求</translation>
    </message>
</context>
<context>
    <name>OfficeWorkspace</name>
    <message>
        <source>Office</source>
        <translation>辦公室</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>衝突</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>疑似重複</translation>
    </message>
    <message>
        <source>Unit duplicates</source>
        <translation>單位疑似重複</translation>
    </message>
    <message>
        <source>Payment checks</source>
        <translation>發放核查</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>預算</translation>
    </message>
    <message>
        <source>Campaign summary</source>
        <translation>活動彙總</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>走訪覆蓋</translation>
    </message>
    <message>
        <source>Revisits</source>
        <translation>回頭看</translation>
    </message>
    <message>
        <source>Needs ledger</source>
        <translation>需求台帳</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>簽收單</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>全部活動</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在匯出…</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>已匯出：%1</translation>
    </message>
    <message>
        <source>Ca&amp;mpaign:</source>
        <translation>活動(&amp;M)：</translation>
    </message>
    <message>
        <source>Revisits &amp;within months:</source>
        <translation>回頭看月數(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>重新整理(&amp;R)</translation>
    </message>
    <message>
        <source>Export to &amp;Excel…</source>
        <translation>匯出 Excel(&amp;E)…</translation>
    </message>
    <message>
        <source>Export to &amp;PDF…</source>
        <translation>匯出 PDF(&amp;P)…</translation>
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
        <translation>最近的合併</translation>
    </message>
    <message>
        <source>Merged household</source>
        <translation>被合併的戶</translation>
    </message>
    <message>
        <source>Merged unit</source>
        <translation>被合併的單位</translation>
    </message>
    <message>
        <source>Into</source>
        <translation>併入</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>裝置</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>No merges.</source>
        <translation>沒有合併紀錄。</translation>
    </message>
    <message>
        <source>&amp;Undo merge…</source>
        <translation>復原合併(&amp;U)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
</context>
<context>
    <name>ReportTab</name>
    <message>
        <source>Preparing the report…</source>
        <translation>正在生成報表…</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>office reports: reconciliation, budget, coverage, needs</source>
        <translation>辦公室報表：對賬、預算、走訪覆蓋、需求</translation>
    </message>
    <message>
        <source>which report</source>
        <translation>報表類型</translation>
    </message>
    <message>
        <source>campaign name or id</source>
        <translation>活動名稱或編號</translation>
    </message>
    <message>
        <source>revisits: left hardship within this many months</source>
        <translation>回頭看：最近幾個月內脫困的家庭</translation>
    </message>
    <message>
        <source>write to this .xlsx or .pdf file</source>
        <translation>匯出到 .xlsx 或 .pdf 檔案</translation>
    </message>
    <message>
        <source>act on what the office reports found</source>
        <translation>處理報表發現的問題</translation>
    </message>
    <message>
        <source>mark two households as not the same family</source>
        <translation>標記兩戶不是同一家庭</translation>
    </message>
    <message>
        <source>void a payment with a reason (reversal entry)</source>
        <translation>作廢一筆發放並說明原因（沖正記錄）</translation>
    </message>
    <message>
        <source>accept a payment finding with a reason</source>
        <translation>說明原因後認可一筆發放核查問題</translation>
    </message>
    <message>
        <source>settle a conflict with one value or a new one</source>
        <translation>選定一個值或填寫新值來處理衝突</translation>
    </message>
    <message>
        <source>keep the first or second value</source>
        <translation>保留第一個或第二個值</translation>
    </message>
    <message>
        <source>type a new value</source>
        <translation>填寫新值</translation>
    </message>
    <message>
        <source>--out must end in .xlsx or .pdf</source>
        <translation>--out 的檔案名必須以 .xlsx 或 .pdf 結尾</translation>
    </message>
    <message>
        <source>The dashboard needs --out FILE.pdf</source>
        <translation>工作看板需要指定 --out 檔案.pdf</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>已匯出：%1</translation>
    </message>
    <message>
        <source>One is a household and the other a unit: choose two of a kind.</source>
        <translation>一個是慰問對象，另一個是單位：請選擇同一類的兩筆。</translation>
    </message>
    <message>
        <source>Merged.</source>
        <translation>已合併。</translation>
    </message>
    <message>
        <source>Marked as not a duplicate.</source>
        <translation>已標記為非重複。</translation>
    </message>
    <message>
        <source>Voided; reversal entry %1.</source>
        <translation>已作廢，沖正記錄 %1。</translation>
    </message>
    <message>
        <source>Finding accepted.</source>
        <translation>已認可該問題。</translation>
    </message>
    <message>
        <source>Conflict resolved.</source>
        <translation>衝突已處理。</translation>
    </message>
    <message>
        <source>Unknown report %1; choose one of: %2</source>
        <translation>沒有報表 %1，可選：%2</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>There is no campaign yet.</source>
        <translation>還沒有任何活動。</translation>
    </message>
    <message>
        <source>The number of months must be at least 1.</source>
        <translation>月數至少為 1。</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>月數</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>生成時間</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>預算</translation>
    </message>
    <message>
        <source>Budget against disbursed</source>
        <translation>預算執行情況</translation>
    </message>
    <message>
        <source>Budget use</source>
        <translation>預算執行</translation>
    </message>
    <message>
        <source>Fund source</source>
        <translation>資金來源</translation>
    </message>
    <message>
        <source>Cash disbursed</source>
        <translation>慰問金發放</translation>
    </message>
    <message>
        <source>Goods value</source>
        <translation>慰問品價值</translation>
    </message>
    <message>
        <source>Total disbursed</source>
        <translation>發放合計</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>預算結餘</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>執行率</translation>
    </message>
    <message>
        <source>Payments (net)</source>
        <translation>發放筆數（淨）</translation>
    </message>
    <message>
        <source>Over budget</source>
        <translation>超預算</translation>
    </message>
    <message>
        <source>OVER BUDGET</source>
        <translation>超預算</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>走訪組</translation>
    </message>
    <message>
        <source>District</source>
        <translation>區域</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>按%1</translation>
    </message>
    <message>
        <source>Disbursed by %1</source>
        <translation>按%1統計發放</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>慰問品</translation>
    </message>
    <message>
        <source>Goods issued against stock</source>
        <translation>慰問品發放與庫存</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>Quantity issued</source>
        <translation>發放數量</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>價值</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>庫存</translation>
    </message>
    <message>
        <source>Left in stock</source>
        <translation>剩餘庫存</translation>
    </message>
    <message>
        <source>No such campaign: %1</source>
        <translation>沒有這個活動：%1</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>衝突</translation>
    </message>
    <message>
        <source>Conflicting edits to settle</source>
        <translation>待處理的修改衝突</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>記錄</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>欄位</translation>
    </message>
    <message>
        <source>Value before</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>第一個值</translation>
    </message>
    <message>
        <source>Edited by / when</source>
        <translation>修改裝置 / 時間</translation>
    </message>
    <message>
        <source>Second value</source>
        <translation>第二個值</translation>
    </message>
    <message>
        <source>Conflict id</source>
        <translation>衝突編號</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>走訪覆蓋</translation>
    </message>
    <message>
        <source>Coverage of %1</source>
        <translation>%1 走訪覆蓋情況</translation>
    </message>
    <message>
        <source>Households in scope</source>
        <translation>應走訪戶數</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>已走訪</translation>
    </message>
    <message>
        <source>Not yet visited</source>
        <translation>未走訪</translation>
    </message>
    <message>
        <source>%1 in scope, %2 visited, %3 not yet visited</source>
        <translation>應走訪 %1 戶，已走訪 %2 戶，未走訪 %3 戶</translation>
    </message>
    <message>
        <source>Not visited</source>
        <translation>未走訪名單</translation>
    </message>
    <message>
        <source>Households not yet visited</source>
        <translation>尚未走訪的慰問對象</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>慰問對象</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Revisits</source>
        <translation>回頭看</translation>
    </message>
    <message>
        <source>Left hardship in the last %1 months, not visited since</source>
        <translation>近 %1 個月內脫困、此後未再走訪的家庭</translation>
    </message>
    <message>
        <source>Left hardship on</source>
        <translation>脫困日期</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>最近走訪</translation>
    </message>
    <message>
        <source>Days since</source>
        <translation>脫困天數</translation>
    </message>
    <message>
        <source>Office dashboard</source>
        <translation>工作看板</translation>
    </message>
    <message>
        <source>Campaign: %1 · generated %2</source>
        <translation>活動：%1 · 生成於 %2</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>待處理衝突</translation>
    </message>
    <message>
        <source>Open payment findings</source>
        <translation>待核查發放</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Overdue needs</source>
        <translation>逾期需求</translation>
    </message>
    <message>
        <source>Coverage by team</source>
        <translation>各走訪組覆蓋情況</translation>
    </message>
    <message>
        <source>Budget (yuan)</source>
        <translation>預算（元）</translation>
    </message>
    <message>
        <source>Disbursed (yuan)</source>
        <translation>已發放（元）</translation>
    </message>
    <message>
        <source>Budget use by campaign</source>
        <translation>各活動預算執行</translation>
    </message>
    <message>
        <source>Over budget: %1</source>
        <translation>超預算：%1</translation>
    </message>
    <message>
        <source>Choose two different households.</source>
        <translation>請選擇兩戶不同的慰問對象。</translation>
    </message>
    <message>
        <source>same ID number</source>
        <translation>身分證號相同</translation>
    </message>
    <message>
        <source>same name and phone</source>
        <translation>姓名和電話相同</translation>
    </message>
    <message>
        <source>same name and address</source>
        <translation>姓名和地址相同</translation>
    </message>
    <message>
        <source>similar name in the same district</source>
        <translation>同一區域內姓名相近</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>疑似重複</translation>
    </message>
    <message>
        <source>Households that may be registered twice</source>
        <translation>疑似重複登記的慰問對象</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>依據</translation>
    </message>
    <message>
        <source>Name A</source>
        <translation>姓名 A</translation>
    </message>
    <message>
        <source>ID number A</source>
        <translation>身分證號 A</translation>
    </message>
    <message>
        <source>Phone A</source>
        <translation>電話 A</translation>
    </message>
    <message>
        <source>Team A</source>
        <translation>走訪組 A</translation>
    </message>
    <message>
        <source>Name B</source>
        <translation>姓名 B</translation>
    </message>
    <message>
        <source>ID number B</source>
        <translation>身分證號 B</translation>
    </message>
    <message>
        <source>Phone B</source>
        <translation>電話 B</translation>
    </message>
    <message>
        <source>Team B</source>
        <translation>走訪組 B</translation>
    </message>
    <message>
        <source>Household A id</source>
        <translation>慰問對象 A 編號</translation>
    </message>
    <message>
        <source>Household B id</source>
        <translation>慰問對象 B 編號</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Filters: %1</source>
        <translation>篩選條件：%1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>%1 recorded, %2 resolved</source>
        <translation>共登記 %1 件，已辦結 %2 件</translation>
    </message>
    <message>
        <source>open</source>
        <translation>待辦</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>辦理中</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>已辦結</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已關閉</translation>
    </message>
    <message>
        <source>Needs ledger</source>
        <translation>需求台帳</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>責任人</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>登記</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待辦</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>辦理中</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已辦結</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已關閉</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Average age (days)</source>
        <translation>平均已辦天數</translation>
    </message>
    <message>
        <source>Oldest (days)</source>
        <translation>最長天數</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>辦理期限</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>逾期天數</translation>
    </message>
    <message>
        <source>%1/%2 by %3, sent by %4: %5</source>
        <translation>%1/%2，由 %3 寫入，經 %4 送達：%5</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>say why the payment is voided</source>
        <translation>請說明作廢原因</translation>
    </message>
    <message>
        <source>No such finding: %1</source>
        <translation>沒有這筆核查問題：%1</translation>
    </message>
    <message>
        <source>This finding is not open (already settled or accepted): %1</source>
        <translation>該問題已不在待處理之列（已處理或已認可）：%1</translation>
    </message>
    <message>
        <source>paid more than once</source>
        <translation>重複發放</translation>
    </message>
    <message>
        <source>above the standard</source>
        <translation>超標準發放</translation>
    </message>
    <message>
        <source>goods beyond stock</source>
        <translation>慰問品超庫存</translation>
    </message>
    <message>
        <source>refused by the rules (quarantined)</source>
        <translation>違反規則被拒收（已隔離）</translation>
    </message>
    <message>
        <source>Payment checks</source>
        <translation>發放核查</translation>
    </message>
    <message>
        <source>Payments to check</source>
        <translation>需核查的發放</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>發放筆數</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>慰問標準</translation>
    </message>
    <message>
        <source>Teams / devices</source>
        <translation>走訪組 / 裝置</translation>
    </message>
    <message>
        <source>Receipt numbers</source>
        <translation>簽收單號</translation>
    </message>
    <message>
        <source>Only the first %1 of %2 rows are printed; the Excel export has them all.</source>
        <translation>僅列印前 %1 行（共 %2 行），Excel 匯出包含全部資料。</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>簽收單</translation>
    </message>
    <message>
        <source>Receipt register</source>
        <translation>簽收單登記簿</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>裝置</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>編號段</translation>
    </message>
    <message>
        <source>Numbers issued</source>
        <translation>已開單數</translation>
    </message>
    <message>
        <source>First</source>
        <translation>起始號</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>終止號</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺號數</translation>
    </message>
    <message>
        <source>Missing numbers</source>
        <translation>缺號</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>作廢</translation>
    </message>
    <message>
        <source>Reprinted</source>
        <translation>補打</translation>
    </message>
    <message>
        <source>Used twice</source>
        <translation>重號</translation>
    </message>
    <message>
        <source>voided twice (second void not counted)</source>
        <translation>重複作廢（第二次作廢未計入）</translation>
    </message>
    <message>
        <source>why they are one family (required when the ID numbers differ)</source>
        <translation>為何是同一家庭（身分證號不同時必填）</translation>
    </message>
    <message>
        <source>list the merges in effect</source>
        <translation>列出現有的合併</translation>
    </message>
    <message>
        <source>No merges.</source>
        <translation>沒有合併紀錄。</translation>
    </message>
    <message>
        <source>Say why the merge is undone (--reason).</source>
        <translation>請說明復原合併的原因（--reason）。</translation>
    </message>
    <message>
        <source>Merge undone.</source>
        <translation>已復原合併。</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>已辦結</translation>
    </message>
    <message>
        <source>Settled needs and how</source>
        <translation>已辦結需求及辦結情況</translation>
    </message>
    <message>
        <source>Settled on</source>
        <translation>辦結日期</translation>
    </message>
    <message>
        <source>How it was settled</source>
        <translation>辦結情況</translation>
    </message>
    <message>
        <source>Reasons given at the door</source>
        <translation>發放時填寫的原因</translation>
    </message>
    <message>
        <source>id of one household</source>
        <translation>一戶的編號</translation>
    </message>
    <message>
        <source>id of the other household</source>
        <translation>另一戶的編號</translation>
    </message>
    <message>
        <source>why (kept in the history)</source>
        <translation>原因（記入歷史紀錄）</translation>
    </message>
    <message>
        <source>merge a duplicate household or unit into the one to keep</source>
        <translation>把重複登記的慰問對象或單位合併到保留的那一個</translation>
    </message>
    <message>
        <source>id of the household or unit that goes</source>
        <translation>被合併掉的慰問對象或單位的 id</translation>
    </message>
    <message>
        <source>id of the household or unit to keep</source>
        <translation>保留的慰問對象或單位的 id</translation>
    </message>
    <message>
        <source>undo the merge of a household or unit (it is live again)</source>
        <translation>復原慰問對象或單位的合併（恢復為有效）</translation>
    </message>
    <message>
        <source>id of the household or unit merged away</source>
        <translation>被合併的慰問對象或單位的 id</translation>
    </message>
    <message>
        <source>payment id</source>
        <translation>發放紀錄編號</translation>
    </message>
    <message>
        <source>finding number, as the report shows it</source>
        <translation>問題編號（報表中顯示的編號）</translation>
    </message>
    <message>
        <source>conflict id</source>
        <translation>衝突編號</translation>
    </message>
    <message>
        <source>Several findings have the number %1: use the full finding key (JSON).</source>
        <translation>有多筆問題的編號都是 %1：請改用完整的問題鍵值（見 JSON 輸出）。</translation>
    </message>
    <message>
        <source>Finding number</source>
        <translation>問題編號</translation>
    </message>
    <message>
        <source>summary: one row per campaign and team or district</source>
        <translation>彙總：每個活動按走訪組或街道各一行</translation>
    </message>
    <message>
        <source>Units (group distributions)</source>
        <translation>單位（集體發放）</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>慰問金</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>份數</translation>
    </message>
    <message>
        <source>Households visited</source>
        <translation>走訪戶數</translation>
    </message>
    <message>
        <source>Units visited</source>
        <translation>走訪單位數</translation>
    </message>
    <message>
        <source>Workers reached</source>
        <translation>惠及職工人數</translation>
    </message>
    <message>
        <source>Campaign summary</source>
        <translation>活動彙總</translation>
    </message>
    <message numerus="yes">
        <source>%n campaigns, %2 over budget</source>
        <translation><numerusform>共 %n 個活動，%2 個超預算</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n open conflicts</source>
        <translation><numerusform>待處理衝突 %n 筆</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n households to revisit</source>
        <translation><numerusform>需再走訪 %n 戶</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n candidate pairs</source>
        <translation><numerusform>疑似重複 %n 對</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n open findings</source>
        <translation><numerusform>待核查問題 %n 筆</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n series, %2 numbers missing</source>
        <translation><numerusform>共 %n 個編號段，缺號 %2 個</numerusform></translation>
    </message>
</context>
<context>
    <name>UnitDuplicatesTab</name>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>單位編碼</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>聯絡電話</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>走訪組</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>走訪</translation>
    </message>
    <message>
        <source>Distributions</source>
        <translation>集體發放</translation>
    </message>
    <message>
        <source>Unit A</source>
        <translation>單位 A</translation>
    </message>
    <message>
        <source>Unit B</source>
        <translation>單位 B</translation>
    </message>
    <message>
        <source>&amp;Not the same unit…</source>
        <translation>不是同一單位(&amp;N)…</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>復原合併</translation>
    </message>
    <message>
        <source>Undo the merge %1? The unit is live again and its own visits, distributions and wishes go back to it. Why?</source>
        <translation>復原合併 %1？該單位將恢復，原屬於它的走訪、集體發放和心願將退回該單位。請說明原因：</translation>
    </message>
    <message>
        <source>Not the same unit</source>
        <translation>不是同一單位</translation>
    </message>
    <message>
        <source>Why are these two different units?</source>
        <translation>為什麼這是兩個不同的單位？</translation>
    </message>
</context>
<context>
    <name>UnitMergeConfirmDialog</name>
    <message>
        <source>Merge duplicate units</source>
        <translation>合併重複登記的單位</translation>
    </message>
    <message>
        <source>“%2” will be merged into “%1”: its visits, distributions and wishes will belong to “%1”, and “%2” leaves the list of units. You can undo this later under Recent merges.</source>
        <translation>「%2」將合併到「%1」：它的走訪、集體發放和心願將歸屬「%1」，「%2」從單位名單中移除。之後可在「最近的合併」中復原。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>單位編碼</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>聯絡電話</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>走訪</translation>
    </message>
    <message>
        <source>Distributions</source>
        <translation>集體發放</translation>
    </message>
    <message>
        <source>Wishes</source>
        <translation>心願</translation>
    </message>
</context>
</TS>