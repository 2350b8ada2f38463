// switchboard: the operator console.
#include "shell/consoleapp.h"

int main(int argc, char *argv[]) {
    return sb::runConsole(argc, argv);
}
