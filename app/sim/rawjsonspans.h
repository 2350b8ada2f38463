#pragma once

#include <QByteArrayView>
#include <QList>
#include <optional>

namespace sb {

// Reads the layout of JSON text the simulator has already parsed, without building values.
class RawJsonSpans {
public:
    // The byte length of each element of the top-level object's array member `key`, as sent
    // (whitespace inside an element included). nullopt unless the text is an object with exactly
    // one such key, written without escapes, whose value is an array.
    static std::optional<QList<qsizetype>> arrayElementSizes(QByteArrayView text, QByteArrayView key);
};

} // namespace sb
