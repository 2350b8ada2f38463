#include "previewpanel.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <limits>

#include "destinationrequest.h"
#include "live/livecolors.h"
#include "mapping/previewmatrix.h"
#include "store/workspace.h"

namespace sb {

PreviewPanel::PreviewPanel(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_debounce(new QTimer(this))
    , m_request(new DestinationRequest(this)) {
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_debounce, &QTimer::timeout, this, &PreviewPanel::renderNow);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel;
    m_title->setStyleSheet(QStringLiteral("font-weight: bold;"));
    layout->addWidget(m_title);

    auto *chooser = new QHBoxLayout;
    m_eventTypeLabel = new QLabel;
    m_eventType = new QComboBox;
    m_eventType->setObjectName(QStringLiteral("previewEventType"));
    m_eventType->setMinimumContentsLength(18);
    m_eventType->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_sampleKind = new QComboBox;
    m_sampleKind->addItem(QString());
    m_sampleKind->addItem(QString());
    m_eventId = new QLineEdit;
    m_eventId->setValidator(new QIntValidator(1, std::numeric_limits<int>::max(), m_eventId));
    m_eventId->setMinimumWidth(70);
    m_eventId->setMaximumWidth(100);
    m_eventId->setEnabled(false);
    m_loadEvent = new QPushButton;
    m_loadEvent->setEnabled(false);
    chooser->addWidget(m_eventTypeLabel);
    chooser->addWidget(m_eventType, 1);
    chooser->addWidget(m_sampleKind);
    chooser->addWidget(m_eventId);
    chooser->addWidget(m_loadEvent);
    layout->addLayout(chooser);
    m_eventStatus = new QLabel;
    m_eventStatus->setWordWrap(true);
    m_eventStatus->hide();
    layout->addWidget(m_eventStatus);

    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_requestView = new QPlainTextEdit;
    m_requestView->setObjectName(QStringLiteral("previewRequest"));
    m_requestView->setReadOnly(true);
    m_requestView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_requestView->setLineWrapMode(QPlainTextEdit::NoWrap);
    layout->addWidget(m_requestView, 3);
    m_findings = new QLabel;
    m_findings->setObjectName(QStringLiteral("previewFindings"));
    m_findings->setWordWrap(true);
    m_findings->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_findings);

    auto *buttons = new QHBoxLayout;
    m_copyCurl = new QPushButton;
    m_sendTest = new QPushButton;
    m_sendTest->setObjectName(QStringLiteral("sendTestEvent"));
    buttons->addWidget(m_copyCurl);
    buttons->addWidget(m_sendTest);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_responseTitle = new QLabel;
    m_responseTitle->setStyleSheet(QStringLiteral("font-weight: bold;"));
    layout->addWidget(m_responseTitle);
    m_responseStatus = new QLabel;
    m_responseStatus->setObjectName(QStringLiteral("testResponseStatus"));
    m_responseStatus->setWordWrap(true);
    layout->addWidget(m_responseStatus);
    m_responseView = new QPlainTextEdit;
    m_responseView->setObjectName(QStringLiteral("testResponse"));
    m_responseView->setReadOnly(true);
    m_responseView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_responseView->setLineWrapMode(QPlainTextEdit::NoWrap);
    layout->addWidget(m_responseView, 2);

    connect(m_eventType, &QComboBox::currentIndexChanged, this, [this] {
        emit eventTypeChanged(eventType());
        scheduleRender();
    });
    connect(m_sampleKind, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_eventId->setEnabled(index == 1);
        m_loadEvent->setEnabled(index == 1);
        if (index == 0)
            useSample();
    });
    connect(m_loadEvent, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const qint64 id = m_eventId->text().toLongLong(&ok);
        if (ok)
            useStoredEvent(id);
    });
    connect(m_eventId, &QLineEdit::returnPressed, m_loadEvent, &QPushButton::click);
    connect(m_copyCurl, &QPushButton::clicked, this, [this] {
        if (!m_preview.curl.isEmpty())
            QApplication::clipboard()->setText(m_preview.curl); // already masked by the previewer
    });
    connect(m_sendTest, &QPushButton::clicked, this, &PreviewPanel::sendTestEvent);
    connect(m_request, &DestinationRequest::finished, this, &PreviewPanel::showResponse);
    connect(&m_eventWatcher, &QFutureWatcher<Result<StoredEvents::Loaded>>::finished, this, [this] {
        const Result<StoredEvents::Loaded> loaded = m_eventWatcher.result();
        m_eventStatus->show();
        if (!loaded) {
            m_stored.reset();
            m_eventStatus->setText(tr("Could not load the event: %1").arg(loaded.error()));
            emit eventLoaded(false);
        } else {
            m_stored = loaded.value();
            const Event &e = m_stored->event;
            m_eventStatus->setText(tr("Stored event %1: %2 %3 from %4, profile %5")
                                       .arg(e.id)
                                       .arg(e.type, e.name, e.sourceKind)
                                       .arg(e.profileId));
            emit eventLoaded(true);
        }
        renderNow();
    });
    retranslateUi();
}

void PreviewPanel::retranslateUi() {
    m_title->setText(tr("Payload preview"));
    m_eventTypeLabel->setText(tr("Event type"));
    m_eventType->setAccessibleName(tr("Event type to preview"));
    m_sampleKind->setItemText(0, tr("Catalog sample"));
    m_sampleKind->setItemText(1, tr("Stored event"));
    m_sampleKind->setAccessibleName(tr("Preview input"));
    m_eventId->setPlaceholderText(tr("event id"));
    m_eventId->setAccessibleName(tr("Stored event id"));
    m_loadEvent->setText(tr("Load"));
    m_requestView->setAccessibleName(tr("Request preview"));
    m_copyCurl->setText(tr("Copy as curl"));
    m_copyCurl->setToolTip(tr("Copies the request as a curl command; secrets stay masked."));
    m_sendTest->setText(tr("Send test event"));
    m_sendTest->setToolTip(tr("Sends this request to the destination's base URL and shows the answer."));
    m_responseTitle->setText(tr("Test event response"));
    m_responseView->setAccessibleName(tr("Test event response"));
    renderNow();
}

void PreviewPanel::setDestination(const std::optional<DestinationConfig> &destination) {
    m_destination = destination;
    scheduleRender();
}

void PreviewPanel::setMapping(const std::optional<MappingDefinition> &mapping) {
    m_mapping = mapping;
    fillEventTypes();
    scheduleRender();
}

void PreviewPanel::setDebounceMs(int ms) {
    m_debounce->setInterval(ms);
}

QString PreviewPanel::eventType() const {
    return m_eventType->currentData().toString();
}

void PreviewPanel::setEventType(const QString &eventType) {
    const int index = m_eventType->findData(eventType);
    if (index >= 0)
        m_eventType->setCurrentIndex(index);
}

void PreviewPanel::fillEventTypes() {
    const QString source = m_mapping ? m_mapping->sourceKind : QString();
    const QStringList names = m_mapping ? m_mapping->eventNames : QStringList();
    const QString key = source + u'\n' + names.join(u'\n');
    if (key == m_filledFor)
        return;
    m_filledFor = key;
    // The mapping's own event types first: those are the ones worth previewing.
    QStringList types;
    for (const QString &n : names) {
        if (n != QLatin1String("*"))
            types << n;
    }
    for (const QString &t : PreviewMatrix::eventTypes(source)) {
        if (!types.contains(t))
            types << t;
    }
    const QString previous = eventType();
    const QSignalBlocker blocker(m_eventType);
    m_eventType->clear();
    for (const QString &t : types)
        m_eventType->addItem(t, t);
    const int index = m_eventType->findData(previous);
    m_eventType->setCurrentIndex(index >= 0 ? index : 0);
    if (eventType() != previous)
        emit eventTypeChanged(eventType());
}

void PreviewPanel::useStoredEvent(qint64 eventId) {
    if (m_sampleKind->currentIndex() != 1) {
        const QSignalBlocker blocker(m_sampleKind);
        m_sampleKind->setCurrentIndex(1);
        m_eventId->setEnabled(true);
        m_loadEvent->setEnabled(true);
    }
    m_eventId->setText(QString::number(eventId));
    m_eventStatus->setText(tr("Loading event %1…").arg(eventId));
    m_eventStatus->show();
    Workspace *workspace = m_workspace;
    m_eventWatcher.setFuture(
        QtConcurrent::run([workspace, eventId] { return StoredEvents::load(workspace->reader(), eventId); }));
}

void PreviewPanel::useSample() {
    m_stored.reset();
    m_eventStatus->hide();
    if (m_sampleKind->currentIndex() != 0) {
        const QSignalBlocker blocker(m_sampleKind);
        m_sampleKind->setCurrentIndex(0);
    }
    m_eventId->setEnabled(false);
    m_loadEvent->setEnabled(false);
    renderNow();
}

Event PreviewPanel::currentEvent() const {
    if (m_stored)
        return m_stored->event;
    return PreviewMatrix::sampleEvent(m_mapping ? m_mapping->sourceKind : QString(), eventType());
}

Profile PreviewPanel::currentProfile() const {
    if (m_stored)
        return m_stored->profile;
    return PreviewMatrix::sampleProfile(m_mapping ? m_mapping->sourceKind : QString());
}

void PreviewPanel::scheduleRender() {
    m_debounce->start();
}

void PreviewPanel::renderNow() {
    m_debounce->stop();
    m_preview = Preview();
    const bool ready = m_destination && m_mapping && (m_stored || !eventType().isEmpty());
    m_copyCurl->setEnabled(ready);
    m_sendTest->setEnabled(ready && !m_request->isRunning());
    if (!ready) {
        m_summary->setText(m_mapping ? tr("Choose an event type to preview.")
                                     : tr("Select or create a mapping to see the request it makes."));
        m_requestView->clear();
        m_findings->clear();
        emit rendered();
        return;
    }
    const Event event = currentEvent();
    m_preview = Previewer::preview(*m_destination, *m_mapping, event, currentProfile());
    QStringList notes;
    if (!m_mapping->handles(event))
        notes << tr("This mapping does not take %1 events of %2; shown as if it did.")
                     .arg(event.name.isEmpty() ? event.type : event.name, event.sourceKind);
    if (!m_mapping->enabled)
        notes << tr("The mapping is disabled: delivery does not use it.");
    if (m_preview.skipped)
        notes << tr("Skipped: %1").arg(m_preview.skipReason);
    m_summary->setText(
        notes.isEmpty() ? tr("Action %1; idempotency key %2").arg(m_preview.action, m_preview.idempotencyKey)
                        : notes.join(u'\n'));
    QString text = m_preview.method + u' ' + m_preview.url + u'\n';
    for (const auto &h : m_preview.headers)
        text += h.first + QStringLiteral(": ") + h.second + u'\n';
    text += u'\n' + m_preview.body;
    if (m_requestView->toPlainText() != text)
        m_requestView->setPlainText(text);
    if (m_preview.findings.isEmpty()) {
        m_findings->setText(tr("Findings: none"));
        m_findings->setStyleSheet(QString());
    } else {
        QStringList lines;
        for (const Finding &f : m_preview.findings) {
            const QString severity = f.severity == Finding::Severity::Error ? tr("Error") : tr("Warning");
            lines << (f.field.isEmpty() ? tr("%1: %2").arg(severity, f.message)
                                        : tr("%1 at %2: %3").arg(severity, f.field, f.message));
        }
        m_findings->setText(tr("Findings:") + QStringLiteral("\n• ") + lines.join(QStringLiteral("\n• ")));
        m_findings->setStyleSheet(
            m_preview.hasErrors() ? LiveColors::textStyle(LiveColors::Tone::Bad, palette()) : QString());
    }
    emit rendered();
}

QString PreviewPanel::requestText() const {
    return m_requestView->toPlainText();
}

void PreviewPanel::sendTestEvent() {
    if (!m_destination || !m_mapping)
        return;
    m_sendTest->setEnabled(false);
    m_responseStatus->setText(tr("Sending to %1…").arg(m_preview.url));
    m_responseView->clear();
    m_request->sendTestEvent(*m_destination, *m_mapping, currentEvent(), currentProfile());
}

void PreviewPanel::showResponse(const DestinationResponse &response) {
    m_sendTest->setEnabled(m_destination && m_mapping);
    if (!response.reached) {
        m_responseStatus->setText(tr("Not sent or no answer: %1").arg(response.error));
        m_responseStatus->setStyleSheet(LiveColors::textStyle(LiveColors::Tone::Bad, palette()));
        m_responseView->clear();
    } else {
        m_responseStatus->setText(tr("HTTP %1 %2 in %3 ms: %4")
                                      .arg(response.status)
                                      .arg(response.reasonPhrase)
                                      .arg(response.elapsedMs)
                                      .arg(response.verdict));
        m_responseStatus->setStyleSheet(response.accepted
                                            ? LiveColors::textStyle(LiveColors::Tone::Good, palette())
                                            : LiveColors::textStyle(LiveColors::Tone::Bad, palette()));
        QString text;
        for (const auto &h : response.headers)
            text += h.first + QStringLiteral(": ") + h.second + u'\n';
        text += u'\n' + response.body;
        m_responseView->setPlainText(text);
    }
    emit testEventFinished(response);
}

} // namespace sb
