#include "preview.h"

#include <QJsonArray>
#include <QJsonDocument>

#include "connectors/connectorregistry.h"
#include "core/secrets.h"
#include "renderer.h"

namespace sb {

namespace {

bool isSensitiveHeader(const QString &name) {
    const QString n = name.toLower();
    return n == QLatin1String("authorization") || n.contains(QLatin1String("key"))
           || n.contains(QLatin1String("token")) || n.contains(QLatin1String("secret"))
           || n.contains(QLatin1String("signature"));
}

QString prettyBody(const QByteArray &body) {
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return QString::fromUtf8(body);
    return QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed();
}

QString shellQuote(const QString &text) {
    QString quoted = text;
    quoted.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + quoted + u'\'';
}

} // namespace

bool Preview::hasErrors() const {
    return std::any_of(findings.begin(), findings.end(),
                       [](const Finding &f) { return f.severity == Finding::Severity::Error; });
}

QJsonObject Previewer::findingJson(const Finding &f) {
    return QJsonObject{{QStringLiteral("severity"), f.severity == Finding::Severity::Error
                                                        ? QStringLiteral("error")
                                                        : QStringLiteral("warning")},
                       {QStringLiteral("field"), f.field},
                       {QStringLiteral("code"), f.code},
                       {QStringLiteral("message"), f.message}};
}

QJsonObject Preview::toJson() const {
    QJsonArray headerArray;
    for (const auto &h : headers)
        headerArray.append(
            QJsonObject{{QStringLiteral("name"), h.first}, {QStringLiteral("value"), h.second}});
    QJsonArray findingArray;
    for (const Finding &f : findings)
        findingArray.append(Previewer::findingJson(f));
    QJsonObject o{{QStringLiteral("method"), method},
                  {QStringLiteral("url"), url},
                  {QStringLiteral("headers"), headerArray},
                  {QStringLiteral("body"), body},
                  {QStringLiteral("findings"), findingArray},
                  {QStringLiteral("skipped"), skipped},
                  {QStringLiteral("curl"), curl},
                  {QStringLiteral("action"), action},
                  {QStringLiteral("idempotencyKey"), idempotencyKey}};
    if (skipped)
        o.insert(QStringLiteral("skipReason"), skipReason);
    return o;
}

Preview Previewer::preview(const DestinationConfig &destination, const MappingDefinition &mapping,
                           const Event &event, const Profile &profile) {
    Preview p;
    const RenderedItem item = Renderer::render(destination, mapping, event, profile);
    p.findings = item.findings;
    p.skipped = item.skip;
    p.skipReason = item.skipReason;
    p.action = item.action;
    p.idempotencyKey = item.idempotencyKey;
    const Connector *connector = ConnectorRegistry::find(destination.connector);
    if (!connector)
        return p;
    const HttpRequestSpec request = connector->buildRequest(destination, {item});
    const QStringList secrets = connector->secrets(destination);
    p.method = QString::fromLatin1(request.method);
    p.url = redact(request.url.toString(), secrets);
    for (const auto &h : request.headers) {
        const QString name = QString::fromLatin1(h.first);
        QString value = redact(QString::fromUtf8(h.second), secrets);
        if (value == QString::fromUtf8(h.second) && isSensitiveHeader(name) && !value.isEmpty()) {
            // Not a known secret but still a credential-bearing header: keep the scheme, mask the rest.
            const qsizetype space = value.indexOf(u' ');
            value = space > 0 ? value.left(space + 1) + maskSecret(value.mid(space + 1)) : maskSecret(value);
        }
        p.headers.append({name, value});
    }
    p.body = redact(prettyBody(request.body), secrets);
    QString curl = QStringLiteral("curl -X %1 %2").arg(p.method, shellQuote(p.url));
    for (const auto &h : p.headers)
        curl += QStringLiteral(" \\\n  -H %1").arg(shellQuote(h.first + QStringLiteral(": ") + h.second));
    curl += QStringLiteral(" \\\n  --data-binary @- <<'BODY'\n") + p.body + QStringLiteral("\nBODY");
    p.curl = curl;
    return p;
}

} // namespace sb
