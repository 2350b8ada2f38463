#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace sb {

// The console's frame: a page list on the left, the current page, menus and a status bar.
// It assembles pages and nothing more; each page owns its own logic.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const QString &workspaceDir, QWidget *parent = nullptr);

    // Adds a page under a stable key ("live", "profiles", ...) used by --page and shortcuts.
    void addPage(const QString &key, const QString &title, QWidget *page);
    bool showPage(const QString &key);
    QStringList pageKeys() const { return m_keys; }
    QWidget *page(const QString &key) const;

    // Status bar fields, set by whoever knows them.
    void setEngineState(const QString &text);

private:
    void buildMenus();

    QListWidget *m_pageList;
    QStackedWidget *m_pages;
    QLabel *m_engineState;
    QLabel *m_workspaceLabel;
    QStringList m_keys;
};

} // namespace sb
