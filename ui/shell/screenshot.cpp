#include "screenshot.h"

#include <QPixmap>
#include <QWidget>

namespace sb {

QString saveScreenshot(QWidget *widget, const QString &fileName) {
    const QPixmap pixmap = widget->grab();
    if (pixmap.isNull())
        return QStringLiteral("could not render the window");
    if (!pixmap.save(fileName, "PNG"))
        return QStringLiteral("could not write %1").arg(fileName);
    return {};
}

} // namespace sb
