#include "destinationrequest.h"

#include "connectors/responserules.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include "connectors/connectorregistry.h"
#include "core/secrets.h"
#include "mapping/renderer.h"

namespace sb {

namespace {

QStringList secretsOf(const DestinationConfig &destination) {
    const Connector *connector = ConnectorRegistry::find(destination.connector);
    QStringList secrets = connector ? connector->secrets(destination) : QStringList();
    for (const QString &value : destination.credentials)
        secrets << value; // also any credential the connector does not list
    secrets.removeAll(QString());
    return secrets;
}

QString readableBody(const QByteArray &body) {
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError)
        return QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed();
    return QString::fromUtf8(body.left(64 * 1024));
}

} // namespace

DestinationRequest::DestinationRequest(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this)) {
    qRegisterMetaType<sb::DestinationResponse>();
}

DestinationRequest::~DestinationRequest() {
    if (m_reply)
        m_reply->abort();
}

namespace {
std::optional<HttpRequestSpec> credentialCheckOf(const DestinationConfig &destination) {
    const Connector *connector = ConnectorRegistry::find(destination.connector);
    return connector ? connector->credentialCheck(destination) : std::nullopt;
}
} // namespace

HttpRequestSpec DestinationRequest::connectionProbe(const DestinationConfig &destination) {
    if (std::optional<HttpRequestSpec> check = credentialCheckOf(destination))
        return *check;
    HttpRequestSpec request;
    request.method = "GET";
    request.url = destination.baseUrl;
    return request;
}

Result<HttpRequestSpec> DestinationRequest::testEvent(const DestinationConfig &destination,
                                                      const MappingDefinition &mapping, const Event &event,
                                                      const Profile &profile) {
    const Connector *connector = ConnectorRegistry::find(destination.connector);
    if (!connector)
        return Result<HttpRequestSpec>::failure(
            QObject::tr("Destination '%1' uses an unknown connector '%2'.")
                .arg(destination.name, destination.connector));
    const Status valid = mapping.validate();
    if (!valid)
        return Result<HttpRequestSpec>::failure(valid.error);
    const RenderedItem item = Renderer::render(destination, mapping, event, profile);
    if (item.skip)
        return Result<HttpRequestSpec>::failure(
            QObject::tr("Nothing to send: the renderer skips this event (%1).").arg(item.skipReason));
    return connector->buildRequest(destination, {item});
}

void DestinationRequest::testConnection(const DestinationConfig &destination) {
    send(destination, connectionProbe(destination),
         credentialCheckOf(destination) ? Reading::CredentialCheck : Reading::Plain);
}

void DestinationRequest::sendTestEvent(const DestinationConfig &destination, const MappingDefinition &mapping,
                                       const Event &event, const Profile &profile) {
    const Result<HttpRequestSpec> request = testEvent(destination, mapping, event, profile);
    if (!request) {
        DestinationResponse response;
        response.error = request.error();
        emit finished(response);
        return;
    }
    send(destination, request.value(), Reading::Event);
}

void DestinationRequest::send(const DestinationConfig &destination, const HttpRequestSpec &spec,
                              Reading reading) {
    if (m_reply)
        m_reply->abort();
    if (!spec.url.isValid() || spec.url.scheme().isEmpty() || spec.url.host().isEmpty()) {
        DestinationResponse response;
        response.error = tr("The base URL '%1' is not a valid http(s) URL.").arg(spec.url.toString());
        emit finished(response);
        return;
    }
    QNetworkRequest request(spec.url);
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    for (const auto &header : spec.headers)
        request.setRawHeader(header.first, header.second);
    m_timer.start();
    QNetworkReply *reply = m_network->sendCustomRequest(request, spec.method, spec.body);
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, destination, reading] { onFinished(reply, destination, reading); });
}

void DestinationRequest::onFinished(QNetworkReply *reply, const DestinationConfig &destination,
                                    Reading reading) {
    reply->deleteLater();
    if (m_reply == reply)
        m_reply = nullptr;
    const QStringList secrets = secretsOf(destination);
    DestinationResponse response;
    response.elapsedMs = m_timer.elapsed();
    response.url = redact(reply->url().toString(), secrets);
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    response.reached = status.isValid();
    response.status = status.toInt();
    response.reasonPhrase = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    const QByteArray body = reply->readAll();
    response.body = redact(readableBody(body), secrets);
    for (const auto &header : reply->rawHeaderPairs())
        response.headers.append(
            {QString::fromLatin1(header.first), redact(QString::fromUtf8(header.second), secrets)});
    if (!response.reached) {
        response.error = reply->error() == QNetworkReply::OperationCanceledError
                             ? tr("No answer within %1 s (timed out or cancelled).").arg(m_timeoutMs / 1000)
                             : redact(reply->errorString(), secrets);
    } else if (reading == Reading::CredentialCheck) {
        response.credentialsChecked = true;
        response.accepted = response.status >= 200 && response.status < 300;
        const QString reason = ResponseRules::verdict(response.status, {}, body).reason;
        response.verdict = response.accepted ? tr("credentials accepted")
                           : response.status == 401 || response.status == 403
                               ? tr("credentials rejected: %1").arg(redact(reason, secrets))
                               : tr("the credential check answered HTTP %1: %2")
                                     .arg(response.status)
                                     .arg(redact(reason, secrets));
    } else if (reading == Reading::Event) {
        if (const Connector *connector = ConnectorRegistry::find(destination.connector)) {
            HttpHeaders headers;
            for (const auto &header : reply->rawHeaderPairs())
                headers.append(header);
            const ResponseVerdict verdict = connector->readResponse(response.status, headers, body);
            response.accepted = verdict.outcome == ResponseClass::Success;
            const QString outcome = verdict.outcome == ResponseClass::Success     ? tr("accepted")
                                    : verdict.outcome == ResponseClass::Retryable ? tr("retryable failure")
                                                                                  : tr("rejected");
            response.verdict = verdict.reason.isEmpty()
                                   ? outcome
                                   : tr("%1: %2").arg(outcome, redact(verdict.reason, secrets));
        }
    }
    emit finished(response);
}

} // namespace sb
