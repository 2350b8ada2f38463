#include "ctlcommand.h"

#include "store/workspace.h"

namespace sb::ctl {

CtlContext::CtlContext(QStringList arguments, QString workspaceDir, bool json, QTextStream &out,
                       QTextStream &err)
    : m_arguments(std::move(arguments))
    , m_workspaceDir(std::move(workspaceDir))
    , m_json(json)
    , m_out(out)
    , m_err(err) {}

Workspace *CtlContext::workspace() {
    if (m_workspace)
        return m_workspace.get();
    if (m_workspaceDir.isEmpty()) {
        fail(QStringLiteral("no workspace given: pass --workspace DIR"));
        return nullptr;
    }
    auto opened = Workspace::open(m_workspaceDir, Workspace::OpenMode::MustExist);
    if (!opened) {
        fail(opened.error());
        return nullptr;
    }
    m_workspace = opened.take();
    return m_workspace.get();
}

void CtlContext::printJson(const QJsonObject &object) {
    printJson(QJsonDocument(object));
}

void CtlContext::printJson(const QJsonDocument &document) {
    m_out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    m_out.flush();
}

int CtlContext::fail(const QString &message, int exitCode) {
    m_err << "switchboard-ctl: " << message << Qt::endl;
    return exitCode;
}

void CommandRegistry::add(CtlCommand command) {
    m_commands.append(std::move(command));
}

const CtlCommand *CommandRegistry::find(QStringList &args) const {
    const CtlCommand *best = nullptr;
    qsizetype bestWords = 0;
    for (const CtlCommand &command : m_commands) {
        const QStringList words = command.name.split(u' ');
        if (words.size() > args.size() || words.size() <= bestWords)
            continue;
        if (std::equal(words.begin(), words.end(), args.begin())) {
            best = &command;
            bestWords = words.size();
        }
    }
    if (best)
        args.remove(0, bestWords);
    return best;
}

namespace {

void printUsage(const CommandRegistry &registry, QTextStream &out) {
    out << "Usage: switchboard-ctl [--workspace DIR] [--json] COMMAND [ARGS...]\n\n"
           "Commands:\n";
    for (const CtlCommand &command : registry.commands())
        out << "  " << command.name.leftJustified(22) << ' ' << command.summary << '\n';
    out << "\nEnvironment: SWITCHBOARD_WORKSPACE is used when --workspace is not given.\n";
    out.flush();
}

} // namespace

int runCommandLine(const QStringList &arguments, QTextStream &out, QTextStream &err) {
    CommandRegistry registry;
    registerWorkspaceCommands(registry);
    registerSourceCommands(registry);
    registerDemoCommands(registry);
    registerImportCommands(registry);
    registerDestinationCommands(registry);
    registerMappingCommands(registry);
    registerDeliveryCommands(registry);
    registerPreviewCommands(registry);
    registerSchedulerCommands(registry);

    QString workspaceDir = qEnvironmentVariable("SWITCHBOARD_WORKSPACE");
    bool json = false;
    QStringList rest;
    // Global options may stand anywhere; everything else is the command and its arguments.
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("--workspace") || arg == QLatin1String("-w")) {
            if (i + 1 >= arguments.size()) {
                err << "switchboard-ctl: --workspace needs a folder" << Qt::endl;
                return 2;
            }
            workspaceDir = arguments.at(++i);
        } else if (arg.startsWith(QLatin1String("--workspace="))) {
            workspaceDir = arg.mid(12);
        } else if (arg == QLatin1String("--json")) {
            json = true;
        } else if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            if (rest.isEmpty()) {
                printUsage(registry, out);
                return 0;
            }
            rest << arg;
        } else {
            rest << arg;
        }
    }
    if (rest.isEmpty()) {
        printUsage(registry, err);
        return 2;
    }
    const CtlCommand *command = registry.find(rest);
    if (!command) {
        err << "switchboard-ctl: unknown command '" << rest.join(u' ')
            << "'; run 'switchboard-ctl --help' for the list" << Qt::endl;
        return 2;
    }
    CtlContext context(rest, workspaceDir, json, out, err);
    return command->run(context);
}

} // namespace sb::ctl
