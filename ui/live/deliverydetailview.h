#pragma once

#include <QWidget>

#include "delivery/deliverydetail.h"

class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QTableView;

namespace sb {

class AttemptHistoryModel;
class Workspace;

// The selected delivery: "You sent" (the stored event), "Request to destination" (the last
// attempt's request, secrets masked), "Response from destination" and the attempt history.
// Loads on a pool thread; a request made while one load runs waits for it, so loads never stack.
class DeliveryDetailView : public QWidget {
    Q_OBJECT
public:
    explicit DeliveryDetailView(Workspace *workspace, QWidget *parent = nullptr);
    ~DeliveryDetailView() override;

    void showDelivery(qint64 deliveryId);
    void reload() { showDelivery(m_deliveryId); }
    void clear();
    qint64 deliveryId() const { return m_deliveryId; }
    const DeliveryDetail &detail() const { return m_detail; }

    QString youSentText() const;
    QString requestText() const;
    QString responseText() const;
    AttemptHistoryModel *attemptsModel() const { return m_attempts; }

signals:
    void loaded(qint64 deliveryId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void startLoad();
    void apply(const DeliveryDetail &detail);
    void retranslateUi();
    void updateHeader();

    Workspace *const m_workspace;
    qint64 m_deliveryId = 0;
    bool m_loading = false;
    bool m_reloadWanted = false;
    DeliveryDetail m_detail;
    QLabel *m_header = nullptr;
    QTabWidget *m_tabs = nullptr;
    QPlainTextEdit *m_sent = nullptr;
    QPlainTextEdit *m_request = nullptr;
    QPlainTextEdit *m_response = nullptr;
    QTableView *m_attemptsView = nullptr;
    AttemptHistoryModel *m_attempts = nullptr;
};

} // namespace sb
