#include "faultplan.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace sb {

QString FaultStep::toString() const {
    QString text;
    switch (kind) {
    case Kind::Pass:
        text = QStringLiteral("ok");
        break;
    case Kind::Status:
        text = QString::number(status);
        break;
    case Kind::Timeout:
        text = QStringLiteral("timeout");
        break;
    case Kind::Reset:
        text = QStringLiteral("reset");
        break;
    }
    if (retryAfterSeconds >= 0)
        text += QStringLiteral(" retry-after=") + QString::number(retryAfterSeconds);
    if (latencyMs > 0)
        text += QStringLiteral(" delay=") + QString::number(latencyMs);
    return text;
}

Result<FaultStep> FaultStep::parse(const QString &text) {
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return Result<FaultStep>::failure(QStringLiteral("empty fault step"));
    FaultStep step;
    const QString head = words.first().toLower();
    bool isNumber = false;
    const int status = head.toInt(&isNumber);
    if (head == QLatin1String("ok") || head == QLatin1String("pass")) {
        step.kind = Kind::Pass;
    } else if (head == QLatin1String("timeout")) {
        step.kind = Kind::Timeout;
    } else if (head == QLatin1String("reset")) {
        step.kind = Kind::Reset;
    } else if (isNumber && status >= 100 && status <= 599) {
        // A 2xx step means "answer normally": the API decides the exact success status.
        step.kind = status < 300 ? Kind::Pass : Kind::Status;
        step.status = status < 300 ? 0 : status;
    } else {
        return Result<FaultStep>::failure(
            QStringLiteral("fault step '%1': expected ok, timeout, reset or an HTTP status")
                .arg(text.trimmed()));
    }
    for (qsizetype i = 1; i < words.size(); ++i) {
        const QString option = words.at(i).toLower();
        const qsizetype eq = option.indexOf(QLatin1Char('='));
        bool valid = false;
        const int value = eq > 0 ? option.mid(eq + 1).toInt(&valid) : 0;
        const QString name = option.left(eq);
        if (!valid || value < 0)
            return Result<FaultStep>::failure(
                QStringLiteral("fault step '%1': option '%2' needs a number, e.g. retry-after=2")
                    .arg(text.trimmed(), words.at(i)));
        if (name == QLatin1String("retry-after"))
            step.retryAfterSeconds = value;
        else if (name == QLatin1String("delay") || name == QLatin1String("latency"))
            step.latencyMs = value;
        else
            return Result<FaultStep>::failure(
                QStringLiteral("fault step '%1': unknown option '%2' (retry-after, delay)")
                    .arg(text.trimmed(), words.at(i)));
    }
    return step;
}

bool FaultPlan::isEmpty() const {
    return errorRate <= 0 && latencyMs <= 0 && timeoutRate <= 0 && resetRate <= 0 && script.isEmpty();
}

QJsonObject FaultPlan::toJson() const {
    QJsonArray steps;
    for (const FaultStep &step : script)
        steps.append(step.toString());
    return QJsonObject{{QStringLiteral("errorRate"), errorRate},
                       {QStringLiteral("errorStatus"), errorStatus},
                       {QStringLiteral("retryAfterSeconds"), retryAfterSeconds},
                       {QStringLiteral("latencyMs"), latencyMs},
                       {QStringLiteral("timeoutRate"), timeoutRate},
                       {QStringLiteral("timeoutHoldMs"), timeoutHoldMs},
                       {QStringLiteral("resetRate"), resetRate},
                       {QStringLiteral("script"), steps},
                       {QStringLiteral("repeatScript"), repeatScript},
                       {QStringLiteral("seed"), qint64(seed)}};
}

namespace {
bool readRate(const QJsonObject &json, const char *name, double *out, QString *error) {
    const QJsonValue value = json.value(QLatin1String(name));
    if (value.isUndefined())
        return true;
    if (!value.isDouble() || value.toDouble() < 0 || value.toDouble() > 1) {
        *error = QStringLiteral("fault plan: '%1' must be a number from 0 to 1").arg(QLatin1String(name));
        return false;
    }
    *out = value.toDouble();
    return true;
}

bool readInt(const QJsonObject &json, const char *name, int minimum, int *out, QString *error) {
    const QJsonValue value = json.value(QLatin1String(name));
    if (value.isUndefined())
        return true;
    if (!value.isDouble() || value.toDouble() < minimum || value.toDouble() != double(value.toInt())) {
        *error = QStringLiteral("fault plan: '%1' must be a whole number >= %2")
                     .arg(QLatin1String(name))
                     .arg(minimum);
        return false;
    }
    *out = value.toInt();
    return true;
}
} // namespace

Result<FaultPlan> FaultPlan::fromJson(const QJsonObject &json) {
    static const QStringList known = {QStringLiteral("errorRate"),         QStringLiteral("errorStatus"),
                                      QStringLiteral("retryAfterSeconds"), QStringLiteral("latencyMs"),
                                      QStringLiteral("timeoutRate"),       QStringLiteral("timeoutHoldMs"),
                                      QStringLiteral("resetRate"),         QStringLiteral("script"),
                                      QStringLiteral("repeatScript"),      QStringLiteral("seed")};
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!known.contains(it.key()))
            return Result<FaultPlan>::failure(QStringLiteral("fault plan: unknown field '%1' (known: %2)")
                                                  .arg(it.key(), known.join(QStringLiteral(", "))));
    }
    FaultPlan plan;
    QString error;
    int seed = int(plan.seed);
    if (!readRate(json, "errorRate", &plan.errorRate, &error)
        || !readRate(json, "timeoutRate", &plan.timeoutRate, &error)
        || !readRate(json, "resetRate", &plan.resetRate, &error)
        || !readInt(json, "errorStatus", 100, &plan.errorStatus, &error)
        || !readInt(json, "retryAfterSeconds", -1, &plan.retryAfterSeconds, &error)
        || !readInt(json, "latencyMs", 0, &plan.latencyMs, &error)
        || !readInt(json, "timeoutHoldMs", 0, &plan.timeoutHoldMs, &error)
        || !readInt(json, "seed", 0, &seed, &error))
        return Result<FaultPlan>::failure(error);
    plan.seed = quint32(seed);
    if (plan.errorStatus > 599)
        return Result<FaultPlan>::failure(
            QStringLiteral("fault plan: 'errorStatus' must be an HTTP status (100-599)"));
    plan.repeatScript = json.value(QStringLiteral("repeatScript")).toBool();
    const QJsonValue script = json.value(QStringLiteral("script"));
    if (script.isString()) {
        auto steps = parseScript(script.toString());
        if (!steps)
            return Result<FaultPlan>::failure(steps.error());
        plan.script = steps.take();
    } else if (script.isArray()) {
        const QJsonArray array = script.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            auto step = FaultStep::parse(array.at(i).toString());
            if (!step)
                return Result<FaultPlan>::failure(
                    QStringLiteral("fault plan: script[%1]: %2").arg(i).arg(step.error()));
            plan.script.append(step.value());
        }
    } else if (!script.isUndefined() && !script.isNull()) {
        return Result<FaultPlan>::failure(QStringLiteral(
            "fault plan: 'script' must be a string (\"429 retry-after=2, 500, ok\") or an array"));
    }
    return plan;
}

Result<QList<FaultStep>> FaultPlan::parseScript(const QString &text) {
    QList<FaultStep> steps;
    const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (parts.at(i).trimmed().isEmpty())
            continue;
        auto step = FaultStep::parse(parts.at(i));
        if (!step)
            return Result<QList<FaultStep>>::failure(
                QStringLiteral("fault script step %1: %2").arg(i + 1).arg(step.error()));
        steps.append(step.value());
    }
    return steps;
}

FaultInjector::FaultInjector(const FaultPlan &plan)
    : m_plan(plan)
    , m_random(plan.seed) {}

FaultStep FaultInjector::next() {
    if (!m_plan.script.isEmpty()) {
        if (m_position < m_plan.script.size())
            return m_plan.script.at(m_position++);
        if (m_plan.repeatScript) {
            m_position = 1;
            return m_plan.script.first();
        }
    }
    FaultStep step;
    step.latencyMs = m_plan.latencyMs;
    // One draw decides among the random faults, so their rates add up rather than shadow each other.
    const double draw = m_random.generateDouble();
    if (draw < m_plan.resetRate) {
        step.kind = FaultStep::Kind::Reset;
    } else if (draw < m_plan.resetRate + m_plan.timeoutRate) {
        step.kind = FaultStep::Kind::Timeout;
    } else if (draw < m_plan.resetRate + m_plan.timeoutRate + m_plan.errorRate) {
        step.kind = FaultStep::Kind::Status;
        step.status = m_plan.errorStatus;
        step.retryAfterSeconds = m_plan.retryAfterSeconds;
    }
    return step;
}

} // namespace sb
