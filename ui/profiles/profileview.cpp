#include "profileview.h"

#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "explaindialog.h"
#include "profiles/profileflags.h"
#include "profiles/profiletimelinemodel.h"
#include "profiles/queryrunner.h"
#include "shell/consolecontext.h"

namespace sb {

namespace {

QString timeText(qint64 ms) {
    return ms > 0
               ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
               : QString();
}

// Type filter entries: (what the combo stores, what it means).
enum TypeChoice { AllKinds, EventsOnly, DeliveriesOnly, FirstEventType };
const char *const kEventTypes[] = {"track", "identify", "page", "screen", "group", "alias"};

} // namespace

ProfileView::ProfileView(Workspace *workspace, ConsoleNavigator *navigator, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_navigator(navigator)
    , m_runner(new QueryRunner(workspace, 1, this))
    , m_timeline(new ProfileTimelineModel(workspace, this))
    , m_header(new QLabel(this))
    , m_flags(new QLabel(this))
    , m_openMerged(new QPushButton(this))
    , m_tabs(new QTabWidget(this))
    , m_timelineTab(new QWidget(this))
    , m_sourceLabel(new QLabel(this))
    , m_sourceFilter(new QComboBox(this))
    , m_typeLabel(new QLabel(this))
    , m_typeFilter(new QComboBox(this))
    , m_openDelivery(new QPushButton(this))
    , m_explainEvent(new QPushButton(this))
    , m_timelineView(new QTableView(this))
    , m_timelineStatus(new QLabel(this))
    , m_traits(new QTreeWidget(this))
    , m_identities(new QTreeWidget(this)) {
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_header->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_header->setFont(big);
    m_openMerged->hide();

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_sourceLabel);
    filters->addWidget(m_sourceFilter);
    filters->addWidget(m_typeLabel);
    filters->addWidget(m_typeFilter);
    filters->addStretch();
    filters->addWidget(m_explainEvent);
    filters->addWidget(m_openDelivery);

    m_timelineView->setModel(m_timeline);
    m_timelineView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_timelineView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_timelineView->verticalHeader()->hide();
    m_timelineView->setWordWrap(false);
    const QFontMetrics metrics = m_timelineView->fontMetrics();
    m_timelineView->horizontalHeader()->resizeSection(
        ProfileTimelineModel::TimeColumn,
        metrics.horizontalAdvance(QStringLiteral("0000-00-00 00:00:00.000")) + 16);
    m_timelineView->horizontalHeader()->resizeSection(
        ProfileTimelineModel::DirectionColumn,
        metrics.horizontalAdvance(QStringLiteral("out: delivery #0000000")) + 16);
    m_timelineView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_timelineView->verticalHeader()->setDefaultSectionSize(m_timelineView->fontMetrics().height() + 8);
    m_timelineView->horizontalHeader()->setStretchLastSection(true);
    m_timelineView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *timelineLayout = new QVBoxLayout(m_timelineTab);
    timelineLayout->setContentsMargins(0, 0, 0, 0);
    timelineLayout->addLayout(filters);
    timelineLayout->addWidget(m_timelineView, 1);
    timelineLayout->addWidget(m_timelineStatus);

    m_traits->setColumnCount(3);
    m_identities->setColumnCount(4);
    m_identities->setRootIsDecorated(false);
    m_tabs->addTab(m_timelineTab, QString());
    m_tabs->addTab(m_traits, QString());
    m_tabs->addTab(m_identities, QString());

    auto *headerRow = new QHBoxLayout;
    headerRow->addWidget(m_header, 1);
    headerRow->addWidget(m_openMerged);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(headerRow);
    layout->addWidget(m_flags);
    layout->addWidget(m_tabs, 1);

    m_sourceFilter->addItem(QString(), qint64(0));
    retranslateUi();
    m_header->setText(tr("Select a profile to see its traits, identities and timeline."));
    fillTypeFilter();
    updateButtons();

    connect(m_sourceFilter, &QComboBox::currentIndexChanged, this, &ProfileView::applyFilter);
    connect(m_typeFilter, &QComboBox::currentIndexChanged, this, &ProfileView::applyFilter);
    connect(m_timelineView, &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) { activateTimelineRow(index.row()); });
    connect(m_timelineView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ProfileView::updateButtons);
    connect(m_timeline, &QAbstractItemModel::modelReset, this, &ProfileView::updateButtons);
    connect(m_openDelivery, &QPushButton::clicked, this,
            [this] { activateTimelineRow(m_timelineView->currentIndex().row()); });
    connect(m_explainEvent, &QPushButton::clicked, this,
            [this] { activateTimelineRow(m_timelineView->currentIndex().row()); });
    connect(m_openMerged, &QPushButton::clicked, this, [this] {
        if (m_mergedInto > 0)
            showProfile(m_mergedInto);
    });
    connect(m_timeline, &ProfileTimelineModel::pageLoaded, this, [this] {
        m_timelineStatus->setText(
            m_timeline->atEnd()
                ? tr("%n entries, all shown", nullptr, m_timeline->rowCount())
                : tr("%n entries shown; scroll for older ones", nullptr, m_timeline->rowCount()));
    });
    connect(m_timeline, &ProfileTimelineModel::failed, this, [this](const QString &error) {
        m_timelineStatus->setText(tr("Cannot load the timeline: %1").arg(error));
    });
}

void ProfileView::setSources(const QList<QPair<qint64, QString>> &sources) {
    const qint64 current = m_sourceFilter->currentData().toLongLong();
    QSignalBlocker block(m_sourceFilter);
    while (m_sourceFilter->count() > 1)
        m_sourceFilter->removeItem(1);
    for (const auto &source : sources)
        m_sourceFilter->addItem(source.second, source.first);
    const int index = m_sourceFilter->findData(current);
    m_sourceFilter->setCurrentIndex(index < 0 ? 0 : index);
}

void ProfileView::showProfile(qint64 profileId) {
    m_profileId = profileId;
    const quint64 generation = ++m_generation;
    m_header->setText(tr("Profile #%1").arg(profileId));
    m_flags->setText(tr("Loading…"));
    m_traits->clear();
    m_identities->clear();
    m_timelineStatus->clear();
    m_timeline->setProfile(profileId);
    m_runner->run<ProfileDetail>(
        [profileId](const QSqlDatabase &db) { return ProfileQueries::detail(db, profileId); },
        [this, generation](const QueryResult<ProfileDetail> &r) {
            if (generation != m_generation)
                return;
            if (!r.error.isEmpty()) {
                m_flags->setText(tr("Cannot load the profile: %1").arg(r.error));
                return;
            }
            applyDetail(r.value);
        });
}

void ProfileView::applyDetail(const ProfileDetail &detail) {
    if (!detail.found) {
        m_header->setText(tr("No profile #%1").arg(m_profileId));
        m_flags->setText(tr("There is no profile with this id in the workspace."));
        m_openMerged->hide();
        emit detailLoaded(m_profileId);
        return;
    }
    const ProfileRow &p = detail.profile;
    QStringList who;
    who << (p.displayName.isEmpty() ? tr("(no name)") : p.displayName) << tr("#%1").arg(p.id);
    if (!p.email.isEmpty())
        who << p.email;
    if (!p.phone.isEmpty())
        who << p.phone;
    if (!p.userId.isEmpty())
        who << tr("user %1").arg(p.userId);
    m_header->setText(who.join(QStringLiteral("  ·  ")));

    QStringList facts;
    const QString flags = ProfileFlagText::describe(p.flags, p.mergedInto);
    facts << (flags.isEmpty() ? tr("Flags: none") : tr("Flags: %1").arg(flags));
    m_mergedFrom = detail.mergedFrom;
    if (!detail.mergedFrom.isEmpty()) {
        QStringList ids;
        for (qint64 id : detail.mergedFrom)
            ids << tr("#%1").arg(id);
        facts << tr("merged from %1").arg(ids.join(QStringLiteral(", ")));
    }
    if (!detail.segments.isEmpty())
        facts << tr("segments: %1").arg(detail.segments.join(QStringLiteral(", ")));
    facts << tr("created %1, updated %2").arg(timeText(detail.createdAt), timeText(detail.updatedAt));
    m_flags->setText(facts.join(QStringLiteral("  ·  ")));
    m_mergedInto = p.mergedInto;
    m_openMerged->setVisible(p.mergedInto > 0);
    m_openMerged->setText(tr("Open profile #%1").arg(p.mergedInto));

    // Traits grouped under their source.
    m_traits->clear();
    QTreeWidgetItem *group = nullptr;
    qint64 groupSource = -1;
    for (const TraitRow &t : detail.traits) {
        if (!group || t.sourceId != groupSource) {
            groupSource = t.sourceId;
            const QString name = t.sourceId == 0
                                     ? tr("(no source)")
                                     : (t.source.isEmpty() ? tr("source #%1").arg(t.sourceId) : t.source);
            group = new QTreeWidgetItem(m_traits, {name});
            group->setFirstColumnSpanned(true);
        }
        new QTreeWidgetItem(group, {t.name, t.value, timeText(t.updatedAt)});
    }
    m_traits->expandAll();
    m_traits->resizeColumnToContents(0);

    m_identities->clear();
    for (const IdentityRow &i : detail.identities)
        new QTreeWidgetItem(m_identities, {i.kind, i.value, i.source, timeText(i.firstSeen)});
    m_identities->resizeColumnToContents(0);
    emit detailLoaded(m_profileId);
}

void ProfileView::applyFilter() {
    TimelineFilter filter;
    filter.sourceId = m_sourceFilter->currentData().toLongLong();
    const int type = m_typeFilter->currentIndex();
    filter.events = type != DeliveriesOnly;
    filter.deliveries = type != EventsOnly;
    if (type >= FirstEventType)
        filter.eventType = m_typeFilter->currentData().toString();
    m_timeline->setFilter(filter);
}

void ProfileView::activateTimelineRow(int row) {
    if (row < 0 || row >= m_timeline->rowCount())
        return;
    const TimelineEntry entry = m_timeline->entryAt(row);
    if (entry.kind == TimelineEntry::Delivery) {
        if (m_navigator)
            emit m_navigator->deliveryRequested(entry.id);
        return;
    }
    auto *dialog = new ExplainDialog(m_workspace, entry.id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExplainDialog::openEventRequested, this, [this, dialog](qint64 eventId) {
        if (m_navigator)
            emit m_navigator->eventRequested(eventId);
        dialog->close();
    });
    dialog->show();
    emit explainOpened(dialog);
}

void ProfileView::updateButtons() {
    const int row = m_timelineView->currentIndex().row();
    const bool valid = row >= 0 && row < m_timeline->rowCount();
    const bool delivery = valid && m_timeline->entryAt(row).kind == TimelineEntry::Delivery;
    m_openDelivery->setEnabled(delivery);
    m_explainEvent->setEnabled(valid && !delivery);
}

void ProfileView::fillTypeFilter() {
    const int current = m_typeFilter->currentIndex();
    QSignalBlocker block(m_typeFilter);
    m_typeFilter->clear();
    m_typeFilter->addItem(tr("Everything"), QString());
    m_typeFilter->addItem(tr("Events in"), QString());
    m_typeFilter->addItem(tr("Deliveries out"), QString());
    for (const char *type : kEventTypes)
        m_typeFilter->addItem(tr("%1 events and their deliveries").arg(QLatin1String(type)),
                              QLatin1String(type));
    m_typeFilter->setCurrentIndex(current < 0 ? 0 : current);
}

void ProfileView::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        fillTypeFilter();
    }
    QWidget::changeEvent(event);
}

void ProfileView::retranslateUi() {
    m_tabs->setTabText(0, tr("Timeline"));
    m_tabs->setTabText(1, tr("Traits"));
    m_tabs->setTabText(2, tr("Identities"));
    m_header->setAccessibleName(tr("Profile"));
    m_flags->setAccessibleName(tr("Profile flags and merges"));
    m_openMerged->setAccessibleName(tr("Open the profile this one was merged into"));
    m_sourceLabel->setText(tr("Source:"));
    m_sourceFilter->setItemText(0, tr("All sources"));
    m_sourceFilter->setAccessibleName(tr("Timeline source filter"));
    m_typeLabel->setText(tr("Show:"));
    m_typeFilter->setAccessibleName(tr("Timeline type filter"));
    m_openDelivery->setText(tr("Open delivery"));
    m_openDelivery->setAccessibleName(tr("Open the selected delivery"));
    m_explainEvent->setText(tr("Explain event"));
    m_explainEvent->setAccessibleName(tr("Explain where the selected event went"));
    m_timelineView->setAccessibleName(tr("Profile timeline"));
    m_timelineStatus->setAccessibleName(tr("Timeline status"));
    m_traits->setHeaderLabels({tr("Source / trait"), tr("Value"), tr("Updated (UTC)")});
    m_traits->setAccessibleName(tr("Traits by source"));
    m_identities->setHeaderLabels({tr("Kind"), tr("Value"), tr("Source"), tr("First seen (UTC)")});
    m_identities->setAccessibleName(tr("Identities"));
}

} // namespace sb
