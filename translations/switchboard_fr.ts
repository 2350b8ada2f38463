<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>DeliveryDetail</name>
    <message>
        <source>No delivery with id %1.</source>
        <translation>Aucune livraison avec l'identifiant %1.</translation>
    </message>
    <message>
        <source># this delivery's item, one of %1 in the batch:</source>
        <translation># élément de cette livraison, un parmi %1 dans le lot :</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Edit mapping</source>
        <translation>Modifier la correspondance</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Destination '%1' uses an unknown connector '%2'.</source>
        <translation>La destination '%1' utilise un connecteur inconnu '%2'.</translation>
    </message>
    <message>
        <source>Nothing to send: the renderer skips this event (%1).</source>
        <translation>Rien à envoyer : le moteur de rendu ignore cet événement (%1).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Switchboard operator console</source>
        <translation>Console d'exploitation Switchboard</translation>
    </message>
    <message>
        <source>Workspace folder (default: the demo workspace).</source>
        <translation>Dossier de l'espace de travail (par défaut : l'espace de démonstration).</translation>
    </message>
    <message>
        <source>Page to show first.</source>
        <translation>Page affichée en premier.</translation>
    </message>
    <message>
        <source>Render the window to a PNG and exit.</source>
        <translation>Enregistrer la fenêtre en PNG et quitter.</translation>
    </message>
    <message>
        <source>With --screenshot: milliseconds to wait after the page has loaded (default 400).</source>
        <translation>Avec --screenshot : millisecondes d'attente après le chargement de la page (400 par défaut).</translation>
    </message>
    <message>
        <source>Monitor and control only: do not ingest or deliver (automatic when switchboard-engine runs on the workspace).</source>
        <translation>Surveiller et piloter seulement : ni réception ni livraison (automatique quand switchboard-engine tourne sur l'espace de travail).</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Attached to engine (process %1)</source>
        <translation>Connecté au moteur (processus %1)</translation>
    </message>
    <message>
        <source>Engine running</source>
        <translation>Moteur en marche</translation>
    </message>
    <message>
        <source>Engine running · ingest %1</source>
        <translation>Moteur en marche · réception %1</translation>
    </message>
</context>
<context>
    <name>sb::AttemptHistoryModel</name>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
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
        <translation>Début</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>sb::ConditionsModel</name>
    <message>
        <source>Condition %1</source>
        <translation>Condition %1</translation>
    </message>
    <message>
        <source>%1: the path is empty.</source>
        <translation>%1 : le chemin est vide.</translation>
    </message>
    <message>
        <source>%1 (path '%2'): %3</source>
        <translation>%1 (chemin '%2') : %3</translation>
    </message>
    <message>
        <source>%1: unknown operator '%2'; use one of %3</source>
        <translation>%1 : opérateur inconnu '%2' ; utilisez l'un de %3</translation>
    </message>
    <message>
        <source>%1: in_list needs a list value such as ["a", "b"].</source>
        <translation>%1 : in_list attend une liste comme valeur, par exemple ["a", "b"].</translation>
    </message>
    <message>
        <source>%1: %2 needs a number or a date.</source>
        <translation>%1 : %2 attend un nombre ou une date.</translation>
    </message>
    <message>
        <source>%1: a value is required.</source>
        <translation>%1 : une valeur est requise.</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>sb::DeliveryDetailView</name>
    <message>
        <source>Not sent yet: no attempt was made.</source>
        <translation>Pas encore envoyé : aucune tentative n'a été faite.</translation>
    </message>
    <message>
        <source>No answer: %1</source>
        <translation>Pas de réponse : %1</translation>
    </message>
    <message>
        <source>Select a delivery to see what was sent and what came back.</source>
        <translation>Sélectionnez une livraison pour voir ce qui a été envoyé et ce qui a été reçu en retour.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Delivery %1&lt;/b&gt; &amp;nbsp; &lt;span style="color:%2"&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/span&gt;&lt;br&gt;%4 → %5 · profile %6 · created %7</source>
        <translation>&lt;b&gt;Livraison %1&lt;/b&gt; &amp;nbsp; &lt;span style="color:%2"&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/span&gt;&lt;br&gt;%4 → %5 · profil %6 · créée %7</translation>
    </message>
    <message>
        <source> · delivered %1</source>
        <translation> · livrée %1</translation>
    </message>
    <message>
        <source>You sent</source>
        <translation>Vous avez envoyé</translation>
    </message>
    <message>
        <source>Request to destination</source>
        <translation>Requête vers la destination</translation>
    </message>
    <message>
        <source>Response from destination</source>
        <translation>Réponse de la destination</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Event as received</source>
        <translation>Événement tel que reçu</translation>
    </message>
    <message>
        <source>Request sent to the destination, secrets masked</source>
        <translation>Requête envoyée à la destination, secrets masqués</translation>
    </message>
    <message>
        <source>Response from the destination</source>
        <translation>Réponse de la destination</translation>
    </message>
    <message>
        <source>Attempt history</source>
        <translation>Historique des tentatives</translation>
    </message>
    <message>
        <source>Delivery detail</source>
        <translation>Détail de la livraison</translation>
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
        <translation>Créée</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Prochaine tentative</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
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
        <translation>En attente &lt;b&gt;%1&lt;/b&gt; · À réessayer %2 · Lettres mortes %3</translation>
    </message>
    <message>
        <source>Next attempt: when resumed</source>
        <translation>Prochaine tentative : à la reprise</translation>
    </message>
    <message>
        <source>Next attempt: now</source>
        <translation>Prochaine tentative : maintenant</translation>
    </message>
    <message>
        <source>Next attempt: %1 (in %2 s)</source>
        <translation>Prochaine tentative : %1 (dans %2 s)</translation>
    </message>
    <message>
        <source>Next attempt: nothing waiting</source>
        <translation>Prochaine tentative : rien en attente</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En marche</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Breaker open until %1</source>
        <translation>Disjoncteur ouvert jusqu'à %1</translation>
    </message>
    <message>
        <source>Breaker open</source>
        <translation>Disjoncteur ouvert</translation>
    </message>
    <message>
        <source>Breaker half-open</source>
        <translation>Disjoncteur semi-ouvert</translation>
    </message>
    <message>
        <source>Holding until %1</source>
        <translation>Retenue jusqu'à %1</translation>
    </message>
    <message>
        <source>Rate limited %1/s of %2/s</source>
        <translation>Débit limité : %1/s sur %2/s</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <source>Resume %1</source>
        <translation>Reprendre %1</translation>
    </message>
    <message>
        <source>Pause %1</source>
        <translation>Suspendre %1</translation>
    </message>
    <message>
        <source>Replay dead letters of %1</source>
        <translation>Renvoyer les lettres mortes de %1</translation>
    </message>
    <message>
        <source>Destination %1</source>
        <translation>Destination %1</translation>
    </message>
    <message>
        <source>%1; %2 delivered per second; success %3; p95 %4; %5</source>
        <translation>%1 ; %2 livrées par seconde ; succès %3 ; p95 %4 ; %5</translation>
    </message>
    <message>
        <source>delivered/s</source>
        <translation>livrées/s</translation>
    </message>
    <message>
        <source>Replay dead…</source>
        <translation>Renvoyer les lettres mortes…</translation>
    </message>
    <message>
        <source>Stop or restart sending to this destination</source>
        <translation>Arrêter ou relancer l'envoi vers cette destination</translation>
    </message>
    <message>
        <source>Send this destination's dead letters again</source>
        <translation>Renvoyer les lettres mortes de cette destination</translation>
    </message>
    <message>
        <source>success</source>
        <translation>succès</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>Deliveries per second, last minute</source>
        <translation>Livraisons par seconde, dernière minute</translation>
    </message>
    <message>
        <source>Share of attempts that succeeded in the last hour</source>
        <translation>Part des tentatives réussies dans la dernière heure</translation>
    </message>
    <message>
        <source>95th percentile of the time from intake to delivery, last hour</source>
        <translation>95e centile du délai entre réception et livraison, dernière heure</translation>
    </message>
</context>
<context>
    <name>sb::DestinationListModel</name>
    <message>
        <source>%1 (%2, paused)</source>
        <translation>%1 (%2, en pause)</translation>
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
        <translation>L'URL de base '%1' n'est pas une URL http(s) valide.</translation>
    </message>
    <message>
        <source>No answer within %1 s (timed out or cancelled).</source>
        <translation>Pas de réponse en %1 s (délai dépassé ou annulé).</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>acceptée</translation>
    </message>
    <message>
        <source>retryable failure</source>
        <translation>échec à réessayer</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejetée</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>credentials accepted</source>
        <translation>identifiants acceptés</translation>
    </message>
    <message>
        <source>credentials rejected: %1</source>
        <translation>identifiants refusés : %1</translation>
    </message>
    <message>
        <source>the credential check answered HTTP %1: %2</source>
        <translation>la vérification des identifiants a répondu HTTP %1 : %2</translation>
    </message>
</context>
<context>
    <name>sb::DestinationsPage</name>
    <message>
        <source>Destinations</source>
        <translation>Destinations</translation>
    </message>
    <message>
        <source>New destination</source>
        <translation>Nouvelle destination</translation>
    </message>
    <message>
        <source>Install recipe…</source>
        <translation>Installer un modèle…</translation>
    </message>
    <message>
        <source>Adds a ready-made destination with its mappings.</source>
        <translation>Ajoute une destination prête à l'emploi avec ses correspondances.</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Connecteur</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL de base</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <source>Connector settings (JSON)</source>
        <translation>Paramètres du connecteur (JSON)</translation>
    </message>
    <message>
        <source>Destination name</source>
        <translation>Nom de la destination</translation>
    </message>
    <message>
        <source>Connector settings as JSON</source>
        <translation>Paramètres du connecteur en JSON</translation>
    </message>
    <message>
        <source>Rate limit and retries</source>
        <translation>Limite de débit et nouvelles tentatives</translation>
    </message>
    <message>
        <source>Requests per second, burst</source>
        <translation>Requêtes par seconde, rafale</translation>
    </message>
    <message>
        <source>Back-off first, longest (s)</source>
        <translation>Délai d'attente premier, plus long (s)</translation>
    </message>
    <message>
        <source>Give up after (minutes)</source>
        <translation>Abandonner après (minutes)</translation>
    </message>
    <message>
        <source>Also retry statuses</source>
        <translation>Réessayer aussi les statuts</translation>
    </message>
    <message>
        <source>Request timeout (s)</source>
        <translation>Délai d'expiration de la requête (s)</translation>
    </message>
    <message>
        <source>connector's (%1/s)</source>
        <translation>celui du connecteur (%1/s)</translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation>Requêtes par seconde</translation>
    </message>
    <message>
        <source>connector's (%1)</source>
        <translation>celui du connecteur (%1)</translation>
    </message>
    <message>
        <source>Burst</source>
        <translation>Rafale</translation>
    </message>
    <message>
        <source>First back-off in seconds</source>
        <translation>Premier délai d'attente en secondes</translation>
    </message>
    <message>
        <source>Longest back-off in seconds</source>
        <translation>Plus long délai d'attente en secondes</translation>
    </message>
    <message>
        <source>Retry window in minutes</source>
        <translation>Fenêtre de nouvelles tentatives en minutes</translation>
    </message>
    <message>
        <source>HTTP statuses to retry</source>
        <translation>Statuts HTTP à réessayer</translation>
    </message>
    <message>
        <source>e.g. 408, 429</source>
        <translation>p. ex. 408, 429</translation>
    </message>
    <message>
        <source>Retry server errors (5xx except 501 and 505)</source>
        <translation>Réessayer les erreurs serveur (5xx sauf 501 et 505)</translation>
    </message>
    <message>
        <source>Request timeout in seconds</source>
        <translation>Délai d'expiration de la requête en secondes</translation>
    </message>
    <message>
        <source>Keep each profile's events in order</source>
        <translation>Conserver l'ordre des événements de chaque profil</translation>
    </message>
    <message>
        <source>Add destination</source>
        <translation>Ajouter la destination</translation>
    </message>
    <message>
        <source>Save destination</source>
        <translation>Enregistrer la destination</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Sends a GET request to the base URL and shows whether the server answers.</source>
        <translation>Envoie une requête GET à l'URL de base et indique si le serveur répond.</translation>
    </message>
    <message>
        <source>Open mappings</source>
        <translation>Ouvrir les correspondances</translation>
    </message>
    <message>
        <source>Paused: deliveries wait until it is resumed.</source>
        <translation>En pause : les livraisons attendent la reprise.</translation>
    </message>
    <message>
        <source>This connector needs no credentials.</source>
        <translation>Ce connecteur ne nécessite aucun identifiant.</translation>
    </message>
    <message>
        <source>Name: a destination needs a name.</source>
        <translation>Nom : une destination doit avoir un nom.</translation>
    </message>
    <message>
        <source>Base URL: '%1' is not an http(s) URL such as https://api.example.com.</source>
        <translation>URL de base : '%1' n'est pas une URL http(s) comme https://api.example.com.</translation>
    </message>
    <message>
        <source>Connector settings: not valid JSON at character %1 (%2).</source>
        <translation>Paramètres du connecteur : JSON non valide au caractère %1 (%2).</translation>
    </message>
    <message>
        <source>Connector settings: must be a JSON object such as {"revision": "2026-07-15"}.</source>
        <translation>Paramètres du connecteur : doit être un objet JSON, par exemple {"revision": "2026-07-15"}.</translation>
    </message>
    <message>
        <source>Retry statuses: '%1' is not an HTTP status (100-599).</source>
        <translation>Statuts à réessayer : '%1' n'est pas un statut HTTP (100-599).</translation>
    </message>
    <message>
        <source>Back-off: the longest back-off is shorter than the first.</source>
        <translation>Délai d'attente : le plus long délai est plus court que le premier.</translation>
    </message>
    <message>
        <source>Not saved. %1</source>
        <translation>Non enregistrée. %1</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>Non ajoutée : %1</translation>
    </message>
    <message>
        <source>Destination '%1' added; its credentials are stored encrypted.</source>
        <translation>Destination '%1' ajoutée ; ses identifiants sont stockés chiffrés.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistrée : %1</translation>
    </message>
    <message>
        <source>Destination '%1' saved.</source>
        <translation>Destination '%1' enregistrée.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Connection failed: %1%2</source>
        <translation>Échec de la connexion : %1%2</translation>
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
        <translation>Installer un modèle</translation>
    </message>
    <message>
        <source>Recipe:</source>
        <translation>Modèle :</translation>
    </message>
    <message>
        <source>No recipe named '%1'.</source>
        <translation>Aucun modèle nommé '%1'.</translation>
    </message>
    <message>
        <source>Recipe not installed: %1</source>
        <translation>Modèle non installé : %1</translation>
    </message>
    <message numerus="yes">
        <source>Installed '%1': a destination and %n mapping(s).</source>
        <translation>
            <numerusform>'%1' installé : une destination et %n correspondance.</numerusform>
            <numerusform>'%1' installé : une destination et %n correspondances.</numerusform>
        </translation>
    </message>
    <message>
        <source>Still needed: %1.</source>
        <translation>Encore nécessaire : %1.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 in %3 ms: %4.</source>
        <translation>%1 a répondu HTTP %2 en %3 ms : %4.</translation>
    </message>
    <message>
        <source>Connected: %1 answered HTTP %2 %3 in %4 ms. This API has no credential check; credentials are checked when an event is sent (Mappings → Send test event).</source>
        <translation>Connecté : %1 a répondu HTTP %2 %3 en %4 ms. Cette API ne permet pas de vérifier les identifiants ; ils sont vérifiés à l'envoi d'un événement (Correspondances → Envoyer un événement de test).</translation>
    </message>
</context>
<context>
    <name>sb::EngineStatusWidget</name>
    <message>
        <source>In: %1 events/s</source>
        <translation>Entrée : %1 événements/s</translation>
    </message>
    <message>
        <source>Backlog: %1</source>
        <translation>En attente : %1</translation>
    </message>
    <message>
        <source>Dead letters: %1</source>
        <translation>Lettres mortes : %1</translation>
    </message>
    <message>
        <source>Ingest rate</source>
        <translation>Débit d'entrée</translation>
    </message>
    <message>
        <source>Delivery backlog</source>
        <translation>Livraisons en attente</translation>
    </message>
    <message>
        <source>Dead letters</source>
        <translation>Lettres mortes</translation>
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
        <translation>Reçu (UTC)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Message id</source>
        <translation>ID du message</translation>
    </message>
</context>
<context>
    <name>sb::EventsPage</name>
    <message>
        <source>Cannot read events: %1</source>
        <translation>Impossible de lire les événements : %1</translation>
    </message>
    <message>
        <source>Event #%1: loading…</source>
        <translation>Événement n°%1 : chargement…</translation>
    </message>
    <message>
        <source>Cannot load event #%1: %2</source>
        <translation>Impossible de charger l'événement n°%1 : %2</translation>
    </message>
    <message>
        <source>There is no event #%1 in the workspace.</source>
        <translation>Il n'y a pas d'événement n°%1 dans l'espace de travail.</translation>
    </message>
    <message>
        <source>Event #%1 · %2 %3 from %4 · received %5</source>
        <translation>Événement n°%1 · %2 %3 de %4 · reçu %5</translation>
    </message>
    <message>
        <source>delivery #%1: %2</source>
        <translation>livraison n°%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n tentative</numerusform>
            <numerusform>%n tentatives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s); %1</source>
        <translation>
            <numerusform>%n tentative ; %1</numerusform>
            <numerusform>%n tentatives ; %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Activate to open the delivery</source>
        <translation>Activer pour ouvrir la livraison</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>not routed yet, or no destination</source>
        <translation>pas encore acheminé, ou aucune destination</translation>
    </message>
    <message numerus="yes">
        <source>Paused · %n new</source>
        <translation>
            <numerusform>En pause · %n nouveau</numerusform>
            <numerusform>En pause · %n nouveaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Live · %n shown</source>
        <translation>
            <numerusform>Direct · %n affiché</numerusform>
            <numerusform>Direct · %n affichés</numerusform>
        </translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source :</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Toutes les sources</translation>
    </message>
    <message>
        <source>Source filter</source>
        <translation>Filtre de source</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <source>Type filter</source>
        <translation>Filtre de type</translation>
    </message>
    <message>
        <source>Filter by id, name, message id, source or profile</source>
        <translation>Filtrer par ID, nom, ID de message, source ou profil</translation>
    </message>
    <message>
        <source>Text filter</source>
        <translation>Filtre de texte</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <source>Pause or resume the live stream</source>
        <translation>Suspendre ou reprendre le flux en direct</translation>
    </message>
    <message>
        <source>Stream status</source>
        <translation>État du flux</translation>
    </message>
    <message>
        <source>Incoming events</source>
        <translation>Événements entrants</translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation>Ouvrir le profil</translation>
    </message>
    <message>
        <source>Open this event's profile</source>
        <translation>Ouvrir le profil de cet événement</translation>
    </message>
    <message>
        <source>Event payload</source>
        <translation>Contenu de l'événement</translation>
    </message>
    <message>
        <source>The selected event's payload</source>
        <translation>Contenu de l'événement sélectionné</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Correspondance</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Routing outcome</source>
        <translation>Résultat de l'acheminement</translation>
    </message>
    <message>
        <source>Select an event to see its payload and where it went.</source>
        <translation>Sélectionnez un événement pour voir son contenu et sa destination.</translation>
    </message>
</context>
<context>
    <name>sb::ExplainDialog</name>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Cannot explain: %1</source>
        <translation>Impossible d'expliquer : %1</translation>
    </message>
    <message>
        <source>Event #%1 (%2%3) from %4, received %5</source>
        <translation>Événement n°%1 (%2%3) de %4, reçu %5</translation>
    </message>
    <message>
        <source>No destination is configured, so the event went nowhere.</source>
        <translation>Aucune destination n'est configurée, l'événement n'a donc été envoyé nulle part.</translation>
    </message>
    <message>
        <source>Why event #%1 went where it went</source>
        <translation>Pourquoi l'événement n°%1 est allé là où il est allé</translation>
    </message>
    <message>
        <source>Routing of event #%1 at every destination</source>
        <translation>Acheminement de l'événement n°%1 pour chaque destination</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
    <message>
        <source>Show in Events</source>
        <translation>Afficher dans Événements</translation>
    </message>
    <message>
        <source>Show this event on the Events page</source>
        <translation>Afficher cet événement sur la page Événements</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>sb::ExpressionDelegate</name>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
</context>
<context>
    <name>sb::FieldMapModel</name>
    <message>
        <source>The field has no target.</source>
        <translation>Le champ n'a pas de cible.</translation>
    </message>
    <message>
        <source>Field '%1': the expression is empty.</source>
        <translation>Champ '%1' : l'expression est vide.</translation>
    </message>
    <message>
        <source>Field '%1': %2</source>
        <translation>Champ '%1' : %2</translation>
    </message>
    <message>
        <source>Destination field</source>
        <translation>Champ de destination</translation>
    </message>
    <message>
        <source>Expression</source>
        <translation>Expression</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>sb::LanguageSwitcher</name>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>sb::LiveCharts</name>
    <message>
        <source>Traffic</source>
        <translation>Trafic</translation>
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
        <translation>Afficher les 10 dernières minutes</translation>
    </message>
    <message>
        <source>Show the last hour</source>
        <translation>Afficher la dernière heure</translation>
    </message>
    <message>
        <source>Show the last 24 hours</source>
        <translation>Afficher les 24 dernières heures</translation>
    </message>
    <message>
        <source>Delivered per second</source>
        <translation>Livrées par seconde</translation>
    </message>
    <message>
        <source>Failed attempts</source>
        <translation>Tentatives échouées</translation>
    </message>
    <message>
        <source>p95 latency (ms)</source>
        <translation>Latence p95 (ms)</translation>
    </message>
    <message>
        <source>Throughput chart</source>
        <translation>Graphique du débit</translation>
    </message>
    <message>
        <source>Errors chart</source>
        <translation>Graphique des erreurs</translation>
    </message>
    <message>
        <source>Latency chart</source>
        <translation>Graphique de latence</translation>
    </message>
</context>
<context>
    <name>sb::LivePage</name>
    <message>
        <source>No destinations yet: add one on the Destinations page.</source>
        <translation>Aucune destination pour l'instant : ajoutez-en une sur la page Destinations.</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>Destinations</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Livraisons</translation>
    </message>
    <message>
        <source>All destinations</source>
        <translation>Toutes les destinations</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tout statut</translation>
    </message>
    <message>
        <source>Filter by destination</source>
        <translation>Filtrer par destination</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrer par statut</translation>
    </message>
    <message>
        <source>Event type, e.g. Order Created</source>
        <translation>Type d'événement, p. ex. Order Created</translation>
    </message>
    <message>
        <source>Filter by event type</source>
        <translation>Filtrer par type d'événement</translation>
    </message>
    <message>
        <source>Profile id or email</source>
        <translation>ID de profil ou e-mail</translation>
    </message>
    <message>
        <source>Filter by profile id or email</source>
        <translation>Filtrer par ID de profil ou e-mail</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>Show all deliveries again</source>
        <translation>Afficher à nouveau toutes les livraisons</translation>
    </message>
    <message>
        <source>Showing delivery %1</source>
        <translation>Affichage de la livraison %1</translation>
    </message>
    <message>
        <source>Deliveries, newest first</source>
        <translation>Livraisons, les plus récentes d'abord</translation>
    </message>
    <message>
        <source>Live · updates every second</source>
        <translation>Direct · mise à jour chaque seconde</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Réessayer maintenant</translation>
    </message>
    <message>
        <source>Send the selected retrying deliveries now instead of waiting</source>
        <translation>Envoyer maintenant les livraisons sélectionnées à réessayer au lieu d'attendre</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <source>Send the selected finished deliveries again</source>
        <translation>Renvoyer les livraisons terminées sélectionnées</translation>
    </message>
    <message>
        <source>Replay dead letters since…</source>
        <translation>Renvoyer les lettres mortes depuis…</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Drop the selected open deliveries; they are not sent</source>
        <translation>Abandonner les livraisons ouvertes sélectionnées ; elles ne sont pas envoyées</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Delivery actions</source>
        <translation>Actions de livraison</translation>
    </message>
    <message>
        <source>Could not read the delivery figures: %1</source>
        <translation>Impossible de lire les chiffres de livraison : %1</translation>
    </message>
    <message>
        <source>Destination %1</source>
        <translation>Destination %1</translation>
    </message>
    <message>
        <source>Pause destination</source>
        <translation>Suspendre la destination</translation>
    </message>
    <message>
        <source>Resume %1</source>
        <translation>Reprendre %1</translation>
    </message>
    <message>
        <source>Pause %1</source>
        <translation>Suspendre %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <source>None of the selected deliveries was waiting for a retry.</source>
        <translation>Aucune des livraisons sélectionnées n'attendait de nouvelle tentative.</translation>
    </message>
    <message>
        <source>%1 of %2 selected deliveries will be retried now.</source>
        <translation>%1 sur %2 livraisons sélectionnées vont être réessayées maintenant.</translation>
    </message>
    <message>
        <source>Replay deliveries</source>
        <translation>Renvoyer les livraisons</translation>
    </message>
    <message numerus="yes">
        <source>Send %n delivery(s) again? Delivered ones reach the destination a second time (with the same idempotency key); open ones are left alone.</source>
        <translation>
            <numerusform>Renvoyer %n livraison ? Celles déjà livrées atteignent la destination une seconde fois (avec la même clé d'idempotence) ; celles encore ouvertes ne sont pas modifiées.</numerusform>
            <numerusform>Renvoyer %n livraisons ? Celles déjà livrées atteignent la destination une seconde fois (avec la même clé d'idempotence) ; celles encore ouvertes ne sont pas modifiées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to replay: the selected deliveries are still open.</source>
        <translation>Rien à renvoyer : les livraisons sélectionnées sont encore ouvertes.</translation>
    </message>
    <message>
        <source>%1 of %2 selected deliveries queued again.</source>
        <translation>%1 sur %2 livraisons sélectionnées remises en file d'attente.</translation>
    </message>
    <message numerus="yes">
        <source>%n dead letter(s) since %1 queued again.</source>
        <translation>
            <numerusform>%n lettre morte depuis %1 remise en file d'attente.</numerusform>
            <numerusform>%n lettres mortes depuis %1 remises en file d'attente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard deliveries</source>
        <translation>Abandonner les livraisons</translation>
    </message>
    <message numerus="yes">
        <source>Discard %n delivery(s)? They will not be sent, and later events of the same profile stop waiting for them. Only open deliveries (pending, retrying, blocked) are discarded.</source>
        <translation>
            <numerusform>Abandonner %n livraison ? Elle ne sera pas envoyée, et les événements ultérieurs du même profil cessent de l'attendre. Seules les livraisons ouvertes (en cours, à réessayer, bloquées) sont abandonnées.</numerusform>
            <numerusform>Abandonner %n livraisons ? Elles ne seront pas envoyées, et les événements ultérieurs du même profil cessent de les attendre. Seules les livraisons ouvertes (en cours, à réessayer, bloquées) sont abandonnées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing discarded: none of the selected deliveries was open.</source>
        <translation>Rien d'abandonné : aucune des livraisons sélectionnées n'était ouverte.</translation>
    </message>
    <message>
        <source>%1 of %2 selected deliveries discarded.</source>
        <translation>%1 sur %2 livraisons sélectionnées abandonnées.</translation>
    </message>
    <message>
        <source>%1 paused: nothing is sent until it is resumed.</source>
        <translation>%1 en pause : rien n'est envoyé avant la reprise.</translation>
    </message>
    <message>
        <source>%1 resumed.</source>
        <translation>%1 reprise.</translation>
    </message>
    <message>
        <source>1 accepted event waiting to be stored</source>
        <translation>1 événement accepté en attente d'enregistrement</translation>
    </message>
    <message>
        <source>%1 accepted events waiting to be stored</source>
        <translation>%1 événements acceptés en attente d'enregistrement</translation>
    </message>
    <message>
        <source>1 accepted request could not be stored: see switchboard-ctl status</source>
        <translation>1 requête acceptée n'a pas pu être enregistrée : voir switchboard-ctl status</translation>
    </message>
    <message>
        <source>%1 accepted requests could not be stored: see switchboard-ctl status</source>
        <translation>%1 requêtes acceptées n'ont pas pu être enregistrées : voir switchboard-ctl status</translation>
    </message>
</context>
<context>
    <name>sb::MainWindow</name>
    <message>
        <source>Live</source>
        <translation>Direct</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Mappings</source>
        <translation>Correspondances</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>Destinations</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d'ensemble</translation>
    </message>
    <message>
        <source>About Switchboard</source>
        <translation>À propos de Switchboard</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Switchboard %1&lt;/h3&gt;&lt;p&gt;Routes customer events from store systems to marketing tools, with a local SQLite-backed sync engine.&lt;/p&gt;&lt;p&gt;Workspace: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Switchboard %1&lt;/h3&gt;&lt;p&gt;Achemine les événements clients des systèmes du magasin vers les outils marketing, avec un moteur de synchronisation local sur SQLite.&lt;/p&gt;&lt;p&gt;Espace de travail : %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Switchboard — %1</source>
        <translation>Switchboard — %1</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Engine state</source>
        <translation>État du moteur</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;About Switchboard</source>
        <translation>À &amp;propos de Switchboard</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
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
        <translation>Déclencheur</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Event types</source>
        <translation>Types d'événement</translation>
    </message>
    <message>
        <source>Conditions must</source>
        <translation>Conditions :</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Event name</source>
        <translation>Nom de l'événement</translation>
    </message>
    <message>
        <source>Match profiles by</source>
        <translation>Associer les profils par</translation>
    </message>
    <message>
        <source>Field map</source>
        <translation>Correspondance des champs</translation>
    </message>
    <message>
        <source>Mapping name</source>
        <translation>Nom de la correspondance</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activée</translation>
    </message>
    <message>
        <source>Mapping enabled</source>
        <translation>Correspondance activée</translation>
    </message>
    <message>
        <source>Event types the mapping takes</source>
        <translation>Types d'événement pris en charge par la correspondance</translation>
    </message>
    <message>
        <source>all hold</source>
        <translation>toutes doivent être vraies</translation>
    </message>
    <message>
        <source>any holds</source>
        <translation>au moins une doit être vraie</translation>
    </message>
    <message>
        <source>Condition match</source>
        <translation>Correspondance des conditions</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>Ajouter une condition</translation>
    </message>
    <message>
        <source>Remove condition</source>
        <translation>Supprimer la condition</translation>
    </message>
    <message>
        <source>Destination action</source>
        <translation>Action de la destination</translation>
    </message>
    <message>
        <source>Destination event name</source>
        <translation>Nom de l'événement pour la destination</translation>
    </message>
    <message>
        <source>e.g. Placed Order or SMRT {{event.name}}</source>
        <translation>p. ex. Placed Order ou SMRT {{event.name}}</translation>
    </message>
    <message>
        <source>the destination's own identifiers</source>
        <translation>les identifiants propres à la destination</translation>
    </message>
    <message>
        <source>email (events without one are skipped)</source>
        <translation>e-mail (les événements sans e-mail sont ignorés)</translation>
    </message>
    <message>
        <source>Add field</source>
        <translation>Ajouter un champ</translation>
    </message>
    <message>
        <source>Remove field</source>
        <translation>Supprimer le champ</translation>
    </message>
    <message>
        <source>All event types (*)</source>
        <translation>Tous les types d'événement (*)</translation>
    </message>
    <message>
        <source>Name: a mapping needs a name.</source>
        <translation>Nom : une correspondance doit avoir un nom.</translation>
    </message>
    <message>
        <source>Event types: tick at least one event type, or all (*).</source>
        <translation>Types d'événement : cochez au moins un type d'événement, ou tous (*).</translation>
    </message>
    <message>
        <source>Action: choose what the destination does with the event.</source>
        <translation>Action : choisissez ce que la destination fait de l'événement.</translation>
    </message>
    <message>
        <source>Event name: %1</source>
        <translation>Nom de l'événement : %1</translation>
    </message>
    <message>
        <source>Cannot be saved yet:</source>
        <translation>Ne peut pas encore être enregistrée :</translation>
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
        <translation>%1 (v%2, désactivée)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1 : %2 → %3</translation>
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
        <translation>Enregistrée</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>sb::MappingsPage</name>
    <message>
        <source>Rendering every event type with every mapping…</source>
        <translation>Rendu de chaque type d'événement avec chaque correspondance…</translation>
    </message>
    <message numerus="yes">
        <source>%n combination(s)</source>
        <translation>
            <numerusform>%n combinaison</numerusform>
            <numerusform>%n combinaisons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with findings</source>
        <translation>
            <numerusform>%n avec constats</numerusform>
            <numerusform>%n avec constats</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Destination</source>
        <translation>&amp;Destination</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Edit destination…</source>
        <translation>Modifier la destination…</translation>
    </message>
    <message>
        <source>Mappings</source>
        <translation>Correspondances</translation>
    </message>
    <message>
        <source>Mappings of the destination</source>
        <translation>Correspondances de la destination</translation>
    </message>
    <message>
        <source>New mapping</source>
        <translation>Nouvelle correspondance</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Saved versions</source>
        <translation>Versions enregistrées</translation>
    </message>
    <message>
        <source>Restore version</source>
        <translation>Restaurer la version</translation>
    </message>
    <message>
        <source>Saves the selected version again as the newest.</source>
        <translation>Enregistre à nouveau la version sélectionnée comme la plus récente.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>What changed (kept with the version)</source>
        <translation>Ce qui a changé (conservé avec la version)</translation>
    </message>
    <message>
        <source>Version note</source>
        <translation>Note de version</translation>
    </message>
    <message>
        <source>Save version</source>
        <translation>Enregistrer la version</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Preview matrix</source>
        <translation>Matrice d'aperçu</translation>
    </message>
    <message>
        <source>Compute matrix</source>
        <translation>Calculer la matrice</translation>
    </message>
    <message>
        <source>Every catalog event type with every mapping, with findings.</source>
        <translation>Chaque type d'événement du catalogue avec chaque correspondance, avec les constats.</translation>
    </message>
    <message>
        <source>No destinations yet: add one on the Destinations page.</source>
        <translation>Aucune destination pour l'instant : ajoutez-en une sur la page Destinations.</translation>
    </message>
    <message>
        <source>This destination has no mappings yet: start one with New mapping.</source>
        <translation>Cette destination n'a pas encore de correspondance : créez-en une avec Nouvelle correspondance.</translation>
    </message>
    <message>
        <source>Version %1 of '%2'.</source>
        <translation>Version %1 de '%2'.</translation>
    </message>
    <message>
        <source>A new mapping: not saved yet.</source>
        <translation>Une nouvelle correspondance : pas encore enregistrée.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistrée : %1</translation>
    </message>
    <message>
        <source>saved in the console</source>
        <translation>enregistrée dans la console</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>Enregistrée comme version %1.</translation>
    </message>
    <message>
        <source>Not restored: %1</source>
        <translation>Non restaurée : %1</translation>
    </message>
    <message>
        <source>Version %1 restored as version %2.</source>
        <translation>Version %1 restaurée en tant que version %2.</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Correspondance</translation>
    </message>
    <message>
        <source>New mapping '%1'</source>
        <translation>Nouvelle correspondance '%1'</translation>
    </message>
    <message>
        <source>Mapping '%1'</source>
        <translation>Correspondance '%1'</translation>
    </message>
    <message>
        <source> (unsaved changes)</source>
        <translation> (modifications non enregistrées)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The mapping '%1' has changes that are not saved. Discard them?</source>
        <translation>La correspondance '%1' a des modifications non enregistrées. Les abandonner ?</translation>
    </message>
</context>
<context>
    <name>sb::OverviewPage</name>
    <message>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <source>Location: %1</source>
        <translation>Emplacement : %1</translation>
    </message>
    <message>
        <source>Table row counts</source>
        <translation>Nombre de lignes par table</translation>
    </message>
    <message>
        <source>Location: %1 · schema version %2</source>
        <translation>Emplacement : %1 · version du schéma %2</translation>
    </message>
</context>
<context>
    <name>sb::PreviewMatrixModel</name>
    <message>
        <source>skipped: %1</source>
        <translation>ignoré : %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>No mapping</source>
        <translation>Aucune correspondance</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Type d'événement</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Correspondance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>sb::PreviewPanel</name>
    <message>
        <source>Could not load the event: %1</source>
        <translation>Impossible de charger l'événement : %1</translation>
    </message>
    <message>
        <source>Stored event %1: %2 %3 from %4, profile %5</source>
        <translation>Événement stocké %1 : %2 %3 de %4, profil %5</translation>
    </message>
    <message>
        <source>Payload preview</source>
        <translation>Aperçu du contenu</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Type d'événement</translation>
    </message>
    <message>
        <source>Event type to preview</source>
        <translation>Type d'événement à prévisualiser</translation>
    </message>
    <message>
        <source>Catalog sample</source>
        <translation>Exemple du catalogue</translation>
    </message>
    <message>
        <source>Stored event</source>
        <translation>Événement stocké</translation>
    </message>
    <message>
        <source>Preview input</source>
        <translation>Entrée de l'aperçu</translation>
    </message>
    <message>
        <source>event id</source>
        <translation>ID d'événement</translation>
    </message>
    <message>
        <source>Stored event id</source>
        <translation>ID de l'événement stocké</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Charger</translation>
    </message>
    <message>
        <source>Request preview</source>
        <translation>Aperçu de la requête</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Copier en curl</translation>
    </message>
    <message>
        <source>Copies the request as a curl command; secrets stay masked.</source>
        <translation>Copie la requête sous forme de commande curl ; les secrets restent masqués.</translation>
    </message>
    <message>
        <source>Send test event</source>
        <translation>Envoyer un événement de test</translation>
    </message>
    <message>
        <source>Sends this request to the destination's base URL and shows the answer.</source>
        <translation>Envoie cette requête à l'URL de base de la destination et affiche la réponse.</translation>
    </message>
    <message>
        <source>Test event response</source>
        <translation>Réponse à l'événement de test</translation>
    </message>
    <message>
        <source>Loading event %1…</source>
        <translation>Chargement de l'événement %1…</translation>
    </message>
    <message>
        <source>Choose an event type to preview.</source>
        <translation>Choisissez un type d'événement à prévisualiser.</translation>
    </message>
    <message>
        <source>Select or create a mapping to see the request it makes.</source>
        <translation>Sélectionnez ou créez une correspondance pour voir la requête qu'elle produit.</translation>
    </message>
    <message>
        <source>This mapping does not take %1 events of %2; shown as if it did.</source>
        <translation>Cette correspondance ne prend pas les événements %1 de %2 ; affiché comme si c'était le cas.</translation>
    </message>
    <message>
        <source>The mapping is disabled: delivery does not use it.</source>
        <translation>La correspondance est désactivée : la livraison ne l'utilise pas.</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Ignoré : %1</translation>
    </message>
    <message>
        <source>Action %1; idempotency key %2</source>
        <translation>Action %1 ; clé d'idempotence %2</translation>
    </message>
    <message>
        <source>Findings: none</source>
        <translation>Constats : aucun</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 sur %2 : %3</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>Constats :</translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation>Envoi à %1…</translation>
    </message>
    <message>
        <source>Not sent or no answer: %1</source>
        <translation>Non envoyé ou pas de réponse : %1</translation>
    </message>
    <message>
        <source>HTTP %1 %2 in %3 ms: %4</source>
        <translation>HTTP %1 %2 en %3 ms : %4</translation>
    </message>
</context>
<context>
    <name>sb::ProfileFlagText</name>
    <message>
        <source>no email</source>
        <translation>pas d'e-mail</translation>
    </message>
    <message>
        <source>merged into #%1</source>
        <translation>fusionné dans n°%1</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>fusionné</translation>
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
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>ID utilisateur</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>anonymous visitor</source>
        <translation>visiteur anonyme</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>utilisateur %1</translation>
    </message>
</context>
<context>
    <name>sb::ProfileTimelineModel</name>
    <message>
        <source>out: delivery #%1</source>
        <translation>sortie : livraison n°%1</translation>
    </message>
    <message>
        <source>in: event #%1</source>
        <translation>entrée : événement n°%1</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <source>In / out</source>
        <translation>Entrée / sortie</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Event / destination</source>
        <translation>Événement / destination</translation>
    </message>
    <message>
        <source>Source / mapping</source>
        <translation>Source / correspondance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
</context>
<context>
    <name>sb::ProfileView</name>
    <message>
        <source>Select a profile to see its traits, identities and timeline.</source>
        <translation>Sélectionnez un profil pour voir ses attributs, ses identités et sa chronologie.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries, all shown</source>
        <translation>
            <numerusform>%n entrée, toutes affichées</numerusform>
            <numerusform>%n entrées, toutes affichées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries shown; scroll for older ones</source>
        <translation>
            <numerusform>%n entrée affichée ; faites défiler pour les plus anciennes</numerusform>
            <numerusform>%n entrées affichées ; faites défiler pour les plus anciennes</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot load the timeline: %1</source>
        <translation>Impossible de charger la chronologie : %1</translation>
    </message>
    <message>
        <source>Profile #%1</source>
        <translation>Profil n°%1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Cannot load the profile: %1</source>
        <translation>Impossible de charger le profil : %1</translation>
    </message>
    <message>
        <source>No profile #%1</source>
        <translation>Aucun profil n°%1</translation>
    </message>
    <message>
        <source>There is no profile with this id in the workspace.</source>
        <translation>Il n'y a aucun profil avec cet identifiant dans l'espace de travail.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>n°%1</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>utilisateur %1</translation>
    </message>
    <message>
        <source>Flags: none</source>
        <translation>Indicateurs : aucun</translation>
    </message>
    <message>
        <source>Flags: %1</source>
        <translation>Indicateurs : %1</translation>
    </message>
    <message>
        <source>merged from %1</source>
        <translation>fusionné à partir de %1</translation>
    </message>
    <message>
        <source>created %1, updated %2</source>
        <translation>créé le %1, mis à jour le %2</translation>
    </message>
    <message>
        <source>Open profile #%1</source>
        <translation>Ouvrir le profil n°%1</translation>
    </message>
    <message>
        <source>(no source)</source>
        <translation>(aucune source)</translation>
    </message>
    <message>
        <source>source #%1</source>
        <translation>source n°%1</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Events in</source>
        <translation>Événements entrants</translation>
    </message>
    <message>
        <source>Deliveries out</source>
        <translation>Livraisons sortantes</translation>
    </message>
    <message>
        <source>%1 events and their deliveries</source>
        <translation>Événements %1 et leurs livraisons</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Traits</source>
        <translation>Attributs</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>Identités</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Profile flags and merges</source>
        <translation>Indicateurs et fusions du profil</translation>
    </message>
    <message>
        <source>Open the profile this one was merged into</source>
        <translation>Ouvrir le profil dans lequel celui-ci a été fusionné</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source :</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Toutes les sources</translation>
    </message>
    <message>
        <source>Timeline source filter</source>
        <translation>Filtre de source de la chronologie</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message>
        <source>Timeline type filter</source>
        <translation>Filtre de type de la chronologie</translation>
    </message>
    <message>
        <source>Open delivery</source>
        <translation>Ouvrir la livraison</translation>
    </message>
    <message>
        <source>Open the selected delivery</source>
        <translation>Ouvrir la livraison sélectionnée</translation>
    </message>
    <message>
        <source>Explain event</source>
        <translation>Expliquer l'événement</translation>
    </message>
    <message>
        <source>Explain where the selected event went</source>
        <translation>Expliquer où est allé l'événement sélectionné</translation>
    </message>
    <message>
        <source>Profile timeline</source>
        <translation>Chronologie du profil</translation>
    </message>
    <message>
        <source>Timeline status</source>
        <translation>État de la chronologie</translation>
    </message>
    <message>
        <source>Source / trait</source>
        <translation>Source / attribut</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Updated (UTC)</source>
        <translation>Mis à jour (UTC)</translation>
    </message>
    <message>
        <source>Traits by source</source>
        <translation>Attributs par source</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>First seen (UTC)</source>
        <translation>Vu pour la première fois (UTC)</translation>
    </message>
    <message>
        <source>segments: %1</source>
        <translation>segments : %1</translation>
    </message>
</context>
<context>
    <name>sb::ProfilesPage</name>
    <message>
        <source>Search failed: %1</source>
        <translation>Échec de la recherche : %1</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message numerus="yes">
        <source>Newest profiles first; %n shown, scroll for more</source>
        <translation>
            <numerusform>Profils les plus récents d'abord ; %n affiché, faites défiler pour en voir plus</numerusform>
            <numerusform>Profils les plus récents d'abord ; %n affichés, faites défiler pour en voir plus</numerusform>
        </translation>
    </message>
    <message>
        <source>No profile matches “%1”</source>
        <translation>Aucun profil ne correspond à « %1 »</translation>
    </message>
    <message numerus="yes">
        <source>The first %n matches; type more to narrow</source>
        <translation>
            <numerusform>Premières correspondances : %n ; tapez davantage pour affiner</numerusform>
            <numerusform>Premières correspondances : %n ; tapez davantage pour affiner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matching profiles</source>
        <translation>
            <numerusform>%n profil correspondant</numerusform>
            <numerusform>%n profils correspondants</numerusform>
        </translation>
    </message>
    <message>
        <source>Search by email, name, phone or id</source>
        <translation>Rechercher par e-mail, nom, téléphone ou ID</translation>
    </message>
    <message>
        <source>Search profiles</source>
        <translation>Rechercher des profils</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>État de la recherche</translation>
    </message>
</context>
<context>
    <name>sb::ReplayDeadDialog</name>
    <message>
        <source>%1 (%2 dead)</source>
        <translation>%1 (%2 lettres mortes)</translation>
    </message>
    <message>
        <source>Replay dead letters</source>
        <translation>Renvoyer les lettres mortes</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Destination :</translation>
    </message>
    <message>
        <source>Last attempt &amp;since:</source>
        <translation>Dernière tentative de&amp;puis :</translation>
    </message>
    <message>
        <source>Destination whose dead letters to replay</source>
        <translation>Destination dont les lettres mortes sont à renvoyer</translation>
    </message>
    <message>
        <source>Replay dead letters whose last attempt is at or after this time</source>
        <translation>Renvoyer les lettres mortes dont la dernière tentative a eu lieu à cette heure ou après</translation>
    </message>
    <message>
        <source>Each dead letter is sent again with its original idempotency key and a new retry window.</source>
        <translation>Chaque lettre morte est renvoyée avec sa clé d'idempotence d'origine et une nouvelle fenêtre de nouvelles tentatives.</translation>
    </message>
</context>
<context>
    <name>sb::SecretField</name>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>stored: %1 (type to replace)</source>
        <translation>enregistré : %1 (saisissez pour remplacer)</translation>
    </message>
    <message>
        <source>Credential %1</source>
        <translation>Identifiant %1</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show or hide the typed %1</source>
        <translation>Afficher ou masquer la saisie de %1</translation>
    </message>
    <message>
        <source>Shows only the value being typed; stored values stay masked.</source>
        <translation>Affiche seulement la valeur en cours de saisie ; les valeurs enregistrées restent masquées.</translation>
    </message>
</context>
<context>
    <name>sb::TableCountsModel</name>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
</context>
</TS>