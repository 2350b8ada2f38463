#pragma once

#include <QString>

namespace sb {

// Secrets (API keys, write keys, webhook secrets) never appear whole in logs, previews or exports.
// mask() keeps the last four characters so an operator can still tell keys apart.
QString maskSecret(const QString &secret);

// Replaces every occurrence of each known secret inside text (headers, bodies, URLs) with its mask.
QString redact(QString text, const QStringList &secrets);

} // namespace sb
