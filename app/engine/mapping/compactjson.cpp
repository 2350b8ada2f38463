#include "compactjson.h"

#include <QCborValue>
#include <QJsonArray>
#include <cmath>

namespace sb {

namespace {

void writeValue(QByteArray &out, const QJsonValue &value);

// Escapes as Qt's writer does: quote, backslash, \b \f \n \r \t, other controls as \u00XX; the
// rest as UTF-8.
void writeString(QByteArray &out, QStringView text) {
    static constexpr char kHex[] = "0123456789abcdef";
    out += '"';
    const qsizetype n = text.size();
    const char16_t *data = text.utf16();
    qsizetype i = 0;
    while (i < n) {
        // Plain ASCII in one go.
        qsizetype run = i;
        while (run < n && data[run] >= 0x20 && data[run] < 0x80 && data[run] != u'"' && data[run] != u'\\')
            ++run;
        if (run > i) {
            const qsizetype at = out.size();
            out.resize(at + (run - i));
            char *dst = out.data() + at;
            for (qsizetype k = i; k < run; ++k)
                *dst++ = char(data[k]);
            i = run;
            continue;
        }
        const char16_t c = data[i];
        if (c >= 0x80) {
            // UTF-8; a lone surrogate is written as \uXXXX, as Qt does.
            char32_t code = c;
            if (QChar::isHighSurrogate(c) && i + 1 < n && QChar::isLowSurrogate(data[i + 1])) {
                code = QChar::surrogateToUcs4(c, data[i + 1]);
                ++i;
            } else if (QChar::isSurrogate(c)) {
                out += "\\u";
                for (int shift = 12; shift >= 0; shift -= 4)
                    out += kHex[(c >> shift) & 0xf];
                ++i;
                continue;
            }
            if (code < 0x800) {
                out += char(0xc0 | (code >> 6));
            } else if (code < 0x10000) {
                out += char(0xe0 | (code >> 12));
                out += char(0x80 | ((code >> 6) & 0x3f));
            } else {
                out += char(0xf0 | (code >> 18));
                out += char(0x80 | ((code >> 12) & 0x3f));
                out += char(0x80 | ((code >> 6) & 0x3f));
            }
            out += char(0x80 | (code & 0x3f));
            ++i;
            continue;
        }
        switch (c) {
        case u'"':
            out += "\\\"";
            break;
        case u'\\':
            out += "\\\\";
            break;
        case u'\b':
            out += "\\b";
            break;
        case u'\f':
            out += "\\f";
            break;
        case u'\n':
            out += "\\n";
            break;
        case u'\r':
            out += "\\r";
            break;
        case u'\t':
            out += "\\t";
            break;
        default:
            out += "\\u00";
            out += kHex[(c >> 4) & 0xf];
            out += kHex[c & 0xf];
        }
        ++i;
    }
    out += '"';
}

void writeObject(QByteArray &out, const QJsonObject &object) {
    out += '{';
    bool first = true;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!first)
            out += ',';
        first = false;
        writeString(out, it.key());
        out += ':';
        writeValue(out, it.value());
    }
    out += '}';
}

void writeArray(QByteArray &out, const QJsonArray &array) {
    out += '[';
    bool first = true;
    for (const QJsonValue &v : array) {
        if (!first)
            out += ',';
        first = false;
        writeValue(out, v);
    }
    out += ']';
}

void writeValue(QByteArray &out, const QJsonValue &value) {
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += "null";
        break;
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        break;
    case QJsonValue::Double: {
        const QCborValue number = QCborValue::fromJsonValue(value);
        if (number.isInteger()) {
            out += QByteArray::number(number.toInteger());
        } else {
            const double d = value.toDouble();
            if (std::isfinite(d))
                out += QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
            else
                out += "null";
        }
        break;
    }
    case QJsonValue::String:
        writeString(out, value.toString());
        break;
    case QJsonValue::Array:
        writeArray(out, value.toArray());
        break;
    case QJsonValue::Object:
        writeObject(out, value.toObject());
        break;
    }
}

} // namespace

QByteArray CompactJson::write(const QJsonObject &object) {
    QByteArray out;
    out.reserve(1024);
    writeObject(out, object);
    return out;
}

} // namespace sb
