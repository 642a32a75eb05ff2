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
        <translation>%1 筆%2紀錄所指的慰問對象不在本機庫中。</translation>
    </message>
    <message>
        <source>The running totals in %1 differ from the ledger in %2 place(s).</source>
        <translation>%1 中的累計數與台帳有 %2 處不一致。</translation>
    </message>
    <message>
        <source>%1 %2 differs from its operations in: %3</source>
        <translation>%1 %2 與其操作紀錄不一致，欄位：%3</translation>
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
        <source>Offline field visits: households, visits, payments, receipts and sync.</source>
        <translation>離線走訪：慰問對象、走訪、發放、簽收單與同步。</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>顯示版本後結束</translation>
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
        <source>how many households</source>
        <translation>產生多少戶</translation>
    </message>
    <message>
        <source>same seed, same invented data</source>
        <translation>隨機種子：相同種子產生相同的虛構資料</translation>
    </message>
    <message>
        <source>find households by name, pinyin, ID digits, phone</source>
        <translation>按姓名、拼音、身分證號尾號、電話查詢慰問對象</translation>
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
        <source>check database integrity and domain invariants</source>
        <translation>檢查資料庫完整性和業務資料一致性</translation>
    </message>
    <message>
        <source>import data from a file</source>
        <translation>從檔案匯入資料</translation>
    </message>
    <message>
        <source>import a register of households (.xlsx, .xls or .csv)</source>
        <translation>匯入慰問對象名冊（.xlsx、.xls 或 .csv）</translation>
    </message>
    <message>
        <source>the register file</source>
        <translation>名冊檔案</translation>
    </message>
    <message>
        <source>export households, visits, payments or needs</source>
        <translation>匯出慰問對象、走訪、發放或需求</translation>
    </message>
    <message>
        <source>what to export</source>
        <translation>匯出哪類資料</translation>
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
        <source>the system keyring</source>
        <translation>系統金鑰環</translation>
    </message>
    <message>
        <source>password</source>
        <translation>密碼</translation>
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
        <source>machine-readable output (JSON)</source>
        <translation>以 JSON 格式輸出，供程式讀取</translation>
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
</context>
<context>
    <name>Import</name>
    <message>
        <source>No register header found in %1: the first rows must name columns such as 姓名 and 身份证号.</source>
        <extracomment>Columns that, when present in the file, are compared and updated on re-import.</extracomment>
        <translation>在 %1 中找不到名冊表頭：前幾行須有“姓名”“身分證號”等列名。</translation>
    </message>
    <message>
        <source>is not a number of people</source>
        <translation>不是有效的人數</translation>
    </message>
    <message>
        <source>repeats the ID number of row %1 with another name</source>
        <translation>與第 %1 行身分證號相同但姓名不同</translation>
    </message>
    <message>
        <source>repeats row %1; imported once</source>
        <translation>與第 %1 行重複，只匯入一次</translation>
    </message>
    <message>
        <source>%1 row %2, %3: %4</source>
        <translation>%1 第 %2 行，%3：%4</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <extracomment>Stream names an OLE container holds when it wraps an encrypted OOXML workbook.</extracomment>
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
        <source>No system keyring is available. Choose a passphrase (or set FIELDVISIT_PASSPHRASE for unattended use).</source>
        <translation>系統金鑰環不可用。請設定一個密碼（無人值守時可設定 FIELDVISIT_PASSPHRASE）。</translation>
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
</context>
<context>
    <name>Validation</name>
    <message>
        <source>ID number</source>
        <extracomment>Full-width point, minus and yen that normalize() keeps as Chinese punctuation.</extracomment>
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
    <name>Visits</name>
    <message>
        <source>This household is archived; it cannot be visited.</source>
        <extracomment>The conditions checklist (观察项) every visit form offers.</extracomment>
        <translation>該慰問對象已歸檔，不能登記走訪。</translation>
    </message>
    <message>
        <source>unknown item %1</source>
        <translation>未知項目 %1</translation>
    </message>
</context>
</TS>