#pragma once

#include <QJsonObject>
#include <QList>
#include <QRandomGenerator>
#include <QString>

#include "core/result.h"

namespace sb {

// One scripted answer: pass to the API, answer with a status, hold the request, or drop the connection.
struct FaultStep {
    enum class Kind { Pass, Status, Timeout, Reset };
    Kind kind = Kind::Pass;
    int status = 0;
    int retryAfterSeconds = -1; // -1: no Retry-After header
    int latencyMs = 0;

    QString toString() const;
    // "ok", "500", "429 retry-after=2", "timeout", "reset", "ok delay=300"
    static Result<FaultStep> parse(const QString &text);
};

// How a destination kind misbehaves. Scripted steps come first, in order; after them (or with
// repeatScript, instead of ending) the random faults apply. Random draws use seed, so runs repeat.
struct FaultPlan {
    double errorRate = 0; // share of requests answered with errorStatus
    int errorStatus = 500;
    int retryAfterSeconds = -1; // on errorStatus answers; -1: none
    int latencyMs = 0;          // added to every answer
    double timeoutRate = 0;     // share of requests held without an answer
    int timeoutHoldMs = 0;      // how long a held request stays open; 0: until the client gives up
    double resetRate = 0;       // share of requests whose connection is closed without an answer
    QList<FaultStep> script;
    bool repeatScript = false;
    quint32 seed = 1;

    bool isEmpty() const;
    QJsonObject toJson() const;
    // Accepts "script" as an array of steps or one comma-separated string.
    static Result<FaultPlan> fromJson(const QJsonObject &json);
    static Result<QList<FaultStep>> parseScript(const QString &text);
};

// Applies one plan to a stream of requests: which step comes next, and the random draws.
class FaultInjector {
public:
    FaultInjector() = default;
    explicit FaultInjector(const FaultPlan &plan);

    const FaultPlan &plan() const { return m_plan; }
    FaultStep next();
    int scriptPosition() const { return m_position; }

private:
    FaultPlan m_plan;
    int m_position = 0;
    QRandomGenerator m_random;
};

} // namespace sb
