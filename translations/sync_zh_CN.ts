<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Authz</name>
    <message>
        <source>written by a device this replica does not know</source>
        <translation>由本机库不认识的设备写入</translation>
    </message>
    <message>
        <source>an unknown kind of record or change</source>
        <translation>未知的记录或修改类型</translation>
    </message>
    <message>
        <source>this device's role may not make this change</source>
        <translation>该设备的角色无权做此修改</translation>
    </message>
    <message>
        <source>outside the writing device's team</source>
        <translation>超出写入设备所属走访组的范围</translation>
    </message>
    <message>
        <source>a device may only record itself and its own team</source>
        <translation>设备只能登记自己和本走访组</translation>
    </message>
    <message>
        <source>the operation's content is malformed</source>
        <translation>操作内容格式错误</translation>
    </message>
    <message>
        <source>the record names another device than its writer</source>
        <translation>记录中的设备与写入设备不符</translation>
    </message>
    <message>
        <source>the record names another team than its operation</source>
        <translation>记录中的走访组与操作所属走访组不符</translation>
    </message>
    <message>
        <source>an amount outside 0 to 999,999,999.99 yuan</source>
        <translation>金额超出 0 至 999,999,999.99 元的范围</translation>
    </message>
    <message>
        <source>a reversal that does not exactly cancel the payment it names</source>
        <translation>冲正金额与所冲发放不完全相抵</translation>
    </message>
    <message>
        <source>a reversal of a payment this replica has not received</source>
        <translation>所冲正的发放尚未到达本机库</translation>
    </message>
    <message>
        <source>only an office moves a record</source>
        <translation>只有办公室可以把记录转到其他走访组</translation>
    </message>
    <message>
        <source>This laptop may not make this change: %1. The hub and the other laptops would refuse it; ask the office.</source>
        <translation>本机无权做此修改：%1。中心库和其他电脑都会拒收，请联系办公室。</translation>
    </message>
</context>
<context>
    <name>Bundle</name>
    <message>
        <source>This replica is not enrolled in an organisation, so it cannot exchange bundles. Enrol it first ('fieldvisit enroll FILE').</source>
        <translation>本机库尚未加入任何单位，不能交换同步包。请先注册本机（'fieldvisit enroll 文件'）。</translation>
    </message>
    <message>
        <source>Device %1 is not known to this replica.</source>
        <translation>本机库不认识设备 %1。</translation>
    </message>
    <message>
        <source>The bundle file is truncated or damaged. Nothing was imported; copy it again from the sending laptop.</source>
        <translation>同步包文件不完整或已损坏，未导入任何内容。请从发送方电脑重新拷贝。</translation>
    </message>
    <message>
        <source>The bundle file cannot be read: %1</source>
        <translation>无法读取同步包文件：%1</translation>
    </message>
    <message>
        <source>This is not a fieldvisit bundle file.</source>
        <translation>这不是 fieldvisit 同步包文件。</translation>
    </message>
    <message>
        <source>This bundle was written by a newer version of fieldvisit.</source>
        <translation>此同步包由更新版本的 fieldvisit 生成，请先升级本软件。</translation>
    </message>
    <message>
        <source>This bundle belongs to another organisation; it cannot be imported here.</source>
        <translation>此同步包属于其他单位，不能在此导入。</translation>
    </message>
    <message>
        <source>This bundle comes from a device this replica does not know (%1). Sync with the hub first, or ask the office to enrol that laptop.</source>
        <translation>此同步包来自本机库不认识的设备（%1）。请先与中心库同步，或请办公室为该电脑办理注册。</translation>
    </message>
    <message>
        <source>The bundle's signature does not match: it was altered or damaged after it was written. Nothing was imported.</source>
        <translation>同步包签名不符：文件生成后被改动或损坏，未导入任何内容。</translation>
    </message>
    <message>
        <source>This bundle carries operations in another device's name; only office devices may pass on others' work. Nothing was imported.</source>
        <translation>此同步包含有以其他设备名义记录的操作；只有办公室设备可以转交他人的数据。未导入任何内容。</translation>
    </message>
    <message>
        <source>This bundle comes from a revoked device.</source>
        <translation>此同步包来自已被注销的设备。</translation>
    </message>
    <message>
        <source>This return bundle was made for another laptop (%1), not this one. Nothing was imported; ask the office for a bundle made for this laptop.</source>
        <translation>此回传同步包是为另一台电脑（%1）制作的，不是本机。未导入任何内容；请办公室为本机制作同步包。</translation>
    </message>
    <message>
        <source>This bundle carries %1 operations of another team; a field laptop takes only its own team's. Nothing was imported.</source>
        <translation>此同步包含有其他走访组的 %1 条操作；走访电脑只接收本组的数据。未导入任何内容。</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>deleted while edited</source>
        <translation>删除与修改冲突</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
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
        <translation>状态</translation>
    </message>
    <message>
        <source>Left hardship on</source>
        <translation>脱困日期</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>走访组</translation>
    </message>
    <message>
        <source>Register number</source>
        <translation>建档立卡编号</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>办理期限</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>No conflict %1.</source>
        <translation>没有编号为 %1 的冲突。</translation>
    </message>
    <message>
        <source>This conflict is already resolved.</source>
        <translation>此冲突已处理。</translation>
    </message>
    <message>
        <source>Give either a contender to take or a value, not both.</source>
        <translation>请指定采用哪一方的值，或给出新值，二者只能选一。</translation>
    </message>
    <message>
        <source>This conflict has no contender %1.</source>
        <translation>此冲突没有第 %1 方。</translation>
    </message>
    <message>
        <source>For a deleted-while-edited conflict choose restore or delete.</source>
        <translation>删除与修改冲突只能选择“恢复”（restore）或“删除”（delete）。</translation>
    </message>
    <message>
        <source>This conflict cannot be resolved here.</source>
        <translation>此冲突不能在这里处理。</translation>
    </message>
    <message>
        <source>%1 is not a valid value for this field.</source>
        <translation>%1 不是此字段的有效值。</translation>
    </message>
</context>
<context>
    <name>Enrol</name>
    <message>
        <source>The enrolment file cannot be read: %1</source>
        <translation>无法读取注册文件：%1</translation>
    </message>
    <message>
        <source>This is not a fieldvisit enrolment file.</source>
        <translation>这不是 fieldvisit 注册文件。</translation>
    </message>
    <message>
        <source>The code does not match this enrolment file (or the file is damaged).</source>
        <translation>一次性验证码与注册文件不符（或文件已损坏）。</translation>
    </message>
    <message>
        <source>The system keyring could not be read: %1</source>
        <translation>无法读取系统密钥环：%1</translation>
    </message>
    <message>
        <source>The hub password is not in the keyring; enrol this laptop again.</source>
        <translation>密钥环中没有中心库密码，请重新注册本机。</translation>
    </message>
    <message>
        <source>This laptop has no hub credentials; enrol it.</source>
        <translation>本机没有中心库登录凭据，请先注册。</translation>
    </message>
    <message>
        <source>A replica for another device already exists in %1. Enrol into an empty folder, or ask the administrator to enrol this device's id (%2).</source>
        <translation>%1 中已有其他设备的本机库。请注册到一个空文件夹，或请管理员按本设备编号（%2）办理注册。</translation>
    </message>
    <message>
        <source>This replica belongs to another organisation's hub (%1); this enrolment file is for %2. Enrol into an empty folder instead: a replica never moves between hubs.</source>
        <translation>这个本机库属于另一个单位的中心（%1），而这个注册文件属于 %2。请改为注册到一个空文件夹：本机库不能在中心之间迁移。</translation>
    </message>
    <message>
        <source>This replica already holds changes from other devices, so it is not a replica made alone; it cannot take another device's enrolment.</source>
        <translation>本机库已包含其他设备的数据，不是单独新建的本机库，不能使用另一台设备的注册文件。</translation>
    </message>
</context>
<context>
    <name>Hub</name>
    <message>
        <source>Cannot connect to the hub database: %1</source>
        <translation>无法连接中心库数据库：%1</translation>
    </message>
    <message>
        <source>This database is not a fieldvisit hub. Run 'fieldvisit hub init' first.</source>
        <translation>此数据库不是 fieldvisit 中心库。请先运行 'fieldvisit hub init'。</translation>
    </message>
    <message>
        <source>The hub has no organisation; run 'hub init' again.</source>
        <translation>中心库中没有单位信息，请重新运行 'hub init'。</translation>
    </message>
    <message>
        <source>A device name and a team name are required.</source>
        <translation>必须填写设备名称和走访组名称。</translation>
    </message>
    <message>
        <source>A device named %1 is already enrolled; choose another name.</source>
        <translation>名为 %1 的设备已注册，请换一个名称。</translation>
    </message>
    <message>
        <source>No enrolled device is called %1.</source>
        <translation>没有名为 %1 的已注册设备。</translation>
    </message>
    <message>
        <source>Database %1 is not a fieldvisit hub; nothing was removed.</source>
        <translation>数据库 %1 不是 fieldvisit 中心库；没有删除任何内容。</translation>
    </message>
    <message>
        <source>The hub could not be removed: %1</source>
        <translation>无法删除中心库：%1</translation>
    </message>
    <message>
        <source>Device %1 has no %2 on its hub login; run 'hub init' again.</source>
        <translation>设备 %1 的中心库登录没有设置 %2；请重新运行 'hub init'。</translation>
    </message>
    <message>
        <source>Device %1 changed its own hub password: the hub refuses it until it is enrolled again. Revoke it if nobody at the office did this.</source>
        <translation>设备 %1 自行修改了中心库密码：在重新注册之前中心库拒绝它。如果不是办公室所为，请注销该设备。</translation>
    </message>
    <message>
        <source>The hub administrator cannot read password verifiers (it is not a superuser), so a device changing its own hub password goes unnoticed. Confine device logins with the pg_hba.conf lines below.</source>
        <translation>中心库管理员无法读取密码校验值（不是超级用户），设备自行修改中心库密码不会被发现。请用下面的 pg_hba.conf 配置限制设备登录。</translation>
    </message>
    <message>
        <source>The hub administrator is not a member of %1, so the hub cannot end a device session that holds it up. A superuser can run: GRANT %1 TO %2;</source>
        <translation>中心库管理员不是 %1 的成员，无法结束拖住中心库的设备会话。超级用户可以执行：GRANT %1 TO %2;</translation>
    </message>
    <message>
        <source>Device logins may connect to other databases of this PostgreSQL server (%1). Add the pg_hba.conf lines below and reload the server.</source>
        <translation>设备登录可以连接此 PostgreSQL 服务器上的其他数据库（%1）。请加入下面的 pg_hba.conf 配置并重新加载服务器。</translation>
    </message>
    <message>
        <source>the offices</source>
        <translation>办公室</translation>
    </message>
    <message>
        <source>The snapshot for %1 was made by another version of fieldvisit, so new laptops ignore it. Run 'hub snapshot' for it again.</source>
        <translation>%1 的快照由另一版本的 fieldvisit 生成，新笔记本会忽略它。请为其重新运行 'hub snapshot'。</translation>
    </message>
    <message>
        <source>The snapshot for %1 is %2 days old: a new laptop folds everything since. Run 'hub snapshot' every night (docs/hub.md).</source>
        <translation>%1 的快照已有 %2 天：新笔记本要整理此后的全部数据。请每晚运行 'hub snapshot'（见 docs/hub.md）。</translation>
    </message>
    <message>
        <source>There is no snapshot for %1: a new laptop there folds all %2 operations itself (about a minute at 100,000 households). Run 'hub snapshot' for it every night (docs/hub.md).</source>
        <translation>%1 没有快照：那里的新笔记本要自己整理全部 %2 条操作（10 万户约需一分钟）。请每晚为其运行 'hub snapshot'（见 docs/hub.md）。</translation>
    </message>
    <message>
        <source>%1 is one of PostgreSQL's own databases; the hub needs a database of its own. Create one (for example: createdb fieldvisit_hub) and use its URL.</source>
        <translation>%1 是 PostgreSQL 自带的数据库；中心库需要一个专用数据库。请新建一个（例如：createdb fieldvisit_hub）并使用它的地址。</translation>
    </message>
    <message>
        <source>This database holds tables that belong to another role (%1). Use an empty database that the hub administrator owns.</source>
        <translation>此数据库中有属于其他角色的表（%1）。请使用中心库管理员拥有的空数据库。</translation>
    </message>
    <message>
        <source>This database already holds tables that are not a fieldvisit hub (%1). Use an empty database for the hub.</source>
        <translation>此数据库中已有不属于 fieldvisit 中心库的表（%1）。请为中心库使用一个空数据库。</translation>
    </message>
    <message>
        <source>This hub was set up by a newer version of fieldvisit (schema %1). Install the newer version to manage it.</source>
        <translation>此中心库由更新版本的 fieldvisit 建立（结构版本 %1）。请安装新版本后再管理。</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>This replica is not enrolled with a hub, so it cannot sync. Ask the administrator for an enrolment file and run 'fieldvisit enroll FILE', or exchange bundle files instead.</source>
        <translation>本机库尚未在中心库注册，无法同步。请向管理员索取注册文件并运行 'fieldvisit enroll 文件'，或改用同步包交换数据。</translation>
    </message>
    <message>
        <source>The hub refused this laptop: its enrolment was revoked or its credentials are wrong. Nothing was lost; ask the administrator to enrol it again.</source>
        <translation>中心库拒绝了本机：注册已被注销或登录凭据有误。数据没有丢失，请联系管理员重新注册。</translation>
    </message>
    <message>
        <source>The hub cannot be reached (%1). Nothing was lost: your changes stay on this laptop and go out at the next sync.</source>
        <translation>无法连接中心库（%1）。数据没有丢失：您的修改保存在本机，下次同步时发出。</translation>
    </message>
    <message>
        <source>The connection to the hub broke off (%1). What was already sent or received is kept; sync again to finish.</source>
        <translation>与中心库的连接中断（%1）。已发送和已接收的内容都已保留，请再同步一次完成。</translation>
    </message>
    <message>
        <source>This laptop's clock differs from the hub's by more than a day. Set the date and time correctly: the order of changes depends on it.</source>
        <translation>本机时钟与中心库相差超过一天。请校准日期和时间：修改的先后顺序依赖于此。</translation>
    </message>
    <message>
        <source>This sync put all %1 operations in order on this laptop because the hub had no snapshot it could use. Ask the hub's administrator to keep snapshots ('fieldvisit hub snapshot --all' every night): a new laptop, or one back after weeks away, then takes seconds instead of minutes.</source>
        <translation>这次同步在本机上整理了全部 %1 条操作，因为中心库没有本机可用的快照。请中心库管理员保留快照（每晚运行 'fieldvisit hub snapshot --all'）：新笔记本或久未同步的笔记本同步时就只需几秒，而不是几分钟。</translation>
    </message>
    <message>
        <source>The hub refused this laptop's changes: %1. Nothing of that batch was stored; show this message to the administrator.</source>
        <translation>中心库拒收了本机的修改：%1。这一批内容均未保存；请把此消息告知管理员。</translation>
    </message>
    <message>
        <source>This laptop's data is an older copy (restored from a backup, copied, or enrolled twice with one file): it now carries on as a new incarnation of this device. %1 operations not yet on the hub were renumbered and sent; nothing was lost.</source>
        <translation>本机数据是较早的副本（从备份恢复、复制而来，或用同一个注册文件注册了两次）：现已作为本设备的新身份继续工作。尚未上传到中心的 %1 条操作已重新编号并发送，没有丢失任何数据。</translation>
    </message>
</context>
<context>
    <name>SyncCli</name>
    <message>
        <source>administer the central hub database</source>
        <translation>管理中心库数据库</translation>
    </message>
    <message>
        <source>create or upgrade the hub schema</source>
        <translation>创建或升级中心库结构</translation>
    </message>
    <message>
        <source>administrator's PostgreSQL URL of the hub</source>
        <translation>中心库的管理员 PostgreSQL 地址</translation>
    </message>
    <message>
        <source>the organisation's name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>enrol a laptop for a team</source>
        <translation>为走访组注册一台电脑</translation>
    </message>
    <message>
        <source>the laptop's name</source>
        <translation>电脑名称</translation>
    </message>
    <message>
        <source>its visiting team</source>
        <translation>所属走访组</translation>
    </message>
    <message>
        <source>an office device (all teams)</source>
        <translation>办公室设备（可见所有走访组）</translation>
    </message>
    <message>
        <source>enrolment file to write</source>
        <translation>要写入的注册文件</translation>
    </message>
    <message>
        <source>address the laptop uses (default: the same)</source>
        <translation>电脑连接中心库所用的地址（默认相同）</translation>
    </message>
    <message>
        <source>keep the id of an existing replica</source>
        <translation>沿用已有本机库的设备编号</translation>
    </message>
    <message>
        <source>end a lost laptop's access</source>
        <translation>注销丢失电脑的访问权限</translation>
    </message>
    <message>
        <source>device name or id</source>
        <translation>设备名称或编号</translation>
    </message>
    <message>
        <source>hub URL (default: FIELDVISIT_HUB_URL)</source>
        <translation>中心库地址（默认取 FIELDVISIT_HUB_URL）</translation>
    </message>
    <message>
        <source>list enrolled devices</source>
        <translation>列出已注册设备</translation>
    </message>
    <message>
        <source>what the hub cannot enforce itself, and pg_hba lines</source>
        <translation>中心库自身无法强制的事项及 pg_hba 配置</translation>
    </message>
    <message>
        <source>drop a hub's database and its roles (they outlive the database)</source>
        <translation>删除中心库的数据库及其数据库角色（角色不会随数据库一起删除）</translation>
    </message>
    <message>
        <source>remove it (without this, only say what would be removed)</source>
        <translation>确认删除（不加此项时只列出将删除的内容）</translation>
    </message>
    <message>
        <source>the team it is for</source>
        <translation>快照所属的走访组</translation>
    </message>
    <message>
        <source>every scope that has a snapshot or whose new laptops would fold a big log (what 'hub check' names): one line for the nightly cron</source>
        <translation>每个已有快照、或新笔记本要整理大量数据的范围（即 'hub check' 列出的）：每晚定时任务只需这一行</translation>
    </message>
    <message>
        <source>for office devices (all teams)</source>
        <translation>供办公室设备使用（全部走访组）</translation>
    </message>
    <message>
        <source>join this laptop to the hub</source>
        <translation>将本机注册到中心库</translation>
    </message>
    <message>
        <source>the enrolment file from the administrator</source>
        <translation>管理员提供的注册文件</translation>
    </message>
    <message>
        <source>the one-time code (asked if not given)</source>
        <translation>一次性验证码（未给出时会询问）</translation>
    </message>
    <message>
        <source>send and receive changes via the hub</source>
        <translation>通过中心库发送和接收修改</translation>
    </message>
    <message>
        <source>list and resolve conflicting edits</source>
        <translation>查看和处理修改冲突</translation>
    </message>
    <message>
        <source>open conflicts</source>
        <translation>未处理的冲突</translation>
    </message>
    <message>
        <source>settle one conflict</source>
        <translation>处理一条冲突</translation>
    </message>
    <message>
        <source>conflict id (or its first characters)</source>
        <translation>冲突编号（或其前几位）</translation>
    </message>
    <message>
        <source>contender number (1, 2) or op id</source>
        <translation>采用的一方（1、2）或操作编号</translation>
    </message>
    <message>
        <source>a value to set instead</source>
        <translation>改为设定的新值</translation>
    </message>
    <message>
        <source>exchange changes on a USB stick</source>
        <translation>用U盘交换数据</translation>
    </message>
    <message>
        <source>write a bundle file</source>
        <translation>导出同步包文件</translation>
    </message>
    <message>
        <source>everything, not only what is new</source>
        <translation>导出全部，而不只是新增部分</translation>
    </message>
    <message>
        <source>office: a return bundle for DEVICE</source>
        <translation>办公室：为指定设备导出回传同步包</translation>
    </message>
    <message>
        <source>read a bundle file</source>
        <translation>导入同步包文件</translation>
    </message>
    <message>
        <source>Hub ready: organisation %1, schema %2 (was %3).</source>
        <translation>中心库已就绪：单位 %1，结构版本 %2（原为 %3）。</translation>
    </message>
    <message>
        <source>Enrolment file written: %1</source>
        <translation>注册文件已写入：%1</translation>
    </message>
    <message>
        <source>One-time code (give it separately, not with the file): %1</source>
        <translation>一次性验证码（请与文件分开交付）：%1</translation>
    </message>
    <message>
        <source>Give the hub URL with --url or FIELDVISIT_HUB_URL.</source>
        <translation>请用 --url 或 FIELDVISIT_HUB_URL 指定中心库地址。</translation>
    </message>
    <message>
        <source>Device %1 revoked; it can no longer reach the hub.</source>
        <translation>设备 %1 已注销，不能再连接中心库。</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>已注销</translation>
    </message>
    <message>
        <source>Hub checks passed.</source>
        <translation>中心库检查通过。</translation>
    </message>
    <message>
        <source>pg_hba.conf lines for the hub (put them first):</source>
        <translation>中心库的 pg_hba.conf 配置（放在最前面）：</translation>
    </message>
    <message numerus="yes">
        <source>This would drop hub database %1 with its %n roles, and every operation the laptops sent to it. Nothing was removed; run again with --yes to remove it.</source>
        <translation><numerusform>这将删除中心库数据库 %1、它的 %n 个数据库角色，以及各笔记本发送到其中的全部操作。现在没有删除任何内容；确认删除请加 --yes 再运行一次。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Hub database %1 and its %n roles removed.</source>
        <translation><numerusform>已删除中心库数据库 %1 及其 %n 个数据库角色。</numerusform></translation>
    </message>
    <message>
        <source>--all makes the offices' snapshot too: leave out --office.</source>
        <translation>--all 也会生成办公室的快照：请去掉 --office。</translation>
    </message>
    <message>
        <source>Snapshot stored: %1 operations up to position %2, %3 MB, in %4 s. This team's new laptops, and those far behind, load it instead of putting the whole log in order.</source>
        <translation>快照已存放：%1 条操作，至位置 %2，%3 MB，用时 %4 秒。该走访组的新笔记本和久未同步的笔记本将载入它，不必在本机整理全部操作。</translation>
    </message>
    <message>
        <source>No scope needs a snapshot yet: none has one, and no log is big enough for a new laptop to wait for it.</source>
        <translation>暂时没有需要快照的范围：都还没有快照，数据量也没有大到让新笔记本久等。</translation>
    </message>
    <message>
        <source>Give the one-time code with --code or FIELDVISIT_ENROL_CODE.</source>
        <translation>请用 --code 或 FIELDVISIT_ENROL_CODE 提供一次性验证码。</translation>
    </message>
    <message>
        <source>One-time code: </source>
        <translation>一次性验证码：</translation>
    </message>
    <message>
        <source>This laptop is enrolled as %1 (team %2).</source>
        <translation>本机已注册为 %1（走访组：%2）。</translation>
    </message>
    <message>
        <source>Sent %1, received %2, new conflicts %3, in %4 s.</source>
        <translation>发出 %1 条，收到 %2 条，新冲突 %3 条，用时 %4 秒。</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>没有未处理的冲突。</translation>
    </message>
    <message>
        <source>Conflict resolved; the decision goes out at the next sync.</source>
        <translation>冲突已处理，处理结果将在下次同步时发出。</translation>
    </message>
    <message>
        <source>Bundle written: %1 operations to %2.</source>
        <translation>同步包已导出：%1 条操作，保存到 %2。</translation>
    </message>
    <message>
        <source>Bundle from %1: %2 operations, %3 new, %4 new conflicts.</source>
        <translation>来自 %1 的同步包：%2 条操作，其中新增 %3 条，新冲突 %4 条。</translation>
    </message>
    <message>
        <source>bundle file to write</source>
        <translation>要写入的数据包文件</translation>
    </message>
    <message>
        <source>store a team's folded data in the hub for first syncs and laptops far behind</source>
        <translation>在中心库存放一个走访组整理好的数据，供首次同步和久未同步的笔记本使用</translation>
    </message>
    <message>
        <source>folder of the team's snapshot replica (with --all, one folder in it for each scope; default: in the data folder)</source>
        <translation>该走访组快照本机库所在的文件夹（用 --all 时其中每个范围一个文件夹；默认在用户数据文件夹中）</translation>
    </message>
    <message>
        <source>bundle file to read</source>
        <translation>要读取的数据包文件</translation>
    </message>
</context>
</TS>