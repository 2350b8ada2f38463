#pragma once

#include "shell/consolepage.h"

namespace sb {

struct ConsoleContext;

// Destinations: add, edit and test destinations of every connector.
class DestinationsPage : public ConsolePage
{
    Q_OBJECT
public:
    explicit DestinationsPage(ConsoleContext *context, QWidget *parent = nullptr);

private:
    ConsoleContext *m_context;
};

} // namespace sb
