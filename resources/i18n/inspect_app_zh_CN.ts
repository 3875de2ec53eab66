<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>FindingEditor</name>
    <message>
      <location filename="../../inspect_app/ui/widgets/finding_editor.py" line="206" />
      <source>Choose who you are first (Settings ▸ Current officer).</source>
      <translation>请先选择当前执法人员（设置 ▸ 当前执法人员）。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/finding_editor.py" line="222" />
      <source>Category</source>
      <translation>问题类别</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/finding_editor.py" line="223" />
      <source>Observed</source>
      <translation>发现时间</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/finding_editor.py" line="224" />
      <source>Location</source>
      <translation>位置</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/finding_editor.py" line="225" />
      <source>Party</source>
      <translation>当事人</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/finding_editor.py" line="226" />
      <source>Description</source>
      <translation>问题描述</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/finding_editor.py" line="227" />
      <source>Legal basis</source>
      <translation>法律依据</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/finding_editor.py" line="228" />
      <source>Severity</source>
      <translation>严重程度</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/finding_editor.py" line="232" />
      <source>Lat</source>
      <translation>纬度</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/finding_editor.py" line="233" />
      <source>Lon</source>
      <translation>经度</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/finding_editor.py" line="234" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/finding_editor.py" line="235" />
      <location filename="../../inspect_app/ui/widgets/finding_editor.py" line="236" />
      <source>decimal degrees</source>
      <translation>十进制度</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/finding_editor.py" line="237" />
      <source>What was observed</source>
      <translation>现场发现的情况</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/finding_editor.py" line="316" />
      <source>Editing…</source>
      <translation>编辑中…</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/finding_editor.py" line="317" />
      <source>Saving…</source>
      <translation>保存中…</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/finding_editor.py" line="318" />
      <source>✓ Saved</source>
      <translation>✓ 已保存</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/finding_editor.py" line="319" />
      <source>Not saved: {0}</source>
      <translation>未保存：{0}</translation>
    </message>
  </context>
  <context>
    <name>FindingTableModel</name>
    <message>
      <location filename="../../inspect_app/ui/models/findings.py" line="122" />
      <source>Time</source>
      <translation>时间</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/findings.py" line="123" />
      <source>Category</source>
      <translation>问题类别</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/findings.py" line="124" />
      <source>Party</source>
      <translation>当事人</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/findings.py" line="125" />
      <source>Severity</source>
      <translation>严重程度</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/findings.py" line="126" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/findings.py" line="127" />
      <source>Photos</source>
      <translation>照片</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../inspect_app/ui/main_window.py" line="295" />
      <source>Select the findings the notice is about.</source>
      <translation>请先选择通知书涉及的问题。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/main_window.py" line="305" />
      <source>Pick the party of every selected finding first.</source>
      <translation>请先为所选的每个问题指定当事人。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/main_window.py" line="310" />
      <source>The selected findings concern different parties; a notice is served on one party.</source>
      <translation>所选问题涉及不同当事人；一份通知书只能送达一个当事人。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/main_window.py" line="334" />
      <source>Joint Environmental Inspection</source>
      <translation>川渝联合环境执法巡查</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/main_window.py" line="335" />
      <source>&amp;File</source>
      <translation>文件(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/main_window.py" line="336" />
      <source>&amp;View</source>
      <translation>视图(&amp;V)</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/main_window.py" line="337" />
      <source>&amp;Settings</source>
      <translation>设置(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/main_window.py" line="338" />
      <source>&amp;Language</source>
      <translation>语言(&amp;L)</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/main_window.py" line="339" />
      <source>New &amp;patrol…</source>
      <translation>新建巡查(&amp;P)…</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/main_window.py" line="340" />
      <source>New &amp;finding</source>
      <translation>新建问题(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/main_window.py" line="341" />
      <source>&amp;Import photos…</source>
      <translation>导入照片(&amp;I)…</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/main_window.py" line="342" />
      <source>&amp;Draft notice…</source>
      <translation>起草整改通知书(&amp;D)…</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/main_window.py" line="343" />
      <source>&amp;Quit</source>
      <translation>退出(&amp;Q)</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/main_window.py" line="344" />
      <source>Set up agency and officer…</source>
      <translation>设置执法机构和执法人员…</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/main_window.py" line="345" />
      <source>Main toolbar</source>
      <translation>主工具栏</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/main_window.py" line="346" />
      <source>Current officer: </source>
      <translation>当前执法人员：</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/main_window.py" line="347" />
      <source>Patrols</source>
      <translation>巡查</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/main_window.py" line="348" />
      <source>Findings of the patrol</source>
      <translation>本次巡查发现的问题</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/main_window.py" line="351" />
      <source>Data folder: {0}</source>
      <translation>数据目录：{0}</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/main_window.py" line="430" />
      <source>Save the notice as</source>
      <translation>通知书另存为</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/main_window.py" line="430" />
      <source>PDF (*.pdf)</source>
      <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/main_window.py" line="444" />
      <source>Rendering the notice…</source>
      <translation>正在生成通知书…</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/main_window.py" line="459" />
      <source>Notice drafted</source>
      <translation>通知书草稿已生成</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/main_window.py" line="460" />
      <source>The draft notice was saved to {0}.</source>
      <translation>通知书草稿已保存到 {0}。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/main_window.py" line="463" />
      <source>Check before serving it:</source>
      <translation>送达前请核对：</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/main_window.py" line="465" />
      <source>Open PDF</source>
      <translation>打开 PDF</translation>
    </message>
  </context>
  <context>
    <name>NoticeDialog</name>
    <message>
      <location filename="../../inspect_app/ui/widgets/notice_dialog.py" line="94" />
      <source>Draft notice</source>
      <translation>起草整改通知书</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/notice_dialog.py" line="95" />
      <source>Party</source>
      <translation>当事人</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/notice_dialog.py" line="95" />
      <source>Findings</source>
      <translation>问题</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/notice_dialog.py" line="95" />
      <source>Order</source>
      <translation>责令内容</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/notice_dialog.py" line="95" />
      <source>Deadline</source>
      <translation>整改期限</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/notice_dialog.py" line="100" />
      <source>Include all {0} findings of this party</source>
      <translation>包括该当事人的全部 {0} 个问题</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/notice_dialog.py" line="111" />
      <source>{0} finding(s)</source>
      <translation>{0} 个问题</translation>
    </message>
  </context>
  <context>
    <name>PartyDialog</name>
    <message>
      <location filename="../../inspect_app/ui/widgets/party_dialog.py" line="38" />
      <source>New party</source>
      <translation>新建当事人</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/party_dialog.py" line="40" />
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/party_dialog.py" line="41" />
      <source>Unified social credit code</source>
      <translation>统一社会信用代码</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/party_dialog.py" line="42" />
      <source>Legal representative</source>
      <translation>法定代表人</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/party_dialog.py" line="43" />
      <source>Address</source>
      <translation>地址</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/party_dialog.py" line="47" />
      <source>18 characters, e.g. 91350100M000100Y43</source>
      <translation>18位，例如 91350100M000100Y43</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/party_dialog.py" line="60" />
      <source>The party needs a name.</source>
      <translation>请填写当事人名称。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/party_dialog.py" line="63" />
      <source>Choose who you are first (Settings ▸ Current officer).</source>
      <translation>请先选择当前执法人员（设置 ▸ 当前执法人员）。</translation>
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
      <location filename="../../inspect_app/ui/widgets/patrol_dialog.py" line="58" />
      <source>New patrol</source>
      <translation>新建巡查</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/patrol_dialog.py" line="59" />
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/patrol_dialog.py" line="59" />
      <source>Basin</source>
      <translation>流域</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/patrol_dialog.py" line="59" />
      <source>Area</source>
      <translation>区域</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/patrol_dialog.py" line="59" />
      <source>Officers</source>
      <translation>执法人员</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/patrol_dialog.py" line="64" />
      <source>e.g. Chuanshan district, right bank</source>
      <translation>例如：船山区 右岸</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/patrol_dialog.py" line="77" />
      <source>Tick at least one officer.</source>
      <translation>请至少勾选一名执法人员。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/patrol_dialog.py" line="80" />
      <source>Choose who you are first (Settings ▸ Current officer).</source>
      <translation>请先选择当前执法人员（设置 ▸ 当前执法人员）。</translation>
    </message>
  </context>
  <context>
    <name>PhotoStrip</name>
    <message>
      <location filename="../../inspect_app/ui/widgets/photo_strip.py" line="151" />
      <source>Choose who you are first (Settings ▸ Current officer).</source>
      <translation>请先选择当前执法人员（设置 ▸ 当前执法人员）。</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/photo_strip.py" line="187" />
      <source>Evidence photos (drop files or folders here)</source>
      <translation>证据照片（可将文件或文件夹拖到此处）</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/photo_strip.py" line="188" />
      <source>Import photos…</source>
      <translation>导入照片…</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/photo_strip.py" line="189" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/photo_strip.py" line="190" />
      <source>Double-click a photo to view it full size</source>
      <translation>双击照片查看原图</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/photo_strip.py" line="202" />
      <source>Import evidence photos</source>
      <translation>导入证据照片</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/photo_strip.py" line="204" />
      <source>Images (*.jpg *.jpeg *.png *.heic *.heif *.tif *.tiff *.webp);;All files (*)</source>
      <translation>图片 (*.jpg *.jpeg *.png *.heic *.heif *.tif *.tiff *.webp);;所有文件 (*)</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/photo_strip.py" line="229" />
      <source>Import cancelled: {0} photo(s) were imported.</source>
      <translation>导入已取消：已导入 {0} 张照片。</translation>
    </message>
  </context>
  <context>
    <name>PhotoStripModel</name>
    <message>
      <location filename="../../inspect_app/ui/models/photos.py" line="122" />
      <source>unknown</source>
      <translation>未知</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/photos.py" line="126" />
      <source>no GPS</source>
      <translation>无GPS</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/photos.py" line="128" />
      <source>Taken: {0}</source>
      <translation>拍摄时间：{0}</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/photos.py" line="131" />
      <source>GPS: {0}</source>
      <translation>GPS：{0}</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/photos.py" line="132" />
      <source>SHA-256: {0}</source>
      <translation>SHA-256：{0}</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/photos.py" line="136" />
      <source>File: {0}</source>
      <translation>文件：{0}</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/photos.py" line="142" />
      <source>Damaged: the file is incomplete</source>
      <translation>已损坏：文件不完整</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/models/photos.py" line="158" />
      <source>damaged</source>
      <translation>已损坏</translation>
    </message>
  </context>
  <context>
    <name>PhotoViewer</name>
    <message>
      <location filename="../../inspect_app/ui/widgets/photo_viewer.py" line="88" />
      <source>Loading…</source>
      <translation>加载中…</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/photo_viewer.py" line="97" />
      <source>Evidence photo</source>
      <translation>证据照片</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/photo_viewer.py" line="98" />
      <source>◀ Previous</source>
      <translation>◀ 上一张</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/photo_viewer.py" line="99" />
      <source>Next ▶</source>
      <translation>下一张 ▶</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/photo_viewer.py" line="116" />
      <source>The print copy of this photo cannot be shown.</source>
      <translation>无法显示这张照片的打印副本。</translation>
    </message>
  </context>
  <context>
    <name>SetupDialog</name>
    <message>
      <location filename="../../inspect_app/ui/widgets/setup_dialog.py" line="53" />
      <source>Set up this laptop</source>
      <translation>设置本机</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/setup_dialog.py" line="54" />
      <source>Agency</source>
      <translation>执法机构</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/setup_dialog.py" line="55" />
      <source>You (first officer)</source>
      <translation>您本人（第一位执法人员）</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/setup_dialog.py" line="57" />
      <location filename="../../inspect_app/ui/widgets/setup_dialog.py" line="63" />
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/setup_dialog.py" line="58" />
      <source>Short code (for notice numbers)</source>
      <translation>简称（用于文书编号）</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/setup_dialog.py" line="59" />
      <source>Region code (GB/T 2260)</source>
      <translation>行政区划代码（GB/T 2260）</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/setup_dialog.py" line="63" />
      <source>Certificate no.</source>
      <translation>执法证号</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/setup_dialog.py" line="63" />
      <source>Role</source>
      <translation>角色</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/setup_dialog.py" line="66" />
      <source>e.g. Suining Ecology and Environment Bureau</source>
      <translation>例如：遂宁市生态环境局</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/setup_dialog.py" line="67" />
      <source>e.g. 遂环</source>
      <translation>例如：遂环</translation>
    </message>
    <message>
      <location filename="../../inspect_app/ui/widgets/setup_dialog.py" line="86" />
      <source>Please fill in every field.</source>
      <translation>请填写所有字段。</translation>
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
