#include "deliverydetailview.h"

#include <QDateTime>
#include <QEvent>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "delivery/attempthistorymodel.h"
#include "livecolors.h"
#include "statusdelegate.h"

namespace sb {

namespace {

QPlainTextEdit *codeView() {
    auto *edit = new QPlainTextEdit;
    edit->setReadOnly(true);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    return edit;
}

QString when(qint64 ms) {
    return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace

DeliveryDetailView::DeliveryDetailView(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace) {
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_header = new QLabel;
    m_header->setObjectName(QStringLiteral("detailHeader"));
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_header->setMargin(4);
    layout->addWidget(m_header);
    m_tabs = new QTabWidget;
    m_tabs->setDocumentMode(true);
    m_tabs->tabBar()->setExpanding(false);
    m_tabs->tabBar()->setElideMode(Qt::ElideNone);
    m_sent = codeView();
    m_request = codeView();
    m_response = codeView();
    m_attempts = new AttemptHistoryModel(this);
    m_attemptsView = new QTableView;
    m_attemptsView->setModel(m_attempts);
    m_attemptsView->verticalHeader()->hide();
    m_attemptsView->horizontalHeader()->setStretchLastSection(true);
    m_attemptsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_attemptsView->setItemDelegateForColumn(AttemptHistoryModel::OutcomeColumn,
                                             new StatusDelegate(AttemptHistoryModel::OutcomeRole, this));
    m_tabs->addTab(m_sent, QString());
    m_tabs->addTab(m_request, QString());
    m_tabs->addTab(m_response, QString());
    m_tabs->addTab(m_attemptsView, QString());
    layout->addWidget(m_tabs, 1);
    retranslateUi();
}

DeliveryDetailView::~DeliveryDetailView() {
    const auto watchers = findChildren<QFutureWatcherBase *>();
    for (QFutureWatcherBase *watcher : watchers)
        watcher->waitForFinished();
}

void DeliveryDetailView::showDelivery(qint64 deliveryId) {
    if (deliveryId <= 0) {
        clear();
        return;
    }
    m_deliveryId = deliveryId;
    if (m_loading) {
        m_reloadWanted = true;
        return;
    }
    startLoad();
}

void DeliveryDetailView::clear() {
    m_deliveryId = 0;
    m_reloadWanted = false;
    apply(DeliveryDetail());
}

void DeliveryDetailView::startLoad() {
    m_loading = true;
    m_reloadWanted = false;
    const qint64 id = m_deliveryId;
    Workspace *workspace = m_workspace;
    auto *watcher = new QFutureWatcher<DeliveryDetail>(this);
    connect(watcher, &QFutureWatcher<DeliveryDetail>::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_loading = false;
        const DeliveryDetail detail = watcher->result();
        // Another delivery was chosen meanwhile: load that one instead of showing this one.
        if (detail.id != m_deliveryId || m_reloadWanted) {
            if (m_deliveryId > 0)
                startLoad();
            return;
        }
        apply(detail);
    });
    watcher->setFuture(QtConcurrent::run([workspace, id] { return DeliveryDetail::load(workspace, id); }));
}

void DeliveryDetailView::apply(const DeliveryDetail &detail) {
    m_detail = detail;
    m_sent->setPlainText(detail.eventPayload);
    m_request->setPlainText(detail.hasRequest
                                ? detail.requestText()
                                : (detail.found ? tr("Not sent yet: no attempt was made.") : QString()));
    m_response->setPlainText(
        detail.hasResponse
            ? detail.responseText()
            : (detail.found && detail.hasRequest
                   ? tr("No answer: %1")
                         .arg(detail.attempts.isEmpty() ? QString() : detail.attempts.constLast().error)
                   : QString()));
    m_attempts->setAttempts(detail.attempts);
    updateHeader();
    if (detail.found)
        emit loaded(detail.id);
}

void DeliveryDetailView::updateHeader() {
    const DeliveryDetail &d = m_detail;
    if (!d.found) {
        m_header->setText(d.error.isEmpty() ? tr("Select a delivery to see what was sent and what came back.")
                                            : d.error.toHtmlEscaped());
        return;
    }
    const QColor tone = LiveColors::color(LiveColors::toneOfStatus(d.status), palette());
    QString text =
        tr("<b>Delivery %1</b> &nbsp; <span style=\"color:%2\"><b>%3</b></span><br>%4 → %5 · profile %6 · "
           "created %7")
            .arg(d.id)
            .arg(tone.name(), d.status.toHtmlEscaped(), d.event.toHtmlEscaped(),
                 d.destination.toHtmlEscaped(),
                 (d.profileEmail.isEmpty() ? QString::number(d.profileId) : d.profileEmail).toHtmlEscaped(),
                 when(d.createdAt));
    if (d.deliveredAt > 0)
        text += tr(" · delivered %1").arg(when(d.deliveredAt));
    if (!d.lastError.isEmpty())
        text +=
            QStringLiteral("<br><span style=\"color:%1\">%2</span>")
                .arg(LiveColors::color(LiveColors::Tone::Bad, palette()).name(), d.lastError.toHtmlEscaped());
    m_header->setText(text);
}

QString DeliveryDetailView::youSentText() const {
    return m_sent->toPlainText();
}

QString DeliveryDetailView::requestText() const {
    return m_request->toPlainText();
}

QString DeliveryDetailView::responseText() const {
    return m_response->toPlainText();
}

void DeliveryDetailView::retranslateUi() {
    m_tabs->setTabText(0, tr("You sent"));
    m_tabs->setTabText(1, tr("Request to destination"));
    m_tabs->setTabText(2, tr("Response from destination"));
    m_tabs->setTabText(3, tr("Attempts"));
    m_sent->setAccessibleName(tr("Event as received"));
    m_request->setAccessibleName(tr("Request sent to the destination, secrets masked"));
    m_response->setAccessibleName(tr("Response from the destination"));
    m_attemptsView->setAccessibleName(tr("Attempt history"));
    m_tabs->setAccessibleName(tr("Delivery detail"));
    emit m_attempts->headerDataChanged(Qt::Horizontal, 0, AttemptHistoryModel::ColumnCount - 1);
    updateHeader();
}

void DeliveryDetailView::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace sb
