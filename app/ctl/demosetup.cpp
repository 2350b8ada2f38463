#include "demosetup.h"

#include "connectors/destinationstore.h"
#include "mapping/recipebook.h"
#include "mapping/recipeinstaller.h"
#include "simcredentials.h"

namespace sb::ctl {

namespace {

struct DemoSourceSpec {
    const char *kind;
    const char *name;
    const char *domain;
};
const DemoSourceSpec kSources[] = {{"smrt", "SMRT POS", ""},
                                   {"shopline", "SHOPLINE", ""},
                                   {"ordergroove", "Ordergroove", ""},
                                   {"segmentify", "Web shop", kDemoShopDomain},
                                   {"smile", "Smile", ""}};

const char *const kRecipes[] = {"smrt-segment", "shopline-smartpush", "ordergroove-attentive",
                                "webshop-segmentify", "smile-klaviyo"};

// What switchboard-sim accepts for each connector (app/sim/simcredentials.h).
void simulatorAccess(const QString &connector, RecipeInstaller::Options &options) {
    if (connector == QLatin1String("segment")) {
        options.credentials.insert(QStringLiteral("writeKey"), QString::fromLatin1(sim::SegmentWriteKey));
    } else if (connector == QLatin1String("klaviyo")) {
        options.credentials.insert(QStringLiteral("apiKey"), QString::fromLatin1(sim::KlaviyoApiKey));
        options.settings.insert(QStringLiteral("revision"), QString::fromLatin1(sim::KlaviyoRevision));
    } else if (connector == QLatin1String("attentive")) {
        options.credentials.insert(QStringLiteral("apiKey"), QString::fromLatin1(sim::AttentiveApiKey));
    } else if (connector == QLatin1String("segmentify")) {
        options.credentials.insert(QStringLiteral("apiKey"), QString::fromLatin1(sim::SegmentifyApiKey));
        options.settings.insert(QStringLiteral("origin"), QString::fromLatin1(sim::SegmentifyOrigin));
    } else if (connector == QLatin1String("smartpush")) {
        options.credentials.insert(QStringLiteral("token"), QString::fromLatin1(sim::SmartPushToken));
    }
}

} // namespace

Result<DemoSources> ensureDemoSources(Workspace *workspace) {
    SourceStore store(workspace);
    const QList<SourceInfo> existing = store.list();
    DemoSources out;
    for (const DemoSourceSpec &spec : kSources) {
        const QString kind = QString::fromLatin1(spec.kind);
        const QString name = QString::fromLatin1(spec.name);
        const SourceInfo *found = nullptr;
        for (const SourceInfo &s : existing)
            if (s.name == name && s.kind == kind)
                found = &s;
        for (const SourceInfo &s : existing)
            if (!found && s.kind == kind)
                found = &s;
        if (found) {
            out.byKind.insert(kind, *found);
            continue;
        }
        const Result<SourceInfo> added = store.add(name, kind, QString::fromLatin1(spec.domain));
        if (!added)
            return Result<DemoSources>::failure(QStringLiteral("source '%1': %2").arg(name, added.error()));
        out.byKind.insert(kind, added.value());
        out.created << name;
    }
    return out;
}

Result<DemoDestinations> ensureDemoDestinations(Workspace *workspace, const QUrl &simUrl) {
    DemoDestinations out;
    DestinationStore destinations(workspace);
    QString base = simUrl.toString();
    while (base.endsWith(u'/'))
        base.chop(1);
    for (const char *recipeName : kRecipes) {
        const Recipe *recipe = RecipeBook::find(QString::fromLatin1(recipeName));
        if (!recipe)
            return Result<DemoDestinations>::failure(
                QStringLiteral("the built-in recipe '%1' is missing").arg(QLatin1String(recipeName)));
        if (destinations.findByName(recipe->destinationName)) {
            out.existing << recipe->destinationName;
            continue;
        }
        RecipeInstaller::Options options;
        options.baseUrl = QUrl(base + u'/' + recipe->connector);
        simulatorAccess(recipe->connector, options);
        const Result<RecipeInstaller::Installed> installed =
            RecipeInstaller::install(workspace, *recipe, options);
        if (!installed)
            return Result<DemoDestinations>::failure(installed.error());
        out.created << recipe->destinationName;
    }
    return out;
}

} // namespace sb::ctl
