<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_TW">
<context>
    <name>ReceiptCli</name>
    <message>
        <source>print, check and list receipts</source>
        <translation>列印、核驗和查看簽收單</translation>
    </message>
    <message>
        <source>print one payment's receipt</source>
        <translation>列印一筆發放的簽收單</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>PDF 檔案</translation>
    </message>
    <message>
        <source>a4: two copies and a cut line; a5: one copy a page</source>
        <translation>a4：一頁兩聯帶裁切線；a5：每頁一聯</translation>
    </message>
    <message>
        <source>mark as a reprint even if never printed</source>
        <translation>即使從未列印過也標記為補打</translation>
    </message>
    <message>
        <source>all receipts of a campaign in one PDF</source>
        <translation>把一個活動的全部簽收單列印到一個 PDF</translation>
    </message>
    <message>
        <source>only this day (YYYY-MM-DD)</source>
        <translation>只列印這一天的（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>the sign-off roster of a campaign</source>
        <translation>活動的發放簽收表</translation>
    </message>
    <message>
        <source>numbers issued per device, gaps, voids, reprints</source>
        <translation>各裝置已開出的單號、斷號、作廢和補打</translation>
    </message>
    <message>
        <source>check a receipt's QR code</source>
        <translation>核驗簽收單 QR 碼</translation>
    </message>
    <message>
        <source>receipt PDF</source>
        <translation>簽收單 PDF</translation>
    </message>
    <message>
        <source>the text read from the QR code</source>
        <translation>從 QR 碼讀出的文字</translation>
    </message>
    <message>
        <source>a registry file of devices' public keys (works without a replica)</source>
        <translation>裝置公鑰登記檔（無需本機庫也可驗真）</translation>
    </message>
    <message>
        <source>write the devices' public keys for checking receipts</source>
        <translation>匯出各裝置的公鑰，用於驗真簽收單</translation>
    </message>
    <message>
        <source>JSON file</source>
        <translation>JSON 檔案</translation>
    </message>
    <message>
        <source>campaign id or name</source>
        <translation>活動編號或名稱</translation>
    </message>
    <message>
        <source>team id or name</source>
        <translation>走訪組編號或名稱</translation>
    </message>
    <message>
        <source>not a date (YYYY-MM-DD): %1</source>
        <translation>不是日期（YYYY-MM-DD）：%1</translation>
    </message>
    <message>
        <source>No such team: %1</source>
        <translation>沒有這個走訪組：%1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Receipt written to %1</source>
        <translation>簽收單已儲存到 %1</translation>
    </message>
    <message>
        <source>%1 receipts written to %2</source>
        <translation>%1 張簽收單已儲存到 %2</translation>
    </message>
    <message>
        <source>Roster written to %1</source>
        <translation>發放簽收表已儲存到 %1</translation>
    </message>
    <message>
        <source>%1-%2 (%3): %4 issued, last %5</source>
        <translation>%1-%2（%3）：已開出 %4 張，最後一號 %5</translation>
    </message>
    <message>
        <source>gaps: %1</source>
        <translation>斷號：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>voided: %1</source>
        <translation>作廢：%1</translation>
    </message>
    <message>
        <source>reprints: %1</source>
        <translation>補打：%1</translation>
    </message>
    <message>
        <source>No receipts issued yet.</source>
        <translation>還沒有開出簽收單。</translation>
    </message>
    <message>
        <source>Give either a receipt PDF or --payload TEXT.</source>
        <translation>請給出簽收單 PDF 或 --payload 文字（二選一）。</translation>
    </message>
    <message>
        <source>GENUINE</source>
        <translation>真實有效</translation>
    </message>
    <message>
        <source>ALTERED</source>
        <translation>已被改動</translation>
    </message>
    <message>
        <source>UNKNOWN</source>
        <translation>無法確認</translation>
    </message>
    <message>
        <source>VOIDED</source>
        <translation>已作廢</translation>
    </message>
    <message>
        <source>FORGED</source>
        <translation>偽造</translation>
    </message>
    <message>
        <source>SIGNED</source>
        <translation>簽章有效</translation>
    </message>
    <message>
        <source>signed by: %1</source>
        <translation>簽章裝置：%1</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>開出</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>列印</translation>
    </message>
    <message>
        <source>reprinted</source>
        <translation>補打</translation>
    </message>
    <message>
        <source>voided</source>
        <translation>作廢</translation>
    </message>
    <message>
        <source>Public keys of %1 devices written to %2</source>
        <translation>已將 %1 台裝置的公鑰寫入 %2</translation>
    </message>
    <message>
        <source>payment id or receipt number (e.g. HZ03-2025-000123)</source>
        <translation>發放編號或簽收單號（如 HZ03-2025-000123）</translation>
    </message>
</context>
<context>
    <name>Receipts</name>
    <message>
        <source>No such payment: %1</source>
        <translation>沒有這筆發放紀錄：%1</translation>
    </message>
    <message>
        <source>Payment %1 has no receipt number.</source>
        <translation>發放紀錄 %1 沒有簽收單號。</translation>
    </message>
    <message>
        <source>Receipt %1 was issued on another laptop; only that laptop or the office can print it (its code is signed by the device that prints it).</source>
        <translation>簽收單 %1 是在另一台電腦上開出的，只有那台電腦或辦公室可以列印（QR 碼由列印它的裝置簽章）。</translation>
    </message>
    <message>
        <source>The receipt font is missing: %1</source>
        <translation>缺少簽收單字型：%1</translation>
    </message>
    <message>
        <source>%1: no font has %2; the receipt shows 〓 there, write it in by hand.</source>
        <translation>%1：字型中沒有 %2，簽收單上以〓代替，請手寫補全。</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name ending in .pdf.</source>
        <translation>%1 是資料夾，請給出以 .pdf 結尾的檔案名。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>資料夾 %1 不存在。</translation>
    </message>
    <message>
        <source>Unknown receipt layout %1 (use a4 or a5).</source>
        <translation>未知的簽收單版面 %1（請用 a4 或 a5）。</translation>
    </message>
    <message>
        <source>No receipts to print.</source>
        <translation>沒有要列印的簽收單。</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>簽收單</translation>
    </message>
    <message>
        <source>Nobody has been paid in this campaign yet.</source>
        <translation>這個活動還沒有發放紀錄。</translation>
    </message>
    <message>
        <source>Old scheme: this code was sealed with the organisation's shared key, not signed by the issuing device. It is only as good as its match with the ledger.</source>
        <translation>舊版驗真碼：此 QR 碼以單位共用金鑰加封，而非開立裝置本身簽章，只能以與台帳一致為準。</translation>
    </message>
    <message>
        <source>Not a fieldvisit receipt code, or damaged.</source>
        <translation>不是本系統的簽收單 QR 碼，或已損壞。</translation>
    </message>
    <message>
        <source>The code is signed by a device this registry does not know (%1). Sync with the hub, or use the office's latest registry file.</source>
        <translation>此 QR 碼由登記中沒有的裝置（%1）簽章。請先與中心庫同步，或使用辦公室最新的公鑰登記檔。</translation>
    </message>
    <message>
        <source>The code's signature does not match the key of the device it names: it was altered, or made by someone else.</source>
        <translation>QR 碼簽章與其所寫裝置的金鑰不符：內容被改動，或由他人製作。</translation>
    </message>
    <message>
        <source>Forged: receipt numbers %1 belong to %2, but this code is signed by %3.</source>
        <translation>偽造：編號 %1 屬於 %2，但此 QR 碼由 %3 簽章。</translation>
    </message>
    <message>
        <source>Signed by %1 (a valid signature; receipt %2 is in its series). No ledger was checked: compare the amounts with the office's records.</source>
        <translation>由 %1 簽章（簽章有效，簽收單 %2 屬於該裝置的編號段）。未核對台帳：請與辦公室記錄核對金額。</translation>
    </message>
    <message>
        <source>Signed by %1, but receipt %2 is not in this ledger (not synced yet?).</source>
        <translation>由 %1 簽章，但本機台帳中沒有簽收單 %2（可能尚未同步）。</translation>
    </message>
    <message>
        <source>Forged: receipt %1 was issued by %2, but this code is signed by %3.</source>
        <translation>偽造：簽收單 %1 由 %2 開出，但此 QR 碼由 %3 簽章。</translation>
    </message>
    <message>
        <source>The code disagrees with the ledger entry.</source>
        <translation>QR 碼內容與台帳記錄不一致。</translation>
    </message>
    <message>
        <source>Receipt %1 was voided: %2</source>
        <translation>簽收單 %1 已作廢：%2</translation>
    </message>
    <message>
        <source>Receipt %1 is genuine and matches the ledger.</source>
        <translation>簽收單 %1 真實有效，與台帳一致。</translation>
    </message>
    <message>
        <source>An old-scheme code can only be checked by a replica that holds the organisation's old receipt key (an office replica).</source>
        <translation>舊版驗真碼只能由持有單位舊簽收單金鑰的本機庫（辦公室）核驗。</translation>
    </message>
    <message>
        <source>The code's seal does not match: it was altered, or issued under another organisation's key.</source>
        <translation>防偽碼不符：內容被改動，或是用其他單位的金鑰開出的。</translation>
    </message>
    <message>
        <source>Sealed correctly, but receipt %1 is not in this ledger (not synced yet?).</source>
        <translation>防偽碼正確，但本機台帳中沒有簽收單 %1（可能尚未同步）。</translation>
    </message>
    <message>
        <source>No such file: %1</source>
        <translation>檔案不存在：%1</translation>
    </message>
    <message>
        <source>pdftoppm (poppler-utils) is needed to read a PDF receipt.</source>
        <translation>讀取 PDF 簽收單需要 pdftoppm（poppler-utils）。</translation>
    </message>
    <message>
        <source>%1 is not a readable PDF.</source>
        <translation>%1 不是可讀取的 PDF。</translation>
    </message>
    <message>
        <source>No receipt QR code found on page 1 of %1.</source>
        <translation>%1 第 1 頁上沒有找到簽收單 QR 碼。</translation>
    </message>
    <message>
        <source>zbarimg or pyzbar is needed to read a QR code.</source>
        <translation>識別 QR 碼需要 zbarimg 或 pyzbar。</translation>
    </message>
    <message>
        <source>%1 is not a receipt registry file.</source>
        <translation>%1 不是公鑰登記檔。</translation>
    </message>
</context>
<context>
    <name>UnitReceipt</name>
    <message>
        <source>No unit distribution has the number or id %1.</source>
        <translation>沒有編號或標識為 %1 的單位發放紀錄。</translation>
    </message>
    <message>
        <source>Unit receipts</source>
        <translation>單位簽收單</translation>
    </message>
    <message>
        <source>Unit sign-off roster</source>
        <translation>單位發放簽收表</translation>
    </message>
</context>
</TS>