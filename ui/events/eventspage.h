#pragma once

#include "shell/consolepage.h"

namespace sb {

struct ConsoleContext;

// Events: the live stream of incoming events, filterable and pausable.
class EventsPage : public ConsolePage
{
    Q_OBJECT
public:
    explicit EventsPage(ConsoleContext *context, QWidget *parent = nullptr);

private:
    ConsoleContext *m_context;
};

} // namespace sb
