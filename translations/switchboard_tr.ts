<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="tr">
<context>
    <name>main</name>
    <message>
        <source>Switchboard operator console</source>
        <translation>Switchboard operatör konsolu</translation>
    </message>
    <message>
        <source>Workspace folder (default: the demo workspace).</source>
        <translation>Çalışma alanı klasörü (varsayılan: demo çalışma alanı).</translation>
    </message>
    <message>
        <source>Page to show first.</source>
        <translation>İlk gösterilecek sayfa.</translation>
    </message>
    <message>
        <source>Render the window to a PNG and exit.</source>
        <translation>Pencereyi PNG olarak kaydet ve çık.</translation>
    </message>
    <message>
        <source>With --screenshot: milliseconds to wait after the page has loaded (default 400).</source>
        <translation>--screenshot ile: sayfa yüklendikten sonra beklenecek milisaniye (varsayılan 400).</translation>
    </message>
    <message>
        <source>Monitor and control only: do not ingest or deliver (automatic when switchboard-engine runs on the workspace).</source>
        <translation>Yalnızca izle ve yönet: alma veya teslim yok (switchboard-engine çalışma alanında çalışıyorsa otomatik).</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Çalışma alanı aç</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>Çalışma alanı &amp;aç…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Dil</translation>
    </message>
    <message>
        <source>Attached to engine (process %1)</source>
        <translation>Motora bağlı (süreç %1)</translation>
    </message>
    <message>
        <source>Engine running</source>
        <translation>Motor çalışıyor</translation>
    </message>
    <message>
        <source>Engine running · ingest %1</source>
        <translation>Motor çalışıyor · alım %1</translation>
    </message>
</context>
<context>
    <name>sb::DestinationsPage</name>
    <message>
        <source>This page is being built.</source>
        <translation>Bu sayfa hazırlanıyor.</translation>
    </message>
</context>
<context>
    <name>sb::EngineStatusWidget</name>
    <message>
        <source>In: %1 events/s</source>
        <translation>Giriş: %1 olay/sn</translation>
    </message>
    <message>
        <source>Backlog: %1</source>
        <translation>Bekleyen: %1</translation>
    </message>
    <message>
        <source>Dead letters: %1</source>
        <translation>Teslim edilemeyen: %1</translation>
    </message>
    <message>
        <source>Ingest rate</source>
        <translation>Alım hızı</translation>
    </message>
    <message>
        <source>Delivery backlog</source>
        <translation>Teslimat kuyruğu</translation>
    </message>
    <message>
        <source>Dead letters</source>
        <translation>Teslim edilemeyenler</translation>
    </message>
</context>
<context>
    <name>sb::EventsPage</name>
    <message>
        <source>This page is being built.</source>
        <translation>Bu sayfa hazırlanıyor.</translation>
    </message>
</context>
<context>
    <name>sb::LanguageSwitcher</name>
    <message>
        <source>System language</source>
        <translation>Sistem dili</translation>
    </message>
</context>
<context>
    <name>sb::LivePage</name>
    <message>
        <source>This page is being built.</source>
        <translation>Bu sayfa hazırlanıyor.</translation>
    </message>
</context>
<context>
    <name>sb::MainWindow</name>
    <message>
        <source>Live</source>
        <translation>Canlı</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profiller</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Olaylar</translation>
    </message>
    <message>
        <source>Mappings</source>
        <translation>Eşlemeler</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>Hedefler</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Genel bakış</translation>
    </message>
    <message>
        <source>About Switchboard</source>
        <translation>Switchboard hakkında</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Switchboard %1&lt;/h3&gt;&lt;p&gt;Routes customer events from store systems to marketing tools, with a local SQLite-backed sync engine.&lt;/p&gt;&lt;p&gt;Workspace: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Switchboard %1&lt;/h3&gt;&lt;p&gt;Mağaza sistemlerinden gelen müşteri olaylarını, yerel SQLite tabanlı bir eşitleme motoruyla pazarlama araçlarına yönlendirir.&lt;/p&gt;&lt;p&gt;Çalışma alanı: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Switchboard — %1</source>
        <translation>Switchboard — %1</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Sayfalar</translation>
    </message>
    <message>
        <source>Engine state</source>
        <translation>Motor durumu</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Çalışma alanı</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Dosya</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Görünüm</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Ayarlar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Yardım</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Çı&amp;kış</translation>
    </message>
    <message>
        <source>&amp;About Switchboard</source>
        <translation>Switchboard &amp;hakkında</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>&amp;Qt hakkında</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>sb::MappingsPage</name>
    <message>
        <source>This page is being built.</source>
        <translation>Bu sayfa hazırlanıyor.</translation>
    </message>
</context>
<context>
    <name>sb::OverviewPage</name>
    <message>
        <source>Workspace</source>
        <translation>Çalışma alanı</translation>
    </message>
    <message>
        <source>Location: %1</source>
        <translation>Konum: %1</translation>
    </message>
    <message>
        <source>Table row counts</source>
        <translation>Tablo satır sayıları</translation>
    </message>
    <message>
        <source>Location: %1 · schema version %2</source>
        <translation>Konum: %1 · şema sürümü %2</translation>
    </message>
</context>
<context>
    <name>sb::ProfilesPage</name>
    <message>
        <source>This page is being built.</source>
        <translation>Bu sayfa hazırlanıyor.</translation>
    </message>
</context>
<context>
    <name>sb::TableCountsModel</name>
    <message>
        <source>Table</source>
        <translation>Tablo</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Satırlar</translation>
    </message>
</context>
</TS>