#include "mappingstore.h"

#include <QJsonArray>
#include <QSqlQuery>

#include "core/clock.h"
#include "core/jsonutil.h"
#include "mappingchanges.h"
#include "store/sql.h"
#include "store/workspace.h"
#include "store/writer.h"

namespace sb {

namespace {

const QString kSelectCurrent =
    QStringLiteral("SELECT m.id, m.destination_id, v.version, v.definition FROM mappings m "
                   "JOIN mapping_versions v ON v.mapping_id = m.id AND v.version = m.current_version ");

Result<MappingStore::Entry> entryFrom(const QSqlQuery &q) {
    MappingStore::Entry entry;
    entry.id = q.value(0).toLongLong();
    entry.destinationId = q.value(1).toLongLong();
    entry.version = q.value(2).toInt();
    QJsonObject object;
    QString error;
    if (!json::parseObject(q.value(3).toByteArray(), &object, &error))
        return Result<MappingStore::Entry>::failure(QStringLiteral("mapping %1 version %2 is damaged: %3")
                                                        .arg(entry.id)
                                                        .arg(entry.version)
                                                        .arg(error));
    Result<MappingDefinition> definition = MappingDefinition::fromJson(object);
    if (!definition)
        return Result<MappingStore::Entry>::failure(QStringLiteral("mapping %1 version %2: %3")
                                                        .arg(entry.id)
                                                        .arg(entry.version)
                                                        .arg(definition.error()));
    entry.definition = definition.take();
    return entry;
}

template<typename T> Result<T> failed(const QString &error) {
    return Result<T>::failure(error);
}

} // namespace

MappingStore::MappingStore(Workspace *workspace)
    : m_workspace(workspace) {}

QList<MappingStore::Entry> MappingStore::list(qint64 destinationId) const {
    QList<Entry> entries;
    try {
        QSqlQuery q =
            destinationId
                ? sql::exec(m_workspace->reader(),
                            kSelectCurrent + QStringLiteral("WHERE m.destination_id = ? ORDER BY m.id"),
                            {destinationId})
                : sql::exec(m_workspace->reader(), kSelectCurrent + QStringLiteral("ORDER BY m.id"));
        while (q.next()) {
            Result<Entry> entry = entryFrom(q);
            if (entry)
                entries << entry.take();
            else
                qWarning("%s", qPrintable(entry.error()));
        }
    } catch (const sql::Error &error) {
        qWarning("%s", qPrintable(error.message()));
    }
    return entries;
}

Result<MappingStore::Entry> MappingStore::load(qint64 mappingId, int version) const {
    try {
        QSqlQuery q =
            sql::exec(m_workspace->reader(),
                      QStringLiteral("SELECT m.id, m.destination_id, v.version, v.definition FROM mappings m "
                                     "JOIN mapping_versions v ON v.mapping_id = m.id "
                                     "AND v.version = CASE WHEN ? > 0 THEN ? ELSE m.current_version END "
                                     "WHERE m.id = ?"),
                      {version, version, mappingId});
        if (!q.next()) {
            return failed<Entry>(
                version > 0 ? QStringLiteral("mapping %1 has no version %2").arg(mappingId).arg(version)
                            : QStringLiteral("no mapping with id %1").arg(mappingId));
        }
        return entryFrom(q);
    } catch (const sql::Error &error) {
        return failed<Entry>(error.message());
    }
}

Result<MappingStore::Entry> MappingStore::findByName(qint64 destinationId, const QString &name) const {
    try {
        const QVariant id =
            sql::scalar(m_workspace->reader(),
                        QStringLiteral("SELECT id FROM mappings WHERE destination_id = ? AND name = ?"),
                        {destinationId, name});
        if (!id.isValid())
            return failed<Entry>(
                QStringLiteral("no mapping named '%1' for destination %2").arg(name).arg(destinationId));
        return load(id.toLongLong());
    } catch (const sql::Error &error) {
        return failed<Entry>(error.message());
    }
}

MappingStore::Entry MappingStore::saveIn(WriteContext &context, qint64 mappingId, qint64 destinationId,
                                         const MappingDefinition &definition, const QString &note) {
    const Status valid = definition.validate();
    if (!valid)
        throw sql::Error(valid.error);
    int version = 1;
    if (mappingId == 0) {
        if (!sql::scalar(context.db, QStringLiteral("SELECT 1 FROM destinations WHERE id = ?"),
                         {destinationId})
                 .isValid())
            throw sql::Error(QStringLiteral("no destination with id %1").arg(destinationId));
    } else {
        const QVariant owner = sql::scalar(
            context.db, QStringLiteral("SELECT destination_id FROM mappings WHERE id = ?"), {mappingId});
        if (!owner.isValid())
            throw sql::Error(QStringLiteral("no mapping with id %1").arg(mappingId));
        if (destinationId != 0 && owner.toLongLong() != destinationId)
            throw sql::Error(QStringLiteral("mapping %1 belongs to destination %2, not %3")
                                 .arg(mappingId)
                                 .arg(owner.toLongLong())
                                 .arg(destinationId));
        destinationId = owner.toLongLong();
        version =
            sql::scalar(context.db,
                        QStringLiteral("SELECT MAX(version) FROM mapping_versions WHERE mapping_id = ?"),
                        {mappingId})
                .toInt()
            + 1;
    }
    const QVariant clash = sql::scalar(
        context.db,
        QStringLiteral("SELECT id FROM mappings WHERE destination_id = ? AND name = ? AND id <> ?"),
        {destinationId, definition.name, mappingId});
    if (clash.isValid())
        throw sql::Error(QStringLiteral("destination %1 already has a mapping named '%2' (id %3)")
                             .arg(destinationId)
                             .arg(definition.name)
                             .arg(clash.toLongLong()));
    if (mappingId == 0) {
        QSqlQuery insert = sql::exec(
            context.db,
            QStringLiteral(
                "INSERT INTO mappings(destination_id, name, enabled, current_version) VALUES (?, ?, ?, 1)"),
            {destinationId, definition.name, definition.enabled ? 1 : 0});
        mappingId = insert.lastInsertId().toLongLong();
    } else {
        sql::exec(
            context.db,
            QStringLiteral("UPDATE mappings SET name = ?, enabled = ?, current_version = ? WHERE id = ?"),
            {definition.name, definition.enabled ? 1 : 0, version, mappingId});
    }
    sql::exec(
        context.db,
        QStringLiteral("INSERT INTO mapping_versions(mapping_id, version, definition, note, created_at) "
                       "VALUES (?, ?, ?, ?, ?)"),
        {mappingId, version, json::compactString(definition.toJson()), note, context.clock->nowMs()});
    context.afterCommit.push_back([] { MappingChanges::bump(); });
    return Entry{mappingId, destinationId, version, definition};
}

Result<MappingStore::Entry> MappingStore::save(qint64 mappingId, qint64 destinationId,
                                               const MappingDefinition &definition, const QString &note) {
    const Status valid = definition.validate();
    if (!valid)
        return failed<Entry>(valid.error);
    auto saved = std::make_shared<Entry>();
    const WriteResult result = m_workspace->writer()->run([=](WriteContext &context) {
        *saved = saveIn(context, mappingId, destinationId, definition, note);
        return QVariant(saved->id);
    });
    if (!result.ok)
        return failed<Entry>(result.error);
    return *saved;
}

QList<QPair<int, QDateTime>> MappingStore::versions(qint64 mappingId) const {
    QList<QPair<int, QDateTime>> out;
    const QList<VersionInfo> infos = history(mappingId);
    for (const VersionInfo &info : infos)
        out.append({info.version, info.createdAt});
    return out;
}

QList<MappingStore::VersionInfo> MappingStore::history(qint64 mappingId) const {
    QList<VersionInfo> out;
    try {
        QSqlQuery q = sql::exec(m_workspace->reader(),
                                QStringLiteral("SELECT version, created_at, note FROM mapping_versions "
                                               "WHERE mapping_id = ? ORDER BY version"),
                                {mappingId});
        while (q.next())
            out.append({q.value(0).toInt(), QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC),
                        q.value(2).toString()});
    } catch (const sql::Error &error) {
        qWarning("%s", qPrintable(error.message()));
    }
    return out;
}

Result<MappingStore::Entry> MappingStore::restore(qint64 mappingId, int version) {
    const Result<Entry> old = load(mappingId, version);
    if (!old)
        return old;
    return save(mappingId, old.value().destinationId, old.value().definition,
                QStringLiteral("restored from version %1").arg(version));
}

Status MappingStore::remove(qint64 mappingId) {
    const WriteResult result = m_workspace->writer()->run([mappingId](WriteContext &context) {
        const qint64 deliveries =
            sql::scalar(context.db, QStringLiteral("SELECT COUNT(*) FROM deliveries WHERE mapping_id = ?"),
                        {mappingId})
                .toLongLong();
        if (deliveries > 0)
            throw sql::Error(QStringLiteral("mapping %1 has %2 deliveries; disable it instead of removing it")
                                 .arg(mappingId)
                                 .arg(deliveries));
        sql::exec(context.db, QStringLiteral("DELETE FROM event_outcomes WHERE mapping_id = ?"), {mappingId});
        sql::exec(context.db, QStringLiteral("DELETE FROM mapping_versions WHERE mapping_id = ?"),
                  {mappingId});
        const QSqlQuery q =
            sql::exec(context.db, QStringLiteral("DELETE FROM mappings WHERE id = ?"), {mappingId});
        if (q.numRowsAffected() == 0)
            throw sql::Error(QStringLiteral("no mapping with id %1").arg(mappingId));
        context.afterCommit.push_back([] { MappingChanges::bump(); });
        return QVariant();
    });
    return result.ok ? Status::success() : Status::failure(result.error);
}

QJsonObject MappingStore::exportJson(qint64 destinationId) const {
    QJsonArray mappings;
    const QList<Entry> entries = list(destinationId);
    for (const Entry &entry : entries)
        mappings.append(entry.definition.toJson());
    return QJsonObject{{QStringLiteral("format"), QString::fromLatin1(kExportFormat)},
                       {QStringLiteral("formatVersion"), 1},
                       {QStringLiteral("mappings"), mappings}};
}

Status MappingStore::importJson(qint64 destinationId, const QJsonObject &document) {
    if (document.value(QStringLiteral("format")).toString() != QLatin1String(kExportFormat))
        return Status::failure(QStringLiteral("not a mappings export: \"format\" must be \"%1\"")
                                   .arg(QLatin1String(kExportFormat)));
    if (!document.value(QStringLiteral("mappings")).isArray())
        return Status::failure(QStringLiteral("\"mappings\" must be a list"));
    const QJsonArray array = document.value(QStringLiteral("mappings")).toArray();
    QList<MappingDefinition> definitions;
    QStringList names;
    for (qsizetype i = 0; i < array.size(); ++i) {
        Result<MappingDefinition> d = MappingDefinition::fromJson(array.at(i).toObject());
        if (!d)
            return Status::failure(QStringLiteral("mappings[%1]: %2").arg(i).arg(d.error()));
        if (names.contains(d.value().name))
            return Status::failure(
                QStringLiteral("mappings[%1]: the name '%2' appears twice").arg(i).arg(d.value().name));
        names << d.value().name;
        definitions << d.take();
    }
    const WriteResult result = m_workspace->writer()->run([destinationId,
                                                           definitions](WriteContext &context) {
        for (const MappingDefinition &d : definitions) {
            const QVariant existing = sql::scalar(
                context.db, QStringLiteral("SELECT id FROM mappings WHERE destination_id = ? AND name = ?"),
                {destinationId, d.name});
            saveIn(context, existing.isValid() ? existing.toLongLong() : 0, destinationId, d,
                   QStringLiteral("imported"));
        }
        return QVariant(qsizetype(definitions.size()));
    });
    return result.ok ? Status::success() : Status::failure(result.error);
}

} // namespace sb
