#pragma once

#include <QFutureWatcher>
#include <QWidget>
#include <optional>

#include "connectors/connector.h"
#include "core/model.h"
#include "core/result.h"
#include "mapping/mappingdefinition.h"
#include "mapping/preview.h"
#include "mapping/storedevents.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace sb {

class DestinationRequest;
struct DestinationResponse;
class Workspace;

// The request a mapping makes of one event, from the engine's renderer (the code delivery runs):
// for a catalog sample of an event type or a stored event. Re-rendered shortly after the mapping
// stops changing. Copies it as curl (secrets masked) and sends it as a test event.
class PreviewPanel : public QWidget {
    Q_OBJECT
public:
    explicit PreviewPanel(Workspace *workspace, QWidget *parent = nullptr);

    void setDestination(const std::optional<DestinationConfig> &destination);
    // Schedules a new preview once the mapping has not changed for debounceMs().
    void setMapping(const std::optional<MappingDefinition> &mapping);
    void setDebounceMs(int ms);
    // Renders at once (tests, explicit refresh).
    void renderNow();

    QString requestText() const;
    const Preview &preview() const { return m_preview; }
    QString eventType() const;
    void setEventType(const QString &eventType);
    // A stored event instead of the catalog sample; loaded off the GUI thread (eventLoaded()).
    void useStoredEvent(qint64 eventId);
    void useSample();

    void retranslateUi();

signals:
    void rendered();
    void eventTypeChanged(const QString &eventType);
    void eventLoaded(bool ok);
    void testEventFinished(const sb::DestinationResponse &response);

private:
    void fillEventTypes();
    void scheduleRender();
    void sendTestEvent();
    void showResponse(const DestinationResponse &response);
    Event currentEvent() const;
    Profile currentProfile() const;

    Workspace *m_workspace;
    std::optional<DestinationConfig> m_destination;
    std::optional<MappingDefinition> m_mapping;
    std::optional<StoredEvents::Loaded> m_stored;
    Preview m_preview;
    QString m_filledFor; // the source kind and event names the event type list was filled for
    QTimer *m_debounce;
    DestinationRequest *m_request;
    QFutureWatcher<Result<StoredEvents::Loaded>> m_eventWatcher;

    QLabel *m_title;
    QLabel *m_eventTypeLabel;
    QComboBox *m_eventType;
    QComboBox *m_sampleKind;
    QLineEdit *m_eventId;
    QPushButton *m_loadEvent;
    QLabel *m_eventStatus;
    QLabel *m_summary;
    QPlainTextEdit *m_requestView;
    QLabel *m_findings;
    QPushButton *m_copyCurl;
    QPushButton *m_sendTest;
    QLabel *m_responseTitle;
    QLabel *m_responseStatus;
    QPlainTextEdit *m_responseView;
};

} // namespace sb
