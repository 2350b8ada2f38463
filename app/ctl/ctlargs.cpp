#include "ctlargs.h"

namespace sb::ctl {

namespace {
// Options that take no value.
const QStringList kFlags = {QStringLiteral("--sample"), QStringLiteral("--json"), QStringLiteral("--all")};
} // namespace

CtlArgs::CtlArgs(const QStringList &arguments) {
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (!a.startsWith(QLatin1String("--"))) {
            m_positional << a;
            continue;
        }
        const qsizetype eq = a.indexOf(u'=');
        if (eq > 0) {
            m_options.append({a.left(eq), a.mid(eq + 1)});
        } else if (kFlags.contains(a) || i + 1 >= arguments.size()) {
            m_options.append({a, QString()});
        } else {
            m_options.append({a, arguments.at(++i)});
        }
    }
}

QString CtlArgs::value(const QString &option) const {
    QString out;
    for (const auto &o : m_options) {
        if (o.first == option)
            out = o.second;
    }
    return out;
}

QStringList CtlArgs::values(const QString &option) const {
    QStringList out;
    for (const auto &o : m_options) {
        if (o.first == option)
            out << o.second;
    }
    return out;
}

bool CtlArgs::flag(const QString &option) const {
    return std::any_of(m_options.begin(), m_options.end(),
                       [&option](const auto &o) { return o.first == option; });
}

bool CtlArgs::pairs(const QString &option, QHash<QString, QString> *out, QString *error) const {
    const QStringList list = values(option);
    for (const QString &pair : list) {
        const qsizetype eq = pair.indexOf(u'=');
        if (eq <= 0) {
            *error = QStringLiteral("%1 expects NAME=VALUE, got '%2'").arg(option, pair.section(u'=', 0, 0));
            return false;
        }
        out->insert(pair.left(eq), pair.mid(eq + 1));
    }
    return true;
}

} // namespace sb::ctl
