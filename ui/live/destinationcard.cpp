#include "destinationcard.h"

#include <QDateTime>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

#include "livecolors.h"

namespace sb {

namespace {

// Latency as people read it: 42 ms, 1.3 s, 12 min, 8.0 h (a backfill can wait hours).
QString humanDuration(double ms) {
    const QLocale locale;
    if (ms < 1000)
        return DestinationCard::tr("%1 ms").arg(locale.toString(qRound64(ms)));
    if (ms < 60'000)
        return DestinationCard::tr("%1 s").arg(locale.toString(ms / 1000, 'f', 1));
    if (ms < 3'600'000)
        return DestinationCard::tr("%1 min").arg(locale.toString(qRound64(ms / 60'000)));
    return DestinationCard::tr("%1 h").arg(locale.toString(ms / 3'600'000, 'f', 1));
}

QString clockTime(qint64 ms) {
    return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().toString(QStringLiteral("HH:mm:ss"));
}

} // namespace

DestinationCard::DestinationCard(QWidget *parent)
    : QFrame(parent) {
    setMinimumWidth(214);
    setMaximumWidth(340);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 12, 12);
    layout->setSpacing(6);

    auto *header = new QHBoxLayout;
    m_name = new QLabel;
    QFont bold = m_name->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_name->setFont(bold);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_state = new QLabel;
    m_state->setObjectName(QStringLiteral("state"));
    m_state->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_state->setWordWrap(true);
    header->addWidget(m_name, 1);
    header->addWidget(m_state, 0);
    layout->addLayout(header);
    m_connector = new QLabel;
    layout->addWidget(m_connector);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(0);
    m_rate = addFigure(grid, 0, QStringLiteral("deliveredPerSecond"));
    m_success = addFigure(grid, 1, QStringLiteral("successRate"));
    m_p95 = addFigure(grid, 2, QStringLiteral("p95"));
    m_rateCaption = new QLabel;
    m_successCaption = new QLabel;
    m_p95Caption = new QLabel;
    int column = 0;
    for (QLabel *caption : {m_rateCaption, m_successCaption, m_p95Caption})
        grid->addWidget(caption, 1, column++);
    layout->addLayout(grid);

    m_queue = new QLabel;
    m_queue->setObjectName(QStringLiteral("queue"));
    m_queue->setTextFormat(Qt::RichText);
    m_queue->setWordWrap(true);
    layout->addWidget(m_queue);
    m_next = new QLabel;
    m_next->setObjectName(QStringLiteral("nextAttempt"));
    layout->addWidget(m_next);

    auto *buttons = new QHBoxLayout;
    m_pause = new QPushButton;
    m_pause->setObjectName(QStringLiteral("pauseButton"));
    m_replay = new QPushButton;
    m_replay->setObjectName(QStringLiteral("replayDeadButton"));
    buttons->addWidget(m_pause);
    buttons->addWidget(m_replay);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(m_pause, &QPushButton::clicked, this,
            [this] { emit pauseRequested(m_figures.id, !m_figures.paused); });
    connect(m_replay, &QPushButton::clicked, this, [this] { emit replayDeadRequested(m_figures.id); });
    retranslateUi();
}

QLabel *DestinationCard::addFigure(QGridLayout *grid, int column, const QString &objectName) {
    auto *label = new QLabel;
    label->setObjectName(objectName);
    QFont big = label->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    label->setFont(big);
    grid->addWidget(label, 0, column);
    return label;
}

QString DestinationCard::figureText(const QString &name) const {
    const auto *label = findChild<QLabel *>(name);
    return label ? label->text() : QString();
}

void DestinationCard::setFigures(const DestinationFigures &figures, qint64 nowMs) {
    m_figures = figures;
    m_nowMs = nowMs;
    updateTexts();
}

QString DestinationCard::stateText() const {
    return m_state->text();
}

void DestinationCard::updateTexts() {
    const DestinationFigures &f = m_figures;
    const QLocale locale;
    m_name->setText(f.name);
    m_connector->setText(f.connector);
    m_rate->setText(locale.toString(f.deliveredPerSecond, 'f', f.deliveredPerSecond < 10 ? 1 : 0));
    // "100%" rather than "100.0%": the figure must fit a narrow card.
    const double percent = f.successRate * 100;
    m_success->setText(f.successRate < 0 ? tr("—")
                                         : locale.toString(percent, 'f', percent >= 99.95 ? 0 : 1) + u'%');
    m_p95->setText(f.p95LatencyMs < 0 ? tr("—") : humanDuration(f.p95LatencyMs));

    const QPalette pal = palette();
    const QString secondary = QStringLiteral("color: %1").arg(LiveColors::secondaryText(pal).name());
    for (QLabel *label : {m_connector, m_next, m_rateCaption, m_successCaption, m_p95Caption})
        label->setStyleSheet(secondary);
    const QColor bad = LiveColors::color(LiveColors::Tone::Bad, pal);
    const QColor warn = LiveColors::color(LiveColors::Tone::Warning, pal);
    // Below 99 % is worth a look, below 90 % is trouble.
    const QColor successColour = f.successRate < 0 || f.successRate >= 0.99 ? QColor()
                                 : f.successRate >= 0.9                     ? warn
                                                                            : bad;
    m_success->setStyleSheet(successColour.isValid() ? QStringLiteral("color: %1").arg(successColour.name())
                                                     : QString());
    const QString deadText = f.dead > 0 ? QStringLiteral("<span style=\"color:%1\"><b>%2</b></span>")
                                              .arg(bad.name(), locale.toString(f.dead))
                                        : locale.toString(f.dead);
    const QString retryText = f.retrying > 0 ? QStringLiteral("<span style=\"color:%1\"><b>%2</b></span>")
                                                   .arg(warn.name(), locale.toString(f.retrying))
                                             : locale.toString(f.retrying);
    m_queue->setText(tr("Backlog <b>%1</b> · Retrying %2 · Dead letters %3")
                         .arg(locale.toString(f.backlog), retryText, deadText));
    // Nothing leaves before the breaker closes or a Retry-After ends, whatever the rows say.
    qint64 next = f.nextAttemptAt;
    if (next > 0 && f.breaker == QLatin1String("open"))
        next = qMax(next, f.breakerOpenUntil);
    if (next > 0)
        next = qMax(next, f.holdUntil);
    if (next > 0 && f.paused) {
        m_next->setText(tr("Next attempt: when resumed"));
    } else if (next > 0) {
        const qint64 inS = qMax<qint64>(0, (next - m_nowMs + 999) / 1000);
        m_next->setText(inS == 0 ? tr("Next attempt: now")
                                 : tr("Next attempt: %1 (in %2 s)").arg(clockTime(next)).arg(inS));
    } else {
        m_next->setText(tr("Next attempt: nothing waiting"));
    }

    LiveColors::Tone tone = LiveColors::Tone::Good;
    QString state = tr("Running");
    if (f.paused) {
        tone = LiveColors::Tone::Warning;
        state = tr("Paused");
    } else if (f.breaker == QLatin1String("open")) {
        tone = LiveColors::Tone::Bad;
        state = f.breakerOpenUntil > 0 ? tr("Breaker open until %1").arg(clockTime(f.breakerOpenUntil))
                                       : tr("Breaker open");
    } else if (f.breaker == QLatin1String("half_open")) {
        tone = LiveColors::Tone::Warning;
        state = tr("Breaker half-open");
    } else if (f.holdUntil > m_nowMs) {
        tone = LiveColors::Tone::Warning;
        state = tr("Holding until %1").arg(clockTime(f.holdUntil));
    } else if (f.throttled) {
        tone = LiveColors::Tone::Warning;
        state = tr("Rate limited %1/s of %2/s")
                    .arg(QLocale().toString(f.currentRate, 'f', 1), QLocale().toString(f.baseRate, 'f', 0));
    }
    m_tone = int(tone);
    m_state->setText(state);
    if (f.holdUntil > m_nowMs && !f.holdReason.isEmpty())
        m_state->setToolTip(f.holdReason);
    else
        m_state->setToolTip(QString());
    m_state->setStyleSheet(
        QStringLiteral("QLabel { color: %1; background: %2; border-radius: 8px; padding: 2px 8px; "
                       "font-weight: bold; }")
            .arg(LiveColors::color(tone, pal).name(QColor::HexRgb),
                 LiveColors::fill(tone, pal).name(QColor::HexArgb)));
    m_pause->setText(f.paused ? tr("Resume") : tr("Pause"));
    m_pause->setAccessibleName(f.paused ? tr("Resume %1").arg(f.name) : tr("Pause %1").arg(f.name));
    m_replay->setEnabled(f.dead > 0);
    m_replay->setAccessibleName(tr("Replay dead letters of %1").arg(f.name));
    setAccessibleName(tr("Destination %1").arg(f.name));
    setAccessibleDescription(tr("%1; %2 delivered per second; success %3; p95 %4; %5")
                                 .arg(state, m_rate->text(), m_success->text(), m_p95->text(),
                                      m_queue->text().remove(QRegularExpression(QStringLiteral("<[^>]*>")))));
    update();
}

void DestinationCard::retranslateUi() {
    m_rateCaption->setText(tr("delivered/s"));
    // Short captions fit five cards side by side; the tooltips say what the figures cover.
    m_successCaption->setText(tr("success"));
    m_p95Caption->setText(tr("p95"));
    m_rateCaption->setToolTip(tr("Deliveries per second, last minute"));
    m_successCaption->setToolTip(tr("Share of attempts that succeeded in the last hour"));
    m_p95Caption->setToolTip(tr("95th percentile of the time from intake to delivery, last hour"));
    m_replay->setText(tr("Replay dead…"));
    m_pause->setToolTip(tr("Stop or restart sending to this destination"));
    m_replay->setToolTip(tr("Send this destination's dead letters again"));
    updateTexts();
}

void DestinationCard::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        updateTexts();
    QFrame::changeEvent(event);
}

void DestinationCard::paintEvent(QPaintEvent *) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QRectF r = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    p.setPen(QPen(pal.color(QPalette::Mid), 1));
    p.setBrush(pal.color(QPalette::Base));
    p.drawRoundedRect(r, 8, 8);
    // A stripe in the state's colour down the left edge.
    p.setPen(Qt::NoPen);
    p.setBrush(LiveColors::color(LiveColors::Tone(m_tone), pal));
    p.drawRoundedRect(QRectF(r.left() + 1, r.top() + 8, 4, r.height() - 16), 2, 2);
}

} // namespace sb
