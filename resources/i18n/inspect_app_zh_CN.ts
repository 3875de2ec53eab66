<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>ConflictQueueDialog</name>
    <message>
      <location filename="../../inspect_app/ui/widgets/conflict_dialog.py" line="164" />
      <source>Sync conflicts</source>
      <translation>同步冲突</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/conflict_dialog.py" line="167" />
      <source>Two laptops changed the same thing before they synced. Select a conflict, pick the value that is right and press Resolve: the decision reaches every laptop with the next sync. Until then each laptop shows the provisional value.</source>
      <translation>两台笔记本在同步之前修改了同一项内容。请选中一条冲突，选择正确的取值并点击“裁决”：裁决结果会在下次同步时送达每台笔记本。在此之前，各笔记本显示暂定值。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/conflict_dialog.py" line="173" />
      <source>Two laptops changed the same thing before they synced. Only a team lead can decide which value is right, so this list is read-only for you: ask your team lead to resolve these. Until then each laptop shows the provisional value.</source>
      <translation>两台笔记本在同步之前修改了同一项内容。只有组长可以裁决哪个取值正确，因此本列表对您只读：请联系组长处理。在此之前，各笔记本显示暂定值。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/conflict_dialog.py" line="178" />
      <source>Resolution</source>
      <translation>裁决</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/conflict_dialog.py" line="179" />
      <source>Resolve</source>
      <translation>裁决</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/conflict_dialog.py" line="220" />
      <source>Select a conflict to see its values.</source>
      <translation>选中一条冲突以查看各方取值。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/conflict_dialog.py" line="222" />
      <source>No open conflicts.</source>
      <translation>没有未解决的冲突。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/conflict_dialog.py" line="226" />
      <source>Resolved: {0} = {1}.</source>
      <translation>已裁决：{0} = {1}。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/conflict_dialog.py" line="237" />
      <source>One laptop withdrew this record while another edited it:</source>
      <translation>一台笔记本撤销了这条记录，另一台同时修改了它：</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/conflict_dialog.py" line="241" />
      <source>Keep which value?</source>
      <translation>保留哪个取值？</translation>
    </message>
  </context>
  <context>
    <name>ConflictTableModel</name>
    <message>
      <location filename="../../inspect_app/ui/models/conflicts.py" line="39" />
      <source>Withdrawal</source>
      <translation>撤销</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/conflicts.py" line="40" />
      <source>Severity</source>
      <translation>严重程度</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/conflicts.py" line="41" />
      <location filename="../../inspect_app/ui/models/conflicts.py" line="190" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/conflicts.py" line="42" />
      <source>Category</source>
      <translation>问题类别</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/conflicts.py" line="43" />
      <source>Description</source>
      <translation>问题描述</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/conflicts.py" line="44" />
      <source>Party</source>
      <translation>当事人</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/conflicts.py" line="45" />
      <source>Observed</source>
      <translation>发现时间</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/conflicts.py" line="46" />
      <source>Latitude</source>
      <translation>纬度</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/conflicts.py" line="47" />
      <source>Longitude</source>
      <translation>经度</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/conflicts.py" line="48" />
      <source>Legal basis</source>
      <translation>法律依据</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/conflicts.py" line="49" />
      <source>Caption</source>
      <translation>照片说明</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/conflicts.py" line="50" />
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/conflicts.py" line="59" />
      <source>Withdraw the record</source>
      <translation>撤销这条记录</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/conflicts.py" line="60" />
      <source>Keep the record (with the edits)</source>
      <translation>保留这条记录（含修改）</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/conflicts.py" line="62" />
      <source>(empty)</source>
      <translation>（空）</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/conflicts.py" line="143" />
      <source>unknown officer</source>
      <translation>未知执法人员</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/conflicts.py" line="149" />
      <source>unknown laptop</source>
      <translation>未知笔记本</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/conflicts.py" line="151" />
      <source>this laptop</source>
      <translation>本机</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/conflicts.py" line="156" />
      <source>{0} — {1}, {2}, {3}</source>
      <translation>{0} — {1}，{2}，{3}</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/conflicts.py" line="186" />
      <source>Record</source>
      <translation>记录</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/conflicts.py" line="187" />
      <source>Field</source>
      <translation>字段</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/conflicts.py" line="188" />
      <source>Values written (who, laptop, when)</source>
      <translation>各方取值（人员、笔记本、时间）</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/conflicts.py" line="189" />
      <source>Value in force</source>
      <translation>当前生效值</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/conflicts.py" line="229" />
      <source>Resolved by {0}, {1}, {2}</source>
      <translation>由 {0} 裁决，{1}，{2}</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/conflicts.py" line="236" />
      <source>{0} (provisional)</source>
      <translation>{0}（暂定）</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/conflicts.py" line="242" />
      <source>Open</source>
      <translation>未解决</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/conflicts.py" line="244" />
      <source>Resolved</source>
      <translation>已裁决</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/conflicts.py" line="250" />
      <source>Laptops wrote different values at the same time. Until a team lead resolves it, every laptop shows the provisional value.</source>
      <translation>多台笔记本同时写入了不同的取值。在组长裁决之前，每台笔记本都显示暂定值。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/conflicts.py" line="255" />
      <source>Resolved: the chosen value is in force on every laptop that synced it.</source>
      <translation>已裁决：所选取值在每台已同步的笔记本上生效。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/conflicts.py" line="266" />
      <source>Finding {0}</source>
      <translation>问题 {0}</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/conflicts.py" line="269" />
      <source>Finding: {0}</source>
      <translation>问题：{0}</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/conflicts.py" line="271" />
      <source>Patrol {0}</source>
      <translation>巡查 {0}</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/conflicts.py" line="272" />
      <source>Party {0}</source>
      <translation>当事人 {0}</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/conflicts.py" line="273" />
      <source>Photo {0}</source>
      <translation>照片 {0}</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/conflicts.py" line="274" />
      <source>Officer {0}</source>
      <translation>执法人员 {0}</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/conflicts.py" line="275" />
      <source>Notice {0}</source>
      <translation>通知书 {0}</translation>
    </message>
  </context>
  <context>
    <name>EnrolDialog</name>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="718" />
      <source>Enrol a replica</source>
      <translation>登记笔记本</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="721" />
      <source>Enrolling a laptop makes this laptop accept its bundles; the enrolment travels to the other laptops with the next sync. Copy both values from Sync ▸ This laptop&apos;s identity on that laptop.</source>
      <translation>登记一台笔记本后，本机将接受它的同步包；登记信息会在下次同步时传到其他笔记本。请在那台笔记本上从“同步 ▸ 本机身份”复制这两个值。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="728" />
      <source>32 hexadecimal characters</source>
      <translation>32 位十六进制字符</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="730" />
      <source>64 hexadecimal characters</source>
      <translation>64 位十六进制字符</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="732" />
      <source>e.g. Wang Fang&apos;s laptop</source>
      <translation>例如：王芳的笔记本</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="734" />
      <source>Replica id</source>
      <translation>副本编号</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="735" />
      <source>Public key</source>
      <translation>公钥</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="736" />
      <source>Label</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="751" />
      <source>Fill in the replica id and the public key.</source>
      <translation>请填写副本编号和公钥。</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="618" />
      <source>Export a sync bundle</source>
      <translation>导出同步包</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="620" />
      <source>Everything (any laptop)</source>
      <translation>全部内容（任意笔记本）</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="627" />
      <source>A bundle for one laptop holds only the changes it has not seen yet (as far as this laptop knows). Photos travel with the changes that use them.</source>
      <translation>为某台笔记本导出的同步包只包含它尚未收到的修改（以本机所知为准）。照片随引用它们的修改一起传送。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="635" />
      <source>Choose file…</source>
      <translation>选择文件…</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="639" />
      <source>For</source>
      <translation>发给</translation>
    </message>
  </context>
  <context>
    <name>FindingEditor</name>
    <message>
      <location filename="../../inspect_app/ui/widgets/finding_editor.py" line="243" />
      <source>Choose who you are first in the “Current officer” box of the toolbar.</source>
      <translation>请先在工具栏的“当前执法人员”框中选择您是谁。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/finding_editor.py" line="260" />
      <source>Category</source>
      <translation>问题类别</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/finding_editor.py" line="261" />
      <source>Observed</source>
      <translation>发现时间</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/finding_editor.py" line="262" />
      <source>Location</source>
      <translation>位置</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/finding_editor.py" line="263" />
      <source>Party</source>
      <translation>当事人</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/finding_editor.py" line="264" />
      <source>Description</source>
      <translation>问题描述</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/finding_editor.py" line="265" />
      <source>Legal basis</source>
      <translation>法律依据</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/finding_editor.py" line="266" />
      <source>Severity</source>
      <translation>严重程度</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/finding_editor.py" line="270" />
      <source>Lat</source>
      <translation>纬度</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/finding_editor.py" line="271" />
      <source>Lon</source>
      <translation>经度</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/finding_editor.py" line="272" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/finding_editor.py" line="273" />
      <source>e.g. 30.5728</source>
      <translation>如 30.5728</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/finding_editor.py" line="274" />
      <source>e.g. 105.5927</source>
      <translation>如 105.5927</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/finding_editor.py" line="275" />
      <source>What was observed</source>
      <translation>现场发现的情况</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/finding_editor.py" line="379" />
      <source>Editing…</source>
      <translation>编辑中…</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/finding_editor.py" line="380" />
      <source>Saving…</source>
      <translation>保存中…</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/finding_editor.py" line="381" />
      <source>Saved</source>
      <translation>已保存</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/finding_editor.py" line="382" />
      <source>Not saved: {0}</source>
      <translation>未保存：{0}</translation>
    </message>
  </context>
  <context>
    <name>FindingTableModel</name>
    <message>
      <location filename="../../inspect_app/ui/models/findings.py" line="163" />
      <source>Time</source>
      <translation>时间</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/findings.py" line="164" />
      <source>Category</source>
      <translation>问题类别</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/findings.py" line="165" />
      <source>Party</source>
      <translation>当事人</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/findings.py" line="166" />
      <source>Severity</source>
      <translation>严重程度</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/findings.py" line="167" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/findings.py" line="168" />
      <source>Photos</source>
      <translation>照片</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/findings.py" line="217" />
      <source>Sync conflict ({0}): two laptops changed this finding at the same time. A team lead resolves it in Sync ▸ Conflicts…</source>
      <translation>同步冲突（{0}）：两台笔记本同时修改了这个问题。由组长在“同步 ▸ 冲突…”中裁决。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/findings.py" line="227" />
      <source>Missing evidence: {0} photo(s) referenced here have not arrived yet (expected from the next sync).</source>
      <translation>缺失证据：此处引用的 {0} 张照片尚未收到（预计在下次同步时到达）。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/findings.py" line="261" />
      <source>{0} ({1} missing)</source>
      <translation>{0}（缺失 {1}）</translation>
    </message>
  </context>
  <context>
    <name>HubSyncDialog</name>
    <message>
      <location filename="../../inspect_app/ui/widgets/hub_dialog.py" line="83" />
      <source>Enter the hub&apos;s address.</source>
      <translation>请输入同步服务器的地址。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/hub_dialog.py" line="90" />
      <source>The address starts with http:// or https://, then the hub&apos;s host.</source>
      <translation>地址以 http:// 或 https:// 开头，后接同步服务器的主机名或 IP。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/hub_dialog.py" line="94" />
      <source>Add the hub&apos;s port after a colon, e.g. http://192.168.1.10:8765.</source>
      <translation>请在冒号后写上同步服务器的端口，例如 http://192.168.1.10:8765。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/hub_dialog.py" line="98" />
      <source>Only http(s)://HOST:PORT, without a path after the port.</source>
      <translation>只填 http(s)://主机:端口，端口后不要带路径。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/hub_dialog.py" line="258" />
      <source>Connecting to the office hub at {0}…</source>
      <translation>正在连接办公室同步服务器 {0}…</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/hub_dialog.py" line="288" />
      <source>Sync with the office hub</source>
      <translation>与办公室同步服务器同步</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/hub_dialog.py" line="291" />
      <source>Push sends the office hub the records and photos it lacks from this laptop; Pull fetches what the other laptops sent there. Both does one, then the other.</source>
      <translation>“上传”把本机有而同步服务器缺少的记录和照片发送过去；“下载”取回其他笔记本发到那里的内容。“双向”先上传，再下载。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/hub_dialog.py" line="295" />
      <source>Hub &amp;address</source>
      <translation>服务器地址(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/hub_dialog.py" line="296" />
      <source>Direction</source>
      <translation>方向</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/hub_dialog.py" line="297" />
      <source>&amp;Both</source>
      <translation>双向(&amp;B)</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/hub_dialog.py" line="298" />
      <source>&amp;Push only</source>
      <translation>仅上传(&amp;P)</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/hub_dialog.py" line="299" />
      <source>P&amp;ull only</source>
      <translation>仅下载(&amp;U)</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/hub_dialog.py" line="300" />
      <source>&amp;Sync</source>
      <translation>同步(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/hub_dialog.py" line="303" />
      <source>“Stop after the current step” is not available: the hub client cannot be stopped halfway, so this window stays open until the sync ends. Every step that finishes is kept; if the connection drops, sync again later.</source>
      <translation>不支持“完成当前步骤后停止”：同步无法中途停止，因此本窗口会一直打开到同步结束。已完成的每一步都会保留；如果连接中断，稍后再同步一次即可。</translation>
    </message>
  </context>
  <context>
    <name>IdentityDialog</name>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="667" />
      <source>This laptop&apos;s identity</source>
      <translation>本机身份</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="670" />
      <source>Give these two values to your team lead (at the office) so other laptops accept this laptop&apos;s bundles: Sync ▸ Enrol a replica…</source>
      <translation>请将这两个值交给组长（在办公室登记），其他笔记本才会接受本机的同步包：同步 ▸ 登记笔记本…</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="682" />
      <source>Replica id</source>
      <translation>副本编号</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="682" />
      <source>Public key</source>
      <translation>公钥</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="687" />
      <source>Copy</source>
      <translation>复制</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="693" />
      <source>Copy both</source>
      <translation>复制两项</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../inspect_app/ui/main_window.py" line="305" />
      <source>Select the findings the notice is about.</source>
      <translation>请先选择通知书涉及的问题。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/main_window.py" line="315" />
      <source>Pick the party of every selected finding first.</source>
      <translation>请先为所选的每个问题指定当事人。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/main_window.py" line="320" />
      <source>The selected findings concern different parties; a notice is served on one party.</source>
      <translation>所选问题涉及不同当事人；一份通知书只能送达一个当事人。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/main_window.py" line="351" />
      <source>Joint Environmental Inspection</source>
      <translation>川渝联合环境执法巡查</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/main_window.py" line="352" />
      <source>&amp;File</source>
      <translation>文件(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/main_window.py" line="353" />
      <source>&amp;View</source>
      <translation>视图(&amp;V)</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/main_window.py" line="354" />
      <source>&amp;Settings</source>
      <translation>设置(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/main_window.py" line="355" />
      <source>&amp;Language</source>
      <translation>语言(&amp;L)</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/main_window.py" line="356" />
      <source>New &amp;patrol…</source>
      <translation>新建巡查(&amp;P)…</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/main_window.py" line="357" />
      <source>New &amp;finding</source>
      <translation>新建问题(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/main_window.py" line="358" />
      <source>&amp;Import photos…</source>
      <translation>导入照片(&amp;I)…</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/main_window.py" line="359" />
      <source>&amp;Draft notice…</source>
      <translation>起草整改通知书(&amp;D)…</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/main_window.py" line="360" />
      <source>&amp;Quit</source>
      <translation>退出(&amp;Q)</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/main_window.py" line="361" />
      <source>Set up agency and officer…</source>
      <translation>设置执法机构和执法人员…</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/main_window.py" line="362" />
      <source>Add officer…</source>
      <translation>添加执法人员…</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/main_window.py" line="363" />
      <source>Main toolbar</source>
      <translation>主工具栏</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/main_window.py" line="364" />
      <source>Current officer: </source>
      <translation>当前执法人员：</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/main_window.py" line="365" />
      <source>Patrols</source>
      <translation>巡查</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/main_window.py" line="366" />
      <source>Findings of the patrol</source>
      <translation>本次巡查发现的问题</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/main_window.py" line="369" />
      <source>Data folder: {0}</source>
      <translation>数据目录：{0}</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/main_window.py" line="480" />
      <source>Save the notice as</source>
      <translation>通知书另存为</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/main_window.py" line="480" />
      <source>PDF (*.pdf)</source>
      <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/main_window.py" line="494" />
      <source>Rendering the notice…</source>
      <translation>正在生成通知书…</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/main_window.py" line="509" />
      <source>Notice drafted</source>
      <translation>通知书草稿已生成</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/main_window.py" line="510" />
      <source>The draft notice was saved to {0}.</source>
      <translation>通知书草稿已保存到 {0}。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/main_window.py" line="513" />
      <source>Check before serving it:</source>
      <translation>送达前请核对：</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/main_window.py" line="515" />
      <source>Open PDF</source>
      <translation>打开 PDF</translation>
    </message>
  </context>
  <context>
    <name>NoticeDialog</name>
    <message>
      <location filename="../../inspect_app/ui/widgets/notice_dialog.py" line="109" />
      <source>Draft notice</source>
      <translation>起草整改通知书</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/notice_dialog.py" line="111" />
      <source>Party</source>
      <translation>当事人</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/notice_dialog.py" line="112" />
      <source>Findings</source>
      <translation>问题</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/notice_dialog.py" line="115" />
      <source>Order</source>
      <translation>责令内容</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/notice_dialog.py" line="116" />
      <source>Deadline</source>
      <translation>整改期限</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/notice_dialog.py" line="121" />
      <source>Draft PDF…</source>
      <translation>生成草稿 PDF…</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/notice_dialog.py" line="124" />
      <source>This party has no other findings</source>
      <translation>该当事人没有其他问题</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/notice_dialog.py" line="126" />
      <source>Also include this party&apos;s other finding</source>
      <translation>同时纳入该当事人的另一个问题</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/notice_dialog.py" line="129" />
      <source>Also include this party&apos;s {0} other findings</source>
      <translation>同时纳入该当事人的其他 {0} 个问题</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/notice_dialog.py" line="147" />
      <source>{0} finding(s)</source>
      <translation>{0} 个问题</translation>
    </message>
  </context>
  <context>
    <name>OfficerDialog</name>
    <message>
      <location filename="../../inspect_app/ui/widgets/officer_dialog.py" line="61" />
      <source>Add officer</source>
      <translation>添加执法人员</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/officer_dialog.py" line="62" />
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/officer_dialog.py" line="62" />
      <source>Certificate no.</source>
      <translation>执法证号</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/officer_dialog.py" line="62" />
      <source>Agency</source>
      <translation>执法机构</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/officer_dialog.py" line="62" />
      <source>Role</source>
      <translation>角色</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/officer_dialog.py" line="65" />
      <source>Law enforcement certificate number</source>
      <translation>行政执法证件号</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/officer_dialog.py" line="66" />
      <source>Set up an agency first</source>
      <translation>请先设置执法机构</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/officer_dialog.py" line="82" />
      <source>Please fill in every field.</source>
      <translation>请填写所有字段。</translation>
    </message>
  </context>
  <context>
    <name>PartyDialog</name>
    <message>
      <location filename="../../inspect_app/ui/widgets/party_dialog.py" line="39" />
      <source>New party</source>
      <translation>新建当事人</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/party_dialog.py" line="41" />
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/party_dialog.py" line="42" />
      <source>Unified social credit code</source>
      <translation>统一社会信用代码</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/party_dialog.py" line="43" />
      <source>Legal representative</source>
      <translation>法定代表人</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/party_dialog.py" line="44" />
      <source>Address</source>
      <translation>地址</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/party_dialog.py" line="48" />
      <source>18 characters, e.g. 91350100M000100Y43</source>
      <translation>18位，例如 91350100M000100Y43</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/party_dialog.py" line="61" />
      <source>The party needs a name.</source>
      <translation>请填写当事人名称。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/party_dialog.py" line="65" />
      <source>Choose who you are first in the “Current officer” box of the toolbar.</source>
      <translation>请先在工具栏的“当前执法人员”框中选择您是谁。</translation>
    </message>
  </context>
  <context>
    <name>PartyPicker</name>
    <message>
      <location filename="../../inspect_app/ui/widgets/party_picker.py" line="73" />
      <source>Search by name or credit code</source>
      <translation>按名称或统一社会信用代码搜索</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/party_picker.py" line="74" />
      <source>New…</source>
      <translation>新建…</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/party_picker.py" line="75" />
      <source>Create a party on the spot</source>
      <translation>现场新建当事人</translation>
    </message>
  </context>
  <context>
    <name>PatrolDialog</name>
    <message>
      <location filename="../../inspect_app/ui/widgets/patrol_dialog.py" line="68" />
      <source>New patrol</source>
      <translation>新建巡查</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/patrol_dialog.py" line="69" />
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/patrol_dialog.py" line="69" />
      <source>Basin</source>
      <translation>流域</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/patrol_dialog.py" line="69" />
      <source>Area</source>
      <translation>区域</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/patrol_dialog.py" line="69" />
      <source>Officers</source>
      <translation>执法人员</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/patrol_dialog.py" line="74" />
      <source>e.g. Chuanshan district, right bank</source>
      <translation>例如：船山区 右岸</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/patrol_dialog.py" line="75" />
      <source>Choose the basin</source>
      <translation>请选择流域</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/patrol_dialog.py" line="88" />
      <source>Tick at least one officer.</source>
      <translation>请至少勾选一名执法人员。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/patrol_dialog.py" line="92" />
      <source>Choose who you are first in the “Current officer” box of the toolbar.</source>
      <translation>请先在工具栏的“当前执法人员”框中选择您是谁。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/patrol_dialog.py" line="96" />
      <source>Choose the basin of the patrol.</source>
      <translation>请选择本次巡查的流域。</translation>
    </message>
  </context>
  <context>
    <name>PhotoStrip</name>
    <message>
      <location filename="../../inspect_app/ui/widgets/photo_strip.py" line="216" />
      <source>Choose who you are first in the “Current officer” box of the toolbar.</source>
      <translation>请先在工具栏的“当前执法人员”框中选择您是谁。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/photo_strip.py" line="255" />
      <source>Evidence photos (drop files or folders here)</source>
      <translation>证据照片（可将文件或文件夹拖到此处）</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/photo_strip.py" line="256" />
      <source>Import photos…</source>
      <translation>导入照片…</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/photo_strip.py" line="257" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/photo_strip.py" line="258" />
      <source>Double-click a photo to view it full size</source>
      <translation>双击照片查看原图</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/photo_strip.py" line="270" />
      <source>Import evidence photos</source>
      <translation>导入证据照片</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/photo_strip.py" line="272" />
      <source>Images (*.jpg *.jpeg *.png *.heic *.heif *.tif *.tiff *.webp);;All files (*)</source>
      <translation>图片 (*.jpg *.jpeg *.png *.heic *.heif *.tif *.tiff *.webp);;所有文件 (*)</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/photo_strip.py" line="297" />
      <source>Not imported: {0}</source>
      <translation>未导入：{0}</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/photo_strip.py" line="309" />
      <source>{0} already in this finding (not added again): {1}</source>
      <translation>{0} 张照片已在此问题中（未重复添加）：{1}</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/photo_strip.py" line="317" />
      <source>Import cancelled: {0} photo(s) were imported.</source>
      <translation>导入已取消：已导入 {0} 张照片。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/photo_strip.py" line="336" />
      <source>This photo&apos;s file has not arrived on this laptop yet; it is expected from the next sync.</source>
      <translation>这张照片的文件尚未到达本机，预计在下次同步时到达。</translation>
    </message>
  </context>
  <context>
    <name>PhotoStripModel</name>
    <message>
      <location filename="../../inspect_app/ui/models/photos.py" line="182" />
      <source>unknown</source>
      <translation>未知</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/photos.py" line="183" />
      <source>no GPS</source>
      <translation>无GPS</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/photos.py" line="187" />
      <source>Taken: {0}</source>
      <translation>拍摄时间：{0}</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/photos.py" line="190" />
      <source>GPS: {0}</source>
      <translation>GPS：{0}</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/photos.py" line="177" />
      <location filename="../../inspect_app/ui/models/photos.py" line="191" />
      <source>SHA-256: {0}</source>
      <translation>SHA-256：{0}</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/photos.py" line="154" />
      <source>Expected: not received</source>
      <translation>待收：尚未收到</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/photos.py" line="170" />
      <source>Missing evidence: this photo&apos;s file has not arrived on this laptop yet. It is expected from the next sync with the laptop that took it.</source>
      <translation>缺失证据：这张照片的文件尚未到达本机，预计在与拍摄它的笔记本下次同步时到达。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/photos.py" line="195" />
      <source>File: {0}</source>
      <translation>文件：{0}</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/photos.py" line="201" />
      <source>Damaged: the file is incomplete</source>
      <translation>已损坏：文件不完整</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/photos.py" line="207" />
      <source>Missing evidence</source>
      <translation>缺失证据</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/photos.py" line="213" />
      <source>Damaged photo</source>
      <translation>照片已损坏</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/photos.py" line="214" />
      <source>file incomplete</source>
      <translation>文件不完整</translation>
    </message>
  </context>
  <context>
    <name>PhotoViewer</name>
    <message>
      <location filename="../../inspect_app/ui/widgets/photo_viewer.py" line="115" />
      <source>This photo is damaged: its file is incomplete and cannot be shown. The original is kept as it was received, as evidence.</source>
      <translation>此照片已损坏：文件不完整，无法显示。原始文件按收到时的状态保存，作为证据。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/photo_viewer.py" line="121" />
      <source>Damaged photo</source>
      <translation>照片已损坏</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/photo_viewer.py" line="121" />
      <source>file incomplete</source>
      <translation>文件不完整</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/photo_viewer.py" line="125" />
      <source>Loading…</source>
      <translation>加载中…</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/photo_viewer.py" line="136" />
      <source>unknown</source>
      <translation>未知</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/photo_viewer.py" line="141" />
      <source>Taken {0}</source>
      <translation>拍摄于 {0}</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/photo_viewer.py" line="142" />
      <source>no GPS</source>
      <translation>无 GPS</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/photo_viewer.py" line="143" />
      <source>Camera {0}</source>
      <translation>相机 {0}</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/photo_viewer.py" line="146" />
      <source>DAMAGED</source>
      <translation>已损坏</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/photo_viewer.py" line="151" />
      <source>Evidence photo</source>
      <translation>证据照片</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/photo_viewer.py" line="152" />
      <source>◀ Previous</source>
      <translation>◀ 上一张</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/photo_viewer.py" line="153" />
      <source>Next ▶</source>
      <translation>下一张 ▶</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/photo_viewer.py" line="180" />
      <source>The print copy of this photo cannot be shown.</source>
      <translation>无法显示这张照片的打印副本。</translation>
    </message>
  </context>
  <context>
    <name>SetupDialog</name>
    <message>
      <location filename="../../inspect_app/ui/widgets/setup_dialog.py" line="63" />
      <source>Set up this laptop</source>
      <translation>设置本机</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/setup_dialog.py" line="64" />
      <source>Agency</source>
      <translation>执法机构</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/setup_dialog.py" line="65" />
      <source>You (first officer)</source>
      <translation>您本人（第一位执法人员）</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/setup_dialog.py" line="67" />
      <location filename="../../inspect_app/ui/widgets/setup_dialog.py" line="73" />
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/setup_dialog.py" line="68" />
      <source>Short code (for notice numbers)</source>
      <translation>简称（用于文书编号）</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/setup_dialog.py" line="69" />
      <source>Region code (GB/T 2260)</source>
      <translation>行政区划代码（GB/T 2260）</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/setup_dialog.py" line="73" />
      <source>Certificate no.</source>
      <translation>执法证号</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/setup_dialog.py" line="73" />
      <source>Role</source>
      <translation>角色</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/setup_dialog.py" line="76" />
      <source>e.g. Suining Ecology and Environment Bureau</source>
      <translation>例如：遂宁市生态环境局</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/setup_dialog.py" line="77" />
      <source>e.g. 遂环</source>
      <translation>例如：遂环</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/setup_dialog.py" line="96" />
      <source>Please fill in every field.</source>
      <translation>请填写所有字段。</translation>
    </message>
  </context>
  <context>
    <name>SyncMenu</name>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_menu.py" line="197" />
      <source>Writing and checking the bundle…</source>
      <translation>正在写入并校验同步包…</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_menu.py" line="212" />
      <source>Import a sync bundle</source>
      <translation>导入同步包</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_menu.py" line="214" />
      <source>Sync bundles (*.zip);;All files (*)</source>
      <translation>同步包 (*.zip);;所有文件 (*)</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_menu.py" line="221" />
      <source>Checking and importing the bundle…</source>
      <translation>正在校验并导入同步包…</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_menu.py" line="260" />
      <source>S&amp;ync</source>
      <translation>同步(&amp;Y)</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_menu.py" line="261" />
      <source>Sync with office &amp;hub…</source>
      <translation>与办公室同步服务器同步(&amp;H)…</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_menu.py" line="263" />
      <source>Send and fetch records and photos through the office hub over the network.</source>
      <translation>通过网络经办公室同步服务器发送和取回记录与照片。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_menu.py" line="265" />
      <source>&amp;Export bundle…</source>
      <translation>导出同步包(&amp;E)…</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_menu.py" line="266" />
      <source>&amp;Import bundle…</source>
      <translation>导入同步包(&amp;I)…</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_menu.py" line="267" />
      <source>&amp;Conflicts…</source>
      <translation>冲突(&amp;C)…</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_menu.py" line="268" />
      <source>This laptop&apos;s &amp;identity</source>
      <translation>本机身份(&amp;I)</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_menu.py" line="269" />
      <source>E&amp;nrol a replica…</source>
      <translation>登记笔记本(&amp;N)…</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_menu.py" line="270" />
      <source>Team leads enrol the other laptops of the team.</source>
      <translation>由组长登记本组的其他笔记本。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_menu.py" line="272" />
      <source>Values two laptops changed at the same time; a team lead resolves them.</source>
      <translation>两台笔记本同时修改的取值；由组长裁决。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_menu.py" line="292" />
      <source>Save the sync bundle as</source>
      <translation>同步包另存为</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_menu.py" line="294" />
      <source>Sync bundles (*.zip)</source>
      <translation>同步包 (*.zip)</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_menu.py" line="306" />
      <location filename="../../inspect_app/ui/widgets/sync_menu.py" line="337" />
      <source>Export bundle</source>
      <translation>导出同步包</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_menu.py" line="311" />
      <location filename="../../inspect_app/ui/widgets/sync_menu.py" line="317" />
      <location filename="../../inspect_app/ui/widgets/sync_menu.py" line="337" />
      <source>Import bundle</source>
      <translation>导入同步包</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_menu.py" line="320" />
      <source>Sync with the office hub</source>
      <translation>与办公室同步服务器同步</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_menu.py" line="342" />
      <source>this laptop</source>
      <translation>本机</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_menu.py" line="353" />
      <source>Sync</source>
      <translation>同步</translation>
    </message>
  </context>
  <context>
    <name>SyncSummaryDialog</name>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="591" />
      <source>Copy this laptop&apos;s id and key</source>
      <translation>复制本机编号和公钥</translation>
    </message>
  </context>
  <context>
    <name>WriteDialog</name>
    <message>
      <location filename="../../inspect_app/ui/widgets/write_dialog.py" line="94" />
      <source>Not saved: </source>
      <translation>未保存：</translation>
    </message>
  </context>
  <context>
    <name>core_text</name>
    <message>
      <location filename="../../inspect_app/ui/core_text.py" line="22" />
      <source>Fewer than two officers on the patrol (at least two are required).</source>
      <translation>执法人员少于两人（执法人员不得少于两人）。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/core_text.py" line="28" />
      <source>The party has no unified social credit code.</source>
      <translation>当事人没有统一社会信用代码。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/core_text.py" line="34" />
      <source>No deadline: the order reads “immediately” (立即).</source>
      <translation>未设整改期限：责令内容为“立即”改正。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/core_text.py" line="40" />
      <source>The deadline is today.</source>
      <translation>整改期限为今天。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/core_text.py" line="44" />
      <source>The deadline {0} is more than three years away.</source>
      <translation>整改期限 {0} 距今超过三年。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/core_text.py" line="50" />
      <source>{0} has no reconsideration body or court set: generic wording is printed.</source>
      <translation>{0}未设置复议机关或诉讼法院：将打印通用表述。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/core_text.py" line="56" />
      <source>No evidence photos.</source>
      <translation>没有证据照片。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/core_text.py" line="60" />
      <source>Evidence {0} has no capture time.</source>
      <translation>证据 {0} 没有拍摄时间。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/core_text.py" line="66" />
      <source>Evidence {0} is dated {1}, in the future: check the camera clock.</source>
      <translation>证据 {0} 的日期为 {1}，晚于今天：请检查相机时钟。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/core_text.py" line="72" />
      <source>Evidence {0} was taken on {1}, not on the inspection day {2}.</source>
      <translation>证据 {0} 拍摄于 {1}，不是检查当天（{2}）。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/core_text.py" line="78" />
      <source>A finding&apos;s position is {0} km from the party&apos;s site.</source>
      <translation>有问题的位置距当事人场所 {0} 公里。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/core_text.py" line="101" />
      <source>Sending photo {0} ({1}…)</source>
      <translation>正在发送第 {0} 张照片（{1}…）</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/core_text.py" line="107" />
      <source>Sending changes {0}–{1} of {2}</source>
      <translation>正在发送修改 {0}–{1}（共 {2} 项）</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/core_text.py" line="113" />
      <source>Received page {0} from the hub: {1} changes</source>
      <translation>已从同步服务器收到第 {0} 页：{1} 项修改</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/core_text.py" line="119" />
      <source>Receiving photo {0}…</source>
      <translation>正在接收照片 {0}…</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/core_text.py" line="140" />
      <source>Not done: </source>
      <translation>未完成：</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/core_text.py" line="157" />
      <source>S {0}°</source>
      <translation>南纬 {0}°</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/core_text.py" line="159" />
      <source>N {0}°</source>
      <translation>北纬 {0}°</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/core_text.py" line="162" />
      <source>W {0}°</source>
      <translation>西经 {0}°</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/core_text.py" line="164" />
      <source>E {0}°</source>
      <translation>东经 {0}°</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/core_text.py" line="166" />
      <source>{0}, {1}</source>
      <translation>{0}，{1}</translation>
    </message>
  </context>
  <context>
    <name>labels</name>
    <message>
      <location filename="../../inspect_app/ui/labels.py" line="15" />
      <source>Minor</source>
      <translation>一般</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/labels.py" line="16" />
      <source>Major</source>
      <translation>较重</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/labels.py" line="17" />
      <source>Serious</source>
      <translation>严重</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/labels.py" line="25" />
      <source>Open</source>
      <translation>待处理</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/labels.py" line="26" />
      <source>Notice served</source>
      <translation>已下达通知</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/labels.py" line="27" />
      <source>Rectified</source>
      <translation>已整改</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/labels.py" line="28" />
      <source>Closed</source>
      <translation>已销号</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/labels.py" line="36" />
      <source>Inspector</source>
      <translation>执法人员</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/labels.py" line="37" />
      <source>Team lead</source>
      <translation>组长</translation>
    </message>
  </context>
  <context>
    <name>main</name>
    <message>
      <location filename="../../inspect_app/ui/main.py" line="84" />
      <source>Inspection</source>
      <translation>环境执法巡查</translation>
    </message>
  </context>
  <context>
    <name>messages</name>
    <message>
      <location filename="../../inspect_app/ui/widgets/messages.py" line="18" />
      <source>Inspection</source>
      <translation>环境执法巡查</translation>
    </message>
  </context>
  <context>
    <name>sync_dialogs</name>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="71" />
      <source>From: {0}</source>
      <translation>来自：{0}</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="74" />
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="347" />
      <source>{0} change received</source>
      <translation>收到 {0} 项修改</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="75" />
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="348" />
      <source>{0} changes received</source>
      <translation>收到 {0} 项修改</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="77" />
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="169" />
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="243" />
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="350" />
      <source>; </source>
      <translation>；</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="80" />
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="353" />
      <source>{0} was already here</source>
      <translation>{0} 项本机已有</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="81" />
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="354" />
      <source>{0} were already here</source>
      <translation>{0} 项本机已有</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="85" />
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="359" />
      <source>{0} photo received</source>
      <translation>收到 {0} 张照片</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="86" />
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="360" />
      <source>{0} photos received</source>
      <translation>收到 {0} 张照片</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="96" />
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="373" />
      <source>{0} conflict opened</source>
      <translation>新增 {0} 个冲突</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="97" />
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="374" />
      <source>{0} conflicts opened</source>
      <translation>新增 {0} 个冲突</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="99" />
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="303" />
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="376" />
      <source> — a team lead resolves it in Sync ▸ Conflicts…</source>
      <translation> — 由组长在“同步 ▸ 冲突…”中裁决</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="107" />
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="384" />
      <source>{0} change set aside (quarantined, not applied):</source>
      <translation>{0} 项修改被隔离（已保存，未生效）：</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="108" />
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="385" />
      <source>{0} changes set aside (quarantined, not applied):</source>
      <translation>{0} 项修改被隔离（已保存，未生效）：</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="119" />
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="395" />
      <source>{0} change accepted but flagged (the sending laptop&apos;s clock is ahead):</source>
      <translation>{0} 项修改已接受但被标记（发送方笔记本的时钟超前）：</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="123" />
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="399" />
      <source>{0} changes accepted but flagged (the sending laptop&apos;s clock is ahead):</source>
      <translation>{0} 项修改已接受但被标记（发送方笔记本的时钟超前）：</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="137" />
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="425" />
      <source>{0} photo still expected (referenced, but its file has not arrived):</source>
      <translation>仍缺 {0} 张照片（已被引用，但文件尚未收到）：</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="141" />
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="429" />
      <source>{0} photos still expected (referenced, but their files have not arrived):</source>
      <translation>仍缺 {0} 张照片（已被引用，但文件尚未收到）：</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="149" />
      <source>Imported, but not everything is in order — see below.</source>
      <translation>已导入，但有问题需要处理 — 见下方。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="153" />
      <source>Import complete: everything in the bundle is on this laptop.</source>
      <translation>导入完成：同步包中的全部内容已在本机。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="162" />
      <source>File: {0}</source>
      <translation>文件：{0}</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="163" />
      <source>For: {0}</source>
      <translation>发给：{0}</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="166" />
      <source>{0} change</source>
      <translation>{0} 项修改</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="167" />
      <source>{0} changes</source>
      <translation>{0} 项修改</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="172" />
      <source>{0} photo</source>
      <translation>{0} 张照片</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="173" />
      <source>{0} photos</source>
      <translation>{0} 张照片</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="175" />
      <source>; {0} KB</source>
      <translation>；{0} KB</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="182" />
      <source>{0} photo is not in the bundle: this laptop has not received its file either:</source>
      <translation>{0} 张照片不在同步包中：本机也尚未收到其文件：</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="186" />
      <source>{0} photos are not in the bundle: this laptop has not received their files either:</source>
      <translation>{0} 张照片不在同步包中：本机也尚未收到其文件：</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="194" />
      <source>Bundle written and verified, but photos are missing — see below.</source>
      <translation>同步包已写入并校验，但缺少照片 — 见下方。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="199" />
      <source>Bundle written and read back: it is complete.</source>
      <translation>同步包已写入并回读校验：内容完整。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="207" />
      <source>The bundle was refused. Nothing was changed on this laptop.</source>
      <translation>同步包被拒绝。本机数据没有任何改动。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="216" />
      <source>The import did not finish. The changes go in as one step, so importing the same bundle again is safe.</source>
      <translation>导入未完成。修改是一次性整体写入的，因此可以放心重新导入同一个同步包。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="222" />
      <source>The bundle could not be written. Nothing was exported.</source>
      <translation>无法写入同步包。没有导出任何内容。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="236" />
      <source>Sent to the hub:</source>
      <translation>发送到同步服务器：</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="240" />
      <source>{0} change sent</source>
      <translation>发送 {0} 项修改</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="241" />
      <source>{0} changes sent</source>
      <translation>发送 {0} 项修改</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="244" />
      <source>{0} new on the hub, {1} already there</source>
      <translation>服务器新收 {0} 项，{1} 项已有</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="250" />
      <source>{0} photo sent</source>
      <translation>发送 {0} 张照片</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="251" />
      <source>{0} photos sent</source>
      <translation>发送 {0} 张照片</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="254" />
      <source> ({0} resumed after an interruption)</source>
      <translation>（其中 {0} 张在中断后续传）</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="268" />
      <source>{0} change refused by the hub (quarantined, not applied):</source>
      <translation>{0} 项修改被同步服务器拒收（已隔离，未生效）：</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="271" />
      <source>{0} changes refused by the hub (quarantined, not applied):</source>
      <translation>{0} 项修改被同步服务器拒收（已隔离，未生效）：</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="283" />
      <source>{0} change accepted by the hub but flagged (this laptop&apos;s clock is ahead):</source>
      <translation>{0} 项修改已被同步服务器接受但被标记（本机时钟超前）：</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="287" />
      <source>{0} changes accepted by the hub but flagged (this laptop&apos;s clock is ahead):</source>
      <translation>{0} 项修改已被同步服务器接受但被标记（本机时钟超前）：</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="300" />
      <source>{0} conflict opened on the hub</source>
      <translation>同步服务器上新增 {0} 个冲突</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="301" />
      <source>{0} conflicts opened on the hub</source>
      <translation>同步服务器上新增 {0} 个冲突</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="311" />
      <source>{0} photo could not be sent (SHA-256 — reason):</source>
      <translation>{0} 张照片未能发送（SHA-256 — 原因）：</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="312" />
      <source>{0} photos could not be sent (SHA-256 — reason):</source>
      <translation>{0} 张照片未能发送（SHA-256 — 原因）：</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="324" />
      <source>{0} photo still expected on the hub (referenced, but its file has not arrived there; SHA-256):</source>
      <translation>同步服务器仍缺 {0} 张照片（已被引用，但文件尚未送达；SHA-256）：</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="329" />
      <source>{0} photos still expected on the hub (referenced, but their files have not arrived there; SHA-256):</source>
      <translation>同步服务器仍缺 {0} 张照片（已被引用，但文件尚未送达；SHA-256）：</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="343" />
      <source>Received from the hub:</source>
      <translation>从同步服务器收到：</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="412" />
      <source>{0} photo could not be downloaded (SHA-256 — reason):</source>
      <translation>{0} 张照片未能下载（SHA-256 — 原因）：</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="413" />
      <source>{0} photos could not be downloaded (SHA-256 — reason):</source>
      <translation>{0} 张照片未能下载（SHA-256 — 原因）：</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="451" />
      <source>Office hub: {0} (replica {1})</source>
      <translation>办公室同步服务器：{0}（副本 {1}）</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="470" />
      <source>The sync is not finished: {0}</source>
      <translation>同步尚未完成：{0}</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="475" />
      <source>Synced with the office hub, but not everything is in order — see below.</source>
      <translation>已与办公室同步服务器同步，但有问题需要处理 — 见下方。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="480" />
      <source>Push complete: the office hub holds every record and photo of this laptop.</source>
      <translation>上传完成：本机的全部记录和照片都已在办公室同步服务器上。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="485" />
      <source>Pull complete: everything on the office hub is on this laptop.</source>
      <translation>下载完成：办公室同步服务器上的全部内容都已在本机。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="489" />
      <source>Sync complete: this laptop and the office hub hold the same records and photos.</source>
      <translation>同步完成：本机与办公室同步服务器的记录和照片已一致。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="500" />
      <source>The office hub refused this laptop: it is not enrolled there.</source>
      <translation>办公室同步服务器拒绝了本机：本机尚未在服务器上登记。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="504" />
      <source>What to do: at the office, a team lead enrols this laptop on the hub (on the hub: Sync ▸ Enrol a replica…, or “inspect-app replica enroll ID KEY”) with these two values; then sync again.</source>
      <translation>处理方法：请组长在办公室用下面两个值把本机登记到同步服务器上（在服务器上：“同步 ▸ 登记笔记本…”，或命令“inspect-app replica enroll 编号 公钥”），然后再同步一次。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="510" />
      <source>Replica id: {0}</source>
      <translation>副本编号：{0}</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="511" />
      <source>Public key: {0}</source>
      <translation>公钥：{0}</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="522" />
      <source>The office hub could not be reached.</source>
      <translation>无法连接办公室同步服务器。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="526" />
      <source>What to do: check the hub address (http://HOST:PORT, as the office gave it), that this laptop is on the office network (Wi-Fi or VPN) and that the hub is running; then sync again. Whatever was sent or received before the connection failed is kept.</source>
      <translation>处理方法：检查服务器地址（http://主机:端口，以办公室提供的为准）、本机是否接入办公室网络（Wi-Fi 或 VPN），以及同步服务器是否在运行；然后再同步一次。连接中断前已发送或已收到的内容都会保留。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="542" />
      <source>The sync with the office hub did not finish.</source>
      <translation>与办公室同步服务器的同步未完成。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="546" />
      <source>Every step that finished is kept, so syncing again is safe.</source>
      <translation>已完成的每一步都已保留，可以放心再次同步。</translation>
    </message>
  </context>
  <context>
    <name>tasks</name>
    <message>
      <location filename="../../inspect_app/ui/tasks.py" line="32" />
      <source>the app log</source>
      <translation>应用日志</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/tasks.py" line="33" />
      <source>Something went wrong. The details were written to the log at {0}.</source>
      <translation>出现了意外错误，详细信息已写入日志：{0}。</translation>
    </message>
  </context>
</TS>
