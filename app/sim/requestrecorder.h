#pragma once

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include "simexchange.h"

namespace sb {

// Keeps every request the simulator received (newest last, bounded in memory) and, when given a
// file, appends each as one NDJSON line. Credentials are masked before anything is kept.
class RequestRecorder {
public:
    RequestRecorder();

    // Opens (appends to) an NDJSON file; false with error when it cannot be written.
    bool openFile(const QString &path, QString *error);
    void setSecrets(const QStringList &secrets) { m_secrets = secrets; }
    void setCapacity(int capacity) { m_capacity = capacity; }

    // outcome: answered, rate_limited, fault, timeout, reset, unknown_kind
    void record(const SimRequest &request, const QString &fullPath, int status, const QString &outcome,
                const QString &verdict);
    // Newest first; kind empty for all kinds.
    QJsonArray recent(const QString &kind, int limit) const;
    void clear() { m_entries.clear(); }

    // Masking, exposed for the tests: Authorization and token headers, apiKey query values, known secrets.
    QString maskText(const QString &text) const;
    QByteArray maskHeader(const QByteArray &name, const QByteArray &value) const;

private:
    static constexpr int MaxBodyInMemory = 32 * 1024;
    QList<QJsonObject> m_entries;
    int m_capacity = 2000;
    QFile m_file;
    QStringList m_secrets;
};

} // namespace sb
