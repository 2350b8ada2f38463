#pragma once

#include <QWidget>

class QLabel;
class QTableView;
class QTimer;

namespace sb {

class TableCountsModel;
class Workspace;

// The workspace at a glance: where it lives, its schema version and what it holds.
class OverviewPage : public QWidget {
    Q_OBJECT
public:
    explicit OverviewPage(Workspace *workspace, QWidget *parent = nullptr);
    TableCountsModel *model() const { return m_model; }

    // The wait before the next count: at least kRefreshMs, and long enough that counting (which walks
    // every table) takes at most 1/kMaxCountShare of the time.
    int nextRefreshMs() const;
    bool refreshScheduled() const;
    static constexpr int kRefreshMs = 5000;
    static constexpr int kMaxCountShare = 20;

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void updateSummary();
    void retranslateUi();
    void onRefreshed();

    TableCountsModel *m_model;
    QLabel *m_summary;
    QLabel *m_title = nullptr;
    QTableView *m_table = nullptr;
    QString m_databasePath;
    // Counts run only while the page is shown, one after the other.
    QTimer *m_refreshTimer = nullptr;
};

} // namespace sb
