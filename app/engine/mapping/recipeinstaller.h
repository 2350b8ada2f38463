#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QUrl>

#include "core/result.h"
#include "recipebook.h"

namespace sb {

class Workspace;

// Installs a recipe into a workspace: its destination and all its mappings, in one transaction.
class RecipeInstaller {
public:
    struct Options {
        QString destinationName; // empty: the recipe's
        QUrl baseUrl;            // empty: the connector's real API
        QHash<QString, QString> credentials;
        QJsonObject settings; // merged over the recipe's settings
    };
    struct Installed {
        qint64 destinationId = 0;
        QList<qint64> mappingIds;
        QStringList missingCredentials; // credential names the connector reads but were not given
    };

    static Result<Installed> install(Workspace *workspace, const Recipe &recipe, const Options &options);
};

} // namespace sb
