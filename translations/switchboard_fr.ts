<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
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
    <name>sb::DestinationsPage</name>
    <message>
        <source>This page is being built.</source>
        <translation>Cette page est en construction.</translation>
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
    <name>sb::EventsPage</name>
    <message>
        <source>This page is being built.</source>
        <translation>Cette page est en construction.</translation>
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
    <name>sb::LivePage</name>
    <message>
        <source>This page is being built.</source>
        <translation>Cette page est en construction.</translation>
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
    <name>sb::MappingsPage</name>
    <message>
        <source>This page is being built.</source>
        <translation>Cette page est en construction.</translation>
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
    <name>sb::ProfilesPage</name>
    <message>
        <source>This page is being built.</source>
        <translation>Cette page est en construction.</translation>
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