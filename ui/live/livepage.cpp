#include "livepage.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "core/clock.h"
#include "delivery/deliverycontrol.h"
#include "delivery/deliverytablemodel.h"
#include "delivery/dispatcher.h"
#include "deliverydetailview.h"
#include "destinationcard.h"
#include "engine.h"
#include "livecharts.h"
#include "livecolors.h"
#include "replaydeaddialog.h"
#include "shell/consolecontext.h"
#include "statusdelegate.h"
#include "store/workspace.h"

namespace sb {

namespace {

constexpr int kRefreshIntervalMs = 1000;

// How many refresh ticks the charts wait between reloads: a 60 s bucket does not move every second.
int seriesEveryTicks(ChartRange range) {
    switch (range) {
    case ChartRange::TenMinutes:
        return 1;
    case ChartRange::OneHour:
        return 5;
    case ChartRange::OneDay:
        return 15;
    }
    return 1;
}

} // namespace

LivePage::LivePage(ConsoleContext *context, QWidget *parent)
    : ConsolePage(parent)
    , m_context(context) {
    m_control = new DeliveryControl(m_context->workspace);
    m_model = new DeliveryTableModel(m_context->workspace, this);
    buildUi();
    createActions();
    retranslateUi();
    applyPaletteColours();

    connect(m_model, &DeliveryTableModel::pageLoaded, this, [this] {
        selectPending();
        // Open on the newest delivery, so the detail pane shows something from the start.
        if (m_pendingSelect == 0 && !m_table->selectionModel()->hasSelection() && m_model->rowCount() > 0)
            m_table->selectRow(0);
        maybeMarkLoaded();
    });
    connect(m_model, &DeliveryTableModel::rowsReplaced, this, &LivePage::selectPending);
    connect(m_model, &DeliveryTableModel::dataChanged, this,
            [this](const QModelIndex &from, const QModelIndex &to) {
                const int row = m_model->rowOfDelivery(m_detail->deliveryId());
                if (row >= from.row() && row <= to.row())
                    m_detail->reload();
                updateActions();
            });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &LivePage::onCurrentRowChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &LivePage::updateActions);
    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, this,
            [this] { m_model->setWatchedRows(qMax(0, m_table->rowAt(0) - 50)); });
    connect(m_charts, &LiveCharts::rangeChanged, this, [this] {
        m_seriesDue = true;
        startSnapshot();
    });
    if (m_context->navigator)
        connect(m_context->navigator, &ConsoleNavigator::deliveryRequested, this, &LivePage::showDelivery);

    m_timer = new QTimer(this);
    m_timer->setInterval(kRefreshIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &LivePage::refreshNow); // started while the page shows

    m_model->setFilter(DeliveryFilter());
    startSnapshot();
    updateActions();
}

LivePage::~LivePage() {
    // Snapshot loads still running read the workspace: let them end first.
    const auto watchers = findChildren<QFutureWatcherBase *>(Qt::FindDirectChildrenOnly);
    for (QFutureWatcherBase *watcher : watchers)
        watcher->waitForFinished();
    delete m_control;
}

void LivePage::buildUi() {
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 8);
    layout->setSpacing(8);

    // Cards: one row, scrolling sideways when there are more than fit.
    m_cardsHost = new QWidget;
    m_cardsRow = new QHBoxLayout(m_cardsHost);
    m_cardsRow->setContentsMargins(0, 0, 0, 0);
    m_cardsRow->setSpacing(10);
    m_noDestinations = new QLabel;
    m_cardsRow->addWidget(m_noDestinations);
    m_cardsRow->addStretch();
    m_cardsArea = new QScrollArea;
    m_cardsArea->setWidget(m_cardsHost);
    m_cardsArea->setWidgetResizable(true);
    m_cardsArea->setFrameShape(QFrame::NoFrame);
    m_cardsArea->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_cardsArea->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_cardsArea->setFixedHeight(226);
    layout->addWidget(m_cardsArea);

    auto *vertical = new QSplitter(Qt::Vertical);
    vertical->setChildrenCollapsible(false);
    m_charts = new LiveCharts;
    vertical->addWidget(m_charts);

    auto *deliveries = new QWidget;
    auto *deliveriesLayout = new QVBoxLayout(deliveries);
    deliveriesLayout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    m_tableTitle = new QLabel;
    QFont bold = m_tableTitle->font();
    bold.setBold(true);
    m_tableTitle->setFont(bold);
    bar->addWidget(m_tableTitle);
    bar->addSpacing(12);
    m_destinationFilter = new QComboBox;
    m_destinationFilter->setObjectName(QStringLiteral("destinationFilter"));
    m_destinationFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_destinationFilter->addItem(QString(), 0);
    m_statusFilter = new QComboBox;
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->addItem(QString(), QString());
    for (const QString &status : DeliveryFilter::statuses())
        m_statusFilter->addItem(status, status);
    m_eventFilter = new QLineEdit;
    m_eventFilter->setObjectName(QStringLiteral("eventFilter"));
    m_eventFilter->setClearButtonEnabled(true);
    m_profileFilter = new QLineEdit;
    m_profileFilter->setObjectName(QStringLiteral("profileFilter"));
    m_profileFilter->setClearButtonEnabled(true);
    bar->addWidget(m_destinationFilter);
    bar->addWidget(m_statusFilter);
    bar->addWidget(m_eventFilter, 1);
    bar->addWidget(m_profileFilter, 1);
    m_singleDelivery = new QLabel;
    m_showAll = new QPushButton;
    m_showAll->setObjectName(QStringLiteral("showAllButton"));
    m_singleDelivery->hide();
    m_showAll->hide();
    bar->addWidget(m_singleDelivery);
    bar->addWidget(m_showAll);
    deliveriesLayout->addLayout(bar);

    m_filterDebounce = new QTimer(this);
    m_filterDebounce->setSingleShot(true);
    m_filterDebounce->setInterval(300);
    connect(m_filterDebounce, &QTimer::timeout, this, &LivePage::applyFilterFromBar);
    connect(m_destinationFilter, &QComboBox::currentIndexChanged, this, &LivePage::applyFilterFromBar);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &LivePage::applyFilterFromBar);
    connect(m_eventFilter, &QLineEdit::textEdited, m_filterDebounce, qOverload<>(&QTimer::start));
    connect(m_profileFilter, &QLineEdit::textEdited, m_filterDebounce, qOverload<>(&QTimer::start));
    connect(m_eventFilter, &QLineEdit::returnPressed, this, &LivePage::applyFilterFromBar);
    connect(m_profileFilter, &QLineEdit::returnPressed, this, &LivePage::applyFilterFromBar);
    connect(m_showAll, &QPushButton::clicked, this, [this] {
        m_singleDeliveryId = 0;
        applyFilterFromBar();
    });

    auto *horizontal = new QSplitter(Qt::Horizontal);
    horizontal->setChildrenCollapsible(false);
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("deliveryTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    const int digit = m_table->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    m_table->setColumnWidth(DeliveryTableModel::IdColumn, digit * 8);
    m_table->setColumnWidth(DeliveryTableModel::TimeColumn, digit * 13);
    m_table->setColumnWidth(DeliveryTableModel::DestinationColumn, digit * 15);
    m_table->setColumnWidth(DeliveryTableModel::EventColumn, digit * 17);
    m_table->setColumnWidth(DeliveryTableModel::ProfileColumn, digit * 20);
    m_table->setColumnWidth(DeliveryTableModel::StatusColumn, digit * 12);
    m_table->setColumnWidth(DeliveryTableModel::AttemptsColumn, digit * 9);
    m_table->setColumnWidth(DeliveryTableModel::NextAttemptColumn, digit * 12);
    m_table->setItemDelegateForColumn(DeliveryTableModel::StatusColumn,
                                      new StatusDelegate(DeliveryTableModel::StatusRole, this));
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &LivePage::showContextMenu);
    horizontal->addWidget(m_table);
    m_detail = new DeliveryDetailView(m_context->workspace);
    horizontal->addWidget(m_detail);
    horizontal->setStretchFactor(0, 1);
    horizontal->setStretchFactor(1, 1);
    horizontal->setSizes({560, 520});
    deliveriesLayout->addWidget(horizontal, 1);
    vertical->addWidget(deliveries);
    vertical->setStretchFactor(0, 2);
    vertical->setStretchFactor(1, 3);
    vertical->setSizes({250, 380});
    layout->addWidget(vertical, 1);

    auto *footer = new QHBoxLayout;
    m_actionsBar = new QToolBar;
    m_actionsBar->setObjectName(QStringLiteral("liveActions"));
    m_actionsBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_actionsBar->setIconSize(QSize(16, 16));
    footer->addWidget(m_actionsBar);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("statusLine"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_liveHint = new QLabel;
    m_liveHint->setObjectName(QStringLiteral("liveHint"));
    footer->addWidget(m_status, 1);
    footer->addWidget(m_liveHint);
    layout->addLayout(footer);
}

void LivePage::createActions() {
    auto make = [this](QAction *&action, const QKeySequence &key, void (LivePage::*slot)()) {
        action = new QAction(this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        connect(action, &QAction::triggered, this, slot);
    };
    make(m_retryAction, QKeySequence(Qt::CTRL | Qt::Key_R), &LivePage::retrySelected);
    make(m_replayAction, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), &LivePage::replaySelected);
    m_replayDeadAction = new QAction(this);
    m_replayDeadAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_replayDeadAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_replayDeadAction);
    connect(m_replayDeadAction, &QAction::triggered, this, [this] { replayDeadSince(); });
    make(m_discardAction, QKeySequence(Qt::Key_Delete), &LivePage::discardSelected);
    m_pauseAction = new QAction(this);
    m_pauseAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_pauseAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_pauseAction);
    connect(m_pauseAction, &QAction::triggered, this, [this] { togglePause(); });
    make(m_refreshAction, QKeySequence(QKeySequence::Refresh), &LivePage::refreshNow);
    for (QAction *action : {m_retryAction, m_replayAction, m_discardAction})
        m_actionsBar->addAction(action);
    m_actionsBar->addSeparator();
    m_actionsBar->addAction(m_replayDeadAction);
    m_actionsBar->addAction(m_pauseAction);
}

void LivePage::retranslateUi() {
    m_noDestinations->setText(tr("No destinations yet: add one on the Destinations page."));
    m_cardsArea->setAccessibleName(tr("Destinations"));
    m_tableTitle->setText(tr("Deliveries"));
    m_destinationFilter->setItemText(0, tr("All destinations"));
    m_statusFilter->setItemText(0, tr("Any status"));
    m_destinationFilter->setAccessibleName(tr("Filter by destination"));
    m_statusFilter->setAccessibleName(tr("Filter by status"));
    m_eventFilter->setPlaceholderText(tr("Event type, e.g. Order Created"));
    m_eventFilter->setAccessibleName(tr("Filter by event type"));
    m_profileFilter->setPlaceholderText(tr("Profile id or email"));
    m_profileFilter->setAccessibleName(tr("Filter by profile id or email"));
    m_showAll->setText(tr("Show all"));
    m_showAll->setAccessibleName(tr("Show all deliveries again"));
    m_singleDelivery->setText(tr("Showing delivery %1").arg(m_singleDeliveryId));
    m_table->setAccessibleName(tr("Deliveries, newest first"));
    updateLiveHint();
    m_retryAction->setText(tr("Retry now"));
    m_retryAction->setToolTip(tr("Send the selected retrying deliveries now instead of waiting"));
    m_replayAction->setText(tr("Replay"));
    m_replayAction->setToolTip(tr("Send the selected finished deliveries again"));
    m_replayDeadAction->setText(tr("Replay dead letters since…"));
    m_discardAction->setText(tr("Discard"));
    m_discardAction->setToolTip(tr("Drop the selected open deliveries; they are not sent"));
    m_refreshAction->setText(tr("Refresh"));
    emit m_model->headerDataChanged(Qt::Horizontal, 0, DeliveryTableModel::ColumnCount - 1);
    m_actionsBar->setAccessibleName(tr("Delivery actions"));
    // Tooltips name the shortcut, so the keys can be learned from the buttons.
    for (QAction *action :
         {m_retryAction, m_replayAction, m_discardAction, m_replayDeadAction, m_refreshAction}) {
        const QString base = action->toolTip().section(QStringLiteral(" ("), 0, 0);
        action->setToolTip(QStringLiteral("%1 (%2)").arg(
            base.isEmpty() ? action->text() : base, action->shortcut().toString(QKeySequence::NativeText)));
    }
    updateActions();
}

void LivePage::applyPaletteColours() {
    const QString secondary = QStringLiteral("color: %1").arg(LiveColors::secondaryText(palette()).name());
    m_noDestinations->setStyleSheet(secondary);
    m_liveHint->setStyleSheet(secondary);
    setStatus(m_status->text(), m_statusIsError);
}

void LivePage::showEvent(QShowEvent *event) {
    ConsolePage::showEvent(event);
    if (!m_timer->isActive()) {
        refreshNow();
        m_timer->start();
    }
}

void LivePage::hideEvent(QHideEvent *event) {
    // Nobody looks: no queries every second in the background.
    m_timer->stop();
    ConsolePage::hideEvent(event);
}

void LivePage::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        applyPaletteColours();
    ConsolePage::changeEvent(event);
}

QString LivePage::statusMessage() const {
    return m_status->text();
}

void LivePage::refreshNow() {
    startSnapshot();
    m_model->refresh();
}

void LivePage::startSnapshot() {
    if (m_snapshotLoading)
        return;
    m_snapshotLoading = true;
    const bool withSeries = m_seriesDue || ++m_ticksSinceSeries >= seriesEveryTicks(m_charts->range());
    if (withSeries) {
        m_seriesDue = false;
        m_ticksSinceSeries = 0;
    }
    Workspace *workspace = m_context->workspace;
    const qint64 now = workspace->clock() ? workspace->clock()->nowMs() : QDateTime::currentMSecsSinceEpoch();
    const ChartRange range = m_charts->range();
    auto *watcher = new QFutureWatcher<LiveSnapshot>(this);
    connect(watcher, &QFutureWatcher<LiveSnapshot>::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_snapshotLoading = false;
        applySnapshot(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([workspace, now, withSeries, range] {
        return LiveSnapshot::load(workspace, now, withSeries, range);
    }));
}

void LivePage::applySnapshot(const LiveSnapshot &loaded) {
    LiveSnapshot snapshot = loaded;
    if (!snapshot.error.isEmpty()) {
        setStatus(tr("Could not read the delivery figures: %1").arg(snapshot.error), true);
        return;
    }
    // The in-process engine knows its breaker and rate limit now; the stored copy may be a second old.
    if (m_context->engine && m_context->engine->dispatcher())
        snapshot.applyRuntimeState(m_context->engine->dispatcher()->runtimeState());
    m_figures = snapshot.destinations;

    QSet<qint64> seen;
    for (const DestinationFigures &f : std::as_const(snapshot.destinations)) {
        seen.insert(f.id);
        DestinationCard *card = m_cards.value(f.id);
        if (!card) {
            // New destinations come last (ids grow): before the placeholder label and the stretch.
            m_cardsRow->insertWidget(qMax(0, m_cardsRow->count() - 2), card = new DestinationCard);
            card->setObjectName(QStringLiteral("card-%1").arg(f.id));
            connect(card, &DestinationCard::pauseRequested, this,
                    [this](qint64 id, bool pause) { togglePause(id, pause ? 1 : 0); });
            connect(card, &DestinationCard::replayDeadRequested, this,
                    [this](qint64 id) { replayDeadSince(id); });
            m_cards.insert(f.id, card);
            card->show(); // now, not at the next event loop turn: the page may be pictured right away
        }
        card->setFigures(f, snapshot.nowMs);
    }
    for (auto it = m_cards.begin(); it != m_cards.end();) {
        if (seen.contains(it.key())) {
            ++it;
            continue;
        }
        it.value()->deleteLater();
        it = m_cards.erase(it);
    }
    m_noDestinations->setVisible(m_cards.isEmpty());
    m_charts->setSnapshot(snapshot);
    m_acceptedWaiting = snapshot.acceptedWaiting;
    m_acceptFailedRows = snapshot.acceptFailedRows;
    updateLiveHint();
    updateDestinationChoices();
    updateActions();
    m_snapshotShown = true;
    maybeMarkLoaded();
    emit snapshotApplied();
}

void LivePage::updateDestinationChoices() {
    QList<QPair<qint64, QString>> wanted;
    for (const DestinationFigures &f : std::as_const(m_figures))
        wanted.append({f.id, f.name});
    QList<QPair<qint64, QString>> current;
    for (int i = 1; i < m_destinationFilter->count(); ++i)
        current.append({m_destinationFilter->itemData(i).toLongLong(), m_destinationFilter->itemText(i)});
    if (wanted == current)
        return;
    const qint64 selected = m_destinationFilter->currentData().toLongLong();
    const QSignalBlocker block(m_destinationFilter);
    while (m_destinationFilter->count() > 1)
        m_destinationFilter->removeItem(1);
    for (const auto &d : wanted)
        m_destinationFilter->addItem(d.second, d.first);
    const int index = m_destinationFilter->findData(selected);
    m_destinationFilter->setCurrentIndex(index < 0 ? 0 : index);
}

void LivePage::maybeMarkLoaded() {
    if (m_snapshotShown && m_model->hasLoadedOnce())
        markLoaded();
}

DeliveryFilter LivePage::filter() const {
    return m_model->filter();
}

void LivePage::setFilter(const DeliveryFilter &filter) {
    {
        m_applyingFilter = true;
        const QSignalBlocker a(m_destinationFilter), b(m_statusFilter);
        int index = m_destinationFilter->findData(filter.destinationId);
        if (index < 0 && filter.destinationId > 0) {
            m_destinationFilter->addItem(tr("Destination %1").arg(filter.destinationId),
                                         filter.destinationId);
            index = m_destinationFilter->count() - 1;
        }
        m_destinationFilter->setCurrentIndex(qMax(0, index));
        m_statusFilter->setCurrentIndex(qMax(0, m_statusFilter->findData(filter.status)));
        m_eventFilter->setText(filter.eventType);
        m_profileFilter->setText(filter.profile);
        m_applyingFilter = false;
    }
    m_singleDeliveryId = filter.deliveryId;
    m_filterDebounce->stop();
    m_singleDelivery->setText(tr("Showing delivery %1").arg(m_singleDeliveryId));
    m_singleDelivery->setVisible(m_singleDeliveryId > 0);
    m_showAll->setVisible(m_singleDeliveryId > 0);
    if (filter != m_model->filter() || !m_model->hasLoadedOnce())
        m_model->setFilter(filter);
}

void LivePage::applyFilterFromBar() {
    if (m_applyingFilter)
        return;
    DeliveryFilter f;
    f.destinationId = m_destinationFilter->currentData().toLongLong();
    f.status = m_statusFilter->currentData().toString();
    f.eventType = m_eventFilter->text().trimmed();
    f.profile = m_profileFilter->text().trimmed();
    f.deliveryId = m_singleDeliveryId;
    setFilter(f);
}

void LivePage::showDelivery(qint64 deliveryId) {
    if (deliveryId <= 0)
        return;
    m_detail->showDelivery(deliveryId);
    const int row = m_model->rowOfDelivery(deliveryId);
    if (row >= 0) {
        m_pendingSelect = 0;
        m_table->selectRow(row);
        m_table->scrollTo(m_model->index(row, 0));
        return;
    }
    m_pendingSelect = deliveryId;
    DeliveryFilter f;
    f.deliveryId = deliveryId;
    setFilter(f);
}

void LivePage::selectPending() {
    if (m_pendingSelect <= 0)
        return;
    const int row = m_model->rowOfDelivery(m_pendingSelect);
    if (row < 0)
        return;
    m_pendingSelect = 0;
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
}

void LivePage::onCurrentRowChanged() {
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid())
        return;
    m_detail->showDelivery(current.data(DeliveryTableModel::DeliveryIdRole).toLongLong());
    updateActions();
}

QList<qint64> LivePage::selectedIds() const {
    QList<qint64> ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids << index.data(DeliveryTableModel::DeliveryIdRole).toLongLong();
    std::sort(ids.begin(), ids.end());
    return ids;
}

qint64 LivePage::currentDestinationId() const {
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (current.isValid())
        return current.data(DeliveryTableModel::DestinationIdRole).toLongLong();
    if (m_model->filter().destinationId > 0)
        return m_model->filter().destinationId;
    return m_figures.size() == 1 ? m_figures.constFirst().id : 0;
}

void LivePage::updateActions() {
    if (!m_retryAction)
        return;
    const bool any = m_table->selectionModel()->hasSelection();
    m_retryAction->setEnabled(any);
    m_replayAction->setEnabled(any);
    m_discardAction->setEnabled(any);
    m_replayDeadAction->setEnabled(!m_figures.isEmpty());
    const qint64 destination = currentDestinationId();
    bool paused = false;
    QString name;
    for (const DestinationFigures &f : std::as_const(m_figures))
        if (f.id == destination) {
            paused = f.paused;
            name = f.name;
        }
    m_pauseAction->setEnabled(destination > 0);
    m_pauseAction->setText(name.isEmpty() ? tr("Pause destination")
                                          : (paused ? tr("Resume %1").arg(name) : tr("Pause %1").arg(name)));
}

void LivePage::showContextMenu(const QPoint &pos) {
    updateActions();
    QMenu menu(this);
    menu.addAction(m_retryAction);
    menu.addAction(m_replayAction);
    menu.addAction(m_discardAction);
    menu.addSeparator();
    menu.addAction(m_replayDeadAction);
    menu.addAction(m_pauseAction);
    menu.addSeparator();
    menu.addAction(m_refreshAction);
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

bool LivePage::confirm(const QString &title, const QString &text) {
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setDefaultButton(QMessageBox::Cancel);
    box.setObjectName(QStringLiteral("liveConfirmation"));
    return box.exec() == QMessageBox::Yes;
}

// Under a burst, ingest answers once events are durable and stores them just after: say how far
// behind storing is, since those events are not in the tables yet.
void LivePage::updateLiveHint() {
    QStringList parts{tr("Live · updates every second")};
    const QLocale locale;
    if (m_acceptedWaiting == 1)
        parts << tr("1 accepted event waiting to be stored");
    else if (m_acceptedWaiting > 1)
        parts << tr("%1 accepted events waiting to be stored").arg(locale.toString(m_acceptedWaiting));
    if (m_acceptFailedRows == 1)
        parts << tr("1 accepted request could not be stored: see switchboard-ctl status");
    else if (m_acceptFailedRows > 1)
        parts << tr("%1 accepted requests could not be stored: see switchboard-ctl status")
                     .arg(locale.toString(m_acceptFailedRows));
    m_liveHint->setText(parts.join(QStringLiteral(" · ")));
}

void LivePage::setStatus(const QString &text, bool error) {
    m_statusIsError = error;
    m_status->setText(text);
    m_status->setStyleSheet(error ? LiveColors::textStyle(LiveColors::Tone::Bad, palette()) : QString());
}

void LivePage::runControl(const QFuture<WriteResult> &future, const QList<qint64> &ids,
                          const std::function<QString(int)> &describe) {
    auto *watcher = new QFutureWatcher<WriteResult>(this);
    connect(watcher, &QFutureWatcher<WriteResult>::finished, this, [this, watcher, ids, describe] {
        watcher->deleteLater();
        const WriteResult result = watcher->result();
        const QString message =
            result.ok ? describe(result.value.toInt()) : tr("Failed: %1").arg(result.error);
        setStatus(message, !result.ok);
        m_model->refresh(ids);
        m_detail->reload();
        startSnapshot();
        emit actionFinished(result.ok, message);
    });
    watcher->setFuture(future);
}

void LivePage::retrySelected() {
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    runControl(m_control->retryNow(ids), ids, [this, ids](int n) {
        return n == 0 ? tr("None of the selected deliveries was waiting for a retry.")
                      : tr("%1 of %2 selected deliveries will be retried now.").arg(n).arg(ids.size());
    });
}

void LivePage::replaySelected() {
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    if (!confirm(tr("Replay deliveries"),
                 tr("Send %n delivery(s) again? Delivered ones reach the destination a second time (with the "
                    "same idempotency key); open ones are left alone.",
                    nullptr, int(ids.size()))))
        return;
    runControl(m_control->replay(ids), ids, [this, ids](int n) {
        return n == 0 ? tr("Nothing to replay: the selected deliveries are still open.")
                      : tr("%1 of %2 selected deliveries queued again.").arg(n).arg(ids.size());
    });
}

void LivePage::replayDeadSince(qint64 destinationId) {
    QList<ReplayDeadDialog::Choice> choices;
    for (const DestinationFigures &f : std::as_const(m_figures))
        choices.append({f.id, f.name, f.dead});
    if (choices.isEmpty())
        return;
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_context->workspace->clock()->nowMs());
    ReplayDeadDialog dialog(choices, destinationId > 0 ? destinationId : currentDestinationId(),
                            now.addSecs(-3600), this);
    dialog.setObjectName(QStringLiteral("replayDeadDialog"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const qint64 id = dialog.destinationId();
    const QDateTime since = dialog.since();
    runControl(m_control->replayDeadSince(id, since), {}, [this, since](int n) {
        return tr("%n dead letter(s) since %1 queued again.", nullptr, n)
            .arg(QLocale().toString(since, QLocale::ShortFormat));
    });
}

void LivePage::discardSelected() {
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    if (!confirm(
            tr("Discard deliveries"),
            tr("Discard %n delivery(s)? They will not be sent, and later events of the same profile stop "
               "waiting for them. Only open deliveries (pending, retrying, blocked) are discarded.",
               nullptr, int(ids.size()))))
        return;
    runControl(m_control->discard(ids), ids, [this, ids](int n) {
        return n == 0 ? tr("Nothing discarded: none of the selected deliveries was open.")
                      : tr("%1 of %2 selected deliveries discarded.").arg(n).arg(ids.size());
    });
}

void LivePage::togglePause(qint64 destinationId, int pause) {
    const qint64 id = destinationId > 0 ? destinationId : currentDestinationId();
    if (id <= 0)
        return;
    QString name = QString::number(id);
    bool paused = false;
    for (const DestinationFigures &f : std::as_const(m_figures))
        if (f.id == id) {
            name = f.name;
            paused = f.paused;
        }
    const bool wantPaused = pause < 0 ? !paused : pause == 1;
    runControl(m_control->setPaused(id, wantPaused), {}, [this, name, wantPaused](int) {
        return wantPaused ? tr("%1 paused: nothing is sent until it is resumed.").arg(name)
                          : tr("%1 resumed.").arg(name);
    });
}

} // namespace sb
