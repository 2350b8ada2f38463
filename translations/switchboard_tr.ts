<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="tr">
<context>
    <name>DeliveryDetail</name>
    <message>
        <source>No delivery with id %1.</source>
        <translation>%1 kimlikli teslimat yok.</translation>
    </message>
    <message>
        <source># this delivery's item, one of %1 in the batch:</source>
        <translation># bu teslimatın öğesi, toplu gönderimdeki %1 öğeden biri:</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Edit mapping</source>
        <translation>Eşlemeyi düzenle</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 düzenle</translation>
    </message>
    <message>
        <source>Destination '%1' uses an unknown connector '%2'.</source>
        <translation>'%1' hedefi bilinmeyen bir bağlayıcı kullanıyor: '%2'.</translation>
    </message>
    <message>
        <source>Nothing to send: the renderer skips this event (%1).</source>
        <translation>Gönderilecek bir şey yok: oluşturucu bu olayı atlıyor (%1).</translation>
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
        <translation>yanıt yok</translation>
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
        <translation>Başlangıç</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Gecikme</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Sonuç</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Hata</translation>
    </message>
</context>
<context>
    <name>sb::ConditionsModel</name>
    <message>
        <source>Condition %1</source>
        <translation>Koşul %1</translation>
    </message>
    <message>
        <source>%1: the path is empty.</source>
        <translation>%1: yol boş.</translation>
    </message>
    <message>
        <source>%1 (path '%2'): %3</source>
        <translation>%1 (yol '%2'): %3</translation>
    </message>
    <message>
        <source>%1: unknown operator '%2'; use one of %3</source>
        <translation>%1: bilinmeyen işleç '%2'; şunlardan birini kullanın: %3</translation>
    </message>
    <message>
        <source>%1: in_list needs a list value such as ["a", "b"].</source>
        <translation>%1: in_list, ["a", "b"] gibi bir liste değeri gerektirir.</translation>
    </message>
    <message>
        <source>%1: %2 needs a number or a date.</source>
        <translation>%1: %2 bir sayı veya tarih gerektirir.</translation>
    </message>
    <message>
        <source>%1: a value is required.</source>
        <translation>%1: bir değer gereklidir.</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Yol</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>İşleç</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Değer</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Sorun</translation>
    </message>
</context>
<context>
    <name>sb::DeliveryDetailView</name>
    <message>
        <source>Not sent yet: no attempt was made.</source>
        <translation>Henüz gönderilmedi: hiç deneme yapılmadı.</translation>
    </message>
    <message>
        <source>No answer: %1</source>
        <translation>Yanıt yok: %1</translation>
    </message>
    <message>
        <source>Select a delivery to see what was sent and what came back.</source>
        <translation>Neyin gönderildiğini ve neyin geri geldiğini görmek için bir teslimat seçin.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Delivery %1&lt;/b&gt; &amp;nbsp; &lt;span style="color:%2"&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/span&gt;&lt;br&gt;%4 → %5 · profile %6 · created %7</source>
        <translation>&lt;b&gt;Teslimat %1&lt;/b&gt; &amp;nbsp; &lt;span style="color:%2"&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/span&gt;&lt;br&gt;%4 → %5 · profil %6 · oluşturulma %7</translation>
    </message>
    <message>
        <source> · delivered %1</source>
        <translation> · teslim edildi %1</translation>
    </message>
    <message>
        <source>You sent</source>
        <translation>Gönderdiğiniz</translation>
    </message>
    <message>
        <source>Request to destination</source>
        <translation>Hedefe istek</translation>
    </message>
    <message>
        <source>Response from destination</source>
        <translation>Hedeften yanıt</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Denemeler</translation>
    </message>
    <message>
        <source>Event as received</source>
        <translation>Alındığı haliyle olay</translation>
    </message>
    <message>
        <source>Request sent to the destination, secrets masked</source>
        <translation>Hedefe gönderilen istek, gizli bilgiler maskelenmiş</translation>
    </message>
    <message>
        <source>Response from the destination</source>
        <translation>Hedeften gelen yanıt</translation>
    </message>
    <message>
        <source>Attempt history</source>
        <translation>Deneme geçmişi</translation>
    </message>
    <message>
        <source>Delivery detail</source>
        <translation>Teslimat ayrıntısı</translation>
    </message>
</context>
<context>
    <name>sb::DeliveryTableModel</name>
    <message>
        <source>ID</source>
        <translation>Kimlik</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Oluşturulma</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Hedef</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Olay</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Denemeler</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Sonraki deneme</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Son hata</translation>
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
        <translation>%1 sn</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 dk</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 sa</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Backlog &lt;b&gt;%1&lt;/b&gt; · Retrying %2 · Dead letters %3</source>
        <translation>Bekleyen &lt;b&gt;%1&lt;/b&gt; · Yeniden denenen %2 · Teslim edilemeyen %3</translation>
    </message>
    <message>
        <source>Next attempt: when resumed</source>
        <translation>Sonraki deneme: devam ettirildiğinde</translation>
    </message>
    <message>
        <source>Next attempt: now</source>
        <translation>Sonraki deneme: şimdi</translation>
    </message>
    <message>
        <source>Next attempt: %1 (in %2 s)</source>
        <translation>Sonraki deneme: %1 (%2 sn sonra)</translation>
    </message>
    <message>
        <source>Next attempt: nothing waiting</source>
        <translation>Sonraki deneme: bekleyen yok</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Çalışıyor</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Duraklatıldı</translation>
    </message>
    <message>
        <source>Breaker open until %1</source>
        <translation>Devre kesici %1 saatine kadar açık</translation>
    </message>
    <message>
        <source>Breaker open</source>
        <translation>Devre kesici açık</translation>
    </message>
    <message>
        <source>Breaker half-open</source>
        <translation>Devre kesici yarı açık</translation>
    </message>
    <message>
        <source>Holding until %1</source>
        <translation>%1 saatine kadar bekletiliyor</translation>
    </message>
    <message>
        <source>Rate limited %1/s of %2/s</source>
        <translation>Hız sınırlı: %2/sn yerine %1/sn</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Devam et</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Duraklat</translation>
    </message>
    <message>
        <source>Resume %1</source>
        <translation>%1 devam ettir</translation>
    </message>
    <message>
        <source>Pause %1</source>
        <translation>%1 duraklat</translation>
    </message>
    <message>
        <source>Replay dead letters of %1</source>
        <translation>%1 için teslim edilemeyenleri yeniden gönder</translation>
    </message>
    <message>
        <source>Destination %1</source>
        <translation>Hedef %1</translation>
    </message>
    <message>
        <source>%1; %2 delivered per second; success %3; p95 %4; %5</source>
        <translation>%1; saniyede %2 teslim edildi; başarı %3; p95 %4; %5</translation>
    </message>
    <message>
        <source>delivered/s</source>
        <translation>teslim/sn</translation>
    </message>
    <message>
        <source>Replay dead…</source>
        <translation>Teslim edilemeyenleri yeniden gönder…</translation>
    </message>
    <message>
        <source>Stop or restart sending to this destination</source>
        <translation>Bu hedefe gönderimi durdur veya yeniden başlat</translation>
    </message>
    <message>
        <source>Send this destination's dead letters again</source>
        <translation>Bu hedefin teslim edilemeyenlerini yeniden gönder</translation>
    </message>
    <message>
        <source>success</source>
        <translation>başarı</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>Deliveries per second, last minute</source>
        <translation>Saniyede teslimat, son dakika</translation>
    </message>
    <message>
        <source>Share of attempts that succeeded in the last hour</source>
        <translation>Son bir saatte başarılı denemelerin oranı</translation>
    </message>
    <message>
        <source>95th percentile of the time from intake to delivery, last hour</source>
        <translation>Alımdan teslimata geçen sürenin 95. yüzdeliği, son bir saat</translation>
    </message>
</context>
<context>
    <name>sb::DestinationListModel</name>
    <message>
        <source>%1 (%2, paused)</source>
        <translation>%1 (%2, duraklatıldı)</translation>
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
        <translation>Temel URL '%1' geçerli bir http(s) URL'si değil.</translation>
    </message>
    <message>
        <source>No answer within %1 s (timed out or cancelled).</source>
        <translation>%1 sn içinde yanıt yok (zaman aşımı veya iptal).</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>kabul edildi</translation>
    </message>
    <message>
        <source>retryable failure</source>
        <translation>yeniden denenebilir hata</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>reddedildi</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>credentials accepted</source>
        <translation>kimlik bilgileri kabul edildi</translation>
    </message>
    <message>
        <source>credentials rejected: %1</source>
        <translation>kimlik bilgileri reddedildi: %1</translation>
    </message>
    <message>
        <source>the credential check answered HTTP %1: %2</source>
        <translation>kimlik bilgisi denetimi HTTP %1 yanıtını verdi: %2</translation>
    </message>
</context>
<context>
    <name>sb::DestinationsPage</name>
    <message>
        <source>Destinations</source>
        <translation>Hedefler</translation>
    </message>
    <message>
        <source>New destination</source>
        <translation>Yeni hedef</translation>
    </message>
    <message>
        <source>Install recipe…</source>
        <translation>Şablon yükle…</translation>
    </message>
    <message>
        <source>Adds a ready-made destination with its mappings.</source>
        <translation>Eşlemeleriyle birlikte hazır bir hedef ekler.</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Hedef</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Bağlayıcı</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Temel URL</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Kimlik bilgileri</translation>
    </message>
    <message>
        <source>Connector settings (JSON)</source>
        <translation>Bağlayıcı ayarları (JSON)</translation>
    </message>
    <message>
        <source>Destination name</source>
        <translation>Hedef adı</translation>
    </message>
    <message>
        <source>Connector settings as JSON</source>
        <translation>JSON olarak bağlayıcı ayarları</translation>
    </message>
    <message>
        <source>Rate limit and retries</source>
        <translation>Hız sınırı ve yeniden denemeler</translation>
    </message>
    <message>
        <source>Requests per second, burst</source>
        <translation>Saniyedeki istek, ani yük</translation>
    </message>
    <message>
        <source>Back-off first, longest (s)</source>
        <translation>Bekleme süresi ilk, en uzun (sn)</translation>
    </message>
    <message>
        <source>Give up after (minutes)</source>
        <translation>Şu süreden sonra vazgeç (dakika)</translation>
    </message>
    <message>
        <source>Also retry statuses</source>
        <translation>Şu durumları da yeniden dene</translation>
    </message>
    <message>
        <source>Request timeout (s)</source>
        <translation>İstek zaman aşımı (sn)</translation>
    </message>
    <message>
        <source>connector's (%1/s)</source>
        <translation>bağlayıcınınki (%1/sn)</translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation>Saniyedeki istek</translation>
    </message>
    <message>
        <source>connector's (%1)</source>
        <translation>bağlayıcınınki (%1)</translation>
    </message>
    <message>
        <source>Burst</source>
        <translation>Ani yük</translation>
    </message>
    <message>
        <source>First back-off in seconds</source>
        <translation>Saniye cinsinden ilk bekleme süresi</translation>
    </message>
    <message>
        <source>Longest back-off in seconds</source>
        <translation>Saniye cinsinden en uzun bekleme süresi</translation>
    </message>
    <message>
        <source>Retry window in minutes</source>
        <translation>Dakika cinsinden yeniden deneme süresi</translation>
    </message>
    <message>
        <source>HTTP statuses to retry</source>
        <translation>Yeniden denenecek HTTP durumları</translation>
    </message>
    <message>
        <source>e.g. 408, 429</source>
        <translation>ör. 408, 429</translation>
    </message>
    <message>
        <source>Retry server errors (5xx except 501 and 505)</source>
        <translation>Sunucu hatalarını yeniden dene (501 ve 505 hariç 5xx)</translation>
    </message>
    <message>
        <source>Request timeout in seconds</source>
        <translation>Saniye cinsinden istek zaman aşımı</translation>
    </message>
    <message>
        <source>Keep each profile's events in order</source>
        <translation>Her profilin olaylarını sırayla tut</translation>
    </message>
    <message>
        <source>Add destination</source>
        <translation>Hedef ekle</translation>
    </message>
    <message>
        <source>Save destination</source>
        <translation>Hedefi kaydet</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Bağlantıyı test et</translation>
    </message>
    <message>
        <source>Sends a GET request to the base URL and shows whether the server answers.</source>
        <translation>Temel URL'ye bir GET isteği gönderir ve sunucunun yanıt verip vermediğini gösterir.</translation>
    </message>
    <message>
        <source>Open mappings</source>
        <translation>Eşlemeleri aç</translation>
    </message>
    <message>
        <source>Paused: deliveries wait until it is resumed.</source>
        <translation>Duraklatıldı: teslimatlar devam ettirilene kadar bekler.</translation>
    </message>
    <message>
        <source>This connector needs no credentials.</source>
        <translation>Bu bağlayıcı kimlik bilgisi gerektirmez.</translation>
    </message>
    <message>
        <source>Name: a destination needs a name.</source>
        <translation>Ad: bir hedefin adı olmalıdır.</translation>
    </message>
    <message>
        <source>Base URL: '%1' is not an http(s) URL such as https://api.example.com.</source>
        <translation>Temel URL: '%1', https://api.example.com gibi bir http(s) URL'si değil.</translation>
    </message>
    <message>
        <source>Connector settings: not valid JSON at character %1 (%2).</source>
        <translation>Bağlayıcı ayarları: %1. karakterde geçersiz JSON (%2).</translation>
    </message>
    <message>
        <source>Connector settings: must be a JSON object such as {"revision": "2026-07-15"}.</source>
        <translation>Bağlayıcı ayarları: {"revision": "2026-07-15"} gibi bir JSON nesnesi olmalıdır.</translation>
    </message>
    <message>
        <source>Retry statuses: '%1' is not an HTTP status (100-599).</source>
        <translation>Yeniden deneme durumları: '%1' bir HTTP durumu değil (100-599).</translation>
    </message>
    <message>
        <source>Back-off: the longest back-off is shorter than the first.</source>
        <translation>Bekleme süresi: en uzun bekleme süresi ilkinden kısa.</translation>
    </message>
    <message>
        <source>Not saved. %1</source>
        <translation>Kaydedilmedi. %1</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>Eklenmedi: %1</translation>
    </message>
    <message>
        <source>Destination '%1' added; its credentials are stored encrypted.</source>
        <translation>'%1' hedefi eklendi; kimlik bilgileri şifreli olarak saklanır.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Kaydedilmedi: %1</translation>
    </message>
    <message>
        <source>Destination '%1' saved.</source>
        <translation>'%1' hedefi kaydedildi.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1 adresine bağlanılıyor…</translation>
    </message>
    <message>
        <source>Connection failed: %1%2</source>
        <translation>Bağlantı başarısız: %1%2</translation>
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
        <translation>Şablon yükle</translation>
    </message>
    <message>
        <source>Recipe:</source>
        <translation>Şablon:</translation>
    </message>
    <message>
        <source>No recipe named '%1'.</source>
        <translation>'%1' adlı bir şablon yok.</translation>
    </message>
    <message>
        <source>Recipe not installed: %1</source>
        <translation>Şablon yüklenmedi: %1</translation>
    </message>
    <message numerus="yes">
        <source>Installed '%1': a destination and %n mapping(s).</source>
        <translation>
            <numerusform>'%1' yüklendi: bir hedef ve %n eşleme.</numerusform>
        </translation>
    </message>
    <message>
        <source>Still needed: %1.</source>
        <translation>Hâlâ gerekli: %1.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 in %3 ms: %4.</source>
        <translation>%1, %3 ms içinde HTTP %2 yanıtını verdi: %4.</translation>
    </message>
    <message>
        <source>Connected: %1 answered HTTP %2 %3 in %4 ms. This API has no credential check; credentials are checked when an event is sent (Mappings → Send test event).</source>
        <translation>Bağlandı: %1, %4 ms içinde HTTP %2 %3 yanıtını verdi. Bu API kimlik bilgisi denetimi sunmuyor; kimlik bilgileri bir olay gönderildiğinde denetlenir (Eşlemeler → Test olayı gönder).</translation>
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
        <translation>Kimlik</translation>
    </message>
    <message>
        <source>Received (UTC)</source>
        <translation>Alınma (UTC)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Olay</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Message id</source>
        <translation>Mesaj kimliği</translation>
    </message>
</context>
<context>
    <name>sb::EventsPage</name>
    <message>
        <source>Cannot read events: %1</source>
        <translation>Olaylar okunamıyor: %1</translation>
    </message>
    <message>
        <source>Event #%1: loading…</source>
        <translation>Olay #%1: yükleniyor…</translation>
    </message>
    <message>
        <source>Cannot load event #%1: %2</source>
        <translation>Olay #%1 yüklenemiyor: %2</translation>
    </message>
    <message>
        <source>There is no event #%1 in the workspace.</source>
        <translation>Çalışma alanında #%1 olayı yok.</translation>
    </message>
    <message>
        <source>Event #%1 · %2 %3 from %4 · received %5</source>
        <translation>Olay #%1 · %2 %3, kaynak %4 · alınma %5</translation>
    </message>
    <message>
        <source>delivery #%1: %2</source>
        <translation>teslimat #%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n deneme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s); %1</source>
        <translation>
            <numerusform>%n deneme; %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Activate to open the delivery</source>
        <translation>Teslimatı açmak için etkinleştirin</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(yok)</translation>
    </message>
    <message>
        <source>not routed yet, or no destination</source>
        <translation>henüz yönlendirilmedi veya hedef yok</translation>
    </message>
    <message numerus="yes">
        <source>Paused · %n new</source>
        <translation>
            <numerusform>Duraklatıldı · %n yeni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Live · %n shown</source>
        <translation>
            <numerusform>Canlı · %n gösteriliyor</numerusform>
        </translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tüm türler</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Kaynak:</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Tüm kaynaklar</translation>
    </message>
    <message>
        <source>Source filter</source>
        <translation>Kaynak filtresi</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tür:</translation>
    </message>
    <message>
        <source>Type filter</source>
        <translation>Tür filtresi</translation>
    </message>
    <message>
        <source>Filter by id, name, message id, source or profile</source>
        <translation>Kimlik, ad, mesaj kimliği, kaynak veya profile göre filtrele</translation>
    </message>
    <message>
        <source>Text filter</source>
        <translation>Metin filtresi</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Devam et</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Duraklat</translation>
    </message>
    <message>
        <source>Pause or resume the live stream</source>
        <translation>Canlı akışı duraklat veya devam ettir</translation>
    </message>
    <message>
        <source>Stream status</source>
        <translation>Akış durumu</translation>
    </message>
    <message>
        <source>Incoming events</source>
        <translation>Gelen olaylar</translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation>Profili aç</translation>
    </message>
    <message>
        <source>Open this event's profile</source>
        <translation>Bu olayın profilini aç</translation>
    </message>
    <message>
        <source>Event payload</source>
        <translation>Olay içeriği</translation>
    </message>
    <message>
        <source>The selected event's payload</source>
        <translation>Seçili olayın içeriği</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Hedef</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Eşleme</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Sonuç</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Ayrıntı</translation>
    </message>
    <message>
        <source>Routing outcome</source>
        <translation>Yönlendirme sonucu</translation>
    </message>
    <message>
        <source>Select an event to see its payload and where it went.</source>
        <translation>İçeriğini ve nereye gittiğini görmek için bir olay seçin.</translation>
    </message>
</context>
<context>
    <name>sb::ExplainDialog</name>
    <message>
        <source>Loading…</source>
        <translation>Yükleniyor…</translation>
    </message>
    <message>
        <source>Cannot explain: %1</source>
        <translation>Açıklanamıyor: %1</translation>
    </message>
    <message>
        <source>Event #%1 (%2%3) from %4, received %5</source>
        <translation>Olay #%1 (%2%3), kaynak %4, alınma %5</translation>
    </message>
    <message>
        <source>No destination is configured, so the event went nowhere.</source>
        <translation>Yapılandırılmış bir hedef yok, bu yüzden olay hiçbir yere gitmedi.</translation>
    </message>
    <message>
        <source>Why event #%1 went where it went</source>
        <translation>Olay #%1 neden gittiği yere gitti</translation>
    </message>
    <message>
        <source>Routing of event #%1 at every destination</source>
        <translation>Olay #%1 için her hedefteki yönlendirme</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Açıklama</translation>
    </message>
    <message>
        <source>Show in Events</source>
        <translation>Olaylar'da göster</translation>
    </message>
    <message>
        <source>Show this event on the Events page</source>
        <translation>Bu olayı Olaylar sayfasında göster</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
</context>
<context>
    <name>sb::ExpressionDelegate</name>
    <message>
        <source>Operator</source>
        <translation>İşleç</translation>
    </message>
</context>
<context>
    <name>sb::FieldMapModel</name>
    <message>
        <source>The field has no target.</source>
        <translation>Alanın hedefi yok.</translation>
    </message>
    <message>
        <source>Field '%1': the expression is empty.</source>
        <translation>'%1' alanı: ifade boş.</translation>
    </message>
    <message>
        <source>Field '%1': %2</source>
        <translation>'%1' alanı: %2</translation>
    </message>
    <message>
        <source>Destination field</source>
        <translation>Hedef alan</translation>
    </message>
    <message>
        <source>Expression</source>
        <translation>İfade</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Sorun</translation>
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
        <translation>Trafik</translation>
    </message>
    <message>
        <source>10 min</source>
        <translation>10 dk</translation>
    </message>
    <message>
        <source>1 h</source>
        <translation>1 sa</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24 sa</translation>
    </message>
    <message>
        <source>Show the last 10 minutes</source>
        <translation>Son 10 dakikayı göster</translation>
    </message>
    <message>
        <source>Show the last hour</source>
        <translation>Son bir saati göster</translation>
    </message>
    <message>
        <source>Show the last 24 hours</source>
        <translation>Son 24 saati göster</translation>
    </message>
    <message>
        <source>Delivered per second</source>
        <translation>Saniyede teslim edilen</translation>
    </message>
    <message>
        <source>Failed attempts</source>
        <translation>Başarısız denemeler</translation>
    </message>
    <message>
        <source>p95 latency (ms)</source>
        <translation>p95 gecikme (ms)</translation>
    </message>
    <message>
        <source>Throughput chart</source>
        <translation>Verim grafiği</translation>
    </message>
    <message>
        <source>Errors chart</source>
        <translation>Hata grafiği</translation>
    </message>
    <message>
        <source>Latency chart</source>
        <translation>Gecikme grafiği</translation>
    </message>
</context>
<context>
    <name>sb::LivePage</name>
    <message>
        <source>No destinations yet: add one on the Destinations page.</source>
        <translation>Henüz hedef yok: Hedefler sayfasından bir tane ekleyin.</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>Hedefler</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Teslimatlar</translation>
    </message>
    <message>
        <source>All destinations</source>
        <translation>Tüm hedefler</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Herhangi bir durum</translation>
    </message>
    <message>
        <source>Filter by destination</source>
        <translation>Hedefe göre filtrele</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Duruma göre filtrele</translation>
    </message>
    <message>
        <source>Event type, e.g. Order Created</source>
        <translation>Olay türü, ör. Order Created</translation>
    </message>
    <message>
        <source>Filter by event type</source>
        <translation>Olay türüne göre filtrele</translation>
    </message>
    <message>
        <source>Profile id or email</source>
        <translation>Profil kimliği veya e-posta</translation>
    </message>
    <message>
        <source>Filter by profile id or email</source>
        <translation>Profil kimliği veya e-postaya göre filtrele</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Tümünü göster</translation>
    </message>
    <message>
        <source>Show all deliveries again</source>
        <translation>Tüm teslimatları yeniden göster</translation>
    </message>
    <message>
        <source>Showing delivery %1</source>
        <translation>Teslimat %1 gösteriliyor</translation>
    </message>
    <message>
        <source>Deliveries, newest first</source>
        <translation>Teslimatlar, en yenisi önce</translation>
    </message>
    <message>
        <source>Live · updates every second</source>
        <translation>Canlı · her saniye güncellenir</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Şimdi yeniden dene</translation>
    </message>
    <message>
        <source>Send the selected retrying deliveries now instead of waiting</source>
        <translation>Yeniden denenmekte olan seçili teslimatları beklemeden şimdi gönder</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Yeniden gönder</translation>
    </message>
    <message>
        <source>Send the selected finished deliveries again</source>
        <translation>Seçili tamamlanmış teslimatları yeniden gönder</translation>
    </message>
    <message>
        <source>Replay dead letters since…</source>
        <translation>Şu tarihten beri teslim edilemeyenleri yeniden gönder…</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>At</translation>
    </message>
    <message>
        <source>Drop the selected open deliveries; they are not sent</source>
        <translation>Seçili açık teslimatları at; gönderilmezler</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Yenile</translation>
    </message>
    <message>
        <source>Delivery actions</source>
        <translation>Teslimat işlemleri</translation>
    </message>
    <message>
        <source>Could not read the delivery figures: %1</source>
        <translation>Teslimat rakamları okunamadı: %1</translation>
    </message>
    <message>
        <source>Destination %1</source>
        <translation>Hedef %1</translation>
    </message>
    <message>
        <source>Pause destination</source>
        <translation>Hedefi duraklat</translation>
    </message>
    <message>
        <source>Resume %1</source>
        <translation>%1 devam ettir</translation>
    </message>
    <message>
        <source>Pause %1</source>
        <translation>%1 duraklat</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Başarısız: %1</translation>
    </message>
    <message>
        <source>None of the selected deliveries was waiting for a retry.</source>
        <translation>Seçili teslimatların hiçbiri yeniden denemeyi beklemiyordu.</translation>
    </message>
    <message>
        <source>%1 of %2 selected deliveries will be retried now.</source>
        <translation>Seçili %2 teslimattan %1 tanesi şimdi yeniden denenecek.</translation>
    </message>
    <message>
        <source>Replay deliveries</source>
        <translation>Teslimatları yeniden gönder</translation>
    </message>
    <message numerus="yes">
        <source>Send %n delivery(s) again? Delivered ones reach the destination a second time (with the same idempotency key); open ones are left alone.</source>
        <translation>
            <numerusform>%n teslimat yeniden gönderilsin mi? Teslim edilmiş olanlar hedefe ikinci kez ulaşır (aynı idempotency anahtarıyla); açık olanlara dokunulmaz.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to replay: the selected deliveries are still open.</source>
        <translation>Yeniden gönderilecek bir şey yok: seçili teslimatlar hâlâ açık.</translation>
    </message>
    <message>
        <source>%1 of %2 selected deliveries queued again.</source>
        <translation>Seçili %2 teslimattan %1 tanesi yeniden kuyruğa alındı.</translation>
    </message>
    <message numerus="yes">
        <source>%n dead letter(s) since %1 queued again.</source>
        <translation>
            <numerusform>%1 tarihinden beri %n teslim edilemeyen yeniden kuyruğa alındı.</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard deliveries</source>
        <translation>Teslimatları at</translation>
    </message>
    <message numerus="yes">
        <source>Discard %n delivery(s)? They will not be sent, and later events of the same profile stop waiting for them. Only open deliveries (pending, retrying, blocked) are discarded.</source>
        <translation>
            <numerusform>%n teslimat atılsın mı? Gönderilmezler ve aynı profilin sonraki olayları artık onları beklemez. Yalnızca açık teslimatlar (bekleyen, yeniden denenen, engellenen) atılır.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing discarded: none of the selected deliveries was open.</source>
        <translation>Hiçbir şey atılmadı: seçili teslimatların hiçbiri açık değildi.</translation>
    </message>
    <message>
        <source>%1 of %2 selected deliveries discarded.</source>
        <translation>Seçili %2 teslimattan %1 tanesi atıldı.</translation>
    </message>
    <message>
        <source>%1 paused: nothing is sent until it is resumed.</source>
        <translation>%1 duraklatıldı: devam ettirilene kadar hiçbir şey gönderilmez.</translation>
    </message>
    <message>
        <source>%1 resumed.</source>
        <translation>%1 devam ettirildi.</translation>
    </message>
    <message>
        <source>1 accepted event waiting to be stored</source>
        <translation>1 kabul edilen olay kaydedilmeyi bekliyor</translation>
    </message>
    <message>
        <source>%1 accepted events waiting to be stored</source>
        <translation>%1 kabul edilen olay kaydedilmeyi bekliyor</translation>
    </message>
    <message>
        <source>1 accepted request could not be stored: see switchboard-ctl status</source>
        <translation>Kabul edilen 1 istek kaydedilemedi: switchboard-ctl status komutuna bakın</translation>
    </message>
    <message>
        <source>%1 accepted requests could not be stored: see switchboard-ctl status</source>
        <translation>Kabul edilen %1 istek kaydedilemedi: switchboard-ctl status komutuna bakın</translation>
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
        <translation>Tetikleyici</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Hedef</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <source>Event types</source>
        <translation>Olay türleri</translation>
    </message>
    <message>
        <source>Conditions must</source>
        <translation>Koşullardan</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Koşullar</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Eylem</translation>
    </message>
    <message>
        <source>Event name</source>
        <translation>Olay adı</translation>
    </message>
    <message>
        <source>Match profiles by</source>
        <translation>Profilleri eşleştirme ölçütü</translation>
    </message>
    <message>
        <source>Field map</source>
        <translation>Alan eşlemesi</translation>
    </message>
    <message>
        <source>Mapping name</source>
        <translation>Eşleme adı</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Etkin</translation>
    </message>
    <message>
        <source>Mapping enabled</source>
        <translation>Eşleme etkin</translation>
    </message>
    <message>
        <source>Event types the mapping takes</source>
        <translation>Eşlemenin aldığı olay türleri</translation>
    </message>
    <message>
        <source>all hold</source>
        <translation>tümü sağlanmalı</translation>
    </message>
    <message>
        <source>any holds</source>
        <translation>herhangi biri sağlanmalı</translation>
    </message>
    <message>
        <source>Condition match</source>
        <translation>Koşul eşleşmesi</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>Koşul ekle</translation>
    </message>
    <message>
        <source>Remove condition</source>
        <translation>Koşulu kaldır</translation>
    </message>
    <message>
        <source>Destination action</source>
        <translation>Hedef eylemi</translation>
    </message>
    <message>
        <source>Destination event name</source>
        <translation>Hedefteki olay adı</translation>
    </message>
    <message>
        <source>e.g. Placed Order or SMRT {{event.name}}</source>
        <translation>ör. Placed Order veya SMRT {{event.name}}</translation>
    </message>
    <message>
        <source>the destination's own identifiers</source>
        <translation>hedefin kendi tanımlayıcıları</translation>
    </message>
    <message>
        <source>email (events without one are skipped)</source>
        <translation>e-posta (e-postası olmayan olaylar atlanır)</translation>
    </message>
    <message>
        <source>Add field</source>
        <translation>Alan ekle</translation>
    </message>
    <message>
        <source>Remove field</source>
        <translation>Alanı kaldır</translation>
    </message>
    <message>
        <source>All event types (*)</source>
        <translation>Tüm olay türleri (*)</translation>
    </message>
    <message>
        <source>Name: a mapping needs a name.</source>
        <translation>Ad: bir eşlemenin adı olmalıdır.</translation>
    </message>
    <message>
        <source>Event types: tick at least one event type, or all (*).</source>
        <translation>Olay türleri: en az bir olay türünü veya tümünü (*) işaretleyin.</translation>
    </message>
    <message>
        <source>Action: choose what the destination does with the event.</source>
        <translation>Eylem: hedefin olayla ne yapacağını seçin.</translation>
    </message>
    <message>
        <source>Event name: %1</source>
        <translation>Olay adı: %1</translation>
    </message>
    <message>
        <source>Cannot be saved yet:</source>
        <translation>Henüz kaydedilemiyor:</translation>
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
        <translation>%1 (v%2, devre dışı)</translation>
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
        <translation>Sürüm</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Kaydedilme</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Not</translation>
    </message>
</context>
<context>
    <name>sb::MappingsPage</name>
    <message>
        <source>Rendering every event type with every mapping…</source>
        <translation>Her olay türü her eşlemeyle oluşturuluyor…</translation>
    </message>
    <message numerus="yes">
        <source>%n combination(s)</source>
        <translation>
            <numerusform>%n birleşim</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with findings</source>
        <translation>
            <numerusform>%n tanesinde bulgu var</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Destination</source>
        <translation>&amp;Hedef</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Hedef</translation>
    </message>
    <message>
        <source>Edit destination…</source>
        <translation>Hedefi düzenle…</translation>
    </message>
    <message>
        <source>Mappings</source>
        <translation>Eşlemeler</translation>
    </message>
    <message>
        <source>Mappings of the destination</source>
        <translation>Hedefin eşlemeleri</translation>
    </message>
    <message>
        <source>New mapping</source>
        <translation>Yeni eşleme</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Sürümler</translation>
    </message>
    <message>
        <source>Saved versions</source>
        <translation>Kaydedilmiş sürümler</translation>
    </message>
    <message>
        <source>Restore version</source>
        <translation>Sürümü geri yükle</translation>
    </message>
    <message>
        <source>Saves the selected version again as the newest.</source>
        <translation>Seçili sürümü en yeni sürüm olarak yeniden kaydeder.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Geri al</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Yinele</translation>
    </message>
    <message>
        <source>What changed (kept with the version)</source>
        <translation>Ne değişti (sürümle birlikte saklanır)</translation>
    </message>
    <message>
        <source>Version note</source>
        <translation>Sürüm notu</translation>
    </message>
    <message>
        <source>Save version</source>
        <translation>Sürümü kaydet</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Önizleme</translation>
    </message>
    <message>
        <source>Preview matrix</source>
        <translation>Önizleme matrisi</translation>
    </message>
    <message>
        <source>Compute matrix</source>
        <translation>Matrisi hesapla</translation>
    </message>
    <message>
        <source>Every catalog event type with every mapping, with findings.</source>
        <translation>Katalogdaki her olay türü her eşlemeyle, bulgularıyla birlikte.</translation>
    </message>
    <message>
        <source>No destinations yet: add one on the Destinations page.</source>
        <translation>Henüz hedef yok: Hedefler sayfasından bir tane ekleyin.</translation>
    </message>
    <message>
        <source>This destination has no mappings yet: start one with New mapping.</source>
        <translation>Bu hedefin henüz eşlemesi yok: Yeni eşleme ile bir tane başlatın.</translation>
    </message>
    <message>
        <source>Version %1 of '%2'.</source>
        <translation>'%2' sürüm %1.</translation>
    </message>
    <message>
        <source>A new mapping: not saved yet.</source>
        <translation>Yeni bir eşleme: henüz kaydedilmedi.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Kaydedilmedi: %1</translation>
    </message>
    <message>
        <source>saved in the console</source>
        <translation>konsolda kaydedildi</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>Sürüm %1 olarak kaydedildi.</translation>
    </message>
    <message>
        <source>Not restored: %1</source>
        <translation>Geri yüklenmedi: %1</translation>
    </message>
    <message>
        <source>Version %1 restored as version %2.</source>
        <translation>Sürüm %1, sürüm %2 olarak geri yüklendi.</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Eşleme</translation>
    </message>
    <message>
        <source>New mapping '%1'</source>
        <translation>Yeni eşleme '%1'</translation>
    </message>
    <message>
        <source>Mapping '%1'</source>
        <translation>Eşleme '%1'</translation>
    </message>
    <message>
        <source> (unsaved changes)</source>
        <translation> (kaydedilmemiş değişiklikler)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Kaydedilmemiş değişiklikler</translation>
    </message>
    <message>
        <source>The mapping '%1' has changes that are not saved. Discard them?</source>
        <translation>'%1' eşlemesinde kaydedilmemiş değişiklikler var. Atılsın mı?</translation>
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
        <translation>atlandı: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Tamam</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Bulgular</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Atlandı</translation>
    </message>
    <message>
        <source>No mapping</source>
        <translation>Eşleme yok</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Olay türü</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Hedef</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Eşleme</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
</context>
<context>
    <name>sb::PreviewPanel</name>
    <message>
        <source>Could not load the event: %1</source>
        <translation>Olay yüklenemedi: %1</translation>
    </message>
    <message>
        <source>Stored event %1: %2 %3 from %4, profile %5</source>
        <translation>Kayıtlı olay %1: %2 %3, kaynak %4, profil %5</translation>
    </message>
    <message>
        <source>Payload preview</source>
        <translation>İçerik önizlemesi</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Olay türü</translation>
    </message>
    <message>
        <source>Event type to preview</source>
        <translation>Önizlenecek olay türü</translation>
    </message>
    <message>
        <source>Catalog sample</source>
        <translation>Katalog örneği</translation>
    </message>
    <message>
        <source>Stored event</source>
        <translation>Kayıtlı olay</translation>
    </message>
    <message>
        <source>Preview input</source>
        <translation>Önizleme girdisi</translation>
    </message>
    <message>
        <source>event id</source>
        <translation>olay kimliği</translation>
    </message>
    <message>
        <source>Stored event id</source>
        <translation>Kayıtlı olay kimliği</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Yükle</translation>
    </message>
    <message>
        <source>Request preview</source>
        <translation>İstek önizlemesi</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>curl olarak kopyala</translation>
    </message>
    <message>
        <source>Copies the request as a curl command; secrets stay masked.</source>
        <translation>İsteği bir curl komutu olarak kopyalar; gizli bilgiler maskeli kalır.</translation>
    </message>
    <message>
        <source>Send test event</source>
        <translation>Test olayı gönder</translation>
    </message>
    <message>
        <source>Sends this request to the destination's base URL and shows the answer.</source>
        <translation>Bu isteği hedefin temel URL'sine gönderir ve yanıtı gösterir.</translation>
    </message>
    <message>
        <source>Test event response</source>
        <translation>Test olayı yanıtı</translation>
    </message>
    <message>
        <source>Loading event %1…</source>
        <translation>Olay %1 yükleniyor…</translation>
    </message>
    <message>
        <source>Choose an event type to preview.</source>
        <translation>Önizlemek için bir olay türü seçin.</translation>
    </message>
    <message>
        <source>Select or create a mapping to see the request it makes.</source>
        <translation>Oluşturduğu isteği görmek için bir eşleme seçin veya oluşturun.</translation>
    </message>
    <message>
        <source>This mapping does not take %1 events of %2; shown as if it did.</source>
        <translation>Bu eşleme %2 kaynağından gelen %1 olaylarını almıyor; alıyormuş gibi gösteriliyor.</translation>
    </message>
    <message>
        <source>The mapping is disabled: delivery does not use it.</source>
        <translation>Eşleme devre dışı: teslimat bunu kullanmaz.</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Atlandı: %1</translation>
    </message>
    <message>
        <source>Action %1; idempotency key %2</source>
        <translation>Eylem %1; idempotency anahtarı %2</translation>
    </message>
    <message>
        <source>Findings: none</source>
        <translation>Bulgular: yok</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Hata</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Uyarı</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1, %2 alanında: %3</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>Bulgular:</translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation>%1 adresine gönderiliyor…</translation>
    </message>
    <message>
        <source>Not sent or no answer: %1</source>
        <translation>Gönderilmedi veya yanıt yok: %1</translation>
    </message>
    <message>
        <source>HTTP %1 %2 in %3 ms: %4</source>
        <translation>%3 ms içinde HTTP %1 %2: %4</translation>
    </message>
</context>
<context>
    <name>sb::ProfileFlagText</name>
    <message>
        <source>no email</source>
        <translation>e-posta yok</translation>
    </message>
    <message>
        <source>merged into #%1</source>
        <translation>#%1 ile birleştirildi</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>birleştirildi</translation>
    </message>
</context>
<context>
    <name>sb::ProfileSearchModel</name>
    <message>
        <source>Id</source>
        <translation>Kimlik</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Kullanıcı kimliği</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>İşaretler</translation>
    </message>
    <message>
        <source>anonymous visitor</source>
        <translation>anonim ziyaretçi</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>kullanıcı %1</translation>
    </message>
</context>
<context>
    <name>sb::ProfileTimelineModel</name>
    <message>
        <source>out: delivery #%1</source>
        <translation>çıkış: teslimat #%1</translation>
    </message>
    <message>
        <source>in: event #%1</source>
        <translation>giriş: olay #%1</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zaman (UTC)</translation>
    </message>
    <message>
        <source>In / out</source>
        <translation>Giriş / çıkış</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Event / destination</source>
        <translation>Olay / hedef</translation>
    </message>
    <message>
        <source>Source / mapping</source>
        <translation>Kaynak / eşleme</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Ayrıntı</translation>
    </message>
</context>
<context>
    <name>sb::ProfileView</name>
    <message>
        <source>Select a profile to see its traits, identities and timeline.</source>
        <translation>Özelliklerini, kimliklerini ve zaman çizelgesini görmek için bir profil seçin.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries, all shown</source>
        <translation>
            <numerusform>%n kayıt, tümü gösteriliyor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries shown; scroll for older ones</source>
        <translation>
            <numerusform>%n kayıt gösteriliyor; daha eskiler için kaydırın</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot load the timeline: %1</source>
        <translation>Zaman çizelgesi yüklenemiyor: %1</translation>
    </message>
    <message>
        <source>Profile #%1</source>
        <translation>Profil #%1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Yükleniyor…</translation>
    </message>
    <message>
        <source>Cannot load the profile: %1</source>
        <translation>Profil yüklenemiyor: %1</translation>
    </message>
    <message>
        <source>No profile #%1</source>
        <translation>Profil #%1 yok</translation>
    </message>
    <message>
        <source>There is no profile with this id in the workspace.</source>
        <translation>Çalışma alanında bu kimliğe sahip bir profil yok.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ad yok)</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>kullanıcı %1</translation>
    </message>
    <message>
        <source>Flags: none</source>
        <translation>İşaretler: yok</translation>
    </message>
    <message>
        <source>Flags: %1</source>
        <translation>İşaretler: %1</translation>
    </message>
    <message>
        <source>merged from %1</source>
        <translation>%1 profillerinden birleştirildi</translation>
    </message>
    <message>
        <source>created %1, updated %2</source>
        <translation>oluşturulma %1, güncelleme %2</translation>
    </message>
    <message>
        <source>Open profile #%1</source>
        <translation>Profil #%1 aç</translation>
    </message>
    <message>
        <source>(no source)</source>
        <translation>(kaynak yok)</translation>
    </message>
    <message>
        <source>source #%1</source>
        <translation>kaynak #%1</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tümü</translation>
    </message>
    <message>
        <source>Events in</source>
        <translation>Gelen olaylar</translation>
    </message>
    <message>
        <source>Deliveries out</source>
        <translation>Giden teslimatlar</translation>
    </message>
    <message>
        <source>%1 events and their deliveries</source>
        <translation>%1 olayları ve teslimatları</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zaman çizelgesi</translation>
    </message>
    <message>
        <source>Traits</source>
        <translation>Özellikler</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>Kimlikler</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Profile flags and merges</source>
        <translation>Profil işaretleri ve birleştirmeleri</translation>
    </message>
    <message>
        <source>Open the profile this one was merged into</source>
        <translation>Bu profilin birleştirildiği profili aç</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Kaynak:</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Tüm kaynaklar</translation>
    </message>
    <message>
        <source>Timeline source filter</source>
        <translation>Zaman çizelgesi kaynak filtresi</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Göster:</translation>
    </message>
    <message>
        <source>Timeline type filter</source>
        <translation>Zaman çizelgesi tür filtresi</translation>
    </message>
    <message>
        <source>Open delivery</source>
        <translation>Teslimatı aç</translation>
    </message>
    <message>
        <source>Open the selected delivery</source>
        <translation>Seçili teslimatı aç</translation>
    </message>
    <message>
        <source>Explain event</source>
        <translation>Olayı açıkla</translation>
    </message>
    <message>
        <source>Explain where the selected event went</source>
        <translation>Seçili olayın nereye gittiğini açıkla</translation>
    </message>
    <message>
        <source>Profile timeline</source>
        <translation>Profil zaman çizelgesi</translation>
    </message>
    <message>
        <source>Timeline status</source>
        <translation>Zaman çizelgesi durumu</translation>
    </message>
    <message>
        <source>Source / trait</source>
        <translation>Kaynak / özellik</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Değer</translation>
    </message>
    <message>
        <source>Updated (UTC)</source>
        <translation>Güncelleme (UTC)</translation>
    </message>
    <message>
        <source>Traits by source</source>
        <translation>Kaynağa göre özellikler</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <source>First seen (UTC)</source>
        <translation>İlk görülme (UTC)</translation>
    </message>
    <message>
        <source>segments: %1</source>
        <translation>segmentler: %1</translation>
    </message>
</context>
<context>
    <name>sb::ProfilesPage</name>
    <message>
        <source>Search failed: %1</source>
        <translation>Arama başarısız: %1</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Aranıyor…</translation>
    </message>
    <message numerus="yes">
        <source>Newest profiles first; %n shown, scroll for more</source>
        <translation>
            <numerusform>Önce en yeni profiller; %n gösteriliyor, daha fazlası için kaydırın</numerusform>
        </translation>
    </message>
    <message>
        <source>No profile matches “%1”</source>
        <translation>“%1” ile eşleşen profil yok</translation>
    </message>
    <message numerus="yes">
        <source>The first %n matches; type more to narrow</source>
        <translation>
            <numerusform>İlk %n eşleşme; daraltmak için yazmaya devam edin</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matching profiles</source>
        <translation>
            <numerusform>%n eşleşen profil</numerusform>
        </translation>
    </message>
    <message>
        <source>Search by email, name, phone or id</source>
        <translation>E-posta, ad, telefon veya kimliğe göre ara</translation>
    </message>
    <message>
        <source>Search profiles</source>
        <translation>Profil ara</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profiller</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Arama durumu</translation>
    </message>
</context>
<context>
    <name>sb::ReplayDeadDialog</name>
    <message>
        <source>%1 (%2 dead)</source>
        <translation>%1 (%2 teslim edilemeyen)</translation>
    </message>
    <message>
        <source>Replay dead letters</source>
        <translation>Teslim edilemeyenleri yeniden gönder</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Hedef:</translation>
    </message>
    <message>
        <source>Last attempt &amp;since:</source>
        <translation>Son deneme şu tarihten &amp;beri:</translation>
    </message>
    <message>
        <source>Destination whose dead letters to replay</source>
        <translation>Teslim edilemeyenleri yeniden gönderilecek hedef</translation>
    </message>
    <message>
        <source>Replay dead letters whose last attempt is at or after this time</source>
        <translation>Son denemesi bu zamanda veya sonrasında olan teslim edilemeyenleri yeniden gönder</translation>
    </message>
    <message>
        <source>Each dead letter is sent again with its original idempotency key and a new retry window.</source>
        <translation>Her teslim edilemeyen, özgün idempotency anahtarı ve yeni bir yeniden deneme süresiyle yeniden gönderilir.</translation>
    </message>
</context>
<context>
    <name>sb::SecretField</name>
    <message>
        <source>not set</source>
        <translation>ayarlanmadı</translation>
    </message>
    <message>
        <source>stored: %1 (type to replace)</source>
        <translation>kayıtlı: %1 (değiştirmek için yazın)</translation>
    </message>
    <message>
        <source>Credential %1</source>
        <translation>Kimlik bilgisi %1</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Gizle</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Göster</translation>
    </message>
    <message>
        <source>Show or hide the typed %1</source>
        <translation>Yazılan %1 değerini göster veya gizle</translation>
    </message>
    <message>
        <source>Shows only the value being typed; stored values stay masked.</source>
        <translation>Yalnızca yazılmakta olan değeri gösterir; kayıtlı değerler maskeli kalır.</translation>
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