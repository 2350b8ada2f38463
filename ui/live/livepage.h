#pragma once

#include "shell/consolepage.h"

namespace sb {

struct ConsoleContext;

// Live monitor: a card per destination, charts, the delivery table and its detail.
class LivePage : public ConsolePage
{
    Q_OBJECT
public:
    explicit LivePage(ConsoleContext *context, QWidget *parent = nullptr);

private:
    ConsoleContext *m_context;
};

} // namespace sb
