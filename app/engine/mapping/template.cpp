#include "template.h"

#include <QHash>
#include <QMutex>
#include <QRegularExpression>

#include "expressionfunctions.h"

namespace sb {

Result<Template> Template::parse(const QString &text) {
    Template result;
    qsizetype pos = 0;
    while (pos < text.size()) {
        const qsizetype open = text.indexOf(QLatin1String("{{"), pos);
        if (open < 0) {
            result.m_parts.append({text.mid(pos), std::nullopt});
            break;
        }
        if (open > pos)
            result.m_parts.append({text.mid(pos, open - pos), std::nullopt});
        const qsizetype close = text.indexOf(QLatin1String("}}"), open + 2);
        if (close < 0)
            return Result<Template>::failure(
                QStringLiteral("col %1: '{{' without a closing '}}'").arg(open + 1));
        const QString inner = text.mid(open + 2, close - open - 2);
        Result<Expression> expression = Expression::cached(inner);
        if (!expression) {
            // Report the column in the whole template, not inside the braces.
            static const QRegularExpression colPattern(QStringLiteral("^col (\\d+): "));
            const QRegularExpressionMatch match = colPattern.match(expression.error());
            QString message = expression.error();
            if (match.hasMatch())
                message = QStringLiteral("col %1: %2")
                              .arg(match.captured(1).toInt() + int(open) + 2)
                              .arg(message.mid(match.capturedLength()));
            return Result<Template>::failure(message);
        }
        result.m_parts.append({QString(), expression.take()});
        pos = close + 2;
    }
    return result;
}

Result<Template> Template::cached(const QString &text) {
    static QMutex mutex;
    static QHash<QString, Result<Template>> cache;
    QMutexLocker lock(&mutex);
    const auto it = cache.constFind(text);
    if (it != cache.constEnd())
        return *it;
    Result<Template> parsed = parse(text);
    if (cache.size() > 20000)
        cache.clear();
    cache.insert(text, parsed);
    return parsed;
}

namespace {

template<typename Context> QString renderParts(const auto &parts, const Context &context) {
    QString out;
    for (const auto &part : parts)
        out += part.expression ? expr::toText(part.expression->evaluate(context)) : part.text;
    return out;
}

} // namespace

QString Template::render(const QJsonObject &context) const {
    return renderParts(m_parts, context);
}

QString Template::render(const LazyMappingContext &context) const {
    return renderParts(m_parts, context);
}

} // namespace sb
