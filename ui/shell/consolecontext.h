#pragma once

#include <QObject>

namespace sb {

class Engine;
class Workspace;

// Cross-page navigation: a page asks to show something, the shell switches to the page that owns
// it, and that page selects it. Pages never know about each other.
class ConsoleNavigator : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

signals:
    void profileRequested(qint64 profileId);
    void deliveryRequested(qint64 deliveryId);
    void eventRequested(qint64 eventId);
    void mappingRequested(qint64 destinationId, qint64 mappingId);
    void destinationRequested(qint64 destinationId);
};

// What every page gets: the engine (in-process, or a monitor-only one when attached to a running
// switchboard-engine), its workspace, and the navigator. Owned by the console; outlives the pages.
struct ConsoleContext {
    Engine *engine = nullptr;
    Workspace *workspace = nullptr;
    ConsoleNavigator *navigator = nullptr;
    // Attached to another process's engine (monitor and control only) exactly when this engine has
    // no dispatcher: engine->dispatcher() == nullptr says so, no separate flag.
};

} // namespace sb
