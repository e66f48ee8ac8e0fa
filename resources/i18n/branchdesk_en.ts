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
        <source>服务器没有接受这个密码。</source>
        <translation>The server did not accept this password.</translation>
    </message>
    <message>
        <source>数据库 {where} 用户 {user} 的密码: </source>
        <translation>Password of user {user} for the database {where}: </translation>
    </message>
    <message>
        <source>保存到系统凭据管理器？[y/N] </source>
        <translation>Keep it in the system credential store? [y/N] </translation>
    </message>
    <message>
        <source>保存到 PostgreSQL 密码文件（只有本人可读）？[y/N] </source>
        <translation>Keep it in PostgreSQL&apos;s password file (readable by you only)? [y/N] </translation>
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
        <translation>Again: </translation>
    </message>
    <message>
        <source>两次输入不一致，请重新输入。</source>
        <translation>The two entries differ; please type them again.</translation>
    </message>
    <message>
        <source>单据（{doc_type}）</source>
        <translation>Documents ({doc_type})</translation>
    </message>
    <message>
        <source>往来单位</source>
        <translation>Counterparty</translation>
    </message>
    <message>
        <source>备件</source>
        <translation>Parts</translation>
    </message>
    <message>
        <source>单据明细行</source>
        <translation>Document lines</translation>
    </message>
    <message>
        <source>已签日报</source>
        <translation>Daily reports signed</translation>
    </message>
    <message>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>车辆</source>
        <translation>Vehicles</translation>
    </message>
    <message>
        <source>销售档案资料项</source>
        <translation>Sales file papers</translation>
    </message>
    <message>
        <source>进厂记录</source>
        <translation>Workshop visits</translation>
    </message>
    <message>
        <source>维修档案资料项</source>
        <translation>Repair file papers</translation>
    </message>
    <message>
        <source>档案盒</source>
        <translation>Archive boxes</translation>
    </message>
    <message>
        <source>已装盒车辆</source>
        <translation>Boxed vehicles</translation>
    </message>
    <message>
        <source>回访</source>
        <translation>Callbacks</translation>
    </message>
    <message>
        <source>回访评分</source>
        <translation>Callback scores</translation>
    </message>
    <message>
        <source>回访拨打</source>
        <translation>Callback attempts</translation>
    </message>
    <message>
        <source>免打扰客户</source>
        <translation>Do-not-contact customers</translation>
    </message>
    <message>
        <source>投诉</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>用时（秒）</source>
        <translation>Seconds</translation>
    </message>
    <message>
        <source>车主俱乐部会员</source>
        <translation>Owners&apos; club members</translation>
    </message>
    <message>
        <source>回访话术</source>
        <translation>Call scripts</translation>
    </message>
    <message>
        <source>调查表新版本</source>
        <translation>new survey form versions</translation>
    </message>
    <message>
        <source>投诉处理步骤</source>
        <translation>complaint call steps</translation>
    </message>
    <message>
        <source>整改项</source>
        <translation>improvement items</translation>
    </message>
    <message>
        <source>资料交接单</source>
        <translation>Handover batch</translation>
    </message>
    <message>
        <source>交接单上的档案</source>
        <translation>files on handover batches</translation>
    </message>
    <message>
        <source>已发送的关怀</source>
        <translation>care messages sent</translation>
    </message>
    <message>
        <source>客户活动</source>
        <translation>Customer event</translation>
    </message>
    <message>
        <source>活动邀请对象</source>
        <translation>Event invitees</translation>
    </message>
    <message>
        <source>已登记沟通风格的客户</source>
        <translation>Customers with a communication style</translation>
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
        <source>正在检查备份文件：完整性、数据库结构、审计链、已签日报和账目……</source>
        <translation>Checking the backup file: integrity, database structure, audit chain, signed daily reports and books…</translation>
    </message>
    <message>
        <source>已从 {source} 恢复数据库 {path}。</source>
        <translation>Restored the database {path} from {source}.</translation>
    </message>
    <message>
        <source>备份文件的 SHA-256：{sha256}</source>
        <translation>SHA-256 of the backup file: {sha256}</translation>
    </message>
    <message>
        <source>恢复前的数据库已另存为 {saved}</source>
        <translation>The database as it was before the restore was saved as {saved}</translation>
    </message>
    <message>
        <source>备份之后删除过的 {n} 位客户的个人信息已再次删除。</source>
        <translation>The personal information of {n} customer(s) erased after this backup was taken has been erased again.</translation>
    </message>
    <message>
        <source>删除登记中有 {n} 条对应不到本数据库的同一客户，未执行。</source>
        <translation>{n} entries of the erasure register do not match the same customer in this database and were not applied.</translation>
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
        <source>{user} 首次登录时须修改密码。</source>
        <translation>{user} must change the password at the first login.</translation>
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
        <source>请用环境变量 BRANCHDESK_NEW_PASSWORD 给出新密码，或在终端中运行以输入。</source>
        <translation>Give the new password in the environment variable BRANCHDESK_NEW_PASSWORD, or run this in a terminal to type it.</translation>
    </message>
    <message>
        <source>新密码: </source>
        <translation>New password: </translation>
    </message>
    <message>
        <source>两次输入不一致，密码未修改。</source>
        <translation>The two entries differ; the password was not changed.</translation>
    </message>
    <message>
        <source>没有用户 {user}。</source>
        <translation>There is no user {user}.</translation>
    </message>
    <message>
        <source>已为 {user} 设置新密码；{user} 下次登录时须修改密码。</source>
        <translation>New password set for {user}; {user} must change it at the next login.</translation>
    </message>
    <message>
        <source>{user} 的密码已修改。</source>
        <translation>The password of {user} has been changed.</translation>
    </message>
    <message>
        <source>{option} 的日期 {value} 无法识别，请写成 YYYY-MM-DD。</source>
        <translation>The date {value} given to {option} is not understood; write it as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>没有编号为 {part} 的备件。</source>
        <translation>There is no part numbered {part}.</translation>
    </message>
    <message>
        <source>没有找到与“{query}”相符的档案。</source>
        <translation>No file matches &quot;{query}&quot;.</translation>
    </message>
    <message>
        <source>（{box} 号盒）</source>
        <translation>(box {box})</translation>
    </message>
    <message>
        <source>请指定 --customer 客户编号 或 --blank（空白表）其中之一。</source>
        <translation>Give either --customer ID or --blank (an empty form).</translation>
    </message>
    <message>
        <source>未知的报表类型 {kind}。</source>
        <translation>Unknown report type {kind}.</translation>
    </message>
    <message>
        <source>标签版式：60x40、100x70（标签打印机）或 A4 标签纸（默认 60x40）</source>
        <translation>label layout: 60x40, 100x70 (label printer) or A4 label sheets (default 60x40)</translation>
    </message>
    <message>
        <source>服务站返坏件单的旧件标签（每件一张，带条码）</source>
        <translation>old-part tags of a station&apos;s bad-parts return (one per part, with a barcode)</translation>
    </message>
    <message>
        <source>服务站返坏件单号</source>
        <translation>number of the station&apos;s bad-parts return</translation>
    </message>
    <message>
        <source>返总部坏件单的装箱单与箱标签</source>
        <translation>packing list and box labels of a bad-parts return to HQ</translation>
    </message>
    <message>
        <source>返总部坏件单号</source>
        <translation>number of the bad-parts return to HQ</translation>
    </message>
    <message>
        <source>箱标签 PDF 文件（默认：装箱单文件名加 -labels）</source>
        <translation>box labels PDF file (default: the packing list&apos;s name with -labels)</translation>
    </message>
    <message>
        <source>到货的《货品记录跟踪表》（按入账单据的清点记录）</source>
        <translation>the goods tracking record of a delivery (from the inspection of the posted document)</translation>
    </message>
    <message>
        <source>到货的《分公司退换货申请表》（按入账单据的清点记录）</source>
        <translation>the branch return/exchange request of a delivery (from the inspection of the posted document)</translation>
    </message>
    <message>
        <source>入账单据号</source>
        <translation>number of the posted document</translation>
    </message>
    <message>
        <source>返总部坏件装箱与总部按箱确认</source>
        <translation>pack bad parts for HQ into boxes and key HQ&apos;s confirmation per box</translation>
    </message>
    <message>
        <source>把返件按标签装入编号的箱子（替换原有装箱）</source>
        <translation>put the returned parts, by tag, into numbered boxes (replaces an earlier packing)</translation>
    </message>
    <message>
        <source>一箱：重量公斤:标签号,标签号…（可重复）</source>
        <translation>one box: WEIGHT_KG:TAG,TAG,... (repeatable)</translation>
    </message>
    <message>
        <source>登记总部确认：按箱或按标签</source>
        <translation>key HQ&apos;s confirmation: per box or per tag</translation>
    </message>
    <message>
        <source>总部确认收坏件单号</source>
        <translation>number of HQ&apos;s bad-parts confirmation</translation>
    </message>
    <message>
        <source>确认整箱的箱号（可重复）</source>
        <translation>number of a box confirmed whole (repeatable)</translation>
    </message>
    <message>
        <source>确认的标签号（可重复）</source>
        <translation>a confirmed tag id (repeatable)</translation>
    </message>
    <message>
        <source>列出已装箱但总部尚未确认的标签及其箱号</source>
        <translation>list the tags packed but not yet confirmed by HQ, with their box</translation>
    </message>
    <message>
        <source>已写入 {path}（{lines} 行，{pages} 页）</source>
        <translation>Written {path} ({lines} lines, {pages} pages)</translation>
    </message>
    <message>
        <source>已写入 {path}（{tags} 张标签，{pages} 页）</source>
        <translation>Written {path} ({tags} tags, {pages} pages)</translation>
    </message>
    <message>
        <source>日期 {value} 无法识别，请写成 YYYY-MM-DD。</source>
        <translation>Date {value} not understood; write it as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>金额 {value} 无效：应为不小于 0 的元数，最多两位小数。</source>
        <translation>Amount {value} is not valid: yuan, 0 or more, at most two decimals.</translation>
    </message>
    <message>
        <source>客户活动：策划、邀请、报名、签到、反馈、费用与效果报表</source>
        <translation>Customer events: plan, invite, sign-up, sign-in, feedback, cost and effect report</translation>
    </message>
    <message>
        <source>策划一次活动</source>
        <translation>Plan an event</translation>
    </message>
    <message>
        <source>lecture 知识讲座 / party 联谊会 / drive 自驾游</source>
        <translation>lecture (knowledge lecture) / party (owners&apos; get-together) / drive (self-drive tour)</translation>
    </message>
    <message>
        <source>活动名称</source>
        <translation>Event title</translation>
    </message>
    <message>
        <source>活动日期 YYYY-MM-DD</source>
        <translation>Event date YYYY-MM-DD</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>名额</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>预算（元）</source>
        <translation>Budget (yuan)</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>列出活动及其邀请、报名、到场人数</source>
        <translation>List events with their invitations, sign-ups and attendance</translation>
    </message>
    <message>
        <source>把客户加入邀请名单（按编号或筛选条件），并可登记邀请方式</source>
        <translation>Put customers on the invitation list (by id or by filters), optionally recording how they were invited</translation>
    </message>
    <message>
        <source>活动编号</source>
        <translation>Event id</translation>
    </message>
    <message>
        <source>客户编号（可重复）</source>
        <translation>Customer id (repeatable)</translation>
    </message>
    <message>
        <source>只选会员</source>
        <translation>Club members only</translation>
    </message>
    <message>
        <source>车型（包含此文字）</source>
        <translation>Model (containing this text)</translation>
    </message>
    <message>
        <source>客户价值分类代码</source>
        <translation>Customer value class code</translation>
    </message>
    <message>
        <source>城市（地址包含此文字）</source>
        <translation>City (address containing this text)</translation>
    </message>
    <message>
        <source>最近进厂日期不早于</source>
        <translation>Last workshop visit on or after</translation>
    </message>
    <message>
        <source>最近进厂日期不晚于</source>
        <translation>Last workshop visit on or before</translation>
    </message>
    <message>
        <source>登记邀请方式：phone 电话 / sms 短信 / letter 信函</source>
        <translation>Record the invitation: phone / sms / letter</translation>
    </message>
    <message>
        <source>只列出将邀请的客户，不写入</source>
        <translation>Only list the customers who would be invited; write nothing</translation>
    </message>
    <message>
        <source>登记报名（名额满则拒绝）</source>
        <translation>Record a sign-up (refused when the places are taken)</translation>
    </message>
    <message>
        <source>登记签到</source>
        <translation>Record attendance</translation>
    </message>
    <message>
        <source>取消报名，让出名额</source>
        <translation>Withdraw a sign-up, freeing the place</translation>
    </message>
    <message>
        <source>登记到场客户的反馈评分（1-10）</source>
        <translation>Record an attendee&apos;s feedback score (1-10)</translation>
    </message>
    <message>
        <source>评分 1-10</source>
        <translation>Score 1-10</translation>
    </message>
    <message>
        <source>客户意见</source>
        <translation>Customer&apos;s comment</translation>
    </message>
    <message>
        <source>登记活动的实际费用，得出人均费用</source>
        <translation>Record the event&apos;s actual cost, giving the cost per attendee</translation>
    </message>
    <message>
        <source>实际费用（元）</source>
        <translation>Actual cost (yuan)</translation>
    </message>
    <message>
        <source>取消尚未举办的活动</source>
        <translation>Cancel an event not yet held</translation>
    </message>
    <message>
        <source>打印邀请名单或签到表（PDF）</source>
        <translation>Print the invitation list or the sign-in sheet (PDF)</translation>
    </message>
    <message>
        <source>invitations 邀请名单 / sign-in 签到表</source>
        <translation>invitations (invitation list) / sign-in (sign-in sheet)</translation>
    </message>
    <message>
        <source>活动效果报表：到场、反馈、人均费用与活动前后回访分（PDF 或 xlsx）</source>
        <translation>Event effect report: attendance, feedback, cost per attendee and callback scores before and after (PDF or xlsx)</translation>
    </message>
    <message>
        <source>已策划活动 {id}：{title}（{date}，名额 {capacity}）。</source>
        <translation>Event {id} planned: {title} ({date}, {capacity} places).</translation>
    </message>
    <message>
        <source>{id}  {date}  {kind}  {title}  {state}  名额 {capacity}  邀请 {invited}  报名 {signed}  到场 {attended}  平均反馈 {feedback}  人均费用 {per}</source>
        <translation>{id}  {date}  {kind}  {title}  {state}  places {capacity}  invited {invited}  signed up {signed}  attended {attended}  average feedback {feedback}  cost per attendee {per}</translation>
    </message>
    <message>
        <source>没有活动。</source>
        <translation>No events.</translation>
    </message>
    <message>
        <source>已报名，已占名额 {taken}。</source>
        <translation>Signed up; {taken} places taken.</translation>
    </message>
    <message>
        <source>已取消报名。</source>
        <translation>Sign-up withdrawn.</translation>
    </message>
    <message>
        <source>已签到，到场 {n} 人。</source>
        <translation>Signed in; {n} attended.</translation>
    </message>
    <message>
        <source>已登记反馈评分 {score}。</source>
        <translation>Feedback score {score} recorded.</translation>
    </message>
    <message>
        <source>已登记实际费用 {cost} 元，人均 {per} 元。</source>
        <translation>Actual cost {cost} yuan recorded; {per} yuan per attendee.</translation>
    </message>
    <message>
        <source>活动已取消。</source>
        <translation>Event cancelled.</translation>
    </message>
    <message>
        <source>已写入 {path}（{pages} 页）</source>
        <translation>Written to {path} ({pages} pages)</translation>
    </message>
    <message>
        <source>符合条件的客户 {n} 位（未写入）。</source>
        <translation>{n} customers match (nothing written).</translation>
    </message>
    <message>
        <source>已加入邀请名单 {n} 位客户。</source>
        <translation>{n} customers put on the invitation list.</translation>
    </message>
    <message>
        <source>没有符合条件的客户。</source>
        <translation>No customer matches.</translation>
    </message>
    <message>
        <source>已登记邀请 {n} 位客户。</source>
        <translation>Invitation recorded for {n} customers.</translation>
    </message>
    <message>
        <source>第 {box} 箱：{count} 件</source>
        <translation>Box {box}: {count} parts</translation>
    </message>
    <message>
        <source>已确认 {count} 个标签。</source>
        <translation>{count} tags confirmed.</translation>
    </message>
    <message>
        <source>装箱的标签均已确认。</source>
        <translation>Every packed tag has been confirmed.</translation>
    </message>
    <message>
        <source>已写入 {path}</source>
        <translation>Written to {path}</translation>
    </message>
    <message>
        <source>预览（未写入）：将导入 {rows} 行：新建客户 {created} 位，并入已有客户 {existing} 行，车辆 {vehicles} 辆。</source>
        <translation>Preview (nothing written): would import {rows} rows: {created} new customers, {existing} rows added to existing customers, {vehicles} vehicles.</translation>
    </message>
    <message>
        <source>已导入 {rows} 行：新建客户 {created} 位，并入已有客户 {existing} 行，车辆 {vehicles} 辆。</source>
        <translation>Imported {rows} rows: {created} new customers, {existing} rows added to existing customers, {vehicles} vehicles.</translation>
    </message>
    <message>
        <source>提示：</source>
        <translation>Note: </translation>
    </message>
    <message>
        <source>已按要求跳过隐藏行 {count} 行（第 {rows} 行）。</source>
        <translation> Skipped {count} hidden rows as asked (row {rows}).</translation>
    </message>
    <message>
        <source>预览：</source>
        <translation>Preview: </translation>
    </message>
    <message>
        <source>新建 {created} 条，更新 {updated} 条，未变 {unchanged} 条。</source>
        <translation>{created} created, {updated} updated, {unchanged} unchanged.</translation>
    </message>
    <message>
        <source>第 {rows} 行</source>
        <translation>row {rows}</translation>
    </message>
    <message>
        <source>{done}/{total} 个工作日，{lines} 行</source>
        <translation>{done}/{total} working days, {lines} lines</translation>
    </message>
    <message>
        <source>PostgreSQL：建库和升级表结构时使用的所有者角色（程序平时用 --db 里的登录角色）</source>
        <translation>PostgreSQL: the owner role that creates and upgrades the schema (the program itself uses the login role in --db)</translation>
    </message>
    <message>
        <source>备件单据明细行数的目标（如 1000000）：按此放大分公司规模，单据成批写入</source>
        <translation>target number of parts document lines (e.g. 1000000): the branch is sized for it and its documents are written in bulk</translation>
    </message>
    <message>
        <source>档案（客户、车辆、进厂、回访）的规模倍数（默认 1）</source>
        <translation>size factor of the archives (customers, vehicles, repair visits, callbacks; default 1)</translation>
    </message>
    <message>
        <source>从备份恢复 SQLite 数据库（仅管理员；先全面检查备份文件）</source>
        <translation>restore the SQLite database from a backup (administrators only; the backup file is fully checked first)</translation>
    </message>
    <message>
        <source>新备件：{number} {name}（第 {row} 行）</source>
        <translation>New part: {number} {name} (row {row})</translation>
    </message>
    <message>
        <source>期初导入必须用 --date 给出建账日（YYYY-MM-DD）。</source>
        <translation>The opening import needs the go-live date as --date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>预览（未写入）：期初 {number}，建账日 {date}，{lines} 行。</source>
        <translation>Preview (nothing written): opening {number}, go-live date {date}, {lines} lines.</translation>
    </message>
    <message>
        <source>已建期初 {number}，建账日 {date}，{lines} 行；建账日当天及以前不能再记账。</source>
        <translation>Opening {number} posted, go-live date {date}, {lines} lines; nothing can be posted on or before that date.</translation>
    </message>
    <message>
        <source>对账簿的影响：</source>
        <translation>Effect on the books:</translation>
    </message>
    <message>
        <source>预览：将过账 {documents} 张单据、{lines} 行；{skipped} 张已过账过。</source>
        <translation>Preview: {documents} documents, {lines} lines would be posted; {skipped} were posted before.</translation>
    </message>
    <message>
        <source>已过账 {documents} 张单据、{lines} 行；{skipped} 张已过账过，未重复过账。</source>
        <translation>Posted {documents} documents, {lines} lines; {skipped} were posted before and were not posted again.</translation>
    </message>
    <message>
        <source>单据</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>结存</source>
        <translation>Balances</translation>
    </message>
    <message>
        <source>请给出账簿名：{names}</source>
        <translation>Name the book: {names}</translation>
    </message>
    <message>
        <source>未知的导出类型 {kind}。</source>
        <translation>Unknown export type {kind}.</translation>
    </message>
    <message>
        <source>  {sheet}：{rows} 行</source>
        <translation>  {sheet}: {rows} rows</translation>
    </message>
    <message>
        <source>星期一</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>星期二</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>星期三</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>星期四</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>星期五</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>星期六</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>星期日</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>放假</source>
        <translation>Day off</translation>
    </message>
    <message>
        <source>上班</source>
        <translation>Working day</translation>
    </message>
    <message>
        <source>平常日</source>
        <translation>Ordinary day</translation>
    </message>
    <message>
        <source>已将 {day} 设为{kind}；{moved} 份未移交资料的截止日随之调整。</source>
        <translation>{day} is now: {kind}; the deadlines of {moved} files not yet handed over moved with it.</translation>
    </message>
    <message>
        <source>已导入 {days} 天（{years} 年）；{moved} 份未移交资料的截止日随之调整。</source>
        <translation>Imported {days} days ({years}); the deadlines of {moved} files not yet handed over moved with them.</translation>
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
        <source>日报：近两周的报表已打印、签字并锁定……</source>
        <translation>Daily reports: the last two weeks printed, signed and locked...</translation>
    </message>
    <message>
        <source>档案：客户、车辆与维修记录……</source>
        <translation>Archives: customers, vehicles and repair visits…</translation>
    </message>
    <message>
        <source>回访、关怀与投诉……</source>
        <translation>Callbacks, care and complaints...</translation>
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
        <source>演示数据的年数（默认 1）</source>
        <translation>years of demo data (default 1)</translation>
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
        <source>备份文件</source>
        <translation>backup file</translation>
    </message>
    <message>
        <source>各备件在某日结束时的账面余额</source>
        <translation>book balances of every part at the end of a day</translation>
    </message>
    <message>
        <source>以 JSON 输出（格式见 LEDGERS.md）</source>
        <translation>print JSON (format as in LEDGERS.md)</translation>
    </message>
    <message>
        <source>日期 YYYY-MM-DD（默认：全部已过账单据）</source>
        <translation>date YYYY-MM-DD (default: every posted document)</translation>
    </message>
    <message>
        <source>只看这个备件编号</source>
        <translation>only this part number</translation>
    </message>
    <message>
        <source>查找档案：车架号、车牌、姓名/拼音、电话、档案号、盒号</source>
        <translation>find files: VIN, plate, name/pinyin, phone, archive number, box number</translation>
    </message>
    <message>
        <source>起始日期 YYYY-MM-DD</source>
        <translation>from date YYYY-MM-DD</translation>
    </message>
    <message>
        <source>截止日期 YYYY-MM-DD</source>
        <translation>to date YYYY-MM-DD</translation>
    </message>
    <message>
        <source>打印报表（PDF 或 xlsx，按输出文件后缀）</source>
        <translation>print a report (PDF or xlsx, by the output file&apos;s suffix)</translation>
    </message>
    <message>
        <source>麦凯66客户档案（已填或空白）</source>
        <translation>Mackay 66 customer profile (filled or blank)</translation>
    </message>
    <message>
        <source>客户编号</source>
        <translation>customer ID</translation>
    </message>
    <message>
        <source>打印空白表</source>
        <translation>print the blank form</translation>
    </message>
    <message>
        <source>打印敏感项（需相应权限，记入审计）</source>
        <translation>print sensitive items (needs the permission; audited)</translation>
    </message>
    <message>
        <source>货品出入库日报</source>
        <translation>daily goods in/out report</translation>
    </message>
    <message>
        <source>日报：查看状态、生成、签字、重新打开、核对校验码</source>
        <translation>Daily report: status, produce, sign, reopen, verify the fingerprint</translation>
    </message>
    <message>
        <source>某日日报的状态、版本与签字</source>
        <translation>A day&apos;s report: state, version and signatures</translation>
    </message>
    <message>
        <source>生成某日日报（内容有变才出新版）</source>
        <translation>Produce a day&apos;s report (a new version only when its content changed)</translation>
    </message>
    <message>
        <source>按本人角色签字：财务签字，或经理签字（并锁定）</source>
        <translation>Sign in your role: the finance signature, or the manager&apos;s (which locks the day)</translation>
    </message>
    <message>
        <source>业务日期 YYYY-MM-DD</source>
        <translation>Business date YYYY-MM-DD</translation>
    </message>
    <message>
        <source>核对过的报表内容哈希（可选；报表已变则不签）</source>
        <translation>Content hash of the report you checked (optional; a changed report is not signed)</translation>
    </message>
    <message>
        <source>经理重新打开已签的日报（须写原因）</source>
        <translation>A manager reopens a signed report (a reason is required)</translation>
    </message>
    <message>
        <source>重新打开的原因</source>
        <translation>Reason for reopening</translation>
    </message>
    <message>
        <source>把已签字的日报发给经管二部和备件科（邮件或传真文件夹）</source>
        <translation>Send the signed report to 经管二部 and 备件科 (e-mail or fax folder)</translation>
    </message>
    <message>
        <source>已发出的也再发一次</source>
        <translation>Send again to those already sent</translation>
    </message>
    <message>
        <source>发送所有到期未发出的签字版日报（供计划任务定时运行；失败的按退避间隔重试）</source>
        <translation>send every signed report that is due and not sent yet (for a scheduled task; failed ones are retried after a growing wait)</translation>
    </message>
    <message>
        <source>核对纸质日报签字下的校验码与数据库是否一致</source>
        <translation>Check the fingerprint under the signatures of a paper report against the database</translation>
    </message>
    <message>
        <source>校验码，如 ABCD-EFGH-2345</source>
        <translation>Fingerprint, e.g. ABCD-EFGH-2345</translation>
    </message>
    <message>
        <source>day send 需要一个日期（YYYY-MM-DD），或只用 --pending 发送所有到期未发出的日报。</source>
        <translation>day send needs a date (YYYY-MM-DD), or --pending alone to send every due report not sent yet.</translation>
    </message>
    <message>
        <source>已生成 {day} 的日报第 {n} 版。</source>
        <translation>Version {n} of the daily report of {day} produced.</translation>
    </message>
    <message>
        <source>{day} 的日报内容未变，仍为第 {n} 版。</source>
        <translation>The daily report of {day} is unchanged: still version {n}.</translation>
    </message>
    <message>
        <source>{day} 的日报已签字：{state}。</source>
        <translation>Daily report of {day} signed: {state}.</translation>
    </message>
    <message>
        <source>{day} 的日报已重新打开，签字版 PDF 仍保留在版本列表中。</source>
        <translation>The daily report of {day} was reopened; the signed PDF stays in the version list.</translation>
    </message>
    <message>
        <source>传真文件夹</source>
        <translation>Fax folder</translation>
    </message>
    <message>
        <source>已发出：{where} {to}</source>
        <translation>Sent: {where} {to}</translation>
    </message>
    <message>
        <source>未能发出：{where} {to}（第 {n} 次）：{error}</source>
        <translation>Not sent: {where} {to} (attempt {n}): {error}</translation>
    </message>
    <message>
        <source>{day} {where}：第 {n} 次发送失败，{at} 起再试。</source>
        <translation>{day} {where}: attempt {n} failed; tried again from {at}.</translation>
    </message>
    <message>
        <source>{day} {where}：已失败 {n} 次，不再自动重试；改好设置后用 day send {day} 重发。</source>
        <translation>{day} {where}: failed {n} times, no more automatic retries; fix the settings, then send it with day send {day}.</translation>
    </message>
    <message>
        <source>没有到期待发送的签字版日报。</source>
        <translation>No signed report is due to be sent.</translation>
    </message>
    <message>
        <source>{day} 的签字版日报此前已全部发出（再发一次请加 --again）。</source>
        <translation>The signed report of {day} was already sent to everyone (add --again to send it again).</translation>
    </message>
    <message>
        <source>签字请再输入一次密码: </source>
        <translation>Enter your password again to sign: </translation>
    </message>
    <message>
        <source>核对：全部相符。</source>
        <translation>Checks: all agree.</translation>
    </message>
    <message>
        <source>核对：{n} 项不符（请勿签字，先查明原因）：</source>
        <translation>Checks: {n} disagree (do not sign; find out why first):</translation>
    </message>
    <message>
        <source>{day}：{state}</source>
        <translation>{day}: {state}</translation>
    </message>
    <message>
        <source>第 {n} 版，内容哈希 {hash}</source>
        <translation>Version {n}, content hash {hash}</translation>
    </message>
    <message>
        <source>制表人</source>
        <translation>Prepared by</translation>
    </message>
    <message>
        <source>{label}：{name}</source>
        <translation>{label}: {name}</translation>
    </message>
    <message>
        <source>校验码：{code}</source>
        <translation>Fingerprint: {code}</translation>
    </message>
    <message>
        <source>与服务站或总部的对账单</source>
        <translation>reconciliation statement with a service station or HQ</translation>
    </message>
    <message>
        <source>往来单位编码</source>
        <translation>counterparty code</translation>
    </message>
    <message>
        <source>起始日期（默认：最近结束的半月）</source>
        <translation>from date (default: the latest half-month that has ended)</translation>
    </message>
    <message>
        <source>截止日期</source>
        <translation>to date</translation>
    </message>
    <message>
        <source>盲盘点表（不含账面数）</source>
        <translation>blind count sheet (no book quantities)</translation>
    </message>
    <message>
        <source>先开始一次盘点（冻结此刻的账面数）再打印</source>
        <translation>start a count first (freezing the book quantities now), then print</translation>
    </message>
    <message>
        <source>回访日报 / 周报 / 月报</source>
        <translation>daily / weekly / monthly callback report</translation>
    </message>
    <message>
        <source>客户关怀：短信平台名单、信封标签与信函，短信模板</source>
        <translation>Customer care: lists for the SMS platform, address labels and letters, message templates</translation>
    </message>
    <message>
        <source>导出某日待发送的一类关怀：.xlsx/.csv（手机号与短信内容）或 .pdf</source>
        <translation>export one kind of care message due on a day: .xlsx/.csv (phone and text) or .pdf</translation>
    </message>
    <message>
        <source>birthday 生日 / festival 节日 / maintenance 保养 / inspection 年审 / insurance 续保</source>
        <translation>birthday / festival / maintenance / inspection (annual inspection) / insurance (renewal)</translation>
    </message>
    <message>
        <source>日期 YYYY-MM-DD（默认今天）</source>
        <translation>date YYYY-MM-DD (default today)</translation>
    </message>
    <message>
        <source>.pdf 时：labels 信封地址标签（A4 每页 14 张）或 letters 每位客户一封信</source>
        <translation>for .pdf: labels (address labels, 14 per A4 sheet) or letters (one letter per customer)</translation>
    </message>
    <message>
        <source>导出后把这些关怀标记为已发送</source>
        <translation>mark these care messages sent after the export</translation>
    </message>
    <message>
        <source>查看或修改一类关怀的短信模板（修改：经理）</source>
        <translation>show or change one kind&apos;s message template (changing: manager)</translation>
    </message>
    <message>
        <source>新的模板文字，合并字段写在大括号里，如 {称呼}</source>
        <translation>the new template text, merge fields in braces, e.g. {称呼}</translation>
    </message>
    <message>
        <source>模板已保存。</source>
        <translation>Template saved.</translation>
    </message>
    <message>
        <source>可用的合并字段：{fields}</source>
        <translation>Merge fields: {fields}</translation>
    </message>
    <message>
        <source>已写入 {path}：{rows} 位客户。</source>
        <translation>Written to {path}: {rows} customers.</translation>
    </message>
    <message>
        <source>未列入：免打扰客户 {blocked} 位，无手机号或地址 {unreachable} 位。</source>
        <translation>Left out: {blocked} do-not-contact customers, {unreachable} without a mobile or address.</translation>
    </message>
    <message>
        <source>最长一条 {n} 字（按每条 {segment} 字计费）。</source>
        <translation>The longest message has {n} characters (charged per {segment}).</translation>
    </message>
    <message>
        <source>已标记 {n} 条关怀为已发送。</source>
        <translation>{n} care messages marked sent.</translation>
    </message>
    <message>
        <source>今日待办的各项数量</source>
        <translation>counts of today&apos;s due items</translation>
    </message>
    <message>
        <source>从 Excel 导入（全部成功或全部不导入）</source>
        <translation>import from Excel (all rows or none)</translation>
    </message>
    <message>
        <source>期初建账日（opening），YYYY-MM-DD</source>
        <translation>go-live date (opening), YYYY-MM-DD</translation>
    </message>
    <message>
        <source>只预览将要导入的内容，不写入</source>
        <translation>only preview what would be imported; write nothing</translation>
    </message>
    <message>
        <source>跳过隐藏行和被筛选隐藏的行（默认：有隐藏行则拒绝导入）</source>
        <translation>skip rows hidden by hand or by a filter (default: a file with hidden rows is refused)</translation>
    </message>
    <message>
        <source>archives：15 位身份证号转为 18 位后导入（请与证件核对）</source>
        <translation>archives: convert 15-digit resident IDs to 18 digits and import (check them against the cards)</translation>
    </message>
    <message>
        <source>导出到 Excel</source>
        <translation>export to Excel</translation>
    </message>
    <message>
        <source>账簿名（book）：stock / account / owed_to / owed_by / in_transit</source>
        <translation>book name (book): stock / account / owed_to / owed_by / in_transit</translation>
    </message>
    <message>
        <source>余额日期（balances）</source>
        <translation>balance date (balances)</translation>
    </message>
    <message>
        <source>往来单位编码（book account）</source>
        <translation>counterparty code (book account)</translation>
    </message>
    <message>
        <source>节假日日历：查看、设置、导入，算工作日</source>
        <translation>the holiday calendar: show, set, import, count working days</translation>
    </message>
    <message>
        <source>一年的放假日与调休上班日</source>
        <translation>a year&apos;s days off and make-up working days</translation>
    </message>
    <message>
        <source>设置一天：off 放假 / work 调休上班 / normal 恢复平常（经理）</source>
        <translation>set one day: off / work (make-up working day) / normal (manager)</translation>
    </message>
    <message>
        <source>日期 YYYY-MM-DD</source>
        <translation>date YYYY-MM-DD</translation>
    </message>
    <message>
        <source>节日名称，如 春节</source>
        <translation>the holiday&apos;s name, e.g. 春节</translation>
    </message>
    <message>
        <source>从 Excel 导入（工作表“日历”：日期 | 类型 | 名称）（经理）</source>
        <translation>import from Excel (sheet 日历: 日期 | 类型 | 名称) (manager)</translation>
    </message>
    <message>
        <source>DATE 之后第 N 个工作日（资料移交截止日的算法）</source>
        <translation>the N-th working day after DATE (the handover deadline rule)</translation>
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
        <source>修改密码：本人（须先修改的账户也可），或管理员重置他人的密码；新密码取自 BRANCHDESK_NEW_PASSWORD 或提示输入</source>
        <translation>change a password: your own (also an account that must change it first), or an administrator resets someone else&apos;s; the new password from BRANCHDESK_NEW_PASSWORD or a prompt</translation>
    </message>
    <message>
        <source>要重置密码的用户（管理员）；省略则修改本人密码</source>
        <translation>the user whose password to reset (administrators); without it, your own password</translation>
    </message>
    <message>
        <source>已取消。</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>已过账</source>
        <translation>posted</translation>
    </message>
    <message>
        <source>将过账</source>
        <translation>would post</translation>
    </message>
    <message>
        <source>已过账过，跳过</source>
        <translation>posted before, skipped</translation>
    </message>
    <message>
        <source>分公司名称，如 河南分公司客服部（打印在报表抬头）</source>
        <translation>branch name, e.g. 河南分公司客服部 (printed in report headers)</translation>
    </message>
    <message>
        <source>品牌</source>
        <translation>Brand</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>分公司编码：英文字母或数字，如 HN01</source>
        <translation>branch code: letters or digits, e.g. HN01</translation>
    </message>
    <message>
        <source>分公司信息：名称、品牌、地址、电话、编码（报表抬头与窗口标题）</source>
        <translation>the branch identity: name, brand, address, phone, code (report headers and window title)</translation>
    </message>
    <message>
        <source>显示分公司信息</source>
        <translation>show the branch identity</translation>
    </message>
    <message>
        <source>修改分公司信息（管理员）；未给出的项保持不变</source>
        <translation>change the branch identity (administrator); what is not given stays as it is</translation>
    </message>
    <message>
        <source>（未填）</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <source>分公司名称：{value}</source>
        <translation>Branch name: {value}</translation>
    </message>
    <message>
        <source>品牌：{value}</source>
        <translation>Brand: {value}</translation>
    </message>
    <message>
        <source>地址：{value}</source>
        <translation>Address: {value}</translation>
    </message>
    <message>
        <source>电话：{value}</source>
        <translation>Phone: {value}</translation>
    </message>
    <message>
        <source>分公司编码：{value}</source>
        <translation>Branch code: {value}</translation>
    </message>
    <message>
        <source>分公司信息尚未设置：报表抬头打印“{name}”。管理员可用 branch set 或在“设置 → 分公司信息”中填写。</source>
        <translation>The branch identity is not set yet: reports print “{name}” in their header. An administrator sets it with branch set or in Settings → Branch.</translation>
    </message>
    <message>
        <source>请至少给出一项：--name、--brand、--address、--phone 或 --code。</source>
        <translation>Give at least one of --name, --brand, --address, --phone or --code.</translation>
    </message>
    <message>
        <source>已保存分公司信息。</source>
        <translation>Branch identity saved.</translation>
    </message>
    <message>
        <source>共用 PostgreSQL 数据库的角色与表结构升级</source>
        <translation>the shared PostgreSQL database&apos;s roles and schema upgrades</translation>
    </message>
    <message>
        <source>打印建立所有者角色和程序登录角色的 SQL 脚本（用 psql 执行）</source>
        <translation>print the SQL script that creates the owner role and the program&apos;s login role (run it with psql)</translation>
    </message>
    <message>
        <source>以所有者角色（--owner-user）升级表结构并给程序登录角色授权</source>
        <translation>upgrade the schema as the owner role (--owner-user) and grant the program&apos;s login role its privileges</translation>
    </message>
    <message>
        <source>表结构已是最新（应用了 {count} 个升级）。</source>
        <translation>The schema is up to date ({count} upgrades applied).</translation>
    </message>
    <message>
        <source>已给程序登录角色 {user} 授权。</source>
        <translation>The program&apos;s login role {user} has been granted its privileges.</translation>
    </message>
    <message>
        <source>删除登记：列出已删除的客户个人信息，或重新执行本数据库尚未执行的删除</source>
        <translation>erasure register: list the erased customer personal data, or carry out again erasures this database has not seen</translation>
    </message>
    <message>
        <source>列出删除登记（不含个人信息）</source>
        <translation>list the erasure register (no personal data)</translation>
    </message>
    <message>
        <source>重新执行删除登记中本数据库尚未执行的删除</source>
        <translation>carry out again the erasures of the register this database has not seen</translation>
    </message>
    <message>
        <source>已重新执行 {n} 条删除。</source>
        <translation>{n} erasure(s) carried out again.</translation>
    </message>
    <message>
        <source>  客户 {customer}：{kind}（原删除于 {at}，{user}），删除 {fields} 项、{revisions} 个版本</source>
        <translation>  customer {customer}: {kind} (first erased {at} by {user}), {fields} item(s) and {revisions} revision(s) erased</translation>
    </message>
    <message>
        <source>  客户 {customer}：本数据库中的这位客户与登记的不是同一人，未执行</source>
        <translation>  customer {customer}: this database&apos;s customer is not the person registered; not applied</translation>
    </message>
    <message>
        <source>删除登记中没有记录。</source>
        <translation>The erasure register is empty.</translation>
    </message>
    <message>
        <source>已执行</source>
        <translation>done</translation>
    </message>
    <message>
        <source>本数据库尚未执行</source>
        <translation>not yet done in this database</translation>
    </message>
    <message>
        <source>客户 {customer}</source>
        <translation>customer {customer}</translation>
    </message>
    <message>
        <source>车辆档案：资料交接表单</source>
        <translation>Vehicle archive: handover forms</translation>
    </message>
    <message>
        <source>资料交接表单：新建、接收、打印</source>
        <translation>Handover forms: new, receive, print</translation>
    </message>
    <message>
        <source>新建交接单（列出的车架号/工单号，或 --pending 全部待交资料）</source>
        <translation>New handover batch (the VINs / RO numbers listed, or --pending for every file still to hand over)</translation>
    </message>
    <message>
        <source>sales 销售档案（车架号）或 repair 维修档案（工单号）</source>
        <translation>sales: sales files (VINs), or repair: repair files (RO numbers)</translation>
    </message>
    <message>
        <source>交出人，如车业管理员或售后前台的姓名</source>
        <translation>who hands over, e.g. the vehicle administrator&apos;s or the service desk&apos;s name</translation>
    </message>
    <message>
        <source>车架号（sales）或工单号（repair）</source>
        <translation>VINs (sales) or RO numbers (repair)</translation>
    </message>
    <message>
        <source>列入全部尚未移交、也不在其他交接单中的资料</source>
        <translation>include every file not yet handed over and in no other batch</translation>
    </message>
    <message>
        <source>与 --pending 同用：只列这位责任人的资料</source>
        <translation>with --pending: only this responsible person&apos;s files</translation>
    </message>
    <message>
        <source>列出待接收的交接单</source>
        <translation>list the batches not yet received</translation>
    </message>
    <message>
        <source>登记接收：资料移交档案室，迟交的按责任人记录</source>
        <translation>record receipt: the files are handed to the archive, late ones recorded per responsible person</translation>
    </message>
    <message>
        <source>交接单号</source>
        <translation>Batch number</translation>
    </message>
    <message>
        <source>接收日期 YYYY-MM-DD</source>
        <translation>date received YYYY-MM-DD</translation>
    </message>
    <message>
        <source>单上列为已交、实际未到的资料：车架号或工单号:资料名称或代码,…（如 RO2026110001:结算单；可重复）</source>
        <translation>papers listed as handed over that did not arrive: VIN or RO number:paper name or code,... (e.g. RO2026110001:settlement_sheet; repeatable)</translation>
    </message>
    <message>
        <source>作废未送到的交接单（其中的资料可列入新的交接单）</source>
        <translation>cancel a batch that never came (its files can go into a new batch)</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>打印交接单（PDF，双方签字）</source>
        <translation>print the handover list (PDF, signed by both sides)</translation>
    </message>
    <message>
        <source>已生成交接单 {number}：{files} 份档案，资料有 {present} 项、缺 {missing} 项。</source>
        <translation>Handover batch {number} made: {files} files, {present} papers present, {missing} missing.</translation>
    </message>
    <message>
        <source>销售档案</source>
        <translation>Sales file</translation>
    </message>
    <message>
        <source>维修档案</source>
        <translation>Repair file</translation>
    </message>
    <message>
        <source>{number}  {kind}  交出人 {person}  {files} 份  制单 {day}</source>
        <translation>{number}  {kind}  handed over by {person}  {files} files  made {day}</translation>
    </message>
    <message>
        <source>没有待接收的交接单。</source>
        <translation>No batch waiting to be received.</translation>
    </message>
    <message>
        <source>交接单 {number} 已接收：{files} 份档案、{papers} 项资料，迟交 {late} 份。</source>
        <translation>Batch {number} received: {files} files, {papers} papers; {late} handed over late.</translation>
    </message>
    <message>
        <source>  迟交：{reference}（责任人 {person}，期限 {due}，迟 {days} 个工作日）</source>
        <translation>  Late: {reference} (responsible {person}, due {due}, {days} working days late)</translation>
    </message>
    <message>
        <source>交接单 {number} 已作废。</source>
        <translation>Batch {number} cancelled.</translation>
    </message>
    <message>
        <source>会员等级代码（如 gold）</source>
        <translation>Member level code (e.g. gold)</translation>
    </message>
    <message>
        <source>续期：active 有效、due 待续期、lapsed 已到期</source>
        <translation>Renewal: active, due (due for renewal), lapsed</translation>
    </message>
    <message>
        <source>客户价值类别：vip、major、ordinary、small</source>
        <translation>Customer value class: vip, major, ordinary, small</translation>
    </message>
    <message>
        <source>地址中的城市或区县</source>
        <translation>City or district in the address</translation>
    </message>
    <message>
        <source>车型</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>会员号、姓名或电话</source>
        <translation>Member number, name or phone</translation>
    </message>
    <message>
        <source>客户价值分类与终身价值</source>
        <translation>Customer value classes and lifetime value</translation>
    </message>
    <message>
        <source>列出或导出客户的价值类别与终身价值</source>
        <translation>List or export customers&apos; value classes and lifetime values</translation>
    </message>
    <message>
        <source>只列此类：vip、major、ordinary、small</source>
        <translation>Only this class: vip, major, ordinary, small</translation>
    </message>
    <message>
        <source>导出为 .xlsx 文件</source>
        <translation>Export to an .xlsx file</translation>
    </message>
    <message>
        <source>终端上最多列出的行数（默认 50）</source>
        <translation>Most rows listed in the terminal (default 50)</translation>
    </message>
    <message>
        <source>查看或设置客户价值分类规则（经理）</source>
        <translation>Show or set the customer value class rules (manager)</translation>
    </message>
    <message>
        <source>VIP、主要、普通客户的累计百分比，如 1,5,20</source>
        <translation>Cumulative percentages for VIP, major and ordinary customers, e.g. 1,5,20</translation>
    </message>
    <message>
        <source>统计最近多少个月的产值</source>
        <translation>Months of workshop revenue counted</translation>
    </message>
    <message>
        <source>客户生命周期（年）</source>
        <translation>Customer life (years)</translation>
    </message>
    <message>
        <source>车主俱乐部会员：入会、续期、权益使用、名单</source>
        <translation>Owners&apos; club members: enrol, renew, benefits used, list</translation>
    </message>
    <message>
        <source>客户入会（会员号自动连续编号）</source>
        <translation>Enrol a customer (member numbers run on without gaps)</translation>
    </message>
    <message>
        <source>客户档案编号或客户编号</source>
        <translation>Customer&apos;s archive number or customer id</translation>
    </message>
    <message>
        <source>会员等级代码（默认按等级规则）</source>
        <translation>Member level code (default: by the level rules)</translation>
    </message>
    <message>
        <source>入会日期（默认今天）</source>
        <translation>Date joined (default today)</translation>
    </message>
    <message>
        <source>会员续期一个有效期</source>
        <translation>Renew a membership for one term</translation>
    </message>
    <message>
        <source>会员号，如 HY000012</source>
        <translation>Member number, e.g. HY000012</translation>
    </message>
    <message>
        <source>续期日期（默认今天）</source>
        <translation>Renewal date (default today)</translation>
    </message>
    <message>
        <source>登记会员使用的权益</source>
        <translation>Record a benefit a member used</translation>
    </message>
    <message>
        <source>权益名称，如 免费洗车</source>
        <translation>Benefit name, e.g. 免费洗车</translation>
    </message>
    <message>
        <source>使用日期（默认今天）</source>
        <translation>Date used (default today)</translation>
    </message>
    <message>
        <source>会员名单（可筛选）</source>
        <translation>Member list (with filters)</translation>
    </message>
    <message>
        <source>导出会员名单为 .xlsx 或 .pdf</source>
        <translation>Export the member list as .xlsx or .pdf</translation>
    </message>
    <message>
        <source>打印会员证 PDF</source>
        <translation>Print a member card PDF</translation>
    </message>
    <message>
        <source>查看会员等级、条件与权益</source>
        <translation>Show member levels, conditions and benefits</translation>
    </message>
    <message>
        <source>按最近 {months} 个月的维修产值排名：VIP客户 前 {vip}%，主要客户 至 {major}%，普通客户 至 {ordinary}%，其余为小客户；客户生命周期 {years} 年。</source>
        <translation>Ranked by workshop revenue of the last {months} months: VIP customers the first {vip}%, major customers up to {major}%, ordinary customers up to {ordinary}%, the rest small customers; customer life {years} years.</translation>
    </message>
    <message>
        <source>已写入 {path}（{rows} 位客户）</source>
        <translation>Written {path} ({rows} customers)</translation>
    </message>
    <message>
        <source>{archive}  {name}  {klass}  统计期产值 {contribution} 元  单次 {average} 元 x {purchases} 次  终身价值 {lifetime} 元</source>
        <translation>{archive}  {name}  {klass}  revenue in period {contribution} yuan  {average} yuan per purchase x {purchases}  lifetime value {lifetime} yuan</translation>
    </message>
    <message>
        <source>……另有 {more} 位（--out 导出全部）</source>
        <translation>... {more} more (--out exports all)</translation>
    </message>
    <message>
        <source>{name} 已入会：会员号 {number}，等级 {level}，续期日 {due}</source>
        <translation>{name} enrolled: member number {number}, level {level}, renewal due {due}</translation>
    </message>
    <message>
        <source>会员 {number} 已续期至 {due}，等级 {level}</source>
        <translation>Member {number} renewed until {due}, level {level}</translation>
    </message>
    <message>
        <source>已登记：会员 {number} {day} 使用“{benefit}”</source>
        <translation>Recorded: member {number} used &quot;{benefit}&quot; on {day}</translation>
    </message>
    <message>
        <source>有效期 {months} 个月，到期前 {days} 天提醒续期</source>
        <translation>Term {months} months; renewal reminder {days} days before it runs out</translation>
    </message>
    <message>
        <source>客户 {years} 年以上</source>
        <translation>customer for {years} years or more</translation>
    </message>
    <message>
        <source>已写入 {path}（{rows} 位会员）</source>
        <translation>Written {path} ({rows} members)</translation>
    </message>
    <message>
        <source>已到期</source>
        <translation>Lapsed</translation>
    </message>
    <message>
        <source>有效</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>共 {count} 位会员</source>
        <translation>{count} members</translation>
    </message>
    <message>
        <source>整改跟踪：回访低分与投诉结案的整改项</source>
        <translation>rectification: improvement items from low callback scores and closed complaints</translation>
    </message>
    <message>
        <source>开立整改项：回访低分（--callback 与 --item）或已结案投诉（--complaint）</source>
        <translation>open an improvement item: a low callback score (--callback and --item) or a closed complaint (--complaint)</translation>
    </message>
    <message>
        <source>回访任务编号</source>
        <translation>callback id</translation>
    </message>
    <message>
        <source>评分项目代码</source>
        <translation>score item code</translation>
    </message>
    <message>
        <source>投诉编号，如 TS202611001</source>
        <translation>complaint number, e.g. TS202611001</translation>
    </message>
    <message>
        <source>部门代码（rectify departments 列出）</source>
        <translation>department code (rectify departments lists them)</translation>
    </message>
    <message>
        <source>整改负责人</source>
        <translation>person responsible</translation>
    </message>
    <message>
        <source>整改期限 YYYY-MM-DD（默认两周后）</source>
        <translation>due date YYYY-MM-DD (default: in two weeks)</translation>
    </message>
    <message>
        <source>需要整改的问题（默认取评分或投诉内容）</source>
        <translation>the problem to fix (default: the score or the complaint)</translation>
    </message>
    <message>
        <source>登记部门采取的整改措施</source>
        <translation>record the action the department took</translation>
    </message>
    <message>
        <source>整改编号，如 RZ202611001</source>
        <translation>item number, e.g. RZ202611001</translation>
    </message>
    <message>
        <source>整改措施</source>
        <translation>Action taken</translation>
    </message>
    <message>
        <source>验证整改：下次回访（callback）或经理检查（manager）</source>
        <translation>verify an item: by the next callback (callback) or the manager&apos;s check (manager)</translation>
    </message>
    <message>
        <source>整改编号</source>
        <translation>item number</translation>
    </message>
    <message>
        <source>经理检查时看到的情况</source>
        <translation>what the manager&apos;s check found</translation>
    </message>
    <message>
        <source>按部门列出一个月的整改项，或输出 PDF / xlsx</source>
        <translation>a month&apos;s items by department, or write them as PDF / xlsx</translation>
    </message>
    <message>
        <source>月份 YYYY-MM（默认本月）</source>
        <translation>month YYYY-MM (default: this month)</translation>
    </message>
    <message>
        <source>只列今天已逾期的</source>
        <translation>only those overdue today</translation>
    </message>
    <message>
        <source>输出文件 .pdf 或 .xlsx</source>
        <translation>output file .pdf or .xlsx</translation>
    </message>
    <message>
        <source>近 90 天尚未开立整改项的低分与已结案投诉</source>
        <translation>low scores and closed complaints of the last 90 days without an item</translation>
    </message>
    <message>
        <source>查看或设置低分线（10 分制，经理）</source>
        <translation>show or set the low-score threshold (10-point scale, manager)</translation>
    </message>
    <message>
        <source>列出部门，或新增 / 改名 / 停用（经理）</source>
        <translation>list departments, or add / rename / retire one (manager)</translation>
    </message>
    <message>
        <source>新增部门的名称</source>
        <translation>name of the new department</translation>
    </message>
    <message>
        <source>要改名或停用的部门代码</source>
        <translation>code of the department to rename or retire</translation>
    </message>
    <message>
        <source>部门的新名称</source>
        <translation>the department&apos;s new name</translation>
    </message>
    <message>
        <source>停用该部门</source>
        <translation>retire the department</translation>
    </message>
    <message>
        <source>恢复使用已停用的部门</source>
        <translation>reinstate a retired department</translation>
    </message>
    <message>
        <source>--month 的月份 {value} 无法识别，请写成 YYYY-MM。</source>
        <translation>--month {value} is not a month; write YYYY-MM.</translation>
    </message>
    <message>
        <source>请指定 --callback 与 --item（回访低分），或 --complaint（已结案投诉）。</source>
        <translation>Give --callback and --item (a low score) or --complaint (a closed complaint).</translation>
    </message>
    <message>
        <source>已开立整改项 {number}：{department}，负责人 {owner}，期限 {due}</source>
        <translation>Opened improvement item {number}: {department}, owner {owner}, due {due}</translation>
    </message>
    <message>
        <source>整改项 {number}：{state}</source>
        <translation>Improvement item {number}: {state}</translation>
    </message>
    <message>
        <source>整改项 {number}：{state}（{note}）</source>
        <translation>Improvement item {number}: {state} ({note})</translation>
    </message>
    <message>
        <source>逾期整改项 {n} 项。</source>
        <translation>{n} improvement items overdue.</translation>
    </message>
    <message>
        <source>{month}：开立 {opened} 项，验证关闭 {closed} 项，逾期 {overdue} 项。</source>
        <translation>{month}: {opened} opened, {closed} verified and closed, {overdue} overdue.</translation>
    </message>
    <message>
        <source>可开立整改的 {n} 项（低分线 {limit}）。</source>
        <translation>{n} could open an improvement item (low-score line {limit}).</translation>
    </message>
    <message>
        <source>低分线：{value} 分及以下（10 分制）</source>
        <translation>Low-score threshold: {value} or less (10-point scale)</translation>
    </message>
    <message>
        <source>（已停用）</source>
        <translation>(retired)</translation>
    </message>
    <message>
        <source>回访话术库与回访调查表</source>
        <translation>call scripts and callback survey forms</translation>
    </message>
    <message>
        <source>列出在用的话术</source>
        <translation>list the scripts in use</translation>
    </message>
    <message>
        <source>含已替换和已停用的各个版本</source>
        <translation>include replaced and retired versions</translation>
    </message>
    <message>
        <source>显示一条话术</source>
        <translation>show one script</translation>
    </message>
    <message>
        <source>新写或修改一条话术（保存为新版本，经理）</source>
        <translation>write or edit a script (saved as a new version, manager)</translation>
    </message>
    <message>
        <source>话术内容</source>
        <translation>the script&apos;s text</translation>
    </message>
    <message>
        <source>从 UTF-8 文本文件读入话术内容</source>
        <translation>read the script&apos;s text from a UTF-8 text file</translation>
    </message>
    <message>
        <source>停用一条在用的话术（经理）</source>
        <translation>retire a script in use (manager)</translation>
    </message>
    <message>
        <source>查看或修改一种回访的调查表：评分项目与满分（经理）</source>
        <translation>show or change a callback kind&apos;s survey form: score items and maximum (manager)</translation>
    </message>
    <message>
        <source>评分项目名称，按顺序用逗号分隔；沿用原有名称的项目保留其代码</source>
        <translation>score item names in order, comma-separated; an item keeping its name keeps its code</translation>
    </message>
    <message>
        <source>满分（3 到 10）</source>
        <translation>maximum score (3 to 10)</translation>
    </message>
    <message>
        <source>投诉电话的处理步骤与客户投诉处理表</source>
        <translation>the complaint call&apos;s steps and the complaint form</translation>
    </message>
    <message>
        <source>一件投诉的处理步骤与处理经过</source>
        <translation>a complaint&apos;s call steps and history</translation>
    </message>
    <message>
        <source>登记一个处理步骤（按顺序）</source>
        <translation>record one step (in order)</translation>
    </message>
    <message>
        <source>投诉编号</source>
        <translation>complaint number</translation>
    </message>
    <message>
        <source>本步骤的记录</source>
        <translation>notes for this step</translation>
    </message>
    <message>
        <source>打印客户投诉处理表（PDF）</source>
        <translation>print the complaint form (PDF)</translation>
    </message>
    <message>
        <source>第 {version} 版，满分 {scale}</source>
        <translation>Version {version}, out of {scale}</translation>
    </message>
    <message>
        <source>共 {n} 条话术。</source>
        <translation>{n} scripts.</translation>
    </message>
    <message>
        <source>没有在用的话术。</source>
        <translation>No script in use.</translation>
    </message>
    <message>
        <source>已保存话术“{title}”第 {version} 版。</source>
        <translation>Saved script &quot;{title}&quot; version {version}.</translation>
    </message>
    <message>
        <source>已停用话术“{title}”。</source>
        <translation>Retired script &quot;{title}&quot;.</translation>
    </message>
    <message>
        <source>投诉 {number}：已登记“{step}”。</source>
        <translation>Complaint {number}: recorded &quot;{step}&quot;.</translation>
    </message>
    <message>
        <source>处理经过：</source>
        <translation>History:</translation>
    </message>
    <message>
        <source>客服中心工作月报表（档案、回访、投诉、关怀、整改、活动、会员）</source>
        <translation>the service centre&apos;s work-month report (archives, callbacks, complaints, care, rectification, events, members)</translation>
    </message>
    <message>
        <source>月份 YYYY-MM</source>
        <translation>month YYYY-MM</translation>
    </message>
    <message>
        <source>客户沟通风格：查看、登记、应对指引</source>
        <translation>Customers&apos; communication styles: show, record, guidance</translation>
    </message>
    <message>
        <source>客户的沟通风格、登记历史与应对指引</source>
        <translation>A customer&apos;s communication style, its history and the guidance</translation>
    </message>
    <message>
        <source>登记客户的沟通风格</source>
        <translation>Record a customer&apos;s communication style</translation>
    </message>
    <message>
        <source>expressive 表现型 / amiable 友善型 / driver 控制型 / analytical 分析型（默认：按回答建议）</source>
        <translation>expressive / amiable / driver / analytical (default: as the answers suggest)</translation>
    </message>
    <message>
        <source>六个问题的回答，a 为支配/外显一方，b 为另一方，如 aab,bbb</source>
        <translation>The six answers, a for the dominant/expressive side and b for the other, e.g. aab,bbb</translation>
    </message>
    <message>
        <source>查看或修改（经理）某种风格的应对指引</source>
        <translation>Show or (manager) change a style&apos;s guidance</translation>
    </message>
    <message>
        <source>新的指引文字</source>
        <translation>The new guidance text</translation>
    </message>
    <message>
        <source>打印四种风格的应对指引（PDF）</source>
        <translation>Print the four styles&apos; guidance (PDF)</translation>
    </message>
    <message>
        <source>已修改指引。</source>
        <translation>Guidance changed.</translation>
    </message>
    <message>
        <source>客户 {customer}：{name}</source>
        <translation>Customer {customer}: {name}</translation>
    </message>
    <message>
        <source>（问题回答建议的是 {style}）</source>
        <translation>(the answers suggested {style})</translation>
    </message>
    <message>
        <source>此前的登记：</source>
        <translation>Recorded before:</translation>
    </message>
    <message>
        <source>删除“麦凯66”档案</source>
        <translation>Mackay 66 profile erased</translation>
    </message>
    <message>
        <source>撤回同意，删除敏感项</source>
        <translation>Consent withdrawn, sensitive items erased</translation>
    </message>
    <message>
        <source>到货检验：记录服务站到货的清点（货品记录跟踪表）</source>
        <translation>Receiving inspection: record the count of a station&apos;s delivery (goods tracking record)</translation>
    </message>
    <message>
        <source>按入账单据记录到货检验，之后可打印收货表单</source>
        <translation>Record the receiving inspection of a posted document; its receiving forms can then be printed</translation>
    </message>
    <message>
        <source>服务站退件的入账单据号</source>
        <translation>Number of the posted station return</translation>
    </message>
    <message>
        <source>实收数量：备件编号=数量（可重复；默认同清单）</source>
        <translation>Quantity found: PART=QTY (repeatable; default: as listed)</translation>
    </message>
    <message>
        <source>异常：备件编号=类别:说明（可重复；类别为变形、露皮、缺件、外壳划伤、屏划伤、其他）</source>
        <translation>Anomaly: PART=KIND:NOTE (repeatable; KIND is one of 变形, 露皮, 缺件, 外壳划伤, 屏划伤, 其他)</translation>
    </message>
    <message>
        <source>经销商发货清单号（默认：单据的来源单号）</source>
        <translation>Dealer&apos;s delivery list number (default: the document&apos;s source number)</translation>
    </message>
    <message>
        <source>分公司退换货申请表号</source>
        <translation>Branch return/exchange request number</translation>
    </message>
    <message>
        <source>外包装破损及其说明</source>
        <translation>The outer packing was damaged, and how</translation>
    </message>
    <message>
        <source>开箱见证人</source>
        <translation>Witness at the opening</translation>
    </message>
    <message>
        <source>{option} {key}：单据上没有这个备件或行号。</source>
        <translation>{option} {key}: the document has no such part or line number.</translation>
    </message>
    <message>
        <source>{option} {key}：该备件在单据第 {lines} 行都有，请写行号。</source>
        <translation>{option} {key}: that part is on lines {lines} of the document; give the line number.</translation>
    </message>
    <message>
        <source>{option} {text} 看不懂，请写成 {example}。</source>
        <translation>{option} {text} is not understood; write it as {example}.</translation>
    </message>
    <message>
        <source>单据 {document} 不存在。</source>
        <translation>Document {document} does not exist.</translation>
    </message>
    <message>
        <source>{number}（{doc_type}）不是有效的服务站退件单，不做到货检验。</source>
        <translation>{number} ({doc_type}) is not a standing station return; it gets no receiving inspection.</translation>
    </message>
    <message>
        <source>--found {text}：实收数量须是 0 或正整数。</source>
        <translation>--found {text}: the quantity found must be 0 or a whole number.</translation>
    </message>
    <message>
        <source>已记录 {number} 的到货检验：{lines} 行，{anomalies} 项异常待跟进。</source>
        <translation>Receiving inspection of {number} recorded: lines: {lines}; anomalies to follow up: {anomalies}.</translation>
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
    <name>Archive</name>
    <message>
        <source>车架号</source>
        <translation>VIN</translation>
    </message>
    <message>
        <source>车架号后几位</source>
        <translation>End of VIN</translation>
    </message>
    <message>
        <source>车牌号</source>
        <translation>Plate</translation>
    </message>
    <message>
        <source>车牌尾号</source>
        <translation>End of plate</translation>
    </message>
    <message>
        <source>客户名称</source>
        <translation>Customer name</translation>
    </message>
    <message>
        <source>拼音</source>
        <translation>Pinyin</translation>
    </message>
    <message>
        <source>拼音首字母</source>
        <translation>Pinyin initials</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>档案编号</source>
        <translation>Archive no.</translation>
    </message>
    <message>
        <source>档案盒号</source>
        <translation>Archive box no.</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>匹配</source>
        <translation>Matched by</translation>
    </message>
    <message>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>车型</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>交车日期</source>
        <translation>Delivery date</translation>
    </message>
    <message>
        <source>档案盒</source>
        <translation>Box</translation>
    </message>
    <message>
        <source>责任人 / 车架号</source>
        <translation>Responsible / VIN</translation>
    </message>
    <message>
        <source>档案</source>
        <translation>Archives</translation>
    </message>
    <message>
        <source>交车/进厂</source>
        <translation>Delivered / visited</translation>
    </message>
    <message>
        <source>移交期限</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>移交日期</source>
        <translation>Handover date</translation>
    </message>
    <message>
        <source>迟交工作日</source>
        <translation>Working days late</translation>
    </message>
    <message>
        <source>原件</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>复印件</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>缺</source>
        <translation>Missing</translation>
    </message>
</context>
<context>
    <name>ArchivePage</name>
    <message>
        <source>车架号（全部或后 6-8 位）、车牌号、客户名称 / 拼音 / 首字母、电话（4 位以上）、档案编号、档案盒号</source>
        <translation>VIN (full or last 6-8), plate, customer name / pinyin / initials, phone (4+ digits), archive number, box number</translation>
    </message>
    <message>
        <source>日期(&amp;D)</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>查询(&amp;F)</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>刷新(&amp;R)</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>资料交接表单(&amp;J)…</source>
        <translation>Hand&amp;over forms…</translation>
    </message>
    <message>
        <source>销售资料应在交车后 2 个工作日内、维修资料应在进厂后 1 个工作日内交档案室。列出：至今未交且已过期限的，以及本季度迟交的。</source>
        <translation>Sales papers are due at the archive within 2 working days of delivery, repair papers within 1 working day of the visit. Listed: papers still outstanding past their deadline, and papers handed over late this quarter.</translation>
    </message>
    <message>
        <source>档案盒号(&amp;B)</source>
        <translation>&amp;Box number</translation>
    </message>
    <message>
        <source>装入查询结果中选中的车辆(&amp;K)</source>
        <translation>Pac&amp;k the vehicles selected in the results</translation>
    </message>
    <message>
        <source>封盒</source>
        <translation>Seal box</translation>
    </message>
    <message>
        <source>打印内容清单…</source>
        <translation>Print content list…</translation>
    </message>
    <message>
        <source>只有已过保修期的车辆档案可以打包保存；装盒后仍可查询，查询结果显示所在档案盒。</source>
        <translation>Only files of vehicles out of warranty can be packed; packed files are still found by search, which shows their box.</translation>
    </message>
    <message>
        <source>查询</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>逾期移交</source>
        <translation>Late handovers</translation>
    </message>
    <message>
        <source>档案盒</source>
        <translation>Box</translation>
    </message>
    <message>
        <source>导入模板…</source>
        <translation>Import template…</translation>
    </message>
    <message>
        <source>导入档案台账(&amp;I)…</source>
        <translation>&amp;Import archive list…</translation>
    </message>
    <message>
        <source>导出档案台账(&amp;E)…</source>
        <translation>&amp;Export archive list…</translation>
    </message>
    <message>
        <source>前 50 条，请输入更多字符</source>
        <translation>First 50; type more characters</translation>
    </message>
    <message>
        <source>{n} 条</source>
        <translation>{n} found</translation>
    </message>
    <message>
        <source>销售档案</source>
        <translation>Sales file</translation>
    </message>
    <message>
        <source>维修档案</source>
        <translation>Repair file</translation>
    </message>
    <message>
        <source>{person}（未交 {outstanding}，迟交 {late}）</source>
        <translation>{person} (outstanding {outstanding}, late {late})</translation>
    </message>
    <message>
        <source>未交</source>
        <translation>not handed over</translation>
    </message>
    <message>
        <source>请先在查询结果中选中要装盒的车辆（可多选）。</source>
        <translation>First select the vehicles to pack in the search results (several allowed).</translation>
    </message>
    <message>
        <source>已装入档案盒 {box}：{n} 辆，盒内共 {total} 辆。</source>
        <translation>Packed into box {box}: {n} vehicle(s); {total} in the box now.</translation>
    </message>
    <message>
        <source>档案盒 {box} 已封盒。</source>
        <translation>Box {box} is sealed.</translation>
    </message>
    <message>
        <source>档案盒 {box} 的内容清单已保存到 {path}（{pages} 页）。</source>
        <translation>The content list of box {box} was saved to {path} ({pages} page(s)).</translation>
    </message>
    <message>
        <source>正在生成内容清单…</source>
        <translation>Making the content list…</translation>
    </message>
    <message>
        <source>已导入 {rows} 行：新建客户 {created} 位，并入已有客户 {existing} 行，车辆 {vehicles} 辆。</source>
        <translation>Imported {rows} rows: {created} new customers, {existing} rows added to existing customers, {vehicles} vehicles.</translation>
    </message>
    <message>
        <source>正在导入档案台账…</source>
        <translation>Importing the archive list…</translation>
    </message>
    <message>
        <source>档案台账.xlsx</source>
        <translation>archive-list.xlsx</translation>
    </message>
    <message>
        <source>证件号码已部分隐去（本角色无权查看完整号码）。</source>
        <translation> ID numbers are masked (this role may not see them in full).</translation>
    </message>
    <message>
        <source>已导出 {n} 辆车的档案到 {path}。</source>
        <translation>Exported the files of {n} vehicles to {path}.</translation>
    </message>
    <message>
        <source>正在导出档案台账…</source>
        <translation>Exporting the archive list…</translation>
    </message>
    <message>
        <source>档案台账导入模板.xlsx</source>
        <translation>archive list template.xlsx</translation>
    </message>
    <message>
        <source>模板已保存到 {path}：每行一辆车；证件号码请按文本填写。</source>
        <translation>Template saved to {path}: one vehicle per row; type ID numbers as text.</translation>
    </message>
    <message>
        <source>导入档案台账</source>
        <translation>Import archive list</translation>
    </message>
    <message>
        <source>15 位身份证号码</source>
        <translation>15-digit resident ID</translation>
    </message>
    <message>
        <source>文件中有 {n} 个 15 位身份证号，转为 18 位后导入？</source>
        <translation>The file has {n} 15-digit resident IDs. Convert them to 18 digits and import?</translation>
    </message>
    <message>
        <source>转换并导入</source>
        <translation>Convert and import</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
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
        <source>登录待设置新密码</source>
        <translation>Login pending a new password</translation>
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
        <translation>back up the database</translation>
    </message>
    <message>
        <source>恢复数据库</source>
        <translation>Database restored</translation>
    </message>
    <message>
        <source>新建客户</source>
        <translation>New customer</translation>
    </message>
    <message>
        <source>修改客户</source>
        <translation>Edit customer</translation>
    </message>
    <message>
        <source>登记车辆</source>
        <translation>Register vehicle</translation>
    </message>
    <message>
        <source>登记进厂</source>
        <translation>Record a workshop visit</translation>
    </message>
    <message>
        <source>更改资料状态</source>
        <translation>Change paper state</translation>
    </message>
    <message>
        <source>新建资料交接单</source>
        <translation>New handover batch</translation>
    </message>
    <message>
        <source>接收资料交接单</source>
        <translation>Handover batch received</translation>
    </message>
    <message>
        <source>作废资料交接单</source>
        <translation>Handover batch cancelled</translation>
    </message>
    <message>
        <source>资料移交档案室</source>
        <translation>Hand papers to the archive</translation>
    </message>
    <message>
        <source>装盒</source>
        <translation>Pack box</translation>
    </message>
    <message>
        <source>封盒</source>
        <translation>Seal box</translation>
    </message>
    <message>
        <source>设置节假日</source>
        <translation>Set holiday</translation>
    </message>
    <message>
        <source>取消节假日</source>
        <translation>Remove holiday</translation>
    </message>
    <message>
        <source>导入档案台账</source>
        <translation>Import archive list</translation>
    </message>
    <message>
        <source>导出档案台账</source>
        <translation>Exported archive list</translation>
    </message>
    <message>
        <source>导出或打印个人信息</source>
        <translation>Exported or printed personal data</translation>
    </message>
    <message>
        <source>导出个人信息被拒绝</source>
        <translation>Export of personal data refused</translation>
    </message>
    <message>
        <source>设置分公司时区</source>
        <translation>Set the branch&apos;s time zone</translation>
    </message>
    <message>
        <source>导出操作记录</source>
        <translation>Exported the activity log</translation>
    </message>
    <message>
        <source>添加扫描件</source>
        <translation>Add scan</translation>
    </message>
    <message>
        <source>删除扫描件</source>
        <translation>Remove scan</translation>
    </message>
    <message>
        <source>生成演示档案</source>
        <translation>Build demo archives</translation>
    </message>
    <message>
        <source>生成回访任务</source>
        <translation>Create callbacks</translation>
    </message>
    <message>
        <source>登记回访</source>
        <translation>Record callback</translation>
    </message>
    <message>
        <source>设为勿扰</source>
        <translation>Set do-not-contact</translation>
    </message>
    <message>
        <source>取消勿扰</source>
        <translation>Allow contact again</translation>
    </message>
    <message>
        <source>生成演示回访</source>
        <translation>Build demo callbacks</translation>
    </message>
    <message>
        <source>关怀已发送</source>
        <translation>Care message sent</translation>
    </message>
    <message>
        <source>批量标记关怀已发送</source>
        <translation>Mark care messages sent</translation>
    </message>
    <message>
        <source>修改关怀短信模板</source>
        <translation>Care message template changed</translation>
    </message>
    <message>
        <source>受理投诉</source>
        <translation>Receive complaint</translation>
    </message>
    <message>
        <source>确认投诉</source>
        <translation>Confirm complaint</translation>
    </message>
    <message>
        <source>分派投诉</source>
        <translation>Assign complaint</translation>
    </message>
    <message>
        <source>处理投诉</source>
        <translation>Resolve complaint</translation>
    </message>
    <message>
        <source>投诉回访</source>
        <translation>Complaint follow-up</translation>
    </message>
    <message>
        <source>投诉结案</source>
        <translation>Closed complaint</translation>
    </message>
    <message>
        <source>登记投诉处理步骤</source>
        <translation>Recorded a complaint call step</translation>
    </message>
    <message>
        <source>保存回访话术</source>
        <translation>Saved a call script</translation>
    </message>
    <message>
        <source>停用回访话术</source>
        <translation>Retired a call script</translation>
    </message>
    <message>
        <source>修改回访调查表</source>
        <translation>Changed a callback survey form</translation>
    </message>
    <message>
        <source>开立整改项</source>
        <translation>Open an improvement item</translation>
    </message>
    <message>
        <source>登记整改措施</source>
        <translation>Recorded an improvement action</translation>
    </message>
    <message>
        <source>验证整改</source>
        <translation>Verified an improvement item</translation>
    </message>
    <message>
        <source>设置整改低分线</source>
        <translation>Set the low-score threshold</translation>
    </message>
    <message>
        <source>维护整改部门</source>
        <translation>Maintained a department</translation>
    </message>
    <message>
        <source>保存客户档案</source>
        <translation>Save customer profile</translation>
    </message>
    <message>
        <source>打印客户档案</source>
        <translation>Print customer profile</translation>
    </message>
    <message>
        <source>复核客户档案</source>
        <translation>Review customer profile</translation>
    </message>
    <message>
        <source>删除客户个人信息</source>
        <translation>Erase customer&apos;s personal data</translation>
    </message>
    <message>
        <source>恢复备份后再次删除客户个人信息</source>
        <translation>Customer personal information erased again after a restore</translation>
    </message>
    <message>
        <source>登记同意书</source>
        <translation>Record consent</translation>
    </message>
    <message>
        <source>撤回同意</source>
        <translation>Withdraw consent</translation>
    </message>
    <message>
        <source>查看敏感信息</source>
        <translation>View sensitive data</translation>
    </message>
    <message>
        <source>打印敏感信息</source>
        <translation>Print sensitive data</translation>
    </message>
    <message>
        <source>记账</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>冲销</source>
        <translation>Reverse</translation>
    </message>
    <message>
        <source>新建往来单位</source>
        <translation>New party</translation>
    </message>
    <message>
        <source>修改往来单位</source>
        <translation>Edit party</translation>
    </message>
    <message>
        <source>新建备件</source>
        <translation>New part</translation>
    </message>
    <message>
        <source>修改备件</source>
        <translation>Edit part</translation>
    </message>
    <message>
        <source>导入往来单位</source>
        <translation>Import parties</translation>
    </message>
    <message>
        <source>导入备件</source>
        <translation>Import parts</translation>
    </message>
    <message>
        <source>随单据导入新备件</source>
        <translation>New parts from a document import</translation>
    </message>
    <message>
        <source>导入单据</source>
        <translation>Import documents</translation>
    </message>
    <message>
        <source>保存草稿</source>
        <translation>Save draft</translation>
    </message>
    <message>
        <source>放弃草稿</source>
        <translation>Discard draft</translation>
    </message>
    <message>
        <source>生成日报</source>
        <translation>Produce daily report</translation>
    </message>
    <message>
        <source>财务签字</source>
        <translation>Finance sign-off</translation>
    </message>
    <message>
        <source>经理签字</source>
        <translation>Manager sign-off</translation>
    </message>
    <message>
        <source>日报已发出</source>
        <translation>Report sent</translation>
    </message>
    <message>
        <source>日报发送失败</source>
        <translation>Report sending failed</translation>
    </message>
    <message>
        <source>修改报表发送设置</source>
        <translation>Report sending settings changed</translation>
    </message>
    <message>
        <source>重开日报</source>
        <translation>Reopen daily report</translation>
    </message>
    <message>
        <source>出具对账单</source>
        <translation>Issue statement</translation>
    </message>
    <message>
        <source>登记对账回执</source>
        <translation>Record statement reply</translation>
    </message>
    <message>
        <source>处理对账差异</source>
        <translation>Resolve statement difference</translation>
    </message>
    <message>
        <source>开始盘点</source>
        <translation>Start stocktake</translation>
    </message>
    <message>
        <source>录入盘点数</source>
        <translation>Enter counts</translation>
    </message>
    <message>
        <source>填写盘点差异原因</source>
        <translation>Give a count difference reason</translation>
    </message>
    <message>
        <source>批准盘点</source>
        <translation>Approve stocktake</translation>
    </message>
    <message>
        <source>取消盘点</source>
        <translation>Cancel stocktake</translation>
    </message>
    <message>
        <source>设置安全库存</source>
        <translation>Set safety stock</translation>
    </message>
    <message>
        <source>到货检验</source>
        <translation>Arrival inspection</translation>
    </message>
    <message>
        <source>添加检验照片</source>
        <translation>Add inspection photo</translation>
    </message>
    <message>
        <source>备注检验异常</source>
        <translation>Note inspection anomaly</translation>
    </message>
    <message>
        <source>关闭检验异常</source>
        <translation>Close inspection anomaly</translation>
    </message>
    <message>
        <source>登记序列号</source>
        <translation>Record serial numbers</translation>
    </message>
    <message>
        <source>生成旧件标签</source>
        <translation>Old-part tags made</translation>
    </message>
    <message>
        <source>返总部坏件装箱</source>
        <translation>Bad parts for HQ packed into boxes</translation>
    </message>
    <message>
        <source>扫描旧件标签返总部</source>
        <translation>Old-part tags scanned into a return to HQ</translation>
    </message>
    <message>
        <source>按箱或标签确认总部收件</source>
        <translation>HQ&apos;s receipt confirmed per box or tag</translation>
    </message>
    <message>
        <source>添加问候节日</source>
        <translation>Add greeting festival</translation>
    </message>
    <message>
        <source>删除问候节日</source>
        <translation>Remove greeting festival</translation>
    </message>
    <message>
        <source>导入节假日日历</source>
        <translation>Import holiday calendar</translation>
    </message>
    <message>
        <source>按国务院通知补全节假日</source>
        <translation>Fill holidays from the State Council notices</translation>
    </message>
    <message>
        <source>打印日报</source>
        <translation>Print daily report</translation>
    </message>
    <message>
        <source>修改分公司信息</source>
        <translation>Change the branch identity</translation>
    </message>
    <message>
        <source>设置客户价值分类规则</source>
        <translation>Set the customer value class rules</translation>
    </message>
    <message>
        <source>设置会员等级与权益</source>
        <translation>Set member levels and benefits</translation>
    </message>
    <message>
        <source>会员入会</source>
        <translation>Member enrolled</translation>
    </message>
    <message>
        <source>会员续期</source>
        <translation>Membership renewed</translation>
    </message>
    <message>
        <source>登记会员权益使用</source>
        <translation>Member benefit used</translation>
    </message>
    <message>
        <source>策划客户活动</source>
        <translation>Plan a customer event</translation>
    </message>
    <message>
        <source>取消客户活动</source>
        <translation>Cancel a customer event</translation>
    </message>
    <message>
        <source>登记活动实际费用</source>
        <translation>Record an event&apos;s actual cost</translation>
    </message>
    <message>
        <source>添加活动邀请对象</source>
        <translation>Add event invitees</translation>
    </message>
    <message>
        <source>登记活动邀请</source>
        <translation>Record event invitations</translation>
    </message>
    <message>
        <source>活动报名</source>
        <translation>Event sign-up</translation>
    </message>
    <message>
        <source>退出活动报名</source>
        <translation>Withdraw an event sign-up</translation>
    </message>
    <message>
        <source>活动签到</source>
        <translation>Event sign-in</translation>
    </message>
    <message>
        <source>登记活动反馈</source>
        <translation>Record event feedback</translation>
    </message>
    <message>
        <source>生成演示客户活动</source>
        <translation>Build demo customer events</translation>
    </message>
    <message>
        <source>登记客户沟通风格</source>
        <translation>Record a customer&apos;s communication style</translation>
    </message>
    <message>
        <source>修改沟通风格指引</source>
        <translation>Change communication-style guidance</translation>
    </message>
    <message>
        <source>生成演示沟通风格</source>
        <translation>Build demo communication styles</translation>
    </message>
    <message>
        <source>其他操作</source>
        <translation>Other action</translation>
    </message>
    <message>
        <source>用户</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>数据库</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>车辆</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <source>进厂记录</source>
        <translation>Workshop visit</translation>
    </message>
    <message>
        <source>销售档案</source>
        <translation>Sales file</translation>
    </message>
    <message>
        <source>维修档案</source>
        <translation>Repair file</translation>
    </message>
    <message>
        <source>档案盒</source>
        <translation>Archive box</translation>
    </message>
    <message>
        <source>资料交接单</source>
        <translation>Handover batch</translation>
    </message>
    <message>
        <source>节假日</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <source>车辆档案</source>
        <translation>Vehicle archives</translation>
    </message>
    <message>
        <source>扫描件</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>回访</source>
        <translation>Callback</translation>
    </message>
    <message>
        <source>客户关怀</source>
        <translation>Customer care</translation>
    </message>
    <message>
        <source>关怀短信模板</source>
        <translation>Care message template</translation>
    </message>
    <message>
        <source>投诉</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>回访话术</source>
        <translation>Call scripts</translation>
    </message>
    <message>
        <source>回访调查表</source>
        <translation>Callback survey form</translation>
    </message>
    <message>
        <source>整改项</source>
        <translation>improvement items</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>单据</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>往来单位</source>
        <translation>Counterparty</translation>
    </message>
    <message>
        <source>备件</source>
        <translation>Parts</translation>
    </message>
    <message>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>日报</source>
        <translation>Daily report</translation>
    </message>
    <message>
        <source>对账单</source>
        <translation>Statement</translation>
    </message>
    <message>
        <source>对账差异</source>
        <translation>Statement difference</translation>
    </message>
    <message>
        <source>盘点</source>
        <translation>Stocktake</translation>
    </message>
    <message>
        <source>检验异常</source>
        <translation>Inspection anomaly</translation>
    </message>
    <message>
        <source>序列号</source>
        <translation>Serial numbers</translation>
    </message>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>分公司信息</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>个人信息</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <source>会员</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>客户活动</source>
        <translation>Customer event</translation>
    </message>
    <message>
        <source>沟通风格指引</source>
        <translation>Communication-style guidance</translation>
    </message>
    <message>
        <source>档案台账</source>
        <translation>archive list</translation>
    </message>
    <message>
        <source>麦凯66客户档案</source>
        <translation>Mackay 66 profile</translation>
    </message>
    <message>
        <source>档案封面</source>
        <translation>archive cover sheet</translation>
    </message>
    <message>
        <source>档案盒清单</source>
        <translation>box content list</translation>
    </message>
    <message>
        <source>资料交接表单</source>
        <translation>Handover form</translation>
    </message>
    <message>
        <source>关怀短信 / 信函名单</source>
        <translation>Care SMS / letter list</translation>
    </message>
    <message>
        <source>回访报表</source>
        <translation>callback report</translation>
    </message>
    <message>
        <source>客户名单</source>
        <translation>customer list</translation>
    </message>
    <message>
        <source>回访名单</source>
        <translation>callback list</translation>
    </message>
    <message>
        <source>投诉名单</source>
        <translation>complaint list</translation>
    </message>
    <message>
        <source>操作记录</source>
        <translation>activity log</translation>
    </message>
    <message>
        <source>会员名单</source>
        <translation>Member list</translation>
    </message>
    <message>
        <source>会员证</source>
        <translation>Member card</translation>
    </message>
    <message>
        <source>客户价值名单</source>
        <translation>Customer value list</translation>
    </message>
    <message>
        <source>整改清单</source>
        <translation>improvement list</translation>
    </message>
    <message>
        <source>客户投诉处理表</source>
        <translation>complaint form</translation>
    </message>
    <message>
        <source>活动邀请名单</source>
        <translation>Event invitation list</translation>
    </message>
    <message>
        <source>活动签到表</source>
        <translation>Event sign-in sheet</translation>
    </message>
    <message>
        <source>活动客户名单</source>
        <translation>Event customer list</translation>
    </message>
    <message>
        <source>{what}（{file}）</source>
        <translation>{what} ({file})</translation>
    </message>
    <message>
        <source>{what} {records} 条 → {file}</source>
        <translation>{what}, {records} records → {file}</translation>
    </message>
    <message>
        <source>冲销单 {number}（冲销 {original}）</source>
        <translation>Reversal {number} (reverses {original})</translation>
    </message>
    <message>
        <source>{doc_type}草稿</source>
        <translation>{doc_type} draft</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>用户(&amp;U)</source>
        <translation>&amp;User</translation>
    </message>
    <message>
        <source>操作(&amp;O)</source>
        <translation>&amp;Action</translation>
    </message>
    <message>
        <source>对象(&amp;B)</source>
        <translation>O&amp;bject</translation>
    </message>
    <message>
        <source>日期(&amp;D)</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>审计链</source>
        <translation>Audit chain</translation>
    </message>
    <message>
        <source>校验(&amp;C)</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <source>正在校验……</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>核对打印日报的校验码</source>
        <translation>Check a printed daily report&apos;s fingerprint</translation>
    </message>
    <message>
        <source>业务日期(&amp;T)</source>
        <translation>Business da&amp;te</translation>
    </message>
    <message>
        <source>校验码(&amp;F)</source>
        <translation>&amp;Fingerprint</translation>
    </message>
    <message>
        <source>如 ABCD-EFGH-2345</source>
        <translation>e.g. ABCD-EFGH-2345</translation>
    </message>
    <message>
        <source>核对(&amp;V)</source>
        <translation>&amp;Verify</translation>
    </message>
    <message>
        <source>全部用户</source>
        <translation>All users</translation>
    </message>
    <message>
        <source>全部操作</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>全部对象</source>
        <translation>All objects</translation>
    </message>
    <message>
        <source>操作记录.xlsx</source>
        <translation>activity-log.xlsx</translation>
    </message>
    <message>
        <source>正在导出操作记录…</source>
        <translation>Exporting the activity log…</translation>
    </message>
    <message>
        <source>已导出 {n} 条操作记录。</source>
        <translation>Exported {n} log entries.</translation>
    </message>
    <message>
        <source>发现问题：</source>
        <translation>Problems found: </translation>
    </message>
    <message>
        <source>完好：{n} 条记录环环相扣，数据库的保护触发器都在。</source>
        <translation>Intact: {n} entries, each linked to the one before, and the database&apos;s guards are all in place.</translation>
    </message>
    <message>
        <source>请填写报表签字下方的校验码。</source>
        <translation>Type the fingerprint printed under the report&apos;s signatures.</translation>
    </message>
</context>
<context>
    <name>BackupPanel</name>
    <message>
        <source>立即备份(&amp;B)…</source>
        <translation>&amp;Back up now…</translation>
    </message>
    <message>
        <source>从备份恢复(&amp;R)…</source>
        <translation>&amp;Restore from backup…</translation>
    </message>
    <message>
        <source>把数据库文件完整复制一份；备份时其他人可以继续录入。</source>
        <translation>Makes a complete copy of the database file; others can keep entering data meanwhile.</translation>
    </message>
    <message>
        <source>PostgreSQL 数据库请用服务器自带的 pg_dump / pg_restore 备份和恢复，见 README。</source>
        <translation>Back up and restore a PostgreSQL database with the server&apos;s own pg_dump / pg_restore, see README.</translation>
    </message>
    <message>
        <source>正在备份…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>已备份到 {path}</source>
        <translation>Backed up to {path}</translation>
    </message>
    <message>
        <source>已从 {source} 恢复。</source>
        <translation>Restored from {source}.</translation>
    </message>
    <message>
        <source>正在检查备份文件…</source>
        <translation>Checking the backup file…</translation>
    </message>
    <message>
        <source>备份到</source>
        <translation>Back up to</translation>
    </message>
    <message>
        <source>SQLite 数据库 (*.sqlite3)</source>
        <translation>SQLite database (*.sqlite3)</translation>
    </message>
    <message>
        <source>选择备份文件</source>
        <translation>Choose a backup file</translation>
    </message>
    <message>
        <source>SQLite 数据库 (*.sqlite3 *.db);;所有文件 (*)</source>
        <translation>SQLite database (*.sqlite3 *.db);;All files (*)</translation>
    </message>
    <message>
        <source>从备份恢复</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>只有管理员可以从备份恢复数据库：恢复会换掉整个数据库，包括用户和角色。</source>
        <translation>Only an administrator can restore the database from a backup: a restore replaces the whole database, users and roles included.</translation>
    </message>
    <message>
        <source>正在检查备份文件（完整性、结构、审计链、已签日报、账目）并恢复…</source>
        <translation>Checking the backup file (integrity, structure, audit chain, signed daily reports, books) and restoring…</translation>
    </message>
    <message>
        <source>用 {time} 的备份 {name} 替换现在的数据库？

先检查备份文件的完整性、结构、审计链、已签日报和账目，发现问题就不恢复；通过后现在的数据库先另存到 backups 目录。恢复后程序需要重新启动。</source>
        <translation>Replace the current database with the backup {name} of {time}?

The backup file is checked first (integrity, structure, audit chain, signed daily reports and books) and not restored if anything is wrong; once it passes, the current database is saved to the backups folder first. The program must restart after the restore.</translation>
    </message>
    <message>
        <source>恢复(&amp;R)</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>数据库已恢复。程序要重新启动才能显示恢复后的数据。</source>
        <translation>The database was restored. The program has to start again to show the restored data.</translation>
    </message>
    <message>
        <source>恢复前的数据库已另存为 {saved}</source>
        <translation>The database as it was before the restore was saved as {saved}</translation>
    </message>
    <message>
        <source>立即重新启动(&amp;S)</source>
        <translation>Re&amp;start now</translation>
    </message>
    <message>
        <source>稍后</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>BenefitDialog</name>
    <message>
        <source>登记权益使用</source>
        <translation>Record a benefit used</translation>
    </message>
    <message>
        <source>权益(&amp;B)</source>
        <translation>&amp;Benefit</translation>
    </message>
    <message>
        <source>使用日期(&amp;D)</source>
        <translation>&amp;Date used</translation>
    </message>
    <message>
        <source>备注(&amp;N)</source>
        <translation>&amp;Note</translation>
    </message>
</context>
<context>
    <name>Books</name>
    <message>
        <source>好件库存</source>
        <translation>Good stock</translation>
    </message>
    <message>
        <source>坏件库存</source>
        <translation>Bad stock</translation>
    </message>
    <message>
        <source>在途（总部发来）</source>
        <translation>In transit (from HQ)</translation>
    </message>
    <message>
        <source>在途（返总部）</source>
        <translation>In transit (to HQ)</translation>
    </message>
    <message>
        <source>欠人坏件</source>
        <translation>Bad parts we owe</translation>
    </message>
    <message>
        <source>人欠坏件</source>
        <translation>Bad parts owed to us</translation>
    </message>
</context>
<context>
    <name>BranchPanel</name>
    <message>
        <source>分公司名称(&amp;M)</source>
        <translation>Branch na&amp;me</translation>
    </message>
    <message>
        <source>品牌(&amp;K)</source>
        <translation>Brand / ma&amp;ke</translation>
    </message>
    <message>
        <source>地址(&amp;A)</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <source>电话(&amp;O)</source>
        <translation>Ph&amp;one</translation>
    </message>
    <message>
        <source>分公司编码(&amp;C)</source>
        <translation>Branch &amp;code</translation>
    </message>
    <message>
        <source>如 河南分公司客服部</source>
        <translation>e.g. 河南分公司客服部</translation>
    </message>
    <message>
        <source>如 HN01</source>
        <translation>e.g. HN01</translation>
    </message>
    <message>
        <source>如 0371-65881234</source>
        <translation>e.g. 0371-65881234</translation>
    </message>
    <message>
        <source>保存分公司信息(&amp;F)</source>
        <translation>Save branch in&amp;fo</translation>
    </message>
    <message>
        <source>打印在每张报表、对账单、表格和标签的抬头，并显示在窗口标题中。</source>
        <translation>Printed in the header of every report, statement, form and label, and shown in the window title.</translation>
    </message>
    <message>
        <source>打印在每张报表的抬头。只有管理员可以修改。</source>
        <translation>Printed in the header of every report. Only an administrator can change it.</translation>
    </message>
    <message>
        <source>分公司信息已保存：{name}。</source>
        <translation>Branch information saved: {name}.</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <source>节假日日历</source>
        <translation>Holiday calendar</translation>
    </message>
    <message>
        <source>关闭(&amp;C)</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>一</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>二</source>
        <translation>Tu</translation>
    </message>
    <message>
        <source>三</source>
        <translation>We</translation>
    </message>
    <message>
        <source>四</source>
        <translation>Th</translation>
    </message>
    <message>
        <source>五</source>
        <translation>Fr</translation>
    </message>
    <message>
        <source>六</source>
        <translation>Sa</translation>
    </message>
    <message>
        <source>日</source>
        <translation>Su</translation>
    </message>
    <message>
        <source>星期一</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>星期二</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>星期三</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>星期四</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>星期五</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>星期六</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>星期日</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>放假</source>
        <translation>Day off</translation>
    </message>
    <message>
        <source>调休上班</source>
        <translation>Make-up day</translation>
    </message>
    <message>
        <source>平常日</source>
        <translation>Ordinary day</translation>
    </message>
    <message>
        <source>公历日期</source>
        <translation>Gregorian date</translation>
    </message>
    <message>
        <source>农历日期</source>
        <translation>Lunar date</translation>
    </message>
    <message>
        <source>某月第几个星期几</source>
        <translation>N-th weekday of a month</translation>
    </message>
    <message>
        <source>每年 {month} 月 {day} 日</source>
        <translation>every year on {month}/{day}</translation>
    </message>
    <message>
        <source>农历 {month} 月 {day} 日</source>
        <translation>lunar {month}/{day}</translation>
    </message>
    <message>
        <source>{month} 月第 {n} 个{weekday}</source>
        <translation>{weekday} no. {n} of month {month}</translation>
    </message>
    <message>
        <source>{month} 月</source>
        <translation>Month {month}</translation>
    </message>
    <message>
        <source>班</source>
        <translation>W</translation>
    </message>
    <message>
        <source>{day}（{weekday}）</source>
        <translation>{day} ({weekday})</translation>
    </message>
    <message>
        <source>这一天(&amp;K)</source>
        <translation>This &amp;day is</translation>
    </message>
    <message>
        <source>名称(&amp;N)</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>如 春节、国庆节；留空按类型命名</source>
        <translation>e.g. 春节, 国庆节; empty: named by its kind</translation>
    </message>
    <message>
        <source>添加本店节日</source>
        <translation>Add a branch festival</translation>
    </message>
    <message>
        <source>日期规则(&amp;R)</source>
        <translation>Date &amp;rule</translation>
    </message>
    <message>
        <source>月(&amp;M)</source>
        <translation>&amp;Month</translation>
    </message>
    <message>
        <source>日 / 第几个(&amp;D)</source>
        <translation>&amp;Day / n-th</translation>
    </message>
    <message>
        <source>星期(&amp;W)</source>
        <translation>&amp;Weekday</translation>
    </message>
    <message>
        <source>如 母亲节、店庆</source>
        <translation>e.g. 母亲节 (Mother&apos;s Day), shop anniversary</translation>
    </message>
    <message>
        <source>年份(&amp;Y)</source>
        <translation>&amp;Year</translation>
    </message>
    <message>
        <source>从 Excel 导入(&amp;I)…</source>
        <translation>&amp;Import from Excel…</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;background:#fde2e0;color:#b3261e&apos;&gt;&amp;nbsp;放假&amp;nbsp;&lt;/span&gt;&amp;nbsp;&amp;nbsp;&lt;span style=&apos;background:#e3edf7;color:#2f5d8a&apos;&gt;&amp;nbsp;调休上班&amp;nbsp;&lt;/span&gt;&amp;nbsp;&amp;nbsp;&lt;span style=&apos;color:#8a949e&apos;&gt;周末&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;background:#fde2e0;color:#b3261e&apos;&gt;&amp;nbsp;Day off&amp;nbsp;&lt;/span&gt;&amp;nbsp;&amp;nbsp;&lt;span style=&apos;background:#e3edf7;color:#2f5d8a&apos;&gt;&amp;nbsp;Make-up day (worked)&amp;nbsp;&lt;/span&gt;&amp;nbsp;&amp;nbsp;&lt;span style=&apos;color:#8a949e&apos;&gt;Weekend&lt;/span&gt;</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>星期</source>
        <translation>Weekday</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>本店节日（客户关怀问候）</source>
        <translation>Branch festivals (care greetings)</translation>
    </message>
    <message>
        <source>添加(&amp;A)…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>删除(&amp;D)</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>{year} 年节假日尚未录入：该年的截止日期暂按周末计算。请按国务院通知录入放假和调休上班的日子（录入元旦后该年即算已录入），或从 Excel 导入（工作表“日历”：日期 | 类型 | 名称）。</source>
        <translation>Public holidays of {year} have not been entered: deadlines in that year count weekends only for now. Enter the days off and make-up working days of the State Council notice (the year counts as entered once its New Year&apos;s Day is), or import them from Excel (sheet 日历: 日期 | 类型 | 名称).</translation>
    </message>
    <message>
        <source>{year} 年：放假 {off} 天（其中工作日 {weekdays} 天），调休上班 {work} 天。</source>
        <translation>{year}: {off} days off ({weekdays} of them weekdays), {work} make-up working days.</translation>
    </message>
    <message>
        <source>只有经理可以修改。</source>
        <translation>Only a manager may change it.</translation>
    </message>
    <message>
        <source>只有经理可以修改节假日日历。</source>
        <translation>Only a manager may change the holiday calendar.</translation>
    </message>
    <message>
        <source>已保存 {day}；{moved} 份未移交资料的截止日随之调整。</source>
        <translation>Saved {day}; the deadlines of {moved} files not yet handed over moved with it.</translation>
    </message>
    <message>
        <source>导入节假日</source>
        <translation>Import holidays</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>已导入 {days} 天（{years} 年）；{moved} 份未移交资料的截止日随之调整。</source>
        <translation>Imported {days} days ({years}); the deadlines of {moved} files not yet handed over moved with them.</translation>
    </message>
    <message>
        <source>请先在列表中选中要删除的节日。</source>
        <translation>First select the festival to delete in the list.</translation>
    </message>
    <message>
        <source>已删除本店节日“{name}”。</source>
        <translation>Branch festival &quot;{name}&quot; deleted.</translation>
    </message>
</context>
<context>
    <name>CallbackDialog</name>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>回访登记</source>
        <translation>Record callback</translation>
    </message>
    <message>
        <source>{kind}：{customer}  {phone}  {plate}  应访 {due}</source>
        <translation>{kind}: {customer}  {phone}  {plate}  due {due}</translation>
    </message>
    <message>
        <source>已接通(&amp;Y)</source>
        <translation>Reached (&amp;Y)</translation>
    </message>
    <message>
        <source>未接通，明天再拨(&amp;N)</source>
        <translation>&amp;Not reached, call again tomorrow</translation>
    </message>
    <message>
        <source>客户拒绝(&amp;R)</source>
        <translation>Customer &amp;refused</translation>
    </message>
    <message>
        <source>每项 1 到 {high} 分（调查表第 {version} 版）</source>
        <translation>Each item 1 to {high} (survey form version {version})</translation>
    </message>
    <message>
        <source>备注：客户意见、建议、需改善之处</source>
        <translation>Remarks: the customer&apos;s opinions, suggestions, what to improve</translation>
    </message>
    <message>
        <source>客户要求不再联系（免打扰）</source>
        <translation>Customer asks not to be contacted again (do not contact)</translation>
    </message>
</context>
<context>
    <name>CallbacksPanel</name>
    <message>
        <source>今日待回访</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>逾期未回访</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>已结束</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>生成今日回访(&amp;G)</source>
        <translation>&amp;Generate today&apos;s callbacks</translation>
    </message>
    <message>
        <source>回访登记(&amp;C)</source>
        <translation>Record &amp;callback</translation>
    </message>
    <message>
        <source>设为免打扰(&amp;B)</source>
        <translation>Do not contact (&amp;B)</translation>
    </message>
    <message>
        <source>日报</source>
        <translation>Daily report</translation>
    </message>
    <message>
        <source>周报</source>
        <translation>Weekly report</translation>
    </message>
    <message>
        <source>月报</source>
        <translation>Monthly report</translation>
    </message>
    <message>
        <source>输出报表(&amp;P)</source>
        <translation>Save re&amp;port</translation>
    </message>
    <message>
        <source>工作月报表(&amp;W)…</source>
        <translation>&amp;Work-month report…</translation>
    </message>
    <message>
        <source>二级回访抽样</source>
        <translation>Second-level sample</translation>
    </message>
    <message>
        <source>三级回访抽样</source>
        <translation>Third-level sample</translation>
    </message>
    <message>
        <source>全部客户</source>
        <translation>All customers</translation>
    </message>
    <message>
        <source>会员</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>已生成 {n} 条回访任务。</source>
        <translation>{n} callbacks generated.</translation>
    </message>
    <message>
        <source>请先在列表中选中一条回访。</source>
        <translation>Select a callback in the list first.</translation>
    </message>
    <message>
        <source>{customer}：{state}</source>
        <translation>{customer}: {state}</translation>
    </message>
    <message>
        <source>{items} 在整改低分线以下，可在“整改”页开立整改项。</source>
        <translation>{items} at or below the low-score threshold: an improvement item can be opened on the Improvements tab.</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>免打扰</source>
        <translation>Do not contact</translation>
    </message>
    <message>
        <source>原因(&amp;R)：</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>{customer} 已设为免打扰，取消 {n} 条待回访。</source>
        <translation>{customer} is now do-not-contact; {n} open callbacks cancelled.</translation>
    </message>
    <message>
        <source>报表已保存：{path}</source>
        <translation>Report saved: {path}</translation>
    </message>
    <message>
        <source>正在输出回访报表…</source>
        <translation>Writing the callback report…</translation>
    </message>
    <message>
        <source>客服中心工作月报表-{month}.pdf</source>
        <translation>work-month-report-{month}.pdf</translation>
    </message>
    <message>
        <source>工作月报表已保存：{path}</source>
        <translation>Work-month report saved: {path}</translation>
    </message>
    <message>
        <source>正在生成工作月报表…</source>
        <translation>Making the work-month report…</translation>
    </message>
    <message>
        <source>回访类型</source>
        <translation>Callback kind</translation>
    </message>
    <message>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>车牌号</source>
        <translation>Plate</translation>
    </message>
    <message>
        <source>一级回访日期</source>
        <translation>First callback on</translation>
    </message>
    <message>
        <source>新车客户</source>
        <translation>New-car customer</translation>
    </message>
    <message>
        <source>大额维修</source>
        <translation>Large repair</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>车型</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>维修金额</source>
        <translation>Repair amount</translation>
    </message>
    <message>
        <source>二级回访抽样（上月）</source>
        <translation>Second-level sample (last month)</translation>
    </message>
    <message>
        <source>三级回访抽样（上季度）</source>
        <translation>Third-level sample (last quarter)</translation>
    </message>
</context>
<context>
    <name>CardWidget</name>
    <message>
        <source>查看清单 ›</source>
        <translation>Open list ›</translation>
    </message>
</context>
<context>
    <name>CarePanel</name>
    <message>
        <source>全部关怀</source>
        <translation>All care items</translation>
    </message>
    <message>
        <source>标记选中为已发送(&amp;D)</source>
        <translation>Mark selecte&amp;d as sent</translation>
    </message>
    <message>
        <source>导出短信 / 信函(&amp;M)…</source>
        <translation>SMS / &amp;letters…</translation>
    </message>
    <message>
        <source>全体客户</source>
        <translation>All customers</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>对象</source>
        <translation>For</translation>
    </message>
    <message>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>请先选中要标记的行。</source>
        <translation>Select the rows to mark first.</translation>
    </message>
    <message>
        <source>已标记 {n} 条为已发送。</source>
        <translation>{n} marked as sent.</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <source>会员号不连续：共 {count} 位会员，最大会员号 {highest}，缺少 {missing}。</source>
        <translation>Member numbers have a gap: {count} members, the highest number {highest}, missing {missing}.</translation>
    </message>
    <message>
        <source>会员 {number} 的续期日为 {due}，但最近一次续期记录续至 {renewed_to}。</source>
        <translation>Member {number} is due for renewal on {due}, but the latest renewal recorded runs to {renewed_to}.</translation>
    </message>
    <message>
        <source>扫描件内容校验失败：存储编号 {blob_id} 的 SHA-256 应为 {expected}，实际为 {actual}（内容已损坏或被改动）。</source>
        <translation>Scan content check failed: stored blob {blob_id} should have SHA-256 {expected} but has {actual} (the content is damaged or was altered).</translation>
    </message>
    <message>
        <source>扫描件存储编号 {blob_id} 记录大小 {recorded} 字节，实际 {actual} 字节。</source>
        <translation>Stored scan blob {blob_id} is recorded as {recorded} bytes but has {actual} bytes.</translation>
    </message>
    <message>
        <source>扫描件 {scan_id} 记在车辆 {recorded} 名下，但它所属资料项属于车辆 {actual}。</source>
        <translation>Scan {scan_id} is filed under vehicle {recorded}, but the checklist item it belongs to is vehicle {actual}&apos;s.</translation>
    </message>
    <message>
        <source>车辆 {vin} 没有销售档案。</source>
        <translation>Vehicle {vin} has no sales file.</translation>
    </message>
    <message>
        <source>车辆 {vin} 的销售档案清单有 {found} 项，应为 {expected} 项。</source>
        <translation>The sales file checklist of vehicle {vin} has {found} items; it should have {expected}.</translation>
    </message>
    <message>
        <source>工单 {ro_number} 的维修资料清单有 {found} 项，应为 {expected} 项。</source>
        <translation>The repair checklist of repair order {ro_number} has {found} items; it should have {expected}.</translation>
    </message>
    <message>
        <source>车架号 {vin} 的检索键与原值不符（{value}），查询会漏掉该档案。</source>
        <translation>The search key of VIN {vin} does not match the VIN ({value}): searches will miss this file.</translation>
    </message>
    <message>
        <source>车架号 {vin} 的车牌的检索键与原值不符（{value}），查询会漏掉该档案。</source>
        <translation>The search key of the plate of VIN {vin} does not match the plate ({value}): searches will miss this file.</translation>
    </message>
    <message>
        <source>档案编号 {archive_number} 的电话检索键与电话号码不符，按电话查询会漏掉该客户。</source>
        <translation>The phone search key of archive number {archive_number} does not match the phone number: a search by phone will miss this customer.</translation>
    </message>
    <message>
        <source>{year} 年节假日尚未录入，但档案的日期或截止日落在该年：截止日只按周末计算。请在“设置 → 节假日日历”中录入。</source>
        <translation>Public holidays of {year} have not been entered, but archive dates or deadlines fall in that year: deadlines count weekends only. Enter them under Settings → Holiday calendar.</translation>
    </message>
    <message>
        <source>备件 {part} 的 {book} 在 {date} 日终为 {qty}，账簿不允许为负</source>
        <translation>Part {part}: {book} is {qty} at the end of {date}; a book may not be negative</translation>
    </message>
    <message>
        <source>备件 {part} 的 {book}（{party}）在 {date} 日终为 {qty}，账簿不允许为负</source>
        <translation>Part {part}: {book} ({party}) is {qty} at the end of {date}; a book may not be negative</translation>
    </message>
    <message>
        <source>备件 {part} 的 {book} 缓存余额为 {cached}，按流水重算为 {rebuilt}</source>
        <translation>Part {part}: the cached balance of {book} is {cached}; rebuilt from the journal it is {rebuilt}</translation>
    </message>
    <message>
        <source>备件 {part} 的 {book}（{party}）缓存余额为 {cached}，按流水重算为 {rebuilt}</source>
        <translation>Part {part}: the cached balance of {book} ({party}) is {cached}; rebuilt from the journal it is {rebuilt}</translation>
    </message>
    <message>
        <source>{doc_type} {year} 年单号不连续：缺少第 {missing} 号</source>
        <translation>{doc_type} numbers of {year} have a gap: no. {missing} is missing</translation>
    </message>
    <message>
        <source>{doc_type} {year} 年第 {seq} 号重复</source>
        <translation>{doc_type} no. {seq} of {year} exists more than once</translation>
    </message>
    <message>
        <source>{doc_type} {year} 年计数器为 {counter}，但已有第 {max_seq} 号单据</source>
        <translation>The {doc_type} counter of {year} is at {counter}, but document no. {max_seq} exists</translation>
    </message>
    <message>
        <source>单据 {number} 第 {line} 行的记账 {found} 与单据类型应有的 {expected} 不符</source>
        <translation>Document {number} line {line} posted {found}, not the {expected} its type calls for</translation>
    </message>
    <message>
        <source>单据 {number} 被冲销了 {count} 次</source>
        <translation>Document {number} was reversed {count} times</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>购车合同</source>
        <translation>Purchase contract</translation>
    </message>
    <message>
        <source>附件购买合同</source>
        <translation>Accessory contract</translation>
    </message>
    <message>
        <source>客户身份证 / 法人机构代码证 / 营业执照</source>
        <translation>Customer ID card / organisation code / business licence</translation>
    </message>
    <message>
        <source>暂住证</source>
        <translation>Residence permit</translation>
    </message>
    <message>
        <source>车辆合格证</source>
        <translation>Vehicle certificate</translation>
    </message>
    <message>
        <source>车辆零售发票 / 增值税发票</source>
        <translation>Retail invoice / VAT invoice</translation>
    </message>
    <message>
        <source>购置税证</source>
        <translation>Purchase tax certificate</translation>
    </message>
    <message>
        <source>购置税收据</source>
        <translation>Purchase tax receipt</translation>
    </message>
    <message>
        <source>行驶证代办回执</source>
        <translation>Registration receipt</translation>
    </message>
    <message>
        <source>保险单</source>
        <translation>Insurance policy</translation>
    </message>
    <message>
        <source>保单发票</source>
        <translation>Insurance invoice</translation>
    </message>
    <message>
        <source>提车确认书</source>
        <translation>Delivery confirmation</translation>
    </message>
    <message>
        <source>销售开票出库单</source>
        <translation>Sales outbound slip</translation>
    </message>
    <message>
        <source>客户入会资料表</source>
        <translation>Membership form</translation>
    </message>
    <message>
        <source>接车单</source>
        <translation>Reception sheet</translation>
    </message>
    <message>
        <source>派工单</source>
        <translation>Work order</translation>
    </message>
    <message>
        <source>结算单</source>
        <translation>Settlement sheet</translation>
    </message>
    <message>
        <source>常规项目检查表</source>
        <translation>Routine inspection sheet</translation>
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
        <translation>Users</translation>
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
        <source>回访类型</source>
        <translation>Callback kind</translation>
    </message>
    <message>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>车牌号</source>
        <translation>Plate</translation>
    </message>
    <message>
        <source>车型</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>交车/维修日</source>
        <translation>Delivered / repaired on</translation>
    </message>
    <message>
        <source>应访日期</source>
        <translation>Due from</translation>
    </message>
    <message>
        <source>最迟</source>
        <translation>Due by</translation>
    </message>
    <message>
        <source>已拨次数</source>
        <translation>Calls made</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>受理日期</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>投诉人</source>
        <translation>Complainant</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>投诉内容</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>处理部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>处理期限</source>
        <translation>Due by</translation>
    </message>
    <message>
        <source>逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>会员号</source>
        <translation>Member no.</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>等级</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>入会日期</source>
        <translation>Joined</translation>
    </message>
    <message>
        <source>续期日</source>
        <translation>Renewal due</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
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
        <source>须改密码</source>
        <translation>Must change password</translation>
    </message>
    <message>
        <source>建立于</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>档案编号</source>
        <translation>Archive no.</translation>
    </message>
    <message>
        <source>客户名称</source>
        <translation>Customer name</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>拼音</source>
        <translation>Pinyin</translation>
    </message>
    <message>
        <source>首字母</source>
        <translation>Initials</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>建档时间</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>单号</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>单据类型</source>
        <translation>Document type</translation>
    </message>
    <message>
        <source>来源单号</source>
        <translation>Source no.</translation>
    </message>
    <message>
        <source>往来单位</source>
        <translation>Counterparty</translation>
    </message>
    <message>
        <source>账簿</source>
        <translation>Book</translation>
    </message>
    <message>
        <source>变动</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>结存</source>
        <translation>Balances</translation>
    </message>
    <message>
        <source>备件编号</source>
        <translation>Part number</translation>
    </message>
    <message>
        <source>备件名称</source>
        <translation>Part name</translation>
    </message>
    <message>
        <source>规格</source>
        <translation>Spec</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>好件</source>
        <translation>Good</translation>
    </message>
    <message>
        <source>坏件</source>
        <translation>Bad</translation>
    </message>
    <message>
        <source>安全库存</source>
        <translation>Safety stock</translation>
    </message>
    <message>
        <source>库存预警</source>
        <translation>Stock alert</translation>
    </message>
    <message>
        <source>单价</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>收入</source>
        <translation>In</translation>
    </message>
    <message>
        <source>发出</source>
        <translation>Out</translation>
    </message>
    <message>
        <source>累计净发出</source>
        <translation>Net sent so far</translation>
    </message>
    <message>
        <source>单位名称</source>
        <translation>Counterparty name</translation>
    </message>
    <message>
        <source>发生日期</source>
        <translation>Date arisen</translation>
    </message>
    <message>
        <source>未结数量</source>
        <translation>Open quantity</translation>
    </message>
    <message>
        <source>已欠天数</source>
        <translation>Days open</translation>
    </message>
    <message>
        <source>账龄（天）</source>
        <translation>Age (days)</translation>
    </message>
    <message>
        <source>发货日期</source>
        <translation>Shipped on</translation>
    </message>
    <message>
        <source>方向</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>发货数量</source>
        <translation>Shipped</translation>
    </message>
    <message>
        <source>在途天数</source>
        <translation>Days in transit</translation>
    </message>
    <message>
        <source>关联单号</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>冲销单号</source>
        <translation>Reversed by</translation>
    </message>
    <message>
        <source>行数</source>
        <translation>Lines</translation>
    </message>
    <message>
        <source>录入人</source>
        <translation>Entered by</translation>
    </message>
    <message>
        <source>保存时间</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>保存人</source>
        <translation>Saved by</translation>
    </message>
    <message>
        <source>拼音首字母</source>
        <translation>Pinyin initials</translation>
    </message>
    <message>
        <source>编码</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>启用</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>欠数</source>
        <translation>Owed</translation>
    </message>
    <message>
        <source>超期数量</source>
        <translation>Overdue qty</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>活动日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>活动名称</source>
        <translation>Event title</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>名额</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>已邀请</source>
        <translation>Invited</translation>
    </message>
    <message>
        <source>已报名</source>
        <translation>Signed up</translation>
    </message>
    <message>
        <source>到场</source>
        <translation>Attended</translation>
    </message>
    <message>
        <source>预算</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>实际费用</source>
        <translation>Actual cost</translation>
    </message>
    <message>
        <source>城市</source>
        <translation>City</translation>
    </message>
    <message>
        <source>邀请方式</source>
        <translation>Invited via</translation>
    </message>
    <message>
        <source>邀请时间</source>
        <translation>Invited at</translation>
    </message>
    <message>
        <source>报名日期</source>
        <translation>Signed up on</translation>
    </message>
    <message>
        <source>签到</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <source>反馈评分</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>客户意见</source>
        <translation>Customer&apos;s comment</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>负责人</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>开立日期</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>整改期限</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>整改措施</source>
        <translation>Action taken</translation>
    </message>
    <message>
        <source>验证</source>
        <translation>Verification</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <source>客户投诉处理表</source>
        <translation>complaint form</translation>
    </message>
    <message>
        <source>投诉人(&amp;W)</source>
        <translation>Complainant (&amp;W)</translation>
    </message>
    <message>
        <source>电话(&amp;T)</source>
        <translation>Phone(&amp;T)</translation>
    </message>
    <message>
        <source>受理日期(&amp;D)</source>
        <translation>Receive&amp;d on</translation>
    </message>
    <message>
        <source>投诉方式(&amp;M)</source>
        <translation>Received by (&amp;M)</translation>
    </message>
    <message>
        <source>类别(&amp;K)</source>
        <translation>Category (&amp;K)</translation>
    </message>
    <message>
        <source>投诉内容(&amp;S)</source>
        <translation>Complaint (&amp;S)</translation>
    </message>
</context>
<context>
    <name>ComplaintStepsDialog</name>
    <message>
        <source>投诉电话处理步骤</source>
        <translation>Complaint call steps</translation>
    </message>
    <message>
        <source>完成此步(&amp;D)</source>
        <translation>&amp;Done with this step</translation>
    </message>
    <message>
        <source>打印处理表(&amp;P)</source>
        <translation>&amp;Print complaint form</translation>
    </message>
    <message>
        <source>关闭(&amp;C)</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>本步骤的记录：客户原话、提出的方案、商定的处理</source>
        <translation>Notes for this step: the customer&apos;s words, the options offered, what was agreed</translation>
    </message>
    <message>
        <source>投诉 {number}  {complainant}  {phone}
{summary}</source>
        <translation>Complaint {number}  {complainant}  {phone}
{summary}</translation>
    </message>
    <message>
        <source>{at} {user}：{note}</source>
        <translation>{at} {user}: {note}</translation>
    </message>
    <message>
        <source>处理步骤已全部完成。</source>
        <translation>All steps are done.</translation>
    </message>
    <message>
        <source>投诉已结案。</source>
        <translation>The complaint is closed.</translation>
    </message>
    <message>
        <source>下一步：{step}(&amp;N)</source>
        <translation>&amp;Next step: {step}</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>By</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>已登记“{step}”。</source>
        <translation>Recorded &quot;{step}&quot;.</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>处理表已保存：{path}</source>
        <translation>Complaint form saved: {path}</translation>
    </message>
    <message>
        <source>正在输出客户投诉处理表…</source>
        <translation>Writing the complaint form…</translation>
    </message>
</context>
<context>
    <name>ComplaintsPanel</name>
    <message>
        <source>未结案</source>
        <translation>Not closed</translation>
    </message>
    <message>
        <source>待经理确认</source>
        <translation>Awaiting manager</translation>
    </message>
    <message>
        <source>已逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>登记投诉(&amp;N)</source>
        <translation>&amp;New complaint</translation>
    </message>
    <message>
        <source>交部门处理(&amp;A)</source>
        <translation>&amp;Assign to department</translation>
    </message>
    <message>
        <source>登记处理结果(&amp;R)</source>
        <translation>Record &amp;result</translation>
    </message>
    <message>
        <source>反馈客户(&amp;K)</source>
        <translation>Tell customer (&amp;K)</translation>
    </message>
    <message>
        <source>结案(&amp;L)</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <source>本月分析(&amp;M)</source>
        <translation>&amp;Month analysis</translation>
    </message>
    <message>
        <source>处理步骤(&amp;T)</source>
        <translation>Call s&amp;teps</translation>
    </message>
    <message>
        <source>请先在列表中选中一条投诉。</source>
        <translation>Select a complaint in the list first.</translation>
    </message>
    <message>
        <source>投诉 {number}：{state}</source>
        <translation>Complaint {number}: {state}</translation>
    </message>
    <message>
        <source>交部门处理</source>
        <translation>Assign to department</translation>
    </message>
    <message>
        <source>处理部门：</source>
        <translation>Department:</translation>
    </message>
    <message>
        <source>处理结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>部门的处理结果(&amp;R)：</source>
        <translation>The department&apos;s &amp;resolution:</translation>
    </message>
    <message>
        <source>客户的意见(&amp;O)：</source>
        <translation>The customer&apos;s &amp;opinion:</translation>
    </message>
    <message>
        <source>结果(&amp;S)：</source>
        <translation>Re&amp;sult:</translation>
    </message>
    <message>
        <source>反馈客户</source>
        <translation>Tell the customer</translation>
    </message>
    <message>
        <source>经理确认(&amp;I)</source>
        <translation>Conf&amp;irm (manager)</translation>
    </message>
    <message>
        <source>客户接受处理结果</source>
        <translation>Customer accepts the result</translation>
    </message>
    <message>
        <source>客户不接受，退回部门重新处理</source>
        <translation>Customer does not accept: back to the department</translation>
    </message>
    <message>
        <source>{month}：受理 {received} 件，结案 {closed} 件（其中超期结案 {late} 件），月末逾期未结 {overdue} 件，平均 {days} 天结案。按类别：{categories}。按部门：{departments}。</source>
        <translation>{month}: {received} received, {closed} closed ({late} of them late), {overdue} overdue and open at month end, {days} days to close on average. By category: {categories}. By department: {departments}.</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>客户已阅读并签署《敏感个人信息单独同意书》：同意本公司为提供个性化服务，在所选范围内记录其敏感个人信息；仅授权人员可查看，查看与打印均有记录；客户可随时撤回同意，撤回后相关信息即被隐藏并删除。</source>
        <translation>The customer has read and signed the separate consent for sensitive personal information: they agree that we record their sensitive personal information in the chosen categories to serve them personally; only authorised staff may see it, every view and print is logged; they may withdraw at any time, and the information is then hidden and erased.</translation>
    </message>
    <message>
        <source>客户单独同意（敏感个人信息）</source>
        <translation>Customer&apos;s separate consent (sensitive personal information)</translation>
    </message>
    <message>
        <source>签署日期(&amp;G)</source>
        <translation>Date si&amp;gned</translation>
    </message>
    <message>
        <source>同意书版本(&amp;V)</source>
        <translation>Consent text &amp;version</translation>
    </message>
    <message>
        <source>同意范围</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>登记同意(&amp;R)</source>
        <translation>&amp;Record consent</translation>
    </message>
    <message>
        <source>撤回同意并删除敏感项(&amp;W)</source>
        <translation>&amp;Withdraw consent and erase sensitive items</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>当前同意：{date} 签署，{by} 登记，版本 {version}，范围：{scope}</source>
        <translation>Current consent: signed {date}, recorded by {by}, version {version}, scope: {scope}</translation>
    </message>
    <message>
        <source>当前没有有效的同意。</source>
        <translation>No consent in force.</translation>
    </message>
    <message>
        <source>已登记客户同意。</source>
        <translation>Consent recorded.</translation>
    </message>
    <message>
        <source>撤回同意</source>
        <translation>Withdraw consent</translation>
    </message>
    <message>
        <source>客户撤回同意后，所有敏感项及其修订历史将立即删除，不能恢复。继续？</source>
        <translation>When the customer withdraws consent, all sensitive items and their revision history are erased at once and cannot be restored. Continue?</translation>
    </message>
    <message>
        <source>同意已撤回，已删除 {fields} 项敏感信息及 {revisions} 个版本中的敏感内容。</source>
        <translation>Consent withdrawn: {fields} sensitive fields erased, sensitive content removed from {revisions} revisions.</translation>
    </message>
</context>
<context>
    <name>CountEntryDialog</name>
    <message>
        <source>录入实盘数</source>
        <translation>Key counts</translation>
    </message>
    <message>
        <source>盘点 {0}：{1} 种备件待录入。输入好件实数后按 Enter 到下一行，坏件实数不填为 0；Ctrl+Enter 保存。</source>
        <translation>Stocktake {0}: {1} parts to count. Type the good count and press Enter for the next line; a blank bad count is 0; Ctrl+Enter saves.</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>备件编号</source>
        <translation>Part number</translation>
    </message>
    <message>
        <source>备件名称</source>
        <translation>Part name</translation>
    </message>
    <message>
        <source>规格</source>
        <translation>Spec</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>好件实数</source>
        <translation>Good counted</translation>
    </message>
    <message>
        <source>坏件实数</source>
        <translation>Bad counted</translation>
    </message>
    <message>
        <source>保存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>序号 {0}（备件 {1}）：实盘数只能是不超过 {2} 位的数字，“{3}”不能输入。</source>
        <translation>No. {0} (part {1}): a count is digits only, at most {2} of them; &quot;{3}&quot; cannot be typed.</translation>
    </message>
    <message>
        <source>序号 {0}（备件 {1}）的好件实数未填写；盲盘每一行都要输入实数，没有就输入 0。</source>
        <translation>No. {0} (part {1}): the good count is blank; a blind count needs every line typed, 0 if there are none.</translation>
    </message>
    <message>
        <source>实盘数尚未保存</source>
        <translation>Counts not saved</translation>
    </message>
    <message>
        <source>已输入的实盘数（共 {0} 行）尚未保存。</source>
        <translation>The counts typed ({0} lines) are not saved yet.</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>类型(&amp;T)</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>名称(&amp;N)</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>证件号码(&amp;I)</source>
        <translation>&amp;ID number</translation>
    </message>
    <message>
        <source>电话(&amp;P)</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>地址(&amp;A)</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <source>已登记 {masked}；留空则不修改</source>
        <translation>On file: {masked}; leave empty to keep it</translation>
    </message>
    <message>
        <source>个人填身份证号，单位填统一社会信用代码</source>
        <translation>Resident ID for a person, unified social credit code for a company</translation>
    </message>
    <message>
        <source>15 位身份证号码</source>
        <translation>15-digit resident ID</translation>
    </message>
    <message>
        <source>{value} 是 15 位的第一代身份证号码，对应的 18 位号码为 {converted}。
请与证件核对：按 18 位号码保存吗？</source>
        <translation>{value} is a 15-digit first-generation resident ID; its 18-digit form is {converted}.
Check it against the card: save the 18-digit number?</translation>
    </message>
</context>
<context>
    <name>Customers</name>
    <message>
        <source>个人</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>新建客户(&amp;N)…</source>
        <translation>&amp;New customer…</translation>
    </message>
    <message>
        <source>修改(&amp;M)…</source>
        <translation>&amp;Modify…</translation>
    </message>
    <message>
        <source>登记车辆(&amp;V)…</source>
        <translation>Register &amp;vehicle…</translation>
    </message>
    <message>
        <source>麦凯66档案(&amp;K)</source>
        <translation>Mac&amp;kay 66 profile</translation>
    </message>
    <message>
        <source>麦凯66档案模块尚未安装。</source>
        <translation>The Mackay 66 profile module is not installed yet.</translation>
    </message>
    <message>
        <source>按名称、拼音、首字母、档案编号或电话筛选</source>
        <translation>Filter by name, pinyin, initials, archive number or phone</translation>
    </message>
    <message>
        <source>价值类别(&amp;L)</source>
        <translation>Va&amp;lue class</translation>
    </message>
    <message>
        <source>价值名单 Excel(&amp;W)…</source>
        <translation>Value list Excel (&amp;W)…</translation>
    </message>
    <message>
        <source>所选价值类别的客户及其产值、单次消费与终身价值</source>
        <translation>The customers of the chosen value class with their revenue, amount per purchase and lifetime value</translation>
    </message>
    <message>
        <source>车架号</source>
        <translation>VIN</translation>
    </message>
    <message>
        <source>车牌号</source>
        <translation>Plate</translation>
    </message>
    <message>
        <source>车型</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>交车日期</source>
        <translation>Delivery date</translation>
    </message>
    <message>
        <source>档案盒</source>
        <translation>Box</translation>
    </message>
    <message>
        <source>全部客户</source>
        <translation>All customers</translation>
    </message>
    <message>
        <source>客户价值.xlsx</source>
        <translation>customer-values.xlsx</translation>
    </message>
    <message>
        <source>正在导出客户价值名单…</source>
        <translation>Exporting the customer value list…</translation>
    </message>
    <message>
        <source>已导出 {rows} 位客户到 {path}。</source>
        <translation>Exported {rows} customers to {path}.</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>价值类别 {klass}（尚无交车记录）</source>
        <translation>Value class {klass} (no vehicle delivered yet)</translation>
    </message>
    <message>
        <source>价值类别 {klass}&#x3000;终身价值 {lifetime} 元（单次 {average} 元 × 终身 {purchases} 次）&#x3000;统计期产值 {contribution} 元&#x3000;进厂 {visits} 次</source>
        <translation>Value class {klass}   lifetime value {lifetime} yuan ({average} yuan per purchase x {purchases} over a lifetime)   revenue in period {contribution} yuan   {visits} visits</translation>
    </message>
    <message>
        <source>&#x3000;会员 {number}（{level}，续期日 {due}）</source>
        <translation>   member {number} ({level}, renewal due {due})</translation>
    </message>
    <message>
        <source>选中一位客户查看其车辆。</source>
        <translation>Select a customer to see their vehicles.</translation>
    </message>
    <message>
        <source>{name}（{kind}，档案编号 {number}）&#x3000;证件号码 {id}&#x3000;电话 {phone}&#x3000;地址 {address}</source>
        <translation>{name} ({kind}, archive no. {number})  ID no. {id}  phone {phone}  address {address}</translation>
    </message>
    <message>
        <source>已建档：{name}，档案编号 {number}。</source>
        <translation>File opened: {name}, archive no. {number}.</translation>
    </message>
    <message>
        <source>已保存客户 {name}。</source>
        <translation>Customer {name} saved.</translation>
    </message>
    <message>
        <source>已登记车辆 {vin}，销售资料移交期限 {due}。</source>
        <translation>Vehicle {vin} registered; sales papers due by {due}.</translation>
    </message>
    <message>
        <source>麦凯66档案模块尚未安装，暂不能打开。</source>
        <translation>The Mackay 66 profile module is not installed yet, so it cannot be opened.</translation>
    </message>
</context>
<context>
    <name>DailyLines</name>
    <message>
        <source>单据号</source>
        <comment>short column header</comment>
        <translation>No.</translation>
    </message>
    <message>
        <source>标记</source>
        <comment>short column header</comment>
        <translation>Marks</translation>
    </message>
    <message>
        <source>类型</source>
        <comment>short column header</comment>
        <translation>Type</translation>
    </message>
    <message>
        <source>往来单位</source>
        <comment>short column header</comment>
        <translation>Party</translation>
    </message>
    <message>
        <source>来源单号</source>
        <comment>short column header</comment>
        <translation>Source</translation>
    </message>
    <message>
        <source>关联单号</source>
        <comment>short column header</comment>
        <translation>Ref.</translation>
    </message>
    <message>
        <source>备件编号</source>
        <comment>short column header</comment>
        <translation>Part no.</translation>
    </message>
    <message>
        <source>备件名称</source>
        <comment>short column header</comment>
        <translation>Part name</translation>
    </message>
    <message>
        <source>数量</source>
        <comment>short column header</comment>
        <translation>Qty</translation>
    </message>
    <message>
        <source>金额</source>
        <comment>short column header</comment>
        <translation>Amount</translation>
    </message>
    <message>
        <source>备注</source>
        <comment>short column header</comment>
        <translation>Remark</translation>
    </message>
</context>
<context>
    <name>DailyPage</name>
    <message>
        <source>未生成</source>
        <translation>Not produced</translation>
    </message>
    <message>
        <source>已生成</source>
        <translation>Produced</translation>
    </message>
    <message>
        <source>已打印</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>财务已签</source>
        <translation>Signed by finance</translation>
    </message>
    <message>
        <source>经理已签（已锁定）</source>
        <translation>Signed by the manager (locked)</translation>
    </message>
    <message>
        <source>已重新打开</source>
        <translation>Reopened</translation>
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
        <source>冲</source>
        <translation>R</translation>
    </message>
    <message>
        <source>废</source>
        <translation>X</translation>
    </message>
    <message>
        <source>审</source>
        <translation>M</translation>
    </message>
    <message>
        <source>补</source>
        <translation>L</translation>
    </message>
    <message>
        <source>生成并预览(&amp;G)</source>
        <translation>&amp;Generate and preview</translation>
    </message>
    <message>
        <source>打印(&amp;P)…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>导出 Excel(&amp;E)…</source>
        <translation>&amp;Export to Excel…</translation>
    </message>
    <message>
        <source>财务签字(&amp;F)…</source>
        <translation>Sign as &amp;finance…</translation>
    </message>
    <message>
        <source>经理签字并锁定(&amp;M)…</source>
        <translation>Sign as &amp;manager and lock…</translation>
    </message>
    <message>
        <source>重新打开(&amp;R)…</source>
        <translation>&amp;Reopen…</translation>
    </message>
    <message>
        <source>单据明细</source>
        <translation>Document lines</translation>
    </message>
    <message>
        <source>PDF 预览</source>
        <translation>PDF preview</translation>
    </message>
    <message>
        <source>灰：已生成&#x3000;黄：已打印&#x3000;蓝：财务已签&#x3000;绿：已锁定&#x3000;橙：已重新打开&#x3000;深橙：逾期未签（超过两个工作日）</source>
        <translation>Grey: produced  Yellow: printed  Blue: signed by finance  Green: locked  Orange: reopened  Dark orange: unsigned after two working days</translation>
    </message>
    <message>
        <source>{day} 货品出入库报表</source>
        <translation>Daily goods in/out report {day}</translation>
    </message>
    <message>
        <source>状态：{state}</source>
        <translation>State: {state}</translation>
    </message>
    <message>
        <source>单据 {documents} 张，{lines} 行，数量合计 {qty}，金额合计 {amount} 元。{result}</source>
        <translation>{documents} documents, {lines} lines, total quantity {qty}, total amount {amount} yuan. {result}</translation>
    </message>
    <message>
        <source>核对全部相符。</source>
        <translation>All checks agree.</translation>
    </message>
    <message>
        <source>有 {n} 项核对不符！</source>
        <translation>{n} checks do not agree!</translation>
    </message>
    <message>
        <source>当前报表</source>
        <translation>Current report</translation>
    </message>
    <message>
        <source>第 {n} 版</source>
        <translation>Version {n}</translation>
    </message>
    <message>
        <source>（签字版 PDF）</source>
        <translation> (signed PDF)</translation>
    </message>
    <message>
        <source>（已重新打开）</source>
        <translation> (reopened)</translation>
    </message>
    <message>
        <source>本月有 {n} 天的日报超过两个工作日仍未签完：{days}</source>
        <translation>{n} days this month are still unsigned after two working days: {days}</translation>
    </message>
    <message>
        <source>PDF 预览（正在生成…）</source>
        <translation>PDF preview (rendering…)</translation>
    </message>
    <message>
        <source>正在生成 {day} 的日报…</source>
        <translation>Producing the report of {day}…</translation>
    </message>
    <message>
        <source>已生成第 {n} 版。</source>
        <translation>Version {n} produced.</translation>
    </message>
    <message>
        <source>内容未变，仍为第 {n} 版。</source>
        <translation>Unchanged: still version {n}.</translation>
    </message>
    <message>
        <source>正在准备签字版 PDF…</source>
        <translation>Preparing the signed PDF…</translation>
    </message>
    <message>
        <source>正在送打印…</source>
        <translation>Sending to the printer…</translation>
    </message>
    <message>
        <source>已送打印 {n} 页。</source>
        <translation>{n} pages sent to the printer.</translation>
    </message>
    <message>
        <source>正在导出 Excel…</source>
        <translation>Exporting to Excel…</translation>
    </message>
    <message>
        <source>已导出到 {path}</source>
        <translation>Exported to {path}</translation>
    </message>
    <message>
        <source>正在签字…</source>
        <translation>Signing…</translation>
    </message>
    <message>
        <source>{day} 的日报已签字：{state}。</source>
        <translation>Daily report of {day} signed: {state}.</translation>
    </message>
    <message>
        <source>重新打开 {day} 的原因(&amp;R)：</source>
        <translation>&amp;Reason for reopening {day}:</translation>
    </message>
    <message>
        <source>正在重新打开…</source>
        <translation>Reopening…</translation>
    </message>
    <message>
        <source>{day} 的日报已重新打开，签字版 PDF 仍保留在版本列表中。</source>
        <translation>The daily report of {day} was reopened; the signed PDF stays in the version list.</translation>
    </message>
    <message>
        <source>重新打开日报</source>
        <translation>Reopen the daily report</translation>
    </message>
    <message>
        <source>导出 Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>DatabasePasswordDialog</name>
    <message>
        <source>数据库密码</source>
        <translation>Database password</translation>
    </message>
    <message>
        <source>连接数据库服务器 {where} 需要用户 {user} 的密码。</source>
        <translation>The database server {where} needs the password of user {user}.</translation>
    </message>
    <message>
        <source>密码(&amp;P)</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>记住密码（存入本机的系统凭据管理器）(&amp;R)</source>
        <translation>&amp;Remember the password (in this PC&apos;s system credential store)</translation>
    </message>
    <message>
        <source>记住密码（存入本机的 PostgreSQL 密码文件，只有本人可读）(&amp;R)</source>
        <translation>&amp;Remember the password (in this PC&apos;s PostgreSQL password file, readable by you only)</translation>
    </message>
    <message>
        <source>服务器没有接受这个密码，请重新输入。</source>
        <translation>The server did not accept this password. Please type it again.</translation>
    </message>
    <message>
        <source>请输入密码。</source>
        <translation>Please enter the password.</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>{field}：“{text}”不是有效日期，请输入如 2026-12-01 或 20261201。</source>
        <translation>{field}: &quot;{text}&quot; is not a valid date; type it like 2026-12-01 or 20261201.</translation>
    </message>
    <message>
        <source>{field}：{day} 晚于允许的最晚日期 {limit}。</source>
        <translation>{field}: {day} is after the latest allowed date, {limit}.</translation>
    </message>
    <message>
        <source>{field}：{day} 早于允许的最早日期 {limit}。</source>
        <translation>{field}: {day} is before the earliest allowed date, {limit}.</translation>
    </message>
    <message>
        <source>选择日期（F4）</source>
        <translation>Pick a date (F4)</translation>
    </message>
    <message>
        <source>{problem}列表未按此日期筛选。</source>
        <translation>{problem} The list is not filtered by this date.</translation>
    </message>
    <message>
        <source>开始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>结束日期</source>
        <translation>End date</translation>
    </message>
</context>
<context>
    <name>DepartmentsDialog</name>
    <message>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>名称(&amp;N)</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>部门维护</source>
        <translation>Departments</translation>
    </message>
    <message>
        <source>新增(&amp;A)</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>改名(&amp;R)</source>
        <translation>&amp;Rename</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>使用中</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>已停用</source>
        <translation>Retired</translation>
    </message>
    <message>
        <source>恢复(&amp;S)</source>
        <translation>Reinstate (&amp;S)</translation>
    </message>
    <message>
        <source>停用(&amp;S)</source>
        <translation>Retire (&amp;S)</translation>
    </message>
    <message>
        <source>已新增部门“{name}”。</source>
        <translation>Department “{name}” added.</translation>
    </message>
    <message>
        <source>部门已改名为“{name}”。</source>
        <translation>Department renamed to “{name}”.</translation>
    </message>
    <message>
        <source>部门“{name}”已恢复使用。</source>
        <translation>Department “{name}” is in use again.</translation>
    </message>
    <message>
        <source>部门“{name}”已停用：已有的投诉和整改项保留，不再接新的。</source>
        <translation>Department “{name}” retired: its complaints and improvement items stay, it takes no new ones.</translation>
    </message>
</context>
<context>
    <name>DocTypes</name>
    <message>
        <source>总部发货</source>
        <translation>HQ shipment</translation>
    </message>
    <message>
        <source>总部到货</source>
        <translation>HQ receipt</translation>
    </message>
    <message>
        <source>在途短少</source>
        <translation>Transit loss</translation>
    </message>
    <message>
        <source>发服务站</source>
        <translation>Issue to station</translation>
    </message>
    <message>
        <source>服务站返坏件</source>
        <translation>Station returns bad parts</translation>
    </message>
    <message>
        <source>服务站退好件</source>
        <translation>Station returns good parts</translation>
    </message>
    <message>
        <source>返总部坏件</source>
        <translation>Bad parts to HQ</translation>
    </message>
    <message>
        <source>总部确认收坏件</source>
        <translation>HQ confirms bad parts</translation>
    </message>
    <message>
        <source>维修换件</source>
        <translation>Counter repair issue</translation>
    </message>
    <message>
        <source>盘点调整好件</source>
        <translation>Stocktake adjustment (good)</translation>
    </message>
    <message>
        <source>盘点调整坏件</source>
        <translation>Stocktake adjustment (bad)</translation>
    </message>
    <message>
        <source>报废</source>
        <translation>Scrap</translation>
    </message>
    <message>
        <source>冲销</source>
        <translation>Reversal</translation>
    </message>
    <message>
        <source>期初建账</source>
        <translation>Opening balances</translation>
    </message>
</context>
<context>
    <name>DocumentForm</name>
    <message>
        <source>需返坏件</source>
        <translation>Bad part to be returned</translation>
    </message>
    <message>
        <source>抵欠（冲减人欠坏件）</source>
        <translation>Clears debt (bad parts owed to us)</translation>
    </message>
    <message>
        <source>抵欠（冲减欠人坏件）</source>
        <translation>Clears debt (bad parts we owe)</translation>
    </message>
    <message>
        <source>收回坏件</source>
        <translation>Bad part taken back</translation>
    </message>
    <message>
        <source>全部到货(&amp;L)</source>
        <translation>A&amp;ll arrived</translation>
    </message>
    <message>
        <source>全部确认(&amp;L)</source>
        <translation>Confirm a&amp;ll</translation>
    </message>
    <message>
        <source>按所欠全部返回(&amp;L)</source>
        <translation>Return a&amp;ll owed</translation>
    </message>
    <message>
        <source>单据尚未过账</source>
        <translation>Document not posted</translation>
    </message>
    <message>
        <source>这张{doc_type}单据有 {lines} 行尚未过账，也未存为草稿。</source>
        <translation>This {doc_type} document has {lines} line(s) that are neither posted nor saved as a draft.</translation>
    </message>
    <message>
        <source>保存为草稿(&amp;S)</source>
        <translation>&amp;Save as draft</translation>
    </message>
    <message>
        <source>行</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>备件编号</source>
        <translation>Part number</translation>
    </message>
    <message>
        <source>备件名称</source>
        <translation>Part name</translation>
    </message>
    <message>
        <source>数量</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>单价</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>账簿</source>
        <translation>Book</translation>
    </message>
    <message>
        <source>往来单位</source>
        <translation>Counterparty</translation>
    </message>
    <message>
        <source>现有</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>变动</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>过账后</source>
        <translation>After posting</translation>
    </message>
    <message>
        <source>当日可出</source>
        <translation>May leave that day</translation>
    </message>
    <message>
        <source>录入备件单据</source>
        <translation>Enter a parts document</translation>
    </message>
    <message>
        <source>（经理）</source>
        <translation> (manager)</translation>
    </message>
    <message>
        <source>单据类型(&amp;T)</source>
        <translation>Document &amp;type</translation>
    </message>
    <message>
        <source>日期(&amp;D)</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>往来单位(&amp;W)</source>
        <translation>Counterparty(&amp;W)</translation>
    </message>
    <message>
        <source>来源单号(&amp;S)</source>
        <translation>&amp;Source number</translation>
    </message>
    <message>
        <source>关联单号(&amp;G)</source>
        <translation>Reference no.(&amp;G)</translation>
    </message>
    <message>
        <source>备注(&amp;M)</source>
        <translation>Re&amp;mark</translation>
    </message>
    <message>
        <source>备件(&amp;J)</source>
        <translation>Part(&amp;J)</translation>
    </message>
    <message>
        <source>编号、名称或拼音首字母，回车；可扫码</source>
        <translation>Number, name or pinyin initials, Enter; or scan</translation>
    </message>
    <message>
        <source>删除选中的行（Del）</source>
        <translation>Delete the selected lines (Del)</translation>
    </message>
    <message>
        <source>明细（数量、单价可直接在表中改）</source>
        <translation>Lines (type over a quantity or price in the table)</translation>
    </message>
    <message>
        <source>打开草稿(&amp;O)…</source>
        <translation>&amp;Open draft…</translation>
    </message>
    <message>
        <source>{expected}的本公司单号或来源单号；↓ 列出未结清的</source>
        <translation>Our number or the source number of the {expected}; ↓ lists the open ones</translation>
    </message>
    <message>
        <source>数量(&amp;Q)</source>
        <translation>&amp;Quantity</translation>
    </message>
    <message>
        <source>数量，回车</source>
        <translation>Quantity, Enter</translation>
    </message>
    <message>
        <source>加入(&amp;A)</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>删除行(&amp;X)</source>
        <translation>Delete line(&amp;X)</translation>
    </message>
    <message>
        <source>过账后各账簿的变化（预览，尚未记账）</source>
        <translation>What posting will do to each book (preview, not posted yet)</translation>
    </message>
    <message>
        <source>过账(&amp;P)</source>
        <translation>&amp;Post</translation>
    </message>
    <message>
        <source>过账（Ctrl+Enter）</source>
        <translation>Post (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>存草稿(&amp;R)</source>
        <translation>Save d&amp;raft</translation>
    </message>
    <message>
        <source>存为草稿，不记账（Ctrl+S）</source>
        <translation>Save as a draft, nothing is posted (Ctrl+S)</translation>
    </message>
    <message>
        <source>关闭(&amp;C)</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>必填：写明盘点调整的原因</source>
        <translation>Required: the reason for the stocktake adjustment</translation>
    </message>
    <message>
        <source>盘点调整：盘盈填正数，盘亏填负数</source>
        <translation>Stocktake adjustment: positive for a surplus, negative for a shortage</translation>
    </message>
    <message>
        <source>期初 {number}</source>
        <translation>opening {number}</translation>
    </message>
    <message>
        <source>{number}  {source}  {date}  {party}  未结 {lines} 行 {qty} 件</source>
        <translation>{number}  {source}  {date}  {party}  open: {lines} line(s), {qty} pcs</translation>
    </message>
    <message>
        <source>没有编码、名称或拼音首字母含“{text}”的往来单位。</source>
        <translation>No counterparty has &quot;{text}&quot; in its code, name or pinyin initials.</translation>
    </message>
    <message>
        <source>“{text}”对应 {count} 个往来单位，按回车从列表中选。</source>
        <translation>&quot;{text}&quot; matches {count} counterparties; press Enter to pick one from the list.</translation>
    </message>
    <message>
        <source>扫描的条码“{code}”既不是备件编号，也不是本分公司打印的旧件标签，未加入。请核对条码。</source>
        <translation>The scanned code &quot;{code}&quot; is neither a part number nor an old-part tag printed by this branch; not added. Check the barcode.</translation>
    </message>
    <message>
        <source>扫描的条码“{code}”不是任何备件的编号，未加入。请核对条码，或先在“备件”中建档。</source>
        <translation>The scanned barcode &quot;{code}&quot; is not the number of any part; nothing was added. Check the barcode, or create the part under Parts first.</translation>
    </message>
    <message>
        <source>扫码：{number} {name}，数量 {qty}</source>
        <translation>Scanned: {number} {name}, quantity {qty}</translation>
    </message>
    <message>
        <source>服务站 {station} {station_name}，{document} 第 {line} 行</source>
        <translation>station {station} {station_name}, {document} line {line}</translation>
    </message>
    <message>
        <source>，抵 {issue}</source>
        <translation>, against {issue}</translation>
    </message>
    <message>
        <source>，返件单 {document} 第 {box} 箱</source>
        <translation>, return {document} box {box}</translation>
    </message>
    <message>
        <source>，返件单 {document}</source>
        <translation>, return {document}</translation>
    </message>
    <message>
        <source>扫描旧件标签 {tag}：{number} {name}（{origin}），本行 {qty} 件</source>
        <translation>Old-part tag {tag} scanned: {number} {name} ({origin}); this line now {qty}</translation>
    </message>
    <message>
        <source>箱标签 {code}（返件单 {document} 第 {box} 箱）没有可加入的旧件：{reason}</source>
        <translation>Box label {code} (return {document}, box {box}) has no old part left to add: {reason}</translation>
    </message>
    <message>
        <source>这一箱是空的。</source>
        <translation>This box is empty.</translation>
    </message>
    <message>
        <source>扫描箱标签 {code}：返件单 {document} 第 {box} 箱，加入 {count} 件旧件</source>
        <translation>Box label {code} scanned: return {document}, box {box}, {count} old parts added</translation>
    </message>
    <message>
        <source>；其余 {count} 件未加入：{reason}</source>
        <translation>; the other {count} not added: {reason}</translation>
    </message>
    <message>
        <source>{name}（{unit}，单价 {price}）</source>
        <translation>{name} ({unit}, unit price {price})</translation>
    </message>
    <message>
        <source>旧件标签：{tags}</source>
        <translation>Old-part tags: {tags}</translation>
    </message>
    <message>
        <source>{lines} 行，数量合计 {qty}，金额合计 {amount} 元</source>
        <translation>{lines} lines, total quantity {qty}, total amount {amount} yuan</translation>
    </message>
    <message>
        <source>第 {line} 行单价</source>
        <translation>Price on line {line}</translation>
    </message>
    <message>
        <source>没有未结清的{expected}单据。</source>
        <translation>There is no open {expected} document.</translation>
    </message>
    <message>
        <source>{number}：未结 {lines} 行共 {qty} 件。按“{fill}”全部填入，再改有差异的行。</source>
        <translation>{number}: {lines} open line(s), {qty} pcs in all. Press &quot;{fill}&quot; to fill them in, then correct the lines that differ.</translation>
    </message>
    <message>
        <source>{party} 目前不欠坏件。</source>
        <translation>{party} owes no bad parts at present.</translation>
    </message>
    <message>
        <source>请先在“关联单号”中选定一张未结清的单据（↓ 列出）。</source>
        <translation>First pick an open document under Reference number (↓ lists them).</translation>
    </message>
    <message>
        <source>已填入 {lines} 行。有差异的行请在表中直接改数量（Del 删除），Ctrl+Enter 过账。</source>
        <translation>{lines} line(s) filled in. Type over the quantity of any line that differs (Del deletes a line); Ctrl+Enter posts.</translation>
    </message>
    <message>
        <source>有 {count} 张{doc_type}草稿未过账。</source>
        <translation>{count} {doc_type} draft(s) not yet posted.</translation>
    </message>
    <message>
        <source>{saved}  {party}  {lines} 行  {by}</source>
        <translation>{saved}  {party}  {lines} line(s)  {by}</translation>
    </message>
    <message>
        <source>已打开草稿（{saved}，{by} 保存，{lines} 行）。</source>
        <translation>Draft opened (saved {saved} by {by}, {lines} line(s)).</translation>
    </message>
    <message>
        <source>已存为草稿（{lines} 行），未记账。可在“单据”页的草稿中或下次新单据时打开。</source>
        <translation>Saved as a draft ({lines} line(s)); nothing was posted. Open it from the drafts on the Documents tab or with the next new document.</translation>
    </message>
    <message>
        <source>{doc_type}须经理批准：按“过账”后由经理输入用户名和密码，然后显示预览。</source>
        <translation>{doc_type} needs a manager&apos;s approval: press Post, the manager enters a username and password, then the preview is shown.</translation>
    </message>
    <message>
        <source>已过账：{number}（{doc_type}，{lines} 行）</source>
        <translation>Posted: {number} ({doc_type}, {lines} lines)</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <source>行</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>备件编号</source>
        <translation>Part number</translation>
    </message>
    <message>
        <source>备件名称</source>
        <translation>Part name</translation>
    </message>
    <message>
        <source>数量</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>单价</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>标记</source>
        <translation>Marks</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>账簿</source>
        <translation>Book</translation>
    </message>
    <message>
        <source>往来单位</source>
        <translation>Counterparty</translation>
    </message>
    <message>
        <source>货品记录跟踪表</source>
        <translation>Goods tracking record</translation>
    </message>
    <message>
        <source>分公司退换货申请表</source>
        <translation>Branch return/exchange request</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>账本</source>
        <translation>Book</translation>
    </message>
    <message>
        <source>原始日期</source>
        <translation>Original date</translation>
    </message>
    <message>
        <source>原始单号</source>
        <translation>Original number</translation>
    </message>
    <message>
        <source>变动</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>本公司单号</source>
        <translation>Our number</translation>
    </message>
    <message>
        <source>单据类型</source>
        <translation>Document type</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>来源单号</source>
        <translation>Source no.</translation>
    </message>
    <message>
        <source>关联单据</source>
        <translation>Referenced document</translation>
    </message>
    <message>
        <source>冲销情况</source>
        <translation>Reversal</translation>
    </message>
    <message>
        <source>后续单据</source>
        <translation>Follow-up documents</translation>
    </message>
    <message>
        <source>录入</source>
        <translation>Entered</translation>
    </message>
    <message>
        <source>单据</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>明细</source>
        <translation>Lines</translation>
    </message>
    <message>
        <source>对各账簿的影响</source>
        <translation>Effect on each book</translation>
    </message>
    <message>
        <source>冲销(&amp;R)…</source>
        <translation>&amp;Reverse…</translation>
    </message>
    <message>
        <source>打开关联单据(&amp;O)</source>
        <translation>&amp;Open referenced document</translation>
    </message>
    <message>
        <source>收货表单(&amp;G)</source>
        <translation>Receivin&amp;g forms</translation>
    </message>
    <message>
        <source>到货检验(&amp;I)…</source>
        <translation>Receiving &amp;inspection…</translation>
    </message>
    <message>
        <source>货品记录跟踪表(&amp;J)…</source>
        <translation>Goods tracking record (&amp;J)…</translation>
    </message>
    <message>
        <source>分公司退换货申请表(&amp;Q)…</source>
        <translation>Return/exchange re&amp;quest…</translation>
    </message>
    <message>
        <source>装箱(&amp;B)…</source>
        <translation>Pack &amp;boxes…</translation>
    </message>
    <message>
        <source>打印旧件标签(&amp;T)…</source>
        <translation>Print old-part &amp;tags…</translation>
    </message>
    <message>
        <source>单据不存在</source>
        <translation>No such document</translation>
    </message>
    <message>
        <source>单据 {number}</source>
        <translation>Document {number}</translation>
    </message>
    <message>
        <source>冲销 {number}（{doc_type}）</source>
        <translation>Reverses {number} ({doc_type})</translation>
    </message>
    <message>
        <source>已被 {number} 冲销（{date}）</source>
        <translation>Reversed by {number} ({date})</translation>
    </message>
    <message>
        <source>冲销单，不能再冲销</source>
        <translation>A reversal; cannot be reversed</translation>
    </message>
    <message>
        <source>有效</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>冲销此类单据须经理批准</source>
        <translation>Reversing this kind of document needs a manager&apos;s approval</translation>
    </message>
    <message>
        <source>已记录到货检验：{count} 项异常待跟进；收货表单可以打印了。</source>
        <translation>Inspection recorded; anomalies to follow up: {count}. The receiving forms can be printed now.</translation>
    </message>
    <message>
        <source>正在生成 PDF…</source>
        <translation>Making the PDF…</translation>
    </message>
    <message>
        <source>已保存 {name}：{path}（{pages} 页）</source>
        <translation>Saved {name}: {path} ({pages} pages)</translation>
    </message>
    <message>
        <source>已冲销：冲销单号 {number}</source>
        <translation>Reversed: reversal number {number}</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>会员入会</source>
        <translation>Member enrolled</translation>
    </message>
    <message>
        <source>查找客户(&amp;F)</source>
        <translation>&amp;Find customer</translation>
    </message>
    <message>
        <source>客户(&amp;C)</source>
        <translation>&amp;Customer</translation>
    </message>
    <message>
        <source>等级(&amp;L)</source>
        <translation>&amp;Level</translation>
    </message>
    <message>
        <source>入会日期(&amp;D)</source>
        <translation>&amp;Date joined</translation>
    </message>
    <message>
        <source>备注(&amp;N)</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>姓名、拼音、电话、档案编号、车牌或车架号</source>
        <translation>Name, pinyin, phone, archive number, plate or VIN</translation>
    </message>
    <message>
        <source>按等级规则</source>
        <translation>By the level rules</translation>
    </message>
    <message>
        <source>请先查找并选择要入会的客户。</source>
        <translation>Find and choose the customer to enrol first.</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>策划客户活动</source>
        <translation>Plan a customer event</translation>
    </message>
    <message>
        <source>类型(&amp;K)</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>活动名称(&amp;T)</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>日期(&amp;D)</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>地点(&amp;P)</source>
        <translation>&amp;Place</translation>
    </message>
    <message>
        <source>名额(&amp;C)</source>
        <translation>&amp;Capacity</translation>
    </message>
    <message>
        <source>预算（元）(&amp;B)</source>
        <translation>&amp;Budget (yuan)</translation>
    </message>
    <message>
        <source>备注(&amp;M)</source>
        <translation>Re&amp;mark</translation>
    </message>
    <message>
        <source>如 2000 或 2000.50</source>
        <translation>e.g. 2000 or 2000.50</translation>
    </message>
</context>
<context>
    <name>EventLabels</name>
    <message>
        <source>客户知识讲座</source>
        <translation>Knowledge lecture</translation>
    </message>
    <message>
        <source>客户联谊会</source>
        <translation>Owners&apos; get-together</translation>
    </message>
    <message>
        <source>自驾游</source>
        <translation>Self-drive tour</translation>
    </message>
    <message>
        <source>筹备中</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>已举办</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>短信</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>信函</source>
        <translation>Letter</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <source>已报名 {n} 位。</source>
        <translation>{n} signed up.</translation>
    </message>
    <message>
        <source>已取消 {n} 位的报名。</source>
        <translation>{n} sign-ups withdrawn.</translation>
    </message>
    <message>
        <source>已签到 {n} 位。</source>
        <translation>{n} signed in.</translation>
    </message>
    <message>
        <source>策划活动(&amp;N)</source>
        <translation>&amp;New event</translation>
    </message>
    <message>
        <source>取消活动</source>
        <translation>Cancel event</translation>
    </message>
    <message>
        <source>登记实际费用(&amp;C)</source>
        <translation>Actual &amp;cost</translation>
    </message>
    <message>
        <source>效果报表期间：</source>
        <translation>Effect report period:</translation>
    </message>
    <message>
        <source>效果报表(&amp;R)</source>
        <translation>Effect &amp;report</translation>
    </message>
    <message>
        <source>选择邀请对象(&amp;I)</source>
        <translation>Choose &amp;invitees</translation>
    </message>
    <message>
        <source>登记邀请(&amp;Y)</source>
        <translation>Record invitation (&amp;Y)</translation>
    </message>
    <message>
        <source>报名(&amp;S)</source>
        <translation>&amp;Sign up</translation>
    </message>
    <message>
        <source>取消报名</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>签到(&amp;A)</source>
        <translation>Record &amp;attendance</translation>
    </message>
    <message>
        <source>反馈评分(&amp;B)</source>
        <translation>Feed&amp;back</translation>
    </message>
    <message>
        <source>打印邀请名单</source>
        <translation>Print invitation list</translation>
    </message>
    <message>
        <source>打印签到表</source>
        <translation>Print sign-in sheet</translation>
    </message>
    <message>
        <source>请先在上方列表中选中一个活动。</source>
        <translation>Select an event in the list above first.</translation>
    </message>
    <message>
        <source>请先在邀请名单中选中客户。</source>
        <translation>Select customers in the invitation list first.</translation>
    </message>
    <message>
        <source>邀请名单</source>
        <translation>Invitation list</translation>
    </message>
    <message>
        <source>{title}：名单 {listed} 位，邀请 {invited}，报名 {signed}/{capacity}，到场 {attended}</source>
        <translation>{title}: {listed} listed, {invited} invited, {signed}/{capacity} signed up, {attended} attended</translation>
    </message>
    <message>
        <source>活动已策划，请选择邀请对象。</source>
        <translation>Event planned; now choose the invitees.</translation>
    </message>
    <message>
        <source>活动“{title}”已取消。</source>
        <translation>Event &quot;{title}&quot; cancelled.</translation>
    </message>
    <message>
        <source>实际费用</source>
        <translation>Actual cost</translation>
    </message>
    <message>
        <source>“{title}”的实际费用（元）(&amp;F)：</source>
        <translation>Actual cost of &quot;{title}&quot; (yuan) (&amp;F):</translation>
    </message>
    <message>
        <source>已登记实际费用，人均 {per} 元。</source>
        <translation>Actual cost recorded; {per} yuan per attendee.</translation>
    </message>
    <message>
        <source>已加入邀请名单 {n} 位客户。</source>
        <translation>{n} customers put on the invitation list.</translation>
    </message>
    <message>
        <source>已登记邀请 {n} 位客户（{channel}）。</source>
        <translation>Invitation recorded for {n} customers ({channel}).</translation>
    </message>
    <message>
        <source>已登记 {customer} 的反馈评分 {score}。</source>
        <translation>Feedback score {score} recorded for {customer}.</translation>
    </message>
    <message>
        <source>签到表</source>
        <translation>Sign-in sheet</translation>
    </message>
    <message>
        <source>已保存：{path}（{pages} 页）</source>
        <translation>Saved: {path} ({pages} pages)</translation>
    </message>
    <message>
        <source>正在输出…</source>
        <translation>Writing…</translation>
    </message>
    <message>
        <source>报表已保存：{path}</source>
        <translation>Report saved: {path}</translation>
    </message>
    <message>
        <source>正在输出活动效果报表…</source>
        <translation>Writing the event effect report…</translation>
    </message>
    <message>
        <source>登记邀请</source>
        <translation>Record invitation</translation>
    </message>
    <message>
        <source>邀请方式：</source>
        <translation>Invited via:</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>活动反馈：{customer}</source>
        <translation>Event feedback: {customer}</translation>
    </message>
    <message>
        <source>评分 1-10(&amp;S)</source>
        <translation>&amp;Score 1-10</translation>
    </message>
    <message>
        <source>客户意见(&amp;N)</source>
        <translation>Customer&apos;s comme&amp;nt</translation>
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
        <translation>Responsible</translation>
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
    <message>
        <source>客户资料</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>教育背景</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>家庭</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>业务背景资料</source>
        <translation>Business background</translation>
    </message>
    <message>
        <source>特殊兴趣</source>
        <translation>Special interests</translation>
    </message>
    <message>
        <source>生活方式</source>
        <translation>Lifestyle</translation>
    </message>
    <message>
        <source>客户和你</source>
        <translation>The customer and you</translation>
    </message>
    <message>
        <source>其他注意事项</source>
        <translation>Other notes</translation>
    </message>
    <message>
        <source>身体与健康</source>
        <translation>Health and body</translation>
    </message>
    <message>
        <source>婚姻与子女</source>
        <translation>Marriage and children</translation>
    </message>
    <message>
        <source>政治活动</source>
        <translation>Political activity</translation>
    </message>
    <message>
        <source>宗教信仰</source>
        <translation>Religion</translation>
    </message>
    <message>
        <source>机密私事</source>
        <translation>Confidential matters</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>昵称（小名）</source>
        <translation>Nickname</translation>
    </message>
    <message>
        <source>职称</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>公司名称及地址</source>
        <translation>Company name and address</translation>
    </message>
    <message>
        <source>电话（公）</source>
        <translation>Phone (office)</translation>
    </message>
    <message>
        <source>电话（宅）</source>
        <translation>Phone (home)</translation>
    </message>
    <message>
        <source>出生日期</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>出生地</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <source>籍贯</source>
        <translation>Native place</translation>
    </message>
    <message>
        <source>身高</source>
        <translation>Height</translation>
    </message>
    <message>
        <source>体重</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>身体与五官特征（如秃头、关节炎、背部问题）</source>
        <translation>Physical features (e.g. baldness, arthritis, back problems)</translation>
    </message>
    <message>
        <source>大专院校</source>
        <translation>College or university</translation>
    </message>
    <message>
        <source>毕业日期</source>
        <translation>Graduation date</translation>
    </message>
    <message>
        <source>学位</source>
        <translation>Degree</translation>
    </message>
    <message>
        <source>大学时获奖记录</source>
        <translation>College honours</translation>
    </message>
    <message>
        <source>研究所</source>
        <translation>Graduate school</translation>
    </message>
    <message>
        <source>大学时所属兄弟会/姐妹会</source>
        <translation>College fraternity/sorority</translation>
    </message>
    <message>
        <source>擅长的运动</source>
        <translation>Sports excelled at</translation>
    </message>
    <message>
        <source>课外活动、社团</source>
        <translation>Extracurricular activities, clubs</translation>
    </message>
    <message>
        <source>未上大学者是否在意学位</source>
        <translation>If no college: does the degree matter to them</translation>
    </message>
    <message>
        <source>其他教育背景</source>
        <translation>Other education</translation>
    </message>
    <message>
        <source>兵役军种</source>
        <translation>Military service branch</translation>
    </message>
    <message>
        <source>退役时军阶</source>
        <translation>Rank at discharge</translation>
    </message>
    <message>
        <source>对兵役的态度</source>
        <translation>Attitude toward military service</translation>
    </message>
    <message>
        <source>婚姻状况</source>
        <translation>Marital status</translation>
    </message>
    <message>
        <source>配偶姓名</source>
        <translation>Spouse&apos;s name</translation>
    </message>
    <message>
        <source>配偶教育程度</source>
        <translation>Spouse&apos;s education</translation>
    </message>
    <message>
        <source>配偶兴趣、活动、社团</source>
        <translation>Spouse&apos;s interests, activities, clubs</translation>
    </message>
    <message>
        <source>结婚纪念日</source>
        <translation>Wedding anniversary</translation>
    </message>
    <message>
        <source>子女姓名、年龄</source>
        <translation>Children&apos;s names and ages</translation>
    </message>
    <message>
        <source>是否有抚养权</source>
        <translation>Has custody</translation>
    </message>
    <message>
        <source>子女教育</source>
        <translation>Children&apos;s education</translation>
    </message>
    <message>
        <source>子女喜好</source>
        <translation>Children&apos;s interests</translation>
    </message>
    <message>
        <source>客户的前一份工作</source>
        <translation>Customer&apos;s previous job</translation>
    </message>
    <message>
        <source>公司名称</source>
        <translation>Company name</translation>
    </message>
    <message>
        <source>公司地址</source>
        <translation>Company address</translation>
    </message>
    <message>
        <source>受雇时间</source>
        <translation>Period employed</translation>
    </message>
    <message>
        <source>受雇职衔</source>
        <translation>Job title held</translation>
    </message>
    <message>
        <source>在目前公司的前一个职衔</source>
        <translation>Previous title at the current company</translation>
    </message>
    <message>
        <source>担任日期</source>
        <translation>Date held</translation>
    </message>
    <message>
        <source>办公室里的“地位”象征</source>
        <translation>Office status symbols</translation>
    </message>
    <message>
        <source>参与的职业及贸易团体</source>
        <translation>Professional and trade associations</translation>
    </message>
    <message>
        <source>所任职位</source>
        <translation>Position held</translation>
    </message>
    <message>
        <source>是否聘用顾问</source>
        <translation>Uses consultants</translation>
    </message>
    <message>
        <source>与本公司其他人员的业务关系</source>
        <translation>Business relations with others in our company</translation>
    </message>
    <message>
        <source>关系是否良好</source>
        <translation>Is the relationship good</translation>
    </message>
    <message>
        <source>交出人</source>
        <translation>Handed over by</translation>
    </message>
    <message>
        <source>接收日期</source>
        <translation>Date received</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>交接单号</source>
        <translation>Batch number</translation>
    </message>
    <message>
        <source>未到资料</source>
        <translation>Papers not arrived</translation>
    </message>
    <message>
        <source>短信模板</source>
        <translation>Message template</translation>
    </message>
    <message>
        <source>本公司其他人员对客户的了解</source>
        <translation>What others in our company know of the customer</translation>
    </message>
    <message>
        <source>何种联系</source>
        <translation>Kind of contact</translation>
    </message>
    <message>
        <source>关系性质</source>
        <translation>Nature of the relationship</translation>
    </message>
    <message>
        <source>客户对自己公司的态度</source>
        <translation>Customer&apos;s attitude toward their own company</translation>
    </message>
    <message>
        <source>长期事业目标</source>
        <translation>Long-term business goal</translation>
    </message>
    <message>
        <source>短期事业目标</source>
        <translation>Short-term business goal</translation>
    </message>
    <message>
        <source>最关切公司前途还是个人前途</source>
        <translation>Cares more for the company&apos;s future or their own</translation>
    </message>
    <message>
        <source>多考虑现在还是将来</source>
        <translation>Thinks more of the present or the future</translation>
    </message>
    <message>
        <source>为什么</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>所属私人俱乐部</source>
        <translation>Private clubs</translation>
    </message>
    <message>
        <source>参与的政治活动</source>
        <translation>Political activities taken part in</translation>
    </message>
    <message>
        <source>政党</source>
        <translation>Political party</translation>
    </message>
    <message>
        <source>对客户的重要性</source>
        <translation>Importance to the customer</translation>
    </message>
    <message>
        <source>是否热衷社区活动</source>
        <translation>Active in the community</translation>
    </message>
    <message>
        <source>如何参与</source>
        <translation>How involved</translation>
    </message>
    <message>
        <source>是否热衷</source>
        <translation>Devout</translation>
    </message>
    <message>
        <source>特别机密、不宜谈论的事（如离婚）</source>
        <translation>Confidential matters not to be raised (e.g. divorce)</translation>
    </message>
    <message>
        <source>生意以外特别有意见的话题</source>
        <translation>Topics they feel strongly about (besides business)</translation>
    </message>
    <message>
        <source>病历（目前健康状况）</source>
        <translation>Medical history (current health)</translation>
    </message>
    <message>
        <source>饮酒习惯</source>
        <translation>Drinking habits</translation>
    </message>
    <message>
        <source>所嗜酒类与份量</source>
        <translation>Preferred drinks and amount</translation>
    </message>
    <message>
        <source>不饮酒者是否反对别人喝酒</source>
        <translation>If not drinking: objects to others drinking</translation>
    </message>
    <message>
        <source>是否吸烟</source>
        <translation>Smokes</translation>
    </message>
    <message>
        <source>不吸烟者是否反对别人吸烟</source>
        <translation>If not smoking: objects to others smoking</translation>
    </message>
    <message>
        <source>最喜欢的午餐地点</source>
        <translation>Favourite place for lunch</translation>
    </message>
    <message>
        <source>最喜欢的晚餐地点</source>
        <translation>Favourite place for dinner</translation>
    </message>
    <message>
        <source>最喜欢的菜式</source>
        <translation>Favourite dishes</translation>
    </message>
    <message>
        <source>是否反对别人请客</source>
        <translation>Objects to being treated</translation>
    </message>
    <message>
        <source>嗜好与娱乐</source>
        <translation>Hobbies and recreation</translation>
    </message>
    <message>
        <source>喜读的书</source>
        <translation>Favourite reading</translation>
    </message>
    <message>
        <source>喜欢的度假方式</source>
        <translation>Favourite kind of holiday</translation>
    </message>
    <message>
        <source>喜欢观看的运动</source>
        <translation>Favourite spectator sports</translation>
    </message>
    <message>
        <source>车子品牌</source>
        <translation>Car make</translation>
    </message>
    <message>
        <source>喜欢的话题</source>
        <translation>Favourite topics</translation>
    </message>
    <message>
        <source>希望引起谁的注意</source>
        <translation>Whose attention they seek</translation>
    </message>
    <message>
        <source>希望被这些人如何看重</source>
        <translation>How they want to be regarded by them</translation>
    </message>
    <message>
        <source>你会怎样形容这位客户</source>
        <translation>How you would describe this customer</translation>
    </message>
    <message>
        <source>客户自认最得意的成就</source>
        <translation>Achievement the customer is proudest of</translation>
    </message>
    <message>
        <source>你认为客户的长期个人目标</source>
        <translation>Customer&apos;s long-term personal goal, in your view</translation>
    </message>
    <message>
        <source>你认为客户的眼前个人目标</source>
        <translation>Customer&apos;s immediate personal goal, in your view</translation>
    </message>
    <message>
        <source>与客户做生意时最担心的道德与伦理问题</source>
        <translation>Ethical concerns you have in doing business with the customer</translation>
    </message>
    <message>
        <source>客户是否觉得对你、你的公司或竞争者负有责任</source>
        <translation>Does the customer feel obliged to you, your company or a competitor</translation>
    </message>
    <message>
        <source>如有，是什么</source>
        <translation>If so, to what</translation>
    </message>
    <message>
        <source>客户是否须改变习惯、做不利于自己的事才能配合你的建议</source>
        <translation>Must the customer change habits or act against their own interest to follow your proposal</translation>
    </message>
    <message>
        <source>是否特别在意别人的意见</source>
        <translation>Cares much about others&apos; opinions</translation>
    </message>
    <message>
        <source>是否非常以自我为中心</source>
        <translation>Very self-centred</translation>
    </message>
    <message>
        <source>道德感是否很强</source>
        <translation>Strong sense of ethics</translation>
    </message>
    <message>
        <source>客户眼中最关键的问题</source>
        <translation>Key issues in the customer&apos;s eyes</translation>
    </message>
    <message>
        <source>客户的管理层看重什么</source>
        <translation>What the customer&apos;s management values</translation>
    </message>
    <message>
        <source>客户与上司是否有冲突</source>
        <translation>Conflict between the customer and their superior</translation>
    </message>
    <message>
        <source>你能否协助化解客户与上司的问题，如何化解</source>
        <translation>Can you help resolve it, and how</translation>
    </message>
    <message>
        <source>竞争者对以上问题是否有比你更好的答案</source>
        <translation>Do competitors have better answers to the above than you</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>工作日数</source>
        <translation>Number of working days</translation>
    </message>
    <message>
        <source>节日名称</source>
        <translation>Festival name</translation>
    </message>
    <message>
        <source>日期规则</source>
        <translation>Date rule</translation>
    </message>
    <message>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>日 / 第几个</source>
        <translation>Day / n-th</translation>
    </message>
    <message>
        <source>星期</source>
        <translation>Weekday</translation>
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
        <source>密码(&amp;P)</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>姓名(&amp;M)</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <source>再输入一次(&amp;R)</source>
        <translation>&amp;Repeat password</translation>
    </message>
</context>
<context>
    <name>FollowUpTab</name>
    <message>
        <source>到货异常跟踪（未关闭）</source>
        <translation>Arrival follow-ups (open)</translation>
    </message>
    <message>
        <source>记录跟进(&amp;N)</source>
        <translation>Add follow-up &amp;note</translation>
    </message>
    <message>
        <source>关闭跟踪项(&amp;C)</source>
        <translation>&amp;Close follow-up</translation>
    </message>
    <message>
        <source>收货日期</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>往来单位</source>
        <translation>Counterparty</translation>
    </message>
    <message>
        <source>发货清单号</source>
        <translation>Delivery list no.</translation>
    </message>
    <message>
        <source>退换货申请号</source>
        <translation>Return request no.</translation>
    </message>
    <message>
        <source>备件编号</source>
        <translation>Part number</translation>
    </message>
    <message>
        <source>异常</source>
        <translation>Anomaly</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>记录跟进</source>
        <translation>Add follow-up note</translation>
    </message>
    <message>
        <source>跟进情况(&amp;F)：</source>
        <translation>&amp;Follow-up:</translation>
    </message>
    <message>
        <source>处理结果(&amp;R)：</source>
        <translation>&amp;Resolution:</translation>
    </message>
    <message>
        <source>已记录。</source>
        <translation>Recorded.</translation>
    </message>
    <message>
        <source>关闭跟踪项</source>
        <translation>Close follow-up</translation>
    </message>
    <message>
        <source>已关闭。</source>
        <translation>Closed.</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>请填写{field}。</source>
        <translation>Please fill in {field}.</translation>
    </message>
    <message>
        <source>放弃(&amp;D)</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>资料交接表单</source>
        <translation>Handover form</translation>
    </message>
    <message>
        <source>新建交接单</source>
        <translation>New batch</translation>
    </message>
    <message>
        <source>接收 / 打印</source>
        <translation>Receive / print</translation>
    </message>
    <message>
        <source>资料类别(&amp;K)</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>销售档案（交车后 2 个工作日内交）</source>
        <translation>Sales files (due 2 working days after delivery)</translation>
    </message>
    <message>
        <source>维修档案（进厂后 1 个工作日内交）</source>
        <translation>Repair files (due 1 working day after the visit)</translation>
    </message>
    <message>
        <source>责任人(&amp;R)</source>
        <translation>&amp;Responsible</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>交出人(&amp;B)</source>
        <translation>Handed over &amp;by</translation>
    </message>
    <message>
        <source>车业管理员或售后前台的姓名</source>
        <translation>the vehicle administrator&apos;s or service desk&apos;s name</translation>
    </message>
    <message>
        <source>全选(&amp;A)</source>
        <translation>Tick &amp;all</translation>
    </message>
    <message>
        <source>生成交接单(&amp;N)</source>
        <translation>&amp;New batch</translation>
    </message>
    <message>
        <source>接收日期(&amp;D)</source>
        <translation>&amp;Date received</translation>
    </message>
    <message>
        <source>登记接收(&amp;V)</source>
        <translation>Recei&amp;ve</translation>
    </message>
    <message>
        <source>打印交接单(&amp;P)…</source>
        <translation>&amp;Print list…</translation>
    </message>
    <message>
        <source>作废(&amp;X)…</source>
        <translation>Cancel batch (&amp;X)…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>交接</source>
        <translation>Hand over</translation>
    </message>
    <message>
        <source>车架号 / 工单号</source>
        <translation>VIN / RO number</translation>
    </message>
    <message>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>车牌号</source>
        <translation>Plate</translation>
    </message>
    <message>
        <source>交车/进厂</source>
        <translation>Delivered / visited</translation>
    </message>
    <message>
        <source>责任人</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>移交期限</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>缺的资料</source>
        <translation>Missing papers</translation>
    </message>
    <message>
        <source>交接单号</source>
        <translation>Batch number</translation>
    </message>
    <message>
        <source>资料类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>交出人</source>
        <translation>Handed over by</translation>
    </message>
    <message>
        <source>份数</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>制单时间</source>
        <translation>Made at</translation>
    </message>
    <message>
        <source>车架号 / 工单号 · 资料</source>
        <translation>VIN / RO number · paper</translation>
    </message>
    <message>
        <source>核对资料：单上列为已交的资料已勾选，实际未到的请取消勾选（记为缺）。</source>
        <translation>Check the papers: those the list says are handed over are ticked; untick any that did not arrive (recorded as missing).</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>齐全</source>
        <translation>complete</translation>
    </message>
    <message>
        <source>待交 {n} 份</source>
        <translation>{n} to hand over</translation>
    </message>
    <message>
        <source>已生成交接单 {number}：{files} 份档案，资料有 {present} 项、缺 {missing} 项。请在“接收 / 打印”中打印交接单，随资料交接。</source>
        <translation>Handover batch {number} made: {files} files, {present} papers present, {missing} missing. Print the list under Receive / print and hand it over with the papers.</translation>
    </message>
    <message>
        <source>销售档案</source>
        <translation>Sales file</translation>
    </message>
    <message>
        <source>维修档案</source>
        <translation>Repair file</translation>
    </message>
    <message>
        <source>请先在列表中选中一张交接单。</source>
        <translation>Select a batch in the list first.</translation>
    </message>
    <message>
        <source>交接单 {number} 已接收：{files} 份档案、{papers} 项资料，迟交 {late} 份。</source>
        <translation>Batch {number} received: {files} files, {papers} papers; {late} handed over late.</translation>
    </message>
    <message>
        <source>迟交：{reference}（责任人 {person}，期限 {due}，迟 {days} 个工作日）</source>
        <translation>Late: {reference} (responsible {person}, due {due}, {days} working days late)</translation>
    </message>
    <message>
        <source>交接单 {number} 已保存到 {path}（{pages} 页），打印后交接双方签字。</source>
        <translation>Batch {number} saved to {path} ({pages} pages); print it for both sides to sign.</translation>
    </message>
    <message>
        <source>正在生成交接单…</source>
        <translation>Making the handover list…</translation>
    </message>
    <message>
        <source>交接单 {number} 已作废，其中的资料可列入新的交接单。</source>
        <translation>Batch {number} cancelled; its files can go into a new batch.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>档案修订历史</source>
        <translation>Profile revision history</translation>
    </message>
    <message>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>时间 / 修改人</source>
        <translation>Time / changed by</translation>
    </message>
    <message>
        <source>修改的项目</source>
        <translation>Fields changed</translation>
    </message>
    <message>
        <source>对比版本(&amp;A)</source>
        <translation>Comp&amp;are revision</translation>
    </message>
    <message>
        <source>与版本(&amp;B)</source>
        <translation>with revision (&amp;B)</translation>
    </message>
    <message>
        <source>只显示有变化的项目(&amp;O)</source>
        <translation>&amp;Only fields that changed</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>（敏感项已删除）</source>
        <translation>(sensitive items erased)</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>版本 {n}</source>
        <translation>Revision {n}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>将记账</source>
        <translation>Will post</translation>
    </message>
    <message>
        <source>已记账</source>
        <translation>Posted</translation>
    </message>
    <message>
        <source>已记过账，跳过</source>
        <translation>Already posted, skipped</translation>
    </message>
    <message>
        <source>总部发货</source>
        <translation>HQ shipment</translation>
    </message>
    <message>
        <source>总部到货</source>
        <translation>HQ receipt</translation>
    </message>
    <message>
        <source>在途短少</source>
        <translation>Transit loss</translation>
    </message>
    <message>
        <source>发服务站</source>
        <translation>Issue to station</translation>
    </message>
    <message>
        <source>服务站返坏件</source>
        <translation>Station returns bad parts</translation>
    </message>
    <message>
        <source>服务站退好件</source>
        <translation>Station returns good parts</translation>
    </message>
    <message>
        <source>返总部坏件</source>
        <translation>Bad parts to HQ</translation>
    </message>
    <message>
        <source>总部确认收坏件</source>
        <translation>HQ confirms bad parts</translation>
    </message>
    <message>
        <source>维修换件</source>
        <translation>Counter repair issue</translation>
    </message>
    <message>
        <source>盘点调整好件</source>
        <translation>Stocktake adjustment (good)</translation>
    </message>
    <message>
        <source>盘点调整坏件</source>
        <translation>Stocktake adjustment (bad)</translation>
    </message>
    <message>
        <source>报废</source>
        <translation>Scrap</translation>
    </message>
    <message>
        <source>冲销</source>
        <translation>Reversal</translation>
    </message>
    <message>
        <source>好件库存</source>
        <translation>Good stock</translation>
    </message>
    <message>
        <source>坏件库存</source>
        <translation>Bad stock</translation>
    </message>
    <message>
        <source>在途（总部发来）</source>
        <translation>In transit (from HQ)</translation>
    </message>
    <message>
        <source>在途（返总部）</source>
        <translation>In transit (to HQ)</translation>
    </message>
    <message>
        <source>欠人坏件</source>
        <translation>Bad parts we owe</translation>
    </message>
    <message>
        <source>人欠坏件</source>
        <translation>Bad parts owed to us</translation>
    </message>
    <message>
        <source>期初建账</source>
        <translation>Opening balances</translation>
    </message>
    <message>
        <source>导入档案台账</source>
        <translation>Import archive list</translation>
    </message>
    <message>
        <source>导入备件数据</source>
        <translation>Import parts data</translation>
    </message>
    <message>
        <source>导入内容(&amp;K)：</source>
        <translation>Import &amp;kind:</translation>
    </message>
    <message>
        <source>单据</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>往来单位</source>
        <translation>Counterparty</translation>
    </message>
    <message>
        <source>备件</source>
        <translation>Parts</translation>
    </message>
    <message>
        <source>期初余额</source>
        <translation>Opening balances</translation>
    </message>
    <message>
        <source>档案台账</source>
        <translation>archive list</translation>
    </message>
    <message>
        <source>期初建账模板.xlsx</source>
        <translation>opening balances template.xlsx</translation>
    </message>
    <message>
        <source>档案台账导入模板.xlsx</source>
        <translation>archive list template.xlsx</translation>
    </message>
    <message>
        <source>建账日(&amp;D)：</source>
        <translation>Go-live &amp;date:</translation>
    </message>
    <message>
        <source>期初余额是这一天结束时的账；建账日当天及以前不能再记账。</source>
        <translation>The opening balances are the books at the end of this day; nothing can be posted on or before it afterwards.</translation>
    </message>
    <message>
        <source>请选择 .xlsx、.xls、.ods 或 CSV 文件</source>
        <translation>Choose an .xlsx, .xls, .ods or CSV file</translation>
    </message>
    <message>
        <source>选择文件(&amp;O)…</source>
        <translation>&amp;Open file…</translation>
    </message>
    <message>
        <source>下载模板(&amp;T)…</source>
        <translation>Download &amp;template…</translation>
    </message>
    <message>
        <source>跳过隐藏行(&amp;H)</source>
        <translation>Skip &amp;hidden rows</translation>
    </message>
    <message>
        <source>不导入在 Excel 中隐藏或被筛选隐藏的行；不勾选时，有这样的行则整个文件不导入。</source>
        <translation>Leave out rows hidden in Excel by hand or by a filter; unticked, a file with such rows is not imported at all.</translation>
    </message>
    <message>
        <source>问题（整个文件不会导入，请改正后重新选择文件）：</source>
        <translation>Problems (nothing of the file is imported; correct them and choose the file again):</translation>
    </message>
    <message>
        <source>行</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>列</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>导入(&amp;I)</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>选择文件后先预览：显示每个账本的每一行期初余额（往来单位、原始日期、账龄、原始单号）；确认无误再导入，整个文件要么全部导入，要么一行也不导入。</source>
        <translation>Pick a file to preview it first: every opening line of every book (counterparty, original date, age, original number); import once it is right. The whole file is imported, or none of it.</translation>
    </message>
    <message>
        <source>选择文件后先预览：显示每张单据将记什么账、对各账簿的影响；确认无误再导入。</source>
        <translation>After choosing a file you see a preview: what each document will post and its effect on every book. Import when it is right.</translation>
    </message>
    <message>
        <source>正在检查文件…</source>
        <translation>Checking the file…</translation>
    </message>
    <message>
        <source>正在导入…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>备件导入模板.xlsx</source>
        <translation>parts-import-template.xlsx</translation>
    </message>
    <message>
        <source>节假日日历</source>
        <translation>Holiday calendar</translation>
    </message>
    <message>
        <source>节假日日历模板.xlsx</source>
        <translation>holiday calendar template.xlsx</translation>
    </message>
    <message>
        <source>导入节假日日历</source>
        <translation>Import holiday calendar</translation>
    </message>
    <message>
        <source>15 位身份证号转为 18 位(&amp;8)</source>
        <translation>Convert 15-digit IDs to 18 digits (&amp;8)</translation>
    </message>
    <message>
        <source>第一代 15 位身份证号按国家标准补全为 18 位后导入，每行给出提示，请与证件核对。</source>
        <translation>First-generation 15-digit resident IDs are imported in their 18-digit form by the national standard; each such row gets a reminder to check it against the card.</translation>
    </message>
    <message>
        <source>已记账 {documents} 张单据、{lines} 行。</source>
        <translation>Posted {documents} documents, {lines} lines.</translation>
    </message>
    <message>
        <source>已建期初 {number}，建账日 {date}，{lines} 行；建账日当天及以前不能再记账。</source>
        <translation>Opening {number} posted, go-live date {date}, {lines} lines; nothing can be posted on or before that date.</translation>
    </message>
    <message>
        <source>已导入 {rows} 行：新建客户 {created} 位，并入已有客户 {existing} 行，车辆 {vehicles} 辆。</source>
        <translation>Imported {rows} rows: {created} new customers, {existing} rows added to existing customers, {vehicles} vehicles.</translation>
    </message>
    <message>
        <source>已导入 {days} 天（{years} 年），重新计算了 {moved} 个未到的截止日期。</source>
        <translation>Imported {days} days ({years}); {moved} open deadlines recomputed.</translation>
    </message>
    <message>
        <source>已新建 {created} 条、更新 {updated} 条。</source>
        <translation>{created} created, {updated} updated.</translation>
    </message>
    <message>
        <source>模板已保存到 {path}。</source>
        <translation>Template saved to {path}.</translation>
    </message>
    <message>
        <source>文件未导入。</source>
        <translation>The file was not imported.</translation>
    </message>
    <message>
        <source>账本</source>
        <translation>Book</translation>
    </message>
    <message>
        <source>备件编号</source>
        <translation>Part number</translation>
    </message>
    <message>
        <source>备件名称</source>
        <translation>Part name</translation>
    </message>
    <message>
        <source>数量</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>原始日期</source>
        <translation>Original date</translation>
    </message>
    <message>
        <source>账龄（天）</source>
        <translation>Age (days)</translation>
    </message>
    <message>
        <source>原始单号</source>
        <translation>Original number</translation>
    </message>
    <message>
        <source>{book} {lines} 行 {qty} 件</source>
        <translation>{book} {lines} lines, {qty} pcs</translation>
    </message>
    <message>
        <source>（{count} 张单）</source>
        <translation> ({count} slips)</translation>
    </message>
    <message>
        <source>，待总部确认</source>
        <translation>, awaiting HQ confirmation</translation>
    </message>
    <message>
        <source>将建期初 {number}，建账日 {date}，共 {lines} 行：</source>
        <translation>Will post opening {number}, go-live date {date}, {lines} lines: </translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>。</source>
        <translation>.</translation>
    </message>
    <message>
        <source>提醒</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <source>将导入 {rows} 行：新建客户 {created} 位，并入已有客户 {existing} 行，车辆 {vehicles} 辆。</source>
        <translation>Will import {rows} rows: {created} new customers, {existing} rows added to existing customers, {vehicles} vehicles.</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>上班</source>
        <translation>Working day</translation>
    </message>
    <message>
        <source>放假</source>
        <translation>Day off</translation>
    </message>
    <message>
        <source>将导入 {days} 天（{years} 年），重新计算 {moved} 个未到的截止日期。</source>
        <translation>Will import {days} days ({years}) and recompute {moved} open deadlines.</translation>
    </message>
    <message>
        <source>单据类型</source>
        <translation>Document type</translation>
    </message>
    <message>
        <source>单据号</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <source>行数</source>
        <translation>Lines</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>本公司单号</source>
        <translation>Our number</translation>
    </message>
    <message>
        <source>对账簿的影响</source>
        <translation>Effect on the books</translation>
    </message>
    <message>
        <source>将记账 {documents} 张单据、{lines} 行；已记过账跳过 {skipped} 张。</source>
        <translation>Will post {documents} documents, {lines} lines; {skipped} already posted, skipped.</translation>
    </message>
    <message>
        <source>将新建备件 {count} 个：{parts}。</source>
        <translation> Will create {count} new parts: {parts}.</translation>
    </message>
    <message>
        <source>编码 / 编号</source>
        <translation>Code / number</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>新建</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>更新</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>将新建 {created} 条、更新 {updated} 条，{unchanged} 条无变化。</source>
        <translation>Will create {created}, update {updated}; {unchanged} unchanged.</translation>
    </message>
    <message>
        <source>已按要求跳过隐藏行 {count} 行（第 {rows} 行）。</source>
        <translation> Skipped {count} hidden rows as asked (row {rows}).</translation>
    </message>
</context>
<context>
    <name>InspectionDialog</name>
    <message>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <source>变形</source>
        <translation>Deformed</translation>
    </message>
    <message>
        <source>露皮</source>
        <translation>Skin worn through</translation>
    </message>
    <message>
        <source>缺件</source>
        <translation>Missing parts</translation>
    </message>
    <message>
        <source>外壳划伤</source>
        <translation>Casing scratched</translation>
    </message>
    <message>
        <source>屏划伤</source>
        <translation>Screen scratched</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>行</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>备件编号</source>
        <translation>Part number</translation>
    </message>
    <message>
        <source>备件名称</source>
        <translation>Part name</translation>
    </message>
    <message>
        <source>清单数量</source>
        <translation>Listed qty</translation>
    </message>
    <message>
        <source>实收</source>
        <translation>Found</translation>
    </message>
    <message>
        <source>异常</source>
        <translation>Anomaly</translation>
    </message>
    <message>
        <source>异常说明</source>
        <translation>Anomaly note</translation>
    </message>
    <message>
        <source>到货检验 {number}（记录货品记录跟踪表）</source>
        <translation>Receiving inspection {number} (goods tracking record)</translation>
    </message>
    <message>
        <source>到货</source>
        <translation>Arrival</translation>
    </message>
    <message>
        <source>送货单位</source>
        <translation>Sent by</translation>
    </message>
    <message>
        <source>到货日期</source>
        <translation>Arrived on</translation>
    </message>
    <message>
        <source>入账单据</source>
        <translation>Posted as</translation>
    </message>
    <message>
        <source>发货清单号(&amp;D)</source>
        <translation>&amp;Delivery list no.</translation>
    </message>
    <message>
        <source>退换货申请表号(&amp;E)</source>
        <translation>R&amp;eturn request no.</translation>
    </message>
    <message>
        <source>清点明细(&amp;L)：实收栏直接输入数字，回车到下一行</source>
        <translation>Counted &amp;lines: type the number found in the Found column, Enter goes to the next line</translation>
    </message>
    <message>
        <source>本行异常(&amp;Y)</source>
        <translation>Line&apos;s anomal&amp;y</translation>
    </message>
    <message>
        <source>异常说明(&amp;N)</source>
        <translation>Anomaly &amp;note</translation>
    </message>
    <message>
        <source>外包装完好(&amp;K)</source>
        <translation>Outer pac&amp;king intact</translation>
    </message>
    <message>
        <source>包装说明(&amp;P)</source>
        <translation>&amp;Packing note</translation>
    </message>
    <message>
        <source>开箱见证人(&amp;W)</source>
        <translation>Opened &amp;with (witness)</translation>
    </message>
    <message>
        <source>外包装破损时，与清点人一同开箱的人，例如物流司机</source>
        <translation>Who opened a damaged box with the clerk, e.g. the carrier&apos;s driver</translation>
    </message>
    <message>
        <source>记录(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>实收只能填数字（不是“{text}”）。</source>
        <translation>Found takes digits only (not &quot;{text}&quot;).</translation>
    </message>
    <message>
        <source>第 {line} 行 {part} 的实收数量未填：没有收到请填 0。</source>
        <translation>Line {line} {part}: the quantity found is blank; type 0 if none arrived.</translation>
    </message>
    <message>
        <source>第 {line} 行 {part} 写了异常说明，请选择本行异常。</source>
        <translation>Line {line} {part} has an anomaly note: choose the line&apos;s anomaly.</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <source>选择邀请对象</source>
        <translation>Choose invitees</translation>
    </message>
    <message>
        <source>会员(&amp;E)</source>
        <translation>M&amp;embers</translation>
    </message>
    <message>
        <source>车型(&amp;O)</source>
        <translation>M&amp;odel</translation>
    </message>
    <message>
        <source>价值分类(&amp;V)</source>
        <translation>&amp;Value class</translation>
    </message>
    <message>
        <source>城市(&amp;Y)</source>
        <translation>Cit&amp;y</translation>
    </message>
    <message>
        <source>近几个月内进过厂(&amp;W)</source>
        <translation>Visited the &amp;workshop within</translation>
    </message>
    <message>
        <source>超过几个月未进厂(&amp;L)</source>
        <translation>&amp;Last visit more than</translation>
    </message>
    <message>
        <source>只选车主俱乐部会员</source>
        <translation>Owners&apos; club members only</translation>
    </message>
    <message>
        <source>如 速腾（含此文字的车型）</source>
        <translation>e.g. 速腾 (models containing this text)</translation>
    </message>
    <message>
        <source>如 郑州</source>
        <translation>e.g. 郑州</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>不限</source>
        <translation>Any</translation>
    </message>
    <message>
        <source> 个月</source>
        <translation> months</translation>
    </message>
    <message>
        <source>查找(&amp;F)</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>加入邀请名单(&amp;A)</source>
        <translation>&amp;Add to invitation list</translation>
    </message>
    <message>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>城市</source>
        <translation>City</translation>
    </message>
    <message>
        <source>车型</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>最近进厂</source>
        <translation>Last visit</translation>
    </message>
    <message>
        <source>符合条件的客户 {n} 位（免打扰客户和已在名单上的不列出）；选中部分客户只加入选中的，不选则全部加入。</source>
        <translation>{n} customers match (do-not-contact customers and those already listed are left out); select some to add only those, or none to add them all.</translation>
    </message>
    <message>
        <source>筛选条件已改动，名单还是上次查找的结果：请先按“查找”，再加入邀请名单。</source>
        <translation>The filters have changed and the list is still the last search&apos;s result: press Find first, then add to the invitation list.</translation>
    </message>
</context>
<context>
    <name>LabelDialog</name>
    <message>
        <source>标签打印机 60×40 毫米</source>
        <translation>Label printer 60×40 mm</translation>
    </message>
    <message>
        <source>标签打印机 100×70 毫米</source>
        <translation>Label printer 100×70 mm</translation>
    </message>
    <message>
        <source>A4 标签纸 3 列 × 8 行</source>
        <translation>A4 label sheet, 3 columns × 8 rows</translation>
    </message>
    <message>
        <source>A4 标签纸 2 列 × 5 行</source>
        <translation>A4 label sheet, 2 columns × 5 rows</translation>
    </message>
    <message>
        <source>A4 标签纸（自定行列与边距）</source>
        <translation>A4 label sheet (rows, columns and margins chosen)</translation>
    </message>
    <message>
        <source>箱标签</source>
        <translation>Box labels</translation>
    </message>
    <message>
        <source>装箱单</source>
        <translation>Packing list</translation>
    </message>
    <message>
        <source>打印旧件标签 {number}</source>
        <translation>Print old-part tags {number}</translation>
    </message>
    <message>
        <source>装箱 {number}</source>
        <translation>Pack boxes {number}</translation>
    </message>
    <message>
        <source>标签版式(&amp;L)</source>
        <translation>&amp;Layout</translation>
    </message>
    <message>
        <source>行数(&amp;W)</source>
        <translation>Ro&amp;ws</translation>
    </message>
    <message>
        <source>列数(&amp;C)</source>
        <translation>&amp;Columns</translation>
    </message>
    <message>
        <source>上边距（毫米）(&amp;T)</source>
        <translation>&amp;Top margin (mm)</translation>
    </message>
    <message>
        <source>左边距（毫米）(&amp;E)</source>
        <translation>L&amp;eft margin (mm)</translation>
    </message>
    <message>
        <source>打印内容(&amp;K)</source>
        <translation>Print &amp;kind</translation>
    </message>
    <message>
        <source>箱子（重量与所装标签号，可扫描）</source>
        <translation>Boxes (weight and the tag ids packed; scanning works)</translation>
    </message>
    <message>
        <source>重量（公斤）</source>
        <translation>Weight (kg)</translation>
    </message>
    <message>
        <source>标签号</source>
        <translation>Tag ids</translation>
    </message>
    <message>
        <source>加一箱(&amp;A)</source>
        <translation>&amp;Add a box</translation>
    </message>
    <message>
        <source>保存装箱(&amp;S)</source>
        <translation>&amp;Save boxes</translation>
    </message>
    <message>
        <source>打印(&amp;P)…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>已保存 {boxes} 箱，共 {count} 件。</source>
        <translation>Saved {boxes} boxes, {count} parts in all.</translation>
    </message>
    <message>
        <source>已送打印：{pages} 页</source>
        <translation>Sent to the printer: {pages} pages</translation>
    </message>
</context>
<context>
    <name>LockCover</name>
    <message>
        <source>正在切换用户：请在登录窗口中登录。</source>
        <translation>Switching user: log in in the login window.</translation>
    </message>
    <message>
        <source>已锁定：{name} 离开了。</source>
        <translation>Locked: {name} stepped away.</translation>
    </message>
    <message>
        <source>解锁或切换用户(&amp;U)…</source>
        <translation>&amp;Unlock or switch user…</translation>
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
    <message>
        <source>窗口已锁定。输入密码继续；其他用户可改填自己的用户名登录（切换用户）。</source>
        <translation>The window is locked. Enter the password to continue; another user may type their own user name to log in (switch user).</translation>
    </message>
</context>
<context>
    <name>MailMergeDialog</name>
    <message>
        <source>短信平台名单（Excel .xlsx）</source>
        <translation>SMS platform list (Excel .xlsx)</translation>
    </message>
    <message>
        <source>短信平台名单（CSV）</source>
        <translation>SMS platform list (CSV)</translation>
    </message>
    <message>
        <source>信封地址标签（PDF，A4 每页 14 张）</source>
        <translation>Address labels (PDF, 14 per A4 sheet)</translation>
    </message>
    <message>
        <source>信函（PDF，每位客户一页）</source>
        <translation>Letters (PDF, one page per customer)</translation>
    </message>
    <message>
        <source>导出短信 / 信函</source>
        <translation>Export SMS / letters</translation>
    </message>
    <message>
        <source>关怀类别(&amp;K)</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>日期(&amp;D)</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>短信模板(&amp;T)</source>
        <translation>Message &amp;template</translation>
    </message>
    <message>
        <source>短信模板（经理维护）(&amp;T)</source>
        <translation>Message &amp;template (kept by the manager)</translation>
    </message>
    <message>
        <source>合并字段：{fields}。{称呼} 按身份证号写作“张先生 / 张女士”。</source>
        <translation>Merge fields: {fields}. {称呼} reads 张先生 / 张女士 (Mr / Ms Zhang) by the ID number.</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>预览(&amp;V)</source>
        <translation>Pre&amp;view</translation>
    </message>
    <message>
        <source>保存模板(&amp;S)</source>
        <translation>&amp;Save template</translation>
    </message>
    <message>
        <source>格式(&amp;F)</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>导出后标记为已发送(&amp;M)</source>
        <translation>&amp;Mark sent after the export</translation>
    </message>
    <message>
        <source>导出(&amp;E)…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>手机号码 / 地址</source>
        <translation>Mobile / address</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>{rows} 位客户；未列入：免打扰 {blocked} 位，无手机号或地址 {unreachable} 位。最长一条 {n} 字（每条短信 {segment} 字）。</source>
        <translation>{rows} customers; left out: do-not-contact {blocked}, no mobile or address {unreachable}. Longest message {n} characters ({segment} per SMS).</translation>
    </message>
    <message>
        <source>{rows} 位客户；未列入：免打扰 {blocked} 位，无手机号或地址 {unreachable} 位。</source>
        <translation>{rows} customers; left out: do-not-contact {blocked}, no mobile or address {unreachable}.</translation>
    </message>
    <message>
        <source>模板已保存。</source>
        <translation>Template saved.</translation>
    </message>
    <message>
        <source>已写入 {path}：{rows} 位客户；未列入：免打扰 {blocked} 位，无手机号或地址 {unreachable} 位。</source>
        <translation>Written to {path}: {rows} customers; left out: do-not-contact {blocked}, no mobile or address {unreachable}.</translation>
    </message>
    <message>
        <source>已标记 {n} 条关怀为已发送。</source>
        <translation>{n} care messages marked sent.</translation>
    </message>
    <message>
        <source>正在导出…</source>
        <translation>Exporting…</translation>
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
        <source>切换用户(&amp;U)…</source>
        <translation>Switch &amp;user…</translation>
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
        <source>演示数据库：{where}</source>
        <translation>Demo database: {where}</translation>
    </message>
    <message>
        <source>数据库：{where}</source>
        <translation>Database: {where}</translation>
    </message>
    <message>
        <source>{page}（演示数据库）</source>
        <translation>{page} (demo database)</translation>
    </message>
    <message>
        <source>{page} — {branch}</source>
        <translation>{page} — {branch}</translation>
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
    <message>
        <source>正在处理，完成后才能切换用户。</source>
        <translation>Work is in progress; switch user when it has finished.</translation>
    </message>
    <message>
        <source>有窗口未关闭，仍由 {name} 使用。</source>
        <translation>A window is still open; {name} stays logged in.</translation>
    </message>
    <message>
        <source>{name} 已登录。</source>
        <translation>{name} is logged in.</translation>
    </message>
    <message>
        <source>{name} 已登录。{owner} 未保存的内容已存为草稿，{owner} 再打开时可恢复。</source>
        <translation>{name} logged in. {owner}&apos;s unsaved work was kept as a draft, which {owner} can restore on opening it again.</translation>
    </message>
    <message>
        <source>{name} 未保存的内容</source>
        <translation>{name}&apos;s unsaved work</translation>
    </message>
    <message>
        <source>{name} 还开着：{titles}，可能有 {name} 未保存的内容。
{new_user} 登录前要先关闭这些窗口，每个窗口会问如何处理 {name} 的内容。继续？</source>
        <translation>{name} still has open: {titles}, possibly with {name}&apos;s unsaved work.
Before {new_user} logs in these windows must close; each asks what to do with {name}&apos;s work. Continue?</translation>
    </message>
</context>
<context>
    <name>ManagerDialog</name>
    <message>
        <source>经理批准</source>
        <translation>Manager approval</translation>
    </message>
    <message>
        <source>{doc_type}单据须经理批准：请经理输入用户名和密码，单据将以经理的名义过账。</source>
        <translation>A {doc_type} document needs a manager&apos;s approval: the manager enters a username and password, and the document is posted in the manager&apos;s name.</translation>
    </message>
    <message>
        <source>经理用户名(&amp;U)</source>
        <translation>Manager &amp;username</translation>
    </message>
    <message>
        <source>密码(&amp;P)</source>
        <translation>&amp;Password</translation>
    </message>
</context>
<context>
    <name>MemberLevels</name>
    <message>
        <source>普卡会员</source>
        <translation>Standard member</translation>
    </message>
    <message>
        <source>银卡会员</source>
        <translation>Silver member</translation>
    </message>
    <message>
        <source>金卡会员</source>
        <translation>Gold member</translation>
    </message>
    <message>
        <source>钻石会员</source>
        <translation>Diamond member</translation>
    </message>
    <message>
        <source>免费洗车</source>
        <translation>Free car wash</translation>
    </message>
    <message>
        <source>免费安全检测</source>
        <translation>Free safety check</translation>
    </message>
    <message>
        <source>道路救援</source>
        <translation>Roadside assistance</translation>
    </message>
    <message>
        <source>工时九五折</source>
        <translation>5% off labour</translation>
    </message>
    <message>
        <source>工时九折</source>
        <translation>10% off labour</translation>
    </message>
    <message>
        <source>工时八五折</source>
        <translation>15% off labour</translation>
    </message>
    <message>
        <source>生日礼品</source>
        <translation>Birthday gift</translation>
    </message>
    <message>
        <source>活动优先报名</source>
        <translation>First sign-up for events</translation>
    </message>
    <message>
        <source>代步车</source>
        <translation>Courtesy car</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>有效</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>待续期</source>
        <translation>Due for renewal</translation>
    </message>
    <message>
        <source>已到期</source>
        <translation>Lapsed</translation>
    </message>
    <message>
        <source>续期(&amp;W)</source>
        <translation>Rene&amp;wal</translation>
    </message>
    <message>
        <source>价值类别(&amp;C)</source>
        <translation>Value &amp;class</translation>
    </message>
    <message>
        <source>地区(&amp;A)</source>
        <translation>&amp;Area</translation>
    </message>
    <message>
        <source>等级(&amp;T)</source>
        <translation>&amp;Tier</translation>
    </message>
    <message>
        <source>车型(&amp;M)</source>
        <translation>&amp;Model</translation>
    </message>
    <message>
        <source>入会(&amp;E)…</source>
        <translation>&amp;Enrol…</translation>
    </message>
    <message>
        <source>续期(&amp;R)</source>
        <translation>&amp;Renew</translation>
    </message>
    <message>
        <source>登记权益使用(&amp;U)…</source>
        <translation>Benefit &amp;used…</translation>
    </message>
    <message>
        <source>打印会员证(&amp;P)…</source>
        <translation>&amp;Print member card…</translation>
    </message>
    <message>
        <source>会员名单 PDF(&amp;L)…</source>
        <translation>Member &amp;list PDF…</translation>
    </message>
    <message>
        <source>导出 Excel(&amp;X)…</source>
        <translation>E&amp;xport Excel…</translation>
    </message>
    <message>
        <source>等级与分类规则(&amp;G)…</source>
        <translation>Levels and class rules (&amp;G)…</translation>
    </message>
    <message>
        <source>如 洛阳</source>
        <translation>e.g. 洛阳</translation>
    </message>
    <message>
        <source>如 迈腾</source>
        <translation>e.g. 迈腾</translation>
    </message>
    <message>
        <source>按会员号、姓名或电话筛选</source>
        <translation>Filter by member number, name or phone</translation>
    </message>
    <message>
        <source>共 {count} 位会员。选中一位会员查看其价值与权益。</source>
        <translation>{count} members. Select a member to see their value and benefits.</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>{day} {benefit}（{by}）</source>
        <translation>{day} {benefit} ({by})</translation>
    </message>
    <message>
        <source>尚未使用</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>{number} {name}&#x3000;{level}&#x3000;续期日 {due}
价值类别 {klass}&#x3000;终身价值 {lifetime} 元（单次 {average} 元 × 终身 {purchases} 次）
权益：{benefits}
最近使用：{used}</source>
        <translation>{number} {name}   {level}   renewal due {due}
Value class {klass}   lifetime value {lifetime} yuan ({average} yuan per purchase x {purchases} over a lifetime)
Benefits: {benefits}
Lately used: {used}</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>{name} 已入会：会员号 {number}，等级 {level}，续期日 {due}。</source>
        <translation>{name} enrolled: member number {number}, level {level}, renewal due {due}.</translation>
    </message>
    <message>
        <source>会员 {number} 已续期至 {due}，等级 {level}。</source>
        <translation>Member {number} renewed until {due}, level {level}.</translation>
    </message>
    <message>
        <source>已登记：会员 {number} {day} 使用“{benefit}”。</source>
        <translation>Recorded: member {number} used &quot;{benefit}&quot; on {day}.</translation>
    </message>
    <message>
        <source>会员证-{number}.pdf</source>
        <translation>member-card-{number}.pdf</translation>
    </message>
    <message>
        <source>已写入 {path}（{pages} 页）。</source>
        <translation>Written {path} ({pages} pages).</translation>
    </message>
    <message>
        <source>会员名单.pdf</source>
        <translation>members.pdf</translation>
    </message>
    <message>
        <source>正在生成会员名单…</source>
        <translation>Making the member list…</translation>
    </message>
    <message>
        <source>会员名单.xlsx</source>
        <translation>members.xlsx</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>正在导出会员名单…</source>
        <translation>Exporting the member list…</translation>
    </message>
    <message>
        <source>已导出 {rows} 位会员到 {path}。</source>
        <translation>Exported {rows} members to {path}.</translation>
    </message>
    <message>
        <source>已保存等级与分类规则。</source>
        <translation>Levels and class rules saved.</translation>
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
        <translation>&amp;Again</translation>
    </message>
    <message>
        <source>两次输入的密码不一致。</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>OpenItemDialog</name>
    <message>
        <source>开立整改项</source>
        <translation>Open an improvement item</translation>
    </message>
    <message>
        <source>近 {days} 天回访中 {limit} 分及以下（10 分制）的评分和已结案的投诉，尚未开立整改项的 {n} 项：</source>
        <translation>Scores of {limit} or less (10-point scale) in the last {days} days&apos; callbacks and closed complaints without an improvement item yet: {n}</translation>
    </message>
    <message>
        <source>整改部门(&amp;D)</source>
        <translation>&amp;Department</translation>
    </message>
    <message>
        <source>负责人(&amp;O)</source>
        <translation>&amp;Owner</translation>
    </message>
    <message>
        <source>整改期限(&amp;U)</source>
        <translation>D&amp;ue</translation>
    </message>
    <message>
        <source>问题(&amp;P)</source>
        <translation>&amp;Problem</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>车牌号</source>
        <translation>Plate</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>得分</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>请先在列表中选中一项低分或投诉。</source>
        <translation>Select a low score or a complaint in the list first.</translation>
    </message>
</context>
<context>
    <name>OverdueListDialog</name>
    <message>
        <source>共 {count} 项。</source>
        <translation>{count} items.</translation>
    </message>
    <message>
        <source>在备件页打开(&amp;O)</source>
        <translation>&amp;Open on the Parts page</translation>
    </message>
    <message>
        <source>打开单据(&amp;O)</source>
        <translation>&amp;Open document</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
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
        <translation>Customer</translation>
    </message>
    <message>
        <source>客服</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>会员</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>活动</source>
        <translation>Events</translation>
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
    <message>
        <source>审计</source>
        <translation>Audit</translation>
    </message>
</context>
<context>
    <name>PartCard</name>
    <message>
        <source>账簿</source>
        <translation>Book</translation>
    </message>
    <message>
        <source>往来单位</source>
        <translation>Counterparty</translation>
    </message>
    <message>
        <source>当前</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>截至所选日期</source>
        <translation>At the chosen date</translation>
    </message>
    <message>
        <source>备件卡片 {number}</source>
        <translation>Part card {number}</translation>
    </message>
    <message>
        <source>{number}  {name}  规格：{spec}  单位：{unit}  单价：{price}  安全库存：{safety}</source>
        <translation>{number}  {name}  Spec: {spec}  Unit: {unit}  Price: {price}  Safety stock: {safety}</translation>
    </message>
    <message>
        <source>余额截至(&amp;D)</source>
        <translation>Balances as of(&amp;D)</translation>
    </message>
    <message>
        <source>各账簿余额</source>
        <translation>Balances in every book</translation>
    </message>
    <message>
        <source>历史</source>
        <translation>History</translation>
    </message>
</context>
<context>
    <name>PartDialog</name>
    <message>
        <source>编辑备件</source>
        <translation>Edit part</translation>
    </message>
    <message>
        <source>新增备件</source>
        <translation>New part</translation>
    </message>
    <message>
        <source>备件编号(&amp;N)</source>
        <translation>Part &amp;number</translation>
    </message>
    <message>
        <source>备件名称(&amp;M)</source>
        <translation>Part na&amp;me</translation>
    </message>
    <message>
        <source>规格(&amp;S)</source>
        <translation>&amp;Spec</translation>
    </message>
    <message>
        <source>单位(&amp;U)</source>
        <translation>&amp;Unit</translation>
    </message>
    <message>
        <source>单价（元）(&amp;P)</source>
        <translation>Unit &amp;price (yuan)</translation>
    </message>
    <message>
        <source>安全库存(&amp;K)</source>
        <translation>Safety stoc&amp;k</translation>
    </message>
    <message>
        <source>单价</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>安全库存</source>
        <translation>Safety stock</translation>
    </message>
</context>
<context>
    <name>PartsPage</name>
    <message>
        <source>库存</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>往来帐</source>
        <translation>Current account</translation>
    </message>
    <message>
        <source>欠人坏件</source>
        <translation>Bad parts we owe</translation>
    </message>
    <message>
        <source>人欠坏件</source>
        <translation>Bad parts owed to us</translation>
    </message>
    <message>
        <source>在途</source>
        <translation>In transit</translation>
    </message>
    <message>
        <source>单据</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>备件</source>
        <translation>Parts</translation>
    </message>
    <message>
        <source>往来单位</source>
        <translation>Counterparty</translation>
    </message>
    <message>
        <source>▼ 低于安全库存</source>
        <translation>▼ below safety stock</translation>
    </message>
    <message>
        <source>总部发来</source>
        <translation>From HQ</translation>
    </message>
    <message>
        <source>返总部</source>
        <translation>To HQ</translation>
    </message>
    <message>
        <source>新单据(&amp;N)…</source>
        <translation>&amp;New document…</translation>
    </message>
    <message>
        <source>导入 Excel(&amp;I)…</source>
        <translation>&amp;Import Excel…</translation>
    </message>
    <message>
        <source>期初建账(&amp;Q)…</source>
        <translation>Opening &amp;balances…</translation>
    </message>
    <message>
        <source>上线时一次性导入好件、坏件、欠人坏件、人欠坏件和在途的期初余额（只能做一次）。</source>
        <translation>At go-live, import the opening good and bad stock, bad parts owed to and by others, and goods in transit (once only).</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>备件(&amp;J)</source>
        <translation>Part(&amp;J)</translation>
    </message>
    <message>
        <source>编号或名称</source>
        <translation>Number or name</translation>
    </message>
    <message>
        <source>往来单位(&amp;W)</source>
        <translation>Counterparty(&amp;W)</translation>
    </message>
    <message>
        <source>（全部）</source>
        <translation>(all)</translation>
    </message>
    <message>
        <source>日期范围(&amp;D)</source>
        <translation>&amp;Date range</translation>
    </message>
    <message>
        <source>只看低于安全库存(&amp;B)</source>
        <translation>Only &amp;below safety stock</translation>
    </message>
    <message>
        <source>单据类型(&amp;T)</source>
        <translation>Document &amp;type</translation>
    </message>
    <message>
        <source>草稿（未过账）(&amp;F)</source>
        <translation>Dra&amp;fts (not posted)</translation>
    </message>
    <message>
        <source>新增备件(&amp;A)…</source>
        <translation>New p&amp;art…</translation>
    </message>
    <message>
        <source>编辑备件(&amp;E)…</source>
        <translation>&amp;Edit part…</translation>
    </message>
    <message>
        <source>新增往来单位(&amp;A)…</source>
        <translation>New counterp&amp;arty…</translation>
    </message>
    <message>
        <source>编辑往来单位(&amp;E)…</source>
        <translation>&amp;Edit counterparty…</translation>
    </message>
    <message>
        <source>往来帐按单位记：请在上方“往来单位”中选择一个单位。</source>
        <translation>The current account is kept per counterparty: pick one under &quot;Counterparty&quot; above.</translation>
    </message>
    <message>
        <source>截至 {date} 未结：0-30 天 {a}，31-60 天 {b}，61-90 天 {c}，90 天以上 {d}</source>
        <translation>Open as of {date}: 0-30 days {a}, 31-60 days {b}, 61-90 days {c}, over 90 days {d}</translation>
    </message>
    <message>
        <source>草稿未记账，不影响任何账簿；双击打开，继续录入后过账。</source>
        <translation>Drafts are not posted and change no book; double-click one to open it, finish it and post it.</translation>
    </message>
    <message>
        <source>录入窗口中还有未过账的单据：请先过账、存草稿或关闭它，再打开草稿。</source>
        <translation>The entry window still holds a document that is not posted: post it, save it as a draft or close it first, then open the draft.</translation>
    </message>
    <message>
        <source>Excel 导入尚未安装在本程序中。</source>
        <translation>Excel import is not installed in this program.</translation>
    </message>
    <message>
        <source>已新增备件 {number}。</source>
        <translation>Part {number} added.</translation>
    </message>
    <message>
        <source>已保存备件 {number}。</source>
        <translation>Part {number} saved.</translation>
    </message>
    <message>
        <source>已新增往来单位 {code}。</source>
        <translation>Counterparty {code} added.</translation>
    </message>
    <message>
        <source>已保存往来单位 {code}。</source>
        <translation>Counterparty {code} saved.</translation>
    </message>
</context>
<context>
    <name>PartyDialog</name>
    <message>
        <source>编辑往来单位</source>
        <translation>Edit counterparty</translation>
    </message>
    <message>
        <source>新增往来单位</source>
        <translation>New counterparty</translation>
    </message>
    <message>
        <source>编码(&amp;C)</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <source>名称(&amp;M)</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <source>类型(&amp;K)</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>联系人(&amp;L)</source>
        <translation>Contact(&amp;L)</translation>
    </message>
    <message>
        <source>电话(&amp;T)</source>
        <translation>Phone(&amp;T)</translation>
    </message>
    <message>
        <source>地址(&amp;A)</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <source>启用(&amp;E)</source>
        <translation>Activ&amp;e</translation>
    </message>
</context>
<context>
    <name>PartyKinds</name>
    <message>
        <source>总部</source>
        <translation>HQ</translation>
    </message>
    <message>
        <source>服务站</source>
        <translation>Service station</translation>
    </message>
    <message>
        <source>经销商</source>
        <translation>Dealer</translation>
    </message>
    <message>
        <source>客户</source>
        <translation>Customer</translation>
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
        <translation>&amp;New password</translation>
    </message>
    <message>
        <source>再输入一次(&amp;A)</source>
        <translation>&amp;Again</translation>
    </message>
    <message>
        <source>两次输入的密码不一致。</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>PasswordFields</name>
    <message>
        <source>两次输入的密码不一致。</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>管理用户</source>
        <translation>manage users</translation>
    </message>
    <message>
        <source>修改设置</source>
        <translation>change settings</translation>
    </message>
    <message>
        <source>备份数据库</source>
        <translation>back up the database</translation>
    </message>
    <message>
        <source>从备份恢复数据库</source>
        <translation>restore the database from a backup</translation>
    </message>
    <message>
        <source>查看所有人的操作记录</source>
        <translation>read everyone&apos;s activity</translation>
    </message>
    <message>
        <source>导出或打印客户个人信息</source>
        <translation>export or print customers&apos; personal data</translation>
    </message>
    <message>
        <source>维护客户关怀短信模板</source>
        <translation>maintain the care message templates</translation>
    </message>
    <message>
        <source>维护备件与往来单位</source>
        <translation>maintain parts and parties</translation>
    </message>
    <message>
        <source>查看备件账</source>
        <translation>read the parts books</translation>
    </message>
    <message>
        <source>单据过账</source>
        <translation>post documents</translation>
    </message>
    <message>
        <source>过账在途短少、盘点调整和报废</source>
        <translation>post transit losses, stocktake adjustments and scrap</translation>
    </message>
    <message>
        <source>生成日报</source>
        <translation>Produce daily report</translation>
    </message>
    <message>
        <source>财务签字</source>
        <translation>Finance sign-off</translation>
    </message>
    <message>
        <source>经理签字</source>
        <translation>Manager sign-off</translation>
    </message>
    <message>
        <source>重开已签日报</source>
        <translation>reopen a signed daily report</translation>
    </message>
    <message>
        <source>对账</source>
        <translation>reconcile</translation>
    </message>
    <message>
        <source>查看档案</source>
        <translation>read archives</translation>
    </message>
    <message>
        <source>修改档案</source>
        <translation>edit archives</translation>
    </message>
    <message>
        <source>维护节假日</source>
        <translation>maintain the holiday calendar</translation>
    </message>
    <message>
        <source>编辑客户资料</source>
        <translation>edit customer profiles</translation>
    </message>
    <message>
        <source>查看敏感资料</source>
        <translation>view sensitive data</translation>
    </message>
    <message>
        <source>删除客户个人资料</source>
        <translation>erase customer personal data</translation>
    </message>
    <message>
        <source>回访与关怀</source>
        <translation>callbacks and care</translation>
    </message>
    <message>
        <source>确认投诉</source>
        <translation>Confirm complaint</translation>
    </message>
    <message>
        <source>策划客户活动、登记邀请、报名与签到</source>
        <translation>plan customer events and record invitations, sign-ups and attendance</translation>
    </message>
    <message>
        <source>维护沟通风格应对指引</source>
        <translation>maintain the communication-style guidance</translation>
    </message>
    <message>
        <source>设置客户价值分类规则</source>
        <translation>Set the customer value class rules</translation>
    </message>
    <message>
        <source>设置会员等级与权益</source>
        <translation>Set member levels and benefits</translation>
    </message>
    <message>
        <source>办理会员入会、续期与权益使用</source>
        <translation>Enrol and renew members, record benefits used</translation>
    </message>
    <message>
        <source>维护回访话术与调查表</source>
        <translation>Maintain call scripts and survey forms</translation>
    </message>
    <message>
        <source>登记整改项与整改措施</source>
        <translation>Record improvement items and actions</translation>
    </message>
    <message>
        <source>设置整改部门与低分线、验证整改</source>
        <translation>Set departments and the low-score line, verify improvements</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>无权查看敏感信息</source>
        <translation>No permission to see sensitive information</translation>
    </message>
    <message>
        <source>未登记客户单独同意</source>
        <translation>No separate consent recorded</translation>
    </message>
    <message>
        <source>敏感信息，点“显示敏感项”查看</source>
        <translation>Sensitive: press &quot;Show sensitive items&quot; to see</translation>
    </message>
    <message>
        <source>密钥缺失或不符，无法解密</source>
        <translation>Key missing or wrong: cannot decrypt</translation>
    </message>
    <message>
        <source>已删除</source>
        <translation>Erased</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>填表人</source>
        <translation>Filled in by</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>“麦凯66”客户档案</source>
        <translation>Mackay 66 customer profile</translation>
    </message>
    <message>
        <source>日期(&amp;D)</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>最新修定时间</source>
        <translation>Last revised</translation>
    </message>
    <message>
        <source>填表人(&amp;F)</source>
        <translation>&amp;Filled in by</translation>
    </message>
    <message>
        <source>年-月-日</source>
        <translation>yyyy-mm-dd</translation>
    </message>
    <message>
        <source>保存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>历史与对比(&amp;H)</source>
        <translation>&amp;History and compare</translation>
    </message>
    <message>
        <source>客户同意(&amp;C)</source>
        <translation>&amp;Consent</translation>
    </message>
    <message>
        <source>打印 PDF(&amp;P)</source>
        <translation>&amp;Print PDF</translation>
    </message>
    <message>
        <source>删除档案(&amp;E)</source>
        <translation>&amp;Erase profile</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>客户：{name}&#x3000;档案编号：{number}&#x3000;修订：第 {revision} 版</source>
        <translation>Customer: {name}   Archive no.: {number}   Revision {revision}</translation>
    </message>
    <message>
        <source>客户同意：未登记（敏感项不能填写）</source>
        <translation>Consent: not recorded (sensitive items cannot be filled in)</translation>
    </message>
    <message>
        <source>客户同意：{date} 登记，文本版本 {version}，范围：{scope}</source>
        <translation>Consent: recorded {date}, text version {version}, scope: {scope}</translation>
    </message>
    <message>
        <source>隐藏敏感项(&amp;V)</source>
        <translation>Hide sensiti&amp;ve items</translation>
    </message>
    <message>
        <source>显示敏感项(&amp;V)</source>
        <translation>Show sensiti&amp;ve items</translation>
    </message>
    <message>
        <source>草稿未能自动保存：{reason}</source>
        <translation>Draft could not be autosaved: {reason}</translation>
    </message>
    <message>
        <source>草稿已自动保存 {time}</source>
        <translation>Draft autosaved at {time}</translation>
    </message>
    <message>
        <source>草稿基于第 {base} 版，档案已被改到第 {now} 版；保存前请核对。</source>
        <translation>The draft is based on revision {base}; the profile is now at revision {now}. Check before saving.</translation>
    </message>
    <message>
        <source>日期“{value}”不是有效日期，请按 年-月-日 填写。</source>
        <translation>Date &quot;{value}&quot; is not a valid date; use yyyy-mm-dd.</translation>
    </message>
    <message>
        <source>已保存为第 {revision} 版（{count} 项有变化）。</source>
        <translation>Saved as revision {revision} ({count} fields changed).</translation>
    </message>
    <message>
        <source>没有变化，无需保存。</source>
        <translation>Nothing changed; nothing to save.</translation>
    </message>
    <message>
        <source>已打印到 {path}（{pages} 页）。</source>
        <translation>Printed to {path} ({pages} pages).</translation>
    </message>
    <message>
        <source>删除档案</source>
        <translation>Erase profile</translation>
    </message>
    <message>
        <source>按客户要求删除 {name} 的全部“麦凯66”档案内容及修订历史？此操作不能撤销；审计日志只记录删除这件事。</source>
        <translation>Erase all Mackay 66 content of {name} and its revision history at the customer&apos;s request? This cannot be undone; the audit log only records that it happened.</translation>
    </message>
    <message>
        <source>档案已删除。</source>
        <translation>Profile erased.</translation>
    </message>
    <message>
        <source>未保存的修改</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>档案有未保存的修改。关闭前是否保存？</source>
        <translation>The profile has unsaved changes. Save them before closing?</translation>
    </message>
    <message>
        <source>放弃修改(&amp;D)</source>
        <translation>&amp;Discard changes</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>未保存的草稿</source>
        <translation>Unsaved draft</translation>
    </message>
    <message>
        <source>有 {time} 自动保存的草稿，是否恢复？</source>
        <translation>There is a draft saved automatically at {time}. Restore it?</translation>
    </message>
    <message>
        <source>保存 PDF</source>
        <translation>Save PDF</translation>
    </message>
</context>
<context>
    <name>ReconcilePage</name>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>对账单与差异</source>
        <translation>Statements and disputes</translation>
    </message>
    <message>
        <source>盘点</source>
        <translation>Stocktake</translation>
    </message>
    <message>
        <source>到货异常跟踪</source>
        <translation>Arrival follow-ups</translation>
    </message>
    <message>
        <source>序列号</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <source>补货申请</source>
        <translation>Reorder</translation>
    </message>
</context>
<context>
    <name>RectificationPanel</name>
    <message>
        <source>未关闭</source>
        <translation>Not closed</translation>
    </message>
    <message>
        <source>已逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>本月开立</source>
        <translation>Opened this month</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>开立整改(&amp;O)</source>
        <translation>&amp;Open item</translation>
    </message>
    <message>
        <source>登记措施(&amp;A)</source>
        <translation>Record &amp;action</translation>
    </message>
    <message>
        <source>回访验证(&amp;Y)</source>
        <translation>Verify b&amp;y callback</translation>
    </message>
    <message>
        <source>经理检查(&amp;K)</source>
        <translation>Manager chec&amp;k</translation>
    </message>
    <message>
        <source>输出整改月报(&amp;P)</source>
        <translation>&amp;Print monthly list</translation>
    </message>
    <message>
        <source>低分线(&amp;T)</source>
        <translation>Low-score &amp;threshold</translation>
    </message>
    <message>
        <source>部门(&amp;D)</source>
        <translation>&amp;Departments</translation>
    </message>
    <message>
        <source>输出这一天所在月份的整改月报</source>
        <translation>The monthly list is of this day&apos;s month</translation>
    </message>
    <message>
        <source>整改项 {number} 来自投诉结案，没有下次回访可验证：登记措施后由客服经理用“经理检查”验证关闭。</source>
        <translation>Improvement item {number} comes from a closed complaint; no later callback can verify it: once the action is recorded, the customer-service manager closes it with “Manager check”.</translation>
    </message>
    <message>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <source>本月开立 {opened} 项，验证关闭 {closed} 项，逾期未关闭 {overdue} 项；低分线 {limit} 分。按部门（开立/关闭/逾期）：{departments}</source>
        <translation>This month {opened} opened, {closed} verified and closed, {overdue} overdue; low-score line {limit}. By department (opened/closed/overdue): {departments}</translation>
    </message>
    <message>
        <source>请先在列表中选中一个整改项。</source>
        <translation>Select an improvement item in the list first.</translation>
    </message>
    <message>
        <source>整改项 {number}：{state}</source>
        <translation>Improvement item {number}: {state}</translation>
    </message>
    <message>
        <source>（{department}，负责人 {owner}，期限 {due}）</source>
        <translation>({department}, owner {owner}, due {due})</translation>
    </message>
    <message>
        <source>整改措施</source>
        <translation>Action taken</translation>
    </message>
    <message>
        <source>部门采取的整改措施(&amp;A)：</source>
        <translation>&amp;Action the department took:</translation>
    </message>
    <message>
        <source>经理检查</source>
        <translation>Manager check</translation>
    </message>
    <message>
        <source>检查时看到的情况(&amp;N)：</source>
        <translation>What the check fou&amp;nd:</translation>
    </message>
    <message>
        <source>低分线</source>
        <translation>Low-score threshold</translation>
    </message>
    <message>
        <source>这个分数及以下（10 分制）的回访评分需要整改(&amp;S)：</source>
        <translation>Callback &amp;scores at or below this (10-point scale) need improvement:</translation>
    </message>
    <message>
        <source>低分线已设为 {value} 分。</source>
        <translation>Low-score threshold set to {value}.</translation>
    </message>
    <message>
        <source>整改月报已保存：{path}</source>
        <translation>Monthly improvement list saved: {path}</translation>
    </message>
    <message>
        <source>正在输出整改月报…</source>
        <translation>Writing the monthly improvement list…</translation>
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
        <source>请填写 SQLite 文件路径或 PostgreSQL 地址。</source>
        <translation>Enter a SQLite file path or a PostgreSQL address.</translation>
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
        <source>用户名或密码不正确。连续输错 5 次，账户将锁定 15 分钟。</source>
        <translation>Wrong username or password. After 5 wrong attempts in a row the account is locked for 15 minutes.</translation>
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
        <source>请填写密码。</source>
        <translation>Please enter the password.</translation>
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
        <source>{path}：这是 {format} 文件，其中缺少表头列：{missing}（最接近的表头行为：{found}）。请使用导入模板。</source>
        <translation>{path}: this is a {format} file, and it lacks the header columns {missing} (the closest header row has: {found}). Please use the import template.</translation>
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
        <source>{path}：这是 {format} 文件，但无法读取（{detail}）。请在 Excel/WPS 中打开后另存为 .xlsx 再导入。</source>
        <translation>{path}: this is a {format} file, but it cannot be read ({detail}). Open it in Excel/WPS and save it as .xlsx, then import that.</translation>
    </message>
    <message>
        <source>{path} 是“Strict Open XML 电子表格”格式，无法读取。请在 Excel 中“另存为”选择“Excel 工作簿 (*.xlsx)”后再导入。</source>
        <translation>{path} is a &quot;Strict Open XML Spreadsheet&quot;, which cannot be read. In Excel choose Save As &quot;Excel Workbook (*.xlsx)&quot; and import that.</translation>
    </message>
    <message>
        <source>{path}：这是 CSV 文件，但不是 UTF-8、GBK 或 GB18030 编码的文本，无法读取。请在 Excel/WPS 中另存为“CSV UTF-8”或 .xlsx。</source>
        <translation>{path}: this is a CSV file, but its text is not in UTF-8, GBK or GB18030 and cannot be read. Save it from Excel/WPS as &quot;CSV UTF-8&quot; or as .xlsx.</translation>
    </message>
    <message>
        <source>工作表「{sheet}」有 {count} 行数据被隐藏（第 {rows} 行），在 Excel 中看不到，但它们也在文件里。请取消隐藏后核对；确认不要这些行时，勾选“跳过隐藏行”（命令行 --skip-hidden）。</source>
        <translation>Sheet &quot;{sheet}&quot; has {count} hidden rows with data (row {rows}): Excel does not show them, but they are in the file. Unhide them and check; if they are not wanted, tick &quot;Skip hidden rows&quot; (command line: --skip-hidden).</translation>
    </message>
    <message>
        <source>工作表「{sheet}」有 {count} 行数据被筛选隐藏或手动隐藏（第 {rows} 行），在 Excel 中看不到，但它们也在文件里。请清除筛选、取消隐藏后核对；确认不要这些行时，勾选“跳过隐藏行”（命令行 --skip-hidden）。</source>
        <translation>Sheet &quot;{sheet}&quot; has {count} rows with data hidden by a filter or by hand (row {rows}): Excel does not show them, but they are in the file. Clear the filter, unhide them and check; if they are not wanted, tick &quot;Skip hidden rows&quot; (command line: --skip-hidden).</translation>
    </message>
    <message>
        <source>第 {row} 行「{column}」列（{letter}）是错误值 {value}（公式出错），不能当作数据导入。请改正该单元格。</source>
        <translation>Row {row}, column &quot;{column}&quot; ({letter}) holds the error value {value} (a formula failed); it cannot be imported as data. Please correct that cell.</translation>
    </message>
    <message>
        <source>第 {row} 行「{column}」列（{letter}）是数字 {value}。编号应为文本：以数字保存时末尾的 0 或前导零可能已丢失。请把该列设为文本格式后按原样重新录入。</source>
        <translation>Row {row}, column &quot;{column}&quot; ({letter}) holds the number {value}. Codes must be text: stored as a number, trailing or leading zeros may have been lost. Format the column as text and type the codes again exactly.</translation>
    </message>
    <message>
        <source>第 {row} 行「{column}」列（{letter}）在 {format} 文件中以数字 {value} 保存，无法确定是否丢失了前导零。请把该列设为文本格式后重新录入，或另存为 .xlsx。</source>
        <translation>Row {row}, column &quot;{column}&quot; ({letter}) is stored in the {format} file as the number {value}; whether leading zeros were lost cannot be told. Format the column as text and type it again, or save the file as .xlsx.</translation>
    </message>
    <message>
        <source>第 {row} 行是合计行，「{column}」列（{letter}）为 {value}，但上面各行之和为 {sum}。请核对后再导入。</source>
        <translation>Row {row} is a total row: column &quot;{column}&quot; ({letter}) says {value}, but the rows above add up to {sum}. Please check before importing.</translation>
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
        <source>身份证号码 {value} 是部分隐去的号码（无权查看完整号码的角色导出的台账），请填写完整号码或留空。</source>
        <translation>ID number {value} is masked (from a list exported by a role that may not see full ID numbers): write the full number or leave it empty.</translation>
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
        <source>身份证号码 {value} 的地区码 {region} 不属于任何省份，请对照原件。</source>
        <translation>The region code {region} of ID number {value} belongs to no province; please compare with the original card.</translation>
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
        <source>冲销 {document} 必须写明原因（例如“数量录错”），未冲销。</source>
        <translation>Reversing {document} needs a reason (e.g. &quot;wrong quantity keyed&quot;); nothing was reversed.</translation>
    </message>
    <message>
        <source>这张草稿已不存在（可能已在别处过账或删除），未重复记账。</source>
        <translation>This draft no longer exists (it may have been posted or deleted elsewhere); nothing was posted twice.</translation>
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
    <message>
        <source>日期 {date} 不晚于期初建账日 {opening_date}（{opening}）：期初之前及当天不能再记账。</source>
        <translation>The date {date} is not after the go-live date {opening_date} ({opening}): nothing can be posted on or before the opening.</translation>
    </message>
    <message>
        <source>期初建账不能作为普通单据录入，请使用期初导入（import opening）。</source>
        <translation>Opening balances cannot be keyed as an ordinary document; use the opening import (import opening).</translation>
    </message>
    <message>
        <source>已经建过期初（{opening}，{opening_date}），每个分公司只能建账一次；如需更正，请先冲销原期初。</source>
        <translation>Opening balances were already posted ({opening}, {opening_date}); a branch opens its books once. To correct them, reverse the opening first.</translation>
    </message>
    <message>
        <source>已有 {document_date} 的单据 {document}，期初建账日 {date} 必须早于所有已记账单据。</source>
        <translation>Document {document} dated {document_date} already exists; the go-live date {date} must be earlier than every posted document.</translation>
    </message>
    <message>
        <source>第 {line} 行：账本“{book}”无效，应为 好件库存、坏件库存、欠人坏件、人欠坏件、在途（总部发来）或 在途（返总部）。</source>
        <translation>Line {line}: the book &quot;{book}&quot; is not valid; use good stock, bad stock, bad parts we owe, bad parts owed to us, in transit (from HQ) or in transit (to HQ).</translation>
    </message>
    <message>
        <source>第 {line} 行：{book_name}必须填写往来单位。</source>
        <translation>Line {line}: {book_name} needs a counterparty.</translation>
    </message>
    <message>
        <source>第 {line} 行：{book_name}不按往来单位记账，往来单位“{party}”应留空。</source>
        <translation>Line {line}: {book_name} is not kept per counterparty; leave the counterparty &quot;{party}&quot; empty.</translation>
    </message>
    <message>
        <source>第 {line} 行：往来单位 {party} 的类型是 {kind}，{book_name}只能用于 {allowed} 类型的单位。</source>
        <translation>Line {line}: counterparty {party} is a {kind}; {book_name} only takes counterparties of type {allowed}.</translation>
    </message>
    <message>
        <source>第 {line} 行：原始日期 {origin_date} 晚于期初建账日 {date}。</source>
        <translation>Line {line}: the original date {origin_date} is after the go-live date {date}.</translation>
    </message>
    <message>
        <source>第 {line} 行：{book_name}必须填写原始单号（总部发货单号或返件单号）。</source>
        <translation>Line {line}: {book_name} needs its original number (HQ&apos;s delivery list or the return slip).</translation>
    </message>
    <message>
        <source>第 {line} 行：原始单号 {number} 的备件 {part} 已在第 {first_line} 行出现，同一单号同一备件只能一行。</source>
        <translation>Line {line}: part {part} of original number {number} is already on line {first_line}; one line per number and part.</translation>
    </message>
    <message>
        <source>第 {line} 行：原始单号 {number} 的往来单位是 {party}，而第 {first_line} 行同一单号是 {other}。</source>
        <translation>Line {line}: original number {number} has counterparty {party}, but line {first_line} gives {other} for the same number.</translation>
    </message>
    <message>
        <source>第 {row} 行「{column}」列（{letter}）：</source>
        <translation>Row {row}, column &quot;{column}&quot; ({letter}):</translation>
    </message>
    <message>
        <source>档案台账 {path} 有 {total} 处问题，整个文件未导入（以下列出前 {count} 处）：</source>
        <translation>The archive list {path} has {total} problem(s); nothing was imported (the first {count} are listed):</translation>
    </message>
    <message>
        <source>车架号 {value} 在第 {first_row} 行已出现，同一辆车只能有一行。</source>
        <translation>VIN {value} already appears in row {first_row}; one row per vehicle.</translation>
    </message>
    <message>
        <source>档案编号 {value} 在第 {first_row} 行已用于证件号码不同的另一位客户。</source>
        <translation>Archive number {value} is used in row {first_row} for another customer with a different ID number.</translation>
    </message>
    <message>
        <source>该证件号码的客户已在档案中，档案编号是 {archive_number}，而本行填的是 {value}。</source>
        <translation>The customer with this ID number is already in the archive with archive number {archive_number}, but this row says {value}.</translation>
    </message>
    <message>
        <source>「{field}」填的是「{value}」，应为 原件、复印件、缺 或留空。</source>
        <translation>&quot;{field}&quot; holds &quot;{value}&quot;; it should be 原件 (original), 复印件 (copy), 缺 (missing) or empty.</translation>
    </message>
    <message>
        <source>填的是「{value}」，应为 是 或 否。</source>
        <translation>holds &quot;{value}&quot;; it should be 是 (yes) or 否 (no).</translation>
    </message>
    <message>
        <source>导入 {path} 时，另一台电脑刚刚登记了其中的客户或车辆，本次未导入任何数据。请重新导入。</source>
        <translation>While importing {path}, another PC registered one of its customers or vehicles; nothing was imported. Please import again.</translation>
    </message>
    <message>
        <source>扫描件 {file} 是空文件，未保存。</source>
        <translation>Scan {file} is an empty file; not saved.</translation>
    </message>
    <message>
        <source>扫描件 {file} 有 {size_mb} MB，超过上限 {limit_mb} MB。请降低扫描分辨率或压缩后再添加。</source>
        <translation>Scan {file} is {size_mb} MB, over the limit of {limit_mb} MB. Scan at a lower resolution or compress it, then add it again.</translation>
    </message>
    <message>
        <source>{file} 不是可识别的扫描件或照片（支持 JPEG、PNG、PDF、TIFF、GIF、BMP、WebP），未保存。</source>
        <translation>{file} is not a recognised scan or photo (JPEG, PNG, PDF, TIFF, GIF, BMP, WebP are supported); not saved.</translation>
    </message>
    <message>
        <source>无法读取文件 {path}（{detail}）。</source>
        <translation>Cannot read the file {path} ({detail}).</translation>
    </message>
    <message>
        <source>找不到扫描件（编号 {scan_id}），可能已被删除。</source>
        <translation>Scan {scan_id} was not found; it may have been removed.</translation>
    </message>
    <message>
        <source>回访结果 {outcome} 无效：应为已接通、未接通或拒绝。</source>
        <translation>Callback outcome {outcome} is not valid: it must be reached, not reached or refused.</translation>
    </message>
    <message>
        <source>找不到回访任务 {callback}，可能已被删除。</source>
        <translation>Callback {callback} was not found; it may have been deleted.</translation>
    </message>
    <message>
        <source>{customer} 的这条回访已是“{state}”，不能再登记。</source>
        <translation>This callback of {customer} is already &quot;{state}&quot; and cannot be recorded again.</translation>
    </message>
    <message>
        <source>客户 {customer} 已设为免打扰，不能回访。</source>
        <translation>Customer {customer} is marked do-not-contact and cannot be called.</translation>
    </message>
    <message>
        <source>{customer} 的回访从 {due_from} 起才到期，今天是 {today}，请到期后再回访。</source>
        <translation>The callback of {customer} is due from {due_from}; today is {today}. Please call when it is due.</translation>
    </message>
    <message>
        <source>{kind} 没有评分项目 {item}。</source>
        <translation>{kind} has no score item {item}.</translation>
    </message>
    <message>
        <source>已接通 {customer}，但还有项目未打分：{items}。</source>
        <translation>{customer} was reached, but these items have no score yet: {items}.</translation>
    </message>
    <message>
        <source>“{item}”的分数 {score} 无效：应为 1 到 {high} 的整数。</source>
        <translation>The score {score} for &quot;{item}&quot; is not valid: it must be a whole number from 1 to {high}.</translation>
    </message>
    <message>
        <source>未接通或被拒绝时不能给 {customer} 的回访打分；请选“已接通”或清除分数。</source>
        <translation>A callback of {customer} that was not reached or was refused cannot have scores; choose &quot;Reached&quot; or clear the scores.</translation>
    </message>
    <message>
        <source>找不到客户 {customer}。</source>
        <translation>Customer {customer} was not found.</translation>
    </message>
    <message>
        <source>客户 {customer} 已经是免打扰。</source>
        <translation>Customer {customer} is already do-not-contact.</translation>
    </message>
    <message>
        <source>客户 {customer} 没有设为免打扰。</source>
        <translation>Customer {customer} is not marked do-not-contact.</translation>
    </message>
    <message>
        <source>报表周期 {period} 无效：应为 day（日）、week（周）或 month（月）。</source>
        <translation>Report period {period} is not valid: it must be day, week or month.</translation>
    </message>
    <message>
        <source>不能保存为 {path}：回访报表只能存为 .pdf 或 .xlsx 文件。</source>
        <translation>Cannot save as {path}: callback reports are saved as .pdf or .xlsx files only.</translation>
    </message>
    <message>
        <source>关怀类别 {kind} 无效。</source>
        <translation>Care kind {kind} is not valid.</translation>
    </message>
    <message>
        <source>发送方式 {channel} 无效：应为短信、电话、贺卡或微信。</source>
        <translation>Channel {channel} is not valid: it must be SMS, phone, card or WeChat.</translation>
    </message>
    <message>
        <source>这条{kind}（{due_on}）已经标记为已发送。</source>
        <translation>This {kind} ({due_on}) is already marked as sent.</translation>
    </message>
    <message>
        <source>请填写投诉人。</source>
        <translation>Please enter the complainant.</translation>
    </message>
    <message>
        <source>请填写 {complainant} 的投诉内容。</source>
        <translation>Please enter what {complainant} complains about.</translation>
    </message>
    <message>
        <source>投诉类别 {category} 无效。</source>
        <translation>Complaint category {category} is not valid.</translation>
    </message>
    <message>
        <source>投诉方式 {channel} 无效。</source>
        <translation>Complaint channel {channel} is not valid.</translation>
    </message>
    <message>
        <source>受理日期 {received_on} 晚于今天 {today}。</source>
        <translation>The received date {received_on} is after today, {today}.</translation>
    </message>
    <message>
        <source>找不到车辆 {vehicle}。</source>
        <translation>Vehicle {vehicle} was not found.</translation>
    </message>
    <message>
        <source>{day} 的投诉编号正被其他电脑占用，请稍后再保存。</source>
        <translation>The complaint numbers of {day} are being taken by another PC; please save again in a moment.</translation>
    </message>
    <message>
        <source>找不到投诉 {complaint}。</source>
        <translation>Complaint {complaint} was not found.</translation>
    </message>
    <message>
        <source>投诉 {number} 当前为“{state}”，不能{action}。</source>
        <translation>Complaint {number} is &quot;{state}&quot; now; cannot {action}.</translation>
    </message>
    <message>
        <source>处理部门 {department} 无效。</source>
        <translation>Department {department} is not valid.</translation>
    </message>
    <message>
        <source>请填写投诉 {number} 的处理结果。</source>
        <translation>Please enter the result of complaint {number}.</translation>
    </message>
    <message>
        <source>请填写投诉 {number} 反馈时客户的意见。</source>
        <translation>Please enter the customer&apos;s response for complaint {number}.</translation>
    </message>
    <message>
        <source>投诉处理步骤 {step} 无效。</source>
        <translation>{step} is not a step of a complaint call.</translation>
    </message>
    <message>
        <source>投诉 {number} 已结案，不能再登记处理步骤。</source>
        <translation>Complaint {number} is closed; no more steps can be recorded.</translation>
    </message>
    <message>
        <source>投诉 {number} 的“{step}”已由 {user} 于 {at} 登记。</source>
        <translation>&quot;{step}&quot; of complaint {number} was already recorded by {user} at {at}.</translation>
    </message>
    <message>
        <source>投诉 {number} 还没有完成“{missing}”，不能先登记“{step}”。</source>
        <translation>Complaint {number} has not had &quot;{missing}&quot; yet; &quot;{step}&quot; cannot come first.</translation>
    </message>
    <message>
        <source>“{step}”需要写下记录。</source>
        <translation>&quot;{step}&quot; needs a note.</translation>
    </message>
    <message>
        <source>“{step}”的记录有 {length} 个字，最多 {limit} 个。</source>
        <translation>The note for &quot;{step}&quot; has {length} characters; at most {limit}.</translation>
    </message>
    <message>
        <source>不能保存为 {path}：客户投诉处理表只能存为 .pdf 文件。</source>
        <translation>Cannot save as {path}: the complaint form is saved as a .pdf file only.</translation>
    </message>
    <message>
        <source>找不到编号为 {customer_id} 的客户。</source>
        <translation>No customer with ID {customer_id}.</translation>
    </message>
    <message>
        <source>“麦凯66”档案没有字段 {field}。</source>
        <translation>The Mackay 66 profile has no field {field}.</translation>
    </message>
    <message>
        <source>第 {item} 项“{field}”有 {length} 个字，最多 {maximum} 个字，请精简后再保存。</source>
        <translation>Item {item} &quot;{field}&quot; has {length} characters; at most {maximum} are allowed. Please shorten it.</translation>
    </message>
    <message>
        <source>第 {item} 项“{field}”填的“{value}”不是有效日期，请按 年-月-日 填写（如 1975-03-08）。</source>
        <translation>Item {item} &quot;{field}&quot;: &quot;{value}&quot; is not a valid date; use yyyy-mm-dd (e.g. 1975-03-08).</translation>
    </message>
    <message>
        <source>第 {item} 项“{field}”属于敏感个人信息（{category}），客户 {customer} 尚未就此类信息单独同意。请先在“客户同意”中登记其签署的同意书，再填写。未保存任何内容。</source>
        <translation>Item {item} &quot;{field}&quot; is sensitive personal information ({category}) and customer {customer} has not given separate consent for it. Record their signed consent under &quot;Consent&quot; first. Nothing was saved.</translation>
    </message>
    <message>
        <source>第 {item} 项“{field}”是敏感个人信息，当前角色（{role}）无权查看，也不能修改。</source>
        <translation>Item {item} &quot;{field}&quot; is sensitive personal information; your role ({role}) may neither see nor change it.</translation>
    </message>
    <message>
        <source>客户 {customer} 的档案在您编辑期间已被他人保存（您基于第 {expected} 版，现在是第 {current} 版）。您的内容未保存，已留作草稿；请重新打开档案核对后再保存。</source>
        <translation>Customer {customer}&apos;s profile was saved by someone else while you were editing (you started from revision {expected}, it is now revision {current}). Your changes were not saved and are kept as a draft; reopen the profile, check, then save.</translation>
    </message>
    <message>
        <source>没有第 {revision} 版（最新为第 {latest} 版）。</source>
        <translation>There is no revision {revision} (the latest is {latest}).</translation>
    </message>
    <message>
        <source>请至少勾选一类客户 {customer} 同意记录的敏感信息。</source>
        <translation>Tick at least one category of sensitive information customer {customer} agreed to.</translation>
    </message>
    <message>
        <source>未知的敏感信息类别：{category}。</source>
        <translation>Unknown category of sensitive information: {category}.</translation>
    </message>
    <message>
        <source>同意书签署日期 {given_on} 晚于今天（{today}），请核对。</source>
        <translation>Consent date {given_on} is after today ({today}); please check.</translation>
    </message>
    <message>
        <source>请填写客户 {customer} 所签同意书的文本版本。</source>
        <translation>Enter the text version of the consent form customer {customer} signed.</translation>
    </message>
    <message>
        <source>新的同意范围比客户 {customer} 现有的同意少了：{missing}。缩小范围请先“撤回同意”（会删除相关敏感项），再重新登记。</source>
        <translation>The new consent covers less than customer {customer}&apos;s current one: {missing} is missing. To narrow it, withdraw consent first (this erases those sensitive items), then record the new one.</translation>
    </message>
    <message>
        <source>客户 {customer} 目前没有有效的同意，无需撤回。</source>
        <translation>Customer {customer} has no consent in force; nothing to withdraw.</translation>
    </message>
    <message>
        <source>客户 {customer} 还没有“麦凯66”档案。</source>
        <translation>Customer {customer} has no Mackay 66 profile yet.</translation>
    </message>
    <message>
        <source>找不到敏感信息密钥文件 {path}。敏感项暂时无法查看或修改，其余功能照常；数据未被改动。请把本分公司的密钥文件复制到该位置（或用 BRANCHDESK_PROFILE_KEY_FILE 指定），不要新建密钥。</source>
        <translation>Key file {path} for sensitive information not found. Sensitive items cannot be viewed or changed for now; everything else works and no data was changed. Copy this branch&apos;s key file there (or point BRANCHDESK_PROFILE_KEY_FILE at it); do not create a new key.</translation>
    </message>
    <message>
        <source>密钥文件 {path} 与本数据库不匹配（可能是其他分公司或旧电脑的密钥）。敏感项暂时无法查看或修改，其余功能照常；数据未被改动。请换上本数据库对应的密钥文件。</source>
        <translation>Key file {path} does not match this database (perhaps another branch&apos;s or an old PC&apos;s key). Sensitive items cannot be viewed or changed for now; everything else works and no data was changed. Put this database&apos;s key file in place.</translation>
    </message>
    <message>
        <source>无法读取密钥文件 {path}（{detail}）。敏感项暂时无法查看或修改；数据未被改动。</source>
        <translation>Cannot read key file {path} ({detail}). Sensitive items cannot be viewed or changed for now; no data was changed.</translation>
    </message>
    <message>
        <source>一项敏感信息（{context}）无法用当前密钥解开，可能已损坏；未作任何改动。</source>
        <translation>A sensitive value ({context}) cannot be opened with the current key and may be damaged; nothing was changed.</translation>
    </message>
    <message>
        <source>{user}（{role}）不是经理，不能批准{doc_type}单据；请由经理输入用户名和密码。</source>
        <translation>{user} ({role}) is not a manager and cannot approve a {doc_type} document; a manager must enter their username and password.</translation>
    </message>
    <message>
        <source>找不到备件“{text}”：按编号、名称和拼音首字母都没有匹配的备件。</source>
        <translation>No part &quot;{text}&quot;: no part matches by number, name or pinyin initials.</translation>
    </message>
    <message>
        <source>“{text}”对应 {count} 个备件（{examples}），请从列表中选一个或输入完整编号。</source>
        <translation>&quot;{text}&quot; matches {count} parts ({examples}); pick one from the list or type the full number.</translation>
    </message>
    <message>
        <source>备件 {part}（{name}）的{book_name}{party}在 {date} 只有 {available} 可出，本单要 {asked}；过账会被拒绝，请修改数量。</source>
        <translation>Part {part} ({name}), {book_name} {party}: only {available} can leave on {date}, this document asks for {asked}; posting would be refused, please change the quantity.</translation>
    </message>
    <message>
        <source>{field}“{value}”不是有效金额，应为元，最多两位小数，例如 185.00。</source>
        <translation>{field} &quot;{value}&quot; is not a valid amount: yuan with at most two decimals, e.g. 185.00.</translation>
    </message>
    <message>
        <source>{field}“{value}”应为不小于 0 的整数。</source>
        <translation>{field} &quot;{value}&quot; must be a whole number of 0 or more.</translation>
    </message>
    <message>
        <source>{date} 的单据不能再记账：{locked_day} 的货品出入库报表已由{locked_by}于 {locked_at} 签字锁定，该日及以前的日期都不能再改动。更正请在未锁定的日期做冲销单并注明原单号。</source>
        <translation>Documents dated {date} can no longer be posted: the daily goods in/out report of {locked_day} was signed and locked by {locked_by} at {locked_at}; that day and every day before it can no longer change. Post a correction as a reversal in an open day, naming the original number.</translation>
    </message>
    <message>
        <source>业务日期 {date} 无效。</source>
        <translation>The business date {date} is not valid.</translation>
    </message>
    <message>
        <source>不能出 {date} 的日报：今天才 {today}。</source>
        <translation>Cannot produce the daily report of {date}: today is only {today}.</translation>
    </message>
    <message>
        <source>{date} 的日报还没有生成（或已重新打开），请先生成再签字。</source>
        <translation>The daily report of {date} has not been produced yet (or was reopened); produce it before signing.</translation>
    </message>
    <message>
        <source>{date} 的日报已由经理签字锁定，无需再签。</source>
        <translation>The daily report of {date} is already signed and locked by the manager.</translation>
    </message>
    <message>
        <source>{date} 的日报第 {version} 版财务已签字。</source>
        <translation>Finance has already signed version {version} of the daily report of {date}.</translation>
    </message>
    <message>
        <source>{date} 的日报财务还没有签字，经理请在财务签字后再签。</source>
        <translation>Finance has not signed the daily report of {date} yet; the manager signs after finance.</translation>
    </message>
    <message>
        <source>{date} 的日报在第 {version} 版生成后又有变动，未签字。请重新生成、核对后再签。</source>
        <translation>The daily report of {date} changed after version {version} was produced; not signed. Produce it again, check it, then sign.</translation>
    </message>
    <message>
        <source>重新打开 {date} 的日报必须填写原因。</source>
        <translation>Reopening the daily report of {date} needs a reason.</translation>
    </message>
    <message>
        <source>{date} 的日报还没有签字，不需要重新打开。</source>
        <translation>The daily report of {date} is not signed; there is nothing to reopen.</translation>
    </message>
    <message>
        <source>不支持输出文件 {path}：请用 .pdf 或 .xlsx 后缀。</source>
        <translation>Output file {path} is not supported: use a .pdf or .xlsx suffix.</translation>
    </message>
    <message>
        <source>单据合计核对：{lines} 行，数量 {qty}，金额 {amount}；数据库复算 {db_lines} 行，数量 {db_qty}，金额 {db_amount}</source>
        <translation>Document totals: {lines} lines, quantity {qty}, amount {amount}; recounted by the database: {db_lines} lines, quantity {db_qty}, amount {db_amount}</translation>
    </message>
    <message>
        <source>{book_name}：流水账 入 {qty_in} / 出 {qty_out}（金额 {amount_in} / {amount_out}），按单据推算 入 {doc_qty_in} / 出 {doc_qty_out}（金额 {doc_amount_in} / {doc_amount_out}）</source>
        <translation>{book_name}: journal in {qty_in} / out {qty_out} (amount {amount_in} / {amount_out}); from the documents in {doc_qty_in} / out {doc_qty_out} (amount {doc_amount_in} / {doc_amount_out})</translation>
    </message>
    <message>
        <source>备件 {part} 的{book_name}：流水账 入 {qty_in} / 出 {qty_out}，按单据推算 入 {doc_qty_in} / 出 {doc_qty_out}</source>
        <translation>Part {part}, {book_name}: journal in {qty_in} / out {qty_out}; from the documents in {doc_qty_in} / out {doc_qty_out}</translation>
    </message>
    <message>
        <source>备件 {part} 的{book_name} {party}：期初 {opening} + 入 {qty_in} - 出 {qty_out} = {expected}，但期末为 {closing}</source>
        <translation>Part {part}, {book_name} {party}: opening {opening} + in {qty_in} - out {qty_out} = {expected}, but the closing balance is {closing}</translation>
    </message>
    <message>
        <source>期初 + 入 - 出 = 期末：{rows} 行全部相符</source>
        <translation>Opening + in - out = closing: all {rows} rows agree</translation>
    </message>
    <message>
        <source>{doc_type} 单号 {first} 至 {last}，共 {count} 张；缺号：{missing}</source>
        <translation>{doc_type} numbers {first} to {last}, {count} documents; missing: {missing}</translation>
    </message>
    <message>
        <source>第 {row} 行「{column}」列（单据号 {source_number}）：</source>
        <translation>Row {row}, column &quot;{column}&quot; (document no. {source_number}):</translation>
    </message>
    <message>
        <source>期初「{column}」列：</source>
        <translation>Opening, column &quot;{column}&quot;:</translation>
    </message>
    <message>
        <source>第 {row} 行「{column}」列：单据类型“{value}”不存在，请填写代码（如 HQ_SHIP）或中文名称（如 总部发货）。</source>
        <translation>Row {row}, column &quot;{column}&quot;: there is no document type &quot;{value}&quot;; write its code (e.g. HQ_SHIP) or Chinese name (e.g. 总部发货).</translation>
    </message>
    <message>
        <source>第 {row} 行「{column}」列：{doc_type}单据必须填写此列。</source>
        <translation>Row {row}, column &quot;{column}&quot;: a {doc_type} document needs this column.</translation>
    </message>
    <message>
        <source>第 {row} 行「{column}」列：数量 {value} 无效，{doc_type}的数量应为正整数（只有盘点调整可为负数，且不能为 0）。</source>
        <translation>Row {row}, column &quot;{column}&quot;: quantity {value} is not valid; a {doc_type} quantity must be a positive whole number (only stocktake adjustments may be negative, never 0).</translation>
    </message>
    <message>
        <source>第 {row} 行「{column}」列：{value} 不能为负数。</source>
        <translation>Row {row}, column &quot;{column}&quot;: {value} may not be negative.</translation>
    </message>
    <message>
        <source>第 {row} 行「{column}」列：应填“是”“否”或留空，实际为“{value}”。</source>
        <translation>Row {row}, column &quot;{column}&quot;: write 是 (yes), 否 (no) or leave it blank; found &quot;{value}&quot;.</translation>
    </message>
    <message>
        <source>第 {row} 行「{column}」列：{doc_type}单据没有“需返坏件/抵欠/收回坏件”标记，请留空。</source>
        <translation>Row {row}, column &quot;{column}&quot;: a {doc_type} document has no bad-part/debt flag; leave it blank.</translation>
    </message>
    <message>
        <source>第 {row} 行「{column}」列：同一张单据 {source_number} 的各行应一致，本行为“{value}”，第 {first_row} 行为“{first}”。</source>
        <translation>Row {row}, column &quot;{column}&quot;: the rows of document {source_number} must agree; this row has &quot;{value}&quot;, row {first_row} has &quot;{first}&quot;.</translation>
    </message>
    <message>
        <source>第 {row} 行「{column}」列：冲销必须填写被冲销单据的单据号或本公司单号。</source>
        <translation>Row {row}, column &quot;{column}&quot;: a reversal must name the document it reverses (its document no. or our number).</translation>
    </message>
    <message>
        <source>第 {row} 行「{column}」列：往来单位“{value}”不存在，请先在「往来单位」表中建档后导入。整个文件未导入。</source>
        <translation>Row {row}, column &quot;{column}&quot;: counterparty &quot;{value}&quot; does not exist; add it with the counterparty sheet first. Nothing of the file was imported.</translation>
    </message>
    <message>
        <source>第 {row} 行「{column}」列：备件 {part} 尚未建档，新备件必须填写备件名称。</source>
        <translation>Row {row}, column &quot;{column}&quot;: part {part} is new; a new part needs its name.</translation>
    </message>
    <message>
        <source>第 {row} 行「{column}」列：类型“{value}”无效，应为 总部、服务站、经销商 或 客户。</source>
        <translation>Row {row}, column &quot;{column}&quot;: kind &quot;{value}&quot; is not valid; use 总部 (HQ), 服务站 (station), 经销商 (dealer) or 客户 (customer).</translation>
    </message>
    <message>
        <source>第 {row} 行「{column}」列：{value} 在第 {first_row} 行已出现。</source>
        <translation>Row {row}, column &quot;{column}&quot;: {value} already appears in row {first_row}.</translation>
    </message>
    <message>
        <source>没有名为 {book} 的账簿，可选：{books}。</source>
        <translation>There is no book named {book}; choose one of: {books}.</translation>
    </message>
    <message>
        <source>往来单位“{party}”不存在。</source>
        <translation>Counterparty &quot;{party}&quot; does not exist.</translation>
    </message>
    <message>
        <source>{party}（{name}）是门市客户，不对账；对账只针对总部、服务站和经销商。</source>
        <translation>{party} ({name}) is a counter customer; statements are only for HQ, service stations and dealers.</translation>
    </message>
    <message>
        <source>对账期间 {date_from} 至 {date_to} 无效：截止日期不能早于起始日期。</source>
        <translation>Statement period {date_from} to {date_to} is not valid: the end may not be before the start.</translation>
    </message>
    <message>
        <source>对账期间到 {date_to} 才结束，今天是 {today}；期间结束后再出对账单。</source>
        <translation>The statement period ends on {date_to} and today is {today}; issue the statement once the period has ended.</translation>
    </message>
    <message>
        <source>{party} 在 {date_from} 至 {date_to} 的对账单刚被另一位同事开出，请刷新后再试。</source>
        <translation>The statement of {party} for {date_from} to {date_to} was just issued by a colleague; refresh and try again.</translation>
    </message>
    <message>
        <source>对账单 {statement} 不存在。</source>
        <translation>Statement {statement} does not exist.</translation>
    </message>
    <message>
        <source>{party} 在 {date_from} 至 {date_to} 的对账单已经登记过回执，不能再次登记。</source>
        <translation>The answer to the statement of {party} for {date_from} to {date_to} has already been recorded.</translation>
    </message>
    <message>
        <source>{party} 的对账回执有 {count} 处问题，未登记：</source>
        <translation>The answer from {party} has {count} problems and was not recorded:</translation>
    </message>
    <message>
        <source>第 {row} 行：备件编号“{part}”不存在。</source>
        <translation>Row {row}: part number &quot;{part}&quot; does not exist.</translation>
    </message>
    <message>
        <source>第 {row} 行：备件 {part} 重复（第 {first_row} 行已有）。</source>
        <translation>Row {row}: part {part} appears twice (already on row {first_row}).</translation>
    </message>
    <message>
        <source>第 {row} 行：备件 {part} 的 {field} 为“{value}”，应为不小于 0 的整数。</source>
        <translation>Row {row}: part {part} has {field} &quot;{value}&quot;; a whole number of 0 or more is expected.</translation>
    </message>
    <message>
        <source>回执缺少对账单上的备件 {part}（{party}），请逐行确认或填写对方数量。</source>
        <translation>The answer leaves out part {part} of the statement ({party}); every line must be confirmed or answered.</translation>
    </message>
    <message>
        <source>文件 {path} 中没有对账明细。</source>
        <translation>File {path} holds no statement lines.</translation>
    </message>
    <message>
        <source>文件 {path} 混有 {count} 个往来单位或期间，一个文件只能是一张对账单。</source>
        <translation>File {path} mixes {count} counterparties or periods; one file must hold one statement.</translation>
    </message>
    <message>
        <source>文件 {path} 中 {party} 的起始或截止日期为空。</source>
        <translation>File {path}: the start or end date of {party} is empty.</translation>
    </message>
    <message>
        <source>没有开给 {party} 的 {date_from} 至 {date_to} 对账单：回执可能是别的单位或别的期间的。</source>
        <translation>No statement was issued to {party} for {date_from} to {date_to}: the answer may belong to another counterparty or period.</translation>
    </message>
    <message>
        <source>第 {row} 行合计的“{column}”是 {total}，但各行相加是 {added}，回执未登记。</source>
        <translation>Row {row}: the total of &quot;{column}&quot; is {total} but the lines add up to {added}; the answer was not recorded.</translation>
    </message>
    <message>
        <source>差异记录 {dispute} 不存在。</source>
        <translation>Dispute {dispute} does not exist.</translation>
    </message>
    <message>
        <source>{party} 备件 {part} 的差异已由 {resolved_by} 于 {resolved_at} 处理完毕。</source>
        <translation>The dispute on part {part} with {party} was already resolved by {resolved_by} at {resolved_at}.</translation>
    </message>
    <message>
        <source>单据 {document} 的往来单位是 {document_party}，不是 {party}，不能用来处理这条差异。</source>
        <translation>Document {document} belongs to {document_party}, not {party}; it cannot resolve this dispute.</translation>
    </message>
    <message>
        <source>接受 {party} 备件 {part} 的对方数量时必须写明原因。</source>
        <translation>Accepting the figure of {party} for part {part} needs a reason.</translation>
    </message>
    <message>
        <source>不能保存为 {path}：对账单只能存为 .pdf 或 .xlsx 文件。</source>
        <translation>Cannot save as {path}: a statement is saved as .pdf or .xlsx.</translation>
    </message>
    <message>
        <source>当前没有进行中的盘点，请先开始盘点。</source>
        <translation>No stocktake is in progress; start one first.</translation>
    </message>
    <message>
        <source>盘点 {stocktake} 已是“{state}”状态，不能再修改。</source>
        <translation>Stocktake {stocktake} is {state} and can no longer be changed.</translation>
    </message>
    <message>
        <source>盘点 {stocktake}（{started_at} 开始）尚未结束，同一时间只能有一次盘点。</source>
        <translation>Stocktake {stocktake} (started {started_at}) is still open; only one count at a time.</translation>
    </message>
    <message>
        <source>盘点数量有 {count} 处问题，全部未录入：</source>
        <translation>The counts have {count} problems; none were entered:</translation>
    </message>
    <message>
        <source>第 {row} 行：备件编号“{part}”不在本次盘点中。</source>
        <translation>Row {row}: part number &quot;{part}&quot; is not in this stocktake.</translation>
    </message>
    <message>
        <source>第 {row} 行：备件 {part} 的{book}数量“{value}”无效，应为不小于 0 的整数。</source>
        <translation>Row {row}: the {book} count &quot;{value}&quot; of part {part} is not valid; a whole number of 0 or more is expected.</translation>
    </message>
    <message>
        <source>备件 {part} 已录入实数 {counted}，本次为 {asked}；如要以新数为准，请选择“覆盖已录入”。</source>
        <translation>Part {part} already has a count of {counted}, now {asked}; choose &quot;replace&quot; to keep the new count.</translation>
    </message>
    <message>
        <source>盘点 {stocktake} 还有 {not_counted} 种备件未录入实数，不能审批。</source>
        <translation>Stocktake {stocktake} still has {not_counted} parts without a count; it cannot be approved.</translation>
    </message>
    <message>
        <source>盘点 {stocktake} 有 {count} 种备件有差异但未写原因：{parts}。</source>
        <translation>Stocktake {stocktake}: {count} parts have a variance but no reason: {parts}.</translation>
    </message>
    <message>
        <source>单据 {document} 不存在，无法打印收货表单。</source>
        <translation>Document {document} does not exist; no receiving form can be printed.</translation>
    </message>
    <message>
        <source>单据 {document} 没有对应的到货清点记录（同一往来单位、来源单号为发货清单号或退换货申请表号），无法打印收货表单。</source>
        <translation>Document {document} has no receiving inspection (same counterparty, its source number the delivery list or return request number); no receiving form can be printed.</translation>
    </message>
    <message>
        <source>收货日期 {date} 晚于今天 {today}。</source>
        <translation>Receiving date {date} is after today {today}.</translation>
    </message>
    <message>
        <source>{party} 的到货记录没有任何备件行。</source>
        <translation>The arrival from {party} has no part lines.</translation>
    </message>
    <message>
        <source>第 {line} 行（备件 {part}）：数量“{value}”无效。</source>
        <translation>Line {line} (part {part}): quantity &quot;{value}&quot; is not valid.</translation>
    </message>
    <message>
        <source>异常类型“{kind}”（备件 {part}）无效，应为：{kinds}。</source>
        <translation>Anomaly &quot;{kind}&quot; (part {part}) is not valid; expected one of: {kinds}.</translation>
    </message>
    <message>
        <source>文件 {filename} 不是图片（JPG、PNG、GIF、BMP 或 WebP）。</source>
        <translation>File {filename} is not a picture (JPG, PNG, GIF, BMP or WebP).</translation>
    </message>
    <message>
        <source>图片 {filename} 有 {size_mb} MB，超过 {limit_mb} MB 的上限。</source>
        <translation>Picture {filename} is {size_mb} MB, over the {limit_mb} MB limit.</translation>
    </message>
    <message>
        <source>到货记录 {inspection} 不存在。</source>
        <translation>Arrival record {inspection} does not exist.</translation>
    </message>
    <message>
        <source>异常跟踪项 {anomaly} 不存在。</source>
        <translation>Follow-up item {anomaly} does not exist.</translation>
    </message>
    <message>
        <source>异常跟踪项 {anomaly}（{kind}）已于 {closed_at} 关闭。</source>
        <translation>Follow-up item {anomaly} ({kind}) was closed on {closed_at}.</translation>
    </message>
    <message>
        <source>跟踪记录不能为空。</source>
        <translation>The follow-up note is empty.</translation>
    </message>
    <message>
        <source>关闭异常跟踪项 {anomaly}（{kind}）时必须写明处理结果。</source>
        <translation>Closing follow-up item {anomaly} ({kind}) needs the outcome.</translation>
    </message>
    <message>
        <source>序列号类别“{kind}”无效，应为整机或显示器。</source>
        <translation>Serial kind &quot;{kind}&quot; is not valid; expected whole unit or monitor.</translation>
    </message>
    <message>
        <source>序列号事件“{event}”无效。</source>
        <translation>Serial event &quot;{event}&quot; is not valid.</translation>
    </message>
    <message>
        <source>日期 {date} 晚于今天 {today}。</source>
        <translation>Date {date} is after today {today}.</translation>
    </message>
    <message>
        <source>序列号“{serial}”无效（为空或超过 64 个字符）。</source>
        <translation>Serial &quot;{serial}&quot; is not valid (empty or over 64 characters).</translation>
    </message>
    <message>
        <source>序列号 {serial} 在本次录入中出现了两次。</source>
        <translation>Serial {serial} was entered twice.</translation>
    </message>
    <message>
        <source>没有录入任何序列号。</source>
        <translation>No serial numbers were entered.</translation>
    </message>
    <message>
        <source>备件编号“{part}”不存在。</source>
        <translation>Part number &quot;{part}&quot; does not exist.</translation>
    </message>
    <message>
        <source>序列号 {serial} 已登记为{known}，不能再登记为{asked}。</source>
        <translation>Serial {serial} is recorded as {known}; it cannot be recorded as {asked}.</translation>
    </message>
    <message>
        <source>备件 {part} 的安全库存“{value}”无效，应为不小于 0 的整数。</source>
        <translation>Safety stock &quot;{value}&quot; of part {part} is not valid; a whole number of 0 or more is expected.</translation>
    </message>
    <message>
        <source>{year} 年节假日尚未录入：该年的截止日期只按周末计算。请经理在“设置 → 节假日日历”中按国务院通知录入。</source>
        <translation>Public holidays of {year} have not been entered: deadlines in that year count weekends only. A manager should enter the State Council notice under Settings → Holiday calendar.</translation>
    </message>
    <message>
        <source>提醒：截止日 {day} 所在的 {year} 年节假日尚未录入，暂按周末计算；录入后会自动重算。</source>
        <translation>Note: the public holidays of {year}, the year of the deadline {day}, have not been entered; it counts weekends only for now and is recomputed once they are.</translation>
    </message>
    <message>
        <source>{field}“{value}”无法识别：请写 放假 或 上班。</source>
        <translation>{field} &quot;{value}&quot; is not recognised: write 放假 (day off) or 上班 (working day).</translation>
    </message>
    <message>
        <source>{value} 是星期一至星期五，本来就是工作日：调休上班只能设在星期六或星期日。</source>
        <translation>{value} is a Monday to Friday and already a working day: a make-up working day can only be a Saturday or a Sunday.</translation>
    </message>
    <message>
        <source>日期 {value} 已在第 {first_row} 行出现过。</source>
        <translation>The date {value} already appears in row {first_row}.</translation>
    </message>
    <message>
        <source>工作表「{sheet}」中没有任何日期，未导入。</source>
        <translation>Sheet &quot;{sheet}&quot; holds no dates; nothing was imported.</translation>
    </message>
    <message>
        <source>工作日数 {value} 不能为负数。</source>
        <translation>The number of working days {value} cannot be negative.</translation>
    </message>
    <message>
        <source>身份证号码 {value} 是 15 位的第一代号码，对应的 18 位号码为 {converted}。请与证件核对后按 18 位号码填写。</source>
        <translation>Resident ID {value} is a 15-digit first-generation number; its 18-digit form is {converted}. Check it against the card and enter the 18-digit number.</translation>
    </message>
    <message>
        <source>身份证号码 {value} 是 15 位的第一代号码，对应的 18 位号码为 {converted}。请与证件核对；确认转换请重新导入并选择“转换并导入”（命令行加 --convert-15-digit-ids）。</source>
        <translation>Resident ID {value} is a 15-digit first-generation number; its 18-digit form is {converted}. Check it against the card; to confirm the conversion, import again and choose &quot;Convert and import&quot; (on the command line add --convert-15-digit-ids).</translation>
    </message>
    <message>
        <source>第 {row} 行：15 位身份证号 {value} 已转为 18 位 {converted}，请与证件核对。</source>
        <translation>Row {row}: 15-digit resident ID {value} was converted to the 18-digit {converted}; check it against the card.</translation>
    </message>
    <message>
        <source>身份证号码 {value} 中的出生日期 {birth} 晚于今天（{today}），请对照证件原件。</source>
        <translation>The birth date {birth} in resident ID {value} is after today ({today}); please check the original card.</translation>
    </message>
    <message>
        <source>未知的节日日期规则 {value}：应为公历、农历或某月第几个星期几。</source>
        <translation>Unknown festival date rule {value}: use a Gregorian date, a lunar date or the n-th weekday of a month.</translation>
    </message>
    <message>
        <source>月份 {value} 不对：应为 1 到 12。</source>
        <translation>Month {value} is wrong: it must be 1 to 12.</translation>
    </message>
    <message>
        <source>{field} {value} 不对：应为 1 到 {limit}。</source>
        <translation>{field} {value} is wrong: it must be 1 to {limit}.</translation>
    </message>
    <message>
        <source>星期 {value} 不对：应为星期一到星期日。</source>
        <translation>Weekday {value} is wrong: it must be Monday to Sunday.</translation>
    </message>
    <message>
        <source>已有名为“{value}”的本店节日。</source>
        <translation>There already is a branch festival named &quot;{value}&quot;.</translation>
    </message>
    <message>
        <source>没有名为“{value}”的本店节日。</source>
        <translation>There is no branch festival named &quot;{value}&quot;.</translation>
    </message>
    <message>
        <source>打印机 {printer} 没有接受打印任务：{detail}</source>
        <translation>The printer {printer} did not accept the job: {detail}</translation>
    </message>
    <message>
        <source>打印机 {printer} 无法开始打印，请检查打印机是否连接、是否有纸。</source>
        <translation>The printer {printer} could not start printing; check that it is connected and has paper.</translation>
    </message>
    <message>
        <source>要打印的 PDF 没有页面，未打印。</source>
        <translation>The PDF to print has no pages; nothing was printed.</translation>
    </message>
    <message>
        <source>{path} 含有本程序不认识的数据库结构版本（{names}），可能来自更新的程序或被改过，未恢复。</source>
        <translation>{path} contains database structure versions this program does not know ({names}); it may come from a newer program or have been altered. Not restored.</translation>
    </message>
    <message>
        <source>备份 {path} 中没有用户 {user}，恢复后无法记下是谁恢复的，未恢复。请用备份中已有的管理员账户恢复。</source>
        <translation>The backup {path} has no user {user}, so the restore could not be recorded under your name. Not restored. Restore with an administrator account that exists in the backup.</translation>
    </message>
    <message>
        <source>备份 {path} 未通过检查，发现 {count} 个问题，未恢复，现在的数据库没有改动：
{problems}</source>
        <translation>The backup {path} failed the checks with {count} problem(s). Not restored; the current database is unchanged:
{problems}</translation>
    </message>
    <message>
        <source>数据库 {path} 正被其他程序使用，未恢复。请先关闭其他打开它的 BranchDesk 窗口再试。</source>
        <translation>The database {path} is in use by another program. Not restored. Close the other BranchDesk windows that have it open and try again.</translation>
    </message>
    <message>
        <source>无法写入删除登记文件 {path}（{detail}），未删除。删除登记保证恢复旧备份后这些信息不会回来。</source>
        <translation>Cannot write the erasure register {path} ({detail}). Nothing was erased. The register makes sure a restored older backup cannot bring this information back.</translation>
    </message>
    <message>
        <source>用户 {user}（{role}）在操作记录中没有创建记录：这个账户是绕过程序直接写进数据库的。</source>
        <translation>User {user} ({role}) has no creation record in the audit log: this account was written into the database directly, bypassing the program.</translation>
    </message>
    <message>
        <source>用户 {user} 的角色是{role}，但操作记录中最后设定的是{audited_role}：角色被绕过程序直接改过。</source>
        <translation>User {user} has the role {role}, but the audit log last set {audited_role}: the role was changed directly, bypassing the program.</translation>
    </message>
    <message>
        <source>用户 {user} 的启用状态与操作记录中最后设定的不同：账户被绕过程序直接改过。</source>
        <translation>User {user} is enabled or disabled differently from what the audit log last set: the account was changed directly, bypassing the program.</translation>
    </message>
    <message>
        <source>删除登记文件只用于 SQLite 数据库；PostgreSQL 数据库的删除记录在数据库里。</source>
        <translation>The erasure register file is only for SQLite databases; a PostgreSQL database keeps its erasures inside.</translation>
    </message>
    <message>
        <source>删除登记 {path} 中有 {count} 条删除（最早 {at}）本数据库没有执行过：数据库文件可能被旧的副本替换过，已删除的个人信息可能又回来了。请运行 main.py erasures apply 重新执行。</source>
        <translation>The erasure register {path} lists {count} erasure(s) (the earliest {at}) this database has not carried out: the database file may have been replaced by an older copy, and erased personal information may be back. Run main.py erasures apply to erase it again.</translation>
    </message>
    <message>
        <source>请填写分公司名称（打印在每张报表的抬头）。</source>
        <translation>Please enter the branch name (it is printed in the header of every report).</translation>
    </message>
    <message>
        <source>分公司名称最多 {maximum} 个字，现在是 {length} 个字。</source>
        <translation>The branch name may have at most {maximum} characters; it has {length}.</translation>
    </message>
    <message>
        <source>品牌最多 {maximum} 个字，现在是 {length} 个字。</source>
        <translation>The brand may have at most {maximum} characters; it has {length}.</translation>
    </message>
    <message>
        <source>地址最多 {maximum} 个字，现在是 {length} 个字。</source>
        <translation>The address may have at most {maximum} characters; it has {length}.</translation>
    </message>
    <message>
        <source>电话最多 {maximum} 个字符，现在是 {length} 个。</source>
        <translation>The phone number may have at most {maximum} characters; it has {length}.</translation>
    </message>
    <message>
        <source>分公司编码最多 {maximum} 个字符，现在是 {length} 个。</source>
        <translation>The branch code may have at most {maximum} characters; it has {length}.</translation>
    </message>
    <message>
        <source>电话“{value}”不像电话号码：请写 7 至 15 位数字，可带区号横线、括号、空格或“转”分机，例如 0371-65881234 或 400-800-1234。</source>
        <translation>The phone number “{value}” does not look like a phone number: write 7 to 15 digits, with an area-code dash, brackets, spaces or an extension after “转” if needed, e.g. 0371-65881234 or 400-800-1234.</translation>
    </message>
    <message>
        <source>分公司编码“{value}”无效：只能用 2 至 12 个英文字母或数字，例如 HN01。</source>
        <translation>The branch code “{value}” is not valid: use 2 to 12 letters or digits only, e.g. HN01.</translation>
    </message>
    <message>
        <source>连接 {url} 需要用户 {user} 的密码，但没有输入。请在提示时输入密码（可选择保存到系统凭据管理器），或把它写入 PostgreSQL 的密码文件（~/.pgpass；Windows：%APPDATA%\postgresql\pgpass.conf）。</source>
        <translation>Connecting to {url} needs the password of user {user}, and none was entered. Type it when asked (you may keep it in the system credential store), or put it in PostgreSQL&apos;s password file (~/.pgpass; Windows: %APPDATA%\postgresql\pgpass.conf).</translation>
    </message>
    <message>
        <source>无法识别这个 PostgreSQL 地址。密码不必写在地址里，连接时会询问；用户名或库名中的 @ # / : % 和空格在地址里要写成 %40 %23 %2F %3A %25 %20，或者改用 host=服务器 dbname=库名 user=&apos;用户名&apos; 的写法。</source>
        <translation>This PostgreSQL address cannot be read. Leave the password out of it: it is asked when connecting. In an address, write @ # / : % and spaces in a user or database name as %40 %23 %2F %3A %25 %20, or use the form host=server dbname=database user=&apos;user name&apos;.</translation>
    </message>
    <message>
        <source>分公司时区：“{zone}”不是时区名称，请选择或填写如 Asia/Shanghai 的名称。</source>
        <translation>Branch time zone: &quot;{zone}&quot; is not a time zone name. Choose or type a name such as Asia/Shanghai.</translation>
    </message>
    <message>
        <source>新密码不能全由同一个字符组成，请换一个。</source>
        <translation>The new password cannot be one character repeated. Choose another.</translation>
    </message>
    <message>
        <source>新密码太常见（在常用密码名单中），很容易被猜到，请换一个。</source>
        <translation>The new password is too common (it is on the list of common passwords) and easily guessed. Choose another.</translation>
    </message>
    <message>
        <source>新密码不能与原密码相同。</source>
        <translation>The new password must differ from the old one.</translation>
    </message>
    <message>
        <source>账户 {username} 须先修改密码才能使用：请运行 main.py users passwd {username}，新密码取自 BRANCHDESK_NEW_PASSWORD 或提示输入；或在桌面程序中登录后修改。</source>
        <translation>Account {username} must change its password before it can be used: run main.py users passwd {username} (the new password from BRANCHDESK_NEW_PASSWORD or a prompt), or log in to the desktop app and change it there.</translation>
    </message>
    <message>
        <source>未登录：这个账户须先设置自己的新密码。请重新登录并设置新密码。</source>
        <translation>Not logged in: this account must first set a new password of its own. Log in again and set it.</translation>
    </message>
    <message>
        <source>{path} 不是普通文件（可能是文件夹或设备），不能作为扫描件添加。</source>
        <translation>{path} is not a regular file (it may be a folder or a device) and cannot be added as a scan.</translation>
    </message>
    <message>
        <source>{date} 的日报第 {version} 版的财务签字就是{user}签的：经理签字须由另一个人来签（两个签字必须是两个人）。</source>
        <translation>{user} gave the finance signature of version {version} of the daily report of {date}: the manager&apos;s signature must come from someone else (the two signatures must be given by two different people).</translation>
    </message>
    <message>
        <source>操作记录第 {id} 行（{at}，{action}）不在哈希链中：它不是由程序写入的，是直接插入数据库的。</source>
        <translation>Audit row {id} ({at}, {action}) is not in the hash chain: it was not written by the program but inserted into the database directly.</translation>
    </message>
    <message>
        <source>操作记录缺少链上第 {missing} 条：有记录被删除了（其后第一条是第 {id} 行，{at}，{action}）。</source>
        <translation>Entry {missing} of the audit chain is missing: a row was deleted (the next one is row {id}, {at}, {action}).</translation>
    </message>
    <message>
        <source>操作记录第 {id} 行（链上第 {seq} 条，{at}，{action}）与前一条接不上：其前的记录被改动、删除或插入过。</source>
        <translation>Audit row {id} (entry {seq} of the chain, {at}, {action}) does not follow the one before it: rows before it were edited, deleted or inserted.</translation>
    </message>
    <message>
        <source>操作记录第 {id} 行（链上第 {seq} 条，{at}，{action}）的内容与其哈希不符：这条记录被改动过。</source>
        <translation>The content of audit row {id} (entry {seq} of the chain, {at}, {action}) does not match its hash: the row was edited.</translation>
    </message>
    <message>
        <source>数据库的保护触发器 {trigger} 不见了：有人绕过程序改动过数据库。程序不会自动重建它，请管理员查明原因。</source>
        <translation>The database&apos;s guard trigger {trigger} is missing: someone changed the database outside the program. The program does not recreate it; an administrator should find out why.</translation>
    </message>
    <message>
        <source>数据库的保护触发器 {trigger} 被改动过，与程序建立时不同。请管理员查明原因。</source>
        <translation>The database&apos;s guard trigger {trigger} was altered and differs from what the program created. An administrator should find out why.</translation>
    </message>
    <message>
        <source>数据库的保护触发器 {trigger} 被停用了。请管理员查明原因。</source>
        <translation>The database&apos;s guard trigger {trigger} was disabled. An administrator should find out why.</translation>
    </message>
    <message>
        <source>{doc_type} {year} 年计数器为 {counter}，但最新的单据是第 {max_seq} 号：缺少第 {missing} 号单据</source>
        <translation>The {doc_type} counter of {year} is at {counter}, but the newest document is no. {max_seq}: document(s) {missing} are missing</translation>
    </message>
    <message>
        <source>检查“{check}”未能做完（{error}）：数据库可能被直接改动过。其余检查的结果照常列出。</source>
        <translation>The check &quot;{check}&quot; could not finish ({error}): the database may have been changed directly. The other checks&apos; findings are listed as usual.</translation>
    </message>
    <message>
        <source>{date} 的日报第 {version} 版保存的签字内容与其哈希不符：签字后被改动过。</source>
        <translation>The stored signed content of version {version} of the daily report of {date} does not match its hash: it was changed after signing.</translation>
    </message>
    <message>
        <source>{date} 的日报已签字，但按流水账重建的报表与签字时的不同（{where}）：该日的单据或流水在签字后被改动过。</source>
        <translation>The daily report of {date} is signed, but the report rebuilt from the journal differs from the one signed ({where}): the day&apos;s documents or journal were changed after signing.</translation>
    </message>
    <message>
        <source>{date} 的日报第 {version} 版的财务签字和经理签字是同一个人（{user}）。</source>
        <translation>The finance and the manager signature of version {version} of the daily report of {date} were given by the same person ({user}).</translation>
    </message>
    <message>
        <source>备件 {part} 的 {book} {party} 在 {month} 月末的结存记为 {kept}，按流水重算为 {rebuilt}</source>
        <translation>Part {part}, {book} {party}: the balance kept for the end of {month} is {kept}, the journal gives {rebuilt}</translation>
    </message>
    <message>
        <source>在途单据 {number} 仍有未结数量，但不在在途待结表中：在途账会漏列它（数据库可能被直接改动过）。</source>
        <translation>Shipment {number} still has quantities in transit but is not in the table of shipments to settle: the in-transit book would leave it out (the database may have been changed directly).</translation>
    </message>
    <message>
        <source>{date} 的日报第 {version} 版的{role}签字在操作记录中没有对应的记录。</source>
        <translation>The {role} signature of version {version} of the daily report of {date} has no row in the audit log.</translation>
    </message>
    <message>
        <source>相符：校验码 {fingerprint} 是 {date} 日报第 {version} 版的签字（{signer}，{signed_at}），数据库中的内容仍与签字时一致。</source>
        <translation>Matches: fingerprint {fingerprint} is the signature of version {version} of the daily report of {date} ({signer}, {signed_at}); the database still holds what was signed.</translation>
    </message>
    <message>
        <source>相符：校验码 {fingerprint} 是 {date} 日报第 {version} 版的签字（{signer}，{signed_at}），该版保存完好；但这一版后来被重新打开，当前以新版为准。</source>
        <translation>Matches: fingerprint {fingerprint} is the signature of version {version} of the daily report of {date} ({signer}, {signed_at}), and that version is stored intact; but it was reopened later, and a newer version now counts.</translation>
    </message>
    <message>
        <source>不符：数据库中 {date} 的日报没有哪个签字的校验码是 {fingerprint}。数据库已不是打印这张报表时的样子（或校验码抄错了）。</source>
        <translation>Does not match: no signature of the daily report of {date} in the database has the fingerprint {fingerprint}. The database is no longer what it was when this report was printed (or the fingerprint was mistyped).</translation>
    </message>
    <message>
        <source>不符：校验码 {fingerprint} 对应 {date} 日报第 {version} 版，但数据库中保存的签字内容已被改动。</source>
        <translation>Does not match: fingerprint {fingerprint} belongs to version {version} of the daily report of {date}, but the signed content stored in the database was changed.</translation>
    </message>
    <message>
        <source>不符：校验码 {fingerprint} 对应 {date} 日报第 {version} 版，但此签字之前的操作记录已被改动。</source>
        <translation>Does not match: fingerprint {fingerprint} belongs to version {version} of the daily report of {date}, but the audit log before that signature was changed.</translation>
    </message>
    <message>
        <source>不符：校验码 {fingerprint} 对应 {date} 日报第 {version} 版，但按流水账重建的报表已与签字时不同。</source>
        <translation>Does not match: fingerprint {fingerprint} belongs to version {version} of the daily report of {date}, but the report rebuilt from the journal differs from the one signed.</translation>
    </message>
    <message>
        <source>校验码 {fingerprint} 格式不对：应为 {length} 个字母或数字（如 ABCD-EFGH-2345）。</source>
        <translation>Fingerprint {fingerprint} is not well formed: it has {length} letters or digits (like ABCD-EFGH-2345).</translation>
    </message>
    <message>
        <source>其他电脑正在同时记账，本次操作试了 {attempts} 次仍未完成，什么也没有改变。请稍后再试一次。</source>
        <translation>Other PCs are posting at the same moment: this operation was tried {attempts} times without getting through, and nothing was changed. Please try again in a moment.</translation>
    </message>
    <message>
        <source>与数据库服务器 {url} 的连接已断开，本次操作没有保存，什么也没有改变；已填写的内容都还在。服务器恢复后再试一次即可，程序会自动重新连接。</source>
        <translation>The connection to the database server {url} was lost. This operation was not saved and nothing was changed; everything you entered is still here. Try again once the server is back: the program reconnects by itself.</translation>
    </message>
    <message>
        <source>数据库 {url} 需要升级表结构，但用户 {user} 是程序的登录角色，没有改表结构的权限，数据库未被改动。请由数据库管理员以所有者角色升级一次：python main.py --db 数据库地址 --owner-user 所有者角色 db upgrade</source>
        <translation>The database {url} needs a schema upgrade, but {user} is the program&apos;s login role, which may not change the schema; the database was not changed. Ask the database administrator to upgrade it once as the owner role: python main.py --db DATABASE --owner-user OWNER_ROLE db upgrade</translation>
    </message>
    <message>
        <source>发送方式“{value}”无效：请选择 不发送、电子邮件 或 传真软件的文件夹。</source>
        <translation>Sending method “{value}” is invalid: choose Not sent, E-mail or Fax software folder.</translation>
    </message>
    <message>
        <source>加密方式“{value}”无效：请选择 STARTTLS、SSL/TLS 或 不加密。</source>
        <translation>Encryption “{value}” is invalid: choose STARTTLS, SSL/TLS or No encryption.</translation>
    </message>
    <message>
        <source>端口 {value} 无效：请填写 1 至 65535 之间的数字（常用 587、465 或 25）。</source>
        <translation>Port {value} is invalid: enter a number from 1 to 65535 (usually 587, 465 or 25).</translation>
    </message>
    <message>
        <source>邮件地址“{value}”无效：应形如 name@example.com，多个地址用逗号分隔。</source>
        <translation>E-mail address “{value}” is invalid: it should look like name@example.com; separate several with commas.</translation>
    </message>
    <message>
        <source>请填写 SMTP 服务器（如 smtp.example.com）。</source>
        <translation>Please enter the SMTP server (e.g. smtp.example.com).</translation>
    </message>
    <message>
        <source>请填写发件人地址。</source>
        <translation>Please enter the from address.</translation>
    </message>
    <message>
        <source>请至少为经管二部或备件科填写一个收件人地址。</source>
        <translation>Please enter at least one recipient for 经管二部 or 备件科.</translation>
    </message>
    <message>
        <source>请填写传真软件监视的文件夹。</source>
        <translation>Please enter the folder the fax software watches.</translation>
    </message>
    <message>
        <source>本机没有可用的系统凭据库，密码无法保存；设置未保存。</source>
        <translation>This PC has no usable system credential store, so the password cannot be kept; the settings were not saved.</translation>
    </message>
    <message>
        <source>测试邮件未能通过 {host}:{port} 发出：{error}</source>
        <translation>The test mail could not be sent through {host}:{port}: {error}</translation>
    </message>
    <message>
        <source>{date} 的日报尚未经经理签字，不能发送。</source>
        <translation>The report of {date} is not signed by the manager yet and cannot be sent.</translation>
    </message>
    <message>
        <source>{date} 的签字版 PDF 无法生成（账目与签字内容已不一致），未发送。</source>
        <translation>The signed PDF of {date} cannot be laid out (the books no longer match the signed content); nothing sent.</translation>
    </message>
    <message>
        <source>尚未设置报表发送方式：请管理员在“设置 → 报表发送”中设置。</source>
        <translation>Report sending is not set up: an administrator sets it in Settings → Report sending.</translation>
    </message>
    <message>
        <source>单据 {document} 是“{doc_type}”，这里需要“{expected}”单据。</source>
        <translation>Document {document} is a &quot;{doc_type}&quot;; a &quot;{expected}&quot; document is needed here.</translation>
    </message>
    <message>
        <source>单据 {document} 已冲销，不再打印旧件标签。</source>
        <translation>Document {document} has been reversed; no old-part tags are printed for it.</translation>
    </message>
    <message>
        <source>标签号“{tag}”不存在，请核对标签。</source>
        <translation>Tag &quot;{tag}&quot; does not exist; please check the tag.</translation>
    </message>
    <message>
        <source>箱子重量“{value}”无效：请填写大于 0 的公斤数，如 12.5。</source>
        <translation>Box weight &quot;{value}&quot; is not valid: enter kilograms greater than 0, e.g. 12.5.</translation>
    </message>
    <message>
        <source>返件单 {document} 还没有装箱：请至少装一箱。</source>
        <translation>Return {document} has no boxes yet: pack at least one box.</translation>
    </message>
    <message>
        <source>第 {box} 箱是空的：每箱至少装一个标签的旧件。</source>
        <translation>Box {box} is empty: every box holds at least one tagged part.</translation>
    </message>
    <message>
        <source>标签 {tag} 装了两次：第 {first_box} 箱和第 {box} 箱。</source>
        <translation>Tag {tag} is packed twice: in box {first_box} and in box {box}.</translation>
    </message>
    <message>
        <source>标签 {tag} 已装在返件单 {document} 的第 {box} 箱，不能再装。</source>
        <translation>Tag {tag} is already packed in box {box} of return {document}; it cannot be packed again.</translation>
    </message>
    <message>
        <source>标签 {tag} 的备件 {part} 不在返件单 {document} 上。</source>
        <translation>Part {part} of tag {tag} is not on return {document}.</translation>
    </message>
    <message>
        <source>备件 {part} 装箱的标签多于返件单 {document} 上的 {qty} 件。</source>
        <translation>More tags of part {part} are packed than the {qty} on return {document}.</translation>
    </message>
    <message>
        <source>总部已确认收到返件单 {document} 的部分箱子，装箱不能再改。</source>
        <translation>HQ has already confirmed boxes of return {document}; the packing can no longer be changed.</translation>
    </message>
    <message>
        <source>确认单 {document} 没有关联返总部坏件单，不能按箱或按标签确认。</source>
        <translation>Confirmation {document} references no bad-parts return to HQ; it cannot be keyed per box or per tag.</translation>
    </message>
    <message>
        <source>返件单 {document} 还没有装箱记录。</source>
        <translation>Return {document} has not been packed yet.</translation>
    </message>
    <message>
        <source>返件单 {document} 只有 {boxes} 箱，没有第 {box} 箱。</source>
        <translation>Return {document} has only {boxes} boxes; there is no box {box}.</translation>
    </message>
    <message>
        <source>标签 {tag} 没有装在返件单 {document} 的箱子里。</source>
        <translation>Tag {tag} was not packed in any box of return {document}.</translation>
    </message>
    <message>
        <source>确认单 {document}：请给出确认的箱号或标签号。</source>
        <translation>Confirmation {document}: give the box numbers or tag ids confirmed.</translation>
    </message>
    <message>
        <source>标签 {tag} 已由确认单 {document} 确认过。</source>
        <translation>Tag {tag} has already been confirmed by confirmation {document}.</translation>
    </message>
    <message>
        <source>确认单 {document} 上备件 {part} 只有 {qty} 件，确认的标签不能更多。</source>
        <translation>Confirmation {document} holds only {qty} of part {part}; no more tags can be confirmed.</translation>
    </message>
    <message>
        <source>标签 {tag} 已随返件单 {document} 返回总部，不能装在这张返件单的箱子里。</source>
        <translation>Tag {tag} already went back to HQ on return {document}; it cannot be packed in this return&apos;s boxes.</translation>
    </message>
    <message>
        <source>标签 {tag} 已扫描过，未再加入：同一件旧件只算一次。</source>
        <translation>Tag {tag} was scanned already and was not added again: one old part counts once.</translation>
    </message>
    <message>
        <source>扫描的是旧件标签 {tag}：“{doc_type}”单据不收旧件标签，未加入。请扫描备件编号。</source>
        <translation>That is old-part tag {tag}: a &quot;{doc_type}&quot; document takes no old-part tags; not added. Scan the part number.</translation>
    </message>
    <message>
        <source>标签 {tag} 是服务站 {station}（{station_name}）的旧件，不是 {party} 的，未加入。</source>
        <translation>Tag {tag} is an old part of station {station} ({station_name}), not of {party}; not added.</translation>
    </message>
    <message>
        <source>标签 {tag} 的旧件已在 {date} 由返件单 {document} 收回，不能再收，未加入。</source>
        <translation>The old part of tag {tag} was already received on {date} with return {document}; it cannot be received again; not added.</translation>
    </message>
    <message>
        <source>标签 {tag} 已装在返件单 {document} 的第 {box} 箱，不能再返，未加入。</source>
        <translation>Tag {tag} is already packed in box {box} of return {document}; it cannot be returned again; not added.</translation>
    </message>
    <message>
        <source>标签 {tag} 已随返件单 {document} 返回总部，不能再返，未加入。</source>
        <translation>Tag {tag} already went back to HQ on return {document}; it cannot be returned again; not added.</translation>
    </message>
    <message>
        <source>标签 {tag} 随返件单 {document} 返回，但这张返件单还没有装箱记录：请先装箱，再按箱或标签确认，未加入。</source>
        <translation>Tag {tag} went back on return {document}, but that return has no packing yet: pack it first, then confirm by box or tag; not added.</translation>
    </message>
    <message>
        <source>标签 {tag} 的旧件还没有返回总部（不在任何返件单上），总部不能确认，未加入。</source>
        <translation>The old part of tag {tag} has not gone back to HQ yet (it is on no return), so HQ cannot confirm it; not added.</translation>
    </message>
    <message>
        <source>标签版式无效：行数 {rows}、列数 {columns} 须至少为 1，边距不能为负。</source>
        <translation>Label layout not valid: rows ({rows}) and columns ({columns}) must be at least 1 and margins not negative.</translation>
    </message>
    <message>
        <source>标签只有 {width}×{height} 毫米，太小：至少需要 {min_width}×{min_height} 毫米，请减少行数或列数。</source>
        <translation>The labels would be only {width}×{height} mm, too small: at least {min_width}×{min_height} mm is needed; use fewer rows or columns.</translation>
    </message>
    <message>
        <source>没有标签版式“{layout}”，可选：{known}。</source>
        <translation>There is no label layout &quot;{layout}&quot;; choose one of: {known}.</translation>
    </message>
    <message>
        <source>活动类型 {kind} 无效：应为知识讲座、联谊会或自驾游。</source>
        <translation>Event kind {kind} is not valid: a lecture, a get-together or a self-drive tour.</translation>
    </message>
    <message>
        <source>请填写活动名称。</source>
        <translation>Please fill in the event&apos;s title.</translation>
    </message>
    <message>
        <source>活动名称太长：最多 {maximum} 个字。</source>
        <translation>The event&apos;s title is too long: at most {maximum} characters.</translation>
    </message>
    <message>
        <source>活动地点太长：最多 {maximum} 个字。</source>
        <translation>The event&apos;s place is too long: at most {maximum} characters.</translation>
    </message>
    <message>
        <source>活动日期 {held_on} 早于今天 {today}：只能策划今天或以后的活动。</source>
        <translation>Event date {held_on} is before today {today}: only events from today on can be planned.</translation>
    </message>
    <message>
        <source>名额 {capacity} 无效：应为至少 1 的整数。</source>
        <translation>Capacity {capacity} is not valid: a whole number, at least 1.</translation>
    </message>
    <message>
        <source>预算 {budget} 无效：应为不小于 0 的金额。</source>
        <translation>Budget {budget} is not valid: an amount of 0 or more.</translation>
    </message>
    <message>
        <source>实际费用 {cost} 无效：应为不小于 0 的金额。</source>
        <translation>Actual cost {cost} is not valid: an amount of 0 or more.</translation>
    </message>
    <message>
        <source>找不到活动 {event}。</source>
        <translation>Event {event} not found.</translation>
    </message>
    <message>
        <source>活动“{event}”已取消，不能再登记。</source>
        <translation>Event &quot;{event}&quot; was cancelled; nothing more can be recorded for it.</translation>
    </message>
    <message>
        <source>活动“{event}”已举办，不能再取消或添加邀请对象。</source>
        <translation>Event &quot;{event}&quot; has been held; it cannot be cancelled or get more invitees.</translation>
    </message>
    <message>
        <source>活动“{event}”在 {held_on} 举办，今天是 {today}：签到和实际费用要在活动当天或以后登记。</source>
        <translation>Event &quot;{event}&quot; is held on {held_on} and today is {today}: attendance and the actual cost are recorded on the day or later.</translation>
    </message>
    <message>
        <source>最近进厂的起始日期 {first} 晚于截止日期 {last}。</source>
        <translation>The last-visit range starts {first}, after its end {last}.</translation>
    </message>
    <message>
        <source>效果报表期间的起始日期 {first} 晚于截止日期 {last}。</source>
        <translation>The effect report period starts on {first}, after its end {last}.</translation>
    </message>
    <message>
        <source>客户价值分类 {klass} 无效。</source>
        <translation>Customer value class {klass} is not valid.</translation>
    </message>
    <message>
        <source>没有选中客户：请先在列表中选择客户。</source>
        <translation>No customer selected: select customers in the list first.</translation>
    </message>
    <message>
        <source>客户 {customer} 已设为免打扰，不能邀请参加活动。</source>
        <translation>Customer {customer} is do-not-contact and cannot be invited to an event.</translation>
    </message>
    <message>
        <source>{customer} 不在活动“{event}”的邀请名单上。</source>
        <translation>{customer} is not on the invitation list of &quot;{event}&quot;.</translation>
    </message>
    <message>
        <source>邀请方式 {channel} 无效：应为电话、短信或信函。</source>
        <translation>Invitation channel {channel} is not valid: phone, SMS or letter.</translation>
    </message>
    <message>
        <source>活动“{event}”已于 {held_on} 举办，不能再发邀请。</source>
        <translation>Event &quot;{event}&quot; was held on {held_on}; no more invitations.</translation>
    </message>
    <message>
        <source>{customer} 还没有登记邀请，请先登记邀请再报名（活动“{event}”）。</source>
        <translation>{customer} has no invitation recorded yet; record the invitation before the sign-up (event &quot;{event}&quot;).</translation>
    </message>
    <message>
        <source>{customer} 已经报名了活动“{event}”。</source>
        <translation>{customer} has already signed up for &quot;{event}&quot;.</translation>
    </message>
    <message>
        <source>活动“{event}”已于 {held_on} 举办，{customer} 不能再报名。</source>
        <translation>Event &quot;{event}&quot; was held on {held_on}; {customer} can no longer sign up.</translation>
    </message>
    <message>
        <source>活动“{event}”的 {capacity} 个名额已满，{customer} 未能报名；可请已报名的客户退出后再报。</source>
        <translation>Event &quot;{event}&quot;: all {capacity} places are taken, {customer} was not signed up; a place frees up when someone withdraws.</translation>
    </message>
    <message>
        <source>{customer} 没有报名活动“{event}”。</source>
        <translation>{customer} has not signed up for &quot;{event}&quot;.</translation>
    </message>
    <message>
        <source>{customer} 已经签到了活动“{event}”。</source>
        <translation>{customer} has already signed in at &quot;{event}&quot;.</translation>
    </message>
    <message>
        <source>{customer} 没有签到活动“{event}”，不能登记反馈评分。</source>
        <translation>{customer} did not sign in at &quot;{event}&quot;; no feedback score can be recorded.</translation>
    </message>
    <message>
        <source>反馈评分 {score} 无效：应为 1 到 10 的整数。</source>
        <translation>Feedback score {score} is not valid: a whole number from 1 to 10.</translation>
    </message>
    <message>
        <source>请用客户编号或筛选条件其中之一选择客户，不要同时使用。</source>
        <translation>Choose customers either by id or by filters, not both.</translation>
    </message>
    <message>
        <source>不能保存为 {path}：活动报表只能存为 .pdf 或 .xlsx 文件。</source>
        <translation>Cannot save as {path}: the event report is saved as .pdf or .xlsx only.</translation>
    </message>
    <message>
        <source>不能保存为 {path}：邀请名单和签到表只能存为 .pdf 文件。</source>
        <translation>Cannot save as {path}: the invitation list and the sign-in sheet are saved as .pdf only.</translation>
    </message>
    <message>
        <source>沟通风格 {style} 无效：应为表现型、友善型、控制型或分析型。</source>
        <translation>Communication style {style} is not valid: expressive, amiable, driver or analytical.</translation>
    </message>
    <message>
        <source>请回答问题，或直接选择客户的沟通风格。</source>
        <translation>Answer the questions, or choose the customer&apos;s communication style.</translation>
    </message>
    <message>
        <source>指引项目 {topic} 无效。</source>
        <translation>Guidance topic {topic} is not valid.</translation>
    </message>
    <message>
        <source>没有问题 {question}。</source>
        <translation>There is no question {question}.</translation>
    </message>
    <message>
        <source>“{question}”的回答 {answer} 无效：应为 a 或 b。</source>
        <translation>Answer {answer} to &quot;{question}&quot; is not valid: a or b.</translation>
    </message>
    <message>
        <source>还有 {count} 个问题未回答：{questions}</source>
        <translation>{count} questions are not answered yet: {questions}</translation>
    </message>
    <message>
        <source>请填写{style}客户“{topic}”的指引。</source>
        <translation>Please fill in the guidance &quot;{topic}&quot; for {style} customers.</translation>
    </message>
    <message>
        <source>指引太长：{length} 个字，最多 {maximum} 个字。</source>
        <translation>The guidance is too long: {length} characters, at most {maximum}.</translation>
    </message>
    <message>
        <source>修改指引要同时给出 --style 和 --topic。</source>
        <translation>To change guidance give both --style and --topic.</translation>
    </message>
    <message>
        <source>回答了 {count} 个问题，应为 {expected} 个（a 或 b）。</source>
        <translation>{count} answers given; {expected} are needed (a or b).</translation>
    </message>
    <message>
        <source>请给出 --style 或 --answers。</source>
        <translation>Give --style or --answers.</translation>
    </message>
    <message>
        <source>未知的资料类别 {kind}：应为 sales（销售档案）或 repair（维修档案）。</source>
        <translation>Unknown kind of papers {kind}: use sales (sales files) or repair (repair files).</translation>
    </message>
    <message>
        <source>{field} 最多 {maximum} 个字，现有 {length} 个。</source>
        <translation>{field} may have at most {maximum} characters; it has {length}.</translation>
    </message>
    <message>
        <source>交接单至少要有一份档案：请选中或输入要交接的车架号/工单号。</source>
        <translation>A handover batch needs at least one file: tick or enter the VINs / RO numbers handed over.</translation>
    </message>
    <message>
        <source>{reference} 在本交接单中出现了两次。</source>
        <translation>{reference} is named twice in this batch.</translation>
    </message>
    <message>
        <source>找不到 {reference} 的档案，请核对车架号或工单号。</source>
        <translation>No file found for {reference}; check the VIN or RO number.</translation>
    </message>
    <message>
        <source>{reference} 的资料已于 {on} 移交档案室。</source>
        <translation>The papers of {reference} were already handed to the archive on {on}.</translation>
    </message>
    <message>
        <source>{reference} 已在交接单 {batch} 中。</source>
        <translation>{reference} is already in handover batch {batch}.</translation>
    </message>
    <message>
        <source>有 {count} 份档案不能列入交接单，交接单未生成。</source>
        <translation>{count} files cannot go into the batch; no batch was made.</translation>
    </message>
    <message>
        <source>找不到交接单 {batch}。</source>
        <translation>No handover batch {batch}.</translation>
    </message>
    <message>
        <source>交接单 {batch} 已于 {on} 接收。</source>
        <translation>Handover batch {batch} was already received on {on}.</translation>
    </message>
    <message>
        <source>交接单 {batch} 已作废。</source>
        <translation>Handover batch {batch} has been cancelled.</translation>
    </message>
    <message>
        <source>接收日期 {value} 早于交接单 {batch} 的制单日期 {created}。</source>
        <translation>Date received {value} is before batch {batch} was made ({created}).</translation>
    </message>
    <message>
        <source>{reference} 不在交接单 {batch} 中。</source>
        <translation>{reference} is not in batch {batch}.</translation>
    </message>
    <message>
        <source>{reference} 的资料中没有“{item}”：请写交接单上的资料名称或资料代码（{known}）。</source>
        <translation>{reference} has no paper “{item}”: write the paper&apos;s name as the handover list prints it, or its code ({known}).</translation>
    </message>
    <message>
        <source>交接单 {batch} 有 {count} 处问题，未接收，什么都没有改变。</source>
        <translation>Batch {batch} has {count} problems; it was not received and nothing changed.</translation>
    </message>
    <message>
        <source>短信模板中的合并字段 {{{name}}} 不存在。可用的字段：{known}。</source>
        <translation>The message template&apos;s merge field {{{name}}} does not exist. Fields: {known}.</translation>
    </message>
    <message>
        <source>短信模板第 {position} 个字处的“{{”没有对应的“}}”。</source>
        <translation>The “{{” at character {position} of the message template has no closing “}}”.</translation>
    </message>
    <message>
        <source>短信模板不能为空。</source>
        <translation>The message template cannot be empty.</translation>
    </message>
    <message>
        <source>短信模板最多 {maximum} 个字，现有 {length} 个。</source>
        <translation>A message template may have at most {maximum} characters; it has {length}.</translation>
    </message>
    <message>
        <source>未知的关怀类别 {kind}。可选：{known}。</source>
        <translation>Unknown kind of care message {kind}. Choose from: {known}.</translation>
    </message>
    <message>
        <source>文件 {path} 的格式无法识别：请用 .xlsx、.csv（短信平台名单）或 .pdf（信封标签 / 信函）。</source>
        <translation>Cannot tell the format of {path}: use .xlsx or .csv (the SMS platform&apos;s list) or .pdf (address labels / letters).</translation>
    </message>
    <message>
        <source>{day} 没有待发送的这类关怀（免打扰客户 {blocked} 位已排除），文件未生成。</source>
        <translation>Nothing of this kind to send on {day} ({blocked} do-not-contact customers left out); no file written.</translation>
    </message>
    <message>
        <source>月份 {value} 无效：请写成 YYYY-MM，如 2026-11。</source>
        <translation>Month {value} is not valid: write YYYY-MM, e.g. 2026-11.</translation>
    </message>
    <message>
        <source>{value} 还没有开始，不能出月报。</source>
        <translation>{value} has not begun; no monthly report yet.</translation>
    </message>
    <message>
        <source>文件 {path} 的格式无法识别：请用 .pdf 或 .xlsx。</source>
        <translation>Cannot tell the format of {path}: use .pdf or .xlsx.</translation>
    </message>
    <message>
        <source>话术类别 {kind} 无效：应为 7dc、3dc、monthly、yearly 或 complaint。</source>
        <translation>Script kind {kind} is not valid: use 7dc, 3dc, monthly, yearly or complaint.</translation>
    </message>
    <message>
        <source>情形 {situation} 无效。</source>
        <translation>Situation {situation} is not valid.</translation>
    </message>
    <message>
        <source>请填写“{situation}”话术的标题。</source>
        <translation>Enter a title for the &quot;{situation}&quot; script.</translation>
    </message>
    <message>
        <source>标题有 {length} 个字，最多 {limit} 个。</source>
        <translation>The title has {length} characters; at most {limit}.</translation>
    </message>
    <message>
        <source>请填写话术“{title}”的内容。</source>
        <translation>Enter the text of the script &quot;{title}&quot;.</translation>
    </message>
    <message>
        <source>话术“{title}”的内容有 {length} 个字，最多 {limit} 个。</source>
        <translation>The script &quot;{title}&quot; has {length} characters; at most {limit}.</translation>
    </message>
    <message>
        <source>话术“{title}”与在用的第 {version} 版相同，没有保存新版本。</source>
        <translation>The script &quot;{title}&quot; is the same as version {version} in use; no new version saved.</translation>
    </message>
    <message>
        <source>“{title}”刚被另一台电脑保存了新版本，请重新打开后再改。</source>
        <translation>&quot;{title}&quot; was just saved in a new version on another PC; open it again before changing it.</translation>
    </message>
    <message>
        <source>找不到话术 {script}。</source>
        <translation>Script {script} not found.</translation>
    </message>
    <message>
        <source>话术“{title}”{state}，不能再停用。</source>
        <translation>The script &quot;{title}&quot; is {state}; it cannot be retired.</translation>
    </message>
    <message>
        <source>评分满分 {scale} 无效：应为 {low} 到 {high} 的整数。</source>
        <translation>Maximum score {scale} is not valid: it must be a whole number from {low} to {high}.</translation>
    </message>
    <message>
        <source>{kind}调查表至少要有一个评分项目。</source>
        <translation>The {kind} survey form needs at least one score item.</translation>
    </message>
    <message>
        <source>调查表有 {count} 个评分项目，最多 {limit} 个。</source>
        <translation>The survey form has {count} score items; at most {limit}.</translation>
    </message>
    <message>
        <source>第 {row} 个评分项目没有名称。</source>
        <translation>Score item {row} has no name.</translation>
    </message>
    <message>
        <source>第 {row} 个评分项目的名称有 {length} 个字，最多 {limit} 个。</source>
        <translation>The name of score item {row} has {length} characters; at most {limit}.</translation>
    </message>
    <message>
        <source>第 {row} 个评分项目“{item}”与前面的重复。</source>
        <translation>Score item {row} &quot;{item}&quot; repeats an earlier one.</translation>
    </message>
    <message>
        <source>第 {row} 个评分项目的代码 {item} 不属于这个调查表。</source>
        <translation>Score item {row}: code {item} does not belong to this survey form.</translation>
    </message>
    <message>
        <source>{kind}调查表与在用的第 {version} 版相同，没有保存新版本。</source>
        <translation>The {kind} survey form is the same as version {version} in use; no new version saved.</translation>
    </message>
    <message>
        <source>客户价值分类比例需要三个整数（VIP、主要、普通客户的累计百分比）。</source>
        <translation>The value class shares need three whole numbers (cumulative percentages for VIP, major and ordinary customers).</translation>
    </message>
    <message>
        <source>客户价值分类比例须逐级增大且在 1-99 之间：现为 VIP {vip}%、主要 {major}%、普通 {ordinary}%。</source>
        <translation>The value class shares must grow class by class and lie between 1 and 99: now VIP {vip}%, major {major}%, ordinary {ordinary}%.</translation>
    </message>
    <message>
        <source>统计月数“{value}”无效：应在 {low} 到 {high} 个月之间。</source>
        <translation>Months counted &quot;{value}&quot; is not valid: it must be between {low} and {high} months.</translation>
    </message>
    <message>
        <source>客户生命周期“{value}”无效：应在 {low} 到 {high} 年之间。</source>
        <translation>Customer life &quot;{value}&quot; is not valid: it must be between {low} and {high} years.</translation>
    </message>
    <message>
        <source>没有客户价值类别“{value}”：可选 {known}。</source>
        <translation>There is no customer value class &quot;{value}&quot;: choose one of {known}.</translation>
    </message>
    <message>
        <source>会员至少要有一个等级。</source>
        <translation>Members need at least one level.</translation>
    </message>
    <message>
        <source>会员有效期“{value}”无效：应在 {low} 到 {high} 个月之间。</source>
        <translation>Membership term &quot;{value}&quot; is not valid: it must be between {low} and {high} months.</translation>
    </message>
    <message>
        <source>续期提醒天数“{value}”无效：应在 {low} 到 {high} 天之间。</source>
        <translation>Renewal reminder days &quot;{value}&quot; is not valid: it must be between {low} and {high} days.</translation>
    </message>
    <message>
        <source>第 {position} 个等级的代码“{level_code}”无效：请用不超过 16 个英文字母或数字。</source>
        <translation>The code &quot;{level_code}&quot; of level {position} is not valid: use up to 16 Latin letters or digits.</translation>
    </message>
    <message>
        <source>第 {position} 个等级缺少名称（最多 20 个字）。</source>
        <translation>Level {position} has no name (20 characters at most).</translation>
    </message>
    <message>
        <source>第 {position} 个等级“{name}”与前面的等级重复。</source>
        <translation>Level {position} &quot;{name}&quot; repeats a level above it.</translation>
    </message>
    <message>
        <source>等级“{name}”要求的客户价值类别不存在。</source>
        <translation>The value class level &quot;{name}&quot; asks for does not exist.</translation>
    </message>
    <message>
        <source>等级“{name}”要求的客户年数“{value}”无效：应在 0 到 50 之间。</source>
        <translation>The years as a customer &quot;{value}&quot; level &quot;{name}&quot; asks for are not valid: they must be between 0 and 50.</translation>
    </message>
    <message>
        <source>等级“{name}”没有条件：除最低等级外，每个等级都要设客户价值类别或客户年数。</source>
        <translation>Level &quot;{name}&quot; has no condition: every level but the lowest needs a value class or years as a customer.</translation>
    </message>
    <message>
        <source>等级“{name}”的权益名称过长：每项最多 {maximum} 个字。</source>
        <translation>A benefit of level &quot;{name}&quot; is too long: {maximum} characters at most each.</translation>
    </message>
    <message>
        <source>等级“{name}”还有 {members} 位会员，不能删除。</source>
        <translation>Level &quot;{name}&quot; still has {members} members and cannot be removed.</translation>
    </message>
    <message>
        <source>日期 {day} 晚于今天（{today}）。</source>
        <translation>The date {day} is after today ({today}).</translation>
    </message>
    <message>
        <source>客户 {customer} 不存在。</source>
        <translation>There is no customer {customer}.</translation>
    </message>
    <message>
        <source>{name} 已是会员，会员号 {number}。</source>
        <translation>{name} is already a member, member number {number}.</translation>
    </message>
    <message>
        <source>没有会员等级“{level}”。</source>
        <translation>There is no member level &quot;{level}&quot;.</translation>
    </message>
    <message>
        <source>{name} 不符合“{level}”的条件，按等级规则可入“{deserved}”。</source>
        <translation>{name} does not meet the conditions of &quot;{level}&quot;; the level rules give &quot;{deserved}&quot;.</translation>
    </message>
    <message>
        <source>会员号正被另一台电脑使用，{name} 未入会，请再试一次。</source>
        <translation>The member number is being taken on another PC; {name} was not enrolled. Please try again.</translation>
    </message>
    <message>
        <source>会员号“{number}”不存在。</source>
        <translation>There is no member number &quot;{number}&quot;.</translation>
    </message>
    <message>
        <source>会员 {number} 的到期日是 {due}，到期前 {days} 天内才能续期。</source>
        <translation>Member {number} runs out on {due}; it can be renewed only within {days} days before.</translation>
    </message>
    <message>
        <source>会员 {number}：请选择使用的权益。</source>
        <translation>Member {number}: choose the benefit used.</translation>
    </message>
    <message>
        <source>会员 {number} 已于 {due} 到期，请先续期再使用权益。</source>
        <translation>Member {number} lapsed on {due}; renew before using a benefit.</translation>
    </message>
    <message>
        <source>会员 {number} 的等级“{level}”没有权益“{benefit}”：可用 {offered}。</source>
        <translation>Member {number}&apos;s level &quot;{level}&quot; does not give &quot;{benefit}&quot;: it gives {offered}.</translation>
    </message>
    <message>
        <source>续期筛选“{value}”无效。</source>
        <translation>Renewal filter &quot;{value}&quot; is not valid.</translation>
    </message>
    <message>
        <source>请填写部门名称。</source>
        <translation>Enter the department&apos;s name.</translation>
    </message>
    <message>
        <source>部门名称有 {length} 个字，最多 {limit} 个。</source>
        <translation>The department name has {length} characters; at most {limit}.</translation>
    </message>
    <message>
        <source>已经有名为“{name}”的部门。</source>
        <translation>There is already a department named &quot;{name}&quot;.</translation>
    </message>
    <message>
        <source>找不到部门 {department}。</source>
        <translation>Department {department} not found.</translation>
    </message>
    <message>
        <source>部门“{department}”已停用，不再接新的投诉和整改项。</source>
        <translation>Department “{department}” is retired and takes no new complaints or improvement items.</translation>
    </message>
    <message>
        <source>低分线 {value} 无效：应为 1 到 9 的整数（10 分制）。</source>
        <translation>Low-score threshold {value} is not valid: it must be a whole number from 1 to 9 (10-point scale).</translation>
    </message>
    <message>
        <source>请填写{department}的整改负责人。</source>
        <translation>Enter the person responsible at {department}.</translation>
    </message>
    <message>
        <source>负责人有 {length} 个字，最多 {limit} 个。</source>
        <translation>The owner has {length} characters; at most {limit}.</translation>
    </message>
    <message>
        <source>请填写需要整改的问题。</source>
        <translation>Enter the problem to fix.</translation>
    </message>
    <message>
        <source>整改期限 {due_on} 早于今天 {today}。</source>
        <translation>The due date {due_on} is before today, {today}.</translation>
    </message>
    <message>
        <source>这一项已经开立了整改项 {number}。</source>
        <translation>This already has improvement item {number}.</translation>
    </message>
    <message>
        <source>{day} 的整改编号正被其他电脑占用，请稍后再保存。</source>
        <translation>The item numbers of {day} are being taken by another PC; save again in a moment.</translation>
    </message>
    <message>
        <source>{customer} 的这条回访没有“{item}”的评分。</source>
        <translation>This callback of {customer} has no score for &quot;{item}&quot;.</translation>
    </message>
    <message>
        <source>“{item}”得分 {score}/{scale}，不低于低分线 {limit}（10 分制），不需要整改。</source>
        <translation>&quot;{item}&quot; scored {score}/{scale}, not below the threshold {limit} (10-point scale); no improvement needed.</translation>
    </message>
    <message>
        <source>投诉 {number} 还没有结案，结案后才能开立整改项。</source>
        <translation>Complaint {number} is not closed yet; an improvement item can be opened once it is.</translation>
    </message>
    <message>
        <source>找不到整改项 {item}。</source>
        <translation>Improvement item {item} not found.</translation>
    </message>
    <message>
        <source>整改项 {number} 已经验证关闭。</source>
        <translation>Improvement item {number} is already verified and closed.</translation>
    </message>
    <message>
        <source>请填写整改项 {number} 采取的措施。</source>
        <translation>Enter the action taken on improvement item {number}.</translation>
    </message>
    <message>
        <source>整改项 {number} 还没有登记整改措施，不能验证。</source>
        <translation>Improvement item {number} has no action recorded yet; it cannot be verified.</translation>
    </message>
    <message>
        <source>请写明检查整改项 {number} 时看到的情况。</source>
        <translation>Write down what the check of improvement item {number} found.</translation>
    </message>
    <message>
        <source>整改项 {number} 开立后，这辆车还没有再次回访给“{item}”打分；可等下次回访，或由经理检查验证。</source>
        <translation>Since improvement item {number} was opened, no callback of this car has scored &quot;{item}&quot; again; wait for the next callback or have the manager check it.</translation>
    </message>
    <message>
        <source>整改项 {number} 来自投诉结案，不能用回访验证，只能由客服经理检查验证。</source>
        <translation>Improvement item {number} comes from a closed complaint: it cannot be verified by a callback, only by the customer-service manager&apos;s check.</translation>
    </message>
    <message>
        <source>{day} 的回访中“{item}”仍只得 {score}/{scale} 分，整改项 {number} 不能验证关闭。</source>
        <translation>The callback of {day} still scored &quot;{item}&quot; only {score}/{scale}; improvement item {number} cannot be closed.</translation>
    </message>
    <message>
        <source>验证方式 {by} 无效：应为 callback（下次回访）或 manager（经理检查）。</source>
        <translation>Verification {by} is not valid: use callback (next callback) or manager (manager&apos;s check).</translation>
    </message>
    <message>
        <source>不能保存为 {path}：整改清单只能存为 .pdf 或 .xlsx 文件。</source>
        <translation>Cannot save as {path}: the improvement list is saved as .pdf or .xlsx only.</translation>
    </message>
</context>
<context>
    <name>ReorderTab</name>
    <message>
        <source>低于安全库存的备件（好件 + 在途）</source>
        <translation>Parts below safety stock (good + in transit)</translation>
    </message>
    <message>
        <source>导出申请单(&amp;X)</source>
        <translation>E&amp;xport request</translation>
    </message>
    <message>
        <source>备件编号</source>
        <translation>Part number</translation>
    </message>
    <message>
        <source>备件名称</source>
        <translation>Part name</translation>
    </message>
    <message>
        <source>安全库存</source>
        <translation>Safety stock</translation>
    </message>
    <message>
        <source>好件库存</source>
        <translation>Good stock</translation>
    </message>
    <message>
        <source>在途</source>
        <translation>In transit</translation>
    </message>
    <message>
        <source>建议申请数量</source>
        <translation>Suggested quantity</translation>
    </message>
    <message>
        <source>申请单已保存：{0} 种备件。</source>
        <translation>Request saved: {0} parts.</translation>
    </message>
    <message>
        <source>正在导出申请单…</source>
        <translation>Exporting the request…</translation>
    </message>
</context>
<context>
    <name>RepairVisitDialog</name>
    <message>
        <source>登记进厂</source>
        <translation>Record a workshop visit</translation>
    </message>
    <message>
        <source>进厂日期(&amp;D)</source>
        <translation>Visit &amp;date</translation>
    </message>
    <message>
        <source>工单号(&amp;O)</source>
        <translation>Repair &amp;order no.</translation>
    </message>
    <message>
        <source>行驶里程（公里）(&amp;K)</source>
        <translation>Mileage (&amp;km)</translation>
    </message>
    <message>
        <source>结算金额（元）(&amp;M)</source>
        <translation>A&amp;mount (yuan)</translation>
    </message>
    <message>
        <source>责任人(&amp;R)</source>
        <translation>&amp;Responsible</translation>
    </message>
    <message>
        <source>结算金额“{value}”不对：请按元填写，最多两位小数，不能为负数。</source>
        <translation>Amount &quot;{value}&quot; is not valid: enter yuan, at most two decimals, not negative.</translation>
    </message>
</context>
<context>
    <name>RequiredPasswordDialog</name>
    <message>
        <source>设置自己的密码</source>
        <translation>Set your own password</translation>
    </message>
    <message>
        <source>{name}，您的账户由管理员设置了密码，须先换成只有您自己知道的新密码才能继续（至少 8 位，不能是常用密码）。</source>
        <translation>{name}, an administrator set the password of your account. Replace it with a new one only you know before you go on (at least 8 characters, not a common password).</translation>
    </message>
    <message>
        <source>新密码(&amp;P)</source>
        <translation>&amp;New password</translation>
    </message>
    <message>
        <source>再输入一次(&amp;A)</source>
        <translation>&amp;Again</translation>
    </message>
</context>
<context>
    <name>ReversalDialog</name>
    <message>
        <source>备件编号</source>
        <translation>Part number</translation>
    </message>
    <message>
        <source>备件名称</source>
        <translation>Part name</translation>
    </message>
    <message>
        <source>账簿</source>
        <translation>Book</translation>
    </message>
    <message>
        <source>往来单位</source>
        <translation>Counterparty</translation>
    </message>
    <message>
        <source>现有</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>变动</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>冲销后</source>
        <translation>After reversal</translation>
    </message>
    <message>
        <source>冲销 {number}</source>
        <translation>Reverse {number}</translation>
    </message>
    <message>
        <source>冲销 {number}（{doc_type}，{date}）：将记一张 {on} 的冲销单，以下各账簿按此变化。确认无误后填写原因，按“冲销”记账。</source>
        <translation>Reversing {number} ({doc_type}, {date}) posts a reversal dated {on} that changes the books as below. If this is right, give the reason and press Reverse.</translation>
    </message>
    <message>
        <source>冲销原因(&amp;R)</source>
        <translation>&amp;Reason for the reversal</translation>
    </message>
    <message>
        <source>必填，例如：数量录错、发错服务站</source>
        <translation>Required, e.g. wrong quantity keyed, sent to the wrong station</translation>
    </message>
    <message>
        <source>冲销(&amp;V)</source>
        <translation>Re&amp;verse</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>冲销后 {part} 的{book}会小于 0（现有 {before}，冲销要 {delta}）：这张单据的货已被后续单据用掉，不能冲销。</source>
        <translation>After the reversal {book} of {part} would be below 0 (now {before}, the reversal takes {delta}): later documents have used these goods, so it cannot be reversed.</translation>
    </message>
    <message>
        <source>请填写冲销原因：没有原因的冲销单，日报上看不懂。</source>
        <translation>Please give the reason for the reversal: a reversal without one cannot be understood on the daily report.</translation>
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
    <name>RulesDialog</name>
    <message>
        <source>代码</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>价值类别至少</source>
        <translation>Value class at least</translation>
    </message>
    <message>
        <source>或客户年数</source>
        <translation>or years as customer</translation>
    </message>
    <message>
        <source>权益（用、分隔）</source>
        <translation>Benefits (separated by 、)</translation>
    </message>
    <message>
        <source>不要求</source>
        <translation>none</translation>
    </message>
    <message>
        <source>等级与分类规则</source>
        <translation>Levels and class rules</translation>
    </message>
    <message>
        <source>客户价值分类（表1-1，按维修产值排名）</source>
        <translation>Customer value classes (table 1-1, ranked by workshop revenue)</translation>
    </message>
    <message>
        <source>VIP客户 前(%)(&amp;I)</source>
        <translation>V&amp;IP customers: first (%)</translation>
    </message>
    <message>
        <source>主要客户 至(%)(&amp;J)</source>
        <translation>Ma&amp;jor customers: up to (%)</translation>
    </message>
    <message>
        <source>普通客户 至(%)(&amp;O)</source>
        <translation>&amp;Ordinary customers: up to (%)</translation>
    </message>
    <message>
        <source>统计最近(月)(&amp;M)</source>
        <translation>&amp;Months counted</translation>
    </message>
    <message>
        <source>客户生命周期(年)(&amp;Y)</source>
        <translation>Customer life (&amp;years)</translation>
    </message>
    <message>
        <source>会员等级（由低到高）</source>
        <translation>Member levels (lowest first)</translation>
    </message>
    <message>
        <source>有效期(月)(&amp;T)</source>
        <translation>&amp;Term (months)</translation>
    </message>
    <message>
        <source>到期前提醒(天)(&amp;D)</source>
        <translation>Remin&amp;der (days before)</translation>
    </message>
    <message>
        <source>添加等级(&amp;A)</source>
        <translation>&amp;Add level</translation>
    </message>
    <message>
        <source>删除等级(&amp;R)</source>
        <translation>&amp;Remove level</translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <source>请稍候</source>
        <translation>Please wait</translation>
    </message>
    <message>
        <source>正在处理…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>正在取消…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>操作失败（程序错误）：{error}</source>
        <translation>The operation failed (program error): {error}</translation>
    </message>
    <message>
        <source>已取消，未作任何更改。</source>
        <translation>Cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>上一个操作还在进行，请稍候。</source>
        <translation>The previous operation is still running; please wait.</translation>
    </message>
</context>
<context>
    <name>ScriptDialog</name>
    <message>
        <source>回访话术</source>
        <translation>Call scripts</translation>
    </message>
    <message>
        <source>回访类型(&amp;K)</source>
        <translation>Callback &amp;kind</translation>
    </message>
    <message>
        <source>情形(&amp;S)</source>
        <translation>&amp;Situation</translation>
    </message>
    <message>
        <source>标题(&amp;T)</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>话术内容(&amp;B)</source>
        <translation>Script &amp;body</translation>
    </message>
</context>
<context>
    <name>ScriptLibraryPanel</name>
    <message>
        <source>全部回访类型</source>
        <translation>All callback kinds</translation>
    </message>
    <message>
        <source>新建话术(&amp;N)</source>
        <translation>&amp;New script</translation>
    </message>
    <message>
        <source>修改话术(&amp;E)</source>
        <translation>&amp;Edit script</translation>
    </message>
    <message>
        <source>停用话术(&amp;R)</source>
        <translation>&amp;Retire script</translation>
    </message>
    <message>
        <source>修改调查表(&amp;Q)</source>
        <translation>Edit survey form (&amp;Q)</translation>
    </message>
    <message>
        <source>回访类型</source>
        <translation>Callback kind</translation>
    </message>
    <message>
        <source>情形</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>保存时间</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>请先在列表中选中一条话术。</source>
        <translation>Select a script in the list first.</translation>
    </message>
    <message>
        <source>已保存“{title}”第 {version} 版。</source>
        <translation>Saved &quot;{title}&quot; version {version}.</translation>
    </message>
    <message>
        <source>已停用“{title}”。</source>
        <translation>Retired &quot;{title}&quot;.</translation>
    </message>
    <message>
        <source>{kind}调查表已保存为第 {version} 版（{count} 个项目，满分 {scale}）。</source>
        <translation>{kind} survey form saved as version {version} ({count} items, out of {scale}).</translation>
    </message>
</context>
<context>
    <name>ScriptsPanel</name>
    <message>
        <source>回访话术(&amp;H)</source>
        <translation>Call script (&amp;H)</translation>
    </message>
    <message>
        <source>这类回访还没有话术；经理可在“话术”页添加。</source>
        <translation>No scripts for this kind of call yet; the manager can add them on the Scripts tab.</translation>
    </message>
</context>
<context>
    <name>SendPanel</name>
    <message>
        <source>不发送</source>
        <translation>Not sent</translation>
    </message>
    <message>
        <source>电子邮件</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>传真软件的文件夹</source>
        <translation>Fax software folder</translation>
    </message>
    <message>
        <source>不加密</source>
        <translation>No encryption</translation>
    </message>
    <message>
        <source>经管二部</source>
        <translation>经管二部 (Operations II)</translation>
    </message>
    <message>
        <source>备件科</source>
        <translation>备件科 (Parts Dept.)</translation>
    </message>
    <message>
        <source>传真文件夹</source>
        <translation>Fax folder</translation>
    </message>
    <message>
        <source>邮件服务器拒绝连接：服务器没有运行，或主机、端口填错了</source>
        <translation>The mail server refused the connection: it is not running, or the host or port is wrong</translation>
    </message>
    <message>
        <source>连接邮件服务器超时：网络不通，或服务器没有响应</source>
        <translation>Connecting to the mail server timed out: no network, or the server does not answer</translation>
    </message>
    <message>
        <source>找不到邮件服务器：主机名填错了，或本机没有联网</source>
        <translation>Mail server not found: the host name is wrong, or this PC is not online</translation>
    </message>
    <message>
        <source>邮件服务器不接受账号或密码</source>
        <translation>The mail server does not accept the account or password</translation>
    </message>
    <message>
        <source>邮件服务器中途断开了连接</source>
        <translation>The mail server closed the connection midway</translation>
    </message>
    <message>
        <source>加密方式与邮件服务器不符：请改“加密”一项</source>
        <translation>The encryption does not match the mail server: change the Encryption setting</translation>
    </message>
    <message>
        <source>写不进传真文件夹：文件夹不存在，或本机没有写入权限</source>
        <translation>Cannot write into the fax folder: it does not exist, or this PC may not write there</translation>
    </message>
    <message>
        <source>{channel}：{where}</source>
        <translation>{channel}: {where}</translation>
    </message>
    <message>
        <source>报表发送设置(&amp;E)…</source>
        <translation>R&amp;eport sending settings…</translation>
    </message>
    <message>
        <source>查看报表发送设置(&amp;E)…</source>
        <translation>View r&amp;eport sending settings…</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>发往</source>
        <translation>To</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>已尝试</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>上次错误</source>
        <translation>Last error</translation>
    </message>
    <message>
        <source>下次重试</source>
        <translation>Next try</translation>
    </message>
    <message>
        <source>签字版日报已发出。</source>
        <translation>The signed report was sent.</translation>
    </message>
    <message>
        <source>签字版日报未能发出，见“今日”页重新发送。</source>
        <translation>The signed report could not be sent; retry from the Today page.</translation>
    </message>
</context>
<context>
    <name>SendSettingsDialog</name>
    <message>
        <source>报表发送</source>
        <translation>Report sending</translation>
    </message>
    <message>
        <source>签字后发送方式(&amp;W)</source>
        <translation>Send after signing &amp;via</translation>
    </message>
    <message>
        <source>SMTP 服务器(&amp;H)</source>
        <translation>SMTP &amp;host</translation>
    </message>
    <message>
        <source>端口(&amp;P)</source>
        <translation>&amp;Port</translation>
    </message>
    <message>
        <source>加密(&amp;E)</source>
        <translation>&amp;Encryption</translation>
    </message>
    <message>
        <source>账号(&amp;A)</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <source>密码(&amp;S)</source>
        <translation>Pa&amp;ssword</translation>
    </message>
    <message>
        <source>发件人地址(&amp;F)</source>
        <translation>&amp;From address</translation>
    </message>
    <message>
        <source>经管二部收件人(&amp;J)</source>
        <translation>经管二部 recipients (&amp;J)</translation>
    </message>
    <message>
        <source>备件科收件人(&amp;B)</source>
        <translation>备件科 recipients (&amp;B)</translation>
    </message>
    <message>
        <source>传真文件夹(&amp;D)</source>
        <translation>Fax fol&amp;der</translation>
    </message>
    <message>
        <source>测试邮件发给(&amp;T)</source>
        <translation>&amp;Test mail to</translation>
    </message>
    <message>
        <source>保存在系统凭据库中；不修改请留空</source>
        <translation>Kept in the system credential store; leave empty to keep it</translation>
    </message>
    <message>
        <source>多个地址用逗号分隔</source>
        <translation>Separate several addresses with commas</translation>
    </message>
    <message>
        <source>传真软件监视的文件夹，文件名为 分公司编码_日期</source>
        <translation>The folder the fax software watches; file named branch code_date</translation>
    </message>
    <message>
        <source>留空则发给发件人地址</source>
        <translation>Empty: to the from address</translation>
    </message>
    <message>
        <source>发送测试邮件(&amp;M)</source>
        <translation>Send test &amp;mail</translation>
    </message>
    <message>
        <source>保存(&amp;O)</source>
        <translation>Save (&amp;O)</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>报表发送设置已保存。</source>
        <translation>Report sending settings saved.</translation>
    </message>
    <message>
        <source>正在发送测试邮件…</source>
        <translation>Sending the test mail…</translation>
    </message>
    <message>
        <source>测试邮件已发出：{to}。请到收件箱查看。</source>
        <translation>Test mail sent to {to}. Please check the inbox.</translation>
    </message>
</context>
<context>
    <name>SerialsTab</name>
    <message>
        <source>输入序列号（整机、显示器）的任意部分</source>
        <translation>Type any part of a serial number (whole unit, monitor)</translation>
    </message>
    <message>
        <source>序列号</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>备件编号</source>
        <translation>Part number</translation>
    </message>
    <message>
        <source>最近日期</source>
        <translation>Latest date</translation>
    </message>
    <message>
        <source>最近事件</source>
        <translation>Latest event</translation>
    </message>
    <message>
        <source>往来单位</source>
        <translation>Counterparty</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>事件</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>单据</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ServiceLabels</name>
    <message>
        <source>7DC 新车回访</source>
        <translation>7DC new-car callback</translation>
    </message>
    <message>
        <source>3DC 维修回访</source>
        <translation>3DC repair callback</translation>
    </message>
    <message>
        <source>月度回访</source>
        <translation>Monthly follow-up</translation>
    </message>
    <message>
        <source>年度回访</source>
        <translation>Yearly follow-up</translation>
    </message>
    <message>
        <source>待回访</source>
        <translation>Callbacks due</translation>
    </message>
    <message>
        <source>已回访</source>
        <translation>Called back</translation>
    </message>
    <message>
        <source>联系不上</source>
        <translation>Unreachable</translation>
    </message>
    <message>
        <source>拒绝回访</source>
        <translation>Refused callback</translation>
    </message>
    <message>
        <source>免打扰取消</source>
        <translation>Cancelled (do not contact)</translation>
    </message>
    <message>
        <source>已接通</source>
        <translation>Reached</translation>
    </message>
    <message>
        <source>未接通，再拨</source>
        <translation>Not reached, retry</translation>
    </message>
    <message>
        <source>拒绝</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>展厅接待</source>
        <translation>Showroom reception</translation>
    </message>
    <message>
        <source>销售顾问讲解</source>
        <translation>Sales consultant&apos;s explanation</translation>
    </message>
    <message>
        <source>试乘试驾</source>
        <translation>Test drive</translation>
    </message>
    <message>
        <source>交车过程</source>
        <translation>Handover of the car</translation>
    </message>
    <message>
        <source>手续办理效率</source>
        <translation>Paperwork efficiency</translation>
    </message>
    <message>
        <source>总体满意度</source>
        <translation>Overall satisfaction</translation>
    </message>
    <message>
        <source>服务接待</source>
        <translation>Service reception</translation>
    </message>
    <message>
        <source>维修质量</source>
        <translation>Repair quality</translation>
    </message>
    <message>
        <source>按时交车</source>
        <translation>Ready on time</translation>
    </message>
    <message>
        <source>费用透明</source>
        <translation>Transparent charges</translation>
    </message>
    <message>
        <source>车辆清洁</source>
        <translation>Car cleanliness</translation>
    </message>
    <message>
        <source>车辆使用情况</source>
        <translation>How the car is doing</translation>
    </message>
    <message>
        <source>服务满意度</source>
        <translation>Service satisfaction</translation>
    </message>
    <message>
        <source>生日祝福</source>
        <translation>Birthday greetings</translation>
    </message>
    <message>
        <source>节日问候</source>
        <translation>Festival greetings</translation>
    </message>
    <message>
        <source>保养提醒</source>
        <translation>Maintenance reminders</translation>
    </message>
    <message>
        <source>年审提醒</source>
        <translation>Annual inspection reminders</translation>
    </message>
    <message>
        <source>续保提醒</source>
        <translation>Insurance renewal reminders</translation>
    </message>
    <message>
        <source>纪念日问候</source>
        <translation>Anniversary greetings</translation>
    </message>
    <message>
        <source>元旦</source>
        <translation>New Year&apos;s Day</translation>
    </message>
    <message>
        <source>情人节</source>
        <translation>Valentine&apos;s Day</translation>
    </message>
    <message>
        <source>劳动节</source>
        <translation>Labour Day</translation>
    </message>
    <message>
        <source>国庆节</source>
        <translation>National Day</translation>
    </message>
    <message>
        <source>春节</source>
        <translation>Spring Festival</translation>
    </message>
    <message>
        <source>元宵节</source>
        <translation>Lantern Festival</translation>
    </message>
    <message>
        <source>端午节</source>
        <translation>Dragon Boat Festival</translation>
    </message>
    <message>
        <source>七夕</source>
        <translation>Qixi Festival</translation>
    </message>
    <message>
        <source>中秋节</source>
        <translation>Mid-Autumn Festival</translation>
    </message>
    <message>
        <source>重阳节</source>
        <translation>Double Ninth Festival</translation>
    </message>
    <message>
        <source>除夕</source>
        <translation>New Year&apos;s Eve</translation>
    </message>
    <message>
        <source>已受理</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>经理已确认</source>
        <translation>Confirmed by manager</translation>
    </message>
    <message>
        <source>已交部门处理</source>
        <translation>With department</translation>
    </message>
    <message>
        <source>已处理</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>已反馈客户</source>
        <translation>Result told to customer</translation>
    </message>
    <message>
        <source>已结案</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>服务态度</source>
        <translation>Staff attitude</translation>
    </message>
    <message>
        <source>配件供应</source>
        <translation>Parts supply</translation>
    </message>
    <message>
        <source>收费问题</source>
        <translation>Charges</translation>
    </message>
    <message>
        <source>销售承诺</source>
        <translation>Sales promises</translation>
    </message>
    <message>
        <source>等待时间</source>
        <translation>Waiting time</translation>
    </message>
    <message>
        <source>车辆质量</source>
        <translation>Vehicle quality</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>确认</source>
        <translation>confirm</translation>
    </message>
    <message>
        <source>交部门处理</source>
        <translation>assign it to a department</translation>
    </message>
    <message>
        <source>登记处理结果</source>
        <translation>record the resolution</translation>
    </message>
    <message>
        <source>反馈客户</source>
        <translation>tell the customer</translation>
    </message>
    <message>
        <source>结案</source>
        <translation>close it</translation>
    </message>
    <message>
        <source>销售部</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>售后服务部</source>
        <translation>After-sales service</translation>
    </message>
    <message>
        <source>配件部</source>
        <translation>Parts</translation>
    </message>
    <message>
        <source>财务部</source>
        <translation>Finance</translation>
    </message>
    <message>
        <source>客服部</source>
        <translation>Customer service</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>到店</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>回访中反映</source>
        <translation>Raised during a callback</translation>
    </message>
    <message>
        <source>厂家转来</source>
        <translation>Forwarded by the manufacturer</translation>
    </message>
    <message>
        <source>网络</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>回访评分走势</source>
        <translation>Callback scores over time</translation>
    </message>
    <message>
        <source>客户流失分析</source>
        <translation>Customer churn</translation>
    </message>
    <message>
        <source>客户价值分类</source>
        <translation>Customer value classes</translation>
    </message>
    <message>
        <source>备件出入库走势</source>
        <translation>Parts in and out over time</translation>
    </message>
    <message>
        <source>客户数</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>产值(元)</source>
        <translation>Revenue (yuan)</translation>
    </message>
    <message>
        <source>客户占比(%)</source>
        <translation>Share of customers (%)</translation>
    </message>
    <message>
        <source>产值占比(%)</source>
        <translation>Share of revenue (%)</translation>
    </message>
    <message>
        <source>入库</source>
        <translation>In</translation>
    </message>
    <message>
        <source>出库</source>
        <translation>Out</translation>
    </message>
    <message>
        <source>半年内</source>
        <translation>Within 6 months</translation>
    </message>
    <message>
        <source>6-12个月</source>
        <translation>6-12 months</translation>
    </message>
    <message>
        <source>12-18个月</source>
        <translation>12-18 months</translation>
    </message>
    <message>
        <source>18-24个月</source>
        <translation>18-24 months</translation>
    </message>
    <message>
        <source>2-3年</source>
        <translation>2-3 years</translation>
    </message>
    <message>
        <source>3年以上</source>
        <translation>Over 3 years</translation>
    </message>
    <message>
        <source>A类</source>
        <translation>Class A</translation>
    </message>
    <message>
        <source>B类</source>
        <translation>Class B</translation>
    </message>
    <message>
        <source>C类</source>
        <translation>Class C</translation>
    </message>
    <message>
        <source>短信</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>贺卡</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>微信</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>投诉回访</source>
        <translation>Complaint follow-up</translation>
    </message>
    <message>
        <source>开场白</source>
        <translation>Opening</translation>
    </message>
    <message>
        <source>提出问题</source>
        <translation>Ask questions</translation>
    </message>
    <message>
        <source>聆听回应</source>
        <translation>Listen and respond</translation>
    </message>
    <message>
        <source>提议选择</source>
        <translation>Propose options</translation>
    </message>
    <message>
        <source>达成一致</source>
        <translation>Agree</translation>
    </message>
    <message>
        <source>最后确定</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>消除客户疑虑：报上姓名和部门，说明来电目的；不争辩、不说攻击性的话。</source>
        <translation>Put the customer at ease: give your name and department and the purpose of the call; never argue or say anything aggressive.</translation>
    </message>
    <message>
        <source>提出问题弄清客户的真实感受和问题的根源，记下客户原话。</source>
        <translation>Ask questions to learn how the customer really feels and where the problem comes from; note the customer&apos;s own words.</translation>
    </message>
    <message>
        <source>先让客户把不满说完，复述要点，表明理解客户的失望。</source>
        <translation>Let the customer say everything first, repeat the main points, show you understand the disappointment.</translation>
    </message>
    <message>
        <source>问客户希望怎么处理；权限内的可以答应，超出的如实说明并提出几个可选方案。</source>
        <translation>Ask how the customer would like it handled; agree to what is within your authority, say honestly what is not and offer a few options.</translation>
    </message>
    <message>
        <source>双方都能接受的处理办法：写明内容、由谁做、何时完成。</source>
        <translation>A solution both sides accept: write down what, by whom and by when.</translation>
    </message>
    <message>
        <source>向客户复述商定的细节，确认无误，留下联系方式。</source>
        <translation>Repeat the agreed details to the customer, confirm them, leave your contact details.</translation>
    </message>
    <message>
        <source>非车主本人接听</source>
        <translation>Not the owner on the phone</translation>
    </message>
    <message>
        <source>客户正忙</source>
        <translation>Customer busy</translation>
    </message>
    <message>
        <source>号码错误</source>
        <translation>Wrong number</translation>
    </message>
    <message>
        <source>客户生气</source>
        <translation>Customer angry</translation>
    </message>
    <message>
        <source>要求赔偿</source>
        <translation>Asks for compensation</translation>
    </message>
    <message>
        <source>客户给出低分</source>
        <translation>Customer gives a low score</translation>
    </message>
    <message>
        <source>结束语</source>
        <translation>Closing</translation>
    </message>
    <message>
        <source>在用</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>已被新版本替换</source>
        <translation>Replaced by a newer version</translation>
    </message>
    <message>
        <source>已停用</source>
        <translation>Retired</translation>
    </message>
    <message>
        <source>待整改</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>已整改待验证</source>
        <translation>Acted, to verify</translation>
    </message>
    <message>
        <source>已验证</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>回访低分</source>
        <translation>Low callback score</translation>
    </message>
    <message>
        <source>投诉结案</source>
        <translation>Closed complaint</translation>
    </message>
    <message>
        <source>下次回访</source>
        <translation>Next callback</translation>
    </message>
    <message>
        <source>经理检查</source>
        <translation>Manager check</translation>
    </message>
    <message>
        <source>预约便利性</source>
        <translation>Ease of booking</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>ServicePage</name>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>回访评分走势（近12个月）</source>
        <translation>Callback scores (last 12 months)</translation>
    </message>
    <message>
        <source>客户流失（距上次进厂月数）</source>
        <translation>Churn (months since the last visit)</translation>
    </message>
    <message>
        <source>客户价值分类（近12个月产值）</source>
        <translation>Customer value classes (revenue, last 12 months)</translation>
    </message>
    <message>
        <source>备件出入库（近12个月）</source>
        <translation>Parts in and out (last 12 months)</translation>
    </message>
    <message>
        <source>回访(&amp;1)</source>
        <translation>Callbacks (&amp;1)</translation>
    </message>
    <message>
        <source>关怀(&amp;2)</source>
        <translation>Care (&amp;2)</translation>
    </message>
    <message>
        <source>投诉(&amp;3)</source>
        <translation>Complaints (&amp;3)</translation>
    </message>
    <message>
        <source>统计(&amp;4)</source>
        <translation>Statistics (&amp;4)</translation>
    </message>
    <message>
        <source>话术(&amp;5)</source>
        <translation>Scripts (&amp;5)</translation>
    </message>
    <message>
        <source>整改(&amp;6)</source>
        <translation>Improvements (&amp;6)</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>本机</source>
        <translation>This PC</translation>
    </message>
    <message>
        <source>语言(&amp;G)</source>
        <translation>Lan&amp;guage</translation>
    </message>
    <message>
        <source>无操作自动锁定(&amp;I)</source>
        <translation>Lock when &amp;idle</translation>
    </message>
    <message>
        <source> 分钟</source>
        <translation> min</translation>
    </message>
    <message>
        <source>不锁定</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>这么多分钟没有按键或点击，窗口就遮住并要求重新输入密码；0 表示不锁定。</source>
        <translation>After this many minutes without a key press or click the window is covered and asks for the password again; 0 means never.</translation>
    </message>
    <message>
        <source>数据库</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Kind</translation>
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
        <source>下次启动使用(&amp;N)</source>
        <translation>Use at &amp;next start</translation>
    </message>
    <message>
        <source>留空：本机默认的 SQLite 文件；多台电脑共用：postgresql://用户@服务器/库名（密码检查时询问）</source>
        <translation>Empty: this PC&apos;s default SQLite file; shared by several PCs: postgresql://user@server/database (the password is asked when checking)</translation>
    </message>
    <message>
        <source>检查并保存(&amp;V)</source>
        <translation>Check and sa&amp;ve</translation>
    </message>
    <message>
        <source>分公司时区(&amp;T)</source>
        <translation>Branch &amp;time zone</translation>
    </message>
    <message>
        <source>分公司信息</source>
        <translation>Branch</translation>
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
        <source>节假日与节日</source>
        <translation>Holidays and festivals</translation>
    </message>
    <message>
        <source>报表发送</source>
        <translation>Report sending</translation>
    </message>
    <message>
        <source>节假日日历(&amp;H)…</source>
        <translation>&amp;Holiday calendar…</translation>
    </message>
    <message>
        <source>上线准备向导(&amp;Z)…</source>
        <translation>Go-live wi&amp;zard…</translation>
    </message>
    <message>
        <source>往来单位、备件、期初余额、档案、节假日和用户的导入，按上线步骤逐一办理。</source>
        <translation>Counterparties, parts, opening balances, archives, holidays and users, step by step as a branch goes live.</translation>
    </message>
    <message>
        <source>备份</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>用户管理</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>已保存。重新启动程序后生效。</source>
        <translation>Saved. It takes effect when the program is started again.</translation>
    </message>
    <message>
        <source>密码已存入本机的系统凭据管理器，不写在设置文件里。</source>
        <translation> The password is kept in this PC&apos;s system credential store, not in the settings file.</translation>
    </message>
    <message>
        <source>密码已存入本机的 PostgreSQL 密码文件（只有本人可读），不写在设置文件里。</source>
        <translation> The password is kept in this PC&apos;s PostgreSQL password file (readable by you only), not in the settings file.</translation>
    </message>
    <message>
        <source>密码已修改。</source>
        <translation>Password changed.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>管理员</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>分公司信息</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>用户</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>往来单位</source>
        <translation>Counterparty</translation>
    </message>
    <message>
        <source>备件</source>
        <translation>Parts</translation>
    </message>
    <message>
        <source>期初余额</source>
        <translation>Opening balances</translation>
    </message>
    <message>
        <source>档案</source>
        <translation>Archives</translation>
    </message>
    <message>
        <source>节假日日历</source>
        <translation>Holiday calendar</translation>
    </message>
    <message>
        <source>这是一个新的数据库。先建立管理员账户，再以管理员身份登录，按步骤完成上线准备。</source>
        <translation>This is a new database. Create the administrator account first, log in as the administrator, then walk through the go-live steps.</translation>
    </message>
    <message>
        <source>分公司名称等打印在每张报表、对账单、表格和标签的抬头。保存后进入下一步。</source>
        <translation>The branch name and the rest are printed at the head of every report, statement, form and label. Saving moves on to the next step.</translation>
    </message>
    <message>
        <source>添加客服专员、财务和经理的账户。期初建账须经理办理，档案导入须专员或经理办理。</source>
        <translation>Add the clerk, finance and manager accounts. The opening balances need a manager; the archive import a clerk or a manager.</translation>
    </message>
    <message>
        <source>下载模板，在「往来单位」表中填写总部、服务站、经销商和客户，再选择文件预览并导入。</source>
        <translation>Download the template, fill in HQ, service stations, dealers and customers on its sheet 往来单位, then pick the file to preview and import it.</translation>
    </message>
    <message>
        <source>在模板的「备件」表中填写备件编号、名称、规格、单位、单价和安全库存。</source>
        <translation>Fill in part number, name, specification, unit, price and safety stock on the template&apos;s sheet 备件.</translation>
    </message>
    <message>
        <source>上线当天各账本的期初余额：好件、坏件、欠人坏件、人欠坏件（带发生日期）、在途。只能做一次。</source>
        <translation>Every book&apos;s balance at the end of the go-live day: good and bad stock, bad parts owed to and by others (with the date each arose), in transit. Once only.</translation>
    </message>
    <message>
        <source>把 Excel 中的车辆档案台账导入（每行一辆车）。</source>
        <translation>Import the vehicle archive list from Excel (one vehicle per row).</translation>
    </message>
    <message>
        <source>国务院公布的节假日已内置；分公司另有安排时，在日历中修改或从 Excel 导入。</source>
        <translation>The State Council&apos;s holidays are built in; where the branch differs, change the calendar or import a sheet.</translation>
    </message>
    <message>
        <source>已有 {count} 个用户。</source>
        <translation>{count} users so far.</translation>
    </message>
    <message>
        <source>还没有任何用户。密码至少 {minimum} 位，不能全是同一个字符，也不能是常见密码。</source>
        <translation>No users yet. The password needs at least {minimum} characters, not all the same, and not a common one.</translation>
    </message>
    <message>
        <source>尚未设置。</source>
        <translation>Not set yet.</translation>
    </message>
    <message>
        <source>已设置：{name}。</source>
        <translation>Set: {name}.</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>已有 {count} 个用户：{roles}。</source>
        <translation>{count} users so far: {roles}.</translation>
    </message>
    <message>
        <source>已有 {count} 个往来单位。</source>
        <translation>{count} counterparties so far.</translation>
    </message>
    <message>
        <source>已有 {count} 个备件。</source>
        <translation>{count} parts so far.</translation>
    </message>
    <message>
        <source>尚未建期初。</source>
        <translation>No opening balances yet.</translation>
    </message>
    <message>
        <source>已建期初 {number}，建账日 {date}；不能再建，如需更正请冲销原期初。</source>
        <translation>Opening {number} posted, go-live date {date}; it cannot be posted again (reverse it to correct it).</translation>
    </message>
    <message>
        <source>已有 {count} 辆车的档案。</source>
        <translation>Archives of {count} vehicles so far.</translation>
    </message>
    <message>
        <source>节假日日历还没有任何年份。</source>
        <translation>The holiday calendar has no year yet.</translation>
    </message>
    <message>
        <source>节假日日历已有 {first}–{last} 年（{count} 年）。</source>
        <translation>The holiday calendar covers {first}–{last} ({count} years).</translation>
    </message>
    <message>
        <source>上线准备向导 - 分公司客服台账</source>
        <translation>Go-live wizard - BranchDesk</translation>
    </message>
    <message>
        <source>上一步(&amp;B)</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>稍后继续(&amp;L)</source>
        <translation>Continue &amp;later</translation>
    </message>
    <message>
        <source>关闭向导；下次启动时从这一步继续，也可以在“设置”中重新打开。</source>
        <translation>Close the wizard; the next start continues at this step, and Settings reopens it.</translation>
    </message>
    <message>
        <source>以其他用户登录(&amp;O)…</source>
        <translation>Log in as an&amp;other user…</translation>
    </message>
    <message>
        <source>打开节假日日历(&amp;Y)…</source>
        <translation>Open the calendar&apos;s &amp;year view…</translation>
    </message>
    <message>
        <source>完成(&amp;F)</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>下一步(&amp;N)</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>这一步须由{roles}办理：请以这样的账户登录（没有时先在“用户”一步中添加），或跳过。</source>
        <translation>This step is for {roles}: log in with such an account (add one in the Users step first), or skip it.</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>日报签字</source>
        <translation>Sign the daily report</translation>
    </message>
    <message>
        <source>{user}，请输入您的密码，以{role}身份签署 {day} 的货品出入库报表。</source>
        <translation>{user}, enter your password to sign the daily goods in/out report of {day} as {role}.</translation>
    </message>
    <message>
        <source>签字后，{day} 及之前的所有日期都将锁定：这些日期不能再记账、冲销或修改，更正只能在以后未锁定的日期做冲销单。</source>
        <translation>Signing locks {day} and every day before it: nothing can be posted, reversed or changed on those dates any more; corrections are reversals on a later, open date.</translation>
    </message>
    <message>
        <source>密码(&amp;P)：</source>
        <translation>&amp;Password:</translation>
    </message>
</context>
<context>
    <name>StatementsTab</name>
    <message>
        <source>往来单位：</source>
        <translation>Counterparty:</translation>
    </message>
    <message>
        <source>期间：</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>打印对账单(&amp;P)</source>
        <translation>&amp;Print statement</translation>
    </message>
    <message>
        <source>导出 Excel(&amp;E)</source>
        <translation>&amp;Export Excel</translation>
    </message>
    <message>
        <source>导入回执(&amp;I)</source>
        <translation>&amp;Import answer</translation>
    </message>
    <message>
        <source>未处理的差异</source>
        <translation>Open disputes</translation>
    </message>
    <message>
        <source>接受对方数量(&amp;A)</source>
        <translation>&amp;Accept their figure</translation>
    </message>
    <message>
        <source>已记账处理(&amp;D)</source>
        <translation>Resolved by &amp;document</translation>
    </message>
    <message>
        <source>往来单位</source>
        <translation>Counterparty</translation>
    </message>
    <message>
        <source>期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>备件编号</source>
        <translation>Part number</translation>
    </message>
    <message>
        <source>备件名称</source>
        <translation>Part name</translation>
    </message>
    <message>
        <source>差异</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>对方说明</source>
        <translation>Their note</translation>
    </message>
    <message>
        <source>登记时间</source>
        <translation>Recorded at</translation>
    </message>
    <message>
        <source>已保存对账单：{0} 行。</source>
        <translation>Statement saved: {0} lines.</translation>
    </message>
    <message>
        <source>正在生成对账单…</source>
        <translation>Writing the statement…</translation>
    </message>
    <message>
        <source>回执已登记：相符 {0} 行，差异 {1} 行。</source>
        <translation>Answer recorded: {0} lines agree, {1} differ.</translation>
    </message>
    <message>
        <source>正在导入回执…</source>
        <translation>Importing the reply…</translation>
    </message>
    <message>
        <source>接受对方数量</source>
        <translation>Accept their figure</translation>
    </message>
    <message>
        <source>原因(&amp;R)：</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>更正单据的本公司单号(&amp;N)：</source>
        <translation>Our &amp;number of the correcting document:</translation>
    </message>
    <message>
        <source>差异已处理。</source>
        <translation>Dispute resolved.</translation>
    </message>
    <message>
        <source>已记账处理</source>
        <translation>Resolved by document</translation>
    </message>
</context>
<context>
    <name>StatsPanel</name>
    <message>
        <source>保存图片(&amp;I)</source>
        <translation>Save &amp;image</translation>
    </message>
    <message>
        <source>保存数据(&amp;X)</source>
        <translation>Save data (&amp;X)</translation>
    </message>
    <message>
        <source>图片已保存：{path}</source>
        <translation>Image saved: {path}</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>数据已保存：{path}</source>
        <translation>Data saved: {path}</translation>
    </message>
</context>
<context>
    <name>StocktakeTab</name>
    <message>
        <source>开始盘点(&amp;S)</source>
        <translation>&amp;Start stocktake</translation>
    </message>
    <message>
        <source>打印盘点表</source>
        <translation>Print count sheet</translation>
    </message>
    <message>
        <source>导入实盘数</source>
        <translation>Import counts</translation>
    </message>
    <message>
        <source>录入实盘数(&amp;K)</source>
        <translation>&amp;Key counts</translation>
    </message>
    <message>
        <source>覆盖已录入的实盘数</source>
        <translation>Replace counts already entered</translation>
    </message>
    <message>
        <source>填写差异原因(&amp;R)</source>
        <translation>Enter variance &amp;reason</translation>
    </message>
    <message>
        <source>打印差异表</source>
        <translation>Print variance report</translation>
    </message>
    <message>
        <source>审批并生成调整单</source>
        <translation>Approve and post adjustments</translation>
    </message>
    <message>
        <source>取消盘点</source>
        <translation>Cancel stocktake</translation>
    </message>
    <message>
        <source>备件编号</source>
        <translation>Part number</translation>
    </message>
    <message>
        <source>备件名称</source>
        <translation>Part name</translation>
    </message>
    <message>
        <source>账面好件</source>
        <translation>Book good</translation>
    </message>
    <message>
        <source>实盘好件</source>
        <translation>Counted good</translation>
    </message>
    <message>
        <source>好件差异</source>
        <translation>Good variance</translation>
    </message>
    <message>
        <source>账面坏件</source>
        <translation>Book bad</translation>
    </message>
    <message>
        <source>实盘坏件</source>
        <translation>Counted bad</translation>
    </message>
    <message>
        <source>坏件差异</source>
        <translation>Bad variance</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>盘点后有单据</source>
        <translation>Posted since start</translation>
    </message>
    <message>
        <source>当前没有进行中的盘点。</source>
        <translation>No stocktake in progress.</translation>
    </message>
    <message>
        <source>盘点 {0}（{1} 开始）：已盘 {2} 种，未盘 {3} 种。</source>
        <translation>Stocktake {0} (started {1}): {2} parts counted, {3} not counted.</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>已开始盘点，冻结了 {0} 种备件的账面数。</source>
        <translation>Stocktake started; book quantities of {0} parts frozen.</translation>
    </message>
    <message>
        <source>盘点表已保存。</source>
        <translation>Count sheet saved.</translation>
    </message>
    <message>
        <source>正在生成盘点表…</source>
        <translation>Writing the count sheet…</translation>
    </message>
    <message>
        <source>已录入 {0} 种，其中覆盖 {1} 种。</source>
        <translation>{0} parts entered, {1} of them replaced.</translation>
    </message>
    <message>
        <source>正在导入实盘数…</source>
        <translation>Importing the counts…</translation>
    </message>
    <message>
        <source>盘点 {0} 的备件都已录入实盘数。</source>
        <translation>Every part of stocktake {0} is counted already.</translation>
    </message>
    <message>
        <source>已录入 {0} 种备件的实盘数。</source>
        <translation>Counts entered for {0} parts.</translation>
    </message>
    <message>
        <source>差异原因</source>
        <translation>Variance reason</translation>
    </message>
    <message>
        <source>备件 {0} 的差异原因(&amp;R)：</source>
        <translation>&amp;Reason for the variance of part {0}:</translation>
    </message>
    <message>
        <source>原因已保存。</source>
        <translation>Reason saved.</translation>
    </message>
    <message>
        <source>差异表已保存。</source>
        <translation>Variance report saved.</translation>
    </message>
    <message>
        <source>正在生成差异表…</source>
        <translation>Writing the variance report…</translation>
    </message>
    <message>
        <source>已审批：{0} {1}</source>
        <translation>Approved: {0} {1}</translation>
    </message>
    <message>
        <source>正在审批并生成调整单…</source>
        <translation>Approving and posting the adjustments…</translation>
    </message>
    <message>
        <source>盘点已取消。</source>
        <translation>Stocktake cancelled.</translation>
    </message>
</context>
<context>
    <name>StyleLabels</name>
    <message>
        <source>表现型</source>
        <translation>Expressive</translation>
    </message>
    <message>
        <source>友善型</source>
        <translation>Amiable</translation>
    </message>
    <message>
        <source>控制型</source>
        <translation>Driver</translation>
    </message>
    <message>
        <source>分析型</source>
        <translation>Analytical</translation>
    </message>
    <message>
        <source>支配 / 外显</source>
        <translation>dominant / expressive</translation>
    </message>
    <message>
        <source>随和 / 外显</source>
        <translation>easy-going / expressive</translation>
    </message>
    <message>
        <source>支配 / 内敛</source>
        <translation>dominant / reserved</translation>
    </message>
    <message>
        <source>随和 / 内敛</source>
        <translation>easy-going / reserved</translation>
    </message>
    <message>
        <source>如何做决定</source>
        <translation>How they decide</translation>
    </message>
    <message>
        <source>什么能说服他</source>
        <translation>What persuades them</translation>
    </message>
    <message>
        <source>情绪失控时怎么办</source>
        <translation>When they lose their temper</translation>
    </message>
    <message>
        <source>通话中客户怎样对待话题？</source>
        <translation>On the call, how does the customer handle the conversation?</translation>
    </message>
    <message>
        <source>主动发问，引导话题</source>
        <translation>Asks questions and leads it</translation>
    </message>
    <message>
        <source>多是回答问题，跟着话题走</source>
        <translation>Mostly answers and follows</translation>
    </message>
    <message>
        <source>需要做决定时，客户通常……</source>
        <translation>When a decision is needed, the customer usually…</translation>
    </message>
    <message>
        <source>自己当场拍板，提出要求</source>
        <translation>Decides on the spot and makes demands</translation>
    </message>
    <message>
        <source>想听别人的意见，配合决定</source>
        <translation>Wants others&apos; views and goes along</translation>
    </message>
    <message>
        <source>客户说话和做事的节奏</source>
        <translation>The customer&apos;s pace in talking and acting</translation>
    </message>
    <message>
        <source>快，急于得到结果</source>
        <translation>Fast, wants results now</translation>
    </message>
    <message>
        <source>慢，不急不躁，愿意倾听</source>
        <translation>Slow, unhurried, listens</translation>
    </message>
    <message>
        <source>客户的情绪是否外露？</source>
        <translation>Does the customer show their feelings?</translation>
    </message>
    <message>
        <source>喜怒形于色，热情奔放</source>
        <translation>Openly, warm and lively</translation>
    </message>
    <message>
        <source>表情严肃，不轻易流露</source>
        <translation>Serious, rarely shows them</translation>
    </message>
    <message>
        <source>客户的表达方式</source>
        <translation>The customer&apos;s way of speaking</translation>
    </message>
    <message>
        <source>随兴而发，语气夸张</source>
        <translation>Spontaneous, emphatic</translation>
    </message>
    <message>
        <source>按部就班，有条有理</source>
        <translation>Step by step, orderly</translation>
    </message>
    <message>
        <source>客户的性情</source>
        <translation>The customer&apos;s temperament</translation>
    </message>
    <message>
        <source>容易激动</source>
        <translation>Easily excited</translation>
    </message>
    <message>
        <source>温和平静</source>
        <translation>Mild and calm</translation>
    </message>
    <message>
        <source>凭直觉、敢拍板，喜欢新鲜的方案，往往当场就决定。</source>
        <translation>By instinct and boldly; likes new options and often decides on the spot.</translation>
    </message>
    <message>
        <source>带着热情讲新的想法和好玩的安排，多肯定、多称赞他；讲清楚这样做能带来的好结果。</source>
        <translation>Bring new ideas and enjoyable plans with enthusiasm, give recognition and praise, and make clear the good result it brings.</translation>
    </message>
    <message>
        <source>别泼冷水，也别和他讲道理；先认同他的感受，再提出一个积极的、马上能做的下一步。</source>
        <translation>Do not pour cold water or argue; acknowledge the feeling first, then propose a positive next step that can be taken at once.</translation>
    </message>
    <message>
        <source>犹豫、不愿一个人拿主意，喜欢别人一起参与，在意决定对家人和身边人的影响。</source>
        <translation>Hesitant, does not like deciding alone, wants others involved and cares how a decision affects family and people around.</translation>
    </message>
    <message>
        <source>先建立关系，语气温和友好；了解他关心的人，多讲其他车主的经历和能依靠的人。</source>
        <translation>Build the relationship first, warmly and kindly; learn who matters to them and tell of other owners&apos; experience and of people they can rely on.</translation>
    </message>
    <message>
        <source>讲讲以往顺利合作的经历，把接下来每一步具体怎么做说清楚，逐步征得他的同意。</source>
        <translation>Recall past dealings that went well, explain exactly what happens at each next step, and get their agreement step by step.</translation>
    </message>
    <message>
        <source>快、务实、自己做主，要的是管用的方案，愿意承担有限的风险。</source>
        <translation>Fast, practical and independent; wants what works and accepts limited risk.</translation>
    </message>
    <message>
        <source>开门见山，讲效率和结果；拿出专业和权威，给出两三个选项让他自己定。</source>
        <translation>Come straight to the point about efficiency and results; show expertise and authority and give two or three options to choose from.</translation>
    </message>
    <message>
        <source>马上认错，不找理由；直接问他希望怎么处理，或请他稍候，尽快给出处理意见，别拖时间。</source>
        <translation>Admit the mistake at once without excuses; ask how they want it handled, or ask them to wait briefly and come back with a proposal quickly; do not drag it out.</translation>
    </message>
    <message>
        <source>讲逻辑、按顺序，慢而谨慎；会仔细比较各个方案，偏好经过验证的做法。</source>
        <translation>Logical and orderly, slow and careful; compares the options closely and prefers proven ones.</translation>
    </message>
    <message>
        <source>准备充分的事实、数据和专业说明，按逻辑讲清原因，给出合理的最佳选择，分析对他有利的条件。</source>
        <translation>Prepare plenty of facts, figures and expert explanation, reason it through logically, offer the sound best choice and show the terms in their favour.</translation>
    </message>
    <message>
        <source>不催、不挂断，让他把话说完；请他指出哪里需要改进，并提供更多资料供他核对。</source>
        <translation>Do not rush or hang up; let them finish, ask them to point out what should be improved and offer more information to check.</translation>
    </message>
</context>
<context>
    <name>StylePanel</name>
    <message>
        <source>判断沟通风格：{customer}</source>
        <translation>Communication style: {customer}</translation>
    </message>
    <message>
        <source>风格(&amp;S)：</source>
        <translation>&amp;Style:</translation>
    </message>
    <message>
        <source>回答问题后自动建议，也可直接选择</source>
        <translation>Suggested from the answers, or choose one</translation>
    </message>
    <message>
        <source>已回答 {done}/{total} 个问题；全部回答后给出建议的风格。</source>
        <translation>{done}/{total} questions answered; a style is suggested once all are answered.</translation>
    </message>
    <message>
        <source>建议：{style}（支配 {dominant}/3，外显 {expressive}/3）。可在下面改选。</source>
        <translation>Suggested: {style} (dominant {dominant}/3, expressive {expressive}/3). You may choose another below.</translation>
    </message>
    <message>
        <source>沟通风格指引</source>
        <translation>Communication-style guidance</translation>
    </message>
    <message>
        <source>判断沟通风格(&amp;J)</source>
        <translation>&amp;Judge communication style</translation>
    </message>
    <message>
        <source>沟通风格：未登记</source>
        <translation>Communication style: not recorded</translation>
    </message>
    <message>
        <source>沟通风格：{style}（{axes}），{user} {at} 登记</source>
        <translation>Communication style: {style} ({axes}), recorded by {user} {at}</translation>
    </message>
    <message>
        <source>判断风格(&amp;J)</source>
        <translation>&amp;Judge style</translation>
    </message>
    <message>
        <source>编辑指引</source>
        <translation>Edit guidance</translation>
    </message>
    <message>
        <source>沟通风格：没有对应的客户档案</source>
        <translation>Communication style: no customer file for this one</translation>
    </message>
    <message>
        <source>沟通风格：未登记。按“判断风格”回答几个问题。</source>
        <translation>Communication style: not recorded. Press &quot;Judge style&quot; and answer a few questions.</translation>
    </message>
    <message>
        <source>沟通风格：{style}（{axes}）</source>
        <translation>Communication style: {style} ({axes})</translation>
    </message>
</context>
<context>
    <name>SurveyFormDialog</name>
    <message>
        <source>回访调查表</source>
        <translation>Callback survey form</translation>
    </message>
    <message>
        <source>{kind}调查表：当前第 {version} 版。保存后从下一次回访起使用新版本，已回访的评分仍按原版本统计。</source>
        <translation>{kind} survey form: version {version} in use. Once saved, the next callbacks use the new version; scores already given are still reported on their own version.</translation>
    </message>
    <message>
        <source>评分项目</source>
        <translation>Score item</translation>
    </message>
    <message>
        <source>添加项目(&amp;A)</source>
        <translation>&amp;Add item</translation>
    </message>
    <message>
        <source>删除项目(&amp;D)</source>
        <translation>&amp;Delete item</translation>
    </message>
    <message>
        <source>上移(&amp;U)</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>下移(&amp;W)</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <source>满分(&amp;M)：</source>
        <translation>&amp;Maximum score:</translation>
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
        <translation>&amp;Export Excel</translation>
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
        <source>正在导出 Excel…</source>
        <translation>Exporting to Excel…</translation>
    </message>
    <message>
        <source>已导出 {n} 行。</source>
        <translation>Exported {n} rows.</translation>
    </message>
    <message>
        <source>导出 Excel</source>
        <translation>Export to Excel</translation>
    </message>
</context>
<context>
    <name>TagMessages</name>
    <message>
        <source>标签 {tag}（{part} {name}）未确认收到：装在第 {box} 箱。</source>
        <translation>Tag {tag} ({part} {name}) not confirmed as received: it was packed in box {box}.</translation>
    </message>
</context>
<context>
    <name>TimeZoneRow</name>
    <message>
        <source>保存时区(&amp;S)</source>
        <translation>&amp;Save time zone</translation>
    </message>
    <message>
        <source>锁定期限、操作记录的时间和“不能晚于今天”都按这个时区计算，与电脑的时区设置无关。</source>
        <translation>Lockouts, the times in the activity log and &quot;not after today&quot; follow this time zone, whatever time zone the PC is set to.</translation>
    </message>
    <message>
        <source>分公司现在：{time}</source>
        <translation>Branch time now: {time}</translation>
    </message>
    <message>
        <source>分公司时区已设为 {zone}。</source>
        <translation>The branch&apos;s time zone is now {zone}.</translation>
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
    <message>
        <source>待回访</source>
        <translation>Callbacks due</translation>
    </message>
    <message>
        <source>今天应打的 7DC/3DC/定期回访电话</source>
        <translation>7DC/3DC and follow-up calls due today</translation>
    </message>
    <message>
        <source>逾期回访</source>
        <translation>Overdue callbacks</translation>
    </message>
    <message>
        <source>已过回访期限仍未完成</source>
        <translation>Past their due window and not done</translation>
    </message>
    <message>
        <source>生日祝福</source>
        <translation>Birthday greetings</translation>
    </message>
    <message>
        <source>2-7 天后过生日的客户</source>
        <translation>Customers whose birthday is in 2-7 days</translation>
    </message>
    <message>
        <source>节日问候</source>
        <translation>Festival greetings</translation>
    </message>
    <message>
        <source>一周内的节日（含农历节日）</source>
        <translation>Festivals within a week (including lunar ones)</translation>
    </message>
    <message>
        <source>保养提醒</source>
        <translation>Maintenance reminders</translation>
    </message>
    <message>
        <source>一周内到保养期的车辆</source>
        <translation>Cars due for maintenance within a week</translation>
    </message>
    <message>
        <source>年审提醒</source>
        <translation>Annual inspection reminders</translation>
    </message>
    <message>
        <source>一周内到年审日的车辆</source>
        <translation>Cars due for annual inspection within a week</translation>
    </message>
    <message>
        <source>续保提醒</source>
        <translation>Insurance renewal reminders</translation>
    </message>
    <message>
        <source>一周内保险到期的车辆</source>
        <translation>Cars whose insurance runs out within a week</translation>
    </message>
    <message>
        <source>待确认投诉</source>
        <translation>Complaints to confirm</translation>
    </message>
    <message>
        <source>等待客服经理确认的投诉</source>
        <translation>Waiting for the customer-service manager</translation>
    </message>
    <message>
        <source>逾期投诉</source>
        <translation>Overdue complaints</translation>
    </message>
    <message>
        <source>超过处理期限仍未结案</source>
        <translation>Past their deadline and not closed</translation>
    </message>
    <message>
        <source>二级网点缺开票日期</source>
        <translation>Secondary dealer sales without invoice date</translation>
    </message>
    <message>
        <source>7DC 从开票日起算：补填开票日期后才能安排回访</source>
        <translation>7DC runs from the invoice date: enter it so the callback can be scheduled</translation>
    </message>
    <message>
        <source>整改逾期</source>
        <translation>Improvements overdue</translation>
    </message>
    <message>
        <source>已过整改期限仍未验证关闭的整改项</source>
        <translation>Improvement items past their due date and not verified</translation>
    </message>
    <message>
        <source>会员待续期</source>
        <translation>Members due for renewal</translation>
    </message>
    <message>
        <source>一个月内到期或刚到期的车主俱乐部会员</source>
        <translation>Owners&apos; club members running out within a month or just lapsed</translation>
    </message>
    <message>
        <source>交接单待接收</source>
        <translation>Handovers not received</translation>
    </message>
    <message>
        <source>制单已满 2 个工作日仍未登记接收</source>
        <translation>Made 2 or more working days ago, not yet received</translation>
    </message>
    <message>
        <source>活动待登记</source>
        <translation>Events to record</translation>
    </message>
    <message>
        <source>近两周已举办的活动：签到、反馈评分或实际费用尚未登记</source>
        <translation>Events held in the last two weeks whose sign-in, feedback scores or actual cost are not recorded yet</translation>
    </message>
    <message>
        <source>活动未满员</source>
        <translation>Events with seats left</translation>
    </message>
    <message>
        <source>一周内举办、报名仍未满的活动</source>
        <translation>Events within a week whose sign-ups have not filled the seats</translation>
    </message>
    <message>
        <source>日报未签</source>
        <translation>Daily reports unsigned</translation>
    </message>
    <message>
        <source>超过两个工作日仍未经财务和经理签字的货品出入库报表</source>
        <translation>Daily goods in/out reports not signed by finance and the manager within two working days</translation>
    </message>
    <message>
        <source>日报未发出</source>
        <translation>Reports not sent</translation>
    </message>
    <message>
        <source>已签字但尚未发给经管二部和备件科（邮件或传真文件夹）</source>
        <translation>Signed but not yet sent to 经管二部 and 备件科 (e-mail or fax folder)</translation>
    </message>
    <message>
        <source>未处理对账差异</source>
        <translation>Open statement disputes</translation>
    </message>
    <message>
        <source>服务站回执与账面不符，尚未处理</source>
        <translation>Station answers that differ from our books, not yet resolved</translation>
    </message>
    <message>
        <source>低于安全库存</source>
        <translation>Below safety stock</translation>
    </message>
    <message>
        <source>好件加在途低于安全库存的备件</source>
        <translation>Parts whose good stock plus in transit is below safety stock</translation>
    </message>
    <message>
        <source>在途超期</source>
        <translation>In transit too long</translation>
    </message>
    <message>
        <source>发出超过期限仍未到货或未获总部确认的发货单</source>
        <translation>Shipments past the limit that have not arrived or that HQ has not confirmed</translation>
    </message>
    <message>
        <source>服务站欠坏件超期</source>
        <translation>Stations&apos; bad parts overdue</translation>
    </message>
    <message>
        <source>服务站超过期限仍未返回的坏件（按站和备件）</source>
        <translation>Bad parts stations have not returned within the limit (per station and part)</translation>
    </message>
    <message>
        <source>欠总部坏件超期</source>
        <translation>Bad parts owed to HQ overdue</translation>
    </message>
    <message>
        <source>超过期限仍未返回总部的坏件（按备件）</source>
        <translation>Bad parts not returned to HQ within the limit (per part)</translation>
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
        <source>{years} 年节假日尚未录入：截止日期暂按周末计算。请经理在“设置 → 节假日日历”中按国务院通知录入。</source>
        <translation>Public holidays of {years} have not been entered: deadlines count weekends only for now. A manager should enter the State Council notice under Settings → Holiday calendar.</translation>
    </message>
    <message>
        <source>{name}，您好。今天是 {day}。</source>
        <translation>Hello, {name}. Today is {day}.</translation>
    </message>
</context>
<context>
    <name>TrustBanner</name>
    <message>
        <source>数据库的保护被改动过，请查明原因（运行 main.py check 可看完整检查结果）：</source>
        <translation>The database&apos;s guards were changed; please find out why (main.py check gives the full results):</translation>
    </message>
</context>
<context>
    <name>UnsentDialog</name>
    <message>
        <source>{count} 天已签字的日报尚未发出。</source>
        <translation>{count} signed day(s) not sent yet.</translation>
    </message>
    <message>
        <source>重新发送(&amp;R)</source>
        <translation>&amp;Retry sending</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>正在发送…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>已发出 {sent} 份，失败 {failed} 份。</source>
        <translation>{sent} sent, {failed} failed.</translation>
    </message>
</context>
<context>
    <name>UsersPanel</name>
    <message>
        <source>启用</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>停用</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>添加用户(&amp;A)</source>
        <translation>&amp;Add user</translation>
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
        <translation>Activ&amp;e</translation>
    </message>
    <message>
        <source>停用(&amp;D)</source>
        <translation>&amp;Disable</translation>
    </message>
    <message>
        <source>已添加用户 {user}，首次登录时须修改密码。</source>
        <translation>User {user} added; they must change the password at the first login.</translation>
    </message>
    <message>
        <source>已为 {user} 设置新密码，锁定已解除；{user} 下次登录时须修改密码。</source>
        <translation>New password set for {user} and the lockout lifted; {user} must change it at the next login.</translation>
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
<context>
    <name>ValueClass</name>
    <message>
        <source>VIP客户</source>
        <translation>VIP customer</translation>
    </message>
    <message>
        <source>主要客户</source>
        <translation>Major customer</translation>
    </message>
    <message>
        <source>普通客户</source>
        <translation>Ordinary customer</translation>
    </message>
    <message>
        <source>小客户</source>
        <translation>Small customer</translation>
    </message>
</context>
<context>
    <name>VehicleDialog</name>
    <message>
        <source>登记车辆</source>
        <translation>Register vehicle</translation>
    </message>
    <message>
        <source>车架号(&amp;V)</source>
        <translation>&amp;VIN</translation>
    </message>
    <message>
        <source>车牌号(&amp;L)</source>
        <translation>P&amp;late</translation>
    </message>
    <message>
        <source>车型(&amp;M)</source>
        <translation>&amp;Model</translation>
    </message>
    <message>
        <source>颜色(&amp;C)</source>
        <translation>&amp;Colour</translation>
    </message>
    <message>
        <source>交车日期(&amp;D)</source>
        <translation>&amp;Delivery date</translation>
    </message>
    <message>
        <source>销售责任人(&amp;R)</source>
        <translation>&amp;Responsible salesperson</translation>
    </message>
    <message>
        <source>如 豫A·12345；新能源 豫A·D12345；未上牌可空</source>
        <translation>e.g. 豫A·12345; new energy 豫A·D12345; empty if not registered yet</translation>
    </message>
</context>
<context>
    <name>VehicleView</name>
    <message>
        <source>销售档案</source>
        <translation>Sales file</translation>
    </message>
    <message>
        <source>维修档案（每次进厂一行）</source>
        <translation>Repair file (one row per visit)</translation>
    </message>
    <message>
        <source>扫描件</source>
        <translation>Scans</translation>
    </message>
    <message>
        <source>添加扫描件(&amp;A)…</source>
        <translation>&amp;Add scan…</translation>
    </message>
    <message>
        <source>打开(&amp;O)</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>删除扫描件</source>
        <translation>Remove scan</translation>
    </message>
    <message>
        <source>打印封面(&amp;P)…</source>
        <translation>&amp;Print cover sheet…</translation>
    </message>
    <message>
        <source>登记进厂(&amp;N)…</source>
        <translation>Record &amp;visit…</translation>
    </message>
    <message>
        <source>资料</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>进厂日期</source>
        <translation>Visit date</translation>
    </message>
    <message>
        <source>工单号</source>
        <translation>Work order no.</translation>
    </message>
    <message>
        <source>责任人</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>移交期限</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>移交日期</source>
        <translation>Handover date</translation>
    </message>
    <message>
        <source>在上方的查询结果中选中一辆车，这里显示它的档案。</source>
        <translation>Select a vehicle in the search results above to see its archive here.</translation>
    </message>
    <message>
        <source>未装盒</source>
        <translation>not boxed</translation>
    </message>
    <message>
        <source>{name}（档案编号 {number}，电话 {phone}）&#x3000;车架号 {vin}&#x3000;车牌 {plate}&#x3000;{model} {colour}&#x3000;交车 {delivered}&#x3000;保修至 {warranty}&#x3000;档案盒 {box}</source>
        <translation>{name} (archive no. {number}, phone {phone})  VIN {vin}  plate {plate}  {model} {colour}  delivered {delivered}  warranty until {warranty}  box {box}</translation>
    </message>
    <message>
        <source>销售档案&#x3000;责任人 {person}&#x3000;移交期限 {due}&#x3000;移交日期 {on}</source>
        <translation>Sales file  responsible {person}  due {due}  handed over {on}</translation>
    </message>
    <message>
        <source>维修档案（{n} 次进厂）</source>
        <translation>Repair file ({n} visits)</translation>
    </message>
    <message>
        <source>{day} 进厂</source>
        <translation>visit {day}</translation>
    </message>
    <message>
        <source>{where} · {item} · {file}（{size} KB）</source>
        <translation>{where} · {item} · {file} ({size} KB)</translation>
    </message>
    <message>
        <source>扫描件（{n} 份）</source>
        <translation>Scans ({n})</translation>
    </message>
    <message>
        <source>{day}（按周末推算）</source>
        <translation>≈{day}</translation>
    </message>
    <message>
        <source>{day}（{year} 年节假日尚未录入，按周末推算）</source>
        <translation>{day} (holidays of {year} not entered yet: counted by weekends only)</translation>
    </message>
    <message>
        <source>{item}：{before} → {after}</source>
        <translation>{item}: {before} → {after}</translation>
    </message>
    <message>
        <source>已登记进厂 {ro}，维修资料移交期限 {due}。</source>
        <translation>Visit {ro} recorded; its repair papers are due at the archive by {due}.</translation>
    </message>
    <message>
        <source>请先在销售档案或维修档案中选中扫描件所属的资料。</source>
        <translation>First select the paper the scan belongs to in the sales file or the repair file.</translation>
    </message>
    <message>
        <source>已为“{item}”添加 {n} 份扫描件。</source>
        <translation>Added {n} scan(s) to &quot;{item}&quot;.</translation>
    </message>
    <message>
        <source>已删除扫描件。</source>
        <translation>Scan removed.</translation>
    </message>
    <message>
        <source>封面已保存到 {path}。</source>
        <translation>Cover sheet saved to {path}.</translation>
    </message>
    <message>
        <source>正在生成封面…</source>
        <translation>Making the cover sheet…</translation>
    </message>
    <message>
        <source>选择扫描件或照片</source>
        <translation>Choose scans or photos</translation>
    </message>
    <message>
        <source>扫描件 (*.jpg *.jpeg *.png *.pdf *.tif *.tiff *.gif *.bmp *.webp)</source>
        <translation>Scans (*.jpg *.jpeg *.png *.pdf *.tif *.tiff *.gif *.bmp *.webp)</translation>
    </message>
    <message>
        <source>保存 PDF</source>
        <translation>Save PDF</translation>
    </message>
</context>
</TS>
