#pragma once

#include <QObject>

#include "loadwatcher.h"

class QTimer;

namespace sb {

class Workspace;

// What the status bar shows about the engine: events received per second (over the last 10 s) and
// the delivery backlog. Polls on a pool thread with that thread's read connection; never overlaps.
class EngineStatusProbe : public QObject {
    Q_OBJECT
public:
    struct Figures {
        double eventsPerSecond = 0;
        qint64 backlog = 0;     // pending, retrying, blocked or in flight
        qint64 deadLetters = 0; // status 'dead'
        QString error;
    };

    explicit EngineStatusProbe(Workspace *workspace, QObject *parent = nullptr);

    void start(int intervalMs = 2000);
    void refresh();
    Figures figures() const { return m_figures; }

    // The counting itself, usable from any thread with that thread's connection.
    static Figures measure(Workspace *workspace);

signals:
    void updated();

private:
    Workspace *const m_workspace;
    QTimer *m_timer;
    LoadWatcher<Figures> m_watcher;
    Figures m_figures;
};

} // namespace sb
