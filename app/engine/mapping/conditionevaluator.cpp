#include "conditionevaluator.h"

#include <QDateTime>
#include <QJsonArray>
#include <optional>

#include "expression.h"
#include "expressionfunctions.h"

namespace sb {

namespace {

std::optional<double> asNumber(const QJsonValue &v) {
    if (v.isDouble())
        return v.toDouble();
    if (v.isString()) {
        bool ok = false;
        const double d = v.toString().trimmed().toDouble(&ok);
        if (ok)
            return d;
    }
    return std::nullopt;
}

std::optional<qint64> asDateMs(const QJsonValue &v) {
    if (!v.isString())
        return std::nullopt;
    QDateTime dt = QDateTime::fromString(v.toString().trimmed(), Qt::ISODateWithMs);
    if (!dt.isValid())
        return std::nullopt;
    if (dt.timeSpec() == Qt::LocalTime)
        dt.setTimeSpec(Qt::UTC);
    return dt.toMSecsSinceEpoch();
}

bool typedEquals(const QJsonValue &actual, const QJsonValue &expected) {
    if (actual.isNull() || actual.isUndefined())
        return expected.isNull() || expected.isUndefined();
    if (expected.isDouble() || actual.isDouble()) {
        const auto a = asNumber(actual), e = asNumber(expected);
        if (a && e)
            return *a == *e;
    }
    if (expected.isBool() && actual.isString())
        return actual.toString().compare(expected.toBool() ? QLatin1String("true") : QLatin1String("false"),
                                         Qt::CaseInsensitive)
               == 0;
    return actual == expected;
}

// <0, 0, >0, or nullopt when the two cannot be ordered.
std::optional<int> compare(const QJsonValue &actual, const QJsonValue &expected) {
    const auto ad = asDateMs(actual), ed = asDateMs(expected);
    if (ad && ed && !asNumber(actual) && !asNumber(expected))
        return *ad < *ed ? -1 : (*ad > *ed ? 1 : 0);
    const auto a = asNumber(actual), e = asNumber(expected);
    if (a && e)
        return *a < *e ? -1 : (*a > *e ? 1 : 0);
    return std::nullopt;
}

QString show(const QJsonValue &v) {
    if (v.isNull() || v.isUndefined())
        return QStringLiteral("missing");
    if (v.isString())
        return QStringLiteral("\"%1\"").arg(v.toString().left(80));
    return expr::toText(v).left(80);
}

} // namespace

bool ConditionEvaluator::test(const Condition &c, const QJsonObject &context, QString *why) {
    const Result<Expression> e = Expression::cached(c.path);
    if (!e) {
        if (why)
            *why = QStringLiteral("%1: %2").arg(c.path, e.error());
        return false;
    }
    const QJsonValue actual = e.value().evaluate(context);
    bool passed = false;
    const QString &op = c.op;
    if (op == QLatin1String("equals")) {
        passed = typedEquals(actual, c.value);
    } else if (op == QLatin1String("not_equals")) {
        passed = !typedEquals(actual, c.value);
    } else if (op == QLatin1String("contains")) {
        if (actual.isArray()) {
            const QJsonArray array = actual.toArray();
            passed = std::any_of(array.begin(), array.end(),
                                 [&c](const QJsonValue &v) { return typedEquals(v, c.value); });
        } else if (actual.isString()) {
            passed = actual.toString().contains(expr::toText(c.value), Qt::CaseInsensitive);
        } else if (actual.isObject()) {
            passed = actual.toObject().contains(expr::toText(c.value));
        }
    } else if (op == QLatin1String("exists")) {
        passed = !expr::isBlank(actual);
    } else if (op == QLatin1String("not_exists")) {
        passed = expr::isBlank(actual);
    } else if (op == QLatin1String("greater_than") || op == QLatin1String("less_than")) {
        const auto order = compare(actual, c.value);
        passed = order && (op == QLatin1String("greater_than") ? *order > 0 : *order < 0);
    } else if (op == QLatin1String("in_list")) {
        const QJsonArray list = c.value.toArray();
        passed = std::any_of(list.begin(), list.end(),
                             [&actual](const QJsonValue &v) { return typedEquals(actual, v); });
    }
    if (!passed && why) {
        const QString expected = op == QLatin1String("exists") || op == QLatin1String("not_exists")
                                     ? QString()
                                     : QStringLiteral(" ") + show(c.value);
        *why = QStringLiteral("%1 %2%3 failed (value: %4)").arg(c.path, op, expected, show(actual));
    }
    return passed;
}

bool ConditionEvaluator::testAll(const QList<Condition> &conditions, const QString &match,
                                 const QJsonObject &context, QString *why) {
    if (conditions.isEmpty())
        return true;
    const bool any = match == QLatin1String("any");
    QStringList failures;
    for (const Condition &c : conditions) {
        QString reason;
        const bool passed = test(c, context, &reason);
        if (passed && any)
            return true;
        if (!passed) {
            failures << reason;
            if (!any)
                break;
        }
    }
    if (failures.isEmpty())
        return true;
    if (why)
        *why = any ? QStringLiteral("none of the conditions held: ") + failures.join(QStringLiteral("; "))
                   : failures.first();
    return false;
}

} // namespace sb
