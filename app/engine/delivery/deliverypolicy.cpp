#include "deliverypolicy.h"

#include <QJsonArray>
#include <algorithm>
#include <cmath>

#include "connectors/connector.h"

namespace sb {

namespace {

QList<int> intList(const QJsonValue &value, const QList<int> &fallback) {
    if (!value.isArray())
        return fallback;
    QList<int> out;
    for (const QJsonValue &v : value.toArray())
        out << v.toInt();
    return out;
}

QJsonArray toArray(const QList<int> &values) {
    QJsonArray out;
    for (int v : values)
        out.append(v);
    return out;
}

} // namespace

DeliveryPolicy DeliveryPolicy::fromSettings(const QJsonObject &destinationSettings) {
    DeliveryPolicy p;
    const QJsonObject s = destinationSettings.value(QStringLiteral("delivery")).toObject();
    auto num = [&s](const char *key, qint64 fallback) {
        const QJsonValue v = s.value(QLatin1String(key));
        return v.isDouble() ? qint64(v.toDouble()) : fallback;
    };
    auto real = [&s](const char *key, double fallback) {
        const QJsonValue v = s.value(QLatin1String(key));
        return v.isDouble() ? v.toDouble() : fallback;
    };
    p.initialBackoffMs = std::max<qint64>(1, num("initialBackoffMs", p.initialBackoffMs));
    p.maxBackoffMs = std::max(p.initialBackoffMs, num("maxBackoffMs", p.maxBackoffMs));
    p.jitter = std::clamp(real("jitter", p.jitter), 0.0, 1.0);
    p.maxRetryWindowMs = num("maxRetryWindowMs", p.maxRetryWindowMs);
    p.retryServerErrors = s.value(QStringLiteral("retryServerErrors")).toBool(p.retryServerErrors);
    p.nonRetryableStatuses = intList(s.value(QStringLiteral("nonRetryableStatuses")), p.nonRetryableStatuses);
    p.retryStatuses = intList(s.value(QStringLiteral("retryStatuses")), p.retryStatuses);
    p.ordering = s.value(QStringLiteral("ordering")).toBool(p.ordering);
    p.timeoutMs = std::max<qint64>(1, num("timeoutMs", p.timeoutMs));
    p.leaseMs = std::max(p.timeoutMs + 1000, num("leaseMs", p.leaseMs));
    p.maxInFlight = int(std::clamp<qint64>(num("maxInFlight", p.maxInFlight), 1, 6));
    p.requestsPerSecond = std::max(0.0, real("requestsPerSecond", p.requestsPerSecond));
    p.burst = int(std::max<qint64>(0, num("burst", p.burst)));
    p.breakerFailureRate = std::clamp(real("breakerFailureRate", p.breakerFailureRate), 0.01, 1.0);
    p.breakerMinRequests = int(std::max<qint64>(1, num("breakerMinRequests", p.breakerMinRequests)));
    p.breakerWindowMs = std::max<qint64>(1000, num("breakerWindowMs", p.breakerWindowMs));
    p.breakerOpenMs = std::max<qint64>(1, num("breakerOpenMs", p.breakerOpenMs));
    return p;
}

QJsonObject DeliveryPolicy::toJson() const {
    return {{QStringLiteral("initialBackoffMs"), double(initialBackoffMs)},
            {QStringLiteral("maxBackoffMs"), double(maxBackoffMs)},
            {QStringLiteral("jitter"), jitter},
            {QStringLiteral("maxRetryWindowMs"), double(maxRetryWindowMs)},
            {QStringLiteral("retryServerErrors"), retryServerErrors},
            {QStringLiteral("nonRetryableStatuses"), toArray(nonRetryableStatuses)},
            {QStringLiteral("retryStatuses"), toArray(retryStatuses)},
            {QStringLiteral("ordering"), ordering},
            {QStringLiteral("timeoutMs"), double(timeoutMs)},
            {QStringLiteral("leaseMs"), double(leaseMs)},
            {QStringLiteral("maxInFlight"), maxInFlight},
            {QStringLiteral("requestsPerSecond"), requestsPerSecond},
            {QStringLiteral("burst"), burst},
            {QStringLiteral("breakerFailureRate"), breakerFailureRate},
            {QStringLiteral("breakerMinRequests"), breakerMinRequests},
            {QStringLiteral("breakerWindowMs"), double(breakerWindowMs)},
            {QStringLiteral("breakerOpenMs"), double(breakerOpenMs)}};
}

bool DeliveryPolicy::isRetryableStatus(int httpStatus) const {
    if (retryStatuses.contains(httpStatus))
        return true;
    if (httpStatus >= 500 && httpStatus <= 599)
        return retryServerErrors && !nonRetryableStatuses.contains(httpStatus);
    return false;
}

qint64 DeliveryPolicy::backoffMs(int failedAttempts, double random01) const {
    const int exponent = std::clamp(failedAttempts - 1, 0, 40);
    const double raw = double(initialBackoffMs) * std::pow(2.0, exponent);
    const double capped = std::min(raw, double(maxBackoffMs));
    const double jittered = capped * (1.0 - jitter * std::clamp(random01, 0.0, 1.0));
    return std::max<qint64>(1, qint64(jittered));
}

double DeliveryPolicy::effectiveRate(const ConnectorLimits &limits) const {
    const double rate = requestsPerSecond > 0 ? requestsPerSecond : limits.requestsPerSecond;
    return rate > 0 ? rate : 10.0;
}

int DeliveryPolicy::effectiveBurst(const ConnectorLimits &limits) const {
    const int b = burst > 0 ? burst : limits.burst;
    return std::max(1, b);
}

} // namespace sb
