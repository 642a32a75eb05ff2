<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_TW">
<context>
    <name>Reports</name>
    <message>
        <source>Units not visited</source>
        <translation>未走訪單位</translation>
    </message>
    <message>
        <source>Units not yet visited</source>
        <translation>尚未走訪的單位</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>走訪組</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>%1 units in scope, %2 visited, %3 not yet visited</source>
        <translation>應走訪單位 %1 個，已走訪 %2 個，尚未走訪 %3 個</translation>
    </message>
</context>
<context>
    <name>UnitImport</name>
    <message>
        <source>Unit name</source>
        <translation>單位名稱</translation>
    </message>
    <message>
        <source>Unit code</source>
        <translation>單位編碼</translation>
    </message>
    <message>
        <source>Unit kind</source>
        <translation>單位類型</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>單位地址</translation>
    </message>
    <message>
        <source>District</source>
        <translation>所屬區縣</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>聯絡電話</translation>
    </message>
    <message>
        <source>Number of workers</source>
        <translation>職工人數</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>序號</translation>
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
        <translation>該單位已在本活動中於 %2 領取 ¥%1（簽收單 %3）。</translation>
    </message>
    <message>
        <source>The date %1 is outside the campaign period %2 – %3.</source>
        <translation>日期 %1 不在活動期間 %2 至 %3 之內。</translation>
    </message>
    <message>
        <source>a distribution needs cash or goods</source>
        <translation>發放須有慰問金或慰問品</translation>
    </message>
    <message>
        <source>is not a plausible number of packages</source>
        <translation>份數不合理</translation>
    </message>
    <message>
        <source>say how many workers it reached</source>
        <translation>請填寫惠及職工人數</translation>
    </message>
    <message>
        <source>is more than the unit's %1 workers</source>
        <translation>超過了該單位的職工人數 %1</translation>
    </message>
    <message>
        <source>must be representative or roster</source>
        <translation>須為單位代表簽收或花名冊簽收</translation>
    </message>
    <message>
        <source>the unit's representative must sign for the unit</source>
        <translation>須由單位代表代表單位簽收</translation>
    </message>
    <message>
        <source>a roster needs at least one worker</source>
        <translation>簽收表至少要有一名職工</translation>
    </message>
    <message>
        <source>the roster's cash does not add up to the total</source>
        <translation>簽收表的金額合計與發放總額不符</translation>
    </message>
    <message>
        <source>the roster's packages do not add up to the total</source>
        <translation>簽收表的份數合計與發放份數不符</translation>
    </message>
    <message>
        <source>the roster lists a different number of workers than reached</source>
        <translation>簽收表人數與惠及人數不符</translation>
    </message>
    <message>
        <source>This unit is archived; it cannot be visited.</source>
        <translation>該單位已歸檔，不能走訪。</translation>
    </message>
    <message>
        <source>name at least one visitor (经办人)</source>
        <translation>請至少填寫一名經辦人</translation>
    </message>
    <message>
        <source>Give a reason to go on.</source>
        <translation>如要繼續，請說明理由。</translation>
    </message>
    <message>
        <source>No such distribution: %1</source>
        <translation>沒有這條發放紀錄：%1</translation>
    </message>
    <message>
        <source>A reversal cannot itself be voided.</source>
        <translation>沖正記錄本身不能作廢。</translation>
    </message>
    <message>
        <source>This distribution is already voided.</source>
        <translation>這條發放紀錄已經作廢。</translation>
    </message>
    <message>
        <source>number of workers: %1 is not a number</source>
        <translation>職工人數：%1 不是數字</translation>
    </message>
    <message>
        <source>number of workers: %1 is not plausible</source>
        <translation>職工人數：%1 不合理</translation>
    </message>
    <message>
        <source>%1: the cell holds the Excel error %2, not data</source>
        <translation>%1：儲存格是 Excel 錯誤值 %2，不是資料</translation>
    </message>
    <message>
        <source>No unit list header found in %1: the first rows must name columns such as 单位名称 and 联系电话.</source>
        <translation>%1 中找不到單位名單的表頭：前幾行須有「單位名稱」「聯絡電話」等欄名。</translation>
    </message>
    <message>
        <source>the same unit as row %1 of the file</source>
        <translation>與檔案第 %1 列是同一單位</translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation>須為以下之一：%1</translation>
    </message>
    <message>
        <source>is not a plausible number of workers</source>
        <translation>職工人數不合理</translation>
    </message>
    <message>
        <source>No such unit: %1</source>
        <translation>沒有這個單位：%1</translation>
    </message>
    <message>
        <source>This unit is archived; restore it before editing.</source>
        <translation>該單位已歸檔，請先恢復再修改。</translation>
    </message>
    <message>
        <source>The field %1 cannot be edited.</source>
        <translation>欄位 %1 不能修改。</translation>
    </message>
    <message>
        <source>A merged unit cannot be restored.</source>
        <translation>已合併的單位不能恢復。</translation>
    </message>
    <message>
        <source>Choose two different units.</source>
        <translation>請選擇兩個不同的單位。</translation>
    </message>
    <message>
        <source>A unit cannot be merged into itself.</source>
        <translation>單位不能合併到自身。</translation>
    </message>
    <message>
        <source>same name and address</source>
        <translation>名稱和地址相同</translation>
    </message>
    <message>
        <source>same name and contact phone</source>
        <translation>名稱和聯絡電話相同</translation>
    </message>
    <message>
        <source>names that sound the same</source>
        <translation>名稱讀音相同</translation>
    </message>
    <message>
        <source>same contact phone and address</source>
        <translation>聯絡電話和地址相同</translation>
    </message>
    <message>
        <source>Unit duplicates</source>
        <translation>單位疑似重複</translation>
    </message>
    <message>
        <source>Units that may be registered twice</source>
        <translation>可能重複登記的單位</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Unit A</source>
        <translation>單位 A</translation>
    </message>
    <message>
        <source>Code A</source>
        <translation>單位編碼 A</translation>
    </message>
    <message>
        <source>Contact phone A</source>
        <translation>聯絡電話 A</translation>
    </message>
    <message>
        <source>Team A</source>
        <translation>走訪組 A</translation>
    </message>
    <message>
        <source>Unit B</source>
        <translation>單位 B</translation>
    </message>
    <message>
        <source>Code B</source>
        <translation>單位編碼 B</translation>
    </message>
    <message>
        <source>Contact phone B</source>
        <translation>聯絡電話 B</translation>
    </message>
    <message>
        <source>Team B</source>
        <translation>走訪組 B</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Unit A id</source>
        <translation>單位 A 編號</translation>
    </message>
    <message>
        <source>Unit B id</source>
        <translation>單位 B 編號</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate pairs</source>
        <translation><numerusform>疑似重複 %n 對</numerusform></translation>
    </message>
    <message>
        <source>Both units must be live to be merged.</source>
        <translation>兩個單位都須未歸檔才能合併。</translation>
    </message>
    <message>
        <source>This unit is not merged.</source>
        <translation>該單位未被合併。</translation>
    </message>
    <message>
        <source>No unit matches %1.</source>
        <translation>沒有與 %1 相符的單位。</translation>
    </message>
    <message>
        <source>%1 matches several units; use the unit code.</source>
        <translation>%1 對應多個單位，請使用單位編碼。</translation>
    </message>
    <message>
        <source>%1 items, %2 resolved</source>
        <translation>共 %1 項，已辦結 %2 項</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序號</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Wish</source>
        <translation>心願</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>責任人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Wish list of %1</source>
        <translation>%1 心願清單</translation>
    </message>
</context>
<context>
    <name>UnitsCli</name>
    <message>
        <source>units visited as a whole: registry, group distributions, wish lists</source>
        <translation>整體走訪的慰問單位：名錄、集體發放、心願清單</translation>
    </message>
    <message>
        <source>register a unit</source>
        <translation>登記一個慰問單位</translation>
    </message>
    <message>
        <source>unit name</source>
        <translation>單位名稱</translation>
    </message>
    <message>
        <source>kind of unit</source>
        <translation>單位型別</translation>
    </message>
    <message>
        <source>the office's code for the unit</source>
        <translation>辦公室給單位的編碼</translation>
    </message>
    <message>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>district or street</source>
        <translation>所屬街道</translation>
    </message>
    <message>
        <source>contact person</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>contact phone</source>
        <translation>聯絡電話</translation>
    </message>
    <message>
        <source>number of workers</source>
        <translation>職工人數</translation>
    </message>
    <message>
        <source>find units (name, pinyin, code)</source>
        <translation>查詢單位（名稱、拼音、編碼）</translation>
    </message>
    <message>
        <source>one unit with its visits</source>
        <translation>檢視一個單位及其走訪記錄</translation>
    </message>
    <message>
        <source>unit id, code or name</source>
        <translation>單位標識、編碼或名稱</translation>
    </message>
    <message>
        <source>import a list of units</source>
        <translation>匯入慰問單位名單</translation>
    </message>
    <message>
        <source>report what would change, change nothing</source>
        <translation>只報告將會發生的變化，不做任何修改</translation>
    </message>
    <message>
        <source>write the rows that could not be imported to this workbook, to fix</source>
        <translation>把未能匯入的列寫入此活頁簿，修改後再匯入</translation>
    </message>
    <message>
        <source>record a visit to a unit (补录)</source>
        <translation>補錄一次單位走訪</translation>
    </message>
    <message>
        <source>campaign name or id</source>
        <translation>活動名稱或標識</translation>
    </message>
    <message>
        <source>date of the visit, YYYY-MM-DD</source>
        <translation>走訪日期，格式 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>cash handed over, in yuan</source>
        <translation>發放的慰問金（元）</translation>
    </message>
    <message>
        <source>goods as ITEM:QTY[:UNIT_VALUE_YUAN]</source>
        <translation>慰問品，格式 物品:數量[:單價元]</translation>
    </message>
    <message>
        <source>number of packages</source>
        <translation>發放份數</translation>
    </message>
    <message>
        <source>number of workers reached</source>
        <translation>惠及職工人數</translation>
    </message>
    <message>
        <source>visitor (经办人); repeat for several</source>
        <translation>經辦人；多人時重複填寫</translation>
    </message>
    <message>
        <source>the representative's post</source>
        <translation>單位代表的職務</translation>
    </message>
    <message>
        <source>why to go on despite a warning</source>
        <translation>出現提醒仍要繼續的理由</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>CSV of the signed roster: name, ID tail, cash in yuan, packages</source>
        <translation>已簽收的花名冊 CSV：姓名、身分證後四位、金額（元）、份數</translation>
    </message>
    <message>
        <source>add an item to a unit's wish list</source>
        <translation>為單位心願清單新增一項</translation>
    </message>
    <message>
        <source>what is needed</source>
        <translation>心願內容</translation>
    </message>
    <message>
        <source>category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>who follows it up</source>
        <translation>責任人</translation>
    </message>
    <message>
        <source>due date, YYYY-MM-DD</source>
        <translation>期限，格式 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>a unit's wish list (台账)</source>
        <translation>單位心願清單（臺賬）</translation>
    </message>
    <message>
        <source>write the ledger to this .xlsx or .pdf</source>
        <translation>把臺賬寫入這個 .xlsx 或 .pdf 檔案</translation>
    </message>
    <message>
        <source>print a unit's sign-off roster (发放签收表)</source>
        <translation>列印單位發放簽收表</translation>
    </message>
    <message>
        <source>print the roster entered for this distribution</source>
        <translation>列印這次發放已錄入的簽收表</translation>
    </message>
    <message>
        <source>blank lines (default: the unit's workers)</source>
        <translation>空白行數（預設為單位職工人數）</translation>
    </message>
    <message>
        <source>print unit receipts (单位签收单)</source>
        <translation>列印單位簽收單</translation>
    </message>
    <message>
        <source>receipt numbers or distribution ids</source>
        <translation>簽收單編號或發放紀錄標識</translation>
    </message>
    <message>
        <source>every unit receipt of a campaign</source>
        <translation>一個活動的全部單位簽收單</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>PDF 檔案</translation>
    </message>
    <message>
        <source>the unit's representative who signs (unless --roster)</source>
        <translation>簽收的單位代表（使用 --roster 時可不填）</translation>
    </message>
    <message>
        <source>Unit registered: %1</source>
        <translation>已登記單位：%1</translation>
    </message>
    <message>
        <source>must end in .xlsx</source>
        <translation>須以 .xlsx 結尾</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>試執行：未做任何變更。</translation>
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
        <translation>不變</translation>
    </message>
    <message>
        <source>repeated</source>
        <translation>重複</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>有問題</translation>
    </message>
    <message>
        <source>%1 rows: %2 new, %3 updated, %4 unchanged, %5 with problems</source>
        <translation>共 %1 行：新增 %2，更新 %3，未變 %4，有問題 %5</translation>
    </message>
    <message>
        <source>%1 rows to fix written to %2</source>
        <translation>%1 列待修改的資料已寫入 %2</translation>
    </message>
    <message>
        <source>name the campaign (--campaign)</source>
        <translation>請指定活動（--campaign）</translation>
    </message>
    <message>
        <source>say how many workers it reached (--reached)</source>
        <translation>請填寫慰問到的職工人數（--reached）</translation>
    </message>
    <message>
        <source>Visit saved; receipt %1.</source>
        <translation>走訪已儲存；簽收單 %1。</translation>
    </message>
    <message>
        <source>Added to the wish list: %1</source>
        <translation>已加入心願清單：%1</translation>
    </message>
    <message>
        <source>line %1: packages is not a whole number</source>
        <translation>第 %1 行：份數不是整數</translation>
    </message>
    <message>
        <source>must be between 1 and %1</source>
        <translation>須在 1 到 %1 之間</translation>
    </message>
    <message>
        <source>name receipts or a campaign</source>
        <translation>請給出簽收單編號或活動</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>已寫入：%1</translation>
    </message>
    <message>
        <source>must end in .xlsx or .pdf</source>
        <translation>檔名須以 .xlsx 或 .pdf 結尾</translation>
    </message>
    <message>
        <source>name, pinyin or code</source>
        <translation>名稱、拼音或代碼</translation>
    </message>
    <message>
        <source>the list of units (.xlsx, .xls or .csv)</source>
        <translation>單位名單（.xlsx、.xls 或 .csv）</translation>
    </message>
</context>
</TS>