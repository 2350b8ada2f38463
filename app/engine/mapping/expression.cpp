#include "expression.h"

#include <QHash>
#include <QJsonArray>
#include <QMutex>

#include "expressionfunctions.h"
#include "expressionparser.h"
#include "mappingcontext.h"

namespace sb {

namespace {

// The value the path's first steps lead to, and how many steps that took.
std::pair<QJsonValue, qsizetype> pathStart(const QStringList &path, const QJsonObject &context) {
    return {context.value(path.first()), 1};
}

std::pair<QJsonValue, qsizetype> pathStart(const QStringList &path, const LazyMappingContext &context) {
    if (path.size() == 1)
        return {context.root(path.first()), 1};
    return {context.member(path.first(), path.at(1)), 2};
}

template<typename Context> QJsonValue evaluateNode(const expr::Node &node, const Context &context) {
    switch (node.kind) {
    case expr::Node::Kind::Literal:
        return node.literal;
    case expr::Node::Kind::Path: {
        auto [current, first] = pathStart(node.path, context);
        for (qsizetype i = first; i < node.path.size(); ++i) {
            const QString &key = node.path.at(i);
            if (current.isObject()) {
                current = current.toObject().value(key);
            } else if (current.isArray()) {
                bool isIndex = false;
                const int index = key.toInt(&isIndex);
                const QJsonArray array = current.toArray();
                if (!isIndex || index < 0 || index >= array.size())
                    return QJsonValue(QJsonValue::Null);
                current = array.at(index);
            } else {
                return QJsonValue(QJsonValue::Null);
            }
        }
        return current.isUndefined() ? QJsonValue(QJsonValue::Null) : current;
    }
    case expr::Node::Kind::Call: {
        if (node.function->firstNonBlank) {
            for (const expr::NodePtr &argument : node.arguments)
                if (QJsonValue value = evaluateNode(*argument, context); !expr::isBlank(value))
                    return value;
            return QJsonValue(QJsonValue::Null);
        }
        QList<QJsonValue> arguments;
        arguments.reserve(qsizetype(node.arguments.size()));
        for (const expr::NodePtr &argument : node.arguments)
            arguments << evaluateNode(*argument, context);
        return node.function->call(arguments);
    }
    }
    return QJsonValue(QJsonValue::Null);
}

} // namespace

Expression::Expression(QString text, expr::NodePtr root)
    : m_text(std::move(text))
    , m_root(std::move(root)) {}

Result<Expression> Expression::parse(const QString &text) {
    Result<expr::NodePtr> root = expr::ExpressionParser::parse(text);
    if (!root)
        return Result<Expression>::failure(root.error());
    return Expression(text, root.take());
}

Result<Expression> Expression::cached(const QString &text) {
    static QMutex mutex;
    static QHash<QString, Result<Expression>> cache;
    {
        QMutexLocker lock(&mutex);
        const auto it = cache.constFind(text);
        if (it != cache.constEnd())
            return *it;
    }
    Result<Expression> parsed = parse(text);
    QMutexLocker lock(&mutex);
    if (cache.size() > 20000)
        cache.clear(); // mappings are few; this only guards against an editor typing forever
    cache.insert(text, parsed);
    return parsed;
}

QJsonValue Expression::evaluate(const QJsonObject &context) const {
    return m_root ? evaluateNode(*m_root, context) : QJsonValue(QJsonValue::Null);
}

QJsonValue Expression::evaluate(const LazyMappingContext &context) const {
    return m_root ? evaluateNode(*m_root, context) : QJsonValue(QJsonValue::Null);
}

bool Expression::isPath() const {
    return m_root && m_root->kind == expr::Node::Kind::Path;
}

} // namespace sb
