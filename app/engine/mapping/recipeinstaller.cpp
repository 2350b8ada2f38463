#include "recipeinstaller.h"

#include "connectors/connectorregistry.h"
#include "connectors/destinationstore.h"
#include "mappingstore.h"
#include "store/workspace.h"
#include "store/writer.h"

namespace sb {

Result<RecipeInstaller::Installed> RecipeInstaller::install(Workspace *workspace, const Recipe &recipe,
                                                            const Options &options) {
    const Connector *connector = ConnectorRegistry::find(recipe.connector);
    if (!connector)
        return Result<Installed>::failure(
            QStringLiteral("recipe %1 uses an unknown connector '%2'").arg(recipe.name, recipe.connector));
    DestinationConfig destination;
    destination.name = options.destinationName.isEmpty() ? recipe.destinationName : options.destinationName;
    destination.connector = recipe.connector;
    destination.baseUrl = options.baseUrl;
    destination.credentials = options.credentials;
    destination.settings = recipe.destinationSettings;
    for (auto it = options.settings.begin(); it != options.settings.end(); ++it)
        destination.settings.insert(it.key(), it.value());

    auto installed = std::make_shared<Installed>();
    const QStringList keys = connector->credentialKeys();
    for (const QString &key : keys) {
        if (!options.credentials.contains(key))
            installed->missingCredentials << key;
    }
    const QString directory = workspace->directory();
    const QList<MappingDefinition> mappings = recipe.mappings;
    const QString note = QStringLiteral("installed from recipe %1").arg(recipe.name);
    const WriteResult r = workspace->writer()->run([=](WriteContext &context) {
        installed->destinationId = DestinationStore::addIn(context, directory, destination);
        for (const MappingDefinition &m : mappings)
            installed->mappingIds << MappingStore::saveIn(context, 0, installed->destinationId, m, note).id;
        return QVariant(installed->destinationId);
    });
    if (!r.ok)
        return Result<Installed>::failure(QStringLiteral("recipe %1: %2").arg(recipe.name, r.error));
    return *installed;
}

} // namespace sb
