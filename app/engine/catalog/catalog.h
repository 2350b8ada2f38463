#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/model.h"
#include "core/result.h"

namespace sb {

// One field of an event or profile, as the seed documents describe it.
struct PropertySpec {
    QString name;
    QString type; // string number integer boolean datetime object array
    bool required = false;
    QStringList allowedValues;
    QString description;
    QJsonValue example;
    QList<PropertySpec> children; // fields of an object, or of each array element
    bool openList = false;        // allowedValues are the documented defaults, others are accepted
    bool common = false;          // a parameter every event of the source shares (Segmentify)

    const PropertySpec *child(const QString &childName) const;
};

struct EventSpec {
    QString sourceKind;
    QString name;  // "Order Created", "ordergroove.order.success"
    QString type;  // track | identify | page | ...
    QString title; // the source's own label when the name is technical ("Order Success")
    QString description;
    QString nameNote; // why the name differs from the seed document, when it does
    QList<PropertySpec> properties;

    const PropertySpec *property(const QString &propertyName) const;
};

struct SourceSpec {
    QString kind;
    QString displayName;
    QString seed;    // the seed document number it comes from
    QString webhook; // the payload shape Switchboard accepts from this source
    QString notes;
    QStringList errorCodes; // Segmentify's API error codes
    QList<EventSpec> events;
    QList<PropertySpec> profileFields;
};

// The source catalog: every event and field of the seed documents, loaded once from the JSON files in
// resources/catalog (compiled in as :/catalog/*.json). It drives validation, samples and the console lists.
class Catalog {
public:
    static const Catalog &builtin();
    // Loads a catalog from a folder of <kind>.json files (tests, tools); errors name the file and field.
    static Result<Catalog> loadDirectory(const QString &directory);
    static Result<SourceSpec> parseSource(const QByteArray &json, const QString &origin);

    const QList<SourceSpec> &sources() const { return m_sources; }
    const SourceSpec *source(const QString &kind) const;
    const EventSpec *event(const QString &sourceKind, const QString &name) const;

    // An event of this type whose payload is built from the catalog's example values, normalized to the
    // Event payload shape (track: event + properties; identify: traits; userId and context.traits.email).
    Event sampleEvent(const QString &sourceKind, const QString &name) const;
    // A profile whose traits are the source's profile fields filled with their examples.
    Profile sampleProfile(const QString &sourceKind) const;

    // The JSON value built from a property's example (objects and arrays from their children).
    static QJsonValue exampleValue(const PropertySpec &property);

private:
    QList<SourceSpec> m_sources;
};

} // namespace sb
