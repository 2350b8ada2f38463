#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>
#include <vector>

// The parsed form of a mapping expression. Built once by ExpressionParser, then only read, so one
// tree may be evaluated by several delivery threads at the same time.
namespace sb::expr {

struct FunctionSpec;

struct Node {
    enum class Kind { Literal, Path, Call };
    Kind kind = Kind::Literal;
    int column = 1;                         // where the node starts in the source text (1-based)
    QJsonValue literal;                     // Literal
    QStringList path;                       // Path: root ("event" / "profile") then keys or array indexes
    const FunctionSpec *function = nullptr; // Call
    std::vector<std::shared_ptr<const Node>> arguments;
};

using NodePtr = std::shared_ptr<const Node>;

} // namespace sb::expr
