#include "profilespage.h"

#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>

#include "shell/consolecontext.h"

namespace sb {

ProfilesPage::ProfilesPage(ConsoleContext *context, QWidget *parent)
    : ConsolePage(parent)
    , m_context(context)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("This page is being built.")));
    QTimer::singleShot(0, this, [this] { markLoaded(); });
}

} // namespace sb
