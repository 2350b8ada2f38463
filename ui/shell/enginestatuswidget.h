#pragma once

#include <QWidget>

class QLabel;

namespace sb {

class EngineStatusProbe;

// The status bar's engine figures: events in per second, delivery backlog and dead letters.
class EngineStatusWidget : public QWidget {
    Q_OBJECT
public:
    explicit EngineStatusWidget(EngineStatusProbe *probe, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showFigures();

    EngineStatusProbe *m_probe;
    QLabel *m_rate;
    QLabel *m_backlog;
    QLabel *m_dead;
};

} // namespace sb
