#pragma once

#include <QString>

class QWidget;

namespace sb {

// Renders a widget (offscreen or on screen) to a PNG file; returns an error text or empty.
QString saveScreenshot(QWidget *widget, const QString &fileName);

} // namespace sb
