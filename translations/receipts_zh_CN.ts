<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>ReceiptCli</name>
    <message>
        <source>print, check and list receipts</source>
        <translation>打印、核验和查看签收单</translation>
    </message>
    <message>
        <source>print one payment's receipt</source>
        <translation>打印一笔发放的签收单</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>PDF 文件</translation>
    </message>
    <message>
        <source>a4: two copies and a cut line; a5: one copy a page</source>
        <translation>a4：一页两联带裁切线；a5：每页一联</translation>
    </message>
    <message>
        <source>mark as a reprint even if never printed</source>
        <translation>即使从未打印过也标记为补打</translation>
    </message>
    <message>
        <source>all receipts of a campaign in one PDF</source>
        <translation>把一个活动的全部签收单打印到一个 PDF</translation>
    </message>
    <message>
        <source>only this day (YYYY-MM-DD)</source>
        <translation>只打印这一天的（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>the sign-off roster of a campaign</source>
        <translation>活动的发放签收表</translation>
    </message>
    <message>
        <source>numbers issued per device, gaps, voids, reprints</source>
        <translation>各设备已开出的单号、断号、作废和补打</translation>
    </message>
    <message>
        <source>check a receipt's QR code</source>
        <translation>核验签收单二维码</translation>
    </message>
    <message>
        <source>receipt PDF</source>
        <translation>签收单 PDF</translation>
    </message>
    <message>
        <source>the text read from the QR code</source>
        <translation>从二维码读出的文字</translation>
    </message>
    <message>
        <source>a registry file of devices' public keys (works without a replica)</source>
        <translation>设备公钥登记文件（无需本机库也可验真）</translation>
    </message>
    <message>
        <source>write the devices' public keys for checking receipts</source>
        <translation>导出各设备的公钥，用于验真签收单</translation>
    </message>
    <message>
        <source>JSON file</source>
        <translation>JSON 文件</translation>
    </message>
    <message>
        <source>campaign id or name</source>
        <translation>活动编号或名称</translation>
    </message>
    <message>
        <source>team id or name</source>
        <translation>走访组编号或名称</translation>
    </message>
    <message>
        <source>not a date (YYYY-MM-DD): %1</source>
        <translation>不是日期（YYYY-MM-DD）：%1</translation>
    </message>
    <message>
        <source>No such team: %1</source>
        <translation>没有这个走访组：%1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Receipt written to %1</source>
        <translation>签收单已保存到 %1</translation>
    </message>
    <message>
        <source>%1 receipts written to %2</source>
        <translation>%1 张签收单已保存到 %2</translation>
    </message>
    <message>
        <source>Roster written to %1</source>
        <translation>发放签收表已保存到 %1</translation>
    </message>
    <message>
        <source>%1-%2 (%3): %4 issued, last %5</source>
        <translation>%1-%2（%3）：已开出 %4 张，最后一号 %5</translation>
    </message>
    <message>
        <source>gaps: %1</source>
        <translation>断号：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>voided: %1</source>
        <translation>作废：%1</translation>
    </message>
    <message>
        <source>reprints: %1</source>
        <translation>补打：%1</translation>
    </message>
    <message>
        <source>No receipts issued yet.</source>
        <translation>还没有开出签收单。</translation>
    </message>
    <message>
        <source>Give either a receipt PDF or --payload TEXT.</source>
        <translation>请给出签收单 PDF 或 --payload 文字（二选一）。</translation>
    </message>
    <message>
        <source>GENUINE</source>
        <translation>真实有效</translation>
    </message>
    <message>
        <source>ALTERED</source>
        <translation>已被改动</translation>
    </message>
    <message>
        <source>UNKNOWN</source>
        <translation>无法确认</translation>
    </message>
    <message>
        <source>VOIDED</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>FORGED</source>
        <translation>伪造</translation>
    </message>
    <message>
        <source>SIGNED</source>
        <translation>签名有效</translation>
    </message>
    <message>
        <source>signed by: %1</source>
        <translation>签名设备：%1</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>开出</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>reprinted</source>
        <translation>补打</translation>
    </message>
    <message>
        <source>voided</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>Public keys of %1 devices written to %2</source>
        <translation>已将 %1 台设备的公钥写入 %2</translation>
    </message>
    <message>
        <source>payment id or receipt number (e.g. HZ03-2025-000123)</source>
        <translation>发放编号或签收单号（如 HZ03-2025-000123）</translation>
    </message>
</context>
<context>
    <name>Receipts</name>
    <message>
        <source>No such payment: %1</source>
        <translation>没有这笔发放记录：%1</translation>
    </message>
    <message>
        <source>Payment %1 has no receipt number.</source>
        <translation>发放记录 %1 没有签收单号。</translation>
    </message>
    <message>
        <source>Receipt %1 was issued on another laptop; only that laptop or the office can print it (its code is signed by the device that prints it).</source>
        <translation>签收单 %1 是在另一台电脑上开出的，只有那台电脑或办公室可以打印（二维码由打印它的设备签名）。</translation>
    </message>
    <message>
        <source>The receipt font is missing: %1</source>
        <translation>缺少签收单字体：%1</translation>
    </message>
    <message>
        <source>%1: no font has %2; the receipt shows 〓 there, write it in by hand.</source>
        <translation>%1：字库中没有 %2，签收单上以〓代替，请手写补全。</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name ending in .pdf.</source>
        <translation>%1 是文件夹，请给出以 .pdf 结尾的文件名。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>Unknown receipt layout %1 (use a4 or a5).</source>
        <translation>未知的签收单版式 %1（请用 a4 或 a5）。</translation>
    </message>
    <message>
        <source>No receipts to print.</source>
        <translation>没有要打印的签收单。</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>签收单</translation>
    </message>
    <message>
        <source>Nobody has been paid in this campaign yet.</source>
        <translation>这个活动还没有发放记录。</translation>
    </message>
    <message>
        <source>Old scheme: this code was sealed with the organisation's shared key, not signed by the issuing device. It is only as good as its match with the ledger.</source>
        <translation>旧版验真码：此二维码用单位共用密钥加封，而非开具设备本身签名，只能以与台账一致为准。</translation>
    </message>
    <message>
        <source>Not a fieldvisit receipt code, or damaged.</source>
        <translation>不是本系统的签收单二维码，或已损坏。</translation>
    </message>
    <message>
        <source>The code is signed by a device this registry does not know (%1). Sync with the hub, or use the office's latest registry file.</source>
        <translation>此二维码由登记中没有的设备（%1）签名。请先与中心库同步，或使用办公室最新的公钥登记文件。</translation>
    </message>
    <message>
        <source>The code's signature does not match the key of the device it names: it was altered, or made by someone else.</source>
        <translation>二维码签名与其所写设备的密钥不符：内容被改动，或由他人制作。</translation>
    </message>
    <message>
        <source>Forged: receipt numbers %1 belong to %2, but this code is signed by %3.</source>
        <translation>伪造：编号 %1 属于 %2，但此二维码由 %3 签名。</translation>
    </message>
    <message>
        <source>Signed by %1 (a valid signature; receipt %2 is in its series). No ledger was checked: compare the amounts with the office's records.</source>
        <translation>由 %1 签名（签名有效，签收单 %2 属于该设备的编号段）。未核对台账：请与办公室记录核对金额。</translation>
    </message>
    <message>
        <source>Signed by %1, but receipt %2 is not in this ledger (not synced yet?).</source>
        <translation>由 %1 签名，但本机台账中没有签收单 %2（可能尚未同步）。</translation>
    </message>
    <message>
        <source>Forged: receipt %1 was issued by %2, but this code is signed by %3.</source>
        <translation>伪造：签收单 %1 由 %2 开出，但此二维码由 %3 签名。</translation>
    </message>
    <message>
        <source>The code disagrees with the ledger entry.</source>
        <translation>二维码内容与台账记录不一致。</translation>
    </message>
    <message>
        <source>Receipt %1 was voided: %2</source>
        <translation>签收单 %1 已作废：%2</translation>
    </message>
    <message>
        <source>Receipt %1 is genuine and matches the ledger.</source>
        <translation>签收单 %1 真实有效，与台账一致。</translation>
    </message>
    <message>
        <source>An old-scheme code can only be checked by a replica that holds the organisation's old receipt key (an office replica).</source>
        <translation>旧版验真码只能由持有单位旧签收单密钥的本机库（办公室）核验。</translation>
    </message>
    <message>
        <source>The code's seal does not match: it was altered, or issued under another organisation's key.</source>
        <translation>防伪码不符：内容被改动，或是用其他单位的密钥开出的。</translation>
    </message>
    <message>
        <source>Sealed correctly, but receipt %1 is not in this ledger (not synced yet?).</source>
        <translation>防伪码正确，但本机台账中没有签收单 %1（可能尚未同步）。</translation>
    </message>
    <message>
        <source>No such file: %1</source>
        <translation>文件不存在：%1</translation>
    </message>
    <message>
        <source>pdftoppm (poppler-utils) is needed to read a PDF receipt.</source>
        <translation>读取 PDF 签收单需要 pdftoppm（poppler-utils）。</translation>
    </message>
    <message>
        <source>%1 is not a readable PDF.</source>
        <translation>%1 不是可读取的 PDF。</translation>
    </message>
    <message>
        <source>No receipt QR code found on page 1 of %1.</source>
        <translation>%1 第 1 页上没有找到签收单二维码。</translation>
    </message>
    <message>
        <source>zbarimg or pyzbar is needed to read a QR code.</source>
        <translation>识别二维码需要 zbarimg 或 pyzbar。</translation>
    </message>
    <message>
        <source>%1 is not a receipt registry file.</source>
        <translation>%1 不是公钥登记文件。</translation>
    </message>
</context>
<context>
    <name>UnitReceipt</name>
    <message>
        <source>No unit distribution has the number or id %1.</source>
        <translation>没有编号或标识为 %1 的单位发放记录。</translation>
    </message>
    <message>
        <source>Unit receipts</source>
        <translation>单位签收单</translation>
    </message>
    <message>
        <source>Unit sign-off roster</source>
        <translation>单位发放签收表</translation>
    </message>
</context>
</TS>