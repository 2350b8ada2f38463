#pragma once

#include <QHash>
#include <QList>
#include <functional>

#include "delivery/deliveryfilter.h"
#include "delivery/livesnapshot.h"
#include "shell/consolepage.h"

class QAction;
class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QTableView;
class QTimer;
class QToolBar;
template<typename T> class QFuture;

namespace sb {

struct ConsoleContext;
struct WriteResult;
class DeliveryControl;
class DeliveryDetailView;
class DeliveryTableModel;
class DestinationCard;
class LiveCharts;

// Live monitor: a card per destination, traffic charts, the delivery table (newest first, filtered,
// growing as deliveries arrive) and the selected delivery's detail, with the operator's levers:
// retry now, replay, replay dead letters since, discard, pause / resume. Everything it shows is read
// on pool threads, refreshed once a second without ever stacking one refresh on another.
class LivePage : public ConsolePage {
    Q_OBJECT
public:
    explicit LivePage(ConsoleContext *context, QWidget *parent = nullptr);
    ~LivePage() override;

    DeliveryTableModel *deliveryModel() const { return m_model; }
    QTableView *deliveryTable() const { return m_table; }
    DeliveryDetailView *detailView() const { return m_detail; }
    LiveCharts *charts() const { return m_charts; }
    DestinationCard *card(qint64 destinationId) const { return m_cards.value(destinationId); }
    QAction *retryAction() const { return m_retryAction; }
    QAction *replayAction() const { return m_replayAction; }
    QAction *replayDeadAction() const { return m_replayDeadAction; }
    QAction *discardAction() const { return m_discardAction; }
    QAction *pauseAction() const { return m_pauseAction; }
    QString statusMessage() const;

    // Shows the filter in the filter bar and reloads the table.
    void setFilter(const DeliveryFilter &filter);
    DeliveryFilter filter() const;

public slots:
    // Filters to one delivery when it is not in the table, selects it and shows its detail.
    void showDelivery(qint64 deliveryId);
    // Starts the next refresh of cards, charts and table now (the timer does it every second).
    void refreshNow();

signals:
    // Cards (and charts when due) show a new snapshot.
    void snapshotApplied();
    // An operator action committed (or failed); message is what the status line shows.
    void actionFinished(bool ok, const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void buildUi();
    void createActions();
    void retranslateUi();
    void applyPaletteColours();
    void startSnapshot();
    void applySnapshot(const LiveSnapshot &snapshot);
    void updateDestinationChoices();
    void applyFilterFromBar();
    void onCurrentRowChanged();
    void selectPending();
    void updateActions();
    void showContextMenu(const QPoint &pos);
    QList<qint64> selectedIds() const;
    qint64 currentDestinationId() const;
    bool confirm(const QString &title, const QString &text);
    void runControl(const QFuture<WriteResult> &future, const QList<qint64> &ids,
                    const std::function<QString(int)> &describe);
    void updateLiveHint();
    void setStatus(const QString &text, bool error);
    void maybeMarkLoaded();

    void retrySelected();
    void replaySelected();
    void replayDeadSince(qint64 destinationId = 0);
    void discardSelected();
    void togglePause(qint64 destinationId = 0, int pause = -1);

    ConsoleContext *m_context;
    DeliveryControl *m_control = nullptr;
    DeliveryTableModel *m_model = nullptr;

    QWidget *m_cardsHost = nullptr;
    QHBoxLayout *m_cardsRow = nullptr;
    QScrollArea *m_cardsArea = nullptr;
    QLabel *m_noDestinations = nullptr;
    QHash<qint64, DestinationCard *> m_cards;
    QList<DestinationFigures> m_figures;
    LiveCharts *m_charts = nullptr;

    QLabel *m_tableTitle = nullptr;
    QComboBox *m_destinationFilter = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QLineEdit *m_eventFilter = nullptr;
    QLineEdit *m_profileFilter = nullptr;
    QLabel *m_singleDelivery = nullptr;
    QPushButton *m_showAll = nullptr;
    QTimer *m_filterDebounce = nullptr;
    QTableView *m_table = nullptr;
    DeliveryDetailView *m_detail = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_liveHint = nullptr;
    qint64 m_acceptedWaiting = 0;
    qint64 m_acceptFailedRows = 0;
    QToolBar *m_actionsBar = nullptr;

    QAction *m_retryAction = nullptr;
    QAction *m_replayAction = nullptr;
    QAction *m_replayDeadAction = nullptr;
    QAction *m_discardAction = nullptr;
    QAction *m_pauseAction = nullptr;
    QAction *m_refreshAction = nullptr;

    QTimer *m_timer = nullptr;
    bool m_snapshotLoading = false;
    bool m_seriesDue = true;
    int m_ticksSinceSeries = 0;
    bool m_snapshotShown = false;
    qint64 m_singleDeliveryId = 0;
    qint64 m_pendingSelect = 0;
    bool m_applyingFilter = false;
    bool m_statusIsError = false;
};

} // namespace sb
