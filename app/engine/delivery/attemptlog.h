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
    // What the records of one request keep of its bodies.
    enum class Bodies {
        // The body (a batch's truncated to 2 KB) and each item: a failed request may become a dead
        // letter, which keeps what was sent.
        Kept,
        // Neither: a delivered request's records keep method, URL, headers and batch size. A copy of
        // every delivered item was a tenth of the pages the engine wrote per event (bench_delivery end
        // to end, WAL frames) and grew the workspace by its size for every delivery; what was sent is
        // rendered again from the stored event when an operator opens the delivery (DeliveryDetail).
        Dropped,
    };
    // The same for every item of one request, given each item's compact JSON (already serialised for
    // the size check): the parts the items share are built once.
    static QStringList describeRequests(const HttpRequestSpec &request, const QStringList &secrets,
                                        const QList<QByteArray> &compactItems, Bodies bodies = Bodies::Kept);
    static QString describeHeaders(const HttpHeaders &headers, const QStringList &secrets);
    // Text of at most limit bytes of body, then "…[truncated N bytes]".
    static QString truncate(const QByteArray &body, qsizetype limit = kBodyLimit);
    static bool isSensitiveHeader(const QByteArray &name);
};

} // namespace sb
