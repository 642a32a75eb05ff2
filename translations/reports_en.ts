<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>ConflictsTab</name>
    <message>
        <source>First value</source>
        <translation>First value</translation>
    </message>
    <message>
        <source>Second value</source>
        <translation>Second value</translation>
    </message>
    <message>
        <source>Or type the right value</source>
        <translation>Or type the right value</translation>
    </message>
    <message>
        <source>Keep the &amp;first value</source>
        <translation>Keep the &amp;first value</translation>
    </message>
    <message>
        <source>Keep the &amp;second value</source>
        <translation>Keep the &amp;second value</translation>
    </message>
    <message>
        <source>&amp;Use typed value</source>
        <translation>&amp;Use typed value</translation>
    </message>
</context>
<context>
    <name>DuplicatesTab</name>
    <message>
        <source>Household A</source>
        <translation>Household A</translation>
    </message>
    <message>
        <source>Household B</source>
        <translation>Household B</translation>
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
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>Keep &amp;A, merge B into it…</source>
        <translation>Keep &amp;A, merge B into it…</translation>
    </message>
    <message>
        <source>Keep &amp;B, merge A into it…</source>
        <translation>Keep &amp;B, merge A into it…</translation>
    </message>
    <message>
        <source>Not the same family</source>
        <translation>Not the same family</translation>
    </message>
    <message>
        <source>Why are these two different families?</source>
        <translation>Why are these two different families?</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>Undo merge</translation>
    </message>
    <message>
        <source>Undo the merge %1? The household is live again and its own visits, payments and needs go back to it. Why?</source>
        <translation>Undo the merge %1? The household is live again and its own visits, payments and needs go back to it. Why?</translation>
    </message>
    <message>
        <source>&amp;Not the same family…</source>
        <translation>&amp;Not the same family…</translation>
    </message>
    <message>
        <source>Recent mer&amp;ges…</source>
        <translation>Recent mer&amp;ges…</translation>
    </message>
</context>
<context>
    <name>FindingsTab</name>
    <message>
        <source>Receipt number</source>
        <translation>Receipt number</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Goods value</source>
        <translation>Goods value</translation>
    </message>
    <message>
        <source>Void payment</source>
        <translation>Void payment</translation>
    </message>
    <message>
        <source>Why is %1 voided?</source>
        <translation>Why is %1 voided?</translation>
    </message>
    <message>
        <source>Accept finding</source>
        <translation>Accept finding</translation>
    </message>
    <message>
        <source>Why is this in order?</source>
        <translation>Why is this in order?</translation>
    </message>
    <message>
        <source>&amp;Void selected payment…</source>
        <translation>&amp;Void selected payment…</translation>
    </message>
    <message>
        <source>&amp;Accept finding…</source>
        <translation>&amp;Accept finding…</translation>
    </message>
</context>
<context>
    <name>Grid</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>Households</name>
    <message>
        <source>A household cannot be merged into itself.</source>
        <translation>A household cannot be merged into itself.</translation>
    </message>
</context>
<context>
    <name>MergeConfirmDialog</name>
    <message>
        <source>Merge duplicate households</source>
        <translation>Merge duplicate households</translation>
    </message>
    <message>
        <source>“%2” will be merged into “%1”: its visits, payments and needs will belong to “%1”, and “%2” leaves the register. You can undo this later under Recent merges.</source>
        <translation>“%2” will be merged into “%1”: its visits, payments and needs will belong to “%1”, and “%2” leaves the register. You can undo this later under Recent merges.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>Merge into it</source>
        <translation>Merge into it</translation>
    </message>
    <message>
        <source>The ID numbers differ: these may be two different people. Merge only if you have checked that they are one family, and say how.</source>
        <translation>The ID numbers differ: these may be two different people. Merge only if you have checked that they are one family, and say how.</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Reason (required):</translation>
    </message>
    <message>
        <source>&amp;Note (optional):</source>
        <translation>&amp;Note (optional):</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Merge</translation>
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
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Needs</translation>
    </message>
</context>
<context>
    <name>OfficeWorkspace</name>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplicates</translation>
    </message>
    <message>
        <source>Unit duplicates</source>
        <translation>Unit duplicates</translation>
    </message>
    <message>
        <source>Payment checks</source>
        <translation>Payment checks</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Campaign summary</source>
        <translation>Campaign summary</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <source>Revisits</source>
        <translation>Revisits</translation>
    </message>
    <message>
        <source>Needs ledger</source>
        <translation>Needs ledger</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Receipts</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>All campaigns</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Written: %1</translation>
    </message>
    <message>
        <source>Ca&amp;mpaign:</source>
        <translation>Ca&amp;mpaign:</translation>
    </message>
    <message>
        <source>Revisits &amp;within months:</source>
        <translation>Revisits &amp;within months:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Export to &amp;Excel…</source>
        <translation>Export to &amp;Excel…</translation>
    </message>
    <message>
        <source>Export to &amp;PDF…</source>
        <translation>Export to &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Dashboard PDF…</source>
        <translation>&amp;Dashboard PDF…</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
</context>
<context>
    <name>RecentMergesDialog</name>
    <message>
        <source>Recent merges</source>
        <translation>Recent merges</translation>
    </message>
    <message>
        <source>Merged household</source>
        <translation>Merged household</translation>
    </message>
    <message>
        <source>Merged unit</source>
        <translation>Merged unit</translation>
    </message>
    <message>
        <source>Into</source>
        <translation>Into</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>No merges.</source>
        <translation>No merges.</translation>
    </message>
    <message>
        <source>&amp;Undo merge…</source>
        <translation>&amp;Undo merge…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ReportTab</name>
    <message>
        <source>Preparing the report…</source>
        <translation>Preparing the report…</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>office reports: reconciliation, budget, coverage, needs</source>
        <translation>office reports: reconciliation, budget, coverage, needs</translation>
    </message>
    <message>
        <source>which report</source>
        <translation>which report</translation>
    </message>
    <message>
        <source>campaign name or id</source>
        <translation>campaign name or id</translation>
    </message>
    <message>
        <source>revisits: left hardship within this many months</source>
        <translation>revisits: left hardship within this many months</translation>
    </message>
    <message>
        <source>write to this .xlsx or .pdf file</source>
        <translation>write to this .xlsx or .pdf file</translation>
    </message>
    <message>
        <source>act on what the office reports found</source>
        <translation>act on what the office reports found</translation>
    </message>
    <message>
        <source>mark two households as not the same family</source>
        <translation>mark two households as not the same family</translation>
    </message>
    <message>
        <source>void a payment with a reason (reversal entry)</source>
        <translation>void a payment with a reason (reversal entry)</translation>
    </message>
    <message>
        <source>accept a payment finding with a reason</source>
        <translation>accept a payment finding with a reason</translation>
    </message>
    <message>
        <source>settle a conflict with one value or a new one</source>
        <translation>settle a conflict with one value or a new one</translation>
    </message>
    <message>
        <source>keep the first or second value</source>
        <translation>keep the first or second value</translation>
    </message>
    <message>
        <source>type a new value</source>
        <translation>type a new value</translation>
    </message>
    <message>
        <source>--out must end in .xlsx or .pdf</source>
        <translation>--out must end in .xlsx or .pdf</translation>
    </message>
    <message>
        <source>The dashboard needs --out FILE.pdf</source>
        <translation>The dashboard needs --out FILE.pdf</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Written: %1</translation>
    </message>
    <message>
        <source>One is a household and the other a unit: choose two of a kind.</source>
        <translation>One is a household and the other a unit: choose two of a kind.</translation>
    </message>
    <message>
        <source>Merged.</source>
        <translation>Merged.</translation>
    </message>
    <message>
        <source>Marked as not a duplicate.</source>
        <translation>Marked as not a duplicate.</translation>
    </message>
    <message>
        <source>Voided; reversal entry %1.</source>
        <translation>Voided; reversal entry %1.</translation>
    </message>
    <message>
        <source>Finding accepted.</source>
        <translation>Finding accepted.</translation>
    </message>
    <message>
        <source>Conflict resolved.</source>
        <translation>Conflict resolved.</translation>
    </message>
    <message>
        <source>Unknown report %1; choose one of: %2</source>
        <translation>Unknown report %1; choose one of: %2</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>There is no campaign yet.</source>
        <translation>There is no campaign yet.</translation>
    </message>
    <message>
        <source>The number of months must be at least 1.</source>
        <translation>The number of months must be at least 1.</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Months</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Generated</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Budget against disbursed</source>
        <translation>Budget against disbursed</translation>
    </message>
    <message>
        <source>Budget use</source>
        <translation>Budget use</translation>
    </message>
    <message>
        <source>Fund source</source>
        <translation>Fund source</translation>
    </message>
    <message>
        <source>Cash disbursed</source>
        <translation>Cash disbursed</translation>
    </message>
    <message>
        <source>Goods value</source>
        <translation>Goods value</translation>
    </message>
    <message>
        <source>Total disbursed</source>
        <translation>Total disbursed</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Used</translation>
    </message>
    <message>
        <source>Payments (net)</source>
        <translation>Payments (net)</translation>
    </message>
    <message>
        <source>Over budget</source>
        <translation>Over budget</translation>
    </message>
    <message>
        <source>OVER BUDGET</source>
        <translation>OVER BUDGET</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
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
        <source>By %1</source>
        <translation>By %1</translation>
    </message>
    <message>
        <source>Disbursed by %1</source>
        <translation>Disbursed by %1</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Goods</translation>
    </message>
    <message>
        <source>Goods issued against stock</source>
        <translation>Goods issued against stock</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Quantity issued</source>
        <translation>Quantity issued</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Left in stock</source>
        <translation>Left in stock</translation>
    </message>
    <message>
        <source>No such campaign: %1</source>
        <translation>No such campaign: %1</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Conflicting edits to settle</source>
        <translation>Conflicting edits to settle</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Value before</source>
        <translation>Value before</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>First value</translation>
    </message>
    <message>
        <source>Edited by / when</source>
        <translation>Edited by / when</translation>
    </message>
    <message>
        <source>Second value</source>
        <translation>Second value</translation>
    </message>
    <message>
        <source>Conflict id</source>
        <translation>Conflict id</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <source>Coverage of %1</source>
        <translation>Coverage of %1</translation>
    </message>
    <message>
        <source>Households in scope</source>
        <translation>Households in scope</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>Visited</translation>
    </message>
    <message>
        <source>Not yet visited</source>
        <translation>Not yet visited</translation>
    </message>
    <message>
        <source>%1 in scope, %2 visited, %3 not yet visited</source>
        <translation>%1 in scope, %2 visited, %3 not yet visited</translation>
    </message>
    <message>
        <source>Not visited</source>
        <translation>Not visited</translation>
    </message>
    <message>
        <source>Households not yet visited</source>
        <translation>Households not yet visited</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Revisits</source>
        <translation>Revisits</translation>
    </message>
    <message>
        <source>Left hardship in the last %1 months, not visited since</source>
        <translation>Left hardship in the last %1 months, not visited since</translation>
    </message>
    <message>
        <source>Left hardship on</source>
        <translation>Left hardship on</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Last visit</translation>
    </message>
    <message>
        <source>Days since</source>
        <translation>Days since</translation>
    </message>
    <message>
        <source>Office dashboard</source>
        <translation>Office dashboard</translation>
    </message>
    <message>
        <source>Campaign: %1 · generated %2</source>
        <translation>Campaign: %1 · generated %2</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Open conflicts</translation>
    </message>
    <message>
        <source>Open payment findings</source>
        <translation>Open payment findings</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Needs</translation>
    </message>
    <message>
        <source>Overdue needs</source>
        <translation>Overdue needs</translation>
    </message>
    <message>
        <source>Coverage by team</source>
        <translation>Coverage by team</translation>
    </message>
    <message>
        <source>Budget (yuan)</source>
        <translation>Budget (yuan)</translation>
    </message>
    <message>
        <source>Disbursed (yuan)</source>
        <translation>Disbursed (yuan)</translation>
    </message>
    <message>
        <source>Budget use by campaign</source>
        <translation>Budget use by campaign</translation>
    </message>
    <message>
        <source>Over budget: %1</source>
        <translation>Over budget: %1</translation>
    </message>
    <message>
        <source>Choose two different households.</source>
        <translation>Choose two different households.</translation>
    </message>
    <message>
        <source>same ID number</source>
        <translation>same ID number</translation>
    </message>
    <message>
        <source>same name and phone</source>
        <translation>same name and phone</translation>
    </message>
    <message>
        <source>same name and address</source>
        <translation>same name and address</translation>
    </message>
    <message>
        <source>similar name in the same district</source>
        <translation>similar name in the same district</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplicates</translation>
    </message>
    <message>
        <source>Households that may be registered twice</source>
        <translation>Households that may be registered twice</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Name A</source>
        <translation>Name A</translation>
    </message>
    <message>
        <source>ID number A</source>
        <translation>ID number A</translation>
    </message>
    <message>
        <source>Phone A</source>
        <translation>Phone A</translation>
    </message>
    <message>
        <source>Team A</source>
        <translation>Team A</translation>
    </message>
    <message>
        <source>Name B</source>
        <translation>Name B</translation>
    </message>
    <message>
        <source>ID number B</source>
        <translation>ID number B</translation>
    </message>
    <message>
        <source>Phone B</source>
        <translation>Phone B</translation>
    </message>
    <message>
        <source>Team B</source>
        <translation>Team B</translation>
    </message>
    <message>
        <source>Household A id</source>
        <translation>Household A id</translation>
    </message>
    <message>
        <source>Household B id</source>
        <translation>Household B id</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Filters: %1</source>
        <translation>Filters: %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>%1 recorded, %2 resolved</source>
        <translation>%1 recorded, %2 resolved</translation>
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
        <source>Needs ledger</source>
        <translation>Needs ledger</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
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
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Average age (days)</source>
        <translation>Average age (days)</translation>
    </message>
    <message>
        <source>Oldest (days)</source>
        <translation>Oldest (days)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Days overdue</translation>
    </message>
    <message>
        <source>%1/%2 by %3, sent by %4: %5</source>
        <translation>%1/%2 by %3, sent by %4: %5</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>say why the payment is voided</source>
        <translation>say why the payment is voided</translation>
    </message>
    <message>
        <source>No such finding: %1</source>
        <translation>No such finding: %1</translation>
    </message>
    <message>
        <source>This finding is not open (already settled or accepted): %1</source>
        <translation>This finding is not open (already settled or accepted): %1</translation>
    </message>
    <message>
        <source>paid more than once</source>
        <translation>paid more than once</translation>
    </message>
    <message>
        <source>above the standard</source>
        <translation>above the standard</translation>
    </message>
    <message>
        <source>goods beyond stock</source>
        <translation>goods beyond stock</translation>
    </message>
    <message>
        <source>refused by the rules (quarantined)</source>
        <translation>refused by the rules (quarantined)</translation>
    </message>
    <message>
        <source>Payment checks</source>
        <translation>Payment checks</translation>
    </message>
    <message>
        <source>Payments to check</source>
        <translation>Payments to check</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Teams / devices</source>
        <translation>Teams / devices</translation>
    </message>
    <message>
        <source>Receipt numbers</source>
        <translation>Receipt numbers</translation>
    </message>
    <message>
        <source>Only the first %1 of %2 rows are printed; the Excel export has them all.</source>
        <translation>Only the first %1 of %2 rows are printed; the Excel export has them all.</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Receipts</translation>
    </message>
    <message>
        <source>Receipt register</source>
        <translation>Receipt register</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>Numbers issued</source>
        <translation>Numbers issued</translation>
    </message>
    <message>
        <source>First</source>
        <translation>First</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Last</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Missing numbers</source>
        <translation>Missing numbers</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Voided</translation>
    </message>
    <message>
        <source>Reprinted</source>
        <translation>Reprinted</translation>
    </message>
    <message>
        <source>Used twice</source>
        <translation>Used twice</translation>
    </message>
    <message>
        <source>voided twice (second void not counted)</source>
        <translation>voided twice (second void not counted)</translation>
    </message>
    <message>
        <source>why they are one family (required when the ID numbers differ)</source>
        <translation>why they are one family (required when the ID numbers differ)</translation>
    </message>
    <message>
        <source>list the merges in effect</source>
        <translation>list the merges in effect</translation>
    </message>
    <message>
        <source>No merges.</source>
        <translation>No merges.</translation>
    </message>
    <message>
        <source>Say why the merge is undone (--reason).</source>
        <translation>Say why the merge is undone (--reason).</translation>
    </message>
    <message>
        <source>Merge undone.</source>
        <translation>Merge undone.</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Settled</translation>
    </message>
    <message>
        <source>Settled needs and how</source>
        <translation>Settled needs and how</translation>
    </message>
    <message>
        <source>Settled on</source>
        <translation>Settled on</translation>
    </message>
    <message>
        <source>How it was settled</source>
        <translation>How it was settled</translation>
    </message>
    <message>
        <source>Reasons given at the door</source>
        <translation>Reasons given at the door</translation>
    </message>
    <message>
        <source>id of one household</source>
        <translation>id of one household</translation>
    </message>
    <message>
        <source>id of the other household</source>
        <translation>id of the other household</translation>
    </message>
    <message>
        <source>why (kept in the history)</source>
        <translation>why (kept in the history)</translation>
    </message>
    <message>
        <source>merge a duplicate household or unit into the one to keep</source>
        <translation>merge a duplicate household or unit into the one to keep</translation>
    </message>
    <message>
        <source>id of the household or unit that goes</source>
        <translation>id of the household or unit that goes</translation>
    </message>
    <message>
        <source>id of the household or unit to keep</source>
        <translation>id of the household or unit to keep</translation>
    </message>
    <message>
        <source>undo the merge of a household or unit (it is live again)</source>
        <translation>undo the merge of a household or unit (it is live again)</translation>
    </message>
    <message>
        <source>id of the household or unit merged away</source>
        <translation>id of the household or unit merged away</translation>
    </message>
    <message>
        <source>payment id</source>
        <translation>payment id</translation>
    </message>
    <message>
        <source>finding number, as the report shows it</source>
        <translation>finding number, as the report shows it</translation>
    </message>
    <message>
        <source>conflict id</source>
        <translation>conflict id</translation>
    </message>
    <message>
        <source>Several findings have the number %1: use the full finding key (JSON).</source>
        <translation>Several findings have the number %1: use the full finding key (JSON).</translation>
    </message>
    <message>
        <source>Finding number</source>
        <translation>Finding number</translation>
    </message>
    <message>
        <source>summary: one row per campaign and team or district</source>
        <translation>summary: one row per campaign and team or district</translation>
    </message>
    <message>
        <source>Units (group distributions)</source>
        <translation>Units (group distributions)</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Packages</translation>
    </message>
    <message>
        <source>Households visited</source>
        <translation>Households visited</translation>
    </message>
    <message>
        <source>Units visited</source>
        <translation>Units visited</translation>
    </message>
    <message>
        <source>Workers reached</source>
        <translation>Workers reached</translation>
    </message>
    <message>
        <source>Campaign summary</source>
        <translation>Campaign summary</translation>
    </message>
    <message numerus="yes">
        <source>%n campaigns, %2 over budget</source>
        <translation><numerusform>%n campaign, %2 over budget</numerusform><numerusform>%n campaigns, %2 over budget</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n open conflicts</source>
        <translation><numerusform>%n open conflict</numerusform><numerusform>%n open conflicts</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n households to revisit</source>
        <translation><numerusform>%n household to revisit</numerusform><numerusform>%n households to revisit</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n candidate pairs</source>
        <translation><numerusform>%n candidate pair</numerusform><numerusform>%n candidate pairs</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n open findings</source>
        <translation><numerusform>%n open finding</numerusform><numerusform>%n open findings</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n series, %2 numbers missing</source>
        <translation><numerusform>%n series, %2 numbers missing</numerusform><numerusform>%n series, %2 numbers missing</numerusform></translation>
    </message>
</context>
<context>
    <name>UnitDuplicatesTab</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Distributions</source>
        <translation>Distributions</translation>
    </message>
    <message>
        <source>Unit A</source>
        <translation>Unit A</translation>
    </message>
    <message>
        <source>Unit B</source>
        <translation>Unit B</translation>
    </message>
    <message>
        <source>&amp;Not the same unit…</source>
        <translation>&amp;Not the same unit…</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>Undo merge</translation>
    </message>
    <message>
        <source>Undo the merge %1? The unit is live again and its own visits, distributions and wishes go back to it. Why?</source>
        <translation>Undo the merge %1? The unit is live again and its own visits, distributions and wishes go back to it. Why?</translation>
    </message>
    <message>
        <source>Not the same unit</source>
        <translation>Not the same unit</translation>
    </message>
    <message>
        <source>Why are these two different units?</source>
        <translation>Why are these two different units?</translation>
    </message>
</context>
<context>
    <name>UnitMergeConfirmDialog</name>
    <message>
        <source>Merge duplicate units</source>
        <translation>Merge duplicate units</translation>
    </message>
    <message>
        <source>“%2” will be merged into “%1”: its visits, distributions and wishes will belong to “%1”, and “%2” leaves the list of units. You can undo this later under Recent merges.</source>
        <translation>“%2” will be merged into “%1”: its visits, distributions and wishes will belong to “%1”, and “%2” leaves the list of units. You can undo this later under Recent merges.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Distributions</source>
        <translation>Distributions</translation>
    </message>
    <message>
        <source>Wishes</source>
        <translation>Wishes</translation>
    </message>
</context>
</TS>