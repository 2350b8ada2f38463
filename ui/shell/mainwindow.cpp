#include "mainwindow.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>

namespace sb {

MainWindow::MainWindow(const QString &workspaceDir, QWidget *parent)
    : QMainWindow(parent)
    , m_pageList(new QListWidget)
    , m_pages(new QStackedWidget)
    , m_engineState(new QLabel)
    , m_workspaceLabel(new QLabel(workspaceDir))
{
    setWindowTitle(tr("Switchboard — %1").arg(workspaceDir));
    m_pageList->setAccessibleName(tr("Pages"));
    m_pageList->setFixedWidth(170);
    m_pageList->setFrameShape(QFrame::NoFrame);
    m_pageList->setIconSize(QSize(20, 20));

    auto *central = new QWidget;
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_pageList);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    connect(m_pageList, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    m_engineState->setAccessibleName(tr("Engine state"));
    m_workspaceLabel->setAccessibleName(tr("Workspace"));
    statusBar()->addWidget(m_engineState);
    statusBar()->addPermanentWidget(m_workspaceLabel);
    buildMenus();
    resize(1280, 800);
}

void MainWindow::addPage(const QString &key, const QString &title, QWidget *page)
{
    m_keys.append(key);
    m_pages->addWidget(page);
    auto *item = new QListWidgetItem(title, m_pageList);
    item->setSizeHint(QSize(0, 34));
    const int number = int(m_keys.size());
    if (number <= 9) {
        auto *action = new QAction(title, this);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + number)));
        connect(action, &QAction::triggered, this, [this, key] { showPage(key); });
        addAction(action);
        item->setToolTip(tr("%1 (%2)").arg(title, action->shortcut().toString(QKeySequence::NativeText)));
    }
    if (m_pageList->currentRow() < 0)
        m_pageList->setCurrentRow(0);
}

bool MainWindow::showPage(const QString &key)
{
    const qsizetype index = m_keys.indexOf(key);
    if (index < 0)
        return false;
    m_pageList->setCurrentRow(int(index));
    return true;
}

QWidget *MainWindow::page(const QString &key) const
{
    const qsizetype index = m_keys.indexOf(key);
    return index < 0 ? nullptr : m_pages->widget(int(index));
}

void MainWindow::setEngineState(const QString &text)
{
    m_engineState->setText(text);
}

void MainWindow::buildMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About Switchboard"), this, [this] {
        QMessageBox::about(this, tr("About Switchboard"),
                           tr("<h3>Switchboard %1</h3><p>Routes customer events from store systems to "
                              "marketing tools, with a local SQLite-backed sync engine.</p>")
                               .arg(QCoreApplication::applicationVersion()));
    });
}

} // namespace sb
