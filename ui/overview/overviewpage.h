#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace sb {

class TableCountsModel;
class Workspace;

// The workspace at a glance: where it lives, its schema version and what it holds.
class OverviewPage : public QWidget {
    Q_OBJECT
public:
    explicit OverviewPage(Workspace *workspace, QWidget *parent = nullptr);
    TableCountsModel *model() const { return m_model; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateSummary();
    void retranslateUi();

    TableCountsModel *m_model;
    QLabel *m_summary;
    QLabel *m_title = nullptr;
    QTableView *m_table = nullptr;
    QString m_databasePath;
};

} // namespace sb
