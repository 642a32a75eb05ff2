<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>Authz</name>
    <message>
        <source>written by a device this replica does not know</source>
        <translation>written by a device this replica does not know</translation>
    </message>
    <message>
        <source>an unknown kind of record or change</source>
        <translation>an unknown kind of record or change</translation>
    </message>
    <message>
        <source>this device's role may not make this change</source>
        <translation>this device's role may not make this change</translation>
    </message>
    <message>
        <source>outside the writing device's team</source>
        <translation>outside the writing device's team</translation>
    </message>
    <message>
        <source>a device may only record itself and its own team</source>
        <translation>a device may only record itself and its own team</translation>
    </message>
    <message>
        <source>the operation's content is malformed</source>
        <translation>the operation's content is malformed</translation>
    </message>
    <message>
        <source>the record names another device than its writer</source>
        <translation>the record names another device than its writer</translation>
    </message>
    <message>
        <source>the record names another team than its operation</source>
        <translation>the record names another team than its operation</translation>
    </message>
    <message>
        <source>an amount outside 0 to 999,999,999.99 yuan</source>
        <translation>an amount outside 0 to 999,999,999.99 yuan</translation>
    </message>
    <message>
        <source>a reversal that does not exactly cancel the payment it names</source>
        <translation>a reversal that does not exactly cancel the payment it names</translation>
    </message>
    <message>
        <source>a reversal of a payment this replica has not received</source>
        <translation>a reversal of a payment this replica has not received</translation>
    </message>
    <message>
        <source>only an office moves a record</source>
        <translation>only an office moves a record</translation>
    </message>
    <message>
        <source>This laptop may not make this change: %1. The hub and the other laptops would refuse it; ask the office.</source>
        <translation>This laptop may not make this change: %1. The hub and the other laptops would refuse it; ask the office.</translation>
    </message>
</context>
<context>
    <name>Bundle</name>
    <message>
        <source>This replica is not enrolled in an organisation, so it cannot exchange bundles. Enrol it first ('fieldvisit enroll FILE').</source>
        <translation>This replica is not enrolled in an organisation, so it cannot exchange bundles. Enrol it first ('fieldvisit enroll FILE').</translation>
    </message>
    <message>
        <source>Device %1 is not known to this replica.</source>
        <translation>Device %1 is not known to this replica.</translation>
    </message>
    <message>
        <source>The bundle file is truncated or damaged. Nothing was imported; copy it again from the sending laptop.</source>
        <translation>The bundle file is truncated or damaged. Nothing was imported; copy it again from the sending laptop.</translation>
    </message>
    <message>
        <source>The bundle file cannot be read: %1</source>
        <translation>The bundle file cannot be read: %1</translation>
    </message>
    <message>
        <source>This is not a fieldvisit bundle file.</source>
        <translation>This is not a fieldvisit bundle file.</translation>
    </message>
    <message>
        <source>This bundle was written by a newer version of fieldvisit.</source>
        <translation>This bundle was written by a newer version of fieldvisit.</translation>
    </message>
    <message>
        <source>This bundle belongs to another organisation; it cannot be imported here.</source>
        <translation>This bundle belongs to another organisation; it cannot be imported here.</translation>
    </message>
    <message>
        <source>This bundle comes from a device this replica does not know (%1). Sync with the hub first, or ask the office to enrol that laptop.</source>
        <translation>This bundle comes from a device this replica does not know (%1). Sync with the hub first, or ask the office to enrol that laptop.</translation>
    </message>
    <message>
        <source>The bundle's signature does not match: it was altered or damaged after it was written. Nothing was imported.</source>
        <translation>The bundle's signature does not match: it was altered or damaged after it was written. Nothing was imported.</translation>
    </message>
    <message>
        <source>This bundle carries operations in another device's name; only office devices may pass on others' work. Nothing was imported.</source>
        <translation>This bundle carries operations in another device's name; only office devices may pass on others' work. Nothing was imported.</translation>
    </message>
    <message>
        <source>This bundle comes from a revoked device.</source>
        <translation>This bundle comes from a revoked device.</translation>
    </message>
    <message>
        <source>This return bundle was made for another laptop (%1), not this one. Nothing was imported; ask the office for a bundle made for this laptop.</source>
        <translation>This return bundle was made for another laptop (%1), not this one. Nothing was imported; ask the office for a bundle made for this laptop.</translation>
    </message>
    <message>
        <source>This bundle carries %1 operations of another team; a field laptop takes only its own team's. Nothing was imported.</source>
        <translation>This bundle carries %1 operations of another team; a field laptop takes only its own team's. Nothing was imported.</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>deleted while edited</source>
        <translation>deleted while edited</translation>
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
        <source>Workplace</source>
        <translation>Workplace</translation>
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
        <source>Monthly income (fen)</source>
        <translation>Monthly income (fen)</translation>
    </message>
    <message>
        <source>Family size</source>
        <translation>Family size</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Left hardship on</source>
        <translation>Left hardship on</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Register number</source>
        <translation>Register number</translation>
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
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>No conflict %1.</source>
        <translation>No conflict %1.</translation>
    </message>
    <message>
        <source>This conflict is already resolved.</source>
        <translation>This conflict is already resolved.</translation>
    </message>
    <message>
        <source>Give either a contender to take or a value, not both.</source>
        <translation>Give either a contender to take or a value, not both.</translation>
    </message>
    <message>
        <source>This conflict has no contender %1.</source>
        <translation>This conflict has no contender %1.</translation>
    </message>
    <message>
        <source>For a deleted-while-edited conflict choose restore or delete.</source>
        <translation>For a deleted-while-edited conflict choose restore or delete.</translation>
    </message>
    <message>
        <source>This conflict cannot be resolved here.</source>
        <translation>This conflict cannot be resolved here.</translation>
    </message>
    <message>
        <source>%1 is not a valid value for this field.</source>
        <translation>%1 is not a valid value for this field.</translation>
    </message>
</context>
<context>
    <name>Enrol</name>
    <message>
        <source>The enrolment file cannot be read: %1</source>
        <translation>The enrolment file cannot be read: %1</translation>
    </message>
    <message>
        <source>This is not a fieldvisit enrolment file.</source>
        <translation>This is not a fieldvisit enrolment file.</translation>
    </message>
    <message>
        <source>The code does not match this enrolment file (or the file is damaged).</source>
        <translation>The code does not match this enrolment file (or the file is damaged).</translation>
    </message>
    <message>
        <source>The system keyring could not be read: %1</source>
        <translation>The system keyring could not be read: %1</translation>
    </message>
    <message>
        <source>The hub password is not in the keyring; enrol this laptop again.</source>
        <translation>The hub password is not in the keyring; enrol this laptop again.</translation>
    </message>
    <message>
        <source>This laptop has no hub credentials; enrol it.</source>
        <translation>This laptop has no hub credentials; enrol it.</translation>
    </message>
    <message>
        <source>A replica for another device already exists in %1. Enrol into an empty folder, or ask the administrator to enrol this device's id (%2).</source>
        <translation>A replica for another device already exists in %1. Enrol into an empty folder, or ask the administrator to enrol this device's id (%2).</translation>
    </message>
    <message>
        <source>This replica belongs to another organisation's hub (%1); this enrolment file is for %2. Enrol into an empty folder instead: a replica never moves between hubs.</source>
        <translation>This replica belongs to another organisation's hub (%1); this enrolment file is for %2. Enrol into an empty folder instead: a replica never moves between hubs.</translation>
    </message>
    <message>
        <source>This replica already holds changes from other devices, so it is not a replica made alone; it cannot take another device's enrolment.</source>
        <translation>This replica already holds changes from other devices, so it is not a replica made alone; it cannot take another device's enrolment.</translation>
    </message>
</context>
<context>
    <name>Hub</name>
    <message>
        <source>Cannot connect to the hub database: %1</source>
        <translation>Cannot connect to the hub database: %1</translation>
    </message>
    <message>
        <source>This database is not a fieldvisit hub. Run 'fieldvisit hub init' first.</source>
        <translation>This database is not a fieldvisit hub. Run 'fieldvisit hub init' first.</translation>
    </message>
    <message>
        <source>The hub has no organisation; run 'hub init' again.</source>
        <translation>The hub has no organisation; run 'hub init' again.</translation>
    </message>
    <message>
        <source>A device name and a team name are required.</source>
        <translation>A device name and a team name are required.</translation>
    </message>
    <message>
        <source>A device named %1 is already enrolled; choose another name.</source>
        <translation>A device named %1 is already enrolled; choose another name.</translation>
    </message>
    <message>
        <source>No enrolled device is called %1.</source>
        <translation>No enrolled device is called %1.</translation>
    </message>
    <message>
        <source>Database %1 is not a fieldvisit hub; nothing was removed.</source>
        <translation>Database %1 is not a fieldvisit hub; nothing was removed.</translation>
    </message>
    <message>
        <source>The hub could not be removed: %1</source>
        <translation>The hub could not be removed: %1</translation>
    </message>
    <message>
        <source>Device %1 has no %2 on its hub login; run 'hub init' again.</source>
        <translation>Device %1 has no %2 on its hub login; run 'hub init' again.</translation>
    </message>
    <message>
        <source>Device %1 changed its own hub password: the hub refuses it until it is enrolled again. Revoke it if nobody at the office did this.</source>
        <translation>Device %1 changed its own hub password: the hub refuses it until it is enrolled again. Revoke it if nobody at the office did this.</translation>
    </message>
    <message>
        <source>The hub administrator cannot read password verifiers (it is not a superuser), so a device changing its own hub password goes unnoticed. Confine device logins with the pg_hba.conf lines below.</source>
        <translation>The hub administrator cannot read password verifiers (it is not a superuser), so a device changing its own hub password goes unnoticed. Confine device logins with the pg_hba.conf lines below.</translation>
    </message>
    <message>
        <source>The hub administrator is not a member of %1, so the hub cannot end a device session that holds it up. A superuser can run: GRANT %1 TO %2;</source>
        <translation>The hub administrator is not a member of %1, so the hub cannot end a device session that holds it up. A superuser can run: GRANT %1 TO %2;</translation>
    </message>
    <message>
        <source>Device logins may connect to other databases of this PostgreSQL server (%1). Add the pg_hba.conf lines below and reload the server.</source>
        <translation>Device logins may connect to other databases of this PostgreSQL server (%1). Add the pg_hba.conf lines below and reload the server.</translation>
    </message>
    <message>
        <source>the offices</source>
        <translation>the offices</translation>
    </message>
    <message>
        <source>The snapshot for %1 was made by another version of fieldvisit, so new laptops ignore it. Run 'hub snapshot' for it again.</source>
        <translation>The snapshot for %1 was made by another version of fieldvisit, so new laptops ignore it. Run 'hub snapshot' for it again.</translation>
    </message>
    <message>
        <source>The snapshot for %1 is %2 days old: a new laptop folds everything since. Run 'hub snapshot' every night (docs/hub.md).</source>
        <translation>The snapshot for %1 is %2 days old: a new laptop folds everything since. Run 'hub snapshot' every night (docs/hub.md).</translation>
    </message>
    <message>
        <source>There is no snapshot for %1: a new laptop there folds all %2 operations itself (about a minute at 100,000 households). Run 'hub snapshot' for it every night (docs/hub.md).</source>
        <translation>There is no snapshot for %1: a new laptop there folds all %2 operations itself (about a minute at 100,000 households). Run 'hub snapshot' for it every night (docs/hub.md).</translation>
    </message>
    <message>
        <source>%1 is one of PostgreSQL's own databases; the hub needs a database of its own. Create one (for example: createdb fieldvisit_hub) and use its URL.</source>
        <translation>%1 is one of PostgreSQL's own databases; the hub needs a database of its own. Create one (for example: createdb fieldvisit_hub) and use its URL.</translation>
    </message>
    <message>
        <source>This database holds tables that belong to another role (%1). Use an empty database that the hub administrator owns.</source>
        <translation>This database holds tables that belong to another role (%1). Use an empty database that the hub administrator owns.</translation>
    </message>
    <message>
        <source>This database already holds tables that are not a fieldvisit hub (%1). Use an empty database for the hub.</source>
        <translation>This database already holds tables that are not a fieldvisit hub (%1). Use an empty database for the hub.</translation>
    </message>
    <message>
        <source>This hub was set up by a newer version of fieldvisit (schema %1). Install the newer version to manage it.</source>
        <translation>This hub was set up by a newer version of fieldvisit (schema %1). Install the newer version to manage it.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>This replica is not enrolled with a hub, so it cannot sync. Ask the administrator for an enrolment file and run 'fieldvisit enroll FILE', or exchange bundle files instead.</source>
        <translation>This replica is not enrolled with a hub, so it cannot sync. Ask the administrator for an enrolment file and run 'fieldvisit enroll FILE', or exchange bundle files instead.</translation>
    </message>
    <message>
        <source>The hub refused this laptop: its enrolment was revoked or its credentials are wrong. Nothing was lost; ask the administrator to enrol it again.</source>
        <translation>The hub refused this laptop: its enrolment was revoked or its credentials are wrong. Nothing was lost; ask the administrator to enrol it again.</translation>
    </message>
    <message>
        <source>The hub cannot be reached (%1). Nothing was lost: your changes stay on this laptop and go out at the next sync.</source>
        <translation>The hub cannot be reached (%1). Nothing was lost: your changes stay on this laptop and go out at the next sync.</translation>
    </message>
    <message>
        <source>The connection to the hub broke off (%1). What was already sent or received is kept; sync again to finish.</source>
        <translation>The connection to the hub broke off (%1). What was already sent or received is kept; sync again to finish.</translation>
    </message>
    <message>
        <source>This laptop's clock differs from the hub's by more than a day. Set the date and time correctly: the order of changes depends on it.</source>
        <translation>This laptop's clock differs from the hub's by more than a day. Set the date and time correctly: the order of changes depends on it.</translation>
    </message>
    <message>
        <source>This sync put all %1 operations in order on this laptop because the hub had no snapshot it could use. Ask the hub's administrator to keep snapshots ('fieldvisit hub snapshot --all' every night): a new laptop, or one back after weeks away, then takes seconds instead of minutes.</source>
        <translation>This sync put all %1 operations in order on this laptop because the hub had no snapshot it could use. Ask the hub's administrator to keep snapshots ('fieldvisit hub snapshot --all' every night): a new laptop, or one back after weeks away, then takes seconds instead of minutes.</translation>
    </message>
    <message>
        <source>The hub refused this laptop's changes: %1. Nothing of that batch was stored; show this message to the administrator.</source>
        <translation>The hub refused this laptop's changes: %1. Nothing of that batch was stored; show this message to the administrator.</translation>
    </message>
    <message>
        <source>This laptop's data is an older copy (restored from a backup, copied, or enrolled twice with one file): it now carries on as a new incarnation of this device. %1 operations not yet on the hub were renumbered and sent; nothing was lost.</source>
        <translation>This laptop's data is an older copy (restored from a backup, copied, or enrolled twice with one file): it now carries on as a new incarnation of this device. %1 operations not yet on the hub were renumbered and sent; nothing was lost.</translation>
    </message>
</context>
<context>
    <name>SyncCli</name>
    <message>
        <source>administer the central hub database</source>
        <translation>administer the central hub database</translation>
    </message>
    <message>
        <source>create or upgrade the hub schema</source>
        <translation>create or upgrade the hub schema</translation>
    </message>
    <message>
        <source>administrator's PostgreSQL URL of the hub</source>
        <translation>administrator's PostgreSQL URL of the hub</translation>
    </message>
    <message>
        <source>the organisation's name</source>
        <translation>the organisation's name</translation>
    </message>
    <message>
        <source>enrol a laptop for a team</source>
        <translation>enrol a laptop for a team</translation>
    </message>
    <message>
        <source>the laptop's name</source>
        <translation>the laptop's name</translation>
    </message>
    <message>
        <source>its visiting team</source>
        <translation>its visiting team</translation>
    </message>
    <message>
        <source>an office device (all teams)</source>
        <translation>an office device (all teams)</translation>
    </message>
    <message>
        <source>enrolment file to write</source>
        <translation>enrolment file to write</translation>
    </message>
    <message>
        <source>address the laptop uses (default: the same)</source>
        <translation>address the laptop uses (default: the same)</translation>
    </message>
    <message>
        <source>keep the id of an existing replica</source>
        <translation>keep the id of an existing replica</translation>
    </message>
    <message>
        <source>end a lost laptop's access</source>
        <translation>end a lost laptop's access</translation>
    </message>
    <message>
        <source>device name or id</source>
        <translation>device name or id</translation>
    </message>
    <message>
        <source>hub URL (default: FIELDVISIT_HUB_URL)</source>
        <translation>hub URL (default: FIELDVISIT_HUB_URL)</translation>
    </message>
    <message>
        <source>list enrolled devices</source>
        <translation>list enrolled devices</translation>
    </message>
    <message>
        <source>what the hub cannot enforce itself, and pg_hba lines</source>
        <translation>what the hub cannot enforce itself, and pg_hba lines</translation>
    </message>
    <message>
        <source>drop a hub's database and its roles (they outlive the database)</source>
        <translation>drop a hub's database and its roles (they outlive the database)</translation>
    </message>
    <message>
        <source>remove it (without this, only say what would be removed)</source>
        <translation>remove it (without this, only say what would be removed)</translation>
    </message>
    <message>
        <source>the team it is for</source>
        <translation>the team it is for</translation>
    </message>
    <message>
        <source>every scope that has a snapshot or whose new laptops would fold a big log (what 'hub check' names): one line for the nightly cron</source>
        <translation>every scope that has a snapshot or whose new laptops would fold a big log (what 'hub check' names): one line for the nightly cron</translation>
    </message>
    <message>
        <source>for office devices (all teams)</source>
        <translation>for office devices (all teams)</translation>
    </message>
    <message>
        <source>join this laptop to the hub</source>
        <translation>join this laptop to the hub</translation>
    </message>
    <message>
        <source>the enrolment file from the administrator</source>
        <translation>the enrolment file from the administrator</translation>
    </message>
    <message>
        <source>the one-time code (asked if not given)</source>
        <translation>the one-time code (asked if not given)</translation>
    </message>
    <message>
        <source>send and receive changes via the hub</source>
        <translation>send and receive changes via the hub</translation>
    </message>
    <message>
        <source>list and resolve conflicting edits</source>
        <translation>list and resolve conflicting edits</translation>
    </message>
    <message>
        <source>open conflicts</source>
        <translation>open conflicts</translation>
    </message>
    <message>
        <source>settle one conflict</source>
        <translation>settle one conflict</translation>
    </message>
    <message>
        <source>conflict id (or its first characters)</source>
        <translation>conflict id (or its first characters)</translation>
    </message>
    <message>
        <source>contender number (1, 2) or op id</source>
        <translation>contender number (1, 2) or op id</translation>
    </message>
    <message>
        <source>a value to set instead</source>
        <translation>a value to set instead</translation>
    </message>
    <message>
        <source>exchange changes on a USB stick</source>
        <translation>exchange changes on a USB stick</translation>
    </message>
    <message>
        <source>write a bundle file</source>
        <translation>write a bundle file</translation>
    </message>
    <message>
        <source>everything, not only what is new</source>
        <translation>everything, not only what is new</translation>
    </message>
    <message>
        <source>office: a return bundle for DEVICE</source>
        <translation>office: a return bundle for DEVICE</translation>
    </message>
    <message>
        <source>read a bundle file</source>
        <translation>read a bundle file</translation>
    </message>
    <message>
        <source>Hub ready: organisation %1, schema %2 (was %3).</source>
        <translation>Hub ready: organisation %1, schema %2 (was %3).</translation>
    </message>
    <message>
        <source>Enrolment file written: %1</source>
        <translation>Enrolment file written: %1</translation>
    </message>
    <message>
        <source>One-time code (give it separately, not with the file): %1</source>
        <translation>One-time code (give it separately, not with the file): %1</translation>
    </message>
    <message>
        <source>Give the hub URL with --url or FIELDVISIT_HUB_URL.</source>
        <translation>Give the hub URL with --url or FIELDVISIT_HUB_URL.</translation>
    </message>
    <message>
        <source>Device %1 revoked; it can no longer reach the hub.</source>
        <translation>Device %1 revoked; it can no longer reach the hub.</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>revoked</translation>
    </message>
    <message>
        <source>Hub checks passed.</source>
        <translation>Hub checks passed.</translation>
    </message>
    <message>
        <source>pg_hba.conf lines for the hub (put them first):</source>
        <translation>pg_hba.conf lines for the hub (put them first):</translation>
    </message>
    <message numerus="yes">
        <source>This would drop hub database %1 with its %n roles, and every operation the laptops sent to it. Nothing was removed; run again with --yes to remove it.</source>
        <translation><numerusform>This would drop hub database %1 with its %n role, and every operation the laptops sent to it. Nothing was removed; run again with --yes to remove it.</numerusform><numerusform>This would drop hub database %1 with its %n roles, and every operation the laptops sent to it. Nothing was removed; run again with --yes to remove it.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Hub database %1 and its %n roles removed.</source>
        <translation><numerusform>Hub database %1 and its %n role removed.</numerusform><numerusform>Hub database %1 and its %n roles removed.</numerusform></translation>
    </message>
    <message>
        <source>--all makes the offices' snapshot too: leave out --office.</source>
        <translation>--all makes the offices' snapshot too: leave out --office.</translation>
    </message>
    <message>
        <source>Snapshot stored: %1 operations up to position %2, %3 MB, in %4 s. This team's new laptops, and those far behind, load it instead of putting the whole log in order.</source>
        <translation>Snapshot stored: %1 operations up to position %2, %3 MB, in %4 s. This team's new laptops, and those far behind, load it instead of putting the whole log in order.</translation>
    </message>
    <message>
        <source>No scope needs a snapshot yet: none has one, and no log is big enough for a new laptop to wait for it.</source>
        <translation>No scope needs a snapshot yet: none has one, and no log is big enough for a new laptop to wait for it.</translation>
    </message>
    <message>
        <source>Give the one-time code with --code or FIELDVISIT_ENROL_CODE.</source>
        <translation>Give the one-time code with --code or FIELDVISIT_ENROL_CODE.</translation>
    </message>
    <message>
        <source>One-time code: </source>
        <translation>One-time code: </translation>
    </message>
    <message>
        <source>This laptop is enrolled as %1 (team %2).</source>
        <translation>This laptop is enrolled as %1 (team %2).</translation>
    </message>
    <message>
        <source>Sent %1, received %2, new conflicts %3, in %4 s.</source>
        <translation>Sent %1, received %2, new conflicts %3, in %4 s.</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>No open conflicts.</translation>
    </message>
    <message>
        <source>Conflict resolved; the decision goes out at the next sync.</source>
        <translation>Conflict resolved; the decision goes out at the next sync.</translation>
    </message>
    <message>
        <source>Bundle written: %1 operations to %2.</source>
        <translation>Bundle written: %1 operations to %2.</translation>
    </message>
    <message>
        <source>Bundle from %1: %2 operations, %3 new, %4 new conflicts.</source>
        <translation>Bundle from %1: %2 operations, %3 new, %4 new conflicts.</translation>
    </message>
    <message>
        <source>bundle file to write</source>
        <translation>bundle file to write</translation>
    </message>
    <message>
        <source>store a team's folded data in the hub for first syncs and laptops far behind</source>
        <translation>store a team's folded data in the hub for first syncs and laptops far behind</translation>
    </message>
    <message>
        <source>folder of the team's snapshot replica (with --all, one folder in it for each scope; default: in the data folder)</source>
        <translation>folder of the team's snapshot replica (with --all, one folder in it for each scope; default: in the data folder)</translation>
    </message>
    <message>
        <source>bundle file to read</source>
        <translation>bundle file to read</translation>
    </message>
</context>
</TS>