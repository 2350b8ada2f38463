#pragma once

#include <QFrame>

#include "delivery/livesnapshot.h"

class QGridLayout;
class QLabel;
class QPushButton;

namespace sb {

// One destination on the live monitor: throughput, success rate, p95 latency, backlog, retrying,
// dead letters, its state (paused, breaker, rate limit, Retry-After hold) and the next attempt time.
class DestinationCard : public QFrame {
    Q_OBJECT
public:
    explicit DestinationCard(QWidget *parent = nullptr);

    void setFigures(const DestinationFigures &figures, qint64 nowMs);
    const DestinationFigures &figures() const { return m_figures; }
    qint64 destinationId() const { return m_figures.id; }
    // The state line as shown ("Running", "Paused", "Breaker open until 12:00:05", ...).
    QString stateText() const;
    QString figureText(const QString &name) const; // by object name, for tests and accessibility

signals:
    void pauseRequested(qint64 destinationId, bool pause);
    void replayDeadRequested(qint64 destinationId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateTexts();
    QLabel *addFigure(QGridLayout *grid, int column, const QString &objectName);

    DestinationFigures m_figures;
    qint64 m_nowMs = 0;
    int m_tone = 0;
    QLabel *m_name = nullptr;
    QLabel *m_connector = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_rate = nullptr;
    QLabel *m_success = nullptr;
    QLabel *m_p95 = nullptr;
    QLabel *m_rateCaption = nullptr;
    QLabel *m_successCaption = nullptr;
    QLabel *m_p95Caption = nullptr;
    QLabel *m_queue = nullptr;
    QLabel *m_next = nullptr;
    QPushButton *m_pause = nullptr;
    QPushButton *m_replay = nullptr;
};

} // namespace sb
