#pragma once

#include <QList>
#include <QString>

#include "connector.h"

namespace sb {

// Every connector the engine knows, one stateless instance each.
class ConnectorRegistry {
public:
    static const Connector *find(const QString &kind);
    static QList<const Connector *> all();
};

} // namespace sb
