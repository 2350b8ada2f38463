// placeholder
#include "ctlcommand.h"
namespace sb::ctl {
void registerImportCommands(CommandRegistry &) {}
}
