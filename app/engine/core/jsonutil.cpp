#include "jsonutil.h"

#include <QCborValue>
#include <algorithm>
#include <cmath>
#include <cstring>

namespace sb::json {

namespace {

// Writes exactly what QJsonDocument::toJson(Compact) writes, without first copying the whole tree into
// a QCborValue as QJsonDocument does (a third of the cost on ingest's and delivery's paths).
// The text goes through a cursor into a buffer grown by doubling: QByteArray's own append checked
// sharing and capacity for every comma, quote and character.
class CompactWriter {
public:
    explicit CompactWriter(QByteArray &out)
        : m_out(out)
        , m_pos(out.size()) {}
    ~CompactWriter() { m_out.resize(m_pos); }

    void write(const QJsonObject &object) {
        put('{');
        bool first = true;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!first)
                put(',');
            first = false;
            writeString(it.key());
            put(':');
            write(it.value());
        }
        put('}');
    }

    void write(const QJsonArray &array) {
        put('[');
        for (auto it = array.constBegin(); it != array.constEnd(); ++it) {
            if (it != array.constBegin())
                put(',');
            write(*it);
        }
        put(']');
    }

    // Values are read through the container's reference, not copied into a QJsonValue each.
    void write(QJsonValueConstRef value) { writeValue(value); }
    void write(const QJsonValue &value) { writeValue(value); }

    template<typename Value> void writeValue(const Value &value) {
        switch (value.type()) {
        case QJsonValue::Bool:
            value.toBool() ? put("true", 4) : put("false", 5);
            break;
        case QJsonValue::Double:
            writeNumber(QJsonValue(value));
            break;
        case QJsonValue::String:
            writeString(value.toString());
            break;
        case QJsonValue::Array:
            write(value.toArray());
            break;
        case QJsonValue::Object:
            write(value.toObject());
            break;
        default:
            put("null", 4);
        }
    }

private:
    // Room for n more bytes at the cursor.
    char *room(qsizetype n) {
        if (m_pos + n > m_out.size())
            m_out.resize(std::max({m_out.size() * 2, m_pos + n, qsizetype(256)}));
        return m_out.data() + m_pos;
    }
    void put(char c) {
        *room(1) = c;
        ++m_pos;
    }
    void put(const char *text, qsizetype n) {
        std::memcpy(room(n), text, size_t(n));
        m_pos += n;
    }
    void put(const QByteArray &text) { put(text.constData(), text.size()); }

    void writeNumber(const QJsonValue &value) {
        // QJsonValue keeps whole numbers as integers unless that would add precision; Qt prints each
        // kind its own way.
        const QCborValue number = QCborValue::fromJsonValue(value);
        if (number.isInteger()) {
            put(QByteArray::number(number.toInteger()));
            return;
        }
        const double d = number.toDouble();
        if (std::isfinite(d))
            put(QByteArray::number(d, 'g', QLocale::FloatingPointShortest));
        else
            put("null", 4);
    }

    static char hexDigit(uint v) { return char(v < 10 ? '0' + v : 'a' + v - 10); }

    static char *unicodeEscape(char *dst, char16_t u) {
        *dst++ = '\\';
        *dst++ = 'u';
        *dst++ = hexDigit(u >> 12 & 0xf);
        *dst++ = hexDigit(u >> 8 & 0xf);
        *dst++ = hexDigit(u >> 4 & 0xf);
        *dst++ = hexDigit(u & 0xf);
        return dst;
    }

    void writeString(QStringView text) {
        // At most 6 bytes per UTF-16 unit (\uXXXX), so the room is taken once.
        char *const start = room(text.size() * 6 + 2);
        char *dst = start;
        *dst++ = '"';
        const char16_t *p = text.utf16();
        const char16_t *const end = p + text.size();
        while (p != end) {
            const char16_t u = *p++;
            if (u >= 0x20 && u < 0x80 && u != u'"' && u != u'\\') {
                *dst++ = char(u);
            } else if (u < 0x80) {
                *dst++ = '\\';
                switch (u) {
                case u'"':
                    *dst++ = '"';
                    break;
                case u'\\':
                    *dst++ = '\\';
                    break;
                case 0x8:
                    *dst++ = 'b';
                    break;
                case 0xc:
                    *dst++ = 'f';
                    break;
                case 0xa:
                    *dst++ = 'n';
                    break;
                case 0xd:
                    *dst++ = 'r';
                    break;
                case 0x9:
                    *dst++ = 't';
                    break;
                default:
                    dst = unicodeEscape(dst - 1, u);
                }
            } else if (u < 0x800) {
                *dst++ = char(0xc0 | (u >> 6));
                *dst++ = char(0x80 | (u & 0x3f));
            } else if (QChar::isHighSurrogate(u) && p != end && QChar::isLowSurrogate(*p)) {
                const char32_t c = QChar::surrogateToUcs4(u, *p++);
                *dst++ = char(0xf0 | (c >> 18));
                *dst++ = char(0x80 | ((c >> 12) & 0x3f));
                *dst++ = char(0x80 | ((c >> 6) & 0x3f));
                *dst++ = char(0x80 | (c & 0x3f));
            } else if (QChar::isSurrogate(u)) {
                dst = unicodeEscape(dst, u); // a lone surrogate is not UTF-8: Qt escapes it
            } else {
                *dst++ = char(0xe0 | (u >> 12));
                *dst++ = char(0x80 | ((u >> 6) & 0x3f));
                *dst++ = char(0x80 | (u & 0x3f));
            }
        }
        *dst++ = '"';
        m_pos += dst - start;
    }

    QByteArray &m_out;
    qsizetype m_pos;
};

} // namespace

QByteArray compact(const QJsonObject &object) {
    QByteArray out;
    out.reserve(512);
    CompactWriter(out).write(object);
    return out;
}

QByteArray compact(const QJsonArray &array) {
    QByteArray out;
    out.reserve(512);
    CompactWriter(out).write(array);
    return out;
}

QString compactString(const QJsonObject &object) {
    return QString::fromUtf8(compact(object));
}

QByteArray pretty(const QJsonObject &object) {
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

QByteArray pretty(const QJsonValue &value) {
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented);
    // Scalars: wrap to reuse Qt's escaping, then strip the wrapper.
    QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return text.mid(1, text.size() - 2);
}

QByteArray valueText(const QJsonValue &value) {
    // Most trait values are plain printable ASCII strings: quoted as they are, nothing to escape.
    if (value.isString()) {
        const QString text = value.toString();
        const bool plain = std::all_of(text.cbegin(), text.cend(), [](QChar c) {
            return c.unicode() >= 0x20 && c.unicode() < 0x7f && c != u'"' && c != u'\\';
        });
        if (plain)
            return '"' + text.toLatin1() + '"';
    }
    if (value.isObject())
        return compact(value.toObject());
    if (value.isArray())
        return compact(value.toArray());
    const QByteArray wrapped = compact(QJsonArray{value});
    return wrapped.mid(1, wrapped.size() - 2);
}

QJsonValue valueFromText(const QByteArray &utf8) {
    const QJsonDocument doc = QJsonDocument::fromJson('[' + utf8 + ']');
    if (doc.isArray() && doc.array().size() == 1)
        return doc.array().at(0);
    return QString::fromUtf8(utf8);
}

QString idText(const QJsonValue &value) {
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toInteger());
    return {};
}

QString timestamp(const QDateTime &time) {
    if (!time.isValid() || time.timeSpec() != Qt::UTC)
        return time.toString(Qt::ISODateWithMs);
    const QDate date = time.date();
    const QTime clock = time.time();
    if (date.year() < 0 || date.year() > 9999)
        return time.toString(Qt::ISODateWithMs);
    char16_t text[24];
    auto put = [&text](int at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            text[at + i] = char16_t(u'0' + value % 10);
    };
    put(0, date.year(), 4);
    text[4] = u'-';
    put(5, date.month(), 2);
    text[7] = u'-';
    put(8, date.day(), 2);
    text[10] = u'T';
    put(11, clock.hour(), 2);
    text[13] = u':';
    put(14, clock.minute(), 2);
    text[16] = u':';
    put(17, clock.second(), 2);
    text[19] = u'.';
    put(20, clock.msec(), 3);
    text[23] = u'Z';
    return QString(reinterpret_cast<const QChar *>(text), 24);
}

bool parseObject(const QByteArray &text, QJsonObject *out, QString *error) {
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = QStringLiteral("invalid JSON at offset %1: %2")
                         .arg(parseError.offset)
                         .arg(parseError.errorString());
        return false;
    }
    if (!doc.isObject()) {
        if (error)
            *error = QStringLiteral("expected a JSON object");
        return false;
    }
    *out = doc.object();
    return true;
}

QJsonValue valueAt(const QJsonValue &root, QStringView path) {
    QJsonValue current = root;
    if (path.isEmpty())
        return current;
    for (const QStringView part : path.tokenize(u'.')) {
        if (current.isObject()) {
            current = current.toObject().value(part);
        } else if (current.isArray()) {
            bool isIndex = false;
            const int index = part.toInt(&isIndex);
            if (!isIndex)
                return QJsonValue(QJsonValue::Undefined);
            current = current.toArray().at(index);
        } else {
            return QJsonValue(QJsonValue::Undefined);
        }
    }
    return current;
}

} // namespace sb::json
