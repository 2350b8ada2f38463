#pragma once

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <functional>
#include <memory>

#include "core/result.h"

namespace sb {
class Workspace;
}

namespace sb::ctl {

// What a command gets: its own arguments (after the command name), the global options, and streams.
class CtlContext {
public:
    CtlContext(QStringList arguments, QString workspaceDir, bool json, QTextStream &out, QTextStream &err);

    const QStringList &arguments() const { return m_arguments; }
    const QString &workspaceDir() const { return m_workspaceDir; }
    bool json() const { return m_json; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // Opens the workspace named by --workspace (it must exist); reports the error and returns null.
    Workspace *workspace();
    // Prints a JSON document on stdout (for --json output).
    void printJson(const QJsonObject &object);
    void printJson(const QJsonDocument &document);
    // Prints "switchboard-ctl: <message>" on stderr and returns the exit code for failures.
    int fail(const QString &message, int exitCode = 1);

private:
    QStringList m_arguments;
    QString m_workspaceDir;
    bool m_json;
    QTextStream &m_out;
    QTextStream &m_err;
    std::unique_ptr<Workspace> m_workspace;
};

struct CtlCommand {
    QString name;    // e.g. "status", "sources add" (multi-word names are matched word by word)
    QString summary; // one line for --help
    std::function<int(CtlContext &)> run;
};

// Every command of switchboard-ctl; areas add theirs from register*Commands() functions.
class CommandRegistry {
public:
    void add(CtlCommand command);
    // Finds the longest command name that prefixes args; removes the name words from args.
    const CtlCommand *find(QStringList &args) const;
    const QList<CtlCommand> &commands() const { return m_commands; }

private:
    QList<CtlCommand> m_commands;
};

// Registration hooks, one per area (see commands_*.cpp).
void registerWorkspaceCommands(CommandRegistry &registry);
void registerSourceCommands(CommandRegistry &registry);
void registerDemoCommands(CommandRegistry &registry);
void registerImportCommands(CommandRegistry &registry);
// Parses "--name value" / "--name=value" options and bare flags of a command (commands_sources.cpp).
bool parseCtlOptions(CtlContext &context, const QStringList &known, QHash<QString, QString> *values,
                     const QStringList &flags = {});
void registerMappingCommands(CommandRegistry &registry);
void registerDestinationCommands(CommandRegistry &registry);
void registerDeliveryCommands(CommandRegistry &registry);
void registerPreviewCommands(CommandRegistry &registry);
void registerSchedulerCommands(CommandRegistry &registry);

// Runs the command line (without argv[0]); returns the process exit code.
int runCommandLine(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace sb::ctl
