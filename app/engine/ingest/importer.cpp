#include "importer.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include "core/clock.h"
#include "identity/identityresolver.h"
#include "identity/phonenumber.h"
#include "ingestservice.h"
#include "segmentmessage.h"
#include "sourcemessage.h"
#include "store/workspace.h"

namespace sb {

namespace {

constexpr int kEventsPerJob = 500;
constexpr qint64 kProgressEvery = 1000; // lines between progress calls while checking

// A message id that stays the same when the same line is imported again.
QString lineMessageId(const char *format, const QByteArray &text) {
    return QStringLiteral("import-%1-%2")
        .arg(QLatin1String(format),
             QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha1).toHex().left(24)));
}

// One CSV record (RFC 4180: quoted fields may hold commas, quotes as "" and line breaks).
struct CsvRecord {
    qint64 line = 0; // where the record starts, 1-based
    QStringList fields;
    QByteArray raw;
    QString error; // an unterminated quote
};

QList<CsvRecord> splitCsv(const QByteArray &data) {
    QList<CsvRecord> records;
    const QString text = QString::fromUtf8(data);
    qsizetype i = 0;
    qint64 line = 1;
    if (text.startsWith(QChar(0xfeff)))
        i = 1;
    while (i < text.size()) {
        CsvRecord record;
        record.line = line;
        const qsizetype begin = i;
        QString field;
        bool quoted = false;
        bool fieldStarted = false;
        bool done = false;
        while (!done) {
            if (i >= text.size()) {
                if (quoted)
                    record.error = QStringLiteral("a quoted field is not closed (missing \")");
                record.fields << field;
                break;
            }
            const QChar ch = text.at(i);
            if (quoted) {
                if (ch == u'"') {
                    if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                        field += u'"';
                        i += 2;
                        continue;
                    }
                    quoted = false;
                    ++i;
                    continue;
                }
                if (ch == u'\n')
                    ++line;
                field += ch;
                ++i;
                continue;
            }
            if (ch == u'"' && !fieldStarted) {
                quoted = true;
                fieldStarted = true;
                ++i;
            } else if (ch == u',') {
                record.fields << field;
                field.clear();
                fieldStarted = false;
                ++i;
            } else if (ch == u'\r' || ch == u'\n') {
                record.fields << field;
                if (ch == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                    ++i;
                ++i;
                ++line;
                done = true;
            } else {
                field += ch;
                fieldStarted = true;
                ++i;
            }
        }
        record.raw = text.mid(begin, i - begin).toUtf8();
        const bool blank = record.fields.size() == 1 && record.fields.first().trimmed().isEmpty();
        if (!blank || !record.error.isEmpty())
            records.append(record);
    }
    return records;
}

QString canonicalColumn(const QString &header) {
    QString h = header.trimmed().toLower();
    h.replace(u' ', u'_');
    if (h == QLatin1String("e-mail") || h == QLatin1String("email_address"))
        return QStringLiteral("email");
    if (h == QLatin1String("firstname"))
        return QStringLiteral("first_name");
    if (h == QLatin1String("lastname"))
        return QStringLiteral("last_name");
    if (h == QLatin1String("userid") || h == QLatin1String("customer_id"))
        return QStringLiteral("user_id");
    if (h == QLatin1String("phone_number") || h == QLatin1String("mobile"))
        return QStringLiteral("phone");
    if (h == QLatin1String("full_name"))
        return QStringLiteral("name");
    return h;
}

} // namespace

Importer::Importer(IngestService *service)
    : m_service(service) {}

Result<Importer::Format> Importer::formatFor(const QString &path, const QString &formatOption) {
    const QString f = formatOption.trimmed().toLower();
    if (f == QLatin1String("csv"))
        return Format::Csv;
    if (f == QLatin1String("ndjson") || f == QLatin1String("jsonl"))
        return Format::Ndjson;
    if (!f.isEmpty())
        return Result<Format>::failure(
            QStringLiteral("--format: '%1' is not a format; use csv or ndjson").arg(formatOption));
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return Format::Csv;
    if (suffix == QLatin1String("ndjson") || suffix == QLatin1String("jsonl"))
        return Format::Ndjson;
    return Result<Format>::failure(
        QStringLiteral("%1: cannot tell the format from the extension '.%2'; name it .csv, .ndjson or "
                       ".jsonl, or pass --format csv|ndjson")
            .arg(QFileInfo(path).fileName(), suffix));
}

Result<Importer::Parsed> Importer::parseCsv(const QByteArray &data, const SourceInfo &source,
                                            const Options &options) const {
    const QList<CsvRecord> records = splitCsv(data);
    if (records.isEmpty())
        return Result<Parsed>::failure(QStringLiteral("the file is empty; a CSV import needs a header row "
                                                      "(email,name,phone,...) and one customer per line"));
    QStringList columns;
    QStringList headers; // as written, for trait names
    for (const QString &h : records.first().fields) {
        columns << canonicalColumn(h);
        headers << h.trimmed();
    }
    for (qsizetype k = 0; k < columns.size(); ++k) {
        if (columns.at(k).isEmpty())
            return Result<Parsed>::failure(
                QStringLiteral("line 1: column %1 of the header has no name").arg(k + 1));
        if (columns.indexOf(columns.at(k)) != k)
            return Result<Parsed>::failure(
                QStringLiteral("line 1: column '%1' appears twice in the header").arg(columns.at(k)));
    }
    if (!columns.contains(QStringLiteral("email")) && !columns.contains(QStringLiteral("phone"))
        && !columns.contains(QStringLiteral("user_id")))
        return Result<Parsed>::failure(
            QStringLiteral("line 1: the header needs an email, phone or user_id column "
                           "to identify customers; it has: %1")
                .arg(records.first().fields.join(QStringLiteral(", "))));

    Parsed parsed;
    const QString region = m_service->defaultRegion();
    const QDateTime now = m_service->workspace()->clock()->now();
    const qint64 total = records.size() - 1;
    for (qsizetype r = 1; r < records.size(); ++r) {
        const CsvRecord &record = records.at(r);
        ++parsed.lines;
        if (options.progress && parsed.lines % kProgressEvery == 0)
            options.progress(QStringLiteral("checking"), parsed.lines, total);
        auto bad = [&](const QString &message) {
            parsed.errors.append({record.line, message});
        };
        if (!record.error.isEmpty()) {
            bad(record.error);
            continue;
        }
        if (record.fields.size() != columns.size()) {
            bad(QStringLiteral("has %1 fields, the header has %2 (quote values that contain commas)")
                    .arg(record.fields.size())
                    .arg(columns.size()));
            continue;
        }
        QJsonObject traits;
        QString userId;
        QStringList problems;
        for (qsizetype k = 0; k < columns.size(); ++k) {
            const QString &column = columns.at(k);
            const QString value = record.fields.at(k).trimmed();
            if (value.isEmpty())
                continue;
            if (column == QLatin1String("email")) {
                if (IdentityResolver::normalizeEmail(value).isEmpty())
                    problems << QStringLiteral("email: '%1' is not an email address").arg(value);
                traits.insert(QStringLiteral("email"), value);
            } else if (column == QLatin1String("phone")) {
                if (PhoneNumber::toE164(value, region).isEmpty())
                    problems << QStringLiteral("phone: '%1' is not a phone number").arg(value);
                traits.insert(QStringLiteral("phone"), value);
            } else if (column == QLatin1String("user_id")) {
                userId = value;
            } else if (column == QLatin1String("first_name")) {
                traits.insert(QStringLiteral("firstName"), value);
            } else if (column == QLatin1String("last_name")) {
                traits.insert(QStringLiteral("lastName"), value);
            } else if (column == QLatin1String("traits")) {
                QJsonParseError error;
                const QJsonDocument doc = QJsonDocument::fromJson(value.toUtf8(), &error);
                if (error.error != QJsonParseError::NoError || !doc.isObject()) {
                    problems << QStringLiteral(
                                    "traits: must be a JSON object like {\"plan\": \"gold\"}, got '%1'")
                                    .arg(value.left(40));
                    continue;
                }
                const QJsonObject extra = doc.object();
                for (auto it = extra.begin(); it != extra.end(); ++it)
                    traits.insert(it.key(), it.value());
            } else if (column.startsWith(QLatin1String("traits."))) {
                traits.insert(headers.at(k).mid(7), value);
            } else {
                traits.insert(headers.at(k), value);
            }
        }
        if (!problems.isEmpty()) {
            bad(problems.join(QStringLiteral("; ")));
            continue;
        }
        if (!traits.contains(QStringLiteral("email")) && !traits.contains(QStringLiteral("phone"))
            && userId.isEmpty()) {
            bad(QStringLiteral("needs an email, phone or user_id to identify the customer"));
            continue;
        }
        // An identify call; a customer list has no user or anonymous id, so it is built here rather
        // than through SegmentMessage, which requires one.
        Event event;
        event.sourceId = source.id;
        event.sourceKind = source.kind;
        event.type = QStringLiteral("identify");
        event.messageId = lineMessageId("csv", record.raw);
        event.occurredAt = now;
        event.receivedAt = now;
        event.payload = QJsonObject{{QStringLiteral("type"), event.type},
                                    {QStringLiteral("messageId"), event.messageId},
                                    {QStringLiteral("timestamp"), now.toString(Qt::ISODateWithMs)},
                                    {QStringLiteral("traits"), traits}};
        if (!userId.isEmpty())
            event.payload.insert(QStringLiteral("userId"), userId);
        parsed.events.append(event);
        parsed.lineOfEvent.append(record.line);
    }
    return parsed;
}

Importer::Parsed Importer::parseNdjson(const QByteArray &data, const SourceInfo &source,
                                       const Options &options) const {
    Parsed parsed;
    const QList<QByteArray> lines = data.split('\n');
    const QDateTime now = m_service->workspace()->clock()->now();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const qint64 lineNumber = i + 1;
        const QByteArray text = lines.at(i).trimmed();
        if (options.progress && lineNumber % kProgressEvery == 0)
            options.progress(QStringLiteral("checking"), lineNumber, lines.size());
        if (text.isEmpty())
            continue;
        ++parsed.lines;
        auto bad = [&](const QString &message) {
            parsed.errors.append({lineNumber, message});
        };
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
        if (error.error != QJsonParseError::NoError) {
            bad(QStringLiteral("not valid JSON: %1 at character %2")
                    .arg(error.errorString())
                    .arg(error.offset + 1));
            continue;
        }
        if (!doc.isObject()) {
            bad(QStringLiteral("must be one JSON object (a Segment track or identify message)"));
            continue;
        }
        QJsonObject message = doc.object();
        if (!message.contains(QStringLiteral("type"))) {
            bad(QStringLiteral("type: is required (track, identify, page, screen, group or alias)"));
            continue;
        }
        if (message.value(QStringLiteral("messageId")).toString().isEmpty()
            && !message.value(QStringLiteral("messageId")).isDouble())
            message.insert(QStringLiteral("messageId"), lineMessageId("ndjson", text));
        auto event = SourceMessage::normalize(message, source, now);
        if (!event) {
            bad(event.error());
            continue;
        }
        parsed.events.append(event.take());
        parsed.lineOfEvent.append(lineNumber);
    }
    return parsed;
}

Result<Importer::Report> Importer::run(const QString &path, const Options &options) {
    using R = Result<Report>;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(QStringLiteral("%1: cannot read the file (%2)").arg(path, file.errorString()));
    const QByteArray data = file.readAll();

    Report report;
    report.sourceName =
        options.sourceName.trimmed().isEmpty() ? QStringLiteral("import") : options.sourceName.trimmed();
    Workspace *workspace = m_service->workspace();
    SourceStore sources(workspace);
    SourceInfo source;
    bool sourceExists = false;
    for (const SourceInfo &s : sources.list())
        if (s.name == report.sourceName) {
            source = s;
            sourceExists = true;
        }
    if (!sourceExists) {
        source.name = report.sourceName;
        source.kind = QStringLiteral("segment");
    }

    Parsed parsed;
    if (options.format == Format::Csv) {
        auto csv = parseCsv(data, source, options);
        if (!csv)
            return R::failure(csv.error());
        parsed = csv.take();
    } else {
        parsed = parseNdjson(data, source, options);
    }
    if (options.progress)
        options.progress(QStringLiteral("checking"), parsed.lines, parsed.lines);
    report.lines = parsed.lines;
    report.errors = parsed.errors;
    if (parsed.lines == 0)
        return R::failure(QStringLiteral("%1 has no data lines").arg(QFileInfo(path).fileName()));
    if ((!report.errors.isEmpty() && !options.skipBad) || parsed.events.isEmpty())
        return report; // nothing stored, the source not created

    if (!sourceExists) {
        auto added = sources.add(source.name, source.kind);
        if (!added)
            return R::failure(added.error());
        source = added.value();
        report.sourceCreated = true;
    }
    for (Event &e : parsed.events)
        e.sourceId = source.id;

    // Jobs of kEventsPerJob events, submitted together so the writer groups them into few transactions.
    QList<QFuture<WriteResult>> jobs;
    for (qsizetype at = 0; at < parsed.events.size(); at += kEventsPerJob)
        jobs.append(m_service->submit(parsed.events.mid(at, kEventsPerJob)));
    qint64 done = 0;
    for (QFuture<WriteResult> &job : jobs) {
        job.waitForFinished();
        const WriteResult result = job.result();
        if (!result.ok)
            return R::failure(QStringLiteral("storing the events failed after %1 of %2: %3")
                                  .arg(report.imported)
                                  .arg(parsed.events.size())
                                  .arg(result.error));
        const IngestReceipt receipt = result.value.value<IngestReceipt>();
        report.imported += receipt.stored;
        report.duplicates += receipt.duplicateCount;
        report.derived += receipt.derived;
        report.stored = true;
        done += receipt.eventIds.size();
        if (options.progress)
            options.progress(QStringLiteral("storing"), done, parsed.events.size());
    }
    return report;
}

} // namespace sb
