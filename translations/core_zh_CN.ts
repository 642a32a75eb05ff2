<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Campaigns</name>
    <message>
        <source>the campaign ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such campaign: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <source>Device %1 has gaps in its operation sequence (%2 operations, highest %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reversal(s) point at no payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 payment(s) reversed more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt numbers used twice: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 refer to a household this replica does not hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 differs from its operations in: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Offline field visits: households, visits, payments, receipts and sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder of the local replica (default: FIELDVISIT_DATA_DIR or the user data folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language of messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fieldvisit: interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create this laptop&apos;s encrypted replica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this laptop&apos;s name, e.g. HZ03</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the visiting team this laptop belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issuing unit printed on receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an office replica (all teams)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fill the replica with invented demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>find households by name, pinyin, ID digits, phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check database integrity and domain invariants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created an encrypted replica in %1 (unlocked by %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--households must be between 0 and 1000000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data: %1 households, %2 visits, %3 payments, %4 needs in %5 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No household found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All checks passed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Households</name>
    <message>
        <source>must be between 1 and 49</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This household is archived; restore it before editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field %1 cannot be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A household cannot be merged into itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household to keep is archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That household is already archived or merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such household: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrate</name>
    <message>
        <source>This replica was written by a newer version of fieldvisit (schema %1, this program knows %2). Install the newer version to open it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Needs</name>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such need: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A need cannot go from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a resolved or closed need can be reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say why the need is reopened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Payments</name>
    <message>
        <source>must be at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is implausibly large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a payment needs cash or at least one goods line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be signature, fingerprint or absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say how the proxy collector is related</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such payment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reversal cannot itself be voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This payment is already voided.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Photos</name>
    <message>
        <source>is not an image fieldvisit can read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Replica</name>
    <message>
        <source>The replica&apos;s description file is missing or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A device name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A replica already exists in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keyring is available. Choose a passphrase (or set FIELDVISIT_PASSPHRASE for unattended use).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No replica in %1. Run &apos;fieldvisit init&apos; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This replica is protected by a passphrase. Enter it (or set FIELDVISIT_PASSPHRASE for unattended use).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase: the replica could not be unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replica could not be unlocked with the key in the keyring, or the file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>The system keyring could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key for this replica is not in the system keyring. Restore it from a backup or enrol the laptop again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 18 characters: 17 digits and a digit or X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains an impossible birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains a birth date in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has a wrong check character (the last character)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a mainland mobile (11 digits) or a landline with area code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has more than two decimal places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is larger than any amount a receipt can carry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is above the campaign&apos;s cap of %1 yuan; give a reason to override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a date (write it as 2025-01-31)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is too long (at most %1 characters)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Visits</name>
    <message>
        <source>This household is archived; it cannot be visited.</source>
        <extracomment>The conditions checklist (观察项) every visit form offers.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown item %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
