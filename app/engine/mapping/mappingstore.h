#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPair>

#include "core/result.h"
#include "mappingdefinition.h"

namespace sb {

class Workspace;
struct WriteContext;

// The versioned mappings of a workspace. Every save writes a new mapping_versions row and makes it
// current; restoring an earlier version saves it again as the newest, so history only grows.
class MappingStore {
public:
    struct Entry {
        qint64 id = 0;
        qint64 destinationId = 0;
        int version = 0;
        MappingDefinition definition;
    };
    struct VersionInfo {
        int version = 0;
        QDateTime createdAt;
        QString note;
    };

    explicit MappingStore(Workspace *workspace);

    // Current versions, in creation order. destinationId 0: every destination's.
    QList<Entry> list(qint64 destinationId) const;
    // version 0: the current one.
    Result<Entry> load(qint64 mappingId, int version = 0) const;
    Result<Entry> findByName(qint64 destinationId, const QString &name) const;
    // mappingId 0 creates a mapping; otherwise adds a version to it.
    Result<Entry> save(qint64 mappingId, qint64 destinationId, const MappingDefinition &definition,
                       const QString &note);
    QList<QPair<int, QDateTime>> versions(qint64 mappingId) const;
    QList<VersionInfo> history(qint64 mappingId) const;
    Result<Entry> restore(qint64 mappingId, int version);
    // Deletes a mapping and its history; refused once deliveries refer to it (disable it instead).
    Status remove(qint64 mappingId);

    // {"format": "switchboard.mappings", "formatVersion": 1, "mappings": [definition, ...]}
    QJsonObject exportJson(qint64 destinationId) const;
    // Validates every definition first, then saves all in one transaction: a mapping with the same
    // name gets a new version, others are created. Nothing is saved when one is invalid.
    Status importJson(qint64 destinationId, const QJsonObject &document);

    // The save step inside a caller's write job (recipes install a destination and its mappings in
    // one transaction). Throws sql::Error.
    static Entry saveIn(WriteContext &context, qint64 mappingId, qint64 destinationId,
                        const MappingDefinition &definition, const QString &note);

    static constexpr const char *kExportFormat = "switchboard.mappings";

private:
    Workspace *m_workspace;
};

} // namespace sb
