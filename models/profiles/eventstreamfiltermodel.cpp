#include "eventstreamfiltermodel.h"

#include "eventstreammodel.h"

namespace sb {

void EventStreamFilterModel::setSourceId(qint64 sourceId) {
    if (sourceId == m_sourceId)
        return;
    m_sourceId = sourceId;
    invalidateFilter();
}

void EventStreamFilterModel::setEventType(const QString &type) {
    if (type == m_type)
        return;
    m_type = type;
    invalidateFilter();
}

void EventStreamFilterModel::setText(const QString &text) {
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

bool EventStreamFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const {
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_sourceId != 0 && index.data(EventStreamModel::SourceIdRole).toLongLong() != m_sourceId)
        return false;
    if (!m_type.isEmpty() && index.data(EventStreamModel::TypeRole).toString() != m_type)
        return false;
    if (!m_text.isEmpty()
        && !index.data(EventStreamModel::SearchTextRole).toString().contains(m_text, Qt::CaseInsensitive))
        return false;
    return true;
}

} // namespace sb
