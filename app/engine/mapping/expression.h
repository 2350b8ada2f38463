#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include "core/result.h"
#include "expressionnode.h"

namespace sb {

class LazyMappingContext;

// One mapping expression, e.g. `lower(trim(profile.traits.email))` or
// `coalesce(event.properties.total, 0)`. Parsed once into a tree; evaluating it against a context
// {"event": {...}, "profile": {...}} (see MappingContext) never fails: a missing path is null.
class Expression {
public:
    // Parses text; the error names the column ("col 14: expected ')'").
    static Result<Expression> parse(const QString &text);
    // Like parse(), but each distinct text is parsed only once per process (thread-safe). The
    // renderer and the router use this, so delivery never parses on the hot path.
    static Result<Expression> cached(const QString &text);

    QJsonValue evaluate(const QJsonObject &context) const;
    // The same result, reading only the paths the expression uses (the renderer's form).
    QJsonValue evaluate(const LazyMappingContext &context) const;
    const QString &text() const { return m_text; }
    // True when the expression is a bare path (event.properties.x): conditions and editors use it.
    bool isPath() const;

private:
    Expression(QString text, expr::NodePtr root);
    QString m_text;
    expr::NodePtr m_root;
};

} // namespace sb
