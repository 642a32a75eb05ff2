<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>App</name>
    <message>
        <source>Opening the data… After an update of fieldvisit this can take a minute, once.</source>
        <translation>Opening the data… After an update of fieldvisit this can take a minute, once.</translation>
    </message>
    <message>
        <source>No replica in %1; the self-test needs one.</source>
        <translation>No replica in %1; the self-test needs one.</translation>
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
        <translation>start the desktop application</translation>
    </message>
    <message>
        <source>open every main screen, print the time each took, exit</source>
        <translation>open every main screen, print the time each took, exit</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to fieldvisit</source>
        <translation>Welcome to fieldvisit</translation>
    </message>
    <message>
        <source>Set up this laptop</source>
        <translation>Set up this laptop</translation>
    </message>
    <message>
        <source>fieldvisit keeps its data in an encrypted database on this laptop. Create a new one, or enrol the laptop with the file the office gave you.</source>
        <translation>fieldvisit keeps its data in an encrypted database on this laptop. Create a new one, or enrol the laptop with the file the office gave you.</translation>
    </message>
    <message>
        <source>&amp;Create a new database for this laptop</source>
        <translation>&amp;Create a new database for this laptop</translation>
    </message>
    <message>
        <source>&amp;Enrol from an enrolment file</source>
        <translation>&amp;Enrol from an enrolment file</translation>
    </message>
    <message>
        <source>Enrolment needs the sync module, which is not installed.</source>
        <translation>Enrolment needs the sync module, which is not installed.</translation>
    </message>
    <message>
        <source>&amp;Device name:</source>
        <translation>&amp;Device name:</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <source>&amp;Organisation (printed on receipts):</source>
        <translation>&amp;Organisation (printed on receipts):</translation>
    </message>
    <message>
        <source>&amp;Passphrase (optional):</source>
        <translation>&amp;Passphrase (optional):</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>&amp;Repeat passphrase:</translation>
    </message>
    <message>
        <source>leave empty to keep the key in the system keyring</source>
        <translation>leave empty to keep the key in the system keyring</translation>
    </message>
    <message>
        <source>no system keyring here: choose a passphrase</source>
        <translation>no system keyring here: choose a passphrase</translation>
    </message>
    <message>
        <source>&amp;Load demo data (%1 invented households)</source>
        <translation>&amp;Load demo data (%1 invented households)</translation>
    </message>
    <message>
        <source>Enrolment &amp;file:</source>
        <translation>Enrolment &amp;file:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Enrolment c&amp;ode:</source>
        <translation>Enrolment c&amp;ode:</translation>
    </message>
    <message>
        <source>Pass&amp;phrase (optional):</source>
        <translation>Pass&amp;phrase (optional):</translation>
    </message>
    <message>
        <source>Choose the enrolment file</source>
        <translation>Choose the enrolment file</translation>
    </message>
    <message>
        <source>Enter the name of your team.</source>
        <translation>Enter the name of your team.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least 8 characters.</source>
        <translation>Choose a passphrase of at least 8 characters.</translation>
    </message>
    <message>
        <source>No system keyring is available here: choose a passphrase.</source>
        <translation>No system keyring is available here: choose a passphrase.</translation>
    </message>
    <message>
        <source>Creating the database…</source>
        <translation>Creating the database…</translation>
    </message>
    <message>
        <source>Choose the enrolment file.</source>
        <translation>Choose the enrolment file.</translation>
    </message>
    <message>
        <source>Enter the enrolment code from the office.</source>
        <translation>Enter the enrolment code from the office.</translation>
    </message>
    <message>
        <source>Enrolling this laptop…</source>
        <translation>Enrolling this laptop…</translation>
    </message>
    <message>
        <source>e.g. HZ03 or the team's laptop name (shown to the office)</source>
        <translation>e.g. HZ03 or the team's laptop name (shown to the office)</translation>
    </message>
    <message>
        <source>Enter a name for this laptop.</source>
        <translation>Enter a name for this laptop.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Today for %1</source>
        <translation>Today for %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Current campaign: %1</source>
        <translation>Current campaign: %1</translation>
    </message>
    <message>
        <source>No campaign yet</source>
        <translation>No campaign yet</translation>
    </message>
    <message>
        <source>Visited in this campaign</source>
        <translation>Visited in this campaign</translation>
    </message>
    <message>
        <source>Not yet visited</source>
        <translation>Not yet visited</translation>
    </message>
    <message>
        <source>no one must be left out</source>
        <translation>no one must be left out</translation>
    </message>
    <message>
        <source>Open needs</source>
        <translation>Open needs</translation>
    </message>
    <message>
        <source>Changes not yet synced</source>
        <translation>Changes not yet synced</translation>
    </message>
    <message>
        <source>last sync: %1</source>
        <translation>last sync: %1</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>never synced</translation>
    </message>
    <message>
        <source>&amp;New visit (Ctrl+N)</source>
        <translation>&amp;New visit (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Sync…</source>
        <translation>&amp;Sync…</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Need</translation>
    </message>
    <message>
        <source>(overdue)</source>
        <translation>(overdue)</translation>
    </message>
    <message>
        <source>of … households of this team</source>
        <translation>of … households of this team</translation>
    </message>
    <message>
        <source>%1 overdue, %2 due within two weeks</source>
        <translation>%1 overdue, %2 due within two weeks</translation>
    </message>
    <message>
        <source>Needs overdue or due soon</source>
        <translation>Needs overdue or due soon</translation>
    </message>
    <message>
        <source>No open need is due in the next two weeks. Needs recorded during a visit appear here when their date comes near; all of them are on the Needs page.</source>
        <translation>No open need is due in the next two weeks. Needs recorded during a visit appear here when their date comes near; all of them are on the Needs page.</translation>
    </message>
    <message numerus="yes">
        <source>of %n households of this team</source>
        <translation><numerusform>of %n household of this team</numerusform><numerusform>of %n households of this team</numerusform></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>This laptop is not joined to a hub yet: ask the office for an enrolment file. Until then, changes stay on this laptop.</source>
        <translation>This laptop is not joined to a hub yet: ask the office for an enrolment file. Until then, changes stay on this laptop.</translation>
    </message>
</context>
<context>
    <name>HouseholdModel</name>
    <message>
        <source>Visited</source>
        <translation>Visited</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Hardship causes</source>
        <translation>Hardship causes</translation>
    </message>
    <message>
        <source>This campaign</source>
        <translation>This campaign</translation>
    </message>
</context>
<context>
    <name>HouseholdsPage</name>
    <message>
        <source>counting…</source>
        <translation>counting…</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>name, pinyin or initials, ID or phone digits (Ctrl+F)</source>
        <translation>name, pinyin or initials, ID or phone digits (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>All households</source>
        <translation>All households</translation>
    </message>
    <message>
        <source>Visited in %1</source>
        <translation>Visited in %1</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>Visited</translation>
    </message>
    <message>
        <source>Not yet visited in %1</source>
        <translation>Not yet visited in %1</translation>
    </message>
    <message>
        <source>Not yet visited</source>
        <translation>Not yet visited</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>All districts</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>All hardship causes</source>
        <translation>All hardship causes</translation>
    </message>
    <message>
        <source>Only my &amp;team</source>
        <translation>Only my &amp;team</translation>
    </message>
    <message>
        <source>&amp;Import register…</source>
        <translation>&amp;Import register…</translation>
    </message>
    <message numerus="yes">
        <source>%n households</source>
        <translation><numerusform>%n household</numerusform><numerusform>%n households</numerusform></translation>
    </message>
    <message>
        <source>No household matches “%1”. Check the spelling, or try the pinyin initials (lxs for 刘小山), the last digits of the ID number or phone, or clear the filters.</source>
        <translation>No household matches “%1”. Check the spelling, or try the pinyin initials (lxs for 刘小山), the last digits of the ID number or phone, or clear the filters.</translation>
    </message>
    <message>
        <source>No household matches these filters. Choose “All …” in a filter, or untick “Only my team”.</source>
        <translation>No household matches these filters. Choose “All …” in a filter, or untick “Only my team”.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>(not imported)</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Register number</source>
        <translation>Register number</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Hardship causes</source>
        <translation>Hardship causes</translation>
    </message>
    <message>
        <source>Monthly income</source>
        <translation>Monthly income</translation>
    </message>
    <message>
        <source>Household size</source>
        <translation>Household size</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Workplace</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Town or street</source>
        <translation>Town or street</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Left hardship on</source>
        <translation>Left hardship on</translation>
    </message>
    <message>
        <source>Member: name</source>
        <translation>Member: name</translation>
    </message>
    <message>
        <source>Member: relation</source>
        <translation>Member: relation</translation>
    </message>
    <message>
        <source>Member: ID number</source>
        <translation>Member: ID number</translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>update</source>
        <translation>update</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>repeated</source>
        <translation>repeated</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>not imported</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>What happens</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Choose a register</source>
        <translation>Choose a register</translation>
    </message>
    <message>
        <source>Registers (*.xlsx *.xls *.csv *.txt);;All files (*)</source>
        <translation>Registers (*.xlsx *.xls *.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Reading the register…</source>
        <translation>Reading the register…</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>The file could not be read: %1</translation>
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
        <source>Importing the register…</source>
        <translation>Importing the register…</translation>
    </message>
    <message>
        <source>-rows to fix</source>
        <translation>-rows to fix</translation>
    </message>
    <message>
        <source>Save the rows to fix</source>
        <translation>Save the rows to fix</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Saving the rows to fix…</source>
        <translation>Saving the rows to fix…</translation>
    </message>
    <message>
        <source>%1 rows to fix saved to %2. Correct them there and import that file.</source>
        <translation>%1 rows to fix saved to %2. Correct them there and import that file.</translation>
    </message>
    <message>
        <source>Choose a register (.xlsx, .xls or .csv) to see what importing it would do.</source>
        <translation>Choose a register (.xlsx, .xls or .csv) to see what importing it would do.</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated, %3 unchanged; %4 family members added. %5 rows not imported, %6 other remarks.</source>
        <translation>Imported: %1 new, %2 updated, %3 unchanged; %4 family members added. %5 rows not imported, %6 other remarks.</translation>
    </message>
    <message>
        <source>Importing would make %1 new households, update %2 and leave %3 unchanged; %4 family members would be added. %5 rows cannot be imported, %6 other remarks.</source>
        <translation>Importing would make %1 new households, update %2 and leave %3 unchanged; %4 family members would be added. %5 rows cannot be imported, %6 other remarks.</translation>
    </message>
    <message>
        <source>Import a register</source>
        <translation>Import a register</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>&amp;Save rows to fix…</source>
        <translation>&amp;Save rows to fix…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>Sheets</translation>
    </message>
    <message>
        <source>Read?</source>
        <translation>Read?</translation>
    </message>
    <message>
        <source>Data rows</source>
        <translation>Data rows</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Imported as</translation>
    </message>
</context>
<context>
    <name>JoinHubDialog</name>
    <message>
        <source>Join a hub</source>
        <translation>Join a hub</translation>
    </message>
    <message>
        <source>Join this laptop to your organisation's hub (中心库) with the enrolment file and the one-time code the office gave you. Everything already on this laptop is kept: it is sent to the hub at the first sync and reaches the other laptops from there.</source>
        <translation>Join this laptop to your organisation's hub (中心库) with the enrolment file and the one-time code the office gave you. Everything already on this laptop is kept: it is sent to the hub at the first sync and reaches the other laptops from there.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Enrolment &amp;file:</source>
        <translation>Enrolment &amp;file:</translation>
    </message>
    <message>
        <source>One-time &amp;code:</source>
        <translation>One-time &amp;code:</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Join</translation>
    </message>
    <message>
        <source>Joining needs the sync module, which is not installed.</source>
        <translation>Joining needs the sync module, which is not installed.</translation>
    </message>
    <message>
        <source>Choose the enrolment file</source>
        <translation>Choose the enrolment file</translation>
    </message>
    <message>
        <source>Enrolment files (*.fvenrol);;All files (*)</source>
        <translation>Enrolment files (*.fvenrol);;All files (*)</translation>
    </message>
    <message>
        <source>Choose the enrolment file from the office.</source>
        <translation>Choose the enrolment file from the office.</translation>
    </message>
    <message>
        <source>Enter the one-time code from the office.</source>
        <translation>Enter the one-time code from the office.</translation>
    </message>
    <message>
        <source>Joining the hub…</source>
        <translation>Joining the hub…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Home</translation>
    </message>
    <message>
        <source>H&amp;ouseholds</source>
        <translation>H&amp;ouseholds</translation>
    </message>
    <message>
        <source>&amp;Visit</source>
        <translation>&amp;Visit</translation>
    </message>
    <message>
        <source>&amp;Needs</source>
        <translation>&amp;Needs</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Sync</translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation>S&amp;ettings</translation>
    </message>
    <message>
        <source>O&amp;ffice</source>
        <translation>O&amp;ffice</translation>
    </message>
    <message>
        <source>Search households</source>
        <translation>Search households</translation>
    </message>
    <message>
        <source>New visit</source>
        <translation>New visit</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <source>Hub: not set up</source>
        <translation>Hub: not set up</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● Online</translation>
    </message>
    <message>
        <source>● Offline</source>
        <translation>● Offline</translation>
    </message>
    <message>
        <source>fieldvisit</source>
        <translation>fieldvisit</translation>
    </message>
    <message>
        <source>Unfinished visit</source>
        <translation>Unfinished visit</translation>
    </message>
    <message>
        <source>The visit to %1 was not finished. Resume it now?</source>
        <translation>The visit to %1 was not finished. Resume it now?</translation>
    </message>
    <message>
        <source>&amp;Units</source>
        <translation>&amp;Units</translation>
    </message>
</context>
<context>
    <name>NeedsPage</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Say why the need is reopened.</source>
        <translation>Say why the need is reopened.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Need</translation>
    </message>
    <message>
        <source>&amp;Move to:</source>
        <translation>&amp;Move to:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>&amp;Update</translation>
    </message>
    <message>
        <source>%1 shown</source>
        <translation>%1 shown</translation>
    </message>
    <message>
        <source>How was it settled? (required)</source>
        <translation>How was it settled? (required)</translation>
    </message>
    <message>
        <source>Why is it reopened? (required)</source>
        <translation>Why is it reopened? (required)</translation>
    </message>
    <message>
        <source>Say how the need was settled.</source>
        <translation>Say how the need was settled.</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Needs</translation>
    </message>
    <message>
        <source>Fin&amp;d:</source>
        <translation>Fin&amp;d:</translation>
    </message>
    <message>
        <source>need, owner or household name</source>
        <translation>need, owner or household name</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>O&amp;wner:</translation>
    </message>
    <message>
        <source>Du&amp;e:</source>
        <translation>Du&amp;e:</translation>
    </message>
    <message>
        <source>Campai&amp;gn:</source>
        <translation>Campai&amp;gn:</translation>
    </message>
    <message>
        <source>Open and in progress</source>
        <translation>Open and in progress</translation>
    </message>
    <message>
        <source>All, settled too</source>
        <translation>All, settled too</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Any time</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Due this week</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>No due date</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>All campaigns</translation>
    </message>
    <message>
        <source>Last note</source>
        <translation>Last note</translation>
    </message>
    <message>
        <source>No open needs. Needs are recorded during a visit (its Needs step); tick “Show resolved and closed too” to see the finished ones.</source>
        <translation>No open needs. Needs are recorded during a visit (its Needs step); tick “Show resolved and closed too” to see the finished ones.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Unlock the local database</source>
        <translation>Unlock the local database</translation>
    </message>
    <message>
        <source>This laptop's database is protected by a passphrase. Enter it to continue.</source>
        <translation>This laptop's database is protected by a passphrase. Enter it to continue.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>Enter the passphrase.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Unlocking…</translation>
    </message>
    <message>
        <source>The database could not be opened: %1</source>
        <translation>The database could not be opened: %1</translation>
    </message>
</context>
<context>
    <name>ProfileView</name>
    <message>
        <source>is not a whole number</source>
        <translation>is not a whole number</translation>
    </message>
    <message>
        <source>Left hardship</source>
        <translation>Left hardship</translation>
    </message>
    <message>
        <source>Needy</source>
        <translation>Needy</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>File no. %1</source>
        <translation>File no. %1</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Void</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Need</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>resolved</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>← &amp;Back</source>
        <translation>← &amp;Back</translation>
    </message>
    <message>
        <source>&amp;New visit</source>
        <translation>&amp;New visit</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>ID number:</source>
        <translation>ID number:</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Hide</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>S&amp;how</translation>
    </message>
    <message>
        <source>Showing the full ID number is recorded in the access log.</source>
        <translation>Showing the full ID number is recorded in the access log.</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>&amp;District:</translation>
    </message>
    <message>
        <source>&amp;Workplace:</source>
        <translation>&amp;Workplace:</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>Ca&amp;tegory:</translation>
    </message>
    <message>
        <source>&amp;Family size:</source>
        <translation>&amp;Family size:</translation>
    </message>
    <message>
        <source>Monthly &amp;income (yuan):</source>
        <translation>Monthly &amp;income (yuan):</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <source>Hardship causes:</source>
        <translation>Hardship causes:</translation>
    </message>
    <message>
        <source>Family members</source>
        <translation>Family members</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Health / schooling</source>
        <translation>Health / schooling</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Campaign / category</source>
        <translation>Campaign / category</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>ReceiptPreview</name>
    <message>
        <source>Receipts are not available in this installation. The visit and payment are saved; print the receipt later.</source>
        <translation>Receipts are not available in this installation. The visit and payment are saved; print the receipt later.</translation>
    </message>
    <message>
        <source>Preparing the receipt…</source>
        <translation>Preparing the receipt…</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Receipt %1</translation>
    </message>
    <message>
        <source>No printer</source>
        <translation>No printer</translation>
    </message>
    <message>
        <source>No printer is set up on this laptop. Save the receipt as a PDF and print it later?</source>
        <translation>No printer is set up on this laptop. Save the receipt as a PDF and print it later?</translation>
    </message>
    <message>
        <source>Sent to the printer: both copies (stub and the family's copy).</source>
        <translation>Sent to the printer: both copies (stub and the family's copy).</translation>
    </message>
    <message>
        <source>Save receipt as PDF</source>
        <translation>Save receipt as PDF</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Saved to %1</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Save PDF…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <source>Please wait</source>
        <translation>Please wait</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Something went wrong and the action was not completed. Nothing was half-saved. The details are in the log file.</source>
        <translation>Something went wrong and the action was not completed. Nothing was half-saved. The details are in the log file.</translation>
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
        <translation>Use 1 to 12 letters or digits, e.g. HZ03.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Choose where to put the backup</source>
        <translation>Choose where to put the backup</translation>
    </message>
    <message>
        <source>The backup could not be read back; try again.</source>
        <translation>The backup could not be read back; try again.</translation>
    </message>
    <message>
        <source>Encrypted backup written and checked: %1 (%2 MB)</source>
        <translation>Encrypted backup written and checked: %1 (%2 MB)</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>Writing the backup…</translation>
    </message>
    <message>
        <source>About fieldvisit</source>
        <translation>About fieldvisit</translation>
    </message>
    <message>
        <source>Offline field visits to needy households, with receipts and sync.</source>
        <translation>Offline field visits to needy households, with receipts and sync.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Receipts</translation>
    </message>
    <message>
        <source>Paper &amp;size:</source>
        <translation>Paper &amp;size:</translation>
    </message>
    <message>
        <source>Receipt number &amp;prefix:</source>
        <translation>Receipt number &amp;prefix:</translation>
    </message>
    <message>
        <source>Default p&amp;rinter:</source>
        <translation>Default p&amp;rinter:</translation>
    </message>
    <message>
        <source>(system default)</source>
        <translation>(system default)</translation>
    </message>
    <message>
        <source>device name</source>
        <translation>device name</translation>
    </message>
    <message>
        <source>Sa&amp;ve prefix</source>
        <translation>Sa&amp;ve prefix</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <source>Backup:</source>
        <translation>Backup:</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Open folder</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Back up now…</translation>
    </message>
    <message>
        <source>Writes an encrypted copy that opens with the same key or passphrase.</source>
        <translation>Writes an encrypted copy that opens with the same key or passphrase.</translation>
    </message>
    <message>
        <source>&amp;About fieldvisit</source>
        <translation>&amp;About fieldvisit</translation>
    </message>
    <message>
        <source>This laptop has joined the hub as %1 (%2).</source>
        <translation>This laptop has joined the hub as %1 (%2).</translation>
    </message>
    <message>
        <source>This laptop works alone. To sync with the office, join your organisation's hub with the enrolment file and one-time code from the office; everything on this laptop is kept.</source>
        <translation>This laptop works alone. To sync with the office, join your organisation's hub with the enrolment file and one-time code from the office; everything on this laptop is kept.</translation>
    </message>
    <message>
        <source>Set by the office; it arrives with the next sync.</source>
        <translation>Set by the office; it arrives with the next sync.</translation>
    </message>
    <message>
        <source>Saved; syncs to every laptop.</source>
        <translation>Saved; syncs to every laptop.</translation>
    </message>
    <message>
        <source>Organisa&amp;tion:</source>
        <translation>Organisa&amp;tion:</translation>
    </message>
    <message>
        <source>Printed on every receipt as the issuing unit.</source>
        <translation>Printed on every receipt as the issuing unit.</translation>
    </message>
    <message>
        <source>Save &amp;name</source>
        <translation>Save &amp;name</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>Hub</translation>
    </message>
    <message>
        <source>&amp;Join a hub…</source>
        <translation>&amp;Join a hub…</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Signature pad</source>
        <translation>Signature pad</translation>
    </message>
    <message>
        <source>Sign here</source>
        <translation>Sign here</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>deleted while edited</source>
        <translation>deleted while edited</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Resolving conflicts needs the sync module, which is not installed.</source>
        <translation>Resolving conflicts needs the sync module, which is not installed.</translation>
    </message>
    <message>
        <source>Putting in order what arrived: a first sync, or one after weeks away, takes up to a few minutes here. Please keep the program open.</source>
        <translation>Putting in order what arrived: a first sync, or one after weeks away, takes up to a few minutes here. Please keep the program open.</translation>
    </message>
    <message>
        <source>Syncing… you can keep working.</source>
        <translation>Syncing… you can keep working.</translation>
    </message>
    <message>
        <source>Stopping after the current batch…</source>
        <translation>Stopping after the current batch…</translation>
    </message>
    <message>
        <source>Putting in order: %p%</source>
        <translation>Putting in order: %p%</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation>Receiving</translation>
    </message>
    <message>
        <source>Export a bundle</source>
        <translation>Export a bundle</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Writing the bundle…</translation>
    </message>
    <message>
        <source>Bundle written to %1</source>
        <translation>Bundle written to %1</translation>
    </message>
    <message>
        <source>Import a bundle</source>
        <translation>Import a bundle</translation>
    </message>
    <message>
        <source>Reading the bundle…</source>
        <translation>Reading the bundle…</translation>
    </message>
    <message>
        <source>Bundle imported: %1</source>
        <translation>Bundle imported: %1</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Hub: %1</source>
        <translation>Hub: %1</translation>
    </message>
    <message>
        <source>No hub is set up for this laptop yet.</source>
        <translation>No hub is set up for this laptop yet.</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Last sync: %1</translation>
    </message>
    <message>
        <source>Never synced.</source>
        <translation>Never synced.</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>&amp;Export bundle…</source>
        <translation>&amp;Export bundle…</translation>
    </message>
    <message>
        <source>&amp;Import bundle…</source>
        <translation>&amp;Import bundle…</translation>
    </message>
    <message>
        <source>Needs the sync module, which is not installed.</source>
        <translation>Needs the sync module, which is not installed.</translation>
    </message>
    <message>
        <source>Last result: %1 sent, %2 received, %3 new conflicts, %4 s.</source>
        <translation>Last result: %1 sent, %2 received, %3 new conflicts, %4 s.</translation>
    </message>
    <message>
        <source>Sync stopped on request. What was sent or received is kept; sync again to finish.</source>
        <translation>Sync stopped on request. What was sent or received is kept; sync again to finish.</translation>
    </message>
    <message>
        <source>Warning: this laptop's clock seems wrong: %1</source>
        <translation>Warning: this laptop's clock seems wrong: %1</translation>
    </message>
    <message>
        <source>Conflicts to settle: %1</source>
        <translation>Conflicts to settle: %1</translation>
    </message>
    <message>
        <source>Receiving the team's data: %v / %m MB</source>
        <translation>Receiving the team's data: %v / %m MB</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Value A</source>
        <translation>Value A</translation>
    </message>
    <message>
        <source>Value B</source>
        <translation>Value B</translation>
    </message>
    <message>
        <source>Keep value &amp;A</source>
        <translation>Keep value &amp;A</translation>
    </message>
    <message>
        <source>Keep value &amp;B</source>
        <translation>Keep value &amp;B</translation>
    </message>
    <message>
        <source>This laptop has joined the hub. Press Sync now to send what it holds.</source>
        <translation>This laptop has joined the hub. Press Sync now to send what it holds.</translation>
    </message>
    <message>
        <source>This laptop has not joined a hub yet.</source>
        <translation>This laptop has not joined a hub yet.</translation>
    </message>
    <message>
        <source>A bundle is signed with the keys this laptop receives when it joins your organisation's hub; the office only accepts bundles it can check. Ask the office for an enrolment file and its one-time code, then press “Join a hub…”. Nothing on this laptop is lost: it goes into the first bundle or sync after joining.</source>
        <translation>A bundle is signed with the keys this laptop receives when it joins your organisation's hub; the office only accepts bundles it can check. Ask the office for an enrolment file and its one-time code, then press “Join a hub…”. Nothing on this laptop is lost: it goes into the first bundle or sync after joining.</translation>
    </message>
    <message>
        <source>&amp;Join a hub…</source>
        <translation>&amp;Join a hub…</translation>
    </message>
    <message>
        <source>This laptop works alone. Join your organisation's hub with the enrolment file and one-time code from the office (Join a hub…); its data is kept.</source>
        <translation>This laptop works alone. Join your organisation's hub with the enrolment file and one-time code from the office (Join a hub…); its data is kept.</translation>
    </message>
</context>
<context>
    <name>UnitImport</name>
    <message>
        <source>Unit name</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <source>Imported: %1 new units, %2 updated, %3 unchanged. %4 rows not imported.</source>
        <translation>Imported: %1 new units, %2 updated, %3 unchanged. %4 rows not imported.</translation>
    </message>
    <message>
        <source>Importing would add %1 units, update %2 and leave %3 unchanged. %4 rows cannot be imported.</source>
        <translation>Importing would add %1 units, update %2 and leave %3 unchanged. %4 rows cannot be imported.</translation>
    </message>
    <message>
        <source>Import a unit list</source>
        <translation>Import a unit list</translation>
    </message>
    <message>
        <source>Choose a unit list</source>
        <translation>Choose a unit list</translation>
    </message>
    <message>
        <source>Unit lists (*.xlsx *.xls *.csv *.txt);;All files (*)</source>
        <translation>Unit lists (*.xlsx *.xls *.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Reading the unit list…</source>
        <translation>Reading the unit list…</translation>
    </message>
    <message>
        <source>Importing the unit list…</source>
        <translation>Importing the unit list…</translation>
    </message>
    <message>
        <source>Choose a unit list (.xlsx, .xls or .csv) to see what importing it would do.</source>
        <translation>Choose a unit list (.xlsx, .xls or .csv) to see what importing it would do.</translation>
    </message>
</context>
<context>
    <name>UnitVisit</name>
    <message>
        <source>Visit to %1</source>
        <translation>Visit to %1</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>&amp;Campaign:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Visitors (经办人):</source>
        <translation>&amp;Visitors (经办人):</translation>
    </message>
    <message>
        <source>Ca&amp;sh:</source>
        <translation>Ca&amp;sh:</translation>
    </message>
    <message>
        <source>&amp;Goods:</source>
        <translation>&amp;Goods:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Quantity:</translation>
    </message>
    <message>
        <source>&amp;Packages:</source>
        <translation>&amp;Packages:</translation>
    </message>
    <message>
        <source>&amp;Workers reached:</source>
        <translation>&amp;Workers reached:</translation>
    </message>
    <message>
        <source>&amp;Representative:</source>
        <translation>&amp;Representative:</translation>
    </message>
    <message>
        <source>P&amp;ost:</source>
        <translation>P&amp;ost:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>&amp;Reason to go on:</source>
        <translation>&amp;Reason to go on:</translation>
    </message>
    <message>
        <source>needed only when a warning is shown above</source>
        <translation>needed only when a warning is shown above</translation>
    </message>
    <message>
        <source>(no goods)</source>
        <translation>(no goods)</translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>New unit</source>
        <translation>New unit</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>&amp;District:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>C&amp;ontact person:</source>
        <translation>C&amp;ontact person:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>&amp;Workers:</source>
        <translation>&amp;Workers:</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>No unit matches. Check the spelling, or register it with New unit.</source>
        <translation>No unit matches. Check the spelling, or register it with New unit.</translation>
    </message>
    <message>
        <source>No units yet. Register one with New unit, or import a list with Import unit list.</source>
        <translation>No units yet. Register one with New unit, or import a list with Import unit list.</translation>
    </message>
    <message>
        <source>Wish list</source>
        <translation>Wish list</translation>
    </message>
    <message>
        <source>%1 workers</source>
        <translation>%1 workers</translation>
    </message>
    <message>
        <source>(voided)</source>
        <translation>(voided)</translation>
    </message>
    <message>
        <source>Wish list: %1</source>
        <translation>Wish list: %1</translation>
    </message>
    <message>
        <source>Choose a distribution in the list first.</source>
        <translation>Choose a distribution in the list first.</translation>
    </message>
    <message>
        <source>Save the unit receipt</source>
        <translation>Save the unit receipt</translation>
    </message>
    <message>
        <source>unit-receipt</source>
        <translation>unit-receipt</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Choose a wish in the list first.</source>
        <translation>Choose a wish in the list first.</translation>
    </message>
    <message>
        <source>Write in the box how the wish was resolved.</source>
        <translation>Write in the box how the wish was resolved.</translation>
    </message>
    <message>
        <source>Units and sites</source>
        <translation>Units and sites</translation>
    </message>
    <message>
        <source>Search by name, pinyin or code</source>
        <translation>Search by name, pinyin or code</translation>
    </message>
    <message>
        <source>&amp;New unit…</source>
        <translation>&amp;New unit…</translation>
    </message>
    <message>
        <source>&amp;Import unit list…</source>
        <translation>&amp;Import unit list…</translation>
    </message>
    <message>
        <source>&amp;Record a visit…</source>
        <translation>&amp;Record a visit…</translation>
    </message>
    <message>
        <source>&amp;Print unit receipt…</source>
        <translation>&amp;Print unit receipt…</translation>
    </message>
    <message>
        <source>Distributions</source>
        <translation>Distributions</translation>
    </message>
    <message>
        <source>&amp;Add wish</source>
        <translation>&amp;Add wish</translation>
    </message>
    <message>
        <source>Mark &amp;resolved</source>
        <translation>Mark &amp;resolved</translation>
    </message>
    <message>
        <source>A new wish, or how the chosen one was resolved</source>
        <translation>A new wish, or how the chosen one was resolved</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Workers</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Goods</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Packages</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Reached</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Wish</source>
        <translation>Wish</translation>
    </message>
</context>
<context>
    <name>VisitPage</name>
    <message>
        <source>Discard draft</source>
        <translation>Discard draft</translation>
    </message>
    <message>
        <source>Discard this unfinished visit?</source>
        <translation>Discard this unfinished visit?</translation>
    </message>
    <message>
        <source>reprint requested at the door</source>
        <translation>reprint requested at the door</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Find the household you are visiting, or select it in Households and press Ctrl+N.</source>
        <translation>Find the household you are visiting, or select it in Households and press Ctrl+N.</translation>
    </message>
    <message>
        <source>&amp;Household:</source>
        <translation>&amp;Household:</translation>
    </message>
    <message>
        <source>name, pinyin, ID or phone digits</source>
        <translation>name, pinyin, ID or phone digits</translation>
    </message>
    <message>
        <source>&amp;Start visit</source>
        <translation>&amp;Start visit</translation>
    </message>
    <message>
        <source>Unfinished visits</source>
        <translation>Unfinished visits</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Last change</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Resume</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>Today's visits from this laptop</source>
        <translation>Today's visits from this laptop</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Show re&amp;ceipt…</source>
        <translation>Show re&amp;ceipt…</translation>
    </message>
</context>
<context>
    <name>VisitWizard</name>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Housing</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Income</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Employment</translation>
    </message>
    <message>
        <source>Children's schooling</source>
        <translation>Children's schooling</translation>
    </message>
    <message>
        <source>Care of the elderly</source>
        <translation>Care of the elderly</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>How is the family doing? Tick what you checked and write what you saw.</source>
        <translation>How is the family doing? Tick what you checked and write what you saw.</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>&amp;Campaign:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Visitors:</source>
        <translation>&amp;Visitors:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>what you saw</source>
        <translation>what you saw</translation>
    </message>
    <message>
        <source>Choose photos</source>
        <translation>Choose photos</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp *.bmp)</source>
        <translation>Images (*.jpg *.jpeg *.png *.webp *.bmp)</translation>
    </message>
    <message>
        <source>Camera folder</source>
        <translation>Camera folder</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Optional. Photos are shrunk and kept inside the encrypted database.</source>
        <translation>Optional. Photos are shrunk and kept inside the encrypted database.</translation>
    </message>
    <message>
        <source>&amp;Add photos…</source>
        <translation>&amp;Add photos…</translation>
    </message>
    <message>
        <source>From &amp;camera folder…</source>
        <translation>From &amp;camera folder…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Total handed over: %1 (cash %2, goods %3)</source>
        <translation>Total handed over: %1 (cash %2, goods %3)</translation>
    </message>
    <message>
        <source>Money and goods</source>
        <translation>Money and goods</translation>
    </message>
    <message>
        <source>The amount is the campaign's standard for this household's category; change it if needed.</source>
        <translation>The amount is the campaign's standard for this household's category; change it if needed.</translation>
    </message>
    <message>
        <source>&amp;Cash (yuan):</source>
        <translation>&amp;Cash (yuan):</translation>
    </message>
    <message>
        <source>Goods from the campaign catalogue</source>
        <translation>Goods from the campaign catalogue</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Unit value</source>
        <translation>Unit value</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Standard: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <source>cap: %1</source>
        <translation>cap: %1</translation>
    </message>
    <message>
        <source>Need %1: describe what the family needs.</source>
        <translation>Need %1: describe what the family needs.</translation>
    </message>
    <message>
        <source>Needs found</source>
        <translation>Needs found</translation>
    </message>
    <message>
        <source>What does the family still need? The office follows each need to the end.</source>
        <translation>What does the family still need? The office follows each need to the end.</translation>
    </message>
    <message>
        <source>&amp;Add a need</source>
        <translation>&amp;Add a need</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>What is needed</source>
        <translation>What is needed</translation>
    </message>
    <message>
        <source>Recipient and signature</source>
        <translation>Recipient and signature</translation>
    </message>
    <message>
        <source>Who received the money or goods, and how they confirmed it.</source>
        <translation>Who received the money or goods, and how they confirmed it.</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>&amp;Recipient:</translation>
    </message>
    <message>
        <source>Collected by a &amp;proxy</source>
        <translation>Collected by a &amp;proxy</translation>
    </message>
    <message>
        <source>Pro&amp;xy name:</source>
        <translation>Pro&amp;xy name:</translation>
    </message>
    <message>
        <source>Relati&amp;on:</source>
        <translation>Relati&amp;on:</translation>
    </message>
    <message>
        <source>&amp;Witness:</source>
        <translation>&amp;Witness:</translation>
    </message>
    <message>
        <source>Confirmed by:</source>
        <translation>Confirmed by:</translation>
    </message>
    <message>
        <source>&amp;Signature</source>
        <translation>&amp;Signature</translation>
    </message>
    <message>
        <source>&amp;Fingerprint on paper</source>
        <translation>&amp;Fingerprint on paper</translation>
    </message>
    <message>
        <source>Recipient &amp;absent</source>
        <translation>Recipient &amp;absent</translation>
    </message>
    <message>
        <source>&amp;Undo stroke</source>
        <translation>&amp;Undo stroke</translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation>Re&amp;do</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>C&amp;lear</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Check everything with the family, then save. Saving takes the receipt number.</source>
        <translation>Check everything with the family, then save. Saving takes the receipt number.</translation>
    </message>
    <message>
        <source>&amp;Save visit</source>
        <translation>&amp;Save visit</translation>
    </message>
    <message>
        <source>Saving the visit…</source>
        <translation>Saving the visit…</translation>
    </message>
    <message>
        <source>Leave this visit?</source>
        <translation>Leave this visit?</translation>
    </message>
    <message>
        <source>The visit is not saved yet. Keep it as a draft to finish later, or discard it?</source>
        <translation>The visit is not saved yet. Keep it as a draft to finish later, or discard it?</translation>
    </message>
    <message>
        <source>&amp;Keep draft and leave</source>
        <translation>&amp;Keep draft and leave</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>&amp;Continue the visit</source>
        <translation>&amp;Continue the visit</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Visitors</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Goods</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Need</translation>
    </message>
    <message>
        <source>collected by %1 (%2)</source>
        <translation>collected by %1 (%2)</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Fingerprint on paper</source>
        <translation>Fingerprint on paper</translation>
    </message>
    <message>
        <source>Recipient absent</source>
        <translation>Recipient absent</translation>
    </message>
    <message>
        <source>Confirmed by</source>
        <translation>Confirmed by</translation>
    </message>
    <message>
        <source>Visit: %1</source>
        <translation>Visit: %1</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>Read the warnings above with the family; to go on, write the reason.</source>
        <translation>Read the warnings above with the family; to go on, write the reason.</translation>
    </message>
    <message>
        <source>&amp;Reason to go on:</source>
        <translation>&amp;Reason to go on:</translation>
    </message>
    <message>
        <source>Goods value</source>
        <translation>Goods value</translation>
    </message>
    <message>
        <source>Total (cash and goods)</source>
        <translation>Total (cash and goods)</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Reason to go on</source>
        <translation>Reason to go on</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Witness</translation>
    </message>
</context>
</TS>