<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_TW">
<context>
    <name>App</name>
    <message>
        <source>Opening the data… After an update of fieldvisit this can take a minute, once.</source>
        <translation>正在開啟資料…… fieldvisit 更新後第一次開啟可能需要一分鐘左右，只此一次。</translation>
    </message>
    <message>
        <source>No replica in %1; the self-test needs one.</source>
        <translation>%1 中沒有本機庫，自檢需要本機庫。</translation>
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
        <translation>啟動桌面程式</translation>
    </message>
    <message>
        <source>open every main screen, print the time each took, exit</source>
        <translation>逐一開啟各主畫面，列出各自耗時後結束</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to fieldvisit</source>
        <translation>歡迎使用 fieldvisit</translation>
    </message>
    <message>
        <source>Set up this laptop</source>
        <translation>設定本機</translation>
    </message>
    <message>
        <source>fieldvisit keeps its data in an encrypted database on this laptop. Create a new one, or enrol the laptop with the file the office gave you.</source>
        <translation>fieldvisit 把資料儲存在本機的加密資料庫中。請新增本機庫，或用辦公室提供的註冊檔案註冊本機。</translation>
    </message>
    <message>
        <source>&amp;Create a new database for this laptop</source>
        <translation>為本機新增資料庫(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Enrol from an enrolment file</source>
        <translation>用註冊檔案註冊本機(&amp;E)</translation>
    </message>
    <message>
        <source>Enrolment needs the sync module, which is not installed.</source>
        <translation>註冊本機需要同步模組，目前未安裝。</translation>
    </message>
    <message>
        <source>&amp;Device name:</source>
        <translation>裝置名稱(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>走訪組(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Organisation (printed on receipts):</source>
        <translation>單位名稱（列印在簽收單上）(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Passphrase (optional):</source>
        <translation>密碼（可不填）(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>密碼(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>再次輸入密碼(&amp;R)：</translation>
    </message>
    <message>
        <source>leave empty to keep the key in the system keyring</source>
        <translation>不填則把金鑰儲存在系統金鑰環中</translation>
    </message>
    <message>
        <source>no system keyring here: choose a passphrase</source>
        <translation>本機沒有系統金鑰環，請設定密碼</translation>
    </message>
    <message>
        <source>&amp;Load demo data (%1 invented households)</source>
        <translation>載入示範資料（%1 戶虛構慰問對象）(&amp;L)</translation>
    </message>
    <message>
        <source>Enrolment &amp;file:</source>
        <translation>註冊檔案(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>瀏覽(&amp;B)…</translation>
    </message>
    <message>
        <source>Enrolment c&amp;ode:</source>
        <translation>一次性驗證碼(&amp;O)：</translation>
    </message>
    <message>
        <source>Pass&amp;phrase (optional):</source>
        <translation>密碼（可不填）(&amp;P)：</translation>
    </message>
    <message>
        <source>Choose the enrolment file</source>
        <translation>選擇註冊檔案</translation>
    </message>
    <message>
        <source>Enter the name of your team.</source>
        <translation>請填寫所在走訪組的名稱。</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>兩次輸入的密碼不一致。</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least 8 characters.</source>
        <translation>密碼至少需要 8 個字元。</translation>
    </message>
    <message>
        <source>No system keyring is available here: choose a passphrase.</source>
        <translation>本機沒有可用的系統金鑰環，請設定密碼。</translation>
    </message>
    <message>
        <source>Creating the database…</source>
        <translation>正在建立資料庫…</translation>
    </message>
    <message>
        <source>Choose the enrolment file.</source>
        <translation>請選擇註冊檔案。</translation>
    </message>
    <message>
        <source>Enter the enrolment code from the office.</source>
        <translation>請填寫辦公室提供的一次性驗證碼。</translation>
    </message>
    <message>
        <source>Enrolling this laptop…</source>
        <translation>正在註冊本機…</translation>
    </message>
    <message>
        <source>e.g. HZ03 or the team's laptop name (shown to the office)</source>
        <translation>例如 HZ03 或本組筆電的名稱（辦公室可見）</translation>
    </message>
    <message>
        <source>Enter a name for this laptop.</source>
        <translation>請為本機起一個名稱。</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Home</source>
        <translation>首頁</translation>
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
        <translation>目前活動：%1</translation>
    </message>
    <message>
        <source>No campaign yet</source>
        <translation>尚無活動</translation>
    </message>
    <message>
        <source>Visited in this campaign</source>
        <translation>本次活動已走訪</translation>
    </message>
    <message>
        <source>Not yet visited</source>
        <translation>尚未走訪</translation>
    </message>
    <message>
        <source>no one must be left out</source>
        <translation>全覆蓋、不遺漏</translation>
    </message>
    <message>
        <source>Open needs</source>
        <translation>待辦需求</translation>
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
        <translation>從未同步</translation>
    </message>
    <message>
        <source>&amp;New visit (Ctrl+N)</source>
        <translation>新增走訪(&amp;N) (Ctrl+N)</translation>
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
        <translation>慰問對象</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>(overdue)</source>
        <translation>（已逾期）</translation>
    </message>
    <message>
        <source>of … households of this team</source>
        <translation>本組共 … 戶慰問對象</translation>
    </message>
    <message>
        <source>%1 overdue, %2 due within two weeks</source>
        <translation>已逾期 %1 項，兩週內到期 %2 項</translation>
    </message>
    <message>
        <source>Needs overdue or due soon</source>
        <translation>已逾期和即將到期的需求</translation>
    </message>
    <message>
        <source>No open need is due in the next two weeks. Needs recorded during a visit appear here when their date comes near; all of them are on the Needs page.</source>
        <translation>兩週內沒有到期的需求。走訪時登記的需求臨近辦理期限時會顯示在這裡；全部需求見「需求」頁。</translation>
    </message>
    <message numerus="yes">
        <source>of %n households of this team</source>
        <translation><numerusform>本組共 %n 戶慰問對象</numerusform></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>This laptop is not joined to a hub yet: ask the office for an enrolment file. Until then, changes stay on this laptop.</source>
        <translation>本機尚未註冊到中心庫：請向辦公室索取註冊檔案。在此之前，修改只儲存在本機。</translation>
    </message>
</context>
<context>
    <name>HouseholdModel</name>
    <message>
        <source>Visited</source>
        <translation>已走訪</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>未走訪</translation>
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
        <source>District</source>
        <translation>區域</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Hardship causes</source>
        <translation>致困原因</translation>
    </message>
    <message>
        <source>This campaign</source>
        <translation>本次活動</translation>
    </message>
</context>
<context>
    <name>HouseholdsPage</name>
    <message>
        <source>counting…</source>
        <translation>正在計數…</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>慰問對象</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜尋(&amp;S)：</translation>
    </message>
    <message>
        <source>name, pinyin or initials, ID or phone digits (Ctrl+F)</source>
        <translation>姓名、拼音或首字母、身分證號或電話尾號 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>篩選：</translation>
    </message>
    <message>
        <source>All households</source>
        <translation>全部慰問對象</translation>
    </message>
    <message>
        <source>Visited in %1</source>
        <translation>%1 已走訪</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>已走訪</translation>
    </message>
    <message>
        <source>Not yet visited in %1</source>
        <translation>%1 未走訪</translation>
    </message>
    <message>
        <source>Not yet visited</source>
        <translation>尚未走訪</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>全部區域</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部困難類別</translation>
    </message>
    <message>
        <source>All hardship causes</source>
        <translation>全部致困原因</translation>
    </message>
    <message>
        <source>Only my &amp;team</source>
        <translation>只看本組(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Import register…</source>
        <translation>匯入花名冊(&amp;I)…</translation>
    </message>
    <message numerus="yes">
        <source>%n households</source>
        <translation><numerusform>共 %n 戶</numerusform></translation>
    </message>
    <message>
        <source>No household matches “%1”. Check the spelling, or try the pinyin initials (lxs for 刘小山), the last digits of the ID number or phone, or clear the filters.</source>
        <translation>沒有與「%1」相符的慰問對象。請檢查拼寫，或改用拼音首字母（劉小山：lxs）、身分證號或電話的末幾碼，或清除篩選條件。</translation>
    </message>
    <message>
        <source>No household matches these filters. Choose “All …” in a filter, or untick “Only my team”.</source>
        <translation>沒有符合這些篩選條件的慰問對象。請把某個篩選改回「全部…」，或取消勾選「只看本組」。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>(not imported)</source>
        <translation>（不匯入）</translation>
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
        <translation>家庭住址</translation>
    </message>
    <message>
        <source>Register number</source>
        <translation>建檔立卡編號</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>困難類別</translation>
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
        <translation>工作單位</translation>
    </message>
    <message>
        <source>District</source>
        <translation>所屬區縣</translation>
    </message>
    <message>
        <source>Town or street</source>
        <translation>鎮街</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性別</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>序號</translation>
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
        <translation>家庭成員：姓名</translation>
    </message>
    <message>
        <source>Member: relation</source>
        <translation>家庭成員：與戶主關係</translation>
    </message>
    <message>
        <source>Member: ID number</source>
        <translation>家庭成員：身分證號</translation>
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
        <translation>無變化</translation>
    </message>
    <message>
        <source>repeated</source>
        <translation>重複</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>不匯入</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>列號</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>處理結果</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Choose a register</source>
        <translation>選擇花名冊</translation>
    </message>
    <message>
        <source>Registers (*.xlsx *.xls *.csv *.txt);;All files (*)</source>
        <translation>花名冊 (*.xlsx *.xls *.csv *.txt);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Reading the register…</source>
        <translation>正在讀取花名冊…</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>無法讀取該檔案：%1</translation>
    </message>
    <message>
        <source>read</source>
        <translation>已讀取</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已略過</translation>
    </message>
    <message>
        <source>Importing the register…</source>
        <translation>正在匯入花名冊…</translation>
    </message>
    <message>
        <source>-rows to fix</source>
        <translation>-待修改</translation>
    </message>
    <message>
        <source>Save the rows to fix</source>
        <translation>儲存待修改的列</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Saving the rows to fix…</source>
        <translation>正在儲存待修改的列…</translation>
    </message>
    <message>
        <source>%1 rows to fix saved to %2. Correct them there and import that file.</source>
        <translation>%1 列待修改的資料已儲存到 %2。請在該檔案中改正後再匯入。</translation>
    </message>
    <message>
        <source>Choose a register (.xlsx, .xls or .csv) to see what importing it would do.</source>
        <translation>請選擇花名冊（.xlsx、.xls 或 .csv），先預覽匯入結果。</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated, %3 unchanged; %4 family members added. %5 rows not imported, %6 other remarks.</source>
        <translation>已匯入：新增 %1 戶，更新 %2 戶，無變化 %3 戶；新增家庭成員 %4 人。未匯入 %5 列，其他提示 %6 則。</translation>
    </message>
    <message>
        <source>Importing would make %1 new households, update %2 and leave %3 unchanged; %4 family members would be added. %5 rows cannot be imported, %6 other remarks.</source>
        <translation>匯入後將新增 %1 戶，更新 %2 戶，%3 戶無變化；將新增家庭成員 %4 人。%5 列無法匯入，其他提示 %6 則。</translation>
    </message>
    <message>
        <source>Import a register</source>
        <translation>匯入花名冊</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>尚未選擇檔案</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>選擇檔案(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>匯入(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Save rows to fix…</source>
        <translation>儲存待修改的列(&amp;S)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>逐列預覽</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>欄位對應</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Read?</source>
        <translation>是否讀取</translation>
    </message>
    <message>
        <source>Data rows</source>
        <translation>資料列數</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>檔案中的欄名</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>匯入為</translation>
    </message>
</context>
<context>
    <name>JoinHubDialog</name>
    <message>
        <source>Join a hub</source>
        <translation>加入中心庫</translation>
    </message>
    <message>
        <source>Join this laptop to your organisation's hub (中心库) with the enrolment file and the one-time code the office gave you. Everything already on this laptop is kept: it is sent to the hub at the first sync and reaches the other laptops from there.</source>
        <translation>用辦公室給的註冊檔案和一次性驗證碼，把本機加入本單位的中心庫。本機已有的資料全部保留：第一次同步時送到中心庫，再由中心庫同步到其他筆電。</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>瀏覽(&amp;B)…</translation>
    </message>
    <message>
        <source>Enrolment &amp;file:</source>
        <translation>註冊檔案(&amp;F)：</translation>
    </message>
    <message>
        <source>One-time &amp;code:</source>
        <translation>一次性驗證碼(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>加入(&amp;J)</translation>
    </message>
    <message>
        <source>Joining needs the sync module, which is not installed.</source>
        <translation>加入中心庫需要同步模組，但尚未安裝。</translation>
    </message>
    <message>
        <source>Choose the enrolment file</source>
        <translation>選擇註冊檔案</translation>
    </message>
    <message>
        <source>Enrolment files (*.fvenrol);;All files (*)</source>
        <translation>註冊檔案 (*.fvenrol);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Choose the enrolment file from the office.</source>
        <translation>請選擇辦公室給的註冊檔案。</translation>
    </message>
    <message>
        <source>Enter the one-time code from the office.</source>
        <translation>請輸入辦公室給的一次性驗證碼。</translation>
    </message>
    <message>
        <source>Joining the hub…</source>
        <translation>正在加入中心庫…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Home</source>
        <translation>首頁(&amp;H)</translation>
    </message>
    <message>
        <source>H&amp;ouseholds</source>
        <translation>慰問對象(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Visit</source>
        <translation>走訪(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Needs</source>
        <translation>需求(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>同步(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation>設定(&amp;E)</translation>
    </message>
    <message>
        <source>O&amp;ffice</source>
        <translation>辦公室(&amp;F)</translation>
    </message>
    <message>
        <source>Search households</source>
        <translation>搜尋慰問對象</translation>
    </message>
    <message>
        <source>New visit</source>
        <translation>新增走訪</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>正在處理…</translation>
    </message>
    <message>
        <source>Hub: not set up</source>
        <translation>中心庫：未設定</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● 線上</translation>
    </message>
    <message>
        <source>● Offline</source>
        <translation>● 離線</translation>
    </message>
    <message>
        <source>fieldvisit</source>
        <translation>fieldvisit</translation>
    </message>
    <message>
        <source>Unfinished visit</source>
        <translation>未完成的走訪</translation>
    </message>
    <message>
        <source>The visit to %1 was not finished. Resume it now?</source>
        <translation>對 %1 的走訪尚未完成，現在繼續嗎？</translation>
    </message>
    <message>
        <source>&amp;Units</source>
        <translation>慰問單位(&amp;U)</translation>
    </message>
</context>
<context>
    <name>NeedsPage</name>
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
        <source>Reopen</source>
        <translation>重新開啟</translation>
    </message>
    <message>
        <source>Say why the need is reopened.</source>
        <translation>請說明重新開啟該需求的原因。</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>慰問對象</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>責任人</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>&amp;Move to:</source>
        <translation>改為(&amp;M)：</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>備註(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>更新(&amp;U)</translation>
    </message>
    <message>
        <source>%1 shown</source>
        <translation>顯示 %1 筆</translation>
    </message>
    <message>
        <source>How was it settled? (required)</source>
        <translation>如何辦結的？（必填）</translation>
    </message>
    <message>
        <source>Why is it reopened? (required)</source>
        <translation>為什麼重新開啟？（必填）</translation>
    </message>
    <message>
        <source>Say how the need was settled.</source>
        <translation>請寫明需求是如何辦結的。</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Fin&amp;d:</source>
        <translation>查找(&amp;D)：</translation>
    </message>
    <message>
        <source>need, owner or household name</source>
        <translation>需求、負責人或戶主姓名</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>狀態(&amp;S)：</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>負責人(&amp;W)：</translation>
    </message>
    <message>
        <source>Du&amp;e:</source>
        <translation>期限(&amp;E)：</translation>
    </message>
    <message>
        <source>Campai&amp;gn:</source>
        <translation>活動(&amp;G)：</translation>
    </message>
    <message>
        <source>Open and in progress</source>
        <translation>待辦和辦理中</translation>
    </message>
    <message>
        <source>All, settled too</source>
        <translation>全部（含已辦結）</translation>
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
        <translation>本週到期</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>無期限</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全部負責人</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>全部活動</translation>
    </message>
    <message>
        <source>Last note</source>
        <translation>最近備註</translation>
    </message>
    <message>
        <source>No open needs. Needs are recorded during a visit (its Needs step); tick “Show resolved and closed too” to see the finished ones.</source>
        <translation>沒有待辦需求。需求在走訪時（「需求登記」一步）登記；勾選「同時顯示已辦結和已關閉」可查看已完成的需求。</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Unlock the local database</source>
        <translation>解鎖本機庫</translation>
    </message>
    <message>
        <source>This laptop's database is protected by a passphrase. Enter it to continue.</source>
        <translation>本機庫受密碼保護，請輸入密碼繼續。</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>密碼(&amp;P)：</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>請輸入密碼。</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>正在解鎖…</translation>
    </message>
    <message>
        <source>The database could not be opened: %1</source>
        <translation>無法開啟資料庫：%1</translation>
    </message>
</context>
<context>
    <name>ProfileView</name>
    <message>
        <source>is not a whole number</source>
        <translation>不是整數</translation>
    </message>
    <message>
        <source>Left hardship</source>
        <translation>已脫困</translation>
    </message>
    <message>
        <source>Needy</source>
        <translation>困難</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已歸檔</translation>
    </message>
    <message>
        <source>File no. %1</source>
        <translation>建檔編號 %1</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>走訪</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>發放</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>作廢</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>需求</translation>
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
        <source>← &amp;Back</source>
        <translation>← 返回(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;New visit</source>
        <translation>新增走訪(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>ID number:</source>
        <translation>身分證號：</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>隱藏(&amp;H)</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>顯示(&amp;H)</translation>
    </message>
    <message>
        <source>Showing the full ID number is recorded in the access log.</source>
        <translation>檢視完整身分證號會記入查閱日誌。</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>姓名(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>電話(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>住址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>區域(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Workplace:</source>
        <translation>工作單位(&amp;W)：</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>困難類別(&amp;T)：</translation>
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
        <translation>備註(&amp;O)：</translation>
    </message>
    <message>
        <source>Hardship causes:</source>
        <translation>致困原因：</translation>
    </message>
    <message>
        <source>Family members</source>
        <translation>家庭成員</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>關係</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身分證號</translation>
    </message>
    <message>
        <source>Health / schooling</source>
        <translation>健康／就學</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>走訪紀錄</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事項</translation>
    </message>
    <message>
        <source>Campaign / category</source>
        <translation>活動／類別</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳情</translation>
    </message>
</context>
<context>
    <name>ReceiptPreview</name>
    <message>
        <source>Receipts are not available in this installation. The visit and payment are saved; print the receipt later.</source>
        <translation>本安裝中沒有簽收單功能。走訪和發放已儲存，可稍後列印簽收單。</translation>
    </message>
    <message>
        <source>Preparing the receipt…</source>
        <translation>正在生成簽收單…</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>簽收單 %1</translation>
    </message>
    <message>
        <source>No printer</source>
        <translation>沒有印表機</translation>
    </message>
    <message>
        <source>No printer is set up on this laptop. Save the receipt as a PDF and print it later?</source>
        <translation>本機沒有設定印表機。先把簽收單儲存為 PDF，稍後再列印嗎？</translation>
    </message>
    <message>
        <source>Sent to the printer: both copies (stub and the family's copy).</source>
        <translation>已傳送到印表機：兩聯（存根聯和受助家庭聯）。</translation>
    </message>
    <message>
        <source>Save receipt as PDF</source>
        <translation>將簽收單儲存為 PDF</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>已儲存到 %1</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>簽收單</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>列印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>儲存 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>關閉(&amp;C)</translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <source>Please wait</source>
        <translation>請稍候</translation>
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
        <translation>出現問題，操作沒有完成，也沒有儲存任何不完整的資料。詳細資訊已寫入日誌檔案。</translation>
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
        <translation>請使用 1 到 12 個字母或數字，例如 HZ03。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已儲存。</translation>
    </message>
    <message>
        <source>Choose where to put the backup</source>
        <translation>選擇備份存放位置</translation>
    </message>
    <message>
        <source>The backup could not be read back; try again.</source>
        <translation>無法讀取剛寫入的備份，請重試。</translation>
    </message>
    <message>
        <source>Encrypted backup written and checked: %1 (%2 MB)</source>
        <translation>加密備份已寫入並校驗：%1（%2 MB）</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>正在寫入備份…</translation>
    </message>
    <message>
        <source>About fieldvisit</source>
        <translation>關於 fieldvisit</translation>
    </message>
    <message>
        <source>Offline field visits to needy households, with receipts and sync.</source>
        <translation>離線走訪困難家庭，現場列印簽收單，回來再同步。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>介面語言(&amp;L)：</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>簽收單</translation>
    </message>
    <message>
        <source>Paper &amp;size:</source>
        <translation>紙張大小(&amp;S)：</translation>
    </message>
    <message>
        <source>Receipt number &amp;prefix:</source>
        <translation>簽收單編號字首(&amp;P)：</translation>
    </message>
    <message>
        <source>Default p&amp;rinter:</source>
        <translation>預設印表機(&amp;R)：</translation>
    </message>
    <message>
        <source>(system default)</source>
        <translation>（系統預設）</translation>
    </message>
    <message>
        <source>device name</source>
        <translation>裝置名稱</translation>
    </message>
    <message>
        <source>Sa&amp;ve prefix</source>
        <translation>儲存字首(&amp;V)</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>資料</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>資料夾：</translation>
    </message>
    <message>
        <source>Backup:</source>
        <translation>備份：</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>開啟資料夾(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>立即備份(&amp;B)…</translation>
    </message>
    <message>
        <source>Writes an encrypted copy that opens with the same key or passphrase.</source>
        <translation>寫入一份加密副本，可用相同的金鑰或密碼開啟。</translation>
    </message>
    <message>
        <source>&amp;About fieldvisit</source>
        <translation>關於 fieldvisit(&amp;A)</translation>
    </message>
    <message>
        <source>This laptop has joined the hub as %1 (%2).</source>
        <translation>本機已加入中心庫，裝置名 %1（%2）。</translation>
    </message>
    <message>
        <source>This laptop works alone. To sync with the office, join your organisation's hub with the enrolment file and one-time code from the office; everything on this laptop is kept.</source>
        <translation>本機目前單獨使用。要與辦公室同步，請用辦公室給的註冊檔案和一次性驗證碼加入本單位的中心庫；本機已有的資料全部保留。</translation>
    </message>
    <message>
        <source>Set by the office; it arrives with the next sync.</source>
        <translation>由辦公室設定，下次同步時更新。</translation>
    </message>
    <message>
        <source>Saved; syncs to every laptop.</source>
        <translation>已儲存，將同步到所有筆電。</translation>
    </message>
    <message>
        <source>Organisa&amp;tion:</source>
        <translation>發放單位(&amp;T)：</translation>
    </message>
    <message>
        <source>Printed on every receipt as the issuing unit.</source>
        <translation>作為發放單位列印在每張簽收單上。</translation>
    </message>
    <message>
        <source>Save &amp;name</source>
        <translation>儲存名稱(&amp;N)</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>中心庫</translation>
    </message>
    <message>
        <source>&amp;Join a hub…</source>
        <translation>加入中心庫(&amp;J)…</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Signature pad</source>
        <translation>簽名板</translation>
    </message>
    <message>
        <source>Sign here</source>
        <translation>請在此簽名</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>deleted while edited</source>
        <translation>修改時已被刪除</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Resolving conflicts needs the sync module, which is not installed.</source>
        <translation>處理衝突需要同步模組，目前未安裝。</translation>
    </message>
    <message>
        <source>Putting in order what arrived: a first sync, or one after weeks away, takes up to a few minutes here. Please keep the program open.</source>
        <translation>正在整理收到的資料：首次同步或久未同步後，這一步可能需要幾分鐘。請不要關閉程式。</translation>
    </message>
    <message>
        <source>Syncing… you can keep working.</source>
        <translation>正在同步…可以繼續工作。</translation>
    </message>
    <message>
        <source>Stopping after the current batch…</source>
        <translation>目前批次完成後停止…</translation>
    </message>
    <message>
        <source>Putting in order: %p%</source>
        <translation>正在整理收到的資料：%p%</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>上傳</translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation>下載</translation>
    </message>
    <message>
        <source>Export a bundle</source>
        <translation>匯出同步包</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>正在寫入同步包…</translation>
    </message>
    <message>
        <source>Bundle written to %1</source>
        <translation>同步包已寫入 %1</translation>
    </message>
    <message>
        <source>Import a bundle</source>
        <translation>匯入同步包</translation>
    </message>
    <message>
        <source>Reading the bundle…</source>
        <translation>正在讀取同步包…</translation>
    </message>
    <message>
        <source>Bundle imported: %1</source>
        <translation>同步包已匯入：%1</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Hub: %1</source>
        <translation>中心庫：%1</translation>
    </message>
    <message>
        <source>No hub is set up for this laptop yet.</source>
        <translation>本機尚未設定中心庫。</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message>
        <source>Never synced.</source>
        <translation>從未同步。</translation>
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
        <translation>匯出同步包(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import bundle…</source>
        <translation>匯入同步包(&amp;I)…</translation>
    </message>
    <message>
        <source>Needs the sync module, which is not installed.</source>
        <translation>需要同步模組，目前未安裝。</translation>
    </message>
    <message>
        <source>Last result: %1 sent, %2 received, %3 new conflicts, %4 s.</source>
        <translation>上次結果：上傳 %1 筆，下載 %2 筆，新衝突 %3 個，耗時 %4 秒。</translation>
    </message>
    <message>
        <source>Sync stopped on request. What was sent or received is kept; sync again to finish.</source>
        <translation>同步已按要求停止。已上傳或下載的內容都已保留，再同步一次即可完成。</translation>
    </message>
    <message>
        <source>Warning: this laptop's clock seems wrong: %1</source>
        <translation>警告：本機時鐘可能不準：%1</translation>
    </message>
    <message>
        <source>Conflicts to settle: %1</source>
        <translation>待處理的衝突：%1</translation>
    </message>
    <message>
        <source>Receiving the team's data: %v / %m MB</source>
        <translation>正在接收走訪組資料：%v / %m MB</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>慰問對象</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>欄位</translation>
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
        <translation>採用值 A(&amp;A)</translation>
    </message>
    <message>
        <source>Keep value &amp;B</source>
        <translation>採用值 B(&amp;B)</translation>
    </message>
    <message>
        <source>This laptop has joined the hub. Press Sync now to send what it holds.</source>
        <translation>本機已加入中心庫。請點擊「立即同步」傳送本機的資料。</translation>
    </message>
    <message>
        <source>This laptop has not joined a hub yet.</source>
        <translation>本機尚未加入中心庫。</translation>
    </message>
    <message>
        <source>A bundle is signed with the keys this laptop receives when it joins your organisation's hub; the office only accepts bundles it can check. Ask the office for an enrolment file and its one-time code, then press “Join a hub…”. Nothing on this laptop is lost: it goes into the first bundle or sync after joining.</source>
        <translation>同步包要用本機加入中心庫時取得的金鑰簽名，辦公室只接收能夠核驗的同步包。請向辦公室索取註冊檔案和一次性驗證碼，然後點擊「加入中心庫…」。本機已有的資料不會遺失，加入後會隨第一個同步包或第一次同步送出。</translation>
    </message>
    <message>
        <source>&amp;Join a hub…</source>
        <translation>加入中心庫(&amp;J)…</translation>
    </message>
    <message>
        <source>This laptop works alone. Join your organisation's hub with the enrolment file and one-time code from the office (Join a hub…); its data is kept.</source>
        <translation>本機目前單獨使用。請用辦公室給的註冊檔案和一次性驗證碼加入本單位的中心庫（加入中心庫…），本機資料會保留。</translation>
    </message>
</context>
<context>
    <name>UnitImport</name>
    <message>
        <source>Unit name</source>
        <translation>單位名稱</translation>
    </message>
    <message>
        <source>Imported: %1 new units, %2 updated, %3 unchanged. %4 rows not imported.</source>
        <translation>已匯入：新增單位 %1 個，更新 %2 個，無變化 %3 個。未匯入 %4 列。</translation>
    </message>
    <message>
        <source>Importing would add %1 units, update %2 and leave %3 unchanged. %4 rows cannot be imported.</source>
        <translation>匯入後將新增單位 %1 個，更新 %2 個，%3 個無變化。%4 列無法匯入。</translation>
    </message>
    <message>
        <source>Import a unit list</source>
        <translation>匯入單位名單</translation>
    </message>
    <message>
        <source>Choose a unit list</source>
        <translation>選擇單位名單</translation>
    </message>
    <message>
        <source>Unit lists (*.xlsx *.xls *.csv *.txt);;All files (*)</source>
        <translation>單位名單 (*.xlsx *.xls *.csv *.txt);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Reading the unit list…</source>
        <translation>正在讀取單位名單…</translation>
    </message>
    <message>
        <source>Importing the unit list…</source>
        <translation>正在匯入單位名單…</translation>
    </message>
    <message>
        <source>Choose a unit list (.xlsx, .xls or .csv) to see what importing it would do.</source>
        <translation>請選擇單位名單（.xlsx、.xls 或 .csv），先預覽匯入結果。</translation>
    </message>
</context>
<context>
    <name>UnitVisit</name>
    <message>
        <source>Visit to %1</source>
        <translation>走訪 %1</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>活動(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Visitors (经办人):</source>
        <translation>經辦人(&amp;V)：</translation>
    </message>
    <message>
        <source>Ca&amp;sh:</source>
        <translation>慰問金(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Goods:</source>
        <translation>慰問品(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>數量(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;Packages:</source>
        <translation>份數(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Workers reached:</source>
        <translation>惠及職工(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Representative:</source>
        <translation>單位代表(&amp;R)：</translation>
    </message>
    <message>
        <source>P&amp;ost:</source>
        <translation>職務(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>備註(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Reason to go on:</source>
        <translation>繼續的理由(&amp;E)：</translation>
    </message>
    <message>
        <source>needed only when a warning is shown above</source>
        <translation>僅在上方出現提醒時需要填寫</translation>
    </message>
    <message>
        <source>(no goods)</source>
        <translation>（無慰問品）</translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
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
        <source>New unit</source>
        <translation>新增慰問單位</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>型別(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>編碼(&amp;C)：</translation>
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
        <translation>聯絡人(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>電話(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Workers:</source>
        <translation>職工人數(&amp;W)：</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>慰問單位</translation>
    </message>
    <message>
        <source>No unit matches. Check the spelling, or register it with New unit.</source>
        <translation>沒有符合的單位。請檢查輸入，或點“新增單位”登記。</translation>
    </message>
    <message>
        <source>No units yet. Register one with New unit, or import a list with Import unit list.</source>
        <translation>還沒有單位。可點「新增單位」登記，或點「匯入單位名單」批次匯入。</translation>
    </message>
    <message>
        <source>Wish list</source>
        <translation>心願清單</translation>
    </message>
    <message>
        <source>%1 workers</source>
        <translation>職工 %1 人</translation>
    </message>
    <message>
        <source>(voided)</source>
        <translation>（已作廢）</translation>
    </message>
    <message>
        <source>Wish list: %1</source>
        <translation>心願清單：%1</translation>
    </message>
    <message>
        <source>Choose a distribution in the list first.</source>
        <translation>請先在列表中選一條發放紀錄。</translation>
    </message>
    <message>
        <source>Save the unit receipt</source>
        <translation>儲存單位簽收單</translation>
    </message>
    <message>
        <source>unit-receipt</source>
        <translation>單位簽收單</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <source>Choose a wish in the list first.</source>
        <translation>請先在列表中選一項心願。</translation>
    </message>
    <message>
        <source>Write in the box how the wish was resolved.</source>
        <translation>請在輸入框中寫明這項心願是怎樣辦結的。</translation>
    </message>
    <message>
        <source>Units and sites</source>
        <translation>慰問單位和站點</translation>
    </message>
    <message>
        <source>Search by name, pinyin or code</source>
        <translation>按名稱、拼音或編碼查詢</translation>
    </message>
    <message>
        <source>&amp;New unit…</source>
        <translation>新增單位(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Import unit list…</source>
        <translation>匯入單位名單(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Record a visit…</source>
        <translation>登記走訪(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Print unit receipt…</source>
        <translation>列印單位簽收單(&amp;P)…</translation>
    </message>
    <message>
        <source>Distributions</source>
        <translation>集體發放</translation>
    </message>
    <message>
        <source>&amp;Add wish</source>
        <translation>新增心願(&amp;A)</translation>
    </message>
    <message>
        <source>Mark &amp;resolved</source>
        <translation>標記為已辦結(&amp;E)</translation>
    </message>
    <message>
        <source>A new wish, or how the chosen one was resolved</source>
        <translation>新的心願，或所選心願的辦結情況</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>型別</translation>
    </message>
    <message>
        <source>District</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>職工人數</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>慰問金</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>慰問品</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>份數</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>惠及人數</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>簽收單</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>責任人</translation>
    </message>
    <message>
        <source>Wish</source>
        <translation>心願</translation>
    </message>
</context>
<context>
    <name>VisitPage</name>
    <message>
        <source>Discard draft</source>
        <translation>放棄草稿</translation>
    </message>
    <message>
        <source>Discard this unfinished visit?</source>
        <translation>放棄這次未完成的走訪嗎？</translation>
    </message>
    <message>
        <source>reprint requested at the door</source>
        <translation>入戶時要求補打</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>走訪</translation>
    </message>
    <message>
        <source>Find the household you are visiting, or select it in Households and press Ctrl+N.</source>
        <translation>查詢要走訪的慰問對象，或在「慰問對象」中選中後按 Ctrl+N。</translation>
    </message>
    <message>
        <source>&amp;Household:</source>
        <translation>慰問對象(&amp;H)：</translation>
    </message>
    <message>
        <source>name, pinyin, ID or phone digits</source>
        <translation>姓名、拼音、身分證號或電話尾號</translation>
    </message>
    <message>
        <source>&amp;Start visit</source>
        <translation>開始走訪(&amp;S)</translation>
    </message>
    <message>
        <source>Unfinished visits</source>
        <translation>未完成的走訪</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>慰問對象</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>最後修改</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>繼續(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>放棄(&amp;D)</translation>
    </message>
    <message>
        <source>Today's visits from this laptop</source>
        <translation>本機今日走訪</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>慰問金</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>簽收單</translation>
    </message>
    <message>
        <source>Show re&amp;ceipt…</source>
        <translation>檢視簽收單(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>VisitWizard</name>
    <message>
        <source>Health</source>
        <translation>健康狀況</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>住房情況</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>收入情況</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>就業情況</translation>
    </message>
    <message>
        <source>Children's schooling</source>
        <translation>子女就學</translation>
    </message>
    <message>
        <source>Care of the elderly</source>
        <translation>老人照護</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>家庭情況</translation>
    </message>
    <message>
        <source>How is the family doing? Tick what you checked and write what you saw.</source>
        <translation>家庭情況如何？勾選已瞭解的項目，並記錄所見。</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>活動(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Visitors:</source>
        <translation>走訪人員(&amp;V)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>備註(&amp;O)：</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>瞭解事項</translation>
    </message>
    <message>
        <source>what you saw</source>
        <translation>所見情況</translation>
    </message>
    <message>
        <source>Choose photos</source>
        <translation>選擇照片</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp *.bmp)</source>
        <translation>圖片 (*.jpg *.jpeg *.png *.webp *.bmp)</translation>
    </message>
    <message>
        <source>Camera folder</source>
        <translation>相機資料夾</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Optional. Photos are shrunk and kept inside the encrypted database.</source>
        <translation>可選。照片會縮小後儲存在加密資料庫中。</translation>
    </message>
    <message>
        <source>&amp;Add photos…</source>
        <translation>新增照片(&amp;A)…</translation>
    </message>
    <message>
        <source>From &amp;camera folder…</source>
        <translation>從相機資料夾(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Total handed over: %1 (cash %2, goods %3)</source>
        <translation>發放合計：%1（慰問金 %2，慰問品 %3）</translation>
    </message>
    <message>
        <source>Money and goods</source>
        <translation>慰問金和慰問品</translation>
    </message>
    <message>
        <source>The amount is the campaign's standard for this household's category; change it if needed.</source>
        <translation>金額已按本活動對該困難類別的慰問標準填好，如有需要可修改。</translation>
    </message>
    <message>
        <source>&amp;Cash (yuan):</source>
        <translation>慰問金（元）(&amp;C)：</translation>
    </message>
    <message>
        <source>Goods from the campaign catalogue</source>
        <translation>本活動的慰問品</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>Unit value</source>
        <translation>單價</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>數量</translation>
    </message>
    <message>
        <source>Standard: %1</source>
        <translation>慰問標準：%1</translation>
    </message>
    <message>
        <source>cap: %1</source>
        <translation>上限：%1</translation>
    </message>
    <message>
        <source>Need %1: describe what the family needs.</source>
        <translation>第 %1 項需求：請寫明家庭的需求。</translation>
    </message>
    <message>
        <source>Needs found</source>
        <translation>需求登記</translation>
    </message>
    <message>
        <source>What does the family still need? The office follows each need to the end.</source>
        <translation>家庭還有哪些需求？辦公室會逐項跟進直到辦結。</translation>
    </message>
    <message>
        <source>&amp;Add a need</source>
        <translation>新增需求(&amp;A)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>責任人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>What is needed</source>
        <translation>需求內容</translation>
    </message>
    <message>
        <source>Recipient and signature</source>
        <translation>領取人和簽名</translation>
    </message>
    <message>
        <source>Who received the money or goods, and how they confirmed it.</source>
        <translation>由誰領取慰問金或慰問品，以及如何確認。</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>領取人(&amp;R)：</translation>
    </message>
    <message>
        <source>Collected by a &amp;proxy</source>
        <translation>由他人代領(&amp;P)</translation>
    </message>
    <message>
        <source>Pro&amp;xy name:</source>
        <translation>代領人(&amp;X)：</translation>
    </message>
    <message>
        <source>Relati&amp;on:</source>
        <translation>關係(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Witness:</source>
        <translation>見證人(&amp;W)：</translation>
    </message>
    <message>
        <source>Confirmed by:</source>
        <translation>確認方式：</translation>
    </message>
    <message>
        <source>&amp;Signature</source>
        <translation>簽名(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Fingerprint on paper</source>
        <translation>紙上按手印(&amp;F)</translation>
    </message>
    <message>
        <source>Recipient &amp;absent</source>
        <translation>本人不在場(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Undo stroke</source>
        <translation>復原一筆(&amp;U)</translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation>重做(&amp;D)</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>清除(&amp;L)</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>核對</translation>
    </message>
    <message>
        <source>Check everything with the family, then save. Saving takes the receipt number.</source>
        <translation>請與家庭一起核對，然後儲存。儲存時將佔用簽收單編號。</translation>
    </message>
    <message>
        <source>&amp;Save visit</source>
        <translation>儲存走訪(&amp;S)</translation>
    </message>
    <message>
        <source>Saving the visit…</source>
        <translation>正在儲存走訪…</translation>
    </message>
    <message>
        <source>Leave this visit?</source>
        <translation>離開這次走訪？</translation>
    </message>
    <message>
        <source>The visit is not saved yet. Keep it as a draft to finish later, or discard it?</source>
        <translation>走訪尚未儲存。保留為草稿稍後完成，還是放棄？</translation>
    </message>
    <message>
        <source>&amp;Keep draft and leave</source>
        <translation>保留草稿並離開(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>放棄(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Continue the visit</source>
        <translation>繼續走訪(&amp;C)</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>慰問對象</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>走訪人員</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>慰問金</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>慰問品</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>collected by %1 (%2)</source>
        <translation>由 %1（%2）代領</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>領取人</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>簽名</translation>
    </message>
    <message>
        <source>Fingerprint on paper</source>
        <translation>紙上按手印</translation>
    </message>
    <message>
        <source>Recipient absent</source>
        <translation>本人不在場</translation>
    </message>
    <message>
        <source>Confirmed by</source>
        <translation>確認方式</translation>
    </message>
    <message>
        <source>Visit: %1</source>
        <translation>走訪：%1</translation>
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
        <translation>請核對上面的提示；如需繼續發放，請填寫原因。</translation>
    </message>
    <message>
        <source>&amp;Reason to go on:</source>
        <translation>繼續發放的原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Goods value</source>
        <translation>慰問品價值</translation>
    </message>
    <message>
        <source>Total (cash and goods)</source>
        <translation>合計（現金和物品）</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Reason to go on</source>
        <translation>繼續發放的原因</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>見證人</translation>
    </message>
</context>
</TS>