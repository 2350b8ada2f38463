#pragma once

// A real workspace in a temporary folder, a running simulator and a console context for page tests.
#include <QTemporaryDir>
#include <QTest>
#include <memory>

#include "mapping/recipebook.h"
#include "mapping/recipeinstaller.h"
#include "shell/consolecontext.h"
#include "simcredentials.h"
#include "simulatorthread.h"
#include "store/workspace.h"

namespace sb::test {

struct PageFixture {
    QTemporaryDir dir;
    std::unique_ptr<Workspace> workspace;
    SimulatorThread simulator;
    ConsoleNavigator navigator;
    ConsoleContext context;

    bool open() {
        auto ws = Workspace::open(dir.path(), Workspace::OpenMode::CreateIfMissing);
        if (!ws.ok())
            return false;
        workspace = ws.take();
        context = ConsoleContext{nullptr, workspace.get(), &navigator};
        return simulator.start();
    }

    // The SMRT -> Segment recipe pointed at the simulator with the key it accepts.
    RecipeInstaller::Installed installSegment() {
        RecipeInstaller::Options options;
        options.baseUrl = simulator.baseUrl(QStringLiteral("segment"));
        options.credentials.insert(QStringLiteral("writeKey"), QString::fromLatin1(sim::SegmentWriteKey));
        const Result<RecipeInstaller::Installed> installed = RecipeInstaller::install(
            workspace.get(), *RecipeBook::find(QStringLiteral("smrt-segment")), options);
        if (!installed)
            qFatal("%s", qPrintable(installed.error()));
        return installed.value();
    }
};

} // namespace sb::test
