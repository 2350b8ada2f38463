#include "keyplacement.h"

#include <QJsonArray>

namespace sb {

namespace {

QJsonValue replaced(const QJsonValue &value, const QString &from, const QString &to) {
    if (value.isString())
        return value.toString() == from ? QJsonValue(to) : value;
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray())
            out.append(replaced(v, from, to));
        return out;
    }
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject in = value.toObject();
        for (auto it = in.begin(); it != in.end(); ++it)
            out.insert(it.key(), replaced(it.value(), from, to));
        return out;
    }
    return value;
}

QJsonObject setAt(QJsonObject object, QStringList path, const QString &value) {
    const QString head = path.takeFirst();
    if (path.isEmpty()) {
        object.insert(head, value);
        return object;
    }
    object.insert(head, setAt(object.value(head).toObject(), path, value));
    return object;
}

} // namespace

void KeyPlacement::apply(RenderedItem &item, const QString &key, const QString &field) {
    if (!item.idempotencyKey.isEmpty() && item.idempotencyKey != key) {
        item.body = replaced(item.body, item.idempotencyKey, key).toObject();
    } else if (item.idempotencyKey.isEmpty() && !field.isEmpty()) {
        item.body = setAt(item.body, field.split(u'.'), key);
    }
    item.idempotencyKey = key;
}

} // namespace sb
