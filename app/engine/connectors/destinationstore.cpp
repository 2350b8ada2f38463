#include "destinationstore.h"

#include <QJsonDocument>
#include <QSqlQuery>

#include "connectorregistry.h"
#include "core/clock.h"
#include "core/jsonutil.h"
#include "core/secrets.h"
#include "credentialcipher.h"
#include "mapping/mappingchanges.h"
#include "store/sql.h"
#include "store/workspace.h"
#include "store/writer.h"

namespace sb {

namespace {

QByteArray credentialsJson(const QHash<QString, QString> &credentials) {
    QJsonObject o;
    for (auto it = credentials.begin(); it != credentials.end(); ++it)
        o.insert(it.key(), it.value());
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString encryptCredentials(const QString &directory, const QHash<QString, QString> &credentials) {
    const Result<CredentialCipher> cipher = CredentialCipher::forWorkspace(directory);
    if (!cipher)
        throw sql::Error(cipher.error());
    return cipher.value().encrypt(credentialsJson(credentials));
}

} // namespace

DestinationStore::DestinationStore(Workspace *workspace)
    : m_workspace(workspace) {}

Result<DestinationConfig> DestinationStore::normalized(const DestinationConfig &destination) {
    DestinationConfig d = destination;
    d.name = d.name.trimmed();
    if (d.name.isEmpty())
        return Result<DestinationConfig>::failure(QStringLiteral("a destination needs a name"));
    const Connector *connector = ConnectorRegistry::find(d.connector);
    if (!connector) {
        QStringList kinds;
        const QList<const Connector *> all = ConnectorRegistry::all();
        for (const Connector *c : all)
            kinds << c->kind();
        return Result<DestinationConfig>::failure(
            QStringLiteral("destination '%1': unknown connector '%2' (known: %3)")
                .arg(d.name, d.connector, kinds.join(QStringLiteral(", "))));
    }
    if (d.baseUrl.isEmpty())
        d.baseUrl = connector->defaultBaseUrl();
    if (d.baseUrl.isEmpty() || !d.baseUrl.isValid()
        || (d.baseUrl.scheme() != QLatin1String("http") && d.baseUrl.scheme() != QLatin1String("https")))
        return Result<DestinationConfig>::failure(
            QStringLiteral("destination '%1': a base URL (http or https) is required for %2")
                .arg(d.name, connector->displayName()));
    const QJsonObject defaults = connector->defaultSettings();
    for (auto it = defaults.begin(); it != defaults.end(); ++it) {
        if (!d.settings.contains(it.key()))
            d.settings.insert(it.key(), it.value());
    }
    return d;
}

qint64 DestinationStore::addIn(WriteContext &context, const QString &directory,
                               const DestinationConfig &destination) {
    const Result<DestinationConfig> checked = normalized(destination);
    if (!checked)
        throw sql::Error(checked.error());
    const DestinationConfig &d = checked.value();
    if (sql::scalar(context.db, QStringLiteral("SELECT 1 FROM destinations WHERE name = ?"), {d.name})
            .isValid())
        throw sql::Error(QStringLiteral("a destination named '%1' already exists").arg(d.name));
    QSqlQuery q = sql::exec(
        context.db,
        QStringLiteral("INSERT INTO destinations(name, connector, base_url, credentials, settings, paused, "
                       "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {d.name, d.connector, d.baseUrl.toString(), encryptCredentials(directory, d.credentials),
         json::compactString(d.settings), d.paused ? 1 : 0, context.clock->nowMs()});
    context.afterCommit.push_back([] { MappingChanges::bump(); });
    return q.lastInsertId().toLongLong();
}

Result<qint64> DestinationStore::add(const DestinationConfig &destination) {
    const Result<DestinationConfig> checked = normalized(destination);
    if (!checked)
        return Result<qint64>::failure(checked.error());
    const QString directory = m_workspace->directory();
    const WriteResult r = m_workspace->writer()->run(
        [directory, destination](WriteContext &c) { return QVariant(addIn(c, directory, destination)); });
    if (!r.ok)
        return Result<qint64>::failure(r.error);
    return r.value.toLongLong();
}

Status DestinationStore::update(const DestinationConfig &destination) {
    const Result<DestinationConfig> checked = normalized(destination);
    if (!checked)
        return Status::failure(checked.error());
    const DestinationConfig d = checked.value();
    const QString directory = m_workspace->directory();
    const WriteResult r = m_workspace->writer()->run([d, directory](WriteContext &c) {
        if (sql::scalar(c.db, QStringLiteral("SELECT 1 FROM destinations WHERE name = ? AND id <> ?"),
                        {d.name, d.id})
                .isValid())
            throw sql::Error(QStringLiteral("a destination named '%1' already exists").arg(d.name));
        const QSqlQuery q = sql::exec(
            c.db,
            QStringLiteral("UPDATE destinations SET name = ?, connector = ?, base_url = ?, "
                           "credentials = ?, settings = ?, paused = ? WHERE id = ?"),
            {d.name, d.connector, d.baseUrl.toString(), encryptCredentials(directory, d.credentials),
             json::compactString(d.settings), d.paused ? 1 : 0, d.id});
        if (q.numRowsAffected() == 0)
            throw sql::Error(QStringLiteral("no destination with id %1").arg(d.id));
        c.afterCommit.push_back([] { MappingChanges::bump(); });
        return QVariant();
    });
    return r.ok ? Status::success() : Status::failure(r.error);
}

Status DestinationStore::remove(qint64 id) {
    const WriteResult r = m_workspace->writer()->run([id](WriteContext &c) {
        const qint64 deliveries =
            sql::scalar(c.db, QStringLiteral("SELECT COUNT(*) FROM deliveries WHERE destination_id = ?"),
                        {id})
                .toLongLong();
        if (deliveries > 0)
            throw sql::Error(
                QStringLiteral(
                    "destination %1 has %2 deliveries in its history; pause it instead of removing it")
                    .arg(id)
                    .arg(deliveries));
        sql::exec(c.db, QStringLiteral("DELETE FROM event_outcomes WHERE destination_id = ?"), {id});
        sql::exec(c.db,
                  QStringLiteral("DELETE FROM mapping_versions WHERE mapping_id IN (SELECT id FROM mappings "
                                 "WHERE destination_id = ?)"),
                  {id});
        sql::exec(c.db, QStringLiteral("DELETE FROM mappings WHERE destination_id = ?"), {id});
        const QSqlQuery q = sql::exec(c.db, QStringLiteral("DELETE FROM destinations WHERE id = ?"), {id});
        if (q.numRowsAffected() == 0)
            throw sql::Error(QStringLiteral("no destination with id %1").arg(id));
        c.afterCommit.push_back([] { MappingChanges::bump(); });
        return QVariant();
    });
    return r.ok ? Status::success() : Status::failure(r.error);
}

Status DestinationStore::setPaused(qint64 id, bool paused) {
    const WriteResult r = m_workspace->writer()->run([id, paused](WriteContext &c) {
        const QSqlQuery q = sql::exec(c.db, QStringLiteral("UPDATE destinations SET paused = ? WHERE id = ?"),
                                      {paused ? 1 : 0, id});
        if (q.numRowsAffected() == 0)
            throw sql::Error(QStringLiteral("no destination with id %1").arg(id));
        return QVariant();
    });
    return r.ok ? Status::success() : Status::failure(r.error);
}

Result<DestinationConfig> DestinationStore::loadWhere(const QString &where, const QVariant &value) const {
    try {
        QSqlQuery q =
            sql::exec(m_workspace->reader(),
                      QStringLiteral("SELECT id, name, connector, base_url, credentials, settings, paused "
                                     "FROM destinations WHERE ")
                          + where,
                      {value});
        if (!q.next())
            return Result<DestinationConfig>::failure(
                QStringLiteral("no destination with %1 %2").arg(where.section(u' ', 0, 0), value.toString()));
        DestinationConfig d;
        d.id = q.value(0).toLongLong();
        d.name = q.value(1).toString();
        d.connector = q.value(2).toString();
        d.baseUrl = QUrl(q.value(3).toString());
        const QString stored = q.value(4).toString();
        if (!stored.isEmpty()) {
            const Result<CredentialCipher> cipher = CredentialCipher::forWorkspace(m_workspace->directory());
            if (!cipher)
                return Result<DestinationConfig>::failure(cipher.error());
            const Result<QByteArray> plain = cipher.value().decrypt(stored);
            if (!plain)
                return Result<DestinationConfig>::failure(
                    QStringLiteral("destination '%1': %2").arg(d.name, plain.error()));
            const QJsonObject o = QJsonDocument::fromJson(plain.value()).object();
            for (auto it = o.begin(); it != o.end(); ++it)
                d.credentials.insert(it.key(), it.value().toString());
        }
        QJsonObject settings;
        QString error;
        if (json::parseObject(q.value(5).toByteArray(), &settings, &error))
            d.settings = settings;
        d.paused = q.value(6).toInt() != 0;
        return d;
    } catch (const sql::Error &error) {
        return Result<DestinationConfig>::failure(error.message());
    }
}

Result<DestinationConfig> DestinationStore::load(qint64 id) const {
    return loadWhere(QStringLiteral("id = ?"), id);
}

Result<DestinationConfig> DestinationStore::findByName(const QString &name) const {
    return loadWhere(QStringLiteral("name = ?"), name);
}

QList<DestinationConfig> DestinationStore::list() const {
    QList<DestinationConfig> out;
    QList<qint64> ids;
    try {
        QSqlQuery q =
            sql::exec(m_workspace->reader(), QStringLiteral("SELECT id FROM destinations ORDER BY id"));
        while (q.next())
            ids << q.value(0).toLongLong();
    } catch (const sql::Error &error) {
        qWarning("%s", qPrintable(error.message()));
    }
    for (const qint64 id : ids) {
        Result<DestinationConfig> d = load(id);
        if (d)
            out << d.take();
        else
            qWarning("%s", qPrintable(d.error()));
    }
    return out;
}

QJsonObject DestinationStore::toMaskedJson(const DestinationConfig &d) {
    QJsonObject credentials;
    for (auto it = d.credentials.begin(); it != d.credentials.end(); ++it)
        credentials.insert(it.key(), maskSecret(it.value()));
    return QJsonObject{
        {QStringLiteral("id"), double(d.id)},         {QStringLiteral("name"), d.name},
        {QStringLiteral("connector"), d.connector},   {QStringLiteral("baseUrl"), d.baseUrl.toString()},
        {QStringLiteral("credentials"), credentials}, {QStringLiteral("settings"), d.settings},
        {QStringLiteral("paused"), d.paused}};
}

} // namespace sb
