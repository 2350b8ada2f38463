#pragma once

#include <QJsonObject>
#include <QList>

#include "connector.h"
#include "core/result.h"

namespace sb {

class Workspace;

// The destinations of a workspace. Credentials are encrypted at rest (CredentialCipher) and only
// decrypted into DestinationConfig for the renderer and delivery; toMaskedJson() is what
// listings, exports and logs may show.
class DestinationStore {
public:
    explicit DestinationStore(Workspace *workspace);

    QList<DestinationConfig> list() const;
    Result<DestinationConfig> load(qint64 id) const;
    Result<DestinationConfig> findByName(const QString &name) const;
    // Checks the connector kind, name and base URL; fills defaults (base URL, settings).
    Result<qint64> add(const DestinationConfig &destination);
    Status update(const DestinationConfig &destination);
    // Refused while deliveries refer to the destination (pause it instead).
    Status remove(qint64 id);
    Status setPaused(qint64 id, bool paused);

    // The destination with every credential masked.
    static QJsonObject toMaskedJson(const DestinationConfig &destination);
    // Fills the connector's default base URL and settings and checks the rest.
    static Result<DestinationConfig> normalized(const DestinationConfig &destination);
    // The insert step inside a caller's write job (recipes); throws sql::Error.
    static qint64 addIn(struct WriteContext &context, const QString &workspaceDirectory,
                        const DestinationConfig &destination);

private:
    Result<DestinationConfig> loadWhere(const QString &where, const QVariant &value) const;
    Workspace *m_workspace;
};

} // namespace sb
