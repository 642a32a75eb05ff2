<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>Audit</name>
    <message>
        <source>No such record: %1</source>
        <translation>No such record: %1</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>The backup folder %1 already exists.</source>
        <translation>The backup folder %1 already exists.</translation>
    </message>
    <message>
        <source>Cannot write to %1: %2</source>
        <translation>Cannot write to %1: %2</translation>
    </message>
    <message>
        <source>The backup copy is incomplete; try again.</source>
        <translation>The backup copy is incomplete; try again.</translation>
    </message>
    <message>
        <source>The backup would not be encrypted; it was removed.</source>
        <translation>The backup would not be encrypted; it was removed.</translation>
    </message>
</context>
<context>
    <name>Busy</name>
    <message>
        <source>The replica is busy with a long task in another program (a demo or a sync putting the records in order). Nothing was changed: try again in a few minutes.</source>
        <translation>The replica is busy with a long task in another program (a demo or a sync putting the records in order). Nothing was changed: try again in a few minutes.</translation>
    </message>
    <message>
        <source>The laptop is still busy with a long task (a sync putting in order what it received). Nothing was saved: try again in a minute.</source>
        <translation>The laptop is still busy with a long task (a sync putting in order what it received). Nothing was saved: try again in a minute.</translation>
    </message>
</context>
<context>
    <name>Campaigns</name>
    <message>
        <source>the campaign ends before it starts</source>
        <translation>the campaign ends before it starts</translation>
    </message>
    <message>
        <source>No such campaign: %1</source>
        <translation>No such campaign: %1</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <source>The household search index is damaged: %1</source>
        <translation>The household search index is damaged: %1</translation>
    </message>
    <message>
        <source>Device %1 has gaps in its operation sequence (%2 operations, highest %3).</source>
        <translation>Device %1 has gaps in its operation sequence (%2 operations, highest %3).</translation>
    </message>
    <message>
        <source>%1 reversal(s) point at no payment.</source>
        <translation>%1 reversal(s) point at no payment.</translation>
    </message>
    <message>
        <source>%1 payment(s) reversed more than once.</source>
        <translation>%1 payment(s) reversed more than once.</translation>
    </message>
    <message>
        <source>Receipt numbers used twice: %1</source>
        <translation>Receipt numbers used twice: %1</translation>
    </message>
    <message>
        <source>%1 %2 refer to a household this replica does not hold.</source>
        <translation>%1 %2 refer to a household this replica does not hold.</translation>
    </message>
    <message>
        <source>Operation %1 (%2/%3) written by %4, sent by %5 (%6), was refused: %7</source>
        <translation>Operation %1 (%2/%3) written by %4, sent by %5 (%6), was refused: %7</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>The running totals in %1 differ from the ledger in %2 place(s).</source>
        <translation>The running totals in %1 differ from the ledger in %2 place(s).</translation>
    </message>
    <message>
        <source>%1 %2 differs from its operations in: %3</source>
        <translation>%1 %2 differs from its operations in: %3</translation>
    </message>
    <message>
        <source>The replica file is damaged: %1</source>
        <translation>The replica file is damaged: %1</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Offline field visits: households, visits, payments, receipts and sync.</source>
        <translation>Offline field visits: households, visits, payments, receipts and sync.</translation>
    </message>
    <message>
        <source>folder of the local replica (default: FIELDVISIT_DATA_DIR or the user data folder)</source>
        <translation>folder of the local replica (default: FIELDVISIT_DATA_DIR or the user data folder)</translation>
    </message>
    <message>
        <source>language of messages</source>
        <translation>language of messages</translation>
    </message>
    <message>
        <source>fieldvisit: interrupted</source>
        <translation>fieldvisit: interrupted</translation>
    </message>
    <message>
        <source>create this laptop's encrypted replica</source>
        <translation>create this laptop's encrypted replica</translation>
    </message>
    <message>
        <source>this laptop's name, e.g. HZ03</source>
        <translation>this laptop's name, e.g. HZ03</translation>
    </message>
    <message>
        <source>the visiting team this laptop belongs to</source>
        <translation>the visiting team this laptop belongs to</translation>
    </message>
    <message>
        <source>issuing unit printed on receipts</source>
        <translation>issuing unit printed on receipts</translation>
    </message>
    <message>
        <source>an office replica (all teams)</source>
        <translation>an office replica (all teams)</translation>
    </message>
    <message>
        <source>fill the replica with invented demo data</source>
        <translation>fill the replica with invented demo data</translation>
    </message>
    <message>
        <source>find households by name, pinyin, ID digits, phone</source>
        <translation>find households by name, pinyin, ID digits, phone</translation>
    </message>
    <message>
        <source>check database integrity and domain invariants</source>
        <translation>check database integrity and domain invariants</translation>
    </message>
    <message>
        <source>import data from a file</source>
        <translation>import data from a file</translation>
    </message>
    <message>
        <source>import a register of households (.xlsx, .xls or .csv)</source>
        <translation>import a register of households (.xlsx, .xls or .csv)</translation>
    </message>
    <message>
        <source>export households, visits, payments or needs</source>
        <translation>export households, visits, payments or needs</translation>
    </message>
    <message>
        <source>an .xlsx or .csv file</source>
        <translation>an .xlsx or .csv file</translation>
    </message>
    <message>
        <source>write full ID numbers (otherwise masked)</source>
        <translation>write full ID numbers (otherwise masked)</translation>
    </message>
    <message>
        <source>Created an encrypted replica in %1 (unlocked by %2).</source>
        <translation>Created an encrypted replica in %1 (unlocked by %2).</translation>
    </message>
    <message>
        <source>--households must be between 0 and 1000000</source>
        <translation>--households must be between 0 and 1000000</translation>
    </message>
    <message>
        <source>putting the records in order, a few minutes at most…</source>
        <translation>putting the records in order, a few minutes at most…</translation>
    </message>
    <message>
        <source>Demo data: %1 households, %2 visits, %3 payments, %4 needs in %5 s.</source>
        <translation>Demo data: %1 households, %2 visits, %3 payments, %4 needs in %5 s.</translation>
    </message>
    <message>
        <source>No household found.</source>
        <translation>No household found.</translation>
    </message>
    <message>
        <source>All checks passed.</source>
        <translation>All checks passed.</translation>
    </message>
    <message>
        <source>%1: %2 rows, %3 imported (%4 new, %5 updated, %6 unchanged); %7 invalid ID numbers, %8 duplicate ID numbers, %9 without a name.</source>
        <translation>%1: %2 rows, %3 imported (%4 new, %5 updated, %6 unchanged); %7 invalid ID numbers, %8 duplicate ID numbers, %9 without a name.</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2.</source>
        <translation>Exported %1 rows to %2.</translation>
    </message>
    <message>
        <source>check the file and say what would change, without changing it</source>
        <translation>check the file and say what would change, without changing it</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Dry run: nothing was changed.</translation>
    </message>
    <message>
        <source>Family members: %1 read, %2 added.</source>
        <translation>Family members: %1 read, %2 added.</translation>
    </message>
    <message>
        <source>find needs and move them on</source>
        <translation>find needs and move them on</translation>
    </message>
    <message>
        <source>needs matching the filters, soonest due first</source>
        <translation>needs matching the filters, soonest due first</translation>
    </message>
    <message>
        <source>text or household name</source>
        <translation>text or household name</translation>
    </message>
    <message>
        <source>owner (empty: needs without an owner)</source>
        <translation>owner (empty: needs without an owner)</translation>
    </message>
    <message>
        <source>campaign name or id</source>
        <translation>campaign name or id</translation>
    </message>
    <message>
        <source>move a need on; settling or reopening needs a note</source>
        <translation>move a need on; settling or reopening needs a note</translation>
    </message>
    <message>
        <source>what was done, or why it is reopened</source>
        <translation>what was done, or why it is reopened</translation>
    </message>
    <message>
        <source>No needs found.</source>
        <translation>No needs found.</translation>
    </message>
    <message>
        <source>Need updated.</source>
        <translation>Need updated.</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>usage: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>positional arguments</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>show this help and exit</source>
        <translation>show this help and exit</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>show the version and exit</translation>
    </message>
    <message>
        <source>how many households</source>
        <translation>how many households</translation>
    </message>
    <message>
        <source>same seed, same invented data</source>
        <translation>same seed, same invented data</translation>
    </message>
    <message>
        <source>name, pinyin, initials or last digits</source>
        <translation>name, pinyin, initials or last digits</translation>
    </message>
    <message>
        <source>show at most this many</source>
        <translation>show at most this many</translation>
    </message>
    <message>
        <source>the register file</source>
        <translation>the register file</translation>
    </message>
    <message>
        <source>what to export</source>
        <translation>what to export</translation>
    </message>
    <message>
        <source>the system keyring</source>
        <translation>the system keyring</translation>
    </message>
    <message>
        <source>password</source>
        <translation>password</translation>
    </message>
    <message>
        <source>machine-readable output (JSON)</source>
        <translation>machine-readable output (JSON)</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>ambiguous option: %(option)s could match %(matches)s</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>expected at least one argument</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>expected at most one argument</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>expected one argument</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>ignored explicit argument %r</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>invalid %(type)s value: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>invalid choice: %(value)r (choose from %(choices)s)</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>not allowed with argument %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>one of the arguments %s is required</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>the following arguments are required: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>unrecognized arguments: %s</translation>
    </message>
    <message>
        <source>which needs by their state (default: active)</source>
        <translation>which needs by their state (default: active)</translation>
    </message>
    <message>
        <source>which needs by their due date (default: any)</source>
        <translation>which needs by their due date (default: any)</translation>
    </message>
    <message>
        <source>id of the need</source>
        <translation>id of the need</translation>
    </message>
    <message>
        <source>the state it moves to</source>
        <translation>the state it moves to</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>This laptop is enrolled for a team and has no campaign yet: campaigns come from the office. Sync with the hub (or import the office's bundle) first.</source>
        <translation>This laptop is enrolled for a team and has no campaign yet: campaigns come from the office. Sync with the hub (or import the office's bundle) first.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Unknown export: %1</source>
        <translation>Unknown export: %1</translation>
    </message>
    <message>
        <source>Export to a file ending in .xlsx or .csv, not %1.</source>
        <translation>Export to a file ending in .xlsx or .csv, not %1.</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
</context>
<context>
    <name>Households</name>
    <message>
        <source>must be between 1 and 49</source>
        <translation>must be between 1 and 49</translation>
    </message>
    <message>
        <source>This household is archived; restore it before editing.</source>
        <translation>This household is archived; restore it before editing.</translation>
    </message>
    <message>
        <source>The field %1 cannot be edited.</source>
        <translation>The field %1 cannot be edited.</translation>
    </message>
    <message>
        <source>A merged household cannot be restored; its records now belong to the household it was merged into.</source>
        <translation>A merged household cannot be restored; its records now belong to the household it was merged into.</translation>
    </message>
    <message>
        <source>A household cannot be merged into itself.</source>
        <translation>A household cannot be merged into itself.</translation>
    </message>
    <message>
        <source>The household to keep is archived.</source>
        <translation>The household to keep is archived.</translation>
    </message>
    <message>
        <source>That household is already archived or merged.</source>
        <translation>That household is already archived or merged.</translation>
    </message>
    <message>
        <source>No such household: %1</source>
        <translation>No such household: %1</translation>
    </message>
    <message>
        <source>The two households have different ID numbers; say why they are one family.</source>
        <translation>The two households have different ID numbers; say why they are one family.</translation>
    </message>
    <message>
        <source>This household is not merged.</source>
        <translation>This household is not merged.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>No register header found in %1: the first rows must name columns such as 姓名 and 身份证号.</source>
        <translation>No register header found in %1: the first rows must name columns such as 姓名 and 身份证号.</translation>
    </message>
    <message>
        <source>is not a number of people</source>
        <translation>is not a number of people</translation>
    </message>
    <message>
        <source>%1 row %2, %3: %4</source>
        <translation>%1 row %2, %3: %4</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>The file %1 does not exist.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>The file %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The file %1 is empty.</source>
        <translation>The file %1 is empty.</translation>
    </message>
    <message>
        <source>The workbook %1 is protected by a password. Open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook) and save it again.</source>
        <translation>The workbook %1 is protected by a password. Open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook) and save it again.</translation>
    </message>
    <message>
        <source>The file %1 is not an Excel workbook, although its name says so.</source>
        <translation>The file %1 is not an Excel workbook, although its name says so.</translation>
    </message>
    <message>
        <source>The workbook %1 is damaged and cannot be read.</source>
        <translation>The workbook %1 is damaged and cannot be read.</translation>
    </message>
    <message>
        <source>The file %1 is neither an Excel workbook nor a CSV text file.</source>
        <translation>The file %1 is neither an Excel workbook nor a CSV text file.</translation>
    </message>
    <message>
        <source>stored as a number, the last digits are lost — retype it as text</source>
        <translation>stored as a number, the last digits are lost — retype it as text</translation>
    </message>
    <message>
        <source>holds the Excel error %1, not a value</source>
        <translation>holds the Excel error %1, not a value</translation>
    </message>
    <message>
        <source>cannot be read as a value</source>
        <translation>cannot be read as a value</translation>
    </message>
    <message>
        <source>family member: %1</source>
        <translation>family member: %1</translation>
    </message>
    <message>
        <source>a family member row with no household above it</source>
        <translation>a family member row with no household above it</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>row %1</translation>
    </message>
    <message>
        <source>sheet %1 row %2</source>
        <translation>sheet %1 row %2</translation>
    </message>
    <message>
        <source>repeats the ID number of %1 with another name</source>
        <translation>repeats the ID number of %1 with another name</translation>
    </message>
    <message>
        <source>the same household as %1; imported once</source>
        <translation>the same household as %1; imported once</translation>
    </message>
    <message>
        <source>the same household as %1 with other details; the first is imported</source>
        <translation>the same household as %1 with other details; the first is imported</translation>
    </message>
    <message>
        <source>read</source>
        <translation>read</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>skipped</translation>
    </message>
    <message>
        <source>Sheet %1: %2 (%3)</source>
        <translation>Sheet %1: %2 (%3)</translation>
    </message>
    <message>
        <source>, %1 rows</source>
        <translation>, %1 rows</translation>
    </message>
    <message>
        <source>Rows to fix</source>
        <translation>Rows to fix</translation>
    </message>
    <message>
        <source>%1 row %2</source>
        <translation>%1 row %2</translation>
    </message>
    <message>
        <source>holds a register</source>
        <translation>holds a register</translation>
    </message>
    <message>
        <source>a summary or statistics sheet, not a register</source>
        <translation>a summary or statistics sheet, not a register</translation>
    </message>
    <message>
        <source>a summary sheet, read because no other sheet holds a register</source>
        <translation>a summary sheet, read because no other sheet holds a register</translation>
    </message>
    <message>
        <source>hidden in the workbook</source>
        <translation>hidden in the workbook</translation>
    </message>
    <message>
        <source>no register header (姓名, 身份证号 …) in its first rows</source>
        <translation>no register header (姓名, 身份证号 …) in its first rows</translation>
    </message>
</context>
<context>
    <name>Migrate</name>
    <message>
        <source>This replica was written by a newer version of fieldvisit (schema %1, this program knows %2). Install the newer version to open it.</source>
        <translation>This replica was written by a newer version of fieldvisit (schema %1, this program knows %2). Install the newer version to open it.</translation>
    </message>
</context>
<context>
    <name>Needs</name>
    <message>
        <source>is required</source>
        <translation>is required</translation>
    </message>
    <message>
        <source>No such need: %1</source>
        <translation>No such need: %1</translation>
    </message>
    <message>
        <source>A need cannot go from %1 to %2.</source>
        <translation>A need cannot go from %1 to %2.</translation>
    </message>
    <message>
        <source>Only a resolved or closed need can be reopened.</source>
        <translation>Only a resolved or closed need can be reopened.</translation>
    </message>
    <message>
        <source>say why the need is reopened</source>
        <translation>say why the need is reopened</translation>
    </message>
    <message>
        <source>say how the need was settled</source>
        <translation>say how the need was settled</translation>
    </message>
    <message>
        <source>Unknown status: %1</source>
        <translation>Unknown status: %1</translation>
    </message>
    <message>
        <source>Unknown due filter: %1</source>
        <translation>Unknown due filter: %1</translation>
    </message>
</context>
<context>
    <name>Organisation</name>
    <message>
        <source>Only an office device can change the organisation name printed on receipts.</source>
        <translation>Only an office device can change the organisation name printed on receipts.</translation>
    </message>
</context>
<context>
    <name>PaperVisits</name>
    <message>
        <source>No household with id, ID number or register number %1.</source>
        <translation>No household with id, ID number or register number %1.</translation>
    </message>
    <message>
        <source>write goods as ITEM:QUANTITY or ITEM:QUANTITY:UNIT_VALUE: %1</source>
        <translation>write goods as ITEM:QUANTITY or ITEM:QUANTITY:UNIT_VALUE: %1</translation>
    </message>
    <message>
        <source>%1 is not in the campaign's catalogue; give its unit value</source>
        <translation>%1 is not in the campaign's catalogue; give its unit value</translation>
    </message>
    <message>
        <source>say how receipt was confirmed: signed, fingerprint or absent</source>
        <translation>say how receipt was confirmed: signed, fingerprint or absent</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 lacks the columns: %2</source>
        <translation>%1 lacks the columns: %2</translation>
    </message>
</context>
<context>
    <name>Payments</name>
    <message>
        <source>must be at least 1</source>
        <translation>must be at least 1</translation>
    </message>
    <message>
        <source>is implausibly large</source>
        <translation>is implausibly large</translation>
    </message>
    <message>
        <source>a payment needs cash or at least one goods line</source>
        <translation>a payment needs cash or at least one goods line</translation>
    </message>
    <message>
        <source>must be signature, fingerprint or absent</source>
        <translation>must be signature, fingerprint or absent</translation>
    </message>
    <message>
        <source>say how the proxy collector is related</source>
        <translation>say how the proxy collector is related</translation>
    </message>
    <message>
        <source>No such payment: %1</source>
        <translation>No such payment: %1</translation>
    </message>
    <message>
        <source>A reversal cannot itself be voided.</source>
        <translation>A reversal cannot itself be voided.</translation>
    </message>
    <message>
        <source>This payment is already voided.</source>
        <translation>This payment is already voided.</translation>
    </message>
    <message>
        <source>Receipt number %1 is on several payments; give the payment id.</source>
        <translation>Receipt number %1 is on several payments; give the payment id.</translation>
    </message>
    <message>
        <source>No payment with id or receipt number %1.</source>
        <translation>No payment with id or receipt number %1.</translation>
    </message>
</context>
<context>
    <name>Photos</name>
    <message>
        <source>is not an image fieldvisit can read</source>
        <translation>is not an image fieldvisit can read</translation>
    </message>
</context>
<context>
    <name>Replica</name>
    <message>
        <source>The replica's description file is missing or damaged.</source>
        <translation>The replica's description file is missing or damaged.</translation>
    </message>
    <message>
        <source>A device name is required.</source>
        <translation>A device name is required.</translation>
    </message>
    <message>
        <source>A team name is required.</source>
        <translation>A team name is required.</translation>
    </message>
    <message>
        <source>A replica already exists in %1.</source>
        <translation>A replica already exists in %1.</translation>
    </message>
    <message>
        <source>No replica in %1. Run 'fieldvisit init' first.</source>
        <translation>No replica in %1. Run 'fieldvisit init' first.</translation>
    </message>
    <message>
        <source>This replica is protected by a passphrase. Enter it (or set FIELDVISIT_PASSPHRASE for unattended use).</source>
        <translation>This replica is protected by a passphrase. Enter it (or set FIELDVISIT_PASSPHRASE for unattended use).</translation>
    </message>
    <message>
        <source>Wrong passphrase: the replica could not be unlocked.</source>
        <translation>Wrong passphrase: the replica could not be unlocked.</translation>
    </message>
    <message>
        <source>The replica could not be unlocked with the key in the keyring, or the file is damaged.</source>
        <translation>The replica could not be unlocked with the key in the keyring, or the file is damaged.</translation>
    </message>
    <message>
        <source>No usable system keyring: %1 Choose a passphrase (or set FIELDVISIT_PASSPHRASE for unattended use).</source>
        <translation>No usable system keyring: %1 Choose a passphrase (or set FIELDVISIT_PASSPHRASE for unattended use).</translation>
    </message>
    <message>
        <source>The replica file %1 is damaged. Nothing was changed. Restore the data folder from a backup, or ask the office for a new enrolment; what was already synced is safe on the hub.</source>
        <translation>The replica file %1 is damaged. Nothing was changed. Restore the data folder from a backup, or ask the office for a new enrolment; what was already synced is safe on the hub.</translation>
    </message>
    <message>
        <source>The replica file %1 is missing, but this folder holds a replica (replica.json). Restore replica.db from a backup; a new replica is not made over it.</source>
        <translation>The replica file %1 is missing, but this folder holds a replica (replica.json). Restore replica.db from a backup; a new replica is not made over it.</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>the file was cut short</source>
        <translation>the file was cut short</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>The system keyring could not be read: %1</source>
        <translation>The system keyring could not be read: %1</translation>
    </message>
    <message>
        <source>The key for this replica is not in the system keyring. Restore it from a backup or enrol the laptop again.</source>
        <translation>The key for this replica is not in the system keyring. Restore it from a backup or enrol the laptop again.</translation>
    </message>
    <message>
        <source>The system keyring is switched off (FIELDVISIT_NO_KEYRING).</source>
        <translation>The system keyring is switched off (FIELDVISIT_NO_KEYRING).</translation>
    </message>
    <message>
        <source>No system keyring is installed.</source>
        <translation>No system keyring is installed.</translation>
    </message>
    <message>
        <source>The keyring backend %1 keeps secrets in a plain or weakly protected file, so fieldvisit does not use it.</source>
        <translation>The keyring backend %1 keeps secrets in a plain or weakly protected file, so fieldvisit does not use it.</translation>
    </message>
    <message>
        <source>The system keyring does not answer: %1</source>
        <translation>The system keyring does not answer: %1</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Monthly income</source>
        <translation>Monthly income</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>is required</translation>
    </message>
    <message>
        <source>must be 18 characters: 17 digits and a digit or X</source>
        <translation>must be 18 characters: 17 digits and a digit or X</translation>
    </message>
    <message>
        <source>contains an impossible birth date</source>
        <translation>contains an impossible birth date</translation>
    </message>
    <message>
        <source>contains a birth date in the future</source>
        <translation>contains a birth date in the future</translation>
    </message>
    <message>
        <source>has a wrong check character (the last character)</source>
        <translation>has a wrong check character (the last character)</translation>
    </message>
    <message>
        <source>is not a mainland mobile (11 digits) or a landline with area code</source>
        <translation>is not a mainland mobile (11 digits) or a landline with area code</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>is not a number</translation>
    </message>
    <message>
        <source>has more than two decimal places</source>
        <translation>has more than two decimal places</translation>
    </message>
    <message>
        <source>cannot be negative</source>
        <translation>cannot be negative</translation>
    </message>
    <message>
        <source>is larger than any amount a receipt can carry</source>
        <translation>is larger than any amount a receipt can carry</translation>
    </message>
    <message>
        <source>is above the campaign's cap of %1 yuan; give a reason to override</source>
        <translation>is above the campaign's cap of %1 yuan; give a reason to override</translation>
    </message>
    <message>
        <source>is not a date (write it as 2025-01-31)</source>
        <translation>is not a date (write it as 2025-01-31)</translation>
    </message>
    <message>
        <source>is in the future</source>
        <translation>is in the future</translation>
    </message>
    <message>
        <source>is too long (at most %1 characters)</source>
        <translation>is too long (at most %1 characters)</translation>
    </message>
</context>
<context>
    <name>VisitChecks</name>
    <message>
        <source>Already paid in this campaign: %1, cash %2 and goods %3, receipt %4, by %5.</source>
        <translation>Already paid in this campaign: %1, cash %2 and goods %3, receipt %4, by %5.</translation>
    </message>
    <message>
        <source>Cash %1 is above the campaign's standard of %2 for %3.</source>
        <translation>Cash %1 is above the campaign's standard of %2 for %3.</translation>
    </message>
    <message>
        <source>this household</source>
        <translation>this household</translation>
    </message>
    <message>
        <source>Cash %1 is above the campaign's cap of %2.</source>
        <translation>Cash %1 is above the campaign's cap of %2.</translation>
    </message>
    <message>
        <source>The date %1 is outside the campaign period %2 to %3.</source>
        <translation>The date %1 is outside the campaign period %2 to %3.</translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation>The date %1 is in the future.</translation>
    </message>
    <message>
        <source>Name at least one visitor (the person handing over).</source>
        <translation>Name at least one visitor (the person handing over).</translation>
    </message>
    <message>
        <source>Ask the recipient to sign, or choose fingerprint or absent.</source>
        <translation>Ask the recipient to sign, or choose fingerprint or absent.</translation>
    </message>
    <message>
        <source>Give the proxy collector's name and how they are related.</source>
        <translation>Give the proxy collector's name and how they are related.</translation>
    </message>
    <message>
        <source>The recipient is absent: name a proxy collector (name and relation) or a witness.</source>
        <translation>The recipient is absent: name a proxy collector (name and relation) or a witness.</translation>
    </message>
    <message>
        <source>Give a reason to go on.</source>
        <translation>Give a reason to go on.</translation>
    </message>
</context>
<context>
    <name>VisitCli</name>
    <message>
        <source>record visits from paper forms</source>
        <translation>record visits from paper forms</translation>
    </message>
    <message>
        <source>record a visit afterwards (补录), or many from a CSV file</source>
        <translation>record a visit afterwards (补录), or many from a CSV file</translation>
    </message>
    <message>
        <source>Record a visit from a paper form with the same checks as the visit wizard. A warning (paid before in this campaign, above the standard or cap, outside the campaign period) needs --reason; a future date is refused.</source>
        <translation>Record a visit from a paper form with the same checks as the visit wizard. A warning (paid before in this campaign, above the standard or cap, outside the campaign period) needs --reason; a future date is refused.</translation>
    </message>
    <message>
        <source>the household: its ID number, register number or record id</source>
        <translation>the household: its ID number, register number or record id</translation>
    </message>
    <message>
        <source>or a unit (its name or code): a group distribution, with --reached and --representative</source>
        <translation>or a unit (its name or code): a group distribution, with --reached and --representative</translation>
    </message>
    <message>
        <source>with --unit: the number of workers reached</source>
        <translation>with --unit: the number of workers reached</translation>
    </message>
    <message>
        <source>with --unit: the number of packages handed over</source>
        <translation>with --unit: the number of packages handed over</translation>
    </message>
    <message>
        <source>with --unit: the unit's representative who signs</source>
        <translation>with --unit: the unit's representative who signs</translation>
    </message>
    <message>
        <source>with --unit: the representative's post</source>
        <translation>with --unit: the representative's post</translation>
    </message>
    <message>
        <source>campaign name or id</source>
        <translation>campaign name or id</translation>
    </message>
    <message>
        <source>default: today</source>
        <translation>default: today</translation>
    </message>
    <message>
        <source>cash in yuan</source>
        <translation>cash in yuan</translation>
    </message>
    <message>
        <source>goods handed over; VALUE is the unit value in yuan (default: catalogue)</source>
        <translation>goods handed over; VALUE is the unit value in yuan (default: catalogue)</translation>
    </message>
    <message>
        <source>a visitor who handed it over (经办人); repeat for each</source>
        <translation>a visitor who handed it over (经办人); repeat for each</translation>
    </message>
    <message>
        <source>the recipient signed the paper form</source>
        <translation>the recipient signed the paper form</translation>
    </message>
    <message>
        <source>the recipient pressed a fingerprint</source>
        <translation>the recipient pressed a fingerprint</translation>
    </message>
    <message>
        <source>the recipient was absent (needs --proxy or --witness)</source>
        <translation>the recipient was absent (needs --proxy or --witness)</translation>
    </message>
    <message>
        <source>proxy collector</source>
        <translation>proxy collector</translation>
    </message>
    <message>
        <source>the proxy's relation</source>
        <translation>the proxy's relation</translation>
    </message>
    <message>
        <source>witness</source>
        <translation>witness</translation>
    </message>
    <message>
        <source>why to go on despite a warning (kept on the payment)</source>
        <translation>why to go on despite a warning (kept on the payment)</translation>
    </message>
    <message>
        <source>visit notes</source>
        <translation>visit notes</translation>
    </message>
    <message>
        <source>visit record needs %1 (or --from FILE)</source>
        <translation>visit record needs %1 (or --from FILE)</translation>
    </message>
    <message>
        <source>--unit records one unit's visit: no --household or --from.</source>
        <translation>--unit records one unit's visit: no --household or --from.</translation>
    </message>
    <message>
        <source>%1 has no rows.</source>
        <translation>%1 has no rows.</translation>
    </message>
    <message>
        <source>Row %1: visit saved, receipt %2</source>
        <translation>Row %1: visit saved, receipt %2</translation>
    </message>
    <message>
        <source>Visit saved, receipt %1</source>
        <translation>Visit saved, receipt %1</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Row %1: %2</translation>
    </message>
    <message>
        <source>Row %1: in order</source>
        <translation>Row %1: in order</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the rows above and run again.</source>
        <translation>Nothing was saved: correct the rows above and run again.</translation>
    </message>
    <message>
        <source>a CSV file, one visit a row; its header names the columns household (ID number or register number), campaign, date (YYYY-MM-DD), cash (yuan), goods (ITEM:QTY;…), visitors (names;…), confirmed (signed, fingerprint or absent), proxy (who took it instead), proxy_relation, witness, reason and note</source>
        <translation>a CSV file, one visit a row; its header names the columns household (ID number or register number), campaign, date (YYYY-MM-DD), cash (yuan), goods (ITEM:QTY;…), visitors (names;…), confirmed (signed, fingerprint or absent), proxy (who took it instead), proxy_relation, witness, reason and note</translation>
    </message>
</context>
<context>
    <name>Visits</name>
    <message>
        <source>This household is archived; it cannot be visited.</source>
        <translation>This household is archived; it cannot be visited.</translation>
    </message>
    <message>
        <source>unknown item %1</source>
        <translation>unknown item %1</translation>
    </message>
</context>
</TS>