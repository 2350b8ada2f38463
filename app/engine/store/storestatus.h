#pragma once

#include <QJsonObject>
#include <QSqlDatabase>

#include "core/result.h"

namespace sb {

// What 'switchboard-ctl status' reports: schema version and the row count of every table.
class StoreStatus {
public:
    static Result<QJsonObject> read(const QSqlDatabase &db);
};

} // namespace sb
