// Destination commands: add, list, remove (credentials are always masked on output).
#include <QJsonArray>
#include <QJsonDocument>

#include "connectors/connectorregistry.h"
#include "connectors/destinationstore.h"
#include "ctlargs.h"
#include "ctlcommand.h"
#include "ctllookup.h"

namespace sb::ctl {

namespace {

// A destination by name or id, for commands that take either.
Result<DestinationConfig> findDestination(Workspace *workspace, const QString &nameOrId) {
    DestinationStore store(workspace);
    bool isId = false;
    const qint64 id = nameOrId.toLongLong(&isId);
    Result<DestinationConfig> byName = store.findByName(nameOrId);
    if (byName || !isId)
        return byName.ok() ? byName
                           : Result<DestinationConfig>::failure(
                               QStringLiteral("no destination named '%1'").arg(nameOrId));
    return store.load(id);
}

int add(CtlContext &context) {
    const CtlArgs args(context.arguments());
    DestinationConfig d;
    d.name = args.value(QStringLiteral("--name"));
    d.connector = args.value(QStringLiteral("--connector"));
    d.baseUrl = QUrl(args.value(QStringLiteral("--base-url")));
    if (d.name.isEmpty() || d.connector.isEmpty())
        return context.fail(
            QStringLiteral("usage: destinations add --name NAME --connector KIND [--base-url URL] "
                           "[--credential KEY=VALUE]... [--setting KEY=VALUE]..."));
    QString error;
    QHash<QString, QString> settings;
    if (!args.pairs(QStringLiteral("--credential"), &d.credentials, &error)
        || !args.pairs(QStringLiteral("--setting"), &settings, &error))
        return context.fail(error);
    for (auto it = settings.begin(); it != settings.end(); ++it) {
        // Numbers and booleans as JSON, the rest as text.
        const QJsonDocument parsed = QJsonDocument::fromJson("[" + it.value().toUtf8() + "]");
        d.settings.insert(it.key(), parsed.isArray() && parsed.array().size() == 1 ? parsed.array().at(0)
                                                                                   : QJsonValue(it.value()));
    }
    Workspace *workspace = context.workspace();
    if (!workspace)
        return 1;
    DestinationStore store(workspace);
    const Result<qint64> id = store.add(d);
    if (!id)
        return context.fail(id.error());
    const DestinationConfig saved = store.load(id.value()).value();
    if (context.json()) {
        context.printJson(DestinationStore::toMaskedJson(saved));
    } else {
        context.out() << "Destination " << saved.id << " '" << saved.name << "' (" << saved.connector
                      << ") -> " << saved.baseUrl.toString() << Qt::endl;
        const Connector *connector = ConnectorRegistry::find(saved.connector);
        const QStringList keys = connector ? connector->credentialKeys() : QStringList();
        for (const QString &key : keys) {
            if (!saved.credentials.contains(key))
                context.out() << "  note: no credential '" << key << "' given" << Qt::endl;
        }
    }
    return 0;
}

int list(CtlContext &context) {
    Workspace *workspace = context.workspace();
    if (!workspace)
        return 1;
    const QList<DestinationConfig> destinations = DestinationStore(workspace).list();
    if (context.json()) {
        QJsonArray array;
        for (const DestinationConfig &d : destinations)
            array.append(DestinationStore::toMaskedJson(d));
        context.printJson(QJsonObject{{QStringLiteral("destinations"), array}});
        return 0;
    }
    if (destinations.isEmpty())
        context.out() << "No destinations. Add one with 'destinations add' or 'recipes install'." << Qt::endl;
    for (const DestinationConfig &d : destinations) {
        QStringList credentials;
        const QJsonObject masked =
            DestinationStore::toMaskedJson(d).value(QStringLiteral("credentials")).toObject();
        for (auto it = masked.begin(); it != masked.end(); ++it)
            credentials << it.key() + u'=' + it.value().toString();
        context.out() << d.id << "  " << d.name.leftJustified(24) << ' ' << d.connector.leftJustified(11)
                      << ' ' << d.baseUrl.toString() << (d.paused ? QStringLiteral("  [paused]") : QString())
                      << "  " << credentials.join(u' ') << '\n';
    }
    context.out().flush();
    return 0;
}

int remove(CtlContext &context) {
    const CtlArgs args(context.arguments());
    const QString which = args.positional().value(0, args.value(QStringLiteral("--name")));
    if (which.isEmpty())
        return context.fail(QStringLiteral("usage: destinations remove NAME|ID"));
    Workspace *workspace = context.workspace();
    if (!workspace)
        return 1;
    const Result<DestinationConfig> d = findDestination(workspace, which);
    if (!d)
        return context.fail(d.error());
    const Status removed = DestinationStore(workspace).remove(d.value().id);
    if (!removed)
        return context.fail(removed.error);
    context.out() << "Removed destination '" << d.value().name << "' and its mappings." << Qt::endl;
    return 0;
}

} // namespace

Result<DestinationConfig> findDestinationForCtl(Workspace *workspace, const QString &nameOrId) {
    return findDestination(workspace, nameOrId);
}

void registerDestinationCommands(CommandRegistry &registry) {
    registry.add(
        {QStringLiteral("destinations add"),
         QStringLiteral("add a destination: --name N --connector KIND [--base-url U] [--credential K=V]..."),
         add});
    registry.add({QStringLiteral("destinations list"),
                  QStringLiteral("destinations with masked credentials (--json)"), list});
    registry.add({QStringLiteral("destinations remove"),
                  QStringLiteral("remove a destination and its mappings: NAME|ID"), remove});
}

} // namespace sb::ctl
