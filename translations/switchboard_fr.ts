<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>main</name>
    <message>
        <source>Switchboard operator console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace folder (default: the demo workspace).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page to show first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the window to a PNG and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --screenshot: milliseconds to wait after the page has loaded (default 400).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitor and control only: do not ingest or deliver (automatic when switchboard-engine runs on the workspace).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached to engine (process %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine running · ingest %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::DestinationsPage</name>
    <message>
        <source>This page is being built.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::EngineStatusWidget</name>
    <message>
        <source>In: %1 events/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backlog: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead letters: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingest rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery backlog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead letters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::EventsPage</name>
    <message>
        <source>This page is being built.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::LanguageSwitcher</name>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::LivePage</name>
    <message>
        <source>This page is being built.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::MainWindow</name>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Switchboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Switchboard %1&lt;/h3&gt;&lt;p&gt;Routes customer events from store systems to marketing tools, with a local SQLite-backed sync engine.&lt;/p&gt;&lt;p&gt;Workspace: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switchboard — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Switchboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::MappingsPage</name>
    <message>
        <source>This page is being built.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::OverviewPage</name>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table row counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location: %1 · schema version %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ProfilesPage</name>
    <message>
        <source>This page is being built.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::TableCountsModel</name>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
