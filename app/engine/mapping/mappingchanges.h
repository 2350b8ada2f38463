#pragma once

#include <QtGlobal>

namespace sb {

// A process-wide counter bumped after every committed change to mappings or destinations, so
// routers notice without polling the database: a router reloads when the number moved.
class MappingChanges {
public:
    static quint64 generation();
    static void bump();
};

} // namespace sb
