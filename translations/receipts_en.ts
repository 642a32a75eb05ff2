<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>ReceiptCli</name>
    <message>
        <source>print, check and list receipts</source>
        <translation>print, check and list receipts</translation>
    </message>
    <message>
        <source>print one payment's receipt</source>
        <translation>print one payment's receipt</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>PDF file</translation>
    </message>
    <message>
        <source>a4: two copies and a cut line; a5: one copy a page</source>
        <translation>a4: two copies and a cut line; a5: one copy a page</translation>
    </message>
    <message>
        <source>mark as a reprint even if never printed</source>
        <translation>mark as a reprint even if never printed</translation>
    </message>
    <message>
        <source>all receipts of a campaign in one PDF</source>
        <translation>all receipts of a campaign in one PDF</translation>
    </message>
    <message>
        <source>only this day (YYYY-MM-DD)</source>
        <translation>only this day (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>the sign-off roster of a campaign</source>
        <translation>the sign-off roster of a campaign</translation>
    </message>
    <message>
        <source>numbers issued per device, gaps, voids, reprints</source>
        <translation>numbers issued per device, gaps, voids, reprints</translation>
    </message>
    <message>
        <source>check a receipt's QR code</source>
        <translation>check a receipt's QR code</translation>
    </message>
    <message>
        <source>receipt PDF</source>
        <translation>receipt PDF</translation>
    </message>
    <message>
        <source>the text read from the QR code</source>
        <translation>the text read from the QR code</translation>
    </message>
    <message>
        <source>a registry file of devices' public keys (works without a replica)</source>
        <translation>a registry file of devices' public keys (works without a replica)</translation>
    </message>
    <message>
        <source>write the devices' public keys for checking receipts</source>
        <translation>write the devices' public keys for checking receipts</translation>
    </message>
    <message>
        <source>JSON file</source>
        <translation>JSON file</translation>
    </message>
    <message>
        <source>campaign id or name</source>
        <translation>campaign id or name</translation>
    </message>
    <message>
        <source>team id or name</source>
        <translation>team id or name</translation>
    </message>
    <message>
        <source>not a date (YYYY-MM-DD): %1</source>
        <translation>not a date (YYYY-MM-DD): %1</translation>
    </message>
    <message>
        <source>No such team: %1</source>
        <translation>No such team: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>warning: %1</translation>
    </message>
    <message>
        <source>Receipt written to %1</source>
        <translation>Receipt written to %1</translation>
    </message>
    <message>
        <source>%1 receipts written to %2</source>
        <translation>%1 receipts written to %2</translation>
    </message>
    <message>
        <source>Roster written to %1</source>
        <translation>Roster written to %1</translation>
    </message>
    <message>
        <source>%1-%2 (%3): %4 issued, last %5</source>
        <translation>%1-%2 (%3): %4 issued, last %5</translation>
    </message>
    <message>
        <source>gaps: %1</source>
        <translation>gaps: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>voided: %1</source>
        <translation>voided: %1</translation>
    </message>
    <message>
        <source>reprints: %1</source>
        <translation>reprints: %1</translation>
    </message>
    <message>
        <source>No receipts issued yet.</source>
        <translation>No receipts issued yet.</translation>
    </message>
    <message>
        <source>Give either a receipt PDF or --payload TEXT.</source>
        <translation>Give either a receipt PDF or --payload TEXT.</translation>
    </message>
    <message>
        <source>GENUINE</source>
        <translation>GENUINE</translation>
    </message>
    <message>
        <source>ALTERED</source>
        <translation>ALTERED</translation>
    </message>
    <message>
        <source>UNKNOWN</source>
        <translation>UNKNOWN</translation>
    </message>
    <message>
        <source>VOIDED</source>
        <translation>VOIDED</translation>
    </message>
    <message>
        <source>FORGED</source>
        <translation>FORGED</translation>
    </message>
    <message>
        <source>SIGNED</source>
        <translation>SIGNED</translation>
    </message>
    <message>
        <source>signed by: %1</source>
        <translation>signed by: %1</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>issued</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>printed</translation>
    </message>
    <message>
        <source>reprinted</source>
        <translation>reprinted</translation>
    </message>
    <message>
        <source>voided</source>
        <translation>voided</translation>
    </message>
    <message>
        <source>Public keys of %1 devices written to %2</source>
        <translation>Public keys of %1 devices written to %2</translation>
    </message>
    <message>
        <source>payment id or receipt number (e.g. HZ03-2025-000123)</source>
        <translation>payment id or receipt number (e.g. HZ03-2025-000123)</translation>
    </message>
</context>
<context>
    <name>Receipts</name>
    <message>
        <source>No such payment: %1</source>
        <translation>No such payment: %1</translation>
    </message>
    <message>
        <source>Payment %1 has no receipt number.</source>
        <translation>Payment %1 has no receipt number.</translation>
    </message>
    <message>
        <source>Receipt %1 was issued on another laptop; only that laptop or the office can print it (its code is signed by the device that prints it).</source>
        <translation>Receipt %1 was issued on another laptop; only that laptop or the office can print it (its code is signed by the device that prints it).</translation>
    </message>
    <message>
        <source>The receipt font is missing: %1</source>
        <translation>The receipt font is missing: %1</translation>
    </message>
    <message>
        <source>%1: no font has %2; the receipt shows 〓 there, write it in by hand.</source>
        <translation>%1: no font has %2; the receipt shows 〓 there, write it in by hand.</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name ending in .pdf.</source>
        <translation>%1 is a folder; give a file name ending in .pdf.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>Unknown receipt layout %1 (use a4 or a5).</source>
        <translation>Unknown receipt layout %1 (use a4 or a5).</translation>
    </message>
    <message>
        <source>No receipts to print.</source>
        <translation>No receipts to print.</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Receipts</translation>
    </message>
    <message>
        <source>Nobody has been paid in this campaign yet.</source>
        <translation>Nobody has been paid in this campaign yet.</translation>
    </message>
    <message>
        <source>Old scheme: this code was sealed with the organisation's shared key, not signed by the issuing device. It is only as good as its match with the ledger.</source>
        <translation>Old scheme: this code was sealed with the organisation's shared key, not signed by the issuing device. It is only as good as its match with the ledger.</translation>
    </message>
    <message>
        <source>Not a fieldvisit receipt code, or damaged.</source>
        <translation>Not a fieldvisit receipt code, or damaged.</translation>
    </message>
    <message>
        <source>The code is signed by a device this registry does not know (%1). Sync with the hub, or use the office's latest registry file.</source>
        <translation>The code is signed by a device this registry does not know (%1). Sync with the hub, or use the office's latest registry file.</translation>
    </message>
    <message>
        <source>The code's signature does not match the key of the device it names: it was altered, or made by someone else.</source>
        <translation>The code's signature does not match the key of the device it names: it was altered, or made by someone else.</translation>
    </message>
    <message>
        <source>Forged: receipt numbers %1 belong to %2, but this code is signed by %3.</source>
        <translation>Forged: receipt numbers %1 belong to %2, but this code is signed by %3.</translation>
    </message>
    <message>
        <source>Signed by %1 (a valid signature; receipt %2 is in its series). No ledger was checked: compare the amounts with the office's records.</source>
        <translation>Signed by %1 (a valid signature; receipt %2 is in its series). No ledger was checked: compare the amounts with the office's records.</translation>
    </message>
    <message>
        <source>Signed by %1, but receipt %2 is not in this ledger (not synced yet?).</source>
        <translation>Signed by %1, but receipt %2 is not in this ledger (not synced yet?).</translation>
    </message>
    <message>
        <source>Forged: receipt %1 was issued by %2, but this code is signed by %3.</source>
        <translation>Forged: receipt %1 was issued by %2, but this code is signed by %3.</translation>
    </message>
    <message>
        <source>The code disagrees with the ledger entry.</source>
        <translation>The code disagrees with the ledger entry.</translation>
    </message>
    <message>
        <source>Receipt %1 was voided: %2</source>
        <translation>Receipt %1 was voided: %2</translation>
    </message>
    <message>
        <source>Receipt %1 is genuine and matches the ledger.</source>
        <translation>Receipt %1 is genuine and matches the ledger.</translation>
    </message>
    <message>
        <source>An old-scheme code can only be checked by a replica that holds the organisation's old receipt key (an office replica).</source>
        <translation>An old-scheme code can only be checked by a replica that holds the organisation's old receipt key (an office replica).</translation>
    </message>
    <message>
        <source>The code's seal does not match: it was altered, or issued under another organisation's key.</source>
        <translation>The code's seal does not match: it was altered, or issued under another organisation's key.</translation>
    </message>
    <message>
        <source>Sealed correctly, but receipt %1 is not in this ledger (not synced yet?).</source>
        <translation>Sealed correctly, but receipt %1 is not in this ledger (not synced yet?).</translation>
    </message>
    <message>
        <source>No such file: %1</source>
        <translation>No such file: %1</translation>
    </message>
    <message>
        <source>pdftoppm (poppler-utils) is needed to read a PDF receipt.</source>
        <translation>pdftoppm (poppler-utils) is needed to read a PDF receipt.</translation>
    </message>
    <message>
        <source>%1 is not a readable PDF.</source>
        <translation>%1 is not a readable PDF.</translation>
    </message>
    <message>
        <source>No receipt QR code found on page 1 of %1.</source>
        <translation>No receipt QR code found on page 1 of %1.</translation>
    </message>
    <message>
        <source>zbarimg or pyzbar is needed to read a QR code.</source>
        <translation>zbarimg or pyzbar is needed to read a QR code.</translation>
    </message>
    <message>
        <source>%1 is not a receipt registry file.</source>
        <translation>%1 is not a receipt registry file.</translation>
    </message>
</context>
<context>
    <name>UnitReceipt</name>
    <message>
        <source>No unit distribution has the number or id %1.</source>
        <translation>No unit distribution has the number or id %1.</translation>
    </message>
    <message>
        <source>Unit receipts</source>
        <translation>Unit receipts</translation>
    </message>
    <message>
        <source>Unit sign-off roster</source>
        <translation>Unit sign-off roster</translation>
    </message>
</context>
</TS>