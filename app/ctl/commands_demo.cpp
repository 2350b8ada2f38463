// placeholder
#include "ctlcommand.h"
namespace sb::ctl {
void registerDemoCommands(CommandRegistry &) {}
}
