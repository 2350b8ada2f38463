#pragma once

#include <QString>
#include <optional>
#include <utility>

namespace sb {

// A value or a human-readable error that names what is wrong. Used at every boundary where bad
// input or a bad file must be reported rather than thrown across threads.
template<typename T> class Result {
public:
    Result(T value)
        : m_value(std::move(value)) {}
    static Result failure(QString error) {
        Result r;
        r.m_error = std::move(error);
        return r;
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    T take() { return std::move(*m_value); }
    const QString &error() const { return m_error; }

private:
    Result() = default;
    std::optional<T> m_value;
    QString m_error;
};

// For operations that return nothing but may fail.
struct Status {
    QString error;
    bool ok() const { return error.isEmpty(); }
    explicit operator bool() const { return ok(); }
    static Status success() { return {}; }
    static Status failure(QString e) { return {std::move(e)}; }
};

} // namespace sb
