#include "renderer.h"

#include <QJsonDocument>
#include <QUuid>

#include "compiledmapping.h"
#include "connectors/connectorregistry.h"
#include "connectors/connectorsupport.h"
#include "core/jsonutil.h"
#include "mappingcontext.h"

namespace sb {

namespace {

const QUuid kNamespace(QStringLiteral("{6f1d3a52-9c1e-4c57-8a43-5b2f0e7d9a10}"));

Finding makeFinding(Finding::Severity severity, const QString &field, const QString &code,
                    const QString &message) {
    return Finding{severity, field, code, message};
}

} // namespace

QString Renderer::idempotencyKey(const DestinationConfig &destination, const MappingDefinition &mapping,
                                 const Event &event) {
    const QString eventKey =
        event.messageId.isEmpty() ? QStringLiteral("event-%1").arg(event.id) : event.messageId;
    const QString name =
        QStringLiteral("%1|%2|%3|%4").arg(destination.id).arg(mapping.name, event.sourceKind, eventKey);
    return QUuid::createUuidV5(kNamespace, name).toString(QUuid::WithoutBraces);
}

namespace {

ItemDraft makeDraft(const DestinationConfig &destination, const CompiledMapping &compiled, const Event &event,
                    const ProfileRef &profile, const QString &key) {
    const MappingDefinition &mapping = compiled.definition();
    const LazyMappingContext context(event, profile);
    ItemDraft d;
    d.action = mapping.action;
    d.occurredAt = event.occurredAt;
    d.idempotencyKey = key.isEmpty() ? Renderer::idempotencyKey(destination, mapping, event) : key;
    d.eventName = compiled.eventName(context, event.name);
    for (const CompiledMapping::Field &field : compiled.fields()) {
        if (!field.expression)
            continue;
        const QJsonValue value = field.expression->evaluate(context);
        if (value.isNull() || value.isUndefined())
            continue; // absent, not null: null would clear the field in tools such as Klaviyo
        if (field.target == QLatin1String("*")) {
            const QJsonObject object = value.toObject();
            for (auto it = object.begin(); it != object.end(); ++it)
                d.fields.insert(it.key(), it.value());
        } else {
            connectorsupport::set(d.fields, field.target, value);
        }
    }
    return d;
}

} // namespace

ItemDraft Renderer::draft(const DestinationConfig &destination, const MappingDefinition &mapping,
                          const Event &event, const ProfileRef &profile) {
    return makeDraft(destination, CompiledMapping(mapping), event, profile, {});
}

RenderedItem Renderer::render(const DestinationConfig &destination, const MappingDefinition &mapping,
                              const Event &event, const ProfileRef &profile) {
    return render(destination, CompiledMapping(mapping), event, profile, {}, nullptr);
}

RenderedItem Renderer::render(const DestinationConfig &destination, const MappingDefinition &mapping,
                              const Event &event, const ProfileRef &profile, const QString &idempotencyKey,
                              QByteArray *compactBody) {
    return render(destination, CompiledMapping(mapping), event, profile, idempotencyKey, compactBody);
}

RenderedItem Renderer::render(const DestinationConfig &destination, const CompiledMapping &compiled,
                              const Event &event, const ProfileRef &profile, const QString &idempotencyKey,
                              QByteArray *compactBody) {
    const MappingDefinition &mapping = compiled.definition();
    const Connector *connector = ConnectorRegistry::find(destination.connector);
    if (!connector) {
        RenderedItem item;
        item.action = mapping.action;
        item.skip = true;
        item.skipReason = QStringLiteral("destination '%1' uses an unknown connector '%2'")
                              .arg(destination.name, destination.connector);
        item.findings << makeFinding(Finding::Severity::Error, {}, QStringLiteral("unknown_connector"),
                                     item.skipReason);
        return item;
    }
    const ItemDraft d = makeDraft(destination, compiled, event, profile, idempotencyKey);
    RenderedItem item = connector->assemble(destination, d);
    if (!connector->actions().contains(mapping.action))
        item.findings << makeFinding(Finding::Severity::Error, {}, QStringLiteral("invalid_action"),
                                     QStringLiteral("%1 has no action '%2' (it has %3)")
                                         .arg(connector->displayName(), mapping.action,
                                              connector->actions().join(QStringLiteral(", "))));
    if (mapping.matchBy == QLatin1String("email")) {
        const QString field = connector->emailField(mapping.action);
        if (connectorsupport::isBlank(connectorsupport::get(d.fields, field))) {
            item.skip = true;
            item.skipReason =
                QStringLiteral("no email: %1 matches profiles by email and this profile has none")
                    .arg(destination.name.isEmpty() ? connector->displayName() : destination.name);
            item.findings << makeFinding(Finding::Severity::Warning, field, QStringLiteral("no_email"),
                                         item.skipReason);
        }
    }
    item.findings << connector->validate(item);
    const QByteArray compact = json::compact(item.body);
    const qint64 size = compact.size();
    if (compactBody)
        *compactBody = compact;
    const ConnectorLimits limits = connector->limitsFor(destination, mapping.action);
    if (size > limits.maxBytesPerItem)
        item.findings << makeFinding(
            Finding::Severity::Error, {}, QStringLiteral("too_large"),
            QStringLiteral("the item is %1 bytes; %2 accepts at most %3 bytes per item")
                .arg(size)
                .arg(connector->displayName())
                .arg(limits.maxBytesPerItem));
    return item;
}

} // namespace sb
