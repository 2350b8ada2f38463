#pragma once

#include <QWidget>

#include "profiles/profilequeries.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;
class QTreeWidget;

namespace sb {

class ConsoleNavigator;
class ProfileTimelineModel;
class QueryRunner;
class Workspace;

// One profile: who it is (contact, flags, merges), its traits grouped by source, its identities, and
// its timeline of events in and deliveries out with source and type filters.
class ProfileView : public QWidget {
    Q_OBJECT
public:
    ProfileView(Workspace *workspace, ConsoleNavigator *navigator, QWidget *parent = nullptr);

    void showProfile(qint64 profileId);
    qint64 profileId() const { return m_profileId; }
    void setSources(const QList<QPair<qint64, QString>> &sources);

    ProfileTimelineModel *timelineModel() const { return m_timeline; }
    QTableView *timelineView() const { return m_timelineView; }
    QTreeWidget *traitsTree() const { return m_traits; }
    QTreeWidget *identitiesTree() const { return m_identities; }
    QLabel *headerLabel() const { return m_header; }
    QLabel *flagsLabel() const { return m_flags; }
    QComboBox *sourceFilter() const { return m_sourceFilter; }
    QComboBox *typeFilter() const { return m_typeFilter; }
    // Opens what the timeline row is: a delivery's detail (navigator) or an event's explanation.
    void activateTimelineRow(int row);

signals:
    void detailLoaded(qint64 profileId);
    void explainOpened(QWidget *dialog);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillTypeFilter();
    void applyDetail(const ProfileDetail &detail);
    void applyFilter();
    void updateButtons();

    Workspace *m_workspace;
    ConsoleNavigator *m_navigator;
    QueryRunner *m_runner;
    ProfileTimelineModel *m_timeline;
    qint64 m_profileId = 0;
    quint64 m_generation = 0;
    qint64 m_mergedInto = 0;
    QList<qint64> m_mergedFrom;

    QLabel *m_header;
    QLabel *m_flags;
    QPushButton *m_openMerged;
    QTabWidget *m_tabs;
    QWidget *m_timelineTab;
    QLabel *m_sourceLabel;
    QComboBox *m_sourceFilter;
    QLabel *m_typeLabel;
    QComboBox *m_typeFilter;
    QPushButton *m_openDelivery;
    QPushButton *m_explainEvent;
    QTableView *m_timelineView;
    QLabel *m_timelineStatus;
    QTreeWidget *m_traits;
    QTreeWidget *m_identities;
};

} // namespace sb
