#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace sb {

// The console's frame: a page list on the left, the current page, menus and a status bar.
// It assembles pages and nothing more; each page owns its own logic.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(const QString &workspaceDir, QWidget *parent = nullptr);

    // Adds a page under a stable key ("live", "profiles", ...) used by --page and shortcuts. The
    // title is a source text in this class's translation context (QT_TRANSLATE_NOOP("sb::MainWindow", ...)).
    void addPage(const QString &key, const char *title, QWidget *page, const QIcon &icon = {});
    bool showPage(const QString &key);
    QStringList pageKeys() const { return m_keys; }
    QWidget *page(const QString &key) const;
    QString currentPageKey() const;

    // Status bar fields, set by whoever knows them.
    void setEngineState(const QString &text);
    void addStatusWidget(QWidget *widget);
    // Extra menu entries owned by the console (open workspace, language); shown in the File menu.
    QMenu *fileMenu() const { return m_fileMenu; }
    QMenu *settingsMenu() const { return m_settingsMenu; }

signals:
    void pageChanged(const QString &key);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void retranslateUi();
    void restoreWindowState();

    QString m_workspaceDir;
    QListWidget *m_pageList;
    QStackedWidget *m_pages;
    QLabel *m_engineState;
    QLabel *m_workspaceLabel;
    QStringList m_keys;
    QList<const char *> m_titles;
    QList<QAction *> m_pageActions;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_settingsMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
};

} // namespace sb
