#include "statementcache.h"

#include <QSqlDriver>
#include <cstring>
#include <sqlite3.h>

#include "sql.h"

namespace sb {

Statement::Statement(sqlite3 *db, sqlite3_stmt *statement, std::string text)
    : m_db(db)
    , m_statement(statement)
    , m_text(std::move(text)) {}

Statement::~Statement() {
    sqlite3_finalize(m_statement);
}

void Statement::fail(int) const {
    const QString message = QStringLiteral("SQL error: %1 (in: %2)")
                                .arg(QString::fromUtf8(sqlite3_errmsg(m_db)),
                                     QString::fromStdString(m_text).simplified().left(160));
    sqlite3_reset(m_statement);
    throw sql::Error(message);
}

Statement &Statement::bind(int index, qint64 value) {
    if (const int rc = sqlite3_bind_int64(m_statement, index, value); rc != SQLITE_OK)
        fail(rc);
    return *this;
}

Statement &Statement::bind(int index, double value) {
    if (const int rc = sqlite3_bind_double(m_statement, index, value); rc != SQLITE_OK)
        fail(rc);
    return *this;
}

Statement &Statement::bind(int index, const QString &text) {
    if (text.isNull())
        return bind(index, sqlNull);
    // Qt's UTF-8 encoder is much faster than SQLite's UTF-16 translation.
    m_boundText.push_back(text.toUtf8());
    const QByteArray &utf8 = m_boundText.back();
    const int rc = sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
    if (rc != SQLITE_OK)
        fail(rc);
    return *this;
}

Statement &Statement::bind(int index, const QByteArray &utf8) {
    if (utf8.isNull())
        return bind(index, sqlNull);
    const int rc =
        sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK)
        fail(rc);
    return *this;
}

Statement &Statement::bind(int index, SqlNull) {
    if (const int rc = sqlite3_bind_null(m_statement, index); rc != SQLITE_OK)
        fail(rc);
    return *this;
}

bool Statement::next() {
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE) {
        sqlite3_reset(m_statement);
        return false;
    }
    fail(rc);
}

void Statement::run() {
    while (next()) {
    }
}

void Statement::reset() {
    sqlite3_reset(m_statement);
}

void Statement::rewind() {
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    m_boundText.clear();
}

bool Statement::isNull(int column) const {
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 Statement::int64(int column) const {
    return sqlite3_column_int64(m_statement, column);
}

QString Statement::text(int column) const {
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column));
}

Statement &Statement::bindBlob(int index, const QByteArray &bytes) {
    const int rc =
        sqlite3_bind_blob(m_statement, index, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK)
        fail(rc);
    return *this;
}

QByteArray Statement::utf8(int column) const {
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    if (!data)
        return {};
    return QByteArray(data, sqlite3_column_bytes(m_statement, column));
}

qint64 Statement::lastInsertId() const {
    return sqlite3_last_insert_rowid(m_db);
}

int Statement::changes() const {
    return sqlite3_changes(m_db);
}

StatementCache::~StatementCache() {
    clear();
}

sqlite3 *StatementCache::handleOf(const QSqlDatabase &db) {
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        throw sql::Error(QStringLiteral("SQL error: connection '%1' is not an open SQLite database")
                             .arg(db.connectionName()));
    return *static_cast<sqlite3 *const *>(handle.constData());
}

sqlite3 *StatementCache::handleFor(const QSqlDatabase &db) {
    const void *driver = db.driver();
    if (driver != nullptr && driver == m_driver)
        return m_db;
    sqlite3 *handle = handleOf(db);
    if (handle != m_db) {
        clear();
        m_db = handle;
    }
    m_driver = driver;
    return handle;
}

Statement &StatementCache::rewound(Statement &statement) {
    statement.rewind();
    return statement;
}

Statement &StatementCache::prepare(const QSqlDatabase &db, const char *sql) {
    handleFor(db);
    if (const auto known = m_byAddress.find(sql);
        known != m_byAddress.end() && std::strcmp(known->second->text().c_str(), sql) == 0)
        return rewound(*known->second);
    Statement &statement = prepare(db, std::string(sql));
    m_byAddress[sql] = &statement;
    return statement;
}

Statement &StatementCache::prepare(const QSqlDatabase &db, const std::string &sql) {
    sqlite3 *handle = handleFor(db);
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v3(handle, sql.c_str(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &statement,
                               nullptr)
            != SQLITE_OK)
            throw sql::Error(QStringLiteral("SQL error: %1 (in: %2)")
                                 .arg(QString::fromUtf8(sqlite3_errmsg(handle)),
                                      QString::fromStdString(sql).simplified().left(160)));
        it = m_statements.emplace(sql, std::make_unique<Statement>(handle, statement, sql)).first;
    }
    return rewound(*it->second);
}

void StatementCache::resetAll() {
    for (auto &entry : m_statements)
        entry.second->reset();
}

void StatementCache::clear() {
    m_byAddress.clear();
    m_statements.clear();
    m_db = nullptr;
    m_driver = nullptr;
}

} // namespace sb
