#pragma once

#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <memory>

#include "core/result.h"

namespace sb {

class Clock;
class Writer;

// A workspace is one folder holding one SQLite database (switchboard.db, WAL mode). It owns the
// writer thread and hands out one read connection per thread that asks.
class Workspace : public QObject {
    Q_OBJECT
public:
    enum class OpenMode { CreateIfMissing, MustExist };

    static constexpr const char *kDatabaseFileName = "switchboard.db";

    static Result<std::unique_ptr<Workspace>> open(const QString &directory, OpenMode mode,
                                                   Clock *clock = nullptr);
    ~Workspace() override;

    QString directory() const { return m_directory; }
    QString databasePath() const;
    Clock *clock() const { return m_clock; }
    Writer *writer() const { return m_writer.get(); }

    // A read-only connection owned by the calling thread (created on first use, closed when the
    // thread ends). Never share the returned handle with another thread.
    QSqlDatabase reader() const;

private:
    Workspace(QString directory, Clock *clock);

    const QString m_directory;
    const QString m_instanceId;
    Clock *const m_clock;
    std::unique_ptr<Writer> m_writer;
};

} // namespace sb
