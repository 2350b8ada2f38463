#include "migrations.h"

#include "sql.h"

namespace sb {

namespace {

// Times are INTEGER milliseconds since the Unix epoch, UTC. JSON columns hold compact UTF-8 text.
const char *const kSchemaV1 = R"SQL(
CREATE TABLE schema_version (
    version INTEGER NOT NULL
);
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT
);
CREATE TABLE sources (
    id             INTEGER PRIMARY KEY,
    name           TEXT NOT NULL UNIQUE,
    kind           TEXT NOT NULL,
    write_key      TEXT UNIQUE,
    webhook_secret TEXT,
    settings       TEXT NOT NULL DEFAULT '{}',
    enabled        INTEGER NOT NULL DEFAULT 1,
    created_at     INTEGER NOT NULL
);
CREATE TABLE profiles (
    id           INTEGER PRIMARY KEY,
    email        TEXT,
    phone        TEXT,
    user_id      TEXT,
    display_name TEXT,
    flags        INTEGER NOT NULL DEFAULT 0,
    merged_into  INTEGER REFERENCES profiles(id),
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL
);
CREATE INDEX profiles_email ON profiles(email);
CREATE INDEX profiles_phone ON profiles(phone);
CREATE INDEX profiles_user_id ON profiles(user_id);
CREATE INDEX profiles_name ON profiles(display_name COLLATE NOCASE);
CREATE TABLE identities (
    kind       TEXT NOT NULL,
    value      TEXT NOT NULL,
    profile_id INTEGER NOT NULL REFERENCES profiles(id),
    source_id  INTEGER REFERENCES sources(id),
    first_seen INTEGER NOT NULL,
    PRIMARY KEY (kind, value)
) WITHOUT ROWID;
CREATE INDEX identities_profile ON identities(profile_id);
CREATE TABLE profile_traits (
    profile_id INTEGER NOT NULL REFERENCES profiles(id),
    source_id  INTEGER NOT NULL DEFAULT 0,
    name       TEXT NOT NULL,
    value      TEXT,
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (profile_id, source_id, name)
) WITHOUT ROWID;
CREATE TABLE profile_merges (
    id                INTEGER PRIMARY KEY,
    kept_profile_id   INTEGER NOT NULL REFERENCES profiles(id),
    merged_profile_id INTEGER NOT NULL REFERENCES profiles(id),
    reason            TEXT NOT NULL,
    merged_at         INTEGER NOT NULL
);
CREATE TABLE events (
    id          INTEGER PRIMARY KEY,
    message_id  TEXT NOT NULL,
    source_id   INTEGER NOT NULL REFERENCES sources(id),
    type        TEXT NOT NULL,
    name        TEXT,
    profile_id  INTEGER REFERENCES profiles(id),
    occurred_at INTEGER NOT NULL,
    received_at INTEGER NOT NULL,
    payload     TEXT NOT NULL,
    UNIQUE (source_id, message_id)
);
CREATE INDEX events_profile_time ON events(profile_id, occurred_at DESC, id DESC);
CREATE INDEX events_received ON events(received_at);
CREATE INDEX events_name ON events(name);
CREATE TABLE destinations (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    connector   TEXT NOT NULL,
    base_url    TEXT NOT NULL,
    credentials TEXT,
    settings    TEXT NOT NULL DEFAULT '{}',
    paused      INTEGER NOT NULL DEFAULT 0,
    created_at  INTEGER NOT NULL
);
CREATE TABLE mappings (
    id              INTEGER PRIMARY KEY,
    destination_id  INTEGER NOT NULL REFERENCES destinations(id) ON DELETE CASCADE,
    name            TEXT NOT NULL,
    enabled         INTEGER NOT NULL DEFAULT 1,
    current_version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (destination_id, name)
);
CREATE TABLE mapping_versions (
    mapping_id INTEGER NOT NULL REFERENCES mappings(id) ON DELETE CASCADE,
    version    INTEGER NOT NULL,
    definition TEXT NOT NULL,
    note       TEXT,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (mapping_id, version)
);
CREATE TABLE deliveries (
    id               INTEGER PRIMARY KEY,
    event_id         INTEGER NOT NULL REFERENCES events(id),
    mapping_id       INTEGER NOT NULL REFERENCES mappings(id),
    mapping_version  INTEGER NOT NULL,
    destination_id   INTEGER NOT NULL REFERENCES destinations(id),
    profile_id       INTEGER REFERENCES profiles(id),
    status           TEXT NOT NULL,
    idempotency_key  TEXT NOT NULL,
    attempts         INTEGER NOT NULL DEFAULT 0,
    next_attempt_at  INTEGER,
    lease_owner      TEXT,
    lease_expires_at INTEGER,
    created_at       INTEGER NOT NULL,
    delivered_at     INTEGER,
    last_error       TEXT,
    UNIQUE (event_id, mapping_id)
);
CREATE INDEX deliveries_due ON deliveries(destination_id, status, next_attempt_at);
CREATE INDEX deliveries_profile ON deliveries(profile_id, destination_id, id);
CREATE INDEX deliveries_event ON deliveries(event_id);
CREATE TABLE delivery_attempts (
    id               INTEGER PRIMARY KEY,
    delivery_id      INTEGER NOT NULL REFERENCES deliveries(id) ON DELETE CASCADE,
    attempt          INTEGER NOT NULL,
    started_at       INTEGER NOT NULL,
    request          TEXT,
    response_status  INTEGER,
    response_headers TEXT,
    response_body    TEXT,
    latency_ms       INTEGER,
    outcome          TEXT NOT NULL,
    error            TEXT
);
CREATE INDEX delivery_attempts_delivery ON delivery_attempts(delivery_id, attempt);
CREATE TABLE segments (
    id                INTEGER PRIMARY KEY,
    source_id         INTEGER REFERENCES sources(id),
    external_id       TEXT,
    name              TEXT NOT NULL,
    definition        TEXT NOT NULL DEFAULT '{}',
    created_at        INTEGER NOT NULL,
    updated_at        INTEGER NOT NULL,
    deleted_at        INTEGER,
    last_refreshed_at INTEGER
);
CREATE TABLE segment_memberships (
    segment_id INTEGER NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
    profile_id INTEGER NOT NULL REFERENCES profiles(id),
    added_at   INTEGER NOT NULL,
    PRIMARY KEY (segment_id, profile_id)
) WITHOUT ROWID;
CREATE TABLE scheduler_state (
    job         TEXT PRIMARY KEY,
    last_run_at INTEGER,
    state       TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE scheduled_jobs (
    id         INTEGER PRIMARY KEY,
    kind       TEXT NOT NULL,
    profile_id INTEGER REFERENCES profiles(id),
    due_at     INTEGER NOT NULL,
    payload    TEXT NOT NULL DEFAULT '{}',
    done_at    INTEGER
);
CREATE INDEX scheduled_jobs_due ON scheduled_jobs(done_at, due_at);
)SQL";

// v2: what the delivery engine and live monitor need beyond v1: why an event produced no delivery,
// and time-bucketed metrics per destination.
const char *const kSchemaV2 = R"SQL(
CREATE TABLE event_outcomes (
    event_id       INTEGER NOT NULL REFERENCES events(id),
    destination_id INTEGER REFERENCES destinations(id),
    mapping_id     INTEGER REFERENCES mappings(id),
    outcome        TEXT NOT NULL,
    detail         TEXT,
    recorded_at    INTEGER NOT NULL
);
CREATE INDEX event_outcomes_event ON event_outcomes(event_id);
CREATE TABLE metrics_buckets (
    destination_id   INTEGER NOT NULL,
    resolution_s     INTEGER NOT NULL,
    bucket_start     INTEGER NOT NULL,
    delivered        INTEGER NOT NULL DEFAULT 0,
    failed           INTEGER NOT NULL DEFAULT 0,
    retried          INTEGER NOT NULL DEFAULT 0,
    dead             INTEGER NOT NULL DEFAULT 0,
    filtered         INTEGER NOT NULL DEFAULT 0,
    latency_count    INTEGER NOT NULL DEFAULT 0,
    latency_sum_ms   INTEGER NOT NULL DEFAULT 0,
    latency_hist     TEXT NOT NULL DEFAULT '[]',
    PRIMARY KEY (destination_id, resolution_s, bucket_start)
) WITHOUT ROWID;
CREATE INDEX deliveries_status_time ON deliveries(status, created_at)
)SQL";

// v3: a profile's timeline pages its deliveries newest first by keyset (created_at, id).
const char *const kSchemaV3 = R"SQL(
CREATE INDEX deliveries_profile_time ON deliveries(profile_id, created_at DESC, id DESC)
)SQL";

// v4: deliveries_event repeats the first column of UNIQUE(event_id, mapping_id), which serves the same
// lookups; every delivery row paid for the extra index on the ingest path.
const char *const kSchemaV4 = R"SQL(
DROP INDEX IF EXISTS deliveries_event
)SQL";

// v5: the accept log. Events accepted over HTTP are durable here first (one row a request) and are
// resolved, stored and routed by a second stage that deletes the row in its own transaction; after a
// crash the engine routes what is left. A row the second stage could not store keeps the reason.
const char *const kSchemaV5 = R"SQL(
CREATE TABLE inbox (
    id          INTEGER PRIMARY KEY,
    accepted_at INTEGER NOT NULL,
    event_count INTEGER NOT NULL,
    events      BLOB NOT NULL,
    error       TEXT
)
)SQL";

// v6: two fewer B-trees written per delivery (about a tenth of the writer's instructions an event).
// deliveries_status_time moved twice in each delivery's life: the console's status counts and filters
// now reach deliveries_due through the destinations. A profile's deliveries are paged by id (created_at
// follows id: both are set by the one writer), so one index by (profile, id) serves the timeline, the
// console's profile filter and the claim's look at a profile's earlier open rows.
const char *const kSchemaV6 = R"SQL(
DROP INDEX IF EXISTS deliveries_status_time;
DROP INDEX IF EXISTS deliveries_profile_time;
DROP INDEX IF EXISTS deliveries_profile;
CREATE INDEX deliveries_profile ON deliveries(profile_id, id)
)SQL";

// v7: a delivered request's record (method, URL, headers, batch size and the response) is the same for
// every item it carried: kept once per request, each item's attempt row pointing at it.
const char *const kSchemaV7 = R"SQL(
CREATE TABLE delivery_exchanges (
    id               INTEGER PRIMARY KEY,
    request          TEXT,
    response_headers TEXT,
    response_body    TEXT
);
ALTER TABLE delivery_attempts ADD COLUMN exchange_id INTEGER REFERENCES delivery_exchanges(id)
)SQL";

} // namespace

const QList<Migration> &Migrations::all() {
    static const QList<Migration> migrations = {
        {1, "workspace core: sources, profiles, events, destinations, mappings, deliveries, segments",
         QString::fromUtf8(kSchemaV1)},
        {2, "event outcomes and delivery metrics buckets", QString::fromUtf8(kSchemaV2)},
        {3, "deliveries of a profile by time, for the profile timeline", QString::fromUtf8(kSchemaV3)},
        {4, "drop deliveries_event (the unique (event_id, mapping_id) index serves it)",
         QString::fromUtf8(kSchemaV4)},
        {5, "inbox: events accepted and durable, waiting to be routed", QString::fromUtf8(kSchemaV5)},
        {6, "deliveries: one index by (profile, id); no index by status and time",
         QString::fromUtf8(kSchemaV6)},
        {7, "delivery_exchanges: a delivered request's record once per request, not per item",
         QString::fromUtf8(kSchemaV7)},
    };
    return migrations;
}

int Migrations::latestVersion() {
    return all().constLast().version;
}

Result<int> Migrations::currentVersion(const QSqlDatabase &db) {
    try {
        const bool hasTable = sql::scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master "
                                                             "WHERE type='table' AND name='schema_version'"))
                                  .toInt()
                              > 0;
        if (!hasTable)
            return 0;
        return sql::scalar(db, QStringLiteral("SELECT max(version) FROM schema_version")).toInt();
    } catch (const sql::Error &e) {
        return Result<int>::failure(e.message());
    }
}

Status Migrations::migrate(const QSqlDatabase &db, int targetVersion) {
    if (targetVersion < 0)
        targetVersion = latestVersion();
    const Result<int> current = currentVersion(db);
    if (!current)
        return Status::failure(current.error());
    if (current.value() > latestVersion()) {
        return Status::failure(QStringLiteral("this workspace was written by a newer Switchboard "
                                              "(schema version %1; this build knows up to %2); "
                                              "it was left untouched")
                                   .arg(current.value())
                                   .arg(latestVersion()));
    }
    QSqlDatabase database = db;
    for (const Migration &step : all()) {
        if (step.version <= current.value() || step.version > targetVersion)
            continue;
        if (!database.transaction())
            return Status::failure(QStringLiteral("cannot begin migration to version %1").arg(step.version));
        try {
            sql::script(database, step.sql);
            if (step.version == 1)
                sql::exec(database, QStringLiteral("INSERT INTO schema_version(version) VALUES (1)"));
            else
                sql::exec(database, QStringLiteral("UPDATE schema_version SET version = ?"), {step.version});
        } catch (const sql::Error &e) {
            database.rollback();
            return Status::failure(
                QStringLiteral("migration to version %1 failed: %2").arg(step.version).arg(e.message()));
        }
        if (!database.commit())
            return Status::failure(QStringLiteral("cannot commit migration to version %1").arg(step.version));
    }
    return Status::success();
}

} // namespace sb
