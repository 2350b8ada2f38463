#include "rawjsonspans.h"

namespace sb {

namespace {

// A forward reader over valid JSON text; every step returns false where the text is not as expected.
class Reader {
public:
    explicit Reader(QByteArrayView text)
        : m_p(text.data())
        , m_end(text.data() + text.size()) {}

    const char *at() const { return m_p; }
    bool atEnd() const { return m_p == m_end; }
    char peek() const { return m_p == m_end ? '\0' : *m_p; }

    void skipSpace() {
        while (m_p != m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\n' || *m_p == '\r'))
            ++m_p;
    }

    bool take(char c) {
        skipSpace();
        if (peek() != c)
            return false;
        ++m_p;
        return true;
    }

    // At the opening quote; afterwards past the closing one.
    bool skipString() {
        ++m_p;
        while (m_p != m_end) {
            if (*m_p == '\\') {
                m_p += m_end - m_p >= 2 ? 2 : 1;
                continue;
            }
            if (*m_p++ == '"')
                return true;
        }
        return false;
    }

    bool skipValue() {
        skipSpace();
        const char c = peek();
        if (c == '"')
            return skipString();
        if (c == '{' || c == '[') {
            int depth = 0;
            while (m_p != m_end) {
                const char ch = *m_p;
                if (ch == '"') {
                    if (!skipString())
                        return false;
                    continue;
                }
                ++m_p;
                if (ch == '{' || ch == '[')
                    ++depth;
                else if ((ch == '}' || ch == ']') && --depth == 0)
                    return true;
            }
            return false;
        }
        const char *start = m_p;
        while (m_p != m_end && *m_p != ',' && *m_p != ']' && *m_p != '}' && *m_p != ' ' && *m_p != '\t'
               && *m_p != '\n' && *m_p != '\r')
            ++m_p;
        return m_p != start;
    }

private:
    const char *m_p;
    const char *m_end;
};

std::optional<QList<qsizetype>> readArray(Reader &reader) {
    if (!reader.take('['))
        return std::nullopt;
    QList<qsizetype> sizes;
    if (reader.take(']'))
        return sizes;
    do {
        reader.skipSpace();
        const char *start = reader.at();
        if (!reader.skipValue())
            return std::nullopt;
        sizes << qsizetype(reader.at() - start);
    } while (reader.take(','));
    if (!reader.take(']'))
        return std::nullopt;
    return sizes;
}

} // namespace

std::optional<QList<qsizetype>> RawJsonSpans::arrayElementSizes(QByteArrayView text, QByteArrayView key) {
    Reader reader(text);
    if (!reader.take('{'))
        return std::nullopt;
    std::optional<QList<qsizetype>> found;
    if (reader.take('}'))
        return std::nullopt;
    do {
        reader.skipSpace();
        if (reader.peek() != '"')
            return std::nullopt;
        const char *keyStart = reader.at() + 1;
        if (!reader.skipString())
            return std::nullopt;
        const QByteArrayView name(keyStart, reader.at() - 1 - keyStart);
        if (name.contains('\\'))
            return std::nullopt; // an escaped key may spell `key` another way
        if (!reader.take(':'))
            return std::nullopt;
        if (name == key) {
            if (found)
                return std::nullopt; // the parser keeps one of the two; which is not ours to guess
            found = readArray(reader);
            if (!found)
                return std::nullopt;
        } else if (!reader.skipValue()) {
            return std::nullopt;
        }
    } while (reader.take(','));
    if (!reader.take('}'))
        return std::nullopt;
    return found;
}

} // namespace sb
