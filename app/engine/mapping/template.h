#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

#include "core/result.h"
#include "expression.h"

namespace sb {

// A destination event name with {{ expression }} parts, e.g. "SMRT {{event.name}}". Plain text
// without braces is a constant name.
class Template {
public:
    static Result<Template> parse(const QString &text);
    static Result<Template> cached(const QString &text);
    QString render(const QJsonObject &context) const;
    QString render(const LazyMappingContext &context) const;

private:
    struct Part {
        QString text;
        std::optional<Expression> expression;
    };
    QList<Part> m_parts;
};

} // namespace sb
