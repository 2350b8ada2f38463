#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QUrl>

#include "core/result.h"
#include "ingest/sourcestore.h"

namespace sb {
class Workspace;
}

namespace sb::ctl {

// The demo store's five sources and five recipes. Both steps are idempotent: what exists is reused.
struct DemoSources {
    QHash<QString, SourceInfo> byKind; // smrt, shopline, ordergroove, segmentify, smile
    QStringList created;               // names of the sources added by this call
};
// Finds each demo source by its name, else the first source of its kind, else adds it.
Result<DemoSources> ensureDemoSources(Workspace *workspace);

struct DemoDestinations {
    QStringList created;  // destination names installed by this call
    QStringList existing; // already there (left as they are)
};
// Installs the five recipes with their destinations pointed at switchboard-sim below simUrl
// (<simUrl>/<connector>) and the credentials the simulator accepts.
Result<DemoDestinations> ensureDemoDestinations(Workspace *workspace, const QUrl &simUrl);

// The web shop's domain: Segmentify events must come with this Origin.
inline constexpr char kDemoShopDomain[] = "www.exampleshop.com";

} // namespace sb::ctl
