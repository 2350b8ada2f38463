#include "recipebook.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>

#include "core/jsonutil.h"

namespace sb {

Result<Recipe> RecipeBook::parse(const QByteArray &json, const QString &origin) {
    QJsonObject o;
    QString error;
    if (!json::parseObject(json, &o, &error))
        return Result<Recipe>::failure(QStringLiteral("%1: %2").arg(origin, error));
    Recipe r;
    r.name = o.value(QStringLiteral("name")).toString();
    r.title = o.value(QStringLiteral("title")).toString();
    r.source = o.value(QStringLiteral("source")).toString();
    r.description = o.value(QStringLiteral("description")).toString();
    const QJsonObject destination = o.value(QStringLiteral("destination")).toObject();
    r.destinationName = destination.value(QStringLiteral("name")).toString();
    r.connector = destination.value(QStringLiteral("connector")).toString();
    r.destinationSettings = destination.value(QStringLiteral("settings")).toObject();
    if (r.name.isEmpty() || r.source.isEmpty() || r.connector.isEmpty() || r.destinationName.isEmpty())
        return Result<Recipe>::failure(
            QStringLiteral("%1: a recipe needs name, source, destination.name and destination.connector")
                .arg(origin));
    const QJsonArray mappings = o.value(QStringLiteral("mappings")).toArray();
    for (qsizetype i = 0; i < mappings.size(); ++i) {
        Result<MappingDefinition> d = MappingDefinition::fromJson(mappings.at(i).toObject());
        if (!d)
            return Result<Recipe>::failure(
                QStringLiteral("%1: mappings[%2]: %3").arg(origin).arg(i).arg(d.error()));
        r.mappings << d.take();
    }
    if (r.mappings.isEmpty())
        return Result<Recipe>::failure(QStringLiteral("%1: a recipe needs at least one mapping").arg(origin));
    return r;
}

const QList<Recipe> &RecipeBook::builtin() {
    static const QList<Recipe> recipes = [] {
        QList<Recipe> list;
        const QDir dir(QStringLiteral(":/recipes"));
        const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        for (const QString &file : files) {
            QFile f(dir.filePath(file));
            if (!f.open(QIODevice::ReadOnly)) {
                qWarning("cannot read recipe %s", qPrintable(file));
                continue;
            }
            Result<Recipe> r = parse(f.readAll(), file);
            if (r)
                list << r.take();
            else
                qWarning("%s",
                         qPrintable(r.error())); // a broken built-in recipe is a build bug; tests catch it
        }
        return list;
    }();
    return recipes;
}

const Recipe *RecipeBook::find(const QString &name) {
    for (const Recipe &r : builtin()) {
        if (r.name == name)
            return &r;
    }
    return nullptr;
}

} // namespace sb
