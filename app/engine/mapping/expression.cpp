#include "expression.h"

#include <QHash>
#include <QJsonArray>
#include <QMutex>

#include "expressionfunctions.h"
#include "expressionparser.h"

namespace sb {

namespace {

QJsonValue evaluateNode(const expr::Node &node, const QJsonObject &context) {
    switch (node.kind) {
    case expr::Node::Kind::Literal:
        return node.literal;
    case expr::Node::Kind::Path: {
        QJsonValue current = context.value(node.path.first());
        for (qsizetype i = 1; i < node.path.size(); ++i) {
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

bool Expression::isPath() const {
    return m_root && m_root->kind == expr::Node::Kind::Path;
}

} // namespace sb
