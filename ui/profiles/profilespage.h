#pragma once

#include <QTimer>

#include "shell/consolepage.h"

class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;

namespace sb {

struct ConsoleContext;
class ProfileSearchModel;
class ProfileView;
class QueryRunner;

// Profiles: search as you type over every profile (email, name, phone, id), and the chosen profile's
// traits, identities and timeline. Opens a profile when another page asks (navigator).
class ProfilesPage : public ConsolePage {
    Q_OBJECT
public:
    explicit ProfilesPage(ConsoleContext *context, QWidget *parent = nullptr);

    // Typing settles this long before a search starts.
    static constexpr int kDebounceMs = 50;

    void openProfile(qint64 profileId);

    QLineEdit *searchField() const { return m_search; }
    QTableView *resultsView() const { return m_results; }
    ProfileSearchModel *searchModel() const { return m_model; }
    ProfileView *profileView() const { return m_view; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void startSearch();
    void updateStatus();

    ConsoleContext *m_context;
    ProfileSearchModel *m_model;
    QueryRunner *m_runner;
    QTimer m_debounce;
    QLineEdit *m_search;
    QTableView *m_results;
    QLabel *m_status;
    ProfileView *m_view;
    QSplitter *m_splitter;
};

} // namespace sb
