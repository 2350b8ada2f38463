#include "catalog.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace sb {

namespace {

const QStringList &knownTypes() {
    static const QStringList types = {QStringLiteral("string"),   QStringLiteral("number"),
                                      QStringLiteral("integer"),  QStringLiteral("boolean"),
                                      QStringLiteral("datetime"), QStringLiteral("object"),
                                      QStringLiteral("array")};
    return types;
}

QStringList toStringList(const QJsonValue &value) {
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array)
        list << item.toString();
    return list;
}

Result<QList<PropertySpec>> parseProperties(const QJsonArray &array, const QString &where) {
    using R = Result<QList<PropertySpec>>;
    QList<PropertySpec> properties;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        PropertySpec p;
        p.name = o.value(QStringLiteral("name")).toString();
        p.type = o.value(QStringLiteral("type")).toString();
        const QString here =
            where + QStringLiteral(" property ") + (p.name.isEmpty() ? QString::number(i) : p.name);
        if (p.name.isEmpty())
            return R::failure(here + QStringLiteral(": no name"));
        if (!knownTypes().contains(p.type))
            return R::failure(here + QStringLiteral(": unknown type '") + p.type + u'\'');
        p.required = o.value(QStringLiteral("required")).toBool();
        p.allowedValues = toStringList(o.value(QStringLiteral("allowedValues")));
        p.description = o.value(QStringLiteral("description")).toString();
        p.example = o.value(QStringLiteral("example"));
        p.openList = o.value(QStringLiteral("openList")).toBool();
        p.common = o.value(QStringLiteral("common")).toBool();
        if (o.contains(QStringLiteral("children"))) {
            auto children = parseProperties(o.value(QStringLiteral("children")).toArray(), here);
            if (!children)
                return R::failure(children.error());
            p.children = children.take();
        }
        properties << p;
    }
    return properties;
}

QJsonValue defaultFor(const QString &type) {
    if (type == QLatin1String("number"))
        return 0.0;
    if (type == QLatin1String("integer"))
        return 0;
    if (type == QLatin1String("boolean"))
        return false;
    if (type == QLatin1String("object"))
        return QJsonObject();
    if (type == QLatin1String("array"))
        return QJsonArray();
    if (type == QLatin1String("datetime"))
        return QStringLiteral("2023-12-01T10:00:00Z");
    return QString();
}

QJsonObject examplesOf(const QList<PropertySpec> &properties) {
    QJsonObject object;
    for (const PropertySpec &p : properties)
        object.insert(p.name, Catalog::exampleValue(p));
    return object;
}

const QString kSampleEmail = QStringLiteral("jane.doe@example.com");
const QString kSampleUserId = QStringLiteral("sample-user-1");

} // namespace

const PropertySpec *PropertySpec::child(const QString &childName) const {
    for (const PropertySpec &c : children)
        if (c.name == childName)
            return &c;
    return nullptr;
}

const PropertySpec *EventSpec::property(const QString &propertyName) const {
    for (const PropertySpec &p : properties)
        if (p.name == propertyName)
            return &p;
    return nullptr;
}

Result<SourceSpec> Catalog::parseSource(const QByteArray &json, const QString &origin) {
    using R = Result<SourceSpec>;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return R::failure(
            origin
            + QStringLiteral(": invalid JSON at offset %1: %2").arg(error.offset).arg(error.errorString()));
    const QJsonObject root = doc.object();
    SourceSpec source;
    source.kind = root.value(QStringLiteral("kind")).toString();
    if (source.kind.isEmpty())
        return R::failure(origin + QStringLiteral(": no \"kind\""));
    source.displayName = root.value(QStringLiteral("displayName")).toString(source.kind);
    source.seed = root.value(QStringLiteral("seed")).toString();
    source.webhook = root.value(QStringLiteral("webhook")).toString();
    source.notes = root.value(QStringLiteral("notes")).toString();
    source.errorCodes = toStringList(root.value(QStringLiteral("errorCodes")));
    auto profile = parseProperties(root.value(QStringLiteral("profileFields")).toArray(),
                                   origin + QStringLiteral(" profile"));
    if (!profile)
        return R::failure(profile.error());
    source.profileFields = profile.take();
    const QJsonArray events = root.value(QStringLiteral("events")).toArray();
    for (const QJsonValue &value : events) {
        const QJsonObject o = value.toObject();
        EventSpec event;
        event.sourceKind = source.kind;
        event.name = o.value(QStringLiteral("name")).toString();
        if (event.name.isEmpty())
            return R::failure(origin + QStringLiteral(": an event without a name"));
        event.type = o.value(QStringLiteral("type")).toString(QStringLiteral("track"));
        event.title = o.value(QStringLiteral("title")).toString(event.name);
        event.description = o.value(QStringLiteral("description")).toString();
        event.nameNote = o.value(QStringLiteral("nameNote")).toString();
        auto properties = parseProperties(o.value(QStringLiteral("properties")).toArray(),
                                          origin + QStringLiteral(" event ") + event.name);
        if (!properties)
            return R::failure(properties.error());
        event.properties = properties.take();
        for (const EventSpec &seen : std::as_const(source.events))
            if (seen.name == event.name)
                return R::failure(origin + QStringLiteral(": event '") + event.name
                                  + QStringLiteral("' listed twice"));
        source.events << event;
    }
    return source;
}

Result<Catalog> Catalog::loadDirectory(const QString &directory) {
    const QStringList order = {QStringLiteral("smrt"), QStringLiteral("ordergroove"), QStringLiteral("smile"),
                               QStringLiteral("segmentify"), QStringLiteral("shopline")};
    QDir dir(directory);
    QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    // Seed order first (stable lists in the console), then anything else alphabetically.
    std::stable_sort(files.begin(), files.end(), [&](const QString &a, const QString &b) {
        auto rank = [&](const QString &f) {
            const qsizetype i = order.indexOf(f.chopped(5));
            return i < 0 ? order.size() : i;
        };
        return rank(a) < rank(b);
    });
    Catalog catalog;
    for (const QString &name : std::as_const(files)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            return Result<Catalog>::failure(file.fileName() + QStringLiteral(": ") + file.errorString());
        auto source = parseSource(file.readAll(), name);
        if (!source)
            return Result<Catalog>::failure(source.error());
        catalog.m_sources << source.take();
    }
    if (catalog.m_sources.isEmpty())
        return Result<Catalog>::failure(directory + QStringLiteral(": no catalog files"));
    return catalog;
}

const Catalog &Catalog::builtin() {
    static const Catalog catalog = [] {
        auto loaded = loadDirectory(QStringLiteral(":/catalog"));
        if (!loaded)
            qFatal("built-in source catalog is broken: %s", qPrintable(loaded.error()));
        return loaded.take();
    }();
    return catalog;
}

const SourceSpec *Catalog::source(const QString &kind) const {
    for (const SourceSpec &s : m_sources)
        if (s.kind == kind)
            return &s;
    return nullptr;
}

const EventSpec *Catalog::event(const QString &sourceKind, const QString &name) const {
    const SourceSpec *s = source(sourceKind);
    if (!s)
        return nullptr;
    for (const EventSpec &e : s->events)
        if (e.name == name)
            return &e;
    return nullptr;
}

QJsonValue Catalog::exampleValue(const PropertySpec &property) {
    if (!property.example.isUndefined())
        return property.example;
    if (property.type == QLatin1String("object") && !property.children.isEmpty())
        return examplesOf(property.children);
    if (property.type == QLatin1String("array") && !property.children.isEmpty())
        return QJsonArray{examplesOf(property.children)};
    if (!property.allowedValues.isEmpty())
        return property.allowedValues.constFirst();
    return defaultFor(property.type);
}

Event Catalog::sampleEvent(const QString &sourceKind, const QString &name) const {
    Event event;
    event.sourceKind = sourceKind;
    event.name = name;
    event.messageId = QStringLiteral("sample-") + sourceKind + u'-' + QString(name).replace(u' ', u'-');
    event.occurredAt = QDateTime(QDate(2023, 12, 1), QTime(10, 0), Qt::UTC);
    event.receivedAt = event.occurredAt;
    const EventSpec *spec = this->event(sourceKind, name);
    event.type = spec ? spec->type : QStringLiteral("track");
    const Profile profile = sampleProfile(sourceKind);
    QJsonObject payload{
        {QStringLiteral("type"), event.type},
        {QStringLiteral("messageId"), event.messageId},
        {QStringLiteral("userId"), kSampleUserId},
        {QStringLiteral("timestamp"), event.occurredAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("context"),
         QJsonObject{{QStringLiteral("traits"), QJsonObject{{QStringLiteral("email"), kSampleEmail}}}}}};
    if (event.type == QLatin1String("identify")) {
        event.name.clear();
        payload.insert(QStringLiteral("traits"), profile.traits);
    } else {
        payload.insert(QStringLiteral("event"), name);
        payload.insert(QStringLiteral("properties"), spec ? examplesOf(spec->properties) : QJsonObject());
    }
    event.payload = payload;
    return event;
}

Profile Catalog::sampleProfile(const QString &sourceKind) const {
    Profile profile;
    profile.email = kSampleEmail;
    profile.userId = kSampleUserId;
    profile.phone = QStringLiteral("+14156015610");
    profile.displayName = QStringLiteral("Jane Doe");
    profile.createdAt = QDateTime(QDate(2023, 1, 5), QTime(12, 0), Qt::UTC);
    profile.updatedAt = QDateTime(QDate(2023, 12, 1), QTime(10, 0), Qt::UTC);
    profile.identities = {{QStringLiteral("email"), profile.email},
                          {QStringLiteral("user_id"), profile.userId},
                          {QStringLiteral("phone"), profile.phone}};
    if (const SourceSpec *s = source(sourceKind))
        profile.traits = examplesOf(s->profileFields);
    // Destinations read these standard traits whatever the source.
    profile.traits.insert(QStringLiteral("email"), profile.email);
    if (!profile.traits.contains(QStringLiteral("phone")))
        profile.traits.insert(QStringLiteral("phone"), profile.phone);
    if (!profile.traits.contains(QStringLiteral("firstName")))
        profile.traits.insert(QStringLiteral("firstName"), QStringLiteral("Jane"));
    if (!profile.traits.contains(QStringLiteral("lastName")))
        profile.traits.insert(QStringLiteral("lastName"), QStringLiteral("Doe"));
    return profile;
}

} // namespace sb
