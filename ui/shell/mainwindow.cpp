#include "mainwindow.h"

#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>

namespace sb {

MainWindow::MainWindow(const QString &workspaceDir, QWidget *parent)
    : QMainWindow(parent)
    , m_workspaceDir(workspaceDir)
    , m_pageList(new QListWidget)
    , m_pages(new QStackedWidget)
    , m_engineState(new QLabel)
    , m_workspaceLabel(new QLabel(workspaceDir)) {
    setObjectName(QStringLiteral("MainWindow"));
    m_pageList->setFixedWidth(170);
    m_pageList->setFrameShape(QFrame::NoFrame);
    m_pageList->setIconSize(QSize(20, 20));
    // Palette roles keep the selection readable (and the blue icons visible) in light and dark themes.
    m_pageList->setStyleSheet(QStringLiteral(
        "QListWidget { background: palette(window); }"
        "QListWidget::item { padding-left: 8px; }"
        "QListWidget::item:selected { background: palette(midlight); color: palette(window-text);"
        " border-left: 3px solid #3d7ab8; }"));

    auto *central = new QWidget;
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_pageList);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    connect(m_pageList, &QListWidget::currentRowChanged, this, [this](int row) {
        m_pages->setCurrentIndex(row);
        if (row >= 0 && row < m_keys.size())
            emit pageChanged(m_keys.at(row));
    });

    statusBar()->addWidget(m_engineState);
    statusBar()->addPermanentWidget(m_workspaceLabel);
    buildMenus();
    retranslateUi();
    resize(1360, 860);
    restoreWindowState();
}

void MainWindow::addPage(const QString &key, const char *title, QWidget *page, const QIcon &icon) {
    m_keys.append(key);
    m_titles.append(title);
    m_pages->addWidget(page);
    auto *item = new QListWidgetItem(icon, tr(title), m_pageList);
    item->setSizeHint(QSize(0, 36));
    auto *action = new QAction(icon, tr(title), this);
    const int number = int(m_keys.size());
    if (number <= 9)
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + number)));
    connect(action, &QAction::triggered, this, [this, key] { showPage(key); });
    addAction(action);
    m_viewMenu->addAction(action);
    m_pageActions.append(action);
    retranslateUi();
    if (m_pageList->currentRow() < 0)
        m_pageList->setCurrentRow(0);
}

bool MainWindow::showPage(const QString &key) {
    const qsizetype index = m_keys.indexOf(key);
    if (index < 0)
        return false;
    m_pageList->setCurrentRow(int(index));
    return true;
}

QWidget *MainWindow::page(const QString &key) const {
    const qsizetype index = m_keys.indexOf(key);
    return index < 0 ? nullptr : m_pages->widget(int(index));
}

QString MainWindow::currentPageKey() const {
    const int row = m_pageList->currentRow();
    return row >= 0 && row < m_keys.size() ? m_keys.at(row) : QString();
}

void MainWindow::setEngineState(const QString &text) {
    m_engineState->setText(text);
}

void MainWindow::addStatusWidget(QWidget *widget) {
    // After the engine state (index 0), before the workspace path.
    statusBar()->insertPermanentWidget(1, widget);
}

void MainWindow::buildMenus() {
    m_fileMenu = menuBar()->addMenu(QString());
    m_viewMenu = menuBar()->addMenu(QString());
    m_settingsMenu = menuBar()->addMenu(QString());
    m_helpMenu = menuBar()->addMenu(QString());

    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_aboutAction = m_helpMenu->addAction(QString(), this, [this] {
        QMessageBox::about(this, tr("About Switchboard"),
                           tr("<h3>Switchboard %1</h3><p>Routes customer events from store systems to "
                              "marketing tools, with a local SQLite-backed sync engine.</p>"
                              "<p>Workspace: %2</p>")
                               .arg(QCoreApplication::applicationVersion(), m_workspaceDir.toHtmlEscaped()));
    });
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_aboutQtAction = m_helpMenu->addAction(QString(), qApp, &QApplication::aboutQt);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::retranslateUi() {
    setWindowTitle(tr("Switchboard — %1").arg(m_workspaceDir));
    m_pageList->setAccessibleName(tr("Pages"));
    m_engineState->setAccessibleName(tr("Engine state"));
    m_workspaceLabel->setAccessibleName(tr("Workspace"));
    m_fileMenu->setTitle(tr("&File"));
    m_viewMenu->setTitle(tr("&View"));
    m_settingsMenu->setTitle(tr("&Settings"));
    m_helpMenu->setTitle(tr("&Help"));
    m_quitAction->setText(tr("&Quit"));
    m_aboutAction->setText(tr("&About Switchboard"));
    m_aboutQtAction->setText(tr("About &Qt"));
    // The file menu's own entries come first; Quit stays last.
    m_fileMenu->removeAction(m_quitAction);
    m_fileMenu->addAction(m_quitAction);
    for (int i = 0; i < m_keys.size(); ++i) {
        const QString title = tr(m_titles.at(i));
        m_pageList->item(i)->setText(title);
        m_pageActions.at(i)->setText(title);
        const QString shortcut = m_pageActions.at(i)->shortcut().toString(QKeySequence::NativeText);
        m_pageList->item(i)->setToolTip(shortcut.isEmpty() ? title : tr("%1 (%2)").arg(title, shortcut));
    }
}

void MainWindow::restoreWindowState() {
    QSettings settings;
    const QByteArray geometry = settings.value(QStringLiteral("window/geometry")).toByteArray();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
}

void MainWindow::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event) {
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/page"), currentPageKey());
    QMainWindow::closeEvent(event);
}

} // namespace sb
