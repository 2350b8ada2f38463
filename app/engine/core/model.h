#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

// The in-memory shapes shared by every engine area. Stored forms are in store/migrations.cpp.
namespace sb {

// One accepted customer event, normalized to Segment's message shape whatever its source:
// payload holds {"type","event","userId","anonymousId","properties":{},"traits":{},"context":{},...}.
struct Event {
    qint64 id = 0; // row id once stored
    QString messageId;
    qint64 sourceId = 0;
    QString sourceKind; // smrt, ordergroove, smile, segmentify, shopline, segment
    QString type;       // track, identify, page, screen, group, alias
    QString name; // the event name for track ("Order Created", "ordergroove.order.success"); empty otherwise
    qint64 profileId = 0;
    QDateTime occurredAt;
    QDateTime receivedAt;
    QJsonObject payload;
    // The compact JSON text of payload when its producer already made it (SegmentMessage::normalize),
    // stored as is; empty otherwise. Whoever changes payload afterwards clears it.
    QByteArray payloadJson;

    QJsonObject properties() const { return payload.value(QStringLiteral("properties")).toObject(); }
};

struct Identity {
    QString kind;  // email, phone, user_id, anonymous_id, external:<system>
    QString value; // normalized (lower-case email, E.164 phone)
};

// Profile flags (profiles.flags bit set).
enum ProfileFlag : int {
    ProfileHasNoEmail = 1 << 0,
    ProfileMerged = 1 << 1, // this profile was merged into another (merged_into is set)
};

struct Profile {
    qint64 id = 0;
    QString email;
    QString phone;
    QString userId;
    QString displayName;
    int flags = 0;
    QList<Identity> identities;
    // Traits as destinations see them: every source's traits merged, the newest value winning.
    QJsonObject traits;
    QDateTime createdAt;
    QDateTime updatedAt;
};

} // namespace sb
