#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>

// The functions a mapping expression may call: lower, upper, trim, e164, date formats, number,
// cents, coalesce, default, concat, join. Each takes evaluated arguments and never throws: a value it
// cannot convert becomes null, so a bad field shows up as a missing field in the preview.
namespace sb::expr {

struct FunctionSpec {
    QString name;
    int minArguments = 1;
    int maxArguments = 1; // -1: any number
    QString signature;    // for error messages and the editor: "e164(phone, region)"
    QJsonValue (*call)(const QList<QJsonValue> &arguments) = nullptr;
    // The first argument that is not blank, the later ones not evaluated (coalesce, default): a
    // fallback such as profile.userId is only read, and the profile only loaded, when needed.
    bool firstNonBlank = false;
};

// nullptr when no function has that name.
const FunctionSpec *findFunction(const QString &name);
const QList<FunctionSpec> &allFunctions();

// How a value reads as text in concat/join/templates: strings as they are, whole numbers without
// ".0", null and undefined as "", objects and arrays as compact JSON.
QString toText(const QJsonValue &value);
// null, undefined or "" (what coalesce and default skip).
bool isBlank(const QJsonValue &value);

} // namespace sb::expr
