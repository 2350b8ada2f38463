#pragma once

#include "shell/consolepage.h"

namespace sb {

struct ConsoleContext;

// Mappings: per destination the mappings, an editor and the payload preview.
class MappingsPage : public ConsolePage
{
    Q_OBJECT
public:
    explicit MappingsPage(ConsoleContext *context, QWidget *parent = nullptr);

private:
    ConsoleContext *m_context;
};

} // namespace sb
