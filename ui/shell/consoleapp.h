#pragma once

#include <QStringList>

namespace sb {

// The console's start-up: reads the command line, opens (or creates) the workspace and its
// engine, builds the main window from its pages, and optionally renders a screenshot and exits.
int runConsole(int argc, char *argv[]);

// The folder of the demo workspace used when no --workspace is given.
QString defaultWorkspaceDir();

} // namespace sb
