#pragma once

#include <QByteArray>
#include <QJsonObject>

namespace sb {

// The same bytes as QJsonDocument(object).toJson(QJsonDocument::Compact), written directly from the
// object: every delivered item is serialised once by the renderer (size check, request body, attempt
// record) and Qt's writer was a fifth of the render. tst_compactjson compares the two.
class CompactJson {
public:
    static QByteArray write(const QJsonObject &object);
};

} // namespace sb
