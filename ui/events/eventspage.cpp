#include "eventspage.h"

#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "profiles/eventqueries.h"
#include "profiles/eventstreamfiltermodel.h"
#include "profiles/eventstreammodel.h"
#include "profiles/queryrunner.h"
#include "shell/consolecontext.h"

namespace sb {

namespace {

const char *const kEventTypes[] = {"track", "identify", "page", "screen", "group", "alias"};
constexpr int kDeliveryIdRole = Qt::UserRole + 1;

} // namespace

EventsPage::EventsPage(ConsoleContext *context, QWidget *parent)
    : ConsolePage(parent)
    , m_context(context)
    , m_stream(new EventStreamModel(context->workspace, this))
    , m_filter(new EventStreamFilterModel(this))
    , m_runner(new QueryRunner(context->workspace, 1, this))
    , m_sourceLabel(new QLabel(this))
    , m_sourceFilter(new QComboBox(this))
    , m_typeLabel(new QLabel(this))
    , m_typeFilter(new QComboBox(this))
    , m_text(new QLineEdit(this))
    , m_pause(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_view(new QTableView(this))
    , m_detailTitle(new QLabel(this))
    , m_openProfile(new QPushButton(this))
    , m_payload(new QPlainTextEdit(this))
    , m_outcomes(new QTreeWidget(this)) {
    m_filter->setSourceModel(m_stream);
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    // Uniform rows: the view never measures 10,000 rows to lay them out.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_pause->setCheckable(true);
    m_text->setClearButtonEnabled(true);
    m_sourceFilter->addItem(QString(), qint64(0));
    m_payload->setReadOnly(true);
    m_payload->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_outcomes->setColumnCount(4);
    m_outcomes->setRootIsDecorated(false);
    m_openProfile->setEnabled(false);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_sourceLabel);
    filters->addWidget(m_sourceFilter);
    filters->addWidget(m_typeLabel);
    filters->addWidget(m_typeFilter);
    filters->addWidget(m_text, 1);
    filters->addWidget(m_pause);
    filters->addWidget(m_status);

    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_detailTitle, 1);
    titleRow->addWidget(m_openProfile);
    auto *detailSplit = new QSplitter(Qt::Horizontal, detail);
    detailSplit->addWidget(m_payload);
    detailSplit->addWidget(m_outcomes);
    detailLayout->addLayout(titleRow);
    detailLayout->addWidget(detailSplit, 1);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(split, 1);
    retranslateUi();
    fillTypeFilter();

    connect(m_sourceFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setSourceId(m_sourceFilter->currentData().toLongLong()); });
    connect(m_typeFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setEventType(m_typeFilter->currentData().toString()); });
    connect(m_text, &QLineEdit::textChanged, m_filter, &EventStreamFilterModel::setText);
    connect(m_pause, &QPushButton::toggled, this, [this](bool paused) {
        m_stream->setPaused(paused);
        retranslateUi();
        updateStatus();
    });
    connect(m_stream, &EventStreamModel::pendingChanged, this, &EventsPage::updateStatus);
    connect(m_stream, &EventStreamModel::polled, this, &EventsPage::updateStatus);
    connect(m_stream, &EventStreamModel::initialLoaded, this, [this] {
        updateStatus();
        // Size the columns to the first rows once (not on every poll: the view must stay still).
        m_view->horizontalHeader()->resizeSections(QHeaderView::ResizeToContents);
        // Open the newest event so the payload and routing panes are never blank on arrival.
        if (!m_view->currentIndex().isValid() && m_view->model()->rowCount() > 0)
            m_view->selectRow(0);
        markLoaded();
    });
    connect(m_stream, &EventStreamModel::failed, this,
            [this](const QString &error) { m_status->setText(tr("Cannot read events: %1").arg(error)); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const qint64 id = current.data(EventStreamModel::EventIdRole).toLongLong();
                if (id > 0 && id != m_shownEventId)
                    openEvent(id);
            });
    connect(m_outcomes, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const qint64 deliveryId = item->data(0, kDeliveryIdRole).toLongLong();
        if (deliveryId > 0 && m_context->navigator)
            emit m_context->navigator->deliveryRequested(deliveryId);
    });
    connect(m_openProfile, &QPushButton::clicked, this, [this] {
        if (m_shownProfileId > 0 && m_context->navigator)
            emit m_context->navigator->profileRequested(m_shownProfileId);
    });
    if (context->navigator)
        connect(context->navigator, &ConsoleNavigator::eventRequested, this, &EventsPage::openEvent);

    m_runner->run<QList<QPair<qint64, QString>>>(
        [](const QSqlDatabase &db) { return EventQueries::sources(db); },
        [this](const QueryResult<QList<QPair<qint64, QString>>> &r) {
            if (!r.error.isEmpty())
                return;
            QSignalBlocker block(m_sourceFilter);
            for (const auto &source : r.value)
                m_sourceFilter->addItem(source.second, source.first);
        });
    m_stream->start(500);
}

void EventsPage::openEvent(qint64 eventId) {
    if (eventId <= 0)
        return;
    m_shownEventId = eventId;
    const quint64 generation = ++m_detailGeneration;
    const int row = m_stream->rowOf(eventId);
    if (row >= 0) {
        const QModelIndex index = m_filter->mapFromSource(m_stream->index(row, 0));
        if (index.isValid() && m_view->currentIndex().row() != index.row()) {
            QSignalBlocker block(m_view->selectionModel());
            m_view->setCurrentIndex(index);
            m_view->selectRow(index.row());
            m_view->scrollTo(index);
        }
    }
    m_detailTitle->setText(tr("Event #%1: loading…").arg(eventId));
    m_runner->run<EventDetail>(
        [eventId](const QSqlDatabase &db) { return EventQueries::detail(db, eventId); },
        [this, generation](const QueryResult<EventDetail> &r) {
            if (generation != m_detailGeneration)
                return;
            if (!r.error.isEmpty()) {
                m_detailTitle->setText(tr("Cannot load event #%1: %2").arg(m_shownEventId).arg(r.error));
                return;
            }
            applyDetail(r.value);
        });
}

void EventsPage::applyDetail(const EventDetail &detail) {
    m_outcomes->clear();
    if (!detail.found) {
        m_detailTitle->setText(tr("There is no event #%1 in the workspace.").arg(m_shownEventId));
        m_payload->clear();
        m_shownProfileId = 0;
        m_openProfile->setEnabled(false);
        emit eventShown(m_shownEventId);
        return;
    }
    const StreamEvent &e = detail.event;
    m_detailTitle->setText(tr("Event #%1 · %2 %3 from %4 · received %5")
                               .arg(e.id)
                               .arg(e.type, e.name, e.source,
                                    QDateTime::fromMSecsSinceEpoch(e.receivedAt, Qt::UTC)
                                        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"))));
    m_payload->setPlainText(detail.payload);
    m_shownProfileId = e.profileId;
    m_openProfile->setEnabled(e.profileId > 0);
    for (const EventDeliveryRow &d : detail.deliveries) {
        auto *item = new QTreeWidgetItem(
            m_outcomes,
            {d.destination, d.mapping, tr("delivery #%1: %2").arg(d.deliveryId).arg(d.status),
             d.lastError.isEmpty() ? tr("%n attempt(s)", nullptr, d.attempts)
                                   : tr("%n attempt(s); %1", nullptr, d.attempts).arg(d.lastError)});
        item->setData(0, kDeliveryIdRole, d.deliveryId);
        item->setToolTip(0, tr("Activate to open the delivery"));
    }
    for (const EventOutcomeRow &o : detail.outcomes)
        new QTreeWidgetItem(m_outcomes, {o.destination, o.mapping, o.outcome, o.detail});
    if (detail.deliveries.isEmpty() && detail.outcomes.isEmpty())
        new QTreeWidgetItem(m_outcomes,
                            {tr("(none)"), QString(), tr("not routed yet, or no destination"), QString()});
    emit eventShown(m_shownEventId);
}

void EventsPage::updateStatus() {
    if (m_stream->isPaused())
        m_status->setText(tr("Paused · %n new", nullptr, m_stream->pendingCount()));
    else
        m_status->setText(tr("Live · %n shown", nullptr, m_filter->rowCount()));
}

void EventsPage::fillTypeFilter() {
    const int current = m_typeFilter->currentIndex();
    QSignalBlocker block(m_typeFilter);
    m_typeFilter->clear();
    m_typeFilter->addItem(tr("All types"), QString());
    for (const char *type : kEventTypes)
        m_typeFilter->addItem(QLatin1String(type), QLatin1String(type));
    m_typeFilter->setCurrentIndex(current < 0 ? 0 : current);
}

void EventsPage::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        fillTypeFilter();
        updateStatus();
    }
    ConsolePage::changeEvent(event);
}

void EventsPage::retranslateUi() {
    m_sourceLabel->setText(tr("Source:"));
    m_sourceFilter->setItemText(0, tr("All sources"));
    m_sourceFilter->setAccessibleName(tr("Source filter"));
    m_typeLabel->setText(tr("Type:"));
    m_typeFilter->setAccessibleName(tr("Type filter"));
    m_text->setPlaceholderText(tr("Filter by id, name, message id, source or profile"));
    m_text->setAccessibleName(tr("Text filter"));
    m_pause->setText(m_pause->isChecked() ? tr("Resume") : tr("Pause"));
    m_pause->setAccessibleName(tr("Pause or resume the live stream"));
    m_status->setAccessibleName(tr("Stream status"));
    m_view->setAccessibleName(tr("Incoming events"));
    m_openProfile->setText(tr("Open profile"));
    m_openProfile->setAccessibleName(tr("Open this event's profile"));
    m_payload->setAccessibleName(tr("Event payload"));
    m_payload->setPlaceholderText(tr("The selected event's payload"));
    m_outcomes->setHeaderLabels({tr("Destination"), tr("Mapping"), tr("Outcome"), tr("Detail")});
    m_outcomes->setAccessibleName(tr("Routing outcome"));
    if (m_shownEventId == 0)
        m_detailTitle->setText(tr("Select an event to see its payload and where it went."));
}

} // namespace sb
