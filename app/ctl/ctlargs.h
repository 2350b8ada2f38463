#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace sb::ctl {

// Reads "--name VALUE" / "--name=VALUE" options and positional words from a command's arguments.
class CtlArgs {
public:
    explicit CtlArgs(const QStringList &arguments);
    QString value(const QString &option) const; // last occurrence; empty when absent
    QStringList values(const QString &option) const;
    bool flag(const QString &option) const;
    const QStringList &positional() const { return m_positional; }
    // "k=v" pairs of a repeated option (--credential writeKey=abc); error names the bad one.
    bool pairs(const QString &option, QHash<QString, QString> *out, QString *error) const;

private:
    QList<QPair<QString, QString>> m_options; // flags have an empty value
    QStringList m_positional;
};

} // namespace sb::ctl
