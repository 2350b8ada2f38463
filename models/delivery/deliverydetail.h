#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace sb {

class Workspace;

// One attempt of a delivery as delivery_attempts keeps it (request and response already masked and
// truncated by AttemptLog when they were stored).
struct DeliveryAttemptInfo {
    int attempt = 0;
    qint64 startedAt = 0;
    int httpStatus = 0; // 0: no answer (timeout, reset, refused)
    qint64 latencyMs = 0;
    QString outcome;
    QString error;
};

// Everything the live monitor shows for a selected delivery: what was sent to Switchboard, the
// request of the last attempt, the destination's answer and the attempt history. load() runs on a
// pool thread and masks secrets again (the destination's current credentials and every sensitive
// header), so a row stored before masking existed, or by another program, still shows none.
struct DeliveryDetail {
    qint64 id = 0;
    bool found = false;
    QString error; // why it could not be loaded
    QString status;
    QString destination;
    qint64 destinationId = 0;
    QString event;
    qint64 eventId = 0;
    qint64 profileId = 0;
    QString profileEmail;
    QString lastError;
    qint64 createdAt = 0;
    qint64 deliveredAt = 0;
    qint64 nextAttemptAt = 0;

    QString eventPayload; // "You sent": the stored event, pretty JSON

    bool hasRequest = false;
    QString requestMethod;
    QString requestUrl;
    QList<QPair<QString, QString>> requestHeaders;
    QString requestBody;
    QString requestItem; // in a batch: this delivery's own item
    // A delivered request's records keep no bodies: the body or item shown was rendered again.
    bool requestRenderedAgain = false;
    int batchSize = 1;

    bool hasResponse = false;
    int responseStatus = 0;
    QString responseHeaders;
    QString responseBody;

    QList<DeliveryAttemptInfo> attempts;

    static DeliveryDetail load(Workspace *workspace, qint64 deliveryId);
    // The request as text: "POST url", one "Name: value" line per header, a blank line, the body.
    QString requestText() const;
    QString responseText() const;
    // JSON bodies indented; anything else as it is.
    static QString prettyBody(const QString &body);
    // Masks every secret and every value of a sensitive header (Authorization, *token*, *api-key*...).
    static QString maskHeaderValue(const QString &name, const QString &value, const QStringList &secrets);
};

} // namespace sb
