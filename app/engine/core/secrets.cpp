#include "secrets.h"

#include <QStringList>

namespace sb {

QString maskSecret(const QString &secret) {
    if (secret.isEmpty())
        return {};
    if (secret.size() <= 8)
        return QStringLiteral("••••");
    return QStringLiteral("••••") + secret.right(4);
}

QString redact(QString text, const QStringList &secrets) {
    for (const QString &secret : secrets) {
        if (secret.size() >= 4)
            text.replace(secret, maskSecret(secret));
    }
    return text;
}

} // namespace sb
