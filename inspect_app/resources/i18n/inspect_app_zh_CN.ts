<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>AboutDialog</name>
    <message>
      <location filename="../../inspect_app/ui/widgets/about_dialog.py" line="157" />
      <source>About</source>
      <translation>关于</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/about_dialog.py" line="158" />
      <source>Joint Environmental Inspection</source>
      <translation>川渝联合环境执法巡查</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/about_dialog.py" line="161" />
      <source>Offline patrols, evidence photos and enforcement documents for the joint Sichuan–Chongqing environmental law-enforcement teams.</source>
      <translation>供川渝联合环境执法小组离线使用的巡查、证据照片和执法文书软件。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/about_dialog.py" line="177" />
      <source>The bundled fonts and the other third-party packages come with their own licences, listed below.</source>
      <translation>随附的字体和其他第三方软件包各有其许可证，列于下方。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/about_dialog.py" line="183" />
      <source>Licences shipped with the app:</source>
      <translation>随软件提供的许可证：</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/about_dialog.py" line="186" />
      <source>Copy diagnostics</source>
      <translation>复制诊断信息</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/about_dialog.py" line="204" />
      <source>Diagnostics copied (versions and the app's log tail).</source>
      <translation>诊断信息已复制（版本号和程序日志的末尾部分）。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/about_dialog.py" line="185" />
      <source>No licence files were found in this installation.</source>
      <translation>本安装中未找到许可证文件。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/about_dialog.py" line="160" />
      <source>Version {0}</source>
      <translation>版本 {0}</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/about_dialog.py" line="165" />
      <source>Qt {0} · PySide6 {1} · Python {2} · SQLite {3}</source>
      <translation>Qt {0} · PySide6 {1} · Python {2} · SQLite {3}</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/about_dialog.py" line="168" />
      <source>This app uses Qt and Qt for Python (PySide6) under the GNU Lesser General Public License, version 3 (LGPL-3.0). You may replace their libraries in this installation with builds of your own; their source code is available from {0} and {1}.</source>
      <translation>本软件依据 GNU 宽通用公共许可证第 3 版（LGPL-3.0）使用 Qt 和 Qt for Python（PySide6）。您可以用自行构建的版本替换本安装中的这些库；其源代码可从 {0} 和 {1} 获取。</translation>
    </message>
  </context>
  <context>
    <name>AgencyDialog</name>
    <message>
      <location filename="../../inspect_app/ui/widgets/agency_dialog.py" line="413" />
      <source>the new agency</source>
      <translation>新机构</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/agency_dialog.py" line="414" />
      <source>Save or revert the changes to {0} first.</source>
      <translation>请先保存或撤销对{0}的修改。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/agency_dialog.py" line="444" />
      <source>Choose the seal image</source>
      <translation>选择印章图片</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/agency_dialog.py" line="446" />
      <source>PNG images (*.png);;All files (*)</source>
      <translation>PNG 图片 (*.png);;所有文件 (*)</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/agency_dialog.py" line="453" />
      <source>Reading the seal image…</source>
      <translation>正在读取印章图片…</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/agency_dialog.py" line="468" />
      <source>{0} is {1} KB: the seal must be a PNG under 150 KB. Save it smaller (about 400 × 400 pixels is plenty) and choose it again.</source>
      <translation>{0} 有 {1} KB：印章必须是小于 150 KB 的 PNG 图片。请另存为较小的图片（约 400 × 400 像素即可）后重新选择。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/agency_dialog.py" line="473" />
      <source>{0} is {1} × {2} pixels, too large for a seal: about 400 × 400 pixels is plenty.</source>
      <translation>{0} 为 {1} × {2} 像素，作为印章过大：约 400 × 400 像素即可。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/agency_dialog.py" line="476" />
      <source>Cannot read {0}: {1}</source>
      <translation>无法读取 {0}：{1}</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/agency_dialog.py" line="478" />
      <source>{0} is not a PNG image: the seal must be a PNG file (a red seal on a transparent or white background). Convert it to PNG and choose it again.</source>
      <translation>{0} 不是 PNG 图片：印章必须是 PNG 文件（透明或白色背景上的红色印章）。请转换为 PNG 后重新选择。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/agency_dialog.py" line="510" />
      <source>No seal</source>
      <translation>未设置印章</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/agency_dialog.py" line="510" />
      <source>Seal set</source>
      <translation>已设置印章</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/agency_dialog.py" line="528" />
      <source>No seal: the stamp shows the signature and name only.</source>
      <translation>未设置印章：签章只显示签名和姓名。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/agency_dialog.py" line="530" />
      <source>The seal will be removed when you save.</source>
      <translation>保存后将删除印章。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/agency_dialog.py" line="533" />
      <source>A seal image is set.</source>
      <translation>已设置印章图片。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/agency_dialog.py" line="535" />
      <source>{0} × {1} pixels, {2} KB</source>
      <translation>{0} × {1} 像素，{2} KB</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/agency_dialog.py" line="539" />
      <source>The seal printed in the stamp: {0}.</source>
      <translation>签章中使用的印章：{0}。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/agency_dialog.py" line="541" />
      <source>{0}: {1}. Not saved yet: press Save.</source>
      <translation>{0}：{1}。尚未保存：请点击“保存”。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/agency_dialog.py" line="549" />
      <source>Give the agency's full name.</source>
      <translation>请填写机构全称。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/agency_dialog.py" line="551" />
      <source>Give the short code used in document numbers (e.g. 遂环).</source>
      <translation>请填写文书编号使用的简称（如 遂环）。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/agency_dialog.py" line="553" />
      <source>Give the six-digit GB/T 2260 region code (e.g. 510900).</source>
      <translation>请填写六位 GB/T 2260 行政区划代码（如 510900）。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/agency_dialog.py" line="555" />
      <location filename="../../inspect_app/ui/widgets/agency_dialog.py" line="702" />
      <source>Only a team lead sets the seal.</source>
      <translation>只有组长可以设置印章。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/agency_dialog.py" line="569" />
      <source>Nothing to save: no field changed.</source>
      <translation>没有需要保存的内容：未修改任何字段。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/agency_dialog.py" line="594" />
      <source>Saving the agency…</source>
      <translation>正在保存机构…</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/agency_dialog.py" line="610" />
      <source>The agency was saved, but not its seal: {0}</source>
      <translation>机构已保存，但印章未保存：{0}</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/agency_dialog.py" line="614" />
      <source>Saved: {0}.</source>
      <translation>已保存：{0}。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/agency_dialog.py" line="627" />
      <source>The changes are not saved: press Save, or Close again to drop them.</source>
      <translation>修改尚未保存：请点击“保存”，或再次点击“关闭”放弃修改。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/agency_dialog.py" line="647" />
      <source>New agency</source>
      <translation>新机构</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/agency_dialog.py" line="656" />
      <source>Numbers will read {0}; numbers already issued keep {1}.</source>
      <translation>今后文号形如 {0}；已签发的文号仍为 {1}。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/agency_dialog.py" line="660" />
      <source>Numbers read {0}.</source>
      <translation>文号形如 {0}。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/agency_dialog.py" line="666" />
      <source>six digits, e.g. 510900 (遂宁市)</source>
      <translation>六位数字，如 510900（遂宁市）</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/agency_dialog.py" line="669" />
      <source>not in the app's list: check the code</source>
      <translation>不在本软件的区划列表中：请核对代码</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/agency_dialog.py" line="673" />
      <source>Agencies</source>
      <translation>机构设置</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/agency_dialog.py" line="674" />
      <source>The team's agencies (red: not ready to issue)</source>
      <translation>本队执法机构（红色：尚不能签发）</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/agency_dialog.py" line="675" />
      <source>&amp;New agency</source>
      <translation>新建机构(&amp;N)</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/agency_dialog.py" line="677" />
      <source>Full name</source>
      <translation>机构全称</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/agency_dialog.py" line="678" />
      <source>Short code (文号)</source>
      <translation>文号简称</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/agency_dialog.py" line="679" />
      <source>Region (GB/T 2260)</source>
      <translation>行政区划（GB/T 2260）</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/agency_dialog.py" line="680" />
      <source>Reconsideration body (复议机关)</source>
      <translation>行政复议机关</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/agency_dialog.py" line="681" />
      <source>Litigation court (管辖法院)</source>
      <translation>行政诉讼管辖法院</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/agency_dialog.py" line="685" />
      <source>e.g. 遂宁市生态环境局</source>
      <translation>如 遂宁市生态环境局</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/agency_dialog.py" line="686" />
      <source>e.g. 遂宁市人民政府</source>
      <translation>如 遂宁市人民政府</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/agency_dialog.py" line="687" />
      <source>e.g. 遂宁市船山区人民法院</source>
      <translation>如 遂宁市船山区人民法院</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/agency_dialog.py" line="690" />
      <source>Every decision tells the party where to apply for reconsideration and which court hears a suit: issuing is refused until both are filled in.</source>
      <translation>每份决定书都要告知当事人申请行政复议的机关和提起行政诉讼的法院：两项都填写后才能签发。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/agency_dialog.py" line="694" />
      <source>Seal (印章)</source>
      <translation>印章</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/agency_dialog.py" line="697" />
      <source>A PNG image under 150 KB, a red seal on a transparent or white background; it is printed behind the signature in the stamp.</source>
      <translation>小于 150 KB 的 PNG 图片，透明或白色背景上的红色印章；签章时印在签名下方。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/agency_dialog.py" line="704" />
      <source>Nothing changes until you press Save.</source>
      <translation>点击“保存”后才会生效。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/agency_dialog.py" line="707" />
      <source>Choose &amp;PNG…</source>
      <translation>选择 PNG(&amp;P)…</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/agency_dialog.py" line="708" />
      <source>&amp;Remove seal</source>
      <translation>删除印章(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/agency_dialog.py" line="709" />
      <source>&amp;Save</source>
      <translation>保存(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/agency_dialog.py" line="710" />
      <source>Re&amp;vert</source>
      <translation>撤销修改(&amp;V)</translation>
    </message>
  </context>
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
    <name>CrashDialog</name>
    <message>
      <location filename="../../inspect_app/ui/crash.py" line="175" />
      <source>Something went wrong</source>
      <translation>出现意外问题</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/crash.py" line="195" />
      <source>The diagnostics hold version numbers and the app's log, not your records.</source>
      <translation>诊断信息只包含版本号和程序日志，不含您的执法记录。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/crash.py" line="199" />
      <source>Copy diagnostics</source>
      <translation>复制诊断信息</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/crash.py" line="200" />
      <source>Open log folder</source>
      <translation>打开日志文件夹</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/crash.py" line="216" />
      <source>Copied. Paste them into an e-mail or a chat message to your IT support.</source>
      <translation>已复制。请粘贴到发给信息技术支持人员的邮件或聊天消息中。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/crash.py" line="177" />
      <source>The app could not start.</source>
      <translation>程序无法启动。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/crash.py" line="179" />
      <source>Your data folder was not changed. Copy the diagnostics and send them to your IT support.</source>
      <translation>数据目录未被改动。请复制诊断信息，发给信息技术支持人员。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/crash.py" line="185" />
      <source>The app ran into an unexpected problem.</source>
      <translation>程序遇到了一个意外问题。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/crash.py" line="187" />
      <source>What you had already saved is kept. The step you were doing may not have finished: check it, then go on working. If this keeps happening, copy the diagnostics and send them to your IT support with a few words on what you were doing.</source>
      <translation>已保存的内容不受影响。刚才的操作可能没有完成，请检查后继续工作。如果问题反复出现，请复制诊断信息，连同您当时在做什么的简要说明，一起发给信息技术支持人员。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/crash.py" line="201" />
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/crash.py" line="201" />
      <source>Continue</source>
      <translation>继续</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/crash.py" line="198" />
      <source>This happened {0} times.</source>
      <translation>此问题已出现 {0} 次。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/crash.py" line="222" />
      <source>The log folder could not be opened. It is {0}</source>
      <translation>无法打开日志文件夹，其位置为：{0}</translation>
    </message>
  </context>
  <context>
    <name>CreateCaDialog</name>
    <message>
      <location filename="../../inspect_app/ui/widgets/pki_dialog.py" line="455" />
      <location filename="../../inspect_app/ui/widgets/pki_dialog.py" line="514" />
      <source>CA passphrase</source>
      <translation>CA 口令</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/pki_dialog.py" line="468" />
      <source>Creating the team CA…</source>
      <translation>正在创建团队 CA…</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/pki_dialog.py" line="478" />
      <source>The team CA was created (SHA-256 fingerprint {0}). Its key is kept encrypted in {1}. Keep the passphrase safe: it is asked for every certificate you issue. Next, issue each officer's certificate.</source>
      <translation>团队 CA 已创建（SHA-256 指纹 {0}）。其私钥已加密保存在 {1}。请妥善保管口令：每次签发证书都需要输入。下一步：为每名执法人员签发证书。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/pki_dialog.py" line="499" />
      <source>Create the team CA</source>
      <translation>创建团队 CA</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/pki_dialog.py" line="502" />
      <source>The team certificate authority signs every officer's signing certificate. Create it once for the team, on this laptop if it is the one that will issue certificates: its private key stays here, encrypted with the passphrase below.</source>
      <translation>团队证书颁发机构（CA）为每名执法人员的签名证书签名。全队只需创建一次，并在负责签发证书的这台笔记本上创建：其私钥保存在本机，用下面的口令加密。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/pki_dialog.py" line="509" />
      <source>The team already has a CA ({0}) whose key is on another laptop. Create a second one only if that key or its passphrase is lost; certificates from both stay trusted.</source>
      <translation>本队已有 CA（{0}），其私钥在另一台笔记本上。只有在该私钥或其口令丢失时才创建第二个；两个 CA 签发的证书都继续受信任。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/pki_dialog.py" line="514" />
      <source>Again</source>
      <translation>再次输入</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/pki_dialog.py" line="517" />
      <source>At least 8 characters</source>
      <translation>至少 8 个字符</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/pki_dialog.py" line="518" />
      <source>The same passphrase again</source>
      <translation>再输入一次相同的口令</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/pki_dialog.py" line="521" />
      <source>Write the passphrase down and keep it away from the laptop: without it no certificate can be issued, and it cannot be recovered.</source>
      <translation>请记下口令并与笔记本分开保管：没有口令就无法签发证书，且口令无法找回。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/pki_dialog.py" line="525" />
      <source>Create team CA</source>
      <translation>创建团队 CA</translation>
    </message>
  </context>
  <context>
    <name>DraftEditDialog</name>
    <message>
      <location filename="../../inspect_app/ui/widgets/notices_view.py" line="136" />
      <source>Saving…</source>
      <translation>正在保存…</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/notices_view.py" line="144" />
      <source>Edit draft notice</source>
      <translation>修改决定书草稿</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/notices_view.py" line="145" />
      <source>Order (责令内容)</source>
      <translation>责令内容</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/notices_view.py" line="145" />
      <source>Deadline</source>
      <translation>整改期限</translation>
    </message>
  </context>
  <context>
    <name>EnrolDialog</name>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="727" />
      <source>Enrol a replica</source>
      <translation>登记笔记本</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="730" />
      <source>Enrolling a laptop makes this laptop accept its bundles; the enrolment travels to the other laptops with the next sync. Copy both values from Sync ▸ This laptop's identity on that laptop.</source>
      <translation>登记一台笔记本后，本机将接受它的同步包；登记信息会在下次同步时传到其他笔记本。请在那台笔记本上从“同步 ▸ 本机身份”复制这两个值。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="737" />
      <source>32 hexadecimal characters</source>
      <translation>32 位十六进制字符</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="739" />
      <source>64 hexadecimal characters</source>
      <translation>64 位十六进制字符</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="741" />
      <source>e.g. Wang Fang's laptop</source>
      <translation>例如：王芳的笔记本</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="743" />
      <source>Replica id</source>
      <translation>副本编号</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="744" />
      <source>Public key</source>
      <translation>公钥</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="745" />
      <source>Label</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="760" />
      <source>Fill in the replica id and the public key.</source>
      <translation>请填写副本编号和公钥。</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="627" />
      <source>Export a sync bundle</source>
      <translation>导出同步包</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="629" />
      <source>Everything (any laptop)</source>
      <translation>全部内容（任意笔记本）</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="636" />
      <source>A bundle for one laptop holds only the changes it has not seen yet (as far as this laptop knows). Photos travel with the changes that use them.</source>
      <translation>为某台笔记本导出的同步包只包含它尚未收到的修改（以本机所知为准）。照片随引用它们的修改一起传送。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="644" />
      <source>Choose file…</source>
      <translation>选择文件…</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="648" />
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
    <name>GuideDialog</name>
    <message>
      <location filename="../../inspect_app/ui/widgets/help_dialogs.py" line="118" />
      <source>User guide</source>
      <translation>使用指南</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/help_dialogs.py" line="122" />
      <source>The user guide is missing from this installation: reinstall the app.</source>
      <translation>本安装中缺少使用指南，请重新安装本软件。</translation>
    </message>
  </context>
  <context>
    <name>HelpMenu</name>
    <message>
      <location filename="../../inspect_app/ui/widgets/help_menu.py" line="73" />
      <source>The log folder could not be opened. It is {0}</source>
      <translation>无法打开日志文件夹，其位置为：{0}</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/help_menu.py" line="87" />
      <source>&amp;Help</source>
      <translation>帮助(&amp;H)</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/help_menu.py" line="88" />
      <source>&amp;User guide</source>
      <translation>使用指南(&amp;U)</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/help_menu.py" line="89" />
      <source>&amp;Keyboard shortcuts</source>
      <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/help_menu.py" line="90" />
      <source>Open &amp;log folder</source>
      <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/help_menu.py" line="91" />
      <source>&amp;About</source>
      <translation>关于(&amp;A)</translation>
    </message>
  </context>
  <context>
    <name>HubSyncDialog</name>
    <message>
      <location filename="../../inspect_app/ui/widgets/hub_dialog.py" line="83" />
      <source>Enter the hub's address.</source>
      <translation>请输入同步服务器的地址。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/hub_dialog.py" line="90" />
      <source>The address starts with http:// or https://, then the hub's host.</source>
      <translation>地址以 http:// 或 https:// 开头，后接同步服务器的主机名或 IP。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/hub_dialog.py" line="94" />
      <source>Add the hub's port after a colon, e.g. http://192.168.1.10:8765.</source>
      <translation>请在冒号后写上同步服务器的端口，例如 http://192.168.1.10:8765。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/hub_dialog.py" line="98" />
      <source>Only http(s)://HOST:PORT, without a path after the port.</source>
      <translation>只填 http(s)://主机:端口，端口后不要带路径。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/hub_dialog.py" line="260" />
      <source>Connecting to the office hub at {0}…</source>
      <translation>正在连接办公室同步服务器 {0}…</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/hub_dialog.py" line="290" />
      <source>Sync with the office hub</source>
      <translation>与办公室同步服务器同步</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/hub_dialog.py" line="293" />
      <source>Push sends the office hub the records and photos it lacks from this laptop; Pull fetches what the other laptops sent there. Both does one, then the other.</source>
      <translation>“上传”把本机有而同步服务器缺少的记录和照片发送过去；“下载”取回其他笔记本发到那里的内容。“双向”先上传，再下载。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/hub_dialog.py" line="297" />
      <source>Hub &amp;address</source>
      <translation>服务器地址(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/hub_dialog.py" line="298" />
      <source>Direction</source>
      <translation>方向</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/hub_dialog.py" line="299" />
      <source>&amp;Both</source>
      <translation>双向(&amp;B)</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/hub_dialog.py" line="300" />
      <source>&amp;Push only</source>
      <translation>仅上传(&amp;P)</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/hub_dialog.py" line="301" />
      <source>P&amp;ull only</source>
      <translation>仅下载(&amp;U)</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/hub_dialog.py" line="302" />
      <source>&amp;Sync</source>
      <translation>同步(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/hub_dialog.py" line="305" />
      <source>“Stop after the current step” is not available: the hub client cannot be stopped halfway, so this window stays open until the sync ends. Every step that finishes is kept; if the connection drops, sync again later.</source>
      <translation>不支持“完成当前步骤后停止”：同步无法中途停止，因此本窗口会一直打开到同步结束。已完成的每一步都会保留；如果连接中断，稍后再同步一次即可。</translation>
    </message>
  </context>
  <context>
    <name>IdentityDialog</name>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="676" />
      <source>This laptop's identity</source>
      <translation>本机身份</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="679" />
      <source>Give these two values to your team lead (at the office) so other laptops accept this laptop's bundles: Sync ▸ Enrol a replica…</source>
      <translation>请将这两个值交给组长（在办公室登记），其他笔记本才会接受本机的同步包：同步 ▸ 登记笔记本…</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="691" />
      <source>Replica id</source>
      <translation>副本编号</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="691" />
      <source>Public key</source>
      <translation>公钥</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="696" />
      <source>Copy</source>
      <translation>复制</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="702" />
      <source>Copy both</source>
      <translation>复制两项</translation>
    </message>
  </context>
  <context>
    <name>ImportCertificateDialog</name>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="2403" />
      <source>Choose who you are first.</source>
      <translation>请先选择当前执法人员。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="2408" />
      <source>Imported the certificate of {0}, valid until {1}.</source>
      <translation>已导入{0}的签名证书，有效期至 {1}。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="2413" />
      <source>{0}: a signing certificate is on this laptop.</source>
      <translation>{0}：本机已有签名证书。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="2416" />
      <source>{0}: no signing certificate on this laptop yet. Choose the .p12 file the team lead issued to you and type its passphrase.</source>
      <translation>{0}：本机还没有签名证书。请选择组长为您签发的 .p12 文件并输入其口令。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="2422" />
      <source>Your standing signature:</source>
      <translation>您的预留签名：</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="2425" />
      <source>You have no standing signature yet; a team lead needs one to issue.</source>
      <translation>您还没有预留签名；组长签发文书时需要预留签名。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="2432" />
      <source>Choose the .p12 file.</source>
      <translation>请选择 .p12 文件。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="2448" />
      <source>Checking and importing the certificate…</source>
      <translation>正在核验并导入证书…</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="2471" />
      <source>Signing certificate and signature</source>
      <translation>签名证书与预留签名</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="2472" />
      <source>Signing certificate</source>
      <translation>签名证书</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="2473" />
      <source>My signature</source>
      <translation>我的签名</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="2474" />
      <source>Certificate files (*.p12 *.pfx)</source>
      <translation>证书文件 (*.p12 *.pfx)</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="2475" />
      <source>Certificate file</source>
      <translation>证书文件</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="2475" />
      <source>Passphrase</source>
      <translation>口令</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="2478" />
      <source>The passphrase the team lead gave you</source>
      <translation>组长告知您的口令</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="2479" />
      <source>Import</source>
      <translation>导入</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="2480" />
      <source>My signature…</source>
      <translation>我的签名…</translation>
    </message>
  </context>
  <context>
    <name>InspectionRecordDialog</name>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="1830" />
      <source>Choose the party (检查对象).</source>
      <translation>请选择检查对象。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="1832" />
      <source>Choose who you are first in the “Current officer” box.</source>
      <translation>请先在“当前执法人员”框中选择您自己。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="1834" />
      <source>Give the place of the inspection.</source>
      <translation>请填写检查地点。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="1836" />
      <source>Tick the officers taking part.</source>
      <translation>请勾选参加检查的执法人员。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="1872" />
      <source>Saving the record…</source>
      <translation>正在保存笔录…</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="1877" />
      <source>Officer (执法人员): {0}</source>
      <translation>执法人员：{0}</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="1890" />
      <source>Party representative (被检查单位负责人)</source>
      <translation>被检查单位负责人</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="1923" />
      <source>Saving the signature…</source>
      <translation>正在保存签名…</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="1931" />
      <source>Only an officer who took part can sign and close the record.</source>
      <translation>只有参加检查的执法人员可以签署并结束笔录。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="1940" />
      <source>Closing a re-inspection that found the problem rectified also closes the notice (销号): only a team lead can sign and close it.</source>
      <translation>复查结论为已整改时，结束笔录将同时对决定书销号：只有组长可以签署并结束。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="1946" />
      <source>Type the passphrase of your signing certificate.</source>
      <translation>请输入您签名证书的口令。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="1964" />
      <source>Rendering and signing the record…</source>
      <translation>正在生成并签署笔录…</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="1982" />
      <source>Add photos to the record</source>
      <translation>为笔录添加照片</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="1985" />
      <source>Images (*.jpg *.jpeg *.png *.heic *.heif *.tif *.tiff *.webp);;All files (*)</source>
      <translation>图片 (*.jpg *.jpeg *.png *.heic *.heif *.tif *.tiff *.webp);;所有文件 (*)</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="2015" />
      <source>Importing photos…</source>
      <translation>正在导入照片…</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="2038" />
      <source>Importing photos: {0} of {1}…</source>
      <translation>正在导入照片：{0}/{1}…</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="2070" />
      <source>{0} already in this record (not added again): {1}</source>
      <translation>{0} 张照片已在本笔录中（未重复添加）：{1}</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="2076" />
      <source>Import cancelled: {0} photo(s) were added.</source>
      <translation>导入已取消：已添加 {0} 张照片。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="2083" />
      <source>The record changed, so its {0} hand signature(s) were withdrawn: everyone signs it again as it now reads.</source>
      <translation>笔录内容已变更，已撤回其 {0} 个手写签名：请各方按现在的内容重新签名。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="2128" />
      <source>Not closed: the record still misses what is listed.</source>
      <translation>未结束：笔录还缺少所列内容。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="2131" />
      <source>Signed and closed (SHA-256 {0}).</source>
      <translation>已签署并结束（SHA-256 {0}）。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="2133" />
      <source>The notice is closed (销号).</source>
      <translation>决定书已销号。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="2145" />
      <source>Save the record to see what is still missing.</source>
      <translation>保存笔录后可查看尚缺的内容。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="2149" />
      <source>The record is signed and closed.</source>
      <translation>笔录已签署并结束。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="2156" />
      <source>Nothing missing: the record can be signed and closed.</source>
      <translation>内容齐全：笔录可以签名并结束。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="2174" />
      <source>✓ signed {0}</source>
      <translation>✓ 已签名 {0}</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="2176" />
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="2183" />
      <source>not signed</source>
      <translation>未签名</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="2178" />
      <source>Officer {0}</source>
      <translation>执法人员 {0}</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="2181" />
      <source>✓ signed</source>
      <translation>✓ 已签名</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="2182" />
      <source>✓ refused, witnessed</source>
      <translation>✓ 拒签，有见证人</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="2184" />
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="2235" />
      <source>Party</source>
      <translation>当事人</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="2192" />
      <source>Sign…</source>
      <translation>签名…</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="2220" />
      <source>Re-inspection record</source>
      <translation>复查笔录</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="2220" />
      <source>Inspection record</source>
      <translation>现场检查笔录</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="2224" />
      <source>Choose the outcome</source>
      <translation>请选择复查结论</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="2232" />
      <source>Kind</source>
      <translation>笔录类型</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="2233" />
      <source>Notice</source>
      <translation>决定书</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="2234" />
      <source>Outcome</source>
      <translation>复查结论</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="2236" />
      <source>Started</source>
      <translation>开始时间</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="2237" />
      <source>Ended</source>
      <translation>结束时间</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="2238" />
      <source>Place</source>
      <translation>检查地点</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="2239" />
      <source>On-site person</source>
      <translation>现场负责人</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="2240" />
      <source>Contact</source>
      <translation>联系方式</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="2241" />
      <source>Officers</source>
      <translation>执法人员</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="2245" />
      <source>What was inspected and found</source>
      <translation>检查情况</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="2246" />
      <source>Party's statement</source>
      <translation>当事人陈述</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="2247" />
      <source>Photos</source>
      <translation>照片</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="2253" />
      <source>Enforcement certificates shown (出示执法证件)</source>
      <translation>已出示执法证件</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="2254" />
      <source>Party told of its right to ask for recusal (告知回避)</source>
      <translation>已告知当事人申请回避的权利</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="2255" />
      <source>The party asked for recusal (申请回避)</source>
      <translation>当事人申请回避</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="2257" />
      <source>Where you went, what you saw, measurements, what was asked and answered</source>
      <translation>检查部位、现场情况、测量数据、询问与回答</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="2259" />
      <source>Where the inspection took place</source>
      <translation>检查所在地点</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="2260" />
      <source>Hand signatures</source>
      <translation>手写签名</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="2261" />
      <source>Still missing</source>
      <translation>尚缺内容</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="2262" />
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="2264" />
      <source>Sign and close</source>
      <translation>签署并结束</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="2263" />
      <source>Passphrase of your signing certificate</source>
      <translation>签名证书口令</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="2265" />
      <source>Save</source>
      <translation>保存</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="2266" />
      <source>&amp;Add photos…</source>
      <translation>添加照片(&amp;A)…</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="2268" />
      <source>Photos taken at this re-inspection</source>
      <translation>本次复查拍摄的照片</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="2270" />
      <source>Photos taken at this inspection</source>
      <translation>本次检查拍摄的照片</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="2272" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
  </context>
  <context>
    <name>IssueCertificateDialog</name>
    <message>
      <location filename="../../inspect_app/ui/widgets/pki_dialog.py" line="634" />
      <source>Type the passphrase of the team CA.</source>
      <translation>请输入团队 CA 的口令。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/pki_dialog.py" line="637" />
      <source>new passphrase</source>
      <translation>新口令</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/pki_dialog.py" line="644" />
      <source>Choose where to save the .p12 file.</source>
      <translation>请选择 .p12 文件的保存位置。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/pki_dialog.py" line="672" />
      <source>Issuing the certificate…</source>
      <translation>正在签发证书…</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/pki_dialog.py" line="697" />
      <source>Saving the file…</source>
      <translation>正在保存文件…</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/pki_dialog.py" line="715" />
      <source>Certificate issued to {0}, valid until {1} (SHA-256 {2}).</source>
      <translation>已为{0}签发证书，有效期至 {1}（SHA-256 {2}）。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/pki_dialog.py" line="720" />
      <source>Saved to {0}.</source>
      <translation>已保存到 {0}。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/pki_dialog.py" line="723" />
      <source>It is also imported on this laptop: you can sign with it now.</source>
      <translation>证书也已导入本机：现在就可以用它签名。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/pki_dialog.py" line="728" />
      <source>Give this file to {0} (e.g. on a USB stick) and tell them the passphrase separately, in person or by phone. They import it on their own laptop with Documents ▸ Import certificate…; then delete this copy.</source>
      <translation>请将此文件交给{0}（如用U盘），并当面或电话另行告知口令。对方在自己的笔记本上通过“文书 ▸ 导入证书…”导入；交接后请删除此副本。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/pki_dialog.py" line="740" />
      <source>The certificate was issued, but the file could not be saved ({0}). Choose another place and press “Save the file again”.</source>
      <translation>证书已签发，但文件未能保存（{0}）。请选择其他位置，然后点击“重新保存文件”。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/pki_dialog.py" line="763" />
      <source>Issue a signing certificate</source>
      <translation>签发签名证书</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/pki_dialog.py" line="765" />
      <source>Signing certificate for &lt;b&gt;{0}&lt;/b&gt; ({1}, certificate no. {2})</source>
      <translation>为 &lt;b&gt;{0}&lt;/b&gt; 签发签名证书（{1}，执法证号 {2}）</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/pki_dialog.py" line="772" />
      <source>Team CA passphrase</source>
      <translation>团队 CA 口令</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/pki_dialog.py" line="773" />
      <source>New passphrase for the file</source>
      <translation>证书文件的新口令</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/pki_dialog.py" line="774" />
      <source>Again</source>
      <translation>再次输入</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/pki_dialog.py" line="775" />
      <source>Save the .p12 file to</source>
      <translation>.p12 文件保存到</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/pki_dialog.py" line="779" />
      <source>The passphrase chosen when the CA was made</source>
      <translation>创建 CA 时设定的口令</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/pki_dialog.py" line="781" />
      <source>At least 8 characters; {0} types it to sign</source>
      <translation>至少 8 个字符；{0}签名时输入</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/pki_dialog.py" line="783" />
      <source>The same passphrase again</source>
      <translation>再输入一次相同的口令</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/pki_dialog.py" line="784" />
      <source>Certificate files (*.p12)</source>
      <translation>证书文件 (*.p12)</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/pki_dialog.py" line="786" />
      <source>Also import it on this laptop (it is my own certificate)</source>
      <translation>同时导入本机（这是我自己的证书）</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/pki_dialog.py" line="790" />
      <source>The file holds {0}'s private signing key, locked with the new passphrase. Hand it to {0}, who imports it on their own laptop (Documents ▸ Import certificate…); do not keep a copy.</source>
      <translation>该文件包含{0}的签名私钥，用新口令加密。请交给{0}，由其在自己的笔记本上导入（文书 ▸ 导入证书…）；不要保留副本。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/pki_dialog.py" line="795" />
      <source>Issue and save</source>
      <translation>签发并保存</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/pki_dialog.py" line="796" />
      <source>Save the file again</source>
      <translation>重新保存文件</translation>
    </message>
  </context>
  <context>
    <name>IssueDialog</name>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="729" />
      <source>Checking the notice…</source>
      <translation>正在检查决定书…</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="736" />
      <source>Wait for the checks to finish.</source>
      <translation>请等待检查完成。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="739" />
      <source>Not issued: fix the items marked ✗ first.</source>
      <translation>未签发：请先解决标有 ✗ 的事项。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="743" />
      <source>Type the passphrase of your signing certificate.</source>
      <translation>请输入您签名证书的口令。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="766" />
      <source>Rendering and signing the decision…</source>
      <translation>正在生成并签署决定书…</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="826" />
      <source>You have no signing certificate on this laptop: import the .p12 file the team lead issued to you.</source>
      <translation>本机没有您的签名证书：请导入组长为您签发的 .p12 文件。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="841" />
      <source>Issuing is refused until these are fixed:</source>
      <translation>以下事项解决之前不能签发：</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="848" />
      <source>All checks passed: officers, party, order, deadline, legal basis, evidence, remedies, certificate.</source>
      <translation>全部检查通过：执法人员、当事人、责令内容、整改期限、法律依据、证据、救济途径、签名证书。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="872" />
      <source>Issued: &lt;b&gt;{0}&lt;/b&gt;</source>
      <translation>已签发：&lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="873" />
      <source>SHA-256 of the signed PDF: &lt;tt&gt;{0}&lt;/tt&gt;</source>
      <translation>已签名 PDF 的 SHA-256：&lt;tt&gt;{0}&lt;/tt&gt;</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="876" />
      <source>Saved to {0}</source>
      <translation>已保存到 {0}</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="878" />
      <source>The signed PDF is kept in the store.</source>
      <translation>已签名的 PDF 保存在数据库中。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="884" />
      <source>The copy could not be written ({0}); use Export signed PDF… to save it.</source>
      <translation>未能写出副本（{0}）；请用“导出已签名 PDF…”另存。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="917" />
      <source>Issue notice</source>
      <translation>签发决定书</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="920" />
      <source>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;Deadline: {1}&lt;br&gt;Order: {2}</source>
      <translation>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;整改期限：{1}&lt;br&gt;责令内容：{2}</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="924" />
      <source>Checks before issuing</source>
      <translation>签发前检查</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="925" />
      <source>Draw my signature…</source>
      <translation>绘制我的签名…</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="926" />
      <source>Import certificate…</source>
      <translation>导入证书…</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="927" />
      <source>Set up agency…</source>
      <translation>设置机构…</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="928" />
      <source>Team certificates…</source>
      <translation>证书管理…</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="929" />
      <source>Document numbers…</source>
      <translation>文号管理…</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="930" />
      <source>Check again</source>
      <translation>重新检查</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="931" />
      <source>Passphrase of your signing certificate</source>
      <translation>签名证书口令</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="932" />
      <source>Passphrase</source>
      <translation>口令</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="932" />
      <source>Save a copy to</source>
      <translation>副本保存到</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="935" />
      <source>Sign and issue</source>
      <translation>签名并签发</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="936" />
      <source>Open PDF</source>
      <translation>打开 PDF</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="940" />
      <source>Checking…</source>
      <translation>正在检查…</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../inspect_app/ui/main_window.py" line="344" />
      <source>Select the findings the notice is about.</source>
      <translation>请先选择通知书涉及的问题。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/main_window.py" line="354" />
      <source>Pick the party of every selected finding first.</source>
      <translation>请先为所选的每个问题指定当事人。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/main_window.py" line="359" />
      <source>The selected findings concern different parties; a notice is served on one party.</source>
      <translation>所选问题涉及不同当事人；一份通知书只能送达一个当事人。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/main_window.py" line="394" />
      <source>Joint Environmental Inspection</source>
      <translation>川渝联合环境执法巡查</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/main_window.py" line="395" />
      <source>&amp;File</source>
      <translation>文件(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/main_window.py" line="396" />
      <source>&amp;View</source>
      <translation>视图(&amp;V)</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/main_window.py" line="397" />
      <source>&amp;Settings</source>
      <translation>设置(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/main_window.py" line="398" />
      <source>&amp;Documents</source>
      <translation>文书(&amp;D)</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/main_window.py" line="399" />
      <location filename="../../inspect_app/ui/main_window.py" line="401" />
      <source>Patrols and findings</source>
      <translation>巡查与问题</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/main_window.py" line="400" />
      <location filename="../../inspect_app/ui/main_window.py" line="402" />
      <source>Notices</source>
      <translation>文书跟踪</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/main_window.py" line="403" />
      <source>&amp;Language</source>
      <translation>语言(&amp;L)</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/main_window.py" line="404" />
      <source>New &amp;patrol…</source>
      <translation>新建巡查(&amp;P)…</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/main_window.py" line="405" />
      <source>New &amp;finding</source>
      <translation>新建问题(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/main_window.py" line="406" />
      <source>&amp;Import photos…</source>
      <translation>导入照片(&amp;I)…</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/main_window.py" line="407" />
      <source>&amp;Draft notice…</source>
      <translation>起草整改通知书(&amp;D)…</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/main_window.py" line="408" />
      <source>&amp;Quit</source>
      <translation>退出(&amp;Q)</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/main_window.py" line="409" />
      <source>Set up agency and officer…</source>
      <translation>设置执法机构和执法人员…</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/main_window.py" line="410" />
      <source>Add officer…</source>
      <translation>添加执法人员…</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/main_window.py" line="411" />
      <source>Main toolbar</source>
      <translation>主工具栏</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/main_window.py" line="412" />
      <source>Current officer: </source>
      <translation>当前执法人员：</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/main_window.py" line="413" />
      <source>Patrols</source>
      <translation>巡查</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/main_window.py" line="414" />
      <source>Findings of the patrol</source>
      <translation>本次巡查发现的问题</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/main_window.py" line="417" />
      <source>Data folder: {0}</source>
      <translation>数据目录：{0}</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/main_window.py" line="532" />
      <source>Save the notice as</source>
      <translation>通知书另存为</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/main_window.py" line="532" />
      <source>PDF (*.pdf)</source>
      <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/main_window.py" line="546" />
      <source>Rendering the notice…</source>
      <translation>正在生成通知书…</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/main_window.py" line="561" />
      <source>Notice drafted</source>
      <translation>通知书草稿已生成</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/main_window.py" line="562" />
      <source>The draft notice was saved to {0}.</source>
      <translation>通知书草稿已保存到 {0}。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/main_window.py" line="565" />
      <source>Check before serving it:</source>
      <translation>送达前请核对：</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/main_window.py" line="567" />
      <source>Open PDF</source>
      <translation>打开 PDF</translation>
    </message>
  </context>
  <context>
    <name>Message</name>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="20" />
      <source>{name} was not found: check that the file still exists.</source>
      <comment>photo.not_found</comment>
      <translation>找不到 {name}：请确认文件仍然存在。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="23" />
      <source>{name} is a folder, not a photo file.</source>
      <comment>photo.is_folder</comment>
      <translation>{name} 是文件夹，不是照片文件。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="26" />
      <source>{name} cannot be read ({reason}): check the file and its permissions.</source>
      <comment>photo.file_unreadable</comment>
      <translation>无法读取 {name}（{reason}）：请检查文件及其访问权限。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="31" />
      <source>{name} is empty (0 bytes): copy the original photo from the camera again.</source>
      <comment>photo.empty</comment>
      <translation>{name} 是空文件（0 字节）：请从相机重新复制原始照片。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="36" />
      <source>{name} is too large to open safely ({pixels} pixels, limit {limit}): it may be a decompression bomb, so it was not imported.</source>
      <comment>photo.too_large</comment>
      <translation>{name} 过大，无法安全打开（{pixels} 像素，上限 {limit} 像素）：可能是“解压炸弹”，未导入。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="42" />
      <source>{name} is too large to open safely (too many pixels, limit {limit}): it may be a decompression bomb, so it was not imported.</source>
      <comment>photo.too_many_pixels</comment>
      <translation>{name} 过大，无法安全打开（像素过多，上限 {limit} 像素）：可能是“解压炸弹”，未导入。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="48" />
      <source>{name} cannot be read as an image ({reason}).</source>
      <comment>photo.not_decodable</comment>
      <translation>{name} 无法作为图片读取（{reason}）。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="51" />
      <source>{name} is not a readable image ({error}).</source>
      <comment>photo.broken_header</comment>
      <translation>{name} 不是可读取的图片（{error}）。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="54" />
      <source>{name} claims an empty image size ({width}×{height}).</source>
      <comment>photo.empty_size</comment>
      <translation>{name} 标称的图片尺寸为空（{width}×{height}）。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="59" />
      <source>{name} is an AVIF image, which this installation cannot read: convert it to JPEG.</source>
      <comment>photo.avif</comment>
      <translation>{name} 是 AVIF 图片，本机无法读取：请转换为 JPEG。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="64" />
      <source>{name} is not an image file that can be read (JPEG, PNG, TIFF, WebP …).</source>
      <comment>photo.not_an_image</comment>
      <translation>{name} 不是可读取的图片文件（JPEG、PNG、TIFF、WebP 等）。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="69" />
      <source>{name} is a HEIC/HEIF photo, which this installation cannot read: convert it to JPEG (on an iPhone choose Camera &gt; Formats &gt; Most Compatible) or install the pi-heif package.</source>
      <comment>photo.heif_no_decoder</comment>
      <translation>{name} 是 HEIC/HEIF 照片，本机无法读取：请转换为 JPEG（iPhone 可在“设置 &gt; 相机 &gt; 格式”中选择“兼容性最佳”），或安装 pi-heif 软件包。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="76" />
      <source>{name} is a HEIC/HEIF photo, which this installation cannot read: the file is damaged or uses a HEIF feature that is not supported ({problem}); copy the original from the phone again, or convert it to JPEG.</source>
      <comment>photo.heif_damaged</comment>
      <translation>{name} 是 HEIC/HEIF 照片，本机无法读取：文件已损坏，或使用了不受支持的 HEIF 功能（{problem}）；请从手机重新复制原件，或转换为 JPEG。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="83" />
      <source>{name} is a folder; choose photo files.</source>
      <comment>photo.folder_chosen</comment>
      <translation>{name} 是文件夹；请选择照片文件。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="86" />
      <source>{name} is not a regular file (a device, pipe or socket); choose photo files.</source>
      <comment>photo.not_regular_file</comment>
      <translation>{name} 不是普通文件（而是设备、管道或套接字）；请选择照片文件。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="91" />
      <source>{name} could not be read ({error}).</source>
      <comment>photo.read_failed</comment>
      <translation>无法读取 {name}（{error}）。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="94" />
      <source>{name} could not be stored ({reason}): check free disk space and try again.</source>
      <comment>photo.store_failed</comment>
      <translation>{name} 无法保存（{reason}）：请检查磁盘剩余空间后重试。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="99" />
      <source>no photos found in folder {folder} ({endings}).</source>
      <comment>photo.folder_empty</comment>
      <translation>文件夹 {folder} 中没有找到照片（{endings}）。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="102" />
      <source>folder {folder} cannot be read ({reason}).</source>
      <comment>photo.folder_unreadable</comment>
      <translation>无法读取文件夹 {folder}（{reason}）。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="105" />
      <source>this record is signed and closed: it takes no more photos</source>
      <comment>photo.record_closed</comment>
      <translation>该笔录已签名归档：不能再添加照片。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="110" />
      <source>no such file or folder: {paths} (nothing was saved)</source>
      <comment>photo.paths_missing</comment>
      <translation>没有此文件或文件夹：{paths}（未保存任何内容）</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="115" />
      <source>no such file or folder</source>
      <comment>photo.no_such_path</comment>
      <translation>没有此文件或文件夹</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="119" />
      <source>name</source>
      <comment>label.name</comment>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="120" />
      <source>code</source>
      <comment>label.code</comment>
      <translation>简称</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="121" />
      <source>region</source>
      <comment>label.region</comment>
      <translation>行政区划</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="122" />
      <source>address</source>
      <comment>label.address</comment>
      <translation>地址</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="123" />
      <source>reconsideration_body</source>
      <comment>label.reconsideration_body</comment>
      <translation>复议机关</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="126" />
      <source>litigation_court</source>
      <comment>label.litigation_court</comment>
      <translation>诉讼法院</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="127" />
      <source>seal_png</source>
      <comment>label.seal_png</comment>
      <translation>印章图片</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="128" />
      <source>legal_representative</source>
      <comment>label.legal_representative</comment>
      <translation>法定代表人</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="131" />
      <source>description</source>
      <comment>label.description</comment>
      <translation>问题描述</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="132" />
      <source>latitude</source>
      <comment>label.latitude</comment>
      <translation>纬度</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="133" />
      <source>longitude</source>
      <comment>label.longitude</comment>
      <translation>经度</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="134" />
      <source>observed_at</source>
      <comment>label.observed_at</comment>
      <translation>发现时间</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="135" />
      <source>date</source>
      <comment>label.date</comment>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="136" />
      <source>deadline</source>
      <comment>label.deadline</comment>
      <translation>整改期限</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="137" />
      <source>started_at</source>
      <comment>label.started_at</comment>
      <translation>开始时间</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="138" />
      <source>ended_at</source>
      <comment>label.ended_at</comment>
      <translation>结束时间</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="139" />
      <source>served_at</source>
      <comment>label.served_at</comment>
      <translation>送达时间</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="140" />
      <source>place</source>
      <comment>label.place</comment>
      <translation>地点</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="141" />
      <source>order_text</source>
      <comment>label.order_text</comment>
      <translation>责令内容</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="142" />
      <source>note</source>
      <comment>label.note</comment>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="143" />
      <source>caption</source>
      <comment>label.caption</comment>
      <translation>照片说明</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="144" />
      <source>category</source>
      <comment>label.category</comment>
      <translation>问题类别</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="145" />
      <source>severity</source>
      <comment>label.severity</comment>
      <translation>严重程度</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="146" />
      <source>recipient</source>
      <comment>label.recipient</comment>
      <translation>受送达人</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="149" />
      <source>{axis} must be given as decimal text, not a float</source>
      <comment>coordinate.float</comment>
      <translation>{axis}必须以十进制文本给出，不能是浮点数</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="152" />
      <source>{axis} {value} is not decimal degrees (write e.g. 30.5728 or -3.7247)</source>
      <comment>coordinate.not_decimal</comment>
      <translation>{axis} {value} 不是十进制度数（请写作如 30.5728 或 -3.7247）</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="157" />
      <source>{axis} {value} is not a number of degrees</source>
      <comment>coordinate.not_a_number</comment>
      <translation>{axis} {value} 不是有效的度数</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="160" />
      <source>{axis} {value} is outside −{limit}…{limit} degrees</source>
      <comment>coordinate.out_of_range</comment>
      <translation>{axis} {value} 超出 −{limit}…{limit} 度的范围</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="163" />
      <source>give both latitude and longitude (WGS84), or neither</source>
      <comment>coordinate.half_position</comment>
      <translation>请同时填写纬度和经度（WGS84 坐标），或者都不填</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="170" />
      <source>{field} must be a date YYYY-MM-DD (got {value})</source>
      <comment>time.not_a_date</comment>
      <translation>{field}必须是 YYYY-MM-DD 格式的日期（填写的是 {value}）</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="173" />
      <source>{field} must be a time like 2026-05-01T10:30:00+08:00 (got {value})</source>
      <comment>time.not_a_time</comment>
      <translation>{field}必须是形如 2026-05-01T10:30:00+08:00 的时间（填写的是 {value}）</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="178" />
      <source>{field} {value} is not a plausible date (1990–2100)</source>
      <comment>time.implausible_year</comment>
      <translation>{field} {value} 不是合理的日期（应在 1990–2100 年之间）</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="183" />
      <source>{field} is required</source>
      <comment>field.required</comment>
      <translation>{field}为必填项</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="184" />
      <source>{field} must be text</source>
      <comment>field.not_text</comment>
      <translation>{field}必须是文本</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="185" />
      <source>{field} contains control or text-direction characters</source>
      <comment>field.unsafe_characters</comment>
      <translation>{field}含有控制字符或文字方向字符：请重新输入</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="190" />
      <source>{field} must not be empty</source>
      <comment>field.empty</comment>
      <translation>{field}不能为空</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="191" />
      <source>{field} is longer than {max_len} characters</source>
      <comment>field.too_long</comment>
      <translation>{field}超过 {max_len} 个字符</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="194" />
      <source>{field} must be one of: {allowed} (got {value})</source>
      <comment>field.not_one_of</comment>
      <translation>{field}必须是以下之一：{allowed}（填写的是 {value}）</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="197" />
      <source>{field} must be the id of a record of the kind {entity} (got {value})</source>
      <comment>field.not_a_reference</comment>
      <translation>{field}必须是一条 {entity} 记录的编号（填写的是 {value}）</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="202" />
      <source>{field} must be a 6-digit GB/T 2260 region code such as 510900 (got {value})</source>
      <comment>field.not_a_region</comment>
      <translation>{field}必须是六位 GB/T 2260 行政区划代码，如 510900（填写的是 {value}）</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="207" />
      <source>{field} must be a whole number</source>
      <comment>field.not_whole_number</comment>
      <translation>{field}必须是整数</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="210" />
      <source>{field} must be true or false</source>
      <comment>field.not_boolean</comment>
      <translation>{field}只能为“是”或“否”</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="211" />
      <source>{field} must be a SHA-256: 64 lower-case hex characters</source>
      <comment>field.not_a_hash</comment>
      <translation>{field}必须是 SHA-256 摘要：64 位小写十六进制字符</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="216" />
      <source>{field} must be a replica id: 32 hex characters</source>
      <comment>field.not_replica_id</comment>
      <translation>{field}必须是副本编号：32 位十六进制字符</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="219" />
      <source>{field} must be between 1 and 1000000</source>
      <comment>field.out_of_range</comment>
      <translation>{field}必须在 1 到 1000000 之间</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="222" />
      <source>{field} must be one X.509 certificate in PEM form</source>
      <comment>field.not_certificate</comment>
      <translation>{field}必须是一份 PEM 格式的 X.509 证书</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="227" />
      <source>{field} must be a PNG image (base64)</source>
      <comment>field.not_png</comment>
      <translation>{field}必须是 PNG 图片（base64 编码）</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="228" />
      <source>{field} is too large: use a PNG under 150 KB</source>
      <comment>field.png_too_large</comment>
      <translation>{field}过大：请使用小于 150 KB 的 PNG 图片</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="231" />
      <source>{field} must be an Ed25519 public key: 64 hex characters</source>
      <comment>field.not_public_key</comment>
      <translation>{field}必须是 Ed25519 公钥：64 位十六进制字符</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="236" />
      <source>{value} is not a valid {entity} id</source>
      <comment>field.bad_id</comment>
      <translation>{value} 不是有效的 {entity} 记录编号</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="237" />
      <source>{entity} has no field {fields}</source>
      <comment>field.unknown</comment>
      <translation>{entity} 记录没有字段 {fields}</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="238" />
      <source>{entity} {field} is required</source>
      <comment>field.required_on_create</comment>
      <translation>{entity} 记录的{field}为必填项</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="241" />
      <source>{entity} {field} must not be cleared</source>
      <comment>field.not_clearable</comment>
      <translation>{entity} 记录的{field}不能清空</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="244" />
      <source>unknown entity {entity}</source>
      <comment>field.unknown_entity</comment>
      <translation>未知的记录类型 {entity}</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="247" />
      <source>a credit code must be text.</source>
      <comment>credit_code.not_text</comment>
      <translation>统一社会信用代码必须是文本。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="250" />
      <source>the credit code is empty; it has 18 characters.</source>
      <comment>credit_code.empty</comment>
      <translation>统一社会信用代码不能为空，应为18位。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="253" />
      <source>a credit code has 18 characters, this one has {length}: {code}.</source>
      <comment>credit_code.wrong_length</comment>
      <translation>统一社会信用代码应为18位，实际为{length}位：{code}。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="258" />
      <source>the first part of a credit code must be 17 characters, got {length}.</source>
      <comment>credit_code.prefix_length</comment>
      <translation>统一社会信用代码前17位应为17个字符，实际为{length}个。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="263" />
      <source>character '{char}' at position {position} is not allowed; valid characters are {alphabet}.</source>
      <comment>credit_code.bad_character</comment>
      <translation>统一社会信用代码第{position}位含非法字符“{char}”（允许的字符为 {alphabet}）。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="269" />
      <source>character '{char}' at position {position} is not allowed: credit codes do not use the letters I, O, Z, S and V.</source>
      <comment>credit_code.unused_letter</comment>
      <translation>统一社会信用代码第{position}位含非法字符“{char}”（代码中不使用字母 I、O、Z、S、V）。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="275" />
      <source>{code}: check character should be {expected}, not {actual}; please re-check the code.</source>
      <comment>credit_code.check_character</comment>
      <translation>统一社会信用代码校验位错误：{code} 的第18位应为 {expected}，实际为 {actual}，请核对。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="282" />
      <source>a region code must be text.</source>
      <comment>region.not_text</comment>
      <translation>行政区划代码必须是文本。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="283" />
      <source>region code {code} is not six digits per GB/T 2260 (e.g. 510903).</source>
      <comment>region.malformed</comment>
      <translation>行政区划代码“{code}”格式不正确，应为6位数字（GB/T 2260），例如 510903。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="288" />
      <source>region code {code} is not in the reference list {file}.</source>
      <comment>region.unknown</comment>
      <translation>行政区划代码 {code} 不在参考数据 {file} 中。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="295" />
      <source>width</source>
      <comment>label.width</comment>
      <translation>宽度</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="296" />
      <source>height</source>
      <comment>label.height</comment>
      <translation>高度</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="297" />
      <source>points</source>
      <comment>label.points</comment>
      <translation>坐标点</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="298" />
      <source>the signature is empty</source>
      <comment>signature.empty</comment>
      <translation>签名为空</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="299" />
      <source>signature {part} must be whole numbers</source>
      <comment>signature.not_whole_numbers</comment>
      <translation>签名的{part}必须是整数</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="302" />
      <source>signature must be text (JSON strokes)</source>
      <comment>signature.not_text</comment>
      <translation>签名必须是文本（JSON 笔画数据）</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="305" />
      <source>signature is too large: draw it again more simply</source>
      <comment>signature.too_large</comment>
      <translation>签名数据过大：请简化后重新签写</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="308" />
      <source>signature is not valid stroke data</source>
      <comment>signature.not_stroke_data</comment>
      <translation>签名不是有效的笔画数据</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="311" />
      <source>signature must have exactly w, h and strokes</source>
      <comment>signature.wrong_keys</comment>
      <translation>签名数据必须恰好包含宽、高和笔画三项</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="314" />
      <source>signature grid size is out of range</source>
      <comment>signature.grid_out_of_range</comment>
      <translation>签名画布尺寸超出范围</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="317" />
      <source>signature must have at most {limit} strokes</source>
      <comment>signature.too_many_strokes</comment>
      <translation>签名最多只能有 {limit} 笔</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="320" />
      <source>each signature stroke must be a list of x, y pairs</source>
      <comment>signature.bad_stroke</comment>
      <translation>签名的每一笔都必须是由横、纵坐标对组成的列表</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="323" />
      <source>signature point lies outside its grid</source>
      <comment>signature.point_outside</comment>
      <translation>签名的坐标点超出了画布</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="326" />
      <source>signature has more than {limit} points</source>
      <comment>signature.too_many_points</comment>
      <translation>签名的坐标点超过 {limit} 个</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="329" />
      <source>the signature is empty: sign with at least one stroke</source>
      <comment>signature.no_stroke</comment>
      <translation>签名为空：请至少签写一笔</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="334" />
      <source>{field}: {problem}</source>
      <comment>signature.field</comment>
      <translation>{field}：{problem}</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="335" />
      <source>{path}: {problem}</source>
      <comment>signature.file</comment>
      <translation>{path}：{problem}</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="338" />
      <source>unknown finding category {code}; valid codes: {valid}.</source>
      <comment>category.unknown</comment>
      <translation>未知的问题类别 {code}；有效的类别代码：{valid}。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="341" />
      <source>unknown basin {name}; valid: {valid}.</source>
      <comment>basin.unknown</comment>
      <translation>未知的流域 {name}；可选：{valid}。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="342" />
      <source>reference data file {path} cannot be read ({reason}); reinstall the app.</source>
      <comment>reference.unreadable</comment>
      <translation>参考数据文件 {path} 无法读取（{reason}）：请重新安装本软件。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="347" />
      <source>reference data file {path} is malformed: line {line}: {problem}.</source>
      <comment>reference.not_json</comment>
      <translation>参考数据文件 {path} 格式错误：第 {line} 行：{problem}。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="352" />
      <source>reference data file {path} is malformed: it must hold a JSON object.</source>
      <comment>reference.not_object</comment>
      <translation>参考数据文件 {path} 格式错误：内容必须是一个 JSON 对象。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="357" />
      <source>{file}: an entry lacks the required field {field}.</source>
      <comment>reference.missing_field</comment>
      <translation>{file}：有一项缺少必需的字段 {field}。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="362" />
      <source>{file}: code {code} appears twice.</source>
      <comment>reference.duplicate_code</comment>
      <translation>{file}：代码 {code} 出现了两次。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="365" />
      <source>{file}: {key} must be an object of code → name.</source>
      <comment>reference.not_a_map</comment>
      <translation>{file}：{key} 必须是“代码 → 名称”形式的对象。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/domain/messages/common.py" line="368" />
      <source>{file}: basin {code} names region codes missing from {regions_file}: {codes}.</source>
      <comment>reference.basin_unknown_regions</comment>
      <translation>{file}：流域 {code} 引用了 {regions_file} 中没有的行政区划代码：{codes}。</translation>
    </message>
  </context>
  <context>
    <name>MySignatureDialog</name>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="533" />
      <source>Your standing signature (printed in the stamp of the documents you sign)</source>
      <translation>您的预留签名（印在您所签文书的签章中）</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="549" />
      <source>My signature</source>
      <translation>我的签名</translation>
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
      <source>Also include this party's other finding</source>
      <translation>同时纳入该当事人的另一个问题</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/notice_dialog.py" line="129" />
      <source>Also include this party's {0} other findings</source>
      <translation>同时纳入该当事人的其他 {0} 个问题</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/notice_dialog.py" line="147" />
      <source>{0} finding(s)</source>
      <translation>{0} 个问题</translation>
    </message>
  </context>
  <context>
    <name>NoticeTableModel</name>
    <message>
      <location filename="../../inspect_app/ui/models/notices.py" line="283" />
      <source>Number</source>
      <translation>文号</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/notices.py" line="284" />
      <source>Party</source>
      <translation>当事人</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/notices.py" line="285" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/notices.py" line="286" />
      <source>Deadline</source>
      <translation>整改期限</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/notices.py" line="287" />
      <source>Days left</source>
      <translation>剩余期限</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/notices.py" line="340" />
      <source>Number reserved at an earlier attempt: {0}</source>
      <translation>先前签发未成功时已取号：{0}</translation>
    </message>
  </context>
  <context>
    <name>NoticesView</name>
    <message>
      <location filename="../../inspect_app/ui/widgets/notices_view.py" line="330" />
      <source>Only a team lead can do this.</source>
      <translation>只有组长可以执行此操作。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/notices_view.py" line="473" />
      <location filename="../../inspect_app/ui/widgets/notices_view.py" line="500" />
      <source>Discard draft</source>
      <translation>丢弃草稿</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/notices_view.py" line="475" />
      <source>Discard this correction of {0}?</source>
      <translation>要丢弃 {0} 的更正草稿吗？</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/notices_view.py" line="478" />
      <source>This undoes the supersede: {0} is in force again as {1}, with its deadline and its signed decision. Only a team lead can do this.</source>
      <translation>这将撤销取代：{0} 恢复为“{1}”并重新生效，整改期限和已签名的决定书不变。只有组长可以执行此操作。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/notices_view.py" line="484" />
      <source>Discard the draft notice to {0}?</source>
      <translation>要丢弃发给{0}的决定书草稿吗？</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/notices_view.py" line="487" />
      <source>The draft leaves the follow-up list and stays in the history; its findings stay as they are.</source>
      <translation>草稿将从跟踪列表中移除，但仍保留在历史记录中；相关问题保持不变。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/notices_view.py" line="494" />
      <source>Its number {0} stays used: document numbers are never reused, so the next notice takes the following number.</source>
      <translation>其文号 {0} 仍算已使用：文号不会重复使用，下一份决定书将使用后面的文号。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/notices_view.py" line="533" />
      <source>Only a team lead can discard a correction: it puts {0} back in force.</source>
      <translation>只有组长可以丢弃更正草稿：这会使 {0} 重新生效。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/notices_view.py" line="564" />
      <source>Draft discarded</source>
      <translation>草稿已丢弃</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/notices_view.py" line="566" />
      <source>The correction was discarded: {0} is in force again ({1}).</source>
      <translation>更正草稿已丢弃：{0} 重新生效（{1}）。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/notices_view.py" line="582" />
      <source>Supersede notice</source>
      <translation>以新决定书取代</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/notices_view.py" line="585" />
      <source>Correct {0} with a new notice? A new draft with the same findings, order and deadline is made for you to edit and issue; {0} stays on record as superseded and its number is never reused.</source>
      <translation>要以新决定书更正 {0} 吗？系统将生成一份问题、责令内容和整改期限相同的新草稿，供您修改后签发；{0} 以“已被取代”状态留存在案，其文号不再使用。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/notices_view.py" line="590" />
      <source>Supersede</source>
      <translation>取代</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/notices_view.py" line="623" />
      <source>Save the signed PDF as</source>
      <translation>已签名 PDF 另存为</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/notices_view.py" line="623" />
      <source>PDF (*.pdf)</source>
      <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/notices_view.py" line="651" />
      <source>Signed PDF saved</source>
      <translation>已保存已签名 PDF</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/notices_view.py" line="652" />
      <source>The signed PDF was saved unchanged to {0}.</source>
      <translation>已签名的 PDF 已原样保存到 {0}。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/notices_view.py" line="665" />
      <source>Select a notice to see its file.</source>
      <translation>选中一份文书以查看其案卷。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/notices_view.py" line="679" />
      <location filename="../../inspect_app/ui/widgets/notices_view.py" line="789" />
      <source>Draft notice</source>
      <translation>决定书草稿</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/notices_view.py" line="684" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/notices_view.py" line="685" />
      <source>Party</source>
      <translation>当事人</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/notices_view.py" line="686" />
      <source>Deadline</source>
      <translation>整改期限</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/notices_view.py" line="687" />
      <source>Order</source>
      <translation>责令内容</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/notices_view.py" line="688" />
      <source>Issued</source>
      <translation>签发时间</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/notices_view.py" line="689" />
      <source>Served</source>
      <translation>送达时间</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/notices_view.py" line="690" />
      <source>Closed</source>
      <translation>销号时间</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/notices_view.py" line="696" />
      <source>Supersedes</source>
      <translation>取代</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/notices_view.py" line="698" />
      <source>Superseded by</source>
      <translation>被取代为</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/notices_view.py" line="700" />
      <source>Supersede chain</source>
      <translation>取代关系</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/notices_view.py" line="702" />
      <source>Findings</source>
      <translation>问题</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/notices_view.py" line="715" />
      <source>none</source>
      <translation>无</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/notices_view.py" line="716" />
      <source>Signed documents</source>
      <translation>已签名文书</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/notices_view.py" line="725" />
      <location filename="../../inspect_app/ui/widgets/notices_view.py" line="761" />
      <source>none yet</source>
      <translation>暂无</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/notices_view.py" line="727" />
      <source>Service</source>
      <translation>送达</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/notices_view.py" line="737" />
      <source>refused to sign, witness {0}</source>
      <translation>拒绝签名，见证人 {0}</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/notices_view.py" line="739" />
      <source>signed by the recipient</source>
      <translation>受送达人已签名</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/notices_view.py" line="742" />
      <source>receipt signed</source>
      <translation>送达回证已签署</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/notices_view.py" line="742" />
      <source>receipt not signed</source>
      <translation>送达回证未签署</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/notices_view.py" line="750" />
      <source>not served yet</source>
      <translation>尚未送达</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/notices_view.py" line="751" />
      <source>Re-inspections</source>
      <translation>复查</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/notices_view.py" line="754" />
      <source>closed</source>
      <translation>已结束</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/notices_view.py" line="754" />
      <source>open</source>
      <translation>未结束</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/notices_view.py" line="769" />
      <source>{0} {1} · SHA-256 {2} · signed by {3} at {4}</source>
      <translation>{0} {1} · SHA-256 {2} · {3}签署于 {4}</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/notices_view.py" line="776" />
      <source>verify</source>
      <translation>验证</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/notices_view.py" line="776" />
      <source>export</source>
      <translation>导出</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/notices_view.py" line="844" />
      <source>{0} notices</source>
      <translation>共 {0} 份</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/notices_view.py" line="849" />
      <source>Notices to follow up</source>
      <translation>文书跟踪</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/notices_view.py" line="850" />
      <source>Show closed and superseded</source>
      <translation>显示已销号和已被取代的</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/notices_view.py" line="851" />
      <source>Notice actions</source>
      <translation>文书操作</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/notices_view.py" line="852" />
      <source>&amp;Issue…</source>
      <translation>签发(&amp;I)…</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/notices_view.py" line="853" />
      <source>&amp;Edit draft…</source>
      <translation>修改草稿(&amp;E)…</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/notices_view.py" line="854" />
      <source>&amp;Discard draft…</source>
      <translation>丢弃草稿(&amp;D)…</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/notices_view.py" line="855" />
      <source>Record &amp;service…</source>
      <translation>登记送达(&amp;S)…</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/notices_view.py" line="856" />
      <source>&amp;Re-inspection…</source>
      <translation>复查(&amp;R)…</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/notices_view.py" line="857" />
      <source>S&amp;upersede…</source>
      <translation>取代(&amp;U)…</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/notices_view.py" line="858" />
      <source>E&amp;xport signed PDF…</source>
      <translation>导出已签名 PDF(&amp;X)…</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/notices_view.py" line="859" />
      <source>&amp;Verify PDF…</source>
      <translation>验证 PDF(&amp;V)…</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/notices_view.py" line="860" />
      <source>New inspection &amp;record…</source>
      <translation>新建现场检查笔录(&amp;K)…</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/notices_view.py" line="861" />
      <source>Import &amp;certificate…</source>
      <translation>导入证书(&amp;C)…</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/notices_view.py" line="862" />
      <source>My si&amp;gnature…</source>
      <translation>我的签名(&amp;G)…</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/notices_view.py" line="863" />
      <source>&amp;Agencies…</source>
      <translation>机构设置(&amp;A)…</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/notices_view.py" line="864" />
      <source>&amp;Team certificates…</source>
      <translation>证书管理(&amp;T)…</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/notices_view.py" line="865" />
      <source>Document &amp;numbers…</source>
      <translation>文号管理(&amp;N)…</translation>
    </message>
  </context>
  <context>
    <name>NumbersDialog</name>
    <message>
      <location filename="../../inspect_app/ui/widgets/numbers_dialog.py" line="256" />
      <source>Reading the number blocks…</source>
      <translation>正在读取文号段…</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/numbers_dialog.py" line="328" />
      <source>Numbers {0}–{1} of {2} for {3} are reserved for {4}. They reach that laptop with the next sync.</source>
      <translation>已为{4}预留{3} {2} 年第 {0}–{1} 号。下次同步时这段文号会传到那台笔记本。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/numbers_dialog.py" line="347" />
      <source>{0} (replica {1})</source>
      <translation>{0}（副本 {1}）</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/numbers_dialog.py" line="354" />
      <source>Only a team lead can do this.</source>
      <translation>只有组长可以执行此操作。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/numbers_dialog.py" line="356" />
      <source>Set up an agency first (Documents ▸ Agencies…).</source>
      <translation>请先设置执法机构（文书 ▸ 机构设置…）。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/numbers_dialog.py" line="359" />
      <location filename="../../inspect_app/ui/widgets/numbers_dialog.py" line="405" />
      <source>This laptop does not know yet which laptop numbers {0}: sync first.</source>
      <translation>本机还不知道哪台笔记本负责{0}的编号：请先同步。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/numbers_dialog.py" line="363" />
      <source>Numbers of {0} are reserved only on its numbering laptop, {1}: reserve them there, then sync.</source>
      <translation>{0}的文号只能在其编号笔记本 {1} 上预留：请在那里预留，然后同步。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/numbers_dialog.py" line="368" />
      <source>No other laptop is enrolled here yet: enrol it first (Sync ▸ Enrol a replica…). This laptop takes its own numbers by itself when it issues.</source>
      <translation>本机还没有登记其他笔记本：请先登记（同步 ▸ 登记笔记本…）。本机签发时会自动为自己预留文号。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/numbers_dialog.py" line="377" />
      <source>Reading…</source>
      <translation>正在读取…</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/numbers_dialog.py" line="382" />
      <source>The team has no agency yet: set one up (Documents ▸ Agencies…).</source>
      <translation>团队还没有执法机构：请先设置（文书 ▸ 机构设置…）。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/numbers_dialog.py" line="390" />
      <source>Number blocks of {0}</source>
      <translation>{0} 年的文号段</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/numbers_dialog.py" line="399" />
      <source>This laptop is the numbering laptop of {0}: it makes the number blocks for every laptop of the team, and takes its own when it issues.</source>
      <translation>本机是{0}的编号笔记本：由本机为全队每台笔记本分配文号段，本机签发时自动为自己预留。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/numbers_dialog.py" line="409" />
      <source>The numbering laptop of {0} is {1}. This laptop issues only from blocks reserved for it there and brought here by sync.</source>
      <translation>{0}的编号笔记本是 {1}。本机只能使用在那里为本机预留、并经同步传到本机的文号段签发。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/numbers_dialog.py" line="423" />
      <source>Document numbers</source>
      <translation>文号管理</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/numbers_dialog.py" line="426" />
      <source>Only each agency's numbering laptop hands out document numbers, in blocks for one laptop and one year. A laptop issues only from the blocks it holds, and blocks reach the other laptops by sync, so two laptops never give out the same number.</source>
      <translation>每个执法机构的文号只由它的编号笔记本分配，按“一台笔记本、一个年度”分段发放。每台笔记本只用自己持有的文号段签发，文号段经同步传到其他笔记本，因此两台笔记本不会用到同一个文号。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/numbers_dialog.py" line="432" />
      <source>&amp;Agency</source>
      <translation>执法机构(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/numbers_dialog.py" line="433" />
      <source>&amp;Year</source>
      <translation>年度(&amp;Y)</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/numbers_dialog.py" line="434" />
      <source>No number blocks for this agency and year yet.</source>
      <translation>该机构本年度还没有文号段。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/numbers_dialog.py" line="437" />
      <source>Numbers used on another laptop are counted here once its notices arrive by sync. Numbers are never reused.</source>
      <translation>其他笔记本用掉的文号，要等它的决定书同步到本机后才计入。文号不会重复使用。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/numbers_dialog.py" line="441" />
      <source>&amp;Reserve numbers for a laptop…</source>
      <translation>为笔记本预留文号(&amp;R)…</translation>
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
    <name>PathField</name>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="266" />
      <source>Browse…</source>
      <translation>浏览…</translation>
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
      <location filename="../../inspect_app/ui/widgets/photo_strip.py" line="235" />
      <source>Choose who you are first in the “Current officer” box of the toolbar.</source>
      <translation>请先在工具栏的“当前执法人员”框中选择您是谁。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/photo_strip.py" line="274" />
      <source>Evidence photos (drop files or folders here)</source>
      <translation>证据照片（可将文件或文件夹拖到此处）</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/photo_strip.py" line="275" />
      <source>Import photos…</source>
      <translation>导入照片…</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/photo_strip.py" line="276" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/photo_strip.py" line="277" />
      <source>Double-click a photo to view it full size</source>
      <translation>双击照片查看原图</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/photo_strip.py" line="289" />
      <source>Import evidence photos</source>
      <translation>导入证据照片</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/photo_strip.py" line="291" />
      <source>Images (*.jpg *.jpeg *.png *.heic *.heif *.tif *.tiff *.webp);;All files (*)</source>
      <translation>图片 (*.jpg *.jpeg *.png *.heic *.heif *.tif *.tiff *.webp);;所有文件 (*)</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/photo_strip.py" line="61" />
      <source>Not imported: {0}</source>
      <translation>未导入：{0}</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/photo_strip.py" line="325" />
      <source>{0} already in this finding (not added again): {1}</source>
      <translation>{0} 张照片已在此问题中（未重复添加）：{1}</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/photo_strip.py" line="333" />
      <source>Import cancelled: {0} photo(s) were imported.</source>
      <translation>导入已取消：已导入 {0} 张照片。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/photo_strip.py" line="352" />
      <source>This photo's file has not arrived on this laptop yet; it is expected from the next sync.</source>
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
      <source>Missing evidence: this photo's file has not arrived on this laptop yet. It is expected from the next sync with the laptop that took it.</source>
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
    <name>PkiDialog</name>
    <message>
      <location filename="../../inspect_app/ui/widgets/pki_dialog.py" line="225" />
      <source>Reading the certificates…</source>
      <translation>正在读取证书…</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/pki_dialog.py" line="256" />
      <source>Only a team lead can create the team CA.</source>
      <translation>只有组长可以创建团队 CA。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/pki_dialog.py" line="268" />
      <source>Select the officer to issue a certificate to.</source>
      <translation>请选择要签发证书的执法人员。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/pki_dialog.py" line="271" />
      <source>Only a team lead issues certificates.</source>
      <translation>只有组长可以签发证书。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/pki_dialog.py" line="299" />
      <source>This laptop does not hold the team CA key: certificates are issued on the laptop where the team CA was created.</source>
      <translation>本机没有团队 CA 私钥：证书须在创建团队 CA 的那台笔记本上签发。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/pki_dialog.py" line="306" />
      <source>Reading…</source>
      <translation>正在读取…</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/pki_dialog.py" line="312" />
      <source>The team has no certificate authority (CA) yet.</source>
      <translation>本队还没有证书颁发机构（CA）。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/pki_dialog.py" line="316" />
      <source>Create it once, on the team lead's laptop that will issue the officers' certificates; documents are trusted when their signer's certificate comes from it.</source>
      <translation>请在负责签发执法人员证书的组长笔记本上创建一次；签名人的证书由它签发的文书才受信任。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/pki_dialog.py" line="329" />
      <source>SHA-256 fingerprint {0} · valid until {1}</source>
      <translation>SHA-256 指纹 {0} · 有效期至 {1}</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/pki_dialog.py" line="340" />
      <source>This laptop holds the CA key (encrypted): issue the officers' certificates here.</source>
      <translation>本机持有 CA 私钥（已加密）：执法人员的证书在本机签发。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/pki_dialog.py" line="361" />
      <source>Only a team lead can do this.</source>
      <translation>只有组长可以执行此操作。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/pki_dialog.py" line="363" />
      <source>This laptop already holds the team CA key; the team needs only one.</source>
      <translation>本机已持有团队 CA 私钥；全队只需要一个。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/pki_dialog.py" line="371" />
      <source>Team certificates</source>
      <translation>证书管理</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/pki_dialog.py" line="372" />
      <source>Team certificate authority (CA)</source>
      <translation>团队证书颁发机构（CA）</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/pki_dialog.py" line="373" />
      <source>Officers' signing certificates</source>
      <translation>执法人员签名证书</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/pki_dialog.py" line="374" />
      <source>&amp;Create team CA…</source>
      <translation>创建团队 CA(&amp;C)…</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/pki_dialog.py" line="375" />
      <source>&amp;Issue certificate…</source>
      <translation>签发证书(&amp;I)…</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/pki_dialog.py" line="376" />
      <source>I&amp;mport certificate…</source>
      <translation>导入证书(&amp;M)…</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/pki_dialog.py" line="379" />
      <source>Issue a certificate to the selected officer and give them the .p12 file: they import it on their own laptop (Documents ▸ Import certificate…).</source>
      <translation>为选中的执法人员签发证书，并把 .p12 文件交给本人：由其在自己的笔记本上导入（文书 ▸ 导入证书…）。</translation>
    </message>
  </context>
  <context>
    <name>QFileDialog</name>
    <message>
      <location filename="../../inspect_app/ui/i18n.py" line="43" />
      <source>&amp;Look in:</source>
      <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/i18n.py" line="44" />
      <source>Files of &amp;type:</source>
      <translation>文件类型(&amp;T)：</translation>
    </message>
  </context>
  <context>
    <name>QFileSystemModel</name>
    <message>
      <location filename="../../inspect_app/ui/i18n.py" line="45" />
      <source>Size</source>
      <translation>大小</translation>
    </message>
  </context>
  <context>
    <name>ReserveNumbersDialog</name>
    <message>
      <location filename="../../inspect_app/ui/widgets/numbers_dialog.py" line="540" />
      <source>Reserving the numbers…</source>
      <translation>正在预留文号…</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/numbers_dialog.py" line="553" />
      <source>Reserve document numbers</source>
      <translation>预留文号</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/numbers_dialog.py" line="555" />
      <source>Numbers of &lt;b&gt;{0}&lt;/b&gt; ({1}) for {2}</source>
      <translation>&lt;b&gt;{0}&lt;/b&gt;（{1}）{2} 年的文号</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/numbers_dialog.py" line="559" />
      <source>&amp;Laptop</source>
      <translation>笔记本(&amp;L)</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/numbers_dialog.py" line="559" />
      <source>&amp;How many</source>
      <translation>数量(&amp;H)</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/numbers_dialog.py" line="562" />
      <source> numbers</source>
      <translation> 个</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/numbers_dialog.py" line="565" />
      <source>The next free numbers of the year are given to that laptop as one block. It can issue with them after the next sync; numbers it does not use are never given to another laptop.</source>
      <translation>本年度接下来的空闲文号将作为一段分给那台笔记本。下次同步后它即可用这些文号签发；它没用完的文号也不会再分给别的笔记本。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/numbers_dialog.py" line="570" />
      <source>Reserve</source>
      <translation>预留</translation>
    </message>
  </context>
  <context>
    <name>ServiceDialog</name>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="1341" />
      <source>Name the recipient (受送达人).</source>
      <translation>请填写受送达人。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="1343" />
      <source>Tick the officer(s) who served the notice.</source>
      <translation>请勾选送达人。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="1346" />
      <source>A refusal to sign needs a witness (见证人).</source>
      <translation>拒绝签名须有见证人。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="1349" />
      <source>When the recipient refuses to sign, the notice is left at the premises (留置送达): choose that method.</source>
      <translation>受送达人拒绝签收时应留置送达：请选择“留置送达”。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="1353" />
      <source>The recipient signs on the pad, or tick “Refused to sign”.</source>
      <translation>请受送达人在签名板上签名，或勾选“拒绝签名”。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="1356" />
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="1405" />
      <source>Type the passphrase of your signing certificate.</source>
      <translation>请输入您签名证书的口令。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="1358" />
      <source>Only an officer who served the notice can sign the receipt.</source>
      <translation>只有送达人可以签署送达回证。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="1398" />
      <source>Recording the service…</source>
      <translation>正在登记送达…</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="1411" />
      <source>Signing the receipt…</source>
      <translation>正在签署送达回证…</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="1425" />
      <source>The service is recorded, but the receipt was not signed: {0}</source>
      <translation>送达已登记，但送达回证未签署：{0}</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="1433" />
      <source>Service recorded; receipt signed (SHA-256 {0}).</source>
      <translation>送达已登记；送达回证已签署（SHA-256 {0}）。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="1437" />
      <source>Service recorded.</source>
      <translation>送达已登记。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="1470" />
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="1496" />
      <source>Record service</source>
      <translation>登记送达</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="1472" />
      <source>Serve &lt;b&gt;{0}&lt;/b&gt; on {1}</source>
      <translation>向{1}送达 &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="1473" />
      <source>the notice</source>
      <translation>决定书</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="1479" />
      <source>Method</source>
      <translation>送达方式</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="1480" />
      <source>Served at</source>
      <translation>送达时间</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="1481" />
      <source>Recipient</source>
      <translation>受送达人</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="1482" />
      <source>Address</source>
      <translation>送达地点</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="1483" />
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="1484" />
      <source>Served by</source>
      <translation>送达人</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="1488" />
      <source>Recipient's signature</source>
      <translation>受送达人签名</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="1489" />
      <source>Undo stroke</source>
      <translation>撤销一笔</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="1490" />
      <source>Clear</source>
      <translation>清除</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="1491" />
      <source>Refused to sign</source>
      <translation>拒绝签名</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="1492" />
      <source>Witness</source>
      <translation>见证人</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="1493" />
      <source>Required when the recipient refuses</source>
      <translation>受送达人拒签时必填</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="1494" />
      <source>Sign the receipt now</source>
      <translation>立即签署送达回证</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="1495" />
      <source>Passphrase of your signing certificate</source>
      <translation>签名证书口令</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="1497" />
      <source>Sign receipt</source>
      <translation>签署送达回证</translation>
    </message>
  </context>
  <context>
    <name>SetAsideDialog</name>
    <message>
      <location filename="../../inspect_app/ui/widgets/set_aside_dialog.py" line="189" />
      <source>Checking again…</source>
      <translation>正在重新检查…</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/set_aside_dialog.py" line="199" />
      <source>Changes set aside</source>
      <translation>未应用的变更</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/set_aside_dialog.py" line="202" />
      <source>These changes reached this laptop and are kept, but were not applied: some need a newer version of the app, some break a rule, some wait for other records to arrive. They are not lost, and those kept in the change log go on to the office with every sync. Select one to see why and what happens next.</source>
      <translation>这些变更已到达本机并已保存，但未应用：有的需要更新版本的程序，有的违反规则，有的在等待其他记录到达。它们不会丢失，保存在变更日志中的会随每次同步继续发送到办公室。选中一项可查看原因和后续处理。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/set_aside_dialog.py" line="208" />
      <source>Nothing set aside</source>
      <translation>没有未应用的变更</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/set_aside_dialog.py" line="211" />
      <source>Every change that reached this laptop has been applied. When a sync brings a change this laptop cannot apply yet — one that needs a newer version of the app, breaks a rule or waits for another record — it is kept and listed here, with the reason and what happens next.</source>
      <translation>到达本机的所有变更都已应用。如果同步带来本机暂时无法应用的变更——需要更新版本的程序、违反规则或在等待其他记录——它会被保存并列在这里，同时说明原因和后续处理。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/set_aside_dialog.py" line="217" />
      <source>Check &amp;again</source>
      <translation>重新检查(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/set_aside_dialog.py" line="220" />
      <source>Judge every change set aside again with the rules and records on this laptop now, and apply those that pass.</source>
      <translation>按本机现有的规则和记录重新判断每一项未应用的变更，符合的即予应用。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/set_aside_dialog.py" line="292" />
      <source>Reading…</source>
      <translation>正在读取…</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/set_aside_dialog.py" line="298" />
      <source>1 change set aside.</source>
      <translation>有 1 项变更未应用。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/set_aside_dialog.py" line="299" />
      <source>{0} changes set aside.</source>
      <translation>有 {0} 项变更未应用。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/set_aside_dialog.py" line="301" />
      <source>Checked again: nothing could be applied yet.</source>
      <translation>重新检查完毕：暂时没有可以应用的变更。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/set_aside_dialog.py" line="303" />
      <source>Checked again: 1 change was applied.</source>
      <translation>重新检查完毕：已应用 1 项变更。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/set_aside_dialog.py" line="305" />
      <source>Checked again: {0} changes were applied.</source>
      <translation>重新检查完毕：已应用 {0} 项变更。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/set_aside_dialog.py" line="309" />
      <source>1 is still set aside.</source>
      <translation>仍有 1 项未应用。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/set_aside_dialog.py" line="311" />
      <source>{0} are still set aside.</source>
      <translation>仍有 {0} 项未应用。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/set_aside_dialog.py" line="313" />
      <source>{0} {1}</source>
      <comment>what was applied, then what is left</comment>
      <translation>{0}{1}</translation>
    </message>
  </context>
  <context>
    <name>SetAsideTableModel</name>
    <message>
      <location filename="../../inspect_app/ui/models/set_aside.py" line="45" />
      <source>Update the app on this laptop: the change is applied then.</source>
      <translation>请更新本机的程序，更新后即会应用。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/set_aside.py" line="48" />
      <source>Nothing to do: it is applied by itself once what it waits for arrives with a sync.</source>
      <translation>无需操作：所等待的内容随同步到达后，会自动应用。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/set_aside.py" line="52" />
      <source>It will not be applied. If the change is needed, the officer makes it again in the app.</source>
      <translation>该变更不会被应用。如仍需要，请录入人在程序中重新录入。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/set_aside.py" line="56" />
      <source>Follow the recovery steps on that laptop (reset it, then a team lead enrols it again): its changes then arrive under a new identity.</source>
      <translation>请在该笔记本上按恢复步骤操作（重置后由组长重新登记），之后它的变更会以新身份到达。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/set_aside.py" line="61" />
      <source>It is never applied and not passed on; it stays here as evidence. Nothing to do.</source>
      <translation>该变更永远不会被应用，也不会转发，仅作为证据保留在本机。无需操作。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/set_aside.py" line="67" />
      <source>Written by a newer version of the app</source>
      <translation>由更新版本的程序写入</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/set_aside.py" line="71" />
      <source>A kind of change this version does not know</source>
      <translation>本版本不认识的变更类型</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/set_aside.py" line="75" />
      <source>A kind of record this version does not know</source>
      <translation>本版本不认识的记录类型</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/set_aside.py" line="79" />
      <source>A field this version does not know</source>
      <translation>本版本不认识的字段</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/set_aside.py" line="83" />
      <source>Breaks a rule: a value is not allowed</source>
      <translation>违反规则：取值不允许</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/set_aside.py" line="87" />
      <source>Not allowed in the record's current state</source>
      <translation>记录当前状态不允许此变更</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/set_aside.py" line="91" />
      <source>Waiting for the officer's record</source>
      <translation>等待执法人员记录到达</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/set_aside.py" line="95" />
      <source>Waiting for the record it changes</source>
      <translation>等待所修改的记录到达</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/set_aside.py" line="98" />
      <source>Waiting for an earlier change</source>
      <translation>等待更早的变更到达</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/set_aside.py" line="100" />
      <source>Needs a team lead</source>
      <translation>需要组长权限</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/set_aside.py" line="101" />
      <source>Applied once a record arrives showing its officer was a team lead when it was written; otherwise it stays set aside.</source>
      <translation>待有记录表明写入时该执法人员是组长，即会应用；否则保持未应用。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/set_aside.py" line="116" />
      <source>Written after its laptop was revoked</source>
      <translation>写于该笔记本被吊销之后</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/set_aside.py" line="117" />
      <source>A team lead revoked that laptop before this was written. Applied only if the laptop is enrolled again.</source>
      <translation>组长在此变更写入之前已吊销该笔记本。只有该笔记本重新登记后才会应用。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/set_aside.py" line="108" />
      <source>Document number from the wrong laptop</source>
      <translation>文号来自无权分配的笔记本</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/set_aside.py" line="109" />
      <source>Document numbers are reserved on the laptop that allocates them. Applied if that allocation arrives with a sync.</source>
      <translation>文号只能在负责分配的笔记本上预留。若该分配随同步到达，即会应用。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/set_aside.py" line="116" />
      <source>That laptop's history split (restored or copied)</source>
      <translation>该笔记本的记录出现分叉（从备份恢复或被复制）</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/set_aside.py" line="120" />
      <source>Conflicting copy of a change (restored or copied laptop)</source>
      <translation>同一变更的两个版本不一致（笔记本被恢复或复制）</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/set_aside.py" line="127" />
      <source>From a laptop not enrolled here</source>
      <translation>来自未在本机登记的笔记本</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/set_aside.py" line="128" />
      <source>A team lead enrols that laptop (Sync ▸ Enrol a replica…); its changes are then applied.</source>
      <translation>请组长登记该笔记本（同步 ▸ 登记笔记本…），之后它的变更即会应用。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/set_aside.py" line="135" />
      <source>Signature does not verify (altered or forged)</source>
      <translation>签名验证失败（被篡改或伪造）</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/set_aside.py" line="138" />
      <source>Unreadable (damaged on the way)</source>
      <translation>无法读取（传输中损坏）</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/set_aside.py" line="140" />
      <source>Set aside by an earlier version of the app</source>
      <translation>由旧版本程序搁置</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/set_aside.py" line="141" />
      <source>Press Check again to judge it with this version.</source>
      <translation>请点击“重新检查”，用当前版本重新判断。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/set_aside.py" line="145" />
      <source>Other reason</source>
      <translation>其他原因</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/set_aside.py" line="146" />
      <source>See the recorded reason below.</source>
      <translation>请参看下方记录的原因。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/set_aside.py" line="164" />
      <source>Held</source>
      <translation>已暂存</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/set_aside.py" line="165" />
      <source>Quarantined</source>
      <translation>已隔离</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/set_aside.py" line="171" />
      <source>Held: kept in this laptop's change log and passed on with every sync, but not applied.</source>
      <translation>已暂存：保存在本机的变更日志中，随每次同步转发，但未应用。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/set_aside.py" line="176" />
      <source>Quarantined: kept apart from the change log, not applied.</source>
      <translation>已隔离：与变更日志分开保存，未应用。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/set_aside.py" line="251" />
      <source>this laptop</source>
      <translation>本机</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/set_aside.py" line="264" />
      <source>no officer</source>
      <translation>无执法人员</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/set_aside.py" line="282" />
      <source>Recorded reason: {0}</source>
      <translation>记录的原因（英文）：{0}</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/set_aside.py" line="288" />
      <source>Record: {0} {1}, written by {2}</source>
      <translation>记录：{0} {1}，由{2}写入</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/set_aside.py" line="298" />
      <source>From: {0} (laptop {1}), change no. {2}</source>
      <translation>来自：{0}（笔记本 {1}），第 {2} 项变更</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/set_aside.py" line="301" />
      <source>From: laptop {0}, change no. {1}</source>
      <translation>来自：笔记本 {0}，第 {1} 项变更</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/set_aside.py" line="304" />
      <source>Change id: {0}</source>
      <translation>变更编号：{0}</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/set_aside.py" line="331" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/set_aside.py" line="332" />
      <source>Why</source>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/set_aside.py" line="333" />
      <source>Record</source>
      <translation>记录</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/set_aside.py" line="334" />
      <source>From</source>
      <translation>来自</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/set_aside.py" line="335" />
      <source>Since</source>
      <translation>搁置时间</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/set_aside.py" line="354" />
      <source>{0}: {1}
Recorded reason: {2}
Change id: {3}</source>
      <translation>{0}：{1}
记录的原因（英文）：{2}
变更编号：{3}</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/set_aside.py" line="370" />
      <source>{0} #{1}</source>
      <translation>{0} #{1}</translation>
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
    <name>ShortcutsDialog</name>
    <message>
      <location filename="../../inspect_app/ui/widgets/help_dialogs.py" line="182" />
      <source>Keyboard shortcuts</source>
      <translation>键盘快捷键</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/help_dialogs.py" line="183" />
      <source>These keys work anywhere in the main window.</source>
      <translation>以下快捷键在主窗口中随处可用。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/help_dialogs.py" line="184" />
      <source>Command</source>
      <translation>命令</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/help_dialogs.py" line="184" />
      <source>Keys</source>
      <translation>快捷键</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/help_dialogs.py" line="184" />
      <source>Menu</source>
      <translation>菜单</translation>
    </message>
  </context>
  <context>
    <name>SignatureDialog</name>
    <message>
      <location filename="../../inspect_app/ui/widgets/signature_pad.py" line="545" />
      <source>Signature</source>
      <translation>签名</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/signature_pad.py" line="546" />
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/signature_pad.py" line="547" />
      <source>Witness</source>
      <translation>见证人</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/signature_pad.py" line="548" />
      <source>Required when the signer refuses</source>
      <translation>签名人拒签时必填</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/signature_pad.py" line="549" />
      <source>Clear</source>
      <translation>清除</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/signature_pad.py" line="550" />
      <source>Undo stroke</source>
      <translation>撤销一笔</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/signature_pad.py" line="551" />
      <source>Refused to sign</source>
      <translation>拒绝签名</translation>
    </message>
  </context>
  <context>
    <name>SignaturePad</name>
    <message>
      <location filename="../../inspect_app/ui/widgets/signature_pad.py" line="401" />
      <source>Signature pad</source>
      <translation>签名板</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/signature_pad.py" line="404" />
      <source>Sign with the mouse, a pen or a finger. Ctrl+Z removes the last stroke; Delete clears the pad.</source>
      <translation>可用鼠标、手写笔或手指签名。Ctrl+Z 撤销最后一笔，Delete 清空签名板。</translation>
    </message>
  </context>
  <context>
    <name>SyncMenu</name>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_menu.py" line="216" />
      <source>Writing and checking the bundle…</source>
      <translation>正在写入并校验同步包…</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_menu.py" line="231" />
      <source>Import a sync bundle</source>
      <translation>导入同步包</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_menu.py" line="233" />
      <source>Sync bundles (*.zip);;All files (*)</source>
      <translation>同步包 (*.zip);;所有文件 (*)</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_menu.py" line="240" />
      <source>Checking and importing the bundle…</source>
      <translation>正在校验并导入同步包…</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_menu.py" line="291" />
      <source>S&amp;ync</source>
      <translation>同步(&amp;Y)</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_menu.py" line="292" />
      <source>Sync with office &amp;hub…</source>
      <translation>与办公室同步服务器同步(&amp;H)…</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_menu.py" line="294" />
      <source>Send and fetch records and photos through the office hub over the network.</source>
      <translation>通过网络经办公室同步服务器发送和取回记录与照片。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_menu.py" line="296" />
      <source>&amp;Export bundle…</source>
      <translation>导出同步包(&amp;E)…</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_menu.py" line="297" />
      <source>&amp;Import bundle…</source>
      <translation>导入同步包(&amp;I)…</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_menu.py" line="298" />
      <source>&amp;Conflicts…</source>
      <translation>冲突(&amp;C)…</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_menu.py" line="299" />
      <source>This laptop's &amp;identity</source>
      <translation>本机身份(&amp;I)</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_menu.py" line="300" />
      <source>E&amp;nrol a replica…</source>
      <translation>登记笔记本(&amp;N)…</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_menu.py" line="301" />
      <source>Team leads enrol the other laptops of the team.</source>
      <translation>由组长登记本组的其他笔记本。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_menu.py" line="303" />
      <source>Values two laptops changed at the same time; a team lead resolves them.</source>
      <translation>两台笔记本同时修改的取值；由组长裁决。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_menu.py" line="305" />
      <source>Changes set &amp;aside…</source>
      <translation>未应用的变更(&amp;A)…</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_menu.py" line="308" />
      <source>Changes that reached this laptop but were not applied (a newer app version, a broken rule, a record still to arrive), and why.</source>
      <translation>已到达本机但未应用的变更（需要更新版本的程序、违反规则或记录尚未到达）及其原因。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_menu.py" line="330" />
      <source>Save the sync bundle as</source>
      <translation>同步包另存为</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_menu.py" line="332" />
      <source>Sync bundles (*.zip)</source>
      <translation>同步包 (*.zip)</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_menu.py" line="344" />
      <location filename="../../inspect_app/ui/widgets/sync_menu.py" line="375" />
      <source>Export bundle</source>
      <translation>导出同步包</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_menu.py" line="349" />
      <location filename="../../inspect_app/ui/widgets/sync_menu.py" line="355" />
      <location filename="../../inspect_app/ui/widgets/sync_menu.py" line="375" />
      <source>Import bundle</source>
      <translation>导入同步包</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_menu.py" line="358" />
      <source>Sync with the office hub</source>
      <translation>与办公室同步服务器同步</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_menu.py" line="380" />
      <source>this laptop</source>
      <translation>本机</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_menu.py" line="391" />
      <source>Sync</source>
      <translation>同步</translation>
    </message>
  </context>
  <context>
    <name>SyncSummaryDialog</name>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="600" />
      <source>Copy this laptop's id and key</source>
      <translation>复制本机编号和公钥</translation>
    </message>
  </context>
  <context>
    <name>VerifyDialog</name>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="1031" />
      <source>Verify a PDF</source>
      <translation>验证 PDF</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="1047" />
      <source>Document {0} in the store</source>
      <translation>数据库中的文书 {0}</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="1063" />
      <source>Verifying the signatures…</source>
      <translation>正在验证签名…</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="1076" />
      <source>larger than 64 MB</source>
      <translation>文件大于 64 MB</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="1077" />
      <source>Cannot read the file: {0}</source>
      <translation>无法读取文件：{0}</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="1083" />
      <source>✓ Valid: every signature is intact and made with a certificate of the team's certificate authority; the file was not changed after signing.</source>
      <translation>✓ 有效：所有签名完好，均由本组证书机构签发的证书签署；签名后文件未被修改。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="1087" />
      <source>✗ Not valid: the file carries no readable digital signature.</source>
      <translation>✗ 无效：文件中没有可读的数字签名。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="1089" />
      <source>✗ Not valid: the file was changed after it was signed.</source>
      <translation>✗ 无效：文件在签名后被修改过。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="1091" />
      <source>✗ Not valid: see the problems below.</source>
      <translation>✗ 无效：见下列问题。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="1107" />
      <source>This file is not a document recorded in this store (SHA-256 {0}): it may be a copy that was altered, or come from another team.</source>
      <translation>此文件不是本库记录的文书（SHA-256 {0}）：可能是被改动过的副本，或来自其他执法组。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="1115" />
      <source>This file is the {0} {1} recorded in this store, signed by {2} at {3} (SHA-256 {4}).</source>
      <translation>此文件是本库记录的{0} {1}，由{2}于 {3} 签署（SHA-256 {4}）。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="1130" />
      <source>yes</source>
      <translation>是</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="1130" />
      <source>no</source>
      <translation>否</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="1130" />
      <source>not checked</source>
      <translation>未评估</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="1142" />
      <source>Signer</source>
      <translation>签名人</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="1143" />
      <source>Certificate chain</source>
      <translation>证书链</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="1144" />
      <source>Signing time</source>
      <translation>签名时间</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="1145" />
      <source>Intact (bytes unchanged)</source>
      <translation>完整（字节未变）</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="1146" />
      <source>Signature valid</source>
      <translation>签名值有效</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="1147" />
      <source>Trusted (team CA)</source>
      <translation>可信（本组 CA）</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="1148" />
      <source>Changed after signing</source>
      <translation>签名后被修改</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="1155" />
      <source>Signature {0} ({1})</source>
      <translation>签名 {0}（{1}）</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="1165" />
      <source>Signature fields still empty: {0}</source>
      <translation>尚未签署的签名域：{0}</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="1174" />
      <source>Verify a signed PDF</source>
      <translation>验证已签名 PDF</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="1175" />
      <source>File</source>
      <translation>文件</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/document_dialogs.py" line="1176" />
      <source>Choose PDF…</source>
      <translation>选择 PDF…</translation>
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
    <name>agencies</name>
    <message>
      <location filename="../../inspect_app/ui/models/agencies.py" line="30" />
      <source>no reconsideration body (复议机关)</source>
      <translation>未设置行政复议机关</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/agencies.py" line="32" />
      <source>no litigation court (管辖法院)</source>
      <translation>未设置行政诉讼管辖法院</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/agencies.py" line="94" />
      <source>Not ready to issue: {0}</source>
      <translation>尚不能签发：{0}</translation>
    </message>
  </context>
  <context>
    <name>certificates</name>
    <message>
      <location filename="../../inspect_app/ui/models/certificates.py" line="104" />
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/certificates.py" line="105" />
      <source>Role</source>
      <translation>职责</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/certificates.py" line="106" />
      <source>Certificate</source>
      <translation>证书</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/certificates.py" line="107" />
      <source>On this laptop</source>
      <translation>本机</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/certificates.py" line="129" />
      <source>none issued</source>
      <translation>未签发</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/certificates.py" line="132" />
      <source>expired {0}</source>
      <translation>已于 {0} 过期</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/certificates.py" line="133" />
      <source>valid until {0}</source>
      <translation>有效期至 {0}</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/certificates.py" line="136" />
      <source>imported</source>
      <translation>已导入</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/certificates.py" line="141" />
      <source>SHA-256 fingerprint {0}</source>
      <translation>SHA-256 指纹 {0}</translation>
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
      <source>A finding's position is {0} km from the party's site.</source>
      <translation>有问题的位置距当事人场所 {0} 公里。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/core_text.py" line="196" />
      <source>Sending photo {0} ({1}…)</source>
      <translation>正在发送第 {0} 张照片（{1}…）</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/core_text.py" line="202" />
      <source>Sending changes {0}–{1} of {2}</source>
      <translation>正在发送修改 {0}–{1}（共 {2} 项）</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/core_text.py" line="208" />
      <source>Received page {0} from the hub: {1} changes</source>
      <translation>已从同步服务器收到第 {0} 页：{1} 项修改</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/core_text.py" line="214" />
      <source>Receiving photo {0}…</source>
      <translation>正在接收照片 {0}…</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/core_text.py" line="235" />
      <source>Not done: </source>
      <translation>未完成：</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/core_text.py" line="252" />
      <source>S {0}°</source>
      <translation>南纬 {0}°</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/core_text.py" line="254" />
      <source>N {0}°</source>
      <translation>北纬 {0}°</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/core_text.py" line="257" />
      <source>W {0}°</source>
      <translation>西经 {0}°</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/core_text.py" line="259" />
      <source>E {0}°</source>
      <translation>东经 {0}°</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/core_text.py" line="261" />
      <source>{0}, {1}</source>
      <translation>{0}，{1}</translation>
    </message>
  </context>
  <context>
    <name>document_text</name>
    <message>
      <location filename="../../inspect_app/ui/document_text.py" line="26" />
      <source>The notice is already {0}; supersede it to correct it.</source>
      <translation>决定书已是“{0}”状态；如需更正，请以新决定书取代。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/document_text.py" line="32" />
      <source>Only a team lead can issue a decision.</source>
      <translation>只有组长可以签发决定书。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/document_text.py" line="36" />
      <source>Draw your signature once (Documents ▸ My signature…) so it appears on the decision.</source>
      <translation>请先绘制一次预留签名（文书 ▸ 我的签名…），以便印在决定书上。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/document_text.py" line="43" />
      <source>The notice covers no finding.</source>
      <translation>决定书未涉及任何问题。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/document_text.py" line="47" />
      <source>No deadline (整改期限): set the date by which the party must comply.</source>
      <translation>没有整改期限：请设定当事人须完成整改的日期。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/document_text.py" line="53" />
      <source>The deadline {0} has passed; choose a later date.</source>
      <translation>整改期限 {0} 已过；请选择更晚的日期。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/document_text.py" line="59" />
      <source>No order (责令内容): say what the party must do.</source>
      <translation>没有责令内容：请写明当事人须做什么。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/document_text.py" line="63" />
      <source>The party {0} has no valid unified social credit code (GB 32100-2015).</source>
      <translation>当事人{0}没有有效的统一社会信用代码（GB 32100-2015）。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/document_text.py" line="70" />
      <source>The party {0} has no address.</source>
      <translation>当事人{0}没有地址。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/document_text.py" line="74" />
      <source>{0} has no body for administrative reconsideration (复议机关).</source>
      <translation>{0}未设置行政复议机关。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/document_text.py" line="80" />
      <source>{0} has no court for administrative litigation (管辖法院).</source>
      <translation>{0}未设置行政诉讼管辖法院。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/document_text.py" line="86" />
      <source>Finding {0} has no legal basis.</source>
      <translation>问题 {0} 没有法律依据。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/document_text.py" line="92" />
      <source>Evidence photo {0} of finding {1} has not arrived on this laptop: sync first.</source>
      <translation>问题 {1} 的证据照片 {0} 尚未同步到本机：请先同步。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/document_text.py" line="99" />
      <source>Fewer than two officers on the patrol (at least two are required, 《行政处罚法》第四十二条).</source>
      <translation>巡查的执法人员少于两人（执法人员不得少于两人，《行政处罚法》第四十二条）。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/document_text.py" line="107" />
      <source>{0} {1} has an open sync conflict: a team lead must resolve it first (Sync ▸ Conflicts…).</source>
      <translation>{0} {1} 存在未解决的同步冲突：须由组长先行裁决（同步 ▸ 冲突…）。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/document_text.py" line="115" />
      <source>The team has no certificate authority yet: a team lead creates it once (Documents ▸ Team certificates…).</source>
      <translation>本队还没有证书颁发机构（CA）：由组长创建一次（文书 ▸ 证书管理…）。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/document_text.py" line="123" />
      <source>You have no signing certificate on this laptop: import your .p12 file (Documents ▸ Import certificate…).</source>
      <translation>本机没有您的签名证书：请导入您的 .p12 文件（文书 ▸ 导入证书…）。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/document_text.py" line="131" />
      <source>The decision cannot be issued yet:</source>
      <translation>决定书暂不能签发：</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/document_text.py" line="136" />
      <source>At least two officers must take part (《行政处罚法》第四十二条).</source>
      <translation>至少须有两名执法人员参加（《行政处罚法》第四十二条）。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/document_text.py" line="142" />
      <source>Record that the officers showed their enforcement certificates.</source>
      <translation>请记录执法人员已出示执法证件。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/document_text.py" line="148" />
      <source>Record that the party was told of its right to ask for recusal (回避).</source>
      <translation>请记录已告知当事人申请回避的权利。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/document_text.py" line="155" />
      <source>Give the time the inspection ended.</source>
      <translation>请填写检查结束时间。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/document_text.py" line="159" />
      <source>The end time is before the start time.</source>
      <translation>结束时间早于开始时间。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/document_text.py" line="163" />
      <source>Describe what was inspected and found.</source>
      <translation>请填写检查情况。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/document_text.py" line="167" />
      <source>Give the re-inspection outcome (rectified or not).</source>
      <translation>请填写复查结论（是否已整改）。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/document_text.py" line="171" />
      <source>Officer {0} has not signed.</source>
      <translation>执法人员{0}尚未签名。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/document_text.py" line="175" />
      <source>The party has not signed (or record a refusal with a witness).</source>
      <translation>当事人尚未签名（或记录拒签及见证人）。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/document_text.py" line="181" />
      <source>The record cannot be closed yet:</source>
      <translation>笔录暂不能结束：</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/document_text.py" line="186" />
      <source>The passphrase does not open your signing certificate; check it (capitals, input method) and try again.</source>
      <translation>口令无法打开您的签名证书；请检查（大小写、输入法）后重试。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/document_text.py" line="194" />
      <source>This file is not a PKCS#12 certificate file (.p12/.pfx); choose the file the team lead issued to you.</source>
      <translation>此文件不是 PKCS#12 证书文件（.p12/.pfx）；请选择组长为您签发的文件。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/document_text.py" line="202" />
      <source>The certificate file is empty; choose the officer's .p12 file.</source>
      <translation>证书文件为空；请选择执法人员的 .p12 文件。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/document_text.py" line="208" />
      <source>You have no signing certificate on this laptop: the team lead issues one (.p12 file) and you import it with Documents ▸ Import certificate…</source>
      <translation>本机没有您的签名证书：请组长为您签发（.p12 文件），再用“文书 ▸ 导入证书…”导入。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/document_text.py" line="216" />
      <source>Only a team lead can do this.</source>
      <translation>只有组长可以执行此操作。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/document_text.py" line="220" />
      <source>This signing certificate belongs to another officer: sign with your own.</source>
      <translation>此签名证书属于其他执法人员：请使用您自己的证书签名。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/document_text.py" line="227" />
      <source>{0} was not issued by the team's certificate authority; ask your team lead for a certificate from the team CA.</source>
      <translation>{0}不是本组证书机构签发的；请向组长申领本组 CA 签发的证书。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/document_text.py" line="235" />
      <source>Only an officer who took part can sign and close the record.</source>
      <translation>只有参加检查的执法人员可以签署并结束笔录。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/document_text.py" line="241" />
      <source>Only an officer who served the notice can sign the receipt.</source>
      <translation>只有送达人可以签署送达回证。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/document_text.py" line="247" />
      <source>This record is already signed and closed.</source>
      <translation>此笔录已签署并结束。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/document_text.py" line="251" />
      <source>This service receipt is already signed.</source>
      <translation>此送达回证已签署。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/document_text.py" line="255" />
      <source>The signed document {0} has not arrived on this laptop yet: sync again.</source>
      <translation>已签名文书 {0} 尚未同步到本机：请再次同步。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/document_text.py" line="263" />
      <source>This laptop already holds a team CA key ({0}); the team needs only one.</source>
      <translation>本机已持有团队 CA 私钥（{0}）；全队只需要一个。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/document_text.py" line="270" />
      <source>This laptop does not hold the team CA key: issue certificates on the laptop where the team CA was created.</source>
      <translation>本机没有团队 CA 私钥：请在创建团队 CA 的那台笔记本上签发证书。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/document_text.py" line="280" />
      <source>The passphrase for {0} is too short ({1} characters); use at least {2}.</source>
      <translation>{0}的口令太短（{1} 个字符）；至少需要 {2} 个字符。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/document_text.py" line="287" />
      <source>The passphrase does not open the team CA key; check it and try again.</source>
      <translation>口令无法打开团队 CA 私钥；请核对后重试。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/document_text.py" line="293" />
      <source>The team CA expired on {0}: create a new team CA and issue new officer certificates.</source>
      <translation>团队 CA 已于 {0} 过期：请创建新的团队 CA，并重新签发执法人员证书。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/document_text.py" line="300" />
      <source>The certificate of {0} expired on {1}: ask the team lead to issue a new one.</source>
      <translation>{0}的证书已于 {1} 过期：请组长签发新证书。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/document_text.py" line="303" />
      <location filename="../../inspect_app/ui/document_text.py" line="310" />
      <source>the team CA</source>
      <translation>团队 CA</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/document_text.py" line="307" />
      <source>The certificate of {0} is not valid before {1}: check this computer's date and clock.</source>
      <translation>{0}的证书在 {1} 之前无效：请检查本机的日期和时间。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/document_text.py" line="314" />
      <location filename="../../inspect_app/ui/document_text.py" line="329" />
      <source>This laptop knows no team CA yet: sync with the team lead's laptop first.</source>
      <translation>本机还没有团队 CA：请先与组长的笔记本同步。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/document_text.py" line="321" />
      <source>The team has no certificate authority yet: a team lead creates it once (Documents ▸ Team certificates…), then syncs.</source>
      <translation>本队还没有证书颁发机构（CA）：由组长创建一次（文书 ▸ 证书管理…），然后同步。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/document_text.py" line="339" />
      <source>This certificate names no officer of the team, so it was not issued by the team CA of this app; ask the team lead to issue one.</source>
      <translation>该证书未指明本队的执法人员，不是由本软件的团队 CA 签发的；请组长为您签发证书。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/document_text.py" line="347" />
      <source>This .p12 file holds no signing key and certificate; ask the team lead to issue your certificate again.</source>
      <translation>该 .p12 文件中没有签名私钥和证书；请组长重新签发您的证书。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/document_text.py" line="355" />
      <source>This .p12 file holds a kind of key the app does not sign with; ask the team lead to issue your certificate again.</source>
      <translation>该 .p12 文件中的密钥类型本软件不能用于签名；请组长重新签发您的证书。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/document_text.py" line="363" />
      <source>This laptop does not know officer {0} yet: sync with the team lead's laptop first.</source>
      <translation>本机还没有执法人员 {0} 的记录：请先与组长的笔记本同步。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/document_text.py" line="374" />
      <source>This laptop holds no free document numbers for {0}. A team lead reserves a block for this laptop on the numbering laptop (replica {1}) with Documents ▸ Document numbers…; sync, then issue again.</source>
      <translation>本机没有 {0} 年可用的文号。请组长在编号笔记本（副本 {1}）上通过“文书 ▸ 文号管理…”为本机预留一段文号，同步后再签发。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/document_text.py" line="385" />
      <source>Document numbers of this agency are handed out by the laptop with replica {0}, not this one: reserve them there and sync.</source>
      <translation>本机构的文号由副本 {0} 那台笔记本分配，不是本机：请在那里预留，然后同步。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/document_text.py" line="393" />
      <source>Reserve between 1 and {0} numbers at a time.</source>
      <translation>每次只能预留 1 至 {0} 个文号。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/document_text.py" line="399" />
      <source>Notice {0} is {1}: only a draft can be discarded; an issued notice is corrected by superseding it.</source>
      <translation>决定书 {0} 为“{1}”状态：只有草稿可以丢弃；已签发的决定书须以新决定书取代来更正。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/document_text.py" line="411" />
      <source>The short code {0} is already used by {1}: document numbers would collide; choose another code.</source>
      <translation>简称“{0}”已被{1}使用：文号会冲突；请换一个简称。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/document_text.py" line="460" />
      <source>Cannot write {0}: {1}.</source>
      <translation>无法写入 {0}：{1}。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/document_text.py" line="464" />
      <source>Cannot read {0}: {1}.</source>
      <translation>无法读取 {0}：{1}。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/document_text.py" line="469" />
      <source>The bytes changed: the signature does not match the signed content.</source>
      <translation>字节已改变：签名与所签内容不符。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/document_text.py" line="475" />
      <source>The certificate was not issued by a trusted team CA.</source>
      <translation>证书不是由受信任的本组 CA 签发的。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/document_text.py" line="481" />
      <source>The file has no digital signature.</source>
      <translation>文件没有数字签名。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/document_text.py" line="485" />
      <source>The file was changed after this signature (an update that is not form filling).</source>
      <translation>此签名之后文件被修改（并非填写表单的更新）。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/document_text.py" line="492" />
      <source>The file was changed after this signature locked it.</source>
      <translation>此签名锁定文件之后，文件又被修改。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/document_text.py" line="498" />
      <source>The signature value does not verify with the signer's certificate.</source>
      <translation>签名值无法用签名人的证书验证。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/document_text.py" line="504" />
      <source>The signature does not cover a whole revision of the file.</source>
      <translation>签名未覆盖文件的一个完整版本。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/document_text.py" line="510" />
      <source>The signature did not pass validation.</source>
      <translation>签名未通过验证。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/document_text.py" line="514" />
      <source>The signature data in this file was altered or damaged and cannot be read: the document cannot be trusted; ask for the original file.</source>
      <translation>此文件中的签名数据已被改动或损坏，无法读取：文书不可信，请索取原件。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/document_text.py" line="522" />
      <source>Not a PDF, or too damaged to read; ask for the original file.</source>
      <translation>不是 PDF 文件，或已损坏无法读取；请索取原件。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/document_text.py" line="528" />
      <source>This laptop knows no team CA yet, so no signature can be trusted: sync first.</source>
      <translation>本机尚无本组 CA 证书，任何签名都无法确认可信：请先同步。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/document_text.py" line="544" />
      <source>Notice</source>
      <translation>决定书</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/document_text.py" line="545" />
      <source>Finding</source>
      <translation>问题</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/document_text.py" line="546" />
      <source>Party</source>
      <translation>当事人</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/document_text.py" line="553" />
      <source>the team CA key</source>
      <translation>团队 CA 私钥</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/document_text.py" line="554" />
      <source>the officer's .p12 file</source>
      <translation>执法人员证书文件</translation>
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
    <message>
      <location filename="../../inspect_app/ui/labels.py" line="66" />
      <source>Agency</source>
      <translation>执法机构</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/labels.py" line="67" />
      <source>Officer</source>
      <translation>执法人员</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/labels.py" line="68" />
      <source>Patrol</source>
      <translation>巡查</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/labels.py" line="69" />
      <source>Party</source>
      <translation>当事人</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/labels.py" line="70" />
      <source>Finding</source>
      <translation>问题</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/labels.py" line="71" />
      <source>Photo</source>
      <translation>照片</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/labels.py" line="72" />
      <source>Laptop enrolment</source>
      <translation>笔记本登记</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/labels.py" line="73" />
      <source>Notice</source>
      <translation>决定书</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/labels.py" line="74" />
      <source>Team CA</source>
      <translation>团队 CA</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/labels.py" line="75" />
      <source>Certificate</source>
      <translation>证书</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/labels.py" line="76" />
      <source>Number block</source>
      <translation>文号段</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/labels.py" line="77" />
      <source>Inspection record</source>
      <translation>检查笔录</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/labels.py" line="78" />
      <source>Service of a document</source>
      <translation>送达记录</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/labels.py" line="79" />
      <source>Signature</source>
      <translation>签名</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/labels.py" line="80" />
      <source>Document</source>
      <translation>文书</translation>
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
    <name>notice_labels</name>
    <message>
      <location filename="../../inspect_app/ui/models/notices.py" line="59" />
      <location filename="../../inspect_app/ui/models/notices.py" line="141" />
      <source>Draft</source>
      <translation>草稿</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/notices.py" line="60" />
      <source>Issued</source>
      <translation>已签发</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/notices.py" line="61" />
      <source>Served</source>
      <translation>已送达</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/notices.py" line="62" />
      <source>Closed</source>
      <translation>已销号</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/notices.py" line="63" />
      <source>Superseded</source>
      <translation>已被取代</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/notices.py" line="71" />
      <source>In person (直接送达)</source>
      <translation>直接送达</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/notices.py" line="72" />
      <source>By post (邮寄送达)</source>
      <translation>邮寄送达</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/notices.py" line="73" />
      <source>Left at the premises (留置送达)</source>
      <translation>留置送达</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/notices.py" line="83" />
      <source>On-site inspection record</source>
      <translation>现场检查笔录</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/notices.py" line="84" />
      <location filename="../../inspect_app/ui/models/notices.py" line="105" />
      <source>Re-inspection record</source>
      <translation>复查笔录</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/notices.py" line="94" />
      <source>Rectified</source>
      <translation>已整改</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/notices.py" line="95" />
      <source>Not rectified</source>
      <translation>未整改</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/notices.py" line="103" />
      <source>Rectification decision</source>
      <translation>责令改正违法行为决定书</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/notices.py" line="104" />
      <source>Inspection record</source>
      <translation>现场检查笔录</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/notices.py" line="106" />
      <source>Service receipt</source>
      <translation>送达回证</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/notices.py" line="122" />
      <source>Overdue 1 day</source>
      <translation>逾期 1 天</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/notices.py" line="124" />
      <source>Overdue {0} days</source>
      <translation>逾期 {0} 天</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/notices.py" line="128" />
      <source>Deadline passed</source>
      <translation>期限已过</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/notices.py" line="130" />
      <source>Due today</source>
      <translation>今日到期</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/notices.py" line="132" />
      <source>1 day left</source>
      <translation>剩余 1 天</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/notices.py" line="134" />
      <source>{0} days left</source>
      <translation>剩余 {0} 天</translation>
    </message>
  </context>
  <context>
    <name>number_blocks</name>
    <message>
      <location filename="../../inspect_app/ui/models/number_blocks.py" line="57" />
      <source>This laptop</source>
      <translation>本机</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/number_blocks.py" line="111" />
      <source>Numbers</source>
      <translation>文号</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/number_blocks.py" line="112" />
      <source>Held by</source>
      <translation>持有笔记本</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/number_blocks.py" line="113" />
      <source>Used</source>
      <translation>已用</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/number_blocks.py" line="114" />
      <source>Left</source>
      <translation>剩余</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/number_blocks.py" line="128" />
      <source>{0}–{1} ({2} numbers)</source>
      <translation>{0}–{1} 号（共 {2} 个）</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/number_blocks.py" line="138" />
      <source>Replica {0}</source>
      <translation>副本 {0}</translation>
    </message>
  </context>
  <context>
    <name>pki_dialog</name>
    <message>
      <location filename="../../inspect_app/ui/widgets/pki_dialog.py" line="109" />
      <source>The {0} must have at least {1} characters (it has {2}).</source>
      <translation>{0}至少需要 {1} 个字符（现在是 {2} 个）。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/pki_dialog.py" line="113" />
      <source>The two {0} entries differ: type the same passphrase twice.</source>
      <translation>两次输入的{0}不一致：请输入两次相同的口令。</translation>
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
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="353" />
      <source>{0} change received</source>
      <translation>收到 {0} 项修改</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="75" />
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="354" />
      <source>{0} changes received</source>
      <translation>收到 {0} 项修改</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="77" />
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="170" />
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="249" />
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="356" />
      <source>; </source>
      <translation>；</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="80" />
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="359" />
      <source>{0} was already here</source>
      <translation>{0} 项本机已有</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="81" />
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="360" />
      <source>{0} were already here</source>
      <translation>{0} 项本机已有</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="85" />
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="365" />
      <source>{0} photo received</source>
      <translation>收到 {0} 张照片</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="86" />
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="366" />
      <source>{0} photos received</source>
      <translation>收到 {0} 张照片</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="96" />
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="379" />
      <source>{0} conflict opened</source>
      <translation>新增 {0} 个冲突</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="97" />
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="380" />
      <source>{0} conflicts opened</source>
      <translation>新增 {0} 个冲突</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="99" />
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="309" />
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="382" />
      <source> — a team lead resolves it in Sync ▸ Conflicts…</source>
      <translation> — 由组长在“同步 ▸ 冲突…”中裁决</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="107" />
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="390" />
      <source>{0} change set aside (quarantined, not applied):</source>
      <translation>{0} 项修改被隔离（已保存，未生效）：</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="108" />
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="391" />
      <source>{0} changes set aside (quarantined, not applied):</source>
      <translation>{0} 项修改被隔离（已保存，未生效）：</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="120" />
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="402" />
      <source>{0} change accepted but flagged (the sending laptop's clock is ahead):</source>
      <translation>{0} 项修改已接受但被标记（发送方笔记本的时钟超前）：</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="124" />
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="406" />
      <source>{0} changes accepted but flagged (the sending laptop's clock is ahead):</source>
      <translation>{0} 项修改已接受但被标记（发送方笔记本的时钟超前）：</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="138" />
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="432" />
      <source>{0} photo still expected (referenced, but its file has not arrived):</source>
      <translation>仍缺 {0} 张照片（已被引用，但文件尚未收到）：</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="142" />
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="436" />
      <source>{0} photos still expected (referenced, but their files have not arrived):</source>
      <translation>仍缺 {0} 张照片（已被引用，但文件尚未收到）：</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="150" />
      <source>Imported, but not everything is in order — see below.</source>
      <translation>已导入，但有问题需要处理 — 见下方。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="154" />
      <source>Import complete: everything in the bundle is on this laptop.</source>
      <translation>导入完成：同步包中的全部内容已在本机。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="163" />
      <source>File: {0}</source>
      <translation>文件：{0}</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="164" />
      <source>For: {0}</source>
      <translation>发给：{0}</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="167" />
      <source>{0} change</source>
      <translation>{0} 项修改</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="168" />
      <source>{0} changes</source>
      <translation>{0} 项修改</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="173" />
      <source>{0} photo</source>
      <translation>{0} 张照片</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="174" />
      <source>{0} photos</source>
      <translation>{0} 张照片</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="176" />
      <source>; {0} KB</source>
      <translation>；{0} KB</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="183" />
      <source>{0} photo is not in the bundle: this laptop has not received its file either:</source>
      <translation>{0} 张照片不在同步包中：本机也尚未收到其文件：</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="187" />
      <source>{0} photos are not in the bundle: this laptop has not received their files either:</source>
      <translation>{0} 张照片不在同步包中：本机也尚未收到其文件：</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="195" />
      <source>Bundle written and verified, but photos are missing — see below.</source>
      <translation>同步包已写入并校验，但缺少照片 — 见下方。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="200" />
      <source>Bundle written and read back: it is complete.</source>
      <translation>同步包已写入并回读校验：内容完整。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="208" />
      <source>The bundle was refused. Nothing was changed on this laptop.</source>
      <translation>同步包被拒绝。本机数据没有任何改动。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="217" />
      <source>The import did not finish. The changes go in as one step, so importing the same bundle again is safe.</source>
      <translation>导入未完成。修改是一次性整体写入的，因此可以放心重新导入同一个同步包。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="223" />
      <source>The bundle could not be written. Nothing was exported.</source>
      <translation>无法写入同步包。没有导出任何内容。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="232" />
      <source>Why, and what happens next: Sync ▸ Changes set aside…</source>
      <translation>原因及后续处理：同步 ▸ 未应用的变更…</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="242" />
      <source>Sent to the hub:</source>
      <translation>发送到同步服务器：</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="246" />
      <source>{0} change sent</source>
      <translation>发送 {0} 项修改</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="247" />
      <source>{0} changes sent</source>
      <translation>发送 {0} 项修改</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="250" />
      <source>{0} new on the hub, {1} already there</source>
      <translation>服务器新收 {0} 项，{1} 项已有</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="256" />
      <source>{0} photo sent</source>
      <translation>发送 {0} 张照片</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="257" />
      <source>{0} photos sent</source>
      <translation>发送 {0} 张照片</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="260" />
      <source> ({0} resumed after an interruption)</source>
      <translation>（其中 {0} 张在中断后续传）</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="274" />
      <source>{0} change refused by the hub (quarantined, not applied):</source>
      <translation>{0} 项修改被同步服务器拒收（已隔离，未生效）：</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="277" />
      <source>{0} changes refused by the hub (quarantined, not applied):</source>
      <translation>{0} 项修改被同步服务器拒收（已隔离，未生效）：</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="289" />
      <source>{0} change accepted by the hub but flagged (this laptop's clock is ahead):</source>
      <translation>{0} 项修改已被同步服务器接受但被标记（本机时钟超前）：</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="293" />
      <source>{0} changes accepted by the hub but flagged (this laptop's clock is ahead):</source>
      <translation>{0} 项修改已被同步服务器接受但被标记（本机时钟超前）：</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="306" />
      <source>{0} conflict opened on the hub</source>
      <translation>同步服务器上新增 {0} 个冲突</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="307" />
      <source>{0} conflicts opened on the hub</source>
      <translation>同步服务器上新增 {0} 个冲突</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="317" />
      <source>{0} photo could not be sent (SHA-256 — reason):</source>
      <translation>{0} 张照片未能发送（SHA-256 — 原因）：</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="318" />
      <source>{0} photos could not be sent (SHA-256 — reason):</source>
      <translation>{0} 张照片未能发送（SHA-256 — 原因）：</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="330" />
      <source>{0} photo still expected on the hub (referenced, but its file has not arrived there; SHA-256):</source>
      <translation>同步服务器仍缺 {0} 张照片（已被引用，但文件尚未送达；SHA-256）：</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="335" />
      <source>{0} photos still expected on the hub (referenced, but their files have not arrived there; SHA-256):</source>
      <translation>同步服务器仍缺 {0} 张照片（已被引用，但文件尚未送达；SHA-256）：</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="349" />
      <source>Received from the hub:</source>
      <translation>从同步服务器收到：</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="419" />
      <source>{0} photo could not be downloaded (SHA-256 — reason):</source>
      <translation>{0} 张照片未能下载（SHA-256 — 原因）：</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="420" />
      <source>{0} photos could not be downloaded (SHA-256 — reason):</source>
      <translation>{0} 张照片未能下载（SHA-256 — 原因）：</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="458" />
      <source>Office hub: {0} (replica {1})</source>
      <translation>办公室同步服务器：{0}（副本 {1}）</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="477" />
      <source>The sync is not finished: {0}</source>
      <translation>同步尚未完成：{0}</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="482" />
      <source>Synced with the office hub, but not everything is in order — see below.</source>
      <translation>已与办公室同步服务器同步，但有问题需要处理 — 见下方。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="487" />
      <source>Push complete: the office hub holds every record and photo of this laptop.</source>
      <translation>上传完成：本机的全部记录和照片都已在办公室同步服务器上。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="492" />
      <source>Pull complete: everything on the office hub is on this laptop.</source>
      <translation>下载完成：办公室同步服务器上的全部内容都已在本机。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="496" />
      <source>Sync complete: this laptop and the office hub hold the same records and photos.</source>
      <translation>同步完成：本机与办公室同步服务器的记录和照片已一致。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="507" />
      <source>The office hub refused this laptop: it is not enrolled there.</source>
      <translation>办公室同步服务器拒绝了本机：本机尚未在服务器上登记。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="511" />
      <source>What to do: at the office, a team lead enrols this laptop on the hub (on the hub: Sync ▸ Enrol a replica…, or “inspect-app replica enroll ID KEY”) with these two values; then sync again.</source>
      <translation>处理方法：请组长在办公室用下面两个值把本机登记到同步服务器上（在服务器上：“同步 ▸ 登记笔记本…”，或命令“inspect-app replica enroll 编号 公钥”），然后再同步一次。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="517" />
      <source>Replica id: {0}</source>
      <translation>副本编号：{0}</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="518" />
      <source>Public key: {0}</source>
      <translation>公钥：{0}</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="529" />
      <source>The office hub could not be reached.</source>
      <translation>无法连接办公室同步服务器。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="533" />
      <source>What to do: check the hub address (http://HOST:PORT, as the office gave it), that this laptop is on the office network (Wi-Fi or VPN) and that the hub is running; then sync again. Whatever was sent or received before the connection failed is kept.</source>
      <translation>处理方法：检查服务器地址（http://主机:端口，以办公室提供的为准）、本机是否接入办公室网络（Wi-Fi 或 VPN），以及同步服务器是否在运行；然后再同步一次。连接中断前已发送或已收到的内容都会保留。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="549" />
      <source>The sync with the office hub did not finish.</source>
      <translation>与办公室同步服务器的同步未完成。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/sync_dialogs.py" line="553" />
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
