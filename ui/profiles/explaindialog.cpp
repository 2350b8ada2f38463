#include "explaindialog.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "delivery/explain.h"
#include "profiles/queryrunner.h"

namespace sb {

ExplainDialog::ExplainDialog(Workspace *workspace, qint64 eventId, QWidget *parent)
    : QDialog(parent)
    , m_eventId(eventId)
    , m_runner(new QueryRunner(workspace, 1, this))
    , m_title(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
    , m_openEvent(new QPushButton(this))
    , m_close(new QPushButton(this)) {
    m_text->setReadOnly(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_openEvent);
    buttons->addStretch();
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_text, 1);
    layout->addLayout(buttons);
    resize(640, 360);
    retranslateUi();
    m_text->setPlainText(tr("Loading…"));

    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_openEvent, &QPushButton::clicked, this, [this] { emit openEventRequested(m_eventId); });
    m_runner->run<QJsonObject>(
        [eventId](const QSqlDatabase &db) { return Explainer::explain(db, eventId); },
        [this](const QueryResult<QJsonObject> &r) {
            m_text->setPlainText(r.error.isEmpty() ? render(r.value) : tr("Cannot explain: %1").arg(r.error));
            emit explained();
        });
}

QString ExplainDialog::text() const {
    return m_text->toPlainText();
}

QString ExplainDialog::render(const QJsonObject &e) {
    if (e.contains(QStringLiteral("error")))
        return e.value(QStringLiteral("error")).toString();
    QStringList lines;
    const QString name = e.value(QStringLiteral("name")).toString();
    lines << tr("Event #%1 (%2%3) from %4, received %5")
                 .arg(qint64(e.value(QStringLiteral("eventId")).toDouble()))
                 .arg(e.value(QStringLiteral("type")).toString(), name.isEmpty() ? QString() : u' ' + name,
                      e.value(QStringLiteral("source")).toString(),
                      e.value(QStringLiteral("receivedAt")).toString());
    const QJsonArray destinations = e.value(QStringLiteral("destinations")).toArray();
    if (destinations.isEmpty())
        lines << tr("No destination is configured, so the event went nowhere.");
    for (const QJsonValue &value : destinations) {
        const QJsonObject d = value.toObject();
        lines << QStringLiteral("• %1: %2")
                     .arg(d.value(QStringLiteral("destination")).toString(),
                          d.value(QStringLiteral("summary")).toString());
    }
    return lines.join(u'\n');
}

void ExplainDialog::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ExplainDialog::retranslateUi() {
    setWindowTitle(tr("Why event #%1 went where it went").arg(m_eventId));
    m_title->setText(tr("Routing of event #%1 at every destination").arg(m_eventId));
    m_text->setAccessibleName(tr("Explanation"));
    m_openEvent->setText(tr("Show in Events"));
    m_openEvent->setAccessibleName(tr("Show this event on the Events page"));
    m_close->setText(tr("Close"));
    m_close->setAccessibleName(tr("Close"));
}

} // namespace sb
