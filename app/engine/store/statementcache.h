#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace sb {

// SQL NULL as a bind argument.
struct SqlNull {};
inline constexpr SqlNull sqlNull{};

// One prepared SQLite statement, used through StatementCache. Binds are 1-based as in SQLite; a
// failing step throws sql::Error naming the statement. Reads are valid until the next step or reset.
class Statement {
public:
    Statement(sqlite3 *db, sqlite3_stmt *statement, std::string text);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, bool value) { return bind(index, qint64(value ? 1 : 0)); }
    Statement &bind(int index, double value);
    // A null QString binds NULL; an empty one binds ''.
    Statement &bind(int index, const QString &text);
    // UTF-8 text; a null QByteArray binds NULL.
    Statement &bind(int index, const QByteArray &utf8);
    Statement &bind(int index, SqlNull);
    // Bytes stored as a BLOB (binds of QByteArray store UTF-8 TEXT).
    Statement &bindBlob(int index, const QByteArray &bytes);
    // A string literal would otherwise bind as the bool true: say QString or QByteArray.
    Statement &bind(int index, const char *) = delete;

    // Steps once: true while there is a row. At the end the statement resets itself.
    bool next();
    // Steps to the end (statements without rows).
    void run();
    // Ends a read early, releasing the statement for the next use.
    void reset();
    // The SQL this statement was prepared from.
    const std::string &text() const { return m_text; }

    bool isNull(int column) const;
    qint64 int64(int column) const;
    QString text(int column) const;
    QByteArray utf8(int column) const;

    qint64 lastInsertId() const;
    int changes() const;

private:
    friend class StatementCache;
    [[noreturn]] void fail(int code) const;
    void rewind(); // reset and clear the binds

    sqlite3 *m_db;
    sqlite3_stmt *m_statement;
    std::string m_text;
    // UTF-8 copies of bound QStrings, kept until the next rewind so SQLite need not copy them again.
    std::vector<QByteArray> m_boundText;
};

// The hot paths' statements on one connection, prepared once and run straight through SQLite's C API:
// QSqlQuery costs 25-60 k instructions a statement in binding and result plumbing, about as much as
// the statement itself. Use on the thread that owns the connection; clear() there before it closes.
class StatementCache {
public:
    StatementCache() = default;
    ~StatementCache();
    StatementCache(const StatementCache &) = delete;
    StatementCache &operator=(const StatementCache &) = delete;

    // The statement, reset and with its binds cleared, ready to bind.
    Statement &prepare(const QSqlDatabase &db, const char *sql);
    Statement &prepare(const QSqlDatabase &db, const std::string &sql);

    // Prepares, binds the arguments in order and returns the statement (call next() or run()).
    template<typename... Args>
    Statement &query(const QSqlDatabase &db, const char *sql, const Args &...args) {
        Statement &s = prepare(db, sql);
        int index = 0;
        (s.bind(++index, args), ...);
        return s;
    }
    template<typename... Args> void exec(const QSqlDatabase &db, const char *sql, const Args &...args) {
        query(db, sql, args...).run();
    }
    // First column of the first row as an integer; `found` says whether there was a row.
    template<typename... Args>
    qint64 scalarInt(const QSqlDatabase &db, const char *sql, bool *found, const Args &...args) {
        Statement &s = query(db, sql, args...);
        const bool row = s.next();
        const qint64 value = row ? s.int64(0) : 0;
        if (row)
            s.reset();
        if (found)
            *found = row;
        return value;
    }

    // Ends every read left open (a job that threw halfway), before a rollback or commit.
    void resetAll();
    void clear();

    // The SQLite handle behind a QSQLITE connection.
    static sqlite3 *handleOf(const QSqlDatabase &db);

private:
    sqlite3 *handleFor(const QSqlDatabase &db);
    Statement &rewound(Statement &statement);

    sqlite3 *m_db = nullptr;
    const void *m_driver = nullptr; // the QSqlDriver behind m_db: a cheap check that db is the same
    std::unordered_map<std::string, std::unique_ptr<Statement>> m_statements;
    // The same statements by the address of the caller's SQL text (a literal, nearly always): no
    // string built and hashed per statement. Checked against the text, so any pointer is safe.
    std::unordered_map<const char *, Statement *> m_byAddress;
};

} // namespace sb
