#include "workspace.h"

#include <QAtomicInteger>
#include <QDir>
#include <QHash>
#include <QThreadStorage>

#include "core/clock.h"
#include "database.h"
#include "migrations.h"
#include "writer.h"

namespace sb {

namespace {

QString nextInstanceId() {
    static QAtomicInteger<quint64> counter;
    return QString::number(counter.fetchAndAddRelaxed(1) + 1);
}

// Closes this thread's read connections when the thread finishes.
struct ThreadConnections {
    QHash<QString, QString> byWorkspace; // instance id -> connection name
    ~ThreadConnections() {
        for (const QString &name : std::as_const(byWorkspace))
            Database::close(name);
    }
};

QThreadStorage<ThreadConnections *> &threadConnections() {
    static QThreadStorage<ThreadConnections *> storage;
    return storage;
}

} // namespace

Workspace::Workspace(QString directory, Clock *clock)
    : m_directory(std::move(directory))
    , m_instanceId(nextInstanceId())
    , m_clock(clock) {}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString &directory, OpenMode mode, Clock *clock) {
    using R = Result<std::unique_ptr<Workspace>>;
    if (!clock)
        clock = Clock::system();
    const QString absolute = QDir(directory).absolutePath();
    const QString path = QDir(absolute).filePath(QString::fromLatin1(kDatabaseFileName));
    if (mode == OpenMode::MustExist && !QFile::exists(path))
        return R::failure(QStringLiteral("no Switchboard workspace at %1 (missing %2); create one with "
                                         "'switchboard-ctl --workspace %1 init'")
                              .arg(absolute, QString::fromLatin1(kDatabaseFileName)));
    if (!QDir().mkpath(absolute))
        return R::failure(QStringLiteral("cannot create workspace folder %1").arg(absolute));

    std::unique_ptr<Workspace> workspace(new Workspace(absolute, clock));

    // Validate and migrate on a short-lived connection before the writer thread takes over.
    const QString setupName = QStringLiteral("sb-setup-") + workspace->m_instanceId;
    {
        Result<QSqlDatabase> db = Database::open(path, setupName, Database::Access::ReadWrite);
        if (!db)
            return R::failure(db.error());
        const Status migrated = Migrations::migrate(db.value());
        db = Result<QSqlDatabase>(QSqlDatabase());
        Database::close(setupName);
        if (!migrated)
            return R::failure(migrated.error);
    }

    workspace->m_writer =
        std::make_unique<Writer>(path, QStringLiteral("sb-writer-") + workspace->m_instanceId, clock);
    if (const QString error = workspace->m_writer->openError(); !error.isEmpty())
        return R::failure(error);
    return workspace;
}

Workspace::~Workspace() {
    if (m_writer)
        m_writer->shutdown();
    if (ThreadConnections *mine =
            threadConnections().hasLocalData() ? threadConnections().localData() : nullptr) {
        const QString name = mine->byWorkspace.take(m_instanceId);
        if (!name.isEmpty())
            Database::close(name);
    }
}

QString Workspace::databasePath() const {
    return QDir(m_directory).filePath(QString::fromLatin1(kDatabaseFileName));
}

QSqlDatabase Workspace::reader() const {
    if (!threadConnections().hasLocalData())
        threadConnections().setLocalData(new ThreadConnections);
    ThreadConnections *mine = threadConnections().localData();
    auto found = mine->byWorkspace.constFind(m_instanceId);
    if (found != mine->byWorkspace.constEnd())
        return QSqlDatabase::database(*found, false);

    const QString name =
        QStringLiteral("sb-read-%1-%2").arg(m_instanceId).arg(quintptr(QThread::currentThreadId()), 0, 16);
    Result<QSqlDatabase> db = Database::open(databasePath(), name, Database::Access::ReadOnly);
    if (!db) {
        qWarning("Switchboard: %s", qPrintable(db.error()));
        return {};
    }
    mine->byWorkspace.insert(m_instanceId, name);
    return db.value();
}

} // namespace sb
