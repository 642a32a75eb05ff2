<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>Reports</name>
    <message>
        <source>Units not visited</source>
        <translation>Units not visited</translation>
    </message>
    <message>
        <source>Units not yet visited</source>
        <translation>Units not yet visited</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>%1 units in scope, %2 visited, %3 not yet visited</source>
        <translation>%1 units in scope, %2 visited, %3 not yet visited</translation>
    </message>
</context>
<context>
    <name>UnitImport</name>
    <message>
        <source>Unit name</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <source>Unit code</source>
        <translation>Unit code</translation>
    </message>
    <message>
        <source>Unit kind</source>
        <translation>Unit kind</translation>
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
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <source>Number of workers</source>
        <translation>Number of workers</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Serial number</translation>
    </message>
</context>
<context>
    <name>UnitReports</name>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>This unit already received ¥%1 in this campaign on %2 (receipt %3).</source>
        <translation>This unit already received ¥%1 in this campaign on %2 (receipt %3).</translation>
    </message>
    <message>
        <source>The date %1 is outside the campaign period %2 – %3.</source>
        <translation>The date %1 is outside the campaign period %2 – %3.</translation>
    </message>
    <message>
        <source>a distribution needs cash or goods</source>
        <translation>a distribution needs cash or goods</translation>
    </message>
    <message>
        <source>is not a plausible number of packages</source>
        <translation>is not a plausible number of packages</translation>
    </message>
    <message>
        <source>say how many workers it reached</source>
        <translation>say how many workers it reached</translation>
    </message>
    <message>
        <source>is more than the unit's %1 workers</source>
        <translation>is more than the unit's %1 workers</translation>
    </message>
    <message>
        <source>must be representative or roster</source>
        <translation>must be representative or roster</translation>
    </message>
    <message>
        <source>the unit's representative must sign for the unit</source>
        <translation>the unit's representative must sign for the unit</translation>
    </message>
    <message>
        <source>a roster needs at least one worker</source>
        <translation>a roster needs at least one worker</translation>
    </message>
    <message>
        <source>the roster's cash does not add up to the total</source>
        <translation>the roster's cash does not add up to the total</translation>
    </message>
    <message>
        <source>the roster's packages do not add up to the total</source>
        <translation>the roster's packages do not add up to the total</translation>
    </message>
    <message>
        <source>the roster lists a different number of workers than reached</source>
        <translation>the roster lists a different number of workers than reached</translation>
    </message>
    <message>
        <source>This unit is archived; it cannot be visited.</source>
        <translation>This unit is archived; it cannot be visited.</translation>
    </message>
    <message>
        <source>name at least one visitor (经办人)</source>
        <translation>name at least one visitor (经办人)</translation>
    </message>
    <message>
        <source>Give a reason to go on.</source>
        <translation>Give a reason to go on.</translation>
    </message>
    <message>
        <source>No such distribution: %1</source>
        <translation>No such distribution: %1</translation>
    </message>
    <message>
        <source>A reversal cannot itself be voided.</source>
        <translation>A reversal cannot itself be voided.</translation>
    </message>
    <message>
        <source>This distribution is already voided.</source>
        <translation>This distribution is already voided.</translation>
    </message>
    <message>
        <source>number of workers: %1 is not a number</source>
        <translation>number of workers: %1 is not a number</translation>
    </message>
    <message>
        <source>number of workers: %1 is not plausible</source>
        <translation>number of workers: %1 is not plausible</translation>
    </message>
    <message>
        <source>%1: the cell holds the Excel error %2, not data</source>
        <translation>%1: the cell holds the Excel error %2, not data</translation>
    </message>
    <message>
        <source>No unit list header found in %1: the first rows must name columns such as 单位名称 and 联系电话.</source>
        <translation>No unit list header found in %1: the first rows must name columns such as 单位名称 and 联系电话.</translation>
    </message>
    <message>
        <source>the same unit as row %1 of the file</source>
        <translation>the same unit as row %1 of the file</translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation>must be one of: %1</translation>
    </message>
    <message>
        <source>is not a plausible number of workers</source>
        <translation>is not a plausible number of workers</translation>
    </message>
    <message>
        <source>No such unit: %1</source>
        <translation>No such unit: %1</translation>
    </message>
    <message>
        <source>This unit is archived; restore it before editing.</source>
        <translation>This unit is archived; restore it before editing.</translation>
    </message>
    <message>
        <source>The field %1 cannot be edited.</source>
        <translation>The field %1 cannot be edited.</translation>
    </message>
    <message>
        <source>A merged unit cannot be restored.</source>
        <translation>A merged unit cannot be restored.</translation>
    </message>
    <message>
        <source>Choose two different units.</source>
        <translation>Choose two different units.</translation>
    </message>
    <message>
        <source>A unit cannot be merged into itself.</source>
        <translation>A unit cannot be merged into itself.</translation>
    </message>
    <message>
        <source>same name and address</source>
        <translation>same name and address</translation>
    </message>
    <message>
        <source>same name and contact phone</source>
        <translation>same name and contact phone</translation>
    </message>
    <message>
        <source>names that sound the same</source>
        <translation>names that sound the same</translation>
    </message>
    <message>
        <source>same contact phone and address</source>
        <translation>same contact phone and address</translation>
    </message>
    <message>
        <source>Unit duplicates</source>
        <translation>Unit duplicates</translation>
    </message>
    <message>
        <source>Units that may be registered twice</source>
        <translation>Units that may be registered twice</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Unit A</source>
        <translation>Unit A</translation>
    </message>
    <message>
        <source>Code A</source>
        <translation>Code A</translation>
    </message>
    <message>
        <source>Contact phone A</source>
        <translation>Contact phone A</translation>
    </message>
    <message>
        <source>Team A</source>
        <translation>Team A</translation>
    </message>
    <message>
        <source>Unit B</source>
        <translation>Unit B</translation>
    </message>
    <message>
        <source>Code B</source>
        <translation>Code B</translation>
    </message>
    <message>
        <source>Contact phone B</source>
        <translation>Contact phone B</translation>
    </message>
    <message>
        <source>Team B</source>
        <translation>Team B</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Unit A id</source>
        <translation>Unit A id</translation>
    </message>
    <message>
        <source>Unit B id</source>
        <translation>Unit B id</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate pairs</source>
        <translation><numerusform>%n candidate pair</numerusform><numerusform>%n candidate pairs</numerusform></translation>
    </message>
    <message>
        <source>Both units must be live to be merged.</source>
        <translation>Both units must be live to be merged.</translation>
    </message>
    <message>
        <source>This unit is not merged.</source>
        <translation>This unit is not merged.</translation>
    </message>
    <message>
        <source>No unit matches %1.</source>
        <translation>No unit matches %1.</translation>
    </message>
    <message>
        <source>%1 matches several units; use the unit code.</source>
        <translation>%1 matches several units; use the unit code.</translation>
    </message>
    <message>
        <source>%1 items, %2 resolved</source>
        <translation>%1 items, %2 resolved</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Wish</source>
        <translation>Wish</translation>
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
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Wish list of %1</source>
        <translation>Wish list of %1</translation>
    </message>
</context>
<context>
    <name>UnitsCli</name>
    <message>
        <source>units visited as a whole: registry, group distributions, wish lists</source>
        <translation>units visited as a whole: registry, group distributions, wish lists</translation>
    </message>
    <message>
        <source>register a unit</source>
        <translation>register a unit</translation>
    </message>
    <message>
        <source>unit name</source>
        <translation>unit name</translation>
    </message>
    <message>
        <source>kind of unit</source>
        <translation>kind of unit</translation>
    </message>
    <message>
        <source>the office's code for the unit</source>
        <translation>the office's code for the unit</translation>
    </message>
    <message>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <source>district or street</source>
        <translation>district or street</translation>
    </message>
    <message>
        <source>contact person</source>
        <translation>contact person</translation>
    </message>
    <message>
        <source>contact phone</source>
        <translation>contact phone</translation>
    </message>
    <message>
        <source>number of workers</source>
        <translation>number of workers</translation>
    </message>
    <message>
        <source>find units (name, pinyin, code)</source>
        <translation>find units (name, pinyin, code)</translation>
    </message>
    <message>
        <source>one unit with its visits</source>
        <translation>one unit with its visits</translation>
    </message>
    <message>
        <source>unit id, code or name</source>
        <translation>unit id, code or name</translation>
    </message>
    <message>
        <source>import a list of units</source>
        <translation>import a list of units</translation>
    </message>
    <message>
        <source>report what would change, change nothing</source>
        <translation>report what would change, change nothing</translation>
    </message>
    <message>
        <source>write the rows that could not be imported to this workbook, to fix</source>
        <translation>write the rows that could not be imported to this workbook, to fix</translation>
    </message>
    <message>
        <source>record a visit to a unit (补录)</source>
        <translation>record a visit to a unit (补录)</translation>
    </message>
    <message>
        <source>campaign name or id</source>
        <translation>campaign name or id</translation>
    </message>
    <message>
        <source>date of the visit, YYYY-MM-DD</source>
        <translation>date of the visit, YYYY-MM-DD</translation>
    </message>
    <message>
        <source>cash handed over, in yuan</source>
        <translation>cash handed over, in yuan</translation>
    </message>
    <message>
        <source>goods as ITEM:QTY[:UNIT_VALUE_YUAN]</source>
        <translation>goods as ITEM:QTY[:UNIT_VALUE_YUAN]</translation>
    </message>
    <message>
        <source>number of packages</source>
        <translation>number of packages</translation>
    </message>
    <message>
        <source>number of workers reached</source>
        <translation>number of workers reached</translation>
    </message>
    <message>
        <source>visitor (经办人); repeat for several</source>
        <translation>visitor (经办人); repeat for several</translation>
    </message>
    <message>
        <source>the representative's post</source>
        <translation>the representative's post</translation>
    </message>
    <message>
        <source>why to go on despite a warning</source>
        <translation>why to go on despite a warning</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>CSV of the signed roster: name, ID tail, cash in yuan, packages</source>
        <translation>CSV of the signed roster: name, ID tail, cash in yuan, packages</translation>
    </message>
    <message>
        <source>add an item to a unit's wish list</source>
        <translation>add an item to a unit's wish list</translation>
    </message>
    <message>
        <source>what is needed</source>
        <translation>what is needed</translation>
    </message>
    <message>
        <source>category</source>
        <translation>category</translation>
    </message>
    <message>
        <source>who follows it up</source>
        <translation>who follows it up</translation>
    </message>
    <message>
        <source>due date, YYYY-MM-DD</source>
        <translation>due date, YYYY-MM-DD</translation>
    </message>
    <message>
        <source>a unit's wish list (台账)</source>
        <translation>a unit's wish list (台账)</translation>
    </message>
    <message>
        <source>write the ledger to this .xlsx or .pdf</source>
        <translation>write the ledger to this .xlsx or .pdf</translation>
    </message>
    <message>
        <source>print a unit's sign-off roster (发放签收表)</source>
        <translation>print a unit's sign-off roster (发放签收表)</translation>
    </message>
    <message>
        <source>print the roster entered for this distribution</source>
        <translation>print the roster entered for this distribution</translation>
    </message>
    <message>
        <source>blank lines (default: the unit's workers)</source>
        <translation>blank lines (default: the unit's workers)</translation>
    </message>
    <message>
        <source>print unit receipts (单位签收单)</source>
        <translation>print unit receipts (单位签收单)</translation>
    </message>
    <message>
        <source>receipt numbers or distribution ids</source>
        <translation>receipt numbers or distribution ids</translation>
    </message>
    <message>
        <source>every unit receipt of a campaign</source>
        <translation>every unit receipt of a campaign</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>PDF file</translation>
    </message>
    <message>
        <source>the unit's representative who signs (unless --roster)</source>
        <translation>the unit's representative who signs (unless --roster)</translation>
    </message>
    <message>
        <source>Unit registered: %1</source>
        <translation>Unit registered: %1</translation>
    </message>
    <message>
        <source>must end in .xlsx</source>
        <translation>must end in .xlsx</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Dry run: nothing was changed.</translation>
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
        <source>problem</source>
        <translation>problem</translation>
    </message>
    <message>
        <source>%1 rows: %2 new, %3 updated, %4 unchanged, %5 with problems</source>
        <translation>%1 rows: %2 new, %3 updated, %4 unchanged, %5 with problems</translation>
    </message>
    <message>
        <source>%1 rows to fix written to %2</source>
        <translation>%1 rows to fix written to %2</translation>
    </message>
    <message>
        <source>name the campaign (--campaign)</source>
        <translation>name the campaign (--campaign)</translation>
    </message>
    <message>
        <source>say how many workers it reached (--reached)</source>
        <translation>say how many workers it reached (--reached)</translation>
    </message>
    <message>
        <source>Visit saved; receipt %1.</source>
        <translation>Visit saved; receipt %1.</translation>
    </message>
    <message>
        <source>Added to the wish list: %1</source>
        <translation>Added to the wish list: %1</translation>
    </message>
    <message>
        <source>line %1: packages is not a whole number</source>
        <translation>line %1: packages is not a whole number</translation>
    </message>
    <message>
        <source>must be between 1 and %1</source>
        <translation>must be between 1 and %1</translation>
    </message>
    <message>
        <source>name receipts or a campaign</source>
        <translation>name receipts or a campaign</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Written: %1</translation>
    </message>
    <message>
        <source>must end in .xlsx or .pdf</source>
        <translation>must end in .xlsx or .pdf</translation>
    </message>
    <message>
        <source>name, pinyin or code</source>
        <translation>name, pinyin or code</translation>
    </message>
    <message>
        <source>the list of units (.xlsx, .xls or .csv)</source>
        <translation>the list of units (.xlsx, .xls or .csv)</translation>
    </message>
</context>
</TS>