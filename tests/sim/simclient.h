#pragma once

// Real loopback HTTP calls for the simulator tests: one request, waited for with a local event loop.
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrl>

struct SimResponse {
    int status = 0; // 0: no HTTP answer (timeout, reset)
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;

    QByteArray header(const QByteArray &name) const {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray jsonArray() const { return QJsonDocument::fromJson(body).array(); }
};

class SimClient {
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    // transferTimeoutMs: the client gives up after this long without data (0: Qt's default, none).
    SimResponse send(const QByteArray &method, const QUrl &url, const Headers &headers = {},
                     const QByteArray &body = {}, int transferTimeoutMs = 0) {
        QNetworkRequest request(url);
        for (const auto &h : headers)
            request.setRawHeader(h.first, h.second);
        if (transferTimeoutMs > 0)
            request.setTransferTimeout(transferTimeoutMs);
        QNetworkReply *reply = m_manager.sendCustomRequest(request, method, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer guard; // a hung test should fail, not hang
        guard.setSingleShot(true);
        QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
        guard.start(30'000);
        if (!reply->isFinished())
            loop.exec();
        SimResponse out;
        out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out.error = reply->error();
        if (reply->isOpen())
            out.body = reply->readAll();
        out.headers = reply->rawHeaderPairs();
        reply->deleteLater();
        return out;
    }
    SimResponse post(const QUrl &url, const Headers &headers, const QByteArray &body) {
        return send("POST", url, headers, body);
    }
    SimResponse get(const QUrl &url) { return send("GET", url); }

private:
    QNetworkAccessManager m_manager;
};

inline QUrl simUrl(const QUrl &base, const QString &path) {
    QUrl url = base;
    const qsizetype q = path.indexOf(QLatin1Char('?'));
    url.setPath(base.path() + (q < 0 ? path : path.left(q)));
    if (q >= 0)
        url.setQuery(path.mid(q + 1));
    return url;
}

inline QByteArray basicAuth(const QString &user, const QString &password) {
    return "Basic " + (user + QLatin1Char(':') + password).toUtf8().toBase64();
}
