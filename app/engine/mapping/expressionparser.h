#pragma once

#include <QString>

#include "core/result.h"
#include "expressionnode.h"

namespace sb::expr {

// Recursive-descent parser for mapping expressions:
//   expr    := literal | path | call
//   literal := "text" | 'text' | number | true | false | null
//   path    := ("event" | "profile") ( "." key | "[" index-or-"key" "]" )*
//   call    := name "(" [expr ("," expr)*] ")"
// Errors name the column: "col 14: expected ')'".
class ExpressionParser {
public:
    static Result<NodePtr> parse(const QString &text);

private:
    explicit ExpressionParser(const QString &text);
    NodePtr parseExpression();
    NodePtr parsePath(const QString &root, int column);
    NodePtr parseCall(const QString &name, int column);
    QString readIdentifier();
    QJsonValue readString();
    QJsonValue readNumber();
    void skipSpace();
    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek() const { return atEnd() ? QChar() : m_text.at(m_pos); }
    int column() const { return int(m_pos) + 1; }
    [[noreturn]] void fail(const QString &message, int column) const;

    const QString &m_text;
    qsizetype m_pos = 0;
};

} // namespace sb::expr
