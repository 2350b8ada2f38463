#include "sourcestore.h"

#include <QRandomGenerator>
#include <QSqlQuery>

#include "core/clock.h"
#include "core/jsonutil.h"
#include "store/sql.h"
#include "store/workspace.h"
#include "store/writer.h"

namespace sb {

namespace {
QString randomHex(int bytes) {
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(raw.begin(), raw.end());
    return QString::fromLatin1(raw.toHex());
}
} // namespace

SourceStore::SourceStore(Workspace *workspace)
    : m_workspace(workspace) {}

const QStringList &SourceStore::kinds() {
    static const QStringList list = {QStringLiteral("smrt"),     QStringLiteral("ordergroove"),
                                     QStringLiteral("smile"),    QStringLiteral("segmentify"),
                                     QStringLiteral("shopline"), QStringLiteral("segment")};
    return list;
}

QString SourceStore::generateWriteKey() {
    return QStringLiteral("sbk_") + randomHex(16);
}

QString SourceStore::generateSecret() {
    return QStringLiteral("whsec_") + randomHex(24);
}

QList<SourceInfo> SourceStore::list() const {
    QList<SourceInfo> sources;
    QSqlQuery q = sql::exec(
        m_workspace->reader(),
        QStringLiteral("SELECT id, name, kind, write_key, webhook_secret, settings, enabled, created_at "
                       "FROM sources ORDER BY id"));
    while (q.next()) {
        SourceInfo s;
        s.id = q.value(0).toLongLong();
        s.name = q.value(1).toString();
        s.kind = q.value(2).toString();
        s.writeKey = q.value(3).toString();
        s.webhookSecret = q.value(4).toString();
        json::parseObject(q.value(5).toByteArray(), &s.settings, nullptr);
        s.enabled = q.value(6).toBool();
        s.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(7).toLongLong(), Qt::UTC);
        sources << s;
    }
    return sources;
}

Result<SourceInfo> SourceStore::add(const QString &name, const QString &kind, const QString &domain) {
    using R = Result<SourceInfo>;
    if (name.trimmed().isEmpty())
        return R::failure(QStringLiteral("a source needs a name"));
    if (!kinds().contains(kind))
        return R::failure(QStringLiteral("unknown source kind '%1'; known kinds: %2")
                              .arg(kind, kinds().join(QStringLiteral(", "))));
    SourceInfo source;
    source.name = name.trimmed();
    source.kind = kind;
    source.writeKey = generateWriteKey();
    source.webhookSecret = generateSecret();
    if (!domain.isEmpty())
        source.settings.insert(QStringLiteral("domain"), domain);
    const WriteResult result = m_workspace->writer()->run([source](WriteContext &c) {
        if (sql::scalar(c.db, QStringLiteral("SELECT 1 FROM sources WHERE name = ?"), {source.name})
                .isValid())
            throw sql::Error(QStringLiteral("a source named '%1' already exists").arg(source.name));
        QSqlQuery q = sql::exec(
            c.db,
            QStringLiteral("INSERT INTO sources(name, kind, write_key, webhook_secret, settings, created_at) "
                           "VALUES (?, ?, ?, ?, ?, ?)"),
            {source.name, source.kind, source.writeKey, source.webhookSecret,
             json::compactString(source.settings), c.clock->nowMs()});
        return q.lastInsertId();
    });
    if (!result.ok)
        return R::failure(result.error);
    source.id = result.value.toLongLong();
    source.createdAt = m_workspace->clock()->now();
    return source;
}

Status SourceStore::setEnabled(qint64 id, bool enabled) {
    const WriteResult result = m_workspace->writer()->run([id, enabled](WriteContext &c) {
        sql::exec(c.db, QStringLiteral("UPDATE sources SET enabled = ? WHERE id = ?"), {enabled ? 1 : 0, id});
        return QVariant();
    });
    return result.ok ? Status::success() : Status::failure(result.error);
}

} // namespace sb
