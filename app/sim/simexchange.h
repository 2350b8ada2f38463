#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace sb {

using SimHeaders = QList<QPair<QByteArray, QByteArray>>;

// One request as a simulated destination sees it: the path below the destination's prefix
// ("/v1/batch" for http://host/segment/v1/batch), headers as sent, the raw body.
struct SimRequest {
    QString kind;
    QByteArray method;
    QString path;
    QUrlQuery query;
    SimHeaders headers;
    QByteArray body;
    QDateTime receivedAt;

    // Case-insensitive header lookup; empty when absent.
    QByteArray header(const QByteArray &name) const {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
    bool hasHeader(const QByteArray &name) const {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }
};

// What happened to one item (event, profile, record) of a request; feeds the statistics.
struct SimItem {
    QString key; // its idempotency key, empty when the item carries none
    bool accepted = true;
    QString reason; // why it was rejected
};

// The simulated destination's answer, plus what it made of the items.
struct SimReply {
    int status = 200;
    SimHeaders headers;
    QByteArray body;
    QList<SimItem> items;
    QString verdict; // short note for people and for the X-Sim-Verdict header

    void setHeader(const QByteArray &name, const QByteArray &value) {
        for (auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
                h.second = value;
                return;
            }
        }
        headers.append({name, value});
    }
};

} // namespace sb
