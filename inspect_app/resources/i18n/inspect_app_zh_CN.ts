<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/widgets/about_dialog.py" line="154"/>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/about_dialog.py" line="155"/>
        <source>Joint Environmental Inspection</source>
        <translation>川渝联合环境执法巡查</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/about_dialog.py" line="159"/>
        <source>Offline patrols, evidence photos and enforcement documents for the joint Sichuan–Chongqing environmental law-enforcement teams.</source>
        <translation>供川渝联合环境执法小组离线使用的巡查、证据照片和执法文书软件。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/about_dialog.py" line="175"/>
        <source>The bundled fonts and the other third-party packages come with their own licences, listed below.</source>
        <translation>随附的字体和其他第三方软件包各有其许可证，列于下方。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/about_dialog.py" line="180"/>
        <source>Licences shipped with the app:</source>
        <translation>随软件提供的许可证：</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/about_dialog.py" line="183"/>
        <source>Copy diagnostics</source>
        <translation>复制诊断信息</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/about_dialog.py" line="201"/>
        <source>Diagnostics copied (versions and the app&apos;s log tail).</source>
        <translation>诊断信息已复制（版本号和程序日志的末尾部分）。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/about_dialog.py" line="182"/>
        <source>No licence files were found in this installation.</source>
        <translation>本安装中未找到许可证文件。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/about_dialog.py" line="157"/>
        <source>Version {0}</source>
        <translation>版本 {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/about_dialog.py" line="162"/>
        <source>Qt {0} · PySide6 {1} · Python {2} · SQLite {3}</source>
        <translation>Qt {0} · PySide6 {1} · Python {2} · SQLite {3}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/about_dialog.py" line="166"/>
        <source>This app uses Qt and Qt for Python (PySide6) under the GNU Lesser General Public License, version 3 (LGPL-3.0). You may replace their libraries in this installation with builds of your own; their source code is available from {0} and {1}.</source>
        <translation>本软件依据 GNU 宽通用公共许可证第 3 版（LGPL-3.0）使用 Qt 和 Qt for Python（PySide6）。您可以用自行构建的版本替换本安装中的这些库；其源代码可从 {0} 和 {1} 获取。</translation>
    </message>
</context>
<context>
    <name>AcceptWarningDialog</name>
    <message>
        <location filename="../../ui/widgets/plausibility_panel.py" line="77"/>
        <source>Accept a warning</source>
        <translation>确认证据提示</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/plausibility_panel.py" line="81"/>
        <source>Why is this photo sound evidence all the same? The reason is kept with your name and the time, and syncs to the team.</source>
        <translation>请说明该照片仍可作为有效证据的理由。理由将连同您的姓名和时间一并记录，并同步至执法组。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/plausibility_panel.py" line="85"/>
        <source>e.g. the camera clock was not set</source>
        <translation>例如：相机时钟未校准</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/plausibility_panel.py" line="102"/>
        <source>Choose who you are first in the “Current officer” box of the toolbar.</source>
        <translation>请先在工具栏的“当前执法人员”中选择您本人。</translation>
    </message>
</context>
<context>
    <name>AgencyDialog</name>
    <message>
        <location filename="../../ui/widgets/agency_dialog.py" line="326"/>
        <source>the new agency</source>
        <translation>新机构</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/agency_dialog.py" line="327"/>
        <source>Save or revert the changes to {0} first.</source>
        <translation>请先保存或撤销对{0}的修改。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/agency_dialog.py" line="358"/>
        <source>Choose the seal image</source>
        <translation>选择印章图片</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/agency_dialog.py" line="360"/>
        <source>PNG images (*.png);;All files (*)</source>
        <translation>PNG 图片 (*.png);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/agency_dialog.py" line="368"/>
        <source>Reading the seal image…</source>
        <translation>正在读取印章图片…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/agency_dialog.py" line="383"/>
        <source>{0} is {1} KB: the seal must be a PNG under 150 KB. Save it smaller (about 400 × 400 pixels is plenty) and choose it again.</source>
        <translation>{0} 有 {1} KB：印章必须是小于 150 KB 的 PNG 图片。请另存为较小的图片（约 400 × 400 像素即可）后重新选择。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/agency_dialog.py" line="388"/>
        <source>{0} is {1} × {2} pixels, too large for a seal: about 400 × 400 pixels is plenty.</source>
        <translation>{0} 为 {1} × {2} 像素，作为印章过大：约 400 × 400 像素即可。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/agency_dialog.py" line="391"/>
        <source>Cannot read {0}: {1}</source>
        <translation>无法读取 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/agency_dialog.py" line="393"/>
        <source>{0} is not a PNG image: the seal must be a PNG file (a red seal on a transparent or white background). Convert it to PNG and choose it again.</source>
        <translation>{0} 不是 PNG 图片：印章必须是 PNG 文件（透明或白色背景上的红色印章）。请转换为 PNG 后重新选择。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/agency_dialog.py" line="425"/>
        <source>No seal</source>
        <translation>未设置印章</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/agency_dialog.py" line="425"/>
        <source>Seal set</source>
        <translation>已设置印章</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/agency_dialog.py" line="443"/>
        <source>No seal: the stamp shows the signature and name only.</source>
        <translation>未设置印章：签章只显示签名和姓名。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/agency_dialog.py" line="445"/>
        <source>The seal will be removed when you save.</source>
        <translation>保存后将删除印章。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/agency_dialog.py" line="448"/>
        <source>A seal image is set.</source>
        <translation>已设置印章图片。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/agency_dialog.py" line="450"/>
        <source>{0} × {1} pixels, {2} KB</source>
        <translation>{0} × {1} 像素，{2} KB</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/agency_dialog.py" line="454"/>
        <source>The seal printed in the stamp: {0}.</source>
        <translation>签章中使用的印章：{0}。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/agency_dialog.py" line="456"/>
        <source>{0}: {1}. Not saved yet: press Save.</source>
        <translation>{0}：{1}。尚未保存：请点击“保存”。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/agency_dialog.py" line="464"/>
        <source>Give the agency&apos;s full name.</source>
        <translation>请填写机构全称。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/agency_dialog.py" line="466"/>
        <source>Give the short code used in document numbers (e.g. 遂环).</source>
        <translation>请填写文书编号使用的简称（如 遂环）。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/agency_dialog.py" line="469"/>
        <source>Give the six-digit GB/T 2260 region code (e.g. 510900).</source>
        <translation>请填写六位 GB/T 2260 行政区划代码（如 510900）。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/agency_dialog.py" line="472"/>
        <location filename="../../ui/widgets/agency_dialog.py" line="618"/>
        <source>Only a team lead sets the seal.</source>
        <translation>只有组长可以设置印章。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/agency_dialog.py" line="486"/>
        <source>Nothing to save: no field changed.</source>
        <translation>没有需要保存的内容：未修改任何字段。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/agency_dialog.py" line="511"/>
        <source>Saving the agency…</source>
        <translation>正在保存机构…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/agency_dialog.py" line="527"/>
        <source>The agency was saved, but not its seal: {0}</source>
        <translation>机构已保存，但印章未保存：{0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/agency_dialog.py" line="529"/>
        <source>Saved: {0}.</source>
        <translation>已保存：{0}。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/agency_dialog.py" line="542"/>
        <source>The changes are not saved: press Save, or Close again to drop them.</source>
        <translation>修改尚未保存：请点击“保存”，或再次点击“关闭”放弃修改。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/agency_dialog.py" line="562"/>
        <source>New agency</source>
        <translation>新机构</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/agency_dialog.py" line="571"/>
        <source>Numbers will read {0}; numbers already issued keep {1}.</source>
        <translation>今后文号形如 {0}；已签发的文号仍为 {1}。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/agency_dialog.py" line="575"/>
        <source>Numbers read {0}.</source>
        <translation>文号形如 {0}。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/agency_dialog.py" line="581"/>
        <source>six digits, e.g. 510900 (遂宁市)</source>
        <translation>六位数字，如 510900（遂宁市）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/agency_dialog.py" line="584"/>
        <source>not in the app&apos;s list: check the code</source>
        <translation>不在本软件的区划列表中：请核对代码</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/agency_dialog.py" line="589"/>
        <source>Agencies</source>
        <translation>机构设置</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/agency_dialog.py" line="590"/>
        <source>The team&apos;s agencies (red: not ready to issue)</source>
        <translation>本队执法机构（红色：尚不能签发）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/agency_dialog.py" line="591"/>
        <source>&amp;New agency</source>
        <translation>新建机构(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/agency_dialog.py" line="593"/>
        <source>Full name</source>
        <translation>机构全称</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/agency_dialog.py" line="594"/>
        <source>Short code (文号)</source>
        <translation>文号简称</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/agency_dialog.py" line="595"/>
        <source>Region (GB/T 2260)</source>
        <translation>行政区划（GB/T 2260）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/agency_dialog.py" line="596"/>
        <source>Reconsideration body (复议机关)</source>
        <translation>行政复议机关</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/agency_dialog.py" line="597"/>
        <source>Litigation court (管辖法院)</source>
        <translation>行政诉讼管辖法院</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/agency_dialog.py" line="601"/>
        <source>e.g. 遂宁市生态环境局</source>
        <translation>如 遂宁市生态环境局</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/agency_dialog.py" line="602"/>
        <source>e.g. 遂宁市人民政府</source>
        <translation>如 遂宁市人民政府</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/agency_dialog.py" line="603"/>
        <source>e.g. 遂宁市船山区人民法院</source>
        <translation>如 遂宁市船山区人民法院</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/agency_dialog.py" line="606"/>
        <source>Every decision tells the party where to apply for reconsideration and which court hears a suit: issuing is refused until both are filled in.</source>
        <translation>每份决定书都要告知当事人申请行政复议的机关和提起行政诉讼的法院：两项都填写后才能签发。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/agency_dialog.py" line="610"/>
        <source>Seal (印章)</source>
        <translation>印章</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/agency_dialog.py" line="613"/>
        <source>A PNG image under 150 KB, a red seal on a transparent or white background; it is printed behind the signature in the stamp.</source>
        <translation>小于 150 KB 的 PNG 图片，透明或白色背景上的红色印章；签章时印在签名下方。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/agency_dialog.py" line="620"/>
        <source>Nothing changes until you press Save.</source>
        <translation>点击“保存”后才会生效。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/agency_dialog.py" line="623"/>
        <source>Choose &amp;PNG…</source>
        <translation>选择 PNG(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/agency_dialog.py" line="624"/>
        <source>&amp;Remove seal</source>
        <translation>删除印章(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/agency_dialog.py" line="625"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/agency_dialog.py" line="626"/>
        <source>Re&amp;vert</source>
        <translation>撤销修改(&amp;V)</translation>
    </message>
</context>
<context>
    <name>AutoLockDialog</name>
    <message>
        <location filename="../../ui/widgets/auto_lock_dialog.py" line="55"/>
        <source>Auto-lock</source>
        <translation>自动锁定</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/auto_lock_dialog.py" line="58"/>
        <source>Lock the window when nobody has used it for this long. Unlocking needs the passphrase. 0 means never (not advised on a laptop that leaves the office).</source>
        <translation>闲置达到以下时长时锁定窗口，解锁需要输入口令。0 表示从不锁定（带出办公室的笔记本不宜如此设置）。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/auto_lock_dialog.py" line="62"/>
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/auto_lock_dialog.py" line="63"/>
        <source>never</source>
        <translation>从不</translation>
    </message>
</context>
<context>
    <name>BoxChip</name>
    <message>
        <location filename="../../ui/widgets/map/box_chip.py" line="59"/>
        <source>Map box</source>
        <translation>地图框选</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/map/box_chip.py" line="60"/>
        <source>Only the findings inside the box drawn on the map are listed</source>
        <translation>列表仅显示地图上所框选范围内的问题</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/map/box_chip.py" line="61"/>
        <source>Remove the map box</source>
        <translation>取消地图框选</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../ui/widgets/passphrase_dialog.py" line="95"/>
        <location filename="../../ui/widgets/passphrase_dialog.py" line="115"/>
        <source>Change passphrase</source>
        <translation>更改口令</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/passphrase_dialog.py" line="98"/>
        <source>The new passphrase opens this laptop&apos;s data from now on; the old one no longer does. Records and photos stay as they are.</source>
        <translation>自现在起，使用新口令打开本机数据，原口令不再有效。记录和照片保持原样。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/passphrase_dialog.py" line="103"/>
        <source>Current passphrase</source>
        <translation>当前口令</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/passphrase_dialog.py" line="104"/>
        <source>New passphrase</source>
        <translation>新口令</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/passphrase_dialog.py" line="105"/>
        <source>New passphrase again</source>
        <translation>再次输入新口令</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/passphrase_dialog.py" line="112"/>
        <source>at least {0} characters</source>
        <translation>至少 {0} 个字符</translation>
    </message>
</context>
<context>
    <name>CitationPicker</name>
    <message>
        <location filename="../../ui/widgets/documents/citation_picker.py" line="244"/>
        <source>Add candidate</source>
        <translation>添加候选条款</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/citation_picker.py" line="246"/>
        <source>Add the chosen candidate of the findings&apos; categories</source>
        <translation>添加所选的问题类别候选条款</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/citation_picker.py" line="248"/>
        <source>Add other</source>
        <translation>添加其他条款</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/citation_picker.py" line="249"/>
        <source>Remove selected</source>
        <translation>删除所选条款</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/citation_picker.py" line="250"/>
        <source>Article</source>
        <translation>条</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/citation_picker.py" line="251"/>
        <source>Paragraph</source>
        <translation>款</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/citation_picker.py" line="252"/>
        <source>Item</source>
        <translation>项</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/citation_picker.py" line="253"/>
        <source>whole</source>
        <translation>整条</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/citation_picker.py" line="254"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/citation_picker.py" line="233"/>
        <source>Wording not yet checked against the official text (flk.npc.gov.cn)</source>
        <translation>条文文字尚未与国家法律法规数据库公布的文本逐字核对</translation>
    </message>
</context>
<context>
    <name>CoSignersBox</name>
    <message>
        <location filename="../../ui/widgets/documents/co_signers.py" line="104"/>
        <source>Their passphrase</source>
        <translation>其本人的证书口令</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/co_signers.py" line="107"/>
        <source>No certificate on this laptop (hand signature only): {0}</source>
        <translation>本机无其数字证书（仅手写签名）：{0}</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../cli/documents.py" line="294"/>
        <location filename="../../cli/documents.py" line="312"/>
        <source>150 KB at most</source>
        <translation>最大 150 KB</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="157"/>
        <source>Field inspections and rectification notices. Without a command the window opens.</source>
        <translation>现场检查与责令改正决定书。不带命令运行时打开程序窗口。</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="261"/>
        <source>GB/T 2260 code</source>
        <translation>GB/T 2260 行政区划代码</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="213"/>
        <source>GB/T 2260 region code</source>
        <translation>GB/T 2260 行政区划代码</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="189"/>
        <source>GB/T 2260 region code, e.g. 510900</source>
        <translation>GB/T 2260 行政区划代码，例如 510900</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="334"/>
        <location filename="../../cli/__init__.py" line="355"/>
        <source>ISO 8601 local time, e.g. 2026-05-01T10:30:00+08:00</source>
        <translation>ISO 8601 格式的当地时间，例如 2026-05-01T10:30:00+08:00</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="268"/>
        <location filename="../../cli/__init__.py" line="358"/>
        <source>WGS84 latitude, decimal degrees</source>
        <translation>WGS84 纬度，以十进制度表示</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="283"/>
        <source>WGS84 latitude, decimal degrees (with --lon)</source>
        <translation>WGS84 纬度，以十进制度表示（与 --lon 同时给出）</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="269"/>
        <location filename="../../cli/__init__.py" line="359"/>
        <source>WGS84 longitude, decimal degrees</source>
        <translation>WGS84 经度，以十进制度表示</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="286"/>
        <source>WGS84 longitude, decimal degrees (with --lat)</source>
        <translation>WGS84 经度，以十进制度表示（与 --lat 同时给出）</translation>
    </message>
    <message>
        <location filename="../../cli/documents.py" line="215"/>
        <source>YYYY-MM-DD (&apos;&apos; for none: the order reads 立即)</source>
        <translation>YYYY-MM-DD（填 &apos;&apos; 表示不设期限：责令内容为“立即”改正）</translation>
    </message>
    <message>
        <location filename="../../cli/documents.py" line="146"/>
        <source>a copy of the signed decision</source>
        <translation>已签名决定书的副本</translation>
    </message>
    <message>
        <location filename="../../cli/records.py" line="158"/>
        <source>a copy of the signed record</source>
        <translation>已签名笔录的副本</translation>
    </message>
    <message>
        <location filename="../../cli/inputs.py" line="33"/>
        <source>a hand signature as JSON: {&quot;w&quot;: 1000, &quot;h&quot;: 400, &quot;strokes&quot;: [[x0, y0, x1, y1, ...], ...]} - whole numbers on a w x h grid, origin top-left, y downwards; each stroke a flat list of x, y pairs (the window&apos;s signature pad draws the same)</source>
        <translation>以 JSON 表示的手写签名：{&quot;w&quot;: 1000, &quot;h&quot;: 400, &quot;strokes&quot;: [[x0, y0, x1, y1, ...], ...]}——均为 w × h 网格上的整数坐标，原点在左上角，y 轴向下；每一笔是由 x、y 坐标对依次排列的列表（与窗口中签名板绘制的格式相同）</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="469"/>
        <location filename="../../cli/joining.py" line="79"/>
        <location filename="../../cli/joining.py" line="122"/>
        <source>a name for it, e.g. whose laptop</source>
        <translation>副本的名称，例如笔记本使用人</translation>
    </message>
    <message>
        <location filename="../../cli/records.py" line="327"/>
        <source>a re-inspection of this notice</source>
        <translation>对该决定书的复查</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="243"/>
        <source>act as this officer on this laptop from now on</source>
        <translation>此后在本机以该执法人员的身份操作</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="262"/>
        <source>add a site (party)</source>
        <translation>新增检查对象（当事人）</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="193"/>
        <source>add an agency</source>
        <translation>新增执法机构</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="219"/>
        <source>add an officer</source>
        <translation>新增执法人员</translation>
    </message>
    <message>
        <location filename="../../cli/records.py" line="135"/>
        <source>add an officer&apos;s or the party&apos;s hand signature</source>
        <translation>添加执法人员或当事人的手写签名</translation>
    </message>
    <message>
        <location filename="../../cli/documents.py" line="163"/>
        <source>also trust the CA certificate(s) in this PEM file, e.g. from &apos;pki export-ca&apos; (default: the team CA in the store)</source>
        <translation>同时信任该 PEM 文件中的 CA 证书，例如由 pki export-ca 导出的文件（默认：数据库中的团队 CA）</translation>
    </message>
    <message>
        <location filename="../../cli/records.py" line="142"/>
        <source>an officer of the record signs</source>
        <translation>由笔录中的一名执法人员签名</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="309"/>
        <source>an officer on the patrol (repeat for each)</source>
        <translation>参加巡查的执法人员（每人给出一次）</translation>
    </message>
    <message>
        <location filename="../../cli/records.py" line="212"/>
        <source>an officer taking part (two or more)</source>
        <translation>参加检查的执法人员（两人以上）</translation>
    </message>
    <message>
        <location filename="../../cli/records.py" line="129"/>
        <source>at most this many (default 200)</source>
        <translation>最多列出的条数（默认 200）</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="301"/>
        <location filename="../../cli/mending.py" line="43"/>
        <source>basin code or name (see &apos;basin list&apos;)</source>
        <translation>流域代码或名称（见 basin list）</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="348"/>
        <source>change a finding</source>
        <translation>修改问题</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="274"/>
        <source>change a site (&apos;&apos; clears an optional field)</source>
        <translation>修改检查对象（可选字段填 &apos;&apos; 即清空）</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="204"/>
        <source>change an agency</source>
        <translation>修改执法机构</translation>
    </message>
    <message>
        <location filename="../../cli/records.py" line="108"/>
        <source>change an open (not yet closed) record</source>
        <translation>修改尚未办结的笔录</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="639"/>
        <source>check SQLite integrity and the op-log hash chain</source>
        <translation>检查 SQLite 完整性和变更日志的哈希链</translation>
    </message>
    <message>
        <location filename="../../cli/documents.py" line="152"/>
        <source>check a signed PDF&apos;s signatures</source>
        <translation>校验已签名 PDF 的签名</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="171"/>
        <source>check this installation (resources, fonts, translations, SQLite, Qt, a scratch store, a signed PDF, a HEIC photo): one line per item, exit 0 when all pass</source>
        <translation>检查本机安装是否完好（资源文件、字体、翻译、SQLite、Qt、临时数据库、签名 PDF、HEIC 照片）：每项输出一行，全部通过时退出码为 0</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="323"/>
        <location filename="../../cli/__init__.py" line="351"/>
        <location filename="../../cli/exports.py" line="126"/>
        <source>code from &apos;category list&apos;</source>
        <translation>问题类别代码（见 category list）</translation>
    </message>
    <message>
        <location filename="../../cli/documents.py" line="209"/>
        <source>correct a draft&apos;s order or deadline</source>
        <translation>更正草稿的责令内容或整改期限</translation>
    </message>
    <message>
        <location filename="../../cli/documents.py" line="79"/>
        <source>create the team CA on this laptop (team lead)</source>
        <translation>在本机创建团队 CA（由组长操作）</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="254"/>
        <source>cross-border river basins</source>
        <translation>跨界河流流域</translation>
    </message>
    <message>
        <location filename="../../cli/documents.py" line="268"/>
        <source>default: this year</source>
        <translation>默认：今年</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="422"/>
        <source>draft a 责令改正违法行为决定书 PDF</source>
        <translation>起草《责令改正违法行为决定书》PDF</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="224"/>
        <source>enforcement certificate number (执法证号)</source>
        <translation>执法证号</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="218"/>
        <source>enforcement officers</source>
        <translation>执法人员</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="465"/>
        <source>enrol another replica (team lead)</source>
        <translation>登记另一个副本（由组长操作）</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="481"/>
        <source>even if no clone was detected</source>
        <translation>即使未检测到克隆也执行</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="399"/>
        <source>evidence photos</source>
        <translation>证据照片</translation>
    </message>
    <message>
        <location filename="../../cli/records.py" line="239"/>
        <source>evidence photos (their SHA-256, see &apos;finding show&apos;)</source>
        <translation>证据照片（照片的 SHA-256，见 finding show）</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="346"/>
        <source>evidence photos to import with it</source>
        <translation>同时导入的证据照片</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="497"/>
        <source>exchange records by bundle file</source>
        <translation>通过同步包文件交换记录</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="523"/>
        <source>fetch new ops and missing photos from the office hub</source>
        <translation>从办公室同步服务器获取新的变更和缺少的照片</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="247"/>
        <source>finding categories</source>
        <translation>问题类别</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="315"/>
        <source>findings</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <location filename="../../cli/records.py" line="231"/>
        <source>findings the record covers</source>
        <translation>笔录涉及的问题</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="633"/>
        <source>hash of the synced content, to compare replicas</source>
        <translation>已同步内容的哈希值，用于比对各副本</translation>
    </message>
    <message>
        <location filename="../../cli/serving.py" line="58"/>
        <source>how it was served</source>
        <translation>送达方式</translation>
    </message>
    <message>
        <location filename="../../cli/documents.py" line="266"/>
        <source>how many (default 20)</source>
        <translation>数量（默认 20）</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="361"/>
        <location filename="../../cli/exports.py" line="131"/>
        <source>how serious it is</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="330"/>
        <source>how serious it is (default: minor)</source>
        <translation>严重程度（默认：minor 轻微）</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="404"/>
        <source>import photo files or folders into a finding</source>
        <translation>将照片文件或文件夹导入到问题中</translation>
    </message>
    <message>
        <location filename="../../cli/documents.py" line="193"/>
        <source>include closed and superseded notices</source>
        <translation>包括已销号和已被取代的决定书</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="236"/>
        <source>inspector (default) or team lead</source>
        <translation>角色：inspector 为执法人员（默认），lead 为组长</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="567"/>
        <source>interface (default 127.0.0.1)</source>
        <translation>监听的网络接口（默认 127.0.0.1）</translation>
    </message>
    <message>
        <location filename="../../cli/documents.py" line="89"/>
        <source>issue an officer&apos;s signing certificate (team lead)</source>
        <translation>为执法人员签发签名证书（由组长操作）</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="192"/>
        <source>issuing agencies</source>
        <translation>执法机构</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="437"/>
        <source>issuing agency (default: by the site&apos;s region)</source>
        <translation>发文的执法机构（默认：按当事人所在行政区划）</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="468"/>
        <source>its public key</source>
        <translation>该副本的公钥</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="552"/>
        <source>judge every set-aside op again now</source>
        <translation>立即重新判定所有搁置的变更</translation>
    </message>
    <message>
        <location filename="../../cli/documents.py" line="111"/>
        <source>keep your PKCS#12 file on this laptop for signing</source>
        <translation>将您的 PKCS#12 证书文件保存在本机，用于签名</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="138"/>
        <source>language of the help, the messages and the window (default: the locale, LANG / LC_MESSAGES; the window: the language chosen in it)</source>
        <translation>帮助、提示信息和窗口界面的语言（默认：按系统区域设置 LANG / LC_MESSAGES；窗口默认使用在窗口中选定的语言）</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="203"/>
        <source>list agencies</source>
        <translation>列出执法机构</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="546"/>
        <source>list every op not applied here, and why</source>
        <translation>列出本机所有未应用的变更及原因</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="252"/>
        <source>list finding categories and their legal basis</source>
        <translation>列出问题类别及其法律依据</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="238"/>
        <source>list officers</source>
        <translation>列出执法人员</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="609"/>
        <source>list open and resolved conflicts</source>
        <translation>列出未解决和已解决的冲突</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="288"/>
        <source>list or search sites</source>
        <translation>列出或查找检查对象</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="313"/>
        <source>list patrols</source>
        <translation>列出巡查</translation>
    </message>
    <message>
        <location filename="../../cli/records.py" line="119"/>
        <source>list records, newest first</source>
        <translation>列出笔录，最新的在前</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="255"/>
        <source>list river basins</source>
        <translation>列出流域</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="460"/>
        <source>list the replicas known here</source>
        <translation>列出本机已知的副本</translation>
    </message>
    <message>
        <location filename="../../cli/documents.py" line="124"/>
        <source>list the team CA and officer certificates</source>
        <translation>列出团队 CA 和执法人员证书</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="317"/>
        <source>log a finding</source>
        <translation>登记发现的问题</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="474"/>
        <source>new identity for a cloned or restored laptop (then enrol it again)</source>
        <translation>为克隆或恢复的笔记本生成新身份（之后须重新登记）</translation>
    </message>
    <message>
        <location filename="../../cli/documents.py" line="188"/>
        <source>notices to follow: overdue first, then by deadline</source>
        <translation>需跟进的决定书：逾期的在前，其余按整改期限排列</translation>
    </message>
    <message>
        <location filename="../../cli/documents.py" line="143"/>
        <source>number, sign (PAdES) and issue a draft (lead)</source>
        <translation>为草稿编号、签名（PAdES）并签发（由组长操作）</translation>
    </message>
    <message>
        <location filename="../../cli/records.py" line="92"/>
        <source>on-site inspection and re-inspection records (现场检查/复查笔录)</source>
        <translation>现场检查笔录和复查笔录</translation>
    </message>
    <message>
        <location filename="../../cli/records.py" line="123"/>
        <source>only the re-inspections of this notice</source>
        <translation>只列出该决定书的复查笔录</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="505"/>
        <source>only what that replica is believed to lack</source>
        <translation>只包含该副本可能缺少的内容</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="539"/>
        <source>ops set aside here: held or quarantined</source>
        <translation>本机搁置的变更：暂缓或隔离的</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="292"/>
        <source>part of a name or credit code</source>
        <translation>名称或统一社会信用代码中的部分文字</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="295"/>
        <source>patrols</source>
        <translation>巡查</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="413"/>
        <source>photo files, or folders of them</source>
        <translation>照片文件或存放照片的文件夹</translation>
    </message>
    <message>
        <location filename="../../cli/serving.py" line="84"/>
        <source>place of service (default: the party&apos;s address)</source>
        <translation>送达地点（默认：当事人地址）</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="570"/>
        <source>port (default 8765)</source>
        <translation>端口（默认 8765）</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="132"/>
        <source>print one JSON object</source>
        <translation>以一个 JSON 对象输出结果</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="524"/>
        <source>push, then pull</source>
        <translation>先发送，再获取</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="647"/>
        <source>rebuild even if the chain is broken</source>
        <translation>即使哈希链断裂也重建</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="642"/>
        <source>rebuild the tables from the op log</source>
        <translation>根据变更日志重建数据表</translation>
    </message>
    <message>
        <location filename="../../cli/serving.py" line="51"/>
        <source>record service of an issued notice (送达)</source>
        <translation>登记已签发决定书的送达</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="417"/>
        <source>rectification notices</source>
        <translation>责令改正决定书</translation>
    </message>
    <message>
        <location filename="../../cli/serving.py" line="86"/>
        <source>remarks printed on the receipt</source>
        <translation>打印在送达回证上的备注</translation>
    </message>
    <message>
        <location filename="../../cli/inputs.py" line="62"/>
        <source>replace {file} if it exists</source>
        <translation>{file} 已存在时予以替换</translation>
    </message>
    <message>
        <location filename="../../cli/records.py" line="214"/>
        <source>replaces the officers</source>
        <translation>替换原有的执法人员</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="559"/>
        <source>requests the hub refused, counted per peer and reason</source>
        <translation>同步服务器拒收的请求，按来源和原因计数</translation>
    </message>
    <message>
        <location filename="../../cli/documents.py" line="247"/>
        <source>reserve document numbers (lead)</source>
        <translation>预留文书编号（由组长操作）</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="615"/>
        <source>resolve a conflict (team lead)</source>
        <translation>解决冲突（由组长操作）</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="493"/>
        <source>revoke a replica (team lead)</source>
        <translation>吊销副本（由组长操作）</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="554"/>
        <source>run this store as the office hub</source>
        <translation>将本数据库作为办公室同步服务器运行</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="537"/>
        <source>seconds per request (default 30)</source>
        <translation>每次请求的超时秒数（默认 30）</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="522"/>
        <source>send the office hub the photos and ops it lacks</source>
        <translation>向办公室同步服务器发送其缺少的照片和变更</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="562"/>
        <source>serve push/pull over HTTP until Ctrl-C</source>
        <translation>通过 HTTP 提供发送和获取服务，直至按 Ctrl-C 停止</translation>
    </message>
    <message>
        <location filename="../../cli/documents.py" line="304"/>
        <source>set an agency&apos;s seal image (PNG, team lead)</source>
        <translation>设置执法机构的印章图片（PNG 格式，由组长操作）</translation>
    </message>
    <message>
        <location filename="../../cli/documents.py" line="273"/>
        <source>set your hand-drawn signature (strokes)</source>
        <translation>设置您的预留手写签名（笔画数据）</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="209"/>
        <source>short code for document numbers (numbers issued keep theirs)</source>
        <translation>文书编号使用的机关代字（已编发的文号保持不变）</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="198"/>
        <source>short code for document numbers, e.g. 遂环</source>
        <translation>文书编号使用的机关代字，例如“遂环”</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="393"/>
        <source>show a finding, its photos and history</source>
        <translation>查看问题及其照片和历史记录</translation>
    </message>
    <message>
        <location filename="../../cli/documents.py" line="199"/>
        <source>show a notice: its services, re-inspections, signed documents and supersede chain</source>
        <translation>查看决定书：送达、复查、已签名文书和取代关系</translation>
    </message>
    <message>
        <location filename="../../cli/records.py" line="116"/>
        <source>show a record, who signed and what is missing</source>
        <translation>查看笔录、签名情况和尚缺内容</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="166"/>
        <source>show the version and exit</source>
        <translation>显示版本号并退出</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="458"/>
        <source>show this replica&apos;s id and public key</source>
        <translation>显示本副本的编号和公钥</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="650"/>
        <source>show where the store is and how big it is</source>
        <translation>显示数据库的位置和规模</translation>
    </message>
    <message>
        <location filename="../../cli/records.py" line="155"/>
        <source>sign (PAdES) and close a complete record</source>
        <translation>为内容齐全的笔录签名（PAdES）并办结</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="257"/>
        <source>sites / parties</source>
        <translation>检查对象（当事人）</translation>
    </message>
    <message>
        <location filename="../../cli/documents.py" line="181"/>
        <source>start a corrected notice (team lead)</source>
        <translation>起草一份更正后的决定书以取代原决定书（由组长操作）</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="296"/>
        <source>start a patrol</source>
        <translation>开始一次巡查</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="117"/>
        <source>store folder (default: per-user)</source>
        <translation>数据库所在目录（默认：当前用户的数据目录）</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="628"/>
        <source>store maintenance</source>
        <translation>数据库维护</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="604"/>
        <source>sync conflicts</source>
        <translation>同步冲突</translation>
    </message>
    <message>
        <location filename="../../cli/records.py" line="249"/>
        <source>that person&apos;s phone or other contact</source>
        <translation>在场人员的电话或其他联系方式</translation>
    </message>
    <message>
        <location filename="../../cli/documents.py" line="135"/>
        <source>the CA certificate(s), PEM</source>
        <translation>CA 证书（PEM 格式）</translation>
    </message>
    <message>
        <location filename="../../cli/documents.py" line="105"/>
        <location filename="../../cli/revocation.py" line="98"/>
        <source>the CA key&apos;s passphrase; read from its first line</source>
        <translation>CA 私钥的口令；从该文件的第一行读取</translation>
    </message>
    <message>
        <location filename="../../cli/documents.py" line="119"/>
        <source>the PKCS#12 file&apos;s passphrase</source>
        <translation>PKCS#12 证书文件的口令</translation>
    </message>
    <message>
        <location filename="../../cli/documents.py" line="287"/>
        <source>the agency</source>
        <translation>执法机构</translation>
    </message>
    <message>
        <location filename="../../cli/documents.py" line="253"/>
        <source>the agency whose numbers they are</source>
        <translation>编号所属的执法机构</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="205"/>
        <location filename="../../cli/documents.py" line="306"/>
        <source>the agency&apos;s id</source>
        <translation>执法机构编号</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="194"/>
        <location filename="../../cli/__init__.py" line="206"/>
        <source>the agency&apos;s name</source>
        <translation>执法机构名称</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="311"/>
        <location filename="../../cli/mending.py" line="45"/>
        <source>the area patrolled</source>
        <translation>巡查区域</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="499"/>
        <location filename="../../cli/__init__.py" line="520"/>
        <source>the bundle file</source>
        <translation>同步包文件</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="618"/>
        <source>the conflict&apos;s id (or its first characters)</source>
        <translation>冲突编号（或其开头几个字符）</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="191"/>
        <source>the court hearing 行政诉讼</source>
        <translation>受理行政诉讼的人民法院</translation>
    </message>
    <message>
        <location filename="../../cli/documents.py" line="237"/>
        <source>the decision (default), the signed service receipt (送达回证) or the latest closed re-inspection record (复查笔录)</source>
        <translation>决定书（默认）、已签名的送达回证，或最近一份已办结的复查笔录</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="433"/>
        <source>the draft&apos;s PDF</source>
        <translation>草稿 PDF</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="407"/>
        <location filename="../../cli/photo_evidence.py" line="52"/>
        <source>the finding</source>
        <translation>所属问题</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="349"/>
        <location filename="../../cli/__init__.py" line="378"/>
        <location filename="../../cli/__init__.py" line="395"/>
        <location filename="../../cli/mending.py" line="67"/>
        <source>the finding&apos;s id</source>
        <translation>问题编号</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="431"/>
        <source>the findings it covers (one party)</source>
        <translation>决定书涉及的问题（须为同一当事人）</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="190"/>
        <source>the government hearing 行政复议</source>
        <translation>受理行政复议的人民政府</translation>
    </message>
    <message>
        <location filename="../../cli/documents.py" line="81"/>
        <source>the new CA key&apos;s passphrase (8+ characters)</source>
        <translation>新 CA 私钥的口令（至少 8 个字符）</translation>
    </message>
    <message>
        <location filename="../../cli/documents.py" line="99"/>
        <source>the new PKCS#12 file&apos;s passphrase (8+ characters)</source>
        <translation>新 PKCS#12 证书文件的口令（至少 8 个字符）</translation>
    </message>
    <message>
        <location filename="../../cli/documents.py" line="138"/>
        <location filename="../../cli/serving.py" line="53"/>
        <source>the notice&apos;s id</source>
        <translation>决定书编号</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="531"/>
        <source>the office hub, e.g. http://10.0.0.5:8765</source>
        <translation>办公室同步服务器的地址，例如 http://10.0.0.5:8765</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="124"/>
        <source>the officer acting (default: $INSPECT_APP_OFFICER or &apos;officer use&apos;)</source>
        <translation>以哪位执法人员的身份操作（默认：环境变量 $INSPECT_APP_OFFICER，或用 officer use 选定的人员）</translation>
    </message>
    <message>
        <location filename="../../cli/documents.py" line="95"/>
        <source>the officer it is for</source>
        <translation>证书所属的执法人员</translation>
    </message>
    <message>
        <location filename="../../cli/documents.py" line="97"/>
        <source>the officer&apos;s PKCS#12 file</source>
        <translation>执法人员的 PKCS#12 证书文件</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="230"/>
        <source>the officer&apos;s agency</source>
        <translation>执法人员所属执法机构</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="245"/>
        <source>the officer&apos;s id</source>
        <translation>执法人员编号</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="220"/>
        <source>the officer&apos;s name</source>
        <translation>执法人员姓名</translation>
    </message>
    <message>
        <location filename="../../cli/serving.py" line="94"/>
        <source>the officer(s) who served it (送达人)</source>
        <translation>送达人（执法人员）</translation>
    </message>
    <message>
        <location filename="../../cli/records.py" line="252"/>
        <source>the officers showed their certificates</source>
        <translation>执法人员已出示执法证件</translation>
    </message>
    <message>
        <location filename="../../cli/records.py" line="256"/>
        <source>the party asked for an officer&apos;s recusal</source>
        <translation>当事人申请执法人员回避</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="321"/>
        <location filename="../../cli/__init__.py" line="352"/>
        <location filename="../../cli/exports.py" line="153"/>
        <source>the party concerned</source>
        <translation>涉及的当事人</translation>
    </message>
    <message>
        <location filename="../../cli/records.py" line="187"/>
        <source>the party inspected (re-inspection: the notice&apos;s)</source>
        <translation>被检查的当事人（复查时为决定书的当事人）</translation>
    </message>
    <message>
        <location filename="../../cli/records.py" line="149"/>
        <source>the party refused to sign (needs --witness)</source>
        <translation>当事人拒绝签名（须给出 --witness）</translation>
    </message>
    <message>
        <location filename="../../cli/records.py" line="253"/>
        <source>the party was told of its right to ask for recusal</source>
        <translation>已告知当事人有申请回避的权利</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="259"/>
        <source>the party&apos;s address</source>
        <translation>当事人地址</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="260"/>
        <source>the party&apos;s legal representative</source>
        <translation>当事人的法定代表人</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="263"/>
        <location filename="../../cli/__init__.py" line="277"/>
        <source>the party&apos;s name</source>
        <translation>当事人名称</translation>
    </message>
    <message>
        <location filename="../../cli/records.py" line="147"/>
        <source>the party&apos;s person on site signs</source>
        <translation>由当事人的现场人员签名</translation>
    </message>
    <message>
        <location filename="../../cli/records.py" line="244"/>
        <source>the party&apos;s person present</source>
        <translation>当事人在场人员</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="319"/>
        <location filename="../../cli/exports.py" line="154"/>
        <location filename="../../cli/mending.py" line="73"/>
        <source>the patrol</source>
        <translation>所属巡查</translation>
    </message>
    <message>
        <location filename="../../cli/serving.py" line="73"/>
        <source>the person served (受送达人)</source>
        <translation>受送达人</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="357"/>
        <source>the provision violated</source>
        <translation>违反的法律条款</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="338"/>
        <source>the provision violated (default: by category)</source>
        <translation>违反的法律条款（默认：按问题类别）</translation>
    </message>
    <message>
        <location filename="../../cli/records.py" line="96"/>
        <source>the record&apos;s id</source>
        <translation>笔录编号</translation>
    </message>
    <message>
        <location filename="../../cli/documents.py" line="260"/>
        <source>the replica (laptop) that will use them</source>
        <translation>使用这些编号的副本（笔记本）</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="467"/>
        <location filename="../../cli/__init__.py" line="495"/>
        <source>the replica&apos;s id</source>
        <translation>副本编号</translation>
    </message>
    <message>
        <location filename="../../cli/documents.py" line="280"/>
        <source>the same as &apos;agency seal ID --png FILE&apos;</source>
        <translation>与 agency seal ID --png FILE 相同</translation>
    </message>
    <message>
        <location filename="../../cli/records.py" line="276"/>
        <source>the same, from a file</source>
        <translation>同上，从文件读取</translation>
    </message>
    <message>
        <location filename="../../cli/documents.py" line="155"/>
        <source>the signed PDF</source>
        <translation>已签名的 PDF</translation>
    </message>
    <message>
        <location filename="../../cli/documents.py" line="232"/>
        <location filename="../../cli/records.py" line="179"/>
        <source>the signed PDF, byte for byte</source>
        <translation>已签名的 PDF，逐字节原样导出</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="276"/>
        <location filename="../../cli/mending.py" line="97"/>
        <source>the site&apos;s id</source>
        <translation>检查对象编号</translation>
    </message>
    <message>
        <location filename="../../cli/documents.py" line="73"/>
        <source>the team&apos;s certificate authority and signing certificates</source>
        <translation>团队证书颁发机构（CA）和签名证书</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="623"/>
        <source>the value that stands (for a withdrawal: withdrawn or keep)</source>
        <translation>最终采用的取值（撤销类冲突：withdrawn 撤销或 keep 保留）</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="486"/>
        <source>this laptop was restored from a backup: also write again the ops of its other history (no other machine holds this identity)</source>
        <translation>本机是从备份恢复的：同时重新写入其另一段历史中的变更（没有其他机器持有这一身份）</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="452"/>
        <source>this laptop&apos;s sync identity and enrolled replicas</source>
        <translation>本机的同步身份和已登记的副本</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="258"/>
        <source>unified social credit code (GB 32100-2015)</source>
        <translation>统一社会信用代码（GB 32100-2015）</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="518"/>
        <source>verify and apply a bundle file</source>
        <translation>校验并应用同步包文件</translation>
    </message>
    <message>
        <location filename="../../cli/records.py" line="332"/>
        <source>what a re-inspection found</source>
        <translation>复查结论</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="440"/>
        <source>what the party must do (default: by category)</source>
        <translation>责令当事人改正的内容（默认：按问题类别）</translation>
    </message>
    <message>
        <location filename="../../cli/documents.py" line="212"/>
        <source>what the party must do (责令内容)</source>
        <translation>责令内容：当事人须做什么</translation>
    </message>
    <message>
        <location filename="../../cli/records.py" line="281"/>
        <source>what the party said (陈述)</source>
        <translation>当事人陈述</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="312"/>
        <location filename="../../cli/mending.py" line="46"/>
        <source>what the patrol is for</source>
        <translation>巡查目的</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="325"/>
        <location filename="../../cli/__init__.py" line="350"/>
        <source>what was found</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <location filename="../../cli/records.py" line="270"/>
        <source>what was inspected and found</source>
        <translation>检查情况及发现的问题</translation>
    </message>
    <message>
        <location filename="../../cli/records.py" line="198"/>
        <source>when the inspection began, e.g. 2026-11-28T09:30+08:00</source>
        <translation>检查开始时间，例如 2026-11-28T09:30+08:00</translation>
    </message>
    <message>
        <location filename="../../cli/records.py" line="203"/>
        <source>when the inspection ended (needed to close)</source>
        <translation>检查结束时间（办结时必须填写）</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="366"/>
        <location filename="../../cli/exports.py" line="136"/>
        <source>where the finding stands</source>
        <translation>问题的处理状态</translation>
    </message>
    <message>
        <location filename="../../cli/records.py" line="209"/>
        <source>where the inspection took place</source>
        <translation>检查地点</translation>
    </message>
    <message>
        <location filename="../../cli/records.py" line="342"/>
        <location filename="../../cli/serving.py" line="112"/>
        <source>who saw the refusal (见证人)</source>
        <translation>见证拒签的人（见证人）</translation>
    </message>
    <message>
        <location filename="../../cli/records.py" line="192"/>
        <source>whose record it is (re-inspection: the notice&apos;s)</source>
        <translation>制作笔录的执法机构（复查时为决定书的发文机构）</translation>
    </message>
    <message>
        <location filename="../../cli/documents.py" line="222"/>
        <source>withdraw a draft (an issued notice: supersede)</source>
        <translation>撤销草稿（已签发的决定书须以新决定书取代）</translation>
    </message>
    <message>
        <location filename="../../cli/mending.py" line="79"/>
        <source>withdraw a finding (kept in history)</source>
        <translation>撤销问题（历史记录中仍保留）</translation>
    </message>
    <message>
        <location filename="../../cli/records.py" line="176"/>
        <source>write a closed record&apos;s signed PDF again</source>
        <translation>再次导出已办结笔录的已签名 PDF</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="498"/>
        <source>write a signed bundle file</source>
        <translation>写出已签名的同步包文件</translation>
    </message>
    <message>
        <location filename="../../cli/documents.py" line="229"/>
        <source>write a signed document of a notice again</source>
        <translation>再次导出决定书的已签名文书</translation>
    </message>
    <message>
        <location filename="../../cli/records.py" line="101"/>
        <source>write an inspection (or re-inspection) record</source>
        <translation>制作现场检查（或复查）笔录</translation>
    </message>
    <message>
        <location filename="../../cli/documents.py" line="130"/>
        <source>write the team CA certificate(s) as PEM, for &apos;notice verify --trust&apos; elsewhere</source>
        <translation>以 PEM 格式导出团队 CA 证书，供其他电脑上的 notice verify --trust 使用</translation>
    </message>
    <message>
        <location filename="../../cli/documents.py" line="117"/>
        <source>your PKCS#12 file (from &apos;pki issue&apos;)</source>
        <translation>您的 PKCS#12 证书文件（由 pki issue 生成）</translation>
    </message>
    <message>
        <location filename="../../cli/documents.py" line="147"/>
        <source>your PKCS#12 passphrase</source>
        <translation>您的 PKCS#12 证书口令</translation>
    </message>
    <message>
        <location filename="../../cli/records.py" line="372"/>
        <source>your PKCS#12 passphrase; read from its first line (default: a prompt)</source>
        <translation>您的 PKCS#12 证书口令；从该文件的第一行读取（默认：提示输入）</translation>
    </message>
    <message>
        <location filename="../../cli/inputs.py" line="57"/>
        <source>{what}; never inside the data folder</source>
        <translation>{what}；不得位于数据目录之内</translation>
    </message>
    <message>
        <location filename="../../cli/documents.py" line="321"/>
        <source>{what}; read from its first line</source>
        <translation>{what}；从该文件的第一行读取</translation>
    </message>
    <message>
        <location filename="../../cli/human.py" line="65"/>
        <source>active</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../../cli/human.py" line="66"/>
        <location filename="../../cli/human.py" line="173"/>
        <source>revoked</source>
        <translation>已吊销</translation>
    </message>
    <message>
        <location filename="../../cli/human.py" line="67"/>
        <location filename="../../cli/human.py" line="92"/>
        <source>withdrawn</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <location filename="../../cli/human.py" line="70"/>
        <source>not on this laptop</source>
        <translation>本机没有此决定书</translation>
    </message>
    <message>
        <location filename="../../cli/human.py" line="83"/>
        <source>position read</source>
        <translation>已读取位置</translation>
    </message>
    <message>
        <location filename="../../cli/human.py" line="84"/>
        <source>no position</source>
        <translation>无位置信息</translation>
    </message>
    <message>
        <location filename="../../cli/human.py" line="85"/>
        <source>position unreadable</source>
        <translation>位置信息无法读取</translation>
    </message>
    <message>
        <location filename="../../cli/human.py" line="88"/>
        <source>created</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../cli/human.py" line="89"/>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../cli/human.py" line="90"/>
        <source>added</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../cli/human.py" line="91"/>
        <source>removed</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../cli/human.py" line="94"/>
        <source>conflict resolved</source>
        <translation>裁决冲突</translation>
    </message>
    <message>
        <location filename="../../cli/human.py" line="107"/>
        <source>sound</source>
        <translation>完好</translation>
    </message>
    <message>
        <location filename="../../cli/human.py" line="227"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../cli/human.py" line="228"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../cli/human.py" line="229"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../cli/human.py" line="210"/>
        <source>PASS</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../cli/human.py" line="211"/>
        <source>WARN</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../cli/human.py" line="212"/>
        <source>FAIL</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../cli/human.py" line="213"/>
        <source>resources</source>
        <translation>资源文件</translation>
    </message>
    <message>
        <location filename="../../cli/human.py" line="214"/>
        <source>fonts</source>
        <translation>字体</translation>
    </message>
    <message>
        <location filename="../../cli/human.py" line="215"/>
        <source>sqlite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <location filename="../../cli/human.py" line="216"/>
        <source>qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <location filename="../../cli/human.py" line="217"/>
        <source>store</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../cli/human.py" line="218"/>
        <source>pdf</source>
        <translation>PDF 文书</translation>
    </message>
    <message>
        <location filename="../../cli/human.py" line="219"/>
        <source>heic</source>
        <translation>HEIC 照片</translation>
    </message>
    <message>
        <location filename="../../cli/exports.py" line="49"/>
        <source>write findings or the register of notices to a file</source>
        <translation>将问题清单或整改文书登记簿导出为文件</translation>
    </message>
    <message>
        <location filename="../../cli/exports.py" line="64"/>
        <location filename="../../cli/exports.py" line="90"/>
        <source>the file format</source>
        <translation>文件格式</translation>
    </message>
    <message>
        <location filename="../../cli/exports.py" line="75"/>
        <location filename="../../cli/exports.py" line="98"/>
        <source>the file to write</source>
        <translation>要写入的文件</translation>
    </message>
    <message>
        <location filename="../../cli/exports.py" line="104"/>
        <source>only notices at this stage (repeat for several)</source>
        <translation>仅导出处于该办理阶段的文书（可重复指定多个阶段）</translation>
    </message>
    <message>
        <location filename="../../cli/exports.py" line="107"/>
        <source>only this party&apos;s notices</source>
        <translation>仅导出该当事人的文书</translation>
    </message>
    <message>
        <location filename="../../cli/exports.py" line="117"/>
        <source>words that must all occur (Chinese or not)</source>
        <translation>须全部出现的检索词（中文或其他文字均可）</translation>
    </message>
    <message>
        <location filename="../../cli/exports.py" line="119"/>
        <source>basin code or name</source>
        <translation>流域代码或名称</translation>
    </message>
    <message>
        <location filename="../../cli/exports.py" line="123"/>
        <source>the party&apos;s GB/T 2260 region, or a prefix of it</source>
        <translation>当事人所在行政区划的 GB/T 2260 代码，或其前几位</translation>
    </message>
    <message>
        <location filename="../../cli/exports.py" line="142"/>
        <source>observed on or after this date, YYYY-MM-DD</source>
        <translation>发现日期不早于该日（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../../cli/exports.py" line="148"/>
        <source>observed on or before this date, YYYY-MM-DD</source>
        <translation>发现日期不晚于该日（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../../cli/exports.py" line="151"/>
        <source>recorded by this officer</source>
        <translation>由该执法人员记录</translation>
    </message>
    <message>
        <location filename="../../cli/exports.py" line="159"/>
        <source>only findings of a notice past its deadline</source>
        <translation>仅导出所涉整改文书已逾期的问题</translation>
    </message>
    <message>
        <location filename="../../cli/exports.py" line="55"/>
        <source>findings (as filtered) to CSV or XLSX for Excel, GeoJSON or KML for QGIS and map services; findings without a position are left out of GeoJSON and KML</source>
        <translation>按筛选条件导出问题：表格格式（csv、xlsx）供电子表格软件使用，地图格式（geojson、kml）供地理信息软件和地图服务使用；没有位置的问题不写入地图格式文件</translation>
    </message>
    <message>
        <location filename="../../cli/exports.py" line="81"/>
        <source>the register of notices (number, stage, dates, deadline, party, findings, officer) to CSV or XLSX</source>
        <translation>将整改文书登记簿（文号、办理阶段、日期、整改期限、当事人、所涉问题、签发人）导出为表格文件（csv 或 xlsx）</translation>
    </message>
    <message>
        <location filename="../../cli/finding_list.py" line="57"/>
        <source>list findings: search their text, their party&apos;s, notices&apos; and records&apos; (Chinese words of any length) and filter them</source>
        <translation>列出问题：检索问题本身及其当事人、整改文书和现场笔录中的文字（中文词语长短不限），并按条件筛选</translation>
    </message>
    <message>
        <location filename="../../cli/finding_list.py" line="68"/>
        <source>only findings with an open sync conflict</source>
        <translation>仅列出存在未解决同步冲突的问题</translation>
    </message>
    <message>
        <location filename="../../cli/finding_list.py" line="74"/>
        <source>only findings without a photo</source>
        <translation>仅列出没有照片证据的问题</translation>
    </message>
    <message>
        <location filename="../../cli/finding_list.py" line="80"/>
        <source>only findings with a held or quarantined change</source>
        <translation>仅列出有修改被暂缓应用或被隔离的问题</translation>
    </message>
    <message>
        <location filename="../../cli/finding_list.py" line="86"/>
        <source>the order (default: observed_at, newest first)</source>
        <translation>排序依据（默认 observed_at，即按发现时间从新到旧）</translation>
    </message>
    <message>
        <location filename="../../cli/finding_list.py" line="91"/>
        <source>oldest or smallest first</source>
        <translation>按从旧到新、从小到大的顺序排列</translation>
    </message>
    <message>
        <location filename="../../cli/finding_list.py" line="98"/>
        <source>show at most N findings (0: all; default: 100)</source>
        <translation>最多显示 N 条问题（0 表示全部；默认 100 条）</translation>
    </message>
    <message>
        <location filename="../../cli/finding_list.py" line="105"/>
        <source>skip the first N findings</source>
        <translation>跳过前 N 条问题</translation>
    </message>
    <message>
        <location filename="../../cli/human.py" line="96"/>
        <source>far from the site</source>
        <translation>距检查对象过远</translation>
    </message>
    <message>
        <location filename="../../cli/human.py" line="99"/>
        <source>outside the patrol&apos;s region</source>
        <translation>不在巡查区域内</translation>
    </message>
    <message>
        <location filename="../../cli/human.py" line="101"/>
        <source>taken on another day</source>
        <translation>非巡查当日拍摄</translation>
    </message>
    <message>
        <location filename="../../cli/exports.py" line="66"/>
        <source>Without --format the file format is the one the name of --out ends in (.csv, .xlsx, .geojson or .kml); with it, the name must end in that format&apos;s suffix. In GeoJSON and KML a finding without a position of its own is placed at its party&apos;s; one whose party has none either is left out, and the summary says how many. Filters that cannot match (an unknown basin, --from after --to) and an export that matches nothing are errors: no file is written or replaced.</source>
        <translation>未指定 --format 时，按 --out 文件名的扩展名（.csv、.xlsx、.geojson 或 .kml）确定文件格式；指定 --format 时，文件名须以该格式的扩展名结尾。在 GeoJSON 和 KML 文件中，本身没有位置的问题按其当事人的位置标注；当事人也没有位置的问题不写入，并在结果中说明数量。筛选条件无法匹配（如未知的流域、--from 晚于 --to）或没有任何符合条件的问题时均报错，不写入也不覆盖任何文件。</translation>
    </message>
    <message>
        <location filename="../../cli/exports.py" line="92"/>
        <source>Without --format the file format is the one the name of --out ends in (.csv or .xlsx); with it, the name must end in that format&apos;s suffix. An export that matches no notice is an error: no file is written or replaced.</source>
        <translation>未指定 --format 时，按 --out 文件名的扩展名（.csv 或 .xlsx）确定文件格式；指定 --format 时，文件名须以该格式的扩展名结尾。没有任何符合条件的整改文书时报错，不写入也不覆盖任何文件。</translation>
    </message>
    <message>
        <location filename="../../cli/human.py" line="104"/>
        <source>observed after it was recorded</source>
        <translation>发现时间晚于录入时间</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="372"/>
        <source>set a status no document sets: no violation found, or handed over to the local authority (移交属地); the others follow the decision&apos;s documents</source>
        <translation>设置无文书依据的状态：未发现违法行为，或移交属地；其余状态随决定书的文书流转变更</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="382"/>
        <source>no_violation, handed_over, or open to take one back</source>
        <translation>no_violation（未发现违法行为）、handed_over（移交属地），或 open（撤回上述状态）</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="386"/>
        <source>the receiving local authority (required for handed_over)</source>
        <translation>接收的属地执法机构（handed_over 时必填）</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="388"/>
        <source>why (required for handed_over)</source>
        <translation>理由（handed_over 时必填）</translation>
    </message>
    <message>
        <location filename="../../cli/mending.py" line="32"/>
        <source>why it is withdrawn (kept in its history)</source>
        <translation>撤销原因（保存在历史记录中）</translation>
    </message>
    <message>
        <location filename="../../cli/mending.py" line="33"/>
        <source>the patrol&apos;s id</source>
        <translation>巡查的 ID</translation>
    </message>
    <message>
        <location filename="../../cli/mending.py" line="38"/>
        <source>change a patrol&apos;s date, basin, area, purpose or team</source>
        <translation>更改巡查的日期、流域、区域、目的或执法人员</translation>
    </message>
    <message>
        <location filename="../../cli/mending.py" line="52"/>
        <source>an officer who joins the team (repeat for each)</source>
        <translation>加入的执法人员（每人一次，可重复）</translation>
    </message>
    <message>
        <location filename="../../cli/mending.py" line="59"/>
        <source>an officer who leaves the team (repeat for each)</source>
        <translation>退出的执法人员（每人一次，可重复）</translation>
    </message>
    <message>
        <location filename="../../cli/mending.py" line="61"/>
        <source>withdraw a patrol</source>
        <translation>撤销巡查</translation>
    </message>
    <message>
        <location filename="../../cli/mending.py" line="64"/>
        <source>a patrol&apos;s history</source>
        <translation>巡查的历史记录</translation>
    </message>
    <message>
        <location filename="../../cli/mending.py" line="69"/>
        <source>move a finding to another patrol</source>
        <translation>将问题移至其他巡查</translation>
    </message>
    <message>
        <location filename="../../cli/mending.py" line="87"/>
        <source>take a photo off a finding&apos;s evidence (the photo stays)</source>
        <translation>将照片从问题的证据中移除（照片本身保留）</translation>
    </message>
    <message>
        <location filename="../../cli/mending.py" line="90"/>
        <location filename="../../cli/photo_evidence.py" line="36"/>
        <source>the photo&apos;s SHA-256</source>
        <translation>照片的 SHA-256</translation>
    </message>
    <message>
        <location filename="../../cli/mending.py" line="93"/>
        <source>a finding&apos;s history</source>
        <translation>问题的历史记录</translation>
    </message>
    <message>
        <location filename="../../cli/mending.py" line="98"/>
        <source>withdraw a site (party)</source>
        <translation>撤销检查对象（当事人）</translation>
    </message>
    <message>
        <location filename="../../cli/mending.py" line="101"/>
        <source>a site&apos;s history</source>
        <translation>检查对象的历史记录</translation>
    </message>
    <message>
        <location filename="../../cli/joining.py" line="38"/>
        <source>join an existing team from the office bundle (no hex to copy)</source>
        <translation>用办公室同步包加入已有团队（无需抄写十六进制编号）</translation>
    </message>
    <message>
        <location filename="../../cli/joining.py" line="45"/>
        <source>check an office bundle and show its team and the office code (nothing is stored)</source>
        <translation>校验办公室同步包，显示其中的团队和办公室识别码（不保存任何内容）</translation>
    </message>
    <message>
        <location filename="../../cli/joining.py" line="55"/>
        <source>trust the office laptop whose code you compared, and import its bundle</source>
        <translation>信任已核对识别码的办公室笔记本，并导入其同步包</translation>
    </message>
    <message>
        <location filename="../../cli/joining.py" line="64"/>
        <source>the office code shown on the team lead&apos;s screen (Sync ▸ This laptop&apos;s identity)</source>
        <translation>组长屏幕上显示的办公室识别码（同步 ▸ 本机身份）</translation>
    </message>
    <message>
        <location filename="../../cli/joining.py" line="73"/>
        <source>write this laptop&apos;s enrolment request for the officer in use (after &apos;officer use&apos;)</source>
        <translation>为当前执法人员生成本机的登记申请（在 officer use 之后）</translation>
    </message>
    <message>
        <location filename="../../cli/joining.py" line="81"/>
        <source>the request file</source>
        <translation>申请文件</translation>
    </message>
    <message>
        <location filename="../../cli/joining.py" line="86"/>
        <source>enrol the laptop of a request file (team lead)</source>
        <translation>按申请文件登记笔记本（组长）</translation>
    </message>
    <message>
        <location filename="../../cli/joining.py" line="90"/>
        <source>the request file, or its text (as a scanner types the QR code)</source>
        <translation>申请文件，或其文本（扫码枪扫描二维码时输入的内容）</translation>
    </message>
    <message>
        <location filename="../../cli/joining.py" line="100"/>
        <source>team lead: show a code a new laptop pairs with on the hub; with --slot, who paired</source>
        <translation>组长：生成新笔记本在同步服务器上配对用的配对码；加 --slot 时显示已配对的笔记本</translation>
    </message>
    <message>
        <location filename="../../cli/joining.py" line="107"/>
        <source>the pairing slot a previous call printed</source>
        <translation>上一次调用输出的配对编号</translation>
    </message>
    <message>
        <location filename="../../cli/joining.py" line="113"/>
        <source>new laptop: pair with the hub by the team lead&apos;s code, get the team</source>
        <translation>新笔记本：用组长的配对码与同步服务器配对，并接收团队数据</translation>
    </message>
    <message>
        <location filename="../../cli/joining.py" line="119"/>
        <source>the 8-digit code of the lead</source>
        <translation>组长给出的 8 位配对码</translation>
    </message>
    <message>
        <location filename="../../cli/photo_evidence.py" line="41"/>
        <source>say what a photo shows (printed in the decision&apos;s evidence)</source>
        <translation>说明照片证明的内容（打印在决定书的证据中）</translation>
    </message>
    <message>
        <location filename="../../cli/photo_evidence.py" line="44"/>
        <source>the caption (empty: none)</source>
        <translation>说明文字（留空：无）</translation>
    </message>
    <message>
        <location filename="../../cli/photo_evidence.py" line="49"/>
        <source>move a photo in its finding&apos;s evidence order</source>
        <translation>调整照片在所属问题证据中的顺序</translation>
    </message>
    <message>
        <location filename="../../cli/photo_evidence.py" line="59"/>
        <source>its new place, 0 = first</source>
        <translation>新的位置，0 为第一张</translation>
    </message>
    <message>
        <location filename="../../cli/photo_evidence.py" line="65"/>
        <source>draw marks over a photo (the original file is never changed)</source>
        <translation>在照片上添加标注（原始文件不会改动）</translation>
    </message>
    <message>
        <location filename="../../cli/photo_evidence.py" line="76"/>
        <source>remove every mark</source>
        <translation>删除全部标注</translation>
    </message>
    <message>
        <location filename="../../cli/human.py" line="93"/>
        <source>restored</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <location filename="../../cli/photo_evidence.py" line="82"/>
        <source>on this laptop, print time, position and finding on photos in documents (on/off)</source>
        <translation>在本机制作的文书照片上加印拍摄时间、位置和所属问题（on/off）</translation>
    </message>
    <message>
        <location filename="../../cli/photo_evidence.py" line="73"/>
        <source>a JSON file of marks (the form `photo annotate` prints)</source>
        <translation>标注的 JSON 文件（格式与 photo annotate 输出的相同）</translation>
    </message>
    <message>
        <location filename="../../cli/joining.py" line="40"/>
        <source>the office&apos;s sync bundle (a ZIP file)</source>
        <translation>办公室的同步包（ZIP 文件）</translation>
    </message>
    <message>
        <location filename="../../cli/joining.py" line="95"/>
        <source>the office hub&apos;s address, e.g. http://10.0.0.5:8765</source>
        <translation>办公室同步服务器地址，例如 http://10.0.0.5:8765</translation>
    </message>
    <message>
        <location filename="../../cli/evidence.py" line="34"/>
        <source>a case&apos;s evidence register (证据清单)</source>
        <translation>案件证据清单</translation>
    </message>
    <message>
        <location filename="../../cli/evidence.py" line="75"/>
        <source>change what an item proves, its source or description</source>
        <translation>修改证据的证明内容、来源或说明</translation>
    </message>
    <message>
        <location filename="../../cli/evidence.py" line="68"/>
        <source>end time, ISO 8601 with offset</source>
        <translation>结束时间，ISO 8601 格式并带时区偏移</translation>
    </message>
    <message>
        <location filename="../../cli/evidence.py" line="45"/>
        <source>list the register, its doubts and the leads&apos; answers</source>
        <translation>列出证据清单、存疑情况及组长的说明</translation>
    </message>
    <message>
        <location filename="../../cli/evidence.py" line="95"/>
        <source>move an item within its group</source>
        <translation>在同类证据中调整顺序</translation>
    </message>
    <message>
        <location filename="../../cli/evidence.py" line="100"/>
        <source>one place down</source>
        <translation>下移一位</translation>
    </message>
    <message>
        <location filename="../../cli/evidence.py" line="99"/>
        <source>one place up</source>
        <translation>上移一位</translation>
    </message>
    <message>
        <location filename="../../cli/evidence.py" line="56"/>
        <source>replace FILE</source>
        <translation>覆盖已有文件</translation>
    </message>
    <message>
        <location filename="../../cli/evidence.py" line="67"/>
        <source>start time, ISO 8601 with offset</source>
        <translation>开始时间，ISO 8601 格式并带时区偏移</translation>
    </message>
    <message>
        <location filename="../../cli/evidence.py" line="61"/>
        <source>store a clip, recording, extract or scan in the case</source>
        <translation>将视频、录音、监测数据摘录或扫描件存入案件</translation>
    </message>
    <message>
        <location filename="../../cli/evidence.py" line="94"/>
        <source>the explanation</source>
        <translation>说明内容</translation>
    </message>
    <message>
        <location filename="../../cli/evidence.py" line="36"/>
        <source>the item: its number, key or id prefix</source>
        <translation>证据：序号、键或标识前缀</translation>
    </message>
    <message>
        <location filename="../../cli/evidence.py" line="35"/>
        <source>the notice (the case)</source>
        <translation>决定书（案件）</translation>
    </message>
    <message>
        <location filename="../../cli/evidence.py" line="69"/>
        <location filename="../../cli/evidence.py" line="81"/>
        <source>what it is or shows</source>
        <translation>证据名称或所反映的内容</translation>
    </message>
    <message>
        <location filename="../../cli/evidence.py" line="79"/>
        <source>what it proves (empty: default)</source>
        <translation>证明内容（留空则使用默认内容）</translation>
    </message>
    <message>
        <location filename="../../cli/evidence.py" line="70"/>
        <source>what it proves (证明……)</source>
        <translation>证明内容（证明……）</translation>
    </message>
    <message>
        <location filename="../../cli/evidence.py" line="66"/>
        <location filename="../../cli/evidence.py" line="80"/>
        <source>who or what made it</source>
        <translation>制作人或制作设备</translation>
    </message>
    <message>
        <location filename="../../cli/evidence.py" line="52"/>
        <source>also write the case file&apos;s register with the explanations (CSV)</source>
        <translation>同时导出含组长说明的案卷证据目录（CSV）</translation>
    </message>
    <message>
        <location filename="../../cli/evidence.py" line="86"/>
        <source>answer a warning about an item (team leads; goes into the case file, not the decision)</source>
        <translation>对证据存疑情况作出说明（限组长；载入案卷，不写入决定书）</translation>
    </message>
    <message>
        <location filename="../../cli/laws.py" line="29"/>
        <source>the bundled table of laws decisions cite</source>
        <translation>决定书引用的内置法律条文表</translation>
    </message>
    <message>
        <location filename="../../cli/laws.py" line="30"/>
        <source>list the laws and their articles</source>
        <translation>列出各部法律及其收录的条文</translation>
    </message>
    <message>
        <location filename="../../cli/laws.py" line="35"/>
        <source>show a law&apos;s articles, or one article, with their text</source>
        <translation>显示某部法律收录的条文或其中一条的全文</translation>
    </message>
    <message>
        <location filename="../../cli/laws.py" line="40"/>
        <source>a law id or alias (water_pollution_2017, water_pollution), optionally with :ARTICLE[:PARAGRAPH[:ITEM]]</source>
        <translation>法律编号或简称（water_pollution_2017、water_pollution），可加 :条[:款[:项]]</translation>
    </message>
    <message>
        <location filename="../../cli/laws.py" line="108"/>
        <source>a violated provision (违反条款), e.g. water_pollution:22; repeat for several; replaces the draft&apos;s list (&apos;&apos; for none). See: inspect-app law list</source>
        <translation>违反条款，例如 water_pollution:22；多条可重复给出；替换草稿原有的违反条款（&apos;&apos; 表示不引用）。可查：inspect-app law list</translation>
    </message>
    <message>
        <location filename="../../cli/laws.py" line="118"/>
        <source>a basis of the order (责令改正依据), e.g. water_pollution:84:2 or administrative_penalty:28:1; repeat for several; replaces the draft&apos;s list</source>
        <translation>责令改正依据，例如 water_pollution:84:2 或 administrative_penalty:28:1；多条可重复给出；替换草稿原有的依据</translation>
    </message>
    <message>
        <location filename="../../cli/laws.py" line="128"/>
        <source>append the 附件 相关法律条文 (the cited articles&apos; texts; default on)</source>
        <translation>附送附件“相关法律条文”（所引条款全文；默认附送）</translation>
    </message>
    <message>
        <location filename="../../cli/records.py" line="166"/>
        <source>another officer of the record whose certificate is on this laptop e-signs too (repeatable; the passphrase from the file&apos;s first line)</source>
        <translation>本笔录的另一名执法人员（其数字证书在本机）同时电子签名（可重复；口令取自该文件第一行）</translation>
    </message>
    <message>
        <location filename="../../cli/records.py" line="286"/>
        <source>the recorder (记录人), one of the officers</source>
        <translation>记录人，须为执法人员之一</translation>
    </message>
    <message>
        <location filename="../../cli/records.py" line="293"/>
        <source>the questions and answers (问/答): a JSON list of {&quot;q&quot;: …, &quot;a&quot;: …}; replaces them</source>
        <translation>问答记录：{&quot;q&quot;: …, &quot;a&quot;: …} 组成的 JSON 列表；替换原有问答</translation>
    </message>
    <message>
        <location filename="../../cli/records.py" line="303"/>
        <source>a question asked (repeatable, each with its --answer); replaces them</source>
        <translation>所提问题（可重复，每个问题配一个 --answer）；替换原有问答</translation>
    </message>
    <message>
        <location filename="../../cli/records.py" line="312"/>
        <source>the answer to the --question before it (may be empty)</source>
        <translation>对前一个 --question 的回答（可为空）</translation>
    </message>
    <message>
        <location filename="../../cli/records.py" line="317"/>
        <source>the party&apos;s confirmation above their signature (default: 以上笔录我已看过，与事实相符)</source>
        <translation>当事人签名上方的确认意见（默认：以上笔录我已看过，与事实相符）</translation>
    </message>
    <message>
        <location filename="../../cli/records.py" line="351"/>
        <source>with --refused: why the party refused (拒签事由)</source>
        <translation>与 --refused 同用：当事人拒签事由</translation>
    </message>
    <message>
        <location filename="../../cli/records.py" line="356"/>
        <location filename="../../cli/serving.py" line="117"/>
        <source>the witness&apos;s unit or identity</source>
        <translation>见证人的单位或身份</translation>
    </message>
    <message>
        <location filename="../../cli/records.py" line="362"/>
        <location filename="../../cli/serving.py" line="123"/>
        <source>the witness&apos;s hand signature (strokes JSON)</source>
        <translation>见证人的手写签名（笔迹 JSON）</translation>
    </message>
    <message>
        <location filename="../../cli/serving.py" line="172"/>
        <source>a copy of the signed receipt</source>
        <translation>已签名送达回证的副本</translation>
    </message>
    <message>
        <location filename="../../cli/serving.py" line="180"/>
        <source>sign the missing receipt of a service recorded by an older version</source>
        <translation>为旧版本记录的送达补签送达回证</translation>
    </message>
    <message>
        <location filename="../../cli/serving.py" line="186"/>
        <source>the signed receipt</source>
        <translation>已签名的送达回证</translation>
    </message>
    <message>
        <location filename="../../cli/serving.py" line="63"/>
        <source>time of service (default: now, Asia/Shanghai; by post: when it was signed for; public notice: the deemed day)</source>
        <translation>送达时间（默认为当前时间，北京时间；邮寄送达为签收邮件的时间；公告送达为视为送达之日）</translation>
    </message>
    <message>
        <location filename="../../cli/serving.py" line="78"/>
        <source>how the person who received it relates to the party (收件人关系)</source>
        <translation>收件人与当事人的关系</translation>
    </message>
    <message>
        <location filename="../../cli/serving.py" line="100"/>
        <source>the recipient refused to sign: left at the premises (留置送达)</source>
        <translation>受送达人拒绝签收，留置送达</translation>
    </message>
    <message>
        <location filename="../../cli/serving.py" line="107"/>
        <source>why the recipient refused (拒收事由)</source>
        <translation>拒收事由</translation>
    </message>
    <message>
        <location filename="../../cli/serving.py" line="129"/>
        <source>a photo or video of leaving the document (instead of a witness)</source>
        <translation>留置过程的照片或录像（可代替见证人）</translation>
    </message>
    <message>
        <location filename="../../cli/serving.py" line="136"/>
        <source>by post: the postal tracking number</source>
        <translation>邮寄送达：邮件号</translation>
    </message>
    <message>
        <location filename="../../cli/serving.py" line="141"/>
        <source>entrusted service: the body entrusted (受委托单位)</source>
        <translation>委托送达：受委托单位</translation>
    </message>
    <message>
        <location filename="../../cli/serving.py" line="146"/>
        <source>electronic service: the address the party agreed to</source>
        <translation>电子送达：受送达人确认的送达地址</translation>
    </message>
    <message>
        <location filename="../../cli/serving.py" line="152"/>
        <source>electronic service: scan of the signed 送达地址确认书 (consent)</source>
        <translation>电子送达：已签署的送达地址确认书扫描件（书面同意）</translation>
    </message>
    <message>
        <location filename="../../cli/serving.py" line="159"/>
        <source>public notice: the day it was published</source>
        <translation>公告送达：公告发布日期</translation>
    </message>
    <message>
        <location filename="../../cli/serving.py" line="165"/>
        <source>public notice: days until deemed served (default 30, 民事诉讼法 第九十五条)</source>
        <translation>公告送达：经过多少日视为送达（默认30日，《民事诉讼法》第九十五条）</translation>
    </message>
    <message>
        <location filename="../../cli/serving.py" line="185"/>
        <source>the service&apos;s id</source>
        <translation>送达记录的ID</translation>
    </message>
    <message>
        <location filename="../../cli/documents.py" line="172"/>
        <source>validate as at this date (e.g. years ahead, after a certificate expired)</source>
        <translation>按该日期验证（例如数年之后、证书已过期时）</translation>
    </message>
    <message>
        <location filename="../../cli/revocation.py" line="51"/>
        <source>revoke an officer&apos;s signing certificate (team lead)</source>
        <translation>吊销执法人员的签名证书（由组长操作）</translation>
    </message>
    <message>
        <location filename="../../cli/revocation.py" line="57"/>
        <source>its SHA-256 fingerprint (or its first 8+ characters)</source>
        <translation>证书的 SHA-256 指纹（或其前8位以上字符）</translation>
    </message>
    <message>
        <location filename="../../cli/revocation.py" line="63"/>
        <source>why (key_compromise: the laptop or key file was lost)</source>
        <translation>吊销原因（key_compromise：电脑或密钥文件丢失）</translation>
    </message>
    <message>
        <location filename="../../cli/revocation.py" line="70"/>
        <source>make a fresh revocation list (CRL) where the team CA key is (lead)</source>
        <translation>在存放团队CA密钥的电脑上生成新的证书吊销列表（CRL）（由组长操作）</translation>
    </message>
    <message>
        <location filename="../../cli/revocation.py" line="79"/>
        <source>issue the office hub&apos;s timestamping certificate (team lead)</source>
        <translation>签发办公室服务器的时间戳证书（由组长操作）</translation>
    </message>
    <message>
        <location filename="../../cli/revocation.py" line="81"/>
        <source>the hub&apos;s PKCS#12 file</source>
        <translation>办公室服务器的 PKCS#12 文件</translation>
    </message>
    <message>
        <location filename="../../cli/revocation.py" line="87"/>
        <source>the new PKCS#12 file&apos;s passphrase (8+ characters); first line</source>
        <translation>新 PKCS#12 文件的口令（至少8个字符），读取文件第一行</translation>
    </message>
    <message>
        <location filename="../../cli/revocation.py" line="206"/>
        <source>run a timestamp authority (RFC 3161) with this certificate from &apos;pki issue-tsa&apos;, and keep a long-term (B-LTA) copy of every signed document</source>
        <translation>使用“pki issue-tsa”签发的该证书提供时间戳服务（RFC 3161），并为每份已签名文书保存长期验证（B-LTA）副本</translation>
    </message>
    <message>
        <location filename="../../cli/revocation.py" line="216"/>
        <source>the TSA file&apos;s passphrase; read from its first line</source>
        <translation>时间戳证书文件的口令，读取文件第一行</translation>
    </message>
    <message>
        <location filename="../../cli/human.py" line="162"/>
        <source>officer</source>
        <translation>执法人员</translation>
    </message>
    <message>
        <location filename="../../cli/human.py" line="163"/>
        <source>party</source>
        <translation>当事人</translation>
    </message>
    <message>
        <location filename="../../cli/human.py" line="164"/>
        <source>recipient</source>
        <translation>受送达人</translation>
    </message>
    <message>
        <location filename="../../cli/human.py" line="165"/>
        <source>server of the document</source>
        <translation>送达人</translation>
    </message>
    <message>
        <location filename="../../cli/human.py" line="168"/>
        <source>the signing laptop&apos;s own clock</source>
        <translation>签名电脑自身时钟</translation>
    </message>
    <message>
        <location filename="../../cli/human.py" line="169"/>
        <source>timestamp authority</source>
        <translation>时间戳服务机构</translation>
    </message>
    <message>
        <location filename="../../cli/human.py" line="172"/>
        <source>not revoked</source>
        <translation>未吊销</translation>
    </message>
    <message>
        <location filename="../../cli/human.py" line="174"/>
        <source>unknown (no revocation list)</source>
        <translation>未知（无证书吊销列表）</translation>
    </message>
    <message>
        <location filename="../../cli/human.py" line="177"/>
        <source>the whole file</source>
        <translation>整个文件</translation>
    </message>
    <message>
        <location filename="../../cli/human.py" line="178"/>
        <source>the whole revision</source>
        <translation>整个修订版本</translation>
    </message>
    <message>
        <location filename="../../cli/human.py" line="179"/>
        <source>a part from the start of the file</source>
        <translation>文件开头的一部分</translation>
    </message>
    <message>
        <location filename="../../cli/human.py" line="184"/>
        <source>no changes</source>
        <translation>无改动</translation>
    </message>
    <message>
        <location filename="../../cli/human.py" line="185"/>
        <source>long-term validation data only</source>
        <translation>仅添加长期验证数据</translation>
    </message>
    <message>
        <location filename="../../cli/human.py" line="186"/>
        <source>form filling</source>
        <translation>填写表单</translation>
    </message>
    <message>
        <location filename="../../cli/human.py" line="187"/>
        <source>annotations</source>
        <translation>添加注释</translation>
    </message>
    <message>
        <location filename="../../cli/human.py" line="188"/>
        <source>other changes</source>
        <translation>其他改动</translation>
    </message>
    <message>
        <location filename="../../cli/protection.py" line="64"/>
        <source>the store&apos;s passphrase: the first line of FILE (default: the file named by $INSPECT_APP_STORE_PASSPHRASE_FILE, else a prompt on a terminal); a new data folder is set up encrypted with it</source>
        <translation>数据库口令：取 FILE 的第一行（默认：取 $INSPECT_APP_STORE_PASSPHRASE_FILE 所指的文件，否则在终端上提示输入）；新的数据文件夹即以此口令设为加密</translation>
    </message>
    <message>
        <location filename="../../cli/protection.py" line="76"/>
        <source>set up a new data folder without encryption (a training laptop only; shown in the window and by &apos;db check&apos;)</source>
        <translation>将新的数据文件夹设为不加密（仅限培训用笔记本；窗口和 &apos;db check&apos; 中会一直显示）</translation>
    </message>
    <message>
        <location filename="../../cli/protection.py" line="90"/>
        <source>the new store passphrase: the first line of FILE (default: asked twice on the terminal; at least 8 characters)</source>
        <translation>新的数据库口令：取 FILE 的第一行（默认：在终端上输入两次；至少 8 个字符）</translation>
    </message>
    <message>
        <location filename="../../cli/protection.py" line="104"/>
        <source>encrypt a clear store in place, with its photos and files (backup first, verified; safe to interrupt: run it again to finish); the new passphrase from --store-passphrase-file, the variable, or asked twice</source>
        <translation>就地加密未加密的数据库及其照片和文件（先备份并校验；中断无妨，再次运行即可完成）；新口令取自 --store-passphrase-file、环境变量，或在终端上输入两次</translation>
    </message>
    <message>
        <location filename="../../cli/protection.py" line="115"/>
        <source>change the store&apos;s passphrase (the current one as for every command, the new one from --new-passphrase-file or asked twice); nothing is re-encrypted</source>
        <translation>更改数据库口令（当前口令的给法与其他命令相同，新口令取自 --new-passphrase-file 或在终端上输入两次）；不会重新加密任何数据</translation>
    </message>
    <message>
        <location filename="../../cli/protection.py" line="126"/>
        <source>set a new passphrase for a laptop whose passphrase is forgotten, with the team&apos;s recovery key (team lead)</source>
        <translation>用团队恢复密钥为忘记口令的笔记本设置新口令（组长）</translation>
    </message>
    <message>
        <location filename="../../cli/protection.py" line="137"/>
        <source>the team&apos;s recovery key file (made with the team CA)</source>
        <translation>团队恢复密钥文件（与团队 CA 一同生成）</translation>
    </message>
    <message>
        <location filename="../../cli/protection.py" line="143"/>
        <source>the recovery key&apos;s passphrase: the first line of FILE (default: asked)</source>
        <translation>恢复密钥的口令：取 FILE 的第一行（默认：在终端上询问）</translation>
    </message>
    <message>
        <location filename="../../cli/protection.py" line="156"/>
        <source>make the team&apos;s recovery key, for a team CA made before encryption (team lead); &apos;pki init-ca&apos; makes it with the CA</source>
        <translation>为加密功能推出前建立的团队 CA 生成团队恢复密钥（组长）；&apos;pki init-ca&apos; 会与 CA 一同生成</translation>
    </message>
    <message>
        <location filename="../../cli/protection.py" line="166"/>
        <source>the recovery key&apos;s new passphrase: the first line of FILE</source>
        <translation>恢复密钥的新口令：取 FILE 的第一行</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="510"/>
        <source>do not encrypt the bundle, for a new laptop joining the team (a bundle is encrypted for the laptops it is for: each --for REPLICA, which may be repeated, else every enrolled laptop; and this one)</source>
        <translation>不加密同步包，供新加入小组的笔记本使用（同步包按接收方加密：各个 --for REPLICA 所指的副本（可重复指定），未指定时为所有已登记的笔记本；另加本机）</translation>
    </message>
    <message>
        <location filename="../../cli/photo_evidence.py" line="92"/>
        <source>write a photo&apos;s original file, byte for byte as the camera wrote it (the data folder keeps it encrypted)</source>
        <translation>输出照片的原始文件，与相机写入时逐字节相同（数据文件夹中以加密方式保存）</translation>
    </message>
    <message>
        <location filename="../../cli/photo_evidence.py" line="99"/>
        <source>the original photo file</source>
        <translation>原始照片文件</translation>
    </message>
    <message>
        <location filename="../../cli/human.py" line="110"/>
        <source>the encrypted copy</source>
        <translation>制作加密副本</translation>
    </message>
    <message>
        <location filename="../../cli/human.py" line="111"/>
        <source>the switch</source>
        <translation>切换数据库</translation>
    </message>
    <message>
        <location filename="../../cli/human.py" line="112"/>
        <source>sealing the files</source>
        <translation>加密文件</translation>
    </message>
    <message>
        <location filename="../../cli/human.py" line="113"/>
        <source>removing clear copies</source>
        <translation>删除明文副本</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="586"/>
        <source>with --database: the key file that seals the hub&apos;s identity (default hub.key in the data folder; created with the hub, copied to every hub process)</source>
        <translation>与 --database 一起使用：加密保存同步服务器身份的密钥文件（默认为数据文件夹中的 hub.key；随同步服务器创建，须复制到每个同步服务器进程）</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="595"/>
        <source>keep the hub&apos;s photos in this folder or S3-compatible bucket, shared by every hub process (default: the data folder); s3://bucket/prefix?endpoint=URL, credentials from the AWS_* environment variables</source>
        <translation>将同步服务器的照片保存在此文件夹或兼容 S3 的存储桶中，由所有同步服务器进程共用（默认：数据文件夹）；格式为 s3://bucket/prefix?endpoint=URL，访问凭据取自 AWS_* 环境变量</translation>
    </message>
    <message>
        <location filename="../../cli/hub_migrating.py" line="38"/>
        <source>move this office&apos;s hub (a store folder) into a PostgreSQL database, verified: the same hub identity, every op at its position (laptops keep syncing), photos into the chosen photo store; safe to run again after an interruption</source>
        <translation>将本单位的同步服务器（一个数据文件夹）迁移到数据库服务器并加以核对：同步服务器身份不变，每项变更保持原有位置（各笔记本电脑照常同步），照片存入指定的照片存储；中断后可重新运行</translation>
    </message>
    <message>
        <location filename="../../cli/hub_migrating.py" line="50"/>
        <source>the data folder the hub was served from</source>
        <translation>同步服务器运行时使用的数据文件夹</translation>
    </message>
    <message>
        <location filename="../../cli/hub_migrating.py" line="74"/>
        <source>where the hub keeps photos from now on, as for &apos;hub serve&apos;: a folder shared by the hub processes, or s3://bucket/prefix (default: photos in --data-dir)</source>
        <translation>此后同步服务器保存照片的位置，与“hub serve”相同：各同步服务器进程共用的文件夹，或 s3://bucket/prefix（默认：--data-dir 中的照片文件夹）</translation>
    </message>
    <message>
        <location filename="../../cli/hub_migrating.py" line="83"/>
        <source>only verify a finished migration against the hub folder, before serving from it</source>
        <translation>仅核对已完成的迁移与原同步服务器文件夹是否一致（须在以新数据库提供服务之前进行）</translation>
    </message>
    <message>
        <location filename="../../cli/hub_migrating.py" line="57"/>
        <source>an empty PostgreSQL database for the hub: postgresql://USER@HOST/DB</source>
        <translation>供同步服务器使用的空数据库，以 URL 形式给出（数据库服务器上新建的库）</translation>
    </message>
    <message>
        <location filename="../../cli/hub_migrating.py" line="65"/>
        <source>the hub key file every hub process is given (default: hub.key in --data-dir; made when missing; keep a copy: without it the hub cannot be opened)</source>
        <translation>提供给每个同步服务器进程的服务器密钥文件（默认：--data-dir 中的服务器密钥文件，不存在时自动生成；请妥善备份，丢失后将无法打开同步服务器）</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="576"/>
        <source>keep the hub&apos;s op log in this PostgreSQL database (several hub processes may share it); --data-dir is then this process&apos;s local cache</source>
        <translation>将同步服务器的变更日志保存在该 PostgreSQL 数据库中（多个同步服务器进程可共用）；此时 --data-dir 为本进程的本地缓存</translation>
    </message>
    <message>
        <source>fetch one record outside this laptop&apos;s scope from the office hub, with its photos; it is kept up to date from then on</source>
        <translation>从办公室同步服务器获取一条不在本机工作范围内的记录及其照片，此后该记录随每次同步保持更新</translation>
    </message>
    <message>
        <source>the id of the record to fetch</source>
        <translation>要获取的记录编号</translation>
    </message>
    <message>
        <source>too many connections</source>
        <translation>连接数过多</translation>
    </message>
    <message>
        <source>the hub was full</source>
        <translation>同步服务器连接已满</translation>
    </message>
    <message>
        <source>closed to make room</source>
        <translation>为腾出连接而被关闭</translation>
    </message>
    <message>
        <source>request headers too slow</source>
        <translation>请求头传输超时</translation>
    </message>
    <message>
        <source>request body too slow</source>
        <translation>请求内容传输过慢</translation>
    </message>
    <message>
        <source>stopped reading the answer</source>
        <translation>对方停止接收应答</translation>
    </message>
    <message>
        <source>malformed request</source>
        <translation>请求格式错误</translation>
    </message>
    <message>
        <source>request length not given</source>
        <translation>未声明请求长度</translation>
    </message>
    <message>
        <source>request too large</source>
        <translation>请求过大</translation>
    </message>
    <message>
        <source>unsigned request</source>
        <translation>请求未签名</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>无权访问</translation>
    </message>
    <message>
        <source>bad request</source>
        <translation>请求无效</translation>
    </message>
    <message>
        <source>photo bytes did not match its hash</source>
        <translation>照片内容与其哈希值不符</translation>
    </message>
    <message>
        <source>no such address on the hub</source>
        <translation>同步服务器上无此地址</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>show or set a replica&apos;s scope: what it receives from the hub (team lead)</source>
        <translation>查看或设定副本的工作范围，即其从同步服务器接收的内容（组长）</translation>
    </message>
    <message>
        <source>scope keys: agency:ID, basin:CODE or region:CODE (4 or 6 digits); none: show the scope</source>
        <translation>工作范围键：agency:机构编号、basin:流域代码或 region:区划代码（4 位或 6 位）；不给出则显示当前工作范围</translation>
    </message>
    <message>
        <source>the replica receives everything (clears its scope)</source>
        <translation>该副本接收全部记录（清除其工作范围）</translation>
    </message>
    <message>
        <source>the kind of record: finding, patrol, site (a party), notice or inspection_record; its Chinese word is accepted too</source>
        <translation>记录类别：问题（finding）、巡查（patrol）、检查对象（site）、决定书（notice）或检查笔录（inspection_record），中英文均可</translation>
    </message>
    <message>
        <source>what the new laptop receives: scope keys agency:ID, basin:CODE or NAME, region:CODE (default: everything)</source>
        <translation>新笔记本接收的内容：工作范围键 agency:机构编号、basin:流域代码或名称、region:区划代码（默认接收全部记录）</translation>
    </message>
</context>
<context>
    <name>ConflictQueueDialog</name>
    <message>
        <location filename="../../ui/widgets/conflict_dialog.py" line="158"/>
        <source>Sync conflicts</source>
        <translation>同步冲突</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/conflict_dialog.py" line="161"/>
        <source>Two laptops changed the same thing before they synced. Select a conflict, pick the value that is right and press Resolve: the decision reaches every laptop with the next sync. Until then each laptop shows the provisional value.</source>
        <translation>两台笔记本在同步之前修改了同一项内容。请选中一条冲突，选择正确的取值并点击“裁决”：裁决结果会在下次同步时送达每台笔记本。在此之前，各笔记本显示暂定值。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/conflict_dialog.py" line="167"/>
        <source>Two laptops changed the same thing before they synced. Only a team lead can decide which value is right, so this list is read-only for you: ask your team lead to resolve these. Until then each laptop shows the provisional value.</source>
        <translation>两台笔记本在同步之前修改了同一项内容。只有组长可以裁决哪个取值正确，因此本列表对您只读：请联系组长处理。在此之前，各笔记本显示暂定值。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/conflict_dialog.py" line="172"/>
        <source>Resolution</source>
        <translation>裁决</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/conflict_dialog.py" line="173"/>
        <source>Resolve</source>
        <translation>裁决</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/conflict_dialog.py" line="214"/>
        <source>Select a conflict to see its values.</source>
        <translation>选中一条冲突以查看各方取值。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/conflict_dialog.py" line="216"/>
        <source>No open conflicts.</source>
        <translation>没有未解决的冲突。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/conflict_dialog.py" line="220"/>
        <source>Resolved: {0} = {1}.</source>
        <translation>已裁决：{0} = {1}。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/conflict_dialog.py" line="231"/>
        <source>One laptop withdrew this record while another edited it:</source>
        <translation>一台笔记本撤销了这条记录，另一台同时修改了它：</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/conflict_dialog.py" line="235"/>
        <source>Keep which value?</source>
        <translation>保留哪个取值？</translation>
    </message>
</context>
<context>
    <name>ConflictTableModel</name>
    <message>
        <location filename="../../ui/models/conflicts.py" line="31"/>
        <source>Withdrawal</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../ui/models/conflicts.py" line="32"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../ui/models/conflicts.py" line="33"/>
        <location filename="../../ui/models/conflicts.py" line="117"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/models/conflicts.py" line="34"/>
        <source>Category</source>
        <translation>问题类别</translation>
    </message>
    <message>
        <location filename="../../ui/models/conflicts.py" line="35"/>
        <source>Description</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <location filename="../../ui/models/conflicts.py" line="36"/>
        <source>Party</source>
        <translation>当事人</translation>
    </message>
    <message>
        <location filename="../../ui/models/conflicts.py" line="37"/>
        <source>Observed</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <location filename="../../ui/models/conflicts.py" line="38"/>
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <location filename="../../ui/models/conflicts.py" line="39"/>
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <location filename="../../ui/models/conflicts.py" line="40"/>
        <source>Legal basis</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <location filename="../../ui/models/conflicts.py" line="41"/>
        <source>Caption</source>
        <translation>照片说明</translation>
    </message>
    <message>
        <location filename="../../ui/models/conflicts.py" line="42"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/models/conflicts.py" line="51"/>
        <source>Withdraw the record</source>
        <translation>撤销这条记录</translation>
    </message>
    <message>
        <location filename="../../ui/models/conflicts.py" line="52"/>
        <source>Keep the record (with the edits)</source>
        <translation>保留这条记录（含修改）</translation>
    </message>
    <message>
        <location filename="../../ui/models/conflicts.py" line="54"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../../ui/models/conflicts.py" line="165"/>
        <source>unknown officer</source>
        <translation>未知执法人员</translation>
    </message>
    <message>
        <location filename="../../ui/models/conflicts.py" line="171"/>
        <source>unknown laptop</source>
        <translation>未知笔记本</translation>
    </message>
    <message>
        <location filename="../../ui/models/conflicts.py" line="173"/>
        <source>this laptop</source>
        <translation>本机</translation>
    </message>
    <message>
        <location filename="../../ui/models/conflicts.py" line="178"/>
        <source>{0} — {1}, {2}, {3}</source>
        <translation>{0} — {1}，{2}，{3}</translation>
    </message>
    <message>
        <location filename="../../ui/models/conflicts.py" line="104"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../ui/models/conflicts.py" line="108"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../ui/models/conflicts.py" line="112"/>
        <source>Values written (who, laptop, when)</source>
        <translation>各方取值（人员、笔记本、时间）</translation>
    </message>
    <message>
        <location filename="../../ui/models/conflicts.py" line="115"/>
        <source>Value in force</source>
        <translation>当前生效值</translation>
    </message>
    <message>
        <location filename="../../ui/models/conflicts.py" line="189"/>
        <source>Resolved by {0}, {1}, {2}</source>
        <translation>由 {0} 裁决，{1}，{2}</translation>
    </message>
    <message>
        <location filename="../../ui/models/conflicts.py" line="198"/>
        <source>{0} (provisional)</source>
        <translation>{0}（暂定）</translation>
    </message>
    <message>
        <location filename="../../ui/models/conflicts.py" line="119"/>
        <source>Open</source>
        <translation>未解决</translation>
    </message>
    <message>
        <location filename="../../ui/models/conflicts.py" line="121"/>
        <source>Resolved</source>
        <translation>已裁决</translation>
    </message>
    <message>
        <location filename="../../ui/models/conflicts.py" line="229"/>
        <source>Laptops wrote different values at the same time. Until a team lead resolves it, every laptop shows the provisional value.</source>
        <translation>多台笔记本同时写入了不同的取值。在组长裁决之前，每台笔记本都显示暂定值。</translation>
    </message>
    <message>
        <location filename="../../ui/models/conflicts.py" line="234"/>
        <source>Resolved: the chosen value is in force on every laptop that synced it.</source>
        <translation>已裁决：所选取值在每台已同步的笔记本上生效。</translation>
    </message>
    <message>
        <location filename="../../ui/models/conflicts.py" line="209"/>
        <source>Finding {0}</source>
        <translation>问题 {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/conflicts.py" line="212"/>
        <source>Finding: {0}</source>
        <translation>问题：{0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/conflicts.py" line="214"/>
        <source>Patrol {0}</source>
        <translation>巡查 {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/conflicts.py" line="215"/>
        <source>Party {0}</source>
        <translation>当事人 {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/conflicts.py" line="216"/>
        <source>Photo {0}</source>
        <translation>照片 {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/conflicts.py" line="217"/>
        <source>Officer {0}</source>
        <translation>执法人员 {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/conflicts.py" line="218"/>
        <source>Notice {0}</source>
        <translation>通知书 {0}</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../ui/crash.py" line="175"/>
        <source>Something went wrong</source>
        <translation>出现意外问题</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="195"/>
        <source>The diagnostics hold version numbers and the app&apos;s log, not your records.</source>
        <translation>诊断信息只包含版本号和程序日志，不含您的执法记录。</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="199"/>
        <source>Copy diagnostics</source>
        <translation>复制诊断信息</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="200"/>
        <source>Open log folder</source>
        <translation>打开日志文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="216"/>
        <source>Copied. Paste them into an e-mail or a chat message to your IT support.</source>
        <translation>已复制。请粘贴到发给信息技术支持人员的邮件或聊天消息中。</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="177"/>
        <source>The app could not start.</source>
        <translation>程序无法启动。</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="180"/>
        <source>Your data folder was not changed. Copy the diagnostics and send them to your IT support.</source>
        <translation>数据目录未被改动。请复制诊断信息，发给信息技术支持人员。</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="185"/>
        <source>The app ran into an unexpected problem.</source>
        <translation>程序遇到了一个意外问题。</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="188"/>
        <source>What you had already saved is kept. The step you were doing may not have finished: check it, then go on working. If this keeps happening, copy the diagnostics and send them to your IT support with a few words on what you were doing.</source>
        <translation>已保存的内容不受影响。刚才的操作可能没有完成，请检查后继续工作。如果问题反复出现，请复制诊断信息，连同您当时在做什么的简要说明，一起发给信息技术支持人员。</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="201"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="201"/>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="198"/>
        <source>This happened {0} times.</source>
        <translation>此问题已出现 {0} 次。</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="222"/>
        <source>The log folder could not be opened. It is {0}</source>
        <translation>无法打开日志文件夹，其位置为：{0}</translation>
    </message>
</context>
<context>
    <name>CreateCaDialog</name>
    <message>
        <location filename="../../ui/widgets/pki/create_ca_dialog.py" line="88"/>
        <location filename="../../ui/widgets/pki/create_ca_dialog.py" line="160"/>
        <source>CA passphrase</source>
        <translation>CA 口令</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pki/create_ca_dialog.py" line="101"/>
        <source>Creating the team CA…</source>
        <translation>正在创建团队 CA…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pki/create_ca_dialog.py" line="111"/>
        <source>The team CA was created (SHA-256 fingerprint {0}). Its key is kept encrypted in {1}. Keep the passphrase safe: it is asked for every certificate you issue. Next, issue each officer&apos;s certificate.</source>
        <translation>团队 CA 已创建（SHA-256 指纹 {0}）。其私钥已加密保存在 {1}。请妥善保管口令：每次签发证书都需要输入。下一步：为每名执法人员签发证书。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pki/create_ca_dialog.py" line="145"/>
        <source>Create the team CA</source>
        <translation>创建团队 CA</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pki/create_ca_dialog.py" line="148"/>
        <source>The team certificate authority signs every officer&apos;s signing certificate. Create it once for the team, on this laptop if it is the one that will issue certificates: its private key stays here, encrypted with the passphrase below.</source>
        <translation>团队证书颁发机构（CA）为每名执法人员的签名证书签名。全队只需创建一次，并在负责签发证书的这台笔记本上创建：其私钥保存在本机，用下面的口令加密。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pki/create_ca_dialog.py" line="155"/>
        <source>The team already has a CA ({0}) whose key is on another laptop. Create a second one only if that key or its passphrase is lost; certificates from both stay trusted.</source>
        <translation>本队已有 CA（{0}），其私钥在另一台笔记本上。只有在该私钥或其口令丢失时才创建第二个；两个 CA 签发的证书都继续受信任。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pki/create_ca_dialog.py" line="160"/>
        <source>Again</source>
        <translation>再次输入</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pki/create_ca_dialog.py" line="163"/>
        <source>At least 8 characters</source>
        <translation>至少 8 个字符</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pki/create_ca_dialog.py" line="164"/>
        <source>The same passphrase again</source>
        <translation>再输入一次相同的口令</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pki/create_ca_dialog.py" line="167"/>
        <source>Write the passphrase down and keep it away from the laptop: without it no certificate can be issued, and it cannot be recovered.</source>
        <translation>请记下口令并与笔记本分开保管：没有口令就无法签发证书，且口令无法找回。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pki/create_ca_dialog.py" line="171"/>
        <source>Create team CA</source>
        <translation>创建团队 CA</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pki/create_ca_dialog.py" line="125"/>
        <source>The team recovery key was made too, encrypted with the same passphrase: {0}</source>
        <translation>同时已生成团队恢复密钥，并以同一口令加密：{0}</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../ui/widgets/dashboard.py" line="221"/>
        <source>Overdue (findings of notices past their deadline)</source>
        <translation>已逾期（通知书超过整改期限的问题）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dashboard.py" line="228"/>
        <source>Open with no notice after {0} days</source>
        <translation>超过 {0} 天仍未下达通知书</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dashboard.py" line="235"/>
        <source>Findings with a sync conflict</source>
        <translation>存在同步冲突的问题</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dashboard.py" line="242"/>
        <source>Findings with changes set aside</source>
        <translation>有暂存变更的问题</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dashboard.py" line="255"/>
        <source>Overdue notices</source>
        <translation>已逾期的通知书</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dashboard.py" line="264"/>
        <source>All open findings</source>
        <translation>全部未处理问题</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dashboard.py" line="272"/>
        <source>Needs attention</source>
        <translation>需要关注</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dashboard.py" line="273"/>
        <source>Open findings by severity</source>
        <translation>未处理问题（按严重程度）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dashboard.py" line="274"/>
        <source>Notices by stage</source>
        <translation>通知书（按办理阶段）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dashboard.py" line="277"/>
        <source>Open findings by basin</source>
        <translation>未处理问题（按流域）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dashboard.py" line="282"/>
        <source>Open findings by category</source>
        <translation>未处理问题（按类别）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dashboard.py" line="287"/>
        <source>Findings per officer</source>
        <translation>各执法人员登记的问题</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dashboard.py" line="303"/>
        <source>as of {0}</source>
        <translation>统计截至 {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dashboard.py" line="304"/>
        <source>{0} changes set aside, {1} quarantined; {2} records in conflict</source>
        <translation>暂存变更 {0} 条，隔离变更 {1} 条；存在冲突的记录 {2} 条</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dashboard.py" line="331"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dashboard.py" line="344"/>
        <source>Drafts</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dashboard.py" line="345"/>
        <source>Issued, not yet served</source>
        <translation>已签发，待送达</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dashboard.py" line="346"/>
        <source>Served, awaiting re-inspection</source>
        <translation>已送达，待复查</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dashboard.py" line="347"/>
        <source>Closed</source>
        <translation>已销号</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dashboard.py" line="348"/>
        <source>Superseded</source>
        <translation>已被更正替代</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dashboard.py" line="394"/>
        <location filename="../../ui/widgets/dashboard.py" line="425"/>
        <location filename="../../ui/widgets/dashboard.py" line="429"/>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dashboard.py" line="406"/>
        <source>Save the overview as</source>
        <translation>概览另存为</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dashboard.py" line="408"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dashboard.py" line="426"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dashboard.py" line="427"/>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dashboard.py" line="428"/>
        <location filename="../../ui/widgets/dashboard.py" line="430"/>
        <source>Thresholds…</source>
        <translation>核查阈值…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dashboard.py" line="433"/>
        <source>How far from the site a photo may be; after how many days a finding without a notice is late</source>
        <translation>照片拍摄位置距检查对象多远时予以提示；问题超过多少天仍未下达通知书即列为逾期</translation>
    </message>
</context>
<context>
    <name>DraftEditDialog</name>
    <message>
        <location filename="../../ui/widgets/documents/draft_edit_dialog.py" line="118"/>
        <location filename="../../ui/widgets/documents/draft_edit_dialog.py" line="138"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/draft_edit_dialog.py" line="151"/>
        <source>Edit draft notice</source>
        <translation>修改决定书草稿</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/draft_edit_dialog.py" line="152"/>
        <source>Order (责令内容)</source>
        <translation>责令内容</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/draft_edit_dialog.py" line="152"/>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/draft_edit_dialog.py" line="146"/>
        <source>Violated provisions (违反条款)</source>
        <translation>违反条款</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/draft_edit_dialog.py" line="147"/>
        <source>Basis of the order (责令改正依据)</source>
        <translation>责令改正依据</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/draft_edit_dialog.py" line="155"/>
        <source>Attach the texts of the cited articles (附件：相关法律条文)</source>
        <translation>附送所引条款全文（附件：相关法律条文）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/draft_edit_dialog.py" line="159"/>
        <source>Officer&apos;s note on the legal basis (not printed; choose the citations below):</source>
        <translation>执法人员填写的法律依据备注（不印入决定书，请据此在下方选择条款）：</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/draft_edit_dialog.py" line="156"/>
        <source>None (correct at once)</source>
        <translation>无（立即改正）</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../../ui/widgets/enrolment_dialogs.py" line="170"/>
        <source>Enrol a replica</source>
        <translation>登记笔记本</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/enrolment_dialogs.py" line="189"/>
        <source>32 hexadecimal characters</source>
        <translation>32 位十六进制字符</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/enrolment_dialogs.py" line="190"/>
        <source>64 hexadecimal characters</source>
        <translation>64 位十六进制字符</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/enrolment_dialogs.py" line="191"/>
        <source>e.g. Wang Fang&apos;s laptop</source>
        <translation>例如：王芳的笔记本</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/enrolment_dialogs.py" line="181"/>
        <source>Replica id</source>
        <translation>副本编号</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/enrolment_dialogs.py" line="182"/>
        <source>Public key</source>
        <translation>公钥</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/enrolment_dialogs.py" line="183"/>
        <source>Label</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/enrolment_dialogs.py" line="173"/>
        <source>Enrolling a laptop makes this laptop accept its records; the enrolment travels to the other laptops with the next sync. Scan the code on the new laptop&apos;s screen, or open the request file it saved.</source>
        <translation>登记一台笔记本后，本机即接受其记录；登记信息会在下次同步时传送到其他笔记本。请扫描新笔记本屏幕上的二维码，或打开其保存的申请文件。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/enrolment_dialogs.py" line="179"/>
        <source>Scanned request</source>
        <translation>扫描的申请</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/enrolment_dialogs.py" line="180"/>
        <source>Request file</source>
        <translation>申请文件</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/enrolment_dialogs.py" line="187"/>
        <source>click here, then scan the QR code</source>
        <translation>点击此处，然后扫描二维码</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/enrolment_dialogs.py" line="188"/>
        <source>Open the request file…</source>
        <translation>打开申请文件…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/enrolment_dialogs.py" line="194"/>
        <source>Without a request, copy both values from Sync ▸ This laptop&apos;s identity on that laptop.</source>
        <translation>没有申请文件时，请从该笔记本的“同步 ▸ 本机身份”中复制这两项。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/enrolment_dialogs.py" line="214"/>
        <source>Open an enrolment request</source>
        <translation>打开登记申请</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/enrolment_dialogs.py" line="216"/>
        <source>Enrolment requests (*.json);;All files (*)</source>
        <translation>登记申请 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/enrolment_dialogs.py" line="228"/>
        <source>{0} cannot be read: {1}</source>
        <translation>无法读取 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/enrolment_dialogs.py" line="257"/>
        <source>Request of {0} for {1}. Check that the new laptop shows the same code, then press OK.</source>
        <translation>{0} 的登记申请，使用人 {1}。请确认新笔记本显示的识别码与此相同，然后按“确定”。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/enrolment_dialogs.py" line="273"/>
        <source>Scan or open the laptop&apos;s request, or fill in the replica id and the key.</source>
        <translation>请扫描或打开该笔记本的登记申请，或填写副本编号和公钥。</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <location filename="../../ui/widgets/documents/evidence_dialog.py" line="397"/>
        <source>&amp;Add file…</source>
        <translation>添加文件(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/evidence_dialog.py" line="282"/>
        <source>Add evidence file</source>
        <translation>添加证据文件</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/evidence_dialog.py" line="380"/>
        <source>Audio recording</source>
        <translation>录音</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/evidence_dialog.py" line="341"/>
        <source>CSV (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/evidence_dialog.py" line="371"/>
        <source>Doubt</source>
        <translation>存疑</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/evidence_dialog.py" line="400"/>
        <source>E&amp;xplain (lead)…</source>
        <translation>说明情况（组长）(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/evidence_dialog.py" line="395"/>
        <location filename="../../ui/widgets/documents/evidence_dialog.py" line="396"/>
        <source>Empty: read from the clip&apos;s MP4 header</source>
        <translation>留空则从视频文件头读取录制时间</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/evidence_dialog.py" line="394"/>
        <source>End:</source>
        <translation>结束：</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/evidence_dialog.py" line="362"/>
        <source>Evidence register</source>
        <translation>证据清单</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/evidence_dialog.py" line="260"/>
        <source>Explain a doubt</source>
        <translation>说明存疑情况</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/evidence_dialog.py" line="404"/>
        <source>Export case &amp;file…</source>
        <translation>导出案卷证据目录(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/evidence_dialog.py" line="390"/>
        <source>Kind:</source>
        <translation>种类：</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/evidence_dialog.py" line="381"/>
        <source>Monitoring extract</source>
        <translation>监测数据摘录</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/evidence_dialog.py" line="399"/>
        <source>Move &amp;down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/evidence_dialog.py" line="398"/>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/evidence_dialog.py" line="196"/>
        <source>No doubts about the evidence.</source>
        <translation>证据无存疑情况。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/evidence_dialog.py" line="365"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/evidence_dialog.py" line="402"/>
        <source>Only a team lead&apos;s explanation answers a doubt; it goes into the case file</source>
        <translation>存疑情况须由组长作出说明；说明载入案卷，不写入决定书</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/evidence_dialog.py" line="383"/>
        <source>Other file</source>
        <translation>其他文件</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/evidence_dialog.py" line="153"/>
        <source>Reading the register…</source>
        <translation>正在读取证据清单…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/evidence_dialog.py" line="370"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/evidence_dialog.py" line="341"/>
        <source>Save the case file&apos;s register as</source>
        <translation>将案卷证据目录另存为</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/evidence_dialog.py" line="236"/>
        <location filename="../../ui/widgets/documents/evidence_dialog.py" line="250"/>
        <location filename="../../ui/widgets/documents/evidence_dialog.py" line="276"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/evidence_dialog.py" line="382"/>
        <source>Scanned document</source>
        <translation>书证扫描件</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/evidence_dialog.py" line="256"/>
        <source>Select the item to explain.</source>
        <translation>请先选择需要说明的证据。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/evidence_dialog.py" line="367"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/evidence_dialog.py" line="391"/>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/evidence_dialog.py" line="393"/>
        <source>Start:</source>
        <translation>开始：</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/evidence_dialog.py" line="336"/>
        <source>Storing the file…</source>
        <translation>正在保存文件…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/evidence_dialog.py" line="368"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/evidence_dialog.py" line="366"/>
        <source>Type</source>
        <translation>证据类型</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/evidence_dialog.py" line="379"/>
        <source>Video clip</source>
        <translation>执法记录仪视频</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/evidence_dialog.py" line="369"/>
        <source>What it proves</source>
        <translation>证明内容</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/evidence_dialog.py" line="261"/>
        <source>Why the evidence is sound (goes into the case file, not the decision):</source>
        <translation>请说明该证据可以采信的理由（载入案卷，不写入决定书）：</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/evidence_dialog.py" line="358"/>
        <source>Writing the case file…</source>
        <translation>正在导出案卷证据目录…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/evidence_dialog.py" line="194"/>
        <source>answered: {answer}</source>
        <translation>已说明：{answer}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/evidence_dialog.py" line="392"/>
        <source>e.g. 执法记录仪 DSJ-01</source>
        <translation>例如：执法记录仪1号</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/evidence_dialog.py" line="298"/>
        <source>time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/evidence_dialog.py" line="285"/>
        <source>Evidence files (*.mp4 *.mov *.avi *.wav *.mp3 *.amr *.pdf *.jpg *.png *.csv *.xlsx)</source>
        <translation>证据文件 (*.mp4 *.mov *.avi *.wav *.mp3 *.amr *.pdf *.jpg *.png *.csv *.xlsx)</translation>
    </message>
</context>
<context>
    <name>EvidenceStampAction</name>
    <message>
        <location filename="../../ui/widgets/stamp_action.py" line="42"/>
        <source>Stamp time and GPS on photos in documents</source>
        <translation>在文书照片上加印拍摄时间和位置</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stamp_action.py" line="45"/>
        <source>Documents made on this laptop print each photo with a band giving its capture time, position and finding; the original files never change.</source>
        <translation>本机制作的文书中，每张照片下方加印拍摄时间、位置和所属问题；原始照片文件不会改动。</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <location filename="../../ui/widgets/export_dialog.py" line="90"/>
        <source>&amp;Export findings…</source>
        <translation>导出问题清单(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/export_dialog.py" line="93"/>
        <source>Save the findings of the list (as searched and filtered) as CSV, Excel, GeoJSON or KML</source>
        <translation>将列表中的问题（按当前检索和筛选条件）保存为表格文件或地图文件</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/export_dialog.py" line="97"/>
        <source>Export the &amp;register of notices…</source>
        <translation>导出整改文书登记簿(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/export_dialog.py" line="99"/>
        <source>Save every notice&apos;s number, stage, dates, deadline and party as CSV or Excel</source>
        <translation>将各份文书的文号、办理阶段、日期、整改期限和当事人保存为表格文件</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/export_dialog.py" line="105"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/export_dialog.py" line="106"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>电子表格工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/export_dialog.py" line="111"/>
        <source>GeoJSON (*.geojson)</source>
        <translation>地理数据文件 (*.geojson)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/export_dialog.py" line="112"/>
        <source>KML (*.kml)</source>
        <translation>地标文件 (*.kml)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/export_dialog.py" line="156"/>
        <source>Export findings</source>
        <translation>导出问题清单</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/export_dialog.py" line="159"/>
        <source>findings</source>
        <translation>问题清单</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/export_dialog.py" line="158"/>
        <source>Export the register of notices</source>
        <translation>导出整改文书登记簿</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/export_dialog.py" line="159"/>
        <source>notices</source>
        <translation>整改文书登记簿</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/export_dialog.py" line="232"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/export_dialog.py" line="232"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/export_dialog.py" line="234"/>
        <location filename="../../ui/widgets/export_dialog.py" line="284"/>
        <location filename="../../ui/widgets/export_dialog.py" line="319"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/export_dialog.py" line="285"/>
        <source>%1 already exists. Replace it with this export?</source>
        <translation>%1 已存在。要用本次导出的内容替换它吗？</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/widgets/sync_dialogs.py" line="98"/>
        <source>Export a sync bundle</source>
        <translation>导出同步包</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_dialogs.py" line="100"/>
        <source>Everything (any laptop)</source>
        <translation>全部内容（任意笔记本）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_dialogs.py" line="110"/>
        <source>A bundle for one laptop holds only the changes it has not seen yet (as far as this laptop knows). Photos travel with the changes that use them.</source>
        <translation>为某台笔记本导出的同步包只包含它尚未收到的修改（以本机所知为准）。照片随引用它们的修改一起传送。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_dialogs.py" line="125"/>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_dialogs.py" line="129"/>
        <source>For</source>
        <translation>发给</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_dialogs.py" line="106"/>
        <source>A new laptop joining the team (not encrypted)</source>
        <translation>新加入本组的笔记本（不加密）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_dialogs.py" line="117"/>
        <source>A bundle is encrypted: only the laptops it is for can open it; a new laptop cannot yet, so its bundle is not encrypted — delete it once imported.</source>
        <translation>同步包经过加密，只有其接收方笔记本能够打开；新笔记本暂时无法打开加密的同步包，因此发给它的同步包不加密，导入后请予以删除。</translation>
    </message>
</context>
<context>
    <name>FindingEditor</name>
    <message>
        <location filename="../../ui/widgets/finding_editor.py" line="270"/>
        <source>Choose who you are first in the “Current officer” box of the toolbar.</source>
        <translation>请先在工具栏的“当前执法人员”框中选择您是谁。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/finding_editor.py" line="287"/>
        <source>Category</source>
        <translation>问题类别</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/finding_editor.py" line="288"/>
        <source>Observed</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/finding_editor.py" line="289"/>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/finding_editor.py" line="290"/>
        <source>Party</source>
        <translation>当事人</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/finding_editor.py" line="291"/>
        <source>Description</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/finding_editor.py" line="292"/>
        <source>Legal basis</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/finding_editor.py" line="293"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/finding_editor.py" line="298"/>
        <source>Lat</source>
        <translation>纬度</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/finding_editor.py" line="299"/>
        <source>Lon</source>
        <translation>经度</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/finding_editor.py" line="300"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/finding_editor.py" line="301"/>
        <source>e.g. 30.5728</source>
        <translation>如 30.5728</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/finding_editor.py" line="302"/>
        <source>e.g. 105.5927</source>
        <translation>如 105.5927</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/finding_editor.py" line="303"/>
        <source>What was observed</source>
        <translation>现场发现的情况</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/finding_editor.py" line="419"/>
        <source>Editing…</source>
        <translation>编辑中…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/finding_editor.py" line="420"/>
        <source>Saving…</source>
        <translation>保存中…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/finding_editor.py" line="421"/>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/finding_editor.py" line="422"/>
        <source>Not saved: {0}</source>
        <translation>未保存：{0}</translation>
    </message>
</context>
<context>
    <name>FindingExportDialog</name>
    <message>
        <location filename="../../ui/widgets/export_scope.py" line="250"/>
        <source>No finding matches: there is nothing to export.</source>
        <translation>没有符合条件的问题，无可导出。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/export_scope.py" line="254"/>
        <source>A finding without a position of its own is placed at its party&apos;s; one whose party has none either is left out (the summary says how many).</source>
        <translation>本身没有位置的问题按其当事人的位置标注；当事人也没有位置的问题不写入（导出结果中会说明数量）。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/export_scope.py" line="260"/>
        <source>Every finding is one row, with its own position when it has one.</source>
        <translation>每条问题占一行；问题本身有位置的，一并写入其经纬度。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/export_scope.py" line="278"/>
        <source>text “%1”</source>
        <translation>文字“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/export_scope.py" line="280"/>
        <source>patrol %1</source>
        <translation>巡查 %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/export_scope.py" line="282"/>
        <source>basin %1</source>
        <translation>流域 %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/export_scope.py" line="284"/>
        <source>region %1</source>
        <translation>行政区划 %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/export_scope.py" line="286"/>
        <source>category %1</source>
        <translation>问题类别 %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/export_scope.py" line="288"/>
        <source>severity %1</source>
        <translation>严重程度 %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/export_scope.py" line="290"/>
        <source>status %1</source>
        <translation>处理状态 %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/export_scope.py" line="293"/>
        <source>recorded by %1</source>
        <translation>记录人 %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/export_scope.py" line="296"/>
        <source>party %1</source>
        <translation>当事人 %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/export_scope.py" line="299"/>
        <source>observed %1 to %2</source>
        <translation>发现时间 %1至%2</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/export_scope.py" line="304"/>
        <source>observed from %1</source>
        <translation>发现时间 %1起</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/export_scope.py" line="306"/>
        <source>observed until %1</source>
        <translation>发现时间截至%1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/export_scope.py" line="308"/>
        <source>overdue notice</source>
        <translation>整改文书已逾期</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/export_scope.py" line="309"/>
        <source>open sync conflict</source>
        <translation>存在未解决的同步冲突</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/export_scope.py" line="310"/>
        <source>no evidence photo</source>
        <translation>无证据照片</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/export_scope.py" line="311"/>
        <source>held or quarantined</source>
        <translation>有暂缓处理或已隔离的修改</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/export_scope.py" line="312"/>
        <source>inside the area drawn on the map</source>
        <translation>位于地图上框选的范围内</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/export_scope.py" line="319"/>
        <source>Export findings</source>
        <translation>导出问题清单</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/export_scope.py" line="320"/>
        <source>Which findings</source>
        <translation>导出哪些问题</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/export_scope.py" line="321"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/export_scope.py" line="322"/>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/export_scope.py" line="323"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/export_scope.py" line="333"/>
        <location filename="../../ui/widgets/export_scope.py" line="339"/>
        <source>The findings as currently filtered</source>
        <translation>当前筛选结果中的问题</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/export_scope.py" line="334"/>
        <source>All findings</source>
        <translation>全部问题</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/export_scope.py" line="335"/>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/export_scope.py" line="337"/>
        <source>All findings (%1)</source>
        <translation>全部问题（%1 条）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/export_scope.py" line="341"/>
        <source>These filters cannot be used: %1</source>
        <translation>当前筛选条件无法使用：%1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/export_scope.py" line="347"/>
        <source>The findings as currently filtered (%1)</source>
        <translation>当前筛选结果中的问题（%1 条）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/export_scope.py" line="354"/>
        <source>Filters: %1</source>
        <translation>筛选条件：%1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/export_scope.py" line="356"/>
        <source>No filter: every finding of the list.</source>
        <translation>未设筛选条件：导出列表中的全部问题。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/export_scope.py" line="267"/>
        <source>CSV, UTF-8 (Excel, WPS)</source>
        <translation>CSV 表格，UTF-8 编码（Excel、WPS）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/export_scope.py" line="268"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel 工作簿（.xlsx）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/export_scope.py" line="269"/>
        <source>GeoJSON (QGIS, map services)</source>
        <translation>GeoJSON 地理数据（QGIS、地图服务）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/export_scope.py" line="270"/>
        <source>KML (Google Earth, 奥维互动地图)</source>
        <translation>KML 地标文件（谷歌地球、奥维互动地图）</translation>
    </message>
</context>
<context>
    <name>FindingFilterPanel</name>
    <message>
        <location filename="../../ui/widgets/finding_filters.py" line="150"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/finding_filters.py" line="250"/>
        <source>Basin</source>
        <translation>流域</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/finding_filters.py" line="251"/>
        <source>Region</source>
        <translation>行政区划</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/finding_filters.py" line="252"/>
        <source>Category</source>
        <translation>问题类别</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/finding_filters.py" line="253"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/finding_filters.py" line="254"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/finding_filters.py" line="255"/>
        <source>Officer</source>
        <translation>执法人员</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/finding_filters.py" line="256"/>
        <source>Party</source>
        <translation>当事人</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/finding_filters.py" line="257"/>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/finding_filters.py" line="258"/>
        <source>To</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/finding_filters.py" line="262"/>
        <source>Overdue notice</source>
        <translation>整改逾期</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/finding_filters.py" line="263"/>
        <source>Open sync conflict</source>
        <translation>存在同步冲突</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/finding_filters.py" line="264"/>
        <source>No evidence photo</source>
        <translation>无证据照片</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/finding_filters.py" line="265"/>
        <source>Held or quarantined</source>
        <translation>变更被暂缓或隔离</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/finding_filters.py" line="266"/>
        <source>Reset filters</source>
        <translation>重置筛选条件</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/finding_filters.py" line="220"/>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
</context>
<context>
    <name>FindingSearchBar</name>
    <message>
        <location filename="../../ui/widgets/finding_search.py" line="297"/>
        <source>Search findings, parties, notices and records (Ctrl+F)</source>
        <translation>搜索问题、当事人、文书和笔录（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/finding_search.py" line="299"/>
        <source>Filters</source>
        <translation>筛选</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/finding_search.py" line="301"/>
        <source>Basin, region, dates, category, severity, status, officer, party …</source>
        <translation>流域、行政区划、日期、问题类别、严重程度、状态、执法人员、当事人……</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/finding_search.py" line="303"/>
        <source>Back to the patrol</source>
        <translation>返回本次巡查</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/finding_search.py" line="305"/>
        <source>&amp;Find findings…</source>
        <translation>查找问题(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/finding_search.py" line="262"/>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/finding_search.py" line="268"/>
        <source>Matching findings in all patrols: {0}</source>
        <translation>全部巡查中符合条件的问题：{0} 个</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/finding_search.py" line="281"/>
        <source>words “{0}”</source>
        <translation>关键词“{0}”</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/finding_search.py" line="284"/>
        <source>the box drawn on the map</source>
        <translation>地图框选范围</translation>
    </message>
</context>
<context>
    <name>FindingStatusField</name>
    <message>
        <location filename="../../ui/widgets/finding_status_field.py" line="135"/>
        <source>Change…</source>
        <translation>更改…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/finding_status_field.py" line="136"/>
        <source>Set a status that no document sets</source>
        <translation>设置无文书依据的状态</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/finding_status_field.py" line="137"/>
        <source>No violation found…</source>
        <translation>未发现违法行为…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/finding_status_field.py" line="138"/>
        <source>Hand over to the local authority (移交属地)…</source>
        <translation>移交属地…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/finding_status_field.py" line="139"/>
        <source>Back to open</source>
        <translation>恢复为待处理</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/finding_status_field.py" line="140"/>
        <source>Close (销号)…</source>
        <translation>销号…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/finding_status_field.py" line="172"/>
        <source>Decision {0} issued on {1}</source>
        <translation>决定书 {0} 已于 {1} 下达</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/finding_status_field.py" line="174"/>
        <source>Decision {0} served on {1}</source>
        <translation>决定书 {0} 已于 {1} 送达</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/finding_status_field.py" line="177"/>
        <source>The re-inspection of decision {0} found it rectified: a team lead signs that record to close it</source>
        <translation>决定书 {0} 的复查认定已整改，待组长签署复查笔录后销号</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/finding_status_field.py" line="181"/>
        <source>Closed with decision {0} on {1}</source>
        <translation>已于 {1} 随决定书 {0} 销号</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/finding_status_field.py" line="183"/>
        <source>Handed over to {0}: {1}</source>
        <translation>已移交{0}：{1}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/finding_status_field.py" line="189"/>
        <source>In a draft decision, not issued yet</source>
        <translation>已列入决定书草稿，尚未下达</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/finding_status_field.py" line="191"/>
        <source>No decision yet</source>
        <translation>尚未下达决定书</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/finding_status_field.py" line="193"/>
        <source>; deadline {0}</source>
        <translation>；整改期限 {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/finding_status_field.py" line="220"/>
        <source>Choose who you are first in the “Current officer” box of the toolbar.</source>
        <translation>请先在工具栏的“当前执法人员”框中选择您是谁。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/finding_status_field.py" line="241"/>
        <source>Status not changed</source>
        <translation>状态未更改</translation>
    </message>
</context>
<context>
    <name>FindingTableModel</name>
    <message>
        <location filename="../../ui/models/findings.py" line="124"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/models/findings.py" line="130"/>
        <source>Category</source>
        <translation>问题类别</translation>
    </message>
    <message>
        <location filename="../../ui/models/findings.py" line="136"/>
        <source>Party</source>
        <translation>当事人</translation>
    </message>
    <message>
        <location filename="../../ui/models/findings.py" line="141"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../ui/models/findings.py" line="146"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/models/findings.py" line="152"/>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../ui/models/findings.py" line="440"/>
        <source>Sync conflict ({0}): two laptops changed this finding at the same time. A team lead resolves it in Sync ▸ Conflicts…</source>
        <translation>同步冲突（{0}）：两台笔记本同时修改了这个问题。由组长在“同步 ▸ 冲突…”中裁决。</translation>
    </message>
    <message>
        <location filename="../../ui/models/findings.py" line="450"/>
        <source>Missing evidence: {0} photo(s) referenced here have not arrived yet (expected from the next sync).</source>
        <translation>缺失证据：此处引用的 {0} 张照片尚未收到（预计在下次同步时到达）。</translation>
    </message>
    <message>
        <location filename="../../ui/models/findings.py" line="410"/>
        <location filename="../../ui/models/findings.py" line="477"/>
        <source>{0} ({1} missing)</source>
        <translation>{0}（缺失 {1}）</translation>
    </message>
    <message>
        <location filename="../../ui/models/findings.py" line="158"/>
        <source>Patrol</source>
        <translation>巡查</translation>
    </message>
    <message>
        <location filename="../../ui/models/findings.py" line="163"/>
        <source>Description</source>
        <translation>问题描述</translation>
    </message>
</context>
<context>
    <name>FindingTableView</name>
    <message>
        <location filename="../../ui/widgets/finding_table.py" line="95"/>
        <source>This column cannot be sorted.</source>
        <translation>此列不能排序。</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../ui/widgets/help_dialogs.py" line="119"/>
        <source>User guide</source>
        <translation>使用指南</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/help_dialogs.py" line="123"/>
        <source>The user guide is missing from this installation: reinstall the app.</source>
        <translation>本安装中缺少使用指南，请重新安装本软件。</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../../ui/widgets/finding_status_field.py" line="301"/>
        <source>Hand over to the local authority</source>
        <translation>移交属地</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/finding_status_field.py" line="304"/>
        <source>The finding is handed over to the local authority (移交属地), which issues its own documents. Both fields are required.</source>
        <translation>该问题移交属地执法机构处理，由其依法制作并送达文书。接收机关和移交理由均须填写。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/finding_status_field.py" line="308"/>
        <source>Reason</source>
        <translation>移交理由</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/finding_status_field.py" line="310"/>
        <source>No violation found</source>
        <translation>未发现违法行为</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/finding_status_field.py" line="311"/>
        <source>On checking, no violation was found. A note is optional.</source>
        <translation>经核查，未发现违法行为。说明可不填。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/finding_status_field.py" line="312"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/finding_status_field.py" line="313"/>
        <source>Receiving authority</source>
        <translation>接收机关</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/finding_status_field.py" line="314"/>
        <source>e.g. 射洪市生态环境局</source>
        <translation>例如：射洪市生态环境局</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../../ui/widgets/help_menu.py" line="73"/>
        <source>The log folder could not be opened. It is {0}</source>
        <translation>无法打开日志文件夹，其位置为：{0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/help_menu.py" line="87"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/help_menu.py" line="88"/>
        <source>&amp;User guide</source>
        <translation>使用指南(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/help_menu.py" line="89"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/help_menu.py" line="90"/>
        <source>Open &amp;log folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/help_menu.py" line="91"/>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/widgets/history_dialog.py" line="122"/>
        <source>Open sync conflicts (a team lead resolves them):</source>
        <translation>未处理的同步冲突（由负责人处理）：</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/history_dialog.py" line="126"/>
        <source>{0} — {1}, {2}, {3}</source>
        <translation>{0} — {1}，{2}，{3}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/history_dialog.py" line="136"/>
        <source>{0}: {1} (shown meanwhile: {2})</source>
        <translation>{0}：{1}（暂显示：{2}）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/history_dialog.py" line="145"/>
        <source>this laptop</source>
        <translation>本机</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/history_dialog.py" line="152"/>
        <source>History — {0}</source>
        <translation>历史记录 — {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/history_dialog.py" line="154"/>
        <source>Reading the history…</source>
        <translation>正在读取历史记录…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/history_dialog.py" line="158"/>
        <source>Every change of this record, newest first: who made it, on which laptop, when (local time) and what changed. Nothing is ever deleted.</source>
        <translation>本记录的每一项更改（最新的在前）：由谁、在哪台电脑、何时（本地时间）作出，更改了什么。任何内容都不会被删除。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/history_dialog.py" line="125"/>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <location filename="../../ui/models/history.py" line="135"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/models/history.py" line="137"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../ui/models/history.py" line="138"/>
        <source>Laptop</source>
        <translation>电脑</translation>
    </message>
    <message>
        <location filename="../../ui/models/history.py" line="139"/>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../ui/models/history.py" line="141"/>
        <source>Changes</source>
        <translation>更改内容</translation>
    </message>
    <message>
        <location filename="../../ui/models/history.py" line="145"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/models/history.py" line="45"/>
        <source>Withdrawal</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../ui/models/history.py" line="48"/>
        <source>Evidence photos</source>
        <translation>证据照片</translation>
    </message>
    <message>
        <location filename="../../ui/models/history.py" line="49"/>
        <source>Team</source>
        <translation>执法人员</translation>
    </message>
    <message>
        <location filename="../../ui/models/history.py" line="50"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/models/history.py" line="51"/>
        <source>Legal basis</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <location filename="../../ui/models/history.py" line="70"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/models/history.py" line="70"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../ui/models/history.py" line="84"/>
        <source>Resolved: withdrawn</source>
        <translation>冲突已处理：撤销</translation>
    </message>
    <message>
        <location filename="../../ui/models/history.py" line="86"/>
        <source>Resolved: kept</source>
        <translation>冲突已处理：保留</translation>
    </message>
    <message>
        <location filename="../../ui/models/history.py" line="97"/>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../ui/models/history.py" line="98"/>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../ui/models/history.py" line="99"/>
        <source>Added</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../ui/models/history.py" line="100"/>
        <source>Removed</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../ui/models/history.py" line="101"/>
        <source>Withdrawn</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../ui/models/history.py" line="103"/>
        <source>Conflict resolved</source>
        <translation>处理冲突</translation>
    </message>
    <message>
        <location filename="../../ui/models/history.py" line="111"/>
        <source>this laptop</source>
        <translation>本机</translation>
    </message>
    <message>
        <location filename="../../ui/models/history.py" line="118"/>
        <source> (set aside here)</source>
        <translation>（本机暂未应用）</translation>
    </message>
    <message>
        <location filename="../../ui/models/history.py" line="81"/>
        <location filename="../../ui/models/history.py" line="90"/>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <location filename="../../ui/models/history.py" line="91"/>
        <source>{0}: {1} → {2}</source>
        <translation>{0}：{1} → {2}</translation>
    </message>
    <message>
        <location filename="../../ui/models/history.py" line="102"/>
        <source>Restored (undo of a withdrawal)</source>
        <translation>已恢复（撤回撤销）</translation>
    </message>
</context>
<context>
    <name>HubPairingBox</name>
    <message>
        <location filename="../../ui/widgets/hub_pairing_box.py" line="76"/>
        <source>Type the 8-digit code shown on the team lead&apos;s screen.</source>
        <translation>请输入组长屏幕上显示的 8 位配对码。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/hub_pairing_box.py" line="94"/>
        <source>Or, at the office: pair with the hub by a code</source>
        <translation>或者在办公室：用配对码与同步服务器配对</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/hub_pairing_box.py" line="96"/>
        <source>Office hub</source>
        <translation>办公室同步服务器</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/hub_pairing_box.py" line="97"/>
        <source>Code from the team lead</source>
        <translation>组长给出的配对码</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/hub_pairing_box.py" line="103"/>
        <source>Pair and receive the team</source>
        <translation>配对并接收团队数据</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/hub_pairing_box.py" line="98"/>
        <source>Laptop&apos;s name</source>
        <translation>笔记本名称</translation>
    </message>
</context>
<context>
    <name>HubSyncDialog</name>
    <message>
        <location filename="../../ui/widgets/hub_dialog.py" line="85"/>
        <source>Enter the hub&apos;s address.</source>
        <translation>请输入同步服务器的地址。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/hub_dialog.py" line="92"/>
        <source>The address starts with http:// or https://, then the hub&apos;s host.</source>
        <translation>地址以 http:// 或 https:// 开头，后接同步服务器的主机名或 IP。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/hub_dialog.py" line="96"/>
        <source>Add the hub&apos;s port after a colon, e.g. http://192.168.1.10:8765.</source>
        <translation>请在冒号后写上同步服务器的端口，例如 http://192.168.1.10:8765。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/hub_dialog.py" line="100"/>
        <source>Only http(s)://HOST:PORT, without a path after the port.</source>
        <translation>只填 http(s)://主机:端口，端口后不要带路径。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/hub_dialog.py" line="268"/>
        <source>Connecting to the office hub at {0}…</source>
        <translation>正在连接办公室同步服务器 {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/hub_dialog.py" line="298"/>
        <source>Sync with the office hub</source>
        <translation>与办公室同步服务器同步</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/hub_dialog.py" line="301"/>
        <source>Push sends the office hub the records and photos it lacks from this laptop; Pull fetches what the other laptops sent there. Both does one, then the other.</source>
        <translation>“上传”把本机有而同步服务器缺少的记录和照片发送过去；“下载”取回其他笔记本发到那里的内容。“双向”先上传，再下载。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/hub_dialog.py" line="305"/>
        <source>Hub &amp;address</source>
        <translation>服务器地址(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/hub_dialog.py" line="306"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/hub_dialog.py" line="307"/>
        <source>&amp;Both</source>
        <translation>双向(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/hub_dialog.py" line="308"/>
        <source>&amp;Push only</source>
        <translation>仅上传(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/hub_dialog.py" line="309"/>
        <source>P&amp;ull only</source>
        <translation>仅下载(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/hub_dialog.py" line="310"/>
        <source>&amp;Sync</source>
        <translation>同步(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/hub_dialog.py" line="313"/>
        <source>“Stop after the current step” is not available: the hub client cannot be stopped halfway, so this window stays open until the sync ends. Every step that finishes is kept; if the connection drops, sync again later.</source>
        <translation>不支持“完成当前步骤后停止”：同步无法中途停止，因此本窗口会一直打开到同步结束。已完成的每一步都会保留；如果连接中断，稍后再同步一次即可。</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <location filename="../../ui/widgets/enrolment_dialogs.py" line="98"/>
        <source>This laptop&apos;s identity</source>
        <translation>本机身份</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/enrolment_dialogs.py" line="107"/>
        <source>Replica id</source>
        <translation>副本编号</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/enrolment_dialogs.py" line="108"/>
        <source>Public key</source>
        <translation>公钥</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/enrolment_dialogs.py" line="110"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/enrolment_dialogs.py" line="111"/>
        <source>Copy both</source>
        <translation>复制两项</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/enrolment_dialogs.py" line="99"/>
        <source>This laptop&apos;s code (compare it aloud when joining):</source>
        <translation>本机识别码（加入团队时请逐位核对）：</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/enrolment_dialogs.py" line="102"/>
        <source>A new laptop joining the team compares this code with its own screen. To enrol by hand instead, give these two values to your team lead: Sync ▸ Enrol a replica…</source>
        <translation>新笔记本加入团队时，会将此识别码与其屏幕上显示的进行核对。如需手工登记，请将下面两项交给组长：同步 ▸ 登记笔记本…</translation>
    </message>
</context>
<context>
    <name>ImportCertificateDialog</name>
    <message>
        <location filename="../../ui/widgets/documents/certificate_dialog.py" line="175"/>
        <source>Choose who you are first.</source>
        <translation>请先选择当前执法人员。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/certificate_dialog.py" line="180"/>
        <source>Imported the certificate of {0}, valid until {1}.</source>
        <translation>已导入{0}的签名证书，有效期至 {1}。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/certificate_dialog.py" line="185"/>
        <source>{0}: a signing certificate is on this laptop.</source>
        <translation>{0}：本机已有签名证书。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/certificate_dialog.py" line="188"/>
        <source>{0}: no signing certificate on this laptop yet. Choose the .p12 file the team lead issued to you and type its passphrase.</source>
        <translation>{0}：本机还没有签名证书。请选择组长为您签发的 .p12 文件并输入其口令。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/certificate_dialog.py" line="194"/>
        <source>Your standing signature:</source>
        <translation>您的预留签名：</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/certificate_dialog.py" line="197"/>
        <source>You have no standing signature yet; a team lead needs one to issue.</source>
        <translation>您还没有预留签名；组长签发文书时需要预留签名。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/certificate_dialog.py" line="204"/>
        <source>Choose the .p12 file.</source>
        <translation>请选择 .p12 文件。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/certificate_dialog.py" line="222"/>
        <source>Checking and importing the certificate…</source>
        <translation>正在核验并导入证书…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/certificate_dialog.py" line="245"/>
        <source>Signing certificate and signature</source>
        <translation>签名证书与预留签名</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/certificate_dialog.py" line="246"/>
        <source>Signing certificate</source>
        <translation>签名证书</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/certificate_dialog.py" line="247"/>
        <source>My signature</source>
        <translation>我的签名</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/certificate_dialog.py" line="248"/>
        <source>Certificate files (*.p12 *.pfx)</source>
        <translation>证书文件 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/certificate_dialog.py" line="249"/>
        <source>Certificate file</source>
        <translation>证书文件</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/certificate_dialog.py" line="249"/>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/certificate_dialog.py" line="252"/>
        <source>The passphrase the team lead gave you</source>
        <translation>组长告知您的口令</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/certificate_dialog.py" line="253"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/certificate_dialog.py" line="254"/>
        <source>My signature…</source>
        <translation>我的签名…</translation>
    </message>
</context>
<context>
    <name>InspectionRecordDialog</name>
    <message>
        <location filename="../../ui/widgets/documents/record_dialog.py" line="409"/>
        <source>Choose the party (检查对象).</source>
        <translation>请选择检查对象。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/record_dialog.py" line="411"/>
        <source>Choose who you are first in the “Current officer” box.</source>
        <translation>请先在“当前执法人员”框中选择您自己。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/record_dialog.py" line="413"/>
        <source>Give the place of the inspection.</source>
        <translation>请填写检查地点。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/record_dialog.py" line="415"/>
        <source>Tick the officers taking part.</source>
        <translation>请勾选参加检查的执法人员。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/record_dialog.py" line="451"/>
        <source>Saving the record…</source>
        <translation>正在保存笔录…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/record_dialog.py" line="456"/>
        <source>Officer (执法人员): {0}</source>
        <translation>执法人员：{0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/record_dialog.py" line="469"/>
        <source>Party representative (被检查单位负责人)</source>
        <translation>被检查单位负责人</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/record_dialog.py" line="513"/>
        <location filename="../../ui/widgets/documents/record_dialog.py" line="541"/>
        <source>Saving the signature…</source>
        <translation>正在保存签名…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/record_dialog.py" line="549"/>
        <source>Only an officer who took part can sign and close the record.</source>
        <translation>只有参加检查的执法人员可以签署并结束笔录。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/record_dialog.py" line="558"/>
        <source>Closing a re-inspection that found the problem rectified also closes the notice (销号): only a team lead can sign and close it.</source>
        <translation>复查结论为已整改时，结束笔录将同时对决定书销号：只有组长可以签署并结束。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/record_dialog.py" line="564"/>
        <source>Type the passphrase of your signing certificate.</source>
        <translation>请输入您签名证书的口令。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/record_dialog.py" line="589"/>
        <source>Rendering and signing the record…</source>
        <translation>正在生成并签署笔录…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/record_dialog.py" line="608"/>
        <source>Add photos to the record</source>
        <translation>为笔录添加照片</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/record_dialog.py" line="611"/>
        <source>Images (*.jpg *.jpeg *.png *.heic *.heif *.tif *.tiff *.webp);;All files (*)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.heic *.heif *.tif *.tiff *.webp);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/record_dialog.py" line="643"/>
        <source>Importing photos…</source>
        <translation>正在导入照片…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/record_dialog.py" line="666"/>
        <source>Importing photos: {0} of {1}…</source>
        <translation>正在导入照片：{0}/{1}…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/record_dialog.py" line="698"/>
        <source>{0} already in this record (not added again): {1}</source>
        <translation>{0} 张照片已在本笔录中（未重复添加）：{1}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/record_dialog.py" line="704"/>
        <source>Import cancelled: {0} photo(s) were added.</source>
        <translation>导入已取消：已添加 {0} 张照片。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/record_dialog.py" line="711"/>
        <source>The record changed, so its {0} hand signature(s) were withdrawn: everyone signs it again as it now reads.</source>
        <translation>笔录内容已变更，已撤回其 {0} 个手写签名：请各方按现在的内容重新签名。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/record_dialog.py" line="756"/>
        <source>Not closed: the record still misses what is listed.</source>
        <translation>未结束：笔录还缺少所列内容。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/record_dialog.py" line="760"/>
        <source>Signed and closed (SHA-256 {0}).</source>
        <translation>已签署并结束（SHA-256 {0}）。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/record_dialog.py" line="762"/>
        <source>The notice is closed (销号).</source>
        <translation>决定书已销号。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/record_dialog.py" line="774"/>
        <source>Save the record to see what is still missing.</source>
        <translation>保存笔录后可查看尚缺的内容。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/record_dialog.py" line="778"/>
        <source>The record is signed and closed.</source>
        <translation>笔录已签署并结束。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/record_dialog.py" line="785"/>
        <source>Nothing missing: the record can be signed and closed.</source>
        <translation>内容齐全：笔录可以签名并结束。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/record_dialog.py" line="804"/>
        <source>✓ signed {0}</source>
        <translation>✓ 已签名 {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/record_dialog.py" line="806"/>
        <location filename="../../ui/widgets/documents/record_dialog.py" line="813"/>
        <source>not signed</source>
        <translation>未签名</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/record_dialog.py" line="808"/>
        <source>Officer {0}</source>
        <translation>执法人员 {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/record_dialog.py" line="811"/>
        <source>✓ signed</source>
        <translation>✓ 已签名</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/record_dialog.py" line="812"/>
        <source>✓ refused, witnessed</source>
        <translation>✓ 拒签，有见证人</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/record_dialog.py" line="814"/>
        <location filename="../../ui/widgets/documents/record_dialog.py" line="898"/>
        <source>Party</source>
        <translation>当事人</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/record_dialog.py" line="822"/>
        <source>Sign…</source>
        <translation>签名…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/record_dialog.py" line="883"/>
        <source>Re-inspection record</source>
        <translation>复查笔录</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/record_dialog.py" line="883"/>
        <source>Inspection record</source>
        <translation>现场检查笔录</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/record_dialog.py" line="887"/>
        <source>Choose the outcome</source>
        <translation>请选择复查结论</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/record_dialog.py" line="895"/>
        <source>Kind</source>
        <translation>笔录类型</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/record_dialog.py" line="896"/>
        <source>Notice</source>
        <translation>决定书</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/record_dialog.py" line="897"/>
        <source>Outcome</source>
        <translation>复查结论</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/record_dialog.py" line="899"/>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/record_dialog.py" line="900"/>
        <source>Ended</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/record_dialog.py" line="901"/>
        <source>Place</source>
        <translation>检查地点</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/record_dialog.py" line="902"/>
        <source>On-site person</source>
        <translation>现场负责人</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/record_dialog.py" line="903"/>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/record_dialog.py" line="904"/>
        <source>Officers</source>
        <translation>执法人员</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/record_dialog.py" line="909"/>
        <source>What was inspected and found</source>
        <translation>检查情况</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/record_dialog.py" line="911"/>
        <source>Party&apos;s statement</source>
        <translation>当事人陈述</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/record_dialog.py" line="913"/>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/record_dialog.py" line="919"/>
        <source>Enforcement certificates shown (出示执法证件)</source>
        <translation>已出示执法证件</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/record_dialog.py" line="920"/>
        <source>Party told of its right to ask for recusal (告知回避)</source>
        <translation>已告知当事人申请回避的权利</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/record_dialog.py" line="921"/>
        <source>The party asked for recusal (申请回避)</source>
        <translation>当事人申请回避</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/record_dialog.py" line="923"/>
        <source>Where you went, what you saw, measurements, what was asked and answered</source>
        <translation>检查部位、现场情况、测量数据、询问与回答</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/record_dialog.py" line="925"/>
        <source>Where the inspection took place</source>
        <translation>检查所在地点</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/record_dialog.py" line="926"/>
        <source>Hand signatures</source>
        <translation>手写签名</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/record_dialog.py" line="927"/>
        <source>Still missing</source>
        <translation>尚缺内容</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/record_dialog.py" line="928"/>
        <location filename="../../ui/widgets/documents/record_dialog.py" line="935"/>
        <source>Sign and close</source>
        <translation>签署并结束</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/record_dialog.py" line="929"/>
        <source>Passphrase of your signing certificate</source>
        <translation>签名证书口令</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/record_dialog.py" line="936"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/record_dialog.py" line="937"/>
        <source>&amp;Add photos…</source>
        <translation>添加照片(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/record_dialog.py" line="939"/>
        <source>Photos taken at this re-inspection</source>
        <translation>本次复查拍摄的照片</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/record_dialog.py" line="941"/>
        <source>Photos taken at this inspection</source>
        <translation>本次检查拍摄的照片</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/record_dialog.py" line="943"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/record_dialog.py" line="570"/>
        <source>Each officer ticked to e-sign types their own passphrase.</source>
        <translation>勾选电子签名的每位执法人员须输入本人的证书口令。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/record_dialog.py" line="905"/>
        <source>Recorder (记录人)</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/record_dialog.py" line="910"/>
        <source>Questions and answers (问/答)</source>
        <translation>询问情况（问/答）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/record_dialog.py" line="912"/>
        <source>Party&apos;s confirmation</source>
        <translation>当事人确认</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/record_dialog.py" line="930"/>
        <source>Other officers who e-sign now:</source>
        <translation>同时进行电子签名的其他执法人员：</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/record_dialog.py" line="933"/>
        <source>The party&apos;s own words above their signature; empty: the words shown</source>
        <translation>当事人签名上方的本人确认意见；留空则使用所示文字</translation>
    </message>
</context>
<context>
    <name>IssueCertificateDialog</name>
    <message>
        <location filename="../../ui/widgets/pki/issue_certificate_dialog.py" line="155"/>
        <source>Type the passphrase of the team CA.</source>
        <translation>请输入团队 CA 的口令。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pki/issue_certificate_dialog.py" line="158"/>
        <source>new passphrase</source>
        <translation>新口令</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pki/issue_certificate_dialog.py" line="165"/>
        <source>Choose where to save the .p12 file.</source>
        <translation>请选择 .p12 文件的保存位置。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pki/issue_certificate_dialog.py" line="193"/>
        <source>Issuing the certificate…</source>
        <translation>正在签发证书…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pki/issue_certificate_dialog.py" line="218"/>
        <source>Saving the file…</source>
        <translation>正在保存文件…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pki/issue_certificate_dialog.py" line="236"/>
        <source>Certificate issued to {0}, valid until {1} (SHA-256 {2}).</source>
        <translation>已为{0}签发证书，有效期至 {1}（SHA-256 {2}）。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pki/issue_certificate_dialog.py" line="241"/>
        <source>Saved to {0}.</source>
        <translation>已保存到 {0}。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pki/issue_certificate_dialog.py" line="244"/>
        <source>It is also imported on this laptop: you can sign with it now.</source>
        <translation>证书也已导入本机：现在就可以用它签名。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pki/issue_certificate_dialog.py" line="249"/>
        <source>Give this file to {0} (e.g. on a USB stick) and tell them the passphrase separately, in person or by phone. They import it on their own laptop with Documents ▸ Import certificate…; then delete this copy.</source>
        <translation>请将此文件交给{0}（如用U盘），并当面或电话另行告知口令。对方在自己的笔记本上通过“文书 ▸ 导入证书…”导入；交接后请删除此副本。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pki/issue_certificate_dialog.py" line="261"/>
        <source>The certificate was issued, but the file could not be saved ({0}). Choose another place and press “Save the file again”.</source>
        <translation>证书已签发，但文件未能保存（{0}）。请选择其他位置，然后点击“重新保存文件”。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pki/issue_certificate_dialog.py" line="284"/>
        <source>Issue a signing certificate</source>
        <translation>签发签名证书</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pki/issue_certificate_dialog.py" line="286"/>
        <source>Signing certificate for &lt;b&gt;{0}&lt;/b&gt; ({1}, certificate no. {2})</source>
        <translation>为 &lt;b&gt;{0}&lt;/b&gt; 签发签名证书（{1}，执法证号 {2}）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pki/issue_certificate_dialog.py" line="293"/>
        <source>Team CA passphrase</source>
        <translation>团队 CA 口令</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pki/issue_certificate_dialog.py" line="294"/>
        <source>New passphrase for the file</source>
        <translation>证书文件的新口令</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pki/issue_certificate_dialog.py" line="295"/>
        <source>Again</source>
        <translation>再次输入</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pki/issue_certificate_dialog.py" line="296"/>
        <source>Save the .p12 file to</source>
        <translation>.p12 文件保存到</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pki/issue_certificate_dialog.py" line="300"/>
        <source>The passphrase chosen when the CA was made</source>
        <translation>创建 CA 时设定的口令</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pki/issue_certificate_dialog.py" line="302"/>
        <source>At least 8 characters; {0} types it to sign</source>
        <translation>至少 8 个字符；{0}签名时输入</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pki/issue_certificate_dialog.py" line="304"/>
        <source>The same passphrase again</source>
        <translation>再输入一次相同的口令</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pki/issue_certificate_dialog.py" line="305"/>
        <source>Certificate files (*.p12)</source>
        <translation>证书文件 (*.p12)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pki/issue_certificate_dialog.py" line="307"/>
        <source>Also import it on this laptop (it is my own certificate)</source>
        <translation>同时导入本机（这是我自己的证书）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pki/issue_certificate_dialog.py" line="311"/>
        <source>The file holds {0}&apos;s private signing key, locked with the new passphrase. Hand it to {0}, who imports it on their own laptop (Documents ▸ Import certificate…); do not keep a copy.</source>
        <translation>该文件包含{0}的签名私钥，用新口令加密。请交给{0}，由其在自己的笔记本上导入（文书 ▸ 导入证书…）；不要保留副本。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pki/issue_certificate_dialog.py" line="316"/>
        <source>Issue and save</source>
        <translation>签发并保存</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pki/issue_certificate_dialog.py" line="317"/>
        <source>Save the file again</source>
        <translation>重新保存文件</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <location filename="../../ui/widgets/documents/issue_dialog.py" line="222"/>
        <source>Checking the notice…</source>
        <translation>正在检查决定书…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/issue_dialog.py" line="229"/>
        <source>Wait for the checks to finish.</source>
        <translation>请等待检查完成。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/issue_dialog.py" line="232"/>
        <location filename="../../ui/widgets/documents/issue_dialog.py" line="388"/>
        <source>Not issued: fix the items marked ✗ first.</source>
        <translation>未签发：请先解决标有 ✗ 的事项。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/issue_dialog.py" line="236"/>
        <source>Type the passphrase of your signing certificate.</source>
        <translation>请输入您签名证书的口令。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/issue_dialog.py" line="262"/>
        <source>Rendering and signing the decision…</source>
        <translation>正在生成并签署决定书…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/issue_dialog.py" line="317"/>
        <source>You have no signing certificate on this laptop: import the .p12 file the team lead issued to you.</source>
        <translation>本机没有您的签名证书：请导入组长为您签发的 .p12 文件。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/issue_dialog.py" line="333"/>
        <source>Issuing is refused until these are fixed:</source>
        <translation>以下事项解决之前不能签发：</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/issue_dialog.py" line="342"/>
        <source>All checks passed: officers, party, order, deadline, legal basis, evidence, remedies, certificate.</source>
        <translation>全部检查通过：执法人员、当事人、责令内容、整改期限、法律依据、证据、救济途径、签名证书。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/issue_dialog.py" line="394"/>
        <source>Issued: &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>已签发：&lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/issue_dialog.py" line="395"/>
        <source>SHA-256 of the signed PDF: &lt;tt&gt;{0}&lt;/tt&gt;</source>
        <translation>已签名 PDF 的 SHA-256：&lt;tt&gt;{0}&lt;/tt&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/issue_dialog.py" line="398"/>
        <source>Saved to {0}</source>
        <translation>已保存到 {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/issue_dialog.py" line="400"/>
        <source>The signed PDF is kept in the store.</source>
        <translation>已签名的 PDF 保存在数据库中。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/issue_dialog.py" line="406"/>
        <source>The copy could not be written ({0}); use Export signed PDF… to save it.</source>
        <translation>未能写出副本（{0}）；请用“导出已签名 PDF…”另存。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/issue_dialog.py" line="439"/>
        <source>Issue notice</source>
        <translation>签发决定书</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/issue_dialog.py" line="442"/>
        <source>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;Deadline: {1}&lt;br&gt;Order: {2}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;整改期限：{1}&lt;br&gt;责令内容：{2}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/issue_dialog.py" line="446"/>
        <source>Checks before issuing</source>
        <translation>签发前检查</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/issue_dialog.py" line="447"/>
        <source>Draw my signature…</source>
        <translation>绘制我的签名…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/issue_dialog.py" line="448"/>
        <source>Import certificate…</source>
        <translation>导入证书…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/issue_dialog.py" line="449"/>
        <source>Set up agency…</source>
        <translation>设置机构…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/issue_dialog.py" line="450"/>
        <source>Team certificates…</source>
        <translation>证书管理…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/issue_dialog.py" line="451"/>
        <source>Document numbers…</source>
        <translation>文号管理…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/issue_dialog.py" line="452"/>
        <source>Check again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/issue_dialog.py" line="453"/>
        <source>Passphrase of your signing certificate</source>
        <translation>签名证书口令</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/issue_dialog.py" line="454"/>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/issue_dialog.py" line="454"/>
        <source>Save a copy to</source>
        <translation>副本保存到</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/issue_dialog.py" line="457"/>
        <source>Sign and issue</source>
        <translation>签名并签发</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/issue_dialog.py" line="458"/>
        <source>Open PDF</source>
        <translation>打开 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/issue_dialog.py" line="462"/>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/issue_dialog.py" line="378"/>
        <source>This laptop holds no free document numbers for {0}. A team lead reserves a block for this laptop on the numbering laptop (replica {1}) with Documents ▸ Document numbers…; sync, then issue again.</source>
        <translation>本机没有 {0} 年可用的文号。请组长在编号笔记本（副本 {1}）上通过“文书 ▸ 文号管理…”为本机预留一段文号，同步后再签发。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/issue_dialog.py" line="356"/>
        <source>Check the evidence (this does not stop the issue; accept a warning with a reason on the finding):</source>
        <translation>请核查证据（以下提示不影响签发；如确认无误，可在问题记录中说明理由后予以确认）：</translation>
    </message>
</context>
<context>
    <name>JoinTeamDialog</name>
    <message>
        <location filename="../../ui/widgets/join_team_dialog.py" line="211"/>
        <source>Team: {0}. Officers: {1}. Records: {2}.</source>
        <translation>团队：{0}。执法人员：{1} 名。记录：{2} 条。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/join_team_dialog.py" line="274"/>
        <source>{0}&apos;s laptop</source>
        <translation>{0}的笔记本</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/join_team_dialog.py" line="329"/>
        <source>Save the enrolment request</source>
        <translation>保存登记申请</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/join_team_dialog.py" line="331"/>
        <source>Enrolment requests (*.json)</source>
        <translation>登记申请 (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/join_team_dialog.py" line="342"/>
        <source>{0} exists already: choose another name.</source>
        <translation>{0} 已存在：请换一个文件名。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/join_team_dialog.py" line="346"/>
        <source>The request could not be saved to {0}: {1}</source>
        <translation>登记申请无法保存到 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/join_team_dialog.py" line="352"/>
        <source>Saved: {0}</source>
        <translation>已保存：{0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/join_team_dialog.py" line="400"/>
        <source>✓ The codes match.</source>
        <translation>✓ 识别码一致。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/join_team_dialog.py" line="403"/>
        <source>The codes differ: do not join with this file.</source>
        <translation>识别码不一致：请勿用此文件加入团队。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/join_team_dialog.py" line="412"/>
        <source>Join</source>
        <translation>加入</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/join_team_dialog.py" line="413"/>
        <source>Make the request</source>
        <translation>生成登记申请</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/join_team_dialog.py" line="414"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/join_team_dialog.py" line="421"/>
        <source>Join an existing team</source>
        <translation>加入已有团队</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/join_team_dialog.py" line="424"/>
        <source>Choose the sync bundle the team lead exported for you at the office (Sync ▸ Export bundle…). It is checked before anything is stored.</source>
        <translation>请选择组长在办公室为您导出的同步包（同步 ▸ 导出同步包…）。保存任何内容之前会先校验该文件。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/join_team_dialog.py" line="430"/>
        <source>Type the office code shown on the team lead&apos;s screen (Sync ▸ This laptop&apos;s identity). Only when both codes are the same did the file come from your office.</source>
        <translation>请输入组长屏幕上显示的办公室识别码（同步 ▸ 本机身份）。只有两个识别码相同，才能确认该文件来自您的办公室。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/join_team_dialog.py" line="436"/>
        <source>Who works on this laptop? Choose yourself from the team&apos;s officers.</source>
        <translation>谁使用这台笔记本？请在团队执法人员中选择您本人。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/join_team_dialog.py" line="438"/>
        <source>Laptop&apos;s name</source>
        <translation>笔记本名称</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/join_team_dialog.py" line="441"/>
        <source>Last step: the team lead enrols this laptop (Sync ▸ Enrol a replica…) by scanning this code or opening the request file. Compare this laptop&apos;s code with the one on the lead&apos;s screen. Until then, this laptop&apos;s records stay here; they travel at the first sync after the enrolment.</source>
        <translation>最后一步：组长扫描此二维码或打开申请文件，登记这台笔记本（同步 ▸ 登记笔记本…）。请核对本机识别码与负责人屏幕上显示的是否一致。登记之前，本机记录只保存在本机，登记后首次同步时即会传送。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/join_team_dialog.py" line="447"/>
        <source>Save the request file…</source>
        <translation>保存申请文件…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/join_team_dialog.py" line="413"/>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/join_team_dialog.py" line="451"/>
        <source>Done: the hub has enrolled this laptop. Compare with the team lead&apos;s screen: this laptop&apos;s code (below) and the hub&apos;s code {0}. If they differ, tell the team lead at once.</source>
        <translation>完成：同步服务器已登记本机。请与组长屏幕核对：本机识别码（见下方）以及同步服务器识别码 {0}。如有不同，请立即告知组长。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="440"/>
        <source>Select the findings the notice is about.</source>
        <translation>请先选择通知书涉及的问题。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="450"/>
        <source>Pick the party of every selected finding first.</source>
        <translation>请先为所选的每个问题指定当事人。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="455"/>
        <source>The selected findings concern different parties; a notice is served on one party.</source>
        <translation>所选问题涉及不同当事人；一份通知书只能送达一个当事人。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="490"/>
        <source>Joint Environmental Inspection</source>
        <translation>川渝联合环境执法巡查</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="491"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="493"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="494"/>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="495"/>
        <source>&amp;Documents</source>
        <translation>文书(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="496"/>
        <location filename="../../ui/main_window.py" line="499"/>
        <source>Patrols and findings</source>
        <translation>巡查与问题</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="497"/>
        <location filename="../../ui/main_window.py" line="500"/>
        <source>Notices</source>
        <translation>文书跟踪</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="501"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="502"/>
        <source>New &amp;patrol…</source>
        <translation>新建巡查(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="503"/>
        <source>New &amp;finding</source>
        <translation>新建问题(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="504"/>
        <source>&amp;Import photos…</source>
        <translation>导入照片(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="505"/>
        <source>&amp;Draft notice…</source>
        <translation>起草整改通知书(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="506"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="507"/>
        <source>Set up agency and officer…</source>
        <translation>设置执法机构和执法人员…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="508"/>
        <source>Add officer…</source>
        <translation>添加执法人员…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="509"/>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="510"/>
        <source>Current officer: </source>
        <translation>当前执法人员：</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="511"/>
        <source>Patrols</source>
        <translation>巡查</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="512"/>
        <location filename="../../ui/widgets/finding_search.py" line="264"/>
        <source>Findings of the patrol</source>
        <translation>本次巡查发现的问题</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="515"/>
        <source>Data folder: {0}</source>
        <translation>数据目录：{0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="632"/>
        <source>Save the notice as</source>
        <translation>通知书另存为</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="632"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="646"/>
        <source>Rendering the notice…</source>
        <translation>正在生成通知书…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="661"/>
        <source>Notice drafted</source>
        <translation>通知书草稿已生成</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="662"/>
        <source>The draft notice was saved to {0}.</source>
        <translation>通知书草稿已保存到 {0}。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="665"/>
        <source>Check before serving it:</source>
        <translation>送达前请核对：</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="667"/>
        <source>Open PDF</source>
        <translation>打开 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="498"/>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
</context>
<context>
    <name>MapDock</name>
    <message>
        <location filename="../../ui/widgets/map/panel.py" line="494"/>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/map/panel.py" line="495"/>
        <source>&amp;Map</source>
        <translation>地图(&amp;M)</translation>
    </message>
</context>
<context>
    <name>MapPanel</name>
    <message>
        <location filename="../../ui/widgets/map/panel.py" line="385"/>
        <source>Zoom in (+)</source>
        <translation>放大（+）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/map/panel.py" line="386"/>
        <source>Zoom out (−)</source>
        <translation>缩小（−）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/map/panel.py" line="393"/>
        <source>Region</source>
        <translation>全域</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/map/panel.py" line="394"/>
        <source>Show the whole Sichuan–Chongqing region</source>
        <translation>显示川渝全域</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/map/panel.py" line="395"/>
        <source>Layers</source>
        <translation>图层</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/map/panel.py" line="396"/>
        <source>Add map layer…</source>
        <translation>添加地图图层…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/map/panel.py" line="397"/>
        <source>Filter by box</source>
        <translation>框选筛选</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/map/panel.py" line="399"/>
        <source>Drag a box on the map to list only the findings inside it (or Shift+drag)</source>
        <translation>在地图上拖出矩形框，问题列表只显示框内的问题（也可按住 Shift 键拖动）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/map/panel.py" line="401"/>
        <source>Clear box</source>
        <translation>清除框选</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/map/panel.py" line="402"/>
        <source>Location of the finding:</source>
        <translation>问题位置：</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/map/panel.py" line="403"/>
        <source>Pick on map</source>
        <translation>地图选点</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/map/panel.py" line="449"/>
        <source>Drag a box around the findings to list.</source>
        <translation>请拖出矩形框，框住要列出的问题。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/map/panel.py" line="451"/>
        <source>Drag to pan, wheel or +/− to zoom, Shift+drag to filter by box.</source>
        <translation>拖动可平移，滚轮或 +/− 键可缩放，按住 Shift 键拖动可框选筛选。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/map/layers.py" line="110"/>
        <source>Add map layer</source>
        <translation>添加地图图层</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/map/layers.py" line="112"/>
        <source>Map layers (*.mbtiles *.gpkg *.geojson *.json)</source>
        <translation>地图图层 (*.mbtiles *.gpkg *.geojson *.json)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/map/layers.py" line="145"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/map/layers.py" line="151"/>
        <source>Coordinates are GCJ-02 (convert to WGS84)</source>
        <translation>坐标为 GCJ-02（转换为 WGS84）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/map/layers.py" line="158"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/map/panel.py" line="467"/>
        <source>{0:.5f}° N, {1:.5f}° E</source>
        <translation>北纬 {0:.5f}°，东经 {1:.5f}°</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/map/picking.py" line="84"/>
        <source>Replace the location?</source>
        <translation>替换位置？</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/map/picking.py" line="86"/>
        <source>The finding is located at latitude {0}, longitude {1}. Replace it with latitude {2}, longitude {3}?</source>
        <translation>该问题现有位置为纬度 {0}、经度 {1}，是否替换为纬度 {2}、经度 {3}？</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/map/picking.py" line="107"/>
        <source>The location was not changed.</source>
        <translation>位置未作更改。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/map/picking.py" line="116"/>
        <source>Choose who you are first in the “Current officer” box of the toolbar.</source>
        <translation>请先在工具栏的“当前执法人员”框中选择您是谁。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/map/picking.py" line="129"/>
        <source>Location set to latitude {0}, longitude {1}.</source>
        <translation>位置已设为纬度 {0}、经度 {1}。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/map/panel.py" line="406"/>
        <source>Click on the map to set the location of the current finding; a click on one of its photos (yellow) takes the photo&apos;s position</source>
        <translation>在地图上单击，设置当前问题的位置；单击该问题的照片标记（黄色）则采用照片的拍摄位置</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/map/panel.py" line="445"/>
        <source>Click on the map where the finding is, or on a photo (yellow) to use its position (Esc cancels).</source>
        <translation>请在地图上单击问题所在位置，或单击照片标记（黄色）采用其拍摄位置（按 Esc 键取消）。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/map/panel.py" line="411"/>
        <source>DCW-GMT, GSHHG · internal map, not for publication</source>
        <translation>DCW-GMT、GSHHG · 内部用图，不得公开使用</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/map/panel.py" line="387"/>
        <source>Fit findings</source>
        <translation>缩放至问题</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/map/panel.py" line="389"/>
        <source>Zoom to the findings in the list ({0})</source>
        <translation>缩放地图，显示列表中的全部问题（{0}）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/map/following.py" line="105"/>
        <source>None of the listed findings has a location.</source>
        <translation>列表中的问题均无位置信息。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/map/panel.py" line="347"/>
        <location filename="../../ui/widgets/map/panel.py" line="410"/>
        <source>About this map</source>
        <translation>关于本地图</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/map/panel.py" line="360"/>
        <source>Base map: province outlines from DCW-GMT 2.1.1 and rivers from GSHHG 2.3.7 (LGPL-3.0-or-later), simplified. It is an internal working map without a map approval number (审图号): do not publish it or put it into documents served on a party, and do not decide jurisdiction by its outlines.</source>
        <translation>底图：省界取自 DCW-GMT 2.1.1，河流取自 GSHHG 2.3.7（LGPL-3.0 或更高版本许可），经简化处理。本底图为内部工作用图，未经地图审核，无审图号：不得公开发布，不得用于向当事人送达的文书，亦不得依据其边界线判断管辖范围。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/map/panel.py" line="367"/>
        <source>Coordinates are WGS84 (GPS; CGCS2000 agrees to well under a metre). Chinese web maps use GCJ-02, offset by hundreds of metres: tick “Coordinates are GCJ-02” for such a vector layer under Layers and it is converted to WGS84 when read; GCJ-02 raster tiles are refused, as they cannot be corrected exactly.</source>
        <translation>坐标系为 WGS84（即 GPS 坐标；CGCS2000 与其相差远小于 1 米）。国内网络地图多采用 GCJ-02 坐标，偏移可达数百米：此类矢量图层请在“图层”菜单中勾选“坐标为 GCJ-02”，读取时即转换为 WGS84；GCJ-02 栅格瓦片无法精确纠正，不予加载。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/map/panel.py" line="374"/>
        <source>More than 3,000 findings in view are drawn as clusters with their counts; click one to zoom in. {0} zooms to the findings in the list.</source>
        <translation>视图内问题超过 3,000 个时，按区域聚合显示并标注数量，点击聚合点即可放大。按 {0} 可缩放至列表中的全部问题。</translation>
    </message>
</context>
<context>
    <name>MendingMenu</name>
    <message>
        <location filename="../../ui/widgets/mending_menu.py" line="228"/>
        <source>Withdraw the patrol “{0}”.</source>
        <translation>撤销巡查“{0}”。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/mending_menu.py" line="230"/>
        <source>Withdraw patrol</source>
        <translation>撤销巡查</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/mending_menu.py" line="256"/>
        <source>Withdraw the finding “{0}”.</source>
        <translation>撤销问题“{0}”。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/mending_menu.py" line="258"/>
        <source>Withdraw finding</source>
        <translation>撤销问题</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/mending_menu.py" line="270"/>
        <source>This finding has no photos.</source>
        <translation>该问题没有照片。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/mending_menu.py" line="284"/>
        <source>Take a photo off this finding&apos;s evidence. The photo file stays in the store.</source>
        <translation>将一张照片从该问题的证据中移除。照片文件仍保存在数据中。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/mending_menu.py" line="286"/>
        <source>Remove photo from finding</source>
        <translation>从问题中移除照片</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/mending_menu.py" line="319"/>
        <source>Withdraw party</source>
        <translation>撤销当事人</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/mending_menu.py" line="350"/>
        <source>Not undone: {0}</source>
        <translation>未撤回：{0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/mending_menu.py" line="355"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/mending_menu.py" line="356"/>
        <source>&amp;Undo</source>
        <translation>撤回(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/mending_menu.py" line="357"/>
        <source>Edit &amp;patrol (team, date)…</source>
        <translation>编辑巡查（执法人员、日期）(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/mending_menu.py" line="358"/>
        <source>Withdraw patrol…</source>
        <translation>撤销巡查…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/mending_menu.py" line="359"/>
        <source>History of the patrol</source>
        <translation>巡查的历史记录</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/mending_menu.py" line="360"/>
        <source>&amp;Move finding to another patrol…</source>
        <translation>将问题移至其他巡查(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/mending_menu.py" line="361"/>
        <source>&amp;Withdraw finding…</source>
        <translation>撤销问题(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/mending_menu.py" line="362"/>
        <source>Remove a photo from the finding…</source>
        <translation>从问题中移除照片…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/mending_menu.py" line="363"/>
        <source>&amp;History of the finding</source>
        <translation>问题的历史记录(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/mending_menu.py" line="365"/>
        <source>History of the party</source>
        <translation>当事人的历史记录</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/mending_menu.py" line="307"/>
        <source>Every party is named by a finding or a notice. To withdraw a party, first give its findings another party (or withdraw them).</source>
        <translation>所有当事人均有问题或决定书涉及。如需撤销某一当事人，请先为其问题另选当事人（或撤销这些问题）。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/mending_menu.py" line="317"/>
        <source>Withdraw a party that no finding or notice names (e.g. a duplicate).</source>
        <translation>撤销一个没有任何问题或决定书涉及的当事人（例如重复录入的当事人）。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/mending_menu.py" line="320"/>
        <source>Party</source>
        <translation>当事人</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/mending_menu.py" line="364"/>
        <source>Withdraw a party…</source>
        <translation>撤销当事人…</translation>
    </message>
</context>
<context>
    <name>Message</name>
    <message>
        <location filename="../../domain/messages/common.py" line="20"/>
        <source>{name} was not found: check that the file still exists.</source>
        <comment>photo.not_found</comment>
        <translation>找不到 {name}：请确认文件仍然存在。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="23"/>
        <source>{name} is a folder, not a photo file.</source>
        <comment>photo.is_folder</comment>
        <translation>{name} 是文件夹，不是照片文件。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="26"/>
        <source>{name} cannot be read ({reason}): check the file and its permissions.</source>
        <comment>photo.file_unreadable</comment>
        <translation>无法读取 {name}（{reason}）：请检查文件及其访问权限。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="31"/>
        <source>{name} is empty (0 bytes): copy the original photo from the camera again.</source>
        <comment>photo.empty</comment>
        <translation>{name} 是空文件（0 字节）：请从相机重新复制原始照片。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="36"/>
        <source>{name} is too large to open safely ({pixels} pixels, limit {limit}): it may be a decompression bomb, so it was not imported.</source>
        <comment>photo.too_large</comment>
        <translation>{name} 过大，无法安全打开（{pixels} 像素，上限 {limit} 像素）：可能是“解压炸弹”，未导入。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="42"/>
        <source>{name} is too large to open safely (too many pixels, limit {limit}): it may be a decompression bomb, so it was not imported.</source>
        <comment>photo.too_many_pixels</comment>
        <translation>{name} 过大，无法安全打开（像素过多，上限 {limit} 像素）：可能是“解压炸弹”，未导入。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="48"/>
        <source>{name} cannot be read as an image ({reason}).</source>
        <comment>photo.not_decodable</comment>
        <translation>{name} 无法作为图片读取（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="51"/>
        <source>{name} is not a readable image ({error}).</source>
        <comment>photo.broken_header</comment>
        <translation>{name} 不是可读取的图片（{error}）。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="54"/>
        <source>{name} claims an empty image size ({width}×{height}).</source>
        <comment>photo.empty_size</comment>
        <translation>{name} 标称的图片尺寸为空（{width}×{height}）。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="59"/>
        <source>{name} is an AVIF image, which this installation cannot read: convert it to JPEG.</source>
        <comment>photo.avif</comment>
        <translation>{name} 是 AVIF 图片，本机无法读取：请转换为 JPEG。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="64"/>
        <source>{name} is not an image file that can be read (JPEG, PNG, TIFF, WebP …).</source>
        <comment>photo.not_an_image</comment>
        <translation>{name} 不是可读取的图片文件（JPEG、PNG、TIFF、WebP 等）。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="69"/>
        <source>{name} is a HEIC/HEIF photo, which this installation cannot read: convert it to JPEG (on an iPhone choose Camera &gt; Formats &gt; Most Compatible) or install the pi-heif package.</source>
        <comment>photo.heif_no_decoder</comment>
        <translation>{name} 是 HEIC/HEIF 照片，本机无法读取：请转换为 JPEG（iPhone 可在“设置 &gt; 相机 &gt; 格式”中选择“兼容性最佳”），或安装 pi-heif 软件包。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="76"/>
        <source>{name} is a HEIC/HEIF photo, which this installation cannot read: the file is damaged or uses a HEIF feature that is not supported ({problem}); copy the original from the phone again, or convert it to JPEG.</source>
        <comment>photo.heif_damaged</comment>
        <translation>{name} 是 HEIC/HEIF 照片，本机无法读取：文件已损坏，或使用了不受支持的 HEIF 功能（{problem}）；请从手机重新复制原件，或转换为 JPEG。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="83"/>
        <source>{name} is a folder; choose photo files.</source>
        <comment>photo.folder_chosen</comment>
        <translation>{name} 是文件夹；请选择照片文件。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="86"/>
        <source>{name} is not a regular file (a device, pipe or socket); choose photo files.</source>
        <comment>photo.not_regular_file</comment>
        <translation>{name} 不是普通文件（而是设备、管道或套接字）；请选择照片文件。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="91"/>
        <source>{name} could not be read ({error}).</source>
        <comment>photo.read_failed</comment>
        <translation>无法读取 {name}（{error}）。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="94"/>
        <source>{name} could not be stored ({reason}): check free disk space and try again.</source>
        <comment>photo.store_failed</comment>
        <translation>{name} 无法保存（{reason}）：请检查磁盘剩余空间后重试。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="99"/>
        <source>no photos found in folder {folder} ({endings}).</source>
        <comment>photo.folder_empty</comment>
        <translation>文件夹 {folder} 中没有找到照片（{endings}）。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="102"/>
        <source>folder {folder} cannot be read ({reason}).</source>
        <comment>photo.folder_unreadable</comment>
        <translation>无法读取文件夹 {folder}（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="105"/>
        <source>this record is signed and closed: it takes no more photos</source>
        <comment>photo.record_closed</comment>
        <translation>该笔录已签名归档：不能再添加照片。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="110"/>
        <source>no such file or folder: {paths} (nothing was saved)</source>
        <comment>photo.paths_missing</comment>
        <translation>没有此文件或文件夹：{paths}（未保存任何内容）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="115"/>
        <source>no such file or folder</source>
        <comment>photo.no_such_path</comment>
        <translation>没有此文件或文件夹</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="119"/>
        <source>name</source>
        <comment>label.name</comment>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="120"/>
        <source>code</source>
        <comment>label.code</comment>
        <translation>简称</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="121"/>
        <source>region</source>
        <comment>label.region</comment>
        <translation>行政区划</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="122"/>
        <source>address</source>
        <comment>label.address</comment>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="123"/>
        <source>reconsideration_body</source>
        <comment>label.reconsideration_body</comment>
        <translation>复议机关</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="126"/>
        <source>litigation_court</source>
        <comment>label.litigation_court</comment>
        <translation>诉讼法院</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="127"/>
        <source>seal_png</source>
        <comment>label.seal_png</comment>
        <translation>印章图片</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="128"/>
        <source>legal_representative</source>
        <comment>label.legal_representative</comment>
        <translation>法定代表人</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="131"/>
        <source>description</source>
        <comment>label.description</comment>
        <translation>问题描述</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="132"/>
        <source>latitude</source>
        <comment>label.latitude</comment>
        <translation>纬度</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="133"/>
        <source>longitude</source>
        <comment>label.longitude</comment>
        <translation>经度</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="134"/>
        <source>observed_at</source>
        <comment>label.observed_at</comment>
        <translation>发现时间</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="135"/>
        <source>date</source>
        <comment>label.date</comment>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="136"/>
        <source>deadline</source>
        <comment>label.deadline</comment>
        <translation>整改期限</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="137"/>
        <source>started_at</source>
        <comment>label.started_at</comment>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="138"/>
        <source>ended_at</source>
        <comment>label.ended_at</comment>
        <translation>结束时间</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="139"/>
        <source>served_at</source>
        <comment>label.served_at</comment>
        <translation>送达时间</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="140"/>
        <source>place</source>
        <comment>label.place</comment>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="141"/>
        <source>order_text</source>
        <comment>label.order_text</comment>
        <translation>责令内容</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="142"/>
        <source>note</source>
        <comment>label.note</comment>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="143"/>
        <source>caption</source>
        <comment>label.caption</comment>
        <translation>照片说明</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="144"/>
        <source>category</source>
        <comment>label.category</comment>
        <translation>问题类别</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="145"/>
        <source>severity</source>
        <comment>label.severity</comment>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="146"/>
        <source>recipient</source>
        <comment>label.recipient</comment>
        <translation>受送达人</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="517"/>
        <source>{axis} must be given as decimal text, not a float</source>
        <comment>coordinate.float</comment>
        <translation>{axis}必须以十进制文本给出，不能是浮点数</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="520"/>
        <source>{axis} {value} is not decimal degrees (write e.g. 30.5728 or -3.7247)</source>
        <comment>coordinate.not_decimal</comment>
        <translation>{axis} {value} 不是十进制度数（请写作如 30.5728 或 -3.7247）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="525"/>
        <source>{axis} {value} is not a number of degrees</source>
        <comment>coordinate.not_a_number</comment>
        <translation>{axis} {value} 不是有效的度数</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="528"/>
        <source>{axis} {value} is outside −{limit}…{limit} degrees</source>
        <comment>coordinate.out_of_range</comment>
        <translation>{axis} {value} 超出 −{limit}…{limit} 度的范围</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="531"/>
        <source>give both latitude and longitude (WGS84), or neither</source>
        <comment>coordinate.half_position</comment>
        <translation>请同时填写纬度和经度（WGS84 坐标），或者都不填</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="538"/>
        <source>{field} must be a date YYYY-MM-DD (got {value})</source>
        <comment>time.not_a_date</comment>
        <translation>{field}必须是 YYYY-MM-DD 格式的日期（填写的是 {value}）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="541"/>
        <source>{field} must be a time like 2026-05-01T10:30:00+08:00 (got {value})</source>
        <comment>time.not_a_time</comment>
        <translation>{field}必须是形如 2026-05-01T10:30:00+08:00 的时间（填写的是 {value}）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="546"/>
        <source>{field} {value} is not a plausible date (1990–2100)</source>
        <comment>time.implausible_year</comment>
        <translation>{field} {value} 不是合理的日期（应在 1990–2100 年之间）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="551"/>
        <source>{field} is required</source>
        <comment>field.required</comment>
        <translation>{field}为必填项</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="552"/>
        <source>{field} must be text</source>
        <comment>field.not_text</comment>
        <translation>{field}必须是文本</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="553"/>
        <source>{field} contains control or text-direction characters</source>
        <comment>field.unsafe_characters</comment>
        <translation>{field}含有控制字符或文字方向字符：请重新输入</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="558"/>
        <source>{field} must not be empty</source>
        <comment>field.empty</comment>
        <translation>{field}不能为空</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="559"/>
        <source>{field} is longer than {max_len} characters</source>
        <comment>field.too_long</comment>
        <translation>{field}超过 {max_len} 个字符</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="562"/>
        <source>{field} must be one of: {allowed} (got {value})</source>
        <comment>field.not_one_of</comment>
        <translation>{field}必须是以下之一：{allowed}（填写的是 {value}）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="565"/>
        <source>{field} must be the id of a record of the kind {entity} (got {value})</source>
        <comment>field.not_a_reference</comment>
        <translation>{field}必须是一条 {entity} 记录的编号（填写的是 {value}）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="570"/>
        <source>{field} must be a 6-digit GB/T 2260 region code such as 510900 (got {value})</source>
        <comment>field.not_a_region</comment>
        <translation>{field}必须是六位 GB/T 2260 行政区划代码，如 510900（填写的是 {value}）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="581"/>
        <source>{field} must be a whole number</source>
        <comment>field.not_whole_number</comment>
        <translation>{field}必须是整数</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="584"/>
        <source>{field} must be true or false</source>
        <comment>field.not_boolean</comment>
        <translation>{field}只能为“是”或“否”</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="585"/>
        <source>{field} must be a SHA-256: 64 lower-case hex characters</source>
        <comment>field.not_a_hash</comment>
        <translation>{field}必须是 SHA-256 摘要：64 位小写十六进制字符</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="590"/>
        <source>{field} must be a replica id: 32 hex characters</source>
        <comment>field.not_replica_id</comment>
        <translation>{field}必须是副本编号：32 位十六进制字符</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="593"/>
        <source>{field} must be between 1 and 1000000</source>
        <comment>field.out_of_range</comment>
        <translation>{field}必须在 1 到 1000000 之间</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="627"/>
        <source>{field} must be one X.509 certificate in PEM form</source>
        <comment>field.not_certificate</comment>
        <translation>{field}必须是一份 PEM 格式的 X.509 证书</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="632"/>
        <source>{field} must be a PNG image (base64)</source>
        <comment>field.not_png</comment>
        <translation>{field}必须是 PNG 图片（base64 编码）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="633"/>
        <source>{field} is too large: use a PNG under 150 KB</source>
        <comment>field.png_too_large</comment>
        <translation>{field}过大：请使用小于 150 KB 的 PNG 图片</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="636"/>
        <source>{field} must be an Ed25519 public key: 64 hex characters</source>
        <comment>field.not_public_key</comment>
        <translation>{field}必须是 Ed25519 公钥：64 位十六进制字符</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="641"/>
        <source>{value} is not a valid {entity} id</source>
        <comment>field.bad_id</comment>
        <translation>{value} 不是有效的 {entity} 记录编号</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="642"/>
        <source>{entity} has no field {fields}</source>
        <comment>field.unknown</comment>
        <translation>{entity} 记录没有字段 {fields}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="643"/>
        <source>{entity} {field} is required</source>
        <comment>field.required_on_create</comment>
        <translation>{entity} 记录的{field}为必填项</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="646"/>
        <source>{entity} {field} must not be cleared</source>
        <comment>field.not_clearable</comment>
        <translation>{entity} 记录的{field}不能清空</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="649"/>
        <source>unknown entity {entity}</source>
        <comment>field.unknown_entity</comment>
        <translation>未知的记录类型 {entity}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="652"/>
        <source>a credit code must be text.</source>
        <comment>credit_code.not_text</comment>
        <translation>统一社会信用代码必须是文本。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="655"/>
        <source>the credit code is empty; it has 18 characters.</source>
        <comment>credit_code.empty</comment>
        <translation>统一社会信用代码不能为空，应为18位。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="658"/>
        <source>a credit code has 18 characters, this one has {length}: {code}.</source>
        <comment>credit_code.wrong_length</comment>
        <translation>统一社会信用代码应为18位，实际为{length}位：{code}。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="663"/>
        <source>the first part of a credit code must be 17 characters, got {length}.</source>
        <comment>credit_code.prefix_length</comment>
        <translation>统一社会信用代码前17位应为17个字符，实际为{length}个。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="668"/>
        <source>character &apos;{char}&apos; at position {position} is not allowed; valid characters are {alphabet}.</source>
        <comment>credit_code.bad_character</comment>
        <translation>统一社会信用代码第{position}位含非法字符“{char}”（允许的字符为 {alphabet}）。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="674"/>
        <source>character &apos;{char}&apos; at position {position} is not allowed: credit codes do not use the letters I, O, Z, S and V.</source>
        <comment>credit_code.unused_letter</comment>
        <translation>统一社会信用代码第{position}位含非法字符“{char}”（代码中不使用字母 I、O、Z、S、V）。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="680"/>
        <source>{code}: check character should be {expected}, not {actual}; please re-check the code.</source>
        <comment>credit_code.check_character</comment>
        <translation>统一社会信用代码校验位错误：{code} 的第18位应为 {expected}，实际为 {actual}，请核对。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="687"/>
        <source>a region code must be text.</source>
        <comment>region.not_text</comment>
        <translation>行政区划代码必须是文本。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="688"/>
        <source>region code {code} is not six digits per GB/T 2260 (e.g. 510903).</source>
        <comment>region.malformed</comment>
        <translation>行政区划代码“{code}”格式不正确，应为6位数字（GB/T 2260），例如 510903。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="693"/>
        <source>region code {code} is not in the reference list {file}.</source>
        <comment>region.unknown</comment>
        <translation>行政区划代码 {code} 不在参考数据 {file} 中。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="700"/>
        <source>width</source>
        <comment>label.width</comment>
        <translation>宽度</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="701"/>
        <source>height</source>
        <comment>label.height</comment>
        <translation>高度</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="702"/>
        <source>points</source>
        <comment>label.points</comment>
        <translation>坐标点</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="703"/>
        <source>the signature is empty</source>
        <comment>signature.empty</comment>
        <translation>签名为空</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="704"/>
        <source>signature {part} must be whole numbers</source>
        <comment>signature.not_whole_numbers</comment>
        <translation>签名的{part}必须是整数</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="707"/>
        <source>signature must be text (JSON strokes)</source>
        <comment>signature.not_text</comment>
        <translation>签名必须是文本（JSON 笔画数据）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="710"/>
        <source>signature is too large: draw it again more simply</source>
        <comment>signature.too_large</comment>
        <translation>签名数据过大：请简化后重新签写</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="713"/>
        <source>signature is not valid stroke data</source>
        <comment>signature.not_stroke_data</comment>
        <translation>签名不是有效的笔画数据</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="716"/>
        <source>signature must have exactly w, h and strokes</source>
        <comment>signature.wrong_keys</comment>
        <translation>签名数据必须恰好包含宽、高和笔画三项</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="719"/>
        <source>signature grid size is out of range</source>
        <comment>signature.grid_out_of_range</comment>
        <translation>签名画布尺寸超出范围</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="722"/>
        <source>signature must have at most {limit} strokes</source>
        <comment>signature.too_many_strokes</comment>
        <translation>签名最多只能有 {limit} 笔</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="725"/>
        <source>each signature stroke must be a list of x, y pairs</source>
        <comment>signature.bad_stroke</comment>
        <translation>签名的每一笔都必须是由横、纵坐标对组成的列表</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="728"/>
        <source>signature point lies outside its grid</source>
        <comment>signature.point_outside</comment>
        <translation>签名的坐标点超出了画布</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="731"/>
        <source>signature has more than {limit} points</source>
        <comment>signature.too_many_points</comment>
        <translation>签名的坐标点超过 {limit} 个</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="734"/>
        <source>the signature is empty: sign with at least one stroke</source>
        <comment>signature.no_stroke</comment>
        <translation>签名为空：请至少签写一笔</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="743"/>
        <source>unknown finding category {code}; valid codes: {valid}.</source>
        <comment>category.unknown</comment>
        <translation>未知的问题类别 {code}；有效的类别代码：{valid}。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="746"/>
        <source>unknown basin {name}; valid: {valid}.</source>
        <comment>basin.unknown</comment>
        <translation>未知的流域 {name}；可选：{valid}。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="747"/>
        <source>reference data file {path} cannot be read ({reason}); reinstall the app.</source>
        <comment>reference.unreadable</comment>
        <translation>参考数据文件 {path} 无法读取（{reason}）：请重新安装本软件。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="752"/>
        <source>reference data file {path} is malformed: line {line}: {problem}.</source>
        <comment>reference.not_json</comment>
        <translation>参考数据文件 {path} 格式错误：第 {line} 行：{problem}。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="757"/>
        <source>reference data file {path} is malformed: it must hold a JSON object.</source>
        <comment>reference.not_object</comment>
        <translation>参考数据文件 {path} 格式错误：内容必须是一个 JSON 对象。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="762"/>
        <source>{file}: an entry lacks the required field {field}.</source>
        <comment>reference.missing_field</comment>
        <translation>{file}：有一项缺少必需的字段 {field}。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="767"/>
        <source>{file}: code {code} appears twice.</source>
        <comment>reference.duplicate_code</comment>
        <translation>{file}：代码 {code} 出现了两次。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="770"/>
        <source>{file}: {key} must be an object of code → name.</source>
        <comment>reference.not_a_map</comment>
        <translation>{file}：{key} 必须是“代码 → 名称”形式的对象。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="773"/>
        <source>{file}: basin {code} names region codes missing from {regions_file}: {codes}.</source>
        <comment>reference.basin_unknown_regions</comment>
        <translation>{file}：流域 {code} 引用了 {regions_file} 中没有的行政区划代码：{codes}。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="25"/>
        <source>draft</source>
        <comment>notice.status_draft</comment>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="26"/>
        <source>issued</source>
        <comment>notice.status_issued</comment>
        <translation>已签发</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="27"/>
        <source>served</source>
        <comment>notice.status_served</comment>
        <translation>已送达</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="28"/>
        <source>closed</source>
        <comment>notice.status_closed</comment>
        <translation>已销号</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="29"/>
        <source>superseded</source>
        <comment>notice.status_superseded</comment>
        <translation>已被取代</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="30"/>
        <source>the issue</source>
        <comment>notice.moment_issue</comment>
        <translation>签发时间</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="31"/>
        <source>the service</source>
        <comment>notice.moment_service</comment>
        <translation>送达时间</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="32"/>
        <source>the service time</source>
        <comment>notice.moment_service_time</comment>
        <translation>送达时间</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="33"/>
        <source>the re-inspection start</source>
        <comment>notice.moment_reinspection_start</comment>
        <translation>复查开始时间</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="36"/>
        <source>the start time</source>
        <comment>notice.moment_start</comment>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="37"/>
        <source>the end time</source>
        <comment>notice.moment_end</comment>
        <translation>结束时间</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="40"/>
        <source>{first}
- {rest}</source>
        <comment>notice.list_more</comment>
        <translation>{first}
- {rest}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="43"/>
        <source>fewer than two officers (执法人员不得少于两人)</source>
        <comment>notice.draft_few_officers</comment>
        <translation>执法人员少于两人（执法人员不得少于两人）。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="46"/>
        <source>the party has no unified social credit code</source>
        <comment>notice.draft_no_credit_code</comment>
        <translation>当事人没有统一社会信用代码。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="49"/>
        <source>no deadline: the order reads 立即 (immediately)</source>
        <comment>notice.deadline_immediate</comment>
        <translation>未设整改期限：责令内容为“立即”改正。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="52"/>
        <source>the deadline is today</source>
        <comment>notice.deadline_today</comment>
        <translation>整改期限为今天。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="53"/>
        <source>the deadline {deadline} is more than three years away</source>
        <comment>notice.deadline_far</comment>
        <translation>整改期限 {deadline} 距今超过三年。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="56"/>
        <source>{agency} has no reconsideration body or court set: generic wording is printed</source>
        <comment>notice.draft_generic_remedies</comment>
        <translation>{agency}未设置行政复议机关或行政诉讼管辖法院：将打印通用表述。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="61"/>
        <source>no evidence photos</source>
        <comment>notice.draft_no_evidence</comment>
        <translation>没有证据照片。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="62"/>
        <source>finding {finding} is already in notice {number} ({status})</source>
        <comment>notice.draft_finding_in_notice</comment>
        <translation>问题 {finding} 已列入决定书 {number}（{status}）。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="67"/>
        <source>finding {finding} is already in another draft notice</source>
        <comment>notice.draft_finding_in_draft</comment>
        <translation>问题 {finding} 已列入另一份决定书草稿。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="72"/>
        <source>evidence {index} has no capture time</source>
        <comment>notice.evidence_no_time</comment>
        <translation>证据 {index} 没有拍摄时间。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="75"/>
        <source>evidence {index} is dated {taken}, in the future: check the camera clock</source>
        <comment>notice.evidence_in_future</comment>
        <translation>证据 {index} 的日期为 {taken}，晚于今天：请检查相机时钟。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="112"/>
        <source>evidence {index} was taken on {taken}, not on the inspection day {day}</source>
        <comment>notice.evidence_other_day</comment>
        <translation>证据 {index} 拍摄于 {taken}，不是检查当天（{day}）。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="117"/>
        <source>a finding&apos;s position is {km} km from the party&apos;s site</source>
        <comment>notice.finding_far_from_site</comment>
        <translation>有问题的位置距当事人场所 {km} 公里。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="152"/>
        <source>choose at least one finding for the notice</source>
        <comment>notice.draft_no_findings</comment>
        <translation>请至少选择一个问题制作决定书。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="155"/>
        <source>finding {findings} has no party; pick the party (site) first</source>
        <comment>notice.draft_finding_without_party</comment>
        <translation>问题 {findings} 没有当事人：请先选择当事人（场所）。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="160"/>
        <source>a notice is served on one party: choose findings of one site only</source>
        <comment>notice.draft_several_parties</comment>
        <translation>一份决定书只能送达一个当事人：请只选择同一场所的问题。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="165"/>
        <source>the deadline must be a date YYYY-MM-DD (got &apos;{value}&apos;)</source>
        <comment>notice.deadline_not_a_date</comment>
        <translation>整改期限应为日期，格式为 YYYY-MM-DD（收到的是“{value}”）。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="170"/>
        <source>the deadline {deadline} is in the past; choose a later date</source>
        <comment>notice.deadline_in_past</comment>
        <translation>整改期限 {deadline} 已过去；请选择更晚的日期。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="178"/>
        <source>the notice is already {status}; supersede it to correct it</source>
        <comment>notice.issue_not_draft</comment>
        <translation>决定书已是“{status}”状态；如需更正，请以新决定书取代。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="183"/>
        <source>only a team lead can issue a decision</source>
        <comment>notice.issue_lead_only</comment>
        <translation>只有组长可以签发决定书。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="186"/>
        <source>draw your signature once (Documents ▸ My signature…) so it appears on the decision</source>
        <comment>notice.issue_no_signature</comment>
        <translation>请先绘制一次预留签名（文书 ▸ 我的签名…），以便印在决定书上。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="191"/>
        <source>the notice covers no finding</source>
        <comment>notice.issue_no_finding</comment>
        <translation>决定书未涉及任何问题。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="194"/>
        <source>no deadline (整改期限): set the date by which the party must comply</source>
        <comment>notice.issue_no_deadline</comment>
        <translation>没有整改期限：请设定当事人须完成整改的日期。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="199"/>
        <source>the deadline {deadline} has passed; choose a later date</source>
        <comment>notice.issue_deadline_passed</comment>
        <translation>整改期限 {deadline} 已过；请选择更晚的日期。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="204"/>
        <source>no order (责令内容): say what the party must do</source>
        <comment>notice.issue_no_order</comment>
        <translation>没有责令内容：请写明当事人须做什么。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="207"/>
        <source>the party {party} has no valid unified social credit code (GB 32100-2015)</source>
        <comment>notice.issue_bad_credit_code</comment>
        <translation>当事人{party}没有有效的统一社会信用代码（GB 32100-2015）。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="212"/>
        <source>the party {party} has no address</source>
        <comment>notice.issue_no_address</comment>
        <translation>当事人{party}没有地址。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="215"/>
        <source>{agency} has no body for administrative reconsideration (复议机关)</source>
        <comment>notice.issue_no_reconsideration_body</comment>
        <translation>{agency}未设置行政复议机关。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="220"/>
        <source>{agency} has no court for administrative litigation (管辖法院)</source>
        <comment>notice.issue_no_court</comment>
        <translation>{agency}未设置行政诉讼管辖法院。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="225"/>
        <source>finding {finding}: {problem}</source>
        <comment>notice.issue_finding_unavailable</comment>
        <translation>问题 {finding}：{problem}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="235"/>
        <source>evidence photo {photo} of finding {finding} has not arrived on this laptop: sync first</source>
        <comment>notice.issue_photo_missing</comment>
        <translation>问题 {finding} 的证据照片 {photo} 尚未同步到本机：请先同步。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="240"/>
        <source>fewer than two officers (执法人员不得少于两人，《行政处罚法》第四十二条)</source>
        <comment>notice.issue_few_officers</comment>
        <translation>巡查的执法人员少于两人（执法人员不得少于两人，《行政处罚法》第四十二条）。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="245"/>
        <source>{entity} {id} has an open sync conflict: a team lead must resolve it first</source>
        <comment>notice.issue_conflict</comment>
        <translation>{entity} {id} 存在未解决的同步冲突：须由组长先行裁决（同步 ▸ 冲突…）。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="250"/>
        <source>the team has no certificate authority yet: a team lead creates it once (Documents ▸ Team certificates…)</source>
        <comment>notice.issue_no_team_ca</comment>
        <translation>本队还没有证书颁发机构：须由组长创建一次（文书 ▸ 证书管理…）。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="256"/>
        <source>no signing certificate of yours on this laptop: import your PKCS#12 file (Documents ▸ Import certificate…)</source>
        <comment>notice.issue_no_certificate</comment>
        <translation>本机没有您的签名证书：请导入组长为您签发的证书文件（文书 ▸ 导入证书…）。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="265"/>
        <source>the decision cannot be issued yet:
- {blockers}</source>
        <comment>notice.issue_blocked</comment>
        <translation>决定书暂不能签发：
- {blockers}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="268"/>
        <source>this signing certificate belongs to another officer: sign with your own</source>
        <comment>notice.certificate_of_another</comment>
        <translation>此签名证书属于其他执法人员：请使用您自己的证书签名。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="273"/>
        <source>{number} is issued and stored, but its copy could not be written to {path} ({reason}): export it from the notice instead</source>
        <comment>notice.issued_copy_failed</comment>
        <translation>{number} 已签发并保存，但副本无法写入 {path}（{reason}）：请从该决定书导出。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="281"/>
        <source>notice {notice} is {status}: issued notices never change; supersede it with a corrected one</source>
        <comment>notice.not_draft_unchangeable</comment>
        <translation>决定书 {notice} 为“{status}”状态：已签发的决定书不得修改；请以更正后的新决定书取代。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="287"/>
        <source>only an issued notice can be superseded (this one is {status}); a draft can simply be edited</source>
        <comment>notice.supersede_not_issued</comment>
        <translation>只有已签发的决定书可以被取代（此决定书为“{status}”状态）；草稿可直接修改。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="293"/>
        <source>notice {notice} is {status}: only a draft can be discarded; an issued notice is corrected by superseding it</source>
        <comment>notice.discard_not_draft</comment>
        <translation>决定书 {notice} 为“{status}”状态：只有草稿可以丢弃；已签发的决定书须以新决定书取代来更正。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="299"/>
        <source>only a team lead can discard a correction: it puts {notice} back in force</source>
        <comment>notice.discard_correction_lead_only</comment>
        <translation>只有组长可以丢弃更正稿：丢弃后 {notice} 将恢复效力。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="304"/>
        <source>{notice} was already served on {served_at}: a notice is served once</source>
        <comment>notice.already_served</comment>
        <translation>{notice} 已于 {served_at} 送达：一份决定书只送达一次。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="309"/>
        <source>only an issued notice can be served (this one is {status})</source>
        <comment>notice.serve_not_issued</comment>
        <translation>只有已签发的决定书可以送达（此决定书为“{status}”状态）。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="314"/>
        <source>only a served notice can be closed (this one is {status}): serve it first</source>
        <comment>notice.close_not_served</comment>
        <translation>只有已送达的决定书可以销号（此决定书为“{status}”状态）：请先送达。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="319"/>
        <source>{what} {when} is in the future</source>
        <comment>notice.time_in_future</comment>
        <translation>{what} {when} 晚于当前时间。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="320"/>
        <source>{what} {when} is before {other} ({other_when})</source>
        <comment>notice.time_before</comment>
        <translation>{what} {when} 早于{other}（{other_when}）。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="323"/>
        <source>{what} must be a time like 2026-05-01T10:30:00+08:00 (got &apos;{value}&apos;)</source>
        <comment>notice.time_malformed</comment>
        <translation>{what}应为带时区的时间，如 2026-05-01T10:30:00+08:00（收到的是“{value}”）。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="330"/>
        <source>a re-inspection record must name the notice it checks</source>
        <comment>notice.reinspection_needs_notice</comment>
        <translation>复查笔录须指明所复查的决定书。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="335"/>
        <source>only a served notice can be re-inspected: record its service first</source>
        <comment>notice.reinspection_not_served</comment>
        <translation>只有已送达的决定书可以复查：请先记录送达。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="340"/>
        <source>only a re-inspection record has a notice and an outcome</source>
        <comment>notice.record_not_reinspection</comment>
        <translation>只有复查笔录才有所复查的决定书和复查结论。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="345"/>
        <source>a refusal to sign needs a witness (见证人) name</source>
        <comment>notice.refusal_needs_witness</comment>
        <translation>拒绝签名须填写见证人姓名。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="350"/>
        <source>draw the signature, or record a refusal with a witness</source>
        <comment>notice.signature_missing</comment>
        <translation>请手写签名，或记录拒签及见证人。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="355"/>
        <source>an officer&apos;s signature must name the officer</source>
        <comment>notice.officer_signature_unnamed</comment>
        <translation>执法人员签名须指明是哪一名执法人员。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="382"/>
        <source>at least two officers must take part (《行政处罚法》第四十二条)</source>
        <comment>notice.gap_two_officers</comment>
        <translation>至少须有两名执法人员参加（《行政处罚法》第四十二条）。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="387"/>
        <source>record that the officers showed their enforcement certificates</source>
        <comment>notice.gap_certificates_shown</comment>
        <translation>请记录执法人员已出示执法证件。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="392"/>
        <source>record that the party was told of its right to ask for recusal (回避)</source>
        <comment>notice.gap_recusal</comment>
        <translation>请记录已告知当事人申请回避的权利。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="397"/>
        <source>give the time the inspection ended</source>
        <comment>notice.gap_no_end_time</comment>
        <translation>请填写检查结束时间。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="400"/>
        <source>the end time is before the start time</source>
        <comment>notice.gap_end_before_start</comment>
        <translation>结束时间早于开始时间。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="403"/>
        <source>describe what was inspected and found</source>
        <comment>notice.gap_no_narrative</comment>
        <translation>请填写检查情况。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="411"/>
        <source>give the re-inspection outcome (rectified or not)</source>
        <comment>notice.gap_no_outcome</comment>
        <translation>请填写复查结论（是否已整改）。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="414"/>
        <source>officer {name} has not signed</source>
        <comment>notice.gap_officer_unsigned</comment>
        <translation>执法人员{name}尚未签名。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="417"/>
        <source>the party has not signed (or record a refusal with a witness)</source>
        <comment>notice.gap_party_unsigned</comment>
        <translation>当事人尚未签名（或记录拒签及见证人）。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="424"/>
        <source>this record is already signed and closed</source>
        <comment>notice.record_already_closed</comment>
        <translation>此笔录已签署并结束。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="427"/>
        <source>only an officer who took part can sign and close the record</source>
        <comment>notice.record_not_participant</comment>
        <translation>只有参加检查的执法人员可以签署并结束笔录。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="432"/>
        <source>the record cannot be closed yet:
- {gaps}</source>
        <comment>notice.record_not_closable</comment>
        <translation>笔录暂不能结束：
- {gaps}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="435"/>
        <source>this re-inspection closes the notice (销号): a team lead signs and closes it</source>
        <comment>notice.reinspection_lead_closes</comment>
        <translation>本次复查将对决定书销号：须由组长签署并结束笔录。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="440"/>
        <source>the service has no recipient signature or witnessed refusal</source>
        <comment>notice.service_no_recipient_signature</comment>
        <translation>送达记录没有受送达人签名，也没有有见证人的拒签记录。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="445"/>
        <source>this service receipt is already signed</source>
        <comment>notice.receipt_already_signed</comment>
        <translation>此送达回证已签署。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="448"/>
        <source>only an officer who served the notice can sign the receipt</source>
        <comment>notice.receipt_not_server</comment>
        <translation>只有送达人可以签署送达回证。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="455"/>
        <source>the decision needs its inspection date (检查日期)</source>
        <comment>notice.content_no_inspection_date</comment>
        <translation>决定书缺少检查日期。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="460"/>
        <source>the decision needs its date of issue (落款日期)</source>
        <comment>notice.content_no_issue_date</comment>
        <translation>决定书缺少落款日期。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="463"/>
        <source>the decision must list its officers and their certificate numbers (执法人员)</source>
        <comment>notice.content_no_officers</comment>
        <translation>决定书须列明执法人员及执法证号。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="468"/>
        <source>the decision must state at least one violation (违法事实)</source>
        <comment>notice.content_no_facts</comment>
        <translation>决定书须写明违法事实。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="473"/>
        <source>an inspection needs at least two officers (两名以上执法人员, 《行政处罚法》第四十二条)</source>
        <comment>notice.record_content_few_officers</comment>
        <translation>现场检查须有两名以上执法人员（《行政处罚法》第四十二条）。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="478"/>
        <source>a re-inspection record must give the number of the decision it checks (复查依据)</source>
        <comment>notice.record_content_no_number</comment>
        <translation>复查笔录须写明复查依据的决定书文号。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="483"/>
        <source>unknown method of service (送达方式) &apos;{method}&apos;: use one of {methods}</source>
        <comment>notice.receipt_unknown_method</comment>
        <translation>送达方式“{method}”无效：应为{methods}之一。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="488"/>
        <source>a service receipt must name the serving officer (送达人)</source>
        <comment>notice.receipt_no_server</comment>
        <translation>送达回证须写明送达人。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="493"/>
        <source>a recipient who refuses to sign is served by leaving the decision at the premises (留置送达, 《民事诉讼法》第八十九条)</source>
        <comment>notice.receipt_refusal_not_left</comment>
        <translation>受送达人拒绝签收的，应当留置送达（《民事诉讼法》第八十九条）。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="499"/>
        <source>a date must be written YYYY-MM-DD (got &apos;{value}&apos;)</source>
        <comment>notice.date_malformed</comment>
        <translation>日期应写作 YYYY-MM-DD（收到的是“{value}”）。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="502"/>
        <source>a time must be written YYYY-MM-DD HH:MM (got &apos;{value}&apos;)</source>
        <comment>notice.local_time_malformed</comment>
        <translation>时间应写作“年-月-日 时:分”，如 2025-03-14 09:30（收到的是“{value}”）。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="507"/>
        <source>the end {end} lies before the start {start} (结束时间早于开始时间)</source>
        <comment>notice.period_reversed</comment>
        <translation>结束时间 {end} 早于开始时间 {start}。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="512"/>
        <source>evidence {index}: the SHA-256 must be 64 hexadecimal digits (got &apos;{value}&apos;)</source>
        <comment>notice.evidence_bad_hash</comment>
        <translation>证据 {index} 的 SHA-256 应为 64 位十六进制数字（收到的是“{value}”）。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="517"/>
        <source>evidence {index}: the position (经纬度) is not a valid latitude and longitude</source>
        <comment>notice.evidence_bad_position</comment>
        <translation>证据 {index} 的经纬度无效。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="25"/>
        <source>TeamLead</source>
        <comment>signing.field_team_lead</comment>
        <translation>负责人签名栏</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="26"/>
        <source>Officer</source>
        <comment>signing.field_officer</comment>
        <translation>执法人员签名栏</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="29"/>
        <source>No signature boxes were given; render the document for signing.</source>
        <comment>signing.no_boxes</comment>
        <translation>未提供签名框；请重新生成用于签名的文书。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="34"/>
        <source>Signature field names must be unique and non-empty: {names}.</source>
        <comment>signing.field_names_invalid</comment>
        <translation>签名栏名称不得为空，也不得重复：{names}。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="39"/>
        <source>The lock field &apos;{field}&apos; is not one of the boxes ({names}).</source>
        <comment>signing.lock_field_unknown</comment>
        <translation>锁定签名栏“{field}”不在签名框（{names}）之中。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="44"/>
        <source>This PDF is already signed; signature fields must all be created before the first signature. Render the notice again and add the fields to the new copy.</source>
        <comment>signing.fields_after_signature</comment>
        <translation>此 PDF 已经签名；所有签名栏必须在第一个签名之前创建。请重新生成文书，并在新生成的文件上添加签名栏。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="50"/>
        <source>The PDF already has signature fields named {names}.</source>
        <comment>signing.fields_exist</comment>
        <translation>此 PDF 已有同名签名栏：{names}。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="55"/>
        <source>Signature box &apos;{field}&apos; is on page {page}, but the PDF has {pages} page(s).</source>
        <comment>signing.box_page_out_of_range</comment>
        <translation>签名框“{field}”位于第 {page} 页，但该 PDF 只有 {pages} 页。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="60"/>
        <source>Signature box &apos;{field}&apos; has an empty rectangle {box}.</source>
        <comment>signing.box_empty</comment>
        <translation>签名框“{field}”的区域为空：{box}。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="65"/>
        <source>Cannot add signature field &apos;{field}&apos;: {error}</source>
        <comment>signing.field_not_added</comment>
        <translation>无法添加签名栏“{field}”：{error}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="68"/>
        <source>not a PDF, or too damaged to read; ask for the original file</source>
        <comment>signing.pdf_damaged</comment>
        <translation>不是 PDF 文件，或已严重损坏、无法读取；请索取原始文件</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="73"/>
        <source>The form fields of this PDF cannot be read: not a PDF, or too damaged to read; ask for the original file</source>
        <comment>signing.form_fields_unreadable</comment>
        <translation>无法读取此 PDF 的表单域：不是 PDF 文件，或已严重损坏、无法读取；请索取原始文件</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="81"/>
        <source>Your signing certificate expired on {date}; ask the team lead to issue a new one.</source>
        <comment>signing.own_certificate_expired</comment>
        <translation>您的签名证书已于 {date} 过期；请组长重新签发。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="86"/>
        <source>Your signing certificate is not valid before {date}; check this computer&apos;s date and time.</source>
        <comment>signing.own_certificate_not_yet_valid</comment>
        <translation>您的签名证书在 {date} 之前尚未生效；请检查本机的日期和时间。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="98"/>
        <source>Signing field &apos;{field}&apos; failed ({error}); the document was not changed.</source>
        <comment>signing.sign_failed</comment>
        <translation>“{field}”签名失败（{error}）；文书未作任何改动。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="103"/>
        <source>This PDF has no signature field &apos;{field}&apos; (fields: {fields}); add the fields before the first signature.</source>
        <comment>signing.no_such_field</comment>
        <translation>此 PDF 中没有签名栏“{field}”（现有签名栏：{fields}）；签名栏须在第一个签名之前添加。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="109"/>
        <source>This PDF has no signature field &apos;{field}&apos; (it has no signature fields at all); add the fields before the first signature.</source>
        <comment>signing.no_fields</comment>
        <translation>此 PDF 中没有签名栏“{field}”（该文件没有任何签名栏）；签名栏须在第一个签名之前添加。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="115"/>
        <source>Field &apos;{field}&apos; is already signed; a field can be signed once.</source>
        <comment>signing.field_already_signed</comment>
        <translation>“{field}”已经签名；每个签名栏只能签名一次。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="120"/>
        <source>The signature in &apos;{field}&apos; locked this document; it cannot be signed again. Sign a fresh copy of the notice instead.</source>
        <comment>signing.document_locked</comment>
        <translation>“{field}”中的签名已锁定本文书，不能再签名。请在重新生成的文书上签名。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="126"/>
        <source>The signature in &apos;{locked_by}&apos; locked field &apos;{field}&apos;; it cannot be signed any more. Sign a fresh copy of the notice instead.</source>
        <comment>signing.field_locked</comment>
        <translation>“{locked_by}”中的签名已锁定“{field}”，不能再签名。请在重新生成的文书上签名。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="132"/>
        <source>The existing signatures of this PDF cannot be read ({error}); do not sign this copy.</source>
        <comment>signing.signatures_unreadable</comment>
        <translation>无法读取此 PDF 中已有的签名（{error}）；请勿在此文件上签名。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="137"/>
        <source>The signature image is not a readable PNG; draw the signature again.</source>
        <comment>signing.stamp_image_unreadable</comment>
        <translation>签名图像不是可读取的 PNG 图片；请重新手写签名。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="142"/>
        <source>The signature image must be a PNG, not {format}.</source>
        <comment>signing.stamp_image_not_png</comment>
        <translation>签名图像必须是 PNG 格式，而不是 {format}。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="149"/>
        <source>The seal image is too large (more than {limit} pixels); choose a smaller image.</source>
        <comment>signing.seal_too_large</comment>
        <translation>印章图片过大（超过 {limit} 像素）；请选用较小的图片。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="159"/>
        <source>The seal image cannot be read ({error}); choose the seal image again.</source>
        <comment>signing.seal_unreadable</comment>
        <translation>无法读取印章图片（{error}）；请重新选择印章图片。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="164"/>
        <source>{role}: a signature and a refusal to sign are both recorded; keep only one.</source>
        <comment>signing.signed_and_refused</comment>
        <translation>{role}：同时记录了签名和拒绝签名；只能保留其一。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="171"/>
        <source>the CA name</source>
        <comment>pki.what_ca_name</comment>
        <translation>团队 CA 名称</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="172"/>
        <source>the organisation</source>
        <comment>pki.what_organisation</comment>
        <translation>单位名称</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="173"/>
        <source>the officer&apos;s name</source>
        <comment>pki.what_officer_name</comment>
        <translation>执法人员姓名</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="174"/>
        <source>the enforcement certificate number (执法证号)</source>
        <comment>pki.what_certificate_no</comment>
        <translation>执法证号</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="179"/>
        <source>the agency name</source>
        <comment>pki.what_agency_name</comment>
        <translation>机关名称</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="180"/>
        <source>the CA key</source>
        <comment>pki.what_ca_key</comment>
        <translation>团队 CA 私钥</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="184"/>
        <source>the CA certificate</source>
        <comment>pki.what_ca_certificate</comment>
        <translation>团队 CA 证书</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="185"/>
        <source>the certificate</source>
        <comment>pki.what_certificate</comment>
        <translation>证书</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="186"/>
        <source>a team CA certificate</source>
        <comment>pki.what_team_ca_certificate</comment>
        <translation>团队 CA 证书</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="189"/>
        <source>an unnamed holder</source>
        <comment>pki.unnamed_holder</comment>
        <translation>未署名的持有人</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="192"/>
        <source>Fill in {what}: it is empty.</source>
        <comment>pki.empty</comment>
        <translation>请填写{what}：不能为空。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="193"/>
        <source>The passphrase for {what} must be given as bytes.</source>
        <comment>pki.passphrase_not_bytes</comment>
        <translation>{what}的口令必须以字节形式提供。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="198"/>
        <source>The passphrase for {what} is too short ({length} characters); use at least {minimum}.</source>
        <comment>pki.passphrase_too_short</comment>
        <translation>{what}的口令过短（{length} 个字符）；至少需要 {minimum} 个字符。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="203"/>
        <source>The validity must be 1 to {most} years, not {years}.</source>
        <comment>pki.validity_out_of_range</comment>
        <translation>有效期必须为 1 至 {most} 年，不能为 {years}。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="208"/>
        <source>The officer id &apos;{officer_id}&apos; is not a UUID; pick the officer from the register.</source>
        <comment>pki.officer_id_invalid</comment>
        <translation>执法人员编号“{officer_id}”无效；请从执法人员名册中选择。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="213"/>
        <source>Unknown officer role &apos;{role}&apos;; use one of {roles}.</source>
        <comment>pki.unknown_role</comment>
        <translation>未知的执法人员角色“{role}”；只能是以下之一：{roles}。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="218"/>
        <source>The CA key does not belong to this CA certificate; choose the key file that was created with the certificate.</source>
        <comment>pki.ca_key_mismatch</comment>
        <translation>该私钥与此团队 CA 证书不匹配；请选择与该证书一同创建的私钥文件。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="224"/>
        <source>The certificate chosen as CA is not a certificate authority; choose the team CA certificate.</source>
        <comment>pki.not_a_ca</comment>
        <translation>选作团队 CA 的证书不是证书颁发机构的证书；请选择团队 CA 证书。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="230"/>
        <source>The team CA expired on {date}; create a new team CA and issue new officer certificates.</source>
        <comment>pki.ca_expired</comment>
        <translation>团队 CA 已于 {date} 过期；请创建新的团队 CA，并重新签发执法人员证书。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="235"/>
        <source>The team CA is not valid before {date}; check this computer&apos;s clock and date.</source>
        <comment>pki.ca_not_yet_valid</comment>
        <translation>团队 CA 在 {date} 之前尚未生效；请检查本机的时钟和日期。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="269"/>
        <source>This certificate names no officer (no UID in its subject), so it was not issued by a team CA of this app; ask the team lead to issue one.</source>
        <comment>pki.no_officer_named</comment>
        <translation>该证书未指明执法人员（证书主题中没有执法人员标识），因此不是由本软件的团队 CA 签发的；请组长为您签发证书。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="275"/>
        <source>No team CA certificate is configured; import the team CA certificate.</source>
        <comment>pki.no_team_ca_configured</comment>
        <translation>尚未配置团队 CA 证书；请导入团队 CA 证书。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="280"/>
        <source>The certificate of {subject} was not issued by a trusted team CA; ask your team lead for a certificate from the team CA, or import the CA that issued it.</source>
        <comment>pki.not_issued_by_team</comment>
        <translation>{subject}的证书不是由受信任的团队 CA 签发的；请向组长申领团队 CA 签发的证书，或导入签发该证书的 CA。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="286"/>
        <source>The certificate of {subject} expired on {date}; ask the team lead to issue a new certificate.</source>
        <comment>pki.certificate_expired</comment>
        <translation>{subject}的证书已于 {date} 过期；请组长重新签发证书。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="292"/>
        <source>The certificate of {subject} is not valid before {date}; check this computer&apos;s clock and date.</source>
        <comment>pki.certificate_not_yet_valid</comment>
        <translation>{subject}的证书在 {date} 之前尚未生效；请检查本机的时钟和日期。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="298"/>
        <source>The file of {what} is empty; choose a certificate file (.pem/.crt).</source>
        <comment>pki.certificate_file_empty</comment>
        <translation>{what}文件为空；请选择证书文件（PEM 格式）。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="303"/>
        <source>The file of {what} is not a readable X.509 certificate; choose the .pem/.crt file again.</source>
        <comment>pki.certificate_unreadable</comment>
        <translation>{what}文件不是可读取的 X.509 证书；请重新选择证书文件。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="308"/>
        <source>The CA key file is not encrypted or the passphrase is missing; use the encrypted key created with the team CA and its passphrase.</source>
        <comment>pki.ca_key_not_encrypted</comment>
        <translation>团队 CA 私钥文件未加密，或未提供口令；请使用创建团队 CA 时生成的加密私钥及其口令。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="314"/>
        <source>The CA key file is not a PEM private key; choose the key file created with the team CA.</source>
        <comment>pki.ca_key_not_pem</comment>
        <translation>团队 CA 私钥文件不是 PEM 格式的私钥；请选择创建团队 CA 时生成的私钥文件。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="319"/>
        <source>The passphrase does not open the team CA key; check it and try again.</source>
        <comment>pki.ca_key_wrong_passphrase</comment>
        <translation>口令无法打开团队 CA 私钥；请核对后重试。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="324"/>
        <source>The CA key is not an RSA key; create the team CA with this app.</source>
        <comment>pki.ca_key_not_rsa</comment>
        <translation>团队 CA 私钥不是 RSA 密钥；请用本软件创建团队 CA。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="329"/>
        <source>A team CA certificate is not readable; import the team CA certificate again.</source>
        <comment>pki.trust_root_unreadable</comment>
        <translation>有一个团队 CA 证书无法读取；请重新导入团队 CA 证书。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="336"/>
        <source>this laptop already holds a team CA key ({path}); the team needs only one</source>
        <comment>pki.ca_key_exists</comment>
        <translation>本机已持有团队 CA 私钥（{path}）；全队只需要一个。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="341"/>
        <source>this laptop does not hold the team CA key: issue certificates on the laptop where the team CA was created</source>
        <comment>pki.no_ca_key</comment>
        <translation>本机没有团队 CA 私钥：请在创建团队 CA 的那台笔记本上签发证书。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="347"/>
        <source>this store knows no team CA yet: sync with the team lead&apos;s laptop first</source>
        <comment>pki.no_team_ca</comment>
        <translation>本机还没有团队 CA：请先与组长的笔记本同步。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="354"/>
        <source>no digital signature</source>
        <comment>verify.no_signature</comment>
        <translation>文件没有数字签名</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="355"/>
        <source>no team CA certificate was given, so no signature can be trusted</source>
        <comment>verify.no_trust_roots</comment>
        <translation>未提供团队 CA 证书，因此无法确认任何签名可信</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="360"/>
        <source>the signature data in this file was altered or damaged and cannot be read: the document cannot be trusted; ask for the original file</source>
        <comment>verify.signature_data_altered</comment>
        <translation>此文件中的签名数据已被改动或损坏，无法读取：该文书不可信；请索取原始文件</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="366"/>
        <source>not a PDF, or too damaged to read; ask for the original file ({error})</source>
        <comment>verify.pdf_unreadable</comment>
        <translation>不是 PDF 文件，或已严重损坏、无法读取；请索取原始文件（{error}）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="371"/>
        <source>the signature cannot be checked ({error})</source>
        <comment>verify.cannot_check</comment>
        <translation>无法检验该签名（{error}）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="374"/>
        <source>the signature did not pass validation</source>
        <comment>verify.failed</comment>
        <translation>该签名未通过验证</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="375"/>
        <source>bytes changed: the signature does not match the signed content</source>
        <comment>verify.bytes_changed</comment>
        <translation>字节已被改动：签名与所签内容不符</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="380"/>
        <source>the signature value does not verify with the signer&apos;s certificate</source>
        <comment>verify.value_invalid</comment>
        <translation>签名值无法用签名人的证书验证</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="385"/>
        <source>certificate not issued by a trusted team CA</source>
        <comment>verify.not_trusted</comment>
        <translation>证书不是由受信任的团队 CA 签发的</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="388"/>
        <source>certificate not issued by a trusted team CA ({reason})</source>
        <comment>verify.not_trusted_because</comment>
        <translation>证书不是由受信任的团队 CA 签发的（{reason}）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="393"/>
        <source>the signer&apos;s certificate was revoked</source>
        <comment>verify.revoked</comment>
        <translation>签名人的证书已被吊销</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="394"/>
        <source>the team CA certificate was revoked</source>
        <comment>verify.ca_revoked</comment>
        <translation>团队 CA 证书已被吊销</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="395"/>
        <source>the signer&apos;s certificate has expired (a B-B signature without a timestamp cannot prove it was made before that)</source>
        <comment>verify.expired</comment>
        <translation>签名人的证书已过期（未附可信时间戳的签名无法证明签署时证书仍在有效期内）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="401"/>
        <source>the signer&apos;s certificate was not valid at the validation time</source>
        <comment>verify.out_of_bounds</comment>
        <translation>验证时签名人的证书不在有效期内</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="406"/>
        <source>the signer&apos;s certificate is not yet valid (check the computer&apos;s clock)</source>
        <comment>verify.not_yet_valid</comment>
        <translation>签名人的证书尚未生效（请检查本机时钟）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="411"/>
        <source>the certificate is not allowed to sign documents (key usage or chain constraints)</source>
        <comment>verify.chain_constraints</comment>
        <translation>该证书不允许用于签署文书（密钥用途或证书链约束）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="416"/>
        <source>the certificate is not allowed to sign documents (key usage)</source>
        <comment>verify.key_usage</comment>
        <translation>该证书不允许用于签署文书（密钥用途）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="421"/>
        <source>the signature does not cover a whole revision of the file</source>
        <comment>verify.partial_coverage</comment>
        <translation>该签名未覆盖文件的某个完整版本</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="426"/>
        <source>the file was changed after this signature (an incremental update that is not form filling)</source>
        <comment>verify.changed_after_signing</comment>
        <translation>该签名之后文件被改动过（一次不属于填写表单的增量更新）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="432"/>
        <source>the file was changed after this signature locked it</source>
        <comment>verify.changed_after_lock</comment>
        <translation>该签名锁定文件后，文件又被改动过</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="437"/>
        <source>the signature breaks the field&apos;s seed value rules ({error})</source>
        <comment>verify.seed_value</comment>
        <translation>该签名违反了签名栏的种子值规则（{error}）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="181"/>
        <source>the officer&apos;s PKCS#12 file</source>
        <comment>pki.what_officer_key_file</comment>
        <translation>执法人员的 .p12 证书文件</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="240"/>
        <source>The certificate file is empty; choose the officer&apos;s .p12 file.</source>
        <comment>pki.key_file_empty</comment>
        <translation>证书文件为空；请选择执法人员的 .p12 文件。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="245"/>
        <source>This file is not a PKCS#12 certificate file (.p12/.pfx); choose the file the team lead issued to you.</source>
        <comment>pki.not_key_file</comment>
        <translation>此文件不是 PKCS#12 证书文件（.p12/.pfx）；请选择组长为您签发的文件。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="251"/>
        <source>The passphrase does not open this PKCS#12 file; check it (capitals, input method) and try again.</source>
        <comment>pki.key_file_wrong_passphrase</comment>
        <translation>口令无法打开此 PKCS#12 文件；请核对（大小写、输入法）后重试。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="257"/>
        <source>This PKCS#12 file holds no private key and certificate; ask the team lead to issue your certificate again.</source>
        <comment>pki.key_file_no_key</comment>
        <translation>此 PKCS#12 文件中没有私钥和证书；请组长重新为您签发证书。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="263"/>
        <source>This PKCS#12 file holds a non-RSA key, which the app does not sign with; ask the team lead to issue an RSA certificate.</source>
        <comment>pki.key_file_not_rsa</comment>
        <translation>此 PKCS#12 文件中的密钥不是 RSA 密钥，本软件无法用其签名；请组长签发 RSA 证书。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="26"/>
        <source>agency</source>
        <comment>entity.agency</comment>
        <translation>执法机构</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="27"/>
        <source>officer</source>
        <comment>entity.officer</comment>
        <translation>执法人员</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="28"/>
        <source>patrol</source>
        <comment>entity.patrol</comment>
        <translation>巡查</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="29"/>
        <source>site</source>
        <comment>entity.site</comment>
        <translation>检查对象</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="30"/>
        <source>finding</source>
        <comment>entity.finding</comment>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="31"/>
        <source>photo</source>
        <comment>entity.photo</comment>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="32"/>
        <source>replica</source>
        <comment>entity.replica</comment>
        <translation>副本</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="33"/>
        <source>notice</source>
        <comment>entity.notice</comment>
        <translation>决定书</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="34"/>
        <source>team_ca</source>
        <comment>entity.team_ca</comment>
        <translation>团队证书颁发机构</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="35"/>
        <source>certificate</source>
        <comment>entity.certificate</comment>
        <translation>证书</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="36"/>
        <source>number_block</source>
        <comment>entity.number_block</comment>
        <translation>文号段</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="37"/>
        <source>inspection_record</source>
        <comment>entity.inspection_record</comment>
        <translation>检查笔录</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="38"/>
        <source>service</source>
        <comment>entity.service</comment>
        <translation>送达记录</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="39"/>
        <source>signature</source>
        <comment>entity.signature</comment>
        <translation>签名</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="40"/>
        <source>document</source>
        <comment>entity.document</comment>
        <translation>已签名文书</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="48"/>
        <source>{folder} is a file, not a data folder; choose a folder</source>
        <comment>store.not_a_folder</comment>
        <translation>{folder} 是文件，不是数据目录：请选择一个文件夹。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="51"/>
        <source>cannot create the data folder {folder}: {reason}</source>
        <comment>store.folder_not_created</comment>
        <translation>无法创建数据目录 {folder}：{reason}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="54"/>
        <source>the store file {path} is empty (0 bytes): it was damaged. Restore it from {backups} or a copy; nothing was changed</source>
        <comment>store.file_empty</comment>
        <translation>数据库文件 {path} 为空（0 字节），已经损坏。请从 {backups} 或其他副本恢复；未作任何改动。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="60"/>
        <source>{path} is missing but {photos} holds evidence photos: restore the store file from a backup rather than starting an empty store here</source>
        <comment>store.file_missing</comment>
        <translation>{path} 不存在，但 {photos} 中有证据照片：请从备份恢复数据库文件，不要在此新建空库。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="66"/>
        <source>no write permission on {folder}: the store needs a writable folder (SQLite WAL); copy the folder somewhere writable to open or check it</source>
        <comment>store.folder_read_only</comment>
        <translation>对 {folder} 没有写入权限：数据库需要可写的文件夹；请将该文件夹复制到可写的位置后再打开或检查。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="72"/>
        <source>{path} is not a usable store: {reason}</source>
        <comment>store.not_usable</comment>
        <translation>{path} 不是可用的数据库：{reason}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="75"/>
        <source>cannot open the store {path}: {reason}. Check the file is an inspect_app store, or choose another data folder.</source>
        <comment>store.cannot_open</comment>
        <translation>无法打开数据库 {path}：{reason}。请确认该文件是本软件的数据库，或选择其他数据目录。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="81"/>
        <source>this store has schema version {version}, newer than this app understands ({supported}); install the newer app version to open it</source>
        <comment>store.schema_too_new</comment>
        <translation>该数据库的结构版本为 {version}，高于本软件支持的版本（{supported}）：请安装新版本软件后再打开。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="87"/>
        <source>upgrading the store to version {version} failed: {reason}</source>
        <comment>store.upgrade_failed</comment>
        <translation>数据库升级到版本 {version} 失败：{reason}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="92"/>
        <source>upgrading the store to version {version} failed: {reason}; a backup is at {backup}</source>
        <comment>store.upgrade_failed_backup</comment>
        <translation>数据库升级到版本 {version} 失败：{reason}；备份位于 {backup}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="99"/>
        <source>internal error: nested write transaction</source>
        <comment>store.nested_transaction</comment>
        <translation>内部错误：写入事务嵌套。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="102"/>
        <source>the store is busy ({reason}); close other copies of the app</source>
        <comment>store.busy</comment>
        <translation>数据库正被占用（{reason}）：请关闭本软件的其他窗口或程序。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="105"/>
        <source>the change could not be saved ({reason}); nothing was written</source>
        <comment>store.not_saved</comment>
        <translation>改动未能保存（{reason}）：未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="110"/>
        <source>writing is stopped: {reason}</source>
        <comment>store.writing_stopped</comment>
        <translation>本机已停止写入：{reason}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="113"/>
        <source>this data folder holds an older or different history than this laptop wrote (it wrote op #{seq}, the store ends at #{last}): a backup or another laptop&apos;s copy was put in place. Run &apos;{command}&apos;, have a team lead enrol the new id, then sync — the ops from the other history come back from the hub</source>
        <comment>store.other_history</comment>
        <translation>该数据目录中的历史记录比本机写入的旧或与之不同（本机已写到第 {seq} 项变更，数据库只到第 {last} 项）：有人用备份或其他笔记本的副本替换了它。请运行“{command}”，由组长登记新的编号，然后同步——另一段历史中的变更会从同步服务器取回。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="121"/>
        <source>nothing to change</source>
        <comment>store.nothing_to_change</comment>
        <translation>没有需要修改的内容。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="122"/>
        <source>{entity} has no field {field}</source>
        <comment>store.no_such_field</comment>
        <translation>{entity}记录没有字段 {field}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="125"/>
        <source>{entity} has no set {name}</source>
        <comment>store.no_such_set</comment>
        <translation>{entity}记录没有集合 {name}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="126"/>
        <source>{name} needs a list of ids</source>
        <comment>store.set_needs_ids</comment>
        <translation>{name} 需要一组记录编号</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="127"/>
        <source>only a team lead can do this (act --as a team lead)</source>
        <comment>store.lead_only</comment>
        <translation>只有组长可以执行此操作（请以组长身份操作）。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="130"/>
        <source>the op log is damaged ({breaks} break(s), first at op {position}: {problem}); rebuild refused. Restore from a backup, or rebuild anyway with {option}</source>
        <comment>store.rebuild_refused</comment>
        <translation>变更日志已损坏（共 {breaks} 处断裂，第一处在第 {position} 项变更：{problem}），拒绝重建。请从备份恢复，或使用 {option} 强制重建。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="136"/>
        <source>rebuild failed, tables left as they were: {reason}</source>
        <comment>store.rebuild_failed</comment>
        <translation>重建失败，数据表保持原样：{reason}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="139"/>
        <source>evidence file missing</source>
        <comment>store.evidence_missing</comment>
        <translation>证据文件缺失</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="140"/>
        <source>evidence file does not match its SHA-256 (altered)</source>
        <comment>store.evidence_altered</comment>
        <translation>证据文件与其 SHA-256 摘要不符（已被改动）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="147"/>
        <source>no {entity} with id {id} in this store</source>
        <comment>record.not_found</comment>
        <translation>本机数据库中没有编号为 {id} 的{entity}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="150"/>
        <source>{entity} {id} was withdrawn (it stays in the history)</source>
        <comment>record.withdrawn</comment>
        <translation>{entity} {id} 已撤回（历史记录中仍保留）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="153"/>
        <source>the short code {code} is already used by {agency}: document numbers would collide; choose another code</source>
        <comment>agency.code_taken</comment>
        <translation>简称“{code}”已被{agency}使用：文号会冲突；请换一个简称。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="159"/>
        <source>an agency has no field {fields}</source>
        <comment>agency.no_such_field</comment>
        <translation>执法机构没有字段 {fields}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="162"/>
        <source>certificate number {number} already belongs to {officer}</source>
        <comment>officer.certificate_taken</comment>
        <translation>执法证号 {number} 已属于{officer}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="167"/>
        <source>a patrol needs at least one officer</source>
        <comment>patrol.no_officer</comment>
        <translation>巡查至少需要一名执法人员。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="265"/>
        <source>name the officer(s) who served the notice (送达人)</source>
        <comment>service.no_officer</comment>
        <translation>请填写送达人（送达该决定书的执法人员）。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="268"/>
        <source>the recipient signs the receipt, or refuses before a witness (only service by post has no signature)</source>
        <comment>service.no_signature</comment>
        <translation>受送达人须在送达回证上签名，或在见证人面前拒签（只有邮寄送达无需签名）。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="368"/>
        <source>agency {agency} has no creation record</source>
        <comment>numbering.no_creation_record</comment>
        <translation>执法机构 {agency} 没有创建记录</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="371"/>
        <source>document numbers of this agency are allocated by replica {replica}, not this laptop: reserve numbers there and sync, or ask a team lead to hand numbering over</source>
        <comment>numbering.not_allocator</comment>
        <translation>本机构的文号由副本 {replica} 那台笔记本分配，不是本机：请在那里预留文号并同步，或请组长移交编号权。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="377"/>
        <source>replica {replica} is not an enrolled laptop of this team (see &apos;{command}&apos;): numbers reserved for it would be wasted</source>
        <comment>numbering.holder_not_enrolled</comment>
        <translation>副本 {replica} 不是本组已登记的笔记本（见“{command}”）：为它预留的文号将被浪费。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="383"/>
        <source>reserve between 1 and {limit} numbers at a time</source>
        <comment>numbering.bad_count</comment>
        <translation>每次预留的文号数应在 1 到 {limit} 之间。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="386"/>
        <source>this laptop holds no free document numbers for {year}: on the numbering laptop (replica {replica}) run &apos;{command}&apos;, then sync, and issue again</source>
        <comment>numbering.none_free</comment>
        <translation>本机没有 {year} 年可用的文号：请在编号笔记本（副本 {replica}）上为本机预留一段文号（“{command}”），同步后再签发。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="394"/>
        <source>not a PDF file</source>
        <comment>document.not_pdf</comment>
        <translation>不是 PDF 文件</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="395"/>
        <source>the document is larger than {limit} MB</source>
        <comment>document.too_large</comment>
        <translation>文书大于 {limit} 兆字节</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="398"/>
        <source>the signed document {sha} has not arrived on this laptop yet: sync again</source>
        <comment>document.not_arrived</comment>
        <translation>已签名文书 {sha} 尚未同步到本机：请再次同步。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="403"/>
        <source>the stored document {sha} no longer matches its SHA-256: run &apos;{command}&apos; and sync to fetch a good copy</source>
        <comment>document.altered</comment>
        <translation>本机保存的文书 {sha} 与其 SHA-256 摘要不再相符：请运行“{command}”，并同步以取回完好的副本。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="409"/>
        <source>this team has no certificate authority yet: a team lead runs &apos;{command}&apos; once, then syncs</source>
        <comment>document.no_team_ca</comment>
        <translation>本组还没有证书颁发机构：由组长运行一次“{command}”，然后同步。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="416"/>
        <source>{path} is inside the data folder {folder}; save the file elsewhere</source>
        <comment>file.inside_data_folder</comment>
        <translation>{path} 位于数据目录 {folder} 之内：请保存到其他位置。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="421"/>
        <source>{path} exists and is not a regular file; choose a file name</source>
        <comment>file.not_regular</comment>
        <translation>{path} 已存在且不是普通文件：请另选文件名。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="426"/>
        <source>{path} already exists; choose another name (or {option})</source>
        <comment>file.exists</comment>
        <translation>{path} 已存在：请另选文件名（或使用 {option} 覆盖）。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="429"/>
        <source>the folder {folder} does not exist</source>
        <comment>file.no_folder</comment>
        <translation>文件夹 {folder} 不存在</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="430"/>
        <source>no permission to write in {folder}</source>
        <comment>file.folder_not_writable</comment>
        <translation>没有在 {folder} 中写入的权限</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="433"/>
        <source>cannot write {path}: {reason}</source>
        <comment>file.cannot_write</comment>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="434"/>
        <source>cannot read {path}: {reason}</source>
        <comment>file.cannot_read</comment>
        <translation>无法读取 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="473"/>
        <source>{path}: cannot read ({reason})</source>
        <comment>hygiene.cannot_read</comment>
        <translation>{path}：无法读取（{reason}）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="476"/>
        <source>{path}: cannot read the folder ({reason})</source>
        <comment>hygiene.cannot_read_folder</comment>
        <translation>{path}：无法读取该文件夹（{reason}）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="479"/>
        <source>{path}: cannot make it owner-only ({mode}; {reason}); run the app as the account that owns the data folder</source>
        <comment>hygiene.cannot_tighten</comment>
        <translation>{path}：无法设为仅本人可访问（{mode}；{reason}）：请以数据目录所有者的账户运行本软件。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="485"/>
        <source>{path}: cannot remove ({reason})</source>
        <comment>hygiene.cannot_remove</comment>
        <translation>{path}：无法删除（{reason}）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="488"/>
        <source>{path}: cannot remove (no permission)</source>
        <comment>hygiene.cannot_remove_no_permission</comment>
        <translation>{path}：无法删除（没有权限）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="493"/>
        <source>{count} already in this finding (not added again): {names}</source>
        <comment>import.already_in_finding</comment>
        <translation>{count} 张照片已在此问题中（未重复添加）：{names}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="498"/>
        <source>{count} already in this record (not added again): {names}</source>
        <comment>import.already_in_record</comment>
        <translation>{count} 张照片已在本笔录中（未重复添加）：{names}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="503"/>
        <source>Import cancelled: {count} photo(s) were imported.</source>
        <comment>import.cancelled</comment>
        <translation>导入已取消：已导入 {count} 张照片。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="91"/>
        <source>no signing certificate for this officer on this laptop: a team lead issues one (&apos;{issue_command}&apos;) and you import it (Documents ▸ Import certificate…, or &apos;{import_command}&apos;)</source>
        <comment>signing.no_own_certificate</comment>
        <translation>本机没有该执法人员的签名证书：请组长签发证书（命令行：“{issue_command}”），再由本人导入（文书 ▸ 导入证书…，或命令行：“{import_command}”）。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="154"/>
        <source>The seal image is not an image file that can be read; choose a PNG image of the seal.</source>
        <comment>signing.seal_not_an_image</comment>
        <translation>印章图片不是可读取的图像文件；请选择 PNG 格式的印章图片。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="262"/>
        <source>{problem} (on the command line: {command})</source>
        <comment>notice.with_command</comment>
        <translation>{problem}（命令行：{command}）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="386"/>
        <source>{number} was already served on {served_at}: a notice is served once (to correct the service, supersede the notice)</source>
        <comment>cli.already_served</comment>
        <translation>{number} 已于 {served_at} 送达：决定书只送达一次（如需更正送达，请以新决定书取代）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="247"/>
        <source>{option} must be a time like 2026-11-28T09:30:00+08:00 (got &apos;{value}&apos;)</source>
        <comment>cli.bad_time</comment>
        <translation>{option} 须为形如 2026-11-28T09:30:00+08:00 的时间（实际为“{value}”）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="278"/>
        <source>the signing certificate imported for you names another officer</source>
        <comment>cli.certificate_of_another</comment>
        <translation>为您导入的签名证书属于另一名执法人员</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="53"/>
        <source>the store failed its check (see {fields})</source>
        <comment>cli.check_failed</comment>
        <translation>数据库未通过检查（见 {fields}）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="375"/>
        <source>the notice is {status}: only a served notice can be closed (销号); record its service first</source>
        <comment>cli.close_notice_not_served</comment>
        <translation>该决定书为“{status}”状态：只有已送达的决定书才能销号；请先登记送达</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="370"/>
        <source>only an officer who took part can sign and close the record (act {option} one of them)</source>
        <comment>cli.close_participants_only</comment>
        <translation>只有参加检查的执法人员才能签名并办结笔录（请用 {option} 以其中一人的身份操作）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="44"/>
        <source>{option} is empty: give the store folder</source>
        <comment>cli.data_dir_empty</comment>
        <translation>{option} 为空：请给出数据库所在目录</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="193"/>
        <source>draft {id}</source>
        <comment>cli.draft_label</comment>
        <translation>草稿 {id}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="21"/>
        <source>error: {message}</source>
        <comment>cli.error_line</comment>
        <translation>错误：{message}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="314"/>
        <source>give {option} (the party and the agency)</source>
        <comment>cli.give_option</comment>
        <translation>请给出 {option}（当事人和执法机构）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="309"/>
        <source>give {site} and {agency} (the party and the agency)</source>
        <comment>cli.give_site_and_agency</comment>
        <translation>请给出 {site} 和 {agency}（当事人和执法机构）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="25"/>
        <source>interrupted</source>
        <comment>cli.interrupted</comment>
        <translation>已中断</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="339"/>
        <source>{option} must be 1 or more</source>
        <comment>cli.limit_too_small</comment>
        <translation>{option} 至少为 1</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="100"/>
        <source>a team lead enrols it: {command}</source>
        <comment>cli.next_step_enrol</comment>
        <translation>请组长登记本机：{command}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="94"/>
        <source>no clone or restore was detected on this laptop; use {option} to give it a new identity anyway</source>
        <comment>cli.no_clone_detected</comment>
        <translation>本机未检测到克隆或恢复；如仍要生成新身份，请加 {option}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="228"/>
        <source>notice {notice} has no closed re-inspection record (复查笔录) here (one is closed with &apos;{command}&apos;)</source>
        <comment>cli.no_closed_record</comment>
        <translation>决定书 {notice} 在本机没有已办结的复查笔录（复查笔录用 {command} 办结）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="38"/>
        <source>no graphical display here ({display} and {wayland} are not set): start the window from the desktop, or give a command ({help}); {offscreen} runs it without a screen</source>
        <comment>cli.no_display</comment>
        <translation>此处没有图形显示环境（未设置 {display} 和 {wayland}）：请从桌面启动窗口，或给出命令（{help}）；设置 {offscreen} 可在无屏幕环境下运行</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="63"/>
        <source>no officer chosen on this laptop: choose who you are with &apos;{use}&apos; (see &apos;{list}&apos;), or pass {option}</source>
        <comment>cli.no_officer_chosen</comment>
        <translation>本机尚未选定执法人员：请用 {use} 选定您的身份（见 {list}），或给出 {option}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="69"/>
        <source>no officer yet: add one with &apos;{add}&apos;, or pass {option}</source>
        <comment>cli.no_officer_yet</comment>
        <translation>尚无执法人员：请先用 {add} 新增，或给出 {option}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="216"/>
        <source>notice {notice} is {status}: it has no signed decision yet (a team lead issues it with &apos;{command}&apos;)</source>
        <comment>cli.no_signed_decision</comment>
        <translation>决定书 {notice} 为“{status}”状态：尚无已签名的决定书（由组长用 {command} 签发）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="222"/>
        <source>notice {notice} has no signed service receipt (送达回证) here (it is signed with &apos;{command}&apos;)</source>
        <comment>cli.no_signed_receipt</comment>
        <translation>决定书 {notice} 在本机没有已签名的送达回证（送达回证用 {command} 签署）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="170"/>
        <source>this store holds no team CA certificate yet: a team lead runs &apos;{command}&apos; once, then syncs</source>
        <comment>cli.no_team_ca</comment>
        <translation>本数据库中还没有团队 CA 证书：请组长先运行一次 {command}，然后同步</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="194"/>
        <source>notice {notice} is {status}: an issued notice is never changed; supersede it with a corrected one (&apos;{command}&apos;)</source>
        <comment>cli.not_draft_change</comment>
        <translation>决定书 {notice} 为“{status}”状态：已签发的决定书不得修改；请以更正后的新决定书取代（{command}）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="200"/>
        <source>notice {notice} is {status}: an issued notice is never withdrawn; supersede it with a corrected one (&apos;{command}&apos;)</source>
        <comment>cli.not_draft_discard</comment>
        <translation>决定书 {notice} 为“{status}”状态：已签发的决定书不得撤销；请以更正后的新决定书取代（{command}）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="350"/>
        <source>that officer is not one of the record&apos;s officers (add them with &apos;{command}&apos; first)</source>
        <comment>cli.not_record_officer</comment>
        <translation>该执法人员不是本笔录的执法人员（请先用 {command} 添加）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="76"/>
        <source>nothing to change: give at least one of {options} (the seal: &apos;{command}&apos;)</source>
        <comment>cli.nothing_to_change_agency</comment>
        <translation>没有要修改的内容：请至少给出 {options} 中的一项（设置印章请用 {command}）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="206"/>
        <source>nothing to change: give {order} or {deadline}</source>
        <comment>cli.nothing_to_change_notice</comment>
        <translation>没有要修改的内容：请给出 {order} 或 {deadline}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="81"/>
        <source>nothing to change: give at least one of {options} (&apos;&apos; clears an optional field)</source>
        <comment>cli.nothing_to_change_site</comment>
        <translation>没有要修改的内容：请至少给出 {options} 中的一项（可选字段填 &apos;&apos; 即清空）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="211"/>
        <source>its number {number} stays used: document numbers are never reused</source>
        <comment>cli.number_stays_used</comment>
        <translation>其文号 {number} 仍视为已使用：文书编号不得重复使用</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="345"/>
        <source>an officer signs with {option}; only the party can refuse</source>
        <comment>cli.officer_cannot_refuse</comment>
        <translation>执法人员用 {option} 签名；只有当事人可以拒绝签名</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="355"/>
        <source>give the officer&apos;s signature: {option}</source>
        <comment>cli.officer_signature_needed</comment>
        <translation>请给出该执法人员的签名：{option}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="47"/>
        <source>op {op} quarantined: {reason}</source>
        <comment>cli.op_quarantined</comment>
        <translation>变更 {op} 已被隔离：{reason}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="26"/>
        <source>{problem}: {path}</source>
        <comment>cli.os_error</comment>
        <translation>无法访问 {path}：{problem}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="27"/>
        <source>the operating system refused: {problem}</source>
        <comment>cli.os_error_no_path</comment>
        <translation>操作系统拒绝了该操作：{problem}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="408"/>
        <source>{out} and {passphrase} are for signing the receipt: add {sign}</source>
        <comment>cli.out_needs_sign</comment>
        <translation>{out} 和 {passphrase} 用于签署送达回证：请加上 {sign}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="304"/>
        <source>{outcome} is only for a re-inspection ({reinspect})</source>
        <comment>cli.outcome_only_reinspection</comment>
        <translation>{outcome} 仅用于复查（{reinspect}）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="317"/>
        <source>{option} is only for a re-inspection record</source>
        <comment>cli.outcome_only_reinspection_record</comment>
        <translation>{option} 仅用于复查笔录</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="360"/>
        <source>{option} needs the name of the person signing for the party</source>
        <comment>cli.party_name_needed</comment>
        <translation>{option} 须给出代表当事人签名的人员姓名</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="255"/>
        <source>a refusal to sign needs {option} (who saw the party refuse)</source>
        <comment>cli.party_refusal_needs_witness</comment>
        <translation>拒绝签名须给出 {option}（见证当事人拒签的人）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="268"/>
        <source>give the party&apos;s signature ({strokes}) or {refused}</source>
        <comment>cli.party_signature_needed</comment>
        <translation>请给出当事人的签名（{strokes}）或 {refused}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="116"/>
        <source>CA key passphrase</source>
        <comment>cli.passphrase_ca</comment>
        <translation>CA 私钥口令</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="151"/>
        <source>the passphrase is empty</source>
        <comment>cli.passphrase_empty</comment>
        <translation>口令为空</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="135"/>
        <source>the passphrase file {path} is not UTF-8 text</source>
        <comment>cli.passphrase_file_not_utf</comment>
        <translation>口令文件 {path} 不是 UTF-8 编码的文本</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="120"/>
        <source>{path} is larger than 64 KB: not a passphrase file</source>
        <comment>cli.passphrase_file_too_large</comment>
        <translation>{path} 超过 64 KB，不是口令文件</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="125"/>
        <source>cannot read the passphrase file {path}: {reason}</source>
        <comment>cli.passphrase_file_unreadable</comment>
        <translation>无法读取口令文件 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="130"/>
        <source>the passphrase file {path} is UTF-16 text: save it as UTF-8</source>
        <comment>cli.passphrase_file_utf_sixteen</comment>
        <translation>口令文件 {path} 是 UTF-16 编码的文本：请另存为 UTF-8 编码</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="138"/>
        <source>the first line of {path} is empty (the passphrase must be on the first line)</source>
        <comment>cli.passphrase_first_line_empty</comment>
        <translation>{path} 的第一行为空（口令须写在第一行）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="115"/>
        <source>new CA key passphrase</source>
        <comment>cli.passphrase_new_ca</comment>
        <translation>新 CA 私钥口令</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="117"/>
        <source>new PKCS#12 passphrase</source>
        <comment>cli.passphrase_new_pkcs</comment>
        <translation>新 PKCS#12 证书口令</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="143"/>
        <source>{prompt}: give {option} (no terminal to ask on)</source>
        <comment>cli.passphrase_no_terminal</comment>
        <translation>{prompt}：没有可供输入的终端，请给出 {option}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="118"/>
        <source>PKCS#12 passphrase</source>
        <comment>cli.passphrase_pkcs</comment>
        <translation>PKCS#12 证书口令</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="119"/>
        <source>signing passphrase</source>
        <comment>cli.passphrase_signing</comment>
        <translation>签名口令</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="148"/>
        <source>the two passphrases differ; nothing was changed</source>
        <comment>cli.passphrases_differ</comment>
        <translation>两次输入的口令不一致，未作任何更改</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="180"/>
        <source>{path} is larger than 64 MB: not a notice</source>
        <comment>cli.pdf_too_large</comment>
        <translation>{path} 超过 64 MB，不是决定书</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="91"/>
        <source>give a position as both {lat} and {lon}</source>
        <comment>cli.position_needs_both</comment>
        <translation>位置须同时给出 {lat} 和 {lon}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="113"/>
        <source>{prompt}: </source>
        <comment>cli.prompt</comment>
        <translation>{prompt}：</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="114"/>
        <source>again: </source>
        <comment>cli.prompt_again</comment>
        <translation>请再输入一次：</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="413"/>
        <source>the service was recorded (id {id}) but its receipt was not signed: {problem}</source>
        <comment>cli.receipt_not_signed</comment>
        <translation>送达已登记（编号 {id}），但送达回证未能签署：{problem}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="402"/>
        <source>only an officer who served the notice signs the receipt: name yourself with {officer}, or act {acting} one of the serving officers</source>
        <comment>cli.receipt_servers_only</comment>
        <translation>只有参与送达的执法人员才能签署送达回证：请用 {officer} 写上自己，或用 {acting} 以送达人之一的身份操作</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="392"/>
        <source>{option} needs the name of the person served</source>
        <comment>cli.recipient_name_needed</comment>
        <translation>{option} 须给出受送达人姓名</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="260"/>
        <source>a refusal to sign needs {option} (who saw the recipient refuse)</source>
        <comment>cli.recipient_refusal_needs_witness</comment>
        <translation>拒绝签收须给出 {option}（见证受送达人拒签的人）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="273"/>
        <source>give the recipient&apos;s signature ({strokes}) or {refused}</source>
        <comment>cli.recipient_signature_needed</comment>
        <translation>请给出受送达人的签名（{strokes}）或 {refused}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="365"/>
        <source>this record is already signed and closed ({sha})</source>
        <comment>cli.record_already_closed</comment>
        <translation>该笔录已签名办结（{sha}）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="340"/>
        <source>this record is signed and closed: it takes no more signatures</source>
        <comment>cli.record_closed_no_signatures</comment>
        <translation>该笔录已签名办结，不能再添加签名</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="381"/>
        <source>this record is still open: it has no signed PDF yet (sign and close it with &apos;{command}&apos;)</source>
        <comment>cli.record_still_open</comment>
        <translation>该笔录尚未办结，还没有已签名的 PDF（请用 {command} 签名并办结）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="328"/>
        <source>a record needs at least two officers (《行政处罚法》第四十二条)</source>
        <comment>cli.record_two_officers</comment>
        <translation>笔录至少需要两名执法人员（《行政处罚法》第四十二条）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="289"/>
        <source>the notice is {status}: only a served notice is re-inspected</source>
        <comment>cli.reinspect_not_served</comment>
        <translation>该决定书为“{status}”状态：只有已送达的决定书才能复查</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="283"/>
        <source>the notice is issued but not served yet: record its service first (&apos;{command}&apos;); only a served notice is re-inspected</source>
        <comment>cli.reinspect_not_served_yet</comment>
        <translation>该决定书已签发但尚未送达：请先登记送达（{command}）；只有已送达的决定书才能复查</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="294"/>
        <source>{option} differs from the notice&apos;s party: re-inspect that party</source>
        <comment>cli.reinspect_other_party</comment>
        <translation>{option} 与决定书的当事人不一致：请复查该决定书的当事人</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="234"/>
        <source>only a team lead sets an agency&apos;s seal (act {option} a team lead)</source>
        <comment>cli.seal_lead_only</comment>
        <translation>只有组长可以设置执法机构的印章（请用 {option} 以组长身份操作）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="244"/>
        <source>{path} is not a PNG image</source>
        <comment>cli.seal_not_png</comment>
        <translation>{path} 不是 PNG 图片</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="239"/>
        <source>{path} is larger than 150 KB: use a smaller PNG image</source>
        <comment>cli.seal_too_large</comment>
        <translation>{path} 超过 150 KB：请使用更小的 PNG 图片</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="397"/>
        <source>{sign} needs {out} for the signed receipt</source>
        <comment>cli.sign_needs_out</comment>
        <translation>{sign} 须同时给出 {out}，用于保存已签名的送达回证</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="48"/>
        <source>the document&apos;s signatures are not all valid (see above)</source>
        <comment>cli.signatures_invalid</comment>
        <translation>该文书的签名并非全部有效（见上文）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="333"/>
        <source>{count} hand signature(s) were made before this change; ask the signers to sign again if the change matters to them</source>
        <comment>cli.signed_before_change</comment>
        <translation>有 {count} 个手写签名是在本次修改之前签署的；如修改内容与签名人有关，请其重新签名</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="163"/>
        <source>{path} is not JSON (line {line}, column {column}): not a signature strokes file</source>
        <comment>cli.strokes_not_json</comment>
        <translation>{path} 不是 JSON 格式（第 {line} 行第 {column} 列），不是签名笔画文件</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="252"/>
        <source>give either {strokes} or {refused}, not both</source>
        <comment>cli.strokes_or_refused</comment>
        <translation>{strokes} 与 {refused} 只能给出其一</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="188"/>
        <source>a trusted CA certificate (the store&apos;s team CA) cannot be used: {problem}</source>
        <comment>cli.team_ca_unusable</comment>
        <translation>受信任的 CA 证书（数据库中的团队 CA）无法使用：{problem}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="160"/>
        <source>{path} is not UTF-8 text: not {what}</source>
        <comment>cli.text_file_not_utf</comment>
        <translation>{path} 不是 UTF-8 编码的文本，不是{what}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="157"/>
        <source>{path} is larger than 1 MB: not {what}</source>
        <comment>cli.text_file_too_large</comment>
        <translation>{path} 超过 1 MB，不是{what}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="179"/>
        <source>{path} is not a PEM certificate</source>
        <comment>cli.trust_not_pem</comment>
        <translation>{path} 不是 PEM 证书</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="176"/>
        <source>{path} is not a PEM certificate (larger than 1 MB)</source>
        <comment>cli.trust_too_large</comment>
        <translation>{path} 不是 PEM 证书（超过 1 MB）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="183"/>
        <source>a trusted CA certificate ({paths}) cannot be used: {problem}</source>
        <comment>cli.trust_unusable</comment>
        <translation>受信任的 CA 证书（{paths}）无法使用：{problem}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="299"/>
        <source>name at least two officers who take part ({options}; 《行政处罚法》第四十二条)</source>
        <comment>cli.two_officers_take_part</comment>
        <translation>请至少给出两名参加检查的执法人员（{options}；《行政处罚法》第四十二条）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="30"/>
        <source>unexpected {kind}: {problem} (details in the log)</source>
        <comment>cli.unexpected</comment>
        <translation>意外错误 {kind}：{problem}（详情见日志）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="33"/>
        <source>unexpected {kind}: {problem} (details in the log: {log})</source>
        <comment>cli.unexpected_logged</comment>
        <translation>意外错误 {kind}：{problem}（详情见日志：{log}）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="60"/>
        <source>no officer {officer} in this store: see &apos;{command}&apos;</source>
        <comment>cli.unknown_officer</comment>
        <translation>本数据库中没有执法人员 {officer}：请查看 {command}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="105"/>
        <source>no replica {replica} is known here: see &apos;{list}&apos; (or leave out {option} to export everything)</source>
        <comment>cli.unknown_replica</comment>
        <translation>本机不知道副本 {replica}：请查看 {list}（或不给 {option}，导出全部内容）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="153"/>
        <source>a narrative text file</source>
        <comment>cli.what_narrative_file</comment>
        <translation>检查情况文本文件</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="152"/>
        <source>a signature strokes file</source>
        <comment>cli.what_strokes_file</comment>
        <translation>签名笔画文件</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="265"/>
        <source>{witness} is only for a refusal ({refused})</source>
        <comment>cli.witness_only_for_refusal</comment>
        <translation>{witness} 仅用于拒绝签名的情形（{refused}）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="19"/>
        <source>op format {version} is newer than this app understands ({supported}): kept, and applied once this laptop&apos;s app is updated</source>
        <comment>judge.newer_format</comment>
        <translation>变更格式版本 {version} 高于本程序支持的版本（{supported}）：已保留，本机程序更新后即会应用</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="25"/>
        <source>op kind {kind} is unknown to this app version: kept, and applied once this laptop&apos;s app is updated</source>
        <comment>judge.unknown_kind</comment>
        <translation>本程序版本不认识变更类型 {kind}：已保留，本机程序更新后即会应用</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="31"/>
        <source>unknown entity {entity}: written by a newer app version; kept, and applied once this laptop&apos;s app is updated</source>
        <comment>judge.unknown_entity</comment>
        <translation>未知的记录类型 {entity}：由更新版本的程序写入；已保留，本机程序更新后即会应用</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="37"/>
        <source>no officer is acting: choose who you are ({option}, or &apos;{command}&apos;)</source>
        <comment>judge.no_officer</comment>
        <translation>没有正在操作的执法人员：请选择您的身份（{option}，或“{command}”）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="42"/>
        <source>{entity} has no field {fields} in this app version: kept, and applied once this laptop&apos;s app is updated</source>
        <comment>judge.unknown_field</comment>
        <translation>本程序版本中{entity}没有字段 {fields}：已保留，本机程序更新后即会应用</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="48"/>
        <source>{entity} has no set {sets} in this app version: kept, and applied once this laptop&apos;s app is updated</source>
        <comment>judge.unknown_set</comment>
        <translation>本程序版本中{entity}没有集合 {sets}：已保留，本机程序更新后即会应用</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="54"/>
        <source>{set} needs a list of ids</source>
        <comment>judge.set_needs_ids</comment>
        <translation>{set} 须为编号列表</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="55"/>
        <source>{entity} {id}: values not in the form this app writes (not normalised); refused</source>
        <comment>judge.not_normalised</comment>
        <translation>{entity} {id}：取值不是本程序写入的规范形式（未规范化），已拒绝</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="60"/>
        <source>no {entity} with id {id}</source>
        <comment>judge.no_record</comment>
        <translation>没有编号为 {id} 的{entity}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="61"/>
        <source>acting officer {officer} is not known here yet: held until the officer&apos;s record arrives</source>
        <comment>judge.officer_not_here</comment>
        <translation>本机尚不知道操作人员 {officer}：暂存，待该执法人员的记录到达</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="66"/>
        <source>{entity} {kind} by officer {officer}, who was not a team lead when it was written: only a team lead can do this</source>
        <comment>judge.not_lead_then</comment>
        <translation>执法人员 {officer} 对{entity}所做的变更（{kind}）写入时其并非组长：只有组长才能执行此操作</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="72"/>
        <source>{entity} {id} already exists</source>
        <comment>judge.already_exists</comment>
        <translation>{entity} {id} 已存在</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="75"/>
        <source>{kind} of {entity} {id} names no earlier op of it: refused</source>
        <comment>judge.no_earlier_op</comment>
        <translation>对{entity} {id} 的变更（{kind}）没有指明它所依据的先前变更：已拒绝</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="80"/>
        <source>a resolution only chooses among the values of an open conflict; {fields} of {entity} {id} is not in conflict</source>
        <comment>judge.not_in_conflict</comment>
        <translation>裁决只能在未决冲突的取值中选择；{entity} {id} 的 {fields} 并不存在冲突</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="86"/>
        <source>{entity} {id} has an open sync conflict on {fields}: a team lead must resolve it first</source>
        <comment>judge.open_conflict</comment>
        <translation>{entity} {id} 的 {fields} 存在未决的同步冲突：须先由组长裁决</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="91"/>
        <source>{entity} {id} never existed: refused</source>
        <comment>judge.never_existed</comment>
        <translation>{entity} {id} 从未存在：已拒绝</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="94"/>
        <source>{entity} {id} was withdrawn before this change</source>
        <comment>judge.withdrawn_before</comment>
        <translation>{entity} {id} 在此变更之前已撤销</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="97"/>
        <source>an earlier change of {entity} {id} that this one builds on has not arrived (or is held): held until it does</source>
        <comment>judge.waiting</comment>
        <translation>此变更所依据的{entity} {id} 的先前变更尚未到达（或被暂存）：暂存，待其到达</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="103"/>
        <source>refers to {entity} {id}, which has not arrived here: held until it does</source>
        <comment>judge.reference_missing</comment>
        <translation>所引用的{entity} {id} 尚未到达本机：暂存，待其到达</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="108"/>
        <source>a signed document never changes and is never withdrawn</source>
        <comment>judge.document_fixed</comment>
        <translation>已签署的文书不得修改，也不得撤销</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="113"/>
        <source>replica {replica} wrote this after a team lead revoked it: kept, not applied (a re-enrolment lets it through)</source>
        <comment>judge.revoked</comment>
        <translation>副本 {replica} 在组长吊销其登记之后写入了此变更：已保留，不予应用（重新登记后即可通过）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="119"/>
        <source>replica {replica} wrote this after a team lead revoked it</source>
        <comment>judge.revoked_after</comment>
        <translation>副本 {replica} 在组长吊销其登记之后写入了此变更</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="124"/>
        <source>officer {officer} made a team lead by {by}, who is not a team lead: only a team lead appoints one</source>
        <comment>judge.lead_by_non_lead</comment>
        <translation>执法人员 {officer} 被 {by} 任命为组长，但 {by} 并非组长：只有组长才能任命组长</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="130"/>
        <source>only a team lead can enrol or revoke a replica (use {option})</source>
        <comment>judge.trust_needs_lead</comment>
        <translation>只有组长才能登记或吊销副本（请使用 {option}）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="190"/>
        <source>document numbers of this agency are allocated by replica {replica}, not this laptop: reserve numbers there and sync</source>
        <comment>judge.numbers_elsewhere</comment>
        <translation>本机构的文号由副本 {replica} 分配，而不是本机：请在该处预留文号后再同步</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="196"/>
        <source>document numbers reserved by replica {replica}, which does not allocate this agency&apos;s numbers (they could collide)</source>
        <comment>judge.numbers_not_allocator</comment>
        <translation>文号由副本 {replica} 预留，但该副本并不负责分配本机构的文号（可能造成文号重复）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="202"/>
        <source>a document number needs its year and sequence number</source>
        <comment>judge.number_incomplete</comment>
        <translation>文号须包含年份和序号</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="207"/>
        <source>number {seq} of {year} is not in a number block that replica {replica} holds for this agency: numbers come only from its blocks</source>
        <comment>judge.number_not_in_block</comment>
        <translation>{year} 年第 {seq} 号不在副本 {replica} 为本机构持有的文号段内：文号只能取自其文号段</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="213"/>
        <source>only an officer who took part signs as an officer: add the officer to the record first</source>
        <comment>judge.signer_not_present</comment>
        <translation>只有参与本次执法的执法人员才能以执法人员身份签名：请先将该执法人员加入记录</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="218"/>
        <source>no open record or service receipt with id {id}</source>
        <comment>judge.no_open_record</comment>
        <translation>没有编号为 {id} 的未结检查笔录或送达回证</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="223"/>
        <source>a notice starts as a draft</source>
        <comment>judge.notice_starts_draft</comment>
        <translation>决定书须从草稿开始</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="226"/>
        <source>this notice is {status}: its content never changes after issue; supersede it with a corrected notice</source>
        <comment>judge.notice_frozen</comment>
        <translation>该决定书{status}：签发后内容不得更改；请以更正后的决定书取代</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="232"/>
        <source>a notice cannot go from {current} to {target}</source>
        <comment>judge.notice_step</comment>
        <translation>决定书的状态不能从“{current}”变为“{target}”</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="235"/>
        <source>{field} is set only when the notice becomes {status}</source>
        <comment>judge.field_with_status</comment>
        <translation>只有在决定书变为“{status}”时才能设置 {field}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="240"/>
        <source>{field} is set only when the notice is superseded</source>
        <comment>judge.field_when_superseded</comment>
        <translation>只有在决定书被更正取代时才能设置 {field}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="245"/>
        <source>{field} cannot be before {earlier}</source>
        <comment>judge.before</comment>
        <translation>{field} 不得早于 {earlier}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="246"/>
        <source>this record is signed and closed: it can no longer change (a correction is a new record)</source>
        <comment>judge.closed</comment>
        <translation>该记录已签署并结束：不能再修改（更正须另立新记录）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="251"/>
        <source>this record is signed and closed: it can no longer change</source>
        <comment>judge.closed_after</comment>
        <translation>该记录已签署并结束：不能再修改</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="268"/>
        <source>the change cannot be read (damaged on the way, or not a change of this app)</source>
        <comment>set_aside.unreadable</comment>
        <translation>无法读取该变更（传输中损坏，或不是本程序的变更）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="273"/>
        <source>written by a laptop that is not enrolled here (or was revoked): a team lead must enrol it first; kept, and applied once it is</source>
        <comment>set_aside.unknown_replica</comment>
        <translation>写入该变更的笔记本未在本机登记（或已被吊销）：须先由组长登记；已保留，登记后即会应用</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="279"/>
        <source>its signature does not verify (altered or forged)</source>
        <comment>set_aside.bad_signature</comment>
        <translation>该变更的签名验证失败（被篡改或伪造）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="284"/>
        <source>its laptop sent a different change under the same number: it was cloned or restored from a backup; its changes from there on are held until it is reset and enrolled again</source>
        <comment>set_aside.equivocation</comment>
        <translation>其笔记本以同一序号发来了不同的变更：该笔记本被复制或从备份恢复过；自此以后的变更暂存，待其重置并重新登记</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="290"/>
        <source>its laptop&apos;s history split (a copy or an older backup wrote under the same identity): held until it is reset and enrolled again</source>
        <comment>set_aside.fork</comment>
        <translation>其笔记本的记录出现分叉（副本或旧备份以同一身份写入）：暂存，待其重置并重新登记</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="302"/>
        <source>set aside for a reason this version does not know</source>
        <comment>set_aside.other</comment>
        <translation>因本版本不认识的原因被搁置</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="305"/>
        <source>{summary} (recorded: {detail})</source>
        <comment>set_aside.as_recorded</comment>
        <translation>{summary}（记录的原因：{detail}）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="308"/>
        <source>written by a newer version of the app: kept, and applied once this laptop&apos;s app is updated</source>
        <comment>set_aside.newer_app</comment>
        <translation>由更新版本的程序写入：已保留，本机程序更新后即会应用</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="314"/>
        <source>it breaks a rule: a value is not allowed</source>
        <comment>set_aside.invalid</comment>
        <translation>违反规则：取值不允许</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="317"/>
        <source>it is not allowed in the record&apos;s current state</source>
        <comment>set_aside.lifecycle</comment>
        <translation>记录当前状态不允许此变更</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="320"/>
        <source>it waits for a record, an officer or an earlier change that has not arrived</source>
        <comment>set_aside.waiting</comment>
        <translation>正在等待尚未到达的记录、执法人员或先前的变更</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="325"/>
        <source>only a team lead can make this change</source>
        <comment>set_aside.not_lead</comment>
        <translation>只有组长才能做此变更</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="328"/>
        <source>its document number does not come from the laptop that allocates them</source>
        <comment>set_aside.numbering</comment>
        <translation>其文号不是来自负责分配文号的笔记本</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="333"/>
        <source>written after a team lead revoked its laptop</source>
        <comment>set_aside.revoked</comment>
        <translation>写于其笔记本被组长吊销之后</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="338"/>
        <source>set aside by an earlier version of the app</source>
        <comment>set_aside.legacy</comment>
        <translation>由旧版本程序搁置</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="343"/>
        <source>not a hub address: {url} ({error})</source>
        <comment>hub.bad_address</comment>
        <translation>不是同步服务器地址：{url}（{error}）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="344"/>
        <source>not a hub address: {url} (expected {form})</source>
        <comment>hub.address_form</comment>
        <translation>不是同步服务器地址：{url}（应为 {form}）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="347"/>
        <source>cannot reach the hub at {url} ({error}); check the address and that &apos;{command}&apos; is running there. Nothing was lost: sync again later</source>
        <comment>hub.unreachable</comment>
        <translation>无法连接位于 {url} 的同步服务器（{error}）；请检查地址，并确认该处正在运行“{command}”。没有丢失任何内容：请稍后再同步</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="353"/>
        <source>the hub at {url} did not answer within {seconds} s ({tries} tries); what arrived is kept — sync again later to finish</source>
        <comment>hub.timeout</comment>
        <translation>位于 {url} 的同步服务器在 {seconds} 秒内没有应答（已尝试 {tries} 次）；已收到的内容均已保留——请稍后再同步以完成</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="359"/>
        <source>the connection to the hub at {url} failed ({error}, {tries} tries); sync again later to finish</source>
        <comment>hub.connection_failed</comment>
        <translation>与位于 {url} 的同步服务器的连接失败（{error}，已尝试 {tries} 次）；请稍后再同步以完成</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="365"/>
        <source>the hub at {url} refused this laptop (replica {replica}): {detail}</source>
        <comment>hub.refused_laptop</comment>
        <translation>位于 {url} 的同步服务器拒绝了本机（副本 {replica}）：{detail}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="370"/>
        <source>the hub at {url} answered {status} to {method} {path}: {detail}</source>
        <comment>hub.answered</comment>
        <translation>位于 {url} 的同步服务器对 {method} {path} 的应答为 {status}：{detail}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="375"/>
        <source>{url} is not an inspect_app hub (bad {path})</source>
        <comment>hub.not_a_hub</comment>
        <translation>{url} 不是本程序的同步服务器（{path} 应答无效）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="378"/>
        <source>the hub speaks protocol {hub}, this app {ours}: update the older side</source>
        <comment>hub.protocol</comment>
        <translation>同步服务器使用协议版本 {hub}，本程序为 {ours}：请更新版本较旧的一方</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="383"/>
        <source>the hub&apos;s replica {hub} is not enrolled on this laptop: a team lead must enrol it first ({command})</source>
        <comment>hub.not_enrolled_here</comment>
        <translation>同步服务器的副本 {hub} 未在本机登记：须先由组长登记（{command}）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="389"/>
        <source>the hub at {url} claims to be replica {hub} but does not hold the key enrolled for it here: refused (wrong address, or an impostor)</source>
        <comment>hub.impostor</comment>
        <translation>位于 {url} 的服务器自称副本 {hub}，但并不持有本机为其登记的密钥：已拒绝（地址有误，或为冒充者）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="395"/>
        <source>the hub refused photo {sha}: {detail}</source>
        <comment>hub.photo_refused</comment>
        <translation>同步服务器拒收照片 {sha}：{detail}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="398"/>
        <source>upload of photo {sha} made no progress; sync again later</source>
        <comment>hub.upload_stuck</comment>
        <translation>照片 {sha} 的上传没有进展；请稍后再同步</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="403"/>
        <source>photo {sha} from the hub does not match its hash: not stored</source>
        <comment>hub.photo_mismatch</comment>
        <translation>从同步服务器收到的照片 {sha} 与其哈希值不符：未保存</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="408"/>
        <source>the hub at {url} sent a malformed answer ({error}); is it an inspect_app hub of the same version?</source>
        <comment>hub.malformed</comment>
        <translation>位于 {url} 的同步服务器发来的应答格式有误（{error}）；它是否为同一版本的本程序同步服务器？</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="414"/>
        <source>the hub refused the pull cursor 0; it is damaged</source>
        <comment>hub.cursor_damaged</comment>
        <translation>同步服务器拒绝了起始下载位置 0；服务器数据已损坏</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="417"/>
        <source>the hub&apos;s store is at schema {hub}, this laptop at {ours}: update this laptop&apos;s app</source>
        <comment>hub.schema_ahead</comment>
        <translation>同步服务器的数据库结构版本为 {hub}，本机为 {ours}：请更新本机的程序</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="422"/>
        <source>the hub holds a different history of this laptop&apos;s identity (a copy of this laptop, or an older backup of it, wrote under the same identity); run &apos;{command}&apos;, have a team lead enrol the new id, then sync</source>
        <comment>hub.identity_forked</comment>
        <translation>同步服务器上保存着本机身份的另一份历史（本机的副本或旧备份曾以同一身份写入）；请运行“{command}”，由组长登记新的编号后再同步</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="429"/>
        <source>the hub holds op #{seq} of this laptop that this store lacks: it was restored from an older backup; run &apos;{command}&apos;, have a team lead enrol the new id, then sync</source>
        <comment>hub.identity_ahead_one</comment>
        <translation>同步服务器上有本机的第 {seq} 号变更，而本机数据中没有：本机是从旧备份恢复的；请运行“{command}”，由组长登记新的编号后再同步</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="435"/>
        <source>the hub holds ops #{first}–#{last} of this laptop that this store lacks: it was restored from an older backup; run &apos;{command}&apos;, have a team lead enrol the new id, then sync</source>
        <comment>hub.identity_ahead</comment>
        <translation>同步服务器上有本机的第 {first}–{last} 号变更，而本机数据中没有：本机是从旧备份恢复的；请运行“{command}”，由组长登记新的编号后再同步</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="442"/>
        <source>photo {sha}: {reason}</source>
        <comment>hub.photo_failed</comment>
        <translation>照片 {sha}：{reason}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="445"/>
        <source>push complete: {accepted} new op(s), {duplicate} already held</source>
        <comment>sync.push_complete</comment>
        <translation>上传完成：新增 {accepted} 项变更，{duplicate} 项已有</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="450"/>
        <source>pull complete: {accepted} new op(s), {duplicate} already held</source>
        <comment>sync.pull_complete</comment>
        <translation>下载完成：新增 {accepted} 项变更，{duplicate} 项已有</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="455"/>
        <source>push incomplete: {problems} — sync again to finish</source>
        <comment>sync.push_incomplete</comment>
        <translation>上传未完成：{problems}——请再同步一次以完成</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="458"/>
        <source>pull incomplete: {problems} — sync again to finish</source>
        <comment>sync.pull_incomplete</comment>
        <translation>下载未完成：{problems}——请再同步一次以完成</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="461"/>
        <source>push incomplete: {problems}</source>
        <comment>sync.push_stopped</comment>
        <translation>上传未完成：{problems}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="462"/>
        <source>{count} op(s) of this laptop not on the hub</source>
        <comment>sync.own_ops_missing</comment>
        <translation>本机有 {count} 项变更不在同步服务器上</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="465"/>
        <source>{count} op(s) set aside (see &apos;{command}&apos;)</source>
        <comment>sync.set_aside</comment>
        <translation>{count} 项变更被搁置（见“{command}”）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="468"/>
        <source>{count} photo(s) failed</source>
        <comment>sync.photos_failed</comment>
        <translation>{count} 张照片传输失败</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="469"/>
        <source>{count} photo(s) still expected on the hub</source>
        <comment>sync.photos_expected_hub</comment>
        <translation>同步服务器仍缺 {count} 张照片</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="472"/>
        <source>{count} photo(s) still expected here</source>
        <comment>sync.photos_expected_here</comment>
        <translation>本机仍缺 {count} 张照片</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="475"/>
        <source>{first}; {rest}</source>
        <comment>sync.and</comment>
        <translation>{first}；{rest}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="476"/>
        <source>push: {push}; pull: {pull}</source>
        <comment>sync.both</comment>
        <translation>上传：{push}；下载：{pull}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="477"/>
        <source>Sending photo {number} ({sha}…)</source>
        <comment>sync.progress_photo_out</comment>
        <translation>正在发送第 {number} 张照片（{sha}…）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="480"/>
        <source>Sending changes {first}–{last} of {total}</source>
        <comment>sync.progress_ops_out</comment>
        <translation>正在发送变更 {first}–{last}（共 {total} 项）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="483"/>
        <source>Received page {page} from the hub: {count} changes</source>
        <comment>sync.progress_page_in</comment>
        <translation>已从同步服务器收到第 {page} 页：{count} 项变更</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="486"/>
        <source>Receiving photo {sha}…</source>
        <comment>sync.progress_photo_in</comment>
        <translation>正在接收照片 {sha}…</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="491"/>
        <source>unsigned request: header {header} is missing (sign with the replica key)</source>
        <comment>hub.unsigned</comment>
        <translation>请求未签名：缺少请求头 {header}（请用副本密钥签名）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="496"/>
        <source>header {header} is not a replica id (32 hex): {value}</source>
        <comment>hub.bad_replica_header</comment>
        <translation>请求头 {header} 不是副本编号（32 位十六进制）：{value}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="501"/>
        <source>header {header} is not Unix seconds</source>
        <comment>hub.bad_timestamp</comment>
        <translation>请求头 {header} 不是以秒计的 Unix 时间</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="504"/>
        <source>signature of replica {replica} is malformed (128 hex expected)</source>
        <comment>hub.signature_malformed</comment>
        <translation>副本 {replica} 的签名格式有误（应为 128 位十六进制）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="509"/>
        <source>replica {replica} is not enrolled on this hub (or was revoked): a team lead enrols it on the lead&apos;s own laptop ({command}), then syncs that laptop with the hub</source>
        <comment>hub.not_enrolled</comment>
        <translation>副本 {replica} 未在本同步服务器登记（或已被吊销）：须由组长在其本人的笔记本上登记（{command}），再将该笔记本与同步服务器同步</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="515"/>
        <source>request of replica {replica} is stamped {seconds} s ahead of the hub clock (more than {limit} s): stale or replayed; retry (the client takes the hub time from {path})</source>
        <comment>hub.stamp_ahead</comment>
        <translation>副本 {replica} 的请求时间比同步服务器时钟快 {seconds} 秒（超过 {limit} 秒）：已过期或为重放；请重试（客户端会从 {path} 获取服务器时间）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="521"/>
        <source>request of replica {replica} is stamped {seconds} s behind the hub clock (more than {limit} s): stale or replayed; retry (the client takes the hub time from {path})</source>
        <comment>hub.stamp_behind</comment>
        <translation>副本 {replica} 的请求时间比同步服务器时钟慢 {seconds} 秒（超过 {limit} 秒）：已过期或为重放；请重试（客户端会从 {path} 获取服务器时间）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="527"/>
        <source>signature of replica {replica} does not verify (forged or altered)</source>
        <comment>hub.forged</comment>
        <translation>副本 {replica} 的签名验证失败（被伪造或篡改）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="532"/>
        <source>cursor {after} does not match this hub&apos;s log (the hub was restored or replaced): pull again from the start (nothing is duplicated)</source>
        <comment>hub.cursor_mismatch</comment>
        <translation>下载位置 {after} 与本同步服务器的日志不符（服务器曾被恢复或更换）：请从头重新下载（不会产生重复）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="541"/>
        <source>{name} must be the photo&apos;s size in bytes (at least 1)</source>
        <comment>hub.total_too_small</comment>
        <translation>{name} 须为照片的字节数（至少为 1）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="546"/>
        <source>photo of {size} bytes is over the hub limit {limit}</source>
        <comment>hub.photo_over_limit</comment>
        <translation>照片大小为 {size} 字节，超过同步服务器的上限 {limit}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="551"/>
        <source>upload of {sha} declares {total} bytes but the partial upload held was of {held}: discarded, upload again from 0</source>
        <comment>hub.upload_restarted</comment>
        <translation>{sha} 的上传声明为 {total} 字节，但服务器上保存的未完成上传为 {held} 字节：已丢弃，请从 0 重新上传</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="557"/>
        <source>upload of {sha} at offset {offset}, but the hub holds {held} bytes: resume from {held}</source>
        <comment>hub.wrong_offset</comment>
        <translation>{sha} 的上传从第 {offset} 字节开始，但同步服务器已有 {held} 字节：请从 {held} 处续传</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="562"/>
        <source>empty chunk</source>
        <comment>hub.empty_chunk</comment>
        <translation>数据块为空</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="563"/>
        <source>chunk ends at byte {end}, past the declared total {total}</source>
        <comment>hub.chunk_past_end</comment>
        <translation>数据块结束于第 {end} 字节，超出了声明的总大小 {total}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="568"/>
        <source>the {total} bytes uploaded do not hash to {sha}: discarded, upload the photo again</source>
        <comment>hub.upload_hash</comment>
        <translation>上传的 {total} 字节与哈希值 {sha} 不符：已丢弃，请重新上传该照片</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="573"/>
        <source>request body of {size} bytes is over the limit of {limit}</source>
        <comment>hub.body_declared_too_large</comment>
        <translation>请求正文为 {size} 字节，超过上限 {limit}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="578"/>
        <source>request body is over the limit of {limit} bytes</source>
        <comment>hub.body_too_large</comment>
        <translation>请求正文超过 {limit} 字节的上限</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="583"/>
        <source>the hub store cannot do this now: {detail}</source>
        <comment>hub.store_busy</comment>
        <translation>同步服务器的数据暂时无法执行此操作：{detail}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="586"/>
        <source>the hub could not write its disk: {error}</source>
        <comment>hub.disk</comment>
        <translation>同步服务器无法写入磁盘：{error}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="587"/>
        <source>unexpected hub error {error} (see hub log)</source>
        <comment>hub.unexpected</comment>
        <translation>同步服务器发生意外错误 {error}（详见服务器日志）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="590"/>
        <source>query parameter {name} is required</source>
        <comment>hub.param_required</comment>
        <translation>缺少查询参数 {name}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="593"/>
        <source>query parameter {name} must be a whole number from 0 to {limit}: {value}</source>
        <comment>hub.param_not_number</comment>
        <translation>查询参数 {name} 须为 0 至 {limit} 之间的整数：{value}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="598"/>
        <source>the body is not valid JSON: {error}</source>
        <comment>hub.body_not_json</comment>
        <translation>请求正文不是有效的 JSON：{error}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="601"/>
        <source>the body is not valid JSON: nested too deeply</source>
        <comment>hub.body_too_deep</comment>
        <translation>请求正文不是有效的 JSON：嵌套层数过多</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="604"/>
        <source>{name} must be up to {limit} letters, digits or &apos;-&apos;</source>
        <comment>hub.bad_nonce</comment>
        <translation>{name} 最多只能包含 {limit} 个字母、数字或“-”</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="609"/>
        <source>the body must be {shape}</source>
        <comment>hub.body_shape</comment>
        <translation>请求正文须为 {shape}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="610"/>
        <source>{count} ops in one request; send at most {limit}</source>
        <comment>hub.too_many_ops</comment>
        <translation>一次请求包含 {count} 项变更；每次最多发送 {limit} 项</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="615"/>
        <source>op #{number} must be {shape}</source>
        <comment>hub.op_shape</comment>
        <translation>第 {number} 项变更须为 {shape}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="616"/>
        <source>op #{number} is not valid Unicode text (a lone surrogate)</source>
        <comment>hub.op_not_text</comment>
        <translation>第 {number} 项变更不是有效的 Unicode 文本（含单独的代理字符）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="621"/>
        <source>{header} must be up to {limit} ASCII characters</source>
        <comment>hub.bad_idempotency_key</comment>
        <translation>{header} 最多只能包含 {limit} 个 ASCII 字符</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="626"/>
        <source>{name} must be an op id (64 lowercase hex)</source>
        <comment>hub.bad_op_id</comment>
        <translation>{name} 须为变更编号（64 位小写十六进制）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="639"/>
        <source>the hub does not hold photo {sha} (it is expected)</source>
        <comment>hub.photo_absent</comment>
        <translation>同步服务器上没有照片 {sha}（正在等待该照片）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="644"/>
        <source>not found: {method} {path}</source>
        <comment>hub.no_route</comment>
        <translation>找不到：{method} {path}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="645"/>
        <source>method not allowed: {method} {path}</source>
        <comment>hub.method_not_allowed</comment>
        <translation>不允许的请求方法：{method} {path}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="648"/>
        <source>{peer} already holds {count} connections to this hub, all busy (the limit per address): retry in a moment</source>
        <comment>hub.too_many_connections</comment>
        <translation>{peer} 已占用本同步服务器的 {count} 个连接，且都在使用中（每个地址的上限）：请稍后重试</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="654"/>
        <source>the hub holds {count} connections, all busy: retry in a moment</source>
        <comment>hub.full</comment>
        <translation>同步服务器已有 {count} 个连接，且都在使用中：请稍后重试</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="659"/>
        <source>malformed HTTP/1.1 request, or request line and headers over {limit} bytes ({error})</source>
        <comment>hub.bad_http</comment>
        <translation>HTTP/1.1 请求格式有误，或请求行和请求头超过 {limit} 字节（{error}）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="664"/>
        <source>the hub needed this connection&apos;s place: its request did not arrive in time</source>
        <comment>hub.displaced</comment>
        <translation>同步服务器需要腾出此连接：其请求未能及时到达</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="669"/>
        <source>request line and headers over {limit} bytes</source>
        <comment>hub.head_too_large</comment>
        <translation>请求行和请求头超过 {limit} 字节</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="674"/>
        <source>a request body needs a {header} header (chunked bodies are refused)</source>
        <comment>hub.length_required</comment>
        <translation>请求正文须带 {header} 请求头（不接受分块传输的正文）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="679"/>
        <source>request body of {size} bytes is over the hub&apos;s limit of {limit}</source>
        <comment>hub.body_over_door</comment>
        <translation>请求正文为 {size} 字节，超过同步服务器的上限 {limit}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="684"/>
        <source>request line and headers not received within {seconds} s</source>
        <comment>hub.header_timeout</comment>
        <translation>未在 {seconds} 秒内收到请求行和请求头</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="689"/>
        <source>request body too slow: {got} of {length} bytes arrived in {elapsed} s (the hub needs {rate} KiB/s after {grace} s): send it again</source>
        <comment>hub.body_too_slow</comment>
        <translation>请求正文传输过慢：{elapsed} 秒内只收到 {length} 字节中的 {got} 字节（同步服务器要求在 {grace} 秒后达到每秒 {rate} KiB）：请重新发送</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="695"/>
        <source>read nothing of the answer for {seconds} s</source>
        <comment>hub.write_stall</comment>
        <translation>{seconds} 秒内没有读取任何应答内容</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="698"/>
        <source>cannot listen on {host}:{port}: {error}</source>
        <comment>hub.cannot_listen</comment>
        <translation>无法在 {host}:{port} 上监听：{error}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="701"/>
        <source>cannot listen on {host}:{port}: {error} (is another hub running?)</source>
        <comment>hub.port_taken</comment>
        <translation>无法在 {host}:{port} 上监听：{error}（是否已有另一个同步服务器在运行？）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="706"/>
        <source>the hub at {url} did not start</source>
        <comment>hub.did_not_start</comment>
        <translation>位于 {url} 的同步服务器未能启动</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="707"/>
        <source>hub replica {replica} listening on {url} ({keys} stops it)</source>
        <comment>hub.listening</comment>
        <translation>同步服务器副本 {replica} 正在 {url} 上监听（按 {keys} 停止）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="783"/>
        <source>the bundle would be too large ({what}): export for one replica ({option}) or sync through the office hub</source>
        <comment>bundle.too_large</comment>
        <translation>同步包将会过大（{what}）：请只为一个副本导出（{option}），或通过办公室同步服务器同步</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="789"/>
        <source>an op is over {limit} bytes</source>
        <comment>bundle.op_too_large</comment>
        <translation>有一项变更超过 {limit} 字节</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="790"/>
        <source>{size} bytes of ops, at most {limit}</source>
        <comment>bundle.ops_too_large</comment>
        <translation>变更共 {size} 字节，上限为 {limit}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="793"/>
        <source>{count} photos, at most {limit}</source>
        <comment>bundle.too_many_photos</comment>
        <translation>{count} 张照片，上限为 {limit}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="796"/>
        <source>a photo is over {limit} bytes</source>
        <comment>bundle.photo_too_large</comment>
        <translation>有一张照片超过 {limit} 字节</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="799"/>
        <source>{size} bytes, at most {limit}</source>
        <comment>bundle.bytes_too_many</comment>
        <translation>共 {size} 字节，上限为 {limit}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="802"/>
        <source>a manifest of {size} bytes</source>
        <comment>bundle.manifest_too_large</comment>
        <translation>清单达 {size} 字节</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="805"/>
        <source>cannot write the bundle {path}: {error}</source>
        <comment>bundle.cannot_write</comment>
        <translation>无法写入同步包 {path}：{error}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="808"/>
        <source>the bundle written to {path} did not read back correctly and was removed (is the drive failing or full?): {problem}</source>
        <comment>bundle.read_back</comment>
        <translation>写入 {path} 的同步包回读校验未通过，已删除（驱动器是否故障或已满？）：{problem}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="816"/>
        <source>{path}: no such file; check the name and the folder</source>
        <comment>bundle.no_such_file</comment>
        <translation>{path}：文件不存在；请检查文件名和所在文件夹</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="819"/>
        <source>{path} is a folder: give the bundle file (a {suffix})</source>
        <comment>bundle.is_folder</comment>
        <translation>{path} 是文件夹：请选择同步包文件（{suffix} 文件）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="822"/>
        <source>cannot be read ({error})</source>
        <comment>bundle.cannot_read</comment>
        <translation>无法读取（{error}）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="823"/>
        <source>is not a readable bundle (damaged or truncated: no ZIP end record)</source>
        <comment>bundle.no_end_record</comment>
        <translation>不是可读取的同步包（已损坏或不完整：没有 ZIP 结束记录）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="828"/>
        <source>is not a readable bundle (damaged or truncated): {error}</source>
        <comment>bundle.unreadable</comment>
        <translation>不是可读取的同步包（已损坏或不完整）：{error}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="833"/>
        <source>has {count} members, at most {limit}; refused</source>
        <comment>bundle.too_many_members</comment>
        <translation>包含 {count} 个成员文件，上限为 {limit}；已拒绝</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="836"/>
        <source>its ZIP directory is {size} bytes, at most {limit}</source>
        <comment>bundle.directory_too_large</comment>
        <translation>其 ZIP 目录为 {size} 字节，上限为 {limit}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="841"/>
        <source>the member name {name} appears twice; refused</source>
        <comment>bundle.name_twice</comment>
        <translation>成员文件名 {name} 出现了两次；已拒绝</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="844"/>
        <source>unexpected member {name}; refused</source>
        <comment>bundle.unexpected_member</comment>
        <translation>含有不应有的成员文件 {name}；已拒绝</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="847"/>
        <source>member {name} is encrypted; refused</source>
        <comment>bundle.encrypted</comment>
        <translation>成员文件 {name} 已加密；已拒绝</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="850"/>
        <source>member {name} uses compression method {method}; refused</source>
        <comment>bundle.compression</comment>
        <translation>成员文件 {name} 使用了压缩方法 {method}；已拒绝</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="855"/>
        <source>member {name} is too large ({size} bytes, at most {limit}); refused</source>
        <comment>bundle.member_too_large</comment>
        <translation>成员文件 {name} 过大（{size} 字节，上限为 {limit}）；已拒绝</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="860"/>
        <source>member {name} has inconsistent sizes in the ZIP directory</source>
        <comment>bundle.inconsistent_sizes</comment>
        <translation>成员文件 {name} 在 ZIP 目录中的大小前后不一致</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="865"/>
        <source>member {name} expands more than {ratio}:1 (a ZIP bomb?); refused</source>
        <comment>bundle.ratio</comment>
        <translation>成员文件 {name} 解压后膨胀超过 {ratio}:1（可能是 ZIP 炸弹）；已拒绝</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="870"/>
        <source>holds more than {limit} bytes uncompressed; refused</source>
        <comment>bundle.too_many_bytes</comment>
        <translation>解压后超过 {limit} 字节；已拒绝</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="875"/>
        <source>not a bundle (manifest or ops missing)</source>
        <comment>bundle.not_a_bundle</comment>
        <translation>不是同步包（缺少清单或变更文件）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="878"/>
        <source>member {name} has no local header (damaged or truncated)</source>
        <comment>bundle.no_local_header</comment>
        <translation>成员文件 {name} 没有本地文件头（已损坏或不完整）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="883"/>
        <source>member {name}: its local header disagrees with the ZIP directory (damaged or tampered)</source>
        <comment>bundle.local_header</comment>
        <translation>成员文件 {name}：其本地文件头与 ZIP 目录不一致（已损坏或被篡改）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="888"/>
        <source>member {name} overlaps another part of the ZIP; refused</source>
        <comment>bundle.overlap</comment>
        <translation>成员文件 {name} 与 ZIP 的其他部分重叠；已拒绝</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="891"/>
        <source>member {name} decompresses to more than its declared {size} bytes; refused</source>
        <comment>bundle.member_over_declared</comment>
        <translation>成员文件 {name} 解压后超过其声明的 {size} 字节；已拒绝</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="896"/>
        <source>member {name} cannot be read ({error})</source>
        <comment>bundle.member_unreadable</comment>
        <translation>无法读取成员文件 {name}（{error}）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="899"/>
        <source>member {name} is truncated</source>
        <comment>bundle.member_truncated</comment>
        <translation>成员文件 {name} 不完整</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="902"/>
        <source>member {name} is truncated (its compressed data ends early)</source>
        <comment>bundle.member_ends_early</comment>
        <translation>成员文件 {name} 不完整（压缩数据提前结束）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="907"/>
        <source>member {name} is damaged ({error})</source>
        <comment>bundle.member_damaged</comment>
        <translation>成员文件 {name} 已损坏（{error}）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="910"/>
        <source>member {name} has data after its compressed stream; refused</source>
        <comment>bundle.member_trailing</comment>
        <translation>成员文件 {name} 的压缩数据之后还有多余数据；已拒绝</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="915"/>
        <source>member {name} is shorter than its declared {size} bytes</source>
        <comment>bundle.member_short</comment>
        <translation>成员文件 {name} 比其声明的 {size} 字节短</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="920"/>
        <source>member {name} is damaged (CRC mismatch)</source>
        <comment>bundle.member_crc</comment>
        <translation>成员文件 {name} 已损坏（CRC 校验不符）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="923"/>
        <source>member {name} is damaged (hash mismatch)</source>
        <comment>bundle.member_hash</comment>
        <translation>成员文件 {name} 已损坏（哈希值不符）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="926"/>
        <source>{file} line {line}</source>
        <comment>bundle.file_line</comment>
        <translation>{file} 第 {line} 行</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="927"/>
        <source>{what} is not valid JSON ({error})</source>
        <comment>bundle.not_json</comment>
        <translation>{what} 不是有效的 JSON（{error}）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="928"/>
        <source>{what} is nested more than {depth} levels deep; refused</source>
        <comment>bundle.json_too_deep</comment>
        <translation>{what} 的嵌套超过 {depth} 层；已拒绝</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="933"/>
        <source>the manifest has no bundle format number</source>
        <comment>bundle.no_format</comment>
        <translation>清单中没有同步包格式版本号</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="936"/>
        <source>bundle format {format} is not supported (this app reads {supported})</source>
        <comment>bundle.format</comment>
        <translation>不支持同步包格式版本 {format}（本程序读取版本 {supported}）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="941"/>
        <source>bundle format {format} is not supported (this app reads {supported}); update the app</source>
        <comment>bundle.format_newer</comment>
        <translation>不支持同步包格式版本 {format}（本程序读取版本 {supported}）；请更新程序</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="946"/>
        <source>the manifest&apos;s {key} is missing or malformed</source>
        <comment>bundle.manifest_field</comment>
        <translation>清单中的 {key} 缺失或格式有误</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="951"/>
        <source>the manifest&apos;s frontier is missing or malformed</source>
        <comment>bundle.frontier_missing</comment>
        <translation>清单中的同步进度缺失或格式有误</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="956"/>
        <source>the manifest&apos;s frontier is malformed</source>
        <comment>bundle.frontier_malformed</comment>
        <translation>清单中的同步进度格式有误</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="959"/>
        <source>members do not match the manifest</source>
        <comment>bundle.members_mismatch</comment>
        <translation>成员文件与清单不符</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="962"/>
        <source>the manifest&apos;s entry for {name} is malformed</source>
        <comment>bundle.manifest_entry</comment>
        <translation>清单中 {name} 的条目格式有误</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="967"/>
        <source>member {name}: the manifest and the ZIP disagree on its size</source>
        <comment>bundle.size_disagrees</comment>
        <translation>成员文件 {name}：清单与 ZIP 目录中的大小不一致</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="972"/>
        <source>photo {name} does not match its name</source>
        <comment>bundle.photo_name</comment>
        <translation>照片 {name} 与其文件名不符</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="975"/>
        <source>the manifest or its signature is not text</source>
        <comment>bundle.manifest_not_text</comment>
        <translation>清单或其签名不是文本</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="980"/>
        <source>the manifest signature does not verify (damaged or forged)</source>
        <comment>bundle.signature</comment>
        <translation>清单签名验证失败（已损坏或被伪造）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="985"/>
        <source>{file} holds more than {limit} values</source>
        <comment>bundle.manifest_values</comment>
        <translation>{file} 包含的值超过 {limit} 个</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="988"/>
        <source>{file} is not a JSON object</source>
        <comment>bundle.manifest_not_object</comment>
        <translation>{file} 不是 JSON 对象</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="991"/>
        <source>the manifest names no valid public key</source>
        <comment>bundle.no_public_key</comment>
        <translation>清单中没有有效的公钥</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="994"/>
        <source>{file} has more than {limit} lines</source>
        <comment>bundle.too_many_lines</comment>
        <translation>{file} 超过 {limit} 行</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="997"/>
        <source>{file} line {line} is longer than {limit} bytes; refused</source>
        <comment>bundle.line_too_long</comment>
        <translation>{file} 第 {line} 行超过 {limit} 字节；已拒绝</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="1005"/>
        <source>{file} line {line} is empty; refused</source>
        <comment>bundle.line_empty</comment>
        <translation>{file} 第 {line} 行为空；已拒绝</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="1008"/>
        <source>{file} line {line} is not a JSON object; refused</source>
        <comment>bundle.line_not_object</comment>
        <translation>{file} 第 {line} 行不是 JSON 对象；已拒绝</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="1013"/>
        <source>{file} line {line} has no {key} text; refused</source>
        <comment>bundle.line_no_body</comment>
        <translation>{file} 第 {line} 行没有 {key} 文本；已拒绝</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="1018"/>
        <source>{file} line {line} has a {key} that is neither text nor null; refused</source>
        <comment>bundle.line_bad_sig</comment>
        <translation>{file} 第 {line} 行的 {key} 既不是文本也不是空值；已拒绝</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="1023"/>
        <source>{file} line {line} holds a lone surrogate escape; refused</source>
        <comment>bundle.line_surrogate</comment>
        <translation>{file} 第 {line} 行含有单独的代理字符转义；已拒绝</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="1028"/>
        <source>not enough free disk space for its photos ({needed} MB needed, {free} MB free); refused</source>
        <comment>bundle.disk_space</comment>
        <translation>磁盘剩余空间不足以保存其中的照片（需要 {needed} MB，剩余 {free} MB）；已拒绝</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="1033"/>
        <source>cannot store the photos of {path} in {folder}: {error}; nothing was imported</source>
        <comment>bundle.cannot_store</comment>
        <translation>无法将 {path} 中的照片保存到 {folder}：{error}；未导入任何内容</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="1038"/>
        <source>cannot store the photos of {path} in {folder}: {error}</source>
        <comment>bundle.cannot_finish_storing</comment>
        <translation>无法将 {path} 中的照片保存到 {folder}：{error}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="1043"/>
        <source>bundle from replica {replica}, which is not enrolled here: a team lead must enrol it first ({command})</source>
        <comment>bundle.not_enrolled</comment>
        <translation>同步包来自未在本机登记的副本 {replica}：须先由组长登记（{command}）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="1049"/>
        <source>bundle claims to be from replica {replica} but is signed by another key</source>
        <comment>bundle.wrong_key</comment>
        <translation>同步包自称来自副本 {replica}，但签名所用的是另一把密钥</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="1056"/>
        <source>this is this laptop&apos;s own replica: it is always trusted here</source>
        <comment>replica.is_self</comment>
        <translation>这是本机自己的副本：本机始终信任它</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="1061"/>
        <source>replica {replica} is enrolled with another key; a re-installed laptop gets a new replica id — enrol that one</source>
        <comment>replica.other_key</comment>
        <translation>副本 {replica} 已用另一把密钥登记；重新安装的笔记本会得到新的副本编号——请登记新编号</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="1067"/>
        <source>no open conflict {id}</source>
        <comment>conflict.not_found</comment>
        <translation>没有未决冲突 {id}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="1068"/>
        <source>{id} matches several conflicts; give more characters</source>
        <comment>conflict.ambiguous</comment>
        <translation>{id} 与多个冲突相符；请多输入几个字符</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="1073"/>
        <source>a withdrawal conflict is resolved with &apos;{withdrawn}&apos; or &apos;{keep}&apos;</source>
        <comment>conflict.withdrawal_choice</comment>
        <translation>撤销冲突只能以“{withdrawn}”或“{keep}”裁决</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="538"/>
        <source>not a SHA-256 (64 lowercase hex): {value}</source>
        <comment>hub.not_a_hash</comment>
        <translation>不是 SHA-256 值（64 位小写十六进制）：{value}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="1002"/>
        <source>{file} line {line} is not {encoding} text; refused</source>
        <comment>bundle.line_not_text</comment>
        <translation>{file} 第 {line} 行不是 {encoding} 文本；已拒绝</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="739"/>
        <source>{field}: {problem}</source>
        <comment>field.problem</comment>
        <translation>{field}：{problem}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="740"/>
        <source>{path}: {problem}</source>
        <comment>file.problem</comment>
        <translation>{path}：{problem}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="86"/>
        <source>nothing to change: give at least one of {options} …</source>
        <comment>cli.nothing_to_change</comment>
        <translation>没有要修改的内容：请至少给出 {options} 等中的一项</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="296"/>
        <source>this laptop&apos;s identity is also used by a copy or an older backup: run {command}, have a team lead enrol the new id, then sync</source>
        <comment>replica.identity_copied</comment>
        <translation>本机的身份也被一份副本或较早的备份使用：请运行 {command}，由组长登记新的编号后再同步</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="150"/>
        <source>id</source>
        <comment>label.id</comment>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="151"/>
        <source>numbering_replica</source>
        <comment>label.numbering_replica</comment>
        <translation>文号分配副本</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="152"/>
        <source>seal</source>
        <comment>label.seal</comment>
        <translation>印章</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="153"/>
        <source>agency_id</source>
        <comment>label.agency_id</comment>
        <translation>所属执法机构</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="154"/>
        <source>certificate_no</source>
        <comment>label.certificate_no</comment>
        <translation>执法证号</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="155"/>
        <source>role</source>
        <comment>label.role</comment>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="156"/>
        <source>current</source>
        <comment>label.current</comment>
        <translation>当前执法人员</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="157"/>
        <source>officers</source>
        <comment>label.officers</comment>
        <translation>执法人员</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="158"/>
        <source>agencies</source>
        <comment>label.agencies</comment>
        <translation>执法机构</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="159"/>
        <source>credit_code</source>
        <comment>label.credit_code</comment>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="160"/>
        <source>sites</source>
        <comment>label.sites</comment>
        <translation>检查对象</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="161"/>
        <source>basin</source>
        <comment>label.basin</comment>
        <translation>流域</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="162"/>
        <source>area</source>
        <comment>label.area</comment>
        <translation>巡查区域</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="163"/>
        <source>purpose</source>
        <comment>label.purpose</comment>
        <translation>巡查目的</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="164"/>
        <source>officer_ids</source>
        <comment>label.officer_ids</comment>
        <translation>巡查人员</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="165"/>
        <source>patrols</source>
        <comment>label.patrols</comment>
        <translation>巡查</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="166"/>
        <source>codes</source>
        <comment>label.codes</comment>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="167"/>
        <source>basins</source>
        <comment>label.basins</comment>
        <translation>跨界河流</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="168"/>
        <source>name_zh</source>
        <comment>label.name_zh</comment>
        <translation>中文名称</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="169"/>
        <source>name_en</source>
        <comment>label.name_en</comment>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="170"/>
        <source>regions</source>
        <comment>label.regions</comment>
        <translation>涉及行政区划</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="171"/>
        <source>verified</source>
        <comment>label.verified</comment>
        <translation>已核实</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="172"/>
        <source>categories</source>
        <comment>label.categories</comment>
        <translation>问题类别清单</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="173"/>
        <source>violated_provision</source>
        <comment>label.violated_provision</comment>
        <translation>违反的规定</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="176"/>
        <source>legal_basis</source>
        <comment>label.legal_basis</comment>
        <translation>法律依据</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="177"/>
        <source>default_order_zh</source>
        <comment>label.default_order_zh</comment>
        <translation>默认责令内容</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="190"/>
        <source>patrol_id</source>
        <comment>label.patrol_id</comment>
        <translation>所属巡查</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="191"/>
        <source>status</source>
        <comment>label.status</comment>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="192"/>
        <source>site_id</source>
        <comment>label.site_id</comment>
        <translation>检查对象编号</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="193"/>
        <source>photo_ids</source>
        <comment>label.photo_ids</comment>
        <translation>照片编号</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="194"/>
        <source>photos</source>
        <comment>label.photos</comment>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="195"/>
        <source>errors</source>
        <comment>label.errors</comment>
        <translation>未导入的文件</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="196"/>
        <source>file</source>
        <comment>label.file</comment>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="198"/>
        <source>taken_at</source>
        <comment>label.taken_at</comment>
        <translation>拍摄时间</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="199"/>
        <source>altitude</source>
        <comment>label.altitude</comment>
        <translation>海拔</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="200"/>
        <source>orientation</source>
        <comment>label.orientation</comment>
        <translation>拍摄方向</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="201"/>
        <source>camera</source>
        <comment>label.camera</comment>
        <translation>相机</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="202"/>
        <source>gps_status</source>
        <comment>label.gps_status</comment>
        <translation>定位信息</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="203"/>
        <source>damaged</source>
        <comment>label.damaged</comment>
        <translation>文件受损</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="204"/>
        <source>duplicate</source>
        <comment>label.duplicate</comment>
        <translation>此前已导入</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="205"/>
        <source>format</source>
        <comment>label.format</comment>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="206"/>
        <source>size_bytes</source>
        <comment>label.size_bytes</comment>
        <translation>大小（字节）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="207"/>
        <source>camera_make</source>
        <comment>label.camera_make</comment>
        <translation>相机品牌</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="208"/>
        <source>camera_model</source>
        <comment>label.camera_model</comment>
        <translation>相机型号</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="209"/>
        <source>original_name</source>
        <comment>label.original_name</comment>
        <translation>原文件名</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="210"/>
        <source>history</source>
        <comment>label.history</comment>
        <translation>修改历史</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="211"/>
        <source>reason</source>
        <comment>label.reason</comment>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="212"/>
        <source>path</source>
        <comment>label.path</comment>
        <translation>路径</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="213"/>
        <source>bytes</source>
        <comment>label.bytes</comment>
        <translation>字节数</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="221"/>
        <source>ops</source>
        <comment>label.ops</comment>
        <translation>变更数</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="222"/>
        <source>bundle_id</source>
        <comment>label.bundle_id</comment>
        <translation>同步包编号</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="224"/>
        <source>set_aside</source>
        <comment>label.set_aside</comment>
        <translation>暂未应用的操作</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="225"/>
        <source>ok</source>
        <comment>label.ok</comment>
        <translation>检查通过</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="226"/>
        <source>integrity</source>
        <comment>label.integrity</comment>
        <translation>数据库完整性</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="227"/>
        <source>tables_match_log</source>
        <comment>label.tables_match_log</comment>
        <translation>数据表与变更日志一致</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="228"/>
        <source>chain_breaks</source>
        <comment>label.chain_breaks</comment>
        <translation>哈希链断裂处</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="229"/>
        <source>photo_problems</source>
        <comment>label.photo_problems</comment>
        <translation>照片问题</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="230"/>
        <source>write_blocked</source>
        <comment>label.write_blocked</comment>
        <translation>写入已停止</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="231"/>
        <source>permissions_tightened</source>
        <comment>label.permissions_tightened</comment>
        <translation>已收紧权限的文件数</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="234"/>
        <source>permissions_examples</source>
        <comment>label.permissions_examples</comment>
        <translation>已收紧权限的文件</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="237"/>
        <source>temp_files</source>
        <comment>label.temp_files</comment>
        <translation>临时文件</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="238"/>
        <source>temp_files_removed</source>
        <comment>label.temp_files_removed</comment>
        <translation>已清理的临时文件</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="241"/>
        <source>hygiene_problems</source>
        <comment>label.hygiene_problems</comment>
        <translation>数据文件夹问题</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="242"/>
        <source>data_dir</source>
        <comment>label.data_dir</comment>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="243"/>
        <source>replica_id</source>
        <comment>label.replica_id</comment>
        <translation>副本编号</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="244"/>
        <source>digest</source>
        <comment>label.digest</comment>
        <translation>内容摘要</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="245"/>
        <source>public_key</source>
        <comment>label.public_key</comment>
        <translation>公钥</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="270"/>
        <source>replicas</source>
        <comment>label.replicas</comment>
        <translation>副本</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="271"/>
        <source>conflicts</source>
        <comment>label.conflicts</comment>
        <translation>冲突</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="272"/>
        <source>notices</source>
        <comment>label.notices</comment>
        <translation>决定书</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="273"/>
        <source>warnings</source>
        <comment>label.warnings</comment>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="274"/>
        <source>findings</source>
        <comment>label.findings</comment>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="275"/>
        <source>number</source>
        <comment>label.number</comment>
        <translation>文号</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="276"/>
        <source>v</source>
        <comment>label.v</comment>
        <translation>格式版本</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="277"/>
        <source>seq</source>
        <comment>label.seq</comment>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="278"/>
        <source>prev</source>
        <comment>label.prev</comment>
        <translation>前一操作</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="279"/>
        <source>hlc</source>
        <comment>label.hlc</comment>
        <translation>逻辑时间</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="280"/>
        <source>wall</source>
        <comment>label.wall</comment>
        <translation>记录时间</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="281"/>
        <source>kind</source>
        <comment>label.kind</comment>
        <translation>操作类型</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="282"/>
        <source>entity</source>
        <comment>label.entity</comment>
        <translation>记录类型</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="283"/>
        <source>data</source>
        <comment>label.data</comment>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="284"/>
        <source>deps</source>
        <comment>label.deps</comment>
        <translation>所依据的操作</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="285"/>
        <source>op_id</source>
        <comment>label.op_id</comment>
        <translation>操作编号</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="286"/>
        <source>held</source>
        <comment>label.held</comment>
        <translation>暂缓</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="287"/>
        <source>quarantined</source>
        <comment>label.quarantined</comment>
        <translation>隔离</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="288"/>
        <source>forks</source>
        <comment>label.forks</comment>
        <translation>分叉</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="289"/>
        <source>waiting_gaps</source>
        <comment>label.waiting_gaps</comment>
        <translation>等待补齐的缺口</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="326"/>
        <source>label</source>
        <comment>label.label</comment>
        <translation>备注名</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="327"/>
        <source>this</source>
        <comment>label.this</comment>
        <translation>当前决定书</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="328"/>
        <source>supersedes</source>
        <comment>label.supersedes</comment>
        <translation>取代的决定书</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="329"/>
        <source>superseded_by</source>
        <comment>label.superseded_by</comment>
        <translation>被取代为</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="330"/>
        <source>chain</source>
        <comment>label.chain</comment>
        <translation>取代关系</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="331"/>
        <source>released</source>
        <comment>label.released</comment>
        <translation>已放行</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="332"/>
        <source>previous_id</source>
        <comment>label.previous_id</comment>
        <translation>原副本编号</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="333"/>
        <source>rewritten</source>
        <comment>label.rewritten</comment>
        <translation>已重写的操作</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="334"/>
        <source>not_rewritten</source>
        <comment>label.not_rewritten</comment>
        <translation>未重写的操作</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="335"/>
        <source>next_step</source>
        <comment>label.next_step</comment>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="336"/>
        <source>withdrawn</source>
        <comment>label.withdrawn</comment>
        <translation>已撤销</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="337"/>
        <source>stopped</source>
        <comment>label.stopped</comment>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="338"/>
        <source>fingerprint</source>
        <comment>label.fingerprint</comment>
        <translation>指纹</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="339"/>
        <source>notice_id</source>
        <comment>label.notice_id</comment>
        <translation>决定书编号</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="340"/>
        <source>not_after</source>
        <comment>label.not_after</comment>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="341"/>
        <source>method</source>
        <comment>label.method</comment>
        <translation>送达方式</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="342"/>
        <source>outcome</source>
        <comment>label.outcome</comment>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="343"/>
        <source>signed_at</source>
        <comment>label.signed_at</comment>
        <translation>签名时间</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="344"/>
        <source>signed_by</source>
        <comment>label.signed_by</comment>
        <translation>签名人</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="345"/>
        <source>signed</source>
        <comment>label.signed</comment>
        <translation>已签名</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="346"/>
        <source>signatures</source>
        <comment>label.signatures</comment>
        <translation>签名</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="347"/>
        <source>witness</source>
        <comment>label.witness</comment>
        <translation>见证人</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="348"/>
        <source>party</source>
        <comment>label.party</comment>
        <translation>当事人</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="349"/>
        <source>subject</source>
        <comment>label.subject</comment>
        <translation>证书主体</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="350"/>
        <source>certificates</source>
        <comment>label.certificates</comment>
        <translation>证书</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="351"/>
        <source>team_cas</source>
        <comment>label.team_cas</comment>
        <translation>团队证书颁发机构</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="352"/>
        <source>gaps</source>
        <comment>label.gaps</comment>
        <translation>待补事项</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="353"/>
        <source>records</source>
        <comment>label.records</comment>
        <translation>笔录</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="354"/>
        <source>record_id</source>
        <comment>label.record_id</comment>
        <translation>笔录编号</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="355"/>
        <source>documents</source>
        <comment>label.documents</comment>
        <translation>已签名文书</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="356"/>
        <source>services</source>
        <comment>label.services</comment>
        <translation>送达记录</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="357"/>
        <source>reinspections</source>
        <comment>label.reinspections</comment>
        <translation>复查</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="358"/>
        <source>notice_status</source>
        <comment>label.notice_status</comment>
        <translation>决定书状态</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="359"/>
        <source>notice_number</source>
        <comment>label.notice_number</comment>
        <translation>决定书文号</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="360"/>
        <source>supersedes_number</source>
        <comment>label.supersedes_number</comment>
        <translation>取代的决定书文号</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="361"/>
        <source>superseded_by_number</source>
        <comment>label.superseded_by_number</comment>
        <translation>取代后的决定书文号</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="364"/>
        <source>days_left</source>
        <comment>label.days_left</comment>
        <translation>剩余天数</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="365"/>
        <source>overdue</source>
        <comment>label.overdue</comment>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="368"/>
        <source>receipt_path</source>
        <comment>label.receipt_path</comment>
        <translation>送达回证</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="369"/>
        <source>officer_id</source>
        <comment>label.officer_id</comment>
        <translation>执法人员编号</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="370"/>
        <source>contact</source>
        <comment>label.contact</comment>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="371"/>
        <source>on_site_person</source>
        <comment>label.on_site_person</comment>
        <translation>现场负责人</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="372"/>
        <source>on_site_contact</source>
        <comment>label.on_site_contact</comment>
        <translation>现场负责人联系方式</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="373"/>
        <source>narrative</source>
        <comment>label.narrative</comment>
        <translation>检查情况</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="374"/>
        <source>party_statement</source>
        <comment>label.party_statement</comment>
        <translation>当事人陈述</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="375"/>
        <source>recusal_asked</source>
        <comment>label.recusal_asked</comment>
        <translation>已告知申请回避权利</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="376"/>
        <source>recusal_requested</source>
        <comment>label.recusal_requested</comment>
        <translation>当事人申请回避</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="377"/>
        <source>refusals</source>
        <comment>label.refusals</comment>
        <translation>拒绝记录</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="378"/>
        <source>first_seen</source>
        <comment>label.first_seen</comment>
        <translation>首次出现</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="379"/>
        <source>last_seen</source>
        <comment>label.last_seen</comment>
        <translation>最近出现</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="380"/>
        <source>ops_applied</source>
        <comment>label.ops_applied</comment>
        <translation>已应用的操作数</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="381"/>
        <source>age_seconds</source>
        <comment>label.age_seconds</comment>
        <translation>存在时长（秒）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="382"/>
        <source>problem</source>
        <comment>label.problem</comment>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="383"/>
        <source>certificates_shown</source>
        <comment>label.certificates_shown</comment>
        <translation>已出示执法证</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="386"/>
        <source>refused</source>
        <comment>label.refused</comment>
        <translation>被拒收的</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="387"/>
        <source>signature_id</source>
        <comment>label.signature_id</comment>
        <translation>签名编号</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="388"/>
        <source>key</source>
        <comment>label.key</comment>
        <translation>密钥</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="389"/>
        <source>out</source>
        <comment>label.out</comment>
        <translation>输出文件</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="420"/>
        <source>{program} {version} self-check ({platform}, {python})</source>
        <comment>cli.self_check_header</comment>
        <translation>{program} {version} 安装自检（{platform}，{python}）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="425"/>
        <source>self-check: all items passed</source>
        <comment>cli.self_check_passed</comment>
        <translation>自检结果：全部项目通过</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="430"/>
        <source>self-check: FAILED: {items}</source>
        <comment>cli.self_check_failed</comment>
        <translation>自检结果：未通过：{items}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="435"/>
        <source>{seconds} s</source>
        <comment>cli.self_check_seconds</comment>
        <translation>{seconds} 秒</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="440"/>
        <source>missing in {folder}: {files}</source>
        <comment>cli.self_check_missing</comment>
        <translation>{folder} 中缺少：{files}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="445"/>
        <source>the font {font} was not embedded</source>
        <comment>cli.self_check_font_not_embedded</comment>
        <translation>字体 {font} 未能嵌入 PDF</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="450"/>
        <source>{fonts} (embedded as TrueType)</source>
        <comment>cli.self_check_fonts</comment>
        <translation>{fonts}（字体已嵌入 PDF 文件）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="455"/>
        <source>{product} {version} predates 3.51.3, which fixed a rare corruption when two connections write or checkpoint one store at once (the WAL-reset bug); do not run the window and a writing command on the same data folder together</source>
        <comment>cli.self_check_sqlite_old</comment>
        <translation>{product} {version} 早于 3.51.3 版本，该版本修复了两个连接同时写入或检查点同一数据库时偶发的数据损坏问题（预写日志重置缺陷）；请勿在同一数据文件夹上同时运行窗口程序和执行写入的命令</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="462"/>
        <source>{product} {version}</source>
        <comment>cli.self_check_sqlite</comment>
        <translation>{product} 版本 {version}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="467"/>
        <source>the Qt probe did not finish in {seconds} s</source>
        <comment>cli.self_check_qt_timeout</comment>
        <translation>Qt 检测未在 {seconds} 秒内完成</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="472"/>
        <source>Qt could not start (exit {code}): {said}</source>
        <comment>cli.self_check_qt_no_start</comment>
        <translation>Qt 无法启动（退出码 {code}）：{said}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="477"/>
        <source>Qt {qt} on &apos;{platform}&apos; started, but the Chinese translation did not load ({title})</source>
        <comment>cli.self_check_qt_untranslated</comment>
        <translation>Qt {qt} 已在“{platform}”平台上启动，但未能加载中文翻译（{title}）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="482"/>
        <source>Qt {qt}, platform &apos;{platform}&apos;, zh_CN title &apos;{title}&apos;, Qt&apos;s own zh_CN strings loaded</source>
        <comment>cli.self_check_qt</comment>
        <translation>Qt {qt}，平台“{platform}”，中文窗口标题“{title}”，Qt 自带的中文翻译已加载</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="487"/>
        <source>Qt {qt}, platform &apos;{platform}&apos;, zh_CN title &apos;{title}&apos;, Qt&apos;s own zh_CN strings missing</source>
        <comment>cli.self_check_qt_own_missing</comment>
        <translation>Qt {qt}，平台“{platform}”，中文窗口标题“{title}”，缺少 Qt 自带的中文翻译</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="492"/>
        <source>the scratch store does not check out: {report}</source>
        <comment>cli.self_check_store_bad</comment>
        <translation>临时数据库未通过检查：{report}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="497"/>
        <source>rebuilding the scratch store changed its tables</source>
        <comment>cli.self_check_rebuild_differs</comment>
        <translation>重建临时数据库后数据表内容发生了变化</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="502"/>
        <source>{ops} ops written, checked and rebuilt</source>
        <comment>cli.self_check_store</comment>
        <translation>已写入 {ops} 项变更，检查并重建无误</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="507"/>
        <source>not reached: the scratch store failed</source>
        <comment>cli.self_check_not_reached</comment>
        <translation>未执行：临时数据库检查未通过</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="512"/>
        <source>the signed notice does not verify: {problems}</source>
        <comment>cli.self_check_pdf_bad</comment>
        <translation>签名后的决定书未通过校验：{problems}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="517"/>
        <source>notice drafted ({size} KiB), signed (PAdES) and verified</source>
        <comment>cli.self_check_pdf</comment>
        <translation>已起草决定书（{size} KiB），完成签名（PAdES）并校验通过</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="522"/>
        <source>{name} read as {format}, problems: {problems}</source>
        <comment>cli.self_check_heic_bad</comment>
        <translation>{name} 被识别为 {format}，问题：{problems}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="527"/>
        <source>{name}: {width}×{height} HEIF, taken {taken}</source>
        <comment>cli.self_check_heic</comment>
        <translation>{name}：{width}×{height} HEIF 图片，拍摄时间 {taken}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="22"/>
        <source>{file}: {reason}</source>
        <comment>cli.refused_file</comment>
        <translation>{file}：{reason}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="23"/>
        <source>usage error: {message}</source>
        <comment>cli.usage_error</comment>
        <translation>用法错误：{message}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="24"/>
        <source>choose a command: {commands}</source>
        <comment>cli.choose_command</comment>
        <translation>请指定要执行的命令：{commands}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="509"/>
        <source>Finding ID</source>
        <comment>export.column_finding_id</comment>
        <translation>问题标识码</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="510"/>
        <source>Patrol date</source>
        <comment>export.column_patrol_date</comment>
        <translation>巡查日期</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="511"/>
        <source>Basin</source>
        <comment>export.column_basin</comment>
        <translation>流域</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="512"/>
        <source>Category</source>
        <comment>export.column_category</comment>
        <translation>问题类别</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="513"/>
        <source>Category code</source>
        <comment>export.column_category_code</comment>
        <translation>类别代码</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="516"/>
        <source>Severity</source>
        <comment>export.column_severity</comment>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="517"/>
        <source>Status</source>
        <comment>export.column_status</comment>
        <translation>处理状态</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="518"/>
        <source>Observed at</source>
        <comment>export.column_observed_at</comment>
        <translation>发现时间</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="519"/>
        <source>Party</source>
        <comment>export.column_party</comment>
        <translation>当事人</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="520"/>
        <source>Unified social credit code</source>
        <comment>export.column_credit_code</comment>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="523"/>
        <source>Latitude (WGS84)</source>
        <comment>export.column_latitude</comment>
        <translation>纬度（WGS84）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="524"/>
        <source>Longitude (WGS84)</source>
        <comment>export.column_longitude</comment>
        <translation>经度（WGS84）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="525"/>
        <source>Description</source>
        <comment>export.column_description</comment>
        <translation>问题描述</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="526"/>
        <source>Legal basis</source>
        <comment>export.column_legal_basis</comment>
        <translation>法律依据</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="527"/>
        <source>Evidence photos</source>
        <comment>export.column_photos</comment>
        <translation>证据照片数</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="528"/>
        <source>Logged by</source>
        <comment>export.column_logged_by</comment>
        <translation>记录人</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="529"/>
        <source>Notice ID</source>
        <comment>export.column_notice_id</comment>
        <translation>文书标识码</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="530"/>
        <source>Document number</source>
        <comment>export.column_number</comment>
        <translation>文号</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="531"/>
        <source>Stage</source>
        <comment>export.column_stage</comment>
        <translation>办理阶段</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="532"/>
        <source>Deadline</source>
        <comment>export.column_deadline</comment>
        <translation>整改期限</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="533"/>
        <source>Days overdue</source>
        <comment>export.column_days_overdue</comment>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="534"/>
        <source>Issuing agency</source>
        <comment>export.column_agency</comment>
        <translation>作出决定的机关</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="535"/>
        <source>Finding IDs</source>
        <comment>export.column_findings</comment>
        <translation>所涉问题标识码</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="536"/>
        <source>Drafted at</source>
        <comment>export.column_drafted_at</comment>
        <translation>起草时间</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="537"/>
        <source>Issued at</source>
        <comment>export.column_issued_at</comment>
        <translation>签发时间</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="538"/>
        <source>Issued by</source>
        <comment>export.column_issued_by</comment>
        <translation>签发人</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="539"/>
        <source>Served at</source>
        <comment>export.column_served_at</comment>
        <translation>送达时间</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="540"/>
        <source>Closed at</source>
        <comment>export.column_closed_at</comment>
        <translation>销号时间</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="541"/>
        <source>Supersedes</source>
        <comment>export.column_supersedes</comment>
        <translation>所更正的文书</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="543"/>
        <source>Minor</source>
        <comment>export.severity_minor</comment>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="544"/>
        <source>Major</source>
        <comment>export.severity_major</comment>
        <translation>较重</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="545"/>
        <source>Serious</source>
        <comment>export.severity_serious</comment>
        <translation>严重</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="546"/>
        <source>Open</source>
        <comment>export.status_open</comment>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="547"/>
        <source>Decision issued</source>
        <comment>export.status_notified</comment>
        <translation>已下达</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="549"/>
        <source>Rectified</source>
        <comment>export.status_rectified</comment>
        <translation>已整改</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="550"/>
        <source>Closed</source>
        <comment>export.status_closed</comment>
        <translation>已销号</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="558"/>
        <source>{count} rows written to {path}</source>
        <comment>export.done</comment>
        <translation>已将 {count} 行写入 {path}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="559"/>
        <source>{count} findings written to {path}; {skipped} were left out because neither they nor their party have a position (the CSV and XLSX exports hold them)</source>
        <comment>export.done_skipped</comment>
        <translation>已将 {count} 条问题写入 {path}；另有 {skipped} 条问题及其当事人均无位置信息，未写入（表格格式的导出文件包含这些问题）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="650"/>
        <source>the export was cancelled; {path} was not written</source>
        <comment>export.cancelled</comment>
        <translation>导出已取消，未写入 {path}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="390"/>
        <source>number_year</source>
        <comment>label.number_year</comment>
        <translation>文号年份</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="391"/>
        <source>number_seq</source>
        <comment>label.number_seq</comment>
        <translation>文号序号</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="392"/>
        <source>issued_at</source>
        <comment>label.issued_at</comment>
        <translation>签发时间</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="393"/>
        <source>issued_by</source>
        <comment>label.issued_by</comment>
        <translation>签发人</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="394"/>
        <source>document_id</source>
        <comment>label.document_id</comment>
        <translation>已签名文书编号</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="396"/>
        <source>closed_at</source>
        <comment>label.closed_at</comment>
        <translation>销号时间</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="397"/>
        <source>created_at</source>
        <comment>label.created_at</comment>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="398"/>
        <source>finding_ids</source>
        <comment>label.finding_ids</comment>
        <translation>所涉问题</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="399"/>
        <source>message</source>
        <comment>label.message</comment>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="400"/>
        <source>finding_id</source>
        <comment>label.finding_id</comment>
        <translation>问题编号</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="401"/>
        <source>agency_name</source>
        <comment>label.agency_name</comment>
        <translation>执法机构名称</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="402"/>
        <source>party_name</source>
        <comment>label.party_name</comment>
        <translation>当事人名称</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="403"/>
        <source>photo_id</source>
        <comment>label.photo_id</comment>
        <translation>照片编号</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="124"/>
        <source>photo {photo} was taken {km} km from the site (more than {limit} km)</source>
        <comment>notice.plausibility_far</comment>
        <translation>照片 {photo} 的拍摄位置距检查对象 {km} 公里（超过 {limit} 公里）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="129"/>
        <source>photo {photo} was taken outside the patrol&apos;s region ({region})</source>
        <comment>notice.plausibility_outside_region</comment>
        <translation>照片 {photo} 的拍摄位置不在本次巡查区域（{region}）内</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="134"/>
        <source>photo {photo} was taken on {taken}, not on the patrol day {day}</source>
        <comment>notice.plausibility_other_day</comment>
        <translation>照片 {photo} 拍摄于 {taken}，并非巡查当日（{day}）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="144"/>
        <source>photo {photo} has no GPS position</source>
        <comment>notice.plausibility_no_position</comment>
        <translation>照片 {photo} 没有卫星定位（经纬度）信息</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="147"/>
        <source>finding {finding}: {warning}</source>
        <comment>notice.issue_warning_finding</comment>
        <translation>问题 {finding}：{warning}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="41"/>
        <source>warning_acceptance</source>
        <comment>entity.warning_acceptance</comment>
        <translation>已确认的证据提示</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="197"/>
        <source>sha256</source>
        <comment>label.hash</comment>
        <translation>SHA-256 摘要</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="395"/>
        <source>content_sha256</source>
        <comment>label.content_hash</comment>
        <translation>内容 SHA-256 摘要</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="444"/>
        <source>total</source>
        <comment>label.total</comment>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="455"/>
        <source>{path} is not a map layer this app can read ({reason}); use GeoJSON, GeoPackage or MBTiles</source>
        <comment>map.layer_unreadable</comment>
        <translation>{path} 不是本软件能读取的地图图层（{reason}）；请使用 GeoJSON、GeoPackage 或 MBTiles 格式</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="467"/>
        <source>{path} holds tiles in GCJ-02 (the offset datum of Chinese web maps), which cannot be aligned with GPS positions; ask for WGS84 tiles</source>
        <comment>map.tiles_offset_datum</comment>
        <translation>{path} 中的瓦片采用 GCJ-02 坐标系（国内网络地图使用的加偏坐标系），无法与卫星定位坐标对齐；请索取 WGS84 坐标系的瓦片</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="404"/>
        <source>where</source>
        <comment>label.where</comment>
        <translation>所在位置</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="405"/>
        <source>since</source>
        <comment>label.since</comment>
        <translation>起始时间</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="406"/>
        <source>photos_sent</source>
        <comment>label.photos_sent</comment>
        <translation>已发送照片</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="407"/>
        <source>photos_resumed</source>
        <comment>label.photos_resumed</comment>
        <translation>续传照片</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="408"/>
        <source>photos_failed</source>
        <comment>label.photos_failed</comment>
        <translation>发送失败的照片</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="409"/>
        <source>photos_expected</source>
        <comment>label.photos_expected</comment>
        <translation>应发送照片</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="410"/>
        <source>own_ops_missing</source>
        <comment>label.own_ops_missing</comment>
        <translation>缺少的本机操作</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="411"/>
        <source>ops_sent</source>
        <comment>label.ops_sent</comment>
        <translation>已发送操作</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="412"/>
        <source>identity_problem</source>
        <comment>label.identity_problem</comment>
        <translation>身份问题</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="413"/>
        <source>hub_replica</source>
        <comment>label.hub_replica</comment>
        <translation>同步服务器副本编号</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="414"/>
        <source>flagged</source>
        <comment>label.flagged</comment>
        <translation>已标记</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="415"/>
        <source>entity_id</source>
        <comment>label.entity_id</comment>
        <translation>记录编号</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="416"/>
        <source>conflicts_opened</source>
        <comment>label.conflicts_opened</comment>
        <translation>新产生的冲突</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="417"/>
        <source>accepted</source>
        <comment>label.accepted</comment>
        <translation>已接收</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="418"/>
        <source>valid</source>
        <comment>label.valid</comment>
        <translation>签名有效</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="419"/>
        <source>unsigned_fields</source>
        <comment>label.unsigned_fields</comment>
        <translation>未签名的签名栏</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="420"/>
        <source>trusted</source>
        <comment>label.trusted</comment>
        <translation>证书可信</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="421"/>
        <source>signing_time</source>
        <comment>label.signing_time</comment>
        <translation>签名时间</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="422"/>
        <source>signer</source>
        <comment>label.signer</comment>
        <translation>签名人</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="423"/>
        <source>recorded</source>
        <comment>label.recorded</comment>
        <translation>本机已登记</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="424"/>
        <source>problems</source>
        <comment>label.problems</comment>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="425"/>
        <source>modification</source>
        <comment>label.modification</comment>
        <translation>签名后修改</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="426"/>
        <source>intact</source>
        <comment>label.intact</comment>
        <translation>文件完整</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="427"/>
        <source>docmdp_ok</source>
        <comment>label.docmdp_ok</comment>
        <translation>文档修改权限符合要求</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="428"/>
        <source>coverage</source>
        <comment>label.coverage</comment>
        <translation>签名覆盖范围</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="429"/>
        <source>changed_after_signing</source>
        <comment>label.changed_after_signing</comment>
        <translation>签名后有改动</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="432"/>
        <source>field</source>
        <comment>label.field</comment>
        <translation>签名栏</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="434"/>
        <source>hub</source>
        <comment>label.hub</comment>
        <translation>同步服务器</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="435"/>
        <source>received</source>
        <comment>label.received</comment>
        <translation>已收到</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="436"/>
        <source>applied</source>
        <comment>label.applied</comment>
        <translation>已应用</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="437"/>
        <source>photos_received</source>
        <comment>label.photos_received</comment>
        <translation>已收到照片</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="438"/>
        <source>reason_code</source>
        <comment>label.reason_code</comment>
        <translation>原因代码</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="439"/>
        <source>reference_code</source>
        <comment>label.reference_code</comment>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="440"/>
        <source>certificate_chain</source>
        <comment>label.certificate_chain</comment>
        <translation>证书链</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="461"/>
        <source>{path} uses the coordinate system {srs}; save the layer in WGS84 (EPSG:4326) and add it again</source>
        <comment>map.layer_other_crs</comment>
        <translation>{path} 采用 {srs} 坐标系；请将该图层转换为 WGS84（EPSG:4326）坐标系后重新添加</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="441"/>
        <source>warning_kind</source>
        <comment>label.warning_kind</comment>
        <translation>存疑情形</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="442"/>
        <source>doubt_accepted</source>
        <comment>label.doubt_accepted</comment>
        <translation>已确认无误</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="443"/>
        <source>at</source>
        <comment>label.at</comment>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="524"/>
        <source>“decision issued”, “decision served” and “rectified” follow the decision&apos;s documents (its issue, its service, the re-inspection) and are never set by hand</source>
        <comment>notice.finding_status_by_documents</comment>
        <translation>“已下达”“已送达”“已整改”随决定书的文书流转（下达、送达、复查）变更，不能手动设置</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="530"/>
        <source>finding {finding} cannot be closed (销号): no decision has been issued for it. Issue a decision, record its service (送达回证) and then the re-inspection (复查) — or, if nothing was wrong, set “no violation found”</source>
        <comment>notice.finding_close_no_decision</comment>
        <translation>问题 {finding} 不能销号：尚未对其下达决定书。请先下达决定书，记录送达（送达回证），再进行复查（复查笔录）；如经核实不存在违法行为，请将状态设为“未发现违法行为”</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="537"/>
        <source>finding {finding} cannot be closed (销号): decision {notice} has not been served. Record its service (送达回证) first, then the re-inspection (复查); when a team lead signs a re-inspection record that finds it rectified, the finding closes</source>
        <comment>notice.finding_close_not_served</comment>
        <translation>问题 {finding} 不能销号：决定书 {notice} 尚未送达。请先记录送达（送达回证），再进行复查（复查笔录）；组长签署认定已整改的复查笔录后，该问题即销号</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="544"/>
        <source>finding {finding} cannot be closed (销号): no re-inspection (复查) of decision {notice} has found it rectified. Record the re-inspection; when a team lead signs that record, the finding closes</source>
        <comment>notice.finding_close_no_reinspection</comment>
        <translation>问题 {finding} 不能销号：决定书 {notice} 尚无认定已整改的复查。请记录复查（复查笔录）；组长签署该笔录后，该问题即销号</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="551"/>
        <source>finding {finding} is not closed by hand: the re-inspection of decision {notice} found it rectified, so a team lead signs and closes that record, which closes the finding</source>
        <comment>notice.finding_close_sign_record</comment>
        <translation>问题 {finding} 不能手动销号：决定书 {notice} 的复查已认定整改完成，请由组长签署并完成该复查笔录，问题随之销号</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="557"/>
        <source>finding {finding} was already closed (销号) with decision {notice}</source>
        <comment>notice.finding_already_closed</comment>
        <translation>问题 {finding} 已随决定书 {notice} 销号</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="562"/>
        <source>finding {finding} follows decision {notice} ({status}): its status cannot be set by hand. If the decision is wrong, supersede it</source>
        <comment>notice.finding_follows_decision</comment>
        <translation>问题 {finding} 的状态随决定书 {notice}（{status}）变更，不能手动设置。如决定书有误，请以新决定书替代</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="568"/>
        <source>handing a finding over to the local authority (移交属地) needs both the receiving authority and the reason</source>
        <comment>notice.finding_handover_incomplete</comment>
        <translation>移交属地须同时填写接收机关和移交理由</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="574"/>
        <source>the receiving authority is given only when a finding is handed over (移交属地)</source>
        <comment>notice.finding_handover_fields_alone</comment>
        <translation>仅在移交属地时填写接收机关</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="579"/>
        <source>finding {finding} was closed (销号) with decision {notice}: a closed finding takes no new decision. If the violation has recurred, record it as a new finding</source>
        <comment>notice.finding_decision_for_closed</comment>
        <translation>问题 {finding} 已随决定书 {notice} 销号，不能再对其下达决定书。如违法行为再次发生，请作为新问题记录</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="565"/>
        <source>{count} findings written to {path}; {at_party} of them have no position of their own and are placed at their party&apos;s</source>
        <comment>export.done_at_party</comment>
        <translation>已将 {count} 条问题写入 {path}；其中 {at_party} 条问题本身没有位置，已按其当事人的位置标注</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="571"/>
        <source>{count} findings written to {path}; {at_party} of them have no position of their own and are placed at their party&apos;s; {skipped} were left out because neither they nor their party have a position (the CSV and XLSX exports hold them)</source>
        <comment>export.done_at_party_skipped</comment>
        <translation>已将 {count} 条问题写入 {path}；其中 {at_party} 条问题本身没有位置，已按其当事人的位置标注；另有 {skipped} 条问题及其当事人均无位置信息，未写入（表格格式的导出文件包含这些问题）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="579"/>
        <source>no findings match the filters, so {path} was not written; change or clear the filters</source>
        <comment>export.no_findings</comment>
        <translation>没有符合筛选条件的问题，未写入 {path}；请修改或清除筛选条件</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="584"/>
        <source>no notices match the filters, so {path} was not written</source>
        <comment>export.no_notices</comment>
        <translation>没有符合筛选条件的整改文书，未写入 {path}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="589"/>
        <source>none of the {count} findings has a position, nor has its party, so {path} was not written; export them as CSV or XLSX</source>
        <comment>export.none_placed</comment>
        <translation>所选的 {count} 条问题及其当事人均无位置信息，未写入 {path}；请改为导出表格格式</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="595"/>
        <source>{path} is named as a {named} file but the format asked for is {format}: name it {suggested}, or ask for {named}</source>
        <comment>export.suffix_mismatch</comment>
        <translation>{path} 是 {named} 文件的名称，而要求导出的格式为 {format}：请将文件命名为 {suggested}，或改为导出 {named} 格式</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="601"/>
        <source>{path} does not end in {suffix}, so other programs would not open it as {format}: name it {suggested}</source>
        <comment>export.suffix_missing</comment>
        <translation>{path} 的扩展名不是 {suffix}，其他软件将无法按 {format} 格式打开：请将文件命名为 {suggested}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="607"/>
        <source>the name {path} does not say a format this export writes: end it in {suffixes}</source>
        <comment>export.format_unknown</comment>
        <translation>无法从文件名 {path} 判断导出格式：文件名应以 {suffixes} 之一结尾</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="614"/>
        <source>there is no basin {name} in the reference data; give a code or a name of one of: {valid}</source>
        <comment>query.unknown_basin</comment>
        <translation>参考数据中没有流域 {name}；请填写以下流域之一的代码或名称：{valid}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="619"/>
        <source>there is no finding category {code}; valid codes: {valid}</source>
        <comment>query.unknown_category</comment>
        <translation>没有代码为 {code} 的问题类别；有效的类别代码：{valid}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="624"/>
        <source>{value} is not a severity; use one of: {valid}</source>
        <comment>query.unknown_severity</comment>
        <translation>{value} 不是有效的严重程度；可选：{valid}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="627"/>
        <source>{value} is not a finding status; use one of: {valid}</source>
        <comment>query.unknown_status</comment>
        <translation>{value} 不是有效的问题处理状态；可选：{valid}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="630"/>
        <source>{value} is not a stage of a notice; use one of: {valid}</source>
        <comment>query.unknown_stage</comment>
        <translation>{value} 不是有效的文书办理阶段；可选：{valid}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="633"/>
        <source>{code} is not a GB/T 2260 region code in the reference data, nor its first 2 or 4 digits (51 Sichuan, 50 Chongqing, 5109 Suining)</source>
        <comment>query.unknown_region</comment>
        <translation>{code} 不是参考数据中的 GB/T 2260 行政区划代码，也不是其前 2 位或前 4 位（如 51 四川省、50 重庆市、5109 遂宁市）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="639"/>
        <source>the start date {date_from} is after the end date {date_to}; nothing could match</source>
        <comment>query.dates_reversed</comment>
        <translation>开始日期 {date_from} 晚于结束日期 {date_to}，不可能有符合条件的问题</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="644"/>
        <source>the map area {bbox} is not a box of WGS84 degrees: south must not exceed north (both within -90 to 90), west must not exceed east (both within -180 to 180)</source>
        <comment>query.bad_box</comment>
        <translation>地图范围 {bbox} 不是有效的 WGS84 经纬度范围：南界不得大于北界（均在 -90 至 90 之间），西界不得大于东界（均在 -180 至 180 之间）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="215"/>
        <source>rows</source>
        <comment>label.rows</comment>
        <translation>行数</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="216"/>
        <source>skipped_no_position</source>
        <comment>label.skipped_no_position</comment>
        <translation>无位置未写入的问题数</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="219"/>
        <source>placed_at_party</source>
        <comment>label.placed_at_party</comment>
        <translation>按当事人位置标注的问题数</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="220"/>
        <source>summary</source>
        <comment>label.summary</comment>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="139"/>
        <source>the finding was observed at {observed}, after it was recorded ({recorded})</source>
        <comment>notice.plausibility_observed_after_recorded</comment>
        <translation>问题的发现时间（{observed}）晚于其录入时间（{recorded}）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="548"/>
        <source>Decision served</source>
        <comment>export.status_served</comment>
        <translation>已送达</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="551"/>
        <source>No violation found</source>
        <comment>export.status_no_violation</comment>
        <translation>未发现违法行为</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="554"/>
        <source>Handed over to the local authority</source>
        <comment>export.status_handed_over</comment>
        <translation>移交属地</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="171"/>
        <source>decision {number} is in force and states this patrol&apos;s date and team; supersede the decision first, then correct the patrol</source>
        <comment>patrol.decision_in_force</comment>
        <translation>决定书{number}已生效，其中载明本次巡查的日期和执法人员；请先以新决定书取代该决定书，再更正巡查</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="177"/>
        <source>{officer} recorded {count} finding(s) of this patrol and stays on its team; move those findings to another patrol first</source>
        <comment>patrol.recorder_stays</comment>
        <translation>{officer}记录了本次巡查的{count}个问题，须留在执法人员名单中；请先将这些问题移至其他巡查</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="183"/>
        <source>{count} finding(s) are still in this patrol: move them to another patrol or withdraw them first</source>
        <comment>patrol.has_findings</comment>
        <translation>本次巡查仍有{count}个问题：请先将其移至其他巡查或予以撤销</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="189"/>
        <source>the finding is already in this patrol</source>
        <comment>finding.already_in_patrol</comment>
        <translation>该问题已在此次巡查中</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="192"/>
        <source>decision {number} is in force and names this finding; supersede the decision first</source>
        <comment>finding.decision_in_force</comment>
        <translation>决定书{number}已生效并载明该问题；请先以新决定书取代该决定书</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="197"/>
        <source>a draft decision for {party} names this finding: take the finding out of the draft or discard the draft first</source>
        <comment>finding.in_draft</comment>
        <translation>针对{party}的决定书草稿载明该问题：请先将该问题移出草稿，或放弃该草稿</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="203"/>
        <source>a signed on-site record names this finding; a finding on a signed record stays</source>
        <comment>finding.in_signed_record</comment>
        <translation>已签名的现场检查笔录载明该问题，该问题须予保留</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="208"/>
        <source>say why the {entity} is withdrawn: the reason is kept in its history</source>
        <comment>withdraw.reason_needed</comment>
        <translation>请说明撤销该{entity}的原因：原因将保存在其历史记录中</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="213"/>
        <source>the reason is longer than {max_len} characters</source>
        <comment>withdraw.reason_too_long</comment>
        <translation>原因超过{max_len}个字符</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="218"/>
        <source>the photo is not evidence of this finding</source>
        <comment>withdraw.photo_not_linked</comment>
        <translation>该照片不是此问题的证据</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="221"/>
        <source>decision {number} is in force and lists this photo as evidence; supersede the decision first</source>
        <comment>withdraw.photo_in_decision</comment>
        <translation>决定书{number}已生效并将该照片列为证据；请先以新决定书取代该决定书</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="227"/>
        <source>{count} finding(s) name this party: give them another party or withdraw them first</source>
        <comment>withdraw.site_has_findings</comment>
        <translation>有{count}个问题涉及该当事人：请先为这些问题另选当事人或予以撤销</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="232"/>
        <source>{count} notice(s) name this party; a party named in a notice stays</source>
        <comment>withdraw.site_in_notice</comment>
        <translation>有{count}份决定书涉及该当事人；决定书所涉当事人须予保留</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="252"/>
        <source>nothing to undo</source>
        <comment>undo.nothing</comment>
        <translation>没有可撤回的操作</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="253"/>
        <source>a change of a {entity} cannot be undone: documents, numbers, keys, enrolments and conflict resolutions follow their own procedure</source>
        <comment>undo.not_undoable</comment>
        <translation>{entity}的更改无法撤回：文书、编号、密钥、设备登记和冲突处理均须按各自程序办理</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="259"/>
        <source>{officer} changed the {field} of this {entity} at {time}, after your change; undoing would overwrite it, so nothing was undone</source>
        <comment>undo.later_change</comment>
        <translation>{officer}于{time}在您之后修改了该{entity}的{field}；撤回将覆盖其修改，因此未予撤回</translation>
    </message>
    <message>
        <location filename="../../domain/messages/joining.py" line="11"/>
        <source>this laptop already belongs to a team ({officers} officers known here): joining is for a new, empty laptop</source>
        <comment>join.already_in_a_team</comment>
        <translation>本机已属于一个执法团队（已有 {officers} 名执法人员）：加入团队仅适用于新的、尚无数据的笔记本</translation>
    </message>
    <message>
        <location filename="../../domain/messages/joining.py" line="17"/>
        <source>this bundle holds no agency and no officer: ask the team lead for the office bundle made for joining (Sync ▸ Export bundle…)</source>
        <comment>join.no_team_in_bundle</comment>
        <translation>该同步包中没有执法机构和执法人员：请向组长索取用于加入团队的办公室同步包（同步 ▸ 导出同步包…）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/joining.py" line="23"/>
        <source>the office code typed ({typed}) is not the code of this bundle: do not join with it; ask the team lead for the right bundle</source>
        <comment>join.code_mismatch</comment>
        <translation>输入的办公室识别码（{typed}）与该同步包不符：请勿用此文件加入团队，请向组长索取正确的同步包</translation>
    </message>
    <message>
        <location filename="../../domain/messages/joining.py" line="29"/>
        <source>officer {officer} is not in the team list this laptop received</source>
        <comment>join.not_an_officer_here</comment>
        <translation>本机收到的团队名单中没有执法人员 {officer}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/joining.py" line="34"/>
        <source>this is not an enrolment request of this app ({detail})</source>
        <comment>join.request_unreadable</comment>
        <translation>这不是本应用的登记申请（{detail}）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/joining.py" line="39"/>
        <source>the enrolment request is not signed by the laptop it names: it was altered or damaged; ask for a new one</source>
        <comment>join.request_bad_signature</comment>
        <translation>该登记申请不是由其所列笔记本签名的：文件已被改动或损坏，请重新索取</translation>
    </message>
    <message>
        <location filename="../../domain/messages/joining.py" line="45"/>
        <source>the file is {size} bytes: an enrolment request is under {limit} bytes; choose the request file the new laptop saved</source>
        <comment>join.request_too_large</comment>
        <translation>该文件有 {size} 字节，而登记申请不超过 {limit} 字节：请选择新笔记本保存的申请文件</translation>
    </message>
    <message>
        <location filename="../../domain/messages/joining.py" line="51"/>
        <source>laptop {label} ({code}) enrolled for {officer}: it receives the team&apos;s records at its next sync</source>
        <comment>join.enrolled</comment>
        <translation>已登记笔记本 {label}（识别码 {code}），使用人 {officer}：下次同步时即可收到团队记录</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="246"/>
        <source>laptop_code</source>
        <comment>label.laptop_code</comment>
        <translation>识别码</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="247"/>
        <source>source</source>
        <comment>label.source</comment>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="248"/>
        <source>request_text</source>
        <comment>label.request_text</comment>
        <translation>申请文本</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="249"/>
        <source>officer_name</source>
        <comment>label.officer_name</comment>
        <translation>执法人员姓名</translation>
    </message>
    <message>
        <location filename="../../domain/messages/joining.py" line="57"/>
        <source>officer {officer} is not a team lead on the hub: only a team lead pairs a new laptop</source>
        <comment>join.pairing_not_lead</comment>
        <translation>执法人员 {officer} 在同步服务器上不是组长：只有组长才能配对新笔记本</translation>
    </message>
    <message>
        <location filename="../../domain/messages/joining.py" line="62"/>
        <source>the pairing code is wrong or no longer valid (a code is good for 10 minutes and one laptop): ask the team lead for a new code</source>
        <comment>join.pairing_wrong_code</comment>
        <translation>配对码不正确或已失效（每个配对码 10 分钟内有效，且只能用于一台笔记本）：请向组长索取新的配对码</translation>
    </message>
    <message>
        <location filename="../../domain/messages/joining.py" line="68"/>
        <source>a pairing request must be {shape}</source>
        <comment>join.pairing_body</comment>
        <translation>配对请求的格式应为 {shape}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="237"/>
        <source>{field}: {old} → {new}</source>
        <comment>history.changed</comment>
        <translation>{field}：{old} → {new}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="238"/>
        <source>{field}: {new}</source>
        <comment>history.set_to</comment>
        <translation>{field}：{new}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="239"/>
        <source>{field}: added {members}</source>
        <comment>history.added</comment>
        <translation>{field}：添加 {members}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="240"/>
        <source>{field}: removed {members}</source>
        <comment>history.removed</comment>
        <translation>{field}：移除 {members}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="241"/>
        <source>conflict resolved: the record is withdrawn</source>
        <comment>history.resolved_withdrawn</comment>
        <translation>冲突已处理：撤销该记录</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="244"/>
        <source>conflict resolved: the record is kept</source>
        <comment>history.resolved_kept</comment>
        <translation>冲突已处理：保留该记录</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="247"/>
        <source>open conflict on {field}: {value} written by {officer} on laptop {replica} at {time}</source>
        <comment>history.candidate</comment>
        <translation>{field}存在未处理的冲突：{value}，由{officer}于{time}在电脑{replica}上写入</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="433"/>
        <source>changes</source>
        <comment>label.changes</comment>
        <translation>更改内容</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="253"/>
        <source>hub_code</source>
        <comment>label.hub_code</comment>
        <translation>同步服务器识别码</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="254"/>
        <source>hub_id</source>
        <comment>label.hub_id</comment>
        <translation>同步服务器副本编号</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="255"/>
        <source>slot</source>
        <comment>label.slot</comment>
        <translation>配对编号</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="268"/>
        <source>expires_in</source>
        <comment>label.expires_in</comment>
        <translation>有效期（秒）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="269"/>
        <source>state</source>
        <comment>label.state</comment>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="611"/>
        <source>the photo&apos;s annotation is not in the form this app writes</source>
        <comment>photo.annotation_not_json</comment>
        <translation>照片的标注不是本应用写入的格式</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="616"/>
        <source>a photo&apos;s annotation holds at most {limit} marks</source>
        <comment>photo.annotation_too_many</comment>
        <translation>一张照片最多可有 {limit} 处标注</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="621"/>
        <source>mark {number} of the photo&apos;s annotation is not an arrow, ellipse, rectangle or short text inside the photo</source>
        <comment>photo.annotation_bad_shape</comment>
        <translation>照片的第 {number} 处标注不是照片范围内的箭头、椭圆、方框或简短文字</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="250"/>
        <source>marks</source>
        <comment>label.marks</comment>
        <translation>标注数</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="251"/>
        <source>annotation</source>
        <comment>label.annotation</comment>
        <translation>标注</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="252"/>
        <source>evidence_stamp</source>
        <comment>label.evidence_stamp</comment>
        <translation>照片加印</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="366"/>
        <source>handed_over_to</source>
        <comment>label.handed_over_to</comment>
        <translation>接收机关</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="367"/>
        <source>status_reason</source>
        <comment>label.status_reason</comment>
        <translation>状态理由</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="599"/>
        <source>the questions and answers are not in the form this app writes (at most {max_turns} turns, each question not empty, each text at most {max_len} characters)</source>
        <comment>record.turns_invalid</comment>
        <translation>问答内容不是本软件写入的格式（最多 {max_turns} 轮，每个问题不能为空，每段文字最多 {max_len} 个字）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="605"/>
        <source>the legal citations are not in the form this app writes (at most {max_count}, each a law with an article, paragraph and item numbered from 1, none twice)</source>
        <comment>citation.invalid</comment>
        <translation>法律条款引用不是本软件写入的格式（最多 {max_count} 条，每条为一部法律及从 1 起编号的条、款、项，不得重复）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="596"/>
        <source>{field} is not base64 text of the allowed size</source>
        <comment>field.not_base_text</comment>
        <translation>{field}不是允许大小内的 base64 文本</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="38"/>
        <source>the signing time</source>
        <comment>notice.moment_signing</comment>
        <translation>签名时间</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="365"/>
        <source>a refusal to sign needs the reason given (拒签事由)</source>
        <comment>notice.refusal_needs_reason</comment>
        <translation>拒绝签名须记明拒签事由。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="370"/>
        <source>a refusal to sign needs the witness&apos;s unit or identity</source>
        <comment>notice.refusal_needs_witness_unit</comment>
        <translation>拒绝签名须写明见证人的单位或身份。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="375"/>
        <source>a refusal to sign needs the witness&apos;s hand signature</source>
        <comment>notice.refusal_needs_witness_signature</comment>
        <translation>拒绝签名须由见证人签名。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="256"/>
        <source>the evidence register of a decision that is {status} can no longer change</source>
        <comment>judge.evidence_frozen</comment>
        <translation>{status}决定书的证据清单不得再作变更</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="44"/>
        <source>evidence_item</source>
        <comment>entity.evidence_item</comment>
        <translation>证据</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="436"/>
        <source>video clip</source>
        <comment>evidence.kind_video</comment>
        <translation>视频</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="437"/>
        <source>audio recording</source>
        <comment>evidence.kind_audio</comment>
        <translation>录音</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="438"/>
        <source>monitoring-data extract</source>
        <comment>evidence.kind_monitoring</comment>
        <translation>监测数据摘录</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="441"/>
        <source>scanned document</source>
        <comment>evidence.kind_scan</comment>
        <translation>书证扫描件</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="442"/>
        <source>other evidence file</source>
        <comment>evidence.kind_other</comment>
        <translation>其他证据文件</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="443"/>
        <source>{name} is empty or larger than {limit} MiB: it was not stored</source>
        <comment>evidence.file_size</comment>
        <translation>{name} 为空或超过 {limit} MB，未予保存</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="448"/>
        <source>{name} is not a {kind} file this app accepts (its bytes are checked, not its name): {formats}</source>
        <comment>evidence.file_type</comment>
        <translation>{name} 不能作为{kind}保存（按文件内容而非文件名判断），可接受的格式：{formats}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="80"/>
        <source>evidence {number} ({clip}): the recording&apos;s start and end times are not known</source>
        <comment>notice.evidence_clip_no_times</comment>
        <translation>证据{number}（{clip}）：录制开始和结束时间不详</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="85"/>
        <source>evidence {number} ({clip}): the case has no inspection record whose times the recording could match</source>
        <comment>notice.evidence_clip_no_record</comment>
        <translation>证据{number}（{clip}）：本案没有可与该录像时间核对的检查笔录</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="91"/>
        <source>evidence {number} ({clip}): the recording {start} – {end} does not match the times of any inspection record of the case (±{minutes} min)</source>
        <comment>notice.evidence_clip_off_record</comment>
        <translation>证据{number}（{clip}）：录制时间{start}至{end}与本案任何检查笔录记载的时间均不相符（允许误差±{minutes}分钟）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="97"/>
        <source>evidence {number}: {warning}</source>
        <comment>notice.evidence_photo_doubt</comment>
        <translation>证据{number}：{warning}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="100"/>
        <source>evidence {number}: the inspection record of {day} is not signed yet, so the decision prints no SHA-256 for it</source>
        <comment>notice.evidence_record_unsigned</comment>
        <translation>证据{number}：{day}的检查笔录尚未签署，决定书中不能列明其 SHA-256 值</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="106"/>
        <source>{warning} — a team lead must explain it in the evidence register (the explanation goes into the case file, not the decision)</source>
        <comment>notice.issue_evidence_unanswered</comment>
        <translation>{warning}——须由组长在证据清单中作出说明（说明载入案卷，不写入决定书）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="587"/>
        <source>{spec} is not a citation: write LAW:ARTICLE[:PARAGRAPH[:ITEM]], e.g. {example}</source>
        <comment>notice.citation_bad_spec</comment>
        <translation>{spec}不是条款引用：请写作 法律:条[:款[:项]]，例如 {example}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="592"/>
        <source>{citation}: the law {law} is not in the bundled table of laws (known: {known})</source>
        <comment>notice.citation_unknown_law</comment>
        <translation>{citation}：内置法律条文表中没有法律 {law}（现有：{known}）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="597"/>
        <source>{citation}: the bundled table holds no article {article} of {law}</source>
        <comment>notice.citation_unknown_article</comment>
        <translation>{citation}：内置法律条文表中没有{law}第{article}条</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="602"/>
        <source>{citation}: article {article} of {law} has {count} paragraph(s) (款)</source>
        <comment>notice.citation_unknown_paragraph</comment>
        <translation>{citation}：{law}第{article}条共有{count}款</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="607"/>
        <source>{citation}: that paragraph of article {article} of {law} has {count} item(s) (项)</source>
        <comment>notice.citation_unknown_item</comment>
        <translation>{citation}：{law}第{article}条的该款共有{count}项</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="612"/>
        <source>{citation}: article {article} of {law} has several paragraphs: name the paragraph (款) of the item</source>
        <comment>notice.citation_item_needs_paragraph</comment>
        <translation>{citation}：{law}第{article}条有多款，请写明该项所在的款</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="618"/>
        <source>no violated provision (违反条款) is chosen: edit the draft</source>
        <comment>notice.issue_no_violated</comment>
        <translation>尚未选择违反条款：请编辑草稿</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="623"/>
        <source>no basis for the order (责令改正依据) is chosen: edit the draft</source>
        <comment>notice.issue_no_order_basis</comment>
        <translation>尚未选择责令改正依据：请编辑草稿</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="628"/>
        <source>a cited provision is not in the bundled table of laws: {problem}</source>
        <comment>notice.issue_citation_unknown</comment>
        <translation>所引条款不在内置法律条文表中：{problem}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="360"/>
        <source>the recorder (记录人) must be one of the record&apos;s officers</source>
        <comment>notice.recorder_not_officer</comment>
        <translation>记录人须为本笔录的执法人员之一。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="406"/>
        <source>name the recorder (记录人), one of the record&apos;s officers</source>
        <comment>notice.gap_no_recorder</comment>
        <translation>请指定记录人（须为本笔录的执法人员之一）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="154"/>
        <source>a questions-and-answers JSON file</source>
        <comment>cli.what_turns_file</comment>
        <translation>问答记录 JSON 文件</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="322"/>
        <source>give one {answer} for each {question}, in order (an empty {answer} when the party did not answer)</source>
        <comment>cli.questions_answers_mismatch</comment>
        <translation>每个 {question} 须对应一个 {answer}，按顺序给出（当事人未作回答的，给出空的 {answer}）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="275"/>
        <source>the recipient signs the receipt on the spot (service in person or entrusted)</source>
        <comment>service.signature_needed</comment>
        <translation>直接送达、委托送达须由受送达人当场在送达回证上签名</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="280"/>
        <source>service by post, by electronic means or by public notice has no signature on the spot: leave the recipient&apos;s signature out</source>
        <comment>service.no_signature_expected</comment>
        <translation>邮寄送达、电子送达和公告送达没有现场签名，请勿录入受送达人签名</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="286"/>
        <source>say how the person who received the document relates to the party (本人, 法定代表人, 授权委托人, 同住成年家属, 收发部门 or 其他)</source>
        <comment>service.no_relation</comment>
        <translation>请注明收件人与当事人的关系（本人、法定代表人、授权委托人、同住成年家属、收发部门或其他）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="292"/>
        <source>service by post (邮寄送达) needs the postal tracking number; its time is when the delivery was signed for</source>
        <comment>service.no_tracking</comment>
        <translation>邮寄送达须填写邮件号；以受送达人签收邮件之日为送达日期</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="298"/>
        <source>entrusted service (委托送达) names the body entrusted with it</source>
        <comment>service.no_entrusted_body</comment>
        <translation>委托送达须写明受委托单位</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="303"/>
        <source>electronic service (电子送达) only with the party&apos;s written consent: attach the scan of the signed 送达地址确认书</source>
        <comment>service.no_consent</comment>
        <translation>电子送达须经受送达人书面同意：请附已签署的送达地址确认书扫描件</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="309"/>
        <source>electronic service (电子送达) needs the address the party agreed to (e-mail, fax or other)</source>
        <comment>service.no_electronic_address</comment>
        <translation>电子送达须填写受送达人确认的送达地址（电子邮箱、传真或其他）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="315"/>
        <source>service by public notice (公告送达) needs the date the notice was published and the waiting period in days</source>
        <comment>service.no_publication</comment>
        <translation>公告送达须填写公告发布日期和公告期（日）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="321"/>
        <source>a public notice published on {published} is deemed served {days} days later, on {deemed}: that is the service time</source>
        <comment>service.not_deemed_date</comment>
        <translation>{published}发布的公告自发出之日起经过{days}日，即{deemed}视为送达：送达时间应为该日</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="327"/>
        <source>the public notice published on {published} runs until {deemed} (公告中): the decision counts as served only from that day; record the service then</source>
        <comment>service.public_notice_running</comment>
        <translation>{published}发布的公告期至{deemed}届满（公告中），决定书自该日起方视为送达；请届时再记录送达</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="333"/>
        <source>service left at the premises (留置送达) records the recipient&apos;s refusal to sign</source>
        <comment>service.left_needs_refusal</comment>
        <translation>留置送达须记录受送达人拒绝签收的情况</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="338"/>
        <source>service left at the premises needs a witness (name, unit or identity, signature) or a photo or video of leaving the document (《民事诉讼法》第八十九条)</source>
        <comment>service.no_witness_or_recording</comment>
        <translation>留置送达须有见证人（姓名、单位或身份、签名），或以照片、录像记录留置过程（《民事诉讼法》第八十九条）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="344"/>
        <source>service left at the premises is signed by hand by every server: {officer} has no hand signature yet (draw it in the officer&apos;s settings)</source>
        <comment>service.server_no_signature</comment>
        <translation>留置送达须由全体送达人手写签名：{officer}尚未录入手写签名（请在执法人员设置中签写）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="350"/>
        <source>the file {sha} is not in this data folder: add it again</source>
        <comment>service.file_missing</comment>
        <translation>文件{sha}不在本机数据目录中，请重新添加</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="355"/>
        <source>a service is recorded together with its signed receipt (送达回证), never without it</source>
        <comment>service.needs_receipt</comment>
        <translation>送达记录须与已签名的送达回证一并保存，不得单独保存</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="360"/>
        <source>decision {number} is marked served but its service {service} has no signed receipt (送达回证): make the receipt for that service ({command})</source>
        <comment>service.receipt_missing</comment>
        <translation>决定书{number}已标记为已送达，但其送达记录{service}没有已签名的送达回证：请为该送达补制送达回证（{command}）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="444"/>
        <source>this file holds no timestamping certificate of the team (issue one on the team CA laptop with: {command})</source>
        <comment>pki.tsa_not_timestamping</comment>
        <translation>该文件中没有本团队的时间戳证书（请在存放团队CA的电脑上签发：{command}）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="450"/>
        <source>the revocation list (CRL) cannot be read</source>
        <comment>pki.crl_unreadable</comment>
        <translation>无法读取证书吊销列表（CRL）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="453"/>
        <source>the revocation list (CRL) was not signed by the team CA</source>
        <comment>pki.crl_not_from_team</comment>
        <translation>该证书吊销列表（CRL）并非由团队CA签发</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="470"/>
        <source>the long-term (B-LTA) copy could not be made: {error}</source>
        <comment>signing.lta_failed</comment>
        <translation>无法生成长期验证（B-LTA）副本：{error}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="475"/>
        <source>no certificate {fingerprint} is recorded in this store (list them with: {command})</source>
        <comment>pki.no_such_certificate</comment>
        <translation>本数据库中没有记录证书{fingerprint}（可用以下命令查看：{command}）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="480"/>
        <source>this certificate was already revoked on {date}; a revocation cannot be changed</source>
        <comment>pki.already_revoked</comment>
        <translation>该证书已于{date}吊销，吊销不可更改</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="485"/>
        <source>a revocation is final: a revoked certificate cannot be restored or changed</source>
        <comment>pki.revocation_final</comment>
        <translation>证书吊销不可撤回：已吊销的证书不能恢复或修改</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="490"/>
        <source>a recorded certificate cannot be changed, only revoked (with a reason)</source>
        <comment>pki.certificate_fixed</comment>
        <translation>已记录的证书不能修改，只能吊销（并注明原因）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="495"/>
        <source>The certificate of {officer} is revoked as of {time} (Beijing time).</source>
        <comment>pki.revoked_done</comment>
        <translation>{officer}的证书自北京时间{time}起吊销。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="500"/>
        <source>Revocation list no. {number} made, listing {count} revoked certificate(s); it reaches every laptop and the hub with the next sync.</source>
        <comment>pki.crl_made</comment>
        <translation>已生成第{number}号证书吊销列表，列入{count}张已吊销证书；下次同步时将送达各台电脑和办公室服务器。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="506"/>
        <source>The revocation list is made where the team CA key is: on that laptop run {command}.</source>
        <comment>pki.crl_pending</comment>
        <translation>证书吊销列表须在存放团队CA密钥的电脑上生成：请在该电脑上运行 {command}。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="511"/>
        <source>Timestamping certificate for the hub written to {path}. Start the hub with: {command}</source>
        <comment>pki.tsa_issued</comment>
        <translation>办公室服务器的时间戳证书已写入{path}。启动服务器：{command}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="516"/>
        <source>unspecified</source>
        <comment>pki.reason_unspecified</comment>
        <translation>未说明原因</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="517"/>
        <source>key compromise (laptop or key file lost)</source>
        <comment>pki.reason_key_compromise</comment>
        <translation>密钥泄露（电脑或密钥文件丢失）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="520"/>
        <source>left the agency</source>
        <comment>pki.reason_affiliation_changed</comment>
        <translation>已调离本单位</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="523"/>
        <source>replaced by a new certificate</source>
        <comment>pki.reason_superseded</comment>
        <translation>已由新证书替换</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="526"/>
        <source>no longer needed</source>
        <comment>pki.reason_cessation_of_operation</comment>
        <translation>不再使用</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="529"/>
        <source>PAdES level {level}</source>
        <comment>verify.level</comment>
        <translation>PAdES级别：{level}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="530"/>
        <source>signed at {time} (Beijing time), time from the timestamp authority {tsa}</source>
        <comment>verify.time_from_tsa</comment>
        <translation>签名时间为北京时间{time}，由时间戳服务“{tsa}”提供</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="535"/>
        <source>signed at {time} (Beijing time) by the signing laptop&apos;s own clock (no timestamp)</source>
        <comment>verify.time_from_clock</comment>
        <translation>签名时间为北京时间{time}，取自签名电脑本机时钟（无时间戳）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="540"/>
        <source>the signing time is not stated</source>
        <comment>verify.time_unknown</comment>
        <translation>未载明签名时间</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="541"/>
        <source>document timestamp of {time} (Beijing time) by {tsa}: the file existed as it is then</source>
        <comment>verify.document_timestamp</comment>
        <translation>文档时间戳为北京时间{time}（{tsa}）：证明文件在该时刻已是现有内容</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="546"/>
        <source>signatures validated as at {time} (Beijing time)</source>
        <comment>verify.validated_at</comment>
        <translation>按北京时间{time}的时点验证签名</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="549"/>
        <source>not revoked (revocation list no. {number} of {date})</source>
        <comment>verify.revocation_good</comment>
        <translation>未吊销（第{number}号吊销列表，{date}生成）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="554"/>
        <source>certificate revoked at {time} (Beijing time), reason: {reason}</source>
        <comment>verify.revocation_revoked</comment>
        <translation>证书已于北京时间{time}吊销，原因：{reason}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="559"/>
        <source>revocation status unknown: this store holds no revocation list of the team CA</source>
        <comment>verify.revocation_unknown</comment>
        <translation>吊销状态未知：本数据库中没有团队CA的证书吊销列表</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="564"/>
        <source>the signer&apos;s certificate was revoked at {revoked} (Beijing time), before this signature&apos;s own timestamp of {signed}</source>
        <comment>verify.revoked_before_signing</comment>
        <translation>签名人证书已于北京时间{revoked}吊销，早于本签名自带时间戳证明的签名时间{signed}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="597"/>
        <source>the signer&apos;s certificate was revoked for key compromise at {time} (Beijing time), and no timestamp proves this signature was made before</source>
        <comment>verify.revoked_no_proof</comment>
        <translation>签名人证书已因密钥泄露于北京时间{time}吊销，且无时间戳证明本签名形成于吊销之前</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="603"/>
        <source>this store does not know this document: it was not issued here and has not arrived by sync; it may be a copy from elsewhere</source>
        <comment>verify.case_unknown</comment>
        <translation>本数据库不掌握该文书：既非本机签发，也未经同步送达，可能是来自其他来源的副本</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="609"/>
        <source>document {number} of this store, signed on {date}</source>
        <comment>verify.case_document</comment>
        <translation>本数据库记录的文书{number}，签署于{date}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="614"/>
        <source>SUPERSEDED by decision {number}: this one no longer applies</source>
        <comment>verify.case_superseded</comment>
        <translation>已被决定书{number}替代：本文书不再适用</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="619"/>
        <source>served on {date}</source>
        <comment>verify.case_served</comment>
        <translation>已于{date}送达</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="620"/>
        <source>not served yet</source>
        <comment>verify.case_not_served</comment>
        <translation>尚未送达</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="621"/>
        <source>case closed on {date}</source>
        <comment>verify.case_closed</comment>
        <translation>案件已于{date}办结</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="622"/>
        <source>the hub&apos;s long-term (B-LTA) copy of document {sha}</source>
        <comment>verify.case_lta_copy</comment>
        <translation>办公室服务器为文书{sha}生成的长期验证（B-LTA）副本</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="627"/>
        <source>a long-term (B-LTA) copy exists ({sha}); export and verify that one</source>
        <comment>verify.case_has_lta</comment>
        <translation>该文书已有长期验证（B-LTA）副本（{sha}），请导出并验证该副本</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="445"/>
        <source>item_no</source>
        <comment>label.item_no</comment>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="446"/>
        <source>evidence_type</source>
        <comment>label.evidence_type</comment>
        <translation>证据类型</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="447"/>
        <source>evidence_kind</source>
        <comment>label.evidence_kind</comment>
        <translation>证据种类代码</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="448"/>
        <source>item_key</source>
        <comment>label.item_key</comment>
        <translation>证据键</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="449"/>
        <source>content</source>
        <comment>label.content</comment>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="450"/>
        <source>proves</source>
        <comment>label.proves</comment>
        <translation>证明内容</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="451"/>
        <source>explanation</source>
        <comment>label.explanation</comment>
        <translation>组长说明</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="452"/>
        <source>evidence_items</source>
        <comment>label.evidence_items</comment>
        <translation>证据</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="453"/>
        <source>doubts</source>
        <comment>label.doubts</comment>
        <translation>存疑情况</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="454"/>
        <source>answer</source>
        <comment>label.answer</comment>
        <translation>组长答复</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="455"/>
        <source>case_file</source>
        <comment>label.case_file</comment>
        <translation>案卷证据目录</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="178"/>
        <source>services_without_receipt</source>
        <comment>label.services_without_receipt</comment>
        <translation>无送达回证的送达</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="181"/>
        <source>attach_law_texts</source>
        <comment>label.attach_law_texts</comment>
        <translation>附相关法律条文</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="182"/>
        <source>order_basis</source>
        <comment>label.order_basis</comment>
        <translation>责令改正依据</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="183"/>
        <source>violated_provisions</source>
        <comment>label.violated_provisions</comment>
        <translation>违反条款</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="186"/>
        <source>basis_candidates</source>
        <comment>label.basis_candidates</comment>
        <translation>可选责令改正依据</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="187"/>
        <source>violated_candidates</source>
        <comment>label.violated_candidates</comment>
        <translation>可选违反条款</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="261"/>
        <source>a hand signature never changes once given: withdraw it and sign again</source>
        <comment>judge.signature_fixed</comment>
        <translation>手写签名一经作出不得更改：请撤回后重新签名</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="458"/>
        <source>the recorded revocation list (CRL) does not match its content (id, team CA, number or date)</source>
        <comment>pki.crl_record_mismatch</comment>
        <translation>所记录的证书吊销列表（CRL）与其内容（标识、团队CA、编号或日期）不一致</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="464"/>
        <source>a long-term (B-LTA) copy must extend its document: same kind, subject, number and signer, written in the signer&apos;s name</source>
        <comment>signing.lta_copy_mismatch</comment>
        <translation>长期验证（B-LTA）副本必须是对原文书的延展：文书种类、对象、文号和签名人均须一致，并以原签名人名义记录</translation>
    </message>
    <message>
        <location filename="../../domain/messages/store.py" line="45"/>
        <source>crl</source>
        <comment>entity.crl</comment>
        <translation>证书吊销列表</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="570"/>
        <source>the signer&apos;s certificate was revoked at {revoked} (Beijing time), before the time {signed} that the signing laptop&apos;s own clock gives for this signature (no timestamp)</source>
        <comment>verify.revoked_before_clock</comment>
        <translation>签名人证书已于北京时间{revoked}吊销，早于签名电脑本机时钟记载的本签名时间{signed}（无时间戳）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="576"/>
        <source>the signer&apos;s certificate was revoked at {revoked} (Beijing time), and the earliest proof that this signature existed is the document timestamp of {proven}, after the revocation (the signing laptop&apos;s clock says {claimed}, which no timestamp confirms)</source>
        <comment>verify.revoked_before_proof</comment>
        <translation>签名人证书已于北京时间{revoked}吊销；能够证明本签名已经存在的最早时间为文档时间戳{proven}，晚于吊销时间（签名电脑本机时钟记载为{claimed}，但无时间戳予以证明）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="583"/>
        <source>the signer&apos;s certificate was revoked at {revoked} (Beijing time), and this signature states no time that shows it was made before</source>
        <comment>verify.revoked_time_unknown</comment>
        <translation>签名人证书已于北京时间{revoked}吊销，本签名未载明可证明其形成于吊销之前的时间</translation>
    </message>
    <message>
        <location filename="../../domain/messages/signing.py" line="589"/>
        <source>this {level} document is invalid only because the signer&apos;s certificate had expired by the validation time: it holds no long-term proof; the office hub keeps a long-term (B-LTA) copy of every signed document, which stays valid (export that copy from the hub or a synced laptop and verify it)</source>
        <comment>verify.expired_hint</comment>
        <translation>本文书（{level}级）无效仅因验证时点签名人证书已过期：文件本身不含长期验证材料。办公室同步服务器为每份已签名文书保存长期验证（B-LTA）副本，该副本持续有效，请从服务器或已同步的电脑导出该副本后再行验证</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="457"/>
        <source>recorder_id</source>
        <comment>label.recorder_id</comment>
        <translation>记录人编号</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="458"/>
        <source>turns</source>
        <comment>label.turns</comment>
        <translation>询问记录</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="459"/>
        <source>q</source>
        <comment>label.q</comment>
        <translation>问</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="460"/>
        <source>a</source>
        <comment>label.a</comment>
        <translation>答</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="461"/>
        <source>party_confirmation</source>
        <comment>label.party_confirmation</comment>
        <translation>当事人确认意见</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="464"/>
        <source>refusal_reason</source>
        <comment>label.refusal_reason</comment>
        <translation>拒绝签名理由</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="465"/>
        <source>witness_unit</source>
        <comment>label.witness_unit</comment>
        <translation>见证人单位及职务</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="466"/>
        <source>witness_signed</source>
        <comment>label.witness_signed</comment>
        <translation>见证人已签名</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="467"/>
        <source>witness_strokes</source>
        <comment>label.witness_strokes</comment>
        <translation>见证人签名笔迹</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="468"/>
        <source>violated_text</source>
        <comment>label.violated_text</comment>
        <translation>违反条款</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="469"/>
        <source>order_basis_text</source>
        <comment>label.order_basis_text</comment>
        <translation>责令改正依据</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="470"/>
        <source>officer_notes</source>
        <comment>label.officer_notes</comment>
        <translation>执法人员须知</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="471"/>
        <source>violated</source>
        <comment>label.violated</comment>
        <translation>违反条款</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="472"/>
        <source>basis</source>
        <comment>label.basis</comment>
        <translation>责令改正依据</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="473"/>
        <source>recipient_relation</source>
        <comment>label.recipient_relation</comment>
        <translation>受送达人身份</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="476"/>
        <source>receipt_sha256</source>
        <comment>label.receipt_hash</comment>
        <translation>送达回证 SHA-256 摘要</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="477"/>
        <source>level</source>
        <comment>label.level</comment>
        <translation>PAdES 级别</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="478"/>
        <source>validated_at</source>
        <comment>label.validated_at</comment>
        <translation>验证时间</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="479"/>
        <source>doc_timestamps</source>
        <comment>label.doc_timestamps</comment>
        <translation>文档时间戳</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="480"/>
        <source>known</source>
        <comment>label.known</comment>
        <translation>本机有此文书记录</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="481"/>
        <source>lta_copy</source>
        <comment>label.lta_copy</comment>
        <translation>长期验证副本</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="482"/>
        <source>upgrade_of</source>
        <comment>label.upgrade_of</comment>
        <translation>升级自</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="483"/>
        <source>subject_id</source>
        <comment>label.subject_id</comment>
        <translation>所涉对象编号</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="484"/>
        <source>signer_fingerprint</source>
        <comment>label.signer_fingerprint</comment>
        <translation>签名证书指纹</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="487"/>
        <source>time_source</source>
        <comment>label.time_source</comment>
        <translation>签名时间来源</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="488"/>
        <source>revocation</source>
        <comment>label.revocation</comment>
        <translation>吊销状态</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="489"/>
        <source>this_update</source>
        <comment>label.this_update</comment>
        <translation>本次更新时间</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="490"/>
        <source>next_update</source>
        <comment>label.next_update</comment>
        <translation>下次更新时间</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="492"/>
        <source>crl_number</source>
        <comment>label.crl_number</comment>
        <translation>证书吊销列表编号</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="493"/>
        <source>crl_date</source>
        <comment>label.crl_date</comment>
        <translation>证书吊销列表日期</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="494"/>
        <source>laws</source>
        <comment>label.laws</comment>
        <translation>法律法规</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="495"/>
        <source>aliases</source>
        <comment>label.aliases</comment>
        <translation>简称</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="496"/>
        <source>version</source>
        <comment>label.version</comment>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="497"/>
        <source>articles</source>
        <comment>label.articles</comment>
        <translation>条文</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="498"/>
        <source>article</source>
        <comment>label.article</comment>
        <translation>条</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="499"/>
        <source>text</source>
        <comment>label.text</comment>
        <translation>条文内容</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="500"/>
        <source>citation</source>
        <comment>label.citation</comment>
        <translation>引用条款</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="501"/>
        <source>revoked_at</source>
        <comment>label.revoked_at</comment>
        <translation>吊销时间</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="502"/>
        <source>revoked</source>
        <comment>label.revoked</comment>
        <translation>已吊销证书数</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="503"/>
        <source>revocation_reason</source>
        <comment>label.revocation_reason</comment>
        <translation>吊销原因</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="504"/>
        <source>e_signed_by</source>
        <comment>label.e_signed_by</comment>
        <translation>电子签名人</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="505"/>
        <source>electronic_address</source>
        <comment>label.electronic_address</comment>
        <translation>电子送达地址</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="508"/>
        <source>entrusted_to</source>
        <comment>label.entrusted_to</comment>
        <translation>受委托单位</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="509"/>
        <source>tracking_no</source>
        <comment>label.tracking_no</comment>
        <translation>邮件号</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="510"/>
        <source>published_at</source>
        <comment>label.published_at</comment>
        <translation>公告发布日期</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="511"/>
        <source>waiting_days</source>
        <comment>label.waiting_days</comment>
        <translation>公告期（日）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="512"/>
        <source>file_id</source>
        <comment>label.file_id</comment>
        <translation>文件编号</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="513"/>
        <source>media_type</source>
        <comment>label.media_type</comment>
        <translation>文件类型</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="514"/>
        <source>recorded_at</source>
        <comment>label.recorded_at</comment>
        <translation>登记时间</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="532"/>
        <source>{option} must be at least 1 day, not {value}: a public notice counts as served only after its waiting period (30 days unless a law sets another, 民事诉讼法 第九十五条)</source>
        <comment>cli.waiting_days_too_few</comment>
        <translation>{option} 至少应为 1 日，不能为 {value}：公告送达自公告期满之日起视为送达（法律无另行规定的，公告期为三十日，《民事诉讼法》第九十五条）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="491"/>
        <source>refused_to_sign</source>
        <comment>label.refused_to_sign</comment>
        <translation>拒绝签名</translation>
    </message>
    <message>
        <location filename="../../domain/messages/cli.py" line="538"/>
        <source>the articles are those of the versions named per law, from the National Laws and Regulations Database (国家法律法规数据库, {site}); an article not yet checked word for word against the official text must be checked by the agency&apos;s lawyer</source>
        <comment>cli.law_table_note</comment>
        <translation>条文取自国家法律法规数据库（{site}）公布的、各法律所注明版本的文本；尚未与官方文本逐字核对的条文，须经本机关法制审核人员核对</translation>
    </message>
    <message>
        <location filename="../../domain/messages/notice.py" line="228"/>
        <source>{agency} has no seal image: the decision will be issued without a seal over its issuing agency and date (stamp the paper copy, or set the seal under Documents ▸ Agencies…)</source>
        <comment>notice.issue_warning_no_seal</comment>
        <translation>{agency}未设置印章图片：决定书签发后落款处不显示印章（可在纸质文书上加盖印章，或在 文书 ▸ 机构设置… 中设置印章）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/protection.py" line="22"/>
        <source>the data folder {folder} is encrypted and locked: unlock it with its passphrase ({option} FILE, or the variable {variable})</source>
        <comment>protection.locked</comment>
        <translation>数据文件夹 {folder} 已加密并处于锁定状态：请用其口令解锁（{option} 文件，或环境变量 {variable}）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/protection.py" line="28"/>
        <source>the passphrase does not unlock {folder}; nothing was changed. Type it again, or ask the team lead to recover the folder with the team&apos;s recovery key</source>
        <comment>protection.wrong_passphrase</comment>
        <translation>该口令无法解锁 {folder}，未作任何更改。请重新输入，或请组长用团队恢复密钥恢复该文件夹</translation>
    </message>
    <message>
        <location filename="../../domain/messages/protection.py" line="34"/>
        <source>the key file {path} is damaged ({reason}): the folder cannot be unlocked with it. Restore the file from a copy; nothing was changed</source>
        <comment>protection.key_file_damaged</comment>
        <translation>密钥文件 {path} 已损坏（{reason}），无法用它解锁该文件夹。请从副本恢复该文件；未作任何更改</translation>
    </message>
    <message>
        <location filename="../../domain/messages/protection.py" line="40"/>
        <source>{folder} holds an encrypted store but its key file {file} is missing: restore the file from a copy; without it the store cannot be read</source>
        <comment>protection.key_file_missing</comment>
        <translation>{folder} 中有加密的数据库，但其密钥文件 {file} 缺失：请从副本恢复该文件，否则无法读取数据库</translation>
    </message>
    <message>
        <location filename="../../domain/messages/protection.py" line="46"/>
        <source>cannot read the store&apos;s passphrase file {path}: {reason}</source>
        <comment>protection.passphrase_file_unreadable</comment>
        <translation>无法读取数据库口令文件 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/protection.py" line="51"/>
        <source>the passphrase is empty: type at least one character</source>
        <comment>protection.passphrase_empty</comment>
        <translation>口令为空：请至少输入一个字符</translation>
    </message>
    <message>
        <location filename="../../domain/messages/protection.py" line="56"/>
        <source>the passphrase has {length} characters; a new passphrase needs at least {minimum}</source>
        <comment>protection.passphrase_too_short</comment>
        <translation>口令只有 {length} 个字符；新口令至少需要 {minimum} 个字符</translation>
    </message>
    <message>
        <location filename="../../domain/messages/protection.py" line="61"/>
        <source>the two passphrases differ: type the same one twice</source>
        <comment>protection.passphrases_differ</comment>
        <translation>两次输入的口令不一致：请输入相同的口令</translation>
    </message>
    <message>
        <location filename="../../domain/messages/protection.py" line="66"/>
        <source>this installation cannot open encrypted stores (its SQLite has no page cipher): reinstall the app, or in a source checkout run {command}</source>
        <comment>protection.encryption_unavailable</comment>
        <translation>此安装无法打开加密数据库（缺少加密组件）：请重新安装本软件；如使用源代码，请运行 {command}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/protection.py" line="72"/>
        <source>not encrypted: this data folder was set up without encryption (a training laptop)</source>
        <comment>protection.not_encrypted</comment>
        <translation>未加密：此数据文件夹在设置时选择了不加密（培训用笔记本）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/protection.py" line="77"/>
        <source>not encrypted: this store was written by an older version; encrypt it with {command}</source>
        <comment>protection.not_yet_encrypted</comment>
        <translation>未加密：此数据库由旧版本写入；请用 {command} 加密</translation>
    </message>
    <message>
        <location filename="../../domain/messages/protection.py" line="82"/>
        <source>encrypted (store {cipher}; files AES-256-GCM); passphrase key Argon2id {memory_mib} MiB × {iterations}; recovery keys: {recovery}</source>
        <comment>protection.encrypted</comment>
        <translation>已加密（数据库 {cipher}；文件 AES-256-GCM）；口令密钥 Argon2id {memory_mib} MiB × {iterations}；恢复密钥：{recovery} 个</translation>
    </message>
    <message>
        <location filename="../../domain/messages/protection.py" line="95"/>
        <source>the passphrase key uses weak parameters (Argon2id {memory_mib} MiB × {iterations}); change the passphrase to strengthen it</source>
        <comment>protection.weak_kdf</comment>
        <translation>口令密钥的参数较弱（Argon2id {memory_mib} MiB × {iterations}）；请更改口令以加强</translation>
    </message>
    <message>
        <location filename="../../domain/messages/protection.py" line="120"/>
        <source>only replica {replica} itself may set the key its bundles are encrypted to</source>
        <comment>protection.box_key_not_own</comment>
        <translation>只有副本 {replica} 本身可以设置其同步包所用的加密密钥</translation>
    </message>
    <message>
        <location filename="../../domain/messages/protection.py" line="125"/>
        <source>this bundle is not addressed to this laptop: only {recipients} can open it; ask for a bundle made for this laptop (a laptop joining the team needs one the team lead exported unencrypted: sync export --unsealed)</source>
        <comment>protection.bundle_not_addressed</comment>
        <translation>此同步包不是发给本机的：只有 {recipients} 能够打开；请索取发给本机的同步包（新加入团队的笔记本，须由组长导出不加密的同步包）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/protection.py" line="132"/>
        <source>the bundle&apos;s encryption does not check out: the file was altered, damaged or cut short</source>
        <comment>protection.bundle_seal_broken</comment>
        <translation>同步包加密校验未通过：文件已被改动、损坏或不完整</translation>
    </message>
    <message>
        <location filename="../../domain/messages/protection.py" line="137"/>
        <source>the bundle is not encrypted: {replicas} have not sent their bundle key yet (it comes with their next bundle or hub sync); keep the file safe and delete it once imported</source>
        <comment>protection.bundle_not_sealed</comment>
        <translation>同步包未加密：{replicas} 尚未发送其同步包密钥（将随其下一次同步包或中心同步送达）；请妥善保管该文件，导入后予以删除</translation>
    </message>
    <message>
        <location filename="../../domain/messages/protection.py" line="143"/>
        <source>the bundle is not encrypted, as asked ({option}); keep the file safe and delete it once imported</source>
        <comment>protection.bundle_clear_asked</comment>
        <translation>同步包已按要求（{option}）不加密；请妥善保管该文件，导入后予以删除</translation>
    </message>
    <message>
        <location filename="../../domain/messages/protection.py" line="149"/>
        <source>{replicas} cannot open this bundle: their bundle keys have not arrived here yet</source>
        <comment>protection.bundle_left_out</comment>
        <translation>{replicas} 无法打开此同步包：其同步包密钥尚未送达本机</translation>
    </message>
    <message>
        <location filename="../../domain/messages/protection.py" line="172"/>
        <source>store passphrase</source>
        <comment>protection.prompt_store</comment>
        <translation>数据库口令</translation>
    </message>
    <message>
        <location filename="../../domain/messages/protection.py" line="173"/>
        <source>new store passphrase (at least 8 characters)</source>
        <comment>protection.prompt_new_store</comment>
        <translation>新的数据库口令（至少 8 个字符）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/protection.py" line="176"/>
        <source>recovery key passphrase</source>
        <comment>protection.prompt_recovery</comment>
        <translation>恢复密钥的口令</translation>
    </message>
    <message>
        <location filename="../../domain/messages/protection.py" line="177"/>
        <source>new recovery key passphrase</source>
        <comment>protection.prompt_new_recovery</comment>
        <translation>恢复密钥的新口令</translation>
    </message>
    <message>
        <location filename="../../domain/messages/protection.py" line="180"/>
        <source>{folder} has no store yet and there is no terminal to ask for a passphrase: give {option} FILE to set it up encrypted, or {no_encryption} for a training laptop</source>
        <comment>protection.new_folder_needs_choice</comment>
        <translation>{folder} 尚无数据库，且没有可输入口令的终端：请用 {option} 文件将其设为加密，或用 {no_encryption} 设为不加密（仅限培训用笔记本）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/protection.py" line="186"/>
        <source>{option} and {no_encryption} contradict each other: give one of them</source>
        <comment>protection.choose_one</comment>
        <translation>{option} 与 {no_encryption} 相互矛盾：请只给出其中一个</translation>
    </message>
    <message>
        <location filename="../../domain/messages/protection.py" line="191"/>
        <source>{folder} is already set up encrypted: {no_encryption} applies only to a new data folder, and nothing was changed</source>
        <comment>protection.no_encryption_not_new</comment>
        <translation>{folder} 已设为加密：{no_encryption} 只适用于新的数据文件夹，未作任何更改</translation>
    </message>
    <message>
        <location filename="../../domain/messages/protection.py" line="197"/>
        <source>{folder} holds no store to encrypt</source>
        <comment>protection.nothing_to_encrypt</comment>
        <translation>{folder} 中没有可加密的数据库</translation>
    </message>
    <message>
        <location filename="../../domain/messages/protection.py" line="202"/>
        <source>the encrypted copy of {path} does not match the clear store ({what}): nothing was switched and the clear store is unchanged</source>
        <comment>protection.migration_verify_failed</comment>
        <translation>{path} 的加密副本与未加密的数据库不一致（{what}）：未作切换，未加密的数据库保持原样</translation>
    </message>
    <message>
        <location filename="../../domain/messages/protection.py" line="208"/>
        <source>the store {path} is open in another program (the window, or a hub) or changed during the copy: close that program and run {command} again; nothing was switched</source>
        <comment>protection.migration_store_busy</comment>
        <translation>数据库 {path} 正被其他程序（本软件窗口或中心服务）打开，或在复制期间发生了更改：请关闭该程序后重新运行 {command}；未作切换</translation>
    </message>
    <message>
        <location filename="../../domain/messages/protection.py" line="214"/>
        <source>the clear copies were overwritten and deleted; on SSDs and flash memory the device may still keep old copies of their blocks (wear levelling, TRIM), readable with special tools: use the computer&apos;s full-disk encryption as well</source>
        <comment>protection.migration_remnants</comment>
        <translation>未加密的副本已被覆写并删除；但在固态硬盘和闪存上，设备仍可能保留这些数据块的旧副本（磨损均衡、空间回收等机制所致），可被专门工具读出：请同时启用计算机的全盘加密</translation>
    </message>
    <message>
        <location filename="../../domain/messages/protection.py" line="221"/>
        <source>{path} is not a team recovery key file, or its passphrase is wrong; nothing was changed</source>
        <comment>protection.recovery_key_unreadable</comment>
        <translation>{path} 不是团队恢复密钥文件，或其口令错误；未作任何更改</translation>
    </message>
    <message>
        <location filename="../../domain/messages/protection.py" line="226"/>
        <source>the key file of {folder} holds no copy of its key for this recovery key: the laptop was not unlocked after the team&apos;s recovery key reached it by sync. Nothing was changed</source>
        <comment>protection.recovery_not_wrapped</comment>
        <translation>{folder} 的密钥文件中没有为此恢复密钥保存的密钥副本：团队恢复密钥经同步到达后，该笔记本尚未解锁过。未作任何更改</translation>
    </message>
    <message>
        <location filename="../../domain/messages/protection.py" line="233"/>
        <source>the team already has a recovery key; its private key on this laptop is {path}</source>
        <comment>protection.recovery_key_exists</comment>
        <translation>团队已有恢复密钥；其私钥在本机的位置为 {path}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/protection.py" line="238"/>
        <source>keep a copy of {path} and its passphrase offline, for example on a USB stick in the office safe: with them the team lead can open any laptop of the team whose passphrase is forgotten</source>
        <comment>protection.recovery_key_advice</comment>
        <translation>请将 {path} 及其口令离线另存一份，例如存放在办公室保险柜中的移动存储介质上：组长凭此可打开团队内任何一台忘记口令的笔记本</translation>
    </message>
    <message>
        <location filename="../../domain/messages/protection.py" line="245"/>
        <source>the bundle is not encrypted: no other replica&apos;s bundle key is known here yet; keep the file safe and delete it once imported</source>
        <comment>protection.bundle_no_recipients</comment>
        <translation>同步包未加密：本机尚未获得其他任何副本的同步包密钥；请妥善保管该文件，导入后予以删除</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="223"/>
        <source>sealed_for</source>
        <comment>label.sealed_for</comment>
        <translation>可开启此同步包的副本</translation>
    </message>
    <message>
        <location filename="../../domain/messages/protection.py" line="101"/>
        <source>the store file {path} does not open with its folder&apos;s key: it was written under another key, or it is damaged. Nothing was changed; restore the file, or the folder&apos;s key file, from a copy</source>
        <comment>protection.store_key_mismatch</comment>
        <translation>数据库文件 {path} 无法用其所在文件夹的密钥打开：它是用其他密钥写入的，或已损坏。未作任何更改；请从副本恢复该文件或该文件夹的密钥文件</translation>
    </message>
    <message>
        <location filename="../../domain/messages/protection.py" line="108"/>
        <source>the store file {path} is not encrypted, but its folder is set up for encryption: finish encrypting it with {command}</source>
        <comment>protection.store_file_clear</comment>
        <translation>数据库文件 {path} 未加密，但其所在文件夹已设为加密：请用 {command} 完成加密</translation>
    </message>
    <message>
        <location filename="../../domain/messages/protection.py" line="114"/>
        <source>a scratch store set up encrypted was written as clear text: this installation&apos;s SQLite ({version}) does not encrypt; reinstall inspect-app</source>
        <comment>protection.self_check_written_clear</comment>
        <translation>设为加密的临时数据库却以明文写入：本机安装的数据库引擎（{version}）不能加密；请重新安装本程序</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="294"/>
        <source>protection</source>
        <comment>label.protection</comment>
        <translation>数据保护</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="295"/>
        <source>protection_warnings</source>
        <comment>label.protection_warnings</comment>
        <translation>数据保护提醒</translation>
    </message>
    <message>
        <location filename="../../domain/messages/protection.py" line="154"/>
        <source>the encrypted file {path} cannot be read: it was altered or damaged, or belongs to another data folder. Restore it from a copy (another laptop, the hub or a backup)</source>
        <comment>protection.file_altered</comment>
        <translation>加密文件{path}无法读取：该文件已被改动或损坏，或不属于本数据文件夹。请从副本（其他笔记本电脑、同步服务器或备份）恢复该文件</translation>
    </message>
    <message>
        <location filename="../../domain/messages/protection.py" line="160"/>
        <source>the file {path} is encrypted but its data folder is not unlocked: unlock the folder with its passphrase first</source>
        <comment>protection.file_locked</comment>
        <translation>文件{path}已加密，但其数据文件夹尚未解锁：请先用口令解锁该文件夹</translation>
    </message>
    <message>
        <location filename="../../domain/messages/protection.py" line="166"/>
        <source>evidence file still in clear (not yet encrypted): run {command} to encrypt it</source>
        <comment>protection.evidence_not_sealed</comment>
        <translation>证据文件仍为明文（尚未加密）：请运行{command}进行加密</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="298"/>
        <source>recovery_key</source>
        <comment>label.recovery_key</comment>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="299"/>
        <source>advice</source>
        <comment>label.advice</comment>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="300"/>
        <source>recovered</source>
        <comment>label.recovered</comment>
        <translation>已恢复</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="301"/>
        <source>passphrase_changed</source>
        <comment>label.passphrase_changed</comment>
        <translation>口令已更改</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="304"/>
        <source>store_encrypted_now</source>
        <comment>label.store_encrypted_now</comment>
        <translation>数据库本次已加密</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="307"/>
        <source>resumed_from</source>
        <comment>label.resumed_from</comment>
        <translation>续接自</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="308"/>
        <source>side_files_encrypted</source>
        <comment>label.side_files_encrypted</comment>
        <translation>已加密的附属文件</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="311"/>
        <source>files_sealed</source>
        <comment>label.files_sealed</comment>
        <translation>已加密的文件数</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="312"/>
        <source>files_already_sealed</source>
        <comment>label.files_already_sealed</comment>
        <translation>此前已加密的文件数</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="315"/>
        <source>removed</source>
        <comment>label.removed</comment>
        <translation>已删除</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="316"/>
        <source>left_clear</source>
        <comment>label.left_clear</comment>
        <translation>未加密保留的文件</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="317"/>
        <source>push</source>
        <comment>label.push</comment>
        <translation>上传</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="318"/>
        <source>pull</source>
        <comment>label.pull</comment>
        <translation>下载</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="319"/>
        <source>pages</source>
        <comment>label.pages</comment>
        <translation>页数</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="320"/>
        <source>cursor_reset</source>
        <comment>label.cursor_reset</comment>
        <translation>同步位置已重置</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="321"/>
        <source>cursor</source>
        <comment>label.cursor</comment>
        <translation>同步位置</translation>
    </message>
    <message>
        <location filename="../../domain/messages/protection.py" line="251"/>
        <source>the new passphrase is the old one; choose another (nothing was changed)</source>
        <comment>protection.passphrase_unchanged</comment>
        <translation>新口令与原口令相同；请另选一个（未作任何更改）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="712"/>
        <source>the hub&apos;s photo store {store} cannot be reached or refused the request ({error}); nothing was half-stored: try again later</source>
        <comment>hub.blobs_unavailable</comment>
        <translation>同步服务器照片存储 {store} 无法连接或拒绝了请求（{error}）；未写入任何不完整的数据，请稍后重试</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="718"/>
        <source>{spec} is not a photo store the hub can use: give a folder or {form}</source>
        <comment>hub.blobs_bad_url</comment>
        <translation>{spec} 不是同步服务器可用的照片存储：请指定一个文件夹或 {form}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="723"/>
        <source>photos in an object store need the {package} package: install it ({command})</source>
        <comment>hub.blobs_no_client</comment>
        <translation>将照片存放在对象存储中需要 {package} 软件包：请先安装（{command}）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="728"/>
        <source>the hub database {database} cannot be reached or refused the request ({error}); nothing was half-stored: try again later</source>
        <comment>hub.database_unreachable</comment>
        <translation>无法连接同步服务器数据库 {database}，或该数据库拒绝了请求（{error}）；未写入任何不完整的数据，请稍后重试</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="734"/>
        <source>a hub on PostgreSQL needs the {package} package: install it ({command})</source>
        <comment>hub.database_no_client</comment>
        <translation>使用数据库运行的同步服务器需要 {package} 软件包，请先安装（{command}）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="739"/>
        <source>the hub key file {path} does not exist, and the hub database {database} already holds hub {replica}: copy that hub&apos;s key file to {path}, or give its path with {option}</source>
        <comment>hub.key_missing</comment>
        <translation>同步服务器密钥文件 {path} 不存在，而同步服务器数据库 {database} 中已有同步服务器 {replica}：请将该同步服务器的密钥文件复制到 {path}，或以 {option} 指明其位置</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="745"/>
        <source>the key file {path} does not open the identity of hub {replica} kept in the hub database: use that hub&apos;s key file</source>
        <comment>hub.key_wrong</comment>
        <translation>密钥文件 {path} 无法打开同步服务器数据库中保存的同步服务器 {replica} 的身份：请使用该同步服务器的密钥文件</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="751"/>
        <source>the folder {folder} holds replica {cache}, not hub {replica} of the hub database: give each hub process its own folder ({option}), empty the first time</source>
        <comment>hub.cache_other</comment>
        <translation>文件夹 {folder} 中保存的是副本 {cache}，而不是同步服务器数据库中的同步服务器 {replica}：请为每个同步服务器进程指定各自的文件夹（{option}），首次使用时该文件夹须为空</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="1080"/>
        <source>{folder} holds no hub store to move ({file} is missing): give the data folder the hub was served from</source>
        <comment>hub.migrate_no_source</comment>
        <translation>{folder} 中没有可迁移的同步服务器数据（缺少 {file}）：请指定同步服务器运行时使用的数据文件夹</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="1086"/>
        <source>{target} is not a database address the hub can use: give {form}</source>
        <comment>hub.migrate_bad_target</comment>
        <translation>{target} 不是同步服务器可用的数据库地址：请提供 {form}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="1091"/>
        <source>moving the hub into a database needs the {package} package: install it ({command})</source>
        <comment>hub.migrate_no_client</comment>
        <translation>将同步服务器迁入数据库需要 {package} 软件包：请先安装（{command}）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="1096"/>
        <source>cannot use the database {target} ({error}): nothing was changed</source>
        <comment>hub.migrate_target_unreachable</comment>
        <translation>无法使用数据库 {target}（{error}）：未作任何更改</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="1101"/>
        <source>the database {target} already holds a hub (replica {replica}, {ops} ops): nothing was changed. Migrate into an empty database, or check a finished migration with {option}</source>
        <comment>hub.migrate_target_not_empty</comment>
        <translation>数据库 {target} 中已有同步服务器（副本 {replica}，{ops} 项变更）：未作任何更改。请迁移到空数据库，或使用 {option} 核对已完成的迁移</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="1108"/>
        <source>photo {sha} of the hub is damaged or unreadable ({error}): nothing was written to the database; run {command} on the hub first</source>
        <comment>hub.migrate_photo_damaged</comment>
        <translation>同步服务器的照片 {sha} 已损坏或无法读取（{error}）：未向数据库写入任何内容；请先在同步服务器上运行 {command}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="1120"/>
        <source>copying photos: {done} of {total}</source>
        <comment>hub.migrate_step_photos</comment>
        <translation>正在复制照片：{done} / {total}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="1123"/>
        <source>copying ops: {done} of {total}</source>
        <comment>hub.migrate_step_ops</comment>
        <translation>正在复制变更：{done} / {total}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="1126"/>
        <source>verifying: rebuilding the hub from the database and comparing digests</source>
        <comment>hub.migrate_step_verify</comment>
        <translation>正在核对：根据数据库重建同步服务器并比对内容摘要</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="1131"/>
        <source>the database does not match the hub ({what}): if hub processes have served from it since the move, laptops have pushed more and this is expected — keep it; otherwise do not serve from it: empty it and migrate again</source>
        <comment>hub.migrate_mismatch</comment>
        <translation>数据库与同步服务器的内容不一致（{what}）：如迁移后已有同步服务器进程以此数据库提供服务，笔记本已推送了更多内容，出现差异属正常情况，请保留该数据库；否则请勿以此数据库提供服务，清空后重新迁移</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="1138"/>
        <source>hub {replica} moved to {target}: {ops} ops at their positions (laptops keep pulling from where they were), {set_aside} set aside, {photos} photos; digests equal</source>
        <comment>hub.migrate_done</comment>
        <translation>同步服务器 {replica} 已迁移到 {target}：{ops} 项变更保持原有位置（各笔记本电脑从原下载位置继续同步），另有 {set_aside} 项暂未应用的变更，{photos} 张照片；内容摘要一致</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="1144"/>
        <source>the database {target} matches hub {replica}: {ops} ops at their positions, {photos} photos; digests equal</source>
        <comment>hub.migrate_checked</comment>
        <translation>数据库 {target} 与同步服务器 {replica} 一致：{ops} 项变更位置相同，{photos} 张照片；内容摘要一致</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="1150"/>
        <source>the database {target} holds no hub yet: migrate first</source>
        <comment>hub.migrate_no_hub_there</comment>
        <translation>数据库 {target} 中尚无同步服务器：请先迁移</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="1155"/>
        <source>the database {target} holds hub {other}, not hub {replica}: nothing to check</source>
        <comment>hub.migrate_other_hub</comment>
        <translation>数据库 {target} 中是同步服务器 {other}，而非同步服务器 {replica}：无法核对</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="1114"/>
        <source>{folder} already holds a store: give {option} an empty folder for the first hub process (its cache is made there from the database)</source>
        <comment>hub.migrate_data_in_use</comment>
        <translation>{folder} 中已有数据库：请为 {option} 指定一个空文件夹，供第一个同步服务器进程使用（将在其中根据数据库建立本地缓存）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="757"/>
        <source>this folder is the local cache of a hub process whose records live in the database {database}: a change made here would never reach it — make it on a laptop and sync</source>
        <comment>hub.cache_writes_stopped</comment>
        <translation>此文件夹是一个同步服务器进程的本地缓存，记录保存在数据库 {database} 中：在此所作的修改永远不会进入该数据库，请在笔记本上修改后同步</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="775"/>
        <source>the folder {folder} is the local cache of a hub on a database: serve it with {option}, or the laptops&apos; ops would stay in this folder and never reach the database</source>
        <comment>hub.cache_needs_database</comment>
        <translation>文件夹 {folder} 是使用数据库的同步服务器的本地缓存：请以 {option} 启动，否则笔记本推送的变更只会留在此文件夹中，永远不会进入数据库</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="769"/>
        <source>the hub in {folder} was moved into the database {database} (hub migrate): serve that database ({option}); served again, this folder would split the hub&apos;s history</source>
        <comment>hub.moved</comment>
        <translation>文件夹 {folder} 中的同步服务器已迁入数据库 {database}（同步服务器迁移）：请以该数据库提供服务（{option}）；如再次以此文件夹提供服务，同步服务器的变更历史将出现分叉</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="763"/>
        <source>another hub process serves from the folder {folder}: give each process its own folder ({option})</source>
        <comment>hub.folder_in_use</comment>
        <translation>另一个同步服务器进程正在使用文件夹 {folder}：请为每个进程指定各自的文件夹（{option}）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="1161"/>
        <source>{record} fetched from the hub: it stays on this laptop and is kept up to date; {pull}</source>
        <comment>sync.scope_fetched</comment>
        <translation>已从同步服务器获取{record}，该记录将保留在本机并随每次同步更新；{pull}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="1166"/>
        <source>{entity} {id} is not on the hub: nothing was fetched</source>
        <comment>sync.scope_fetch_absent</comment>
        <translation>同步服务器上没有{entity} {id}，未获取任何内容</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="575"/>
        <source>{field} must be a list of at most {limit} scope keys of at most {max_len} characters, each written {forms} (got {value})</source>
        <comment>field.not_scope</comment>
        <translation>{field}须为工作范围键列表，最多{limit}个，每个不超过{max_len}个字符，写法为：{forms}（所填为：{value}）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="629"/>
        <source>{name} is not a scoped pull position ({error}): pull again from the start</source>
        <comment>hub.bad_cursors</comment>
        <translation>{name}不是有效的按范围拉取位置（{error}），请从头重新拉取</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="634"/>
        <source>the hub holds no record {record}: it was never sent to the hub, or its id is wrong</source>
        <comment>hub.record_unknown</comment>
        <translation>同步服务器上没有{record}：该记录从未发送到同步服务器，或其编号有误</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="1220"/>
        <source>Outside your scope — kept up to date; its photos and related records are not on this laptop.</source>
        <comment>sync.scope_outside</comment>
        <translation>不在本机的工作范围内——本机会保持其更新，但其照片和相关记录不在本机。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="1226"/>
        <source>{entity} {id}: not on this laptop.</source>
        <comment>sync.scope_not_here</comment>
        <translation>{entity} {id}：不在本机。</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="1172"/>
        <source>the hub&apos;s database cannot be reached just now; nothing was half-stored: try again later, and tell the hub&apos;s operator if this goes on</source>
        <comment>hub.database_down</comment>
        <translation>同步服务器的数据库暂时无法连接，未写入任何不完整的数据：请稍后重试；如持续出现，请告知同步服务器的管理员</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="1178"/>
        <source>the hub&apos;s photo store cannot be reached just now; nothing was half-stored: try again later, and tell the hub&apos;s operator if this goes on</source>
        <comment>hub.blobs_down</comment>
        <translation>同步服务器的照片存储暂时无法访问，未写入任何不完整的数据：请稍后重试；如持续出现，请告知同步服务器的管理员</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="1184"/>
        <source>{database} is not a PostgreSQL database address the hub can use: give {form}</source>
        <comment>hub.database_bad_url</comment>
        <translation>{database} 不是同步服务器可用的数据库地址：请按 {form} 的形式给出</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="1189"/>
        <source>the hub&apos;s photo store {store} needs access keys and none were found: set {variables} in the hub&apos;s environment, then start the hub again</source>
        <comment>hub.blobs_no_credentials</comment>
        <translation>同步服务器的照片存储 {store} 需要访问密钥，但未找到：请在同步服务器的运行环境中设置 {variables}，然后重新启动同步服务器</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="1195"/>
        <source>the bucket {bucket} of the hub&apos;s photo store {store} does not exist or its name is not valid: create the bucket, or give the right name with {option}, then start the hub again</source>
        <comment>hub.blobs_no_bucket</comment>
        <translation>同步服务器照片存储 {store} 的存储桶 {bucket} 不存在或名称无效：请创建该存储桶，或以 {option} 给出正确的名称，然后重新启动同步服务器</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="1201"/>
        <source>the hub&apos;s photo store {store} refused the hub&apos;s access keys ({error}): check {variables} and the bucket&apos;s permissions, then start the hub again</source>
        <comment>hub.blobs_denied</comment>
        <translation>同步服务器的照片存储 {store} 拒绝了同步服务器的访问密钥（{error}）：请核对 {variables} 及该存储桶的访问权限，然后重新启动同步服务器</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="1207"/>
        <source>{request}: {reason}</source>
        <comment>hub.refused_request</comment>
        <translation>{request}：{reason}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="1208"/>
        <source>this folder is the local cache of a hub process on a database: the hub&apos;s photos are in its photo store ({option}), not here, so photos missing here are not problems</source>
        <comment>hub.cache_photos_elsewhere</comment>
        <translation>本文件夹是使用数据库的同步服务器进程的本地缓存：同步服务器的照片存放在其照片存储中（{option}），不在此处，因此此处缺少照片不属于问题</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="1214"/>
        <source>choose who works on this laptop: {command}</source>
        <comment>sync.choose_officer</comment>
        <translation>请选择在本机工作的执法人员：{command}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="257"/>
        <source>photos_elsewhere</source>
        <comment>label.photos_elsewhere</comment>
        <translation>照片存放位置</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="258"/>
        <source>peer</source>
        <comment>label.peer</comment>
        <translation>来源地址</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="259"/>
        <source>count</source>
        <comment>label.count</comment>
        <translation>次数</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="260"/>
        <source>detail</source>
        <comment>label.detail</comment>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="261"/>
        <source>candidates</source>
        <comment>label.candidates</comment>
        <translation>各方取值</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="262"/>
        <source>value</source>
        <comment>label.value</comment>
        <translation>取值</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="263"/>
        <source>provisional</source>
        <comment>label.provisional</comment>
        <translation>暂定值</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="264"/>
        <source>resolved_by</source>
        <comment>label.resolved_by</comment>
        <translation>裁决人</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="265"/>
        <source>covers</source>
        <comment>label.covers</comment>
        <translation>涵盖的变更</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="266"/>
        <source>pairing_code</source>
        <comment>label.pairing_code</comment>
        <translation>配对码</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="267"/>
        <source>changed_field</source>
        <comment>label.changed_field</comment>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="136"/>
        <source>only a team lead can set a replica&apos;s scope (use {option})</source>
        <comment>judge.scope_needs_lead</comment>
        <translation>只有组长才能设定副本的工作范围（请使用 {option}）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="141"/>
        <source>receives every record from the hub (no scope set)</source>
        <comment>sync.scope_everything</comment>
        <translation>从同步服务器接收全部记录（未设定工作范围）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="146"/>
        <source>receives from the hub only the records of its {count} scope key(s), with the records they depend on</source>
        <comment>sync.scope_limited</comment>
        <translation>仅从同步服务器接收其 {count} 个工作范围键所属的记录及其所依赖的记录</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="152"/>
        <source>give either scope keys or {option}, not both</source>
        <comment>sync.scope_both</comment>
        <translation>工作范围键与 {option} 只能二选一</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="157"/>
        <source>no replica {replica} is enrolled here (see {command})</source>
        <comment>sync.scope_unknown_replica</comment>
        <translation>本机未登记副本 {replica}（请查看 {command}）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="178"/>
        <source>{count} gap(s) in other replicas&apos; op chains are outside this laptop&apos;s scope: the hub holds those ops and this laptop does not need them</source>
        <comment>sync.check_outside_gaps</comment>
        <translation>其他副本的操作记录链中有 {count} 处缺口不在本机的工作范围内：相应操作记录由同步服务器保存，本机无需持有</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="184"/>
        <source>{count} evidence file(s) belong only to records outside this laptop&apos;s scope and are not on this laptop: they are downloaded when such a record is fetched</source>
        <comment>sync.check_not_here</comment>
        <translation>有 {count} 个证据文件仅属于本机工作范围以外的记录，不在本机：调取相应记录时一并下载</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="290"/>
        <source>outside_gaps</source>
        <comment>label.outside_gaps</comment>
        <translation>工作范围外的缺口</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="291"/>
        <source>not_here</source>
        <comment>label.not_here</comment>
        <translation>不在本机的文件</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="292"/>
        <source>scope</source>
        <comment>label.scope</comment>
        <translation>工作范围</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="293"/>
        <source>scope_notes</source>
        <comment>label.scope_notes</comment>
        <translation>工作范围说明</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="322"/>
        <source>scoped</source>
        <comment>label.scoped</comment>
        <translation>按工作范围下载</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="323"/>
        <source>scope_keys</source>
        <comment>label.scope_keys</comment>
        <translation>工作范围</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="324"/>
        <source>record</source>
        <comment>label.record</comment>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../domain/messages/common.py" line="325"/>
        <source>pinned</source>
        <comment>label.pinned</comment>
        <translation>已固定获取</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="1232"/>
        <source>{name} basin</source>
        <comment>sync.scope_key_basin</comment>
        <translation>{name}流域</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="1233"/>
        <source>agency {name}</source>
        <comment>sync.scope_key_agency</comment>
        <translation>{name}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="1234"/>
        <source>region {name}</source>
        <comment>sync.scope_key_region</comment>
        <translation>{name}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="1235"/>
        <source>{first}, {rest}</source>
        <comment>sync.scope_list</comment>
        <translation>{first}、{rest}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="1236"/>
        <source>everything</source>
        <comment>sync.scope_all</comment>
        <translation>全部记录</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="1237"/>
        <source>the patrol of {date} on the {basin}</source>
        <comment>sync.record_patrol</comment>
        <translation>{date}{basin}流域巡查</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="1240"/>
        <source>the finding {id} ({category}, {site})</source>
        <comment>sync.record_finding</comment>
        <translation>{site}“{category}”问题（编号 {id}）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="1243"/>
        <source>the finding {id} ({category})</source>
        <comment>sync.record_finding_alone</comment>
        <translation>“{category}”问题（编号 {id}）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="1246"/>
        <source>the party {name}</source>
        <comment>sync.record_site</comment>
        <translation>检查对象“{name}”</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="1247"/>
        <source>the notice {number}</source>
        <comment>sync.record_notice</comment>
        <translation>决定书{number}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="1248"/>
        <source>{entity} {id}</source>
        <comment>sync.record_other</comment>
        <translation>{entity}（编号 {id}）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="1261"/>
        <source>{kind} is not a kind of record that can be fetched; give one of: {kinds}</source>
        <comment>sync.fetch_kinds</comment>
        <translation>“{kind}”不是可获取的记录类别，请填写以下之一：{kinds}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="1249"/>
        <source>{agency} and an agency&apos;s id, {basin} and a basin&apos;s code, {region} and a region&apos;s code of 4 or 6 digits, or {everything} for everything</source>
        <comment>sync.scope_key_forms</comment>
        <translation>{agency}加执法机构编号、{basin}加流域代码、{region}加四位或六位行政区划代码，或{everything}（全部记录）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="162"/>
        <source>scope key {key}: no such basin; valid basins: {valid}</source>
        <comment>sync.scope_unknown_basin</comment>
        <translation>工作范围键 {key} 无效：没有该流域。可选的流域：{valid}</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="167"/>
        <source>scope key {key}: no such agency here (see {command})</source>
        <comment>sync.scope_unknown_agency</comment>
        <translation>工作范围键 {key} 无效：本机没有该执法机构（请查看 {command}）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="172"/>
        <source>scope key {key}: no such region in the region list nor at an agency or site here (a city is 4 digits, a district 6)</source>
        <comment>sync.scope_unknown_region</comment>
        <translation>工作范围键 {key} 无效：行政区划代码表中没有该地区，本机的执法机构和现场也未使用该地区（市级为 4 位代码，区县级为 6 位代码）</translation>
    </message>
    <message>
        <location filename="../../domain/messages/joining.py" line="73"/>
        <source>the hub did not take the scope (an older hub): the new laptop would receive every record; update the hub, or pair without {option} and set the scope with {command}</source>
        <comment>join.pairing_scope_ignored</comment>
        <translation>同步服务器未接受工作范围（服务器版本较旧），新笔记本将接收全部记录：请升级同步服务器，或不带 {option} 进行配对，再用 {command} 设定工作范围</translation>
    </message>
    <message>
        <location filename="../../domain/messages/sync.py" line="1255"/>
        <source>no {entity} with id {id} on this laptop: it may be outside this laptop&apos;s scope; fetch it from the hub with {command}</source>
        <comment>sync.scope_record_absent</comment>
        <translation>本机没有编号为 {id} 的{entity}：该记录可能不在本机的工作范围内，可用 {command} 从同步服务器获取</translation>
    </message>
    <message>
        <location filename="../../domain/messages/protection.py" line="88"/>
        <source>no recovery copy of this folder&apos;s key yet: a forgotten passphrase would lose its data. The team lead makes the team&apos;s recovery key ({command}); this laptop adds its copy at the first unlock after the next sync</source>
        <comment>protection.no_recovery_copy</comment>
        <translation>本文件夹的数据密钥尚无恢复副本：一旦忘记口令，其中数据将无法找回。请组长生成团队恢复密钥（{command}）；本机在下次同步后首次解锁时自动加入副本</translation>
    </message>
</context>
<context>
    <name>MoveFindingDialog</name>
    <message>
        <location filename="../../ui/widgets/withdraw_dialog.py" line="161"/>
        <source>Move finding to another patrol</source>
        <translation>将问题移至其他巡查</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/withdraw_dialog.py" line="163"/>
        <source>Patrol</source>
        <translation>巡查</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/withdraw_dialog.py" line="166"/>
        <source>The finding keeps its photos and history. A finding named by a decision in force stays in its patrol (the decision states the patrol&apos;s date and team).</source>
        <translation>问题的照片和历史记录随之保留。已生效决定书所载明的问题须留在原巡查中（决定书载明了巡查的日期和执法人员）。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/withdraw_dialog.py" line="182"/>
        <source>Choose who you are first in the “Current officer” box of the toolbar.</source>
        <translation>请先在工具栏的“当前执法人员”框中选择您是谁。</translation>
    </message>
</context>
<context>
    <name>MySignatureDialog</name>
    <message>
        <location filename="../../ui/widgets/documents/certificate_dialog.py" line="54"/>
        <source>Your standing signature (printed in the stamp of the documents you sign)</source>
        <translation>您的预留签名（印在您所签文书的签章中）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/certificate_dialog.py" line="70"/>
        <source>My signature</source>
        <translation>我的签名</translation>
    </message>
</context>
<context>
    <name>NoResults</name>
    <message>
        <location filename="../../ui/widgets/finding_no_results.py" line="88"/>
        <source>No findings match</source>
        <translation>没有符合条件的发现问题</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/finding_no_results.py" line="89"/>
        <source>Clear search and filters</source>
        <translation>清除搜索和筛选条件</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/finding_no_results.py" line="71"/>
        <source> · </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/finding_no_results.py" line="72"/>
        <source>Searched for: {0}</source>
        <translation>当前条件：{0}</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <location filename="../../ui/widgets/notice_dialog.py" line="109"/>
        <source>Draft notice</source>
        <translation>起草整改通知书</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/notice_dialog.py" line="111"/>
        <source>Party</source>
        <translation>当事人</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/notice_dialog.py" line="112"/>
        <source>Findings</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/notice_dialog.py" line="115"/>
        <source>Order</source>
        <translation>责令内容</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/notice_dialog.py" line="116"/>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/notice_dialog.py" line="121"/>
        <source>Draft PDF…</source>
        <translation>生成草稿 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/notice_dialog.py" line="124"/>
        <source>This party has no other findings</source>
        <translation>该当事人没有其他问题</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/notice_dialog.py" line="126"/>
        <source>Also include this party&apos;s other finding</source>
        <translation>同时纳入该当事人的另一个问题</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/notice_dialog.py" line="129"/>
        <source>Also include this party&apos;s {0} other findings</source>
        <translation>同时纳入该当事人的其他 {0} 个问题</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/notice_dialog.py" line="147"/>
        <source>{0} finding(s)</source>
        <translation>{0} 个问题</translation>
    </message>
</context>
<context>
    <name>NoticeTableModel</name>
    <message>
        <location filename="../../ui/models/notices.py" line="229"/>
        <source>Number</source>
        <translation>文号</translation>
    </message>
    <message>
        <location filename="../../ui/models/notices.py" line="235"/>
        <source>Party</source>
        <translation>当事人</translation>
    </message>
    <message>
        <location filename="../../ui/models/notices.py" line="240"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/models/notices.py" line="245"/>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <location filename="../../ui/models/notices.py" line="251"/>
        <source>Days left</source>
        <translation>剩余期限</translation>
    </message>
    <message>
        <location filename="../../ui/models/notices.py" line="424"/>
        <source>Number reserved at an earlier attempt: {0}</source>
        <translation>先前签发未成功时已取号：{0}</translation>
    </message>
</context>
<context>
    <name>NoticesView</name>
    <message>
        <location filename="../../ui/widgets/notices_view.py" line="278"/>
        <source>Only a team lead can do this.</source>
        <translation>只有组长可以执行此操作。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/notices_view.py" line="450"/>
        <location filename="../../ui/widgets/notices_view.py" line="477"/>
        <source>Discard draft</source>
        <translation>丢弃草稿</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/notices_view.py" line="452"/>
        <source>Discard this correction of {0}?</source>
        <translation>要丢弃 {0} 的更正草稿吗？</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/notices_view.py" line="455"/>
        <source>This undoes the supersede: {0} is in force again as {1}, with its deadline and its signed decision. Only a team lead can do this.</source>
        <translation>这将撤销取代：{0} 恢复为“{1}”并重新生效，整改期限和已签名的决定书不变。只有组长可以执行此操作。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/notices_view.py" line="461"/>
        <source>Discard the draft notice to {0}?</source>
        <translation>要丢弃发给{0}的决定书草稿吗？</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/notices_view.py" line="464"/>
        <source>The draft leaves the follow-up list and stays in the history; its findings stay as they are.</source>
        <translation>草稿将从跟踪列表中移除，但仍保留在历史记录中；相关问题保持不变。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/notices_view.py" line="471"/>
        <source>Its number {0} stays used: document numbers are never reused, so the next notice takes the following number.</source>
        <translation>其文号 {0} 仍算已使用：文号不会重复使用，下一份决定书将使用后面的文号。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/notices_view.py" line="531"/>
        <source>Draft discarded</source>
        <translation>草稿已丢弃</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/notices_view.py" line="533"/>
        <source>The correction was discarded: {0} is in force again ({1}).</source>
        <translation>更正草稿已丢弃：{0} 重新生效（{1}）。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/notices_view.py" line="549"/>
        <source>Supersede notice</source>
        <translation>以新决定书取代</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/notices_view.py" line="552"/>
        <source>Correct {0} with a new notice? A new draft with the same findings, order and deadline is made for you to edit and issue; {0} stays on record as superseded and its number is never reused.</source>
        <translation>要以新决定书更正 {0} 吗？系统将生成一份问题、责令内容和整改期限相同的新草稿，供您修改后签发；{0} 以“已被取代”状态留存在案，其文号不再使用。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/notices_view.py" line="557"/>
        <source>Supersede</source>
        <translation>取代</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/notices_view.py" line="590"/>
        <source>Save the signed PDF as</source>
        <translation>已签名 PDF 另存为</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/notices_view.py" line="590"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/notices_view.py" line="624"/>
        <source>Signed PDF saved</source>
        <translation>已保存已签名 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/notices_view.py" line="625"/>
        <source>The signed PDF was saved unchanged to {0}.</source>
        <translation>已签名的 PDF 已原样保存到 {0}。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/notices_view.py" line="638"/>
        <source>Select a notice to see its file.</source>
        <translation>选中一份文书以查看其案卷。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/notices_view.py" line="652"/>
        <location filename="../../ui/widgets/notices_view.py" line="766"/>
        <source>Draft notice</source>
        <translation>决定书草稿</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/notices_view.py" line="657"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/notices_view.py" line="658"/>
        <source>Party</source>
        <translation>当事人</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/notices_view.py" line="659"/>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/notices_view.py" line="660"/>
        <source>Order</source>
        <translation>责令内容</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/notices_view.py" line="661"/>
        <source>Issued</source>
        <translation>签发时间</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/notices_view.py" line="662"/>
        <source>Served</source>
        <translation>送达时间</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/notices_view.py" line="663"/>
        <source>Closed</source>
        <translation>销号时间</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/notices_view.py" line="669"/>
        <source>Supersedes</source>
        <translation>取代</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/notices_view.py" line="671"/>
        <source>Superseded by</source>
        <translation>被取代为</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/notices_view.py" line="673"/>
        <source>Supersede chain</source>
        <translation>取代关系</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/notices_view.py" line="675"/>
        <source>Findings</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/notices_view.py" line="688"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/notices_view.py" line="689"/>
        <source>Signed documents</source>
        <translation>已签名文书</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/notices_view.py" line="698"/>
        <location filename="../../ui/widgets/notices_view.py" line="738"/>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/notices_view.py" line="700"/>
        <source>Service</source>
        <translation>送达</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/notices_view.py" line="710"/>
        <source>refused to sign, witness {0}</source>
        <translation>拒绝签名，见证人 {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/notices_view.py" line="712"/>
        <source>signed by the recipient</source>
        <translation>受送达人已签名</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/notices_view.py" line="715"/>
        <source>receipt signed</source>
        <translation>送达回证已签署</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/notices_view.py" line="715"/>
        <source>receipt not signed</source>
        <translation>送达回证未签署</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/notices_view.py" line="727"/>
        <source>not served yet</source>
        <translation>尚未送达</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/notices_view.py" line="728"/>
        <source>Re-inspections</source>
        <translation>复查</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/notices_view.py" line="731"/>
        <source>closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/notices_view.py" line="731"/>
        <source>open</source>
        <translation>未结束</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/notices_view.py" line="746"/>
        <source>{0} {1} · SHA-256 {2} · signed by {3} at {4}</source>
        <translation>{0} {1} · SHA-256 {2} · {3}签署于 {4}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/notices_view.py" line="753"/>
        <source>verify</source>
        <translation>验证</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/notices_view.py" line="753"/>
        <source>export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/notices_view.py" line="860"/>
        <source>{0} notices</source>
        <translation>共 {0} 份</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/notices_view.py" line="865"/>
        <source>Notices to follow up</source>
        <translation>文书跟踪</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/notices_view.py" line="866"/>
        <source>Show closed and superseded</source>
        <translation>显示已销号和已被取代的</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/notices_view.py" line="870"/>
        <source>Notice actions</source>
        <translation>文书操作</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/notices_view.py" line="871"/>
        <source>&amp;Issue…</source>
        <translation>签发(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/notices_view.py" line="872"/>
        <source>&amp;Edit draft…</source>
        <translation>修改草稿(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/notices_view.py" line="874"/>
        <source>&amp;Discard draft…</source>
        <translation>丢弃草稿(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/notices_view.py" line="875"/>
        <source>Record &amp;service…</source>
        <translation>登记送达(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/notices_view.py" line="876"/>
        <source>&amp;Re-inspection…</source>
        <translation>复查(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/notices_view.py" line="877"/>
        <source>S&amp;upersede…</source>
        <translation>取代(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/notices_view.py" line="878"/>
        <source>E&amp;xport signed PDF…</source>
        <translation>导出已签名 PDF(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/notices_view.py" line="879"/>
        <source>&amp;Verify PDF…</source>
        <translation>验证 PDF(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/notices_view.py" line="880"/>
        <source>New inspection &amp;record…</source>
        <translation>新建现场检查笔录(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/notices_view.py" line="881"/>
        <source>Import &amp;certificate…</source>
        <translation>导入证书(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/notices_view.py" line="882"/>
        <source>My si&amp;gnature…</source>
        <translation>我的签名(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/notices_view.py" line="883"/>
        <source>&amp;Agencies…</source>
        <translation>机构设置(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/notices_view.py" line="884"/>
        <source>&amp;Team certificates…</source>
        <translation>证书管理(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/notices_view.py" line="885"/>
        <source>Document &amp;numbers…</source>
        <translation>文号管理(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/notices_view.py" line="848"/>
        <source>All stages</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/notices_view.py" line="849"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/notices_view.py" line="867"/>
        <source>Sta&amp;ge:</source>
        <translation>办理阶段(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/notices_view.py" line="868"/>
        <source>List only the notices at one stage</source>
        <translation>仅列出处于某一办理阶段的文书</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/notices_view.py" line="873"/>
        <source>E&amp;vidence register…</source>
        <translation>证据清单(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/notices_view.py" line="719"/>
        <source>make it with “notice receipt {0} --out FILE.pdf”</source>
        <translation>请用“notice receipt {0} --out FILE.pdf”补制送达回证</translation>
    </message>
    <message>
        <source>Fetch</source>
        <translation>获取</translation>
    </message>
</context>
<context>
    <name>NumbersDialog</name>
    <message>
        <location filename="../../ui/widgets/numbers_dialog.py" line="155"/>
        <source>Reading the number blocks…</source>
        <translation>正在读取文号段…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/numbers_dialog.py" line="227"/>
        <source>Numbers {0}–{1} of {2} for {3} are reserved for {4}. They reach that laptop with the next sync.</source>
        <translation>已为{4}预留{3} {2} 年第 {0}–{1} 号。下次同步时这段文号会传到那台笔记本。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/numbers_dialog.py" line="246"/>
        <source>{0} (replica {1})</source>
        <translation>{0}（副本 {1}）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/numbers_dialog.py" line="253"/>
        <source>Only a team lead can do this.</source>
        <translation>只有组长可以执行此操作。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/numbers_dialog.py" line="255"/>
        <source>Set up an agency first (Documents ▸ Agencies…).</source>
        <translation>请先设置执法机构（文书 ▸ 机构设置…）。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/numbers_dialog.py" line="258"/>
        <location filename="../../ui/widgets/numbers_dialog.py" line="304"/>
        <source>This laptop does not know yet which laptop numbers {0}: sync first.</source>
        <translation>本机还不知道哪台笔记本负责{0}的编号：请先同步。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/numbers_dialog.py" line="262"/>
        <source>Numbers of {0} are reserved only on its numbering laptop, {1}: reserve them there, then sync.</source>
        <translation>{0}的文号只能在其编号笔记本 {1} 上预留：请在那里预留，然后同步。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/numbers_dialog.py" line="267"/>
        <source>No other laptop is enrolled here yet: enrol it first (Sync ▸ Enrol a replica…). This laptop takes its own numbers by itself when it issues.</source>
        <translation>本机还没有登记其他笔记本：请先登记（同步 ▸ 登记笔记本…）。本机签发时会自动为自己预留文号。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/numbers_dialog.py" line="276"/>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/numbers_dialog.py" line="281"/>
        <source>The team has no agency yet: set one up (Documents ▸ Agencies…).</source>
        <translation>团队还没有执法机构：请先设置（文书 ▸ 机构设置…）。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/numbers_dialog.py" line="289"/>
        <source>Number blocks of {0}</source>
        <translation>{0} 年的文号段</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/numbers_dialog.py" line="298"/>
        <source>This laptop is the numbering laptop of {0}: it makes the number blocks for every laptop of the team, and takes its own when it issues.</source>
        <translation>本机是{0}的编号笔记本：由本机为全队每台笔记本分配文号段，本机签发时自动为自己预留。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/numbers_dialog.py" line="308"/>
        <source>The numbering laptop of {0} is {1}. This laptop issues only from blocks reserved for it there and brought here by sync.</source>
        <translation>{0}的编号笔记本是 {1}。本机只能使用在那里为本机预留、并经同步传到本机的文号段签发。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/numbers_dialog.py" line="322"/>
        <source>Document numbers</source>
        <translation>文号管理</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/numbers_dialog.py" line="325"/>
        <source>Only each agency&apos;s numbering laptop hands out document numbers, in blocks for one laptop and one year. A laptop issues only from the blocks it holds, and blocks reach the other laptops by sync, so two laptops never give out the same number.</source>
        <translation>每个执法机构的文号只由它的编号笔记本分配，按“一台笔记本、一个年度”分段发放。每台笔记本只用自己持有的文号段签发，文号段经同步传到其他笔记本，因此两台笔记本不会用到同一个文号。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/numbers_dialog.py" line="331"/>
        <source>&amp;Agency</source>
        <translation>执法机构(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/numbers_dialog.py" line="332"/>
        <source>&amp;Year</source>
        <translation>年度(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/numbers_dialog.py" line="333"/>
        <source>No number blocks for this agency and year yet.</source>
        <translation>该机构本年度还没有文号段。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/numbers_dialog.py" line="336"/>
        <source>Numbers used on another laptop are counted here once its notices arrive by sync. Numbers are never reused.</source>
        <translation>其他笔记本用掉的文号，要等它的决定书同步到本机后才计入。文号不会重复使用。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/numbers_dialog.py" line="340"/>
        <source>&amp;Reserve numbers for a laptop…</source>
        <translation>为笔记本预留文号(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>OfficerDialog</name>
    <message>
        <location filename="../../ui/widgets/officer_dialog.py" line="61"/>
        <source>Add officer</source>
        <translation>添加执法人员</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/officer_dialog.py" line="62"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/officer_dialog.py" line="62"/>
        <source>Certificate no.</source>
        <translation>执法证号</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/officer_dialog.py" line="62"/>
        <source>Agency</source>
        <translation>执法机构</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/officer_dialog.py" line="62"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/officer_dialog.py" line="65"/>
        <source>Law enforcement certificate number</source>
        <translation>行政执法证件号</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/officer_dialog.py" line="66"/>
        <source>Set up an agency first</source>
        <translation>请先设置执法机构</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/officer_dialog.py" line="82"/>
        <source>Please fill in every field.</source>
        <translation>请填写所有字段。</translation>
    </message>
</context>
<context>
    <name>PairLaptopDialog</name>
    <message>
        <location filename="../../ui/widgets/pair_dialog.py" line="118"/>
        <source>Choose who you are first.</source>
        <translation>请先选择您是谁。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pair_dialog.py" line="173"/>
        <source>Paired: {0}. Check that the new laptop shows this code; if it does not, revoke it.</source>
        <translation>已配对：{0}。请确认新笔记本显示的识别码与此相同；如不相同，请撤销该笔记本。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pair_dialog.py" line="185"/>
        <source>The code is no longer valid. Open a new pairing.</source>
        <translation>配对码已失效，请重新生成配对码。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pair_dialog.py" line="201"/>
        <source>Revoked. Sync with the hub now so that it refuses that laptop too.</source>
        <translation>已撤销。请立即与同步服务器同步，使同步服务器也拒绝该笔记本。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pair_dialog.py" line="214"/>
        <source>Pair a new laptop via the hub</source>
        <translation>通过同步服务器配对新笔记本</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pair_dialog.py" line="217"/>
        <source>The new laptop chooses “Join an existing team…” at its first start and types the code shown here. The hub enrols it in your name.</source>
        <translation>新笔记本首次启动时选择“加入已有团队…”，并输入此处显示的配对码。同步服务器将以您的名义登记该笔记本。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pair_dialog.py" line="221"/>
        <source>Office hub</source>
        <translation>办公室同步服务器</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pair_dialog.py" line="222"/>
        <source>Show a code</source>
        <translation>生成配对码</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pair_dialog.py" line="226"/>
        <source>Read this code to the new laptop&apos;s user: valid for 10 minutes, for one laptop. The hub&apos;s code, which the new laptop shows too: {0}</source>
        <translation>请将此配对码告知新笔记本的使用人：10 分钟内有效，仅限一台笔记本。新笔记本上也会显示同步服务器识别码：{0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pair_dialog.py" line="230"/>
        <source>Codes differ: revoke it</source>
        <translation>识别码不一致：撤销</translation>
    </message>
</context>
<context>
    <name>PartyDialog</name>
    <message>
        <location filename="../../ui/widgets/party_dialog.py" line="42"/>
        <source>New party</source>
        <translation>新建当事人</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/party_dialog.py" line="44"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/party_dialog.py" line="45"/>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/party_dialog.py" line="46"/>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/party_dialog.py" line="47"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/party_dialog.py" line="52"/>
        <source>18 characters, e.g. 91350100M000100Y43</source>
        <translation>18位，例如 91350100M000100Y43</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/party_dialog.py" line="65"/>
        <source>The party needs a name.</source>
        <translation>请填写当事人名称。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/party_dialog.py" line="69"/>
        <source>Choose who you are first in the “Current officer” box of the toolbar.</source>
        <translation>请先在工具栏的“当前执法人员”框中选择您是谁。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/party_dialog.py" line="48"/>
        <source>Region (GB/T 2260)</source>
        <translation>行政区划（GB/T 2260）</translation>
    </message>
</context>
<context>
    <name>PartyPicker</name>
    <message>
        <location filename="../../ui/widgets/party_picker.py" line="73"/>
        <source>Search by name or credit code</source>
        <translation>按名称或统一社会信用代码搜索</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/party_picker.py" line="74"/>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/party_picker.py" line="75"/>
        <source>Create a party on the spot</source>
        <translation>现场新建当事人</translation>
    </message>
</context>
<context>
    <name>PartySignatureDialog</name>
    <message>
        <location filename="../../ui/widgets/documents/party_signature_dialog.py" line="221"/>
        <source>Party&apos;s signature</source>
        <translation>当事人签名</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/party_signature_dialog.py" line="222"/>
        <source>Let the party read the whole record before signing.</source>
        <translation>请当事人阅读笔录全文后签名。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/party_signature_dialog.py" line="223"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/party_signature_dialog.py" line="224"/>
        <source>The party refuses to sign</source>
        <translation>当事人拒绝签名</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/party_signature_dialog.py" line="225"/>
        <source>Undo stroke</source>
        <translation>撤销一笔</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/party_signature_dialog.py" line="226"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
</context>
<context>
    <name>PathField</name>
    <message>
        <location filename="../../ui/widgets/documents/common.py" line="181"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
</context>
<context>
    <name>PatrolDialog</name>
    <message>
        <location filename="../../ui/widgets/patrol_dialog.py" line="82"/>
        <source>New patrol</source>
        <translation>新建巡查</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/patrol_dialog.py" line="83"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/patrol_dialog.py" line="83"/>
        <source>Basin</source>
        <translation>流域</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/patrol_dialog.py" line="83"/>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/patrol_dialog.py" line="83"/>
        <source>Officers</source>
        <translation>执法人员</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/patrol_dialog.py" line="88"/>
        <source>e.g. Chuanshan district, right bank</source>
        <translation>例如：船山区 右岸</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/patrol_dialog.py" line="89"/>
        <source>Choose the basin</source>
        <translation>请选择流域</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/patrol_dialog.py" line="102"/>
        <source>Tick at least one officer.</source>
        <translation>请至少勾选一名执法人员。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/patrol_dialog.py" line="106"/>
        <source>Choose who you are first in the “Current officer” box of the toolbar.</source>
        <translation>请先在工具栏的“当前执法人员”框中选择您是谁。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/patrol_dialog.py" line="110"/>
        <source>Choose the basin of the patrol.</source>
        <translation>请选择本次巡查的流域。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/patrol_dialog.py" line="82"/>
        <source>Edit patrol</source>
        <translation>编辑巡查</translation>
    </message>
</context>
<context>
    <name>PhotoEvidenceBar</name>
    <message>
        <location filename="../../ui/widgets/photo_evidence_bar.py" line="168"/>
        <location filename="../../ui/widgets/photo_evidence_bar.py" line="239"/>
        <source>Marks saved</source>
        <translation>标注已保存</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/photo_evidence_bar.py" line="206"/>
        <location filename="../../ui/widgets/photo_evidence_bar.py" line="239"/>
        <source>Marks not saved yet</source>
        <translation>标注尚未保存</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/photo_evidence_bar.py" line="211"/>
        <source>Text on the photo</source>
        <translation>照片上的文字</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/photo_evidence_bar.py" line="211"/>
        <source>Words (at most {0}):</source>
        <translation>文字（最多 {0} 个字）：</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/photo_evidence_bar.py" line="220"/>
        <source>What this photo shows (printed in the decision&apos;s evidence list)</source>
        <translation>照片证明的内容（打印在决定书的证据清单中）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/photo_evidence_bar.py" line="222"/>
        <source>◀ Earlier</source>
        <translation>◀ 前移</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/photo_evidence_bar.py" line="223"/>
        <source>Earlier in the evidence order</source>
        <translation>在证据顺序中前移</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/photo_evidence_bar.py" line="224"/>
        <source>Later ▶</source>
        <translation>后移 ▶</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/photo_evidence_bar.py" line="225"/>
        <source>Later in the evidence order</source>
        <translation>在证据顺序中后移</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/photo_evidence_bar.py" line="227"/>
        <source>Arrow</source>
        <translation>箭头</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/photo_evidence_bar.py" line="228"/>
        <source>Ellipse</source>
        <translation>圆圈</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/photo_evidence_bar.py" line="229"/>
        <source>Box</source>
        <translation>方框</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/photo_evidence_bar.py" line="230"/>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/photo_evidence_bar.py" line="235"/>
        <source>Draw on the photo (red); the original file is never changed</source>
        <translation>在照片上标注（红色）；原始文件不会改动</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/photo_evidence_bar.py" line="237"/>
        <source>Undo mark</source>
        <translation>撤销标注</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <location filename="../../ui/widgets/photo_strip.py" line="251"/>
        <source>Choose who you are first in the “Current officer” box of the toolbar.</source>
        <translation>请先在工具栏的“当前执法人员”框中选择您是谁。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/photo_strip.py" line="290"/>
        <source>Evidence photos (drop files or folders here)</source>
        <translation>证据照片（可将文件或文件夹拖到此处）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/photo_strip.py" line="291"/>
        <source>Import photos…</source>
        <translation>导入照片…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/photo_strip.py" line="292"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/photo_strip.py" line="293"/>
        <source>Double-click a photo to view it full size</source>
        <translation>双击照片查看原图</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/photo_strip.py" line="306"/>
        <source>Import evidence photos</source>
        <translation>导入证据照片</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/photo_strip.py" line="308"/>
        <source>Images (*.jpg *.jpeg *.png *.heic *.heif *.tif *.tiff *.webp);;All files (*)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.heic *.heif *.tif *.tiff *.webp);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/photo_strip.py" line="65"/>
        <source>Not imported: {0}</source>
        <translation>未导入：{0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/photo_strip.py" line="359"/>
        <source>This photo&apos;s file has not arrived on this laptop yet; it is expected from the next sync.</source>
        <translation>这张照片的文件尚未到达本机，预计在下次同步时到达。</translation>
    </message>
</context>
<context>
    <name>PhotoStripModel</name>
    <message>
        <location filename="../../ui/models/photos.py" line="171"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../ui/models/photos.py" line="172"/>
        <source>no GPS</source>
        <translation>无GPS</translation>
    </message>
    <message>
        <location filename="../../ui/models/photos.py" line="176"/>
        <source>Taken: {0}</source>
        <translation>拍摄时间：{0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/photos.py" line="179"/>
        <source>GPS: {0}</source>
        <translation>GPS：{0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/photos.py" line="166"/>
        <location filename="../../ui/models/photos.py" line="180"/>
        <source>SHA-256: {0}</source>
        <translation>SHA-256：{0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/photos.py" line="144"/>
        <source>Expected: not received</source>
        <translation>待收：尚未收到</translation>
    </message>
    <message>
        <location filename="../../ui/models/photos.py" line="159"/>
        <source>Missing evidence: this photo&apos;s file has not arrived on this laptop yet. It is expected from the next sync with the laptop that took it.</source>
        <translation>缺失证据：这张照片的文件尚未到达本机，预计在与拍摄它的笔记本下次同步时到达。</translation>
    </message>
    <message>
        <location filename="../../ui/models/photos.py" line="184"/>
        <source>File: {0}</source>
        <translation>文件：{0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/photos.py" line="190"/>
        <source>Damaged: the file is incomplete</source>
        <translation>已损坏：文件不完整</translation>
    </message>
    <message>
        <location filename="../../ui/models/photos.py" line="196"/>
        <source>Missing evidence</source>
        <translation>缺失证据</translation>
    </message>
    <message>
        <location filename="../../ui/models/photos.py" line="202"/>
        <source>Damaged photo</source>
        <translation>照片已损坏</translation>
    </message>
    <message>
        <location filename="../../ui/models/photos.py" line="203"/>
        <source>file incomplete</source>
        <translation>文件不完整</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <location filename="../../ui/widgets/photo_viewer.py" line="184"/>
        <source>This photo is damaged: its file is incomplete and cannot be shown. The original is kept as it was received, as evidence.</source>
        <translation>此照片已损坏：文件不完整，无法显示。原始文件按收到时的状态保存，作为证据。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/photo_viewer.py" line="190"/>
        <source>Damaged photo</source>
        <translation>照片已损坏</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/photo_viewer.py" line="190"/>
        <source>file incomplete</source>
        <translation>文件不完整</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/photo_viewer.py" line="194"/>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/photo_viewer.py" line="239"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/photo_viewer.py" line="244"/>
        <source>Taken {0}</source>
        <translation>拍摄于 {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/photo_viewer.py" line="245"/>
        <source>no GPS</source>
        <translation>无 GPS</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/photo_viewer.py" line="246"/>
        <source>Camera {0}</source>
        <translation>相机 {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/photo_viewer.py" line="249"/>
        <source>DAMAGED</source>
        <translation>已损坏</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/photo_viewer.py" line="254"/>
        <source>Evidence photo</source>
        <translation>证据照片</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/photo_viewer.py" line="255"/>
        <source>◀ Previous</source>
        <translation>◀ 上一张</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/photo_viewer.py" line="256"/>
        <source>Next ▶</source>
        <translation>下一张 ▶</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/photo_viewer.py" line="289"/>
        <source>The print copy of this photo cannot be shown.</source>
        <translation>无法显示这张照片的打印副本。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/photo_viewer.py" line="257"/>
        <source>Fit</source>
        <translation>适合窗口</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/photo_viewer.py" line="258"/>
        <source>The whole photo (0); the wheel zooms, a drag pans</source>
        <translation>显示整张照片（0）；滚轮缩放，拖动平移</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/photo_viewer.py" line="259"/>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/photo_viewer.py" line="260"/>
        <source>One photo pixel per screen pixel (1)</source>
        <translation>照片像素与屏幕像素一比一（1）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/photo_viewer.py" line="261"/>
        <source>Save original…</source>
        <translation>保存原始文件…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/photo_viewer.py" line="264"/>
        <source>Save the original file, byte for byte as the camera wrote it (Ctrl+S). The copy is not encrypted: keep it as you keep paper evidence.</source>
        <translation>按相机写入时的原样逐字节保存原始文件（Ctrl+S）。保存的副本不加密：请像保管纸质证据一样保管它。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/photo_viewer.py" line="217"/>
        <source>Save the original photo as</source>
        <translation>原始照片另存为</translation>
    </message>
</context>
<context>
    <name>PkiDialog</name>
    <message>
        <location filename="../../ui/widgets/pki/pki_dialog.py" line="174"/>
        <source>Reading the certificates…</source>
        <translation>正在读取证书…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pki/pki_dialog.py" line="205"/>
        <source>Only a team lead can create the team CA.</source>
        <translation>只有组长可以创建团队 CA。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pki/pki_dialog.py" line="217"/>
        <source>Select the officer to issue a certificate to.</source>
        <translation>请选择要签发证书的执法人员。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pki/pki_dialog.py" line="220"/>
        <source>Only a team lead issues certificates.</source>
        <translation>只有组长可以签发证书。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pki/pki_dialog.py" line="274"/>
        <source>This laptop does not hold the team CA key: certificates are issued on the laptop where the team CA was created.</source>
        <translation>本机没有团队 CA 私钥：证书须在创建团队 CA 的那台笔记本上签发。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pki/pki_dialog.py" line="281"/>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pki/pki_dialog.py" line="287"/>
        <source>The team has no certificate authority (CA) yet.</source>
        <translation>本队还没有证书颁发机构（CA）。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pki/pki_dialog.py" line="291"/>
        <source>Create it once, on the team lead&apos;s laptop that will issue the officers&apos; certificates; documents are trusted when their signer&apos;s certificate comes from it.</source>
        <translation>请在负责签发执法人员证书的组长笔记本上创建一次；签名人的证书由它签发的文书才受信任。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pki/pki_dialog.py" line="304"/>
        <source>SHA-256 fingerprint {0} · valid until {1}</source>
        <translation>SHA-256 指纹 {0} · 有效期至 {1}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pki/pki_dialog.py" line="315"/>
        <source>This laptop holds the CA key (encrypted): issue the officers&apos; certificates here.</source>
        <translation>本机持有 CA 私钥（已加密）：执法人员的证书在本机签发。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pki/pki_dialog.py" line="345"/>
        <source>Only a team lead can do this.</source>
        <translation>只有组长可以执行此操作。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pki/pki_dialog.py" line="347"/>
        <source>This laptop already holds the team CA key; the team needs only one.</source>
        <translation>本机已持有团队 CA 私钥；全队只需要一个。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pki/pki_dialog.py" line="355"/>
        <source>Team certificates</source>
        <translation>证书管理</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pki/pki_dialog.py" line="356"/>
        <source>Team certificate authority (CA)</source>
        <translation>团队证书颁发机构（CA）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pki/pki_dialog.py" line="357"/>
        <source>Officers&apos; signing certificates</source>
        <translation>执法人员签名证书</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pki/pki_dialog.py" line="358"/>
        <source>&amp;Create team CA…</source>
        <translation>创建团队 CA(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pki/pki_dialog.py" line="359"/>
        <source>&amp;Issue certificate…</source>
        <translation>签发证书(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pki/pki_dialog.py" line="360"/>
        <source>I&amp;mport certificate…</source>
        <translation>导入证书(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pki/pki_dialog.py" line="364"/>
        <source>Issue a certificate to the selected officer and give them the .p12 file: they import it on their own laptop (Documents ▸ Import certificate…).</source>
        <translation>为选中的执法人员签发证书，并把 .p12 文件交给本人：由其在自己的笔记本上导入（文书 ▸ 导入证书…）。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pki/pki_dialog.py" line="247"/>
        <source>Select an officer who has a certificate.</source>
        <translation>请选择已有证书的执法人员。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pki/pki_dialog.py" line="250"/>
        <source>Only a team lead revokes certificates.</source>
        <translation>只有组长可以吊销证书。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pki/pki_dialog.py" line="361"/>
        <source>&amp;Revoke…</source>
        <translation>吊销(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>PlausibilityPanel</name>
    <message>
        <location filename="../../ui/widgets/plausibility_panel.py" line="209"/>
        <source>Use the photo&apos;s position</source>
        <translation>采用照片位置</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/plausibility_panel.py" line="211"/>
        <source>Set the finding&apos;s position from the GPS of one of its photos</source>
        <translation>以某张证据照片的卫星定位位置作为问题位置</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/plausibility_panel.py" line="239"/>
        <source>⚠ Check the evidence ({0}):</source>
        <translation>⚠ 请核查证据（{0} 条提示）：</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/plausibility_panel.py" line="242"/>
        <source>Evidence checks: every warning accepted</source>
        <translation>证据核查：所有提示均已确认</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/plausibility_panel.py" line="253"/>
        <source>Accept…</source>
        <translation>确认…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/plausibility_panel.py" line="265"/>
        <source>Accepted by {0}: {1} ({2})</source>
        <translation>{0} 已确认：{1}（{2}）</translation>
    </message>
</context>
<context>
    <name>ProtectionChoiceDialog</name>
    <message>
        <location filename="../../ui/widgets/protection_choice.py" line="137"/>
        <source>Protect this laptop&apos;s data</source>
        <translation>保护本机数据</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/protection_choice.py" line="138"/>
        <source>How should this laptop keep its data?</source>
        <translation>本机数据如何保存？</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/protection_choice.py" line="141"/>
        <source>A new data folder will be made here. Laptops get lost: encrypted, its records, photos and keys are of no use to whoever finds it.</source>
        <translation>将在此处新建数据文件夹。笔记本电脑可能遗失：加密后，拾得者无法利用其中的记录、照片和密钥。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/protection_choice.py" line="145"/>
        <source>&amp;Encrypt this laptop&apos;s data (recommended)</source>
        <translation>加密本机数据（推荐）(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/protection_choice.py" line="157"/>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/protection_choice.py" line="157"/>
        <source>Passphrase again</source>
        <translation>再次输入口令</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/protection_choice.py" line="169"/>
        <source>&amp;No encryption — training laptop only</source>
        <translation>不加密 — 仅限培训用笔记本(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/protection_choice.py" line="172"/>
        <source>Anyone who has this laptop, its disk or a copy of the folder can read every record and photo. Use it only for training with made-up cases; the status bar will always say that the data is not encrypted.</source>
        <translation>任何人拿到本机、其硬盘或该文件夹的副本，都能读取全部记录和照片。仅限使用虚构案例进行培训；状态栏将始终显示数据未加密。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/protection_choice.py" line="187"/>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/protection_choice.py" line="189"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/protection_choice.py" line="164"/>
        <source>At least {0} characters; a few words are easier to remember than a code. The app asks for it at every start and after {1} minutes without use. If it is forgotten, your team lead&apos;s recovery key opens the data again.</source>
        <translation>至少 {0} 个字符；几个词语组成的口令比一串代码更好记。每次启动以及闲置 {1} 分钟后都需要输入口令。如果忘记口令，可由组长使用恢复密钥重新打开数据。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/protection_choice.py" line="147"/>
        <source>This laptop&apos;s data is not encrypted yet</source>
        <translation>本机数据尚未加密</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/protection_choice.py" line="150"/>
        <source>An older version wrote it unencrypted. Encrypt it now: a copy is made and checked first, then the store and every photo are encrypted in place (seconds; a minute or two for a very large store). Nothing is lost if the laptop is switched off meanwhile.</source>
        <translation>这些数据由旧版本以未加密方式写入。请现在加密：先制作并核对一份副本，再就地加密数据库和全部照片（几秒钟；数据量很大时需一两分钟）。其间即使关机，也不会丢失任何数据。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/protection_choice.py" line="156"/>
        <source>&amp;Encrypt it now (recommended)</source>
        <translation>立即加密（推荐）(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/protection_choice.py" line="178"/>
        <source>&amp;Not now</source>
        <translation>暂不加密(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/protection_choice.py" line="181"/>
        <source>The data stays readable to anyone who has this laptop or a copy of the folder. The app asks again at the next start; the status bar says it is not encrypted.</source>
        <translation>任何拿到本机或该文件夹副本的人都能读取这些数据。下次启动时将再次询问；状态栏会显示数据未加密。</translation>
    </message>
</context>
<context>
    <name>ProtectionStatus</name>
    <message>
        <location filename="../../ui/widgets/protection_status.py" line="121"/>
        <source>Change &amp;passphrase…</source>
        <translation>更改口令(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/protection_status.py" line="122"/>
        <source>&amp;Auto-lock…</source>
        <translation>自动锁定(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/protection_status.py" line="123"/>
        <source>&amp;Lock now</source>
        <translation>立即锁定(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/protection_status.py" line="125"/>
        <source>Encrypted</source>
        <translation>已加密</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/protection_status.py" line="165"/>
        <source>The passphrase was changed.</source>
        <translation>口令已更改。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/protection_status.py" line="132"/>
        <source>Not encrypted (training laptop)</source>
        <translation>未加密（培训用机）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/protection_status.py" line="134"/>
        <source>Not encrypted — the app offers it at the next start</source>
        <translation>未加密——下次启动时将提示加密</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../ui/i18n.py" line="47"/>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="48"/>
        <source>Drive</source>
        <translation>驱动器</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../ui/i18n.py" line="43"/>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="44"/>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="../../ui/i18n.py" line="45"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../ui/widgets/recovery_dialog.py" line="130"/>
        <source>Recover with the team&apos;s recovery key</source>
        <translation>用团队恢复密钥恢复</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recovery_dialog.py" line="133"/>
        <source>For the team lead: choose the team&apos;s recovery key file and type its passphrase. Then the officer chooses a new passphrase for this laptop. Records and photos stay as they are.</source>
        <translation>由组长操作：选择团队恢复密钥文件并输入其口令；再由执法人员为本机设置新口令。记录和照片保持原样。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recovery_dialog.py" line="139"/>
        <source>Recovery key file</source>
        <translation>恢复密钥文件</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recovery_dialog.py" line="140"/>
        <source>Its passphrase</source>
        <translation>恢复密钥口令</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recovery_dialog.py" line="141"/>
        <source>New passphrase</source>
        <translation>新口令</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recovery_dialog.py" line="142"/>
        <source>New passphrase again</source>
        <translation>再次输入新口令</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recovery_dialog.py" line="148"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recovery_dialog.py" line="153"/>
        <source>Recover</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recovery_dialog.py" line="164"/>
        <source>The team&apos;s recovery key file</source>
        <translation>团队恢复密钥文件</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recovery_dialog.py" line="166"/>
        <source>Recovery key (*.pem);;All files (*)</source>
        <translation>恢复密钥 (*.pem);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/recovery_dialog.py" line="151"/>
        <source>at least {0} characters</source>
        <translation>至少 {0} 个字符</translation>
    </message>
</context>
<context>
    <name>RefusalPanel</name>
    <message>
        <location filename="../../ui/widgets/documents/refusal_panel.py" line="184"/>
        <source>Reason for refusing to accept</source>
        <translation>拒收事由</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/refusal_panel.py" line="186"/>
        <source>Reason for refusing to sign</source>
        <translation>拒签事由</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/refusal_panel.py" line="187"/>
        <source>What the person said, in their words</source>
        <translation>如实记录当事人所述理由</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/refusal_panel.py" line="188"/>
        <source>Witness</source>
        <translation>见证人</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/refusal_panel.py" line="189"/>
        <source>Witness&apos;s unit or identity</source>
        <translation>见证人单位或身份</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/refusal_panel.py" line="191"/>
        <source>e.g. director of the village committee, neighbouring business owner</source>
        <translation>如：村民委员会主任、相邻企业负责人</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/refusal_panel.py" line="193"/>
        <source>Witness&apos;s signature</source>
        <translation>见证人签名</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/refusal_panel.py" line="194"/>
        <source>Undo stroke</source>
        <translation>撤销一笔</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/refusal_panel.py" line="195"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
</context>
<context>
    <name>RegionPicker</name>
    <message>
        <location filename="../../ui/widgets/region_picker.py" line="113"/>
        <source>“{0}” is not a region: choose one from the list or type its six-digit GB/T 2260 code (e.g. 510900).</source>
        <translation>“{0}”不是行政区划：请从列表中选择，或输入六位 GB/T 2260 行政区划代码（如 510900）。</translation>
    </message>
</context>
<context>
    <name>ReserveNumbersDialog</name>
    <message>
        <location filename="../../ui/widgets/reserve_numbers_dialog.py" line="123"/>
        <source>Reserving the numbers…</source>
        <translation>正在预留文号…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reserve_numbers_dialog.py" line="136"/>
        <source>Reserve document numbers</source>
        <translation>预留文号</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reserve_numbers_dialog.py" line="138"/>
        <source>Numbers of &lt;b&gt;{0}&lt;/b&gt; ({1}) for {2}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;（{1}）{2} 年的文号</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reserve_numbers_dialog.py" line="142"/>
        <source>&amp;Laptop</source>
        <translation>笔记本(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reserve_numbers_dialog.py" line="142"/>
        <source>&amp;How many</source>
        <translation>数量(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reserve_numbers_dialog.py" line="145"/>
        <source> numbers</source>
        <translation> 个</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reserve_numbers_dialog.py" line="148"/>
        <source>The next free numbers of the year are given to that laptop as one block. It can issue with them after the next sync; numbers it does not use are never given to another laptop.</source>
        <translation>本年度接下来的空闲文号将作为一段分给那台笔记本。下次同步后它即可用这些文号签发；它没用完的文号也不会再分给别的笔记本。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reserve_numbers_dialog.py" line="153"/>
        <source>Reserve</source>
        <translation>预留</translation>
    </message>
</context>
<context>
    <name>RevokeCertificateDialog</name>
    <message>
        <location filename="../../ui/widgets/pki/revoke_dialog.py" line="113"/>
        <source>Enter the CA key&apos;s passphrase: the revocation list is made here.</source>
        <translation>请输入 CA 密钥口令：证书吊销列表将在本机生成。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pki/revoke_dialog.py" line="126"/>
        <source>Revoking the certificate…</source>
        <translation>正在吊销证书…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pki/revoke_dialog.py" line="135"/>
        <source>Revoked. Revocation list no. {0} made; it reaches the team with the next sync.</source>
        <translation>已吊销。已生成第{0}号证书吊销列表，下次同步时送达全队。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pki/revoke_dialog.py" line="139"/>
        <source>Revoked; the revocation reaches the team with the next sync.</source>
        <translation>已吊销；吊销记录将在下次同步时送达全队。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pki/revoke_dialog.py" line="156"/>
        <source>Revoke a certificate</source>
        <translation>吊销证书</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pki/revoke_dialog.py" line="159"/>
        <source>Revoke the signing certificate of {0}</source>
        <translation>吊销{0}的签名证书</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pki/revoke_dialog.py" line="161"/>
        <source>SHA-256 fingerprint {0}</source>
        <translation>SHA-256 指纹 {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pki/revoke_dialog.py" line="165"/>
        <source>A revocation is final. Documents signed after it are no longer valid; documents with a timestamp from before it stay valid.</source>
        <translation>吊销后不可撤回。此后签署的文书不再有效；带有吊销之前时间戳的文书仍然有效。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pki/revoke_dialog.py" line="172"/>
        <source>Unspecified</source>
        <translation>未说明原因</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pki/revoke_dialog.py" line="173"/>
        <source>Key compromise (laptop or key file lost)</source>
        <translation>密钥泄露（电脑或密钥文件丢失）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pki/revoke_dialog.py" line="174"/>
        <source>Left the agency</source>
        <translation>已调离本单位</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pki/revoke_dialog.py" line="175"/>
        <source>Replaced by a new certificate</source>
        <translation>已由新证书替换</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pki/revoke_dialog.py" line="176"/>
        <source>No longer needed</source>
        <translation>不再使用</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pki/revoke_dialog.py" line="182"/>
        <source>Reason</source>
        <translation>吊销原因</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pki/revoke_dialog.py" line="185"/>
        <source>CA key passphrase</source>
        <translation>CA 密钥口令</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pki/revoke_dialog.py" line="187"/>
        <source>This laptop holds the team CA key: a fresh revocation list (CRL) is made too.</source>
        <translation>本机存有团队 CA 密钥：将同时生成新的证书吊销列表（CRL）。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pki/revoke_dialog.py" line="190"/>
        <source>This laptop does not hold the team CA key: the revocation list (CRL) is made on the laptop where the team CA was created.</source>
        <translation>本机没有团队 CA 密钥：证书吊销列表（CRL）须在创建团队 CA 的电脑上生成。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pki/revoke_dialog.py" line="194"/>
        <source>&amp;Revoke</source>
        <translation>吊销(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ServiceDetails</name>
    <message>
        <location filename="../../ui/widgets/documents/service_details.py" line="178"/>
        <source>Served on the day it was signed for</source>
        <translation>以签收邮件之日为送达日期</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/service_details.py" line="179"/>
        <source>The body entrusted with the service</source>
        <translation>受委托代为送达的单位</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/service_details.py" line="180"/>
        <source>E-mail, fax or other address</source>
        <translation>电子邮箱、传真或其他地址</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/service_details.py" line="181"/>
        <source>Optional when a witness signs</source>
        <translation>有见证人签名时可不提供</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/service_details.py" line="169"/>
        <source>Tracking number</source>
        <translation>邮件号</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/service_details.py" line="170"/>
        <source>Entrusted to</source>
        <translation>受委托单位</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/service_details.py" line="171"/>
        <source>E-address agreed</source>
        <translation>确认的送达地址</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/service_details.py" line="171"/>
        <source>Written consent (scan)</source>
        <translation>书面同意（扫描件）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/service_details.py" line="172"/>
        <source>Published on</source>
        <translation>公告发布日期</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/service_details.py" line="172"/>
        <source>Waiting period (days)</source>
        <translation>公告期（日）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/service_details.py" line="173"/>
        <source>Photo/video of leaving it</source>
        <translation>留置过程照片或录像</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/service_details.py" line="153"/>
        <source>Public notice running (公告中): served on {0}.</source>
        <translation>公告中：{0}视为送达。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/service_details.py" line="155"/>
        <source>Deemed served on {0}.</source>
        <translation>{0}视为送达。</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <location filename="../../ui/widgets/documents/service_dialog.py" line="254"/>
        <source>Name the recipient (受送达人).</source>
        <translation>请填写受送达人。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/service_dialog.py" line="256"/>
        <source>Tick the officer(s) who served the notice.</source>
        <translation>请勾选送达人。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/service_dialog.py" line="268"/>
        <source>Type the passphrase of your signing certificate.</source>
        <translation>请输入您签名证书的口令。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/service_dialog.py" line="258"/>
        <source>Only an officer who served the notice can sign the receipt.</source>
        <translation>只有送达人可以签署送达回证。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/service_dialog.py" line="300"/>
        <source>Recording the service…</source>
        <translation>正在登记送达…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/service_dialog.py" line="309"/>
        <source>Service recorded; receipt signed (SHA-256 {0}).</source>
        <translation>送达已登记；送达回证已签署（SHA-256 {0}）。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/service_dialog.py" line="348"/>
        <location filename="../../ui/widgets/documents/service_dialog.py" line="382"/>
        <source>Record service</source>
        <translation>登记送达</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/service_dialog.py" line="350"/>
        <source>Serve &lt;b&gt;{0}&lt;/b&gt; on {1}</source>
        <translation>向{1}送达 &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/service_dialog.py" line="351"/>
        <source>the notice</source>
        <translation>决定书</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/service_dialog.py" line="360"/>
        <source>Method</source>
        <translation>送达方式</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/service_dialog.py" line="361"/>
        <source>Served at</source>
        <translation>送达时间</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/service_dialog.py" line="362"/>
        <source>Recipient</source>
        <translation>受送达人</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/service_dialog.py" line="364"/>
        <source>Address</source>
        <translation>送达地点</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/service_dialog.py" line="365"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/service_dialog.py" line="366"/>
        <source>Served by</source>
        <translation>送达人</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/service_dialog.py" line="370"/>
        <source>Recipient&apos;s signature</source>
        <translation>受送达人签名</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/service_dialog.py" line="371"/>
        <source>Undo stroke</source>
        <translation>撤销一笔</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/service_dialog.py" line="372"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/service_dialog.py" line="373"/>
        <source>Refused to sign</source>
        <translation>拒绝签名</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/service_dialog.py" line="380"/>
        <source>Sign the receipt now</source>
        <translation>立即签署送达回证</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/service_dialog.py" line="381"/>
        <source>Passphrase of your signing certificate</source>
        <translation>签名证书口令</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/service_dialog.py" line="390"/>
        <location filename="../../cli/human.py" line="137"/>
        <source>The party (本人)</source>
        <translation>本人</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/service_dialog.py" line="391"/>
        <location filename="../../cli/human.py" line="138"/>
        <source>Legal representative / person in charge</source>
        <translation>法定代表人（负责人）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/service_dialog.py" line="394"/>
        <location filename="../../cli/human.py" line="141"/>
        <source>Authorised agent</source>
        <translation>授权委托人</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/service_dialog.py" line="397"/>
        <location filename="../../cli/human.py" line="142"/>
        <source>Adult family member living with the party</source>
        <translation>同住成年家属</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/service_dialog.py" line="400"/>
        <location filename="../../cli/human.py" line="145"/>
        <source>Mail room / receiving office</source>
        <translation>收发部门（收发室）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/service_dialog.py" line="403"/>
        <location filename="../../cli/human.py" line="146"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/service_dialog.py" line="356"/>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/service_dialog.py" line="363"/>
        <source>Relation to the party</source>
        <translation>与当事人关系</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/service_dialog.py" line="376"/>
        <source>Nobody signs on the spot for this method: the receipt records the method&apos;s details (tracking number, consent, publication) instead.</source>
        <translation>此送达方式无现场签名，送达回证改为记载该方式的有关情况（邮件号、书面同意、公告发布情况）。</translation>
    </message>
</context>
<context>
    <name>SetAsideDialog</name>
    <message>
        <location filename="../../ui/widgets/set_aside_dialog.py" line="182"/>
        <source>Checking again…</source>
        <translation>正在重新检查…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/set_aside_dialog.py" line="192"/>
        <source>Changes set aside</source>
        <translation>未应用的变更</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/set_aside_dialog.py" line="195"/>
        <source>These changes reached this laptop and are kept, but were not applied: some need a newer version of the app, some break a rule, some wait for other records to arrive. They are not lost, and those kept in the change log go on to the office with every sync. Select one to see why and what happens next.</source>
        <translation>这些变更已到达本机并已保存，但未应用：有的需要更新版本的程序，有的违反规则，有的在等待其他记录到达。它们不会丢失，保存在变更日志中的会随每次同步继续发送到办公室。选中一项可查看原因和后续处理。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/set_aside_dialog.py" line="201"/>
        <source>Nothing set aside</source>
        <translation>没有未应用的变更</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/set_aside_dialog.py" line="204"/>
        <source>Every change that reached this laptop has been applied. When a sync brings a change this laptop cannot apply yet — one that needs a newer version of the app, breaks a rule or waits for another record — it is kept and listed here, with the reason and what happens next.</source>
        <translation>到达本机的所有变更都已应用。如果同步带来本机暂时无法应用的变更——需要更新版本的程序、违反规则或在等待其他记录——它会被保存并列在这里，同时说明原因和后续处理。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/set_aside_dialog.py" line="210"/>
        <source>Check &amp;again</source>
        <translation>重新检查(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/set_aside_dialog.py" line="213"/>
        <source>Judge every change set aside again with the rules and records on this laptop now, and apply those that pass.</source>
        <translation>按本机现有的规则和记录重新判断每一项未应用的变更，符合的即予应用。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/set_aside_dialog.py" line="285"/>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/set_aside_dialog.py" line="291"/>
        <source>1 change set aside.</source>
        <translation>有 1 项变更未应用。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/set_aside_dialog.py" line="292"/>
        <source>{0} changes set aside.</source>
        <translation>有 {0} 项变更未应用。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/set_aside_dialog.py" line="294"/>
        <source>Checked again: nothing could be applied yet.</source>
        <translation>重新检查完毕：暂时没有可以应用的变更。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/set_aside_dialog.py" line="296"/>
        <source>Checked again: 1 change was applied.</source>
        <translation>重新检查完毕：已应用 1 项变更。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/set_aside_dialog.py" line="298"/>
        <source>Checked again: {0} changes were applied.</source>
        <translation>重新检查完毕：已应用 {0} 项变更。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/set_aside_dialog.py" line="302"/>
        <source>1 is still set aside.</source>
        <translation>仍有 1 项未应用。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/set_aside_dialog.py" line="304"/>
        <source>{0} are still set aside.</source>
        <translation>仍有 {0} 项未应用。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/set_aside_dialog.py" line="306"/>
        <source>{0} {1}</source>
        <comment>what was applied, then what is left</comment>
        <translation>{0}{1}</translation>
    </message>
</context>
<context>
    <name>SetAsideTableModel</name>
    <message>
        <location filename="../../ui/models/set_aside.py" line="41"/>
        <source>Update the app on this laptop: the change is applied then.</source>
        <translation>请更新本机的程序，更新后即会应用。</translation>
    </message>
    <message>
        <location filename="../../ui/models/set_aside.py" line="44"/>
        <source>Nothing to do: it is applied by itself once what it waits for arrives with a sync.</source>
        <translation>无需操作：所等待的内容随同步到达后，会自动应用。</translation>
    </message>
    <message>
        <location filename="../../ui/models/set_aside.py" line="48"/>
        <source>It will not be applied. If the change is needed, the officer makes it again in the app.</source>
        <translation>该变更不会被应用。如仍需要，请录入人在程序中重新录入。</translation>
    </message>
    <message>
        <location filename="../../ui/models/set_aside.py" line="52"/>
        <source>Follow the recovery steps on that laptop (reset it, then a team lead enrols it again): its changes then arrive under a new identity.</source>
        <translation>请在该笔记本上按恢复步骤操作（重置后由组长重新登记），之后它的变更会以新身份到达。</translation>
    </message>
    <message>
        <location filename="../../ui/models/set_aside.py" line="57"/>
        <source>It is never applied and not passed on; it stays here as evidence. Nothing to do.</source>
        <translation>该变更永远不会被应用，也不会转发，仅作为证据保留在本机。无需操作。</translation>
    </message>
    <message>
        <location filename="../../ui/models/set_aside.py" line="63"/>
        <source>Written by a newer version of the app</source>
        <translation>由更新版本的程序写入</translation>
    </message>
    <message>
        <location filename="../../ui/models/set_aside.py" line="67"/>
        <source>A kind of change this version does not know</source>
        <translation>本版本不认识的变更类型</translation>
    </message>
    <message>
        <location filename="../../ui/models/set_aside.py" line="71"/>
        <source>A kind of record this version does not know</source>
        <translation>本版本不认识的记录类型</translation>
    </message>
    <message>
        <location filename="../../ui/models/set_aside.py" line="75"/>
        <source>A field this version does not know</source>
        <translation>本版本不认识的字段</translation>
    </message>
    <message>
        <location filename="../../ui/models/set_aside.py" line="79"/>
        <source>Breaks a rule: a value is not allowed</source>
        <translation>违反规则：取值不允许</translation>
    </message>
    <message>
        <location filename="../../ui/models/set_aside.py" line="83"/>
        <source>Not allowed in the record&apos;s current state</source>
        <translation>记录当前状态不允许此变更</translation>
    </message>
    <message>
        <location filename="../../ui/models/set_aside.py" line="87"/>
        <source>Waiting for the officer&apos;s record</source>
        <translation>等待执法人员记录到达</translation>
    </message>
    <message>
        <location filename="../../ui/models/set_aside.py" line="91"/>
        <source>Waiting for the record it changes</source>
        <translation>等待所修改的记录到达</translation>
    </message>
    <message>
        <location filename="../../ui/models/set_aside.py" line="94"/>
        <source>Waiting for an earlier change</source>
        <translation>等待更早的变更到达</translation>
    </message>
    <message>
        <location filename="../../ui/models/set_aside.py" line="96"/>
        <source>Needs a team lead</source>
        <translation>需要组长权限</translation>
    </message>
    <message>
        <location filename="../../ui/models/set_aside.py" line="97"/>
        <source>Applied once a record arrives showing its officer was a team lead when it was written; otherwise it stays set aside.</source>
        <translation>待有记录表明写入时该执法人员是组长，即会应用；否则保持未应用。</translation>
    </message>
    <message>
        <location filename="../../ui/models/set_aside.py" line="112"/>
        <source>Written after its laptop was revoked</source>
        <translation>写于该笔记本被吊销之后</translation>
    </message>
    <message>
        <location filename="../../ui/models/set_aside.py" line="113"/>
        <source>A team lead revoked that laptop before this was written. Applied only if the laptop is enrolled again.</source>
        <translation>组长在此变更写入之前已吊销该笔记本。只有该笔记本重新登记后才会应用。</translation>
    </message>
    <message>
        <location filename="../../ui/models/set_aside.py" line="104"/>
        <source>Document number from the wrong laptop</source>
        <translation>文号来自无权分配的笔记本</translation>
    </message>
    <message>
        <location filename="../../ui/models/set_aside.py" line="105"/>
        <source>Document numbers are reserved on the laptop that allocates them. Applied if that allocation arrives with a sync.</source>
        <translation>文号只能在负责分配的笔记本上预留。若该分配随同步到达，即会应用。</translation>
    </message>
    <message>
        <location filename="../../ui/models/set_aside.py" line="120"/>
        <source>That laptop&apos;s history split (restored or copied)</source>
        <translation>该笔记本的记录出现分叉（从备份恢复或被复制）</translation>
    </message>
    <message>
        <location filename="../../ui/models/set_aside.py" line="124"/>
        <source>Conflicting copy of a change (restored or copied laptop)</source>
        <translation>同一变更的两个版本不一致（笔记本被恢复或复制）</translation>
    </message>
    <message>
        <location filename="../../ui/models/set_aside.py" line="131"/>
        <source>From a laptop not enrolled here</source>
        <translation>来自未在本机登记的笔记本</translation>
    </message>
    <message>
        <location filename="../../ui/models/set_aside.py" line="132"/>
        <source>A team lead enrols that laptop (Sync ▸ Enrol a replica…); its changes are then applied.</source>
        <translation>请组长登记该笔记本（同步 ▸ 登记笔记本…），之后它的变更即会应用。</translation>
    </message>
    <message>
        <location filename="../../ui/models/set_aside.py" line="139"/>
        <source>Signature does not verify (altered or forged)</source>
        <translation>签名验证失败（被篡改或伪造）</translation>
    </message>
    <message>
        <location filename="../../ui/models/set_aside.py" line="142"/>
        <source>Unreadable (damaged on the way)</source>
        <translation>无法读取（传输中损坏）</translation>
    </message>
    <message>
        <location filename="../../ui/models/set_aside.py" line="144"/>
        <source>Set aside by an earlier version of the app</source>
        <translation>由旧版本程序搁置</translation>
    </message>
    <message>
        <location filename="../../ui/models/set_aside.py" line="145"/>
        <source>Press Check again to judge it with this version.</source>
        <translation>请点击“重新检查”，用当前版本重新判断。</translation>
    </message>
    <message>
        <location filename="../../ui/models/set_aside.py" line="149"/>
        <source>Other reason</source>
        <translation>其他原因</translation>
    </message>
    <message>
        <location filename="../../ui/models/set_aside.py" line="150"/>
        <source>See the recorded reason below.</source>
        <translation>请参看下方记录的原因。</translation>
    </message>
    <message>
        <location filename="../../ui/models/set_aside.py" line="173"/>
        <source>Held</source>
        <translation>已暂存</translation>
    </message>
    <message>
        <location filename="../../ui/models/set_aside.py" line="174"/>
        <source>Quarantined</source>
        <translation>已隔离</translation>
    </message>
    <message>
        <location filename="../../ui/models/set_aside.py" line="180"/>
        <source>Held: kept in this laptop&apos;s change log and passed on with every sync, but not applied.</source>
        <translation>已暂存：保存在本机的变更日志中，随每次同步转发，但未应用。</translation>
    </message>
    <message>
        <location filename="../../ui/models/set_aside.py" line="185"/>
        <source>Quarantined: kept apart from the change log, not applied.</source>
        <translation>已隔离：与变更日志分开保存，未应用。</translation>
    </message>
    <message>
        <location filename="../../ui/models/set_aside.py" line="281"/>
        <source>this laptop</source>
        <translation>本机</translation>
    </message>
    <message>
        <location filename="../../ui/models/set_aside.py" line="294"/>
        <source>no officer</source>
        <translation>无执法人员</translation>
    </message>
    <message>
        <location filename="../../ui/models/set_aside.py" line="312"/>
        <source>Recorded reason: {0}</source>
        <translation>记录的原因：{0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/set_aside.py" line="316"/>
        <source>Record: {0} {1}, written by {2}</source>
        <translation>记录：{0} {1}，由{2}写入</translation>
    </message>
    <message>
        <location filename="../../ui/models/set_aside.py" line="326"/>
        <source>From: {0} (laptop {1}), change no. {2}</source>
        <translation>来自：{0}（笔记本 {1}），第 {2} 项变更</translation>
    </message>
    <message>
        <location filename="../../ui/models/set_aside.py" line="329"/>
        <source>From: laptop {0}, change no. {1}</source>
        <translation>来自：笔记本 {0}，第 {1} 项变更</translation>
    </message>
    <message>
        <location filename="../../ui/models/set_aside.py" line="332"/>
        <source>Change id: {0}</source>
        <translation>变更编号：{0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/set_aside.py" line="244"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/models/set_aside.py" line="248"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/models/set_aside.py" line="251"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../ui/models/set_aside.py" line="252"/>
        <source>From</source>
        <translation>来自</translation>
    </message>
    <message>
        <location filename="../../ui/models/set_aside.py" line="254"/>
        <source>Since</source>
        <translation>搁置时间</translation>
    </message>
    <message>
        <location filename="../../ui/models/set_aside.py" line="338"/>
        <source>{0}: {1}
Recorded reason: {2}
Change id: {3}</source>
        <translation>{0}：{1}
记录的原因：{2}
变更编号：{3}</translation>
    </message>
    <message>
        <location filename="../../ui/models/set_aside.py" line="344"/>
        <source>{0} #{1}</source>
        <translation>{0} #{1}</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../ui/widgets/setup_dialog.py" line="85"/>
        <source>Set up this laptop</source>
        <translation>设置本机</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/setup_dialog.py" line="93"/>
        <source>Agency</source>
        <translation>执法机构</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/setup_dialog.py" line="94"/>
        <source>You (first officer)</source>
        <translation>您本人（第一位执法人员）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/setup_dialog.py" line="96"/>
        <location filename="../../ui/widgets/setup_dialog.py" line="102"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/setup_dialog.py" line="97"/>
        <source>Short code (for notice numbers)</source>
        <translation>简称（用于文书编号）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/setup_dialog.py" line="98"/>
        <source>Region code (GB/T 2260)</source>
        <translation>行政区划代码（GB/T 2260）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/setup_dialog.py" line="102"/>
        <source>Certificate no.</source>
        <translation>执法证号</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/setup_dialog.py" line="102"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/setup_dialog.py" line="105"/>
        <source>e.g. Suining Ecology and Environment Bureau</source>
        <translation>例如：遂宁市生态环境局</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/setup_dialog.py" line="106"/>
        <source>e.g. 遂环</source>
        <translation>例如：遂环</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/setup_dialog.py" line="129"/>
        <source>Please fill in every field.</source>
        <translation>请填写所有字段。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/setup_dialog.py" line="88"/>
        <source>The first laptop of a team sets it up here. Has your office set up the team already? Then join it instead:</source>
        <translation>团队的第一台笔记本在此完成设置。如果您的办公室已设置好团队，请改为加入该团队：</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/setup_dialog.py" line="92"/>
        <source>Join an existing team…</source>
        <translation>加入已有团队…</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/widgets/help_dialogs.py" line="184"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/help_dialogs.py" line="185"/>
        <source>These keys work anywhere in the main window.</source>
        <translation>以下快捷键在主窗口中随处可用。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/help_dialogs.py" line="186"/>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/help_dialogs.py" line="186"/>
        <source>Keys</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/help_dialogs.py" line="186"/>
        <source>Menu</source>
        <translation>菜单</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <location filename="../../ui/widgets/signature_dialog.py" line="151"/>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/signature_dialog.py" line="152"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/signature_dialog.py" line="153"/>
        <source>Witness</source>
        <translation>见证人</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/signature_dialog.py" line="154"/>
        <source>Required when the signer refuses</source>
        <translation>签名人拒签时必填</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/signature_dialog.py" line="155"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/signature_dialog.py" line="156"/>
        <source>Undo stroke</source>
        <translation>撤销一笔</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/signature_dialog.py" line="157"/>
        <source>Refused to sign</source>
        <translation>拒绝签名</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../../ui/widgets/signature_pad.py" line="397"/>
        <source>Signature pad</source>
        <translation>签名板</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/signature_pad.py" line="400"/>
        <source>Sign with the mouse, a pen or a finger. Ctrl+Z removes the last stroke; Delete clears the pad.</source>
        <translation>可用鼠标、手写笔或手指签名。Ctrl+Z 撤销最后一笔，Delete 清空签名板。</translation>
    </message>
</context>
<context>
    <name>SyncMenu</name>
    <message>
        <location filename="../../ui/widgets/sync_menu.py" line="234"/>
        <source>Writing and checking the bundle…</source>
        <translation>正在写入并校验同步包…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_menu.py" line="250"/>
        <source>Import a sync bundle</source>
        <translation>导入同步包</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_menu.py" line="252"/>
        <source>Sync bundles (*.zip);;All files (*)</source>
        <translation>同步包 (*.zip);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_menu.py" line="260"/>
        <source>Checking and importing the bundle…</source>
        <translation>正在校验并导入同步包…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_menu.py" line="317"/>
        <source>S&amp;ync</source>
        <translation>同步(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_menu.py" line="318"/>
        <source>Sync with office &amp;hub…</source>
        <translation>与办公室同步服务器同步(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_menu.py" line="320"/>
        <source>Send and fetch records and photos through the office hub over the network.</source>
        <translation>通过网络经办公室同步服务器发送和取回记录与照片。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_menu.py" line="322"/>
        <source>&amp;Export bundle…</source>
        <translation>导出同步包(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_menu.py" line="323"/>
        <source>&amp;Import bundle…</source>
        <translation>导入同步包(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_menu.py" line="324"/>
        <source>&amp;Conflicts…</source>
        <translation>冲突(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_menu.py" line="325"/>
        <source>This laptop&apos;s &amp;identity</source>
        <translation>本机身份(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_menu.py" line="326"/>
        <source>E&amp;nrol a replica…</source>
        <translation>登记笔记本(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_menu.py" line="327"/>
        <source>Team leads enrol the other laptops of the team.</source>
        <translation>由组长登记本组的其他笔记本。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_menu.py" line="333"/>
        <source>Values two laptops changed at the same time; a team lead resolves them.</source>
        <translation>两台笔记本同时修改的取值；由组长裁决。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_menu.py" line="335"/>
        <source>Changes set &amp;aside…</source>
        <translation>未应用的变更(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_menu.py" line="338"/>
        <source>Changes that reached this laptop but were not applied (a newer app version, a broken rule, a record still to arrive), and why.</source>
        <translation>已到达本机但未应用的变更（需要更新版本的程序、违反规则或记录尚未到达）及其原因。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_menu.py" line="361"/>
        <source>Save the sync bundle as</source>
        <translation>同步包另存为</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_menu.py" line="363"/>
        <source>Sync bundles (*.zip)</source>
        <translation>同步包 (*.zip)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_menu.py" line="376"/>
        <location filename="../../ui/widgets/sync_menu.py" line="407"/>
        <source>Export bundle</source>
        <translation>导出同步包</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_menu.py" line="381"/>
        <location filename="../../ui/widgets/sync_menu.py" line="387"/>
        <location filename="../../ui/widgets/sync_menu.py" line="407"/>
        <source>Import bundle</source>
        <translation>导入同步包</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_menu.py" line="390"/>
        <source>Sync with the office hub</source>
        <translation>与办公室同步服务器同步</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_menu.py" line="412"/>
        <source>this laptop</source>
        <translation>本机</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_menu.py" line="423"/>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_menu.py" line="328"/>
        <source>&amp;Pair a new laptop via the hub…</source>
        <translation>通过同步服务器配对新笔记本(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_menu.py" line="330"/>
        <source>Team leads: show a short code that lets a new laptop join through the hub.</source>
        <translation>组长：生成一个短配对码，让新笔记本通过同步服务器加入团队。</translation>
    </message>
</context>
<context>
    <name>SyncSummaryDialog</name>
    <message>
        <location filename="../../ui/widgets/sync_dialogs.py" line="71"/>
        <source>Copy this laptop&apos;s id and key</source>
        <translation>复制本机编号和公钥</translation>
    </message>
</context>
<context>
    <name>ThresholdsDialog</name>
    <message>
        <location filename="../../ui/widgets/thresholds_dialog.py" line="62"/>
        <source>Thresholds</source>
        <translation>核查阈值</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/thresholds_dialog.py" line="63"/>
        <source> m</source>
        <translation> 米</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/thresholds_dialog.py" line="64"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/thresholds_dialog.py" line="66"/>
        <source>A photo is far from the site beyond</source>
        <translation>照片距检查对象超过此距离即提示</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/thresholds_dialog.py" line="67"/>
        <source>A finding without a notice is late after</source>
        <translation>问题未下达通知书超过此天数即提示</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/thresholds_dialog.py" line="71"/>
        <source>These settings belong to this laptop; they do not sync.</source>
        <translation>以上设置仅对本机有效，不会同步。</translation>
    </message>
</context>
<context>
    <name>TurnsEditor</name>
    <message>
        <location filename="../../ui/widgets/documents/turns_editor.py" line="163"/>
        <source>Question (问)</source>
        <translation>问</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/turns_editor.py" line="163"/>
        <source>Answer (答)</source>
        <translation>答</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/turns_editor.py" line="164"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/turns_editor.py" line="165"/>
        <source>Add a question and answer (Ctrl+Enter)</source>
        <translation>添加一组问答（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/turns_editor.py" line="166"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/turns_editor.py" line="167"/>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/turns_editor.py" line="168"/>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/turns_editor.py" line="170"/>
        <source>Leave the answer empty when the party did not answer (未作回答).</source>
        <translation>当事人未作回答的，答栏留空。</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <location filename="../../ui/widgets/unlock_screen.py" line="155"/>
        <source>Unlock — Joint Environmental Inspection</source>
        <translation>解锁 — 川渝联合环境执法巡查</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/unlock_screen.py" line="156"/>
        <source>This laptop&apos;s data is locked</source>
        <translation>本机数据已锁定</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/unlock_screen.py" line="159"/>
        <source>The records and photos in this data folder are encrypted. Type your passphrase to open them.</source>
        <translation>此数据文件夹中的记录和照片均已加密。请输入口令打开。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/unlock_screen.py" line="163"/>
        <source>&amp;Passphrase</source>
        <translation>口令(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/unlock_screen.py" line="164"/>
        <source>Caps Lock seems to be on.</source>
        <translation>大写锁定键似乎已打开。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/unlock_screen.py" line="165"/>
        <location filename="../../ui/widgets/unlock_screen.py" line="244"/>
        <source>Forgot the passphrase?</source>
        <translation>忘记口令？</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/unlock_screen.py" line="166"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/unlock_screen.py" line="167"/>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/unlock_screen.py" line="247"/>
        <source>Nothing is lost: your team lead holds the team&apos;s recovery key, which opens this laptop&apos;s data too.</source>
        <translation>数据不会丢失：组长保管着团队恢复密钥，也能打开本机数据。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/unlock_screen.py" line="235"/>
        <location filename="../../ui/widgets/unlock_screen.py" line="243"/>
        <source>Recover with the recovery key…</source>
        <translation>用恢复密钥恢复…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/unlock_screen.py" line="266"/>
        <source>In the window, the lead can do step 2 with the button below.</source>
        <translation>在本窗口中，组长也可点击下方按钮完成第 2 步。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/unlock_screen.py" line="259"/>
        <source>1. Bring this laptop to your team lead.
2. The lead runs {0} on it, with the recovery key file and its passphrase.
3. You choose a new passphrase. The records and photos stay as they are.

This works only if the laptop was unlocked at least once after the team&apos;s recovery key reached it (with a sync): until then, keep its passphrase safe.</source>
        <translation>1. 将本机交给组长。
2. 组长在本机上运行 {0}，并提供恢复密钥文件及其口令。
3. 由您设置新口令。记录和照片保持原样。

仅当团队恢复密钥经同步到达本机后，本机至少解锁过一次，才能以此方式恢复；在此之前，请妥善保管本机口令。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/unlock_screen.py" line="252"/>
        <source>This laptop holds no copy of its key for the team&apos;s recovery key yet: without the passphrase its data cannot be opened. Keep trying the passphrase you may have used, and ask your team lead.</source>
        <translation>本机尚未为团队恢复密钥保存其密钥副本：没有口令就无法打开其数据。请继续尝试您可能用过的口令，并联系组长。</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../ui/widgets/documents/verify_dialog.py" line="175"/>
        <source>Verify a PDF</source>
        <translation>验证 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/verify_dialog.py" line="197"/>
        <source>Document {0} in the store</source>
        <translation>数据库中的文书 {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/verify_dialog.py" line="211"/>
        <source>Verifying the signatures…</source>
        <translation>正在验证签名…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/verify_dialog.py" line="224"/>
        <source>larger than 64 MB</source>
        <translation>文件大于 64 MB</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/verify_dialog.py" line="225"/>
        <source>Cannot read the file: {0}</source>
        <translation>无法读取文件：{0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/verify_dialog.py" line="231"/>
        <source>✓ Valid: every signature is intact and made with a certificate of the team&apos;s certificate authority; the file was not changed after signing.</source>
        <translation>✓ 有效：所有签名完好，均由本组证书机构签发的证书签署；签名后文件未被修改。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/verify_dialog.py" line="235"/>
        <source>✗ Not valid: the file carries no readable digital signature.</source>
        <translation>✗ 无效：文件中没有可读的数字签名。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/verify_dialog.py" line="237"/>
        <source>✗ Not valid: the file was changed after it was signed.</source>
        <translation>✗ 无效：文件在签名后被修改过。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/verify_dialog.py" line="239"/>
        <source>✗ Not valid: see the problems below.</source>
        <translation>✗ 无效：见下列问题。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/verify_dialog.py" line="262"/>
        <source>This file is not a document recorded in this store (SHA-256 {0}): it may be a copy that was altered, or come from another team.</source>
        <translation>此文件不是本库记录的文书（SHA-256 {0}）：可能是被改动过的副本，或来自其他执法组。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/verify_dialog.py" line="271"/>
        <source>This file is the {0} {1} recorded in this store, signed by {2} at {3} (SHA-256 {4}).</source>
        <translation>此文件是本库记录的{0} {1}，由{2}于 {3} 签署（SHA-256 {4}）。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/verify_dialog.py" line="310"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/verify_dialog.py" line="310"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/verify_dialog.py" line="310"/>
        <source>not checked</source>
        <translation>未评估</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/verify_dialog.py" line="322"/>
        <source>Signer</source>
        <translation>签名人</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/verify_dialog.py" line="323"/>
        <source>Certificate chain</source>
        <translation>证书链</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/verify_dialog.py" line="324"/>
        <source>Signing time</source>
        <translation>签名时间</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/verify_dialog.py" line="325"/>
        <source>Intact (bytes unchanged)</source>
        <translation>完整（字节未变）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/verify_dialog.py" line="326"/>
        <source>Signature valid</source>
        <translation>签名值有效</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/verify_dialog.py" line="327"/>
        <source>Trusted (team CA)</source>
        <translation>可信（本组 CA）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/verify_dialog.py" line="328"/>
        <source>Changed after signing</source>
        <translation>签名后被修改</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/verify_dialog.py" line="335"/>
        <source>Signature {0} ({1})</source>
        <translation>签名 {0}（{1}）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/verify_dialog.py" line="345"/>
        <source>Signature fields still empty: {0}</source>
        <translation>尚未签署的签名域：{0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/verify_dialog.py" line="358"/>
        <source>Verify a signed PDF</source>
        <translation>验证已签名 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/verify_dialog.py" line="359"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/verify_dialog.py" line="360"/>
        <source>Choose PDF…</source>
        <translation>选择 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/verify_dialog.py" line="347"/>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/documents/verify_dialog.py" line="397"/>
        <source>{0} (Beijing time)</source>
        <translation>北京时间{0}</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <location filename="../../ui/widgets/withdraw_dialog.py" line="92"/>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/withdraw_dialog.py" line="93"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/withdraw_dialog.py" line="96"/>
        <source>e.g. entered twice; wrong party</source>
        <translation>例如：重复录入；当事人有误</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/withdraw_dialog.py" line="114"/>
        <source>The reason is too long.</source>
        <translation>原因过长。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/withdraw_dialog.py" line="99"/>
        <source>The withdrawal and its reason stay in the record&apos;s history; nothing is deleted. Edit ▸ Undo (Ctrl+Z) brings it back.</source>
        <translation>撤销操作及其原因保留在该记录的历史中，不会删除任何内容。如需恢复，可使用“编辑 ▸ 撤回”（Ctrl+Z）。</translation>
    </message>
</context>
<context>
    <name>WriteDialog</name>
    <message>
        <location filename="../../ui/widgets/write_dialog.py" line="96"/>
        <source>Not saved: </source>
        <translation>未保存：</translation>
    </message>
</context>
<context>
    <name>agencies</name>
    <message>
        <location filename="../../ui/models/agencies.py" line="22"/>
        <source>no reconsideration body (复议机关)</source>
        <translation>未设置行政复议机关</translation>
    </message>
    <message>
        <location filename="../../ui/models/agencies.py" line="24"/>
        <source>no litigation court (管辖法院)</source>
        <translation>未设置行政诉讼管辖法院</translation>
    </message>
    <message>
        <location filename="../../ui/models/agencies.py" line="71"/>
        <source>Not ready to issue: {0}</source>
        <translation>尚不能签发：{0}</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../../cli/parsing.py" line="55"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>选项 %(option)s 有歧义，可能是：%(matches)s</translation>
    </message>
    <message>
        <location filename="../../cli/parsing.py" line="43"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>参数 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <location filename="../../cli/parsing.py" line="51"/>
        <source>expected %s argument</source>
        <translation>需要 %s 个参数值</translation>
    </message>
    <message>
        <location filename="../../cli/parsing.py" line="52"/>
        <source>expected %s arguments</source>
        <translation>需要 %s 个参数值</translation>
    </message>
    <message>
        <location filename="../../cli/parsing.py" line="49"/>
        <source>expected at least one argument</source>
        <translation>至少需要一个参数值</translation>
    </message>
    <message>
        <location filename="../../cli/parsing.py" line="50"/>
        <source>expected at most one argument</source>
        <translation>最多只能有一个参数值</translation>
    </message>
    <message>
        <location filename="../../cli/parsing.py" line="48"/>
        <source>expected one argument</source>
        <translation>需要一个参数值</translation>
    </message>
    <message>
        <location filename="../../cli/parsing.py" line="56"/>
        <source>ignored explicit argument %r</source>
        <translation>该选项不带参数值，不能给出 %r</translation>
    </message>
    <message>
        <location filename="../../cli/parsing.py" line="47"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>无效的 %(type)s 值：%(value)r</translation>
    </message>
    <message>
        <location filename="../../cli/parsing.py" line="46"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>无效的选项值 %(value)r（可选：%(choices)s）</translation>
    </message>
    <message>
        <location filename="../../cli/parsing.py" line="53"/>
        <source>not allowed with argument %s</source>
        <translation>不能与参数 %s 同时使用</translation>
    </message>
    <message>
        <location filename="../../cli/parsing.py" line="54"/>
        <source>one of the arguments %s is required</source>
        <translation>必须给出以下参数之一：%s</translation>
    </message>
    <message>
        <location filename="../../cli/parsing.py" line="40"/>
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../../cli/parsing.py" line="39"/>
        <source>positional arguments</source>
        <translation>位置参数</translation>
    </message>
    <message>
        <location filename="../../cli/parsing.py" line="42"/>
        <source>show program&apos;s version number and exit</source>
        <translation>显示程序版本号并退出</translation>
    </message>
    <message>
        <location filename="../../cli/parsing.py" line="41"/>
        <source>show this help message and exit</source>
        <translation>显示本帮助信息并退出</translation>
    </message>
    <message>
        <location filename="../../cli/parsing.py" line="44"/>
        <source>the following arguments are required: %s</source>
        <translation>缺少以下必需参数：%s</translation>
    </message>
    <message>
        <location filename="../../cli/parsing.py" line="58"/>
        <source>unexpected option string: %s</source>
        <translation>意外的选项：%s</translation>
    </message>
    <message>
        <location filename="../../cli/parsing.py" line="57"/>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>未知的命令 %(parser_name)r（可选：%(choices)s）</translation>
    </message>
    <message>
        <location filename="../../cli/parsing.py" line="45"/>
        <source>unrecognized arguments: %s</source>
        <translation>无法识别的参数：%s</translation>
    </message>
    <message>
        <location filename="../../cli/parsing.py" line="38"/>
        <source>usage: </source>
        <translation>用法：</translation>
    </message>
</context>
<context>
    <name>certificates</name>
    <message>
        <location filename="../../ui/models/certificates.py" line="59"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/models/certificates.py" line="61"/>
        <source>Role</source>
        <translation>职责</translation>
    </message>
    <message>
        <location filename="../../ui/models/certificates.py" line="64"/>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <location filename="../../ui/models/certificates.py" line="70"/>
        <source>On this laptop</source>
        <translation>本机</translation>
    </message>
    <message>
        <location filename="../../ui/models/certificates.py" line="97"/>
        <source>none issued</source>
        <translation>未签发</translation>
    </message>
    <message>
        <location filename="../../ui/models/certificates.py" line="104"/>
        <source>expired {0}</source>
        <translation>已于 {0} 过期</translation>
    </message>
    <message>
        <location filename="../../ui/models/certificates.py" line="105"/>
        <source>valid until {0}</source>
        <translation>有效期至 {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/certificates.py" line="72"/>
        <source>imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <location filename="../../ui/models/certificates.py" line="115"/>
        <source>SHA-256 fingerprint {0}</source>
        <translation>SHA-256 指纹 {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/certificates.py" line="100"/>
        <source>revoked {0}</source>
        <translation>已于 {0} 吊销</translation>
    </message>
</context>
<context>
    <name>core_messages</name>
    <message>
        <location filename="../../ui/core_messages.py" line="85"/>
        <source>Not done: </source>
        <translation>未完成：</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../ui/labels.py" line="18"/>
        <location filename="../../cli/human.py" line="74"/>
        <source>Minor</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="19"/>
        <location filename="../../cli/human.py" line="75"/>
        <source>Major</source>
        <translation>较重</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="20"/>
        <location filename="../../cli/human.py" line="76"/>
        <source>Serious</source>
        <translation>严重</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32"/>
        <location filename="../../cli/human.py" line="55"/>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="35"/>
        <location filename="../../cli/human.py" line="58"/>
        <source>Rectified</source>
        <translation>已整改</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36"/>
        <location filename="../../cli/human.py" line="59"/>
        <source>Closed</source>
        <translation>已销号</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="52"/>
        <location filename="../../cli/human.py" line="79"/>
        <source>Inspector</source>
        <translation>执法人员</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="53"/>
        <location filename="../../cli/human.py" line="80"/>
        <source>Team lead</source>
        <translation>组长</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="82"/>
        <source>Agency</source>
        <translation>执法机构</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="83"/>
        <source>Officer</source>
        <translation>执法人员</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="84"/>
        <source>Patrol</source>
        <translation>巡查</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="85"/>
        <source>Party</source>
        <translation>当事人</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="86"/>
        <source>Finding</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="87"/>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="88"/>
        <source>Laptop enrolment</source>
        <translation>笔记本登记</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="89"/>
        <source>Notice</source>
        <translation>决定书</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="90"/>
        <source>Team CA</source>
        <translation>团队 CA</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="91"/>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="92"/>
        <source>Number block</source>
        <translation>文号段</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="93"/>
        <source>Inspection record</source>
        <translation>检查笔录</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="94"/>
        <source>Service of a document</source>
        <translation>送达记录</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="95"/>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="96"/>
        <source>Document</source>
        <translation>文书</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="118"/>
        <source>S {0}°</source>
        <translation>南纬 {0}°</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="120"/>
        <source>N {0}°</source>
        <translation>北纬 {0}°</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="123"/>
        <source>W {0}°</source>
        <translation>西经 {0}°</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="125"/>
        <source>E {0}°</source>
        <translation>东经 {0}°</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="127"/>
        <source>{0}, {1}</source>
        <translation>{0}，{1}</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="97"/>
        <source>Accepted evidence warning</source>
        <translation>已确认的证据提示</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="33"/>
        <location filename="../../cli/human.py" line="56"/>
        <source>Decision issued</source>
        <translation>已下达</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34"/>
        <location filename="../../cli/human.py" line="57"/>
        <source>Decision served</source>
        <translation>已送达</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37"/>
        <location filename="../../cli/human.py" line="60"/>
        <source>No violation found</source>
        <translation>未发现违法行为</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="38"/>
        <location filename="../../cli/human.py" line="63"/>
        <source>Handed over to the local authority</source>
        <translation>移交属地</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="46"/>
        <source>{0}, overdue</source>
        <translation>{0}（已逾期）</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="98"/>
        <source>Evidence register item</source>
        <translation>证据清单条目</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="99"/>
        <source>Certificate revocation list</source>
        <translation>证书吊销列表</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../ui/main.py" line="109"/>
        <location filename="../../ui/window_session.py" line="88"/>
        <source>Inspection</source>
        <translation>环境执法巡查</translation>
    </message>
    <message>
        <location filename="../../ui/window_session.py" line="313"/>
        <source>The window could not be opened again. The details are in the log.</source>
        <translation>窗口未能重新打开，详细情况已写入日志。</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../ui/widgets/messages.py" line="18"/>
        <source>Inspection</source>
        <translation>环境执法巡查</translation>
    </message>
</context>
<context>
    <name>notice_labels</name>
    <message>
        <location filename="../../ui/models/notices.py" line="60"/>
        <location filename="../../ui/models/notices.py" line="145"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../ui/models/notices.py" line="61"/>
        <source>Issued</source>
        <translation>已签发</translation>
    </message>
    <message>
        <location filename="../../ui/models/notices.py" line="62"/>
        <source>Served</source>
        <translation>已送达</translation>
    </message>
    <message>
        <location filename="../../ui/models/notices.py" line="63"/>
        <source>Closed</source>
        <translation>已销号</translation>
    </message>
    <message>
        <location filename="../../ui/models/notices.py" line="64"/>
        <source>Superseded</source>
        <translation>已被取代</translation>
    </message>
    <message>
        <location filename="../../ui/models/notices.py" line="72"/>
        <location filename="../../cli/human.py" line="129"/>
        <source>In person (直接送达)</source>
        <translation>直接送达</translation>
    </message>
    <message>
        <location filename="../../ui/models/notices.py" line="73"/>
        <location filename="../../cli/human.py" line="130"/>
        <source>By post (邮寄送达)</source>
        <translation>邮寄送达</translation>
    </message>
    <message>
        <location filename="../../ui/models/notices.py" line="74"/>
        <location filename="../../cli/human.py" line="131"/>
        <source>Left at the premises (留置送达)</source>
        <translation>留置送达</translation>
    </message>
    <message>
        <location filename="../../ui/models/notices.py" line="87"/>
        <location filename="../../cli/human.py" line="149"/>
        <source>On-site inspection record</source>
        <translation>现场检查笔录</translation>
    </message>
    <message>
        <location filename="../../ui/models/notices.py" line="88"/>
        <location filename="../../ui/models/notices.py" line="109"/>
        <location filename="../../cli/human.py" line="150"/>
        <location filename="../../cli/human.py" line="153"/>
        <source>Re-inspection record</source>
        <translation>复查笔录</translation>
    </message>
    <message>
        <location filename="../../ui/models/notices.py" line="98"/>
        <location filename="../../cli/human.py" line="157"/>
        <source>Rectified</source>
        <translation>已整改</translation>
    </message>
    <message>
        <location filename="../../ui/models/notices.py" line="99"/>
        <location filename="../../cli/human.py" line="158"/>
        <source>Not rectified</source>
        <translation>未整改</translation>
    </message>
    <message>
        <location filename="../../ui/models/notices.py" line="107"/>
        <location filename="../../cli/human.py" line="151"/>
        <source>Rectification decision</source>
        <translation>责令改正违法行为决定书</translation>
    </message>
    <message>
        <location filename="../../ui/models/notices.py" line="108"/>
        <location filename="../../cli/human.py" line="152"/>
        <source>Inspection record</source>
        <translation>现场检查笔录</translation>
    </message>
    <message>
        <location filename="../../ui/models/notices.py" line="110"/>
        <location filename="../../cli/human.py" line="154"/>
        <source>Service receipt</source>
        <translation>送达回证</translation>
    </message>
    <message>
        <location filename="../../ui/models/notices.py" line="126"/>
        <source>Overdue 1 day</source>
        <translation>逾期 1 天</translation>
    </message>
    <message>
        <location filename="../../ui/models/notices.py" line="128"/>
        <source>Overdue {0} days</source>
        <translation>逾期 {0} 天</translation>
    </message>
    <message>
        <location filename="../../ui/models/notices.py" line="132"/>
        <source>Deadline passed</source>
        <translation>期限已过</translation>
    </message>
    <message>
        <location filename="../../ui/models/notices.py" line="134"/>
        <source>Due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <location filename="../../ui/models/notices.py" line="136"/>
        <source>1 day left</source>
        <translation>剩余 1 天</translation>
    </message>
    <message>
        <location filename="../../ui/models/notices.py" line="138"/>
        <source>{0} days left</source>
        <translation>剩余 {0} 天</translation>
    </message>
    <message>
        <location filename="../../ui/models/notices.py" line="171"/>
        <source>Draft ({0}, findings: {1}): {2}</source>
        <translation>草稿（{0}，{1}项问题）：{2}</translation>
    </message>
    <message>
        <location filename="../../ui/models/notices.py" line="170"/>
        <source>Draft ({0}, findings: {1})</source>
        <translation>草稿（{0}，{1}项问题）</translation>
    </message>
    <message>
        <location filename="../../ui/models/notices.py" line="77"/>
        <location filename="../../cli/human.py" line="132"/>
        <source>Entrusted (委托送达)</source>
        <translation>委托送达</translation>
    </message>
    <message>
        <location filename="../../ui/models/notices.py" line="78"/>
        <location filename="../../cli/human.py" line="133"/>
        <source>Electronic (电子送达)</source>
        <translation>电子送达</translation>
    </message>
    <message>
        <location filename="../../ui/models/notices.py" line="79"/>
        <location filename="../../cli/human.py" line="134"/>
        <source>Public notice (公告送达)</source>
        <translation>公告送达</translation>
    </message>
</context>
<context>
    <name>number_blocks</name>
    <message>
        <location filename="../../ui/models/number_blocks.py" line="48"/>
        <source>This laptop</source>
        <translation>本机</translation>
    </message>
    <message>
        <location filename="../../ui/models/number_blocks.py" line="65"/>
        <source>Numbers</source>
        <translation>文号</translation>
    </message>
    <message>
        <location filename="../../ui/models/number_blocks.py" line="71"/>
        <source>Held by</source>
        <translation>持有笔记本</translation>
    </message>
    <message>
        <location filename="../../ui/models/number_blocks.py" line="79"/>
        <source>Used</source>
        <translation>已用</translation>
    </message>
    <message>
        <location filename="../../ui/models/number_blocks.py" line="84"/>
        <source>Left</source>
        <translation>剩余</translation>
    </message>
    <message>
        <location filename="../../ui/models/number_blocks.py" line="66"/>
        <source>{0}–{1} ({2} numbers)</source>
        <translation>{0}–{1} 号（共 {2} 个）</translation>
    </message>
    <message>
        <location filename="../../ui/models/number_blocks.py" line="73"/>
        <source>Replica {0}</source>
        <translation>副本 {0}</translation>
    </message>
</context>
<context>
    <name>pki_dialog</name>
    <message>
        <location filename="../../ui/widgets/pki/new_passphrase.py" line="16"/>
        <source>The {0} must have at least {1} characters (it has {2}).</source>
        <translation>{0}至少需要 {1} 个字符（现在是 {2} 个）。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pki/new_passphrase.py" line="20"/>
        <source>The two {0} entries differ: type the same passphrase twice.</source>
        <translation>两次输入的{0}不一致：请输入两次相同的口令。</translation>
    </message>
</context>
<context>
    <name>sync_dialogs</name>
    <message>
        <location filename="../../ui/widgets/sync_summaries.py" line="73"/>
        <source>From: {0}</source>
        <translation>来自：{0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_summaries.py" line="76"/>
        <location filename="../../ui/widgets/sync_summaries.py" line="370"/>
        <source>{0} change received</source>
        <translation>收到 {0} 项修改</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_summaries.py" line="77"/>
        <location filename="../../ui/widgets/sync_summaries.py" line="371"/>
        <source>{0} changes received</source>
        <translation>收到 {0} 项修改</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_summaries.py" line="79"/>
        <location filename="../../ui/widgets/sync_summaries.py" line="172"/>
        <location filename="../../ui/widgets/sync_summaries.py" line="287"/>
        <location filename="../../ui/widgets/sync_summaries.py" line="373"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_summaries.py" line="82"/>
        <location filename="../../ui/widgets/sync_summaries.py" line="376"/>
        <source>{0} was already here</source>
        <translation>{0} 项本机已有</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_summaries.py" line="83"/>
        <location filename="../../ui/widgets/sync_summaries.py" line="377"/>
        <source>{0} were already here</source>
        <translation>{0} 项本机已有</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_summaries.py" line="87"/>
        <location filename="../../ui/widgets/sync_summaries.py" line="382"/>
        <source>{0} photo received</source>
        <translation>收到 {0} 张照片</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_summaries.py" line="88"/>
        <location filename="../../ui/widgets/sync_summaries.py" line="383"/>
        <source>{0} photos received</source>
        <translation>收到 {0} 张照片</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_summaries.py" line="98"/>
        <location filename="../../ui/widgets/sync_summaries.py" line="393"/>
        <source>{0} conflict opened</source>
        <translation>新增 {0} 个冲突</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_summaries.py" line="99"/>
        <location filename="../../ui/widgets/sync_summaries.py" line="394"/>
        <source>{0} conflicts opened</source>
        <translation>新增 {0} 个冲突</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_summaries.py" line="101"/>
        <location filename="../../ui/widgets/sync_summaries.py" line="274"/>
        <source> — a team lead resolves it in Sync ▸ Conflicts…</source>
        <translation> — 由组长在“同步 ▸ 冲突…”中裁决</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_summaries.py" line="109"/>
        <location filename="../../ui/widgets/sync_summaries.py" line="402"/>
        <source>{0} change set aside (quarantined, not applied):</source>
        <translation>{0} 项修改被隔离（已保存，未生效）：</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_summaries.py" line="110"/>
        <location filename="../../ui/widgets/sync_summaries.py" line="403"/>
        <source>{0} changes set aside (quarantined, not applied):</source>
        <translation>{0} 项修改被隔离（已保存，未生效）：</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_summaries.py" line="122"/>
        <location filename="../../ui/widgets/sync_summaries.py" line="410"/>
        <source>{0} change accepted but flagged (the sending laptop&apos;s clock is ahead):</source>
        <translation>{0} 项修改已接受但被标记（发送方笔记本的时钟超前）：</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_summaries.py" line="126"/>
        <location filename="../../ui/widgets/sync_summaries.py" line="414"/>
        <source>{0} changes accepted but flagged (the sending laptop&apos;s clock is ahead):</source>
        <translation>{0} 项修改已接受但被标记（发送方笔记本的时钟超前）：</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_summaries.py" line="140"/>
        <location filename="../../ui/widgets/sync_summaries.py" line="432"/>
        <source>{0} photo still expected (referenced, but its file has not arrived):</source>
        <translation>仍缺 {0} 张照片（已被引用，但文件尚未收到）：</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_summaries.py" line="144"/>
        <location filename="../../ui/widgets/sync_summaries.py" line="436"/>
        <source>{0} photos still expected (referenced, but their files have not arrived):</source>
        <translation>仍缺 {0} 张照片（已被引用，但文件尚未收到）：</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_summaries.py" line="152"/>
        <source>Imported, but not everything is in order — see below.</source>
        <translation>已导入，但有问题需要处理 — 见下方。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_summaries.py" line="156"/>
        <source>Import complete: everything in the bundle is on this laptop.</source>
        <translation>导入完成：同步包中的全部内容已在本机。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_summaries.py" line="165"/>
        <source>File: {0}</source>
        <translation>文件：{0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_summaries.py" line="166"/>
        <source>For: {0}</source>
        <translation>发给：{0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_summaries.py" line="169"/>
        <source>{0} change</source>
        <translation>{0} 项修改</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_summaries.py" line="170"/>
        <source>{0} changes</source>
        <translation>{0} 项修改</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_summaries.py" line="175"/>
        <source>{0} photo</source>
        <translation>{0} 张照片</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_summaries.py" line="176"/>
        <source>{0} photos</source>
        <translation>{0} 张照片</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_summaries.py" line="178"/>
        <source>; {0} KB</source>
        <translation>；{0} KB</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_summaries.py" line="193"/>
        <source>{0} photo is not in the bundle: this laptop has not received its file either:</source>
        <translation>{0} 张照片不在同步包中：本机也尚未收到其文件：</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_summaries.py" line="197"/>
        <source>{0} photos are not in the bundle: this laptop has not received their files either:</source>
        <translation>{0} 张照片不在同步包中：本机也尚未收到其文件：</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_summaries.py" line="205"/>
        <source>Bundle written and verified, but photos are missing — see below.</source>
        <translation>同步包已写入并校验，但缺少照片 — 见下方。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_summaries.py" line="210"/>
        <source>Bundle written and read back: it is complete.</source>
        <translation>同步包已写入并回读校验：内容完整。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_summaries.py" line="218"/>
        <source>The bundle was refused. Nothing was changed on this laptop.</source>
        <translation>同步包被拒绝。本机数据没有任何改动。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_summaries.py" line="227"/>
        <source>The import did not finish. The changes go in as one step, so importing the same bundle again is safe.</source>
        <translation>导入未完成。修改是一次性整体写入的，因此可以放心重新导入同一个同步包。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_summaries.py" line="233"/>
        <source>The bundle could not be written. Nothing was exported.</source>
        <translation>无法写入同步包。没有导出任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_summaries.py" line="242"/>
        <source>Why, and what happens next: Sync ▸ Changes set aside…</source>
        <translation>原因及后续处理：同步 ▸ 未应用的变更…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_summaries.py" line="280"/>
        <source>Sent to the hub:</source>
        <translation>发送到同步服务器：</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_summaries.py" line="284"/>
        <source>{0} change sent</source>
        <translation>发送 {0} 项修改</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_summaries.py" line="285"/>
        <source>{0} changes sent</source>
        <translation>发送 {0} 项修改</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_summaries.py" line="288"/>
        <source>{0} new on the hub, {1} already there</source>
        <translation>服务器新收 {0} 项，{1} 项已有</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_summaries.py" line="294"/>
        <source>{0} photo sent</source>
        <translation>发送 {0} 张照片</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_summaries.py" line="295"/>
        <source>{0} photos sent</source>
        <translation>发送 {0} 张照片</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_summaries.py" line="298"/>
        <source> ({0} resumed after an interruption)</source>
        <translation>（其中 {0} 张在中断后续传）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_summaries.py" line="309"/>
        <source>{0} change refused by the hub (quarantined, not applied):</source>
        <translation>{0} 项修改被同步服务器拒收（已隔离，未生效）：</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_summaries.py" line="310"/>
        <source>{0} changes refused by the hub (quarantined, not applied):</source>
        <translation>{0} 项修改被同步服务器拒收（已隔离，未生效）：</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_summaries.py" line="317"/>
        <source>{0} change accepted by the hub but flagged (this laptop&apos;s clock is ahead):</source>
        <translation>{0} 项修改已被同步服务器接受但被标记（本机时钟超前）：</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_summaries.py" line="321"/>
        <source>{0} changes accepted by the hub but flagged (this laptop&apos;s clock is ahead):</source>
        <translation>{0} 项修改已被同步服务器接受但被标记（本机时钟超前）：</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_summaries.py" line="331"/>
        <source>{0} conflict opened on the hub</source>
        <translation>同步服务器上新增 {0} 个冲突</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_summaries.py" line="332"/>
        <source>{0} conflicts opened on the hub</source>
        <translation>同步服务器上新增 {0} 个冲突</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_summaries.py" line="340"/>
        <source>{0} photo could not be sent (SHA-256 — reason):</source>
        <translation>{0} 张照片未能发送（SHA-256 — 原因）：</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_summaries.py" line="341"/>
        <source>{0} photos could not be sent (SHA-256 — reason):</source>
        <translation>{0} 张照片未能发送（SHA-256 — 原因）：</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_summaries.py" line="348"/>
        <source>{0} photo still expected on the hub (referenced, but its file has not arrived there; SHA-256):</source>
        <translation>同步服务器仍缺 {0} 张照片（已被引用，但文件尚未送达；SHA-256）：</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_summaries.py" line="353"/>
        <source>{0} photos still expected on the hub (referenced, but their files have not arrived there; SHA-256):</source>
        <translation>同步服务器仍缺 {0} 张照片（已被引用，但文件尚未送达；SHA-256）：</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_summaries.py" line="366"/>
        <source>Received from the hub:</source>
        <translation>从同步服务器收到：</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_summaries.py" line="424"/>
        <source>{0} photo could not be downloaded (SHA-256 — reason):</source>
        <translation>{0} 张照片未能下载（SHA-256 — 原因）：</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_summaries.py" line="425"/>
        <source>{0} photos could not be downloaded (SHA-256 — reason):</source>
        <translation>{0} 张照片未能下载（SHA-256 — 原因）：</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_summaries.py" line="457"/>
        <source>Office hub: {0} (replica {1})</source>
        <translation>办公室同步服务器：{0}（副本 {1}）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_summaries.py" line="476"/>
        <source>The sync is not finished: {0}</source>
        <translation>同步尚未完成：{0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_summaries.py" line="481"/>
        <source>Synced with the office hub, but not everything is in order — see below.</source>
        <translation>已与办公室同步服务器同步，但有问题需要处理 — 见下方。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_summaries.py" line="486"/>
        <source>Push complete: the office hub holds every record and photo of this laptop.</source>
        <translation>上传完成：本机的全部记录和照片都已在办公室同步服务器上。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_summaries.py" line="491"/>
        <source>Pull complete: everything on the office hub is on this laptop.</source>
        <translation>下载完成：办公室同步服务器上的全部内容都已在本机。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_summaries.py" line="495"/>
        <source>Sync complete: this laptop and the office hub hold the same records and photos.</source>
        <translation>同步完成：本机与办公室同步服务器的记录和照片已一致。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_summaries.py" line="506"/>
        <source>The office hub refused this laptop: it is not enrolled there.</source>
        <translation>办公室同步服务器拒绝了本机：本机尚未在服务器上登记。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_summaries.py" line="510"/>
        <source>What to do: at the office, a team lead enrols this laptop on the hub (on the hub: Sync ▸ Enrol a replica…, or “inspect-app replica enroll ID KEY”) with these two values; then sync again.</source>
        <translation>处理方法：请组长在办公室用下面两个值把本机登记到同步服务器上（在服务器上：“同步 ▸ 登记笔记本…”，或命令“inspect-app replica enroll 编号 公钥”），然后再同步一次。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_summaries.py" line="516"/>
        <source>Replica id: {0}</source>
        <translation>副本编号：{0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_summaries.py" line="517"/>
        <source>Public key: {0}</source>
        <translation>公钥：{0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_summaries.py" line="528"/>
        <source>The office hub could not be reached.</source>
        <translation>无法连接办公室同步服务器。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_summaries.py" line="532"/>
        <source>What to do: check the hub address (http://HOST:PORT, as the office gave it), that this laptop is on the office network (Wi-Fi or VPN) and that the hub is running; then sync again. Whatever was sent or received before the connection failed is kept.</source>
        <translation>处理方法：检查服务器地址（http://主机:端口，以办公室提供的为准）、本机是否接入办公室网络（Wi-Fi 或 VPN），以及同步服务器是否在运行；然后再同步一次。连接中断前已发送或已收到的内容都会保留。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_summaries.py" line="548"/>
        <source>The sync with the office hub did not finish.</source>
        <translation>与办公室同步服务器的同步未完成。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_summaries.py" line="552"/>
        <source>Every step that finished is kept, so syncing again is safe.</source>
        <translation>已完成的每一步都已保留，可以放心再次同步。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_summaries.py" line="182"/>
        <source>Encrypted: only these can open it: {0}</source>
        <translation>已加密：仅以下副本能够打开：{0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_summaries.py" line="183"/>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <location filename="../../ui/tasks.py" line="37"/>
        <source>the app log</source>
        <translation>应用日志</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="38"/>
        <source>Something went wrong. The details were written to the log at {0}.</source>
        <translation>出现了意外错误，详细信息已写入日志：{0}。</translation>
    </message>
</context>
<context>
    <name>ScopeLine</name>
    <message>
        <source>No office hub is set on this laptop. Choose Sync ▸ Sync with office hub…, enter the hub&apos;s address and sync once; then fetch again.</source>
        <translation>本机尚未设置办公室同步服务器。请选择“同步 ▸ 与办公室同步服务器同步…”，输入服务器地址并同步一次，然后再获取。</translation>
    </message>
    <message>
        <source>&amp;Fetch</source>
        <translation>获取(&amp;F)</translation>
    </message>
    <message>
        <source>Fetch its photos and related records from the office hub; from then on they are kept on this laptop too.</source>
        <translation>从办公室同步服务器获取其照片和相关记录；此后这些内容也会保存在本机。</translation>
    </message>
    <message>
        <source>Fetch this record and what it needs from the office hub; from then on it is kept up to date on this laptop.</source>
        <translation>从办公室同步服务器获取该记录及其所需的记录；此后本机会保持其更新。</translation>
    </message>
</context>
<context>
    <name>FetchRecordDialog</name>
    <message>
        <source>Connecting to the office hub at {0}…</source>
        <translation>正在连接办公室同步服务器 {0}…</translation>
    </message>
    <message>
        <source>Fetch from the office hub</source>
        <translation>从办公室同步服务器获取</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>重试(&amp;T)</translation>
    </message>
    <message>
        <source>The fetch cannot be stopped halfway, so this window stays open until it ends. Every step that finishes is kept; if the connection drops, fetch again later.</source>
        <translation>获取无法中途停止，因此本窗口会一直打开到获取结束。已完成的每一步都会保留；如果连接中断，稍后再获取一次即可。</translation>
    </message>
    <message>
        <source>Not fetched: {0}</source>
        <translation>未获取：{0}</translation>
    </message>
    <message>
        <source>The office hub sent what it holds, but {0} is not among it: the laptop that recorded it has not synced with the hub yet. Try again after it has.</source>
        <translation>办公室同步服务器已发送其保存的记录，但其中没有{0}：记录它的笔记本电脑尚未与服务器同步。请待其同步后重试。</translation>
    </message>
    <message>
        <source>{0} is on this laptop now and is kept up to date at each sync.</source>
        <translation>{0}已在本机，并会在每次同步时更新。</translation>
    </message>
    <message>
        <source>From the office hub at {1}: {0} and the records it needs. Once fetched, it stays on this laptop and is kept up to date at each sync.</source>
        <translation>从办公室同步服务器 {1} 获取：{0}及其所需的记录。获取后，该记录将保存在本机，并在每次同步时更新。</translation>
    </message>
</context>
<context>
    <name>ScopeStatus</name>
    <message>
        <source>Scope: everything</source>
        <translation>工作范围：全部记录</translation>
    </message>
    <message>
        <source>Scope: {0}</source>
        <translation>工作范围：{0}</translation>
    </message>
    <message>
        <source>What this laptop receives from the office hub: the records of its scope and the records they need. A team lead sets it.</source>
        <translation>本机从办公室同步服务器接收的内容：其工作范围内的记录及这些记录所需的记录。工作范围由负责人设置。</translation>
    </message>
</context>
</TS>
