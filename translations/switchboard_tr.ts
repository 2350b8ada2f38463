<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr">
<context>
    <name>DeliveryDetail</name>
    <message>
        <source>No delivery with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># this delivery&apos;s item, one of %1 in the batch:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Edit mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination &apos;%1&apos; uses an unknown connector &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to send: the renderer skips this event (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>sb::AttemptHistoryModel</name>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ConditionsModel</name>
    <message>
        <source>Condition %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the path is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (path &apos;%2&apos;): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown operator &apos;%2&apos;; use one of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: in_list needs a list value such as [&quot;a&quot;, &quot;b&quot;].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 needs a number or a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a value is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::DeliveryDetailView</name>
    <message>
        <source>Not sent yet: no attempt was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a delivery to see what was sent and what came back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Delivery %1&lt;/b&gt; &amp;nbsp; &lt;span style=&quot;color:%2&quot;&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/span&gt;&lt;br&gt;%4 → %5 · profile %6 · created %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · delivered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request to destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response from destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event as received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request sent to the destination, secrets masked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response from the destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::DeliveryTableModel</name>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::DestinationCard</name>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backlog &lt;b&gt;%1&lt;/b&gt; · Retrying %2 · Dead letters %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next attempt: when resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next attempt: now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next attempt: %1 (in %2 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next attempt: nothing waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaker open until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaker open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaker half-open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holding until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limited %1/s of %2/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay dead letters of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2 delivered per second; success %3; p95 %4; %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivered/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>success (1 h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p95 (1 h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay dead…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop or restart sending to this destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this destination&apos;s dead letters again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::DestinationListModel</name>
    <message>
        <source>%1 (%2, paused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
</context>
<context>
    <name>sb::DestinationRequest</name>
    <message>
        <source>The base URL &apos;%1&apos; is not a valid http(s) URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer within %1 s (timed out or cancelled).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retryable failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::DestinationsPage</name>
    <message>
        <source>Destinations</source>
        <translation type="unfinished">Hedefler</translation>
    </message>
    <message>
        <source>New destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install recipe…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a ready-made destination with its mappings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connector settings (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connector settings as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limit and retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per second, burst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back-off first, longest (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up after (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also retry statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request timeout (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connector&apos;s (%1/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connector&apos;s (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First back-off in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest back-off in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry window in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP statuses to retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 408, 429</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry server errors (5xx except 501 and 505)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request timeout in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep each profile&apos;s events in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends a GET request to the base URL and shows whether the server answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: deliveries wait until it is resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connector needs no credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: a destination needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL: &apos;%1&apos; is not an http(s) URL such as https://api.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connector settings: not valid JSON at character %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connector settings: must be a JSON object such as {&quot;revision&quot;: &quot;2026-07-15&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry statuses: &apos;%1&apos; is not an HTTP status (100-599).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back-off: the longest back-off is shorter than the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination &apos;%1&apos; added; its credentials are stored encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination &apos;%1&apos; saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: %1 answered HTTP %2 %3 in %4 ms. Credentials are checked when an event is sent (Mappings → Send test event).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection failed: %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipe:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recipe named &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipe not installed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Installed &apos;%1&apos;: a destination and %n mapping(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Still needed: %1.</source>
        <translation type="unfinished"></translation>
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
    <name>sb::EventStreamModel</name>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::EventsPage</name>
    <message>
        <source>Cannot read events: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event #%1: loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot load event #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no event #%1 in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event #%1 · %2 %3 from %4 · received %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivery #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s); %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Activate to open the delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not routed yet, or no destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Paused · %n new</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Live · %n shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by id, name, message id, source or profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause or resume the live stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this event&apos;s profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected event&apos;s payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an event to see its payload and where it went.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ExplainDialog</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot explain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event #%1 (%2%3) from %4, received %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No destination is configured, so the event went nowhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why event #%1 went where it went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing of event #%1 at every destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this event on the Events page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ExpressionDelegate</name>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::FieldMapModel</name>
    <message>
        <source>The field has no target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &apos;%1&apos;: the expression is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
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
    <name>sb::LiveCharts</name>
    <message>
        <source>Traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the last 10 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p95 latency (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throughput chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::LivePage</name>
    <message>
        <source>No destinations yet: add one on the Destinations page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation type="unfinished">Hedefler</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All destinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event type, e.g. Order Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by event type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile id or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by profile id or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all deliveries again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing delivery %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live · updates every second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the selected retrying deliveries now instead of waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the selected finished deliveries again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay dead letters since…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the selected open deliveries; they are not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the delivery figures: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the selected deliveries was waiting for a retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 selected deliveries will be retried now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Send %n delivery(s) again? Delivered ones reach the destination a second time (with the same idempotency key); open ones are left alone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to replay: the selected deliveries are still open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 selected deliveries queued again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n dead letter(s) since %1 queued again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Discard deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Discard %n delivery(s)? They will not be sent, and later events of the same profile stop waiting for them. Only open deliveries (pending, retrying, blocked) are discarded.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing discarded: none of the selected deliveries was open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 selected deliveries discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 paused: nothing is sent until it is resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 resumed.</source>
        <translation type="unfinished"></translation>
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
    <name>sb::MappingEditor</name>
    <message>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions must</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match profiles by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event types the mapping takes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination event name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Placed Order or SMRT {{event.name}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the destination&apos;s own identifiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email (events without one are skipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All event types (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: a mapping needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event types: tick at least one event type, or all (*).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action: choose what the destination does with the event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be saved yet:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::MappingListModel</name>
    <message>
        <source>%1 (v%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (v%2, disabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::MappingVersionsModel</name>
    <message>
        <source>v%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::MappingsPage</name>
    <message>
        <source>Rendering every event type with every mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n combination(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with findings</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit destination…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mappings</source>
        <translation type="unfinished">Eşlemeler</translation>
    </message>
    <message>
        <source>Mappings of the destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the selected version again as the newest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed (kept with the version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every catalog event type with every mapping, with findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No destinations yet: add one on the Destinations page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This destination has no mappings yet: start one with New mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new mapping: not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved in the console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 restored as version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New mapping &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (unsaved changes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping &apos;%1&apos; has changes that are not saved. Discard them?</source>
        <translation type="unfinished"></translation>
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
    <name>sb::PreviewMatrixModel</name>
    <message>
        <source>skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::PreviewPanel</name>
    <message>
        <source>Could not load the event: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored event %1: %2 %3 from %4, profile %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event type to preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored event id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the request as a curl command; secrets stay masked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send test event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends this request to the destination&apos;s base URL and shows the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test event response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading event %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an event type to preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select or create a mapping to see the request it makes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This mapping does not take %1 events of %2; shown as if it did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping is disabled: delivery does not use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1; idempotency key %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent or no answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 %2 in %3 ms: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ProfileFlagText</name>
    <message>
        <source>no email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merged into #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ProfileSearchModel</name>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ProfileTimelineModel</name>
    <message>
        <source>out: delivery #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in: event #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In / out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event / destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source / mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ProfileView</name>
    <message>
        <source>Select a profile to see its traits, identities and timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries, all shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries shown; scroll for older ones</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot load the timeline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot load the profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile with this id in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merged from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created %1, updated %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open profile #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no source)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events and their deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile flags and merges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the profile this one was merged into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline source filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline type filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain where the selected event went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source / trait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traits by source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First seen (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ProfilesPage</name>
    <message>
        <source>Search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Newest profiles first; %n shown, scroll for more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No profile matches “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The first %n matches; type more to narrow</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matching profiles</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Search by email, name, phone or id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation type="unfinished">Profiller</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ReplayDeadDialog</name>
    <message>
        <source>%1 (%2 dead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay dead letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last attempt &amp;since:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination whose dead letters to replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay dead letters whose last attempt is at or after this time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each dead letter is sent again with its original idempotency key and a new retry window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::SecretField</name>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored: %1 (type to replace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the typed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only the value being typed; stored values stay masked.</source>
        <translation type="unfinished"></translation>
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
