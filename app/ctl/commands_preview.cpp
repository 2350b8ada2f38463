// Preview commands: the exact request a destination would receive for an event type (catalog sample)
// or a stored event, with findings; and the matrix of every event type x every mapping.
#include <QHash>
#include <QJsonArray>

#include "connectors/destinationstore.h"
#include "ctlargs.h"
#include "ctlcommand.h"
#include "ctllookup.h"
#include "mapping/mappingstore.h"
#include "mapping/preview.h"
#include "mapping/previewmatrix.h"
#include "mapping/storedevents.h"
#include "store/workspace.h"

namespace sb::ctl {

namespace {

QString severityText(const Finding &f) {
    return f.severity == Finding::Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
}

void printPreview(QTextStream &out, const QString &mapping, const Preview &p, bool curl) {
    out << "== " << mapping << " (" << p.action << ")\n";
    if (p.skipped)
        out << "SKIPPED: " << p.skipReason << '\n';
    out << p.method << ' ' << p.url << '\n';
    for (const auto &h : p.headers)
        out << h.first << ": " << h.second << '\n';
    out << '\n' << p.body << "\n";
    if (p.findings.isEmpty()) {
        out << "Findings: none\n";
    } else {
        out << "Findings:\n";
        for (const Finding &f : p.findings)
            out << "  " << severityText(f) << ' ' << f.code
                << (f.field.isEmpty() ? QString() : QStringLiteral(" at ") + f.field) << ": " << f.message
                << '\n';
    }
    if (curl)
        out << "\n" << p.curl << '\n';
    out << '\n';
}

int preview(CtlContext &context) {
    const CtlArgs args(context.arguments());
    const QString which = args.value(QStringLiteral("--destination"));
    const QString eventType = args.value(QStringLiteral("--event-type"));
    const QString eventId = args.value(QStringLiteral("--event"));
    if (which.isEmpty() || (eventType.isEmpty() && eventId.isEmpty()))
        return context.fail(
            QStringLiteral("usage: preview --destination NAME --event-type TYPE [--sample | --event ID] "
                           "[--mapping NAME] [--curl] [--json]"));
    Workspace *workspace = context.workspace();
    if (!workspace)
        return 1;
    const Result<DestinationConfig> destination = findDestinationForCtl(workspace, which);
    if (!destination)
        return context.fail(destination.error());
    std::optional<StoredEvents::Loaded> stored;
    if (!eventId.isEmpty()) {
        bool ok = false;
        const qint64 id = eventId.toLongLong(&ok);
        Result<StoredEvents::Loaded> loaded =
            ok ? StoredEvents::load(workspace->reader(), id)
               : Result<StoredEvents::Loaded>::failure(QStringLiteral("--event needs an event id"));
        if (!loaded)
            return context.fail(loaded.error());
        stored = loaded.take();
    }
    const QString onlyMapping = args.value(QStringLiteral("--mapping"));
    const QList<MappingStore::Entry> entries = MappingStore(workspace).list(destination.value().id);
    QJsonArray previews;
    QStringList handledBy;
    // Event names per source, in mapping order: several mappings of one source read as one list.
    QStringList takenSources;
    QHash<QString, QStringList> takenNames;
    for (const MappingStore::Entry &entry : entries) {
        const MappingDefinition &m = entry.definition;
        if (!onlyMapping.isEmpty() && m.name != onlyMapping)
            continue;
        if (!takenSources.contains(m.sourceKind))
            takenSources << m.sourceKind;
        for (const QString &name : m.eventNames)
            if (!takenNames[m.sourceKind].contains(name))
                takenNames[m.sourceKind] << name;
        const Event event = stored ? stored->event : PreviewMatrix::sampleEvent(m.sourceKind, eventType);
        if (!m.handles(event))
            continue;
        const Profile profile = stored ? stored->profile : PreviewMatrix::sampleProfile(m.sourceKind);
        const Preview p = Previewer::preview(destination.value(), m, event, profile);
        handledBy << m.name;
        if (context.json()) {
            QJsonObject o = p.toJson();
            o.insert(QStringLiteral("mapping"), m.name);
            o.insert(QStringLiteral("mappingId"), double(entry.id));
            o.insert(QStringLiteral("mappingVersion"), entry.version);
            previews.append(o);
        } else {
            printPreview(context.out(), QStringLiteral("mapping '%1' v%2").arg(m.name).arg(entry.version), p,
                         args.flag(QStringLiteral("--curl")));
        }
    }
    if (handledBy.isEmpty()) {
        QStringList takes;
        for (const QString &source : std::as_const(takenSources))
            takes << source + QStringLiteral(": ") + takenNames.value(source).join(QStringLiteral(", "));
        const QString what =
            stored ? QStringLiteral("event %1 (%2 %3)")
                         .arg(eventId, stored->event.sourceKind,
                              stored->event.name.isEmpty() ? stored->event.type : stored->event.name)
                   : QStringLiteral("event type '%1'").arg(eventType);
        return context.fail(
            QStringLiteral("no mapping of '%1' handles %2%3")
                .arg(destination.value().name, what,
                     takes.isEmpty()
                         ? QStringLiteral(" (it has no mappings)")
                         : QStringLiteral("; its mappings take %1").arg(takes.join(QStringLiteral("; ")))));
    }
    if (context.json())
        context.printJson(QJsonObject{{QStringLiteral("destination"), destination.value().name},
                                      {QStringLiteral("eventType"), eventType},
                                      {QStringLiteral("sample"), !stored.has_value()},
                                      {QStringLiteral("previews"), previews}});
    context.out().flush();
    return 0;
}

int matrix(CtlContext &context) {
    Workspace *workspace = context.workspace();
    if (!workspace)
        return 1;
    const QList<PreviewMatrix::Row> rows = PreviewMatrix::build(workspace);
    if (context.json()) {
        context.printJson(PreviewMatrix::toJson(rows));
        return 0;
    }
    int withFindings = 0;
    for (const PreviewMatrix::Row &r : rows) {
        context.out() << r.sourceKind.leftJustified(12) << ' ' << r.eventType.leftJustified(48) << ' ';
        if (r.status == QLatin1String("no_mapping")) {
            context.out() << "(no mapping)\n";
            continue;
        }
        context.out() << QString(r.destination + QStringLiteral(" / ") + r.mapping).leftJustified(48) << ' '
                      << r.status << '\n';
        if (r.preview.skipped)
            context.out() << "    skipped: " << r.preview.skipReason << '\n';
        for (const Finding &f : r.preview.findings) {
            if (f.code == QLatin1String("no_email") && r.preview.skipped)
                continue;
            context.out() << "    " << severityText(f) << ' ' << f.code << ' ' << f.field << ": " << f.message
                          << '\n';
        }
        if (!r.preview.findings.isEmpty())
            ++withFindings;
    }
    context.out() << rows.size() << " row(s), " << withFindings << " with findings." << Qt::endl;
    return 0;
}

} // namespace

void registerPreviewCommands(CommandRegistry &registry) {
    registry.add(
        {QStringLiteral("preview"),
         QStringLiteral(
             "the request for an event: --destination N --event-type T [--sample|--event ID] [--curl]"),
         preview});
    registry.add({QStringLiteral("preview matrix"),
                  QStringLiteral("every catalog event type x every mapping, with findings"), matrix});
}

} // namespace sb::ctl
