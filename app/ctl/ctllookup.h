#pragma once

#include "connectors/connector.h"
#include "core/result.h"

namespace sb {
class Workspace;
}

namespace sb::ctl {

// A destination by name, or by id when no destination has that name.
Result<DestinationConfig> findDestinationForCtl(Workspace *workspace, const QString &nameOrId);

} // namespace sb::ctl

namespace sb::ctl {
class CommandRegistry;
// preview, preview matrix (commands_preview.cpp); registered with the mapping commands.
void registerPreviewCommands(CommandRegistry &registry);
} // namespace sb::ctl
