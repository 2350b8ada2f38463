// Mapping and recipe commands: mappings list|export|import|versions|restore, recipes list|install.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include "connectors/destinationstore.h"
#include "core/jsonutil.h"
#include "ctlargs.h"
#include "ctlcommand.h"
#include "ctllookup.h"
#include "mapping/mappingstore.h"
#include "mapping/recipebook.h"
#include "mapping/recipeinstaller.h"

namespace sb::ctl {

namespace {

QString describeEvents(const MappingDefinition &d) {
    const QString events = d.eventNames.join(QStringLiteral(", "));
    return events.size() > 60 ? QStringLiteral("%1 event types").arg(d.eventNames.size()) : events;
}

int mappingsList(CtlContext &context) {
    const CtlArgs args(context.arguments());
    Workspace *workspace = context.workspace();
    if (!workspace)
        return 1;
    qint64 destinationId = 0;
    const QString which = args.value(QStringLiteral("--destination"));
    if (!which.isEmpty()) {
        const Result<DestinationConfig> d = findDestinationForCtl(workspace, which);
        if (!d)
            return context.fail(d.error());
        destinationId = d.value().id;
    }
    const QList<MappingStore::Entry> entries = MappingStore(workspace).list(destinationId);
    QHash<qint64, QString> names;
    const QList<DestinationConfig> destinations = DestinationStore(workspace).list();
    for (const DestinationConfig &d : destinations)
        names.insert(d.id, d.name);
    if (context.json()) {
        QJsonArray array;
        for (const MappingStore::Entry &e : entries)
            array.append(QJsonObject{{QStringLiteral("id"), double(e.id)},
                                     {QStringLiteral("destinationId"), double(e.destinationId)},
                                     {QStringLiteral("destination"), names.value(e.destinationId)},
                                     {QStringLiteral("version"), e.version},
                                     {QStringLiteral("definition"), e.definition.toJson()}});
        context.printJson(QJsonObject{{QStringLiteral("mappings"), array}});
        return 0;
    }
    if (entries.isEmpty())
        context.out() << "No mappings." << Qt::endl;
    for (const MappingStore::Entry &e : entries) {
        const MappingDefinition &d = e.definition;
        context.out() << e.id << "  v" << e.version << "  " << names.value(e.destinationId) << " / " << d.name
                      << (d.enabled ? QString() : QStringLiteral(" [disabled]")) << "\n     " << d.sourceKind
                      << ": " << describeEvents(d) << " -> " << d.action
                      << (d.eventNameTemplate.isEmpty() ? QString()
                                                        : QStringLiteral(" \"%1\"").arg(d.eventNameTemplate))
                      << (d.conditions.isEmpty()
                              ? QString()
                              : QStringLiteral(" when %1 condition(s)").arg(d.conditions.size()))
                      << '\n';
    }
    context.out().flush();
    return 0;
}

int mappingsExport(CtlContext &context) {
    const CtlArgs args(context.arguments());
    const QString which = args.value(QStringLiteral("--destination"));
    if (which.isEmpty())
        return context.fail(QStringLiteral("usage: mappings export --destination NAME [--output FILE]"));
    Workspace *workspace = context.workspace();
    if (!workspace)
        return 1;
    const Result<DestinationConfig> d = findDestinationForCtl(workspace, which);
    if (!d)
        return context.fail(d.error());
    QJsonObject document = MappingStore(workspace).exportJson(d.value().id);
    document.insert(QStringLiteral("destination"),
                    QJsonObject{{QStringLiteral("name"), d.value().name},
                                {QStringLiteral("connector"), d.value().connector}});
    const QByteArray text = json::pretty(document);
    const QString output = args.value(QStringLiteral("--output"));
    if (output.isEmpty()) {
        context.out() << QString::fromUtf8(text);
        context.out().flush();
        return 0;
    }
    QFile file(output);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text) != text.size())
        return context.fail(QStringLiteral("cannot write %1: %2").arg(output, file.errorString()));
    context.out() << "Exported " << document.value(QStringLiteral("mappings")).toArray().size()
                  << " mapping(s) to " << output << Qt::endl;
    return 0;
}

int mappingsImport(CtlContext &context) {
    const CtlArgs args(context.arguments());
    const QString which = args.value(QStringLiteral("--destination"));
    const QString path = args.positional().value(0, args.value(QStringLiteral("--file")));
    if (which.isEmpty() || path.isEmpty())
        return context.fail(QStringLiteral("usage: mappings import --destination NAME FILE"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return context.fail(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    QJsonObject document;
    QString error;
    if (!json::parseObject(file.readAll(), &document, &error))
        return context.fail(QStringLiteral("%1: %2").arg(path, error));
    Workspace *workspace = context.workspace();
    if (!workspace)
        return 1;
    const Result<DestinationConfig> d = findDestinationForCtl(workspace, which);
    if (!d)
        return context.fail(d.error());
    const Status imported = MappingStore(workspace).importJson(d.value().id, document);
    if (!imported)
        return context.fail(QStringLiteral("%1: %2 (nothing was imported)").arg(path, imported.error));
    context.out() << "Imported " << document.value(QStringLiteral("mappings")).toArray().size()
                  << " mapping(s) into '" << d.value().name << "'." << Qt::endl;
    return 0;
}

qint64 mappingIdArgument(const CtlArgs &args) {
    bool ok = false;
    const qint64 id = args.positional().value(0, args.value(QStringLiteral("--mapping"))).toLongLong(&ok);
    return ok ? id : 0;
}

int mappingsVersions(CtlContext &context) {
    const CtlArgs args(context.arguments());
    const qint64 id = mappingIdArgument(args);
    if (id <= 0)
        return context.fail(QStringLiteral("usage: mappings versions MAPPING_ID"));
    Workspace *workspace = context.workspace();
    if (!workspace)
        return 1;
    MappingStore store(workspace);
    const Result<MappingStore::Entry> current = store.load(id);
    if (!current)
        return context.fail(current.error());
    const QList<MappingStore::VersionInfo> history = store.history(id);
    if (context.json()) {
        QJsonArray array;
        for (const auto &v : history)
            array.append(QJsonObject{{QStringLiteral("version"), v.version},
                                     {QStringLiteral("createdAt"), v.createdAt.toString(Qt::ISODateWithMs)},
                                     {QStringLiteral("note"), v.note},
                                     {QStringLiteral("current"), v.version == current.value().version}});
        context.printJson(
            QJsonObject{{QStringLiteral("mappingId"), double(id)}, {QStringLiteral("versions"), array}});
        return 0;
    }
    context.out() << "Mapping " << id << " '" << current.value().definition.name << "'\n";
    for (const auto &v : history)
        context.out() << (v.version == current.value().version ? "* v" : "  v") << v.version << "  "
                      << v.createdAt.toString(Qt::ISODate) << "  " << v.note << '\n';
    context.out().flush();
    return 0;
}

int mappingsRestore(CtlContext &context) {
    const CtlArgs args(context.arguments());
    const qint64 id = mappingIdArgument(args);
    bool ok = false;
    const int version = args.positional().value(1, args.value(QStringLiteral("--version"))).toInt(&ok);
    if (id <= 0 || !ok || version <= 0)
        return context.fail(QStringLiteral("usage: mappings restore MAPPING_ID VERSION"));
    Workspace *workspace = context.workspace();
    if (!workspace)
        return 1;
    const Result<MappingStore::Entry> restored = MappingStore(workspace).restore(id, version);
    if (!restored)
        return context.fail(restored.error());
    context.out() << "Restored version " << version << " of mapping " << id << " as version "
                  << restored.value().version << '.' << Qt::endl;
    return 0;
}

int recipesList(CtlContext &context) {
    const QList<Recipe> &recipes = RecipeBook::builtin();
    if (context.json()) {
        QJsonArray array;
        for (const Recipe &r : recipes) {
            QJsonArray mappings;
            for (const MappingDefinition &m : r.mappings)
                mappings.append(m.name);
            array.append(QJsonObject{{QStringLiteral("name"), r.name},
                                     {QStringLiteral("title"), r.title},
                                     {QStringLiteral("source"), r.source},
                                     {QStringLiteral("connector"), r.connector},
                                     {QStringLiteral("description"), r.description},
                                     {QStringLiteral("mappings"), mappings}});
        }
        context.printJson(QJsonObject{{QStringLiteral("recipes"), array}});
        return 0;
    }
    for (const Recipe &r : recipes)
        context.out() << r.name.leftJustified(22) << ' ' << r.title << " (" << r.mappings.size()
                      << " mappings)\n    " << r.description << '\n';
    context.out().flush();
    return 0;
}

int recipesInstall(CtlContext &context) {
    const CtlArgs args(context.arguments());
    const QString name = args.positional().value(0);
    const Recipe *recipe = RecipeBook::find(name);
    if (!recipe) {
        QStringList names;
        for (const Recipe &r : RecipeBook::builtin())
            names << r.name;
        return context.fail(
            name.isEmpty()
                ? QStringLiteral("usage: recipes install NAME [--name DESTINATION] [--base-url URL] "
                                 "[--credential KEY=VALUE]... (recipes: %1)")
                      .arg(names.join(QStringLiteral(", ")))
                : QStringLiteral("no recipe named '%1' (recipes: %2)")
                      .arg(name, names.join(QStringLiteral(", "))));
    }
    RecipeInstaller::Options options;
    options.destinationName = args.value(QStringLiteral("--name"));
    options.baseUrl = QUrl(args.value(QStringLiteral("--base-url")));
    QString error;
    QHash<QString, QString> settings;
    if (!args.pairs(QStringLiteral("--credential"), &options.credentials, &error)
        || !args.pairs(QStringLiteral("--setting"), &settings, &error))
        return context.fail(error);
    for (auto it = settings.begin(); it != settings.end(); ++it)
        options.settings.insert(it.key(), it.value());
    Workspace *workspace = context.workspace();
    if (!workspace)
        return 1;
    const Result<RecipeInstaller::Installed> installed =
        RecipeInstaller::install(workspace, *recipe, options);
    if (!installed)
        return context.fail(installed.error());
    if (context.json()) {
        QJsonArray ids;
        for (const qint64 id : installed.value().mappingIds)
            ids.append(double(id));
        context.printJson(
            QJsonObject{{QStringLiteral("recipe"), recipe->name},
                        {QStringLiteral("destinationId"), double(installed.value().destinationId)},
                        {QStringLiteral("mappingIds"), ids},
                        {QStringLiteral("missingCredentials"),
                         QJsonArray::fromStringList(installed.value().missingCredentials)}});
        return 0;
    }
    context.out() << "Installed " << recipe->title << ": destination " << installed.value().destinationId
                  << " with " << installed.value().mappingIds.size() << " mapping(s)." << Qt::endl;
    for (const QString &key : installed.value().missingCredentials)
        context.out() << "  note: credential '" << key
                      << "' not set; the destination cannot authenticate until it is" << Qt::endl;
    return 0;
}

} // namespace

void registerMappingCommands(CommandRegistry &registry) {
    registry.add({QStringLiteral("mappings list"),
                  QStringLiteral("mappings, current versions [--destination NAME] (--json)"), mappingsList});
    registry.add({QStringLiteral("mappings export"),
                  QStringLiteral("a destination's mappings as JSON: --destination NAME [--output FILE]"),
                  mappingsExport});
    registry.add({QStringLiteral("mappings import"),
                  QStringLiteral("import mappings JSON: --destination NAME FILE"), mappingsImport});
    registry.add({QStringLiteral("mappings versions"),
                  QStringLiteral("the version history of a mapping: MAPPING_ID"), mappingsVersions});
    registry.add({QStringLiteral("mappings restore"),
                  QStringLiteral("save an earlier version as the newest: MAPPING_ID VERSION"),
                  mappingsRestore});
    registry.add({QStringLiteral("recipes list"), QStringLiteral("the built-in seed integrations (--json)"),
                  recipesList});
    registry.add(
        {QStringLiteral("recipes install"),
         QStringLiteral("install a recipe: NAME [--name DEST] [--base-url URL] [--credential K=V]..."),
         recipesInstall});
}

} // namespace sb::ctl
