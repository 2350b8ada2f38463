#include "expressionparser.h"

#include <stdexcept>

#include "expressionfunctions.h"

namespace sb::expr {

namespace {

struct ParseError {
    QString message;
};

bool isIdentifierStart(QChar c) {
    return c.isLetter() || c == u'_' || c == u'$';
}

bool isIdentifierPart(QChar c) {
    return c.isLetterOrNumber() || c == u'_' || c == u'$';
}

QString describe(QChar c) {
    return c.isNull() ? QStringLiteral("end of expression") : QStringLiteral("'%1'").arg(c);
}

} // namespace

ExpressionParser::ExpressionParser(const QString &text)
    : m_text(text) {}

Result<NodePtr> ExpressionParser::parse(const QString &text) {
    ExpressionParser parser(text);
    try {
        parser.skipSpace();
        if (parser.atEnd())
            parser.fail(QStringLiteral("empty expression"), 1);
        NodePtr root = parser.parseExpression();
        parser.skipSpace();
        if (!parser.atEnd())
            parser.fail(QStringLiteral("unexpected %1 after the expression").arg(describe(parser.peek())),
                        parser.column());
        return root;
    } catch (const ParseError &error) {
        return Result<NodePtr>::failure(error.message);
    }
}

void ExpressionParser::fail(const QString &message, int column) const {
    throw ParseError{QStringLiteral("col %1: %2").arg(column).arg(message)};
}

void ExpressionParser::skipSpace() {
    while (!atEnd() && peek().isSpace())
        ++m_pos;
}

NodePtr ExpressionParser::parseExpression() {
    skipSpace();
    const int start = column();
    const QChar c = peek();
    auto node = std::make_shared<Node>();
    node->column = start;
    if (c == u'"' || c == u'\'') {
        node->kind = Node::Kind::Literal;
        node->literal = readString();
        return node;
    }
    if (c.isDigit() || c == u'-' || c == u'+' || c == u'.') {
        node->kind = Node::Kind::Literal;
        node->literal = readNumber();
        return node;
    }
    if (!isIdentifierStart(c))
        fail(QStringLiteral("expected a value, a path or a function, found %1").arg(describe(c)), start);
    const QString name = readIdentifier();
    if (name == QLatin1String("true") || name == QLatin1String("false")) {
        node->kind = Node::Kind::Literal;
        node->literal = name == QLatin1String("true");
        return node;
    }
    if (name == QLatin1String("null")) {
        node->kind = Node::Kind::Literal;
        node->literal = QJsonValue(QJsonValue::Null);
        return node;
    }
    skipSpace();
    if (peek() == u'(')
        return parseCall(name, start);
    return parsePath(name, start);
}

NodePtr ExpressionParser::parsePath(const QString &root, int start) {
    if (root != QLatin1String("event") && root != QLatin1String("profile"))
        fail(QStringLiteral("unknown name '%1': paths start with event. or profile.").arg(root), start);
    auto node = std::make_shared<Node>();
    node->kind = Node::Kind::Path;
    node->column = start;
    node->path << root;
    for (;;) {
        skipSpace();
        if (peek() == u'.') {
            ++m_pos;
            skipSpace();
            const int keyColumn = column();
            if (isIdentifierStart(peek()) || peek().isDigit()) {
                QString key;
                while (!atEnd() && isIdentifierPart(peek()))
                    key.append(m_text.at(m_pos++));
                node->path << key;
            } else {
                fail(QStringLiteral("expected a field name after '.', found %1").arg(describe(peek())),
                     keyColumn);
            }
        } else if (peek() == u'[') {
            ++m_pos;
            skipSpace();
            const int keyColumn = column();
            if (peek() == u'"' || peek() == u'\'') {
                node->path << readString().toString();
            } else if (peek().isDigit()) {
                QString index;
                while (!atEnd() && peek().isDigit())
                    index.append(m_text.at(m_pos++));
                node->path << index;
            } else {
                fail(QStringLiteral("expected a quoted key or an index inside [ ], found %1")
                         .arg(describe(peek())),
                     keyColumn);
            }
            skipSpace();
            if (peek() != u']')
                fail(QStringLiteral("expected ']'"), column());
            ++m_pos;
        } else {
            break;
        }
    }
    return node;
}

NodePtr ExpressionParser::parseCall(const QString &name, int start) {
    const FunctionSpec *spec = findFunction(name);
    if (!spec)
        fail(QStringLiteral("unknown function '%1'").arg(name), start);
    auto node = std::make_shared<Node>();
    node->kind = Node::Kind::Call;
    node->column = start;
    node->function = spec;
    ++m_pos; // '('
    skipSpace();
    if (peek() != u')') {
        for (;;) {
            node->arguments.push_back(parseExpression());
            skipSpace();
            if (peek() == u',') {
                ++m_pos;
                continue;
            }
            if (peek() == u')')
                break;
            fail(QStringLiteral("expected ')'"), column());
        }
    }
    ++m_pos; // ')'
    const int count = int(node->arguments.size());
    if (count < spec->minArguments || (spec->maxArguments >= 0 && count > spec->maxArguments)) {
        const QString expected =
            spec->minArguments == spec->maxArguments ? QString::number(spec->minArguments)
            : spec->maxArguments < 0
                ? QStringLiteral("at least %1").arg(spec->minArguments)
                : QStringLiteral("%1 to %2").arg(spec->minArguments).arg(spec->maxArguments);
        fail(QStringLiteral("%1 takes %2 argument(s), got %3: %4")
                 .arg(name, expected)
                 .arg(count)
                 .arg(spec->signature),
             start);
    }
    return node;
}

QString ExpressionParser::readIdentifier() {
    QString name;
    while (!atEnd() && isIdentifierPart(peek()))
        name.append(m_text.at(m_pos++));
    return name;
}

QJsonValue ExpressionParser::readString() {
    const int start = column();
    const QChar quote = m_text.at(m_pos++);
    QString value;
    while (!atEnd()) {
        const QChar c = m_text.at(m_pos++);
        if (c == quote)
            return value;
        if (c == u'\\') {
            if (atEnd())
                break;
            const QChar e = m_text.at(m_pos++);
            switch (e.unicode()) {
            case 'n':
                value.append(u'\n');
                break;
            case 't':
                value.append(u'\t');
                break;
            case 'r':
                value.append(u'\r');
                break;
            default:
                value.append(e);
                break; // \" \' \\ and anything else stand for themselves
            }
            continue;
        }
        value.append(c);
    }
    fail(QStringLiteral("unterminated string (missing %1)").arg(quote), start);
}

QJsonValue ExpressionParser::readNumber() {
    const int start = column();
    QString text;
    if (peek() == u'-' || peek() == u'+')
        text.append(m_text.at(m_pos++));
    while (!atEnd()
           && (peek().isDigit() || peek() == u'.' || peek() == u'e' || peek() == u'E'
               || ((peek() == u'-' || peek() == u'+') && (text.endsWith(u'e') || text.endsWith(u'E')))))
        text.append(m_text.at(m_pos++));
    bool ok = false;
    const double d = text.toDouble(&ok);
    if (!ok)
        fail(QStringLiteral("'%1' is not a number").arg(text), start);
    if (!atEnd() && isIdentifierStart(peek()))
        fail(QStringLiteral("unexpected %1 after the number").arg(describe(peek())), column());
    return d;
}

} // namespace sb::expr
