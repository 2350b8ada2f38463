#pragma once

#include <QList>
#include <QString>
#include <functional>

#include "core/model.h"
#include "core/result.h"
#include "sourcestore.h"

namespace sb {

class IngestService;

// Imports a file of customers or events through the IngestService (identity resolution, rules,
// routing and outbox apply as for live events):
//   CSV     header row, then one customer per row: email, name, phone, first_name, last_name, user_id;
//           a "traits" column holding a JSON object, "traits.X" columns, and any other column become traits.
//   NDJSON  one Segment message per line (track / identify ... shape); blank lines are skipped.
// Every line is checked before anything is stored: one bad line stores nothing, unless skipBad (then
// the bad lines are reported and the good ones stored). The source is created only when something is
// stored. Re-importing a file is de-duplicated: message ids are derived from the line's text.
class Importer {
public:
    enum class Format { Csv, Ndjson };

    struct Options {
        Format format = Format::Csv;
        QString sourceName; // empty: "import"
        bool skipBad = false;
        // Called now and then: phase "checking" (lines) or "storing" (events), done of total.
        std::function<void(const QString &phase, qint64 done, qint64 total)> progress;
    };

    struct LineError {
        qint64 line = 0;
        QString message; // "email: 'bob@' is not an email address"
        QString toString() const { return QStringLiteral("line %1: %2").arg(line).arg(message); }
    };

    struct Report {
        QString sourceName;
        bool sourceCreated = false;
        qint64 lines = 0; // data lines read (header and blank lines not counted)
        int imported = 0; // events stored
        int duplicates = 0;
        int derived = 0;
        QList<LineError> errors; // the bad lines: skipped (skipBad) or why nothing was imported
        bool stored = false;     // false: nothing was written
    };

    // From --format (csv, ndjson, jsonl) or else the file's extension (.csv, .ndjson, .jsonl).
    static Result<Format> formatFor(const QString &path, const QString &formatOption = {});

    explicit Importer(IngestService *service);
    // Fails only when the file cannot be used at all (unreadable, empty, no header); bad lines are in
    // the report.
    Result<Report> run(const QString &path, const Options &options);

private:
    struct Parsed {
        QList<Event> events;
        QList<qint64> lineOfEvent;
        QList<LineError> errors;
        qint64 lines = 0;
    };
    Result<Parsed> parseCsv(const QByteArray &data, const SourceInfo &source, const Options &options) const;
    Parsed parseNdjson(const QByteArray &data, const SourceInfo &source, const Options &options) const;

    IngestService *m_service;
};

} // namespace sb
