#pragma once

#include <QByteArray>
#include <optional>

#include "connector.h"

namespace sb {

// How HTTP answers are read, shared by every connector (each adds its vendor's details):
// retryable are 5xx except 501 and 505, plus 408, 410, 429 and 460 (the rule of Segment's official
// library); other 4xx are terminal. Waiting times come from Retry-After or vendor rate-limit headers.
class ResponseRules {
public:
    static bool isRetryableStatus(int httpStatus);
    static ResponseClass classify(int httpStatus);
    // A header value by case-insensitive name; empty when absent.
    static QByteArray header(const HttpHeaders &headers, const QByteArray &name);
    // Retry-After (delta seconds) first, then the given reset headers (seconds until reset, e.g.
    // X-RateLimit-Reset, RateLimit-Reset). Epoch-style values and HTTP dates are ignored: the engine
    // then falls back to its own backoff.
    static std::optional<qint64> waitMs(const HttpHeaders &headers,
                                        const QList<QByteArray> &resetHeaders = {"X-RateLimit-Reset",
                                                                                 "RateLimit-Reset"});
    // The error body turned into a sentence: JSON:API errors, {"error"}, {"message"}, {"statusCode"},
    // or the first line of text.
    static QString reasonFromBody(const QByteArray &body);
    // "HTTP 401 Unauthorized: <reason>" with a hint for authentication failures.
    static QString describe(int httpStatus, const QByteArray &body);
    // The standard verdict: classify + waitMs + describe (success gets an empty reason).
    static ResponseVerdict verdict(int httpStatus, const HttpHeaders &headers, const QByteArray &body);
};

} // namespace sb
