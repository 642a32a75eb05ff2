<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_TW">
<context>
    <name>Authz</name>
    <message>
        <source>written by a device this replica does not know</source>
        <translation>由本機庫不認識的裝置寫入</translation>
    </message>
    <message>
        <source>an unknown kind of record or change</source>
        <translation>未知的記錄或修改類型</translation>
    </message>
    <message>
        <source>this device's role may not make this change</source>
        <translation>該裝置的角色無權做此修改</translation>
    </message>
    <message>
        <source>outside the writing device's team</source>
        <translation>超出寫入裝置所屬走訪組的範圍</translation>
    </message>
    <message>
        <source>a device may only record itself and its own team</source>
        <translation>裝置只能登記自己和本走訪組</translation>
    </message>
    <message>
        <source>the operation's content is malformed</source>
        <translation>操作內容格式錯誤</translation>
    </message>
    <message>
        <source>the record names another device than its writer</source>
        <translation>記錄中的裝置與寫入裝置不符</translation>
    </message>
    <message>
        <source>the record names another team than its operation</source>
        <translation>記錄中的走訪組與操作所屬走訪組不符</translation>
    </message>
    <message>
        <source>an amount outside 0 to 999,999,999.99 yuan</source>
        <translation>金額超出 0 至 999,999,999.99 元的範圍</translation>
    </message>
    <message>
        <source>a reversal that does not exactly cancel the payment it names</source>
        <translation>沖正金額與所沖發放不完全相抵</translation>
    </message>
    <message>
        <source>a reversal of a payment this replica has not received</source>
        <translation>所沖正的發放尚未到達本機庫</translation>
    </message>
    <message>
        <source>only an office moves a record</source>
        <translation>只有辦公室可以把記錄轉到其他走訪組</translation>
    </message>
    <message>
        <source>This laptop may not make this change: %1. The hub and the other laptops would refuse it; ask the office.</source>
        <translation>本機無權做此修改：%1。中心庫和其他電腦都會拒收，請聯絡辦公室。</translation>
    </message>
</context>
<context>
    <name>Bundle</name>
    <message>
        <source>This replica is not enrolled in an organisation, so it cannot exchange bundles. Enrol it first ('fieldvisit enroll FILE').</source>
        <translation>本機庫尚未加入任何單位，不能交換同步包。請先註冊本機（'fieldvisit enroll 檔案'）。</translation>
    </message>
    <message>
        <source>Device %1 is not known to this replica.</source>
        <translation>本機庫不認識裝置 %1。</translation>
    </message>
    <message>
        <source>The bundle file is truncated or damaged. Nothing was imported; copy it again from the sending laptop.</source>
        <translation>同步包檔案不完整或已損壞，未匯入任何內容。請從傳送方電腦重新複製。</translation>
    </message>
    <message>
        <source>The bundle file cannot be read: %1</source>
        <translation>無法讀取同步包檔案：%1</translation>
    </message>
    <message>
        <source>This is not a fieldvisit bundle file.</source>
        <translation>這不是 fieldvisit 同步包檔案。</translation>
    </message>
    <message>
        <source>This bundle was written by a newer version of fieldvisit.</source>
        <translation>此同步包由更新版本的 fieldvisit 生成，請先升級本軟體。</translation>
    </message>
    <message>
        <source>This bundle belongs to another organisation; it cannot be imported here.</source>
        <translation>此同步包屬於其他單位，不能在此匯入。</translation>
    </message>
    <message>
        <source>This bundle comes from a device this replica does not know (%1). Sync with the hub first, or ask the office to enrol that laptop.</source>
        <translation>此同步包來自本機庫不認識的裝置（%1）。請先與中心庫同步，或請辦公室為該電腦辦理註冊。</translation>
    </message>
    <message>
        <source>The bundle's signature does not match: it was altered or damaged after it was written. Nothing was imported.</source>
        <translation>同步包簽名不符：檔案生成後被改動或損壞，未匯入任何內容。</translation>
    </message>
    <message>
        <source>This bundle carries operations in another device's name; only office devices may pass on others' work. Nothing was imported.</source>
        <translation>此同步包含有以其他裝置名義記錄的操作；只有辦公室裝置可以轉交他人的資料。未匯入任何內容。</translation>
    </message>
    <message>
        <source>This bundle comes from a revoked device.</source>
        <translation>此同步包來自已被登出的裝置。</translation>
    </message>
    <message>
        <source>This return bundle was made for another laptop (%1), not this one. Nothing was imported; ask the office for a bundle made for this laptop.</source>
        <translation>此回傳同步包是為另一台電腦（%1）製作的，不是本機。未匯入任何內容；請辦公室為本機製作同步包。</translation>
    </message>
    <message>
        <source>This bundle carries %1 operations of another team; a field laptop takes only its own team's. Nothing was imported.</source>
        <translation>此同步包含有其他走訪組的 %1 筆操作；走訪電腦只接收本組的資料。未匯入任何內容。</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>deleted while edited</source>
        <translation>刪除與修改衝突</translation>
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
        <source>Workplace</source>
        <translation>工作單位</translation>
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
        <source>Monthly income (fen)</source>
        <translation>月收入（分）</translation>
    </message>
    <message>
        <source>Family size</source>
        <translation>家庭人口</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Left hardship on</source>
        <translation>脫困日期</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>走訪組</translation>
    </message>
    <message>
        <source>Register number</source>
        <translation>建檔立卡編號</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>責任人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>辦理期限</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>內容</translation>
    </message>
    <message>
        <source>No conflict %1.</source>
        <translation>沒有編號為 %1 的衝突。</translation>
    </message>
    <message>
        <source>This conflict is already resolved.</source>
        <translation>此衝突已處理。</translation>
    </message>
    <message>
        <source>Give either a contender to take or a value, not both.</source>
        <translation>請指定採用哪一方的值，或給出新值，二者只能選一。</translation>
    </message>
    <message>
        <source>This conflict has no contender %1.</source>
        <translation>此衝突沒有第 %1 方。</translation>
    </message>
    <message>
        <source>For a deleted-while-edited conflict choose restore or delete.</source>
        <translation>刪除與修改衝突只能選擇“恢復”（restore）或“刪除”（delete）。</translation>
    </message>
    <message>
        <source>This conflict cannot be resolved here.</source>
        <translation>此衝突不能在這裡處理。</translation>
    </message>
    <message>
        <source>%1 is not a valid value for this field.</source>
        <translation>%1 不是此欄位的有效值。</translation>
    </message>
</context>
<context>
    <name>Enrol</name>
    <message>
        <source>The enrolment file cannot be read: %1</source>
        <translation>無法讀取註冊檔案：%1</translation>
    </message>
    <message>
        <source>This is not a fieldvisit enrolment file.</source>
        <translation>這不是 fieldvisit 註冊檔案。</translation>
    </message>
    <message>
        <source>The code does not match this enrolment file (or the file is damaged).</source>
        <translation>一次性驗證碼與註冊檔案不符（或檔案已損壞）。</translation>
    </message>
    <message>
        <source>The system keyring could not be read: %1</source>
        <translation>無法讀取系統金鑰環：%1</translation>
    </message>
    <message>
        <source>The hub password is not in the keyring; enrol this laptop again.</source>
        <translation>金鑰環中沒有中心庫密碼，請重新註冊本機。</translation>
    </message>
    <message>
        <source>This laptop has no hub credentials; enrol it.</source>
        <translation>本機沒有中心庫登入憑據，請先註冊。</translation>
    </message>
    <message>
        <source>A replica for another device already exists in %1. Enrol into an empty folder, or ask the administrator to enrol this device's id (%2).</source>
        <translation>%1 中已有其他裝置的本機庫。請註冊到一個空資料夾，或請管理員按本裝置編號（%2）辦理註冊。</translation>
    </message>
    <message>
        <source>This replica belongs to another organisation's hub (%1); this enrolment file is for %2. Enrol into an empty folder instead: a replica never moves between hubs.</source>
        <translation>這個本機資料庫屬於另一個單位的中心（%1），而這個註冊檔屬於 %2。請改為註冊到一個空資料夾：本機資料庫不能在中心之間遷移。</translation>
    </message>
    <message>
        <source>This replica already holds changes from other devices, so it is not a replica made alone; it cannot take another device's enrolment.</source>
        <translation>本機庫已包含其他裝置的資料，不是單獨新增的本機庫，不能使用另一台裝置的註冊檔案。</translation>
    </message>
</context>
<context>
    <name>Hub</name>
    <message>
        <source>Cannot connect to the hub database: %1</source>
        <translation>無法連線中心庫資料庫：%1</translation>
    </message>
    <message>
        <source>This database is not a fieldvisit hub. Run 'fieldvisit hub init' first.</source>
        <translation>此資料庫不是 fieldvisit 中心庫。請先執行 'fieldvisit hub init'。</translation>
    </message>
    <message>
        <source>The hub has no organisation; run 'hub init' again.</source>
        <translation>中心庫中沒有單位資訊，請重新執行 'hub init'。</translation>
    </message>
    <message>
        <source>A device name and a team name are required.</source>
        <translation>必須填寫裝置名稱和走訪組名稱。</translation>
    </message>
    <message>
        <source>A device named %1 is already enrolled; choose another name.</source>
        <translation>名為 %1 的裝置已註冊，請換一個名稱。</translation>
    </message>
    <message>
        <source>No enrolled device is called %1.</source>
        <translation>沒有名為 %1 的已註冊裝置。</translation>
    </message>
    <message>
        <source>Database %1 is not a fieldvisit hub; nothing was removed.</source>
        <translation>資料庫 %1 不是 fieldvisit 中心庫；沒有刪除任何內容。</translation>
    </message>
    <message>
        <source>The hub could not be removed: %1</source>
        <translation>無法刪除中心庫：%1</translation>
    </message>
    <message>
        <source>Device %1 has no %2 on its hub login; run 'hub init' again.</source>
        <translation>裝置 %1 的中心庫登入沒有設定 %2；請重新執行 'hub init'。</translation>
    </message>
    <message>
        <source>Device %1 changed its own hub password: the hub refuses it until it is enrolled again. Revoke it if nobody at the office did this.</source>
        <translation>裝置 %1 自行修改了中心庫密碼：在重新註冊之前中心庫拒絕它。如果不是辦公室所為，請註銷該裝置。</translation>
    </message>
    <message>
        <source>The hub administrator cannot read password verifiers (it is not a superuser), so a device changing its own hub password goes unnoticed. Confine device logins with the pg_hba.conf lines below.</source>
        <translation>中心庫管理員無法讀取密碼校驗值（不是超級使用者），裝置自行修改中心庫密碼不會被發現。請用下面的 pg_hba.conf 設定限制裝置登入。</translation>
    </message>
    <message>
        <source>The hub administrator is not a member of %1, so the hub cannot end a device session that holds it up. A superuser can run: GRANT %1 TO %2;</source>
        <translation>中心庫管理員不是 %1 的成員，無法結束拖住中心庫的裝置連線。超級使用者可以執行：GRANT %1 TO %2;</translation>
    </message>
    <message>
        <source>Device logins may connect to other databases of this PostgreSQL server (%1). Add the pg_hba.conf lines below and reload the server.</source>
        <translation>裝置登入可以連線此 PostgreSQL 伺服器上的其他資料庫（%1）。請加入下面的 pg_hba.conf 設定並重新載入伺服器。</translation>
    </message>
    <message>
        <source>the offices</source>
        <translation>辦公室</translation>
    </message>
    <message>
        <source>The snapshot for %1 was made by another version of fieldvisit, so new laptops ignore it. Run 'hub snapshot' for it again.</source>
        <translation>%1 的快照由另一版本的 fieldvisit 產生，新筆電會忽略它。請為其重新執行 'hub snapshot'。</translation>
    </message>
    <message>
        <source>The snapshot for %1 is %2 days old: a new laptop folds everything since. Run 'hub snapshot' every night (docs/hub.md).</source>
        <translation>%1 的快照已有 %2 天：新筆電要整理此後的全部資料。請每晚執行 'hub snapshot'（見 docs/hub.md）。</translation>
    </message>
    <message>
        <source>There is no snapshot for %1: a new laptop there folds all %2 operations itself (about a minute at 100,000 households). Run 'hub snapshot' for it every night (docs/hub.md).</source>
        <translation>%1 沒有快照：那裡的新筆電要自己整理全部 %2 筆操作（10 萬戶約需一分鐘）。請每晚為其執行 'hub snapshot'（見 docs/hub.md）。</translation>
    </message>
    <message>
        <source>%1 is one of PostgreSQL's own databases; the hub needs a database of its own. Create one (for example: createdb fieldvisit_hub) and use its URL.</source>
        <translation>%1 是 PostgreSQL 內建的資料庫；中心庫需要一個專用資料庫。請新增一個（例如：createdb fieldvisit_hub）並使用它的位址。</translation>
    </message>
    <message>
        <source>This database holds tables that belong to another role (%1). Use an empty database that the hub administrator owns.</source>
        <translation>此資料庫中有屬於其他角色的資料表（%1）。請使用中心庫管理員擁有的空資料庫。</translation>
    </message>
    <message>
        <source>This database already holds tables that are not a fieldvisit hub (%1). Use an empty database for the hub.</source>
        <translation>此資料庫中已有不屬於 fieldvisit 中心庫的表（%1）。請為中心庫使用一個空資料庫。</translation>
    </message>
    <message>
        <source>This hub was set up by a newer version of fieldvisit (schema %1). Install the newer version to manage it.</source>
        <translation>此中心庫由更新版本的 fieldvisit 建立（結構版本 %1）。請安裝新版本後再管理。</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>This replica is not enrolled with a hub, so it cannot sync. Ask the administrator for an enrolment file and run 'fieldvisit enroll FILE', or exchange bundle files instead.</source>
        <translation>本機庫尚未在中心庫註冊，無法同步。請向管理員索取註冊檔案並執行 'fieldvisit enroll 檔案'，或改用同步包交換資料。</translation>
    </message>
    <message>
        <source>The hub refused this laptop: its enrolment was revoked or its credentials are wrong. Nothing was lost; ask the administrator to enrol it again.</source>
        <translation>中心庫拒絕了本機：註冊已被登出或登入憑據有誤。資料沒有丟失，請聯絡管理員重新註冊。</translation>
    </message>
    <message>
        <source>The hub cannot be reached (%1). Nothing was lost: your changes stay on this laptop and go out at the next sync.</source>
        <translation>無法連線中心庫（%1）。資料沒有丟失：您的修改儲存在本機，下次同步時發出。</translation>
    </message>
    <message>
        <source>The connection to the hub broke off (%1). What was already sent or received is kept; sync again to finish.</source>
        <translation>與中心庫的連線中斷（%1）。已傳送和已接收的內容都已保留，請再同步一次完成。</translation>
    </message>
    <message>
        <source>This laptop's clock differs from the hub's by more than a day. Set the date and time correctly: the order of changes depends on it.</source>
        <translation>本機時鐘與中心庫相差超過一天。請校準日期和時間：修改的先後順序依賴於此。</translation>
    </message>
    <message>
        <source>This sync put all %1 operations in order on this laptop because the hub had no snapshot it could use. Ask the hub's administrator to keep snapshots ('fieldvisit hub snapshot --all' every night): a new laptop, or one back after weeks away, then takes seconds instead of minutes.</source>
        <translation>這次同步在本機上整理了全部 %1 筆操作，因為中心庫沒有本機可用的快照。請中心庫管理員保留快照（每晚執行 'fieldvisit hub snapshot --all'）：新筆電或久未同步的筆電同步時就只需幾秒，而不是幾分鐘。</translation>
    </message>
    <message>
        <source>The hub refused this laptop's changes: %1. Nothing of that batch was stored; show this message to the administrator.</source>
        <translation>中心庫拒收了本機的修改：%1。這一批內容均未儲存；請把此訊息告知管理員。</translation>
    </message>
    <message>
        <source>This laptop's data is an older copy (restored from a backup, copied, or enrolled twice with one file): it now carries on as a new incarnation of this device. %1 operations not yet on the hub were renumbered and sent; nothing was lost.</source>
        <translation>本機資料是較早的副本（從備份還原、複製而來，或用同一個註冊檔註冊了兩次）：現已作為本裝置的新身分繼續運作。尚未上傳到中心的 %1 筆操作已重新編號並傳送，沒有遺失任何資料。</translation>
    </message>
</context>
<context>
    <name>SyncCli</name>
    <message>
        <source>administer the central hub database</source>
        <translation>管理中心庫資料庫</translation>
    </message>
    <message>
        <source>create or upgrade the hub schema</source>
        <translation>建立或升級中心庫結構</translation>
    </message>
    <message>
        <source>administrator's PostgreSQL URL of the hub</source>
        <translation>中心庫的管理員 PostgreSQL 地址</translation>
    </message>
    <message>
        <source>the organisation's name</source>
        <translation>單位名稱</translation>
    </message>
    <message>
        <source>enrol a laptop for a team</source>
        <translation>為走訪組註冊一台電腦</translation>
    </message>
    <message>
        <source>the laptop's name</source>
        <translation>電腦名稱</translation>
    </message>
    <message>
        <source>its visiting team</source>
        <translation>所屬走訪組</translation>
    </message>
    <message>
        <source>an office device (all teams)</source>
        <translation>辦公室裝置（可見所有走訪組）</translation>
    </message>
    <message>
        <source>enrolment file to write</source>
        <translation>要寫入的註冊檔案</translation>
    </message>
    <message>
        <source>address the laptop uses (default: the same)</source>
        <translation>電腦連線中心庫所用的地址（預設相同）</translation>
    </message>
    <message>
        <source>keep the id of an existing replica</source>
        <translation>沿用已有本機庫的裝置編號</translation>
    </message>
    <message>
        <source>end a lost laptop's access</source>
        <translation>登出丟失電腦的存取權限</translation>
    </message>
    <message>
        <source>device name or id</source>
        <translation>裝置名稱或編號</translation>
    </message>
    <message>
        <source>hub URL (default: FIELDVISIT_HUB_URL)</source>
        <translation>中心庫地址（預設取 FIELDVISIT_HUB_URL）</translation>
    </message>
    <message>
        <source>list enrolled devices</source>
        <translation>列出已註冊裝置</translation>
    </message>
    <message>
        <source>what the hub cannot enforce itself, and pg_hba lines</source>
        <translation>中心庫自身無法強制的事項及 pg_hba 設定</translation>
    </message>
    <message>
        <source>drop a hub's database and its roles (they outlive the database)</source>
        <translation>刪除中心庫的資料庫及其資料庫角色（角色不會隨資料庫一起刪除）</translation>
    </message>
    <message>
        <source>remove it (without this, only say what would be removed)</source>
        <translation>確認刪除（不加此項時只列出將刪除的內容）</translation>
    </message>
    <message>
        <source>the team it is for</source>
        <translation>快照所屬的走訪組</translation>
    </message>
    <message>
        <source>every scope that has a snapshot or whose new laptops would fold a big log (what 'hub check' names): one line for the nightly cron</source>
        <translation>每個已有快照、或新筆電要整理大量資料的範圍（即 'hub check' 列出的）：每晚排程只需這一行</translation>
    </message>
    <message>
        <source>for office devices (all teams)</source>
        <translation>供辦公室裝置使用（全部走訪組）</translation>
    </message>
    <message>
        <source>join this laptop to the hub</source>
        <translation>將本機註冊到中心庫</translation>
    </message>
    <message>
        <source>the enrolment file from the administrator</source>
        <translation>管理員提供的註冊檔案</translation>
    </message>
    <message>
        <source>the one-time code (asked if not given)</source>
        <translation>一次性驗證碼（未給出時會詢問）</translation>
    </message>
    <message>
        <source>send and receive changes via the hub</source>
        <translation>透過中心庫傳送和接收修改</translation>
    </message>
    <message>
        <source>list and resolve conflicting edits</source>
        <translation>檢視和處理修改衝突</translation>
    </message>
    <message>
        <source>open conflicts</source>
        <translation>未處理的衝突</translation>
    </message>
    <message>
        <source>settle one conflict</source>
        <translation>處理一筆衝突</translation>
    </message>
    <message>
        <source>conflict id (or its first characters)</source>
        <translation>衝突編號（或其前幾位）</translation>
    </message>
    <message>
        <source>contender number (1, 2) or op id</source>
        <translation>採用的一方（1、2）或操作編號</translation>
    </message>
    <message>
        <source>a value to set instead</source>
        <translation>改為設定的新值</translation>
    </message>
    <message>
        <source>exchange changes on a USB stick</source>
        <translation>用隨身碟交換資料</translation>
    </message>
    <message>
        <source>write a bundle file</source>
        <translation>匯出同步包檔案</translation>
    </message>
    <message>
        <source>everything, not only what is new</source>
        <translation>匯出全部，而不只是新增部分</translation>
    </message>
    <message>
        <source>office: a return bundle for DEVICE</source>
        <translation>辦公室：為指定裝置匯出回傳同步包</translation>
    </message>
    <message>
        <source>read a bundle file</source>
        <translation>匯入同步包檔案</translation>
    </message>
    <message>
        <source>Hub ready: organisation %1, schema %2 (was %3).</source>
        <translation>中心庫已就緒：單位 %1，結構版本 %2（原為 %3）。</translation>
    </message>
    <message>
        <source>Enrolment file written: %1</source>
        <translation>註冊檔案已寫入：%1</translation>
    </message>
    <message>
        <source>One-time code (give it separately, not with the file): %1</source>
        <translation>一次性驗證碼（請與檔案分開交付）：%1</translation>
    </message>
    <message>
        <source>Give the hub URL with --url or FIELDVISIT_HUB_URL.</source>
        <translation>請用 --url 或 FIELDVISIT_HUB_URL 指定中心庫地址。</translation>
    </message>
    <message>
        <source>Device %1 revoked; it can no longer reach the hub.</source>
        <translation>裝置 %1 已登出，不能再連線中心庫。</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>已登出</translation>
    </message>
    <message>
        <source>Hub checks passed.</source>
        <translation>中心庫檢查通過。</translation>
    </message>
    <message>
        <source>pg_hba.conf lines for the hub (put them first):</source>
        <translation>中心庫的 pg_hba.conf 設定（放在最前面）：</translation>
    </message>
    <message numerus="yes">
        <source>This would drop hub database %1 with its %n roles, and every operation the laptops sent to it. Nothing was removed; run again with --yes to remove it.</source>
        <translation><numerusform>這將刪除中心庫資料庫 %1、它的 %n 個資料庫角色，以及各筆記型電腦傳送到其中的全部操作。現在沒有刪除任何內容；確認刪除請加 --yes 再執行一次。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Hub database %1 and its %n roles removed.</source>
        <translation><numerusform>已刪除中心庫資料庫 %1 及其 %n 個資料庫角色。</numerusform></translation>
    </message>
    <message>
        <source>--all makes the offices' snapshot too: leave out --office.</source>
        <translation>--all 也會產生辦公室的快照：請去掉 --office。</translation>
    </message>
    <message>
        <source>Snapshot stored: %1 operations up to position %2, %3 MB, in %4 s. This team's new laptops, and those far behind, load it instead of putting the whole log in order.</source>
        <translation>快照已存放：%1 筆操作，至位置 %2，%3 MB，耗時 %4 秒。該走訪組的新筆電和久未同步的筆電將載入它，不必在本機整理全部操作。</translation>
    </message>
    <message>
        <source>No scope needs a snapshot yet: none has one, and no log is big enough for a new laptop to wait for it.</source>
        <translation>暫時沒有需要快照的範圍：都還沒有快照，資料量也沒有大到讓新筆電久等。</translation>
    </message>
    <message>
        <source>Give the one-time code with --code or FIELDVISIT_ENROL_CODE.</source>
        <translation>請用 --code 或 FIELDVISIT_ENROL_CODE 提供一次性驗證碼。</translation>
    </message>
    <message>
        <source>One-time code: </source>
        <translation>一次性驗證碼：</translation>
    </message>
    <message>
        <source>This laptop is enrolled as %1 (team %2).</source>
        <translation>本機已註冊為 %1（走訪組：%2）。</translation>
    </message>
    <message>
        <source>Sent %1, received %2, new conflicts %3, in %4 s.</source>
        <translation>發出 %1 筆，收到 %2 筆，新衝突 %3 筆，耗時 %4 秒。</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>沒有未處理的衝突。</translation>
    </message>
    <message>
        <source>Conflict resolved; the decision goes out at the next sync.</source>
        <translation>衝突已處理，處理結果將在下次同步時發出。</translation>
    </message>
    <message>
        <source>Bundle written: %1 operations to %2.</source>
        <translation>同步包已匯出：%1 筆操作，儲存到 %2。</translation>
    </message>
    <message>
        <source>Bundle from %1: %2 operations, %3 new, %4 new conflicts.</source>
        <translation>來自 %1 的同步包：%2 筆操作，其中新增 %3 筆，新衝突 %4 筆。</translation>
    </message>
    <message>
        <source>bundle file to write</source>
        <translation>要寫入的資料包檔案</translation>
    </message>
    <message>
        <source>store a team's folded data in the hub for first syncs and laptops far behind</source>
        <translation>在中心庫存放一個走訪組整理好的資料，供首次同步和久未同步的筆電使用</translation>
    </message>
    <message>
        <source>folder of the team's snapshot replica (with --all, one folder in it for each scope; default: in the data folder)</source>
        <translation>該走訪組快照本機庫所在的資料夾（用 --all 時其中每個範圍一個資料夾；預設在使用者資料夾中）</translation>
    </message>
    <message>
        <source>bundle file to read</source>
        <translation>要讀取的資料包檔案</translation>
    </message>
</context>
</TS>