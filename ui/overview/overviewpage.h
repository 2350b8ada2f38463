#pragma once

#include <QWidget>

class QLabel;

namespace sb {

class TableCountsModel;
class Workspace;

// The workspace at a glance: where it lives, its schema version and what it holds.
class OverviewPage : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewPage(Workspace *workspace, QWidget *parent = nullptr);
    TableCountsModel *model() const { return m_model; }

private:
    void updateSummary();

    TableCountsModel *m_model;
    QLabel *m_summary;
    QString m_databasePath;
};

} // namespace sb
