#pragma once

#include <QSortFilterProxyModel>

namespace sb {

// Narrows the event stream by source, type and a free text (id, name, message id, source, profile).
class EventStreamFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setSourceId(qint64 sourceId);
    void setEventType(const QString &type);
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    qint64 m_sourceId = 0;
    QString m_type;
    QString m_text;
};

} // namespace sb
