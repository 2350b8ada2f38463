#include "replaydeaddialog.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace sb {

ReplayDeadDialog::ReplayDeadDialog(const QList<Choice> &destinations, qint64 selectedId,
                                   const QDateTime &since, QWidget *parent)
    : QDialog(parent) {
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_destination = new QComboBox;
    for (const Choice &c : destinations) {
        m_destination->addItem(tr("%1 (%2 dead)").arg(c.name).arg(c.deadLetters), c.destinationId);
        if (c.destinationId == selectedId)
            m_destination->setCurrentIndex(m_destination->count() - 1);
    }
    m_since = new QDateTimeEdit(since.toLocalTime());
    m_since->setCalendarPopup(true);
    m_since->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_destinationLabel = new QLabel;
    m_sinceLabel = new QLabel;
    m_destinationLabel->setBuddy(m_destination);
    m_sinceLabel->setBuddy(m_since);
    form->addRow(m_destinationLabel, m_destination);
    form->addRow(m_sinceLabel, m_since);
    layout->addLayout(form);
    m_note = new QLabel;
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(m_destination->count() > 0);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    retranslateUi();
}

qint64 ReplayDeadDialog::destinationId() const {
    return m_destination->currentData().toLongLong();
}

QDateTime ReplayDeadDialog::since() const {
    return m_since->dateTime();
}

void ReplayDeadDialog::setSince(const QDateTime &since) {
    m_since->setDateTime(since.toLocalTime());
}

void ReplayDeadDialog::retranslateUi() {
    setWindowTitle(tr("Replay dead letters"));
    m_destinationLabel->setText(tr("&Destination:"));
    m_sinceLabel->setText(tr("Last attempt &since:"));
    m_destination->setAccessibleName(tr("Destination whose dead letters to replay"));
    m_since->setAccessibleName(tr("Replay dead letters whose last attempt is at or after this time"));
    m_note->setText(tr("Each dead letter is sent again with its original idempotency key and a new retry "
                       "window."));
}

void ReplayDeadDialog::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace sb
