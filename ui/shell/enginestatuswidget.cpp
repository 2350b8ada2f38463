#include "enginestatuswidget.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

#include "engine/enginestatusprobe.h"

namespace sb {

EngineStatusWidget::EngineStatusWidget(EngineStatusProbe *probe, QWidget *parent)
    : QWidget(parent)
    , m_probe(probe)
    , m_rate(new QLabel)
    , m_backlog(new QLabel)
    , m_dead(new QLabel) {
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 8, 0);
    layout->setSpacing(16);
    layout->addWidget(m_rate);
    layout->addWidget(m_backlog);
    layout->addWidget(m_dead);
    connect(probe, &EngineStatusProbe::updated, this, &EngineStatusWidget::showFigures);
    showFigures();
}

void EngineStatusWidget::showFigures() {
    const EngineStatusProbe::Figures figures = m_probe->figures();
    const QLocale locale;
    m_rate->setText(tr("In: %1 events/s").arg(locale.toString(figures.eventsPerSecond, 'f', 1)));
    m_backlog->setText(tr("Backlog: %1").arg(locale.toString(figures.backlog)));
    m_dead->setText(tr("Dead letters: %1").arg(locale.toString(figures.deadLetters)));
    m_dead->setStyleSheet(figures.deadLetters > 0 ? QStringLiteral("color: #c0392b; font-weight: 600;")
                                                  : QString());
    m_rate->setAccessibleName(tr("Ingest rate"));
    m_backlog->setAccessibleName(tr("Delivery backlog"));
    m_dead->setAccessibleName(tr("Dead letters"));
    setToolTip(figures.error.isEmpty() ? QString() : figures.error);
}

void EngineStatusWidget::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        showFigures();
    QWidget::changeEvent(event);
}

} // namespace sb
