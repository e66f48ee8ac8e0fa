<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>cli</name>
    <message>
        <source>用户名: </source>
        <translation>Username: </translation>
    </message>
    <message>
        <source>密码: </source>
        <translation>Password: </translation>
    </message>
    <message>
        <source>管理员</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>已建立新数据库 {path}，首个管理员为 {user}。</source>
        <translation>Created a new database {path}; the first administrator is {user}.</translation>
    </message>
    <message>
        <source>首个管理员的用户名 [admin]: </source>
        <translation>Username of the first administrator [admin]: </translation>
    </message>
    <message>
        <source>密码（至少 8 位）: </source>
        <translation>Password (at least 8 characters): </translation>
    </message>
    <message>
        <source>再输入一次: </source>
        <translation>Repeat: </translation>
    </message>
    <message>
        <source>两次输入不一致，请重新输入。</source>
        <translation>The two entries differ; please type them again.</translation>
    </message>
    <message>
        <source>使用已有的演示数据库 {path}（加 --force 可重建）。</source>
        <translation>Using the existing demo database {path} (add --force to rebuild it).</translation>
    </message>
    <message>
        <source>正在生成 {years} 年的演示数据，请稍候……</source>
        <translation>Generating {years} years of demo data, please wait…</translation>
    </message>
    <message>
        <source>演示数据库已建好：{path}</source>
        <translation>Demo database ready: {path}</translation>
    </message>
    <message>
        <source>检查通过：数据库完好，所有账目不变量成立。</source>
        <translation>Check passed: the database is intact and every ledger invariant holds.</translation>
    </message>
    <message>
        <source>发现 {n} 个问题：</source>
        <translation>Found {n} problem(s):</translation>
    </message>
    <message>
        <source>PostgreSQL 数据库请用服务器自带的 pg_dump 备份，见 README。</source>
        <translation>Back up a PostgreSQL database with the server&apos;s own pg_dump; see the README.</translation>
    </message>
    <message>
        <source>已备份到 {path}</source>
        <translation>Backed up to {path}</translation>
    </message>
    <message>
        <source>PostgreSQL 数据库请用服务器自带的 pg_restore 恢复，见 README。</source>
        <translation>Restore a PostgreSQL database with the server&apos;s own pg_restore; see the README.</translation>
    </message>
    <message>
        <source>已从 {source} 恢复数据库 {path}。</source>
        <translation>Restored the database {path} from {source}.</translation>
    </message>
    <message>
        <source>恢复前的数据库已另存为 {saved}</source>
        <translation>The database as it was before the restore was saved as {saved}</translation>
    </message>
    <message>
        <source>新用户的密码: </source>
        <translation>Password for the new user: </translation>
    </message>
    <message>
        <source>已添加用户 {user}（{role}）。</source>
        <translation>Added user {user} ({role}).</translation>
    </message>
    <message>
        <source>停用</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>锁定</source>
        <translation>locked</translation>
    </message>
    <message>
        <source>演示账户：clerk / finance / manager / admin，密码均为 {password}</source>
        <translation>Demo accounts: clerk / finance / manager / admin, all with the password {password}</translation>
    </message>
    <message>
        <source>--years 至少为 1。</source>
        <translation>--years must be at least 1.</translation>
    </message>
    <message>
        <source>备件：往来单位、备件与单据……</source>
        <translation>Parts: parties, parts and documents…</translation>
    </message>
    <message>
        <source>档案：客户、车辆与维修记录……</source>
        <translation>Archives: customers, vehicles and repair visits…</translation>
    </message>
    <message>
        <source>SQLite 完整性：{line}</source>
        <translation>SQLite integrity: {line}</translation>
    </message>
    <message>
        <source>外键失效：表 {table} 第 {rowid} 行</source>
        <translation>Broken foreign key: table {table}, row {rowid}</translation>
    </message>
    <message>
        <source>数据库结构未更新到当前版本：{names}</source>
        <translation>The database schema is not at the current version: {names}</translation>
    </message>
    <message>
        <source>分公司客服台账 BranchDesk</source>
        <translation>BranchDesk – branch customer-service books</translation>
    </message>
    <message>
        <source>SQLite 文件路径，或 postgresql://用户@主机/库名</source>
        <translation>a SQLite file path, or postgresql://user@host/database</translation>
    </message>
    <message>
        <source>界面语言</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>离屏自检：建临时库、主窗口、PDF 与 Excel</source>
        <translation>offscreen self-test: temporary database, main window, PDF and Excel</translation>
    </message>
    <message>
        <source>打开桌面程序（默认）</source>
        <translation>open the desktop app (default)</translation>
    </message>
    <message>
        <source>主窗口显示后打印启动耗时与内存并退出（供 bench 使用）</source>
        <translation>print start-up time and memory once the main window shows, then exit (for bench)</translation>
    </message>
    <message>
        <source>新建空数据库和首个管理员</source>
        <translation>create an empty database and its first administrator</translation>
    </message>
    <message>
        <source>生成演示分公司数据库</source>
        <translation>build a demo branch database</translation>
    </message>
    <message>
        <source>演示数据的年数（默认 2）</source>
        <translation>years of demo data (default 2)</translation>
    </message>
    <message>
        <source>随机种子（同一种子生成相同数据）</source>
        <translation>random seed (the same seed gives the same data)</translation>
    </message>
    <message>
        <source>覆盖已有的演示数据库</source>
        <translation>overwrite an existing demo database</translation>
    </message>
    <message>
        <source>建好后打开桌面程序</source>
        <translation>open the desktop app when done</translation>
    </message>
    <message>
        <source>检查数据库完整性与账目不变量</source>
        <translation>check database integrity and the ledger invariants</translation>
    </message>
    <message>
        <source>备份 SQLite 数据库</source>
        <translation>back up a SQLite database</translation>
    </message>
    <message>
        <source>备份文件路径（默认在数据库旁的 backups 目录）</source>
        <translation>backup file path (default: the backups folder next to the database)</translation>
    </message>
    <message>
        <source>从备份恢复 SQLite 数据库</source>
        <translation>restore a SQLite database from a backup</translation>
    </message>
    <message>
        <source>备份文件</source>
        <translation>backup file</translation>
    </message>
    <message>
        <source>用户管理</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>列出用户</source>
        <translation>list users</translation>
    </message>
    <message>
        <source>添加用户（密码取自 BRANCHDESK_NEW_PASSWORD 或提示输入）</source>
        <translation>add a user (password from BRANCHDESK_NEW_PASSWORD or a prompt)</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>已取消。</source>
        <translation>Cancelled.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>分公司客服台账</source>
        <translation>BranchDesk</translation>
    </message>
</context>
<context>
    <name>AuditActions</name>
    <message>
        <source>登录</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>登录失败</source>
        <translation>Login failed</translation>
    </message>
    <message>
        <source>账户被锁定</source>
        <translation>Account locked</translation>
    </message>
    <message>
        <source>锁定期间尝试登录</source>
        <translation>Login attempt while locked</translation>
    </message>
    <message>
        <source>新建用户</source>
        <translation>New user</translation>
    </message>
    <message>
        <source>修改用户</source>
        <translation>User changed</translation>
    </message>
    <message>
        <source>重置密码</source>
        <translation>Password reset</translation>
    </message>
    <message>
        <source>修改本人密码</source>
        <translation>Own password changed</translation>
    </message>
    <message>
        <source>解锁账户</source>
        <translation>Account unlocked</translation>
    </message>
    <message>
        <source>备份数据库</source>
        <translation>Database backed up</translation>
    </message>
    <message>
        <source>恢复数据库</source>
        <translation>Database restored</translation>
    </message>
    <message>
        <source>用户</source>
        <translation>User</translation>
    </message>
    <message>
        <source>数据库</source>
        <translation>Database</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>用户</source>
        <translation>User</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>对象</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>锁定至</source>
        <translation>Locked until</translation>
    </message>
    <message>
        <source>密码修改于</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <source>建立于</source>
        <translation>Created</translation>
    </message>
</context>
<context>
    <name>EmptyPages</name>
    <message>
        <source>这里将是车辆档案（一车两档）：每辆车按车架号建一份销售档案和一份维修档案，可按车架号（全号或后 6-8 位）、车牌号、客户姓名或拼音首字母、电话、档案号查找，并列出逾期未交档的资料和经手人。</source>
        <translation>This page will hold the vehicle archives (two files per vehicle): a sales file and a repair file for each VIN, found by VIN (full or the last 6-8 characters), plate, customer name or pinyin initials, phone or archive number, with late handovers listed per responsible person.</translation>
    </message>
    <message>
        <source>这里将是客户：麦凯 66 客户档案（每次修订都留痕，敏感项需单独同意并按角色显示），7DC / 3DC 回访记录，生日、保养、年审、续保的关怀提醒，以及客户投诉的处理跟踪。</source>
        <translation>This page will hold the customers: Mackay 66 profiles (every revision kept; sensitive items need separate consent and are shown by role), 7DC / 3DC callbacks, care reminders for birthdays, maintenance, annual inspection and insurance renewal, and complaint tracking.</translation>
    </message>
    <message>
        <source>这里将是备件：分公司的五本账——好坏件库存帐、备件往来帐、欠人坏件账、人欠坏件账、在途账，以及总部发货、服务站发料、返坏件等单据的录入与冲销。</source>
        <translation>This page will hold the parts: the branch&apos;s five books - good/bad stock, parts current account, bad parts we owe, bad parts owed to us, in transit - and the entry and reversal of documents such as HQ shipments, station issues and bad-part returns.</translation>
    </message>
    <message>
        <source>这里将是每日货品出入库报表：按日汇总各备件的入库、出库与结存，打印后由财务和经理签字，经理签字后当日锁定。</source>
        <translation>This page will hold the daily goods in/out report: each part&apos;s receipts, issues and balance per day, printed and signed by finance and the manager; the manager&apos;s signature locks the day.</translation>
    </message>
    <message>
        <source>这里将是对账：与总部、各服务站逐件核对往来数量和欠件，找出差异并生成对账单。</source>
        <translation>This page will hold reconciliation: quantities and owed parts checked part by part with HQ and each service station, differences found and statements produced.</translation>
    </message>
</context>
<context>
    <name>EmptyStatePage</name>
    <message>
        <source>尚无数据</source>
        <translation>No data yet</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>车架号</source>
        <translation>VIN</translation>
    </message>
    <message>
        <source>车牌号</source>
        <translation>Plate</translation>
    </message>
    <message>
        <source>客户名称</source>
        <translation>Customer name</translation>
    </message>
    <message>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>交车日期</source>
        <translation>Delivery date</translation>
    </message>
    <message>
        <source>开票日期</source>
        <translation>Invoice date</translation>
    </message>
    <message>
        <source>进厂日期</source>
        <translation>Visit date</translation>
    </message>
    <message>
        <source>移交日期</source>
        <translation>Handover date</translation>
    </message>
    <message>
        <source>责任人</source>
        <translation>Responsible person</translation>
    </message>
    <message>
        <source>工单号</source>
        <translation>Work order no.</translation>
    </message>
    <message>
        <source>行驶里程</source>
        <translation>Mileage</translation>
    </message>
    <message>
        <source>结算金额</source>
        <translation>Settlement amount</translation>
    </message>
    <message>
        <source>档案盒号</source>
        <translation>Archive box no.</translation>
    </message>
    <message>
        <source>档案编号</source>
        <translation>Archive no.</translation>
    </message>
    <message>
        <source>节假日名称</source>
        <translation>Holiday name</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>新数据库：建立管理员</source>
        <translation>New database: create the administrator</translation>
    </message>
    <message>
        <source>这是一个新的数据库。请先建立管理员账户，之后由管理员在“设置”中添加其他用户。</source>
        <translation>This is a new database. Create the administrator account first; the administrator then adds everyone else under Settings.</translation>
    </message>
    <message>
        <source>用户名(&amp;U)</source>
        <translation>&amp;Username</translation>
    </message>
    <message>
        <source>姓名(&amp;N)</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>密码(&amp;P)</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>再输入一次(&amp;R)</source>
        <translation>&amp;Repeat password</translation>
    </message>
    <message>
        <source>两次输入的密码不一致。</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>登录 - 分公司客服台账</source>
        <translation>Log in - BranchDesk</translation>
    </message>
    <message>
        <source>分公司客服台账</source>
        <translation>BranchDesk</translation>
    </message>
    <message>
        <source>用户名(&amp;U)</source>
        <translation>&amp;Username</translation>
    </message>
    <message>
        <source>密码(&amp;P)</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>登录(&amp;L)</source>
        <translation>&amp;Log in</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>语言(&amp;L)</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>退出(&amp;X)</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>关于(&amp;A)</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <source>用户：{name}（{role}）</source>
        <translation>User: {name} ({role})</translation>
    </message>
    <message>
        <source>数据库：{where}</source>
        <translation>Database: {where}</translation>
    </message>
    <message>
        <source>关于</source>
        <translation>About</translation>
    </message>
    <message>
        <source>分公司客服台账 BranchDesk

车辆档案、麦凯 66 客户档案、回访，以及分公司五本备件账与每日货品出入库报表。</source>
        <translation>BranchDesk - branch customer-service books

Vehicle archives, Mackay 66 customer profiles, callbacks, and the branch&apos;s five spare-parts books with the daily goods in/out report.</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <source>添加用户</source>
        <translation>Add user</translation>
    </message>
    <message>
        <source>用户名(&amp;U)</source>
        <translation>&amp;Username</translation>
    </message>
    <message>
        <source>姓名(&amp;N)</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>角色(&amp;R)</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <source>密码(&amp;P)</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>再输入一次(&amp;A)</source>
        <translation>Rep&amp;eat password</translation>
    </message>
    <message>
        <source>两次输入的密码不一致。</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>今日</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>档案</source>
        <translation>Archives</translation>
    </message>
    <message>
        <source>客户</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>备件</source>
        <translation>Parts</translation>
    </message>
    <message>
        <source>日报</source>
        <translation>Daily report</translation>
    </message>
    <message>
        <source>对账</source>
        <translation>Reconciliation</translation>
    </message>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>设置密码</source>
        <translation>Set password</translation>
    </message>
    <message>
        <source>用户：{user}</source>
        <translation>User: {user}</translation>
    </message>
    <message>
        <source>原密码(&amp;O)</source>
        <translation>&amp;Old password</translation>
    </message>
    <message>
        <source>新密码(&amp;P)</source>
        <translation>New &amp;password</translation>
    </message>
    <message>
        <source>再输入一次(&amp;A)</source>
        <translation>Rep&amp;eat password</translation>
    </message>
    <message>
        <source>两次输入的密码不一致。</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <source>数据库文件 {path} 位于网络位置。SQLite 数据库放在网络共享盘上会损坏数据；多台电脑共用数据请改用 PostgreSQL 服务器（--db postgresql://...）。</source>
        <translation>The database file {path} is on a network location. A SQLite database on a network share gets corrupted; to share data between several PCs use a PostgreSQL server (--db postgresql://...).</translation>
    </message>
    <message>
        <source>找不到数据库文件 {path}。请先运行 init 或 demo 建库。</source>
        <translation>Database file {path} not found. Run init or demo first to create it.</translation>
    </message>
    <message>
        <source>无法写入 {path}（{detail}）。请换一个有写入权限的位置。</source>
        <translation>Cannot write to {path} ({detail}). Choose a location you may write to.</translation>
    </message>
    <message>
        <source>{path} 不是可用的数据库文件或已损坏（{detail}）。文件未被改动；请从备份恢复（restore）。</source>
        <translation>{path} is not a usable database file or is damaged ({detail}). The file was not changed; restore it from a backup (restore).</translation>
    </message>
    <message>
        <source>无法连接数据库服务器 {url}：{detail}</source>
        <translation>Cannot connect to the database server {url}: {detail}</translation>
    </message>
    <message>
        <source>数据库 {path} 的结构版本为 {found}，比本程序支持的版本 {known} 新。请安装新版程序；数据库未被改动。</source>
        <translation>The database {path} has schema version {found}, newer than version {known} this program knows. Install the newer program; the database was not changed.</translation>
    </message>
    <message>
        <source>数据库 {path} 还没有初始化。请先运行 init 或 demo。</source>
        <translation>The database {path} is not initialised yet. Run init or demo first.</translation>
    </message>
    <message>
        <source>{path} 已存在，未覆盖。如确要重建，请加 --force。</source>
        <translation>{path} already exists and was not overwritten. Add --force to rebuild it.</translation>
    </message>
    <message>
        <source>备份写入 {path} 失败（{detail}）。原数据库未受影响。</source>
        <translation>Writing the backup {path} failed ({detail}). The database itself is unaffected.</translation>
    </message>
    <message>
        <source>备份目标 {path} 就是数据库本身，请换一个文件名。</source>
        <translation>The backup target {path} is the database itself; choose another file name.</translation>
    </message>
    <message>
        <source>{path} 不是完好的数据库文件（{detail}），未恢复。</source>
        <translation>{path} is not an intact database file ({detail}); nothing was restored.</translation>
    </message>
    <message>
        <source>{path} 不是本程序的数据库备份，未恢复。</source>
        <translation>{path} is not a backup of this program&apos;s database; nothing was restored.</translation>
    </message>
    <message>
        <source>用户名或密码不正确。</source>
        <translation>Wrong username or password.</translation>
    </message>
    <message>
        <source>账户 {username} 因连续输错密码已锁定，请在 {until} 之后再试，或请管理员解锁。</source>
        <translation>The account {username} is locked after repeated wrong passwords. Try again after {until}, or ask an administrator to unlock it.</translation>
    </message>
    <message>
        <source>用户 {user}（{role}）没有此操作的权限（{permission}）。</source>
        <translation>User {user} ({role}) is not allowed to do this ({permission}).</translation>
    </message>
    <message>
        <source>密码至少需要 {minimum} 个字符。</source>
        <translation>A password needs at least {minimum} characters.</translation>
    </message>
    <message>
        <source>数据库已有用户，不能再创建首个管理员。</source>
        <translation>The database already has users; no first administrator can be created.</translation>
    </message>
    <message>
        <source>请填写用户名。</source>
        <translation>Please enter a username.</translation>
    </message>
    <message>
        <source>用户名 {username} 已被使用。</source>
        <translation>The username {username} is already taken.</translation>
    </message>
    <message>
        <source>未知角色 {role}。</source>
        <translation>Unknown role {role}.</translation>
    </message>
    <message>
        <source>{username} 是最后一个启用的管理员，不能停用或改为其他角色。</source>
        <translation>{username} is the last active administrator and cannot be disabled or given another role.</translation>
    </message>
    <message>
        <source>原密码不正确。</source>
        <translation>The old password is wrong.</translation>
    </message>
    <message>
        <source>需要登录：请设置环境变量 BRANCHDESK_USER 和 BRANCHDESK_PASSWORD，或在终端中运行以输入密码。</source>
        <translation>Login required: set the environment variables BRANCHDESK_USER and BRANCHDESK_PASSWORD, or run in a terminal to type the password.</translation>
    </message>
    <message>
        <source>用户名或密码不正确，再错 {remaining} 次将锁定账户 15 分钟。</source>
        <translation>Wrong username or password. {remaining} more wrong attempt(s) will lock the account for 15 minutes.</translation>
    </message>
    <message>
        <source>操作被拒绝（{code}）。</source>
        <translation>The action was refused ({code}).</translation>
    </message>
    <message>
        <source>无法写入文件 {path}（{detail}）。原有文件未被改动。</source>
        <translation>Cannot write the file {path} ({detail}). The existing file was not changed.</translation>
    </message>
    <message>
        <source>找不到文件 {path}。</source>
        <translation>File {path} not found.</translation>
    </message>
    <message>
        <source>{path} 不是有效的 Excel 工作簿（.xlsx），或文件已损坏（{detail}）。请在 Excel/WPS 中另存为 .xlsx 后再导入。</source>
        <translation>{path} is not a valid Excel workbook (.xlsx) or is damaged ({detail}). Save it as .xlsx in Excel/WPS and import it again.</translation>
    </message>
    <message>
        <source>{path} 解压后约 {size_mb} MB，超过上限 {limit_mb} MB，未读取。请分成几个文件导入。</source>
        <translation>{path} unpacks to about {size_mb} MB, over the limit of {limit_mb} MB; it was not read. Split it into several files.</translation>
    </message>
    <message>
        <source>{path} 中的 {member} 压缩比异常（{ratio} 倍），疑似恶意构造的文件，未读取。</source>
        <translation>{member} in {path} has an abnormal compression ratio ({ratio}x) and may be a malicious file; it was not read.</translation>
    </message>
    <message>
        <source>{path} 内含 {parts} 个部件，超过上限 {limit}，疑似异常文件，未读取。</source>
        <translation>{path} contains {parts} parts, over the limit of {limit}; it looks abnormal and was not read.</translation>
    </message>
    <message>
        <source>{path} 的 {member} 含有 DTD/实体定义（可被用来耗尽内存或读取本机文件），未读取。请在 Excel/WPS 中重新另存后再导入。</source>
        <translation>{member} in {path} contains DTD/entity definitions (which can exhaust memory or read local files); it was not read. Save it again in Excel/WPS and re-import.</translation>
    </message>
    <message>
        <source>{path} 中没有名为「{sheet}」的工作表（现有：{sheets}）。</source>
        <translation>{path} has no worksheet named &quot;{sheet}&quot; (it has: {sheets}).</translation>
    </message>
    <message>
        <source>工作表「{sheet}」缺少表头列：{missing}（最接近的表头行为：{found}）。请使用导入模板。</source>
        <translation>Worksheet &quot;{sheet}&quot; lacks the header column(s) {missing} (closest header row: {found}). Please use the import template.</translation>
    </message>
    <message>
        <source>工作表「{sheet}」有 {rows} 行，超过一次导入的上限 {limit} 行，未读取。请删除空行或分批导入。</source>
        <translation>Worksheet &quot;{sheet}&quot; has {rows} rows, over the limit of {limit} per import; it was not read. Delete empty rows or import in batches.</translation>
    </message>
    <message>
        <source>工作表「{sheet}」有 {total} 处问题，整个文件未导入（以下列出前 {count} 处）：</source>
        <translation>Worksheet &quot;{sheet}&quot; has {total} problem(s); nothing in the file was imported (the first {count} are listed):</translation>
    </message>
    <message>
        <source>第 {row} 行起有合并单元格 {range}。数据区不能合并单元格，请取消合并并在每行填写完整。</source>
        <translation>Merged cells {range} start at row {row}. The data area cannot have merged cells; unmerge them and fill in every row.</translation>
    </message>
    <message>
        <source>第 {row} 行「{column}」列（{letter}）是公式 {formula}，但文件中没有保存计算结果。请在 Excel/WPS 中打开并保存一次，或改为填写数值。</source>
        <translation>Row {row}, column &quot;{column}&quot; ({letter}) is the formula {formula}, but the file holds no computed value. Open and save it once in Excel/WPS, or type the value.</translation>
    </message>
    <message>
        <source>第 {row} 行「{column}」列（{letter}）不能为空。</source>
        <translation>Row {row}, column &quot;{column}&quot; ({letter}) cannot be empty.</translation>
    </message>
    <message>
        <source>第 {row} 行「{column}」列（{letter}）应为整数，实际为「{value}」。</source>
        <translation>Row {row}, column &quot;{column}&quot; ({letter}) should be a whole number, but is &quot;{value}&quot;.</translation>
    </message>
    <message>
        <source>第 {row} 行「{column}」列（{letter}）应为日期（如 2026-11-23 或 2026/11/23），实际为「{value}」。</source>
        <translation>Row {row}, column &quot;{column}&quot; ({letter}) should be a date (such as 2026-11-23 or 2026/11/23), but is &quot;{value}&quot;.</translation>
    </message>
    <message>
        <source>第 {row} 行「{column}」列（{letter}）应为金额（元），实际为「{value}」。</source>
        <translation>Row {row}, column &quot;{column}&quot; ({letter}) should be an amount in yuan, but is &quot;{value}&quot;.</translation>
    </message>
    <message>
        <source>第 {row} 行「{column}」列（{letter}）金额「{value}」超过两位小数（分）。</source>
        <translation>Row {row}, column &quot;{column}&quot; ({letter}): the amount &quot;{value}&quot; has more than two decimals (fen).</translation>
    </message>
    <message>
        <source>第 {row} 行「{column}」列（{letter}）的值 {value} 是以数字形式保存的长数字，Excel 只保留 15 位有效数字，末尾几位已丢失。请把该列设为文本格式后重新录入。</source>
        <translation>Row {row}, column &quot;{column}&quot; ({letter}): {value} is a long number stored as a number; Excel keeps only 15 significant digits, so the last digits are lost. Format the column as text and enter it again.</translation>
    </message>
    <message>
        <source>第 {row} 行与第 {first_row} 行完全相同（重复行）。</source>
        <translation>Row {row} is identical to row {first_row} (a duplicate).</translation>
    </message>
    <message>
        <source>请填写 {field}。</source>
        <translation>Please fill in {field}.</translation>
    </message>
    <message>
        <source>车架号 {value} 有 {length} 位，应为 17 位。</source>
        <translation>VIN {value} has {length} characters; it should have 17.</translation>
    </message>
    <message>
        <source>车架号 {value} 含有不允许的字符 {characters}（车架号不用字母 I、O、Q，以免与 1、0 混淆）。</source>
        <translation>VIN {value} contains characters that are not allowed: {characters} (VINs never use I, O or Q, to avoid confusion with 1 and 0).</translation>
    </message>
    <message>
        <source>提醒：车架号 {value} 第 9 位校验位是 {found}，按 ISO 3779 应为 {expected}。请核对合格证；如无误可继续保存。</source>
        <translation>Note: the check digit (9th character) of VIN {value} is {found}; by ISO 3779 it should be {expected}. Check the vehicle certificate; if it is right you may still save.</translation>
    </message>
    <message>
        <source>车架号 {value} 已登记在客户 {customer}（档案编号 {archive_number}）名下，不能重复建档。</source>
        <translation>VIN {value} is already registered to customer {customer} (archive no. {archive_number}); it cannot be filed twice.</translation>
    </message>
    <message>
        <source>证件号码 {value} 是以数字格式从 Excel 读入的：Excel 只保留 15 位有效数字，后几位已丢失。请把该列设为“文本”格式后按证件原件重新录入。</source>
        <translation>ID number {value} was read from Excel as a number: Excel keeps only 15 significant digits, so the last digits are lost. Format the column as text and re-enter it from the original document.</translation>
    </message>
    <message>
        <source>身份证号码 {value} 有 {length} 位，应为 18 位。</source>
        <translation>Resident ID number {value} has {length} characters; it should have 18.</translation>
    </message>
    <message>
        <source>身份证号码 {value} 格式不对：前 17 位应为数字，最后一位为数字或 X。</source>
        <translation>Resident ID number {value} is malformed: the first 17 characters must be digits and the last a digit or X.</translation>
    </message>
    <message>
        <source>身份证号码 {value} 校验位是 {found}，按 GB 11643 应为 {expected}：号码有录错的位，请对照原件。</source>
        <translation>The check digit of resident ID number {value} is {found}; by GB 11643 it should be {expected}. A digit was mistyped; compare with the original.</translation>
    </message>
    <message>
        <source>身份证号码 {value} 中的出生日期 {birth} 不是有效日期。</source>
        <translation>The birth date {birth} in resident ID number {value} is not a valid date.</translation>
    </message>
    <message>
        <source>统一社会信用代码 {value} 无效（位数、字符或校验位不对）。</source>
        <translation>Unified social credit code {value} is invalid (wrong length, characters or check digit).</translation>
    </message>
    <message>
        <source>证件号码 {value} 已属于客户 {customer}（档案编号 {archive_number}），请直接使用该客户。</source>
        <translation>ID number {value} already belongs to customer {customer} (archive no. {archive_number}); use that customer.</translation>
    </message>
    <message>
        <source>档案编号 {value} 已被其他客户使用。</source>
        <translation>Archive number {value} is already used by another customer.</translation>
    </message>
    <message>
        <source>车牌号 {value} 不符合任何车牌格式（如 豫A·12345，新能源 豫A·D12345 或 豫A·12345D）。</source>
        <translation>Plate {value} matches no plate format (such as 豫A·12345, or for new-energy vehicles 豫A·D12345 or 豫A·12345D).</translation>
    </message>
    <message>
        <source>电话 {value} 既不是 11 位手机号，也不是“区号-号码”格式的固定电话（如 0371-65551234）。</source>
        <translation>Phone {value} is neither an 11-digit mobile number nor a landline as &quot;area code-number&quot; (such as 0371-65551234).</translation>
    </message>
    <message>
        <source>{field} {value} 晚于今天（{today}），请核对。</source>
        <translation>{field} {value} is later than today ({today}); please check.</translation>
    </message>
    <message>
        <source>客户类型 {value} 无效，应为个人或单位。</source>
        <translation>Customer type {value} is invalid; it should be person or organisation.</translation>
    </message>
    <message>
        <source>找不到客户（编号 {customer_id}）。</source>
        <translation>Customer not found (id {customer_id}).</translation>
    </message>
    <message>
        <source>找不到车架号为 {value} 的车辆档案。</source>
        <translation>No vehicle archive with VIN {value}.</translation>
    </message>
    <message>
        <source>清单中没有资料项 {item}。</source>
        <translation>The checklist has no item {item}.</translation>
    </message>
    <message>
        <source>资料项 {item} 的状态 {state} 无效，应为原件、复印件或缺。</source>
        <translation>State {state} of item {item} is invalid; it should be original, copy or missing.</translation>
    </message>
    <message>
        <source>{field} {value} 不是整数。</source>
        <translation>{field} {value} is not a whole number.</translation>
    </message>
    <message>
        <source>{field} 不能为负数（{value}）。</source>
        <translation>{field} cannot be negative ({value}).</translation>
    </message>
    <message>
        <source>车辆 {vin} 的进厂日期 {value} 早于交车日期 {delivery_date}。</source>
        <translation>Visit date {value} of vehicle {vin} is before its delivery date {delivery_date}.</translation>
    </message>
    <message>
        <source>工单号 {value} 已用于车辆 {vin}（{visit_date} 进厂），不能重复。</source>
        <translation>Work order no. {value} is already used for vehicle {vin} (visit on {visit_date}); it cannot be used twice.</translation>
    </message>
    <message>
        <source>未知的档案类别 {kind}。</source>
        <translation>Unknown file kind {kind}.</translation>
    </message>
    <message>
        <source>找不到档案（{kind} {file_id}）。</source>
        <translation>File not found ({kind} {file_id}).</translation>
    </message>
    <message>
        <source>车辆 {vin} 的资料移交日期 {value} 早于交车/进厂日期 {base_date}。</source>
        <translation>Handover date {value} for vehicle {vin} is before the delivery/visit date {base_date}.</translation>
    </message>
    <message>
        <source>车辆 {vin} 的这份资料已于 {recorded} 登记移交，不能再登记为 {value}。</source>
        <translation>This paper of vehicle {vin} was already recorded as handed over on {recorded}; it cannot be recorded again as {value}.</translation>
    </message>
    <message>
        <source>档案盒 {box} 已于 {sealed_at} 封盒，不能再放入档案。</source>
        <translation>Archive box {box} was sealed on {sealed_at}; no more files can go in.</translation>
    </message>
    <message>
        <source>车辆 {vin} 的档案已在档案盒 {box} 中。</source>
        <translation>The files of vehicle {vin} are already in archive box {box}.</translation>
    </message>
    <message>
        <source>车辆 {vin} 保修期至 {warranty_until}，尚未过保，不能打包保存。</source>
        <translation>Vehicle {vin} is under warranty until {warranty_until}; it cannot be packed yet.</translation>
    </message>
    <message>
        <source>档案盒 {box}：有 {count} 辆车不能装盒，本次未装入任何档案。</source>
        <translation>Archive box {box}: {count} vehicle(s) cannot be packed, so nothing was packed.</translation>
    </message>
    <message>
        <source>找不到档案盒 {box}。</source>
        <translation>Archive box {box} not found.</translation>
    </message>
    <message>
        <source>日历中没有 {day} 这一天的节假日设置。</source>
        <translation>The calendar has no holiday setting for {day}.</translation>
    </message>
    <message>
        <source>未知的单据类型“{doc_type}”。</source>
        <translation>Unknown document type &quot;{doc_type}&quot;.</translation>
    </message>
    <message>
        <source>冲销单不能直接录入，请在原单据上执行“冲销”。</source>
        <translation>A reversal cannot be entered directly; use &quot;Reverse&quot; on the original document.</translation>
    </message>
    <message>
        <source>日期“{date}”不是有效日期。</source>
        <translation>&quot;{date}&quot; is not a valid date.</translation>
    </message>
    <message>
        <source>单据日期 {date} 晚于今天 {today}，不能预先记账。</source>
        <translation>Document date {date} is later than today {today}; documents cannot be posted in advance.</translation>
    </message>
    <message>
        <source>{doc_type} 单据必须填写往来单位。</source>
        <translation>A {doc_type} document needs a counterparty.</translation>
    </message>
    <message>
        <source>往来单位“{party}”不存在，请先在往来单位中建档。</source>
        <translation>Counterparty &quot;{party}&quot; does not exist; add it to the counterparties first.</translation>
    </message>
    <message>
        <source>往来单位 {party}（{name}）已停用，不能记账。</source>
        <translation>Counterparty {party} ({name}) is disabled; nothing can be posted to it.</translation>
    </message>
    <message>
        <source>往来单位 {party} 的类型是 {kind}，{doc_type} 单据只能用于 {allowed} 类型的单位。</source>
        <translation>Counterparty {party} is of type {kind}; {doc_type} documents are only for counterparties of type {allowed}.</translation>
    </message>
    <message>
        <source>{doc_type} 单据必须填写关联单号（{expected} 单据）。</source>
        <translation>A {doc_type} document needs a reference (a {expected} document).</translation>
    </message>
    <message>
        <source>{doc_type} 单据不需要关联单号，但填写了“{reference}”。</source>
        <translation>A {doc_type} document takes no reference, but &quot;{reference}&quot; was given.</translation>
    </message>
    <message>
        <source>找不到关联单号“{reference}”对应的单据（{doc_type}）。</source>
        <translation>No document found for the reference &quot;{reference}&quot; ({doc_type}).</translation>
    </message>
    <message>
        <source>关联单号“{reference}”对应 {count} 张单据，请填写本公司单号或往来单位。</source>
        <translation>The reference &quot;{reference}&quot; matches {count} documents; give the branch&apos;s own number or the counterparty.</translation>
    </message>
    <message>
        <source>关联单据 {reference} 是 {found}，{doc_type} 只能关联 {expected}。</source>
        <translation>Referenced document {reference} is a {found}; a {doc_type} can only reference a {expected}.</translation>
    </message>
    <message>
        <source>关联单据 {reference} 的往来单位是 {reference_party}，与本单的 {party} 不一致。</source>
        <translation>Referenced document {reference} is with {reference_party}, not with this document&apos;s {party}.</translation>
    </message>
    <message>
        <source>关联单据 {reference} 已被 {reversal} 冲销，不能再关联。</source>
        <translation>Referenced document {reference} was reversed by {reversal} and cannot be referenced.</translation>
    </message>
    <message>
        <source>日期 {date} 早于关联单据 {reference} 的日期 {reference_date}。</source>
        <translation>Date {date} is before the date {reference_date} of the referenced document {reference}.</translation>
    </message>
    <message>
        <source>{doc_type}（盘点调整）必须在备注中写明原因。</source>
        <translation>{doc_type} (stocktake adjustment) needs the reason in the remarks.</translation>
    </message>
    <message>
        <source>{doc_type} 单据没有任何明细行。</source>
        <translation>The {doc_type} document has no lines.</translation>
    </message>
    <message>
        <source>第 {line} 行：备件编号“{part}”不存在。</source>
        <translation>Line {line}: part number &quot;{part}&quot; does not exist.</translation>
    </message>
    <message>
        <source>第 {line} 行（备件 {part}）：数量“{qty}”无效，应为正整数（只有盘点调整可为负数，且不能为 0）。</source>
        <translation>Line {line} (part {part}): quantity &quot;{qty}&quot; is invalid; it should be a positive whole number (only stocktake adjustments may be negative, and never 0).</translation>
    </message>
    <message>
        <source>第 {line} 行（备件 {part}）：单价“{price}”无效。</source>
        <translation>Line {line} (part {part}): unit price &quot;{price}&quot; is invalid.</translation>
    </message>
    <message>
        <source>备件 {part}（{name}）：发货单 {shipment} 尚未结清的只有 {open}，本单要 {asked}。</source>
        <translation>Part {part} ({name}): only {open} is still open on shipment {shipment}; this document asks for {asked}.</translation>
    </message>
    <message>
        <source>备件 {part}（{name}）的{book_name}{party}在 {date} 只有 {available} 可用（当日余额 {on_date}），本单需要 {asked}；记账会使账簿出现负数，整张单据未记账。</source>
        <translation>Part {part} ({name}): {book_name}{party} has only {available} available on {date} (balance that day {on_date}); this document needs {asked}. Posting would make the book negative, so nothing in the document was posted.</translation>
    </message>
    <message>
        <source>来源单号 {source_number}（{doc_type}，往来单位 {party}）已经记过账，未重复记账。</source>
        <translation>Source number {source_number} ({doc_type}, counterparty {party}) was already posted; it was not posted again.</translation>
    </message>
    <message>
        <source>单据 {document} 不存在。</source>
        <translation>Document {document} does not exist.</translation>
    </message>
    <message>
        <source>{document} 是冲销单（冲销 {original}），不能再冲销；如需恢复，请重新录入原单据。</source>
        <translation>{document} is a reversal (of {original}) and cannot itself be reversed; to restore, enter the original document again.</translation>
    </message>
    <message>
        <source>单据 {document} 已经冲销过，不能重复冲销。</source>
        <translation>Document {document} has already been reversed.</translation>
    </message>
    <message>
        <source>单据 {document} 已有后续单据 {dependents}，请先冲销这些单据。</source>
        <translation>Document {document} has later documents {dependents}; reverse those first.</translation>
    </message>
    <message>
        <source>往来单位必须填写编码和名称（编码“{party}”，名称“{name}”）。</source>
        <translation>A counterparty needs a code and a name (code &quot;{party}&quot;, name &quot;{name}&quot;).</translation>
    </message>
    <message>
        <source>往来单位 {party} 的类型“{kind}”无效。</source>
        <translation>Type &quot;{kind}&quot; of counterparty {party} is invalid.</translation>
    </message>
    <message>
        <source>往来单位编码 {party} 已存在。</source>
        <translation>Counterparty code {party} already exists.</translation>
    </message>
    <message>
        <source>备件必须填写编号和名称（编号“{part}”，名称“{name}”）。</source>
        <translation>A part needs a number and a name (number &quot;{part}&quot;, name &quot;{name}&quot;).</translation>
    </message>
    <message>
        <source>备件 {part} 的 {field}“{value}”应为非负整数。</source>
        <translation>{field} &quot;{value}&quot; of part {part} should be a whole number, not negative.</translation>
    </message>
    <message>
        <source>备件编号 {part} 已存在。</source>
        <translation>Part number {part} already exists.</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>更改角色</source>
        <translation>Change role</translation>
    </message>
    <message>
        <source>{user} 的新角色：</source>
        <translation>New role for {user}:</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>客服专员</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>财务</source>
        <translation>Finance</translation>
    </message>
    <message>
        <source>经理</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>管理员</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>界面语言</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>语言(&amp;G)</source>
        <translation>Lan&amp;guage</translation>
    </message>
    <message>
        <source>数据库</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>位置</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>结构版本</source>
        <translation>Schema version</translation>
    </message>
    <message>
        <source>SQLite 文件（本机单人使用）</source>
        <translation>SQLite file (one person on this PC)</translation>
    </message>
    <message>
        <source>PostgreSQL 服务器（多台电脑共用）</source>
        <translation>PostgreSQL server (shared by several PCs)</translation>
    </message>
    <message>
        <source>我的账户</source>
        <translation>My account</translation>
    </message>
    <message>
        <source>{name}（{username}），{role}</source>
        <translation>{name} ({username}), {role}</translation>
    </message>
    <message>
        <source>修改密码(&amp;W)</source>
        <translation>Change pass&amp;word</translation>
    </message>
    <message>
        <source>用户管理</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>密码已修改。</source>
        <translation>Password changed.</translation>
    </message>
</context>
<context>
    <name>TableView</name>
    <message>
        <source>筛选（输入关键字，空格分隔多个词）</source>
        <translation>Filter (type words, separated by spaces)</translation>
    </message>
    <message>
        <source>导出 Excel(&amp;E)</source>
        <translation>&amp;Export to Excel</translation>
    </message>
    <message>
        <source>共 {n} 行</source>
        <translation>{n} rows</translation>
    </message>
    <message>
        <source>导出.xlsx</source>
        <translation>export.xlsx</translation>
    </message>
    <message>
        <source>导出 Excel</source>
        <translation>Export to Excel</translation>
    </message>
</context>
<context>
    <name>TodayCards</name>
    <message>
        <source>今日操作</source>
        <translation>Actions today</translation>
    </message>
    <message>
        <source>今天记入操作日志的条数</source>
        <translation>entries written to the audit log today</translation>
    </message>
    <message>
        <source>今日登录</source>
        <translation>Logins today</translation>
    </message>
    <message>
        <source>今天成功登录的次数</source>
        <translation>successful logins today</translation>
    </message>
    <message>
        <source>登录失败</source>
        <translation>Failed logins</translation>
    </message>
    <message>
        <source>今天输错密码或被锁定的次数</source>
        <translation>wrong passwords or locked-out attempts today</translation>
    </message>
    <message>
        <source>锁定中的账户</source>
        <translation>Locked accounts</translation>
    </message>
    <message>
        <source>管理员可在“设置”中解锁</source>
        <translation>an administrator can unlock them under Settings</translation>
    </message>
    <message>
        <source>启用的用户</source>
        <translation>Active users</translation>
    </message>
    <message>
        <source>可以登录的账户数</source>
        <translation>accounts that can log in</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>刷新(&amp;R)</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>最近的操作记录</source>
        <translation>Latest activity</translation>
    </message>
    <message>
        <source>我最近的操作</source>
        <translation>My latest activity</translation>
    </message>
    <message>
        <source>{name}，您好。今天是 {day}。</source>
        <translation>Hello, {name}. Today is {day}.</translation>
    </message>
</context>
<context>
    <name>UsersPanel</name>
    <message>
        <source>启用</source>
        <translation>active</translation>
    </message>
    <message>
        <source>停用</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>添加用户(&amp;N)</source>
        <translation>&amp;New user</translation>
    </message>
    <message>
        <source>重置密码(&amp;P)</source>
        <translation>Reset &amp;password</translation>
    </message>
    <message>
        <source>更改角色(&amp;R)</source>
        <translation>Change &amp;role</translation>
    </message>
    <message>
        <source>解锁(&amp;U)</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>启用(&amp;E)</source>
        <translation>&amp;Enable</translation>
    </message>
    <message>
        <source>停用(&amp;D)</source>
        <translation>&amp;Disable</translation>
    </message>
    <message>
        <source>已添加用户 {user}。</source>
        <translation>Added user {user}.</translation>
    </message>
    <message>
        <source>已为 {user} 设置新密码，锁定已解除。</source>
        <translation>Set a new password for {user}; any lockout is lifted.</translation>
    </message>
    <message>
        <source>{user} 的角色已改为{role}。</source>
        <translation>{user} is now {role}.</translation>
    </message>
    <message>
        <source>已启用 {user}。</source>
        <translation>Enabled {user}.</translation>
    </message>
    <message>
        <source>已停用 {user}，该账户不能再登录。</source>
        <translation>Disabled {user}; the account can no longer log in.</translation>
    </message>
    <message>
        <source>已解锁 {user}。</source>
        <translation>Unlocked {user}.</translation>
    </message>
</context>
</TS>
