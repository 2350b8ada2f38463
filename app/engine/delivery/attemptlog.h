#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include "connectors/connector.h"

namespace sb {

// How requests and responses are kept with attempts and dead letters: secrets masked, bodies
// truncated with a visible marker so nobody mistakes a cut body for the whole one.
class AttemptLog {
public:
    static constexpr qsizetype kBodyLimit = 8 * 1024;

    // JSON text: method, url, headers and body (masked, truncated); for batches also this delivery's item.
    static QString describeRequest(const HttpRequestSpec &request, const QStringList &secrets,
                                   const QJsonObject &item, int batchSize);
    // The same for every item of one request, given each item's compact JSON (already serialised for
    // the size check): the parts the items share are built once. withBatchBody false leaves a batch's
    // body out (kept for failed requests, which may become dead letters; a delivered item's record
    // needs only its own item).
    static QStringList describeRequests(const HttpRequestSpec &request, const QStringList &secrets,
                                        const QList<QByteArray> &compactItems, bool withBatchBody = true);
    static QString describeHeaders(const HttpHeaders &headers, const QStringList &secrets);
    // Text of at most limit bytes of body, then "…[truncated N bytes]".
    static QString truncate(const QByteArray &body, qsizetype limit = kBodyLimit);
    static bool isSensitiveHeader(const QByteArray &name);
};

} // namespace sb
