#pragma once

#include <QCoreApplication>
#include <QStringList>

#include "core/model.h"

namespace sb {

// The words the console shows for profiles.flags.
class ProfileFlagText {
    Q_DECLARE_TR_FUNCTIONS(sb::ProfileFlagText)
public:
    static QString describe(int flags, qint64 mergedInto) {
        QStringList parts;
        if (flags & ProfileHasNoEmail)
            parts << tr("no email");
        if (flags & ProfileMerged)
            parts << (mergedInto > 0 ? tr("merged into #%1").arg(mergedInto) : tr("merged"));
        return parts.join(QStringLiteral(", "));
    }
};

} // namespace sb
