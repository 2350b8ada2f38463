#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/result.h"

namespace sb {

class Workspace;

// A store system that sends events (sources table).
struct SourceInfo {
    qint64 id = 0;
    QString name;
    QString kind; // smrt ordergroove smile segmentify shopline segment
    QString writeKey;
    QString webhookSecret;
    QJsonObject settings; // {"domain": "www.exampleshop.com", "verified": true}
    bool enabled = true;
    QDateTime createdAt;

    QString domain() const { return settings.value(QStringLiteral("domain")).toString(); }
};

// Adds and lists sources. Keys are generated here and shown once by `switchboard-ctl sources add`.
class SourceStore {
public:
    explicit SourceStore(Workspace *workspace);

    static const QStringList &kinds();
    QList<SourceInfo> list() const; // on the calling thread's reader
    Result<SourceInfo> add(const QString &name, const QString &kind, const QString &domain = {});
    Status setEnabled(qint64 id, bool enabled);

    static QString generateWriteKey();
    static QString generateSecret();

private:
    Workspace *m_workspace;
};

} // namespace sb
