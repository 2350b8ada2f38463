<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de">
<context>
    <name>DeliveryDetail</name>
    <message>
        <source>No delivery with id %1.</source>
        <translation>Keine Zustellung mit der ID %1.</translation>
    </message>
    <message>
        <source># this delivery's item, one of %1 in the batch:</source>
        <translation># Element dieser Zustellung, eines von %1 im Stapel:</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Edit mapping</source>
        <translation>Zuordnung bearbeiten</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Destination '%1' uses an unknown connector '%2'.</source>
        <translation>Ziel '%1' verwendet einen unbekannten Konnektor '%2'.</translation>
    </message>
    <message>
        <source>Nothing to send: the renderer skips this event (%1).</source>
        <translation>Nichts zu senden: Der Renderer überspringt dieses Ereignis (%1).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Switchboard operator console</source>
        <translation>Switchboard-Bedienkonsole</translation>
    </message>
    <message>
        <source>Workspace folder (default: the demo workspace).</source>
        <translation>Arbeitsbereich-Ordner (Standard: der Demo-Arbeitsbereich).</translation>
    </message>
    <message>
        <source>Page to show first.</source>
        <translation>Zuerst angezeigte Seite.</translation>
    </message>
    <message>
        <source>Render the window to a PNG and exit.</source>
        <translation>Fenster als PNG speichern und beenden.</translation>
    </message>
    <message>
        <source>With --screenshot: milliseconds to wait after the page has loaded (default 400).</source>
        <translation>Mit --screenshot: Millisekunden Wartezeit nach dem Laden der Seite (Standard 400).</translation>
    </message>
    <message>
        <source>Monitor and control only: do not ingest or deliver (automatic when switchboard-engine runs on the workspace).</source>
        <translation>Nur überwachen und steuern: nichts annehmen oder zustellen (automatisch, wenn switchboard-engine auf dem Arbeitsbereich läuft).</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Attached to engine (process %1)</source>
        <translation>Mit Engine verbunden (Prozess %1)</translation>
    </message>
    <message>
        <source>Engine running</source>
        <translation>Engine läuft</translation>
    </message>
    <message>
        <source>Engine running · ingest %1</source>
        <translation>Engine läuft · Empfang %1</translation>
    </message>
</context>
<context>
    <name>sb::AttemptHistoryModel</name>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>sb::ConditionsModel</name>
    <message>
        <source>Condition %1</source>
        <translation>Bedingung %1</translation>
    </message>
    <message>
        <source>%1: the path is empty.</source>
        <translation>%1: Der Pfad ist leer.</translation>
    </message>
    <message>
        <source>%1 (path '%2'): %3</source>
        <translation>%1 (Pfad '%2'): %3</translation>
    </message>
    <message>
        <source>%1: unknown operator '%2'; use one of %3</source>
        <translation>%1: unbekannter Operator '%2'; verwenden Sie einen von %3</translation>
    </message>
    <message>
        <source>%1: in_list needs a list value such as ["a", "b"].</source>
        <translation>%1: in_list benötigt eine Liste als Wert, z. B. ["a", "b"].</translation>
    </message>
    <message>
        <source>%1: %2 needs a number or a date.</source>
        <translation>%1: %2 benötigt eine Zahl oder ein Datum.</translation>
    </message>
    <message>
        <source>%1: a value is required.</source>
        <translation>%1: Ein Wert ist erforderlich.</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>sb::DeliveryDetailView</name>
    <message>
        <source>Not sent yet: no attempt was made.</source>
        <translation>Noch nicht gesendet: Es wurde kein Versuch unternommen.</translation>
    </message>
    <message>
        <source>No answer: %1</source>
        <translation>Keine Antwort: %1</translation>
    </message>
    <message>
        <source>Select a delivery to see what was sent and what came back.</source>
        <translation>Wählen Sie eine Zustellung, um zu sehen, was gesendet wurde und was zurückkam.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Delivery %1&lt;/b&gt; &amp;nbsp; &lt;span style="color:%2"&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/span&gt;&lt;br&gt;%4 → %5 · profile %6 · created %7</source>
        <translation>&lt;b&gt;Zustellung %1&lt;/b&gt; &amp;nbsp; &lt;span style="color:%2"&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/span&gt;&lt;br&gt;%4 → %5 · Profil %6 · erstellt %7</translation>
    </message>
    <message>
        <source> · delivered %1</source>
        <translation> · zugestellt %1</translation>
    </message>
    <message>
        <source>You sent</source>
        <translation>Von Ihnen gesendet</translation>
    </message>
    <message>
        <source>Request to destination</source>
        <translation>Anfrage an das Ziel</translation>
    </message>
    <message>
        <source>Response from destination</source>
        <translation>Antwort des Ziels</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Event as received</source>
        <translation>Ereignis wie empfangen</translation>
    </message>
    <message>
        <source>Request sent to the destination, secrets masked</source>
        <translation>An das Ziel gesendete Anfrage, Geheimnisse maskiert</translation>
    </message>
    <message>
        <source>Response from the destination</source>
        <translation>Antwort des Ziels</translation>
    </message>
    <message>
        <source>Attempt history</source>
        <translation>Versuchsverlauf</translation>
    </message>
    <message>
        <source>Delivery detail</source>
        <translation>Zustellungsdetails</translation>
    </message>
</context>
<context>
    <name>sb::DeliveryTableModel</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Nächster Versuch</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
</context>
<context>
    <name>sb::DestinationCard</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Backlog &lt;b&gt;%1&lt;/b&gt; · Retrying %2 · Dead letters %3</source>
        <translation>Rückstand &lt;b&gt;%1&lt;/b&gt; · In Wiederholung %2 · Unzustellbar %3</translation>
    </message>
    <message>
        <source>Next attempt: when resumed</source>
        <translation>Nächster Versuch: nach dem Fortsetzen</translation>
    </message>
    <message>
        <source>Next attempt: now</source>
        <translation>Nächster Versuch: jetzt</translation>
    </message>
    <message>
        <source>Next attempt: %1 (in %2 s)</source>
        <translation>Nächster Versuch: %1 (in %2 s)</translation>
    </message>
    <message>
        <source>Next attempt: nothing waiting</source>
        <translation>Nächster Versuch: nichts wartet</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Breaker open until %1</source>
        <translation>Schutzschalter offen bis %1</translation>
    </message>
    <message>
        <source>Breaker open</source>
        <translation>Schutzschalter offen</translation>
    </message>
    <message>
        <source>Breaker half-open</source>
        <translation>Schutzschalter halb offen</translation>
    </message>
    <message>
        <source>Holding until %1</source>
        <translation>Zurückgehalten bis %1</translation>
    </message>
    <message>
        <source>Rate limited %1/s of %2/s</source>
        <translation>Ratenbegrenzt: %1/s von %2/s</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Resume %1</source>
        <translation>%1 fortsetzen</translation>
    </message>
    <message>
        <source>Pause %1</source>
        <translation>%1 anhalten</translation>
    </message>
    <message>
        <source>Replay dead letters of %1</source>
        <translation>Unzustellbare Nachrichten von %1 erneut senden</translation>
    </message>
    <message>
        <source>Destination %1</source>
        <translation>Ziel %1</translation>
    </message>
    <message>
        <source>%1; %2 delivered per second; success %3; p95 %4; %5</source>
        <translation>%1; %2 zugestellt pro Sekunde; Erfolg %3; p95 %4; %5</translation>
    </message>
    <message>
        <source>delivered/s</source>
        <translation>zugestellt/s</translation>
    </message>
    <message>
        <source>Replay dead…</source>
        <translation>Unzustellbare erneut senden…</translation>
    </message>
    <message>
        <source>Stop or restart sending to this destination</source>
        <translation>Senden an dieses Ziel anhalten oder fortsetzen</translation>
    </message>
    <message>
        <source>Send this destination's dead letters again</source>
        <translation>Unzustellbare Nachrichten dieses Ziels erneut senden</translation>
    </message>
    <message>
        <source>success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>Deliveries per second, last minute</source>
        <translation>Zustellungen pro Sekunde, letzte Minute</translation>
    </message>
    <message>
        <source>Share of attempts that succeeded in the last hour</source>
        <translation>Anteil erfolgreicher Versuche in der letzten Stunde</translation>
    </message>
    <message>
        <source>95th percentile of the time from intake to delivery, last hour</source>
        <translation>95. Perzentil der Zeit von Eingang bis Zustellung, letzte Stunde</translation>
    </message>
</context>
<context>
    <name>sb::DestinationListModel</name>
    <message>
        <source>%1 (%2, paused)</source>
        <translation>%1 (%2, angehalten)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>sb::DestinationRequest</name>
    <message>
        <source>The base URL '%1' is not a valid http(s) URL.</source>
        <translation>Die Basis-URL '%1' ist keine gültige http(s)-URL.</translation>
    </message>
    <message>
        <source>No answer within %1 s (timed out or cancelled).</source>
        <translation>Keine Antwort innerhalb von %1 s (Zeitüberschreitung oder abgebrochen).</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <source>retryable failure</source>
        <translation>wiederholbarer Fehler</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>credentials accepted</source>
        <translation>Zugangsdaten akzeptiert</translation>
    </message>
    <message>
        <source>credentials rejected: %1</source>
        <translation>Zugangsdaten abgelehnt: %1</translation>
    </message>
    <message>
        <source>the credential check answered HTTP %1: %2</source>
        <translation>die Prüfung der Zugangsdaten antwortete HTTP %1: %2</translation>
    </message>
</context>
<context>
    <name>sb::DestinationsPage</name>
    <message>
        <source>Destinations</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>New destination</source>
        <translation>Neues Ziel</translation>
    </message>
    <message>
        <source>Install recipe…</source>
        <translation>Vorlage installieren…</translation>
    </message>
    <message>
        <source>Adds a ready-made destination with its mappings.</source>
        <translation>Fügt ein fertiges Ziel mit seinen Zuordnungen hinzu.</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Konnektor</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>Connector settings (JSON)</source>
        <translation>Konnektor-Einstellungen (JSON)</translation>
    </message>
    <message>
        <source>Destination name</source>
        <translation>Name des Ziels</translation>
    </message>
    <message>
        <source>Connector settings as JSON</source>
        <translation>Konnektor-Einstellungen als JSON</translation>
    </message>
    <message>
        <source>Rate limit and retries</source>
        <translation>Ratenbegrenzung und Wiederholungen</translation>
    </message>
    <message>
        <source>Requests per second, burst</source>
        <translation>Anfragen pro Sekunde, Burst</translation>
    </message>
    <message>
        <source>Back-off first, longest (s)</source>
        <translation>Wartezeit erste, längste (s)</translation>
    </message>
    <message>
        <source>Give up after (minutes)</source>
        <translation>Aufgeben nach (Minuten)</translation>
    </message>
    <message>
        <source>Also retry statuses</source>
        <translation>Auch erneut versuchen bei Status</translation>
    </message>
    <message>
        <source>Request timeout (s)</source>
        <translation>Zeitlimit für Anfragen (s)</translation>
    </message>
    <message>
        <source>connector's (%1/s)</source>
        <translation>vom Konnektor (%1/s)</translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation>Anfragen pro Sekunde</translation>
    </message>
    <message>
        <source>connector's (%1)</source>
        <translation>vom Konnektor (%1)</translation>
    </message>
    <message>
        <source>Burst</source>
        <translation>Burst</translation>
    </message>
    <message>
        <source>First back-off in seconds</source>
        <translation>Erste Wartezeit in Sekunden</translation>
    </message>
    <message>
        <source>Longest back-off in seconds</source>
        <translation>Längste Wartezeit in Sekunden</translation>
    </message>
    <message>
        <source>Retry window in minutes</source>
        <translation>Wiederholungszeitraum in Minuten</translation>
    </message>
    <message>
        <source>HTTP statuses to retry</source>
        <translation>Erneut zu versuchende HTTP-Status</translation>
    </message>
    <message>
        <source>e.g. 408, 429</source>
        <translation>z. B. 408, 429</translation>
    </message>
    <message>
        <source>Retry server errors (5xx except 501 and 505)</source>
        <translation>Bei Serverfehlern erneut versuchen (5xx außer 501 und 505)</translation>
    </message>
    <message>
        <source>Request timeout in seconds</source>
        <translation>Zeitlimit für Anfragen in Sekunden</translation>
    </message>
    <message>
        <source>Keep each profile's events in order</source>
        <translation>Ereignisse jedes Profils in Reihenfolge halten</translation>
    </message>
    <message>
        <source>Add destination</source>
        <translation>Ziel hinzufügen</translation>
    </message>
    <message>
        <source>Save destination</source>
        <translation>Ziel speichern</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Sends a GET request to the base URL and shows whether the server answers.</source>
        <translation>Sendet eine GET-Anfrage an die Basis-URL und zeigt, ob der Server antwortet.</translation>
    </message>
    <message>
        <source>Open mappings</source>
        <translation>Zuordnungen öffnen</translation>
    </message>
    <message>
        <source>Paused: deliveries wait until it is resumed.</source>
        <translation>Angehalten: Zustellungen warten, bis es fortgesetzt wird.</translation>
    </message>
    <message>
        <source>This connector needs no credentials.</source>
        <translation>Dieser Konnektor benötigt keine Zugangsdaten.</translation>
    </message>
    <message>
        <source>Name: a destination needs a name.</source>
        <translation>Name: Ein Ziel benötigt einen Namen.</translation>
    </message>
    <message>
        <source>Base URL: '%1' is not an http(s) URL such as https://api.example.com.</source>
        <translation>Basis-URL: '%1' ist keine http(s)-URL wie https://api.example.com.</translation>
    </message>
    <message>
        <source>Connector settings: not valid JSON at character %1 (%2).</source>
        <translation>Konnektor-Einstellungen: kein gültiges JSON bei Zeichen %1 (%2).</translation>
    </message>
    <message>
        <source>Connector settings: must be a JSON object such as {"revision": "2026-07-15"}.</source>
        <translation>Konnektor-Einstellungen: muss ein JSON-Objekt sein, z. B. {"revision": "2026-07-15"}.</translation>
    </message>
    <message>
        <source>Retry statuses: '%1' is not an HTTP status (100-599).</source>
        <translation>Wiederholungsstatus: '%1' ist kein HTTP-Status (100-599).</translation>
    </message>
    <message>
        <source>Back-off: the longest back-off is shorter than the first.</source>
        <translation>Wartezeit: Die längste Wartezeit ist kürzer als die erste.</translation>
    </message>
    <message>
        <source>Not saved. %1</source>
        <translation>Nicht gespeichert. %1</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>Nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Destination '%1' added; its credentials are stored encrypted.</source>
        <translation>Ziel '%1' hinzugefügt; seine Zugangsdaten werden verschlüsselt gespeichert.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Destination '%1' saved.</source>
        <translation>Ziel '%1' gespeichert.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Connection failed: %1%2</source>
        <translation>Verbindung fehlgeschlagen: %1%2</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Install recipe</source>
        <translation>Vorlage installieren</translation>
    </message>
    <message>
        <source>Recipe:</source>
        <translation>Vorlage:</translation>
    </message>
    <message>
        <source>No recipe named '%1'.</source>
        <translation>Keine Vorlage namens '%1'.</translation>
    </message>
    <message>
        <source>Recipe not installed: %1</source>
        <translation>Vorlage nicht installiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Installed '%1': a destination and %n mapping(s).</source>
        <translation>
            <numerusform>'%1' installiert: ein Ziel und %n Zuordnung.</numerusform>
            <numerusform>'%1' installiert: ein Ziel und %n Zuordnungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Still needed: %1.</source>
        <translation>Noch erforderlich: %1.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 in %3 ms: %4.</source>
        <translation>%1 antwortete HTTP %2 in %3 ms: %4.</translation>
    </message>
    <message>
        <source>Connected: %1 answered HTTP %2 %3 in %4 ms. This API has no credential check; credentials are checked when an event is sent (Mappings → Send test event).</source>
        <translation>Verbunden: %1 antwortete HTTP %2 %3 in %4 ms. Diese API bietet keine Prüfung der Zugangsdaten; sie werden beim Senden eines Ereignisses geprüft (Zuordnungen → Testereignis senden).</translation>
    </message>
</context>
<context>
    <name>sb::EngineStatusWidget</name>
    <message>
        <source>In: %1 events/s</source>
        <translation>Eingang: %1 Ereignisse/s</translation>
    </message>
    <message>
        <source>Backlog: %1</source>
        <translation>Rückstand: %1</translation>
    </message>
    <message>
        <source>Dead letters: %1</source>
        <translation>Unzustellbar: %1</translation>
    </message>
    <message>
        <source>Ingest rate</source>
        <translation>Eingangsrate</translation>
    </message>
    <message>
        <source>Delivery backlog</source>
        <translation>Zustellrückstand</translation>
    </message>
    <message>
        <source>Dead letters</source>
        <translation>Unzustellbare Nachrichten</translation>
    </message>
</context>
<context>
    <name>sb::EventStreamModel</name>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Received (UTC)</source>
        <translation>Empfangen (UTC)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Message id</source>
        <translation>Nachrichten-ID</translation>
    </message>
</context>
<context>
    <name>sb::EventsPage</name>
    <message>
        <source>Cannot read events: %1</source>
        <translation>Ereignisse können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Event #%1: loading…</source>
        <translation>Ereignis #%1: wird geladen…</translation>
    </message>
    <message>
        <source>Cannot load event #%1: %2</source>
        <translation>Ereignis #%1 kann nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>There is no event #%1 in the workspace.</source>
        <translation>Im Arbeitsbereich gibt es kein Ereignis #%1.</translation>
    </message>
    <message>
        <source>Event #%1 · %2 %3 from %4 · received %5</source>
        <translation>Ereignis #%1 · %2 %3 von %4 · empfangen %5</translation>
    </message>
    <message>
        <source>delivery #%1: %2</source>
        <translation>Zustellung #%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n Versuch</numerusform>
            <numerusform>%n Versuche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s); %1</source>
        <translation>
            <numerusform>%n Versuch; %1</numerusform>
            <numerusform>%n Versuche; %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Activate to open the delivery</source>
        <translation>Aktivieren, um die Zustellung zu öffnen</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>not routed yet, or no destination</source>
        <translation>noch nicht weitergeleitet oder kein Ziel</translation>
    </message>
    <message numerus="yes">
        <source>Paused · %n new</source>
        <translation>
            <numerusform>Angehalten · %n neues</numerusform>
            <numerusform>Angehalten · %n neue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Live · %n shown</source>
        <translation>
            <numerusform>Live · %n angezeigt</numerusform>
            <numerusform>Live · %n angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Alle Quellen</translation>
    </message>
    <message>
        <source>Source filter</source>
        <translation>Quellenfilter</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Type filter</source>
        <translation>Typfilter</translation>
    </message>
    <message>
        <source>Filter by id, name, message id, source or profile</source>
        <translation>Nach ID, Name, Nachrichten-ID, Quelle oder Profil filtern</translation>
    </message>
    <message>
        <source>Text filter</source>
        <translation>Textfilter</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Pause or resume the live stream</source>
        <translation>Live-Stream anhalten oder fortsetzen</translation>
    </message>
    <message>
        <source>Stream status</source>
        <translation>Stream-Status</translation>
    </message>
    <message>
        <source>Incoming events</source>
        <translation>Eingehende Ereignisse</translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation>Profil öffnen</translation>
    </message>
    <message>
        <source>Open this event's profile</source>
        <translation>Profil dieses Ereignisses öffnen</translation>
    </message>
    <message>
        <source>Event payload</source>
        <translation>Ereignis-Payload</translation>
    </message>
    <message>
        <source>The selected event's payload</source>
        <translation>Payload des ausgewählten Ereignisses</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Routing outcome</source>
        <translation>Ergebnis der Weiterleitung</translation>
    </message>
    <message>
        <source>Select an event to see its payload and where it went.</source>
        <translation>Wählen Sie ein Ereignis, um seinen Payload und sein Ziel zu sehen.</translation>
    </message>
</context>
<context>
    <name>sb::ExplainDialog</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Cannot explain: %1</source>
        <translation>Erklärung nicht möglich: %1</translation>
    </message>
    <message>
        <source>Event #%1 (%2%3) from %4, received %5</source>
        <translation>Ereignis #%1 (%2%3) von %4, empfangen %5</translation>
    </message>
    <message>
        <source>No destination is configured, so the event went nowhere.</source>
        <translation>Es ist kein Ziel konfiguriert, daher wurde das Ereignis nirgendwohin weitergeleitet.</translation>
    </message>
    <message>
        <source>Why event #%1 went where it went</source>
        <translation>Warum Ereignis #%1 dorthin ging, wohin es ging</translation>
    </message>
    <message>
        <source>Routing of event #%1 at every destination</source>
        <translation>Weiterleitung von Ereignis #%1 an jedem Ziel</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>Show in Events</source>
        <translation>In Ereignissen anzeigen</translation>
    </message>
    <message>
        <source>Show this event on the Events page</source>
        <translation>Dieses Ereignis auf der Seite Ereignisse anzeigen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>sb::ExpressionDelegate</name>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
</context>
<context>
    <name>sb::FieldMapModel</name>
    <message>
        <source>The field has no target.</source>
        <translation>Das Feld hat kein Ziel.</translation>
    </message>
    <message>
        <source>Field '%1': the expression is empty.</source>
        <translation>Feld '%1': Der Ausdruck ist leer.</translation>
    </message>
    <message>
        <source>Field '%1': %2</source>
        <translation>Feld '%1': %2</translation>
    </message>
    <message>
        <source>Destination field</source>
        <translation>Zielfeld</translation>
    </message>
    <message>
        <source>Expression</source>
        <translation>Ausdruck</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>sb::LanguageSwitcher</name>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
</context>
<context>
    <name>sb::LiveCharts</name>
    <message>
        <source>Traffic</source>
        <translation>Datenverkehr</translation>
    </message>
    <message>
        <source>10 min</source>
        <translation>10 min</translation>
    </message>
    <message>
        <source>1 h</source>
        <translation>1 h</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24 h</translation>
    </message>
    <message>
        <source>Show the last 10 minutes</source>
        <translation>Die letzten 10 Minuten anzeigen</translation>
    </message>
    <message>
        <source>Show the last hour</source>
        <translation>Die letzte Stunde anzeigen</translation>
    </message>
    <message>
        <source>Show the last 24 hours</source>
        <translation>Die letzten 24 Stunden anzeigen</translation>
    </message>
    <message>
        <source>Delivered per second</source>
        <translation>Zugestellt pro Sekunde</translation>
    </message>
    <message>
        <source>Failed attempts</source>
        <translation>Fehlgeschlagene Versuche</translation>
    </message>
    <message>
        <source>p95 latency (ms)</source>
        <translation>p95-Latenz (ms)</translation>
    </message>
    <message>
        <source>Throughput chart</source>
        <translation>Durchsatzdiagramm</translation>
    </message>
    <message>
        <source>Errors chart</source>
        <translation>Fehlerdiagramm</translation>
    </message>
    <message>
        <source>Latency chart</source>
        <translation>Latenzdiagramm</translation>
    </message>
</context>
<context>
    <name>sb::LivePage</name>
    <message>
        <source>No destinations yet: add one on the Destinations page.</source>
        <translation>Noch keine Ziele: Fügen Sie eines auf der Seite Ziele hinzu.</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Zustellungen</translation>
    </message>
    <message>
        <source>All destinations</source>
        <translation>Alle Ziele</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Beliebiger Status</translation>
    </message>
    <message>
        <source>Filter by destination</source>
        <translation>Nach Ziel filtern</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <source>Event type, e.g. Order Created</source>
        <translation>Ereignistyp, z. B. Order Created</translation>
    </message>
    <message>
        <source>Filter by event type</source>
        <translation>Nach Ereignistyp filtern</translation>
    </message>
    <message>
        <source>Profile id or email</source>
        <translation>Profil-ID oder E-Mail</translation>
    </message>
    <message>
        <source>Filter by profile id or email</source>
        <translation>Nach Profil-ID oder E-Mail filtern</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Alle anzeigen</translation>
    </message>
    <message>
        <source>Show all deliveries again</source>
        <translation>Wieder alle Zustellungen anzeigen</translation>
    </message>
    <message>
        <source>Showing delivery %1</source>
        <translation>Zustellung %1 wird angezeigt</translation>
    </message>
    <message>
        <source>Deliveries, newest first</source>
        <translation>Zustellungen, neueste zuerst</translation>
    </message>
    <message>
        <source>Live · updates every second</source>
        <translation>Live · jede Sekunde aktualisiert</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>Send the selected retrying deliveries now instead of waiting</source>
        <translation>Die ausgewählten Zustellungen in Wiederholung jetzt senden, statt zu warten</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>Send the selected finished deliveries again</source>
        <translation>Die ausgewählten abgeschlossenen Zustellungen erneut senden</translation>
    </message>
    <message>
        <source>Replay dead letters since…</source>
        <translation>Unzustellbare Nachrichten erneut senden seit…</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Drop the selected open deliveries; they are not sent</source>
        <translation>Die ausgewählten offenen Zustellungen verwerfen; sie werden nicht gesendet</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Delivery actions</source>
        <translation>Zustellungsaktionen</translation>
    </message>
    <message>
        <source>Could not read the delivery figures: %1</source>
        <translation>Die Zustellungszahlen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Destination %1</source>
        <translation>Ziel %1</translation>
    </message>
    <message>
        <source>Pause destination</source>
        <translation>Ziel anhalten</translation>
    </message>
    <message>
        <source>Resume %1</source>
        <translation>%1 fortsetzen</translation>
    </message>
    <message>
        <source>Pause %1</source>
        <translation>%1 anhalten</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>None of the selected deliveries was waiting for a retry.</source>
        <translation>Keine der ausgewählten Zustellungen wartete auf einen erneuten Versuch.</translation>
    </message>
    <message>
        <source>%1 of %2 selected deliveries will be retried now.</source>
        <translation>%1 von %2 ausgewählten Zustellungen werden jetzt erneut versucht.</translation>
    </message>
    <message>
        <source>Replay deliveries</source>
        <translation>Zustellungen erneut senden</translation>
    </message>
    <message numerus="yes">
        <source>Send %n delivery(s) again? Delivered ones reach the destination a second time (with the same idempotency key); open ones are left alone.</source>
        <translation>
            <numerusform>%n Zustellung erneut senden? Bereits zugestellte erreichen das Ziel ein zweites Mal (mit demselben Idempotenzschlüssel); offene bleiben unverändert.</numerusform>
            <numerusform>%n Zustellungen erneut senden? Bereits zugestellte erreichen das Ziel ein zweites Mal (mit demselben Idempotenzschlüssel); offene bleiben unverändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to replay: the selected deliveries are still open.</source>
        <translation>Nichts erneut zu senden: Die ausgewählten Zustellungen sind noch offen.</translation>
    </message>
    <message>
        <source>%1 of %2 selected deliveries queued again.</source>
        <translation>%1 von %2 ausgewählten Zustellungen erneut eingereiht.</translation>
    </message>
    <message numerus="yes">
        <source>%n dead letter(s) since %1 queued again.</source>
        <translation>
            <numerusform>%n unzustellbare Nachricht seit %1 erneut eingereiht.</numerusform>
            <numerusform>%n unzustellbare Nachrichten seit %1 erneut eingereiht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard deliveries</source>
        <translation>Zustellungen verwerfen</translation>
    </message>
    <message numerus="yes">
        <source>Discard %n delivery(s)? They will not be sent, and later events of the same profile stop waiting for them. Only open deliveries (pending, retrying, blocked) are discarded.</source>
        <translation>
            <numerusform>%n Zustellung verwerfen? Sie wird nicht gesendet, und spätere Ereignisse desselben Profils warten nicht mehr darauf. Nur offene Zustellungen (ausstehend, in Wiederholung, blockiert) werden verworfen.</numerusform>
            <numerusform>%n Zustellungen verwerfen? Sie werden nicht gesendet, und spätere Ereignisse desselben Profils warten nicht mehr darauf. Nur offene Zustellungen (ausstehend, in Wiederholung, blockiert) werden verworfen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing discarded: none of the selected deliveries was open.</source>
        <translation>Nichts verworfen: Keine der ausgewählten Zustellungen war offen.</translation>
    </message>
    <message>
        <source>%1 of %2 selected deliveries discarded.</source>
        <translation>%1 von %2 ausgewählten Zustellungen verworfen.</translation>
    </message>
    <message>
        <source>%1 paused: nothing is sent until it is resumed.</source>
        <translation>%1 angehalten: Es wird nichts gesendet, bis es fortgesetzt wird.</translation>
    </message>
    <message>
        <source>%1 resumed.</source>
        <translation>%1 fortgesetzt.</translation>
    </message>
    <message>
        <source>1 accepted event waiting to be stored</source>
        <translation>1 angenommenes Ereignis wartet auf Speicherung</translation>
    </message>
    <message>
        <source>%1 accepted events waiting to be stored</source>
        <translation>%1 angenommene Ereignisse warten auf Speicherung</translation>
    </message>
    <message>
        <source>1 accepted request could not be stored: see switchboard-ctl status</source>
        <translation>1 angenommene Anfrage konnte nicht gespeichert werden: siehe switchboard-ctl status</translation>
    </message>
    <message>
        <source>%1 accepted requests could not be stored: see switchboard-ctl status</source>
        <translation>%1 angenommene Anfragen konnten nicht gespeichert werden: siehe switchboard-ctl status</translation>
    </message>
</context>
<context>
    <name>sb::MainWindow</name>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Mappings</source>
        <translation>Zuordnungen</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>About Switchboard</source>
        <translation>Über Switchboard</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Switchboard %1&lt;/h3&gt;&lt;p&gt;Routes customer events from store systems to marketing tools, with a local SQLite-backed sync engine.&lt;/p&gt;&lt;p&gt;Workspace: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Switchboard %1&lt;/h3&gt;&lt;p&gt;Leitet Kundenereignisse aus Ladensystemen an Marketing-Tools weiter, mit einer lokalen, SQLite-gestützten Sync-Engine.&lt;/p&gt;&lt;p&gt;Arbeitsbereich: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Switchboard — %1</source>
        <translation>Switchboard — %1</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Engine state</source>
        <translation>Engine-Status</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About Switchboard</source>
        <translation>Ü&amp;ber Switchboard</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
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
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Event types</source>
        <translation>Ereignistypen</translation>
    </message>
    <message>
        <source>Conditions must</source>
        <translation>Bedingungen:</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Event name</source>
        <translation>Ereignisname</translation>
    </message>
    <message>
        <source>Match profiles by</source>
        <translation>Profile abgleichen über</translation>
    </message>
    <message>
        <source>Field map</source>
        <translation>Feldzuordnung</translation>
    </message>
    <message>
        <source>Mapping name</source>
        <translation>Name der Zuordnung</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Mapping enabled</source>
        <translation>Zuordnung aktiviert</translation>
    </message>
    <message>
        <source>Event types the mapping takes</source>
        <translation>Ereignistypen, die die Zuordnung übernimmt</translation>
    </message>
    <message>
        <source>all hold</source>
        <translation>alle müssen zutreffen</translation>
    </message>
    <message>
        <source>any holds</source>
        <translation>mindestens eine muss zutreffen</translation>
    </message>
    <message>
        <source>Condition match</source>
        <translation>Bedingungsabgleich</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>Bedingung hinzufügen</translation>
    </message>
    <message>
        <source>Remove condition</source>
        <translation>Bedingung entfernen</translation>
    </message>
    <message>
        <source>Destination action</source>
        <translation>Aktion am Ziel</translation>
    </message>
    <message>
        <source>Destination event name</source>
        <translation>Ereignisname am Ziel</translation>
    </message>
    <message>
        <source>e.g. Placed Order or SMRT {{event.name}}</source>
        <translation>z. B. Placed Order oder SMRT {{event.name}}</translation>
    </message>
    <message>
        <source>the destination's own identifiers</source>
        <translation>die eigenen Kennungen des Ziels</translation>
    </message>
    <message>
        <source>email (events without one are skipped)</source>
        <translation>E-Mail (Ereignisse ohne E-Mail werden übersprungen)</translation>
    </message>
    <message>
        <source>Add field</source>
        <translation>Feld hinzufügen</translation>
    </message>
    <message>
        <source>Remove field</source>
        <translation>Feld entfernen</translation>
    </message>
    <message>
        <source>All event types (*)</source>
        <translation>Alle Ereignistypen (*)</translation>
    </message>
    <message>
        <source>Name: a mapping needs a name.</source>
        <translation>Name: Eine Zuordnung benötigt einen Namen.</translation>
    </message>
    <message>
        <source>Event types: tick at least one event type, or all (*).</source>
        <translation>Ereignistypen: Wählen Sie mindestens einen Ereignistyp oder alle (*).</translation>
    </message>
    <message>
        <source>Action: choose what the destination does with the event.</source>
        <translation>Aktion: Wählen Sie, was das Ziel mit dem Ereignis macht.</translation>
    </message>
    <message>
        <source>Event name: %1</source>
        <translation>Ereignisname: %1</translation>
    </message>
    <message>
        <source>Cannot be saved yet:</source>
        <translation>Kann noch nicht gespeichert werden:</translation>
    </message>
</context>
<context>
    <name>sb::MappingListModel</name>
    <message>
        <source>%1 (v%2)</source>
        <translation>%1 (v%2)</translation>
    </message>
    <message>
        <source>%1 (v%2, disabled)</source>
        <translation>%1 (v%2, deaktiviert)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
</context>
<context>
    <name>sb::MappingVersionsModel</name>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>sb::MappingsPage</name>
    <message>
        <source>Rendering every event type with every mapping…</source>
        <translation>Jeder Ereignistyp wird mit jeder Zuordnung gerendert…</translation>
    </message>
    <message numerus="yes">
        <source>%n combination(s)</source>
        <translation>
            <numerusform>%n Kombination</numerusform>
            <numerusform>%n Kombinationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with findings</source>
        <translation>
            <numerusform>%n mit Befunden</numerusform>
            <numerusform>%n mit Befunden</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Destination</source>
        <translation>&amp;Ziel</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Edit destination…</source>
        <translation>Ziel bearbeiten…</translation>
    </message>
    <message>
        <source>Mappings</source>
        <translation>Zuordnungen</translation>
    </message>
    <message>
        <source>Mappings of the destination</source>
        <translation>Zuordnungen des Ziels</translation>
    </message>
    <message>
        <source>New mapping</source>
        <translation>Neue Zuordnung</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Saved versions</source>
        <translation>Gespeicherte Versionen</translation>
    </message>
    <message>
        <source>Restore version</source>
        <translation>Version wiederherstellen</translation>
    </message>
    <message>
        <source>Saves the selected version again as the newest.</source>
        <translation>Speichert die ausgewählte Version erneut als neueste.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>What changed (kept with the version)</source>
        <translation>Was wurde geändert (wird mit der Version gespeichert)</translation>
    </message>
    <message>
        <source>Version note</source>
        <translation>Versionsnotiz</translation>
    </message>
    <message>
        <source>Save version</source>
        <translation>Version speichern</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Preview matrix</source>
        <translation>Vorschaumatrix</translation>
    </message>
    <message>
        <source>Compute matrix</source>
        <translation>Matrix berechnen</translation>
    </message>
    <message>
        <source>Every catalog event type with every mapping, with findings.</source>
        <translation>Jeder Ereignistyp des Katalogs mit jeder Zuordnung, mit Befunden.</translation>
    </message>
    <message>
        <source>No destinations yet: add one on the Destinations page.</source>
        <translation>Noch keine Ziele: Fügen Sie eines auf der Seite Ziele hinzu.</translation>
    </message>
    <message>
        <source>This destination has no mappings yet: start one with New mapping.</source>
        <translation>Dieses Ziel hat noch keine Zuordnungen: Beginnen Sie eine mit Neue Zuordnung.</translation>
    </message>
    <message>
        <source>Version %1 of '%2'.</source>
        <translation>Version %1 von '%2'.</translation>
    </message>
    <message>
        <source>A new mapping: not saved yet.</source>
        <translation>Eine neue Zuordnung: noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>saved in the console</source>
        <translation>in der Konsole gespeichert</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>Als Version %1 gespeichert.</translation>
    </message>
    <message>
        <source>Not restored: %1</source>
        <translation>Nicht wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>Version %1 restored as version %2.</source>
        <translation>Version %1 als Version %2 wiederhergestellt.</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <source>New mapping '%1'</source>
        <translation>Neue Zuordnung '%1'</translation>
    </message>
    <message>
        <source>Mapping '%1'</source>
        <translation>Zuordnung '%1'</translation>
    </message>
    <message>
        <source> (unsaved changes)</source>
        <translation> (ungespeicherte Änderungen)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The mapping '%1' has changes that are not saved. Discard them?</source>
        <translation>Die Zuordnung '%1' hat nicht gespeicherte Änderungen. Verwerfen?</translation>
    </message>
</context>
<context>
    <name>sb::OverviewPage</name>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Location: %1</source>
        <translation>Ort: %1</translation>
    </message>
    <message>
        <source>Table row counts</source>
        <translation>Zeilen je Tabelle</translation>
    </message>
    <message>
        <source>Location: %1 · schema version %2</source>
        <translation>Ort: %1 · Schemaversion %2</translation>
    </message>
</context>
<context>
    <name>sb::PreviewMatrixModel</name>
    <message>
        <source>skipped: %1</source>
        <translation>übersprungen: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>No mapping</source>
        <translation>Keine Zuordnung</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Ereignistyp</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>sb::PreviewPanel</name>
    <message>
        <source>Could not load the event: %1</source>
        <translation>Das Ereignis konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Stored event %1: %2 %3 from %4, profile %5</source>
        <translation>Gespeichertes Ereignis %1: %2 %3 von %4, Profil %5</translation>
    </message>
    <message>
        <source>Payload preview</source>
        <translation>Payload-Vorschau</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Ereignistyp</translation>
    </message>
    <message>
        <source>Event type to preview</source>
        <translation>Ereignistyp für die Vorschau</translation>
    </message>
    <message>
        <source>Catalog sample</source>
        <translation>Katalogbeispiel</translation>
    </message>
    <message>
        <source>Stored event</source>
        <translation>Gespeichertes Ereignis</translation>
    </message>
    <message>
        <source>Preview input</source>
        <translation>Vorschau-Eingabe</translation>
    </message>
    <message>
        <source>event id</source>
        <translation>Ereignis-ID</translation>
    </message>
    <message>
        <source>Stored event id</source>
        <translation>ID des gespeicherten Ereignisses</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Laden</translation>
    </message>
    <message>
        <source>Request preview</source>
        <translation>Anfrage-Vorschau</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Als curl kopieren</translation>
    </message>
    <message>
        <source>Copies the request as a curl command; secrets stay masked.</source>
        <translation>Kopiert die Anfrage als curl-Befehl; Geheimnisse bleiben maskiert.</translation>
    </message>
    <message>
        <source>Send test event</source>
        <translation>Testereignis senden</translation>
    </message>
    <message>
        <source>Sends this request to the destination's base URL and shows the answer.</source>
        <translation>Sendet diese Anfrage an die Basis-URL des Ziels und zeigt die Antwort.</translation>
    </message>
    <message>
        <source>Test event response</source>
        <translation>Antwort auf das Testereignis</translation>
    </message>
    <message>
        <source>Loading event %1…</source>
        <translation>Ereignis %1 wird geladen…</translation>
    </message>
    <message>
        <source>Choose an event type to preview.</source>
        <translation>Wählen Sie einen Ereignistyp für die Vorschau.</translation>
    </message>
    <message>
        <source>Select or create a mapping to see the request it makes.</source>
        <translation>Wählen oder erstellen Sie eine Zuordnung, um die von ihr erzeugte Anfrage zu sehen.</translation>
    </message>
    <message>
        <source>This mapping does not take %1 events of %2; shown as if it did.</source>
        <translation>Diese Zuordnung übernimmt keine %1-Ereignisse von %2; Anzeige, als ob sie es täte.</translation>
    </message>
    <message>
        <source>The mapping is disabled: delivery does not use it.</source>
        <translation>Die Zuordnung ist deaktiviert: Die Zustellung verwendet sie nicht.</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Übersprungen: %1</translation>
    </message>
    <message>
        <source>Action %1; idempotency key %2</source>
        <translation>Aktion %1; Idempotenzschlüssel %2</translation>
    </message>
    <message>
        <source>Findings: none</source>
        <translation>Befunde: keine</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 bei %2: %3</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>Befunde:</translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation>Senden an %1…</translation>
    </message>
    <message>
        <source>Not sent or no answer: %1</source>
        <translation>Nicht gesendet oder keine Antwort: %1</translation>
    </message>
    <message>
        <source>HTTP %1 %2 in %3 ms: %4</source>
        <translation>HTTP %1 %2 in %3 ms: %4</translation>
    </message>
</context>
<context>
    <name>sb::ProfileFlagText</name>
    <message>
        <source>no email</source>
        <translation>keine E-Mail</translation>
    </message>
    <message>
        <source>merged into #%1</source>
        <translation>zusammengeführt in #%1</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>zusammengeführt</translation>
    </message>
</context>
<context>
    <name>sb::ProfileSearchModel</name>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Kennzeichen</translation>
    </message>
    <message>
        <source>anonymous visitor</source>
        <translation>anonymer Besucher</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>Benutzer %1</translation>
    </message>
</context>
<context>
    <name>sb::ProfileTimelineModel</name>
    <message>
        <source>out: delivery #%1</source>
        <translation>aus: Zustellung #%1</translation>
    </message>
    <message>
        <source>in: event #%1</source>
        <translation>ein: Ereignis #%1</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>In / out</source>
        <translation>Ein / aus</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Event / destination</source>
        <translation>Ereignis / Ziel</translation>
    </message>
    <message>
        <source>Source / mapping</source>
        <translation>Quelle / Zuordnung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>sb::ProfileView</name>
    <message>
        <source>Select a profile to see its traits, identities and timeline.</source>
        <translation>Wählen Sie ein Profil, um seine Merkmale, Identitäten und Zeitleiste zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries, all shown</source>
        <translation>
            <numerusform>%n Eintrag, alle angezeigt</numerusform>
            <numerusform>%n Einträge, alle angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries shown; scroll for older ones</source>
        <translation>
            <numerusform>%n Eintrag angezeigt; für ältere scrollen</numerusform>
            <numerusform>%n Einträge angezeigt; für ältere scrollen</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot load the timeline: %1</source>
        <translation>Die Zeitleiste kann nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Profile #%1</source>
        <translation>Profil #%1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Cannot load the profile: %1</source>
        <translation>Das Profil kann nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>No profile #%1</source>
        <translation>Kein Profil #%1</translation>
    </message>
    <message>
        <source>There is no profile with this id in the workspace.</source>
        <translation>Im Arbeitsbereich gibt es kein Profil mit dieser ID.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <source>Flags: none</source>
        <translation>Kennzeichen: keine</translation>
    </message>
    <message>
        <source>Flags: %1</source>
        <translation>Kennzeichen: %1</translation>
    </message>
    <message>
        <source>merged from %1</source>
        <translation>zusammengeführt aus %1</translation>
    </message>
    <message>
        <source>created %1, updated %2</source>
        <translation>erstellt %1, aktualisiert %2</translation>
    </message>
    <message>
        <source>Open profile #%1</source>
        <translation>Profil #%1 öffnen</translation>
    </message>
    <message>
        <source>(no source)</source>
        <translation>(keine Quelle)</translation>
    </message>
    <message>
        <source>source #%1</source>
        <translation>Quelle #%1</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Events in</source>
        <translation>Eingehende Ereignisse</translation>
    </message>
    <message>
        <source>Deliveries out</source>
        <translation>Ausgehende Zustellungen</translation>
    </message>
    <message>
        <source>%1 events and their deliveries</source>
        <translation>%1-Ereignisse und ihre Zustellungen</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Traits</source>
        <translation>Merkmale</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>Identitäten</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Profile flags and merges</source>
        <translation>Profilkennzeichen und Zusammenführungen</translation>
    </message>
    <message>
        <source>Open the profile this one was merged into</source>
        <translation>Das Profil öffnen, in das dieses zusammengeführt wurde</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Alle Quellen</translation>
    </message>
    <message>
        <source>Timeline source filter</source>
        <translation>Quellenfilter der Zeitleiste</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>Timeline type filter</source>
        <translation>Typfilter der Zeitleiste</translation>
    </message>
    <message>
        <source>Open delivery</source>
        <translation>Zustellung öffnen</translation>
    </message>
    <message>
        <source>Open the selected delivery</source>
        <translation>Die ausgewählte Zustellung öffnen</translation>
    </message>
    <message>
        <source>Explain event</source>
        <translation>Ereignis erklären</translation>
    </message>
    <message>
        <source>Explain where the selected event went</source>
        <translation>Erklären, wohin das ausgewählte Ereignis ging</translation>
    </message>
    <message>
        <source>Profile timeline</source>
        <translation>Profil-Zeitleiste</translation>
    </message>
    <message>
        <source>Timeline status</source>
        <translation>Status der Zeitleiste</translation>
    </message>
    <message>
        <source>Source / trait</source>
        <translation>Quelle / Merkmal</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Updated (UTC)</source>
        <translation>Aktualisiert (UTC)</translation>
    </message>
    <message>
        <source>Traits by source</source>
        <translation>Merkmale nach Quelle</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>First seen (UTC)</source>
        <translation>Zuerst gesehen (UTC)</translation>
    </message>
    <message>
        <source>segments: %1</source>
        <translation>Segmente: %1</translation>
    </message>
</context>
<context>
    <name>sb::ProfilesPage</name>
    <message>
        <source>Search failed: %1</source>
        <translation>Suche fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message numerus="yes">
        <source>Newest profiles first; %n shown, scroll for more</source>
        <translation>
            <numerusform>Neueste Profile zuerst; %n angezeigt, für mehr scrollen</numerusform>
            <numerusform>Neueste Profile zuerst; %n angezeigt, für mehr scrollen</numerusform>
        </translation>
    </message>
    <message>
        <source>No profile matches “%1”</source>
        <translation>Kein Profil passt zu „%1“</translation>
    </message>
    <message numerus="yes">
        <source>The first %n matches; type more to narrow</source>
        <translation>
            <numerusform>Erste Treffer: %n; zum Eingrenzen weiter tippen</numerusform>
            <numerusform>Erste Treffer: %n; zum Eingrenzen weiter tippen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matching profiles</source>
        <translation>
            <numerusform>%n passendes Profil</numerusform>
            <numerusform>%n passende Profile</numerusform>
        </translation>
    </message>
    <message>
        <source>Search by email, name, phone or id</source>
        <translation>Nach E-Mail, Name, Telefon oder ID suchen</translation>
    </message>
    <message>
        <source>Search profiles</source>
        <translation>Profile suchen</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Suchstatus</translation>
    </message>
</context>
<context>
    <name>sb::ReplayDeadDialog</name>
    <message>
        <source>%1 (%2 dead)</source>
        <translation>%1 (%2 unzustellbar)</translation>
    </message>
    <message>
        <source>Replay dead letters</source>
        <translation>Unzustellbare Nachrichten erneut senden</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>Last attempt &amp;since:</source>
        <translation>Letzter Versuch &amp;seit:</translation>
    </message>
    <message>
        <source>Destination whose dead letters to replay</source>
        <translation>Ziel, dessen unzustellbare Nachrichten erneut gesendet werden sollen</translation>
    </message>
    <message>
        <source>Replay dead letters whose last attempt is at or after this time</source>
        <translation>Unzustellbare Nachrichten erneut senden, deren letzter Versuch zu oder nach diesem Zeitpunkt lag</translation>
    </message>
    <message>
        <source>Each dead letter is sent again with its original idempotency key and a new retry window.</source>
        <translation>Jede unzustellbare Nachricht wird mit ihrem ursprünglichen Idempotenzschlüssel und einem neuen Wiederholungszeitraum erneut gesendet.</translation>
    </message>
</context>
<context>
    <name>sb::SecretField</name>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>stored: %1 (type to replace)</source>
        <translation>gespeichert: %1 (zum Ersetzen tippen)</translation>
    </message>
    <message>
        <source>Credential %1</source>
        <translation>Zugangsdaten %1</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show or hide the typed %1</source>
        <translation>Eingabe für %1 anzeigen oder verbergen</translation>
    </message>
    <message>
        <source>Shows only the value being typed; stored values stay masked.</source>
        <translation>Zeigt nur den gerade eingegebenen Wert; gespeicherte Werte bleiben maskiert.</translation>
    </message>
</context>
<context>
    <name>sb::TableCountsModel</name>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
</context>
</TS>