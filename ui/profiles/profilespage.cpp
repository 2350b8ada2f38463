#include "profilespage.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include "profiles/eventqueries.h"
#include "profiles/profilesearchmodel.h"
#include "profiles/queryrunner.h"
#include "profileview.h"
#include "shell/consolecontext.h"

namespace sb {

ProfilesPage::ProfilesPage(ConsoleContext *context, QWidget *parent)
    : ConsolePage(parent)
    , m_context(context)
    , m_model(new ProfileSearchModel(context->workspace, this))
    , m_runner(new QueryRunner(context->workspace, 1, this))
    , m_search(new QLineEdit(this))
    , m_results(new QTableView(this))
    , m_status(new QLabel(this))
    , m_view(new ProfileView(context->workspace, context->navigator, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this)) {
    m_search->setClearButtonEnabled(true);
    m_results->setModel(m_model);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->verticalHeader()->hide();
    m_results->setWordWrap(false);
    m_results->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_results->verticalHeader()->setDefaultSectionSize(m_results->fontMetrics().height() + 8);
    m_results->horizontalHeader()->setStretchLastSection(true);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_results, 1);
    leftLayout->addWidget(m_status);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_view);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setSizes({560, 840});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter);
    retranslateUi();

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &ProfilesPage::startSearch);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_debounce.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_debounce.stop();
        startSearch();
    });
    connect(m_model, &ProfileSearchModel::searchFinished, this, [this] {
        updateStatus();
        if (!isLoaded())
            m_results->horizontalHeader()->resizeSections(QHeaderView::ResizeToContents);
        markLoaded();
        // A search that found exactly one profile opens it; the first list opens the newest profile.
        if ((!m_model->query().isEmpty() && m_model->rowCount() == 1)
            || (m_view->profileId() == 0 && m_model->rowCount() > 0))
            m_results->selectRow(0);
    });
    connect(m_model, &ProfileSearchModel::failed, this, [this](const QString &error) {
        m_status->setText(tr("Search failed: %1").arg(error));
        markLoaded();
    });
    connect(m_results->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const qint64 id = m_model->profileIdAt(current.row());
                if (id > 0 && id != m_view->profileId())
                    m_view->showProfile(id);
            });
    if (context->navigator)
        connect(context->navigator, &ConsoleNavigator::profileRequested, this, &ProfilesPage::openProfile);

    m_runner->run<QList<QPair<qint64, QString>>>(
        [](const QSqlDatabase &db) { return EventQueries::sources(db); },
        [this](const QueryResult<QList<QPair<qint64, QString>>> &r) {
            if (r.error.isEmpty())
                m_view->setSources(r.value);
        });
    m_model->setQuery(QString());
}

void ProfilesPage::openProfile(qint64 profileId) {
    if (profileId <= 0)
        return;
    const int row = m_model->rowOf(profileId);
    if (row >= 0) {
        QSignalBlocker block(m_results->selectionModel());
        m_results->selectRow(row);
    } else {
        m_results->clearSelection();
    }
    m_view->showProfile(profileId);
}

void ProfilesPage::startSearch() {
    m_status->setText(tr("Searching…"));
    m_model->setQuery(m_search->text());
}

void ProfilesPage::updateStatus() {
    const int rows = m_model->rowCount();
    if (m_model->query().isEmpty())
        m_status->setText(tr("Newest profiles first; %n shown, scroll for more", nullptr, rows));
    else if (rows == 0)
        m_status->setText(tr("No profile matches “%1”").arg(m_model->query()));
    else if (rows >= ProfileSearchModel::kPageSize)
        m_status->setText(tr("The first %n matches; type more to narrow", nullptr, rows));
    else
        m_status->setText(tr("%n matching profiles", nullptr, rows));
}

void ProfilesPage::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        updateStatus();
    }
    ConsolePage::changeEvent(event);
}

void ProfilesPage::retranslateUi() {
    m_search->setPlaceholderText(tr("Search by email, name, phone or id"));
    m_search->setAccessibleName(tr("Search profiles"));
    m_results->setAccessibleName(tr("Profiles"));
    m_status->setAccessibleName(tr("Search status"));
}

} // namespace sb
