#pragma once

#include "shell/consolepage.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTreeWidget;

namespace sb {

struct ConsoleContext;
struct EventDetail;
class EventStreamFilterModel;
class EventStreamModel;
class QueryRunner;

// Events: the live stream of incoming events (newest on top), filterable by source, type and text,
// pausable without losing count; the selected event's payload and routing outcome.
class EventsPage : public ConsolePage {
    Q_OBJECT
public:
    explicit EventsPage(ConsoleContext *context, QWidget *parent = nullptr);

    // Shows an event's detail, and selects it in the stream when it is there.
    void openEvent(qint64 eventId);
    qint64 shownEventId() const { return m_shownEventId; }

    EventStreamModel *streamModel() const { return m_stream; }
    EventStreamFilterModel *filterModel() const { return m_filter; }
    QTableView *streamView() const { return m_view; }
    QPushButton *pauseButton() const { return m_pause; }
    QLabel *statusLabel() const { return m_status; }
    QLineEdit *textFilter() const { return m_text; }
    QComboBox *sourceFilter() const { return m_sourceFilter; }
    QComboBox *typeFilter() const { return m_typeFilter; }
    QPlainTextEdit *payloadView() const { return m_payload; }
    QTreeWidget *outcomeTree() const { return m_outcomes; }

signals:
    void eventShown(qint64 eventId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillTypeFilter();
    void updateStatus();
    void applyDetail(const EventDetail &detail);

    ConsoleContext *m_context;
    EventStreamModel *m_stream;
    EventStreamFilterModel *m_filter;
    QueryRunner *m_runner;
    qint64 m_shownEventId = 0;
    qint64 m_shownProfileId = 0;
    quint64 m_detailGeneration = 0;

    QLabel *m_sourceLabel;
    QComboBox *m_sourceFilter;
    QLabel *m_typeLabel;
    QComboBox *m_typeFilter;
    QLineEdit *m_text;
    QPushButton *m_pause;
    QLabel *m_status;
    QTableView *m_view;
    QLabel *m_detailTitle;
    QPushButton *m_openProfile;
    QPlainTextEdit *m_payload;
    QTreeWidget *m_outcomes;
};

} // namespace sb
