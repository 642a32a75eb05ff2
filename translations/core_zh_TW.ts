<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_TW">
<context>
    <name>Audit</name>
    <message>
        <source>No such record: %1</source>
        <translation>沒有這筆紀錄：%1</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>The backup folder %1 already exists.</source>
        <translation>備份資料夾 %1 已存在。</translation>
    </message>
    <message>
        <source>Cannot write to %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>The backup copy is incomplete; try again.</source>
        <translation>備份副本不完整，請重試。</translation>
    </message>
    <message>
        <source>The backup would not be encrypted; it was removed.</source>
        <translation>備份副本未加密，已刪除。</translation>
    </message>
</context>
<context>
    <name>Busy</name>
    <message>
        <source>The replica is busy with a long task in another program (a demo or a sync putting the records in order). Nothing was changed: try again in a few minutes.</source>
        <translation>本機庫正被另一個程式用於一項耗時較長的工作（示範資料或同步正在整理紀錄）。沒有做任何變更，請過幾分鐘再試。</translation>
    </message>
    <message>
        <source>The laptop is still busy with a long task (a sync putting in order what it received). Nothing was saved: try again in a minute.</source>
        <translation>電腦仍在處理一項耗時較長的工作（同步正在整理收到的資料）。本次沒有儲存任何內容，請過一分鐘再試。</translation>
    </message>
</context>
<context>
    <name>Campaigns</name>
    <message>
        <source>the campaign ends before it starts</source>
        <translation>活動結束日期早於開始日期</translation>
    </message>
    <message>
        <source>No such campaign: %1</source>
        <translation>找不到活動：%1</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <source>The household search index is damaged: %1</source>
        <translation>慰問對象檢索索引已損壞：%1</translation>
    </message>
    <message>
        <source>Device %1 has gaps in its operation sequence (%2 operations, highest %3).</source>
        <translation>裝置 %1 的操作序號不連續（共 %2 筆操作，最大序號 %3）。</translation>
    </message>
    <message>
        <source>%1 reversal(s) point at no payment.</source>
        <translation>%1 筆沖正紀錄找不到對應的發放。</translation>
    </message>
    <message>
        <source>%1 payment(s) reversed more than once.</source>
        <translation>%1 筆發放被沖正了不止一次。</translation>
    </message>
    <message>
        <source>Receipt numbers used twice: %1</source>
        <translation>簽收單號重複使用：%1</translation>
    </message>
    <message>
        <source>%1 %2 refer to a household this replica does not hold.</source>
        <translation>%1 筆%2記錄所指的慰問對象不在本機庫中。</translation>
    </message>
    <message>
        <source>Operation %1 (%2/%3) written by %4, sent by %5 (%6), was refused: %7</source>
        <translation>操作 %1（%2/%3）由 %4 寫入、經 %5（%6）送達，已被拒收：%7</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>The running totals in %1 differ from the ledger in %2 place(s).</source>
        <translation>%1 中的累計數與台帳有 %2 處不一致。</translation>
    </message>
    <message>
        <source>%1 %2 differs from its operations in: %3</source>
        <translation>%1 %2 與其操作紀錄不一致，欄位：%3</translation>
    </message>
    <message>
        <source>The replica file is damaged: %1</source>
        <translation>本機資料庫檔案已損毀：%1</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Offline field visits: households, visits, payments, receipts and sync.</source>
        <translation>離線走訪：慰問對象、走訪、發放、簽收單與同步。</translation>
    </message>
    <message>
        <source>folder of the local replica (default: FIELDVISIT_DATA_DIR or the user data folder)</source>
        <translation>本機庫所在資料夾（預設：FIELDVISIT_DATA_DIR 或使用者資料夾）</translation>
    </message>
    <message>
        <source>language of messages</source>
        <translation>提示資訊的語言</translation>
    </message>
    <message>
        <source>fieldvisit: interrupted</source>
        <translation>fieldvisit：已中斷</translation>
    </message>
    <message>
        <source>create this laptop's encrypted replica</source>
        <translation>為本機建立加密的本機庫</translation>
    </message>
    <message>
        <source>this laptop's name, e.g. HZ03</source>
        <translation>本機名稱，例如 HZ03</translation>
    </message>
    <message>
        <source>the visiting team this laptop belongs to</source>
        <translation>本機所屬的走訪組</translation>
    </message>
    <message>
        <source>issuing unit printed on receipts</source>
        <translation>簽收單上列印的發放單位</translation>
    </message>
    <message>
        <source>an office replica (all teams)</source>
        <translation>辦公室用本機庫（包含所有走訪組）</translation>
    </message>
    <message>
        <source>fill the replica with invented demo data</source>
        <translation>向本機庫填入虛構的示範資料</translation>
    </message>
    <message>
        <source>find households by name, pinyin, ID digits, phone</source>
        <translation>按姓名、拼音、身分證號尾號、電話查詢慰問對象</translation>
    </message>
    <message>
        <source>check database integrity and domain invariants</source>
        <translation>檢查資料庫完整性和業務資料一致性</translation>
    </message>
    <message>
        <source>import data from a file</source>
        <translation>從檔案匯入資料</translation>
    </message>
    <message>
        <source>import a register of households (.xlsx, .xls or .csv)</source>
        <translation>匯入慰問對象花名冊（.xlsx、.xls 或 .csv）</translation>
    </message>
    <message>
        <source>export households, visits, payments or needs</source>
        <translation>匯出慰問對象、走訪、發放或需求</translation>
    </message>
    <message>
        <source>an .xlsx or .csv file</source>
        <translation>.xlsx 或 .csv 檔案</translation>
    </message>
    <message>
        <source>write full ID numbers (otherwise masked)</source>
        <translation>匯出完整身分證號（預設打碼）</translation>
    </message>
    <message>
        <source>Created an encrypted replica in %1 (unlocked by %2).</source>
        <translation>已在 %1 建立加密的本機庫（解鎖方式：%2）。</translation>
    </message>
    <message>
        <source>--households must be between 0 and 1000000</source>
        <translation>--households 須在 0 到 1000000 之間</translation>
    </message>
    <message>
        <source>putting the records in order, a few minutes at most…</source>
        <translation>正在整理資料，最多幾分鐘……</translation>
    </message>
    <message>
        <source>Demo data: %1 households, %2 visits, %3 payments, %4 needs in %5 s.</source>
        <translation>示範資料：%1 戶慰問對象、%2 次走訪、%3 筆發放、%4 筆需求，耗時 %5 秒。</translation>
    </message>
    <message>
        <source>No household found.</source>
        <translation>沒有找到慰問對象。</translation>
    </message>
    <message>
        <source>All checks passed.</source>
        <translation>全部檢查透過。</translation>
    </message>
    <message>
        <source>%1: %2 rows, %3 imported (%4 new, %5 updated, %6 unchanged); %7 invalid ID numbers, %8 duplicate ID numbers, %9 without a name.</source>
        <translation>%1：共 %2 行，匯入 %3 行（新增 %4，更新 %5，無變化 %6）；身分證號無效 %7 行，身分證號重複 %8 行，缺少姓名 %9 行。</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2.</source>
        <translation>已匯出 %1 行到 %2。</translation>
    </message>
    <message>
        <source>check the file and say what would change, without changing it</source>
        <translation>檢查檔案並說明將會有哪些變化，但不做任何修改</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>試執行：未做任何修改。</translation>
    </message>
    <message>
        <source>Family members: %1 read, %2 added.</source>
        <translation>家庭成員：讀取 %1 人，新增 %2 人。</translation>
    </message>
    <message>
        <source>find needs and move them on</source>
        <translation>查找需求並推進辦理</translation>
    </message>
    <message>
        <source>needs matching the filters, soonest due first</source>
        <translation>符合篩選條件的需求，最先到期的在前</translation>
    </message>
    <message>
        <source>text or household name</source>
        <translation>文字或戶主姓名</translation>
    </message>
    <message>
        <source>owner (empty: needs without an owner)</source>
        <translation>負責人（留空：沒有負責人的需求）</translation>
    </message>
    <message>
        <source>campaign name or id</source>
        <translation>活動名稱或編號</translation>
    </message>
    <message>
        <source>move a need on; settling or reopening needs a note</source>
        <translation>推進一條需求；辦結或重新開啟須寫備註</translation>
    </message>
    <message>
        <source>what was done, or why it is reopened</source>
        <translation>辦理情況，或重新開啟的原因</translation>
    </message>
    <message>
        <source>No needs found.</source>
        <translation>沒有找到需求。</translation>
    </message>
    <message>
        <source>Need updated.</source>
        <translation>需求已更新。</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>位置參數</translation>
    </message>
    <message>
        <source>options</source>
        <translation>選項</translation>
    </message>
    <message>
        <source>show this help and exit</source>
        <translation>顯示本說明後結束</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>顯示版本後結束</translation>
    </message>
    <message>
        <source>how many households</source>
        <translation>產生多少戶</translation>
    </message>
    <message>
        <source>same seed, same invented data</source>
        <translation>隨機種子：相同種子產生相同的虛構資料</translation>
    </message>
    <message>
        <source>name, pinyin, initials or last digits</source>
        <translation>姓名、拼音、拼音首字母或號碼末幾碼</translation>
    </message>
    <message>
        <source>show at most this many</source>
        <translation>最多顯示幾筆</translation>
    </message>
    <message>
        <source>the register file</source>
        <translation>名冊檔案</translation>
    </message>
    <message>
        <source>what to export</source>
        <translation>匯出哪類資料</translation>
    </message>
    <message>
        <source>the system keyring</source>
        <translation>系統金鑰環</translation>
    </message>
    <message>
        <source>password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>machine-readable output (JSON)</source>
        <translation>以 JSON 格式輸出，供程式讀取</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>選項不明確：%(option)s 可能是 %(matches)s</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>參數 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>至少需要一個值</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>最多只能有一個值</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>需要一個值</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>忽略了多餘的值 %r</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>無效的值：%(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>無效的選擇：%(value)r（可選：%(choices)s）</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>不能與參數 %s 同時使用</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>參數 %s 必須給出其中一個</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>缺少必要的參數：%s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>無法辨識的參數：%s</translation>
    </message>
    <message>
        <source>which needs by their state (default: active)</source>
        <translation>按辦理狀態篩選需求（預設：active，未辦結的）</translation>
    </message>
    <message>
        <source>which needs by their due date (default: any)</source>
        <translation>按期限篩選需求（預設：any，不限）</translation>
    </message>
    <message>
        <source>id of the need</source>
        <translation>需求的編號</translation>
    </message>
    <message>
        <source>the state it moves to</source>
        <translation>要轉入的狀態</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>This laptop is enrolled for a team and has no campaign yet: campaigns come from the office. Sync with the hub (or import the office's bundle) first.</source>
        <translation>本機已註冊到走訪組，但還沒有活動：活動由辦公室建立。請先與中心庫同步（或匯入辦公室的同步包）。</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Unknown export: %1</source>
        <translation>不支援的匯出型別：%1</translation>
    </message>
    <message>
        <source>Export to a file ending in .xlsx or .csv, not %1.</source>
        <translation>請匯出為 .xlsx 或 .csv 檔案，而不是 %1。</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
</context>
<context>
    <name>Households</name>
    <message>
        <source>must be between 1 and 49</source>
        <translation>須在 1 到 49 之間</translation>
    </message>
    <message>
        <source>This household is archived; restore it before editing.</source>
        <translation>該慰問對象已歸檔，請先恢復再修改。</translation>
    </message>
    <message>
        <source>The field %1 cannot be edited.</source>
        <translation>欄位 %1 不能修改。</translation>
    </message>
    <message>
        <source>A merged household cannot be restored; its records now belong to the household it was merged into.</source>
        <translation>已合併的慰問對象不能恢復：其記錄已歸入合併後保留的慰問對象。</translation>
    </message>
    <message>
        <source>A household cannot be merged into itself.</source>
        <translation>不能把慰問對象合併到其自身。</translation>
    </message>
    <message>
        <source>The household to keep is archived.</source>
        <translation>要保留的慰問對象已歸檔。</translation>
    </message>
    <message>
        <source>That household is already archived or merged.</source>
        <translation>該慰問對象已歸檔或已被合併。</translation>
    </message>
    <message>
        <source>No such household: %1</source>
        <translation>找不到慰問對象：%1</translation>
    </message>
    <message>
        <source>The two households have different ID numbers; say why they are one family.</source>
        <translation>兩戶的身分證號不同；請說明為何是同一家庭。</translation>
    </message>
    <message>
        <source>This household is not merged.</source>
        <translation>該戶未被合併。</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>No register header found in %1: the first rows must name columns such as 姓名 and 身份证号.</source>
        <translation>在 %1 中找不到花名冊表頭：前幾行須有“姓名”“身分證號”等列名。</translation>
    </message>
    <message>
        <source>is not a number of people</source>
        <translation>不是有效的人數</translation>
    </message>
    <message>
        <source>%1 row %2, %3: %4</source>
        <translation>%1 第 %2 行，%3：%4</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>檔案 %1 不存在。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>無法讀取檔案 %1：%2</translation>
    </message>
    <message>
        <source>The file %1 is empty.</source>
        <translation>檔案 %1 是空的。</translation>
    </message>
    <message>
        <source>The workbook %1 is protected by a password. Open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook) and save it again.</source>
        <translation>工作簿 %1 設有開啟密碼。請在 Excel 中開啟，取消密碼（檔案 &gt; 資訊 &gt; 保護工作簿）後重新儲存。</translation>
    </message>
    <message>
        <source>The file %1 is not an Excel workbook, although its name says so.</source>
        <translation>檔案 %1 的副檔名是 Excel，但內容並不是 Excel 工作簿。</translation>
    </message>
    <message>
        <source>The workbook %1 is damaged and cannot be read.</source>
        <translation>工作簿 %1 已損壞，無法讀取。</translation>
    </message>
    <message>
        <source>The file %1 is neither an Excel workbook nor a CSV text file.</source>
        <translation>檔案 %1 既不是 Excel 工作簿，也不是 CSV 文字檔案。</translation>
    </message>
    <message>
        <source>stored as a number, the last digits are lost — retype it as text</source>
        <translation>以數字形式儲存，末幾位已遺失——請以文字格式重新輸入</translation>
    </message>
    <message>
        <source>holds the Excel error %1, not a value</source>
        <translation>是 Excel 錯誤值 %1，不是有效資料</translation>
    </message>
    <message>
        <source>cannot be read as a value</source>
        <translation>無法識別為有效值</translation>
    </message>
    <message>
        <source>family member: %1</source>
        <translation>家庭成員：%1</translation>
    </message>
    <message>
        <source>a family member row with no household above it</source>
        <translation>家庭成員列上方沒有對應的戶主</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <source>sheet %1 row %2</source>
        <translation>工作表「%1」第 %2 列</translation>
    </message>
    <message>
        <source>repeats the ID number of %1 with another name</source>
        <translation>與%1的身分證號相同，但姓名不同</translation>
    </message>
    <message>
        <source>the same household as %1; imported once</source>
        <translation>與%1是同一戶，只匯入一次</translation>
    </message>
    <message>
        <source>the same household as %1 with other details; the first is imported</source>
        <translation>與%1是同一戶但資料不一致，按先出現的一列匯入</translation>
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
        <source>Sheet %1: %2 (%3)</source>
        <translation>工作表「%1」：%2（%3）</translation>
    </message>
    <message>
        <source>, %1 rows</source>
        <translation>，%1 列</translation>
    </message>
    <message>
        <source>Rows to fix</source>
        <translation>待修改的列</translation>
    </message>
    <message>
        <source>%1 row %2</source>
        <translation>%1 第 %2 列</translation>
    </message>
    <message>
        <source>holds a register</source>
        <translation>含花名冊</translation>
    </message>
    <message>
        <source>a summary or statistics sheet, not a register</source>
        <translation>彙總或統計表，不是花名冊</translation>
    </message>
    <message>
        <source>a summary sheet, read because no other sheet holds a register</source>
        <translation>彙總表；因其他工作表都沒有花名冊，故讀取此表</translation>
    </message>
    <message>
        <source>hidden in the workbook</source>
        <translation>活頁簿中的隱藏工作表</translation>
    </message>
    <message>
        <source>no register header (姓名, 身份证号 …) in its first rows</source>
        <translation>前幾列中沒有花名冊表頭（姓名、身分證號……）</translation>
    </message>
</context>
<context>
    <name>Migrate</name>
    <message>
        <source>This replica was written by a newer version of fieldvisit (schema %1, this program knows %2). Install the newer version to open it.</source>
        <translation>本機庫由更新版本的 fieldvisit 寫入（結構版本 %1，本程式只支援到 %2）。請安裝新版本後再開啟。</translation>
    </message>
</context>
<context>
    <name>Needs</name>
    <message>
        <source>is required</source>
        <translation>為必填項</translation>
    </message>
    <message>
        <source>No such need: %1</source>
        <translation>找不到需求：%1</translation>
    </message>
    <message>
        <source>A need cannot go from %1 to %2.</source>
        <translation>需求不能從“%1”改為“%2”。</translation>
    </message>
    <message>
        <source>Only a resolved or closed need can be reopened.</source>
        <translation>只有已辦結或已關閉的需求才能重新開啟。</translation>
    </message>
    <message>
        <source>say why the need is reopened</source>
        <translation>請說明重新開啟需求的原因</translation>
    </message>
    <message>
        <source>say how the need was settled</source>
        <translation>請寫明是如何辦結的</translation>
    </message>
    <message>
        <source>Unknown status: %1</source>
        <translation>未知的狀態：%1</translation>
    </message>
    <message>
        <source>Unknown due filter: %1</source>
        <translation>未知的期限篩選：%1</translation>
    </message>
</context>
<context>
    <name>Organisation</name>
    <message>
        <source>Only an office device can change the organisation name printed on receipts.</source>
        <translation>只有辦公室裝置才能修改簽收單上列印的單位名稱。</translation>
    </message>
</context>
<context>
    <name>PaperVisits</name>
    <message>
        <source>No household with id, ID number or register number %1.</source>
        <translation>找不到編號、身分證號或建檔立卡編號為 %1 的慰問對象。</translation>
    </message>
    <message>
        <source>write goods as ITEM:QUANTITY or ITEM:QUANTITY:UNIT_VALUE: %1</source>
        <translation>慰問品請寫成 物品:數量 或 物品:數量:單價：%1</translation>
    </message>
    <message>
        <source>%1 is not in the campaign's catalogue; give its unit value</source>
        <translation>%1 不在本活動的物資目錄中，請寫明單價</translation>
    </message>
    <message>
        <source>say how receipt was confirmed: signed, fingerprint or absent</source>
        <translation>請說明簽收方式：signed（簽名）、fingerprint（按手印）或 absent（本人不在場）</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>%1 lacks the columns: %2</source>
        <translation>%1 缺少以下欄位：%2</translation>
    </message>
</context>
<context>
    <name>Payments</name>
    <message>
        <source>must be at least 1</source>
        <translation>至少為 1</translation>
    </message>
    <message>
        <source>is implausibly large</source>
        <translation>數值大得不合常理</translation>
    </message>
    <message>
        <source>a payment needs cash or at least one goods line</source>
        <translation>發放須有慰問金或至少一項慰問品</translation>
    </message>
    <message>
        <source>must be signature, fingerprint or absent</source>
        <translation>須為簽字、按手印或未簽</translation>
    </message>
    <message>
        <source>say how the proxy collector is related</source>
        <translation>請填寫代領人與受助人的關係</translation>
    </message>
    <message>
        <source>No such payment: %1</source>
        <translation>找不到發放紀錄：%1</translation>
    </message>
    <message>
        <source>A reversal cannot itself be voided.</source>
        <translation>沖正紀錄本身不能再作廢。</translation>
    </message>
    <message>
        <source>This payment is already voided.</source>
        <translation>該筆發放已作廢。</translation>
    </message>
    <message>
        <source>Receipt number %1 is on several payments; give the payment id.</source>
        <translation>簽收單號 %1 對應多筆發放，請改用發放編號。</translation>
    </message>
    <message>
        <source>No payment with id or receipt number %1.</source>
        <translation>找不到編號或簽收單號為 %1 的發放。</translation>
    </message>
</context>
<context>
    <name>Photos</name>
    <message>
        <source>is not an image fieldvisit can read</source>
        <translation>不是 fieldvisit 能讀取的圖片</translation>
    </message>
</context>
<context>
    <name>Replica</name>
    <message>
        <source>The replica's description file is missing or damaged.</source>
        <translation>本機庫的說明檔案丟失或已損壞。</translation>
    </message>
    <message>
        <source>A device name is required.</source>
        <translation>必須填寫裝置名稱。</translation>
    </message>
    <message>
        <source>A team name is required.</source>
        <translation>必須填寫走訪組名稱。</translation>
    </message>
    <message>
        <source>A replica already exists in %1.</source>
        <translation>%1 中已有本機庫。</translation>
    </message>
    <message>
        <source>No replica in %1. Run 'fieldvisit init' first.</source>
        <translation>%1 中沒有本機庫。請先執行“fieldvisit init”。</translation>
    </message>
    <message>
        <source>This replica is protected by a passphrase. Enter it (or set FIELDVISIT_PASSPHRASE for unattended use).</source>
        <translation>本機庫受密碼保護。請輸入密碼（無人值守時可設定 FIELDVISIT_PASSPHRASE）。</translation>
    </message>
    <message>
        <source>Wrong passphrase: the replica could not be unlocked.</source>
        <translation>密碼錯誤：無法解鎖本機庫。</translation>
    </message>
    <message>
        <source>The replica could not be unlocked with the key in the keyring, or the file is damaged.</source>
        <translation>無法用金鑰環中的金鑰解鎖本機庫，或檔案已損壞。</translation>
    </message>
    <message>
        <source>No usable system keyring: %1 Choose a passphrase (or set FIELDVISIT_PASSPHRASE for unattended use).</source>
        <translation>無法使用系統金鑰環：%1 請設定一個密碼（無人值守時可設定 FIELDVISIT_PASSPHRASE）。</translation>
    </message>
    <message>
        <source>The replica file %1 is damaged. Nothing was changed. Restore the data folder from a backup, or ask the office for a new enrolment; what was already synced is safe on the hub.</source>
        <translation>本機資料庫檔案 %1 已損毀，未做任何變更。請從備份還原資料夾，或向辦公室申請重新註冊；已同步的資料在中心資料庫中安全無損。</translation>
    </message>
    <message>
        <source>The replica file %1 is missing, but this folder holds a replica (replica.json). Restore replica.db from a backup; a new replica is not made over it.</source>
        <translation>本機資料庫檔案 %1 不見了，但此資料夾中有本機資料庫（replica.json）。請從備份還原 replica.db；不會在此新增本機資料庫覆蓋它。</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>檔案是空的</translation>
    </message>
    <message>
        <source>the file was cut short</source>
        <translation>檔案被截斷</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>The system keyring could not be read: %1</source>
        <translation>無法讀取系統金鑰環：%1</translation>
    </message>
    <message>
        <source>The key for this replica is not in the system keyring. Restore it from a backup or enrol the laptop again.</source>
        <translation>系統金鑰環中沒有本機庫的金鑰。請從備份恢復，或重新註冊本機。</translation>
    </message>
    <message>
        <source>The system keyring is switched off (FIELDVISIT_NO_KEYRING).</source>
        <translation>系統金鑰環已關閉（FIELDVISIT_NO_KEYRING）。</translation>
    </message>
    <message>
        <source>No system keyring is installed.</source>
        <translation>本機沒有安裝系統金鑰環。</translation>
    </message>
    <message>
        <source>The keyring backend %1 keeps secrets in a plain or weakly protected file, so fieldvisit does not use it.</source>
        <translation>金鑰環後端 %1 把金鑰儲存在明文或保護很弱的檔案裡，因此本系統不使用它。</translation>
    </message>
    <message>
        <source>The system keyring does not answer: %1</source>
        <translation>系統金鑰環沒有回應：%1</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>ID number</source>
        <translation>身分證號</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>聯絡電話</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>慰問金</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Monthly income</source>
        <translation>月收入</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>數量</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>為必填項</translation>
    </message>
    <message>
        <source>must be 18 characters: 17 digits and a digit or X</source>
        <translation>須為 18 位：17 位數字加 1 位數字或 X</translation>
    </message>
    <message>
        <source>contains an impossible birth date</source>
        <translation>中的出生日期不存在</translation>
    </message>
    <message>
        <source>contains a birth date in the future</source>
        <translation>中的出生日期晚於今天</translation>
    </message>
    <message>
        <source>has a wrong check character (the last character)</source>
        <translation>校驗碼（最後一位）不正確</translation>
    </message>
    <message>
        <source>is not a mainland mobile (11 digits) or a landline with area code</source>
        <translation>不是大陸手機號（11 位）或帶區號的固定電話</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>不是數字</translation>
    </message>
    <message>
        <source>has more than two decimal places</source>
        <translation>小數超過兩位</translation>
    </message>
    <message>
        <source>cannot be negative</source>
        <translation>不能為負數</translation>
    </message>
    <message>
        <source>is larger than any amount a receipt can carry</source>
        <translation>超出簽收單可記載的最大金額</translation>
    </message>
    <message>
        <source>is above the campaign's cap of %1 yuan; give a reason to override</source>
        <translation>超過本次活動 %1 元的上限；如確需超出，請填寫原因</translation>
    </message>
    <message>
        <source>is not a date (write it as 2025-01-31)</source>
        <translation>不是有效日期（請寫成 2025-01-31）</translation>
    </message>
    <message>
        <source>is in the future</source>
        <translation>晚於今天</translation>
    </message>
    <message>
        <source>is too long (at most %1 characters)</source>
        <translation>太長（最多 %1 個字）</translation>
    </message>
</context>
<context>
    <name>VisitChecks</name>
    <message>
        <source>Already paid in this campaign: %1, cash %2 and goods %3, receipt %4, by %5.</source>
        <translation>本活動中已發放過：%1，現金 %2，慰問品 %3，簽收單號 %4，經辦：%5。</translation>
    </message>
    <message>
        <source>Cash %1 is above the campaign's standard of %2 for %3.</source>
        <translation>現金 %1 高於本活動對「%3」的慰問標準 %2。</translation>
    </message>
    <message>
        <source>this household</source>
        <translation>本戶</translation>
    </message>
    <message>
        <source>Cash %1 is above the campaign's cap of %2.</source>
        <translation>現金 %1 超過本活動的上限 %2。</translation>
    </message>
    <message>
        <source>The date %1 is outside the campaign period %2 to %3.</source>
        <translation>日期 %1 不在活動期間（%2 至 %3）內。</translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation>日期 %1 晚於今天，不能預先登記。</translation>
    </message>
    <message>
        <source>Name at least one visitor (the person handing over).</source>
        <translation>請至少填寫一名經辦人（走訪人員）。</translation>
    </message>
    <message>
        <source>Ask the recipient to sign, or choose fingerprint or absent.</source>
        <translation>請受助人簽名，或選擇按手印、本人不在場。</translation>
    </message>
    <message>
        <source>Give the proxy collector's name and how they are related.</source>
        <translation>請填寫代領人姓名及與受助人的關係。</translation>
    </message>
    <message>
        <source>The recipient is absent: name a proxy collector (name and relation) or a witness.</source>
        <translation>本人不在場：請填寫代領人（姓名和關係）或見證人。</translation>
    </message>
    <message>
        <source>Give a reason to go on.</source>
        <translation>如需繼續，請填寫原因。</translation>
    </message>
</context>
<context>
    <name>VisitCli</name>
    <message>
        <source>record visits from paper forms</source>
        <translation>根據紙本表格補錄走訪</translation>
    </message>
    <message>
        <source>record a visit afterwards (补录), or many from a CSV file</source>
        <translation>補錄一次走訪，或從 CSV 檔案批次補錄</translation>
    </message>
    <message>
        <source>Record a visit from a paper form with the same checks as the visit wizard. A warning (paid before in this campaign, above the standard or cap, outside the campaign period) needs --reason; a future date is refused.</source>
        <translation>按紙本表格補錄走訪，檢查規則與走訪精靈相同。出現提示（本活動中已發放過、超過標準或上限、不在活動期間）時需用 --reason 說明原因；不能填寫未來的日期。</translation>
    </message>
    <message>
        <source>the household: its ID number, register number or record id</source>
        <translation>慰問對象：身分證號、建檔立卡編號或記錄編號</translation>
    </message>
    <message>
        <source>or a unit (its name or code): a group distribution, with --reached and --representative</source>
        <translation>或填單位（名稱或代碼）：向單位集體發放，須同時填寫 --reached 和 --representative</translation>
    </message>
    <message>
        <source>with --unit: the number of workers reached</source>
        <translation>與 --unit 同用：慰問到的職工人數</translation>
    </message>
    <message>
        <source>with --unit: the number of packages handed over</source>
        <translation>與 --unit 同用：發放的慰問品份數</translation>
    </message>
    <message>
        <source>with --unit: the unit's representative who signs</source>
        <translation>與 --unit 同用：代表單位簽收的人</translation>
    </message>
    <message>
        <source>with --unit: the representative's post</source>
        <translation>與 --unit 同用：簽收代表的職務</translation>
    </message>
    <message>
        <source>campaign name or id</source>
        <translation>活動名稱或編號</translation>
    </message>
    <message>
        <source>default: today</source>
        <translation>預設：今天</translation>
    </message>
    <message>
        <source>cash in yuan</source>
        <translation>慰問金（元）</translation>
    </message>
    <message>
        <source>goods handed over; VALUE is the unit value in yuan (default: catalogue)</source>
        <translation>發放的慰問品；VALUE 為單價（元，預設取物資目錄）</translation>
    </message>
    <message>
        <source>a visitor who handed it over (经办人); repeat for each</source>
        <translation>經辦人（走訪人員），每人寫一次</translation>
    </message>
    <message>
        <source>the recipient signed the paper form</source>
        <translation>受助人在紙本表格上簽了名</translation>
    </message>
    <message>
        <source>the recipient pressed a fingerprint</source>
        <translation>受助人按了手印</translation>
    </message>
    <message>
        <source>the recipient was absent (needs --proxy or --witness)</source>
        <translation>本人不在場（需要 --proxy 代領人或 --witness 見證人）</translation>
    </message>
    <message>
        <source>proxy collector</source>
        <translation>代領人</translation>
    </message>
    <message>
        <source>the proxy's relation</source>
        <translation>代領人與受助人的關係</translation>
    </message>
    <message>
        <source>witness</source>
        <translation>見證人</translation>
    </message>
    <message>
        <source>why to go on despite a warning (kept on the payment)</source>
        <translation>出現提示仍繼續發放的原因（記錄在發放上）</translation>
    </message>
    <message>
        <source>visit notes</source>
        <translation>走訪備註</translation>
    </message>
    <message>
        <source>visit record needs %1 (or --from FILE)</source>
        <translation>visit record 需要 %1（或 --from 檔案）</translation>
    </message>
    <message>
        <source>--unit records one unit's visit: no --household or --from.</source>
        <translation>--unit 只登記一個單位的走訪，不能同時使用 --household 或 --from。</translation>
    </message>
    <message>
        <source>%1 has no rows.</source>
        <translation>%1 中沒有資料列。</translation>
    </message>
    <message>
        <source>Row %1: visit saved, receipt %2</source>
        <translation>第 %1 列：走訪已儲存，簽收單號 %2</translation>
    </message>
    <message>
        <source>Visit saved, receipt %1</source>
        <translation>走訪已儲存，簽收單號 %1</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 列：%2</translation>
    </message>
    <message>
        <source>Row %1: in order</source>
        <translation>第 %1 列：無誤</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the rows above and run again.</source>
        <translation>未儲存任何內容：請改正上面各列後重新執行。</translation>
    </message>
    <message>
        <source>a CSV file, one visit a row; its header names the columns household (ID number or register number), campaign, date (YYYY-MM-DD), cash (yuan), goods (ITEM:QTY;…), visitors (names;…), confirmed (signed, fingerprint or absent), proxy (who took it instead), proxy_relation, witness, reason and note</source>
        <translation>CSV 檔案，每行一次走訪；表頭欄位名：household 慰問對象（身分證號或花名冊編號）、campaign 活動、date 日期（YYYY-MM-DD）、cash 慰問金（元）、goods 慰問品（物品:數量;…）、visitors 走訪人員（姓名;…）、confirmed 確認方式（signed 簽名、fingerprint 按手印、absent 不在家）、proxy 代領人、proxy_relation 代領人關係、witness 見證人、reason 原因、note 備註</translation>
    </message>
</context>
<context>
    <name>Visits</name>
    <message>
        <source>This household is archived; it cannot be visited.</source>
        <translation>該慰問對象已歸檔，不能登記走訪。</translation>
    </message>
    <message>
        <source>unknown item %1</source>
        <translation>未知項目 %1</translation>
    </message>
</context>
</TS>