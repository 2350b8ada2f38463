#pragma once

#include "shell/consolepage.h"

namespace sb {

struct ConsoleContext;

// Profiles: search, a profile's traits and identities, and its timeline.
class ProfilesPage : public ConsolePage
{
    Q_OBJECT
public:
    explicit ProfilesPage(ConsoleContext *context, QWidget *parent = nullptr);

private:
    ConsoleContext *m_context;
};

} // namespace sb
