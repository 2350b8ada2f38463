#include "overviewpage.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

#include "store/workspace.h"
#include "tablecountsmodel.h"

namespace sb {

OverviewPage::OverviewPage(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_model(new TableCountsModel(workspace, this))
    , m_summary(new QLabel)
    , m_databasePath(workspace->databasePath()) {
    auto *title = m_title = new QLabel;
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *table = m_table = new QTableView;
    table->setModel(m_model);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    table->setAlternatingRowColors(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(title);
    layout->addWidget(m_summary);
    layout->addSpacing(8);
    layout->addWidget(table, 1);

    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    connect(m_refreshTimer, &QTimer::timeout, m_model, &TableCountsModel::refresh);
    connect(m_model, &TableCountsModel::refreshed, this, &OverviewPage::onRefreshed);
    m_model->refresh();
    retranslateUi();
}

int OverviewPage::nextRefreshMs() const {
    return int(std::clamp<qint64>(m_model->lastCountMs() * kMaxCountShare, kRefreshMs, 10 * 60'000));
}

bool OverviewPage::refreshScheduled() const {
    return m_refreshTimer->isActive();
}

void OverviewPage::onRefreshed() {
    updateSummary();
    if (isVisible())
        m_refreshTimer->start(nextRefreshMs());
}

void OverviewPage::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    if (!m_refreshTimer->isActive())
        m_model->refresh(); // its result schedules the next one
}

void OverviewPage::hideEvent(QHideEvent *event) {
    QWidget::hideEvent(event);
    m_refreshTimer->stop();
}

void OverviewPage::retranslateUi() {
    m_title->setText(tr("Workspace"));
    m_table->setAccessibleName(tr("Table row counts"));
    updateSummary();
}

void OverviewPage::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // Header titles come from the model.
        emit m_model->headerDataChanged(Qt::Horizontal, 0, m_model->columnCount() - 1);
    }
    QWidget::changeEvent(event);
}

void OverviewPage::updateSummary() {
    QString text =
        m_model->schemaVersion() == 0
            ? tr("Location: %1").arg(m_databasePath)
            : tr("Location: %1 · schema version %2").arg(m_databasePath).arg(m_model->schemaVersion());
    if (!m_model->lastError().isEmpty())
        text += QStringLiteral(" · ") + m_model->lastError();
    m_summary->setText(text);
}

} // namespace sb
